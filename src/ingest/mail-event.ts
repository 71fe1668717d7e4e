import type { LifecycleEvent } from '../machines/events.js';
import type { UnderstoodMail } from './understood.js';

/**
 * The lifecycle event a trusted support message means, or null for kinds that
 * mean nothing for a case. An acknowledgement without a case ID cannot bind
 * one, so it counts as a plain support reply.
 */
export function mailEvent(m: UnderstoodMail, at: string): LifecycleEvent | null {
  const base = { at, source: 'mail' as const, messageId: m.messageId };
  switch (m.kind) {
    case 'unrelated':
      return null;
    case 'acknowledgement': {
      const id = m.subjectCaseId ?? m.bodyCaseId;
      return id ? { ...base, type: 'acknowledgement', supportCaseId: id } : { ...base, type: 'support_reply' };
    }
    case 'case_closed':
      return { ...base, type: 'case_closed', reason: m.reasons[0]?.slice(0, 300) };
    default:
      return { ...base, type: m.kind };
  }
}

/**
 * What the user's own message (found in Sent) means: confirming the merge
 * when it answers support's confirmation request, else a reply.
 */
export function sentEvent(m: UnderstoodMail, at: string, answersConfirmation: boolean): LifecycleEvent {
  return { at, source: 'mail', messageId: m.messageId, type: answersConfirmation ? 'confirmation-sent' : 'reply-sent' };
}
