/**
 * Properties of the whole extractor: it never throws, every evidence span points into the
 * text it quotes, and it runs in linear time on pathological input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractReport } from '../../src/extract/index.js';
import type { Extraction } from '../../src/core/model.js';

function checkSpans(text: string, r: Extraction): void {
  for (const e of r.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.start).toBeLessThanOrEqual(e.end);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.quote).toBe(text.slice(e.start, e.end));
    expect(typeof e.rule).toBe('string');
  }
}

/** Pieces of real report language, shuffled into Japanese-heavy strings. */
const PIECES = [
  '【セキュリティ事件簿#2024-522】', '不正アクセス', 'を受け', '個人情報', 'が漏えいした', '可能性', 'があります', 'は確認されておりません',
  '否定できない', 'ではなく', '。', '、', '\n', '氏名', '住所', 'クレジットカード情報', 'は含まれておりません', '第2報', '続報', '(追記)',
  '令和6年', '11月26日', '約5万件', '1,000', '~', '-', '「', '」', '(', ')', 'ランサムウェア', '二次被害', '警察に相談', '㈱', 'ｶﾞ', '①',
  '# 公表概要\n- ', '# 本文\n', '# 公表種別\n- 続報\n', '漏洩', '恐れ', 'メイル', '\u3000', '\uFEFF', '\u0301', '😀', '\uD800',
];
const japanese = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const kanaKanji = fc.string({ unit: fc.integer({ min: 0x3000, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

describe('extractReport properties', () => {
  it('never throws and keeps spans inside the text (grapheme strings)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => checkSpans(s, extractReport(s))), { numRuns: 300 });
  });
  it('never throws and keeps spans inside the text (binary strings, lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkSpans(s, extractReport(s))), { numRuns: 300 });
  });
  it('never throws and keeps spans inside the text (Japanese-heavy strings)', () => {
    fc.assert(fc.property(japanese, (s) => checkSpans(s, extractReport(s))), { numRuns: 400 });
    fc.assert(fc.property(kanaKanji, (s) => checkSpans(s, extractReport(s))), { numRuns: 200 });
  });
  it('handles a 1 MB report', () => {
    const unit = '【セキュリティ事件簿#2024-521】株式会社例 不正アクセスによる個人情報漏えいの可能性について\n氏名、住所、電話番号が流出した可能性があります。二次被害は確認されておりません。警察に相談しました。\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const r = extractReport(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.leak).toBe('possible');
    checkSpans(text, r);
  }, 60_000);

  const PATHOLOGICAL: Record<string, string> = {
    digits: '1,', kanjiMan: '万', kanjiNen: '年', maru: '。', bracket: '【', wave: '~', kanji: '漏', dash: '-', paren: '(',
  };
  for (const unit of Object.values(PATHOLOGICAL)) {
    it(`runs in linear time on repeated ${JSON.stringify(unit)}`, () => {
      // The best of three runs: other tests share the machine, and a pause of theirs is no slope of ours.
      const time = (n: number) => {
        const text = unit.repeat(Math.ceil(n / unit.length));
        let best = Infinity;
        for (let k = 0; k < 3; k++) {
          const t0 = performance.now();
          extractReport(text);
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      time(10_000); // warm-up
      const t100 = time(100_000);
      const t200 = time(200_000);
      expect(t100).toBeLessThan(5_000);
      // Linear: doubling the input must not quadruple the time (floor against timer noise).
      expect(t200).toBeLessThan(4 * Math.max(t100, 100));
    }, 60_000);
  }
});
