/**
 * The mailbox side of drafts: the Drafts and Sent folders of IMAP (on a
 * connection of their own, see imap-draft-folders.ts) or of the Maildir.
 */

/** What is done with a draft we wrote and that is no longer wanted (see `removeStaleDraft`). */
export type StaleDraftOutcome = 'removed' | 'edited' | 'absent';

/** The Drafts and Sent folders: what drafting and sending do in the mailbox (IMAP or Maildir). */
export interface DraftFolderOps {
  /** Stores a message in the Drafts folder with the \Draft flag. */
  appendDraft(raw: Buffer): Promise<{ mailbox: string; uid?: number }>;
  /** Removes the draft with this Message-ID (with or without angle brackets); false when none was found. */
  deleteDraft(messageId: string): Promise<boolean>;
  /** Message-IDs (with angle brackets) of the drafts currently in the Drafts folder. */
  listDraftMessageIds(): Promise<Set<string>>;
  /** Stores a copy of a message we sent in the Sent folder (SMTP does not do that). */
  appendSent(raw: Buffer): Promise<void>;
  /**
   * For a superseded draft: deletes it from Drafts when the user did not touch
   * it, i.e. a message there still has our Message-ID and the very content we
   * appended (`sameDraft`). One with our Message-ID but other content was
   * edited: kept, and marked with the keyword STALE_DRAFT_KEYWORD where the
   * server allows keywords. 'absent' when no message has our Message-ID (the
   * user deleted it, or saved their edit as a new message).
   */
  removeStaleDraft(messageId: string, raw: Buffer): Promise<StaleDraftOutcome>;
}

/** The folders, plus (IMAP) one connection shared by several operations. */
export interface DraftFolders extends DraftFolderOps {
  /** Runs `fn` with the folders on one connection (connect, fn, log out); without it each operation connects alone. */
  session?<T>(fn: (folders: DraftFolderOps) => Promise<T>): Promise<T>;
}

/** Runs `fn` on one connection where the folders offer it, else on the folders themselves (Maildir, tests). */
export function inSession<T>(folders: DraftFolders, fn: (f: DraftFolderOps) => Promise<T>): Promise<T> {
  return folders.session ? folders.session(fn) : fn(folders);
}
