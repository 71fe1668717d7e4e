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

/** The machine's tags of a state (LifecycleTag), as stored with the case. */
type Tags = readonly string[];

/**
 * Decides from a case's tags and timeline which reply it needs (the machine
 * tags a state `draft.<kind>`). Pure, and idempotent by key: running it again
 * after a restart plans the same drafts, and the store refuses a second draft
 * for a key.
 */
export function planDraft(tags: Tags, timeline: readonly EventRow[], waitingSince: string | null): PlannedDraft | null {
  // A mail kind the user applied to a stored message (a misread mail corrected on the dashboard) plans the
  // same reply as the mail read right; one applied by hand without a message (mail that reached another
  // mailbox) has no thread to answer.
  const lastApplied = (type: string) => [...timeline].reverse().find((e) => e.outcome === 'applied' && e.type === type && e.messageId && (e.source === 'mail' || e.source === 'user'));
  if (tags.includes('draft.confirmation')) {
    const m = lastApplied('confirmation_request');
    if (m) return { kind: 'confirmation', answersKey: m.messageId!, answers: m.messageId };
  }
  if (tags.includes('draft.info')) {
    const m = lastApplied('info_request');
    if (m) return { kind: 'info', answersKey: m.messageId!, answers: m.messageId };
  }
  if (tags.includes('draft.badges_followup')) {
    const missing = [...timeline].reverse().find((e) => e.type === 'badges-missing' && e.outcome === 'applied');
    if (missing) return { kind: 'badges_followup', answersKey: `badges-missing:${missing.id}`, answers: null };
  }
  if (tags.includes('draft.followup_overdue')) {
    return { kind: 'followup_overdue', answersKey: `overdue:${waitingSince ?? 'unknown'}`, answers: null };
  }
  return null;
}

/**
 * Whether a case in this state can need a draft at all (what `planDraft`
 * looks at first): the cheap test that keeps a reconcile of every case from
 * reading the timelines of cases that are only waiting.
 */
export function mayNeedDraft(tags: Tags): boolean {
  return tags.includes('needsDraft');
}

/** Whether the case is still in a state that wants this kind of draft: one whose case has left it is moot. */
export function draftStillFits(kind: DraftKind, tags: Tags): boolean {
  return tags.includes(`draft.${kind}`);
}
