/**
 * ingest: bytes + provenance → Document. The only public door of the stage.
 *
 * @example
 * for await (const item of walkInputs(['corpus/seeds'])) {
 *   if ('error' in item) { console.error(item.error.toString()); continue; }
 *   const doc = await decodeDocumentAsync(item, sha256Hex(item.bytes));
 * }
 */
import { JikenboError } from '../core/errors.js';
import type { Document, DocumentFormat, Source } from '../core/model.js';
import { parseArchiveMarkdown } from './archive-md.js';
import { charsetOfMediaType, decodeBytes } from './decode.js';
import { htmlToText } from './html.js';
import { pdfToText } from './pdf.js';
import { isPdfBytes, looksLikeHtmlBytes, sniffFormat } from './sniff.js';

export { decodeBytes, binaryKind, encodingFromLabel, charsetOfMediaType, metaCharset } from './decode.js';
export type { Decoded, DecodeOptions } from './decode.js';
export { sniffFormat, isArchiveMarkdown, isPdfBytes, looksLikeHtmlBytes } from './sniff.js';
export type { FormatHint } from './sniff.js';
export { htmlToText } from './html.js';
export type { HtmlConversion } from './html.js';
export { parseArchiveMarkdown } from './archive-md.js';
export type { ArchiveMarkdown } from './archive-md.js';
export { pdfToText, normalizePdfText } from './pdf.js';
export type { PdfConversion } from './pdf.js';
export { parseDate } from './dates.js';
export { walkInputs, DEFAULT_MAX_BYTES } from './walk.js';
export type { WalkItem, WalkOptions } from './walk.js';
export { readInputs } from './reader.js';
export type { ReadItem } from './reader.js';

/** One original to decode: its bytes, where it came from, and a media type if the transport gave one. */
export interface IngestInput {
  readonly bytes: Uint8Array;
  readonly origin: string;
  /** e.g. an HTTP Content-Type; a `charset=` parameter counts as a declared encoding. */
  readonly mediaType?: string;
}


const MEDIA_TYPES: Record<DocumentFormat, string> = {
  text: 'text/plain',
  html: 'text/html',
  'archive-md': 'text/markdown',
  markdown: 'text/markdown',
  pdf: 'application/pdf',
  feed: 'application/xml',
};

const EXTENSIONS: Record<DocumentFormat, string> = {
  text: '.txt',
  html: '.html',
  'archive-md': '.md',
  markdown: '.md',
  pdf: '.pdf',
  feed: '.xml',
};

/** Returns the media type an original of this format is archived and served with. */
export function mediaTypeFor(format: DocumentFormat): string {
  return MEDIA_TYPES[format];
}

/** Returns the file extension (with the dot) an original of this format is archived with. */
export function extensionFor(format: DocumentFormat): string {
  return EXTENSIONS[format];
}

export { sha256Hex } from '../core/hash.js';

/** Returns the provenance record of a decoded document; the clock comes in as `ingestedAt`. */
export function sourceOf(doc: Document, size: number, ingestedAt: string): Source {
  return {
    sha256: doc.source,
    size,
    origin: doc.origin,
    encoding: doc.encoding,
    format: doc.format,
    media_type: mediaTypeFor(doc.format),
    ingested_at: ingestedAt,
  };
}

function isPdfInput(input: IngestInput): boolean {
  return isPdfBytes(input.bytes) || /^application\/pdf\b/i.test(input.mediaType ?? '');
}

/**
 * Returns the Document of a text original (plain text, Markdown, archive Markdown, HTML); throws
 * JikenboError('ingest') naming the origin when the bytes are empty, binary, undecodable or a PDF
 * (PDFs need the asynchronous `decodeDocumentAsync`).
 */
export function decodeDocument(input: IngestInput, sha256: string): Document {
  const { bytes, origin, mediaType } = input;
  if (bytes.length === 0) throw new JikenboError('ingest', `${origin}: empty file`);
  if (isPdfInput(input)) throw new JikenboError('ingest', `${origin}: PDF documents are read by decodeDocumentAsync`);
  const hint = { origin, ...(mediaType !== undefined ? { mediaType } : {}) };
  const { text, encoding } = decodeBytes(bytes, origin, {
    declared: charsetOfMediaType(mediaType),
    html: looksLikeHtmlBytes(bytes, hint),
  });
  const format = sniffFormat(text, hint);
  const base = { source: sha256, origin, encoding };
  switch (format) {
    case 'archive-md': {
      const { metadata, segments } = parseArchiveMarkdown(text);
      return { ...base, format, text, metadata, segments };
    }
    case 'html': {
      const html = htmlToText(text);
      if (html.text.trim() === '') throw new JikenboError('ingest', `${origin}: HTML page has no text`);
      return { ...base, format, text: html.text, metadata: html.metadata, ...(html.segments ? { segments: html.segments } : {}) };
    }
    case 'pdf':
      throw new JikenboError('ingest', `${origin}: PDF read as text; PDF documents are read by decodeDocumentAsync`);
    default:
      return { ...base, format, text, metadata: {} };
  }
}

/** Returns the Document of any supported original, PDFs included. */
export async function decodeDocumentAsync(input: IngestInput, sha256: string): Promise<Document> {
  if (input.bytes.length === 0 || !isPdfInput(input)) return decodeDocument(input, sha256);
  const pdf = await pdfToText(input.bytes, input.origin);
  return { source: sha256, origin: input.origin, format: 'pdf', encoding: null, text: pdf.text, metadata: pdf.metadata };
}

