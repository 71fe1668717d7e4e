/**
 * The daemon against a real Dovecot: a wrong password keeps it up and says
 * why; a crash mid-case is caught up after a restart.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { buildApp } from '../../../src/app/build-app.js';
import { contextFor } from '../../../src/app/context.js';
import { dashboardDeps } from '../../../src/app/dashboard-deps.js';
import { systemClock } from '../../../src/clock/clock.js';
import { mockDate } from '../../support/mock-time.js';
import { loadConfig } from '../../../src/config/load.js';
import { sampleThread } from '../../../src/demo/sample-thread.js';
import { startDashboard } from '../../../src/server/dashboard.js';
import { freePort, startDovecot, type DovecotHarness, type TestUser } from '../../harness/dovecot.js';
import { startSmtp, type SmtpHarness } from '../../harness/smtp.js';
import { sampleCase } from '../../support/case-files.js';
import { folderMessages, killChildren, runCli, spawnCli, waitFor } from '../drafts/helpers.js';
import { getJson, healthz, stopWith, tempDirs, writeConfig } from './shared.js';

const AUTHSERV = 'mx.daemon-test.example';
const USERS: TestUser[] = [
  { user: 'daemon1', pass: 'daemon-pw-1' },
  { user: 'daemon2', pass: 'daemon-pw-2' },
];
const WRONG_PASS = 'Wr0ng-pa55word-zq';

describe('the daemon with a real IMAP server', () => {
  let d: DovecotHarness;
  let smtp: SmtpHarness;
  const { tmp, cleanup } = tempDirs();
  const imapConfig = (u: TestUser, pass = u.pass) => ({ source: 'imap', imap: { host: d.host, port: d.port, secure: false, user: u.user, pass } });

  before(async () => {
    [d, smtp] = await Promise.all([startDovecot({ users: USERS }), startSmtp()]);
  });
  after(async () => {
    await killChildren();
    await smtp?.stop();
    await d?.stop();
    cleanup();
  });

  it('should stay up with a wrong IMAP password, report it in plain words without the password, back off long, and connect at once when the config is fixed', async () => {
    const cwd = tmp();
    const port = await freePort();
    const config = (pass: string) => ({ dataDir: './data', dashboard: { port }, mail: imapConfig(USERS[0]!, pass), trust: { authservId: AUTHSERV } });
    const file = writeConfig(cwd, config(WRONG_PASS));
    const c = spawnCli(cwd, ['start', '--config', file]);
    const base = `http://127.0.0.1:${port}`;
    await healthz(base);
    const h = await waitFor(
      async () => {
        const r = await getJson(`${base}/healthz`);
        return (r.body.mail as { lastError: string | null }).lastError ? r : null;
      },
      'the mail status to report the failed login',
    );
    // Down for less than a minute: still healthy as a process, with the mail status saying why mail is not read.
    assert.equal(h.status, 200);
    const mail = h.body.mail as { connected: boolean; downSince: string | null; lastError: string };
    assert.equal(mail.connected, false);
    assert.ok(mail.downSince, 'downSince is set');
    assert.equal(mail.lastError, `IMAP login failed for ${USERS[0]!.user}@127.0.0.1: authentication rejected`);
    // A refused sign-in is a state: the server's words and what to do, at the top of /healthz too.
    const refused = h.body.signInRefused as { reason: string; action: string };
    assert.match(refused.reason, /AUTHENTICATIONFAILED/);
    assert.match(refused.action, /mail\.imap\.pass/);

    // Retried, but not every few seconds (providers lock accounts for that): the next attempt waits 7.5–15 minutes.
    const retries = () =>
      c
        .stdout()
        .split('\n')
        .filter((l) => l.includes('IMAP down; reconnecting'))
        .map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    await waitFor(() => retries().length >= 1, () => `a reconnect scheduled (log: ${c.stdout()})`, 15_000);
    assert.ok(retries()[0]! >= 7.5 * 60_000, `first wait ${retries()[0]} ms`);
    assert.equal(retries().length, 1, 'no retry storm');
    assert.equal((await getJson(`${base}/healthz`)).status, 200, 'the daemon is still up');

    // The user fixes the password: the daemon notices the saved file and connects at once.
    writeConfig(cwd, config(USERS[0]!.pass));
    await waitFor(async () => ((await getJson(`${base}/healthz`)).body.mail as { connected: boolean }).connected, 'connected after the config was fixed', 15_000);
    assert.equal((await getJson(`${base}/healthz`)).body.signInRefused, undefined);
    assert.equal(retries().length, 1, 'no attempt between the refusal and the fix: the fix connected, not a retry');
    await stopWith(c, 'SIGTERM');
    assert.doesNotMatch(c.stdout() + c.stderr(), new RegExp(WRONG_PASS), 'the password is never logged');
    assert.match(c.stdout(), /authentication rejected/, 'the log says why');
  });

  it('should answer /healthz with 503 once the mail source has been down for over a minute (clock injected)', async (t) => {
    const dir = tmp();
    const port = await freePort();
    const file = writeConfig(dir, { dataDir: './data', dashboard: { port }, mail: imapConfig(USERS[0]!, WRONG_PASS) });
    const config = loadConfig(join(dir, file), {});
    const logger = pino({ level: 'silent' });
    const app = buildApp(config, { clock: systemClock, logger });
    const dashboard = await startDashboard(dashboardDeps(app, config, logger));
    try {
      await app.source.start();
      let h = await getJson(`${dashboard.url}/healthz`);
      assert.equal(h.status, 200);
      assert.equal((h.body.mail as { connected: boolean }).connected, false);
      // A minute later (node:test mocks Date; timers stay real).
      const time = mockDate(new Date());
      t.after(() => time.restore());
      time.advance(61_000);
      h = await getJson(`${dashboard.url}/healthz`);
      assert.equal(h.status, 503);
      assert.equal(h.body.ok, false);
      assert.match((h.body.mail as { lastError: string }).lastError, /authentication rejected/);
      assert.doesNotMatch(JSON.stringify(h.body), new RegExp(WRONG_PASS));
    } finally {
      await app.source.stop();
      await dashboard.close();
      app.ctx.close();
    }
  });

  it('should pick up where it was after a crash mid-case: mail that came meanwhile moves the case, nothing twice', async () => {
    const u = USERS[1]!;
    const cwd = tmp();
    const port = await freePort();
    const file = writeConfig(cwd, { dataDir: './data', dashboard: { port }, mail: { ...imapConfig(u), smtp: { host: smtp.host, port: smtp.port, secure: false }, from: 'Taro Yamada <taro.personal@example.com>' }, trust: { authservId: AUTHSERV } });
    const base = `http://127.0.0.1:${port}`;
    // The case as `certmerge case create` + `event prepared` + `event case-submitted` leave it.
    const caseFile = sampleCase();
    const ctx = contextFor(loadConfig(join(cwd, file), {}), systemClock);
    const { id } = ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) ctx.cases.apply(id, { type, at: new Date().toISOString(), source: 'user' });
    ctx.close();
    const t = await sampleThread({ caseFile, supportCaseId: '171200000001', authservId: AUTHSERV, user: 'taro.personal@example.com', start: new Date() });
    const caseJson = async () => (await getJson(`${base}/api/cases/${id}`)).body as { state: string; drafts: { id: string; kind: string; status: string; messageId: string }[]; timeline: { type: string; messageId?: string; outcome?: string }[] };

    const first = spawnCli(cwd, ['start', '--config', file]);
    await waitFor(async () => ((await getJson(`${base}/healthz`).catch(() => null))?.body.mail as { connected?: boolean } | undefined)?.connected, 'the first daemon to connect to IMAP', 20_000);
    await d.append(u.user, 'INBOX', t[0]!.raw);
    await d.append(u.user, 'INBOX', t[2]!.raw);
    await waitFor(async () => {
      const v = await caseJson();
      return v.state === 'infoRequested' && v.drafts.some((x) => x.kind === 'info');
    }, 'the info request and its draft');
    await waitFor(async () => (await folderMessages(d, u.user, '\\Drafts')).length === 1, 'the info draft in Drafts');

    // A crash: no clean shutdown, the lock stays behind.
    first.child.kill('SIGKILL');
    await first.exited;
    assert.ok(existsSync(join(cwd, 'data', 'daemon.lock')), 'a stale lock is left behind');
    // Meanwhile the user answered from their mail client, and support asked for confirmation.
    await d.append(u.user, 'Sent', t[3]!.raw, ['\\Seen']);
    await d.append(u.user, 'INBOX', t[4]!.raw);

    const userReply = (await simpleParser(t[3]!.raw)).messageId;
    const second = spawnCli(cwd, ['start', '--config', file]);
    await waitFor(async () => {
      const v = await caseJson().catch(() => null);
      return v?.state === 'confirmationRequested' && v.drafts.some((x) => x.kind === 'confirmation' && x.status === 'drafted') && v.timeline.some((e) => e.messageId === userReply);
    }, () => `the restarted daemon to catch up (log: ${second.stdout().slice(-2000)})`, 20_000);
    const v = await caseJson();
    assert.deepEqual(v.drafts.map((x) => [x.kind, x.status]), [['info', 'superseded'], ['confirmation', 'drafted']]);
    // After a downtime the inbox is read before Sent, so the user's older reply may come after the confirmation
    // request and only be recorded; either way the case ends where the mail says it is.
    const applied = v.timeline.filter((e) => e.outcome === 'applied').map((e) => e.type);
    assert.deepEqual(applied.filter((x) => x !== 'reply-sent'), ['prepared', 'case-submitted', 'acknowledgement', 'info_request', 'confirmation_request']);
    assert.equal(v.timeline.filter((e) => e.messageId === userReply).length, 1, 'the reply from the mail client is on the timeline once');
    const ids = v.timeline.filter((e) => e.messageId).map((e) => e.messageId);
    assert.equal(new Set(ids).size, ids.length, 'no message on the timeline twice');
    // The superseded info draft was never touched, so it leaves Drafts (issue 13); the confirmation draft is what stays.
    const confirmationId = v.drafts.find((x) => x.kind === 'confirmation')!.messageId;
    await waitFor(async () => {
      const inDrafts = await Promise.all((await folderMessages(d, u.user, '\\Drafts')).map(async (m) => (await simpleParser(m.raw)).messageId));
      return inDrafts.length === 1 && inDrafts[0] === confirmationId;
    }, 'the confirmation draft alone in Drafts, the untouched info draft removed');

    // Approved from the CLI while the daemon runs: the daemon, which owns the mailbox, sends it.
    const draft = v.drafts.find((x) => x.kind === 'confirmation')!;
    const sent = await runCli(cwd, ['draft', 'send', draft.id, '--config', file]);
    assert.equal(sent.code, 0, sent.stderr);
    assert.match(sent.stdout, new RegExp(`^Sent ${draft.id} \\(confirmation\\) to aws-cs-trainingcertification-form@amazon.com`));
    const [wire] = await smtp.waitForMessages(1);
    assert.equal((await simpleParser(wire!.raw)).messageId, draft.messageId);
    const after = await caseJson();
    assert.equal(after.state, 'awaitingCompletion');
    assert.equal(after.drafts.find((x) => x.id === draft.id)?.status, 'sent');
    const again = await runCli(cwd, ['draft', 'send', draft.id, '--config', file]);
    assert.equal(again.code, 2, again.stderr);
    assert.equal(again.stderr.trim(), `certmerge: draft ${draft.id} was already sent`);
    assert.equal(smtp.messages.length, 1);
    await stopWith(second, 'SIGTERM');
  });
});
