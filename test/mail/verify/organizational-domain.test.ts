import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationalDomain } from '../../../src/mail/verify/organizational-domain.js';

describe('organizationalDomain', () => {
  const cases: [string, string][] = [
    ['amazon.com', 'amazon.com'],
    ['mail.amazon.com', 'amazon.com'],
    ['a.b.amazon.com', 'amazon.com'],
    ['example.co.jp', 'example.co.jp'],
    ['mail.example.co.jp', 'example.co.jp'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['x.example.com.au', 'example.com.au'],
    ['aws.training', 'aws.training'],
    ['mail.example.jp', 'example.jp'],
    ['amazon.com.', 'amazon.com'],
  ];
  for (const [input, want] of cases) {
    it(`finds ${want} for ${input}`, () => assert.equal(organizationalDomain(input), want));
  }

  it('keeps two registrants under co.jp apart', () => {
    assert.notEqual(organizationalDomain('mail.a.co.jp'), organizationalDomain('mail.b.co.jp'));
  });
});
