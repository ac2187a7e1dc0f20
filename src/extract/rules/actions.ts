/** actions. */
import type { Action } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns the actions the report states. */
export function extractActions(input: ReportInput): FieldResult<Action[]> {
  void input;
  return { value: [], evidence: [] };
}
