/**
 * archive: originals, byte for byte, content-addressed as plain files you can browse without the app:
 *
 *   <dir>/<sha256>/original.<ext>   the bytes as received
 *   <dir>/<sha256>/source.json      provenance (origin, encoding, format, media type, ingested_at)
 *
 * @example
 * const archive = new FileArchive('data/archive');
 * const path = await archive.put(bytes, source); // data/archive/3f…/original.html
 */
import { createHash } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { JikenboError } from '../core/errors.js';
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
  /** Returns the location (folder) of one archived original. */
  pathOf(sha256: string): string;
}

const EXTENSIONS: Record<DocumentFormat, string> = {
  text: 'txt',
  html: 'html',
  'archive-md': 'md',
  markdown: 'md',
  pdf: 'pdf',
  feed: 'xml',
};

const SHA256 = /^[0-9a-f]{64}$/;

let tmpCounter = 0;
/** A temporary name no other writer uses: process, thread and a counter. */
function tmpName(path: string): string {
  return `${path}.tmp-${process.pid}-${threadId}-${++tmpCounter}`;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/**
 * Writes a file so that readers see either nothing or the whole of it: temp file, rename.
 * With `fsync`, the data and the folder entry are also forced to disk (survives power loss, ~10 ms a file);
 * without it, the write survives a killed process, as the database's WAL with synchronous=NORMAL does.
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
  if (!fsync) return;
  const dir = await open(join(path, '..'), 'r');
  try {
    await dir.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  } finally {
    await dir.close();
  }
}

/** Writes a whole file synchronously (small files of a fresh folder: no thread-pool round trips). */
function writeFileFully(path: string, data: Uint8Array | string, fsync: boolean): void {
  const fd = openSync(path, 'wx');
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < buf.byteLength; ) off += writeSync(fd, buf, off, buf.byteLength - off);
    if (fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Content-addressed originals under one folder: `<dir>/<sha256>/{original.<ext>, source.json}`. */
export class FileArchive implements ArchiveStore {
  readonly dir: string;
  /** Force every original to disk before `put` returns (see writeAtomic). */
  readonly fsync: boolean;

  constructor(dir: string, options: { fsync?: boolean } = {}) {
    this.dir = dir;
    this.fsync = options.fsync ?? false;
  }

  private check(sha256: string): string {
    if (!SHA256.test(sha256)) throw new JikenboError('archive', `${sha256}: not a SHA-256 (64 lowercase hex digits)`);
    return sha256;
  }

  private rootReady = false;

  /**
   * Writes a new original's folder: creating the folder claims it, then both files go straight in
   * (three file-system operations, the fewest possible). Returns the original's path, or null when
   * the folder exists already (the caller then checks and repairs what is there). A run killed
   * mid-write leaves a partial folder that no database row refers to; the next put repairs it.
   */
  private async writeFreshFolder(folder: string, name: string, bytes: Uint8Array, source: Source): Promise<string | null> {
    if (!this.rootReady) {
      await mkdir(this.dir, { recursive: true });
      this.rootReady = true;
    }
    try {
      await mkdir(folder);
    } catch (e) {
      if (errno(e) === 'EEXIST') return null;
      throw e;
    }
    const json = `${JSON.stringify(source, null, 2)}\n`;
    if (this.fsync) {
      writeFileFully(join(folder, name), bytes, true);
      writeFileFully(join(folder, 'source.json'), json, true);
    } else {
      // Both files at once on the thread pool, so the calling thread goes on with its next job meanwhile.
      // A concurrent put of the same bytes may have written a file first: same content, so that is fine.
      const exclusive = (path: string, data: Uint8Array | string) =>
        writeFile(path, data, { flag: 'wx' }).catch((e: unknown) => (errno(e) === 'EEXIST' ? undefined : Promise.reject(e)));
      await Promise.all([exclusive(join(folder, name), bytes), exclusive(join(folder, 'source.json'), json)]);
    }
    return join(folder, name);
  }

  /** Returns the folder of one original: `<dir>/<sha256>`. */
  pathOf(sha256: string): string {
    return join(this.dir, this.check(sha256));
  }

  /** Returns the path of the archived original, or null when there is none. */
  async originalPath(sha256: string): Promise<string | null> {
    const folder = this.pathOf(sha256);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (e) {
      if (errno(e) === 'ENOENT') return null;
      throw new JikenboError('archive', `${folder}: cannot read: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    const name = names.filter((n) => /^original\.[a-z0-9]+$/.test(n)).sort()[0];
    return name ? join(folder, name) : null;
  }

  /** Returns the path of the original after writing it and source.json, unless the same original is already there. */
  async put(bytes: Uint8Array, source: Source): Promise<string> {
    const sha = this.check(source.sha256);
    const actual = sha256Hex(bytes);
    if (actual !== sha) {
      throw new JikenboError('archive', `${source.origin}: source.sha256 ${sha} does not match the bytes (${actual})`);
    }
    const folder = this.pathOf(sha);
    try {
      // Fast path: a new original's folder is written whole and renamed into place.
      const fresh = await this.writeFreshFolder(folder, `original.${EXTENSIONS[source.format] ?? 'bin'}`, bytes, source);
      if (fresh) return fresh;
      await mkdir(folder, { recursive: true });
      // An original already there under any extension counts: the hash says the bytes are the same.
      const existing = await this.originalPath(sha);
      let path = existing;
      const size = existing ? (await stat(existing)).size : -1;
      if (!existing || size !== bytes.length) {
        path = existing ?? join(folder, `original.${EXTENSIONS[source.format] ?? 'bin'}`);
        await writeAtomic(path, bytes, this.fsync);
      }
      const sourcePath = join(folder, 'source.json');
      // The first provenance is kept: a later ingest of the same bytes from elsewhere does not rewrite it,
      // unless what is there is unreadable (a write cut short).
      const hasSource = await readFile(sourcePath, 'utf8').then(
        (raw) => {
          try {
            JSON.parse(raw);
            return true;
          } catch {
            return false;
          }
        },
        (e: unknown) => (errno(e) === 'ENOENT' ? false : Promise.reject(e)),
      );
      if (!hasSource) await writeAtomic(sourcePath, `${JSON.stringify(source, null, 2)}\n`, this.fsync);
      return path!;
    } catch (e) {
      if (e instanceof JikenboError) throw e;
      throw new JikenboError('archive', `${folder}: cannot write: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }

  /** Returns the exact archived bytes; throws JikenboError('archive') when missing or corrupted. */
  async get(sha256: string): Promise<Buffer> {
    const path = await this.originalPath(sha256);
    if (!path) throw new JikenboError('archive', `${sha256}: not in the archive ${this.dir}`);
    const bytes = await readFile(path);
    if (sha256Hex(bytes) !== sha256) throw new JikenboError('archive', `${path}: content does not match its SHA-256 (corrupted)`);
    return bytes;
  }

  /** Returns true when an original with this hash is archived. */
  async has(sha256: string): Promise<boolean> {
    return (await this.originalPath(sha256)) !== null;
  }

  /** Returns the provenance stored in source.json. */
  async sourceInfo(sha256: string): Promise<Source> {
    const path = join(this.pathOf(sha256), 'source.json');
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (e) {
      if (errno(e) === 'ENOENT') throw new JikenboError('archive', `${sha256}: not in the archive ${this.dir}`);
      throw new JikenboError('archive', `${path}: cannot read: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    try {
      return JSON.parse(raw) as Source;
    } catch (e) {
      throw new JikenboError('archive', `${path}: not valid JSON`, { cause: e });
    }
  }
}
