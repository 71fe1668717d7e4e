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
  // Unless the text part is a stub ("This message requires HTML", a case-update notice whose reply is
  // in the HTML only): a short text part gives way to an HTML part whose text is over twice as long.
  const textPart = parsed.text.trim();
  const quoteMarkup = parsed.html !== null && hasQuoteMarkup(parsed.html);
  const short = textPart.length < STUB_CHARS;
  if (parsed.html && (textPart === '' || quoteMarkup || short)) {
    const fromHtml = htmlWithoutQuotes(parsed.html);
    const htmlText = fromHtml.text.trim();
    if (htmlText && (textPart === '' || quoteMarkup || htmlText.length > 2 * textPart.length)) {
      const t = stripText(fromHtml.text);
      const methods = [...fromHtml.markers.map((m) => `html:${m}`), ...(quoteMarkup || textPart === '' ? [] : ['html:text-part-is-a-stub']), ...t.methods];
      if (t.text) return result(t.text, methods);
    }
  }
  const t = stripText(parsed.text);
  return result(t.text, t.methods);
}

/** A text part shorter than this may be a stub of its HTML part. */
const STUB_CHARS = 300;

function result(newText: string, methods: string[]): StrippedText {
  const useful = methods.filter((m) => m !== 'html:conversion-failed' && m !== 'html:text-part-is-a-stub');
  return { newText, quoted: useful.length > 0, method: methods.length ? methods.join('+') : 'none' };
}
