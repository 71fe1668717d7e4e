import { AppError } from '../errors.js';
import { MAIL_EVENT_TYPES, USER_EVENT_TYPES, type LifecycleEvent } from '../machines/events.js';

/** What a person may apply by hand: the user events and the mail kinds that mean something for a case. */
export const HAND_APPLIED_EVENT_TYPES: readonly string[] = [...USER_EVENT_TYPES, ...MAIL_EVENT_TYPES];

/** Builds an event the user applies (CLI or dashboard): a user event, or a mail kind applied by hand. */
export function userEvent(type: string, at: string, opts: { supportCaseId?: string; reason?: string }): LifecycleEvent {
  if (!HAND_APPLIED_EVENT_TYPES.includes(type)) {
    throw new AppError('BAD_INPUT', `unknown event "${type}": expected one of ${HAND_APPLIED_EVENT_TYPES.join(', ')}`);
  }
  if (type === 'acknowledgement') {
    const id = opts.supportCaseId?.trim();
    if (!id || !/^\d{1,30}$/.test(id)) throw new AppError('BAD_INPUT', `--support-case-id: expected the support case number (digits), got ${JSON.stringify(opts.supportCaseId ?? '')}`);
    return { type, at, source: 'user', supportCaseId: id };
  }
  if ((type === 'cancel' || type === 'case_closed') && opts.reason) {
    return { type, at, source: 'user', reason: opts.reason.slice(0, 500) };
  }
  return { type, at, source: 'user' } as LifecycleEvent;
}
