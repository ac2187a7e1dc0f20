/**
 * The release-archive Markdown layout: one release per file, a `# 公表概要` header whose items are
 * the title, the date, the organisation and the URL, then `# 本文`. Such a document is one report
 * whether or not ingest gave its boundaries.
 */
import type { Segment } from '../core/model.js';
import type { Line } from './lines.js';

/** The header heading: `# 公表概要` (or a variant such as `# 公表概要(続報)`, or an empty `#`). */
const HEADER_HEADING = /^\s*#(?:\s.*)?$/;
const SUMMARY_HEADING = /^\s*#\s*公表概要/;
const BODY_HEADING = /^\s*#\s*本文\s*$/;
const HEADER_ITEM = /^\s*[-*]\s*(\S.*?)\s*$/;

/**
 * Returns the one segment of an archive-layout document, or null when the document does not open
 * with `# 公表概要` (or with another level-1 heading followed by `- ` items and, further down,
 * `# 本文`). The segment starts at that heading (the header is part of the report); its
 * title line is the header's first item, `title` that item's text.
 */
export function archiveSegment(lines: readonly Line[]): Segment[] | null {
  const first = lines.findIndex((l) => !l.blank);
  if (first < 0 || !HEADER_HEADING.test(lines[first].text)) return null;
  const item = first + 1 < lines.length ? HEADER_ITEM.exec(lines[first + 1].text) : null;
  const archive = SUMMARY_HEADING.test(lines[first].text) || (item !== null && lines.some((l) => BODY_HEADING.test(l.text)));
  if (!archive) return null;
  let last = lines.length - 1;
  while (last > first && lines[last].blank) last--;
  let titleLine = first;
  let title = lines[first].text;
  if (item) {
    titleLine = first + 1;
    title = item[1];
  }
  return [{ start: lines[first].start, end: lines[last].end, line: titleLine + 1, title }];
}
