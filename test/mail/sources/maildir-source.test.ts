import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MaildirSource, type MaildirSourceOptions } from '../../../src/mail/sources/maildir-source.js';
import { UIDLIST_FILE } from '../../../src/mail/sources/maildir-uidlist.js';
import { fakePipeline, mail, type FakePipeline } from './helpers.js';

const roots: string[] = [];
const sources: MaildirSource[] = [];
after(async () => {
  await Promise.all(sources.map((s) => s.stop()));
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tempRoot(): string {
  const r = mkdtempSync(path.join(os.tmpdir(), 'certmerge-maildir-'));
  roots.push(r);
  return path.join(r, 'mail');
}

function source(root: string, p: FakePipeline, o: Partial<MaildirSourceOptions> = {}): MaildirSource {
  const s = new MaildirSource({ root, maxMessageBytes: 25 * 1024 * 1024, rescanSeconds: 30, retryAfterFailureMs: 50, ...o }, p.deps);
  sources.push(s);
  return s;
}

let n = 0;
/** Delivers like an MDA: write into tmp/, rename into new/. */
function deliver(dir: string, raw: Buffer, when = new Date()): string {
  const name = `${Math.floor(when.getTime() / 1000)}.M${++n}P${process.pid}.testhost`;
  writeFileSync(path.join(dir, 'tmp', name), raw);
  utimesSync(path.join(dir, 'tmp', name), when, when);
  renameSync(path.join(dir, 'tmp', name), path.join(dir, 'new', name));
  return path.join(dir, 'new', name);
}

describe('MaildirSource', () => {
  it('should create the Maildir++ structure when missing', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p);
    await s.start();
    for (const d of ['', '.Sent', '.Drafts']) for (const sub of ['cur', 'new', 'tmp']) assert.ok(existsSync(path.join(root, d, sub)), `${d}/${sub}`);
    assert.ok(existsSync(path.join(root, '.Sent', 'maildirfolder')));
    assert.deepEqual(s.status(), { kind: 'maildir', connected: true, lastSyncAt: s.status().lastSyncAt, downSince: null, lastError: null, progress: null });
    assert.ok(s.status().lastSyncAt);
    await s.stop();
  });

  it('should deliver a file dropped into new/ live, in UID order, and the Sent folder with role sent', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p);
    await s.start();
    const a = mail();
    const b = mail();
    const t0 = Date.now();
    deliver(root, a.raw);
    deliver(root, b.raw);
    await p.waitFor(() => p.received.length === 2, 'two inbox messages', 3000);
    assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
    assert.deepEqual(p.messageIds(), [a.id, b.id]);
    const [ra, rb] = p.received;
    assert.ok(ra && rb);
    assert.equal(ra.role, 'inbox');
    assert.equal(ra.mailbox, '');
    assert.ok(rb.uid > ra.uid);
    assert.equal(ra.raw.toString(), a.raw.toString());
    assert.equal(ra.size, a.raw.length);
    assert.equal(ra.truncated, false);

    const sent = mail({ from: 'taro@example.com', to: 'aws-cs-trainingcertification-form@amazon.com' });
    deliver(path.join(root, '.Sent'), sent.raw);
    await p.waitFor(() => p.received.length === 3, 'the sent message');
    assert.equal(p.received[2]?.role, 'sent');
    assert.equal(p.received[2]?.mailbox, '.Sent');
    await s.stop();
  });

  it('should not redeliver a message moved from new/ to cur/ by a mail client', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p);
    await s.start();
    const file = deliver(root, mail().raw);
    await p.waitFor(() => p.received.length === 1, 'the message');
    renameSync(file, path.join(root, 'cur', `${path.basename(file)}:2,S`));
    const next = mail();
    deliver(root, next.raw);
    await p.waitFor(() => p.received.length === 2, 'the next message');
    // Scans run one after another: once a later message is in, every scan that saw the moved file is done.
    const last = mail();
    deliver(root, last.raw);
    await p.waitFor(() => p.messageIds().includes(last.id), 'a later message');
    assert.equal(p.received.length, 3);
    assert.equal(p.messageIds()[1], next.id);
    await s.stop();
  });

  it('should resume from the checkpoint after a restart without redelivering', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s1 = source(root, p);
    await s1.start();
    deliver(root, mail().raw);
    deliver(root, mail().raw);
    await p.waitFor(() => p.received.length === 2, 'two messages');
    await s1.stop();
    const later = mail();
    deliver(root, later.raw);

    const p2 = fakePipeline({ checkpoints: p.checkpoints });
    const s2 = source(root, p2);
    await s2.start();
    assert.deepEqual(p2.messageIds(), [later.id]);
    await s2.stop();
  });

  it('should narrow the first sync to candidates received since the hint date', async () => {
    const root = tempRoot();
    const p0 = fakePipeline();
    const s0 = source(root, p0, { watch: false });
    await s0.start(); // creates the folders
    await s0.stop();
    const now = Date.now();
    for (let i = 0; i < 120; i++) deliver(root, mail({ from: `news${i}@shop.example`, subject: `Deals ${i}` }).raw, new Date(now - 86400_000));
    const wanted = [
      mail({ from: 'aws-cs-trainingcertification-form@amazon.com' }),
      mail({ from: 'someone@example.org', subject: '=?UTF-8?B?44CQQ0FTRSAxMjPjgJE=?=' }), // 【CASE 123】, encoded
    ];
    deliver(root, mail({ from: 'aws-cs-trainingcertification-form@amazon.com' }).raw, new Date(now - 30 * 86400_000));
    for (const w of wanted) deliver(root, w.raw, new Date(now - 3600_000));
    deliver(path.join(root, '.Sent'), mail({ from: 'taro@example.com', to: 'friend@example.net' }).raw);

    const p = fakePipeline();
    const s = source(root, p, { watch: false });
    await s.start();
    await s.stop();
    assert.deepEqual(p.messageIds(), wanted.map((w) => w.id));
    assert.equal(p.checkpoints.get('')?.lastUid, 123);
    assert.equal(p.checkpoints.get('.Sent')?.lastUid, 1);
    assert.ok(p.statuses.some((x) => x.progress?.done === 2 && x.progress.total === 2));

    const p2 = fakePipeline({ checkpoints: p.checkpoints });
    const s2 = source(root, p2, { watch: false });
    await s2.start();
    await s2.stop();
    assert.equal(p2.received.length, 0);
  });

  it('should find new mail through the periodic rescan when watching is off', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p, { watch: false, rescanSeconds: 0.1 });
    await s.start();
    deliver(root, mail().raw);
    await p.waitFor(() => p.received.length === 1, 'the rescan', 2000);
    await s.stop();
  });

  it('should not advance past a message whose handler threw, and deliver it on retry', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p);
    await s.start();
    p.failNext(1);
    const a = mail();
    const b = mail();
    deliver(root, a.raw);
    deliver(root, b.raw);
    await p.waitFor(() => p.received.length === 2, 'both messages after the retry');
    assert.deepEqual(p.messageIds(), [a.id, b.id]);
    await s.stop();
  });

  it('should rebuild the baseline when its UID list is lost', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s1 = source(root, p);
    await s1.start();
    deliver(root, mail().raw);
    await p.waitFor(() => p.received.length === 1, 'the message');
    await s1.stop();
    unlinkSync(path.join(root, UIDLIST_FILE));
    const s2 = source(root, p);
    await s2.start();
    await s2.stop();
    assert.equal(p.uidValidityChanges.length, 1);
    assert.equal(p.uidValidityChanges[0]?.mailbox, '');
    assert.notEqual(p.checkpoints.get('')?.uidValidity, p.received[0]?.uidValidity);
  });

  it('should deliver a file over maxMessageBytes cut and marked truncated', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p, { maxMessageBytes: 10_000 });
    await s.start();
    const big = mail({ body: 'Please confirm the merge. ' + 'x'.repeat(50_000) });
    deliver(root, big.raw);
    await p.waitFor(() => p.received.length === 1, 'the big message');
    const m = p.received[0];
    assert.ok(m);
    assert.equal(m.truncated, true);
    assert.equal(m.size, big.raw.length);
    assert.equal(m.raw.length, 10_000);
    assert.match(m.raw.toString(), /Please confirm the merge/);
    await s.stop();
  });

  it('should write drafts into .Drafts/cur with the D flag, list and delete them, and never deliver them', async () => {
    const root = tempRoot();
    const p = fakePipeline();
    const s = source(root, p);
    await s.start();
    const draft = mail({ id: '<draft-7@certmerge.local>' });
    assert.deepEqual(await s.appendDraft(draft.raw), { mailbox: '.Drafts' });
    const files = readdirSync(path.join(root, '.Drafts', 'cur'));
    assert.equal(files.length, 1);
    assert.match(files[0] ?? '', /:2,DS$/);
    assert.equal(readFileSync(path.join(root, '.Drafts', 'cur', files[0] ?? '')).toString(), draft.raw.toString());
    assert.equal(readdirSync(path.join(root, '.Drafts', 'tmp')).length, 0);
    assert.deepEqual([...(await s.listDraftMessageIds())], ['<draft-7@certmerge.local>']);
    assert.equal(await s.deleteDraft('draft-7@certmerge.local'), true);
    assert.equal(await s.deleteDraft('<draft-7@certmerge.local>'), false);
    assert.equal((await s.listDraftMessageIds()).size, 0);

    const sent = mail({ from: 'taro@example.com' });
    await s.appendSent(sent.raw);
    await p.waitFor(() => p.received.length === 1, 'the Sent copy');
    assert.equal(p.received[0]?.role, 'sent');
    assert.match(readdirSync(path.join(root, '.Sent', 'cur'))[0] ?? '', /:2,S$/);
    await s.stop();
  });

  it('should report an unusable Maildir as a MAIL_SOURCE error', async () => {
    const root = tempRoot();
    writeFileSync(path.dirname(root) + '/blocker', '');
    const p = fakePipeline();
    const s = source(path.join(path.dirname(root), 'blocker', 'mail'), p);
    await assert.rejects(s.start(), (e: Error & { code?: string }) => e.code === 'MAIL_SOURCE' && /not usable/.test(e.message));
    assert.equal(s.status().connected, false);
    assert.match(s.status().lastError ?? '', /not usable/);
  });
});

