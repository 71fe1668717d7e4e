import { createHash, type Hash } from 'node:crypto';
import { rawHeaderBlock, rawHeaderLines } from './raw-header.js';

/**
 * Header fields that each delivery adds or rewrites (trace, authentication,
 * spam filters' `X-*`): left out of the digest so a re-delivery of the same
 * message by another path digests the same.
 */
const DELIVERY_FIELD = /^(received|return-path|delivered-to|x-original-to|authentication-results|authentication-results-original|arc-[a-z-]+|received-spf|x-[a-z0-9-]*)$/;

/**
 * How much of the body is turned into a string at a time (the body can be the whole
 * size cap, 25 MB). Small enough for V8's heap: a latin1 string over about 1 MB is an
 * external string freed only by a full GC, and 1 MB chunks still left 23 MB behind.
 */
const BODY_CHUNK_BYTES = 64 * 1024;

/**
 * What the message is, as a sha256 hex digest: its header fields without the
 * delivery ones, and its body, line endings made uniform (Maildir stores LF,
 * IMAP serves CRLF). Two different messages that share a Message-ID (or have
 * none, and the same headers) digest differently; a genuine re-delivery does not.
 */
export function contentDigest(raw: Buffer, chunkBytes = BODY_CHUNK_BYTES): string {
  const hash = createHash('sha256');
  for (const { key, line } of rawHeaderLines(raw)) if (!DELIVERY_FIELD.test(key)) hash.update(line.replace(/\r\n/g, '\n')).update('\n');
  const head = rawHeaderBlock(raw);
  hash.update('\n');
  hashBody(hash, raw.subarray(head.length), chunkBytes);
  return hash.digest('hex');
}

/**
 * Hashes the body as its latin1 reading with CRLF made LF and leading newlines
 * dropped, hashed as UTF-8 (the digests stored so far were made that way from
 * one string of the whole body), one chunk at a time: the whole body as a
 * string, its two rewritten copies and their UTF-8 encoding added 130 MB to the
 * peak RSS on a 25 MB cut (classify of a 60 MB message: 254 MB).
 */
function hashBody(hash: Hash, body: Buffer, chunkBytes: number): void {
  let leading = true;
  let carry = '';
  for (let offset = 0; offset < body.length; offset += chunkBytes) {
    let text = carry + body.subarray(offset, offset + chunkBytes).toString('latin1');
    carry = '';
    // A CR at the end of a chunk may start a CRLF that the next chunk ends.
    if (offset + chunkBytes < body.length && text.endsWith('\r')) {
      carry = '\r';
      text = text.slice(0, -1);
    }
    text = text.replace(/\r\n/g, '\n');
    if (leading) {
      text = text.replace(/^\n+/, '');
      if (text === '') continue;
      leading = false;
    }
    hash.update(text);
  }
}
