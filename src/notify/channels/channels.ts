import type { ResolvedConfig } from '../../config/load.js';
import type { Channel } from '../notification.js';
import { emailChannel, type EmailRoute } from './email.js';
import { ntfyChannel } from './ntfy.js';
import { webhookChannel } from './webhook.js';

/** The configured channels, in config order. */
export function channelsFrom(config: ResolvedConfig, deps: { key: () => Buffer; now: () => Date }): Channel[] {
  const route: EmailRoute = config.mail.smtp
    ? { via: 'smtp', smtp: config.mail.smtp }
    : config.mail.source === 'imap' && config.mail.imap
      ? { via: 'imap', imap: config.mail.imap }
      : { via: 'maildir', maildir: config.mail.maildir };
  return config.notify.map((c) => {
    if (c.type === 'webhook') return webhookChannel(c, deps.now);
    if (c.type === 'ntfy') return ntfyChannel(c);
    return emailChannel(c, { route, from: config.mail.from, key: deps.key(), now: deps.now });
  });
}
