// English messages of heldout/e. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAN, DAN_REQ, PORTAL, SOFIA, SOFIA_REQ, SUPPORT, SUPPORT_BARE, WEI, WEI_REQ,
  addr, formSubject, formSubjectNew, gmailEn, htmlDoc, mk, outlookEn, paras, sfOriginal, sfRef,
} from './common.js';

const dan = addr(DAN.name, DAN.keep);
const sofia = addr(SOFIA.name, SOFIA.keep);
const wei = addr(WEI.name, WEI.keep);

const sign = (who: string): string => `\nKind regards,\n\n${who}\nAWS Training and Certification Customer Support`;
const greet = (first: string): string => `Hello ${first},\n\nGreetings from AWS Training and Certification Customer Support!`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-dan', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan,
    note: 'automatic receipt: case created, ID in subject and body',
    from: AWS_NOTIFY, to: dan, enc: 'ascii7', when: '2026-01-20 16:02:11',
    subject: `[CASE ${CASE.dan}] We received your request`,
    text: `Hello,

Thank you for contacting AWS Training and Certification. We have created case ${CASE.dan} for your inquiry.

A member of our team will get back to you, typically within 24 hours. You can add information to the case by replying to this email.

Please do not open another case for the same request; duplicate cases can delay our response.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.`,
  }),
  mk({
    slug: 'en-ack-html-sofia', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia,
    note: 'HTML-only receipt, case ID in the body only',
    from: AWS_NOTIFY, to: sofia, enc: 'utf8qp', when: '2026-02-02 09:13:48',
    subject: "We've got your AWS Training and Certification inquiry",
    html: htmlDoc(`<div style="max-width:600px">
<p>Hi there,</p>
<p>We&#8217;ve received your request and opened a support case for you.</p>
<p style="font-size:16px"><strong>Case ID:</strong> ${CASE.sofia}</p>
<p>Our Training and Certification specialists usually respond within one business day. There&rsquo;s no need to submit the form again.</p>
<p>&mdash; Amazon Web Services</p>
</div>`),
  }),
  mk({
    slug: 'en-ack-info-provided-wei', kind: 'acknowledgement', lang: 'en', caseId: CASE.wei, trap: true,
    note: 'receipt listing "the information you provided"; asks for nothing',
    to: wei, enc: 'ascii7', when: '2026-03-10 20:40:05',
    subject: formSubjectNew(CASE.wei),
    text: `This is an automated confirmation that we received your submission.

Case number: ${CASE.wei}

Here is a copy of the information you provided:
  Name: ${WEI.name}
  Company: (none)
  AWS Candidate ID: ${WEI.keepId}
  Inquiry type: AWS Training and Certification
  Issue: Certification > Account merge
  Description: ${WEI_REQ.split('\n')[0]}

An agent will review your case and reply to this address.`,
  }),
  mk({
    slug: 'en-ack-forged-below', kind: 'acknowledgement', lang: 'en', caseId: CASE.wei2, auth: 'forgedBelow', trusted: false,
    note: 'receipt text, but the only pass verdict sits below the server Received line: untrusted',
    from: AWS_NOTIFY, to: wei, enc: 'utf8b64', when: '2026-04-01 05:05:55',
    subject: `[CASE ${CASE.wei2}] Case created`,
    text: `Hello,

Your case ${CASE.wei2} has been created. We will respond within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-dup-dan', kind: 'acknowledgement', lang: 'en', caseId: CASE.danDup,
    note: 'receipt of a second case opened by the user (still a case receipt)',
    from: AWS_NOTIFY, to: addr(DAN.name, DAN.src), enc: 'ascii7', when: '2026-01-21 07:45:30',
    subject: `[CASE ${CASE.danDup}] We received your request`,
    text: `Hello,

Thanks for reaching out. Case ${CASE.danDup} is now open and in the queue.

If you already opened a case about this, please keep using that one instead; opening several cases for one issue slows things down.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-resent-uni', kind: 'acknowledgement', lang: 'en', caseId: '1784433170022', forUser: false,
    note: 'receipt redirected from the old university mailbox (Resent-* headers): not delivered to the user directly',
    from: AWS_NOTIFY, to: addr(SOFIA.name, SOFIA.src), enc: 'ascii7', when: '2026-02-01 22:10:00',
    resent: { from: 'postmaster@uni.example.edu', to: SOFIA.keep, date: 'Sun, 1 Feb 2026 23:10:04 +0100' },
    subject: '[CASE 1784433170022] We received your request',
    text: `Hello,

Thank you for contacting AWS Training and Certification. Your case 1784433170022 has been created and an agent will reply soon.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-body-id-sofia', kind: 'acknowledgement', lang: 'en', caseId: '1784420110488', auth: 'dkimonly',
    note: 'receipt with case ID in the body only; aligned dkim=pass',
    from: SUPPORT, to: sofia, enc: 'utf8qp', when: '2026-05-11 12:01:33',
    subject: 'Your AWS Training and Certification inquiry',
    text: `Hello Sofia,

Thank you for your message. We\u2019ve logged it as case 1784420110488.
Please keep the case number for your records; simply reply to this email if you need to add something.

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-tool-dan', kind: 'ai_answer', lang: 'en',
    note: 'generated answer suggesting the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: dan, enc: 'ascii7', when: '2026-01-20 15:58:02',
    subject: 'Suggested answer for your question',
    text: `Based on your question, here is an answer generated by AI:

You can combine two AWS Certification accounts yourself. Sign in to the account you want to keep at aws.training/certification, open your Profile and choose "Merge Accounts", then sign in with the credentials of the other account.

If the tool tells you it cannot merge the accounts (for example, because both have certification history), choose "Create case" and our team will help.

Generated answers may be inaccurate. Did this answer your question? Yes | No`,
  }),
  mk({
    slug: 'en-ai-html-sofia', kind: 'ai_answer', lang: 'en',
    note: 'HTML+text automated answer pointing to the merge tool',
    from: AWS_NOTIFY, to: sofia, enc: 'utf8qp', when: '2026-02-02 09:08:20',
    subject: 'An automated response to your inquiry',
    text: `This response was generated automatically.

It looks like you have more than one AWS Certification profile. In most cases you can link them without contacting us: go to Profile > Merge Accounts in the Certification portal and follow the steps.

Still need help? Reply "create case" or use the contact form.`,
    html: htmlDoc(`<p><em>This response was generated automatically.</em></p>${paras(`It looks like you have more than one AWS Certification profile. In most cases you can link them without contacting us: go to Profile > Merge Accounts in the Certification portal and follow the steps.

Still need help? Reply "create case" or use the contact form.`)}`),
  }),
  mk({
    slug: 'en-ai-after-merge-wei', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer explaining what happens after a merge and how badges follow; still an automated suggestion',
    from: AWS_NOTIFY, to: wei, enc: 'ascii7', when: '2026-03-10 20:36:50',
    subject: 'AI-generated answer: certification account merge',
    text: `AI-generated answer

When two certification accounts are merged, the certifications, exam history and benefits of the merged account appear in the account you keep, and the other account is deactivated. Credly badges are not always moved automatically: merge first, then accept your badges on Credly with the email of the kept account.

To start, use Profile > Merge Accounts. If that fails, create a case.

This answer was generated by AI and may contain errors.`,
  }),
  mk({
    slug: 'en-ai-no-ar', kind: 'ai_answer', lang: 'en', auth: 'none', trusted: false,
    note: 'automated suggestion without Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: dan, enc: 'utf8b64', when: '2026-01-20 16:30:00',
    subject: 'Suggested answer for your question',
    text: `Automated answer: please try the Merge Accounts option in your certification profile before opening a case.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ai-while-you-wait', kind: 'ai_answer', lang: 'en', caseId: CASE.wei,
    note: 'automated "while you wait" suggestion attached to the case',
    to: wei, enc: 'ascii7', when: '2026-03-10 20:41:12',
    subject: formSubject(CASE.wei),
    text: `[Automated message]

While you wait for an agent, you may be able to resolve this on your own:
 * Sign in with the email of the account you want to keep.
 * Go to Profile > Merge Accounts and enter the other account's sign-in details.

If this resolves your issue, you can ignore the rest of this case; it will close on its own.
This message was generated automatically.`,
  }),
  mk({
    slug: 'en-ai-lf-short', kind: 'ai_answer', lang: 'en',
    note: 'short generated answer, LF line ends',
    from: AWS_NOTIFY, to: sofia, enc: 'utf8qp', crlf: false, when: '2026-05-11 11:58:01',
    subject: 'Here\u2019s a suggested answer',
    text: `Generated answer \u2014 Try Profile \u2192 Merge Accounts on aws.training. If both accounts hold certifications, the tool can\u2019t merge them and you\u2019ll need to create a case.`,
  }),
  mk({
    slug: 'en-ai-dan-second', kind: 'ai_answer', lang: 'en',
    note: 'AI answer to a follow-up question about voucher benefits, suggests self-service',
    from: AWS_NOTIFY, to: addr(DAN.name, DAN.src), enc: 'ascii7', when: '2026-01-21 07:40:00',
    subject: 'Suggested answer for your question',
    text: `Here's what we found (AI-generated):

Exam benefits such as the 50% discount voucher are tied to your certification account. If you hold two accounts, you can use the Merge Accounts tool under Profile to bring them together.

Not what you needed? Select "Create case" to reach an agent.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-kindly-dan', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'asks for candidate IDs, emails and which account to keep',
    to: dan, enc: 'ascii7', when: '2026-01-21 18:22:40',
    subject: formSubject(CASE.dan),
    text: `${greet('Daniel')}

I understand you'd like to merge your certification accounts. To proceed, kindly provide the following:

1) Candidate ID of both accounts
2) Email address registered on each account
3) Which account you want to retain (primary)

Once we receive these details we'll take it forward.
${sign('Ravi K.')}

${sfRef('3xQp7L')}

${sfOriginal(DAN.keep, '1/20/2026 4:01 PM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', DAN_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirm-address', kind: 'info_request', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'worded with "confirm" but asks for the email of the account to retain: info_request',
    to: sofia, enc: 'utf8qp', when: '2026-02-03 11:17:29',
    subject: formSubject(CASE.sofia),
    text: `${greet('Sofia')}

Could you please confirm the email address associated with the account you want to retain? The address in your form (${SOFIA.keep}) doesn\u2019t match any certification profile on our side.

Thanks in advance.
${sign('Megan T.')}

${sfOriginal(SOFIA.keep, '2/2/2026 9:13 AM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', SOFIA_REQ)}`,
  }),
  mk({
    slug: 'en-info-which-remain-wei', kind: 'info_request', lang: 'en', caseId: CASE.wei,
    note: 'asks which of the two profiles should remain active',
    to: wei, enc: 'ascii7', when: '2026-03-11 14:03:00',
    subject: formSubject(CASE.wei),
    text: `Hi Wei,

Thanks for reaching out. I see two profiles, ${WEI.keepId} and ${WEI.srcId}. Which of the two would you like to remain active after the process? Also, could you share the email address on ${WEI.srcId}? It seems to have been changed at some point.

Regards,
Joel P.
AWS T&C Support`,
  }),
  mk({
    slug: 'en-info-html-wei2', kind: 'info_request', lang: 'en', caseId: CASE.wei2,
    note: 'HTML+text: needs the candidate ID of each profile before going ahead',
    to: wei, enc: 'utf8b64', when: '2026-04-02 09:30:10',
    subject: formSubject(CASE.wei2),
    text: `Hello Wei,

We'd need the Candidate ID for both profiles before we can go ahead. You can find it under Profile in the certification portal (it starts with "AWS").

Please reply with both IDs.

Best,
Anjali
AWS Training and Certification`,
    html: htmlDoc(`<p>Hello Wei,</p><p>We'd need the <b>Candidate ID for both profiles</b> before we can go ahead. You can find it under Profile in the certification portal (it starts with "AWS").</p><p>Please reply with both IDs.</p><p>Best,<br>Anjali<br>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'en-info-dmarc-fail', kind: 'info_request', lang: 'en', caseId: CASE.dan, auth: 'fail', trusted: false,
    note: 'asks for details, but dmarc=fail: untrusted',
    to: dan, enc: 'ascii7', when: '2026-01-22 03:03:03',
    subject: formSubject(CASE.dan),
    text: `Hello Daniel,

To complete the verification please send your candidate IDs, your date of birth and a photo of a government ID.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-toppost-sofia', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'top-posted request for the source account details, customer mail quoted (Gmail style)',
    to: sofia, enc: 'ascii7', when: '2026-02-04 08:40:12',
    subject: formSubject(CASE.sofia),
    text: `Hi Sofia,

Thank you. Before we can move forward we require the Candidate ID and sign-in email of the university account as well; we only have the one for ${SOFIA.keep} so far.

Megan T.
AWS Training and Certification

${gmailEn('Tue, Feb 3, 2026 at 10:02 PM', `${SOFIA.name} <${SOFIA.keep}>`, `Hi Megan, the account to keep is ${SOFIA.keep} (${SOFIA.keepId}).\nSofia`)}`,
  }),
  mk({
    slug: 'en-info-reply-from-keep-ids', kind: 'info_request', lang: 'en', caseId: CASE.danDup,
    note: 'asks to reply from the kept address and include both candidate IDs: info_request',
    to: addr(DAN.name, DAN.src), enc: 'utf8qp', when: '2026-01-22 10:00:00',
    subject: formSubject(CASE.danDup),
    text: `Hello Daniel,

For security purposes, please reply from the email address of the account you'd like to keep, and include both Candidate IDs in your reply.

Kind regards,
Carlos M.`,
  }),
  mk({
    slug: 'en-info-resent-oldwork', kind: 'info_request', lang: 'en', caseId: CASE.wei, forUser: false,
    note: 'info request redirected from the old work mailbox (Resent-* headers): not delivered directly',
    to: addr(WEI.name, WEI.src), enc: 'ascii7', when: '2026-03-11 14:10:00',
    resent: { from: 'it-helpdesk@oldwork.example.com', to: WEI.keep, date: 'Wed, 11 Mar 2026 10:12:33 -0400' },
    subject: formSubject(CASE.wei),
    text: `Hi Wei,

Could you let us know the certifications held on each account and the approximate exam dates? We use this to verify ownership.

Regards,
Joel P.
AWS T&C Support`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-iagree-dan', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'asks the customer to reply "I agree" to authorize the irreversible merge',
    to: dan, enc: 'ascii7', when: '2026-01-23 17:45:21',
    subject: formSubject(CASE.dan),
    text: `${greet('Daniel')}

Thank you for the details. We are ready to combine the two profiles as follows:

  Primary (kept):  ${DAN.keepId}  ${DAN.keep}
  Secondary:       ${DAN.srcId}  ${DAN.src}

Please be aware this cannot be reversed. Kindly reply "I agree" to this email to authorize us to proceed.
${sign('Ravi K.')}`,
  }),
  mk({
    slug: 'en-conf-goahead-sofia', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'asks for the customer\'s go-ahead before merging',
    to: sofia, enc: 'utf8qp', when: '2026-02-05 07:30:00',
    subject: formSubject(CASE.sofia),
    text: `Hi Sofia,

Thanks, that\u2019s everything we need. Do we have your go-ahead to move ${SOFIA.srcId} into ${SOFIA.keepId}? Once done, it can\u2019t be undone and you won\u2019t be able to sign in to the university profile anymore.

Just reply to this message with a yes.

Megan`,
  }),
  mk({
    slug: 'en-conf-ack-deactivate-wei', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei,
    note: 'asks the customer to acknowledge the source account will be deactivated and reply YES',
    to: wei, enc: 'ascii7', when: '2026-03-12 15:00:40',
    subject: formSubject(CASE.wei),
    text: `Hello Wei,

Please acknowledge that once your profiles are merged, ${WEI.srcId} will be deactivated permanently and all records will sit under ${WEI.keepId}. Reply YES to proceed.

Thanks,
Joel P.`,
  }),
  mk({
    slug: 'en-conf-html-only-wei2', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei2,
    note: 'HTML-only consent request (irreversible action)',
    to: wei, enc: 'utf8b64', when: '2026-04-03 10:20:30',
    subject: formSubject(CASE.wei2),
    html: htmlDoc(`<div>Hello Wei,</div><div><br></div><div>We have verified both accounts. <b>Important:</b> merging is permanent.</div><div>Would you like us to proceed with combining ${WEI.srcId} into ${WEI.keepId}? Please reply to this email to give your consent.</div><div><br></div><div>Best,<br>Anjali</div>`),
  }),
  mk({
    slug: 'en-conf-other-authserv', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan, auth: 'otherOnly', trusted: false,
    note: 'consent request, but the only Authentication-Results is a foreign authserv-id: untrusted',
    to: dan, enc: 'ascii7', when: '2026-01-23 19:00:00',
    subject: formSubject(CASE.dan),
    text: `Hello Daniel,

Please reply "I agree" so that we can merge the accounts. This is permanent.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-verify-proceed', kind: 'confirmation_request', lang: 'en', caseId: '1784420110488',
    note: 'asks the customer to verify they want to proceed (permanent action), typo in macro',
    to: sofia, enc: 'ascii7', when: '2026-05-12 08:14:00',
    subject: formSubject('1784420110488'),
    text: `Hello Sofia,

Can you please verify that you would like us to procced? Merging the profiles ${SOFIA.srcId} and ${SOFIA.keepId} is a permanant action and we can't split them again afterwards.

Awaiting your reply,
Carlos M.`,
  }),
  mk({
    slug: 'en-conf-to-team-list', kind: 'confirmation_request', lang: 'en', caseId: '1786110034',
    forUser: false, note: 'consent request addressed to a company team list, not to the user',
    to: 'Cloud Team <cloud-team@consult.example.net>', enc: 'utf8qp', when: '2026-02-19 13:00:00',
    subject: formSubject('1786110034'),
    text: `Hello Sam,

Please reply to confirm you want us to merge the two certification accounts (AWS55012784 into AWS33019475). This cannot be undone.

Regards,
Ravi K.`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merged-dan', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'support reports the accounts have been consolidated',
    to: dan, enc: 'ascii7', when: '2026-01-26 21:10:00',
    subject: formSubject(CASE.dan),
    text: `Hello Daniel,

I'm pleased to let you know your two accounts have been consolidated into ${DAN.keepId}. Your certifications and benefits now appear there.
${sign('Ravi K.')}

${gmailEn('Sat, Jan 24, 2026 at 9:03 AM', `Daniel Okafor <${DAN.keep}>`, 'I agree.\nDan')}`,
  }),
  mk({
    slug: 'en-portal-merged', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice: your accounts have been merged (no case ID)',
    from: PORTAL, to: sofia, enc: 'utf8qp', when: '2026-02-07 15:00:12',
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello Sofia,

Your AWS Certification accounts have been merged. From now on, sign in with ${SOFIA.keep}. Certifications, exam history and benefits from the merged account are available in this account.

If you did not request this change, contact AWS Training and Certification Support.

AWS Certification`,
    html: htmlDoc(`<h2>Your accounts have been merged</h2>${paras(`Hello Sofia,

Your AWS Certification accounts have been merged. From now on, sign in with ${SOFIA.keep}. Certifications, exam history and benefits from the merged account are available in this account.

If you did not request this change, contact AWS Training and Certification Support.`)}`),
  }),
  mk({
    slug: 'en-merged-processed-wei', kind: 'merge_completed', lang: 'en', caseId: CASE.wei,
    note: 'merge request processed successfully, certifications now under the kept ID',
    to: wei, enc: 'ascii7', when: '2026-03-16 12:12:12',
    subject: formSubject(CASE.wei),
    text: `Hi Wei,

Your merge request has been processed successfully. All certifications from ${WEI.srcId} now appear under ${WEI.keepId}.

Regards,
Joel P.

${outlookEn(`${WEI.name} <${WEI.keep}>`, 'Thursday, March 12, 2026 4:30 PM', SUPPORT_BARE, formSubject(CASE.wei), 'YES, please proceed.\nWei')}`,
  }),
  mk({
    slug: 'en-merged-lookalike', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, trusted: false,
    note: 'completion notice from a look-alike domain (aws-certification.support): untrusted',
    from: 'AWS Training and Certification <no-reply@aws-certification.support>', to: sofia, enc: 'utf8b64', when: '2026-02-06 04:44:44',
    subject: `[CASE ${CASE.sofia}] Account merge completed`,
    text: `Hello Sofia,

Your account merge is complete. Please sign in here to keep your certifications active:
https://aws-certification.support/login

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merged-check-looks-right', kind: 'merge_completed', lang: 'en', caseId: CASE.wei2,
    note: 'accounts now combined; asks to check all looks right (still merge_completed)',
    to: wei, enc: 'ascii7', when: '2026-04-06 09:00:05',
    subject: formSubject(CASE.wei2),
    text: `Hello Wei,

Good news - your accounts are now combined. Please log in with ${WEI.keep} and check that everything looks right (certifications, exam history, vouchers). Let us know if anything is missing.

Best,
Anjali`,
  }),
  mk({
    slug: 'en-merged-closing-now', kind: 'merge_completed', lang: 'en', caseId: '1784420110488',
    note: 'merge completed and the case will now be closed: the new fact is the merge',
    to: sofia, enc: 'utf8qp', when: '2026-05-14 16:35:00',
    subject: formSubject('1784420110488'),
    text: `Hello Sofia,

Thank you for your confirmation. We\u2019ve completed the merge of ${SOFIA.srcId} into ${SOFIA.keepId}. As there\u2019s nothing else pending, this case will now be closed.

Carlos M.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merged-resent', kind: 'merge_completed', lang: 'en', caseId: CASE.danDup, forUser: false,
    note: 'completion notice bounced on from the consulting mailbox (Resent-* headers)',
    to: addr(DAN.name, DAN.src), enc: 'ascii7', when: '2026-01-26 21:20:00',
    resent: { from: 'mailer@consult.example.net', to: DAN.keep, date: 'Mon, 26 Jan 2026 16:21:40 -0500' },
    subject: formSubject(CASE.danDup),
    text: `Hello Daniel,

The merge of your certification accounts has been completed. Your certifications are now under ${DAN.keepId}.

Carlos M.`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-credly-accept-dan', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge issued via Credly to the kept address ("Accept your badge")',
    from: CREDLY_AWS, to: dan, enc: 'utf8qp', when: '2026-01-28 14:10:44',
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    text: `Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified DevOps Engineer - Professional

Accept your badge:
https://www.credly.com/earner/earned/badge/b81f4d02-9a3c-41aa-8e61-0d7f2c4a5e93

Credly, part of Pearson`,
    html: htmlDoc(`<div style="text-align:center"><p>Congratulations, Daniel!</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p><p><strong>AWS Certified DevOps Engineer - Professional</strong></p><p><a href="https://www.credly.com/earner/earned/badge/b81f4d02-9a3c-41aa-8e61-0d7f2c4a5e93" style="background:#005eb8;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p><p style="font-size:11px;color:#777">Credly, part of Pearson</p></div>`),
  }),
  mk({
    slug: 'en-support-badges-moved-dan', kind: 'badges_transferred', lang: 'en', caseId: CASE.dan,
    note: 'support says the badges have been transferred to the Credly profile of the kept address',
    to: dan, enc: 'ascii7', when: '2026-01-29 18:40:00',
    subject: formSubject(CASE.dan),
    text: `Hello Daniel,

Following up on your question: the badges that were still under ${DAN.src} have now been transferred to the Credly profile linked to ${DAN.keep}. You should see all four of them after signing in to Credly.
${sign('Ravi K.')}

${gmailEn('Wed, Jan 28, 2026 at 11:15 AM', `Daniel Okafor <${DAN.keep}>`, 'Thanks for the merge! The Credly badges are still on my old address though.')}`,
  }),
  mk({
    slug: 'en-credly-three-badges', kind: 'badges_transferred', lang: 'en',
    note: 'Credly HTML-only: several AWS badges issued to the kept address',
    from: CREDLY_AWS, to: wei, enc: 'utf8b64', when: '2026-03-18 02:00:00',
    subject: "You've earned 3 badges from Amazon Web Services Training and Certification",
    html: htmlDoc(`<table width="100%"><tr><td align="center"><h2>Hi Wei,</h2><p>Amazon Web Services Training and Certification issued you 3 badges.</p><ul style="list-style:none"><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Data Engineer - Associate</li></ul><p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p></td></tr></table>`),
  }),
  mk({
    slug: 'en-support-reissued-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.wei,
    note: 'support re-issued the badges to the kept account and closes the case: badges_transferred',
    to: wei, enc: 'ascii7', when: '2026-03-17 22:05:00',
    subject: formSubject(CASE.wei),
    text: `Hi Wei,

I've had the Credly team re-issue your digital badges to ${WEI.keep}. You'll get the usual emails from admin@credly.com to accept them. With that, I'm resolving this case.

Regards,
Joel P.`,
  }),
  mk({
    slug: 'en-credly-misaligned', kind: 'badges_transferred', lang: 'en', auth: 'misaligned', trusted: false,
    note: 'AWS badge mail whose DKIM is from an unrelated domain and dmarc=fail: untrusted',
    from: CREDLY_AWS, to: sofia, enc: 'ascii7', when: '2026-02-08 10:00:00',
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    text: `Hi Sofia,

You have a new badge from Amazon Web Services Training and Certification.
Accept your badge: https://www.credly.com/earner/earned

Credly`,
  }),
  mk({
    slug: 'en-support-badges-wallet', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia,
    note: 'support says the digital badges now appear in the kept account\'s Credly wallet',
    to: sofia, enc: 'utf8qp', when: '2026-02-09 13:20:00',
    subject: formSubject(CASE.sofia),
    text: `Hi Sofia,

Quick update on the badges \u2013 your Cloud Practitioner and Solutions Architect badges now appear in the Credly wallet of ${SOFIA.keep}. The copies on the university address have been revoked.

Megan T.

${outlookEn(`${SOFIA.name} <${SOFIA.keep}>`, 'Saturday, February 7, 2026 6:02 PM', SUPPORT_BARE, formSubject(CASE.sofia), 'The merge worked, but my badges are still on the old Credly account.')}`,
  }),
  mk({
    slug: 'en-credly-to-someone-else', kind: 'badges_transferred', lang: 'en', forUser: false,
    note: 'AWS badge via Credly addressed to a shared mailbox, not one of the user\'s addresses',
    from: CREDLY_AWS, to: 'Training Desk <training-desk@consult.example.net>', enc: 'ascii7', when: '2026-01-30 09:09:09',
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    text: `Hello,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Machine Learning Engineer - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/c4d1e2f3-0000-4a1b-9c2d-ffeeddccbbaa`,
  }),
  mk({
    slug: 'en-credly-no-ar', kind: 'badges_transferred', lang: 'en', auth: 'none', trusted: false,
    note: 'AWS badge mail with no Authentication-Results at all: untrusted',
    from: CREDLY_AWS, to: dan, enc: 'ascii7', when: '2026-01-28 20:00:00',
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    text: `Congratulations!

You've been issued a badge by Amazon Web Services Training and Certification: AWS Certified Solutions Architect - Professional.

Accept your badge: https://www.credly.com/earner/earned`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-resolved-notify', kind: 'case_closed', lang: 'en', caseId: CASE.dan,
    note: 'AWS Support notification that the case has been resolved',
    from: AWS_NOTIFY, to: dan, enc: 'ascii7', when: '2026-01-31 00:01:00',
    subject: `[CASE ${CASE.dan}] Your case has been resolved`,
    text: `Hello,

Case ${CASE.dan} has been resolved. If you have further questions, you can reopen the case from the Support Center or reply to this email within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-auto-5days', kind: 'case_closed', lang: 'en', caseId: CASE.wei2,
    note: 'no reply received; case will automatically close in 5 days',
    to: wei, enc: 'utf8qp', when: '2026-04-10 09:00:00',
    subject: formSubject(CASE.wei2),
    text: `Hello Wei,

We haven\u2019t heard back from you. If we don\u2019t receive a reply, this case will automatically close in 5 days.

Best,
Anjali`,
  }),
  mk({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'closing notice that restates the merge done earlier',
    to: sofia, enc: 'ascii7', when: '2026-02-16 10:30:00',
    subject: formSubject(CASE.sofia),
    text: `Hello Sofia,

As your accounts were merged on February 6 and the badges sorted out since, we are closing this case now. Feel free to reach out if anything else comes up.

Megan T.`,
  }),
  mk({
    slug: 'en-closed-html', kind: 'case_closed', lang: 'en', caseId: CASE.wei,
    note: 'HTML+text: case status changed to closed',
    from: AWS_NOTIFY, to: wei, enc: 'utf8b64', when: '2026-03-25 00:00:30',
    subject: `Case ${CASE.wei} is now closed`,
    text: `Hello,

Case ${CASE.wei} is now closed. Thank you for contacting AWS Training and Certification.

Amazon Web Services`,
    html: htmlDoc(`<p>Hello,</p><p>Case <b>${CASE.wei}</b> is now <b>closed</b>. Thank you for contacting AWS Training and Certification.</p><p>Amazon Web Services</p>`),
  }),
  mk({
    slug: 'en-closed-lookalike-server', kind: 'case_closed', lang: 'en', caseId: CASE.danDup, auth: 'lookalikeServer', trusted: false,
    note: 'closing notice; the top Authentication-Results is from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY, to: dan, enc: 'ascii7', when: '2026-01-27 08:00:00',
    subject: `[CASE ${CASE.danDup}] Your case has been closed`,
    text: `Hello,

Case ${CASE.danDup} has been closed.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-continue-other', kind: 'case_closed', lang: 'en', caseId: CASE.danDup,
    note: 'this duplicate case is closed; the other case continues',
    to: addr(DAN.name, DAN.src), enc: 'ascii7', when: '2026-01-21 19:00:00',
    subject: formSubject(CASE.danDup),
    text: `Hello Daniel,

Since you opened case ${CASE.dan} for the same request, I'm closing this one. We will continue to assist you there.

Carlos M.`,
  }),
  mk({
    slug: 'en-closed-to-colleague', kind: 'case_closed', lang: 'en', caseId: '1786110034', forUser: false,
    note: 'case closed notice addressed to someone else (colleague), not the user',
    from: AWS_NOTIFY, to: 'Sam Rivera <sam.rivera@consult.example.net>', enc: 'utf8qp', when: '2026-03-02 00:00:05',
    subject: '[CASE 1786110034] Your case has been resolved',
    text: `Hello,

Case 1786110034 has been resolved. You can reopen it within 14 days by replying.

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-thanks-forwarded', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'thanks for confirming; forwarded to the back-end team (not merged yet)',
    to: dan, enc: 'ascii7', when: '2026-01-24 12:00:00',
    subject: formSubject(CASE.dan),
    text: `Hello Daniel,

Thank you for confirming. I've forwarded your request to our back-end team; it usually takes 3-5 business days. I'll update you here.

Ravi K.`,
  }),
  mk({
    slug: 'en-sr-unable-scheduled-exam', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'negated: unable to merge while an exam is scheduled; no data requested',
    to: sofia, enc: 'utf8qp', when: '2026-02-04 15:22:00',
    subject: formSubject(CASE.sofia),
    text: `Hi Sofia,

Unfortunately we\u2019re unable to merge accounts while one of them has an upcoming exam appointment. Your university profile has an exam booked for 18 February; once you have sat it, just write back on this case and we\u2019ll continue.

Megan T.`,
  }),
  mk({
    slug: 'en-sr-once-completed', kind: 'support_reply', lang: 'en', caseId: CASE.wei, trap: true,
    note: 'future: once the merge has been completed you will receive confirmation',
    to: wei, enc: 'ascii7', when: '2026-03-13 09:45:00',
    subject: formSubject(CASE.wei),
    text: `Hi Wei,

Noted, thanks. Once the merge has been completed you'll receive a confirmation from us on this case. No further action needed from your side for now.

Joel P.`,
  }),
  mk({
    slug: 'en-sr-dup-cases-merged', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'we merged your duplicate cases (not the accounts); case continues',
    to: dan, enc: 'utf8b64', when: '2026-01-21 19:05:00',
    subject: formSubject(CASE.dan),
    text: `Hello Daniel,

I noticed you had two cases open for this request, so I merged them into this one (${CASE.dan}). Please reply here going forward.

Ravi K.`,
  }),
  mk({
    slug: 'en-sr-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.wei2, crlf: false,
    note: 'escalation / still working on it',
    to: wei, enc: 'ascii7', when: '2026-04-04 10:10:00',
    subject: formSubject(CASE.wei2),
    text: `Hello Wei,

Apologies for the wait. Your case has been escalated to our internal team and we are still working on it. I'll get back to you as soon as I hear from them.

Anjali`,
  }),
  mk({
    slug: 'en-sr-write-from-keep', kind: 'support_reply', lang: 'en', caseId: '1784433170022', trap: true,
    note: 'asks to write from the address kept, without asking for data: support_reply',
    to: addr(SOFIA.name, SOFIA.src), enc: 'utf8qp', when: '2026-02-02 12:00:00',
    subject: formSubject('1784433170022'),
    text: `Hello,

For account security, please write to us from the email address of the account you keep. We\u2019re not able to act on requests coming from the address of the account that will be merged away.

Megan T.`,
  }),
  mk({
    slug: 'en-sr-dmarc-fail', kind: 'support_reply', lang: 'en', caseId: CASE.wei, auth: 'fail', trusted: false,
    note: 'status update but dmarc=fail: untrusted',
    to: wei, enc: 'ascii7', when: '2026-03-14 03:00:00',
    subject: formSubject(CASE.wei),
    text: `Hi Wei,

We're looking into your case and will update you shortly.

AWS Support`,
  }),
  mk({
    slug: 'en-sr-skillbuilder-answer', kind: 'support_reply', lang: 'en', caseId: CASE.wei2,
    note: 'answers a question about the Skill Builder subscription; no event',
    to: wei, enc: 'ascii7', when: '2026-04-02 18:00:00',
    subject: formSubject(CASE.wei2),
    text: `Hi Wei,

To answer your other question: your AWS Skill Builder subscription is separate from your certification account, so it isn't affected by this request. It stays on the Builder ID you use today.

Anjali

${outlookEn(`${WEI.name} <${WEI.keep}>`, 'Thursday, April 2, 2026 9:12 AM', SUPPORT_BARE, formSubject(CASE.wei2), 'Will my Skill Builder subscription be affected?')}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-survey-resolved', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'survey "Was your issue resolved?" about the case',
    from: 'AWS Support <aws-support-survey@support.aws.com>', to: dan, enc: 'ascii7', when: '2026-01-31 12:00:00',
    subject: `How did we do? Case ${CASE.dan}`,
    text: `Hello,

Your case ${CASE.dan} was recently resolved. Was your issue resolved? Please take a minute to rate your experience:

https://survey.support.aws.com/s/en?case=${CASE.dan}

Thank you,
AWS Support`,
  }),
  mk({
    slug: 'en-credly-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from HashiCorp (another issuer)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: wei, enc: 'utf8qp', when: '2026-03-20 17:00:00',
    subject: 'HashiCorp issued you a new badge',
    text: `Hi Wei,

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/aa00bb11-cc22-4d33-8e44-ff5566778899`,
    html: htmlDoc(`<p>Hi Wei,</p><p>HashiCorp has issued you a new badge: <b>HashiCorp Certified: Terraform Associate (003)</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/aa00bb11-cc22-4d33-8e44-ff5566778899">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'en-pearson-appt', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'exam appointment confirmation from the test vendor',
    from: 'Pearson VUE <noreply@pearson.com>', to: sofia, enc: 'ascii7', when: '2026-02-03 18:00:00',
    subject: 'Confirmation of your AWS Certification exam appointment',
    text: `Dear Sofia Lindqvist,

This confirms your appointment for AWS Certified Solutions Architect - Professional on 18 February 2026 at 10:00 CET (online proctored).

Registration ID: 512-778-309
Please check in 30 minutes before your appointment.

Pearson VUE`,
  }),
  mk({
    slug: 'en-skillbuilder-completed', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Skill Builder course-completed notice: not the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: dan, enc: 'utf8b64', when: '2026-02-05 08:00:00',
    subject: 'You completed a course on AWS Skill Builder',
    text: `Congratulations, Daniel!

You completed "Exam Prep: AWS Certified Security - Specialty". Your transcript has been updated.

Keep learning: https://skillbuilder.aws/

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-oldcompany-autoreply', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'auto-reply from the user\'s old company mailbox',
    from: 'Wei Chen <wchen@oldwork.example.com>', to: wei, enc: 'ascii7', when: '2026-04-15 09:00:00', tz: '-0400',
    subject: 'Automatic reply: ' + formSubject(CASE.wei),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I am no longer with Oldwork Inc. This mailbox is not monitored. For account matters please contact helpdesk@oldwork.example.com.`,
  }),
  mk({
    slug: 'en-credly-merge-code', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own "complete account merge" code mail',
    from: 'Credly <admin@credly.com>', to: addr(SOFIA.name, SOFIA.src), enc: 'utf8qp', when: '2026-02-10 12:00:00',
    subject: 'Complete your Credly account merge',
    text: `Hi Sofia,

We received a request to merge this Credly account into another account. To finish, enter this code or click Complete Account Merge:

Code: 731 204

If you didn't request this, ignore this email.
Credly`,
  }),
  mk({
    slug: 'en-own-forward', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: 'the user forwards the completion mail to their other own address: own mail',
    from: dan, to: addr(DAN.name, DAN.src), enc: 'ascii7', when: '2026-01-26 22:00:00', tz: '-0500',
    subject: 'Fwd: ' + formSubject(CASE.dan),
    extra: ['User-Agent: K-9 Mail for Android'],
    text: `fyi - merge is done, keeping this for the records

Sent from my phone

-------- Original Message --------
From: ${SUPPORT}
Sent: Monday, January 26, 2026 4:10 PM
Subject: ${formSubject(CASE.dan)}

I'm pleased to let you know your two accounts have been consolidated into ${DAN.keepId}.`,
  }),
  mk({
    slug: 'en-cert-newsletter', kind: 'unrelated', lang: 'en', trap: true,
    note: 'marketing newsletter (new exams, confirm your seat for an event)',
    from: 'AWS Training and Certification <aws-training-certification@amazon.com>', to: sofia, enc: 'utf8qp', when: '2026-03-05 16:00:00',
    subject: 'New AWS Certification exams and a free webinar',
    text: `Hi Sofia,

Two new beta exams open this month, and we're hosting a free webinar on exam preparation. Register now to confirm your seat.

Already certified? Share your badge on LinkedIn and let your network know.

Unsubscribe: https://pages.awscloud.com/unsubscribe`,
    html: htmlDoc(`<h1>What's new in AWS Certification</h1><p>Hi Sofia,</p><p>Two new beta exams open this month, and we're hosting a free webinar on exam preparation. <a href="https://aws.amazon.com/certification/">Register now</a> to confirm your seat.</p><p>Already certified? Share your badge on LinkedIn and let your network know.</p><p style="font-size:10px"><a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>`),
  }),
];

void formSubjectNew;
