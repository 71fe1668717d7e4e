import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDovecot, type DovecotHarness, type TestUser } from '../../harness/dovecot.js';
import type { SourceStatus } from '../../../src/mail/source-types.js';
import type { ImapSourceOptions } from '../../../src/mail/sources/imap-source.js';
import { englishCase, rmDir, startLiveApp, submittedCase, supportThread, tempDir, waitFor, type LiveApp } from './helpers.js';

describe('the running app when the IMAP server misbehaves', () => {
  let d: DovecotHarness;
  const apps: LiveApp[] = [];
  const dirs: string[] = [];

  before(async () => {
    d = await startDovecot({ users: [{ user: 'downtime', pass: 'downtime-pw-1' }, { user: 'renumbered', pass: 'renumbered-pw-2' }] });
  });
  after(async () => {
    await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
    await d?.stop();
    dirs.forEach(rmDir);
  });

  async function live(user: TestUser, o: Partial<ImapSourceOptions> = {}): Promise<LiveApp> {
    const dir = tempDir(`fault-${user.user}`);
    dirs.push(dir);
    const a = await startLiveApp(d, user, dir, o);
    apps.push(a);
    return a;
  }

  it('should show the mail connection down while Dovecot is stopped and process everything that arrived meanwhile once it is back', async () => {
    const user = d.users[0]!;
    const { app } = await live(user);
    const caseFile = englishCase();
    const id = submittedCase(app, caseFile);
    const [ack, ai, info, userInfo] = await supportThread(caseFile);
    assert.ok(ack && ai && info && userInfo);
    await d.append(user.user, 'INBOX', ack.raw);
    await waitFor(() => app.ctx.cases.view(id).state === 'awaitingSupport', 'the receipt while the server is up');
    assert.equal(app.mailStatus().connected, true);

    const statuses: SourceStatus[] = [];
    app.onMailStatus((s) => statuses.push(s));
    const stoppedAt = Date.now();
    await d.stop({ keep: true });
    const down = await waitFor(
      () => {
        const s = app.mailStatus();
        return !s.connected && s.downSince && s.lastError ? s : null;
      },
      'the status to show the connection down',
      10_000,
      () => JSON.stringify(app.mailStatus()),
    );
    assert.ok(Date.parse(down.downSince!) >= stoppedAt - 1000, `downSince ${down.downSince} is when the server went away`);
    assert.match(down.lastError!, /IMAP connection to 127\.0\.0\.1:\d+ (closed|failed)/);

    // Mail keeps arriving while the server is down: support's answers in the inbox, the user's reply in Sent.
    d.deliverFile(user.user, 'INBOX', ai.raw);
    d.deliverFile(user.user, 'INBOX', info.raw);
    d.deliverFile(user.user, 'Sent', userInfo.raw);
    // Reconnect attempts keep failing, and say why.
    await waitFor(() => /ECONNREFUSED|failed/.test(app.mailStatus().lastError ?? ''), 'a failed reconnect in the status', 10_000, () => JSON.stringify(app.mailStatus()));
    assert.equal(app.mailStatus().downSince, down.downSince, 'the outage keeps its start time across failed attempts');
    assert.equal(app.ctx.cases.view(id).state, 'awaitingSupport');

    const restartedAt = Date.now();
    await d.start();
    await waitFor(
      () => {
        const t = app.ctx.cases.view(id).timeline;
        return [ai, info, userInfo].every((m) => t.some((e) => e.messageId === m.messageId));
      },
      'everything that arrived during the outage to be processed',
      15_000,
      // Enough to tell a slow sync from a missed one, or from a client that found another server on the port.
      () => `${JSON.stringify(app.mailStatus())}; restarted at ${new Date(restartedAt).toISOString()}; timeline ${JSON.stringify(app.ctx.cases.view(id).timeline.map((e) => [e.at, e.type, e.messageId]))}\n${d.log()}`,
    );
    const v = app.ctx.cases.view(id);
    assert.equal(v.state, 'awaitingSupport', 'info request, then the user’s answer from Sent');
    assert.deepEqual(
      v.timeline.filter((e) => e.source === 'mail').map((e) => [e.type, e.outcome]),
      [['acknowledgement', 'applied'], ['ai_answer', 'applied'], ['info_request', 'applied'], ['reply-sent', 'applied']],
    );
    const s = app.mailStatus();
    assert.equal(s.connected, true);
    assert.equal(s.downSince, null);
    // The sync that finishes after the last message clears the error and stamps the time.
    await waitFor(
      () => app.mailStatus().lastError === null && Date.parse(app.mailStatus().lastSyncAt ?? '') >= restartedAt,
      'a clean sync after the reconnect',
      10_000,
      () => JSON.stringify(app.mailStatus()),
    );
    assert.ok(statuses.some((x) => !x.connected) && statuses.at(-1)?.connected, `listeners saw it go down and come back: ${JSON.stringify(statuses)}`);
  });

  it('should process nothing twice when UIDVALIDITY changes, and still process mail that arrives afterwards', async () => {
    const user = d.users[1]!;
    const live1 = await live(user);
    const { app } = live1;
    const caseFile = englishCase();
    const id = submittedCase(app, caseFile);
    const [ack, ai, info, userInfo, confirm] = await supportThread(caseFile);
    assert.ok(ack && ai && info && userInfo && confirm);
    for (const m of [ack, ai, info]) await d.append(user.user, 'INBOX', m.raw);
    await waitFor(() => app.ctx.cases.view(id).timeline.some((e) => e.messageId === info.messageId), 'the first part of the thread');
    const before = app.ctx.cases.view(id);
    assert.equal(before.state, 'infoRequested');
    const processedBefore = live1.processed();
    const oldValidity = app.checkpoints.get('INBOX')!.uidValidity;

    const next = await d.changeUidValidity(user.user, 'INBOX');
    assert.notEqual(next, oldValidity);
    // Dovecot ends a session whose mailbox changed UIDVALIDITY at its next command (the watchdog's NOOP here;
    // in IDLE it reports nothing): the source reconnects, starts over, and the pipeline dedups by Message-ID.
    await waitFor(() => app.checkpoints.get('INBOX')?.uidValidity === next, 'the new UIDVALIDITY in the checkpoint', 15_000, () => JSON.stringify(app.mailStatus()));
    await waitFor(() => live1.processed() >= processedBefore + 3, 'the inbox to be re-read under the new UIDVALIDITY', 10_000);

    const t0 = Date.now();
    await d.append(user.user, 'INBOX', confirm.raw);
    await waitFor(() => app.ctx.cases.view(id).state === 'confirmationRequested', 'mail arriving after the change', 10_000, () => JSON.stringify(app.mailStatus()));
    assert.ok(Date.now() - t0 < 3000, `mail after the change took ${Date.now() - t0} ms`);

    const after = app.ctx.cases.view(id);
    const byMessage = new Map<string, number>();
    for (const e of after.timeline) if (e.messageId) byMessage.set(e.messageId, (byMessage.get(e.messageId) ?? 0) + 1);
    assert.deepEqual([...byMessage.values()].filter((n) => n > 1), [], `no message on the timeline twice: ${JSON.stringify([...byMessage])}`);
    assert.deepEqual(after.timeline.slice(0, before.timeline.length), before.timeline, 'history unchanged');
    assert.deepEqual(
      after.timeline.slice(before.timeline.length).map((e) => [e.type, e.messageId, e.outcome]),
      [['confirmation_request', confirm.messageId, 'applied']],
    );
    assert.equal(app.checkpoints.get('INBOX')!.uidValidity, next);
  });
});
