import { compile, type SelectorDefinition } from 'html-to-text';

/** Elements mail clients wrap quoted history in (Gmail, Apple Mail, Thunderbird, Yahoo). */
const QUOTE_SELECTORS = ['blockquote', '.gmail_quote', '.gmail_attr', '.yahoo_quoted', '[type=cite]', '.moz-cite-prefix'];

/**
 * Outlook does not wrap the history: it puts a marker element before it and the
 * history follows as siblings, so everything from the marker on is quote.
 */
const CUT_FROM_MARKER = /<[a-z][^>]*\bid\s*=\s*["']?(divRplyFwdMsg|appendonsend|mail-editor-reference-message-container)\b/i;

const SELECTORS: SelectorDefinition[] = [
  ...QUOTE_SELECTORS.map((selector) => ({ selector, format: 'skip' })),
  { selector: 'a', options: { ignoreHref: true } },
  { selector: 'img', format: 'skip' },
  // Outlook draws an <hr> right above its reply header; as dashes it would be left dangling.
  { selector: 'hr', format: 'skip' },
  { selector: 'style', format: 'skip' },
  { selector: 'script', format: 'skip' },
  // A notification's facts sit in table cells ("Case ID | 178…", "Result | Merged into AWS…"): laid out a row
  // a line, cells apart, never run together ("case id178…resultmerged"); a layout table's paragraph is not
  // wrapped (a clause broken over lines would be two clauses to the frames).
  { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: 100_000 } },
];

/** Compiled once: `convert` would rebuild the selector decision tree for every message. */
const toText = compile({ wordwrap: false, selectors: SELECTORS });

/** Any sign of quoted history the HTML layer would act on (cheap: no parsing). */
const ANY_QUOTE_MARKUP = /<blockquote\b|\b(?:gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|appendonsend|mail-editor-reference-message-container)\b|\btype\s*=\s*["']?cite\b/i;

/** True when the HTML holds quote markup; without it the HTML layer removes nothing. */
export function hasQuoteMarkup(html: string): boolean {
  return ANY_QUOTE_MARKUP.test(html);
}

/** HTML to text without quoted history; `markers` names what was removed. */
export function htmlWithoutQuotes(html: string): { text: string; markers: string[] } {
  const markers: string[] = [];
  let body = html;
  const cut = CUT_FROM_MARKER.exec(body);
  if (cut) {
    markers.push(cut[1] ?? 'outlook');
    body = body.slice(0, cut.index);
  }
  if (/<blockquote\b/i.test(body)) markers.push('blockquote');
  if (/class\s*=\s*["'][^"']*\bgmail_quote\b/i.test(body)) markers.push('gmail_quote');
  if (/class\s*=\s*["'][^"']*\byahoo_quoted\b/i.test(body)) markers.push('yahoo_quoted');
  if (/\btype\s*=\s*["']?cite\b/i.test(body)) markers.push('type=cite');
  let text: string;
  try {
    text = toText(body);
  } catch {
    // html-to-text fails only on pathological nesting; the text layer still has the plain part.
    return { text: '', markers: [...markers, 'conversion-failed'] };
  }
  return { text, markers: [...new Set(markers)] };
}
