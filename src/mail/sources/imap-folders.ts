/** Which IMAP mailboxes play which role: named in the config, else found by special-use (RFC 6154). */
import type { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../config/schema.js';

export interface ImapFolders {
  inbox: string;
  sent: string | null;
  drafts: string | null;
}

export async function resolveFolders(client: ImapFlow, cfg: Pick<ImapConfig, 'inbox' | 'sent' | 'drafts'>): Promise<ImapFolders> {
  const hints: { sent?: string; drafts?: string } = {};
  if (cfg.sent) hints.sent = cfg.sent;
  if (cfg.drafts) hints.drafts = cfg.drafts;
  // imapflow also recognizes localized names ("Gesendet", "送信済み") when the server sets no flag.
  const list = await client.list({ specialUseHints: hints });
  const byUse = (flag: string): string | null => list.find((m) => m.specialUse === flag)?.path ?? null;
  return {
    inbox: cfg.inbox,
    sent: cfg.sent ?? byUse('\\Sent'),
    drafts: cfg.drafts ?? byUse('\\Drafts'),
  };
}
