import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { decodeDocument, sha256Hex, sourceOf } from '../../src/ingest/index.js';
import { seedPaths } from './corpus.js';

describe('decodeDocument', () => {
  it('reads each seed as plain UTF-8 text, unchanged, with no segments of its own', () => {
    for (const path of seedPaths()) {
      const bytes = new Uint8Array(readFileSync(path));
      const doc = decodeDocument({ bytes, origin: path }, sha256Hex(bytes));
      expect(doc).toEqual({ source: sha256Hex(bytes), origin: path, encoding: 'utf-8', format: 'text', text: Buffer.from(bytes).toString('utf8'), metadata: {} });
    }
  });

  it('honours a charset from the media type (e.g. HTTP Content-Type) for text', () => {
    const text = '【セキュリティ事件簿#2024-522】福島県警\n\n不正アクセスにより個人情報が漏えいしました。\n';
    const bytes = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', type: 'array' }));
    const doc = decodeDocument({ bytes, origin: 'https://example.jp/a', mediaType: 'text/plain; charset=Shift_JIS' }, sha256Hex(bytes));
    expect(doc.encoding).toBe('shift_jis');
    expect(doc.text).toBe(text);
    expect(doc.format).toBe('text');
  });

  it('an error names the origin and the stage', () => {
    expect(() => decodeDocument({ bytes: new Uint8Array(), origin: 'seeds/x.txt' }, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toThrow(
      expect.objectContaining({ stage: 'ingest', message: 'seeds/x.txt: empty file' }),
    );
    const emptyHtml = new Uint8Array(Buffer.from('<html><body><script>x()</script></body></html>'));
    expect(() => decodeDocument({ bytes: emptyHtml, origin: 'e.html' }, sha256Hex(emptyHtml))).toThrow('e.html: HTML page has no text');
  });

  it('sourceOf builds the provenance record with the clock passed in', () => {
    const path = seedPaths()[0];
    const bytes = new Uint8Array(readFileSync(path));
    const doc = decodeDocument({ bytes, origin: basename(path) }, sha256Hex(bytes));
    expect(sourceOf(doc, bytes.length, '2026-11-22T00:00:00.000Z')).toEqual({
      sha256: sha256Hex(bytes),
      size: bytes.length,
      origin: basename(path),
      encoding: 'utf-8',
      format: 'text',
      media_type: 'text/plain',
      ingested_at: '2026-11-22T00:00:00.000Z',
    });
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
