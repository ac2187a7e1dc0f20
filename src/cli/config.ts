/** jikenbo config: the resolved settings, secrets masked; `--markdown` prints the reference table. */
import { configMarkdown, dumpConfig, loadConfig } from '../config.js';
import { writeLine, type GlobalOptions } from './common.js';

export default async function config(opts: GlobalOptions & { markdown?: boolean }): Promise<number> {
  writeLine(opts.markdown ? configMarkdown() : dumpConfig(loadConfig({ db: opts.db })));
  return 0;
}
