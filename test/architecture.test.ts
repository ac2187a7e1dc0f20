// Imports follow one direction only (STYLE.md): each stage may import only the stages its row names,
// and the pure stages touch no file system, network or database.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { REPO } from './helpers/corpus.js';

const SRC = join(REPO, 'src');
const ALLOWED: Record<string, string[]> = {
  core: [],
  ingest: ['core'],
  archive: ['core'],
  store: ['core'],
  segment: ['core'],
  extract: ['core'],
  link: ['core'],
  export: ['core'],
  search: ['core', 'store'],
  pipeline: ['core', 'ingest', 'archive', 'segment', 'extract', 'link', 'store'],
  serve: ['pipeline', 'search', 'store', 'export', 'config', 'core'],
  cli: ['pipeline', 'search', 'store', 'export', 'config', 'core', 'serve'],
};
const PURE = new Set(['segment', 'extract', 'link', 'export']);
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram)$|^better-sqlite3$|^pg$/;

function tsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

describe('architecture', () => {
  const files = tsFiles(SRC);
  it('has the stages of the layout', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const file of files) {
    const rel = relative(SRC, file);
    const stage = rel.includes('/') ? rel.split('/')[0] : 'config';
    if (stage === 'config') continue;
    it(`${rel} imports only what its stage may`, () => {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2];
        if (spec.startsWith('.')) {
          const target = relative(SRC, resolve(dirname(file), spec));
          const targetStage = target.includes('/') ? target.split('/')[0] : target.replace(/\.js$/, '');
          if (targetStage === stage) continue;
          expect(ALLOWED[stage], `${rel} → ${target}`).toContain(targetStage);
        } else if (PURE.has(stage)) {
          expect(IO_MODULES.test(spec), `${rel} is pure but imports ${spec}`).toBe(false);
        }
      }
    });
  }
});
