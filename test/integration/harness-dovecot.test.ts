import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startDovecot, type DovecotHarness } from '../harness/dovecot.js';

const msg = (id: string, subject = 'hello'): Buffer =>
  Buffer.from(`From: a@example.com\r\nTo: alice@example.com\r\nSubject: ${subject}\r\nMessage-ID: <${id}@test>\r\n\r\nbody ${id}\r\n`);

describe('dovecot harness', () => {
  let d: DovecotHarness;
  before(async () => {
    d = await startDovecot();
  });
  after(async () => {
    await d?.stop();
  });

  it('should start a real Dovecot on a loopback port in under a second', async () => {
    const t0 = Date.now();
    const other = await startDovecot();
    try {
      assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
      assert.equal(other.host, '127.0.0.1');
      assert.notEqual(other.port, d.port);
    } finally {
      await other.stop();
    }
    assert.equal(existsSync(other.root), false, 'temp dir removed');
  });

  it('should log in with plain auth and list the special-use mailboxes', async () => {
    const c = d.client('alice');
    await c.connect();
    try {
      const list = await c.list();
      const byUse = new Map(list.map((m) => [m.specialUse, m.path]));
      assert.equal(byUse.get('\\Sent'), 'Sent');
      assert.equal(byUse.get('\\Drafts'), 'Drafts');
      assert.equal(byUse.get('\\Trash'), 'Trash');
    } finally {
      await c.logout();
    }
  });

  it('should refuse a wrong password', async () => {
    const c = d.client('alice');
    c.options.auth = { user: 'alice', pass: 'wrong' };
    c.on('error', () => undefined);
    await assert.rejects(c.connect(), (e: Error & { authenticationFailed?: boolean }) => e.authenticationFailed === true);
  });

  it('should append with flags into a Maildir++ layout', async () => {
    const r = await d.append('bob', 'Drafts', msg('d1'), ['\\Draft', '\\Seen']);
    assert.equal(typeof r.uid, 'number');
    const cur = readdirSync(path.join(d.maildirOf('bob'), '.Drafts', 'cur'));
    assert.equal(cur.length, 1);
    assert.match(cur[0] ?? '', /:2,.*D/);
  });

  it('should change UIDVALIDITY and keep the messages', async () => {
    await d.append('carol', 'INBOX', msg('u1'));
    const c = d.client('carol');
    await c.connect();
    const before = (await c.status('INBOX', { uidValidity: true, messages: true })) || null;
    await c.logout();
    const next = await d.changeUidValidity('carol', 'INBOX');
    const c2 = d.client('carol');
    await c2.connect();
    const afterStatus = (await c2.status('INBOX', { uidValidity: true, messages: true })) || null;
    await c2.logout();
    assert.notEqual(String(before?.uidValidity), String(afterStatus?.uidValidity));
    assert.equal(String(afterStatus?.uidValidity), next);
    assert.equal(afterStatus?.messages, 1);
  });

  it('should restart on the same port after stop and after kill, keeping the mail', async () => {
    await d.append('alice', 'INBOX', msg('r1'));
    const port = d.port;
    await d.stop({ keep: true });
    await d.start();
    await d.kill();
    await d.start();
    assert.equal(d.port, port);
    const c = d.client('alice');
    await c.connect();
    const st = await c.status('INBOX', { messages: true });
    await c.logout();
    assert.ok(st && (st.messages ?? 0) >= 1);
  });

  it('should drop open connections when killed', async () => {
    const c = d.client('bob');
    const closed = new Promise<void>((resolve) => c.once('close', () => resolve()));
    c.on('error', () => undefined);
    await c.connect();
    await d.kill();
    await closed;
    await d.start();
  });
});
