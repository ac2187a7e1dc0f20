#!/usr/bin/env node
/**
 * jikenbo: the command line. A thin switch over lazily loaded verbs; each verb is one file.
 * @example jikenbo ingest samples/ && jikenbo search 不正アクセス
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { isJikenboError } from '../core/errors.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command();
program
  .name('jikenbo')
  .description('事件簿 — a searchable casebook of Japanese security-incident announcements')
  .version(pkg.version)
  .option('--db <path>', 'SQLite database (default ./data/jikenbo.db, or JIKENBO_DB)')
  .option('--json', 'print JSON Lines (the default when output is piped)')
  .option('--no-json', 'print for people even when output is piped')
  .option('--debug', 'print stack traces of errors');

const run =
  (loader: () => Promise<{ default: (...args: any[]) => Promise<number | void> }>) =>
  async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const mod = await loader();
    const code = await mod.default(...args.slice(0, -2), { ...program.opts(), ...cmd.opts() });
    if (typeof code === 'number') process.exitCode = code;
  };

program
  .command('ingest')
  .description('archive, segment, extract and store files, folders (recursively) or - (standard input)')
  .argument('<paths...>')
  .option('--max-bytes <n>', 'skip files larger than this', (v) => Number(v))
  .option('--workers <n>', 'threads that analyse documents beside this one (default: one per core but one, at least one; 0 = none)', (v) => Number(v))
  .action(run(() => import('./ingest.js')));

program
  .command('list')
  .description('list stored reports, newest first')
  .option('--limit <n>', 'how many', (v) => Number(v), 20)
  .option('--offset <n>', 'skip this many', (v) => Number(v), 0)
  .addOption(new Option('--sort <order>', 'order').choices(['date', 'affected', 'ingested']).default('date'))
  .action(run(() => import('./list.js')));

program
  .command('search')
  .description('full-text search (substrings, any length; -term excludes; "a b" is a phrase)')
  .argument('<query...>')
  .option('--limit <n>', 'how many', (v) => Number(v), 20)
  .option('--offset <n>', 'skip this many', (v) => Number(v), 0)
  .addOption(new Option('--sort <order>', 'order').choices(['date', 'affected', 'ingested']).default('date'))
  .option('--category <c...>', 'only these categories')
  .option('--org-type <t...>', 'only these organisation types')
  .option('--year <y...>', 'only these years')
  .action(run(() => import('./search.js')));

program
  .command('show')
  .description('show one report: its fields, their evidence, and its text')
  .argument('<id>', 'report id (or a unique prefix of 4+ characters)')
  .action(run(() => import('./show.js')));

const source = program.command('source').description('archived originals');
source
  .command('show')
  .description('show the provenance of an archived original, or its exact bytes with --raw')
  .argument('<sha256>')
  .option('--raw', 'write the original bytes to standard output')
  .action(run(() => import('./source.js')));

program
  .command('extract')
  .description('print the extraction record of one report text (a file, or - for standard input), without a database')
  .argument('[file]', 'report text file, or -', '-')
  .option('--input <lines>', 'JSON Lines of {"id","text","context"?}; prints one JSON line per input')
  .action(run(() => import('./extract.js')));

program
  .command('reextract')
  .description('run the current extractor again over every stored report')
  .action(run(() => import('./reextract.js')));

program
  .command('eval')
  .description('score segmentation and extraction against a gold JSON Lines file')
  .argument('<gold>', 'gold JSON Lines (shared/gold/seeds.jsonl format)')
  .option('--corpus <dir>', 'folder holding the gold records\' files, to score segmentation')
  .option('--verbose', 'list every miss')
  .action(run(() => import('./eval.js')));

program
  .command('bench')
  .description('measure ingest or extraction speed')
  .argument('<what>', 'ingest | extract')
  .option('--reports <n>', 'how many reports', (v) => Number(v), 10000)
  .option('--archive-corpus <dir>', 'release archive folder', '../shared/corpus/security-incident-archive')
  .option('--seeds <dir>', 'seed pages folder', 'samples')
  .option('--workers <n>', 'analyser threads for bench ingest (default: one per core but one, at least one)', (v) => Number(v))
  .action(run(() => import('./bench.js')));

program
  .command('serve')
  .description('web app and HTTP API (pages, search, statistics, Atom feed, JSON API); prints the URL it listens on')
  .option('--port <n>', 'port (default 8080, or JIKENBO_PORT; 0 picks a free one)')
  .option('--host <h>', 'address to listen on (default 127.0.0.1, or JIKENBO_HOST)')
  .option('--max-body <bytes>', 'largest POST /api/ingest body (default 10 MiB)')
  .action(run(() => import('./serve.js')));

program
  .command('config')
  .description('print the resolved settings (secrets masked)')
  .option('--markdown', 'print the reference table of all settings (docs/CONFIG.md)')
  .action(run(() => import('./config.js')));

program.parseAsync(process.argv).catch((e: unknown) => {
  const debug = process.argv.includes('--debug');
  if (isJikenboError(e)) process.stderr.write(`jikenbo: ${e.toString()}\n`);
  else process.stderr.write(`jikenbo: ${(e as Error)?.message ?? String(e)}\n`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = isJikenboError(e) ? e.exitCode : 1;
});
