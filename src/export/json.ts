/** JSON serialisation of reports: the contract fields under their contract names, plain values. */
import type { Evidence, Report } from '../core/model.js';

export interface ReportJson {
  readonly id: string;
  readonly title: string;
  /** The title line as it stands in the document. */
  readonly heading: string;
  readonly text: string;
  readonly source: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly metadata: Report['metadata'];
  readonly [field: string]: unknown;
}

/** Returns the evidence of a record grouped by field, as `{field: [{start, end, quote, rule}]}`. */
export function evidenceByField(evidence: readonly Evidence[]): Record<string, Array<{ start: number; end: number; quote: string; rule: string }>> {
  const out: Record<string, Array<{ start: number; end: number; quote: string; rule: string }>> = {};
  for (const e of evidence) (out[e.field] ??= []).push({ start: e.start, end: e.end, quote: e.quote, rule: e.rule });
  return out;
}

/**
 * Returns one report as a JSON object: identity, text and offsets, then every extracted field.
 * @example JSON.stringify(toReportJson(report)) // {"id":"3f2a…","title":"…","casebook_id":"2024-522",…}
 */
export function toReportJson(report: Report): ReportJson {
  const x = report.extraction;
  const fields: Record<string, unknown> = {};
  if (x) {
    const { evidence, extractor_version, title, ...rest } = x;
    void title;
    Object.assign(fields, rest, { extractor_version, evidence: evidenceByField(evidence) });
  }
  return {
    id: report.id,
    title: x?.title || report.title,
    heading: report.title,
    text: report.text,
    source: report.source,
    document: report.document_key,
    start: report.start,
    end: report.end,
    line: report.line,
    metadata: report.metadata,
    ...fields,
  };
}
