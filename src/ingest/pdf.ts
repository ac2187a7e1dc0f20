/**
 * PDF → text with unpdf (pdf.js), repaired for the ways Japanese PDFs come out of text extraction:
 * Kangxi radical code points from Chromium PDFs (⼈ for 人), spaces at font switches from LibreOffice
 * PDFs (約 2 万 7 千件), and lines broken in the middle of a word (不正アク / セス).
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { JikenboError } from '../core/errors.js';
import type { DocumentMetadata } from '../core/model.js';

/** The text of a PDF and what its info dictionary states. */
export interface PdfConversion {
  readonly text: string;
  readonly metadata: DocumentMetadata;
  readonly pages: number;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF01-\\uFF60\\u30FC';
const CJK_LINE_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');
const SPACE_CJK_DIGIT = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[0-9])|(?<=[0-9])[ \\t]+(?=[${CJK}])`, 'gu');

/**
 * Returns extracted PDF text repaired for Japanese: NFKC, CJK–CJK line breaks joined, spaces
 * between CJK characters and digits removed, trailing spaces and runs of blank lines trimmed.
 */
export function normalizePdfText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(CJK_LINE_BREAK, '')
    .replace(SPACE_CJK_DIGIT, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Returns the repaired text of a PDF (pages separated by blank lines); throws JikenboError for unreadable or text-less PDFs. */
export async function pdfToText(bytes: Uint8Array, origin: string): Promise<PdfConversion> {
  let pages: string[];
  let title: string | undefined;
  try {
    // pdf.js may transfer (detach) the buffer it is given, so hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    if (typeof info?.Title === 'string' && info.Title.trim()) title = info.Title.trim().normalize('NFKC');
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (e) {
    throw new JikenboError('ingest', `${origin}: cannot read PDF: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const text = pages.map(normalizePdfText).filter((p) => p !== '').join('\n\n');
  if (text === '') throw new JikenboError('ingest', `${origin}: PDF has no text layer (scanned image?)`);
  return { text, metadata: title ? { title } : {}, pages: pages.length };
}
