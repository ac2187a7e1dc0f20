/**
 * data_types: kinds of data exposed or possibly exposed (spec "data_types").
 *
 * Each kind has word cues (`氏名`, `ふりがな` → name). A hit counts unless its clause says the
 * data was safe (`クレジットカード情報は含まれておりません`, `…の漏えいの可能性はございません`),
 * it sits in a request or warning to readers, or it is plainly not exposed data: contact
 * details of the announcing office, a mail address used as a destination, a password being
 * reset. Reports that are no incident have no data types.
 */
import type { DataType } from '../../core/fields.js';
import type { Evidence } from '../../core/model.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { after, memo, re, scanCues, sentenceText, viewOf, type Cue, type CueHit, type ReportView } from '../text/cues.js';
import { incidentOf } from './incident.js';

type D = Cue<DataType>;

/** Contact lines of the announcing office (問い合わせ先, TEL: …). */
const CONTACT = /問い?合わ?せ|問合せ|連絡先|受付時間|TEL|FAX|フリーダイヤル|[::]\s*[\d(0]|電話[::]/;
/** Contact lines are only a problem for phone and e-mail cues. */
const notContact = (h: CueHit<DataType>, v: ReportView) => !CONTACT.test(sentenceText(v, h));
/** Payment data described as not kept (`カード情報非保持`, `決済代行会社のみで取扱い`). */
const NOT_KEPT = /非保持|非通過|のみで取り?扱|保持しておらず|保存しておらず|保持しない|保存しない|取り扱っておらず/;

export const rules: readonly D[] = [
  { id: 'data_types.name', value: 'name', re: re('氏名', 'お名前', 'ふりがな', 'フリガナ', '姓名', '旧姓', '宛名', '名簿', '(?:生徒|保護者|児童|患者|利用者|顧客|会員|受講者|参加者|申込者|職員|学生|園児|契約者|受験者|相談者)(?:の)?名(?![簿義前称誉])', '名前'),
    guard: (h, v) => !/^(?:を|で)?(?:騙|かた|語|装|使|偽)|^だけでなく|^のみ/.test(after(v, h, 6)) },
  { id: 'data_types.address', value: 'address', re: re('住所', '郵便番号', '送付先', '居所') },
  { id: 'data_types.phone', value: 'phone', re: re('電話番号', '携帯番号', 'FAX番号', 'ファックス番号', 'TEL番号'), guard: notContact },
  { id: 'data_types.email', value: 'email', re: re('(?:E|e|電子)?[-]?(?:メール|mail)アドレス'),
    guard: (h, v) => notContact(h, v) && !/^(?:宛|あて|から|への|を(?:BCC|Bcc|CC|Cc|TO|To|変更)|に(?:て)?(?:ご連絡|お知らせ|送|届|お詫び|ご案内)|を(?:下記|以下)に変更)/.test(after(v, h, 10)) },
  { id: 'data_types.birthdate', value: 'birthdate', re: re('生年月日', '誕生日') },
  { id: 'data_types.gender', value: 'gender', re: re('性別') },
  { id: 'data_types.workplace', value: 'workplace', re: re('職業', '勤務先', '勤務地', '会社名', '企業名', '法人名', '事業所名', '部署名', '所属部署', '部署(?=[、・,/)]|等|など|及び|および)', '所属(?!する|し|の|している)', '役職', '学部名', '学校名', '団体名', '職種') },
  { id: 'data_types.id_number', value: 'id_number', re: re('学籍番号', '社員番号', '職員番号', '会員番号', '受験番号', '登録ID', '顧客番号', '顧客ID', '会員ID', '患者(?:ID|番号)', '診察券番号', '利用者番号', 'お客様番号', '契約番号', '受付番号', '学生番号', '生徒番号', '従業員番号') },
  { id: 'data_types.login_id', value: 'login_id', re: re('ログインID', 'ユーザー?ID', 'ユーザー?名', 'アカウント名', 'アカウントID', 'ログイン名', '(?<![ルムNSXトぐ])アカウント(?:の一覧|一覧|情報|や|、|・)') },
  { id: 'data_types.password', value: 'password', re: re('パスワード', '暗証番号', 'パスコード'),
    guard: (h, v) => {
      const s = sentenceText(v, h);
      if (/流出|漏えい|漏れ|窃取|盗|閲覧|含ま|ハッシュ|書き換え|取得され|可能性|おそれ/.test(s) && !/^[^。]{0,12}(?:リセット|初期化|再設定|変更(?:を|し|い))/.test(after(v, h, 20))) return true;
      return /^\s*$|^[、・)]/.test(after(v, h, 1)) || /^(?:等|など|\(|\s*\n)/.test(after(v, h, 2));
    } },
  { id: 'data_types.card_number', value: 'card_number', re: re('クレジットカード番号', 'カード番号', 'クレジットカード情報', 'カード情報'),
    guard: (h, v) => !NOT_KEPT.test(sentenceText(v, h)) && !/^(?:入力画面|入力フォーム)/.test(after(v, h, 6)) },
  { id: 'data_types.card_expiry', value: 'card_expiry', re: re('有効期限'), guard: (h, v) => /カード/.test(v.text.slice(Math.max(0, h.start - 400), h.end + 100)) },
  { id: 'data_types.card_cvv', value: 'card_cvv', re: re('セキュリティコード', 'CVV2?', 'CVC') },
  { id: 'data_types.cardholder_name', value: 'cardholder_name', re: re('カード名義人?(?:名)?', '名義人名') },
  { id: 'data_types.bank_account', value: 'bank_account', re: re('口座番号', '口座名義', '口座情報', '決済口座', '銀行口座', '預金口座', '金融機関名', '支店名') },
  { id: 'data_types.purchase_history', value: 'purchase_history', re: re('購入履歴', '注文履歴', '予約履歴', '利用履歴', '購入(?:した)?商品', '(?:ご)?注文内容', '購入情報', '注文情報', '注文番号', '取引履歴', 'お届け先', '配送先', '発送先', '購入金額', '購入日', '予約内容', '商品名') },
  { id: 'data_types.health', value: 'health', re: re('健診', '健康診断', 'カルテ', '病歴', '既往歴', '病名', '診療(?:情報|内容|記録|科)', '接種(?:履歴|記録|歴)', '要配慮個人情報', '障害(?:の)?(?:種別|等級|程度|者手帳)', '病状', '服薬', '処方', '検査結果', '診断名', '傷病', '要介護', '介護度', '健康状態', '健康情報', '医療情報', '受診(?:歴|者|情報)') },
  { id: 'data_types.national_id', value: 'national_id', re: re('マイナンバー', '個人番号', '運転免許', '免許証', '保険証', '被保険者番号', 'パスポート', '旅券番号', '在留カード', '基礎年金番号') },
  { id: 'data_types.photo_video', value: 'photo_video', re: re('写真', '画像データ', '顔画像', '動画', '映像', '録画') },
  { id: 'data_types.grades', value: 'grades', re: re('成績', '学力テスト', '評定', '得点', '点数', '試験結果', 'テスト結果', '順位') },
  { id: 'data_types.security_qa', value: 'security_qa', re: re('秘密の質問', '秘密の答え', '合言葉') },
  { id: 'data_types.financial', value: 'financial', re: re('利用枠', '(?:お)?支払い?状況', '未納', '滞納', '年収', '所得', '収入', '給与', '借入', '残高', '与信', '課税', '税額') },
  { id: 'data_types.other', value: 'other', re: re('業務(?:に関する|上の)?情報', '業務データ', '取引(?:先)?情報', '営業秘密', '技術情報', '機密情報', '契約情報', '設計(?:図|情報|データ)', '図面', '問い?合わ?せ(?:の)?内容', 'ニックネーム', '年齢', '音声データ', '録音データ', '作業上の資料', '社内資料', '内部資料', 'メール(?:の)?(?:本文|内容)', 'メールマガジン', '法人属性', '生活指導') },
];

const dataTypesOf = memo((input: ReportInput): FieldResult<DataType[]> => {
  const view = viewOf(input);
  const seen = new Map<DataType, CueHit<DataType>>();
  for (const h of scanCues(view, rules)) if (!seen.has(h.cue.value)) seen.set(h.cue.value, h);
  const value: DataType[] = [];
  const evidence: Evidence[] = [];
  for (const [t, h] of seen) {
    value.push(t);
    evidence.push(evidenceAt(input, 'data_types', t, h.start, h.end, h.cue.id));
  }
  return { value, evidence };
});

/** Returns the kinds of data the report says were (or may have been) exposed. */
export function extractDataTypes(input: ReportInput): FieldResult<DataType[]> {
  if (!incidentOf(input).value) return { value: [], evidence: [] };
  return dataTypesOf(input);
}
