import type { CaseFile, Language } from '../../cases/case-file.js';
import type { MailAddress } from '../parse/parsed-message.js';

/** The replies certmerge drafts for the user. */
export const DRAFT_KINDS = ['confirmation', 'info', 'followup_overdue', 'badges_followup'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export type { MailAddress } from '../parse/parsed-message.js';

/** The support message a draft answers, as the parser read it. */
export interface AnsweredMessage {
  /** Its Message-ID, with or without angle brackets; '' when it had none. */
  messageId: string;
  /** Its References header, one Message-ID per entry (entries holding several are split). */
  references: string[];
  /** Its decoded subject. */
  subject: string;
  from: MailAddress;
  replyTo?: MailAddress | undefined;
  date: Date;
  /** The new text of the message (quoted history already stripped); quoted below the reply. */
  text: string;
  language: Language;
}

/** What the reply texts are made from. */
export interface DraftTextInput {
  caseFile: CaseFile;
  /** The support case ID (digits), null while support has not given one. */
  supportCaseId: string | null;
}

export interface ComposeReplyInput extends DraftTextInput {
  kind: DraftKind;
  answered: AnsweredMessage | null;
  /** The config's `mail.from`, e.g. `Taro Yamada <me@example.com>`. */
  from: string;
  /** Recipient when there is no answered message, or when it came from a no-reply address (the support address). */
  to?: string | undefined;
  now: Date;
  /** IANA time zone for the quote's attribution line; Asia/Tokyo for Japanese, UTC for English by default. */
  timeZone?: string | undefined;
  /** Makes the Message-ID (with angle brackets) for the draft; the default is random on the `from` domain. */
  messageIdFactory?: ((domain: string, now: Date) => string) | undefined;
  /** The whole body as the user edited it on the dashboard; replaces the drafted reply and its quote. */
  text?: string | undefined;
}

export interface ComposedDraft {
  /** The whole RFC 5322 message, UTF-8, CRLF line ends. */
  raw: Buffer;
  /** The draft's Message-ID, with angle brackets. */
  messageId: string;
  subject: string;
  inReplyTo: string | null;
  references: string[];
  /** The recipient's bare address. */
  to: string;
  language: Language;
  /** The body as plain text (reply plus quoted original), for previews. */
  text: string;
}
