/** jikenbo config: the resolved settings, secrets masked. */
import { dumpConfig, loadConfig } from '../config.js';
import { writeLine, type GlobalOptions } from './common.js';

export default async function config(opts: GlobalOptions): Promise<number> {
  writeLine(dumpConfig(loadConfig({ db: opts.db })));
  return 0;
}
