// Per-function entry points: the package root loads all of date-fns (about 9 MB resident in the daemon).
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addHours } from 'date-fns/addHours';
import type { SnapshotFrom } from 'xstate';
import type { TimerEventType } from './events.js';
import type { LifecycleMachine } from './lifecycle.js';

export interface DeadlineSettings {
  acknowledgementHours: number;
  supportReplyBusinessDays: number;
  completionBusinessDays: number;
}

export type DeadlineKind = 'acknowledgement' | 'supportReply' | 'completion';

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
 * Business days skip Saturdays and Sundays (public holidays are not known).
 */
export function pendingDeadline(snapshot: Snapshot, settings: DeadlineSettings): Deadline | null {
  const since = snapshot.context.waitingSince;
  if (!since) return null;
  const start = new Date(since);
  if (snapshot.matches({ awaitingAcknowledgement: 'waiting' })) {
    return { kind: 'acknowledgement', dueAt: addHours(start, settings.acknowledgementHours).toISOString(), event: 'acknowledgement-overdue' };
  }
  if (snapshot.matches({ awaitingSupport: 'waiting' }) || snapshot.matches({ verifying: { badges: { awaitingTransfer: 'waiting' } } })) {
    return { kind: 'supportReply', dueAt: addBusinessDays(start, settings.supportReplyBusinessDays).toISOString(), event: 'support-overdue' };
  }
  if (snapshot.matches({ awaitingCompletion: 'waiting' })) {
    return { kind: 'completion', dueAt: addBusinessDays(start, settings.completionBusinessDays).toISOString(), event: 'completion-overdue' };
  }
  return null;
}

/** True when a wait has passed its due time (the machine's `overdue` tag). */
export function isOverdue(snapshot: Snapshot): boolean {
  return snapshot.hasTag('overdue');
}
