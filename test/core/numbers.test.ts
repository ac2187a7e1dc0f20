import { describe, expect, it } from 'vitest';
import { parseJaNumber, parseQuantity, scanQuantities } from '../../src/core/numbers.js';

describe('parseJaNumber', () => {
  it('reads Arabic, kanji and mixed numbers', () => {
    expect(parseJaNumber('1,234')).toBe(1234);
    expect(parseJaNumber('5万')).toBe(50000);
    expect(parseJaNumber('2万7千')).toBe(27000);
    expect(parseJaNumber('1万2,000')).toBe(12000);
    expect(parseJaNumber('十三')).toBe(13);
    expect(parseJaNumber('1.2万')).toBe(12000);
    expect(parseJaNumber('1億5493万')).toBe(154930000);
    expect(parseJaNumber('二千五百')).toBe(2500);
    expect(parseJaNumber('万')).toBeNull();
  });
});

describe('scanQuantities', () => {
  it('reads units and keeps qualifiers out of the value', () => {
    // seed-000-01: メール約5万件が送信された
    expect(parseQuantity('メール約5万件が送信')).toEqual({ value: 50000, unit: '件' });
    // seed-004-02: 約25万人分の個人情報
    expect(parseQuantity('約25万人分の個人情報')).toEqual({ value: 250000, unit: '人分' });
    // seed-002-11: 最大で147,545名の個人情報
    expect(parseQuantity('最大で147,545名')).toEqual({ value: 147545, unit: '名' });
    // seed-003-05: 13,400人分
    expect(parseQuantity('１３，４００人分')).toEqual({ value: 13400, unit: '人分' });
    expect(parseQuantity('個人情報約2万7千件')).toEqual({ value: 27000, unit: '件' });
    expect(parseQuantity('1万2,000件以上')).toEqual({ value: 12000, unit: '件' });
    const q = scanQuantities('約5万件以上');
    expect(q[0].qualifiers).toEqual(['約', '以上']);
  });
  it('skips unstated numbers and words', () => {
    // seed-000-01 title: 数万件の不審メール
    expect(scanQuantities('数万件の不審メール')).toEqual([]);
    expect(scanQuantities('お一人ひとりに')).toEqual([]);
  });
  it('reads PDF-spaced numbers (約1 7, 0 0 0名)', () => {
    expect(scanQuantities('会員様約1 7, 0 0 0名、')[0].value).toBe(17000);
  });
  it('is linear on long digit runs', () => {
    const t0 = performance.now();
    scanQuantities('1,'.repeat(50000) + 'x');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('scanQuantities units', () => {
  it('reads 名分 as one unit (のべ378名分の)', () => {
    expect(parseQuantity('のべ378名分の個人情報')).toEqual({ value: 378, unit: '名分' });
  });
});

describe('scanQuantities qualifiers', () => {
  it('reads the qualifier written before the number, spaced or not', () => {
    const q = scanQuantities('個人データの件数:約 100 件、合計 2,000名、計5件、延べ11,310件');
    expect(q.map((x) => [x.value, x.unit, x.qualifiers])).toEqual([
      [100, '件', ['約']], [2000, '名', ['合計']], [5, '件', ['計']], [11310, '件', ['延べ']],
    ]);
    expect(q[0].start).toBe('個人データの件数:'.length);
  });
});


describe('scanQuantities: word units', () => {
  it('reads アドレス, メール and カ所 only as whole words', () => {
    const u = (t: string) => scanQuantities(t).map((q) => `${q.value}${q.unit}`);
    expect(u('78,382 アドレス、3,569,937 メール、約2千カ所、3箇所、5ヶ所')).toEqual(['78382アドレス', '3569937メール', '2000カ所', '3カ所', '5カ所']);
    expect(u('2 メールアドレス 3 アドレス帳')).toEqual([]);
  });
});

describe('scanQuantities: product names', () => {
  it('skips numbers that end a product name, keeps PC30台', () => {
    expect(scanQuantities('Microsoft365 アカウント').length).toBe(0);
    expect(scanQuantities('PC30台').map((q) => q.value)).toEqual([30]);
  });
});

describe('scanQuantities: a count labelled by 数', () => {
  it('reads 人数889名 and ファイル数488個, but not 数万件 or 十数件', () => {
    const qs = scanQuantities('件数:ファイル数488個、実人数889名。数万件、十数件の問い合わせ').map((q) => `${q.value}${q.unit}`);
    expect(qs).toEqual(['488個', '889名']);
  });
});
