import { createHash } from 'node:crypto';
import { rawHeaderBlock, rawHeaderLines } from './raw-header.js';

/**
 * Header fields that each delivery adds or rewrites (trace, authentication,
 * spam filters' `X-*`): left out of the digest so a re-delivery of the same
 * message by another path digests the same.
 */
const DELIVERY_FIELD = /^(received|return-path|delivered-to|x-original-to|authentication-results|authentication-results-original|arc-[a-z-]+|received-spf|x-[a-z0-9-]*)$/;

/**
 * What the message is, as a sha256 hex digest: its header fields without the
 * delivery ones, and its body, line endings made uniform (Maildir stores LF,
 * IMAP serves CRLF). Two different messages that share a Message-ID (or have
 * none, and the same headers) digest differently; a genuine re-delivery does not.
 */
export function contentDigest(raw: Buffer): string {
  const hash = createHash('sha256');
  for (const { key, line } of rawHeaderLines(raw)) if (!DELIVERY_FIELD.test(key)) hash.update(line.replace(/\r\n/g, '\n')).update('\n');
  const head = rawHeaderBlock(raw);
  hash.update('\n');
  hash.update(raw.subarray(head.length).toString('latin1').replace(/\r\n/g, '\n').replace(/^\n+/, ''));
  return hash.digest('hex');
}
