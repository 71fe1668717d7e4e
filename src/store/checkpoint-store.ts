import type { Db } from './database.js';
import type { FolderCheckpoint } from '../mail/source-types.js';

/** Per-folder UIDVALIDITY and last processed UID. */
export class CheckpointStore {
  /** Prepared once: the pipeline reads and advances a checkpoint for every message. */
  private readonly getStmt;
  private readonly advanceStmt;
  private readonly resetStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare('SELECT mailbox, uid_validity AS uidValidity, last_uid AS lastUid FROM folder_checkpoints WHERE mailbox = ?');
    this.advanceStmt = db.prepare(
      `INSERT INTO folder_checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(mailbox) DO UPDATE SET
           last_uid = CASE WHEN uid_validity = excluded.uid_validity THEN MAX(last_uid, excluded.last_uid) ELSE excluded.last_uid END,
           uid_validity = excluded.uid_validity,
           updated_at = excluded.updated_at`,
    );
    this.resetStmt = db.prepare(
      `INSERT INTO folder_checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, 0, ?)
       ON CONFLICT(mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = 0, updated_at = excluded.updated_at`,
    );
  }

  get(mailbox: string): FolderCheckpoint | null {
    return (this.getStmt.get(mailbox) as FolderCheckpoint | undefined) ?? null;
  }

  /** Moves the checkpoint forward; a lower UID under the same UIDVALIDITY never moves it back. */
  advance(cp: FolderCheckpoint, nowIso: string): void {
    this.advanceStmt.run(cp.mailbox, cp.uidValidity, cp.lastUid, nowIso);
  }

  /** UIDVALIDITY changed: the old UIDs mean nothing; start the folder over (dedup is by Message-ID). */
  reset(mailbox: string, uidValidity: string, nowIso: string): void {
    this.resetStmt.run(mailbox, uidValidity, nowIso);
  }
}
