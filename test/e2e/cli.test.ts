// The real `jikenbo` program, end to end, on a throwaway database.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, cliSpawn, jsonLines } from '../helpers/cli.js';
import { ARCHIVE_DIR, GOLD, SAMPLES_DIR, SEEDS_DIR, seedFiles } from '../helpers/corpus.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'jikenbo-cli-'));
}

describe('jikenbo CLI', () => {
  it('ingests the sample corpus, lists, searches, shows and gives back the original bytes', () => {
    const db = join(tmp(), 'casebook.db');
    const ing = cli(['ingest', SAMPLES_DIR, '--db', db]);
    expect(ing.status, ing.stderr).toBe(0);
    expect(ing.stderr).toMatch(/ingested 5 documents .* 0 errors/);

    const list = jsonLines(cli(['list', '--db', db, '--json', '--limit', '1000']).stdout);
    expect(list.length).toBeGreaterThanOrEqual(52);
    for (const r of list) {
      expect(r).toHaveProperty('id');
      expect(r).toHaveProperty('title');
      expect(r).toHaveProperty('text');
      expect(r.source).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof r.start).toBe('number');
      expect(typeof r.end).toBe('number');
    }

    const hits = jsonLines(cli(['search', '不正アクセス', '--db', db, '--json', '--limit', '1000']).stdout);
    expect(hits.length).toBeGreaterThan(10);
    for (const h of hits) expect(h.text.normalize('NFKC')).toContain('不正アクセス');

    const human = cli(['search', '紛失', '--db', db, '--limit', '3', '--no-json']);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('【紛失】');

    const shown = cli(['show', list[0].id, '--db', db, '--no-json']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(list[0].title.slice(0, 10));

    const sha = list.find((r) => r.document.endsWith('002_85d1f7ebc879680f.txt'))!.source;
    const raw = cli(['source', 'show', sha, '--raw', '--db', db]);
    expect(raw.stdoutBytes.equals(readFileSync(join(SAMPLES_DIR, '002_85d1f7ebc879680f.txt')))).toBe(true);

    const again = cli(['ingest', SAMPLES_DIR, '--db', db]);
    expect(again.stderr).toMatch(/0 new reports, 5 duplicates skipped/);
  });

  it('reports each bad file on one line, goes on, and exits non-zero', () => {
    const dir = tmp();
    const db = join(dir, 'casebook.db');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    cpSync(seedFiles()[1], join(inbox, 'good.txt'));
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'photo.txt'), Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb', 'hex'));
    writeFileSync(join(inbox, 'script.html'), '<html><body><script>alert(1)</script></body></html>');
    // A 200 MB file (sparse: no disk is used) is refused by its size before it is read.
    writeFileSync(join(inbox, 'huge.txt'), '');
    truncateSync(join(inbox, 'huge.txt'), 200 * 1024 * 1024);
    const r = cli(['ingest', inbox, '--db', db]);
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error'));
    expect(errors.length).toBe(4);
    expect(errors.some((l) => l.includes('huge.txt') && l.includes('too large'))).toBe(true);
    expect(errors.some((l) => l.includes('empty.txt'))).toBe(true);
    expect(errors.some((l) => l.includes('photo.txt'))).toBe(true);
    expect(errors.some((l) => l.includes('script.html'))).toBe(true);
    expect(r.stderr).toMatch(/ingested 1 documents/);
  });

  it('survives SIGKILL mid-batch: the database opens, passes integrity_check, and a re-run completes', async () => {
    const dir = tmp();
    const db = join(dir, 'casebook.db');
    // Every file of the release archive is one report: 1,300 in all.
    const releases = [ARCHIVE_DIR];
    const child = cliSpawn(['ingest', ...releases, '--db', db]);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    // Kill once the batch is well under way (documents are being written).
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        try {
          const conn = new Database(db, { readonly: true, fileMustExist: true });
          const n = conn.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'reports'").pluck().get() as number;
          const rows = n ? (conn.prepare('SELECT count(*) FROM reports').pluck().get() as number) : 0;
          conn.close();
          if (rows > 50) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          // not created yet
        }
      }, 50);
    });
    await new Promise((r) => child.once('exit', r));
    expect(child.signalCode).toBe('SIGKILL');
    const conn = new Database(db);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    const partial = conn.prepare('SELECT count(*) FROM reports').pluck().get() as number;
    conn.close();
    expect(partial).toBeGreaterThan(50);
    expect(partial).toBeLessThan(1300);
    const rerun = cli(['ingest', ...releases, '--db', db]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const done = new Database(db);
    expect(done.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(1300);
    expect(done.pragma('integrity_check', { simple: true })).toBe('ok');
    done.close();
    void stderr;
  });

  it('eval prints the score report of the contract', () => {
    const r = cli(['eval', GOLD, '--corpus', SEEDS_DIR, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.reports).toBe(52);
    expect(report.segmentation.f1).toBeGreaterThanOrEqual(0.97);
    expect(report.fields.casebook_id.accuracy).toBe(1);
  });

  it('eval scores gold records that name their file in the corpus instead of carrying the text', () => {
    const gold = new URL('../fixtures/gold/archive-dev19.jsonl', import.meta.url).pathname;
    const r = cli(['eval', gold, '--corpus', ARCHIVE_DIR, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.reports).toBe(20);
    expect(report.segmentation).toBeUndefined();
    expect(report.fields.organization.accuracy).toBeGreaterThanOrEqual(0.9);
    // Without the corpus there is nothing to score: one clear error naming the record.
    const bare = cli(['eval', gold, '--json']);
    expect(bare.status).not.toBe(0);
    expect(bare.stderr).toMatch(/no "text", and its file .+ is not in the corpus/);
  });

  it('extract --input reads JSON Lines and prints one record per line with evidence', () => {
    const lines = readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).slice(0, 3).map((l) => JSON.parse(l));
    const input = join(tmp(), 'in.jsonl');
    writeFileSync(input, lines.map((g) => JSON.stringify({ id: g.id, text: g.text })).join('\n'));
    const out = jsonLines(cli(['extract', '--input', input, '--json']).stdout);
    expect(out.map((o) => o.id)).toEqual(lines.map((g) => g.id));
    for (const o of out) {
      expect(o).toHaveProperty('casebook_id');
      expect(o).toHaveProperty('extractor_version');
      expect(typeof o.evidence).toBe('object');
    }
  });
});
