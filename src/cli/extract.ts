/** jikenbo extract [FILE|-] / --input LINES.jsonl: extraction records without a database. */
import { readFileSync } from 'node:fs';
import { JikenboError } from '../core/errors.js';
import type { Extraction, ExtractionContext } from '../core/model.js';
import { extractReport } from '../pipeline/index.js';
import { evidenceByField } from '../export/index.js';
import { writeLine, type GlobalOptions } from './common.js';
import { FIELDS } from '../core/fields.js';

/** Returns the plain JSON record of an extraction: contract fields, evidence by field, version. */
export function extractionJson(x: Extraction): Record<string, unknown> {
  const { evidence, ...fields } = x;
  return { ...fields, evidence: evidenceByField(evidence) };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new JikenboError('cli', `${file}: cannot read: ${(e as Error).message}`);
  }
}

export default async function extract(file: string, opts: GlobalOptions & { input?: string }): Promise<number> {
  if (opts.input) {
    const lines = readInput(opts.input).split('\n');
    let failed = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let rec: { id?: unknown; text?: unknown; context?: ExtractionContext };
      try {
        rec = JSON.parse(line);
      } catch (e) {
        process.stderr.write(`extract: ${opts.input}:${i + 1}: not JSON: ${(e as Error).message}\n`);
        failed++;
        return;
      }
      if (typeof rec.text !== 'string') {
        process.stderr.write(`extract: ${opts.input}:${i + 1}: missing "text"\n`);
        failed++;
        return;
      }
      writeLine(JSON.stringify({ id: rec.id ?? null, ...extractionJson(extractReport(rec.text, rec.context ?? {})) }));
    });
    return failed ? 1 : 0;
  }
  const x = extractReport(readInput(file));
  if (opts.json || !process.stdout.isTTY) writeLine(JSON.stringify(extractionJson(x)));
  else {
    for (const f of FIELDS) {
      const v = (x as unknown as Record<string, unknown>)[f.name];
      const ev = x.evidence.filter((e) => e.field === f.name).map((e) => `「${e.quote.replace(/\s+/g, ' ').slice(0, 40)}」(${e.rule})`);
      writeLine(`${f.name.padEnd(14)} ${JSON.stringify(v)}${ev.length ? `  ${ev.slice(0, 3).join(' ')}` : ''}`);
    }
    writeLine(`extractor ${x.extractor_version}`);
  }
  return 0;
}
