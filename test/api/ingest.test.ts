// POST /api/ingest: token rules, size limit, text and multipart bodies, and hostile text that
// must render inert everywhere it appears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { sampleCasebook, XSS_TEXT, type TestCasebook } from '../helpers/server.js';

let cb: TestCasebook;
beforeAll(async () => {
  cb = await sampleCasebook({ token: 'test-token' });
});
afterAll(async () => {
  await cb?.cleanup();
});

const auth = { Authorization: 'Bearer test-token' };
const post = (body: string | Uint8Array | FormData, headers: Record<string, string> = {}, app = cb.app, query = '') =>
  app.request(`/api/ingest${query}`, { method: 'POST', body, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });

const ONE_REPORT = [
  '【セキュリティ事件簿#2099-002】サンプル大学 USBメモリの紛失について',
  '',
  'サンプル大学は、学生の氏名と成績を含むUSBメモリを紛失したと発表した。対象は120名。',
  '',
].join('\n');

describe('POST /api/ingest: access', () => {
  it('is disabled when no token is configured', async () => {
    const app = cb.appWith({ token: null });
    const res = await post(ONE_REPORT, auth, app);
    expect(res.status).toBe(403);
    expect((await res.json() as any).error).toMatch(/disabled.*JIKENBO_TOKEN/);
  });

  it('a missing or wrong token is 401', async () => {
    const missing = await post(ONE_REPORT);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await missing.json() as any).error).toMatch(/missing bearer token/);
    expect((await post(ONE_REPORT, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await post(ONE_REPORT, { Authorization: 'Basic dGVzdC10b2tlbg==' })).status).toBe(401);
  });

  it('a body over the limit is 413', async () => {
    const app = cb.appWith({ maxBodyBytes: 1024 });
    const big = ONE_REPORT + 'あ'.repeat(1000);
    const res = await post(big, auth, app);
    expect(res.status).toBe(413);
    expect((await res.json() as any).error).toMatch(/1024 bytes/);
    // Also when the length is not declared up front (streamed body).
    const stream = new Blob([big]).stream();
    const res2 = await app.request('/api/ingest', { method: 'POST', body: stream, headers: { ...auth, 'Content-Type': 'text/plain' }, duplex: 'half' } as RequestInit);
    expect(res2.status).toBe(413);
  });

  it('an empty body is 400, a document without a report 422, an image 415', async () => {
    expect((await post('', auth)).status).toBe(400);
    const none = await post('\n \n\u3000\n', auth);
    expect(none.status).toBe(422);
    expect((await none.json() as any).error).toMatch(/^ingest: upload:\/\//);
    expect((await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { ...auth, 'Content-Type': 'image/png' })).status).toBe(415);
  });
});

describe('POST /api/ingest: bodies', () => {
  it('a text body returns the new reports, which are then searchable and shown', async () => {
    const before = ((await (await cb.app.request('/api/stats')).json()) as any).total;
    const res = await post(ONE_REPORT, auth, cb.app, '?origin=usb.txt');
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body.status).toBe('new');
    expect(body.reports).toHaveLength(1);
    const id = body.reports[0].id;
    expect(body.reports[0].casebook_id).toBe('2099-002');
    expect((await cb.app.request(`/api/reports/${id}`)).status).toBe(200);
    const found: any = await (await cb.app.request(`/api/search?q=${encodeURIComponent('サンプル大学')}`)).json();
    expect(found.hits.map((h: any) => h.id)).toContain(id);
    // Nothing stale: statistics count the new report at once.
    expect(((await (await cb.app.request('/api/stats')).json()) as any).total).toBe(before + 1);
    const original = await cb.app.request(`/reports/${id}/original`);
    expect(await original.text()).toBe(ONE_REPORT);
    expect(original.headers.get('content-disposition')).toMatch(/filename="usb.txt"/);
    // The same bytes again change nothing.
    const again = await post(ONE_REPORT, auth, cb.app, '?origin=usb.txt');
    expect(again.status).toBe(200);
    expect((await again.json() as any).status).toBe('duplicate');
  });

  it('a multipart file upload works', async () => {
    const form = new FormData();
    const text = ONE_REPORT.replace('2099-002', '2099-003').replace('サンプル大学', '見本大学');
    form.append('file', new Blob([text], { type: 'text/plain' }), '見本.txt');
    const res = await cb.app.request('/api/ingest', { method: 'POST', body: form, headers: auth });
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body.reports[0].organization).toBe('見本大学');
  });
});

describe('hostile text renders inert', () => {
  let id: string;
  beforeAll(async () => {
    const res = await post(XSS_TEXT, auth, cb.app, '?origin=%22%3E%3Cimg%20src%3Dx%3E.txt');
    expect(res.status).toBe(201);
    id = (await res.json() as any).reports[0].id;
  });

  const inert = (body: string) => {
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).not.toContain('<img src=x');
    const $ = cheerio.load(body);
    expect($('img').length).toBe(0);
    expect($('script:not([src])').length).toBe(0);
    expect($('[onerror]').length).toBe(0);
  };

  it('on the report page: escaped, and the text still reads as written', async () => {
    const body = await (await cb.app.request(`/reports/${id}`)).text();
    inert(body);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(cheerio.load(body)('pre.text').text()).toContain('<script>alert(1)</script>');
  });

  it('in search results, the organisation page, statistics, the feed and the JSON API', async () => {
    inert(await (await cb.app.request(`/search?q=${encodeURIComponent('alert')}`)).text());
    inert(await (await cb.app.request('/search')).text());
    const org = encodeURIComponent('株式会社テスト&サンプル');
    const orgPage = await cb.app.request(`/orgs/${org}`);
    expect(orgPage.status).toBe(200);
    const orgBody = await orgPage.text();
    inert(orgBody);
    expect(orgBody).toContain('株式会社テスト&amp;サンプル');
    inert(await (await cb.app.request('/stats')).text());
    const feed = await (await cb.app.request('/feed.atom?q=alert')).text();
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;');
    const api = await cb.app.request(`/api/reports/${id}`);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await api.json() as any).text).toContain('<script>alert(1)</script>');
  });
});
