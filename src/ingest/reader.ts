/**
 * Reading a batch's files on a thread of its own. A cold file costs the disk's latency (about
 * 0.7 ms on this kind of virtual disk, 6 s for ten thousand small files), which would otherwise
 * stall the thread that writes the database; the reading thread also hashes each file.
 */
import { startWorker } from '../core/threads.js';
import { JikenboError, type Stage } from '../core/errors.js';
import { walkInputs, type WalkItem, type WalkOptions } from './walk.js';
import { sha256Hex } from '../core/hash.js';

/** A walk item with the SHA-256 of its bytes. */
export type ReadItem = { readonly origin: string; readonly bytes: Uint8Array; readonly sha256: string } | { readonly origin: string; readonly error: JikenboError };

/** How many read files, and how many KiB of them, the reading thread may hold ready. */
const READ_AHEAD = 64;
const READ_AHEAD_KIB = 64 * 1024;
/** Where the ingesting thread wakes the sleeping reading thread again. */
const HALF = READ_AHEAD / 2;
const HALF_KIB = READ_AHEAD_KIB / 2;

/** A file's size in whole KiB, rounded up: what the reading thread counts in and this thread counts out. */
export const kibOf = (bytes: Uint8Array): number => Math.ceil(bytes.byteLength / 1024);

type Message = { done: true } | { origin: string; bytes: Uint8Array; sha256: string } | { origin: string; error: { stage: Stage; message: string } };

/**
 * Yields the inputs in walk order (see walkInputs), each with its hash. Files and folders are read
 * on a reading thread; standard input (`-`) is read in this thread, where the stream is.
 */
export async function* readInputs(paths: readonly string[], opts: WalkOptions = {}): AsyncGenerator<ReadItem> {
  if (paths.includes('-')) {
    for await (const item of walkInputs(paths, opts)) yield withHash(item);
    return;
  }
  const credit = new SharedArrayBuffer(8);
  const ahead = new Int32Array(credit);
  const worker = startWorker(import.meta.url, 'reader-thread', { paths, maxBytes: opts.maxBytes, credit, readAhead: READ_AHEAD, readAheadKiB: READ_AHEAD_KIB });
  const queue: Message[] = [];
  let wake: (() => void) | null = null;
  let failed: Error | null = null;
  let exited = false;
  worker.on('message', (m: Message) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failed = e;
    wake?.();
  });
  worker.on('exit', () => {
    exited = true;
    wake?.();
  });
  try {
    for (;;) {
      if (queue.length === 0) {
        if (failed) throw new JikenboError('ingest', `reading thread failed: ${(failed as Error).message}`);
        if (exited) throw new JikenboError('ingest', 'reading thread stopped before the end of the inputs');
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      const m = queue.shift()!;
      if ('done' in m) return;
      // The reading thread sleeps once it is a full read-ahead in front; it is woken when half of that is
      // taken, not at every item: a wake-up is a system call and a thread switch (about 50 µs here).
      const kib = 'bytes' in m ? kibOf(m.bytes) : 0;
      const oldKiB = kib > 0 ? Atomics.sub(ahead, 1, kib) : Atomics.load(ahead, 1);
      const oldN = Atomics.sub(ahead, 0, 1);
      if ((oldN > HALF && oldN - 1 <= HALF) || (oldKiB > HALF_KIB && oldKiB - kib <= HALF_KIB) || oldN === 1) Atomics.notify(ahead, 0);
      if ('error' in m) yield { origin: m.origin, error: new JikenboError(m.error.stage, m.error.message) };
      else yield m;
    }
  } finally {
    await worker.terminate();
  }
}

function withHash(item: WalkItem): ReadItem {
  return 'error' in item ? item : { ...item, sha256: sha256Hex(item.bytes) };
}
