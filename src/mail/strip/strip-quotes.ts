import type { ParsedMessage } from '../parse/parsed-message.js';
import { hasQuoteMarkup, htmlWithoutQuotes } from './html-quotes.js';
import { stripText } from './strip-text.js';

export interface StrippedText {
  /** What the sender wrote in this message, without quoted history. */
  newText: string;
  /** True when some quoted history was removed. */
  quoted: boolean;
  /** Which layers removed something, e.g. `html:gmail_quote+text:ja-attribution`, or `none`. */
  method: string;
}

/**
 * Removes quoted history in layers: HTML quote markup first (the most reliable
 * signal), then text separators on what is left. This is what makes a
 * completion notice that quotes the earlier confirmation request read as a
 * completion notice.
 */
export function stripQuotes(parsed: Pick<ParsedMessage, 'text' | 'html'>): StrippedText {
  // With a text part beside it and no quote markup in it, the HTML says nothing the text does not:
  // converting it (the costliest step for a big newsletter) would only give the same words again.
  const htmlAddsNothing = parsed.text.trim() !== '' && parsed.html !== null && !hasQuoteMarkup(parsed.html);
  if (parsed.html && !htmlAddsNothing) {
    const fromHtml = htmlWithoutQuotes(parsed.html);
    if (fromHtml.text.trim()) {
      const t = stripText(fromHtml.text);
      const methods = [...fromHtml.markers.map((m) => `html:${m}`), ...t.methods];
      if (t.text) return result(t.text, methods);
    }
  }
  const t = stripText(parsed.text);
  return result(t.text, t.methods);
}

function result(newText: string, methods: string[]): StrippedText {
  const useful = methods.filter((m) => m !== 'html:conversion-failed');
  return { newText, quoted: useful.length > 0, method: methods.length ? methods.join('+') : 'none' };
}
