import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { preparedStatements } from './prepared.js';
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
  /** The machine's tags for the state (LifecycleTag); null for a row stored before tags were (CaseService fills them in). */
  tags: string[] | null;
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

/** What the dashboard's case list shows of a case, read without its snapshot or event log. */
export interface CaseSummaryRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  state: string;
  statePath: string;
  tags: string[] | null;
  supportCaseId: string | null;
  /** The pending deadline's due time, if any. */
  dueAt: string | null;
  targetCandidateId: string;
  sourceCandidateId: string;
  targetLoginEmail: string;
  sourceLoginEmail: string;
  requesterName: string;
}

/** An event that moved (or created) a case: the ones a wait is measured from. */
export interface AppliedEventRow {
  id: number;
  at: string;
  type: string;
  stateAfter: string | null;
}

/** The order of the dashboard's case list (open cases first); the `cases_list_open` index (migration 4) is on exactly these terms. */
const LIST_ORDER = `(instr(',' || tags || ',', ',open,') = 0), updated_at DESC, id`;

/** The case file's pair of candidate IDs, smaller first; the `cases_candidate_pair` index (migration 13) is on exactly these terms. */
export const CANDIDATE_PAIR_SQL = [
  `min(json_extract(case_file, '$.target.candidateId'), json_extract(case_file, '$.source.candidateId'))`,
  `max(json_extract(case_file, '$.target.candidateId'), json_extract(case_file, '$.source.candidateId'))`,
] as const;

/**
 * SQL: the case's stored tags (the comma-joined `column`) include the tag bound to the one `?` parameter.
 * A row whose tags are not filled in yet (NULL) matches no tag.
 */
export const hasTagSql = (column = 'tags') => `instr(',' || ${column} || ',', ',' || ? || ',') > 0`;

const joinTags = (tags: readonly string[]) => tags.join(',');
const splitTags = (tags: string | null) => (tags === null ? null : tags === '' ? [] : tags.split(','));

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
  tags: string | null;
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
  tags: splitTags(r.tags),
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
  /** A prepared statement, made once per store. */
  private readonly cached: (sql: string) => Statement;

  constructor(readonly db: Db) {
    this.cached = preparedStatements(db);
  }

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

  insertCase(c: Omit<CaseRow, 'version' | 'tags'> & { tags: readonly string[] }): void {
    this.cached(
        `INSERT INTO cases (id, created_at, updated_at, case_file, state, state_path, tags, support_case_id, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.id, c.createdAt, c.updatedAt, JSON.stringify(c.caseFile), c.state, c.statePath, joinTags(c.tags), c.supportCaseId, JSON.stringify(c.snapshot));
  }

  updateCase(c: Pick<CaseRow, 'id' | 'updatedAt' | 'state' | 'statePath' | 'supportCaseId' | 'snapshot'> & { tags: readonly string[] }): void {
    this.cached(
        `UPDATE cases SET updated_at = ?, state = ?, state_path = ?, tags = ?, support_case_id = ?, snapshot = ?, version = version + 1 WHERE id = ?`,
      )
      .run(c.updatedAt, c.state, c.statePath, joinTags(c.tags), c.supportCaseId, JSON.stringify(c.snapshot), c.id);
  }

  /** Rows stored before tags were, to be filled in. */
  casesWithoutTags(): CaseRow[] {
    return (this.cached('SELECT * FROM cases WHERE tags IS NULL').all() as RawCase[]).map(toCase);
  }

  /** Fills in the tags of a row stored before tags were (the state itself is unchanged, and so is `updated_at`). */
  setTags(id: string, tags: readonly string[]): void {
    this.cached('UPDATE cases SET tags = ? WHERE id = ? AND tags IS NULL').run(joinTags(tags), id);
  }

  /** Replaces the case file (and the snapshot that depends on it); the event log says why. */
  updateCaseFile(id: string, caseFile: unknown, snapshot: unknown, updatedAt: string): void {
    this.cached('UPDATE cases SET case_file = ?, snapshot = ?, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL').run(
      JSON.stringify(caseFile),
      JSON.stringify(snapshot),
      updatedAt,
      id,
    );
  }

  /** Hides a case from every list and lookup; its support case ID is freed for a new case. */
  markDeleted(id: string, at: string): void {
    this.cached('UPDATE cases SET deleted_at = ?, support_case_id = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, at, id);
    this.cached('DELETE FROM deadlines WHERE case_id = ?').run(id);
  }

  getCase(id: string): CaseRow | null {
    const r = this.cached('SELECT * FROM cases WHERE id = ? AND deleted_at IS NULL').get(id) as RawCase | undefined;
    return r ? toCase(r) : null;
  }

  listCases(): CaseRow[] {
    return (this.cached('SELECT * FROM cases WHERE deleted_at IS NULL ORDER BY created_at, rowid').all() as RawCase[]).map(toCase);
  }

  /**
   * Cases not deleted whose case file holds this pair of candidate IDs, either way round, oldest first;
   * `exceptId` left out. One indexed query (no case file or snapshot parsed).
   */
  sameAccounts(a: string, b: string, exceptId?: string): string[] {
    return this.cached(
        `SELECT id FROM cases WHERE ${CANDIDATE_PAIR_SQL[0]} = min(@a, @b) AND ${CANDIDATE_PAIR_SQL[1]} = max(@a, @b) AND deleted_at IS NULL AND id IS NOT @except ORDER BY created_at, rowid`,
      )
      .pluck()
      .all({ a, b, except: exceptId ?? null }) as string[];
  }

  findBySupportCaseId(supportCaseId: string): CaseRow | null {
    const r = this.cached('SELECT * FROM cases WHERE support_case_id = ? AND deleted_at IS NULL').get(supportCaseId) as RawCase | undefined;
    return r ? toCase(r) : null;
  }

  appendEvent(e: NewEvent): number {
    const info = this.cached(
        `INSERT INTO events (case_id, at, recorded_at, type, source, message_id, outcome, state_before, state_after, summary, payload)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.caseId, e.at, e.recordedAt, e.type, e.source, e.messageId, e.outcome, e.stateBefore, e.stateAfter, e.summary, e.payload ? JSON.stringify(e.payload) : null);
    return Number(info.lastInsertRowid);
  }

  listEvents(caseId: string): EventRow[] {
    return (this.cached('SELECT * FROM events WHERE case_id = ? ORDER BY id').all(caseId) as RawEvent[]).map(toEvent);
  }

  lastEvent(caseId: string, where: { source?: EventSource } = {}): EventRow | null {
    const r = (
      where.source
        ? this.cached('SELECT * FROM events WHERE case_id = ? AND source = ? ORDER BY id DESC LIMIT 1').get(caseId, where.source)
        : this.cached('SELECT * FROM events WHERE case_id = ? ORDER BY id DESC LIMIT 1').get(caseId)
    ) as RawEvent | undefined;
    return r ? toEvent(r) : null;
  }

  /** Replaces the case's pending deadline (or clears it with null). */
  setDeadline(caseId: string, d: Deadline | null): void {
    if (!d) {
      this.cached('DELETE FROM deadlines WHERE case_id = ?').run(caseId);
      return;
    }
    this.cached(
        `INSERT INTO deadlines (case_id, kind, due_at, event) VALUES (?, ?, ?, ?)
         ON CONFLICT(case_id) DO UPDATE SET kind = excluded.kind, due_at = excluded.due_at, event = excluded.event`,
      )
      .run(caseId, d.kind, d.dueAt, d.event);
  }

  getDeadline(caseId: string): DeadlineRow | null {
    const r = this.cached('SELECT case_id AS caseId, kind, due_at AS dueAt, event FROM deadlines WHERE case_id = ?').get(caseId);
    return (r as DeadlineRow | undefined) ?? null;
  }

  /** Deadlines due at or before `nowIso`, oldest first. */
  dueDeadlines(nowIso: string): DeadlineRow[] {
    return this.cached('SELECT case_id AS caseId, kind, due_at AS dueAt, event FROM deadlines WHERE due_at <= ? ORDER BY due_at')
      .all(nowIso) as DeadlineRow[];
  }

  /** The earliest pending deadline, for the scheduler's next wake-up. */
  nextDeadline(): DeadlineRow | null {
    const r = this.cached('SELECT case_id AS caseId, kind, due_at AS dueAt, event FROM deadlines ORDER BY due_at LIMIT 1').get();
    return (r as DeadlineRow | undefined) ?? null;
  }

  /** The contract's list items, in the order `listCases` gives, without parsing snapshots or case files. */
  /** Cases not deleted, oldest first; with `tag`, only those whose state has that tag. */
  listCaseItems(tag?: string): { id: string; state: string; supportCaseId: string | null }[] {
    type Item = { id: string; state: string; supportCaseId: string | null };
    if (tag === undefined) return this.cached('SELECT id, state, support_case_id AS supportCaseId FROM cases WHERE deleted_at IS NULL ORDER BY created_at, rowid').all() as Item[];
    return this.cached(`SELECT id, state, support_case_id AS supportCaseId FROM cases WHERE deleted_at IS NULL AND ${hasTagSql()} ORDER BY created_at, rowid`).all(tag) as Item[];
  }

  countCases(): number {
    return this.cached('SELECT COUNT(*) FROM cases WHERE deleted_at IS NULL').pluck().get() as number;
  }

  /**
   * One page of the dashboard's case list: open cases first (anything but
   * done and cancelled), then the most recently updated, with the pending
   * due time and the case file's labels. One indexed query.
   */
  listCaseSummaries(page: { limit: number; offset: number }): CaseSummaryRow[] {
    return this.cached(
        `SELECT c.id, c.created_at AS createdAt, c.updated_at AS updatedAt, c.state, c.state_path AS statePath, c.tags, c.support_case_id AS supportCaseId,
                d.due_at AS dueAt,
                json_extract(c.case_file, '$.target.candidateId') AS targetCandidateId,
                json_extract(c.case_file, '$.source.candidateId') AS sourceCandidateId,
                json_extract(c.case_file, '$.target.loginEmail') AS targetLoginEmail,
                json_extract(c.case_file, '$.source.loginEmail') AS sourceLoginEmail,
                json_extract(c.case_file, '$.requester.name') AS requesterName
         FROM (SELECT rowid FROM cases WHERE deleted_at IS NULL ORDER BY ${LIST_ORDER} LIMIT ? OFFSET ?) AS p
         JOIN cases AS c ON c.rowid = p.rowid
         LEFT JOIN deadlines AS d ON d.case_id = c.id
         ORDER BY ${LIST_ORDER.replace(/\b(tags|updated_at|id)\b/g, 'c.$1')}`,
      )
      .all(page.limit, page.offset)
      .map((r) => {
        const row = r as Omit<CaseSummaryRow, 'tags'> & { tags: string | null };
        return { ...row, tags: splitTags(row.tags) };
      });
  }

  /**
   * The events that moved the case (not the ignored ones), newest first, read
   * a few at a time: stop when you know enough. (Pages rather than a statement
   * iterator, which would keep the connection busy while the caller works.)
   */
  *appliedEventsNewestFirst(caseId: string, pageSize = 16): Generator<AppliedEventRow> {
    const stmt = this.cached(
      `SELECT id, at, type, state_after AS stateAfter FROM events WHERE case_id = ? AND id < ? AND outcome != 'ignored' ORDER BY id DESC LIMIT ?`,
    );
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const rows = stmt.all(caseId, before, pageSize) as AppliedEventRow[];
      yield* rows;
      if (rows.length < pageSize) return;
      before = rows[rows.length - 1]!.id;
    }
  }

  /**
   * SQLite's `data_version` for this connection: it moves when another
   * connection (the CLI, another process) commits, never with this one's own
   * commits. What the daemon watches to follow other processes' changes.
   */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /**
   * A number that changes whenever any process commits a change: lets the
   * dashboard notice what the CLI did without polling whole tables.
   */
  changeMark(): string {
    // Kept by triggers (migration 3): one row to read, however many cases there are.
    return String(this.cached('SELECT changes FROM change_marks WHERE id = 1').pluck().get());
  }
}
