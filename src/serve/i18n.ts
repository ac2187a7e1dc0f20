/**
 * Interface language (ja default, en switch) and display labels. Field names come from the
 * field registry (FIELDS[].label); value labels are typed against the registry's enums, so a
 * value added to an enum without a label fails to type-check.
 */
import { FIELDS, type Category, type DataType, type LeakStatus, type OrgType, type MisuseStatus, type Action, type CountKind } from '../core/fields.js';

export type Lang = 'ja' | 'en';
export const LANGS = ['ja', 'en'] as const;

type Labels<K extends string> = Record<K, readonly [ja: string, en: string]>;

const CATEGORY_LABELS: Labels<Category> = {
  unauthorized_access: ['不正アクセス', 'Unauthorized access'],
  account_compromise: ['アカウント乗っ取り', 'Account compromise'],
  ransomware: ['ランサムウェア', 'Ransomware'],
  malware: ['マルウェア', 'Malware'],
  card_skimming: ['カード情報窃取', 'Card skimming'],
  phishing: ['フィッシング', 'Phishing'],
  spam_sent: ['迷惑メール送信', 'Spam sent'],
  vulnerability: ['脆弱性', 'Vulnerability'],
  misconfiguration: ['設定不備', 'Misconfiguration'],
  misdelivery: ['誤送信・誤送付', 'Misdelivery'],
  loss_theft: ['紛失・盗難', 'Loss / theft'],
  insider: ['内部不正', 'Insider'],
  improper_handling: ['不適切な取扱い', 'Improper handling'],
  dos: ['DoS攻撃', 'DoS'],
  fraud: ['詐欺', 'Fraud'],
  other: ['その他', 'Other'],
};

const ORG_TYPE_LABELS: Labels<OrgType> = {
  company: ['企業', 'Company'],
  university: ['大学', 'University'],
  school: ['学校', 'School'],
  hospital: ['病院', 'Hospital'],
  local_gov: ['地方自治体', 'Local government'],
  police: ['警察', 'Police'],
  national_gov: ['国の機関', 'National government'],
  research: ['研究機関', 'Research institute'],
  association: ['団体', 'Association'],
  other: ['その他', 'Other'],
};

const DATA_TYPE_LABELS: Labels<DataType> = {
  name: ['氏名', 'Name'],
  address: ['住所', 'Address'],
  phone: ['電話番号', 'Phone'],
  email: ['メールアドレス', 'E-mail'],
  birthdate: ['生年月日', 'Birth date'],
  gender: ['性別', 'Gender'],
  workplace: ['勤務先', 'Workplace'],
  id_number: ['ID番号', 'ID number'],
  login_id: ['ログインID', 'Login ID'],
  password: ['パスワード', 'Password'],
  card_number: ['カード番号', 'Card number'],
  card_expiry: ['有効期限', 'Card expiry'],
  card_cvv: ['セキュリティコード', 'Card CVV'],
  cardholder_name: ['カード名義人', 'Cardholder name'],
  bank_account: ['口座情報', 'Bank account'],
  purchase_history: ['購入履歴', 'Purchase history'],
  health: ['健康情報', 'Health'],
  national_id: ['マイナンバー等', 'National ID'],
  photo_video: ['写真・動画', 'Photo / video'],
  grades: ['成績', 'Grades'],
  security_qa: ['秘密の質問', 'Security Q&A'],
  financial: ['金融情報', 'Financial'],
  other: ['その他', 'Other'],
};

const LEAK_LABELS: Labels<LeakStatus> = {
  confirmed: ['漏えい確認', 'Confirmed'],
  possible: ['漏えいの可能性', 'Possible'],
  not_found: ['漏えいなし', 'Not found'],
  unknown: ['不明', 'Unknown'],
};

const MISUSE_LABELS: Labels<MisuseStatus> = {
  confirmed: ['確認', 'Confirmed'],
  not_found: ['確認されず', 'Not found'],
  unknown: ['不明', 'Unknown'],
};

const ACTION_LABELS: Labels<Action> = {
  password_reset: ['パスワード変更', 'Password reset'],
  service_suspended: ['サービス停止', 'Service suspended'],
  network_isolated: ['ネットワーク遮断', 'Network isolated'],
  police: ['警察へ相談', 'Police'],
  ppc_report: ['個人情報保護委員会へ報告', 'PPC report'],
  regulator_report: ['監督官庁へ報告', 'Regulator report'],
  forensic: ['フォレンジック調査', 'Forensics'],
  notify_individuals: ['本人への通知', 'Individuals notified'],
  helpdesk: ['問い合わせ窓口', 'Helpdesk'],
  mfa: ['多要素認証', 'MFA'],
  disciplinary: ['懲戒処分', 'Disciplinary'],
  card_monitoring: ['カード利用監視', 'Card monitoring'],
  data_deleted: ['データ削除', 'Data deleted'],
};

const COUNT_KIND_LABELS: Labels<CountKind> = {
  people: ['人', 'people'],
  records: ['件', 'records'],
  cards: ['カード', 'cards'],
  accounts: ['アカウント', 'accounts'],
  emails: ['通', 'e-mails'],
  files: ['ファイル', 'files'],
  devices: ['台', 'devices'],
  money_jpy: ['円', 'JPY'],
  organizations: ['組織', 'organisations'],
};

const BOOL_LABELS: Labels<'true' | 'false'> = { true: ['はい', 'Yes'], false: ['いいえ', 'No'] };

const VALUE_LABELS: Record<string, Record<string, readonly [string, string]>> = {
  category: CATEGORY_LABELS,
  categories: CATEGORY_LABELS,
  org_type: ORG_TYPE_LABELS,
  data_type: DATA_TYPE_LABELS,
  data_types: DATA_TYPE_LABELS,
  leak: LEAK_LABELS,
  misuse: MISUSE_LABELS,
  action: ACTION_LABELS,
  actions: ACTION_LABELS,
  count_kind: COUNT_KIND_LABELS,
  follow_up: BOOL_LABELS,
  is_incident: BOOL_LABELS,
};

/** Facet keys (query parameter names) → registry field names. */
const FACET_TO_FIELD: Record<string, string> = { category: 'categories', data_type: 'data_types', action: 'actions', year: 'announced_on', month: 'announced_on' };

const UI = {
  site: ['事件簿', 'Jikenbo'],
  tagline: ['公表されたセキュリティ事案のデータベース', 'A database of published security incidents'],
  search: ['検索', 'Search'],
  searchPlaceholder: ['キーワード(例: 不正アクセス 紛失 -訓練)', 'Keywords (e.g. 不正アクセス 紛失 -訓練)'],
  latest: ['最新の報告', 'Latest reports'],
  results: ['件の報告', 'reports'],
  noResults: ['該当する報告はありません。', 'No report matches.'],
  stats: ['統計', 'Statistics'],
  feed: ['Atomフィード', 'Atom feed'],
  sortDate: ['日付順', 'Newest'],
  sortAffected: ['影響人数順', 'Most affected'],
  sort: ['並び順', 'Sort'],
  prev: ['前へ', 'Previous'],
  next: ['次へ', 'Next'],
  page: ['ページ', 'Page'],
  clear: ['絞り込みを解除', 'Clear filters'],
  year: ['年', 'Year'],
  month: ['月', 'Month'],
  fields: ['抽出項目', 'Extracted fields'],
  text: ['本文', 'Text'],
  original: ['原本をダウンロード', 'Download the original'],
  sourceUrl: ['公表元', 'Source'],
  evidence: ['根拠', 'Evidence'],
  report: ['報告', 'Report'],
  organization: ['組織', 'Organisation'],
  orgReports: ['この組織の報告', 'Reports of this organisation'],
  monthly: ['月別件数(種別ごと)', 'Incidents per month, by category'],
  orgTypeShare: ['組織種別の割合', 'Share by organisation type'],
  dataTypes: ['多い情報の種類', 'Most frequent data types'],
  affectedDist: ['影響人数の分布', 'People affected'],
  topOrgs: ['報告の多い組織', 'Top organisations by reports'],
  count: ['件数', 'Reports'],
  unknown: ['不明', 'Unknown'],
  none: ['—', '—'],
  total: ['合計', 'Total'],
  csv: ['CSV', 'CSV'],
  people: ['人', 'people'],
  notFound: ['見つかりません', 'Not found'],
  badRequest: ['リクエストが正しくありません', 'Bad request'],
  serverError: ['サーバーエラーが発生しました', 'Internal server error'],
  filters: ['絞り込み', 'Filters'],
  language: ['English', '日本語'],
  ingestedAt: ['取り込み日時', 'Ingested'],
  extractor: ['抽出器', 'Extractor'],
  line: ['行', 'Line'],
  noEvidence: ['根拠なし', 'no evidence'],
} as const;

export type UiKey = keyof typeof UI;

/** Returns an interface string. */
export function t(lang: Lang, key: UiKey): string {
  return UI[key][lang === 'ja' ? 0 : 1];
}

/** Returns the label of a field (registry name or facet key), from FIELDS. */
export function fieldLabel(lang: Lang, name: string): string {
  if (name === 'year') return t(lang, 'year');
  if (name === 'month') return t(lang, 'month');
  const def = FIELDS.find((f) => f.name === (FACET_TO_FIELD[name] ?? name)) ?? FIELDS.find((f) => f.name === name);
  return def ? def.label[lang] : name;
}

/** Returns the label of one value of a field; unknown values are shown as they are. */
export function valueLabel(lang: Lang, field: string, value: string): string {
  const l = VALUE_LABELS[field]?.[value];
  return l ? l[lang === 'ja' ? 0 : 1] : value;
}
