/**
 * Issue 13 on the unsorted page: "put it on this case" follows the one-click binding's rules. A receipt
 * from an unverified sender, or one not delivered to the user (someone else's, bounced), cannot bind its
 * support case ID to a case; the page says why in the user's language, and lists why each mail is unsorted.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import pino from 'pino';
import { dashboardDeps } from '../../src/app/dashboard-deps.js';
import { sampleThread } from '../../src/demo/sample-thread.js';
import { startDashboard } from '../../src/server/dashboard.js';
import { en } from '../../src/server/i18n/en.js';
import { ja } from '../../src/server/i18n/ja.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';
import { call } from './support/http.js';

const USER = 'taro.personal@example.com';
const html = { accept: 'text/html' };
let uid = 0;

describe('unsorted mail put on a case by hand (issue 13)', () => {
  it('refuses an unverified or not-for-you receipt, says why in ja and en, and shows why each is unsorted', async () => {
    const t = testApp();
    const deps = dashboardDeps(t.app, { ...t.config, dashboard: { ...t.config.dashboard, port: 0 } }, pino({ level: 'silent' }));
    const server = await startDashboard(deps, { pollMs: 100 });
    try {
      const caseFile = sampleCase({ language: 'en' });
      const { id } = t.app.ctx.cases.create(caseFile);
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
      const deliver = (raw: Buffer) => t.app.pipeline.process({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: ++uid, raw, size: raw.length, truncated: false });
      // The attacker's genuine receipt, bounced to the user (To: the attacker).
      const [bounced] = await sampleThread({ caseFile, supportCaseId: '179999999999', authservId: AUTHSERV, user: 'mallory@attacker.example', start: t.clock.now() });
      // A receipt vouched for only by a server certmerge does not trust.
      const [forged] = await sampleThread({ caseFile, supportCaseId: '178888888888', authservId: 'mx.not-trusted.example', user: USER, start: t.clock.now() });
      for (const m of [bounced!, forged!]) await deliver(m.raw);
      assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);

      const list = await call(server.url, '/unsorted?lang=en', { headers: html });
      const item = (messageId: string) => {
        const start = list.text.indexOf(`data-unsorted-message="${messageId.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
        assert.ok(start >= 0, `${messageId} is listed`);
        return list.text.slice(start, list.text.indexOf('</li>', start));
      };
      assert.match(item(bounced!.messageId), new RegExp(`badge warn">${en.review.unsortedWhy.notForYou}<`));
      assert.match(item(bounced!.messageId), /data-unsorted-reason>not for you: addressed to mallory@attacker\.example/);
      assert.match(item(forged!.messageId), new RegExp(`badge warn">${en.review.unsortedWhy.untrusted}<`));
      assert.match(item(forged!.messageId), /data-unsorted-reason>[^<]*not verified/);

      for (const [m, reason] of [[bounced!, 'notForYou'], [forged!, 'untrusted']] as const) {
        for (const [lang, d] of [['en', en], ['ja', ja]] as const) {
          const path = `/unsorted/${encodeURIComponent(m.messageId)}/assign`;
          const r = await call(server.url, path, { method: 'POST', form: { caseId: id }, headers: { origin: server.url, cookie: `cm_lang=${lang}`, ...html } });
          assert.equal(r.status, 303);
          assert.equal(r.headers.location, '/unsorted', 'back to the list, not to the case');
          const flash = decodeURIComponent(String(r.headers['set-cookie']).match(/cm_flash=([^;]+)/)?.[1] ?? '');
          assert.equal(JSON.parse(flash).k, 'error');
          assert.equal(JSON.parse(flash).m, d.review.receiptRefused[reason], `${lang}: ${flash}`);
        }
        const v = t.app.ctx.cases.view(id);
        assert.equal(v.supportCaseId, null, 'no support case ID bound');
        assert.equal(v.state, 'awaitingAcknowledgement');
        assert.notEqual(t.app.messages.get(m.messageId)?.outcome, 'applied');
      }
      // Both still unsorted, on no case by hand.
      const left = (await call(server.url, '/api/unsorted')).json<{ messageId: string }[]>().map((m) => m.messageId);
      assert.ok(left.includes(bounced!.messageId) && left.includes(forged!.messageId), JSON.stringify(left));

      // The user's own verified receipt that matched no case is still put on it by hand.
      const other = sampleCase({ language: 'en', reason: 'another merge' });
      const second = t.app.ctx.cases.create(other);
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(second.id, { type, at: t.clock.now().toISOString(), source: 'user' });
      const [own] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
      await deliver(own!.raw);
      // On the Japanese page every reason reads in Japanese, the stored English line folded beneath it.
      const jaPage = (await call(server.url, '/unsorted?lang=ja', { headers: html })).text;
      const reasons = [...jaPage.matchAll(/data-unsorted-reason>([^<]*)</g)].map((m) => m[1]!);
      assert.equal(reasons.length, 2, jaPage);
      assert.ok(reasons.includes('あなた宛てではありません：宛先は mallory@attacker.example で、あなたのアドレスではありません'), reasons.join('\n'));
      assert.ok(reasons.some((r) => r.startsWith('差出人を確認できません（')), reasons.join('\n'));
      for (const r of reasons) assert.doesNotMatch(r, /not for you|not verified|matches no case|英語のまま/, r);
      assert.match(jaPage, /<summary>記録された原文（英語）<\/summary><div class="muted" data-unsorted-reason-original>not for you: addressed to mallory@attacker\.example/);
      const ok = await call(server.url, `/unsorted/${encodeURIComponent(own!.messageId)}/assign`, { method: 'POST', form: { caseId: id }, headers: { origin: server.url, cookie: 'cm_lang=en', ...html } });
      assert.equal(ok.headers.location, `/cases/${id}#timeline`);
      assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    } finally {
      await server.close();
      t.app.ctx.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
