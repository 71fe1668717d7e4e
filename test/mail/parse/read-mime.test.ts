import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { readMime } from '../../../src/mail/parse/read-mime.js';
import { LIMITS } from '../../../src/mail/parse/limits.js';

const DIRS = ['fixtures', 'holdout'].map((d) => new URL(`../${d}/`, import.meta.url));
const corpus = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => ({ name: f, raw: readFileSync(new URL(f, dir)) })));

function mail(parts: string): Buffer {
  return Buffer.from(['From: a@example.com', 'To: b@example.com', 'Subject: s', 'MIME-Version: 1.0', parts].join('\r\n'), 'utf8');
}

describe('HTML-only mail as text', () => {
  it('should give, for every message of the corpus, the text and HTML simpleParser gives', async () => {
    let htmlOnly = 0;
    for (const { name, raw } of corpus) {
      const reference = await simpleParser(raw, { keepCidLinks: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, checksumAlgo: false });
      const streamed = await readMime(raw);
      assert.equal(streamed.text, reference.text ?? null, name);
      assert.equal(streamed.html, typeof reference.html === 'string' ? reference.html : null, `${name} (html)`);
      if (streamed.html && !/text\/plain/i.test(raw.toString('latin1'))) htmlOnly++;
    }
    assert.ok(htmlOnly >= 4, `the corpus holds ${htmlOnly} HTML-only messages`);
  });

  it('should convert an HTML-only message, entities and line breaks included', async () => {
    const raw = mail('Content-Type: text/html; charset=utf-8\r\n\r\n<p>統合が完了しました &amp; done</p><p>Case <b>171234567890</b></p>');
    const parts = await readMime(raw);
    assert.equal(parts.text, '統合が完了しました & done\n\nCase 171234567890');
    assert.equal(parts.textConversionError, null);
  });

  it('should keep the text part of multipart/alternative and not convert its HTML', async () => {
    const raw = mail(
      'Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain words\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html words</p>\r\n--b--\r\n',
    );
    const parts = await readMime(raw);
    assert.equal(parts.text?.trim(), 'plain words');
    assert.match(parts.html ?? '', /html words/);
  });

  it('should refuse HTML over the parsing limit with a reason, keeping the HTML', async () => {
    const html = `<p>${'x'.repeat(LIMITS.htmlToParseChars + 1)}</p>`;
    const r = await readMime(mail(`Content-Type: text/html; charset=utf-8\r\n\r\n${html}`));
    assert.equal(r.text, '');
    assert.equal(r.html?.trim(), html);
    assert.match(r.textConversionError?.message ?? '', /HTML too long for parsing \d+ bytes/);
  });
});
