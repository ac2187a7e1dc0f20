import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JikenboError } from '../../src/core/errors.js';
import { decodeDocument, decodeDocumentAsync, normalizePdfText, sha256Hex } from '../../src/ingest/index.js';
import { FIXTURES } from './corpus.js';

describe('PDF', () => {
  // Hand-built by make-cid-font-pdf.mjs (no Chromium or LibreOffice here): a CID font with a ToUnicode
  // map that yields Kangxi radicals (⼈ ⽉ ⽇), a line broken inside 不正アク/セス and spaced digits.
  const name = 'cid-font-kangxi-broken-lines.pdf';
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));

  it('extracts the text and repairs it for Japanese (NFKC, joined lines, no CJK–digit spaces)', async () => {
    const doc = await decodeDocumentAsync({ bytes, origin: name }, sha256Hex(bytes));
    expect(doc.format).toBe('pdf');
    expect(doc.encoding).toBeNull();
    expect(doc.text).toBe('Security incident notice\n当社サーバーへの不正アクセスにより、個人情報約2万7千件が漏えいした可能性があります。2024年12月10日');
    expect(doc.text).toContain('個人情報');
  });

  it('the synchronous door refuses PDFs with a clear error', () => {
    expect(() => decodeDocument({ bytes, origin: name }, sha256Hex(bytes))).toThrow(/cid-font-kangxi-broken-lines\.pdf: PDF documents are read by decodeDocumentAsync/);
  });

  it('a truncated PDF is an ingest error naming the file', async () => {
    const broken = bytes.slice(0, 200);
    const err = await decodeDocumentAsync({ bytes: broken, origin: 'broken.pdf' }, sha256Hex(broken)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JikenboError);
    expect((err as JikenboError).message).toMatch(/^broken\.pdf: (cannot read PDF|PDF has no text layer)/);
  });

  it('normalizePdfText keeps Latin words apart and joins only CJK–CJK breaks', () => {
    expect(normalizePdfText('Incident\nreport\n不正アク\nセス 約 2 万 7 千件 ⽒名')).toBe('Incident\nreport\n不正アクセス 約2万7千件 氏名');
  });
});
