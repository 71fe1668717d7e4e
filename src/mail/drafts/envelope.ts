import addressparser from 'nodemailer/lib/addressparser';
import { AppError } from '../../errors.js';

/** The header section of a raw message, unfolded, as `name: value` pairs (names lower-cased). */
export function readHeaders(raw: Buffer): Array<[string, string]> {
  const text = raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const head = end === -1 ? text : text.slice(0, end);
  const out: Array<[string, string]> = [];
  for (const line of head.replace(/\r?\n[ \t]/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) out.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return out;
}

/** The first value of a header, or null. */
export function headerValue(raw: Buffer, name: string): string | null {
  const wanted = name.toLowerCase();
  return readHeaders(raw).find(([n]) => n === wanted)?.[1] ?? null;
}

function addresses(value: string): string[] {
  return addressparser(value, { flatten: true })
    .map((a) => a.address.trim())
    .filter((a) => a.includes('@'));
}

/** SMTP envelope from a message's own headers: From (or Sender) and every To/Cc/Bcc recipient. */
export function extractEnvelope(raw: Buffer): { from: string; to: string[] } {
  const headers = readHeaders(raw);
  const pick = (name: string): string[] => headers.filter(([n]) => n === name).flatMap(([, v]) => addresses(v));
  const from = pick('from')[0] ?? pick('sender')[0];
  const to = [...new Set([...pick('to'), ...pick('cc'), ...pick('bcc')])];
  if (!from) throw new AppError('BAD_INPUT', 'the draft has no From address to send from');
  if (to.length === 0) throw new AppError('BAD_INPUT', 'the draft has no recipient (To, Cc or Bcc)');
  return { from, to };
}
