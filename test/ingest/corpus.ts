/** Paths to the shared corpus the ingest tests read at test time (never copied into the repo). */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const FIXTURES = resolve(here, '../fixtures/ingest');
export const SHARED = process.env.JIKENBO_SHARED ?? resolve(here, '../../../shared');
export const SEEDS = join(SHARED, 'corpus/seeds');
export const ARCHIVE = join(SHARED, 'corpus/security-incident-archive');

/** Returns the seed file paths in sorted order. */
export function seedPaths(): string[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(SEEDS, n));
}

/** Returns every release-archive Markdown file (README excluded) in sorted order. */
export function archivePaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
    }
  };
  walk(ARCHIVE);
  return out;
}
