import type { Evidence } from '../mail/classify/decide.js';
import type { Topic } from '../mail/classify/topic.js';
import type { MailKind } from '../mail/kinds.js';

/**
 * What the pipeline needs to know about one message, whatever the parser and
 * classifier produced. Everything here came from mail: untrusted, bounded.
 */
export interface UnderstoodMail {
  messageId: string;
  from: { address: string; name: string } | null;
  replyTo: { address: string; name: string } | null;
  to: string[];
  cc: string[];
  /**
   * Topmost first: `Delivered-To`, `X-Original-To` addresses and `Resent-*` field names; the number of
   * To and Cc fields; the `h=` lists of the DKIM signatures the trust verdict rests on (null: none known).
   */
  delivery: { deliveredTo: string[]; xOriginalTo: string[]; resent: string[]; toFields?: number; ccFields?: number; signedFields?: string[][] | null };
  /** What the message is (Message-ID aside): with the Message-ID and `trusted`, the dedup key. */
  contentDigest: string;
  subject: string;
  date: Date | null;
  inReplyTo: string | null;
  references: string[];
  /** The text without quoted history. */
  newText: string;
  /** What the message says its case is about (the merge, another matter), from the subject and new text. */
  topic: Topic;
  language: 'ja' | 'en';
  kind: MailKind;
  reasons: string[];
  /** 0–1: how sure classification is of `kind`. */
  confidence: number;
  /** True when the case should ask the user rather than move (trusted mail only). */
  ask: boolean;
  askKinds: MailKind[];
  /** What classification found; the pipeline decides again with the case's prior. Null for unreadable mail. */
  evidence: Evidence | null;
  trusted: boolean;
  trustReasons: string[];
  autoReply: boolean;
  /** Support case ID found in the decoded subject. */
  subjectCaseId: string | null;
  /** Support case ID found in the new text (only used when the subject and thread say nothing). */
  bodyCaseId: string | null;
  problems: string[];
  truncated: boolean;
}

/** `cut`: the mail source gave only part of the message (over the size cap). */
export type Understand = (raw: Buffer, opts?: { cut?: boolean }) => Promise<UnderstoodMail>;

/** Findings of the sender check that speak for the sender (it lists them alongside the failures, in check order). */
const PASSING_FINDING = [/ is a trusted sender domain /, /^dmarc=pass for /, /^dkim=pass by .*, aligned with /];

/**
 * Why a sender is not verified, in one line: the failing findings only. The
 * first finding is often a passing one ("From domain amazon.com is a trusted
 * sender domain") and would read as a reason to trust the forgery.
 */
export function whyUnverified(trustReasons: string[]): string {
  const failing = trustReasons.filter((r) => !PASSING_FINDING.some((p) => p.test(r)));
  const text = failing.slice(0, 2).join('; ');
  return text || 'no passing DKIM/DMARC';
}

/** The bounded subset stored with the message and shown on the timeline. */
export function timelineDetail(m: UnderstoodMail, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: m.from?.address ?? null,
    fromName: m.from?.name ?? '',
    subject: m.subject.slice(0, 500),
    date: m.date?.toISOString() ?? null,
    kind: m.kind,
    reasons: m.reasons.slice(0, 30),
    confidence: m.confidence,
    ask: m.ask,
    trusted: m.trusted,
    trustReasons: m.trustReasons.slice(0, 20),
    newText: m.newText.slice(0, 8000),
    language: m.language,
    autoReply: m.autoReply,
    problems: m.problems.slice(0, 20),
    truncated: m.truncated,
    ...extra,
  };
}
