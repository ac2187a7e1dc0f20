import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configMarkdown, dumpConfig, loadConfig } from '../src/config.js';
import { REPO } from './helpers/corpus.js';

describe('config', () => {
  it('flags override the environment, which overrides defaults', () => {
    const c = loadConfig({ db: 'flag.db' }, { JIKENBO_DB: 'env.db', JIKENBO_PORT: '9090' });
    expect(c.db).toBe('flag.db');
    expect(c.port).toBe(9090);
    expect(c.archive).toBe('archive');
    expect(loadConfig({}, {}).db).toBe(join('data', 'jikenbo.db'));
  });

  it('masks secrets when dumped', () => {
    const out = dumpConfig(loadConfig({}, { JIKENBO_TOKEN: 's3cret' }));
    expect(out).toContain('JIKENBO_TOKEN=********');
    expect(out).not.toContain('s3cret');
  });

  it('docs/CONFIG.md is the generated reference (regenerate with `jikenbo config --markdown > docs/CONFIG.md`)', () => {
    expect(readFileSync(join(REPO, 'docs/CONFIG.md'), 'utf8').trim()).toBe(configMarkdown().trim());
  });
});
