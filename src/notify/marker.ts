import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawHeaderLines } from '../mail/parse/raw-header.js';

/** Our own Message-ID domain: `.invalid` (RFC 2606) is nobody's, so no other sender has a reason to use it. */
export const NOTIFY_MESSAGE_ID_DOMAIN = 'notify.certmerge.invalid';
export const MARKER_HEADER = 'X-Certmerge-Notification';

/**
 * The secret that signs our notification mail, kept in `dataDir/notify.key`
 * (owner-only). Made on first use; a second process racing to make it reads
 * the winner's.
 */
export function notifyKey(dataDir: string): Buffer {
  const file = join(dataDir, 'notify.key');
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

const sign = (key: Buffer, messageId: string) => createHmac('sha256', key).update(`certmerge-notification\n${messageId}`).digest('hex');

/** A fresh Message-ID on our domain and the marker header value that signs it. */
export function markNotification(key: Buffer): { messageId: string; marker: string } {
  const messageId = `<${Date.now().toString(36)}.${randomBytes(9).toString('hex')}@${NOTIFY_MESSAGE_ID_DOMAIN}>`;
  return { messageId, marker: `v1; sig=${sign(key, messageId)}` };
}

/**
 * True for a notification certmerge itself put in the mailbox: a Message-ID on
 * our domain AND a marker whose HMAC over it verifies with our key. Either
 * alone is easy to copy; the signature is not, without the key.
 */
export function isOwnNotification(raw: Buffer, key: Buffer): boolean {
  let messageId: string | null = null;
  let marker: string | null = null;
  for (const { key: name, line } of rawHeaderLines(raw)) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r\n[ \t]+/g, ' ').trim();
    // Two of either header is not something we write.
    if (name === 'message-id') {
      if (messageId !== null) return false;
      messageId = value;
    } else if (name === MARKER_HEADER.toLowerCase()) {
      if (marker !== null) return false;
      marker = value;
    }
  }
  if (!messageId || !marker || !messageId.endsWith(`@${NOTIFY_MESSAGE_ID_DOMAIN}>`)) return false;
  const sig = /^v1; sig=([0-9a-f]{64})$/.exec(marker)?.[1];
  if (!sig) return false;
  return timingSafeEqual(Buffer.from(sig, 'hex'), Buffer.from(sign(key, messageId), 'hex'));
}
