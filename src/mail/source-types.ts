/**
 * What a mail source (IMAP or Maildir) hands to the pipeline. The source knows
 * nothing of cases; the pipeline knows nothing of IMAP.
 */

/** Which role a folder plays: support mail arrives in `inbox`; the user's own replies land in `sent`. */
export type FolderRole = 'inbox' | 'sent';

export interface IncomingMessage {
  role: FolderRole;
  /** Mailbox path (IMAP) or Maildir folder name ('' for the top-level Maildir, '.Sent'). */
  mailbox: string;
  /** UIDVALIDITY as a decimal string (IMAP gives a BigInt); Maildir uses a fixed '1'. */
  uidValidity: string;
  /** IMAP UID; for Maildir a monotonically increasing number assigned by the source. */
  uid: number;
  /** The raw RFC 5322 message, possibly only its headers and text parts when `truncated`. */
  raw: Buffer;
  /** Full size on the server, in bytes. */
  size: number;
  /** True when `raw` is not the whole message (it was over the size cap). */
  truncated: boolean;
  internalDate?: Date;
}

/** Where a folder's processing stands. Stored in the same transaction as the events a message produced. */
export interface FolderCheckpoint {
  mailbox: string;
  uidValidity: string;
  lastUid: number;
}

export interface SourceStatus {
  kind: 'imap' | 'maildir';
  connected: boolean;
  /** ISO time of the last sync that finished without error. */
  lastSyncAt: string | null;
  /** ISO time the source went down, null while up. */
  downSince: string | null;
  /** Plain-words last error (no secrets), null when none. */
  lastError: string | null;
  progress: { done: number; total: number } | null;
  /**
   * Set while the server refuses the sign-in (a wrong password, a refused or
   * revoked OAuth2 grant): certmerge waits long between attempts and says what
   * to do. Absent or null while the sign-in works.
   */
  signInRefused?: SignInRefused | null;
}

export interface SignInRefused {
  /** The server's words, in one line, no secrets. */
  reason: string;
  /** What the user should do about it. */
  action: string;
  /** ISO time of the first refusal in this run. */
  since: string;
}
