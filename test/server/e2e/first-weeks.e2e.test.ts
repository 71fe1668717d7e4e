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
import { launchChromium, openPage, SIZES } from '../support/browser.js';

const SHOTS = mkdtempSync(join(tmpdir(), 'certmerge-first-weeks-'));

// The machine is shared by many test runs: generous timeouts, the same assertions.
describe('a new user in a real browser (issue 16)', { timeout: 240_000 }, () => {
  let h: Harness;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let seeded: ReturnType<typeof seedCases>;
  let blanks: string;
  let attention: string;
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
    // A case support closed before the merge: the progress shows where it stopped.
    attention = h.cases.create(sampleCase({ requester: { name: 'Jiro Tanaka' } })).id;
    for (const type of ['prepared', 'case-submitted']) h.cases.apply(attention, { type, at: at(), source: 'user' } as LifecycleEvent);
    h.cases.apply(attention, { type: 'acknowledgement', at: at(), source: 'mail', messageId: '<ack-8@amazon.com>', supportCaseId: '171234567898' } as LifecycleEvent);
    h.cases.apply(attention, { type: 'case_closed', at: at(), source: 'mail', messageId: '<closed-8@amazon.com>' } as LifecycleEvent, { detail: mailDetail({ kind: 'case_closed' }) });
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

  /** A case answering an info request with a draft that still has a blank, in the case's language. */
  let supportCaseNumber = 171234567800;
  function caseWithBlank(lang: 'en' | 'ja'): string {
    const id = h.cases.create(sampleCase({ language: lang })).id;
    const at = () => h.clock.now().toISOString();
    for (const type of ['prepared', 'case-submitted']) h.cases.apply(id, { type, at: at(), source: 'user' } as LifecycleEvent);
    h.cases.apply(id, { type: 'acknowledgement', at: at(), source: 'mail', messageId: `<ack-${id}@amazon.com>`, supportCaseId: String(supportCaseNumber++) } as LifecycleEvent);
    h.cases.apply(id, { type: 'info_request', at: at(), source: 'mail', messageId: `<info-${id}@amazon.com>` } as LifecycleEvent, { detail: mailDetail({ kind: 'info_request' }) });
    const text = lang === 'ja' ? 'ご担当者様\n\n旧アカウントの合格日：［要記入：合格日］\n\n山田 太郎\n' : 'Dear Support,\n\nThe old account passed on [TO FILL IN: pass date].\n\nTaro Yamada\n';
    h.drafts.add(id, 'info', { subject: 'RE:[CASE 171234567899] info', language: lang, text });
    return id;
  }

  for (const { lang, size } of [{ lang: 'ja', size: 'desktop' }, { lang: 'en', size: 'desktop' }, { lang: 'ja', size: 'phone' }, { lang: 'en', size: 'phone' }] as const) {
    it(`should refuse to send a draft with blanks until it is edited on the dashboard (${lang}, ${size})`, async () => {
      const caseId = lang === 'ja' && size === 'desktop' ? blanks : caseWithBlank(lang);
      const filled = lang === 'ja' ? 'ご担当者様\n\n旧アカウントの合格日：2024年6月15日\n\n山田 太郎\n' : 'Dear Support,\n\nThe old account passed on 15 June 2024.\n\nTaro Yamada\n';
      const date = lang === 'ja' ? /2024年6月15日/ : /15 June 2024/;
      const { context, page } = await open(lang, size);
      await page.goto(`${server.url}/cases/${caseId}`);
      const draft = page.locator('article.draft').first();
      const id = (await draft.getAttribute('data-draft-id'))!;
      assert.match((await draft.locator('[data-blanks]').textContent()) ?? '', lang === 'ja' ? /1 か所残っています/ : /^1 blank \(\[TO FILL IN: …\]\) still to fill in/);
      await draft.locator('button[data-send-draft]').click();
      await page.waitForSelector('#review [data-blanks="1"]');
      assert.equal(await page.locator('button[data-confirm-send]').count(), 0, 'no send button while a blank is left');
      if (size === 'phone') await page.screenshot({ path: join(SHOTS, `review-blanks-${lang}-phone.png`), fullPage: true });
      await page.goto(`${server.url}/cases/${caseId}`);
      // The edit panel opens by itself while blanks are left.
      const area = page.locator(`textarea[data-draft-edit="${id}"]`);
      assert.ok(await area.isVisible());
      if (size === 'phone') {
        const box = (await area.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= SIZES.phone.width, `the text box fits the screen (${box.x}+${box.width})`);
      }
      await area.fill(filled);
      await page.click(`button[data-save-draft="${id}"]`);
      await page.waitForSelector('.flash.ok');
      assert.match(h.drafts.get(id)!.text, date);
      assert.equal(await page.locator(`#draft-${id} [data-blanks]`).count(), 0, 'no blanks left to report');
      await page.locator(`#draft-${id} button[data-send-draft]`).click();
      await page.waitForSelector('button[data-confirm-send]');
      assert.match((await page.textContent('[data-review="text"]')) ?? '', date);
      await page.screenshot({ path: join(SHOTS, `review-edited-${lang}-${size}.png`), fullPage: true });
      if (lang === 'en' && size === 'phone') {
        // What was reviewed is what is sent.
        await page.click('button[data-confirm-send]');
        await page.waitForSelector('.flash.ok');
        assert.equal(h.drafts.get(id)!.status, 'sent');
        assert.match(h.drafts.get(id)!.text, date);
      }
      await context.close();
    });
  }

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

  for (const { lang, size } of [{ lang: 'en', size: 'desktop' }, { lang: 'ja', size: 'desktop' }, { lang: 'en', size: 'phone' }, { lang: 'ja', size: 'phone' }] as const) {
    it(`should keep focus across a live refresh, announce it, name every copy button and offer a skip link (${lang}, ${size})`, async () => {
      const { context, page } = await open(lang, size);
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
      h.cases.record(seeded.draft, { at: h.clock.now().toISOString(), type: 'support_reply', source: 'mail', messageId: `<live-${lang}-${size}@amazon.com>`, summary: 'a reply', detail: mailDetail({ kind: 'support_reply' }) });
      await page.waitForFunction((n) => Number(document.body.dataset.refreshed ?? '0') > n, before, { timeout: 20_000 });
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-copy')), key, 'focus stays on the same control');
      await page.waitForFunction(() => (document.getElementById('live-announce')?.textContent ?? '') !== '');
      assert.match((await page.textContent('#live-announce')) ?? '', lang === 'ja' ? /ページを更新しました/ : /The page was updated/);
      assert.equal(await page.getAttribute('#live-announce', 'aria-live'), 'polite');
      await context.close();
    });
  }

  /**
   * WCAG contrast from computed styles: every visible text against what is behind it (backgrounds
   * composited up the tree), and the focus ring of every control reached by Tab against the background
   * around it.
   */
  async function contrastProblems(page: Page, tabs: number): Promise<{ text: string[]; focus: string[]; checked: { text: number; focus: number } }> {
    // tsx names the functions below with a helper the page does not have.
    await page.evaluate('window.__name = window.__name || ((f) => f)');
    const text = await page.evaluate(() => {
      type C = [number, number, number, number];
      const parse = (c: string): C | null => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return null;
        const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
        return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
      };
      const lum = (c: C) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
      };
      const over = (top: C, bottom: C): C => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as C;
      const bg = (el: Element | null): C => {
        const layers: C[] = [];
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c[3] > 0) {
            layers.push(c);
            if (c[3] >= 1) break;
          }
        }
        return layers.reverse().reduce((acc, l) => over(l, acc), [255, 255, 255, 1] as C);
      };
      const ratio = (a: C, b: C) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      };
      (window as unknown as { __contrast: unknown }).__contrast = { parse, bg, ratio, over };
      const bad: string[] = [];
      let n = 0;
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        if (el.closest('svg, .sr-only, script, style')) continue;
        if (!Array.from(el.childNodes).some((c) => c.nodeType === 3 && c.textContent!.trim())) continue;
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || r.bottom < 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const back = bg(el);
        const fg = over(parse(getComputedStyle(el).color)!, back);
        const k = ratio(fg, back);
        n++;
        if (k < 4.5) bad.push(`${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${el.textContent!.trim().slice(0, 30)}": ${k.toFixed(2)}:1`);
      }
      return { bad, n };
    });
    const focus: string[] = [];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < tabs; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body) return null;
        const { parse, bg, ratio, over } = (window as unknown as { __contrast: { parse(c: string): number[] | null; bg(e: Element | null): number[]; ratio(a: number[], b: number[]): number; over(a: number[], b: number[]): number[] } }).__contrast;
        const s = getComputedStyle(a);
        const around = bg(a.parentElement);
        const ring = parse(s.outlineColor);
        return { what: `${a.tagName.toLowerCase()}.${Array.from(a.classList).join('.')} "${(a.textContent ?? '').trim().slice(0, 25)}"`, style: s.outlineStyle, width: parseFloat(s.outlineWidth), k: ring ? ratio(over(ring, around), around) : 0 };
      });
      if (!r) continue;
      if (r.style === 'none' || r.width < 2 || r.k < 3) focus.push(`${r.what}: ${r.style} ${r.width}px ${r.k.toFixed(2)}:1`);
    }
    return { text: text.bad, focus, checked: { text: text.n, focus: tabs } };
  }

  for (const lang of ['ja', 'en'] as const) {
    it(`should have AA contrast for text and the focus ring on the case pages (${lang}, phone)`, async () => {
      const { context, page } = await open(lang, 'phone');
      for (const id of [seeded.draft, seeded.confirm, attention]) {
        await page.goto(`${server.url}/cases/${id}`);
        const r = await contrastProblems(page, id === seeded.draft ? 30 : 12);
        assert.ok(r.checked.text > 40, `checked ${r.checked.text} texts`);
        assert.deepEqual(r.text, [], `text below 4.5:1 on /cases/${id}`);
        assert.deepEqual(r.focus, [], `focus rings below 3:1 on /cases/${id}`);
      }
      await context.close();
    });
  }

  it('should have raised no script errors or dialogs', () => {
    assert.deepEqual(problems, []);
  });
});
