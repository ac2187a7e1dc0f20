/**
 * actions: response actions stated as done or planned (spec "actions").
 *
 * Cues name the action with its object (`パスワードのリセットを実施`, `カード決済を停止`,
 * `警察署に相談`); negated clauses and requests to readers are dropped (`最寄りの警察署にご相談
 * ください` is advice, not an action), except that asking users to change their password for
 * this service counts as a password reset (the gold's reading), while advice about other sites
 * (`他のサイトで同一のパスワードを…`) does not.
 */
import type { Action } from '../../core/fields.js';
import type { Evidence } from '../../core/model.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { after, before, memo, re, scanCues, sentenceText, viewOf, type Cue, type CueHit } from '../text/cues.js';
import { incidentOf } from './incident.js';

type A = Cue<Action>;

const MFA_ADVICE = /有効です|有効な(?:対策|手段)|お?すすめ|お?勧め|(?:設定|利用)(?:することが)?でき(?:ます|る)/;
const OTHER_SITES = /他(?:の)?(?:サイト|サービス)|他社|同一の|同じ|同様の|その他のサービス|使い回|使いまわ/;
const ADVICE = /アドバイス|助言|指導|知見/;
const PREVENTION = /再発防止|体制(?:の)?(?:見直し|強化|構築)|セキュリティ(?:対策|強化)|監視(?:の)?(?:拡大|強化)/;
const INVESTIGATION = /調査(?!結果)|解析|分析|フォレンジック|原因(?:の)?(?:究明|特定)/;
const HEADING_START = /^[ \t]*(?:#|[(（]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．])/;
const APOLOGY = /ご迷惑|ご心配|ご不便|ご心労/;
const OFFICES = '経済産業省|総務省|金融庁|文部科学省|厚生労働省|国土交通省|農林水産省|財務局|財務省|環境省|法務省|外務省|防衛省|内閣府|デジタル庁|消費者庁|こども家庭庁|経産省|文科省|厚労省|国交省|監督官庁|所管官庁|所管省庁|関係省庁|関係官庁|行政当局|主務官庁|所轄官庁|監督当局|各省庁|内閣サイバーセキュリティセンター|NISC|地方厚生局|総合通信局|運輸局|財務事務所|JIPDEC|日本情報経済社会推進協会';
const ADDRESSEE = '(?:お客様|お客さま|方|方々|皆様|皆さま|会員様?|利用者|生徒|児童|家庭|保護者|受信者|申込者|申請者|登録者|契約者|加入者|組合員|受験者|受講者|患者|参加者|送信者|関係者|ご本人|本人|対象者|該当者|取引先)(?:様|さま)?(?:に|へ|あて|宛)(?:は|対し(?:て)?|も|対しては)?、?';
/** Words of a notice or an apology to the people concerned. */
const NOTICE = '(?:ご?連絡(?!先)|通知|ご案内|ご?説明|謝罪|お詫び(?:の|と|を)|注意喚起)';
/** A notice sent by post. */
const POSTED = '(?:郵送|送付|発送)(?:を)?(?:し|いたし|する|します)';
/** The people concerned, as the subject of a notice to come (`…卒業生については、…学校からお知らせします`). */
const CONCERNED = '(?:お客様|お客さま|方|方々|皆様|皆さま|会員|利用者|生徒|児童|保護者|卒業生|在校生|学生|患者|顧客|受講者|受験者|申込者|申請者|登録者|契約者|加入者|組合員|参加者|ご本人|対象者|該当者|取引先)(?:様|さま)?';

export const rules: readonly A[] = [
  { id: 'actions.password_reset', value: 'password_reset', keepRequests: true,
    re: re('パスワード[^。]{0,25}?(?:リセット|初期化|再設定|無効化|新たに設定|設定し直|(?:の|を)更新|更新(?:を(?:実施|行)|し(?:た|ました|、|て)|済)|変更(?:を(?:実施|行|依頼|お願い|要請|予定)|し(?:た|ました|、|て)|いたし|が必要|を完了|済|、|する(?:と(?:共|とも)に|予定|こと(?:と|に))|予定|(?<=パスワード変更)|(?:と|や|及び|および|等|など)[^。]{0,30}(?:を(?:実施|行)|しており|しました|いたしました)))', '(?:強制的な|強制)(?:パスワード)?(?:リセット|変更)', 'パスワード(?:を|の)(?:変更|リセット|初期化)(?=[ \\t]*(?:\\n|$))', '(?:各種|全(?:ての)?|社内|職員|従業員|アカウントの)?パスワード(?:の)?(?:変更|更新|リセット|初期化)(?=及び|および|と|や|、|・|[ \\t]*(?:\\n|$))'),
    // A heading (`### (2)パスワードの変更`) often opens advice to readers; a list item states a measure.
    guard: (h, v) => !OTHER_SITES.test(sentenceText(v, h)) && !(HEADING_START.test(v.text.slice(v.text.lastIndexOf('\n', h.start) + 1, h.start)) && /^[ \t]*(?:\n|$)/.test(v.text.slice(h.end, h.end + 4))) },
  { id: 'actions.service_suspended', value: 'service_suspended',
    re: re('(?:サイト|ショップ|ストア|通販|EC|決済|カード決済|販売|受注|出荷|発送|配送|注文|営業|サービス|ページ|機能|画面|アプリ|予約|ログイン|申込み?|受付|交換|申請|新規登録|会員登録|配信)(?:の|を|は|が|について(?:は)?)?[^。、]{0,8}?(?:一時|一時的に|当面(?:の間)?|現在|直ちに|全面的に)?(?:停止|休止|閉鎖|見合わせ|中止|クローズ)',
      // `新規利用を制限`, `サービスの一部利用制限` (not a page taken down, which ends an exposure).
      '新規(?:の)?利用(?:を|の)?(?:一時的に|一時)?制限', 'サービス(?:の)?(?:一部)?(?:の)?利用(?:を)?(?:一時的に|一時)?制限'),
    guard: (h, v) => !/^(?:期間|日時|時間|予定日|のお知らせ|した状態|していた状態)/.test(after(v, h, 6)) },
  { id: 'actions.network_isolated', value: 'network_isolated',
    re: re('遮断', '切り離', '切断', '隔離', 'ネットワークから(?:外|分離)', '(?:ネットワーク|LAN|インターネット)(?:から)?(?:の)?分離', '運用停止', '(?:サーバ|サーバー|システム|端末|PC|パソコン|機器)(?:の|を)?(?:緊急)?(?:停止|シャットダウン)', '(?:ネットワーク|インターネット|外部)(?:への|との)?接続を(?:停止|遮断|切)', '(?:LAN|ネットワーク)ケーブルを(?:抜|外)', '外部から(?:の)?アクセス(?:が|を)?(?:出来|でき)ない(?:よう|状態)(?:に|と)?[^。]{0,10}(?:対策|措置|設定|し)', '外部(?:から)?(?:の)?(?:アクセス|通信|接続)(?:を)?(?:一時的に)?(?:制限|制御)'),
    // `■サーバー停止期間` announces maintenance, not an isolation.
    guard: (h, v) => !/^(?:期間|日時|時間|予定日|のお知らせ)/.test(after(v, h, 6)) },
  { id: 'actions.police', value: 'police',
    re: re('(?:警察|警視庁|県警|府警|道警|捜査当局|捜査機関|サイバー犯罪対策課)(?:署)?[^。]{0,30}?(?:相談|届け出|届出|被害届|被害申告|申告|通報|報告(?:し|いたし|済|を(?:行|実施|予定|即|し|いたし)|する(?:予定|と(?:共|とも)に)|(?=[ \\t]*(?:\\n|$)))|連絡(?:し|いたし|済)|協力|連携|捜査を依頼)', '被害届', '捜査(?:を)?依頼'),
    guard: (h, v) => !/から|より/.test(v.text.slice(h.start, Math.min(h.end, h.start + 12))) },
  { id: 'actions.ppc_report', value: 'ppc_report', re: re('個人情報保護委員会[^。]{0,50}?(?:報告|届出|届け出|連絡|通知|連携|相談|速報|確報)') },
  { id: 'actions.regulator_report', value: 'regulator_report', re: re(`(?:${OFFICES})[^。]{0,70}?(?:報告|届出|届け出|連絡(?:し|いたし|済)|相談)`, '(?<=[ァ-ヶー一-龥A-Za-z])(?<!捜査|地元|関係|所管|監督|行政)当局(?:へ|に)(?:は|も)?(?:対し(?:て)?)?[^。、]{0,6}?(?:報告|届出|届け出)', '(?:関係(?:する)?|所管(?:の)?|監督)(?:行政)?(?:機関|当局|省庁|官庁|行政庁)(?:等)?(?:へ|に)(?:は|も)?(?:の|対し(?:て)?(?:は|も)?)?[^。、]{0,8}?(?:報告|届出|届け出)(?![ \\t]*(?:\\n|$))'),
    // `警察や個人情報保護委員会等の関係機関への報告` names the police and the commission, no other regulator.
    guard: (h, v) => !/^(?:関係|所管|監督|行政)/.test(v.text.slice(h.start, h.start + 2)) || !/(?:個人情報保護委員会|警察)(?:等|など)の$/.test(before(v, h, 16)) },
  { id: 'actions.forensic', value: 'forensic', keepNegated: true,
    re: re('第三者(?:調査)?機関', '外部(?:の)?(?:専門|セキュリティ|調査)(?:家|機関|会社|業者|企業|チーム)', '外部専門家', '専門家(?:と|に)(?:協力|連携|依頼|相談)', 'セキュリティ対策(?:企業|会社)(?:を含む|と|に|の協力)', 'フォレンジック', '専門(?:調査)?機関(?:に|と|へ|の協力|による)', '専門(?:会社|業者|企業)(?:に|へ|と|の協力|による)[^。]{0,10}調査', 'セキュリティ(?:専門)?(?:会社|企業|ベンダー)(?:に|へ|と|の協力|による)', '調査会社', '(?:サポートチーム|セキュリティベンダー?)(?:に|へ)[^。]{0,6}調査(?:を)?依頼', '専門家の(?:協力|助言|支援)', '外部(?:の)?(?:専門)?機関(?:に|へ|と|の|による)[^。]{0,12}(?:調査|分析|解析|協力|支援)', 'セキュリティ(?:専門)?(?:会社|企業|ベンダー|ベンダ)(?:等|など)?(?:に|へ|と|の|による)[^。]{0,12}(?:調査|分析|解析|協力|支援|連携)', '専門(?:の)?(?:会社|業者|企業|事業者|ベンダー)(?:等|など)?(?:に|へ|と|の協力|による)[^。]{0,12}(?:調査|分析|解析|連携)'),
    // Advice for future countermeasures (`外部専門家のアドバイスを受けながら…再発防止に努めて`) is no investigation.
    guard: (h, v) => { const s = sentenceText(v, h); return !(ADVICE.test(s) && PREVENTION.test(s) && !INVESTIGATION.test(s)); } },
  { id: 'actions.notify_individuals', value: 'notify_individuals',
    re: re('個別(?:に|の)[^。]{0,20}?(?:連絡|通知|お知らせ|ご案内|案内|説明|お詫び|おわび|送付|郵送)', '個別(?:の)?(?:通知|連絡)(?:等)?(?:で|にて|により|を)',
      '(?:書状|書面|郵送|ハガキ|はがき|封書|電子メール|メール|電話)(?:等)?(?:にて|で|により)[^。]{0,20}?(?:ご連絡|連絡|通知|お知らせ|お詫び|ご説明|説明|ご案内)',
      // Read from the notice back to its addressee (a look-behind after the notice words): they are far
      // rarer than the addressee words (`方`), so the regex is tried at few places.
      `${NOTICE}(?<=${ADDRESSEE}[^。]{0,30}?${NOTICE})`,
      `${POSTED}(?<=${CONCERNED}(?:に|へ)(?:対し(?:て)?)?、?[^。]{0,40}?${POSTED})`,
      `${CONCERNED}(?:については|には)、?[^。]{0,60}?(?:お知らせ|ご連絡|連絡|通知|送付|郵送)(?:いたします|します|しました|いたしました|する予定|させていただ(?:きます|きました|いております))`,
      // `ご登録Eメールアドレスに対しては、…のメールをお送りしております`
      '(?:ご登録(?:の)?)?\\s?(?:E\\s?)?メールアドレス(?:に対しては|に対して|宛て?に|へ)、?[^。]{0,50}?(?:お送り|送信|送付|配信)(?:して|いたして|しており|いたしました|しました)',
      '事情説明', '(?:従業員|職員|社員|教職員)(?:へ|に)(?:対し(?:て)?)?(?:の)?(?:個別に)?(?:ご?連絡|通知)(?:を(?:行|実施|し|いたし)|し|いたし)', 'ご連絡(?:を)?差し上げ(?:まし|てお|ている)', '注意喚起(?:の)?(?:ご)?(?:連絡|メール|文書|通知)(?:を)?(?:差し上げ|し|いたし|行|送|発送|配信)', '(?:説明|経過説明)(?:及び|と|および)謝罪', '謝罪(?:を行|の連絡|を済|しました|した|いたしました|に伺)', '(?:自宅|家庭)(?:を|に)[^。]{0,10}(?:訪問|回っ)'),
    guard: (h, v) => !APOLOGY.test(sentenceText(v, h)) || /個別|書状|書面/.test(v.text.slice(h.start, h.end)) },
  // `本人通知を行い、…ご注意をお願いすることにいたしました` states the notice beside a request.
  { id: 'actions.notify_individuals.honnin', value: 'notify_individuals', keepRequests: true, re: re('本人(?:へ|への|に)?(?:の)?通知(?:を(?:行|実施|し|いたし)|し|いたし)') },
  // A dedicated desk, also when readers are asked to call it (`下記相談窓口までご連絡ください`); a generic
  // `お問い合わせ窓口` heading of every release is not one unless it is set up for this incident.
  { id: 'actions.helpdesk', value: 'helpdesk', keepRequests: true,
    re: re('(?:相談|専用|対応|臨時|特設)窓口', '(?:お?問い?合わ?せ|問合せ|受付|照会)窓口(?:を|が)?[^。]{0,10}?(?:設置|開設|設け|新設|開設)', '(?:本件|今回の件|この件|本事案)専用の?[^。\n]{0,12}(?:窓口|ダイヤル|コールセンター)', '(?:不正アクセス|情報漏えい|情報流出|漏えい|流出|ランサムウェア|サイバー攻撃|インシデント)(?:に関する|に関する|専用の?)?(?:お?問い?合わ?せ|問合せ|相談|対応|専用)窓口', '専用(?:の)?(?:フリー)?ダイヤル', '専用(?:の)?(?:コールセンター|電話)', '(?:コールセンター|ダイヤル)(?:を)?(?:設置|開設|準備|設け|新設)') },
  { id: 'actions.mfa', value: 'mfa', re: re('多要素認証', '二要素認証', '2要素認証', '二段階認証', '2段階認証', '多段階認証', 'ワンタイムパスワード', 'MFA'),
    // Recommending the feature to readers (`二段階認証も対策として有効です`, `…から設定することができます`) is no measure taken.
    guard: (h, v) => { const s = sentenceText(v, h); return !MFA_ADVICE.test(s) || /導入|実施し|義務化|必須化|適用し|強制/.test(s); } },
  { id: 'actions.disciplinary', value: 'disciplinary', re: re('懲戒', '戒告', '減給', '停職', '諭旨', '免職') },
  { id: 'actions.card_monitoring', value: 'card_monitoring', keepPreventive: true,
    re: re('カード会社[^。]{0,30}?(?:モニタリング|監視)', '(?:モニタリング|監視)[^。]{0,20}カード会社', '不正利用(?:の)?(?:監視|モニタリング)', '取引(?:の)?モニタリング') },
  // Deleting the attacker's or a compromised account (`アカウントの特定と削除`) removes no exposed data.
  { id: 'actions.data_deleted', value: 'data_deleted', guard: (h, v) => !/(?:アカウント|ユーザー?|ID)[^。、]{0,8}$/.test(before(v, h, 12)),
    re: re('削除(?:いたし|し)(?:た|ました|ており|、)', '削除(?:を|が)(?:確認|完了|実施|行)', '削除済', '消去(?:いたし|し)(?:た|ました|、)', '消去(?:を|が)(?:確認|完了)', '破棄(?:いたし|し)(?:た|ました)', '廃棄(?:を|が)確認') },
];

const actionsOf = memo((input: ReportInput): FieldResult<Action[]> => {
  const view = viewOf(input);
  const seen = new Map<Action, CueHit<Action>>();
  for (const h of scanCues(view, rules)) if (!seen.has(h.cue.value)) seen.set(h.cue.value, h);
  const value: Action[] = [];
  const evidence: Evidence[] = [];
  for (const [a, h] of seen) {
    value.push(a);
    evidence.push(evidenceAt(input, 'actions', a, h.start, h.end, h.cue.id));
  }
  return { value, evidence };
});

/** Returns the response actions the report states as done or planned. */
export function extractActions(input: ReportInput): FieldResult<Action[]> {
  if (!incidentOf(input).value) return { value: [], evidence: [] };
  return actionsOf(input);
}
