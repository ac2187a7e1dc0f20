/**
 * Japanese calendar dates: eras, Western dates, month-day and day-only mentions with the missing
 * parts supplied from context, ranges and fiscal years (年度, April–March).
 *
 * Pure and timezone-free: calendar checks and arithmetic are done by hand on integers and every
 * date leaves this module as a `YYYY-MM-DD` string. Input is expected NFKC-normalised
 * (see normalizeJa): ASCII digits, `~` for wave dashes, `-` for dashes.
 */

/** First Western year of each era (元年 = year 1 of the era). */
const ERA_START: Readonly<Record<string, number>> = {
  明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019,
  M: 1868, T: 1912, S: 1926, H: 1989, R: 2019,
};

/** Returns the Western year of an era year (`令和`, 6 → 2024; `令和`, '元' → 2019), or null for an unknown era. */
export function eraToYear(era: string, year: number | '元'): number | null {
  const base = ERA_START[era];
  if (base === undefined) return null;
  const n = year === '元' ? 1 : year;
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  return base + n - 1;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True if y-m-d is a real calendar date (years 1900–2099). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Formats y-m-d as `YYYY-MM-DD` (no validation). */
export function formatDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Splits a `YYYY-MM-DD` string into numbers, or null if it is not a valid date. */
export function splitDate(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** Adds `n` days (may be negative) to a `YYYY-MM-DD` date. */
export function addDays(iso: string, n: number): string {
  const p = splitDate(iso);
  if (!p) throw new Error(`not a date: ${iso}`);
  let { y, m, d } = p;
  d += n;
  while (d < 1) {
    m--;
    if (m < 1) { m = 12; y--; }
    d += daysInMonth(y, m);
  }
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return formatDate(y, m, d);
}

/** The fiscal year (年度) `fy`: April 1st of fy to March 31st of fy+1. */
export function fiscalYearRange(fy: number): { from: string; to: string } {
  return { from: formatDate(fy, 4, 1), to: formatDate(fy + 1, 3, 31) };
}

/** The calendar year a month of fiscal year `fy` falls in (令和5年度の1月 → 2024). */
export function fiscalMonthYear(fy: number, month: number): number {
  return month <= 3 ? fy + 1 : fy;
}

/** Granularity of a date mention as written. */
export type DateMentionKind =
  /** year, month and day written (`2024年11月26日`, `令和6年11月22日`, `R6.11.22`, `2024/11/26`) */
  | 'ymd'
  /** month and day (`11月24日(日)`, `10/6追記`) */
  | 'md'
  /** day only (`26日`, `同月30日`) */
  | 'd'
  /** `同日`: the day of the previous mention */
  | 'same_day'
  /** `翌日`: the day after the previous mention */
  | 'next_day'
  /** year and month only (`2024年6月`): context, never a date */
  | 'ym'
  /** fiscal year (`令和5年度`, `2023年度`): context, never a date */
  | 'fy';

/** One date mention as found in the text, before context is applied. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly kind: DateMentionKind;
  /** Year as written (era converted), or null. */
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** The day of the week written after a month-day (`4月14日(月)`: 1), 0 = Sunday; absent when none. */
  readonly weekday?: number;
}

/** A mention with the missing parts supplied from context. */
export interface ResolvedDate extends DateMention {
  /** `YYYY-MM-DD`, or null when the mention is not a full valid date even with context. */
  readonly date: string | null;
  /** True when the year (or month) came from context rather than the mention itself. */
  readonly inferred: boolean;
}

// One alternation per form; every quantifier is bounded so the scan stays linear.
const S = '[ \\t]?';
const ERA = '(明治|大正|昭和|平成|令和)';
const DATE_RE = new RegExp(
  [
    // 1: era, 2: era year, 3: month, 4: day
    `${ERA}${S}(\\d{1,2}|元)${S}年${S}(?:(\\d{1,2})${S}月${S}(?:(\\d{1,2})${S}日)?)?(度)?`,
    // 6: Western year, 7: month, 8: day (5 is 度 of the era form)
    `(?<![\\d.,/])(\\d{4})${S}年${S}(?:(\\d{1,2})${S}月${S}(?:(\\d{1,2})${S}日)?)?(度)?`,
    // 10: era letter, 11: year, 12: month, 13: day (R6.11.22, H29/4/1)
    `(?<![A-Za-z\\d])([RHS])(\\d{1,2})([./])(\\d{1,2})\\12(\\d{1,2})(?![\\d./])`,
    // 15: year, 16: month, 17: day (2024/11/26, 2024-11-26, 2024.11.26)
    `(?<![\\d./-])(\\d{4})([/.-])(\\d{1,2})\\16(\\d{1,2})(?![\\d/]|\\.\\d)`,
    // 19: month, 20: day (11月24日; OCR-spaced 1 0月 3 1 日)
    `(?<![\\d.])(1${S}[0-2]|\\d{1,2})${S}月${S}([1-3]${S}\\d|\\d{1,2})${S}日`,
    // 21: month, 22: day (10/6追記, 11/24(日)) only when a date is clearly meant
    `(?<![\\d./])(\\d{1,2})/(\\d{1,2})(?=\\((?:[月火水木金土日]|祝)|${S}(?:追記|更新|付|時点|公表|発表|掲載|修正|~|から|まで|に|の[0-9]))`,
    // 23: 同月 or nothing, 24: day (26日, 同月30日, ~30日) but not durations (10日間, 3日後)
    `(?<![\\d.,月年/])(同月)?(\\d{1,2})${S}日(?!${S}(?:間|以上|以内|以降の|後|前|分|程度|ほど|余り|ぶり|連続|目|ごと|おき|付け?で(?:退職|辞職)))`,
    // 25: 同日 / 翌日 / 当日
    `(同日|翌日|当日)`,
  ].join('|'),
  'g',
);

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s.length > 2 ? s.replace(/[ \t]/g, '') : s);
}

/**
 * Finds every date mention in `text` (normalised), in order, with its span.
 * Month-only and fiscal-year mentions are returned too (kinds `ym`, `fy`) because they set the
 * context of later mentions; they never become dates.
 */
export function scanDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const start = m.index, end = start + m[0].length;
    let men: DateMention | null = null;
    if (m[1] !== undefined) {
      const y = eraToYear(m[1], m[2] === '元' ? '元' : Number(m[2]));
      men = fromYmd(start, end, y, num(m[3]), num(m[4]), m[5] !== undefined);
    } else if (m[6] !== undefined) {
      const y = Number(m[6]);
      if (y >= 1900 && y <= 2099) men = fromYmd(start, end, y, num(m[7]), num(m[8]), m[9] !== undefined);
    } else if (m[10] !== undefined) {
      const y = eraToYear(m[10], Number(m[11]));
      men = { start, end, kind: 'ymd', year: y, month: num(m[13]), day: num(m[14]) };
    } else if (m[15] !== undefined) {
      const y = Number(m[15]);
      if (y >= 1900 && y <= 2099) men = { start, end, kind: 'ymd', year: y, month: num(m[17]), day: num(m[18]) };
    } else if (m[19] !== undefined) {
      men = { start, end, kind: 'md', year: null, month: num(m[19]), day: num(m[20]), ...weekdayAfter(text, end) };
    } else if (m[21] !== undefined) {
      men = { start, end, kind: 'md', year: null, month: num(m[21]), day: num(m[22]) };
    } else if (m[24] !== undefined) {
      men = { start, end, kind: 'd', year: null, month: null, day: num(m[24]) };
    } else if (m[25] !== undefined) {
      men = { start, end, kind: m[25] === '翌日' ? 'next_day' : 'same_day', year: null, month: null, day: null };
    }
    if (men && validParts(men)) out.push(men);
  }
  return out;
}

const WEEKDAYS = '日月火水木金土';

/** The weekday written right after a date (`(月)`, `(月・祝)`), as `{ weekday }`, or nothing. */
function weekdayAfter(text: string, end: number): { weekday?: number } {
  const w = /^[ \t]?\(([日月火水木金土])/.exec(text.slice(end, end + 4));
  return w ? { weekday: WEEKDAYS.indexOf(w[1]) } : {};
}

/** The day of the week of a valid date (0 = Sunday). */
function weekdayOf(y: number, mo: number, d: number): number {
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}

function fromYmd(start: number, end: number, y: number | null, mo: number | null, d: number | null, fy: boolean): DateMention | null {
  if (y === null) return null;
  if (fy && mo === null) return { start, end, kind: 'fy', year: y, month: null, day: null };
  if (mo === null) return { start, end, kind: 'ym', year: y, month: null, day: null };
  if (d === null) return { start, end, kind: 'ym', year: y, month: mo, day: null };
  return { start, end, kind: 'ymd', year: y, month: mo, day: d };
}

function validParts(x: DateMention): boolean {
  if (x.month !== null && (x.month < 1 || x.month > 12)) return false;
  if (x.day !== null && (x.day < 1 || x.day > 31)) return false;
  if (x.kind === 'ymd') return isValidDate(x.year!, x.month!, x.day!);
  return true;
}

export interface DateContext {
  /** Year for month-day mentions before any dated mention. */
  readonly year?: number;
  /** Month (with `year`) for day-only mentions before any dated mention. */
  readonly month?: number;
  /**
   * The date the text was written (announcement or publication). A month-day mention whose year
   * came from context and that would fall more than `slackDays` after it is moved a year back.
   */
  readonly notAfter?: string;
  readonly slackDays?: number;
}

/**
 * Supplies the missing year/month of each mention from the nearest earlier mention (or the
 * context), and returns every mention with its date (null where none can be formed).
 */
export function resolveDates(mentions: readonly DateMention[], ctx: DateContext = {}): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  let year = ctx.year ?? null;
  let month = ctx.month ?? null;
  let fiscal: number | null = null;
  let yearFromText = false;
  let last: string | null = null;
  const limit = ctx.notAfter && splitDate(ctx.notAfter) ? addDays(ctx.notAfter, ctx.slackDays ?? 7) : null;
  // A span of fiscal years (`2000年度から2022年度に入学した学生`) describes cohorts or records, not
  // when things happened: it sets no context for the dates after it.
  const fySpan = new Set<DateMention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i], b = mentions[i + 1];
    if (a.kind === 'fy' && b.kind === 'fy' && b.start - a.end <= 8) {
      fySpan.add(a);
      fySpan.add(b);
    }
  }
  for (const x of mentions) {
    let date: string | null = null;
    let inferred = false;
    switch (x.kind) {
      case 'ymd':
        date = formatDate(x.year!, x.month!, x.day!);
        year = x.year; month = x.month; fiscal = null; yearFromText = true;
        break;
      case 'ym':
        year = x.year; month = x.month; fiscal = null; yearFromText = true;
        break;
      case 'fy':
        if (fySpan.has(x)) break;
        fiscal = x.year; year = x.year; month = null; yearFromText = true;
        break;
      case 'md': {
        inferred = true;
        let y = fiscal !== null ? fiscalMonthYear(fiscal, x.month!) : year;
        if (y !== null) {
          if (isValidDate(y, x.month!, x.day!)) {
            date = formatDate(y, x.month!, x.day!);
            if (limit && date > limit && !(yearFromText && fiscal !== null) && isValidDate(y - 1, x.month!, x.day!)) {
              y -= 1;
              date = formatDate(y, x.month!, x.day!);
            }
            // `4月14日(月)` after `令和5年度卒業生`: the written weekday picks the year, the nearest that fits.
            if (x.weekday !== undefined && weekdayOf(y, x.month!, x.day!) !== x.weekday) {
              const fit = [1, -1, 2, -2].map((k) => y! + k).find((c) => isValidDate(c, x.month!, x.day!) && weekdayOf(c, x.month!, x.day!) === x.weekday && !(limit && formatDate(c, x.month!, x.day!) > limit));
              if (fit !== undefined) {
                y = fit;
                date = formatDate(y, x.month!, x.day!);
              }
            }
          }
          year = y;
        }
        month = x.month;
        break;
      }
      case 'd':
        inferred = true;
        if (year !== null && month !== null && isValidDate(year, month, x.day!)) date = formatDate(year, month, x.day!);
        break;
      case 'same_day':
        inferred = true;
        date = last;
        break;
      case 'next_day':
        inferred = true;
        date = last ? addDays(last, 1) : null;
        break;
    }
    if (date) last = date;
    out.push({ start: x.start, end: x.end, kind: x.kind, year: x.year, month: x.month, day: x.day, date, inferred });
  }
  return out;
}

/** Parses one date string (`令和元年5月1日`, `R6.11.22`, `11月24日(日)` with ctx.year…) into `YYYY-MM-DD`, or null. */
export function parseJaDate(s: string, ctx: DateContext = {}): string | null {
  const found = resolveDates(scanDates(s.normalize('NFKC').replace(/[\u301C\uFF5E]/g, '~')), ctx);
  for (const r of found) if (r.date) return r.date;
  return null;
}

/** The text between two mentions that makes them a range (`~`, `から`, `-`, `より…まで`). */
const RANGE_GAP = /^[ \t]*(?:\((?:[月火水木金土日]|祝)[^)]{0,3}\)[ \t]*)?(?:[^。\n~、]{0,16}?)(?:~|から|より|-|～|〜)[ \t]*(?:同年|同月|同)?[ \t]?$/;

/** True when the text between two date mentions joins them into a range. */
export function isRangeGap(gap: string): boolean {
  return gap.length <= 30 && RANGE_GAP.test(gap);
}
