import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument, htmlToText, sha256Hex } from '../../src/ingest/index.js';
import { FIXTURES } from './corpus.js';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

function docOf(name: string) {
  const bytes = fixture(name);
  return decodeDocument({ bytes, origin: name }, sha256Hex(bytes));
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('Blogger label page (blogger-label-two-posts.html)', () => {
  const doc = docOf('blogger-label-two-posts.html');
  const titles = [
    '【セキュリティ事件簿#2024-522】福島県警、ずさんなメールサーバの運用管理により、数万件の不審メールを垂れ流す',
    '【セキュリティ事件簿#2024-521】オイシックス・ラ・大地株式会社 当社WEBサイトへの「なりすましログイン」への対応に関して 2024/11/26',
  ];

  it('is HTML in UTF-8, with no script, style, comment, tag or page chrome in the text', () => {
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).not.toContain('SCRIPT-MUST-NOT-APPEAR');
    expect(doc.text).not.toContain('_gaq');
    expect(doc.text).not.toContain('font:');
    expect(doc.text).not.toMatch(/<\/?[a-z][^>]*>/i);
    for (const chrome of ['ナビゲーションバー', 'サイドバー', 'Powered by Blogger', 'コメントを投稿', '前の投稿', '投稿者', 'defaultAdStart']) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('gives two segments whose offsets and lines point at the post titles', () => {
    expect(doc.segments).toHaveLength(2);
    const segs = doc.segments!;
    segs.forEach((s, i) => {
      expect(s.title).toBe(titles[i]);
      expect(doc.text.slice(s.start, s.end).startsWith(titles[i])).toBe(true);
      expect(s.line).toBe(lineOf(doc.text, s.start));
      expect(doc.text.split('\n')[s.line - 1]).toBe(titles[i]);
    });
    expect(segs[0].start).toBe(0);
    expect(segs[0].line).toBe(1);
    expect(segs[1].start).toBeGreaterThan(segs[0].end);
    expect(segs[1].end).toBe(doc.text.length);
    expect(doc.text.slice(segs[0].end, segs[1].start)).toBe('\n\n');
  });

  it('lays each post out as title, two blank lines, paragraphs separated by one blank line', () => {
    const first = doc.text.slice(doc.segments![0].start, doc.segments![0].end);
    expect(first).toBe(
      [
        titles[0],
        '',
        '',
        '福島県警は26日、外部用の電子メールのサーバーが不正に中継され、不特定多数にメール約5万件が送信されたと発表した。',
        '',
        // A source line break between two kanji joins without a space.
        '県警情報管理課によると、26日午前6時頃~午後2時頃、国外からのメールが県警のメールサーバーを不正に中継し、国内外の宛先に送信されたとみられる。メールの件名には「Notice」などと書かれており、内容などは調査中だという。',
        '',
        'サーバーのウイルス感染や情報流出は確認されていない。県警内部でやり取りする電子メールには影響がなく、捜査などの警察活動にも支障はなかった。同課は「不審なメールを受信したら破棄してほしい」と呼びかけている。',
        '',
        '出典:福島県警のサーバーに国外から件名「Notice」のメール、中継されて5万件不正送信…「受信したら破棄を」アーカイブ',
      ].join('\n'),
    );
    const second = doc.text.slice(doc.segments![1].start, doc.segments![1].end);
    // <br><br> separates paragraphs; list items and table rows are lines of their own.
    expect(second).toContain('誠にありがとうございます。\n\n弊社が運営する');
    expect(second).toContain('不正なアクセスが確認された期間:11月24日(日)、11月25日(月)\n\nなりすましログインされた可能性のあるID数:約97,533件');
    expect(second).toContain('項目 内容\nID数 約97,533件');
    expect(second).not.toMatch(/\n{3,}(?!日頃)/);
  });

  it('dates each post: its own timestamp first, else the date header above it', () => {
    expect(doc.segments![0].metadata).toEqual({
      title: titles[0],
      published_on: '2024-11-27',
      url: 'https://ikisyuhukunoheya.blogspot.com/2024/11/2024-522.html',
    });
    expect(doc.segments![1].metadata?.published_on).toBe('2024-11-26');
    expect(doc.metadata.title).toBe('ikisyuhukunoheya: セキュリティ事件簿');
  });
});

describe('press-release pages', () => {
  it('Shift_JIS page declared by <meta charset> (sjis-meta-charset.html)', () => {
    const doc = docOf('sjis-meta-charset.html');
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('shift_jis');
    expect(doc.segments).toBeUndefined();
    expect(doc.metadata).toEqual({
      title: '当社の社内システムに対する不正アクセスについて（10/6追記）',
      published_on: '2023-10-06',
      url: 'https://www.fsi.co.jp/company/news/231006.html',
    });
    expect(doc.text.split('\n')[0]).toBe('当社の社内システムに対する不正アクセスについて（10/6追記）');
    expect(doc.text).toContain('\n\n今回発生した不正アクセスについて、本日までの調査で確認できました点についてご報告させていただきます。\n\n');
    expect(doc.text).toContain('\n\n今後の対応\n\n');
    for (const absent of ['SCRIPT-MUST-NOT-APPEAR', 'COMMENT-MUST-NOT-APPEAR', '採用情報', '関連リンク', 'FUJISOFT INCORPORATED']) {
      expect(doc.text).not.toContain(absent);
    }
  });

  it('EUC-JP page declared by http-equiv, whole body inside an ASP.NET <form> (eucjp-http-equiv-form-wrapped.html)', () => {
    const doc = docOf('eucjp-http-equiv-form-wrapped.html');
    expect(doc.encoding).toBe('euc-jp');
    expect(doc.metadata.title).toBe('「読売新聞オンライン」に不正アクセス - 同社経由のアカウント情報流出は否定');
    expect(doc.text.startsWith('「読売新聞オンライン」に不正アクセス - 同社経由のアカウント情報流出は否定\n\n')).toBe(true);
    expect(doc.text).toContain('同月4日17時ごろにかけて約3万件のログインが行われたが');
    expect(doc.text).not.toContain('SCRIPT-MUST-NOT-APPEAR');
    expect(doc.text).not.toContain('検索'); // the small search form inside the page is dropped
  });

  it('decodes entities, joins inline text, keeps no tags, and takes the date from <time>', () => {
    const r = htmlToText(`<!doctype html><html><head><title>お知らせ｜株式会社サンプル</title></head><body>
      <nav>メニュー</nav>
      <article><header><h1>不正アクセスに関する&nbsp;お知らせ&amp;お詫び</h1><time datetime="2024-12-10T10:00:00+09:00">12月10日</time></header>
      <p>当社<strong>サーバー</strong>への<a href="#">不正アクセス</a>により&lt;個人情報&gt;が漏えいしました。</p>
      <p>対象：<br>氏名<br>住所</p><script>alert("SCRIPT-MUST-NOT-APPEAR")</script>
      <footer>シェアする</footer></article>
      <footer>Copyright</footer></body></html>`);
    expect(r.metadata).toEqual({ title: '不正アクセスに関する お知らせ&お詫び', published_on: '2024-12-10' });
    expect(r.text).toBe('不正アクセスに関する お知らせ&お詫び\n\n12月10日\n\n当社サーバーへの不正アクセスにより<個人情報>が漏えいしました。\n\n対象：\n氏名\n住所');
  });

  it('falls back to <title> without the site name when there is no <h1>', () => {
    const r = htmlToText('<html><head><title>システム障害のお知らせ | 株式会社サンプル</title></head><body><div><p>本日、システム障害が発生しました。</p></div></body></html>');
    expect(r.metadata.title).toBe('システム障害のお知らせ');
    expect(r.text).toBe('システム障害のお知らせ\n\n\n本日、システム障害が発生しました。');
  });

  it('takes the largest block of paragraphs when there is no <main> or <article>', () => {
    const r = htmlToText(`<html><body>
      <div id="menu"><p>ホーム</p><p>会社案内</p></div>
      <div id="body"><p>このたび、当社が運営するECサイトにおいて、第三者による不正アクセスを受けました。</p><p>お客様のクレジットカード情報1,234件が漏洩した可能性があります。</p></div>
      <div id="foot"><p>お問い合わせ</p></div></body></html>`);
    expect(r.text).toBe('このたび、当社が運営するECサイトにおいて、第三者による不正アクセスを受けました。\n\nお客様のクレジットカード情報1,234件が漏洩した可能性があります。');
  });
});

describe('Blogger-like class names without posts', () => {
  it('fall back to reading the page as one release', () => {
    const r = htmlToText('<html><body><main><h1 class="post-title">障害のお知らせ</h1><div class="post-body"><p>本日障害が発生しました。</p></div></main></body></html>');
    expect(r.segments).toBeUndefined();
    expect(r.text).toBe('障害のお知らせ\n\n本日障害が発生しました。');
  });
});
