import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realTimers, systemClock } from '../../src/clock/clock.js';
import { CaseService } from '../../src/cases/case-service.js';
import { CaseStore } from '../../src/store/case-store.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { DeadlineScheduler } from '../../src/scheduler/deadline-scheduler.js';
import { calendarsFor } from '../../src/scheduler/holidays.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { sampleCase } from '../support/case-files.js';
import { mockTime } from '../support/mock-time.js';

const settings = { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5, userReplyBusinessDays: 3, userAutoCloseBusinessDays: 7 };

const ev = (type: string, at: string, extra: object = {}) => ({ type, at, source: type.includes('_') || type === 'acknowledgement' ? 'mail' : 'user', ...extra }) as LifecycleEvent;

describe('deadlines on both sides, across Golden Week 2026 (Japanese case)', () => {
  let dir: string;
  let dbs: Db[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-userdl-'));
    dbs = [];
  });
  afterEach(() => {
    dbs.forEach((d) => d.open && d.close());
    rmSync(dir, { recursive: true, force: true });
  });

  function boot(extra: string[] = []) {
    const clock = systemClock;
    const db = openDatabase(join(dir, 'certmerge.db'));
    dbs.push(db);
    const service = new CaseService(new CaseStore(db), { clock, deadlines: settings, calendarFor: calendarsFor({ extra }) });
    const timers = realTimers;
    const scheduler = new DeadlineScheduler({ clock, timers, fireDue: () => service.fireDueDeadlines(), nextDueAt: () => service.nextDeadline()?.dueAt ?? null });
    return { db, service, timers, scheduler };
  }

  function acknowledged(service: CaseService, at: string): string {
    const { id } = service.create(sampleCase());
    service.apply(id, ev('prepared', at));
    service.apply(id, ev('case-submitted', at));
    service.apply(id, ev('acknowledgement', at, { supportCaseId: '171234567890', messageId: '<ack@amazon.com>' }));
    return id;
  }

  it('should make support due on 05-07 for a wait that starts Thursday 04-30', (t) => {
    mockTime(t, '2026-04-30T01:00:00Z');
    const { service } = boot();
    const id = acknowledged(service, '2026-04-30T01:00:00.000Z');
    assert.equal(service.view(id).dueAt, '2026-05-07T01:00:00.000Z');
  });

  it('should time the user\'s pending confirmation, remind twice, and keep the times across a restart', (t) => {
    const time = mockTime(t, '2026-04-28T01:00:00Z'); // Tuesday, 10:00 in Tokyo
    const first = boot();
    const id = acknowledged(first.service, '2026-04-28T01:00:00.000Z');
    first.service.apply(id, ev('confirmation_request', '2026-04-28T01:00:00.000Z', { messageId: '<conf@amazon.com>' }));
    // 3 business days: 04-30 (04-29 is Showa Day), 05-01, 05-07.
    assert.equal(first.service.view(id).dueAt, '2026-05-07T01:00:00.000Z', 'the user\'s own turn is due too');
    first.db.close();

    // Stopped over the holidays; started on 05-07 after the due time.
    time.setTo('2026-05-07T02:00:00Z');
    const second = boot();
    second.scheduler.start();
    let v = second.service.view(id);
    assert.equal(v.state, 'confirmationRequested', 'a reminder does not move the case');
    assert.equal(v.timeline.at(-1)!.type, 'user-overdue');
    assert.equal(v.timeline.at(-1)!.source, 'timer');
    // Second reminder a business day before the auto-close (7 business days): 6 business days = 05-12.
    assert.equal(v.dueAt, '2026-05-12T01:00:00.000Z');
    time.advanceTo('2026-05-12T01:00:01Z');
    v = second.service.view(id);
    assert.equal(v.timeline.at(-1)!.type, 'user-final-overdue');
    assert.equal(v.dueAt, null, 'no third reminder');
    second.scheduler.stop();

    // Answering starts the wait on support, with its own due time.
    second.service.apply(id, ev('confirmation-sent', '2026-05-12T03:00:00.000Z'));
    assert.equal(second.service.view(id).dueAt, '2026-05-19T03:00:00.000Z', '5 business days of completion');
  });

  it('should time an information request and the badges follow-up as the user\'s turn', (t) => {
    mockTime(t, '2026-12-25T01:00:00Z');
    const { service } = boot(['2026-12-29', '2026-12-30']);
    const id = acknowledged(service, '2026-12-25T01:00:00.000Z');
    service.apply(id, ev('info_request', '2026-12-28T01:00:00.000Z', { messageId: '<info@amazon.com>' }));
    // 12-31, 01-04, 01-05 (12-29/30 the user's days off, 01-01 public, then a weekend).
    assert.equal(service.view(id).dueAt, '2027-01-05T01:00:00.000Z');
    service.apply(id, ev('reply-sent', '2027-01-05T00:00:00.000Z'));
    service.apply(id, ev('merge_completed', '2027-01-06T01:00:00.000Z', { messageId: '<done@amazon.com>' }));
    assert.equal(service.view(id).dueAt, null, 'verifying: nobody waits on a due time');
    service.apply(id, ev('badges-missing', '2027-01-06T02:00:00.000Z'));
    // 01-07, 01-08, then 01-12: Monday 01-11 is Coming of Age Day.
    assert.equal(service.view(id).dueAt, '2027-01-12T02:00:00.000Z', '3 business days');
  });
});
