/**
 * The CPU-bound part of ingesting one original: decode, segment, extract. It runs in the caller's
 * thread or in a pool of worker threads (pool.ts), so a batch uses every core.
 */
import type { Document, DocumentMetadata, DocumentFormat, TextEncodingName } from '../core/model.js';
import { decodeDocumentAsync } from '../ingest/index.js';
import type { ReportWrite } from '../store/index.js';
import { reportsOf } from './reports.js';

export interface Analysis {
  readonly format: DocumentFormat;
  readonly encoding: TextEncodingName | null;
  readonly metadata: DocumentMetadata;
  readonly text: string;
  readonly reports: ReportWrite[];
}

/** Returns the decoded document and its reports (with extraction) of an original's bytes. */
export async function analyzeBytes(bytes: Uint8Array, origin: string, sha256: string, mediaType?: string): Promise<Analysis> {
  const doc: Document = await decodeDocumentAsync({ bytes, origin, ...(mediaType ? { mediaType } : {}) }, sha256);
  return { format: doc.format, encoding: doc.encoding, metadata: doc.metadata, text: doc.text, reports: reportsOf(doc) };
}
