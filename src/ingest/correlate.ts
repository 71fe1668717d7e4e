import { setAsideByTopic } from '../mail/classify/decide.js';
import type { UnderstoodMail } from './understood.js';

export type CorrelationVia = 'subject-case-id' | 'thread' | 'body-case-id' | 'acknowledgement-binding' | 'candidate-id' | 'credly-badges';

export interface Correlation {
  caseId: string;
  via: CorrelationVia;
}

/** A receipt whose case cannot be told: kept for the user to bind with one click. */
export interface PendingBinding {
  pending: { caseIds: string[]; why: string };
}

/** A case waiting for its support case ID, with what a receipt may echo of it. */
export interface WaitingCase {
  id: string;
  candidateIds: string[];
  /** The case file's addresses (the submitting address is one of them, or mail.from), lowercase. */
  addresses: string[];
  /** The requester's name as written on the form. */
  requesterName: string;
}

/** What correlation may ask storage; passed in so the rules are testable alone. */
export interface CorrelationLookups {
  caseBySupportCaseId(supportCaseId: string): string | null;
  /** The case a message or draft with one of these Message-IDs belongs to. */
  caseOfMessageIds(ids: readonly string[]): string | null;
  /** Cases that have no support case ID yet and wait for one (submitted, or a draft). */
  casesAwaitingSupportCaseId(): WaitingCase[];
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
export function correlate(m: UnderstoodMail, role: 'inbox' | 'sent', look: CorrelationLookups, opts: { bind?: boolean } = {}): Correlation | PendingBinding | null {
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
  // Mail not delivered to the user may be recorded on a case it names, never tied to one by a guess.
  if (role === 'sent' || opts.bind === false) return null;

  const supportCaseId = m.subjectCaseId ?? m.bodyCaseId;
  // A receipt set aside as another matter's (its topic) may still be the merge's: a case waiting for its
  // ID is never left without it on a topic word alone. It binds only on an echo; otherwise it is pending.
  const receipt = m.kind === 'acknowledgement' || (m.kind === 'unrelated' && m.evidence !== null && setAsideByTopic(m.evidence)?.lead === 'acknowledgement');
  if (receipt && supportCaseId) return bindReceipt(m, look.casesAwaitingSupportCaseId());
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

const CANDIDATE_ID = /\bAWS\d{4,}\b/g;
/**
 * Which waiting case a receipt belongs to, never by a race ("the first receipt
 * binds" let an attacker's genuine receipt take the user's case). A case is
 * ruled out when the receipt names candidate IDs and none are its own, or is
 * addressed to none of its addresses. It is chosen when it is the only one
 * left and something ties it to the receipt: it is the only case waiting and
 * the receipt speaks of a merge (its `topic`: a receipt of the user's other
 * support cases is as genuine, and binding it would give the merge case
 * another case's ID), or the receipt echoes its
 * candidate ID or requester name. Anything else is pending: the user binds it
 * with one click.
 */
export function bindReceipt(m: Pick<UnderstoodMail, 'newText' | 'to' | 'cc' | 'topic'>, waiting: readonly WaitingCase[]): Correlation | PendingBinding | null {
  if (waiting.length === 0) return null;
  const named = new Set(m.newText.match(CANDIDATE_ID) ?? []);
  const recipients = new Set([...m.to, ...m.cc].map((a) => a.toLowerCase()));
  const fits = waiting.filter((c) => (named.size === 0 || c.candidateIds.some((id) => named.has(id))) && c.addresses.some((a) => recipients.has(a)));
  const echoes = (c: WaitingCase) => c.candidateIds.some((id) => named.has(id)) || (c.requesterName.trim().length > 1 && m.newText.includes(c.requesterName.trim()));
  const only = fits.length === 1 ? fits[0]! : null;
  const aboutMerge = m.topic.merge !== undefined;
  if (only && ((waiting.length === 1 && aboutMerge) || echoes(only))) return { caseId: only.id, via: 'acknowledgement-binding' };
  const echoed = fits.filter(echoes);
  if (echoed.length === 1) return { caseId: echoed[0]!.id, via: 'acknowledgement-binding' };
  const why =
    only && waiting.length === 1
      ? 'the receipt does not say it is about an account merge (it may be another support case\'s)'
      : fits.length === 0
      ? named.size > 0
        ? `the receipt names ${[...named].slice(0, 3).join(', ')}, which no waiting case has, or is addressed to none of its addresses`
        : 'the receipt is addressed to none of the waiting cases\' addresses'
      : `${fits.length} cases are waiting for a receipt and nothing in it tells them apart`;
  return { pending: { caseIds: (fits.length ? fits : waiting).map((c) => c.id), why } };
}
