import type { Logger } from '../log.js';
import type { Db } from '../store/database.js';
import type { StoredCorrection, StoredQuestion } from '../store/kind-correction-store.js';
import type { CaseService } from '../cases/case-service.js';
import type { Clock } from '../clock/clock.js';
import type { ResolvedConfig } from '../config/load.js';
import type { SourceStatus } from '../mail/source-types.js';
import type { MailKind } from '../mail/kinds.js';
import type { LifecycleEvent } from '../machines/events.js';
import type { DraftView } from '../replies/draft-view.js';
import type { PendingSignIn, SignInView } from '../auth/sign-in-service.js';

/** One delivery attempt of a notification, as the delivery log shows it. */
export interface NotificationAttempt {
  notificationId: string;
  event: string | null;
  caseId: string | null;
  channel: string;
  at: string;
  ok: boolean;
  detail: string;
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
  /** Binds a pending receipt to this case as the user's decision (bind-by-hand.ts). */
  bindReceipt(caseId: string, messageId: string): void;
  /** Mail that moved no case and why: unmatched, pending receipts, and what narrowed syncs did not fetch. */
  notApplied?(): { unmatched: unknown[]; pending: unknown[]; skipped: unknown[] };
  /** Open questions about unsure mail on a case ("Is this a confirmation request?"). */
  questions(caseId: string): KindQuestion[];
  /** The user's kind corrections, which later classification takes into account. */
  corrections(): StoredCorrection[];
  removeCorrection(id: number): boolean;
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
  /** Why it is unsorted: not delivered to you, sender not verified, matched no case, or not read whole. */
  why: 'notForYou' | 'untrusted' | 'unmatched' | 'unreadable';
  /** The reason stored when it was processed (one English line), null when none. */
  reason?: string | null;
}

/** An open question about unsure mail ("Is this a confirmation request?"): the kinds offered, most likely first. */
export type KindQuestion = Omit<StoredQuestion, 'kinds'> & { kinds: MailKind[] };

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
  /** OAuth2 sign-in from the dashboard; absent: the page says none is configured. */
  signIn?: { list(): SignInView[]; pending(): PendingSignIn | null; start(key: 'imap' | 'smtp'): Promise<PendingSignIn>; stop?(): void };
  /** How many cases wait on the user (the tab title shows it); absent: none counted. */
  yourTurn?(): number;
  /** The iCalendar of open deadlines and expiry dates (`GET /calendar.ics`). */
  calendar?(): string;
  /** The newest notification delivery attempts, for the delivery log page. */
  notificationLog?(): NotificationAttempt[];
  clock: Clock;
  logger: Logger;
  /** Where dashboard sessions live (the app's database); without it, an in-memory database that a restart forgets. */
  db?: Db;
}
