import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileArchive } from '../../src/archive/index.js';
import { seedPaths } from '../ingest/corpus.js';
import { describeArchiveStore, sourceFor } from './archive-store.compliance.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'jikenbo-archive-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const seed = new Uint8Array(readFileSync(seedPaths()[0]));

describeArchiveStore('FileArchive', async () => new FileArchive(tempDir()), seed);

describe('FileArchive on disk', () => {
  it('writes <sha256>/original.<ext> and source.json, browsable without the app', async () => {
    const dir = tempDir();
    const archive = new FileArchive(dir);
    const source = sourceFor(seed, { origin: '/work/shared/corpus/seeds/000_1201b6f3a9578783.txt' });
    const path = await archive.put(seed, source);
    expect(path).toBe(join(dir, source.sha256, 'original.txt'));
    expect(archive.pathOf(source.sha256)).toBe(join(dir, source.sha256));
    expect(readdirSync(join(dir, source.sha256)).sort()).toEqual(['original.txt', 'source.json']); // no temp files left
    expect(Buffer.compare(readFileSync(path), Buffer.from(seed))).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, source.sha256, 'source.json'), 'utf8'))).toEqual(source);
  });

  it('uses the extension of the format', async () => {
    const archive = new FileArchive(tempDir());
    const html = new Uint8Array(Buffer.from('<html><body>本文</body></html>'));
    const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n'));
    expect(await archive.put(html, sourceFor(html, { format: 'html', media_type: 'text/html' }))).toMatch(/original\.html$/);
    expect(await archive.put(pdf, sourceFor(pdf, { format: 'pdf', media_type: 'application/pdf', encoding: null }))).toMatch(/original\.pdf$/);
    const md = new Uint8Array(Buffer.from('# 公表概要\n'));
    expect(await archive.put(md, sourceFor(md, { format: 'archive-md', media_type: 'text/markdown' }))).toMatch(/original\.md$/);
  });

  it('a second put of the same bytes leaves the file untouched', async () => {
    const archive = new FileArchive(tempDir());
    const source = sourceFor(seed);
    const path = await archive.put(seed, source);
    const before = statSync(path);
    await new Promise((r) => setTimeout(r, 20));
    await archive.put(seed, source);
    const after = statSync(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
  });

  it('repairs a truncated original (same hash, wrong size) and detects corruption on get', async () => {
    const archive = new FileArchive(tempDir());
    const source = sourceFor(seed);
    const path = await archive.put(seed, source);
    writeFileSync(path, seed.slice(0, 100));
    await expect(archive.get(source.sha256)).rejects.toThrow(/corrupted/);
    await archive.put(seed, source);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
  });

  it('repairs a folder a killed run left half-written (cut original, unreadable source.json)', async () => {
    const archive = new FileArchive(tempDir());
    const source = sourceFor(seed);
    const path = await archive.put(seed, source);
    writeFileSync(path, seed.slice(0, 10));
    writeFileSync(join(archive.pathOf(source.sha256), 'source.json'), '{"sha256": "');
    await archive.put(seed, source);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
    expect(await archive.sourceInfo(source.sha256)).toMatchObject({ sha256: source.sha256, origin: source.origin });
  });

  it('concurrent puts of the same bytes both succeed', async () => {
    const archive = new FileArchive(tempDir());
    const source = sourceFor(seed);
    const paths = await Promise.all([archive.put(seed, source), archive.put(seed, source), archive.put(seed, source)]);
    expect(new Set(paths).size).toBe(1);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
  });
});
