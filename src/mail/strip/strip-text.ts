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
    lines = lines.slice(0, start.line);
  }

  // The library's patterns backtrack badly on long crafted input (seconds for
  // 200 KB), so it only sees the head, where a reply's attribution sits anyway.
  const joined = lines.join('\n');
  const head = joined.slice(0, LIBRARY_WINDOW_CHARS);
  const viaLibrary = mayHoldAnswerHeader(head) ? cutWithReplyParser(head) : null;
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
 * Literals without which none of email-reply-parser 2.1.0's answer-header
 * patterns (lib/regex.js, `answerHeadersRegex`) can match: every pattern
 * contains one of these (the `From|Von|De|Van|Da` header forms their name and
 * colon, the `… <x@y>:` date forms `>` then spaces and a colon; the last three
 * are the case-insensitive patterns). Matched case-sensitively like the
 * library, except those three.
 */
const ANSWER_HEADER_LITERALS =
  /wrote|écrit|escribió|scritto|escreveu|schrieb|schreef|pisze|napisał|skrev|kirjoitti|г\. в|写道：|작성:|のメッセージ:|(?:From|Von|De|Van|Da)\s?:|> *:/u;
const ANSWER_HEADER_LITERALS_I = /riginal message|prindelig besked|message d'origine/i;

/**
 * False when email-reply-parser provably finds nothing to cut in `text`, so it
 * need not run (it reverses the text character by character and runs some 55
 * patterns per line: the costliest step of understanding a plain reply).
 * Without any answer-header literal no fragment is an answer, its
 * `fixBrokenSignatures` changes nothing, and a quoted fragment can only hold
 * `>` lines and blank lines, which `cutWithReplyParser` ignores.
 */
export function mayHoldAnswerHeader(text: string): boolean {
  return ANSWER_HEADER_LITERALS.test(text) || ANSWER_HEADER_LITERALS_I.test(text);
}

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
  // 2.3.x dropped Fragment.isAnswer (2.1 had it): calling it threw on every text that reached this layer.
  const firstQuote = fragments.findIndex((f) => (typeof f.isAnswer === 'function' && f.isAnswer()) || (f.isQuoted() && !isOnlyQuotedLines(f.getContent())));
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
