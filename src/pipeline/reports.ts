/**
 * From a decoded document to the reports to store: keys that stay stable across versions, and the
 * extraction context each report gets from its document.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Document, DocumentMetadata, ExtractionContext, Segment } from '../core/model.js';
import { normalizeJa } from '../core/normalize.js';
import { casebookHeading } from '../core/casebook.js';
import { segmentDocument } from '../segment/index.js';
import { extractReportNormalized } from '../extract/index.js';
import type { ReportWrite } from '../store/index.js';
import { searchIndexEntry } from '../store/search-index.js';


/**
 * Returns the key of a document: where it was read from (absolute path or URL), else its hash.
 * A release URL it states is not the key: archives keep successive versions of one URL as separate releases.
 */
export function documentKey(sha256: string, origin: string): string {
  if (origin && origin !== '-' && !/^[a-z]+:\/\//i.test(origin)) return resolve(origin);
  if (origin && origin !== '-') return origin;
  return `sha256:${sha256}`;
}

/** Returns the key of a report within its document: its casebook number, else a hash of its title. */
export function reportKey(segment: Segment): string {
  const casebook = casebookHeading(segment.title);
  if (casebook) return `casebook:${casebook.id}`;
  const title = normalizeJa(segment.title).text.replace(/\s+/g, '');
  return `title:${createHash('sha256').update(title).digest('hex').slice(0, 16)}`;
}

/** Returns the extraction context a report's metadata and title line give. */
export function contextOf(meta: DocumentMetadata, titleLine: string): ExtractionContext {
  const published = meta.published_on;
  const casebook = casebookHeading(titleLine);
  const year = published ? Number(published.slice(0, 4)) : casebook ? Number(casebook.id.slice(0, 4)) : undefined;
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
    const { extraction, normalized } = extractReportNormalized(text, contextOf(metadata, seg.title));
    return {
      report_key: key,
      start: seg.start,
      end: seg.end,
      line: seg.line,
      title: seg.title,
      text,
      metadata,
      extraction,
      // Computed here so that it runs on the analysing thread, not the one writing the database.
      index: searchIndexEntry(text, normalized),
    };
  });
}
