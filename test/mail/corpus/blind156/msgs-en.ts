// English messages of the ey set. Voice: ticket-system subjects carry the news
// ("[Resolved]", "Status changed to:", "Action required:", "Merge complete -"),
// bodies are templates, links, signatures or nothing; some subjects are stale.
import type { Msg } from './lib.js';
import {
  C, CREDLY, CREDLY_AWS, DANA, GRACE, DANA_REQ, FORM, FORM_BARE, LUCAS, LUCAS_REQ, NOTIFY, PORTAL, RAHUL, RAHUL_REQ,
  SUPPORT_NOTIFY, TRAINING, caseHistory, caseLink, formSubj, gmailEn, html, mk, outlookEn, pst, q, to, utc,
} from './common.js';

const SEE = 'Please see the update on your case.';
const SIGN_IN = 'To view or reply, sign in to the Support Center:';

const ack = [
  mk({
    slug: 'en-ack-dana-received', kind: 'acknowledgement', lang: 'en', caseId: C.dana,
    note: 'standard automatic receipt with the case ID in subject and body',
    from: FORM, to: to(DANA), subject: `[CASE ${C.dana}] We've received your request`,
    date: utc('2026-10-05 16:02:44'), enc: 'ascii7',
    text: `Hello Dana,

Thanks for reaching out to AWS Training and Certification. Your request is logged as case ${C.dana}.
An agent typically responds within one business day. Opening another case for the same request slows things down, so if you need to add anything, just reply to this message.

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'en-ack-lucas-otheronly', kind: 'acknowledgement', lang: 'en', caseId: C.lucas, trusted: false, auth: 'otherOnly',
    note: 'receipt whose only Authentication-Results is another server\'s (mx.google.com), below our Received',
    from: FORM, to: to(LUCAS), subject: `Case ${C.lucas} opened`,
    date: utc('2026-09-28 08:15:10'), enc: 'utf8qp',
    text: `Your support case ${C.lucas} has been opened. We'll be in touch soon.

-- AWS Training & Certification`,
  }),
  mk({
    slug: 'en-ack-rahul-html-created', kind: 'acknowledgement', lang: 'en', caseId: C.rahul,
    note: 'HTML-only: "Case created" in the subject, the body is a button and a footer',
    from: SUPPORT_NOTIFY, to: to(RAHUL), subject: `Case ${C.rahul} created`,
    date: utc('2026-10-12 04:40:02'), enc: 'utf8b64',
    html: `<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0"><tr><td>
<p><a href="${caseLink(C.rahul)}" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">View case</a></p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-rahul-review-fields', kind: 'acknowledgement', lang: 'en', caseId: C.rahul, trap: true,
    note: 'receipt that echoes the submitted fields; "please review" is not a request for data or consent',
    from: FORM, to: to(RAHUL), subject: `Please review: your submission (case ${C.rahul})`,
    date: utc('2026-10-12 04:40:05'), enc: 'ascii7',
    text: `Thank you for contacting us. Here is a copy of what you submitted:

  Case ID ............ ${C.rahul}
  Name ............... Rahul Mehta
  Company ............ (blank)
  Candidate ID ....... ${RAHUL.keepId}
  Inquiry type ....... AWS Training and Certification / Certification

No action is needed unless something above is wrong. A member of our team will follow up.

${RAHUL_REQ}`,
  }),
  mk({
    slug: 'en-ack-dana-x-topicless', kind: 'acknowledgement', lang: 'en', caseId: C.danaX,
    note: 'a receipt that says nothing of its topic: read as a receipt',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: `Your case ${C.danaX} has been opened`,
    date: utc('2026-10-05 15:58:19'), enc: 'utf8qp',
    text: `${SIGN_IN}
${caseLink(C.danaX)}

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lucas-jasubj', kind: 'acknowledgement', lang: 'en', caseId: C.lucas,
    note: 'Japanese [受付] subject (locale of the form) over an English receipt body',
    from: FORM, to: to(LUCAS), subject: `[受付] お問い合わせを受け付けました (CASE ${C.lucas})`,
    date: utc('2026-09-28 08:15:07'), enc: 'ascii7', hdr: 'utf8b',
    text: `Dear Lucas Moreau,

We have received your inquiry and created case ${C.lucas}. You will hear from a support specialist shortly.

Regards,
AWS Training and Certification`,
  }),
];

const ai = [
  mk({
    slug: 'en-ai-suggested-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI suggestion: use the self-service Merge Accounts tool',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: 'Here is a suggested answer to your question',
    date: utc('2026-10-05 15:50:31'), enc: 'ascii7',
    text: `This response was generated automatically.

You asked: "how do I combine two certification accounts"

Sign in to the account you want to keep, open your profile and choose Merge Accounts. Enter the e-mail address of the other account and the one-time code sent to it.
If both accounts hold certifications the tool will stop; in that case choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'en-ai-resolved-q', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: '"[Resolved?]" subject and "did this solve it" wording; only an automated suggestion',
    from: SUPPORT_NOTIFY, to: to(LUCAS), subject: '[Resolved?] Merging certification accounts',
    date: utc('2026-09-28 08:05:44'), enc: 'utf8qp',
    text: `Our virtual assistant suggests:

- Duplicate certification accounts can usually be combined with the Merge Accounts tool in your certification profile.
- The tool can't be used when both accounts have exam history.

Did this solve your problem? If not, select Create case and an agent will pick it up.`,
  }),
  mk({
    slug: 'en-ai-after-merge', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated answer explaining what happens after a merge (future, generic)',
    from: SUPPORT_NOTIFY, to: to(RAHUL), subject: 'Merge complete? What to expect (automated answer)',
    date: utc('2026-10-12 04:31:09'), enc: 'utf8b64',
    text: `Automated answer

Once your accounts are merged, certifications, exam history and benefits appear under the account you kept. Credly badges may need to be claimed again from that account's e-mail address.
If something is missing a few days after your merge, open a case.

This message was not written by an agent.`,
  }),
  mk({
    slug: 'en-ai-jasubj', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'Japanese subject over an English automated answer',
    from: SUPPORT_NOTIFY, to: to(LUCAS), subject: '自動回答: アカウントの統合',
    date: utc('2026-09-28 08:04:12'), enc: 'ascii7', hdr: 'utf8q',
    text: `Generated answer (beta)

To merge two AWS Certification accounts, use Profile > Merge Accounts while signed in to the account you want to keep. Need a person? Choose Create case below.`,
  }),
  mk({
    slug: 'en-ai-linkonly', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automated response: a link to the tool and a signature only; the subject names it',
    from: TRAINING, to: to(DANA), subject: 'Automated response: Merge Accounts tool',
    date: utc('2026-10-05 15:49:58'), enc: 'ascii7',
    text: `https://www.aws.training/Certification/Profile/MergeAccounts

AWS Training & Certification (automated)`,
  }),
];

const info = [
  mk({
    slug: 'en-info-dana-status-ids', kind: 'info_request', lang: 'en', caseId: C.dana,
    note: 'the ask (candidate IDs needed) is only in the status subject; body is the generic template',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: `[CASE ${C.dana}] Status changed to: Pending customer action - candidate IDs needed`,
    date: utc('2026-10-06 17:30:12'), enc: 'ascii7',
    text: `${SEE}
${caseLink(C.dana)}`,
  }),
  mk({
    slug: 'en-info-lucas-stale-received', kind: 'info_request', lang: 'en', caseId: C.lucas, trap: true,
    note: 'stale receipt subject; the agent asks which profile to keep and for the source candidate ID',
    from: FORM, to: to(LUCAS), subject: `RE: [CASE ${C.lucas}] We've received your request`,
    date: utc('2026-09-29 12:11:46'), enc: 'utf8qp',
    text: `Hi Lucas,

Thanks for your patience. To line this up I need two things from you: the candidate ID of the profile registered to ${LUCAS.src}, and a short note confirming that ${LUCAS.keep} is the one we keep.

Best,
Marisol
AWS Training and Certification Support

${caseHistory(FORM_BARE, '2026-09-28 08:15', LUCAS.keep, `[CASE ${C.lucas}] We've received your request`, 'We have received your inquiry.')}`,
  }),
  mk({
    slug: 'en-info-rahul-confirm-email', kind: 'info_request', lang: 'en', caseId: C.rahul, trap: true,
    note: '"confirm the e-mail address you keep" asks for information, not consent',
    from: FORM, to: to(RAHUL), subject: `Action required: confirm your primary e-mail [CASE ${C.rahul}]`,
    date: utc('2026-10-13 09:22:51'), enc: 'ascii7',
    text: `Hello Rahul,

Please confirm the e-mail address of the account you would like to keep. Your form mentions ${RAHUL.keep}, but the candidate ID you gave belongs to a profile registered under a different address.

Kind regards,
Owen
AWS T&C Customer Support`,
  }),
  mk({
    slug: 'en-info-lookalike-verify', kind: 'info_request', lang: 'en', caseId: C.dana, trusted: false,
    note: 'look-alike domain (amazon.com.verify-case.net) asking for IDs and sign-in details',
    from: 'AWS Training and Certification <cases@amazon.com.verify-case.net>', to: to(DANA), subject: `Action required: verify identity for CASE ${C.dana}`,
    date: utc('2026-10-07 02:44:10'), enc: 'utf8qp',
    html: html(`Dear candidate,

Before we can merge your accounts we must verify your identity. Reply with both candidate IDs, your sign-in e-mail and your password, or sign in here:
https://amazon.com.verify-case.net/login

AWS Certification Security`),
  }),
  mk({
    slug: 'en-info-dana-voucher-subj', kind: 'info_request', lang: 'en', caseId: C.dana,
    note: 'subject is the user\'s voucher question; the body asks for notification and Skill Builder e-mails; Outlook history, case ID in body only',
    from: FORM, to: to(DANA), subject: 'RE: Exam voucher not showing',
    date: utc('2026-10-08 19:05:37'), enc: 'utf8b64',
    text: `Hi Dana,

Regarding case ${C.dana}: the voucher should surface once the profiles are combined. Before I submit that, could you send me the certification notification address and the Skill Builder login address for the contractor profile? They are not always the same as the sign-in e-mail.

Thanks,
Priyanka | AWS Training and Certification

${outlookEn(`${DANA.name} <${DANA.keep}>`, '2026-10-08 09:12', FORM_BARE, 'Exam voucher not showing')}

Also, my 50% voucher from the old profile isn't visible anywhere. Will that come across?

${outlookEn(`AWS Training and Certification <${FORM_BARE}>`, '2026-10-06 10:30', DANA.keep, `[CASE ${C.dana}] Candidate IDs`)}

Could you provide the candidate IDs for both profiles?`,
  }),
  mk({
    slug: 'en-info-rahul-nextstep', kind: 'info_request', lang: 'en', caseId: C.rahul,
    note: 'asks to reply from the kept address and to include both candidate IDs',
    from: FORM, to: `${RAHUL.name} <${RAHUL.src}>`, subject: `Next step on case ${C.rahul}: reply from the account you keep`,
    date: utc('2026-10-12 15:18:03'), enc: 'ascii7',
    text: `Hello Rahul,

For security, please reply from ${RAHUL.keep} (the account you keep) and list both candidate IDs in your reply.

Regards,
Owen`,
  }),
];

const conf = [
  mk({
    slug: 'en-conf-dana-actionreq-generic', kind: 'confirmation_request', lang: 'en', caseId: C.dana,
    note: 'the consent request is only in the subject ("Action required: confirm merge"); body is the template',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: `Action required: confirm merge [CASE ${C.dana}]`,
    date: utc('2026-10-09 18:02:26'), enc: 'ascii7',
    text: `${SEE}

${SIGN_IN}
${caseLink(C.dana)}`,
  }),
  mk({
    slug: 'en-conf-lucas-misaligned', kind: 'confirmation_request', lang: 'en', caseId: C.lucas, trusted: false, auth: 'misaligned',
    note: 'consent request, but DKIM is for an unrelated domain and DMARC fails: untrusted',
    from: FORM, to: to(LUCAS), subject: `Action required: approve account merge - CASE ${C.lucas}`,
    date: utc('2026-09-30 22:10:40'), enc: 'utf8qp',
    text: `Hi Lucas,

We are ready to merge your accounts. This is permanent. Reply "APPROVE" to go ahead.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-rahul-stale-info', kind: 'confirmation_request', lang: 'en', caseId: C.rahul, trap: true,
    note: 'stale "Information needed" subject; the new text asks for explicit agreement to an irreversible merge',
    from: FORM, to: to(RAHUL), subject: `RE: [CASE ${C.rahul}] Information needed`,
    date: utc('2026-10-14 11:40:15'), enc: 'utf8qp',
    text: `Hi Rahul,

Thanks, that's everything. Before we proceed, please note that a merge can't be reversed: ${RAHUL.srcId} will be retired and its history moved to ${RAHUL.keepId}.
Reply "I agree" to this e-mail and I'll pass it on.

Owen

${gmailEn('2026-10-13 21:02', `${RAHUL.name} <${RAHUL.keep}>`)}
${q(`Keep ${RAHUL.keep}. Source ID is ${RAHUL.srcId}.`)}`,
  }),
  mk({
    slug: 'en-conf-dana-merge-prepared', kind: 'confirmation_request', lang: 'en', caseId: C.dana, trap: true,
    note: '"Merge prepared" subject; consent asked without the word confirm (reply and we go ahead, no undo)',
    from: FORM, to: to(DANA), subject: `Merge prepared - waiting on you [CASE ${C.dana}]`,
    date: utc('2026-10-09 18:01:55'), enc: 'utf8b64',
    text: `Hi Dana,

Everything is lined up: ${DANA.srcId} into ${DANA.keepId}. If that looks right, just reply to this e-mail and we'll go ahead. Heads-up: there's no undo once it runs.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-lucas-jasubj', kind: 'confirmation_request', lang: 'en', caseId: C.lucas,
    note: 'Japanese 【要返信】 subject over an English consent request',
    from: FORM, to: to(LUCAS), subject: `【要返信】統合のご確認 [CASE ${C.lucas}]`,
    date: utc('2026-09-30 14:26:31'), enc: 'ascii7', hdr: 'jis',
    text: `Dear Lucas,

We can now combine your two profiles into ${LUCAS.keepId}. Please note this cannot be undone. Kindly reply to confirm you want us to proceed.

Best regards,
Marisol`,
  }),
  mk({
    slug: 'en-conf-rahul-alt', kind: 'confirmation_request', lang: 'en', caseId: C.rahul,
    note: 'multipart consent request with the standard form subject',
    from: FORM, to: to(RAHUL), subject: formSubj(C.rahul),
    date: utc('2026-10-14 11:41:02'), enc: 'utf8qp',
    text: `Hello Rahul,

Could you confirm that you want ${RAHUL.srcId} merged into ${RAHUL.keepId}? Once done, this can't be reversed.

Owen
AWS Training and Certification`,
    html: html(`Hello Rahul,

Could you confirm that you want ${RAHUL.srcId} merged into ${RAHUL.keepId}? Once done, this can't be reversed.

Owen
AWS Training and Certification`),
  }),
];

const done = [
  mk({
    slug: 'en-done-dana-subj-generic', kind: 'merge_completed', lang: 'en', caseId: C.dana,
    note: 'the completion is only in the subject ("Merge complete -"); body is the template',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: `Merge complete - CASE ${C.dana}`,
    date: utc('2026-10-11 07:14:09'), enc: 'ascii7',
    text: `${SEE}
${caseLink(C.dana)}

Amazon Web Services`,
  }),
  mk({
    slug: 'en-done-dana-stale-confirm', kind: 'merge_completed', lang: 'en', caseId: C.dana, trap: true,
    note: 'stale "Re: Re: Action required: confirm merge" subject; the body says the merge is now done',
    from: FORM, to: to(DANA), subject: `Re: Re: Action required: confirm merge [CASE ${C.dana}]`,
    date: utc('2026-10-11 07:10:51'), enc: 'utf8qp',
    text: `Hi Dana,

Thanks for confirming. The merge is now done: everything from ${DANA.srcId} sits under ${DANA.keepId}. Sign out and back in to refresh your profile.

Priyanka

${gmailEn('2026-10-10 08:20', `${DANA.name} <${DANA.keep}>`)}
> Yes, please go ahead.
>
${q(gmailEn('2026-10-09 11:01', `AWS Training and Certification <${FORM_BARE}>`))}
>> If that looks right, just reply to this e-mail and we'll go ahead.`,
  }),
  mk({
    slug: 'en-done-lookalike-awstraining-co', kind: 'merge_completed', lang: 'en', caseId: C.lucas, trusted: false,
    note: 'look-alike domain aws-training.co announcing a merge: untrusted',
    from: 'AWS Training and Certification <support@aws-training.co>', to: to(LUCAS), subject: `Merge complete - CASE ${C.lucas}`,
    date: utc('2026-10-01 03:33:03'), enc: 'ascii7',
    text: `Your accounts were merged. Sign in at https://aws-training.co/login to keep your certifications active.`,
  }),
  mk({
    slug: 'en-done-certmetrics-foreign', kind: 'merge_completed', lang: 'en', caseId: null, trusted: false,
    note: 'portal-style merged notice from a sender outside the trusted domains (certmetrics.com)',
    from: 'AWS Certification <notifications@certmetrics.com>', to: to(RAHUL), subject: 'Your AWS Certification accounts have been merged',
    date: utc('2026-10-16 00:12:44'), enc: 'ascii7',
    text: `Hello Rahul Mehta,

Account ${RAHUL.srcId} has been merged into ${RAHUL.keepId}. Your certifications and exam history are now available under ${RAHUL.keep}.

AWS Certification Program`,
  }),
  mk({
    slug: 'en-done-portal-html', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'the certification portal\'s own merged notice (HTML, no case ID)',
    from: PORTAL, to: to(LUCAS), subject: 'Account merge completed',
    date: utc('2026-10-01 09:01:26'), enc: 'utf8qp',
    html: `<html><body>
<h3>AWS Certification</h3>
<p>Hi Lucas,</p>
<p>Your AWS Certification account <b>${LUCAS.srcId}</b> was merged into <b>${LUCAS.keepId}</b> on 1 October 2026.</p>
<p>Use ${LUCAS.keep} to sign in from now on.</p>
</body></html>`,
  }),
  mk({
    slug: 'en-done-rahul-resolved-subj', kind: 'merge_completed', lang: 'en', caseId: C.rahul, trap: true,
    note: '"[Resolved]" subject; the body reports the merge done and the case closing (completion + closing = merge_completed)',
    from: FORM, to: to(RAHUL), subject: `[Resolved] CASE ${C.rahul}`,
    date: utc('2026-10-15 23:58:12'), enc: 'ascii7',
    text: `Hello Rahul,

Your two certification accounts have been merged into ${RAHUL.keepId}. With that, we are closing this case.

Owen`,
  }),
  mk({
    slug: 'en-done-lucas-exam-subj', kind: 'merge_completed', lang: 'en', caseId: C.lucas,
    note: 'subject is about an exam booking; the body says the profiles were merged (case ID in body)',
    from: FORM, to: to(LUCAS), subject: 'RE: Exam booking for SAP-C02',
    date: utc('2026-10-01 08:58:40'), enc: 'utf8qp',
    text: `Hi Lucas,

Good news on case ${C.lucas}: I've merged your profiles. Your upcoming SAP-C02 appointment now shows under ${LUCAS.keepId} as well, so nothing to rebook.

Marisol

-----Original Message-----
From: ${LUCAS.name} <${LUCAS.keep}>
Sent: Wednesday, September 30, 2026 6:40 PM
To: ${FORM_BARE}
Subject: Exam booking for SAP-C02

Approve. Also, will my SAP-C02 booking survive the merge?`,
  }),
];

const badge = [
  mk({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge via Credly addressed to the kept account',
    from: CREDLY_AWS, to: to(DANA), subject: 'Amazon Web Services Training and Certification has issued you a new badge',
    date: utc('2026-10-12 13:20:45'), enc: 'utf8qp',
    text: `Hi Dana,

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept your badge: https://www.credly.com/earner/earned/badge/dana-sap-5b3e

Credly`,
  }),
  mk({
    slug: 'en-badge-lucas-subj-sig', kind: 'badges_transferred', lang: 'en', caseId: C.lucas,
    note: 'the badge move is only in the subject; body is a link and a signature',
    from: FORM, to: to(LUCAS), subject: `Badges moved - CASE ${C.lucas}`,
    date: utc('2026-10-03 10:44:17'), enc: 'ascii7',
    text: `${caseLink(C.lucas)}

--
Marisol
AWS Training and Certification Support`,
  }),
  mk({
    slug: 'en-badge-dana-stale-merge', kind: 'badges_transferred', lang: 'en', caseId: C.dana, trap: true,
    note: 'stale "Merge complete" subject; the new text says the Credly badges were transferred',
    from: FORM, to: to(DANA), subject: `Re: Merge complete - CASE ${C.dana}`,
    date: utc('2026-10-12 13:05:02'), enc: 'utf8b64',
    text: `Hi Dana,

You were right, the badges were still tied to the contractor e-mail. I've had them re-pointed, and both badges are now on the Credly account for ${DANA.keep}.

Priyanka

${gmailEn('2026-10-11 18:47', `${DANA.name} <${DANA.keep}>`)}
> Profile looks good, thanks! My Credly badges haven't shown up though.`,
  }),
  mk({
    slug: 'en-badge-credly-lookalike', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'Credly look-alike domain (credly-mail.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: to(RAHUL), subject: 'Your AWS badges have been transferred',
    date: utc('2026-10-17 05:12:30'), enc: 'utf8qp',
    html: html(`Hi Rahul,

Your AWS badges have been moved to your new account. Log in to accept them:
https://credly-mail.com/accept?u=rahul

Credly`),
  }),
  mk({
    slug: 'en-badge-resent', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    note: 'an AWS Credly badge redirected by a forwarding rule (Resent-*): not for the user',
    from: CREDLY_AWS, to: `${RAHUL.name} <${RAHUL.src}>`, subject: 'Amazon Web Services Training and Certification has issued you a new badge',
    date: utc('2026-10-16 20:31:08'), enc: 'ascii7',
    resent: { from: 'mailer-daemon@bigco.example.com', to: 'offboarding-archive@bigco.example.com', date: utc('2026-10-16 20:31:40') },
    text: `Rahul, you've earned the AWS Certified Security - Specialty badge.

Accept your badge: https://www.credly.com/earner/earned/badge/rahul-scs-e10a`,
  }),
  mk({
    slug: 'en-badge-lucas-resolved', kind: 'badges_transferred', lang: 'en', caseId: C.lucas, trap: true,
    note: '"[Resolved]" subject; body says the badges moved and the case closes (badges + closing = badges_transferred)',
    from: FORM, to: to(LUCAS), subject: `[Resolved] CASE ${C.lucas} - account-assistance`,
    date: utc('2026-10-03 10:40:02'), enc: 'utf8qp',
    text: `Hi Lucas,

Your Cloud Practitioner and Solutions Architect badges now sit on your Credly profile for ${LUCAS.keep}. I'm resolving this case; reply within 14 days if anything looks off.

Marisol`,
  }),
];

const closed = [
  mk({
    slug: 'en-close-dana-empty', kind: 'case_closed', lang: 'en', caseId: C.dana,
    note: 'the resolution is only in the subject ("[Resolved]"); the body is empty',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: `[Resolved] Case ${C.dana}`,
    date: utc('2026-10-19 00:00:04'), enc: 'ascii7',
    text: '',
  }),
  mk({
    slug: 'en-close-forged-below', kind: 'case_closed', lang: 'en', caseId: C.rahul, trusted: false, auth: 'forgedBelow',
    note: 'auto-close warning; the dmarc=pass header sits below the server\'s Received line: untrusted',
    from: FORM, to: to(RAHUL), subject: `Your case ${C.rahul} will be closed in 72 hours`,
    date: utc('2026-10-20 06:00:00'), enc: 'ascii7',
    text: `We haven't heard from you. Unless you reply, case ${C.rahul} will close automatically in 72 hours.`,
  }),
  mk({
    slug: 'en-close-grace-stale-confirm', kind: 'case_closed', lang: 'en', caseId: C.grace, trap: true,
    note: 'stale "Action required: confirm merge" subject over an auto-close reminder',
    from: FORM, to: to(GRACE), subject: `Re: Action required: confirm merge [CASE ${C.grace}]`,
    date: utc('2026-11-20 09:00:00'), enc: 'utf8qp',
    text: `Hi Grace,

We haven't heard back on this case. If we don't get a reply, it will be closed automatically in 5 days.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-close-rahul-restate', kind: 'case_closed', lang: 'en', caseId: C.rahulOther, trap: true,
    note: '"Merge complete - closing case" subject; the body only restates the earlier merge and closes',
    from: FORM, to: to(RAHUL), subject: `Merge complete - closing case ${C.rahulOther}`,
    date: utc('2026-10-22 10:15:33'), enc: 'utf8b64',
    text: `Hello Rahul,

As mentioned on ${C.rahul}, your accounts were merged on 15 October. Since this second case asks for the same thing, I'm closing it now.

Owen`,
  }),
  mk({
    slug: 'en-close-lucas-dupcases', kind: 'case_closed', lang: 'en', caseId: C.lucasDup, trap: true,
    note: '"we merged your duplicate cases" and closed this one: not the account merge',
    from: FORM, to: to(LUCAS), subject: `Case ${C.lucasDup} closed`,
    date: utc('2026-09-29 11:02:14'), enc: 'ascii7',
    text: `Hi Lucas,

You opened two cases for the same request, so we merged them. This one (${C.lucasDup}) is now closed; we'll continue on ${C.lucas}.

Marisol`,
  }),
  mk({
    slug: 'en-close-dana-x-html', kind: 'case_closed', lang: 'en', caseId: C.danaX,
    note: 'HTML-only "Status changed to: Resolved" with a generic body',
    from: SUPPORT_NOTIFY, to: to(DANA), subject: `[CASE ${C.danaX}] Status changed to: Resolved`,
    date: utc('2026-10-07 12:00:01'), enc: 'utf8b64',
    html: `<html><body>
<p>${SEE}</p>
<p><a href="${caseLink(C.danaX)}">Open the Support Center</a></p>
</body></html>`,
  }),
];

const reply = [
  mk({
    slug: 'en-sr-dana-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: C.dana, trap: true,
    note: 'stale "Action required: confirm merge" subject; thanks for confirming, passed to the team',
    from: FORM, to: to(DANA), subject: `Re: Action required: confirm merge [CASE ${C.dana}]`,
    date: utc('2026-10-10 09:43:07'), enc: 'ascii7',
    text: `Hi Dana,

Thanks for confirming. I've handed this to the team that runs merges; you'll hear from me once it's finished.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-rahul-pending', kind: 'support_reply', lang: 'en', caseId: C.rahul,
    note: 'status-only "Pending customer action" with the generic body: support replied, nothing specific asked',
    from: SUPPORT_NOTIFY, to: to(RAHUL), subject: `Status changed to: Pending customer action [CASE ${C.rahul}]`,
    date: utc('2026-10-13 09:23:10'), enc: 'utf8qp',
    text: `${SEE}
${caseLink(C.rahul)}`,
  }),
  mk({
    slug: 'en-sr-lucas-correction', kind: 'support_reply', lang: 'en', caseId: C.lucas, trap: true,
    note: '"Merge complete" subject, but the body corrects it: not completed yet',
    from: FORM, to: to(LUCAS), subject: `Merge complete - CASE ${C.lucas}`,
    date: utc('2026-09-30 20:05:51'), enc: 'utf8qp',
    text: `Hi Lucas,

Correction to my previous e-mail: the merge has not been completed yet. The request is queued and I'll update you as soon as it runs.

Marisol`,
  }),
  mk({
    slug: 'en-sr-rahul-unable', kind: 'support_reply', lang: 'en', caseId: C.rahul, trap: true,
    note: '"we are unable to merge" for now and escalated: not the event',
    from: FORM, to: to(RAHUL), subject: `Update: merge on hold [CASE ${C.rahul}]`,
    date: utc('2026-10-14 20:31:22'), enc: 'ascii7',
    text: `Hello Rahul,

We are unable to merge the accounts right now: both show an attempt at the same exam on the same day. I've escalated this to the certification team and will write again when they reply.

Owen`,
  }),
  mk({
    slug: 'en-sr-dana-escalated', kind: 'support_reply', lang: 'en', caseId: C.dana,
    note: 'escalation notice: subject carries it, body is a line and a signature',
    from: FORM, to: to(DANA), subject: `Escalated to the Certification team - CASE ${C.dana}`,
    date: utc('2026-10-07 16:11:40'), enc: 'utf8qp',
    text: `FYI.

Priyanka | AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-lucas-write-from-kept', kind: 'support_reply', lang: 'en', caseId: C.lucas,
    note: 'asks only to write from the kept address (no data requested)',
    from: FORM, to: `${LUCAS.name} <${LUCAS.src}>`, cc: to(LUCAS), subject: `Quick note on case ${C.lucas}`,
    date: utc('2026-09-28 15:40:09'), enc: 'ascii7',
    text: `Hi Lucas,

Please write to us from ${LUCAS.keep} from now on; we can't act on requests sent from the agency address.

Marisol`,
  }),
  mk({
    slug: 'en-sr-dana-voucher-future', kind: 'support_reply', lang: 'en', caseId: C.dana, trap: true,
    note: 'agent renamed the subject to a voucher question; benefits carry over once merged (future)',
    from: FORM, to: to(DANA), subject: `Case ${C.dana}: question about your vouchers`,
    date: utc('2026-10-08 10:02:55'), enc: 'utf8b64',
    text: `Hi Dana,

To answer your question: once the profiles are merged, the 50% voucher from the contractor profile will show up under ${DANA.keepId}, with its original expiry.

Priyanka`,
  }),
];

const unrelated = [
  mk({
    slug: 'en-un-dana-own-reply', kind: 'unrelated', lang: 'en', caseId: C.dana, trusted: false, trap: true,
    note: 'the user\'s own consent reply, copied to herself',
    from: to(DANA), to: FORM_BARE, cc: DANA.keep, subject: `Re: Action required: confirm merge [CASE ${C.dana}]`,
    date: utc('2026-10-10 08:20:33'), enc: 'utf8qp', deliveredTo: DANA.keep,
    text: `Yes, please go ahead.

Sent from my iPhone

${gmailEn('2026-10-09 11:01', `AWS Training and Certification <${FORM_BARE}>`)}
> If that looks right, just reply to this e-mail and we'll go ahead.`,
  }),
  mk({
    slug: 'en-un-lucas-old-ooo', kind: 'unrelated', lang: 'en', caseId: C.lucas, trusted: false, trap: true,
    note: 'out-of-office from the user\'s old agency mailbox quoting a "Merge complete" subject',
    from: `${LUCAS.name} <${LUCAS.src}>`, to: to(LUCAS), subject: `Automatic reply: RE: Merge complete - CASE ${C.lucas}`,
    date: utc('2026-10-01 09:00:12'), enc: 'ascii7', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `Thank you for your message. I have left the agency; this mailbox is no longer monitored. Please contact hello@agency.example.org.`,
  }),
  mk({
    slug: 'en-un-pearson-appointment', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'test vendor\'s exam appointment confirmation',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: to(LUCAS), subject: 'Appointment confirmation: AWS Certified Solutions Architect - Professional',
    date: utc('2026-10-02 14:22:07'), crlf: false, enc: 'ascii7',
    text: `Dear Lucas Moreau,

This confirms your appointment:
Exam: SAP-C02
Date: 14 November 2026, 09:30
Delivery: OnVUE online proctored

Please check in 30 minutes early.`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: C.dana, trap: true,
    note: 'survey: "Was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: to(DANA), subject: `How did we do on case ${C.dana}?`,
    date: utc('2026-10-19 13:00:00'), enc: 'utf8qp',
    html: html(`Hi Dana,

Was your issue resolved? Tell us in two clicks:
https://survey.aws.amazon.com/s/cs?case=${C.dana}

Thank you for helping us improve.`),
  }),
  mk({
    slug: 'en-un-dana-voucher-resolved', kind: 'unrelated', lang: 'en', caseId: C.danaVoucher, trap: true,
    note: 'the resolution of the user\'s other case (exam voucher refund), which names its topic',
    from: FORM, to: to(DANA), subject: `[Resolved] CASE ${C.danaVoucher} - Exam voucher refund`,
    date: utc('2026-10-21 08:45:19'), enc: 'ascii7',
    text: `Hi Dana,

The refund for your unused exam voucher has been issued. It can take up to 10 business days to appear on your statement. We're marking this case resolved.

AWS Training and Certification Billing`,
  }),
  mk({
    slug: 'en-un-credly-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: to(RAHUL), subject: 'HashiCorp has issued you a new badge',
    date: utc('2026-10-18 17:40:51'), enc: 'ascii7',
    text: `Rahul, HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/rahul-tf-003`,
  }),
  mk({
    slug: 'en-un-reinvent-confirmed', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'AWS event marketing: "registration is confirmed"',
    from: 'AWS Events <aws-events@amazon.com>', to: to(DANA), subject: 'Your registration is confirmed: AWS re:Invent 2026',
    date: utc('2026-10-15 19:00:00'), enc: 'utf8qp',
    text: `Hi Dana,

You're all set for re:Invent. Certified attendees can visit the AWS Certification Lounge: bring your digital badge.

Manage registration: https://reinvent.awsevents.com/`,
  }),
  mk({
    slug: 'en-un-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: CREDLY, to: to(LUCAS), subject: 'Complete your Credly account merge',
    date: utc('2026-10-04 21:10:33'), enc: 'ascii7',
    text: `Someone asked to merge another Credly account into yours. To complete the account merge, enter this code: 318 442

If you didn't ask for this, ignore this e-mail.`,
  }),
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...done, ...badge, ...closed, ...reply, ...unrelated];
void NOTIFY;
void pst;
void DANA_REQ;
void LUCAS_REQ;
