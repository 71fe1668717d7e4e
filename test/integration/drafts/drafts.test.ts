/**
 * Drafts end to end: the real app (buildApp, the real ImapSource from the
 * config) against a real Dovecot, sending through a real SMTP server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import pino from 'pino';
import { stringify } from 'yaml';
import { buildApp, type App } from '../../../src/app/build-app.js';
import { contextFor } from '../../../src/app/context.js';
import { systemClock, type Clock } from '../../../src/clock/clock.js';
import { mockDate } from '../../support/mock-time.js';
import { loadConfig, type ResolvedConfig } from '../../../src/config/load.js';
import { sampleThread, type ThreadMessage } from '../../../src/demo/sample-thread.js';
import type { LifecycleEvent } from '../../../src/machines/events.js';
import { DraftStore } from '../../../src/store/draft-store.js';
import type { CaseFile } from '../../../src/cases/case-file.js';
import { startDovecot, type DovecotHarness, type TestUser } from '../../harness/dovecot.js';
import { startSmtp, type SmtpHarness } from '../../harness/smtp.js';
import { sampleCase } from '../../support/case-files.js';
import { deleteFromFolder, folderMessages, killChildren, runCli, waitFor, type FolderMessage } from './helpers.js';

const AUTHSERV = 'mx.drafts-test.example';
const FROM = 'Taro Yamada <taro.personal@example.com>';
const SUPPORT = 'aws-cs-trainingcertification-form@amazon.com';
const USERS: TestUser[] = Array.from({ length: 6 }, (_, i) => ({ user: `d${i + 1}`, pass: `drafts-pw-${i + 1}` }));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The sample case in a language, with the requester's own words in it too. */
function caseIn(language: 'ja' | 'en'): CaseFile {
  return language === 'ja'
    ? sampleCase({ language })
    : sampleCase({ language, requester: { name: 'Taro Yamada', company: 'Example Corp' }, reason: 'I left the company and want to keep my certifications on my personal account.' });
}

interface Running {
  app: App;
  clock: Clock;
  config: ResolvedConfig;
  stop(): Promise<void>;
}

describe('drafts against a real Dovecot and a real SMTP server', () => {
  let d: DovecotHarness;
  let smtp: SmtpHarness;
  let nextUser = 0;
  const running = new Set<Running>();
  const dirs: string[] = [];

  before(async () => {
    [d, smtp] = await Promise.all([startDovecot({ users: USERS }), startSmtp()]);
  });
  after(async () => {
    await killChildren();
    await Promise.all([...running].map((r) => r.stop()));
    await smtp?.stop();
    await d?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh mailbox user and data dir, with the config file the CLI reads too. */
  function setup(): { u: TestUser; dir: string; configFile: string } {
    const u = USERS[nextUser++];
    assert.ok(u, 'out of test users');
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-drafts-'));
    dirs.push(dir);
    const configFile = join(dir, 'config.yaml');
    writeFileSync(
      configFile,
      stringify({
        dataDir: './data',
        mail: {
          source: 'imap',
          imap: { host: d.host, port: d.port, secure: false, user: u.user, pass: u.pass },
          smtp: { host: smtp.host, port: smtp.port, secure: false },
          from: FROM,
          // A full re-check every second: the user's own replies in Sent show up quickly.
          reconcileSeconds: 1,
        },
        trust: { authservId: AUTHSERV },
        log: { level: 'warn' },
      }),
    );
    return { u, dir, configFile };
  }

  /** What `certmerge start` does, minus the dashboard: build, plan drafts, start the scheduler and the real IMAP source. */
  async function start(configFile: string): Promise<Running> {
    const config = loadConfig(configFile, {});
    const clock = systemClock;
    const app = buildApp(config, { clock, logger: pino({ level: 'silent' }) });
    let stopped = false;
    const r: Running = {
      app,
      clock,
      config,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        running.delete(r);
        app.scheduler.stop();
        await app.source.stop();
        // Let a reconcile still queued finish before the database closes.
        await app.afterChange([]).catch(() => undefined);
        app.ctx.close();
      },
    };
    running.add(r);
    app.scheduler.start();
    await app.afterChange();
    await app.source.start();
    assert.equal(app.mailStatus().connected, true, `IMAP connected: ${app.mailStatus().lastError}`);
    return r;
  }

  function createCase(r: Running, caseFile: CaseFile): string {
    const { id } = r.app.ctx.cases.create(caseFile);
    for (const type of ['prepared', 'case-submitted'] as const) r.app.ctx.cases.apply(id, { type, at: r.clock.now().toISOString(), source: 'user' });
    return id;
  }

  async function thread(r: Running, caseFile: CaseFile, supportCaseId: string): Promise<ThreadMessage[]> {
    return sampleThread({ caseFile, supportCaseId, authservId: AUTHSERV, user: 'taro.personal@example.com', start: r.clock.now() });
  }

  async function deliver(u: TestUser, m: ThreadMessage | { role: 'inbox' | 'sent'; raw: Buffer }): Promise<void> {
    await d.append(u.user, m.role === 'inbox' ? 'INBOX' : 'Sent', m.raw, m.role === 'sent' ? ['\\Seen'] : []);
  }

  async function reachState(r: Running, id: string, state: string, timeoutMs = 10_000): Promise<void> {
    await waitFor(() => r.app.ctx.cases.view(id).state === state, () => `case ${id} to reach ${state} (is ${r.app.ctx.cases.view(id).statePath})`, timeoutMs);
  }

  /** Waits until a draft of this kind is in the Drafts folder (status drafted, not merely planned). */
  async function storedDraft(r: Running, id: string, kind: string) {
    return waitFor(
      () => r.app.draftStore.forCase(id).find((x) => x.kind === kind && x.status === 'drafted'),
      () => `a ${kind} draft stored in Drafts (drafts: ${JSON.stringify(r.app.draftStore.forCase(id).map((x) => [x.kind, x.status, x.error]))}; mail: ${r.app.mailStatus().lastError})`,
    );
  }

  function count(r: Running, id: string, type: string): number {
    return r.app.ctx.cases.view(id).timeline.filter((e) => e.type === type && e.outcome === 'applied').length;
  }

  function byMessageId(msgs: FolderMessage[], messageId: string): FolderMessage | undefined {
    return msgs.find((m) => new RegExp(`^Message-ID:\\s*${messageId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im').test(m.raw.toString('latin1')));
  }

  /** The threading, addressing and language a reply to `request` must have. */
  async function assertReply(raw: Buffer, request: Buffer, o: { language: 'ja' | 'en'; to: string; what: string }): Promise<ParsedMail> {
    const draft = await simpleParser(raw);
    const req = await simpleParser(request);
    const w = o.what;
    assert.deepEqual(draft.from?.value.map((a) => [a.name, a.address]), [['Taro Yamada', 'taro.personal@example.com']], `${w}: From is mail.from`);
    const to = Array.isArray(draft.to) ? draft.to.flatMap((a) => a.value) : draft.to?.value ?? [];
    assert.deepEqual(to.map((a) => a.address), [o.to], `${w}: To`);
    const base = (req.subject ?? '').replace(/^RE:\s*/i, '');
    assert.match(base, /^\[CASE \d+\]/, `${w}: the request's subject carries the case ID`);
    assert.equal(draft.subject, `Re: ${base}`, `${w}: Re: once, case ID kept`);
    assert.equal((draft.subject ?? '').match(/\bre:/gi)?.length, 1, `${w}: exactly one Re:`);
    assert.equal(draft.inReplyTo, req.messageId, `${w}: In-Reply-To is the request's Message-ID`);
    const reqRefs = req.references === undefined ? [] : Array.isArray(req.references) ? req.references : [req.references];
    const refs = draft.references === undefined ? [] : Array.isArray(draft.references) ? draft.references : [draft.references];
    assert.deepEqual(refs, [...reqRefs, req.messageId], `${w}: References continue the thread`);
    assert.match(draft.messageId ?? '', /^<[^@<>\s]+@example\.com>$/, `${w}: Message-ID on the user's domain`);
    const text = draft.text ?? '';
    const firstLine = (req.text ?? '').trim().split('\n')[0]!.trim();
    assert.ok(text.includes(`> ${firstLine}`), `${w}: the request is quoted below the reply:\n${text}`);
    const reply = text.slice(0, text.indexOf(`> ${firstLine}`));
    if (o.language === 'ja') assert.match(reply, JAPANESE, `${w}: written in Japanese`);
    else assert.doesNotMatch(reply, JAPANESE, `${w}: written in English`);
    return draft;
  }

  for (const language of ['ja', 'en'] as const) {
    it(`should draft the ${language === 'ja' ? 'Japanese' : 'English'} info and confirmation replies into Drafts, threaded and in the thread's language`, async () => {
      const { u, configFile } = setup();
      let r = await start(configFile);
      const caseFile = caseIn(language);
      const id = createCase(r, caseFile);
      const t = await thread(r, caseFile, language === 'ja' ? '171100000001' : '171100000002');
      const [ack, , info, userInfo, confirm] = t as [ThreadMessage, ThreadMessage, ThreadMessage, ThreadMessage, ThreadMessage];
      // Support's form mail may send replies to a case mailbox: the draft goes there, not to From.
      const caseMailbox = 'case-171100000002@support.aws.com';
      const confirmRaw = language === 'en' ? Buffer.from(confirm.raw.toString('utf8').replace(/^From: /m, `Reply-To: ${caseMailbox}\r\nFrom: `)) : confirm.raw;

      await deliver(u, ack);
      await reachState(r, id, 'awaitingSupport');
      await deliver(u, info);
      await reachState(r, id, 'infoRequested');
      const infoDraft = await storedDraft(r, id, 'info');
      let drafts = await folderMessages(d, u.user, '\\Drafts');
      assert.equal(drafts.length, 1, 'one draft in the Drafts folder');
      assert.ok(drafts[0]!.flags.includes('\\Draft'), `stored with \\Draft (flags: ${drafts[0]!.flags.join(' ')})`);
      const parsedInfo = await assertReply(drafts[0]!.raw, info.raw, { language, to: SUPPORT, what: 'info draft' });
      assert.equal(parsedInfo.messageId, infoDraft.messageId);

      // Restart on the same data with a re-sync of everything (new UIDVALIDITY): no second draft.
      await r.stop();
      const uidValidity = await d.changeUidValidity(u.user, 'INBOX');
      r = await start(configFile);
      await waitFor(() => r.app.checkpoints.get('INBOX')?.uidValidity === uidValidity, 'the inbox re-synced under its new UIDVALIDITY');
      await r.app.afterChange();
      assert.equal(r.app.draftStore.forCase(id).length, 1, 'a restart and a re-sync make no second draft');
      assert.equal((await folderMessages(d, u.user, '\\Drafts')).length, 1, 'nothing appended again');
      assert.equal(count(r, id, 'info_request'), 1, 'the info request was applied once');

      if (language === 'ja') {
        // The user answers from their own mail client: the case moves, the draft is superseded.
        await deliver(u, userInfo);
        await reachState(r, id, 'awaitingSupport');
        await waitFor(() => r.app.draftStore.get(infoDraft.id)?.status === 'superseded', 'the info draft superseded by the reply from the mail client');
      }
      await deliver(u, { role: 'inbox', raw: confirmRaw });
      await reachState(r, id, 'confirmationRequested');
      const confirmDraft = await storedDraft(r, id, 'confirmation');
      drafts = await folderMessages(d, u.user, '\\Drafts');
      const stored = byMessageId(drafts, confirmDraft.messageId);
      assert.ok(stored, 'the confirmation draft is in the Drafts folder');
      assert.ok(stored.flags.includes('\\Draft'));
      await assertReply(stored.raw, confirmRaw, { language, to: language === 'en' ? caseMailbox : SUPPORT, what: 'confirmation draft' });
      assert.equal(r.app.draftStore.get(infoDraft.id)?.status, 'superseded', 'the info draft no longer fits');

      if (language === 'ja') {
        // The user deletes the draft in their mail client: certmerge does not put it back, not even after a restart.
        assert.equal(await deleteFromFolder(d, u.user, '\\Drafts', confirmDraft.messageId), 1);
        await r.stop();
        r = await start(configFile);
        await r.app.afterChange();
        assert.equal(r.app.draftStore.forCase(id).filter((x) => x.kind === 'confirmation').length, 1);
        assert.equal(byMessageId(await folderMessages(d, u.user, '\\Drafts'), confirmDraft.messageId), undefined, 'a deleted draft is not recreated');
        // ...and then confirms from the mail client: the case moves the same way and the draft is superseded.
        await deliver(u, t[5]!);
        await reachState(r, id, 'awaitingCompletion');
        assert.equal(r.app.draftStore.get(confirmDraft.id)?.status, 'superseded');
        assert.equal(count(r, id, 'confirmation-sent'), 1);
        assert.equal(r.app.ctx.cases.view(id).timeline.find((e) => e.type === 'confirmation-sent')?.source, 'mail');
      }
      await r.stop();
    });
  }

  it('should send an approved draft through SMTP, keep a copy in Sent, clear it from Drafts and move the case once; a rejected send changes nothing', async () => {
    const { u, configFile } = setup();
    const r = await start(configFile);
    const caseFile = caseIn('en');
    const id = createCase(r, caseFile);
    const t = await thread(r, caseFile, '171100000003');
    await deliver(u, t[0]!);
    await reachState(r, id, 'awaitingSupport');
    await deliver(u, t[4]!);
    await reachState(r, id, 'confirmationRequested');
    const draft = await storedDraft(r, id, 'confirmation');
    const before = smtp.messages.length;

    // The server refuses the message: draft, folders and case stay as they were; the error is kept.
    smtp.setFailure({ stage: 'data', code: 554, message: 'message refused by policy', times: 1 });
    await assert.rejects(r.app.drafts.send(draft.id), (err: Error & { code?: string }) => {
      assert.equal(err.code, 'SEND_FAILED');
      assert.match(err.message, /^could not send the draft via 127\.0\.0\.1:\d+: .*554/);
      return true;
    });
    smtp.setFailure(null);
    assert.equal(smtp.messages.length, before);
    const failed = r.app.drafts.get(draft.id)!;
    assert.equal(failed.status, 'drafted');
    assert.match(failed.error ?? '', /554/, 'the error is recorded with the draft');
    assert.equal(r.app.ctx.cases.view(id).state, 'confirmationRequested');
    assert.ok(byMessageId(await folderMessages(d, u.user, '\\Drafts'), draft.messageId), 'still in Drafts');
    assert.equal((await folderMessages(d, u.user, '\\Sent')).length, 0, 'nothing in Sent');

    // Approved again, it goes out — once, even when approved twice at the same moment (a double click).
    const both = await Promise.allSettled([r.app.drafts.send(draft.id), r.app.drafts.send(draft.id)]);
    const fulfilled = both.filter((x) => x.status === 'fulfilled');
    assert.equal(fulfilled.length, 1, `one of two concurrent approvals sends: ${both.map((x) => (x.status === 'rejected' ? (x.reason as Error).message : 'sent')).join('; ')}`);
    const refused = both.find((x) => x.status === 'rejected');
    assert.equal(smtp.messages.length, before + 1, 'sent once over SMTP');
    assert.equal((refused?.reason as { code?: string }).code, 'CONFLICT');
    const sent = fulfilled[0]!.value;
    assert.equal(sent.status, 'sent');
    assert.equal(sent.error, null);
    const [got] = (await smtp.waitForMessages(before + 1)).slice(before);
    const onWire = await simpleParser(got!.raw);
    assert.equal(onWire.messageId, draft.messageId);
    assert.equal(onWire.inReplyTo, draft.inReplyTo);
    assert.equal(onWire.inReplyTo, (await simpleParser(t[4]!.raw)).messageId);
    await assertReply(got!.raw, t[4]!.raw, { language: 'en', to: SUPPORT, what: 'the sent message' });
    assert.deepEqual(got!.envelope, { mailFrom: 'taro.personal@example.com', rcptTo: [SUPPORT] });
    assert.equal(got!.raw.toString('utf8').replace(/\r\n/g, '\n').trim(), draft.raw.toString('utf8').replace(/\r\n/g, '\n').trim(), 'what was approved is what is sent');

    const sentFolder = await folderMessages(d, u.user, '\\Sent');
    const copy = byMessageId(sentFolder, draft.messageId);
    assert.ok(copy, 'a copy lands in Sent');
    assert.equal(byMessageId(await folderMessages(d, u.user, '\\Drafts'), draft.messageId), undefined, 'the draft left Drafts');
    assert.equal(r.app.ctx.cases.view(id).state, 'awaitingCompletion');

    // The Sent watcher reads the copy back: recognised as ours, not applied a second time.
    await waitFor(() => (r.app.checkpoints.get('Sent')?.lastUid ?? 0) >= copy.uid, 'the Sent folder synced past the sent copy');
    await r.app.afterChange();
    assert.equal(count(r, id, 'confirmation-sent'), 1, 'the case moved once');
    assert.equal(r.app.ctx.cases.view(id).state, 'awaitingCompletion');
    assert.equal(r.app.messages.get(draft.messageId)?.role, 'sent');
    await assert.rejects(r.app.drafts.send(draft.id), /already sent/);
    assert.equal(smtp.messages.length, before + 1, 'sent exactly once');
    await r.stop();
  });

  it('should approve and send from the CLI with no daemon running; a rejected send exits 1 with one line and changes nothing', async () => {
    const { u, dir, configFile } = setup();
    let r = await start(configFile);
    const caseFile = caseIn('ja');
    const id = createCase(r, caseFile);
    const t = await thread(r, caseFile, '171100000004');
    await deliver(u, t[0]!);
    await reachState(r, id, 'awaitingSupport');
    await deliver(u, t[4]!);
    await reachState(r, id, 'confirmationRequested');
    const draft = await storedDraft(r, id, 'confirmation');
    await r.stop();
    const before = smtp.messages.length;

    smtp.setFailure({ stage: 'rcpt', code: 550, message: 'mailbox unavailable', times: 1 });
    const failed = await runCli(dir, ['draft', 'send', draft.id, '--config', configFile]);
    smtp.setFailure(null);
    assert.equal(failed.code, 1, failed.stderr);
    const lines = failed.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line: ${failed.stderr}`);
    assert.match(lines[0]!, /^certmerge: could not send the draft via 127\.0\.0\.1:\d+: the server refused the sender or a recipient .*550/);
    assert.doesNotMatch(failed.stderr + failed.stdout, new RegExp(u.pass), 'no password in the output');
    const ctx = contextFor(loadConfig(configFile, {}), systemClock);
    const row = new DraftStore(ctx.db).get(draft.id)!;
    assert.equal(row.status, 'drafted');
    assert.match(row.error ?? '', /550/);
    assert.equal(ctx.cases.view(id).state, 'confirmationRequested');
    ctx.close();
    assert.equal(smtp.messages.length, before);
    assert.ok(byMessageId(await folderMessages(d, u.user, '\\Drafts'), draft.messageId), 'still in Drafts');

    const ok = await runCli(dir, ['draft', 'send', draft.id, '--config', configFile]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`^Sent ${draft.id} \\(confirmation\\) to ${SUPPORT}: "Re: \\[CASE 171100000004\\]`));
    const [got] = (await smtp.waitForMessages(before + 1)).slice(before);
    const onWire = await simpleParser(got!.raw);
    assert.equal(onWire.messageId, draft.messageId);
    assert.equal(onWire.inReplyTo, draft.inReplyTo);
    const copy = byMessageId(await folderMessages(d, u.user, '\\Sent'), draft.messageId);
    assert.ok(copy, 'a copy lands in Sent');
    assert.equal(byMessageId(await folderMessages(d, u.user, '\\Drafts'), draft.messageId), undefined, 'the draft left Drafts');

    // The daemon-to-be starts again and reads the Sent copy: the case moved once.
    r = await start(configFile);
    await waitFor(() => (r.app.checkpoints.get('Sent')?.lastUid ?? 0) >= copy.uid, 'the Sent folder synced past the sent copy');
    const v = r.app.ctx.cases.view(id);
    assert.equal(v.state, 'awaitingCompletion');
    assert.equal(count(r, id, 'confirmation-sent'), 1);
    assert.equal(r.app.drafts.get(draft.id)?.status, 'sent');
    assert.equal(smtp.messages.length, before + 1);
    await r.stop();
  });

  it('should draft one polite follow-up when support is overdue, threaded on the last support mail', async (tc) => {
    const { u, configFile } = setup();
    const r = await start(configFile);
    const caseFile = caseIn('en');
    const id = createCase(r, caseFile);
    const t = await thread(r, caseFile, '171100000005');
    await deliver(u, t[0]!);
    await reachState(r, id, 'awaitingSupport');
    assert.equal(r.app.ctx.cases.view(id).overdue, false);
    assert.equal(r.app.draftStore.forCase(id).length, 0, 'nothing to draft while support has time');

    // A week later for the app; node:test mocks Date (timers stay real), so IMAP keeps working.
    const time = mockDate(new Date());
    tc.after(() => time.restore());
    time.advance(7 * 86_400_000);
    r.app.scheduler.tick();
    await waitFor(() => r.app.ctx.cases.view(id).overdue, 'the support-reply deadline to pass');
    const draft = await storedDraft(r, id, 'followup_overdue');
    r.app.scheduler.tick();
    await r.app.afterChange();
    await r.app.afterChange();
    assert.equal(r.app.draftStore.forCase(id).length, 1, 'one follow-up per overdue wait');
    const drafts = await folderMessages(d, u.user, '\\Drafts');
    assert.equal(drafts.length, 1);
    assert.ok(drafts[0]!.flags.includes('\\Draft'));
    const parsed = await simpleParser(drafts[0]!.raw);
    assert.equal(parsed.messageId, draft.messageId);
    assert.equal(parsed.inReplyTo, (await simpleParser(t[0]!.raw)).messageId, 'threaded on the receipt');
    assert.equal(parsed.subject, `Re: [CASE 171100000005] [AWS Training and Certification Form Submission] - account-assistance`);
    assert.doesNotMatch(parsed.text ?? '', JAPANESE);
    await r.stop();
  });

  it('should draft one Credly follow-up when the badges did not move', async () => {
    const { u, configFile } = setup();
    const r = await start(configFile);
    const caseFile = caseIn('ja');
    const id = createCase(r, caseFile);
    const t = await thread(r, caseFile, '171100000006');
    await deliver(u, t[0]!);
    await reachState(r, id, 'awaitingSupport');
    const at = () => r.clock.now().toISOString();
    // Confirmation handled elsewhere (by hand), then support reports the merge done.
    for (const type of ['confirmation_request', 'confirmation-sent'] as const) r.app.ctx.cases.apply(id, { type, at: at(), source: 'user' } as LifecycleEvent);
    await deliver(u, t[6]!);
    await reachState(r, id, 'verifying');
    assert.equal(r.app.draftStore.forCase(id).length, 0, 'a confirmation applied by hand is not drafted');

    r.app.ctx.cases.apply(id, { type: 'badges-missing', at: at(), source: 'user' });
    await r.app.afterChange([id]);
    const draft = await storedDraft(r, id, 'badges_followup');
    await r.app.afterChange();
    assert.equal(r.app.draftStore.forCase(id).length, 1, 'one follow-up for the missing badges');
    const drafts = await folderMessages(d, u.user, '\\Drafts');
    assert.equal(drafts.length, 1);
    assert.ok(drafts[0]!.flags.includes('\\Draft'));
    const parsed = await simpleParser(drafts[0]!.raw);
    assert.equal(parsed.messageId, draft.messageId);
    assert.equal(parsed.inReplyTo, (await simpleParser(t[6]!.raw)).messageId, 'threaded on the completion notice');
    assert.match(parsed.subject ?? '', /^Re: \[CASE 171100000006\]/);
    assert.match(parsed.text ?? '', /Credly/);
    assert.match(parsed.text ?? '', JAPANESE);
    await r.stop();
  });
});
