import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emailChannel } from '../../src/notify/channels/email.js';
import { testNotification } from '../../src/notify/decide.js';
import { isOwnNotification, notifyKey } from '../../src/notify/marker.js';
import { startSmtp } from '../harness/smtp.js';

const FROM = 'Taro Yamada <taro.personal@example.com>';

// Into a real Dovecot's inbox: test/integration/notify/email-imap.test.ts.
describe('notification e-mail', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'certmerge-notify-mail-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const key = notifyKey(dir);
  const n = testNotification(new Date('2026-01-05T09:00:00Z'), 'ja', { base: 'http://127.0.0.1:4780' });

  it('should keep one owner-only key in dataDir', () => {
    assert.deepEqual(notifyKey(dir), key);
    assert.equal(key.length, 32);
  });

  it('should send by SMTP when mail.smtp is set, marked as ours', async () => {
    const smtp = await startSmtp();
    after(() => smtp.stop());
    const ch = emailChannel({ to: 'me@example.com' }, { route: { via: 'smtp', smtp: { host: smtp.host, port: smtp.port, secure: false, allowSelfSigned: false } }, from: FROM, key, now: () => new Date() });
    const r = await ch.deliver(n);
    assert.equal(r.ok, true, r.detail);
    const [m] = await smtp.waitForMessages(1);
    assert.deepEqual(m!.envelope.rcptTo, ['me@example.com']);
    const text = m!.raw.toString('utf8');
    assert.match(text, /^Message-ID: <[^>]+@notify\.certmerge\.invalid>/im);
    assert.match(text, /^X-Certmerge-Notification: v1;\s+sig=[0-9a-f]{64}/im);
    assert.equal(isOwnNotification(m!.raw, key), true);
    assert.equal(isOwnNotification(m!.raw, Buffer.alloc(32, 1)), false, 'another key does not verify');
    const forged = Buffer.from(text.replace(/(@notify\.certmerge\.invalid)/i, 'x$1'));
    assert.equal(isOwnNotification(forged, key), false, 'the signature covers the Message-ID');
  });

  it('should drop it into the Maildir\'s new/ without mail.smtp and IMAP', async () => {
    const maildir = join(dir, 'mail');
    const ch = emailChannel({ to: 'me@example.com' }, { route: { via: 'maildir', maildir }, from: FROM, key, now: () => new Date() });
    assert.equal((await ch.deliver(n)).ok, true);
    const files = readdirSync(join(maildir, 'new'));
    assert.equal(files.length, 1);
    assert.equal(isOwnNotification(readFileSync(join(maildir, 'new', files[0]!)), key), true);
    assert.deepEqual(readdirSync(join(maildir, 'tmp')), []);
  });
});
