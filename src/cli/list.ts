/** jikenbo list: stored reports, newest first. */
import { toReportJson } from '../export/index.js';
import type { ReportSort } from '../store/index.js';
import { openContext, reportHeadline, wantsJson, writeLine, type GlobalOptions } from './common.js';

export default async function list(opts: GlobalOptions & { limit: number; offset: number; sort: ReportSort }): Promise<number> {
  const { store } = openContext(opts);
  try {
    const page = await store.listReports({ limit: opts.limit, offset: opts.offset, sort: opts.sort });
    if (wantsJson(opts)) for (const r of page.reports) writeLine(JSON.stringify(toReportJson(r)));
    else {
      for (const r of page.reports) writeLine(reportHeadline(r));
      writeLine(`(${page.reports.length} of ${page.total} reports)`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
