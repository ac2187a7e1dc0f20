// The real server on 127.0.0.1 (port 0) driven by Debian's Chromium through playwright-core:
// search, read a report and jump to its evidence, statistics charts, language switch, and a
// hostile report that must stay inert. Screenshots go to test-output/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '@hono/node-server';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ingestBytes } from '../../src/pipeline/index.js';
import { REPO } from '../helpers/corpus.js';
import { sampleCasebook, XSS_TEXT, type TestCasebook } from '../helpers/server.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`test/e2e/web.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-cjk)`);

const SHOTS = join(REPO, 'test-output/screenshots');

describe.skipIf(!haveChromium)('web app in Chromium', () => {
  let cb: TestCasebook;
  let server: ReturnType<typeof serve>;
  let base: string;
  let browser: Browser;
  let page: Page;
  let xssId: string;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    cb = await sampleCasebook();
    const out = await ingestBytes(new TextEncoder().encode(XSS_TEXT), 'upload://xss.txt', { store: cb.store, archive: cb.archive });
    xssId = out.save!.reportIds[0];
    await new Promise<void>((resolve) => {
      server = serve({ fetch: cb.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await cb?.cleanup();
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const inView = (selector: string) =>
    page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < (globalThis as any).innerHeight && r.height > 0;
    });

  it('searches for 不正アクセス from the home page', async () => {
    await page.goto(`${base}/`);
    expect(await page.locator('ol.hits > li').count()).toBeGreaterThan(0);
    await shot('home');
    await page.fill('input[name=q]', '不正アクセス');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('input[name=q]', 'Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=不正アクセス');
    expect(await page.locator('ol.hits > li').count()).toBeGreaterThan(0);
    const marks = await page.locator('.snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.normalize('NFKC')).toBe('不正アクセス');
    await shot('search');
    // A facet link filters by URL, without any script.
    const facet = page.locator('ul[data-facet="category"] a').first();
    const count = Number(await facet.locator('.count').textContent());
    await Promise.all([page.waitForURL(/category=/), facet.click()]);
    expect(await page.locator('#total').textContent()).toContain(String(count));
    await page.goBack();
  });

  it('opens a report and a field click scrolls its evidence highlight into view', async () => {
    await Promise.all([page.waitForURL(/\/reports\/[0-9a-f]{12}$/), page.locator('ol.hits h2 a').first().click()]);
    expect(await page.locator('pre.text mark[id^="ev-"]').count()).toBeGreaterThan(0);
    await shot('report');
    // The field whose evidence lies furthest down the text, so that the click must scroll.
    const links = await page.locator('dl.fields a[href^="#ev-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    const target = links.sort((a, b) => Number(b.slice(4)) - Number(a.slice(4)))[0];
    await page.locator(`dl.fields a[href="${target}"]`).first().click();
    await page.waitForFunction((h) => (globalThis as any).location.hash === h, target);
    expect(await inView(target)).toBe(true);
    expect(await page.$eval(target, (el) => el.tagName)).toBe('MARK');
    // The script adds a flash on the target (progressive enhancement, allowed by the CSP).
    await page.waitForFunction((h) => (globalThis as any).document.querySelector(h)?.classList.contains('flash'), target);
    await page.screenshot({ path: join(SHOTS, 'report-evidence.png') });
  });

  it('shows the statistics with every chart rendered as SVG', async () => {
    await page.goto(`${base}/stats`);
    const charts = page.locator('section.chart');
    expect(await charts.count()).toBe(5);
    for (const name of ['monthly', 'org_type', 'data_type', 'affected', 'organization']) {
      const svg = page.locator(`#chart-${name} svg`);
      const box = await svg.boundingBox();
      expect(box && box.width > 100 && box.height > 100, name).toBe(true);
      expect(await svg.locator('path, rect').count(), name).toBeGreaterThan(1);
      // Text inside the chart gets its font size from presentation attributes, not blocked inline styles.
      const size = await svg.locator('text').first().evaluate((t) => (globalThis as any).getComputedStyle(t).fontSize as string);
      expect(size, name).toMatch(/^1[0-9]px$/);
    }
    await shot('stats');
  });

  it('switches the interface to English and keeps it', async () => {
    await page.goto(`${base}/search?q=${encodeURIComponent('紛失')}`);
    await Promise.all([page.waitForURL(/lang=en/), page.click('#lang-switch')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('header nav').textContent()).toContain('Statistics');
    expect(await page.locator('input[name=q]').inputValue()).toBe('紛失');
    await shot('search-en');
    await page.goto(`${base}/stats`);
    expect(await page.locator('h1').textContent()).toBe('Statistics');
    await shot('stats-en');
    await page.goto(`${base}/?lang=ja`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });

  it('renders a hostile report inert: no dialog, no injected element', async () => {
    await page.goto(`${base}/reports/${xssId}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.locator('pre.text').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    await shot('xss-report');
    await page.goto(`${base}/search?q=alert`);
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('the Atom feed parses as strict XML in the browser; no CSP violation or script error anywhere', async () => {
    const parsed = await page.evaluate(async () => {
      const xml = await (await fetch('/feed.atom')).text();
      const doc = new (globalThis as any).DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length };
    });
    expect(parsed.error).toBe(0);
    expect(parsed.entries).toBeGreaterThan(0);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
