import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MailComposer from 'nodemailer/lib/mail-composer';
import { contextFor } from '../../../src/app/context.js';
import { systemClock } from '../../../src/clock/clock.js';
import { resolveConfig } from '../../../src/config/load.js';
import type { SourceStatus } from '../../../src/mail/source-types.js';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { AUTHSERV, configFor, englishCase, fillerMail, rmDir, startLiveApp, submittedCase, supportThread, tempDir, USER_ADDRESS, waitFor, type LiveApp } from './helpers.js';

const FILLERS = 500;

/** Real Amazon mail that is not support mail: it passes the server-side search and is classified unrelated. */
async function marketing(n: number): Promise<Buffer> {
  const raw = await new MailComposer({
    from: 'Amazon.com <store-news@amazon.com>',
    to: USER_ADDRESS,
    subject: `Deals picked for you #${n}`,
    text: 'Today only: deals on headphones, books and more.',
    messageId: `<marketing-${n}@amazon.com>`,
    date: new Date(),
  })
    .compile()
    .build();
  return Buffer.concat([Buffer.from(`Authentication-Results: ${AUTHSERV}; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com\r\n`), raw]);
}

describe('the first sync of a mailbox that already holds a lot of mail', () => {
  let d: DovecotHarness;
  const apps: LiveApp[] = [];
  const dirs: string[] = [];

  before(async () => {
    d = await startDovecot({ users: [{ user: 'hoarder', pass: 'hoarder-pw-1' }] });
  });
  after(async () => {
    await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
    await d?.stop();
    dirs.forEach(rmDir);
  });

  it('should bring the case to its state while processing about as many messages as the thread has, not the 500 others', async () => {
    const user = d.users[0]!;
    const dir = tempDir('first-sync');
    dirs.push(dir);
    // The case exists before certmerge ever looked at the mailbox (`case create`, then `start`).
    const ctx = contextFor(resolveConfig(configFor(d, user, dir), dir, 'setup'), systemClock);
    const caseFile = englishCase();
    const id = submittedCase({ ctx }, caseFile);
    ctx.close();

    const thread = (await supportThread(caseFile)).filter((m) => m.role === 'inbox');
    const ads = await Promise.all([0, 1, 2].map(marketing));
    // The thread and a few ads scattered through 500 unrelated messages; 100 own messages to friends in Sent.
    const slots = new Map<number, Buffer>();
    thread.forEach((m, i) => slots.set(Math.floor(((i + 1) * FILLERS) / (thread.length + 1)), m.raw));
    ads.forEach((raw, i) => slots.set(37 + i * 151, raw));
    for (let i = 0; i < FILLERS; i++) {
      const extra = slots.get(i);
      if (extra) d.deliverFile(user.user, 'INBOX', extra);
      d.deliverFile(user.user, 'INBOX', await fillerMail(i, 'old'));
    }
    for (let i = 0; i < 100; i++) d.deliverFile(user.user, 'Sent', await fillerMail(i, 'sent'));

    const t0 = Date.now();
    const live = await startLiveApp(d, user, dir);
    apps.push(live);
    const { app } = live;
    const progress: NonNullable<SourceStatus['progress']>[] = [];
    app.onMailStatus((s) => s.progress && progress.push(s.progress));
    await waitFor(
      () => {
        const v = app.ctx.cases.view(id);
        return v.state === 'verifying' && v.checklist.badges;
      },
      'the case to reach verifying with the badges checked',
      20_000,
      () => JSON.stringify(app.ctx.cases.view(id).state),
    );
    const ms = Date.now() - t0;

    const v = app.ctx.cases.view(id);
    assert.deepEqual(
      v.timeline.filter((e) => e.source === 'mail').map((e) => [e.type, e.messageId, e.outcome]),
      thread.map((m) => [['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred'][thread.indexOf(m)], m.messageId, 'applied']),
    );
    const processed = live.processed();
    assert.ok(processed >= thread.length, `processed ${processed}`);
    assert.ok(processed <= thread.length + ads.length, `the first sync processed ${processed} messages for a thread of ${thread.length} (and ${ads.length} ads that pass the search)`);
    for (const ad of [0, 1, 2]) assert.equal(app.messages.get(`<marketing-${ad}@amazon.com>`)?.outcome, 'unrelated');
    assert.ok(progress.every((p) => p.total <= thread.length + ads.length), `progress counts candidates only: ${JSON.stringify(progress.slice(0, 3))}`);

    // The baseline moved past everything skipped: a restart does not look at those 600 messages again.
    const inbox = app.checkpoints.get('INBOX');
    const sent = app.checkpoints.get('Sent');
    assert.equal(inbox?.lastUid, FILLERS + thread.length + ads.length);
    assert.equal(sent?.lastUid, 100);
    await live.stop();
    const again = await startLiveApp(d, user, dir);
    apps.push(again);
    await d.append(user.user, 'INBOX', await fillerMail(9999, 'new'));
    await waitFor(() => again.processed() === 1, 'the one new message after a restart', 10_000);
    assert.equal(again.processed(), 1);
    process.stdout.write(`# first sync of ${FILLERS + thread.length + ads.length} + 100 messages: ${processed} processed, case state reached in ${ms} ms\n`);
  });
});
