/**
 * `certmerge start` and `certmerge demo` as a user runs them: child processes
 * of the real CLI, free ports, temp dirs, a real Dovecot for the mailbox.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { stringify } from 'yaml';
import { buildApp } from '../../../src/app/build-app.js';
import { contextFor } from '../../../src/app/context.js';
import { dashboardDeps } from '../../../src/app/dashboard-deps.js';
import { ManualClock, systemClock } from '../../../src/clock/clock.js';
import { loadConfig } from '../../../src/config/load.js';
import { sampleThread } from '../../../src/demo/sample-thread.js';
import { startDashboard } from '../../../src/server/dashboard.js';
import { freePort, startDovecot, type DovecotHarness, type TestUser } from '../../harness/dovecot.js';
import { sampleCase } from '../../support/case-files.js';
import { folderMessages, killChildren, runCli, spawnCli, waitFor, type CliChild } from '../drafts/helpers.js';

const AUTHSERV = 'mx.daemon-test.example';
const USERS: TestUser[] = [
  { user: 'daemon1', pass: 'daemon-pw-1' },
  { user: 'daemon2', pass: 'daemon-pw-2' },
];
const WRONG_PASS = 'Wr0ng-pa55word-zq';

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Waits for the dashboard to answer /healthz at all (the daemon is up). */
async function healthz(base: string, timeoutMs = 20_000) {
  return waitFor(() => getJson(`${base}/healthz`).catch(() => null), `${base}/healthz to answer`, timeoutMs);
}

/** Sends a signal and expects exit code 0 within 5 s. */
async function stopWith(c: CliChild, signal: NodeJS.Signals): Promise<number> {
  const t0 = Date.now();
  c.child.kill(signal);
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  const r = await Promise.race([c.exited, timeout]);
  assert.notEqual(r, 'timeout', `still running 5 s after ${signal}:\n${c.stdout()}\n${c.stderr()}`);
  assert.deepEqual(r, { code: 0, signal: null }, `exit after ${signal}: ${c.stderr()}`);
  return Date.now() - t0;
}

describe('the certmerge daemon, run as a user would', () => {
  let d: DovecotHarness;
  const dirs: string[] = [];
  const tmp = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-daemon-'));
    dirs.push(dir);
    return dir;
  };
  const writeConfig = (dir: string, config: object, name = 'config.yaml'): string => {
    writeFileSync(join(dir, name), stringify(config));
    return name;
  };
  const imapConfig = (u: TestUser, pass = u.pass) => ({ source: 'imap', imap: { host: d.host, port: d.port, secure: false, user: u.user, pass } });

  before(async () => {
    d = await startDovecot({ users: USERS });
  });
  after(async () => {
    await killChildren();
    await d?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('should start on the embedded defaults with no config, answer /healthz on 127.0.0.1:4780, and stop cleanly on SIGTERM', async () => {
    if (!(await portIsFree(4780))) {
      assert.fail('port 4780 on 127.0.0.1 is taken by another process: the no-config path (default dashboard port) cannot be tested; stop whatever listens there');
    }
    const cwd = tmp();
    const c = spawnCli(cwd, ['start']);
    await c.waitForOutput(/dashboard listening/);
    const out = c.stdout();
    assert.match(out, /^certmerge config: {4}embedded defaults$/m);
    assert.match(out, new RegExp(`^certmerge data: {6}${cwd}/certmerge-data$`, 'm'));
    assert.match(out, new RegExp(`^certmerge mail: {6}Maildir ${cwd}/certmerge-data/mail; sending off \\(no mail.smtp\\)$`, 'm'));
    assert.match(out, /^certmerge dashboard: http:\/\/127\.0\.0\.1:4780$/m);
    const h = await healthz('http://127.0.0.1:4780');
    assert.equal(h.status, 200);
    assert.equal(h.body.ok, true);
    const lock = join(cwd, 'certmerge-data', 'daemon.lock');
    assert.equal(readFileSync(lock, 'utf8').trim(), String(c.child.pid), 'the lock names the daemon');
    assert.ok(existsSync(join(cwd, 'certmerge-data', 'certmerge.db')));
    await stopWith(c, 'SIGTERM');
    assert.equal(existsSync(lock), false, 'the lock is released');
  });

  it('should refuse a second daemon on the same data directory (exit 2, one line) and stop the first cleanly on SIGINT', async () => {
    const cwd = tmp();
    const port = await freePort();
    const file = writeConfig(cwd, { dataDir: './data', dashboard: { port } });
    const first = spawnCli(cwd, ['start', '--config', file]);
    const h = await healthz(`http://127.0.0.1:${port}`);
    assert.equal(h.status, 200);
    const lock = join(cwd, 'data', 'daemon.lock');

    const second = await runCli(cwd, ['start', '--config', file]);
    assert.equal(second.code, 2, second.stderr);
    assert.equal(second.stderr.trim().split('\n').length, 1, `one line: ${second.stderr}`);
    assert.equal(second.stderr.trim(), `certmerge: another certmerge daemon (pid ${first.child.pid}) is already running on ${join(cwd, 'data')}; stop it first`);
    assert.equal(readFileSync(lock, 'utf8').trim(), String(first.child.pid), 'the refused daemon left the lock alone');
    assert.equal((await getJson(`http://127.0.0.1:${port}/healthz`)).status, 200, 'the first daemon still runs');

    await stopWith(first, 'SIGINT');
    assert.equal(existsSync(lock), false, 'the lock is released');
  });

  it('should refuse a broken config and a reachable dashboard without a token, naming the field in one line (exit 2)', async () => {
    const cwd = tmp();
    const broken = writeConfig(cwd, { dataDir: './data', mail: { source: 'imap', imap: { host: 'imap.example.com', port: 'abc', user: 'me@example.com', pass: 'x' } } }, 'broken.yaml');
    const open = writeConfig(cwd, { dataDir: './data', dashboard: { host: '0.0.0.0', port: await freePort() } }, 'open.yaml');
    const [b, o] = await Promise.all([runCli(cwd, ['start', '--config', broken]), runCli(cwd, ['start', '--config', open])]);
    assert.equal(b.code, 2, b.stderr);
    assert.equal(b.stderr.trim(), 'certmerge: broken.yaml: mail.imap.port: expected a number, got "abc"');
    assert.equal(o.code, 2, o.stderr);
    assert.equal(o.stderr.trim(), 'certmerge: dashboard.host: 0.0.0.0 is reachable from other machines and requires dashboard.token (or use 127.0.0.1)');
    assert.equal(existsSync(join(cwd, 'data', 'daemon.lock')), false, 'nothing left locked');
  });

  it('should stay up with a wrong IMAP password, report it in plain words without the password, and retry with backoff', async () => {
    const cwd = tmp();
    const port = await freePort();
    const file = writeConfig(cwd, { dataDir: './data', dashboard: { port }, mail: imapConfig(USERS[0]!, WRONG_PASS), trust: { authservId: AUTHSERV } });
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

    // It keeps retrying, each wait at least as long as the one before.
    const retries = () =>
      c
        .stdout()
        .split('\n')
        .filter((l) => l.includes('IMAP down; reconnecting'))
        .map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    await waitFor(() => retries().length >= 3, () => `three reconnect attempts (log: ${c.stdout()})`, 15_000);
    const waits = retries();
    assert.ok(waits[1]! >= waits[0]! && waits[2]! >= waits[1]!, `backoff grows: ${waits.join(', ')}`);
    assert.ok(waits[2]! >= 2000, `third wait ${waits[2]} ms`);
    assert.equal((await getJson(`${base}/healthz`)).status, 200, 'the daemon is still up');
    await stopWith(c, 'SIGTERM');
    assert.doesNotMatch(c.stdout() + c.stderr(), new RegExp(WRONG_PASS), 'the password is never logged');
    assert.match(c.stdout(), /authentication rejected/, 'the log says why');
  });

  it('should answer /healthz with 503 once the mail source has been down for over a minute (clock injected)', async () => {
    const dir = tmp();
    const port = await freePort();
    const file = writeConfig(dir, { dataDir: './data', dashboard: { port }, mail: imapConfig(USERS[0]!, WRONG_PASS) });
    const config = loadConfig(join(dir, file), {});
    const clock = new ManualClock(new Date());
    const logger = pino({ level: 'silent' });
    const app = buildApp(config, { clock, logger });
    const dashboard = await startDashboard(dashboardDeps(app, config, logger));
    try {
      await app.source.start();
      let h = await getJson(`${dashboard.url}/healthz`);
      assert.equal(h.status, 200);
      assert.equal((h.body.mail as { connected: boolean }).connected, false);
      clock.advance(61_000);
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

  it('should run the demo to done and exit 0, drafting along the way', async () => {
    const cwd = tmp();
    const dataDir = join(cwd, 'demo-data');
    const port = await freePort();
    const r = await runCli(cwd, ['demo', '--exit', '--interval', '0.3', '--port', String(port), '--data-dir', dataDir], {}, 45_000);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /certmerge demo: the case is done\. Stopping\./);
    const drafts = ['cur', 'new'].flatMap((sub) => {
      const p = join(dataDir, 'mail', '.Drafts', sub);
      return existsSync(p) ? readdirSync(p) : [];
    });
    assert.ok(drafts.length >= 1, 'the demo created at least one draft in .Drafts');
    assert.equal(existsSync(join(dataDir, 'daemon.lock')), false, 'the lock is released');
  });

  it('should pick up where it was after a crash mid-case: mail that came meanwhile moves the case, nothing twice', async () => {
    const u = USERS[1]!;
    const cwd = tmp();
    const port = await freePort();
    const file = writeConfig(cwd, { dataDir: './data', dashboard: { port }, mail: { ...imapConfig(u), from: 'Taro Yamada <taro.personal@example.com>' }, trust: { authservId: AUTHSERV } });
    const base = `http://127.0.0.1:${port}`;
    // The case as `certmerge case create` + `event prepared` + `event case-submitted` leave it.
    const caseFile = sampleCase();
    const ctx = contextFor(loadConfig(join(cwd, file), {}), systemClock);
    const { id } = ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) ctx.cases.apply(id, { type, at: new Date().toISOString(), source: 'user' });
    ctx.close();
    const t = await sampleThread({ caseFile, supportCaseId: '171200000001', authservId: AUTHSERV, user: 'taro.personal@example.com', start: new Date() });
    const caseJson = async () => (await getJson(`${base}/api/cases/${id}`)).body as { state: string; drafts: { kind: string; status: string }[]; timeline: { type: string; messageId?: string; outcome?: string }[] };

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
    await waitFor(async () => (await folderMessages(d, u.user, '\\Drafts')).length === 2, 'the confirmation draft in Drafts, next to the info draft');
    await stopWith(second, 'SIGTERM');
  });
});
