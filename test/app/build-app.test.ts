import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { sampleThread } from '../../src/demo/sample-thread.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';

const up = { kind: 'imap' as const, connected: true, lastSyncAt: null, downSince: null, lastError: null, progress: null };

describe('the wired app', () => {
  it('should put drafts planned while the mailbox was down into Drafts once it is back', async () => {
    const t = testApp();
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    t.sourceDeps.onStatus?.({ ...up, connected: false, downSince: t.clock.now().toISOString(), lastError: 'IMAP down' });
    const append = t.mailbox.appendDraft.bind(t.mailbox);
    t.mailbox.appendDraft = async () => {
      throw new Error('IMAP is not connected');
    };
    for (const m of [thread[0]!, thread[2]!]) await t.sourceDeps.onMessage({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: thread.indexOf(m) + 1, raw: m.raw, size: m.raw.length, truncated: false });
    assert.equal(t.app.draftStore.withStatus('pending').length, 1, 'planned, not yet in Drafts');
    t.mailbox.appendDraft = append;
    t.sourceDeps.onStatus?.(up);
    for (let i = 0; i < 50 && t.app.draftStore.withStatus('pending').length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(t.app.draftStore.withStatus('drafted').length, 1);
    assert.equal(t.mailbox.drafts.size, 1);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
});
