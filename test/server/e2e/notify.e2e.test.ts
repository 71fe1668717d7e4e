import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { LifecycleEvent } from '../../../src/machines/events.js';
import { waitsOn } from '../../../src/server/waiting.js';
import { sampleCase } from '../../support/case-files.js';
import { harness, serve, type Harness, type Served } from '../support/harness.js';
import { launchChromium, openPage, SHOTS } from '../support/browser.js';

describe('the tab title and browser notifications in Chromium', { timeout: 60_000 }, () => {
  let h: Harness;
  let server: Served;
  let browser: Browser;
  const problems: string[] = [];
  const user = (type: string) => ({ type, at: h.clock.now().toISOString(), source: 'user' }) as LifecycleEvent;

  before(async () => {
    h = harness();
    // What the real app counts: open cases whose turn is the user's.
    h.deps.yourTurn = () => h.cases.list().filter((c) => waitsOn(h.cases.view(c.id)) === 'you').length;
    const a = h.cases.create(sampleCase()).id;
    h.cases.apply(a, user('prepared')); // caseDraft: the user submits the form
    const b = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(b, user(t)); // waits on support
    server = await serve(h, { pollMs: 50 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    h?.close();
  });

  it('should count the cases waiting on the user in the title and ask for permission only from the button', async () => {
    const { context, page } = await openPage(browser, 'en', 'desktop', problems);
    await page.goto(server.url);
    assert.match(await page.title(), /^\(1\) Cases · certmerge$/);
    // Nothing asked on load: the permission is still undecided, and the button offers it.
    assert.equal(await page.evaluate(() => Notification.permission), 'default');
    const button = page.locator('#notify-permission');
    assert.equal(await button.isVisible(), true);
    await page.screenshot({ path: `${SHOTS}notify-button-desktop.png` });

    await context.grantPermissions(['notifications'], { origin: server.url });
    await button.click();
    await page.waitForFunction(() => document.body.dataset.notifyPermission === 'granted');
    assert.equal(await button.isVisible(), false, 'asked once: the button goes away');

    // Another case becomes the user's turn: the live page updates its title and notifies.
    const c = h.cases.create(sampleCase()).id;
    h.cases.apply(c, user('prepared'));
    await page.waitForFunction(() => document.title.startsWith('(2) '));
    await page.waitForFunction(() => document.body.dataset.notified === '1');

    // Reloaded with permission granted: no button.
    await page.reload();
    assert.equal(await page.locator('#notify-permission').isVisible(), false);
    assert.match(await page.title(), /^\(2\) /);
    await context.close();
    assert.deepEqual(problems, []);
  });

  it('should show no count when nothing waits on the user (Japanese)', async () => {
    for (const c of h.cases.list()) if (waitsOn(h.cases.view(c.id)) === 'you') h.cases.apply(c.id, user('cancel'));
    const { context, page } = await openPage(browser, 'ja', 'phone', problems);
    await page.goto(server.url);
    assert.equal(await page.title(), 'ケース一覧 · certmerge');
    assert.equal(await page.locator('#notify-permission').textContent(), '通知を有効にする');
    await context.close();
  });
});
