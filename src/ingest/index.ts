/**
 * ingest: bytes + provenance → Document. The only public door of the stage.
 *
 * @example
 * for await (const item of walkInputs(['corpus/seeds'])) {
 *   if ('error' in item) { console.error(item.error.toString()); continue; }
 *   const doc = await decodeDocumentAsync(item, sha256Hex(item.bytes));
 * }
 */
import { createHash } from 'node:crypto';
import { opendir } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** One original to decode: its bytes, where it came from, and a media type if the transport gave one. */
export interface IngestInput {
  readonly bytes: Uint8Array;
  readonly origin: string;
  /** e.g. an HTTP Content-Type; a `charset=` parameter counts as a declared encoding. */
  readonly mediaType?: string;
}

/** One item of a walk: the bytes of a file, or the reason it could not be read. */
export type WalkItem = { readonly origin: string; readonly bytes: Uint8Array } | { readonly origin: string; readonly error: JikenboError };

export interface WalkOptions {
  /** Files larger than this are reported, not read. Default 100 MiB. */
  readonly maxBytes?: number;
  /** What `-` reads; default process.stdin. */
  readonly stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

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

/** Returns the lowercase hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

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

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

function failure(origin: string, why: string, cause?: unknown): WalkItem {
  return { origin, error: new JikenboError('ingest', `${origin}: ${why}`, cause === undefined ? undefined : { cause }) };
}

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<WalkItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += buf.length;
      if (total > maxBytes) return failure('-', `too large (more than ${maxBytes} bytes)`);
      chunks.push(buf);
    }
  } catch (e) {
    return failure('-', `cannot read standard input: ${reason(e)}`, e);
  }
  return { origin: '-', bytes: new Uint8Array(Buffer.concat(chunks)) };
}

async function readOne(path: string, size: number, maxBytes: number): Promise<WalkItem> {
  if (size > maxBytes) return failure(path, `too large (${size} bytes > limit ${maxBytes})`);
  try {
    // Synchronous reads: a batch reads thousands of small files, and each asynchronous read costs
    // several thread-pool round trips that starve the analysing threads.
    const bytes = readFileSync(path);
    // The file may have grown since stat.
    if (bytes.length > maxBytes) return failure(path, `too large (${bytes.length} bytes > limit ${maxBytes})`);
    return { origin: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (e) {
    return failure(path, `cannot read: ${reason(e)}`, e);
  }
}

async function* walkPath(path: string, maxBytes: number, seen: Set<string>): AsyncGenerator<WalkItem> {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    yield failure(path, reason(e), e);
    return;
  }
  if (st.isFile()) {
    yield await readOne(path, st.size, maxBytes);
    return;
  }
  if (!st.isDirectory()) {
    yield failure(path, 'not a regular file or directory');
    return;
  }
  // Symbolic links can make a directory its own descendant.
  const id = `${st.dev}:${st.ino}`;
  if (seen.has(id)) return;
  seen.add(id);
  let names: string[];
  try {
    const dir = await opendir(path);
    names = [];
    for await (const entry of dir) names.push(entry.name);
  } catch (e) {
    yield failure(path, `cannot read directory: ${reason(e)}`, e);
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    yield* walkPath(join(path, name), maxBytes, seen);
  }
}

/**
 * Yields the bytes of each input in order: files as given, folders recursively in sorted order
 * (dotfiles and dot-folders skipped), `-` as standard input. A path that cannot be read yields one
 * error item naming it, and the walk goes on.
 */
export async function* walkInputs(paths: readonly string[], opts: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') yield await readStdin(opts.stdin ?? process.stdin, maxBytes);
    else yield* walkPath(path, maxBytes, new Set());
  }
}
