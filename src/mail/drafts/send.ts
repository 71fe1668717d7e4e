import type { NodemailerError } from 'nodemailer/lib/errors';
import type { SmtpConfig } from '../../config/schema.js';
import { AppError } from '../../errors.js';
import { headerValue } from './envelope.js';

export interface SendTimeouts {
  /** Waiting for the TCP/TLS connection. */
  connectionMs: number;
  /** Waiting for the server's greeting once connected. */
  greetingMs: number;
  /** Inactivity on an open connection. */
  socketMs: number;
}

export const DEFAULT_SEND_TIMEOUTS: SendTimeouts = { connectionMs: 15_000, greetingMs: 15_000, socketMs: 60_000 };

export interface SendResult {
  /** The Message-ID of what was sent: the draft's own. */
  messageId: string;
  /** The server's final reply, e.g. `250 2.0.0 Ok: queued as …`. */
  response: string;
}

/**
 * Sends an approved draft exactly as it is: the raw bytes go over SMTP
 * untouched (nodemailer's `raw` option), so what the user read is what
 * support receives.
 */
export async function sendRaw(
  smtp: SmtpConfig,
  envelope: { from: string; to: string[] },
  raw: Buffer,
  timeouts: SendTimeouts = DEFAULT_SEND_TIMEOUTS,
): Promise<SendResult> {
  if (envelope.to.length === 0) throw new AppError('SEND_FAILED', 'not sent: the draft has no recipient');
  // Loaded on the first send: the SMTP transport is not needed to watch mail and draft replies.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    tls: { rejectUnauthorized: !smtp.allowSelfSigned },
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    dnsTimeout: timeouts.connectionMs,
    logger: false,
    debug: false,
  });
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw });
    return { messageId: headerValue(raw, 'message-id') ?? info.messageId, response: info.response };
  } catch (err) {
    const e = err as NodemailerError;
    throw new AppError('SEND_FAILED', describeSendError(smtp, e), {
      cause: { code: e.code, responseCode: e.responseCode, permanent: e.permanent },
    });
  } finally {
    transport.close();
  }
}

/** Everything a server reply could echo that would give the credentials away. */
function secretsOf(smtp: SmtpConfig): string[] {
  if (!smtp.pass) return [];
  const user = smtp.user ?? '';
  const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
  return [smtp.pass, b64(smtp.pass), b64(`\0${user}\0${smtp.pass}`), b64(`${user}\0${user}\0${smtp.pass}`)].filter((s) => s.length >= 3);
}

function redact(text: string, secrets: string[]): string {
  let out = text;
  // Longest first: the AUTH PLAIN token ends with the base64 of the password alone.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

/** One readable line: where, what went wrong, and the server's own words when it gave any. */
export function describeSendError(smtp: SmtpConfig, e: NodemailerError): string {
  const where = `${smtp.host}:${smtp.port}`;
  const reply = e.response ? ` (server said: ${e.response})` : '';
  let what: string;
  switch (e.code) {
    case 'EAUTH':
      what = `the server refused the login${reply}`;
      break;
    case 'ENOAUTH':
      what = 'the server needs a login but mail.smtp.user/pass are not set';
      break;
    case 'ETIMEDOUT':
      what = `the server did not answer in time (${(e.timeoutType ?? 'timeout').toLowerCase().replace(/_/g, ' ')})`;
      break;
    case 'EDNS':
      what = `the host name could not be resolved (${e.originalCode ?? e.message})`;
      break;
    case 'ETLS':
      what = `the TLS connection failed (${e.message})`;
      break;
    case 'ECONNECTION':
    case 'ESOCKET':
      what = `could not connect (${e.originalCode ?? e.message})`;
      break;
    case 'EENVELOPE':
      what = `the server refused the sender or a recipient${reply || ` (${e.message})`}`;
      break;
    case 'EMESSAGE':
      what = `the server rejected the message${reply || ` (${e.message})`}`;
      break;
    default:
      what = e.response ? `the server replied with an error${reply}` : e.message || 'unknown error';
  }
  const line = redact(`could not send the draft via ${where}: ${what}`, secretsOf(smtp)).replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}
