export { extractReport, extractReportNormalized } from './extract.js';
export { EXTRACTOR_VERSION } from './version.js';
