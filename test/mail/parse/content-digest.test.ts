import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { contentDigest } from '../../../src/mail/parse/content-digest.js';
import { rawHeaderBlock, rawHeaderLines } from '../../../src/mail/parse/raw-header.js';

const DELIVERY_FIELD = /^(received|return-path|delivered-to|x-original-to|authentication-results|authentication-results-original|arc-[a-z-]+|received-spf|x-[a-z0-9-]*)$/;

/** The digest as it was first written (the whole body as one string): stored digests were made this way. */
function wholeStringDigest(raw: Buffer): string {
  const hash = createHash('sha256');
  for (const { key, line } of rawHeaderLines(raw)) if (!DELIVERY_FIELD.test(key)) hash.update(line.replace(/\r\n/g, '\n')).update('\n');
  hash.update('\n');
  hash.update(raw.subarray(rawHeaderBlock(raw).length).toString('latin1').replace(/\r\n/g, '\n').replace(/^\n+/, ''));
  return hash.digest('hex');
}

describe('contentDigest', () => {
  it('hashes the body chunk by chunk to the same digest as the whole body as one string', () => {
    // CR, LF, 8-bit and NUL bytes, so CRLFs and leading newlines fall across chunk boundaries.
    const alphabet = [0x0d, 0x0a, 0x41, 0xe9, 0x00, 0x20, 0xff];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 3000; i++) {
      const header = ['', 'From: a@example.com\r\nSubject: x\r\n', 'From: a@example.com\nX-Spam: 1\n'][i % 3]!;
      const separator = ['\r\n', '\n', '', '\r\n\r\n\r\n'][i % 4]!;
      const body = Buffer.from(Array.from({ length: next(40) }, () => alphabet[next(alphabet.length)]!));
      const raw = Buffer.concat([Buffer.from(header + separator), body]);
      const want = wholeStringDigest(raw);
      for (const chunk of [1, 2, 3, 5, 64 * 1024]) assert.equal(contentDigest(raw, chunk), want, `chunk ${chunk}: ${JSON.stringify(raw.toString('latin1'))}`);
    }
  });

  it('digests Maildir (LF) and IMAP (CRLF) copies of a message alike, delivery fields aside', () => {
    const crlf = Buffer.from('Received: by mx1\r\nFrom: a@example.com\r\nSubject: x\r\n\r\n\r\nline 1\r\nline 2\r\n');
    const lf = Buffer.from('From: a@example.com\nSubject: x\n\nline 1\nline 2\n');
    assert.equal(contentDigest(crlf), contentDigest(lf));
    assert.notEqual(contentDigest(lf), contentDigest(Buffer.from('From: a@example.com\nSubject: x\n\nline 1\nline 3\n')));
  });
});
