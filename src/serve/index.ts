/** The web app and HTTP API (Hono). `createApp` builds the app; `startServer` listens on a socket. */
export { createApp, CSP, DEFAULT_MAX_BODY_BYTES, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { html, raw, escapeHtml } from './html.js';
