import type { Db } from './database.js';

/** A stretch of a folder a narrowed sync did not fetch: what it was, and why. */
export interface SkippedBatch {
  at: string;
  mailbox: string;
  uidFrom: number;
  uidTo: number;
  /** Messages in the range that were not fetched. */
  skipped: number;
  /** Messages the search hints matched (fetched and processed). */
  candidates: number;
  reason: string;
}

/**
 * The record of every narrowed sync (a first sync, or a catch-up of more new
 * messages than a full fetch is worth): which mail reaches the timeline must
 * never depend silently on how long the daemon was away.
 */
export class SkippedMailStore {
  constructor(private readonly db: Db) {}

  add(b: SkippedBatch): void {
    this.db.prepare('INSERT INTO skipped_mail (at, mailbox, uid_from, uid_to, skipped, candidates, reason) VALUES (?, ?, ?, ?, ?, ?, ?)').run(b.at, b.mailbox, b.uidFrom, b.uidTo, b.skipped, b.candidates, b.reason);
  }

  /** The newest first. */
  recent(limit = 50): SkippedBatch[] {
    return (
      this.db.prepare('SELECT at, mailbox, uid_from AS uidFrom, uid_to AS uidTo, skipped, candidates, reason FROM skipped_mail ORDER BY id DESC LIMIT ?').all(limit) as SkippedBatch[]
    );
  }
}
