/**
 * The contract between a mail source (IMAP or Maildir) and the pipeline that
 * consumes it. The source finds new mail and delivers it once, in order; the
 * pipeline owns storage, so checkpoints are read from and written to it.
 * Writing drafts is not the source's business (see mail/drafts/draft-folders.ts).
 */
import type { ImapConfig } from '../../config/schema.js';
import type { FolderCheckpoint, IncomingMessage, SourceStatus } from '../source-types.js';

import type { Logger } from '../../log.js';
import type { TimerClock } from '../../clock/clock.js';

/** What narrows the first sync of a mailbox to plausible support mail. */
export interface SearchHints {
  /** Only mail received on or after this date. */
  since: Date;
  /** Sender domains or addresses that make an inbox message a candidate. */
  inboxFrom: string[];
  /** Subject keywords that make an inbox message a candidate. */
  subjectKeywords: string[];
  /** Recipient domains or addresses that make a sent message a candidate. */
  sentTo: string[];
}

export interface MailSourceDeps {
  /**
   * Called once per new message, in UID order per folder. The pipeline persists
   * the message's effects AND the folder checkpoint in one transaction. If it
   * throws, the source stops that folder there and retries later, so nothing
   * is skipped and nothing is counted twice.
   */
  onMessage(msg: IncomingMessage): Promise<void>;
  /** Last stored checkpoint of a mailbox (the storage is the source of truth, also across restarts). */
  getCheckpoint(mailbox: string): FolderCheckpoint | null;
  /**
   * Moves a checkpoint forward without a message: after a narrowed sync the
   * source skipped non-candidates on purpose, and must not fetch them again.
   * Only ever called with a lastUid above every message that was delivered.
   */
  saveCheckpoint(cp: FolderCheckpoint): void;
  /** UIDVALIDITY changed: the stored UIDs mean nothing now; storage resets the baseline (dedup is by Message-ID). */
  onUidValidityChange(mailbox: string, uidValidity: string): void;
  /** Narrowing for first syncs, and for catch-ups with many new messages. */
  searchHints(): SearchHints;
  /**
   * A sync narrowed by the search hints left messages unfetched: recorded so
   * the user can see what was not looked at (and fetch it by hand).
   */
  onSkipped?(s: { mailbox: string; uidFrom: number; uidTo: number; skipped: number; candidates: number; reason: string }): void;
  onStatus?(s: SourceStatus): void;
  /**
   * A sync batch begins: the first sync, a catch-up, or the one message IDLE
   * announced. Called before the first `onMessage` of the batch (and, on a new
   * connection, before the source reports itself up).
   */
  syncStarted?(): void;
  /**
   * The batch ended: everything found was delivered, or the sync failed or
   * stopped. Work that follows the mail as a whole (planning drafts) runs
   * here, once per batch instead of once per message; the source waits for it
   * before it goes back to waiting for new mail, so it must not use the
   * source's connection (the draft writer has its own). Called once per
   * `syncStarted`.
   */
  syncEnded?(): Promise<void>;
  /** The app's logger. Sources never log passwords or message bodies. */
  logger: Logger;
  clock?: TimerClock;
}

export interface MailSource {
  /** Starts watching. Resolves once the first connection attempt (and its sync) finished, failed or not. */
  start(): Promise<void>;
  /** Stops watching and closes connections; safe to call twice. */
  stop(): Promise<void>;
  status(): SourceStatus;
  /** Connect now rather than at the next scheduled attempt (after a new sign-in or a config fix). IMAP only. */
  retryNow?(imap?: ImapConfig): void;
}

/** IMAP keyword on a superseded draft the user edited (RFC 3501 keywords; `$` marks a client-defined one). */
export const STALE_DRAFT_KEYWORD = '$CertmergeStale';

/**
 * Whether a message in Drafts is exactly the draft we appended. Line endings
 * and trailing blank lines are ignored (servers and Maildir tools may store
 * LF and CRLF differently); any other change counts as the user's edit.
 */
export function sameDraft(stored: Buffer, ours: Buffer): boolean {
  const norm = (b: Buffer) => b.toString('latin1').replace(/\r\n/g, '\n').replace(/\n+$/, '');
  return norm(stored) === norm(ours);
}

/** An error's message for logs and status lines (callers redact secrets). */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
