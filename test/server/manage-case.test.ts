/**
 * Issue 16, item 6 and item 5 on the dashboard: a case can be edited (the new-case form, prefilled, the same
 * schema, a confirmation page) and deleted (a confirmation page); a duplicate pair of accounts is warned
 * about; the Japanese page says everything in Japanese (form errors, mail banner, why lines).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { caseDataToForm } from '../../src/server/case-form.js';
import { fieldError } from '../../src/server/i18n/field-errors.js';
import { ja } from '../../src/server/i18n/ja.js';
import { en } from '../../src/server/i18n/en.js';
import { validateCaseFile } from '../../src/cases/case-file.js';
import { sampleCase } from '../support/case-files.js';
import { mailDetail, servedPerTest, T0, type Harness } from './support/harness.js';
import { call } from './support/http.js';

const html = { accept: 'text/html' };
const ev = (type: string, extra: object = {}) => ({ type, at: T0, source: 'user', ...extra }) as LifecycleEvent;

describe('editing, deleting and duplicate cases on the dashboard', () => {
  let h: Harness;
  let url: string;
  servedPerTest((harnessed, served) => {
    h = harnessed;
    url = served.url;
  });
  const post = (path: string, form: Record<string, string>) => call(url, path, { method: 'POST', form, headers: { origin: url, ...html } });

  it('prefills the edit form with the case file, nameEn and benefit codes included', async () => {
    const c = { ...sampleCase(), requester: { ...sampleCase().requester, nameEn: 'Taro Yamada' } };
    c.target.benefits = [{ kind: '50% voucher', expiresOn: '2026-04-01', code: 'ABC-123' }];
    const { id } = h.cases.create(c);
    const page = await call(url, `/cases/${id}?lang=en`, { headers: html });
    assert.match(page.text, new RegExp(`href="/cases/${id}/edit" data-edit-case`));
    assert.match(page.text, new RegExp(`href="/cases/${id}/delete" data-delete-case`));
    const r = await call(url, `/cases/${id}/edit?lang=ja`, { headers: html });
    assert.equal(r.status, 200);
    assert.match(r.text, new RegExp(`<form method="post" action="/cases/${id}/edit"`));
    assert.match(r.text, /name="requester\.nameEn" type="text" value="Taro Yamada"/);
    assert.match(r.text, /name="target\.benefits\.0\.code" type="text" value="ABC-123"/);
    assert.match(r.text, /name="target\.candidateId" type="text" value="AWS01234567"/);
    assert.match(r.text, /内容を確認/);
  });

  it('stores an edit only after the confirmation page’s own button, and keeps the state', async () => {
    const { id } = h.cases.create(sampleCase());
    h.cases.apply(id, ev('prepared'));
    const form = { ...caseDataToForm(sampleCase()), 'requester.company': 'New Corp', action: 'review' };
    const review = await post(`/cases/${id}/edit?lang=en`, form);
    assert.equal(review.status, 200);
    assert.match(review.text, /Save these details\?/);
    assert.match(review.text, /<tr data-change="requester\.company"><th scope="row"><code>requester\.company<\/code><\/th><td><del>Example Corp<\/del><\/td><td><ins>New Corp<\/ins><\/td><\/tr>/);
    assert.match(review.text, /<input type="hidden" name="confirmed" value="yes"><button type="submit" name="action" value="save"/);
    assert.equal(h.cases.view(id).case.requester.company, 'Example Corp', 'nothing stored before the second button');
    const state = h.cases.view(id).statePath;
    const saved = await post(`/cases/${id}/edit?lang=en`, { ...form, confirmed: 'yes', action: 'save' });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.location, `/cases/${id}`);
    const v = h.cases.view(id);
    assert.equal(v.case.requester.company, 'New Corp');
    assert.equal(v.statePath, state);
    assert.equal(v.timeline.at(-1)!.type, 'case-edited');
  });

  it('refuses an invalid edit with the error beside the field, in Japanese on the Japanese page', async () => {
    const { id } = h.cases.create(sampleCase());
    const form = { ...caseDataToForm(sampleCase()), 'source.loginEmail': 'not-an-address', 'target.certifications.0.passedOn': '2024-13-01', action: 'review' };
    const r = await post(`/cases/${id}/edit?lang=ja`, form);
    assert.equal(r.status, 400);
    assert.match(r.text, /id="f-source-loginEmail-error">メールアドレスを入力してください（入力：&quot;not-an-address&quot;）/);
    assert.match(r.text, /id="f-target-certifications-0-passedOn-error">日付を YYYY-MM-DD の形で入力してください/);
    assert.doesNotMatch(r.text, /expected an email address/);
    assert.equal(h.cases.view(id).case.source.loginEmail, sampleCase().source.loginEmail);
  });

  it('deletes a case only from the confirmation page', async () => {
    const { id } = h.cases.create(sampleCase());
    const ask = await call(url, `/cases/${id}/delete?lang=ja`, { headers: html });
    assert.equal(ask.status, 200);
    assert.match(ask.text, /このケースを削除しますか？/);
    assert.match(ask.text, new RegExp(`<form method="post" action="/cases/${id}/delete" class="inline"><input type="hidden" name="confirmed" value="yes">`));
    const unconfirmed = await post(`/cases/${id}/delete`, {});
    assert.equal(unconfirmed.status, 303);
    assert.equal(unconfirmed.headers.location, `/cases/${id}/delete`);
    assert.equal(h.cases.list().length, 1, 'a POST without the confirmation deletes nothing');
    const done = await post(`/cases/${id}/delete?lang=en`, { confirmed: 'yes' });
    assert.equal(done.status, 303);
    assert.equal(done.headers.location, '/');
    assert.equal(h.cases.list().length, 0);
    assert.equal((await call(url, `/cases/${id}`, { headers: html })).status, 404);
    const list = await call(url, '/?lang=en', { headers: { ...html, cookie: String(done.headers['set-cookie']).split(';')[0]! } });
    assert.match(list.text, new RegExp(`Case ${id} was deleted\\.`));
  });

  it('warns about a duplicate pair on create and asks once more; the case page says so too', async () => {
    const first = h.cases.create(sampleCase()).id;
    const form = { ...caseDataToForm(sampleCase()), action: 'create' };
    const asked = await post('/cases/new?lang=ja', form);
    assert.equal(asked.status, 409);
    assert.match(asked.text, new RegExp(`data-duplicates="${first}"`));
    assert.match(asked.text, /同じ 2 つのアカウントのケースがすでにあります/);
    assert.match(asked.text, new RegExp(`<input type="hidden" name="duplicateOk" value="${first}">`));
    assert.equal(h.cases.list().length, 1, 'nothing created on the first press');
    // Swapped sides are the same pair.
    const swapped = { ...caseDataToForm({ ...sampleCase(), target: sampleCase().source, source: sampleCase().target }), action: 'create' };
    assert.equal((await post('/cases/new', swapped)).status, 409);
    const created = await post('/cases/new', { ...form, duplicateOk: first });
    assert.equal(created.status, 303);
    assert.equal(h.cases.list().length, 2);
    const second = h.cases.list().find((c) => c.id !== first)!.id;
    const page = await call(url, `/cases/${second}?lang=en`, { headers: html });
    assert.match(page.text, new RegExp(`<li><a href="/cases/${first}">${first}</a>`));
    assert.match(page.text, /The same two accounts are already in another case/);
  });

  it('tells cases apart in the list: ID, created date and both login e-mails', async () => {
    const a = h.cases.create(sampleCase()).id;
    h.time.advance(86_400_000);
    const b = h.cases.create(sampleCase()).id;
    const r = await call(url, '/?lang=en', { headers: html });
    const c = sampleCase();
    for (const id of [a, b]) assert.match(r.text, new RegExp(`<span data-case-id-text>${id}</span>`));
    assert.match(r.text, new RegExp(`<span class="case-emails">${c.source.loginEmail} → ${c.target.loginEmail}</span>`));
    assert.match(r.text, /created 5 Jan 2026/);
    assert.match(r.text, /created 6 Jan 2026/);
  });

  it('API: PUT replaces the case file, DELETE removes the case, and create reports sameAccounts', async () => {
    const created = await call(url, '/api/cases', { method: 'POST', body: sampleCase() });
    assert.equal(created.status, 201);
    const { id } = created.json<{ id: string }>();
    assert.deepEqual(Object.keys(created.json()), ['id'], 'no duplicate, no extra field');
    const twin = await call(url, '/api/cases', { method: 'POST', body: sampleCase() });
    assert.deepEqual(twin.json<{ sameAccounts: string[] }>().sameAccounts, [id]);
    const bad = await call(url, `/api/cases/${id}`, { method: 'PUT', body: { ...sampleCase(), reason: '' } });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /reason: must not be empty/);
    const put = await call(url, `/api/cases/${id}`, { method: 'PUT', body: { ...sampleCase(), reason: 'new reason' } });
    assert.equal(put.status, 200);
    assert.equal(put.json<{ case: { reason: string } }>().case.reason, 'new reason');
    assert.equal(put.json<{ state: string }>().state, 'preparing');
    const del = await call(url, `/api/cases/${id}`, { method: 'DELETE' });
    assert.deepEqual(del.json(), { id, deleted: true });
    assert.equal((await call(url, `/api/cases/${id}`, { method: 'DELETE' })).status, 404);
    assert.equal((await call(url, `/api/cases/${id}`, { method: 'PUT', body: sampleCase() })).status, 404);
    const other = twin.json<{ id: string }>().id;
    assert.equal((await call(url, `/api/cases/${other}`, { method: 'DELETE', headers: { origin: 'http://evil.example' } })).status, 403);
    assert.equal(h.cases.list().length, 1, 'a cross-site DELETE changes nothing');
  });

  it('shows the mail banner and why lines in Japanese on the Japanese page', async () => {
    h.status.connected = false;
    h.status.downSince = T0;
    h.status.lastError = 'connect ECONNREFUSED 127.0.0.1:993';
    const { id } = h.cases.create(sampleCase());
    h.cases.record(id, { at: T0, type: 'unrelated', source: 'mail', messageId: '<m1@x>', summary: 'Unrelated mail', detail: { ...mailDetail(), reasons: ['sender a@b.example is in no known sender group'], trustReasons: ['no Authentication-Results header'] } });
    const r = await call(url, `/cases/${id}?lang=ja`, { headers: html });
    assert.match(r.text, /サーバーが接続を拒否しました（connect ECONNREFUSED 127\.0\.0\.1:993）/);
    assert.match(r.text, /<li>差出人 a@b\.example はどの既知の送信者グループにも該当しません<\/li>/);
    assert.match(r.text, /<li>Authentication-Results ヘッダーがありません<\/li>/);
    const en = await call(url, `/cases/${id}?lang=en`, { headers: html });
    assert.match(en.text, /<li>sender a@b\.example is in no known sender group<\/li>/);
    assert.match(en.text, /connect ECONNREFUSED 127\.0\.0\.1:993/);
  });
});

describe('validation messages in Japanese', () => {
  /** Every line the case-file schema writes for a broken file, through the form's Japanese table. */
  it('has a Japanese form for each message the case-file validation writes', () => {
    const broken = {
      language: 'fr',
      requester: { name: '' , extra: 1 },
      reason: 'x'.repeat(2001),
      target: { candidateId: 'AWZ1', loginEmail: 'a@example.com', certifications: [{ name: 'A', passedOn: '2024-02-30' }, { name: 'B', passedOn: '2099-01-01' }, { name: 'C', passedOn: '2024-05-01', expiresOn: '2024-01-01' }] },
      source: { candidateId: 'AWS1', loginEmail: 'A@example.com', trainingEmail: 'nope' },
    };
    const lines = (() => {
      try {
        validateCaseFile(broken, '', new Date('2026-01-05T00:00:00Z'));
        return [];
      } catch (e) {
        return (e as Error).message.split('\n');
      }
    })();
    const same = (() => {
      try {
        validateCaseFile({ ...sampleCase(), source: { ...sampleCase().source, candidateId: sampleCase().target.candidateId, loginEmail: sampleCase().target.loginEmail } }, '');
        return [];
      } catch (e) {
        return (e as Error).message.split('\n');
      }
    })();
    const all = [...lines, ...same, 'requester.name: missing (expected a string)'];
    assert.ok(all.length >= 10, all.join('\n'));
    for (const line of all) {
      const msg = line.slice(line.indexOf(': ') + 2);
      const jaText = fieldError(ja, msg);
      assert.doesNotMatch(jaText, /^入力内容を確認してください/, `no Japanese template for: ${msg}`);
      assert.match(jaText, /[\u3040-\u30ff\u4e00-\u9fff]/, msg);
      assert.equal(fieldError(en, msg), msg);
    }
  });
});
