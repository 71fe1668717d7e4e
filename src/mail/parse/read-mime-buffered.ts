import { simpleParser } from 'mailparser';
import { MAILPARSER_OPTIONS } from './mailparser-options.js';
import type { MimeParts } from './mime-parts.js';

/** Parses a message under the size cap in one go; attachments are buffered but bounded by the cap. */
export async function readMimeBuffered(raw: Buffer): Promise<MimeParts> {
  // A Buffer, never a string: decoding to a string first would damage 8-bit charsets.
  const mail = await simpleParser(raw, MAILPARSER_OPTIONS);
  return {
    headers: mail.headers ?? new Map(),
    headerLines: mail.headerLines ?? [],
    text: mail.text ?? null,
    html: typeof mail.html === 'string' ? mail.html : null,
    textConversionError: mail.textConversionError ?? null,
    attachmentCount: mail.attachments.length,
  };
}
