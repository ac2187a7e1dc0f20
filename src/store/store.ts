/**
 * The Store interface: the only door to the database. SQLite implements it today; every method
 * is async so that a networked backend can implement the same contract.
 */
import type { DocumentFormat, DocumentMetadata, Extraction, Report, Source, TextEncodingName } from '../core/model.js';
import type { ReportRecord } from './records.js';

/** One term of a search query, already normalised (NFKC, lower case). */
export interface QueryTerm {
  readonly text: string;
  readonly negated: boolean;
}

/** Field filters shared by search, lists, facets and statistics. Values are ANDed; lists inside a field are ORed. */
export interface ReportFilter {
  readonly terms?: readonly QueryTerm[];
  readonly category?: readonly string[];
  readonly org_type?: readonly string[];
  readonly data_type?: readonly string[];
  readonly action?: readonly string[];
  readonly leak?: readonly string[];
  readonly misuse?: readonly string[];
  readonly year?: readonly string[];
  readonly month?: readonly string[];
  readonly follow_up?: readonly string[];
  readonly is_incident?: readonly string[];
  readonly organization?: readonly string[];
}

export const FACET_FIELDS = ['category', 'org_type', 'data_type', 'action', 'leak', 'misuse', 'year', 'month', 'follow_up', 'is_incident', 'organization'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export type ReportSort = 'date' | 'affected' | 'ingested';

export interface ListOptions {
  readonly filter?: ReportFilter;
  readonly sort?: ReportSort;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ReportPage {
  readonly total: number;
  readonly reports: readonly Report[];
}

/** What one document version brings: its source, the decoded document's facts, and its reports (the text lives in them and in the archived original). */
export interface DocumentWrite {
  readonly key: string;
  readonly source: Source;
  readonly origin: string;
  readonly format: DocumentFormat;
  readonly encoding: TextEncodingName | null;
  readonly metadata: DocumentMetadata;
  /** Its reports, as given or already in the form the store writes (`reportRecord`, computed off the writing thread). */
  readonly reports: readonly (ReportWrite | ReportRecord)[];
}

/** A report to store: the Report's own fields (its id and document come from the store) and its key in the document. */
export interface ReportWrite extends Pick<Report, 'start' | 'end' | 'line' | 'title' | 'text' | 'metadata' | 'extraction'> {
  readonly report_key: string;
  /** The search index's view of the text, when computed ahead (e.g. on a worker thread); else the store derives it. */
  readonly index?: SearchIndexEntry;
}

/** What the search index holds of a report: its normalised text and that text's letter pairs. */
export interface SearchIndexEntry {
  readonly search_text: string;
  readonly bigrams: string;
}

export interface SaveResult {
  readonly status: 'new' | 'updated';
  readonly version: number;
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly reportIds: readonly string[];
}

export interface StoreStats {
  readonly documents: number;
  readonly reports: number;
  readonly sources: number;
}

export interface Store {
  /** True when a source with these bytes was archived already. */
  hasSource(sha256: string): Promise<boolean>;
  getSource(sha256: string): Promise<Source | null>;
  /** Writes a document version and all its reports in one transaction; reports keep their ids across versions. */
  saveDocument(doc: DocumentWrite): Promise<SaveResult>;
  /**
   * Writes several documents in one transaction (each as saveDocument would): a batch is all or
   * nothing, so no document is ever half-written, and large ingests pay one commit per batch.
   */
  saveDocuments(docs: readonly DocumentWrite[]): Promise<SaveResult[]>;
  /** A report by id, or by a unique id prefix of at least 4 characters. */
  getReport(id: string): Promise<Report | null>;
  listReports(options?: ListOptions): Promise<ReportPage>;
  /** Counts per value of a facet field over the reports the filter selects. */
  facetCounts(field: FacetField, filter?: ReportFilter, limit?: number): Promise<Array<{ value: string; count: number }>>;
  /** Ids of all reports, in storage order, for batch work such as re-extraction. */
  reportIds(): Promise<string[]>;
  updateExtraction(id: string, extraction: Extraction): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Statistics: read-only aggregate queries used by the web app's /stats page and /api/stats.
// (Declared as an interface merge so the core contract above stays as it was.)

/** Reports per (month, category) pair; a report with several categories counts once in each. */
export interface MonthCategoryCount {
  readonly month: string;
  readonly category: string;
  readonly count: number;
}

/**
 * Reports per order of magnitude of people affected: `digits` is the number of decimal digits of
 * `affected` (1 → 1–9, 2 → 10–99, …), 0 when affected is 0, null when unknown.
 */
export interface AffectedBucket {
  readonly digits: number | null;
  readonly count: number;
}

export interface Store {
  /** Counts per month and category over the reports the filter selects, ordered by month then category. */
  monthlyCategoryCounts(filter?: ReportFilter): Promise<MonthCategoryCount[]>;
  /** Counts per order of magnitude of `affected` over the reports the filter selects. */
  affectedBuckets(filter?: ReportFilter): Promise<AffectedBucket[]>;
}
