/**
 * The reading thread of a batch ingest (see reader.ts): walks the inputs, reads each file, hashes
 * it, and hands the bytes over to the ingesting thread, at most `READ_AHEAD` items ahead of it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isJikenboError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { kibOf } from './reader.js';
import { walkInputs } from './walk.js';

interface Spec {
  readonly paths: readonly string[];
  readonly maxBytes?: number;
  /** Items (Int32 at index 0) and KiB (index 1) handed over and not yet taken. */
  readonly credit: SharedArrayBuffer;
  readonly readAhead: number;
  readonly readAheadKiB: number;
}

const spec = workerData as Spec;
const ahead = new Int32Array(spec.credit);

for await (const item of walkInputs(spec.paths, { maxBytes: spec.maxBytes })) {
  // Wait while the ingesting thread has enough to do: so many files, or so many bytes (one file always goes).
  for (let n = Atomics.load(ahead, 0); n > 0 && (n >= spec.readAhead || Atomics.load(ahead, 1) >= spec.readAheadKiB); n = Atomics.load(ahead, 0)) {
    Atomics.wait(ahead, 0, n, 1000);
  }
  Atomics.add(ahead, 0, 1);
  if ('bytes' in item) Atomics.add(ahead, 1, kibOf(item.bytes));
  if ('error' in item) {
    const e = item.error;
    parentPort!.postMessage({ origin: item.origin, error: isJikenboError(e) ? { stage: e.stage, message: e.message } : { stage: 'ingest', message: String(e) } });
    continue;
  }
  // Its own buffer, so that handing it over moves it instead of copying it (small reads share a pool).
  const bytes = item.bytes.byteOffset === 0 && item.bytes.byteLength === item.bytes.buffer.byteLength ? item.bytes : item.bytes.slice();
  const sha256 = sha256Hex(bytes);
  parentPort!.postMessage({ origin: item.origin, bytes, sha256 }, [bytes.buffer as ArrayBuffer]);
}
parentPort!.postMessage({ done: true });
