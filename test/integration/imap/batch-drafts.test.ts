/**
 * Drafts follow a sync batch, not each message: a first sync over a thread
 * that asked for information and then for confirmation leaves only the
 * confirmation draft in Drafts; a single message arriving in IDLE is still
 * drafted promptly.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contextFor } from '../../../src/app/context.js';
import { systemClock } from '../../../src/clock/clock.js';
import { resolveConfig } from '../../../src/config/load.js';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { folderMessages } from '../drafts/helpers.js';
import { configFor, englishCase, rmDir, startLiveApp, submittedCase, supportThread, tempDir, waitFor, type LiveApp } from './helpers.js';

describe('drafts after a sync batch, against a real Dovecot', () => {
  let d: DovecotHarness;
  const apps: LiveApp[] = [];
  const dirs: string[] = [];

  before(async () => {
    d = await startDovecot({
      users: [
        { user: 'batch1', pass: 'batch-pw-1' },
        { user: 'batch2', pass: 'batch-pw-2' },
      ],
    });
  });
  after(async () => {
    await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
    await d?.stop();
    dirs.forEach(rmDir);
  });

  function caseBeforeStart(user: (typeof d.users)[number]): { dir: string; id: string; caseFile: ReturnType<typeof englishCase> } {
    const dir = tempDir('batch-drafts');
    dirs.push(dir);
    const ctx = contextFor(resolveConfig(configFor(d, user, dir), dir, 'setup'), systemClock);
    const caseFile = englishCase();
    const id = submittedCase({ ctx }, caseFile);
    ctx.close();
    return { dir, id, caseFile };
  }

  it('should leave only the confirmation draft after a first sync over an info request and a confirmation request, and not add one on restart', async () => {
    const user = d.users[0]!;
    const { dir, id, caseFile } = caseBeforeStart(user);
    // Receipt, AI answer, info request, the user's reply (Sent), confirmation request: all there before certmerge starts.
    const thread = (await supportThread(caseFile)).slice(0, 5);
    for (const m of thread) d.deliverFile(user.user, m.role === 'inbox' ? 'INBOX' : 'Sent', m.raw);

    let live = await startLiveApp(d, user, dir);
    apps.push(live);
    await waitFor(() => live.app.draftStore.forCase(id).some((x) => x.status === 'drafted'), 'the confirmation draft in Drafts', 15_000);
    assert.equal(live.app.ctx.cases.view(id).state, 'confirmationRequested');
    assert.deepEqual(
      live.app.draftStore.forCase(id).map((x) => [x.kind, x.status]),
      [['confirmation', 'drafted']],
      'no info draft composed for a request the same sync showed answered',
    );
    assert.equal((await folderMessages(d, user.user, '\\Drafts')).length, 1, 'one message in the Drafts folder');

    await live.stop();
    live = await startLiveApp(d, user, dir);
    apps.push(live);
    await live.app.afterChange();
    assert.equal(live.app.draftStore.forCase(id).length, 1, 'a restart plans no second draft');
    assert.equal((await folderMessages(d, user.user, '\\Drafts')).length, 1, 'nothing appended again');
  });

  it('should draft a single message that arrives in IDLE within seconds', async () => {
    const user = d.users[1]!;
    const { dir, id, caseFile } = caseBeforeStart(user);
    const thread = await supportThread(caseFile);
    const live = await startLiveApp(d, user, dir);
    apps.push(live);
    await d.append(user.user, 'INBOX', thread[0]!.raw);
    await waitFor(() => live.app.ctx.cases.view(id).state === 'awaitingSupport', 'the receipt applied', 10_000);
    const t0 = Date.now();
    await d.append(user.user, 'INBOX', thread[2]!.raw);
    await waitFor(() => live.app.draftStore.forCase(id).find((x) => x.kind === 'info' && x.status === 'drafted'), 'the info draft in Drafts', 10_000);
    const ms = Date.now() - t0;
    // Dovecot reports a new message to IDLE up to 0.5 s late; the rest is ours.
    assert.ok(ms < 3000, `drafted ${ms} ms after the append`);
    assert.equal((await folderMessages(d, user.user, '\\Drafts')).length, 1);
    process.stdout.write(`# info request appended → draft in Drafts: ${ms} ms\n`);
  });
});
