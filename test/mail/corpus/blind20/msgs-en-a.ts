// English messages of set s, part A: receipts, automated answers, information requests.
// Formal US corporate prose from a senior escalation desk.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, formSubject, MARGARET, DANIEL, CASE, COLIN, BW_HR, VERITAS_OPS,
  d, quote, sfOrig, gmailEn, outlookEn, origMsgEn, sigEn, FOOT_EN, sfRef, paras, htmlDoc, esc, htmlWithQuote,
  MARG_REQ, DAN_REQ, margSig, danSig, enGmail,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

const M = MARGARET;
const D = DANIEL;
const margTo = `${M.name} <${M.keep}>`;
const danTo = `${D.name} <${D.keep}>`;

export const EN_A: Msg[] = [
  // ================= acknowledgement (6) =================
  e({
    slug: 'marg-case-opened-notify',
    kind: 'acknowledgement',
    caseId: CASE.marg,
    note: 'AWS Support notification that case was opened; response expected within 24 hours',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `AWS Support: Case ${CASE.marg} has been opened`,
    date: d('2026-01-06 15:22:08', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear ${M.name},

Thank you for contacting AWS Training and Certification. This message acknowledges that we have opened case ${CASE.marg} on your behalf.

Case ID: ${CASE.marg}
Subject: account-assistance
Severity: General guidance

A member of our customer support team will respond to this e-mail address, typically within 24 hours. To avoid delays, we kindly ask that you not submit an additional case for the same matter.

Sincerely,
Amazon Web Services

This notification was generated automatically. Please do not reply directly to this message.`,
  }),
  e({
    slug: 'dan-receipt-id-in-body-multipart',
    kind: 'acknowledgement',
    caseId: CASE.dan,
    note: 'form receipt; the case number appears only in the body; multipart quoted-printable',
    from: SUPPORT,
    to: danTo,
    subject: 'Your AWS Training and Certification inquiry has been received',
    date: d('2026-03-03 17:04:51', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Daniel Rosenquist,

We are writing to let you know that your submission to AWS Training and Certification Customer Support has been logged. For future reference, your case number is ${CASE.dan}.

Our specialists review requests in the order received. You can expect a reply within one to two business days. Should you need to add information, please reply to this message rather than submitting the form again.

With appreciation,
AWS Training and Certification Customer Support`,
    html: htmlDoc(paras(`Dear Daniel Rosenquist,

We are writing to let you know that your submission to AWS Training and Certification Customer Support has been logged. For future reference, your case number is ${CASE.dan}.

Our specialists review requests in the order received. You can expect a reply within one to two business days. Should you need to add information, please reply to this message rather than submitting the form again.

With appreciation,
AWS Training and Certification Customer Support`)),
  }),
  e({
    slug: 'dan-dup-receipt',
    kind: 'acknowledgement',
    caseId: CASE.danDup,
    note: 'receipt of a second case opened by mistake; still only a receipt',
    from: AWS_NOTIFY,
    to: D.keep,
    subject: `[Case ${CASE.danDup}] AWS Training and Certification - account-assistance`,
    date: d('2026-03-04 02:40:17', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Hello,

We have received your request and created case ${CASE.danDup}.

If this request duplicates a case that is already open, no further action is needed on your part; our team will consolidate the correspondence. Opening additional cases for the same issue may lengthen response times.

Amazon Web Services
(automated notice)`,
  }),
  e({
    slug: 'marg-receipt-html-summary',
    kind: 'acknowledgement',
    caseId: CASE.marg,
    note: 'HTML-only receipt summarising the submitted form fields',
    from: SUPPORT,
    to: margTo,
    subject: `[CASE ${CASE.marg}] Submission received - AWS Training and Certification`,
    date: d('2026-01-06 15:23:40', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="padding:24px">
<p>Dear ${esc(M.name)},</p>
<p>Thank you for your submission. The details below have been recorded under case <b>${CASE.marg}</b>.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td>Name</td><td>${esc(M.name)}</td></tr>
<tr><td>Company</td><td>${esc(M.company)}</td></tr>
<tr><td>AWS Candidate ID</td><td>${M.keepId}</td></tr>
<tr><td>Inquiry type</td><td>AWS Training and Certification &rsaquo; Certification &rsaquo; Account merge</td></tr>
</table>
<p>A specialist will contact you within one to two business days.</p>
<p style="font-size:11px;color:#687078">${esc(FOOT_EN).replace(/\n/g, '<br>')}</p>
</div>`),
  }),
  e({
    slug: 'forged-receipt-lookalike-subdomain',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.dan,
    note: 'receipt from amazon.com.case-desk.example (look-alike; authenticated for its own domain): untrusted',
    from: 'AWS Support <no-reply@amazon.com.case-desk.example>',
    to: D.keep,
    subject: `[Case ${CASE.dan}] We received your request`,
    date: d('2026-03-03 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

We received your request (case ${CASE.dan}). To speed up processing, verify your identity at https://amazon.com.case-desk.example/verify

AWS Support`,
  }),
  e({
    slug: 'dan-receipt-to-team-alias',
    kind: 'acknowledgement',
    forUser: false,
    caseId: CASE.other,
    note: 'a receipt for a case a colleague filed, sent to the team alias; no user address anywhere: forUser false',
    from: AWS_NOTIFY,
    to: VERITAS_OPS,
    subject: `AWS Support: Case ${CASE.other} has been opened`,
    date: d('2026-03-05 14:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Case ${CASE.other} has been opened for your inquiry regarding AWS Training and Certification. Our team will be in touch within 24 hours.

Please do not open a new case for the same request.

Amazon Web Services`,
  }),

  // ================= ai_answer (6) =================
  e({
    slug: 'marg-suggested-answer-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: 'Suggested answer for your AWS Training and Certification question',
    date: d('2026-01-06 15:10:02', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear ${M.name},

Based on the question you entered, our generative AI assistant has prepared the following suggested answer.

  To consolidate two AWS Certification accounts, sign in to the account you intend to keep, open Profile, and select Merge Accounts. Provide the sign-in details of the second account when prompted. If both accounts contain certification history, the tool will direct you to contact support.

This response was generated automatically and may not address every detail of your situation. If it does not resolve your question, select "Create case" to reach a specialist.

Amazon Web Services`,
  }),
  e({
    slug: 'dan-ai-explains-post-merge',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'AI answer describing what happens after a merge (merged, badges moved); still an automated answer',
    from: AWS_NOTIFY,
    to: D.keep,
    subject: 'Automated guidance: combining AWS Certification accounts',
    date: d('2026-03-03 16:55:30', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Daniel,

Here is an AI-generated overview that may help:

• After two accounts are merged, every certification, exam record and benefit appears under the surviving account.
• Credly badges are typically transferred to the e-mail address of the surviving account once the merge has been completed.
• A merge is permanent and cannot be reversed.

If you still need help, you may create a support case from this page.

— Generated by Amazon Q. Please verify important details with AWS Support.`,
  }),
  e({
    slug: 'dan-ai-html-only-q',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only automated answer card with a create-case button',
    from: AWS_NOTIFY,
    to: danTo,
    subject: 'Here is an answer to your question',
    date: d('2026-03-03 16:54:02', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="max-width:600px;padding:20px">
<h2 style="font-size:18px">Answer generated for you</h2>
<p>You can merge duplicate AWS Certification accounts yourself through <b>Profile &rsaquo; Merge Accounts</b> while signed in to the account you want to retain.</p>
<p>Self-service merging is not available when both accounts hold active certifications.</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training" style="background:#ff9900;color:#16191f;padding:8px 16px;text-decoration:none">Create case</a></p>
<p style="font-size:11px;color:#687078">AI-generated content. Accuracy is not guaranteed.</p>
</div>`),
  }),
  e({
    slug: 'marg-ai-if-resolved-no-case',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'automated answer that says nothing will be opened/closed if it helped (closing words); still AI',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: 'Was this answer helpful? - AWS Training and Certification',
    date: d('2026-01-06 15:11:45', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear ${M.first},

An automated assistant reviewed your question and suggests the following:

1. Use the Merge Accounts option in your AWS Certification profile.
2. If the tool reports that both accounts have certifications, continue to create a case.

If this answer resolved your question, no case will be opened and no further action is required; this conversation will simply be marked as resolved.

Was this answer helpful?  Yes | No

This message was composed by an AI system.
Amazon Web Services`,
  }),
  e({
    slug: 'forged-ai-ses-only',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI-answer text signed only by amazonses.com with dmarc=fail for amazon.com: untrusted',
    from: AWS_NOTIFY,
    to: D.keep,
    subject: 'Automated answer: account merge',
    date: d('2026-03-03 19:21:00', '+0000'),
    auth: 'sesOnly',
    enc: 'ascii7',
    text: `Hello,

Our virtual assistant suggests merging your accounts with the Merge Accounts tool in your certification profile.
This answer was generated automatically.

Amazon Web Services`,
  }),
  e({
    slug: 'dan-ai-received-question',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'says "we have received your question" (receipt words) but only carries a generated answer; no case yet',
    from: AWS_NOTIFY,
    to: danTo,
    subject: 'We received your question - here is an instant answer',
    date: d('2026-03-03 16:53:11', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

We have received your question and our AI assistant has drafted an instant answer:

"Duplicate certification profiles can usually be combined from the Merge Accounts page. Sign in with the profile you want to keep first."

If you would like a person to look at this, choose Create case. Until you do, no support case exists for this question.

Amazon Web Services – AI-assisted support`,
    html: htmlDoc(paras(`Hi Daniel,

We have received your question and our AI assistant has drafted an instant answer:

"Duplicate certification profiles can usually be combined from the Merge Accounts page. Sign in with the profile you want to keep first."

If you would like a person to look at this, choose Create case. Until you do, no support case exists for this question.

Amazon Web Services – AI-assisted support`)),
  }),

  // ================= info_request (8) =================
  e({
    slug: 'marg-numbered-ids-restates-receipt',
    kind: 'info_request',
    trap: true,
    caseId: CASE.marg,
    note: 'restates the receipt and apologises; asks for candidate IDs, sign-in e-mails and which account to keep',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-07 20:41:09', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

Thank you for contacting AWS Training and Certification. My name is Gwendolyn Price, and I am a Senior Escalation Specialist assigned to your request.

We acknowledge receipt of your inquiry of January 6, which was logged under case ${CASE.marg}. Please accept our apologies for the time it has taken to respond.

So that we may evaluate the consolidation, we respectfully ask that you provide the following:

  1. The AWS Candidate ID of each account (the identifier beginning with "AWS").
  2. The sign-in e-mail address registered on each account.
  3. The account you wish to retain as the surviving account.
  4. Your full legal name exactly as it appears on your certificates.

Upon receipt of these details, we will review the records and advise you of the next steps.

${sigEn('Gwendolyn Price')}

${FOOT_EN}

${sfRef('1Mz7KpQ')}

${sfOrig('2026-01-06 15:22', M.keep, SUPPORT_BARE, 'AWS Training and Certification Form Submission', MARG_REQ)}`,
  }),
  e({
    slug: 'dan-buried-screenshot-escalation',
    kind: 'info_request',
    trap: true,
    caseId: CASE.dan,
    note: 'long escalation letter; the one new thing, mid-letter, is a request for a screenshot of the source account history',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-06 22:15:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

Thank you for your continued patience. I am Marcus Whitfield with the Senior Escalation Desk of AWS Training and Certification Customer Support, and I have assumed ownership of case ${CASE.dan}.

By way of background: your request was received on March 3; on March 4 you kindly supplied the candidate IDs for both profiles; and on March 5 your case was escalated to our Certification Operations team because the two profiles list slightly different dates of birth in the exam vendor's system.

In order to resolve this discrepancy, we would be grateful if you could sign in to the profile associated with ${D.src} and send us a screenshot of the Exam History page, with the candidate ID visible.

Please be assured that no change has been made to either profile, and that the merge will not proceed until you have reviewed and approved the final details. We regret the additional step and appreciate your understanding.

${sigEn('Marcus Whitfield')}

${FOOT_EN}`,
  }),
  e({
    slug: 'marg-please-confirm-email-to-retain',
    kind: 'info_request',
    trap: true,
    caseId: CASE.marg,
    note: '"please confirm the e-mail address you wish to retain" asks for information, not consent',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-08 16:05:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Dear Ms. Okonkwo-Hale,

Thank you for the details provided. Before we proceed, please confirm the e-mail address you wish to retain as the sign-in for the surviving account. Your form lists ${M.src}, whereas your message refers to ${M.keep}.

Kindly reply with the address you intend to keep.

${sigEn('Gwendolyn Price')}`,
  }),
  e({
    slug: 'dan-dup-cases-merged-need-legal-name',
    kind: 'info_request',
    trap: true,
    caseId: CASE.dan,
    note: '"we have merged your duplicate cases" (cases, not accounts) and asks for the legal name on both profiles',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-04 15:30:12', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Mr. Rosenquist,

We noticed that case ${CASE.danDup} was opened for the same request as case ${CASE.dan}. We have merged the two cases, and all further correspondence will continue under ${CASE.dan}.

To move forward, please provide your full legal name as it appears on each certification profile, together with the country of residence listed on each.

Respectfully,
Theodore Lang
AWS Training and Certification Customer Support`,
  }),
  e({
    slug: 'marg-name-mismatch-after-consent-cc-manager',
    kind: 'info_request',
    trap: true,
    caseId: CASE.marg,
    note: 'restates the consent received; the new event is a request for the name spelling on a government ID because of a mismatch',
    from: SUPPORT,
    to: margTo,
    cc: COLIN,
    subject: formSubject(CASE.marg),
    date: d('2026-01-13 19:48:30', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Ms. Okonkwo-Hale,

Thank you for your message of January 12, in which you confirmed that you consent to the merge and acknowledged that it cannot be undone. Your confirmation has been recorded on the case.

During final review, our Certification Operations team observed that the source account lists the name "Margaret Hale," while the surviving account lists "Margaret Okonkwo-Hale." Before the merge can be executed, we must reconcile the names. Could you please reply with:

  - the name exactly as it appears on a current government-issued photo ID, and
  - which of the two spellings should appear on your certificates going forward?

Please do not send an image of the ID itself. I have kept Mr. Ashdown in copy, as you requested.

${sigEn('Gwendolyn Price')}

${FOOT_EN}`,
  }),
  e({
    slug: 'forged-info-freemail-display',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.marg,
    note: 'trusted display name on a free-mail address asking for passwords: untrusted',
    from: 'AWS Training and Certification <aws.cert.merge.desk@gmail.example>',
    to: M.keep,
    subject: `RE:[CASE ${CASE.marg}] Identity verification required`,
    date: d('2026-01-09 03:12:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Customer,

To complete your account merge, reply with the password for both certification accounts and a photo of your ID.

AWS Training & Certification`,
  }),
  e({
    slug: 'dan-which-to-keep-outlook-html',
    kind: 'info_request',
    caseId: CASE.dan,
    note: 'multipart reply with Outlook-style quote: asks which profile should survive',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-03-04 09:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Dear Mr. Rosenquist,

Thank you for reaching out. Your form lists ${D.keep} as the contact address, but the body of your request names ${D.src} as the profile holding your most recent certification. Would you let us know which profile you would like to retain after the merge?

${sigEn('Theodore Lang', 'Customer Support Specialist')}

${outlookEn('2026-03-03 10:04', `${D.name} <${D.keep}>`, SUPPORT_BARE, 'AWS Training and Certification Form Submission', DAN_REQ)}`,
    html: htmlDoc(htmlWithQuote(`Dear Mr. Rosenquist,

Thank you for reaching out. Your form lists ${D.keep} as the contact address, but the body of your request names ${D.src} as the profile holding your most recent certification. Would you let us know which profile you would like to retain after the merge?

Respectfully,
Theodore Lang
AWS Training and Certification Customer Support`, `From: ${D.name} <${D.keep}>\nSent: Tuesday, March 3, 2026 10:04 AM\nTo: ${SUPPORT_BARE}\nSubject: AWS Training and Certification Form Submission`, DAN_REQ, 'outlook')),
  }),
  e({
    slug: 'marg-badges-need-credly-email',
    kind: 'info_request',
    trap: true,
    caseId: CASE.marg,
    note: 'restates the completed merge; asks for the Credly e-mail address so badges can be moved',
    from: SUPPORT,
    to: margTo,
    subject: formSubject(CASE.marg),
    date: d('2026-01-21 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Ms. Okonkwo-Hale,

As noted in our message of January 19, the merge of your certification accounts was completed successfully. Thank you for letting us know that your Credly badges still appear under your former employer's address.

To arrange the transfer, please tell us the e-mail address associated with your Credly profile. Once we have it, we will submit the request to our badging team.

${sigEn('Gwendolyn Price')}`,
  }),
];
