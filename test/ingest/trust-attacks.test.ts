import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dkimSign, type DKIMSignOptions } from 'mailauth';
import { sampleThread } from '../../src/demo/sample-thread.js';
import type { IncomingMessage } from '../../src/mail/source-types.js';
import { bindReceiptByHand } from '../../src/ingest/bind-by-hand.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';

let uid = 0;
const inbox = (raw: Buffer): IncomingMessage => ({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: ++uid, raw, size: raw.length, truncated: false });
const text = (b: Buffer) => b.toString('utf8');
const USER = 'taro.personal@example.com';

async function submittedCase(t: ReturnType<typeof testApp>, overrides: Parameters<typeof sampleCase>[0] = {}) {
  const caseFile = sampleCase({ language: 'en', ...overrides });
  const { id } = t.app.ctx.cases.create(caseFile);
  for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
  return { id, caseFile };
}

describe('no forged, replayed or redirected mail moves a case (issues 13, 14)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const app = (opts: Parameters<typeof testApp>[0] = {}) => {
    const t = testApp(opts);
    dirs.push(t.dir);
    return t;
  };

  it('should not let an attacker\'s genuine receipt, bounced to the user, bind the user\'s waiting case', async () => {
    const t = app();
    const { id, caseFile } = await submittedCase(t);
    // The attacker opened their own case; AWS's genuine, signed receipt went to the attacker and was re-sent to the user.
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '179999999999', authservId: AUTHSERV, user: 'mallory@attacker.example', start: t.clock.now() });
    const r = await t.app.pipeline.process(inbox(receipt!.raw));
    assert.equal(r.outcome, 'unmatched', r.why);
    assert.match(r.why, /not for you: addressed to mallory@attacker\.example/);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);
    assert.equal(t.app.ctx.cases.view(id).state, 'awaitingAcknowledgement');
    // Bounced with Resent-* fields (mutt's bounce, a mail client's redirect), even To: the user: not support's mail to you.
    const resent = Buffer.from(`Resent-From: mallory@attacker.example\r\nResent-To: ${USER}\r\n` + text(receipt!.raw).replace('To: mallory@attacker.example', `To: ${USER}`));
    const r2 = await t.app.pipeline.process(inbox(resent));
    assert.equal(r2.outcome, 'unmatched');
    assert.match(r2.why, /redirected by someone \(resent-from, resent-to\)/);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);
    // The user's own genuine receipt still binds.
    const [own] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    assert.equal((await t.app.pipeline.process(inbox(own!.raw))).outcome, 'applied');
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    t.app.ctx.close();
  });

  it('should not let a bounced receipt bind the user\'s case with an added Cc: or a second To: naming the user', async () => {
    const t = app();
    const { id, caseFile } = await submittedCase(t);
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '179999999999', authservId: AUTHSERV, user: 'mallory@attacker.example', start: t.clock.now() });
    // AWS's signature covers From, To, Subject, Date and Message-ID (the header says dkim=pass header.d=amazon.com header.s=demo).
    const signature = 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazon.com; s=demo;\r\n h=From:To:Subject:Message-ID:Date; bh=x; b=y\r\n';
    const signed = (raw: string) => raw.replace(/^From: /m, `${signature}From: `);
    const attacks: [string, string, RegExp][] = [
      // Unsigned fields added by the attacker: DKIM still passes.
      ['cc', signed(text(receipt!.raw)).replace('To: mallory@attacker.example', `To: mallory@attacker.example\r\nCc: ${USER}`), /only in Cc, which the sender's DKIM signature does not cover/],
      ['second To', signed(text(receipt!.raw)).replace('To: mallory@attacker.example', `To: ${USER}\r\nTo: mallory@attacker.example`), /2 To fields/],
      // Without a DKIM-Signature to read, a second To is still refused by the field count.
      ['second To, no signature', text(receipt!.raw).replace('To: mallory@attacker.example', `To: mallory@attacker.example\r\nTo: ${USER}`), /2 To fields/],
      ['second Cc', text(receipt!.raw).replace('To: mallory@attacker.example', `To: mallory@attacker.example\r\nCc: nobody@example.org\r\nCc: ${USER}`), /2 Cc fields/],
    ];
    for (const [name, raw, why] of attacks) {
      const r = await t.app.pipeline.process(inbox(Buffer.from(raw.replace('<demo-ack', `<${name.replace(/\W/g, '-')}-ack`))));
      assert.notEqual(r.outcome, 'applied', `${name}: ${r.why}`);
      assert.match(r.why, /not for you/, name);
      assert.match(r.why, why, name);
      assert.equal(t.app.ctx.cases.view(id).supportCaseId, null, name);
    }
    // The user's own receipt, signed the same way with To: the user, still binds.
    const [own] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const r = await t.app.pipeline.process(inbox(Buffer.from(signed(text(own!.raw)))));
    assert.equal(r.outcome, 'applied', r.why);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    t.app.ctx.close();
  });

  it('should refuse mail the delivery agent delivered for another address', async () => {
    const t = app();
    const { id, caseFile } = await submittedCase(t);
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const raw = Buffer.from(`Delivered-To: someone-else@example.net\r\n${text(receipt!.raw)}`);
    const r = await t.app.pipeline.process(inbox(raw));
    assert.match(r.why, /delivered for someone-else@example\.net \(Delivered-To\)/);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);
    t.app.ctx.close();
  });

  it('should keep a receipt pending when two cases wait for one, and bind it with the user\'s one click', async () => {
    const t = app();
    const a = await submittedCase(t);
    const b = await submittedCase(t, { reason: 'another merge' });
    const [receipt] = await sampleThread({ caseFile: a.caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const r = await t.app.pipeline.process(inbox(receipt!.raw));
    assert.equal(r.outcome, 'pending', r.why);
    assert.match(r.why, /2 cases are waiting for a receipt/);
    for (const c of [a, b]) {
      const v = t.app.ctx.cases.view(c.id);
      assert.equal(v.supportCaseId, null, 'no case binds by a race');
      assert.equal(v.timeline.at(-1)?.type, 'receipt-pending');
    }
    const messageId = '<demo-ack-171234567890@amazon.com>';
    bindReceiptByHand({ cases: t.app.ctx.cases, store: t.app.ctx.store, messages: t.app.messages, now: () => t.clock.now().toISOString() }, b.id, messageId);
    const vb = t.app.ctx.cases.view(b.id);
    assert.equal(vb.supportCaseId, '171234567890');
    assert.equal(vb.state, 'awaitingSupport');
    assert.equal(vb.timeline.at(-1)?.source, 'user');
    assert.equal(t.app.ctx.cases.view(a.id).supportCaseId, null);
    assert.throws(() => bindReceiptByHand({ cases: t.app.ctx.cases, store: t.app.ctx.store, messages: t.app.messages, now: () => t.clock.now().toISOString() }, a.id, messageId), /already applied/);
    t.app.ctx.close();
  });

  it('should bind a receipt to the one waiting case whose candidate ID it echoes', async () => {
    const t = app();
    const a = await submittedCase(t);
    const b = await submittedCase(t, { target: { ...sampleCase().target, candidateId: 'AWS05550555' } });
    const [receipt] = await sampleThread({ caseFile: a.caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const echoed = Buffer.from(text(receipt!.raw).replace('We have received your case.', `We have received your case about AWS05550555.`));
    const r = await t.app.pipeline.process(inbox(echoed));
    assert.equal(r.outcome, 'applied', r.why);
    assert.equal(r.caseId, b.id);
    assert.equal(t.app.ctx.cases.view(a.id).supportCaseId, null);
    t.app.ctx.close();
  });

  it('should make a bound case ignore a receipt for another support case ID, and say so', async () => {
    const t = app();
    const { id, caseFile } = await submittedCase(t);
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    await t.app.pipeline.process(inbox(receipt!.raw));
    const [other] = await sampleThread({ caseFile, supportCaseId: '179999999999', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const threaded = Buffer.from(text(other!.raw).replace('Message-ID:', 'In-Reply-To: <demo-ack-171234567890@amazon.com>\r\nMessage-ID:'));
    const r = await t.app.pipeline.process(inbox(threaded));
    assert.equal(r.outcome, 'ignored', r.why);
    assert.match(r.why, /(receipt|mail) for support case 179999999999 ignored: case \w+ is bound to support case 171234567890/);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    t.app.ctx.close();
  });

  it('should not let a forged copy under a genuine Message-ID pre-empt the genuine message', async () => {
    const t = app();
    const { id, caseFile } = await submittedCase(t);
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const forged = Buffer.from(text(receipt!.raw).replace(`Authentication-Results: ${AUTHSERV};`, 'Authentication-Results: mx.attacker.example;'));
    assert.equal((await t.app.pipeline.process(inbox(forged))).outcome, 'ignored');
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);
    const genuine = await t.app.pipeline.process(inbox(receipt!.raw));
    assert.equal(genuine.outcome, 'applied', genuine.why);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    // The genuine message delivered again by another path (new trace headers) is still processed once.
    const again = Buffer.from(`Received: from relay.example by mx.test.example; Tue, 01 Dec 2026 00:05:00 +0000\r\n${text(receipt!.raw)}`);
    assert.equal((await t.app.pipeline.process(inbox(again))).outcome, 'duplicate');
    // The forged copy again: already seen as what it is.
    assert.equal((await t.app.pipeline.process(inbox(forged))).outcome, 'duplicate');
    assert.equal(t.app.messages.get('<demo-ack-171234567890@amazon.com>')?.outcome, 'applied', 'the row threading reads is the genuine one');
    t.app.ctx.close();
  });

  it('should process two different messages without a Message-ID and with identical headers', async () => {
    const t = app();
    const { id, caseFile } = await submittedCase(t);
    const thread = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    await t.app.pipeline.process(inbox(thread[0]!.raw));
    const strip = (b: Buffer) => text(b).replace(/Message-ID: [^\r\n]+\r?\n/, '');
    const info = strip(thread[2]!.raw);
    const headers = info.slice(0, info.search(/\r?\n\r?\n/));
    const first = Buffer.from(`${headers}\r\n\r\nAn AI suggestion first: try the self-service merge.\r\n`);
    const second = Buffer.from(info);
    const r1 = await t.app.pipeline.process(inbox(first));
    const r2 = await t.app.pipeline.process(inbox(second));
    assert.equal(r1.messageId, r2.messageId, 'the same synthetic Message-ID (headers alike)');
    assert.notEqual(r2.outcome, 'duplicate', 'the second, different message is processed too');
    assert.equal(t.app.ctx.cases.view(id).state, 'infoRequested', r2.why);
    t.app.ctx.close();
  });

  it('should check DKIM and DMARC itself with trust.verifyDkim, so a forged server header is not enough', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const dns: Record<string, string[][]> = {
      'sel1._domainkey.amazon.com:TXT': [[`v=DKIM1; k=rsa; p=${pub}`]],
      '_dmarc.amazon.com:TXT': [['v=DMARC1; p=quarantine']],
    };
    const resolver = async (name: string, rr: string) => {
      const hit = dns[`${name}:${rr}`];
      if (hit) return hit;
      throw Object.assign(new Error(`no ${rr} for ${name}`), { code: 'ENOTFOUND' });
    };
    const t = app({ config: { trust: { authservId: AUTHSERV, verifyDkim: true } }, dnsResolver: resolver });
    const { id, caseFile } = await submittedCase(t);
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    // Unsigned, with a (forged) passing server header: the local check refuses it.
    const unsigned = await t.app.pipeline.process(inbox(receipt!.raw));
    assert.equal(unsigned.outcome, 'ignored', unsigned.why);
    assert.match(unsigned.why, /local check: dmarc=fail for amazon\.com \(no DKIM signature\)/);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null);
    // Signed with the key DNS publishes: accepted.
    const body = text(receipt!.raw).replace('Message-ID: <demo-ack', 'Message-ID: <signed-ack');
    const signed = await dkimSign(body, {
      // mailauth's own typings require the single-signature fields; its documented multi-signature form is what it reads.
      signatureData: [{ signingDomain: 'amazon.com', selector: 'sel1', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }],
    } as unknown as DKIMSignOptions);
    const r = await t.app.pipeline.process(inbox(Buffer.from(signed.signatures + body)));
    assert.equal(r.outcome, 'applied', r.why);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    // Signed, then altered in transit by someone: refused.
    const tampered = Buffer.from((signed.signatures + body).replace('<signed-ack', '<tampered-ack').replace('[CASE 171234567890]', '[CASE 171234567891]'));
    assert.notEqual((await t.app.pipeline.process(inbox(tampered))).outcome, 'applied');
    t.app.ctx.close();
  });
});
