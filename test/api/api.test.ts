// The JSON API over the sample casebook: search, reports with evidence, organisations, stats,
// the OpenAPI document, and clear 400/404 JSON errors for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchReports } from '../../src/search/index.js';
import { createApp } from '../../src/serve/index.js';
import type { Store } from '../../src/store/index.js';
import { sampleCasebook, type TestCasebook } from '../helpers/server.js';

let cb: TestCasebook;
beforeAll(async () => {
  cb = await sampleCasebook();
});
afterAll(async () => {
  await cb?.cleanup();
});

const getJson = async (path: string) => {
  const res = await cb.app.request(path);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, body: (await res.json()) as any };
};

describe('GET /api/search', () => {
  it('returns the reports containing 不正アクセス, with highlighted snippets', async () => {
    const { status, body } = await getJson(`/api/search?q=${encodeURIComponent('不正アクセス')}&per_page=100`);
    expect(status).toBe(200);
    const expected = await searchReports(cb.store, '不正アクセス', { limit: 100 });
    expect(body.total).toBe(expected.total);
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.map((h: any) => h.id)).toEqual(expected.hits.map((h) => h.report.id));
    for (const h of body.hits) {
      const r = await cb.store.getReport(h.id);
      expect(r!.text.normalize('NFKC')).toContain('不正アクセス');
      expect(h.url).toBe(`/reports/${h.id}`);
      for (const [s, e] of h.snippet.highlights) expect(h.snippet.text.slice(s, e).normalize('NFKC')).toBe('不正アクセス');
    }
  });

  it('facet counts add up', async () => {
    const { body } = await getJson('/api/search');
    const total = (await cb.store.listReports({ limit: 0 })).total;
    expect(body.total).toBe(total);
    const sum = (f: string) => body.facets[f].reduce((n: number, v: any) => n + v.count, 0);
    const withExtraction = (await cb.store.listReports({ limit: 10_000 })).reports.filter((r) => r.extraction).length;
    // Single-valued facets partition the reports that have the value.
    expect(sum('leak')).toBe(withExtraction);
    expect(sum('follow_up')).toBe(withExtraction);
    expect(sum('org_type')).toBeLessThanOrEqual(total);
    expect(sum('month')).toBe(sum('year'));
    // Each facet value's count is what filtering by it returns.
    for (const v of body.facets.category) {
      const f = await getJson(`/api/search?category=${v.value}&per_page=1`);
      expect(f.body.total, v.value).toBe(v.count);
    }
  });

  it('filters are ANDed across fields and ORed within one', async () => {
    const { body } = await getJson('/api/search');
    const [a, b] = body.facets.category;
    const either = await getJson(`/api/search?category=${a.value}&category=${b.value}`);
    expect(either.body.total).toBeGreaterThanOrEqual(Math.max(a.count, b.count));
    expect(either.body.total).toBeLessThanOrEqual(a.count + b.count);
    const leak = body.facets.leak[0];
    const both = await getJson(`/api/search?category=${a.value}&leak=${leak.value}`);
    expect(both.body.total).toBeLessThanOrEqual(Math.min(a.count, leak.count));
  });

  it('sorts by people affected and pages', async () => {
    const { body } = await getJson('/api/search?sort=affected&per_page=10');
    const affected = body.hits.map((h: any) => h.affected).filter((x: number | null) => x !== null);
    expect(affected.length).toBeGreaterThan(1);
    expect(affected).toEqual([...affected].sort((x: number, y: number) => y - x));
    const p2 = await getJson('/api/search?sort=affected&per_page=10&page=2');
    expect(p2.body.page).toBe(2);
    expect(p2.body.hits.map((h: any) => h.id).filter((id: string) => body.hits.some((h: any) => h.id === id))).toEqual([]);
  });

  it.each([
    ['page=-1', 'page'],
    ['page=0', 'page'],
    ['page=x', 'page'],
    ['sort=bogus', 'sort'],
    ['category=bogus', 'category'],
    ['org_type=planet', 'org_type'],
    ['year=24', 'year'],
    ['month=2024-1', 'month'],
    ['leak=yes', 'leak'],
    ['follow_up=maybe', 'follow_up'],
    ['per_page=1000', 'per_page'],
    [`q=${'x'.repeat(501)}`, 'q'],
  ])('?%s is a 400 JSON error naming %s', async (query, name) => {
    const { status, body } = await getJson(`/api/search?${query}`);
    expect(status).toBe(400);
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toContain(name);
  });
});

describe('GET /api/reports/:id', () => {
  it('returns every field with its evidence, offsets pointing into the text', async () => {
    const { reports } = await cb.store.listReports({ limit: 100 });
    const r = reports.find((x) => (x.extraction?.evidence.length ?? 0) > 0)!;
    const { status, body } = await getJson(`/api/reports/${r.id}`);
    expect(status).toBe(200);
    expect(body.id).toBe(r.id);
    for (const f of ['casebook_id', 'organization', 'org_type', 'categories', 'announced_on', 'affected', 'data_types', 'leak', 'misuse', 'actions', 'follow_up']) {
      expect(body, f).toHaveProperty(f);
    }
    const fields = Object.keys(body.evidence);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) for (const e of body.evidence[f]) expect(body.text.slice(e.start, e.end)).toBe(e.quote);
    expect(body.links.original).toBe(`/reports/${r.id}/original`);
    expect(body.source_info.sha256).toBe(r.source);
  });

  it('unknown id → 404, malformed id → 400', async () => {
    expect((await getJson('/api/reports/ffffffffffff')).status).toBe(404);
    const bad = await getJson('/api/reports/%3Cscript%3E');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/hex/);
  });
});

describe('GET /api/orgs/:name', () => {
  it('lists the organisation\'s reports, oldest first', async () => {
    const [top] = await cb.store.facetCounts('organization', {}, 1);
    const { status, body } = await getJson(`/api/orgs/${encodeURIComponent(top.value)}`);
    expect(status).toBe(200);
    expect(body.organization).toBe(top.value);
    expect(body.total).toBe(top.count);
    for (const r of body.reports) expect(r.organization).toBe(top.value);
    const dates = body.reports.map((r: any) => r.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    expect((await getJson('/api/orgs/%E5%AD%98%E5%9C%A8%E3%81%97%E3%81%AA%E3%81%84')).status).toBe(404);
  });
});

describe('GET /api/stats', () => {
  it('numbers match the store', async () => {
    const { body } = await getJson('/api/stats');
    const total = (await cb.store.listReports({ limit: 0 })).total;
    expect(body.total).toBe(total);
    expect(body.organization).toEqual(await cb.store.facetCounts('organization', {}, 15));
    expect(body.data_type).toEqual(await cb.store.facetCounts('data_type', {}, 15));
    expect(body.org_type.reduce((n: number, r: any) => n + r.count, 0)).toBe(total);
    expect(body.affected.reduce((n: number, r: any) => n + r.count, 0)).toBe(total);
    const withAffected = (await cb.store.listReports({ limit: 10_000 })).reports.filter((r) => r.extraction?.affected != null);
    for (const b of body.affected.filter((x: any) => x.digits > 0)) {
      const n = withAffected.filter((r) => String(r.extraction!.affected).length === b.digits && r.extraction!.affected! > 0).length;
      expect(b.count, b.label).toBe(n);
    }
    // Monthly: each month's total over categories equals counting reports of that month per category.
    for (const [i, month] of body.monthly.months.entries()) {
      const perCat = await cb.store.facetCounts('category', { month: [month] }, 100);
      expect(body.monthly.series.reduce((n: number, s: any) => n + s.counts[i], 0)).toBe(perCat.reduce((n, c) => n + c.count, 0));
    }
  });

  it('takes the search filters', async () => {
    const [cat] = await cb.store.facetCounts('category', {}, 1);
    const { body } = await getJson(`/api/stats?category=${cat.value}`);
    expect(body.total).toBe(cat.count);
    expect((await getJson('/api/stats?chart=nope')).status).toBe(400);
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document listing every API path', async () => {
    const { status, body } = await getJson('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths).sort()).toEqual(['/api/ingest', '/api/openapi.json', '/api/orgs/{name}', '/api/reports/{id}', '/api/search', '/api/stats']);
    const params = body.paths['/api/search'].get.parameters.map((p: any) => p.name);
    for (const p of ['q', 'category', 'org_type', 'year', 'month', 'data_type', 'leak', 'follow_up', 'sort', 'page']) expect(params).toContain(p);
    const category = body.paths['/api/search'].get.parameters.find((p: any) => p.name === 'category');
    expect(category.schema.items.enum).toContain('unauthorized_access');
  });
});

describe('errors', () => {
  it('unknown API paths are JSON 404s; wrong methods JSON 405s', async () => {
    expect((await getJson('/api/nope')).status).toBe(404);
    const res = await cb.app.request('/api/search', { method: 'DELETE' });
    expect(res.status).toBe(405);
  });

  it('a failure inside is a generic 500 without a stack trace, logged on the server', async () => {
    const logs: string[] = [];
    const broken = new Proxy(cb.store, {
      get(target, prop, receiver) {
        if (prop === 'listReports') return async () => { throw new Error('secret detail at /srv/db'); };
        return Reflect.get(target, prop, receiver);
      },
    }) as Store;
    const app = createApp({ store: broken, archive: cb.archive, config: cb.config, log: (m) => logs.push(m) });
    const api = await app.request('/api/search');
    expect(api.status).toBe(500);
    expect(await api.json()).toEqual({ error: 'internal server error' });
    const page = await app.request('/');
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).not.toContain('secret');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    expect(logs.join('\n')).toContain('secret detail');
  });
});
