/** affected and counts. */
import type { Count } from '../../core/model.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns the headline number of people/records affected and every stated quantity of the scope. */
export function extractCounts(input: ReportInput): { affected: FieldResult<number | null>; counts: FieldResult<Count[]> } {
  void input;
  return { affected: { value: null, evidence: [] }, counts: { value: [], evidence: [] } };
}
