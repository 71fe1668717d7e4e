// Per-function entry points: the package root loads all of date-fns (about 9 MB resident in the daemon).
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addHours } from 'date-fns/addHours';
import type { SnapshotFrom } from 'xstate';
import { addBusinessDaysIn, type BusinessCalendar } from './business-days.js';
import type { TimerEventType } from './events.js';
import type { LifecycleMachine } from './lifecycle.js';

export interface DeadlineSettings {
  acknowledgementHours: number;
  supportReplyBusinessDays: number;
  completionBusinessDays: number;
  /**
   * The user's own turn (a confirmation, an information request, the badges
   * follow-up): reminded after this many business days. Unset: the user's
   * turn has no deadline.
   */
  userReplyBusinessDays?: number;
  /** Support may auto-close an unanswered case after this many business days; the second reminder comes a business day before. */
  userAutoCloseBusinessDays?: number;
  /** Weekends, public holidays and days off the business days skip. Unset: weekends only (date-fns, local time). */
  calendar?: BusinessCalendar;
}

export type DeadlineKind = 'acknowledgement' | 'supportReply' | 'completion' | 'userReply' | 'userClosing';

/** Which side a deadline's wait is on. */
export function deadlineSide(kind: DeadlineKind): 'support' | 'user' {
  return kind === 'userReply' || kind === 'userClosing' ? 'user' : 'support';
}

export interface Deadline {
  kind: DeadlineKind;
  /** ISO time the wait becomes overdue. */
  dueAt: string;
  /** What the scheduler sends when it passes. */
  event: TimerEventType;
}

type Snapshot = SnapshotFrom<LifecycleMachine>;

/**
 * The due time the case is waiting on, if any, derived from the state and
 * `waitingSince`. The store keeps the result so a scheduler can fire it
 * after a restart; nothing here reads a clock.
 *
 * Business days skip Saturdays and Sundays, and the calendar's holidays when
 * one is given. The user's own turn is timed from `userTurnSince`: a first
 * reminder, then one a business day before support may auto-close the case.
 */
export function pendingDeadline(snapshot: Snapshot, settings: DeadlineSettings): Deadline | null {
  const addBusinessDaysTo = (d: Date, n: number) => (settings.calendar ? addBusinessDaysIn(d, n, settings.calendar) : addBusinessDays(d, n));
  const turn = snapshot.context.userTurnSince;
  if (turn && settings.userReplyBusinessDays) {
    const reminders = snapshot.context.userReminders ?? 0;
    const first = settings.userReplyBusinessDays;
    const last = Math.max(first + 1, (settings.userAutoCloseBusinessDays ?? first * 2) - 1);
    if (reminders === 0) return { kind: 'userReply', dueAt: addBusinessDaysTo(new Date(turn), first).toISOString(), event: 'user-overdue' };
    if (reminders === 1) return { kind: 'userClosing', dueAt: addBusinessDaysTo(new Date(turn), last).toISOString(), event: 'user-final-overdue' };
    return null;
  }
  const since = snapshot.context.waitingSince;
  if (!since) return null;
  const start = new Date(since);
  if (snapshot.matches({ awaitingAcknowledgement: 'waiting' })) {
    return { kind: 'acknowledgement', dueAt: addHours(start, settings.acknowledgementHours).toISOString(), event: 'acknowledgement-overdue' };
  }
  if (snapshot.matches({ awaitingSupport: 'waiting' }) || snapshot.matches({ verifying: { badges: { awaitingTransfer: 'waiting' } } })) {
    return { kind: 'supportReply', dueAt: addBusinessDaysTo(start, settings.supportReplyBusinessDays).toISOString(), event: 'support-overdue' };
  }
  if (snapshot.matches({ awaitingCompletion: 'waiting' })) {
    return { kind: 'completion', dueAt: addBusinessDaysTo(start, settings.completionBusinessDays).toISOString(), event: 'completion-overdue' };
  }
  return null;
}

/** True when a wait has passed its due time (the machine's `overdue` tag). */
export function isOverdue(snapshot: Snapshot): boolean {
  return snapshot.hasTag('overdue');
}
