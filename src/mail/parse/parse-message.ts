import type { Headers } from 'mailparser';
import { addressList, authResultsOf, autoReplyHeadersOf, firstField, messageIdsIn, singleMessageId, toHeaderFields, traceOf, type HeaderField } from './header-fields.js';
import { bound, LIMITS } from './limits.js';
import { mimeProblems } from './mime-problems.js';
import type { ParsedMessage } from './parsed-message.js';
import { rawHeaderBlock, rawHeaderLines, syntheticMessageId } from './raw-header.js';
import { readMime, type MimeParts } from './read-mime.js';

/**
 * Parses a raw RFC 5322 message into bounded fields. Never throws: broken MIME
 * yields a ParsedMessage whose `problems` say what was wrong. Attachments are
 * streamed past unread. `cut` says the mail source gave only part of the
 * message (it was over the size cap); so does a `raw` longer than `maxBytes`.
 */
export async function parseMessage(raw: Buffer, opts: { maxBytes: number; cut?: boolean }): Promise<ParsedMessage> {
  const problems: string[] = [];
  const oversize = raw.length > opts.maxBytes || opts.cut === true;
  let parts: MimeParts | null = null;
  try {
    parts = await readMime(raw);
  } catch (err) {
    problems.push(`could not parse the MIME structure: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'}`);
  }

  const lines = parts?.headerLines ?? rawHeaderLines(raw);
  // mailparser files lines that are not fields under an empty key: then there is no header section at all.
  const hasHeaders = lines.length > 0 && lines.every((l) => l.key !== '');
  if (!hasHeaders) problems.push('the message does not start with a header section');
  const fields: HeaderField[] = hasHeaders ? toHeaderFields(lines) : [];
  if (rawHeaderBlock(raw).includes(0)) problems.push('the header section contains binary data (NUL bytes)');
  if (parts && hasHeaders) problems.push(...mimeProblems(raw, parts.headers));
  if (parts?.textConversionError) problems.push(`HTML could not be converted to text: ${parts.textConversionError.message.slice(0, 200)}`);

  const fromList = addressList(fields, 'from');
  if (fromList.length === 0) problems.push('no From address');
  const headerMessageId = singleMessageId(firstField(fields, 'message-id'));
  if (!headerMessageId) problems.push('no Message-ID: a synthetic one was derived from the headers');

  const subject = bound(clean(headerString(parts?.headers, 'subject') ?? (hasHeaders ? latin1ToUtf8(firstField(fields, 'subject')) : '')), LIMITS.subjectChars);
  const bodyText = hasHeaders ? (parts?.text ?? '') : latin1ToUtf8(raw.subarray(0, LIMITS.textChars * 4).toString('latin1'));
  const text = bound(clean(bodyText), LIMITS.textChars);
  const html = parts?.html ? bound(parts.html, LIMITS.htmlChars) : null;

  return {
    messageId: headerMessageId ?? syntheticMessageId(raw),
    messageIdSynthetic: !headerMessageId,
    from: fromList[0] ?? null,
    fromCount: fromList.length,
    replyTo: addressList(fields, 'reply-to'),
    to: addressList(fields, 'to'),
    cc: addressList(fields, 'cc'),
    date: dateOf(firstField(fields, 'date'), problems),
    inReplyTo: singleMessageId(firstField(fields, 'in-reply-to')),
    references: messageIdsIn(fields.filter((f) => f.name === 'references').map((f) => f.value).join(' ')),
    subject: subject.value,
    text: text.value,
    html: html?.value ?? null,
    autoReplyHeaders: autoReplyHeadersOf(fields),
    authenticationResults: authResultsOf(fields),
    trace: traceOf(fields),
    size: raw.length,
    truncated: oversize || subject.cut || text.cut || Boolean(html?.cut),
    problems,
  };
}

function headerString(headers: Headers | undefined, name: string): string | null {
  const v = headers?.get(name);
  return typeof v === 'string' ? v : null;
}

function latin1ToUtf8(s: string | null): string {
  return s ? Buffer.from(s, 'latin1').toString('utf8') : '';
}

/** Drops control characters (binary garbage, NULs) that would only confuse matching and storage. */
function clean(s: string): string {
  // One scan without copying for the usual text that has nothing to clean.
  if (!NEEDS_CLEANING.test(s)) return s;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** mailparser substitutes "now" for an unreadable Date; we would rather know it is missing. */
function dateOf(value: string | null, problems: string[]): Date | null {
  if (!value) {
    problems.push('no Date header');
    return null;
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    problems.push(`unreadable Date header "${value.slice(0, 60)}"`);
    return null;
  }
  return d;
}
