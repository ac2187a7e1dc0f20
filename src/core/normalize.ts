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

/** Code units whose NFKC form is themselves and that no rule here changes: most Japanese text. */
function isPlain(c: number): boolean {
  return (
    c < 0x80 ||
    (c >= 0x3041 && c <= 0x3096) || // hiragana
    (c >= 0x30a1 && c <= 0x30fa) || // katakana
    c === 0x30fc || // ー
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    c === 0x3001 || c === 0x3002 || (c >= 0x300c && c <= 0x300f) // 、。「」『』
  );
}

/** Returns the normalised text of `s` and the offset map back to `s`. Linear in the input. */
export function normalizeJa(s: string): Normalized {
  const parts: string[] = [];
  let map = new Int32Array(s.length + 16);
  let n = 0;
  const grow = (need: number) => {
    if (n + need < map.length) return;
    const next = new Int32Array(Math.max(map.length * 2, n + need + 16));
    next.set(map);
    map = next;
  };
  let runStart = 0;
  const flush = (end: number) => {
    if (end <= runStart) return;
    parts.push(s.slice(runStart, end));
    grow(end - runStart);
    for (let k = runStart; k < end; k++) map[n++] = k;
  };
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isPlain(c)) {
      i++;
      continue;
    }
    flush(i);
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? s.slice(i, i + 2) : s[i];
    const out = nfkcOf(cp, ch);
    if ((out === '\u3099' || out === '\u309A') && parts.length > 0) {
      const prev = parts[parts.length - 1];
      const last = prev[prev.length - 1];
      const composed = (last + out).normalize('NFC');
      if (composed.length === 1) {
        parts[parts.length - 1] = prev.slice(0, -1) + composed;
        i += width;
        runStart = i;
        continue;
      }
    }
    parts.push(out);
    grow(out.length);
    for (let k = 0; k < out.length; k++) map[n++] = i;
    i += width;
    runStart = i;
  }
  flush(s.length);
  grow(1);
  map[n] = s.length;
  let text = parts.join('');
  let m: Int32Array = map.subarray(0, n + 1);
  for (const [from, to] of VARIANTS) {
    if (text.includes(from)) ({ text, map: m } = replaceMapped(text, m, from, to));
  }
  return { text, map: m };
}

function replaceMapped(text: string, map: Int32Array, from: string, to: string): { text: string; map: Int32Array } {
  let count = 0;
  for (let j = text.indexOf(from); j >= 0; j = text.indexOf(from, j + from.length)) count++;
  const outText: string[] = [];
  const outMap = new Int32Array(text.length + 1 + count * (to.length - from.length));
  let n = 0;
  let i = 0;
  for (;;) {
    const j = text.indexOf(from, i);
    const stop = j < 0 ? text.length : j;
    outText.push(text.slice(i, stop));
    outMap.set(map.subarray(i, stop), n);
    n += stop - i;
    if (j < 0) break;
    outText.push(to);
    // Every unit of the replacement points at the start of the variant, the last one at its last unit.
    for (let k = 0; k < to.length; k++) outMap[n++] = map[j + Math.min(k, from.length - 1)];
    i = j + from.length;
  }
  outMap[n] = map[text.length];
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
