/**
 * The casebook heading: a line opening with a bracketed label that carries a case number,
 * `【セキュリティ事件簿#2024-522】…` or `【セキュリティ事件簿#2022】…` (the year alone). The blog
 * puts one at the top of every post it numbers, so such a line always starts a report, whatever
 * the blank lines around it.
 */

const CASEBOOK_HEADING = /^[\s\u00A0\u3000]*【[^】\n]{0,30}[#＃]\s*[0-9０-９]{4}(?:\s*[-‐－―–]\s*[0-9０-９]{1,5})?\s*】/;

/** Whether the line opens with a casebook heading (`【…#YYYY-NNN】` or `【…#YYYY】`). */
export function isCasebookHeading(line: string): boolean {
  return CASEBOOK_HEADING.test(line);
}
