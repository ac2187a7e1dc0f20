import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, type DocumentWrite } from '../../src/store/index.js';
import { extractReport } from '../../src/extract/index.js';
import { loadMigrations } from '../../src/store/migrate.js';

function tmpDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'jikenbo-store-')), 'casebook.db');
}

const POSTS = {
  a: '【セキュリティ事件簿#2023-396】野辺地町 USBメモリー紛失についてのお詫びとご報告\n\nこのたび、健康づくり課において、業務に関わる町民の個人情報を保存した公用USBメモリーを紛失する事案が発生しました。',
  b: '【セキュリティ事件簿#2023-395】千葉市 市立小学校教諭によるSDカードの紛失について\n\n市立小学校教諭による、個人情報を含むSDカードの紛失がありましたので、お知らせします。',
  c: '【セキュリティ事件簿#2023-394】兼松株式会社 元従業員の逮捕について\n\n昨日(2023/9/27)、昨年6月末に当社を退職した元従業員が逮捕されました。',
};

function doc(version: string, posts: Array<[string, string]>): DocumentWrite {
  let text = '';
  const reports = posts.map(([key, body]) => {
    const start = text.length;
    text += `${body}\n\n`;
    return {
      report_key: key,
      start,
      end: start + body.length,
      line: 1,
      title: body.split('\n')[0],
      text: body,
      metadata: {},
      extraction: extractReport(body),
    };
  });
  return {
    key: '/corpus/page.txt',
    source: { sha256: version.padEnd(64, '0'), size: text.length, origin: '/corpus/page.txt', encoding: 'utf-8', format: 'text', media_type: 'text/plain', ingested_at: '2026-11-22T00:00:00.000Z' },
    origin: '/corpus/page.txt',
    format: 'text',
    encoding: 'utf-8',
    metadata: {},
    reports,
  };
}

describe('SQLite store', () => {
  it('applies its migrations once, in WAL mode', async () => {
    const path = tmpDb();
    (await openSqliteStore(path)).close();
    const store = openSqliteStore(path);
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual([1, 2, 3]);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await store.close();
  });

  it('upgrades a database of an earlier schema, keeping its documents and reports', async () => {
    const path = tmpDb();
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of loadMigrations('sqlite').filter((m) => m.version <= 2)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-11-01T00:00:00Z');
    }
    old.prepare("INSERT INTO sources VALUES ('s1', 3, '/a.txt', 'utf-8', 'text', 'text/plain', 'x')").run();
    old.prepare("INSERT INTO documents (key, source, origin, format, encoding, metadata, text, version, updated_at) VALUES ('/a.txt', 's1', '/a.txt', 'text', 'utf-8', '{}', 'abc', 1, 'x')").run();
    old.close();
    const store = openSqliteStore(path);
    expect(store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2, 3]);
    expect(store.db.prepare('SELECT key, version FROM documents').all()).toEqual([{ key: '/a.txt', version: 1 }]);
    expect(store.db.prepare("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'text'").pluck().get()).toBe(0);
    await store.close();
  });

  it('keeps report ids across versions of a document: updates, adds and removes, never duplicates', async () => {
    const store = openSqliteStore(tmpDb());
    const first = await store.saveDocument(doc('a', [['casebook:2023-396', POSTS.a], ['casebook:2023-395', POSTS.b]]));
    expect(first).toMatchObject({ status: 'new', version: 1, added: 2, updated: 0, removed: 0 });
    const changedB = `${POSTS.b}\n\n追記:対象は児童32名分でした。`;
    const second = await store.saveDocument(doc('b', [['casebook:2023-395', changedB], ['casebook:2023-394', POSTS.c]]));
    expect(second).toMatchObject({ status: 'updated', version: 2, added: 1, updated: 1, removed: 1 });
    expect(second.reportIds[0]).toBe(first.reportIds[1]);
    expect((await store.stats()).reports).toBe(2);
    const b = await store.getReport(first.reportIds[1]);
    expect(b?.text).toBe(changedB);
    expect(await store.getReport(first.reportIds[0])).toBeNull();
    // The bigram index follows the update: the removed report no longer answers a two-character query.
    const hits = await store.listReports({ filter: { terms: [{ text: '町民', negated: false }] } });
    expect(hits.total).toBe(0);
    const versions = store.db.prepare('SELECT count(*) FROM document_versions').pluck().get();
    expect(versions).toBe(2);
    await store.close();
  });

  it('finds a report by a unique id prefix', async () => {
    const store = openSqliteStore(tmpDb());
    const saved = await store.saveDocument(doc('c', [['casebook:2023-396', POSTS.a]]));
    const id = saved.reportIds[0];
    expect((await store.getReport(id.slice(0, 6)))?.id).toBe(id);
    expect(await store.getReport('zzzz')).toBeNull();
    await store.close();
  });

  it('answers one-, two- and three-character queries and exclusions', async () => {
    const store = openSqliteStore(tmpDb());
    await store.saveDocument(doc('d', [['casebook:2023-396', POSTS.a], ['casebook:2023-395', POSTS.b], ['casebook:2023-394', POSTS.c]]));
    const count = async (...terms: Array<[string, boolean]>) =>
      (await store.listReports({ filter: { terms: terms.map(([text, negated]) => ({ text, negated })) } })).total;
    expect(await count(['紛失', false])).toBe(2);
    expect(await count(['usb', false])).toBe(1);
    expect(await count(['逮', false])).toBe(1);
    expect(await count(['紛失', false], ['sd', true])).toBe(1);
    expect(await count(['個人情報', false], ['紛失', false])).toBe(2);
    await store.close();
  });

  it('counts facet values under a filter', async () => {
    const store = openSqliteStore(tmpDb());
    await store.saveDocument(doc('e', [['casebook:2023-396', POSTS.a], ['casebook:2023-395', POSTS.b]]));
    const years = await store.facetCounts('is_incident');
    expect(years.reduce((n, r) => n + r.count, 0)).toBe(2);
    await store.close();
  });

  it('refuses a database whose schema is newer than the program', async () => {
    const path = tmpDb();
    (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (9999, '9999_future', 'x')").run();
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this jikenbo/);
  });
});
