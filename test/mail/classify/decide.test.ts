import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide, type Evidence } from '../../../src/mail/classify/decide.js';
import { MAIL_KINDS, type MailKind } from '../../../src/mail/kinds.js';

const kinds = [...MAIL_KINDS] as MailKind[];
function evidence(probs: Partial<Record<MailKind, number>>, agreed: MailKind[], extra: Partial<Evidence> = {}): Evidence {
  return {
    kinds,
    probs: kinds.map((k) => probs[k] ?? 0),
    agreed: Object.fromEntries(agreed.map((k) => [k, `frame for ${k} agrees`])),
    missed: {},
    userRule: null,
    autoReply: 'none',
    autoReplyWhy: '',
    senderGroups: ['support'],
    vector: { rows: [1, 2, 3], values: [0.6, 0.6, 0.53] },
    ...extra,
  };
}

describe('decide', () => {
  it('takes the model kind a frame agrees with, confidently, without asking', () => {
    const d = decide(evidence({ merge_completed: 0.9, support_reply: 0.1 }, ['merge_completed']));
    assert.equal(d.kind, 'merge_completed');
    assert.equal(d.ask, false);
    assert.equal(d.confidence, 0.9);
  });

  it('vetoes an advancing kind no frame agrees with, and asks', () => {
    const d = decide(evidence({ merge_completed: 0.7, support_reply: 0.3 }, [], { missed: { merge_completed: { why: 'negated', how: 'vetoed' } } }));
    assert.equal(d.kind, 'support_reply');
    assert.equal(d.ask, true);
    assert.deepEqual(d.askKinds, ['merge_completed']);
    assert.ok(d.reasons.some((r) => r.includes('vetoed: negated')));
  });

  it('re-ranks with what the case accepts next (the prior)', () => {
    const e = evidence({ info_request: 0.5, confirmation_request: 0.45, support_reply: 0.05 }, ['info_request', 'confirmation_request']);
    assert.equal(decide(e).kind, 'info_request');
    const d = decide(e, { expected: new Set<MailKind>(['confirmation_request', 'support_reply', 'case_closed']) });
    assert.equal(d.kind, 'confirmation_request');
    assert.ok(d.reasons.some((r) => r.startsWith('prior:')));
  });

  it('reads a message like the user corrected a very similar one, unless a frame vetoes it', () => {
    const correction = { id: 7, kind: 'confirmation_request' as const, vector: { rows: [1, 2, 3], values: [0.6, 0.6, 0.53] }, subject: 'RE: case' };
    const absent = evidence({ support_reply: 0.8, confirmation_request: 0.2 }, [], { missed: { confirmation_request: { why: 'no confirm in the text', how: 'absent' } } });
    const d = decide(absent, { corrections: [correction] });
    assert.equal(d.kind, 'confirmation_request');
    assert.ok(d.reasons.some((r) => r.startsWith('correction #7')));
    const vetoed = evidence({ support_reply: 0.8, confirmation_request: 0.2 }, [], { missed: { confirmation_request: { why: 'negated', how: 'vetoed' } } });
    assert.notEqual(decide(vetoed, { corrections: [correction] }).kind, 'confirmation_request');
  });

  it('never moves a case on an out-of-office reply', () => {
    const d = decide(evidence({ merge_completed: 0.99 }, ['merge_completed'], { autoReply: 'out-of-office', autoReplyWhy: 'subject' }));
    assert.equal(d.kind, 'unrelated');
    assert.equal(d.ask, false);
  });

  it('asks about a closing that may also report the merge', () => {
    const d = decide(evidence({ case_closed: 0.85, merge_completed: 0.06, support_reply: 0.09 }, ['case_closed']));
    assert.equal(d.kind, 'case_closed');
    assert.equal(d.ask, true);
  });
});
