/**
 * Scoring against gold records, exactly as the contract's "Scores" section defines it
 * (shared/spec/incident-fields.md). Pure functions over plain records.
 */
import { FIELDS, type FieldName } from '../core/fields.js';

export interface GoldRecord {
  readonly id: string;
  readonly file?: string;
  readonly line?: number;
  /** The report's text; when left out, the whole of `file` in the corpus (a one-report file). */
  readonly text?: string;
  readonly expect: Partial<Record<FieldName, unknown>>;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface SegmentationScore extends PRF {
  files: Record<string, PRF>;
}

export interface FieldScore {
  n: number;
  accuracy?: number;
  precision?: number;
  recall?: number;
  f1?: number;
}

export interface Miss {
  id: string;
  field: FieldName;
  expected: unknown;
  got: unknown;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Precision/recall of predicted report start lines against gold start lines, per file and micro-averaged. */
export function scoreSegmentation(
  gold: ReadonlyMap<string, ReadonlySet<number>>,
  predicted: ReadonlyMap<string, ReadonlySet<number>>,
): SegmentationScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const files: Record<string, PRF> = {};
  for (const [file, lines] of [...gold].sort(([a], [b]) => a.localeCompare(b))) {
    const got = predicted.get(file) ?? new Set<number>();
    let t = 0;
    for (const l of got) if (lines.has(l)) t++;
    const f = got.size - t;
    const n = lines.size - t;
    tp += t;
    fp += f;
    fn += n;
    files[file] = prf(t, f, n);
  }
  return { ...prf(tp, fp, fn), files };
}

function normOrg(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function setItems(field: FieldName, v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  if (field === 'counts') return v.map((c) => `${(c as { kind: string }).kind}:${(c as { value: number }).value}`);
  return v.map(String);
}

/** Whether a predicted scalar value scores as correct for one field. */
export function scalarCorrect(field: FieldName, expected: unknown, got: unknown): boolean {
  if (field === 'organization') {
    const names = Array.isArray(expected) ? expected.map((x) => normOrg(String(x))) : [];
    const first = Array.isArray(got) && got.length > 0 ? normOrg(String(got[0])) : null;
    if (names.length === 0) return first === null;
    return first !== null && names.includes(first);
  }
  return (expected ?? null) === (got ?? null);
}

/**
 * Scores predicted records field by field: accuracy for scalar fields, exact match for dates and
 * `affected`, first-name match for `organization`, micro P/R/F1 for set fields.
 */
export function scoreFields(
  pairs: ReadonlyArray<{ id: string; expect: Partial<Record<FieldName, unknown>>; got: Partial<Record<FieldName, unknown>> }>,
): { fields: Partial<Record<FieldName, FieldScore>>; misses: Miss[] } {
  const fields: Partial<Record<FieldName, FieldScore>> = {};
  const misses: Miss[] = [];
  for (const def of FIELDS) {
    const field = def.name as FieldName;
    const scored = pairs.filter((p) => Object.prototype.hasOwnProperty.call(p.expect, field));
    if (scored.length === 0) continue;
    if (def.set) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const p of scored) {
        const exp = new Set(setItems(field, p.expect[field]));
        const got = new Set(setItems(field, p.got[field]));
        let t = 0;
        for (const g of got) if (exp.has(g)) t++;
        tp += t;
        fp += got.size - t;
        fn += exp.size - t;
        if (t !== got.size || t !== exp.size) misses.push({ id: p.id, field, expected: [...exp].sort(), got: [...got].sort() });
      }
      fields[field] = { n: scored.length, ...prf(tp, fp, fn) };
    } else {
      let ok = 0;
      for (const p of scored) {
        const good = scalarCorrect(field, p.expect[field], p.got[field]);
        if (good) ok++;
        else misses.push({ id: p.id, field, expected: p.expect[field] ?? null, got: p.got[field] ?? null });
      }
      fields[field] = { n: scored.length, accuracy: round(ok / scored.length) };
    }
  }
  return { fields, misses };
}
