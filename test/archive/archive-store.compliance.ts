/**
 * What every ArchiveStore must do, as one suite any implementation can run
 * (karakeep's interface-compliance.test.ts pattern).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JikenboError } from '../../src/core/errors.js';
import type { Source } from '../../src/core/model.js';
import type { ArchiveStore } from '../../src/archive/index.js';

export function sourceFor(bytes: Uint8Array, over: Partial<Source> = {}): Source {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    origin: 'corpus/seeds/000.txt',
    encoding: 'utf-8',
    format: 'text',
    media_type: 'text/plain',
    ingested_at: '2026-11-22T06:00:00.000Z',
    ...over,
  };
}

export function describeArchiveStore(name: string, make: () => Promise<ArchiveStore>, sample: Uint8Array): void {
  describe(`ArchiveStore compliance: ${name}`, () => {
    it('put then get returns identical bytes, and has() sees it', async () => {
      const store = await make();
      const source = sourceFor(sample);
      expect(await store.has(source.sha256)).toBe(false);
      await store.put(sample, source);
      expect(await store.has(source.sha256)).toBe(true);
      const back = await store.get(source.sha256);
      expect(Buffer.compare(back, Buffer.from(sample))).toBe(0);
    });

    it('put twice is idempotent and keeps the first provenance', async () => {
      const store = await make();
      const first = sourceFor(sample);
      const p1 = await store.put(sample, first);
      const p2 = await store.put(sample, { ...first, origin: 'elsewhere.txt', ingested_at: '2027-01-01T00:00:00.000Z' });
      expect(p2).toBe(p1);
      expect(await store.sourceInfo(first.sha256)).toEqual(first);
    });

    it('refuses bytes that do not match source.sha256, and unknown or malformed hashes', async () => {
      const store = await make();
      const wrong = sourceFor(new Uint8Array([1, 2, 3]));
      await expect(store.put(sample, wrong)).rejects.toBeInstanceOf(JikenboError);
      await expect(store.get('0'.repeat(64))).rejects.toThrow(/not in the archive/);
      await expect(store.sourceInfo('0'.repeat(64))).rejects.toThrow(/not in the archive/);
      await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
    });
  });
}
