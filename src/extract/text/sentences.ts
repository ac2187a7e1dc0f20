/**
 * Sentence spans of normalised report text. Japanese statements end at 。 (or !/?) and press
 * releases put list items and headings on their own lines, so both end a sentence.
 */

/** How far after its `(` a 。 still counts as inside a bracketed note. */
const MAX_BRACKET = 40;

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Returns the sentence start offsets of `text`, followed by `text.length` (sorted, linear time). */
export function sentenceStarts(text: string): Int32Array {
  const starts: number[] = [0];
  // A 。 inside a short bracket (`(以下、「本学」という。)`) ends no sentence; a line break always does.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) open = i; // (
    else if (c === 0x29) open = -1; // )
    // 。 \n ! ? (the normaliser folds full-width ！？ to ASCII)
    if (c === 10) {
      open = -1;
      starts.push(i + 1);
    } else if ((c === 0x3002 || c === 33 || c === 63) && !(open >= 0 && i - open <= MAX_BRACKET)) starts.push(i + 1);
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

/**
 * Returns the non-empty line before the one starting at `lineStart` (a heading, a label), at most
 * its last `max` characters.
 */
export function lineBefore(text: string, lineStart: number, max = Infinity): string {
  let e = lineStart - 1;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  const s = text.lastIndexOf('\n', e - 1) + 1;
  return text.slice(Math.max(s, e - max), e);
}
