import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correlate, type CorrelationLookups } from '../../src/ingest/correlate.js';
import type { UnderstoodMail } from '../../src/ingest/understood.js';
import { builtinRulesPath, loadRules } from '../../src/mail/classify/load-rules.js';
import { normalizeText } from '../../src/mail/classify/normalize.js';
import { readTopic } from '../../src/mail/classify/topic.js';

const topics = loadRules(builtinRulesPath(), undefined, { withoutModel: true }).frames.lexicon.topics;
/** What classification finds the mail to be about, with the built-in rules. */
const topicOf = (subject: string, text: string) => readTopic(topics, normalizeText(subject), normalizeText(text));

const mail = (over: Partial<UnderstoodMail> = {}): UnderstoodMail => ({
  messageId: '<m@amazon.com>', from: null, replyTo: null, to: ['u@example.com'], cc: [], delivery: { deliveredTo: [], xOriginalTo: [], resent: [] }, contentDigest: 'd', confidence: 1, ask: false, askKinds: [], evidence: null, subject: '', topic: {}, date: null, inReplyTo: null, references: [], newText: '',
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
    const ack = (text: string, subject = '') => mail({ kind: 'acknowledgement', subjectCaseId: '333', subject, newText: text, topic: topicOf(subject, text) });
    assert.deepEqual(correlate(ack('about AWS00000002'), 'inbox', look({ casesAwaitingSupportCaseId: waiting })), { caseId: 'w2', via: 'acknowledgement-binding' });
    assert.deepEqual((correlate(ack('no id'), 'inbox', look({ casesAwaitingSupportCaseId: waiting })) as { pending: { caseIds: string[] } }).pending.caseIds, ['w1', 'w2']);
    // The only case waiting takes a receipt that names nothing of it only when the receipt speaks of a merge:
    // a receipt of the user's other support case (billing, an exam booking) must not give it another case's ID.
    const one = look({ casesAwaitingSupportCaseId: () => [waiting()[0]!] });
    assert.deepEqual(correlate(ack('We have received your request about merging two certification accounts.'), 'inbox', one), { caseId: 'w1', via: 'acknowledgement-binding' });
    assert.deepEqual(correlate(ack('お問い合わせを受け付けました。', '[CASE 333] [AWS Training and Certification Form Submission] - account-assistance'), 'inbox', one), { caseId: 'w1', via: 'acknowledgement-binding' });
    assert.deepEqual(correlate(ack('2つのアカウントを1つにまとめたいというお問い合わせを受け付けました。'), 'inbox', one), { caseId: 'w1', via: 'acknowledgement-binding' });
    const billing = correlate(ack('We have received your question about invoice 12.', 'AWS Support: Case 333 received'), 'inbox', one) as { pending: { caseIds: string[]; why: string } };
    assert.deepEqual(billing.pending.caseIds, ['w1']);
    assert.match(billing.pending.why, /not say it is about an account merge/);
    assert.ok('pending' in (correlate(ack('試験の予約に関するお問い合わせを受け付けました。'), 'inbox', one) ?? {}));
  });

  it('should tie own mail only by case ID or thread, and Credly mail to the case checking badges', () => {
    const open = () => [{ id: 'o1', candidateIds: ['AWS01'] }];
    assert.equal(correlate(mail({ newText: 'AWS01' }), 'sent', look({ openCases: open })), null);
    assert.deepEqual(correlate(mail({ newText: 'AWS01' }), 'inbox', look({ openCases: open })), { caseId: 'o1', via: 'candidate-id' });
    assert.equal(correlate(mail({ kind: 'unrelated', newText: 'AWS01' }), 'inbox', look({ openCases: open })), null);
    assert.deepEqual(correlate(mail({ kind: 'badges_transferred' }), 'inbox', look({ casesCheckingBadges: () => ['b1', 'b2'] })), { caseId: 'b1', via: 'credly-badges' });
  });
});
