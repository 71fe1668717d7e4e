import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { draftText } from '../../../src/mail/drafts/draft-text.js';
import { DRAFT_KINDS } from '../../../src/mail/drafts/types.js';
import type { CaseFile } from '../../../src/cases/case-file.js';
import { SUPPORT_CASE_ID, sampleCase, sparseCase } from './sample-case.js';

const LANGS = ['ja', 'en'] as const;

function emailsIn(text: string): string[] {
  return text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
}
function caseEmails(c: CaseFile): Set<string> {
  return new Set(
    [c.source, c.target].flatMap((a) => [a.loginEmail, a.trainingEmail, a.certificationEmail, a.skillBuilderEmail].filter((e): e is string => !!e)),
  );
}
function caseDates(c: CaseFile): string[] {
  return [c.source, c.target].flatMap((a) => [...a.certifications.flatMap((x) => [x.passedOn, x.expiresOn]), ...a.benefits.map((b) => b.expiresOn)]).filter((d): d is string => !!d);
}
/** ISO dates and `2023年4月1日` dates in a text, as ISO. */
function datesIn(text: string): string[] {
  const iso = text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];
  const ja = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return [...iso, ...ja];
}

describe('reply texts', () => {
  for (const kind of DRAFT_KINDS) {
    for (const lang of LANGS) {
      it(`writes a ${kind} reply in ${lang} with greeting, case ID and the requester's signature`, () => {
        const text = draftText(kind, lang, { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
        assert.ok(text.includes(SUPPORT_CASE_ID), 'names the case ID');
        // English drafts carry the Latin-letter name (none in this case file: a blank to fill in), never the kanji one.
        const name = lang === 'ja' ? '山田 太郎' : '[TO FILL IN: your name in Latin letters]';
        assert.ok(text.trimEnd().endsWith(`${name}\nExample Corp`), 'signed with name and company');
        assert.doesNotMatch(text, /undefined|null|NaN|\[object/);
        assert.doesNotMatch(text, /\n\n\n/, 'no double empty lines');
        if (lang === 'ja') {
          assert.match(text, /^AWS トレーニングと認定 カスタマーサポート\nご担当者様\n\nお世話になっております。Example Corpの山田 太郎です。/);
          assert.match(text, /よろしくお願いいたします。/);
          assert.doesNotMatch(text, /Dear|Best regards/);
        } else {
          assert.match(text, /^Dear AWS Training and Certification Support team,/);
          assert.match(text, /Best regards,\n\[TO FILL IN: your name in Latin letters\]\nExample Corp\n$/);
          assert.doesNotMatch(text, /[ぁ-んァ-ン]|\p{Script=Han}/u, 'no Japanese at all, not even what the user wrote in Japanese');
          const withEn = sampleCase({ requester: { name: '山田 太郎', nameEn: 'Taro Yamada', company: 'Example Corp' }, reasonEn: 'I left the company.' });
          assert.match(draftText(kind, lang, { caseFile: withEn, supportCaseId: SUPPORT_CASE_ID }), /Best regards,\nTaro Yamada\nExample Corp\n$/);
        }
      });

      it(`invents nothing in a ${kind} reply in ${lang}: every address and date comes from the case`, () => {
        for (const c of [sampleCase(), sparseCase()]) {
          const text = draftText(kind, lang, { caseFile: c, supportCaseId: SUPPORT_CASE_ID });
          const known = caseEmails(c);
          for (const e of emailsIn(text)) assert.ok(known.has(e), `${e} is not in the case`);
          const dates = caseDates(c);
          for (const d of datesIn(text)) assert.ok(dates.includes(d), `${d} is not in the case`);
        }
      });

      it(`writes a ${kind} reply in ${lang} without a case ID when support has not given one`, () => {
        const text = draftText(kind, lang, { caseFile: sampleCase(), supportCaseId: null });
        assert.doesNotMatch(text, /ケース ID|case \d|CASE|undefined|null/);
      });
    }
  }

  it('signs with the name alone when the case has no company', () => {
    for (const lang of LANGS) {
      const text = draftText('followup_overdue', lang, { caseFile: sparseCase(), supportCaseId: SUPPORT_CASE_ID });
      assert.ok(text.trimEnd().endsWith(lang === 'ja' ? '山田 太郎' : '[TO FILL IN: your name in Latin letters]'));
      assert.doesNotMatch(text, /Example Corp| の山田/);
    }
    assert.match(draftText('info', 'ja', { caseFile: sparseCase(), supportCaseId: null }), /お世話になっております。山田 太郎です。/);
  });
});

describe('confirmation', () => {
  it('names source and target by candidate ID and login email, source first, and asks for the badges (ja)', () => {
    const text = draftText('confirmation', 'ja', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    const src = text.indexOf('【統合元アカウント】');
    const tgt = text.indexOf('【統合先アカウント】');
    assert.ok(src > 0 && tgt > src);
    assert.ok(text.indexOf('受験者 ID：AWS07654321') > src && text.indexOf('受験者 ID：AWS07654321') < tgt);
    assert.ok(text.indexOf('ログインメールアドレス：taro@corp.example.co.jp') < tgt);
    assert.ok(text.indexOf('受験者 ID：AWS01234567') > tgt);
    assert.ok(text.indexOf('ログインメールアドレス：taro.personal@example.com') > tgt);
    assert.match(text, /元に戻せないことを理解/);
    assert.match(text, /同意いたします/);
    assert.match(text, /（AWS Certified Developer - Associate）の Credly バッジ/);
    assert.match(text, /統合先のアカウントへ移行/);
  });

  it('names source and target, states the merge cannot be undone and asks for the badges (en)', () => {
    const text = draftText('confirmation', 'en', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    assert.match(text, /Source account[^\n]*\n {2}Candidate ID: AWS07654321\n {2}Login email: taro@corp\.example\.co\.jp/);
    assert.match(text, /Target account \(to be kept\)\n {2}Candidate ID: AWS01234567\n {2}Login email: taro\.personal@example\.com/);
    assert.match(text, /cannot be undone/);
    assert.match(text, /Credly badges[^\n]*\(AWS Certified Developer - Associate\)[^\n]*target account/);
  });
});

describe('info', () => {
  it('lists every address, certification with dates, benefit, the kept account and the reason (ja)', () => {
    const text = draftText('info', 'ja', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    for (const line of [
      'aws.training 通知先メールアドレス：taro@corp.example.co.jp',
      '認定通知先メールアドレス：taro.personal@example.com',
      '・AWS Certified Developer - Associate（合格日：2024年6月15日、有効期限：2027年6月15日）',
      '・AWS Certified Solutions Architect - Associate（合格日：2023年4月1日、有効期限：2026年4月1日）',
      '・50% exam discount voucher（有効期限：2026年4月1日）',
      '特典：なし',
      '統合を希望する理由：退職に伴い個人のアカウントに統合したい',
      '統合元のアカウント（AWS07654321）を統合先のアカウント（AWS01234567）へ統合し、統合先のアカウントを今後も使用',
    ]) {
      assert.ok(text.includes(line), `missing: ${line}`);
    }
    assert.doesNotMatch(text, /要記入/);
    assert.doesNotMatch(text, /Skill Builder/, 'left out when not known');
  });

  it('lists every address, certification with dates, benefit, the kept account and the reason (en)', () => {
    // An English text takes the English reason and Latin-letter name of the case file (a Japanese one would be a blank).
    const caseFile = sampleCase({ requester: { name: '山田 太郎', nameEn: 'Taro Yamada', company: 'Example Corp' }, reasonEn: 'I left the company and want one personal account.' });
    const text = draftText('info', 'en', { caseFile, supportCaseId: SUPPORT_CASE_ID });
    assert.match(draftText('info', 'en', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID }), /Reason: \[TO FILL IN: the reason for the merge, in English\]/);
    for (const line of [
      'aws.training notification email: taro@corp.example.co.jp',
      'Certification notification email: taro.personal@example.com',
      '- AWS Certified Developer - Associate (passed 2024-06-15, expires 2027-06-15)',
      '- 50% exam discount voucher (expires 2026-04-01)',
      'Benefits: none',
      'Reason: I left the company and want one personal account.',
      'merged into account AWS01234567, and to keep using AWS01234567',
    ]) {
      assert.ok(text.includes(line), `missing: ${line}`);
    }
    assert.doesNotMatch(text, /TO FILL IN/);
  });

  it('marks what the case does not know as blanks to fill in (ja)', () => {
    const text = draftText('info', 'ja', { caseFile: sparseCase(), supportCaseId: null });
    assert.equal(text.split('aws.training 通知先メールアドレス：［要記入：aws.training 通知先メールアドレス］').length - 1, 2);
    assert.equal(text.split('認定通知先メールアドレス：［要記入：認定通知先メールアドレス］').length - 1, 2);
    assert.ok(text.includes('・AWS Certified Solutions Architect - Associate（合格日：2023年4月1日、有効期限：［要記入：有効期限］）'));
    assert.ok(text.includes('取得済みの認定：なし'));
    assert.doesNotMatch(text, /Skill Builder/);
  });

  it('marks what the case does not know as blanks to fill in (en)', () => {
    const text = draftText('info', 'en', { caseFile: sparseCase(), supportCaseId: null });
    assert.equal(text.split('aws.training notification email: [TO FILL IN: aws.training notification email]').length - 1, 2);
    assert.equal(text.split('[TO FILL IN: Certification notification email]').length - 1, 2);
    assert.ok(text.includes('(passed 2023-04-01, expires [TO FILL IN: expiry date])'));
    assert.ok(text.includes('Certifications: none'));
  });

  it('includes the Skill Builder address when the case knows it', () => {
    const c = sampleCase();
    c.target.skillBuilderEmail = 'sb@example.com';
    assert.ok(draftText('info', 'ja', { caseFile: c, supportCaseId: null }).includes('AWS Skill Builder メールアドレス：sb@example.com'));
    assert.ok(draftText('info', 'en', { caseFile: c, supportCaseId: null }).includes('AWS Skill Builder email: sb@example.com'));
  });

  it('never shows a voucher code', () => {
    const c = sampleCase();
    c.target.benefits = [{ kind: '50% exam discount voucher', code: 'SECRETCODE123' }];
    for (const lang of LANGS) assert.doesNotMatch(draftText('info', lang, { caseFile: c, supportCaseId: null }), /SECRETCODE123/);
  });
});

describe('followup_overdue', () => {
  it('is short, names the case ID and asks for the status', () => {
    const ja = draftText('followup_overdue', 'ja', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    assert.match(ja, /ケース ID 171234567890 にてご相談しております/);
    assert.match(ja, /現在の対応状況をお知らせいただけますと幸いです/);
    const en = draftText('followup_overdue', 'en', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    assert.match(en, /follow up on case 171234567890/);
    assert.match(en, /current status/);
    for (const t of [ja, en]) assert.ok(t.split('\n').length <= 16, 'short');
  });
});

describe('badges_followup', () => {
  it('names the certifications, the target candidate ID and email (ja)', () => {
    const text = draftText('badges_followup', 'ja', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    assert.match(text, /Credly バッジ/);
    assert.ok(text.includes('・AWS Certified Developer - Associate'));
    assert.ok(text.includes('・受験者 ID：AWS01234567'));
    assert.ok(text.includes('・ログインメールアドレス：taro.personal@example.com'));
  });

  it('names the certifications, the target candidate ID and email (en)', () => {
    const text = draftText('badges_followup', 'en', { caseFile: sampleCase(), supportCaseId: SUPPORT_CASE_ID });
    assert.ok(text.includes('- AWS Certified Developer - Associate'));
    assert.ok(text.includes('Candidate ID: AWS01234567'));
    assert.ok(text.includes('Login email: taro.personal@example.com'));
  });

  it('also gives the certification email when it differs from the login email', () => {
    const c = sampleCase();
    c.target.certificationEmail = 'cert@example.com';
    assert.ok(draftText('badges_followup', 'ja', { caseFile: c, supportCaseId: null }).includes('認定通知先メールアドレス：cert@example.com'));
    assert.ok(draftText('badges_followup', 'en', { caseFile: c, supportCaseId: null }).includes('Certification notification email: cert@example.com'));
  });

  it('leaves a blank for the certifications when the case lists none on the source account', () => {
    assert.ok(draftText('badges_followup', 'ja', { caseFile: sparseCase(), supportCaseId: null }).includes('・［要記入：移行されていない認定の名称］'));
    assert.ok(draftText('badges_followup', 'en', { caseFile: sparseCase(), supportCaseId: null }).includes('- [TO FILL IN: certifications whose badges did not move]'));
  });
});
