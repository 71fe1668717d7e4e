import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInAction } from '../../src/mail/sources/imap-source.js';
import { AUTHSERV, doctor, supportMail as support } from '../support/doctor.js';

// Against a real Dovecot and SMTP server: test/integration/doctor/doctor-imap.test.ts.

describe('what certmerge tells the user when a server refuses the sign-in', () => {
  it('should say "this provider refuses passwords: use certmerge login" when the server answers like Outlook', () => {
    assert.match(signInAction(false, 'NO Basic authentication is disabled.'), /this provider refuses passwords: .*certmerge login/);
    assert.match(signInAction(false, 'NO [AUTHENTICATIONFAILED] Authentication failed.'), /check mail\.imap\.user and mail\.imap\.pass/);
    assert.match(signInAction(true, 'whatever'), /sign in again: run `certmerge login`/);
  });
});

describe('certmerge doctor on a Maildir source (issue 13)', () => {
  it('should check the trust setup over the newest messages of the Maildir inbox and recommend trust.verifyDkim', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-doctor-maildir-'));
    try {
      const maildir = join(dir, 'Maildir');
      for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
      writeFileSync(join(maildir, 'cur', '1700000000.M1P1.host:2,S'), support);
      const file = join(dir, 'certmerge.yaml');
      writeFileSync(file, `dataDir: ./data\nmail:\n  source: maildir\n  maildir: ${maildir}\ntrust:\n  senderDomains: [amazon.com]\n  authservId: ${AUTHSERV}\n`);
      const first = await doctor(['--config', file]);
      assert.equal(first.code, 0, first.out);
      assert.match(first.out, /^ok {3}trust setup: 1 recent messages: each carries exactly one Authentication-Results from mx\.doctor\.example/m);
      assert.match(first.out, /^ok {3}trust local check: trust\.verifyDkim is off \(recommended: true\)/m);
      // Mail from a stranger without the server's header: a sender's own could stand in its place.
      writeFileSync(join(maildir, 'new', '1700000100.M2P1.host'), 'From: Friend <friend@elsewhere.example>\r\nTo: alice@example.com\r\nSubject: hi\r\nMessage-ID: <friend-1@elsewhere.example>\r\n\r\nhello\r\n');
      const r = await doctor(['--config', file]);
      assert.equal(r.code, 1, r.out);
      assert.match(r.out, /^FAIL trust setup: 1 of 2 recent messages from other domains carry no Authentication-Results from mx\.doctor\.example: .*trust\.verifyDkim: true/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
