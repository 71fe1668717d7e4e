import { stripText } from './strip-text.js';
import { findQuoteStart, QUOTED_LINE } from './text-separators.js';

/** How much of a quote is read for the message it answers: a quoted request sits at its top. */
const QUOTE_CHARS = 8 * 1024;

/**
 * The own words of the message a reply quotes first (the one it answers), without that message's own quoted
 * history: under "Done." the customer's "Please go ahead and merge the accounts"; under 「念のため再送いたします」
 * support's earlier request. `newText` is what the reply itself says (stripQuotes): the quote is what follows
 * it in the full text. Null when no quote follows it or the quoted message says nothing.
 */
export function firstQuotedMessage(fullText: string, newText: string): string | null {
  const text = fullText.includes('\r') ? fullText.replace(/\r\n?/g, '\n') : fullText;
  const tail = newText.trim().split('\n').pop()?.trim() ?? '';
  const at = tail ? text.indexOf(tail) : -1;
  if (at < 0) return null;
  const lines = text.slice(at + tail.length, at + tail.length + QUOTE_CHARS).split('\n');
  const start = findQuoteStart(lines);
  const firstQuoted = lines.findIndex((l) => QUOTED_LINE.test(l));
  // The quote opens with an attribution or a header block, or with bare `>` lines.
  let i = start !== null && (firstQuoted < 0 || start.line <= firstQuoted) ? start.line : firstQuoted;
  if (i < 0) return null;
  // Past the attribution or the header block: up to the first blank line or quoted line.
  if (start !== null && i === start.line) {
    i++;
    while (i < lines.length && lines[i]!.trim() !== '' && !QUOTED_LINE.test(lines[i]!)) i++;
  }
  const body = lines.slice(i).map((l) => l.replace(/^\s*[>＞] ?/u, ''));
  const own = stripText(body.join('\n')).text.trim();
  return own || null;
}
