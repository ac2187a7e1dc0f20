/**
 * affected and counts.
 *
 * Every number with a unit in the body is scanned once (core/numbers.ts). Its kind comes from the
 * unit and, for 件, from the noun it counts: the noun nearest before it in its clause (`カード情報
 * 2,162件` = cards, `メールアドレス 2,000件` = records, `ID数:97,533件` = accounts), else the verb
 * after it (`5万件が送信` = emails), else the heading line above a bare number (`不審メール件数` /
 * `7団体9件`). A quantity is left out when it is not the incident's scope:
 *  - subsets and breakdowns: `うち…`, `その内…`, `(内…を含む)`, `残りの…`, a bracketed note right
 *    after a count in its unit (`399名(…は11名)`), the lines of a `内訳` block, list lines below a
 *    larger count stated outside the list (list lines alone are separate groups, each a count),
 *    table rows (`校名 156 名 128 名 28 名`) under a larger count, and runs of counts that add up
 *    to a stated total;
 *  - incidental numbers: page accesses, logins and downloads, the people who viewed the data
 *    (`生徒25人が見ることができる`), a population or user base (`88万人の全会員`, `23団体が使用`),
 *    parts that were not affected (`…11機関は…影響はなかった`), a later valuation (`168億円から
 *    約221億円に`), the old figure of a change (`18ID→69ID`), households (世帯), and who did it (`職員1名`).
 * `affected` is the stated total of people/records/cards, else the largest of them, else the largest
 * account count unless the accounts only sent spam or it is the one account the attack went through.
 */
import type { Count, Evidence } from '../../core/model.js';
import type { CountKind } from '../../core/fields.js';
import { scanQuantities, type Quantity } from '../../core/numbers.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { lineBefore } from '../text/sentences.js';

/** `うち…`, `その内…`, `(内…`, `内訳…`, `残りの…` just before the number (same clause). */
const SUBSET_BEFORE =
  /(?:うち|内訳|内数|その中で|(?:^|[のそこ(〔\[、,\s])内|残り(?:の|は|が)?)[、,:]?\s?[^。、\n]{0,12}$|うち[、,][^。、\n]{0,30}$/;
const SUBSET_AFTER = /^\s?(?:\)?(?:を含む|が含まれ)|の内数)/;
const TOTAL_BEFORE = /(?:合計|計|総数|総計|累計|延べ|のべ|全)\s?[::]?\s?(?:約|最大)?\s?$/;
const TOTAL_AFTER = /^\s?(?:\)?\s?(?:全体|合計))/;
/** Quantities that are not the incident's scope: times, ranks, ages, durations, prices per item. */
const NOT_SCOPE_AFTER = /^(?:目|程度の間|分の|ごと|あたり|当たり|以内|中[、,\d]|を超える人数)/;
/** A line of a per-item breakdown (・氏名 120件, ① 会員 3,000名, (1) …). */
const LIST_LINE = /^\s?(?:[・•\-*※]|[①-⑳]|\(?\d{1,2}\)|\d{1,2}[.．])/;
const NOT_SCOPE_BEFORE = /(?:第|約束|毎|1人|1件|1日)\s?$/;
/** Counts of events, not of data: `18件のアクセス`, `約3万件のログイン`, `アクセスは13件`. */
const EVENT_AFTER = /^(?:以上|程度|ほど)?(?:の|が|に)?(?:不正)?(?:アクセス|ログイン|ダウンロード|問い合わせ|問合せ|相談|試行|攻撃|検知)/;
const EVENT_BEFORE = /(?:アクセス|ログイン|ダウンロード|問い合わせ|問合せ|相談|試行|ポイント)(?:数|件数|回数)?(?:は|が|:)?\s?(?:約|計|合計)?\s?$/;
/** A change to an earlier figure: `(7041名追加修正)`, `計2名を削除修正`, `1,000件増加`. */
const DELTA_AFTER = /^(?:を|が)?(?:追加修正|削除修正|追加|増加|減少)|^\s?(?:→|⇒|->)/;
/** People who saw or could see the data, not the people whose data it was. */
const VIEWER_AFTER = /^(?:以上|程度|ほど)?(?:が|により)(?:[^。、\n]{0,24}?を)?(?:見|閲覧|アクセス|のぞ)/;
/** Staff put on the response: `対策室を設置(兼務職員19人)`, `対策本部(職員30名体制)`. */
const STAFF_BEFORE = /(?:対策室|対策本部|対策チーム|調査チーム|専用窓口|相談窓口)を?(?:設置|設け)?[^。\n]{0,4}[((]?[^。\n()()]{0,6}(?:兼務|専任|担当)?(?:職員|社員|人員|スタッフ)\s?(?:約)?\s?$/;
/** People not reached by the notice, a part of those notified: `連絡の取れない方は12名`. */
const UNREACHED_BEFORE = /連絡(?:が|の)(?:つか|付か|取れ|とれ)(?:ない|なかった)[^。\n]{0,12}$/;
/** A population or user base: `88万人の全会員`, `23団体が使用`, `約5,000人が利用する`. */
const POPULATION_AFTER = /^(?:以上|程度|ほど)?(?:の全|が(?:使用|利用|共用|共同使用|在籍|所属|加入)|\)で(?:使用|利用))/;
/** The rest of a clause saying the counted thing was not affected. */
const UNAFFECTED_REST = /^[^。\n]{0,40}?(?:影響は(?:な|ありませ|ございませ)|被害は(?:な|ありませ|ございませ)|対象外)/;
/** A later valuation of the same thing: `約168億円から約221億円にふくらんでいた`. */
const GROWTH_BEFORE = /[0-9〇一二三四五六七八九十百千万億兆](?:円|件|人|名)?から\s?(?:約|最大)?\s?$/;
const GROWTH_AFTER = /^(?:に|へ)(?:ふくら|膨ら|増|値上がり|上昇|減|拡大)/;
/** A line that opens with the name of a place or unit (a school, a shop, a branch) before its counts. */
const ITEM_LINE = /^[\s・•\-*※|]*([^\s、。,:()()|]{1,20}?(?:学校|高校|校|幼稚園|保育園|保育所|こども園|園|支店|本店|店舗|店|営業所|事業所|支社|本社|工場|病院|医院|クリニック|施設|センター))(?=[\s(〔:|]|$)[^。\n]*$/;
/** Sibling lines of one shape from which a list is a per-item breakdown. */
const MANY_ROWS = 5;
/** Nouns that say what a 件 counts; the one nearest the number wins. */
const NOUN_RE =
  /クレジットカード情報|カード情報|カード番号|カード|メールアドレス|アドレス|メールアカウント|アカウント|ログインID|ID|ログインされた|メール(?!にて|で|により|による)|ファイル|個人情報|情報|データコピー|データ|氏名|ユーザー|利用者|会員|お客様/g;
/** A heading line's leftovers when the number line itself names nothing (`件数:`, `7団体`). */
const BARE_PREFIX = /^[\s・•\-*※()\[\]①-⑳0-9.,、:]*(?:件数|総数|数|合計|計)?[\s:]*(?:[0-9,]+(?:社|団体|機関|人|名))?[\s:]*$/;
/** Person (名/人) counts tied to an account: `職員18人のID`, `従業員1名において、メールアカウント`,
 * `従業員(1名)の当社アカウント`, `1名の従業員のメールアカウント`. */
const ACCOUNT_AFTER = /^\)?(?:分)?(?:の|において|が(?:使用|利用)する)?[、,]?[^、。,\n]{0,8}?(?:アカウント|ID)/;
/** Spam and relay reports: the accounts there sent mail, their holders' data is not the scope. */
const SPAM_CONTEXT = /迷惑メール|スパム|踏み台|不正中継|不正に中継|フィッシングメール(?:が|を)?[^。\n]{0,6}?(?:送信|送付|配信)/;

function nounKind(context: string): CountKind | null {
  let last: string | null = null;
  NOUN_RE.lastIndex = 0;
  for (let m = NOUN_RE.exec(context); m !== null; m = NOUN_RE.exec(context)) last = m[0];
  if (last === null) return null;
  if (/カード/.test(last)) return 'cards';
  if (/アカウント|ID|ログイン/.test(last)) return 'accounts';
  if (last === 'メール') return 'emails';
  if (last === 'ファイル' || last === 'データコピー') return 'files';
  return 'records';
}

function kindOf(q: Quantity, before: string, after: string, heading: string): CountKind | null {
  if ((q.unit === '人分' || q.unit === '名分' || q.unit === '名' || q.unit === '件') && /アカウント[^、。]{0,3}$/.test(before)) return 'accounts';
  if ((q.unit === '人' || q.unit === '名' || q.unit === '人分' || q.unit === '名分') && ACCOUNT_AFTER.test(after)) return 'accounts';
  if (/^(?:分)?の?(?:アカウント)/.test(after)) return 'accounts';
  switch (q.unit) {
    case '円': return 'money_jpy';
    case '通': return 'emails';
    case '台': return 'devices';
    case 'ファイル': return 'files';
    case 'アカウント': case 'ID': return 'accounts';
    case '社': case '団体': case '機関': case '校': return 'organizations';
    // Addresses mail was sent to (`約16,000 アドレスに送信`, `送信アドレス数: 277アドレス`) count messages.
    case 'アドレス': return /^\s?に(?:[^、。\n]{0,8}?)(?:送信|配信|送付)/.test(after) || /(?:送信|配信|送付)(?:先|した)?アドレス/.test(before) ? 'emails' : 'records';
    case 'メール': return 'emails';
    // `小中学校、高校など約2千カ所分`: places are organisations only when the clause names them so.
    case 'カ所': return /(?:学校|高校|幼稚園|保育|園|施設|事業所|医院|病院|団体|企業|法人|機関|店舗)[^、。]{0,12}$/.test(before) ? 'organizations' : null;
    // 世帯 counts households, not people (spec: people only when so stated).
    case '人': case '名': case '人分': case '名分': return 'people';
    case '枚': return /カード/.test(before) ? 'cards' : null;
    // `ファイル数488個`, `USBメモリ1個`
    case '個': return /ファイル(?:数)?[^、。]{0,3}$/.test(before) ? 'files' : /(?:USB|メモリ|端末|パソコン|PC|スマートフォン|携帯電話)[^、。]{0,4}$/.test(before) ? 'devices' : null;
    case '件': {
      if (/^(?:以上|程度|ほど)?の?(?:迷惑|不審な?|不正な?|スパム|なりすまし|フィッシング|詐欺|偽|電子)?メール/.test(after)) return 'emails';
      // The clause the number belongs to: from the last comma (or the heading for a bare line).
      const clause = before.slice(Math.max(0, before.lastIndexOf('、') + 1, before.length - 16));
      const k = nounKind(clause) ?? (heading ? nounKind(heading) : null);
      if (k) return k;
      if (/^(?:以上|程度|ほど)?(?:の|が|を)?(?:不正|誤)?(?:送信|受信|配信|発信)/.test(after)) return 'emails';
      return 'records';
    }
    default: return null;
  }
}

/** Spans of `内訳` blocks: the rest of the 内訳 line and the lines under it that are indented deeper or listed. */
function breakdownSpans(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = text.indexOf('内訳', from);
  while (i >= 0 && i < to) {
    const ls = text.lastIndexOf('\n', i - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(ls, i))![0].length;
    let le = text.indexOf('\n', i);
    if (le < 0) le = text.length;
    let end = le;
    // `…の内訳は以下の通り` introduces the lines below; `内訳:会員…` describes the same line only.
    let pos = le + 1;
    while (pos < text.length) {
      let ne = text.indexOf('\n', pos);
      if (ne < 0) ne = text.length;
      const line = text.slice(pos, ne);
      if (line.trim() !== '') {
        const ind = /^[ \t]*/.exec(line)![0].length;
        if (!(ind > indent || LIST_LINE.test(line.slice(ind > 0 ? ind - 1 : 0)))) break;
        end = ne;
      }
      pos = ne + 1;
    }
    spans.push([i, end]);
    i = text.indexOf('内訳', Math.max(end, i + 2));
  }
  return spans;
}

interface Mention {
  value: number;
  kind: CountKind;
  start: number;
  ev: Evidence;
  listed: boolean;
  end: number;
  /** Start of its line. */
  line: number;
  /** Marked as a total (`合計`, `計`, `延べ`, `全体`). */
  total: boolean;
  /** Value 1 of a kind where 1 is usually a phrase: used to see breakdowns add up, never output. */
  weak: boolean;
  /** Written as a rounded figure (`約15万人`, `3万件超`). */
  approx: boolean;
  /** The figure of an earlier report (`…と報告しました`, a `前回報告` line). */
  earlier: boolean;
}

/** An earlier report's figure: `…件と報告しました`, `…名と公表しておりましたが`. */
const EARLIER_FIGURE_AFTER = /^\s?(?:\)|\])?\s?(?:と|として)(?:ご)?(?:報告|公表|発表|お知らせ)(?:いたし|し|させていただき)(?:ました|ておりました|ていました)/;
/** A row or line of the earlier report (`|【前回報告】 令和6年12月|4,624件…`). */
const EARLIER_FIGURE_LINE = /(?:前回(?:の)?(?:報告|公表|発表|お知らせ)|当初(?:の)?(?:報告|公表|発表))/;

/** Qualifiers of a rounded figure. */
const APPROX = /約|およそ|概ね|おおよそ|超|以上|余り|程度|ほど/;

/**
 * Returns true when `round` is one of the exact figures (sorted) rounded, within 5% (`約15万人` beside
 * `148,620人`): the same figure said twice. Distinct figures and a binary search keep long pages fast.
 */
function roundsAny(round: number, sorted: readonly number[] | undefined): boolean {
  if (!sorted) return false;
  // |round - exact| <= 0.05 exact  ⇔  round / 1.05 <= exact <= round / 0.95
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < round / 1.05) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i] <= round / 0.95; i++) if (sorted[i] !== round && sorted[i] >= 100) return true;
  return false;
}

/** Returns two or more of the first 8 items whose values add up to `total`, the fewest first; null when none do. */
function subsetSumming<T extends { value: number }>(items: readonly T[], total: number): T[] | null {
  const n = Math.min(items.length, 8);
  let best: T[] | null = null;
  for (let mask = 1; mask < 1 << n; mask++) {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < n; k++) {
      if (mask & (1 << k)) {
        sum += items[k].value;
        count++;
      }
    }
    if (count >= 2 && sum === total && (!best || count < best.length)) best = items.filter((_, k) => k < n && (mask & (1 << k)) !== 0);
  }
  return best;
}

/** Returns the headline number of people/records affected and every stated quantity of the scope. */
export function extractCounts(input: ReportInput): { affected: FieldResult<number | null>; counts: FieldResult<Count[]> } {
  const text = input.norm.text;
  const bodyStart = input.bodyStart > 0 ? input.bodyStart : input.titleEnd;
  const bodyEnd = Math.min(text.length, bodyStart + 30000);
  const qs = scanQuantities(text.slice(bodyStart, bodyEnd));
  const blocks = breakdownSpans(text, bodyStart, bodyEnd);
  const spam = SPAM_CONTEXT.test(text.slice(0, bodyEnd));
  const mentions: Mention[] = [];
  const otherRole = new Set<string>();
  // The quantity before this one and what it counted ('event' for accesses and logins), for subsets.
  let prev: { end: number; kind: CountKind | 'event' | null; unit: string } | null = null;
  for (const q0 of qs) {
    const start = q0.start + bodyStart, end = q0.end + bodyStart;
    const prevQ = prev;
    prev = { end, kind: null, unit: q0.unit };
    if (blocks.some(([s, e]) => start > s && start < e)) continue;
    const nl = text.lastIndexOf('\n', start - 1);
    const lineStart = Math.max(nl, text.lastIndexOf('。', start - 1)) + 1;
    const before = text.slice(Math.max(lineStart, start - 40), start);
    const after = text.slice(end, end + 16);
    const rest = text.slice(end, end + 60);
    if (NOT_SCOPE_AFTER.test(after) || NOT_SCOPE_BEFORE.test(before)) continue;
    // A number set apart from a word that starts like a unit: `## 6 台東区`, `② 名簿` (② is 2 after NFKC).
    if (/^\s/.test(text.slice(q0.numEnd + bodyStart, end)) && /^[\u4e00-\u9fff]/.test(after) && !/^[様分程以超強前余弱]/.test(after)) continue;
    // `#### ④ メールで届いた…`, `3 アカウント情報`: an item number at the head of a line, set apart
    // from a word that is also a unit, numbers the item.
    if (/^\s/.test(text.slice(q0.numEnd + bodyStart, end)) && /^(?:メール|アカウント|ファイル|アドレス|ID)$/.test(q0.unit) &&
      /^[\s#・•\-*※]*$/.test(text.slice(nl + 1, start))) continue;
    // `4021社資交付金`: an organisation counter glued to the next word is part of a name or a code.
    if (/^(?:社|団体|機関|校)$/.test(q0.unit) && /^[\u4e00-\u9fff]/.test(after) && !/^[分様程以超余強弱計等園]/.test(after)) continue;
    // `2.アカウント情報`: a numbered heading, not two accounts.
    if (/^[.,]/.test(text.slice(q0.numEnd + bodyStart, end))) continue;
    // A bare number line (`件数:2,312件`, `7団体9件`) is named by the heading above it.
    const heading = BARE_PREFIX.test(text.slice(lineStart, start).replace(/約|最大|合計|計/g, '')) && text[lineStart - 1] !== '。'
      ? lineBefore(text, nl + 1, 60)
      : '';
    if ((q0.unit === '件' || q0.unit === '回') && (EVENT_AFTER.test(after) || EVENT_BEFORE.test(before) || (heading !== '' && EVENT_BEFORE.test(heading)))) {
      prev.kind = 'event';
      continue;
    }
    const isPerson = q0.unit === '名' || q0.unit === '人';
    let kind = kindOf(q0, before, after, heading);
    // Numbers in another role: a later valuation or a correction, a population, a part not affected,
    // the people who viewed. The same value of the same kind elsewhere names the same thing.
    if ((GROWTH_BEFORE.test(before) && GROWTH_AFTER.test(after)) || DELTA_AFTER.test(after) ||
      (/全\s?$/.test(before) && /^\)?\s?のうち/.test(after)) ||
      // Schools asked whether they were concerned: `区立小・中学校(72 校)…に…発注状況を確認した`.
      (kind === 'organizations' && /^\)?[^。\n]{0,40}?に(?:[^。\n]{0,14}?発注状況を確認|確認を開始|照会)/.test(rest)) ||
      POPULATION_AFTER.test(after) || UNAFFECTED_REST.test(rest) || (isPerson && VIEWER_AFTER.test(after))) {
      if (kind) otherRole.add(`${kind}:${q0.value}`);
      continue;
    }
    // A subset (`うち…`, `(内…)`) of a count of the same kind is inside it; `個人情報8,257件、内クレジット
    // カード情報7,455件` states a new kind and stays, and so does `利用者のうち399名`, whose whole is unstated.
    const paren = Math.max(before.lastIndexOf('('), before.lastIndexOf('〔'));
    const subset = SUBSET_BEFORE.test(before) || SUBSET_AFTER.test(after) ||
      (paren >= 0 && !/[)〕]/.test(before.slice(paren)) && /^[(〔]\s?(?:うち|内|その内)/.test(before.slice(paren)));
    const near = prevQ !== null && start - prevQ.end < 80;
    // `利用者399名(過去に申請実績のある利用者は11名)`: a note in brackets right after a count, in its
    // unit, tells part of it; `1,210件(重複を除く978件)`, `(名寄せ前:約124,000件)` restate it.
    // Such a part is kept only to see breakdowns add up, never output.
    const partNote = paren >= 0 && prevQ !== null && prevQ.kind !== 'event' && prevQ.kind !== null && prevQ.unit === q0.unit &&
      !/[)〕]/.test(before.slice(paren)) && !/重複|名寄せ|除|実人数|実数|延べ|のべ|計|総|他|ほか|別|[、,]/.test(before.slice(paren)) &&
      start - before.length + paren >= prevQ.end && /^\s?$/.test(text.slice(prevQ.end, start - before.length + paren));
    if (partNote) kind = prevQ!.kind as CountKind;
    // `その内11件`, `残りの784件` name no noun: they count what the count before them counted.
    if (subset && near && q0.unit === '件' && prevQ.kind !== null && prevQ.kind !== 'event' &&
      nounKind(before.slice(before.lastIndexOf('、') + 1)) === null) kind = prevQ.kind;
    prev.kind = kind;
    if (!kind) continue;
    if (subset && near && (prevQ.kind === kind || prevQ.kind === null)) continue;
    if (kind !== 'accounts') {
      // 20代, 3年生, 70部 have no scope unit; 1名の職員/従業員1名 is who did it, not who was affected.
      if (isPerson && /(?:職員|従業員|社員|教員|教諭|担当者|委託先|元|男性|女性|容疑者|学生|取締役|役員)\s?$/.test(before) && q0.value < 10) continue;
      // The staff of a response team (`対策室を設置(兼務職員19人)`) and the people who could not be
      // reached (`連絡の取れない方は12名`) are not whose data it was.
      if (isPerson && (STAFF_BEFORE.test(before) || UNREACHED_BEFORE.test(before))) continue;
      if (isPerson && /^\s?(?:の|が)?(?:職員|従業員|社員|教員|教諭|担当者|男性|女性|容疑者)/.test(after) && q0.value < 10) continue;
    }
    if (q0.value === 0) continue;
    // One of something is usually a phrase (1件のメール, 1人ひとり); one account, device or file is a scope.
    const weak = partNote || q0.value === 1 && !(kind === 'accounts' || kind === 'devices' || kind === 'files' || q0.unit === '人分' || q0.unit === '名分');
    const ev = evidenceAt(input, 'counts', { value: q0.value, kind }, start, end, `counts.${kind}`);
    // On a list line, even after a `。` inside it (`- 役職員(退職者を含む。)に関する情報 13,485人分`).
    const listed = LIST_LINE.test(text.slice(nl + 1, start));
    const total = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after) || q0.qualifiers.some((x) => /計|延べ|のべ/.test(x));
    // A figure an earlier report gave (`その漏えい件数は4,624件と報告しました。しかし…拡大`, a `【前回報告】` row).
    const earlier = EARLIER_FIGURE_AFTER.test(after) || EARLIER_FIGURE_LINE.test(text.slice(nl + 1, start));
    mentions.push({ value: q0.value, kind, start, end, line: nl + 1, ev, listed, total, weak, approx: q0.qualifiers.some((x) => APPROX.test(x)), earlier });
  }
  const drop = new Set<Mention>(mentions.filter((m) => otherRole.has(`${m.kind}:${m.value}`)));
  // Table rows under a stated total (`計:中学校6校、963名` over `水元中学校 156 名 128 名 28 名`): a
  // line with several counts of one kind and no total mark is a row, each of its counts a part.
  const rows = new Set<Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (a.line === b.line && a.kind === b.kind && !a.total && !b.total && /^[\s|]*$/.test(text.slice(a.end, b.start))) {
      rows.add(a);
      rows.add(b);
    }
  }
  if (rows.size > 0) {
    const outside = new Map<CountKind, number>();
    for (const m of mentions) if (!rows.has(m) && !m.weak) outside.set(m.kind, Math.max(outside.get(m.kind) ?? 0, m.value));
    for (const m of rows) if (m.value < (outside.get(m.kind) ?? 0)) drop.add(m);
  }
  // Per-item rows: many sibling lines of one shape (`練馬第二小学校(…卒業生 計 47 名)` fifteen times)
  // break a scope down item by item even when no grand total of their kind is stated; two to four
  // lines (`- 市民 382人分` / `- 職員 903人分`) stay separate groups.
  const shapes = new Map<string, Mention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const lineEnd = text.indexOf('\n', m.end);
    const tail = text.slice(m.end, lineEnd < 0 ? text.length : lineEnd);
    if (tail.length > 24 || (i > 0 && mentions[i - 1].line === m.line) || (i + 1 < mentions.length && mentions[i + 1].line === m.line)) continue;
    // The line without its item name (what comes before the bracket the count stands in) nor its
    // figures; a count after a closed note (`|氏名(要配慮個人情報は無し)|約30件|`) has no such shape.
    const lead = text.slice(m.line, m.start);
    const open = lead.search(/[(〔\[]/);
    if (open < 0 || m.start - m.line > 80) continue;
    const inner = lead.slice(open);
    if (inner.replace(/[^(〔\[]/g, '').length <= inner.replace(/[^)〕\]]/g, '').length) continue;
    const key = `${m.kind}|${lead.slice(open).replace(/[0-9]/g, '0')}#${tail.replace(/[0-9]/g, '0')}`;
    const list = shapes.get(key);
    if (list) list.push(m);
    else shapes.set(key, [m]);
  }
  for (const list of shapes.values()) if (list.length >= MANY_ROWS) for (const m of list) drop.add(m);
  // Counts on the lines of two or more named items (`・日詰小学校(児童83名、教職員38名)`, `赤土小学校
  // 卒業生 計91人`, `本店 120名`) break a scope down place by place; with no count of their kind
  // stated elsewhere, no total is stated, and none of them is the incident's scope.
  const itemOf = (m: Mention): string | null => {
    const head = ITEM_LINE.exec(text.slice(m.line, m.start));
    // `公立学校及び幼稚園 181校園`, `各小学校` name a group, not one item.
    return head && !/及び|および|並びに|等|など|各|全/.test(head[1]) ? head[1] : null;
  };
  const items = new Map<CountKind, Map<string, Mention[]>>();
  for (const m of mentions) {
    const item = itemOf(m);
    if (!item) continue;
    let byItem = items.get(m.kind);
    if (!byItem) items.set(m.kind, (byItem = new Map()));
    const list = byItem.get(item);
    if (list) list.push(m);
    else byItem.set(item, [m]);
  }
  for (const [kind, byItem] of items) {
    if (byItem.size < 2) continue;
    const itemised = new Set([...byItem.values()].flat());
    if (mentions.some((m) => m.kind === kind && !itemised.has(m) && !m.weak && !drop.has(m))) continue;
    for (const m of itemised) drop.add(m);
  }
  // An earlier report's figure gives way to a larger one of its kind this report states; a rounded
  // figure beside the exact one it rounds (`約15万人` and `148,620人`) is the same count.
  const latest = new Map<CountKind, number>();
  const exactSets = new Map<CountKind, Set<number>>();
  for (const m of mentions) {
    if (!m.earlier) latest.set(m.kind, Math.max(latest.get(m.kind) ?? 0, m.value));
    if (!m.approx) (exactSets.get(m.kind) ?? exactSets.set(m.kind, new Set()).get(m.kind)!).add(m.value);
  }
  const exact = new Map([...exactSets].map(([kind, values]) => [kind, [...values].sort((a, b) => a - b)]));
  for (const m of mentions) {
    if (m.earlier && (latest.get(m.kind) ?? 0) > m.value) drop.add(m);
    if (m.approx && roundsAny(m.value, exact.get(m.kind))) drop.add(m);
  }
  // Per-item breakdowns: a listed quantity smaller than another of its kind is part of that one.
  const maxOf = new Map<CountKind, number>();
  // Only a count stated outside the list contains the list's items: when every count of a kind is
  // on a list line (`- 市民 382人分、職員 903人分`, one line per group), the groups are separate.
  for (const m of mentions) if (!m.listed) maxOf.set(m.kind, Math.max(maxOf.get(m.kind) ?? 0, m.value));
  for (const m of mentions) if (m.listed && m.kind !== 'emails' && m.value < (maxOf.get(m.kind) ?? 0)) drop.add(m);
  // Breakdowns in running text: consecutive counts of one kind that add up to a stated count of it.
  // People counted in 件 (`…の方(2,892件)`) add up to a count of people, and the other way round.
  const byKind = new Map<CountKind, Mention[]>();
  for (const m of mentions) {
    const k = m.kind === 'records' ? 'people' : m.kind;
    const list = byKind.get(k);
    if (list) list.push(m);
    else byKind.set(k, [m]);
  }
  for (const list of byKind.values()) {
    const values = new Set(list.map((m) => m.value));
    for (let i = 0; i < list.length; i++) {
      let sum = list[i].value;
      for (let j = i + 1; j < list.length && j < i + 16; j++) {
        sum += list[j].value;
        // Parts are each smaller than their sum, so a run containing the sum itself cannot match.
        if (sum >= 3 && values.has(sum)) {
          for (let k = i; k <= j; k++) drop.add(list[k]);
        }
      }
    }
    // A stated count followed by its parts with other figures between (`従業員 6,456人` … `人事情報(5,509人)`,
    // `(10名)` of some of them, `(881人)`, `(66人)`): parts among the next few smaller counts that add up to it
    // exactly. Only for a count that is not a round number, which parts add up to by chance.
    for (let i = 0; i < list.length; i++) {
      const total = list[i].value;
      if (total % 10 === 0 || drop.has(list[i])) continue;
      const after = list.slice(i + 1, i + 9).filter((m) => m.value < total && !drop.has(m));
      const parts = subsetSumming(after, total);
      if (parts) for (const m of parts) drop.add(m);
    }
  }
  const counts: Count[] = [];
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  let total: { value: number; ev: Evidence } | null = null;
  let largest: { value: number; ev: Evidence } | null = null;
  let largestAccounts: { value: number; ev: Evidence } | null = null;
  // `情報 5,471件` next to `カード情報 5,471件` is the same count read without its noun: neither a
  // count nor the headline.
  const otherKinds = new Set<number>();
  for (const m of mentions) if (!drop.has(m) && !m.weak && m.kind !== 'records' && m.kind !== 'people') otherKinds.add(m.value);
  for (const m of mentions) {
    if (drop.has(m) || m.weak) continue;
    if (m.kind === 'records' && otherKinds.has(m.value)) continue;
    const key = `${m.kind}:${m.value}`;
    if (!seen.has(key)) {
      seen.add(key);
      counts.push({ value: m.value, kind: m.kind });
      evidence.push(m.ev);
    }
    if (m.kind === 'people' || m.kind === 'records' || m.kind === 'cards') {
      if (!largest || m.value > largest.value) largest = { value: m.value, ev: m.ev };
      // Several `計` lines are subtotals; the grand total is the largest of them.
      if (m.total && (!total || m.value > total.value)) total = { value: m.value, ev: m.ev };
    }
    if (m.kind === 'accounts' && m.value > 1 && (!largestAccounts || m.value > largestAccounts.value)) largestAccounts = { value: m.value, ev: m.ev };
  }
  // The stated total is the headline; a larger count beside it (`合計: 9名` confirmed vs `約30,000名`
  // possibly exposed, `計37名(他に教職員42名)`) means that total covers only part, so the largest wins.
  const pick = total && largest && total.value >= largest.value ? total : largest ?? (spam ? null : largestAccounts);
  const affected: FieldResult<number | null> = pick
    ? { value: pick.value, evidence: [{ ...pick.ev, field: 'affected', value: pick.value, rule: pick === total ? 'affected.stated_total' : 'affected.largest' }] }
    : { value: null, evidence: [] };
  return { affected, counts: { value: counts, evidence } };
}
