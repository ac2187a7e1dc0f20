import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JikenboError } from '../../src/core/errors.js';
import type { Document } from '../../src/core/model.js';
import { decodeDocumentAsync, readInputs, sha256Hex, walkInputs, type ReadItem, type WalkItem, type WalkOptions } from '../../src/ingest/index.js';
import { seedPaths } from './corpus.js';

const LIMIT = 100_000;

/** What the pipeline does with a walk: decode each file, and report (not stop at) each failure. */
async function ingestAll(paths: string[], opts?: WalkOptions): Promise<{ docs: Document[]; errors: JikenboError[]; order: string[] }> {
  const docs: Document[] = [];
  const errors: JikenboError[] = [];
  const order: string[] = [];
  for await (const item of walkInputs(paths, opts)) {
    order.push(item.origin);
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    try {
      docs.push(await decodeDocumentAsync(item, sha256Hex(item.bytes)));
    } catch (e) {
      if (!(e instanceof JikenboError)) throw e;
      errors.push(e);
    }
  }
  return { docs, errors, order };
}

describe('walkInputs + decode: bad inputs are reported one by one and the walk goes on', () => {
  let dir: string;
  let seeds: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jikenbo-walk-'));
    seeds = seedPaths();
    mkdirSync(join(dir, 'in/sub'), { recursive: true });
    copyFileSync(seeds[0], join(dir, 'in/a-good.txt'));
    writeFileSync(join(dir, 'in/b-empty.txt'), '');
    writeFileSync(join(dir, 'in/c-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'in/d-noise.txt'), Buffer.from(Array.from({ length: 512 }, (_, i) => 0x80 + ((i * 37 + 11) % 128))));
    // Just over the limit the walk is given below (the seeds themselves are 14–63 KB).
    writeFileSync(join(dir, 'in/e-big.txt'), Buffer.alloc(LIMIT + 1, 0x41));
    copyFileSync(seeds[1], join(dir, 'in/sub/f-good.txt'));
    writeFileSync(join(dir, 'in/.hidden.txt'), 'dotfiles are skipped');
    mkdirSync(join(dir, 'in/.git'));
    writeFileSync(join(dir, 'in/.git/HEAD'), 'ref: refs/heads/main');
    mkdirSync(join(dir, 'in/locked'));
    writeFileSync(join(dir, 'in/locked/secret.txt'), '中身');
    chmodSync(join(dir, 'in/locked'), 0o000);
  });
  afterAll(() => {
    chmodSync(join(dir, 'in/locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('yields every file in sorted order, one error per bad input, each naming its path', async () => {
    // Root ignores permission bits; then the locked folder is simply read.
    let lockBlocks = true;
    try {
      readdirSync(join(dir, 'in/locked'));
      lockBlocks = false;
    } catch {
      // expected when not running as root
    }
    const missing = join(dir, 'no-such-file.txt');
    const { docs, errors, order } = await ingestAll([join(dir, 'in'), missing, seeds[2]], { maxBytes: LIMIT });

    const at = (name: string) => join(dir, 'in', name);
    const expectedOrder = [at('a-good.txt'), at('b-empty.txt'), at('c-photo.txt'), at('d-noise.txt'), at('e-big.txt')];
    expectedOrder.push(...(lockBlocks ? [at('locked')] : [at('locked/secret.txt')]), at('sub/f-good.txt'), missing, seeds[2]);
    expect(order).toEqual(expectedOrder);

    const messages = errors.map((e) => e.message);
    expect(messages).toContain(`${at('b-empty.txt')}: empty file`);
    expect(messages).toContain(`${at('c-photo.txt')}: binary file (PNG image)`);
    expect(messages.find((m) => m.startsWith(`${at('d-noise.txt')}: cannot decode`))).toBeDefined();
    expect(messages).toContain(`${at('e-big.txt')}: too large (${LIMIT + 1} bytes > limit ${LIMIT})`);
    expect(messages).toContain(`${missing}: no such file or directory`);
    if (lockBlocks) expect(messages).toContain(`${at('locked')}: cannot read directory: permission denied`);
    expect(errors.every((e) => e.stage === 'ingest')).toBe(true);
    expect(errors).toHaveLength(lockBlocks ? 6 : 5);

    const good = docs.map((d) => d.origin);
    expect(good).toEqual(lockBlocks ? [at('a-good.txt'), at('sub/f-good.txt'), seeds[2]] : [at('a-good.txt'), at('locked/secret.txt'), at('sub/f-good.txt'), seeds[2]]);
    expect(docs.every((d) => d.format === 'text' && d.encoding === 'utf-8')).toBe(true);
    expect(order.some((o) => o.includes('.hidden') || o.includes('.git'))).toBe(false);
  });

  it('a too-large file is not read at all', async () => {
    const items = [];
    for await (const item of walkInputs([join(dir, 'in/e-big.txt')], { maxBytes: 10 })) items.push(item);
    expect(items).toHaveLength(1);
    expect('error' in items[0] && items[0].error.message).toBe(`${join(dir, 'in/e-big.txt')}: too large (${LIMIT + 1} bytes > limit 10)`);
  });

  it('`-` reads standard input, within the size limit', async () => {
    const items = [];
    for await (const item of walkInputs(['-', '-'], { stdin: Readable.from([Buffer.from('標準入力の'), Buffer.from('本文')]) })) items.push(item);
    expect(items[0]).toEqual({ origin: '-', bytes: new Uint8Array(Buffer.from('標準入力の本文')) });
    const big = [];
    for await (const item of walkInputs(['-'], { maxBytes: 4, stdin: Readable.from([Buffer.from('12345678')]) })) big.push(item);
    expect('error' in big[0] && big[0].error.message).toBe('-: too large (more than 4 bytes)');
  });

  it('readInputs reads on its own thread the same items, in the same order, each with its SHA-256', async () => {
    const paths = [join(dir, 'in'), join(dir, 'no-such-file.txt'), seeds[2]];
    const walked: WalkItem[] = [];
    for await (const item of walkInputs(paths, { maxBytes: LIMIT })) walked.push(item);
    const read: ReadItem[] = [];
    for await (const item of readInputs(paths, { maxBytes: LIMIT })) read.push(item);
    expect(read.map((i) => i.origin)).toEqual(walked.map((i) => i.origin));
    read.forEach((item, k) => {
      const w = walked[k];
      if ('error' in w) {
        expect('error' in item && item.error).toBeInstanceOf(JikenboError);
        expect('error' in item && item.error.message).toBe(w.error.message);
      } else {
        expect('bytes' in item && Buffer.from(item.bytes).equals(Buffer.from(w.bytes))).toBe(true);
        expect('sha256' in item && item.sha256).toBe(sha256Hex(w.bytes));
      }
    });
  });

  it('readInputs reads more files than it holds ahead, and standard input in this thread', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 150; i++) writeFileSync(join(many, `${String(i).padStart(3, '0')}.txt`), `報告 ${i}`);
    const origins = [];
    for await (const item of readInputs([many])) origins.push(item.origin);
    expect(origins).toEqual(Array.from({ length: 150 }, (_, i) => join(many, `${String(i).padStart(3, '0')}.txt`)));
    const items = [];
    for await (const item of readInputs([join(dir, 'in/a-good.txt'), '-'], { stdin: Readable.from([Buffer.from('標準入力')]) })) items.push(item);
    expect(items.map((i) => i.origin)).toEqual([join(dir, 'in/a-good.txt'), '-']);
    expect('sha256' in items[1] && items[1].sha256).toBe(sha256Hex(Buffer.from('標準入力')));
  });

  it('readInputs hands over large files one at a time', async () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    // Three files of 40 MiB: more than the reading thread may hold ready at once.
    for (const name of ['1.txt', '2.txt', '3.txt']) writeFileSync(join(big, name), Buffer.alloc(40 * 1024 * 1024, 0x41));
    const sizes = [];
    for await (const item of readInputs([big])) sizes.push('bytes' in item ? item.bytes.byteLength : -1);
    expect(sizes).toEqual([40 * 1024 * 1024, 40 * 1024 * 1024, 40 * 1024 * 1024]);
    rmSync(big, { recursive: true, force: true });
  });

  it('a file given explicitly is read even when its name starts with a dot', async () => {
    const items = [];
    for await (const item of walkInputs([join(dir, 'in/.hidden.txt')])) items.push(item);
    expect(items).toHaveLength(1);
    expect('bytes' in items[0]).toBe(true);
  });
});
