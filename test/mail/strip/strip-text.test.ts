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
