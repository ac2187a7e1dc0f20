// A throwaway casebook with the bundled samples ingested, and the web app over it (no socket).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { FileArchive, ingestPaths } from '../../src/pipeline/index.js';
import { createApp, type AppOptions } from '../../src/serve/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { SAMPLES_DIR } from './corpus.js';

export interface TestCasebook {
  readonly dir: string;
  readonly store: Store;
  readonly archive: FileArchive;
  readonly config: Config;
  /** The app as `createApp` returns it; more apps over the same store come from `appWith`. */
  readonly app: ReturnType<typeof createApp>;
  appWith(overrides: Partial<AppOptions> & { token?: string | null }): ReturnType<typeof createApp>;
  readonly logs: string[];
  cleanup(): Promise<void>;
}

const FIXED_NOW = () => new Date('2025-01-01T00:00:00Z');

/** Builds a temporary SQLite casebook with samples/ ingested; the app has `token` as its ingest token. */
export async function sampleCasebook(options: { token?: string | null; maxBodyBytes?: number } = {}): Promise<TestCasebook> {
  const dir = mkdtempSync(join(tmpdir(), 'jikenbo-serve-'));
  const base = loadConfig({ db: join(dir, 'jikenbo.db') }, {});
  const config: Config = { ...base, token: options.token === undefined ? 'test-token' : options.token };
  const store = openStore(config.db);
  const archive = new FileArchive(config.archive);
  const summary = await ingestPaths([SAMPLES_DIR], { store, archive, now: FIXED_NOW });
  if (summary.errors) throw new Error(`sample ingest failed: ${summary.errorMessages.join('; ')}`);
  const logs: string[] = [];
  const appWith = (o: Partial<AppOptions> & { token?: string | null }) => {
    const { token, ...rest } = o;
    return createApp({
      store,
      archive,
      config: token === undefined ? config : { ...config, token },
      log: (m) => logs.push(m),
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...rest,
    });
  };
  return {
    dir,
    store,
    archive,
    config,
    app: appWith({}),
    appWith,
    logs,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A report page with hostile text, in the plain-text casebook layout the segmenter reads. */
export const XSS_TEXT = [
  '【セキュリティ事件簿#2099-001】株式会社テスト&サンプル 不正アクセスによる個人情報漏えいに関するお知らせ',
  '',
  '当社サーバーへの不正アクセスにより、お客様の氏名、メールアドレスが漏えいした可能性があります。<script>alert(1)</script>',
  '影響人数は1,234名です。"><img src=x onerror=alert(1)>',
  '2099年1月15日に公表しました。',
  '',
].join('\n');
