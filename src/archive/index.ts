/**
 * archive: originals, byte for byte, content-addressed, with their provenance, readable without the app:
 *
 *   <dir>/packs/<name>.pack       originals back to back, append-only; each writer (a process's thread)
 *                                 appends to a pack of its own, so no two writers share a file
 *   <dir>/<ab>/sources.jsonl      one JSON line per original archived (`ab` = the hash's first two hex
 *                                 digits): sha256, origin, size, encoding, format, media type,
 *                                 ingested_at, and where its bytes are: `pack` and `offset`
 *
 * A batch ingest archives thousands of originals, and on common file systems creating a file costs
 * many times more than appending to one that exists (ext4 on this project's machines: ~200 µs of
 * kernel time per creation against ~10 µs per append), so originals are appended to packs as git
 * packs its objects. `grep SHA data/archive/??/sources.jsonl` finds an original's provenance and
 * place; `tail -c +$((offset + 1)) PACK | head -c SIZE` (or `jikenbo source show SHA --raw`) gives
 * back its bytes. Every read checks the bytes against their SHA-256.
 * Originals archived in the earlier layouts, one file each (`<dir>/<ab>/<sha256>.<ext>`, and
 * `<dir>/<sha256>/original.<ext>` + `source.json`), are still read.
 *
 * @example
 * const archive = new FileArchive('data/archive');
 * const where = await archive.put(bytes, source); // data/archive/packs/20261122T0600-4242-0-9f3a.pack@1536
 */
import { threadId } from 'node:worker_threads';
import { open, readdir, readFile } from 'node:fs/promises';
import { appendFileSync, closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { JikenboError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import type { Source } from '../core/model.js';

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

/** Extensions of originals archived one file each, as the earlier layout named them by format. */
const LOOSE_EXTENSIONS = ['txt', 'html', 'md', 'pdf', 'xml', 'bin'];

const SHA256 = /^[0-9a-f]{64}$/;

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

/** Returns the provenance parsed from a provenance record, or null when it is not a whole JSON object. */
function parseSource(raw: string): Source | null {
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' ? (value as Source) : null;
  } catch {
    return null;
  }
}

/** Forces a folder's entries to disk; some file systems refuse fsync on a folder. */
function syncFolderSync(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // see above
  } finally {
    closeSync(fd);
  }
}

/** Appends the whole buffer at the end of an open file. */
function writeAll(fd: number, buf: Uint8Array): void {
  for (let off = 0; off < buf.byteLength; ) off += writeSync(fd, buf, off, buf.byteLength - off);
}

/** Reads `size` bytes at `offset` of a file; null when the file is missing or shorter. */
async function readRange(path: string, offset: number, size: number): Promise<Buffer | null> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return null;
    throw e;
  }
  try {
    const buf = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await fh.read(buf, got, size - got, offset + got);
      if (bytesRead === 0) return null;
      got += bytesRead;
    }
    return buf;
  } finally {
    await fh.close();
  }
}

/** The provenance log of a shard folder. */
const LOG = 'sources.jsonl';
/** The folder of packs. */
const PACKS = 'packs';
/** A writer starts a new pack past this size, so no pack grows without bound. */
const PACK_LIMIT = 1 << 30;

/** A line of a provenance log: the provenance, and for a packed original where its bytes are. */
interface LogEntry {
  readonly source: Source;
  readonly pack?: string;
  readonly offset?: number;
}

/** Returns the entries of a provenance log's text that record `sha256`, in the order written. */
function entriesFor(text: string, sha256: string): LogEntry[] {
  const key = `{"sha256":"${sha256}"`;
  const out: LogEntry[] = [];
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf(key);
    if (at < 0) continue;
    // Whatever precedes the record on its line is a fragment of a write a crash cut short.
    const parsed = parseSource(line.slice(at)) as (Source & { pack?: unknown; offset?: unknown }) | null;
    if (parsed?.sha256 !== sha256) continue;
    const { pack, offset, ...source } = parsed;
    out.push(typeof pack === 'string' && typeof offset === 'number' ? { source, pack, offset } : { source });
  }
  return out;
}

/** The hashes a shard's log records, read incrementally as the log grows. */
interface ShardLog {
  read: number;
  readonly hashes: Set<string>;
}

const LOGGED_HASH = /\{"sha256":"([0-9a-f]{64})"/g;

/** Content-addressed originals under one folder: packs of bytes and per-shard provenance logs (see above). */
export class FileArchive implements ArchiveStore {
  readonly dir: string;
  /** Force every original and provenance line to disk before `put` returns (~10 ms an original). */
  readonly fsync: boolean;
  /** Shard folders known to exist, so each is created once per process. */
  private readonly shards = new Set<string>();
  /** Shard folders whose entries this writer forced to disk (fsync mode). */
  private readonly synced = new Set<string>();
  /** What this writer knows of each shard log it touched. */
  private readonly logs = new Map<string, ShardLog>();
  /** The pack this writer appends to, and its size. */
  private pack: { name: string; size: number } | null = null;

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

  /** Returns the path of a pack of this archive. */
  packPath(name: string): string {
    return join(this.dir, PACKS, name);
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
   * Returns true when the shard's log records the hash. Reads only what was appended since the
   * last look, so checking each new original costs a `stat`, not a read of the whole log.
   */
  private logged(sha256: string): boolean {
    const path = this.logPath(sha256);
    let log = this.logs.get(path);
    if (log?.hashes.has(sha256)) return true;
    let size = 0;
    try {
      size = statSync(path).size;
    } catch (e) {
      if (errno(e) !== 'ENOENT' && errno(e) !== 'ENOTDIR') throw e;
    }
    if (!log || size < log.read) {
      log = { read: 0, hashes: new Set() };
      this.logs.set(path, log);
    }
    if (size > log.read) {
      const fd = openSync(path, 'r');
      try {
        const buf = Buffer.alloc(size - log.read);
        let got = 0;
        while (got < buf.byteLength) {
          const n = readSync(fd, buf, got, buf.byteLength - got, log.read + got);
          if (n === 0) break;
          got += n;
        }
        // Only whole lines: a line being appended right now is read on the next look.
        const end = buf.lastIndexOf(0x0a, got - 1) + 1;
        for (const m of buf.toString('utf8', 0, end).matchAll(LOGGED_HASH)) log.hashes.add(m[1]);
        log.read += end;
      } finally {
        closeSync(fd);
      }
    }
    return log.hashes.has(sha256);
  }

  /** Appends the bytes to this writer's pack; returns the pack's name and where the bytes start. */
  private appendToPack(bytes: Uint8Array): { pack: string; offset: number } {
    let created = false;
    if (!this.pack || this.pack.size + bytes.byteLength > PACK_LIMIT) {
      mkdirSync(join(this.dir, PACKS), { recursive: true });
      const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 13);
      this.pack = { name: `${stamp}-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.pack`, size: 0 };
      created = true;
    }
    const pack = this.pack;
    const fd = openSync(this.packPath(pack.name), 'a');
    try {
      // Another writer never appends here, but a failed write may leave part of the bytes: start over in a new pack.
      const offset = created ? 0 : pack.size;
      if (!created && fstatSync(fd).size !== offset) throw new Error(`${pack.name} changed under this writer`);
      writeAll(fd, bytes);
      if (this.fsync) fsyncSync(fd);
      pack.size = offset + bytes.byteLength;
      return { pack: pack.name, offset };
    } catch (e) {
      this.pack = null;
      throw e;
    } finally {
      closeSync(fd);
      if (created && this.fsync) syncFolderSync(join(this.dir, PACKS));
    }
  }

  /**
   * Appends one provenance line. One write, so lines of concurrent writers never interleave; the
   * hash is the first key, so a line glued to a fragment a crash left behind is still found.
   */
  private appendProvenance(source: Source, at: { pack: string; offset: number }): void {
    const { sha256, ...rest } = source;
    const line = `${JSON.stringify({ sha256, ...rest, pack: at.pack, offset: at.offset })}\n`;
    const path = this.logPath(sha256);
    if (!this.fsync) appendFileSync(path, line);
    else {
      const fd = openSync(path, 'a');
      try {
        writeSync(fd, line);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      const shard = join(path, '..');
      if (!this.synced.has(shard)) {
        syncFolderSync(shard); // the log may be new
        this.synced.add(shard);
      }
    }
    this.logs.get(path)?.hashes.add(sha256);
  }

  /** Returns the entries recorded for the hash in its shard's log, in the order written. */
  private async entries(sha256: string): Promise<LogEntry[]> {
    const raw = await readIfExists(this.logPath(sha256));
    return raw ? entriesFor(raw.toString('utf8'), sha256) : [];
  }

  /** Returns where packed bytes are, as `put` and `locate` tell it: `PACK@OFFSET`. */
  private where(pack: string, offset: number): string {
    return `${this.packPath(pack)}@${offset}`;
  }

  /** Returns the bytes of the first place holding the original intact, or why there is none. */
  private async find(sha256: string): Promise<{ path: string; bytes: Buffer } | { corrupted: string } | null> {
    let corrupted: string | null = null;
    const shard = this.shardOf(sha256);
    for (const ext of LOOSE_EXTENSIONS) {
      const path = join(shard, `${sha256}.${ext}`);
      const bytes = await readIfExists(path);
      if (!bytes) continue;
      if (sha256Hex(bytes) === sha256) return { path, bytes };
      corrupted ??= path;
    }
    for (const entry of await this.entries(sha256)) {
      if (entry.pack === undefined || entry.offset === undefined || /[\\/]/.test(entry.pack)) continue;
      const bytes = await readRange(this.packPath(entry.pack), entry.offset, entry.source.size);
      if (bytes && sha256Hex(bytes) === sha256) return { path: this.where(entry.pack, entry.offset), bytes };
      corrupted ??= this.where(entry.pack, entry.offset);
    }
    const legacy = await this.legacyOriginal(sha256);
    if (legacy) {
      const bytes = await readFile(legacy);
      if (sha256Hex(bytes) === sha256) return { path: legacy, bytes };
      corrupted ??= legacy;
    }
    return corrupted ? { corrupted } : null;
  }

  /** Returns where the archived original is (a file, or `PACK@OFFSET`), or null when it is not archived intact. */
  async locate(sha256: string): Promise<string | null> {
    const found = await this.find(sha256);
    return found && 'path' in found ? found.path : null;
  }

  /** The original in the oldest layout, `<dir>/<sha256>/original.<ext>`, or null. */
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
   * Archives the original and returns where it now is. A new original costs two appends: its bytes
   * to the pack, then its provenance line (so a line never points at bytes not yet written; a
   * killed run leaves at most unreferenced bytes at a pack's end). An original archived before is
   * not written again unless no intact copy is left (a damaged disk); the first provenance stays.
   */
  async put(bytes: Uint8Array, source: Source): Promise<string> {
    const sha = this.check(source.sha256);
    const actual = sha256Hex(bytes);
    if (actual !== sha) {
      throw new JikenboError('archive', `${source.origin}: source.sha256 ${sha} does not match the bytes (${actual})`);
    }
    if (source.size !== bytes.byteLength) {
      throw new JikenboError('archive', `${source.origin}: source.size ${source.size} is not the ${bytes.byteLength} bytes given`);
    }
    try {
      this.ensureShard(this.shardOf(sha));
      // Checked without yielding, so concurrent puts of the same bytes in one process write one copy.
      if (this.logged(sha) || existsSync(join(this.dir, sha))) {
        const there = await this.locate(sha);
        if (there) return there;
      }
      const at = this.appendToPack(bytes);
      this.appendProvenance(source, at);
      return this.where(at.pack, at.offset);
    } catch (e) {
      if (e instanceof JikenboError) throw e;
      throw new JikenboError('archive', `${this.dir}: cannot archive ${source.origin}: ${message(e)}`, { cause: e });
    }
  }

  /** Returns the exact archived bytes; throws JikenboError('archive') when missing or corrupted. */
  async get(sha256: string): Promise<Buffer> {
    const found = await this.find(sha256);
    if (!found) throw new JikenboError('archive', `${sha256}: not in the archive ${this.dir}`);
    if ('corrupted' in found) throw new JikenboError('archive', `${found.corrupted}: content does not match its SHA-256 (corrupted)`);
    return found.bytes;
  }

  /** Returns true when an original with this hash is archived. */
  async has(sha256: string): Promise<boolean> {
    return (await this.locate(sha256)) !== null;
  }

  /** Returns the first provenance recorded for the original. */
  async sourceInfo(sha256: string): Promise<Source> {
    let logged: LogEntry[];
    try {
      logged = await this.entries(sha256);
    } catch (e) {
      throw new JikenboError('archive', `${this.logPath(sha256)}: cannot read: ${message(e)}`, { cause: e });
    }
    if (logged.length > 0) return logged[0].source;
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
