/** leak status. */
import type { LeakStatus } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns whether the report says data leaked, may have leaked, did not leak, or says nothing. */
export function extractLeak(input: ReportInput): FieldResult<LeakStatus> {
  void input;
  return { value: 'unknown', evidence: [] };
}
