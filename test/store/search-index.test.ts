import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramSet, bigramsOf, indexedBigrams, searchIndexEntry } from '../../src/store/search-index.js';

/** The definition: every pair of adjacent letters/digits (by code point), first occurrence first. */
function pairsByDefinition(s: string): string[] {
  const chars = Array.from(s);
  const letter = (ch: string) => /[\p{L}\p{N}\p{Co}]/u.test(ch);
  const out: string[] = [];
  for (let i = 1; i < chars.length; i++) if (letter(chars[i - 1]) && letter(chars[i])) out.push(chars[i - 1] + chars[i]);
  return [...new Set(out)];
}

describe('search index entry', () => {
  it('pairs the letters and digits of a report, skipping punctuation and spaces', () => {
    const { search_text, bigrams } = searchIndexEntry('ＵＳＢメモリを紛失、個人情報 2件');
    expect(search_text).toBe('usbメモリを紛失、個人情報 2件');
    // `個人`, `人情` and `情報` are among the commonest pairs, which the index leaves out (stop-bigrams.ts).
    expect(bigrams.split(' ')).toEqual(['us', 'sb', 'bメ', 'メモ', 'モリ', 'リを', 'を紛', '紛失', '2件']);
    expect([...bigramSet(search_text)]).toEqual(['us', 'sb', 'bメ', 'メモ', 'モリ', 'リを', 'を紛', '紛失', '個人', '人情', '情報', '2件']);
  });

  it('keeps characters outside the BMP (𠮷野家) as whole pairs', () => {
    expect([...bigramSet('𠮷野家の𠮷𠮷')]).toEqual(['𠮷野', '野家', '家の', 'の𠮷', '𠮷𠮷']);
  });

  it('equals the definition on any string, lone surrogates included', () => {
    const alphabet = fc.constantFrom('漏', 'え', 'い', 'U', 's', '1', '、', ' ', '𠮷', '\ud800', '\udc00', 'ー', '々', '!', 'ａ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect([...bigramSet(s)]).toEqual(pairsByDefinition(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the index entry exactly as the indexed pairs, in order, on any string', () => {
    const alphabet = fc.constantFrom('漏', 'え', 'い', '情', '報', 'U', 's', '1', '、', ' ', '𠮷', '\ud800', '\udc00', 'ー', '々', '!', 'ａ', '不', '正');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        expect(bigramsOf(s)).toBe(indexedBigrams(s).join(' '));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the entry of a long text with many distinct pairs (a table far past its first size) exactly', () => {
    let s = '';
    for (let i = 0; i < 50_000; i++) s += String.fromCharCode(0x4e00 + ((i * 7919) % 20_000));
    expect(bigramsOf(s)).toBe(indexedBigrams(s).join(' '));
  });
});
