// fr set, English messages. Voice: the subject carries the news, the body is thin or generic.
import { rfcDate as d, type Msg } from './lib.js';
import {
  ALEX,
  C,
  CREDLY_AWS,
  DANIEL,
  FORM,
  FORM_BARE,
  MARIA,
  NOREPLY,
  PORTAL,
  PRIYA,
  SOFIA,
  WEI,
  formSubj,
  gmailEn,
  mk,
  outlookEn,
  paras,
  q,
  sf,
  sfRef,
  to,
} from './common.js';

const ACK: Msg[] = [
  mk({
    slug: 'ack-en-daniel-received',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: C.daniel,
    note: 'subject says the request was received; body is the usual receipt boilerplate',
    from: NOREPLY,
    to: to(DANIEL, 'en'),
    subject: `Case ${C.daniel} - We've received your request`,
    date: d('2026-11-10 15:22:08'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. A member of our team will get back to you, usually within one business day.

Please don't open a new case for the same question; replies to this email are added to your existing case.

Case ID: ${C.daniel}`,
  }),
  mk({
    slug: 'ack-en-sofia-created-alt',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: C.sofia,
    note: 'multipart "case created" notice: a status block with subject, severity and Unassigned',
    from: NOREPLY,
    to: to(SOFIA, 'en'),
    subject: `AWS Support: case ${C.sofia} created`,
    date: d('2026-11-13 09:05:51'),
    enc: 'utf8qp',
    text: `Dear Sofia Rossi,

A support case has been opened for you.

Case ID: ${C.sofia}
Subject: Merge two certification profiles
Severity: General guidance
Status: Unassigned

You'll get an email when someone responds.

Amazon Web Services`,
    html: paras(`Dear Sofia Rossi,

A support case has been opened for you.

Case ID: ${C.sofia}
Subject: Merge two certification profiles
Severity: General guidance
Status: Unassigned

You'll get an email when someone responds.

Amazon Web Services`),
  }),
  mk({
    slug: 'ack-en-wei-reference-body',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: C.wei,
    note: '[Received] tag; the case number appears only in the body as a reference',
    to: to(WEI, 'en'),
    subject: '[Received] Your AWS Training & Certification inquiry',
    date: d('2026-11-19 02:48:30'),
    enc: 'ascii7',
    text: `Hi Wei,

Your message reached us and is in the queue. Someone from the team will follow up.

Reference: ${C.wei}

-- AWS T&C Customer Service`,
  }),
  mk({
    slug: 'ack-en-alex-form-first',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: C.alex,
    note: 'first form-submission mail (no RE:), an automated receipt',
    to: to(ALEX, 'en'),
    subject: `[CASE ${C.alex}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-11-06 20:11:17'),
    enc: 'utf8b64',
    text: `This is an automated message to let you know your submission came through.

We read every case in the order it arrives and typically answer within 24 hours. To add details, just reply to this message.

AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-en-priya-lookalike',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: C.s14,
    trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-certification-help.com): untrusted',
    from: 'AWS Support <support@aws-certification-help.com>',
    to: to(PRIYA, 'en'),
    subject: `We've received your case ${C.s14}`,
    date: d('2026-11-11 18:40:00'),
    enc: 'ascii7',
    text: `Hello,

We have received your case. To track its status, sign in below.
https://aws-certification-help.com/track?c=${C.s14}

AWS Support`,
  }),
  mk({
    slug: 'ack-en-maria-echo-merged',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: C.maria,
    trap: true,
    note: "receipt of a new case whose subject echoes the user's question about merged accounts",
    from: NOREPLY,
    to: to(MARIA, 'en'),
    subject: `[Case ${C.maria}] Re: Accounts merged?? still see two profiles`,
    date: d('2026-11-24 22:03:03'),
    enc: 'ascii7',
    text: `We got your message and opened a case for it. You'll hear from a person soon.

Your message:
"Hi, were my accounts merged? I still see two profiles when I log in."`,
  }),
];

const AI: Msg[] = [
  mk({
    slug: 'ai-en-daniel-suggested',
    kind: 'ai_answer',
    lang: 'en',
    note: 'auto-generated suggestion to use the Merge Accounts option, create a case if stuck',
    from: NOREPLY,
    to: to(DANIEL, 'en'),
    subject: 'Suggested resolution for: merge two certification accounts',
    date: d('2026-11-10 15:14:40'),
    enc: 'ascii7',
    text: `This answer was generated automatically and may not be accurate.

If you hold two AWS Certification accounts, sign in to the one you plan to keep and open the Merge Accounts option under your profile. You'll be asked for the other account's sign-in details.

Still stuck? Choose "Create case" to reach a person.`,
  }),
  mk({
    slug: 'ai-en-sofia-html-automated',
    kind: 'ai_answer',
    lang: 'en',
    note: 'HTML-only [Automated] answer with a link to the self-service tool',
    from: NOREPLY,
    to: to(SOFIA, 'en'),
    subject: '[Automated] We may already have an answer',
    date: d('2026-11-13 08:58:20'),
    enc: 'utf8qp',
    html: `<html><body>
<p>Based on what you typed, this might help:</p>
<p><b>Combining AWS Certification accounts</b><br>
Most duplicates can be combined from your profile using <i>Merge Accounts</i>. If both accounts have exam history, the tool can&#39;t do it and you&#39;ll need to contact us.</p>
<p><small>Generated automatically &middot; Was this helpful?</small></p>
</body></html>`,
  }),
  mk({
    slug: 'ai-en-wei-answered',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: 'subject "has been answered" sounds resolved; the body is an automated suggestion and says no agent has seen it',
    from: NOREPLY,
    to: to(WEI, 'en'),
    subject: 'Your question has been answered',
    date: d('2026-11-19 02:40:02'),
    enc: 'ascii7',
    text: `This response was generated automatically. No agent has reviewed your question.

Try the Merge Accounts tool in your AWS Certification profile. If this did not solve it, go back and select "Create case".`,
  }),
  mk({
    slug: 'ai-en-alex-re-merged',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    note: "user's subject asking about merged accounts comes back over an automated answer describing what happens after a merge",
    from: NOREPLY,
    to: to(ALEX, 'en'),
    subject: 'Re: Certification accounts merged?',
    date: d('2026-11-06 20:02:44'),
    enc: 'utf8b64',
    text: `Automated answer:

Once the Merge Accounts tool completes a merge, certifications, exam history and benefits from the other account appear under the account you kept. Badges may need to be accepted again on Credly with the kept email.

If you need a person, create a case from the contact page.`,
  }),
  mk({
    slug: 'ai-en-priya-no-auth',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    note: 'automated suggestion with no Authentication-Results at all: untrusted even though From is amazon.com',
    from: NOREPLY,
    to: to(PRIYA, 'en'),
    subject: 'AWS Support Assistant - suggested answer',
    date: d('2026-11-11 18:22:10'),
    auth: 'none',
    enc: 'ascii7',
    text: `Here is a suggested answer from our assistant (automated):

Duplicate AWS Certification accounts can usually be combined with the self-service merge tool in your profile.`,
  }),
];

const INFO: Msg[] = [
  mk({
    slug: 'info-en-daniel-awaiting',
    kind: 'info_request',
    lang: 'en',
    caseId: C.daniel,
    note: '"Awaiting your reply" subject; body asks for both candidate IDs and which email stays',
    to: to(DANIEL, 'en'),
    subject: `Case ${C.daniel} - Awaiting your reply`,
    date: d('2026-11-11 17:30:05'),
    enc: 'ascii7',
    text: `Hi Daniel,

We need a bit more from you before we can procede. Please reply with the candidate IDs for both accounts and let us know which email should stay active.

Marcus
AWS Training and Certification`,
  }),
  mk({
    slug: 'info-en-sofia-team-alias',
    kind: 'info_request',
    lang: 'en',
    caseId: C.sofia,
    forUser: false,
    note: "[Action Required] list of details to send; addressed to her agency's team alias, not to one of her addresses",
    to: 'Certification admins <aws-certs@agency.example.eu>',
    subject: '[Action Required] Your AWS Certification account request',
    date: d('2026-11-14 11:20:00'),
    enc: 'utf8qp',
    text: `Hello,

To move forward, please send the information below:
- Full name as it appears on both profiles
- Sign-in email of each profile
- Candidate IDs (AWS followed by digits)

Case ${C.sofia}
Leila, AWS Training and Certification`,
  }),
  mk({
    slug: 'info-en-wei-stale-resolved',
    kind: 'info_request',
    lang: 'en',
    caseId: C.wei,
    trap: true,
    note: 'stale "[Resolved]" in the subject; the body asks for the email on the other profile (the ID given did not match)',
    to: to(WEI, 'en'),
    subject: `Re: [Resolved] merge request - Case ${C.wei}`,
    date: d('2026-11-21 06:15:42'),
    enc: 'ascii7',
    text: `Hi Wei,

Could you send the email address used on the profile you created with your bank address? We can't locate it with the ID you gave.

Thanks,
Kevin`,
  }),
  mk({
    slug: 'info-en-alex-notify-alt',
    kind: 'info_request',
    lang: 'en',
    caseId: C.alex,
    note: 'new-correspondence notification (multipart); the excerpt asks which profile to keep and the other candidate ID',
    from: NOREPLY,
    to: to(ALEX, 'en'),
    subject: `AWS Support: new correspondence on case ${C.alex}`,
    date: d('2026-11-07 19:40:12'),
    enc: 'utf8b64',
    text: `There is new correspondence on your case ${C.alex}.

"Which of the two profiles would you like to keep? Please include the candidate ID of the other one."

Reply to this email or view the case in the Support Center.`,
    html: paras(`There is new correspondence on your case ${C.alex}.

"Which of the two profiles would you like to keep? Please include the candidate ID of the other one."

Reply to this email or view the case in the Support Center.`),
  }),
  mk({
    slug: 'info-en-maria-confirm-address-gmail',
    kind: 'info_request',
    lang: 'en',
    caseId: C.maria,
    trap: true,
    note: 'asks her to "confirm" which address to keep and the name on each account: information, not consent; Gmail-quoted request below',
    to: to(MARIA, 'en'),
    subject: formSubj(C.maria),
    date: d('2026-11-25 16:44:00'),
    enc: 'ascii7',
    text: `Hi Maria,

Could you confirm which of the two addresses you want as your login going forward, and the name shown on each account?

Best,
Priyanka

${gmailEn('Tue, Nov 24, 2026 at 11:02 PM', MARIA.en, MARIA.keep)}
${q(`Hi, were my accounts merged? I still see two profiles when I log in.\nOne is ${MARIA.src}, the other ${MARIA.keep}.`)}`,
  }),
  mk({
    slug: 'info-en-priya-fail-then-forged',
    kind: 'info_request',
    lang: 'en',
    caseId: C.priya,
    trusted: false,
    note: 'asks for candidate IDs; the top Authentication-Results says dmarc=fail and a planted pass sits lower: untrusted',
    to: to(PRIYA, 'en'),
    subject: formSubj(C.priya),
    date: d('2026-11-12 10:10:10'),
    auth: 'failThenForged',
    relay: 'mx1.mailgun-relay.example.net',
    enc: 'ascii7',
    text: `Dear customer,

Please reply with the candidate IDs of both accounts and a photo of your ID so we can continue.

AWS Training and Certification`,
  }),
];

const CONF: Msg[] = [
  mk({
    slug: 'conf-en-daniel-action-required',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: C.daniel,
    note: '[Action Required] Confirm your account merge: reply to confirm, cannot be reversed',
    to: to(DANIEL, 'en'),
    subject: `[Action Required] Confirm your account merge - Case ${C.daniel}`,
    date: d('2026-11-12 16:05:27'),
    enc: 'ascii7',
    text: `Hi Daniel,

We're ready to go ahead. Reply to this email to confirm and we'll take it from there. Please be aware this cant be reversed.

Marcus`,
  }),
  mk({
    slug: 'conf-en-sofia-awaiting-ok',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: C.sofia,
    note: 'same "Awaiting your reply" subject shape as an info request; here it asks for her OK to a permanent merge',
    to: to(SOFIA, 'en'),
    subject: `Case ${C.sofia} - Awaiting your reply`,
    date: d('2026-11-16 10:33:48'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Before we go ahead we need your OK. The merge of ${SOFIA.srcId} into ${SOFIA.keepId} is permanent.
Reply "I agree" to proceed.

Leila`,
  }),
  mk({
    slug: 'conf-en-wei-merge-completed-question',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: C.wei,
    trap: true,
    note: '"Merge completed?" subject from the user comes back; body: not yet, we need your approval first',
    to: to(WEI, 'en'),
    subject: `RE: [CASE ${C.wei}] Merge completed?`,
    date: d('2026-11-24 03:03:19'),
    enc: 'ascii7',
    text: `Hi Wei,

Not yet - we need your explicit approval first. Once you reply with your consent, we'll combine ${WEI.srcId} into ${WEI.keepId}. This can't be undone.

Kevin`,
  }),
  mk({
    slug: 'conf-en-alex-notify-alt',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: C.alex,
    note: 'new-correspondence notification whose excerpt asks him to confirm the irreversible merge',
    from: NOREPLY,
    to: to(ALEX, 'en'),
    subject: `AWS Support: new correspondence on case ${C.alex}`,
    date: d('2026-11-09 12:00:31'),
    enc: 'utf8b64',
    text: `There is new correspondence on your case ${C.alex}.

"Thanks Alex. We'll merge ${ALEX.srcId} into ${ALEX.keepId}. This is permanent - please reply to confirm you want us to proceed."

Reply to this email or view the case in the Support Center.`,
    html: paras(`There is new correspondence on your case ${C.alex}.

"Thanks Alex. We'll merge ${ALEX.srcId} into ${ALEX.keepId}. This is permanent - please reply to confirm you want us to proceed."

Reply to this email or view the case in the Support Center.`),
  }),
  mk({
    slug: 'conf-en-priya-bottom-posted',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: C.priya,
    note: "bottom-posted under the user's quoted answer: last step, confirm the merge, cannot be split again",
    to: to(PRIYA, 'en'),
    subject: formSubj(C.priya),
    date: d('2026-11-14 13:27:00'),
    enc: 'ascii7',
    text: `${q(`Yes, please keep ${PRIYA.keep}. The old one is ${PRIYA.srcId}.`)}

Thanks Priya. Last step: please confirm you want us to merge ${PRIYA.srcId} into ${PRIYA.keepId}. Once it's done we can't split them again.

Tomasz
${sfRef('9Tz4Wx')}`,
  }),
  mk({
    slug: 'conf-en-maria-freemail',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: C.maria,
    trusted: false,
    note: 'asks for consent, but the sender is a Gmail address wearing the support display name: untrusted',
    from: 'AWS Training and Certification <aws.cert.team.support@gmail.com>',
    to: to(MARIA, 'en'),
    subject: `[Action Required] Confirm merge - Case ${C.maria}`,
    date: d('2026-11-26 08:00:00'),
    relay: 'mail-sor-f41.google.com',
    enc: 'ascii7',
    text: `Hello Maria,

Please confirm the merge by replying YES and including your account password so we can verify ownership.

AWS Training and Certification`,
  }),
];

const MERGE: Msg[] = [
  mk({
    slug: 'merge-en-daniel-resolved-merged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: C.daniel,
    note: '[Resolved] ... accounts merged; the body is two lines: done, sign in and check',
    to: to(DANIEL, 'en'),
    subject: `[Resolved] Case ${C.daniel}: accounts merged`,
    date: d('2026-11-13 21:12:50'),
    enc: 'ascii7',
    text: `Hi Daniel, this is done. Sign in with ${DANIEL.keep} to check everything looks right.

- Marcus`,
  }),
  mk({
    slug: 'merge-en-sofia-portal-alt',
    kind: 'merge_completed',
    lang: 'en',
    note: "certification portal's notice (no case ID): accounts have been merged",
    from: PORTAL,
    to: to(SOFIA, 'en'),
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-11-18 07:45:09'),
    enc: 'utf8qp',
    text: `Hello Sofia,

This is a notice about your AWS Certification account. The accounts you asked about are now one. Use your current sign-in going forward.

AWS Certification`,
    html: paras(`Hello Sofia,

This is a notice about your AWS Certification account. The accounts you asked about are now one. Use your current sign-in going forward.

AWS Certification`),
  }),
  mk({
    slug: 'merge-en-wei-notify',
    kind: 'merge_completed',
    lang: 'en',
    caseId: C.wei,
    note: 'new-correspondence notification; the excerpt says the merge is done',
    from: NOREPLY,
    to: to(WEI, 'en'),
    subject: `AWS Support: new correspondence on case ${C.wei}`,
    date: d('2026-11-26 05:50:00'),
    enc: 'ascii7',
    text: `There is new correspondence on your case ${C.wei}.

"The merge is done; ${WEI.keepId} now holds the full history."

To reply, respond to this email.`,
  }),
  mk({
    slug: 'merge-en-alex-stale-awaiting',
    kind: 'merge_completed',
    lang: 'en',
    caseId: C.alex,
    trap: true,
    note: 'stale "Awaiting your reply" subject; body says thanks for the go-ahead, the profiles are combined',
    to: to(ALEX, 'en'),
    subject: `Case ${C.alex} - Awaiting your reply`,
    date: d('2026-11-10 22:30:44'),
    enc: 'utf8b64',
    text: `Thanks for the go-ahead. We've now combined the two profiles; the kept login is ${ALEX.keep}.

Jo`,
  }),
  mk({
    slug: 'merge-en-priya-truncated-external',
    kind: 'merge_completed',
    lang: 'en',
    caseId: C.priya,
    note: 'gateway-tagged, truncated form subject; body: the consolidation she approved is complete',
    to: to(PRIYA, 'en'),
    subject: `[EXTERNAL] RE:[CASE ${C.priya}] [AWS Training and Certification Form Sub`,
    date: d('2026-11-16 09:19:03'),
    enc: 'ascii7',
    text: `Hello Priya,

We've completed the consolidation you approved. Both certification records now sit under one login.

Tomasz`,
  }),
  mk({
    slug: 'merge-en-maria-dmarc-fail',
    kind: 'merge_completed',
    lang: 'en',
    caseId: C.maria,
    trusted: false,
    note: 'says the accounts were merged, but the receiving server recorded dmarc=fail: untrusted',
    to: to(MARIA, 'en'),
    subject: `[Resolved] Your accounts have been merged (Case ${C.maria})`,
    date: d('2026-11-27 09:09:00'),
    auth: 'fail',
    relay: 'smtp.mass-send.example.com',
    enc: 'ascii7',
    text: `Your request has been completed. Review your account here: https://aws-training-account.example-check.com`,
  }),
];

const BADGE: Msg[] = [
  mk({
    slug: 'badge-en-daniel-credly-alt',
    kind: 'badges_transferred',
    lang: 'en',
    note: "AWS's badge via Credly to the kept address (Accept your badge)",
    from: CREDLY_AWS,
    to: to(DANIEL, 'en'),
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-11-15 04:21:30'),
    enc: 'utf8qp',
    text: `Daniel, you've earned a badge from Amazon Web Services Training and Certification.

AWS Certified SysOps Administrator – Associate

Accept your badge: https://www.credly.com/earner/earned/badge/a41f0c6e-2b77-4d1a-93e8-6c5b0f2e9d10`,
    html: `<html><body><p>Daniel, you've earned a badge from Amazon Web Services Training and Certification.</p>
<p><b>AWS Certified SysOps Administrator – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/a41f0c6e-2b77-4d1a-93e8-6c5b0f2e9d10">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'badge-en-sofia-credly-resent',
    kind: 'badges_transferred',
    lang: 'en',
    forUser: false,
    note: 'AWS badge via Credly, but redirected from her agency mailbox (Resent-*): not delivered to her directly',
    from: CREDLY_AWS,
    to: to(SOFIA, 'en', 'src'),
    subject: "You've been issued a badge: AWS Certified Developer - Associate",
    date: d('2026-11-19 13:00:12'),
    resent: { from: 'it-helpdesk@agency.example.eu', to: 'sofia.rossi@example.it', date: d('2026-11-19 14:05:40', '+0100') },
    enc: 'ascii7',
    text: `Hi Sofia,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/51c2e0f8-6d3a-4b09-8e27-19f4a7c3b602`,
  }),
  mk({
    slug: 'badge-en-wei-resolved-badges',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: C.wei,
    note: '[Resolved] Credly badges: body is "all sorted, check Credly"',
    to: to(WEI, 'en'),
    subject: `[Resolved] Credly badges - Case ${C.wei}`,
    date: d('2026-11-29 02:14:00'),
    enc: 'ascii7',
    text: `Hi Wei, all sorted - check Credly when you get a chance.

Kevin`,
  }),
  mk({
    slug: 'badge-en-alex-notify',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: C.alex,
    note: 'new-correspondence notification; the excerpt says the three badges now show under the kept email',
    from: NOREPLY,
    to: to(ALEX, 'en'),
    subject: `AWS Support: new correspondence on case ${C.alex}`,
    date: d('2026-11-14 18:18:18'),
    enc: 'utf8b64',
    text: `There is new correspondence on your case ${C.alex}.

"Your three Credly badges now show under ${ALEX.keep}."`,
  }),
  mk({
    slug: 'badge-en-priya-re-missing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: C.priya,
    note: "the user's \"badges still missing\" subject comes back; body: they are there now, re-issued to the kept address",
    to: to(PRIYA, 'en'),
    subject: 'Re: Badges still missing after merge',
    date: d('2026-11-20 11:11:11'),
    enc: 'ascii7',
    text: `They're there now - we re-issued all three to ${PRIYA.keep}.

Tomasz
Case ${C.priya}

${outlookEn(`${PRIYA.en} <${PRIYA.keep}>`, 'Thursday, November 19, 2026 8:02 PM', FORM_BARE, 'Badges still missing after merge')}

The merge worked but my Credly badges are still on the old email.`,
  }),
  mk({
    slug: 'badge-en-maria-other-authserv',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    note: 'Credly badge mail whose only Authentication-Results is from mx.google.com below our Received line: untrusted',
    from: CREDLY_AWS,
    to: to(MARIA, 'en'),
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-11-28 12:40:00'),
    auth: 'otherOnly',
    enc: 'ascii7',
    text: `Maria, a new badge is waiting for you: AWS Certified Cloud Practitioner.

Accept your badge: https://www.credly.com/earner/earned/badge/9be0d4c1-3f52-4a8e-b1d7-0a6c2e8f4b93`,
  }),
];

const CLOSED: Msg[] = [
  mk({
    slug: 'closed-en-daniel-closed',
    kind: 'case_closed',
    lang: 'en',
    caseId: C.daniel,
    note: '[Closed] Case N: generic closing with a reopen window',
    to: to(DANIEL, 'en'),
    subject: `[Closed] Case ${C.daniel}`,
    date: d('2026-11-21 00:00:09'),
    enc: 'ascii7',
    text: `This case is now closed. If you need anything else, reply within 14 days to reopen it.`,
  }),
  mk({
    slug: 'closed-en-sofia-will-close',
    kind: 'case_closed',
    lang: 'en',
    caseId: C.sofia,
    note: 'will be closed in 5 days unless she replies',
    to: to(SOFIA, 'en'),
    subject: `Case ${C.sofia} will be closed in 5 days unless you reply`,
    date: d('2026-11-25 10:00:00'),
    enc: 'utf8qp',
    text: `Hi Sofia,

We haven't heard from you in a while. If there's nothing else, no need to do anything – the case will close on its own.

Leila`,
  }),
  mk({
    slug: 'closed-en-wei-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: C.wei,
    trap: true,
    note: 'closing note that only restates the earlier merge ("as your accounts were merged on 3 December")',
    to: to(WEI, 'en'),
    subject: '[Resolved] Your case - account merge',
    date: d('2026-12-05 03:30:00'),
    enc: 'ascii7',
    text: `As your accounts were merged on 3 December, we're resolving this case.

Case ${C.wei}`,
  }),
  mk({
    slug: 'closed-en-alex-html-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: C.alex,
    note: 'HTML-only notification: case resolved',
    from: NOREPLY,
    to: to(ALEX, 'en'),
    subject: `AWS Support: case ${C.alex} resolved`,
    date: d('2026-11-17 00:00:30'),
    enc: 'utf8b64',
    html: `<html><body><table width="100%"><tr><td>
<p>Case <b>${C.alex}</b> has been marked <b>Resolved</b>.</p>
<p>If your issue comes back, you can reopen the case from the Support Center.</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'closed-en-priya-stale-awaiting',
    kind: 'case_closed',
    lang: 'en',
    caseId: C.s18,
    trap: true,
    note: 'stale "Awaiting your reply" subject; the body says the case was closed for lack of a reply',
    to: to(PRIYA, 'en'),
    subject: `Case ${C.s18} - Awaiting your reply`,
    date: d('2026-11-30 07:07:07'),
    enc: 'ascii7',
    text: `Since we haven't heard back, this case has now been closed.`,
  }),
  mk({
    slug: 'closed-en-maria-lookalike-server',
    kind: 'case_closed',
    lang: 'en',
    caseId: C.maria,
    trusted: false,
    note: 'closing notice; its topmost Authentication-Results is from a look-alike server name: untrusted',
    to: to(MARIA, 'en'),
    subject: `[Closed] Case ${C.maria}`,
    date: d('2026-12-02 09:09:09'),
    auth: 'lookalikeServer',
    enc: 'ascii7',
    text: `Your case has been closed. Thank you for contacting AWS.`,
  }),
];

const REPLY: Msg[] = [
  mk({
    slug: 'reply-en-daniel-resolved-not-yet',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.s15,
    trap: true,
    note: '[Resolved] subject, but the body says the merge has not been completed; still with the certification team',
    to: to(DANIEL, 'en'),
    subject: `[Resolved] Case ${C.s15}`,
    date: d('2026-11-12 09:45:00'),
    enc: 'ascii7',
    text: `Quick note: despite the subject, we haven't completed the merge yet. The certification team is still reviewing it.`,
  }),
  mk({
    slug: 'reply-en-wei-thanks-confirming',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.wei,
    trap: true,
    note: 'stale "Awaiting your reply" subject; thanks for confirming, passed to the merge team',
    to: to(WEI, 'en'),
    subject: `Case ${C.wei} - Awaiting your reply`,
    date: d('2026-11-25 01:40:00'),
    enc: 'utf8qp',
    text: `Thank you for confirming. I've passed this to the team that handles merges; you'll hear from us once it's done.

Kevin`,
  }),
  mk({
    slug: 'reply-en-alex-unable',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.alex,
    trap: true,
    note: 'notification excerpt: unable to merge yet because of a Partner Network link; another team was asked',
    from: NOREPLY,
    to: to(ALEX, 'en'),
    subject: `AWS Support: new correspondence on case ${C.alex}`,
    date: d('2026-11-08 14:02:26'),
    enc: 'ascii7',
    text: `There is new correspondence on your case ${C.alex}.

"We were unable to merge the accounts because one of them is tied to an AWS Partner Network profile. We've asked that team to unlink it."`,
  }),
  mk({
    slug: 'reply-en-priya-action-required-none',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.priya,
    trap: true,
    note: '[Action Required] subject, but the body says no action is needed; escalated internally',
    to: to(PRIYA, 'en'),
    subject: `[Action Required] Case ${C.priya}`,
    date: d('2026-11-13 08:08:00'),
    enc: 'utf8b64',
    text: `Hi Priya,

No action is needed from you right now. I've escalated this internally and will update you by Friday.

Tomasz`,
  }),
  mk({
    slug: 'reply-en-maria-cases-merged',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.maria,
    trap: true,
    note: '"[Merged]" subject about merging two duplicate cases, not the accounts',
    to: to(MARIA, 'en'),
    subject: `[Merged] Case ${C.maria}`,
    date: d('2026-11-25 10:15:00'),
    enc: 'ascii7',
    text: `You opened two cases for the same request, so I've merged them into this one. We'll continue here.

Priyanka`,
  }),
  mk({
    slug: 'reply-en-daniel-badges-conditional',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.daniel,
    trap: true,
    note: "the user's \"Badges transferred?\" subject comes back; the answer is conditional (once the merge is done)",
    to: to(DANIEL, 'en'),
    subject: 'Re: Badges transferred?',
    date: d('2026-11-13 02:30:30'),
    enc: 'ascii7',
    text: `Once the merge is done, your badges should appear in Credly within 48 hours. We'll let you know.

Marcus
Case ${C.daniel}

${gmailEn('Thu, Nov 12, 2026 at 6:01 PM', DANIEL.en, DANIEL.keep)}
${q('Quick question - will the badges be transferred too?')}`,
  }),
  mk({
    slug: 'reply-en-sofia-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: C.sofia,
    trap: true,
    note: 'stale "Awaiting your reply" subject; body only asks her to write from the address she keeps (no data requested)',
    to: to(SOFIA, 'en', 'src'),
    subject: `Case ${C.sofia} - Awaiting your reply`,
    date: d('2026-11-14 15:15:15'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Please write to us from the address you wish to keep; we can only act on requests sent from that profile's email.

Leila

${sf(`${SOFIA.en} [${SOFIA.src}]`, '11/14/2026 9:02 AM', FORM_BARE, 'Merge two certification profiles', 'Hi, please merge my agency profile into my personal one.')}`,
  }),
];

const UNREL: Msg[] = [
  mk({
    slug: 'unrel-en-daniel-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: C.daniel,
    trap: true,
    note: 'survey about a resolved case',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: to(DANIEL, 'en'),
    subject: `How did we do on case ${C.daniel}?`,
    date: d('2026-11-21 12:00:00'),
    enc: 'ascii7',
    text: `Your case was recently resolved. Tell us how we did - two questions, under a minute.

https://survey.aws.example/r/${C.daniel}`,
  }),
  mk({
    slug: 'unrel-en-sofia-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: to(SOFIA, 'en'),
    subject: 'HashiCorp sent you a new badge',
    date: d('2026-11-22 16:20:00'),
    enc: 'utf8qp',
    text: `Sofia, you've earned HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/e2d9a7c4-10b3-4f6e-8a55-7c1b3d9f0e28`,
  }),
  mk({
    slug: 'unrel-en-wei-old-company-ooo',
    kind: 'unrelated',
    lang: 'en',
    caseId: C.wei,
    trusted: false,
    trap: true,
    note: "out-of-office reply from a colleague at the old employer, quoting a confirmation subject",
    from: 'Lim Hui Min <lim.hm@bank.example.com.sg>',
    to: to(WEI, 'en', 'src'),
    subject: `Automatic reply: [Action Required] Confirm your account merge - Case ${C.wei}`,
    date: d('2026-11-24 11:03:40', '+0800'),
    auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    enc: 'ascii7',
    text: `I am out of the office until 2 December with limited access to email. For urgent matters please contact the service desk.`,
  }),
  mk({
    slug: 'unrel-en-alex-skillbuilder-refund',
    kind: 'unrelated',
    lang: 'en',
    caseId: C.danielVoucher,
    trap: true,
    note: '[Resolved] on a different case about a Skill Builder subscription refund',
    to: to(ALEX, 'en'),
    subject: `[Resolved] Case ${C.danielVoucher} - Skill Builder subscription refund`,
    date: d('2026-11-18 18:00:00'),
    enc: 'ascii7',
    text: `Hi Alex,

The refund for your Skill Builder subscription has been processed. It may take 5-7 business days to appear on your statement.

Sam R.`,
  }),
  mk({
    slug: 'unrel-en-priya-cloudquest-html',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'training marketing: "you have completed" a learning game, claim a reward',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>',
    to: to(PRIYA, 'en'),
    subject: "Congratulations - you've completed AWS Cloud Quest!",
    date: d('2026-11-23 15:00:00'),
    enc: 'utf8b64',
    html: `<html><body>
<h2>Nice work, Priya!</h2>
<p>You've completed every assignment in AWS Cloud Quest: Cloud Practitioner. Your completion is now recorded on your learner profile.</p>
<p><a href="https://skillbuilder.aws/example">See what to learn next</a></p>
</body></html>`,
  }),
  mk({
    slug: 'unrel-en-daniel-fwd-self',
    kind: 'unrelated',
    lang: 'en',
    caseId: C.daniel,
    trusted: false,
    trap: true,
    note: "the user's own forward of the merge notice to his other address",
    from: to(DANIEL, 'en'),
    to: to(DANIEL, 'en', 'src'),
    subject: `Fwd: [Resolved] Case ${C.daniel}: accounts merged`,
    date: d('2026-11-13 16:40:00', '-0500'),
    auth: 'none',
    relay: 'smtp.example.com',
    enc: 'ascii7',
    text: `fyi for the records

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: Fri, Nov 13, 2026 at 4:12 PM
Subject: [Resolved] Case ${C.daniel}: accounts merged
To: ${DANIEL.en} <${DANIEL.keep}>

Hi Daniel, this is done. Sign in with ${DANIEL.keep} to check everything looks right.`,
  }),
  mk({
    slug: 'unrel-en-colleague-team-list',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    trap: true,
    note: "a colleague's note to a team list about badges and merges; not addressed to the user",
    from: 'Jamie Park <jamie.park@consult.example.net>',
    to: 'Cloud team <cloud-team@consult.example.net>',
    subject: 'Re: whose AWS certs are merged already?',
    date: d('2026-11-16 10:30:00', '-0500'),
    auth: 'none',
    enc: 'ascii7',
    text: `Mine got merged last week and the badges moved over the next day. If yours haven't, just reply on the same case.

Jamie`,
  }),
  mk({
    slug: 'unrel-en-forged-subject-prize',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    note: 'forged news subject ("accounts have been merged") over a prize-survey lure from a look-alike domain',
    from: 'AWS Support <support@aws-rewards-center.com>',
    to: to(ALEX, 'en'),
    subject: '[Resolved] Your AWS Certification accounts have been merged',
    date: d('2026-11-20 04:44:00'),
    enc: 'ascii7',
    text: `Congratulations! You have been selected for a $100 gift card.
Complete our 30-second survey to claim it: https://aws-rewards-center.com/claim`,
  }),
];

export const EN: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...MERGE, ...BADGE, ...CLOSED, ...REPLY, ...UNREL];
