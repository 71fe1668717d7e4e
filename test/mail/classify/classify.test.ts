import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, modelInput } from '../../../src/mail/classify/classify.js';
import { evaluateFrames } from '../../../src/mail/classify/frames.js';
import { normalizeText } from '../../../src/mail/classify/normalize.js';
import { builtinRulesPath, loadRules } from '../../../src/mail/classify/load-rules.js';

const rules = loadRules(builtinRulesPath());
const SUPPORT = 'aws-cs-trainingcertification-form@amazon.com';
const SUBJECT = 'RE:[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance';
const fromSupport = (newText: string, subject = SUBJECT) => classify({ subject, newText, from: SUPPORT }, rules);

describe('classify', () => {
  it('classifies a completion notice as merge_completed and says which frame agreed on what', () => {
    const c = fromSupport('Thank you for confirming. We have merged your accounts.');
    assert.equal(c.kind, 'merge_completed');
    assert.equal(c.supportCaseId, '171234567890');
    assert.ok(c.reasons.some((r) => r.startsWith('frame merge-done agrees') && r.includes('"merged" on accounts')), c.reasons.join(' | '));
    assert.ok(c.reasons.some((r) => r.startsWith('model: merge_completed')), c.reasons.join(' | '));
  });

  it("gives the model the agent's words without a helpdesk template's instructions and status fields", () => {
    const text = '##- Please type your reply above this line -##\n\nYour request (#171234567890) has been updated. To add additional comments, reply to this email.\nStatus: Solved\n\nHi Sofia, we have merged your two profiles.';
    const m = modelInput({ subject: SUBJECT, newText: text, from: SUPPORT }, rules);
    assert.ok(m.text.includes('we have merged your two profiles'), m.text);
    assert.ok(m.text.includes('has been updated'), m.text);
    for (const gone of ['above this line', 'additional comments', 'status']) assert.ok(!m.text.includes(gone), `${gone} in ${m.text}`);
  });

  it("fires no phrase rule on a helpdesk template's instructions: the rules read the sender's words", () => {
    const c = fromSupport('##- 返信の際は、この行より上にご記入ください -##\n\nお客様のリクエスト (1781302277) が更新されました。');
    assert.ok(!c.reasons.some((r) => r.startsWith('rule info-request-ja')), c.reasons.join(' | '));
    // The same request in the agent's own words still fires it.
    assert.ok(fromSupport('お手数ですが、以下にご記入ください。').reasons.some((r) => r.startsWith('rule info-request-ja')));
  });

  it('reads "once you confirm, we will merge" as a confirmation request, not a completion', () => {
    assert.equal(fromSupport('Once you confirm, we will merge the two accounts. Do you want us to proceed with the merge?').kind, 'confirmation_request');
  });

  it('does not read "has not been merged yet" as a completion', () => {
    const c = fromSupport('We have merged your request into the team queue, but your accounts have not been merged yet.');
    assert.equal(c.kind, 'support_reply');
    assert.ok(c.reasons.some((r) => r.includes('merge_completed') && r.includes('negated')), c.reasons.join(' | '));
  });

  it('does not read a Japanese "not merged yet" as a completion', () => {
    assert.equal(fromSupport('まだ統合されておりません。担当チームで対応中です。').kind, 'support_reply');
  });

  it('does not read a merge of duplicate support cases as the account merge', () => {
    assert.equal(fromSupport('I have merged your duplicate case into this one, so we can keep everything in one place.').kind, 'support_reply');
    assert.equal(fromSupport('重複していたお問い合わせをこのケースに統合いたしました。').kind, 'support_reply');
  });

  it('asks a person about mail that reads as both confirmation request and completion, and moves nothing', () => {
    const c = fromSupport('We have merged AWS07654321 into AWS01234567. Do you want us to proceed with the merge of AWS05555555 as well?');
    assert.ok(c.kind === 'confirmation_request' || c.kind === 'merge_completed', c.kind);
    assert.equal(c.ask, true);
    assert.deepEqual([...c.askKinds].sort(), ['confirmation_request', 'merge_completed']);
    assert.ok(c.reasons.some((r) => r.includes('both frames agree')));
  });

  it('never gives a dangerous kind to mail from a sender that neither is nor pretends to be support', () => {
    for (const from of ['someone@example.com', null]) {
      const c = classify({ subject: SUBJECT, newText: 'We have merged your accounts. Please confirm that you want us to merge.', from }, rules);
      assert.equal(c.kind, 'unrelated', String(from));
    }
  });

  it('should read a look-alike of support for what it pretends, and say it is a look-alike (trust keeps it from moving a case)', () => {
    for (const [from, fromName] of [
      ['aws-cs-trainingcertification-form@amaz0n.com', ''],
      ['support@amazon-support.com', 'AWS Support'],
      ['admin@credIy.com', 'Amazon Web Services Training and Certification via Credly'],
      ['evil@attacker.example', 'AWS Training and Certification'],
    ] as const) {
      const c = classify({ subject: SUBJECT, newText: 'Hello, your accounts have been merged. All certifications now appear under the account you kept.', from, fromName }, rules);
      assert.equal(c.kind, 'merge_completed', from);
      assert.ok(c.reasons.some((r) => r.includes('looks like sender group')), from);
    }
    const colleague = classify({ subject: SUBJECT, newText: 'Hello, your accounts have been merged.', from: 'ken@laws.example', fromName: 'Ken Sato' }, rules);
    assert.equal(colleague.kind, 'unrelated', 'no claim in laws.example or Ken Sato');
  });

  it('classifies a satisfaction survey as unrelated even though it says the case was resolved', () => {
    assert.equal(fromSupport('Your case has been resolved. How would you rate the support you received?', 'How did we do?').kind, 'unrelated');
  });

  it('classifies an auto-close warning as case_closed in both languages', () => {
    assert.equal(fromSupport('This case will be closed automatically if we do not hear from you.').kind, 'case_closed');
    assert.equal(fromSupport('ご返信がない場合、本ケースは自動的にクローズされます。').kind, 'case_closed');
  });

  it('asks about a reminder that re-pastes the request beside a warning that the case will close', () => {
    const en = fromSupport('Hi Kim,\n\nFriendly reminder: if we get no answer within 5 days, this case will be closed automatically.\n\nStill needed for the merge:\n- Candidate ID of the account to keep\n- Candidate ID of the account to merge\n- Sign-in email of each account\n\nMaria');
    assert.equal(en.ask, true, en.reasons.join('\n'));
    assert.ok(en.askKinds.includes('case_closed'), en.askKinds.join());
    const ja = fromSupport('山本様\n\n先日お願いした件、まだご返信をいただけていないようです。5 日後に本ケースは自動でクローズとなりますのでご注意ください。\n\n(再掲)\n・残すアカウントの候補者 ID\n・統合元アカウントの候補者 ID\n・各アカウントのメールアドレス\n\n田中');
    assert.equal(ja.ask, true, ja.reasons.join('\n'));
    assert.ok(ja.askKinds.includes('case_closed'), ja.askKinds.join());
    // An account that "will be closed" by the merge is no warning about the case.
    const consent = fromSupport('Before we proceed, please reply "I agree" to confirm the merge. Source account (will be closed): AWS00111222. Destination: AWS00333444.');
    assert.equal(consent.kind, 'confirmation_request');
    assert.ok(!consent.askKinds.includes('case_closed'), consent.reasons.join('\n'));
  });

  it('prefers support_reply for support mail no rule explains', () => {
    const c = fromSupport('Thanks, we are looking into it.');
    assert.equal(c.kind, 'support_reply');
    assert.ok(c.reasons.some((r) => r.includes('support-fallback')));
  });

  it('classifies an out-of-office reply as unrelated whatever it says', () => {
    const c = classify(
      { subject: 'Out of Office: ' + SUBJECT, newText: 'We have merged your accounts.', from: SUPPORT, autoReply: { kind: 'out-of-office', reasons: ['out-of-office subject'] } },
      rules,
    );
    assert.equal(c.kind, 'unrelated');
  });

  it('keeps an acknowledgement that is marked as an automatic reply, but nothing else', () => {
    const autoReply = { kind: 'auto-replied' as const, reasons: ['Auto-Submitted: auto-replied'] };
    // A receipt is a first message (no RE:) and usually promises a response time (issue 11: shape counts).
    const receipt = 'We have received your case. A member of our team will respond within 24 hours.';
    assert.equal(classify({ subject: SUBJECT.replace(/^RE:/, ''), newText: receipt, from: SUPPORT, autoReply }, rules).kind, 'acknowledgement');
    assert.equal(classify({ subject: SUBJECT, newText: 'We have merged your accounts.', from: SUPPORT, autoReply }, rules).kind, 'unrelated');
  });

  it('classifies a Credly badge mail, but not a Credly expiry notice', () => {
    const credly = 'admin@credly.com';
    // Since issue 11 the issuer counts: Credly writes it as the display name.
    const fromName = 'Amazon Web Services Training and Certification via Credly';
    const newText = '山田 太郎 様\n\nAmazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。\n\nバッジを入手する';
    assert.equal(classify({ subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', newText, from: credly, fromName }, rules).kind, 'badges_transferred');
    assert.equal(classify({ subject: 'Your badge is expiring', newText: 'Your badge will expire soon. Accept your badge renewal.', from: credly, fromName }, rules).kind, 'unrelated');
    assert.equal(classify({ subject: 'バッジの有効期限のお知らせ', newText: 'AWS Certified Cloud Practitioner のバッジの有効期限が近づいています。', from: credly, fromName }, rules).kind, 'unrelated');
  });

  it('reads an expiry date shown beside a badge just issued as data, not as an expiry notice', () => {
    const credly = 'admin@credly.com';
    const fromName = 'Amazon Web Services Training and Certification via Credly';
    const en = 'Amazon Web Services Training and Certification issued you a badge.\nAWS Certified Developer - Associate\nIssued: Dec 11, 2024  Expires: Dec 11, 2027\nAccept your badge';
    const c = classify({ subject: 'Dana, claim your AWS Certified Developer - Associate badge', newText: en, from: credly, fromName }, rules);
    assert.equal(c.kind, 'badges_transferred', c.reasons.join(' | '));
    const ja = '新しいバッジがあります。\n| バッジ | 発行日 | 有効期限 |\n| AWS Certified Cloud Practitioner | 2024/04/12 | 2027/04/12 |\n「バッジを入手する」から受け取ってください。';
    const j = classify({ subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ(1件)', newText: ja, from: credly, fromName }, rules);
    assert.equal(j.kind, 'badges_transferred', j.reasons.join(' | '));
  });

  it('does not count a Credly badge of another issuer as the AWS badge transfer', () => {
    const c = classify({ subject: 'Microsoftのバッジ発行のお知らせ', newText: 'バッジを入手する', from: 'admin@credly.com', fromName: 'Microsoft via Credly' }, rules);
    assert.notEqual(c.kind, 'badges_transferred', c.reasons.join(' | '));
  });

  it('matches across line wraps and full-width characters', () => {
    assert.equal(fromSupport('Your accounts\nhave been\nmerged.').kind, 'merge_completed');
    assert.equal(classify({ subject: 'ケースＩＤ：１７１２３４５６７８９０', newText: '', from: null }, rules).supportCaseId, '171234567890');
  });

  it('finds the case ID in the subject first, then the new text, then the whole body', () => {
    assert.equal(classify({ subject: 'Case ID 111111111', newText: 'Case ID: 222222222', from: null }, rules).supportCaseId, '111111111');
    const inText = classify({ subject: 'hello', newText: 'ケース ID: 222222222', from: null }, rules);
    assert.equal(inText.supportCaseId, '222222222');
    assert.equal(inText.supportCaseIdWhere, 'new text');
    assert.equal(classify({ subject: 'hello', newText: 'hi', fullText: 'hi\n> [CASE 333333333]', from: null }, rules).supportCaseId, '333333333');
    assert.equal(classify({ subject: 'order 12345678', newText: 'call 0312345678', from: null }, rules).supportCaseId, null);
  });

  it('finds the case ID as helpdesks and support desks write it: request, ticket, reference, リクエスト, 受付番号, #', () => {
    const id = (subject: string, newText = '') => classify({ subject, newText, from: null }, rules).supportCaseId;
    assert.equal(id('[AWS T&C Support] Request #1781234509 has been updated'), '1781234509');
    assert.equal(id('[AWS トレーニングと認定] リクエスト 1781234509 はクローズされました'), '1781234509');
    assert.equal(id('チケット作成のお知らせ [#1781234509] アカウントの統合'), '1781234509');
    assert.equal(id('ご確認のお願い: 認定アカウントの統合 (1781234509)'), '1781234509');
    assert.equal(id('hello', 'ケース 1781234509 のステータスが更新されました。'), '1781234509');
    assert.equal(id('hello', 'お客様のリクエスト (1781234509) が更新されました。'), '1781234509');
    assert.equal(id('hello', '受付番号(ケース ID): 1781234509'), '1781234509');
    assert.equal(id('hello', 'いただいたお問い合わせは、番号 1781234509 で受け付けました。'), '1781234509');
    assert.equal(id('hello', 'Your reference number is 1781234509. Keep it.'), '1781234509');
    assert.equal(id('hello', 'Your request has been received and logged as #1781234509.'), '1781234509');
    // Numbers that are not a case's: too short for the words that name other things too, or a phone number.
    assert.equal(id('Ticket 1234567 for your exam', '電話番号 0312345678 までお電話ください。'), null);
  });

  it('detects the language from the new text and subject', () => {
    assert.equal(fromSupport('統合が完了しました。').language, 'ja');
    assert.equal(fromSupport('Dear 山田 太郎, we have merged your accounts.').language, 'en');
  });
});

describe('frames on closings', () => {
  const { frames } = loadRules(builtinRulesPath());
  const ctx = { senderGroups: ['support'], cues: [], credlyIssuer: null };
  const closing = (text: string) => evaluateFrames(frames, 're: case', normalizeText(text), ctx, new Set(['case_closed', 'merge_completed']));

  it("does not read another case's closing as this case's", () => {
    const v = closing('We merged your duplicate cases into this one. The other case has been closed.');
    assert.equal(v.agreed.has('case_closed'), false);
    assert.equal(v.missed.get('case_closed')?.how, 'vetoed');
    assert.equal(closing('もう一方のケースはクローズいたしました。').agreed.has('case_closed'), false);
  });

  it('reads this case closed, even next to the duplicate cases', () => {
    assert.ok(closing('We have merged your duplicate cases, and this one is now closed.').agreed.has('case_closed'));
    assert.ok(closing('本ケースはクローズいたします。').agreed.has('case_closed'));
  });

  it('notes a merge told plainly without a frame agreeing', () => {
    const v = closing("Merged both profiles as requested. I'll close this case now.");
    assert.equal(v.agreed.has('merge_completed'), false);
    assert.ok(v.told.has('merge_completed'));
  });

  it('reads a telegraphic participle clause as done, but not one told as to come, asked or negated', () => {
    for (const t of ['Merged.', 'Merged as requested.', 'Your accounts merged.']) assert.ok(closing(t).agreed.has('merge_completed'), t);
    const badges = (t: string) => evaluateFrames(frames, 're: case', normalizeText(t), ctx, new Set(['badges_transferred']));
    assert.ok(badges('Badges moved.').agreed.has('badges_transferred'));
    assert.equal(badges('Badges to be moved.').agreed.has('badges_transferred'), false);
    for (const t of ['To be merged.', 'Not yet merged.', 'Accounts merged by the self-service tool keep their badges.']) assert.equal(closing(t).agreed.has('merge_completed'), false, t);
    assert.ok(closing('対応済(統合)').agreed.has('merge_completed'));
    assert.ok(badges('Credlyバッジ:統合先に付替え完了(3件)').agreed.has('badges_transferred'));
  });

  it('reads a bare "Done." against the request it quotes, and asks', () => {
    const newText = 'Done.\n\nJorge';
    const quote = '\n\nOn Mon, Nov 9, 2026 at 9:03 PM Daniel <dan@example.com> wrote:\n> Yes, that is correct. Please go ahead and merge the accounts as described.\n>\n> Daniel';
    const c = classify({ subject: SUBJECT, newText, fullText: newText + quote, from: SUPPORT }, rules);
    assert.equal(c.kind, 'merge_completed');
    assert.equal(c.ask, true);
    assert.ok(c.reasons.some((r) => r.includes('to a quoted message that asks for merge_completed')), c.reasons.join(' | '));
    // The same two words with nothing quoted move nothing; nor does a customer's "see below" over a forwarded notice.
    assert.notEqual(classify({ subject: SUBJECT, newText, fullText: newText, from: SUPPORT }, rules).kind, 'merge_completed');
    const fyi = 'FYI, see below.';
    const forwarded = `${fyi}\n\n-----Original Message-----\nFrom: ${SUPPORT}\nSent: Mon, Nov 9, 2026\nTo: taro@example.com\nSubject: Re: case\n\nHello Taro,\nYour accounts have been merged.`;
    const c2 = classify({ subject: 'FW: case', newText: fyi, fullText: forwarded, from: 'taro@example.com' }, rules);
    assert.ok(!c2.reasons.some((r) => r.includes('sends the quoted message again')), c2.reasons.join(' | '));
  });

  it('notes a survey beside a closing, in either language', () => {
    assert.equal(fromSupport('Case 177922061540 closed. Rate us 1-5.').evidence.survey, 'rate us');
    assert.equal(fromSupport('本ケースはクローズされました。アンケートにご協力ください。').evidence.survey, 'アンケート');
    assert.equal(fromSupport('本ケースはクローズされました。').evidence.survey, undefined);
  });
});

