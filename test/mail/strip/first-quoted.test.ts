import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstQuotedMessage } from '../../../src/mail/strip/first-quoted.js';

describe('the first quoted message (what a short reply answers)', () => {
  it('reads the message under a Gmail attribution, without the history that message quotes in turn', () => {
    const full = [
      'Done.',
      '',
      'Jorge',
      '',
      'On Mon, Nov 9, 2026 at 9:03 PM Daniel Okafor <dan@example.com> wrote:',
      '> Yes, that is correct. Please go ahead and merge the accounts.',
      '>',
      '> Daniel',
      '>',
      '>> Hello Daniel, please reply to confirm that we may merge AWS07789412 into AWS61127093.',
    ].join('\n');
    const q = firstQuotedMessage(full, 'Done.\n\nJorge');
    assert.ok(q?.includes('Please go ahead and merge the accounts.'), String(q));
    assert.ok(!q?.includes('please reply to confirm'), String(q));
  });

  it('reads the message under an Outlook header block and under a Japanese attribution', () => {
    const outlook = 'Sending this again.\n\n-----Original Message-----\nFrom: support@amazon.com\nSent: Sat, Nov 7, 2026 10:30 AM\nTo: dan@example.com\nSubject: RE: case\n\nHello Daniel,\nPlease reply to confirm the merge.';
    assert.equal(firstQuotedMessage(outlook, 'Sending this again.'), 'Hello Daniel,\nPlease reply to confirm the merge.');
    const ja = '対応いたしました。\n\n2026年11月7日(土) 22:19 鈴木 健一 <ken@example.jp>:\n> 記載の内容で問題ございません。統合を進めてください。';
    assert.equal(firstQuotedMessage(ja, '対応いたしました。'), '記載の内容で問題ございません。統合を進めてください。');
  });

  it('is null when nothing is quoted, or the new text is not in the full text', () => {
    assert.equal(firstQuotedMessage('Done.\n\nJorge', 'Done.\n\nJorge'), null);
    assert.equal(firstQuotedMessage('Something else entirely', 'Done.'), null);
  });
});
