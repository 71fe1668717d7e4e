import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { formToCaseData, validateForm } from '../../src/server/case-form.js';
import { fromAcceptLanguage } from '../../src/server/i18n/index.js';
import { en } from '../../src/server/i18n/en.js';
import { ja } from '../../src/server/i18n/ja.js';
import { TOP_LEVEL_STATES } from '../../src/machines/lifecycle.js';
import { ALL_EVENT_TYPES } from '../../src/machines/events.js';
import { sampleCase } from '../support/case-files.js';
import { harness, mailDetail, serve, servedPerTest, T0, type Harness } from './support/harness.js';
import { call } from './support/http.js';
import Encoding from 'encoding-japanese';

const ev = (type: string, extra: object = {}) => ({ type, at: T0, source: 'user', ...extra }) as LifecycleEvent;
const html = { accept: 'text/html' };

/** The form fields of the sample case, as the browser posts them. */
function sampleForm(): Record<string, string> {
  const c = sampleCase();
  return {
    language: c.language,
    'requester.name': c.requester.name,
    'requester.company': c.requester.company ?? '',
    reason: c.reason,
    'target.candidateId': c.target.candidateId,
    'target.loginEmail': c.target.loginEmail,
    'target.certifications.0.name': c.target.certifications[0]!.name,
    'target.certifications.0.passedOn': c.target.certifications[0]!.passedOn,
    'target.certifications.0.expiresOn': c.target.certifications[0]!.expiresOn ?? '',
    'target.certifications.1.name': '',
    'source.candidateId': c.source.candidateId,
    'source.loginEmail': c.source.loginEmail,
    'source.certifications.0.name': c.source.certifications[0]!.name,
    'source.certifications.0.passedOn': c.source.certifications[0]!.passedOn,
  };
}

describe('the pages', () => {
  let h: Harness;
  let url: string;
  servedPerTest((harnessed, served) => {
    h = harnessed;
    url = served.url;
  });

  it('should have every state, event and mail kind named in both languages', () => {
    for (const d of [en, ja]) {
      for (const s of TOP_LEVEL_STATES) assert.ok(d.states[s], `${d.lang} state ${s}`);
      for (const e of [...ALL_EVENT_TYPES, 'created']) assert.ok(d.events[e], `${d.lang} event ${e}`);
    }
    assert.equal(ja.states.awaitingSupport, 'サポートの返信待ち');
    assert.equal(en.states.awaitingSupport, 'Waiting for support');
  });

  it('should pick the language from Accept-Language, and let ?lang= switch it with a cookie', async () => {
    assert.equal(fromAcceptLanguage('ja,en-US;q=0.9'), 'ja');
    assert.equal(fromAcceptLanguage('en-US,ja;q=0.5'), 'en');
    assert.equal(fromAcceptLanguage('fr'), 'en');
    const jaPage = await call(url, '/', { headers: { ...html, 'accept-language': 'ja-JP,ja;q=0.9' } });
    assert.match(jaPage.text, /<html lang="ja">/);
    assert.match(jaPage.text, /ケース一覧/);
    const switched = await call(url, '/?lang=en', { headers: { ...html, 'accept-language': 'ja' } });
    assert.match(switched.text, /<html lang="en">/);
    const cookie = String(switched.headers['set-cookie']).split(';')[0]!;
    assert.equal(cookie, 'cm_lang=en');
    const again = await call(url, '/', { headers: { ...html, 'accept-language': 'ja', cookie } });
    assert.match(again.text, /<html lang="en">/);
  });

  it('should list cases with their state in plain words, who they wait on, overdue and the last mail', async () => {
    const a = h.cases.create(sampleCase()).id;
    const b = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(b, ev(t));
    h.cases.apply(b, { type: 'acknowledgement', at: T0, source: 'mail', messageId: '<a@amazon.com>', supportCaseId: '171234567890' }, { detail: mailDetail({ subject: '[CASE 171234567890] received' }) });
    h.time.advance(3 * 86400_000);
    h.cases.fireDueDeadlines();
    const r = await call(url, '/?lang=en', { headers: html });
    assert.equal(r.status, 200);
    const cardA = r.text.slice(r.text.indexOf(`data-case-id="${a}"`)).split('</li>')[0]!;
    const cardB = r.text.slice(r.text.indexOf(`data-case-id="${b}"`)).split('</li>')[0]!;
    assert.match(cardA, /Getting ready/);
    assert.match(cardA, /waiting on you for 3 days/);
    assert.match(cardA, /no mail yet/);
    assert.match(cardB, /Waiting for support/);
    assert.match(cardB, /waiting on support for 3 days/);
    assert.match(cardB, /Overdue/);
    assert.match(cardB, /171234567890/);
    assert.match(cardB, /\[CASE 171234567890\] received/);
    assert.match(r.text, /href="\/cases\/new"/);
  });

  it('should show mail only as escaped text, never as markup', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.record(id, {
      at: T0,
      type: 'support_reply',
      source: 'mail',
      messageId: '<x"><script>alert(1)</script>@evil>',
      summary: 'Untrusted <b>sender</b>',
      detail: mailDetail({
        subject: '<script>alert(1)</script>',
        fromName: '<img src=x onerror=alert(1)>',
        from: 'a@evil.example',
        newText: 'click <a href="javascript:alert(1)">here</a>',
        reasons: ['<svg onload=alert(1)>'],
        trusted: false,
      }),
    });
    const r = await call(url, `/cases/${id}`, { headers: html });
    assert.equal(r.status, 200);
    assert.doesNotMatch(r.text, /<script>alert|<img src=x|<a href="javascript|<svg onload|<b>sender/);
    assert.match(r.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(r.text, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(r.text, /click &lt;a href=&quot;javascript:alert\(1\)&quot;&gt;here&lt;\/a&gt;/);
    assert.match(r.text, /Sender not verified/);
    assert.match(r.text, /class="entry source-mail ignored"/);
  });

  it('should give the raw message as text/plain, inline, nosniff, sandboxed, only for a message of the case', async () => {
    const id = h.cases.create(sampleCase()).id;
    h.cases.record(id, { at: T0, type: 'unrelated', source: 'mail', messageId: '<m@x>', summary: 'Not about the case' });
    h.messages.raws.set('<m@x>', Buffer.from('Content-Type: text/html\r\n\r\n<script>alert(1)</script>'));
    h.messages.raws.set('<other@x>', Buffer.from('secret'));
    const r = await call(url, `/cases/${id}/messages/${encodeURIComponent('<m@x>')}/raw`, { headers: html });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(r.headers['content-disposition'], 'inline; filename="message.txt"');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.match(String(r.headers['content-security-policy']), /^sandbox/);
    assert.equal(r.text, 'Content-Type: text/html\r\n\r\n<script>alert(1)</script>');
    assert.equal((await call(url, `/cases/${id}/messages/${encodeURIComponent('<other@x>')}/raw`)).status, 404);
  });

  it('should show a stored ISO-2022-JP or base64 message decoded, its source one click further', async () => {
    const id = h.cases.create(sampleCase()).id;
    h.cases.record(id, { at: T0, type: 'support_reply', source: 'mail', messageId: '<jis@x>', summary: 'reply' });
    h.cases.record(id, { at: T0, type: 'support_reply', source: 'mail', messageId: '<b64@x>', summary: 'reply' });
    const jis = Buffer.from(Encoding.convert(Encoding.stringToCode('アカウントの統合を承りました。'), { to: 'JIS', from: 'UNICODE' }) as number[]);
    h.messages.raws.set('<jis@x>', Buffer.concat([Buffer.from('From: AWS <support@amazon.com>\r\nTo: taro@example.com\r\nSubject: =?ISO-2022-JP?B?GyRCRX05ZxsoQg==?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n'), jis, Buffer.from('\r\n')]));
    h.messages.raws.set('<b64@x>', Buffer.from(`From: support@amazon.com\r\nSubject: b64\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('ケース番号は 171234567890 です').toString('base64')}\r\n`));
    const page = await call(url, `/cases/${id}?lang=ja`, { headers: html });
    assert.match(page.text, new RegExp(`href="/cases/${id}/messages/${encodeURIComponent("<jis@x>")}" target="_blank"`));
    const j = await call(url, `/cases/${id}/messages/${encodeURIComponent('<jis@x>')}?lang=ja`, { headers: html });
    assert.equal(j.status, 200);
    assert.match(j.text, /data-decoded="subject">統合</);
    assert.match(j.text, /data-decoded="text">アカウントの統合を承りました。/);
    assert.match(j.text, new RegExp(`href="/cases/${id}/messages/${encodeURIComponent("<jis@x>")}/raw" data-source-link>保存されたソースを表示`));
    const b = await call(url, `/cases/${id}/messages/${encodeURIComponent('<b64@x>')}?lang=en`, { headers: html });
    assert.match(b.text, /data-decoded="text">ケース番号は 171234567890 です/);
  });

  it('should show the support form text with copy buttons and the action while in caseDraft', async () => {
    const id = h.cases.create(sampleCase()).id;
    h.cases.apply(id, ev('prepared'));
    const r = await call(url, `/cases/${id}?lang=ja`, { headers: html });
    assert.match(r.text, /id="support-form"/);
    assert.match(r.text, /AWS トレーニングと認定/);
    assert.match(r.text, /data-copy="copy-\d+"/);
    assert.match(r.text, /下の内容でサポートフォームを送信し/);
    assert.match(r.text, /<input type="hidden" name="type" value="case-submitted"><button type="submit" class="primary" data-event="case-submitted">/);
    assert.match(r.text, /data-current-state="caseDraft"/);
  });

  it('should apply an event from a form, then show what happened once', async () => {
    const id = h.cases.create(sampleCase()).id;
    const r = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'prepared' }, headers: { origin: url, 'accept-language': 'en' } });
    assert.equal(r.status, 303);
    assert.equal(r.headers.location, `/cases/${id}#next-step`);
    assert.equal(h.cases.view(id).state, 'caseDraft');
    const flash = String(r.headers['set-cookie']).split(';')[0]!;
    const page = await call(url, `/cases/${id}`, { headers: { ...html, cookie: flash, 'accept-language': 'en' } });
    assert.match(page.text, /class="flash ok"[^>]*>Recorded: Accounts prepared\./);
    const refused = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'confirmation-sent' }, headers: { origin: url, 'accept-language': 'en' } });
    assert.equal(refused.status, 303);
    assert.match(decodeURIComponent(String(refused.headers['set-cookie'])), /That did not work: event \\"confirmation-sent\\" is not allowed in state caseDraft/);
    assert.equal(h.cases.view(id).state, 'caseDraft');
  });

  it('should send a draft from its button and show a failed send in plain words', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('confirmation_request', { source: 'mail', messageId: '<c@amazon.com>' }));
    const d = h.drafts.add(id, 'confirmation');
    h.drafts.failNextSend = 'the SMTP server did not answer';
    const failed = await call(url, `/drafts/${d.id}/send`, { method: 'POST', form: { confirmed: 'yes' }, headers: { origin: url, 'accept-language': 'en' } });
    assert.equal(failed.status, 303);
    assert.match(decodeURIComponent(String(failed.headers['set-cookie'])), /That did not work: the SMTP server did not answer/);
    assert.equal(failed.headers.location, `/cases/${id}#draft-${d.id}`, 'a failed send comes back to the draft, its error in view');
    assert.equal(h.drafts.get(d.id)!.status, 'drafted');
    const ok = await call(url, `/drafts/${d.id}/send`, { method: 'POST', form: { confirmed: 'yes' }, headers: { origin: url } });
    assert.equal(ok.status, 303);
    assert.equal(h.drafts.get(d.id)!.status, 'sent');
    assert.equal(h.cases.view(id).state, 'awaitingCompletion');
  });

  it('should warn about a superseded draft the user edited, still in their Drafts folder, and offer no send button for it', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    const d = h.drafts.add(id, 'info', { status: 'superseded', staleEdited: true, subject: 'RE:[CASE 171234567890] <old request>' });
    const r = await call(url, `/cases/${id}?lang=en`, { headers: html });
    assert.match(r.text, new RegExp(`class="attention stale-draft" data-draft-id="${d.id}">An outdated draft you edited is still in your Drafts folder`));
    assert.match(r.text, /&lt;old request&gt;/, 'the subject is escaped');
    assert.doesNotMatch(r.text, new RegExp(`/drafts/${d.id}/send`));
  });

  it('should list the drafts still to send before the sent ones, newest first among each', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('confirmation_request', { source: 'mail', messageId: '<c@amazon.com>' }));
    // Created in this order: an old pending one, a newer sent one, the newest pending one, a failed one.
    const oldPending = h.drafts.add(id, 'info', { subject: 'RE:[CASE 171234567890] old pending' });
    h.time.advance(3600_000);
    const sent = h.drafts.add(id, 'info', { subject: 'RE:[CASE 171234567890] sent', status: 'sent', sentAt: h.clock.now().toISOString() });
    h.time.advance(3600_000);
    const newPending = h.drafts.add(id, 'confirmation', { subject: 'RE:[CASE 171234567890] new pending' });
    h.time.advance(3600_000);
    const failed = h.drafts.add(id, 'followup_overdue', { subject: 'RE:[CASE 171234567890] failed', status: 'failed', error: 'the SMTP server did not answer' });
    for (const lang of ['ja', 'en']) {
      const r = await call(url, `/cases/${id}?lang=${lang}`, { headers: html });
      const drafts = r.text.slice(r.text.indexOf('id="drafts"'));
      const order = [...drafts.matchAll(/data-draft-id="(d\d+)"/g)].map((m) => m[1]);
      assert.deepEqual(order, [failed.id, newPending.id, oldPending.id, sent.id], `${lang}: pending (a failed send included) first, newest first; sent last`);
      // The sent draft is still shown, without edit or send controls.
      const sentCard = drafts.slice(drafts.indexOf(`id="draft-${sent.id}"`)).split('</article>')[0]!;
      assert.match(sentCard, /data-draft-status="sent"/);
      assert.doesNotMatch(sentCard, /data-send-draft|data-draft-edit/);
    }
  });

  it('should keep the support form text reachable, folded, once the case is submitted', async () => {
    const id = h.cases.create(sampleCase()).id;
    h.cases.apply(id, ev('prepared'));
    const before = await call(url, `/cases/${id}?lang=ja`, { headers: html });
    assert.match(before.text, /<section class="card" id="support-form"><h2>/, 'open while the form is still to be submitted');
    h.cases.apply(id, ev('case-submitted'));
    for (const [lang, summary] of [['ja', 'サポートに送った内容（折りたたみ）'], ['en', 'The text you sent to support (folded)']] as const) {
      const r = await call(url, `/cases/${id}?lang=${lang}`, { headers: html });
      assert.match(r.text, /data-current-state="awaitingAcknowledgement"/);
      const start = r.text.indexOf('<section class="card" id="support-form">');
      assert.ok(start >= 0, `${lang}: the support form text is still on the page`);
      const card = r.text.slice(start).split('</section>')[0]!;
      assert.ok(card.startsWith(`<section class="card" id="support-form"><details class="folded" id="support-form-details"><summary>${summary}</summary>`), `${lang}: folded under "${summary}"`);
      assert.doesNotMatch(card, /<details[^>]* open/, 'folded: closed until asked for');
      // What was sent is all there: the IDs, the body, a copy button for each and the form's links.
      assert.match(card, /AWS01234567/);
      assert.match(card, /AWS07654321/);
      assert.match(card, /<pre class="copy-value" id="copy-\d+">/);
      assert.ok((card.match(/data-copy="copy-\d+"/g) ?? []).length >= 4);
      assert.match(card, /<ul class="links"><li><a href="https:\/\//);
    }
  });

  it('should send a draft only from its review page, which shows exactly what goes where', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('confirmation_request', { source: 'mail', messageId: '<c@amazon.com>' }));
    const d = h.drafts.add(id, 'confirmation');
    const casePage = await call(url, `/cases/${id}?lang=en`, { headers: html });
    assert.match(casePage.text, new RegExp(`<form method="get" action="/drafts/${d.id}/send"`), 'the case page only opens the review');
    assert.doesNotMatch(casePage.text, new RegExp(`method="post" action="/drafts/${d.id}/send"`));
    // One click on the old button (no confirmation): the review, nothing sent.
    const oneClick = await call(url, `/drafts/${d.id}/send`, { method: 'POST', headers: { origin: url } });
    assert.equal(oneClick.status, 303);
    assert.equal(oneClick.headers.location, `/drafts/${d.id}/send`);
    assert.equal(h.drafts.get(d.id)!.status, 'drafted');
    for (const lang of ['en', 'ja'] as const) {
      const review = await call(url, `/drafts/${d.id}/send?lang=${lang}`, { headers: html });
      assert.equal(review.status, 200);
      assert.match(review.text, /data-review="to">aws-cs-trainingcertification-form@amazon\.com</);
      assert.match(review.text, /data-review="subject">RE:\[CASE 171234567890\]/);
      assert.match(review.text, /data-review="text">ご担当者様/);
      assert.match(review.text, lang === 'ja' ? /この返信で統合を承諾します/ : /This reply agrees to the merge/);
      assert.match(review.text, /name="confirmed" value="yes"><button type="submit" class="primary" data-confirm-send/);
    }
  });

  it('should refuse to send a draft with blanks, in the page\'s language, until the edit fills them', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('info_request', { source: 'mail', messageId: '<i@amazon.com>' }));
    const d = h.drafts.add(id, 'info', { text: 'ご担当者様\n\n旧アカウントの合格日：［要記入：合格日］\n\n> [TO FILL IN: quoted, not ours]\n' });
    const review = await call(url, `/drafts/${d.id}/send?lang=ja`, { headers: html });
    assert.match(review.text, /data-blanks="1">要記入の箇所（［要記入：…］）が 1 か所残っています/);
    assert.doesNotMatch(review.text, /data-confirm-send/);
    const refused = await call(url, `/drafts/${d.id}/send`, { method: 'POST', form: { confirmed: 'yes' }, headers: { origin: url, 'accept-language': 'ja' } });
    assert.equal(refused.status, 303);
    assert.match(decodeURIComponent(String(refused.headers['set-cookie'])), /1 か所残っています/);
    assert.equal(h.drafts.get(d.id)!.status, 'drafted');
    const edited = await call(url, `/drafts/${d.id}/edit`, { method: 'POST', form: { text: 'ご担当者様\n\n旧アカウントの合格日：2024年6月15日\n' }, headers: { origin: url, 'accept-language': 'ja' } });
    assert.equal(edited.status, 303);
    assert.equal(edited.headers.location, `/cases/${id}#draft-${d.id}`);
    assert.equal(h.drafts.get(d.id)!.text, 'ご担当者様\n\n旧アカウントの合格日：2024年6月15日\n');
    const sent = await call(url, `/drafts/${d.id}/send`, { method: 'POST', form: { confirmed: 'yes' }, headers: { origin: url } });
    assert.equal(sent.status, 303);
    assert.equal(h.drafts.get(d.id)!.status, 'sent');
  });

  it('should preselect nothing in the corrections form and ask before cancelling', async () => {
    const id = h.cases.create(sampleCase()).id;
    h.cases.apply(id, ev('prepared'));
    const p = await call(url, `/cases/${id}?lang=ja`, { headers: html });
    assert.match(p.text, /<select name="type" required><option value="" selected disabled>— 選んでください —<\/option>/);
    const empty = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: '' }, headers: { origin: url, 'accept-language': 'ja' } });
    assert.equal(empty.status, 303);
    assert.match(decodeURIComponent(String(empty.headers['set-cookie'])), /適用する内容を選んでください/);
    const ask = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'cancel', reason: 'phone' }, headers: { origin: url, 'accept-language': 'ja', ...html } });
    assert.equal(ask.status, 200);
    assert.match(ask.text, /このケースを中止しますか？/);
    assert.match(ask.text, /name="confirmed" value="yes"><input type="hidden" name="reason" value="phone">/);
    assert.equal(h.cases.view(id).state, 'caseDraft', 'asking changes nothing');
    const done = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'cancel', confirmed: 'yes' }, headers: { origin: url } });
    assert.equal(done.status, 303);
    assert.equal(h.cases.view(id).state, 'cancelled');
  });

  it('should not offer sending without SMTP, and say how to send from the mail client instead', async () => {
    const h2 = harness({ smtp: false });
    const s2 = await serve(h2);
    try {
      const id = h2.cases.create(sampleCase()).id;
      for (const t of ['prepared', 'case-submitted']) h2.cases.apply(id, ev(t));
      h2.cases.apply(id, ev('confirmation_request', { source: 'mail', messageId: '<c@amazon.com>' }));
      const d = h2.drafts.add(id, 'confirmation');
      const p = await call(s2.url, `/cases/${id}?lang=ja`, { headers: html });
      assert.doesNotMatch(p.text, /data-send-draft/);
      assert.match(p.text, /data-no-smtp>ここからは送信できません（設定に mail\.smtp がありません）。メールソフトの「下書き」フォルダ/);
      assert.match(p.text, new RegExp(`data-copy="draft-text-${d.id}" aria-label="コピー：RE:\\[CASE`), 'the draft has a copy button named for it');
      const review = await call(s2.url, `/drafts/${d.id}/send?lang=en`, { headers: html });
      assert.doesNotMatch(review.text, /data-confirm-send/);
      const refused = await call(s2.url, `/drafts/${d.id}/send`, { method: 'POST', form: { confirmed: 'yes' }, headers: { origin: s2.url, 'accept-language': 'en' } });
      assert.match(decodeURIComponent(String(refused.headers['set-cookie'])), /Sending from here is off/);
      assert.equal(h2.drafts.get(d.id)!.status, 'drafted');
    } finally {
      await s2.close();
      h2.close();
    }
  });

  it('should say why a case needs a person, in the page\'s language, and offer the ways on', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('acknowledgement', { source: 'mail', messageId: '<a@amazon.com>', supportCaseId: '171234567890' }));
    h.cases.apply(id, ev('case_closed', { source: 'mail', messageId: '<cl@amazon.com>', reason: 'body says the case was resolved' }));
    assert.equal(h.cases.view(id).state, 'needsAttention');
    const ja = await call(url, `/cases/${id}?lang=ja`, { headers: html });
    assert.match(ja.text, /<p class="next-text">アカウントが統合される前に、サポートが AWS のケースをクローズしました/);
    assert.match(ja.text, /data-event="reply-sent">サポートに返信した（AWS のケースを再開）</);
    assert.match(ja.text, /data-event="reopen">certmerge のケースを再開</);
    assert.match(ja.text, /href="\/cases\/new">新しいケースを作る</);
    assert.match(ja.text, /<details class="folded attention-detail" id="attention-detail"><summary>確認が必要な理由<\/summary><p class="attention">body says the case was resolved/);
    const en = await call(url, `/cases/${id}?lang=en`, { headers: html });
    assert.match(en.text, /data-event="reopen">Resume this case in certmerge</);
    const replied = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'reply-sent' }, headers: { origin: url } });
    assert.equal(replied.status, 303);
    assert.equal(h.cases.view(id).state, 'awaitingSupport');
  });

  it('should list unsorted mail, put one on its case as the user\'s, ignore another, and hint at it from an overdue wait', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.time.advance(3 * 86400_000);
    h.cases.fireDueDeadlines();
    h.messages.waiting.push(
      { messageId: '<ack-u@amazon.com>', at: T0, from: 'no-reply@amazon.com', subject: '[CASE 171234567890] received', kind: 'acknowledgement', trusted: true, why: 'unmatched' },
      { messageId: '<spam@x>', at: T0, from: 'x@amaz0n.com', subject: 'confirm now', kind: 'confirmation_request', trusted: false, why: 'untrusted' },
    );
    const api = await call(url, '/api/unsorted');
    assert.deepEqual(api.json<{ messageId: string }[]>().map((m) => m.messageId), ['<ack-u@amazon.com>', '<spam@x>']);
    const p = await call(url, '/unsorted?lang=ja', { headers: html });
    assert.match(p.text, /<h1>未分類のメール<\/h1>/);
    assert.match(p.text, /ケースに結び付かない/);
    assert.match(p.text, new RegExp(`<option value="${id}">${id} · 受付メール待ち</option>`));
    assert.match(p.text, /<a href="\/unsorted">未分類のメール<\/a>/, 'linked from the nav');
    assert.equal(h.cases.view(id).overdue, true);
    assert.match((await call(url, `/cases/${id}?lang=ja`, { headers: html })).text, /data-unsorted-hint><a href="\/unsorted">受付メールが未分類のメールに入っているかもしれません/);
    const ignored = await call(url, `/unsorted/${encodeURIComponent('<spam@x>')}/ignore`, { method: 'POST', headers: { origin: url } });
    assert.equal(ignored.status, 303);
    const put = await call(url, `/unsorted/${encodeURIComponent('<ack-u@amazon.com>')}/assign`, { method: 'POST', form: { caseId: id }, headers: { origin: url } });
    assert.equal(put.status, 303);
    assert.equal(put.headers.location, `/cases/${id}#timeline`);
    assert.equal(h.cases.view(id).state, 'awaitingSupport');
    assert.equal(h.cases.view(id).timeline.at(-1)!.source, 'user');
    assert.deepEqual((await call(url, '/api/unsorted')).json(), []);
  });

  it('should show the notification delivery log: every attempt, escaped, linked to its case, and say so when there is none', async () => {
    const empty = await call(url, '/notifications', { headers: html });
    assert.equal(empty.status, 200);
    assert.match(empty.text, /<h1>Notification deliveries<\/h1>/);
    assert.match(empty.text, /id="notify-log-empty">No notification has been sent yet\./);
    assert.match(empty.text, /<a href="\/notifications">Notifications<\/a>/, 'linked from the nav');
    const id = h.cases.create(sampleCase()).id;
    h.deps.notificationLog = () => [
      { notificationId: `case-${id}-event-3`, event: 'confirmation_requested', caseId: id, channel: 'webhook https://hooks.example.com/x', at: T0, ok: false, detail: 'HTTP 500 <script>alert(1)</script>' },
      { notificationId: 'sign_in_refused-abc-never', event: 'sign_in_refused', caseId: null, channel: 'ntfy https://ntfy.sh/t', at: T0, ok: true, detail: 'HTTP 200' },
    ];
    const p = await call(url, '/notifications', { headers: html });
    assert.match(p.text, new RegExp(`<tr data-ok="0" data-notification-id="case-${id}-event-3"><td>[^<]+</td><td>confirmation_requested</td><td><a href="/cases/${id}">${id}</a></td><td>webhook https://hooks\\.example\\.com/x</td><td><span class="badge warn">failed</span> <span class="muted">HTTP 500 &lt;script&gt;`));
    assert.doesNotMatch(p.text, /<script>alert/);
    assert.match(p.text, /<tr data-ok="1" data-notification-id="sign_in_refused-abc-never"><td>[^<]+<\/td><td>sign_in_refused<\/td><td>—<\/td>/);
    assert.match((await call(url, '/notifications?lang=ja', { headers: html })).text, /<span class="badge ok">/);
  });

  it('should show refusals and the 404 page in Japanese on a Japanese page', async () => {
    const id = h.cases.create(sampleCase()).id;
    const refused = await call(url, `/cases/${id}/events`, { method: 'POST', form: { type: 'confirmation-sent' }, headers: { origin: url, 'accept-language': 'ja' } });
    assert.match(decodeURIComponent(String(refused.headers['set-cookie'])), /ケースの今の状態ではこの操作はできません。（詳細：event/);
    const missing = await call(url, '/cases/nope?lang=ja', { headers: html });
    assert.equal(missing.status, 404);
    assert.match(missing.text, /<h1>見つかりません<\/h1>\n<p class="flash error">そのページ・ケース・下書きはありません。（詳細：/);
  });

  it('should show the checklist buttons while verifying', async () => {
    const id = h.cases.create(sampleCase()).id;
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('acknowledgement', { source: 'mail', messageId: '<a@amazon.com>', supportCaseId: '171234567890' }));
    h.cases.apply(id, ev('merge_completed', { source: 'mail', messageId: '<m@amazon.com>' }));
    h.cases.apply(id, ev('benefits-verified'));
    const r = await call(url, `/cases/${id}?lang=en`, { headers: html });
    for (const t of ['certifications-verified', 'badges-verified', 'badges-missing']) assert.match(r.text, new RegExp(`data-event="${t}"`), t);
    assert.doesNotMatch(r.text, /data-event="benefits-verified"/);
    assert.match(r.text, /<li class="check done" data-check="benefits">/);
  });

  it('should validate the new-case form exactly as a case file, with errors by field', async () => {
    const form = { ...sampleForm(), 'target.candidateId': 'AWZ1', 'source.certifications.0.passedOn': '2024-13-01', action: 'create' };
    const r = await call(url, '/cases/new?lang=en', { method: 'POST', form, headers: { origin: url, ...html } });
    assert.equal(r.status, 400);
    assert.match(r.text, /id="form-errors"/);
    assert.match(r.text, /<code>target\.candidateId<\/code>: expected &quot;AWS&quot; followed by digits, got &quot;AWZ1&quot;/);
    assert.match(r.text, /id="f-target-candidateId-error">expected &quot;AWS&quot; followed by digits/);
    assert.match(r.text, /<code>source\.certifications\.0\.passedOn<\/code>/);
    assert.match(r.text, /value="AWZ1"/, 'the form keeps what was typed');
    assert.equal(h.cases.list().length, 0);
  });

  it('should show the self-service verdict on "check" and create the case on "create"', async () => {
    const check = await call(url, '/cases/new?lang=en', { method: 'POST', form: { ...sampleForm(), action: 'check' }, headers: { origin: url, ...html } });
    assert.equal(check.status, 200);
    assert.match(check.text, /data-reason="both-have-history"/);
    assert.match(check.text, /Both accounts have certifications/);
    assert.equal(h.cases.list().length, 0);
    const created = await call(url, '/cases/new', { method: 'POST', form: { ...sampleForm(), action: 'create' }, headers: { origin: url } });
    assert.equal(created.status, 303);
    const [item] = h.cases.list();
    assert.equal(created.headers.location, `/cases/${item!.id}`);
    const c = h.cases.view(item!.id).case;
    assert.equal(c.requester.name, '山田 太郎');
    assert.equal(c.target.candidateId, 'AWS01234567');
    assert.deepEqual(c.target.certifications, sampleCase().target.certifications);
    assert.deepEqual(c.source.certifications, [{ name: 'AWS Certified Developer - Associate', passedOn: '2024-06-15' }]);
    assert.deepEqual(c.target.benefits, []);
    assert.equal(c.target.trainingEmail, undefined, 'a blank optional field is left out');
  });

  it('should build the case data only from the form’s own fields', () => {
    const data = formToCaseData({ 'constructor.prototype.polluted': 'yes', '__proto__.x': 'y', 'target.certifications.3.name': 'A', 'target.certifications.1.name': 'B', 'target.evil': 'z' });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual((data.target as { certifications: unknown[] }).certifications, [{ name: 'B' }, { name: 'A' }]);
    assert.equal((data.target as Record<string, unknown>).evil, undefined);
    const v = validateForm({ reason: '' });
    assert.equal(v.ok, false);
  });
});
