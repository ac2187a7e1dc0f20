/**
 * Versioned, append-only migrations: `migrations/NNNN_what_changed.sql`, shared or suffixed with
 * the backend (`.sqlite.sql`, `.postgres.sql`). Each applies in its own transaction and is
 * recorded in `schema_migrations`.
 */
import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JikenboError } from '../core/errors.js';

export type Backend = 'sqlite' | 'postgres';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Returns the migrations of a backend in version order. */
export function loadMigrations(backend: Backend, dir = MIGRATIONS_DIR): Migration[] {
  const other = backend === 'sqlite' ? 'postgres' : 'sqlite';
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f) && !f.endsWith(`.${other}.sql`))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f.replace(/\.sql$/, ''), sql: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/** Applies every pending migration; returns the names applied. Refuses a database newer than this program. */
export function applyMigrations(db: Database.Database, backend: Backend): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]).map(Number));
  const all = loadMigrations(backend);
  const latest = all.length ? all[all.length - 1].version : 0;
  const newest = Math.max(0, ...done);
  if (newest > latest) {
    throw new JikenboError('store', `database schema version ${newest} is newer than this jikenbo (${latest}); upgrade jikenbo`);
  }
  const applied: string[] = [];
  for (const m of all) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.name);
  }
  return applied;
}
