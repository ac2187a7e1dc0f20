/**
 * The extractor: a pure function from report text (plus context) to the contract's record,
 * every value with the evidence it was read from.
 */
import type { Evidence, Extraction, ExtractionContext } from '../core/model.js';
import { prepareInput, type ReportInput } from './input.js';
import { EXTRACTOR_VERSION } from './version.js';
import { extractCasebookId, extractTitle } from './rules/title.js';
import { extractOrganization } from './rules/organization.js';
import { extractDates } from './rules/dates.js';
import { extractCounts } from './rules/counts.js';
import { extractCategories } from './rules/categories.js';
import { extractIsIncident } from './rules/incident.js';
import { extractDataTypes } from './rules/data-types.js';
import { extractLeak } from './rules/leak.js';
import { extractMisuse } from './rules/misuse.js';
import { extractActions } from './rules/actions.js';
import { extractFollowUp } from './rules/follow-up.js';

/**
 * Returns the extraction record of one report text.
 * @example extractReport('【セキュリティ事件簿#2024-522】福島県警、…\n\n福島県警は26日、…').casebook_id // '2024-522'
 */
export function extractReport(text: string, context: ExtractionContext = {}): Extraction {
  return extractPrepared(prepareInput(text, context));
}

/**
 * Returns the extraction record together with the normalised text the rules read, for callers
 * that index that text too (it is computed once).
 */
export function extractReportNormalized(text: string, context: ExtractionContext = {}): { extraction: Extraction; normalized: string } {
  const input = prepareInput(text, context);
  return { extraction: extractPrepared(input), normalized: input.norm.text };
}

function extractPrepared(input: ReportInput): Extraction {
  const casebookId = extractCasebookId(input);
  const title = extractTitle(input);
  const org = extractOrganization(input, title.value);
  const dates = extractDates(input);
  const counts = extractCounts(input);
  const categories = extractCategories(input);
  const isIncident = extractIsIncident(input, categories.value);
  const dataTypes = extractDataTypes(input);
  const leak = extractLeak(input);
  const misuse = extractMisuse(input);
  const actions = extractActions(input);
  const followUp = extractFollowUp(input);

  const parts = [
    casebookId, title, isIncident, org.organization, org.org_type, categories,
    dates.announced_on, dates.discovered_on, dates.period_from, dates.period_to,
    counts.affected, counts.counts, dataTypes, leak, misuse, actions, followUp,
  ];
  const evidence: Evidence[] = parts.flatMap((p) => p.evidence);
  return {
    extractor_version: EXTRACTOR_VERSION,
    casebook_id: casebookId.value,
    title: title.value,
    is_incident: isIncident.value,
    organization: org.organization.value,
    org_type: org.org_type.value,
    categories: categories.value,
    announced_on: dates.announced_on.value,
    discovered_on: dates.discovered_on.value,
    period_from: dates.period_from.value,
    period_to: dates.period_to.value,
    affected: counts.affected.value,
    counts: counts.counts.value,
    data_types: dataTypes.value,
    leak: leak.value,
    misuse: misuse.value,
    actions: actions.value,
    follow_up: followUp.value,
    evidence,
  };
}
