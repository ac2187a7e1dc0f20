/**
 * The search index's view of a report: its text normalised as queries are (NFKC, spelling
 * variants, lower case), and the overlapping pairs of letters and digits of that text.
 * Pure, so the analysing threads compute it ahead of the database write.
 */
import { searchNormalize } from '../core/normalize.js';
import type { SearchIndexEntry } from './store.js';
import { STOP_BIGRAMS } from './stop-bigrams.js';

const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;

/** Whether the code unit at `i` starts a letter or digit (the characters unicode61 keeps in tokens). */
function isTokenAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x4e00 && c <= 0x9fff)) return true;
  if (c >= 0x3000 && c <= 0x303f) return c === 0x3005 || c === 0x3006 || c === 0x3007; // 々〆〇; the rest is punctuation
  return TOKEN_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Returns the search index entry of a report text: its normalised form and that form's letter pairs. */
export function searchIndexEntry(text: string, normalized?: string): SearchIndexEntry {
  // `normalized` is normalizeJa(text).text when the caller has it already.
  const search_text = normalized !== undefined ? normalized.toLowerCase() : searchNormalize(text);
  return { search_text, bigrams: bigramsOf(search_text) };
}

/** Returns the distinct pairs of letters/digits of a normalised text that the index holds: all but the stop pairs. */
export function indexedBigrams(s: string): string[] {
  const out: string[] = [];
  for (const b of bigramSet(s)) if (!STOP_BIGRAMS.has(b)) out.push(b);
  return out;
}

/** Token-character test of each UTF-16 unit, filled on demand: 0 unknown, 1 letter or digit, 2 not. */
const TOKEN_UNIT = new Uint8Array(65536);

function isTokenUnit(c: number): boolean {
  let t = TOKEN_UNIT[c];
  if (t === 0) {
    t = isTokenAt(String.fromCharCode(c), 0) ? 1 : 2;
    TOKEN_UNIT[c] = t;
  }
  return t === 1;
}

/**
 * A set of char pairs as 32-bit keys (`first << 16 | second`), open addressing over typed arrays:
 * deduplicating a report's pairs this way costs a fraction of a Set of two-char strings.
 */
class PairSet {
  private keys = new Int32Array(1024);
  private used = new Uint8Array(1024);
  /** 32 minus log2 of the table size: a multiplicative hash keeps its top bits, as many as the table needs. */
  private shift = 22;

  /** Empties the set, sized for up to `capacity` keys at most half full. */
  clear(capacity: number): void {
    let n = 1024;
    while (n < capacity * 2) n <<= 1;
    if (n !== this.keys.length) {
      this.keys = new Int32Array(n);
      this.used = new Uint8Array(n);
      this.shift = 32 - Math.log2(n);
    } else this.used.fill(0);
  }

  /** Returns the slot holding the key, or the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.used[i] && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Adds the key; returns false when it was there already. */
  add(key: number): boolean {
    const i = this.slot(key);
    if (this.used[i]) return false;
    this.used[i] = 1;
    this.keys[i] = key;
    return true;
  }

  has(key: number): boolean {
    return this.used[this.slot(key)] === 1;
  }
}

const pairKey = (a: number, b: number) => (a << 16) | b;
const STOP_KEYS = new PairSet();
STOP_KEYS.clear(STOP_BIGRAMS.size);
for (const b of STOP_BIGRAMS) if (b.length === 2) STOP_KEYS.add(pairKey(b.charCodeAt(0), b.charCodeAt(1)));
const seenPairs = new PairSet();
const SURROGATE = /[\uD800-\uDFFF]/;
/** UTF-16 in the platform's byte order, as a Uint16Array holds it. */
const utf16 = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

/**
 * Returns the space-separated pairs of letters/digits of a normalised text that the index keeps
 * (`indexedBigrams(s).join(' ')`; see stop-bigrams.ts). Computed over UTF-16 units with integer keys,
 * as it is for every stored report; texts with characters outside the BMP take the general path.
 */
export function bigramsOf(s: string): string {
  if (SURROGATE.test(s)) return indexedBigrams(s).join(' ');
  seenPairs.clear(s.length);
  const out = new Uint16Array(s.length * 3);
  let o = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isTokenUnit(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const key = pairKey(prev, c);
      if (!STOP_KEYS.has(key) && seenPairs.add(key)) {
        if (o > 0) out[o++] = 0x20;
        out[o++] = prev;
        out[o++] = c;
      }
    }
    prev = c;
  }
  return utf16.decode(out.subarray(0, o));
}

/** Returns the distinct overlapping pairs of letters/digits of a normalised text. */
export function bigramSet(s: string): Set<string> {
  const seen = new Set<string>();
  let prevStart = -1;
  for (let i = 0; i < s.length; ) {
    const width = s.codePointAt(i)! > 0xffff ? 2 : 1;
    if (isTokenAt(s, i)) {
      if (prevStart >= 0) seen.add(s.slice(prevStart, i + width));
      prevStart = i;
    } else prevStart = -1;
    i += width;
  }
  return seen;
}

