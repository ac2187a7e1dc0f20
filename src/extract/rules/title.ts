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

/** Returns the headline: the first line without the 【…】 prefix and without a trailing date. */
export function extractTitle(input: ReportInput): FieldResult<string> {
  if (input.titleStart > 0 || input.bodyStart > 0) {
    if (input.titleEnd <= input.titleStart) return { value: input.context.title ?? '', evidence: [] };
    const ev = evidenceAt(input, 'title', '', input.titleStart, input.titleEnd, 'title.archive_header');
    return { value: ev.quote, evidence: [{ ...ev, value: ev.quote }] };
  }
  const line = input.raw.slice(0, input.raw.indexOf('\n') < 0 ? input.raw.length : input.raw.indexOf('\n'));
  let start = 0;
  const prefix = /^\s*【[^】]*】\s*/.exec(line);
  if (prefix && /#|事件簿|速報|続報/.test(prefix[0])) start = prefix[0].length;
  let end = line.length;
  // Only the tail can hold a trailing date; matching the tail keeps a long run of spaces linear.
  const tailFrom = Math.max(start, line.length - 80);
  const tail = line.slice(tailFrom).normalize('NFKC');
  const m = tail.length === line.length - tailFrom ? TRAILING_DATE.exec(tail) : null;
  if (m && tailFrom + m.index > start) end = tailFrom + m.index;
  while (end > start && /\s/.test(line[end - 1])) end--;
  const title = line.slice(start, end);
  return {
    value: title,
    evidence: [{ field: 'title', value: title, start, end, quote: title, rule: 'title.first_line' }],
  };
}
