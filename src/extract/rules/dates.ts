/** announced_on, discovered_on, period_from, period_to. */
import type { FieldResult, ReportInput } from '../input.js';

type D = FieldResult<string | null>;
const NONE: D = { value: null, evidence: [] };

/** Returns the report's dates as YYYY-MM-DD (or null). */
export function extractDates(input: ReportInput): { announced_on: D; discovered_on: D; period_from: D; period_to: D } {
  void input;
  return { announced_on: NONE, discovered_on: NONE, period_from: NONE, period_to: NONE };
}
