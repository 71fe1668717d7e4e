import type { ResolvedConfig } from '../config/load.js';
import { ImapSource } from '../mail/sources/imap-source.js';
import type { MailSource, MailSourceDeps } from '../mail/sources/mail-source.js';
import { AppError } from '../errors.js';
import { MaildirSource } from '../mail/sources/maildir-source.js';
import { mailSignIns, type MailSignIns } from '../auth/sign-ins.js';

/** The configured mail source: IMAP, or the local Maildir (the embedded default). */
export function createMailSource(config: ResolvedConfig, deps: MailSourceDeps, signIns: MailSignIns = mailSignIns(config)): MailSource {
  if (config.mail.source === 'imap') {
    if (!config.mail.imap) throw new AppError('BAD_CONFIG', 'mail.imap: required when mail.source is imap');
    // IDLE watches the inbox only; the watchdog's STATUS of Sent is what notices the user's own replies, so it runs often.
    return new ImapSource(
      { imap: config.mail.imap, maxMessageBytes: config.mail.maxMessageBytes, reconcileSeconds: config.mail.reconcileSeconds, watchdogSeconds: 15, oauth: signIns.imap ?? undefined },
      deps,
    );
  }
  return new MaildirSource({ root: config.mail.maildir, maxMessageBytes: config.mail.maxMessageBytes }, deps);
}
