import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import pino from 'pino';
import { dashboardDeps } from '../../src/app/dashboard-deps.js';
import { sampleThread } from '../../src/demo/sample-thread.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';
import { waitFor } from '../support/wait-for.js';

const up = { kind: 'imap' as const, connected: true, lastSyncAt: null, downSince: null, lastError: null, progress: null };

describe('the wired app', () => {
  /** A case waiting for its receipt and the demo thread for it: ack, AI answer, info request, the user's reply, confirmation request, ... */
  async function caseAndThread(t: ReturnType<typeof testApp>) {
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    const deliver = (m: (typeof thread)[number], uid: number) =>
      t.sourceDeps.onMessage({ role: m.role, mailbox: m.role === 'inbox' ? 'INBOX' : 'Sent', uidValidity: '1', uid, raw: m.raw, size: m.raw.length, truncated: false });
    return { id, thread, deliver };
  }

  it('should draft once at the end of a sync batch: an info request answered later in the same batch yields only the confirmation draft', async () => {
    const t = testApp();
    const { id, thread, deliver } = await caseAndThread(t);
    const [ack, , info, , confirm] = thread as [(typeof thread)[number], unknown, (typeof thread)[number], unknown, (typeof thread)[number]];
    t.sourceDeps.syncStarted?.();
    await deliver(ack, 1);
    await deliver(info, 2);
    assert.equal(t.app.ctx.cases.view(id).state, 'infoRequested');
    assert.equal(t.app.draftStore.forCase(id).length, 0, 'nothing drafted while the batch runs');
    // A reconcile asked for meanwhile (the daemon's change watch, a deadline) waits for the batch too.
    let reconciled = false;
    const asked = t.app.afterChange().then(() => (reconciled = true));
    await deliver(confirm, 3);
    assert.equal(reconciled, false);
    assert.equal(t.mailbox.appends, 0);
    await t.sourceDeps.syncEnded?.();
    await asked;
    assert.equal(reconciled, true);
    assert.deepEqual(
      t.app.draftStore.forCase(id).map((d) => [d.kind, d.status]),
      [['confirmation', 'drafted']],
      'only the draft still needed at the end: no info draft was composed',
    );
    assert.equal(t.mailbox.appends, 1);
    // A later batch (a re-sync, a restart) plans the same draft again and the store refuses it: still one.
    t.sourceDeps.syncStarted?.();
    await t.sourceDeps.syncEnded?.();
    await t.app.afterChange();
    assert.equal(t.app.draftStore.forCase(id).length, 1);
    assert.equal(t.mailbox.appends, 1);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('should draft for a mail the user reclassified as if it had been read right, and only once', async () => {
    const t = testApp();
    const { id, thread, deliver } = await caseAndThread(t);
    await deliver(thread[0]!, 1);
    await deliver(thread[1]!, 2); // the automated answer: no draft
    assert.equal(t.app.draftStore.forCase(id).length, 0);
    const ai = thread[1]!.messageId;
    const deps = dashboardDeps(t.app, t.config, pino({ level: 'silent' }));
    deps.messages.reclassify(id, ai, 'confirmation_request');
    await t.app.afterChange([id]);
    assert.equal(t.app.ctx.cases.view(id).state, 'confirmationRequested');
    const drafts = t.app.draftStore.forCase(id);
    assert.deepEqual(drafts.map((d) => [d.kind, d.status, d.inReplyTo]), [['confirmation', 'drafted', ai]]);
    // The same deadline as when the mail is read right (whatever the lifecycle sets for this wait).
    const right = testApp();
    const r = await caseAndThread(right);
    await r.deliver(r.thread[0]!, 1);
    await r.deliver(r.thread[4]!, 2);
    assert.equal(right.app.ctx.cases.view(r.id).state, 'confirmationRequested');
    assert.equal(t.app.ctx.cases.view(id).dueAt, right.app.ctx.cases.view(r.id).dueAt);
    assert.equal(t.app.ctx.cases.view(id).overdue, right.app.ctx.cases.view(r.id).overdue);
    right.app.ctx.close();
    rmSync(right.dir, { recursive: true, force: true });
    await t.app.afterChange([id]);
    assert.equal(t.app.draftStore.forCase(id).length, 1, 'planned again, refused by its key');
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('should send exactly the edited text, rebuilt on the same thread, and refuse a draft with blanks', async () => {
    const sent: Buffer[] = [];
    const t = testApp({ sendRaw: async (_smtp, _env, raw) => (sent.push(raw), { messageId: 'x', response: '250 ok' }) });
    const { id, thread, deliver } = await caseAndThread(t);
    await deliver(thread[0]!, 1);
    await deliver(thread[2]!, 2);
    const [before] = t.app.draftStore.forCase(id);
    assert.ok(before);
    const header = (raw: Buffer, name: string) => new RegExp(`^${name}:\\s*(.*(?:\\r\\n[ \\t].*)*)`, 'im').exec(raw.toString('utf8'))?.[1]?.replace(/\r\n[ \t]+/g, ' ');
    await t.app.drafts.edit(before.id, 'Hello,\n\nMy old pass date: [TO FILL IN: pass date]\n');
    await assert.rejects(t.app.drafts.send(before.id), /still has 1 blank\(s\) to fill in \(pass date\); edit the draft first/);
    assert.equal(sent.length, 0);
    const edited = await t.app.drafts.edit(before.id, 'Hello,\n\nMy old pass date: 2024-06-15\n\nTaro');
    assert.equal(edited.status, 'drafted', 'back in the Drafts folder');
    const after = t.app.draftStore.get(before.id)!;
    for (const name of ['Message-ID', 'In-Reply-To', 'References', 'Subject', 'To']) assert.equal(header(after.raw, name), header(before.raw, name), name);
    assert.deepEqual([...t.mailbox.drafts.keys()], [before.messageId], 'one copy in Drafts, the edited one');
    assert.match(t.mailbox.drafts.get(before.messageId)!.toString('utf8'), /My old pass date: 2024-06-15/);
    await t.app.drafts.send(before.id);
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.toString('utf8'), /My old pass date: 2024-06-15\r?\n\r?\nTaro/);
    assert.doesNotMatch(sent[0]!.toString('utf8'), /TO FILL IN/);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('should draft a single message outside a batch at once, as before', async () => {
    const t = testApp();
    const { id, thread, deliver } = await caseAndThread(t);
    await deliver(thread[0]!, 1);
    await deliver(thread[2]!, 2);
    assert.deepEqual(
      t.app.draftStore.forCase(id).map((d) => [d.kind, d.status]),
      [['info', 'drafted']],
    );
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('should plan the draft on the next start when the process died mid-batch, and only once', async () => {
    const t = testApp();
    const { id, thread, deliver } = await caseAndThread(t);
    t.sourceDeps.syncStarted?.();
    await deliver(thread[0]!, 1);
    await deliver(thread[2]!, 2);
    // Killed here: the batch never ended, no draft was planned.
    t.app.ctx.close();
    assert.equal(t.mailbox.appends, 0);
    const again = testApp({ dir: t.dir });
    await again.app.afterChange();
    await again.app.afterChange();
    assert.deepEqual(
      again.app.draftStore.forCase(id).map((d) => [d.kind, d.status]),
      [['info', 'drafted']],
    );
    // The re-sync after the restart delivers the same messages again: no second draft.
    again.sourceDeps.syncStarted?.();
    for (const [uid, m] of [thread[0]!, thread[2]!].entries()) {
      await again.sourceDeps.onMessage({ role: 'inbox', mailbox: 'INBOX', uidValidity: '2', uid: uid + 1, raw: m.raw, size: m.raw.length, truncated: false });
    }
    await again.sourceDeps.syncEnded?.();
    assert.equal(again.app.draftStore.forCase(id).length, 1);
    assert.equal(again.mailbox.appends, 1);
    again.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

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
    await waitFor(() => t.app.draftStore.withStatus('pending').length === 0, 'the planned draft to be written', 1000);
    assert.equal(t.app.draftStore.withStatus('drafted').length, 1);
    assert.equal(t.mailbox.drafts.size, 1);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
});
