import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { ImapSource, type ImapSourceOptions } from '../../../src/mail/sources/imap-source.js';
import { ImapDraftFolders } from '../../../src/mail/drafts/imap-draft-folders.js';
import type { ImapConfig } from '../../../src/config/schema.js';
import { fakePipeline, mail, waitFor, type FakePipeline } from '../../mail/sources/helpers.js';

const USERS = Array.from({ length: 16 }, (_, i) => ({ user: `u${i + 1}`, pass: `pw-${i + 1}-s3cret` }));

describe('ImapSource against a real Dovecot', () => {
  let d: DovecotHarness;
  const sources: ImapSource[] = [];
  let nextUser = 0;

  before(async () => {
    d = await startDovecot({ users: USERS });
  });
  after(async () => {
    await Promise.all(sources.map((s) => s.stop()));
    await d?.stop();
  });

  /** A fresh mailbox user per test, so tests do not see each other's mail. */
  function takeUser(): { user: string; pass: string } {
    const u = USERS[nextUser++];
    assert.ok(u, 'out of test users');
    return u;
  }

  function imapConfig(u: { user: string; pass: string }): ImapConfig {
    return { host: d.host, port: d.port, secure: false, user: u.user, pass: u.pass, inbox: 'INBOX', allowSelfSigned: false };
  }

  function source(u: { user: string; pass: string }, p: FakePipeline, o: Partial<ImapSourceOptions> = {}): ImapSource {
    const s = new ImapSource(
      {
        imap: imapConfig(u),
        maxMessageBytes: 25 * 1024 * 1024,
        reconcileSeconds: 300,
        watchdogSeconds: 0.3,
        watchdogTimeoutMs: 1000,
        autoIdleDelayMs: 100,
        backoff: { baseMs: 50, capMs: 300 },
        retryAfterFailureMs: 100,
        connectionTimeoutMs: 2000,
        ...o,
      },
      p.deps,
    );
    sources.push(s);
    return s;
  }

  /** The Drafts and Sent folders as the draft writer reaches them: on connections of their own. */
  function draftFolders(u: { user: string; pass: string }, p: FakePipeline): ImapDraftFolders {
    return new ImapDraftFolders({ imap: () => imapConfig(u), connectionTimeoutMs: 2000, logger: p.deps.logger });
  }

  it('should deliver a message appended to INBOX through IDLE within about a second', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p, { watchdogSeconds: 60 });
    await s.start();
    assert.equal(s.status().connected, true);
    assert.ok(s.status().lastSyncAt);
    const m = mail();
    const t0 = Date.now();
    await d.append(u.user, 'INBOX', m.raw);
    await p.waitFor(() => p.received.length === 1, 'the IDLE delivery', 3000);
    assert.ok(Date.now() - t0 < 1500, `took ${Date.now() - t0} ms`);
    const got = p.received[0];
    assert.ok(got);
    assert.equal(got.role, 'inbox');
    assert.equal(got.mailbox, 'INBOX');
    assert.equal(got.truncated, false);
    assert.equal(got.raw.toString(), m.raw.toString());
    assert.equal(got.size, m.raw.length);
    assert.match(got.uidValidity, /^\d+$/);
    assert.deepEqual(p.checkpoints.get('INBOX'), { mailbox: 'INBOX', uidValidity: got.uidValidity, lastUid: got.uid });
    await s.stop();
    assert.equal(s.status().connected, false);
  });

  it('should pick up messages in the Sent special-use folder, also the ones it appends itself', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p);
    await s.start();
    await d.append(u.user, 'Sent', mail({ from: 'taro@example.com', to: 'aws-cs-trainingcertification-form@amazon.com' }).raw, ['\\Seen']);
    await p.waitFor(() => p.received.length === 1, 'the Sent message via the watchdog poll');
    assert.equal(p.received[0]?.role, 'sent');
    assert.equal(p.received[0]?.mailbox, 'Sent');
    const own = mail({ from: 'taro@example.com' });
    await draftFolders(u, p).appendSent(own.raw);
    await p.waitFor(() => p.received.length === 2, 'the appended Sent copy');
    assert.deepEqual(p.messageIds()[1], own.id);
    // INBOX still gets IDLE after working in Sent.
    await d.append(u.user, 'INBOX', mail().raw);
    await p.waitFor(() => p.received.some((m) => m.role === 'inbox'), 'an inbox message after Sent work', 3000);
    await s.stop();
  });

  it('should resume from the checkpoint after a restart without redelivering', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s1 = source(u, p);
    await s1.start();
    await d.append(u.user, 'INBOX', mail().raw);
    await d.append(u.user, 'INBOX', mail().raw);
    await p.waitFor(() => p.received.length === 2, 'two messages');
    await s1.stop();
    const later = mail();
    await d.append(u.user, 'INBOX', later.raw);

    const p2 = fakePipeline({ checkpoints: p.checkpoints });
    const s2 = source(u, p2);
    await s2.start();
    await p2.waitFor(() => p2.received.length === 1, 'the message that arrived while stopped');
    assert.deepEqual(p2.messageIds(), [later.id]);
    await s2.stop();
    assert.equal(p2.received.length, 1);
  });

  it('should call onUidValidityChange and rebuild the baseline when UIDVALIDITY changes', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p);
    await s.start();
    const a = mail();
    const b = mail();
    await d.append(u.user, 'INBOX', a.raw);
    await d.append(u.user, 'INBOX', b.raw);
    await p.waitFor(() => p.received.length === 2, 'two messages');
    const oldValidity = p.received[0]?.uidValidity;

    const next = await d.changeUidValidity(u.user, 'INBOX');
    await p.waitFor(() => p.uidValidityChanges.length === 1, 'onUidValidityChange');
    assert.deepEqual(p.uidValidityChanges, [{ mailbox: 'INBOX', uidValidity: next }]);
    assert.notEqual(next, oldValidity);
    await p.waitFor(() => p.checkpoints.get('INBOX')?.uidValidity === next, 'a checkpoint under the new UIDVALIDITY');
    // The baseline is rebuilt from the (narrowed) mailbox: old messages may come again once; the pipeline dedups by Message-ID.
    const c = mail();
    await d.append(u.user, 'INBOX', c.raw);
    await p.waitFor(() => p.messageIds().includes(c.id), 'a new message after the change');
    await s.stop();
    const counts = new Map<string, number>();
    for (const id of p.messageIds()) counts.set(id, (counts.get(id) ?? 0) + 1);
    assert.ok((counts.get(a.id) ?? 0) <= 2 && (counts.get(b.id) ?? 0) <= 2, JSON.stringify([...counts]));
    assert.equal(counts.get(c.id), 1);
    for (const m of p.received.filter((x) => x.uidValidity === next)) assert.ok(m.uid > 0);

    // And a restart after the rebuild redelivers nothing.
    const p2 = fakePipeline({ checkpoints: p.checkpoints });
    const s2 = source(u, p2);
    await s2.start();
    await s2.stop();
    assert.equal(p2.received.length, 0);
    assert.equal(p2.uidValidityChanges.length, 0);
  });

  it('should reconnect after the server was down and deliver what arrived meanwhile', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p);
    await s.start();
    await d.append(u.user, 'INBOX', mail().raw);
    await p.waitFor(() => p.received.length === 1, 'the first message');

    await d.kill();
    await waitFor(() => !s.status().connected, 'the source to notice the outage');
    assert.ok(s.status().downSince);
    const meanwhile = mail();
    d.deliverFile(u.user, 'INBOX', meanwhile.raw);
    // A reconnect attempt fails and says why, while the server is still down.
    await waitFor(() => s.status().lastError, 'an error reported while down');
    assert.equal(s.status().connected, false);
    await d.start();
    await p.waitFor(() => p.received.length === 2, 'the message that arrived during the outage', 5000);
    assert.equal(p.messageIds()[1], meanwhile.id);
    await waitFor(() => s.status().connected && s.status().downSince === null, 'status up again');
    assert.equal(s.status().lastError, null);
    await s.stop();
  });

  it('should tear down and reconnect when the server stops answering (dead IDLE)', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p, { watchdogSeconds: 0.2, watchdogTimeoutMs: 300 });
    await s.start();
    d.pause();
    try {
      await waitFor(() => !s.status().connected, 'the watchdog to declare the connection dead', 3000);
      assert.match(s.status().lastError ?? '', /stopped answering/);
    } finally {
      d.resume();
    }
    await waitFor(() => s.status().connected, 'the reconnect', 5000);
    await d.append(u.user, 'INBOX', mail().raw);
    await p.waitFor(() => p.received.length === 1, 'delivery after the reconnect', 3000);
    await s.stop();
  });

  it('should report a wrong password in lastError, keep retrying and never log the password', async () => {
    const u = takeUser();
    const p = fakePipeline();
    // A refused login waits 15 minutes and more in production (see the sign-in tests); shortened here.
    const s = source({ user: u.user, pass: 'not-the-password-xyz' }, p, { backoff: { baseMs: 20, capMs: 60 }, refusedBackoff: { baseMs: 20, capMs: 60 } });
    await s.start();
    const st = s.status();
    assert.equal(st.connected, false);
    assert.equal(st.lastError, `IMAP login failed for ${u.user}@127.0.0.1: authentication rejected`);
    assert.ok(st.downSince);
    await waitFor(() => p.logs.filter((l) => l.msg === 'IMAP down; reconnecting').length >= 3, 'repeated attempts', 5000);
    await s.stop();
    const everything = JSON.stringify(p.logs) + JSON.stringify(p.statuses);
    assert.equal(everything.includes('not-the-password-xyz'), false);
  });

  it('should narrow the first sync by server-side search and fetch only the candidates', async () => {
    const u = takeUser();
    const now = Date.now();
    for (let i = 0; i < 300; i++) {
      d.deliverFile(u.user, 'INBOX', mail({ from: `news${i}@shop.example`, subject: `Weekly deals ${i}` }).raw, new Date(now - 86400_000));
    }
    const wanted = [
      mail({ from: 'aws-cs-trainingcertification-form@amazon.com', subject: 'RE:[CASE 17123] [AWS Training and Certification Form Submission]' }),
      mail({ from: 'Credly <admin@credly.com>', subject: 'Your badge' }),
      mail({ from: 'someone@example.org', subject: 'Fwd: [CASE 17123] details' }),
    ];
    const tooOld = mail({ from: 'aws-cs-trainingcertification-form@amazon.com' });
    d.deliverFile(u.user, 'INBOX', tooOld.raw, new Date(now - 30 * 86400_000));
    for (const w of wanted) d.deliverFile(u.user, 'INBOX', w.raw, new Date(now - 3600_000));
    d.deliverFile(u.user, 'Sent', mail({ from: 'taro@example.com', to: 'friend@example.net', subject: 'lunch' }).raw);
    const mine = mail({ from: 'taro@example.com', to: 'aws-cs-trainingcertification-form@amazon.com', subject: 'RE: [CASE 17123]' });
    d.deliverFile(u.user, 'Sent', mine.raw);

    const p = fakePipeline();
    const s = source(u, p);
    const t0 = Date.now();
    await s.start();
    await p.waitFor(() => p.received.length === 4, 'the candidates');
    const took = Date.now() - t0;
    await s.stop();
    assert.deepEqual(p.messageIds().slice(0, 3).sort(), wanted.map((w) => w.id).sort());
    assert.equal(p.messageIds()[3], mine.id);
    assert.equal(p.received.length, 4);
    // The baseline sits above every skipped message, so the next sync fetches none of them.
    assert.equal(p.checkpoints.get('INBOX')?.lastUid, 304);
    assert.equal(p.checkpoints.get('Sent')?.lastUid, 2);
    assert.ok(p.statuses.some((x) => x.progress?.total === 3 && x.progress.done === 3), 'progress reported');
    assert.ok(took < 5000, `first sync took ${took} ms`);

    const p2 = fakePipeline({ checkpoints: p.checkpoints });
    const s2 = source(u, p2);
    await s2.start();
    await s2.stop();
    assert.equal(p2.received.length, 0);
  });

  it('should deliver a message over maxMessageBytes truncated, with its header and text', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p, { maxMessageBytes: 50_000 });
    await s.start();
    const attachment = Buffer.alloc(400_000, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
    const big = [
      'From: aws-cs-trainingcertification-form@amazon.com',
      'To: taro@example.com',
      'Subject: =?UTF-8?B?44Ki44Kr44Km44Oz44OI57Wx5ZCI?= [CASE 99]',
      'Message-ID: <big-1@test.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XX"',
      '',
      '--XX',
      'Content-Type: multipart/alternative; boundary="YY"',
      '',
      '--YY',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('統合を確認してください。Please confirm the merge.').toString('base64'),
      '--YY',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Please confirm the merge.</p>',
      '--YY--',
      '--XX',
      'Content-Type: application/pdf; name="huge.pdf"',
      'Content-Disposition: attachment; filename="huge.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      attachment,
      '--XX--',
      '',
    ].join('\r\n');
    const plainHuge = mail({ body: 'Start of a very long text. ' + 'x'.repeat(120_000) });
    await d.append(u.user, 'INBOX', Buffer.from(big));
    await d.append(u.user, 'INBOX', plainHuge.raw);
    await p.waitFor(() => p.received.length === 2, 'the big messages');
    await s.stop();

    const [m, m2] = p.received;
    assert.ok(m && m2);
    assert.equal(m.truncated, true);
    assert.ok(m.size > 400_000);
    assert.ok(m.raw.length < 5_000, `raw is ${m.raw.length} bytes`);
    const parsed = await simpleParser(m.raw);
    assert.equal(parsed.subject, 'アカウント統合 [CASE 99]');
    assert.equal(parsed.messageId, '<big-1@test.example>');
    assert.match(parsed.text ?? '', /統合を確認してください/);
    assert.match(String(parsed.html), /Please confirm the merge/);
    assert.equal(parsed.attachments.length, 0);

    assert.equal(m2.truncated, true);
    assert.ok(m2.raw.length <= 50_000);
    assert.match(m2.raw.toString(), /Start of a very long text/);
  });

  it('should append drafts with the \\Draft flag to the Drafts special-use mailbox, list and delete them', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p);
    const f = draftFolders(u, p);
    await s.start();
    const draft = mail({ from: 'taro@example.com', to: 'aws-cs-trainingcertification-form@amazon.com', id: '<draft-1@certmerge.local>' });
    const r = await f.appendDraft(draft.raw);
    assert.equal(r.mailbox, 'Drafts');
    assert.equal(typeof r.uid, 'number');

    const c = d.client(u.user);
    await c.connect();
    const lock = await c.getMailboxLock('Drafts');
    try {
      const msgs = await c.fetchAll('1:*', { uid: true, flags: true, envelope: true });
      assert.equal(msgs.length, 1);
      assert.ok(msgs[0]?.flags?.has('\\Draft'));
      assert.equal(msgs[0]?.envelope?.messageId, '<draft-1@certmerge.local>');
    } finally {
      lock.release();
      await c.logout();
    }
    assert.deepEqual([...(await f.listDraftMessageIds())], ['<draft-1@certmerge.local>']);
    assert.equal(await f.deleteDraft('draft-1@certmerge.local'), true);
    assert.equal(await f.deleteDraft('<draft-1@certmerge.local>'), false);
    assert.equal((await f.listDraftMessageIds()).size, 0);

    // IDLE is back on the inbox after the Drafts work.
    const t0 = Date.now();
    await d.append(u.user, 'INBOX', mail().raw);
    await p.waitFor(() => p.received.length === 1, 'an inbox message after Drafts work', 3000);
    assert.ok(Date.now() - t0 < 1500);
    // Drafts are never delivered as mail.
    assert.equal(p.received.every((m) => m.mailbox === 'INBOX'), true);
    await s.stop();
  });

  it('should not advance past a message whose handler threw, and deliver it on retry', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p);
    await s.start();
    p.failNext(1);
    const a = mail();
    const b = mail();
    await d.append(u.user, 'INBOX', a.raw);
    await d.append(u.user, 'INBOX', b.raw);
    await p.waitFor(() => p.received.length === 2, 'both messages after the retry');
    assert.deepEqual(p.messageIds(), [a.id, b.id]);
    await s.stop();
  });

  it('should let the message handler append a draft on the draft folders\' own connection without deadlocking', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source(u, p);
    const f = draftFolders(u, p);
    const onMessage = p.deps.onMessage;
    let handled = 0;
    p.deps.onMessage = async (m) => {
      await onMessage(m);
      await f.appendDraft(mail({ from: 'taro@example.com', id: `<reply-${m.uid}@certmerge.local>` }).raw);
      handled++;
    };
    await s.start();
    await d.append(u.user, 'INBOX', mail().raw);
    await d.append(u.user, 'INBOX', mail().raw);
    await p.waitFor(() => p.received.length === 2, 'both messages');
    await waitFor(() => p.checkpoints.get('INBOX')?.lastUid === 2, 'the checkpoint');
    // Another connection: the handler's second append is not queued ahead of this list, so wait for it.
    await waitFor(() => handled === 2, 'both handlers done');
    const ids = await f.listDraftMessageIds();
    assert.deepEqual([...ids].sort(), ['<reply-1@certmerge.local>', '<reply-2@certmerge.local>']);
    await s.stop();
  });

  it('should refuse draft operations with a MAIL_SOURCE error while disconnected', async () => {
    const u = takeUser();
    const p = fakePipeline();
    const s = source({ user: u.user, pass: 'wrong' }, p);
    await s.start();
    await assert.rejects(draftFolders({ user: u.user, pass: 'wrong' }, p).appendDraft(mail().raw), (e: Error & { code?: string }) => e.code === 'MAIL_SOURCE' && /not connected/.test(e.message));
    await s.stop();
  });
});
