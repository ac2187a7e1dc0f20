import { describe, expect, it } from 'vitest';
import { extensionFor, isPdfBytes, looksLikeHtmlBytes, mediaTypeFor, sniffFormat } from '../../src/ingest/index.js';

describe('sniffFormat: content first, extension only to break ties', () => {
  it('archive Markdown after an optional BOM and whitespace', () => {
    expect(sniffFormat('\uFEFF\n# 公表概要\n- 題名\n')).toBe('archive-md');
    expect(sniffFormat('# 公表概要\n- 題名', { origin: 'x.txt' })).toBe('archive-md');
  });

  it('HTML by doctype, <html>, <body> or an early block tag, whatever the extension', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body>本文</body></html>', { origin: 'page.txt' })).toBe('html');
    expect(sniffFormat('  <html lang="ja">', { origin: 'noext' })).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe('html');
    expect(sniffFormat('<div class="news"><p>お知らせ</p></div>')).toBe('html');
    expect(sniffFormat('前置き\n<p>本文</p>', { mediaType: 'text/html; charset=utf-8' })).toBe('html');
  });

  it('Markdown by extension, media type or structure; otherwise text', () => {
    expect(sniffFormat('ただの文章', { origin: 'notes.md' })).toBe('markdown');
    expect(sniffFormat('ただの文章', { mediaType: 'text/markdown' })).toBe('markdown');
    expect(sniffFormat('# 見出し\n\n本文\n\n## 小見出し\n- 項目')).toBe('markdown');
    // The seeds are plain text even though a line may start with '#'.
    expect(sniffFormat('#不正アクセス について\n本文です。', { origin: 'seed.txt' })).toBe('text');
    expect(sniffFormat('【セキュリティ事件簿#2024-522】福島県警\n\n本文')).toBe('text');
    expect(sniffFormat('a < b and c > d')).toBe('text');
  });

  it('PDF by magic number, before decoding', () => {
    expect(isPdfBytes(new Uint8Array(Buffer.from('%PDF-1.4\n')))).toBe(true);
    expect(isPdfBytes(new Uint8Array(Buffer.from('junk\r\n%PDF-1.7\n')))).toBe(true);
    expect(isPdfBytes(new Uint8Array(Buffer.from('PDF の話')))).toBe(false);
    expect(sniffFormat('%PDF-1.4\n')).toBe('pdf');
  });

  it('HTML in legacy encodings is recognised from the ASCII of its tags', () => {
    expect(looksLikeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<!doctype html>')]))).toBe(true);
    expect(looksLikeHtmlBytes(new Uint8Array([...Buffer.from('<html><body>'), 0x93, 0x96, 0x8e, 0xd0]))).toBe(true);
    expect(looksLikeHtmlBytes(new Uint8Array(Buffer.from('plain text')))).toBe(false);
  });

  it('maps formats to the media type and extension used for archiving', () => {
    expect([mediaTypeFor('text'), extensionFor('text')]).toEqual(['text/plain', '.txt']);
    expect([mediaTypeFor('html'), extensionFor('html')]).toEqual(['text/html', '.html']);
    expect([mediaTypeFor('archive-md'), extensionFor('archive-md')]).toEqual(['text/markdown', '.md']);
    expect([mediaTypeFor('markdown'), extensionFor('markdown')]).toEqual(['text/markdown', '.md']);
    expect([mediaTypeFor('pdf'), extensionFor('pdf')]).toEqual(['application/pdf', '.pdf']);
  });
});
