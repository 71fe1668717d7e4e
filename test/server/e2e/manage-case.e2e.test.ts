// Issue 16, item 6: edit a case, delete a case, a duplicate pair warned — in Chromium, in both languages,
// at phone width without script (plain forms) and at desktop width with it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { sampleCase } from '../../support/case-files.js';
import { harness, serve, type Harness } from '../support/harness.js';
import { launchChromium, SIZES } from '../support/browser.js';

const SHOTS = process.env.CERTMERGE_SHOTS ?? mkdtempSync(join(tmpdir(), 'certmerge-manage-'));

describe('editing, deleting and duplicate cases in a real browser (issue 16)', { timeout: 240_000 }, () => {
  let h: Harness;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    h = harness();
    server = await serve(h, { pollMs: 100 });
    browser = await launchChromium();
    console.log(`# screenshots in ${SHOTS}`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    h?.close();
  });

  async function open(lang: 'en' | 'ja', size: keyof typeof SIZES, script: boolean): Promise<Page> {
    const context = await browser.newContext({ viewport: SIZES[size], javaScriptEnabled: script, locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'Accept-Language': lang === 'ja' ? 'ja,en;q=0.5' : 'en' } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    return page;
  }
  const noSideScroll = async (page: Page, what: string) => {
    const w = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    assert.ok(w <= page.viewportSize()!.width, `${what}: the page is ${w}px wide, wider than the screen`);
  };

  const runs = [
    { lang: 'ja', size: 'phone', script: false },
    { lang: 'en', size: 'phone', script: false },
    { lang: 'ja', size: 'desktop', script: true },
    { lang: 'en', size: 'desktop', script: true },
  ] as const;

  for (const { lang, size, script } of runs) {
    const tag = `${lang}-${size}${script ? '' : '-noscript'}`;
    const L = (ja: string, en: string) => (lang === 'ja' ? ja : en);

    it(`edits a case after a confirmation, with errors beside the field (${tag})`, async () => {
      const { id } = h.cases.create(sampleCase());
      const page = await open(lang, size, script);
      await page.goto(`${server.url}/cases/${id}`);
      await page.click('[data-edit-case]');
      assert.equal(await page.inputValue('#f-target-candidateId'), 'AWS01234567', 'prefilled');
      // A broken e-mail is refused beside its field, in the page's language.
      await page.fill('#f-source-loginEmail', 'not-an-address');
      await page.click('#review-edit');
      const err = await page.textContent('#f-source-loginEmail-error');
      assert.match(err ?? '', lang === 'ja' ? /メールアドレスを入力してください/ : /expected an email address/);
      await page.screenshot({ path: join(SHOTS, `edit-error-${tag}.png`), fullPage: true });
      await noSideScroll(page, 'edit form');
      await page.fill('#f-source-loginEmail', 'taro.old@corp.example.co.jp');
      await page.fill('#f-requester-company', 'Example Holdings');
      await page.click('#review-edit');
      await page.waitForSelector('[data-confirm-edit]');
      assert.equal(h.cases.view(id).case.requester.company, 'Example Corp', 'nothing stored before the second button');
      assert.match((await page.textContent('[data-change="requester.company"]')) ?? '', /Example Corp\s*Example Holdings/);
      await page.screenshot({ path: join(SHOTS, `edit-confirm-${tag}.png`), fullPage: true });
      await noSideScroll(page, 'edit confirmation');
      await page.click('[data-confirm-edit]');
      await page.waitForURL(new RegExp(`/cases/${id}$`));
      assert.match((await page.textContent('.flash.ok')) ?? '', new RegExp(L('ケースの内容を保存しました', 'The case details were saved')));
      const v = h.cases.view(id);
      assert.equal(v.case.requester.company, 'Example Holdings');
      assert.equal(v.case.source.loginEmail, 'taro.old@corp.example.co.jp');
      assert.equal(v.state, 'preparing');
      await page.context().close();
    });

    it(`warns about a duplicate on create, then tells the two apart (${tag})`, async () => {
      const c = { ...sampleCase(), target: { ...sampleCase().target, candidateId: `AWS9${runs.findIndex((r) => r.lang === lang && r.size === size)}0001` } };
      const first = h.cases.create(c).id;
      const page = await open(lang, size, script);
      await page.goto(`${server.url}/cases/new`);
      await page.fill('#f-requester-name', c.requester.name);
      await page.fill('#f-reason', c.reason);
      await page.fill('#f-target-candidateId', c.source.candidateId); // the other way round: still the same pair
      await page.fill('#f-target-loginEmail', c.source.loginEmail);
      await page.fill('#f-source-candidateId', c.target.candidateId);
      await page.fill('#f-source-loginEmail', c.target.loginEmail);
      await page.click('#create');
      await page.waitForSelector('#duplicates');
      assert.match((await page.textContent('#duplicates')) ?? '', new RegExp(first));
      assert.match((await page.textContent('#duplicates strong')) ?? '', new RegExp(L('同じ 2 つのアカウント', 'The same two accounts')));
      await page.screenshot({ path: join(SHOTS, `duplicate-create-${tag}.png`), fullPage: true });
      await noSideScroll(page, 'duplicate warning');
      const before = h.cases.list().length;
      await page.click('#create');
      await page.waitForURL(/\/cases\/[a-z0-9]{8}$/);
      assert.equal(h.cases.list().length, before + 1);
      assert.match((await page.textContent('#duplicates')) ?? '', new RegExp(first), 'the new case page names the other');
      await page.screenshot({ path: join(SHOTS, `duplicate-case-${tag}.png`), fullPage: false });
      await page.goto(`${server.url}/`);
      const cards = page.locator(`.case-card:has-text("${c.target.candidateId}")`);
      assert.equal(await cards.count(), 2);
      const ids = await cards.locator('[data-case-id-text]').allTextContents();
      assert.equal(new Set(ids).size, 2, 'each card shows its own case ID');
      assert.match((await cards.first().locator('.case-emails').textContent()) ?? '', /@/);
      await page.screenshot({ path: join(SHOTS, `list-${tag}.png`), fullPage: false });
      await noSideScroll(page, 'case list');
      await page.context().close();
    });

    it(`deletes a case only from its confirmation page (${tag})`, async () => {
      const { id } = h.cases.create(sampleCase());
      const page = await open(lang, size, script);
      await page.goto(`${server.url}/cases/${id}`);
      await page.click('[data-delete-case]');
      await page.waitForSelector('[data-confirm-delete]');
      assert.ok(h.cases.list().some((x) => x.id === id), 'the first button deletes nothing');
      assert.equal(await page.textContent('h1'), L('このケースを削除しますか？', 'Delete this case?'));
      await page.screenshot({ path: join(SHOTS, `delete-confirm-${tag}.png`), fullPage: true });
      await noSideScroll(page, 'delete confirmation');
      await page.click('[data-confirm-delete]');
      await page.waitForURL(`${server.url}/`);
      assert.match((await page.textContent('.flash.ok')) ?? '', new RegExp(L(`ケース ${id} を削除しました`, `Case ${id} was deleted`)));
      assert.equal(await page.locator(`[data-case-id="${id}"]`).count(), 0);
      assert.ok(!h.cases.list().some((x) => x.id === id));
      await page.context().close();
    });
  }

  it('has no script errors', () => {
    assert.deepEqual(problems, []);
  });
});
