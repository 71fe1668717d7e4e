import { createHash } from 'node:crypto';
import { rawHeaderBlock } from './raw-header-block.js';

/**
 * A Message-ID for mail that has none, derived from the header section so the
 * same message seen twice (a re-upload, a restart) deduplicates to one id.
 * Without a header section the whole message is hashed.
 */
export function syntheticMessageId(raw: Buffer): string {
  const digest = createHash('sha256').update(rawHeaderBlock(raw)).digest('hex');
  return `<${digest}@certmerge.invalid>`;
}
