/**
 * jikenbo bench ingest|extract: throughput on the seeds and the release archive.
 * The last line of output is one JSON object with the figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JikenboError } from '../core/errors.js';
import { extractReport } from '../pipeline/index.js';
import { contextOf, defaultWorkers, ingestPaths, reportsOfBytes } from '../pipeline/index.js';
import { openStore } from '../store/index.js';
import { FileArchive } from '../pipeline/index.js';
import { writeLine, type GlobalOptions } from './common.js';

interface BenchOptions extends GlobalOptions {
  reports: number;
  workers?: number;
  archiveCorpus: string;
  seeds: string;
}

function filesUnder(dir: string, ext: RegExp): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch (e) {
    throw new JikenboError('cli', `${dir}: cannot read corpus folder: ${(e as Error).message}`);
  }
  return entries.filter((f) => ext.test(f) && !basename(f).startsWith('README')).sort().map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function benchExtract(opts: BenchOptions): Promise<Record<string, number>> {
  const inputs: Array<{ text: string; context: ReturnType<typeof contextOf> }> = [];
  for (const f of [...filesUnder(opts.seeds, /\.(txt|html?|md)$/), ...filesUnder(opts.archiveCorpus, /\.md$/)]) {
    for (const r of reportsOfBytes(readFileSync(f), f)) inputs.push({ text: r.text, context: contextOf(r.metadata, r.title) });
  }
  if (inputs.length === 0) throw new JikenboError('cli', 'bench: no reports found in the corpus folders');
  const n = opts.reports;
  const t0 = performance.now();
  let evidence = 0;
  for (let i = 0; i < n; i++) {
    const input = inputs[i % inputs.length];
    evidence += extractReport(input.text, input.context).evidence.length;
    if (!opts.json && i > 0 && i % 5000 === 0) writeLine(`  ${i} reports, peak RSS ${peakRssMb()} MB`);
  }
  const seconds = (performance.now() - t0) / 1000;
  void evidence;
  return { reports: n, distinct_reports: inputs.length, seconds: round(seconds), reports_per_second: Math.round(n / seconds), peak_rss_mb: peakRssMb() };
}

/**
 * Returns the folder of the ingest benchmark's corpus: copies of the seeds and the release archive,
 * enough for `opts.reports` reports (the last copy partial), each copy a distinct release (its URL
 * line or trailing bytes differ). The folder is built once per content and count, under the temp folder, and reused:
 * writing and deleting thousands of files before every run would leave the file system busy
 * reclaiming them while the run is measured.
 */
function benchCorpus(opts: BenchOptions): string {
  const sources = [...filesUnder(opts.seeds, /\.(txt|html?|md)$/), ...filesUnder(opts.archiveCorpus, /\.md$/)].map((f) => ({ name: basename(f), bytes: readFileSync(f) }));
  const key = createHash('sha256');
  for (const s of sources) key.update(s.name).update('\0').update(s.bytes).update('\0');
  key.update(`reports=${opts.reports};layout=2`);
  const dir = join(tmpdir(), `jikenbo-bench-corpus-${key.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  const counts = sources.map((s) => reportsOfBytes(s.bytes, s.name).length);
  if (counts.every((n) => n === 0)) throw new JikenboError('cli', 'bench: no reports found in the corpus folders');
  const building = mkdtempSync(`${dir}.tmp-`);
  // Whole copies, then as many files of one more copy as it takes to reach the count.
  let i = 0;
  let reports = 0;
  let k = 0;
  for (; reports < opts.reports; k++) {
    const copy = join(building, `copy-${k}`);
    mkdirSync(copy, { recursive: true });
    for (let j = 0; j < sources.length && reports < opts.reports; j++) {
      const s = sources[j];
      let text = s.bytes.toString('utf8');
      text = /^- https?:\/\/\S+/m.test(text) ? text.replace(/^- (https?:\/\/\S+)/m, `- $1#copy-${k}`) : `${text}\n${'\n'.repeat(k)}`;
      writeFileSync(join(copy, `${String(i++).padStart(6, '0')}-${s.name}`), text);
      reports += counts[j];
    }
  }
  writeFileSync(join(building, '.complete'), `${JSON.stringify({ copies: k, files: i, reports })}\n`);
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(building, dir);
  } catch {
    // Another run built it meanwhile.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

async function benchIngest(opts: BenchOptions): Promise<Record<string, number>> {
  const corpus = benchCorpus(opts);
  const work = mkdtempSync(join(tmpdir(), 'jikenbo-bench-'));
  try {
    const store = openStore(join(work, 'bench.db'));
    const archive = new FileArchive(join(work, 'archive'));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = await ingestPaths([corpus], { store, archive, workers: opts.workers ?? defaultWorkers() });
    const seconds = (performance.now() - t0) / 1000;
    // The whole process, analyser threads included: on a shared machine, wall time swings with the
    // host's load while this stays closer to the work done.
    const cpu = process.cpuUsage(c0);
    await store.close();
    if (s.errors) throw new JikenboError('cli', `bench: ${s.errors} errors while ingesting: ${s.errorMessages[0]}`);
    return {
      documents: s.documents,
      reports: s.reports,
      seconds: round(seconds),
      documents_per_second: Math.round(s.documents / seconds),
      reports_per_second: Math.round(s.reports / seconds),
      cpu_seconds: round((cpu.user + cpu.system) / 1e6),
      peak_rss_mb: peakRssMb(),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export default async function bench(what: string, opts: BenchOptions): Promise<number> {
  if (!Number.isInteger(opts.reports) || opts.reports <= 0) throw new JikenboError('cli', `--reports must be a positive integer`);
  let result: Record<string, number>;
  if (what === 'extract') result = await benchExtract(opts);
  else if (what === 'ingest') result = await benchIngest(opts);
  else throw new JikenboError('cli', `bench: unknown benchmark ${what} (ingest | extract)`);
  if (!opts.json) for (const [k, v] of Object.entries(result)) writeLine(`${k.padEnd(22)} ${v}`);
  writeLine(JSON.stringify(result));
  return 0;
}
