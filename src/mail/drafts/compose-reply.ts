import MailComposer from 'nodemailer/lib/mail-composer';
import { AppError } from '../../errors.js';
import { draftText } from './draft-text.js';
import { defaultMessageId, parseAddress } from './message-id.js';
import { attributionLine, defaultTimeZone, quoteLines } from './quote.js';
import { replySubject } from './subject.js';
import { buildThreadingHeaders, normalizeMessageId } from './threading.js';
import type { ComposedDraft, ComposeReplyInput } from './types.js';
import type { Language } from '../../cases/case-file.js';

/** Subject of a message that starts a thread (no support mail to answer yet). */
export function newThreadSubject(language: Language, supportCaseId: string | null): string {
  const topic = language === 'ja' ? 'AWS 認定アカウントの統合について' : 'AWS Certification account merge';
  return supportCaseId ? `[CASE ${supportCaseId}] ${topic}` : topic;
}

/**
 * True for an address nobody reads replies at (no-reply@, noreply-…@, do-not-reply@,
 * no-reply-aws@amazon.com, which sends AWS's automated answers).
 */
export function isNoReplyAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return /(^|[-_.+])(no[-_.]?reply|do[-_.]?not[-_.]?reply)($|[-_.+])/.test(local);
}

/**
 * Who a draft goes to. The answered message's Reply-To (support's form mail may
 * set it to the case mailbox; replying to From would bypass the case), else its
 * From; but never a no-reply address (a message the user reclassified may come
 * from one): then the support address (`input.to`).
 */
export function replyRecipient(input: Pick<ComposeReplyInput, 'answered' | 'to' | 'kind'>): { name: string; address: string } {
  const { answered } = input;
  const candidates = answered ? [answered.replyTo, answered.from] : [];
  for (const c of candidates) if (c?.address && !isNoReplyAddress(c.address)) return { name: c.name, address: c.address };
  if (!input.to) {
    throw new AppError(
      'BAD_INPUT',
      answered
        ? `the answered message came from a no-reply address (${answered.from.address}) and there is no support address to write to instead`
        : `a ${input.kind} draft without a message to answer needs a recipient (the support address)`,
    );
  }
  const parsed = parseAddress(input.to, 'draft recipient', 'BAD_INPUT');
  if (isNoReplyAddress(parsed.address)) throw new AppError('BAD_INPUT', `the draft recipient ${parsed.address} is a no-reply address: write to the support address instead`);
  return { name: parsed.name, address: parsed.address };
}

/**
 * Builds the RFC 5322 message of a reply draft: threaded on the answered
 * support message, in its language, with the original quoted below. Pure
 * apart from the random part of the default Message-ID.
 */
export async function composeReply(input: ComposeReplyInput): Promise<ComposedDraft> {
  const { kind, caseFile, supportCaseId, answered, now } = input;
  const language: Language = answered?.language ?? caseFile.language;
  const sender = parseAddress(input.from, 'mail.from');

  const to = replyRecipient(input);

  const fallbackSubject = newThreadSubject(language, supportCaseId);
  const subject = answered ? replySubject(answered.subject, fallbackSubject) : fallbackSubject;
  const threading = answered ? buildThreadingHeaders(answered) : { inReplyTo: null, references: [] };

  const reply = draftText(kind, language, { caseFile, supportCaseId });
  const text =
    input.text !== undefined
      ? input.text
      : answered && answered.text.trim() !== ''
      ? `${reply}\n${attributionLine(language, answered.date, answered.from, input.timeZone ?? defaultTimeZone(language))}\n${quoteLines(answered.text)}\n`
      : reply;

  const made = (input.messageIdFactory ?? defaultMessageId)(sender.domain, now);
  const messageId = normalizeMessageId(made);
  if (!messageId) throw new AppError('INTERNAL', `the Message-ID factory returned ${JSON.stringify(made)}, not a Message-ID`);

  const composer = new MailComposer({
    from: input.from,
    to,
    subject,
    messageId,
    date: now,
    inReplyTo: threading.inReplyTo ?? undefined,
    references: threading.references.length > 0 ? threading.references : undefined,
    text,
  });
  const raw = await composer.compile().build();
  return { raw, messageId, subject, inReplyTo: threading.inReplyTo, references: threading.references, to: to.address, language, text };
}
