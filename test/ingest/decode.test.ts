import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { JikenboError } from '../../src/core/errors.js';
import type { TextEncodingName } from '../../src/core/model.js';
import { binaryKind, decodeBytes, encodingFromLabel, metaCharset } from '../../src/ingest/decode.js';
import { FIXTURES, seedPaths } from './corpus.js';

type Legacy = 'SJIS' | 'EUCJP' | 'JIS';
const LABEL: Record<Legacy, TextEncodingName> = { SJIS: 'shift_jis', EUCJP: 'euc-jp', JIS: 'iso-2022-jp' };

function encodeLegacy(s: string, to: Legacy): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(s), { to, from: 'UNICODE', type: 'array' }));
}

/**
 * Returns `s` with each character replaced by what it becomes after a trip through the legacy
 * encoding (U+00A0 has no Shift_JIS code and becomes '?', 〜 comes back as ～ …), so the test
 * input is a string the encoding can carry exactly.
 */
function representable(s: string, to: Legacy): string {
  const memo = new Map<string, string>();
  let out = '';
  for (const ch of s) {
    let r = memo.get(ch);
    if (r === undefined) {
      r = new TextDecoder(LABEL[to]).decode(encodeLegacy(ch, to));
      memo.set(ch, r);
    }
    out += r;
  }
  return out;
}

function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  if (order === 'le') return new Uint8Array(le);
  const be = Buffer.from(le);
  be.swap16();
  return new Uint8Array(be);
}

function expectIngestError(fn: () => unknown, pattern: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(JikenboError);
  expect((caught as JikenboError).stage).toBe('ingest');
  expect((caught as JikenboError).message).toMatch(pattern);
}

describe('decodeBytes: every seed in every supported encoding', () => {
  for (const path of seedPaths()) {
    const name = basename(path);
    const original = readFileSync(path, 'utf8');

    it(`${name}: UTF-8 without and with BOM`, () => {
      const plain = decodeBytes(new Uint8Array(Buffer.from(original)), name);
      expect(plain).toEqual({ text: original, encoding: 'utf-8' });
      const withBom = decodeBytes(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)])), name);
      expect(withBom.encoding).toBe('utf-8');
      expect(withBom.text).toBe(original); // BOM dropped, nothing else touched
    });

    for (const to of ['SJIS', 'EUCJP', 'JIS'] as const) {
      it(`${name}: ${LABEL[to]}`, () => {
        const input = representable(original, to);
        // The characters that had to change are few (U+00A0 and friends); the text is still the seed.
        const chars = [...original];
        expect([...input].filter((c, i) => c !== chars[i]).length).toBeLessThan(chars.length / 20);
        const decoded = decodeBytes(encodeLegacy(input, to), name);
        expect(decoded.encoding).toBe(LABEL[to]);
        expect(decoded.text).toBe(input);
      });
    }

    for (const order of ['le', 'be'] as const) {
      it(`${name}: UTF-16${order.toUpperCase()} with BOM`, () => {
        const decoded = decodeBytes(utf16(original, order), name);
        expect(decoded).toEqual({ text: original, encoding: `utf-16${order}` });
      });
    }
  }
});

describe('decodeBytes: declared charsets', () => {
  it('uses <meta charset="Shift_JIS"> (sjis-meta-charset.html)', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'sjis-meta-charset.html')));
    expect(metaCharset(bytes)).toBe('Shift_JIS');
    const d = decodeBytes(bytes, 'sjis-meta-charset.html', { html: true });
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toContain('当社の社内システムに対する不正アクセスについて');
  });

  it('uses http-equiv Content-Type EUC-JP (eucjp-http-equiv-form-wrapped.html)', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'eucjp-http-equiv-form-wrapped.html')));
    expect(metaCharset(bytes)).toBe('EUC-JP');
    const d = decodeBytes(bytes, 'x.html', { html: true });
    expect(d.encoding).toBe('euc-jp');
    expect(d.text).toContain('「読売新聞オンライン」に不正アクセス');
  });

  it('a wrong declaration loses to what the bytes are', () => {
    const sjis = new Uint8Array(Buffer.concat([Buffer.from('<html><head><meta charset="euc-jp"></head><body>'), Buffer.from(encodeLegacy('個人情報が漏えいした可能性があります。', 'SJIS')), Buffer.from('</body></html>')]));
    const d = decodeBytes(sjis, 'mislabelled.html', { html: true });
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toContain('個人情報が漏えいした可能性があります。');
  });

  it('resolves WHATWG aliases and refuses encodings it does not read', () => {
    expect(encodingFromLabel('Windows-31J')).toBe('shift_jis');
    expect(encodingFromLabel('x-sjis')).toBe('shift_jis');
    expect(encodingFromLabel('x-euc-jp')).toBe('euc-jp');
    expect(encodingFromLabel('csISO2022JP')).toBe('iso-2022-jp');
    expect(encodingFromLabel('"utf8"')).toBe('utf-8');
    expect(encodingFromLabel('iso-8859-1')).toBeNull();
    expect(encodingFromLabel('no-such-charset')).toBeNull();
  });
});

describe('decodeBytes: refuses what it cannot read with confidence', () => {
  it('empty and whitespace-only files', () => {
    expectIngestError(() => decodeBytes(new Uint8Array(), 'empty.txt'), /^empty\.txt: empty file$/);
    expectIngestError(() => decodeBytes(new Uint8Array(Buffer.from(' \n\t\r\n')), 'blank.txt'), /^blank\.txt: empty file$/);
    expectIngestError(() => decodeBytes(new Uint8Array(Buffer.from('\uFEFF\u3000\n', 'utf8')), 'bom-only.txt'), /empty file/);
    expectIngestError(() => decodeBytes(utf16('  \n', 'le'), 'blank16.txt'), /empty file/);
  });

  it('binary content by magic number, NUL bytes or control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expectIngestError(() => decodeBytes(png, 'photo.txt'), /^photo\.txt: binary file \(PNG image\)$/);
    expectIngestError(() => decodeBytes(new Uint8Array(Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1')), 'a.txt'), /binary file \(PDF document\)/);
    expectIngestError(() => decodeBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]), 'a.jpg'), /JPEG image/);
    expectIngestError(() => decodeBytes(new Uint8Array(Buffer.from('abc\0def')), 'nul.txt'), /binary file \(contains NUL bytes\)/);
    const controls = new Uint8Array(Buffer.from('text\x01\x02\x03\x04\x05 more text\x06\x07\x08'));
    expectIngestError(() => decodeBytes(controls, 'ctl.txt'), /binary file \(control characters\)/);
    expect(binaryKind(new Uint8Array(Buffer.from('普通の文章です。\n')))).toBeNull();
  });

  it('random high bytes are not valid in any Japanese encoding', () => {
    // A fixed pseudo-random sequence: reproducible, no NULs, every byte ≥ 0x80.
    let x = 12345;
    const bytes = new Uint8Array(4096).map(() => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return 0x80 | (x >> 16) % 128;
    });
    expectIngestError(() => decodeBytes(bytes, 'noise.txt'), /^noise\.txt: cannot decode: /);
  });

  it('Latin-1 text (not a supported encoding) is an error, not mojibake', () => {
    const latin1 = new Uint8Array(Buffer.from('Café résumé, naïve façade, déjà vu.\n', 'latin1'));
    expectIngestError(() => decodeBytes(latin1, 'latin1.txt'), /cannot decode/);
  });

  it('a UTF-16 BOM with an odd number of bytes', () => {
    expectIngestError(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd.txt'), /UTF-16LE byte-order mark/);
  });
});
