import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contextFor } from '../../../src/app/context.js';
import { systemClock } from '../../../src/clock/clock.js';
import { resolveConfig } from '../../../src/config/load.js';
import { freePort, startDovecot, type DovecotHarness, type TestUser } from '../../harness/dovecot.js';
import {
  configFor,
  englishCase,
  fillerMail,
  killHard,
  readCase,
  rmDir,
  spawnDaemon,
  stopGently,
  supportThread,
  tempDir,
  waitFor,
  writeConfig,
  type DaemonProcess,
} from './helpers.js';

const FILLERS = 50;

/** Small seeded PRNG (mulberry32): the kill points are random, and reproducible from the printed seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkpoint(dataDir: string, mailbox: string): number {
  const db = new Database(join(dataDir, 'certmerge.db'), { readonly: true, fileMustExist: true });
  try {
    const r = db.prepare('SELECT last_uid AS lastUid FROM folder_checkpoints WHERE mailbox = ?').get(mailbox) as { lastUid: number } | undefined;
    return r?.lastUid ?? 0;
  } finally {
    db.close();
  }
}

describe('the daemon killed with SIGKILL while it syncs a burst of mail', () => {
  let d: DovecotHarness;
  const dirs: string[] = [];
  const daemons: DaemonProcess[] = [];

  before(async () => {
    d = await startDovecot({ users: [{ user: 'calm', pass: 'calm-pw-1' }, { user: 'crashy', pass: 'crashy-pw-2' }] });
  });
  after(async () => {
    await Promise.all(daemons.map((p) => killHard(p)));
    await d?.stop();
    dirs.forEach(rmDir);
  });

  /** A dataDir with a config for `user` and one submitted case; returns what a run needs. */
  async function prepare(user: TestUser): Promise<{ dir: string; configFile: string; caseId: string }> {
    const dir = tempDir(`kill-${user.user}`);
    dirs.push(dir);
    const raw = configFor(d, user, join(dir, 'data'), { dashboardPort: await freePort() });
    const configFile = writeConfig(dir, raw);
    const ctx = contextFor(resolveConfig(raw, dir, configFile), systemClock);
    try {
      const { id } = ctx.cases.create(englishCase());
      for (const type of ['prepared', 'case-submitted'] as const) ctx.cases.apply(id, { type, at: new Date().toISOString(), source: 'user' });
      return { dir, configFile, caseId: id };
    } finally {
      ctx.close();
    }
  }

  function start(run: { dir: string; configFile: string }): DaemonProcess {
    const p = spawnDaemon(run.dir, run.configFile);
    daemons.push(p);
    return p;
  }

  /** Until this daemon process is connected and has synced once. */
  async function ready(p: DaemonProcess): Promise<void> {
    await waitFor(
      async () => {
        if (p.child.exitCode !== null) throw new Error(`the daemon exited (${p.child.exitCode}):\n${p.output().slice(-3000)}`);
        return /"msg":"IMAP connected"/.test(p.output());
      },
      'the daemon to connect to IMAP',
      30_000,
      () => p.output().slice(-3000),
    );
  }

  /** Appends every message over one connection, `gapMs` apart; resolves with the UID of the last one. */
  async function appendAll(user: TestUser, raws: Buffer[], gapMs: number): Promise<number> {
    const client = d.client(user.user);
    client.on('error', () => undefined);
    await client.connect();
    let last = 0;
    try {
      for (const raw of raws) {
        const r = await client.append('INBOX', raw);
        if (r && r.uid) last = r.uid;
        if (gapMs > 0) await new Promise((res) => setTimeout(res, gapMs));
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    return last;
  }

  function finished(dataDir: string, caseId: string, lastUid: number): boolean {
    const c = readCase(dataDir, caseId);
    return !!c && c.state === 'verifying' && c.statePath.includes('badges.verified') && checkpoint(dataDir, 'INBOX') >= lastUid;
  }

  it('should end with the same case state and event log as an uninterrupted run: no message lost or applied twice', { timeout: 300_000 }, async () => {
    const seed = Number(process.env.CERTMERGE_KILL_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const thread = (await supportThread(englishCase())).filter((m) => m.role === 'inbox');
    // The thread's support mail spread through 50 unrelated messages, in one fixed order for both runs.
    const burst: Buffer[] = [];
    const per = Math.floor(FILLERS / thread.length);
    let f = 0;
    for (const m of thread) {
      for (let i = 0; i < per; i++) burst.push(await fillerMail(f++, 'burst'));
      burst.push(m.raw);
    }
    while (f < FILLERS) burst.push(await fillerMail(f++, 'burst'));

    const [calmUser, crashUser] = d.users as [TestUser, TestUser];
    const calm = await prepare(calmUser);
    const crash = await prepare(crashUser);

    const uninterrupted = (async () => {
      const p = start(calm);
      await ready(p);
      const last = await appendAll(calmUser, burst, 5);
      await waitFor(() => finished(join(calm.dir, 'data'), calm.caseId, last), 'the uninterrupted run to process the burst', 30_000, () => p.output().slice(-2000));
      const r = await stopGently(p);
      assert.equal(r.code, 0, `the uninterrupted daemon stops cleanly:\n${p.output().slice(-2000)}`);
    })();

    const kills: string[] = [];
    const interrupted = (async () => {
      const dataDir = join(crash.dir, 'data');
      const nKills = 3 + Math.floor(random() * 2);
      // The burst arrives in nKills+1 parts; each part lands while the daemon runs (or restarts), and
      // the daemon is killed at a random UID inside it, so every kill falls in the middle of a sync.
      const cutSet = new Set<number>();
      while (cutSet.size < nKills) cutSet.add(1 + Math.floor(random() * (burst.length - 1)));
      const cuts = [...cutSet].sort((x, y) => x - y);
      const parts = [0, ...cuts, burst.length].slice(1).map((end, i, ends) => burst.slice(i === 0 ? 0 : ends[i - 1], end));
      let p = start(crash);
      await ready(p);
      let appended = 0;
      const killed: number[] = [];
      const inbox = new Database(join(dataDir, 'certmerge.db'), { readonly: true, fileMustExist: true });
      const done = () => ((inbox.prepare("SELECT last_uid AS u FROM folder_checkpoints WHERE mailbox = 'INBOX'").get() as { u: number } | undefined)?.u ?? 0);
      try {
        for (let k = 0; k < nKills; k++) {
          const part = parts[k]!;
          const before = done();
          appended = await appendAll(crashUser, part, 0);
          // A UID inside this part that is not done yet: the kill comes while the daemon works through the part.
          const target = appended > before ? before + 1 + Math.floor(random() * (appended - before)) : before;
          // Poll tightly: the daemon gets through a message in milliseconds.
          const deadline = Date.now() + 15_000;
          while (done() < target && Date.now() < deadline) await new Promise((r) => setImmediate(r));
          const lock = join(dataDir, 'daemon.lock');
          await killHard(p);
          killed.push(p.child.pid!);
          kills.push(`kill ${k + 1}: wanted UID ${target}, done up to ${done()} of ${appended}`);
          assert.ok(existsSync(lock), 'SIGKILL leaves the lock file behind');
          assert.ok(killed.includes(Number(readFileSync(lock, 'utf8').trim())), "holding a dead daemon's pid");
          // The next part arrives while the daemon is down and starting up: a backlog for its first sync.
          p = start(crash);
        }
        appended = await appendAll(crashUser, parts[nKills]!, 0);
        await ready(p);
      } finally {
        inbox.close();
      }
      await waitFor(() => finished(dataDir, crash.caseId, appended), 'the interrupted run to catch up', 30_000, () => p.output().slice(-2000));
      const r = await stopGently(p);
      assert.equal(r.code, 0, `the last daemon stops cleanly:\n${p.output().slice(-2000)}`);
    })();

    try {
      await Promise.all([uninterrupted, interrupted]);
    } catch (err) {
      // Everything needed to replay it: CERTMERGE_KILL_SEED=<seed>.
      (err as Error).message += `\n(seed ${seed}; ${kills.join('; ')})`;
      throw err;
    }
    process.stdout.write(`# seed ${seed}: ${kills.join('; ')}\n`);

    const a = readCase(join(calm.dir, 'data'), calm.caseId)!;
    const b = readCase(join(crash.dir, 'data'), crash.caseId)!;
    assert.equal(b.state, a.state);
    assert.equal(b.statePath, a.statePath);
    assert.deepEqual(b.events, a.events, `event logs differ (seed ${seed}: ${kills.join('; ')})`);
    // And the log is the right one, each support message applied exactly once, in order.
    const mail = a.events.filter((e) => e.source === 'mail');
    assert.deepEqual(
      mail.map((e) => [e.type, e.messageId, e.outcome]),
      thread.map((m, i) => [['acknowledgement', 'ai_answer', 'info_request', 'confirmation_request', 'merge_completed', 'badges_transferred'][i], m.messageId, 'applied']),
    );
    for (const m of thread) {
      assert.equal(b.messages.filter((x) => x.messageId === m.messageId).length, 1, `${m.messageId} stored once`);
      assert.equal(b.messages.find((x) => x.messageId === m.messageId)?.caseId, crash.caseId);
    }

    // The drafts the daemon wrote survived the kills without being written twice.
    const client = d.client(crashUser.user);
    client.on('error', () => undefined);
    await client.connect();
    try {
      const lock = await client.getMailboxLock('Drafts');
      try {
        const ids = client.mailbox && client.mailbox.exists > 0 ? (await client.fetchAll('1:*', { envelope: true })).map((m) => m.envelope?.messageId) : [];
        assert.equal(new Set(ids).size, ids.length, `no draft stored twice: ${ids.join(', ')}`);
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
  });
});
