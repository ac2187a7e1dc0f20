// The installed program: `npm ci` builds `dist/`, and `npx jikenbo` runs `dist/cli/main.js` by its #! line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/corpus.js';

describe('the jikenbo program of the package', () => {
  const main = join(REPO, 'dist/cli/main.js');
  it('is built, executable, and runs by itself', () => {
    expect(statSync(main).mode & 0o111).not.toBe(0);
    const r = spawnSync(main, ['--help'], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr?.toString()).toBe(0);
    expect(r.stdout.toString()).toContain('ingest');
  });
});
