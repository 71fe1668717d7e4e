import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { signInAction } from '../../src/mail/sources/imap-source.js';
import { startDovecot, type DovecotHarness } from '../harness/dovecot.js';
import { startSmtp, type SmtpHarness } from '../harness/smtp.js';

const AUTHSERV = 'mx.doctor.example';
const support = Buffer.from(
  [
    `Authentication-Results: ${AUTHSERV};`,
    ' dkim=pass header.d=amazon.com header.s=s1;',
    ' dmarc=pass (p=QUARANTINE) header.from=amazon.com',
    'From: AWS Training and Certification <no-reply@amazon.com>',
    'To: alice@example.com',
    'Subject: [CASE 171234567890] received',
    'Message-ID: <doctor-1@amazon.com>',
    'Date: Tue, 01 Dec 2026 10:00:00 +0000',
    '',
    'We received your case.',
    '',
  ].join('\r\n'),
);

async function doctor(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['doctor', ...args], { out: (s) => void out.push(s), err: (s) => void err.push(s) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

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
    writeConfig('alice-secret-1');
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
    writeConfig('alice-secret-1');
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
    writeConfig('alice-secret-1');
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
    writeConfig('alice-secret-1');
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
