import type { CaseService } from '../cases/case-service.js';
import type { Clock } from '../clock/clock.js';
import type { ResolvedConfig } from '../config/load.js';
import type { SourceStatus } from '../mail/source-types.js';
import type { MailKind } from '../mail/kinds.js';
import type { LifecycleEvent } from '../machines/events.js';

/** A reply certmerge drafted, as the dashboard and API show it. */
export interface DraftView {
  id: string;
  caseId: string;
  kind: 'confirmation' | 'info' | 'followup_overdue' | 'badges_followup';
  status: 'drafted' | 'sent' | 'superseded' | 'discarded' | 'failed';
  messageId: string;
  inReplyTo: string | null;
  subject: string;
  to: string;
  language: 'ja' | 'en';
  createdAt: string;
  sentAt: string | null;
  /** The last send error in plain words, when a send failed. */
  error: string | null;
  /** The plain-text body (for the preview). */
  text: string;
}

/** Drafts: listed per case; sent or discarded only by an explicit user action. */
export interface DraftActions {
  list(caseId: string): DraftView[];
  get(draftId: string): DraftView | null;
  /** Sends through SMTP, stores the sent copy, removes the draft, moves the case. Throws AppError('SEND_FAILED') leaving everything as it was. */
  send(draftId: string): Promise<DraftView>;
  discard(draftId: string): Promise<DraftView>;
  /** Replaces the text (rebuilt, same thread and Message-ID) and the copy in the Drafts folder. */
  edit(draftId: string, text: string): Promise<DraftView>;
}

/** Stored mail: the raw text, and manual re-classification. */
export interface MessageActions {
  /** The raw message as stored (possibly truncated), or null. */
  raw(messageId: string): Buffer | null;
  /** Applies `kind` to the message's case as the user's correction; returns the case's new state. */
  reclassify(caseId: string, messageId: string, kind: MailKind): void;
  /** Mail that moved no case and may matter (unmatched, unverified sender, unreadable), newest first. */
  unsorted(): UnsortedMail[];
  /** Hides one from the unsorted view. */
  ignore(messageId: string): void;
  /** Puts one on a case and applies its kind as the user's, as a correction does. */
  assign(messageId: string, caseId: string): void;
}

/** One message of the unsorted view. */
export interface UnsortedMail {
  messageId: string;
  at: string;
  from: string | null;
  subject: string | null;
  kind: string | null;
  trusted: boolean;
  why: 'unmatched' | 'untrusted' | 'unreadable';
}

/** What the dashboard needs from the rest of certmerge; all side effects come through here. */
export interface DashboardDeps {
  config: ResolvedConfig;
  cases: CaseService;
  /** A value that changes when anything is committed by any process (drives server-sent events). */
  changeMark(): string;
  applyUserEvent(caseId: string, event: LifecycleEvent): void;
  drafts: DraftActions;
  messages: MessageActions;
  mailStatus(): SourceStatus;
  clock: Clock;
  logger: { info(o: object, m?: string): void; warn(o: object, m?: string): void; error(o: object, m?: string): void };
}
