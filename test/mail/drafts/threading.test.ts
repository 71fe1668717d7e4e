import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildThreadingHeaders, normalizeMessageId, splitMessageIds } from '../../../src/mail/drafts/threading.js';

describe('buildThreadingHeaders', () => {
  it('sets In-Reply-To to the parent Message-ID and appends it to the parent References', () => {
    const h = buildThreadingHeaders({ messageId: '<p@amazon.com>', references: ['<a@x>', '<b@y>'] });
    assert.deepEqual(h, { inReplyTo: '<p@amazon.com>', references: ['<a@x>', '<b@y>', '<p@amazon.com>'] });
  });

  it('starts References with the parent alone when the parent had none', () => {
    assert.deepEqual(buildThreadingHeaders({ messageId: '<p@amazon.com>', references: [] }), { inReplyTo: '<p@amazon.com>', references: ['<p@amazon.com>'] });
  });

  it('adds angle brackets to bare IDs and trims whitespace', () => {
    const h = buildThreadingHeaders({ messageId: '  p@amazon.com ', references: ['a@x'] });
    assert.deepEqual(h, { inReplyTo: '<p@amazon.com>', references: ['<a@x>', '<p@amazon.com>'] });
  });

  it('splits a References entry that holds several IDs', () => {
    const h = buildThreadingHeaders({ messageId: '<p@z>', references: ['<a@x> <b@y>\r\n <c@w>'] });
    assert.deepEqual(h.references, ['<a@x>', '<b@y>', '<c@w>', '<p@z>']);
  });

  it('removes duplicates and keeps the parent last even when the parent References already held it', () => {
    const h = buildThreadingHeaders({ messageId: '<p@z>', references: ['<a@x>', '<p@z>', '<a@x>', '<b@y>'] });
    assert.deepEqual(h.references, ['<a@x>', '<b@y>', '<p@z>']);
  });

  it('caps a long chain keeping the thread root and the newest IDs', () => {
    const refs = Array.from({ length: 50 }, (_, i) => `<m${i}@x>`);
    const h = buildThreadingHeaders({ messageId: '<p@z>', references: refs }, 5);
    assert.deepEqual(h.references, ['<m0@x>', '<m47@x>', '<m48@x>', '<m49@x>', '<p@z>']);
  });

  it('keeps at most twenty IDs by default', () => {
    const refs = Array.from({ length: 50 }, (_, i) => `<m${i}@x>`);
    const h = buildThreadingHeaders({ messageId: '<p@z>', references: refs });
    assert.equal(h.references.length, 20);
    assert.equal(h.references[0], '<m0@x>');
    assert.equal(h.references.at(-1), '<p@z>');
  });

  it('gives no In-Reply-To when the parent had no Message-ID but keeps its References', () => {
    assert.deepEqual(buildThreadingHeaders({ messageId: '', references: ['<a@x>'] }), { inReplyTo: null, references: ['<a@x>'] });
  });

  it('does not thread on a synthetic Message-ID the parser made up for a message without one', () => {
    const h = buildThreadingHeaders({ messageId: '<0a1b2c@certmerge.invalid>', references: ['<a@x>'] });
    assert.deepEqual(h, { inReplyTo: null, references: ['<a@x>'] });
  });

  it('ignores values that are not Message-IDs', () => {
    assert.equal(normalizeMessageId('<>'), null);
    assert.equal(normalizeMessageId('two words'), null);
    assert.deepEqual(splitMessageIds(['', '   ']), []);
  });
});
