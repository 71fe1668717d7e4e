import { detectAutoReply } from './classify/auto-reply.js';
import { classify, type ClassifyInput } from './classify/classify.js';
import type { Evidence } from './classify/decide.js';
import type { ClassificationRules } from './classify/classification-rules.js';
import type { Language } from './classify/language.js';
import type { MailKind } from './kinds.js';
import { contentDigest } from './parse/content-digest.js';
import { LIMITS } from './parse/limits.js';
import { parseMessage } from './parse/parse-message.js';
import type { DkimSignatureTags, MailAddress } from './parse/parsed-message.js';
import { syntheticMessageId } from './parse/raw-header.js';
import { stripQuotes } from './strip/strip-quotes.js';
import { verifySender, type SenderTrust } from './verify/verify-sender.js';
import type { LocalAuthVerdict } from './verify/local-auth.js';
import { localSenderVerdict } from './verify/local-trust.js';

export type { Language } from './classify/language.js';
export type { ClassificationRules } from './classify/classification-rules.js';
export type { SenderTrust } from './verify/verify-sender.js';
export type { MailAddress } from './parse/parsed-message.js';

/** Everything the pipeline needs to know about one message. */
export interface UnderstoodMessage {
  /** Angle-bracketed; synthetic `<sha256@certmerge.invalid>` when the message had none (dedup still works). */
  messageId: string;
  /** From address, null when there is none. */
  from: string | null;
  /** From display name, '' when none. Never evidence of anything: only the address and `trusted` are. */
  fromName: string;
  replyTo: string[];
  to: string[];
  cc: string[];
  /**
   * Delivery fields the recipient check reads (topmost first): `Delivered-To`, `X-Original-To`, `Resent-*` names;
   * how many To and Cc fields there are; and the `h=` lists of the DKIM signatures the trust verdict rests on
   * (null when it rests on none, or none of them is in the header: the recipient check then cannot use them).
   */
  delivery: { deliveredTo: string[]; xOriginalTo: string[]; resent: string[]; toFields?: number; ccFields?: number; signedFields?: string[][] | null };
  /** sha256 of the message without its delivery headers (content-digest.ts): half of the dedup key. */
  contentDigest: string;
  /** Decoded subject. */
  subject: string;
  /** ISO 8601, null when the Date header is missing or unreadable. */
  date: string | null;
  inReplyTo: string | null;
  references: string[];
  /** What this message says without its quoted history (bounded). */
  newText: string;
  /** How quotes were removed (`html:gmail_quote+text:ja-attribution`, `none`). */
  quoteMethod: string;
  language: Language;
  kind: MailKind;
  /** Why `kind`: cues, model probabilities, the frame that agreed or vetoed. */
  reasons: string[];
  /** 0–1: how sure classification is of `kind`. */
  confidence: number;
  /** True when a case would ask the user about this message rather than move (trusted mail only). */
  ask: boolean;
  /** The kinds such a question offers. */
  askKinds: MailKind[];
  /** What classification found, so the pipeline can decide again with the case's prior and the user's corrections. */
  evidence: Evidence | null;
  /** True only when the sender is shown to be a trusted domain; an untrusted message never advances a case. */
  trusted: boolean;
  trustReasons: string[];
  /** True when this is an out-of-office or automatic reply that must not move a case (`kind` is then `unrelated`). */
  autoReply: boolean;
  supportCaseId: string | null;
  /** Where `supportCaseId` was found: `subject` first, then `new text`, then the quoted `body`. */
  supportCaseIdWhere: 'subject' | 'new text' | 'body' | null;
  /** Readable reasons the message is malformed; empty when clean. */
  problems: string[];
  /** True when not all of the message was read (over the size cap) or a field was cut to its bound. */
  truncated: boolean;
}

export interface UnderstandDeps {
  trust: SenderTrust;
  /** The local DKIM/DMARC check (local-auth.ts) that `trust.provider: local` rests on; without it, such a config trusts nothing. */
  localAuth?: (raw: Buffer) => Promise<LocalAuthVerdict>;
  rules: ClassificationRules;
  /** Messages larger than this count as truncated (their attachments are never read in any case). */
  maxBytes: number;
}

/**
 * Parses, strips quotes, verifies the sender and classifies one raw message.
 * Never throws on bad input: the worst case is kind `unrelated` with `problems`.
 * `read`: the message as classifyInputOf already read it from these bytes, not read again.
 */
export async function understandMessage(raw: Buffer, deps: UnderstandDeps, opts: { cut?: boolean; read?: MessageRead } = {}): Promise<UnderstoodMessage> {
  try {
    return await understand(raw, deps, opts.read ?? (await classifyInputOf(raw, deps.maxBytes, opts.cut === true)));
  } catch (err) {
    // Every layer is written not to throw; this is the last line for a bug, so one bad mail cannot stop the pipeline.
    return unreadable(raw, `could not understand the message: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'}`);
  }
}

/** A message parsed and stripped: what classification and the sender check read. */
export interface MessageRead {
  input: ClassifyInput;
  parsed: Awaited<ReturnType<typeof parseMessage>>;
  quoteMethod: string;
}

/**
 * Parses and strips one message into what classification reads (training reads the corpus the same way; the
 * corpus test reads each message once for both, passing the result to understandMessage as `read`).
 */
export async function classifyInputOf(raw: Buffer, maxBytes: number, cut = false): Promise<MessageRead> {
  const parsed = await parseMessage(raw, { maxBytes, cut });
  const stripped = stripQuotes(parsed);
  const newText = stripped.newText.slice(0, LIMITS.textChars);
  const autoReply = detectAutoReply(parsed.autoReplyHeaders, parsed.subject);
  const h = parsed.autoReplyHeaders;
  return {
    parsed,
    quoteMethod: stripped.method,
    input: {
      subject: parsed.subject,
      newText,
      fullText: parsed.text,
      from: parsed.from?.address ?? null,
      fromName: parsed.from?.name ?? '',
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      bulk: h.listId !== null || h.listUnsubscribe !== null,
      autoReply,
    },
  };
}

async function understand(raw: Buffer, deps: UnderstandDeps, read: MessageRead): Promise<UnderstoodMessage> {
  const { input, parsed, quoteMethod } = read;
  const newText = input.newText;
  const autoReply = input.autoReply!;
  const header = verifySender(parsed, deps.trust);
  const verdict = deps.trust.provider === 'local' ? await localSenderVerdict(raw, header, deps.trust.senderDomains, deps.localAuth) : header;
  const c = classify(input, deps.rules);
  return {
    messageId: parsed.messageId,
    from: parsed.from?.address ?? null,
    fromName: parsed.from?.name ?? '',
    replyTo: parsed.replyTo.map(addressOf),
    to: parsed.to.map(addressOf),
    cc: parsed.cc.map(addressOf),
    delivery: {
      deliveredTo: parsed.trace.deliveredTo,
      xOriginalTo: parsed.trace.xOriginalTo,
      resent: parsed.trace.resent,
      toFields: parsed.trace.toFields,
      ccFields: parsed.trace.ccFields,
      signedFields: verdict.trusted ? signedFieldsOf(parsed.trace.dkimSignatures, verdict.alignedDkim ?? []) : null,
    },
    contentDigest: contentDigest(raw),
    subject: parsed.subject,
    date: parsed.date ? parsed.date.toISOString() : null,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    newText,
    quoteMethod,
    language: c.language,
    kind: c.kind,
    reasons: c.reasons,
    confidence: c.confidence,
    // An untrusted message never moves a case, so there is nothing to ask about.
    ask: c.ask && verdict.trusted,
    askKinds: c.ask && verdict.trusted ? c.askKinds : [],
    evidence: c.evidence,
    trusted: verdict.trusted,
    trustReasons: verdict.reasons,
    autoReply: autoReply.kind !== 'none' && c.kind === 'unrelated',
    supportCaseId: c.supportCaseId,
    supportCaseIdWhere: c.supportCaseIdWhere,
    problems: parsed.problems,
    truncated: parsed.truncated,
  };
}

/**
 * The `h=` lists of the DKIM-Signature fields the trusted verdict's aligned dkim=pass
 * names (same `d=`, and `s=` when the verdict gives one); null when the verdict rests
 * on no DKIM signature or none of its signatures can be found in the header.
 */
function signedFieldsOf(signatures: readonly DkimSignatureTags[], basis: readonly { domain: string; selector: string | null }[]): string[][] | null {
  if (basis.length === 0) return null;
  const found = signatures.filter((sig) => basis.some((b) => sig.domain.replace(/\.$/, '') === b.domain && (b.selector === null || sig.selector === b.selector)));
  return found.length > 0 ? found.map((sig) => sig.signedFields) : null;
}

function addressOf(a: MailAddress): string {
  return a.address;
}

function unreadable(raw: Buffer, problem: string): UnderstoodMessage {
  return {
    messageId: syntheticMessageId(raw),
    from: null,
    fromName: '',
    replyTo: [],
    to: [],
    cc: [],
    delivery: { deliveredTo: [], xOriginalTo: [], resent: [] },
    contentDigest: contentDigest(raw),
    subject: '',
    date: null,
    inReplyTo: null,
    references: [],
    newText: '',
    quoteMethod: 'none',
    language: 'en',
    kind: 'unrelated',
    reasons: ['the message could not be read'],
    confidence: 1,
    ask: false,
    askKinds: [],
    evidence: null,
    trusted: false,
    trustReasons: ['the message could not be read'],
    autoReply: false,
    supportCaseId: null,
    supportCaseIdWhere: null,
    problems: [problem, `raw size ${raw.length} bytes`],
    truncated: false,
  };
}
