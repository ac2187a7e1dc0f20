export { defaultWorkers, ingestPaths, ingestBytes, reextractAll, reportsOf, reportsOfBytes, contextOf, documentKey, reportKey } from './run.js';
export type { IngestEvent, IngestOptions, IngestSummary, DocumentOutcome } from './run.js';
export { evaluate, parseGold, predictedStartLines, type ScoreReport } from './eval.js';
export { scoreFields, scoreSegmentation, type GoldRecord } from './score.js';
export { FileArchive, type ArchiveStore } from '../archive/index.js';
export { extractReport, EXTRACTOR_VERSION } from '../extract/index.js';
