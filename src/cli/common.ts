/** What every CLI verb shares: configuration, the open store and archive, and output helpers. */
import { loadConfig, type Config } from '../config.js';
import { openStore, type Store } from '../store/index.js';
import { FileArchive } from '../pipeline/index.js';
import type { Report } from '../core/model.js';
import type { Snippet } from '../search/index.js';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  debug?: boolean;
}

export interface Context {
  readonly config: Config;
  readonly store: Store;
  readonly archive: FileArchive;
}

/** Returns the resolved config with the store and archive opened. */
export function openContext(opts: GlobalOptions): Context {
  const config = loadConfig({ db: opts.db });
  return { config, store: openStore(config.db), archive: new FileArchive(config.archive) };
}

/** True when output should be JSON Lines: `--json`, or standard output is not a terminal (unless `--no-json`). */
export function wantsJson(opts: GlobalOptions): boolean {
  return opts.json ?? !process.stdout.isTTY;
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
export const style = {
  bold: (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s),
  dim: (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s),
  mark: (s: string) => (color ? `\x1b[30;43m${s}\x1b[0m` : `【${s}】`),
  red: (s: string) => (color ? `\x1b[31m${s}\x1b[39m` : s),
};

/** Returns a snippet with its highlights marked for the terminal. */
export function renderSnippet(sn: Snippet): string {
  let out = '';
  let at = 0;
  for (const [s, e] of sn.highlights) {
    out += sn.text.slice(at, s) + style.mark(sn.text.slice(s, e));
    at = e;
  }
  out += sn.text.slice(at);
  return `${sn.cutStart ? '…' : ''}${out}${sn.cutEnd ? '…' : ''}`;
}

/** Returns the human one-block summary of a report: id, date, organisation, title. */
export function reportHeadline(r: Report): string {
  const x = r.extraction;
  const date = x?.announced_on ?? r.metadata.published_on ?? '----------';
  const org = x?.organization[0] ?? r.metadata.organization ?? '';
  const title = x?.title || r.title;
  return `${style.dim(r.id)}  ${date}  ${style.bold(org)}${org ? '  ' : ''}${title}`;
}

export function writeLine(s: string): void {
  process.stdout.write(`${s}\n`);
}
