/**
 * Format detection from content first; the file extension and media type only break ties.
 */
import type { DocumentFormat } from '../core/model.js';

/** What is known about a document besides its content. */
export interface FormatHint {
  readonly origin?: string;
  readonly mediaType?: string;
}

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAG = /<(?:html|head|body|div|p|meta|title|table|article|main|section|span|a|h[1-6]|br)\b[^>]*>/i;

/** Returns true when the bytes are a PDF (`%PDF-` within the first 1 KiB, as readers accept). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** Returns true when the first bytes look like HTML (read as latin1, so it works before decoding). */
export function looksLikeHtmlBytes(bytes: Uint8Array, hint: FormatHint = {}): boolean {
  let start = 0;
  // Skip a UTF-8 BOM; UTF-16 content is not ASCII-readable here and is sniffed after decoding.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(bytes.length - start, 2048)).toString('latin1');
  return looksLikeHtml(head, hint);
}

function extensionOf(origin: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(origin ?? '');
  return m ? m[1].toLowerCase() : '';
}

function mediaTypeOf(hint: FormatHint): string {
  return (hint.mediaType ?? '').split(';')[0].trim().toLowerCase();
}

function looksLikeHtml(text: string, hint: FormatHint): boolean {
  const head = text.slice(0, 2048).replace(/^[\uFEFF\s]+/, '');
  if (HTML_START.test(head)) return true;
  const declared = mediaTypeOf(hint) === 'text/html' || /^(?:html?|xhtml)$/.test(extensionOf(hint.origin));
  // A fragment (`<div>…`) counts when it starts the text, or anywhere early when declared as HTML.
  return (head.startsWith('<') && HTML_TAG.test(head.slice(0, 200))) || (declared && HTML_TAG.test(head));
}

/**
 * Returns true when the text follows the release-archive layout: a `# 公表概要` header, or (as some
 * real files do) another or empty top heading followed by list items with a date and a `# 本文` heading.
 */
export function isArchiveMarkdown(text: string): boolean {
  const t = text.replace(/^[\uFEFF\s]+/, '');
  if (/^#[ \t\u3000]*公表概要/.test(t)) return true;
  if (!/^#(?!#)/.test(t)) return false;
  const head = t.split('\n', 16);
  const hasDateItem = head.some((l) => /^\s*[-*]\s*\d{4}年\d{1,2}月\d{1,2}日/.test(l));
  return hasDateItem && /^[ \t]*#[ \t\u3000]*本文[ \t\u3000]*\r?$/m.test(t);
}

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 8192);
  const headings = head.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const lists = head.match(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+\S/gm)?.length ?? 0;
  const links = head.match(/\[[^\]\n]+\]\([^)\s]+\)/g)?.length ?? 0;
  return headings >= 2 || (headings >= 1 && lists + links >= 2);
}

/** Returns the format of a decoded text: archive-md, html, markdown or text ('pdf' for a PDF read as text). */
export function sniffFormat(text: string, hint: FormatHint = {}): DocumentFormat {
  const head = text.slice(0, 1024).replace(/^[\uFEFF\s]+/, '');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (isArchiveMarkdown(text)) return 'archive-md';
  if (looksLikeHtml(text, hint)) return 'html';
  const ext = extensionOf(hint.origin);
  if (ext === 'md' || ext === 'markdown' || mediaTypeOf(hint) === 'text/markdown') return 'markdown';
  if (ext === 'txt' || mediaTypeOf(hint) === 'text/plain') return 'text';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}
