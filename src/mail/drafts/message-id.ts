import { randomBytes } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import { AppError, type ErrorCode } from '../../errors.js';

/** The bare address and its domain from a `Name <addr>` string such as the config's `mail.from`. */
export function parseAddress(value: string, where: string, code: ErrorCode = 'BAD_CONFIG'): { address: string; name: string; domain: string } {
  const first = addressparser(value, { flatten: true })[0];
  const address = first?.address.trim() ?? '';
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) {
    throw new AppError(code, `${where}: ${JSON.stringify(value)} holds no email address`);
  }
  return { address, name: first?.name ?? '', domain: address.slice(at + 1).toLowerCase() };
}

/** A Message-ID on the user's own domain, so the draft looks like the user's mail client made it. */
export function defaultMessageId(domain: string, now: Date): string {
  return `<certmerge.${now.getTime().toString(36)}.${randomBytes(9).toString('hex')}@${domain}>`;
}
