import addressparser from 'nodemailer/lib/addressparser';
import { AppError } from '../../errors.js';
import { firstField, toHeaderFields, type HeaderField } from '../parse/header-fields.js';
import { rawHeaderLines } from '../parse/raw-header.js';

/** The header fields of a raw message (the shared parser's), values read as UTF-8 as our drafts write them. */
function headerFields(raw: Buffer): HeaderField[] {
  return toHeaderFields(rawHeaderLines(raw)).map((f) => ({ ...f, value: Buffer.from(f.value, 'latin1').toString('utf8') }));
}

/** The first value of a header, or null. */
export function headerValue(raw: Buffer, name: string): string | null {
  return firstField(headerFields(raw), name.toLowerCase());
}

function addresses(value: string): string[] {
  return addressparser(value, { flatten: true })
    .map((a) => a.address.trim())
    .filter((a) => a.includes('@'));
}

/** SMTP envelope from a message's own headers: From (or Sender) and every To/Cc/Bcc recipient. */
export function extractEnvelope(raw: Buffer): { from: string; to: string[] } {
  const fields = headerFields(raw);
  const pick = (name: string): string[] => fields.filter((f) => f.name === name).flatMap((f) => addresses(f.value));
  const from = pick('from')[0] ?? pick('sender')[0];
  const to = [...new Set([...pick('to'), ...pick('cc'), ...pick('bcc')])];
  if (!from) throw new AppError('BAD_INPUT', 'the draft has no From address to send from');
  if (to.length === 0) throw new AppError('BAD_INPUT', 'the draft has no recipient (To, Cc or Bcc)');
  return { from, to };
}
