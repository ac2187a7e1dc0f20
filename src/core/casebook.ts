/**
 * The casebook heading: a line opening with a bracketed label that carries a case number,
 * `【セキュリティ事件簿#2024-522】…` or `【セキュリティ事件簿#2022】…` (the year alone). The blog
 * puts one at the top of every post it numbers.
 */

const HEADING = /^[\s\u00A0\u3000]*【[^】\n]{0,30}[#＃]\s*([0-9０-９]{4}(?:\s*[-‐－―–]\s*[0-9０-９]{1,5})?)\s*】/;

export interface CasebookHeading {
  /** The case number, normalised: `2024-522`, or `2022` for the year alone. */
  readonly id: string;
  /** Span of the number as written in the line. */
  readonly start: number;
  readonly end: number;
  /** Where the heading's closing 】 ends. */
  readonly headingEnd: number;
}

/** Returns the casebook heading a line opens with, or null. */
export function casebookHeading(line: string): CasebookHeading | null {
  const m = HEADING.exec(line);
  if (!m) return null;
  const start = m[0].lastIndexOf(m[1]);
  const id = m[1].normalize('NFKC').replace(/\s+/g, '').replace(/[‐－―–]/g, '-');
  return { id, start, end: start + m[1].length, headingEnd: m[0].length };
}
