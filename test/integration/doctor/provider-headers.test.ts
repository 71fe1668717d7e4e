import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { doctor } from '../../support/doctor.js';

/** Support mail as it lands in a Microsoft 365 / Outlook.com mailbox: Microsoft's Authentication-Results carries no authserv-id. */
const microsoftMail = Buffer.from(
  [
    'Received: from mail.amazon.com (54.240.8.10) by AM0PR01MB1234.eurprd01.prod.outlook.com with Microsoft SMTP Server; Tue, 1 Dec 2026 10:00:01 +0000',
    'Authentication-Results: spf=pass (sender IP is 54.240.8.10) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)',
    ' header.d=amazon.com;dmarc=pass action=none header.from=amazon.com;compauth=pass reason=100',
    'From: AWS Training and Certification <no-reply@amazon.com>',
    'To: alice@example.com',
    'Subject: [CASE 171234567890] received',
    'Message-ID: <doctor-ms-1@amazon.com>',
    'Date: Tue, 01 Dec 2026 10:00:00 +0000',
    '',
    'We received your case.',
    '',
  ].join('\r\n'),
);

/** The same in a Gmail mailbox: Google's header names mx.google.com. */
const googleMail = Buffer.from(
  microsoftMail
    .toString()
    .replace(/^Received: .*\r\nAuthentication-Results: .*\r\n .*\r\n/, 'Received: from mail.amazon.com by mx.google.com with ESMTPS; Tue, 1 Dec 2026 10:00:01 +0000\r\nAuthentication-Results: mx.google.com;\r\n dkim=pass header.i=@amazon.com header.s=s1 header.b=abc;\r\n dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com\r\nReceived: from smtp-out.amazon.com by mail.amazon.com with ESMTP; Tue, 1 Dec 2026 10:00:00 +0000\r\n')
    .replace('doctor-ms-1', 'doctor-g-1')
    .replace('alice@', 'bob@'),
);

type Result = { check: string; ok: boolean; detail: string };

const byCheck = (json: string, check: string) => (JSON.parse(json) as Result[]).filter((r) => r.check === check);

describe('certmerge doctor on Microsoft and Google mailboxes (real Dovecot)', () => {
  let d: DovecotHarness;
  let dir: string;
  const writeConfig = (file: string, user: string, trust: string) =>
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
    user: ${user}
    pass: ${d.users.find((u) => u.user === user)!.pass}
trust:
  senderDomains: [amazon.com]
${trust}`,
    );
  before(async () => {
    d = await startDovecot();
    await d.append('alice', 'INBOX', microsoftMail);
    await d.append('bob', 'INBOX', googleMail);
    dir = mkdtempSync(join(tmpdir(), 'certmerge-doctor-providers-'));
  });
  after(async () => {
    await d?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should pass a Microsoft mailbox configured with trust.provider: microsoft, and say its support mail is trusted', async () => {
    const file = join(dir, 'ms-configured.yaml');
    writeConfig(file, 'alice', '  provider: microsoft\n');
    const r = await doctor(['--config', file, '--json']);
    const results = JSON.parse(r.out) as Result[];
    assert.equal(r.code, 0, r.out + r.err);
    assert.ok(results.every((x) => x.ok), r.out);
    assert.match(byCheck(r.out, 'trust authserv-id')[0]!.detail, /trust\.provider: microsoft matches/);
    assert.match(byCheck(r.out, 'trust support senders')[0]!.detail, /^the newest mail from no-reply@amazon\.com would be trusted: dmarc=pass for amazon\.com \(Authentication-Results from Microsoft\)/);
  });

  it('should tell a Microsoft mailbox without the setting to set trust.provider: microsoft, write it with --write --yes, and then pass', async () => {
    const file = join(dir, 'ms-generic.yaml');
    writeConfig(file, 'alice', '  # filled in by doctor --write\n');
    const r = await doctor(['--config', file]);
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /^FAIL trust authserv-id: .*without an authserv-id: set trust\.provider: microsoft/m);
    assert.match(r.out, /^ok {3}trust support senders: the newest mail from no-reply@amazon\.com would be trusted \(with trust\.provider: microsoft\)/m);
    const w = await doctor(['--config', file, '--write', '--yes']);
    assert.match(w.out, /wrote trust\.provider: microsoft/);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# my certmerge config$/m);
    assert.match(text, /# loopback test server/);
    assert.match(text, /^ {2}provider: microsoft$/m);
    const again = await doctor(['--config', file, '--json']);
    assert.equal(again.code, 0, again.out + again.err);
  });

  it('should pass a Gmail mailbox with trust.provider: google and no authservId (mx.google.com is implied)', async () => {
    const file = join(dir, 'google.yaml');
    writeConfig(file, 'bob', '  provider: google\n');
    const r = await doctor(['--config', file, '--json']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(byCheck(r.out, 'trust authserv-id')[0]!.detail, /trust\.authservId mx\.google\.com matches/);
    assert.match(byCheck(r.out, 'trust support senders')[0]!.detail, /^the newest mail from no-reply@amazon\.com would be trusted: /);
  });

  it('should judge the support mail with the whole trust config (headerAbove too), as the daemon does, not with the authserv-id alone', async () => {
    // Google writes its header below its own Received; a server declared to write above it (headerAbove) would
    // have its verdict above that Received, so this header is not believed, and doctor must say so.
    const file = join(dir, 'google-above.yaml');
    writeConfig(file, 'bob', '  provider: google\n  headerAbove: true\n');
    const r = await doctor(['--config', file, '--json']);
    const verdict = byCheck(r.out, 'trust support senders')[0]!;
    assert.equal(verdict.ok, false, verdict.detail);
    assert.match(verdict.detail, /would NOT be trusted/);
  });
});
