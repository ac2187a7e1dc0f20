/**
 * The prepared view of one report that every rule reads: the original text, its normalised
 * form with the offset map, the title line, and the context the document supplies.
 */
import type { Evidence, ExtractionContext } from '../core/model.js';
import type { FieldName } from '../core/fields.js';
import { normalizeJa, toOriginalSpan, type Normalized } from '../core/normalize.js';

export interface ReportInput {
  /** The report text exactly as stored; evidence offsets point into it. */
  readonly raw: string;
  /** NFKC-normalised text with spelling variants folded; rules match on `norm.text`. */
  readonly norm: Normalized;
  /** End of the title line in `norm.text` (the title is norm.text.slice(0, titleEnd)). */
  readonly titleEnd: number;
  readonly context: ExtractionContext;
}

/** Returns the prepared input of a report text. */
export function prepareInput(raw: string, context: ExtractionContext = {}): ReportInput {
  const norm = normalizeJa(raw);
  const nl = norm.text.indexOf('\n');
  return { raw, norm, titleEnd: nl < 0 ? norm.text.length : nl, context };
}

/** Builds an evidence record from a span of the normalised text. */
export function evidenceAt(input: ReportInput, field: FieldName, value: unknown, start: number, end: number, rule: string): Evidence {
  const span = toOriginalSpan(input.norm, start, end);
  return { field, value, start: span.start, end: span.end, quote: input.raw.slice(span.start, span.end), rule };
}

/** A field value with the evidence that supports it. */
export interface FieldResult<T> {
  readonly value: T;
  readonly evidence: readonly Evidence[];
}
