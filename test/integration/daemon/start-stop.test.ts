/**
 * `certmerge start` and `certmerge demo` as a user runs them, as child
 * processes of the real CLI on free ports and temp dirs: start and stop,
 * the data-dir lock, refused configs, the demo.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { freePort } from '../../harness/dovecot.js';
import { killChildren, runCli, spawnCli } from '../drafts/helpers.js';
import { getJson, healthz, portIsFree, stopWith, tempDirs, writeConfig } from './shared.js';

describe('certmerge start and demo, run as a user would', () => {
  const { tmp, cleanup } = tempDirs();
  after(async () => {
    await killChildren();
    cleanup();
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
    // The demo's user answers from their mail client, so each draft certmerge wrote was superseded and,
    // never touched, taken out of Drafts again (issue 13).
    const db = new Database(join(dataDir, 'certmerge.db'), { readonly: true });
    const made = db.prepare('SELECT kind, status, mailbox_state AS state FROM drafts ORDER BY created_at').all();
    db.close();
    assert.deepEqual(made, [{ kind: 'info', status: 'superseded', state: 'removed' }, { kind: 'confirmation', status: 'superseded', state: 'removed' }]);
    assert.deepEqual(drafts, [], 'no stale draft left in .Drafts');
    assert.equal(existsSync(join(dataDir, 'daemon.lock')), false, 'the lock is released');
  });
});
