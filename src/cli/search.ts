/** jikenbo search QUERY: full-text search with highlighted snippets. */
import { toReportJson } from '../export/index.js';
import { searchReports } from '../search/index.js';
import type { ReportSort } from '../store/index.js';
import { openContext, renderSnippet, reportHeadline, wantsJson, writeLine, type GlobalOptions } from './common.js';

interface SearchOptions extends GlobalOptions {
  limit: number;
  offset: number;
  sort: ReportSort;
  category?: string[];
  orgType?: string[];
  year?: string[];
}

export default async function search(query: string[], opts: SearchOptions): Promise<number> {
  const { store } = openContext(opts);
  try {
    const result = await searchReports(store, query.join(' '), {
      limit: opts.limit,
      offset: opts.offset,
      sort: opts.sort,
      filter: { category: opts.category, org_type: opts.orgType, year: opts.year },
    });
    if (wantsJson(opts)) {
      for (const h of result.hits) writeLine(JSON.stringify({ ...toReportJson(h.report), snippet: h.snippet }));
    } else {
      for (const h of result.hits) {
        writeLine(reportHeadline(h.report));
        writeLine(`    ${renderSnippet(h.snippet)}`);
      }
      writeLine(`(${result.hits.length} of ${result.total} reports match)`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
