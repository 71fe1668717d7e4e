import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { preparedStatements } from './prepared.js';

/** A folder's row: how far its mail was processed (the mail source's FolderCheckpoint has the same shape). */
export interface FolderCheckpoint {
  mailbox: string;
  uidValidity: string;
  lastUid: number;
}

/** Per-folder UIDVALIDITY and last processed UID. */
export class CheckpointStore {
  /** The pipeline reads and advances a checkpoint for every message: statements prepared once. */
  private readonly stmt: (sql: string) => Statement;

  constructor(db: Db) {
    this.stmt = preparedStatements(db);
  }

  get(mailbox: string): FolderCheckpoint | null {
    const r = this.stmt('SELECT mailbox, uid_validity AS uidValidity, last_uid AS lastUid FROM folder_checkpoints WHERE mailbox = ?').get(mailbox);
    return (r as FolderCheckpoint | undefined) ?? null;
  }

  /** Moves the checkpoint forward; a lower UID under the same UIDVALIDITY never moves it back. */
  advance(cp: FolderCheckpoint, nowIso: string): void {
    this.stmt(
      `INSERT INTO folder_checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(mailbox) DO UPDATE SET
         last_uid = CASE WHEN uid_validity = excluded.uid_validity THEN MAX(last_uid, excluded.last_uid) ELSE excluded.last_uid END,
         uid_validity = excluded.uid_validity,
         updated_at = excluded.updated_at`,
    ).run(cp.mailbox, cp.uidValidity, cp.lastUid, nowIso);
  }

  /** UIDVALIDITY changed: the old UIDs mean nothing; start the folder over (dedup is by Message-ID). */
  reset(mailbox: string, uidValidity: string, nowIso: string): void {
    this.stmt(
      `INSERT INTO folder_checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, 0, ?)
       ON CONFLICT(mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = 0, updated_at = excluded.updated_at`,
    ).run(mailbox, uidValidity, nowIso);
  }
}
