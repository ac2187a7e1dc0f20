/** Search: query strings to filtered, paged reports with highlighted snippets. */
import type { Report } from '../core/model.js';
import type { ListOptions, ReportFilter, Store } from '../store/index.js';
import { parseQuery } from './query.js';
import { makeSnippet, type Snippet } from './snippet.js';

export { parseQuery } from './query.js';
export { makeSnippet, matchSpans, type Snippet } from './snippet.js';

export interface SearchHit {
  readonly report: Report;
  readonly snippet: Snippet;
}

export interface SearchResult {
  readonly query: string;
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/**
 * Returns the reports matching a query string and filters, newest first, with snippets.
 * @example await searchReports(store, '不正アクセス', { limit: 10 })
 */
export async function searchReports(store: Store, query: string, options: ListOptions = {}): Promise<SearchResult> {
  const terms = parseQuery(query);
  const filter: ReportFilter = { ...options.filter, terms: [...(options.filter?.terms ?? []), ...terms] };
  const page = await store.listReports({ ...options, filter });
  return {
    query,
    total: page.total,
    hits: page.reports.map((report) => ({ report, snippet: makeSnippet(report.text, terms) })),
  };
}
