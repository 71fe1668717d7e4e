import EmailReplyParser from 'email-reply-parser';
import { findQuoteStart, QUOTED_LINE } from './text-separators.js';

const LIBRARY_WINDOW_CHARS = 32 * 1024;

/** Plain text without quoted history, and which layers removed something. */
export function stripText(text: string): { text: string; methods: string[] } {
  const methods: string[] = [];
  let lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');

  const start = findQuoteStart(lines);
  if (start) {
    methods.push(`text:${start.method}`);
    // Answered below the quote ("On … wrote:", `>` lines, then the answer): what follows the quoted block is new.
    const attribution = start.method.endsWith('attribution');
    const below = attribution ? answerBelowQuote(lines, start.line) : start.method === 'forwarded' ? null : answerBelowRule(lines, start.line);
    if (below !== null) {
      methods.push(attribution ? 'text:answer-below-quote' : 'text:answer-below-rule');
      const rest = stripText(below.join('\n'));
      methods.push(...rest.methods);
      lines = [...lines.slice(0, start.line), ...rest.text.split('\n')];
    } else lines = lines.slice(0, start.line);
  }

  // The library's patterns backtrack badly on long crafted input (seconds for
  // 200 KB), so it only sees the head, where a reply's attribution sits anyway.
  const joined = lines.join('\n');
  const head = joined.slice(0, LIBRARY_WINDOW_CHARS);
  const viaLibrary = cutWithReplyParser(head);
  if (viaLibrary !== null) {
    methods.push('email-reply-parser');
    lines = viaLibrary.split('\n');
  }

  // Inline replies keep text between quoted blocks, so quoted lines are removed rather than cut at.
  const kept = lines.filter((l) => !QUOTED_LINE.test(l));
  if (kept.length !== lines.length) methods.push('text:quote-prefix');
  return { text: kept.join('\n').trim(), methods };
}

/**
 * The lines after an attribution's `>` quoted block, when something other than blank lines follows it:
 * an answer written below (or between) the quoted lines. Null when the attribution is not followed by
 * `>` lines (the quoted history is unmarked, as Outlook writes it) or nothing follows them.
 */
function answerBelowQuote(lines: string[], attribution: number): string[] | null {
  let i = attribution + 1;
  // The attribution may wrap onto a second line ("… <x@y>" / "wrote:").
  if (i < lines.length && !QUOTED_LINE.test(lines[i]!) && lines[i]!.trim() !== '' && !QUOTED_LINE.test(lines[attribution]!)) i++;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i >= lines.length || !QUOTED_LINE.test(lines[i]!)) return null;
  while (i < lines.length && (QUOTED_LINE.test(lines[i]!) || lines[i]!.trim() === '')) i++;
  const rest = lines.slice(i);
  return rest.some((l) => l.trim() !== '') ? rest : null;
}

/**
 * The lines after a rule (`-----`, `___`, `===`) that follows unmarked quoted history (an Outlook header
 * block or "Original Message") standing at the very top of the message: an answer written below the quote,
 * as some agents do ("From: … Subject: … ‹the customer's mail› ----- ‹the answer›"). Null when anything
 * but blank lines stands above the quote (the answer is above it then), or no rule with text after it follows.
 * Not for a forwarded copy: what follows its rules is the forwarded mail, not an answer to it.
 */
function answerBelowRule(lines: string[], quote: number): string[] | null {
  if (lines.slice(0, quote).some((l) => l.trim() !== '')) return null;
  for (let i = quote + 1; i < lines.length; i++) {
    if (!RULE_LINE.test(lines[i]!)) continue;
    const rest = lines.slice(i + 1);
    return rest.some((l) => l.trim() !== '') ? rest : null;
  }
  return null;
}

const RULE_LINE = /^\s*(-{3,}|_{3,}|={3,})\s*$/;

/**
 * Cuts at the first fragment email-reply-parser sees as quoted or as an
 * attribution ("On ... wrote:", "Le ... a écrit :", "From: X <x@y>").
 * Its signature fragments are kept: it also files any line after "Sent from
 * ..." or "Regards" as signature, which would drop real content. Null when it
 * finds no quote.
 */
export function cutWithReplyParser(text: string): string | null {
  let fragments;
  try {
    fragments = new EmailReplyParser().read(text).getFragments();
  } catch {
    return null;
  }
  const firstQuote = fragments.findIndex((f) => f.isQuoted() && !isOnlyQuotedLines(f.getContent()));
  if (firstQuote < 0) return null;
  return fragments
    .slice(0, firstQuote)
    .map((f) => f.getContent())
    .join('\n');
}

/** A fragment of bare `>` lines is left to the quote-prefix layer, which keeps what follows it. */
function isOnlyQuotedLines(content: string): boolean {
  return content.split('\n').every((l) => l.trim() === '' || QUOTED_LINE.test(l));
}
