/**
 * The walk over an ingest's inputs: files as given, folders recursively in sorted order, `-` as
 * standard input, each read whole. File-system access only, so a reading thread can run it.
 */
import { opendir } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JikenboError } from '../core/errors.js';

/** One item of a walk: the bytes of a file, or the reason it could not be read. */
export type WalkItem = { readonly origin: string; readonly bytes: Uint8Array } | { readonly origin: string; readonly error: JikenboError };

export interface WalkOptions {
  /** Files larger than this are reported, not read. Default 100 MiB. */
  readonly maxBytes?: number;
  /** What `-` reads; default process.stdin. */
  readonly stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

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
