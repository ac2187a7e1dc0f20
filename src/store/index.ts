export type { Store, ReportFilter, QueryTerm, ListOptions, ReportPage, DocumentWrite, ReportWrite, SearchIndexEntry, SaveResult, StoreStats, FacetField, ReportSort, MonthCategoryCount, AffectedBucket } from './store.js';
export { FACET_FIELDS } from './store.js';
export { openSqliteStore, SqliteStore, reportId } from './sqlite.js';
export { bigramsOf, searchIndexEntry } from './search-index.js';
export { reportRecord, isReportRecord } from './records.js';
export type { ReportRecord } from './records.js';

import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Opens the casebook at a path (SQLite). */
export function openStore(path: string): Store {
  return openSqliteStore(path);
}
