import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/extract/input.js';
import { extractDates } from '../../src/extract/rules/dates.js';

const run = (t: string, ctx = {}) => {
  const d = extractDates(prepareInput(t, ctx));
  return { a: d.announced_on.value, d: d.discovered_on.value, f: d.period_from.value, t: d.period_to.value };
};

describe('extractDates', () => {
  it('takes the trailing title date and supplies its year to the body', () => {
    const r = run('【セキュリティ事件簿#2024-521】オイシックス・ラ・大地株式会社 当社WEBサイトへの「なりすましログイン」への対応に関して 2024/11/26\n\n11月24日(日)弊社システムの検知により、なりすましログインの発生を確認いたしました。');
    expect(r.a).toBe('2024-11-26');
    expect(r.d).toBe('2024-11-24');
  });
  it('gives no announcement date for a day without month (seed-000-01)', () => {
    expect(run('【セキュリティ事件簿#2024-522】福島県警、…\n\n福島県警は26日、外部用の電子メールのサーバーが不正に中継されたと発表した。').a).toBeNull();
  });
  it('reads 昨日(2023/9/27) as announced the day after (seed-003-07)', () => {
    expect(run('【セキュリティ事件簿#2023-394】兼松株式会社 元従業員の逮捕について\n\n昨日(2023/9/27)、元従業員が逮捕されました。').a).toBe('2023-09-28');
  });
  it('reads the stated window (seed-000-07)', () => {
    const r = run('株式会社銀時 お詫び 2024/11/25\n2024年7月29日、調査の結果、2021年6月28日~2024年5月30日の期間に本件サイトにてご注文時に入力されたお客様のクレジットカード情報が漏えいした可能性があることを確認いたしました。');
    expect([r.f, r.t]).toEqual(['2021-06-28', '2024-05-30']);
  });
  it('uses the archive header date', () => {
    const r = run('# 公表概要\n- お知らせ\n- 2024年12月20日\n- 兵庫県赤穂市\n- https://x\n\n# 本文\n令和6年12月18日(水)8時30分に業者からの連絡により、異常が発生していることが判明しました。\n');
    expect(r.a).toBe('2024-12-20');
    expect(r.d).toBe('2024-12-18');
  });
});
