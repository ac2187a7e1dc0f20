/**
 * Segmentation: Document → the reports it holds. Pure: no I/O, imports only from core.
 *
 * A scraped blog page holds many posts one after another; a release from the archive holds one.
 * Post starts are found from the layout (blank lines around a title line) and the language of the
 * line (headline, not sentence, section heading or trailer); see `starts.ts`. A document in the
release-archive layout (`# 公表概要` …) is one report; see `archive.ts`.
 */
import type { Document, Segment } from '../core/model.js';
import { archiveSegment } from './archive.js';
import { fold, isPageChrome } from './headline.js';
import { lineContext, splitLines, type Line } from './lines.js';
import { findStarts } from './starts.js';

export { isCasebookHeading } from './casebook.js';

/**
 * Returns the reports of a document as slices of its text: the boundaries the format gave
 * (`doc.segments`) unchanged, else one segment per post found, else one segment from the first
 * non-blank line. Segments are in text order and do not overlap; each runs from the start of its
 * title line to its last non-blank line.
 *
 * @example
 * segmentDocument({ ...doc, text: '【セキュリティ事件簿#2024-1】A社 …\n\n\n本文。\n' })
 * // → [{ start: 0, end: 28, line: 1, title: '【セキュリティ事件簿#2024-1】A社 …' }]
 */
export function segmentDocument(doc: Document): Segment[] {
  if (doc.segments) return [...doc.segments];
  const lines = splitLines(doc.text);
  const archive = archiveSegment(lines);
  if (archive) return archive;
  // A release of the archive is one report even when its header is not the usual one.
  if (doc.format === 'archive-md') return wholeDocument(lines);
  const ctx = lineContext(lines);
  const starts = findStarts(ctx).map((s) => s.index);
  const first = lines.findIndex((l) => !l.blank && !isPageChrome(fold(l.text)));
  // Text above the first post that is no page chrome is a report whose title went undetected.
  if (first >= 0 && (starts.length === 0 || first < starts[0])) starts.unshift(first);
  if (starts.length === 0) return wholeDocument(lines);
  return starts.map((s, k) => sliceOf(lines, s, k + 1 < starts.length ? starts[k + 1] : lines.length));
}

/** One segment from the first non-blank line to the end, or none for a blank document. */
function wholeDocument(lines: readonly Line[]): Segment[] {
  const first = lines.findIndex((l) => !l.blank);
  return first < 0 ? [] : [sliceOf(lines, first, lines.length)];
}

/** The segment whose title is line `from` and which ends before line `to`, trailing blank lines and chrome trimmed. */
function sliceOf(lines: readonly Line[], from: number, to: number): Segment {
  let last = to - 1;
  while (last > from && (lines[last].blank || isPageChrome(fold(lines[last].text)))) last--;
  const title = lines[from];
  return { start: title.start, end: lines[last].end, line: from + 1, title: title.text };
}
