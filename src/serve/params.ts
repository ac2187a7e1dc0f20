/**
 * Query parameters shared by pages and the API, validated with zod: full-text query, facet
 * filters (lists are ORed within a field), sort, page. Invalid input becomes a clear 400.
 */
import { z } from 'zod';
import { CATEGORIES, DATA_TYPES, LEAK_STATUSES, ORG_TYPES } from '../core/fields.js';
import type { ReportFilter } from '../store/index.js';
import { parseQuery } from '../search/index.js';

/** The facets offered on search and statistics pages, in display order. */
export const FACETS = ['category', 'org_type', 'year', 'month', 'data_type', 'leak', 'follow_up'] as const;
export type Facet = (typeof FACETS)[number];

const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).optional();

export const facetSchemas = {
  category: list(z.enum(CATEGORIES)),
  org_type: list(z.enum(ORG_TYPES)),
  year: list(z.string().regex(/^\d{4}$/, 'year must be YYYY')),
  month: list(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM')),
  data_type: list(z.enum(DATA_TYPES)),
  leak: list(z.enum(LEAK_STATUSES)),
  follow_up: list(z.enum(['true', 'false'])),
};

export const pageParam = z.coerce.number().int().min(1).max(10_000);

/** Query of /search, /stats, /feed.atom and their API twins. */
export const searchQuerySchema = z.object({
  q: z.string().max(500).optional(),
  ...facetSchemas,
  sort: z.enum(['date', 'affected']).optional(),
  page: pageParam.optional(),
  per_page: z.coerce.number().int().min(1).max(100).optional(),
  lang: z.enum(['ja', 'en']).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const statsQuerySchema = searchQuerySchema.extend({
  chart: z.enum(['monthly', 'org_type', 'data_type', 'affected', 'organization']).optional(),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;

/** A report id: 12 hex digits, or a unique prefix of at least 4. */
export const reportIdSchema = z.string().regex(/^[0-9a-f]{4,12}$/, 'id must be 4–12 lowercase hex digits');
export const orgNameSchema = z.string().min(1).max(300);

const LIST_KEYS = new Set<string>(FACETS);

/** Returns the raw query of a URL: facet keys as arrays (repeated or comma-free), others as their first value. */
export function rawQuery(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    out[key] = LIST_KEYS.has(key) ? values : values[0];
  }
  return out;
}

/** Returns a readable one-line message for a zod error. */
export function describeZodError(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`).join('; ');
}

/** Returns the store filter a validated query selects (full-text terms included). */
export function filterOf(q: SearchQuery): ReportFilter {
  const filter: Record<string, unknown> = {};
  for (const f of FACETS) if (q[f]?.length) filter[f] = q[f];
  if (q.q) filter.terms = parseQuery(q.q);
  return filter as ReportFilter;
}

/** Returns the filter without one facet (for disjunctive facet counts). */
export function withoutFacet(filter: ReportFilter, facet: Facet): ReportFilter {
  const { [facet]: _omit, ...rest } = filter;
  void _omit;
  return rest;
}

/** Returns a query string (with leading `?`, or '') of the state to carry in links. */
export function queryString(q: Partial<Record<string, string | number | readonly string[] | undefined>>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v)) for (const x of v) p.append(k, String(x));
    else p.append(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Returns the query state with one facet value toggled (added when absent, removed when present), back on page 1. */
export function toggled(q: SearchQuery, facet: Facet, value: string): SearchQuery {
  const cur = (q[facet] ?? []) as string[];
  const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
  return { ...q, [facet]: next.length ? next : undefined, page: undefined };
}

/** Returns the state fields that links carry (no lang: the cookie keeps it). */
export function stateOf(q: SearchQuery): Record<string, string | number | readonly string[] | undefined> {
  const s: Record<string, string | number | readonly string[] | undefined> = { q: q.q };
  for (const f of FACETS) s[f] = q[f];
  s.sort = q.sort;
  s.page = q.page && q.page > 1 ? q.page : undefined;
  return s;
}
