import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderSupportFormText, supportFormText } from '../../src/cases/support-form-text.js';
import { sampleCase } from '../support/case-files.js';

describe('the support form text', () => {
  const c = sampleCase();
  for (const lang of ['ja', 'en'] as const) {
    it(`should carry every detail support needs, in ${lang === 'ja' ? 'Japanese' : 'English'}`, () => {
      const f = supportFormText(c, lang);
      const text = renderSupportFormText(f);
      for (const needle of [
        'AWS01234567', 'AWS07654321', 'taro.personal@example.com', 'taro@corp.example.co.jp',
        'AWS Certified Solutions Architect - Associate', '2023-04-01', '2026-04-01',
        'AWS Certified Developer - Associate', '2024-06-15', '2027-06-15', '50% exam discount voucher',
        c.reason, '山田 太郎', 'Example Corp',
      ]) assert.ok(text.includes(needle), `missing ${needle}`);
      assert.equal(f.contact.at(-1)!.value, 'AWS01234567', 'the candidate ID given is the kept account');
      assert.equal(f.fields.length, 2);
    });
  }

  it('should write natural Japanese with the form values in Japanese', () => {
    const f = supportFormText(c, 'ja');
    assert.equal(f.fields[0]!.value, 'AWS トレーニングと認定');
    assert.match(f.body, /よろしくお願いいたします。/);
    assert.match(f.body, /統合後に残したいアカウントは AWS01234567/);
    assert.doesNotMatch(f.body, /[A-Za-z]+ account/);
  });

  it('should write English with the form values in English', () => {
    const f = supportFormText(c, 'en');
    assert.equal(f.fields[0]!.value, 'AWS Training and Certification');
    assert.match(f.body, /Please keep AWS01234567 \(taro\.personal@example\.com\) and merge AWS07654321/);
  });

  it('should mark unknown notification emails instead of inventing them, and suggest self-service when it can work', () => {
    const partial = { ...c, source: { ...c.source, trainingEmail: undefined, certifications: [] } };
    const ja = supportFormText(partial, 'ja');
    assert.match(ja.body, /aws\.training の通知先メールアドレス: （不明）/);
    assert.equal(ja.notes.length, 2);
    assert.match(supportFormText(partial, 'en').notes[0]!, /Merge Accounts/);
  });
});
