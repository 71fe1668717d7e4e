import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseMessage } from '../../../src/mail/parse/parse-message.js';
import { verifySender, type SenderTrust } from '../../../src/mail/verify/verify-sender.js';

const here = `${import.meta.dirname}/`;
const generic: SenderTrust = { senderDomains: ['amazon.com'], authservId: 'mx.test.example' };
const microsoft: SenderTrust = { senderDomains: ['amazon.com'], provider: 'microsoft' };
const google: SenderTrust = { senderDomains: ['amazon.com'], provider: 'google' };

/** Every file: the trust config it is read with, whether it must pass, and the reason that must be given. */
const CORPUS: { file: string; trust: SenderTrust; trusted: boolean; reason?: RegExp; why: string }[] = [
  { file: 'genuine.eml', trust: generic, trusted: true, why: 'the server\'s own header, directly below its Received' },
  { file: 'lmtp-hop.eml', trust: generic, trusted: true, why: 'Dovecot LMTP adds a Received above the MX\'s: the hop is found by its by-host' },
  { file: 'below-same-id.eml', trust: generic, trusted: false, reason: /refused: 1 more .* claiming "mx\.test\.example"/, why: 'a sender\'s header with our id directly below ours' },
  { file: 'below-upper-id.eml', trust: generic, trusted: false, reason: /refused: 1 more/, why: 'the same, upper-cased' },
  { file: 'below-quoted-id.eml', trust: generic, trusted: false, reason: /refused: 1 more/, why: 'the same, quoted' },
  { file: 'below-extra-tokens.eml', trust: generic, trusted: false, reason: /refused: 1 more/, why: 'the same, with an extra word after the id' },
  { file: 'far-below-same-id.eml', trust: generic, trusted: false, reason: /conflicting DMARC/, why: 'our id below the upstream Received, contradicting our dmarc=fail' },
  { file: 'no-server-header.eml', trust: generic, trusted: false, reason: /no Authentication-Results header from the receiving server/, why: 'the server wrote none; the sender\'s sits below an upstream Received' },
  { file: 'no-server-header-direct.eml', trust: generic, trusted: false, reason: /not believed: .*no Received below it/, why: 'the server wrote none; the sender\'s sits directly below the server\'s Received, no upstream Received below it' },
  { file: 'spaced-colon.eml', trust: generic, trusted: false, reason: /whitespace before the colon/, why: '"Authentication-Results :" is not the header' },
  { file: 'no-verdict-for-from.eml', trust: generic, trusted: false, reason: /not aligned with amazon\.com/, why: 'the server\'s header says nothing about the From domain' },
  { file: 'quoted-id-alone.eml', trust: generic, trusted: false, reason: /quoted "mx\.test\.example"/, why: 'a quoted id is never our server\'s spelling' },
  { file: 'microsoft-genuine.eml', trust: microsoft, trusted: true, why: 'Microsoft\'s topmost id-less header; the -Original copy is ignored' },
  { file: 'microsoft-sender-below.eml', trust: microsoft, trusted: false, reason: /refused: 1 more .* without an authserv-id/, why: 'a sender-added id-less header below Microsoft\'s' },
  { file: 'microsoft-original-claims-pass.eml', trust: microsoft, trusted: false, reason: /Authentication-Results-Original/, why: 'an -Original header claiming pass' },
  { file: 'microsoft-two-idless.eml', trust: microsoft, trusted: false, reason: /refused/, why: 'two id-less headers' },
  { file: 'microsoft-fake-id-top.eml', trust: microsoft, trusted: false, reason: /names "mx\.fake\.example"/, why: 'a header with a fake id and no Microsoft header above it' },
  { file: 'microsoft-fake-id-below.eml', trust: microsoft, trusted: true, reason: /ignored 1 .* from other servers/, why: 'a fake-id header below Microsoft\'s is ignored, Microsoft\'s verdict stands' },
  { file: 'microsoft-no-header.eml', trust: microsoft, trusted: false, reason: /no Authentication-Results header/, why: 'no header at all' },
  { file: 'google-genuine.eml', trust: google, trusted: true, why: 'Gmail: authserv-id mx.google.com below its Received by mx.google.com' },
  { file: 'google-forged-below.eml', trust: google, trusted: false, reason: /refused/, why: 'a sender\'s mx.google.com header below Gmail\'s' },
];

describe('forgery corpus: only the receiving server\'s own verdict counts', () => {
  for (const c of CORPUS) {
    it(`${c.trusted ? 'trusts' : 'refuses'} ${c.file}: ${c.why}`, async () => {
      const parsed = await parseMessage(readFileSync(`${here}${c.file}`), { maxBytes: 1 << 20 });
      const v = verifySender(parsed, c.trust);
      assert.equal(v.trusted, c.trusted, v.reasons.join(' | '));
      if (c.reason) assert.ok(v.reasons.some((r) => c.reason!.test(r)), v.reasons.join(' | '));
    });
  }

  it('does not let a forged Received lower down move where the server\'s header is looked for', async () => {
    // The server (by mail.test.example: its by-host is not the authserv-id) wrote no header on this path;
    // the sender put a passing header above a forged "Received: ... by mx.test.example".
    const raw = [
      'Received: from a12-34.smtp-out.amazonses.com (a12-34.smtp-out.amazonses.com [54.240.12.34]) by mail.test.example (Postfix); Wed, 2 Dec 2026 10:00:05 +0000',
      'Authentication-Results: mx.test.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com',
      'Received: from a12-34.smtp-out.amazonses.com by mx.test.example (Postfix); Wed, 2 Dec 2026 10:00:05 +0000',
      'From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>',
      'To: taro@example.com',
      'Subject: RE:[CASE 123456789] [AWS Training and Certification Form Submission] - account-assistance',
      'Date: Wed, 2 Dec 2026 10:00:00 +0000',
      'Message-ID: <forged-received@amazon.com>',
      '',
      'Please confirm that you want to merge the accounts.',
    ].join('\r\n');
    const v = verifySender(await parseMessage(Buffer.from(raw), { maxBytes: 1 << 20 }), { ...generic, headerAbove: true });
    assert.equal(v.trusted, false, v.reasons.join(' | '));
    assert.ok(v.reasons.some((r) => /the topmost Received: header is by mail\.test\.example, not by mx\.test\.example/.test(r)), v.reasons.join(' | '));
  });

  it('with headerAbove, believes no header on a message the server never stamped (no Received by it on top)', async () => {
    // The sender's own trace: a genuine-looking header on top of amazonses' Received, none by the receiving server.
    const raw = [
      'Authentication-Results: mx.test.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com',
      'Received: from smtp-relay.smtp-out.amazonses.com (unknown [10.129.100.157]) by a48-102.smtp-out.amazonses.com with ESMTP id QewDBXTbhg; Wed, 8 Apr 2026 02:00:00 -0600',
      'From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>',
      'To: taro@example.com',
      'Subject: RE:[CASE 123456789] [AWS Training and Certification Form Submission] - account-assistance',
      'Date: Wed, 8 Apr 2026 08:00:00 +0000',
      'Message-ID: <never-stamped@amazon.com>',
      '',
      'Please confirm the merge.',
    ].join('\r\n');
    const v = verifySender(await parseMessage(Buffer.from(raw), { maxBytes: 1 << 20 }), { ...generic, headerAbove: true });
    assert.equal(v.trusted, false, v.reasons.join(' | '));
    assert.ok(v.reasons.some((r) => /the topmost Received: header is by a48-102\.smtp-out\.amazonses\.com/.test(r)), v.reasons.join(' | '));
    // The same message as the server stamps it (its Received under its header) is believed.
    const stamped = raw.replace('Received: from smtp-relay', 'Received: from a48-102.smtp-out.amazonses.com by mx.test.example (Postfix); Wed, 8 Apr 2026 08:00:01 +0000\r\nReceived: from smtp-relay');
    assert.equal(verifySender(await parseMessage(Buffer.from(stamped), { maxBytes: 1 << 20 }), { ...generic, headerAbove: true }).trusted, true);
  });

  it('believes a header directly below the server\'s Received with no Received below only with the local DKIM check', async () => {
    const parsed = await parseMessage(readFileSync(`${here}no-server-header-direct.eml`), { maxBytes: 1 << 20 });
    const v = verifySender(parsed, { ...generic, verifyDkim: true });
    assert.equal(v.trusted, true, v.reasons.join(' | '));
    assert.ok(v.reasons.some((r) => /believed only with the local DKIM\/DMARC check/.test(r)), v.reasons.join(' | '));
  });

  it('a forgery is refused with the same verdict whatever the sender\'s header claims', async () => {
    // The same forged header with the server's genuine weak verdict above: every spelling of our id is refused.
    for (const file of ['below-same-id.eml', 'below-upper-id.eml', 'below-quoted-id.eml', 'below-extra-tokens.eml']) {
      const v = verifySender(await parseMessage(readFileSync(`${here}${file}`), { maxBytes: 1 << 20 }), generic);
      assert.equal(v.trusted, false, file);
    }
  });
});
