/**
 * A report as the store writes it: every column value and index entry, derived from a ReportWrite
 * by a pure function. The ingest pipeline calls it on its analysing threads, so the thread that
 * writes the database receives flat strings and numbers (cheap to pass between threads) and only
 * binds them.
 */
import type { DocumentMetadata, Extraction } from '../core/model.js';
import { searchIndexEntry } from './search-index.js';
import type { ReportWrite } from './store.js';

/** The columns an extraction record fills in the reports table. */
export interface ExtractionColumns {
  readonly extractor_version: string | null;
  /** The whole record as JSON. */
  readonly extraction: string | null;
  readonly casebook_id: string | null;
  readonly organization: string | null;
  readonly org_type: string | null;
  readonly announced_on: string | null;
  readonly affected: number | null;
  readonly is_incident: 0 | 1 | null;
  readonly leak: string | null;
  readonly misuse: string | null;
  readonly follow_up: 0 | 1 | null;
  readonly sort_date: string | null;
}

/** A report ready to write: its text, position, JSON columns, extraction columns, search index entry and facets. */
export interface ReportRecord extends ExtractionColumns {
  readonly report_key: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly title: string;
  readonly text: string;
  /** The report's metadata as JSON. */
  readonly metadata: string;
  readonly search_text: string;
  readonly bigrams: string;
  /** Facet values as a flat list: field, value, field, value, … */
  readonly facets: readonly string[];
}

/** True when a report is already in the form the store writes. */
export function isReportRecord(r: ReportWrite | ReportRecord): r is ReportRecord {
  return Array.isArray((r as ReportRecord).facets);
}

/** Returns the columns an extraction record (or its absence) fills, given the report's metadata. */
export function extractionColumns(x: Extraction | null, metadata: DocumentMetadata): ExtractionColumns {
  return {
    extractor_version: x?.extractor_version ?? null,
    extraction: x ? JSON.stringify(x) : null,
    casebook_id: x?.casebook_id ?? null,
    organization: x?.organization[0] ?? metadata.organization ?? null,
    org_type: x?.org_type ?? null,
    announced_on: x?.announced_on ?? null,
    affected: x?.affected ?? null,
    is_incident: x ? (x.is_incident ? 1 : 0) : null,
    leak: x?.leak ?? null,
    misuse: x?.misuse ?? null,
    follow_up: x ? (x.follow_up ? 1 : 0) : null,
    sort_date: x?.announced_on ?? metadata.published_on ?? null,
  };
}

/** Returns the facet values of a report (field, value, field, value, …) for counts and filters. */
export function facetValues(x: Extraction | null, sortDate: string | null): string[] {
  const out: string[] = [];
  if (sortDate) out.push('year', sortDate.slice(0, 4), 'month', sortDate.slice(0, 7));
  if (!x) return out;
  for (const c of x.categories) out.push('category', c);
  for (const d of x.data_types) out.push('data_type', d);
  for (const a of x.actions) out.push('action', a);
  if (x.org_type) out.push('org_type', x.org_type);
  if (x.organization[0]) out.push('organization', x.organization[0]);
  out.push('leak', x.leak, 'misuse', x.misuse, 'follow_up', String(x.follow_up), 'is_incident', String(x.is_incident));
  return out;
}

/** Returns the record the store writes for a report. */
export function reportRecord(r: ReportWrite): ReportRecord {
  const index = r.index ?? searchIndexEntry(r.text);
  const columns = extractionColumns(r.extraction, r.metadata);
  return {
    report_key: r.report_key,
    start: r.start,
    end: r.end,
    line: r.line,
    title: r.title,
    text: r.text,
    metadata: JSON.stringify(r.metadata),
    search_text: index.search_text,
    bigrams: index.bigrams,
    ...columns,
    facets: facetValues(r.extraction, columns.sort_date),
  };
}
