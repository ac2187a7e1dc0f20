/** jikenbo show ID: one report's fields with a short quote of each value's evidence, then its text. */
import { JikenboError } from '../core/errors.js';
import { FIELDS } from '../core/fields.js';
import type { Report } from '../core/model.js';
import { toReportJson } from '../export/index.js';
import { openContext, style, wantsJson, writeLine, type GlobalOptions } from './common.js';

/** Pads to a display width, counting East Asian wide characters as two columns. */
function padDisplay(s: string, width: number): string {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return s + ' '.repeat(Math.max(0, width - w));
}

function quote(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** Returns the human rendering of a report with evidence quotes. */
export function renderReport(r: Report): string {
  const lines = [style.bold(r.title), `${style.dim('id')} ${r.id}  ${style.dim('source')} ${r.source.slice(0, 16)}…  ${style.dim('line')} ${r.line}`];
  const x = r.extraction;
  if (x) {
    for (const f of FIELDS) {
      const v = (x as unknown as Record<string, unknown>)[f.name];
      const shown = Array.isArray(v)
        ? v.map((i) => (typeof i === 'object' && i ? `${(i as { value: number }).value} ${(i as { kind: string }).kind}` : String(i))).join(', ')
        : v === null || v === undefined
          ? '—'
          : String(v);
      const ev = x.evidence.filter((e) => e.field === f.name).slice(0, 2);
      const evs = ev.map((e) => style.dim(`「${quote(e.quote)}」`)).join(' ');
      lines.push(`  ${padDisplay(f.label.ja, 14)} ${shown}${evs ? `  ${evs}` : ''}`);
    }
    lines.push(style.dim(`  extractor ${x.extractor_version}`));
  }
  lines.push('', r.text);
  return lines.join('\n');
}

export default async function show(id: string, opts: GlobalOptions): Promise<number> {
  const { store } = openContext(opts);
  try {
    const r = await store.getReport(id);
    if (!r) throw new JikenboError('cli', `no report with id ${id}`);
    writeLine(wantsJson(opts) ? JSON.stringify(toReportJson(r)) : renderReport(r));
    return 0;
  } finally {
    await store.close();
  }
}
