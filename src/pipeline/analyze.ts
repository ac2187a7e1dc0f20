/**
 * The CPU-bound part of ingesting one original: decode, segment, extract. It runs in the caller's
 * thread or in a pool of worker threads (pool.ts), so a batch uses every core.
 */
import type { Document, DocumentMetadata, DocumentFormat, Source, TextEncodingName } from '../core/model.js';
import { decodeDocumentAsync, mediaTypeFor } from '../ingest/index.js';
import { reportRecord, type ReportRecord } from '../store/index.js';
import { reportsOf } from './reports.js';

export interface Analysis {
  readonly format: DocumentFormat;
  readonly encoding: TextEncodingName | null;
  readonly metadata: DocumentMetadata;
  /** In the form the store writes, so the writing thread only binds values. */
  readonly reports: ReportRecord[];
}

/** Returns the facts of the decoded document and its reports (with extraction) of an original's bytes. */
export async function analyzeBytes(bytes: Uint8Array, origin: string, sha256: string, mediaType?: string): Promise<Analysis> {
  const doc: Document = await decodeDocumentAsync({ bytes, origin, ...(mediaType ? { mediaType } : {}) }, sha256);
  return { format: doc.format, encoding: doc.encoding, metadata: doc.metadata, reports: reportsOf(doc).map(reportRecord) };
}

/** Returns the provenance record of an analysed original. */
export function sourceOf(a: Analysis, bytes: Uint8Array, origin: string, sha256: string, now: Date, mediaType?: string): Source {
  return {
    sha256,
    size: bytes.byteLength,
    origin,
    encoding: a.encoding,
    format: a.format,
    media_type: mediaType ?? mediaTypeFor(a.format),
    ingested_at: now.toISOString(),
  };
}
