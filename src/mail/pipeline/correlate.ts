import type { UnderstoodMail } from './understood.js';

export type CorrelationVia = 'subject-case-id' | 'thread' | 'body-case-id' | 'acknowledgement-binding' | 'candidate-id' | 'credly-badges';

export interface Correlation {
  caseId: string;
  via: CorrelationVia;
}

/** What correlation may ask storage; passed in so the rules are testable alone. */
export interface CorrelationLookups {
  caseBySupportCaseId(supportCaseId: string): string | null;
  /** The case a message or draft with one of these Message-IDs belongs to. */
  caseOfMessageIds(ids: readonly string[]): string | null;
  /** Cases that have no support case ID yet and wait for one (submitted, or a draft). */
  casesAwaitingSupportCaseId(): { id: string; candidateIds: string[] }[];
  /** Open cases with their candidate IDs, for mail that names them. */
  openCases(): { id: string; candidateIds: string[] }[];
  /** Cases whose Credly badges are being checked, the ones waiting on a transfer first. */
  casesCheckingBadges(): string[];
}

const mentions = (text: string, ids: string[]) => ids.some((id) => text.includes(id));

/**
 * Ties a message to its case, most reliable key first: the support case ID in
 * the decoded subject, the thread (In-Reply-To/References), the case ID in the
 * body; a first acknowledgement binds its case ID to the case waiting for one.
 * Vendors' ticket systems often drop References, so the case ID leads.
 */
export function correlate(m: UnderstoodMail, role: 'inbox' | 'sent', look: CorrelationLookups): Correlation | null {
  if (m.subjectCaseId) {
    const id = look.caseBySupportCaseId(m.subjectCaseId);
    if (id) return { caseId: id, via: 'subject-case-id' };
  }
  const thread = [...m.references, ...(m.inReplyTo ? [m.inReplyTo] : [])];
  const byThread = look.caseOfMessageIds(thread);
  if (byThread) return { caseId: byThread, via: 'thread' };
  if (m.bodyCaseId) {
    const id = look.caseBySupportCaseId(m.bodyCaseId);
    if (id) return { caseId: id, via: 'body-case-id' };
  }
  if (role === 'sent') return null;

  const supportCaseId = m.subjectCaseId ?? m.bodyCaseId;
  if (m.kind === 'acknowledgement' && supportCaseId) {
    const waiting = look.casesAwaitingSupportCaseId();
    const named = waiting.filter((c) => mentions(m.newText, c.candidateIds));
    if (named.length === 1) return { caseId: named[0]!.id, via: 'acknowledgement-binding' };
    if (waiting.length === 1) return { caseId: waiting[0]!.id, via: 'acknowledgement-binding' };
    return null;
  }
  if (m.kind === 'badges_transferred') {
    const checking = look.casesCheckingBadges();
    if (checking.length >= 1) return { caseId: checking[0]!, via: 'credly-badges' };
    return null;
  }
  if (m.kind !== 'unrelated') {
    const named = look.openCases().filter((c) => mentions(m.newText, c.candidateIds));
    if (named.length === 1) return { caseId: named[0]!.id, via: 'candidate-id' };
  }
  return null;
}
