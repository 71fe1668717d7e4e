/** The contract's notification events. */
export const NOTIFY_EVENTS = [
  'test',
  'info_requested',
  'confirmation_requested',
  'merge_completed',
  'support_overdue',
  'user_overdue',
  'case_closing',
  'unmatched_mail',
  'mail_source_down',
  'sign_in_refused',
  'expiring',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export type NotifyLanguage = 'ja' | 'en';

/**
 * One notification, as every channel delivers it. Built only from what
 * certmerge decided (states, event types, dates, names from the case file):
 * never from a mail body, never with a secret.
 */
export interface Notification {
  /** Stable: the same cause gives the same id, so it is stored (and sent) once. */
  id: string;
  event: NotifyEvent;
  caseId: string | null;
  /** ISO time of what happened. */
  at: string;
  language: NotifyLanguage;
  title: string;
  /** What happened and what to do, in the case's language. */
  text: string;
  /** The case page (or the dashboard). */
  url: string;
}

/** A channel's answer to one delivery attempt. */
export interface DeliveryOutcome {
  ok: boolean;
  /** Plain words for the log: `HTTP 204`, `connection refused`... never a secret. */
  detail: string;
}

/** One configured channel. */
export interface Channel {
  /** Stable key of the channel in the outbox (type and a hash of its address). */
  key: string;
  /** How the channel is named to the user: `webhook hooks.example.com`, no secrets. */
  label: string;
  deliver(n: Notification): Promise<DeliveryOutcome>;
}
