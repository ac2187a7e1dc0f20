export type { Store, ReportFilter, QueryTerm, ListOptions, ReportPage, DocumentWrite, ReportWrite, SaveResult, StoreStats, FacetField, ReportSort, MonthCategoryCount, AffectedBucket } from './store.js';
export { FACET_FIELDS } from './store.js';
export { openSqliteStore, SqliteStore, reportId, bigramsOf } from './sqlite.js';

import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Opens the casebook at a path (SQLite). */
export function openStore(path: string): Store {
  return openSqliteStore(path);
}
