/**
 * is_incident: a security or personal-data incident, or other news (mergers, product trouble,
 * travel, essays and columns, event notices).
 *
 * A report is an incident when it states an incident kind: categories already drops cues in
 * warnings, hypotheses and prevention advice, and vetoes event notices, columns and business
 * news by their title. The casebook heading alone does not make a report an incident.
 */
import type { Category } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';
import { memo } from '../text/cues.js';
import { extractCategories } from './categories.js';

export const rules = [{ id: 'is_incident.category', description: 'the report states an incident kind' }] as const;

const incidentOfInput = memo((input: ReportInput): FieldResult<boolean> => decide(input, extractCategories(input).value));

function decide(input: ReportInput, categories: readonly Category[]): FieldResult<boolean> {
  if (categories.length === 0) return { value: false, evidence: [] };
  const ev = extractCategories(input).evidence[0];
  return { value: true, evidence: ev ? [{ ...ev, field: 'is_incident', value: true, rule: 'is_incident.category' }] : [] };
}

/** Memoised incident decision, for the fields that say nothing about non-incidents. */
export function incidentOf(input: ReportInput): FieldResult<boolean> {
  return incidentOfInput(input);
}

/** Returns true when the report is about a security or personal-data incident. */
export function extractIsIncident(input: ReportInput, categories: readonly Category[]): FieldResult<boolean> {
  return decide(input, categories);
}
