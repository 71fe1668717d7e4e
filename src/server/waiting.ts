import type { CaseView, TimelineEntry } from '../cases/case-service.js';

export type WaitsOn = 'support' | 'you' | null;

const ON_SUPPORT = new Set(['awaitingAcknowledgement', 'awaitingSupport', 'awaitingCompletion']);
const ON_NOBODY = new Set(['done', 'cancelled']);

/** Top-level states of a stored state path (`verifying.badges.missing,verifying.benefits.unchecked` → verifying). */
export function topStatesOf(path: string | null): string[] {
  if (!path) return [];
  return [...new Set(path.split(',').map((p) => p.split('.')[0]!))];
}

/** Who the case is waiting on, derived from its state. */
export function waitsOn(view: Pick<CaseView, 'state' | 'statePath'>): WaitsOn {
  if (ON_NOBODY.has(view.state)) return null;
  if (ON_SUPPORT.has(view.state)) return 'support';
  // The badges follow-up was sent: support has to move them.
  if (view.state === 'verifying' && view.statePath.includes('badges.awaitingTransfer')) return 'support';
  return 'you';
}

/**
 * When the current wait began: the entry that brought the case into its
 * current top-level state, or a later reply of yours that restarted the wait
 * on support.
 */
export function waitingSince(view: Pick<CaseView, 'state' | 'statePath' | 'createdAt' | 'timeline'>): string {
  let since = view.createdAt;
  let prev: string | null = null;
  for (const e of view.timeline) {
    if (e.outcome === 'ignored') continue;
    const top = topStatesOf(e.stateAfter)[0] ?? null;
    if (top !== prev) since = e.at;
    else if (waitsOn(view) === 'support' && e.type === 'reply-sent') since = e.at;
    prev = top;
  }
  return since;
}

/** The last mail that reached the case (applied or ignored). */
export function lastMail(timeline: TimelineEntry[]): TimelineEntry | null {
  for (let i = timeline.length - 1; i >= 0; i--) if (timeline[i]!.source === 'mail') return timeline[i]!;
  return null;
}
