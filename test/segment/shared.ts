/**
 * Where the shared, read-only corpus lives for tests: `../shared` next to the repository root
 * (JIKENBO_SHARED overrides it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers/corpus.js';
import type { Document } from '../../src/core/model.js';

export { REPO as REPO_ROOT } from '../helpers/corpus.js';

/** Returns a path inside the shared folder. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

/** A text document as ingest would hand it over (UTF-8, no metadata, no format-given segments). */
export function textDocument(source: string, text: string, format: Document['format'] = 'text'): Document {
  return { source, origin: source, format, encoding: 'utf-8', text, metadata: {} };
}

/** The seed pages, each decoded as UTF-8. */
export function seedDocuments(): Document[] {
  const dir = sharedPath('corpus', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => textDocument(f, new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, f)))));
}

/** Gold report start lines per seed file. */
export function goldStarts(): Map<string, Set<number>> {
  const gold = new Map<string, Set<number>>();
  for (const l of readFileSync(sharedPath('gold', 'seeds.jsonl'), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const g = JSON.parse(l) as { file?: string; line?: number };
    if (!g.file || !g.line) continue;
    if (!gold.has(g.file)) gold.set(g.file, new Set());
    gold.get(g.file)!.add(g.line);
  }
  return gold;
}
