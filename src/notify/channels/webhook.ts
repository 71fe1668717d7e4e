import { createHash, createHmac } from 'node:crypto';
import type { Channel, Notification } from '../notification.js';
import { hostOf, post } from './http.js';

/** The contract's webhook body: `id` is the same on every attempt of one notification. */
export function webhookBody(n: Notification): string {
  return JSON.stringify({ id: n.id, event: n.event, caseId: n.caseId, at: n.at, text: n.text, url: n.url });
}

/** `sha256=HEX`, HEX the HMAC-SHA256 with the secret over `TIMESTAMP + "." + BODY`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A signed JSON webhook. */
export function webhookChannel(cfg: { url: string; secret: string }, now: () => Date): Channel {
  return {
    key: `webhook:${createHash('sha256').update(cfg.url).digest('hex').slice(0, 12)}`,
    label: `webhook ${hostOf(cfg.url)}`,
    deliver: (n) => {
      const body = webhookBody(n);
      // Signed per attempt: a receiver may refuse an old timestamp (replay), so a retry carries a fresh one.
      const timestamp = String(Math.floor(now().getTime() / 1000));
      return post(cfg.url, { 'Content-Type': 'application/json', 'X-Certmerge-Timestamp': timestamp, 'X-Certmerge-Signature': webhookSignature(cfg.secret, timestamp, body), 'X-Certmerge-Id': n.id }, body);
    },
  };
}
