// The server-rendered pages over the sample casebook: search with facets, report with evidence,
// organisation timeline, statistics (SVG + tables + CSV), Atom feed, language switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchReports } from '../../src/search/index.js';
import { CSP } from '../../src/serve/index.js';
import { SAMPLES_DIR } from '../helpers/corpus.js';
import { sampleCasebook, type TestCasebook } from '../helpers/server.js';

let cb: TestCasebook;
beforeAll(async () => {
  cb = await sampleCasebook();
});
afterAll(async () => {
  await cb?.cleanup();
});

const get = (path: string, init?: RequestInit) => cb.app.request(path, init);
const Q = encodeURIComponent('不正アクセス');

async function page(path: string, init?: RequestInit) {
  const res = await get(path, init);
  const body = await res.text();
  return { res, body, $: cheerio.load(body) };
}

describe('every page', () => {
  it.each(['/', `/search?q=${Q}`, '/stats', '/search'])('%s is HTML with the security headers', async (path) => {
    const { res, $ } = await page(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('server-timing')).toMatch(/^app;dur=\d/);
    expect($('html').attr('lang')).toBe('ja');
    expect($('form[action="/search"] input[name=q]').length).toBe(1);
    // Strict CSP: no inline scripts, no inline styles, no <style> elements anywhere.
    expect($('script:not([src])').length).toBe(0);
    expect($('[style]').length).toBe(0);
    expect($('style').length).toBe(0);
  });
});

describe('home', () => {
  it('lists the latest reports, newest first, each linked', async () => {
    const { $ } = await page('/');
    const links = $('ol.hits h2 a').map((_, a) => $(a).attr('href')).get();
    expect(links.length).toBe(20);
    for (const l of links) expect(l).toMatch(/^\/reports\/[0-9a-f]{12}$/);
    const latest = await cb.store.listReports({ sort: 'date', limit: 20 });
    expect(links).toEqual(latest.reports.map((r) => `/reports/${r.id}`));
  });
});

describe('search page', () => {
  it('finds the reports containing 不正アクセス with the query highlighted', async () => {
    const { $ } = await page(`/search?q=${Q}`);
    const expected = await searchReports(cb.store, '不正アクセス', { limit: 100 });
    expect(expected.total).toBeGreaterThan(0);
    expect($('#total').text()).toContain(String(expected.total));
    const hits = $('ol.hits > li');
    expect(hits.length).toBe(Math.min(20, expected.total));
    const marks = $('ol.hits .snippet mark').map((_, m) => $(m).text()).get();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.normalize('NFKC')).toBe('不正アクセス');
    expect($('input[name=q]').attr('value')).toBe('不正アクセス');
  });

  it('offers facet links with counts that toggle the filter in the URL', async () => {
    const { $ } = await page(`/search?q=${Q}`);
    const link = $('ul[data-facet="category"] a').first();
    const value = link.attr('data-value')!;
    const count = Number(link.find('.count').text());
    expect(count).toBeGreaterThan(0);
    const href = link.attr('href')!;
    expect(href).toContain(`category=${value}`);
    expect(href).toContain(`q=${Q}`);
    const filtered = await page(href);
    expect(filtered.$('#total').text()).toContain(String(count));
    const on = filtered.$(`ul[data-facet="category"] a.on[data-value="${value}"]`);
    expect(on.length).toBe(1);
    // Following the selected value again removes it.
    const back = await page(on.attr('href')!);
    expect(back.$('#total').text()).toBe($('#total').text());
    expect(on.attr('href')).not.toContain('category=');
  });

  it('every facet of the spec is offered', async () => {
    const { $ } = await page('/search');
    const facets = $('ul[data-facet]').map((_, u) => $(u).attr('data-facet')).get();
    for (const f of ['category', 'org_type', 'leak', 'follow_up']) expect(facets).toContain(f);
  });

  it('sorts by people affected and paginates, with all state in the URL', async () => {
    const { $ } = await page('/search?sort=affected');
    expect($('.toolbar a.on').text()).toBe('影響人数順');
    const next = $('a[rel=next]').attr('href')!;
    expect(next).toMatch(/sort=affected/);
    expect(next).toMatch(/page=2/);
    const p2 = await page(next);
    const first = $('ol.hits h2 a').map((_, a) => $(a).attr('href')).get();
    const second = p2.$('ol.hits h2 a').map((_, a) => $(a).attr('href')).get();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((h) => first.includes(h))).toEqual([]);
    expect(p2.$('a[rel=prev]').attr('href')).toMatch(/sort=affected/);
  });

  it.each(['/search?page=-1', '/search?page=abc', '/search?sort=bogus', '/search?category=bogus', '/search?month=2024-13', '/search?year=24'])(
    '%s is a 400 page naming the problem',
    async (path) => {
      const { res, body } = await page(path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(body).toMatch(/page|sort|category|month|year/);
    },
  );
});

describe('language', () => {
  it('?lang=en switches to English labels from the field registry and remembers it in a cookie', async () => {
    const { res, $ } = await page('/search?lang=en');
    expect($('html').attr('lang')).toBe('en');
    expect($('header nav').text()).toContain('Statistics');
    expect($('aside.facets h3').map((_, h) => $(h).text()).get()).toContain('Categories');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/lang=en/);
    const again = await page('/stats', { headers: { cookie: 'lang=en' } });
    expect(again.$('html').attr('lang')).toBe('en');
    expect(again.$('h1').text()).toBe('Statistics');
    expect((await page('/')).$('html').attr('lang')).toBe('ja');
  });

  it('the switch link keeps the current query', async () => {
    const { $ } = await page(`/search?q=${Q}&sort=affected`);
    const href = $('#lang-switch').attr('href')!;
    expect(href).toContain('lang=en');
    expect(href).toContain('sort=affected');
  });
});

describe('report page', () => {
  it('shows every field beside the text, each value linked to its highlighted evidence', async () => {
    const { reports } = await cb.store.listReports({ limit: 100 });
    const r = reports.find((x) => (x.extraction?.evidence.length ?? 0) > 3)!;
    const { res, $ } = await page(`/reports/${r.id}`);
    expect(res.status).toBe(200);
    expect($('dl.fields dt').length).toBeGreaterThanOrEqual(15);
    const marks = $('pre.text mark[id^="ev-"]');
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks.toArray()) expect($(m).attr('data-field')).toBeTruthy();
    const links = $('dl.fields a[href^="#ev-"]');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links.toArray()) expect($(`[id="${$(a).attr('href')!.slice(1)}"]`).is('mark')).toBe(true);
    // The text around the marks is the report text, unchanged.
    expect($('pre.text').text()).toBe(r.text);
    expect($('a[href$="/original"]').attr('href')).toBe(`/reports/${r.id}/original`);
    const org = r.extraction!.organization[0];
    if (org) expect($(`a[href="/orgs/${encodeURIComponent(org)}"]`).length).toBeGreaterThan(0);
    if (r.extraction!.casebook_id) expect($('.meta').text()).toContain(r.extraction!.casebook_id);
  });

  it('a unique id prefix works; an unknown id is 404; a malformed one 400', async () => {
    const { reports } = await cb.store.listReports({ limit: 1 });
    expect((await get(`/reports/${reports[0].id.slice(0, 8)}`)).status).toBe(200);
    expect((await get('/reports/ffffffffffff')).status).toBe(404);
    expect((await get('/reports/ffffffffffff/original')).status).toBe(404);
    expect((await get('/reports/not-an-id')).status).toBe(400);
  });

  it('downloads the original exactly as ingested, with its media type and a file name', async () => {
    const { reports } = await cb.store.listReports({ limit: 100 });
    const r = reports[0];
    const res = await get(`/reports/${r.id}/original`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const file = readdirSync(SAMPLES_DIR).map((f) => join(SAMPLES_DIR, f)).find((f) => readFileSync(f).equals(bytes));
    expect(file, 'the download is byte-identical to one sample file').toBeTruthy();
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="\d{3}_[0-9a-f]+\.txt"/);
    expect(res.headers.get('content-security-policy')).toMatch(/sandbox/);
  });
});

describe('organisation page', () => {
  it('lists every report of the organisation on a timeline, oldest first', async () => {
    const [top] = await cb.store.facetCounts('organization', {}, 1);
    const { res, $ } = await page(`/orgs/${encodeURIComponent(top.value)}`);
    expect(res.status).toBe(200);
    expect($('h1').text()).toBe(top.value);
    const items = $('ol.timeline > li');
    expect(items.length).toBe(top.count);
    const dates = items.map((_, li) => $(li).find('time').attr('datetime')).get().filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    expect((await get(`/orgs/${encodeURIComponent('存在しない組織')}`)).status).toBe(404);
  });
});

describe('statistics page', () => {
  it('renders each chart as CSP-safe SVG with its numbers as a table and a CSV link', async () => {
    const { $, body } = await page('/stats');
    const charts = $('section.chart');
    expect(charts.map((_, s) => $(s).attr('data-chart')).get()).toEqual(['monthly', 'org_type', 'data_type', 'affected', 'organization']);
    for (const s of charts.toArray()) {
      const name = $(s).attr('data-chart');
      expect($(s).find('svg').length, name).toBe(1);
      expect($(s).find('table.data').length, name).toBe(1);
      expect($(s).find(`a[href^="/stats.csv?chart=${name}"]`).length, name).toBe(1);
    }
    expect(body).not.toMatch(/<svg[^]*?style="/);
    const total = (await cb.store.listReports({ limit: 0 })).total;
    expect($('#total').text()).toContain(String(total));
    // Top organisations: the table is the store's counts.
    const orgs = await cb.store.facetCounts('organization', {}, 15);
    const rows = $('#chart-organization tbody tr').map((_, tr) => [[$(tr).find('td').eq(0).text(), Number($(tr).find('td').eq(1).text())]]).get();
    expect(rows).toEqual(orgs.map((o) => [o.value, o.count]));
  });

  it('is filtered by the same facets as search', async () => {
    const [cat] = await cb.store.facetCounts('category', {}, 1);
    const { $ } = await page(`/stats?category=${cat.value}`);
    expect($('#total').text()).toContain(String(cat.count));
    const monthly = $('#chart-monthly tbody tr').map((_, tr) => $(tr).find('td.n').toArray().reduce((n, td) => n + Number($(td).text()), 0)).get();
    const dated = (await cb.store.facetCounts('month', { category: [cat.value] }, 100)).reduce((n, m) => n + m.count, 0);
    expect(monthly.reduce((a: number, b: number) => a + b, 0)).toBeGreaterThanOrEqual(dated);
  });

  it('CSV is Excel-friendly: BOM, CRLF, the same rows as the table', async () => {
    const res = await get('/stats.csv?chart=organization');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="jikenbo-organization.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const lines = text.trimEnd().split('\r\n');
    const orgs = await cb.store.facetCounts('organization', {}, 15);
    expect(lines.length).toBe(orgs.length + 1);
    for (const chart of ['monthly', 'org_type', 'data_type', 'affected']) expect((await get(`/stats.csv?chart=${chart}`)).status).toBe(200);
    expect((await get('/stats.csv')).status).toBe(400);
    expect((await get('/stats.csv?chart=bogus')).status).toBe(400);
  });
});

describe('Atom feed', () => {
  it('is well-formed Atom 1.0 with entries and updated dates from the data', async () => {
    const res = await get('/feed.atom');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    // Every & starts an entity: nothing unescaped.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
    const $ = cheerio.load(xml, { xml: true });
    expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const tag of ['id', 'title', 'updated', 'author > name']) expect($(`feed > ${tag}`).length, tag).toBe(1);
    const entries = $('entry');
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries.toArray()) {
      for (const tag of ['id', 'title', 'updated', 'link', 'summary']) expect($(e).find(tag).length, tag).toBeGreaterThan(0);
      expect($(e).find('updated').text()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
    const updates = entries.map((_, e) => $(e).find('updated').text()).get().sort();
    expect($('feed > updated').text()).toBe(updates[updates.length - 1]);
    // Deterministic: the same data gives the same feed.
    expect(await (await get('/feed.atom')).text()).toBe(xml);
  });

  it('?q= narrows the feed to a search', async () => {
    const $ = cheerio.load(await (await get('/feed.atom?q=%E7%B4%9B%E5%A4%B1')).text(), { xml: true });
    const expected = await searchReports(cb.store, '紛失', { limit: 50 });
    expect($('entry').length).toBe(expected.hits.length);
    expect($('feed > link[rel=self]').attr('href')).toContain('/feed.atom?q=');
  });
});

describe('static assets and unknown routes', () => {
  it('serves its own CSS and script; unknown paths are 404 pages', async () => {
    expect((await get('/static/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get('/static/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    const nf = await get('/nope');
    expect(nf.status).toBe(404);
    expect(nf.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
