import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { LIMITS } from '../../../src/mail/parse/limits.js';
import { parseMessage } from '../../../src/mail/parse/parse-message.js';

const opts = { maxBytes: 25 * 1024 * 1024 };
const JA = 'アカウントの統合が完了しました。髙橋様、①～③をご確認ください。';

function message(headers: string[], body: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n', 'utf8'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}
const base = ['From: Support <aws-cs-trainingcertification-form@amazon.com>', 'To: me@example.com', 'Date: Mon, 15 Dec 2025 10:12:00 +0900', 'Message-ID: <m1@example.com>', 'MIME-Version: 1.0'];

describe('parseMessage', () => {
  it('decodes a UTF-8 base64 body and an RFC 2047 subject', async () => {
    const p = await parseMessage(
      message([...base, `Subject: =?UTF-8?B?${Buffer.from('統合のお知らせ').toString('base64')}?= [CASE 1]`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64'], Buffer.from(JA).toString('base64')),
      opts,
    );
    assert.equal(p.subject, '統合のお知らせ [CASE 1]');
    assert.equal(p.text.trim(), JA);
    assert.deepEqual(p.problems, []);
  });

  it('decodes an ISO-2022-JP body written as 7-bit JIS', async () => {
    const jis = Buffer.from(Encoding.convert(Encoding.stringToCode(JA), { to: 'JIS', from: 'UNICODE' }));
    assert.ok(jis.every((b) => b < 0x80), 'fixture must be 7-bit');
    const p = await parseMessage(message([...base, `Subject: =?ISO-2022-JP?B?${jis.subarray(0, 20).toString('base64')}?=`, 'Content-Type: text/plain; charset=ISO-2022-JP', 'Content-Transfer-Encoding: 7bit'], jis), opts);
    assert.equal(p.text.trim().replace('〜', '～'), JA);
  });

  it('decodes a Shift_JIS body', async () => {
    const p = await parseMessage(message([...base, 'Subject: sjis', 'Content-Type: text/plain; charset=Shift_JIS', 'Content-Transfer-Encoding: 8bit'], iconv.encode(JA, 'Shift_JIS')), opts);
    assert.equal(p.text.trim(), JA);
  });

  it('decodes an EUC-JP body', async () => {
    const p = await parseMessage(message([...base, 'Subject: euc', 'Content-Type: text/plain; charset=EUC-JP', 'Content-Transfer-Encoding: 8bit'], iconv.encode(JA, 'EUC-JP')), opts);
    assert.equal(p.text.trim(), JA);
  });

  it('decodes a quoted-printable body', async () => {
    const p = await parseMessage(message([...base, 'Subject: qp', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable'], 'caf=C3=A9 and a soft=\r\n break'), opts);
    assert.equal(p.text.trim(), 'café and a soft break');
  });

  it('turns HTML-only mail into text and keeps the HTML for quote stripping', async () => {
    const p = await parseMessage(message([...base, 'Subject: html', 'Content-Type: text/html; charset=UTF-8'], '<p>Hello <b>Taro</b></p><blockquote>old</blockquote>'), opts);
    assert.match(p.text, /Hello Taro/);
    assert.match(p.html ?? '', /<blockquote>/);
  });

  it('lists Authentication-Results headers topmost first with their positions', async () => {
    const p = await parseMessage(
      message(['Authentication-Results: mx.a; dkim=pass', 'Received: from x by y', 'Authentication-Results: mx.b;\r\n\tdmarc=fail', ...base, 'Subject: x'], 'body'),
      opts,
    );
    assert.deepEqual(p.authenticationResults, [
      { value: 'mx.a; dkim=pass', position: 0 },
      { value: 'mx.b; dmarc=fail', position: 2 },
    ]);
  });

  it('reads the headers that mark automatic mail', async () => {
    const p = await parseMessage(
      message([...base, 'Subject: x', 'Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: bulk', 'X-Auto-Response-Suppress: All', 'List-Id: <news.example.com>'], 'x'),
      opts,
    );
    assert.equal(p.autoReplyHeaders.autoSubmitted, 'auto-replied');
    assert.equal(p.autoReplyHeaders.xAutoreply, 'yes');
    assert.equal(p.autoReplyHeaders.precedence, 'bulk');
    assert.equal(p.autoReplyHeaders.xAutoResponseSuppress, 'All');
    assert.equal(p.autoReplyHeaders.listId, '<news.example.com>');
    assert.equal(p.autoReplyHeaders.xAutorespond, null);
  });

  it('extracts addresses, reply-to, in-reply-to and references', async () => {
    const p = await parseMessage(
      message(
        ['From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <Taro@Example.COM>', 'Reply-To: a@example.com, b@example.com', 'To: Group: c@example.com, d@example.com;', 'Subject: x', 'In-Reply-To: <p@x>', 'References: <a@x>\r\n <b@x> <p@x>', 'Message-ID: <m@x>', 'Date: Mon, 15 Dec 2025 10:12:00 +0000'],
        'x',
      ),
      opts,
    );
    assert.deepEqual(p.from, { address: 'Taro@Example.COM', name: '山田 太郎' });
    assert.equal(p.fromCount, 1);
    assert.deepEqual(p.replyTo.map((a) => a.address), ['a@example.com', 'b@example.com']);
    assert.deepEqual(p.to.map((a) => a.address), ['c@example.com', 'd@example.com']);
    assert.equal(p.inReplyTo, '<p@x>');
    assert.deepEqual(p.references, ['<a@x>', '<b@x>', '<p@x>']);
  });

  it('counts every address over repeated From headers', async () => {
    const p = await parseMessage(message(['From: a@amazon.com', 'From: b@evil.example', 'Subject: x', 'Message-ID: <m@x>', 'Date: Mon, 15 Dec 2025 10:12:00 +0000'], 'x'), opts);
    assert.equal(p.fromCount, 2);
  });

  it('keeps a punycode From domain in ASCII so a look-alike stays visible', async () => {
    const p = await parseMessage(message(['From: x@xn--amazn-mye.com', 'Subject: x', 'Message-ID: <m@x>', 'Date: Mon, 15 Dec 2025 10:12:00 +0000'], 'x'), opts);
    assert.equal(p.from?.address, 'x@xn--amazn-mye.com');
  });

  it('derives a stable synthetic Message-ID from the headers when there is none', async () => {
    const raw = message(['From: a@b.example', 'Subject: x', 'Date: Mon, 15 Dec 2025 10:12:00 +0000'], 'x');
    const a = await parseMessage(raw, opts);
    const b = await parseMessage(Buffer.concat([raw, Buffer.from('more body')]), opts);
    assert.equal(a.messageIdSynthetic, true);
    assert.match(a.messageId, /^<[0-9a-f]{64}@certmerge\.invalid>$/);
    assert.equal(a.messageId, b.messageId, 'the body does not change the header hash');
    assert.ok(a.problems.some((x) => x.includes('Message-ID')));
  });

  it('reports a missing or unreadable Date instead of inventing one', async () => {
    const p = await parseMessage(message(['From: a@b.example', 'Subject: x', 'Message-ID: <m@x>', 'Date: yesterday-ish'], 'x'), opts);
    assert.equal(p.date, null);
    assert.ok(p.problems.some((x) => x.includes('Date')));
  });

  it('bounds the subject and the text', async () => {
    const p = await parseMessage(message(['From: a@b.example', `Subject: ${'s'.repeat(5000)}`, 'Message-ID: <m@x>', 'Date: Mon, 15 Dec 2025 10:12:00 +0000'], 'x'.repeat(LIMITS.textChars + 5000)), opts);
    assert.equal(p.subject.length, LIMITS.subjectChars);
    assert.equal(p.text.length, LIMITS.textChars);
    assert.equal(p.truncated, true);
  });

  it('reports a multipart body that never closes its boundary', async () => {
    const p = await parseMessage(message([...base, 'Subject: x', 'Content-Type: multipart/mixed; boundary="zz"'], '--zz\r\nContent-Type: text/plain\r\n\r\nhello\r\n'), opts);
    assert.match(p.text, /hello/);
    assert.ok(p.problems.some((x) => x.includes('boundary')), p.problems.join('; '));
  });

  it('reports an unknown charset and still reads the text', async () => {
    const p = await parseMessage(message([...base, 'Subject: x', 'Content-Type: text/plain; charset=x-nonsense'], 'hello there'), opts);
    assert.match(p.text, /hello there/);
    assert.ok(p.problems.some((x) => x.includes('x-nonsense')));
  });

  it('returns the whole input as text when there is no header section', async () => {
    const p = await parseMessage(Buffer.from('just words\nand more words\n'), opts);
    assert.match(p.text, /just words/);
    assert.equal(p.from, null);
    assert.ok(p.problems.some((x) => x.includes('header section')));
  });

  it('survives binary garbage', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const p = await parseMessage(bytes, opts);
    assert.ok(p.problems.length > 0);
    assert.equal(p.from, null);
    assert.ok(!p.text.includes(String.fromCharCode(0)), 'no NUL bytes in the text');
  });

  it('streams a message over the size cap and counts it as truncated', async () => {
    const boundary = 'b';
    const raw = message(
      [...base, 'Subject: big', `Content-Type: multipart/mixed; boundary="${boundary}"`],
      `--b\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.alloc(3000, 1).toString('base64')}\r\n--b--\r\n`,
    );
    const p = await parseMessage(raw, { maxBytes: 1000 });
    assert.match(p.text, /see attachment/);
    assert.equal(p.truncated, true);
    assert.deepEqual(p.problems, []);
  });
});
