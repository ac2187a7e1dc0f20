/** jikenbo source show HASH [--raw]: provenance of an archived original, or its exact bytes. */
import { JikenboError } from '../core/errors.js';
import { openContext, writeLine, type GlobalOptions } from './common.js';

export default async function sourceShow(sha: string, opts: GlobalOptions & { raw?: boolean }): Promise<number> {
  const { store, archive } = openContext(opts);
  try {
    const src = await store.getSource(sha);
    if (!src) throw new JikenboError('cli', `no archived source ${sha}`);
    if (opts.raw) {
      const bytes = await archive.get(sha);
      await new Promise<void>((res, rej) => process.stdout.write(bytes, (e) => (e ? rej(e) : res())));
    } else writeLine(JSON.stringify({ ...src, path: await archive.locate(sha) }, null, opts.json ? undefined : 2));
    return 0;
  } finally {
    await store.close();
  }
}
