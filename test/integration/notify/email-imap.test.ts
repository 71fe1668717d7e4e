// The notification e-mail into a real Dovecot's inbox (moved from test/notify/email.test.ts: real-Dovecot tests live here).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { emailChannel } from '../../../src/notify/channels/email.js';
import { testNotification } from '../../../src/notify/decide.js';
import { notifyKey } from '../../../src/notify/marker.js';
import { startDovecot } from '../../harness/dovecot.js';
import { testApp } from '../../support/app.js';

const FROM = 'Taro Yamada <taro.personal@example.com>';

describe('notification e-mail over IMAP', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'certmerge-notify-mail-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const key = notifyKey(dir);
  const n = testNotification(new Date('2026-01-05T09:00:00Z'), 'ja', { base: 'http://127.0.0.1:4780' });

  it('should put it into the IMAP inbox unread and flagged, and the pipeline should never process it', async () => {
    const dovecot = await startDovecot();
    after(() => dovecot.stop());
    const u = dovecot.users[0]!;
    const ch = emailChannel({ to: u.user }, { route: { via: 'imap', imap: { host: dovecot.host, port: dovecot.port, secure: false, user: u.user, pass: u.pass, inbox: 'INBOX', allowSelfSigned: true } }, from: FROM, key, now: () => new Date() });
    const r = await ch.deliver(n);
    assert.equal(r.ok, true, r.detail);
    const client = dovecot.client(u.user);
    await client.connect();
    let raw: Buffer;
    let flags: Set<string>;
    const lock = await client.getMailboxLock('INBOX');
    try {
      const msg = await client.fetchOne('*', { source: true, flags: true });
      assert.ok(msg && msg.source && msg.flags);
      raw = msg.source;
      flags = msg.flags;
    } finally {
      lock.release();
      await client.logout();
    }
    assert.equal(flags.has('\\Flagged'), true);
    assert.equal(flags.has('\\Seen'), false, 'unread');
    const parsed = await simpleParser(raw);
    assert.match(parsed.text ?? '', /テスト通知/);
    assert.match(parsed.subject ?? '', /^\[certmerge\] /);

    // The app on the same dataDir (same key) skips it; a copy signed with another key is just mail.
    const { app } = testApp({ dir });
    after(() => app.ctx.close());
    const own = await app.pipeline.process({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: 1, raw, size: raw.length, truncated: false });
    assert.equal(own.outcome, 'duplicate');
    assert.match(own.why, /own notification/);
    assert.equal(app.checkpoints.get('INBOX')?.lastUid, 1, 'the folder moves past it');
    const messageId = /^Message-ID: (<[^>]+>)/im.exec(raw.toString('utf8'))![1]!;
    assert.equal(app.messages.get(messageId), null, 'not stored as mail');
    const forged = Buffer.from(raw.toString('utf8').replace(/sig=[0-9a-f]{64}/, `sig=${'0'.repeat(64)}`));
    assert.notDeepEqual(forged, raw);
    const other = await app.pipeline.process({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: 2, raw: forged, size: forged.length, truncated: false });
    assert.notEqual(other.outcome, 'duplicate', 'a forged marker is processed as any other mail');
  });
});
