/** is_incident: a security or personal-data incident, or other news. */
import type { Category } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns true when the report is about a security or personal-data incident. */
export function extractIsIncident(input: ReportInput, categories: readonly Category[]): FieldResult<boolean> {
  void input;
  return { value: categories.length > 0, evidence: [] };
}
