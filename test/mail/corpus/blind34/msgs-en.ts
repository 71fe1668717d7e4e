// Set ag, English messages (part 1: acknowledgement, ai_answer, info_request, confirmation_request,
// merge_completed). Agents in Dublin, Cape Town, Hyderabad, Manila, Sydney and Seattle.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  en, FORM, FORM_BARE, NOTIFY, SUPPORT_SUB, PORTAL, formSubj, TAKA, RAVI, SIOB, LIAM, THANDI, GRACE, CASE, q, sfBlock, outlookEn, gmailEn, paras,
  TAKA_REQ, RAVI_REQ, SIOB_REQ, LIAM_REQ, THANDI_REQ, GRACE_REQ,
} from './common.js';

const T = TAKA, R = RAVI, S = SIOB, L = LIAM, H = THANDI, G = GRACE;
const rTo = `${R.name} <${R.keep}>`;
const sTo = `${S.name} <${S.keep}>`;
const lTo = `${L.name} <${L.keep}>`;
const hTo = `${H.name} <${H.keep}>`;
const gTo = `${G.name} <${G.keep}>`;
const tTo = `${T.en} <${T.keep}>`;

export const EN1: Msg[] = [
  // ================= acknowledgement =================
  en({
    slug: 'en-ack-notify-case-created-ravi',
    kind: 'acknowledgement',
    caseId: CASE.ravi,
    note: 'AWS Support notification: case created, standard response-time wording',
    from: NOTIFY,
    to: R.keep,
    subject: `AWS Support case ${CASE.ravi} created`,
    date: d('2026-02-23 06:12:08', '+0000'),
    enc: 'ascii7',
    text: `Hello,

Thanks for reaching out to AWS Training and Certification. We've opened case ${CASE.ravi} for you.

Subject: Certification account
Category: Account and profile

A member of our team will reply to this email address, typically within 24 hours. To add details, reply to this message rather than opening a new case - a second case for the same request only slows things down.

Amazon Web Services`,
  }),
  en({
    slug: 'en-ack-form-receipt-siobhan-qp',
    kind: 'acknowledgement',
    caseId: CASE.siob,
    note: 'form-submission receipt quoting the submitted text; UTF-8 quoted-printable',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob, ''),
    date: d('2026-03-02 09:14:51', '+0000'),
    enc: 'utf8qp',
    text: `Dear Siobhán,

We’ve received your submission and logged it under reference ${CASE.siob}. There’s no need to do anything further for now; one of our team will be in touch by e-mail.

Your message:
“${SIOB_REQ.replace(/\n/g, ' ')}”

Kind regards,
AWS Training and Certification Customer Support`,
  }),
  en({
    slug: 'en-ack-html-only-liam',
    kind: 'acknowledgement',
    caseId: CASE.liam,
    note: 'HTML-only receipt with a status table',
    from: SUPPORT_SUB,
    to: L.keep,
    subject: `We've got your request [Case ${CASE.liam}]`,
    date: d('2026-03-03 23:40:10', '+0000'),
    enc: 'utf8b64',
    html: `<html><body>
<p>Hi Liam,</p>
<p>Thanks for getting in touch. Here's a summary of your new case:</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td>Case ID</td><td>${CASE.liam}</td></tr>
<tr><td>Service</td><td>AWS Training &amp; Certification</td></tr>
<tr><td>Status</td><td>Pending Amazon action</td></tr>
</table>
<p>You'll hear from us at this address. Please keep this email for your records.</p>
</body></html>`,
  }),
  en({
    slug: 'en-ack-body-only-thandi-lf',
    kind: 'acknowledgement',
    caseId: CASE.thandi,
    crlf: false,
    note: 'receipt whose subject has no ID; case number only in the body; LF line ends',
    from: FORM,
    to: H.keep,
    subject: 'Thank you for contacting AWS Training and Certification',
    date: d('2026-03-04 07:05:33', '+0000'),
    enc: 'ascii7',
    text: `Good day Thandi,

This is to acknowledge receipt of your enquiry. Your case number is ${CASE.thandi}.
Please quote this number should you need to contact us again regarding this matter.

Regards
AWS Training and Certification`,
  }),
  en({
    slug: 'en-ack-forged-below-grace',
    kind: 'acknowledgement',
    caseId: CASE.grace,
    trusted: false,
    auth: 'forgedBelow',
    note: 'receipt shape; the only dmarc=pass header sits below the server\'s Received line: untrusted',
    from: FORM,
    to: G.keep,
    subject: formSubj(CASE.grace, ''),
    date: d('2026-03-05 02:20:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Grace,

Your request has been received (Case ${CASE.grace}).
To avoid delays, verify your identity within 12 hours here:
https://aws-cert-verify.example-id.net/${CASE.grace}

AWS Training and Certification`,
  }),
  en({
    slug: 'en-ack-receipt-takahashi-multipart',
    kind: 'acknowledgement',
    caseId: CASE.taka,
    note: 'English receipt to the Japanese user; multipart; says nothing of the topic',
    from: NOTIFY,
    to: tTo,
    subject: `Your case ${CASE.taka} has been received`,
    date: d('2026-03-11 04:21:02', '+0000'),
    enc: 'utf8qp',
    text: `Hello Yumi Takahashi,

Your support case has been created.
Case ID: ${CASE.taka}
Severity: General guidance

We will respond as soon as possible.

Amazon Web Services`,
    html: `<p>Hello Yumi Takahashi,</p><p>Your support case has been created.<br>Case ID: <b>${CASE.taka}</b><br>Severity: General guidance</p><p>We will respond as soon as possible.</p><p>Amazon Web Services</p>`,
  }),

  // ================= ai_answer =================
  en({
    slug: 'en-ai-generated-merge-tool-ascii',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer: use the Merge Accounts tool under the profile before contacting a person',
    from: NOTIFY,
    to: R.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-02-23 06:05:40', '+0000'),
    enc: 'ascii7',
    text: `This answer was generated by AI and may not be accurate.

You asked: "two certification accounts merge"

Most duplicate accounts can be combined without contacting support:
- Sign in to the account you want to keep.
- Open your profile menu and choose Merge Accounts.
- Enter the email of the other account and follow the prompts.

If the tool tells you it can't merge because both accounts hold certifications, select "Create case" below and an agent will help.`,
  }),
  en({
    slug: 'en-ai-helpful-buttons-html',
    kind: 'ai_answer',
    caseId: null,
    note: 'multipart generated answer with Was this helpful? links; recommends the self-service tool',
    from: SUPPORT_SUB,
    to: G.keep,
    subject: 'Here is an answer that may help',
    date: d('2026-03-05 02:10:14', '+0000'),
    enc: 'utf8qp',
    text: `Powered by generative AI

Hi! It sounds like you have two AWS Certification accounts. You can usually fix this yourself with the Merge Accounts option on the certification portal profile page – it only takes a few minutes when one of the accounts has no certifications.

Was this helpful?  Yes  /  No  /  I still need help (create a case)`,
    html: `<p><small>Powered by generative AI</small></p>
<p>Hi! It sounds like you have two AWS Certification accounts. You can usually fix this yourself with the <b>Merge Accounts</b> option on the certification portal profile page – it only takes a few minutes when one of the accounts has no certifications.</p>
<p>Was this helpful? <a href="https://support.example.invalid/y">Yes</a> / <a href="https://support.example.invalid/n">No</a> / <a href="https://support.example.invalid/case">I still need help (create a case)</a></p>`,
  }),
  en({
    slug: 'en-ai-explains-after-merge',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI answer explaining what happens once accounts are merged (history, vouchers, badges): still ai_answer',
    from: NOTIFY,
    to: L.keep,
    subject: 'Automated response: merging certification profiles',
    date: d('2026-03-03 23:32:02', '+0000'),
    enc: 'ascii7',
    text: `[Automated response - generated by AI]

When two certification accounts are merged, the exam history, active certifications and any unused benefits from the secondary account appear on the primary account. Digital badges on Credly are not always carried across automatically; after the merge, sign in to Credly with your primary email and claim them.

You can start a merge yourself from the portal profile page. If both accounts already hold certifications, you'll need to create a case.`,
  }),
  en({
    slug: 'en-ai-while-you-wait-utf8b64',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated "articles that might help" mail sent while the form is being filled in',
    from: SUPPORT_SUB,
    to: S.keep,
    subject: 'Articles that might help',
    date: d('2026-03-02 09:08:00', '+0000'),
    enc: 'utf8b64',
    text: `Based on what you've typed so far, these might sort it out faster:

• How do I merge two AWS Certification accounts?
• I can't sign in with my old company email
• Where can I find my candidate ID?

Still stuck? Head back to the form and select "Create case".
(This message was sent automatically.)`,
  }),
  en({
    slug: 'en-ai-dkim-only-thandi',
    kind: 'ai_answer',
    caseId: null,
    auth: 'dkimonly',
    note: 'virtual assistant answer, aligned DKIM only (no DMARC verdict): trusted',
    from: NOTIFY,
    to: H.keep,
    subject: 'Your virtual assistant conversation',
    date: d('2026-03-04 06:58:21', '+0000'),
    enc: 'ascii7',
    text: `Transcript

You: I have a work and personal AWS cert account, want one
Assistant: You can combine them using Merge Accounts in your certification profile. Sign in with the account you want to keep first.
You: both have certs on them
Assistant: In that case the tool can't do it, so please create a support case and include both candidate IDs.

[Conversation ended]`,
  }),
  en({
    slug: 'en-ai-dmarc-other-domain',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    auth: 'dmarcOther',
    note: 'automated answer; DKIM and DMARC pass, but for amazon-notices.net, not the From domain: untrusted',
    from: NOTIFY,
    to: G.keep,
    subject: 'Automated help: account merge',
    date: d('2026-03-05 01:59:00', '+0000'),
    enc: 'ascii7',
    text: `This is an automated answer.

To merge your certification accounts, sign in at the link below with BOTH sets of credentials and our system will do the rest.
https://aws-merge-helper.example-accounts.net/start`,
  }),

  // ================= info_request =================
  en({
    slug: 'en-info-hyderabad-kindly-revert',
    kind: 'info_request',
    caseId: CASE.ravi,
    note: 'Hyderabad agent: "kindly share the below details ... kindly revert" (candidate IDs, emails, which to retain)',
    from: FORM,
    to: rTo,
    subject: formSubj(CASE.ravi),
    date: d('2026-02-24 11:42:10', '+0530'),
    enc: 'ascii7',
    text: `Dear Ravi,

Greetings from AWS Training and Certification!

This is with reference to your request for merging the certification accounts. In order to do the needful, kindly share the below details:

1. Candidate ID of both the accounts
2. Registered email address of both the accounts
3. The account which you wish to retain

Kindly revert on the same mail thread at the earliest so that we can proceed further.

Thanks & Regards,
Srinivas K
AWS Training and Certification

${sfBlock(R.keep, '2/23/2026 6:11 AM', FORM_BARE, 'Certification account', RAVI_REQ)}`,
  }),
  en({
    slug: 'en-info-dublin-which-to-keep-gmail',
    kind: 'info_request',
    caseId: CASE.siob,
    note: 'Dublin agent asks which of the two addresses should stay and the Contoso candidate ID; Gmail quote below',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob),
    date: d('2026-03-03 10:31:18', '+0000'),
    enc: 'utf8qp',
    text: `Hi Siobhán,

Thanks a million for getting in touch, and apologies for the slight delay over the weekend.

I can see the account under ${S.keep} no bother, but I'm struggling to find the Contoso one. Would you be able to send on the candidate ID for it (it starts with AWS) and the exact email it was registered with? Just reply here and it'll land straight back with me.

All the best,
Ciara
AWS Training and Certification – Dublin

${gmailEn('Mon, 2 Mar 2026 at 09:13', S.name, S.keep)}
${q(SIOB_REQ)}`,
  }),
  en({
    slug: 'en-info-manila-macro-plus-line',
    kind: 'info_request',
    caseId: CASE.grace,
    note: 'Manila agent pastes the standard macro asking for both IDs and emails, plus one personal line',
    from: FORM,
    to: gTo,
    subject: formSubj(CASE.grace),
    date: d('2026-03-06 14:05:44', '+0800'),
    enc: 'ascii7',
    text: `Hi Grace,

Hope you're doing well! Just need the candidate ID of your old account also so we can locate it faster.

-----
To help us process your account merge request, please provide the following information:
- Full name as it appears on your certification records
- Candidate ID for each account
- Email address associated with each account
- Which account should remain active after the merge
-----

Hoping for your kind response.

Warm regards,
Joy
AWS Training and Certification Support`,
  }),
  en({
    slug: 'en-info-sydney-casual',
    kind: 'info_request',
    caseId: CASE.liam,
    note: 'Sydney agent, casual: needs the uni email and the candidate ID of the old account',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.liam),
    date: d('2026-03-04 16:22:09', '+1100'),
    enc: 'ascii7',
    text: `Hey Liam,

No worries at all, happy to help smoosh them together. Couple of things I'll need from you first:

- the uni email you used back then (the full address)
- the candidate ID on that account if you've still got it handy

Flick those through as a reply and I'll get cracking.

Cheers,
Mitch
AWS T&C Support, Sydney

${gmailEn('Wed, 4 Mar 2026 at 10:38', L.name, L.keep)}
${q(LIAM_REQ)}`,
  }),
  en({
    slug: 'en-info-confirm-address-capetown',
    kind: 'info_request',
    caseId: CASE.thandi,
    trap: true,
    note: 'Cape Town agent: "please confirm the email address you would like to retain" is a request for information',
    from: FORM,
    to: hTo,
    subject: formSubj(CASE.thandi),
    date: d('2026-03-05 10:14:30', '+0200'),
    enc: 'utf8b64',
    text: `Good morning Thandi,

Trust you are well.

Thank you for your patience. Before we can look at consolidating the two profiles, please confirm the email address you would like to retain, as well as the candidate ID linked to the work profile.

Should you have any questions, feel free to contact me.

Kind regards
Sipho M.
AWS Training and Certification Support`,
  }),
  en({
    slug: 'en-info-seattle-write-from-keep-ids',
    kind: 'info_request',
    caseId: CASE.taka,
    note: 'Seattle macro to the Japanese user: write from the address you keep and include both candidate IDs',
    from: FORM,
    to: tTo,
    cc: T.src,
    subject: formSubj(CASE.taka),
    date: d('2026-03-11 17:02:11', '-0700'),
    enc: 'utf8qp',
    text: `Hi Yumi,

Thank you for reaching out to AWS Training and Certification!

For your security, we can only make changes when the request comes from the email address on the account you'd like to keep. Could you please reply from ${T.keep} and include the candidate ID for both accounts?

Once we have that, we'll be able to move forward.

Best,
Kayla
AWS Training and Certification

${gmailEn('Wed, Mar 11, 2026 at 4:05 AM', T.en, T.keep)}
${q(TAKA_REQ)}`,
    html: paras(`Hi Yumi,

Thank you for reaching out to AWS Training and Certification!

For your security, we can only make changes when the request comes from the email address on the account you'd like to keep. Could you please reply from ${T.keep} and include the candidate ID for both accounts?

Once we have that, we'll be able to move forward.

Best,
Kayla
AWS Training and Certification`),
  }),
  en({
    slug: 'en-info-dmarc-fail-id-photo',
    kind: 'info_request',
    caseId: CASE.ravi,
    trusted: false,
    auth: 'fail',
    note: 'asks for a photo ID and both passwords; DMARC fails at the receiving server: untrusted',
    from: FORM,
    to: R.keep,
    subject: formSubj(CASE.ravi),
    date: d('2026-02-24 22:10:00', '+0530'),
    enc: 'ascii7',
    text: `Dear Customer,

To process the merge, kindly upload a photo of your government ID and the passwords of both accounts at the secure link below within 24 hours:
https://aws-cert-support.example-upload.net/${CASE.ravi}

Failing which, the request will be cancelled.

AWS Certification Team`,
  }),

  // ================= confirmation_request =================
  en({
    slug: 'en-conf-dublin-explicit-consent',
    kind: 'confirmation_request',
    caseId: CASE.siob,
    note: 'Dublin agent needs explicit consent before actioning; irreversible; reply "I agree"',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob),
    date: d('2026-03-04 12:05:40', '+0000'),
    enc: 'ascii7',
    text: `Hi Siobhan,

Brilliant, thanks for sending those on. I've found both profiles:

  Stays: ${S.keepId} (${S.keep})
  Goes:  ${S.srcId} (${S.src})

Before I action anything I need your explicit go-ahead, as a merge can't be reversed afterwards. If you're happy with the above, just reply with "I agree" and I'll take it from there.

All the best,
Ciara`,
  }),
  en({
    slug: 'en-conf-hyderabad-kindly-confirm',
    kind: 'confirmation_request',
    caseId: CASE.ravi,
    note: 'Hyderabad agent: "kindly confirm that you wish to proceed with the merge of below accounts"',
    from: FORM,
    to: rTo,
    subject: formSubj(CASE.ravi),
    date: d('2026-02-25 15:30:22', '+0530'),
    enc: 'utf8qp',
    text: `Dear Ravi,

Thank you for sharing the requested details.

Please be advised that post merging, the account ${R.srcId} will be deactivated and all the certifications will be reflected under ${R.keepId}. This action is irreversible.

Kindly confirm that you wish to proceed with the merge of the below accounts:
Primary : ${R.keep} / ${R.keepId}
Secondary : ${R.src} / ${R.srcId}

Awaiting your confirmation.

Thanks & Regards,
Lakshmi P
AWS Training and Certification`,
  }),
  en({
    slug: 'en-conf-seattle-html-macro',
    kind: 'confirmation_request',
    caseId: CASE.grace,
    note: 'Seattle macro in multipart: review the two accounts, this cannot be undone, reply YES to proceed',
    from: FORM,
    to: gTo,
    subject: formSubj(CASE.grace),
    date: d('2026-03-07 09:40:12', '-0800'),
    enc: 'utf8qp',
    text: `Hi Grace,

Thanks for the info! Here's what we'll do:

Account to keep: ${G.keepId} (${G.keep})
Account to merge in and close: ${G.srcId} (${G.src})

Heads up: merging is permanent and can't be undone. Reply YES to this email and we'll get started.

Thanks,
Brandon
AWS Training and Certification`,
    html: `<p>Hi Grace,</p><p>Thanks for the info! Here's what we'll do:</p>
<ul><li>Account to keep: ${G.keepId} (${G.keep})</li><li>Account to merge in and close: ${G.srcId} (${G.src})</li></ul>
<p><b>Heads up:</b> merging is permanent and can't be undone. Reply <b>YES</b> to this email and we'll get started.</p>
<p>Thanks,<br>Brandon<br>AWS Training and Certification</p>`,
  }),
  en({
    slug: 'en-conf-sydney-happy-to-go-ahead',
    kind: 'confirmation_request',
    caseId: CASE.liam,
    note: 'Sydney agent: just double-checking you are happy for us to go ahead, no undoing it',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.liam),
    date: d('2026-03-05 11:10:00', '+1100'),
    enc: 'utf8qp',
    text: `Hey Liam,

Legend, found the uni account. Just double-checking you're happy for us to fold ${L.srcId} into ${L.keepId} — once it's done there's no undoing it, so give us a "yep, go for it" and we'll crack on.

Cheers,
Mitch`,
  }),
  en({
    slug: 'en-conf-capetown-outlook-thread',
    kind: 'confirmation_request',
    caseId: CASE.thandi,
    note: 'Cape Town agent asks for consent on top of an Outlook-quoted thread',
    from: FORM,
    to: hTo,
    subject: formSubj(CASE.thandi),
    date: d('2026-03-06 09:02:18', '+0200'),
    enc: 'ascii7',
    text: `Good day Thandi,

Thank you for the information provided.

Kindly note that once the profiles are consolidated, the work profile (${H.srcId}) will no longer be accessible and the process cannot be reversed. Are you in agreement that we proceed? A short reply stating that you agree will suffice.

Kind regards
Sipho M.

${outlookEn(`${H.name} <${H.keep}>`, 'Thursday, March 5, 2026 2:41 PM', FORM_BARE, formSubj(CASE.thandi), `Hi Sipho

The one to keep is ${H.keep}. Work profile ID is ${H.srcId}.

Regards
Thandi`)}

${outlookEn(`AWS Training and Certification <${FORM_BARE}>`, 'Thursday, March 5, 2026 10:14 AM', H.keep, formSubj(CASE.thandi), 'Good morning Thandi,\n\nBefore we can look at consolidating the two profiles, please confirm the email address you would like to retain...')}`,
  }),
  en({
    slug: 'en-conf-simple-english-takahashi',
    kind: 'confirmation_request',
    caseId: CASE.taka,
    note: 'plain, simple English for the Japanese user: we will merge X into Y, cannot be undone, do you agree?',
    from: FORM,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-12 18:45:00', '-0700'),
    enc: 'utf8b64',
    text: `Hi Yumi,

Thank you for writing from your private email.

We will merge account ${T.srcId} into account ${T.keepId}.
After this, you cannot use ${T.srcId}, and we cannot undo it.

Do you agree? Please reply "I agree" if it is OK.

Best,
Kayla`,
  }),
  en({
    slug: 'en-conf-lookalike-subdomain',
    kind: 'confirmation_request',
    caseId: CASE.siob,
    trusted: false,
    note: 'consent request from amazon.com.case-support.net (a look-alike subdomain trick): untrusted',
    from: 'AWS Training and Certification <no-reply@amazon.com.case-support.net>',
    to: S.keep,
    subject: formSubj(CASE.siob),
    date: d('2026-03-04 03:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hello,

Your merge is ready. Please confirm by signing in with your old account credentials:
https://amazon.com.case-support.net/confirm?c=${CASE.siob}

This cannot be undone.`,
  }),

  // ================= merge_completed =================
  en({
    slug: 'en-merge-dublin-gone-ahead',
    kind: 'merge_completed',
    caseId: CASE.siob,
    note: 'Dublin agent: "I have gone ahead and merged your two accounts"',
    from: FORM,
    to: sTo,
    subject: formSubj(CASE.siob),
    date: d('2026-03-05 14:20:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Siobhan,

Thanks for the go-ahead. I've gone ahead and merged your two accounts - everything from the Contoso profile now sits under ${S.keep}.

It can take a little while for the portal to catch up, so if it looks odd today give it until tomorrow.

All the best,
Ciara`,
  }),
  en({
    slug: 'en-merge-hyderabad-actioned',
    kind: 'merge_completed',
    caseId: CASE.ravi,
    note: 'Hyderabad agent: "we have actioned your request and the accounts have been merged successfully. Kindly verify"',
    from: FORM,
    to: rTo,
    subject: formSubj(CASE.ravi),
    date: d('2026-02-26 18:05:31', '+0530'),
    enc: 'ascii7',
    text: `Dear Ravi,

Thank you for your confirmation.

We have actioned your request and the accounts have been merged successfully. All your certifications are now reflecting under ${R.keepId}.

Kindly verify the same at your end and let us know in case of any discrepancy.

Thanks & Regards,
Lakshmi P
AWS Training and Certification`,
  }),
  en({
    slug: 'en-merge-portal-notice-grace',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice, no case ID: your accounts have been merged',
    from: PORTAL,
    to: G.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-03-08 20:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hello Grace Mendoza,

This is a notification that your AWS Certification accounts have been merged. Your certifications, exam history and benefits are now available when you sign in with ${G.keep}.

If you did not request this, contact AWS Training and Certification Support.

AWS Certification`,
    html: `<div style="max-width:600px"><h3>Account update</h3><p>Hello Grace Mendoza,</p><p>This is a notification that your AWS Certification accounts have been merged. Your certifications, exam history and benefits are now available when you sign in with ${G.keep}.</p><p style="color:#666">If you did not request this, contact AWS Training and Certification Support.</p></div>`,
  }),
  en({
    slug: 'en-merge-sydney-all-sorted',
    kind: 'merge_completed',
    caseId: CASE.liam,
    note: 'Sydney agent: all sorted, accounts are one now, and I will close the case: merge_completed',
    from: FORM,
    to: lTo,
    subject: formSubj(CASE.liam),
    date: d('2026-03-06 13:45:00', '+1100'),
    enc: 'utf8qp',
    text: `Hey Liam,

All sorted — your uni account's been rolled into ${L.keepId}, so the Cloud Practitioner and the SAA now live together under ${L.keep}. I'll mark the case as resolved on my end.

Cheers,
Mitch`,
  }),
  en({
    slug: 'en-merge-consolidated-takahashi',
    kind: 'merge_completed',
    caseId: CASE.taka,
    note: 'Seattle agent to the Japanese user: records consolidated under the private account',
    from: FORM,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-15 10:10:00', '-0700'),
    enc: 'utf8b64',
    text: `Hi Yumi,

Good news! Your certification records from ${T.srcId} are now consolidated under ${T.keepId}. Please sign in with ${T.keep} to check.

Your Credly badges may take a few days to show up.

Best,
Kayla`,
  }),
  en({
    slug: 'en-merge-certmetrics-sender',
    kind: 'merge_completed',
    caseId: null,
    trusted: false,
    note: 'portal-style merge notice sent from a certmetrics.com address (outside the trusted domains): untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>',
    to: R.keep,
    subject: 'Account merge complete',
    date: d('2026-02-26 13:00:00', '+0000'),
    enc: 'ascii7',
    text: `Dear Ravi Menon,

The account merge you requested is complete. Your certification history is now available in one profile.

AWS Certification Program`,
  }),
  en({
    slug: 'en-merge-ids-between-html-thandi',
    kind: 'merge_completed',
    caseId: CASE.thandi,
    note: 'HTML-only: "Candidate ID AWS… has now been combined into AWS…", identifiers between the words',
    from: FORM,
    to: hTo,
    subject: formSubj(CASE.thandi),
    date: d('2026-03-09 11:30:00', '+0200'),
    enc: 'utf8b64',
    html: `<div style="font-family:Calibri,sans-serif">
<p>Good day Thandi,</p>
<p>Thank you for your patience.</p>
<p>Candidate ID ${H.srcId} has now been combined into ${H.keepId}; your work profile is closed and both of your certifications display on the personal profile.</p>
<p>Kind regards<br>Sipho M.<br>AWS Training and Certification Support</p>
</div>`,
  }),
];
