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
        ...(lang === 'ja' ? [c.reason, '山田 太郎'] : ['[TO FILL IN: your name in Latin letters]', '[TO FILL IN: the reason for the merge, in English]']),
        'Example Corp',
      ]) assert.ok(text.includes(needle), `missing ${needle}`);
      assert.equal(f.contact.at(-1)!.value, 'AWS01234567', 'the candidate ID given is the kept account');
      assert.equal(f.contact.find((x) => x.value.includes('@'))!.value, 'taro.personal@example.com', 'the form e-mail is the kept account\'s: support replies there');
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
    assert.match(ja.body, /認定の履歴があるのは片方のアカウントのみ/, 'no claim that both accounts have history');
    assert.doesNotMatch(ja.body, /両方のアカウントに認定の履歴がある/);
    assert.doesNotMatch(supportFormText(partial, 'en').body, /Both accounts have certification history/);
    assert.match(supportFormText(partial, 'en').notes[0]!, /Merge Accounts/);
  });

  it('should write English texts from the Latin-letter name and English reason, and never put kanji in them', () => {
    const withEn = { ...c, requester: { ...c.requester, nameEn: 'Taro Yamada' }, reasonEn: 'I left the company and want one personal account.' };
    const en = supportFormText(withEn, 'en');
    assert.match(en.body, /My name is Taro Yamada/);
    assert.match(en.body, /I left the company and want one personal account\./);
    assert.doesNotMatch(en.body, /\p{Script=Han}|\p{Script=Hiragana}/u);
    assert.equal(en.contact[0]!.value, 'Taro Yamada');
    assert.ok(!en.notes.some((n) => /nameEn/.test(n)));
    assert.ok(supportFormText(c, 'en').notes.some((n) => /requester\.nameEn/.test(n)), 'a missing Latin name is flagged');
    assert.match(supportFormText(withEn, 'ja').body, /株式会社|Example Corpの山田 太郎と申します/, 'no space before の');
  });

  it('should link the support form, the portal and Credly, and warn when the form address is not the watched mailbox', () => {
    const f = supportFormText(c, 'ja', ['someone.else@example.com']);
    assert.deepEqual(f.links.map((l) => new URL(l.url).hostname), ['support.aws.amazon.com', 'www.aws.training', 'www.credly.com']);
    assert.ok(f.notes.some((n) => n.includes('taro.personal@example.com') && n.includes('someone.else@example.com')));
    assert.ok(!supportFormText(c, 'ja', ['Taro.Personal@example.com']).notes.some((n) => n.includes('someone')), 'no warning when they match');
    assert.match(renderSupportFormText(f), /https:\/\/support\.aws\.amazon\.com\/#\/contacts\/aws-training/);
  });
});
