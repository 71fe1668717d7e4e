/**
 * The draft writer appends on a connection of its own: the mail source's
 * connection stays selected on the inbox in IDLE and never touches Drafts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ImapFlow } from 'imapflow';
import pino from 'pino';
import { buildApp, type App } from '../../../src/app/build-app.js';
import { systemClock } from '../../../src/clock/clock.js';
import { resolveConfig } from '../../../src/config/load.js';
import type { DraftFolderOps, DraftFolders } from '../../../src/mail/drafts/draft-folders.js';
import { ImapDraftFolders } from '../../../src/mail/drafts/imap-draft-folders.js';
import { ImapSource } from '../../../src/mail/sources/imap-source.js';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { configFor, englishCase, rmDir, submittedCase, supportThread, tempDir, waitFor } from '../imap/helpers.js';
import { folderMessages } from './helpers.js';

describe('the draft writer against a real Dovecot', () => {
  let d: DovecotHarness;
  let app: App | null = null;
  const dirs: string[] = [];

  before(async () => {
    d = await startDovecot({ users: [{ user: 'writer1', pass: 'writer-pw-1' }] });
  });
  after(async () => {
    await app?.source.stop().catch(() => undefined);
    await app?.draftWriter.stop();
    app?.ctx.close();
    await d?.stop();
    dirs.forEach(rmDir);
  });

  it('should append a draft on its own connection while the sync connection stays in IDLE on the inbox', async () => {
    const user = d.users[0]!;
    const dir = tempDir('writer');
    dirs.push(dir);
    const config = resolveConfig(configFor(d, user, dir), dir, 'writer test config');
    const logger = pino({ level: 'silent' });
    let source!: ImapSource;
    /** The source's connection (private): what it has selected, whether it idles, which folders it locks and opens. */
    const syncClient = () => (source as unknown as { conn: { client: ImapFlow } | null }).conn?.client ?? null;
    const real = new ImapDraftFolders({ imap: () => config.mail.imap!, connectionTimeoutMs: 3000, logger });
    const atAppend: { selected: string | undefined; idling: boolean; after: boolean }[] = [];
    const watched = (f: DraftFolderOps): DraftFolderOps => ({
      listDraftMessageIds: () => f.listDraftMessageIds(),
      deleteDraft: (id) => f.deleteDraft(id),
      appendSent: (raw) => f.appendSent(raw),
      removeStaleDraft: (id, raw) => f.removeStaleDraft(id, raw),
      appendDraft: async (raw) => {
        // Appended only once the source idles again: the append must not need its connection.
        await waitFor(() => syncClient()?.idling, 'the sync connection in IDLE', 5000);
        const c = syncClient()!;
        const before = { selected: c.mailbox ? c.mailbox.path : undefined, idling: c.idling };
        const r = await f.appendDraft(raw);
        atAppend.push({ ...before, after: c.idling });
        return r;
      },
    });
    const folders: DraftFolders = {
      ...watched(real),
      session: (fn) => real.session((f) => fn(watched(f))),
    };
    app = buildApp(config, {
      clock: systemClock,
      logger,
      draftFolders: folders,
      sourceFactory: (deps) =>
        (source = new ImapSource(
          { imap: config.mail.imap!, maxMessageBytes: config.mail.maxMessageBytes, reconcileSeconds: 300, watchdogSeconds: 60, autoIdleDelayMs: 100, backoff: { baseMs: 100, capMs: 500 }, connectionTimeoutMs: 3000 },
          deps,
        )),
    });
    const caseFile = englishCase();
    const id = submittedCase(app, caseFile);
    const thread = await supportThread(caseFile);
    await app.afterChange();
    await app.source.start();
    const c = syncClient();
    assert.ok(c, 'connected');
    const locked: string[] = [];
    const opened: string[] = [];
    const lock = c.getMailboxLock.bind(c);
    c.getMailboxLock = (path, opts) => (locked.push(String(path)), lock(path, opts));
    c.on('mailboxOpen', (mb: { path: string }) => opened.push(mb.path));

    await d.append(user.user, 'INBOX', thread[0]!.raw);
    await waitFor(() => app!.ctx.cases.view(id).state === 'awaitingSupport', 'the receipt applied');
    await d.append(user.user, 'INBOX', thread[2]!.raw);
    await waitFor(() => app!.draftStore.forCase(id).find((x) => x.kind === 'info' && x.status === 'drafted'), 'the info draft in Drafts');

    assert.equal((await folderMessages(d, user.user, '\\Drafts')).length, 1);
    assert.deepEqual(atAppend, [{ selected: 'INBOX', idling: true, after: true }], 'the sync connection idled on the inbox through the append');
    assert.equal(syncClient(), c, 'the same sync connection throughout');
    assert.deepEqual(locked.filter((p) => p !== 'INBOX'), [], 'no lock on another folder on the sync connection');
    assert.deepEqual(opened.filter((p) => p !== 'INBOX'), [], 'the sync connection never selected Drafts');
  });
});
