import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAuthResults } from '../../../src/mail/verify/authentication-results.js';

describe('parseAuthResults', () => {
  it('reads several resinfo entries with properties', () => {
    const r = parseAuthResults('mx.test.example; dkim=pass header.d=amazon.com header.s=s1; spf=pass smtp.mailfrom=a@amazon.com; dmarc=pass header.from=amazon.com');
    assert.equal(r?.authservId, 'mx.test.example');
    assert.deepEqual(
      r?.results.map((x) => [x.method, x.result, x.props['header.d'] ?? x.props['header.from'] ?? x.props['smtp.mailfrom']]),
      [
        ['dkim', 'pass', 'amazon.com'],
        ['spf', 'pass', 'a@amazon.com'],
        ['dmarc', 'pass', 'amazon.com'],
      ],
    );
  });

  it('ignores comments, nested ones and ones holding semicolons or equals signs', () => {
    const r = parseAuthResults('mx.test.example (a (nested; x=y) comment); dkim=pass (2048-bit key; dkim=fail header.d=evil.example) header.d=amazon.com');
    assert.equal(r?.results.length, 1);
    assert.equal(r?.results[0]?.result, 'pass');
    assert.equal(r?.results[0]?.props['header.d'], 'amazon.com');
  });

  it('reads quoted strings, including ones holding semicolons', () => {
    const r = parseAuthResults('mx.test.example; dkim=fail reason="bad; signature" header.d=amazon.com; dmarc=pass header.from=amazon.com');
    assert.equal(r?.results[0]?.props.reason, 'bad; signature');
    assert.equal(r?.results[1]?.method, 'dmarc');
  });

  it('accepts a version after the authserv-id and method versions', () => {
    const r = parseAuthResults('mx.test.example 1; dkim/1=pass header.d=amazon.com');
    assert.equal(r?.authservId, 'mx.test.example');
    assert.equal(r?.results[0]?.method, 'dkim');
  });

  it('reads "none" as no results and lowercases names and results', () => {
    assert.deepEqual(parseAuthResults('MX.Test.Example; none')?.results, []);
    assert.equal(parseAuthResults('MX.Test.Example; none')?.authservId, 'mx.test.example');
    assert.equal(parseAuthResults('mx; DKIM=PASS header.d=Amazon.com')?.results[0]?.result, 'pass');
  });

  it('returns null for an empty value', () => {
    assert.equal(parseAuthResults('  '), null);
  });
});
