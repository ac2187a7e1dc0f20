/**
 * Prints the letter pairs that the search index leaves out (src/store/stop-bigrams.ts): the N pairs
 * found in the most reports of a corpus of incident releases, as the index normalises them.
 *
 *   npx tsx scripts/stop-bigrams.ts ../shared/corpus/security-incident-archive [N=300]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportsOfBytes } from '../src/pipeline/index.js';
import { bigramSet } from '../src/store/search-index.js';
import { searchNormalize } from '../src/core/normalize.js';

const [dir, n = '300'] = process.argv.slice(2);
if (!dir) throw new Error('usage: stop-bigrams.ts CORPUS_DIR [N]');
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md') && !f.endsWith('README.md'));
const df = new Map<string, number>();
let reports = 0;
for (const f of files) {
  for (const r of reportsOfBytes(readFileSync(join(dir, f)), f)) {
    reports++;
    for (const b of bigramSet(searchNormalize(r.text))) df.set(b, (df.get(b) ?? 0) + 1);
  }
}
const top = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(n));
console.error(`${reports} reports; the ${top.length}th pair is in ${top[top.length - 1][1]} of them`);
console.log(top.map(([b]) => b).join(' '));
