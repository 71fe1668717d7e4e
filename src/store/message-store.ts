import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { preparedStatements } from './prepared.js';

/** `pending`: a receipt that could belong to more than one case (or none for sure), waiting for the user to bind it. */
export type MessageOutcome = 'applied' | 'ignored' | 'unrelated' | 'unmatched' | 'pending';

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
  /** Content digest (content-digest.ts); null for rows stored before it existed and for our own drafts. */
  digest?: string | null;
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
  digest: string | null;
}

const COLUMNS = 'message_id, role, mailbox, uid, processed_at, sent_at, from_addr, subject, kind, trusted, case_id, outcome, understanding, digest';

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
  digest: r.digest,
});

/** The key a version that does not count is kept under: unique per (Message-ID, digest, verdict). */
const versionKey = (messageId: string, digest: string | null | undefined, trusted: boolean) => `${messageId}#${(digest ?? 'legacy').slice(0, 16)}-${trusted ? 1 : 0}`;

/** Processed messages: the dedup record, correlation by thread, and raw text for the dashboard. */
export class MessageStore {
  /** Statements of the per-message path, prepared once. */
  private readonly stmt: (sql: string) => Statement;

  constructor(private readonly db: Db) {
    this.stmt = preparedStatements(db);
  }

  /** Whether any version of this Message-ID was processed (drafts, threading: not the dedup check). */
  has(messageId: string): boolean {
    return this.stmt('SELECT 1 FROM messages WHERE message_id = ?').get(messageId) !== undefined;
  }

  /**
   * The dedup check: this exact message (Message-ID, content digest) with this
   * verdict was processed. An unverified copy never hides a verified one, and
   * two different messages under one Message-ID are both processed. A row from
   * before digests existed counts for the same Message-ID and verdict.
   */
  hasVersion(messageId: string, digest: string, trusted: boolean): boolean {
    return this.stmt('SELECT 1 FROM messages WHERE header_message_id = ? AND trusted = ? AND (digest = ? OR digest IS NULL) LIMIT 1').get(messageId, trusted ? 1 : 0, digest) !== undefined;
  }

  /**
   * Stores a processed message. The row under the bare Message-ID (what
   * threading and the dashboard read) is the version that counts: a verified
   * or applied one displaces an earlier unverified or ignored one, which is
   * kept under a version key; otherwise the new one is kept under its own.
   */
  insert(m: StoredMessage, raw: Buffer | null): void {
    const old = this.stmt('SELECT trusted, outcome, digest FROM messages WHERE message_id = ?').get(m.messageId) as { trusted: number; outcome: string; digest: string | null } | undefined;
    let key = m.messageId;
    if (old) {
      const counts = (m.trusted && old.trusted === 0) || (m.outcome === 'applied' && old.outcome !== 'applied');
      if (counts) this.stmt('UPDATE messages SET message_id = ? WHERE message_id = ?').run(versionKey(m.messageId, old.digest, old.trusted === 1), m.messageId);
      else key = versionKey(m.messageId, m.digest, m.trusted);
    }
    this.stmt(`INSERT OR REPLACE INTO messages (${COLUMNS}, header_message_id, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(key, m.role, m.mailbox, m.uid, m.processedAt, m.sentAt, m.from, m.subject, m.kind, m.trusted ? 1 : 0, m.caseId, m.outcome, JSON.stringify(m.understanding), m.digest ?? null, m.messageId, raw);
  }

  /** Marks a pending receipt as bound by the user to a case (inside the caller's transaction). */
  bindPending(messageId: string, caseId: string): void {
    this.db.prepare(`UPDATE messages SET outcome = 'applied', case_id = ? WHERE message_id = ? AND outcome IN ('pending', 'unmatched')`).run(caseId, messageId);
  }

  /** Receipts waiting for the user to say which case they belong to, oldest first. */
  pending(): StoredMessage[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM messages WHERE outcome = 'pending' ORDER BY processed_at, rowid`).all() as Raw[]).map(toMessage);
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

  /**
   * Bounds what mail anyone could have sent keeps: unmatched mail, and received
   * mail from an unverified sender or not delivered to the user whose event was
   * not applied, whatever case it is tied to. Its raw excerpt goes once older
   * than `before`, and the oldest go first while all of them together exceed
   * `maxBytes`. The row itself stays: it is the dedup record.
   */
  pruneUnmatchedRaw(opts: { before: string; maxBytes: number }): void {
    const prunable = `(outcome = 'unmatched' OR (role = 'inbox' AND outcome <> 'applied' AND (trusted = 0 OR json_extract(understanding, '$.forUser') = 0)))`;
    this.db
      .prepare(
        `UPDATE messages SET raw = NULL WHERE ${prunable} AND raw IS NOT NULL AND (processed_at < ? OR rowid IN (
           SELECT rowid FROM (SELECT rowid, SUM(length(raw)) OVER (ORDER BY processed_at DESC, rowid DESC) AS running
                              FROM messages WHERE ${prunable} AND raw IS NOT NULL)
           WHERE running > ?))`,
      )
      .run(opts.before, opts.maxBytes);
  }

  /** Drops an unmatched record so the message can be processed again (inside the caller's transaction). */
  removeUnmatched(messageId: string, digest?: string): void {
    if (digest) this.db.prepare(`DELETE FROM messages WHERE header_message_id = ? AND (digest = ? OR digest IS NULL) AND outcome = 'unmatched'`).run(messageId, digest);
    else this.db.prepare(`DELETE FROM messages WHERE message_id = ? AND outcome = 'unmatched'`).run(messageId);
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
