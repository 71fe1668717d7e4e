// Set dl, English messages: portal labels, KB excerpts and macros pasted around one sentence of news.
import { rfcDate, type Msg } from './lib.js';
import {
  AFTER_EN, C, CREDLY_AWS, DAN, FAQ_BADGE_EN, FIELDS_EN, HELP, IRREV_EN, KB_TOOL_EN, NOREPLY, PORTAL, SHOT_EN, SOFIA,
  SUPPORT, SUPPORT_AWS, formSubj, html, mk, q, refTag, sfQuote,
} from './common.js';

const DAN_REQ = `Hi, I have two certification profiles. Please fold ${DAN.srcId} (${DAN.src}) into ${DAN.keepId} (${DAN.keep}).
Daniel`;
const SOFIA_REQ = `Hello - my agency email (${SOFIA.src}) holds my Developer cert and my personal one (${SOFIA.keep}) holds Cloud Practitioner. I'd like one account. Sofia`;
const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'ack-dan-form', kind: 'acknowledgement', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-20 15:02:19', to: DAN.keep, from: NOREPLY,
    subject: `[CASE ${C.dan}] We have received your request`,
    note: 'AWS Support receipt with the pasted form summary',
    text: `Case ID: ${C.dan}
Subject: Two certification accounts
Status: Unassigned

--- Submitted form ---
Inquiry type: AWS Training and Certification
Issue type: Certification
Additional details: Account merge
AWS Candidate ID: ${DAN.keepId}
----------------------

An agent typically responds within 24 hours.
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-sofia-html', kind: 'acknowledgement', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-16 08:44:03', to: SOFIA.keep,
    subject: `[CASE ${C.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'case-created receipt, multipart, macro text about not opening a second case',
    text: `Hello Sofia,

Thanks for reaching out to AWS Training and Certification. Your case number is ${C.sofia}.

From our FAQ: "If you already have an open case, please don't submit another one for the same request - duplicate cases slow down our response."

Reply to this email to add details to the same case.
${refTag('Sofi01')}`,
    html: html(`Hello Sofia,

Thanks for reaching out to AWS Training and Certification. Your case number is ${C.sofia}.

From our FAQ: "If you already have an open case, please don't submit another one for the same request - duplicate cases slow down our response."

Reply to this email to add details to the same case.
${refTag('Sofi01')}`),
  }),
  mk({
    slug: 'ack-dan-bare', kind: 'acknowledgement', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-20 15:02:41', to: DAN.keep,
    subject: 'Thank you for contacting AWS',
    note: 'receipt that never names its topic; case ID only in the body',
    text: `Dear Customer,

We got your message and logged it under reference ${C.dan}. Someone from our team will be in touch.

This is an automated message - please do not reply.`,
  }),
  mk({
    slug: 'ack-sofia-maywe', kind: 'acknowledgement', lang: 'en', caseId: C.sofia, enc: 'utf8b64', d: '2026-03-16 08:44:40', to: SOFIA.keep, from: SUPPORT_AWS, trap: true,
    subject: `Case ${C.sofia} created`,
    note: 'receipt that mentions support may later ask her to confirm which account to keep (trap)',
    text: `Your support case ${C.sofia} has been created.

What happens next:
 1. An agent reviews the case.
 2. We may ask you to confirm which account you would like to keep.
 3. You'll get updates by email.

View case: Support Center > Your support cases > ${C.sofia}`,
  }),
  mk({
    slug: 'ack-forged-noauth', kind: 'acknowledgement', lang: 'en', caseId: '1772000000', enc: 'ascii7', d: '2026-01-22 04:00:00', to: DAN.keep, from: NOREPLY, auth: 'none', trusted: false,
    subject: '[CASE 1772000000] We have received your request',
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    text: `Case ID: 1772000000
We have received your request. To speed things up, verify your identity here:
http://aws-verify-case.example.com/1772000000`,
  }),
  mk({
    slug: 'ack-dan-htmlonly', kind: 'acknowledgement', lang: 'en', caseId: C.dan, enc: 'utf8qp', d: '2026-01-20 15:03:00', to: DAN.keep, from: SUPPORT_AWS,
    subject: `Your AWS Support case ${C.dan}`,
    note: 'HTML-only receipt from support.aws.com',
    html: `<html><body>
<h2>Case created</h2>
<table><tr><td>Case ID</td><td>${C.dan}</td></tr>
<tr><td>Service</td><td>AWS Training and Certification</td></tr>
<tr><td>Category</td><td>Account merge</td></tr></table>
<p>We'll reply by email. You can also check the status under <b>Support Center &gt; Case history</b>.</p>
</body></html>`,
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'ai-dan-tool', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', d: '2026-01-20 14:58:10', to: DAN.keep, from: NOREPLY,
    subject: 'Suggested answer to your question',
    note: 'AI answer: pasted Merge Accounts KB steps and screenshot description',
    text: `This answer was generated by AI based on what you typed.

${KB_TOOL_EN}

${SHOT_EN}

Still stuck? Choose "Create case" at the bottom of the page.`,
  }),
  mk({
    slug: 'ai-sofia-badgefaq', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-03-16 08:39:52', to: SOFIA.keep, from: NOREPLY, trap: true,
    subject: 'AWS Support - AI-generated answer',
    note: 'AI answer pasting the badge FAQ; badge words, no event (trap)',
    text: `Here's what we found for "combine two certification accounts":

${FAQ_BADGE_EN}

Related articles: KC-0417 Combining accounts - KC-0522 Claiming a badge on Credly
AI-generated content may contain mistakes.`,
  }),
  mk({
    slug: 'ai-htmlonly-q', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8b64', d: '2026-03-15 19:20:00', to: SOFIA.src, from: SUPPORT_AWS,
    subject: 'Answer from Amazon Q',
    note: 'HTML-only generated suggestion to use the Merge Accounts tool',
    html: `<html><body>
<p><b>Amazon Q</b> suggests:</p>
<p>You may be able to do this yourself. Go to <b>Profile</b> &rarr; <b>Merge Accounts</b>, type the other account's <b>Candidate ID</b>, and press <b>Merge Accounts</b>.</p>
<p><i>${SHOT_EN}</i></p>
<p>Did this help? <a href="https://support.example-kb.aws/yes">Yes</a> | <a href="https://support.example-kb.aws/create-case">No, create a case</a></p>
</body></html>`,
  }),
  mk({
    slug: 'ai-dan-after', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', d: '2026-01-20 14:58:55', to: DAN.keep, from: NOREPLY, trap: true,
    subject: 'Suggested answer: merging certification accounts',
    note: 'AI answer describing what to check after a merge; no merge happened (trap)',
    text: `AI-generated answer:

Merges of accounts that both hold certifications are carried out by Customer Support. When it's done, certifications and benefits from the merged account appear on the one you keep.

${AFTER_EN}

Haven't opened a case yet? Select "Create case".`,
  }),
  mk({
    slug: 'ai-sofia-createcase', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', d: '2026-03-16 08:40:30', to: SOFIA.keep, from: SUPPORT_AWS,
    subject: 'Before you create a case',
    note: 'automated deflection: self-service tool first, then "Create case"',
    text: `Before you create a case, try these steps:

 Step 1  Sign in to the certification portal.
 Step 2  Open Profile > Merge Accounts.
 Step 3  Enter the second account's Candidate ID.

If the page says "Please contact Customer Support", come back and pick "Create case".`,
  }),
  mk({
    slug: 'ai-lookalike-domain', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', d: '2026-01-21 10:00:00', to: DAN.keep,
    from: 'AWS Support <no-reply@aws-certification-help.com>', trusted: false,
    subject: 'Suggested answer to your question',
    note: 'AI-answer look-alike from aws-certification-help.com (authenticated, but not an AWS domain): untrusted',
    text: `AI-generated answer:
${KB_TOOL_EN}
If the tool fails, sign in here with both passwords and we'll do it for you: http://aws-certification-help.com/merge`,
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'info-dan-fields', kind: 'info_request', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-21 17:33:40', to: DAN.keep,
    subject: formSubj(C.dan),
    note: 'pasted list of merge prerequisites plus one sentence asking him to send them; Salesforce quote',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Priyanka.

${FIELDS_EN}

Could you reply to this email with each of the above?

Kind regards,
Priyanka
${refTag('Dann01')}

${sfQuote(DAN.keep, '1/20/2026 3:02 PM', SUP_ADDR, 'Two certification accounts', DAN_REQ)}`,
  }),
  mk({
    slug: 'info-sofia-which', kind: 'info_request', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-17 10:05:21', to: SOFIA.keep,
    subject: formSubj(C.sofia),
    note: 'asks which account stays, with a pasted "where to find your Candidate ID" snippet',
    text: `Hi Sofia,

Which of the two profiles should remain after the merge? Please include its Candidate ID.

Where to find it: Profile > Personal information > "Candidate ID" (starts with AWS).
[Screenshot: Profile page, Candidate ID highlighted at the top]

Regards,
Marco - AWS Training and Certification

On Mon, Mar 16, 2026 at 9:44 AM Sofia Rossi <${SOFIA.keep}> wrote:
${q(SOFIA_REQ)}`,
  }),
  mk({
    slug: 'info-dan-confirmaddr', kind: 'info_request', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-22 09:12:00', to: DAN.keep, trap: true,
    subject: formSubj(C.dan),
    note: '"please confirm the email address of the account you keep" asks for information (trap on confirm words)',
    text: `Hi Daniel,

Please confirm the login email address on the profile you are keeping - the form shows two different ones.

Priyanka`,
  }),
  mk({
    slug: 'info-sofia-multipart', kind: 'info_request', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-18 07:45:09', to: SOFIA.keep,
    subject: formSubj(C.sofia),
    note: 'asks for the certification notification email of both profiles; multipart with a pasted UI path',
    text: `Hi Sofia,

One more thing: what is the "Certification notification email" on each profile?
Path: Profile > Notification settings > Certification notification email

Marco`,
    html: html(`Hi Sofia,

One more thing: what is the "Certification notification email" on each profile?
Path: Profile > Notification settings > Certification notification email

Marco`),
  }),
  mk({
    slug: 'info-dan-outlook', kind: 'info_request', lang: 'en', caseId: C.dan, enc: 'utf8b64', d: '2026-01-23 11:20:44', to: DAN.keep,
    subject: `RE: ${formSubj(C.dan)}`,
    note: 'asks for the exam date of each certification, over an Outlook quote block',
    text: `Hi Daniel,

Thanks. To match the records, we'd need the exam date for each certification on ${DAN.srcId} as shown under "Exam History".

Priyanka

From: Daniel Weber <${DAN.keep}>
Sent: Thursday, January 22, 2026 6:40 PM
To: ${SUP_ADDR}
Subject: RE: ${formSubj(C.dan)}

Keep ${DAN.keepId}, login ${DAN.keep}.`,
  }),
  mk({
    slug: 'info-sofia-typos', kind: 'info_request', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-17 10:30:00', to: SOFIA.keep,
    subject: formSubj(C.sofia),
    note: 'info request with typos (Candiate, plese)',
    text: `Hi Sofia,

Could you plese also send the Candiate ID of the agency acount (${SOFIA.src})? We couldnt find it from the email alone.

thx, Marco`,
  }),
  mk({
    slug: 'info-phish-gmail', kind: 'info_request', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-21 20:00:00', to: DAN.keep,
    from: 'AWS Training and Certification <aws.cert.support@gmail.com>', relay: 'mail-sor-f41.google.com', trusted: false,
    subject: formSubj(C.dan),
    note: 'trusted display name on a free-mail address asking for IDs and password: untrusted',
    text: `Hello Daniel,

${FIELDS_EN}
 - Password for both accounts

Reply with the above so we can complete your merge.`,
  }),

  // ---------------- confirmation_request (6) ----------------
  mk({
    slug: 'conf-dan-irrev', kind: 'confirmation_request', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-24 13:05:50', to: DAN.keep,
    subject: formSubj(C.dan),
    note: 'pasted permanence warning plus a request to reply "I agree"',
    text: `Hello Daniel,

${IRREV_EN}

Source: ${DAN.srcId}
Target: ${DAN.keepId}

If you are happy to go ahead, reply to this email with "I agree".

Priyanka`,
  }),
  mk({
    slug: 'conf-sofia-macro', kind: 'confirmation_request', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-19 09:10:00', to: SOFIA.keep,
    subject: formSubj(C.sofia),
    note: 'macro summary of what will move; asks for her OK before running it',
    text: `Hi Sofia,

[Merge summary]
Source Candidate ID: ${SOFIA.srcId} (${SOFIA.src})
Target Candidate ID: ${SOFIA.keepId} (${SOFIA.keep})
Moving: 2 certifications, 1 benefit

Please confirm that you want us to carry this out. Once done it can't be undone.

Marco`,
  }),
  mk({
    slug: 'conf-dan-badgefaq', kind: 'confirmation_request', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-24 13:30:00', to: DAN.keep, trap: true,
    subject: `RE: ${formSubj(C.dan)}`,
    note: 'consent request that also pastes the badge FAQ (badge words, trap)',
    text: `Hi Daniel,

Everything checks out on our side. May we proceed? The merge is permanent, so we need your go-ahead in writing.

From the FAQ:
${FAQ_BADGE_EN}

Priyanka`,
  }),
  mk({
    slug: 'conf-sofia-htmlonly', kind: 'confirmation_request', lang: 'en', caseId: C.sofia, enc: 'utf8b64', d: '2026-03-19 09:12:30', to: SOFIA.keep,
    subject: formSubj(C.sofia),
    note: 'HTML-only consent request with a pasted warning box',
    html: `<html><body>
<p>Hi Sofia,</p>
<div style="border:1px solid #e0a800;padding:8px">${IRREV_EN}</div>
<p>Reply "Yes, merge my accounts" and we will start.</p>
<p>Marco<br>${refTag('Sofi02')}</p>
</body></html>`,
  }),
  mk({
    slug: 'conf-forged-failthenpass', kind: 'confirmation_request', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-24 18:00:00', to: DAN.keep, auth: 'failThenForged', trusted: false,
    subject: formSubj(C.dan),
    note: 'top Authentication-Results says fail; a planted pass lower down: untrusted',
    text: `Hello Daniel,

${IRREV_EN}
To approve the merge, sign in at http://aws-merge-approve.example.net and click "Approve".`,
  }),
  mk({
    slug: 'conf-sofia-writtenok', kind: 'confirmation_request', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-19 15:48:00', to: SOFIA.keep,
    subject: `RE: ${formSubj(C.sofia)}`,
    note: 'asks for her written OK without the word "confirm"',
    text: `Sofia,

Before we press the button on ${SOFIA.srcId} we need a short written OK from you on this thread - there is no way back afterwards.

Marco

> Sorry, forgot to answer - it's the personal one I keep.`,
  }),

  // ---------------- merge_completed (6) ----------------
  mk({
    slug: 'done-dan', kind: 'merge_completed', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-26 08:14:27', to: DAN.keep,
    subject: formSubj(C.dan),
    note: 'one sentence of news above the pasted after-merge checklist',
    text: `Hello Daniel,

We have now merged ${DAN.srcId} into ${DAN.keepId}.

${AFTER_EN}

Priyanka`,
  }),
  mk({
    slug: 'done-portal-en', kind: 'merge_completed', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-01-26 08:20:00', to: DAN.keep, from: PORTAL,
    subject: 'Your AWS Certification accounts have been merged',
    note: 'the certification portal\'s own merged notice (no case ID), multipart',
    text: `Hello Daniel,

Your AWS Certification accounts have been merged.
Merged account: ${DAN.srcId}
Active account: ${DAN.keepId}

Sign in with your active account from now on.`,
    html: html(`Hello Daniel,

Your AWS Certification accounts have been merged.
Merged account: ${DAN.srcId}
Active account: ${DAN.keepId}

Sign in with your active account from now on.`),
  }),
  mk({
    slug: 'done-sofia-badgesfollow', kind: 'merge_completed', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-20 12:02:40', to: SOFIA.keep, trap: true,
    subject: formSubj(C.sofia),
    note: 'merge done; badges only expected later (badge words: trap)',
    text: `Hi Sofia,

Your two profiles are one now - ${SOFIA.srcId} has been folded into ${SOFIA.keepId}.
Credly badges usually follow within 48 hours; see the FAQ below.

${FAQ_BADGE_EN}

Marco`,
  }),
  mk({
    slug: 'done-sofia-close', kind: 'merge_completed', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-20 12:05:00', to: SOFIA.keep,
    subject: `RE: ${formSubj(C.sofia)}`,
    note: 'merge completed and the case will be closed; the new fact is the merge',
    text: `Hi Sofia,

The merge went through this morning and I'll close the case now.

Template - after your merge:
${AFTER_EN}

Marco`,
  }),
  mk({
    slug: 'done-dan-mobile', kind: 'merge_completed', lang: 'en', caseId: C.dan, enc: 'utf8b64', d: '2026-01-26 08:15:10', to: DAN.keep,
    subject: `RE: ${formSubj(C.dan)}`,
    note: 'short top-posted completion note, Gmail-style quote of his consent',
    text: `Daniel - done, both profiles are combined under ${DAN.keepId}. Sign out and back in if you don't see it yet.

On Sat, Jan 24, 2026 at 2:20 PM Daniel Weber <${DAN.keep}> wrote:
> I agree, please go ahead.
>
> Sent from my phone`,
  }),
  mk({
    slug: 'done-forged-misaligned', kind: 'merge_completed', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-20 02:00:00', to: SOFIA.keep, auth: 'misaligned', trusted: false,
    subject: formSubj(C.sofia),
    note: 'completion notice signed by an unrelated bulk domain, dmarc=fail: untrusted',
    text: `Hi Sofia,

Your accounts have been merged. Claim your exam voucher within 24 hours:
http://aws-voucher-portal.example.org/claim`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'badge-credly-dan', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-01-28 16:40:12', to: DAN.keep, from: CREDLY_AWS, relay: 'em.credly.com',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'AWS badge issued by Credly to the kept address',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified DevOps Engineer - Professional.

Accept your badge: https://www.credly.com/earner/earned/badge/51d0c8e2`,
    html: html(`Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified DevOps Engineer - Professional.

[Accept your badge] https://www.credly.com/earner/earned/badge/51d0c8e2`),
  }),
  mk({
    slug: 'badge-support-dan', kind: 'badges_transferred', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-29 09:30:00', to: DAN.keep,
    subject: formSubj(C.dan),
    note: 'support re-pointed the Credly badges to the kept address',
    text: `Hi Daniel,

Our Credly team has re-pointed your three AWS badges to ${DAN.keep}.

(Credly help) Accepted badges appear under Dashboard > Badges.

Priyanka`,
  }),
  mk({
    slug: 'badge-credly-sofia', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-03-22 07:00:00', to: SOFIA.keep, from: CREDLY_AWS, relay: 'em.credly.com',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'AWS badge from Credly after the merge',
    text: `Hello Sofia,

You've earned AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification.

Accept your badge to share it.
The Credly Team`,
  }),
  mk({
    slug: 'badge-support-sofia-close', kind: 'badges_transferred', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-23 10:15:00', to: SOFIA.keep,
    subject: `RE: ${formSubj(C.sofia)}`,
    note: 'badges now sit on the kept account, and the case closes',
    text: `Hi Sofia,

Both badges now sit on ${SOFIA.keep}, so I'm closing this case.

[Screenshot: Credly Badges page with two AWS badges listed]

Marco`,
  }),
  mk({
    slug: 'badge-forged-credlymail', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8b64', d: '2026-01-28 20:00:00', to: DAN.keep,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>', relay: 'smtp.credly-mail.net', trusted: false,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'HTML-only badge mail from credly-mail.net (look-alike): untrusted',
    html: `<html><body><p>Hi Daniel,</p><p>Your AWS badge is ready.</p><p><a href="http://credly-mail.net/accept">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'badge-support-dkimonly', kind: 'badges_transferred', lang: 'en', caseId: C.dan, enc: 'utf8b64', d: '2026-01-29 09:45:00', to: DAN.keep, auth: 'dkimonly',
    subject: `RE: ${formSubj(C.dan)}`,
    note: 'support says the last badge was moved too; only an aligned dkim=pass, still trusted',
    text: `Daniel,

Follow-up: the Solutions Architect badge was the last one left on the old profile and has been moved across as well.

Priyanka`,
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'closed-dan-auto', kind: 'case_closed', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-23 00:00:00', to: DAN.keep, from: NOREPLY,
    subject: `[CASE ${C.dan}] Awaiting your reply`,
    note: 'reminder: the case closes automatically in 5 days without a reply',
    text: `We are waiting for your reply on case ${C.dan}.
If we don't hear back within 5 days, the case will be closed automatically.

View case: Support Center > Your support cases > ${C.dan}`,
  }),
  mk({
    slug: 'closed-sofia-resolved', kind: 'case_closed', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-27 00:00:00', to: SOFIA.keep, from: NOREPLY,
    subject: `Case ${C.sofia} has been resolved`,
    note: 'AWS Support notification: case resolved',
    text: `Case ${C.sofia} status changed to "Resolved".
To reopen it, choose "Reopen case" within 14 days.`,
  }),
  mk({
    slug: 'closed-dan-restate', kind: 'case_closed', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-02-02 10:00:00', to: DAN.keep, trap: true,
    subject: formSubj(C.dan),
    note: 'closing that only restates the earlier merge (trap)',
    text: `Hello Daniel,

As your accounts were merged on 26 January and the badges followed, we're closing this case today.

Priyanka`,
  }),
  mk({
    slug: 'closed-sofia-multipart', kind: 'case_closed', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-30 00:00:00', to: SOFIA.keep, from: SUPPORT_AWS,
    subject: `Case ${C.sofia} closed`,
    note: 'closed notification, multipart',
    text: `Your case ${C.sofia} is now closed. If you need more help, open a new case.`,
    html: html(`Your case ${C.sofia} is now closed. If you need more help, open a new case.`),
  }),
  mk({
    slug: 'closed-dan-fields', kind: 'case_closed', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-22 23:00:00', to: DAN.keep, trap: true,
    subject: formSubj(C.dan),
    note: 'will-close-in-3-days reminder re-pasting the field list (info words: trap)',
    text: `Hi Daniel,

Just a nudge: without a reply in 3 days this case closes on its own.

(repeated for reference)
${FIELDS_EN}

Priyanka`,
  }),
  mk({
    slug: 'closed-resent', kind: 'case_closed', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-02-02 10:05:00', to: DAN.src, forUser: false,
    resent: { from: 'mailer@consult.example.com', to: 'archive@consult.example.com', date: rfcDate('2026-02-02 11:05:00', '+0100') },
    subject: formSubj(C.dan),
    note: 'closing notice to the old work address, redirected to an archive (Resent-*): not delivered to the user',
    text: `Hello Daniel,

We are closing this case. Reply within 14 days to reopen it.

Priyanka`,
  }),

  // ---------------- support_reply (6) ----------------
  mk({
    slug: 'reply-dan-thanks', kind: 'support_reply', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-25 07:30:00', to: DAN.keep, trap: true,
    subject: formSubj(C.dan),
    note: 'thanks for confirming, passed to the merge team (trap)',
    text: `Hi Daniel,

Thanks for confirming. I've passed this to the team that runs merges; expect an update within a few business days.

Priyanka`,
  }),
  mk({
    slug: 'reply-sofia-once', kind: 'support_reply', lang: 'en', caseId: C.sofia, enc: 'utf8qp', d: '2026-03-19 18:20:00', to: SOFIA.keep, trap: true,
    subject: formSubj(C.sofia),
    note: '"once the merge has been processed" - future, not the event (trap)',
    text: `Hi Sofia,

Got it, thank you. Once the merge has been processed I'll write again.

${AFTER_EN}

Marco`,
  }),
  mk({
    slug: 'reply-dan-escalated', kind: 'support_reply', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-21 09:00:00', to: DAN.keep,
    subject: formSubj(C.dan),
    note: 'status: escalated to the specialist team, with a pasted KB line',
    text: `Hi Daniel,

I've escalated your case to our specialist team.

(Knowledge article) When both profiles hold certifications, the self-service tool is disabled and the request is handled by Customer Support.

Priyanka`,
  }),
  mk({
    slug: 'reply-sofia-unable', kind: 'support_reply', lang: 'en', caseId: C.sofia, enc: 'utf8b64', d: '2026-03-18 16:00:00', to: SOFIA.keep, trap: true,
    subject: formSubj(C.sofia),
    note: '"we are unable to merge" while an exam is scheduled; nothing asked (trap)',
    text: `Hi Sofia,

We are unable to merge the profiles while an exam is scheduled on ${SOFIA.srcId}. We'll pick this up again after your exam date.

Marco`,
  }),
  mk({
    slug: 'reply-dan-fromkeep', kind: 'support_reply', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-21 12:00:00', to: DAN.src, cc: DAN.keep,
    subject: formSubj(C.dan),
    note: 'asks him to write from the address he keeps, no data requested',
    text: `Hi Daniel,

For security reasons please continue this conversation from the email on the profile you are keeping (${DAN.keep}).

Priyanka

-----Original Message-----
From: Daniel Weber <${DAN.src}>
Sent: Wednesday, January 21, 2026 10:02 AM
Subject: RE: ${formSubj(C.dan)}

any news?`,
  }),
  mk({
    slug: 'reply-sofia-dupcases', kind: 'support_reply', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-17 08:00:00', to: SOFIA.keep, trap: true,
    subject: formSubj(C.sofia),
    note: 'merged duplicate cases, not accounts (trap)',
    text: `Hi Sofia,

You opened the same request twice, so I merged the duplicate cases into this one. Please reply here from now on.

Marco`,
  }),

  // ---------------- unrelated (8) ----------------
  mk({
    slug: 'un-help-digest', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-02-05 15:00:00', to: DAN.keep, from: HELP, trap: true,
    subject: 'Help Center digest: merging certification accounts',
    note: 'help-centre newsletter pasting KB steps and badge FAQ, no event (trap)',
    text: `AWS Training and Certification Help Center - monthly digest

Top question this month
${KB_TOOL_EN}

${FAQ_BADGE_EN}

Unsubscribe: https://aws.training/unsubscribe`,
    html: html(`AWS Training and Certification Help Center - monthly digest

Top question this month
${KB_TOOL_EN}

${FAQ_BADGE_EN}

Unsubscribe: https://aws.training/unsubscribe`),
  }),
  mk({
    slug: 'un-survey-dan', kind: 'unrelated', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-02-03 00:00:00', to: DAN.keep, from: 'AWS Support <aws-support-survey@amazon.com>', trap: true,
    subject: 'How did we do?',
    note: 'survey about the merge case ("was your issue resolved?") (trap)',
    text: `Case ${C.dan}: Was your issue resolved?
[Yes]  [No]

Tell us how we did - it takes a minute.`,
  }),
  mk({
    slug: 'un-credly-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8b64', d: '2026-03-25 12:00:00', to: SOFIA.keep, from: 'HashiCorp via Credly <admin@credly.com>', relay: 'em.credly.com', trap: true,
    subject: 'HashiCorp sent you a new badge',
    note: 'a Credly badge from another issuer (trap)',
    html: `<html><body><p>Hello Sofia,</p><p>HashiCorp has issued you <b>HashiCorp Certified: Terraform Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/0f2e">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'un-refund-case', kind: 'unrelated', lang: 'en', caseId: C.danRefund, enc: 'ascii7', d: '2026-01-30 11:00:00', to: DAN.keep, trap: true,
    subject: `RE:[CASE ${C.danRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    note: 'reply on the user\'s other case about an exam refund ("completed") (trap)',
    text: `Hi Daniel,

We have completed the refund for your cancelled exam appointment. It can take 5-7 business days to show on your card. This case will now be closed.

Jules`,
  }),
  mk({
    slug: 'un-user-fwd-self', kind: 'unrelated', lang: 'en', caseId: C.dan, enc: 'ascii7', d: '2026-01-26 19:00:00', tz: '+0100', to: DAN.src,
    from: `Daniel Weber <${DAN.keep}>`, auth: 'none', trusted: false, trap: true,
    subject: `Fwd: ${formSubj(C.dan)}`,
    note: 'the user forwards support\'s merge notice to his own work address (trap)',
    text: `for the records - finally merged.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUP_ADDR}>
Date: Mon, Jan 26, 2026 at 9:14 AM
Subject: ${formSubj(C.dan)}

We have now merged ${DAN.srcId} into ${DAN.keepId}.`,
  }),
  mk({
    slug: 'un-ooo-agent', kind: 'unrelated', lang: 'en', caseId: C.sofia, enc: 'ascii7', d: '2026-03-18 08:00:00', to: SOFIA.keep, from: 'Marco B. <marcob@amazon.com>',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `Automatic reply: RE: ${formSubj(C.sofia)}`,
    note: 'the agent\'s out-of-office auto-reply',
    text: `I'm out of the office until March 19 with limited access to email. Your message about case ${C.sofia} will be answered when I'm back.`,
  }),
  mk({
    slug: 'un-credly-mergecode-en', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-01-28 17:00:00', to: DAN.keep, from: 'Credly <admin@credly.com>', relay: 'em.credly.com', trap: true,
    subject: 'Complete your account merge',
    note: 'Credly\'s own account-merge verification code (trap)',
    text: `Someone asked to merge another Credly account into yours.
Your code: 730145

Enter it on the "Complete Account Merge" screen. Didn't request this? Ignore this email.`,
  }),
  mk({
    slug: 'un-event-marketing', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', d: '2026-02-10 14:00:00', to: SOFIA.keep, from: 'AWS Events <aws-events@amazon.com>', trap: true,
    subject: 'Certified? Visit the Certification Lounge',
    note: 'event marketing mentioning badges and verification (trap)',
    text: `Show your digital badge at registration to get into the AWS Certified Lounge.
Tip: make sure all your certifications sit on one account - see "Merge Accounts" under Profile - and your Credly badges are accepted before you arrive.`,
    html: html(`Show your digital badge at registration to get into the AWS Certified Lounge.
Tip: make sure all your certifications sit on one account - see "Merge Accounts" under Profile - and your Credly badges are accepted before you arrive.`),
  }),
];
