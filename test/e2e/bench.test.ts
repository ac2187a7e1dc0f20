// `jikenbo bench`: the figures it reports and the corpus it builds once and reuses.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, jsonLines } from '../helpers/cli.js';
import { ARCHIVE_DIR, SAMPLES_DIR } from '../helpers/corpus.js';

describe('jikenbo bench', () => {
  const temp = mkdtempSync(join(tmpdir(), 'jikenbo-bench-test-'));
  // A small release archive: the first 30 files of 2025.
  const archive = join(temp, 'archive');
  mkdirSync(archive);
  const month = join(ARCHIVE_DIR, '2025', '01');
  for (const f of readdirSync(month).sort().slice(0, 30)) cpSync(join(month, f), join(archive, f));
  const env = { TMPDIR: temp };
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ingest reports documents and reports per second, and builds its corpus once', () => {
    const args = ['bench', 'ingest', '--reports', '60', '--archive-corpus', archive, '--seeds', SAMPLES_DIR, '--json'];
    const first = cli(args, { env });
    expect(first.status, first.stderr).toBe(0);
    const r = jsonLines(first.stdout).at(-1)!;
    // The 5 seed pages (52 posts) and the first 8 of the 30 releases make the 60 reports asked for.
    expect(r).toMatchObject({ documents: 13, reports: 60 });
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.reports_per_second).toBe(Math.round(60 / r.seconds));
    // Analysis runs on other threads, so the process may use more CPU time than wall time; never none.
    expect(r.cpu_seconds).toBeGreaterThan(0);
    const corpora = readdirSync(temp).filter((d) => d.startsWith('jikenbo-bench-corpus-'));
    expect(corpora).toHaveLength(1);
    const built = statSync(join(temp, corpora[0], '.complete')).mtimeMs;

    const second = cli(args, { env });
    expect(second.status, second.stderr).toBe(0);
    expect(jsonLines(second.stdout).at(-1)).toMatchObject({ documents: 13, reports: 60 });
    // More reports than one copy holds: whole copies, then part of the next (82 + 52 + 6).
    const more = cli(['bench', 'ingest', '--reports', '140', '--archive-corpus', archive, '--seeds', SAMPLES_DIR, '--json'], { env });
    expect(more.status, more.stderr).toBe(0);
    expect(jsonLines(more.stdout).at(-1)).toMatchObject({ documents: 35 + 11, reports: 140 });
    expect(statSync(join(temp, corpora[0], '.complete')).mtimeMs).toBe(built);
    // The database and archive of each run are gone; only the corpus stays.
    expect(readdirSync(temp).filter((d) => d.startsWith('jikenbo-bench-') && !d.startsWith('jikenbo-bench-corpus-') )).toEqual([]);
  }, 120_000);

  it('extract prints its figures as the last JSON line', () => {
    const r = cli(['bench', 'extract', '--reports', '200', '--archive-corpus', archive, '--seeds', SAMPLES_DIR, '--json'], { env });
    expect(r.status, r.stderr).toBe(0);
    const last = jsonLines(r.stdout).at(-1)!;
    expect(last.reports).toBe(200);
    expect(last.reports_per_second).toBeGreaterThan(0);
    expect(last.peak_rss_mb).toBeGreaterThan(0);
  }, 120_000);
});
