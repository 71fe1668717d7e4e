/** One mailbox of an address header. `name` is the decoded display name, '' when none. */
export interface MailAddress {
  address: string;
  name: string;
}

/** One Authentication-Results header field as it appeared, unfolded. */
export interface AuthResultsHeader {
  /** The field value, folding removed. */
  value: string;
  /** Position of the field among all header fields, 0 = topmost: lets the verifier tell adjacent fields apart. */
  position: number;
}

/** Trace and delivery fields, topmost first (each list bounded by LIMITS.traceFields). */
export interface TraceFields {
  /** Every `Received:` field: its position among all fields and the host of its `by` clause. */
  received: { position: number; by: string | null }[];
  /** `Delivered-To:` addresses (written by the delivery agent, e.g. Dovecot, Postfix local), lowercase. */
  deliveredTo: string[];
  /** `X-Original-To:` addresses (Postfix: the envelope recipient before alias expansion), lowercase. */
  xOriginalTo: string[];
  /** Names of `Resent-*` fields: the message was redirected by someone (RFC 5322 §3.6.6). */
  resent: string[];
  /** `Authentication-Results :` fields with whitespace before the colon: never trusted, counted for the reasons. */
  spacedAuthResults: number;
  /** `Authentication-Results-Original:` fields (Microsoft's renamed copies of sender-supplied ones): never trusted. */
  authResultsOriginal: number;
  /** How many `To:` and `Cc:` fields the header has (RFC 5322 §3.6 allows at most one of each). */
  toFields: number;
  ccFields: number;
  /** Every `DKIM-Signature:` field's signing domain (`d=`), selector (`s=`) and signed field names (`h=`, lowercase, repeats kept). */
  dkimSignatures: DkimSignatureTags[];
}

/** The tags of one DKIM-Signature field the recipient check reads (RFC 6376 §3.5); lowercase. */
export interface DkimSignatureTags {
  domain: string;
  selector: string;
  signedFields: string[];
}

/** The raw values of the headers that mark automatic mail (RFC 3834 and vendor ones); null when absent. */
export interface AutoReplyHeaders {
  autoSubmitted: string | null;
  xAutoreply: string | null;
  xAutorespond: string | null;
  precedence: string | null;
  xAutoResponseSuppress: string | null;
  listId: string | null;
  listUnsubscribe: string | null;
}

/**
 * What the rest of the mail layer needs from a raw message, every string bounded.
 * Built even from broken MIME: `problems` then says what went wrong.
 */
export interface ParsedMessage {
  /** Angle-bracketed Message-ID; synthetic (`<sha256@certmerge.invalid>`) when the message has none. */
  messageId: string;
  messageIdSynthetic: boolean;
  /** The first mailbox of From, or null when there is none. */
  from: MailAddress | null;
  /** Mailboxes over all From header fields: anything but 1 cannot be attributed to one sender. */
  fromCount: number;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  /** Null when the Date header is missing or unreadable (mailparser would substitute "now"). */
  date: Date | null;
  inReplyTo: string | null;
  references: string[];
  /** RFC 2047-decoded subject, '' when none. */
  subject: string;
  /** Plain text body (HTML-only mail converted to text). */
  text: string;
  /** HTML body, kept only so quotes can be found by their markup; null when none. */
  html: string | null;
  autoReplyHeaders: AutoReplyHeaders;
  /** Every Authentication-Results field, topmost first. */
  authenticationResults: AuthResultsHeader[];
  trace: TraceFields;
  /** Size of the raw message in bytes. */
  size: number;
  /** True when something was not read whole: attachments skipped over the size cap, or text/html/subject cut. */
  truncated: boolean;
  /** Readable reasons why the message is not well-formed; empty for a clean message. */
  problems: string[];
}
