import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAutoReply } from '../../../src/mail/classify/auto-reply.js';
import type { AutoReplyHeaders } from '../../../src/mail/parse/parsed-message.js';

const none: AutoReplyHeaders = { autoSubmitted: null, xAutoreply: null, xAutorespond: null, precedence: null, xAutoResponseSuppress: null, listId: null, listUnsubscribe: null };

describe('detectAutoReply', () => {
  it('does not count Auto-Submitted: auto-generated (AWS receipts and notifications carry it)', () => {
    assert.equal(detectAutoReply({ ...none, autoSubmitted: 'auto-generated' }, '[CASE 1] received').kind, 'none');
    assert.equal(detectAutoReply({ ...none, autoSubmitted: 'no' }, 'x').kind, 'none');
  });

  it('counts Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond and Precedence: auto_reply', () => {
    assert.equal(detectAutoReply({ ...none, autoSubmitted: 'auto-replied; owner-email="a@b"' }, 'x').kind, 'auto-replied');
    assert.equal(detectAutoReply({ ...none, xAutoreply: 'yes' }, 'x').kind, 'auto-replied');
    assert.equal(detectAutoReply({ ...none, xAutorespond: 'on' }, 'x').kind, 'auto-replied');
    assert.equal(detectAutoReply({ ...none, precedence: 'auto_reply' }, 'x').kind, 'auto-replied');
  });

  it('does not count bulk mail or X-Auto-Response-Suppress as auto-replies', () => {
    assert.equal(detectAutoReply({ ...none, precedence: 'bulk', xAutoResponseSuppress: 'All' }, 'Newsletter').kind, 'none');
  });

  for (const subject of ['Out of Office: RE:[CASE 1]', 'Automatic reply: account merge', '自動応答: 不在のお知らせ', '【不在】RE: 統合', 'I am on vacation']) {
    it(`recognizes the automatic subject "${subject}"`, () => {
      assert.notEqual(detectAutoReply(none, subject).kind, 'none');
    });
  }

  it('calls an absence notice out-of-office, with a readable reason', () => {
    const v = detectAutoReply({ ...none, autoSubmitted: 'auto-replied' }, 'Out of Office: hello');
    assert.equal(v.kind, 'out-of-office');
    assert.ok(v.reasons.some((r) => r.includes('Out of Office')));
  });
});
