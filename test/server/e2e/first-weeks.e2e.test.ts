// Issue 16: a new user's first weeks — deliberate sends, nothing preselected, the next action first,
// focus and announcements across live refreshes — in Chromium, in both languages, at phone width.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LifecycleEvent } from '../../../src/machines/events.js';
import { sampleCase } from '../../support/case-files.js';
import { harness, mailDetail, serve, type Harness } from '../support/harness.js';
import { seedCases } from '../support/seed.js';
import { launchChromium, openPage, type SIZES } from '../support/browser.js';

const SHOTS = mkdtempSync(join(tmpdir(), 'certmerge-first-weeks-'));

// The machine is shared by many test runs: generous timeouts, the same assertions.
describe('a new user in a real browser (issue 16)', { timeout: 240_000 }, () => {
  let h: Harness;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let seeded: ReturnType<typeof seedCases>;
  let blanks: string;
  const problems: string[] = [];

  before(async () => {
    h = harness();
    seeded = seedCases(h);
    // An info request answered by a draft that still has a blank.
    blanks = h.cases.create(sampleCase()).id;
    const at = () => h.clock.now().toISOString();
    for (const type of ['prepared', 'case-submitted']) h.cases.apply(blanks, { type, at: at(), source: 'user' } as LifecycleEvent);
    h.cases.apply(blanks, { type: 'acknowledgement', at: at(), source: 'mail', messageId: '<ack-9@amazon.com>', supportCaseId: '171234567899' } as LifecycleEvent);
    h.cases.apply(blanks, { type: 'info_request', at: at(), source: 'mail', messageId: '<info-9@amazon.com>' } as LifecycleEvent, { detail: mailDetail({ kind: 'info_request' }) });
    h.drafts.add(blanks, 'info', { subject: 'RE:[CASE 171234567899] info', text: 'ご担当者様\n\n旧アカウントの合格日：［要記入：合格日］\n\n山田 太郎\n' });
    server = await serve(h, { pollMs: 100 });
    browser = await launchChromium();
    console.log(`# screenshots in ${SHOTS}`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    h?.close();
  });

  async function open(lang: 'en' | 'ja', size: keyof typeof SIZES): Promise<{ context: BrowserContext; page: Page }> {
    const r = await openPage(browser, lang, size, problems);
    r.context.setDefaultTimeout(20_000);
    r.page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    return r;
  }
  const top = async (page: Page, sel: string) => (await page.locator(sel).first().boundingBox())!.y;

  for (const lang of ['ja', 'en'] as const) {
    it(`should put the next action and the draft first on a phone, and send only after a review (${lang})`, async () => {
      const { context, page } = await open(lang, 'phone');
      await page.goto(`${server.url}/cases/${seeded.confirm}`);
      await page.screenshot({ path: join(SHOTS, `confirm-${lang}-phone.png`), fullPage: true });
      const order = [await top(page, '#next-step'), await top(page, '#drafts'), await top(page, '#progress'), await top(page, '#timeline')];
      assert.deepEqual([...order].sort((a, b) => a - b), order, `next step, draft, progress, timeline: ${order.join(', ')}`);
      assert.ok(order[1]! < 812 * 1.5, `the draft starts within the first screen and a half (${order[1]})`);
      assert.equal(await page.textContent('.progress-steps li[aria-current="step"]'), lang === 'ja' ? '承諾' : 'Consent');
      assert.equal(await page.isVisible('svg.diagram'), false, 'the full diagram is one click away');
      await page.click('#diagram-details > summary');
      assert.ok(await page.isVisible('svg.diagram'));
      assert.equal(await page.isVisible('.why ul'), false, 'why lists are folded');

      await page.click('#next-step button[data-send-draft]');
      await page.waitForSelector('#review');
      assert.equal(await page.textContent('[data-review="to"]'), 'aws-cs-trainingcertification-form@amazon.com');
      assert.match((await page.textContent('[data-review="subject"]')) ?? '', /^RE:\[CASE 171234567890\]/);
      assert.match((await page.textContent('#review')) ?? '', lang === 'ja' ? /統合を承諾します/ : /agrees to the merge/);
      await page.screenshot({ path: join(SHOTS, `review-${lang}-phone.png`), fullPage: true });
      assert.equal(h.drafts.get('d1')!.status, 'drafted', 'opening the review sends nothing');
      if (lang === 'ja') {
        // Back without sending: still a draft.
        await page.click(`a[href$="#draft-d1"]`);
        await page.waitForSelector('#draft-d1');
        assert.equal(h.drafts.get('d1')!.status, 'drafted');
      } else {
        await page.click('button[data-confirm-send]');
        await page.waitForSelector('.flash.ok');
        assert.equal(h.drafts.get('d1')!.status, 'sent');
        assert.equal(h.cases.view(seeded.confirm).state, 'awaitingCompletion');
      }
      await context.close();
    });
  }

  it('should refuse to send a draft with blanks until it is edited on the dashboard (ja, desktop)', async () => {
    const { context, page } = await open('ja', 'desktop');
    await page.goto(`${server.url}/cases/${blanks}`);
    const draft = page.locator('article.draft').first();
    const id = (await draft.getAttribute('data-draft-id'))!;
    assert.match((await draft.locator('[data-blanks]').textContent()) ?? '', /1 か所残っています/);
    await draft.locator('button[data-send-draft]').click();
    await page.waitForSelector('#review [data-blanks="1"]');
    assert.equal(await page.locator('button[data-confirm-send]').count(), 0, 'no send button while a blank is left');
    await page.goto(`${server.url}/cases/${blanks}`);
    // The edit panel opens by itself while blanks are left.
    const area = page.locator(`textarea[data-draft-edit="${id}"]`);
    assert.ok(await area.isVisible());
    await area.fill('ご担当者様\n\n旧アカウントの合格日：2024年6月15日\n\n山田 太郎\n');
    await page.click(`button[data-save-draft="${id}"]`);
    await page.waitForSelector('.flash.ok');
    assert.match(h.drafts.get(id)!.text, /2024年6月15日/);
    await page.locator(`#draft-${id} button[data-send-draft]`).click();
    await page.waitForSelector('button[data-confirm-send]');
    assert.match((await page.textContent('[data-review="text"]')) ?? '', /2024年6月15日/);
    await page.screenshot({ path: join(SHOTS, 'review-edited-ja-desktop.png'), fullPage: true });
    await context.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`should preselect nothing in the corrections form and ask before cancelling (${lang}, phone)`, async () => {
      const { context, page } = await open(lang, 'phone');
      await page.goto(`${server.url}/cases/${seeded.draft}`);
      const select = page.locator('#correction select[name="type"]');
      assert.equal(await select.inputValue(), '');
      await page.click('#correction button[type="submit"]');
      // The browser refuses an empty required choice: nothing was posted.
      assert.equal(await page.evaluate(() => (document.querySelector('#correction select') as HTMLSelectElement).validity.valueMissing), true);
      assert.equal(h.cases.view(seeded.draft).state, 'caseDraft');
      await select.selectOption('cancel');
      await page.click('#correction button[type="submit"]');
      await page.waitForSelector('button[data-confirm-cancel]');
      assert.equal(h.cases.view(seeded.draft).state, 'caseDraft', 'asked, not cancelled');
      await page.screenshot({ path: join(SHOTS, `cancel-ask-${lang}-phone.png`), fullPage: true });
      await page.click('#review a.button');
      await page.waitForSelector('#next-step');
      assert.equal(h.cases.view(seeded.draft).state, 'caseDraft');
      await context.close();
    });
  }

  for (const lang of ['en', 'ja'] as const) {
    it(`should keep focus across a live refresh, announce it, name every copy button and offer a skip link (${lang})`, async () => {
      const { context, page } = await open(lang, 'desktop');
      await page.goto(`${server.url}/cases/${seeded.draft}`);
      await page.waitForFunction(() => document.body.dataset.live === 'connected');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
      assert.ok(await page.isVisible('.skip-link'), 'visible when focused');
      const names = await page.$$eval('button[data-copy]', (bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent));
      assert.ok(names.length >= 4);
      assert.equal(new Set(names).size, names.length, `distinct names: ${names.join(' | ')}`);
      assert.match(names[0]!, lang === 'ja' ? /^コピー：/ : /^Copy: /);
      const target = page.locator('button[data-copy]').nth(2);
      const key = await target.getAttribute('data-copy');
      await target.focus();
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
      assert.equal(ring, 'rgb(28, 91, 184)', 'the focus ring is the accent colour (>= 3:1 on white and the page)');
      const before = Number(await page.evaluate(() => document.body.dataset.refreshed ?? '0'));
      h.cases.record(seeded.draft, { at: h.clock.now().toISOString(), type: 'support_reply', source: 'mail', messageId: `<live-${lang}@amazon.com>`, summary: 'a reply', detail: mailDetail({ kind: 'support_reply' }) });
      await page.waitForFunction((n) => Number(document.body.dataset.refreshed ?? '0') > n, before, { timeout: 20_000 });
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-copy')), key, 'focus stays on the same control');
      await page.waitForFunction(() => (document.getElementById('live-announce')?.textContent ?? '') !== '');
      assert.match((await page.textContent('#live-announce')) ?? '', lang === 'ja' ? /ページを更新しました/ : /The page was updated/);
      assert.equal(await page.getAttribute('#live-announce', 'aria-live'), 'polite');
      await context.close();
    });
  }

  it('should have raised no script errors or dialogs', () => {
    assert.deepEqual(problems, []);
  });
});
