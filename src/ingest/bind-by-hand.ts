import type { ApplyResult, CaseService } from '../cases/case-service.js';
import { AppError, ReceiptRefused } from '../errors.js';
import type { CaseStore } from '../store/case-store.js';
import type { MessageStore, StoredMessage } from '../store/message-store.js';

/**
 * Refuses a stored receipt that may not bind a case: one from an unverified
 * sender, or one not delivered to the user (a bounced copy of someone else's
 * receipt). The user's click decides which case, never whether to believe it.
 */
export function assertReceiptMayBind(m: Pick<StoredMessage, 'trusted' | 'understanding'>, messageId: string): void {
  if (!m.trusted) throw new ReceiptRefused('untrusted', `message ${messageId.slice(0, 200)} is from an unverified sender: it cannot bind a case`);
  if (m.understanding.forUser === false) throw new ReceiptRefused('notForYou', `message ${messageId.slice(0, 200)} was not addressed to you: it cannot bind a case`);
}

/**
 * The user's answer to "which case is this receipt for?": binds the support
 * case ID of a stored receipt (pending, or unmatched) to `caseId`, recorded as
 * the user's. Only a receipt that was verified and delivered to the user can
 * be bound: the click decides which case, never whether to believe the mail.
 */
export function bindReceiptByHand(
  deps: { cases: CaseService; store: CaseStore; messages: MessageStore; now: () => string },
  caseId: string,
  messageId: string,
): ApplyResult {
  return deps.store.transaction(() => {
    const m = deps.messages.get(messageId);
    if (!m || m.role !== 'inbox') throw new AppError('NOT_FOUND', `no received message with Message-ID ${messageId.slice(0, 200)}`);
    const supportCaseId = typeof m.understanding.supportCaseId === 'string' ? m.understanding.supportCaseId : null;
    // A pending receipt may have been set aside as another matter's (its topic): the user says it is the merge's.
    if ((m.kind !== 'acknowledgement' && m.outcome !== 'pending') || !supportCaseId) throw new AppError('BAD_INPUT', `message ${messageId.slice(0, 200)} is not a receipt carrying a support case ID`);
    assertReceiptMayBind(m, messageId);
    if (m.outcome !== 'pending' && m.outcome !== 'unmatched') throw new AppError('CONFLICT', `message ${messageId.slice(0, 200)} was already applied (${m.outcome}${m.caseId ? ` to case ${m.caseId}` : ''})`);
    const r = deps.cases.apply(
      caseId,
      { type: 'acknowledgement', supportCaseId, at: deps.now(), source: 'user', messageId },
      { summary: `You bound the receipt for support case ${supportCaseId} to this case` },
    );
    deps.messages.bindPending(messageId, caseId);
    return r;
  });
}
