import { randomBytes } from 'node:crypto';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { AppError } from '../errors.js';
import type { Clock } from '../clock/clock.js';
import { lifecycleMachine, tagsOf, type LifecycleMachine, type LifecycleTag } from '../machines/lifecycle.js';
import { pendingDeadline, type DeadlineSettings } from '../machines/deadlines.js';
import type { BusinessCalendar } from '../machines/business-days.js';
import { MAIL_EVENT_TYPES, USER_EVENT_TYPES, type EventSource, type LifecycleEvent } from '../machines/events.js';
import type { CaseStore, CaseRow, EventRow, DeadlineRow } from '../store/case-store.js';
import type { CaseFile } from './case-file.js';
import type { CaseListItem, CaseSummary, CaseView, TimelineEntry } from './case-view.js';
import { eligibility } from './eligibility.js';
import { summarizeEvent } from './event-summary.js';

type Snapshot = SnapshotFrom<LifecycleMachine>;

/** An event that moved the case, as far as the time a wait began is concerned. */
export type HistoryEntry = Pick<TimelineEntry, 'at' | 'type' | 'stateAfter'>;

export interface ApplyResult {
  caseId: string;
  before: string;
  after: string;
  changed: boolean;
  eventId: number;
  /** The event's type (what happened, for the notifier). */
  type: string;
}

/** Top-level state name: the contract's `state` field. */
export function topState(value: Snapshot['value']): string {
  return typeof value === 'string' ? value : Object.keys(value)[0]!;
}

/** Every active leaf as dotted paths joined by commas: `verifying.badges.missing,...`. */
export function statePath(value: Snapshot['value']): string {
  const walk = (v: unknown, prefix: string): string[] => {
    if (typeof v === 'string') return [prefix ? `${prefix}.${v}` : v];
    return Object.entries(v as Record<string, unknown>).flatMap(([k, child]) => walk(child, prefix ? `${prefix}.${k}` : k));
  };
  return walk(value, '').join(',');
}

function newCaseId(): string {
  // 8 characters, no vowels that could spell words, easy to type on a CLI.
  const alphabet = '23456789bcdfghjkmnpqrstvwxyz';
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * The lifecycle engine: restores a case's snapshot, checks an event is allowed,
 * transitions purely, and stores the new snapshot, the event and the next
 * deadline in one transaction.
 */
export class CaseService {
  private readonly newId: () => string;

  constructor(
    private readonly store: CaseStore,
    private readonly deps: {
      clock: Clock;
      deadlines: DeadlineSettings;
      newId?: () => string;
      /** The business calendar of a case's language (holidays); unset: `deadlines.calendar` or weekends only. */
      calendarFor?: (language: string) => BusinessCalendar;
    },
  ) {
    this.newId = deps.newId ?? newCaseId;
    this.backfillTags();
  }

  /** Stores the tags of cases stored before tags were (migration 4), from their snapshots. */
  private backfillTags(): void {
    const rows = this.store.casesWithoutTags();
    if (rows.length === 0) return;
    this.store.transaction(() => {
      for (const row of rows) this.store.setTags(row.id, tagsOf(this.snapshotOf(row)));
    });
  }

  /** The tags of a stored case. */
  tagsOf(row: CaseRow): LifecycleTag[] {
    return (row.tags as LifecycleTag[] | null) ?? tagsOf(this.snapshotOf(row));
  }

  create(caseFile: CaseFile): { id: string } {
    const now = this.deps.clock.now().toISOString();
    const [snapshot] = initialTransition(lifecycleMachine, { selfServiceEligible: eligibility(caseFile).selfService });
    const id = this.newId();
    this.store.transaction(() => {
      this.store.insertCase({
        id,
        createdAt: now,
        updatedAt: now,
        caseFile,
        state: topState(snapshot.value),
        statePath: statePath(snapshot.value),
        tags: tagsOf(snapshot),
        supportCaseId: null,
        snapshot: lifecycleMachine.getPersistedSnapshot(snapshot),
      });
      this.store.appendEvent({
        caseId: id,
        at: now,
        recordedAt: now,
        type: 'created',
        source: 'user',
        messageId: null,
        outcome: 'created',
        stateBefore: null,
        stateAfter: statePath(snapshot.value),
        summary: 'Case created',
        payload: null,
      });
    });
    return { id };
  }

  /** The restored snapshot of a case (no actor is started: nothing runs). */
  snapshotOf(row: CaseRow): Snapshot {
    // The machine is pure (no children, no history states), so its persisted value and context are the whole
    // snapshot; resolving them is what restoring through an actor does, without building an actor system per event.
    const persisted = row.snapshot as { value: Snapshot['value']; context: Snapshot['context'] };
    return lifecycleMachine.resolveState({ value: persisted.value, context: persisted.context });
  }

  private requireCase(id: string): CaseRow {
    const row = this.store.getCase(id);
    if (!row) throw new AppError('NOT_FOUND', `no case with id "${id}"`);
    return row;
  }

  /** The deadline settings with the calendar of the case's language. */
  private deadlineSettings(row: CaseRow): DeadlineSettings {
    const language = (row.caseFile as Partial<CaseFile>).language ?? 'en';
    return this.deps.calendarFor ? { ...this.deps.deadlines, calendar: this.deps.calendarFor(language) } : this.deps.deadlines;
  }

  /**
   * Replaces the case file. The lifecycle keeps its state; only what the file decides (whether self-service
   * can work) is updated, and the timeline says the details changed.
   */
  edit(caseId: string, caseFile: CaseFile): void {
    this.store.transaction(() => {
      const row = this.requireCase(caseId);
      const snapshot = this.snapshotOf(row);
      const persisted = lifecycleMachine.getPersistedSnapshot(snapshot) as unknown as { context: Record<string, unknown> };
      persisted.context = { ...persisted.context, selfServiceEligible: eligibility(caseFile).selfService };
      const now = this.deps.clock.now().toISOString();
      this.store.updateCaseFile(caseId, caseFile, persisted, now);
      this.store.appendEvent({
        caseId,
        at: now,
        recordedAt: now,
        type: 'case-edited',
        source: 'user',
        messageId: null,
        outcome: 'ignored',
        stateBefore: row.statePath,
        stateAfter: row.statePath,
        summary: 'Case details edited',
        payload: null,
      });
    });
  }

  /** Hides a case from every list (its record stays in the database); mail for its support case ID then matches no case. */
  delete(caseId: string): void {
    this.store.transaction(() => {
      const row = this.requireCase(caseId);
      const now = this.deps.clock.now().toISOString();
      this.store.appendEvent({
        caseId,
        at: now,
        recordedAt: now,
        type: 'case-deleted',
        source: 'user',
        messageId: null,
        outcome: 'ignored',
        stateBefore: row.statePath,
        stateAfter: row.statePath,
        summary: 'Case deleted',
        payload: row.supportCaseId ? { supportCaseId: row.supportCaseId } : null,
      });
      this.store.markDeleted(caseId, now);
    });
  }

  /** Cases that already hold the same pair of accounts (either way round): almost always a case created twice. */
  sameAccounts(caseFile: Pick<CaseFile, 'target' | 'source'>, exceptId?: string): string[] {
    return this.store.sameAccounts(caseFile.target.candidateId, caseFile.source.candidateId, exceptId);
  }

  /** Whether `event` would be accepted now, without changing anything. */
  can(caseId: string, event: LifecycleEvent): boolean {
    return this.snapshotOf(this.requireCase(caseId)).can(event);
  }

  /**
   * Applies one event. Refused (EVENT_NOT_ALLOWED, nothing stored) when the
   * current state does not accept it. `beforeCommit` runs inside the same
   * transaction, so a mail checkpoint can be stored atomically with the event.
   */
  apply(caseId: string, event: LifecycleEvent, extra: { summary?: string; detail?: Record<string, unknown>; beforeCommit?: () => void } = {}): ApplyResult {
    return this.store.transaction(() => {
      const row = this.requireCase(caseId);
      const snapshot = this.snapshotOf(row);
      const before = statePath(snapshot.value);
      if (!snapshot.can(event)) {
        const allowed = allowedEventTypes(snapshot);
        throw new AppError(
          'EVENT_NOT_ALLOWED',
          `event "${event.type}" is not allowed in state ${topState(snapshot.value)} (case ${caseId}); allowed now: ${allowed.length ? allowed.join(', ') : 'none'}`,
        );
      }
      // A case bound to its support case ID keeps it: a receipt for another ID (mail) is refused and said so; the user may rebind by hand.
      if (event.type === 'acknowledgement' && event.source === 'mail' && snapshot.context.supportCaseId !== null && snapshot.context.supportCaseId !== event.supportCaseId) {
        throw new AppError('CONFLICT', `receipt for support case ${event.supportCaseId} ignored: case ${caseId} is bound to support case ${snapshot.context.supportCaseId}`);
      }
      if (event.type === 'acknowledgement' && snapshot.context.supportCaseId === null) {
        const other = this.store.findBySupportCaseId(event.supportCaseId);
        if (other && other.id !== caseId) {
          throw new AppError('CONFLICT', `support case ID ${event.supportCaseId} already belongs to case ${other.id}`);
        }
      }
      const [next] = transition(lifecycleMachine, snapshot, event);
      const after = statePath(next.value);
      const now = this.deps.clock.now().toISOString();
      this.store.updateCase({
        id: caseId,
        updatedAt: now,
        state: topState(next.value),
        statePath: after,
        tags: tagsOf(next),
        supportCaseId: next.context.supportCaseId,
        snapshot: lifecycleMachine.getPersistedSnapshot(next),
      });
      const { type, at, source, messageId, ...fields } = event;
      const eventId = this.store.appendEvent({
        caseId,
        at,
        recordedAt: now,
        type,
        source,
        messageId: messageId ?? null,
        outcome: 'applied',
        stateBefore: before,
        stateAfter: after,
        summary: extra.summary ?? summarizeEvent(event),
        payload: Object.keys(fields).length || extra.detail ? { ...fields, ...extra.detail } : null,
      });
      this.store.setDeadline(caseId, pendingDeadline(next, this.deadlineSettings(row)));
      extra.beforeCommit?.();
      return { caseId, before, after, changed: before !== after, eventId, type: event.type };
    });
  }

  /**
   * Puts something on the timeline without moving the case: an untrusted or
   * auto-reply message, a mail that was not understood.
   */
  record(caseId: string, entry: { at: string; type: string; source: EventSource; messageId?: string; summary: string; detail?: Record<string, unknown> }, beforeCommit?: () => void): number {
    return this.store.transaction(() => {
      const row = this.requireCase(caseId);
      const id = this.store.appendEvent({
        caseId,
        at: entry.at,
        recordedAt: this.deps.clock.now().toISOString(),
        type: entry.type,
        source: entry.source,
        messageId: entry.messageId ?? null,
        outcome: 'ignored',
        stateBefore: row.statePath,
        stateAfter: row.statePath,
        summary: entry.summary,
        payload: entry.detail ?? null,
      });
      beforeCommit?.();
      return id;
    });
  }

  /** Every case, oldest first; with `tag`, only those whose state has it (`open`: not done or cancelled). */
  list(filter: { tag?: LifecycleTag } = {}): CaseListItem[] {
    return this.store.listCaseItems(filter.tag);
  }

  /**
   * One page of the case list as the dashboard shows it (open cases first,
   * then the most recently updated), and how many cases there are: one
   * indexed query for the page plus one short one per case for its last
   * mail. No snapshot is restored and no event log is read whole.
   */
  summaries(page: { limit: number; offset: number }): { total: number; items: CaseSummary[] } {
    const total = this.store.countCases();
    const items = this.store.listCaseSummaries(page).map((r): CaseSummary => {
      const mail = this.store.lastEvent(r.id, { source: 'mail' });
      const tags = (r.tags as LifecycleTag[] | null) ?? this.tagsOf(this.requireCase(r.id));
      return {
        id: r.id,
        state: r.state,
        statePath: r.statePath,
        tags,
        supportCaseId: r.supportCaseId,
        overdue: tags.includes('overdue'),
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        dueAt: r.dueAt,
        requesterName: r.requesterName,
        targetCandidateId: r.targetCandidateId,
        sourceCandidateId: r.sourceCandidateId,
        targetLoginEmail: r.targetLoginEmail,
        sourceLoginEmail: r.sourceLoginEmail,
        lastMail: mail ? toTimeline(mail) : null,
      };
    });
    return { total, items };
  }

  /** The events that moved the case (ignored ones left out), newest first, read lazily. */
  *history(caseId: string): Generator<HistoryEntry> {
    for (const e of this.store.appliedEventsNewestFirst(caseId)) yield { at: e.at, type: e.type, stateAfter: e.stateAfter };
  }

  /** Which of `events` the case would accept now: `can` for each, restoring the snapshot once. */
  allowed(caseId: string, events: readonly LifecycleEvent[]): Set<string> {
    const snapshot = this.snapshotOf(this.requireCase(caseId));
    return new Set(events.filter((e) => snapshot.can(e)).map((e) => e.type));
  }

  view(caseId: string): CaseView {
    const row = this.requireCase(caseId);
    const snapshot = this.snapshotOf(row);
    const deadline = this.store.getDeadline(caseId);
    return {
      id: row.id,
      state: row.state,
      statePath: row.statePath,
      tags: tagsOf(snapshot),
      supportCaseId: row.supportCaseId,
      overdue: snapshot.hasTag('overdue'),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      dueAt: deadline?.dueAt ?? null,
      attentionReason: snapshot.context.attentionReason,
      selfServiceEligible: snapshot.context.selfServiceEligible,
      case: row.caseFile as CaseFile,
      timeline: this.store.listEvents(caseId).map(toTimeline),
      drafts: [],
      checklist: { ...snapshot.context.checklist },
    };
  }

  /**
   * Sends the timeout event of every deadline that has passed, as the timer.
   * One that the case no longer accepts (it moved on meanwhile) is dropped.
   */
  fireDueDeadlines(): ApplyResult[] {
    const now = this.deps.clock.now().toISOString();
    const results: ApplyResult[] = [];
    for (const d of this.store.dueDeadlines(now)) {
      const event = { type: d.event, at: d.dueAt, source: 'timer' } as LifecycleEvent;
      try {
        results.push(this.apply(d.caseId, event));
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'EVENT_NOT_ALLOWED')) throw err;
        this.store.transaction(() => {
          const cur = this.store.getDeadline(d.caseId);
          if (cur && cur.dueAt === d.dueAt && cur.event === d.event) this.store.setDeadline(d.caseId, null);
        });
      }
    }
    return results;
  }

  nextDeadline(): DeadlineRow | null {
    return this.store.nextDeadline();
  }
}

/** Every user event and mail kind the case would accept now, for a refusal that says what would work. */
export function allowedEventTypes(snapshot: Snapshot): string[] {
  const at = new Date(0).toISOString();
  return [...USER_EVENT_TYPES, ...MAIL_EVENT_TYPES].filter((type) =>
    snapshot.can({ type, at, source: 'user', supportCaseId: snapshot.context.supportCaseId ?? '0', reason: '' } as unknown as LifecycleEvent),
  );
}

function toTimeline(e: EventRow): TimelineEntry {
  return {
    at: e.at,
    type: e.type,
    source: e.source,
    ...(e.messageId ? { messageId: e.messageId } : {}),
    summary: e.summary,
    outcome: e.outcome,
    stateAfter: e.stateAfter,
    ...(e.payload ? { detail: e.payload } : {}),
  };
}
