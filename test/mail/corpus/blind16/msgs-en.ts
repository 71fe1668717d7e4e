// Set o, English messages. Offshore support agents writing non-native English ("kindly do the
// needful", "we would be requiring", "revert back"), typos, plus portal/Credly templates.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, JAKUB, LINDIWE, LINDIWE_REQ, PORTAL, RAVI, RAVI_REQ, SIDDHARTH, SUPPORT, SUPPORT_ADDR, TOMASZ, TOMASZ_REQ,
  esc, formSubject, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sfBlock, sfRef,
} from './common.js';

const IST = '+0530';
const CET = '+0100';
const SAST = '+0200';

// ---------------------------------------------------------------- acknowledgement
const ack: Msg[] = [
  mk({
    slug: 'en-ack-form-receipt', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.ravi,
    note: 'automatic receipt of the form case, ID in the subject',
    from: SUPPORT, to: `${RAVI.name} <${RAVI.keep}>`, subject: `[CASE ${CASE.ravi}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-01-26 04:10:33', '+0000'), enc: 'ascii7',
    text: `Hello,

Thank you for reaching out to AWS Training and Certification. Your request is now registered under case ${CASE.ravi}.

A member of our team will respond within 24 business hours. Please do not raise a new case for the same query, it will only delay the response.

You can add more details by replying to this email.

AWS Training and Certification Customer Service
${sfRef('0Rv93kQ')}`,
  }),
  mk({
    slug: 'en-ack-aws-notify-html', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.tomasz,
    note: 'AWS Support "case created" notification, multipart/alternative',
    from: AWS_NOTIFY, to: TOMASZ.keep, subject: `AWS Support: New case ${CASE.tomasz} created`, date: rfcDate('2026-02-02 13:44:09', '+0000'), enc: 'utf8qp',
    text: `We opened a support case for you.

Case ID: ${CASE.tomasz}
Subject: Two certification accounts - please combine
Service: AWS Training and Certification

We'll notify you by email when there is an update. You can also view the case in the Support Center.

Amazon Web Services`,
    html: htmlDoc(`<h3>We opened a support case for you.</h3>
<table><tr><td>Case ID</td><td><b>${CASE.tomasz}</b></td></tr>
<tr><td>Subject</td><td>Two certification accounts - please combine</td></tr>
<tr><td>Service</td><td>AWS Training and Certification</td></tr></table>
<p>We'll notify you by email when there is an update.</p>
<p>Amazon Web Services</p>`, 'en'),
  }),
  mk({
    slug: 'en-ack-confirmation-of-receipt', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.lindiwe, trap: true,
    note: 'receipt titled "confirmation of receipt" that echoes the merge request; only acknowledges',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-10 07:27:50', '+0000'), enc: 'ascii7',
    text: `Dear Customer,

This is a confirmation of receipt for your case ${CASE.lindiwe}. Below is the copy of what you have submitted:

Inquiry type: AWS Training and Certification
Issue: Account merge
${LINDIWE_REQ}

Our agent will get back to you shortly. No action is required from your end at this moment.

Regards,
AWS T&C Customer Service`,
  }),
  mk({
    slug: 'en-ack-lookalike-amazon-cases', kind: 'acknowledgement', lang: 'en', trusted: false, caseId: CASE.fake3,
    note: 'receipt-shaped mail from a look-alike domain (amazon-cases.com)',
    from: 'AWS Support <cases@amazon-cases.com>', to: RAVI.keep, subject: `[CASE ${CASE.fake3}] We have received your request`, date: rfcDate('2026-01-26 10:00:00', IST), enc: 'ascii7',
    text: `Hello Ravi,

We have received your request and opened case ${CASE.fake3}.
To speed up the process please verify your identity at https://amazon-cases.com/verify

AWS Support`,
  }),
  mk({
    slug: 'en-ack-id-body-b64', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.ravi2,
    note: 'receipt whose subject has no case tag; ID only in the body; UTF-8 base64',
    from: SUPPORT, to: RAVI.keep, subject: 'We received your message', date: rfcDate('2026-02-04 02:02:02', '+0000'), enc: 'utf8b64',
    text: `Hi there,

Thanks for writing in. We’ve logged your message as case #${CASE.ravi2} and someone from the team will pick it up within one business day.

Please keep the case number handy — reply on this thread rather than opening a fresh one.

AWS Training & Certification`,
  }),
  mk({
    slug: 'en-ack-html-only-x-original-to', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.lindiwe2, forUser: true,
    note: 'HTML-only receipt to undisclosed recipients, delivered via X-Original-To (the user is there); aligned dkim only',
    from: SUPPORT, to: 'undisclosed-recipients:;', rcpt: LINDIWE.src, deliveredTo: null, extra: [`X-Original-To: ${LINDIWE.src}`], auth: 'dkimonly',
    subject: formSubject(CASE.lindiwe2), date: rfcDate('2026-02-11 15:15:15', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello,</p>
<p>Your request has been received. Reference: <b>CASE ${CASE.lindiwe2}</b>.</p>
<p>Typical first response time: 24 hours.</p>
<p>AWS Training and Certification</p>`, 'en'),
  }),
];

// ---------------------------------------------------------------- ai_answer
const ai: Msg[] = [
  mk({
    slug: 'en-ai-generated-tool', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null,
    note: 'AI-generated suggestion to use the Merge Accounts tool',
    from: AWS_NOTIFY, to: RAVI.keep, subject: 'Your answer from AWS Support (AI-generated)', date: rfcDate('2026-01-26 03:55:00', '+0000'), enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

If you have more than one AWS Certification account, sign in to the account you want to keep and open Profile > Merge Accounts. Enter the sign-in details of the other account and follow the prompts.

If both accounts already hold certifications, the tool may send you to customer support. In that case choose "Create case".

Was this helpful? Yes | No`,
  }),
  mk({
    slug: 'en-ai-after-merge-claim-badges', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'automated answer explaining that after a merge the certs move and badges should be claimed',
    from: AWS_NOTIFY, to: TOMASZ.keep, subject: 'Suggested answer: merging certification accounts', date: rfcDate('2026-02-02 13:30:12', '+0000'), enc: 'utf8qp',
    text: `Suggested answer (automated)

Once your accounts are merged, all certifications, exam history and benefits from the secondary account are shown in the primary account. Your Credly badges are not moved automatically — claim them on Credly with the primary account's email after the merge is completed.

A merge cannot be reversed, so decide which account you keep before you start.

Still need help? Create a case.`,
  }),
  mk({
    slug: 'en-ai-amazon-q-html', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null,
    note: 'HTML-only "Amazon Q" answer suggesting the self-service tool',
    from: AWS_NOTIFY, to: LINDIWE.keep, subject: 'Amazon Q answered your question', date: rfcDate('2026-02-10 07:01:44', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<div style="background:#f2f3f3;padding:10px"><b>Amazon Q</b> &middot; generative AI</div>
<p>You can combine two AWS Certification accounts yourself with the <b>Merge Accounts</b> tool in your certification profile. You will need the email and password of the account that will be merged.</p>
<p>If the tool tells you to contact support, select <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a>.</p>`, 'en'),
  }),
  mk({
    slug: 'en-ai-foreign-top', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null, auth: 'foreignTop',
    note: 'AI-answer-shaped mail whose topmost verdict is from a foreign filter (gw-filter.corp-relay.example), none from mx.test.example',
    from: AWS_NOTIFY, to: RAVI.src, subject: 'AI assistant: merge your accounts', date: rfcDate('2026-01-27 09:00:00', '+0000'), enc: 'ascii7',
    text: `Generated by AI.

To merge your certification accounts, sign in with both accounts at https://aws-merge-helper.example.com and the merge will run automatically.`,
  }),
  mk({
    slug: 'en-ai-suggested-articles-lf', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, crlf: false,
    note: 'automated suggested-articles mail (LF line ends)',
    from: AWS_NOTIFY, to: TOMASZ.src, subject: 'Articles that may help before you contact us', date: rfcDate('2026-02-01 20:20:20', '+0000'), enc: 'ascii7',
    text: `Based on what you typed ("two certification accounts"), these may answer your question:

* How do I merge two AWS Certification accounts? - use Merge Accounts under your profile.
* I cannot sign in to my old account - reset the password from the sign-in page.
* My badge is missing on Credly - check which email address the badge was issued to.

These suggestions are generated automatically. If none of them helps, continue to create a case.`,
  }),
  mk({
    slug: 'en-ai-bot-in-case-thread', kind: 'ai_answer', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'automated bot answer posted on the case thread before an agent picks it up',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-10 07:29:03', '+0000'), enc: 'utf8qp',
    text: `[Automated response - Virtual Assistant]

While you wait for an agent: many account-merge requests can be solved with the Merge Accounts tool (Certification profile → Merge Accounts). If both accounts hold certifications, an agent will handle case ${CASE.lindiwe} in the order it was received.

This message was generated automatically.`,
  }),
];

// ---------------------------------------------------------------- info_request
const info: Msg[] = [
  mk({
    slug: 'en-info-kindly-do-needful', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.ravi,
    note: 'agent asks for candidate IDs, emails and the account to retain ("kindly do the needful")',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-01-27 06:12:40', '+0000'), enc: 'ascii7',
    text: `Dear Ravi,

Greetings from AWS Training and Certification!

For processing of your account merging request, kindly provide the below details:

a) Candidate ID of both the accounts
b) Registered email ID of both the accounts
c) Which account you are wanting to retain as primary

Kindly do the needful at the earliest so that we can proceed further.

Thanks & Regards,
Karthik
AWS Training and Certification Customer Service

${sfBlock(`${RAVI.name} <${RAVI.keep}>`, '1/26/2026 4:09 AM', SUPPORT_ADDR, 'account merge', RAVI_REQ)}`,
  }),
  mk({
    slug: 'en-info-would-be-requiring-gmail', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.tomasz,
    note: '"we would be requiring" candidate IDs; Gmail quote of the request below',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-03 09:41:18', '+0000'), enc: 'utf8qp',
    text: `Hello Tomasz,

Thanks for the contact. We would be requiring the candidate IDs (starting with "AWS") of both account for to proceed with your request, as the emails alone is not sufficient for the verification.

Awaiting for your revert.

Best Regards,
Jomar D.
AWS Training and Certification

${gmailEn(2026, 2, 2, 14, 40, `${TOMASZ.name} <${TOMASZ.keep}>`)}
${quote(TOMASZ_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirm-which-email', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.lindiwe, trap: true,
    note: '"please confirm the email you wish to retain" asks for information, not consent',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-11 05:50:05', '+0000'), enc: 'ascii7',
    text: `Dear Lindiwe,

Thank you for the details. Before we go ahead, could you please confirm the email address that you wish to retain for sign in? In your form you have mentioned the personal one, however the case was raised from the consulting mailbox.

Regards,
Anusha`,
  }),
  mk({
    slug: 'en-info-phish-subdomain', kind: 'info_request', lang: 'en', trusted: false, caseId: CASE.ravi,
    note: 'asks for passwords from amazon.com.support-desk.net (look-alike subdomain)',
    from: 'AWS Training and Certification <form@amazon.com.support-desk.net>', to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-01-28 11:30:00', IST), enc: 'ascii7',
    text: `Dear Customer,

To complete the verification kindly share the password of both certification accounts and the OTP received on your phone.

Regards,
Support Team`,
  }),
  mk({
    slug: 'en-info-original-message-typos', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.ravi2,
    note: 'typo-laden request for the exam history screenshot; -----Original Message----- quote',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-05 08:18:27', '+0000'), enc: 'ascii7',
    text: `Hi Ravi,

Thnaks for the revert. Can you plesae share the screen shot of "Exam History" page from the old acount (${RAVI.srcId})? The candidate id should be visibe in the screenshot.

Regards
Sandeep

-----Original Message-----
From: ${RAVI.name} <${RAVI.keep}>
Sent: Wednesday, February 4, 2026 9:15 PM
To: ${SUPPORT_ADDR}
Subject: RE: [CASE ${CASE.ravi2}]

Hi, the IDs are ${RAVI.keepId} (keep) and ${RAVI.srcId} (old). Thanks.`,
  }),
  mk({
    slug: 'en-info-html-only-list', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.tomasz,
    note: 'HTML-only reply listing what is still missing',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-04 04:04:04', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Tomasz,</p>
<p>Thank you for sending the IDs. Few more things are missing from our side:</p>
<ul><li>the full name as it appears on each account</li><li>the country of residence saved in both profiles</li></ul>
<p>Once received we can move on.</p>
<p>Regards,<br>Mei Ling<br>AWS Training and Certification</p>`, 'en'),
  }),
  mk({
    slug: 'en-info-write-from-keep-with-id', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'write from the kept address AND include the candidate ID: information request; Outlook quote',
    from: SUPPORT, to: LINDIWE.src, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-12 06:36:00', '+0000'), enc: 'utf8qp',
    text: `Hi Lindiwe,

As per our policy we are needing the request from the email registered on the account you keep. Request you to reply from ${LINDIWE.keep} and mention the candidate ID of that account in the body.

Regards,
Anusha

${outlookEn(2026, 2, 11, 10, 2, `${LINDIWE.name} <${LINDIWE.src}>`, SUPPORT_ADDR, `RE: [CASE ${CASE.lindiwe}]`)}

The personal one please. Thanks.`,
  }),
];

// ---------------------------------------------------------------- confirmation_request
const conf: Msg[] = [
  mk({
    slug: 'en-conf-kindly-revert-consent', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.ravi,
    note: 'asks the customer to revert with consent; merge is irreversible',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-01-29 05:05:31', '+0000'), enc: 'ascii7',
    text: `Dear Ravi,

We have verified the details shared by you.

Primary (to retain): ${RAVI.keepId} - ${RAVI.keep}
Secondary (to be merged): ${RAVI.srcId} - ${RAVI.src}

Please be informed that once merged the accounts can not be separated again. Kindly revert back with your consent for proceeding with the merge.

Thanks & Regards,
Karthik`,
  }),
  mk({
    slug: 'en-conf-yes-proceed-qp', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.tomasz,
    note: 'requests a "Yes, proceed" reply to authorise the irreversible merge',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-05 10:10:44', '+0000'), enc: 'utf8qp',
    text: `Hello Tomasz,

All good from the verification side. We request you to reply with "Yes, proceed" so we get your authorisation for merging ${TOMASZ.srcId} into ${TOMASZ.keepId}.

Note – this action is permanent and the secondary login will stop working.

Best Regards,
Jomar D.`,
  }),
  mk({
    slug: 'en-conf-html-table', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'consent request with an account table, multipart/alternative',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-13 08:00:00', '+0000'), enc: 'utf8b64',
    text: `Hi Lindiwe,

Kept account: ${LINDIWE.keepId} (${LINDIWE.keep})
Merged account: ${LINDIWE.srcId} (${LINDIWE.src})

If the above is correct, simply reply "I agree" and we will take it forward. Merges cannot be undone.

Anusha`,
    html: htmlDoc(`<p>Hi Lindiwe,</p>
<table border="1" cellpadding="3"><tr><td>Kept account</td><td>${LINDIWE.keepId} (${esc(LINDIWE.keep)})</td></tr>
<tr><td>Merged account</td><td>${LINDIWE.srcId} (${esc(LINDIWE.src)})</td></tr></table>
<p>If the above is correct, simply reply &quot;I agree&quot; and we will take it forward. Merges cannot be undone.</p>
<p>Anusha</p>`, 'en'),
  }),
  mk({
    slug: 'en-conf-dmarc-fail', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: CASE.tomasz, auth: 'fail',
    note: 'consent request with dmarc=fail for amazon.com on top',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-05 12:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

Please approve the merge of your accounts by clicking https://aws-approve.example.org/${CASE.tomasz} within 12 hours.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-long-sf-thread', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.ravi2,
    note: 'top-posted consent request over a long Salesforce-style thread (older turns ask for IDs/screenshot)',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-06 03:33:21', '+0000'), enc: 'utf8qp',
    text: `Hi Ravi,

Screenshot received, thank you. Before we action, we want your go-ahead: shall we merge ${RAVI.srcId} into ${RAVI.keepId}? It is not possible to reverse this later.

Regards
Sandeep

${sfBlock(`${RAVI.name} <${RAVI.keep}>`, '2/5/2026 6:01 PM', SUPPORT_ADDR, `RE: [CASE ${CASE.ravi2}]`, `Attached the screenshot.

${sfBlock(`AWS Training and Certification <${SUPPORT_ADDR}>`, '2/5/2026 8:18 AM', RAVI.keep, `RE: [CASE ${CASE.ravi2}]`, `Can you plesae share the screen shot of "Exam History" page from the old acount?`)}`)}`,
  }),
  mk({
    slug: 'en-conf-id-body-only', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'consent asked in a sentence without a request word; subject lost the tag, ID in the body',
    from: SUPPORT, to: LINDIWE.keep, subject: 'Re: Account combine', date: rfcDate('2026-02-14 06:45:12', '+0000'), enc: 'ascii7',
    text: `Hi Lindiwe,

Regarding case ${CASE.lindiwe}: a short "go ahead" from you on this thread is all we are waiting for to combine the consulting profile into the personal one. After that there is no way back to two separate profiles.

Mei Ling`,
  }),
  mk({
    slug: 'en-conf-resent-from-work', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: false, caseId: CASE.tomasz,
    note: 'consent request that reached the work mailbox and was redirected (Resent-*)',
    from: SUPPORT, to: TOMASZ.src, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-05 10:12:00', '+0000'), enc: 'ascii7',
    resent: { from: 'it-helpdesk@work.example.eu', to: TOMASZ.keep, date: rfcDate('2026-02-05 11:30:00', CET) },
    text: `Hello Tomasz,

Kindly confirm by reply that you agree for the merge of the two accounts. This can not be reverted.

Jomar D.`,
  }),
];

// ---------------------------------------------------------------- merge_completed
const mc: Msg[] = [
  mk({
    slug: 'en-mc-done-successfully', kind: 'merge_completed', lang: 'en', trusted: true, caseId: CASE.ravi,
    note: 'agent: merge has been done successfully',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-01-30 10:20:30', '+0000'), enc: 'ascii7',
    text: `Dear Ravi,

Good news! The merging of your accounts has been done successfully. All the certifications from ${RAVI.srcId} are now reflecting in ${RAVI.keepId}.

Thanks & Regards,
Karthik

${gmailEn(2026, 1, 29, 22, 5, `${RAVI.name} <${RAVI.keep}>`)}
${quote('Yes I agree, please merge.')}`,
  }),
  mk({
    slug: 'en-mc-portal-html', kind: 'merge_completed', lang: 'en', trusted: true, caseId: null,
    note: 'certification portal notice that the accounts have been merged, HTML-only; subdomain From with dkim aligned to amazon.com',
    auth: 'dkimParent', from: 'AWS Certification <no-reply@certification.aws.amazon.com>', to: TOMASZ.keep, subject: 'Your AWS Certification accounts have been merged', date: rfcDate('2026-02-06 17:00:00', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<table width="600"><tr><td style="background:#232f3e;color:#fff;padding:8px">AWS Certification</td></tr>
<tr><td><p>Hello ${esc(TOMASZ.name)},</p>
<p>The account <b>${TOMASZ.srcId}</b> has been merged into <b>${TOMASZ.keepId}</b>. Your certifications and exam history are now available under one login.</p>
<p>This is an automated message. Please do not reply.</p></td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'en-mc-and-closing', kind: 'merge_completed', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'merge done and the case will now be closed (new fact: merge)',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-16 09:09:59', '+0000'), enc: 'utf8qp',
    text: `Hi Lindiwe,

Your two profiles are now combined into ${LINDIWE.keepId}; the Security – Specialty certification is showing there along with the Cloud Practitioner.

Since this completes your request, we are proceeding to close the case from our end.

Warm regards,
Anusha`,
  }),
  mk({
    slug: 'en-mc-lookalike-authserv', kind: 'merge_completed', lang: 'en', trusted: false, caseId: CASE.ravi2, auth: 'lookalikeServer',
    note: 'completion notice whose top verdict comes from mx.test.example.<other> (look-alike authserv-id)',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-07 02:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

The merge is complete. Download your updated certificate here: https://aws-cert.example-download.net/${CASE.ravi2}

AWS T&C`,
  }),
  mk({
    slug: 'en-mc-kindly-check-not-correct', kind: 'merge_completed', lang: 'en', trusted: true, caseId: CASE.ravi2,
    note: 'merge completed; "kindly check and let us know if anything is looking not correct" stays merge_completed',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-07 07:40:16', '+0000'), enc: 'ascii7',
    text: `Hi Ravi,

We have merged the old acount into ${RAVI.keepId} as per your approval. Kindly check the certification and benefits tab and let us know if anything is looking not correct.

Regards
Sandeep`,
  }),
  mk({
    slug: 'en-mc-certmetrics-sender', kind: 'merge_completed', lang: 'en', trusted: false, caseId: null,
    note: 'portal-template completion notice from certmetrics.com (outside the trusted domains)',
    from: 'AWS Certification <do-not-reply@certmetrics.com>', to: LINDIWE.keep, subject: 'Account merge processed', date: rfcDate('2026-02-16 09:30:00', '+0000'), enc: 'ascii7',
    text: `ACCOUNT MERGE PROCESSED
-----------------------
Primary candidate:   ${LINDIWE.keepId}
Merged candidate:    ${LINDIWE.srcId}
Status:              COMPLETE

Sign in with your primary credentials to view your credentials.`,
  }),
  mk({
    slug: 'en-mc-to-colleague', kind: 'merge_completed', lang: 'en', trusted: true, forUser: false, caseId: CASE.sid,
    note: "completion notice for a colleague's case, addressed and delivered to him only",
    from: SUPPORT, to: `${SIDDHARTH.name} <${SIDDHARTH.addr}>`, subject: formSubject(CASE.sid), date: rfcDate('2026-02-12 12:12:12', '+0000'), enc: 'ascii7',
    text: `Dear Siddharth,

The account merge is completed. Your certifications are now under one candidate ID.

Thanks & Regards,
Karthik`,
  }),
];

// ---------------------------------------------------------------- badges_transferred
const credlyEnHtml = (name: string, badge: string): string =>
  htmlDoc(`<div style="max-width:560px;margin:auto">
<p>Congratulations, ${esc(name)}!</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>${esc(badge)}</b></p>
<p><a href="https://www.credly.com/earner/earned" style="background:#0a66c2;color:#fff;padding:10px 18px">Accept your badge</a></p>
<p style="font-size:11px">You are receiving this because a badge was issued to this email address. Credly, Inc.</p></div>`, 'en');

const bt: Msg[] = [
  mk({
    slug: 'en-bt-credly-accept-multipart', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null,
    note: 'Credly (AWS issuer) "Accept your badge" mail to the kept address',
    from: CREDLY_AWS, to: RAVI.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: rfcDate('2026-02-01 16:16:16', '+0000'), enc: 'utf8qp',
    text: `Congratulations, ${RAVI.name}!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect – Professional

Accept your badge: https://www.credly.com/earner/earned

Credly, Inc.`,
    html: credlyEnHtml(RAVI.name, 'AWS Certified Solutions Architect – Professional'),
  }),
  mk({
    slug: 'en-bt-support-moved-retained', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: CASE.ravi,
    note: 'agent says the Credly badges have been moved to the retained account',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-02-02 06:50:00', '+0000'), enc: 'ascii7',
    text: `Dear Ravi,

As requested, the Credly badges (SAP and DOP) are now moved under your retained email ${RAVI.keep}. Kindly login to Credly and check once.

Thanks & Regards,
Karthik

${outlookEn(2026, 1, 31, 20, 14, `${RAVI.name} <${RAVI.keep}>`, SUPPORT_ADDR, `RE: [CASE ${CASE.ravi}]`)}

Certs are fine now but the badges are still on the old email, can you move them?`,
  }),
  mk({
    slug: 'en-bt-moved-and-closing', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: CASE.tomasz,
    note: 'support announces the badges were transferred and closes the case',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-09 08:31:09', '+0000'), enc: 'utf8qp',
    text: `Hello Tomasz,

Your digital badges were transferred to ${TOMASZ.keep} on Credly — you should see both the Developer and the SysOps badge there.

With this your request is fulfilled, hence we are closing the case. Have a great day!

Jomar D.`,
  }),
  mk({
    slug: 'en-bt-credly-html-only-two', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null,
    note: 'HTML-only Credly AWS badge notice',
    from: CREDLY_AWS, to: LINDIWE.keep, subject: 'You have a new badge from Amazon Web Services Training and Certification', date: rfcDate('2026-02-18 14:02:02', '+0000'), enc: 'utf8b64',
    html: credlyEnHtml(LINDIWE.name, 'AWS Certified Security – Specialty'),
  }),
  mk({
    slug: 'en-bt-credly-lookalike', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: null,
    note: 'Credly-looking badge notice from credly-notify.com (look-alike)',
    from: 'Amazon Web Services Training and Certification via Credly <badges@credly-notify.com>', to: TOMASZ.keep,
    subject: 'Your merged badges are ready', date: rfcDate('2026-02-08 10:00:00', '+0000'), enc: 'ascii7',
    text: `Your AWS badges from the merged account are ready.
Accept your badge: https://credly-notify.com/accept?id=55120`,
  }),
  mk({
    slug: 'en-bt-reissued-kindly-accept', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'support re-issued the badges to the kept address and asks to accept them on Credly',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-19 07:07:07', '+0000'), enc: 'utf8qp',
    text: `Hi Lindiwe,

We have got the badges re-issued to ${LINDIWE.keep}. You will be getting the mails from Credly separately, kindly accept them from there.

Regards,
Anusha

${gmailEn(2026, 2, 18, 21, 30, `${LINDIWE.name} <${LINDIWE.keep}>`)}
${quote('The Security badge is still sitting on the consulting email on Credly.')}`,
  }),
  mk({
    slug: 'en-bt-credly-dkimonly-added', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, auth: 'dkimonly',
    note: 'Credly: AWS badges added to the account, aligned dkim only',
    from: CREDLY_AWS, to: TOMASZ.keep, subject: '2 badges were added to your Credly account', date: rfcDate('2026-02-09 09:20:00', '+0000'), enc: 'ascii7',
    text: `Hi ${TOMASZ.name},

Amazon Web Services Training and Certification badges were added to your account:
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

View your badges: https://www.credly.com/users/me/badges`,
  }),
];

// ---------------------------------------------------------------- case_closed
const cc: Msg[] = [
  mk({
    slug: 'en-cc-notify-resolved', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.ravi,
    note: 'AWS Support notification that the case is resolved',
    from: AWS_NOTIFY, to: RAVI.keep, subject: `AWS Support: Case ${CASE.ravi} has been resolved`, date: rfcDate('2026-02-06 05:00:00', '+0000'), enc: 'ascii7',
    text: `Your support case ${CASE.ravi} has been resolved.

If you need more help with this issue, you can reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-cc-3days-no-response', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.ravi2,
    note: 'case will be closed in 3 days without a response',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-11 04:30:00', '+0000'), enc: 'ascii7',
    text: `Hi Ravi,

We have not heard back from you. In case we don't receive a response within 3 days, this case will be closed automatically.

Regards
Sandeep`,
  }),
  mk({
    slug: 'en-cc-restates-merge-last-week', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.tomasz, trap: true,
    note: 'closing that only restates the merge done last week',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-16 03:15:00', '+0000'), enc: 'utf8qp',
    text: `Hello Tomasz,

As your accounts were merged last week and we have not received any further queries, we are marking this case as closed.

Jomar D.`,
  }),
  mk({
    slug: 'en-cc-misaligned', kind: 'case_closed', lang: 'en', trusted: false, caseId: CASE.lindiwe, auth: 'misaligned',
    note: 'closing notice signed by an unrelated bulk domain; dmarc=fail',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-20 20:00:00', SAST), enc: 'ascii7',
    text: `Your case is closed. Rate us: https://aws-feedback.example.biz/${CASE.lindiwe}`,
  }),
  mk({
    slug: 'en-cc-no-revert-resolved', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.sid, forUser: true,
    note: 'marked resolved because no revert was received; the user is in Cc',
    from: SUPPORT, to: `${SIDDHARTH.name} <${SIDDHARTH.addr}>`, cc: RAVI.keep, subject: formSubject(CASE.sid), date: rfcDate('2026-02-20 06:06:06', '+0000'), enc: 'ascii7',
    text: `Dear Siddharth,

Since we did not receive any revert on our last mail, we are marking this case as resolved. You may reply to this mail anytime to re-open.

Thanks & Regards,
Karthik`,
  }),
  mk({
    slug: 'en-cc-html-closed', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.lindiwe,
    note: 'HTML-only closing notice',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-23 08:00:00', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Lindiwe,</p>
<p>This case is now <b>closed</b>. If you need anything else, just reply and it opens again.</p>
<p>Mei Ling</p>`, 'en'),
  }),
];

// ---------------------------------------------------------------- support_reply
const sr: Msg[] = [
  mk({
    slug: 'en-sr-thanks-confirming-forwarded', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.ravi, trap: true,
    note: 'thanks for confirming, forwarded to the concerned team',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-01-29 08:45:00', '+0000'), enc: 'ascii7',
    text: `Dear Ravi,

Thank you for confirming. We have forwarded your request to the concerned team and they will be doing the needful within 2-3 business days.

Thanks & Regards,
Karthik`,
  }),
  mk({
    slug: 'en-sr-once-merged-update', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.tomasz, trap: true,
    note: '"once the merge is done we will update you": future, no event',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-05 15:55:55', '+0000'), enc: 'utf8qp',
    text: `Hello Tomasz,

Noted with thanks. The merge request is in queue with our backend team; once the merge is done we will update you on this same thread.

Jomar D.`,
  }),
  mk({
    slug: 'en-sr-unable-exam-scheduled', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.lindiwe, trap: true,
    note: 'unable to merge while an exam is scheduled on the secondary account',
    from: SUPPORT, to: LINDIWE.keep, subject: formSubject(CASE.lindiwe), date: rfcDate('2026-02-14 10:10:10', '+0000'), enc: 'ascii7',
    text: `Hi Lindiwe,

Unfortunately we are unable to merge the accounts at this moment, since there is an exam appointment on ${LINDIWE.srcId} for 21 February. After you have taken the exam please reply here and we will continue.

Mei Ling`,
  }),
  mk({
    slug: 'en-sr-badges-not-moved-raised', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.ravi, trap: true,
    note: 'badges not moved yet; raised with the Credly team',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi), date: rfcDate('2026-02-01 05:30:00', '+0000'), enc: 'ascii7',
    text: `Dear Ravi,

The badges are not yet transferred. We have raised a ticket to Credly team for the same and will update you as soon as we hear from them.

Thanks & Regards,
Karthik`,
  }),
  mk({
    slug: 'en-sr-duplicate-cases-merged', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.ravi2, trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-04 11:11:11', '+0000'), enc: 'ascii7',
    text: `Hi Ravi,

I noticed you have raised two cases for the same issue, so I merged the duplicate cases into this one (${CASE.ravi2}). Please use only this thread going forward. Your account request is under review.

Sandeep`,
  }),
  mk({
    slug: 'en-sr-voucher-answer', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.tomasz,
    note: 'bottom-posted answer to a question about the 50% voucher (the quoted user text mentions the finished merge)',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-10 06:20:00', '+0000'), enc: 'utf8qp',
    text: `${gmailEn(2026, 2, 9, 19, 2, `${TOMASZ.name} <${TOMASZ.keep}>`)}
${quote(`Everything is in one account now, thanks. One question: what happens to the unused 50% voucher from the old account?`)}

Hello Tomasz,

Regarding your question: the unused 50% discount voucher from the old account stays valid until its original expiry and is visible under Benefits in your profile.

Anything else, do let us know.
Jomar D.`,
  }),
  mk({
    slug: 'en-sr-escalated-apology', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.ravi2,
    note: 'apology for the delay, escalated internally',
    from: SUPPORT, to: RAVI.keep, subject: formSubject(CASE.ravi2), date: rfcDate('2026-02-09 04:00:00', '+0000'), enc: 'utf8b64',
    text: `Hi Ravi,

Apologies for the inconvenience caused. Your case has been escalated to our tier-2 team and is being looked into on priority. We will get back to you with an update latest by Thursday.

Regards
Sandeep`,
  }),
  mk({
    slug: 'en-sr-ses-only-signature', kind: 'support_reply', lang: 'en', trusted: false, caseId: CASE.tomasz, auth: 'sesOnly',
    note: 'status update signed only by amazonses.com (not aligned with amazon.com); dmarc=none',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-04 14:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Tomasz,

We are still working on your request and will share an update soon.

AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- unrelated
const un: Msg[] = [
  mk({
    slug: 'en-un-csat-survey', kind: 'unrelated', lang: 'en', trusted: true, caseId: CASE.ravi, trap: true,
    note: 'customer satisfaction survey after the case (resolved/closed words)',
    from: AWS_NOTIFY, to: RAVI.keep, subject: 'How did we do? Tell us about your recent case', date: rfcDate('2026-02-07 03:00:00', '+0000'), enc: 'ascii7',
    text: `Your case ${CASE.ravi} was recently closed. Was your issue resolved?

Take a 2-minute survey: https://survey.aws.example/csat?c=${CASE.ravi}`,
  }),
  mk({
    slug: 'en-un-hashicorp-via-credly', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from HashiCorp, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: TOMASZ.keep, subject: 'HashiCorp sent you a new badge', date: rfcDate('2026-02-12 16:00:00', '+0000'), enc: 'ascii7',
    text: `Congratulations, ${TOMASZ.name}!

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/earner/earned`,
  }),
  mk({
    slug: 'en-un-credly-merge-code', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: "Credly's own account-merge authorization code",
    from: 'Credly <admin@credly.com>', to: LINDIWE.src, subject: 'Complete your account merge', date: rfcDate('2026-02-19 18:00:00', '+0000'), enc: 'utf8qp',
    text: `Someone requested to merge this Credly account into another account.

Authorization code: 381 557

Enter this code on Credly to confirm the merge. All accepted and pending badges will be added to the default account.`,
  }),
  mk({
    slug: 'en-un-own-yes-proceed', kind: 'unrelated', lang: 'en', trusted: false, caseId: CASE.tomasz, trap: true,
    note: "the user's own consent reply, copied to their other address",
    from: `${TOMASZ.name} <${TOMASZ.keep}>`, to: SUPPORT, cc: TOMASZ.src, subject: formSubject(CASE.tomasz), date: rfcDate('2026-02-05 14:40:00', CET), enc: 'ascii7',
    auth: 'none', rcpt: TOMASZ.src, relay: 'smtp.example.pl',
    text: `Yes, proceed.

Tomasz

${gmailEn(2026, 2, 5, 11, 10, `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote(`We request you to reply with "Yes, proceed" so we get your authorisation for merging ${TOMASZ.srcId} into ${TOMASZ.keepId}.`)}`,
  }),
  mk({
    slug: 'en-un-colleague-question', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: true,
    note: 'a colleague asks how the merge went (merge/badges words, no support news)',
    from: `${JAKUB.name} <${JAKUB.addr}>`, to: TOMASZ.src, subject: 'cert accounts merge?', date: rfcDate('2026-02-10 09:12:00', CET), enc: 'ascii7',
    text: `Hey Tomek,

did AWS already merge your cert accounts? Did the badges move by themselves or did you have to ask? I need to do the same before I leave.

Sent from my iPhone`,
  }),
  mk({
    slug: 'en-un-own-forward-credly', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: true,
    note: "the user's own forward of a Credly badge mail from the old work address to the personal one",
    from: `${RAVI.name} <${RAVI.src}>`, to: RAVI.keep, subject: 'Fwd: Amazon Web Services Training and Certification sent you a new badge', date: rfcDate('2026-01-31 19:40:00', IST), enc: 'utf8qp',
    text: `fyi - still landing on the old id, need to ask them to move

---------- Forwarded message ---------
From: Amazon Web Services Training and Certification via Credly <admin@credly.com>
Date: Sat, Jan 31, 2026 at 6:55 PM
Subject: Amazon Web Services Training and Certification sent you a new badge
To: <${RAVI.src}>

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified DevOps Engineer – Professional
Accept your badge: https://www.credly.com/earner/earned`,
  }),
  mk({
    slug: 'en-un-exam-result-confirmed', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'exam result notice ("your result is confirmed", badge coming)',
    from: PORTAL, to: LINDIWE.keep, subject: 'Your exam result is now available', date: rfcDate('2026-02-22 05:00:00', '+0000'), enc: 'ascii7',
    text: `Hello ${LINDIWE.name},

Your result for AWS Certified Security - Specialty has been confirmed and is available in your certification account. If you passed, your Credly badge will arrive within 5 business days.

AWS Certification`,
  }),
  mk({
    slug: 'en-un-agent-ooo', kind: 'unrelated', lang: 'en', trusted: true, caseId: CASE.ravi2, trap: true,
    note: "agent's automatic out-of-office reply",
    from: SUPPORT, to: RAVI.keep, subject: `Automatic reply: ${formSubject(CASE.ravi2)}`, date: rfcDate('2026-02-08 00:05:00', '+0000'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I am out of office till 10-Feb with limited access to mails. Your case will be actioned by another team member, merge requests will be processed on my return.`,
  }),
  mk({
    slug: 'en-un-skillbuilder-transfer-done', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Skill Builder subscription transfer completed (billing), not the certification merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: RAVI.keep, subject: 'Your subscription transfer is complete', date: rfcDate('2026-02-03 12:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Ravi,

The transfer of your Individual subscription to the new payment method is complete. Your next invoice is due on 3 March 2026.

AWS Skill Builder`,
  }),
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...mc, ...bt, ...cc, ...sr, ...un];
