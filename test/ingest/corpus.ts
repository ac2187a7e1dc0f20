/** The ingest tests' fixtures folder, and the shared corpus paths (read at test time, never copied into the repo). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export { SHARED, SEEDS_DIR as SEEDS, ARCHIVE_DIR as ARCHIVE, seedFiles as seedPaths, archiveFiles as archivePaths } from '../helpers/corpus.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest');
