/**
 * jikenbo eval GOLD.jsonl [--corpus DIR]: the score report of the contract, as JSON or a table.
 * Records without `text` are scored on their `file` in the corpus folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JikenboError } from '../core/errors.js';
import { evaluate, parseGold } from '../pipeline/index.js';
import { wantsJson, writeLine, type GlobalOptions } from './common.js';

export default async function evalCmd(goldPath: string, opts: GlobalOptions & { corpus?: string; verbose?: boolean }): Promise<number> {
  let gold;
  try {
    gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
  } catch (e) {
    throw new JikenboError('eval', `${goldPath}: ${(e as Error).message}`);
  }
  let corpus: Map<string, Uint8Array> | undefined;
  if (opts.corpus) {
    corpus = new Map();
    if (!existsSync(opts.corpus) || !statSync(opts.corpus).isDirectory()) throw new JikenboError('eval', `${opts.corpus}: not a corpus folder`);
    // Gold files are paths inside the corpus folder (`seeds-1.txt`, `2025/04/23_….md`).
    for (const f of new Set(gold.map((g) => g.file).filter((f): f is string => Boolean(f)))) {
      const path = join(opts.corpus, f);
      if (existsSync(path)) corpus.set(f, readFileSync(path));
    }
  }
  const report = evaluate(gold, corpus);
  const { misses, ...scores } = report;
  if (opts.json) {
    writeLine(JSON.stringify(opts.verbose ? report : scores));
    return 0;
  }
  if (!wantsJson(opts) || opts.verbose) {
    writeLine(`reports: ${report.reports}`);
    if (report.segmentation) {
      const s = report.segmentation;
      writeLine(`segmentation   P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
      for (const [f, v] of Object.entries(s.files)) writeLine(`  ${f.padEnd(28)} P ${v.precision.toFixed(3)}  R ${v.recall.toFixed(3)}  F1 ${v.f1.toFixed(3)}`);
    }
    writeLine('field            n   score');
    for (const [k, v] of Object.entries(report.fields)) {
      const score = v!.f1 !== undefined ? `F1 ${v!.f1.toFixed(3)}  (P ${v!.precision!.toFixed(3)} R ${v!.recall!.toFixed(3)})` : `acc ${v!.accuracy!.toFixed(3)}`;
      writeLine(`${k.padEnd(15)} ${String(v!.n).padStart(3)}   ${score}`);
    }
    if (opts.verbose) for (const m of misses) writeLine(`miss ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
  } else writeLine(JSON.stringify(scores));
  return 0;
}
