import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkTrustSetup, headerSample } from '../../../src/mail/verify/setup-check.js';

const read = (f: string) => headerSample(readFileSync(`${import.meta.dirname}/${f}`));
const trust = { senderDomains: ['amazon.com'], authservId: 'mx.test.example' };
const stranger = (eml: string) => headerSample(Buffer.from(readFileSync(`${import.meta.dirname}/${eml}`, 'utf8').replaceAll('amazon.com>', 'newsletter.example>').replace('@amazon.com', '@newsletter.example')));

describe('checkTrustSetup: which setups are safe', () => {
  it('passes a server that writes one header per message, where it should', () => {
    const f = checkTrustSetup([read('genuine.eml'), read('lmtp-hop.eml')], trust);
    assert.deepEqual(f.map((x) => x.ok), [true]);
    assert.match(f[0]!.detail, /exactly one Authentication-Results from mx\.test\.example/);
  });

  it('fails when a stranger\'s mail carries no header from the server (a path that skips the milter)', () => {
    const f = checkTrustSetup([read('genuine.eml'), stranger('no-server-header.eml')], trust);
    assert.equal(f[0]?.ok, false);
    assert.match(f[0]!.detail, /1 of 2 recent messages from other domains carry no Authentication-Results from mx\.test\.example/);
  });

  it('fails when a message carries two headers with the server\'s id (the server does not strip them)', () => {
    const f = checkTrustSetup([read('below-same-id.eml')], trust);
    assert.equal(f[0]?.ok, false);
    assert.match(f[0]!.detail, /two or more Authentication-Results claiming mx\.test\.example/);
  });

  it('reports but does not fail those setups when DKIM is verified locally', () => {
    const f = checkTrustSetup([read('below-same-id.eml'), stranger('no-server-header.eml')], { ...trust, verifyDkim: true });
    assert.equal(f.length, 2);
    assert.ok(f.every((x) => x.ok && /verifyDkim/.test(x.detail)));
  });

  it('fails without a configured server, and checks Microsoft\'s id-less header in microsoft mode', () => {
    assert.equal(checkTrustSetup([read('genuine.eml')], { senderDomains: ['amazon.com'] })[0]?.ok, false);
    assert.equal(checkTrustSetup([read('microsoft-genuine.eml')], { senderDomains: ['amazon.com'], provider: 'microsoft' })[0]?.ok, true);
    assert.equal(checkTrustSetup([read('microsoft-two-idless.eml')], { senderDomains: ['amazon.com'], provider: 'microsoft' })[0]?.ok, false);
  });
});
