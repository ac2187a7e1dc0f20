/**
 * Every setting, defined once: defaults ← environment (JIKENBO_*) ← command-line flags.
 * `jikenbo config` prints the resolved values with secrets masked.
 */
import { dirname, join } from 'node:path';

export interface SettingDef {
  readonly key: keyof Config;
  readonly env: string;
  readonly description: string;
  readonly secret?: boolean;
}

export interface Config {
  readonly db: string;
  readonly archive: string;
  readonly token: string | null;
  readonly host: string;
  readonly port: number;
  readonly maxBytes: number;
}

export const SETTINGS: readonly SettingDef[] = [
  { key: 'db', env: 'JIKENBO_DB', description: 'SQLite database file (default ./data/jikenbo.db)' },
  { key: 'archive', env: 'JIKENBO_ARCHIVE', description: 'folder of archived originals (default: archive/ beside the database)' },
  { key: 'token', env: 'JIKENBO_TOKEN', description: 'bearer token that enables POST /api/ingest', secret: true },
  { key: 'host', env: 'JIKENBO_HOST', description: 'address the web app listens on (default 127.0.0.1)' },
  { key: 'port', env: 'JIKENBO_PORT', description: 'port the web app listens on (default 8080)' },
  { key: 'maxBytes', env: 'JIKENBO_MAX_BYTES', description: 'largest file ingested, in bytes (default 104857600)' },
];

/** Returns the resolved configuration. */
export function loadConfig(flags: Partial<Record<keyof Config, string | number | undefined>> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const pick = (key: keyof Config): string | undefined => {
    const f = flags[key];
    if (f !== undefined && f !== '') return String(f);
    const e = env[SETTINGS.find((s) => s.key === key)!.env];
    return e !== undefined && e !== '' ? e : undefined;
  };
  const db = pick('db') ?? join('data', 'jikenbo.db');
  return {
    db,
    archive: pick('archive') ?? join(db === ':memory:' ? 'data' : dirname(db), 'archive'),
    token: pick('token') ?? null,
    host: pick('host') ?? '127.0.0.1',
    port: Number(pick('port') ?? 8080),
    maxBytes: Number(pick('maxBytes') ?? 100 * 1024 * 1024),
  };
}

/** Returns the configuration as `ENV=value` lines, secrets masked. */
export function dumpConfig(config: Config): string {
  return SETTINGS.map((s) => {
    const v = config[s.key];
    const shown = s.secret && v ? '********' : v === null ? '' : String(v);
    return `${s.env}=${shown}`;
  }).join('\n');
}

/** Returns the settings as a Markdown table (docs/CONFIG.md is this output). */
export function configMarkdown(): string {
  const rows = SETTINGS.map((s) => `| \`${s.env}\` | ${s.description}${s.secret ? ' (secret: masked in `jikenbo config`)' : ''} |`);
  return ['# Configuration', '', 'Every setting, from `src/config.ts`; a command-line flag overrides the environment.', '', '| variable | meaning |', '|---|---|', ...rows, ''].join('\n');
}
