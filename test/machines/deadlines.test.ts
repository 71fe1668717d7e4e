import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initialTransition, transition } from 'xstate';
import { lifecycleMachine } from '../../src/machines/lifecycle.js';
import { isOverdue, pendingDeadline } from '../../src/machines/deadlines.js';
import type { LifecycleEventType } from '../../src/machines/events.js';
import { sampleEvent } from '../support/events.js';

const settings = { acknowledgementHours: 24, supportReplyBusinessDays: 2, completionBusinessDays: 5 };

function walk(steps: [LifecycleEventType, string][]) {
  let [s] = initialTransition(lifecycleMachine, { selfServiceEligible: false });
  for (const [type, at] of steps) [s] = transition(lifecycleMachine, s, sampleEvent(type, at));
  return s;
}

describe('deadlines derived from the lifecycle', () => {
  it('should make the acknowledgement due 24 hours after the form was submitted', () => {
    const s = walk([['prepared', '2026-01-05T09:00:00.000Z'], ['case-submitted', '2026-01-05T10:00:00.000Z']]);
    assert.deepEqual(pendingDeadline(s, settings), { kind: 'acknowledgement', dueAt: '2026-01-06T10:00:00.000Z', event: 'acknowledgement-overdue' });
  });

  it('should count support reply time in business days, skipping the weekend', () => {
    // Friday 2026-01-09 → two business days later is Tuesday 2026-01-13.
    const s = walk([['prepared', '2026-01-09T08:00:00.000Z'], ['case-submitted', '2026-01-09T08:00:00.000Z'], ['acknowledgement', '2026-01-09T09:00:00.000Z']]);
    const d = pendingDeadline(s, settings)!;
    assert.equal(d.kind, 'supportReply');
    assert.equal(new Date(d.dueAt).getDay(), 2, 'a Tuesday');
    assert.equal(new Date(d.dueAt).getTime() - new Date('2026-01-09T09:00:00.000Z').getTime(), 4 * 24 * 3600 * 1000);
  });

  it('should give completion five business days after the confirmation, and honour configured values', () => {
    const s = walk([
      ['prepared', '2026-01-05T08:00:00.000Z'], ['case-submitted', '2026-01-05T08:00:00.000Z'], ['acknowledgement', '2026-01-05T09:00:00.000Z'],
      ['confirmation_request', '2026-01-06T09:00:00.000Z'], ['confirmation-sent', '2026-01-06T12:00:00.000Z'],
    ]);
    assert.equal(pendingDeadline(s, settings)!.dueAt, '2026-01-13T12:00:00.000Z');
    assert.equal(pendingDeadline(s, { ...settings, completionBusinessDays: 1 })!.dueAt, '2026-01-07T12:00:00.000Z');
  });

  it('should restart the support wait when the user writes again', () => {
    const s = walk([
      ['prepared', '2026-01-05T08:00:00.000Z'], ['case-submitted', '2026-01-05T08:00:00.000Z'], ['acknowledgement', '2026-01-05T09:00:00.000Z'],
      ['support-overdue', '2026-01-07T09:00:00.000Z'], ['reply-sent', '2026-01-08T09:00:00.000Z'],
    ]);
    assert.equal(isOverdue(s), false);
    assert.equal(pendingDeadline(s, settings)!.dueAt, '2026-01-12T09:00:00.000Z');
  });

  it('should show overdue as state, and have no deadline while the user is the one to act', () => {
    const overdue = walk([['prepared', '2026-01-05T08:00:00.000Z'], ['case-submitted', '2026-01-05T08:00:00.000Z'], ['acknowledgement-overdue', '2026-01-06T08:00:00.000Z']]);
    assert.equal(isOverdue(overdue), true);
    assert.equal(pendingDeadline(overdue, settings), null);
    const asked = walk([['prepared', '2026-01-05T08:00:00.000Z'], ['case-submitted', '2026-01-05T08:00:00.000Z'], ['info_request', '2026-01-06T08:00:00.000Z']]);
    assert.equal(pendingDeadline(asked, settings), null);
  });

  it('should wait on support again after asking for the missing badges', () => {
    const v = walk([
      ['prepared', '2026-01-05T08:00:00.000Z'], ['case-submitted', '2026-01-05T08:00:00.000Z'], ['acknowledgement', '2026-01-05T09:00:00.000Z'],
      ['merge_completed', '2026-01-06T08:00:00.000Z'], ['badges-missing', '2026-01-07T08:00:00.000Z'], ['reply-sent', '2026-01-07T09:00:00.000Z'],
    ]);
    assert.deepEqual(pendingDeadline(v, settings), { kind: 'supportReply', dueAt: '2026-01-09T09:00:00.000Z', event: 'support-overdue' });
  });
});
