import { describe, expect, it } from 'vitest';
import { addDays, eraToYear, fiscalYearRange, isRangeGap, isValidDate, parseJaDate, resolveDates, scanDates } from '../../src/core/dates.js';

describe('parseJaDate', () => {
  it('reads Western and era dates', () => {
    expect(parseJaDate('2024年11月26日')).toBe('2024-11-26');
    expect(parseJaDate('2024/11/26')).toBe('2024-11-26');
    expect(parseJaDate('2024-11-26')).toBe('2024-11-26');
    // seed-001-05: 令和5年10月2日(月曜日)
    expect(parseJaDate('令和5年10月2日(月曜日)')).toBe('2023-10-02');
    expect(parseJaDate('令和６年１１月２２日')).toBe('2024-11-22');
    expect(parseJaDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseJaDate('平成31年4月30日')).toBe('2019-04-30');
    expect(parseJaDate('R6.11.22')).toBe('2024-11-22');
    expect(parseJaDate('H29/4/1')).toBe('2017-04-01');
  });
  it('supplies the year from context', () => {
    // seed-000-02: 11月24日(日)弊社システムの検知により
    expect(parseJaDate('11月24日(日)弊社システムの検知により', { year: 2024 })).toBe('2024-11-24');
    expect(parseJaDate('11月24日(日)')).toBeNull();
  });
  it('rejects impossible dates and month-only mentions', () => {
    expect(parseJaDate('2024年2月30日')).toBeNull();
    expect(parseJaDate('2024年13月1日')).toBeNull();
    expect(parseJaDate('2024年6月')).toBeNull();
    expect(parseJaDate('2024年2月29日')).toBe('2024-02-29');
    expect(parseJaDate('2023年2月29日')).toBeNull();
  });
  it('tolerates times of day', () => {
    // seed-000-04: 2024年11月25日未明 ; seed-002-08: 2022年11月17日、午前6時頃
    expect(parseJaDate('2024年11月25日未明、')).toBe('2024-11-25');
    expect(parseJaDate('2022年11月17日、午前6時頃')).toBe('2022-11-17');
    expect(parseJaDate('2024年12月1日9時時点')).toBe('2024-12-01');
  });
});

describe('scanDates + resolveDates', () => {
  it('resolves day-only and 同月 mentions from the previous date', () => {
    const t = '2024年11月24日~同月30日にかけて';
    const r = resolveDates(scanDates(t));
    expect(r.map((x) => x.date)).toEqual(['2024-11-24', '2024-11-30']);
    expect(isRangeGap(t.slice(r[0].end, r[1].start))).toBe(true);
  });
  it('does not take durations for days', () => {
    expect(scanDates('10日間停止し、3日後に再開').filter((m) => m.kind === 'd')).toEqual([]);
  });
  it('reads 2021年6月28日~2024年5月30日の期間 as a range', () => {
    const t = '2021年6月28日~2024年5月30日の期間に';
    const r = resolveDates(scanDates(t));
    expect(r.map((x) => x.date)).toEqual(['2021-06-28', '2024-05-30']);
    expect(isRangeGap(t.slice(r[0].end, r[1].start))).toBe(true);
  });
  it('moves a month-day after the announcement a year back', () => {
    const r = resolveDates(scanDates('12月20日に判明'), { year: 2025, notAfter: '2025-01-10' });
    expect(r[0].date).toBe('2024-12-20');
  });
  it('uses the fiscal year for months of 年度', () => {
    const r = resolveDates(scanDates('令和5年度 1月15日'));
    expect(r[1].date).toBe('2024-01-15');
  });
  it('takes no context from a span of fiscal years (cohorts)', () => {
    const r = resolveDates(scanDates('2025年3月7日、検知。2018年度から2022年度に在籍していた教職員。3月7日、覚知'));
    expect(r[r.length - 1].date).toBe('2025-03-07');
  });
  it('reads PDF-spaced dates (2024 年 11 月 25 日)', () => {
    expect(resolveDates(scanDates('2024 年 11 月 25 日、弊社'))[0].date).toBe('2024-11-25');
  });
});

describe('calendar helpers', () => {
  it('converts eras', () => {
    expect(eraToYear('令和', '元')).toBe(2019);
    expect(eraToYear('平成', 31)).toBe(2019);
    expect(eraToYear('平成', 29)).toBe(2017);
  });
  it('adds days across months and years', () => {
    expect(addDays('2023-09-27', 1)).toBe('2023-09-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('checks the calendar by hand', () => {
    expect(isValidDate(2024, 2, 30)).toBe(false);
    expect(fiscalYearRange(2017)).toEqual({ from: '2017-04-01', to: '2018-03-31' });
  });
});

describe('scanDates (OCR spacing)', () => {
  it('reads month and day digits split by a space', () => {
    expect(parseJaDate('1 0月 3 1 日', { year: 2023 })).toBe('2023-10-31');
    expect(parseJaDate('1 0月3 1日午前7時', { year: 2023 })).toBe('2023-10-31');
    expect(parseJaDate('10月 1 日', { year: 2023 })).toBe('2023-10-01');
  });
});

describe('resolveDates: a written weekday picks the year', () => {
  it('reads 4月14日(月) after a mention of 2023 as 2025-04-14, the nearest year where it is a Monday', () => {
    const text = '令和5年度(2023年度)卒業アルバムの件。4月14日(月)に文書を受理しました。';
    const r = resolveDates(scanDates(text), { year: 2025, notAfter: '2025-04-18' });
    expect(r.at(-1)!.date).toBe('2025-04-14');
  });
  it('keeps the context year when the weekday fits it', () => {
    const r = resolveDates(scanDates('11月24日(日)に確認しました。'), { year: 2024, notAfter: '2024-11-26' });
    expect(r[0].date).toBe('2024-11-24');
  });
});
