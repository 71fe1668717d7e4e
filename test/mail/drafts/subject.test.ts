import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { replySubject, stripReplyPrefixes } from '../../../src/mail/drafts/subject.js';

const THREAD = '[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance';

describe('replySubject', () => {
  const variants: Array<[string, string]> = [
    ['support ticket form without a space', `RE:[CASE 171234567890] [AWS Training and Certification Form Submission] - account-assistance`],
    ['upper case with a space', `RE: ${THREAD}`],
    ['the usual Re:', `Re: ${THREAD}`],
    ['lower case', `re: ${THREAD}`],
    ['repeated markers', `Re: RE: re:${THREAD}`],
    ['a counted marker', `Re[2]: ${THREAD}`],
    ['a space before the colon', `Re : ${THREAD}`],
    ['a full-width marker', `Ｒｅ：${THREAD}`],
    ['a full-width colon after an ASCII marker', `RE：${THREAD}`],
    ['an ideographic space after the marker', `Re:\u3000${THREAD}`],
    ['Japanese reply and forward markers', `返信: 転送: ${THREAD}`],
    ['German and Nordic markers', `AW: SV: ${THREAD}`],
    ['a forward inside a reply', `Re: Fwd: RE: ${THREAD}`],
    ['a forward marker alone', `FW: ${THREAD}`],
    ['no marker at all', THREAD],
    ['a folded header', `RE:[CASE 171234567890] [AWS Training and Certification Form\r\n Submission] - account-assistance`],
  ];
  for (const [what, subject] of variants) {
    it(`puts Re: exactly once before the thread subject for ${what}`, () => {
      assert.equal(replySubject(subject, 'fallback'), `Re: ${THREAD}`);
    });
  }

  it('keeps a Japanese subject after the marker intact, full-width characters included', () => {
    assert.equal(replySubject('RE: [CASE 1] アカウント統合のご確認（ＡＷＳ）', 'x'), 'Re: [CASE 1] アカウント統合のご確認（ＡＷＳ）');
  });

  it('does not mistake words that start like a marker for one', () => {
    assert.equal(replySubject('Request: account merge', 'x'), 'Re: Request: account merge');
    assert.equal(replySubject('Review: [CASE 1]', 'x'), 'Re: Review: [CASE 1]');
  });

  it('uses the fallback when the thread subject is empty or only markers', () => {
    assert.equal(replySubject('', '[CASE 1] AWS Certification account merge'), 'Re: [CASE 1] AWS Certification account merge');
    assert.equal(replySubject('RE: ', 'fallback'), 'Re: fallback');
  });

  it('leaves the subject unchanged apart from the markers', () => {
    assert.equal(stripReplyPrefixes('  RE:  [CASE 1]  two  spaces '), '[CASE 1]  two  spaces');
  });
});
