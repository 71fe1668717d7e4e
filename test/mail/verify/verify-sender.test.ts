import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuthResultsHeader, MailAddress } from '../../../src/mail/parse/parsed-message.js';
import { verifySender } from '../../../src/mail/verify/verify-sender.js';

const trust = { senderDomains: ['amazon.com', 'aws.amazon.com', 'credly.com'], authservId: 'mx.test.example' };
const SUPPORT: MailAddress = { address: 'aws-cs-trainingcertification-form@amazon.com', name: '' };

function msg(from: MailAddress | null, ars: string[], opts: { fromCount?: number; positions?: number[] } = {}) {
  const authenticationResults: AuthResultsHeader[] = ars.map((value, i) => ({ value, position: opts.positions?.[i] ?? i }));
  return { from, fromCount: opts.fromCount ?? (from ? 1 : 0), authenticationResults };
}
const pass = (d: string) => `mx.test.example; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`;

describe('verifySender', () => {
  it('trusts dmarc=pass for the From domain from our own server', () => {
    const v = verifySender(msg(SUPPORT, [pass('amazon.com')]), trust);
    assert.equal(v.trusted, true, v.reasons.join(' | '));
    assert.equal(v.domain, 'amazon.com');
  });

  it('trusts a subdomain of a trusted domain', () => {
    assert.equal(verifySender(msg({ address: 'x@mail.amazon.com', name: '' }, [pass('mail.amazon.com')]), trust).trusted, true);
  });

  it('trusts dkim=pass by an aligned domain without a DMARC result', () => {
    const v = verifySender(msg(SUPPORT, ['mx.test.example; dkim=pass header.d=email.amazon.com']), trust);
    assert.equal(v.trusted, true, v.reasons.join(' | '));
    assert.ok(v.reasons.some((r) => r.includes('aligned')));
  });

  it('trusts dkim=pass identified only by header.i', () => {
    assert.equal(verifySender(msg(SUPPORT, ['mx.test.example; dkim=pass header.i=@amazon.com']), trust).trusted, true);
  });

  it('does not trust dkim=pass for an unaligned domain', () => {
    const v = verifySender(msg(SUPPORT, ['mx.test.example; dkim=pass header.d=amazonses.com; spf=pass smtp.mailfrom=x@amazonses.com']), trust);
    assert.equal(v.trusted, false);
    assert.ok(v.reasons.some((r) => r.includes('not aligned')), v.reasons.join(' | '));
  });

  for (const address of ['x@amazon.com.evil.example', 'x@amaz0n.com', 'x@amazon-support.com', 'x@xn--amazn-mye.com', 'x@notamazon.com']) {
    it(`does not trust the look-alike ${address.split('@')[1]} even with a passing result for it`, () => {
      const domain = address.split('@')[1] ?? '';
      const v = verifySender(msg({ address, name: 'AWS Support' }, [pass(domain)]), trust);
      assert.equal(v.trusted, false);
      assert.ok(v.reasons.some((r) => r.includes('not one of the trusted sender domains')));
    });
  }

  it('judges the address, never the display name', () => {
    const v = verifySender(msg({ address: 'evil@attacker.example', name: 'aws-cs-trainingcertification-form@amazon.com' }, [pass('attacker.example')]), trust);
    assert.equal(v.trusted, false);
    assert.equal(v.domain, 'attacker.example');
  });

  it('does not trust a message with several From addresses', () => {
    const v = verifySender(msg(SUPPORT, [pass('amazon.com')], { fromCount: 2 }), trust);
    assert.equal(v.trusted, false);
    assert.match(v.reasons[0] ?? '', /2 From addresses/);
  });

  it('does not trust a message without From', () => {
    assert.equal(verifySender(msg(null, [pass('amazon.com')]), trust).trusted, false);
  });

  it('does not trust anything without a configured authserv-id', () => {
    const v = verifySender(msg(SUPPORT, [pass('amazon.com')]), { senderDomains: ['amazon.com'] });
    assert.equal(v.trusted, false);
    assert.ok(v.reasons.includes('no trusted authserv-id configured'));
  });

  it('ignores results from another authserv-id', () => {
    const v = verifySender(msg(SUPPORT, ['mx.attacker.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com']), trust);
    assert.equal(v.trusted, false);
    assert.ok(v.reasons.some((r) => r.includes('mx.attacker.example')));
  });

  it('ignores a forged result with our id below another server\'s topmost header', () => {
    const v = verifySender(msg(SUPPORT, ['mx.other.example; none', pass('amazon.com')]), trust);
    assert.equal(v.trusted, false);
    assert.ok(v.reasons.some((r) => r.includes('may be forged')));
  });

  it('ignores a forged result with our id that is not adjacent to the topmost block', () => {
    const v = verifySender(msg(SUPPORT, ['mx.test.example; dkim=none; spf=fail smtp.mailfrom=x@evil.example', pass('amazon.com')], { positions: [0, 3] }), trust);
    assert.equal(v.trusted, false, v.reasons.join(' | '));
    assert.ok(v.reasons.some((r) => r.includes('below the topmost block')));
  });

  it('accepts results split over adjacent headers from a server declared to write two', () => {
    const v = verifySender(msg(SUPPORT, ['mx.test.example; spf=pass smtp.mailfrom=a@amazon.com', 'mx.test.example; dkim=pass header.d=amazon.com'], { positions: [0, 1] }), { ...trust, fieldsPerMessage: 2 });
    assert.equal(v.trusted, true, v.reasons.join(' | '));
  });

  it('does not trust contradicting DMARC results in the trusted block', () => {
    const v = verifySender(msg(SUPPORT, ['mx.test.example; dmarc=fail header.from=amazon.com', pass('amazon.com')]), trust);
    assert.equal(v.trusted, false);
    assert.ok(v.reasons.some((r) => r.includes('conflicting')));
  });

  it('does not trust a message without Authentication-Results', () => {
    const v = verifySender(msg(SUPPORT, []), trust);
    assert.equal(v.trusted, false);
    assert.ok(v.reasons.includes('no Authentication-Results header'));
  });

  it('does not trust dmarc=pass for another domain than From', () => {
    assert.equal(verifySender(msg(SUPPORT, ['mx.test.example; dmarc=pass header.from=evil.example']), trust).trusted, false);
  });

  it('gives one readable line per reason', () => {
    const v = verifySender(msg(SUPPORT, [pass('amazon.com')]), trust);
    for (const r of v.reasons) assert.doesNotMatch(r, /\n/);
  });
});
