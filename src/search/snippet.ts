/**
 * Snippets with the query highlighted: a window of the original report text around the first
 * match, with the spans of every match inside it (offsets into `text` of the snippet).
 */
import type { QueryTerm } from '../store/index.js';
import { normalizeJa, toOriginalSpan } from '../core/normalize.js';

export interface Snippet {
  readonly text: string;
  readonly highlights: ReadonlyArray<readonly [number, number]>;
  /** True when the window starts after the beginning / ends before the end of the report. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

/** Returns all [start, end) spans in the original `text` where a positive term matches. */
export function matchSpans(text: string, terms: readonly QueryTerm[]): Array<[number, number]> {
  const n = normalizeJa(text);
  const lower = n.text.toLowerCase();
  if (lower.length !== n.text.length) return [];
  const spans: Array<[number, number]> = [];
  for (const t of terms) {
    if (t.negated || !t.text) continue;
    for (let i = lower.indexOf(t.text); i >= 0; i = lower.indexOf(t.text, i + t.text.length)) {
      const o = toOriginalSpan(n, i, i + t.text.length);
      spans.push([o.start, o.end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Returns a snippet of about `width` characters around the first match (or the start of the body). */
export function makeSnippet(text: string, terms: readonly QueryTerm[], width = 120): Snippet {
  const spans = matchSpans(text, terms);
  const firstBody = text.indexOf('\n') + 1;
  const anchor = spans.length ? spans[0][0] : firstBody;
  let start = Math.max(0, anchor - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const highlights = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as const);
  const merged: Array<readonly [number, number]> = [];
  for (const h of highlights) {
    const last = merged[merged.length - 1];
    if (last && h[0] < last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], h[1])];
    else merged.push(h);
  }
  const raw = text.slice(start, end);
  // Line breaks become spaces so a snippet reads as one line; lengths stay the same.
  return { text: raw.replace(/[\r\n\t]/g, ' '), highlights: merged, cutStart: start > 0, cutEnd: end < text.length };
}
