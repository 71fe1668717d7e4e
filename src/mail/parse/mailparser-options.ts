import type { SimpleParserOptions } from 'mailparser';
import { LIMITS } from './limits.js';

/**
 * Options shared by both parsing paths. We never render this HTML, so there is
 * no reason to inline `cid:` images (which would copy every image into the
 * HTML string) or to build `textAsHtml`; checksums of attachments are unused.
 * HTML-only mail is converted to text by html-text.ts, with a converter built
 * once rather than per message.
 */
export const MAILPARSER_OPTIONS: SimpleParserOptions = {
  keepCidLinks: true,
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipHtmlToText: true,
  maxHtmlLengthToParse: LIMITS.htmlToParseChars,
  checksumAlgo: false,
};
