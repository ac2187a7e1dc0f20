import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  it('writes <ab>/<sha256>.<ext> and a line of <ab>/sources.jsonl, browsable without the app', async () => {
    const dir = tempDir();
    const archive = new FileArchive(dir);
    const source = sourceFor(seed, { origin: '/work/shared/corpus/seeds/000_1201b6f3a9578783.txt' });
    const path = await archive.put(seed, source);
    const shard = join(dir, source.sha256.slice(0, 2));
    expect(path).toBe(join(shard, `${source.sha256}.txt`));
    expect(await archive.locate(source.sha256)).toBe(path);
    expect(readdirSync(dir)).toEqual([source.sha256.slice(0, 2)]);
    expect(readdirSync(shard).sort()).toEqual([`${source.sha256}.txt`, 'sources.jsonl']); // no temp files left
    expect(Buffer.compare(readFileSync(path), Buffer.from(seed))).toBe(0);
    expect(readFileSync(join(shard, 'sources.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual([source]);
  });

  it('appends the provenance of originals sharing a folder to one log, each found by its hash', async () => {
    const archive = new FileArchive(tempDir());
    // Bytes whose hashes share their first two hex digits land in the same folder.
    const byShard = new Map<string, Uint8Array[]>();
    for (let i = 0; i < 600; i++) {
      const bytes = new Uint8Array(Buffer.from(`第${i}報`));
      const shard = sourceFor(bytes).sha256.slice(0, 2);
      byShard.set(shard, [...(byShard.get(shard) ?? []), bytes]);
    }
    const pair = [...byShard.values()].find((list) => list.length >= 2)!.slice(0, 2);
    const sources = pair.map((bytes, i) => sourceFor(bytes, { origin: `release-${i}.txt` }));
    await Promise.all(pair.map((bytes, i) => archive.put(bytes, sources[i])));
    expect(readFileSync(archive.logPath(sources[0].sha256), 'utf8').trim().split('\n')).toHaveLength(2);
    for (const s of sources) expect(await archive.sourceInfo(s.sha256)).toEqual(s);
  });

  it('uses the extension of the format', async () => {
    const archive = new FileArchive(tempDir());
    const html = new Uint8Array(Buffer.from('<html><body>本文</body></html>'));
    const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n'));
    expect(await archive.put(html, sourceFor(html, { format: 'html', media_type: 'text/html' }))).toMatch(/[0-9a-f]{64}\.html$/);
    expect(await archive.put(pdf, sourceFor(pdf, { format: 'pdf', media_type: 'application/pdf', encoding: null }))).toMatch(/[0-9a-f]{64}\.pdf$/);
    const md = new Uint8Array(Buffer.from('# 公表概要\n'));
    expect(await archive.put(md, sourceFor(md, { format: 'archive-md', media_type: 'text/markdown' }))).toMatch(/[0-9a-f]{64}\.md$/);
  });

  it('reads originals archived in the older one-folder-per-original layout', async () => {
    const dir = tempDir();
    const source = sourceFor(seed);
    mkdirSync(join(dir, source.sha256));
    writeFileSync(join(dir, source.sha256, 'original.txt'), seed);
    writeFileSync(join(dir, source.sha256, 'source.json'), JSON.stringify(source));
    const archive = new FileArchive(dir);
    expect(await archive.has(source.sha256)).toBe(true);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
    expect(await archive.sourceInfo(source.sha256)).toEqual(source);
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

  it('repairs what a crash left half-written (a cut original, a cut provenance line)', async () => {
    const archive = new FileArchive(tempDir());
    const source = sourceFor(seed);
    const path = await archive.put(seed, source);
    writeFileSync(path, seed.slice(0, 10));
    writeFileSync(archive.logPath(source.sha256), `{"sha256":"${source.sha256}","size":`); // cut mid-line, no newline
    await expect(archive.sourceInfo(source.sha256)).rejects.toThrow(/not in the archive/);
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
