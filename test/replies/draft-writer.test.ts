import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { sampleThread } from '../../src/demo/sample-thread.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';

describe('the draft writer', () => {
  /** A case waiting for its receipt, and a delivery of the demo thread's messages to the pipeline. */
  async function caseAndThread(t: ReturnType<typeof testApp>) {
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    const deliver = (i: number) => {
      const m = thread[i]!;
      return t.sourceDeps.onMessage({ role: m.role, mailbox: 'INBOX', uidValidity: '1', uid: i + 1, raw: m.raw, size: m.raw.length, truncated: false });
    };
    return { id, deliver };
  }

  it('should run one drain at a time: two wake-ups during a drain share one more drain, and the draft is appended once', async () => {
    const t = testApp();
    const { id, deliver } = await caseAndThread(t);
    await deliver(0); // the receipt: no draft, nothing for the writer
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inDrain = new Promise<void>((r) => (entered = r));
    let listed = 0;
    const list = t.mailbox.listDraftMessageIds.bind(t.mailbox);
    t.mailbox.listDraftMessageIds = async () => {
      listed++;
      entered();
      await gate;
      return list();
    };
    // The info request plans a draft; the drain it wakes is held in the mailbox.
    const delivered = deliver(2);
    await inDrain;
    assert.deepEqual(t.app.draftStore.forCase(id).map((d) => [d.kind, d.status]), [['info', 'pending']]);
    const first = t.app.draftWriter.wake();
    const second = t.app.draftWriter.wake();
    assert.equal(first, second, 'both wake-ups wait for the same next drain');
    assert.equal(listed, 1, 'no second drain while one runs');
    release();
    await Promise.all([delivered, first, second]);
    assert.equal(t.mailbox.appends, 1);
    assert.equal(listed, 1, 'the drain after it found nothing left to do');
    assert.deepEqual(t.app.draftStore.forCase(id).map((d) => [d.kind, d.status]), [['info', 'drafted']]);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('should retry with backoff while the mailbox is down, with no other wake-up, and append once', async () => {
    // Timers that keep the test's event loop alive (the app's own are unref'd).
    const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout) };
    const t = testApp({ appOptions: { timers, draftRetryBackoff: { baseMs: 10, capMs: 20 } } });
    const { id, deliver } = await caseAndThread(t);
    let attempts = 0;
    let appended!: () => void;
    const done = new Promise<void>((r) => (appended = r));
    const append = t.mailbox.appendDraft.bind(t.mailbox);
    t.mailbox.appendDraft = async (raw: Buffer) => {
      if (++attempts <= 2) throw new Error('IMAP is not connected');
      const r = await append(raw);
      appended();
      return r;
    };
    await deliver(0);
    await deliver(2);
    assert.deepEqual(t.app.draftStore.forCase(id).map((d) => d.status), ['pending'], 'planned, not yet in Drafts');
    await done;
    await t.app.draftWriter.wake();
    assert.equal(attempts, 3);
    assert.equal(t.mailbox.appends, 1);
    assert.deepEqual(t.app.draftStore.forCase(id).map((d) => d.status), ['drafted']);
    await t.app.draftWriter.stop();
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it('should leave a draft superseded while it was being appended superseded, and take it out of Drafts', async () => {
    const t = testApp();
    const { id, deliver } = await caseAndThread(t);
    await deliver(0);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inAppend = new Promise<void>((r) => (entered = r));
    const append = t.mailbox.appendDraft.bind(t.mailbox);
    t.mailbox.appendDraft = async (raw: Buffer) => {
      entered();
      await gate;
      return append(raw);
    };
    const delivered = deliver(2);
    await inAppend;
    // Planning moves on meanwhile (here by hand; in the daemon the next batch's planning does it).
    const [d] = t.app.draftStore.forCase(id);
    t.app.draftStore.setStatus(d!.id, 'superseded', t.clock.now().toISOString());
    release();
    await delivered;
    await t.app.draftWriter.wake();
    const after = t.app.draftStore.get(d!.id)!;
    assert.equal(after.status, 'superseded', 'never marked drafted (sendable) again');
    assert.equal(after.mailboxState, 'removed');
    assert.equal(t.mailbox.drafts.size, 0);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
});
