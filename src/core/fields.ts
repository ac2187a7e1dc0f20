/**
 * The field registry: every field of the extraction contract (shared/spec/incident-fields.md)
 * listed once, with its enum, labels and filterability. Storage, API, exports and UI read it.
 */

export const ORG_TYPES = [
  'company',
  'university',
  'school',
  'hospital',
  'local_gov',
  'police',
  'national_gov',
  'research',
  'association',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const CATEGORIES = [
  'unauthorized_access',
  'account_compromise',
  'ransomware',
  'malware',
  'card_skimming',
  'phishing',
  'spam_sent',
  'vulnerability',
  'misconfiguration',
  'misdelivery',
  'loss_theft',
  'insider',
  'improper_handling',
  'dos',
  'fraud',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DATA_TYPES = [
  'name',
  'address',
  'phone',
  'email',
  'birthdate',
  'gender',
  'workplace',
  'id_number',
  'login_id',
  'password',
  'card_number',
  'card_expiry',
  'card_cvv',
  'cardholder_name',
  'bank_account',
  'purchase_history',
  'health',
  'national_id',
  'photo_video',
  'grades',
  'security_qa',
  'financial',
  'other',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const LEAK_STATUSES = ['confirmed', 'possible', 'not_found', 'unknown'] as const;
export type LeakStatus = (typeof LEAK_STATUSES)[number];

export const MISUSE_STATUSES = ['confirmed', 'not_found', 'unknown'] as const;
export type MisuseStatus = (typeof MISUSE_STATUSES)[number];

export const ACTIONS = [
  'password_reset',
  'service_suspended',
  'network_isolated',
  'police',
  'ppc_report',
  'regulator_report',
  'forensic',
  'notify_individuals',
  'helpdesk',
  'mfa',
  'disciplinary',
  'card_monitoring',
  'data_deleted',
] as const;
export type Action = (typeof ACTIONS)[number];

export const COUNT_KINDS = [
  'people',
  'records',
  'cards',
  'accounts',
  'emails',
  'files',
  'devices',
  'money_jpy',
  'organizations',
] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export type FieldType = 'string' | 'string[]' | 'boolean' | 'date' | 'integer' | 'enum' | 'enum[]' | 'counts';

export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  readonly values?: readonly string[];
  readonly label: { readonly ja: string; readonly en: string };
  /** Scored as a set (micro P/R/F1) rather than by accuracy / exact match. */
  readonly set: boolean;
  /** Offered as a search facet. */
  readonly facet: boolean;
}

/** Every contract field, in the order of the spec. */
export const FIELDS: readonly FieldDef[] = [
  { name: 'casebook_id', type: 'string', label: { ja: '事件簿番号', en: 'Casebook no.' }, set: false, facet: false },
  { name: 'title', type: 'string', label: { ja: 'タイトル', en: 'Title' }, set: false, facet: false },
  { name: 'is_incident', type: 'boolean', label: { ja: 'インシデント', en: 'Incident' }, set: false, facet: true },
  { name: 'organization', type: 'string[]', label: { ja: '組織', en: 'Organisation' }, set: false, facet: true },
  { name: 'org_type', type: 'enum', values: ORG_TYPES, label: { ja: '組織種別', en: 'Organisation type' }, set: false, facet: true },
  { name: 'categories', type: 'enum[]', values: CATEGORIES, label: { ja: '種別', en: 'Categories' }, set: true, facet: true },
  { name: 'announced_on', type: 'date', label: { ja: '公表日', en: 'Announced' }, set: false, facet: true },
  { name: 'discovered_on', type: 'date', label: { ja: '発覚日', en: 'Discovered' }, set: false, facet: false },
  { name: 'period_from', type: 'date', label: { ja: '期間(開始)', en: 'Period from' }, set: false, facet: false },
  { name: 'period_to', type: 'date', label: { ja: '期間(終了)', en: 'Period to' }, set: false, facet: false },
  { name: 'affected', type: 'integer', label: { ja: '影響人数', en: 'Affected' }, set: false, facet: false },
  { name: 'counts', type: 'counts', values: COUNT_KINDS, label: { ja: '件数', en: 'Counts' }, set: true, facet: false },
  { name: 'data_types', type: 'enum[]', values: DATA_TYPES, label: { ja: '情報の種類', en: 'Data types' }, set: true, facet: true },
  { name: 'leak', type: 'enum', values: LEAK_STATUSES, label: { ja: '漏えい', en: 'Leak' }, set: false, facet: true },
  { name: 'misuse', type: 'enum', values: MISUSE_STATUSES, label: { ja: '二次被害', en: 'Misuse' }, set: false, facet: true },
  { name: 'actions', type: 'enum[]', values: ACTIONS, label: { ja: '対応', en: 'Actions' }, set: true, facet: true },
  { name: 'follow_up', type: 'boolean', label: { ja: '続報', en: 'Follow-up' }, set: false, facet: true },
] as const;

export type FieldName =
  | 'casebook_id'
  | 'title'
  | 'is_incident'
  | 'organization'
  | 'org_type'
  | 'categories'
  | 'announced_on'
  | 'discovered_on'
  | 'period_from'
  | 'period_to'
  | 'affected'
  | 'counts'
  | 'data_types'
  | 'leak'
  | 'misuse'
  | 'actions'
  | 'follow_up';

export const FIELD_NAMES = FIELDS.map((f) => f.name) as readonly FieldName[];

/** Returns the registry entry of a field. */
export function fieldDef(name: FieldName): FieldDef {
  const def = FIELDS.find((f) => f.name === name);
  if (!def) throw new Error(`unknown field ${name}`);
  return def;
}
