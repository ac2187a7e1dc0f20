/** jikenbo serve: the web app and HTTP API on host:port until interrupted. */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { FileArchive } from '../pipeline/index.js';
import { startServer } from '../serve/index.js';
import { openStore } from '../store/index.js';
import { writeLine, type GlobalOptions } from './common.js';

interface ServeOptions extends GlobalOptions {
  port?: string;
  host?: string;
  maxBody?: string;
}

export default async function serveVerb(opts: ServeOptions): Promise<number> {
  const config = loadConfig({ db: opts.db, port: opts.port, host: opts.host });
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) throw new Error(`--port: not a port number: ${opts.port}`);
  const maxBody = opts.maxBody !== undefined ? Number(opts.maxBody) : undefined;
  if (maxBody !== undefined && !(maxBody > 0)) throw new Error(`--max-body: not a positive number: ${opts.maxBody}`);
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const store = openStore(config.db);
  const server = await startServer(
    { store, archive: new FileArchive(config.archive), config, version: pkg.version, ...(maxBody ? { maxBodyBytes: maxBody } : {}) },
    { host: config.host, port: config.port },
  );
  writeLine(`jikenbo: listening on ${server.url}/ (casebook ${config.db}; ingest over HTTP ${config.token ? 'enabled' : 'disabled'})`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
