// Paths to the shared corpus and gold, which sit beside the repository as ../shared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus beside the repository (JIKENBO_SHARED overrides it). */
export const SHARED = process.env.JIKENBO_SHARED ?? resolve(REPO, '../shared');
export const SEEDS_DIR = join(SHARED, 'corpus/seeds');
export const ARCHIVE_DIR = join(SHARED, 'corpus/security-incident-archive');
export const GOLD = join(SHARED, 'gold/seeds.jsonl');
export const SAMPLES_DIR = join(REPO, 'samples');

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));
}

/** Every release file of the archive, in a stable order. */
export function archiveFiles(): string[] {
  return (readdirSync(ARCHIVE_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))
    .sort()
    .map((f) => join(ARCHIVE_DIR, f));
}

export interface Gold {
  id: string;
  file: string;
  line: number;
  text: string;
  expect: Record<string, unknown>;
}

export function gold(): Gold[] {
  return readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
}

export const haveShared = existsSync(SEEDS_DIR);
