/** misuse status (二次被害, 不正利用). */
import type { MisuseStatus } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns whether misuse of the data or secondary damage is reported. */
export function extractMisuse(input: ReportInput): FieldResult<MisuseStatus> {
  void input;
  return { value: 'unknown', evidence: [] };
}
