import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { builtinRulesPath, loadRules } from '../../src/mail/classify/load-rules.js';
import { understandMessage, type UnderstandDeps } from '../../src/mail/understand.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const rules = loadRules(builtinRulesPath());
const deps: UnderstandDeps = {
  trust: { senderDomains: ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'], authservId: 'mx.test.example' },
  rules,
  maxBytes: 25 * 1024 * 1024,
};

interface Expected {
  kind: string;
  trusted: boolean;
  language: 'ja' | 'en';
  supportCaseId: string | null;
  problems?: boolean;
  autoReply?: boolean;
}
const expected = parseYaml(readFileSync(join(FIXTURES, 'expected.yaml'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml')).sort();

describe('understandMessage on the fixture corpus', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    assert.deepEqual(files, Object.keys(expected).sort());
    assert.ok(files.length >= 40, `only ${files.length} fixtures`);
  });

  for (const file of files) {
    const e = expected[file] as Expected;
    it(`understands ${file} as ${e.kind} (${e.trusted ? 'trusted' : 'untrusted'}, ${e.language})`, async () => {
      const u = await understandMessage(readFileSync(join(FIXTURES, file)), deps);
      const why = `\nreasons: ${u.reasons.join(' | ')}\ntrust: ${u.trustReasons.join(' | ')}\nnewText: ${u.newText.slice(0, 300)}`;
      assert.equal(u.kind, e.kind, `kind${why}`);
      assert.equal(u.trusted, e.trusted, `trusted${why}`);
      assert.equal(u.language, e.language, `language${why}`);
      assert.equal(u.supportCaseId, e.supportCaseId, `supportCaseId${why}`);
      assert.equal(u.problems.length > 0, e.problems ?? false, `problems: ${u.problems.join('; ')}`);
      if (e.autoReply !== undefined) assert.equal(u.autoReply, e.autoReply, 'autoReply');
      assert.ok(u.reasons.length > 0 && u.trustReasons.length > 0, 'every result carries reasons');
      assert.match(u.messageId, /^<[^<>\s]+>$/);
    });
  }
});

describe('understandMessage', () => {
  it('removes the quoted confirmation request from a completion notice', async () => {
    const u = await understandMessage(readFileSync(join(FIXTURES, 'completed-en-quotes-confirmation.eml')), deps);
    assert.equal(u.kind, 'merge_completed');
    assert.doesNotMatch(u.newText, /Please confirm/);
    assert.match(u.newText, /Your accounts have been merged/);
  });

  it('decodes an ISO-2022-JP subject and keeps the threading headers', async () => {
    const u = await understandMessage(readFileSync(join(FIXTURES, 'ack-ja-iso2022jp-auto-replied.eml')), deps);
    assert.equal(u.subject, '[CASE 171234567890] お問い合わせを受け付けました');
    const c = await understandMessage(readFileSync(join(FIXTURES, 'completed-en-quotes-confirmation.eml')), deps);
    assert.equal(c.inReplyTo, '<user-confirmation-1@example.com>');
    assert.deepEqual(c.references, ['<case-submission-1@example.com>', '<support-confirm-1@email.amazon.com>', '<user-confirmation-1@example.com>']);
    assert.equal(c.date, '2025-12-15T10:12:00.000Z');
    assert.equal(c.from, 'aws-cs-trainingcertification-form@amazon.com');
  });

  it('keeps an automatic case receipt even though it is marked auto-replied', async () => {
    const u = await understandMessage(readFileSync(join(FIXTURES, 'ack-ja-iso2022jp-auto-replied.eml')), deps);
    assert.equal(u.kind, 'acknowledgement');
    assert.equal(u.autoReply, false);
    assert.ok(u.reasons.some((r) => r.includes('case receipt')));
  });

  it('gives a message without Message-ID the same synthetic id every time', async () => {
    const raw = readFileSync(join(FIXTURES, 'no-message-id.eml'));
    const a = await understandMessage(raw, deps);
    const b = await understandMessage(Buffer.from(raw), deps);
    assert.match(a.messageId, /^<[0-9a-f]{64}@certmerge\.invalid>$/);
    assert.equal(a.messageId, b.messageId);
  });

  it('treats everything as untrusted when no authserv-id is configured', async () => {
    const u = await understandMessage(readFileSync(join(FIXTURES, 'confirm-en-base64.eml')), {
      ...deps,
      trust: { senderDomains: ['amazon.com'] },
    });
    assert.equal(u.kind, 'confirmation_request');
    assert.equal(u.trusted, false);
    assert.ok(u.trustReasons.includes('no trusted authserv-id configured'));
  });

  it('never throws on arbitrary bytes', async () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const samples = [
      Buffer.alloc(0),
      Buffer.from('\r\n\r\n'),
      Buffer.from('Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x\r\n--x--'),
      Buffer.from('From: <>\r\nSubject: =?x-bad?Q?=ZZ?=\r\nContent-Type: text/html\r\n\r\n<div><div><div>'),
      ...Array.from({ length: 20 }, () => Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 3000) }, () => Math.floor(rnd() * 256)))),
    ];
    for (const raw of samples) {
      const u = await understandMessage(raw, deps);
      assert.equal(typeof u.kind, 'string');
      assert.equal(u.trusted, false);
    }
  });
});
