// Development loop for the extractor: scores src/extract against a gold file without building.
// Usage: npx tsx scripts/eval-extract.ts [GOLD.jsonl] [--verbose] [--field NAME]
import { readFileSync } from 'node:fs';
import { extractReport } from '../src/extract/index.js';
import { scoreFields, type GoldRecord } from '../src/pipeline/score.js';

const args = process.argv.slice(2);
const goldPath = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--field') ?? '../shared/gold/seeds.jsonl';
const verbose = args.includes('--verbose');
const only = args.includes('--field') ? args[args.indexOf('--field') + 1] : undefined;
const gold = readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
const pairs = gold.map((g) => ({ id: g.id, expect: g.expect, got: extractReport(g.text) as unknown as Record<string, unknown> }));
const { fields, misses } = scoreFields(pairs);
for (const [k, v] of Object.entries(fields)) {
  if (only && k !== only) continue;
  const s = v!.f1 !== undefined ? `P ${v!.precision} R ${v!.recall} F1 ${v!.f1}` : `acc ${v!.accuracy}`;
  console.log(`${k.padEnd(14)} n=${String(v!.n).padEnd(3)} ${s}`);
}
if (verbose) for (const m of misses) if (!only || m.field === only) console.log(`MISS ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
