// Set m, English part A: acknowledgement, ai_answer, info_request, confirmation_request.
import type { Msg } from './lib.js';
import {
  AISHA, CASE, FOOT_EN_1, FOOT_EN_2, FOOT_EN_3, MARCUS, NOTIFY, REBECCA, SUP,
  d, esc, formSubj, formSubj0, gmailEn, mk, origMsg, outlookEn, portal, sfOrig, sfRef, to,
} from './common.js';

const REBECCA_REQ = `Hello,
I have two AWS Certification accounts, one from my previous employer. Please merge them.
Keep: ${REBECCA.keep}
Old: ${REBECCA.src}
Rebecca Thornton`;

const MARCUS_REQ = `Hi - my certs are split between my contractor email (${MARCUS.src}) and my personal one (${MARCUS.keep}). The self-service merge tool says it can't merge accounts that both have certifications. Can you help? -Marcus`;

const AISHA_REQ = `Dear Support,
Kindly merge my AWS certification account registered under ${AISHA.src} (candidate ${AISHA.srcId}) into my account ${AISHA.keepId} (${AISHA.keep}).
Regards,
Aisha Rahman`;

export const EN_A: Msg[] = [
  // ───────────── acknowledgement (6) ─────────────
  mk({
    slug: 'en-ack-classic-24h', kind: 'acknowledgement', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'automatic receipt of the new case with case ID in subject',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj0(CASE.rebecca),
    date: d('2026-01-12 16:04:51', '-0800'), enc: 'ascii7',
    text: `Dear Rebecca Thornton,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that your inquiry has been logged under case number ${CASE.rebecca}. A Customer Support Associate will review your request and respond within 24 hours.

To help us serve you better:
  * Reply to this email to add information to your case.
  * Do not submit a new request for the same issue; duplicate cases delay our response.

Your original request:
${REBECCA_REQ}

Sincerely,
AWS Training and Certification Customer Support

${FOOT_EN_2}`,
  }),
  mk({
    slug: 'en-ack-html-ticket-id-body', kind: 'acknowledgement', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'HTML-only ticket receipt; the case number appears only in the body',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: 'We have received your request - AWS Training and Certification',
    date: d('2026-02-02 09:17:33', '-0800'), enc: 'utf8qp',
    html: `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="640" style="border:1px solid #eaeded"><tr><td style="background:#232f3e;color:#fff;padding:14px">AWS Training &amp; Certification</td></tr>
<tr><td style="padding:18px">
<p>Hello Marcus,</p>
<p>Your request has been received and a case has been created for you.</p>
<table cellpadding="4"><tr><td><b>Reference number</b></td><td>${CASE.marcus}</td></tr>
<tr><td><b>Category</b></td><td>Certification &gt; Account assistance</td></tr>
<tr><td><b>Expected response</b></td><td>within 1 business day</td></tr></table>
<p><a href="${portal(CASE.marcus, 'en')}">View your case in the Support Center</a></p>
<p>Please keep this reference number for future correspondence.</p>
</td></tr>
<tr><td style="font-size:10px;color:#687078;padding:10px">${esc(FOOT_EN_1).replace(/\n/g, '<br>')}</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-notify-multipart-portal', kind: 'acknowledgement', lang: 'en', caseId: CASE.aisha, trap: false,
    note: 'AWS Support "case created" notification, multipart with a case-portal link',
    from: NOTIFY, to: to(AISHA, AISHA.keep, 'en'), subject: `AWS Support: Case ${CASE.aisha} created`,
    date: d('2026-02-16 07:42:09', '+0000'), enc: 'utf8qp',
    text: `Hello,

A new support case has been created for you.

Case ID: ${CASE.aisha}
Subject: Merge AWS Certification accounts
Severity: General guidance
Opened: 2026-02-16 07:42 UTC

View or reply to your case: ${portal(CASE.aisha, 'en')}

Amazon Web Services

${FOOT_EN_1}`,
    html: `<p>Hello,</p><p>A new support case has been created for you.</p>
<p>Case ID: <b>${CASE.aisha}</b><br>Subject: Merge AWS Certification accounts<br>Severity: General guidance<br>Opened: 2026-02-16 07:42 UTC</p>
<p><a href="${portal(CASE.aisha, 'en')}">View or reply to your case</a></p>
<p>Amazon Web Services</p>`,
  }),
  mk({
    slug: 'en-ack-shape-table-only', kind: 'acknowledgement', lang: 'en', caseId: CASE.aisha2, trap: false,
    note: 'receipt recognisable only by its shape: case number / status / opened table, no received sentence',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj0(CASE.aisha2),
    date: d('2026-02-17 03:01:47', '+0000'), enc: 'ascii7',
    text: `Case number ...... ${CASE.aisha2}
Status ........... New - awaiting assignment
Opened ........... 17-Feb-2026 03:01 UTC
Queue ............ T&C Account Assistance (EN)
Contact .......... ${AISHA.src}
Target response .. 24 hours

Description:
${AISHA_REQ}

${sfRef('0Pz1Ab7')}
${FOOT_EN_3}`,
  }),
  mk({
    slug: 'en-ack-old-address-receipt', kind: 'acknowledgement', lang: 'en', caseId: CASE.rebecca2, trap: false,
    note: 'receipt of a second case Rebecca opened from her old address; boilerplate first, case number in a footer line',
    from: SUP, to: to(REBECCA, REBECCA.src, 'en'), subject: 'Thank you for contacting AWS Training and Certification',
    date: d('2026-01-13 05:55:00', '+0000'), enc: 'ascii7',
    text: `This is an automated response. Please do not reply with unrelated questions.

Thank you for your inquiry. A Customer Support Associate will be in touch within one business day. Response times may be longer during peak periods and holidays.

For the fastest service, please keep all correspondence on this case and avoid opening additional cases for the same issue.

--
Case: ${CASE.rebecca2} | Queue: Certification - Account Assistance | Channel: Web form
${FOOT_EN_2}`,
  }),
  mk({
    slug: 'en-ack-ses-only-dkim', kind: 'acknowledgement', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'case receipt whose only DKIM pass is amazonses.com (not aligned) and dmarc=none: untrusted',
    from: NOTIFY, to: to(MARCUS, MARCUS.keep, 'en'), subject: `Case ${CASE.marcus} has been opened`,
    date: d('2026-02-02 17:18:02', '+0000'), enc: 'utf8b64', auth: 'sesOnly', trusted: false,
    text: `Hello,

Support case ${CASE.marcus} has been opened. Our team typically replies within 24 hours.

${portal(CASE.marcus, 'en')}

Amazon Web Services`,
  }),

  // ───────────── ai_answer (6) ─────────────
  mk({
    slug: 'en-ai-suggested-merge-tool', kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'AI-generated suggestion: try the self-service Merge Accounts tool',
    from: NOTIFY, to: to(REBECCA, REBECCA.keep, 'en'), subject: 'Suggested answer to your question',
    date: d('2026-01-12 15:58:20', '-0800'), enc: 'ascii7',
    text: `Hello,

Based on what you told us, here is an answer generated by AI. It may not be fully accurate.

You can combine two AWS Certification accounts yourself with the Merge Accounts tool:
  1. Sign in to the account you want to keep.
  2. Open your profile menu and choose Merge Accounts.
  3. Enter the credentials of the other account and follow the prompts.

If the tool cannot process your accounts, return to the contact page and choose "Create case" to reach an agent.

Was this helpful?  Yes | No

${FOOT_EN_1}`,
  }),
  mk({
    slug: 'en-ai-html-explains-badges', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer explaining that badges transfer after a merge; stays ai_answer',
    from: NOTIFY, to: to(MARCUS, MARCUS.keep, 'en'), subject: 'Automated response: merging certification accounts',
    date: d('2026-02-02 09:10:44', '-0800'), enc: 'utf8qp',
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Marcus,</p>
<p><i>This response was generated automatically by our AI assistant.</i></p>
<p><b>What happens after accounts are merged?</b> Certifications, exam history and benefits from the secondary account appear in the primary account. Credly badges are usually transferred afterwards; if they do not appear, claim them on Credly after the merge is complete.</p>
<p><b>Can I do this myself?</b> Yes, in most cases with the Merge Accounts option on your certification profile.</p>
<p>Still need help? <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create a case</a>.</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ai-amazon-q-multipart', kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'Amazon Q style automated answer, multipart, base64',
    from: NOTIFY, to: to(AISHA, AISHA.keep, 'en'), subject: 'Here is what we found for "merge certification accounts"',
    date: d('2026-02-16 07:30:12', '+0000'), enc: 'utf8b64',
    text: `Hi Aisha,

Our virtual assistant reviewed your question.

Recommended: use the Merge Accounts feature under your AWS Certification profile. It moves exam history and certifications from one account into the other. If both accounts already hold certifications, the feature may decline the request; in that case please open a case so an associate can assist.

Did this answer your question? Reply YES or NO.

AWS Training and Certification (automated)`,
    html: `<p>Hi Aisha,</p><p>Our virtual assistant reviewed your question.</p><p><b>Recommended:</b> use the Merge Accounts feature under your AWS Certification profile. It moves exam history and certifications from one account into the other. If both accounts already hold certifications, the feature may decline the request; in that case please open a case so an associate can assist.</p><p>Did this answer your question?</p><p>AWS Training and Certification (automated)</p>`,
  }),
  mk({
    slug: 'en-ai-on-case-suggestion', kind: 'ai_answer', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'automated knowledge suggestion posted to an open case while waiting for an agent',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: `[CASE ${CASE.rebecca}] While you wait: suggested articles`,
    date: d('2026-01-12 16:20:00', '-0800'), enc: 'ascii7',
    text: `Hello Rebecca,

While an associate reviews case ${CASE.rebecca}, our automated system selected these articles that may answer your question:

  - How do I merge two AWS Certification accounts?
  - Why does the Merge Accounts tool say my accounts cannot be merged?
  - Where can I find my candidate ID?

This message was generated automatically. An associate will still respond to your case.

${FOOT_EN_3}`,
  }),
  mk({
    slug: 'en-ai-short-generated', kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'short AI-generated answer sent to the old address before the case was created',
    from: NOTIFY, to: to(MARCUS, MARCUS.src, 'en'), subject: 'AI-generated answer: account merge',
    date: d('2026-02-01 20:20:20', '-0800'), enc: 'ascii7',
    text: `Hi,

This is an AI-generated answer. To combine certification accounts, use Merge Accounts in your certification profile. If that fails, create a support case.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ai-have-ready-list', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer listing the details to have ready (IDs, emails); sounds like an info request but is automated',
    from: NOTIFY, to: to(AISHA, AISHA.src, 'en'), subject: 'Your AI assistant answer',
    date: d('2026-02-16 07:25:03', '+0000'), enc: 'utf8qp',
    text: `Hello,

The following guidance was produced by generative AI.

If you decide to contact an associate about merging accounts, please have these details ready:
  • the candidate ID of each account (starts with "AWS")
  • the email address used to sign in to each account
  • which account should remain active

Many customers can finish the merge on their own via Merge Accounts in the certification portal.

Rate this answer: 👍 / 👎`,
  }),

  // ───────────── info_request (7) ─────────────
  mk({
    slug: 'en-info-ids-which-keep-sf', kind: 'info_request', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'asks for both candidate IDs and which account to keep; Salesforce original below',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-13 10:41:18', '-0800'), enc: 'ascii7',
    text: `Hello Rebecca,

Thank you for reaching out to AWS Training and Certification. My name is Jordan and I will be assisting you with case ${CASE.rebecca}.

To proceed with your request, please provide the following:

1. Candidate ID for each account (format AWS########)
2. The email address associated with each account
3. Confirmation of which account should be retained as the primary account

Once we receive this information, we will review both accounts and follow up with next steps.

Best regards,
Jordan P.
AWS Training and Certification Customer Support
${sfRef('0Qa4Cd1')}

${sfOrig(REBECCA.keep, '1/12/2026 4:04 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubj0(CASE.rebecca), REBECCA_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirm-email-keep', kind: 'info_request', lang: 'en', caseId: CASE.marcus, trap: true,
    note: '"please confirm the email address you keep" asks for information despite the word confirm',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-03 08:09:30', '-0800'), enc: 'utf8qp',
    text: `Hi Marcus,

Thanks for your patience. Before we move forward, could you please confirm the email address you would like to keep for sign-in, and the one that should receive certification notifications? Your request mentions both ${MARCUS.keep} and ${MARCUS.src}.

Kind regards,
Samantha R.
AWS Training and Certification
${sfRef('0Rb7Ef2')}

${FOOT_EN_2}`,
  }),
  mk({
    slug: 'en-info-html-name-company-certs', kind: 'info_request', lang: 'en', caseId: CASE.aisha, trap: false,
    note: 'HTML-only ticket reply requesting legal name, company and the certifications held on each account',
    from: SUP, to: to(AISHA, AISHA.keep, 'en'), subject: formSubj(CASE.aisha),
    date: d('2026-02-17 11:22:10', '+0000'), enc: 'utf8b64',
    html: `<html><body style="font-family:Arial">
<p>Dear Aisha,</p>
<p>Thank you for contacting AWS Training and Certification regarding case <b>${CASE.aisha}</b>.</p>
<p>In order for us to verify account ownership, we kindly ask that you reply with:</p>
<ol><li>Your full legal name as it appears on your exam registration</li>
<li>Your company name (if applicable)</li>
<li>The certifications held on each account, with the approximate date earned</li></ol>
<p>We appreciate your cooperation.</p>
<p>Regards,<br>Devon M.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:10px;color:#888">${esc(FOOT_EN_1)}</p>
</body></html>`,
  }),
  mk({
    slug: 'en-info-gmail-thread-pass-dates', kind: 'info_request', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'top-posted request for pass dates over a Gmail-quoted thread of earlier exchanges',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-14 09:03:55', '-0800'), enc: 'ascii7',
    text: `Hi Rebecca,

Thank you for the IDs. One more item before we can continue: the record for ${REBECCA.srcId} shows a name spelled "Rebeca Thorton". Could you tell us the exam names and approximate pass dates on that account so we can match it to you?

Jordan P.
AWS Training and Certification

${gmailEn('Tue, Jan 13, 2026 at 7:12 PM', REBECCA.name, REBECCA.keep, `Hi Jordan,

1. ${REBECCA.keepId} / ${REBECCA.keep}
2. ${REBECCA.srcId} / ${REBECCA.src}
3. Please keep ${REBECCA.keep}

Thanks,
Rebecca

${gmailEn('Tue, Jan 13, 2026 at 10:41 AM', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com', 'Hello Rebecca,\n\nTo proceed with your request, please provide the following:\n1. Candidate ID for each account\n\nJordan P.')}`)}`,
  }),
  mk({
    slug: 'en-info-to-colleague-other-case', kind: 'info_request', lang: 'en', caseId: CASE.other2, trap: false,
    note: "information request on someone else's case, addressed only to that person: forUser false",
    from: SUP, to: 'Daniel Brooks <dbrooks@legacyco.example>', subject: formSubj(CASE.other2),
    date: d('2026-01-20 13:13:13', '-0800'), enc: 'ascii7', forUser: false,
    text: `Hello Daniel,

To continue with case ${CASE.other2}, please send us the candidate IDs of both certification accounts and tell us which one you would like to keep.

Best,
Priscilla A.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-foreign-ar-on-top', kind: 'info_request', lang: 'en', caseId: CASE.aisha2, trap: false,
    note: 'request for IDs, but the topmost A-R is from mx.google.com, not the receiving server: untrusted',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj(CASE.aisha2),
    date: d('2026-02-17 19:40:40', '+0000'), enc: 'utf8qp', auth: 'foreignTop', trusted: false,
    text: `Hello Aisha,

Please reply with the candidate ID and email of both accounts and indicate which one should remain.

Regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-write-from-keep-plus-id-typos', kind: 'info_request', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'asks to write from the kept address and include the old candidate ID (typos in the agent text)',
    from: SUP, to: to(MARCUS, MARCUS.src, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-02 14:50:09', '-0800'), enc: 'ascii7',
    text: `Hi Marcus,

Thank you for contacting us. For security reasons we can only action merge reqeusts sent from the account that will be kept. Please reply from ${MARCUS.keep} and include the candiate ID of the account registered to ${MARCUS.src}.

Thank you for your understading.

Brianna K.
AWS Training and Certification

${origMsg(`Marcus Delgado <${MARCUS.src}>`, 'Monday, February 2, 2026 9:15 AM', 'aws-cs-trainingcertification-form@amazon.com', 'account merge', MARCUS_REQ)}`,
  }),

  // ───────────── confirmation_request (7) ─────────────
  mk({
    slug: 'en-conf-irreversible-i-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'asks the customer to reply "I agree" because the merge cannot be undone',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-15 11:30:00', '-0800'), enc: 'ascii7',
    text: `Hello Rebecca,

Thank you for the additional details. We have located both accounts:

  Primary (retained):   ${REBECCA.keepId}  ${REBECCA.keep}
  Secondary (merged):   ${REBECCA.srcId}  ${REBECCA.src}

Please be aware that an account merge is permanent. After the merge, the secondary account will be deactivated and the action cannot be reversed.

If you wish to proceed, please reply to this email with "I agree" so that we may submit your request.

Best regards,
Jordan P.
AWS Training and Certification Customer Support
${sfRef('0Qa4Cd2')}

${FOOT_EN_2}`,
  }),
  mk({
    slug: 'en-conf-multipart-corporate', kind: 'confirmation_request', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'corporate template, multipart: acknowledge that the merge is irreversible and authorize it',
    from: SUP, to: to(MARCUS, MARCUS.keep, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-04 10:10:10', '-0800'), enc: 'utf8qp',
    text: `Dear Marcus Delgado,

Re: Account consolidation, reference ${CASE.marcus}

We are ready to consolidate the certification records of ${MARCUS.srcId} into ${MARCUS.keepId}. Before we do so, we require your written authorization. Please note:

  a) The consolidation is final and cannot be undone.
  b) The secondary account will no longer be accessible.
  c) Active benefits will be carried over to the primary account.

To authorize, simply reply stating that you accept the above.

Respectfully,
Samantha R.
Customer Support Associate, AWS Training and Certification

${FOOT_EN_1}`,
    html: `<p>Dear Marcus Delgado,</p><p><b>Re: Account consolidation, reference ${CASE.marcus}</b></p>
<p>We are ready to consolidate the certification records of ${MARCUS.srcId} into ${MARCUS.keepId}. Before we do so, we require your written authorization. Please note:</p>
<ol type="a"><li>The consolidation is final and cannot be undone.</li><li>The secondary account will no longer be accessible.</li><li>Active benefits will be carried over to the primary account.</li></ol>
<p>To authorize, simply reply stating that you accept the above.</p>
<p>Respectfully,<br>Samantha R.<br>Customer Support Associate, AWS Training and Certification</p>`,
  }),
  mk({
    slug: 'en-conf-kindly-acknowledge-outlook', kind: 'confirmation_request', lang: 'en', caseId: CASE.aisha, trap: false,
    note: '"kindly acknowledge and approve" with an Outlook-style quote of the customer reply',
    from: SUP, to: to(AISHA, AISHA.keep, 'en'), subject: formSubj(CASE.aisha),
    date: d('2026-02-18 09:45:31', '+0000'), enc: 'utf8qp',
    text: `Dear Aisha,

Thank you for the information provided. We are now able to merge ${AISHA.srcId} into ${AISHA.keepId}.

Kindly acknowledge that this merge is irreversible and approve it by replying to this message. No action will be taken until we hear from you.

Kind regards,
Devon M.
AWS Training and Certification

${outlookEn(`Aisha Rahman <${AISHA.keep}>`, 'Tuesday, February 17, 2026 6:02 PM', 'AWS Training and Certification', formSubj(CASE.aisha), `Dear Devon,\n\nFull name: Aisha Rahman\nCompany: none\nCertifications: SAA-C03 (2023, on ${AISHA.srcId}), CLF-C02 (2025, on ${AISHA.keepId})\n\nRegards,\nAisha`)}`,
  }),
  mk({
    slug: 'en-conf-html-only-consent-b64', kind: 'confirmation_request', lang: 'en', caseId: CASE.aisha2, trap: false,
    note: 'HTML-only consent request on the duplicate case',
    from: SUP, to: to(AISHA, AISHA.src, 'en'), subject: formSubj(CASE.aisha2),
    date: d('2026-02-18 10:02:00', '+0000'), enc: 'utf8b64',
    html: `<div style="font-family:Calibri,Arial"><p>Hello Aisha,</p>
<p>Before we merge the accounts listed on this case, we need your explicit consent, as the merge <u>cannot be reversed</u>.</p>
<p>Reply with "Yes, please proceed" if you agree.</p>
<p>Thank you,<br>Tomasz W.<br>AWS Training and Certification</p></div>`,
  }),
  mk({
    slug: 'en-conf-forged-below', kind: 'confirmation_request', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'consent request whose dmarc=pass header sits below the server Received line: untrusted',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-15 23:59:00', '-0800'), enc: 'ascii7', auth: 'forgedBelow', trusted: false,
    text: `Hello Rebecca,

To finalize your merge, confirm consent by signing in here within 12 hours:
https://aws-training-consent.example.org/c/${CASE.rebecca}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-resent-old-employer', kind: 'confirmation_request', lang: 'en', caseId: CASE.marcus, trap: false,
    note: 'consent request redirected by the contractor mail server to its admin (Resent-*): forUser false',
    from: SUP, to: to(MARCUS, MARCUS.src, 'en'), subject: formSubj(CASE.marcus),
    date: d('2026-02-04 10:12:00', '-0800'), enc: 'ascii7', forUser: false,
    resent: { from: 'mailer@contractor.example.net', to: 'postmaster@contractor.example.net', date: d('2026-02-04 10:13:10', '-0800') },
    text: `Dear Marcus,

Please reply to confirm you agree to merge ${MARCUS.srcId} into ${MARCUS.keepId}. The merge is permanent.

Samantha R.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-if-correct-reply', kind: 'confirmation_request', lang: 'en', caseId: CASE.rebecca, trap: false,
    note: 'asks for consent without the word confirm: "if the above is accurate, a reply saying so lets us proceed"',
    from: SUP, to: to(REBECCA, REBECCA.keep, 'en'), subject: formSubj(CASE.rebecca),
    date: d('2026-01-17 08:20:45', '-0800'), enc: 'ascii7',
    text: `Hi Rebecca,

Following up on my message from Thursday. Your secondary account ${REBECCA.srcId} holds AWS Certified Developer - Associate; after the merge it will sit under ${REBECCA.keepId} and the secondary login will stop working for good.

If everything above is accurate, a short reply saying you are happy for us to go ahead is all we need.

Jordan P.
${sfRef('0Qa4Cd3')}`,
  }),
];
