// certmerge doctor against a real Dovecot (moved from test/cli/doctor.test.ts: real-Dovecot tests live here).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { startSmtp, type SmtpHarness } from '../../harness/smtp.js';
import { AUTHSERV, doctor, supportMail as support } from '../../support/doctor.js';

describe('certmerge doctor against a real Dovecot and SMTP server', () => {
  let d: DovecotHarness;
  let smtp: SmtpHarness;
  let dir: string;
  let file: string;
  const writeConfig = (pass: string) =>
    writeFileSync(
      file,
      `# my certmerge config
dataDir: ./data
mail:
  source: imap
  imap:
    host: 127.0.0.1
    port: ${d.port}
    secure: false   # loopback test server
    user: alice
    pass: ${pass}
  smtp:
    host: 127.0.0.1
    port: ${smtp.port}
    secure: false
trust:
  # filled in by doctor --write
  senderDomains: [amazon.com]
`,
    );
  before(async () => {
    d = await startDovecot();
    smtp = await startSmtp();
    await d.append('alice', 'INBOX', support);
    dir = mkdtempSync(join(tmpdir(), 'certmerge-doctor-'));
    file = join(dir, 'certmerge.yaml');
  });
  after(async () => {
    await d?.stop();
    await smtp?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should pass the connection checks one line each, and name the authserv-id to put in trust.authservId (exit 1)', async () => {
    writeConfig(d.users[0]!.pass);
    const r = await doctor(['--config', file]);
    assert.equal(r.code, 1, r.out + r.err);
    const lines = r.out.split('\n');
    for (const check of ['imap dns', 'imap tls', 'imap login', 'imap inbox', 'imap drafts', 'imap sent', 'imap idle', 'smtp']) {
      assert.ok(lines.some((l) => l.startsWith(`ok   ${check}:`)), `${check} passes:\n${r.out}`);
    }
    assert.match(r.out, /^ok {3}imap drafts: Drafts \(special-use \\Drafts\)$/m);
    assert.match(r.out, new RegExp(`^FAIL trust authserv-id: .*set trust\\.authservId: ${AUTHSERV.replace(/\./g, '\\.')}`, 'm'));
    assert.match(r.out, new RegExp(`^ok {3}trust support senders: the newest mail from no-reply@amazon\\.com would be trusted \\(with trust\\.authservId: ${AUTHSERV.replace(/\./g, '\\.')}\\)`, 'm'));
    assert.match(r.err, /1 of \d+ checks failed: trust authserv-id/);
  });

  it('should write trust.authservId with --write --yes, keeping the comments, and then pass everything (exit 0)', async () => {
    writeConfig(d.users[0]!.pass);
    const w = await doctor(['--config', file, '--write', '--yes']);
    assert.match(w.out, new RegExp(`wrote trust.authservId: ${AUTHSERV}`));
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# my certmerge config$/m);
    assert.match(text, /# loopback test server/);
    assert.match(text, /# filled in by doctor --write/);
    assert.match(text, new RegExp(`authservId: ${AUTHSERV}`));
    const again = await doctor(['--config', file, '--json']);
    assert.equal(again.code, 0, again.out + again.err);
    const results = JSON.parse(again.out) as { check: string; ok: boolean; detail: string }[];
    assert.ok(results.length >= 9);
    assert.ok(results.every((x) => x.ok && typeof x.detail === 'string'), again.out);
  });

  it('should not write without --yes when nobody answers yes', async () => {
    writeConfig(d.users[0]!.pass);
    const before = readFileSync(file, 'utf8');
    const r = await doctor(['--config', file, '--write']);
    assert.match(r.out, /not written \(answer yes, or run with --yes\)/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('should say what to do when the password is refused (--json)', async () => {
    writeConfig('wrong-password');
    const r = await doctor(['--config', file, '--json']);
    assert.equal(r.code, 1);
    const login = (JSON.parse(r.out) as { check: string; ok: boolean; detail: string }[]).find((x) => x.check === 'imap login');
    assert.equal(login?.ok, false);
    assert.match(login!.detail, /refused the sign-in for alice \(.*AUTHENTICATIONFAILED.*\): check mail\.imap\.user and mail\.imap\.pass/);
  });

  it('should report an empty mail.imap.pass as a failed login check, not a crash (issue 16)', async () => {
    writeConfig('${CERTMERGE_TEST_NO_PASS}'); // unset in the environment: the field is dropped
    const r = await doctor(['--config', file, '--json']);
    assert.equal(r.code, 1, r.out + r.err);
    const login = (JSON.parse(r.out) as { check: string; ok: boolean; detail: string }[]).find((x) => x.check === 'imap login');
    assert.equal(login?.ok, false);
    assert.match(login!.detail, /^mail\.imap\.pass is empty/);
  });

  // Last: it adds a message the other checks would see.
  it('should fail the trust setup when mail from another domain carries no header from the server (issue 13)', async () => {
    writeConfig(d.users[0]!.pass);
    writeFileSync(file, `${readFileSync(file, 'utf8')}  authservId: ${AUTHSERV}\n`);
    const before = (JSON.parse((await doctor(['--config', file, '--json'])).out) as { check: string; ok: boolean; detail: string }[]).filter((x) => x.check === 'trust setup');
    assert.deepEqual(before.map((x) => x.ok), [true], JSON.stringify(before));
    assert.match((await doctor(['--config', file])).out, /^ok {3}trust local check: trust\.verifyDkim is off \(recommended: true\)/m);
    await d.append('alice', 'INBOX', Buffer.from('From: Friend <friend@elsewhere.example>\r\nTo: alice@example.com\r\nSubject: hi\r\nMessage-ID: <friend-1@elsewhere.example>\r\n\r\nhello\r\n'));
    const r = await doctor(['--config', file]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, new RegExp(`^FAIL trust setup: 1 of 2 recent messages from other domains carry no Authentication-Results from ${AUTHSERV.replace(/\./g, '\\.')}: .*trust\\.verifyDkim: true`, 'm'));
  });
});
