import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/extract/input.js';
import { extractCounts } from '../../src/extract/rules/counts.js';

const run = (t: string) => extractCounts(prepareInput('タイトル\n' + t));

describe('extractCounts', () => {
  it('reads e-mails sent without making them affected (seed-000-01)', () => {
    const r = run('不特定多数にメール約5万件が送信されたと発表した。');
    expect(r.counts.value).toEqual([{ value: 50000, kind: 'emails' }]);
    expect(r.affected.value).toBeNull();
  });
  it('takes the largest people/records count as affected and skips うち subsets', () => {
    const r = run('最大で147,545名の個人情報が漏洩した可能性があります。うち1,200名はカード情報も含まれます。');
    expect(r.affected.value).toBe(147545);
    expect(r.counts.value).toEqual([{ value: 147545, kind: 'people' }]);
  });
  it('reads 約25万人分 (seed-004-02)', () => {
    expect(run('約25万人分の個人情報にアクセスできる状態だった').affected.value).toBe(250000);
  });
});
