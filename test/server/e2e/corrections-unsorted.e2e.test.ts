// Issue 16, items 2 and 3, in Chromium on the whole wired app (mail pipeline, drafts, unsorted mail; only the
// mailbox is fake): a misread mail corrected on the case page yields its draft, once; unsorted mail put on its
// case or ignored; a case that needs a person says why and offers the ways on — ja and en, desktop and phone.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dashboardDeps } from '../../../src/app/dashboard-deps.js';
import { sampleThread, type ThreadMessage } from '../../../src/demo/sample-thread.js';
import { startDashboard } from '../../../src/server/dashboard.js';
import { en } from '../../../src/server/i18n/en.js';
import { ja } from '../../../src/server/i18n/ja.js';
import { sampleCase } from '../../support/case-files.js';
import { AUTHSERV, testApp } from '../../support/app.js';
import { launchChromium, openPage, type SIZES } from '../support/browser.js';

const SHOTS = process.env.CERTMERGE_SHOTS ?? mkdtempSync(join(tmpdir(), 'certmerge-corrections-'));

const runs = [
  { lang: 'ja', size: 'phone' },
  { lang: 'en', size: 'phone' },
  { lang: 'ja', size: 'desktop' },
  { lang: 'en', size: 'desktop' },
] as const;

describe('corrections, unsorted mail and a case that needs you, in a real browser on the wired app (issue 16)', { timeout: 240_000 }, () => {
  let t: ReturnType<typeof testApp>;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  const problems: string[] = [];
  const apps: { t: ReturnType<typeof testApp>; server: { close(): Promise<void> } }[] = [];
  let uid = 1;
  let nextCaseNumber = 171234560000;

  /**
   * A fresh app and dashboard for the test (a correction teaches the kind model, which would read the
   * next run's mail differently): `t` and `server` point at it.
   */
  async function wired(): Promise<void> {
    t = testApp();
    const deps = dashboardDeps(t.app, { ...t.config, dashboard: { ...t.config.dashboard, port: 0 } }, pino({ level: 'silent' }));
    server = await startDashboard(deps, { pollMs: 100 });
    apps.push({ t, server });
  }

  before(async () => {
    browser = await launchChromium();
    console.log(`# screenshots in ${SHOTS}`);
  });
  after(async () => {
    await browser?.close();
    for (const a of apps) {
      await a.server.close();
      a.t.app.ctx.close();
      rmSync(a.t.dir, { recursive: true, force: true });
    }
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
  const deliver = (m: ThreadMessage) =>
    t.sourceDeps.onMessage({ role: m.role, mailbox: m.role === 'inbox' ? 'INBOX' : 'Sent', uidValidity: '1', uid: uid++, raw: m.raw, size: m.raw.length, truncated: false });
  /** A support thread for a case number of its own (`authservId` other than the trusted one: an unverified sender). */
  const thread = (lang: 'en' | 'ja', authservId = AUTHSERV, supportCaseId = String(nextCaseNumber++)) =>
    sampleThread({ caseFile: sampleCase({ language: lang }), supportCaseId, authservId, user: 'taro.personal@example.com', start: t.clock.now() });
  /** A submitted case whose receipt came (awaitingSupport), with the rest of its thread to deliver. */
  async function submittedCase(lang: 'en' | 'ja') {
    const caseFile = sampleCase({ language: lang });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const supportCaseId = String(nextCaseNumber++);
    const mails = await sampleThread({ caseFile, supportCaseId, authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    await deliver(mails[0]!);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport');
    return { id, mails, supportCaseId };
  }
  const noSideScroll = async (page: Page, what: string) => {
    const w = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    assert.ok(w <= page.viewportSize()!.width, `${what}: the page is ${w}px wide, wider than the screen`);
  };
  const draftsOnPage = (page: Page) => page.locator('#drafts article.draft').count();

  for (const { lang, size } of runs) {
    const tag = `${lang}-${size}`;
    const d = lang === 'ja' ? ja : en;
    // Both corrections the issue names: a misread mail that was really a confirmation request, or a request for details.
    const kind = size === 'phone' ? 'confirmation_request' : 'info_request';
    const draftKind = kind === 'confirmation_request' ? 'confirmation' : 'info';

    it(`should draft for a misread mail corrected on the case page, as if read right, once (${tag}, ${kind})`, async () => {
      await wired();
      const { id, mails } = await submittedCase(lang);
      const misread = mails[1]!; // the automated answer: recorded, nothing drafted
      await deliver(misread);
      assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport');
      const { context, page } = await open(lang, size);
      await page.goto(`${server.url}/cases/${id}`);
      assert.equal(await draftsOnPage(page), 0);
      const entry = page.locator(`li.entry[data-type="ai_answer"]`);
      await entry.locator('details.correct > summary').click();
      const select = entry.locator('select[name="kind"]');
      assert.equal(await select.inputValue(), '', 'nothing preselected');
      await select.selectOption(kind);
      await entry.locator('details.correct button[type="submit"]').click();
      await page.waitForSelector('.flash.ok');
      assert.equal((await page.textContent('.flash.ok'))?.trim(), d.flash.reclassified, 'the word on the correction stays across the live refresh');
      // The draft is made right after the correction; the page shows it (at once or by its live refresh).
      await page.waitForSelector('#drafts article.draft', { timeout: 20_000 });
      assert.equal(await page.getAttribute('[data-current-state]', 'data-current-state'), kind === 'confirmation_request' ? 'confirmationRequested' : 'infoRequested');
      const drafts = t.app.draftStore.forCase(id);
      assert.deepEqual(drafts.map((x) => [x.kind, x.status, x.inReplyTo]), [[draftKind, 'drafted', misread.messageId]], 'answers the corrected mail');
      const draftId = (await page.getAttribute('#drafts article.draft', 'data-draft-id'))!;
      // What to do now is sending that draft (after its review), in the page's language.
      assert.equal(await page.getAttribute('#next-step button[data-send-draft]', 'data-send-draft'), draftId);
      assert.equal((await page.textContent('#next-step .next-text'))?.trim(), kind === 'confirmation_request' ? d.next.confirmationRequestedDraft : d.next.infoRequestedDraft);
      // The timeline records the correction as the user's.
      assert.ok(await page.locator(`li.entry.source-user[data-type="${kind}"]`).count() >= 1);
      await page.screenshot({ path: join(SHOTS, `corrected-draft-${tag}.png`), fullPage: true });
      if (size === 'phone') await noSideScroll(page, 'case page with the draft');
      // Once: another reconcile, a reload — still the one draft.
      await t.app.afterChange([id]);
      await page.reload();
      await page.waitForSelector('#drafts');
      assert.equal(await draftsOnPage(page), 1);
      assert.equal(t.app.draftStore.forCase(id).length, 1);
      await context.close();
    });

    // The unsorted list and the attention card are plain: their desktop runs would add time, not cover more.
    if (size === 'desktop') continue;

    it(`should list unsorted mail, ignore one and put another on its case, which then has its draft (${tag})`, async () => {
      await wired();
      const { id, supportCaseId } = await submittedCase(lang);
      const stray = (await thread(lang))[2]!; // a request for details under a case number no case has
      // The case's own confirmation request, verified only by a server certmerge does not trust: it moves nothing.
      const forged = (await thread(lang, 'mx.not-trusted.example', supportCaseId))[4]!;
      await deliver(stray);
      await deliver(forged);
      const { context, page } = await open(lang, size);
      await page.goto(`${server.url}/`);
      await page.click(`header a[href="/unsorted"]`);
      await page.waitForURL(/\/unsorted$/);
      assert.equal((await page.textContent('h1'))?.trim(), d.review.unsortedTitle);
      const strayItem = page.locator(`li[data-unsorted-message="${stray.messageId}"]`);
      const forgedItem = page.locator(`li[data-unsorted-message="${forged.messageId}"]`);
      assert.equal((await strayItem.locator('.badge.warn').textContent())?.trim(), d.review.unsortedWhy.unmatched);
      assert.equal((await forgedItem.locator('.badge.warn').textContent())?.trim(), d.review.unsortedWhy.untrusted);
      assert.match((await strayItem.textContent()) ?? '', new RegExp(d.mailKinds.info_request));
      assert.equal(await strayItem.locator('select[name="caseId"]').inputValue(), '', 'no case preselected');
      await page.screenshot({ path: join(SHOTS, `unsorted-${tag}.png`), fullPage: true });
      if (size === 'phone') await noSideScroll(page, 'unsorted page');

      await forgedItem.locator('button[data-unsorted="ignore"]').click();
      await page.waitForSelector('.flash.ok');
      assert.equal((await page.textContent('.flash.ok'))?.trim(), d.review.ignoredDone);
      assert.equal(await page.locator(`li[data-unsorted-message="${forged.messageId}"]`).count(), 0, 'ignored: gone from the list');
      assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport', 'ignoring moves nothing');

      // The case is named by its ID (and its support case number): pick it and put the mail on it.
      const option = strayItem.locator(`select[name="caseId"] option[value="${id}"]`);
      assert.match((await option.textContent()) ?? '', new RegExp(`^${id} · #\\d+ · ${d.states.awaitingSupport}$`));
      await strayItem.locator('select[name="caseId"]').selectOption(id);
      await strayItem.locator('button[data-unsorted="assign"]').click();
      await page.waitForURL(new RegExp(`/cases/${id}`));
      assert.equal((await page.textContent('.flash.ok'))?.trim(), d.review.assigned);
      await page.waitForSelector('#drafts article.draft', { timeout: 20_000 });
      assert.equal(t.app.ctx.cases.view(id).state, 'infoRequested');
      assert.equal(t.app.ctx.cases.view(id).timeline.at(-1)!.source, 'user', 'applied as the user\'s');
      assert.deepEqual(t.app.draftStore.forCase(id).map((x) => [x.kind, x.inReplyTo]), [['info', stray.messageId]]);
      assert.equal(await draftsOnPage(page), 1);
      const left = await (await fetch(`${server.url}/api/unsorted`)).json() as { messageId: string }[];
      assert.deepEqual(left.filter((m) => m.messageId === stray.messageId || m.messageId === forged.messageId), [], 'neither is unsorted any more');
      await context.close();
    });

    it(`should say why a case needs you in the page's language and offer the ways on (${tag})`, async () => {
      await wired();
      const { id, mails } = await submittedCase(lang);
      t.app.ctx.cases.apply(id, { type: 'case_closed', at: t.clock.now().toISOString(), source: 'mail', messageId: `<closed-${tag}@amazon.com>` }, {
        detail: { kind: 'case_closed', subject: mails[0]!.note, reasons: ['body says the case was resolved'], trusted: true, trustReasons: [], problems: [] },
      });
      assert.equal(t.app.ctx.cases.view(id).state, 'needsAttention');
      const { context, page } = await open(lang, size);
      await page.goto(`${server.url}/cases/${id}`);
      assert.equal((await page.textContent('[data-current-state]'))?.trim(), d.states.needsAttention);
      const why = (await page.textContent('#next-step .next-text'))?.trim() ?? '';
      assert.equal(why, `${d.review.attentionClosed}${lang === 'ja' ? '' : ' '}${d.review.attentionWhat}`, 'no space between Japanese sentences');
      if (lang === 'ja') assert.doesNotMatch(why.replace(/AWS|certmerge/g, ''), /[A-Za-z]{3,}/, 'no English on the Japanese page');
      // The classifier's own line is there, folded, under a heading in the page's language.
      assert.equal(await page.isVisible('#attention-detail .attention'), false);
      assert.equal((await page.textContent('#attention-detail > summary'))?.trim(), d.casePage.attention);
      // The three ways on.
      assert.equal((await page.textContent('#next-step button[data-event="reply-sent"]'))?.trim(), d.review.repliedReopens);
      assert.equal((await page.textContent('#next-step button[data-event="reopen"]'))?.trim(), d.actions.reopen);
      assert.equal((await page.textContent('#next-step a[href="/cases/new"]'))?.trim(), d.review.newCase);
      await page.screenshot({ path: join(SHOTS, `needs-attention-${tag}.png`), fullPage: true });
      if (size === 'phone') await noSideScroll(page, 'case that needs you');
      // Replying to support (in Japanese) or resuming here (in English) takes the case on.
      await page.click(`#next-step button[data-event="${lang === 'ja' ? 'reply-sent' : 'reopen'}"]`);
      await page.waitForSelector('.flash.ok');
      assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport');
      await context.close();
    });
  }

  it('should point an overdue wait for the receipt at the unsorted mail where the receipt is (ja and en, phone)', async () => {
    await wired();
    const caseFile = sampleCase();
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    // The receipt came from a server certmerge does not trust: it moved nothing.
    const receipt = (await sampleThread({ caseFile, supportCaseId: String(nextCaseNumber++), authservId: 'mx.not-trusted.example', user: 'taro.personal@example.com', start: t.clock.now() }))[0]!;
    await deliver(receipt);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingAcknowledgement');
    t.time.advance(3 * 86400_000);
    t.app.ctx.cases.fireDueDeadlines();
    assert.equal(t.app.ctx.cases.view(id).overdue, true);
    for (const lang of ['ja', 'en'] as const) {
      const { context, page } = await open(lang, 'phone');
      await page.goto(`${server.url}/cases/${id}`);
      const hint = page.locator('#next-step [data-unsorted-hint] a');
      assert.equal((await hint.textContent())?.trim(), (lang === 'ja' ? ja : en).review.unsortedHint);
      await hint.click();
      await page.waitForURL(/\/unsorted$/);
      assert.equal(await page.locator(`li[data-unsorted-message="${receipt.messageId}"]`).count(), 1);
      await context.close();
    }
  });

  it('should have raised no script errors or dialogs', () => {
    assert.deepEqual(problems, []);
  });
});
