import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from './src/extract/index.js';
const root = '/work/shared/corpus/security-incident-archive';
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.md') && !p.endsWith('README.md')) files.push(p); } };
walk(root);
const out: string[] = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const r = extractReport(text) as any;
  for (const e of r.evidence ?? []) {
    if (e.field !== 'data_types' && e.field !== 'categories') continue;
    // sentence context
    const s = Math.max(0, text.lastIndexOf('。', e.start) + 1, text.lastIndexOf('\n', e.start) + 1);
    let en = text.indexOf('。', e.end); const nl = text.indexOf('\n', e.end);
    if (en < 0 || (nl >= 0 && nl < en)) en = nl; if (en < 0) en = text.length;
    out.push(JSON.stringify({ f: f.slice(root.length + 1), field: e.field, value: e.value, rule: e.rule, quote: e.quote, ctx: text.slice(s, en + 1).replace(/\s+/g, ' ').slice(0, 300) }));
  }
}
writeFileSync(process.argv[2], out.join('\n') + '\n');
console.log(files.length, out.length);
