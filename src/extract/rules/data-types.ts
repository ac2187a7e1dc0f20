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
import { after, before, memo, re, scanCues, sentenceText, viewOf, type Cue, type CueHit, type ReportView } from '../text/cues.js';
import { incidentOf } from './incident.js';

type D = Cue<DataType>;

/** Contact lines of the announcing office (問い合わせ先, TEL: …). */
const CONTACT = /問い?合わ?せ|問合せ|連絡先|受付時間|(?:TEL|FAX|Tel|Fax)\s*[::.]?\s*[\d(0]|フリーダイヤル|[::]\s*[\d(0]|電話[::]/;
/** Contact lines are only a problem for phone and e-mail cues. */
const notContact = (h: CueHit<DataType>, v: ReportView) => {
  const sentence = sentenceText(v, h);
  return !CONTACT.test(sentence) || LISTED_AS_EXPOSED.test(sentence);
};
/** A contact-looking line that in fact lists exposed data (`個人情報(会社名、氏名、電話/FAX番号…)が漏洩`). */
const LISTED_AS_EXPOSED = /漏え|漏洩|流出|含まれ|閲覧され|窃取/;
/** What makes a mail address the organisation's own or its sender's: `弊所`, `当公社の`, `当会が使用している`, `送信元`. */
const OWN_ADDRESS = /(?:^|[^\p{Script=Han}])(?:当|弊|本)(?:社|所|会|学|院|行|庫|公社|法人|組合|協会|機構|財団|市|町|村|県|校)(?:の|(?:が|で)(?:使用|利用|管理|運用|保有)(?:して(?:いる|おります|います)|する|している))?(?:公式)?(?:[Ee]\s?|電子)?$|送信(?:元)?(?:の)?(?:[Ee]\s?|電子)?$/u;
/** Payment data described as not kept (`カード情報非保持`, `決済代行会社のみで取扱い`). */
const NOT_KEPT = /非保持|非通過|のみで取り?扱|保持しておらず|保存しておらず|保持しない|保存しない|取り扱っておらず|(?:決済代行|代行会社|カード会社|決済会社)[^。]{0,12}(?:にて|で)(?:保持|管理|保管|取り?扱)/;

export const rules: readonly D[] = [
  { id: 'data_types.name', value: 'name', re: re('氏名', 'お名前', 'ふりがな', 'フリガナ', '姓名', '旧姓', '宛名', '名簿', '(?:生徒|保護者|児童|患者|利用者|顧客|会員|受講者|参加者|申込者|職員|学生|園児|契約者|受験者|相談者)(?:の)?名(?![簿義前称誉])', '名前', '個人名', '代表者名'),
    guard: (h, v) => !/^(?:を|で)?(?:騙|かた|語|装|使|偽)|^だけでなく|^のみ/.test(after(v, h, 6)) },
  { id: 'data_types.address', value: 'address', re: re('住所', '郵便番号', '送付先', '居所', '(?:企業|会社|法人|団体|事業所|勤務先)?所在地'),
    // `スパムメールが…送付され、うち…の送付先に到達` names mail recipients, not addresses.
    guard: (h, v) => !/^(?:に|へ|の(?:メール)?アドレス)/.test(after(v, h, 6)) || v.text.slice(h.start, h.end) !== '送付先' },
  { id: 'data_types.phone', value: 'phone', re: re('電話番号', '電話[/・](?:FAX|ファクス|ファックス)番号', '携帯番号', 'FAX番号', 'ファックス番号', 'TEL番号'), guard: notContact },
  { id: 'data_types.email', value: 'email', re: re('(?:E|e|電子)?[-]?(?:メール|mail)アドレス'),
    guard: (h, v) => notContact(h, v) && !/^(?:宛|あて|から|への|へ(?:送|届|配信)|を(?:BCC|Bcc|CC|Cc|TO|To|変更)|に(?:て)?(?:ご連絡|お知らせ|送|届|お詫び|ご案内)|に対し(?:て)?[^。]{0,12}(?:送信|送付|配信)|を(?:下記|以下)に変更)/.test(after(v, h, 10))
      // The organisation's own or sending address (`弊所メールアドレス不正利用`, `当公社メールアドレスの不正利用`, `送信メールアドレス`).
      && !OWN_ADDRESS.test(before(v, h, 16)) && !/^(?:の)?(?:不正利用|不正使用|なりすまし|変更について)/.test(after(v, h, 8)) },
  // Mail stored on a mail service (IIJ セキュアMX-style notices: `送受信したメール情報が外部に流出`) holds addresses and contents.
  { id: 'data_types.email.mail_data', value: 'email', re: re('(?:電子)?メール(?:の)?(?:情報|データ)', '送受信(?:した|された|の)?(?:電子)?メール') },
  { id: 'data_types.other.mail_data', value: 'other', re: re('(?:電子)?メール(?:の)?(?:情報|データ)', '送受信(?:した|された|の)?(?:電子)?メール') },
  { id: 'data_types.birthdate', value: 'birthdate', re: re('生年月日', '誕生日') },
  { id: 'data_types.gender', value: 'gender', re: re('性別') },
  { id: 'data_types.workplace', value: 'workplace', re: re('職業', '勤務先', '勤務地', '会社名', '企業名', '法人名', '事業所名', '部署名', '所属部署', '部署(?=[、・,/)]|等|など|及び|および)', '所属(?!する|し|の|している|長|先の|機関)', '役職(?!員)', '学部名', '学校名', '団体名', '職種', '社名', '屋号') },
  { id: 'data_types.id_number', value: 'id_number', re: re('学籍番号', '社員番号', '職員番号', '会員番号', '受験番号', '登録\\s?ID', '顧客番号', '顧客\\s?ID', '会員\\s?ID', '患者(?:ID|番号)', '診察券番号', '利用者番号', 'お客様番号', '契約番号', '受付番号', '(?:保険)?証券番号', '学生番号', '生徒番号', '従業員\\s?(?:番号|ID)', '(?:社員|職員|学生)証(?:コード|番号|ID)?'),
    // `個人情報保護委員会(受付番号…)`: the reference of the organisation's own report.
    guard: (h, v) => !/(?:委員会|警察|警察署|JIPDEC|機構|協会|センター|窓口)\s?[(]\s?$/.test(v.text.slice(Math.max(0, h.start - 12), h.start)) },
  { id: 'data_types.login_id', value: 'login_id', re: re('ログイン\\s?ID', '(?:統合)?認証ID', 'ユーザー?ID', 'ユーザー?名', 'アカウント名', 'アカウントID', 'ログイン名', '(?<![ルムNSXトぐ])アカウント(?:の一覧|一覧|情報|や|、|・)') },
  { id: 'data_types.password', value: 'password', re: re('パスワード', '暗証番号', 'パスコード'),
    guard: (h, v) => {
      // `複合鍵(パスワード)の開示と引き換えに`: the ransom key, not anyone's password.
      if (/鍵\s?[(]?\s?$/.test(v.text.slice(Math.max(0, h.start - 4), h.start))) return false;
      const s = sentenceText(v, h);
      // Credentials the attacker used, or whose leak caused the incident, are no exposed data of the report.
      if (/^(?:等|など)?(?:を|で)?(?:使用|利用|用い|使っ|悪用|入手)|^(?:の)?(?:漏えい|流出|窃取)(?:に(?:よる|より)|が原因)/.test(after(v, h, 10))) return false;
      // `認証情報(パスワード等)を変更する`: a password being reset.
      if (/^[^。]{0,12}(?:リセット|初期化|再設定|無効化|変更(?:を|し|い|す))/.test(after(v, h, 20))) return false;
      if (/流出|漏えい|漏れ|窃取|盗|閲覧|含ま|ハッシュ|書き換え|取得され|可能性|おそれ/.test(s)) return true;
      return /^\s*$|^[、・)]/.test(after(v, h, 1)) || /^(?:等|など|\(|\s*\n)/.test(after(v, h, 2));
    } },
  { id: 'data_types.card_number', value: 'card_number', re: re('クレジットカード番号', 'カード番号', 'クレジットカード情報', 'カード情報'),
    guard: (h, v) => !NOT_KEPT.test(sentenceText(v, h)) && !/^(?:入力画面|入力フォーム)/.test(after(v, h, 6)) },
  { id: 'data_types.card_expiry', value: 'card_expiry', re: re('有効期限'), guard: (h, v) => /カード/.test(v.text.slice(Math.max(0, h.start - 400), h.end + 100)) },
  { id: 'data_types.card_cvv', value: 'card_cvv', re: re('セキュリティコード', 'CVV2?', 'CVC') },
  { id: 'data_types.cardholder_name', value: 'cardholder_name', re: re('カード名義人?(?:名)?', '名義人名') },
  { id: 'data_types.bank_account', value: 'bank_account', re: re('口座番号', '口座名義', '口座情報', '決済口座', '銀行口座', '預金口座', '金融機関名', '支店名'),
    // The fraudster's account a payment went to (`虚偽の犯人銀行口座に…支払う`) is no exposed data.
    guard: (h, v) => !/(?:虚偽|犯人|偽|架空|詐欺|不正)(?:の)?(?:犯人)?$/.test(before(v, h, 8)) },
  { id: 'data_types.purchase_history', value: 'purchase_history', re: re('購入履歴', '注文履歴', '予約履歴', '(?<!カード(?:の)?)利用履歴', '購入(?:した)?商品', '(?:ご)?注文(?:内容|商品|品)', '購入情報', '注文情報', '注文番号', '取引履歴', 'お届け先', 'お送り先', '配送先', '発送先', '納入(?:情報|先|実績)', '購入金額', '購入日', '予約内容', '商品名',
      // Hotel bookings.
      '宿泊日(?![をがはにで])', '宿泊(?:料金|プラン|ホテル名)', 'チェックイン日(?![をがはにで])', 'チェックアウト日(?![をがはにで])', '予約番号') },
  { id: 'data_types.health', value: 'health', re: re('健診', '健康診断', 'カルテ', '病歴', '既往歴', '病名', '診療(?:情報|内容|記録|科|に関する)', '接種(?:履歴|記録|歴)', '要配慮個人情報', '障害(?:の)?(?:種別|等級|程度|者手帳|有無)', '病状', '服薬', '(?<!対)処方', '検査結果', '診断名', '傷病', '要介護', '介護度', '健康状態', '健康情報', '医療情報', '受診(?:歴|者|情報)') },
  { id: 'data_types.national_id', value: 'national_id', re: re('マイナンバー', '個人番号', '運転免許', '免許証', '保険証', '(?:被)?保険者番号', 'パスポート', '旅券番号', '在留カード', '基礎年金番号') },
  { id: 'data_types.photo_video', value: 'photo_video', re: re('写真', '画像データ', '顔画像', '動画', '映像', '録画'),
    // `江陽写真室`, `西脇写真館` name a studio, not exposed photos.
    guard: (h, v) => !/^(?:室|館|店|スタジオ|株式会社|有限会社)/.test(after(v, h, 4)) },
  { id: 'data_types.grades', value: 'grades', re: re('成績', '学力テスト', '評定', '得点', '(?<!商品)点数', '試験結果', 'テスト結果', '順位') },
  { id: 'data_types.security_qa', value: 'security_qa', re: re('秘密の質問', '秘密の答え', '合言葉') },
  { id: 'data_types.financial', value: 'financial', re: re('利用枠', '(?:お)?支払い?状況', '未納', '滞納', '年収', '所得', '収入', '給与', '借入', '残高', '与信(?:枠|額|情報|限度)', '課税', '税額') },
  // The text of an exposed mail, not of the spam or phishing mail the report describes.
  { id: 'data_types.other.mail_body', value: 'other', re: re('メール(?:の)?(?:本文|内容)', 'メールに記載(?:されている|されていた|された)?(?:情報|内容)'),
    guard: (h, v) => !/不審|なりすまし|迷惑|スパム|フィッシング|問題の|英文|攻撃メール/.test(sentenceText(v, h)) },
  { id: 'data_types.other', value: 'other', re: re('業務(?:に関(?:する|連する)|上の|用の|関連)?(?:情報|データ)', '企業情報', '法人情報', '社内(?:文書|ファイル|データ)', 'ファイル名', '議会資料', '会議資料', '計画書', '取引に関する情報', '問い?合わ?せ(?:の)?(?:データ|履歴)', '業務データ', '取引(?:先)?情報', '営業秘密', '技術情報', '機密情報', '契約情報', '設計(?:図|情報|データ)', '図面', '問い?合わ?せ(?:の)?内容', 'ニックネーム', '年齢', '音声データ', '録音データ', '作業上の資料', '社内資料', '内部資料', 'メールマガジン', '法人属性', '生活指導', '通話記録', '送受信(?:の)?内容', '回答(?:データ|内容)', '国籍', '出身国', '在留資格', '保有ポイント', '会員(?:種別|ステータス)',
      // Business and school records that fit no other kind.
      '秘密情報', 'ソースコード', '申込(?:み)?(?:情報|内容|データ)', '資料請求(?:者)?情報', '受験者情報', '学籍情報', '管理データ', '契約書', '請求書', '見積書', '売上(?:等)?(?:に関する)?(?:情報|データ)') },
];

/**
 * Exposure context. Releases name exposed data in two ways: a list or table under a heading such as
 * 「漏えいした可能性のある情報」「対象となる情報」「流出した項目」, or a sentence that says the data leaked, was
 * viewed, lost, sent or included (`氏名、住所が含まれており`). A data word anywhere else (`メールアドレスが複数作成
 * されていた`, `お名前とご住所を確認のうえ`) names no exposed data.
 */
const EXPOSURE_SENTENCE = /漏え|漏洩|漏れ|流出|流失|閲覧|含ま|記載|窃取|盗|紛失|盗難|所在|誤送|誤配|誤掲載|誤公開|誤って|誤り|送付|送信|添付|対象|該当|可能性|おそれ|恐れ|影響|被害|取得|持ち出|抜き取|表示|参照|個人情報|顧客情報|お客様情報|会員情報|データ|ファイル|書類|資料|名簿|一覧|リスト|台帳|記録|情報(?:が|を|は|の一部|等|など|\)|、|・)|保存|保管|管理|登録|入力|判明|確認され|件|名分|人分|名\)|項目|内容/;
/** A scam example or pretext (`例)行政機関を名乗り、個人番号が漏えいしているなどとして…`) names no exposed data. */
const EXAMPLE = /^[\s(]*例[)):]|などとして|を名乗(?:り|って|る)|と(?:称|偽)(?:し|って)/;
/** A data word inside the name of an office (`東京都保健医療情報センター`, `個人情報課`). */
const ORG_NAME_TAIL = /^(?:センター|課|係|室|局|財団|協会|機構|研究所)/;
/**
 * A data word naming a system, service or product rather than data (`医療情報システム`, `健康情報ポータルサイト`,
 * `健診業務`, `マイナ保険証確認機器`, `年間パスポート`, `…ガイドライン`).
 */
const SERVICE_TAIL = /^(?:システム|ポータル|サイト|業務|(?:確認)?機器|[^。、]{0,12}ガイドライン|の運用|[^。、・,()]{0,3}店(?!舗))/;
const SERVICE_HEAD = /(?:年間|マイナ)$/;
/**
 * A data word that is the topic of a sentence whose predicate denies it (`クレジットカード情報は別システムで管理しており、
 * 影響は一切ございません`, `…につきましては、弊社では保有しておりません`): the data was safe. An adversative clause
 * (`…は閲覧されておりませんが、…は閲覧された可能性`) or `否定できません` keeps it.
 */
const SAFE_TOPIC = /^(?:(?:情報|データ|番号)?(?:等|など)?(?:[、・]|および|及び|や)[^。、はがを]{1,16}?){0,4}(?:情報|データ)?(?:等|など)?(?:については|につきましては|に関しては|に関しましては|は)[、]?/;
const NEGATED_END = /(?:ません|ない|ございません|おりません|おらず|ありません)(?:ので[^。]{0,20})?[。)]?\s*$/;
const ADVERSATIVE = /が、|ものの|けれど|一方|否定でき|しかし|ただし/;
function safeTopic(view: ReportView, h: CueHit<DataType>): boolean {
  const rest = view.text.slice(h.end, h.sentence.end);
  return SAFE_TOPIC.test(rest) && NEGATED_END.test(rest) && !ADVERSATIVE.test(rest);
}
const UNUSABLE = /(?:が|を|は|も|等|など)暗号化され|アクセス(?:不能|できな)|利用(?:不能|できな)|使用(?:不能|できな)|消失|破損|データ(?:等|など)?(?:を|の)(?:復旧|復元)/;
const EXPOSED_VERB = /漏え|漏洩|漏れ|流出|流失|閲覧|窃取|持ち出|盗|抜き取|外部(?:に|へ)送信/;
/** Heading-like lines: Markdown headings, ■【(1) 1. ① markers, or a short line without a full stop. */
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]|[■□◆◇●○◎▼▽◯◖◗★☆※]|【|\[|[(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[a-zA-Z])[).、.:][ \t]?|[①-⑳]|第[0-9一二三四五六七八九十]+[ 章条節項])/;
/** A heading that introduces exposed data (`漏えいした可能性のある情報`, `対象となる個人情報`, `流出した項目`). */
const EXPOSURE_HEADING = /(?:情報|項目|内容|データ|個人情報|書類|資料|ファイル|名簿|対象|範囲)/;
const EXPOSURE_HEADING_VERB = /漏え|漏洩|漏れ|流出|流失|閲覧|アクセス可能|公開|対象|含ま|記載|影響|被害|可能性|おそれ|恐れ|紛失|盗|誤|窃取|奪取|不正(?:に)?取得|不正アクセスが判明|概要|範囲|種類|内訳|件数|項目/;
/** A heading naming the personal data concerned (`(2)個人情報の内容`, `個人情報について`, `お客様情報`). */
const PERSONAL_HEADING = /(?:個人|お客様|お客さま|顧客|会員|患者|利用者|従業員|職員|学生|生徒|児童)(?:の|に関する)?情報(?!保護|セキュリティ|システム|管理)|情報の(?:内容|種類|項目|詳細)/;
/** A sentence that introduces a list (`…は以下の通りです`, `下記のとおりとなります`). */
const INTRO_LINE = /(?:以下|下記|次)(?:の)?(?:通り|とおり)|(?:以下|下記|次)(?:の|に)(?:[^。]{0,6})?(?:記載|示|掲載)|(?:以下|下記|次)の[^。]{0,12}(?:情報|項目|データ|内容)/;
/** Non-Markdown headings inside an exposure section close it only when they open another topic. */
const SECTION_CLOSER = /経緯|原因|対応|対策|お願い|問い?合わ?せ|問合せ|再発|今後|概要|お詫び|発生|経過|状況|時系列|日時|連絡先|窓口|措置|調査|ご案内|について/;
/** List items and table rows stay in their heading's section. */
const ITEM_LINE = /^[ \t]*(?:[-*+・･•◦▪]|\||\d{1,2}[).][ \t]|[①-⑳]|[(][0-9一二三四五六七八九十a-z]{1,2}[)]|[ア-ン][.、)])/;

/** A heading of advice to readers (`## 3.お客様へのお願い`, `2段階認証機能の活用のお願い`, `確認方法`). */
const ADVICE_HEADING = /お願い|ご注意|注意喚起|(?:設定|確認|変更|登録|利用|ご利用)(?:の)?(?:方法|手順)/;

/** A concessive hypothesis (`…流出があっても、セキュリティを強化できます`). */
const CONCESSIVE = /(?:があっ|され|し)ても|としても/;

interface Lines {
  starts: number[];
  inSection: boolean[];
  /** The line lies under an advice heading. */
  inAdvice: boolean[];
}

/** Returns, for each line start, whether the line lies in an exposure section or under an advice heading. */
function exposureLines(text: string, from: number): Lines {
  const starts: number[] = [];
  const inSection: boolean[] = [];
  const inAdvice: boolean[] = [];
  let advice = false;
  let adviceLevel = 0;
  let section = false;
  let level = 0;
  let pos = from;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.trim() !== '') {
      const heading = HEADING_LINE.test(line) || (!ITEM_LINE.test(line) && line.length <= 40 && !/[。]/.test(line) && EXPOSURE_HEADING.test(line));
      // Markdown headings open and close advice sections; their sub-headings (`### ステップ3`) stay in them.
      const md = /^[ \t]*(#{1,6})[ \t]/.exec(line);
      if (md && (!advice || md[1].length <= adviceLevel)) {
        advice = ADVICE_HEADING.test(line);
        adviceLevel = md[1].length;
      }
      if (!heading && INTRO_LINE.test(line) && EXPOSURE_HEADING_VERB.test(line) && EXPOSURE_HEADING.test(line)) {
        // `漏洩の可能性がある個人情報は以下の通りです。` introduces the list that follows.
        section = true;
        level = 0;
      } else if (heading && !(ITEM_LINE.test(line) && section)) {
        const hashes = /^[ \t]*(#{1,6})[ \t]/.exec(line);
        const lv = hashes ? hashes[1].length : 0;
        const opens = (EXPOSURE_HEADING.test(line) && EXPOSURE_HEADING_VERB.test(line)) || (PERSONAL_HEADING.test(line) && !/問い?合わ?せ|問合せ|窓口|お願い/.test(line));
        if (!section) {
          if (opens) {
            section = true;
            level = lv;
          }
        } else if (opens) {
          // A sub-heading naming more exposed data (`### 【クレジットカード情報】`) keeps the section.
          if (lv > 0 && (level === 0 || lv < level)) level = lv;
        } else if (!EXPOSURE_HEADING.test(line) && (SECTION_CLOSER.test(line) || (lv > 0 && level > 0 && lv < level))) section = false;
      }
    }
    starts.push(pos);
    inSection.push(section);
    inAdvice.push(advice);
    pos = nl + 1;
  }
  return { starts, inSection, inAdvice };
}

/** Returns true when the hit is in exposure context (see above). */
function inExposure(view: ReportView, h: CueHit<DataType>, lines: Lines): boolean {
  const sentence = sentenceText(view, h);
  // Data encrypted by ransomware or made unusable is damaged, not exposed.
  if (UNUSABLE.test(sentence) && !EXPOSED_VERB.test(sentence)) return false;
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= h.start) lo = mid;
    else hi = mid - 1;
  }
  // Advice to readers (how to set up two-factor login, what to do with suspicious mail) names data
  // they type or check, not data exposed, unless the sentence itself says it leaked.
  if (lines.inAdvice[lo] && (!EXPOSED_VERB.test(sentence) || CONCESSIVE.test(sentence))) return false;
  if (EXPOSURE_SENTENCE.test(sentence)) return true;
  return lines.inSection[lo] ?? false;
}

const dataTypesOf = memo((input: ReportInput): FieldResult<DataType[]> => {
  const view = viewOf(input);
  const seen = new Map<DataType, CueHit<DataType>>();
  let lines: Lines | null = null;
  for (const h of scanCues(view, rules)) {
    if (seen.has(h.cue.value)) continue;
    lines ??= exposureLines(view.text, view.bodyStart);
    if (EXAMPLE.test(sentenceText(view, h)) || ORG_NAME_TAIL.test(after(view, h, 5))) continue;
    if (SERVICE_TAIL.test(after(view, h, 20)) || SERVICE_HEAD.test(before(view, h, 3)) || safeTopic(view, h)) continue;
    if (h.inTitle || inExposure(view, h, lines)) seen.set(h.cue.value, h);
  }
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
