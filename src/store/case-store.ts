import type { Db } from './database.js';
import { storageError } from './database.js';
import type { Deadline } from '../machines/deadlines.js';
import type { EventSource } from '../machines/events.js';

export interface CaseRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  caseFile: unknown;
  state: string;
  statePath: string;
  supportCaseId: string | null;
  snapshot: unknown;
  version: number;
}

export type EventOutcome = 'created' | 'applied' | 'ignored';

export interface EventRow {
  id: number;
  caseId: string;
  at: string;
  recordedAt: string;
  type: string;
  source: EventSource;
  messageId: string | null;
  outcome: EventOutcome;
  stateBefore: string | null;
  stateAfter: string | null;
  summary: string;
  payload: Record<string, unknown> | null;
}

export type NewEvent = Omit<EventRow, 'id'>;

export interface DeadlineRow extends Deadline {
  caseId: string;
}

interface RawCase {
  id: string;
  created_at: string;
  updated_at: string;
  case_file: string;
  state: string;
  state_path: string;
  support_case_id: string | null;
  snapshot: string;
  version: number;
}

interface RawEvent {
  id: number;
  case_id: string;
  at: string;
  recorded_at: string;
  type: string;
  source: EventSource;
  message_id: string | null;
  outcome: EventOutcome;
  state_before: string | null;
  state_after: string | null;
  summary: string;
  payload: string | null;
}

const toCase = (r: RawCase): CaseRow => ({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  caseFile: JSON.parse(r.case_file),
  state: r.state,
  statePath: r.state_path,
  supportCaseId: r.support_case_id,
  snapshot: JSON.parse(r.snapshot),
  version: r.version,
});

const toEvent = (r: RawEvent): EventRow => ({
  id: r.id,
  caseId: r.case_id,
  at: r.at,
  recordedAt: r.recorded_at,
  type: r.type,
  source: r.source,
  messageId: r.message_id,
  outcome: r.outcome,
  stateBefore: r.state_before,
  stateAfter: r.state_after,
  summary: r.summary,
  payload: r.payload ? (JSON.parse(r.payload) as Record<string, unknown>) : null,
});

/** SQL for cases, their event log and their deadlines. No lifecycle logic lives here. */
export class CaseStore {
  constructor(readonly db: Db) {}

  /**
   * Runs `fn` in one IMMEDIATE transaction: the write lock is taken first, so a
   * read-modify-write cannot interleave with the daemon or another CLI process.
   */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw storageError('cannot write to the database', err);
    }
  }

  insertCase(c: Omit<CaseRow, 'version'>): void {
    this.db
      .prepare(
        `INSERT INTO cases (id, created_at, updated_at, case_file, state, state_path, support_case_id, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.id, c.createdAt, c.updatedAt, JSON.stringify(c.caseFile), c.state, c.statePath, c.supportCaseId, JSON.stringify(c.snapshot));
  }

  updateCase(c: Pick<CaseRow, 'id' | 'updatedAt' | 'state' | 'statePath' | 'supportCaseId' | 'snapshot'>): void {
    this.db
      .prepare(
        `UPDATE cases SET updated_at = ?, state = ?, state_path = ?, support_case_id = ?, snapshot = ?, version = version + 1 WHERE id = ?`,
      )
      .run(c.updatedAt, c.state, c.statePath, c.supportCaseId, JSON.stringify(c.snapshot), c.id);
  }

  getCase(id: string): CaseRow | null {
    const r = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as RawCase | undefined;
    return r ? toCase(r) : null;
  }

  listCases(): CaseRow[] {
    return (this.db.prepare('SELECT * FROM cases ORDER BY created_at, rowid').all() as RawCase[]).map(toCase);
  }

  findBySupportCaseId(supportCaseId: string): CaseRow | null {
    const r = this.db.prepare('SELECT * FROM cases WHERE support_case_id = ?').get(supportCaseId) as RawCase | undefined;
    return r ? toCase(r) : null;
  }

  appendEvent(e: NewEvent): number {
    const info = this.db
      .prepare(
        `INSERT INTO events (case_id, at, recorded_at, type, source, message_id, outcome, state_before, state_after, summary, payload)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.caseId, e.at, e.recordedAt, e.type, e.source, e.messageId, e.outcome, e.stateBefore, e.stateAfter, e.summary, e.payload ? JSON.stringify(e.payload) : null);
    return Number(info.lastInsertRowid);
  }

  listEvents(caseId: string): EventRow[] {
    return (this.db.prepare('SELECT * FROM events WHERE case_id = ? ORDER BY id').all(caseId) as RawEvent[]).map(toEvent);
  }

  lastEvent(caseId: string, where: { source?: EventSource } = {}): EventRow | null {
    const r = (
      where.source
        ? this.db.prepare('SELECT * FROM events WHERE case_id = ? AND source = ? ORDER BY id DESC LIMIT 1').get(caseId, where.source)
        : this.db.prepare('SELECT * FROM events WHERE case_id = ? ORDER BY id DESC LIMIT 1').get(caseId)
    ) as RawEvent | undefined;
    return r ? toEvent(r) : null;
  }

  /** Replaces the case's pending deadline (or clears it with null). */
  setDeadline(caseId: string, d: Deadline | null): void {
    if (!d) {
      this.db.prepare('DELETE FROM deadlines WHERE case_id = ?').run(caseId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO deadlines (case_id, kind, due_at, event) VALUES (?, ?, ?, ?)
         ON CONFLICT(case_id) DO UPDATE SET kind = excluded.kind, due_at = excluded.due_at, event = excluded.event`,
      )
      .run(caseId, d.kind, d.dueAt, d.event);
  }

  getDeadline(caseId: string): DeadlineRow | null {
    const r = this.db.prepare('SELECT case_id AS caseId, kind, due_at AS dueAt, event FROM deadlines WHERE case_id = ?').get(caseId);
    return (r as DeadlineRow | undefined) ?? null;
  }

  /** Deadlines due at or before `nowIso`, oldest first. */
  dueDeadlines(nowIso: string): DeadlineRow[] {
    return this.db
      .prepare('SELECT case_id AS caseId, kind, due_at AS dueAt, event FROM deadlines WHERE due_at <= ? ORDER BY due_at')
      .all(nowIso) as DeadlineRow[];
  }

  /** The earliest pending deadline, for the scheduler's next wake-up. */
  nextDeadline(): DeadlineRow | null {
    const r = this.db.prepare('SELECT case_id AS caseId, kind, due_at AS dueAt, event FROM deadlines ORDER BY due_at LIMIT 1').get();
    return (r as DeadlineRow | undefined) ?? null;
  }

  /**
   * A number that changes whenever any process commits a change: lets the
   * dashboard notice what the CLI did without polling whole tables.
   */
  changeMark(): string {
    const r = this.db.prepare('SELECT (SELECT COALESCE(MAX(id), 0) FROM events) AS e, (SELECT COALESCE(SUM(version), 0) FROM cases) AS v').get() as { e: number; v: number };
    return `${r.e}:${r.v}`;
  }
}
