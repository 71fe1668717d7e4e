import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { caseFileWarnings, decodeCaseFile, parseCaseFile } from '../../src/cases/case-file.js';
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

  it('should normalize a full-width or lower-case candidate ID to the ID the portal shows', () => {
    const c = parseCaseFile(example.replace('candidateId: AWS01234567', 'candidateId: ＡＷＳ０１２３４５６７').replace('AWS07654321', 'aws07654321'));
    assert.equal(c.target.candidateId, 'AWS01234567');
    assert.equal(c.source.candidateId, 'AWS07654321');
  });

  it('should refuse the same login e-mail on both sides and a pass date in the future', () => {
    assert.match(errorOf(example.replace('loginEmail: taro@corp.example.co.jp', 'loginEmail: Taro.Personal@example.com')), /source\.loginEmail: must differ from target\.loginEmail/);
    assert.match(
      (() => {
        try {
          parseCaseFile(example, 'case.yaml', new Date('2024-06-01T12:00:00'));
        } catch (err) {
          return (err as Error).message;
        }
        return '';
      })(),
      /source\.certifications\.0\.passedOn: pass date 2024-06-15 is in the future \(today is 2024-06-01\)/,
    );
  });

  it('should warn about an expired voucher and a missing Latin-letter name, without refusing the file', () => {
    const w = caseFileWarnings(parseCaseFile(example), new Date('2026-12-02T12:00:00'));
    assert.ok(w.some((x) => /target\.benefits\.0: "50% exam discount voucher" expired on 2026-04-01/.test(x)), w.join('; '));
    assert.ok(w.some((x) => /requester\.nameEn/.test(x)));
    assert.deepEqual(caseFileWarnings(parseCaseFile(example), new Date('2026-01-02T12:00:00')).filter((x) => /benefits/.test(x)), []);
  });

  it('should refuse a Shift_JIS case file with a line naming the file, and read UTF-8 with or without a BOM', () => {
    const sjis = Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]); // テスト in Shift_JIS
    assert.throws(
      () => decodeCaseFile(Buffer.concat([Buffer.from('reason: '), sjis]), 'case.yaml'),
      (err: unknown) => err instanceof AppError && err.code === 'BAD_INPUT' && /^case\.yaml: not UTF-8 text \(it looks like Shift_JIS\); save the file as UTF-8/.test(err.message),
    );
    assert.equal(decodeCaseFile(Buffer.from('\uFEFFreason: テスト', 'utf8')), 'reason: テスト');
    assert.equal(decodeCaseFile(Buffer.from('reason: テスト', 'utf8')), 'reason: テスト');
  });
});
