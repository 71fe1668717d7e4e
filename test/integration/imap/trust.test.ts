import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contextFor } from '../../../src/app/context.js';
import { systemClock } from '../../../src/clock/clock.js';
import { resolveConfig } from '../../../src/config/load.js';
import { sampleThread } from '../../../src/demo/sample-thread.js';
import { startDovecot, type DovecotHarness } from '../../harness/dovecot.js';
import { AUTHSERV, configFor, englishCase, fillerMail, rmDir, startLiveApp, submittedCase, supportThread, SUPPORT_CASE_ID, tempDir, USER_ADDRESS, waitFor, type LiveApp } from './helpers.js';

const text = (b: Buffer) => b.toString('utf8');
/** The receiving hop's Received, as Postfix writes it above its milter's Authentication-Results. */
/** AWS's DKIM signature as the header shows it (the server's verdict: dkim=pass header.d=amazon.com header.s=demo). */
const signed = (raw: string) => raw.replace(/^From: /m, 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazon.com; s=demo;\r\n h=From:To:Subject:Message-ID:Date; bh=x; b=y\r\nFrom: ');
const hop = (from: string) => `Received: from ${from} (${from} [203.0.113.7])\r\n\tby ${AUTHSERV} (Postfix) with ESMTPS id 4Ab; Wed, 2 Dec 2026 10:00:05 +0000\r\n`;

describe('forged, replayed and redirected mail on a real Dovecot (issues 13, 14)', () => {
  let d: DovecotHarness;
  const apps: LiveApp[] = [];
  const dirs: string[] = [];
  before(async () => {
    d = await startDovecot({ users: [{ user: 'victim', pass: 'victim-pw-1' }, { user: 'backlog', pass: 'backlog-pw-1' }] });
  });
  after(async () => {
    await Promise.all(apps.map((a) => a.stop().catch(() => undefined)));
    await d?.stop();
    dirs.forEach(rmDir);
  });

  it('should let none of the attacks move the case, and the genuine receipt still bind it', async () => {
    const user = d.users[0]!;
    const dir = tempDir('trust');
    dirs.push(dir);
    const ctx = contextFor(resolveConfig(configFor(d, user, dir), dir, 'setup'), systemClock);
    const caseFile = englishCase();
    const id = submittedCase({ ctx }, caseFile);
    ctx.close();
    const live = await startLiveApp(d, user, dir);
    apps.push(live);
    const { app } = live;

    const [genuine] = await supportThread(caseFile);
    const [attackers] = await sampleThread({ caseFile, supportCaseId: '179999999999', authservId: AUTHSERV, user: 'mallory@attacker.example', start: new Date() });
    const attacks: [string, Buffer][] = [
      // 1. the attacker's genuine, signed receipt redirected to the user (To: the attacker)
      ['redirected', attackers!.raw],
      // 2. the same bounced with Resent-* and a To: rewritten to the user
      ['resent', Buffer.from(`Resent-From: mallory@attacker.example\r\nResent-To: ${USER_ADDRESS}\r\n${text(attackers!.raw).replace('To: mallory@attacker.example', `To: ${USER_ADDRESS}`).replace('<demo-ack', '<resent-ack')}`)],
      // 3. a forged copy of the user's own receipt: the server's weak verdict on top, the sender's "pass" with our id directly below
      ['duplicate A-R', Buffer.from(hop('evil.example') + `Authentication-Results: ${AUTHSERV}; spf=pass smtp.mailfrom=x@evil.example; dkim=none\r\n` + text(genuine!.raw).replace(`Authentication-Results: ${AUTHSERV};`, `Authentication-Results: ${AUTHSERV.toUpperCase()};`))],
      // 4. the same with "Authentication-Results :" and no header from the server
      ['spaced colon', Buffer.from(hop('evil.example') + text(genuine!.raw).replace('Authentication-Results:', 'Authentication-Results :').replace('<demo-ack', '<spaced-ack'))],
      // 5. the attacker's signed receipt bounced with a Cc: naming the user, a field its DKIM signature does not cover
      ['cc added', Buffer.from(signed(text(attackers!.raw)).replace('To: mallory@attacker.example', `To: mallory@attacker.example\r\nCc: ${USER_ADDRESS}`).replace('<demo-ack', '<cc-ack'))],
      // 6. the same with a second To: naming the user (a message has one To field)
      ['second To', Buffer.from(signed(text(attackers!.raw)).replace('To: mallory@attacker.example', `To: ${USER_ADDRESS}\r\nTo: mallory@attacker.example`).replace('<demo-ack', '<to2-ack'))],
    ];
    for (const [, raw] of attacks) await d.append(user.user, 'INBOX', raw);
    await waitFor(() => app.messages.forCase(id).length + app.messages.unmatched().length >= attacks.length && live.processed() >= attacks.length, 'the attacks to be processed', 15_000);
    const v = app.ctx.cases.view(id);
    assert.equal(v.supportCaseId, null, JSON.stringify(v.timeline.map((e) => e.summary)));
    assert.equal(v.state, 'awaitingAcknowledgement');
    const why = [...app.messages.unmatched().map((m) => String(m.understanding.why)), ...v.timeline.map((e) => e.summary)].join(' | ');
    assert.match(why, /not for you: addressed to mallory@attacker\.example/);
    assert.match(why, /redirected by someone/);
    assert.match(why, /sender not verified/);
    assert.match(why, /only in Cc, which the sender's DKIM signature does not cover/);
    assert.match(why, /2 To fields/);

    // The genuine receipt after its forged copies: not pre-empted by them (issue 13, dedup).
    await d.append(user.user, 'INBOX', genuine!.raw);
    await waitFor(() => app.ctx.cases.view(id).supportCaseId, 'the genuine receipt to bind the case', 15_000, () => why);
    assert.equal(app.ctx.cases.view(id).supportCaseId, SUPPORT_CASE_ID);
    assert.equal(app.ctx.cases.view(id).state, 'awaitingSupport');
  });

  it('should record what a narrowed catch-up did not fetch', async () => {
    const user = d.users[1]!;
    const dir = tempDir('trust-backlog');
    dirs.push(dir);
    let live = await startLiveApp(d, user, dir);
    apps.push(live);
    await waitFor(() => live.app.mailStatus().lastSyncAt, 'the first (empty) sync');
    await live.stop();
    // A long absence: 60 unrelated messages arrive, more than a catch-up fetches whole.
    for (let i = 0; i < 60; i++) d.deliverFile(user.user, 'INBOX', await fillerMail(i, 'away'));
    live = await startLiveApp(d, user, dir);
    apps.push(live);
    const skipped = await waitFor(() => live.app.skippedMail.recent()[0], 'a skipped-mail record', 15_000);
    assert.equal(skipped.mailbox, 'INBOX');
    assert.equal(skipped.skipped, 60);
    assert.equal(skipped.candidates, 0);
    assert.match(skipped.reason, /catch-up of 60 new messages \(more than 50\)/);
  });
});
