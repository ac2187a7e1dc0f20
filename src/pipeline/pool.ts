/**
 * A pool of worker threads that analyse originals (decode, segment, extract) in parallel.
 * Jobs go to the least busy worker; results come back as promises.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../core/threads.js';
import { JikenboError, type Stage } from '../core/errors.js';
import type { Analysis } from './analyze.js';
import type { Source } from '../core/model.js';

interface Pending {
  resolve: (a: PoolResult) => void;
  reject: (e: Error) => void;
  worker: number;
}

/** What a worker returns: the analysis, and the source record when it archived the original itself. */
export interface PoolResult {
  readonly analysis: Analysis;
  readonly source?: Source;
}

export class AnalyzerPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** With `archive`, workers also write each original into that file archive before answering. */
  constructor(size: number, options: { archive?: { dir: string; fsync: boolean } } = {}) {
    for (let i = 0; i < size; i++) {
      const w = startWorker(import.meta.url, 'worker', { archive: options.archive });
      w.on('message', (m: { id: number; analysis?: Analysis; source?: Source; error?: { stage: Stage; message: string } }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[p.worker]--;
        if (m.error) p.reject(new JikenboError(m.error.stage, m.error.message));
        else p.resolve({ analysis: m.analysis!, ...(m.source ? { source: m.source } : {}) });
      });
      w.on('error', (e) => {
        for (const [id, p] of this.pending) {
          if (p.worker !== i) continue;
          this.pending.delete(id);
          p.reject(new JikenboError('ingest', `analyser thread failed: ${e.message}`));
        }
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Returns the analysis of an original, computed on the least busy worker. */
  analyze(bytes: Uint8Array, origin: string, sha256: string, mediaType?: string): Promise<PoolResult> {
    let k = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i] < this.load[k]) k = i;
    const id = this.nextId++;
    this.load[k]++;
    return new Promise<PoolResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: k });
      this.workers[k].postMessage({ id, bytes, origin, sha256, ...(mediaType ? { mediaType } : {}) });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
