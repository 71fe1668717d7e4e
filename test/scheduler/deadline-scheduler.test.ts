import { describe, it, beforeEach, afterEach, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realTimers, systemClock } from '../../src/clock/clock.js';
import { CaseService } from '../../src/cases/case-service.js';
import { CaseStore } from '../../src/store/case-store.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { DeadlineScheduler } from '../../src/scheduler/deadline-scheduler.js';
import { sampleCase } from '../support/case-files.js';
import { mockTime } from '../support/mock-time.js';
import type { LifecycleEvent } from '../../src/machines/events.js';

const settings = { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 };

const user = (type: string, at: string, extra: object = {}) => ({ type, at, source: 'user', ...extra }) as LifecycleEvent;

describe('the deadline scheduler', () => {
  let dir: string;
  let dbs: Db[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-sched-'));
    dbs = [];
  });
  afterEach(() => {
    dbs.forEach((d) => d.open && d.close());
    rmSync(dir, { recursive: true, force: true });
  });

  function boot(t: TestContext) {
    const clock = systemClock;
    const db = openDatabase(join(dir, 'certmerge.db'));
    dbs.push(db);
    const service = new CaseService(new CaseStore(db), { clock, deadlines: settings });
    const timers = { setTimeout: t.mock.fn(realTimers.setTimeout), clearTimeout: realTimers.clearTimeout };
    const scheduler = new DeadlineScheduler({ clock, timers, fireDue: () => service.fireDueDeadlines(), nextDueAt: () => service.nextDeadline()?.dueAt ?? null });
    return { db, service, timers, scheduler, clock };
  }

  it('should not fire before the due time, and should fire once it passes', (t) => {
    const time = mockTime(t, '2026-01-05T09:00:00Z');
    const { service, timers, scheduler, clock } = boot(t);
    const { id } = service.create(sampleCase());
    service.apply(id, user('prepared', clock.now().toISOString()));
    service.apply(id, user('case-submitted', clock.now().toISOString()));
    scheduler.start();
    assert.equal(service.view(id).statePath, 'awaitingAcknowledgement.waiting');
    assert.equal(timers.setTimeout.mock.callCount(), 1);
    assert.ok(timers.setTimeout.mock.calls[0]!.arguments[1] <= 60_005, 'never sleeps longer than the re-check interval');
    time.advanceTo('2026-01-06T08:59:59Z');
    assert.equal(service.view(id).overdue, false);
    time.advanceTo('2026-01-06T09:00:01Z');
    const v = service.view(id);
    assert.equal(v.statePath, 'awaitingAcknowledgement.overdue');
    assert.equal(v.overdue, true);
    const last = v.timeline.at(-1)!;
    assert.equal(last.source, 'timer');
    assert.equal(last.type, 'acknowledgement-overdue');
    assert.equal(last.at, '2026-01-06T09:00:00.000Z', 'the timer event is dated at its due time');
    scheduler.stop();
  });

  it('should fire on start-up what fell due while certmerge was stopped', (t) => {
    const time = mockTime(t, '2026-01-09T09:00:00Z'); // a Friday
    const first = boot(t);
    const { clock } = first;
    const { id } = first.service.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) first.service.apply(id, user(t, clock.now().toISOString()));
    first.service.apply(id, user('acknowledgement', clock.now().toISOString(), { supportCaseId: '171234567890' }));
    assert.equal(first.service.view(id).dueAt, '2026-01-13T09:00:00.000Z');
    first.db.close();

    // Stopped over the weekend and Monday; started again on Wednesday.
    time.setTo('2026-01-14T10:00:00Z');
    const second = boot(t);
    assert.equal(second.service.view(id).statePath, 'awaitingSupport.waiting', 'nothing fired while stopped');
    second.scheduler.start();
    const v = second.service.view(id);
    assert.equal(v.statePath, 'awaitingSupport.overdue');
    assert.equal(v.timeline.filter((t) => t.source === 'timer').length, 1);
    assert.equal(v.dueAt, null);

    // A third start fires nothing again.
    second.db.close();
    const third = boot(t);
    third.scheduler.start();
    assert.equal(third.service.view(id).timeline.filter((t) => t.source === 'timer').length, 1);
  });

  it('should drop a deadline the case no longer waits on', (t) => {
    const time = mockTime(t, '2026-01-05T09:00:00Z');
    const { service, scheduler, db, clock } = boot(t);
    const { id } = service.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) service.apply(id, user(t, clock.now().toISOString()));
    // Simulate a stale row left by a crash between two writes.
    db.prepare(`UPDATE deadlines SET event = 'completion-overdue' WHERE case_id = ?`).run(id);
    time.setTo('2026-01-07T09:00:00Z');
    scheduler.start();
    assert.equal(service.view(id).statePath, 'awaitingAcknowledgement.waiting');
    assert.equal(service.nextDeadline(), null);
    scheduler.stop();
  });
});
