import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { sampleThread } from '../../src/demo/sample-thread.js';
import { bindReceiptByHand } from '../../src/ingest/bind-by-hand.js';
import type { IncomingMessage } from '../../src/mail/source-types.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';

let uid = 0;
const incoming = (role: 'inbox' | 'sent', raw: Buffer): IncomingMessage => ({ role, mailbox: role === 'inbox' ? 'INBOX' : 'Sent', uidValidity: '1', uid: ++uid, raw, size: raw.length, truncated: false });

describe('the mail pipeline', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  for (const language of ['ja', 'en'] as const) {
    it(`should move a case through a whole ${language === 'ja' ? 'Japanese' : 'English'} support thread to verifying`, async () => {
      const t = testApp();
      dirs.push(t.dir);
      const caseFile = sampleCase({ language });
      const { id } = t.app.ctx.cases.create(caseFile);
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
      const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
      for (const m of thread) {
        const r = await t.app.pipeline.process(incoming(m.role, m.raw));
        await t.app.afterChange(r.caseId ? [r.caseId] : undefined);
        assert.equal(t.app.ctx.cases.view(id).state, m.expect, `after ${m.note}: ${r.kind} ${r.outcome} (${r.why})`);
      }
      const v = t.app.ctx.cases.view(id);
      assert.equal(v.supportCaseId, '171234567890');
      const ai = v.timeline.find((e) => e.type === 'ai_answer');
      assert.equal(ai?.outcome, 'applied', 'the AI answer is recorded without derailing the case');
      assert.equal(v.checklist.badges, true, 'Credly mail ticks the badges');
      // Drafts were prepared for the info request and the confirmation, then superseded by the user's own replies.
      const drafts = t.app.drafts.list(id);
      assert.deepEqual(drafts.map((d) => [d.kind, d.status]), [['info', 'superseded'], ['confirmation', 'superseded']]);
      assert.equal(t.mailbox.appends, 2);
      // Superseded and untouched by the user: gone from the Drafts folder, so they cannot be sent by mistake (issue 13).
      await t.app.afterChange([id]);
      assert.equal(t.mailbox.drafts.size, 0, 'no stale draft is left in Drafts');
      t.app.ctx.close();
    });
  }

  it('should keep a superseded draft the user edited in Drafts, and flag it on the case page', async () => {
    const t = testApp();
    dirs.push(t.dir);
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    let edited: string | null = null;
    for (const m of thread) {
      const r = await t.app.pipeline.process(incoming(m.role, m.raw));
      await t.app.afterChange(r.caseId ? [r.caseId] : undefined);
      // The user edits the first draft as soon as it is in Drafts.
      const first = [...t.mailbox.drafts.entries()][0];
      if (!edited && first) {
        edited = first[0];
        t.mailbox.drafts.set(first[0], Buffer.concat([first[1], Buffer.from('\r\nP.S. one more thing\r\n')]));
      }
    }
    await t.app.afterChange([id]);
    assert.ok(edited);
    assert.deepEqual([...t.mailbox.drafts.keys()], [edited], 'the edited draft stays; the untouched one left');
    const views = t.app.drafts.list(id);
    assert.deepEqual(views.map((d) => [d.status, d.staleEdited]), [['superseded', true], ['superseded', false]]);
    t.app.ctx.close();
  });

  it('should never let a forged or unverified message move a case, and say why on the timeline', async () => {
    const t = testApp();
    dirs.push(t.dir);
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    await t.app.pipeline.process(incoming('inbox', thread[0]!.raw));
    // The same confirmation request, stamped by a server we do not trust (a forged Authentication-Results).
    const forged = Buffer.from(thread[4]!.raw.toString('utf8').replace(`Authentication-Results: ${AUTHSERV};`, 'Authentication-Results: mx.attacker.example;').replace(/<demo-confirm/, '<forged-confirm'));
    const r = await t.app.pipeline.process(incoming('inbox', forged));
    assert.equal(r.outcome, 'ignored');
    const v = t.app.ctx.cases.view(id);
    assert.equal(v.state, 'awaitingSupport');
    const last = v.timeline.at(-1)!;
    assert.equal(last.outcome, 'ignored');
    assert.match(last.summary, /sender not verified/);
    // The why names what failed, never a finding that speaks for the sender.
    assert.match(last.summary, /mx\.attacker\.example/);
    assert.doesNotMatch(last.summary, /is a trusted sender domain/);

    // A look-alike domain whose own DKIM and DMARC pass: the domain is what fails.
    const lookalike = Buffer.from(thread[2]!.raw.toString('utf8').replaceAll('amazon.com', 'amaz0n.com'));
    assert.equal((await t.app.pipeline.process(incoming('inbox', lookalike))).outcome, 'ignored');
    const why = t.app.ctx.cases.view(id).timeline.at(-1)!.summary;
    assert.match(why, /sender not verified \(From domain amaz0n\.com is not one of the trusted sender domains/);
    assert.doesNotMatch(why, /dmarc=pass/);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport');
    t.app.ctx.close();
  });

  it('should process a message once, across a re-delivery under a new UID and a restart', async () => {
    const t = testApp();
    dirs.push(t.dir);
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    await t.app.pipeline.process(incoming('inbox', thread[0]!.raw));
    const info = incoming('inbox', thread[2]!.raw);
    assert.equal((await t.app.pipeline.process(info)).outcome, 'applied');
    assert.equal((await t.app.pipeline.process({ ...info, uid: info.uid + 100 })).outcome, 'duplicate');
    await t.app.afterChange();
    await t.app.afterChange();
    assert.equal(t.app.drafts.list(id).length, 1, 'one support message, one draft');
    t.app.ctx.close();

    const again = testApp({ dir: t.dir });
    assert.equal((await again.app.pipeline.process({ ...info, uid: 999 })).outcome, 'duplicate');
    await again.app.afterChange();
    assert.equal(again.app.drafts.list(id).length, 1, 'a restart makes no second draft');
    assert.equal(again.app.ctx.cases.view(id).timeline.filter((e) => e.type === 'info_request').length, 1);
    assert.equal(again.app.checkpoints.get('INBOX')!.lastUid, 999);
    again.app.ctx.close();
  });
});

describe('the mail pipeline after downtime', () => {
  it('should not let an older reply from Sent answer a newer support request processed before it', async () => {
    const t = testApp();
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    const [ack, , info, userReply, confirm] = thread;
    for (const m of [ack!, info!]) await t.app.pipeline.process(incoming('inbox', m.raw));
    // Both arrived while certmerge was down: the newer request is synced (Inbox) before the older reply (Sent).
    await t.app.pipeline.process(incoming('inbox', confirm!.raw));
    await t.app.afterChange();
    const r = await t.app.pipeline.process(incoming('sent', userReply!.raw));
    await t.app.afterChange();
    assert.equal(r.outcome, 'ignored');
    assert.match(r.why, /earlier request/);
    const v = t.app.ctx.cases.view(id);
    assert.equal(v.state, 'confirmationRequested', 'the user still has to confirm');
    assert.deepEqual(t.app.drafts.list(id).map((d) => [d.kind, d.status]), [['confirmation', 'drafted']], 'the confirmation draft stays');
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
});

describe("the user's other support cases", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** Trusted support mail, as the user's receiving server stamps it. */
  const support = (n: number, subject: string, text: string) =>
    Buffer.from(
      `Authentication-Results: ${AUTHSERV};\r\n dkim=pass header.d=amazon.com header.s=demo;\r\n dmarc=pass (p=QUARANTINE) header.from=amazon.com\r\n` +
        `Received: from a48-102.smtp-out.amazonses.com by ${AUTHSERV} with ESMTPS; Mon, 05 Jan 2026 10:00:00 +0000\r\n` +
        `From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\r\nTo: taro.personal@example.com\r\nSubject: ${subject}\r\n` +
        `Message-ID: <other-case-${n}@amazon.com>\r\nDate: Mon, 05 Jan 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text}\r\n`,
    );

  it("should never take another case's receipt or closing for the merge case's, and keep what the merge case's ID ties to it", async () => {
    const t = testApp();
    dirs.push(t.dir);
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    // The user's refund case: its receipt reads like any receipt, and the merge case is the only one waiting.
    // Set aside as another matter's, it never binds on its own; the waiting case asks, it does not guess.
    const receipt = await t.app.pipeline.process(
      incoming('inbox', support(1, '[CASE 1799000000001] Refund for an exam voucher order', 'Thank you for contacting AWS Training and Certification.\nWe have received your case 1799000000001 and will respond within 24 hours. Please do not open a duplicate case.')),
    );
    assert.deepEqual([receipt.kind, receipt.outcome], ['unrelated', 'pending']);
    assert.match(receipt.why, /does not say it is about an account merge/);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingAcknowledgement');
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);

    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    assert.equal((await t.app.pipeline.process(incoming('inbox', thread[0]!.raw))).outcome, 'applied');
    // Its closing does not close the merge case.
    const closing = await t.app.pipeline.process(
      incoming('inbox', support(2, 'RE: [CASE 1799000000001] Refund for an exam voucher order', 'Your refund has been processed. As this resolves your request, we are closing this case now.')),
    );
    assert.deepEqual([closing.kind, closing.outcome], ['unrelated', 'unrelated']);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport');
    // Mail that the merge case's own ID ties to it is that case's, whatever else it speaks of.
    const request = await t.app.pipeline.process(
      incoming('inbox', support(3, 'RE: [CASE 171234567890] Vouchers', 'Hello,\nPlease send us the order number of the vouchers you purchased with your old profile.\nThank you.')),
    );
    assert.equal(request.kind, 'info_request');
    assert.notEqual(request.outcome, 'unrelated');
    t.app.ctx.close();
  });
  it("should let the user bind by hand a merge receipt that was set aside as another matter's", async () => {
    const t = testApp();
    dirs.push(t.dir);
    const { id } = t.app.ctx.cases.create(sampleCase({ language: 'en' }));
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    // The user filed the merge under "exam booking history": the receipt names that matter, not the merge.
    const r = await t.app.pipeline.process(
      incoming('inbox', support(4, '[CASE 1799000000002] Exam booking history', 'Thank you for contacting AWS Training and Certification.\nWe have received your case 1799000000002 and will respond within 24 hours.')),
    );
    assert.equal(r.outcome, 'pending');
    bindReceiptByHand({ cases: t.app.ctx.cases, store: t.app.ctx.store, messages: t.app.messages, now: () => t.clock.now().toISOString() }, id, r.messageId);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingSupport');
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '1799000000002');
    t.app.ctx.close();
  });
});

describe('mail that arrived before its case', () => {
  it('should be tied to the case once the case exists, and move it', async () => {
    const t = testApp();
    const caseFile = sampleCase({ language: 'ja' });
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
    // The receipt is processed while certmerge knows no case yet.
    const early = await t.app.pipeline.process(incoming('inbox', thread[0]!.raw));
    assert.equal(early.outcome, 'unmatched');
    await t.app.afterChange();
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    await t.app.afterChange();
    const v = t.app.ctx.cases.view(id);
    assert.equal(v.state, 'awaitingSupport');
    assert.equal(v.supportCaseId, '171234567890');
    assert.equal(t.app.messages.get(early.messageId)?.outcome, 'applied');
    // Nothing is applied twice when cases change again.
    t.app.ctx.cases.create(sampleCase());
    await t.app.afterChange();
    assert.equal(t.app.ctx.cases.view(id).timeline.filter((e) => e.type === 'acknowledgement').length, 1);
    t.app.ctx.close();
    rmSync(t.dir, { recursive: true, force: true });
  });
});

describe('support-looking mail that matches no case (issue 13: 100 spoofed mails added 187 MB)', () => {
  it('should keep only headers and an 8 KB excerpt each, 4 MB in all, for 90 days, and still match a case later', async () => {
    const { UNMATCHED } = await import('../../src/ingest/mail-pipeline.js');
    const t = testApp();
    try {
      const caseFile = sampleCase({ language: 'en' });
      const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
      const ack = thread[0]!.raw.toString('latin1');
      // 256 KB each rather than the attack's 2 MB: the bound is the excerpt whatever the size, and parsing 200 MB would slow the suite.
      const padding = `\r\n${'x'.repeat(76)}`.repeat(Math.ceil((256 * 1024) / 78));
      const spoof = (i: number) => Buffer.from(ack.replace(/Message-ID: <[^>]+>/i, `Message-ID: <spoof-${i}@amazon.com>`) + padding, 'latin1');
      for (let i = 0; i < 100; i++) {
        const r = await t.app.pipeline.process(incoming('inbox', spoof(i)));
        assert.equal(r.outcome, 'unmatched', r.why);
        t.time.advance(1000);
      }
      const sizes = t.app.ctx.db.prepare(`SELECT message_id AS id, length(raw) AS n FROM messages WHERE outcome = 'unmatched' ORDER BY rowid`).all() as { id: string; n: number | null }[];
      assert.equal(sizes.length, 100, 'every message keeps its dedup record');
      const kept = sizes.filter((s) => s.n !== null);
      const total = kept.reduce((a, s) => a + (s.n ?? 0), 0);
      assert.ok(total <= UNMATCHED.totalBytes, `${total} bytes stored`);
      assert.ok(kept.every((s) => (s.n ?? 0) <= UNMATCHED.bodyBytes + 8 * 1024), 'headers and an 8 KB excerpt each');
      assert.ok(total < 1024 * 1024, `100 spoofed mails keep ${total} bytes`);
      // Over the total budget the oldest excerpts go first (a budget of 10 excerpts here).
      t.app.messages.pruneUnmatchedRaw({ before: '2000-01-01T00:00:00.000Z', maxBytes: kept.slice(-10).reduce((a, s) => a + (s.n ?? 0), 0) });
      const after = t.app.ctx.db.prepare(`SELECT message_id AS id FROM messages WHERE outcome = 'unmatched' AND raw IS NOT NULL ORDER BY rowid`).pluck().all() as string[];
      assert.deepEqual(after, sizes.slice(-10).map((s) => s.id));
      assert.equal((await t.app.pipeline.process(incoming('inbox', spoof(99)))).outcome, 'duplicate', 'dedup is unchanged');

      // The newest excerpt is still enough to match its case once the case exists.
      const { id } = t.app.ctx.cases.create(caseFile);
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
      const retried = await t.app.pipeline.retryUnmatched();
      assert.ok(retried.some((r) => r.caseId === id && r.messageId === '<spoof-99@amazon.com>'), JSON.stringify(retried.slice(0, 3)));

      // 90 days later no unmatched excerpt is left.
      t.time.advance(91 * 86_400_000);
      await t.app.pipeline.process(incoming('inbox', spoof(1000)));
      const left = t.app.ctx.db.prepare(`SELECT COUNT(*) FROM messages WHERE outcome = 'unmatched' AND raw IS NOT NULL AND message_id != '<spoof-1000@amazon.com>'`).pluck().get();
      assert.equal(left, 0);
    } finally {
      t.app.ctx.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});

describe('unverified or not-for-you mail tied to a case (issue 13: bounded storage)', () => {
  it('should keep only headers and an excerpt of it, and let the 90-day pruning take that too, but not what was applied', async () => {
    const { UNMATCHED } = await import('../../src/ingest/mail-pipeline.js');
    const t = testApp();
    try {
      const caseFile = sampleCase({ language: 'en' });
      const { id } = t.app.ctx.cases.create(caseFile);
      for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
      const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: 'taro.personal@example.com', start: t.clock.now() });
      const padding = `\r\n${'x'.repeat(76)}`.repeat(Math.ceil((512 * 1024) / 78));
      const ack = Buffer.from(thread[0]!.raw.toString('latin1') + padding, 'latin1');
      assert.equal((await t.app.pipeline.process(incoming('inbox', ack))).outcome, 'applied');
      const info = thread[2]!.raw.toString('latin1');
      // Tied to the case by its subject, but from an unverified sender / addressed to someone else.
      const forged = Buffer.from(info.replace(`Authentication-Results: ${AUTHSERV};`, 'Authentication-Results: mx.attacker.example;').replace(/Message-ID: <[^>]+>/i, 'Message-ID: <forged-info@amazon.com>') + padding, 'latin1');
      const notForYou = Buffer.from(info.replace('To: taro.personal@example.com', 'To: mallory@attacker.example').replace(/Message-ID: <[^>]+>/i, 'Message-ID: <other-info@amazon.com>') + padding, 'latin1');
      for (const raw of [forged, notForYou]) {
        const r = await t.app.pipeline.process(incoming('inbox', raw));
        assert.equal(r.caseId, id, r.why);
        assert.equal(r.outcome, 'ignored', r.why);
      }
      const size = (messageId: string) => t.app.ctx.db.prepare('SELECT length(raw) FROM messages WHERE message_id = ?').pluck().get(messageId) as number | null;
      for (const messageId of ['<forged-info@amazon.com>', '<other-info@amazon.com>']) {
        const n = size(messageId);
        assert.ok(n !== null && n <= UNMATCHED.bodyBytes + 8 * 1024, `${messageId}: ${n} bytes kept`);
      }
      assert.ok((size('<demo-ack-171234567890@amazon.com>') ?? 0) > 512 * 1024, 'the applied receipt keeps its text');
      // 90 days on, their excerpts are pruned like unmatched mail's; the applied message keeps its text.
      t.time.advance(91 * 86_400_000);
      await t.app.pipeline.process(incoming('inbox', Buffer.from(info.replace(/Message-ID: <[^>]+>/i, 'Message-ID: <later@amazon.com>').replace('To: taro.personal@example.com', 'To: someone@example.org'))));
      assert.equal(size('<forged-info@amazon.com>'), null);
      assert.equal(size('<other-info@amazon.com>'), null);
      assert.ok((size('<demo-ack-171234567890@amazon.com>') ?? 0) > 512 * 1024);
    } finally {
      t.app.ctx.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
