import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';
import { normalizeText } from '../../../src/mail/classify/normalize.js';
import { readTopic } from '../../../src/mail/classify/topic.js';

const topics = loadRules(builtinRulesPath(), undefined, { withoutModel: true }).frames.lexicon.topics;
const topicOf = (subject: string, text = '') => readTopic(topics, normalizeText(subject), normalizeText(text));

describe('readTopic (rules/frames.yaml lexicon.topics)', () => {
  it('finds the merge in both languages, however it is put', () => {
    for (const [subject, text] of [
      ['[CASE 1234567890] [AWS Training and Certification Form Submission] - account-assistance', ''],
      ['', 'We received your request to combine your two certification accounts.'],
      ['', 'You asked us to bring your 2 profiles into one.'],
      ['', 'I have a duplicate certification account under my old work address.'],
      ['Re: アカウント統合のご依頼', ''],
      ['', '2つの認定アカウントを1つにまとめたいとのお問い合わせを受け付けました。'],
      ['', '重複している認定アカウントについてのお問い合わせです。'],
    ]) assert.ok(topicOf(subject!, text).merge, `${subject} ${text}`);
  });

  it('names another matter, and not the merge, for the other support cases a user has', () => {
    for (const [text, topic] of [
      ['Your refund request for order 123 has been received.', 'billing'],
      ['お支払い方法の変更についてのお問い合わせを承りました。', 'billing'],
      ['We have received your request to reschedule your exam appointment.', 'exams'],
      ['試験予約の変更について回答いたします。', 'exams'],
      ['Your question about your Skill Builder subscription has been resolved.', 'learning'],
      ['We received your request regarding exam scheduling.', 'exams'],
      ['チーム用バウチャーのご注文を承りました。', 'billing'],
      ['To reset multi-factor authentication on your root user, we need to verify your identity.', 'access'],
      ['ルートユーザーの多要素認証デバイスを紛失された件でご連絡いたします。', 'access'],
      ['ケース 1234567890(Service Quotas: EC2 オンデマンドインスタンス上限緩和)は解決済みに変更されました。', 'service'],
      ['Your service quota increase request for Lambda concurrent executions has been approved.', 'service'],
      ['しけんりょうきんの へんきん について', 'billing'],
    ] as const) {
      const t = topicOf('', text);
      assert.equal(t.other?.topic, topic, text);
      assert.equal(t.merge, undefined, text);
    }
  });

  it('reads the subject before the text, and finds nothing in mail about neither', () => {
    assert.deepEqual(topicOf('RE: [CASE 1234567890] Invoice address', 'We have now closed this case.'), { other: { topic: 'billing', said: 'invoice' } });
    assert.deepEqual(topicOf('Your case has been received', 'We will reply within 24 hours.'), {});
    // The form's category for merges also files sign-in and MFA trouble: it speaks for the merge only alone.
    const form = 'RE:[CASE 1780224511] [AWS Training and Certification Form Submission] - account-assistance';
    assert.deepEqual(topicOf(form, 'We have received your request.'), { merge: 'account-assistance' });
    assert.deepEqual(topicOf(form, 'To reset multi-factor authentication on your Builder ID I need to verify you.'), { other: { topic: 'access', said: 'multi-factor' } });
    // Nor when the message says its inquiry is about another matter; a matter only mentioned does not outweigh it.
    assert.equal(topicOf(form, '試験料の返金に関するお問い合わせを受け付けました。').other?.topic, 'billing');
    assert.equal(topicOf(form, 'We have received your inquiry about a refund.').other?.topic, 'billing');
    assert.equal(topicOf(form, 'We have received your inquiry about a refund.').merge, undefined);
    assert.deepEqual(topicOf(form, 'Your exam voucher purchase is not affected; we have received your request.').merge, 'account-assistance');
    // 解決済み (resolved) holds 決済 (payment): a closing is no billing question.
    assert.deepEqual(topicOf('ケース 1234567890 は解決済みになりました', 'サポートケースは解決済みとしてクローズされました。'), {});
    // The sender's name is no topic: "AWS Training and Certification" writes every message.
    assert.deepEqual(topicOf('AWS Training and Certification', 'Thank you for contacting AWS Training and Certification.'), {});
  });
});
