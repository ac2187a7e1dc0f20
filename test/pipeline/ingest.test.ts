import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { openSqliteStore } from '../../src/store/index.js';
import { FileArchive, ingestPaths, reportsOfBytes } from '../../src/pipeline/index.js';
import { SEEDS_DIR, archiveFiles, seedFiles } from '../helpers/corpus.js';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'jikenbo-ingest-'));
  return { dir, store: openSqliteStore(join(dir, 'casebook.db')), archive: new FileArchive(join(dir, 'archive')) };
}

/** The text with every character the target encoding cannot hold replaced by a space. */
function representable(text: string, to: Encoding.Encoding): string {
  return Array.from(text)
    .map((ch) => {
      const back = Encoding.convert(Encoding.convert(Encoding.stringToCode(ch), { to, from: 'UNICODE' }), { to: 'UNICODE', from: to });
      return Encoding.codeToString(back) === ch ? ch : ' ';
    })
    .join('');
}

function encode(text: string, to: 'SJIS' | 'EUCJP' | 'UTF16LE' | 'UTF16BE'): Uint8Array {
  const body = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: to === 'UTF16LE' || to === 'UTF16BE' ? to : to, from: 'UNICODE' }) as number[]);
  if (to === 'UTF16LE') return Uint8Array.from([0xff, 0xfe, ...body]);
  if (to === 'UTF16BE') return Uint8Array.from([0xfe, 0xff, ...body]);
  return body;
}

describe('ingest pipeline', () => {
  it('re-ingesting the same bytes adds no report', async () => {
    const { store, archive } = workspace();
    const first = await ingestPaths([SEEDS_DIR], { store, archive });
    expect(first.errors).toBe(0);
    expect(first.reports).toBeGreaterThanOrEqual(52);
    const before = await store.stats();
    const again = await ingestPaths([SEEDS_DIR], { store, archive });
    expect(again).toMatchObject({ documents: 0, reports: 0, duplicates: seedFiles().length, errors: 0 });
    expect(await store.stats()).toEqual(before);
    await store.close();
  });

  it('a changed document becomes a new version whose reports are updated, not duplicated', async () => {
    const { dir, store, archive } = workspace();
    const page = join(dir, 'page.txt');
    const original = readFileSync(seedFiles()[0], 'utf8');
    writeFileSync(page, original);
    const first = await ingestPaths([page], { store, archive });
    const ids = (store.db.prepare('SELECT id FROM reports ORDER BY id').pluck().all() as string[]);
    // The blog corrected one post.
    writeFileSync(page, original.replace('不特定多数にメール約5万件が送信された', '不特定多数にメール約5万2千件が送信された'));
    const second = await ingestPaths([page], { store, archive });
    expect(second).toMatchObject({ documents: 1, updated: 1, reports: 0, errors: 0 });
    expect(store.db.prepare('SELECT id FROM reports ORDER BY id').pluck().all()).toEqual(ids);
    expect(ids.length).toBe(first.reports);
    const text = store.db.prepare("SELECT text FROM reports WHERE text LIKE '%5万2千件%'").pluck().all();
    expect(text.length).toBe(1);
    expect(store.db.prepare('SELECT count(*) FROM document_versions').pluck().get()).toBe(2);
    // Both versions are archived, each with its provenance.
    const versions = store.db.prepare('SELECT source FROM document_versions ORDER BY version').pluck().all() as string[];
    for (const sha of versions) expect((await archive.get(sha)).length).toBeGreaterThan(0);
    await store.close();
  });

  for (const to of ['SJIS', 'EUCJP', 'UTF16LE', 'UTF16BE'] as const) {
    it(`documents converted to ${to} give the same reports as their UTF-8 originals`, () => {
      const files = [...seedFiles(), ...archiveFiles().slice(0, 40)];
      for (const f of files) {
        const text = representable(readFileSync(f, 'utf8'), to === 'SJIS' || to === 'EUCJP' ? to : 'UNICODE');
        const utf8 = reportsOfBytes(Buffer.from(text, 'utf8'), f);
        const other = reportsOfBytes(encode(text, to), f);
        expect(other.map((r) => [r.title, r.text, r.start, r.end, r.line])).toEqual(utf8.map((r) => [r.title, r.text, r.start, r.end, r.line]));
        expect(utf8.length).toBeGreaterThan(0);
      }
    });
  }

  it('one bad file does not stop the batch, and stored data stays as it was', async () => {
    const { dir, store, archive } = workspace();
    const good = join(dir, 'good');
    cpSync(SEEDS_DIR, good, { recursive: true });
    await ingestPaths([good], { store, archive });
    const before = store.db.prepare('SELECT id, text, extraction FROM reports ORDER BY id').all();
    const bad = join(dir, 'bad');
    cpSync(archiveFiles()[0], join(dir, 'one.md'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)));
    void bad;
    const s = await ingestPaths([join(dir, 'empty.txt'), join(dir, 'image.txt'), join(dir, 'garbage.txt'), join(dir, 'missing.txt'), join(dir, 'one.md')], { store, archive });
    expect(s.errors).toBe(4);
    expect(s.documents).toBe(1);
    for (const name of ['empty.txt', 'image.txt', 'garbage.txt', 'missing.txt']) expect(s.errorMessages.some((m) => m.includes(name))).toBe(true);
    const after = store.db.prepare('SELECT id, text, extraction FROM reports ORDER BY id').all();
    expect(after.filter((r) => before.some((b) => (b as { id: string }).id === (r as { id: string }).id))).toEqual(before);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await store.close();
  });

  it('stores the same reports, ids and records whether the analysers or the writing thread analysed them', async () => {
    // 700 releases: more than the analysers' queue holds, so the writing thread analyses a share itself.
    const dir = mkdtempSync(join(tmpdir(), 'jikenbo-ingest-'));
    const corpus = join(dir, 'corpus');
    for (const f of archiveFiles().slice(0, 700)) cpSync(f, join(corpus, f.split('/').slice(-3).join('_')));
    const rows = async (workers: number) => {
      const store = openSqliteStore(join(dir, `w${workers}.db`));
      const s = await ingestPaths([corpus], { store, archive: new FileArchive(join(dir, `archive-${workers}`)), workers });
      expect(s).toMatchObject({ documents: 700, reports: 700, errors: 0 });
      const all = store.db.prepare('SELECT seq, id, document_key, text, extraction FROM reports ORDER BY seq').all();
      await store.close();
      return all;
    };
    const alone = await rows(0);
    expect(await rows(1)).toEqual(alone);
    expect(await rows(2)).toEqual(alone);
    // Every original was archived, by whichever thread analysed it.
    const archive = new FileArchive(join(dir, 'archive-1'));
    const logged = readdirSync(join(dir, 'archive-1'), { recursive: true })
      .filter((f) => String(f).endsWith('sources.jsonl'))
      .flatMap((f) => readFileSync(join(dir, 'archive-1', String(f)), 'utf8').trim().split('\n'))
      .map((l) => JSON.parse(l) as { sha256: string });
    expect(new Set(logged.map((l) => l.sha256)).size).toBe(700);
    for (const { sha256 } of logged.slice(0, 50)) expect(await archive.has(sha256)).toBe(true);
  }, 120_000);
});
