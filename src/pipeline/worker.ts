/** A worker thread of the analyser pool: analyses the originals it is sent, one message each. */
import { parentPort } from 'node:worker_threads';
import { isJikenboError } from '../core/errors.js';
import { analyzeBytes } from './analyze.js';

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly origin: string;
  readonly sha256: string;
  readonly mediaType?: string;
}

parentPort!.on('message', (job: Job) => {
  analyzeBytes(job.bytes, job.origin, job.sha256, job.mediaType).then(
    (analysis) => parentPort!.postMessage({ id: job.id, analysis }),
    (e: unknown) =>
      parentPort!.postMessage({
        id: job.id,
        error: isJikenboError(e) ? { stage: e.stage, message: e.message } : { stage: 'ingest', message: `${job.origin}: ${(e as Error)?.message ?? String(e)}` },
      }),
  );
});
