/** jikenbo ingest PATH…: the batch, with a progress bar on a terminal and a summary. */
import cliProgress from 'cli-progress';
import { defaultWorkers, ingestPaths, type IngestEvent } from '../pipeline/index.js';
import { openContext, style, type GlobalOptions } from './common.js';

export default async function ingest(paths: string[], opts: GlobalOptions & { maxBytes?: number; workers?: number }): Promise<number> {
  const { config, store, archive } = openContext(opts);
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: 'ingest {bar} {value} files | {reports} reports | {errors} errors | {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let files = 0;
  let reports = 0;
  let errors = 0;
  let lastLine = Date.now();
  bar?.start(0, 0, { reports, errors, file: '' });
  const onEvent = (e: IngestEvent) => {
    files++;
    if (e.kind === 'error') {
      errors++;
      bar?.stop();
      process.stderr.write(`${style.red('error')} ${e.message}\n`);
      bar?.start(files, files, { reports, errors, file: '' });
    } else reports += e.status === 'duplicate' ? 0 : e.reports;
    if (bar) {
      bar.setTotal(files);
      bar.update(files, { reports, errors, file: e.origin.slice(-40) });
    } else if (Date.now() - lastLine > 2000) {
      lastLine = Date.now();
      process.stderr.write(`ingest: ${files} files, ${reports} reports, ${errors} errors so far\n`);
    }
  };
  try {
    const workers = opts.workers ?? defaultWorkers();
    const s = await ingestPaths(paths, { store, archive, maxBytes: opts.maxBytes ?? config.maxBytes, onEvent, stdin: process.stdin, workers });
    bar?.stop();
    const stats = await store.stats();
    process.stderr.write(
      `ingested ${s.documents} documents (${s.updated} updated), ${s.reports} new reports, ${s.duplicates} duplicates skipped, ${s.errors} errors` +
        ` — casebook ${config.db}: ${stats.reports} reports in ${stats.documents} documents\n`,
    );
    return s.errors > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await store.close();
  }
}
