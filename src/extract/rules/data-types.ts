/** data-types. */
import type { DataType } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns the data-types the report states. */
export function extractDataTypes(input: ReportInput): FieldResult<DataType[]> {
  void input;
  return { value: [], evidence: [] };
}
