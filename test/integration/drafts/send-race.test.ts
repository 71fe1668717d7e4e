/**
 * A draft approved while the case moves on under it (mail processed, another
 * process applying an event during the SMTP exchange): the mail is out, so the
 * draft must end up sent and never go out a second time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { AppError } from '../../../src/errors.js';
import type { App } from '../../../src/app/build-app.js';
import type { SendRaw } from '../../../src/replies/draft-service.js';
import { sampleCase } from '../../support/case-files.js';
import { testApp } from '../../support/app.js';

describe('sending a draft while the world changes', () => {
  it('should mark the draft sent and record the send even when the event no longer applies', async () => {
    const sent: Buffer[] = [];
    let app: App | null = null;
    let caseId = '';
    // Support's completion notice is processed while our confirmation is on the wire.
    const sendRaw: SendRaw = async (_smtp, _env, raw) => {
      app!.ctx.cases.apply(caseId, { type: 'merge_completed', at: new Date().toISOString(), source: 'mail', messageId: '<done@amazon.com>' });
      sent.push(raw);
      return { messageId: '<x>', response: '250 ok' };
    };
    const t = testApp({ sendRaw });
    app = t.app;
    try {
      const { id } = t.app.ctx.cases.create(sampleCase({ language: 'en', requester: { name: '山田 太郎', nameEn: 'Taro Yamada', company: 'Example Corp' } }));
      caseId = id;
      const at = t.clock.now().toISOString();
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at, source: 'user' });
      t.app.ctx.cases.apply(id, { type: 'acknowledgement', supportCaseId: '171234567890', at, source: 'mail', messageId: '<ack@amazon.com>' });
      t.app.ctx.cases.apply(id, { type: 'confirmation_request', at, source: 'mail', messageId: '<confirm@amazon.com>' });
      await t.app.afterChange();
      const [draft] = t.app.drafts.list(id);
      assert.equal(draft?.kind, 'confirmation');

      const result = await t.app.drafts.send(draft.id);
      assert.equal(result.status, 'sent', 'the mail went out: the draft is sent');
      assert.equal(sent.length, 1);
      const v = t.app.ctx.cases.view(id);
      assert.equal(v.state, 'verifying', 'the case stays where the mail moved it');
      const entry = v.timeline.find((e) => e.type === 'confirmation-sent');
      assert.equal(entry?.outcome, 'ignored', 'the send is on the timeline, recorded');
      assert.match(entry?.summary ?? '', /\(approved draft sent\); the case had already moved on$/);
      await assert.rejects(t.app.drafts.send(draft.id), /already sent/);
      assert.equal(sent.length, 1, 'never sent twice');
      assert.ok(t.mailbox.sent.length === 1, 'the copy goes to Sent');
    } finally {
      t.app.ctx.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });

  it('should refuse to send while the Drafts folder cannot be read, keeping the reason with the draft', async () => {
    let sends = 0;
    const t = testApp({ sendRaw: async () => { sends++; return { messageId: '<x>', response: '250 ok' }; } });
    try {
      const { id } = t.app.ctx.cases.create(sampleCase({ language: 'en', requester: { name: '山田 太郎', nameEn: 'Taro Yamada', company: 'Example Corp' } }));
      const at = t.clock.now().toISOString();
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at, source: 'user' });
      t.app.ctx.cases.apply(id, { type: 'acknowledgement', supportCaseId: '171234567890', at, source: 'mail', messageId: '<ack@amazon.com>' });
      t.app.ctx.cases.apply(id, { type: 'confirmation_request', at, source: 'mail', messageId: '<confirm@amazon.com>' });
      await t.app.afterChange();
      const [draft] = t.app.drafts.list(id);
      assert.ok(draft);
      t.mailbox.listDraftMessageIds = async () => {
        throw new AppError('MAIL_SOURCE', 'IMAP is not connected: IMAP login failed for me@imap.example.com: authentication rejected');
      };
      await assert.rejects(t.app.drafts.send(draft.id), (err: AppError) => err.code === 'MAIL_SOURCE' && /cannot check your Drafts folder/.test(err.message));
      assert.equal(sends, 0, 'nothing sent');
      const after = t.app.drafts.get(draft.id)!;
      assert.equal(after.status, 'drafted');
      assert.equal(after.error, 'not sent: cannot check your Drafts folder: IMAP is not connected: IMAP login failed for me@imap.example.com: authentication rejected');
      assert.equal(t.app.ctx.cases.view(id).state, 'confirmationRequested');
    } finally {
      t.app.ctx.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
