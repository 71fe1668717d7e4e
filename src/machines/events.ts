/** Where an event came from. Every event in the log carries one. */
export type EventSource = 'mail' | 'user' | 'timer';

/** What every lifecycle event carries: when, from where, and for mail, which message. */
export interface EventMeta {
  /** ISO 8601 time the event happened (mail: when it was processed; timer: the due time). */
  at: string;
  source: EventSource;
  /** The Message-ID of the mail behind the event, for `source: 'mail'` (and drafts sent). */
  messageId?: string;
}

/** Events the user applies: `certmerge event ID TYPE`, `POST /api/cases/:id/events`. */
export const USER_EVENT_TYPES = [
  'prepared',
  'case-submitted',
  'reply-sent',
  'confirmation-sent',
  'certifications-verified',
  'benefits-verified',
  'badges-verified',
  'badges-missing',
  'cancel',
  'reopen',
] as const;
export type UserEventType = (typeof USER_EVENT_TYPES)[number];

/** Events a classified support mail produces (the mail kinds that mean something for the case). */
export const MAIL_EVENT_TYPES = [
  'acknowledgement',
  'ai_answer',
  'info_request',
  'confirmation_request',
  'merge_completed',
  'badges_transferred',
  'case_closed',
  'support_reply',
] as const;
export type MailEventType = (typeof MAIL_EVENT_TYPES)[number];

/**
 * Sent by the deadline scheduler when a stored due time passes. `user-overdue`
 * and `user-final-overdue` remind the user of their own turn (the second
 * before support may auto-close the case); they do not move the case.
 */
export const TIMER_EVENT_TYPES = ['acknowledgement-overdue', 'support-overdue', 'completion-overdue', 'user-overdue', 'user-final-overdue'] as const;
export type TimerEventType = (typeof TIMER_EVENT_TYPES)[number];

export type LifecycleEvent =
  | (EventMeta & { type: Exclude<UserEventType, 'cancel'> })
  | (EventMeta & { type: 'cancel'; reason?: string })
  | (EventMeta & { type: 'acknowledgement'; supportCaseId: string })
  | (EventMeta & { type: 'case_closed'; reason?: string })
  | (EventMeta & { type: Exclude<MailEventType, 'acknowledgement' | 'case_closed'> })
  | (EventMeta & { type: TimerEventType });

export type LifecycleEventType = LifecycleEvent['type'];

export const ALL_EVENT_TYPES: readonly LifecycleEventType[] = [...USER_EVENT_TYPES, ...MAIL_EVENT_TYPES, ...TIMER_EVENT_TYPES];

export function isLifecycleEventType(s: string): s is LifecycleEventType {
  return (ALL_EVENT_TYPES as readonly string[]).includes(s);
}
