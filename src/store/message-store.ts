import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { preparedStatements } from './prepared.js';

export type MessageOutcome = 'applied' | 'ignored' | 'unrelated' | 'unmatched';

export interface StoredMessage {
  messageId: string;
  role: 'inbox' | 'sent';
  mailbox: string;
  uid: number | null;
  processedAt: string;
  sentAt: string | null;
  from: string | null;
  subject: string | null;
  kind: string | null;
  trusted: boolean;
  caseId: string | null;
  outcome: MessageOutcome;
  understanding: Record<string, unknown>;
}

interface Raw {
  message_id: string;
  role: 'inbox' | 'sent';
  mailbox: string;
  uid: number | null;
  processed_at: string;
  sent_at: string | null;
  from_addr: string | null;
  subject: string | null;
  kind: string | null;
  trusted: number;
  case_id: string | null;
  outcome: MessageOutcome;
  understanding: string;
}

const COLUMNS = 'message_id, role, mailbox, uid, processed_at, sent_at, from_addr, subject, kind, trusted, case_id, outcome, understanding';

const toMessage = (r: Raw): StoredMessage => ({
  messageId: r.message_id,
  role: r.role,
  mailbox: r.mailbox,
  uid: r.uid,
  processedAt: r.processed_at,
  sentAt: r.sent_at,
  from: r.from_addr,
  subject: r.subject,
  kind: r.kind,
  trusted: r.trusted === 1,
  caseId: r.case_id,
  outcome: r.outcome,
  understanding: JSON.parse(r.understanding) as Record<string, unknown>,
});

/** Processed messages: the dedup record, correlation by thread, and raw text for the dashboard. */
export class MessageStore {
  /** Statements of the per-message path, prepared once. */
  private readonly stmt: (sql: string) => Statement;

  constructor(private readonly db: Db) {
    this.stmt = preparedStatements(db);
  }

  has(messageId: string): boolean {
    return this.stmt('SELECT 1 FROM messages WHERE message_id = ?').get(messageId) !== undefined;
  }

  insert(m: StoredMessage, raw: Buffer | null): void {
    this.stmt(`INSERT INTO messages (${COLUMNS}, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(m.messageId, m.role, m.mailbox, m.uid, m.processedAt, m.sentAt, m.from, m.subject, m.kind, m.trusted ? 1 : 0, m.caseId, m.outcome, JSON.stringify(m.understanding), raw);
  }

  get(messageId: string): StoredMessage | null {
    const r = this.stmt(`SELECT ${COLUMNS} FROM messages WHERE message_id = ?`).get(messageId) as Raw | undefined;
    return r ? toMessage(r) : null;
  }

  raw(messageId: string): Buffer | null {
    const r = this.db.prepare('SELECT raw FROM messages WHERE message_id = ?').get(messageId) as { raw: Buffer | null } | undefined;
    return r?.raw ?? null;
  }

  /** The first of these Message-IDs that belongs to a case (newest reference first). */
  caseOfAny(messageIds: readonly string[]): { caseId: string; messageId: string } | null {
    const stmt = this.stmt('SELECT case_id FROM messages WHERE message_id = ? AND case_id IS NOT NULL');
    for (const id of [...messageIds].reverse()) {
      const r = stmt.get(id) as { case_id: string } | undefined;
      if (r) return { caseId: r.case_id, messageId: id };
    }
    return null;
  }

  /** Messages that looked like support mail but matched no case, oldest first. */
  unmatched(): StoredMessage[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM messages WHERE outcome = 'unmatched' ORDER BY processed_at, rowid`).all() as Raw[]).map(toMessage);
  }

  /** Drops an unmatched record so the message can be processed again (inside the caller's transaction). */
  removeUnmatched(messageId: string): void {
    this.db.prepare(`DELETE FROM messages WHERE message_id = ? AND outcome = 'unmatched'`).run(messageId);
  }

  /**
   * Mail that moved no case and may matter: support-looking mail that matched no case, mail from a
   * sender that could not be verified, and mail that could not be read whole; not what the user ignored.
   */
  unsorted(limit = 200): StoredMessage[] {
    return (
      this.db
        .prepare(
          `SELECT ${COLUMNS} FROM messages WHERE role = 'inbox' AND message_id NOT IN (SELECT message_id FROM unsorted_ignored)
           AND (outcome = 'unmatched' OR (trusted = 0 AND COALESCE(kind, '') <> 'unrelated') OR json_array_length(COALESCE(json_extract(understanding, '$.problems'), '[]')) > 0)
           AND outcome <> 'applied' ORDER BY processed_at DESC, rowid DESC LIMIT ?`,
        )
        .all(limit) as Raw[]
    ).map(toMessage);
  }

  /** Hides a message from the unsorted view (the user's "ignore"). */
  ignoreUnsorted(messageId: string, at: string): void {
    this.db.prepare('INSERT INTO unsorted_ignored (message_id, at) VALUES (?, ?) ON CONFLICT(message_id) DO NOTHING').run(messageId, at);
  }

  /** Puts a message that matched no case on the case the user named (the event applied is recorded as theirs). */
  assignCase(messageId: string, caseId: string): void {
    this.db.prepare('UPDATE messages SET case_id = ? WHERE message_id = ? AND case_id IS NULL').run(caseId, messageId);
  }

  forCase(caseId: string): StoredMessage[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM messages WHERE case_id = ? ORDER BY processed_at, rowid`).all(caseId) as Raw[]).map(toMessage);
  }
}
