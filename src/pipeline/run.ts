/**
 * The orchestrator: ingest → archive → segment → extract → store. Analysis (decode, segment,
 * extract) may run on worker threads; archiving and storing stay in order on this thread.
 * One bad file is reported and skipped; nothing already stored changes because of it.
 */
import { availableParallelism } from 'node:os';
import { JikenboError, isJikenboError } from '../core/errors.js';
import type { Source } from '../core/model.js';
import { decodeDocument, readInputs, sha256Hex } from '../ingest/index.js';
import type { ArchiveStore } from '../archive/index.js';
import { extractReport, EXTRACTOR_VERSION } from '../extract/index.js';
import type { DocumentWrite, ReportWrite, SaveResult, Store } from '../store/index.js';
import { analyzeBytes, sourceOf, type Analysis } from './analyze.js';
import { AnalyzerPool, type PoolResult } from './pool.js';
import { FileArchive } from '../archive/index.js';
import { contextOf, documentKey, reportsOf } from './reports.js';

export type IngestEvent =
  | { readonly kind: 'document'; readonly origin: string; readonly status: 'new' | 'updated' | 'duplicate'; readonly reports: number }
  | { readonly kind: 'error'; readonly origin: string; readonly message: string };

export interface IngestOptions {
  readonly store: Store;
  readonly archive: ArchiveStore;
  readonly maxBytes?: number;
  readonly stdin?: NodeJS.ReadableStream;
  readonly onEvent?: (e: IngestEvent) => void;
  /** The clock, injected so tests can fix it. */
  readonly now?: () => Date;
  /** Worker threads that analyse originals in parallel with storing; 0 analyses in this thread. */
  readonly workers?: number;
}

export interface IngestSummary {
  documents: number;
  updated: number;
  reports: number;
  duplicates: number;
  errors: number;
  readonly errorMessages: string[];
}

export interface DocumentOutcome {
  readonly status: 'new' | 'updated' | 'duplicate';
  readonly source: string;
  readonly save?: SaveResult;
}

/**
 * Returns the document write of an analysed original; `source` is its provenance when a worker
 * archived it already, else it is made here.
 */
function documentWrite(bytes: Uint8Array, origin: string, sha: string, a: Analysis, options: IngestOptions, given: { mediaType?: string; source?: Source } = {}): DocumentWrite {
  if (a.reports.length === 0) throw new JikenboError('ingest', `${origin}: no report found in the document`);
  const source = given.source ?? sourceOf(a, bytes, origin, sha, options.now?.() ?? new Date(), given.mediaType);
  return { key: documentKey(sha, origin), source, origin, format: a.format, encoding: a.encoding, metadata: a.metadata, reports: a.reports };
}

/**
 * Ingests one original: archives its bytes, then stores its document and reports in one
 * transaction. The same bytes again are a duplicate and change nothing.
 */
export async function ingestBytes(bytes: Uint8Array, origin: string, options: IngestOptions, mediaType?: string): Promise<DocumentOutcome> {
  const sha = sha256Hex(bytes);
  if (await options.store.hasSource(sha)) return { status: 'duplicate', source: sha };
  const analysis = await analyzeBytes(bytes, origin, sha, mediaType);
  const write = documentWrite(bytes, origin, sha, analysis, options, { mediaType });
  // The original is on disk before the database refers to it; an interrupted run leaves at most an unreferenced file.
  await options.archive.put(bytes, write.source);
  const save = await options.store.saveDocument(write);
  return { status: save.status, source: sha, save };
}

/**
 * Documents written per transaction by a batch ingest. The full-text index writes a new segment at
 * every commit, so larger batches build it with fewer merges (250 documents cost 12–18% less to
 * store than 100); a killed run loses at most one batch, which the next run writes again.
 */
const BATCH_DOCUMENTS = 250;

/** Bytes of originals held while they are analysed, beyond which reading waits for writing. */
const MAX_INFLIGHT_BYTES = 256 * 1024 * 1024;

/**
 * The analyser threads an ingest starts by default: one per core but one, since the writing thread
 * analyses too whenever it would otherwise wait (at least one).
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Ingests files, folders (recursively) and `-` (standard input); returns the batch summary. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { documents: 0, updated: 0, reports: 0, duplicates: 0, errors: 0, errorMessages: [] };
  const fail = (origin: string, e: unknown) => {
    const message = isJikenboError(e) ? e.toString() : `ingest: ${origin}: ${(e as Error).message ?? String(e)}`;
    summary.errors++;
    summary.errorMessages.push(message);
    options.onEvent?.({ kind: 'error', origin, message });
  };
  const done = (origin: string, save: SaveResult) => {
    summary.documents++;
    if (save.status === 'updated') summary.updated++;
    summary.reports += save.added;
    options.onEvent?.({ kind: 'document', origin, status: save.status, reports: save.added + save.updated });
  };
  const duplicate = (origin: string) => {
    summary.duplicates++;
    options.onEvent?.({ kind: 'document', origin, status: 'duplicate', reports: 0 });
  };

  // Originals are archived concurrently with analysis and storing; a batch is written once all its originals are on disk.
  let batch: Array<{ origin: string; write: DocumentWrite; archived: Promise<unknown> }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const archived = await Promise.allSettled(batch.map((i) => i.archived));
    const items = batch.filter((item, k) => {
      const r = archived[k];
      if (r.status === 'rejected') fail(item.origin, r.reason);
      return r.status === 'fulfilled';
    });
    batch = [];
    if (items.length === 0) return;
    try {
      const saved = await options.store.saveDocuments(items.map((i) => i.write));
      saved.forEach((s, k) => done(items[k].origin, s));
    } catch {
      // The batch rolled back as a whole; write its documents one by one so only the bad one fails.
      for (const item of items) {
        try {
          done(item.origin, await options.store.saveDocument(item.write));
        } catch (e) {
          fail(item.origin, e);
        }
      }
    }
  };

  // Workers also archive when the archive is a plain folder and the clock is the real one.
  const workerArchive = options.archive instanceof FileArchive && !options.now ? { dir: options.archive.dir, fsync: options.archive.fsync } : undefined;
  const pool = options.workers && options.workers > 0 ? new AnalyzerPool(options.workers, { archive: workerArchive }) : null;
  // Originals under analysis, finished in the order they were read so output and ids stay deterministic.
  const inflight: Array<{ origin: string; sha: string; bytes: Uint8Array; analysis: Promise<PoolResult>; ready: boolean }> = [];
  // Deep enough that the workers stay busy while this thread writes a batch.
  const window = pool ? Math.max(2 * BATCH_DOCUMENTS, options.workers! * 16) : 1;
  const pendingSources = new Set<string>();
  let inflightBytes = 0;
  const finishOne = async () => {
    const job = inflight.shift()!;
    inflightBytes -= job.bytes.byteLength;
    try {
      const { analysis, source } = await job.analysis;
      const write = documentWrite(job.bytes, job.origin, job.sha, analysis, options, { source });
      const archived = source ? Promise.resolve() : options.archive.put(job.bytes, write.source);
      archived.catch(() => undefined); // reported by flush
      batch.push({ origin: job.origin, write, archived });
      if (batch.length >= BATCH_DOCUMENTS) await flush();
    } catch (e) {
      fail(job.origin, e);
    }
  };
  try {
    for await (const item of readInputs([...paths], { maxBytes: options.maxBytes, stdin: options.stdin })) {
      if ('error' in item) {
        fail(item.origin, item.error);
        continue;
      }
      const sha = item.sha256;
      if (pendingSources.has(sha) || (await options.store.hasSource(sha))) {
        duplicate(item.origin);
        continue;
      }
      pendingSources.add(sha);
      if (pool && inflight.length >= window) {
        // Let the analysers' answers in, then write what is ready, in order.
        await new Promise<void>((resolve) => setImmediate(resolve));
        while (inflight.length > 0 && inflight[0].ready) await finishOne();
      }
      // With the analysers' queue full and nothing ready to write, this thread analyses the
      // document itself rather than wait: its idle time is worth a share of the analysis, and the
      // pool can have one thread fewer than there are cores.
      const here = !pool || inflight.length >= window;
      const analysis = here ? analyzeBytes(item.bytes, item.origin, sha).then((a): PoolResult => ({ analysis: a })) : pool.analyze(item.bytes, item.origin, sha);
      const job = { origin: item.origin, sha, bytes: item.bytes, analysis, ready: false };
      analysis.then(() => (job.ready = true), () => (job.ready = true)); // failures are handled in finishOne, in order
      inflight.push(job);
      inflightBytes += item.bytes.byteLength;
      // Bounded in documents and in bytes (a folder of large PDFs).
      while (inflight.length >= (pool ? 2 * window : 1) || (inflight.length > 1 && inflightBytes > MAX_INFLIGHT_BYTES)) await finishOne();
    }
    while (inflight.length > 0) await finishOne();
    await flush();
  } finally {
    await pool?.close();
  }
  return summary;
}

/** Runs the current extractor again over every stored report; returns how many changed. */
export async function reextractAll(store: Store): Promise<{ reports: number; changed: number; version: string }> {
  let changed = 0;
  const ids = await store.reportIds();
  for (const id of ids) {
    const r = await store.getReport(id);
    if (!r) continue;
    const x = extractReport(r.text, contextOf(r.metadata, r.title));
    if (JSON.stringify(x) !== JSON.stringify(r.extraction)) {
      await store.updateExtraction(id, x);
      changed++;
    }
  }
  return { reports: ids.length, changed, version: EXTRACTOR_VERSION };
}

/** Returns the reports (with extraction) of an original's bytes, without storing anything. */
export function reportsOfBytes(bytes: Uint8Array, origin: string): ReportWrite[] {
  return reportsOf(decodeDocument({ bytes, origin }, sha256Hex(bytes)));
}

export { contextOf, documentKey, reportKey, reportsOf } from './reports.js';
