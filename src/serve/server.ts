/** Listening on a socket with @hono/node-server; resolves once the port is bound. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts the app on host:port (port 0 picks a free one); returns its URL and a close function.
 * @example const s = await startServer({ store, archive, config }, { host: '127.0.0.1', port: 0 })
 */
export function startServer(options: AppOptions, listen: { host: string; port: number }): Promise<RunningServer> {
  const app = createApp({ warm: true, ...options });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: listen.port, hostname: listen.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
