import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { draftStillFits, mayNeedDraft, planDraft } from '../../src/replies/draft-plan.js';
import type { EventRow } from '../../src/store/case-store.js';

let n = 0;
const ev = (type: string, over: Partial<EventRow> = {}): EventRow => ({
  id: ++n, caseId: 'c', at: '2026-01-05T09:00:00.000Z', recordedAt: '2026-01-05T09:00:00.000Z', type, source: 'mail', messageId: `<${type}-${n}@amazon.com>`,
  outcome: 'applied', stateBefore: null, stateAfter: null, summary: '', payload: null, ...over,
});

describe('planDraft', () => {
  it('should answer the latest confirmation or information request that came by mail, keyed on its Message-ID', () => {
    const old = ev('confirmation_request');
    const latest = ev('confirmation_request');
    const plan = planDraft(['open', 'needsDraft', 'draft.confirmation'], [old, latest, ev('confirmation_request', { outcome: 'ignored' })], null);
    assert.deepEqual(plan, { kind: 'confirmation', answersKey: latest.messageId, answers: latest.messageId });
    assert.equal(planDraft(['needsDraft', 'draft.confirmation'], [ev('confirmation_request', { source: 'user', messageId: null })], null), null, 'applied by hand: no support mail to answer');
    const corrected = ev('confirmation_request', { source: 'user' });
    assert.deepEqual(planDraft(['needsDraft', 'draft.confirmation'], [corrected], null), { kind: 'confirmation', answersKey: corrected.messageId, answers: corrected.messageId }, 'a stored message the user read as a confirmation request is answered');
    const info = ev('info_request');
    assert.deepEqual(planDraft(['needsDraft', 'draft.info'], [info], null), { kind: 'info', answersKey: info.messageId, answers: info.messageId });
  });

  it('should key a badges follow-up on the badges-missing event and an overdue follow-up on when the wait began', () => {
    const missing = ev('badges-missing', { source: 'user', messageId: null });
    assert.deepEqual(planDraft(['needsDraft', 'draft.badges_followup'], [missing], null), { kind: 'badges_followup', answersKey: `badges-missing:${missing.id}`, answers: null });
    assert.deepEqual(planDraft(['overdue', 'needsDraft', 'draft.followup_overdue'], [], '2026-01-01T00:00:00.000Z'), { kind: 'followup_overdue', answersKey: 'overdue:2026-01-01T00:00:00.000Z', answers: null });
    assert.equal(planDraft(['open', 'waitingOnSupport'], [ev('info_request')], null), null, 'only waiting: nothing to draft');
  });

  it('should tell whether a case may need a draft and whether a draft still fits its state', () => {
    assert.equal(mayNeedDraft(['open', 'waitingOnSupport']), false);
    assert.equal(mayNeedDraft(['needsDraft', 'draft.info']), true);
    assert.equal(draftStillFits('info', ['needsDraft', 'draft.info']), true);
    assert.equal(draftStillFits('confirmation', ['needsDraft', 'draft.info']), false);
  });
});
