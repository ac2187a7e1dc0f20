/**
 * Japanese text normalisation with a map back to the original offsets.
 *
 * NFKC per code point (full-width digits and Latin, half-width kana, ㈱, Kangxi radicals from PDFs),
 * one dash and one wave dash, and the common spelling variants folded to one form
 * (漏洩/漏れい → 漏えい, メイル → メール, 恐れ/虞 → おそれ). Rules match on the normalised text
 * and report evidence in original offsets through `map`.
 */

export interface Normalized {
  readonly text: string;
  /** map[i] is the original UTF-16 offset of normalised unit i; map[text.length] is the original length. */
  readonly map: Int32Array;
}

const DASHES = /[\u2010-\u2015\u2212\uFF0D\u2500\u2501\uFE63]/;
const WAVES = /[\u301C\uFF5E\u223C\u223E]/;
const SPACES = /[\u00A0\u2000-\u200B\u3000\u202F\u205F\uFEFF]/;

/** Spelling variants folded after NFKC; each pair is [variant, canonical]. */
const VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['漏洩', '漏えい'],
  ['漏れい', '漏えい'],
  ['メイル', 'メール'],
  ['恐れ', 'おそれ'],
  ['虞', 'おそれ'],
];

const memo = new Map<number, string>();
function nfkcOf(cp: number, ch: string): string {
  if (cp < 0x80) return ch;
  let r = memo.get(cp);
  if (r === undefined) {
    r = ch.normalize('NFKC');
    if (DASHES.test(ch)) r = '-';
    else if (WAVES.test(ch)) r = '~';
    else if (SPACES.test(ch)) r = ' ';
    memo.set(cp, r);
  }
  return r;
}

/** Returns the normalised text of `s` and the offset map back to `s`. Linear in the input. */
export function normalizeJa(s: string): Normalized {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? s.slice(i, i + 2) : s[i];
    const n = nfkcOf(cp, ch);
    if ((n === '\u3099' || n === '\u309A') && out.length > 0) {
      const composed = (out[out.length - 1] + n).normalize('NFC');
      if (composed.length === 1) {
        out[out.length - 1] = composed;
        i += width;
        continue;
      }
    }
    for (let k = 0; k < n.length; k++) {
      out.push(n[k]);
      map.push(i);
    }
    i += width;
  }
  map.push(s.length);
  let text = out.join('');
  let m = map;
  for (const [from, to] of VARIANTS) {
    if (text.includes(from)) ({ text, map: m } = replaceMapped(text, m, from, to));
  }
  return { text, map: Int32Array.from(m) };
}

function replaceMapped(text: string, map: number[], from: string, to: string): { text: string; map: number[] } {
  const outText: string[] = [];
  const outMap: number[] = [];
  let i = 0;
  for (;;) {
    const j = text.indexOf(from, i);
    const stop = j < 0 ? text.length : j;
    outText.push(text.slice(i, stop));
    for (let k = i; k < stop; k++) outMap.push(map[k]);
    if (j < 0) break;
    outText.push(to);
    // Every unit of the replacement points at the start of the variant, the last one at its last unit.
    for (let k = 0; k < to.length; k++) outMap.push(map[j + Math.min(k, from.length - 1)]);
    i = j + from.length;
  }
  outMap.push(map[text.length]);
  return { text: outText.join(''), map: outMap };
}

/** Maps a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const len = n.text.length;
  const s = n.map[Math.max(0, Math.min(start, len))];
  if (end <= start) return { start: s, end: s };
  const last = n.map[Math.min(end, len) - 1];
  let e = n.map[Math.min(end, len)];
  // Several normalised units may come from one original unit (㈱ → (株)): end just past it.
  if (e <= last) e = last + 1;
  return { start: s, end: Math.max(s, e) };
}

/** NFKC plus case folding, as the search index sees text. */
export function searchNormalize(s: string): string {
  return normalizeJa(s).text.toLowerCase();
}
