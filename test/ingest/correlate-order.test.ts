import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correlate, type CorrelationLookups } from '../../src/ingest/correlate.js';
import type { UnderstoodMail } from '../../src/ingest/understood.js';

const mail = (over: Partial<UnderstoodMail> = {}): UnderstoodMail => ({
  messageId: '<m@amazon.com>', from: null, replyTo: null, to: ['u@example.com'], cc: [], delivery: { deliveredTo: [], xOriginalTo: [], resent: [] }, contentDigest: 'd', confidence: 1, ask: false, askKinds: [], evidence: null, subject: '', date: null, inReplyTo: null, references: [], newText: '',
  language: 'en', kind: 'support_reply', reasons: [], trusted: true, trustReasons: [], autoReply: false, subjectCaseId: null, bodyCaseId: null, problems: [], truncated: false,
  ...over,
});
const look = (over: Partial<CorrelationLookups> = {}): CorrelationLookups => ({
  caseBySupportCaseId: (id) => ({ '111': 'case-a', '222': 'case-b' })[id] ?? null,
  caseOfMessageIds: (ids) => (ids.includes('<t@x>') ? 'case-thread' : null),
  casesAwaitingSupportCaseId: () => [],
  openCases: () => [],
  casesCheckingBadges: () => [],
  ...over,
});

describe('correlate', () => {
  it('should prefer the subject case ID, then the thread, then the body case ID', () => {
    assert.deepEqual(correlate(mail({ subjectCaseId: '111', inReplyTo: '<t@x>', bodyCaseId: '222' }), 'inbox', look()), { caseId: 'case-a', via: 'subject-case-id' });
    assert.deepEqual(correlate(mail({ subjectCaseId: '999', inReplyTo: '<t@x>', bodyCaseId: '222' }), 'inbox', look()), { caseId: 'case-thread', via: 'thread' });
    assert.deepEqual(correlate(mail({ references: ['<o@x>'], bodyCaseId: '222' }), 'inbox', look()), { caseId: 'case-b', via: 'body-case-id' });
  });

  it('should bind a first acknowledgement to the one waiting case its text names, and not guess between several', () => {
    // Receipt binding (issue 13): a receipt must also be addressed to the case's addresses; when it cannot tell, it is pending.
    const waiting = () => [{ id: 'w1', candidateIds: ['AWS00000001'], addresses: ['u@example.com'], requesterName: '' }, { id: 'w2', candidateIds: ['AWS00000002'], addresses: ['u@example.com'], requesterName: '' }];
    const ack = (text: string) => mail({ kind: 'acknowledgement', subjectCaseId: '333', newText: text });
    assert.deepEqual(correlate(ack('about AWS00000002'), 'inbox', look({ casesAwaitingSupportCaseId: waiting })), { caseId: 'w2', via: 'acknowledgement-binding' });
    assert.deepEqual((correlate(ack('no id'), 'inbox', look({ casesAwaitingSupportCaseId: waiting })) as { pending: { caseIds: string[] } }).pending.caseIds, ['w1', 'w2']);
    assert.deepEqual(correlate(ack('no id'), 'inbox', look({ casesAwaitingSupportCaseId: () => [waiting()[0]!] })), { caseId: 'w1', via: 'acknowledgement-binding' });
  });

  it('should tie own mail only by case ID or thread, and Credly mail to the case checking badges', () => {
    const open = () => [{ id: 'o1', candidateIds: ['AWS01'] }];
    assert.equal(correlate(mail({ newText: 'AWS01' }), 'sent', look({ openCases: open })), null);
    assert.deepEqual(correlate(mail({ newText: 'AWS01' }), 'inbox', look({ openCases: open })), { caseId: 'o1', via: 'candidate-id' });
    assert.equal(correlate(mail({ kind: 'unrelated', newText: 'AWS01' }), 'inbox', look({ openCases: open })), null);
    assert.deepEqual(correlate(mail({ kind: 'badges_transferred' }), 'inbox', look({ casesCheckingBadges: () => ['b1', 'b2'] })), { caseId: 'b1', via: 'credly-badges' });
  });
});
