/**
 * Web app benchmark: ingests samples/ into a temporary casebook, starts the server on
 * 127.0.0.1:0, and runs autocannon against the main routes. Prints latency p50/p99 and req/s
 * under load, and the server's own time per request (its `Server-Timing: app;dur=…` header),
 * both under load and for sequential requests.
 *
 * @example npx tsx bench/serve.bench.ts            # 5 s per route, 10 connections
 * @example BENCH_SECONDS=10 BENCH_CONNECTIONS=20 npx tsx bench/serve.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { FileArchive, ingestPaths } from '../src/pipeline/index.js';
import { startServer } from '../src/serve/index.js';
import { openStore } from '../src/store/index.js';

interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEQUENTIAL = 100;

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const serverDur = (h: string | null | undefined) => Number(/app;dur=([\d.]+)/.exec(h ?? '')?.[1] ?? NaN);

async function main(): Promise<void> {
  // The module name is not a literal so that tsc does not look for types autocannon does not ship.
  const autocannon = (await import('autocannon' as string)).default as Autocannon;
  const dir = mkdtempSync(join(tmpdir(), 'jikenbo-bench-serve-'));
  const config = { ...loadConfig({ db: join(dir, 'jikenbo.db') }, {}), token: null };
  const store = openStore(config.db);
  const archive = new FileArchive(config.archive);
  const t0 = performance.now();
  const summary = await ingestPaths([join(REPO, 'samples')], { store, archive });
  console.log(`ingested samples/: ${summary.documents} documents, ${summary.reports} reports in ${(performance.now() - t0).toFixed(0)} ms`);
  const server = await startServer({ store, archive, config, log: () => undefined }, { host: '127.0.0.1', port: 0 });
  const [first] = (await store.listReports({ limit: 1, sort: 'date' })).reports;
  const routes = ['/', `/search?q=${encodeURIComponent('不正アクセス')}`, `/reports/${first.id}`, '/stats', `/api/search?q=${encodeURIComponent('紛失')}`];
  console.log(`server ${server.url}, ${SECONDS} s per route, ${CONNECTIONS} connections, node ${process.version}\n`);
  const rows: string[][] = [['route', 'req/s', 'p50 ms', 'p99 ms', 'server p50 ms (load)', 'server p99 ms (load)', 'server p50 ms (seq)', 'server p99 ms (seq)', 'non-2xx']];
  try {
    for (const route of routes) {
      const url = `${server.url}${route}`;
      // Warm-up (JIT, chart cache), then sequential requests for the server time alone.
      for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
      const seq: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) {
        const res = await fetch(url);
        await res.arrayBuffer();
        seq.push(serverDur(res.headers.get('server-timing')));
      }
      const underLoad: number[] = [];
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ method: 'GET', onResponse: (_s: number, _b: unknown, _c: unknown, headers: Record<string, string>) => underLoad.push(serverDur(headers['server-timing'] ?? headers['Server-Timing'])) }],
      });
      seq.sort((a, b) => a - b);
      const load = underLoad.filter(Number.isFinite).sort((a, b) => a - b);
      rows.push([
        decodeURIComponent(route.replace(first.id, ':id')),
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        pct(load, 50).toFixed(1),
        pct(load, 99).toFixed(1),
        pct(seq, 50).toFixed(1),
        pct(seq, 99).toFixed(1),
        String(result.non2xx + result.errors),
      ]);
    }
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
