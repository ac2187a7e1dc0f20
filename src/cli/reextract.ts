/** jikenbo reextract: the current extractor over every stored report. */
import { reextractAll } from '../pipeline/index.js';
import { openContext, type GlobalOptions } from './common.js';

export default async function reextract(opts: GlobalOptions): Promise<number> {
  const { store } = openContext(opts);
  try {
    const n = await reextractAll(store);
    process.stderr.write(`re-extracted ${n.reports} reports (${n.changed} changed) with extractor ${n.version}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
