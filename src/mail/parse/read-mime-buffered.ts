import { simpleParser } from 'mailparser';
import { MAILPARSER_OPTIONS } from './mailparser-options.js';
import type { MimeParts } from './mime-parts.js';
import { textOfParts } from './html-text.js';

/** Parses a message under the size cap in one go; attachments are buffered but bounded by the cap. */
export async function readMimeBuffered(raw: Buffer): Promise<MimeParts> {
  // A Buffer, never a string: decoding to a string first would damage 8-bit charsets.
  const mail = await simpleParser(raw, MAILPARSER_OPTIONS);
  const html = typeof mail.html === 'string' ? mail.html : null;
  const converted = textOfParts(mail.text ?? null, html);
  return {
    headers: mail.headers ?? new Map(),
    headerLines: mail.headerLines ?? [],
    text: converted.text,
    html,
    textConversionError: mail.textConversionError ?? converted.error,
    attachmentCount: mail.attachments.length,
  };
}
