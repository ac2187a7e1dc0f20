// Search must return exactly the stored reports whose text contains the query (after the same
// normalisation the index applies), for long, two-character and one-character queries alike.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { FileArchive, ingestPaths } from '../../src/pipeline/index.js';
import { searchReports } from '../../src/search/index.js';
import { searchNormalize } from '../../src/core/normalize.js';
import { STOP_BIGRAMS } from '../../src/store/stop-bigrams.js';
import { ARCHIVE_DIR, SEEDS_DIR } from '../helpers/corpus.js';

let store: SqliteStore;
let all: Array<{ id: string; text: string }>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jikenbo-search-'));
  store = openSqliteStore(join(dir, 'casebook.db'));
  const summary = await ingestPaths([SEEDS_DIR, join(ARCHIVE_DIR, '2025')], { store, archive: new FileArchive(join(dir, 'archive')) });
  expect(summary.errors).toBe(0);
  all = store.db.prepare('SELECT id, text FROM reports').all() as Array<{ id: string; text: string }>;
  expect(all.length).toBeGreaterThan(500);
});

afterAll(async () => store?.close());

// `情報`, `した` and `アクセス` are made only of pairs so common the index leaves them out: answered by a scan.
const QUERIES = ['不正アクセス', '紛失', 'USB', '漏えい', 'ランサムウェア', 'PC', '氏', '個人情報 流出', 'メール -迷惑', 'Emotet', '誤送信', '令和6年', '情報', 'した', 'アクセス -不正', '原因'];

describe('full-text search', () => {
  it('leaves the commonest letter pairs out of the index, and indexes the others', () => {
    const indexed = (q: string) => store.db.prepare('SELECT count(*) FROM reports_bigram WHERE reports_bigram MATCH ?').pluck().get(`"${q}"`) as number;
    expect(STOP_BIGRAMS.has('情報')).toBe(true);
    expect(indexed('情報')).toBe(0);
    expect(STOP_BIGRAMS.has('紛失')).toBe(false);
    expect(indexed('紛失')).toBeGreaterThan(0);
  });

  for (const q of QUERIES) {
    it(`「${q}」 returns exactly the reports a substring scan finds`, async () => {
      const terms = q.split(' ').map((t) => ({ neg: t.startsWith('-'), t: searchNormalize(t.replace(/^-/, '')) }));
      const expected = all
        .filter((r) => {
          const s = searchNormalize(r.text);
          return terms.every(({ neg, t }) => s.includes(t) !== neg);
        })
        .map((r) => r.id)
        .sort();
      const got = (await searchReports(store, q, { limit: 100_000 })).hits.map((h) => h.report.id).sort();
      expect(got).toEqual(expected);
      if (['不正アクセス', '紛失', 'USB'].includes(q)) {
        expect(expected.length).toBeGreaterThan(1);
        // Every report holding the literal string is found.
        const literal = all.filter((r) => r.text.includes(q)).map((r) => r.id);
        expect(got).toEqual(expect.arrayContaining(literal));
      }
    });
  }

  it('highlights the query in the snippet', async () => {
    const res = await searchReports(store, '紛失', { limit: 5 });
    for (const h of res.hits) {
      expect(h.snippet.highlights.length).toBeGreaterThan(0);
      const [s, e] = h.snippet.highlights[0];
      expect(h.snippet.text.slice(s, e)).toBe('紛失');
    }
  });
});
