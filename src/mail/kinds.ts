import { MAIL_EVENT_TYPES } from '../machines/events.js';

/**
 * The contract's mail kinds: what a support message means for the case. Every
 * kind but `unrelated` is also a lifecycle event; the lifecycle owns that list.
 */
export const MAIL_KINDS = [...MAIL_EVENT_TYPES, 'unrelated'] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export function isMailKind(s: string): s is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(s);
}

/** A stored kind's name read as a mail kind: one certmerge no longer knows reads as `unrelated`. */
export function asMailKind(s: string): MailKind {
  return isMailKind(s) ? s : 'unrelated';
}
