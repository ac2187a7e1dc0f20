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

/** Returns the space-separated pairs of letters/digits of a normalised text that the index keeps (see stop-bigrams.ts). */
export function bigramsOf(s: string): string {
  return indexedBigrams(s).join(' ');
}

/** Returns the distinct pairs of letters/digits of a normalised text that the index holds: all but the stop pairs. */
export function indexedBigrams(s: string): string[] {
  const out: string[] = [];
  for (const b of bigramSet(s)) if (!STOP_BIGRAMS.has(b)) out.push(b);
  return out;
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

