/** categories. */
import type { Category } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns the categories the report states. */
export function extractCategories(input: ReportInput): FieldResult<Category[]> {
  void input;
  return { value: [], evidence: [] };
}
