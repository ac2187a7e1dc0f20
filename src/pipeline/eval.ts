/**
 * `jikenbo eval`: segmentation scored on the gold records' `file`/`line`, extraction scored on
 * their `text`, in the report format of the contract ("Score report").
 */
import { JikenboError } from '../core/errors.js';
import { decodeDocument, sha256Hex } from '../ingest/index.js';
import { segmentDocument } from '../segment/index.js';
import { extractReport } from '../extract/index.js';
import type { FieldName } from '../core/fields.js';
import { scoreFields, scoreSegmentation, type FieldScore, type GoldRecord, type Miss, type SegmentationScore } from './score.js';

export interface ScoreReport {
  reports: number;
  segmentation?: SegmentationScore;
  fields: Partial<Record<FieldName, FieldScore>>;
  misses: Miss[];
}

/** Parses gold JSON Lines; throws with the line number of a malformed record. */
export function parseGold(text: string, origin: string): GoldRecord[] {
  const out: GoldRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let r: GoldRecord;
    try {
      r = JSON.parse(line) as GoldRecord;
    } catch (e) {
      throw new Error(`${origin}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
    if ((typeof r.text !== 'string' && typeof r.file !== 'string') || typeof r.expect !== 'object' || r.expect === null) {
      throw new Error(`${origin}:${i + 1}: a gold record needs "expect" and its report's "text" (or the "file" that holds it)`);
    }
    out.push(r);
  });
  return out;
}

/** Returns the predicted report start lines of one corpus file. */
export function predictedStartLines(bytes: Uint8Array, origin: string): Set<number> {
  const doc = decodeDocument({ bytes, origin }, sha256Hex(bytes));
  return new Set(segmentDocument(doc).map((s) => s.line));
}

/**
 * Scores gold records; `corpus` maps a gold `file` to its bytes. Segmentation is scored when records
 * give their start `line`; a record without `text` is scored on the whole of its file.
 */
export function evaluate(gold: readonly GoldRecord[], corpus?: ReadonlyMap<string, Uint8Array>): ScoreReport {
  const report: ScoreReport = { reports: gold.length, fields: {}, misses: [] };
  if (corpus && gold.some((g) => g.file && g.line)) {
    const goldLines = new Map<string, Set<number>>();
    for (const g of gold) if (g.file && g.line) (goldLines.get(g.file) ?? goldLines.set(g.file, new Set()).get(g.file)!).add(g.line);
    const predicted = new Map<string, Set<number>>();
    for (const file of goldLines.keys()) {
      const bytes = corpus.get(file);
      predicted.set(file, bytes ? predictedStartLines(bytes, file) : new Set());
    }
    report.segmentation = scoreSegmentation(goldLines, predicted);
  }
  const pairs = gold.map((g) => ({ id: g.id, expect: g.expect, got: extractReport(textOf(g, corpus)) as unknown as Partial<Record<FieldName, unknown>> }));
  const { fields, misses } = scoreFields(pairs);
  report.fields = fields;
  report.misses = misses;
  return report;
}

/** The text a gold record is scored on: its own, or its whole file's from the corpus. */
function textOf(g: GoldRecord, corpus?: ReadonlyMap<string, Uint8Array>): string {
  if (g.text !== undefined) return g.text;
  const bytes = g.file ? corpus?.get(g.file) : undefined;
  if (!bytes) throw new JikenboError('eval', `${g.id}: no "text", and its file ${g.file} is not in the corpus (--corpus DIR)`);
  return decodeDocument({ bytes, origin: g.file! }, sha256Hex(bytes)).text;
}
