/**
 * Sentence spans of normalised report text. Japanese statements end at 。 (or !/?) and press
 * releases put list items and headings on their own lines, so both end a sentence.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Returns the sentence start offsets of `text`, followed by `text.length` (sorted, linear time). */
export function sentenceStarts(text: string): Int32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 。 \n ! ? (the normaliser folds full-width ！？ to ASCII)
    if (c === 0x3002 || c === 10 || c === 33 || c === 63) starts.push(i + 1);
  }
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return Int32Array.from(starts);
}

/** Returns the sentence [start, end) that contains `pos`, the end excluding its 。 or newline. */
export function sentenceAt(starts: Int32Array, text: string, pos: number): Span {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo];
  let end = lo + 1 < starts.length ? starts[lo + 1] : text.length;
  if (end > start && /[。\n!?]/.test(text[end - 1])) end--;
  return { start, end: Math.max(start, end) };
}

/** Returns the sentence spans of `text`, empty ones left out. */
export function sentences(text: string): Span[] {
  const starts = sentenceStarts(text);
  const out: Span[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const s = sentenceAt(starts, text, starts[i]);
    if (s.end > s.start) out.push(s);
  }
  return out;
}
