import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The parsed lines of a provenance log. */
const logLines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('FileArchive on disk', () => {
  it('appends the bytes to a pack and a line to <ab>/sources.jsonl that says where they are', async () => {
    const dir = tempDir();
    const archive = new FileArchive(dir);
    const source = sourceFor(seed, { origin: '/work/shared/corpus/seeds/000_1201b6f3a9578783.txt' });
    const where = await archive.put(seed, source);
    const shard = source.sha256.slice(0, 2);
    expect(where).toMatch(/\/packs\/\d{8}T\d{4}-\d+-\d+-[0-9a-f]{8}\.pack@0$/);
    expect(await archive.locate(source.sha256)).toBe(where);
    expect(readdirSync(dir).sort()).toEqual([shard, 'packs']);
    expect(readdirSync(join(dir, shard))).toEqual(['sources.jsonl']);
    const [line] = logLines(join(dir, shard, 'sources.jsonl'));
    const pack = join(dir, 'packs', String(line.pack));
    expect(line).toEqual({ ...source, pack: where.split('/').pop()!.replace(/@0$/, ''), offset: 0 });
    // Readable without the app: the pack holds the original byte for byte.
    expect(Buffer.compare(readFileSync(pack), Buffer.from(seed))).toBe(0);
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

  it('puts the originals of one writer back to back in its pack; another writer appends to a pack of its own', async () => {
    const dir = tempDir();
    const one = new FileArchive(dir);
    const two = new FileArchive(dir);
    const html = new Uint8Array(Buffer.from('<html><body>本文</body></html>'));
    const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n'));
    const md = new Uint8Array(Buffer.from('# 公表概要\n'));
    const a = await one.put(html, sourceFor(html, { format: 'html', media_type: 'text/html' }));
    const b = await one.put(pdf, sourceFor(pdf, { format: 'pdf', media_type: 'application/pdf', encoding: null }));
    const c = await two.put(md, sourceFor(md, { format: 'archive-md', media_type: 'text/markdown' }));
    expect(b).toBe(a.replace(/@0$/, `@${html.byteLength}`));
    expect(c.split('@')[0]).not.toBe(a.split('@')[0]);
    expect(readdirSync(join(dir, 'packs'))).toHaveLength(2);
    // Any reader finds each original, and a writer sees what another wrote (no second copy).
    const reader = new FileArchive(dir);
    for (const bytes of [html, pdf, md]) expect(Buffer.compare(await reader.get(sourceFor(bytes).sha256), Buffer.from(bytes))).toBe(0);
    expect(await one.put(md, sourceFor(md, { format: 'archive-md', media_type: 'text/markdown' }))).toBe(c);
  });

  it('reads originals archived in the earlier one-file-per-original layouts', async () => {
    const dir = tempDir();
    const source = sourceFor(seed);
    mkdirSync(join(dir, source.sha256));
    writeFileSync(join(dir, source.sha256, 'original.txt'), seed);
    writeFileSync(join(dir, source.sha256, 'source.json'), JSON.stringify(source));
    const archive = new FileArchive(dir);
    expect(await archive.has(source.sha256)).toBe(true);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
    expect(await archive.sourceInfo(source.sha256)).toEqual(source);
    expect(await archive.put(seed, source)).toBe(join(dir, source.sha256, 'original.txt'));

    const md = new Uint8Array(Buffer.from('# 公表概要\n- タイトル: 不正アクセスについて\n'));
    const loose = sourceFor(md, { format: 'archive-md' });
    mkdirSync(join(dir, loose.sha256.slice(0, 2)));
    const path = join(dir, loose.sha256.slice(0, 2), `${loose.sha256}.md`);
    writeFileSync(path, md);
    writeFileSync(archive.logPath(loose.sha256), `${JSON.stringify(loose)}\n`);
    expect(await archive.locate(loose.sha256)).toBe(path);
    expect(await archive.put(md, loose)).toBe(path);
    expect(existsSync(join(dir, 'packs'))).toBe(false);
  });

  it('a second put of the same bytes writes nothing', async () => {
    const dir = tempDir();
    const archive = new FileArchive(dir);
    const source = sourceFor(seed);
    const where = await archive.put(seed, source);
    const pack = where.split('@')[0];
    const before = [statSync(pack).size, readFileSync(archive.logPath(source.sha256), 'utf8')];
    expect(await archive.put(seed, { ...source, origin: 'again.txt' })).toBe(where);
    expect(await new FileArchive(dir).put(seed, { ...source, origin: 'again.txt' })).toBe(where);
    expect([statSync(pack).size, readFileSync(archive.logPath(source.sha256), 'utf8')]).toEqual(before);
  });

  it('detects damaged bytes on get, and a put stores an intact copy while the first provenance stays', async () => {
    const archive = new FileArchive(tempDir());
    const source = sourceFor(seed);
    const where = await archive.put(seed, source);
    const pack = where.split('@')[0];
    const damaged = Buffer.from(readFileSync(pack));
    damaged[100] ^= 0xff;
    writeFileSync(pack, damaged);
    await expect(archive.get(source.sha256)).rejects.toThrow(/corrupted/);
    expect(await archive.has(source.sha256)).toBe(false);
    const again = await archive.put(seed, { ...source, origin: 'again.txt' });
    expect(again).not.toBe(where);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
    expect(await archive.sourceInfo(source.sha256)).toEqual(source);
  });

  it('carries on after what a killed run left half-written (bytes at a pack end, a cut provenance line)', async () => {
    const dir = tempDir();
    const source = sourceFor(seed);
    mkdirSync(join(dir, 'packs'));
    writeFileSync(join(dir, 'packs', '20261122T0600-1-0-00000000.pack'), seed.slice(0, 10));
    const archive = new FileArchive(dir);
    mkdirSync(join(dir, source.sha256.slice(0, 2)));
    writeFileSync(archive.logPath(source.sha256), `{"sha256":"${source.sha256}","size":`); // cut mid-line, no newline
    await expect(archive.sourceInfo(source.sha256)).rejects.toThrow(/not in the archive/);
    await archive.put(seed, source);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
    expect(await archive.sourceInfo(source.sha256)).toEqual(source);
  });

  it('concurrent puts of the same bytes all succeed and store one copy', async () => {
    const dir = tempDir();
    const archive = new FileArchive(dir);
    const source = sourceFor(seed);
    const paths = await Promise.all([archive.put(seed, source), archive.put(seed, source), archive.put(seed, source)]);
    expect(new Set(paths).size).toBe(1);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
    expect(logLines(archive.logPath(source.sha256))).toHaveLength(1);
  });

  it('with fsync, forces each original and its line to disk and reads back the same', async () => {
    const archive = new FileArchive(tempDir(), { fsync: true });
    const source = sourceFor(seed);
    await archive.put(seed, source);
    expect(Buffer.compare(await archive.get(source.sha256), Buffer.from(seed))).toBe(0);
  });
});
