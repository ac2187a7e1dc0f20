/**
 * The web app and JSON API on Hono. Pages are rendered on the server and work without
 * JavaScript; every route validates its input with zod; nothing is cached across requests, so
 * an ingest (through the API or the CLI on the same database) shows up on the next request.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import type { Config } from '../config.js';
import { isJikenboError } from '../core/errors.js';
import type { Report } from '../core/model.js';
import { toReportJson } from '../export/index.js';
import { ingestBytes, type ArchiveStore } from '../pipeline/index.js';
import { searchReports } from '../search/index.js';
import type { ReportFilter, Store } from '../store/index.js';
import { openApiDocument } from './api/openapi.js';
import type { SafeHtml } from './html.js';
import { t, type Lang } from './i18n.js';
import {
  FACETS,
  describeZodError,
  filterOf,
  orgNameSchema,
  rawQuery,
  reportIdSchema,
  searchQuerySchema,
  statsQuerySchema,
  withoutFacet,
  type SearchQuery,
} from './params.js';
import { CHARTS, chartTitle, computeStats, statsTable, type ChartName } from './stats.js';
import { atomXml, type AtomEntry } from './web/atom.js';
import { chartSvg } from './web/charts.js';
import { toCsv } from './web/csv.js';
import { page } from './web/layout.js';
import { errorBody, homeBody, orgBody, reportBody, reportDate, reportOrg, reportTitle, searchBody, statsBody, type FacetCounts } from './web/pages.js';
import { APP_CSS, APP_JS } from './web/static.js';

export interface AppOptions {
  readonly store: Store;
  readonly archive: ArchiveStore;
  readonly config: Config;
  /** Largest request body accepted by POST /api/ingest, in bytes (default 10 MiB, never above config.maxBytes). */
  readonly maxBodyBytes?: number;
  /** Where server-side errors are logged (default: standard error). */
  readonly log?: (message: string) => void;
  readonly version?: string;
  /** Render the unfiltered statistics in the background at start and after each ingest (servers; not tests). */
  readonly warm?: boolean;
}

type Env = { Variables: { lang: Lang; started: number } };

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const PER_PAGE = 20;

/** The Content-Security-Policy of every response: only our own scripts and styles, no framing. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

class BadRequest extends Error {}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new BadRequest(describeZodError(r.error));
  return r.data;
}

/** Returns the summary of a report the API lists. */
function summary(r: Report) {
  const x = r.extraction;
  return {
    id: r.id,
    title: reportTitle(r),
    organization: reportOrg(r),
    date: reportDate(r),
    casebook_id: x?.casebook_id ?? null,
    categories: x?.categories ?? [],
    org_type: x?.org_type ?? null,
    affected: x?.affected ?? null,
    leak: x?.leak ?? null,
    url: `/reports/${r.id}`,
  };
}

function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

function downloadName(origin: string, sha: string, mediaType: string): string {
  const base = origin.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const clean = decodeURIComponentSafe(base).replace(/[\u0000-\u001f"\\]/g, '').slice(0, 150);
  if (clean && clean !== '-' && /\.[A-Za-z0-9]{1,8}$/.test(clean)) return clean;
  const ext = /pdf/.test(mediaType) ? 'pdf' : /html/.test(mediaType) ? 'html' : /markdown/.test(mediaType) ? 'md' : /xml/.test(mediaType) ? 'xml' : 'txt';
  return `${clean && clean !== '-' ? clean : sha.slice(0, 16)}.${ext}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Returns the Hono app serving pages and the JSON API over one store and archive.
 * @example serve({ fetch: createApp({ store, archive, config }).fetch, port: 8080, hostname: '127.0.0.1' })
 */
export function createApp(options: AppOptions): Hono<Env> {
  const { store, archive, config } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const maxBody = Math.min(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, config.maxBytes);
  const version = options.version ?? '0.1.0';
  const app = new Hono<Env>();

  // Security headers and server time on every response.
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('started', started);
    await next();
    const h = c.res.headers;
    try {
      if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', CSP);
      h.set('X-Content-Type-Options', 'nosniff');
      h.set('Referrer-Policy', 'no-referrer');
      h.set('X-Frame-Options', 'DENY');
      h.set('Cross-Origin-Opener-Policy', 'same-origin');
      h.set('Server-Timing', `app;dur=${(performance.now() - started).toFixed(2)}`);
    } catch {
      // Immutable headers (a Response passed through as is): nothing to add.
    }
  });

  // Interface language: ?lang= (remembered in a cookie), else the cookie, else Japanese.
  app.use('*', async (c, next) => {
    const q = c.req.query('lang');
    let lang: Lang = 'ja';
    if (q === 'ja' || q === 'en') {
      lang = q;
      setCookie(c, 'lang', q, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    } else if (getCookie(c, 'lang') === 'en') lang = 'en';
    c.set('lang', lang);
    await next();
  });

  const isApi = (c: Context) => c.req.path.startsWith('/api/');
  const htmlPage = (c: Context<Env>, status: 200 | 400 | 404 | 500, title: string, body: SafeHtml, q?: string, feed?: string) =>
    c.html(page({ lang: c.get('lang'), title, url: new URL(c.req.url), body, ...(q ? { q } : {}), ...(feed ? { feed } : {}) }), status);
  const notFound = (c: Context<Env>, message: string) =>
    isApi(c) ? c.json({ error: message }, 404) : htmlPage(c, 404, t(c.get('lang'), 'notFound'), errorBody(c.get('lang'), t(c.get('lang'), 'notFound'), message));

  app.onError((err, c) => {
    if (err instanceof BadRequest) {
      return isApi(c) ? c.json({ error: err.message }, 400) : htmlPage(c as Context<Env>, 400, t(c.get('lang') ?? 'ja', 'badRequest'), errorBody(c.get('lang') ?? 'ja', t(c.get('lang') ?? 'ja', 'badRequest'), err.message));
    }
    log(`serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    const lang = (c.get('lang') as Lang | undefined) ?? 'ja';
    return isApi(c) ? c.json({ error: 'internal server error' }, 500) : htmlPage(c as Context<Env>, 500, t(lang, 'serverError'), errorBody(lang, t(lang, 'serverError'), ''));
  });
  app.notFound((c) => notFound(c as Context<Env>, `no route for ${c.req.method} ${c.req.path}`));

  // ---- shared queries -------------------------------------------------------------------

  const facetCounts = async (filter: ReportFilter): Promise<FacetCounts> => {
    const entries = await Promise.all(FACETS.map(async (f) => [f, await store.facetCounts(f, withoutFacet(filter, f), f === 'month' ? 36 : 50)] as const));
    return Object.fromEntries(entries) as FacetCounts;
  };

  const search = async (q: SearchQuery, perPage: number) => {
    const filter = filterOf({ ...q, q: undefined });
    const pageNo = q.page ?? 1;
    const result = await searchReports(store, q.q ?? '', { filter, sort: q.sort ?? 'date', limit: perPage, offset: (pageNo - 1) * perPage });
    const counts = await facetCounts(filterOf(q));
    return { result, counts, pageNo };
  };

  // Renders the unfiltered statistics' charts in the background so the next /stats is fast.
  const warmCharts = () => {
    setImmediate(() => {
      computeStats(store, {})
        .then((stats) => {
          for (const lang of ['ja', 'en'] as const) for (const chart of CHARTS) chartSvg(stats, chart, lang, chartTitle(chart, lang));
        })
        .catch((e: unknown) => log(`serve: warming charts: ${(e as Error).message}`));
    });
  };
  if (options.warm) warmCharts();

  const orgReports = async (name: string) => (await store.listReports({ filter: { organization: [name] }, sort: 'date', limit: 1000 })).reports;

  // ---- static assets ----------------------------------------------------------------------

  app.get('/static/app.css', (c) => c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/static/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));

  // ---- pages ------------------------------------------------------------------------------

  app.get('/', async (c) => {
    const lang = c.get('lang');
    const latest = await store.listReports({ sort: 'date', limit: PER_PAGE });
    return htmlPage(c, 200, t(lang, 'latest'), homeBody(lang, latest.reports, latest.total));
  });

  app.get('/search', async (c) => {
    const lang = c.get('lang');
    const q = validate(searchQuerySchema, rawQuery(new URL(c.req.url)));
    const { result, counts } = await search(q, PER_PAGE);
    const title = q.q ? `${q.q} — ${t(lang, 'search')}` : t(lang, 'search');
    const feed = `/feed.atom${q.q ? `?q=${encodeURIComponent(q.q)}` : ''}`;
    return htmlPage(c, 200, title, searchBody(lang, q, result.hits, result.total, PER_PAGE, counts), q.q, feed);
  });

  app.get('/reports/:id', async (c) => {
    const lang = c.get('lang');
    const id = validate(reportIdSchema, c.req.param('id'));
    const r = await store.getReport(id);
    if (!r) return notFound(c, `no report with id ${id}`);
    const src = await store.getSource(r.source);
    return htmlPage(c, 200, reportTitle(r), reportBody(lang, r, src));
  });

  app.get('/reports/:id/original', async (c) => {
    const id = validate(reportIdSchema, c.req.param('id'));
    const r = await store.getReport(id);
    if (!r) return notFound(c, `no report with id ${id}`);
    const src = await store.getSource(r.source);
    let bytes: Buffer;
    try {
      bytes = await archive.get(r.source);
    } catch (e) {
      if (isJikenboError(e)) {
        log(`serve: ${e.toString()}`);
        return notFound(c, `the original of report ${id} is not in the archive`);
      }
      throw e;
    }
    let type = src?.media_type ?? 'application/octet-stream';
    if (/^text\//.test(type) && !/charset=/i.test(type) && src?.encoding) type += `; charset=${src.encoding}`;
    const name = downloadName(src?.origin ?? '', r.source, type);
    const ascii = name.replace(/[^\x20-\x7e]/g, '_');
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': type,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      // An HTML original opened in place runs nothing and reaches nothing.
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, max-age=86400, immutable',
    });
  });

  app.get('/orgs/:name', async (c) => {
    const lang = c.get('lang');
    const name = validate(orgNameSchema, c.req.param('name'));
    const reports = await orgReports(name);
    if (reports.length === 0) return notFound(c, `no report of ${name}`);
    return htmlPage(c, 200, name, orgBody(lang, name, reports));
  });

  app.get('/stats', async (c) => {
    const lang = c.get('lang');
    const q = validate(statsQuerySchema, rawQuery(new URL(c.req.url)));
    const filter = filterOf(q);
    const [stats, counts] = await Promise.all([computeStats(store, filter), facetCounts(filter)]);
    const svgs: Record<string, string> = {};
    for (const chart of CHARTS) svgs[chart] = chartSvg(stats, chart, lang, chartTitle(chart, lang));
    return htmlPage(c, 200, t(lang, 'stats'), statsBody(lang, q, stats, svgs, counts), q.q);
  });

  app.get('/stats.csv', async (c) => {
    const lang = c.get('lang');
    const q = validate(statsQuerySchema, rawQuery(new URL(c.req.url)));
    if (!q.chart) throw new BadRequest(`chart: required, one of ${CHARTS.join(', ')}`);
    const stats = await computeStats(store, filterOf(q));
    const table = statsTable(stats, q.chart as ChartName, lang);
    return c.body(toCsv(table.header, table.rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="jikenbo-${q.chart}.csv"`,
    });
  });

  app.get('/feed.atom', async (c) => {
    const q = validate(searchQuerySchema, rawQuery(new URL(c.req.url)));
    const result = await searchReports(store, q.q ?? '', { filter: filterOf({ ...q, q: undefined }), sort: 'date', limit: 50 });
    const origin = new URL(c.req.url).origin;
    const entries: AtomEntry[] = [];
    for (const h of result.hits) {
      const r = h.report;
      const date = reportDate(r);
      const updated = date ? `${date}T00:00:00Z` : ((await store.getSource(r.source))?.ingested_at ?? '1970-01-01T00:00:00Z');
      const org = reportOrg(r);
      entries.push({
        id: `urn:jikenbo:report:${r.id}`,
        title: reportTitle(r),
        link: `${origin}/reports/${r.id}`,
        updated,
        summary: `${h.snippet.cutStart ? '…' : ''}${h.snippet.text}${h.snippet.cutEnd ? '…' : ''}`,
        ...(org ? { author: org } : {}),
        categories: r.extraction?.categories ?? [],
      });
    }
    const newest = entries.map((e) => e.updated).sort().pop();
    const self = `${origin}/feed.atom${q.q ? `?q=${encodeURIComponent(q.q)}` : ''}`;
    const xml = atomXml({
      id: `urn:jikenbo:feed${q.q ? `:${encodeURIComponent(q.q)}` : ''}`,
      title: q.q ? `jikenbo: ${q.q}` : 'jikenbo',
      selfUrl: self,
      siteUrl: `${origin}/search${q.q ? `?q=${encodeURIComponent(q.q)}` : ''}`,
      updated: newest ?? new Date().toISOString(),
      entries,
    });
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  // ---- JSON API ---------------------------------------------------------------------------

  app.get('/api/search', async (c) => {
    const q = validate(searchQuerySchema, rawQuery(new URL(c.req.url)));
    const perPage = q.per_page ?? PER_PAGE;
    const { result, counts, pageNo } = await search(q, perPage);
    return c.json({
      query: q.q ?? '',
      total: result.total,
      page: pageNo,
      per_page: perPage,
      hits: result.hits.map((h) => ({ ...summary(h.report), snippet: h.snippet })),
      facets: counts,
    });
  });

  app.get('/api/reports/:id', async (c) => {
    const id = validate(reportIdSchema, c.req.param('id'));
    const r = await store.getReport(id);
    if (!r) return c.json({ error: `no report with id ${id}` }, 404);
    const src = await store.getSource(r.source);
    return c.json({ ...toReportJson(r), source_info: src, links: { html: `/reports/${r.id}`, original: `/reports/${r.id}/original` } });
  });

  app.get('/api/orgs/:name', async (c) => {
    const name = validate(orgNameSchema, c.req.param('name'));
    const reports = await orgReports(name);
    if (reports.length === 0) return c.json({ error: `no report of ${name}` }, 404);
    const timeline = [...reports].sort((a, b) => (reportDate(a) ?? '9999').localeCompare(reportDate(b) ?? '9999'));
    return c.json({ organization: name, total: reports.length, reports: timeline.map(summary) });
  });

  app.get('/api/stats', async (c) => {
    const q = validate(statsQuerySchema, rawQuery(new URL(c.req.url)));
    const stats = await computeStats(store, filterOf(q));
    return c.json(stats);
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(version)));

  // Ingest: disabled without a token; the token is checked before the body is read.
  app.post(
    '/api/ingest',
    async (c, next) => {
      if (!config.token) return c.json({ error: 'ingest over HTTP is disabled: start the server with JIKENBO_TOKEN set to enable it' }, 403);
      const auth = c.req.header('Authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m || !sameSecret(m[1].trim(), config.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="jikenbo"');
        return c.json({ error: m ? 'invalid bearer token' : 'missing bearer token (Authorization: Bearer $JIKENBO_TOKEN)' }, 401);
      }
      await next();
    },
    bodyLimit({ maxSize: maxBody, onError: (c) => c.json({ error: `request body larger than ${maxBody} bytes` }, 413) }),
    async (c) => {
      const contentType = c.req.header('Content-Type') ?? '';
      let bytes: Uint8Array;
      let name: string | undefined = c.req.query('origin') || undefined;
      let mediaType: string | undefined;
      if (/^multipart\/form-data/i.test(contentType)) {
        const form = await c.req.parseBody();
        const file = form.file;
        if (!(file instanceof File)) return c.json({ error: 'multipart body without a `file` field' }, 400);
        bytes = new Uint8Array(await file.arrayBuffer());
        name ??= file.name || undefined;
        mediaType = file.type || undefined;
      } else {
        bytes = new Uint8Array(await c.req.arrayBuffer());
        mediaType = contentType || undefined;
      }
      if (bytes.byteLength === 0) return c.json({ error: 'empty body' }, 400);
      if (name !== undefined && (name.length > 300 || /[\u0000-\u001f]/.test(name))) return c.json({ error: 'origin: at most 300 printable characters' }, 400);
      if (mediaType && !/^(text\/|application\/(pdf|xhtml\+xml|xml|octet-stream))/i.test(mediaType)) {
        return c.json({ error: `unsupported media type ${mediaType.split(';')[0]}: send text, HTML, Markdown or PDF` }, 415);
      }
      if (mediaType && /^application\/octet-stream/i.test(mediaType)) mediaType = undefined;
      const sha = createHash('sha256').update(bytes).digest('hex');
      // Uploads are named upload://… so they never look like paths on the server.
      const origin = name ? `upload://${encodeURIComponent(name)}` : `upload://sha256/${sha}`;
      let out;
      try {
        out = await ingestBytes(bytes, origin, { store, archive, maxBytes: maxBody }, mediaType);
      } catch (e) {
        if (isJikenboError(e)) return c.json({ error: e.toString() }, 422);
        throw e;
      }
      if (out.status !== 'duplicate' && options.warm) warmCharts();
      const reports = out.save ? (await Promise.all(out.save.reportIds.map((id) => store.getReport(id)))).filter((r): r is Report => r !== null) : [];
      return c.json({ status: out.status, source: out.source, reports: reports.map(summary) }, out.status === 'duplicate' ? 200 : 201);
    },
  );

  // Every other method on the API answers with a JSON 405 rather than an HTML page.
  app.all('/api/*', (c) => c.json({ error: `method ${c.req.method} not allowed on ${c.req.path}` }, c.req.method === 'GET' ? 404 : 405));

  return app;
}
