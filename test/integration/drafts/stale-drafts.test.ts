import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ImapDraftFolders } from '../../../src/mail/drafts/imap-draft-folders.js';
import { ensureMaildir, MaildirSource } from '../../../src/mail/sources/maildir-source.js';
import { STALE_DRAFT_KEYWORD } from '../../../src/mail/sources/mail-source.js';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { fakePipeline, mail } from '../../mail/sources/helpers.js';

const USERS = [{ user: 'stale1', pass: 'stale-pass-1' }];

/** A draft as certmerge writes it, and the same draft after the user changed a word in their mail client. */
function drafts(n: number): { ours: Buffer; edited: Buffer; id: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const m = mail({ from: 'taro@example.com', to: 'aws-cs-trainingcertification-form@amazon.com', id: `<stale-${i}@certmerge.local>`, body: `Dear support,\r\nhere is the information (draft ${i}).` });
    return { ours: m.raw, edited: Buffer.from(m.raw.toString('latin1').replace('Dear support', 'Dear AWS support'), 'latin1'), id: m.id };
  });
}

describe('superseded drafts in the Drafts folder (issue 13: 100 of 120 stayed, sendable)', () => {
  let d: DovecotHarness;
  before(async () => {
    d = await startDovecot({ users: USERS });
  });
  after(async () => {
    await d?.stop();
  });

  it('should remove the untouched ones from a real Dovecot Drafts mailbox and keep, with $CertmergeStale, the one the user edited', async () => {
    const u = USERS[0]!;
    const folders = new ImapDraftFolders({
      imap: () => ({ host: d.host, port: d.port, secure: false, user: u.user, pass: u.pass, inbox: 'INBOX', allowSelfSigned: false }),
      connectionTimeoutMs: 2000,
      logger: fakePipeline().deps.logger,
    });
    // One connection for all of it, like a drain of the draft writer.
    await folders.session(async (s) => {
      const all = drafts(120);
      for (const x of all) await s.appendDraft(x.ours);
      // The user opens draft 7 in their client and saves it: the client replaces the message (same Message-ID, new content).
      const c = d.client(u.user);
      await c.connect();
      try {
        const lock = await c.getMailboxLock('Drafts');
        try {
          const uids = (await c.search({ header: { 'message-id': all[7]!.id } }, { uid: true })) as number[];
          await c.messageDelete(uids, { uid: true });
          await c.append('Drafts', all[7]!.edited, ['\\Draft', '\\Seen']);
        } finally {
          lock.release();
        }
      } finally {
        await c.logout();
      }

      const states = [];
      for (const x of all) states.push(await s.removeStaleDraft(x.id, x.ours));
      assert.equal(states.filter((x) => x === 'removed').length, 119);
      assert.equal(states[7], 'edited');
      assert.equal(await s.removeStaleDraft('<never-appended@certmerge.local>', all[0]!.ours), 'absent');
      assert.equal(await s.removeStaleDraft(all[0]!.id, all[0]!.ours), 'absent', 'once removed it is gone');

      const left = await d.client(u.user);
      await left.connect();
      try {
        const lock = await left.getMailboxLock('Drafts');
        try {
          const msgs = await left.fetchAll('1:*', { uid: true, flags: true, envelope: true });
          assert.deepEqual(msgs.map((m) => m.envelope?.messageId), [all[7]!.id], 'only the edited draft is left');
          assert.ok(msgs[0]!.flags?.has(STALE_DRAFT_KEYWORD), `flags: ${[...(msgs[0]!.flags ?? [])].join(' ')}`);
          assert.ok(left.mailbox && left.mailbox.permanentFlags?.has('\\*'), 'Dovecot allows new keywords');
        } finally {
          lock.release();
        }
      } finally {
        await left.logout();
      }
    });
  });

  it('should do the same in a Maildir .Drafts folder (flagged on the dashboard only: Maildir has no portable keywords)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'certmerge-stale-'));
    try {
      ensureMaildir(root);
      const s = new MaildirSource({ root, maxMessageBytes: 25 * 1024 * 1024 }, fakePipeline().deps);
      const all = drafts(5);
      for (const x of all) await s.appendDraft(x.ours);
      const dir = join(root, '.Drafts', 'cur');
      const files = () => readdirSync(dir).map((f) => join(dir, f));
      const edited = files().find((f) => readFileSync(f).includes(all[2]!.id))!;
      writeFileSync(edited, all[2]!.edited);
      const states = [];
      for (const x of all) states.push(await s.removeStaleDraft(x.id, x.ours));
      assert.deepEqual(states, ['removed', 'removed', 'edited', 'removed', 'removed']);
      assert.deepEqual(files(), [edited]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
