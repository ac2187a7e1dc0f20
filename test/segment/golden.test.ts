/**
 * Golden cases: test/golden/segment/<case>/input.txt → expected.json (start, end, line, title of
 * each segment). A missing expected.json is written from the current output locally, never in CI;
 * on a mismatch the actual output goes to <case>-changed/expected.json for review.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { REPO_ROOT, textDocument } from './shared.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden', 'segment');
const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.endsWith('-changed') && existsSync(join(GOLDEN, d.name, 'input.txt')))
  .map((d) => d.name)
  .sort();

describe('segment golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(name, () => {
      const dir = join(GOLDEN, name);
      const text = readFileSync(join(dir, 'input.txt'), 'utf8');
      const actual = segmentDocument(textDocument(`${name}/input.txt`, text)).map(({ start, end, line, title }) => ({ start, end, line, title }));
      const json = `${JSON.stringify(actual, null, 2)}\n`;
      const expectedPath = join(dir, 'expected.json');
      const changed = join(GOLDEN, `${name}-changed`);
      if (!existsSync(expectedPath)) {
        if (process.env.CI) throw new Error(`segment golden: ${name}/expected.json is missing (regenerate it locally)`);
        writeFileSync(expectedPath, json);
        return;
      }
      const expected = readFileSync(expectedPath, 'utf8');
      if (expected === json) {
        rmSync(changed, { recursive: true, force: true });
        return;
      }
      mkdirSync(changed, { recursive: true });
      writeFileSync(join(changed, 'expected.json'), json);
      expect(actual, `segment golden: ${name} changed, see ${name}-changed/expected.json`).toEqual(JSON.parse(expected));
      // Same values but different bytes (formatting): still a change to review.
      expect(json).toBe(expected);
    });
  }
});
