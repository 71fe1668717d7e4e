import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initialTransition, transition } from 'xstate';
import { lifecycleMachine, progressStepOf, tagsOf, tagsOfPath } from '../../src/machines/lifecycle.js';
import { statePath } from '../../src/cases/case-service.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { waitsOn } from '../../src/server/waiting.js';

const at = '2026-01-05T09:00:00.000Z';
function after(types: string[], input = { selfServiceEligible: false }) {
  let [s] = initialTransition(lifecycleMachine, input);
  for (const type of types) [s] = transition(lifecycleMachine, s, { type, at, source: 'user', supportCaseId: '1', messageId: '<m@x>' } as LifecycleEvent);
  return s;
}

describe('what the lifecycle states mean (tags)', () => {
  it('should tag who a case waits on, and nobody once it is closed', () => {
    const cases: [string[], string | null][] = [
      [[], 'you'],
      [['prepared', 'case-submitted'], 'support'],
      [['prepared', 'case-submitted', 'info_request'], 'you'],
      [['prepared', 'case-submitted', 'acknowledgement', 'merge_completed'], 'you'],
      [['prepared', 'case-submitted', 'acknowledgement', 'merge_completed', 'badges-missing', 'reply-sent'], 'support'],
      [['prepared', 'case-submitted', 'case_closed'], 'you'],
      [['cancel'], null],
    ];
    for (const [events, on] of cases) assert.equal(waitsOn({ tags: tagsOf(after(events)) }), on, events.join(' → '));
  });

  it('should tag the draft a state needs, and overdue waits', () => {
    assert.deepEqual(tagsOf(after(['prepared', 'case-submitted', 'confirmation_request'])), ['draft.confirmation', 'needsDraft', 'open', 'userToAnswer']);
    const overdue = after(['prepared', 'case-submitted', 'acknowledgement', 'support-overdue']);
    assert.ok(overdue.hasTag('overdue') && overdue.hasTag('draft.followup_overdue'));
    const ackOverdue = after(['prepared', 'case-submitted', 'acknowledgement-overdue']);
    assert.ok(ackOverdue.hasTag('overdue'));
    assert.equal(ackOverdue.hasTag('needsDraft'), false, 'no follow-up without a thread');
    assert.ok(after(['prepared', 'case-submitted', 'acknowledgement', 'merge_completed', 'badges-missing']).hasTag('draft.badges_followup'));
    assert.deepEqual(tagsOf(after(['prepared'])), ['awaitsCaseId', 'beforeSubmission', 'open']);
  });

  it('should give the tags of a stored state path as the snapshot has them', () => {
    const merged = ['prepared', 'case-submitted', 'acknowledgement', 'merge_completed'];
    for (const events of [[], ['prepared', 'case-submitted', 'acknowledgement-overdue'], ['prepared', 'case-submitted', 'case_closed'], [...merged, 'badges-missing'], ['cancel']]) {
      const s = after(events);
      assert.deepEqual(tagsOfPath(statePath(s.value)), tagsOf(s), events.join(' → '));
    }
    assert.ok(after(['prepared', 'case-submitted', 'case_closed']).hasTag('attention'));
    assert.deepEqual(tagsOfPath(null), []);
    assert.deepEqual(tagsOfPath('noSuchState.waiting'), [], 'a path the machine does not know means nothing');
  });

  it('should place the main-line states on the progress steps (meta), and no others', () => {
    assert.equal(progressStepOf('preparing'), 0);
    assert.equal(progressStepOf('done'), 7);
    assert.equal(progressStepOf('needsAttention'), null);
    assert.equal(progressStepOf('cancelled'), null);
  });
});
