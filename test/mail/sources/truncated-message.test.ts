import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { buildTruncatedMessage, pickTextParts, stripBodyHeaders } from '../../../src/mail/sources/truncated-message.js';
import { candidateQuery } from '../../../src/mail/sources/imap-sync.js';

describe('truncated messages', () => {
  it('should keep inline text parts and skip attachments and attached messages', () => {
    const parts = pickTextParts({
      type: 'multipart/mixed',
      childNodes: [
        { type: 'multipart/alternative', childNodes: [{ part: '1.1', type: 'text/plain' }, { part: '1.2', type: 'text/html' }] },
        { part: '2', type: 'text/plain', disposition: 'attachment' },
        { part: '3', type: 'message/rfc822', childNodes: [{ part: '3.1', type: 'text/plain' }] },
        { part: '4', type: 'application/pdf' },
      ],
    });
    assert.deepEqual(parts.map((p) => p.part), ['1.1', '1.2']);
  });

  it('should drop body headers with their folded lines and keep the rest byte for byte', () => {
    const h = Buffer.from('Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\r\nContent-Type: multipart/mixed;\r\n\tboundary="x"\r\nMessage-ID: <a@b>\r\nMIME-Version: 1.0\r\n\r\n', 'latin1');
    assert.equal(stripBodyHeaders(h), 'Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\r\nMessage-ID: <a@b>');
  });

  it('should build a message mailparser reads back with the original header fields', async () => {
    const raw = buildTruncatedMessage(
      Buffer.from('From: a@amazon.com\r\nSubject: [CASE 1] hi\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n'),
      [{ type: 'text/plain', parameters: { charset: 'utf-8', format: 'flowed' }, encoding: 'base64', body: Buffer.from(Buffer.from('確認しました').toString('base64')) }],
      1234,
    );
    const m = await simpleParser(raw);
    assert.equal(m.subject, '[CASE 1] hi');
    assert.equal(m.text?.trim(), '確認しました');
    assert.match(String(m.headers.get('x-certmerge-truncated')), /1234/);
  });
});

describe('candidateQuery', () => {
  const hints = { since: new Date('2025-01-01'), inboxFrom: ['amazon.com', 'credly.com'], subjectKeywords: ['CASE'], sentTo: ['amazon.com'] };

  it('should OR the inbox senders and subject keywords', () => {
    assert.deepEqual(candidateQuery('inbox', hints), { since: hints.since, or: [{ from: 'amazon.com' }, { from: 'credly.com' }, { subject: 'CASE' }] });
  });

  it('should use a single recipient criterion directly for Sent', () => {
    assert.deepEqual(candidateQuery('sent', hints), { since: hints.since, to: 'amazon.com' });
  });
});
