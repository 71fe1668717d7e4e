// fc: English messages. Each one is a short new part on top of (or under) a long quote.
import {
  SUP, SUP_ADDR, NOTIFY, CREDLY, subj, subj0, DANIEL, LENA, RAVI, SUZUKI, OTHER,
  addr, COLLEAGUE_EN, dt, gmailEn, gmailJa, outlookEn, origMsg, sfEn, fwdJa, quote, htmlGmail, htmlSf, type Msg,
} from './common.js';
import {
  reqEn, ackEn, infoEn, confirmEn, consentEn, infoReplyEn, doneEn, badgeAskEn, closeWarnEn,
  noteMerged, noteNeedId, noteBadges, infoReplyJa,
} from './threads.js';

type Req = Pick<Msg, 'slug' | 'kind' | 'note' | 'subject' | 'enc' | 'date'> & Partial<Msg>;
const E = (o: Req): Msg => ({ lang: 'en', trusted: true, forUser: true, caseId: null, trap: false, from: SUP, to: '', auth: 'pass', ...o }) as Msg;

const D = DANIEL;
const L = LENA;
const R = RAVI;
const PT = '-0800';
const CET = '+0100';
const IST = '+0530';

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  E({
    slug: 'en-ack-form', kind: 'acknowledgement', caseId: D.case, note: 'receipt line with the case ID over the quoted form submission',
    from: NOTIFY, to: addr(D), subject: `[CASE ${D.case}] We received your request`, date: dt('2026-11-02 09:12', PT), enc: 'ascii7',
    text: `We've got your request, case ${D.case}. Someone from the team will be in touch within a day.

Your submission:
${quote(reqEn(D))}`,
  }),
  E({
    slug: 'en-ack-bottom', kind: 'acknowledgement', caseId: L.case, note: 'bottom-posted receipt: description quoted first, one line under it',
    from: NOTIFY, to: addr(L), subject: subj0(L.case), date: dt('2026-11-03 18:40', CET), enc: 'utf8qp',
    text: `> ${reqEn(L).split('\n').join('\n> ')}

The above has been logged as case ${L.case}. Replies to this email are added to the case.`,
  }),
  E({
    slug: 'en-ack-html', kind: 'acknowledgement', caseId: R.case, note: 'HTML+text receipt, Salesforce-style, quoted request under the receipt line',
    from: NOTIFY, to: addr(R), subject: `Case ${R.case} created`, date: dt('2026-11-04 11:05', IST), enc: 'utf8b64',
    html: htmlSf(`Thanks, case ${R.case} is open. Please don't file a second one for this.`, 'Your request:', reqEn(R)),
  }),
  E({
    slug: 'en-ack-resubmit', kind: 'acknowledgement', caseId: D.case, crlf: false,
    note: 'receipt line over the quoted earlier receipt text (the form was submitted twice; same case); LF line ends',
    from: NOTIFY, to: addr(D), subject: `[CASE ${D.case}] We received your request`, date: dt('2026-11-02 09:14', PT), enc: 'ascii7',
    text: `Request received (case ${D.case}). We've attached your second submission to the same case.

${quote(ackEn(D, D.case))}`,
  }),
  E({
    slug: 'en-ack-reopen', kind: 'acknowledgement', caseId: '17960399120', trap: true,
    note: 'receipt: "case is resolved, so your reply opened new case"; the completion notice is only quoted',
    from: NOTIFY, to: addr(D), subject: '[CASE 17960399120] We received your request', date: dt('2026-11-21 08:02', PT), enc: 'utf8qp',
    text: `Case ${D.case} is already resolved, so your reply was filed as a new case: 17960399120.

${gmailEn('2026-11-21 07:58', addr(D))}
> Quick follow-up question on the merge below.
>
${quote(gmailEn('2026-11-18 15:30', SUP))}
${quote(quote(doneEn(D, 'Kavya R.')))}`,
  }),
  E({
    slug: 'en-ack-outlook', kind: 'acknowledgement', caseId: R.case, note: 'receipt over an Outlook-quoted copy of the request',
    from: NOTIFY, to: addr(R, 'src'), subject: `[CASE ${R.case}] Your case has been created`, date: dt('2026-11-04 11:04', IST), enc: 'ascii7',
    text: `This confirms we have your case (${R.case}).

${outlookEn({ from: addr(R, 'src'), when: '2026-11-04 11:02', to: SUP_ADDR, subject: 'Account merge' })}

${reqEn(R)}`,
  }),

  // ---------------- ai_answer (5) ----------------
  E({
    slug: 'en-ai-tool', kind: 'ai_answer', note: 'AI-generated suggestion of the Merge Accounts tool over the quoted question',
    from: NOTIFY, to: addr(L), subject: 'Suggested answer from AWS Support', date: dt('2026-11-03 18:30', CET), enc: 'ascii7',
    text: `Suggested answer (AI-generated): sign in to your primary certification account and try Profile > Merge Accounts.

> I have two AWS certification accounts, how do I combine them?
> ${L.keep} and ${L.src}.`,
  }),
  E({
    slug: 'en-ai-after-merge', kind: 'ai_answer', trap: true, note: 'automated answer explaining what a merge does; not a completion',
    from: NOTIFY, to: addr(R), subject: 'Automated response', date: dt('2026-11-04 10:40', IST), enc: 'utf8qp',
    text: `Automated answer: once accounts are merged, certifications and benefits from the secondary account appear on the primary one and the secondary login stops working.

${gmailEn('2026-11-04 10:39', addr(R))}
> What happens to my exam history if the two accounts get merged?`,
  }),
  E({
    slug: 'en-ai-html', kind: 'ai_answer', note: 'HTML+text AI suggestion with a Gmail quote',
    from: NOTIFY, to: addr(D), subject: 'AWS Support - generated answer', date: dt('2026-11-02 09:02', PT), enc: 'utf8b64',
    text: `Generated answer: most duplicate profiles can be combined with the self-service Merge Accounts tool in the certification portal.

${gmailEn('2026-11-02 09:01', addr(D))}
> Two certification profiles, one from my old consultancy. Can they be combined?`,
    html: htmlGmail('Generated answer: most duplicate profiles can be combined with the self-service Merge Accounts tool in the certification portal.', gmailEn('2026-11-02 09:01', addr(D)), 'Two certification profiles, one from my old consultancy. Can they be combined?'),
  }),
  E({
    slug: 'en-ai-bottom', kind: 'ai_answer', note: 'bottom-posted automated answer',
    from: NOTIFY, to: addr(L, 'src'), subject: 'Re: your question', date: dt('2026-11-03 18:33', CET), enc: 'ascii7',
    text: `> Can I move my certs from my agency email to my personal one?

This answer was generated automatically. If both accounts hold certifications the tool will decline the merge; in that case choose "Create case" to reach an agent.`,
  }),
  E({
    slug: 'en-ai-confirm-word', kind: 'ai_answer', trap: true, note: 'automated answer saying "to confirm your request, choose Create case": no consent asked',
    from: NOTIFY, to: addr(R), subject: 'Automated response', date: dt('2026-11-04 10:45', IST), enc: 'ascii7',
    text: `If this did not help, confirm your request by choosing Create case below. (Automated reply)

${gmailEn('2026-11-04 10:44', addr(R))}
> The merge tool says it can't merge because both accounts have certifications.`,
  }),

  // ---------------- info_request (7) ----------------
  E({
    slug: 'en-info-followup', kind: 'info_request', caseId: D.case, note: 'support quotes its own request for IDs: "Just following up on this"',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-06 10:02', PT), enc: 'ascii7',
    text: `Just following up on this.

${sfEn({ from: SUP_ADDR, when: '2026-11-03 13:20', to: D.keep, subject: subj(D.case) })}

${infoEn(D, 'Jorge M.')}`,
  }),
  E({
    slug: 'en-info-see-below', kind: 'info_request', caseId: L.case, note: '"See below" over a forwarded internal note; new text asks for the old candidate ID',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-05 15:30', CET), enc: 'utf8qp',
    text: `See below - could you send us the candidate ID of the old profile?

${noteNeedId(L, 'Aisha B.')}

${sfEn({ from: L.keep, when: '2026-11-05 09:00', to: SUP_ADDR, subject: subj(L.case) })}
${infoReplyEn({ ...L, srcId: '(not sure)' })}`,
  }),
  E({
    slug: 'en-info-over-ja', kind: 'info_request', caseId: SUZUKI.case, note: 'English agent line over the customer\'s Japanese details: which login stays?',
    to: `${SUZUKI.kana} <${SUZUKI.keep}>`, subject: subj(SUZUKI.case), date: dt('2026-11-07 09:15', PT), enc: 'utf8b64',
    text: `Thank you. Which of the two addresses should remain your sign-in after the merge? Please reply with just that one.

${gmailJa('2026-11-07 08:41', `${SUZUKI.name} <${SUZUKI.keep}>`)}
${quote(infoReplyJa(SUZUKI))}`,
  }),
  E({
    slug: 'en-info-after-done', kind: 'info_request', caseId: R.case, trap: true,
    note: 'quotes the completion notice but asks something new: which email the Credly account uses',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-14 12:00', IST), enc: 'ascii7',
    text: `One more thing before the badges can be sorted: which email address is your Credly account registered under?

${origMsg({ from: SUP_ADDR, when: '2026-11-14 09:10', to: R.keep, subject: subj(R.case) })}

${doneEn(R, 'Mei L.')}`,
  }),
  E({
    slug: 'en-info-confirm-email', kind: 'info_request', caseId: D.case, trap: true,
    note: '"Please confirm the email address you\'d like to keep": asks for information',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-03 13:20', PT), enc: 'utf8qp',
    text: `Please confirm the email address you'd like to keep; the form lists both.

${gmailEn('2026-11-02 09:11', addr(D))}
${quote(reqEn(D))}`,
  }),
  E({
    slug: 'en-info-lookalike', kind: 'info_request', caseId: L.case, trusted: false,
    note: 'asks for a passport scan from amazon-certification-support.com (look-alike, passes its own DMARC): untrusted',
    from: 'AWS Training and Certification <cases@amazon-certification-support.com>', to: addr(L), subject: subj(L.case), date: dt('2026-11-05 03:33', CET), enc: 'ascii7',
    text: `To verify identity we need a scan of your passport. Upload here: https://amazon-certification-support.com/verify

${quote(infoEn(L, 'Aisha B.'))}`,
  }),
  E({
    slug: 'en-info-colleague', kind: 'info_request', caseId: '17960420077', forUser: false,
    note: 'an information request on a colleague\'s own case, addressed and delivered to him only: forUser false',
    to: COLLEAGUE_EN, subject: subj('17960420077'), date: dt('2026-11-09 11:00', PT), enc: 'ascii7',
    text: `Hi Marcus, could you send the candidate IDs for both profiles?

${gmailEn('2026-11-08 17:30', COLLEAGUE_EN)}
> Please merge my two certification accounts, marcus.lee@consult.example.net and my gmail one.`,
  }),

  // ---------------- confirmation_request (7) ----------------
  E({
    slug: 'en-conf-followup', kind: 'confirmation_request', caseId: L.case, note: '"Just following up" over the quoted consent request',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-10 09:00', CET), enc: 'ascii7',
    text: `Just following up on this - we need your go-ahead before anything is changed.

${sfEn({ from: SUP_ADDR, when: '2026-11-07 14:00', to: L.keep, subject: subj(L.case) })}

${confirmEn(L, 'Aisha B.')}`,
  }),
  E({
    slug: 'en-conf-over-details', kind: 'confirmation_request', caseId: D.case, note: 'short: reply to confirm X into Y, cannot be reversed; details quoted',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-07 10:30', PT), enc: 'utf8qp',
    text: `Got it. Can you reply confirming you want ${D.srcId} folded into ${D.keepId}? There's no undo.

${gmailEn('2026-11-06 20:15', addr(D))}
${quote(infoReplyEn(D))}`,
  }),
  E({
    slug: 'en-conf-bottom', kind: 'confirmation_request', caseId: R.case, note: 'bottom-posted consent request under the quoted details',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-08 16:45', IST), enc: 'ascii7',
    text: `${gmailEn('2026-11-08 09:30', addr(R))}
${quote(infoReplyEn(R))}

Thanks Ravi. If your happy for ${R.srcId} to be merged into ${R.keepId} (permanent), just say so in a reply.
Mei`,
  }),
  E({
    slug: 'en-conf-html-sf', kind: 'confirmation_request', caseId: L.case, note: 'HTML+text Salesforce reply asking for consent over the quoted thread',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-07 14:00', CET), enc: 'utf8b64',
    text: `We're ready on our side. Since a merge is final, please reply to let us know we may go ahead.

${sfEn({ from: L.keep, when: '2026-11-06 19:12', to: SUP_ADDR, subject: subj(L.case) })}
${infoReplyEn(L)}`,
    html: htmlSf("We're ready on our side. Since a merge is final, please reply to let us know we may go ahead.", sfEn({ from: L.keep, when: '2026-11-06 19:12', to: SUP_ADDR, subject: subj(L.case) }), infoReplyEn(L)),
  }),
  E({
    slug: 'en-conf-dkimonly', kind: 'confirmation_request', caseId: D.case, auth: 'dkimonly', note: 'consent request re-sent; trusted by an aligned dkim=pass alone',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-09 08:00', PT), enc: 'ascii7',
    text: `Sending this again in case it got buried.

${origMsg({ from: SUP_ADDR, when: '2026-11-07 10:30', to: D.keep, subject: subj(D.case) })}

${confirmEn(D, 'Jorge M.')}`,
  }),
  E({
    slug: 'en-conf-lookalike', kind: 'confirmation_request', caseId: R.case, trusted: false,
    note: 'consent request from aws-training.co (look-alike of aws.training): untrusted',
    from: 'AWS Training <support@aws-training.co>', to: addr(R), subject: subj(R.case), date: dt('2026-11-08 02:10', IST), enc: 'ascii7',
    text: `Reply YES within 24 hours to approve the merge below.

${quote(confirmEn(R, 'Mei L.'))}`,
  }),
  E({
    slug: 'en-conf-nested3', kind: 'confirmation_request', caseId: L.case, note: 'Outlook thread three deep; the agent asks for final consent after the corrected ID',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-09 13:10', CET), enc: 'utf8qp',
    text: `Thanks, that ID matches. Last step: please confirm you're OK with us merging ${L.srcId} into ${L.keepId}.

${outlookEn({ from: addr(L), when: '2026-11-09 08:40', to: SUP_ADDR, subject: subj(L.case) })}

Sorry, typo in my last mail - it's ${L.srcId}.

${outlookEn({ from: SUP, when: '2026-11-08 17:00', to: addr(L), subject: subj(L.case) })}

The candidate ID you sent (AWS52201683) doesn't match any profile.

> ${infoReplyEn({ ...L, srcId: 'AWS52201683' }).split('\n').join('\n> ')}`,
  }),

  // ---------------- merge_completed (7) ----------------
  E({
    slug: 'en-done-done', kind: 'merge_completed', caseId: D.case, note: '"Done." over the customer\'s quoted request to go ahead with the merge',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-10 07:45', PT), enc: 'ascii7',
    text: `Done.

Jorge

${gmailEn('2026-11-09 21:03', addr(D))}
${quote(consentEn(D))}
>
${quote(quote(confirmEn(D, 'Jorge M.')))}`,
  }),
  E({
    slug: 'en-done-see-below', kind: 'merge_completed', caseId: L.case, note: '"Completed, see below" over the forwarded internal merge note',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-12 10:20', CET), enc: 'utf8qp',
    text: `Completed, see below.

${noteMerged(L, 'Ben T.')}

${sfEn({ from: L.keep, when: '2026-11-10 12:00', to: SUP_ADDR, subject: subj(L.case) })}
${consentEn(L)}`,
  }),
  E({
    slug: 'en-done-all-set', kind: 'merge_completed', caseId: R.case, note: 'customer asks for an update (quoted); support: all set, profiles are one now',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-14 09:10', IST), enc: 'ascii7',
    text: `All set - the two profiles are now one, under ${R.keepId}.

${gmailEn('2026-11-13 22:00', addr(R))}
> Any update? I replied with my OK on Monday.`,
  }),
  E({
    slug: 'en-done-portal', kind: 'merge_completed', note: 'certification portal notice, no case ID, request details quoted',
    from: 'AWS Certification <no-reply@aws.training>', to: addr(D), subject: 'Your AWS Certification accounts have been merged', date: dt('2026-11-10 06:30', PT), enc: 'utf8qp',
    html: `<html><body><p>Your certification accounts have been combined per the request below.</p><blockquote>Source: ${D.srcId}<br>Target: ${D.keepId}<br>Requested: 2026-11-09</blockquote></body></html>`,
  }),
  E({
    slug: 'en-done-certmetrics', kind: 'merge_completed', trusted: false,
    note: 'portal-style merge notice from a certmetrics.com sender: meaning is merge_completed, sender domain not trusted',
    from: 'AWS Certification <noreply@certmetrics.com>', to: addr(L), subject: 'Account merge complete', date: dt('2026-11-12 09:00', CET), enc: 'ascii7',
    text: `Merge complete for the accounts listed below.

> From: ${L.srcId}
> Into: ${L.keepId}`,
  }),
  E({
    slug: 'en-done-and-close', kind: 'merge_completed', caseId: R.case, note: 'merged, and the case will be closed: merge is the new fact',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-14 09:10', IST), enc: 'utf8b64',
    text: `Merged. I'll close this case out now.

${outlookEn({ from: addr(R), when: '2026-11-10 08:12', to: SUP_ADDR, subject: subj(R.case) })}

${consentEn(R)}`,
  }),
  E({
    slug: 'en-done-resent', kind: 'merge_completed', caseId: D.case, forUser: false,
    note: 'completion notice redirected by a mail rule (Resent-* headers): forUser false',
    to: addr(D, 'src'), subject: subj(D.case), date: dt('2026-11-10 07:45', PT), enc: 'ascii7',
    resent: { from: D.src, to: 'it-archive@consult.example.net', date: dt('2026-11-10 07:46', PT) },
    text: `Finished on our end - both profiles are combined.

${gmailEn('2026-11-09 21:03', addr(D))}
${quote(consentEn(D))}`,
  }),

  // ---------------- badges_transferred (6) ----------------
  E({
    slug: 'en-badge-done', kind: 'badges_transferred', caseId: D.case, note: '"Done - reissued" over the customer\'s quoted badge question',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-12 11:00', PT), enc: 'ascii7',
    text: `Done - reissued them to ${D.keep}.

${gmailEn('2026-11-11 19:20', addr(D))}
${quote(badgeAskEn(D))}`,
  }),
  E({
    slug: 'en-badge-credly', kind: 'badges_transferred', note: 'AWS badge via Credly; issuer message quoted',
    from: CREDLY, to: addr(L), subject: 'Amazon Web Services Training and Certification sent you a new badge', date: dt('2026-11-13 05:10', '+0000'), enc: 'utf8qp',
    text: `You've got a badge: AWS Certified SysOps Administrator - Associate. Accept your badge: https://www.credly.com/earner/earned/badge/0b9e2f44-2c1a-4d6e-9f0a-51b7c3e8a611

Message from the issuer:
> Reissued to ${L.keep} following your account merge.`,
    html: `<html><body><p>You've got a badge: AWS Certified SysOps Administrator - Associate.</p><p><a href="https://www.credly.com/earner/earned/badge/0b9e2f44-2c1a-4d6e-9f0a-51b7c3e8a611">Accept your badge</a></p><p>Message from the issuer:</p><blockquote>Reissued to ${L.keep} following your account merge.</blockquote></body></html>`,
  }),
  E({
    slug: 'en-badge-see-below', kind: 'badges_transferred', caseId: R.case, note: '"See below" over the forwarded note: badges reissued to the kept address',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-16 10:00', IST), enc: 'utf8qp',
    text: `See below, that's sorted now.

${noteBadges(R, 'Mei L.')}

${sfEn({ from: R.keep, when: '2026-11-15 20:00', to: SUP_ADDR, subject: subj(R.case) })}
${badgeAskEn(R)}`,
  }),
  E({
    slug: 'en-badge-close', kind: 'badges_transferred', caseId: L.case, note: 'badges moved, and closing: badges_transferred',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-15 14:00', CET), enc: 'ascii7',
    text: `Your badges are on the new account now, so I'll go ahead and close the case.

${origMsg({ from: addr(L), when: '2026-11-14 21:00', to: SUP_ADDR, subject: subj(L.case) })}

${badgeAskEn(L)}`,
  }),
  E({
    slug: 'en-badge-misaligned', kind: 'badges_transferred', caseId: D.case, trusted: false, auth: 'misaligned',
    note: 'badge news signed by a bulk sender, dmarc=fail: untrusted',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-12 01:00', PT), enc: 'ascii7',
    text: `Badges moved. Log in here to see them: http://credly-badges.example.net/login

${quote(badgeAskEn(D))}`,
  }),
  E({
    slug: 'en-badge-bottom', kind: 'badges_transferred', caseId: R.case, note: 'bottom-posted: question quoted, "moved them over" under it',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-16 09:30', IST), enc: 'utf8b64',
    crlf: false,
    text: `${gmailEn('2026-11-15 20:00', addr(R))}
${quote(badgeAskEn(R))}

Moved them over - the old ones under ${R.src} are revoked.
Mei`,
  }),

  // ---------------- case_closed (6) ----------------
  E({
    slug: 'en-close-pending-consent', kind: 'case_closed', caseId: R.case, trap: true,
    note: 'will close in 3 days without a reply; mentions the pending go-ahead but asks nothing new',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-12 08:00', IST), enc: 'ascii7',
    text: `We haven't heard whether you'd like us to proceed, so this case will close in 3 days unless you reply.

${sfEn({ from: SUP_ADDR, when: '2026-11-08 16:45', to: R.keep, subject: subj(R.case) })}
${confirmEn(R, 'Mei L.')}`,
  }),
  E({
    slug: 'en-close-restates', kind: 'case_closed', caseId: D.case, trap: true,
    note: 'closing that restates the merge done on Nov 10 (quoted completion)',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-17 10:00', PT), enc: 'utf8qp',
    text: `As the merge was completed on Nov 10, we're closing this case.

${gmailEn('2026-11-10 07:45', SUP)}
${quote(doneEn(D, 'Jorge M.'))}`,
  }),
  E({
    slug: 'en-close-thanks', kind: 'case_closed', caseId: L.case, note: 'customer\'s thanks quoted; support marks it resolved',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-16 09:00', CET), enc: 'ascii7',
    text: `Glad to hear it. Marking this resolved.

${gmailEn('2026-11-15 21:40', addr(L))}
> Badges are showing, everything looks right. Thank you!`,
  }),
  E({
    slug: 'en-close-after-warning', kind: 'case_closed', caseId: R.case, crlf: false,
    note: 'closed after the quoted no-reply warning; LF line ends',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-20 03:00', IST), enc: 'ascii7',
    text: `No reply received, so this case is now closed.

${quote(closeWarnEn(R, R.case))}`,
  }),
  E({
    slug: 'en-close-sf', kind: 'case_closed', caseId: D.case, note: 'Salesforce: "This case has been resolved" over the customer\'s last note',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-14 12:00', PT), enc: 'utf8b64',
    text: `This case has been resolved. Reply to this email within 14 days if you need to reopen it.

${sfEn({ from: D.keep, when: '2026-11-13 18:00', to: SUP_ADDR, subject: subj(D.case) })}
All good on my side, thanks for the help.
Daniel`,
  }),
  E({
    slug: 'en-close-dup', kind: 'case_closed', caseId: OTHER.raviDup, trap: true,
    note: 'a duplicate case closed and "merged into" the original: case merge, not account merge',
    to: addr(R), subject: subj(OTHER.raviDup), date: dt('2026-11-05 09:00', IST), enc: 'ascii7',
    text: `Closing this one - it has been merged into case ${R.case}, where we'll continue.

${gmailEn('2026-11-05 07:00', addr(R))}
${quote(reqEn(R))}`,
  }),

  // ---------------- support_reply (8) ----------------
  E({
    slug: 'en-reply-thanks-confirm', kind: 'support_reply', caseId: L.case, trap: true,
    note: 'thanks for confirming, passed to the merge team: not merged yet',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-10 12:30', CET), enc: 'ascii7',
    text: `Thanks for confirming, I've passed this to the merge team.

${gmailEn('2026-11-10 12:00', addr(L))}
${quote(consentEn(L))}`,
  }),
  E({
    slug: 'en-reply-once', kind: 'support_reply', caseId: D.case, trap: true, note: 'future: "once the merge goes through we will let you know"',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-09 22:00', PT), enc: 'utf8qp',
    text: `Noted. Once the merge goes through we'll let you know here.

${gmailEn('2026-11-09 21:03', addr(D))}
${quote(consentEn(D))}`,
  }),
  E({
    slug: 'en-reply-not-yet', kind: 'support_reply', caseId: R.case, trap: true, note: 'negated: the merge has not been completed yet',
    to: addr(R), subject: subj(R.case), date: dt('2026-11-13 23:00', IST), enc: 'ascii7',
    text: `Not yet, I'm afraid - the merge hasn't been completed. It's in the queue.

${gmailEn('2026-11-13 22:00', addr(R))}
> Any update? I replied with my OK on Monday.`,
  }),
  E({
    slug: 'en-reply-unable', kind: 'support_reply', caseId: L.case, trap: true,
    note: '"we are unable to merge these" (different legal names), nothing requested',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-06 16:00', CET), enc: 'utf8b64',
    text: `We're unable to merge these profiles: they're registered to different legal names, so policy doesn't allow it.

${sfEn({ from: L.keep, when: '2026-11-06 09:00', to: SUP_ADDR, subject: subj(L.case) })}
${infoReplyEn(L)}`,
  }),
  E({
    slug: 'en-reply-escalated', kind: 'support_reply', caseId: D.case, note: 'status: escalated to the certification operations team',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-08 12:00', PT), enc: 'ascii7',
    text: `Quick update: this is with our certification operations team now.

${origMsg({ from: addr(D), when: '2026-11-08 09:00', to: SUP_ADDR, subject: subj(D.case) })}

Hi, just checking whether you need anything else from me.

${quote(infoEn(D, 'Jorge M.'))}`,
  }),
  E({
    slug: 'en-reply-from-keep', kind: 'support_reply', caseId: R.case, note: '"please reply from the address you are keeping", no data asked',
    to: addr(R, 'src'), subject: subj(R.case), date: dt('2026-11-05 10:00', IST), enc: 'ascii7',
    text: `Please write back from the address you're keeping rather than this one.

${gmailEn('2026-11-04 11:02', addr(R, 'src'))}
${quote(reqEn(R))}`,
  }),
  E({
    slug: 'en-reply-dup-cases', kind: 'support_reply', caseId: D.case, trap: true, note: '"I\'ve merged your duplicate cases into this one": cases, not accounts',
    to: addr(D), subject: subj(D.case), date: dt('2026-11-04 08:30', PT), enc: 'utf8qp',
    text: `I've merged your duplicate cases into this one, so please keep replying here.

${gmailEn('2026-11-03 22:00', addr(D))}
> Sorry, I opened another case because I had not heard back.
${quote(reqEn(D))}`,
  }),
  E({
    slug: 'en-reply-html-answer', kind: 'support_reply', caseId: L.case, note: 'HTML+text answer to a question about exam history (quoted)',
    to: addr(L), subject: subj(L.case), date: dt('2026-11-08 11:00', CET), enc: 'utf8qp',
    text: `Yes, exam history comes across too, along with any unused voucher.

${gmailEn('2026-11-08 09:00', addr(L))}
> Before I say yes: will my exam history from the agency account come across as well?`,
    html: htmlGmail('Yes, exam history comes across too, along with any unused voucher.', gmailEn('2026-11-08 09:00', addr(L)), 'Before I say yes: will my exam history from the agency account come across as well?'),
  }),

  // ---------------- unrelated (6) ----------------
  E({
    slug: 'en-unrel-own-confirm', kind: 'unrelated', caseId: R.case, trusted: false, trap: true,
    note: 'the user\'s own consent reply (Cc to himself): no news from support',
    from: addr(R), to: SUP, cc: addr(R, 'src'), subject: `Re: ${subj(R.case)}`, date: dt('2026-11-10 08:12', IST), enc: 'ascii7', rcpt: R.src,
    relay: 'smtp.example.in', auth: 'none',
    text: `Confirmed, please go ahead with the merge.

Sent from my iPhone

${gmailEn('2026-11-08 16:45', SUP)}
${quote(confirmEn(R, 'Mei L.'))}`,
  }),
  E({
    slug: 'en-unrel-colleague-fyi', kind: 'unrelated', caseId: D.case, trusted: false, forUser: false, trap: true,
    note: 'a colleague forwards the completion notice "FYI" to a team list (Japanese forward header): not support, not to the user',
    from: COLLEAGUE_EN, to: 'cloud-team@consult.example.net', subject: `Fwd: ${subj(D.case)}`, date: dt('2026-11-10 09:00', PT), enc: 'utf8qp',
    auth: 'pass',
    text: `FYI - this is how it went for Daniel, in case anyone else needs it.

${fwdJa({ from: SUP, when: '2026-11-10 07:45', to: D.keep, subject: subj(D.case) })}

${doneEn(D, 'Jorge M.')}`,
  }),
  E({
    slug: 'en-unrel-survey', kind: 'unrelated', caseId: L.case, trap: true, note: 'survey: "Was your issue resolved?" over the quoted completion',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>', to: addr(L), subject: 'Was your issue resolved?', date: dt('2026-11-17 08:00', CET), enc: 'ascii7',
    text: `Was your issue resolved? Tell us in two clicks: https://survey.aws.amazon.com/r/${L.case}

${quote(doneEn(L, 'Ben T.'))}`,
  }),
  E({
    slug: 'en-unrel-voucher-case', kind: 'unrelated', caseId: OTHER.danielVoucher, trap: true,
    note: 'the user\'s other case (an exam voucher) completed and resolved; says its topic',
    to: addr(D), subject: `RE:[CASE ${OTHER.danielVoucher}] [AWS Training and Certification Form Submission] - exam-voucher`, date: dt('2026-11-19 10:00', PT), enc: 'ascii7',
    text: `Your voucher has been reissued and this case is resolved.

${gmailEn('2026-11-18 16:00', addr(D))}
> My 50% voucher code shows as already used, but I never redeemed it.`,
  }),
  E({
    slug: 'en-unrel-ooo', kind: 'unrelated', caseId: L.case, trusted: false,
    note: 'auto-reply from the user\'s former agency address (she Cc\'d it) quoting her consent and support\'s request',
    from: 'Lena Fischer <l.fischer@agency.example.eu>', to: addr(L), subject: `Automatic reply: Re: ${subj(L.case)}`, date: dt('2026-11-10 12:01', CET), enc: 'ascii7',
    relay: 'mail.agency.example.eu', auth: 'none', extra: ['Auto-Submitted: auto-replied'],
    text: `I have left the agency. Please contact info@agency.example.eu.

${outlookEn({ from: addr(L), when: '2026-11-10 12:00', to: SUP_ADDR, cc: addr(L, 'src'), subject: `Re: ${subj(L.case)}` })}

${consentEn(L)}

${quote(confirmEn(L, 'Aisha B.'))}`,
  }),
  E({
    slug: 'en-unrel-hashicorp', kind: 'unrelated', trap: true, note: 'Credly badge issued by HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: addr(R), subject: 'HashiCorp sent you a new badge', date: dt('2026-11-18 04:00', '+0000'), enc: 'ascii7',
    text: `Accept your badge: HashiCorp Certified: Terraform Associate (003).

Message from the issuer:
> Congratulations on passing the Terraform Associate exam.`,
  }),
];
