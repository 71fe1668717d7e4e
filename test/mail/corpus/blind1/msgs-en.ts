// English messages of the held-out corpus (wording varied on purpose; modelled on
// public descriptions of the real support flow, never copied).
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { SUPPORT, AWS_NOTIFY, CREDLY_AWS, formSubject, ALEX, PRIYA, MARIA, CASE, quote, sfOriginal, sfRef, paras, ALEX_REQUEST, PRIYA_REQUEST, MARIA_REQUEST } from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

const A = ALEX;
const P = PRIYA;
const M = MARIA;
const alexTo = `${A.name} <${A.keep}>`;
const priyaTo = `${P.name} <${P.keep}>`;
const mariaTo = `${M.name} <${M.keep}>`;
const sig = (name: string): string => `Best regards,\n${name}\nAWS Training and Certification Customer Support`;
const html = (body: string): string => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n${body}\n</body></html>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  e({
    slug: 'case-created-24h',
    kind: 'acknowledgement',
    caseId: CASE.alex,
    note: 'AWS Support notification of a new case, response within 24 hours, do not open a duplicate case',
    from: AWS_NOTIFY,
    to: A.keep,
    subject: `[Case ${CASE.alex}] AWS Training and Certification - account-assistance`,
    date: d('2026-01-20 16:03:11', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Thank you for contacting AWS Training and Certification. We have created case ${CASE.alex} for your inquiry.

A member of our team will get back to you by email within 24 hours.

If you have already opened a case for this request, please do not create another one. Duplicate cases can slow down our response.

Sincerely,
Amazon Web Services

This is an automated message. Replies to this address are not monitored.`,
  }),
  e({
    slug: 'we-got-your-inquiry-id-in-body',
    kind: 'acknowledgement',
    caseId: CASE.maria,
    note: 'subject without case ID; case number only in the body; multipart/alternative quoted-printable',
    from: SUPPORT,
    to: mariaTo,
    subject: "We've received your AWS Training and Certification inquiry",
    date: d('2026-02-16 09:12:45', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Maria,

Thanks for reaching out to AWS Training and Certification Customer Support. Your request has been logged under reference number ${CASE.maria}.

Our team typically responds within 1–2 business days. There's no need to submit the form again – doing so may delay your request.

AWS Training and Certification`,
    html: html(paras(`Hi Maria,

Thanks for reaching out to AWS Training and Certification Customer Support. Your request has been logged under reference number ${CASE.maria}.

Our team typically responds within 1–2 business days. There's no need to submit the form again – doing so may delay your request.

AWS Training and Certification`)),
  }),
  e({
    slug: 'html-receipt-with-summary',
    kind: 'acknowledgement',
    caseId: CASE.priya,
    note: 'HTML-only receipt summarising the submitted form (name, company, candidate ID); no request',
    from: AWS_NOTIFY,
    to: priyaTo,
    subject: `Your support case ${CASE.priya} has been created`,
    date: d('2026-03-02 21:40:19', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<h2 style="font-weight:normal">We received your case</h2>
<p>Case ID: <strong>${CASE.priya}</strong></p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="color:#687078">Name</td><td>Priya Nair</td></tr>
<tr><td style="color:#687078">Company</td><td>Example Analytics Ltd</td></tr>
<tr><td style="color:#687078">AWS Candidate ID</td><td>${P.keepId}</td></tr>
<tr><td style="color:#687078">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="color:#687078">Subject</td><td>Merge two certification accounts</td></tr>
</table>
<p>An agent will review your request and respond within 24 hours.</p>
<p style="font-size:12px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>`),
  }),
  e({
    slug: 'lookalike-subdomain-receipt',
    kind: 'acknowledgement',
    trusted: false,
    caseId: '1772650021177',
    note: 'look-alike domain amazon.com.example.net (its own DMARC passes); otherwise a normal-looking receipt',
    from: 'Amazon Web Services <no-reply-aws@amazon.com.example.net>',
    to: A.keep,
    subject: '[Case 1772650021177] AWS Training and Certification - account-assistance',
    date: d('2026-01-20 16:20:00', '+0000'),
    auth: 'pass',
    relay: 'out.amazon.com.example.net',
    enc: 'ascii7',
    text: `Hello,

We have created case 1772650021177 for your inquiry. To speed things up, sign in at the link below so we can verify your identity.

https://amazon.com.example.net/support/verify

Amazon Web Services`,
  }),
  e({
    slug: 'display-name-only-receipt',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.priya2,
    note: 'trusted-looking display name on a free-mail address',
    from: 'AWS Training and Certification <aws.training.casedesk@gmail.com>',
    to: P.keep,
    subject: formSubject(CASE.priya2),
    date: d('2026-06-09 08:01:33', '+0000'),
    auth: 'pass',
    relay: 'mail-sor-f41.google.com',
    enc: 'ascii7',
    text: `Dear Customer,

Your request has been received and assigned case number ${CASE.priya2}.
We will respond within 24-48 hours.

AWS Training and Certification`,
  }),
  e({
    slug: 'salesforce-ack-lf',
    kind: 'acknowledgement',
    caseId: '17440291865',
    note: 'case-creation auto-response with Salesforce thread token; LF line endings; warns not to open another case',
    from: SUPPORT,
    to: P.keep,
    subject: '[CASE 17440291865] [AWS Training and Certification Form Submission] - account-assistance',
    date: d('2026-03-02 21:44:02', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Dear Priya,

Thank you for contacting AWS Training and Certification. This is an automatic notice that we received your submission and opened case 17440291865.

Expected response time: 1 business day.
Please do not raise a separate case for the same request; if you need to add something, reply to this message.

${sfRef('Qm7Tz1LeK')}`,
  }),

  // ---------------- ai_answer ----------------
  e({
    slug: 'ai-generated-merge-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer emailed from the contact flow: use the Merge Accounts tool in your profile',
    from: AWS_NOTIFY,
    to: A.keep,
    subject: 'Here is an answer to your question',
    date: d('2026-01-20 15:58:40', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This response was generated using AI and may contain errors.

Your question: "I have two AWS Certification accounts, how do I combine them?"

You can consolidate duplicate AWS Certification accounts yourself:
  1. Sign in to the AWS Certification account you want to keep.
  2. Open your profile and choose Merge Accounts.
  3. Enter the credentials of the other account and follow the prompts.

If the tool reports that both accounts hold certifications, choose "Create case" to reach our support team.`,
  }),
  e({
    slug: 'suggested-answer-helpful',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatically suggested answer with "Was this helpful?" links; multipart quoted-printable',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: M.keep,
    subject: 'Suggested answer: merging certification accounts',
    date: d('2026-02-16 09:05:02', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Maria,

Based on what you described, this article may help (suggested automatically – not reviewed by an agent):

"Can I merge two AWS Certification accounts?"
Yes – log in to your main AWS Certification account and use the Merge Accounts tool. Your exam history, certifications and benefits move to the main account.

Was this helpful?  Yes: https://support.aws.com/f/y   No: https://support.aws.com/f/n

Still need help? Continue to create a case.`,
    html: html(`<p>Hi Maria,</p><p>Based on what you described, this article may help <i>(suggested automatically – not reviewed by an agent)</i>:</p>
<blockquote><b>Can I merge two AWS Certification accounts?</b><br>Yes – log in to your main AWS Certification account and use the Merge Accounts tool. Your exam history, certifications and benefits move to the main account.</blockquote>
<p>Was this helpful? <a href="https://support.aws.com/f/y">Yes</a> | <a href="https://support.aws.com/f/n">No</a></p><p>Still need help? Continue to create a case.</p>`),
  }),
  e({
    slug: 'assistant-bot-dkim-only',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated assistant reply ("I\'m an automated assistant"), DKIM-only pass',
    from: 'AWS Support Assistant <no-reply-aws@amazon.com>',
    to: P.keep,
    subject: 'Answer from the AWS Support assistant',
    date: d('2026-03-02 21:35:51', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hi there, I'm an automated assistant.

It sounds like you'd like your certifications in a single AWS Certification account. In most cases you can do this from Profile > Merge Accounts while signed in to the account you want to keep. Certifications earned on the secondary account will then appear on the primary one.

If something goes wrong, reply "agent" or create a case and a person from our team will take over.`,
  }),
  e({
    slug: 'while-you-wait-resources',
    kind: 'ai_answer',
    caseId: CASE.maria,
    note: 'automated "while you wait" message on the new case with self-service suggestions; carries the case ID',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `While you wait: resources for case ${CASE.maria}`,
    date: d('2026-02-16 09:14:10', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello,

While our team reviews case ${CASE.maria}, these automatically selected resources might resolve your question right away:

• Merging duplicate AWS Certification accounts – use the Merge Accounts option in your Certification profile.
• Claiming your digital badge on Credly – accept the badge sent to your certification email.

These recommendations were generated automatically based on the words in your request.

Amazon Web Services`,
  }),
  e({
    slug: 'misaligned-dkim-ai-answer',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'claims to be an AI answer from AWS but DKIM is for an unrelated bulk-mail domain and DMARC fails',
    from: AWS_NOTIFY,
    to: A.keep,
    subject: 'AI answer: merge your accounts in one click',
    date: d('2026-01-21 02:11:00', '+0000'),
    auth: 'misaligned',
    relay: 'o7.sendgrid-bulk-7731.net',
    enc: 'ascii7',
    text: `This answer was generated by AI.

To merge your AWS Certification accounts instantly, sign in with both passwords here:
https://merge-aws-cert.example.com/start

Amazon Web Services`,
  }),

  // ---------------- info_request ----------------
  e({
    slug: 'need-ids-and-which-to-keep',
    kind: 'info_request',
    caseId: CASE.alex,
    note: 'asks for both candidate IDs and e-mails and which account to keep; quoted original under Salesforce separator',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-21 18:22:09', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Alex,

Thank you for contacting AWS Training and Certification. My name is Daniel and I'll be assisting you today.

To move forward with your request, could you please provide the following:

- The AWS Candidate ID of each account (AWSxxxxxxxx)
- The email address associated with each account
- Which of the two accounts you would like to keep active

Once we have these details, we'll be glad to continue.

${sig('Daniel R.')}

${sfRef('Wk3Pq9ZaR')}

${sfOriginal(A.keep, '1/20/2026 4:02 PM', 'aws-cs-trainingcertification-form@amazon.com', 'Merge accounts', ALEX_REQUEST)}`,
  }),
  e({
    slug: 'write-from-primary-address',
    kind: 'info_request',
    caseId: CASE.priya,
    note: '"we\'d need you to write in from the address on the account you want to keep", plus candidate IDs',
    from: SUPPORT,
    to: P.src,
    cc: P.keep,
    subject: formSubject(CASE.priya),
    date: d('2026-03-03 14:50:30', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Priya,

Thanks for getting in touch. For security reasons we'd need you to write in from the email address registered on the account you'd like to keep — at the moment your message came from an address that isn't on either account.

When you reply from that address, please include the candidate ID of the account you want merged into it.

Thanks for your patience,
Meera
AWS T&C Customer Support`,
  }),
  e({
    slug: 'html-id-proof-screenshot',
    kind: 'info_request',
    caseId: CASE.maria,
    note: 'HTML-only; kindly share legal name as on government ID and a screenshot of each account\'s Certifications page',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-17 11:31:12', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p>Dear Maria,</p>
<p>Thank you for your patience. Because the two accounts show different names (<i>Maria Garcia</i> and <i>María García López</i>), we need to verify that both belong to you.</p>
<p>Kindly share:</p>
<ul><li>your full legal name exactly as it appears on your government-issued ID, and</li>
<li>a screenshot of the <b>Certifications</b> page of each account.</li></ul>
<p>Please do not send a copy of the ID itself.</p>
<p>Warm regards,<br>Lucía<br>AWS Training and Certification Customer Support</p>`),
  }),
  e({
    slug: 'would-you-mind-confirming-name',
    kind: 'info_request',
    trap: true,
    caseId: CASE.alexDup,
    note: '"would you mind confirming your full name and company" — asks for details, not for consent to merge',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alexDup),
    date: d('2026-04-07 20:14:55', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Alex,

Would you mind confirming your full name and the company name you entered when you registered for your last exam? The profile on ${A.srcId} has the company field blank, and we have to match it before we can look at merging anything.

Thanks!
Jordan
AWS Training and Certification`,
  }),
  e({
    slug: 'outlook-block-which-email',
    kind: 'info_request',
    caseId: CASE.alex,
    note: 'asks which e-mail should become the login of the kept account; Outlook From/Sent/To/Subject quote below',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-22 17:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Alex,

Thanks for the IDs. One more thing before I can hand this over: account ${A.keepId} lists two addresses (login ${A.keep}, notification ${A.src}). Which one should remain the login and notification address once everything is combined? Please let me know by replying here.

Daniel R.

From: Alex Kim <${A.keep}>
Sent: Wednesday, January 21, 2026 9:05 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE ${CASE.alex}] [AWS Training and Certification Form Submission] - account-assistance

Hi Daniel,
Keep: ${A.keepId} (${A.keep})
Merge: ${A.srcId} (${A.src})
Thanks, Alex`,
  }),
  e({
    slug: 'to-other-person-info-request',
    kind: 'info_request',
    forUser: false,
    caseId: '1772650093321',
    note: 'sent to someone else (j.doe@work.example.net); no To/Cc/Delivered-To of the user',
    from: SUPPORT,
    to: 'Jamie Doe <j.doe@work.example.net>',
    subject: formSubject('1772650093321'),
    date: d('2026-01-23 13:09:27', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Jamie,

Could you please send us the candidate IDs of both AWS Certification accounts and confirm which email address you can still access?

${sig('Ana P.')}`,
  }),
  e({
    slug: 'original-message-typos',
    kind: 'info_request',
    caseId: CASE.priya,
    note: 'typos; identifiers between the words ("provide, for account AWS…, the…"); -----Original Message----- quote',
    from: SUPPORT,
    to: priyaTo,
    subject: formSubject(CASE.priya),
    date: d('2026-03-04 09:02:41', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Priya,

thank you for replying form the right address. could you also provide, for account ${P.srcId} (${P.src}), the exact date of your last exam and the the exam name? our system shows two diffrent profiles with this ID and I want to be sure we pick the correct one.

Regards
Meera

-----Original Message-----
From: Priya Nair <${P.keep}>
Sent: Tuesday, March 3, 2026 6:12 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE ${CASE.priya}] [AWS Training and Certification Form Submission] - account-assistance

Hi Meera, writing from ${P.keep} now. The other candidate ID is ${P.srcId}.
Priya

${quote(PRIYA_REQUEST)}`,
  }),
  e({
    slug: 'phish-training-support-net',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.maria,
    note: 'look-alike aws-training-support.net, no Authentication-Results; asks for passwords to "complete verification"',
    from: 'AWS Training & Certification <support@aws-training-support.net>',
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-17 03:33:03', '+0100'),
    auth: 'none',
    enc: 'ascii7',
    text: `Dear customer,

To continue with case ${CASE.maria} please provide the password of both accounts and the card used for your exam payment. Reply within 12 hours or the case will be cancelled.

AWS Training & Certification`,
  }),

  // ---------------- confirmation_request ----------------
  e({
    slug: 'please-confirm-irreversible',
    kind: 'confirmation_request',
    caseId: CASE.alex,
    note: 'explicit: please confirm you want AWS48820193 merged into AWS31846620; cannot be undone',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-23 18:12:48', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Alex,

Thank you for the information. Before we proceed, please confirm that you would like us to merge account ${A.srcId} (${A.src}) into account ${A.keepId} (${A.keep}).

Please note this action is permanent and cannot be reversed. After the merge you will only be able to sign in with ${A.keep}.

${sig('Daniel R.')}

${sfRef('Wk3Pq9ZaR')}`,
  }),
  e({
    slug: 'if-correct-just-reply',
    kind: 'confirmation_request',
    caseId: CASE.priya,
    note: 'no word "confirm": "if everything above looks right, simply reply to this email and we\'ll go ahead"',
    from: SUPPORT,
    to: priyaTo,
    subject: formSubject(CASE.priya),
    date: d('2026-03-05 10:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Priya,

Here's what we're going to do:

  Account to keep:   ${P.keepId}  –  ${P.keep}
  Account to retire: ${P.srcId}  –  ${P.src}

Everything from the retired account (exam history, 2 certifications, one 50% voucher) will move to the account you keep.

If everything above looks right, simply reply to this email and we'll go ahead.

Meera`,
  }),
  e({
    slug: 'reply-i-agree-multipart',
    kind: 'confirmation_request',
    caseId: CASE.maria,
    note: 'asks the customer to reply with "I agree" to authorise the merge; multipart/alternative',
    from: SUPPORT,
    to: mariaTo,
    subject: formSubject(CASE.maria),
    date: d('2026-02-18 15:45:10', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Maria,

Thank you for verifying your identity. We are ready to combine ${M.srcId} with ${M.keepId}.

To authorise this, please respond to this message with the words "I agree". Once the accounts are combined the change cannot be undone.

Lucía
AWS Training and Certification Customer Support`,
    html: html(paras(`Dear Maria,

Thank you for verifying your identity. We are ready to combine ${M.srcId} with ${M.keepId}.`) + `
<p>To authorise this, please respond to this message with the words <b>"I agree"</b>. Once the accounts are combined the change cannot be undone.</p>
<p>Lucía<br>AWS Training and Certification Customer Support</p>`),
  }),
  e({
    slug: 'happy-for-us-to-go-ahead',
    kind: 'confirmation_request',
    caseId: CASE.alexDup,
    note: 'modal phrasing: "would you mind letting us know you\'re happy for us to go ahead"; LF line endings',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alexDup),
    date: d('2026-04-08 19:03:22', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Hi Alex,

Thanks, the names match now. We can fold ${A.srcId} into ${A.keepId} for you; just be aware it's a one-way operation.

Would you mind letting us know you're happy for us to go ahead? A one-line reply is enough.

Cheers,
Jordan`,
  }),
  e({
    slug: 'resent-from-work-confirm',
    kind: 'confirmation_request',
    forUser: false,
    caseId: '1772650055410',
    note: 'confirmation request bounced from the old work mailbox with Resent-From/To/Date',
    from: SUPPORT,
    to: A.src,
    subject: formSubject('1772650055410'),
    date: d('2026-05-04 16:00:09', '+0000'),
    resent: { from: 'Alex Kim <a.kim@work.example.net>', to: A.keep, date: d('2026-05-04 18:41:30', '+0000') },
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Alex,

Please confirm that we may merge ${A.srcId} into ${A.keepId}. This cannot be undone.

${sig('Ana P.')}`,
  }),
  e({
    slug: 'forged-below-confirm',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.priya,
    note: 'forged dmarc=pass Authentication-Results placed below the server\'s Received line',
    from: SUPPORT,
    to: P.keep,
    subject: formSubject(CASE.priya),
    date: d('2026-03-05 11:02:00', '+0000'),
    auth: 'forgedBelow',
    relay: 'smtp.cheap-vps.example',
    enc: 'ascii7',
    text: `Hi Priya,

Please confirm the merge by signing in at https://aws-cert-merge.example.org/confirm?case=${CASE.priya} within 24 hours.

Meera`,
  }),
  e({
    slug: 'long-thread-confirm',
    kind: 'confirmation_request',
    caseId: CASE.maria,
    note: 'reconfirmation request on top of a three-level quoted thread; "confirm you still want us to proceed"',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-20 10:10:10', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Maria,

Apologies — your last message arrived without the "I agree" text (it looks like only the signature came through). As the merge is irreversible, we need an explicit answer: can you confirm you still want us to proceed with merging ${M.srcId} into ${M.keepId}?

Lucía

${sfOriginal(M.keep, '2/19/2026 8:40 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.maria), `--
Maria Garcia
Sent from my phone`)}

${sfOriginal('aws-cs-trainingcertification-form@amazon.com', '2/18/2026 3:45 PM', M.keep, formSubject(CASE.maria), `Dear Maria,

To authorise this, please respond to this message with the words "I agree".

Lucía`)}

${sfOriginal(M.keep, '2/16/2026 9:10 AM', 'aws-cs-trainingcertification-form@amazon.com', 'Account merge', MARIA_REQUEST)}`,
  }),
  e({
    slug: 'html-kindly-acknowledge-yes-proceed',
    kind: 'confirmation_request',
    caseId: CASE.priya2,
    note: 'HTML-only: kindly acknowledge the merge is irreversible by responding "Yes, proceed"',
    from: SUPPORT,
    to: priyaTo,
    subject: formSubject(CASE.priya2),
    date: d('2026-06-10 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`<div>Hello Priya,</div><br>
<div>We located a third profile (${'AWS40018822'}) created with your old employer's address. We can combine it with ${P.keepId} as well.</div><br>
<div>Kindly acknowledge that this consolidation is irreversible by responding <b>"Yes, proceed"</b> to this email.</div><br>
<div>Regards,<br>Meera</div>`),
  }),

  // ---------------- merge_completed ----------------
  e({
    slug: 'successfully-merged',
    kind: 'merge_completed',
    caseId: CASE.alex,
    note: 'plain: "I have successfully merged your accounts"; quotes the user\'s consent in Gmail "On ... wrote:" form',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-24 22:31:05', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Alex,

I have successfully merged your accounts. Everything that was on ${A.srcId} is now on ${A.keepId}; please sign in with ${A.keep} to review your certifications and benefits.

${sig('Daniel R.')}

On Sat, Jan 24, 2026 at 9:02 AM Alex Kim <${A.keep}> wrote:
> Hi Daniel, yes, I confirm. Please go ahead.
> Alex`,
  }),
  e({
    slug: 'consolidation-complete-closing',
    kind: 'merge_completed',
    caseId: CASE.priya,
    note: 'consolidation is complete + "this case will now be closed" (completion is the news)',
    from: SUPPORT,
    to: priyaTo,
    subject: formSubject(CASE.priya),
    date: d('2026-03-06 08:45:30', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Priya,

Good news: the consolidation is complete. Your exam history, both certifications and the 50% discount voucher now appear under ${P.keepId}.

Since nothing else is pending, this case will now be closed. You can reopen it by replying within 14 days.

Meera – AWS Training & Certification`,
  }),
  e({
    slug: 'html-accounts-combined',
    kind: 'merge_completed',
    caseId: CASE.maria,
    note: 'HTML-only: "your two accounts have been combined" (no word merged/completed)',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-21 13:20:44', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p>Hi Maria,</p>
<p>Thanks for your reply. Your two AWS Certification profiles have now been combined into <b>${M.keepId}</b> (${M.keep}). The university profile is deactivated.</p>
<p>It can take up to 48 hours for the change to show in AWS Partner Central.</p>
<p>Lucía</p>`),
  }),
  e({
    slug: 'merge-went-through-ref',
    kind: 'merge_completed',
    caseId: CASE.alexDup,
    note: 'informal: "the merge went through"; typo; Salesforce ref token',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alexDup),
    date: d('2026-04-10 15:08:19', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Alex,

Quick update - the merge went through this morning. You shoud now see all five certs under ${A.keepId}.

Cheers,
Jordan

${sfRef('Hd8Nn2CwE')}`,
  }),
  e({
    slug: 'dmarc-fail-merged',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.alex,
    note: 'announces the merge but the server\'s own verdict is dmarc=fail',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-24 03:03:03', '+0000'),
    auth: 'fail',
    relay: 'mail.bulk-sender.example',
    enc: 'ascii7',
    text: `Hello Alex,

Your accounts have been merged. To activate your combined profile, download the attached certificate viewer.

AWS Training and Certification`,
  }),
  e({
    slug: 'merged-to-team-list',
    kind: 'merge_completed',
    forUser: false,
    caseId: '17440311902',
    note: 'completion notice sent to a team distribution list, not to any of the user\'s addresses',
    from: SUPPORT,
    to: 'cloud-team@oldjob.example',
    subject: formSubject('17440311902'),
    date: d('2026-03-12 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

As requested by your training coordinator, accounts AWS55501234 and AWS55509876 have been merged. The remaining account is AWS55501234.

${sig('Meera')}`,
  }),
  e({
    slug: 'account-update-id-in-body',
    kind: 'merge_completed',
    caseId: CASE.priya2,
    note: 'subject without case ID ("Your AWS Certification account update"); merge done, case ID only in body',
    from: SUPPORT,
    to: P.keep,
    subject: 'Your AWS Certification account update',
    date: d('2026-06-11 07:30:12', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Priya,

Regarding case ${CASE.priya2}: profile AWS40018822 has been merged into ${P.keepId} as you asked. You now have a single account with all of your certifications.

Regards,
Meera`,
  }),

  // ---------------- badges_transferred ----------------
  e({
    slug: 'credly-earned-badge',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly notice from the AWS issuer: a badge was issued to the kept address; "Accept your badge"',
    from: CREDLY_AWS,
    to: A.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: d('2026-01-25 05:12:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Alex,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Professional

Accept your badge: https://www.credly.com/earner/earned/badge/9b2d4e71-1f0a-4c3b-8d5e-77aa66bb55cc

Once accepted, you can share it on LinkedIn, add it to your email signature and more.

— The Credly Team`,
    html: html(`<div style="text-align:center"><img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="140" alt="badge">
<p>Hi Alex,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<h3>AWS Certified Solutions Architect – Professional</h3>
<p><a href="https://www.credly.com/earner/earned/badge/9b2d4e71-1f0a-4c3b-8d5e-77aa66bb55cc" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, a Pearson company</p></div>`),
  }),
  e({
    slug: 'credly-badge-reissued-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly notice: AWS issuer re-issued a badge to this address',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'Your badge has been re-issued',
    date: d('2026-02-22 10:02:33', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p>Hello Maria,</p>
<p>Amazon Web Services Training and Certification re-issued your <b>AWS Certified Cloud Practitioner</b> badge to <i>${M.keep}</i>.</p>
<p>The previous copy of this badge has been replaced. <a href="https://www.credly.com/earner/earned">View your badges</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because a badge was issued to you on Credly.</p>`),
  }),
  e({
    slug: 'support-moved-credly-badges',
    kind: 'badges_transferred',
    caseId: CASE.alex,
    note: 'agent on the same case: the Credly badges were moved over to the kept account',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-27 19:44:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Alex,

Following up on your question about the badges: I've had your Credly badges transferred to ${A.keep}. They should already be visible in your Credly wallet; if one still shows as pending, accept it from the Credly email.

${sig('Daniel R.')}`,
  }),
  e({
    slug: 'credly-three-badges-issued',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly from the AWS issuer: several badges issued at once',
    from: CREDLY_AWS,
    to: P.keep,
    subject: "You've been issued 3 badges",
    date: d('2026-03-07 04:20:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Priya,

Amazon Web Services Training and Certification issued you 3 badges:

  * AWS Certified Developer - Associate
  * AWS Certified SysOps Administrator - Associate
  * AWS Certified Cloud Practitioner

Accept them all at https://www.credly.com/earner/earned

Credly`,
  }),
  e({
    slug: 'credly-no-auth-results',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'genuine-looking AWS Credly badge mail with no Authentication-Results at all',
    from: CREDLY_AWS,
    to: A.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: d('2026-01-25 06:00:00', '+0000'),
    auth: 'none',
    relay: 'relay.mass-mailer.example',
    enc: 'ascii7',
    text: `Hi Alex,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/00000000-1111-2222-3333-444444444444

The Credly Team`,
  }),
  e({
    slug: 'support-badges-reissued-accept',
    kind: 'badges_transferred',
    caseId: CASE.maria,
    note: 'support says the badges were re-issued to the personal address and asks to accept them in Credly',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-22 09:40:00', '+0100'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Maria,

You mentioned the badges still showed under your university email. Our badging team has re-issued both of them to ${M.keep} — you'll find them in Credly under "Pending"; please accept them there.

Saludos,
Lucía`,
  }),

  // ---------------- case_closed ----------------
  e({
    slug: 'auto-close-72h',
    kind: 'case_closed',
    caseId: '1772650067788',
    note: 'no response from the customer; the case closes automatically in 72 hours unless they reply',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject('1772650067788'),
    date: d('2026-05-11 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Alex,

We haven't heard back from you regarding our last message. If we don't receive a reply within 72 hours, this case will be closed automatically.

If you still need help, simply respond to this email.

AWS Training and Certification`,
  }),
  e({
    slug: 'notify-case-resolved',
    kind: 'case_closed',
    caseId: '17440291865',
    note: 'AWS Support notification: the case has been resolved',
    from: AWS_NOTIFY,
    to: P.keep,
    subject: 'Case 17440291865 has been resolved',
    date: d('2026-03-04 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear AWS customer,

Your support case 17440291865 has been resolved. We combined it with your other open case so that one agent handles your request.

To reopen this case, reply within 14 days or visit the Support Center.

Amazon Web Services`,
  }),
  e({
    slug: 'closing-merged-last-week',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.alex,
    note: 'restates that the accounts were merged last week; the news is only that the case is being closed',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-02-02 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Alex,

As your accounts were merged last week and the badges have been transferred, I'm going to close this case now.

Thanks for choosing AWS Training and Certification — good luck with your next exam!

Daniel R.`,
  }),
  e({
    slug: 'resolved-info-not-received',
    kind: 'case_closed',
    caseId: CASE.priya2,
    note: 'marking the case resolved because the requested information never arrived',
    from: SUPPORT,
    to: P.keep,
    subject: formSubject(CASE.priya2),
    date: d('2026-07-01 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Priya,

As we have not received the information requested on June 12, we are marking this case as resolved. Should you wish to continue, please open a new case and reference ${CASE.priya2}.

Regards,
Meera`,
  }),
  e({
    slug: 'google-ar-only-closed',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.maria,
    note: 'only an Authentication-Results from another authserv-id (mx.google.com), none from mx.test.example',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-03-01 10:00:00', '+0100'),
    auth: 'otherOnly',
    relay: 'mail-forwarder.example.es',
    enc: 'ascii7',
    text: `Hi Maria,

This case has been closed. If you need anything else, please open a new case.

AWS Training and Certification`,
  }),
  e({
    slug: 'html-case-closed-list',
    kind: 'case_closed',
    forUser: false,
    caseId: '1790077123',
    note: 'HTML closing notice addressed to a shared support alias of another company, not the user',
    from: AWS_NOTIFY,
    to: 'training-admins@partner.example.com',
    subject: 'Your AWS support case 1790077123 has been closed',
    date: d('2026-04-15 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<p>Hello,</p><p>Support case <b>1790077123</b> was closed on April 14, 2026.</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=1790077123">View case</a></p>
<p>Amazon Web Services</p>`),
  }),

  // ---------------- support_reply ----------------
  e({
    slug: 'looking-into-it',
    kind: 'support_reply',
    caseId: CASE.maria,
    note: 'human status reply: looking into it with the certification team, nothing asked',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-16 16:30:00', '+0100'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Maria,

Thanks for your patience. I'm looking into this and have reached out to our certification operations team to check both profiles. I'll update you as soon as I hear back.

Lucia`,
  }),
  e({
    slug: 'unable-to-merge-exam-scheduled',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.priya2,
    note: '"unable to merge/complete" because an exam is scheduled on the source account; a refusal, not completion',
    from: SUPPORT,
    to: P.keep,
    subject: formSubject(CASE.priya2),
    date: d('2026-06-12 08:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Priya,

Unfortunately we are unable to complete the merge at this time: account AWS40018822 has an exam appointment on June 30, and accounts with scheduled exams cannot be merged. After you have sat (or cancelled) the exam, just reply here and we'll pick it up again.

Meera`,
  }),
  e({
    slug: 'duplicate-cases-merged-en',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.alex,
    note: '"we merged your duplicate cases" — about support cases; the account request is still being worked on',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-21 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Alex,

I noticed you opened case ${CASE.alexDup} for the same request, so I've merged your duplicate cases into this one (${CASE.alex}). No action is needed from you; I'll continue here.

Daniel R.`,
  }),
  e({
    slug: 'escalated-backend',
    kind: 'support_reply',
    caseId: CASE.priya,
    note: 'escalated to the back-end team; expect 3–5 business days',
    from: SUPPORT,
    to: P.keep,
    subject: formSubject(CASE.priya),
    date: d('2026-03-03 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Priya,

I've escalated your request to our back-end team, who handle profile changes of this kind. They usually need 3–5 business days; I'll keep an eye on it and let you know.

Meera`,
  }),
  e({
    slug: 'answers-exam-history-question',
    kind: 'support_reply',
    caseId: CASE.maria,
    note: 'answers a question (exam history and a scheduled exam are unaffected); no action or status change',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.maria),
    date: d('2026-02-17 18:00:00', '+0100'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Maria,

To answer your question: yes, your full exam history and any active benefits carry over, and your exam booked for March 3 stays valid – it will simply show under the account you keep.

Lucía`,
  }),
  e({
    slug: 'thanks-for-confirming-submitted',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.priya,
    note: 'thanks for confirming; merge request submitted, takes 3–5 business days — a status update after consent',
    from: SUPPORT,
    to: P.keep,
    subject: formSubject(CASE.priya),
    date: d('2026-03-05 13:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Priya,

Thanks for confirming. I have submitted the merge request to the team that processes it; it usually takes 3-5 business days, and I'll write again once it's done.

Meera

On Thu, Mar 5, 2026 at 12:58 PM Priya Nair <${P.keep}> wrote:
> Yes, that all looks right - please go ahead.`,
  }),
  e({
    slug: 'lookalike-authserv-status',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.alex,
    note: 'topmost Authentication-Results is from a look-alike authserv-id (mx.test.example.mailhub-relay.net)',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-22 05:00:00', '+0000'),
    auth: 'lookalikeServer',
    relay: 'relay.mailhub-relay.net',
    enc: 'ascii7',
    text: `Hi Alex,

We're still working on your request and will update you shortly.

AWS Training and Certification`,
  }),
  e({
    slug: 'apologies-delay-gmail-quote',
    kind: 'support_reply',
    caseId: CASE.alexDup,
    note: 'apologises for the delay, promises an update by Friday; top-posted above the user\'s Gmail quote',
    from: SUPPORT,
    to: A.keep,
    subject: formSubject(CASE.alexDup),
    date: d('2026-04-06 21:15:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Alex,

Sorry for the slow reply — we've had a high volume of requests this week. Your case is with me now and I expect to have an update for you by Friday.

Jordan

On Mon, Apr 6, 2026 at 10:02 AM Alex Kim <${A.keep}> wrote:
> Hello, any news on this? It's been four days.
>
> On Thu, Apr 2, 2026 at 8:00 PM Alex Kim <${A.keep}> wrote:
>> Hi, I'd like my two certification accounts combined.
>> ${A.keepId} / ${A.srcId}`,
  }),

  // ---------------- unrelated ----------------
  e({
    slug: 'csat-was-issue-resolved',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'satisfaction survey ("Was your issue resolved?") — a survey, not a closing notice',
    from: 'AWS Training and Certification <aws-training-survey@amazon.com>',
    to: A.keep,
    subject: 'How did we do? Tell us about your recent support experience',
    date: d('2026-01-26 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Alex,

You recently contacted AWS Training and Certification Customer Support. Was your issue resolved?

  Yes: https://survey.aws.training/r?v=1
  No:  https://survey.aws.training/r?v=0

It takes less than a minute. Thank you for helping us improve.`,
  }),
  e({
    slug: 'exam-appointment-confirmation',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'exam appointment confirmation ("please confirm", "registration completed") from the certification portal',
    from: 'AWS Certification <no-reply@aws.training>',
    to: M.keep,
    subject: 'AWS Certification: Exam appointment confirmation',
    date: d('2026-02-24 14:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Maria Garcia,

Your registration is completed. Please confirm the details of your appointment below:

Exam: AWS Certified Developer - Associate (DVA-C02)
Date: March 3, 2026, 9:00 AM CET
Delivery: Online proctored
Registration ID: 440-119-203

Please check in 30 minutes early with a valid ID.

AWS Certification`,
  }),
  e({
    slug: 'hashicorp-via-credly',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: P.keep,
    subject: 'HashiCorp sent you a badge',
    date: d('2026-03-09 17:20:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Priya,

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/5555aaaa-bbbb-cccc-dddd-eeeeffff0000

The Credly Team`,
  }),
  e({
    slug: 'marketing-merge-skills',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'marketing mail playing on "merge" and "complete" (Skill Builder challenge)',
    from: 'AWS Training and Certification <aws-marketing-email-replies@amazon.com>',
    to: A.keep,
    subject: 'Merge your skills: complete the 30-day cloud challenge',
    date: d('2026-02-10 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`<h1>Merge theory with practice</h1>
<p>Complete the 30-day AWS Skill Builder challenge and earn a digital badge. Confirm your spot today!</p>
<p><a href="https://skillbuilder.aws/challenge">Join now</a></p>
<p style="font-size:11px">To unsubscribe, click <a href="https://pages.awscloud.com/unsubscribe">here</a>. Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</p>`),
  }),
  e({
    slug: 'credly-account-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge authorization code (Credly wallets, not AWS Certification accounts)',
    from: 'Credly <admin@credly.com>',
    to: M.keep,
    subject: 'Confirm your account merge',
    date: d('2026-02-23 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Maria,

Someone (hopefully you) asked to merge the Credly account ${M.src} into another Credly account.

Your authorization code: 482193

Enter the code on the merge screen or click "Complete Account Merge" below. If you didn't request this, ignore this email.

Complete Account Merge: https://www.credly.com/users/merge/confirm

Credly`,
  }),
  e({
    slug: 'own-reply-cc-self',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.alex,
    note: 'the user\'s own consent reply to support, copied to himself — the user\'s words, not support\'s',
    from: alexTo,
    to: SUPPORT,
    cc: A.keep,
    subject: formSubject(CASE.alex),
    date: d('2026-01-24 09:02:00', '-0800'),
    auth: 'pass',
    relay: 'mail.example.com',
    enc: 'ascii7',
    text: `Hi Daniel, yes, I confirm. Please go ahead and merge ${A.srcId} into ${A.keepId}.
Alex

Sent from my iPhone

> On Jan 23, 2026, at 10:12 AM, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> Before we proceed, please confirm that you would like us to merge account ${A.srcId} into account ${A.keepId}.`,
  }),
  e({
    slug: 'exam-results-available',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'exam score notice ("you have completed your exam"), certification portal mail',
    from: 'AWS Certification <no-reply@aws.training>',
    to: P.keep,
    subject: 'Your AWS Certification exam results are available',
    date: d('2026-04-02 19:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Priya,

You have completed the AWS Certified Solutions Architect - Associate exam. Your results are now available in your AWS Certification account under Exam History.

If you passed, your digital badge will arrive from Credly within 5 business days.

AWS Certification`,
  }),
];
