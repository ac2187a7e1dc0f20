/**
 * The orchestrator: ingest → archive → segment → extract → store, one document at a time.
 * One bad file is reported and skipped; nothing already stored changes because of it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { JikenboError, isJikenboError } from '../core/errors.js';
import type { Document, DocumentMetadata, ExtractionContext, Segment, Source } from '../core/model.js';
import { normalizeJa } from '../core/normalize.js';
import { decodeDocument, decodeDocumentAsync, sha256Hex, walkInputs, mediaTypeFor } from '../ingest/index.js';
import type { ArchiveStore } from '../archive/index.js';
import { segmentDocument } from '../segment/index.js';
import { extractReport, EXTRACTOR_VERSION } from '../extract/index.js';
import type { DocumentWrite, ReportWrite, SaveResult, Store } from '../store/index.js';

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

const CASEBOOK_ID = /【[^】#]*#\s*(\d{4}(?:-\d{1,5})?)\s*】/;

/**
 * Returns the key of a document: where it was read from (absolute path or URL), else its hash.
 * A release URL it states is not the key: archives keep successive versions of one URL as separate releases.
 */
export function documentKey(doc: Document, origin: string): string {
  if (origin && origin !== '-' && !/^[a-z]+:\/\//i.test(origin)) return resolve(origin);
  if (origin && origin !== '-') return origin;
  return `sha256:${doc.source}`;
}

/** Returns the key of a report within its document: its casebook number, else a hash of its title. */
export function reportKey(segment: Segment): string {
  const m = CASEBOOK_ID.exec(segment.title);
  if (m) return `casebook:${m[1]}`;
  const title = normalizeJa(segment.title).text.replace(/\s+/g, '');
  return `title:${createHash('sha256').update(title).digest('hex').slice(0, 16)}`;
}

/** Returns the extraction context a report's metadata and title line give. */
export function contextOf(meta: DocumentMetadata, titleLine: string): ExtractionContext {
  const published = meta.published_on;
  const casebook = CASEBOOK_ID.exec(titleLine);
  const year = published ? Number(published.slice(0, 4)) : casebook ? Number(casebook[1].slice(0, 4)) : undefined;
  return {
    ...(published ? { published_on: published } : {}),
    ...(year ? { year } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.organization ? { organization: meta.organization } : {}),
    ...(meta.publication_kind ? { publication_kind: meta.publication_kind } : {}),
  };
}

/** Returns the reports of a decoded document, each with its extraction record. */
export function reportsOf(doc: Document): ReportWrite[] {
  const seen = new Map<string, number>();
  return segmentDocument(doc).map((seg) => {
    let key = reportKey(seg);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key = `${key}#${n}`;
    const text = doc.text.slice(seg.start, seg.end);
    const metadata = { ...doc.metadata, ...seg.metadata };
    return {
      report_key: key,
      start: seg.start,
      end: seg.end,
      line: seg.line,
      title: seg.title,
      text,
      metadata,
      extraction: extractReport(text, contextOf(metadata, seg.title)),
    };
  });
}

type Prepared = { readonly status: 'duplicate'; readonly source: string } | { readonly status: 'ready'; readonly source: string; readonly write: DocumentWrite };

/**
 * Decodes, segments and extracts one original and archives its bytes; returns the document write
 * to store, or `duplicate` when these bytes were ingested already.
 */
async function prepareBytes(bytes: Uint8Array, origin: string, options: IngestOptions, mediaType?: string): Promise<Prepared> {
  const sha = sha256Hex(bytes);
  if (await options.store.hasSource(sha)) return { status: 'duplicate', source: sha };
  const doc = await decodeDocumentAsync({ bytes, origin, ...(mediaType ? { mediaType } : {}) }, sha);
  const reports = reportsOf(doc);
  if (reports.length === 0) throw new JikenboError('ingest', `${origin}: no report found in the document`);
  const source: Source = {
    sha256: sha,
    size: bytes.byteLength,
    origin,
    encoding: doc.encoding,
    format: doc.format,
    media_type: mediaType ?? mediaTypeFor(doc.format),
    ingested_at: (options.now?.() ?? new Date()).toISOString(),
  };
  // The original is on disk before the database refers to it; an interrupted run leaves at most an unreferenced file.
  await options.archive.put(bytes, source);
  return {
    status: 'ready',
    source: sha,
    write: { key: documentKey(doc, origin), source, origin, format: doc.format, encoding: doc.encoding, metadata: doc.metadata, text: doc.text, reports },
  };
}

/**
 * Ingests one original: archives its bytes, then stores its document and reports in one
 * transaction. The same bytes again are a duplicate and change nothing.
 */
export async function ingestBytes(bytes: Uint8Array, origin: string, options: IngestOptions, mediaType?: string): Promise<DocumentOutcome> {
  const p = await prepareBytes(bytes, origin, options, mediaType);
  if (p.status === 'duplicate') return p;
  const save = await options.store.saveDocument(p.write);
  return { status: save.status, source: p.source, save };
}

/** Documents written per transaction by a batch ingest. */
const BATCH_DOCUMENTS = 200;

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
  let batch: Array<{ origin: string; write: DocumentWrite }> = [];
  const pendingSources = new Set<string>();
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    pendingSources.clear();
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
  for await (const item of walkInputs([...paths], { maxBytes: options.maxBytes, stdin: options.stdin })) {
    if ('error' in item) {
      fail(item.origin, item.error);
      continue;
    }
    try {
      const p = await prepareBytes(item.bytes, item.origin, options);
      if (p.status === 'duplicate' || pendingSources.has(p.source)) duplicate(item.origin);
      else {
        pendingSources.add(p.source);
        batch.push({ origin: item.origin, write: p.write });
        if (batch.length >= BATCH_DOCUMENTS) await flush();
      }
    } catch (e) {
      fail(item.origin, e);
    }
  }
  await flush();
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
