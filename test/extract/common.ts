/** Shared helpers for the extractor unit tests: run the extractor on a tiny report. */
import { extractReport } from '../../src/extract/index.js';
import type { ExtractionContext } from '../../src/core/model.js';

/** Extracts a report made of a title line and a body. */
export function ex(title: string, body: string, context: ExtractionContext = {}) {
  return extractReport(`${title}\n\n${body}`, context);
}
