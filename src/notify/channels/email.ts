import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { ImapConfig, SmtpConfig } from '../../config/schema.js';
import { sendRaw, type SmtpOAuth } from '../../mail/drafts/send.js';
import type { Channel, DeliveryOutcome, Notification } from '../notification.js';
import { markNotification, MARKER_HEADER } from '../marker.js';

/** A source of current OAuth2 access tokens (an OAuthSession); `force` gets a fresh one. */
export interface AccessTokens {
  accessToken(opts: { force?: boolean }): Promise<string>;
}

/**
 * Where a notification e-mail goes: sent by SMTP, or put straight into the watched inbox.
 * `oauth`: the mailbox's OAuth2 sign-in (mail.imap.auth / mail.smtp.auth); without it, the password.
 */
export type EmailRoute =
  | { via: 'smtp'; smtp: SmtpConfig; oauth?: SmtpOAuth }
  | { via: 'imap'; imap: ImapConfig; oauth?: AccessTokens }
  | { via: 'maildir'; maildir: string };

/** The notification as an RFC 5322 message, marked as ours (see marker.ts). */
export async function notificationMail(n: Notification, opts: { from: string; to: string; key: Buffer; now: Date }): Promise<{ raw: Buffer; messageId: string }> {
  const { messageId, marker } = markNotification(opts.key);
  const raw = await new MailComposer({
    from: opts.from,
    to: opts.to,
    subject: `[certmerge] ${n.title}`,
    text: n.text,
    date: opts.now,
    messageId,
    headers: { [MARKER_HEADER]: marker, 'Auto-Submitted': 'auto-generated', 'X-Certmerge-Id': n.id },
  })
    .compile()
    .build();
  return { raw, messageId };
}

/**
 * Appends to the IMAP inbox as unread and flagged: one short connection per notification. With OAuth2,
 * a token the server refuses is refreshed and the login tried once more (as the mail source does).
 */
async function appendImap(imap: ImapConfig, raw: Buffer, oauth?: AccessTokens): Promise<void> {
  const { ImapFlow } = await import('imapflow');
  const once = async (force: boolean) => {
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: imap.secure,
      auth: oauth ? { user: imap.user, accessToken: await oauth.accessToken({ force }) } : { user: imap.user, pass: imap.pass ?? '' },
      tls: { rejectUnauthorized: !imap.allowSelfSigned },
      logger: false,
      connectionTimeout: 30_000,
      clientInfo: { name: 'certmerge-notify' },
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.append(imap.inbox, raw, ['\\Flagged']);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };
  try {
    await once(false);
  } catch (err) {
    if (!oauth || !(err as { authenticationFailed?: boolean }).authenticationFailed) throw err;
    await once(true);
  }
}

/** Delivers into the Maildir's new/ (unread), through tmp/ so the watcher never reads half a file. */
function appendMaildir(maildir: string, raw: Buffer): void {
  for (const sub of ['tmp', 'new', 'cur']) mkdirSync(join(maildir, sub), { recursive: true, mode: 0o700 });
  const name = `${Date.now()}.${randomBytes(6).toString('hex')}.certmerge-notify`;
  writeFileSync(join(maildir, 'tmp', name), raw, { mode: 0o600 });
  renameSync(join(maildir, 'tmp', name), join(maildir, 'new', name));
}

/** E-mail to the user. */
export function emailChannel(cfg: { to: string }, deps: { route: EmailRoute; from: string; key: Buffer; now: () => Date }): Channel {
  const route = deps.route;
  return {
    key: `email:${createHash('sha256').update(cfg.to.toLowerCase()).digest('hex').slice(0, 12)}`,
    label: `email ${cfg.to} (${route.via === 'smtp' ? `by SMTP ${route.smtp.host}` : route.via === 'imap' ? `into ${route.imap.inbox} on ${route.imap.host}` : 'into the Maildir'})`,
    deliver: async (n): Promise<DeliveryOutcome> => {
      try {
        const { raw } = await notificationMail(n, { from: deps.from, to: cfg.to, key: deps.key, now: deps.now() });
        if (route.via === 'smtp') {
          const r = await sendRaw(route.smtp, { from: addressOf(deps.from), to: [cfg.to] }, raw, undefined, route.oauth);
          return { ok: true, detail: r.response.slice(0, 120) };
        }
        if (route.via === 'imap') {
          await appendImap(route.imap, raw, route.oauth);
          return { ok: true, detail: `appended to ${route.imap.inbox}` };
        }
        appendMaildir(route.maildir, raw);
        return { ok: true, detail: 'delivered into the Maildir' };
      } catch (err) {
        return { ok: false, detail: (err as Error).message ?? String(err) };
      }
    },
  };
}

/** The bare address of `Name <a@b>` (the SMTP envelope wants only that). */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
