import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dkimSign, type DKIMSignOptions } from 'mailauth';
import { sampleThread } from '../../src/demo/sample-thread.js';
import type { IncomingMessage } from '../../src/mail/source-types.js';
import { sampleCase } from '../support/case-files.js';
import { AUTHSERV, testApp } from '../support/app.js';

let uid = 0;
const inbox = (raw: Buffer): IncomingMessage => ({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: ++uid, raw, size: raw.length, truncated: false });
const USER = 'taro.personal@example.com';

/** DNS with a DKIM key and a DMARC record for each of these domains (the attacker can publish his own). */
function keysFor(domains: string[]) {
  const dns: Record<string, string[][]> = {};
  const keys: Record<string, string> = {};
  for (const d of domains) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    dns[`sel1._domainkey.${d}:TXT`] = [[`v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`]];
    dns[`_dmarc.${d}:TXT`] = [['v=DMARC1; p=reject']];
    keys[d] = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  }
  const resolver = async (name: string, rr: string) => {
    const hit = dns[`${name}:${rr}`];
    if (hit) return hit;
    throw Object.assign(new Error(`no ${rr} for ${name}`), { code: 'ENOTFOUND' });
  };
  const sign = async (text: string, domain: string) => {
    // mailauth's own typings require the single-signature fields; its documented multi-signature form is what it reads.
    const s = await dkimSign(text, { signatureData: [{ signingDomain: domain, selector: 'sel1', privateKey: keys[domain]! }] } as unknown as DKIMSignOptions);
    return Buffer.from(s.signatures + text);
  };
  return { resolver, sign };
}

describe('trust.provider: local: no header from the receiving server, an aligned DKIM pass verified here (issue 14)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('should refuse unsigned, third-party-signed and look-alike mail, even with a passing Authentication-Results, and trust a valid signature', async () => {
    const { resolver, sign } = keysFor(['amazon.com', 'evil.example', 'amaz0n.com']);
    const t = testApp({ config: { trust: { provider: 'local' } }, dnsResolver: resolver });
    dirs.push(t.dir);
    const caseFile = sampleCase({ language: 'en' });
    const { id } = t.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) t.app.ctx.cases.apply(id, { type, at: t.clock.now().toISOString(), source: 'user' });
    // The receipt comes with an Authentication-Results saying dkim=pass and dmarc=pass: with provider local it counts for nothing.
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const text = (tag: string) => receipt!.raw.toString('utf8').replace('Message-ID: <demo-ack', `Message-ID: <${tag}-ack`);

    const unsigned = await t.app.pipeline.process(inbox(Buffer.from(text('unsigned'))));
    assert.notEqual(unsigned.outcome, 'applied', unsigned.why);
    assert.match(unsigned.why, /sender not verified/);
    const thirdParty = await t.app.pipeline.process(inbox(await sign(text('third-party'), 'evil.example')));
    assert.match(thirdParty.why, /sender not verified/);
    const lookAlike = await t.app.pipeline.process(inbox(await sign(text('look-alike').replace('form@amazon.com>', 'form@amaz0n.com>'), 'amaz0n.com')));
    assert.match(lookAlike.why, /sender not verified/);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, null, 'no forged receipt bound the case');

    const genuine = await t.app.pipeline.process(inbox(await sign(text('signed'), 'amazon.com')));
    assert.equal(genuine.outcome, 'applied', genuine.why);
    assert.equal(t.app.ctx.cases.view(id).supportCaseId, '171234567890');
    t.app.ctx.close();
  });

  it('should say why in classify\'s trust reasons: no header used, and the local verdict', async () => {
    const { resolver } = keysFor(['amazon.com']);
    const t = testApp({ config: { trust: { provider: 'local' } }, dnsResolver: resolver });
    dirs.push(t.dir);
    const caseFile = sampleCase({ language: 'en' });
    const [receipt] = await sampleThread({ caseFile, supportCaseId: '171234567890', authservId: AUTHSERV, user: USER, start: t.clock.now() });
    const { makeUnderstand } = await import('../../src/ingest/understand-adapter.js');
    const { makeLocalAuth } = await import('../../src/mail/verify/local-auth.js');
    const { builtinRulesPath, loadRules } = await import('../../src/mail/classify/load-rules.js');
    const m = await makeUnderstand({ trust: t.config.trust, rules: loadRules(builtinRulesPath()), maxBytes: 1 << 20, localAuth: makeLocalAuth({ resolver }) })(receipt!.raw);
    assert.equal(m.trusted, false);
    assert.ok(m.trustReasons.includes('trust.provider local: no Authentication-Results header is used'), m.trustReasons.join('\n'));
    assert.ok(m.trustReasons.some((r) => /^local check: dmarc=fail for amazon\.com \(no DKIM signature\)/.test(r)), m.trustReasons.join('\n'));
    t.app.ctx.close();
  });
});
