/**
 * categories: every kind of incident the report states (spec "categories").
 *
 * Cues are matched on the normalised text; hits in negated clauses (`不正アクセスの形跡はない`),
 * requests and warnings (`…を装ったメールを受信された場合は`) and prevention statements
 * (`不正アクセス対策`) are dropped. Then the spec's precedence rules apply:
 * - credential logins alone are `account_compromise`, even when called 不正アクセス;
 * - malware named only as ransomware is `ransomware`;
 * - an incident with no specific kind is `other`.
 */
import type { Category } from '../../core/fields.js';
import type { Evidence } from '../../core/model.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { after, before, memo, re, scanCues, sentenceText, viewOf, type Cue, type CueHit } from '../text/cues.js';
import { rawLeak } from './leak.js';
import { extractFollowUp } from './follow-up.js';

type C = Cue<Category>;

/** Trends in general (`昨今のフィッシング詐欺等のサイバーリスク`), not an event of the organisation. */
const GENERAL_RISK = /(?:昨今|近年|最近|世間|巷)(?:の|で(?:は)?|、)?$/;
/** A list of dangers (`ウイルス感染、フィッシングサイトへの誘導、不正アクセスなどの危険を伴います`). */
const RISK_LIST = /^[^。]{0,28}(?:など|等)の(?:危険|リスク|脅威|被害に遭う)/;
/** Law names and generic words that contain a cue but state no event. */
const LAW_NAME = /^(?:行為の禁止|禁止法|行為禁止)/;
/** Countermeasures named after the attack (`不正アクセスの制限の強化`, `不正アクセス検知システム`). */
const PREVENTION_TAIL = /^(?:等|など)?(?:の|を)?(?:制限|抑止|監視(?:体制|システム)|検知(?:システム|機能|体制)|防御)/;

export const rules: readonly C[] = [
  // unauthorized_access: an outsider got into systems (spec: 不正アクセス, サイバー攻撃, 侵入, 改ざん).
  { id: 'categories.unauthorized_access.fusei_access', value: 'unauthorized_access', re: re('不正(?:な|に|の)?アクセス'),
    guard: (h, v) => !LAW_NAME.test(after(v, h, 6)) && !PREVENTION_TAIL.test(after(v, h, 8)) },
  { id: 'categories.unauthorized_access.cyber_attack', value: 'unauthorized_access', re: re('サイバー攻撃', '標的型攻撃(?!メール)', '外部からの攻撃', '(?:サーバ|サーバー|システム|サイト|ネットワーク|メールリーダー)(?:へ|に対する)の?(?:ランサムウェア(?:による)?)?攻撃', '(?:サーバ|サーバー|システム|ネットワーク)にランサムウェア(?:による)?攻撃', 'サーバー?攻撃', 'ハッキング', '不正侵入', '(?:サーバ|システム|ネットワーク|端末|パソコン|PC|機器|環境)[ー]?[^。、]{0,8}(?:に|へ)(?:社外から)?侵入', '侵入(?:され|を受け|の痕跡|した)') },
  // Generic names of the event: unauthorized access, but no proof of more than a credential login.
  { id: 'categories.unauthorized_access.generic', value: 'unauthorized_access', re: re('サイバーセキュリティ(?:事案|インシデント)', 'セキュリティインシデント') },
  { id: 'categories.unauthorized_access.tampering', value: 'unauthorized_access', re: re('改ざん', '書き換えられ', '不正(?:な)?(?:書き込み|書込み)', '不正なプログラム', '不正(?:の)?プログラム', 'バックドア', 'Webシェル', 'SQLインジェクション') },
  // account_compromise: logins with stolen or guessed credentials.
  { id: 'categories.account_compromise.login', value: 'account_compromise', re: re('なりすましログイン', '不正ログイン', '不正にログイン', '不正なログイン', 'リスト型(?:攻撃|アカウントハッキング)', 'パスワードリスト攻撃', 'クレデンシャルスタッフィング') ,
    guard: (h, v) => !/^(?:の試行|を試み|試行|攻撃対策)/.test(after(v, h, 6)) },
  { id: 'categories.account_compromise.takeover', value: 'account_compromise', re: re('乗っ取(?:ら|り|られ|る)', 'のっとられ'),
    // A server or website taken over (`ウェブサーバーが乗っ取り被害に遭いました`) is an intrusion, not an account's.
    guard: (h, v) => !/(?:サーバ|サーバー|サイト|ホームページ|HP|システム|ドメイン|端末|パソコン|PC)(?:が|を|の)?$/.test(before(v, h, 10)) },
  { id: 'categories.account_compromise.credentials_used', value: 'account_compromise',
    re: re('(?:ID|アカウント)(?:と|及び|および|・)?パスワード[^。]{0,25}(?:一致|使用し|使い|用いて|悪用)[^。]{0,25}ログイン', '(?:他(?:の)?(?:職員|社員|従業員|利用者)|他人)[^。]{0,10}(?:アカウント|ID)[^。]{0,25}ログイン', 'ログインされ', '認証情報(?:を|が)(?:窃取|盗|詐取|不正(?:に)?取得)', '(?:ID|アカウント)(?:および|及び|と|・|、)パスワード(?:等|など)?(?:が|を)[^。]{0,8}(?:窃取|搾取|盗|詐取|不正(?:に)?(?:取得|入手))(?:され|し|した|された)', 'ログインに(?:用いられ|使用され|使われ)', '(?:ID|パスワード)[^。]{0,10}(?:を)?(?:用いて|使用して|使って)(?:不正に)?ログイン', '(?:アカウント|ID)(?:が|を)?[^。]{0,10}不正(?:に)?(?:利用|使用)され',
      // `教員アカウントを利用した不正アクセス`, `一部アカウントが侵害され`, `認証には…共有アカウントが使われていました`
      'アカウントを(?:利用|使用|悪用)した不正(?:な)?アクセス', 'アカウント(?:が|を)(?:侵害|悪用)され', '(?:認証|ログイン)に[^。]{0,20}アカウントが(?:使われ|使用され|利用され)') },
  { id: 'categories.account_compromise.account_access', value: 'account_compromise',
    re: re('(?:メール|SNS|インスタグラム|Instagram|X|Twitter|Facebook|LINE|公式|管理者|会員|利用者|ユーザー?)アカウント(?:の一部)?(?:が|に対して|への|に)[^。]{0,20}不正(?:な)?アクセス',
      // Customers' trading or bank accounts taken over (`お客さまの口座への不正アクセス`).
      '(?:お客(?:様|さま)|顧客|会員|利用者)の[^。]{0,10}口座(?:へ|に対する|に)の?不正(?:な)?(?:アクセス|ログイン)') },
  // ransomware / malware
  { id: 'categories.ransomware.keyword', value: 'ransomware', re: re('ランサム', '身代金', 'LockBit', 'Akira', 'BlackCat', 'Phobos', '(?:データ|ファイル|サーバー?|情報|ソフトウェア|システム|端末|パソコン|PC)(?:の(?:一部|大部分))?(?:等|など)?(?:が|を)暗号化され') },
  { id: 'categories.malware.keyword', value: 'malware', re: re('マルウェア', 'ウイルス', 'ウィルス', 'Emotet', 'エモテット', 'トロイの木馬', 'インフォスティーラー', '情報窃取型', 'ワーム', 'スパイウェア'),
    guard: (h, v) => !/(?:コロナ|新型|ノロ|インフルエンザ|アンチ|抗)$/.test(before(v, h, 8)) && !/ランサム|身代金/.test(v.text.slice(Math.max(h.sentence.start, h.start - 12), Math.min(h.sentence.end, h.end + 14))) && !/^\s?(?:対策|対策ソフト|チェック|スキャン|定義|駆除ソフト|バスター|検査|感染調査)/.test(after(v, h, 6)) && !GENERAL_RISK.test(before(v, h, 8)) && !RISK_LIST.test(after(v, h, 30)) && !/^(?:など|等)?(?:を)?(?:検知|検出|防御|遮断|駆除)する/.test(after(v, h, 8))
      // `ウィルス感染を装う偽の警告メッセージ`: the text of a fake warning, not an infection.
      && !/^[^。]{0,8}?(?:を装(?:う|っ)|と偽|という偽|の偽(?:の)?警告|を騙る)/.test(after(v, h, 14)) },
  // card_skimming: payment page or application altered.
  { id: 'categories.card_skimming.payment_tampering', value: 'card_skimming',
    re: re('(?:ペイメント|決済)(?:アプリケーション|画面|モジュール|フォーム|ページ|システム|処理)[^。]{0,12}改ざん', 'ペイモジュール[^。]{0,6}改ざん', '(?:カード)?情報(?:の)?入力(?:画面|フォーム|ページ)[^。]{0,40}改ざん', '改ざん[^。]{0,30}(?:カード情報|決済)', 'スキミング', 'スキマー', '偽(?:の)?(?:決済|入力|カード情報入力)(?:画面|フォーム|ページ)') },
  // phishing
  { id: 'categories.phishing.keyword', value: 'phishing', re: re('フィッシング'),
    guard: (h, v) => !/^(?:詐欺)?(?:対策|について|とは|サイト」とは|対策協議会)/.test(after(v, h, 8)) && !/^」とは/.test(after(v, h, 8)) && !GENERAL_RISK.test(before(v, h, 8)) && !RISK_LIST.test(after(v, h, 30)) },
  // Targeted-attack mail (標的型攻撃メール) is phishing, not an intrusion.
  { id: 'categories.phishing.targeted_mail', value: 'phishing', re: re('標的型(?:攻撃)?メール') },
  // Tech-support scams (サポート詐欺): staff lured to a fake warning page that installs remote-control software.
  { id: 'categories.phishing.support_scam', value: 'phishing', re: re('サポート詐欺', '(?:詐欺|偽)サイト(?:に|へ)(?:接続|誘導|アクセス)(?:され|し)', '偽(?:の)?(?:警告|セキュリティ警告)(?:画面|表示|メッセージ)') },
  { id: 'categories.phishing.spoofed_mail', value: 'phishing',
    re: re('なりすまし(?:の)?(?:メール|メッセージ|SMS)', '不審(?:な|・)?(?:なりすまし)?(?:メール|メッセージ|SMS)(?:が|を)?[^。]{0,12}(?:送信|発信|配信|届い|受信した|件数|確認され)', '(?:を|に)(?:装|騙|かた)(?:った|る)[^。]{0,12}(?:メール|メッセージ|SMS)[^。]{0,12}(?:送信|発信|配信|届いて|確認され)') },
  // spam_sent
  { id: 'categories.spam_sent.keyword', value: 'spam_sent', re: re('迷惑メール', 'スパム(?:メール)?', '踏み台', '不正(?:に)?中継', '大量(?:の)?(?:メール|不審メール)[^。]{0,10}(?:送信|発信)', '不特定多数[^。]{0,12}(?:メール|送信)', '(?:当社|弊社|本学|本校|当院|本市|本町|職員|社員|従業員|教員|学生)(?:の)?(?:[^。、]{0,10})?(?:メール)?アカウントから[^。]{0,30}(?:メール|メッセージ)[^。]{0,12}(?:送信|発信|送られ)', '(?:アカウント|メールアドレス)(?:から|を(?:使用|利用|悪用)して|を経由して)[^。]{0,30}(?:不審|迷惑|フィッシング|なりすまし|スパム|大量|詐欺)[^。]{0,20}(?:メール|メッセージ)[^。]{0,12}(?:送信|発信|送られ|配信)',
      '(?:サーバ|サーバー|システム)[^。]{0,20}(?:不正(?:な)?アクセス|乗っ取|不正(?:に)?利用)[^。]{0,40}(?:フィッシング|迷惑|不審|スパム)[^。]{0,6}(?:メール|メッセージ)[^。]{0,10}(?:送信|発信|配信)'),
    // Spam filters (`スパムメール隔離サービス`) and mail spoofing the sender (`…を装った`) are no abuse of the organisation's server.
    guard: (h, v) => {
      if (/^(?:を)?(?:フォルダ|対策|フィルタ|設定|判定|隔離)/.test(after(v, h, 6))) return false;
      const m = v.text.slice(h.start, h.end);
      if (!/^(?:アカウント|メールアドレス|サーバ|システム)/.test(m)) return true;
      // Sent from the organisation's account or server, not spoofed in its name nor sent with stolen data.
      return !/装っ|装う|偽装|詐称|騙っ|かたっ/.test(sentenceText(v, h)) && !/奪取|入手|窃取|取得|盗/.test(m);
    } },
  // vulnerability
  { id: 'categories.vulnerability.exploited', value: 'vulnerability',
    re: re('脆弱性(?:を|が|の)?[^。]{0,8}(?:悪用|突|つ(?:い|か|く)|利用され|利用した|狙|攻撃)', 'ゼロデイ', 'CVE-\\d{4}', '脆弱性(?:が|を)原因', '脆弱性に起因', '脆弱性による', '脆弱性から(?:の)?(?:侵入|不正)', '脆弱性[^。]{0,12}(?:を利用|を通じ|を経由|経由で|から|より)[^。]{0,12}(?:侵入|不正(?:な)?アクセス|攻撃)', 'セキュリティ(?:ホール|上の欠陥)(?:を|が|より|から)[^。]{0,12}(?:侵入|悪用|突|つ(?:い|か|く)|攻撃|不正|利用され)',
      // Attacks that exist only by exploiting a flaw of the application.
      'SQLインジェクション', 'OSコマンドインジェクション', 'クロスサイトスクリプティング', 'XSS(?:攻撃|脆弱性)') },
  // misconfiguration: data open to others through settings or publication.
  { id: 'categories.misconfiguration.viewable', value: 'misconfiguration',
    re: re('(?:閲覧|参照|取得|ダウンロード|アクセス|見ること)(?:が)?(?:可能|でき(?:る|た))(?:な)?状態', '閲覧(?:が)?可能(?:と|に)なって', '(?:第三者|外部|インターネット上|誰でも)[^。]{0,10}(?:閲覧|アクセス)(?:が)?(?:可能|でき(?:る|た))'),
    // Data made viewable by the attack itself (`不正アクセスが確認され、…外部から閲覧可能な状態となる`) is no setting error.
    guard: (h, v) => !MISDELIVERY_SENTENCE.test(sentenceText(v, h)) && !ATTACK_SENTENCE.test(v.text.slice(h.sentence.start, h.start)) },
  { id: 'categories.misconfiguration.wrong_publication', value: 'misconfiguration', re: re('誤掲載', '誤公開', '誤って(?:掲載|公開)', '秘匿処理', '公開設定(?:の)?(?:誤|不備|ミス)', 'マスキング(?:処理)?(?:の)?(?:不備|漏れ)', '黒塗り(?:の)?(?:不備|漏れ)') },
  // misdelivery
  { id: 'categories.misdelivery.keyword', value: 'misdelivery',
    re: re('誤送信', '誤送付', '誤配布', '誤配付', '誤配信', '誤配達', '誤発送', '誤交付', '誤送', '誤投函', '誤って[^。]{0,20}(?:送信|送付|配布|配付|発送|交付|送っ|転送|郵送|FAX|ファクス|手渡|渡し|お渡し|同封|添付)', '(?:BCC|Bcc|bcc)[^。]{0,20}(?:TO|To|to|CC|Cc|cc)', '(?:CC|Cc|TO|To)欄', '宛先(?:を)?(?:誤|間違)', '転送先[^。]{0,12}(?:ミス|誤)', '裏紙', '別(?:人|の方|の利用者|のお客様)(?:に|へ|宛)[^。]{0,12}(?:送|渡|郵送|発送)', '誤った(?:宛先|送付先|メールアドレス|住所)'),
  },
  // loss_theft
  { id: 'categories.loss_theft.keyword', value: 'loss_theft',
    re: re('紛失', '盗難', '置き忘', '置忘', '誤廃棄', '誤って廃棄', '所在(?:が)?(?:不明|わからなく)', '(?:パソコン|PC|鞄|かばん|カバン|バッグ|USB(?:メモリ)?|携帯電話|スマートフォン|スマホ|端末|書類|車両?|財布)(?:が|を)?[^。]{0,10}盗(?:まれ|難)', '車上(?:荒|ねら)', 'ひったくり', '置き引き') },
  // insider
  { id: 'categories.insider.keyword', value: 'insider',
    re: re('懲戒', '不正閲覧', '業務外(?:で)?(?:の)?(?:閲覧|アクセス|利用)', '業務(?:上|と)(?:の)?(?:必要|関係)(?:が|の)?(?:ない|なく|無い)', '私的(?:に|な)?(?:閲覧|利用|目的)', '営業秘密', '不正競争防止法', '内部不正', '元(?:当社|弊社)?(?:従業員|社員|職員|役員)(?:が|は|による|により|、|1名|１名|を(?:逮捕|告訴|刑事告訴|提訴)|の(?:男|女)|の[^。、]{1,8}(?:被告|容疑者))(?![^。]{0,4}(?:情報|個人情報))', '(?:従業員|社員|職員|委託先[^。]{0,6}(?:従業員|社員)|派遣社員|アルバイト|スタッフ|教員|教諭|看護師|医師|委託業者)[^。]{0,30}(?:持ち出|不正(?:に)?(?:閲覧|取得|利用|使用|持ち出)|漏ら|無断(?:で)?(?:閲覧|複製|提供|持ち出)|転売|横領|着服)'),
    // `不正閲覧の可能性のある情報` after an intrusion speaks of the attacker; an insider case states what the person did.
    guard: (h) => h.polarity !== 'possible' },
  // improper_handling
  { id: 'categories.improper_handling.purpose', value: 'improper_handling', re: re('目的外(?:の)?(?:利用|使用|提供)', '利用目的(?:の範囲)?(?:を)?(?:超え|外)', '同意(?:を)?(?:得|取)(?:ず|ないまま|ていな)', '本人の同意なく', '(?:許諾|承諾|了承|同意)(?:を)?(?:得る|取る)こと(?:なく|なしに)', '(?:許諾|承諾|了承)(?:を)?(?:得|取)(?:ず|ないまま|ていな)', '共同利用[^。]{0,40}(?:除外|対象外)', '無断(?:で)?(?:提供|利用|転用)') },
  // dos
  { id: 'categories.dos.keyword', value: 'dos', re: re('DDoS', 'DoS攻撃', 'サービス妨害', '負荷攻撃', '大量(?:の)?(?:アクセス|通信|パケット|リクエスト)[^。]{0,25}(?:負荷|つながりにく|繋がりにく|閲覧しづら|閲覧できな|障害|停止)') },
  // fraud: money or services obtained by fraud.
  { id: 'categories.fraud.keyword', value: 'fraud', re: re('不正送金', '不正(?:な)?取引(?!の(?:防止|抑止|検知))', '資金(?:の)?流出', '詐欺(?!サイト|目的|メール|メッセージ|SMS|対策|の攻撃|の手口|に(?:ご)?注意)', '(?<!(?:情報|データ)(?:の|を)?)詐取(?!が疑われ)', '(?:騙|だま)し取', '着服', '横領', '(?:カード|ポイント|口座|金銭|現金|ギフト|クーポン)[^。]{0,20}不正(?:に)?(?:使用|利用)(?:\\([^)]{0,20}\\))?(?:し|され)(?:た|ていた|ました|、)'),
    guard: (h, v) => h.polarity !== 'possible' && !/フィッシング|サポート/.test(before(v, h, 8)) && !EXAMPLE_SCAM.test(sentenceText(v, h)) },
];

/** A leak from an IT service, system or server, the way it happened unstated. */
const SERVICE_BREACH = /(?:サービス|システム|サーバ|サーバー|クラウド|メールボックス)(?:\([^)]{0,30}\))?(?:において|で|から|より|における|の)[^。]{0,40}?(?:情報|データ)(?:の)?(?:漏え|漏洩|流出)/;
/** Examples of scams readers may meet (`例)…などとして金銭の振り込みに誘導するような詐欺`), not events. */
const EXAMPLE_SCAM = /^[\s(]*例[)):]|(?:ような|といった|等の|などの)(?:特殊)?詐欺|詐欺(?:等|など)?(?:に(?:ご)?注意|の被害に遭わ|の手口)/;
const DEFINITION = /」とは|とは[、,]|の略(?:称)?(?:で|です)/;
/** A glossary note (`※フォレンジック調査:不正アクセスやランサムウェア等の…調査手法。`): a term explained, no event. */
const GLOSS_LINE = /^[ \t]*※[ \t]?(?:\d[))]?[ \t]?)?[^::。\s]{2,24}[ \t]?[::](?![ \t]?(?:\d|https?:))/;
const STATEMENT_END = /(?:ました|います|ます|でした|です|ません|た)[。.]?\s*$/;
function inGloss(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.charCodeAt(lineStart) !== 0x203b && !/^[ \t]+※/.test(text.slice(lineStart, lineStart + 4))) return false;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  return GLOSS_LINE.test(line) && !STATEMENT_END.test(line);
}
/** Kinds a release often predicts as a consequence of a leak rather than reports. */
const CONSEQUENCE = new Set<Category>(['phishing', 'spam_sent', 'fraud', 'malware']);
/** A misdelivery sentence (CC/BCC, 誤送信) explains its own exposure: not misconfiguration. */
const MISDELIVERY_SENTENCE = /誤送信|(?:CC|Cc|BCC|Bcc)欄|誤って[^。]{0,20}(?:送信|送付)/;
/** A sentence that blames an attack for the exposure. */
const ATTACK_SENTENCE = /不正(?:な)?アクセス|サイバー攻撃|侵入|乗っ取|遠隔操作|外部者(?:に|が)/;
/** Sending data to the wrong internal system is improper handling, not misdelivery. */
const INTERNAL_TRANSFER = /(?:データベース|システム|基盤|グループ(?:内|各社))[^。]{0,20}(?:誤って)?[^。]{0,10}データ送信|誤って(?:データ)?送信していた[^。]{0,10}データ|データ送信/;
/** Weak cue of improper handling, used only when nothing more specific is stated. */
const IMPROPER_WEAK = /不適切な(?:取り扱い|取扱い|取扱|管理)|不適正(?:な)?(?:取り扱い|取扱い|取扱|管理)|取り扱い(?:に)?(?:不備|誤り)|(?:データベース|システム|基盤)(?:に|へ)[^。]{0,20}誤って|誤って[^。]{0,20}データ送信/g;
/** Access that is more than logging in with credentials (keeps unauthorized_access beside account_compromise). */
const SYSTEM_INTRUSION = new Set(['categories.unauthorized_access.cyber_attack', 'categories.unauthorized_access.tampering']);
/** Generic malware words (as opposed to a named family). */
const GENERIC_MALWARE = /^(?:マルウェア|ウイルス|ウィルス)$/;
/** A malicious program found running or planted (`不正なプログラムが実行`), read from a tampering hit. */
const MALICIOUS_PROGRAM = /^不正(?:な|の)?プログラム$/;
/** …that was run or installed (`実行された`, `設置し起動`), not merely removed from a web site. */
const PROGRAM_RUN = /実行|起動|設置|感染|動作/;
/** A VPN reached with a stolen account. */
const VPN = /VPN|ＶＰＮ/;
/** A security code listed as exposed (negated or warned-about mentions are dropped by the scanner). */
const CVV_LEAKED: C = { id: 'categories.card_skimming.cvv_leaked', value: 'card_skimming', re: /セキュリティコード/g,
  guard: (h, v) => !/保存|保持|表示|入力|含まれ/.test(v.text.slice(h.end, Math.min(h.sentence.end, h.end + 30))) || /漏え|流出|窃取/.test(sentenceText(v, h)) };
/** Staff phished into giving away credentials (`従業員がフィッシングメールへアクセスしたことが原因`). */
const STAFF_PHISHED = /(?:従業員|社員|職員|教職員|教員|学生|スタッフ|担当者)[^。]{0,20}フィッシング|フィッシング(?:メール|サイト)[^。]{0,30}(?:入力|アクセスし|開封|騙され|だまされ|誘導され)/;
/** Signals that the text is about an incident even when no specific kind is named. */
const INCIDENT_WORDS = /個人情報[^。]{0,20}(?:漏えい|流出|事案|事故)|情報(?:の)?(?:漏えい|流出)|セキュリティ(?:事故|インシデント)|(?:事案|事故)(?:が|の)発生|漏れ(?:た|ていた|まし)/;

/** Titles of news that is no incident: events, columns, business and product announcements. */
const NEWS_TITLE = /セミナー|ウェビナー|講演|開催(?:の)?(?:お知らせ|のご案内|します|決定)|参加者募集|募集(?:の)?(?:お知らせ|開始)|合併|経営統合|買収|資本業務提携|就任|決算|新製品|発売|提供開始|サービス開始|ツアー|旅行記|コラム|連載|ランキング|解説|入門|ベストプラクティス|書評|キャンペーン/;
/** Words of an incident that happened to the announcing organisation. */
const OWN_INCIDENT = /お詫び|おわび|判明(?:し|いたし)|被害(?:を受け|に遭)|漏えい(?:し|の可能性)|流出(?:し|の可能性)|紛失(?:し|いたし)|懲戒/;

const categoriesOf = memo((input: ReportInput): FieldResult<Category[]> => {
  const view = viewOf(input);
  const title = view.text.slice(view.titleStart, view.titleEnd);
  if (NEWS_TITLE.test(title) && !OWN_INCIDENT.test(view.text)) return { value: [], evidence: [] };
  // Definitions (`「フィッシングサイト」とは…`) and predicted consequences (`…が送信される可能性が考えられます`) state no event.
  const hits = scanCues(view, rules).filter(
    (h) => !DEFINITION.test(sentenceText(view, h)) && !inGloss(view.text, h.start) && !(h.polarity === 'possible' && CONSEQUENCE.has(h.cue.value) && h.cue.id !== 'categories.phishing.support_scam'),
  );
  // An essay speaks of what may happen; an incident report states something that did.
  if (hits.length > 0 && hits.every((h) => h.polarity === 'possible') && !OWN_INCIDENT.test(view.text)) return { value: [], evidence: [] };
  const by = new Map<Category, CueHit<Category>[]>();
  for (const h of hits) {
    const list = by.get(h.cue.value);
    if (list) list.push(h);
    else by.set(h.cue.value, [h]);
  }
  // Spec: credential logins only → account_compromise, not unauthorized_access.
  if (by.has('account_compromise') && by.has('unauthorized_access')) {
    // Logging in to a VPN with a stolen account puts the attacker inside the network.
    const intrusion = by.get('unauthorized_access')!.some((h) => SYSTEM_INTRUSION.has(h.cue.id)) || by.get('account_compromise')!.some((h) => VPN.test(sentenceText(view, h)));
    if (!intrusion && !by.has('vulnerability') && !by.has('ransomware') && !by.has('malware') && !by.has('card_skimming')) by.delete('unauthorized_access');
  }
  // What a taken-over account let the intruder see (`第三者から閲覧可能となった個人情報`) was open through the
  // account, not through a setting.
  if (by.has('account_compromise') && !by.has('unauthorized_access') && by.get('misconfiguration')?.every((h) => h.cue.id === 'categories.misconfiguration.viewable')) {
    by.delete('misconfiguration');
  }
  // Ransomware is itself the "virus" most releases also mention (`ランサムウェア(コンピュータウイルス)に感染`):
  // generic malware words beside it add nothing; a named other family (Emotet) still does.
  if (by.has('ransomware') && by.has('malware') && by.get('malware')!.every((h) => GENERIC_MALWARE.test(view.text.slice(h.start, h.end)))) by.delete('malware');
  // A malicious program run on the organisation's equipment is malware, unless it is the card skimmer or the ransomware.
  if (!by.has('malware') && !by.has('ransomware') && !by.has('card_skimming')) {
    const planted = by.get('unauthorized_access')?.filter((h) => MALICIOUS_PROGRAM.test(view.text.slice(h.start, h.end)) && h.polarity === 'affirmed' && PROGRAM_RUN.test(sentenceText(view, h)));
    if (planted && planted.length > 0) by.set('malware', planted);
  }
  // A security code is never stored by a shop: when it leaked through an intrusion, the payment form was skimmed.
  if (!by.has('card_skimming') && !by.has('ransomware') && (by.has('unauthorized_access') || by.has('vulnerability'))) {
    const cvv = scanCues(view, [CVV_LEAKED]);
    if (cvv.length > 0) by.set('card_skimming', cvv);
  }
  // Staff who were phished gave away their credentials: the access that followed is a credential login.
  if (by.has('phishing') && by.has('unauthorized_access') && !by.has('account_compromise') && STAFF_PHISHED.test(view.text)) {
    const intrusion = by.get('unauthorized_access')!.some((h) => SYSTEM_INTRUSION.has(h.cue.id));
    if (!intrusion && !by.has('vulnerability') && !by.has('ransomware') && !by.has('malware') && !by.has('card_skimming')) {
      by.set('account_compromise', by.get('unauthorized_access')!);
      by.delete('unauthorized_access');
    }
  }
  // Data sent to the wrong internal system is improper handling, not misdelivery.
  if (by.has('improper_handling') && by.has('misdelivery') && INTERNAL_TRANSFER.test(view.text)) by.delete('misdelivery');
  const evidence: Evidence[] = [];
  const value: Category[] = [];
  for (const [cat, list] of by) {
    value.push(cat);
    const h = list[0];
    evidence.push(evidenceAt(input, 'categories', cat, h.start, h.end, h.cue.id));
  }
  if (value.length === 0) {
    IMPROPER_WEAK.lastIndex = 0;
    const weak = IMPROPER_WEAK.exec(view.text);
    if (weak) {
      value.push('improper_handling');
      evidence.push(evidenceAt(input, 'categories', 'improper_handling', weak.index, weak.index + weak[0].length, 'categories.improper_handling.weak'));
    }
  }
  if (value.length === 0) {
    const leak = rawLeak(input);
    const m = INCIDENT_WORDS.exec(view.text.slice(view.bodyStart));
    // An update whose finding is that nothing leaked (`漏えいした事実は確認されませんでした`) still reports an incident.
    if (leak.value === 'confirmed' || leak.value === 'possible' || (leak.value === 'not_found' && extractFollowUp(input).value) || m) {
      // Data leaking out of an IT service or system (`メールセキュリティサービスにおいて…情報漏洩の可能性`)
      // was taken from it by an outsider, even where the release does not say how.
      const breach = SERVICE_BREACH.exec(view.text.slice(view.bodyStart));
      if (breach) {
        value.push('unauthorized_access');
        evidence.push(evidenceAt(input, 'categories', 'unauthorized_access', view.bodyStart + breach.index, view.bodyStart + breach.index + breach[0].length, 'categories.unauthorized_access.service_breach'));
        return { value, evidence };
      }
      value.push('other');
      const ev = leak.evidence[0];
      if (m) evidence.push(evidenceAt(input, 'categories', 'other', view.bodyStart + m.index, view.bodyStart + m.index + m[0].length, 'categories.other.incident_words'));
      else if (ev) evidence.push({ ...ev, field: 'categories', value: 'other', rule: 'categories.other.leak' });
    }
  }
  return { value, evidence };
});

/** Returns the categories the report states. */
export function extractCategories(input: ReportInput): FieldResult<Category[]> {
  return categoriesOf(input);
}
