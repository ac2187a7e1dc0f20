// Development loop for the segmenter: scores src/segment on the seed pages against the gold start lines.
// Usage: npx tsx scripts/eval-segment.ts [SHARED_DIR] [--verbose]
//   SHARED_DIR defaults to ../shared next to the repository; --verbose also lists every segment found.
import { resolve } from 'node:path';
import { scoreSegmentation } from '../src/pipeline/score.js';
import { segmentDocument } from '../src/segment/index.js';
import { goldStarts, seedDocuments } from '../test/segment/shared.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (dir) process.env.JIKENBO_SHARED = resolve(dir);
const verbose = args.includes('--verbose');

const gold = goldStarts();
const predicted = new Map<string, Set<number>>();
const lines = new Map<string, string[]>();
for (const doc of seedDocuments()) {
  const segments = segmentDocument(doc);
  predicted.set(doc.source, new Set(segments.map((s) => s.line)));
  lines.set(doc.source, doc.text.split('\n'));
  if (verbose) for (const s of segments) console.log(`  ${doc.source} ${String(s.line).padStart(4)} ${s.title.slice(0, 70)}`);
}

const score = scoreSegmentation(gold, predicted);
const row = (name: string, s: { precision: number; recall: number; f1: number }) =>
  console.log(`${name.padEnd(26)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`);
for (const [file, s] of Object.entries(score.files)) row(file, s);
row('overall', score);

for (const [file, want] of [...gold].sort(([a], [b]) => a.localeCompare(b))) {
  const got = predicted.get(file) ?? new Set<number>();
  const text = lines.get(file) ?? [];
  for (const l of [...want].sort((a, b) => a - b)) if (!got.has(l)) console.log(`MISS  ${file}:${l} ${text[l - 1]?.slice(0, 80)}`);
  for (const l of [...got].sort((a, b) => a - b)) if (!want.has(l)) console.log(`EXTRA ${file}:${l} ${text[l - 1]?.slice(0, 80)}`);
}
for (const file of predicted.keys()) if (!gold.has(file)) console.log(`NOGOLD ${file}: ${predicted.get(file)!.size} segments`);
