/**
 * Worker threads started from a module's sibling: the compiled `<name>.js` beside the caller, or,
 * when running from the TypeScript sources (development, tests), `<name>.ts` loaded through tsx.
 */
import { Worker } from 'node:worker_threads';

/** Starts the worker module `name` that sits beside the module whose `import.meta.url` is `self`. */
export function startWorker(self: string, name: string, workerData: unknown): Worker {
  if (!self.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, self), { workerData });
  const url = new URL(`./${name}.ts`, self).href;
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`, { eval: true, workerData });
}
