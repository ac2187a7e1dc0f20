import { describe, expect, it } from 'vitest';
import { normalizeJa, toOriginalSpan } from '../../src/core/normalize.js';

describe('normalizeJa', () => {
  it('folds width, dashes and variants and maps offsets back', () => {
    const s = '令和６年１１月２２日〜２３日に漏洩';
    const n = normalizeJa(s);
    expect(n.text).toBe('令和6年11月22日~23日に漏えい');
    const i = n.text.indexOf('漏えい');
    expect(s.slice(toOriginalSpan(n, i, i + 3).start, toOriginalSpan(n, i, i + 3).end)).toBe('漏洩');
  });
});
