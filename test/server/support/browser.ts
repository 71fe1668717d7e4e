import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots kept as test artifacts, to be looked at. */
export const SHOTS = fileURLToPath(new URL('../../../test-artifacts/screenshots/', import.meta.url));
export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } } as const;

/** Headless Chromium with the flags this closed network needs; the screenshot folder made. */
export async function launchChromium(): Promise<Browser> {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/install-test-deps.sh (as root) to install Debian's chromium`);
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page in the given language and size; script errors and console errors are collected into `problems`. */
export async function openPage(browser: Browser, lang: 'en' | 'ja', size: keyof typeof SIZES, problems: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: SIZES[size], locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'Accept-Language': lang === 'ja' ? 'ja,en;q=0.5' : 'en' } });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { context, page };
}
