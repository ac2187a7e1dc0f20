/**
 * Bytes → text for Japanese documents, refusing to guess: every candidate encoding is verified by a
 * fatal decode, and a file that decodes under no encoding with confidence is an error, never mojibake.
 */
import Encoding from 'encoding-japanese';
import { JikenboError } from '../core/errors.js';
import type { TextEncodingName } from '../core/model.js';

/** A decoded text and the encoding it was read with. */
export interface Decoded {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

export interface DecodeOptions {
  /** A charset declared outside the bytes (e.g. the `charset=` of an HTTP Content-Type). */
  readonly declared?: string | null;
  /** Look for a `<meta charset>` / `http-equiv` declaration in the first bytes. */
  readonly html?: boolean;
}

const SUPPORTED: ReadonlySet<string> = new Set<TextEncodingName>([
  'utf-8',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'utf-16le',
  'utf-16be',
]);

const DISPLAY: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/** Magic numbers of formats that are certainly not text, with the name used in the error. */
const MAGIC: ReadonlyArray<readonly [string, readonly (number | null)[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebP image', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['Microsoft Office (OLE) document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Returns the canonical name of a charset label when it is one we decode, else null. */
export function encodingFromLabel(label: string | null | undefined): TextEncodingName | null {
  if (!label) return null;
  try {
    // TextDecoder resolves the WHATWG aliases (sjis, windows-31j, x-euc-jp, csISO2022JP, …).
    const name = new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
    return SUPPORTED.has(name) ? (name as TextEncodingName) : null;
  } catch {
    return null;
  }
}

/** Returns the `charset=` parameter of a media type such as `text/html; charset=Shift_JIS`, or null. */
export function charsetOfMediaType(mediaType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(mediaType ?? '');
  return m ? m[2] : null;
}

/** Returns the charset an HTML document declares in its first 4 KiB (`<meta charset>` or `http-equiv`), or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every ASCII-compatible encoding, so a latin1 view finds it.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/\bhttp-equiv\b/i.test(tag)) return direct[1];
    if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag);
      const cs = content ? /charset\s*=\s*([\w.:-]+)/i.exec(content[2]) : null;
      if (cs) return cs[1];
    }
  }
  return null;
}

/** Returns a description such as "PNG image" when the bytes are binary rather than text, else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => b === null || bytes[i] === b)) return name;
  }
  if (bytes.includes(0)) return 'contains NUL bytes';
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, LF, VT, FF, CR and ESC (ISO-2022-JP shifts) occur in text; other C0 controls and DEL do not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) {
      control++;
    }
  }
  return control > 0 && control / n > 0.01 ? 'control characters' : null;
}

/** Returns the decoded text, or null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** ISO-2022-JP is 7-bit, so it also passes as UTF-8: recognise it by its escape sequences first. */
function looksLikeIso2022jp(bytes: Uint8Array): boolean {
  let esc = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) return false;
    if (b === 0x1b && i + 2 < bytes.length) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      // ESC $ @, ESC $ B (JIS X 0208), ESC ( J (Roman), ESC ( I (katakana)
      if ((b1 === 0x24 && (b2 === 0x40 || b2 === 0x42)) || (b1 === 0x28 && (b2 === 0x4a || b2 === 0x49))) esc = true;
    }
  }
  return esc;
}

/**
 * Returns true when a legacy-encoding decode reads like text: a Shift_JIS/EUC-JP decode of the wrong
 * bytes is often fatally clean yet full of C1 controls, private-use or unassigned code points, or
 * long runs of half-width katakana.
 */
function plausible(text: string): boolean {
  let nonAscii = 0;
  let suspicious = 0;
  let halfKana = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0b && cp !== 0x0c && cp !== 0x0d) suspicious++;
      continue;
    }
    nonAscii++;
    if (cp >= 0xff61 && cp <= 0xff9f) halfKana++;
    else if (/[\p{Cc}\p{Co}\p{Cn}\uFFFD]/u.test(ch)) suspicious++;
  }
  if (nonAscii === 0) return suspicious === 0;
  if (suspicious / nonAscii > 0.02) return false;
  return !(halfKana >= 20 && halfKana / nonAscii > 0.5);
}

/**
 * Returns the text of `bytes` and the encoding it was read with: BOM, then strict UTF-8, then a
 * declared charset, then detection among the Japanese encodings. Throws JikenboError('ingest') for
 * empty, binary or undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, origin: string, opts: DecodeOptions = {}): Decoded {
  const fail = (why: string): never => {
    throw new JikenboError('ingest', `${origin}: ${why}`);
  };
  const done = (text: string, encoding: TextEncodingName): Decoded => {
    if (text.trim() === '') fail('empty file');
    return { text, encoding };
  };
  if (bytes.length === 0) fail('empty file');

  // 1. A byte-order mark settles it.
  const bom: TextEncodingName | null =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null;
  if (bom) {
    if (bom !== 'utf-8' && bytes.length % 2 !== 0) fail(`cannot decode: ${DISPLAY[bom]} byte-order mark but an odd number of bytes`);
    const text = tryDecode(bytes, bom);
    if (text === null) return fail(`cannot decode: ${DISPLAY[bom]} byte-order mark but the bytes are not valid ${DISPLAY[bom]}`);
    return done(text, bom);
  }

  const binary = binaryKind(bytes);
  if (binary) fail(`binary file (${binary})`);

  // 2. ISO-2022-JP, which is 7-bit and would otherwise pass as UTF-8 with stray escapes.
  if (looksLikeIso2022jp(bytes)) {
    const text = tryDecode(bytes, 'iso-2022-jp');
    if (text !== null && plausible(text)) return done(text, 'iso-2022-jp');
  }

  // 3. Strict UTF-8 (pure ASCII lands here too).
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return done(utf8, 'utf-8');

  // 4. A declared charset, if it decodes cleanly.
  const declaredLabel = opts.declared ?? (opts.html ? metaCharset(bytes) : null);
  const declared = encodingFromLabel(declaredLabel);
  if (declared && declared !== 'utf-8') {
    const text = tryDecode(bytes, declared);
    if (text !== null && plausible(text)) return done(text, declared);
  }

  // 5. Detection among the Japanese encodings, each verified by a fatal decode.
  const detected = Encoding.detect(bytes);
  const byDetect: TextEncodingName | null =
    detected === 'SJIS' ? 'shift_jis' : detected === 'EUCJP' ? 'euc-jp' : detected === 'JIS' ? 'iso-2022-jp' : null;
  if (byDetect) {
    const text = tryDecode(bytes, byDetect);
    if (text !== null && plausible(text)) return done(text, byDetect);
  }
  const candidates = (['shift_jis', 'euc-jp'] as const)
    .filter((e) => e !== byDetect)
    .map((e) => ({ e, text: tryDecode(bytes, e) }))
    .filter((c): c is { e: 'shift_jis' | 'euc-jp'; text: string } => c.text !== null && plausible(c.text));
  // Both decoding cleanly is too ambiguous to pick one without guessing.
  if (candidates.length === 1) return done(candidates[0].text, candidates[0].e);

  const note = declaredLabel
    ? ` (declared charset ${declaredLabel}${declared ? ' does not decode cleanly' : ' is not supported'})`
    : '';
  return fail(
    candidates.length > 1
      ? `cannot decode: ambiguous between Shift_JIS and EUC-JP${note}`
      : `cannot decode: bytes are not valid UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP${note}`,
  );
}
