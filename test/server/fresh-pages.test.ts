import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { sampleCase } from '../support/case-files.js';
import { harness, mailDetail, serve, type Harness } from './support/harness.js';
import { call } from './support/http.js';

const html = { accept: 'text/html', 'accept-language': 'en' };
const TOKEN = 'a-long-enough-dashboard-token';

describe('pages and API responses rendered per request', () => {
  let h: Harness;
  let server: { url: string; close(): Promise<void> };
  const ev = (type: string, extra: object = {}) => ({ type, at: h.clock.now().toISOString(), source: 'user', ...extra }) as LifecycleEvent;
  const start = async (opts: { token?: string } = {}) => {
    h = harness(opts);
    server = await serve(h);
  };
  afterEach(async () => {
    await server.close();
    h.close();
  });

  describe('without a token', () => {
    beforeEach(() => start());

    it('should render the same page twice while nothing changes, never to be stored by the browser', async () => {
      const id = h.cases.create(sampleCase()).id;
      const a = await call(server.url, '/', { headers: html });
      const b = await call(server.url, '/', { headers: html });
      assert.equal(b.text, a.text);
      assert.equal(b.headers['cache-control'], 'no-store');
      assert.equal(b.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal((await call(server.url, `/cases/${id}`, { headers: html })).status, 200);
      assert.match(String(b.headers['content-security-policy']), /script-src 'self'/);
    });

    it('should show a change committed by another process (the CLI) on the very next request', async () => {
      const id = h.cases.create(sampleCase()).id;
      const cli = h.otherProcess();
      const before = await call(server.url, `/cases/${id}`, { headers: html });
      assert.match(before.text, /data-current-state="preparing"/);
      const listBefore = await call(server.url, '/', { headers: html });
      const apiBefore = await call(server.url, '/api/cases');
      const caseBefore = await call(server.url, `/api/cases/${id}`);
      cli.apply(id, ev('prepared'));
      assert.match((await call(server.url, `/cases/${id}`, { headers: html })).text, /data-current-state="caseDraft"/);
      const list = await call(server.url, '/', { headers: html });
      assert.match(list.text, /data-state="caseDraft"/);
      assert.notEqual(list.text, listBefore.text);
      assert.deepEqual((await call(server.url, '/api/cases')).json(), [{ id, state: 'caseDraft', supportCaseId: null }]);
      assert.notDeepEqual(apiBefore.json(), (await call(server.url, '/api/cases')).json());
      assert.equal((await call(server.url, `/api/cases/${id}`)).json<{ state: string }>().state, 'caseDraft');
      assert.equal(caseBefore.json<{ state: string }>().state, 'preparing');
      const created = cli.create(sampleCase()).id;
      assert.match((await call(server.url, '/', { headers: html })).text, new RegExp(`data-case-id="${created}"`));
      assert.equal((await call(server.url, '/api/cases')).json<unknown[]>().length, 2);
    });

    it('should show a draft change, a deadline passing and the mail status on the next request', async () => {
      const id = h.cases.create(sampleCase()).id;
      for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
      h.cases.apply(id, { type: 'confirmation_request', at: h.clock.now().toISOString(), source: 'mail', messageId: '<c@amazon.com>' }, { detail: mailDetail() });
      const first = await call(server.url, `/cases/${id}`, { headers: html });
      assert.doesNotMatch(first.text, /data-draft-id=/);
      const d = h.drafts.add(id, 'confirmation');
      const withDraft = await call(server.url, `/cases/${id}`, { headers: html });
      assert.match(withDraft.text, new RegExp(`data-draft-id="${d.id}"`));
      await h.drafts.discard(d.id);
      assert.doesNotMatch((await call(server.url, `/cases/${id}`, { headers: html })).text, new RegExp(`data-send-draft="${d.id}"`));

      assert.match((await call(server.url, '/', { headers: html })).text, /Mail connected/);
      h.status.connected = false;
      h.status.downSince = h.clock.now().toISOString();
      h.status.lastError = 'IMAP login failed';
      const down = await call(server.url, '/', { headers: html });
      assert.match(down.text, /Mail not connected/);
      assert.match(down.text, /IMAP login failed/);
      assert.match((await call(server.url, `/cases/${id}`, { headers: html })).text, /Mail not connected/);
    });

    it('should move relative times on: "… ago" and "for …" read as of the request', async () => {
      const id = h.cases.create(sampleCase()).id;
      h.time.advance(5 * 60_000 + 30_000);
      const a = await call(server.url, '/', { headers: html });
      assert.match(a.text, /waiting on you for 5 minutes/);
      h.time.advance(20_000);
      const b = await call(server.url, '/', { headers: html });
      assert.equal(b.text, a.text, 'still 5 minutes');
      h.time.advance(10_000);
      const c = await call(server.url, '/', { headers: html });
      assert.match(c.text, /waiting on you for 6 minutes/);
      h.time.advance(3 * 86400_000);
      assert.match((await call(server.url, `/cases/${id}`, { headers: html })).text, /waiting on you for 3 days/);
    });

    it('should keep languages apart and set the language cookie on every switched page', async () => {
      h.cases.create(sampleCase());
      const en1 = await call(server.url, '/', { headers: { accept: 'text/html', 'accept-language': 'en' } });
      const ja1 = await call(server.url, '/', { headers: { accept: 'text/html', 'accept-language': 'ja' } });
      assert.match(en1.text, /<html lang="en">/);
      assert.match(ja1.text, /<html lang="ja">/);
      await call(server.url, '/?lang=ja', { headers: html });
      const switched = await call(server.url, '/?lang=ja', { headers: html });
      assert.match(switched.text, /<html lang="ja">/);
      assert.equal(String(switched.headers['set-cookie']).split(';')[0], 'cm_lang=ja');
    });

    it('should show a flash message once', async () => {
      const id = h.cases.create(sampleCase()).id;
      await call(server.url, `/cases/${id}`, { headers: html });
      const post = await call(server.url, `/cases/${id}/events`, { method: 'POST', headers: { ...html, origin: server.url }, form: { type: 'prepared' } });
      assert.equal(post.status, 303);
      const flash = String(post.headers['set-cookie']).split(';')[0]!;
      const shown = await call(server.url, `/cases/${id}`, { headers: { ...html, cookie: flash } });
      assert.match(shown.text, /class="flash ok"/);
      assert.match(String(shown.headers['set-cookie']), /cm_flash=; /, 'and it is cleared');
      const next = await call(server.url, `/cases/${id}`, { headers: html });
      assert.doesNotMatch(next.text, /class="flash/);
      assert.match(next.text, /data-current-state="caseDraft"/);
    });

    it('should answer every page and API response with the host check and the same headers each time', async () => {
      const id = h.cases.create(sampleCase()).id;
      for (const path of ['/', `/cases/${id}`, '/api/cases', `/api/cases/${id}`]) {
        const first = await call(server.url, path, { headers: html });
        const hit = await call(server.url, path, { headers: html });
        assert.equal(hit.text, first.text, path);
        for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'content-type']) {
          assert.equal(hit.headers[name], first.headers[name], `${path}: ${name}`);
        }
        const rebound = await call(server.url, path, { headers: { ...html, host: 'evil.example' } });
        assert.equal(rebound.status, 403, `${path}: a DNS-rebinding Host is refused`);
        const head = await call(server.url, path, { method: 'HEAD', headers: html });
        assert.equal(head.status, 200);
        assert.equal(head.text, '');
        assert.equal(head.headers['content-length'], String(Buffer.byteLength(first.text)));
      }
    });

    it('should answer a missing case with 404, and the case once it exists', async () => {
      assert.equal((await call(server.url, '/cases/nosuchid', { headers: html })).status, 404);
      assert.equal((await call(server.url, '/api/cases/nosuchid')).status, 404);
      const id = h.cases.create(sampleCase()).id;
      assert.equal((await call(server.url, `/api/cases/${id}`)).status, 200);
    });
  });

  describe('with a token', () => {
    beforeEach(() => start({ token: TOKEN }));

    it('should never serve a page without the token, nor one login state’s page to another', async () => {
      h.cases.create(sampleCase());
      const login = await call(server.url, '/login', { method: 'POST', form: { token: TOKEN }, headers: { origin: server.url } });
      const withCookie = await call(server.url, '/', { headers: { ...html, cookie: String(login.headers['set-cookie']).split(';')[0]! } });
      assert.equal(withCookie.status, 200);
      assert.match(withCookie.text, /action="\/logout"/);
      const bearer = await call(server.url, '/', { headers: { ...html, authorization: `Bearer ${TOKEN}` } });
      assert.equal(bearer.status, 200);
      assert.doesNotMatch(bearer.text, /action="\/logout"/, 'the API client has no session to log out of');
      const anonymous = await call(server.url, '/', { headers: html });
      assert.equal(anonymous.status, 303);
      assert.doesNotMatch(anonymous.text, /case-card/);
      const wrong = await call(server.url, '/api/cases', { headers: { authorization: 'Bearer wrong-token-wrong-token' } });
      assert.equal(wrong.status, 401);
      assert.equal((await call(server.url, '/api/cases', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
      assert.equal((await call(server.url, '/api/cases', { headers: { authorization: 'Bearer wrong-token-wrong-token', 'if-none-match': '*' } })).status, 401);
    });
  });
});
