/**
 * Japanese numbers with units: `1,234件`, `約5万件`, `2万7千`, `1万2,000`, `十三`, `1.2万`,
 * `25万人分`, `1億5493万円`. Qualifiers (`約`, `最大`, `以上`…) are reported, never applied.
 *
 * Input is expected NFKC-normalised (ASCII digits). Every regex is a single character class or a
 * bounded alternation, so scanning is linear in the text.
 */

const KANJI_DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a section below 万 (`2,000`, `7千`, `十三`, `1.2`, `二千五百`), or NaN. */
function parseSection(s: string): number {
  if (s === '') return NaN;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  let total = 0;
  let cur: number | null = null;
  let digits = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      continue;
    }
    if (digits) {
      cur = Number(digits);
      digits = '';
    }
    const kd = KANJI_DIGIT[ch];
    if (kd !== undefined) {
      // 一二三 written positionally (二〇二四) is rare in our texts: treat as concatenation.
      cur = cur === null ? kd : cur * 10 + kd;
      continue;
    }
    const su = SMALL_UNIT[ch];
    if (su !== undefined) {
      total += (cur === null ? 1 : cur) * su;
      cur = null;
      continue;
    }
    if (ch === ',') continue;
    return NaN;
  }
  if (digits) cur = Number(digits);
  return total + (cur ?? 0);
}

/**
 * Parses a number written with Arabic or kanji digits and 十/百/千/万/億/兆 multipliers, or
 * returns null. `1万2,000` → 12000, `2万7千` → 27000, `十三` → 13, `1.2万` → 12000.
 */
export function parseJaNumber(s: string): number | null {
  const t = s.replace(/^,+|,+$/g, '');
  if (t === '') return null;
  let total = 0;
  let rest = t;
  let seenBig = false;
  for (const [ch, mult] of [['兆', 1e12], ['億', 1e8], ['万', 1e4]] as const) {
    const i = rest.indexOf(ch);
    if (i < 0) continue;
    const head = rest.slice(0, i);
    if (head === '') return null;
    const v = parseSection(head);
    if (Number.isNaN(v)) return null;
    total += v * mult;
    rest = rest.slice(i + 1);
    seenBig = true;
  }
  if (rest !== '') {
    const v = parseSection(rest);
    if (Number.isNaN(v)) return null;
    total += v;
  } else if (!seenBig) return null;
  const r = Math.round(total);
  return Number.isSafeInteger(r) ? r : null;
}

/** Units a quantity may carry, longest first where one is a prefix of another. */
export const UNITS = [
  '人分', '名分', '人', '名', '件', '通', '台', '枚', '円', '社', '世帯', '団体', '機関', '校',
  'ファイル', 'アカウント', 'ID', 'アドレス', 'メール', 'カ所', '個', '回',
] as const;
export type Unit = (typeof UNITS)[number];

/** One number-with-unit found in the text. */
export interface Quantity {
  /** Span of the whole mention, qualifiers included. */
  readonly start: number;
  readonly end: number;
  /** Span of the number itself. */
  readonly numStart: number;
  readonly numEnd: number;
  readonly value: number;
  readonly unit: Unit;
  /** `約`, `最大`, `およそ`, `以上`, `超`… as written around the number (value unchanged). */
  readonly qualifiers: readonly string[];
}

const NUMBER_CHARS = '0-9,.〇一二三四五六七八九十百千万億兆';
// The number comes first so that the regex engine can skip every position that holds no number
// character; the qualifier before it (`約`, `合計`…) is read backwards from the number.
const QUANTITY_RE = new RegExp(
  // PDF text puts spaces inside numbers (約1 7, 0 0 0名): one space between number characters is allowed.
  `([${NUMBER_CHARS}](?: ?[${NUMBER_CHARS}]){0,23})[ \\t]?` +
    // メール and アドレス only as whole words (`3,569,937 メール`, not `2 メールアドレス`).
    `(人分|名分|人|名|件|通|台|枚|円|社|世帯|団体|機関|校|ファイル|アカウント|ID|アドレス(?![ァ-ヺー帳])|メール(?![ァ-ヺー])|[カかヶケ箇]所|個|回)` +
    `(以上|超|余り|あまり|強|程度|ほど|前後)?`,
  'g',
);
/** A qualifier written before the number (and one space or tab). */
const QUALIFIER_BEFORE = /(合計|総計|最大|およそ|延べ|のべ|約|計)[ \t]?$/;
/** Characters that make a preceding kanji number part of a word (数万件, 何件, 十数件). */
const WORD_BEFORE = /[数何幾万億千百十]$/;

/**
 * Finds every number with a unit in `text` (normalised), in order. Kanji-only numbers that are
 * parts of words (`一人ひとり`, `数万件`, `一部`) are skipped.
 */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  let prevEnd = 0;
  for (let m = QUANTITY_RE.exec(text); m !== null; m = QUANTITY_RE.exec(text)) {
    const rawSpaced = m[1];
    const numStart = m.index;
    // The qualifier before the number, not reaching back into the previous match.
    const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(prevEnd, numStart - 4), numStart));
    const qual = q ? q[1] : undefined;
    // Without a qualifier the mention still takes in one space or tab before the number.
    const sp = !q && numStart > prevEnd && (text[numStart - 1] === ' ' || text[numStart - 1] === '\t') ? 1 : 0;
    const mStart = q ? numStart - q[0].length : numStart - sp;
    const mEnd = numStart + m[0].length;
    const unit = m[2].length === 2 && m[2][1] === '所' ? 'カ所' : m[2], tail = m[3];
    prevEnd = mEnd;
    const leadSpaced = rawSpaced.replace(/^[,.]+/, '');
    const numStartAdj = numStart + (rawSpaced.length - leadSpaced.length);
    const bodySpaced = leadSpaced.replace(/[,.]+$/, '');
    const body = bodySpaced.replace(/ /g, '');
    if (body === '') continue;
    // 数万件, 十数件: the number is approximate and unstated; `人数889名`, `ファイル数488個` label a count.
    if ((text[numStartAdj - 1] === '数' && !/^[0-9]/.test(body)) || text[numStartAdj + bodySpaced.length] === '数') continue;
    if (!qual && numStartAdj > 0 && !/^[0-9]/.test(body) && WORD_BEFORE.test(text.slice(numStartAdj - 1, numStartAdj)) && !/\d/.test(text[numStartAdj - 1])) continue;
    // A digit right before means we cut a longer number (1.5.3版).
    if (/[0-9]/.test(text[numStartAdj - 1] ?? '')) continue;
    // A product name (Microsoft365 アカウント, Office365, Windows10台), not `PC30台`.
    if (/[a-z]/.test(text[numStartAdj - 1] ?? '') && /[A-Za-z]{3}$/.test(text.slice(Math.max(0, numStartAdj - 3), numStartAdj))) continue;
    const kanjiOnly = !/[0-9]/.test(body);
    if (kanjiOnly && /^[一]$/.test(body) && /^(人|名|件|通|台|枚|回|個)/.test(unit)) {
      // 一人, 一件: keep, but not 一人ひとり / 一件一件
      const after = text.slice(mEnd, mEnd + 3);
      if (/^(ひとり|一人|一件|1人)/.test(after)) continue;
    }
    const value = parseJaNumber(body);
    if (value === null) continue;
    const quals: string[] = [];
    if (qual) quals.push(qual);
    if (tail) quals.push(tail);
    out.push({
      start: mStart,
      end: mEnd,
      numStart: numStartAdj,
      numEnd: numStartAdj + bodySpaced.length,
      value,
      unit: unit as Unit,
      qualifiers: quals,
    });
  }
  return out;
}

/** Parses one `number + unit` string (`約25万人分` → {value: 250000, unit: '人分'}), or null. */
export function parseQuantity(s: string): { value: number; unit: Unit } | null {
  const q = scanQuantities(s.normalize('NFKC'));
  return q.length ? { value: q[0].value, unit: q[0].unit } : null;
}
