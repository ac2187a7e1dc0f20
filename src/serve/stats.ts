/**
 * The statistics behind /stats, /stats.csv and /api/stats: five tables computed from the store
 * for one filter. Every chart is one of these tables drawn; the CSV is the same table.
 */
import type { ReportFilter, Store } from '../store/index.js';
import { CATEGORIES } from '../core/fields.js';
import { t, valueLabel, type Lang } from './i18n.js';

export const CHARTS = ['monthly', 'org_type', 'data_type', 'affected', 'organization'] as const;
export type ChartName = (typeof CHARTS)[number];

export interface Stats {
  readonly total: number;
  /** Months ascending; `series` holds one count per month for each category present. */
  readonly monthly: { readonly months: string[]; readonly series: Array<{ category: string; counts: number[] }> };
  readonly org_type: Array<{ value: string | null; count: number }>;
  readonly data_type: Array<{ value: string; count: number }>;
  readonly affected: Array<{ digits: number | null; label: string; count: number }>;
  readonly organization: Array<{ value: string; count: number }>;
}

/** Returns the bucket label of a number of digits: 1 → "1–9", 3 → "100–999", 0 → "0", null → null. */
export function bucketLabel(digits: number | null): string | null {
  if (digits === null) return null;
  if (digits === 0) return '0';
  const lo = 10 ** (digits - 1);
  return `${lo.toLocaleString('en-US')}–${(lo * 10 - 1).toLocaleString('en-US')}`;
}

/** Returns every statistic for the reports a filter selects. */
export async function computeStats(store: Store, filter: ReportFilter, top = 15): Promise<Stats> {
  const [page, mc, orgTypes, dataTypes, buckets, orgs] = await Promise.all([
    store.listReports({ filter, limit: 0 }),
    store.monthlyCategoryCounts(filter),
    store.facetCounts('org_type', filter, 100),
    store.facetCounts('data_type', filter, top),
    store.affectedBuckets(filter),
    store.facetCounts('organization', filter, top),
  ]);
  const months = [...new Set(mc.map((r) => r.month))].sort();
  const byCat = new Map<string, number[]>();
  for (const r of mc) {
    if (!byCat.has(r.category)) byCat.set(r.category, new Array<number>(months.length).fill(0));
    byCat.get(r.category)![months.indexOf(r.month)] += r.count;
  }
  const order = (c: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORIES.length : i;
  };
  const series = [...byCat.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([category, counts]) => ({ category, counts }));
  const typed = orgTypes.reduce((n, r) => n + r.count, 0);
  const org_type: Array<{ value: string | null; count: number }> = orgTypes.map((r) => ({ value: r.value, count: r.count }));
  if (page.total - typed > 0) org_type.push({ value: null, count: page.total - typed });
  return {
    total: page.total,
    monthly: { months, series },
    org_type,
    data_type: dataTypes,
    affected: buckets.map((b) => ({ digits: b.digits, label: bucketLabel(b.digits) ?? 'unknown', count: b.count })),
    organization: orgs,
  };
}

/** Returns one statistic as a table: a header row and data rows (labels in the given language, codes kept in a column). */
export function statsTable(stats: Stats, chart: ChartName, lang: Lang): { header: string[]; rows: Array<Array<string | number>> } {
  const count = t(lang, 'count');
  switch (chart) {
    case 'monthly': {
      const header = [t(lang, 'month'), ...stats.monthly.series.map((s) => valueLabel(lang, 'category', s.category))];
      const rows = stats.monthly.months.map((m, i) => [m, ...stats.monthly.series.map((s) => s.counts[i])]);
      return { header, rows };
    }
    case 'org_type':
      return {
        header: ['org_type', t(lang, 'organization'), count],
        rows: stats.org_type.map((r) => [r.value ?? '', r.value ? valueLabel(lang, 'org_type', r.value) : t(lang, 'unknown'), r.count]),
      };
    case 'data_type':
      return { header: ['data_type', t(lang, 'dataTypes'), count], rows: stats.data_type.map((r) => [r.value, valueLabel(lang, 'data_type', r.value), r.count]) };
    case 'affected':
      return {
        header: [t(lang, 'affectedDist'), count],
        rows: stats.affected.map((r) => [r.digits === null ? t(lang, 'unknown') : r.label, r.count]),
      };
    case 'organization':
      return { header: [t(lang, 'organization'), count], rows: stats.organization.map((r) => [r.value, r.count]) };
  }
}

/** Returns the title of a chart. */
export function chartTitle(chart: ChartName, lang: Lang): string {
  const keys = { monthly: 'monthly', org_type: 'orgTypeShare', data_type: 'dataTypes', affected: 'affectedDist', organization: 'topOrgs' } as const;
  return t(lang, keys[chart]);
}
