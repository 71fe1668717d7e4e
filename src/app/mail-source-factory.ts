import type { ResolvedConfig } from '../config/load.js';
import { ImapSource } from '../mail/sources/imap-source.js';
import type { MailSource, MailSourceDeps } from '../mail/sources/mail-source.js';
import { AppError } from '../errors.js';
import { MaildirSource } from '../mail/sources/maildir-source.js';
import { mailSignIns, type MailSignIns } from '../auth/sign-ins.js';
import type { DraftFolders } from '../mail/drafts/draft-folders.js';
import { ImapDraftFolders } from '../mail/drafts/imap-draft-folders.js';
import type { Logger } from '../log.js';

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

/**
 * The Drafts and Sent folders the draft writer and approve-and-send use: for IMAP, short connections of
 * their own with the source's settings and sign-in; for Maildir, the source's folders on disk.
 */
export function createDraftFolders(config: ResolvedConfig, source: MailSource, logger: Logger, signIns: MailSignIns = mailSignIns(config)): DraftFolders {
  if (config.mail.source === 'imap') {
    const imap = config.mail.imap;
    if (!imap) throw new AppError('BAD_CONFIG', 'mail.imap: required when mail.source is imap');
    // The source's settings as they are now: a config fixed while the daemon runs (retryNow) applies here too.
    return new ImapDraftFolders({ imap: () => (source instanceof ImapSource ? source.imapConfig : imap), oauth: signIns.imap ?? undefined, logger });
  }
  if (source instanceof MaildirSource) return source;
  throw new AppError('INTERNAL', 'no Drafts folder for this mail source: pass draftFolders');
}
