import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../support/cli.js';

describe('the certmerge CLI, run as a user would', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-cli-'));
    copyFileSync(new URL('../../examples/case.yaml', import.meta.url), join(dir, 'case.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should walk a case from its file to done, and find the same state and timeline after a restart', () => {
    const created = cli(dir, ['case', 'create', '--file', 'case.yaml', '--json']);
    assert.equal(created.code, 0, created.stderr);
    const { id } = JSON.parse(created.stdout) as { id: string };
    assert.match(id, /^[a-z0-9]{8}$/);

    const ja = cli(dir, ['case', 'text', id]);
    assert.equal(ja.code, 0);
    assert.match(ja.stdout, /お問い合わせの種類: AWS トレーニングと認定/);
    assert.match(ja.stdout, /AWS07654321/);
    const en = cli(dir, ['case', 'text', id, '--lang', 'en']);
    assert.match(en.stdout, /Inquiry type: AWS Training and Certification/);

    const steps: string[][] = [
      ['prepared'], ['case-submitted'], ['acknowledgement', '--support-case-id', '171234567890'], ['info_request'], ['reply-sent'],
      ['confirmation_request'], ['confirmation-sent'], ['merge_completed'], ['certifications-verified'], ['benefits-verified'],
      ['badges-missing'], ['reply-sent'], ['badges_transferred'],
    ];
    let last = '';
    for (const s of steps) {
      const r = cli(dir, ['event', id, ...s, '--json']);
      assert.equal(r.code, 0, `${s[0]}: ${r.stderr}`);
      last = r.stdout;
    }
    const final = JSON.parse(last) as { state: string; supportCaseId: string; checklist: object; timeline: { source: string }[] };
    assert.equal(final.state, 'done');
    assert.equal(final.supportCaseId, '171234567890');
    assert.deepEqual(final.checklist, { certifications: true, benefits: true, badges: true });
    assert.equal(final.timeline.length, steps.length + 1);

    const shown = cli(dir, ['case', 'show', id, '--json']);
    assert.deepEqual(JSON.parse(shown.stdout), final, 'a fresh process reads back the same case');
    const listed = JSON.parse(cli(dir, ['case', 'list', '--json']).stdout);
    assert.deepEqual(listed, [{ id, state: 'done', supportCaseId: '171234567890' }]);
    const human = cli(dir, ['case', 'show', id]);
    assert.match(human.stdout, /Case [a-z0-9]+: done/);
  });

  it('should refuse an event the state does not allow, with exit code 2 and nothing changed', () => {
    const { id } = JSON.parse(cli(dir, ['case', 'create', '--file', 'case.yaml', '--json']).stdout) as { id: string };
    const before = cli(dir, ['case', 'show', id, '--json']).stdout;
    const r = cli(dir, ['event', id, 'confirmation-sent']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), `certmerge: event "confirmation-sent" is not allowed in state preparing (case ${id}); allowed now: prepared, cancel`);
    assert.equal(cli(dir, ['case', 'show', id, '--json']).stdout, before);
  });

  it('should reject a bad case file with exit code 2 and one line naming the field, storing nothing', () => {
    const count = (JSON.parse(cli(dir, ['case', 'list', '--json']).stdout) as unknown[]).length;
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(join(dir, 'case.yaml'), 'utf8').replace('AWS01234567', 'AWZ123'));
    const r = cli(dir, ['case', 'create', '--file', 'bad.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'certmerge: bad.yaml: target.candidateId: expected "AWS" followed by digits, got "AWZ123"');
    assert.equal((JSON.parse(cli(dir, ['case', 'list', '--json']).stdout) as unknown[]).length, count);
  });

  it('should explain bad usage with exit code 2', () => {
    assert.equal(cli(dir, ['event', 'nosuchcase', 'prepared']).code, 2);
    assert.match(cli(dir, ['event', 'nosuchcase', 'prepared']).stderr, /no case with id "nosuchcase"/);
    const unknown = cli(dir, ['event', 'x', 'teleport']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown event "teleport"/);
    assert.equal(cli(dir, ['frobnicate']).code, 2);
    assert.equal(cli(dir, ['case', 'create', '--file', 'missing.yaml']).code, 2);
    const help = cli(dir, ['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /case/);
  });

  it('should name the bad field of a broken config in one line, with exit code 2', () => {
    writeFileSync(join(dir, 'config.yaml'), 'dashboard:\n  port: eighty\n');
    const r = cli(dir, ['case', 'list', '--config', 'config.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'certmerge: config.yaml: dashboard.port: expected a number, got "eighty"');
  });

  it('should classify one message offline, as the contract prints it', () => {
    const fixture = fileURLToPath(new URL('../mail/fixtures/confirm-ja-iso2022jp.eml', import.meta.url));
    writeFileSync(join(dir, 'trust.yaml'), 'trust:\n  authservId: mx.test.example\n');
    const r = cli(dir, ['classify', fixture, '--json', '--config', 'trust.yaml']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { kind: string; caseId: string; language: string; trusted: boolean; reasons: string[] };
    assert.deepEqual([out.kind, out.caseId, out.language, out.trusted], ['confirmation_request', '171234567890', 'ja', true]);
    assert.ok(out.reasons.length > 0);
    const untrusted = JSON.parse(cli(dir, ['classify', fixture, '--json']).stdout) as { trusted: boolean };
    assert.equal(untrusted.trusted, false, 'without a trusted authserv-id nothing is verified');
    const missing = cli(dir, ['classify', 'nope.eml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.eml: cannot read message/);
  });

  it('should run offline commands without the mail password in the environment, and refuse start naming the field (issue 16)', () => {
    const imapDir = mkdtempSync(join(tmpdir(), 'certmerge-offline-'));
    try {
      copyFileSync(join(dir, 'case.yaml'), join(imapDir, 'case.yaml'));
      writeFileSync(join(imapDir, 'imap.yaml'), 'dataDir: ./data\nmail:\n  source: imap\n  imap: { host: 127.0.0.1, port: 1, user: me@example.com, pass: ${CERTMERGE_TEST_UNSET_PASS} }\n');
      const env = { CERTMERGE_TEST_UNSET_PASS: '' };
      const created = cli(imapDir, ['case', 'create', '--file', 'case.yaml', '--config', 'imap.yaml', '--json'], env);
      assert.equal(created.code, 0, created.stderr);
      const listed = cli(imapDir, ['case', 'list', '--config', 'imap.yaml'], env);
      assert.equal(listed.code, 0, listed.stderr);
      const fixture = fileURLToPath(new URL('../mail/fixtures/confirm-ja-iso2022jp.eml', import.meta.url));
      assert.equal(cli(imapDir, ['classify', fixture, '--config', 'imap.yaml'], env).code, 0);
      const started = cli(imapDir, ['start', '--config', 'imap.yaml'], env);
      assert.equal(started.code, 2, started.stderr);
      assert.equal(started.stderr.trim(), 'certmerge: imap.yaml: mail.imap.pass: required for password login (or set mail.imap.auth.type: oauth2)');
    } finally {
      rmSync(imapDir, { recursive: true, force: true });
    }
  });
});
