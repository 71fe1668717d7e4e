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

/** OAuth2 for SMTP (XOAUTH2): the user and a source of current access tokens (see OAuthSession). */
export interface SmtpOAuth {
  user: string;
  accessToken(opts: { force?: boolean }): Promise<string>;
}

/**
 * Sends an approved draft exactly as it is: the raw bytes go over SMTP
 * untouched (nodemailer's `raw` option), so what the user read is what
 * support receives. With `oauth`, a token the server refuses is refreshed
 * and the send tried once more.
 */
export async function sendRaw(
  smtp: SmtpConfig,
  envelope: { from: string; to: string[] },
  raw: Buffer,
  timeouts: SendTimeouts = DEFAULT_SEND_TIMEOUTS,
  oauth?: SmtpOAuth,
): Promise<SendResult> {
  if (envelope.to.length === 0) throw new AppError('SEND_FAILED', 'not sent: the draft has no recipient');
  if (!oauth) return sendOnce(smtp, envelope, raw, timeouts, smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined);
  const token = async (force: boolean) => {
    try {
      return await oauth.accessToken({ force });
    } catch (err) {
      throw new AppError('SEND_FAILED', `not sent: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  };
  try {
    return await sendOnce(smtp, envelope, raw, timeouts, { type: 'OAuth2', user: oauth.user, accessToken: await token(false) });
  } catch (err) {
    if (!(err instanceof AppError) || (err.cause as { code?: unknown } | undefined)?.code !== 'EAUTH') throw err;
    // Refused before its expiry (revoked, or clocks apart): one fresh token, one more try.
    return sendOnce(smtp, envelope, raw, timeouts, { type: 'OAuth2', user: oauth.user, accessToken: await token(true) });
  }
}

type SmtpAuth = { user: string; pass: string } | { type: 'OAuth2'; user: string; accessToken: string };

async function sendOnce(smtp: SmtpConfig, envelope: { from: string; to: string[] }, raw: Buffer, timeouts: SendTimeouts, auth: SmtpAuth | undefined): Promise<SendResult> {
  // Loaded on the first send: the SMTP transport is not needed to watch mail and draft replies.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth,
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
    throw new AppError('SEND_FAILED', describeSendError(smtp, e, auth && 'accessToken' in auth ? [auth.accessToken] : []), {
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
export function describeSendError(smtp: SmtpConfig, e: NodemailerError, extraSecrets: string[] = []): string {
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
  const line = redact(`could not send the draft via ${where}: ${what}`, [...secretsOf(smtp), ...extraSecrets]).replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}
