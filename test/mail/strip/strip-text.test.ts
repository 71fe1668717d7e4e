import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutWithReplyParser, stripText } from '../../../src/mail/strip/strip-text.js';

describe('email-reply-parser in quote stripping', () => {
  it('leaves text whose only quotes are > lines to the quote-prefix layer', () => {
    const text = 'Merged.\n\n> Please confirm.\n>\n> Thanks\n\nRegards,\nSupport';
    assert.equal(cutWithReplyParser(text), null);
    assert.deepEqual(stripText(text), { text: 'Merged.\n\n\nRegards,\nSupport', methods: ['text:quote-prefix'] });
  });

  it('cuts at a Western attribution that our separators do not know', () => {
    const text = 'Merci.\n\nLe lun. 15 déc. 2025 à 10:12, X <x@y.example> a écrit :\nancien texte';
    assert.deepEqual(stripText(text), { text: 'Merci.', methods: ['email-reply-parser'] });
  });
});

describe('answers written below the quote', () => {
  it('keeps what follows an attribution and its > lines, and cuts the history under that answer', () => {
    const text = [
      'Hi Wei,',
      '',
      'On Thu, Jan 29, 2026 at 1:40 PM Wei Chen <wei.chen@example.sg> wrote:',
      '> I agree.',
      '> Also: will my exam voucher survive?',
      '',
      'Your accounts were combined this morning.',
      '',
      'Marco',
      '',
      'On Wed, Jan 28, 2026 at 9:00 AM Support <support@example.com> wrote:',
      '> Please confirm the merge.',
    ].join('\n');
    const r = stripText(text);
    assert.equal(r.text, 'Hi Wei,\n\nYour accounts were combined this morning.\n\nMarco');
    assert.ok(r.methods.includes('text:answer-below-quote'), r.methods.join(', '));
  });

  it('cuts a top-posted reply at the attribution when nothing follows the quoted lines', () => {
    const text = '了解しました。\n\n2026年1月29日(木) 13:40 Wei Chen <wei.chen@example.sg>:\n> 同意します。\n>\n';
    assert.deepEqual(stripText(text).text, '了解しました。');
  });

  it('keeps an answer written below a rule under unmarked history that opens the message', () => {
    const quoted = 'From: Dan Okafor <dan.okafor@example.com>\nSent: Monday, November 16, 2026 7:02 PM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: [CASE 1812075596430] merge\n\nneed my two cert accounts merged.\nthanks - Dan';
    const r = stripText(`________________________________\n${quoted}\n\n-----\nDan - which one stays as primary? Just reply with the email of the account to keep.\n`);
    assert.equal(r.text, 'Dan - which one stays as primary? Just reply with the email of the account to keep.');
    assert.ok(r.methods.includes('text:answer-below-rule'), r.methods.join(', '));
    // With an answer above the quote, or in a forwarded copy, what follows a rule stays quoted.
    assert.equal(stripText(`Thanks, done.\n\n${quoted}\n-----\nold answer`).text, 'Thanks, done.');
    assert.equal(stripText(`---------- Forwarded message ---------\n${quoted}\n-----\nold answer`).text, '');
  });

  it("cuts a helpdesk's reprinted conversation at its second comment header, in each header style", () => {
    const rule = '----------------------------------------------';
    const zendesk = ['##- Please type your reply above this line -##', '', 'Your request (#178577120349) has been updated.', rule, '', 'Tomas Berg, Feb 12, 2026, 15:00 UTC', '', "Hi Sofia, I've escalated it; no action needed from you.", '', rule, '', 'Sofia Lindqvist, 2026-02-11 12:47 UTC', '', 'Sure, it is AWS60154483.', '', rule, '', 'Tomas Berg, 2026-02-11 10:15 UTC', '', 'Hi Sofia, could you send the candidate ID shown on the older profile?'];
    const z = stripText(zendesk.join('\n'));
    assert.ok(z.text.endsWith("Hi Sofia, I've escalated it; no action needed from you."), z.text);
    assert.ok(!z.text.includes('candidate ID'), z.text);
    assert.ok(z.methods.includes('text:helpdesk-history'), z.methods.join(', '));
    const ja = ['リクエスト #1781155029 が更新されました。', rule, '', 'Kaito Fujii（AWS トレーニングと認定）', '2026/02/05 15:30', '', '高橋様', '統合が完了しましたら、ご案内します。', '', rule, '', '高橋 美咲', '2026/02/03 21:44', '', 'AWS52288410（残す方）と AWS19904763 です。', '', rule, '', 'Kaito Fujii', '2026/02/03 10:02', '', 'それぞれの受験者IDをお知らせいただけますでしょうか。'];
    assert.ok(stripText(ja.join('\n')).text.endsWith('統合が完了しましたら、ご案内します。'));
    const servicenow = ['Case 1781155029 has been updated', '', 'State: Resolved', '', 'Additional comments (Customer Visible):', '2026-02-04 16:20:12 JST - Kaito Fujii', 'Please reply "I agree" to consent to the merge.', '', '2026/02/03 10:02 - Kaito Fujii', 'Could you send both candidate IDs?'];
    assert.ok(stripText(servicenow.join('\n')).text.endsWith('Please reply "I agree" to consent to the merge.'));
  });

  it("cuts at a helpdesk's 'conversation history' rule", () => {
    assert.equal(stripText('中村様\n統合処理を実施しました。\n\n-------- これまでのやりとり --------\n> 統合をお願いします。').text, '中村様\n統合処理を実施しました。');
    assert.equal(stripText('Hi Raj,\nWe re-issued both badges.\n-------- Conversation history --------\nRaj wrote: please merge').text, 'Hi Raj,\nWe re-issued both badges.');
  });

  it('keeps a list of dates and times that is no conversation', () => {
    const text = 'Your exams on the old profile:\n\nExam date: 2026-03-01 10:00\nExam date: 2026-04-02 14:00\n\nBoth will move to the kept profile.';
    assert.equal(stripText(text).text, text);
  });

  it('cuts unmarked (Outlook-style) history at its header, whatever follows', () => {
    const text = 'Done.\n\nOn Thu, Jan 29, 2026 at 1:40 PM Wei <w@example.sg> wrote:\nold text\nmore old text';
    assert.equal(stripText(text).text, 'Done.');
  });
});
