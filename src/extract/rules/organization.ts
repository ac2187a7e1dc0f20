/** organization and org_type. */
import type { OrgType } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';

/** Returns the announcing/suffering organisations (main one first) and the main one's type. */
export function extractOrganization(input: ReportInput, title: string): { organization: FieldResult<string[]>; org_type: FieldResult<OrgType | null> } {
  void input;
  void title;
  return { organization: { value: [], evidence: [] }, org_type: { value: null, evidence: [] } };
}
