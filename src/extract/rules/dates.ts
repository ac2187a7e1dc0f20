/**
 * announced_on, discovered_on, period_from, period_to.
 *
 * Every date mention of the text is scanned once (core/dates.ts) and resolved left to right, the
 * missing year coming from the nearest dated context: the title date, the casebook number's
 * year, the header date of an archive release, context.year / published_on.
 */
import { addDays, isRangeGap, resolveDates, scanDates, splitDate, type ResolvedDate } from '../../core/dates.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { lineBefore } from '../text/sentences.js';

type D = FieldResult<string | null>;
const NONE: D = { value: null, evidence: [] };

const CASEBOOK_YEAR = /【[^】#]{0,20}#\s?(\d{4})/;
/** What may follow a title date: nothing, an organisation name, or (追記)/(更新). */
const TITLE_DATE_TAIL = /^\s*(?:[))]\s*)?(?:\S{1,40}\s*)?$/;
const UPDATE_TAIL = /^\s?(?:追記|更新|公表|発表|掲載)/;
/** A sentence that says the text announced something. */
const ANNOUNCED_VERB = /(?:発表|公表|明らかに|公開)(?:した|しました|している|しています|され)/;
/** Discovery verbs of the contract (発覚, 判明, 確認, 検知, 気付き, 連絡を受け, 指摘) and close kin. */
const DISCOVERY =
  /発覚|判明|確認(?=し|さ|い|で|が取れ|に至|後|[ \t]*$)|異常が(?:みられ|見られ|発生)|検知|検出|気付|気づ|連絡を受|連絡があ|通報(?:を受|があ|により)|(?<!最終|最終的な|調査|調査結果の|結果の|分析)報告(?:書)?を受|報告があ|通知を受|通知があ|(?:報告|連絡|通知)を[^、。\n]{1,12}?(?:より|から)受|指摘|認知|認識(?=し|さ)|認められ|覚知|把握|発見|見つか|分かり|わかり|分かった|わかった|一報|問い合わせを受|申し出|申告/;
/** The organisation's own incident becoming visible (インシデントが発生しました): the day it learned of it. */
const INCIDENT_OCCURRED = /(?:インシデント|被害|障害|異常|不具合)(?:が|の)発生(?:し|いたし|致し)|(?:される|された|受ける|受けた)(?:事案|事象)が(?:発生(?:し|いたし|致し)|生じ(?:まし|た))|^\s?(?:\([^)]{1,6}\))?\s?に?発生(?:し|いたし|致し)(?:ました|た)[^。、]{0,30}(?:障害|インシデント|不具合|不正アクセス|サイバー攻撃)/;
/** An attack or exposure event (不正アクセスを受けました, 攻撃を受け, 侵入され). */
const ATTACK_EVENT =
  /不正(?:な)?アクセス(?:を(?:受け|うけ)|が(?:行われ|あ|発生|確認され))|攻撃(?:を(?:受け|うけ)|があ|が発生)|侵入(?:され|を受け)|感染(?:し|が発生)|改ざん(?:され|を受け)|暗号化され|不正ログイン(?:され|が(?:行われ|あ|発生))|不正に(?:ログイン|アクセス)され|不正(?:に)?利用され|乗っ取(?:られ|り(?:被害)?に遭)|閲覧(?:可能な|できる)状態/;
/** An attack named as the cause of what follows (`外部からの不正アクセスにより…閲覧ができなくなる`). */
const ATTACK_CAUSE = /(?:不正(?:な)?アクセス|サイバー攻撃|攻撃|ランサムウェア)(?:により|によって|によるもの|による[^。、]{0,10}?(?:トラブル|障害|被害|不具合))/;
/** What staff saw on their own screen (`画面に「ウイルス感染」のメッセージが…`, `画面に…虚偽の警告`). */
const SCREEN_WARNING = /画面(?:上)?に[^。]{0,40}?(?:警告|メッセージ|表示され|表示が)/;
/** 前日の10月31日: a date placed before the event the text is about. */
const RELATIVE_BEFORE = /前日(?:の|、)?\s?$/;
/** Phrases that make a 確認 sentence not a discovery (確認されていません). */
const NEGATED = /確認されて(?:い|お)りません|確認されていない|確認できておりません|確認できていない|は確認され(?:ておらず|ず)|確認されませんで|確認されなかった/;
/** A sentence about the window of an attack or exposure. */
const PERIOD_CONTEXT =
  /期間|時期|間に|にかけて|不正|閲覧|公開|掲載|送信|流出|漏えい|ログイン|攻撃|改ざん|侵入|感染|アクセス|利用され|購入|注文|取得可能|状態|転送|誤っ/;
/** A date that refers to an earlier announcement (6月24日にお知らせした, 7月1日付「…」). */
const PRIOR_NOTICE = /^\s?(?:\([^)]{1,6}\))?\s?(?:付け?\s?[^、。\n]{0,20}?(?:リリース|お知らせ|公表文)|(?:に|の|付け?で?|付の|以降(?:順次)?)?\s?(?:[^、。\nをがはしたけ]{1,14}?(?:で|にて))?\s?(?:ご報告|報告し|お知らせ|公表|発表|掲載|リリース|公開し|ご案内|既報|第\s?\d\s?報|「))/;
/** A clause that tells of an earlier notice (…についてご報告いたしましたが, …でお知らせしております通り). */
const PRIOR_CLAUSE = /(?:ご報告|お知らせ|公表|発表|掲載|ご案内)(?:を)?(?:いたし|致し|し|させていただき)(?:ました(?:が|とおり|通り|、)|ております(?:が|とおり|通り)|ていた|た(?:件|事案|とおり|通り))/;
/** A statement of what probably happened, not of what was seen. */
const SUPPOSED = /もの(?:と|だと)(?:考えられ|推測|推定|思われ|見られ|判断)|と推測され|と推定され/;
/** A document date (`…日付で`) of a clause that announces (…について公表しています). */
const DATED_NOTICE = /^\s?(?:\([^)]{1,6}\))?\s?付け?(?:で|にて|・)[^。\n]{0,80}?(?:公表|お知らせ|発表|ご報告|報告)(?:し|いたし|致し|させ)/;
/** A date that states how things stood then (7月14日現在, 時点, までの調査で). */
const AS_OF = /^\s?(?:\([^)]{1,6}\))?\s?(?:現在|時点|までの(?:調査|確認))/;
/** A failure the organisation itself sees (システム障害が発生し), unlike 被害が発生 which may be learned later. */
const SYMPTOM_OCCURRED = /(?:障害|異常|不具合)(?:が|の)発生(?:し|いたし|致し)/;
/** A window the organisation watched happen: `…にかけて…不審なログインを検知いたしました`. */
const WINDOW_TAIL = /^\s?(?:\([^)]{1,6}\))?\s?[^。\n]{0,12}?(?:にかけて|の間|までの間)/;
const WINDOW_DETECTED = /(?:を|が)(?:検知|検出|発見)(?:いたし|致し|し|され)/;
/** `(3月5日更新)`, `3/5追記`: when the text was edited, not an event. */
const EDIT_MARK = /^\s?(?:\([^)]{1,6}\))?\s?(?:更新|追加|追記|修正|改訂|掲載)/;
/** A heading that names the discovery (`## 発覚日時`, `■判明日`) over a date alone on its line. */
/** A notice received on the date, its object before the date: `報告を同社より` + date + `に受けました`. */
const SPLIT_NOTICE_BEFORE = /(?:報告|連絡|通知|通報|指摘)を(?:[^、。\n]{0,12}?(?:より|から))?\s?$/;
const SPLIT_NOTICE_AFTER = /^\s?(?:\([^)]{1,6}\))?\s?(?:[0-9]{1,2}時(?:[0-9]{1,2}分)?頃?)?\s?に?(?:受け|いただ|頂)/;
/** A heading of the section telling how the incident came to light (`1 発覚の経緯`, `## 事案発覚の経緯`). */
const DISCOVERY_SECTION = /^[\s#■□◆●・]*(?:[0-9０-９一二三四五六七八九十]{1,2}[\s.．、)]\s*|\(\d{1,2}\)\s*)?(?:事案|本件|事故|被害)?(?:の)?(?:発覚|判明|覚知)(?:の|に至る|までの)?(?:経緯|経過)(?:及び[^\n]{0,20})?\s*$/;

/** True when no other date comes before `rs[idx]` on its line. */
function firstDateOfLine(rs: readonly ResolvedDate[], idx: number, lineStart: number): boolean {
  return idx === 0 || rs[idx - 1].start < lineStart;
}

const DISCOVERY_HEADING = /(?:発覚|判明|発見|検知|覚知|認知|確認)(?:した)?(?:日|日時|時期)\s*[:]?\s*$/;
/** What the organisation saw as it happened: the service stopped, pages changed. */
const VISIBLE_SYMPTOM = /(?:利用|閲覧|アクセス|使用|接続)(?:が|も)?(?:いただけない|できない|できなくな|でき(?:ない|なく)|不能|しにくい|しづらい)|機能し(?:ない|なくな)|(?:停止|障害|ダウン)(?:し|が発生|となり)|改ざんされ|暗号化され|ランサムウェア(?:攻撃)?(?:を(?:受け|うけ)|に感染|感染)|ランサムウェアによる(?:サイバー)?攻撃|乗っ取|(?:メール|フィッシングメール|迷惑メール|スパムメール)(?:が|を)?[^。]{0,12}?(?:送信|送付|配信)され/;
/** Another party's systems (`委託先の…`, `オリオンシステム株式会社のサーバ`): seen by them, learned of later. */
const OTHER_PARTY = /委託先|取引先|業者|協力会社|(?:株式|有限|合同)会社(?:の|が|で|に)/;
/** Plans, not events (…訪問する予定です). */
const FUTURE = /予定|見込み|まいります|参ります/;
/** Plans in a clause (予定です), not 予定していない. */
const PLANNED = /予定(?:です|でございます|して(?:おり|います)|となって)|見込み|まいります|参ります/;
const TIME_OF_DAY = /\d{1,2}\s?時(?:\s?\d{1,2}\s?分)?(?:頃|ごろ|過ぎ)?|\d{1,2}:\d{2}(?::\d{2})?\s?(?:[aApP]\.?[mM]\.?)?|頃|ごろ|午前中?|午後|未明|夕方|朝/g;
const FROM_UNTIL = /^[ \t]?(?:\([^)]{1,6}\))?[^。\n]{0,8}?から[^。\n~]{0,36}$/;
const SAME_DAY_WINDOW = /^\s?(?:\([^)]{1,6}\))?\s?(?:午前|午後)?\d{1,2}\s?時[^。\n]{0,12}?(?:から|~|-)\s?(?:午前|午後)?\d{1,2}\s?時[^。\n]{0,10}?(?:まで|の間|頃に|にかけて)/;
const OPEN_FROM = /^\s?(?:\([^)]{1,4}\))?\s?(?:[0-9:時分頃ごろ過午前後]{0,12})?\s?(?:頃)?(?:以降|から|より)/;

interface Sentence {
  start: number;
  end: number;
}

/** Returns the report's dates as YYYY-MM-DD (or null). */
export function extractDates(input: ReportInput): { announced_on: D; discovered_on: D; period_from: D; period_to: D } {
  const text = input.norm.text;
  const mentions = scanDates(text);
  const title = text.slice(input.titleStart, input.titleEnd);

  // 1. The title date fixes the year of everything else; find it before resolving the body.
  const ctxYearFromCasebook = CASEBOOK_YEAR.exec(title);
  const pub = input.context.published_on && splitDate(input.context.published_on) ? input.context.published_on : headerDate(text, input.bodyStart);
  const titleMentions = mentions.filter((m) => m.start >= input.titleStart && m.end <= input.titleEnd);
  const titleYmd = titleMentions.filter((m) => m.kind === 'ymd' && TITLE_DATE_TAIL.test(text.slice(m.end, input.titleEnd)));
  const titleDate = titleYmd.length ? titleYmd[titleYmd.length - 1] : undefined;
  const anchorYear = titleDate?.year ?? (pub ? +pub.slice(0, 4) : undefined) ?? (ctxYearFromCasebook ? +ctxYearFromCasebook[1] : undefined) ?? input.context.year;
  const anchorDate = titleDate ? `${titleDate.year}-${String(titleDate.month).padStart(2, '0')}-${String(titleDate.day).padStart(2, '0')}` : pub;

  // Mentions in document order; the title's come first. Archive headers: skip their date item.
  const ordered = mentions.filter((m) => !(input.bodyStart > 0 && m.end <= input.bodyStart && !(m.start >= input.titleStart && m.end <= input.titleEnd)));
  const resolved = resolveDates(ordered, {
    year: anchorYear,
    month: pub && !titleDate ? +pub.slice(5, 7) : undefined,
    notAfter: anchorDate,
  });
  // Day-only mentions take their month from a dated mention before them, never from a bare year.
  const monthKnown = markMonthKnown(resolved, !!pub);

  const announced = announcedOn(input, resolved, titleDate ? resolved.find((r) => r.start === titleDate.start) : undefined, pub, monthKnown);
  const limit = announced.value ?? anchorDate;
  const sentences = splitSentences(text, input.bodyStart > 0 ? input.bodyStart : input.titleEnd);
  const body = resolved.filter((r) => r.start >= (input.bodyStart > 0 ? input.bodyStart : input.titleEnd) && r.date && monthKnown.get(r) !== false);
  const ranges = rangePairs(text, body);
  const disc = discoveredOn(input, body, sentences, limit ?? undefined, ranges);
  const period = periodOf(input, body, sentences, limit ?? undefined, ranges, disc);
  const discovered = disc.best ? dateEvidence(input, 'discovered_on', disc.best, disc.rule) : NONE;
  return { announced_on: announced, discovered_on: discovered, period_from: period.from, period_to: period.to };
}

/** `- 2025年7月4日`, also with a remark after it (`2025年7月4日?`, `2025年9月12日(文中記載なし…)`). */
const HEADER_DATE_LINE = /^[ \t]*-[ \t]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t]*(?:[?？]|\([^)\n]{0,40}\))?[ \t]*$/m;

/** The date item of an archive header whose items are out of order (title, organisation, date). */
function headerDate(text: string, bodyStart: number): string | undefined {
  if (bodyStart <= 0) return undefined;
  const m = HEADER_DATE_LINE.exec(text.slice(0, bodyStart));
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return splitDate(iso) ? iso : undefined;
}

/** A day-only mention counts only when its month came from the text or the publication date. */
function markMonthKnown(rs: readonly ResolvedDate[], pubMonth: boolean): Map<ResolvedDate, boolean> {
  const known = new Map<ResolvedDate, boolean>();
  let haveMonth = pubMonth;
  for (const r of rs) {
    if (r.kind === 'ymd' || r.kind === 'md' || (r.kind === 'ym' && r.month !== null)) haveMonth = true;
    if (r.kind === 'd' || r.kind === 'same_day' || r.kind === 'next_day') known.set(r, haveMonth);
  }
  return known;
}

function dateEvidence(input: ReportInput, field: 'announced_on' | 'discovered_on' | 'period_from' | 'period_to', r: ResolvedDate, rule: string, value = r.date): D {
  return { value, evidence: [evidenceAt(input, field, value, r.start, r.end, rule)] };
}

function announcedOn(input: ReportInput, rs: readonly ResolvedDate[], title: ResolvedDate | undefined, pub: string | undefined, monthKnown: Map<ResolvedDate, boolean>): D {
  const text = input.norm.text;
  if (title?.date) return dateEvidence(input, 'announced_on', title, 'announced_on.title_trailing_date');
  // (10/6追記) in a title: the update is the announcement.
  for (const r of rs) {
    if (r.start < input.titleStart || r.end > input.titleEnd || !r.date || r.kind !== 'md') continue;
    if (UPDATE_TAIL.test(text.slice(r.end, r.end + 4))) return dateEvidence(input, 'announced_on', r, 'announced_on.title_update_date');
  }
  if (pub) {
    const at = input.bodyStart > 0 ? text.lastIndexOf(toHeaderDate(pub), input.bodyStart) : -1;
    if (at >= 0) return { value: pub, evidence: [evidenceAt(input, 'announced_on', pub, at, at + toHeaderDate(pub).length, 'announced_on.header_date')] };
    return { value: pub, evidence: [] };
  }
  const bodyStart = input.bodyStart > 0 ? input.bodyStart : input.titleEnd;
  for (const r of rs) {
    if (r.start < bodyStart || !r.date || monthKnown.get(r) === false) continue;
    // 昨日(2023/9/27) / 本日(2023年9月28日)
    const before = text.slice(Math.max(0, r.start - 4), r.start);
    if (/昨日\s?[((]?$/.test(before)) return dateEvidence(input, 'announced_on', r, 'announced_on.yesterday', addDays(r.date, 1));
    if (/本日\s?[((]?$/.test(before)) return dateEvidence(input, 'announced_on', r, 'announced_on.today');
  }
  for (const r of rs) {
    if (r.start < bodyStart || !r.date || monthKnown.get(r) === false) continue;
    // 〇〇は26日、…と発表した
    const before = text.slice(Math.max(0, r.start - 2), r.start);
    const after = text.slice(r.end, r.end + 2);
    if (!/[はが]\s?$/.test(before) || !/^\s?(?:、|,|に|付)/.test(after)) continue;
    const end = sentenceEnd(text, r.end);
    if (ANNOUNCED_VERB.test(text.slice(r.end, end))) return dateEvidence(input, 'announced_on', r, 'announced_on.body_announced');
  }
  return NONE;
}

function toHeaderDate(iso: string): string {
  return `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
}

function sentenceEnd(text: string, from: number): number {
  const a = text.indexOf('。', from);
  const b = text.indexOf('\n', from);
  const e = Math.min(a < 0 ? text.length : a, b < 0 ? text.length : b);
  return e;
}

/** Sentences (。 or line ends) of the body; a line holding only a date runs on into the next line. */
function splitSentences(text: string, from: number): Sentence[] {
  const out: Sentence[] = [];
  let s = from;
  for (let i = from; i <= text.length; i++) {
    const c = i < text.length ? text[i] : '\n';
    if (c === '。' || c === '\n') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

function sentenceAt(ss: readonly Sentence[], pos: number): number {
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end < pos) lo = mid + 1;
    else if (ss[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A mention standing alone on its line (timelines: `10月27日(金)` then the event below). */
const DATE_LINE_REST = /^\s?(?:\([^)]{1,6}\))?\s?(?:[0-9:時分頃ごろ午前後未明]{0,12})?\s*$/;
/** What may stand between a date and the particle of its clause: weekday, time of day. */
const DATE_TRAIL = /^\s?(?:\([^)]{1,8}\))?\s?(?:[0-9:時分頃ごろ午前後中未明過ぎ]{0,14})?\s?(?:\([^)]{1,8}\))?\s?/;
const RANGE_END_TAIL = /^\s?(?:\([^)]{1,6}\))?\s?(?:[0-9: 時分頃ごろ午前中後]{0,12})?まで/;

interface Ranges {
  /** Both ends of every joined pair (`A~B`, `AからBまで`). */
  members: Set<ResolvedDate>;
  pairs: [ResolvedDate, ResolvedDate][];
}

/** Pairs of consecutive mentions the text joins into a range. */
function rangePairs(text: string, rs: readonly ResolvedDate[]): Ranges {
  const members = new Set<ResolvedDate>();
  const pairs: [ResolvedDate, ResolvedDate][] = [];
  for (let i = 0; i + 1 < rs.length; i++) {
    const a = rs[i], b = rs[i + 1];
    if (!a.date || !b.date || b.date < a.date) continue;
    // Neither join form allows a sentence or line break, and both are short: skip long gaps unread.
    if (b.start - a.end > 120) continue;
    const raw = text.slice(a.end, b.start);
    if (raw.includes('。') || raw.includes('\n')) continue;
    const gap = raw.replace(TIME_OF_DAY, '');
    const joined = isRangeGap(gap) || (FROM_UNTIL.test(gap) && RANGE_END_TAIL.test(text.slice(b.end, b.end + 16)));
    if (!joined) continue;
    members.add(a);
    members.add(b);
    pairs.push([a, b]);
  }
  return { members, pairs };
}

interface Discovery {
  best?: ResolvedDate;
  rule: string;
  /** Dates of attack or exposure events stated on their own (no range), for single-day periods. */
  attacks: ResolvedDate[];
}

/** The clause a date heads: from the date to the next date or the sentence end. */
function clauseAfter(text: string, rs: readonly ResolvedDate[], idx: number, sEnd: number): string {
  const r = rs[idx];
  let end = sEnd;
  for (let k = idx + 1; k < rs.length; k++) {
    if (rs[k].start >= sEnd) break;
    if (rs[k].start > r.end) { end = rs[k].start; break; }
  }
  return text.slice(r.end, end);
}

function discoveredOn(input: ReportInput, rs: readonly ResolvedDate[], ss: readonly Sentence[], limit: string | undefined, ranges: Ranges): Discovery {
  const text = input.norm.text;
  let best: ResolvedDate | undefined;
  /** Fallbacks: 〇日に…を受けたことを確認 / 〇日にインシデントが発生 / 〇日、攻撃を受けた。…確認後. */
  let fallback: ResolvedDate | undefined;
  const attacks: ResolvedDate[] = [];
  for (let idx = 0; idx < rs.length; idx++) {
    const r = rs[idx];
    if (!r.date || (limit && r.date > limit)) continue;
    const si = sentenceAt(ss, r.start);
    if (si < 0) continue;
    if (PRIOR_NOTICE.test(text.slice(r.end, r.end + 24)) || EDIT_MARK.test(text.slice(r.end, r.end + 12))) continue;
    // `11月11日付・11月14日付で、…を検知したことについて公表しています`: the notices' dates.
    if (DATED_NOTICE.test(text.slice(r.end, ss[si].end))) continue;
    // 7月14日現在, 7月14日時点, 7月14日までの調査で判明: the state as of a day, not a discovery.
    if (AS_OF.test(text.slice(r.end, r.end + 16))) continue;
    if (ranges.members.has(r)) continue;
    const relative = RELATIVE_BEFORE.test(text.slice(Math.max(0, r.start - 4), r.start));
    const clause = clauseAfter(text, rs, idx, ss[si].end);
    const av = ATTACK_EVENT.exec(clause);
    // 同日より調査を進めた結果、…攻撃を受けたことを確認: the day the investigation began.
    const attack = av !== null && !PLANNED.test(clause) &&
      !(/^\s?(?:\([^)]{1,6}\))?\s?(?:より|から|以降)/.test(clause) && /調査|捜査|分析|対策本部/.test(clause.slice(0, av.index)));
    // 4月16日に当社のメール…についてご報告いたしましたが: an earlier notice, not an event.
    const notice = PRIOR_CLAUSE.exec(clause);
    if (notice) {
      // 8月26日、…同月25日にランサムウェア攻撃を受けたことを…公表いたしましたが: the notice has its own
      // date before, so this one is the attack's (alone, `4月16日に…を受けたとお知らせしました` is the notice's).
      if (attack && av.index < notice.index && !relative && idx > 0 && rs[idx - 1].start >= ss[si].start) attacks.push(r);
      const dv = DISCOVERY.exec(clause);
      if (!dv || dv.index > notice.index) continue;
    } else if (attack) attacks.push(r);
    let tail = text.slice(r.end, ss[si].end);
    // `## 発覚日時` over `令和6年10月23日(水)午後4時21分頃`.
    if (si > 0 && r.start - ss[si].start < 4 && DATE_LINE_REST.test(tail) && text[ss[si - 1].end] === '\n' &&
      DISCOVERY_HEADING.test(text.slice(ss[si - 1].start, ss[si - 1].end))) {
      if (!best || r.date < best.date!) best = r;
      continue;
    }
    // `## 3 事案発覚の経緯` over `4月14日(月)に…文書を受理し`: the first date opening the section's first line.
    if (r.start - ss[si].start < 4 && text[ss[si].start - 1] === '\n' && !relative && firstDateOfLine(rs, idx, ss[si].start) &&
      DISCOVERY_SECTION.test(lineBefore(text, ss[si].start))) {
      if (!best || r.date < best.date!) best = r;
      continue;
    }
    // A date alone on its line (a timeline): the lines under it, up to the next date, are its events.
    if (DATE_LINE_REST.test(tail) && si + 1 < ss.length) {
      tail = '';
      for (let k = si + 1; k < ss.length && k <= si + 8; k++) {
        const line = text.slice(ss[k].start, ss[k].end);
        if (/^\s*#/.test(line)) break;
        if (rs.some((x) => x.start >= ss[k].start && x.start < ss[k].end && x.kind !== 'd')) break;
        tail += line + '\n';
      }
    } else {
      // A clause broken across lines: read on into the next line.
      for (let k = si + 1; k < ss.length && k <= si + 2 && !DISCOVERY.test(tail) && text[ss[k - 1].end] !== '。' && !/[。)]\s*$/.test(tail); k++) {
        tail += text.slice(ss[k].start, ss[k].end);
      }
    }
    // `…との報告を同社より2025年4月14日に受けました`: the notice verb split around the date.
    if (!relative && !notice && SPLIT_NOTICE_AFTER.test(tail) && SPLIT_NOTICE_BEFORE.test(text.slice(ss[si].start, r.start))) {
      if (!best || r.date < best.date!) best = r;
      continue;
    }
    const m = DISCOVERY.exec(tail);
    if (!m) {
      if (relative) continue;
      // 9月25日に…不正アクセスが発生し、一部のサービスがご利用いただけない状況となりました: seen that day.
      // `…停止した状態のまま…不正アクセスが発生したものと考えられます`: a supposed cause, not what was seen.
      const rest = text.slice(r.end, ss[si].end);
      const cause = attack ? null : ATTACK_CAUSE.exec(clause);
      const seen = (attack || cause !== null) && VISIBLE_SYMPTOM.test(rest);
      // `…画面に「ウイルス感染」の警告が表示`; `…がご利用しづらい事象が発生しております`.
      const shown = SCREEN_WARNING.test(clause) || (VISIBLE_SYMPTOM.test(clause) && /(?:事象|状態|状況|事態)が発生/.test(clause));
      if ((seen || shown) && !notice && !SUPPOSED.test(rest) && !OTHER_PARTY.test(clause.slice(0, (av ?? cause)?.index ?? clause.length))) {
        if (!fallback || r.date < fallback.date!) fallback = r;
        continue;
      }
      // 11月10日(月)にセキュリティインシデントが発生致しました: the day the organisation saw it.
      if (INCIDENT_OCCURRED.test(clause) && !/との(?:発表|報告|連絡)/.test(clause)) {
        if (!fallback || r.date < fallback.date!) fallback = r;
        continue;
      }
      // 9月19日、ランサムウェア攻撃を受けました。…攻撃を確認後: the next sentence's undated discovery.
      if (attack && si + 1 < ss.length && text[ss[si].end] === '。') {
        const next = text.slice(ss[si + 1].start, ss[si + 1].end);
        if (/^[^0-9]{0,30}?(?:を|が)(?:確認後|検知し|確認し|認識し|覚知し)/.test(next) && !rs.some((x) => x.start >= ss[si + 1].start && x.start < ss[si + 1].end)) {
          if (!fallback || r.date < fallback.date!) fallback = r;
        }
      }
      continue;
    }
    // The verb belongs to the nearest date before it: a later date in between takes it.
    const next = rs.find((x) => x.start > r.end && x.start < r.end + m.index);
    if (next) {
      // 3月30日にシステム障害が発生し、同年3月31日に…確認: the failure was the first sign.
      if (!relative && SYMPTOM_OCCURRED.test(clause) && !/との(?:発表|報告|連絡)/.test(clause) && (!best || r.date < best.date!)) best = r;
      continue;
    }
    if (NEGATED.test(tail.slice(Math.max(0, m.index - 4), m.index + 14))) continue;
    if (relative) continue;
    // 〇日に…したことが判明, 〇日に…侵入した形跡を確認: the date is the embedded event's; the discovery only if no other is dated.
    const between = tail.slice(0, m.index);
    const lead = DATE_TRAIL.exec(between);
    const rest = lead ? between.slice(lead[0].length) : between;
    // 5月18日(日)午前7時~午後9時頃までの間、…表示されていたことが判明: the window, not the discovery.
    if (/ことが|ことを|のを|旨/.test(rest) && SAME_DAY_WINDOW.test(text.slice(r.end, r.end + 40))) continue;
    if (/^に/.test(rest) && /ことが|ことを|のを|ものと|旨|(?:形跡|痕跡|履歴|の実行)\s?(?:が|を)/.test(rest)) {
      if (/との(?:発表|報告)|旨の(?:発表|公表)/.test(rest)) continue;
      if (!fallback || r.date < fallback.date!) fallback = r;
      continue;
    }
    // 「…から…」: the window's start, not the discovery, unless the verb is in the clause.
    // `5月31日より、…不正アクセスが発生していることを…検知`: the verb itself says it was seen then.
    // `~10時30分…メールが多数確認されたと連絡`: so does a verb in the same clause as the 確認.
    const clauseEnd = tail.slice(m.index).search(/[、。]/);
    if (/^(?:~|から|より|以降)/.test(rest) && !/判明|発覚|気付|気づ|連絡|指摘|検知/.test(tail.slice(0, clauseEnd < 0 ? tail.length : m.index + clauseEnd))) {
      // 4月24日より…不正アクセスが行われたことを確認し、検知した4月25日から: the embedded event's
      // start, the discovery only if no other is dated; 同日から緊急事態対策本部を立ち上げ調査を進めた
      // 結果、…を確認: the day the investigation began.
      if (/ことが|ことを|のを|旨/.test(rest) && !/調査|捜査|分析|対策本部/.test(rest) && (!fallback || r.date < fallback.date!)) fallback = r;
      continue;
    }
    if (!best || r.date < best.date!) best = r;
  }
  if (best) return { best, rule: 'discovered_on.discovery_verb', attacks };
  // 7月11日から7月14日にかけて…不審なログインを検知いたしました: detected from the window's first day.
  for (const [a, b] of ranges.pairs) {
    if (limit && a.date! > limit) continue;
    const si = sentenceAt(ss, a.start);
    if (si < 0) continue;
    const rest = text.slice(b.end, ss[si].end);
    const v = WINDOW_DETECTED.exec(rest);
    if (!v || !WINDOW_TAIL.test(rest) || /こと|旨|ものと/.test(rest.slice(0, v.index))) continue;
    if (!fallback || a.date! < fallback.date!) fallback = a;
  }
  if (fallback) return { best: fallback, rule: 'discovered_on.event_date', attacks };
  return { rule: '', attacks };
}

function periodOf(input: ReportInput, rs: readonly ResolvedDate[], ss: readonly Sentence[], limit: string | undefined, ranges: Ranges, disc: Discovery): { from: D; to: D } {
  const text = input.norm.text;
  const hi = limit ? addDays(limit, 1) : undefined;
  let from: ResolvedDate | undefined, to: ResolvedDate | undefined;
  for (const [a, b] of ranges.pairs) {
    if (hi && b.date! > hi) continue;
    const si = sentenceAt(ss, a.start);
    if (si < 0) continue;
    const sent = text.slice(ss[si].start, ss[si].end);
    // A range alone on its line takes its context from the heading above (`### <期間>`).
    const heading = si > 0 && text[ss[si - 1].end] === '\n' && a.start - ss[si].start < 4 && ss[si - 1].end - ss[si - 1].start <= 30
      ? text.slice(ss[si - 1].start, ss[si - 1].end) : '';
    if (!(PERIOD_CONTEXT.test(sent) || (heading && /期間|時期|日時/.test(heading))) || FUTURE.test(sent) || PRIOR_NOTICE.test(text.slice(b.end, b.end + 12))) continue;
    // The stated window: the union of every window the text gives (card data, member data…).
    if (!from || a.date! < from.date!) from = a;
    if (!to || b.date! > to.date!) to = b;
  }
  if (from && to) {
    return {
      from: dateEvidence(input, 'period_from', from, 'period_from.range'),
      to: dateEvidence(input, 'period_to', to, 'period_to.range'),
    };
  }
  for (const r of rs) {
    // 令和5年9月22日(金)0時30分頃から1時00分頃までの間: a window within one day.
    if (!r.date || (hi && r.date > hi)) continue;
    if (!SAME_DAY_WINDOW.test(text.slice(r.end, r.end + 40))) continue;
    const si = sentenceAt(ss, r.start);
    if (si < 0 || !PERIOD_CONTEXT.test(text.slice(ss[si].start, ss[si].end))) continue;
    return { from: dateEvidence(input, 'period_from', r, 'period_from.same_day'), to: dateEvidence(input, 'period_to', r, 'period_to.same_day') };
  }
  // 2024年11月20日頃より / 6月28日以降: an open window.
  for (const r of rs) {
    if (!r.date || (hi && r.date > hi) || ranges.members.has(r)) continue;
    const after = text.slice(r.end, r.end + 24);
    if (!OPEN_FROM.test(after) || PRIOR_NOTICE.test(after)) continue;
    const si = sentenceAt(ss, r.start);
    if (si < 0) continue;
    // The attack must be what starts then: read the sentence after the date.
    const rest = text.slice(r.end, ss[si].end);
    if (!/不正|攻撃|悪意|送信|閲覧|流出|漏えい|侵入|ログイン|改ざん|感染/.test(rest) || /ご確認|ください|お願い/.test(rest)) continue;
    // 同日から捜査が行われ: the response starts then, not the attack.
    // 同日から緊急事態対策本部を立ち上げ調査を進めた, 2月24日より…サービスの一部停止を行っております.
    if (/^[^。\n]{0,16}?(?:から|より|以降)[、,]?\s?[^。、\n]{0,14}?(?:捜査|調査|分析|対策本部|監視)/.test(after) || /停止(?:を行|して|いたし|しており)/.test(rest)) continue;
    // 12月4日に発覚…翌12月5日から: a window opens before it is discovered.
    if (disc.best?.date && r.date > disc.best.date) continue;
    // 7月14日9時5分頃から不正アクセスの試みは完全に止まりました: the window's end.
    let end: ResolvedDate | undefined;
    for (const r2 of rs) {
      if (r2.start <= r.end || !r2.date || r2.date < r.date || (hi && r2.date > hi)) continue;
      if (r2.start - r.end > 600) break;
      const s2 = sentenceAt(ss, r2.start);
      if (s2 >= 0 && /(?:攻撃|アクセス|試み|送信)[^。\n]{0,8}?(?:完全に)?(?:止ま|止み|収ま|収束|終息)/.test(text.slice(r2.end, ss[s2].end))) end = r2;
    }
    return { from: dateEvidence(input, 'period_from', r, 'period_from.open_start'), to: end ? dateEvidence(input, 'period_to', end, 'period_to.attack_stopped') : NONE };
  }
  // 7月14日に不正アクセスを受け…7月18日に発覚: an attack day stated apart from the discovery.
  const disc0 = disc.best?.date;
  for (const r of disc.attacks) {
    if (r.date === disc0 || (disc0 && r.date! > disc0) || (hi && r.date! > hi)) continue;
    return { from: dateEvidence(input, 'period_from', r, 'period_from.attack_day'), to: dateEvidence(input, 'period_to', r, 'period_to.attack_day') };
  }
  return { from: NONE, to: NONE };
}
