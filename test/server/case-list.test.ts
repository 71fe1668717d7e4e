import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { dict } from '../../src/server/i18n/index.js';
import { cardFromSummary, cardFromView, caseCard } from '../../src/server/views/case-list.js';
import type { PageContext } from '../../src/server/views/page.js';
import { waitingSince, waitingSinceFromHistory } from '../../src/server/waiting.js';
import { sampleCase } from '../support/case-files.js';
import { mailDetail, servedPerTest, type Harness, type Served } from './support/harness.js';
import { call } from './support/http.js';

const html = { accept: 'text/html' };

/** Cases in every kind of state the list shows differently; returns their ids by name. */
function seedStates(h: Harness): Record<string, string> {
  const { cases, clock, time } = h;
  const at = () => clock.now().toISOString();
  const tick = (minutes = 37) => time.advance(minutes * 60_000);
  const user = (id: string, type: string, extra: object = {}) => {
    tick();
    cases.apply(id, { type, at: at(), source: 'user', ...extra } as LifecycleEvent);
  };
  let n = 0;
  const mail = (id: string, type: string, extra: object = {}, detail: object = {}) => {
    tick();
    n++;
    cases.apply(id, { type, at: at(), source: 'mail', messageId: `<m${n}@amazon.com>`, ...extra } as LifecycleEvent, { detail: mailDetail({ kind: type, subject: `[CASE 17123456789${n % 10}] ${type} #${n}`, ...detail }) });
  };
  const ignored = (id: string, subject: string | null) => {
    tick();
    n++;
    cases.record(id, { at: at(), type: 'support_reply', source: 'mail', messageId: `<x${n}@elsewhere.example>`, summary: 'Ignored: automatic reply (out of office)', detail: subject === null ? undefined : mailDetail({ subject, trusted: false }) });
  };
  const submitted = (name: string) => {
    const id = cases.create(sampleCase({ requester: { name } })).id;
    user(id, 'prepared');
    user(id, 'case-submitted');
    return id;
  };
  const ids: Record<string, string> = {};

  // Waits that will be overdue.
  ids.ackOverdue = submitted('Ack Overdue');
  ids.supportOverdue = submitted('Support Overdue');
  mail(ids.supportOverdue, 'acknowledgement', { supportCaseId: '171234567801' });
  ids.completionOverdue = submitted('Completion Overdue');
  mail(ids.completionOverdue, 'acknowledgement', { supportCaseId: '171234567802' });
  mail(ids.completionOverdue, 'confirmation_request');
  user(ids.completionOverdue, 'confirmation-sent');
  user(ids.completionOverdue, 'reply-sent'); // recorded in awaitingCompletion: the wait on support starts over
  ids.transferOverdue = submitted('Transfer Overdue');
  mail(ids.transferOverdue, 'acknowledgement', { supportCaseId: '171234567803' });
  mail(ids.transferOverdue, 'merge_completed');
  user(ids.transferOverdue, 'badges-missing');
  user(ids.transferOverdue, 'reply-sent');
  time.advance(10 * 86400_000);
  cases.fireDueDeadlines();

  // Everything else, with waits still running.
  ids.preparing = cases.create(sampleCase({ requester: { name: 'Just Created' } })).id;
  ids.caseDraft = cases.create(sampleCase({ requester: { name: 'Form Ready' } })).id;
  user(ids.caseDraft, 'prepared');
  ids.waitingAck = submitted('Waiting Ack');
  ids.supportRestarted = submitted('Support Restarted');
  mail(ids.supportRestarted, 'acknowledgement', { supportCaseId: '171234567804' });
  mail(ids.supportRestarted, 'ai_answer');
  user(ids.supportRestarted, 'reply-sent');
  ignored(ids.supportRestarted, 'Out of office: back on Monday');
  ids.infoRequested = submitted('Info Requested');
  mail(ids.infoRequested, 'acknowledgement', { supportCaseId: '171234567805' });
  mail(ids.infoRequested, 'info_request');
  ignored(ids.infoRequested, null); // an ignored mail without a subject: the list names its kind
  ids.confirmation = submitted('Confirmation');
  mail(ids.confirmation, 'acknowledgement', { supportCaseId: '171234567806' });
  mail(ids.confirmation, 'info_request');
  user(ids.confirmation, 'reply-sent');
  mail(ids.confirmation, 'confirmation_request');
  ids.done = submitted('All Done');
  mail(ids.done, 'acknowledgement', { supportCaseId: '171234567807' });
  mail(ids.done, 'merge_completed');
  for (const t of ['certifications-verified', 'benefits-verified', 'badges-verified']) user(ids.done, t);
  ids.cancelled = submitted('Gave Up');
  user(ids.cancelled, 'cancel', { reason: 'merged by phone' });
  ids.needsAttention = submitted('Closed Early');
  mail(ids.needsAttention, 'acknowledgement', { supportCaseId: '171234567808' });
  mail(ids.needsAttention, 'case_closed', {}, { subject: 'Your case was closed' });
  ids.reopened = submitted('Reopened');
  mail(ids.reopened, 'acknowledgement', { supportCaseId: '171234567809' });
  mail(ids.reopened, 'case_closed');
  user(ids.reopened, 'reopen');
  tick(180);
  return ids;
}

describe('the case list from summaries', () => {
  let h: Harness;
  let server: Served;
  servedPerTest((harnessed, served) => {
    h = harnessed;
    server = served;
  });

  it('should agree with the full case view on every card: state, overdue, due time, waits, last mail', async () => {
    const ids = seedStates(h);
    const { items, total } = h.cases.summaries({ limit: 100, offset: 0 });
    assert.equal(total, Object.keys(ids).length);
    const ctx = (lang: 'en' | 'ja'): PageContext => ({ t: dict(lang), path: '/', now: h.clock.now(), mail: { ...h.status }, canLogout: false, flash: null });
    for (const s of items) {
      const view = h.cases.view(s.id);
      const name = Object.keys(ids).find((k) => ids[k] === s.id);
      for (const k of ['state', 'statePath', 'supportCaseId', 'overdue', 'createdAt', 'updatedAt', 'dueAt'] as const) assert.deepEqual(s[k], view[k], `${name}: ${k}`);
      assert.equal(waitingSinceFromHistory(s, h.cases.history(s.id)), waitingSince(view), `${name}: waiting since`);
      const fromSummary = cardFromSummary(s, waitingSinceFromHistory(s, h.cases.history(s.id)));
      assert.deepEqual(fromSummary, cardFromView(view), `${name}: card`);
      for (const lang of ['en', 'ja'] as const) assert.equal(caseCard(ctx(lang), fromSummary).toString(), caseCard(ctx(lang), cardFromView(view)).toString(), `${name}: ${lang} card HTML`);
    }
    // The states the seed meant to produce, so the comparison above covers them.
    const state = (k: string) => items.find((s) => s.id === ids[k])!;
    assert.deepEqual(['ackOverdue', 'supportOverdue', 'completionOverdue', 'transferOverdue'].map((k) => state(k).overdue), [true, true, true, true]);
    assert.equal(state('transferOverdue').statePath.includes('verifying.badges.awaitingTransfer.overdue'), true);
    assert.equal(state('supportRestarted').lastMail?.detail?.subject, 'Out of office: back on Monday');
    assert.equal(state('preparing').lastMail, null);
    assert.notEqual(state('waitingAck').dueAt, null);
    assert.deepEqual(['needsAttention', 'done', 'cancelled', 'reopened'].map((k) => state(k).state), ['needsAttention', 'done', 'cancelled', 'awaitingSupport']);
    // Open cases first, the most recently updated first; done and cancelled at the end.
    assert.deepEqual(items.slice(-2).map((s) => s.state).sort(), ['cancelled', 'done']);
    const open = items.slice(0, -2).map((s) => s.updatedAt);
    assert.deepEqual(open, [...open].sort().reverse());
  });

  it('should serve the cards the full views would render, in that order', async () => {
    seedStates(h);
    const r = await call(server.url, '/?lang=en', { headers: html });
    assert.equal(r.status, 200);
    const ctx: PageContext = { t: dict('en'), path: '/', now: h.clock.now(), mail: { ...h.status }, canLogout: false, flash: null };
    const order = h.cases.summaries({ limit: 100, offset: 0 }).items.map((s) => s.id);
    const expected = order.map((id) => caseCard(ctx, cardFromView(h.cases.view(id))).toString()).join('');
    assert.ok(r.text.includes(`<ul class="case-list">${expected}</ul>`), 'the list is exactly the full views’ cards');
    assert.doesNotMatch(r.text, /class="pager"/, 'one page: no pager');
  });

  it('should page a long list, 50 a page, with page links in both languages', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      h.time.advance(60_000);
      ids.push(h.cases.create(sampleCase({ requester: { name: `Person ${i}` } })).id);
    }
    h.time.advance(60_000);
    h.cases.apply(ids[0]!, { type: 'cancel', at: h.clock.now().toISOString(), source: 'user' });
    const cards = (text: string) => [...text.matchAll(/data-case-id="([^"]+)"/g)].map((m) => m[1]);

    const p1 = await call(server.url, '/?lang=en', { headers: html });
    assert.equal(cards(p1.text).length, 50);
    assert.equal(cards(p1.text)[0], ids[119], 'the most recently updated open case first');
    assert.match(p1.text, /Cases 1–50 of 120: open cases first/);
    assert.match(p1.text, /<a class="button small" rel="next" href="\/\?page=2">Next ›<\/a>/);
    assert.match(p1.text, /<span class="page-number current" aria-current="page" aria-label="Page 1">1<\/span>/);
    assert.match(p1.text, /<a class="page-number" href="\/\?page=3" aria-label="Page 3">3<\/a>/);
    assert.match(p1.text, /<span class="button small disabled" aria-disabled="true">‹ Previous<\/span>/);
    assert.match(p1.text, /class="lang" href="\/\?lang=ja"/);

    const p3 = await call(server.url, '/?page=3', { headers: { ...html, 'accept-language': 'ja' } });
    assert.match(p3.text, /<html lang="ja">/);
    assert.equal(cards(p3.text).length, 20);
    assert.equal(cards(p3.text).at(-1), ids[0], 'the cancelled case last');
    assert.match(p3.text, /全 120 件中 101〜120 件目/);
    assert.match(p3.text, /<a class="button small" rel="prev" href="\/\?page=2">‹ 前へ<\/a>/);
    assert.match(p3.text, /aria-label="3 ページ目"/);
    assert.match(p3.text, /class="lang" href="\/\?page=3&amp;lang=en"/, 'switching the language stays on the page');

    const all = new Set([...cards(p1.text), ...cards((await call(server.url, '/?page=2', { headers: html })).text), ...cards(p3.text)]);
    assert.equal(all.size, 120, 'every case on exactly one page');

    const past = await call(server.url, '/?page=99&lang=en', { headers: html });
    assert.equal(past.status, 200);
    assert.deepEqual(cards(past.text), cards(p3.text), 'past the end: the last page');
    for (const bad of ['0', '-1', 'x', '1e3']) assert.deepEqual(cards((await call(server.url, `/?page=${bad}&lang=en`, { headers: html })).text), cards(p1.text), `?page=${bad}`);
  });

  it('should show the newest 20 timeline entries of a long case and link to all of them', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (let i = 0; i < 30; i++) {
      h.time.advance(60_000);
      h.cases.record(id, { at: h.clock.now().toISOString(), type: 'support_reply', source: 'mail', messageId: `<oo${i}@x>`, summary: `Ignored: out of office ${i}` });
    }
    const entries = (text: string) => [...text.matchAll(/<li class="entry /g)].length;
    const short = await call(server.url, `/cases/${id}?lang=en`, { headers: html });
    assert.equal(entries(short.text), 20);
    assert.match(short.text, /The newest 20 of 31 entries\./);
    assert.match(short.text, new RegExp(`<a href="/cases/${id}\\?timeline=all#timeline">Show all 31 entries</a>`));
    assert.match(short.text, /out of office 29/);
    assert.doesNotMatch(short.text, /out of office 9</);
    const whole = await call(server.url, `/cases/${id}?timeline=all`, { headers: { ...html, 'accept-language': 'ja' } });
    assert.equal(entries(whole.text), 31);
    assert.match(whole.text, /新しい 20 件だけを表示/);
    assert.match(whole.text, new RegExp(`class="lang" href="/cases/${id}\\?timeline=all&amp;lang=en"`));
  });
});
