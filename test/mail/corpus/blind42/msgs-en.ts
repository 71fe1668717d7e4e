// Set ao, English messages. Voice: time and memory (old cases, earlier merges, reminders, digests).
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_ADDR, AWS_NOTIFY, CREDLY_AWS, PORTAL, TRAINING, formSubject, formSubjectNew, DAN, SOFIA, RAHUL, CASE,
  quote, gmailEn, outlookEn, sfBlock, sfRef, paras, htmlDoc, esc, en,
} from './common.js';

const danTo = `${DAN.name} <${DAN.keep}>`;
const sofTo = `${SOFIA.name} <${SOFIA.keep}>`;
const rahTo = `${RAHUL.name} <${RAHUL.keep}>`;

const DAN_NEW_REQUEST = `Hi,
Back in June 2022 you merged my old work account (${DAN.srcId}) into ${DAN.keepId} under case ${CASE.danOld}.
I've now discovered a third account, ${DAN.third}, that I apparently created for a beta exam in 2021.
Could you fold that one into ${DAN.keepId} as well?
Thanks,
Dan Okafor`;

const RAHUL_REQUEST = `Hello team,
I have two certification profiles. The one on ${RAHUL.src} (bank email, ${RAHUL.srcId}) has my SAA from 2024.
The one on ${RAHUL.keep} (${RAHUL.keepId}) has the Developer Associate. Please combine into the personal one.
Rahul Mehta`;

const SOFIA_REQUEST = `Hello,
I left my consultancy in the spring and would like my certifications moved from ${SOFIA.src} (${SOFIA.srcId})
to my personal profile ${SOFIA.keep} (${SOFIA.keepId}). Both have exams on them.
Best, Sofia`;

export const EN: Msg[] = [
  // ================= acknowledgement (6) =================
  en({
    slug: 'ack-new-case-mentions-2022',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.dan,
    note: 'receipt of the new case; the 2022 case and its merge are only mentioned as history',
    from: AWS_NOTIFY,
    to: danTo,
    subject: `Case ${CASE.dan} created: AWS Training and Certification`,
    date: d('2026-10-19 15:22:07', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out. Your request has been logged as case ${CASE.dan}.

Your message refers to an earlier case (${CASE.danOld}), which was resolved in 2022 after your accounts were merged. That case stays closed; we will handle the new request here.

An agent will usually reply within one business day. Opening another case for the same issue can slow things down, so please reply to this one instead.

Amazon Web Services`,
  }),
  en({
    slug: 'ack-multipart-sofia',
    kind: 'acknowledgement',
    caseId: CASE.sofia,
    note: 'multipart case receipt with a short summary of the form fields',
    from: AWS_NOTIFY,
    to: sofTo,
    subject: `We've received your case (${CASE.sofia})`,
    date: d('2026-09-07 08:14:51', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

We've opened case ${CASE.sofia} for you.

  Type: AWS Training and Certification
  Topic: Certification account
  Submitted: 2026-09-07 08:14 UTC

You'll get a reply from our team by e-mail, normally within 24 hours.

— Amazon Web Services`,
    html: htmlDoc(`<p>Hi Sofia,</p>
<p>We've opened case <b>${CASE.sofia}</b> for you.</p>
<ul><li>Type: AWS Training and Certification</li><li>Topic: Certification account</li><li>Submitted: 2026-09-07 08:14 UTC</li></ul>
<p>You'll get a reply from our team by e-mail, normally within 24 hours.</p>
<p>— Amazon Web Services</p>`, 'en'),
  }),
  en({
    slug: 'ack-id-in-body-lf',
    kind: 'acknowledgement',
    caseId: CASE.rahul,
    note: 'receipt with a generic subject; the case number is only in the body; LF line ends',
    from: SUPPORT,
    to: rahTo,
    subject: 'We received your request',
    date: d('2026-11-10 04:31:09', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Dear Rahul,

This note confirms receipt of your message to AWS Training and Certification Customer Service.
For your reference, the number assigned is ${CASE.rahul}; keep it handy if you contact us again.

Someone from the team will be in touch shortly.

AWS Training and Certification`,
  }),
  en({
    slug: 'ack-misaligned-dkim',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.sofia,
    note: 'receipt-shaped mail signed by an unrelated bulk-mail domain; dmarc fails',
    from: SUPPORT,
    to: sofTo,
    subject: formSubjectNew(CASE.sofia),
    date: d('2026-09-07 08:20:00', '+0000'),
    auth: 'misaligned',
    enc: 'ascii7',
    text: `Hello,

We have received your AWS Training and Certification request (case ${CASE.sofia}).
To speed things up, verify your identity here: https://aws-cert-verify.example-secure.net/${CASE.sofia}

AWS Training and Certification`,
  }),
  en({
    slug: 'ack-auto-thank-you-b64',
    kind: 'acknowledgement',
    caseId: CASE.dan,
    note: 'form-tool automatic reply: message received, reference in the subject; base64 UTF-8',
    from: SUPPORT,
    to: danTo,
    subject: formSubjectNew(CASE.dan),
    date: d('2026-10-19 15:23:40', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Thank you for contacting AWS Training and Certification.

This is an automatic reply to let you know your form submission has reached us. A member of our team will review it and get back to you. You don't need to do anything right now.

Please keep the case reference in the subject line if you write to us about this request.

AWS Training and Certification Customer Service`,
  }),
  en({
    slug: 'ack-html-only-rahul',
    kind: 'acknowledgement',
    caseId: CASE.rahul,
    note: 'HTML-only "case opened" notification',
    from: AWS_NOTIFY,
    to: RAHUL.keep,
    subject: `AWS Support case ${CASE.rahul} opened`,
    date: d('2026-11-10 04:30:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<table width="600" style="border:1px solid #d5dbdb"><tr><td style="padding:18px">
<p>Hello Rahul Mehta,</p>
<p>Support case <b>${CASE.rahul}</b> has been opened on your behalf.</p>
<p>Subject: <i>Two certification profiles</i><br>Service: AWS Training and Certification</p>
<p>We aim to respond within 24 hours.</p>
<p style="font-size:11px;color:#687078">Please don't reply to this message; this mailbox isn't monitored.</p>
</td></tr></table>`, 'en'),
  }),

  // ================= ai_answer (6) =================
  en({
    slug: 'ai-previous-merge-tool',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'AI answer saying accounts merged before still need a new merge for a newly found one; suggests the tool',
    from: AWS_NOTIFY,
    to: DAN.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-10-19 15:18:30', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This answer was generated by AI.

You asked: "I merged accounts in 2022, now found another one."

A merge that was completed in the past only covers the accounts included at that time. A newly discovered account must be merged separately. Sign in with the account you keep, open Profile, and choose Merge Accounts. If both accounts hold certifications, the tool will not proceed; in that case, select "Create case" below.

Did this answer help? Yes | No`,
  }),
  en({
    slug: 'ai-plain-steps',
    kind: 'ai_answer',
    caseId: null,
    note: 'plain automated suggestion: what to prepare, try the tool first',
    from: AWS_NOTIFY,
    to: RAHUL.keep,
    subject: 'Here is what we found',
    date: d('2026-11-10 04:25:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Based on your description, this automated response may help:

- Write down both candidate IDs (they start with "AWS").
- Decide which e-mail address you will use going forward.
- Try the Merge Accounts option under your certification profile.

If that doesn't solve it, continue to create a case and an agent will help.

(Automated response. Accuracy is not guaranteed.)`,
  }),
  en({
    slug: 'ai-html-only-generated',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only generated answer with a feedback prompt',
    from: AWS_NOTIFY,
    to: SOFIA.keep,
    subject: 'AI-generated answer: duplicate certification profiles',
    date: d('2026-09-07 08:09:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p><b>Generated with AI</b></p>
<p>It sounds like you have two certification profiles. You can usually combine them yourself:</p>
<ol><li>Sign in to the profile you want to keep.</li><li>Go to <i>Profile &gt; Merge Accounts</i>.</li><li>Sign in with the other profile's credentials when asked.</li></ol>
<p>When certifications exist in both profiles, the tool blocks the merge and you'll need to open a case.</p>
<p>Was this helpful? <a href="#">Yes</a> · <a href="#">No, create a case</a></p>`, 'en'),
  }),
  en({
    slug: 'ai-no-auth-results',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'automated answer without any Authentication-Results header',
    from: AWS_NOTIFY,
    to: DAN.keep,
    subject: 'Automated guidance: merging certification accounts',
    date: d('2026-10-19 15:19:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `This is an automated, AI-assisted reply.

To combine two AWS Certification accounts, use the Merge Accounts tool under your profile. Most requests are finished there without contacting support.

If the tool is not available to you, open a case.`,
  }),
  en({
    slug: 'ai-recert-after-merge',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'AI answer on recertification after a merge ("after your accounts have been merged ..."): explanation only',
    from: AWS_NOTIFY,
    to: SOFIA.keep,
    subject: 'Answer from the AWS Training and Certification assistant',
    date: d('2026-11-28 10:02:11', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Answer generated by our AI assistant:

After your accounts have been merged, every certification keeps its original expiration date — three years from the day you earned it. The merge does not restart the clock. Recertification reminders go to the e-mail address on the surviving account, and any unused 50% discount benefit is listed under Benefits.

If this doesn't answer your question, you can still open a case.`,
  }),
  en({
    slug: 'ai-multipart-suggestion',
    kind: 'ai_answer',
    caseId: null,
    note: 'multipart AI suggestion pointing to the FAQ and the self-service tool',
    from: AWS_NOTIFY,
    to: RAHUL.src,
    subject: 'Possible solution to your question',
    date: d('2026-11-09 17:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `We generated this suggestion automatically.

Customers with more than one certification account can often resolve it with the Merge Accounts feature in their profile. See "Certification account" in the FAQ for details.

Still need help? Choose "Create case".`,
    html: htmlDoc(`<p>We generated this suggestion automatically.</p>
<p>Customers with more than one certification account can often resolve it with the <b>Merge Accounts</b> feature in their profile. See "Certification account" in the FAQ for details.</p>
<p>Still need help? Choose "Create case".</p>`, 'en'),
  }),

  // ================= info_request (7) =================
  en({
    slug: 'info-third-account-restates-2022',
    kind: 'info_request',
    trap: true,
    caseId: CASE.dan,
    note: 'restates the 2022 merge, then asks for the third account\'s candidate ID, login and notification e-mails',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-20 13:05:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for writing in again. I've pulled up case ${CASE.danOld}: in June 2022 we merged ${DAN.srcId} into ${DAN.keepId}, and that's still in place.

For the account you found, I'll need a few details before I can locate it:
  - its candidate ID, if you can see it
  - the sign-in e-mail and the certification notification e-mail on that account
  - roughly when and which exam you sat (you mentioned a beta in 2021)

Once I have those I'll take it from there.

Kind regards,
Ingrid
AWS Training and Certification

${quote(DAN_NEW_REQUEST)}`,
  }),
  en({
    slug: 'info-confirm-email-to-keep',
    kind: 'info_request',
    trap: true,
    caseId: CASE.sofia,
    note: '"please confirm the e-mail address you keep": an information request using the word confirm',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-08 10:40:22', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Sofia,

Before anything else, could you confirm which e-mail address you'd like to keep going forward — ${SOFIA.keep} or ${SOFIA.src}? The other one won't be able to sign in afterwards.

Just reply with the address.

Best,
Tomás – AWS Training & Certification Support`,
  }),
  en({
    slug: 'info-as-discussed-last-month',
    kind: 'info_request',
    caseId: CASE.rahul,
    note: '"as we discussed last month" restated, then asks for a screenshot of each profile',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-02 09:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

As we discussed last month, the two profiles show your surname spelled differently (Mehta / Metha), so we have to be sure they belong to the same person.

Would you send a screenshot of the Profile page of each account while signed in? The candidate ID needs to be visible; you can hide everything else.

Thanks,
Grace
AWS Training and Certification

-----Original Message-----
From: ${RAHUL.name} <${RAHUL.keep}>
Sent: Saturday, November 14, 2026 9:12 PM
To: ${SUPPORT_ADDR}
Subject: RE: ${formSubject(CASE.rahul)}

Grace, the IDs are ${RAHUL.srcId} (bank) and ${RAHUL.keepId} (personal). Keep the personal one please.
I'm travelling until the end of the month so replies may be slow.`,
  }),
  en({
    slug: 'info-outlook-quote-ids',
    kind: 'info_request',
    caseId: CASE.rahul,
    note: 'asks for both candidate IDs and which to keep; the request is quoted under an Outlook From/Sent/To/Subject block',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-11-11 06:20:40', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Rahul,

Thank you for your message. So that I can look into both profiles, please reply with:

1. The candidate ID of each profile
2. The profile you want to keep

Regards,
Grace

${outlookEn(`${RAHUL.name} <${RAHUL.keep}>`, 2026, 11, 10, '10:01', SUPPORT_ADDR, 'Two certification profiles')}

${RAHUL_REQUEST}`,
  }),
  en({
    slug: 'info-resent-from-old-firm',
    kind: 'info_request',
    forUser: false,
    caseId: CASE.dan,
    note: 'information request redirected onward by the old firm\'s server (Resent-* headers)',
    from: SUPPORT,
    to: `${DAN.name} <${DAN.src}>`,
    subject: formSubject(CASE.dan),
    date: d('2026-10-21 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    resent: { from: 'it-helpdesk@oldfirm.example.com', to: 'leavers-mail@oldfirm.example.com', date: d('2026-10-21 10:30:00', '+0100') },
    text: `Hi Daniel,

We still need the sign-in e-mail of the account you found in order to go on. Could you send it along?

Ingrid`,
  }),
  en({
    slug: 'info-fail-then-forged',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.sofia,
    note: 'asks for IDs and a password; topmost verdict fails, a planted pass sits lower',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-09 07:00:00', '+0000'),
    auth: 'failThenForged',
    enc: 'ascii7',
    text: `Hello,

To continue, reply with both candidate IDs and the password of the account being merged.
Requests without this information will be closed in 48 hours.

AWS Certification Support`,
  }),
  en({
    slug: 'info-html-only-which-notify',
    kind: 'info_request',
    caseId: CASE.sofia,
    note: 'HTML-only request for the Skill Builder e-mail and notification e-mail of the old profile',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-10 12:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sofia,</p>
<p>Thanks — ${esc(SOFIA.keep)} it is. One more thing from my side: what e-mail does the consultancy profile use for <b>certification notifications</b>, and is the same address linked to <b>AWS Skill Builder</b>? These are sometimes different from the sign-in address.</p>
<p>Tomás</p>
<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">${paras(SOFIA_REQUEST)}</blockquote>`, 'en'),
  }),

  // ================= confirmation_request (7) =================
  en({
    slug: 'conf-third-merge-full-history',
    kind: 'confirmation_request',
    trap: true,
    caseId: CASE.dan,
    note: 'restates every earlier step (2022 merge etc.), then asks him to agree to the irreversible third merge',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-23 14:12:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Quick recap so we're on the same page:
  * Jun 2022 - case ${CASE.danOld}: ${DAN.srcId} merged into ${DAN.keepId} (done)
  * 19 Oct 2026 - this case opened for a third account
  * 22 Oct 2026 - third account identified as ${DAN.thirdId} (${DAN.third})

Next step is folding ${DAN.thirdId} into ${DAN.keepId}. This is permanent: the beta-exam account will stop working and the history can't be split out again.

If you're happy for us to go ahead, just reply to this message saying so.

Ingrid`,
  }),
  en({
    slug: 'conf-reminder-awaiting-go-ahead',
    kind: 'confirmation_request',
    caseId: CASE.sofia,
    note: 'reminder of a pending consent: the 12 Sept request is restated and the go-ahead asked again',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-17 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Following up on my message of 12 September: we're still waiting on your go-ahead before we combine ${SOFIA.srcId} into ${SOFIA.keepId}.

As a reminder, once done this can't be reversed. A one-line reply agreeing is all we need.

Tomás`,
  }),
  en({
    slug: 'conf-multipart-sofia-first',
    kind: 'confirmation_request',
    caseId: CASE.sofia,
    note: 'multipart consent request with the two profiles listed',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-12 13:45:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for the details. Here's what we'll do:

  From: ${SOFIA.srcId} (${SOFIA.src})
  Into: ${SOFIA.keepId} (${SOFIA.keep})

Please note that merging is irreversible. Could you reply to let us know you agree?

Tomás`,
    html: htmlDoc(`<p>Hi Sofia,</p>
<p>Thanks for the details. Here's what we'll do:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><td>From</td><td>${SOFIA.srcId} (${SOFIA.src})</td></tr><tr><td>Into</td><td>${SOFIA.keepId} (${SOFIA.keep})</td></tr></table>
<p>Please note that merging is irreversible. Could you reply to let us know you agree?</p>
<p>Tomás</p>`, 'en'),
  }),
  en({
    slug: 'conf-user-old-mail-gmail-quoted',
    kind: 'confirmation_request',
    caseId: CASE.rahul,
    note: 'consent question on top; the user\'s long earlier mail quoted below a Gmail header',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-04 11:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

Thanks, the screenshots settle it. Everything below is answered, I believe.

May we proceed with merging ${RAHUL.srcId} into ${RAHUL.keepId}? It can't be undone afterwards.

Grace

${gmailEn(2026, 12, 3, '22:15', RAHUL.name, RAHUL.keep)}
> Hi Grace,
>
> Screenshots attached. Before you go ahead, a few things I'd like to understand:
> - Will my SAA from 2024 keep its original expiry date?
> - The bank account has an unused 50% voucher from March. Does it come across?
> - My employer's LMS pulls the Credly badge. Will the link break?
> - Last month you said the surname mismatch might be a problem. Is it sorted?
>
> Sorry for the delay, I was travelling for most of November.
> Rahul`,
  }),
  en({
    slug: 'conf-freemail-display-name',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.dan,
    note: 'consent request with a trusted-looking display name on a free-mail address',
    from: 'AWS Training and Certification <awstraining.certsupport@gmail.com>',
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-22 20:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Customer,

Please confirm the merge of your certification accounts by signing in at the link below within 24 hours. Merges cannot be undone.
https://aws-training-merge.example-portal.com/confirm

AWS Training and Certification`,
  }),
  en({
    slug: 'conf-html-only-rahul-reask',
    kind: 'confirmation_request',
    caseId: CASE.rahul,
    note: 'HTML-only consent reminder, worded without "confirm": "let us know you are OK with this"',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-08 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Rahul,</p>
<p>Circling back on my note from 4 December. Your questions are answered (expiry unchanged, the voucher moves, the Credly link changes once badges are re-issued).</p>
<p>We only need to hear that you're OK with combining ${RAHUL.srcId} into ${RAHUL.keepId}. There's no way back once it's done.</p>
<p>Grace</p>`, 'en'),
  }),
  en({
    slug: 'conf-typos',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: 'consent request with typos ("irreversable", "procede")',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-26 16:40:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Dan,

Sorry to chase - we havent heard back since the 23rd. Are you ok for us to procede with merging ${DAN.thirdId} in to ${DAN.keepId}? As mentioned its irreversable, so we need your agreement in writing first.

Thx,
Ingrid`,
  }),

  // ================= merge_completed (7) =================
  en({
    slug: 'merge-third-now-consolidated',
    kind: 'merge_completed',
    caseId: CASE.dan,
    note: 'third account merged; all history now under one ID; the 2022 merge mentioned as background',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-28 10:02:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the go-ahead. ${DAN.thirdId} has now been merged into ${DAN.keepId}. Together with the 2022 merge, all three accounts' history lives under ${DAN.keepId}.

Have a look when you get a moment and make sure the beta exam shows up. Credly badges can take a few days to follow.

Ingrid`,
  }),
  en({
    slug: 'merge-portal-notice-multipart',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice that two accounts were merged; no case ID',
    from: PORTAL,
    to: SOFIA.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-09-19 03:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Sofia Lindqvist,

The AWS Certification account ${SOFIA.srcId} has been merged into ${SOFIA.keepId}. Its certifications, exam history and benefits now appear in your account.

Sign in with ${SOFIA.keep} from now on. If you did not request this, contact AWS Training and Certification Support.

AWS Certification`,
    html: htmlDoc(paras(`Hello Sofia Lindqvist,

The AWS Certification account ${SOFIA.srcId} has been merged into ${SOFIA.keepId}. Its certifications, exam history and benefits now appear in your account.

Sign in with ${SOFIA.keep} from now on. If you did not request this, contact AWS Training and Certification Support.

AWS Certification`), 'en'),
  }),
  en({
    slug: 'merge-done-closing',
    kind: 'merge_completed',
    caseId: CASE.rahul,
    note: 'merge done and the case will now be closed: completion is the new fact',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-10 08:15:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

Good news: the bank profile (${RAHUL.srcId}) has been combined into ${RAHUL.keepId}. Your SAA and Developer Associate now sit side by side, and the March voucher is listed under Benefits.

I'll close this case now; reply within 14 days if anything looks off and it will reopen.

Grace`,
  }),
  en({
    slug: 'merge-recap-then-completed',
    kind: 'merge_completed',
    caseId: CASE.sofia,
    note: 'recap of dated steps, then the new line: completed this morning',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-19 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Sofia,

For your records, here's how this went:
  7 Sep  – case opened
  8 Sep  – you named ${SOFIA.keep} as the address to keep
  12 Sep – we asked for your agreement
  18 Sep – you agreed

And as of this morning the merge is complete. Your consultancy-era certifications are now on ${SOFIA.keepId}.

Tomás`,
  }),
  en({
    slug: 'merge-forged-below-received',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.rahul,
    note: 'completion notice whose only pass verdict sits below the receiving server\'s Received line',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-06 02:00:00', '+0000'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    text: `Hello Rahul,

Your accounts have been merged successfully. To view the merged profile, sign in here:
https://aws-certification.example-merge.net/signin

AWS Training and Certification`,
  }),
  en({
    slug: 'merge-html-only-dan-2022',
    kind: 'merge_completed',
    caseId: CASE.danOld,
    note: 'the 2022 completion, HTML only, that later mail refers back to',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.danOld),
    date: d('2022-06-14 17:22:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Daniel,</p>
<p>Thank you for confirming. We've merged ${DAN.srcId} into <b>${DAN.keepId}</b>; from now on please sign in with ${DAN.keep}.</p>
<p>Kindly check that your certifications and exam history look right.</p>
<p>Best regards,<br>Aaron<br>AWS Training and Certification</p>`, 'en'),
  }),
  en({
    slug: 'merge-to-team-alias',
    kind: 'merge_completed',
    forUser: false,
    caseId: CASE.sofia,
    note: 'completion addressed to the consultancy\'s training alias, not to any of the user\'s addresses',
    from: SUPPORT,
    to: 'Consult Training Desk <training-desk@consult.example.com>',
    subject: formSubject(CASE.sofia),
    date: d('2026-09-19 09:31:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello,

As requested by your colleague, we're letting the training desk know that Sofia Lindqvist's accounts have been merged into ${SOFIA.keepId}. Her old consultancy address can no longer sign in.

Tomás`,
  }),

  // ================= badges_transferred (6) =================
  en({
    slug: 'badge-credly-accept-dan',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS issued the beta-exam badge to the kept address (multipart)',
    from: CREDLY_AWS,
    to: DAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-10-31 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Data Engineer – Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/ao-dan-0031

Credly`,
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Data Engineer – Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/ao-dan-0031">Accept your badge</a></p>
<p>Credly</p>`, 'en'),
  }),
  en({
    slug: 'badge-support-after-last-month-merge',
    kind: 'badges_transferred',
    caseId: CASE.sofia,
    note: 'restates last month\'s merge; the new fact is that the Credly badges now sit on the kept account',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-10-09 11:11:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

When we merged your profiles last month the badges stayed behind on the consultancy e-mail, as you noticed. Our Credly team has now moved all three of them to ${SOFIA.keep}. You should see them on your Credly dashboard.

Tomás`,
  }),
  en({
    slug: 'badge-credly-html-only',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly notice from AWS as issuer to the kept address',
    from: CREDLY_AWS,
    to: RAHUL.keep,
    subject: 'Your new badge from Amazon Web Services Training and Certification',
    date: d('2026-12-12 06:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="text-align:center">
<h2>Congratulations, Rahul!</h2>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Solutions Architect – Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/ao-rm-77" style="background:#ff6b00;color:#fff;padding:10px 20px">Accept your badge</a></p>
</div>`, 'en'),
  }),
  en({
    slug: 'badge-support-gmail-quote',
    kind: 'badges_transferred',
    caseId: CASE.dan,
    note: 'bottom-posted: the user\'s question quoted first, then support says the badge was re-issued on the kept account',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-11-03 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `${gmailEn(2026, 11, 2, '19:04', DAN.name, DAN.keep)}
> Hi Ingrid, the merge looks good, thanks. The Data Engineer badge is still
> sitting on the old beta-exam e-mail in Credly though. Can you move it?

Hi Daniel,

Done: the Data Engineer badge was re-issued to ${DAN.keep} and the copy on ${DAN.third} has been revoked. The 2022 badges were already on the right account, so nothing changed there.

Ingrid`,
  }),
  en({
    slug: 'badge-lookalike-credly',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly-style badge notice from a look-alike domain',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>',
    to: SOFIA.keep,
    subject: 'Your badges have been moved to your merged account',
    date: d('2026-09-25 07:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Your AWS badges have been moved to your merged account. Claim them within 7 days:
https://credly-mail.net/claim/sofia

Credly`,
  }),
  en({
    slug: 'badge-support-moved-and-closing',
    kind: 'badges_transferred',
    caseId: CASE.rahul,
    note: 'support moved the badges and closes the case: badges are the new fact',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-12 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

Your Credly badges have been transferred to ${RAHUL.keep}; Credly will have sent an "accept your badge" e-mail for each one. Your employer's LMS link will need the new badge URL.

With that, I'm closing the case. All the best!

Grace`,
  }),

  // ================= case_closed (7) =================
  en({
    slug: 'closed-restates-merge-last-week',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.dan,
    note: 'closing notice that only restates the merge and badge re-issue done earlier',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-11-10 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Since the third account was merged on 28 October and the badge followed on 3 November, I'm going to mark this case as resolved.

Thanks for your patience - and here's hoping there isn't a fourth one!

Ingrid`,
  }),
  en({
    slug: 'closed-auto-72h',
    kind: 'case_closed',
    caseId: CASE.sofia,
    note: 'reminder that the case will close in 72 hours without a reply',
    from: AWS_NOTIFY,
    to: sofTo,
    subject: `Case ${CASE.sofia} will be closed soon`,
    date: d('2026-10-13 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

We haven't heard from you on case ${CASE.sofia} since our last reply. If we don't hear back within 72 hours, the case will be resolved automatically.

Need more help? Reply through the Support Center.

Amazon Web Services`,
  }),
  en({
    slug: 'closed-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.sofia,
    note: 'AWS Support notification: case status changed to resolved',
    from: AWS_NOTIFY,
    to: SOFIA.keep,
    subject: `Case ${CASE.sofia} has been resolved`,
    date: d('2026-10-16 00:02:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Sofia Lindqvist,

The status of case ${CASE.sofia} is now Resolved.

You can reopen a resolved case within 14 days from the Support Center. After that, please open a new one.

Amazon Web Services`,
  }),
  en({
    slug: 'closed-html-only',
    kind: 'case_closed',
    caseId: CASE.rahul,
    note: 'HTML-only notice that the case is closed',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-28 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Rahul,</p>
<p>This case has now been closed. Thank you for contacting AWS Training and Certification.</p>
<p>Grace</p>`, 'en'),
  }),
  en({
    slug: 'closed-no-reply-2022-lf',
    kind: 'case_closed',
    caseId: CASE.danOld,
    note: 'an old 2022 notice: closed after no reply to a follow-up, LF line ends',
    from: AWS_NOTIFY,
    to: danTo,
    subject: `Case ${CASE.danOld} resolved`,
    date: d('2022-06-29 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    crlf: false,
    text: `Hello,

Case ${CASE.danOld} was resolved because we did not receive a reply to our last correspondence.

If your issue persists, reopen the case from the Support Center.

Amazon Web Services`,
  }),
  en({
    slug: 'closed-lookalike-authserv',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.rahul,
    note: 'closing notice whose Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-14 09:00:00', '+0000'),
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Hi Rahul,

Your case has been closed. Rate your experience and reopen here: https://aws-support-feedback.example-survey.net/${CASE.rahul}`,
  }),
  en({
    slug: 'closed-restates-badges',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.sofia,
    note: 'closing note that restates the badges moved last week',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-10-15 14:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Glad to hear the badges showed up after we moved them last week. As there's nothing else outstanding, I'll close this case today.

Tomás`,
  }),

  // ================= support_reply (7) =================
  en({
    slug: 'sr-thanks-for-confirming',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'thanks for confirming, passed to the team; the merge is not done yet',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-27 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've handed the request to the team that carries out merges. Last time (2022) it took them about two days, and I'd expect similar now. I'll let you know as soon as I hear back.

Ingrid`,
  }),
  en({
    slug: 'sr-weekly-digest',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.rahul,
    note: 'status digest listing dated past events (receipt, screenshots, confirmation request); the new item is only that support awaits the user',
    from: SUPPORT,
    to: rahTo,
    subject: formSubject(CASE.rahul),
    date: d('2026-12-07 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul,

Status update on your case:

  10 Nov  case received
  11 Nov  candidate IDs requested (answered 14 Nov)
  02 Dec  screenshots requested (answered 03 Dec)
  04 Dec  we asked whether we may merge
  today   no change: we're waiting on your answer to the 4 Dec message

No action has been taken on the accounts yet.

Grace`,
  }),
  en({
    slug: 'sr-not-yet-completed',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sofia,
    note: 'negated: the merge has not been completed yet, still queued',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-18 15:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

To answer your question: no, the merge hasn't been completed yet. Your request is in the queue since this morning, and I'll write the moment it's finished.

Tomás`,
  }),
  en({
    slug: 'sr-old-case-cited-escalated',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'cites case from 2022 and its merge; the new fact is an escalation because the beta account is in an old system',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-21 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Daniel,

I located the account. It predates the platform move, so it isn't visible the way your 2022 accounts were when we merged them under case ${CASE.danOld}. I've escalated to our certification operations team; they usually answer within 3-5 business days.

${sfBlock(`${DAN.name} [${DAN.keep}]`, '10/20/2026 6:40 PM', SUPPORT_ADDR, formSubject(CASE.dan), `Ingrid, the login is ${DAN.third}. It was a beta Data Engineer exam, early 2021 I think.`)}

${sfRef('3Dn21')}`,
  }),
  en({
    slug: 'sr-write-from-kept-address',
    kind: 'support_reply',
    caseId: CASE.rahul,
    note: 'asks him to write from the address he keeps; no data requested',
    from: SUPPORT,
    to: `${RAHUL.name} <${RAHUL.src}>`,
    subject: formSubject(CASE.rahul),
    date: d('2026-11-10 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

I see this came from your bank address. For security, please continue this conversation from ${RAHUL.keep}, the address you want to keep. I'll pick it up from there.

Grace`,
  }),
  en({
    slug: 'sr-duplicate-cases-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: '"we merged your duplicate cases": the cases, not the accounts',
    from: SUPPORT,
    to: danTo,
    subject: formSubject(CASE.dan),
    date: d('2026-10-20 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Daniel,

You opened two cases for the same request on 19 October, so we've merged them into this one (${CASE.dan}). There's no need to reply on the other; everything will continue here.

AWS Training and Certification`,
  }),
  en({
    slug: 'sr-answers-expiry-question',
    kind: 'support_reply',
    caseId: CASE.sofia,
    note: 'answers a question about the old consultancy e-mail still receiving reminders; no new event',
    from: SUPPORT,
    to: sofTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-11 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Sofia,

Good question. Reminders go to whatever notification address the profile has, which is why the consultancy inbox still got one in August. You can change the notification address yourself under Profile > Contact details at any time; it doesn't depend on the rest of this request.

Tomás`,
  }),

  // ================= unrelated (8) =================
  en({
    slug: 'un-recert-reminder-merged-history',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'recertification reminder that mentions the merged history; not a case message',
    from: TRAINING,
    to: DAN.keep,
    subject: 'Your AWS Certification expires in 90 days',
    date: d('2026-12-01 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

Your AWS Certified Solutions Architect – Professional expires on 1 March 2027.

This certification was earned on an account that was merged into your current one in 2022; its expiration date was not changed by the merge.

Recertify by passing the current version of the exam. Check Benefits for your 50% discount.

AWS Training & Certification`,
    html: htmlDoc(paras(`Hi Daniel,

Your AWS Certified Solutions Architect – Professional expires on 1 March 2027.

This certification was earned on an account that was merged into your current one in 2022; its expiration date was not changed by the merge.

Recertify by passing the current version of the exam. Check Benefits for your 50% discount.

AWS Training & Certification`), 'en'),
  }),
  en({
    slug: 'un-own-reply-go-ahead-cc-self',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.sofia,
    note: 'the user\'s own "yes, go ahead" reply, copied to her other address; her own mail',
    from: `${SOFIA.name} <${SOFIA.keep}>`,
    to: SUPPORT_ADDR,
    cc: SOFIA.src,
    subject: formSubject(CASE.sofia),
    date: d('2026-09-18 07:02:00', '+0200'),
    auth: 'none',
    relay: 'smtp.example.se',
    rcpt: SOFIA.src,
    enc: 'utf8qp',
    text: `Hi Tomás,

Sorry for the slow reply. Yes, please go ahead and merge ${SOFIA.srcId} into ${SOFIA.keepId}. I understand it can't be undone.

Sofia

${gmailEn(2026, 9, 17, '10:00', 'AWS Training and Certification', SUPPORT_ADDR)}
> Hi Sofia,
> Following up on my message of 12 September: we're still waiting on your
> go-ahead before we combine ${SOFIA.srcId} into ${SOFIA.keepId}.`,
  }),
  en({
    slug: 'un-ooo-old-employer',
    kind: 'unrelated',
    trusted: false,
    caseId: CASE.rahul,
    note: 'auto-reply from the user\'s old employer mailbox after support wrote to it',
    from: 'Rahul Mehta <rmehta@bank.example.co.in>',
    to: SUPPORT_ADDR,
    cc: RAHUL.keep,
    subject: `Automatic reply: ${formSubject(CASE.rahul)}`,
    date: d('2026-11-11 06:21:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Thank you for your email. I have left the bank as of 31 October 2026. This mailbox is no longer monitored.
For banking matters please contact customer.care@bank.example.co.in.`,
  }),
  en({
    slug: 'un-credly-other-issuer',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge from a non-AWS issuer ("accept your badge")',
    from: 'The Linux Foundation via Credly <admin@credly.com>',
    to: DAN.keep,
    subject: 'The Linux Foundation sent you a new badge',
    date: d('2026-11-05 14:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Daniel,

The Linux Foundation has issued you: Certified Kubernetes Administrator (CKA).

Accept your badge: https://www.credly.com/earner/earned/badge/lf-ao-88

Credly`,
  }),
  en({
    slug: 'un-exam-results',
    kind: 'unrelated',
    caseId: null,
    note: 'exam result notification, nothing to do with the merge case',
    from: TRAINING,
    to: RAHUL.keep,
    subject: 'Your AWS Certification exam results are available',
    date: d('2026-11-20 18:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Rahul,

Your results for AWS Certified SysOps Administrator - Associate are now available in your AWS Certification account.

Sign in to view your score report.

AWS Training & Certification`,
  }),
  en({
    slug: 'un-survey-issue-resolved',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.sofia,
    note: 'satisfaction survey "Was your issue resolved?" after the case',
    from: AWS_NOTIFY,
    to: SOFIA.keep,
    subject: 'How did we do? Case ' + CASE.sofia,
    date: d('2026-10-17 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Your recent case ${CASE.sofia} was resolved. We'd love your feedback.

Was your issue resolved?  Yes / No
How satisfied are you with the support you received? (1-5)

Amazon Web Services`,
  }),
  en({
    slug: 'un-other-case-refund-closed',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.rahulRefund,
    note: 'closing of the user\'s other case, about a voucher refund; says what it is about',
    from: SUPPORT,
    to: rahTo,
    subject: `RE:[CASE ${CASE.rahulRefund}] [AWS Training and Certification Form Submission] - exam-voucher-refund`,
    date: d('2026-11-21 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

The refund for the unused exam voucher (order 88123-AX) has been processed; it should reach your card in 5-7 business days. I'm closing this voucher case. Your account-merge case ${CASE.rahul} is separate and stays open with my colleague.

Wei
AWS Training and Certification`,
  }),
  en({
    slug: 'un-own-forward-to-manager',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    forUser: false,
    caseId: CASE.danOld,
    note: 'the user forwards the 2022 completion to his manager for a cert allowance; his own mail, not delivered to him',
    from: `${DAN.name} <${DAN.keep}>`,
    to: 'Priti Shah <priti.shah@newco.example.com>',
    subject: 'Fwd: ' + formSubject(CASE.danOld),
    date: d('2026-10-18 13:10:00', '+0100'),
    auth: 'none',
    relay: 'smtp.example.net',
    deliveredTo: null,
    enc: 'ascii7',
    text: `Priti, as requested for the cert allowance - here's the 2022 mail showing my accounts were merged. I've found one more old account and opened a new case for it; will forward that too once done.

Dan

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: Tue, Jun 14, 2022 at 6:22 PM
Subject: ${formSubject(CASE.danOld)}
To: ${DAN.name} <${DAN.keep}>

Hello Daniel,
Thank you for confirming. We've merged ${DAN.srcId} into ${DAN.keepId}; from now on please sign in with ${DAN.keep}.`,
  }),
];

