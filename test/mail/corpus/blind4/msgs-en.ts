// English messages of held-out set c. Every text was written for this set.
import { rfcDate as d, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DANIEL, DANIEL_REQ, JDOE, PORTAL, SOFIA, SOFIA_REQ, SUPPORT, SUPPORT_BARE, WEI, WEI_REQ, TEAM_LIST, KENJI,
  formSubject, htmlDoc, olEn, other, paras, quote, sfOriginal, sup, threadRef,
} from './common.js';

const D = `${DANIEL.name} <${DANIEL.keep}>`;
const S = `${SOFIA.name} <${SOFIA.keep}>`;
const W = `${WEI.name} <${WEI.keep}>`;
const SIG = `AWS Training and Certification Customer Support`;

// ---------------------------------------------------------------- acknowledgement (7)
const ack: Msg[] = [
  other({
    slug: 'case-created-support-center', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel, trusted: true, auth: 'pass',
    note: 'AWS Support automatic notice that a new case was created',
    from: AWS_NOTIFY, to: D, date: d('2026-04-13 16:21:40'),
    subject: `[Case ${CASE.daniel}] Your AWS Support case has been created`,
    text: `Hello,

Thank you for contacting AWS Support. We have opened case ${CASE.daniel} for your request
"Certification account merge".

An associate will review it and respond by email, typically within one business day.
To avoid delays, please do not open another case about the same issue.

Sincerely,
Amazon Web Services`,
  }),
  other({
    slug: 'receipt-no-auth-results', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'none',
    note: 'receipt of a new case, but no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY, to: S, date: d('2026-05-04 08:02:19'),
    subject: `[Case ${CASE.sofia}] We've received your request`,
    text: `Hi,

We've received your request and created case ${CASE.sofia}. You'll hear from us soon.

Amazon Web Services`,
  }),
  other({
    slug: 'receipt-information-you-provided', kind: 'acknowledgement', lang: 'en', caseId: CASE.wei, trusted: true, auth: 'pass', trap: true, enc: 'utf8qp',
    note: 'receipt echoing "the information you provided" and asking to confirm it is correct; no request from an agent',
    from: SUPPORT, to: W, date: d('2026-06-01 02:45:00'),
    subject: `[CASE ${CASE.wei}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `Thank you for reaching out to AWS Training and Certification.

Your case number is ${CASE.wei}. Below is a copy of the information you provided — please keep it for your records and confirm it is correct when our team contacts you.

  Name: Wei Chen
  Company: —
  Email: ${WEI.keep}
  Candidate ID: ${WEI.keepId}
  Topic: Certification › Account merge
  Description: Request: account merge. Primary account ${WEI.keep}.

We aim to respond within 24 hours.`,
  }),
  other({
    slug: 'html-case-opened-summary', kind: 'acknowledgement', lang: 'en', caseId: CASE.danielDup, trusted: true, auth: 'pass', enc: 'utf8qp',
    note: 'automatic receipt (multipart) for a newly opened case',
    from: AWS_NOTIFY, to: `${DANIEL.name} <${DANIEL.src}>`, date: d('2026-04-14 09:10:10'),
    subject: `Case ${CASE.danielDup} opened`,
    text: `Case ${CASE.danielDup} opened\n\nWe received your case about AWS Training and Certification. An agent will respond shortly.\nView case: https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.danielDup}`,
    html: htmlDoc(`<h3>Case ${CASE.danielDup} opened</h3>
<p>We received your case about <b>AWS Training and Certification</b>. An agent will respond shortly.</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.danielDup}">View case</a></p>`),
  }),
  other({
    slug: 'we-got-it-number-in-body-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia2, trusted: true, auth: 'pass', crlf: false,
    note: 'receipt with the case number only in the body (LF line ends)',
    from: AWS_NOTIFY, to: S, date: d('2026-05-19 21:30:03'),
    subject: 'We got your message',
    text: `Thanks for getting in touch with AWS Training and Certification.
Your reference number is ${CASE.sofia2}. Keep it handy; replies to this
address are not monitored.`,
  }),
  sup({
    slug: 'form-thank-you-case-number', kind: 'acknowledgement', lang: 'en', caseId: CASE.wei, to: W, date: d('2026-06-01 02:44:10'),
    note: 'auto-receipt from the form address with the case number',
    subject: `[CASE ${CASE.wei}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `This is an automated message.

Thank you for contacting AWS Training and Certification. Case ${CASE.wei} has been logged
and assigned to our certification team.

AWS Training and Certification`,
  }),
  other({
    slug: 'receipt-for-jordan', kind: 'acknowledgement', lang: 'en', caseId: CASE.jdoe, trusted: true, auth: 'pass', forUser: false,
    note: 'a receipt for somebody else\'s case, delivered to that person only',
    from: AWS_NOTIFY, to: `${JDOE.name} <${JDOE.addr}>`, date: d('2026-05-02 12:12:12'),
    subject: `[Case ${CASE.jdoe}] Your AWS Support case has been created`,
    text: `Hello Jordan,

Case ${CASE.jdoe} has been created. We'll reply by email.

Amazon Web Services`,
  }),
];

// ---------------------------------------------------------------- ai_answer (6)
const ai: Msg[] = [
  other({
    slug: 'generated-response-try-tool', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true, auth: 'pass',
    note: 'AI-generated answer suggesting the Merge Accounts tool',
    from: AWS_NOTIFY, to: D, date: d('2026-04-13 16:18:00'),
    subject: 'Here is a suggested answer to your question',
    text: `This response was generated by AI and may contain mistakes.

It sounds like you have more than one AWS Certification account. You can usually combine them yourself:
  - Sign in to the account you want to keep
  - Go to Profile > Merge Accounts
  - Enter the sign-in details of the other account

If this doesn't solve the problem, select "Create case" to reach an agent.`,
  }),
  other({
    slug: 'ai-what-happens-after', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true, auth: 'pass', trap: true, enc: 'utf8qp',
    note: 'automated answer describing what happens after a merge (certs and badges move); still ai_answer',
    from: AWS_NOTIFY, to: S, date: d('2026-05-04 07:59:40'),
    subject: 'Automated answer: duplicate certification accounts',
    text: `Automated answer — generated from AWS documentation.

When two AWS Certification accounts are merged, your certifications, exam history and benefits move to the account you keep, and the other account is deactivated. Digital badges can then be claimed on Credly with the email address of the kept account.

To start, use the Merge Accounts tool in your certification profile. If both accounts already hold certifications and the tool refuses, open a case with our team.`,
  }),
  other({
    slug: 'assistant-misaligned-dkim', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'misaligned',
    note: 'AI suggestion wording, but DKIM is for an unrelated domain and DMARC fails: untrusted',
    from: AWS_NOTIFY, to: W, date: d('2026-06-01 02:40:00'),
    subject: 'Suggested solution from AWS Support Assistant',
    text: `AWS Support Assistant (automated)

Have you tried the Merge Accounts option in your certification profile? Most duplicate accounts can be combined there in a few minutes.`,
  }),
  other({
    slug: 'html-only-ai-suggestion', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true, auth: 'pass', enc: 'utf8b64',
    note: 'HTML-only generated suggestion pointing to self-service',
    from: AWS_NOTIFY, to: D, date: d('2026-04-14 09:05:33'),
    subject: 'Before you create a case',
    html: htmlDoc(`<p><i>Generated by AI. Please verify important information.</i></p>
<p>Based on what you entered, the self-service <b>Merge Accounts</b> tool in the AWS Certification portal may resolve this without waiting for an agent.</p>
<p><a href="https://www.aws.training/certification">Open the certification portal</a> &middot; <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a></p>
<p>Still stuck? Continue to create a case.</p>`),
  }),
  other({
    slug: 'bot-based-on-your-question', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true, auth: 'pass',
    note: 'short automated reply suggesting the merge tool',
    from: AWS_NOTIFY, to: S, date: d('2026-05-19 21:25:00'),
    subject: 'Automated reply',
    text: `Based on your question, you may be able to merge the accounts yourself from your AWS Certification profile (Merge Accounts). This reply was created automatically.`,
  }),
  other({
    slug: 'amazon-q-links-b64', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true, auth: 'pass', enc: 'utf8b64',
    note: 'Amazon Q style generated answer with links',
    from: AWS_NOTIFY, to: W, date: d('2026-06-01 02:41:20'),
    subject: 'Amazon Q answered your question',
    text: `Amazon Q generated this answer. Accuracy isn't guaranteed.

• Duplicate AWS Certification accounts can be combined with the Merge Accounts tool.
• Sign in with the account you want to keep first.
• Related: https://aws.amazon.com/certification/faqs/

Was this helpful?  Yes | No — create a case`,
  }),
];

// ---------------------------------------------------------------- info_request (8)
const info: Msg[] = [
  sup({
    slug: 'need-ids-and-primary', kind: 'info_request', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-14 18:03:29'),
    note: 'asks for both candidate IDs, login emails and which account to keep',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Harpreet and I'll be helping you.

To process the merge, please reply with:
  - the AWS Candidate ID of each account
  - the login email address of each account
  - which of the two accounts you'd like to keep as the primary

Best regards,
Harpreet S.
${SIG}

${sfOriginal(D, '4/13/2026 4:20 PM', SUPPORT_BARE, 'account-assistance', DANIEL_REQ)}`,
  }),
  sup({
    slug: 'confirm-which-address-stays', kind: 'info_request', lang: 'en', caseId: CASE.sofia, to: S, date: d('2026-05-05 10:22:00'), trap: true,
    note: '"please confirm the email you keep" asks for information, not consent',
    text: `Hi Sofia,

Thanks for the details. Could you please confirm which email address you would like to keep going forward, ${SOFIA.keep} or ${SOFIA.src}?

Kind regards,
Tomas
${SIG}

${quote(SOFIA_REQ)}`,
  }),
  other({
    slug: 'lookalike-verify-credentials', kind: 'info_request', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'pass', enc: 'utf8qp',
    note: 'look-alike domain asking for IDs and passwords: untrusted',
    from: 'AWS Certification Support <case-update@aws-training-help.com>', to: D, date: d('2026-04-15 03:33:33'),
    subject: formSubject(CASE.daniel),
    text: `Dear Candidate,

To finalise your merge request we need to verify ownership. Reply within 12 hours with the password and Candidate ID of both accounts, otherwise your certifications will be suspended.

AWS Certification Security Team`,
  }),
  sup({
    slug: 'exam-dates-outlook-quote', kind: 'info_request', lang: 'en', caseId: CASE.wei, to: W, date: d('2026-06-02 11:11:11'),
    note: 'asks for exam dates and the Skill Builder email; Outlook quote below',
    text: `Hi Wei,

Before we can go further, I need two more things from you:
1) the approximate date of each exam you passed on the secondary account, and
2) the email address you use for AWS Skill Builder.

Thanks,
Mariana
${SIG}

${olEn(W, 'Monday, June 1, 2026 10:40 AM', SUPPORT_BARE, `[CASE ${CASE.wei}] account-assistance`, WEI_REQ)}`,
  }),
  sup({
    slug: 'reply-from-keep-with-ids', kind: 'info_request', lang: 'en', caseId: CASE.danielDup, to: `${DANIEL.name} <${DANIEL.src}>`, date: d('2026-04-15 07:07:00'),
    note: 'asks to write from the kept address and include both candidate IDs',
    text: `Hello,

For security reasons, please respond from the email address of the account you intend to keep, and include the Candidate IDs of both accounts in your reply.

Regards,
${SIG}`,
  }),
  sup({
    slug: 'name-differs-need-id-doc', kind: 'info_request', lang: 'en', caseId: CASE.sofia2, to: S, date: d('2026-05-20 14:00:00'), enc: 'utf8qp',
    note: 'cannot merge until the name difference is explained: asks for ID details',
    text: `Hello Sofia,

We're unable to merge the two profiles at the moment because the legal names don't match ("Sofia Rossi" vs "Sofía Rossi-Bianchi").
Could you send us the name exactly as it appears on your government-issued ID? We'll update the record and continue from there.

Best,
Tomas — ${SIG}`,
  }),
  sup({
    slug: 'info-for-jordan-only', kind: 'info_request', lang: 'en', caseId: CASE.jdoe, to: `${JDOE.name} <${JDOE.addr}>`, date: d('2026-05-03 09:30:00'), forUser: false,
    note: 'an info request on someone else\'s case, addressed to that person',
    text: `Hi Jordan,

Please let us know the Candidate ID of the account you want to keep.

${SIG}`,
  }),
  sup({
    slug: 'quick-one-which-primary', kind: 'info_request', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-16 20:45:00'), crlf: false,
    note: 'short question: which account should be primary',
    text: `Hi Daniel - quick one: which of the two accounts should be the primary one? Once I know, I can set things up.
Harpreet`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (8)
const conf: Msg[] = [
  sup({
    slug: 'cannot-be-reversed-reply-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-17 15:12:40'),
    note: 'asks the user to reply agreeing to the irreversible merge',
    text: `Hello Daniel,

Thank you for the information. We're ready to merge ${DANIEL.srcId} into ${DANIEL.keepId}.
Please note this cannot be reversed once completed. Kindly reply to this email stating that you agree, and we'll proceed.

Best regards,
Harpreet S.
${SIG}`,
  }),
  sup({
    slug: 'happy-for-us-to-go-ahead', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia, to: S, date: d('2026-05-06 09:00:00'),
    note: 'asks whether the user is happy for support to go ahead with the permanent merge',
    text: `Hi Sofia,

All set on our side. Are you happy for us to go ahead and combine the agency profile into your personal one? This is permanent, so just a quick "yes" from you and we'll take it from there.

Cheers,
Tomas`,
  }),
  other({
    slug: 'subdomain-lookalike-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei, trusted: false, auth: 'pass',
    note: 'consent request from amazon.com.<other domain>: a look-alike, untrusted',
    from: 'AWS Training and Certification <aws-cs@amazon.com.case-review.net>', to: W, date: d('2026-06-03 05:05:05'),
    subject: formSubject(CASE.wei),
    text: `Hello Wei,

Please confirm you authorise the merge of your accounts by clicking below. The action is final.
https://amazon.com.case-review.net/authorise

AWS Training and Certification`,
  }),
  sup({
    slug: 'html-please-acknowledge-permanent', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei, to: W, date: d('2026-06-03 08:30:00'), enc: 'utf8qp',
    note: 'multipart HTML: asks the user to acknowledge and approve the permanent merge',
    text: `Hi Wei,

Your accounts are ready to be merged:
  Primary: ${WEI.keep} (${WEI.keepId})
  Secondary: ${WEI.src} (${WEI.srcId})

Merging is permanent. Please reply to acknowledge and approve.

Mariana
${SIG}`,
    html: htmlDoc(`<p>Hi Wei,</p>
<p>Your accounts are ready to be merged:</p>
<table border="1" cellpadding="4"><tr><td>Primary</td><td>${WEI.keep} (${WEI.keepId})</td></tr><tr><td>Secondary</td><td>${WEI.src} (${WEI.srcId})</td></tr></table>
<p><b>Merging is permanent.</b> Please reply to acknowledge and approve.</p>
<p>Mariana<br>${SIG}</p>`),
  }),
  sup({
    slug: 'if-correct-reply-yes-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia2, to: S, date: d('2026-05-21 10:10:00'), enc: 'utf8qp',
    note: '"if the details are correct, reply Yes, proceed": consent request',
    text: `Hello Sofia,

Thanks for sending your ID name. Here's what we'll do:
  • keep ${SOFIA.keepId} (${SOFIA.keep})
  • fold ${SOFIA.srcId} into it and close that profile

If the details above are correct, simply reply "Yes, proceed". Keep in mind we can't undo it afterwards.

Tomas — ${SIG}`,
  }),
  sup({
    slug: 'long-thread-go-ahead-sf', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-18 13:40:00'),
    note: 'after the info exchange, asks for the explicit go-ahead; Salesforce history below',
    text: `Hi Daniel,

Thanks, that's everything I need. Last step: could you give us your explicit go-ahead to merge the two accounts? Once done, it can't be rolled back.

Harpreet S.
${SIG}

${sfOriginal(D, '4/17/2026 9:02 PM', SUPPORT_BARE, formSubject(CASE.daniel), `Hi Harpreet,\nPrimary is ${DANIEL.keep}.\nIDs: ${DANIEL.keepId} / ${DANIEL.srcId}.\nDaniel`)}

${sfOriginal(SUPPORT_BARE, '4/16/2026 8:45 PM', D, formSubject(CASE.daniel), 'Hi Daniel - quick one: which of the two accounts should be the primary one?')}`,
  }),
  sup({
    slug: 'explicit-ok-ids-between', kind: 'confirmation_request', lang: 'en', caseId: CASE.danielDup, to: D, date: d('2026-04-17 15:20:00'), enc: 'utf8b64',
    note: 'needs the user\'s explicit OK before moving one ID\'s history into the other (IDs between the words)',
    text: `Daniel,

Before we move ${DANIEL.srcId}'s exam history into ${DANIEL.keepId} — which is permanent — we need your explicit OK. A one-line reply is enough.

${SIG}`,
  }),
  sup({
    slug: 'consent-request-resent', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei, to: `${WEI.name} <${WEI.src}>`, date: d('2026-06-03 08:31:00'), forUser: false,
    resent: { from: 'mail-admin@bigco.example.org', to: 'it-helpdesk@bigco.example.org', date: d('2026-06-03 08:45:00') },
    note: 'consent request, but redirected by the old employer to its helpdesk (Resent-*): not for the user',
    text: `Hi Wei,

Please reply to approve the merge of your two AWS Certification accounts. This cannot be undone.

Mariana
${SIG}`,
  }),
];

// ---------------------------------------------------------------- merge_completed (7)
const merged: Msg[] = [
  sup({
    slug: 'successfully-merged-sign-in', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-19 10:15:00'),
    note: 'support says the accounts have been successfully merged',
    text: `Hello Daniel,

Good news - your AWS Certification accounts have been successfully merged. Please sign in with ${DANIEL.keep} from now on.

Best regards,
Harpreet S.
${SIG}`,
  }),
  sup({
    slug: 'merge-done-closing-case', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia2, to: S, date: d('2026-05-23 06:00:00'),
    note: 'merge done; the case will now be closed (the new fact is the merge)',
    text: `Hi Sofia,

The merge is finished: everything from ${SOFIA.srcId} now lives under ${SOFIA.keepId}.
I'll go ahead and close this case. Reply here if anything looks off.

Tomas`,
  }),
  other({
    slug: 'dmarc-fail-accounts-merged', kind: 'merge_completed', lang: 'en', caseId: CASE.wei, trusted: false, auth: 'fail',
    note: 'merge-done wording but DMARC fails: untrusted',
    from: SUPPORT, to: W, date: d('2026-06-04 01:00:00'),
    subject: formSubject(CASE.wei),
    text: `Hi Wei, your accounts have been merged. - AWS T&C`,
  }),
  other({
    slug: 'portal-your-accounts-merged', kind: 'merge_completed', lang: 'en', caseId: null, trusted: true, auth: 'pass', enc: 'utf8qp',
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: D, date: d('2026-04-19 09:58:12'),
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello ${DANIEL.name},\n\nAccount ${DANIEL.srcId} has been merged into ${DANIEL.keepId}. Your certifications, exam history and benefits are now available in one place.\n\nAWS Certification`,
    html: htmlDoc(`<p>Hello ${DANIEL.name},</p><p>Account <b>${DANIEL.srcId}</b> has been merged into <b>${DANIEL.keepId}</b>. Your certifications, exam history and benefits are now available in one place.</p><p>AWS Certification</p>`),
  }),
  sup({
    slug: 'done-please-verify-looks-right', kind: 'merge_completed', lang: 'en', caseId: CASE.wei, to: W, date: d('2026-06-04 07:30:00'), enc: 'utf8qp', trap: true,
    note: 'completion notice that asks the user to check all looks right: still merge_completed',
    text: `Hi Wei,

We've completed the merge — your secondary account's certifications now show under ${WEI.keepId}.
When you have a moment, please sign in and verify that everything looks right on your end.

Mariana
${SIG}`,
  }),
  sup({
    slug: 'top-post-merged-gmail-quote', kind: 'merge_completed', lang: 'en', caseId: CASE.danielDup, to: D, date: d('2026-04-19 10:20:00'),
    note: 'top-posted merge completion above a Gmail-style quote',
    text: `Daniel, the accounts are now merged. Thanks for your patience.

${SIG}

On Sat, Apr 18, 2026 at 9:10 PM ${DANIEL.name} <${DANIEL.keep}> wrote:
> Yes, go ahead and merge them.
> Daniel`,
  }),
  sup({
    slug: 'consolidated-into-b64', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, to: S, date: d('2026-05-08 16:44:00'), enc: 'utf8b64',
    note: 'synonym: the profiles have been consolidated into the kept one',
    text: `Hello Sofia,

We've consolidated ${SOFIA.srcId} into ${SOFIA.keepId}; the two profiles are now a single account.

Kind regards,
Tomas
${SIG}`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (7)
const credlyHtml = (n: string, badges: string[]): string =>
  htmlDoc(`<table width="600" align="center"><tr><td style="text-align:center">
<p>Hi ${n},</p>
<p>Amazon Web Services Training and Certification has issued you ${badges.length === 1 ? 'a new badge' : `${badges.length} new badges`}:</p>
${badges.map((b) => `<p><b>${b}</b></p>`).join('\n')}
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; Denver, CO</p>
</td></tr></table>`);

const badges: Msg[] = [
  other({
    slug: 'credly-accept-your-badge', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true, auth: 'pass', enc: 'utf8qp',
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: D, date: d('2026-04-20 18:00:00'),
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    text: `Hi Daniel,\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified DevOps Engineer - Professional.\nAccept your badge: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyHtml('Daniel', ['AWS Certified DevOps Engineer - Professional']),
  }),
  other({
    slug: 'credly-two-new-badges', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true, auth: 'pass', enc: 'utf8qp',
    note: 'two AWS badges issued via Credly at once',
    from: CREDLY_AWS, to: S, date: d('2026-05-24 13:13:13'),
    subject: "You've been issued 2 new badges",
    text: `Hi Sofia,

Amazon Web Services Training and Certification has issued you 2 new badges:
  • AWS Certified Solutions Architect – Associate
  • AWS Certified Data Engineer – Associate

Accept your badges: https://www.credly.com/earner/earned

— Credly`,
  }),
  sup({
    slug: 'support-moved-badges-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-22 11:00:00'),
    note: 'support says the Credly badges have moved to the kept account and closes the case',
    text: `Hi Daniel,

Following up on your badge question: your Credly badges have now been transferred to ${DANIEL.keep}. You should see them on your Credly profile within the hour.

Since everything is in place, I'm closing this case.

Harpreet S.
${SIG}

${quote('Thanks! One thing - my Credly badges are still under my old consulting email.')}`,
  }),
  other({
    slug: 'credly-no-auth-results', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false, auth: 'none',
    note: 'AWS badge mail with no Authentication-Results: untrusted',
    from: CREDLY_AWS, to: W, date: d('2026-06-05 19:02:00'),
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    text: `Hi Wei,
You've earned a badge from Amazon Web Services Training and Certification.
Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
  }),
  other({
    slug: 'credly-badge-reissued-html', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true, auth: 'pass', enc: 'utf8b64',
    note: 'AWS badge re-issued via Credly to the kept address (HTML only)',
    from: CREDLY_AWS, to: W, date: d('2026-06-05 19:05:00'),
    subject: 'Your badge has been re-issued',
    html: htmlDoc(`<p>Hi Wei,</p><p>Amazon Web Services Training and Certification has re-issued your <b>AWS Certified Machine Learning Engineer - Associate</b> badge to ${WEI.keep}.</p><p><a href="https://www.credly.com/earner/earned/badge/accept">Accept your badge</a></p>`),
  }),
  sup({
    slug: 'support-reissued-accept-them', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia2, to: S, date: d('2026-05-24 12:00:00'),
    note: 'support says the badges were re-issued to the kept address',
    text: `Hi Sofia,

Our Credly team has re-issued all of your AWS badges to ${SOFIA.keep}. You'll get emails from Credly shortly - just accept them and they'll show on your profile.

Tomas`,
  }),
  other({
    slug: 'credly-plain-lf', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true, auth: 'pass', crlf: false,
    note: 'plain-text AWS badge notice via Credly (LF line ends)',
    from: CREDLY_AWS, to: D, date: d('2026-04-22 11:40:00'),
    subject: 'Claim your AWS Certified Cloud Practitioner badge',
    text: `Daniel, your AWS Certified Cloud Practitioner badge from
Amazon Web Services Training and Certification is waiting.
Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
  }),
];

// ---------------------------------------------------------------- case_closed (7)
const closed: Msg[] = [
  other({
    slug: 'notify-case-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.daniel, trusted: true, auth: 'pass',
    note: 'AWS Support notice that the case has been resolved',
    from: AWS_NOTIFY, to: D, date: d('2026-04-22 11:05:00'),
    subject: `[Case ${CASE.daniel}] has been resolved`,
    text: `Hello,

Your AWS Support case ${CASE.daniel} has been resolved. If you need more help, you can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  sup({
    slug: 'auto-close-72-hours', kind: 'case_closed', lang: 'en', caseId: CASE.wei, to: W, date: d('2026-06-06 00:00:00'),
    note: 'the case will be closed automatically if there is no reply within 72 hours',
    text: `Hi Wei,

Just checking in. If we don't hear back from you within 72 hours, this case will be closed automatically. You can always reply to reopen it.

${SIG}`,
  }),
  sup({
    slug: 'closing-merged-last-week', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, to: S, date: d('2026-05-15 09:00:00'), trap: true,
    note: 'closing notice that restates the merge of last week',
    text: `Hi Sofia,

As your accounts were merged last week and we haven't heard of any issue since, we're closing this case now.

Tomas`,
  }),
  other({
    slug: 'html-case-closed-table', kind: 'case_closed', lang: 'en', caseId: CASE.sofia2, trusted: true, auth: 'pass', enc: 'utf8b64',
    note: 'HTML-only notice that the case is closed',
    from: AWS_NOTIFY, to: S, date: d('2026-05-25 00:30:00'),
    subject: `Case ${CASE.sofia2} closed`,
    html: htmlDoc(`<table border="0" cellpadding="6"><tr><td><b>Case ID</b></td><td>${CASE.sofia2}</td></tr><tr><td><b>Status</b></td><td>Closed</td></tr><tr><td><b>Subject</b></td><td>account-assistance</td></tr></table>
<p>This case has been closed. Thank you for contacting AWS Support.</p>`),
  }),
  sup({
    slug: 'no-response-closing-now', kind: 'case_closed', lang: 'en', caseId: CASE.danielDup, to: `${DANIEL.name} <${DANIEL.src}>`, date: d('2026-04-25 08:00:00'),
    note: 'no reply received, so the case is closed now',
    text: `Hello,

Since we haven't received a response, we're closing this case. Feel free to reply if you still need help and we'll pick it back up.

${SIG}`,
  }),
  other({
    slug: 'closed-dmarc-fail', kind: 'case_closed', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'fail',
    note: 'closing notice, DMARC fails: untrusted',
    from: AWS_NOTIFY, to: D, date: d('2026-04-23 02:00:00'),
    subject: `[Case ${CASE.daniel}] has been closed`,
    text: `Your case ${CASE.daniel} has been closed.`,
  }),
  other({
    slug: 'closed-reopen-within-14-days', kind: 'case_closed', lang: 'en', caseId: CASE.wei, trusted: true, auth: 'pass', enc: 'utf8qp',
    note: 'the case was closed; reopen instructions only',
    from: AWS_NOTIFY, to: W, date: d('2026-06-09 03:00:00'),
    subject: `Your case ${CASE.wei} was closed`,
    text: `Hello,

We've closed case ${CASE.wei} after our last correspondence. Need anything else? Reply within 14 days and the case reopens automatically; after that, please create a new one.

Thanks for choosing AWS.`,
  }),
];

// ---------------------------------------------------------------- support_reply (8)
const reply: Msg[] = [
  sup({
    slug: 'duplicate-case-folded-in', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-15 11:00:00'), trap: true,
    note: 'duplicate support cases merged; not the account merge',
    text: `Hi Daniel,

I noticed you opened a second case (${CASE.danielDup}) for the same request. I've merged it into this one so nothing gets lost - we'll continue here.

Harpreet S.`,
  }),
  sup({
    slug: 'thanks-for-confirming-backend', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, to: S, date: d('2026-05-06 15:00:00'), trap: true,
    note: 'thanks for confirming, forwarded to the backend team',
    text: `Hi Sofia,

Thanks for confirming! I've passed your request to our backend team. I'll let you know as soon as I hear back.

Tomas`,
  }),
  sup({
    slug: 'merge-not-completed-yet', kind: 'support_reply', lang: 'en', caseId: CASE.wei, to: W, date: d('2026-06-03 22:00:00'), trap: true,
    note: 'negated: the merge has not been completed yet',
    text: `Hi Wei,

Just an update: the merge has not been completed yet. The team is working through a backlog and expects to finish within 3-5 business days.

Mariana`,
  }),
  sup({
    slug: 'unable-while-exam-booked', kind: 'support_reply', lang: 'en', caseId: CASE.sofia2, to: S, date: d('2026-05-20 09:00:00'), trap: true,
    note: 'unable to merge while an exam is booked; asks for nothing, just reply after the exam',
    text: `Hello Sofia,

We're unable to merge the accounts while an exam appointment is scheduled on either of them. Once you've sat your exam on May 22, just reply here and we'll continue.

Tomas`,
  }),
  other({
    slug: 'freemail-display-name-update', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'pass',
    note: 'status update under a trusted display name but from a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.desk@gmail.com>', to: D, date: d('2026-04-16 02:00:00'),
    subject: formSubject(CASE.daniel),
    text: `Hi Daniel, we're still reviewing your accounts and will reply soon. - AWS T&C Support`,
  }),
  sup({
    slug: 'answer-benefits-question', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, to: D, date: d('2026-04-21 08:00:00'), enc: 'utf8qp',
    note: 'answers a question about benefits after the merge',
    text: `Hi Daniel,

Good question. Unused benefits such as the 50% exam voucher follow the certification, so you'll find them under Benefits on ${DANIEL.keepId}. Expiry dates don't change.

Harpreet S.`,
  }),
  sup({
    slug: 'write-from-keep-address', kind: 'support_reply', lang: 'en', caseId: CASE.wei, to: `${WEI.name} <${WEI.src}>`, date: d('2026-06-01 20:00:00'), trap: true,
    note: '"write to us from the address you keep" without asking for data',
    text: `Hello,

To protect your account, we can only act on requests sent from the email address you intend to keep. Please write to us from that address.

${SIG}`,
  }),
  sup({
    slug: 'apologies-still-working-outlook', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, to: S, date: d('2026-05-07 17:00:00'),
    note: 'apology for the delay, still working on it (Outlook quote below)',
    text: `Hi Sofia,

Apologies for the slow reply - we're stil working on your reqeust and I'll update you tomorow.

Tomas

${olEn(S, 'Thursday, May 7, 2026 8:12 AM', SUPPORT_BARE, formSubject(CASE.sofia), 'Hi, any news? Thanks')}`,
  }),
];

// ---------------------------------------------------------------- unrelated (9)
const unrel: Msg[] = [
  other({
    slug: 'csat-was-your-issue-resolved', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trusted: true, auth: 'pass', trap: true,
    note: 'customer satisfaction survey ("resolved") is not part of the case',
    from: 'AWS Customer Experience <no-reply-aws@amazon.com>', to: D, date: d('2026-04-23 14:00:00'),
    subject: 'How did we do? Tell us about case ' + CASE.daniel,
    text: `Hi Daniel,

Was your issue resolved? Please take our 2-question survey about case ${CASE.daniel}.
https://survey.aws.example/csat?c=${CASE.daniel}

Thank you!`,
  }),
  other({
    slug: 'hashicorp-via-credly', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: S, date: d('2026-05-12 16:00:00'),
    subject: 'HashiCorp sent you a new badge',
    text: `Hi Sofia,
HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
  }),
  other({
    slug: 'exam-results-available', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'exam result notice (badge to follow); not part of the merge case',
    from: PORTAL, to: S, date: d('2026-05-23 19:00:00'),
    subject: 'Your AWS Certification exam results are available',
    text: `Hello Sofia,

Congratulations! You have passed the AWS Certified Data Engineer - Associate exam. Your digital badge will be issued through Credly in the coming days.

AWS Certification`,
  }),
  other({
    slug: 'marketing-bring-skills-together', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, auth: 'pass', trap: true, enc: 'utf8qp',
    note: 'marketing mail using "merge/consolidate" words',
    from: 'AWS Training and Certification <aws-training@amazon.com>', to: W, date: d('2026-06-10 15:00:00'),
    subject: 'Merge your learning paths — new Skill Builder plans',
    text: `Bring all your cloud skills together in one place.
With the new Skill Builder team plan, you can consolidate learners, track progress and claim badges faster.

Learn more: https://skillbuilder.aws/
Unsubscribe: https://aws.amazon.com/unsubscribe`,
  }),
  other({
    slug: 'own-reply-i-agree-cc-self', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, trusted: false, auth: 'none', trap: true,
    note: 'the user\'s own consent reply (copied to himself): carries no news from support',
    from: D, to: SUPPORT, cc: `${DANIEL.name} <${DANIEL.src}>`, date: d('2026-04-18 21:10:00', '-0400'), rcpt: DANIEL.src,
    subject: formSubject(CASE.daniel),
    text: `Hi Harpreet,

I agree to the merge and understand it's permanent. Please go ahead.

Daniel

On Fri, Apr 17, 2026 at 11:12 AM AWS Training and Certification <${SUPPORT_BARE}> wrote:
> Kindly reply to this email stating that you agree, and we'll proceed.`,
  }),
  other({
    slug: 'agent-out-of-office', kind: 'unrelated', lang: 'en', caseId: CASE.sofia, trusted: true, auth: 'pass', trap: true,
    note: 'an agent\'s out-of-office auto-reply',
    from: 'Tomas Reyes <tomreyes@amazon.com>', to: S, date: d('2026-05-07 08:13:00'),
    subject: `Automatic reply: ${formSubject(CASE.sofia)}`,
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until May 11. Your case will be reviewed and the merge request confirmed by a colleague in the meantime.`,
  }),
  other({
    slug: 'pearson-appointment-confirmed', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, auth: 'pass', trap: true,
    note: 'test-center appointment confirmation; not support mail',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: S, date: d('2026-05-10 10:00:00'),
    subject: 'Appointment confirmed: AWS Certified Data Engineer - Associate',
    text: `Your exam appointment is confirmed.
Exam: AWS Certified Data Engineer - Associate (DEA-C01)
Date: May 22, 2026, 9:00 AM
Please confirm your ID matches your profile name.`,
  }),
  other({
    slug: 'organizations-account-joined', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'AWS Organizations consolidated-billing notice; a different kind of account',
    from: AWS_NOTIFY, to: W, date: d('2026-06-08 06:00:00'),
    subject: 'AWS account 123456789012 has joined your organization',
    text: `Hello,

Account 123456789012 accepted your invitation and is now a member of organization o-a1b2c3d4e5. Its charges will appear on your consolidated bill.

Amazon Web Services`,
  }),
  other({
    slug: 'colleague-to-team-list', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, auth: 'none', trap: true, forUser: false,
    note: 'a colleague\'s note to a team list about merging accounts; not addressed to the user',
    from: `Ichiro Suzuki <suzuki.ichiro@corp-a.example.co.jp>`, to: TEAM_LIST, date: d('2026-02-01 10:00:00', '+0900'),
    subject: 'FYI: how to merge AWS cert accounts',
    text: `Team,

Kenji (${KENJI.en}) got his two AWS certification accounts merged last month. If you're leaving or have duplicates, open a case with AWS T&C support and they'll confirm and merge. Badges may need a nudge.

Ichiro`,
  }),
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
void paras; void threadRef;
