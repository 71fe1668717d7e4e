import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { AUTHSERV, englishCase, rmDir, startLiveApp, submittedCase, supportThread, tempDir, waitFor, type LiveApp } from './helpers.js';

/** Generous: a prompt reaction, not a benchmark (other suites share the machine). */
const PROMPT_MS = 3000;

describe('a live support thread on a real Dovecot', () => {
  let d: DovecotHarness;
  const apps: LiveApp[] = [];
  const dirs: string[] = [];

  before(async () => {
    d = await startDovecot({ users: [{ user: 'taro', pass: 'taro-pw-1' }, { user: 'hanako', pass: 'hanako-pw-2' }] });
  });
  after(async () => {
    await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
    await d?.stop();
    dirs.forEach(rmDir);
  });

  it('should move a case from awaitingAcknowledgement to done as the thread arrives message by message, inbox and Sent, each within seconds', async () => {
    const user = d.users[0]!;
    const dir = tempDir('live');
    dirs.push(dir);
    const live = await startLiveApp(d, user, dir);
    apps.push(live);
    const { app } = live;
    const caseFile = englishCase();
    const id = submittedCase(app, caseFile);
    assert.equal(app.ctx.cases.view(id).state, 'awaitingAcknowledgement');

    const thread = await supportThread(caseFile);
    const latencies: string[] = [];
    for (const m of thread) {
      const t0 = Date.now();
      await d.append(user.user, m.role === 'inbox' ? 'INBOX' : 'Sent', m.raw, m.role === 'sent' ? ['\\Seen'] : []);
      const entry = await waitFor(
        () => app.ctx.cases.view(id).timeline.find((e) => e.messageId === m.messageId),
        `${m.note} (${m.messageId}) on the timeline`,
        10_000,
        () => JSON.stringify(app.mailStatus()),
      );
      const ms = Date.now() - t0;
      latencies.push(`${m.note}: ${ms} ms`);
      const view = app.ctx.cases.view(id);
      assert.equal(entry.source, 'mail');
      assert.equal(entry.outcome, 'applied', `${m.note}: ${entry.summary}`);
      assert.equal(view.state, m.expect, `after ${m.note}`);
      assert.ok(ms < PROMPT_MS, `${m.note} took ${ms} ms to show (all: ${latencies.join(', ')})`);
    }

    const v = app.ctx.cases.view(id);
    assert.equal(v.supportCaseId, '171234567890');
    const types = v.timeline.filter((e) => e.source === 'mail').map((e) => e.type);
    assert.deepEqual(types, ['acknowledgement', 'ai_answer', 'info_request', 'reply-sent', 'confirmation_request', 'confirmation-sent', 'merge_completed', 'badges_transferred']);
    assert.equal(v.checklist.badges, true, "Credly's notice ticks the badges");

    // The user ticks the remaining checks, as `certmerge event ID ...` does.
    for (const type of ['certifications-verified', 'benefits-verified'] as const) app.ctx.cases.apply(id, { type, at: new Date().toISOString(), source: 'user' });
    assert.equal(app.ctx.cases.view(id).state, 'done');
    assert.equal(app.mailStatus().connected, true);
    process.stdout.write(`# reaction times: ${latencies.join('; ')}\n`);
  });

  it('should not let a forged copy or a look-alike sender move the case, and show each as ignored with why', async () => {
    const user = d.users[1]!;
    const dir = tempDir('forged');
    dirs.push(dir);
    const live = await startLiveApp(d, user, dir);
    apps.push(live);
    const { app } = live;
    const caseFile = englishCase();
    const id = submittedCase(app, caseFile);
    const thread = await supportThread(caseFile);
    const [ack, , info, , confirm] = thread;
    assert.ok(ack && info && confirm);

    await d.append(user.user, 'INBOX', ack.raw);
    await waitFor(() => app.ctx.cases.view(id).state === 'awaitingSupport', 'the receipt');

    const text = (b: Buffer) => b.toString('utf8');
    const forgeries = [
      {
        what: 'the confirmation request stamped by an unknown server',
        raw: Buffer.from(text(confirm.raw).replace(`Authentication-Results: ${AUTHSERV};`, 'Authentication-Results: mx.attacker.example;').replace('<demo-confirm-', '<forged-confirm-')),
        id: confirm.messageId.replace('<demo-confirm-', '<forged-confirm-'),
      },
      {
        what: 'the request for details from a look-alike domain that passes its own DKIM',
        raw: Buffer.from(text(info.raw).replaceAll('amazon.com', 'amaz0n.com')),
        id: info.messageId.replace('amazon.com', 'amaz0n.com'),
      },
    ];
    for (const f of forgeries) {
      const t0 = Date.now();
      await d.append(user.user, 'INBOX', f.raw);
      const entry = await waitFor(() => app.ctx.cases.view(id).timeline.find((e) => e.messageId === f.id), `${f.what} on the timeline`);
      const ms = Date.now() - t0;
      assert.ok(ms < PROMPT_MS, `${f.what} took ${ms} ms to show`);
      assert.equal(entry.outcome, 'ignored', `${f.what}: ${entry.summary}`);
      assert.match(entry.summary, /^Ignored: sender not verified \(.+\)/, f.what);
      assert.equal(app.ctx.cases.view(id).state, 'awaitingSupport', `${f.what} must not move the case`);
    }
    const reasons = app.ctx.cases.view(id).timeline.filter((e) => e.outcome === 'ignored').map((e) => e.summary);
    assert.match(reasons[0]!, /mx\.attacker\.example/, 'says whose verdict was not trusted');
    assert.match(reasons[1]!, /From domain amaz0n\.com is not one of the trusted sender domains/, 'says the domain is not a support domain');

    // The genuine message still works afterwards: forgeries did not poison dedup.
    await d.append(user.user, 'INBOX', confirm.raw);
    await waitFor(() => app.ctx.cases.view(id).state === 'confirmationRequested', 'the genuine confirmation request');
    assert.equal(app.messages.get(forgeries[0]!.id)?.trusted, false);
  });
});
