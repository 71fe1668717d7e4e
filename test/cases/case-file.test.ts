import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCaseFile } from '../../src/cases/case-file.js';
import { AppError } from '../../src/errors.js';

const example = readFileSync(new URL('../../examples/case.yaml', import.meta.url), 'utf8');

function errorOf(text: string): string {
  try {
    parseCaseFile(text, 'case.yaml');
  } catch (err) {
    assert.ok(err instanceof AppError);
    assert.equal(err.code, 'BAD_INPUT');
    return err.message;
  }
  assert.fail('expected the case file to be rejected');
}

describe('the case file', () => {
  it('should accept the contract example with ISO dates kept as strings', () => {
    const c = parseCaseFile(example);
    assert.equal(c.target.candidateId, 'AWS01234567');
    assert.equal(c.source.certifications[0]!.passedOn, '2024-06-15');
    assert.equal(c.language, 'ja');
  });

  it('should name the field and the bad value for a wrong candidate ID', () => {
    assert.equal(errorOf(example.replace('AWS01234567', 'AWZ123')), 'case.yaml: target.candidateId: expected "AWS" followed by digits, got "AWZ123"');
  });

  it('should reject the same candidate ID on both sides', () => {
    assert.match(errorOf(example.replace('AWS07654321', 'AWS01234567')), /^case\.yaml: source\.candidateId: must differ from target\.candidateId/);
  });

  it('should reject an expiry before the pass date', () => {
    assert.match(errorOf(example.replace('expiresOn: 2027-06-15', 'expiresOn: 2024-01-01')), /source\.certifications\.0\.expiresOn: expiry 2024-01-01 is before the pass date 2024-06-15/);
  });

  it('should reject impossible dates, unknown fields, bad emails, missing fields and a bad language', () => {
    assert.match(errorOf(example.replace('passedOn: 2023-04-01', 'passedOn: 2023-02-30')), /target\.certifications\.0\.passedOn: expected a date YYYY-MM-DD, got "2023-02-30"/);
    assert.match(errorOf(example.replace('reason:', 'colour: red\nreason:')), /\(top level\): unknown field "colour"|case\.yaml: unknown field "colour"/);
    assert.match(errorOf(example.replace('loginEmail: taro@corp.example.co.jp', 'loginEmail: taro-at-corp')), /source\.loginEmail: expected an email address, got "taro-at-corp"/);
    assert.match(errorOf(example.replace(/^reason:.*$/m, '')), /reason: missing/);
    assert.match(errorOf(example.replace('language: ja', 'language: fr')), /language: expected one of "ja", "en", got "fr"/);
  });

  it('should say when the file is not YAML at all', () => {
    assert.match(errorOf('target: [unclosed'), /^case\.yaml: not valid YAML/);
  });
});
