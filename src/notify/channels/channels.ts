import type { ResolvedConfig } from '../../config/load.js';
import type { MailSignIns } from '../../auth/sign-ins.js';
import type { Channel } from '../notification.js';
import { emailChannel, type EmailRoute } from './email.js';
import { ntfyChannel } from './ntfy.js';
import { webhookChannel } from './webhook.js';

/**
 * The configured channels, in config order. `signIns`: the mailbox's OAuth2 sign-ins (the daemon passes the
 * ones its mail source uses, so one session refreshes and rotates the tokens); without them, passwords.
 */
export function channelsFrom(config: ResolvedConfig, deps: { key: () => Buffer; now: () => Date; signIns?: MailSignIns }): Channel[] {
  const s = deps.signIns;
  const smtpOAuth = s?.smtp && s.smtpUser ? { user: s.smtpUser, accessToken: (o: { force?: boolean }) => s.smtp!.accessToken(o) } : undefined;
  const imapOAuth = s?.imap ? { accessToken: (o: { force?: boolean }) => s.imap!.accessToken(o) } : undefined;
  const route: EmailRoute = config.mail.smtp
    ? { via: 'smtp', smtp: config.mail.smtp, ...(smtpOAuth ? { oauth: smtpOAuth } : {}) }
    : config.mail.source === 'imap' && config.mail.imap
      ? { via: 'imap', imap: config.mail.imap, ...(imapOAuth ? { oauth: imapOAuth } : {}) }
      : { via: 'maildir', maildir: config.mail.maildir };
  return config.notify.map((c) => {
    if (c.type === 'webhook') return webhookChannel(c, deps.now);
    if (c.type === 'ntfy') return ntfyChannel(c);
    return emailChannel(c, { route, from: config.mail.from, key: deps.key(), now: deps.now });
  });
}
