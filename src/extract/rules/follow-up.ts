/**
 * follow_up: the report updates an earlier one (第2報, 続報, 追記, 最終報告, 進捗, 調査結果のご報告).
 * Read from the archive header's 公表種別 when present, else from the title, else from body
 * markers that refer to an earlier announcement (`10月2日にご報告した通り`, `【続報】`).
 */
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { memo, viewOf } from '../text/cues.js';

interface Rule {
  readonly id: string;
  readonly re: RegExp;
  readonly where: 'header' | 'title' | 'body';
}

/** Verbs of an announcement stated in the past (`お知らせいたしました`, `ご報告させていただきました`). */
const ANNOUNCED = '(?:公表|お知らせ|ご報告|報告|発表|掲載|公開|ご案内|お伝え|公開)(?:を)?(?:いた|させていただ|させて頂|申し上げ)?(?:し|き)?(?:た|ました|ております|ていました)';
/** What follows a reference to the earlier release (`…のとおり`, `…件`, `「…」`). */
const REFERENT = '(?:通り|とおり|件|、?「|、?『|"|不正|内容|事案|本件|ように|インシデント|情報セキュリティ|事象|ランサム|サイバー|システム|個人情報|当社|弊社|本学|本市|本県|本町|本村|当院)';

// `第2報` in the body: not a report to an authority (`文部科学省に報告(第3報)`) nor a link to another party's release (`(第2報) https://…`).
export const rules: readonly Rule[] = [
  // Archive header links to the earlier release (`- 第1報:https://…`, `- 初報:…`, `- 前回公表:…`).
  { id: 'follow_up.header.earlier_link', where: 'header', re: /^[ \t]*-[ \t]*(?:初報|第\s*[1-9一二三四五六七八九]\s*報|前回(?:の)?(?:公表|発表|お知らせ)?|既報)\s*[:;]/m },
  { id: 'follow_up.title.nth_report', where: 'title', re: /第\s*(?:[2-9]|[1-9]\d|二|ニ|三|四|五|六|七|八|九|十)\s*(?:報|版)|続報|最終報|最終(?:の)?ご報告|確定報|確報|その\s*[2-9二三四五]/ },
  { id: 'follow_up.title.addendum', where: 'title', re: /追記|追加(?:の)?(?:ご)?報告|[(【]\s*(?:\d{1,2}[/月]\d{1,2}日?)?\s*更新|更新\s*[)】]|\d{1,2}\/\d{1,2}\s*更新|\d{1,2}月\d{1,2}日\s*更新|更新版/ },
  // `サイトの閲覧再開について`, `一部店舗のサービス再開のお知らせ`: a resumption follows the notice of the stop.
  { id: 'follow_up.title.progress', where: 'title', re: /進捗|調査結果|調査報告|再開|経過(?:の)?(?:ご)?報告|その後の(?:状況|対応)|対応状況(?:について|のご報告|に関する)|再発防止策(?:について|に関する|の)(?:ご)?報告/ },
  { id: 'follow_up.body.marker', where: 'body', re: /【\s*(?:続報|追記|更新|第\s*\d+\s*報|最終報告)[^】]{0,20}】|^[ \t#■●◆<(]*(?:追記|続報|更新情報|更新履歴)\s*[)>:]?\s*(?:\(|\d|$)|リリース分】|続報として|本(?:ページ|お知らせ|リリース|記事)の更新|^[ \t]*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:\([^)]{1,3}\))?\s*(?:更新|追記)|^[ \t(【]*(?:\d{4}[/.])?\d{1,2}\/\d{1,2}\s*(?:更新|追記)/m },
  { id: 'follow_up.body.earlier_release', where: 'body',
    re: new RegExp(`\\d{1,2}日(?:付け?|に|で|付けで)?[^。\\nへ]{0,14}?${ANNOUNCED}${REFERENT}|(?:日|以降|以前|先般|先日|既に|すでに|これまで|前回|昨年|先月|先週|かねて(?:より|から)?)(?:に)?(?:順次)?${ANNOUNCED}${REFERENT}|\\d{1,2}\\s?日付(?:け)?(?:で|にて)?、?\\s?[「『]|\\d{1,2}\\s?日(?:に)?(?:発表|公表|掲載|お知らせ)の[「『]|既報|前回(?:の)?(?:お知らせ|ご報告|発表|公表|報告)|(?<!報告\\s*\\(?)第\\s*[2-9]\\s*報(?!\\)?\\s*https?:)|(?:日|月)(?:に|付け?で?)?(?:お知らせ|公表|発表|ご報告)済み?|(?:前回|先般|先日|既に|すでに)(?:の)?(?:お知らせ|公表|発表|ご報告)(?:の|で|に|いたしました|した)` +
      // `…を受けたとお知らせしましたが、今般…`: what an earlier release said, before what is new.
      `|(?:と|旨を?)(?:お知らせ|公表|発表|ご報告|ご案内)(?:いたし|し|させていただき)ましたが` +
      // `7 月 30 日の第一報にてお知らせしたところですが`: the first report, cited by a later one.
      `|(?:第一報|第\\s*1\\s*報|初報)(?:にて|で|において)(?:お知らせ|ご報告|報告|公表|発表|ご案内)`) },
  // `## 当社への不正アクセス…に関する調査結果のご報告`: a heading of the body that titles the release.
  { id: 'follow_up.body.findings_heading', where: 'body', re: /^[ \t]*#{1,3}[ \t]+[^\n]{0,60}調査結果(?:の|に関する)?(?:ご)?報告[ \t]*$/m },
  // `9月18日に発生しました…不正アクセス事案の調査結果について、ご報告いたします`.
  { id: 'follow_up.body.findings', where: 'body', re: /(?:事案|事象|本件|インシデント|不正アクセス)(?:の|に関する|に係る)調査結果(?:について|に関して|を)、?\s?(?:ご)?報告(?:いたします|致します|します|申し上げます)/ },
];

const KIND_FOLLOW = /続報|第\s*(?:[2-9]|[1-9]\d)\s*報|最終|更新|追記|訂正|調査結果/;
const KIND_FIRST = /初報|第\s*1\s*報|速報/;

/** Returns whether the report is an update to an earlier one (memoised: leak and categories ask too). */
export function extractFollowUp(input: ReportInput): FieldResult<boolean> {
  return followUpOf(input);
}

const followUpOf = memo((input: ReportInput): FieldResult<boolean> => {
  const kind = input.context.publication_kind;
  if (kind && KIND_FOLLOW.test(kind)) return { value: true, evidence: headerEvidence(input, kind, 'follow_up.header.kind') };
  if (kind && KIND_FIRST.test(kind)) return { value: false, evidence: headerEvidence(input, kind, 'follow_up.header.first') };
  const view = viewOf(input);
  for (const r of rules) {
    const from = r.where === 'title' ? view.titleStart : r.where === 'header' ? 0 : view.bodyStart === 0 ? view.titleEnd : view.bodyStart;
    const to = r.where === 'title' ? view.titleEnd : r.where === 'header' ? view.bodyStart : view.text.length;
    if (to <= from) continue;
    const m = r.re.exec(view.text.slice(from, to));
    if (m) return { value: true, evidence: [evidenceAt(input, 'follow_up', true, from + m.index, from + m.index + m[0].length, r.id)] };
  }
  return { value: false, evidence: [] };
});

function headerEvidence(input: ReportInput, kind: string, rule: string) {
  const text = input.norm.text;
  const at = text.indexOf(kind);
  return at < 0 ? [] : [evidenceAt(input, 'follow_up', KIND_FOLLOW.test(kind), at, at + kind.length, rule)];
}
