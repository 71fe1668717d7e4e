import { compile } from 'html-to-text';
import { LIMITS } from './limits.js';

/** mailparser's own conversion settings (mail-parser.js): html-to-text's defaults, nesting bounded. */
const MAX_HTML_NESTING_DEPTH = 1000;

/**
 * Compiled once. mailparser converts HTML-only mail with html-to-text's
 * `htmlToText`, which rebuilds its converter for every call (about a third of
 * mailparser's whole time on HTML mail); so we parse with `skipHtmlToText` and
 * convert here, with the same options and therefore the same text.
 */
const toText = compile({ limits: { maxDepth: MAX_HTML_NESTING_DEPTH } });

/**
 * The plain text of a message as mailparser would give it: its text parts, or
 * for HTML-only mail (no text part, so mailparser's text is empty) the HTML
 * converted. One difference, on purpose: HTML parts that sit beside a text part
 * outside multipart/alternative are not appended to the text; the HTML itself
 * is kept and quote stripping reads it first.
 */
export function textOfParts(text: string | null, html: string | null): { text: string | null; error: Error | null } {
  if ((text !== null && text.trim() !== '') || html === null) return { text, error: null };
  if (html.length > LIMITS.htmlToParseChars) return { text: '', error: new Error(`HTML too long for parsing ${html.length} bytes`) };
  try {
    return { text: toText(html), error: null };
  } catch (cause) {
    return { text: '', error: new Error('Failed to parse HTML', { cause }) };
  }
}
