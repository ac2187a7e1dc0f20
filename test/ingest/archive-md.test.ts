import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument, parseArchiveMarkdown, sha256Hex, sniffFormat } from '../../src/ingest/index.js';
import { ARCHIVE, archivePaths } from './corpus.js';

/** Reads one real release from the shared archive (never copied into the repo). */
function release(rel: string) {
  const bytes = new Uint8Array(readFileSync(join(ARCHIVE, rel)));
  return { bytes, doc: decodeDocument({ bytes, origin: rel }, sha256Hex(bytes)) };
}

describe('archive Markdown: real releases', () => {
  it('2024/12/10_慶應義塾大学病院.md: the plain layout', () => {
    const { bytes, doc } = release('2024/12/10_慶應義塾大学病院.md');
    expect(doc.format).toBe('archive-md');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toBe(Buffer.from(bytes).toString('utf8')); // text unchanged
    expect(doc.metadata).toEqual({
      title: '個人情報が含まれるPCの盗難事案に対するお詫びとご報告',
      published_on: '2024-12-10',
      organization: '慶應義塾大学病院',
      url: 'https://www.hosp.keio.ac.jp/oshirase/hosp/detail/43536/',
    });
    expect(doc.segments).toEqual([
      { start: 0, end: doc.text.length, line: 1, title: '個人情報が含まれるPCの盗難事案に対するお詫びとご報告', metadata: doc.metadata },
    ]);
  });

  it('2025/12/08_株式会社ロジックベイン.md: # 事案ID and # 公表種別', () => {
    const { doc } = release('2025/12/08_株式会社ロジックベイン.md');
    expect(doc.metadata).toMatchObject({
      title: '【プレスリリース簡易版】不正アクセス発生に関するお知らせ',
      published_on: '2025-12-08',
      organization: '株式会社ロジックベイン',
      incident_key: '2025-12-08-株式会社ロジックベイン',
      publication_kind: '初報',
    });
    expect(doc.metadata.url).toMatch(/^https:\/\/www\.lvi\.co\.jp\/company-news\/2025\/12\/08\//);
  });

  it('2025/03/31_株式会社サンテク.md: an empty `#` header and 第N報：URL items', () => {
    const { doc } = release('2025/03/31_株式会社サンテク.md');
    expect(doc.format).toBe('archive-md');
    expect(doc.metadata.title).toBe('不正アクセスを受けたことに関するお知らせ（第5報）');
    expect(doc.metadata.published_on).toBe('2025-03-31');
    expect(doc.metadata.organization).toBe('株式会社サンテク');
    expect(doc.metadata.url).toMatch(/^https:\/\/santeku\.co\.jp\//);
    expect(doc.metadata.related_urls).toHaveLength(4);
    for (const u of doc.metadata.related_urls!) expect(u).toMatch(/^https:\/\/santeku\.co\.jp\/\S+$/);
  });

  it('2025/08/19_一般財団法人あんしん財団.md: `# 公表以外用` instead of `# 公表概要`', () => {
    const { doc } = release('2025/08/19_一般財団法人あんしん財団.md');
    expect(doc.format).toBe('archive-md');
    expect(doc.metadata).toMatchObject({ title: '損害保険ジャパンにおける情報漏えいの可能性について', organization: '一般財団法人あんしん財団', published_on: '2025-08-19' });
  });

  it('odd 本文 headings (`#   本文`, ` # 本文`) and items without a space after the dash', () => {
    for (const rel of ['2025/08/07_株式会社パディ・アジア・パシフィック・ジャパン.md', '2025/12/30_株式会社ケイ・ウノ.md', '2025/12/25_信和株式会社.md']) {
      const { doc } = release(rel);
      expect(doc.format, rel).toBe('archive-md');
      expect(doc.metadata.title, rel).toBeTruthy();
      expect(doc.metadata.published_on, rel).toMatch(/^2025-\d\d-\d\d$/);
      expect(doc.metadata.organization, rel).toBeTruthy();
      expect(doc.segments, rel).toHaveLength(1);
    }
    expect(release('2025/12/25_信和株式会社.md').doc.metadata.published_on).toBe('2025-12-25'); // "-2025年12月25日"
  });

  it('a URL with parentheses stays whole (2025/06/13_日揮ユニバーサル株式会社.md)', () => {
    const { doc } = release('2025/06/13_日揮ユニバーサル株式会社.md');
    expect(doc.metadata.url).toMatch(/\(%E7%AC%AC2%E5%A0%B1\)\.pdf$/);
  });

  it('2024/12/24_クックパッド株式会社.md: a file holding a release and its follow-up is one report with the first release\'s facts', () => {
    const { doc } = release('2024/12/24_クックパッド株式会社.md');
    const segs = doc.segments!;
    expect(segs).toHaveLength(1);
    expect(segs[0]).toMatchObject({ start: 0, end: doc.text.length, line: 1, title: 'インスタグラム公式アカウントの復旧のお知らせ 及び 個人情報漏えいのおそれに関するお詫びとお知らせ' });
    expect(doc.text).toContain('# 続報\n# 公表概要\n');
    expect(doc.metadata.published_on).toBe('2024-12-24');
    expect(doc.metadata.organization).toBe('クックパッド株式会社');
  });

  it('2025/01/09_一般財団法人日本気象協会(2).md: `# 公表概要（復旧報）` / `（続報）` headings stay inside the one report', () => {
    const { doc } = release('2025/01/09_一般財団法人日本気象協会(2).md');
    expect(doc.segments).toHaveLength(1);
    expect(doc.segments![0].metadata?.published_on).toBe('2025-01-09');
    expect(doc.metadata.related_urls).toHaveLength(1);
  });

  it('2025/01/15_井関農機株式会社.md: a second release naming another organisation keeps the first as the report\'s', () => {
    const { doc } = release('2025/01/15_井関農機株式会社.md');
    expect(doc.segments).toHaveLength(1);
    expect(doc.segments![0].metadata).toMatchObject({ organization: '井関農機株式会社', published_on: '2025-01-15' });
  });

  it('an impossible date ("2025年1が鵜t31日") stays unset rather than guessed', () => {
    const { doc } = release('2025/01/31_公益財団法人浜松地域イノベーション推進機構(3).md');
    expect(doc.metadata.published_on).toBeUndefined();
    expect(doc.metadata.organization).toBe('公益財団法人浜松地域イノベーション推進機構');
  });
});

describe('archive Markdown: the whole shared archive', () => {
  it('every file sniffs as archive-md and yields a title; nearly all a date, organisation and URL', () => {
    const paths = archivePaths();
    expect(paths.length).toBeGreaterThanOrEqual(1299);
    const missing = { published_on: 0, organization: 0, url: 0 };
    for (const p of paths) {
      const text = readFileSync(p, 'utf8');
      expect(sniffFormat(text, { origin: p }), p).toBe('archive-md');
      const { metadata, segments } = parseArchiveMarkdown(text);
      expect(metadata.title, p).toBeTruthy();
      expect(segments[0].start).toBe(0);
      expect(segments[segments.length - 1].end).toBe(text.length);
      for (const k of ['published_on', 'organization', 'url'] as const) if (!metadata[k]) missing[k]++;
      if (metadata.published_on) expect(metadata.published_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Known gaps in the data itself: "2024年12月XX日", "2025年12月", an empty URL item, …
    expect(missing.published_on).toBeLessThanOrEqual(6);
    expect(missing.organization).toBeLessThanOrEqual(1);
    expect(missing.url).toBeLessThanOrEqual(1);
  });
});

describe('archive Markdown: small inline cases', () => {
  it('CRLF line endings, a BOM-less header with leading spaces in items', () => {
    const text = '# 公表概要\r\n  - 不正アクセスに関するお知らせ\r\n  - 2024年1月5日\r\n  - 株式会社テスト\r\n  - https://example.jp/news/1\r\n\r\n# 本文\r\n本文です。\r\n';
    const r = parseArchiveMarkdown(text);
    expect(r.metadata).toEqual({ title: '不正アクセスに関するお知らせ', published_on: '2024-01-05', organization: '株式会社テスト', url: 'https://example.jp/news/1' });
    expect(r.segments).toEqual([{ start: 0, end: text.length, line: 1, title: '不正アクセスに関するお知らせ', metadata: r.metadata }]);
  });

  it('a level-1 heading inside the release text is not a new release', () => {
    const text = '# 公表概要\n- 題名\n- 2024年1月5日\n- 組織\n- https://example.jp/\n\n# 本文\n前文\n\n# FAQ\n- 質問1\n- 質問2\n';
    expect(parseArchiveMarkdown(text).segments).toHaveLength(1);
  });
});
