import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';
import { readPrefix } from '../../../src/mail/sources/maildir-source.js';
import { understandMessage } from '../../../src/mail/understand.js';
import { testApp } from '../../support/app.js';

// Too big to commit: written to a temporary folder at run time.
const ATTACHMENT_BYTES = 30 * 1024 * 1024;
let dir = '';
let file = '';

function writeBigMessage(path: string, attachmentBytes = ATTACHMENT_BYTES): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(
      fd,
      [
        'Authentication-Results: mx.test.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com',
        'From: aws-cs-trainingcertification-form@amazon.com',
        'To: taro.personal@example.com',
        'Subject: RE:[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance',
        'Date: Mon, 15 Dec 2025 10:12:00 +0000',
        'Message-ID: <big-1@email.amazon.com>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="big"',
        '',
        '--big',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hello Taro,',
        '',
        'Your accounts have been merged. The certificate history is attached.',
        '',
        '--big',
        'Content-Type: application/pdf; name="history.pdf"',
        'Content-Disposition: attachment; filename="history.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        '',
      ].join('\r\n'),
    );
    // 57 bytes of data per 76-character base64 line, written in 1 MB batches.
    const line = Buffer.alloc(57, 0xa5).toString('base64') + '\r\n';
    const batch = line.repeat(Math.floor((1024 * 1024) / line.length));
    const lines = Math.ceil(attachmentBytes / 57);
    const perBatch = Math.floor((1024 * 1024) / line.length);
    for (let written = 0; written < lines; written += perBatch) writeSync(fd, batch);
    writeSync(fd, '--big--\r\n');
  } finally {
    closeSync(fd);
  }
}

describe('a 30 MB message', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-big-'));
    file = join(dir, 'big.eml');
    writeBigMessage(file);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is understood from its text part with the attachment streamed past, in bounded memory', async () => {
    const rules = loadRules(builtinRulesPath());
    const raw = readFileSync(file);
    assert.ok(raw.length > ATTACHMENT_BYTES, 'the message is really over 30 MB');

    const before = process.memoryUsage().rss;
    let peak = before;
    // Sample while parsing runs: the parser yields between chunks, so the timer sees the high-water mark.
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    let u;
    try {
      u = await understandMessage(raw, { trust: { senderDomains: ['amazon.com'], authservId: 'mx.test.example' }, rules, maxBytes: 25 * 1024 * 1024 });
    } finally {
      clearInterval(timer);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMb = (peak - before) / 1024 / 1024;

    assert.equal(u.kind, 'merge_completed', u.reasons.join(' | '));
    assert.equal(u.trusted, true);
    assert.match(u.newText, /Your accounts have been merged/);
    assert.equal(u.truncated, true);
    assert.deepEqual(u.problems, []);
    // Buffering would add the decoded 30 MB plus its base64 chunks on top of the input; streaming stays far below.
    assert.ok(growthMb < 200, `rss grew by ${growthMb.toFixed(1)} MB`);
    console.log(`# rss growth while understanding a ${(raw.length / 1024 / 1024).toFixed(1)} MB message: ${growthMb.toFixed(1)} MB`);
  });
});

describe('a 60 MB message over the size cap', () => {
  let bigDir = '';
  let bigFile = '';
  before(() => {
    bigDir = mkdtempSync(join(tmpdir(), 'certmerge-big60-'));
    bigFile = join(bigDir, 'big.eml');
    writeBigMessage(bigFile, 60 * 1024 * 1024);
  });
  after(() => rmSync(bigDir, { recursive: true, force: true }));

  it('should be read cut at the cap and recorded as truncated (issue 13: the timeline said it was not)', async () => {
    const cap = 25 * 1024 * 1024;
    const raw = readPrefix(bigFile, cap);
    assert.equal(raw.length, cap, 'only the cap is read into memory');
    const t = testApp();
    try {
      const r = await t.app.pipeline.process({ role: 'inbox', mailbox: 'INBOX', uidValidity: '1', uid: 1, raw, size: statSync(bigFile).size, truncated: true });
      assert.equal(r.messageId, '<big-1@email.amazon.com>');
      const stored = t.app.messages.get(r.messageId);
      assert.equal((stored?.understanding as { truncated?: boolean }).truncated, true);
    } finally {
      t.app.ctx.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
