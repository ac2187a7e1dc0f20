// `jikenbo serve` as a user runs it: prints the URL it listens on (127.0.0.1 by default), serves
// the casebook given by --db, and stops on SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { cli, cliSpawn } from '../helpers/cli.js';
import { SAMPLES_DIR } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'jikenbo-serve-cli-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('jikenbo serve', () => {
  it('prints its URL, serves pages and the API, and exits 0 on SIGTERM', async () => {
    const db = join(dir, 'jikenbo.db');
    expect(cli(['--db', db, 'ingest', SAMPLES_DIR]).status).toBe(0);
    child = cliSpawn(['--db', db, 'serve', '--port', '0'], { env: { JIKENBO_TOKEN: '' } });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
      child!.stdout!.on('data', (b: Buffer) => {
        out += b.toString('utf8');
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child!.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('事件簿');
    const api = (await (await fetch(`${url}/api/search?q=${encodeURIComponent('不正アクセス')}`)).json()) as { total: number };
    expect(api.total).toBeGreaterThan(0);
    const ingest = await fetch(`${url}/api/ingest`, { method: 'POST', body: 'x' });
    expect(ingest.status).toBe(403);
    const code = await new Promise<number | null>((resolve) => {
      child!.once('exit', (c) => resolve(c));
      child!.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
