export { toReportJson, evidenceByField, type ReportJson } from './json.js';
