import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/clock/clock.js';
import { mockDate } from '../support/mock-time.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { expiringNotifications, mailSourceNotification, notificationForEvent, unmatchedNotification } from '../../src/notify/decide.js';
import type { SourceStatus } from '../../src/mail/source-types.js';
import { sampleCase } from '../support/case-files.js';
import { testApp } from '../support/app.js';

const links = { base: 'http://127.0.0.1:4780' };
const down: SourceStatus = { kind: 'imap', connected: false, lastSyncAt: null, downSince: '2026-01-05T09:00:00.000Z', lastError: 'IMAP connection to imap.example.com:993 closed', progress: null };

describe('what notifies', () => {
  it('should map mail and timer events, and leave the user\'s own events alone', () => {
    const c = { language: 'en' as const, supportCaseId: '171234567890' };
    const ev = (type: string, source: 'mail' | 'user' | 'timer', stateAfter: string) => notificationForEvent({ id: 7, caseId: 'k1', at: '2026-01-05T09:00:00.000Z', type, source, outcome: 'applied', stateAfter }, c, links)?.event ?? null;
    assert.equal(ev('info_request', 'mail', 'infoRequested'), 'info_requested');
    assert.equal(ev('confirmation_request', 'mail', 'confirmationRequested'), 'confirmation_requested');
    assert.equal(ev('merge_completed', 'mail', 'verifying.badges.unchecked,verifying.benefits.unchecked'), 'merge_completed');
    assert.equal(ev('support-overdue', 'timer', 'awaitingSupport.overdue'), 'support_overdue');
    assert.equal(ev('user-overdue', 'timer', 'confirmationRequested'), 'user_overdue');
    assert.equal(ev('user-final-overdue', 'timer', 'confirmationRequested'), 'user_overdue');
    assert.equal(ev('case_closed', 'mail', 'needsAttention'), 'case_closing');
    assert.equal(ev('case_closed', 'mail', 'done'), null, 'closing after the checks is expected');
    assert.equal(ev('confirmation_request', 'user', 'confirmationRequested'), null, 'applied by hand: the user knows');
    assert.equal(ev('support_reply', 'mail', 'awaitingSupport.waiting'), null);
    const n = notificationForEvent({ id: 7, caseId: 'k1', at: '2026-01-05T09:00:00.000Z', type: 'user-final-overdue', source: 'timer', outcome: 'applied', stateAfter: 'infoRequested' }, c, links)!;
    assert.equal(n.id, 'case-k1-event-7');
    assert.match(n.title, /before the case closes/);
    assert.match(n.text, /Details: http:\/\/127\.0\.0\.1:4780\/cases\/k1$/);
  });

  it('should notify an outage after the configured time, a refused sign-in at once, once per outage', () => {
    assert.equal(mailSourceNotification(down, new Date('2026-01-05T09:14:00Z'), 15, 'en', links), null);
    const n = mailSourceNotification(down, new Date('2026-01-05T09:16:00Z'), 15, 'en', links)!;
    assert.equal(n.event, 'mail_source_down');
    assert.equal(mailSourceNotification(down, new Date('2026-01-05T11:00:00Z'), 15, 'en', links)!.id, n.id, 'the same outage, the same id');
    const refused = { ...down, lastError: 'IMAP login failed for me@imap.example.com: authentication rejected' };
    assert.equal(mailSourceNotification(refused, new Date('2026-01-05T09:00:01Z'), 15, 'ja', links)!.event, 'sign_in_refused');
    assert.equal(mailSourceNotification({ ...down, signInRefused: { reason: 'NO [AUTHENTICATIONFAILED]', action: 'sign in again', since: '2026-01-05T09:00:00Z' }, lastError: null }, new Date('2026-01-05T09:00:01Z'), 15, 'en', links)!.event, 'sign_in_refused', 'a source that reports the refusal decides');
    assert.equal(mailSourceNotification({ ...down, connected: true, downSince: null }, new Date('2026-01-06T00:00:00Z'), 15, 'en', links), null);
  });

  it('should link mail that matched no case to the unsorted page', () => {
    const n = unmatchedNotification({ messageId: '<u1@amazon.com>', processedAt: '2026-01-05T09:00:00.000Z', from: 'no-reply@amazon.com', kind: 'info_request' }, 'en', links);
    assert.equal(n.url, 'http://127.0.0.1:4780/unsorted');
    assert.match(n.text, /http:\/\/127\.0\.0\.1:4780\/unsorted/);
  });

  it('should key a refused sign-in by its words and when the mailbox last worked, not by when this run began', () => {
    const refusal = (downSince: string, reason = 'NO [AUTHENTICATIONFAILED] Authentication failed.') =>
      ({ ...down, downSince, lastError: null, signInRefused: { reason, action: 'check mail.imap.pass', since: downSince } }) satisfies SourceStatus;
    const before = mailSourceNotification(refusal('2026-01-05T09:00:00.000Z'), new Date('2026-01-05T09:00:01Z'), 15, 'en', links, '2026-01-04T10:00:00.000Z')!;
    // The daemon restarts: its status starts again with a new downSince; the refusal is the same.
    const after = mailSourceNotification(refusal('2026-01-05T12:00:00.000Z'), new Date('2026-01-05T12:00:01Z'), 15, 'en', links, '2026-01-04T10:00:00.000Z')!;
    assert.equal(after.id, before.id);
    assert.notEqual(mailSourceNotification(refusal('2026-01-05T12:00:00.000Z'), new Date('2026-01-05T12:00:01Z'), 15, 'en', links, '2026-01-05T11:00:00.000Z')!.id, before.id, 'refused again after it worked: a new refusal');
    assert.notEqual(mailSourceNotification(refusal('2026-01-05T12:00:00.000Z', 'NO Basic authentication is disabled.'), new Date('2026-01-05T12:00:01Z'), 15, 'en', links, '2026-01-04T10:00:00.000Z')!.id, before.id, 'other words: another refusal');
  });

  it('should not notify a sign-in refusal twice when it lasts across a restart of the daemon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-refused-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const time = mockDate('2026-03-05T09:00:00Z');
    after(() => time.restore());
    const clock = systemClock;
    let status: SourceStatus = { ...down, connected: true, downSince: null, lastError: null };
    const refusedNow = (): SourceStatus => ({ ...down, downSince: clock.now().toISOString(), lastError: null, signInRefused: { reason: 'NO [AUTHENTICATIONFAILED] Authentication failed.', action: 'check mail.imap.pass', since: clock.now().toISOString() } });
    const run = () => {
      const { app } = testApp({
        dir,
        keepTime: true,
        config: { notify: [{ type: 'webhook', url: 'https://hooks.example.com/x', secret: 's' }] },
        appOptions: { sourceFactory: () => Object.assign({ start: async () => {}, stop: async () => {}, status: () => status }) as never },
      });
      return app;
    };
    const refusedEvents = (planned: { event: string }[]) => planned.filter((n) => n.event === 'sign_in_refused').length;
    const first = run();
    first.notifier.plan(); // the mailbox works
    time.advance(60_000);
    status = refusedNow();
    assert.equal(refusedEvents(first.notifier.plan()), 1);
    first.ctx.close();
    // Restarted an hour later; the password is still wrong.
    time.advance(3_600_000);
    status = refusedNow();
    const second = run();
    assert.equal(refusedEvents(second.notifier.plan()), 0, 'the same refusal: no second notification');
    // Fixed, working, then refused again: that is news.
    status = { ...down, connected: true, downSince: null, lastError: null };
    second.notifier.plan();
    time.advance(60_000);
    status = refusedNow();
    assert.equal(refusedEvents(second.notifier.plan()), 1);
    second.ctx.close();
  });

  it('should notify a certification or voucher that expires within 30 days, not one already expired', () => {
    const items = [{ name: 'SAA', expiresOn: '2026-02-03' }, { name: 'voucher', expiresOn: '2026-02-05' }, { name: 'old', expiresOn: '2026-01-04' }];
    assert.deepEqual(expiringNotifications('k1', items, '2026-01-05', 30, 'en', links).map((n) => n.text.split('.')[0]), ['SAA expires on 2026-02-03']);
  });

  it('should queue each notification once from the running app, read from the event log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-plan-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const { app, clock } = testApp({ dir, start: '2026-03-05T09:00:00Z', config: { notify: [{ type: 'webhook', url: 'https://hooks.example.com/x', secret: 's' }] } });
    after(() => app.ctx.close());
    const { id } = app.ctx.cases.create(sampleCase());
    const at = clock.now().toISOString();
    for (const e of [
      { type: 'prepared', at, source: 'user' },
      { type: 'case-submitted', at, source: 'user' },
      { type: 'acknowledgement', at, source: 'mail', supportCaseId: '171234567890', messageId: '<a@amazon.com>' },
      { type: 'confirmation_request', at, source: 'mail', messageId: '<c@amazon.com>' },
    ]) app.ctx.cases.apply(id, e as LifecycleEvent);
    const first = app.notifier.plan();
    // The sample case's certification and its voucher expire on 2026-04-01: within 30 days of 03-05.
    assert.deepEqual(first.map((n) => n.event).sort(), ['confirmation_requested', 'expiring', 'expiring']);
    assert.equal(app.notifier.plan().length, 0, 'planned again: nothing new');
    assert.deepEqual(app.outbox.deliveries(first.find((n) => n.event === 'confirmation_requested')!.id).map((d) => d.status), ['pending']);
  });
});
