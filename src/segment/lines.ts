/**
 * The line view segmentation reads: each line with its UTF-16 span in the document text, and the
 * blank-line context around it (how many blank lines precede and follow, the next content line).
 */

export interface Line {
  /** 0-based line index; the 1-based line number is `index + 1`. */
  readonly index: number;
  /** UTF-16 offsets into the document text; `end` excludes the newline and a trailing CR. */
  readonly start: number;
  readonly end: number;
  /** The line as written, without its newline or a trailing CR. */
  readonly text: string;
  readonly blank: boolean;
}

/** Whitespace a scraped page leaves on "empty" lines: ASCII space/tab, NBSP, ideographic and zero-width spaces, BOM. */
const BLANK = /^[\s\u00A0\u2000-\u200B\u3000\u202F\u205F\uFEFF]*$/;

/** Whether a line holds nothing but whitespace (NBSP and zero-width spaces included). */
export function isBlankText(s: string): boolean {
  return BLANK.test(s);
}

/** Returns the lines of `text` (split on LF; a CR before the LF is not part of the line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const nl = text.indexOf('\n', start);
    let end = nl < 0 ? text.length : nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const t = text.slice(start, end);
    lines.push({ index, start, end, text: t, blank: isBlankText(t) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** Blank-line context of every line of one document, indexed by line. */
export interface LineContext {
  readonly lines: readonly Line[];
  /** Blank lines directly above line i; -1 when nothing but blank lines precedes it. */
  readonly blanksBefore: Int32Array;
  /** Blank lines directly below line i (up to the next content line or the end). */
  readonly blanksAfter: Int32Array;
  /** Index of the next / previous non-blank line, or -1. */
  readonly nextContent: Int32Array;
  readonly prevContent: Int32Array;
}

/** Returns the blank-line context of `lines`. */
export function lineContext(lines: readonly Line[]): LineContext {
  const n = lines.length;
  const blanksBefore = new Int32Array(n);
  const blanksAfter = new Int32Array(n);
  const nextContent = new Int32Array(n).fill(-1);
  const prevContent = new Int32Array(n).fill(-1);
  let run = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    blanksBefore[i] = last < 0 ? -1 : run;
    prevContent[i] = last;
    if (lines[i].blank) run++;
    else [run, last] = [0, i];
  }
  run = 0;
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    blanksAfter[i] = run;
    nextContent[i] = last;
    if (lines[i].blank) run++;
    else [run, last] = [0, i];
  }
  return { lines, blanksBefore, blanksAfter, nextContent, prevContent };
}
