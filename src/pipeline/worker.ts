/**
 * A worker thread of the analyser pool: analyses the originals it is sent (decode, segment,
 * extract) and, when the pool owns a file archive, archives them too, so the thread that writes
 * the database does nothing else.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isJikenboError } from '../core/errors.js';
import { FileArchive } from '../archive/index.js';
import { analyzeBytes, sourceOf } from './analyze.js';

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly origin: string;
  readonly sha256: string;
  readonly mediaType?: string;
}

const spec = workerData as { archive?: { dir: string; fsync: boolean } } | undefined;
const archive = spec?.archive ? new FileArchive(spec.archive.dir, { fsync: spec.archive.fsync }) : null;

async function run(job: Job) {
  const analysis = await analyzeBytes(job.bytes, job.origin, job.sha256, job.mediaType);
  if (!archive) return { analysis };
  const source = sourceOf(analysis, job.bytes, job.origin, job.sha256, new Date(), job.mediaType);
  if (analysis.reports.length > 0) await archive.put(job.bytes, source);
  return { analysis, source };
}

parentPort!.on('message', (job: Job) => {
  run(job).then(
    (result) => parentPort!.postMessage({ id: job.id, ...result }),
    (e: unknown) =>
      parentPort!.postMessage({
        id: job.id,
        error: isJikenboError(e) ? { stage: e.stage, message: e.message } : { stage: 'ingest', message: `${job.origin}: ${(e as Error)?.message ?? String(e)}` },
      }),
  );
});
