// English messages for heldout/g. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, FISCHER, FISCHER_REQ, M, MENON, NOWAK, OKAFOR, OKAFOR_REQ, PORTAL, SUPPORT, SUPPORT_BARE,
  formSubject, formSubjectNew, gmailEn, htmlDoc, outlookEn, paras, quote, sfOriginal, sfRef,
} from './common.js';

const O = OKAFOR;
const F = FISCHER;
const R = MENON;
const W = NOWAK;
const oName = `${O.en} <${O.keep}>`;
const fName = `${F.en} <${F.keep}>`;
const rName = `${R.en} <${R.keep}>`;
const wName = `${W.en} <${W.keep}>`;
const sig = (n: string): string => `${n}\nAWS Training and Certification Customer Service`;

const ack: Msg[] = [
  M({
    slug: 'en-ack-notify-okafor', kind: 'acknowledgement', lang: 'en', caseId: CASE.okafor,
    note: 'AWS Support receipt for a newly created case',
    from: AWS_NOTIFY, to: oName, subject: `AWS Support: We've received your case ${CASE.okafor}`, at: '2026-01-08 17:02:11', enc: 'ascii7',
    text: `Hello ${O.en},

Thank you for contacting AWS Training and Certification.
We've received your request and opened case ${CASE.okafor}.

A member of our team will respond within 24 hours. To avoid delays, please do not
open a new case for the same request; just reply to this email if you need to add anything.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.`,
  }),
  M({
    slug: 'en-ack-info-you-provided', kind: 'acknowledgement', lang: 'en', caseId: CASE.fischer, trap: true,
    note: 'receipt that echoes "the information you provided"; asks for nothing',
    from: SUPPORT, to: fName, subject: formSubjectNew(CASE.fischer), at: '2026-02-16 09:44:03', enc: 'utf8qp',
    text: `Hi Lena,

Your request has been submitted successfully. Case number: ${CASE.fischer}

Here is a summary of the information you provided:
  Name:          Lena Fischer
  Company:       –
  Candidate ID:  ${F.keepId}
  Inquiry type:  AWS Training and Certification – Account assistance
  Description:   "I passed the Cloud Practitioner exam with my university address…"

No further action is needed right now. An agent will get back to you, usually within one business day.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-ack-html-id-in-body', kind: 'acknowledgement', lang: 'en', caseId: CASE.menon,
    note: 'HTML-only receipt, case number only in the body',
    from: AWS_NOTIFY, to: rName, subject: 'Thanks for reaching out to AWS Training and Certification', at: '2026-03-02 04:17:50', enc: 'ascii7',
    html: htmlDoc(`<div style="max-width:600px;margin:auto">
<h2 style="color:#232f3e">We got your request</h2>
<p>Hi Ravi,</p>
<p>Your support request has been logged as case <strong>#${CASE.menon}</strong>. You'll hear from us at this address, typically within 24 hours.</p>
<p style="font-size:12px;color:#555">Please don't submit the same request twice &mdash; duplicate cases slow things down.</p>
</div>`, 'en'),
  }),
  M({
    slug: 'en-ack-multipart-okafor-dup', kind: 'acknowledgement', lang: 'en', caseId: CASE.okaforDup,
    note: 'receipt of a second case the user opened for the same request',
    from: SUPPORT, to: oName, subject: formSubjectNew(CASE.okaforDup), at: '2026-01-10 20:31:09', enc: 'ascii7',
    text: `Thank you for contacting AWS Training and Certification Customer Service.

Case ID: ${CASE.okaforDup}
Status: Unassigned

We have received your inquiry and it is now in our queue. We will reply to this email adress.

-- AWS Training and Certification`,
    html: `<html><body><p>Thank you for contacting AWS Training and Certification Customer Service.</p><p>Case ID: <b>${CASE.okaforDup}</b><br>Status: Unassigned</p><p>We have received your inquiry and it is now in our queue. We will reply to this email address.</p><p>-- AWS Training and Certification</p></body></html>`,
  }),
  M({
    slug: 'en-ack-fail-then-forged', kind: 'acknowledgement', lang: 'en', caseId: CASE.nowak, trusted: false, auth: 'failThenForged',
    note: 'receipt wording; topmost result is dmarc=fail with a planted pass further down: untrusted',
    from: SUPPORT, to: wName, subject: formSubjectNew(CASE.nowak), at: '2026-02-23 11:15:29', enc: 'ascii7',
    text: `Your case ${CASE.nowak} has been created.
To speed things up, verify your identity at https://aws-cert-verify.example.org within 24 hours.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-ack-lookalike-authserv', kind: 'acknowledgement', lang: 'en', caseId: CASE.fischer, trusted: false, auth: 'lookalikeServer',
    note: 'receipt whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY, to: fName, subject: `Case ${CASE.fischer} created`, at: '2026-02-16 09:45:12', enc: 'ascii7',
    text: `Hello,

We opened case ${CASE.fischer} for you. You'll receive a reply within 24 hours.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-dkimonly-lf-nowak', kind: 'acknowledgement', lang: 'en', caseId: CASE.nowak, auth: 'dkimonly', crlf: false,
    note: 'plain receipt with an aligned dkim=pass only (trusted); LF line ends',
    from: AWS_NOTIFY, to: wName, subject: `Your AWS Support case ${CASE.nowak}`, at: '2026-02-23 11:14:40', enc: 'ascii7',
    text: `Dear customer,

We've received your request (case ${CASE.nowak}) regarding account assistance.
Our Training and Certification team is reviewing it and will be in touch shortly.

Best regards,
AWS Support`,
  }),
];

const ai: Msg[] = [
  M({
    slug: 'en-ai-merge-tool', kind: 'ai_answer', lang: 'en',
    note: 'AI-generated answer recommending the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: oName, subject: 'Your AI-generated answer from AWS Support', at: '2026-01-08 16:58:30', enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

You asked: "I have two certification accounts and want to combine them."

You may be able to do this yourself. Sign in to the AWS Certification account you want to keep,
open your profile, and choose Merge Accounts. Enter the sign-in details of the other account
and follow the prompts.

If both accounts hold certifications, the tool can't be used and you'll need to create a case.

Did this answer your question?  Yes | No, create a case`,
  }),
  M({
    slug: 'en-ai-explains-after-merge', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'automated answer describing what happens after a merge (badges, benefits); nothing done',
    from: AWS_NOTIFY, to: fName, subject: 'Suggested answer: combining certification accounts', at: '2026-02-16 09:40:15', enc: 'utf8qp',
    text: `Automated answer — not reviewed by an agent

After two accounts are merged, all certifications, exam history and benefits (such as your 50% exam discount) appear in the account you keep. Your Credly badges are then issued to the kept account's email address, where you can accept them again.
To start, use the Merge Accounts tool under your profile in the AWS Certification portal.

Still need help? Choose “Create case”.`,
  }),
  M({
    slug: 'en-ai-resources-multipart', kind: 'ai_answer', lang: 'en',
    note: 'automated "resources that might help" answer with links to the FAQ and merge tool',
    from: AWS_NOTIFY, to: rName, subject: 'Resources that might help with your question', at: '2026-03-02 04:12:01', enc: 'ascii7',
    text: `Based on your question, these resources might help:

* AWS Certification FAQs: https://aws.amazon.com/certification/faqs/
* Merge Accounts (sign in, then Profile > Merge Accounts)
* Finding your candidate ID (Profile > Identification)

This suggestion was generated automatically.`,
    html: htmlDoc(`<p>Based on your question, these resources might help:</p>
<ul><li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li><li>Merge Accounts (sign in, then Profile &gt; Merge Accounts)</li><li>Finding your candidate ID (Profile &gt; Identification)</li></ul>
<p><i>This suggestion was generated automatically.</i></p>`, 'en'),
  }),
  M({
    slug: 'en-ai-while-you-wait', kind: 'ai_answer', lang: 'en', caseId: CASE.nowak,
    note: 'automated suggestion on an open case while it waits for an agent',
    from: AWS_NOTIFY, to: wName, subject: `While you wait: a suggested answer for case ${CASE.nowak}`, at: '2026-02-23 11:16:02', enc: 'ascii7',
    text: `While an agent reviews case ${CASE.nowak}, here's an answer our assistant put together:

Many customers can combine duplicate accounts with the Merge Accounts tool in the AWS
Certification portal. Sign in with the account you plan to keep and follow the steps there.

If this solves it, no action is needed. Otherwise, an agent will follow up on your case.`,
  }),
  M({
    slug: 'en-ai-short-b64-okafor', kind: 'ai_answer', lang: 'en', caseId: CASE.okafor,
    note: 'short automated tip on the case: try the merge tool, then claim badges on Credly',
    from: AWS_NOTIFY, to: oName, subject: `Case ${CASE.okafor}: automated suggestion`, at: '2026-01-08 17:03:40', enc: 'utf8b64',
    text: `Automated suggestion for case ${CASE.okafor}

Tip: if you hold more than one AWS Certification account, merge them with the Merge Accounts tool first, then claim your badges on Credly.

— AWS Support virtual assistant`,
  }),
  M({
    slug: 'en-ai-freemail-display-name', kind: 'ai_answer', lang: 'en', trusted: false,
    note: 'AI-answer look-alike from a free-mail address under an AWS display name: untrusted',
    from: 'AWS Support Assistant <awssupport.assistant@gmail.com>', to: rName, subject: 'AI answer: merge your AWS certification accounts', at: '2026-03-02 06:00:00', enc: 'ascii7',
    relay: 'mail-sor-f41.google.com',
    text: `Hi,

Our AI assistant reviewed your question. Use the Merge Accounts tool at the link below to combine your
accounts in under a minute:
https://aws-merge-tool.example.com/start

AWS Support Assistant`,
  }),
  M({
    slug: 'en-ai-dkimonly-second', kind: 'ai_answer', lang: 'en', auth: 'dkimonly',
    note: 'second generated answer (aligned DKIM only) about merging through the tool',
    from: AWS_NOTIFY, to: fName, subject: 'Another suggestion for your Training and Certification question', at: '2026-02-16 09:41:27', enc: 'ascii7',
    text: `Here's another automatically generated suggestion.

If you see "accounts cannot be merged" in the tool, it usually means both accounts have
certification history. In that case, create a case and an agent will help.

Generated by AWS Support.`,
  }),
];

const info: Msg[] = [
  M({
    slug: 'en-info-ids-which-keep-sf', kind: 'info_request', lang: 'en', caseId: CASE.okafor,
    note: 'asks for both candidate IDs, both emails and which account to keep; Salesforce quote below',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-09 15:20:42', enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification.

To look into the merge, could you please send us:
 - the candidate ID (AWS followed by digits) of each account,
 - the email address registered on each account, and
 - which of the two you would like to keep.

Kind regards,
${sig('Priscilla R.')}

${sfRef('5Vm0Lk')}

${sfOriginal(oName, '1/8/2026 5:01 PM', SUPPORT_BARE, 'account-assistance', OKAFOR_REQ)}`,
  }),
  M({
    slug: 'en-info-confirm-email-keep', kind: 'info_request', lang: 'en', caseId: CASE.fischer, trap: true,
    note: '"please confirm the email address you want to keep" asks for information',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-17 10:02:17', enc: 'utf8qp',
    text: `Hi Lena,

Thanks for your patience. Could you please confirm the email address of the account you’d like to keep going forward? I see ${F.keep} and ${F.src} on our side.

Cheers,
${sig('Jonas')}`,
  }),
  M({
    slug: 'en-info-write-from-keep-ids', kind: 'info_request', lang: 'en', caseId: CASE.menon,
    note: 'reply from the kept address AND include both candidate IDs',
    from: SUPPORT, to: `${R.en} <${R.src}>`, subject: formSubject(CASE.menon), at: '2026-03-03 12:09:58', enc: 'ascii7',
    text: `Dear Ravi,

For security reasons we can only act on requests that come from the account being kept.
Please write to us from the address of the account you'd like to keep, and include the candidate
IDs of both accounts in your reply.

Best,
${sig('Marcus')}`,
  }),
  M({
    slug: 'en-info-over-explaining-new-agent', kind: 'info_request', lang: 'en', caseId: CASE.nowak,
    note: 'new agent, long and apologetic, needs the other account\'s email and exam dates',
    from: SUPPORT, to: wName, subject: formSubject(CASE.nowak), at: '2026-02-24 14:40:33', enc: 'utf8qp',
    text: `Hello Tomasz,

My name is Aisha and I’ll be looking after your case from now on. First of all, I’m really sorry it took us a little longer than usual to get back to you — we’ve had a lot of requests this week.

I had a look at your request, and I can see the account ${W.keepId} that’s linked to ${W.keep}. However, I wasn’t able to locate the second account from the details in the form. Would you be able to share the email address you used on the other account, and roughly when you took your exams on it (month and year is fine)? With that, I should be able to find it and move things along.

Thanks so much for bearing with us!

Warm regards,
${sig('Aisha')}`,
    html: htmlDoc(paras(`Hello Tomasz,

My name is Aisha and I’ll be looking after your case from now on. First of all, I’m really sorry it took us a little longer than usual to get back to you — we’ve had a lot of requests this week.

I had a look at your request, and I can see the account ${W.keepId} that’s linked to ${W.keep}. However, I wasn’t able to locate the second account from the details in the form. Would you be able to share the email address you used on the other account, and roughly when you took your exams on it (month and year is fine)? With that, I should be able to find it and move things along.

Thanks so much for bearing with us!

Warm regards,
Aisha
AWS Training and Certification Customer Service`), 'en'),
  }),
  M({
    slug: 'en-info-original-message-lf', kind: 'info_request', lang: 'en', caseId: CASE.okafor, crlf: false,
    note: 'asks for the certification names and dates on the old account; Outlook "Original Message" quote; LF',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-12 08:55:14', enc: 'ascii7',
    text: `Hi Dan,

Thanks for the IDs. One more thing before I can go ahead: which certifications are on ${O.srcId},
and around when did you pass them? This just helps us verify the account is yours.

Regards,
Priscilla

-----Original Message-----
From: ${oName}
Sent: Sunday, January 11, 2026 9:12 PM
To: ${SUPPORT_BARE}
Subject: Re: ${formSubject(CASE.okafor)}

Keep: ${O.keepId} (${O.keep})
Merge: ${O.srcId} (${O.src})`,
  }),
  M({
    slug: 'en-info-to-other-customer', kind: 'info_request', lang: 'en', caseId: CASE.other2, forUser: false,
    note: 'an information request sent to a different customer, not to the user',
    from: SUPPORT, to: 'Jordan Blake <jordan.blake@example.net>', subject: formSubject(CASE.other2), at: '2026-02-18 13:33:01', enc: 'ascii7',
    text: `Hello Jordan,

Could you let us know the candidate ID of the account you want to merge, and the email address on it?

Thank you,
${sig('Jonas')}`,
  }),
  M({
    slug: 'en-info-once-merged-but-first', kind: 'info_request', lang: 'en', caseId: CASE.fischer, trap: true,
    note: '"once we have merged" is future; the request is for the name spelling on the uni account',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-18 08:12:40', enc: 'utf8b64',
    text: `Hi Lena,

Once we have merged the two accounts, everything will show under ${F.keepId}. Before we can get there though, I need one detail: the first and last name exactly as they appear on the university account (${F.srcId}). The names on the two profiles don't match on our side.

Thanks!
Jonas`,
  }),
  M({
    slug: 'en-info-dmarc-fail-password', kind: 'info_request', lang: 'en', caseId: CASE.menon, trusted: false, auth: 'fail',
    note: 'asks for sign-in details, but dmarc=fail at the receiving server: untrusted',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-04 02:45:19', enc: 'ascii7',
    text: `Dear Ravi,

To finish verification we need the password and security answers for account ${R.srcId}.
Please reply within 24 hours.

AWS Training and Certification`,
  }),
];

const conf: Msg[] = [
  M({
    slug: 'en-conf-reply-to-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.okafor,
    note: 'asks the user to reply to consent; merge cannot be undone',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-13 10:27:36', enc: 'ascii7',
    text: `Hi Daniel,

I've located both accounts:
  ${O.srcId} - ${O.src}  (will be merged)
  ${O.keepId} - ${O.keep}  (will be kept)

Please note this merge cannot be undone. If you'd like us to proceed, just reply to this email
to confirm and I'll submit it.

Kind regards,
${sig('Priscilla R.')}`,
  }),
  M({
    slug: 'en-conf-kindly-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.fischer,
    note: 'asks whether she agrees to merging A into B (no "confirm" word); irreversible',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-19 07:30:02', enc: 'utf8qp',
    text: `Dear Lena,

Thank you, the names line up now.
Kindly let us know whether you agree to merging ${F.srcId} into ${F.keepId}. Once merged, the accounts can’t be separated again, so we need your explicit OK in writing.

Best regards,
Jonas
AWS T&C Customer Service`,
  }),
  M({
    slug: 'en-conf-yes-i-consent-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.menon,
    note: 'asks him to reply "Yes, I consent" before the merge is submitted',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-05 11:18:45', enc: 'ascii7',
    text: `Hello Ravi,

Thanks for writing from your personal address. Everything checks out.

Could you reply with "Yes, I consent" so we can submit the merge of ${R.srcId} into ${R.keepId}?
This is permanent.

Marcus`,
    html: htmlDoc(`<p>Hello Ravi,</p><p>Thanks for writing from your personal address. Everything checks out.</p><p>Could you reply with <b>&quot;Yes, I consent&quot;</b> so we can submit the merge of ${R.srcId} into ${R.keepId}?<br>This is permanent.</p><p>Marcus</p>`, 'en'),
  }),
  M({
    slug: 'en-conf-go-ahead-gmail-quote', kind: 'confirmation_request', lang: 'en', caseId: CASE.nowak,
    note: 'needs his go-ahead before merging; Gmail-quoted earlier reply below',
    from: SUPPORT, to: wName, subject: formSubject(CASE.nowak), at: '2026-02-26 09:05:51', enc: 'ascii7',
    text: `Hi Tomasz,

Found it, thanks! Account ${W.srcId} (${W.src}) would be folded into ${W.keepId}.
We just need your go-ahead before doing it, as its not reversible. Are you happy for us to proceed?

Aisha

${gmailEn('2026-02-25 22:47', wName)}
${quote(`Hi Aisha, the other one is ${W.src}, exams in March 2023 and June 2024.\nTomasz`)}`,
  }),
  M({
    slug: 'en-conf-long-thread-outlook', kind: 'confirmation_request', lang: 'en', caseId: CASE.okafor,
    note: 'second ask for consent in a long thread; quoted history contains an info request',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-15 18:40:09', enc: 'utf8qp',
    text: `Hi Dan,

Just following up on my last note — we still need your written approval before the accounts can be combined. A short reply like “approved” is enough. As mentioned, the change is permanent.

Thanks,
Priscilla

${outlookEn(oName, '2026-01-12 21:30', SUPPORT_BARE, 'RE: ' + formSubject(CASE.okafor))}

Certs on the old one: SAA (May 2023), Developer (Feb 2024).

${outlookEn(`AWS Training and Certification <${SUPPORT_BARE}>`, '2026-01-12 08:55', oName, formSubject(CASE.okafor))}

Which certifications are on ${O.srcId}, and around when did you pass them?`,
  }),
  M({
    slug: 'en-conf-resent-uni-forward', kind: 'confirmation_request', lang: 'en', caseId: CASE.fischer, forUser: false,
    note: 'consent request redirected by the university mail system (Resent-*)',
    from: SUPPORT, to: `${F.en} <${F.src}>`, subject: formSubject(CASE.fischer), at: '2026-02-19 07:31:00', enc: 'ascii7',
    resent: { from: 'mailer@uni.example.edu', to: 'alumni-forward@uni.example.edu', date: 'Thu, 19 Feb 2026 08:31:40 +0100' },
    text: `Dear Lena,

Please reply to let us know you agree to merging ${F.srcId} into ${F.keepId}. This can't be reversed.

Jonas`,
  }),
  M({
    slug: 'en-conf-lookalike-domain', kind: 'confirmation_request', lang: 'en', caseId: CASE.nowak, trusted: false,
    note: 'consent request from the look-alike domain amazon-aws-support.com: untrusted',
    from: 'AWS Training and Certification <support@amazon-aws-support.com>', to: wName, subject: formSubject(CASE.nowak), at: '2026-02-25 15:00:00', enc: 'ascii7',
    text: `Hello,

Please approve the merge of your certification accounts by signing in below. Unapproved requests
expire after 48 hours.

https://amazon-aws-support.com/approve

AWS Training and Certification`,
  }),
];

const merged: Msg[] = [
  M({
    slug: 'en-merged-happy-to-let-you-know', kind: 'merge_completed', lang: 'en', caseId: CASE.okafor,
    note: 'support says the accounts have been merged',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-19 21:02:48', enc: 'ascii7',
    text: `Hi Daniel,

Good news - your accounts have been merged. Everything that was on ${O.srcId} now lives under
${O.keepId}, and you can sign in with ${O.keep} as usual.

Let me know if anything looks off.

Best,
${sig('Priscilla R.')}

${gmailEn('2026-01-16 07:44', oName)}
> Approved, please go ahead.
> Dan`,
  }),
  M({
    slug: 'en-merged-portal-notice', kind: 'merge_completed', lang: 'en',
    note: 'the certification portal\'s "your accounts have been merged" notice; no case ID',
    from: PORTAL, to: fName, subject: 'Your AWS Certification accounts have been merged', at: '2026-02-20 14:09:33', enc: 'ascii7',
    text: `AWS Certification

Hello Lena Fischer,

The AWS Certification account ${F.srcId} has been merged into your account ${F.keepId}.
Your certifications, exam history and benefits are now available when you sign in.

If you did not request this change, contact AWS Training and Certification Customer Service.`,
    html: htmlDoc(`<h3>AWS Certification</h3><p>Hello Lena Fischer,</p><p>The AWS Certification account <b>${F.srcId}</b> has been merged into your account <b>${F.keepId}</b>.<br>Your certifications, exam history and benefits are now available when you sign in.</p><p style="font-size:11px">If you did not request this change, contact AWS Training and Certification Customer Service.</p>`, 'en'),
  }),
  M({
    slug: 'en-merged-and-closing-menon', kind: 'merge_completed', lang: 'en', caseId: CASE.menon, trap: true,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-07 03:51:22', enc: 'utf8qp',
    text: `Hello Ravi,

Thank you for your consent. The consolidation of ${R.srcId} into ${R.keepId} went through this morning, so both certifications are now on your personal account.

As the request is complete, I’ll go ahead and close this case. You can reply to reopen it at any time.

Marcus`,
  }),
  M({
    slug: 'en-merged-please-check', kind: 'merge_completed', lang: 'en', caseId: CASE.nowak, trap: true,
    note: 'merge completed; asks him to check all looks right (not an information request)',
    from: SUPPORT, to: wName, subject: formSubject(CASE.nowak), at: '2026-03-02 10:22:19', enc: 'ascii7',
    text: `Hi Tomasz,

Done! Both profiles are now one - ${W.keepId}.
Could you sign in and check that all looks right (certs, exam history, the discount benefit)?
If something is missing, just reply here.

Aisha`,
  }),
  M({
    slug: 'en-merged-resent-consult', kind: 'merge_completed', lang: 'en', caseId: CASE.okafor, forUser: false,
    note: 'completion notice that reached the user only via a redirect (Resent-*)',
    from: SUPPORT, to: `${O.en} <${O.src}>`, subject: formSubject(CASE.okafor), at: '2026-01-19 21:03:30', enc: 'ascii7',
    resent: { from: 'postmaster@consult.example.net', to: 'former-staff@consult.example.net', date: 'Mon, 19 Jan 2026 21:05:02 +0000' },
    text: `Hi Daniel,

The merge is complete: ${O.srcId} has been merged into ${O.keepId}.

Priscilla`,
  }),
  M({
    slug: 'en-merged-html-only-fischer', kind: 'merge_completed', lang: 'en', caseId: CASE.fischer,
    note: 'HTML-only support reply: the two accounts are combined now',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-20 13:58:04', enc: 'ascii7',
    html: htmlDoc(`<div>Hi Lena,</div><div><br></div><div>Thanks for the OK. I've combined the two accounts &mdash; your Cloud Practitioner and SAA certifications both sit under ${F.keepId} from now on.</div><div><br></div><div>Best,<br>Jonas</div>`, 'en'),
  }),
  M({
    slug: 'en-merged-forged-below', kind: 'merge_completed', lang: 'en', caseId: CASE.menon, trusted: false, auth: 'forgedBelow',
    note: 'completion text, but the pass header sits below the server\'s Received line: untrusted',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-06 19:12:40', enc: 'ascii7',
    text: `Hello Ravi,

Your accounts have been merged successfully. Sign in here to see your certifications:
https://aws-training-portal.example.info/signin

AWS Training and Certification`,
  }),
];

const badges: Msg[] = [
  M({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge issued via Credly to the kept address ("Accept your badge")',
    from: CREDLY_AWS, to: oName, subject: 'Amazon Web Services Training and Certification sent you a badge', at: '2026-01-21 15:30:12', enc: 'utf8qp',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer – Associate

Accept your badge: https://www.credly.com/badges/7c03e2aa-51f0-4b8e-9d6f-0b44a9e1c2d7/accept

Credly — 13809 Research Blvd, Suite 500, Austin, TX 78750`,
    html: htmlDoc(`<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Developer – Associate</b></p><p><a href="https://www.credly.com/badges/7c03e2aa-51f0-4b8e-9d6f-0b44a9e1c2d7/accept" style="background:#ff6b00;color:#fff;padding:10px 16px">Accept your badge</a></p>`, 'en'),
  }),
  M({
    slug: 'en-badge-credly-two-new', kind: 'badges_transferred', lang: 'en',
    note: 'Credly: two AWS badges waiting on the kept account (HTML only)',
    from: CREDLY_AWS, to: fName, subject: 'You have 2 new badges from Amazon Web Services Training and Certification', at: '2026-02-21 09:14:55', enc: 'ascii7',
    html: htmlDoc(`<table width="600" align="center"><tr><td>
<h2>You have 2 new badges</h2>
<p>AWS Certified Cloud Practitioner<br>AWS Certified Solutions Architect &ndash; Associate</p>
<p>Issued by Amazon Web Services Training and Certification to ${F.keep}</p>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>
</td></tr></table>`, 'en'),
  }),
  M({
    slug: 'en-badge-support-moved-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.menon,
    note: 'support says the Credly badges moved to the kept account and closes the case',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-10 06:33:21', enc: 'ascii7',
    text: `Hello Ravi,

Following up on your note about Credly: your badges have now been moved to ${R.keep}. You should
see them on your Credly dashboard. Since everything is in place, we'll close this case.

Regards,
Marcus

${gmailEn('2026-03-08 20:01', rName)}
> The certs show up now, but my Credly badges are still on the old corporate address.`,
  }),
  M({
    slug: 'en-badge-credly-reissued', kind: 'badges_transferred', lang: 'en',
    note: 'Credly notice that an AWS badge was reissued to the kept address',
    from: CREDLY_AWS, to: wName, subject: 'Your badge has been reissued', at: '2026-03-03 17:45:09', enc: 'ascii7',
    text: `Hello Tomasz,

Amazon Web Services Training and Certification has reissued your badge
"AWS Certified SysOps Administrator - Associate" to ${W.keep}.

Claim it: https://www.credly.com/badges/a1d5f7c2-3e90-4c11-8f2b-5a6b7c8d9e0f/accept`,
    html: htmlDoc(`<p>Hello Tomasz,</p><p>Amazon Web Services Training and Certification has reissued your badge <b>AWS Certified SysOps Administrator - Associate</b> to ${W.keep}.</p><p><a href="https://www.credly.com/badges/a1d5f7c2-3e90-4c11-8f2b-5a6b7c8d9e0f/accept">Claim it</a></p>`, 'en'),
  }),
  M({
    slug: 'en-badge-support-transferred-lf', kind: 'badges_transferred', lang: 'en', caseId: CASE.okafor, crlf: false,
    note: 'support reports the badges are transferred; user to accept on Credly; LF line ends',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-21 14:58:37', enc: 'ascii7',
    text: `Hi Dan,

Quick update: the backend team has transferred your Credly badges to the merged account.
You'll get an email from Credly for each one; accept them there and they'll show on your profile.

Priscilla`,
  }),
  M({
    slug: 'en-badge-credly-to-colleague', kind: 'badges_transferred', lang: 'en', forUser: false,
    note: 'AWS Credly badge mail addressed to a colleague, not the user',
    from: CREDLY_AWS, to: 'Mark Weber <mark.weber@uni.example.edu>', subject: 'Amazon Web Services Training and Certification sent you a badge', at: '2026-02-21 11:02:30', enc: 'ascii7',
    text: `Hi Mark,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Cloud Practitioner

Accept your badge: https://www.credly.com/badges/0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b/accept`,
  }),
  M({
    slug: 'en-badge-lookalike-subdomain', kind: 'badges_transferred', lang: 'en', trusted: false,
    note: 'Credly-style badge mail from admin@credly.com.badges-mail.net (look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badges-mail.net>', to: oName, subject: 'Accept your badge from Amazon Web Services', at: '2026-01-22 03:10:00', enc: 'ascii7',
    text: `Your AWS badges have been moved to your new account.
Accept your badge: https://credly.com.badges-mail.net/accept`,
  }),
];

const closed: Msg[] = [
  M({
    slug: 'en-closed-resolved-notify', kind: 'case_closed', lang: 'en', caseId: CASE.okafor,
    note: 'AWS Support: the case has been resolved',
    from: AWS_NOTIFY, to: oName, subject: `Your AWS Support case ${CASE.okafor} has been resolved`, at: '2026-01-28 00:00:52', enc: 'ascii7',
    text: `Hello,

Case ${CASE.okafor} (account-assistance) has been resolved.
If you need more help, you can reopen the case from the Support Center.

Amazon Web Services`,
  }),
  M({
    slug: 'en-closed-auto-close-3-days', kind: 'case_closed', lang: 'en', caseId: CASE.fischer,
    note: 'reminder: will be closed automatically in 3 days unless she replies',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-27 08:00:00', enc: 'utf8qp',
    text: `Hi Lena,

We haven’t heard back from you. This case will be closed automatically in 3 days unless you reply.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.menon, trap: true,
    note: 'closure that only restates the merge done last week',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-14 04:02:10', enc: 'ascii7',
    text: `Hello Ravi,

As your accounts were merged last week and we haven't heard from you since, we are closing
this case now. Thanks for contacting AWS Training and Certification.

Marcus`,
  }),
  M({
    slug: 'en-closed-html-status', kind: 'case_closed', lang: 'en', caseId: CASE.nowak,
    note: 'HTML-only status notice: case closed',
    from: AWS_NOTIFY, to: wName, subject: 'Case status update', at: '2026-03-10 00:30:00', enc: 'ascii7',
    html: htmlDoc(`<p>Hello,</p><table cellpadding="4"><tr><td>Case</td><td>${CASE.nowak}</td></tr><tr><td>Subject</td><td>account-assistance</td></tr><tr><td>Status</td><td><b>Closed</b></td></tr></table><p>This case is closed. Need more help? Open a new case from the Support Center.</p>`, 'en'),
  }),
  M({
    slug: 'en-closed-duplicate-merged-into-original', kind: 'case_closed', lang: 'en', caseId: CASE.okaforDup, trap: true,
    note: 'duplicate case closed and "merged" with the original case; not the account merge',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okaforDup), at: '2026-01-11 09:10:44', enc: 'utf8qp',
    text: `Hi Daniel,

It looks like this is a duplicate of the case you opened on January 8th, so we’ve merged it with your original request and closed this one. An agent will continue on the original case.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-closed-resent-uni', kind: 'case_closed', lang: 'en', caseId: CASE.fischer, forUser: false,
    note: 'closure notice redirected by the university mail system (Resent-*)',
    from: AWS_NOTIFY, to: `${F.en} <${F.src}>`, subject: `Your AWS Support case ${CASE.fischer} has been resolved`, at: '2026-03-02 00:00:30', enc: 'ascii7',
    resent: { from: 'mailer@uni.example.edu', to: 'alumni-forward@uni.example.edu', date: 'Mon, 2 Mar 2026 01:00:51 +0100' },
    text: `Case ${CASE.fischer} has been resolved. You can reopen it from the Support Center.`,
  }),
  M({
    slug: 'en-closed-no-auth-results', kind: 'case_closed', lang: 'en', caseId: CASE.nowak, trusted: false, auth: 'none',
    note: 'closure notice without any Authentication-Results: untrusted',
    from: SUPPORT, to: wName, subject: formSubject(CASE.nowak), at: '2026-03-09 22:15:00', enc: 'ascii7',
    text: `Hello Tomasz,

We're closing this case as resolved. Reply within 14 days to reopen it.

AWS Training and Certification`,
  }),
];

const support: Msg[] = [
  M({
    slug: 'en-sr-thanks-for-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'thanks for confirming, submitted to the team; not merged yet',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-16 11:20:09', enc: 'ascii7',
    text: `Hi Daniel,

Thank you for confirming. I've passed the request to our accounts team; it usually takes
3-5 business days. I'll update you here.

Priscilla`,
  }),
  M({
    slug: 'en-sr-not-completed-yet', kind: 'support_reply', lang: 'en', caseId: CASE.fischer, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-19 16:40:27', enc: 'utf8qp',
    text: `Hi Lena,

Sorry for the wait. The merge hasn’t been completed yet — the request is still with our backend team. I’ve nudged them and will let you know as soon as I hear back.

Jonas`,
  }),
  M({
    slug: 'en-sr-unable-to-merge', kind: 'support_reply', lang: 'en', caseId: CASE.menon, trap: true,
    note: 'we are unable to merge right now (pending exam result); nothing asked',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-04 09:30:00', enc: 'ascii7',
    text: `Hello Ravi,

Unfortunately we're unable to merge the accounts at the moment: ${R.srcId} has an exam result
that is still being processed. Once the result is final we can pick this up again on this case.

Marcus`,
  }),
  M({
    slug: 'en-sr-write-from-keep-only', kind: 'support_reply', lang: 'en', caseId: CASE.nowak, trap: true,
    note: '"write to us from the address you keep" without asking for any data',
    from: SUPPORT, to: `${W.en} <${W.src}>`, subject: formSubject(CASE.nowak), at: '2026-02-23 16:03:41', enc: 'ascii7',
    text: `Hi Tomasz,

Thanks for reaching out. Could you please write to us from the address you keep (the account
that should remain after the merge)? We'll carry on from there.

Aisha`,
  }),
  M({
    slug: 'en-sr-merged-duplicate-cases', kind: 'support_reply', lang: 'en', caseId: CASE.okafor, trap: true,
    note: '"merged your duplicate cases" is about cases, not the accounts; case stays open',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-11 09:12:05', enc: 'ascii7',
    text: `Hi Daniel,

Heads-up: we merged your duplicate cases into this one, so please keep replying here.
Your account request is still in progress.

Priscilla`,
  }),
  M({
    slug: 'en-sr-escalated-eta', kind: 'support_reply', lang: 'en', caseId: CASE.fischer,
    note: 'escalation notice with an expected time frame',
    from: SUPPORT, to: fName, subject: formSubject(CASE.fischer), at: '2026-02-18 15:22:10', enc: 'ascii7',
    text: `Hi Lena,

I've escalated your case to our specialst team. They typically respond within 2-3 business days.
No action is needed from you in the meantime.

Jonas`,
  }),
  M({
    slug: 'en-sr-voucher-answer', kind: 'support_reply', lang: 'en', caseId: CASE.menon,
    note: 'answers a question about the exam discount voucher',
    from: SUPPORT, to: rName, subject: formSubject(CASE.menon), at: '2026-03-09 05:14:33', enc: 'utf8b64',
    text: `Hello Ravi,

Good question. Your 50% discount benefit stays valid until its original expiry date; you’ll find it under Benefits when you sign in. It can be used once, for any AWS Certification exam.

Marcus`,
  }),
  M({
    slug: 'en-sr-once-done-will-update', kind: 'support_reply', lang: 'en', caseId: CASE.nowak, trap: true,
    note: 'future: once the merge is done, he will be updated; status only',
    from: SUPPORT, to: wName, subject: formSubject(CASE.nowak), at: '2026-02-27 12:48:20', enc: 'ascii7',
    text: `Hi Tomasz,

Thanks for your approval. Once the merge is done I'll update you on this thread - it's in the
queue now.

Aisha`,
  }),
  M({
    slug: 'en-sr-badges-not-moved-yet', kind: 'support_reply', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'badges have not moved yet; request raised with the badge team',
    from: SUPPORT, to: oName, subject: formSubject(CASE.okafor), at: '2026-01-20 18:01:55', enc: 'utf8qp',
    text: `Hi Dan,

You’re right, the Credly badges haven’t followed the merge yet. I’ve raised it with the team that manages badges and will get back to you once they’ve had a look.

Priscilla`,
  }),
];

const unrelated: Msg[] = [
  M({
    slug: 'en-un-survey-resolved', kind: 'unrelated', lang: 'en', caseId: CASE.fischer, trap: true,
    note: 'survey asking whether the issue was resolved',
    from: AWS_NOTIFY, to: fName, subject: 'How did we do? Tell us about your recent support experience', at: '2026-03-02 10:00:00', enc: 'ascii7',
    text: `Hello Lena,

Your case ${CASE.fischer} was recently resolved. Was your issue resolved?

  Yes: https://survey.aws.example/r?c=${CASE.fischer}&a=1
  No:  https://survey.aws.example/r?c=${CASE.fischer}&a=0

It takes less than a minute.`,
    html: htmlDoc(`<p>Hello Lena,</p><p>Your case ${CASE.fischer} was recently resolved. <b>Was your issue resolved?</b></p><p><a href="https://survey.aws.example/r?c=${CASE.fischer}&amp;a=1">Yes</a> &nbsp; <a href="https://survey.aws.example/r?c=${CASE.fischer}&amp;a=0">No</a></p>`, 'en'),
  }),
  M({
    slug: 'en-un-hashicorp-via-credly', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: rName, subject: 'HashiCorp sent you a badge', at: '2026-03-11 16:20:44', enc: 'ascii7',
    text: `Hi Ravi,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/badges/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/accept`,
  }),
  M({
    slug: 'en-un-credly-merge-code', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own account-merge verification mail',
    from: 'Credly <admin@credly.com>', to: oName, subject: 'Complete your Credly account merge', at: '2026-01-22 19:40:02', enc: 'ascii7',
    text: `Someone asked to merge this Credly account into another one.

Your verification code: 730 418
Or click "Complete Account Merge": https://www.credly.com/users/merge/confirm

If this wasn't you, ignore this email.`,
  }),
  M({
    slug: 'en-un-pearson-appointment', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'test vendor appointment confirmation',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: wName, subject: 'Appointment confirmation: AWS Certified Developer - Associate', at: '2026-02-12 14:00:00', enc: 'ascii7',
    text: `Dear Tomasz Nowak,

This confirms your appointment for DVA-C02 on March 15, 2026 at 09:00 CET (OnVUE online).
Candidate ID: ${W.keepId}

Please review the ID requirements before exam day.`,
  }),
  M({
    slug: 'en-un-marketing-merge-skills', kind: 'unrelated', lang: 'en', trap: true,
    note: 'training marketing newsletter using "merge"/"complete" wording',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: oName, subject: 'Merge your skills: complete a learning path this month', at: '2026-02-03 17:00:00', enc: 'utf8qp',
    text: `Ready to level up?

Merge your cloud and AI skills with our new learning paths. Complete any path in February and earn a digital badge to share on LinkedIn.

Browse paths → https://skillbuilder.aws/

You’re receiving this because you subscribed to AWS Training and Certification news. Unsubscribe: https://pages.awscloud.com/unsub`,
  }),
  M({
    slug: 'en-un-exam-result-certified', kind: 'unrelated', lang: 'en', trap: true,
    note: 'exam result / congratulations mail; mentions a badge to come',
    from: PORTAL, to: wName, subject: "Congratulations, you're AWS Certified!", at: '2026-03-16 08:02:11', enc: 'ascii7',
    text: `Congratulations, Tomasz!

You passed the AWS Certified Developer - Associate exam. Your certificate is available in your
AWS Certification account, and Credly will email you about your digital badge within a few days.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-un-agent-out-of-office', kind: 'unrelated', lang: 'en', caseId: CASE.okafor,
    note: 'an agent\'s out-of-office auto-reply',
    from: 'Priscilla Ramos <prramos@amazon.com>', to: oName, subject: 'Automatic reply: ' + formSubject(CASE.okafor), at: '2026-01-23 09:00:04', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I am out of the office until January 28 with limited access to email.
Your message has been received; a colleague will follow up on open cases.`,
  }),
  M({
    slug: 'en-un-own-forward-to-colleague', kind: 'unrelated', lang: 'en', caseId: CASE.menon, trusted: false, forUser: false, trap: true,
    note: 'the user forwarding the completion notice to a colleague (own sent mail, not delivered to him)',
    from: rName, to: 'Priya Shah <priya.shah@corp.example.com>', subject: 'Fwd: ' + formSubject(CASE.menon), at: '2026-03-07 10:30:00', tz: '+0530', enc: 'ascii7',
    relay: 'mail.example.in', deliveredTo: null,
    text: `Priya - FYI, the merge went through, so you can update the partner portal with my personal ID.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Sat, Mar 7, 2026 at 9:21 AM
Subject: ${formSubject(CASE.menon)}
To: ${rName}

The consolidation of ${R.srcId} into ${R.keepId} went through this morning.`,
  }),
  M({
    slug: 'en-un-team-list-reinvent', kind: 'unrelated', lang: 'en', forUser: false, trap: true,
    note: 'event mail to a team list; "your seat is confirmed" wording; not for the user',
    from: 'AWS Events <aws-events@amazon.com>', to: 'cloud-team@corp.example.com', subject: 'Your seat is confirmed: AWS Certification Day', at: '2026-03-01 18:00:00', enc: 'ascii7',
    text: `Hello team,

Your seat is confirmed for AWS Certification Day on April 9. Bring a photo ID.

AWS Events`,
  }),
  M({
    slug: 'en-un-microsoft-learn-merged', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'another vendor (Microsoft Learn) says profiles were merged; not the AWS case',
    from: 'Microsoft Learn <learn@microsoft.com>', to: fName, subject: 'Your Microsoft Learn profiles have been merged', at: '2026-02-25 12:00:00', enc: 'ascii7',
    text: `Hi Lena,

Your two Microsoft Learn profiles have been merged. Your achievements and transcripts now appear
under ${F.keep}.

Microsoft Learn`,
  }),
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...support, ...unrelated];

void FISCHER_REQ;
