import type { CaseView, TimelineEntry } from '../cases/case-view.js';

export type WaitsOn = 'support' | 'you' | null;

/** Top-level states of a stored state path (`verifying.badges.missing,verifying.benefits.unchecked` → verifying). */
export function topStatesOf(path: string | null): string[] {
  if (!path) return [];
  return [...new Set(path.split(',').map((p) => p.split('.')[0]!))];
}

/** Who the case is waiting on, from its state's tags: support, else the user while it is open, else nobody. */
export function waitsOn(view: Pick<CaseView, 'tags'>): WaitsOn {
  if (view.tags.includes('waitingOnSupport')) return 'support';
  return view.tags.includes('open') ? 'you' : null;
}

/**
 * When the current wait began: the entry that brought the case into its
 * current top-level state, or a later reply of yours that restarted the wait
 * on support.
 */
export function waitingSince(view: Pick<CaseView, 'tags' | 'createdAt' | 'timeline'>): string {
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

/**
 * `waitingSince` from the events that moved the case, newest first (ignored
 * entries play no part in it), reading back only as far as the start of the
 * current wait. Gives the same time as `waitingSince` on the full timeline.
 */
export function waitingSinceFromHistory(view: Pick<CaseView, 'tags' | 'createdAt'>, newestFirst: Iterable<Pick<TimelineEntry, 'at' | 'type' | 'stateAfter'>>): string {
  const onSupport = waitsOn(view) === 'support';
  // Walking forwards, an entry sets the time when its top state differs from the
  // previous entry's (the first entry's "previous" is null), or when it is a reply
  // of yours while the case waits on support; the last entry to do so wins.
  let later: Pick<TimelineEntry, 'at' | 'type' | 'stateAfter'> | null = null;
  let laterTop: string | null = null;
  for (const e of newestFirst) {
    const top = topStatesOf(e.stateAfter)[0] ?? null;
    if (later && (laterTop !== top || (onSupport && later.type === 'reply-sent'))) return later.at;
    later = e;
    laterTop = top;
  }
  if (later && (laterTop !== null || (onSupport && later.type === 'reply-sent'))) return later.at;
  return view.createdAt;
}
