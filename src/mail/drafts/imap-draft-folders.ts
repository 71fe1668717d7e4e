/**
 * The IMAP Drafts and Sent folders, reached on a short-lived connection of
 * their own: connect, do the work, log out. The mail source's connection stays
 * on the inbox in IDLE and is never borrowed for writing.
 */
import { ImapFlow, type ImapFlowError, type ImapFlowOptions } from 'imapflow';
import type { ImapConfig } from '../../config/schema.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { normalizeMessageId } from '../message-id.js';
import { resolveFolders } from '../sources/imap-folders.js';
import { errorText, sameDraft, STALE_DRAFT_KEYWORD } from '../sources/mail-source.js';
import type { DraftFolderOps, DraftFolders, StaleDraftOutcome } from './draft-folders.js';

export interface ImapDraftFoldersOptions {
  /** Read at each connection: a config fixed while the daemon runs applies to the next one. */
  imap: () => ImapConfig;
  /** The same OAuth2 sign-in as the mail source's (imapflow never refreshes a token: one is asked for per connection). */
  oauth?: { accessToken(opts: { force?: boolean }): Promise<string> };
  connectionTimeoutMs?: number;
  logger: Logger;
}

export class ImapDraftFolders implements DraftFolders {
  constructor(private readonly opts: ImapDraftFoldersOptions) {}

  async session<T>(fn: (folders: DraftFolderOps) => Promise<T>): Promise<T> {
    const imap = this.opts.imap();
    const client = await this.connect(imap);
    try {
      const folders = await resolveFolders(client, imap);
      return await fn(new ImapFolderOps(client, folders.drafts, folders.sent));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('MAIL_SOURCE', this.safe(imap, `IMAP Drafts/Sent operation failed: ${errorText(err)}`), { cause: err });
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  appendDraft(raw: Buffer) {
    return this.session((f) => f.appendDraft(raw));
  }
  deleteDraft(messageId: string) {
    return this.session((f) => f.deleteDraft(messageId));
  }
  listDraftMessageIds() {
    return this.session((f) => f.listDraftMessageIds());
  }
  appendSent(raw: Buffer) {
    return this.session((f) => f.appendSent(raw));
  }
  removeStaleDraft(messageId: string, raw: Buffer) {
    return this.session((f) => f.removeStaleDraft(messageId, raw));
  }

  /** Signs in like the source does; an access token the server refuses is refreshed once and tried again. */
  private async connect(imap: ImapConfig, force = false): Promise<ImapFlow> {
    let auth: ImapFlowOptions['auth'] = { user: imap.user, pass: imap.pass ?? '' };
    if (this.opts.oauth) {
      try {
        auth = { user: imap.user, accessToken: await this.opts.oauth.accessToken({ force }) };
      } catch (err) {
        throw new AppError('MAIL_SOURCE', `IMAP is not connected: no access token for ${imap.user}: ${errorText(err)}`, { cause: err });
      }
    }
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: imap.secure,
      auth,
      tls: { rejectUnauthorized: !imap.allowSelfSigned },
      logger: false,
      // A short session: never IDLE.
      disableAutoIdle: true,
      connectionTimeout: this.opts.connectionTimeoutMs ?? 30_000,
      clientInfo: { name: 'certmerge' },
    });
    // Without an `error` listener an emitted error would crash the process.
    client.on('error', (err: Error) => this.opts.logger.debug({ err: this.safe(imap, errorText(err)) }, 'IMAP Drafts connection error'));
    try {
      await client.connect();
      return client;
    } catch (err) {
      client.close();
      const e = err as ImapFlowError;
      if (e?.authenticationFailed && this.opts.oauth && !force) return this.connect(imap, true);
      const why = e?.authenticationFailed ? `login failed for ${imap.user}@${imap.host}: authentication rejected` : `connection to ${imap.host}:${imap.port} failed${e?.code ? ` (${e.code})` : ''}: ${errorText(err)}`;
      throw new AppError('MAIL_SOURCE', this.safe(imap, `IMAP is not connected: ${why}`), { cause: err });
    }
  }

  /** Never let the password reach a log line or an error, whatever a library put in a message. */
  private safe(imap: ImapConfig, text: string): string {
    return imap.pass ? text.split(imap.pass).join('***') : text;
  }
}

/** The operations on one connected client; each selects its folder first (imapflow filters APPEND flags by it). */
class ImapFolderOps implements DraftFolderOps {
  constructor(
    private readonly client: ImapFlow,
    private drafts: string | null,
    private sent: string | null,
  ) {}

  async appendDraft(raw: Buffer): Promise<{ mailbox: string; uid?: number }> {
    return this.inFolder('drafts', async (path) => {
      const r = await this.client.append(path, raw, ['\\Draft', '\\Seen']);
      return r && r.uid !== undefined ? { mailbox: path, uid: r.uid } : { mailbox: path };
    });
  }

  async deleteDraft(messageId: string): Promise<boolean> {
    const wanted = normalizeMessageId(messageId);
    if (!wanted) return false;
    return this.inFolder('drafts', async () => {
      const uids = (await this.withMessageId(wanted, false)).map((m) => m.uid);
      if (uids.length === 0) return false;
      await this.client.messageDelete(uids, { uid: true });
      return true;
    });
  }

  async removeStaleDraft(messageId: string, raw: Buffer): Promise<StaleDraftOutcome> {
    const wanted = normalizeMessageId(messageId);
    if (!wanted) return 'absent';
    return this.inFolder('drafts', async () => {
      // Drafts are small: their source is fetched to compare it with what we appended.
      const found = await this.withMessageId(wanted, true);
      if (found.length === 0) return 'absent';
      const untouched = found.filter((m) => m.source && sameDraft(m.source, raw)).map((m) => m.uid);
      const edited = found.filter((m) => !untouched.includes(m.uid)).map((m) => m.uid);
      if (untouched.length > 0) await this.client.messageDelete(untouched, { uid: true });
      if (edited.length === 0) return 'removed';
      // Keywords only where PERMANENTFLAGS allows new ones (\*) or lists ours; otherwise the dashboard alone says it.
      const flags = this.client.mailbox ? this.client.mailbox.permanentFlags ?? new Set<string>() : new Set<string>();
      if (flags.has('\\*') || flags.has(STALE_DRAFT_KEYWORD)) await this.client.messageFlagsAdd(edited, [STALE_DRAFT_KEYWORD], { uid: true });
      return 'edited';
    });
  }

  async listDraftMessageIds(): Promise<Set<string>> {
    return this.inFolder('drafts', async () => {
      const ids = new Set<string>();
      if (!this.client.mailbox || this.client.mailbox.exists === 0) return ids;
      for (const m of await this.client.fetchAll('1:*', { uid: true, envelope: true })) {
        const id = m.envelope?.messageId ? normalizeMessageId(m.envelope.messageId) : null;
        if (id) ids.add(id);
      }
      return ids;
    });
  }

  async appendSent(raw: Buffer): Promise<void> {
    await this.inFolder('sent', async (path) => {
      await this.client.append(path, raw, ['\\Seen']);
    });
  }

  /** Messages of the selected folder with exactly this Message-ID (header SEARCH is a substring match, RFC 3501 6.4.4). */
  private async withMessageId(wanted: string, source: boolean): Promise<{ uid: number; source?: Buffer }[]> {
    if (!this.client.mailbox || this.client.mailbox.exists === 0) return [];
    const hits = ((await this.client.search({ header: { 'message-id': wanted } }, { uid: true })) || []) as number[];
    if (hits.length === 0) return [];
    const msgs = await this.client.fetchAll(hits, { uid: true, envelope: true, source }, { uid: true });
    return msgs.filter((m) => m.envelope?.messageId && normalizeMessageId(m.envelope.messageId) === wanted);
  }

  private async inFolder<T>(role: 'drafts' | 'sent', fn: (path: string) => Promise<T>): Promise<T> {
    let path = this[role];
    if (!path) {
      // No special-use flag and no configured name: create the conventional one.
      path = role === 'drafts' ? 'Drafts' : 'Sent';
      await this.client.mailboxCreate(path).catch(() => undefined);
      this[role] = path;
    }
    const lock = await this.client.getMailboxLock(path, { description: `certmerge ${role}` });
    try {
      return await fn(path);
    } finally {
      lock.release();
    }
  }
}
