/**
 * casebook_id and title: the 【セキュリティ事件簿#YYYY-NNN】 prefix and the headline without its
 * prefix and without a trailing date (and an organisation name after that date).
 */
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { casebookHeading } from '../../core/casebook.js';

/** A date at the end of a headline, optionally followed by a short organisation name. */
const TRAILING_DATE = /\s+(\d{4}年\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2})(\s+[^\s]{1,40})?\s*$/;

/** Returns the casebook number the title carries, or null. */
export function extractCasebookId(input: ReportInput): FieldResult<string | null> {
  const h = input.titleStart > 0 ? null : casebookHeading(input.norm.text.slice(0, input.titleEnd));
  if (!h) return { value: null, evidence: [] };
  return { value: h.id, evidence: [evidenceAt(input, 'casebook_id', h.id, h.start, h.end, 'casebook_id.heading')] };
}

/**
 * The headline within raw[start, end): without leading 【…】 tags (【セキュリティ事件簿#…】, 【重要】,
 * 【続報】…; a headline that is all one 【…】 keeps its inside) and without a trailing date.
 */
function headline(raw: string, start: number, end: number): { start: number; end: number } {
  for (;;) {
    const tag = /^\s*【[^】\n]{0,40}】\s*/.exec(raw.slice(start, end));
    if (!tag) break;
    if (start + tag[0].length >= end) {
      // The whole headline is one bracket: keep what is inside.
      const inner = /^\s*【([^】\n]*)】/.exec(raw.slice(start, end))!;
      const s0 = start + inner[0].indexOf(inner[1]);
      return { start: s0, end: s0 + inner[1].length };
    }
    start += tag[0].length;
  }
  // Only the tail can hold a trailing date; matching the tail keeps a long run of spaces linear.
  const tailFrom = Math.max(start, end - 80);
  const tail = raw.slice(tailFrom, end).normalize('NFKC');
  const m = tail.length === end - tailFrom ? TRAILING_DATE.exec(tail) : null;
  if (m && tailFrom + m.index > start) end = tailFrom + m.index;
  while (end > start && /\s/.test(raw[end - 1])) end--;
  return { start, end };
}

/** Returns the headline: the first line (or the archive header's title) without 【…】 tags and a trailing date. */
export function extractTitle(input: ReportInput): FieldResult<string> {
  let span: { start: number; end: number };
  let rule: string;
  if (input.titleStart > 0 || input.bodyStart > 0) {
    if (input.titleEnd <= input.titleStart) return { value: input.context.title ?? '', evidence: [] };
    const ev = evidenceAt(input, 'title', '', input.titleStart, input.titleEnd, 'title.archive_header');
    span = headline(input.raw, ev.start, ev.end);
    rule = 'title.archive_header';
  } else {
    const nl = input.raw.indexOf('\n');
    span = headline(input.raw, 0, nl < 0 ? input.raw.length : nl);
    rule = 'title.first_line';
  }
  const title = input.raw.slice(span.start, span.end);
  return { value: title, evidence: [{ field: 'title', value: title, start: span.start, end: span.end, quote: title, rule }] };
}
