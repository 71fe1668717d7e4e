import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { LifecycleEvent } from '../../../src/machines/events.js';
import { sampleCase } from '../../support/case-files.js';
import { harness, mailDetail, serve, type Harness } from '../support/harness.js';
import { seedCases } from '../support/seed.js';
import { launchChromium, openPage, SHOTS } from '../support/browser.js';


/** Many more cases than one page holds, in a mix of states. */
function seedMany(h: Harness, n: number): void {
  const { cases, clock, time } = h;
  const at = () => clock.now().toISOString();
  for (let i = 0; i < n; i++) {
    time.advance(17 * 60_000);
    const id = cases.create(sampleCase({ requester: { name: `Person ${i + 1}` } })).id;
    if (i % 4 === 0) continue;
    for (const type of ['prepared', 'case-submitted']) cases.apply(id, { type, at: at(), source: 'user' } as LifecycleEvent);
    if (i % 4 === 1) continue;
    const supportCaseId = String(172000000000 + i);
    cases.apply(id, { type: 'acknowledgement', at: at(), source: 'mail', messageId: `<ack-${i}@amazon.com>`, supportCaseId }, { detail: mailDetail({ kind: 'acknowledgement', subject: `[CASE ${supportCaseId}] We received your request`, language: 'en' }) });
    if (i % 8 === 3) cases.apply(id, { type: 'cancel', at: at(), source: 'user' } as LifecycleEvent);
  }
}

describe('the paged case list in a real browser', { timeout: 90_000 }, () => {
  let h: Harness;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    h = harness();
    seedCases(h);
    seedMany(h, 70);
    h.time.advance(2 * 3600_000);
    server = await serve(h, { pollMs: 100 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    h?.close();
  });

  it('should page through the list, keep the page when switching language, and save screenshots', async () => {
    for (const size of ['desktop', 'phone'] as const) {
      for (const lang of ['en', 'ja'] as const) {
        const { context, page } = await openPage(browser, lang, size, problems);
        await page.goto(server.url);
        assert.equal(await page.locator('.case-card').count(), 50);
        assert.ok(await page.locator('nav.pager').isVisible());
        const suffix = lang === 'ja' ? '-ja' : '';
        await page.screenshot({ path: `${SHOTS}case-list-paged${suffix}-${size}.png`, fullPage: true });
        await page.click('nav.pager a[rel="next"]');
        await page.waitForURL(/\?page=2$/);
        assert.equal(await page.locator('.case-card').count(), 23);
        assert.equal(await page.locator('.page-number.current').textContent(), '2');
        await page.screenshot({ path: `${SHOTS}case-list-page2${suffix}-${size}.png`, fullPage: true });
        if (size === 'desktop') {
          await page.click('header a.lang');
          await page.waitForURL(/\?page=2&lang=/);
          assert.equal(await page.getAttribute('html', 'lang'), lang === 'ja' ? 'en' : 'ja');
          assert.equal(await page.locator('.case-card').count(), 23, 'still on page 2');
        }
        await context.close();
      }
    }
    assert.deepEqual(problems, [], 'no script errors or CSP violations');
  });
});
