import type { Db } from './database.js';

export type DraftStatus = 'pending' | 'drafted' | 'sent' | 'superseded' | 'discarded' | 'failed';

export interface DraftRow {
  id: string;
  caseId: string;
  kind: 'confirmation' | 'info' | 'followup_overdue' | 'badges_followup';
  answersKey: string;
  status: DraftStatus;
  messageId: string;
  inReplyTo: string | null;
  subject: string;
  to: string;
  language: 'ja' | 'en';
  raw: Buffer;
  text: string;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  error: string | null;
  /** For a superseded draft, what the Drafts folder check found (migration 7); null: not checked yet. */
  mailboxState?: StaleDraftState | null;
}

/** What became of a superseded draft in the Drafts folder. */
export type StaleDraftState = 'removed' | 'edited' | 'absent';

const SELECT = `SELECT id, case_id AS caseId, kind, answers_key AS answersKey, status, message_id AS messageId, in_reply_to AS inReplyTo,
  subject, to_addr AS "to", language, raw, text, created_at AS createdAt, updated_at AS updatedAt, sent_at AS sentAt, error, mailbox_state AS mailboxState FROM drafts`;

/** Drafted replies and what became of them. */
export class DraftStore {
  constructor(private readonly db: Db) {}

  /** Inserts unless a draft for the same case and key exists; returns whether it was inserted. */
  insertOnce(d: Omit<DraftRow, 'sentAt' | 'error'>): boolean {
    const info = this.db
      .prepare(
        `INSERT INTO drafts (id, case_id, kind, answers_key, status, message_id, in_reply_to, subject, to_addr, language, raw, text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, answers_key) DO NOTHING`,
      )
      .run(d.id, d.caseId, d.kind, d.answersKey, d.status, d.messageId, d.inReplyTo, d.subject, d.to, d.language, d.raw, d.text, d.createdAt, d.updatedAt);
    return info.changes === 1;
  }

  exists(caseId: string, answersKey: string): boolean {
    return this.db.prepare('SELECT 1 FROM drafts WHERE case_id = ? AND answers_key = ?').get(caseId, answersKey) !== undefined;
  }

  get(id: string): DraftRow | null {
    return (this.db.prepare(`${SELECT} WHERE id = ?`).get(id) as DraftRow | undefined) ?? null;
  }

  byMessageId(messageId: string): DraftRow | null {
    return (this.db.prepare(`${SELECT} WHERE message_id = ?`).get(messageId) as DraftRow | undefined) ?? null;
  }

  forCase(caseId: string): DraftRow[] {
    return this.db.prepare(`${SELECT} WHERE case_id = ? ORDER BY created_at, rowid`).all(caseId) as DraftRow[];
  }

  withStatus(status: DraftStatus): DraftRow[] {
    return this.db.prepare(`${SELECT} WHERE status = ? ORDER BY created_at, rowid`).all(status) as DraftRow[];
  }

  /** Drafts of a case still waiting to be sent that answer one of these Message-IDs. */
  openAnswering(caseId: string, messageIds: readonly string[]): DraftRow[] {
    if (messageIds.length === 0) return [];
    const marks = messageIds.map(() => '?').join(',');
    return this.db.prepare(`${SELECT} WHERE case_id = ? AND status IN ('pending','drafted','failed') AND in_reply_to IN (${marks})`).all(caseId, ...messageIds) as DraftRow[];
  }

  /** Superseded drafts whose copy in the Drafts folder has not been dealt with yet. */
  staleUnchecked(): DraftRow[] {
    return this.db.prepare(`${SELECT} WHERE status = 'superseded' AND mailbox_state IS NULL ORDER BY created_at, rowid`).all() as DraftRow[];
  }

  setMailboxState(id: string, state: StaleDraftState): void {
    this.db.prepare('UPDATE drafts SET mailbox_state = ? WHERE id = ?').run(state, id);
  }

  countWithStatus(status: DraftStatus): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM drafts WHERE status = ?').get(status) as { n: number }).n;
  }

  /**
   * Cases a reconcile of everything must look at: those whose state is tagged
   * `needsDraft` and those holding a draft not yet sent (it may have become
   * moot). Reads two columns, no snapshots.
   */
  casesToReconcile(): string[] {
    return this.db
      .prepare(
        `SELECT id FROM cases
         WHERE deleted_at IS NULL AND (instr(',' || tags || ',', ',needsDraft,') > 0 OR id IN (SELECT case_id FROM drafts WHERE status IN ('pending','drafted')))
         ORDER BY created_at, rowid`,
      )
      .pluck()
      .all() as string[];
  }

  /** The user's edit: the rebuilt message and its text replace the draft's, which goes back to Drafts (pending). */
  replaceContent(id: string, raw: Buffer, text: string, nowIso: string): void {
    this.db.prepare(`UPDATE drafts SET raw = ?, text = ?, status = 'pending', error = NULL, updated_at = ? WHERE id = ?`).run(raw, text, nowIso, id);
  }

  /**
   * A pending draft reached the Drafts folder: drafted, unless it changed meanwhile (planning superseded it,
   * the user edited or discarded it) — then it stays as it is, for the next drain.
   */
  markDrafted(id: string, raw: Buffer, nowIso: string): boolean {
    return this.db.prepare(`UPDATE drafts SET status = 'drafted', updated_at = ?, error = NULL WHERE id = ? AND status = 'pending' AND raw = ?`).run(nowIso, id, raw).changes > 0;
  }

  setStatus(id: string, status: DraftStatus, nowIso: string, extra: { error?: string | null; sentAt?: string } = {}): void {
    this.db
      .prepare('UPDATE drafts SET status = ?, updated_at = ?, error = ?, sent_at = COALESCE(?, sent_at) WHERE id = ?')
      .run(status, nowIso, extra.error ?? null, extra.sentAt ?? null, id);
  }
}
