import type { DraftKind } from '../mail/drafts/types.js';
import type { EventRow } from '../store/case-store.js';

/** A reply the case needs now: what kind, which support message it answers, and its once-only key. */
export interface PlannedDraft {
  kind: DraftKind;
  /** One draft per key, ever: the answered Message-ID, or the wait a follow-up belongs to. */
  answersKey: string;
  /** The support message to answer (thread on), or null to use the latest support mail. */
  answers: string | null;
}

/**
 * Decides from a case's state and timeline which reply it needs. Pure, and
 * idempotent by key: running it again after a restart plans the same drafts,
 * and the store refuses a second draft for a key.
 */
export function planDraft(statePath: string, timeline: readonly EventRow[], waitingSince: string | null): PlannedDraft | null {
  // A mail kind the user applied to a stored message (a misread mail corrected on the dashboard) plans the
  // same reply as the mail read right; one applied by hand without a message (mail that reached another
  // mailbox) has no thread to answer.
  const lastApplied = (type: string) => [...timeline].reverse().find((e) => e.outcome === 'applied' && e.type === type && e.messageId && (e.source === 'mail' || e.source === 'user'));
  const leaf = (p: string) => statePath.split(',').includes(p);
  if (leaf('confirmationRequested')) {
    const m = lastApplied('confirmation_request');
    if (m) return { kind: 'confirmation', answersKey: m.messageId!, answers: m.messageId };
  }
  if (leaf('infoRequested')) {
    const m = lastApplied('info_request');
    if (m) return { kind: 'info', answersKey: m.messageId!, answers: m.messageId };
  }
  if (leaf('verifying.badges.missing')) {
    const missing = [...timeline].reverse().find((e) => e.type === 'badges-missing' && e.outcome === 'applied');
    if (missing) return { kind: 'badges_followup', answersKey: `badges-missing:${missing.id}`, answers: null };
  }
  // No follow-up for a missing acknowledgement: there is no thread yet, and
  // the likely cause (the form was not submitted, or the receipt went to spam)
  // is for the user to check, not for support.
  if (leaf('awaitingSupport.overdue') || leaf('awaitingCompletion.overdue') || leaf('verifying.badges.awaitingTransfer.overdue')) {
    return { kind: 'followup_overdue', answersKey: `overdue:${waitingSince ?? 'unknown'}`, answers: null };
  }
  return null;
}

/**
 * Whether a case in this state can need a draft at all (what `planDraft`
 * looks at first): the cheap test that keeps a reconcile of every case from
 * reading the timelines of cases that are only waiting.
 */
export function mayNeedDraft(statePath: string): boolean {
  const leaves = statePath.split(',');
  return (
    leaves.includes('confirmationRequested') ||
    leaves.includes('infoRequested') ||
    leaves.includes('verifying.badges.missing') ||
    leaves.includes('awaitingSupport.overdue') ||
    leaves.includes('awaitingCompletion.overdue') ||
    leaves.includes('verifying.badges.awaitingTransfer.overdue')
  );
}

/** The state a draft kind belongs to: a draft whose case has left it is moot. */
export function draftStillFits(kind: DraftKind, statePath: string): boolean {
  switch (kind) {
    case 'confirmation':
      return statePath === 'confirmationRequested';
    case 'info':
      return statePath === 'infoRequested';
    case 'badges_followup':
      return statePath.split(',').includes('verifying.badges.missing');
    case 'followup_overdue':
      return /(^|,)(awaitingSupport|awaitingCompletion|verifying\.badges\.awaitingTransfer)\.overdue(,|$)/.test(statePath);
  }
}
