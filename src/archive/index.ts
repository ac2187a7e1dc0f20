/**
 * archive: originals, byte for byte, content-addressed as plain files you can browse without the app:
 *
 *   <dir>/<ab>/<sha256>.<ext>     the bytes as received (`ab` = the hash's first two hex digits)
 *   <dir>/<ab>/sources.jsonl      provenance, one JSON line per original of the folder (sha256, origin,
 *                                 size, encoding, format, media type, ingested_at), appended in order
 *
 * One new file per original, in one of 256 shared folders as git keeps its loose objects: a batch
 * ingest archives thousands of originals, and on common file systems creating a file or a folder
 * costs many times more than appending a line to a file that exists (ext4: 30–300 µs of kernel time
 * per creation, ~10 µs per append). `grep SHA data/archive/??/sources.jsonl` finds a provenance.
 * Archives in the older layout (`<dir>/<sha256>/original.<ext>` + `source.json`) are still read.
 *
 * @example
 * const archive = new FileArchive('data/archive');
 * const path = await archive.put(bytes, source); // data/archive/3f/3f…e1.html
 */
import { threadId } from 'node:worker_threads';
import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { JikenboError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import type { DocumentFormat, Source } from '../core/model.js';

/** Where originals are kept. One local implementation today; the interface keeps room for others. */
export interface ArchiveStore {
  /** Stores the bytes and their provenance; returns where the original now lives. Idempotent. */
  put(bytes: Uint8Array, source: Source): Promise<string>;
  /** Returns the exact bytes archived under `sha256`. */
  get(sha256: string): Promise<Buffer>;
  /** Returns true when an original with this hash is archived. */
  has(sha256: string): Promise<boolean>;
  /** Returns the provenance recorded when the original was first archived. */
  sourceInfo(sha256: string): Promise<Source>;
  /** Returns where the original with this hash lives (a path or URL), or null when it is not archived. */
  locate(sha256: string): Promise<string | null>;
}

const EXTENSIONS: Record<DocumentFormat, string> = {
  text: 'txt',
  html: 'html',
  'archive-md': 'md',
  markdown: 'md',
  pdf: 'pdf',
  feed: 'xml',
};
const ALL_EXTENSIONS = [...new Set(Object.values(EXTENSIONS)), 'bin'];

const extensionOf = (format: DocumentFormat | undefined): string => (format && EXTENSIONS[format]) || 'bin';

const SHA256 = /^[0-9a-f]{64}$/;

let tmpCounter = 0;
/** A temporary name no other writer uses: process, thread and a counter. */
function tmpName(path: string): string {
  return `${path}.tmp-${process.pid}-${threadId}-${++tmpCounter}`;
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Returns the file's bytes, or null when there is no such file. */
async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return null;
    throw e;
  }
}

/** Returns true when a regular file exists at `path`. */
async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return false;
    throw e;
  }
}

/** Returns the provenance parsed from a provenance record, or null when it is not a whole JSON object. */
function parseSource(raw: string): Source | null {
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' ? (value as Source) : null;
  } catch {
    return null;
  }
}

/** Forces a folder's entries to disk; some file systems refuse fsync on a folder, and the rename is atomic anyway. */
async function syncFolder(path: string): Promise<void> {
  const dir = await open(path, 'r');
  try {
    await dir.sync();
  } catch {
    // see above
  } finally {
    await dir.close();
  }
}

/**
 * Writes a file so that readers see either nothing or the whole of it: temp file, rename.
 * With `fsync`, the data and the folder entry are also forced to disk.
 */
async function writeAtomic(path: string, data: Uint8Array | string, fsync: boolean): Promise<void> {
  const tmp = tmpName(path);
  const fh = await open(tmp, 'wx');
  try {
    await fh.writeFile(data);
    if (fsync) await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  if (fsync) await syncFolder(join(path, '..'));
}

/**
 * Creates a file that must not exist yet and writes it whole; returns false when it exists already.
 * Synchronous: a small write costs less than its round trips through the thread pool, and ingest
 * archives from worker threads that have nothing else to do meanwhile.
 * With `fsync` the data is forced to disk before returning (survives power loss, ~10 ms a file);
 * without it, the write survives a killed process, as the database's WAL with synchronous=NORMAL does.
 */
function writeExclusive(path: string, data: Uint8Array | string, fsync: boolean): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if (errno(e) === 'EEXIST') return false;
    throw e;
  }
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < buf.byteLength; ) off += writeSync(fd, buf, off, buf.byteLength - off);
    if (fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The provenance log of a shard folder. */
const LOG = 'sources.jsonl';

/** Content-addressed originals under one folder: `<dir>/<ab>/<sha256>.<ext>`, provenance in `<dir>/<ab>/sources.jsonl`. */
export class FileArchive implements ArchiveStore {
  readonly dir: string;
  /** Force every original and provenance line to disk before `put` returns (see writeExclusive). */
  readonly fsync: boolean;
  /** Shard folders known to exist, so each is created once per process. */
  private readonly shards = new Set<string>();

  constructor(dir: string, options: { fsync?: boolean } = {}) {
    this.dir = dir;
    this.fsync = options.fsync ?? false;
  }

  private check(sha256: string): string {
    if (!SHA256.test(sha256)) throw new JikenboError('archive', `${sha256}: not a SHA-256 (64 lowercase hex digits)`);
    return sha256;
  }

  private shardOf(sha256: string): string {
    return join(this.dir, this.check(sha256).slice(0, 2));
  }

  /** Returns the path of the original with this hash in the given format. */
  pathFor(sha256: string, format: DocumentFormat): string {
    return join(this.shardOf(sha256), `${sha256}.${extensionOf(format)}`);
  }

  /** Returns the path of the provenance log that records the original with this hash. */
  logPath(sha256: string): string {
    return join(this.shardOf(sha256), LOG);
  }

  private ensureShard(shard: string): void {
    if (this.shards.has(shard)) return;
    mkdirSync(shard, { recursive: true });
    this.shards.add(shard);
  }

  /**
   * Appends one provenance line. One write, so lines of concurrent writers never interleave; the
   * hash is the first key, so a line glued to a fragment a crash left behind is still found.
   */
  private appendProvenance(source: Source): void {
    const { sha256, ...rest } = source;
    const line = `${JSON.stringify({ sha256, ...rest })}\n`;
    if (!this.fsync) {
      appendFileSync(this.logPath(source.sha256), line);
      return;
    }
    const fd = openSync(this.logPath(source.sha256), 'a');
    try {
      writeSync(fd, line);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Returns the first provenance recorded for the hash in its shard's log, or null. */
  private async provenance(sha256: string): Promise<Source | null> {
    const raw = await readIfExists(this.logPath(sha256));
    if (!raw) return null;
    const key = `{"sha256":"${sha256}"`;
    for (const line of raw.toString('utf8').split('\n')) {
      const at = line.lastIndexOf(key);
      if (at < 0) continue;
      // Whatever precedes the record on its line is a fragment of a write a crash cut short.
      const source = parseSource(line.slice(at));
      if (source?.sha256 === sha256) return source;
    }
    return null;
  }

  /** Returns the path of the archived original, or null when there is none. */
  async locate(sha256: string): Promise<string | null> {
    const shard = this.shardOf(sha256);
    for (const ext of ALL_EXTENSIONS) {
      const path = join(shard, `${sha256}.${ext}`);
      if (await isFile(path)) return path;
    }
    return this.legacyOriginal(sha256);
  }

  /** The original in the older layout, `<dir>/<sha256>/original.<ext>`, or null. */
  private async legacyOriginal(sha256: string): Promise<string | null> {
    const folder = join(this.dir, sha256);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (e) {
      if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return null;
      throw new JikenboError('archive', `${folder}: cannot read: ${message(e)}`, { cause: e });
    }
    const name = names.filter((n) => /^original\.[a-z0-9]+$/.test(n)).sort()[0];
    return name ? join(folder, name) : null;
  }

  /**
   * Returns the path of the original after writing it and appending its provenance. A new original
   * costs one file creation and one append. When the file is there already, what is there is kept
   * if it holds the same bytes, else (a killed run cut it short) rewritten whole; its provenance is
   * appended only if none was recorded, so the first one stays.
   */
  async put(bytes: Uint8Array, source: Source): Promise<string> {
    const sha = this.check(source.sha256);
    const actual = sha256Hex(bytes);
    if (actual !== sha) {
      throw new JikenboError('archive', `${source.origin}: source.sha256 ${sha} does not match the bytes (${actual})`);
    }
    const path = this.pathFor(sha, source.format);
    try {
      const shard = this.shardOf(sha);
      this.ensureShard(shard);
      if (writeExclusive(path, bytes, this.fsync)) {
        if (this.fsync) await syncFolder(shard);
        this.appendProvenance(source);
        return path;
      }
      const there = await readIfExists(path);
      if (!there || sha256Hex(there) !== sha) await writeAtomic(path, bytes, this.fsync);
      if (!(await this.provenance(sha))) this.appendProvenance(source);
      return path;
    } catch (e) {
      if (e instanceof JikenboError) throw e;
      throw new JikenboError('archive', `${path}: cannot write: ${message(e)}`, { cause: e });
    }
  }

  /** Returns the exact archived bytes; throws JikenboError('archive') when missing or corrupted. */
  async get(sha256: string): Promise<Buffer> {
    const path = await this.locate(sha256);
    if (!path) throw new JikenboError('archive', `${sha256}: not in the archive ${this.dir}`);
    const bytes = await readFile(path);
    if (sha256Hex(bytes) !== sha256) throw new JikenboError('archive', `${path}: content does not match its SHA-256 (corrupted)`);
    return bytes;
  }

  /** Returns true when an original with this hash is archived. */
  async has(sha256: string): Promise<boolean> {
    return (await this.locate(sha256)) !== null;
  }

  /** Returns the first provenance recorded for the original. */
  async sourceInfo(sha256: string): Promise<Source> {
    let logged: Source | null;
    try {
      logged = await this.provenance(sha256);
    } catch (e) {
      throw new JikenboError('archive', `${this.logPath(sha256)}: cannot read: ${message(e)}`, { cause: e });
    }
    if (logged) return logged;
    const legacy = join(this.dir, sha256, 'source.json');
    let raw: Buffer | null;
    try {
      raw = await readIfExists(legacy);
    } catch (e) {
      throw new JikenboError('archive', `${legacy}: cannot read: ${message(e)}`, { cause: e });
    }
    if (raw === null) throw new JikenboError('archive', `${sha256}: not in the archive ${this.dir}`);
    const source = parseSource(raw.toString('utf8'));
    if (!source) throw new JikenboError('archive', `${legacy}: not valid JSON`);
    return source;
  }
}
