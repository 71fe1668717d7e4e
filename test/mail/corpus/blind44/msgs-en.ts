// Set aq, English messages. Voice: the year's edges and the people who are away.
import type { Msg } from './lib.js';
import {
  AUTO_OOO, AUTO_SYS, AUTO_VAC, CASES, CREDLY, DAN, DAN_REQ, M, MARCUS, NOREPLY, PRIT, SOFIA, SOFIA_REQ, SUP, SUP_ADDR,
  caseSubj, d, gmailEn, outlookEn, q, sf, threadRef, toHtml,
} from './common.js';

const D = CASES.dan;
const SO = CASES.sofia;
const danTo = `${DAN.name} <${DAN.keep}>`;
const soTo = `${SOFIA.name} <${SOFIA.keep}>`;

const DAN_CONF_OLD = `Hello Dan,

Thanks for the details. Before we go ahead, please review the plan below:
  Account to keep: ${DAN.keepId} (${DAN.keep})
  Account to retire: ${DAN.srcId} (${DAN.src})
A merge is permanent and cannot be reversed. Reply to this email to let us know we may proceed.

Julian
AWS Training and Certification Customer Support`;
const SOFIA_DONE_OLD = `Hi Sofia,

Good news: your two profiles have been combined. Everything from ${SOFIA.srcId} now lives under ${SOFIA.keepId}.

Rebecca`;
const DAN_OOO = `I'm out of the office for Thanksgiving (Nov 26 - Nov 30) with no access to email.
I'll reply when I'm back on Monday, December 1. For anything urgent, contact Marcus Lee (mlee@midwest-logistics.example.com).`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  M({
    slug: 'en-ack-thanksgiving', kind: 'acknowledgement', lang: 'en', caseId: D,
    note: 'automatic receipt of a new case opened the day before Thanksgiving; holiday response times listed',
    from: SUP, to: danTo, subject: `[CASE ${D}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2025-11-26 22:15:40', '+0000'), enc: 'ascii7',
    text: `Hello Dan Whitaker,

Thanks for reaching out to AWS Training and Certification. Your request is logged as case ${D}.

Heads-up: our US team observes Thanksgiving on November 27-28, so the first reply from an agent may take up to 3 business days instead of the usual 24 hours.

Please don't submit the same request again in a new case; that only pushes it further back in the queue. To add anything, just reply here.

AWS Training and Certification Customer Support
This is an automated message.`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ack-christmas-html', kind: 'acknowledgement', lang: 'en', caseId: SO,
    note: 'HTML-only receipt on Christmas Eve; case number, holiday hours',
    from: SUP, to: soTo, subject: `[CASE ${SO}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2025-12-24 19:30:22', '+0000'), enc: 'utf8qp',
    html: toHtml(`Hi Sofia,

We've got your message and opened case ${SO} for it.

Holiday hours: Dec 24 - Jan 2 we're running with a reduced team. Expect a reply within 2-4 business days.

Warm wishes for the season,
AWS Training & Certification Support`),
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ack-id-in-body', kind: 'acknowledgement', lang: 'en', caseId: '17672904118',
    note: 'receipt from the AWS Support notifier with the case ID only in the body, sent on New Year\'s Day',
    from: NOREPLY, to: danTo, subject: 'We received your support request',
    date: d('2026-01-01 17:44:02', '+0000'), enc: 'utf8b64',
    text: `Hello,

Your request to AWS Training and Certification has been received.
Case ID: 17672904118
Subject: account-assistance

Response times are longer than normal over the New Year holiday. An agent will email you as soon as possible.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ack-no-auth', kind: 'acknowledgement', lang: 'en', caseId: SO, trusted: false, auth: 'none',
    note: 'receipt-shaped mail with no Authentication-Results at all; untrusted',
    from: SUP, to: soTo, subject: `[CASE ${SO}] We have received your request`,
    date: d('2025-12-26 03:10:00', '+0000'), enc: 'ascii7',
    text: `Dear customer,

Your case ${SO} was received. Because of the holiday backlog we need you to re-verify your identity within 24 hours at https://aws-cert-verify.example.org or the case will be dropped.

AWS Support`,
  }),
  M({
    slug: 'en-ack-multipart-newyear', kind: 'acknowledgement', lang: 'en', caseId: '1767603341',
    note: 'text+HTML receipt with a summary of the submitted form, New Year period',
    from: SUP, to: soTo, subject: `[CASE 1767603341] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-02 08:02:51', '+0000'), enc: 'utf8b64',
    text: `Case 1767603341 - created

Name: Sofia Brennan
Candidate ID: ${SOFIA.keepId}
Topic: Certification account

We aim to answer within one business day. Our offices reopen fully on January 5.

AWS Training and Certification`,
    html: toHtml(`Case 1767603341 - created

Name: Sofia Brennan
Candidate ID: ${SOFIA.keepId}
Topic: Certification account

We aim to answer within one business day. Our offices reopen fully on January 5.

AWS Training and Certification`),
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ack-lf-short', kind: 'acknowledgement', lang: 'en', caseId: '1790013377',
    note: 'very short receipt with LF line ends during the Thanksgiving weekend',
    from: NOREPLY, to: danTo, subject: 'AWS Support case 1790013377 opened',
    date: d('2026-11-27 14:00:08', '+0000'), enc: 'ascii7', crlf: false,
    text: `Case 1790013377 is open. You'll hear from an agent after the holiday weekend.
-- AWS Support (do not reply to this address)`,
    extra: AUTO_SYS,
  }),

  // ---------------- ai_answer (5) ----------------
  M({
    slug: 'en-ai-holiday-selfservice', kind: 'ai_answer', lang: 'en',
    note: 'AI-generated answer during the holidays suggesting the self-service Merge Accounts tool',
    from: NOREPLY, to: danTo, subject: 'Suggested answer for your question',
    date: d('2025-11-27 16:20:00', '+0000'), enc: 'ascii7',
    text: `This answer was generated automatically and may not be accurate.

You asked how to bring two certification profiles together. While our team is away for the holiday, you can try this yourself:
- Sign in to the certification portal with the account you want to keep.
- Open your profile menu and choose "Merge Accounts".
- Enter the email of the other account and follow the code it receives.
If both profiles already hold certifications, the tool will send you to support instead. Choose "Create case" in that situation.

Did this help? Yes | No`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ai-after-merge-explained', kind: 'ai_answer', lang: 'en',
    note: 'generated answer that explains what happens after a merge (badges, vouchers); still an AI answer',
    from: NOREPLY, to: soTo, subject: 'An automated response to your inquiry',
    date: d('2025-12-25 10:11:12', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

Here's an automatically generated reply based on what you wrote.

After two certification accounts are merged:
• exam history and active certifications appear in the kept account
• unused benefits such as the 50% exam voucher carry over
• Credly badges may need to be accepted again on the kept email

You can start a merge yourself from Profile > Merge Accounts. If that's not possible, a support agent will pick up your case once the holiday break ends.`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ai-html-assistant', kind: 'ai_answer', lang: 'en',
    note: 'HTML generated answer from the support assistant, New Year',
    from: NOREPLY, to: danTo, subject: 'Answer from the AWS Support assistant',
    date: d('2026-01-01 09:45:33', '+0000'), enc: 'utf8b64',
    html: toHtml(`Happy New Year!

Our AI assistant put together this answer while the team is out:

To combine duplicate certification accounts, use the Merge Accounts option in the certification portal. Sign in to the account you want to keep first. The tool won't work if both accounts have certification history, in which case please continue to "Create case".

Was this answer useful?`),
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ai-case-attached', kind: 'ai_answer', lang: 'en', caseId: '1790013377',
    note: 'automated first answer tied to a case number, before any human reply',
    from: SUP, to: danTo, subject: caseSubj('1790013377'),
    date: d('2026-11-27 14:01:30', '+0000'), enc: 'ascii7',
    text: `Hello,

While your case 1790013377 waits for an agent (our team is off for Thanksgiving), here is an automatically generated suggestion:

Most duplicate accounts can be combined without an agent through Merge Accounts in the certification portal. If that works for you, you don't need to reply and the case can be left as is.

-- automated reply --`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-ai-gmail-quote', kind: 'ai_answer', lang: 'en',
    note: 'generated answer that quotes the customer\'s form text under it',
    from: NOREPLY, to: soTo, subject: 'Re: Your question to AWS Training and Certification',
    date: d('2026-07-03 18:22:40', '+0000'), enc: 'utf8qp',
    text: `Generated answer (beta):
It sounds like you have two accounts with certifications. The self-service merge tool can't handle that case, but you can try it anyway from your profile; if it refuses, open a case and an agent will help. Note that we're closed for Independence Day on July 3.

Your question:
${q(SOFIA_REQ)}`,
    extra: AUTO_SYS,
  }),

  // ---------------- info_request (7) ----------------
  M({
    slug: 'en-info-covering-ids', kind: 'info_request', lang: 'en', caseId: D,
    note: 'a colleague covering for the holiday asks for both candidate IDs and which account to keep',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-11-28 15:40:12', '+0000'), enc: 'ascii7',
    text: `Hello Dan,

I'm covering for Julian, who is out for Thanksgiving. To move your case forward I'll need a couple of things:
- the candidate ID of each account (they start with "AWS")
- which of the two you want to keep going forward

Reply whenever you're back. No rush over the holiday weekend.

Chidi
AWS Training and Certification Customer Support

${threadRef('D1')}

${sf(DAN.keep, '11/26/2025 10:14 PM', SUP_ADDR, 'account-assistance', DAN_REQ)}`,
  }),
  M({
    slug: 'en-info-after-holidays-reminder', kind: 'info_request', lang: 'en', caseId: SO,
    note: 'follow-up after the holidays: still needs the old work email tied to the retired account',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2026-01-05 16:02:09', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

Hope you had a restful break. Circling back on my note from December 29: I still don't have the login email for the account you'd like retired. Could you send that over when you get a moment?

Thanks,
Rebecca

${gmailEn('Mon, Dec 29, 2025 at 11:02 AM', `AWS Training and Certification <${SUP_ADDR}>`, 'Hi Sofia, which email address did you use to sign in to the second account?')}`,
  }),
  M({
    slug: 'en-info-oneline-above-ooo', kind: 'info_request', lang: 'en', caseId: D,
    note: 'one line of new text (asks for pass dates) above Dan\'s quoted Thanksgiving auto-reply',
    from: SUP, to: danTo, cc: DAN.src, subject: caseSubj(D),
    date: d('2025-11-29 13:15:50', '+0000'), enc: 'ascii7',
    text: `When you're back, please also list the certifications on the old account with their pass dates.

${sf(DAN.src, '11/28/2025 3:40 PM', SUP_ADDR, `Automatic reply: ${caseSubj(D)}`, DAN_OOO)}`,
  }),
  M({
    slug: 'en-info-confirm-address', kind: 'info_request', lang: 'en', caseId: SO, trap: true,
    note: '"please confirm the email address you keep" asks for information, not consent to merge',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2025-12-30 12:44:03', '+0000'), enc: 'utf8b64',
    text: `Hi Sofia,

Quick one before the New Year: could you confirm which email address should remain as the sign-in for the combined account? Your form lists ${SOFIA.keep}, but your reply came from ${SOFIA.src}.

Rebecca`,
  }),
  M({
    slug: 'en-info-html-screenshot', kind: 'info_request', lang: 'en', caseId: '1767603341',
    note: 'HTML-only request for a screenshot of the certifications page of the second account',
    from: SUP, to: soTo, subject: caseSubj('1767603341'),
    date: d('2026-01-06 09:30:30', '+0000'), enc: 'utf8qp',
    html: toHtml(`Hello Sofia,

Welcome back, and thanks for your patience over the holidays. Would you mind attaching a screenshot of the Certifications page from the account you'd like to retire? Alternatively, the certification names and validation numbers typed in a reply work too.

Tomasz | AWS T&C Support`),
  }),
  M({
    slug: 'en-info-outlook-thread', kind: 'info_request', lang: 'en', caseId: D,
    note: 'asks for the full legal name as on the exam record; long Outlook-quoted thread below',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-02 17:20:44', '+0000'), enc: 'utf8qp',
    text: `Dan,

Thanks for the IDs. One more thing and we're there: the names on the two accounts differ (Daniel vs. Dan). Please tell us the full legal name exactly as it appears on your ID so we can match the records.

Julian

${outlookEn(`${DAN.name} <${DAN.keep}>`, 'Monday, December 1, 2025 8:05 AM', SUP_ADDR, `RE: ${caseSubj(D)}`, `Back from the long weekend. Keep ${DAN.keepId}, retire ${DAN.srcId}.\n\nDan\n\n${outlookEn('AWS Training and Certification', 'Friday, November 28, 2025 3:40 PM', DAN.keep, caseSubj(D), 'I\'m covering for Julian, who is out for Thanksgiving...')}`)}`,
  }),
  M({
    slug: 'en-info-forged-otherserver', kind: 'info_request', lang: 'en', caseId: SO, trusted: false, auth: 'otherOnly',
    note: 'asks for IDs and a password; only a foreign authserv-id vouches for it; untrusted',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2025-12-27 21:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Sofia,

To finish before the holidays end, reply with both candidate IDs and the password for the account to be retired.

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (7) ----------------
  M({
    slug: 'en-conf-before-thanksgiving', kind: 'confirmation_request', lang: 'en', caseId: D,
    note: 'asks for a go-ahead reply before the merge, which is permanent (sent after the Thanksgiving weekend)',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-03 15:05:10', '+0000'), enc: 'ascii7',
    text: DAN_CONF_OLD,
  }),
  M({
    slug: 'en-conf-reminder-after-christmas', kind: 'confirmation_request', lang: 'en', caseId: SO,
    note: 'after Christmas: still waiting for her OK to combine the accounts; irreversible',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2025-12-29 10:30:19', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

Hope the holidays treated you well! Just nudging this along: we've lined up ${SOFIA.srcId} to be folded into ${SOFIA.keepId}, and all we need is a quick "yes, go ahead" from you. Once done it can't be rolled back, so do double-check the IDs.

Rebecca`,
  }),
  M({
    slug: 'en-conf-oneline-above-vacation', kind: 'confirmation_request', lang: 'en', caseId: D,
    note: 'one line asking for approval above a long quoted vacation responder that quotes the plan',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-22 14:11:29', '+0000'), enc: 'ascii7',
    text: `Whenever you're back: a simple "approved" reply is all we need to run the merge below.

${gmailEn('Fri, Dec 19, 2025 at 6:00 PM', `${DAN.name} <${DAN.keep}>`, `Thanks for your email. I'm away until January 2 and checking mail only occasionally.\n\n${q(DAN_CONF_OLD)}`)}`,
  }),
  M({
    slug: 'en-conf-dmarc-fail', kind: 'confirmation_request', lang: 'en', caseId: D, trusted: false, auth: 'fail',
    note: 'consent request that fails DMARC; untrusted',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-11-27 23:59:00', '+0000'), enc: 'ascii7',
    text: `Dan,

Reply YES within 12 hours to approve the irreversible merge of your accounts, otherwise your certifications may be lost over the holiday.

Support`,
  }),
  M({
    slug: 'en-conf-html-multipart', kind: 'confirmation_request', lang: 'en', caseId: '1767603341',
    note: 'text+HTML consent request with a table of the two accounts; cannot be undone',
    from: SUP, to: soTo, subject: caseSubj('1767603341'),
    date: d('2026-01-07 11:18:57', '+0000'), enc: 'utf8b64',
    text: `Hello Sofia,

Here's what we'll do:
Keep   - ${SOFIA.keepId} - ${SOFIA.keep}
Merge  - ${SOFIA.srcId} - ${SOFIA.src}

This is a one-way operation. Kindly reply to say you agree, and we'll take it from there.

Tomasz`,
    html: `<html><body><p>Hello Sofia,</p><p>Here's what we'll do:</p><table border="1"><tr><td>Keep</td><td>${SOFIA.keepId}</td><td>${SOFIA.keep}</td></tr><tr><td>Merge</td><td>${SOFIA.srcId}</td><td>${SOFIA.src}</td></tr></table><p>This is a one-way operation. Kindly reply to say you agree, and we'll take it from there.</p><p>Tomasz</p></body></html>`,
  }),
  M({
    slug: 'en-conf-resent', kind: 'confirmation_request', lang: 'en', caseId: D, forUser: false,
    note: 'consent request bounced on (Resent-*) from the old employer mailbox by an admin rule',
    from: SUP, to: DAN.src, subject: caseSubj(D),
    date: d('2025-12-03 15:05:10', '+0000'), enc: 'utf8qp',
    resent: { from: 'postmaster@midwest-logistics.example.com', to: DAN.keep, date: d('2025-12-03 15:06:02', '+0000') },
    text: `Hello Dan,

Sending this to both addresses on file. Please reply to confirm you're happy for us to merge ${DAN.srcId} into ${DAN.keepId}. It can't be undone.

Julian`,
  }),
  M({
    slug: 'en-conf-backup-agent', kind: 'confirmation_request', lang: 'en', caseId: '17672904118',
    note: 'backup agent (owner on holiday) asks for agreement to proceed with the irreversible merge',
    from: SUP, to: danTo, subject: caseSubj('17672904118'),
    date: d('2026-01-02 19:40:03', '+0000'), enc: 'utf8b64',
    text: `Hi Dan,

Your usual contact is away until the 12th, so I'm stepping in. Everything checks out on our side. Do we have your permission to merge the two accounts? Please bear in mind a merge can't be reversed.

Amara
AWS Training and Certification`,
  }),

  // ---------------- merge_completed (6) ----------------
  M({
    slug: 'en-merged-before-christmas', kind: 'merge_completed', lang: 'en', caseId: SO,
    note: 'accounts merged on 23 December; season\'s greetings',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2025-12-23 16:50:00', '+0000'), enc: 'utf8qp',
    text: `${SOFIA_DONE_OLD}

Have a lovely holiday, and let us know if anything looks off when you sign in.`,
  }),
  M({
    slug: 'en-merged-oneline-above-ooo', kind: 'merge_completed', lang: 'en', caseId: D,
    note: 'single line "merge is done" above the quoted Thanksgiving auto-reply',
    from: SUP, to: danTo, cc: DAN.src, subject: caseSubj(D),
    date: d('2025-12-04 18:02:40', '+0000'), enc: 'ascii7',
    text: `All set, Dan: the merge went through this afternoon.

${sf(DAN.src, '12/4/2025 9:00 AM', SUP_ADDR, `Automatic reply: ${caseSubj(D)}`, `My mailbox at Midwest Logistics is no longer monitored after December 31.\n\n${DAN_OOO}`)}`,
  }),
  M({
    slug: 'en-merged-portal', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice (no case ID): your accounts have been merged',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: danTo, subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-01-03 01:12:00', '+0000'), enc: 'utf8b64',
    html: toHtml(`Hello Dan Whitaker,

As requested, your AWS Certification accounts were combined. Sign in with ${DAN.keep} to see your exam history, certifications and benefits.

This mailbox is not monitored.`),
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-merged-and-closing', kind: 'merge_completed', lang: 'en', caseId: '1767603341',
    note: 'merge done and the case will be closed; new fact is the merge',
    from: SUP, to: soTo, subject: caseSubj('1767603341'),
    date: d('2026-01-08 13:33:21', '+0000'), enc: 'utf8qp',
    text: `Hello Sofia,

Thanks for the go-ahead. The two profiles are now one: ${SOFIA.keepId} carries your full history. I'll close this case on my side. Badges may take a day or two to show up on Credly.

Tomasz

${gmailEn('Wed, Jan 7, 2026 at 8:01 PM', `${SOFIA.name} <${SOFIA.keep}>`, 'Yes, please go ahead. Thanks!')}`,
  }),
  M({
    slug: 'en-merged-google-only', kind: 'merge_completed', lang: 'en', caseId: D, trusted: false, auth: 'otherOnly',
    note: 'says the accounts were merged but only a foreign authserv-id passes it; untrusted',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-26 07:07:07', '+0000'), enc: 'ascii7',
    text: `Dan,

Your accounts were merged over the holiday. Download your new certificate here: http://aws-cert-docs.example.biz/cert.zip

AWS Training and Certification`,
  }),
  M({
    slug: 'en-merged-backup', kind: 'merge_completed', lang: 'en', caseId: '17672904118',
    note: 'backup agent reports the merge finished while the owner is out',
    from: SUP, to: danTo, subject: caseSubj('17672904118'),
    date: d('2026-01-05 12:12:12', '+0000'), enc: 'utf8qp',
    text: `Hi Dan,

Amara again, still covering. I've completed the merge: ${DAN.srcId} has been folded into ${DAN.keepId}. Give the portal a refresh and everything should be in one place.

Amara`,
  }),

  // ---------------- badges_transferred (6) ----------------
  M({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en',
    note: 'Credly: AWS issued a badge to the kept address on 27 December',
    from: CREDLY, to: soTo, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2025-12-27 14:05:30', '+0000'), enc: 'ascii7',
    text: `Hi Sofia,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge:
https://www.credly.com/badges/aq2e9d10/accept

Credly`,
  }),
  M({
    slug: 'en-badge-support-moved', kind: 'badges_transferred', lang: 'en', caseId: D,
    note: 'support says the badges are now on the kept Credly account, after the holiday',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2026-01-06 15:20:00', '+0000'), enc: 'ascii7',
    text: `Hi Dan,

Happy New Year. Following up on your note about the missing badges: we've moved all three of them to the Credly profile on ${DAN.keep}. You should see them now.

Julian

${gmailEn('Fri, Jan 2, 2026 at 9:44 AM', `${DAN.name} <${DAN.keep}>`, 'The merge looks good but my badges are still on the old Credly account. Can you help?')}`,
  }),
  M({
    slug: 'en-badge-misaligned', kind: 'badges_transferred', lang: 'en', trusted: false, auth: 'misaligned',
    note: 'Credly-looking badge mail whose DKIM is for a bulk sender and DMARC fails; untrusted',
    from: CREDLY, to: danTo, subject: 'Your badges have been transferred',
    date: d('2025-12-31 20:20:20', '+0000'), enc: 'utf8qp',
    text: `Hi Dan,

Your AWS badges have been moved to your new account. Claim them before January 1 or they expire:
https://credly-claims.example.top/aws`,
  }),
  M({
    slug: 'en-badge-moved-closing', kind: 'badges_transferred', lang: 'en', caseId: SO,
    note: 'support moved the badges and is closing the case',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2026-01-09 10:00:51', '+0000'), enc: 'utf8b64',
    text: `Hi Sofia,

The last loose end is tied up: your AWS badges were transferred to the Credly account under ${SOFIA.keep}. With that, I'm closing this case.

Rebecca`,
  }),
  M({
    slug: 'en-badge-credly-html', kind: 'badges_transferred', lang: 'en',
    note: 'Credly text+HTML: two AWS badges waiting on the kept account the day after the merge',
    from: CREDLY, to: danTo, subject: 'You have 2 new badges from Amazon Web Services Training and Certification',
    date: d('2025-12-05 03:30:00', '+0000'), enc: 'utf8b64',
    text: `Dan, you've earned 2 badges from Amazon Web Services Training and Certification: AWS Certified Solutions Architect - Associate, AWS Certified Cloud Practitioner. Accept your badges on Credly.`,
    html: toHtml(`Dan, you've earned 2 badges from Amazon Web Services Training and Certification:

AWS Certified Solutions Architect - Associate
AWS Certified Cloud Practitioner

Accept your badges on Credly.`),
  }),
  M({
    slug: 'en-badge-oneline-above-ooo', kind: 'badges_transferred', lang: 'en', caseId: '17672904118',
    note: 'one line saying the badges followed the merge, above the quoted auto-reply of a colleague',
    from: SUP, to: danTo, cc: MARCUS, subject: caseSubj('17672904118'),
    date: d('2026-01-07 11:47:02', '+0000'), enc: 'ascii7',
    text: `Badges have followed the merge and now sit on your personal Credly profile.

${outlookEn('Marcus Lee', 'Tuesday, January 6, 2026 5:10 PM', SUP_ADDR, `Automatic reply: ${caseSubj('17672904118')}`, 'I am out of office until January 12 with limited access to email.')}`,
  }),

  // ---------------- case_closed (7) ----------------
  M({
    slug: 'en-closed-autoclose-on-leave', kind: 'case_closed', lang: 'en', caseId: D,
    note: 'case will auto-close in 5 days without a reply, while the user was away over Christmas',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-29 12:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

We haven't heard from you since December 22. If we don't receive a reply by January 3, this case will be closed automatically. If you're still on holiday, a reply after that date will reopen it.

AWS Training and Certification`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: SO, trap: true,
    note: 'closing notice that restates the merge done before Christmas',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2026-01-12 09:12:40', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

As we combined your accounts back on December 23 and haven't heard of any issues since, we're marking this case resolved.

Rebecca

${gmailEn('Tue, Dec 23, 2025 at 4:50 PM', `AWS Training and Certification <${SUP_ADDR}>`, SOFIA_DONE_OLD)}`,
  }),
  M({
    slug: 'en-closed-notify', kind: 'case_closed', lang: 'en', caseId: '1790013377',
    note: 'AWS Support notification that the case was resolved (user solved it with the tool)',
    from: NOREPLY, to: danTo, subject: 'Case 1790013377 has been resolved',
    date: d('2026-12-01 04:04:04', '+0000'), enc: 'utf8b64',
    text: `Hello,

Case 1790013377 was resolved and is now closed. You can reopen it within 14 days by replying.

Amazon Web Services`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-closed-72h-holiday', kind: 'case_closed', lang: 'en', caseId: '1767603341',
    note: 'reminder: closes in 72 hours without a reply; notes holiday weekends are counted',
    from: SUP, to: soTo, subject: caseSubj('1767603341'),
    date: d('2026-01-02 18:18:18', '+0000'), enc: 'ascii7',
    text: `Hi Sofia,

Friendly reminder: without a reply in the next 72 hours this case will close on its own. Holiday days count toward that window, sorry about the timing.

AWS T&C Support`,
  }),
  M({
    slug: 'en-closed-freemail', kind: 'case_closed', lang: 'en', caseId: D, trusted: false,
    note: 'trusted-looking display name on a free-mail address; untrusted',
    from: 'AWS Training and Certification <aws.cert.support@gmail.example.com>', to: danTo, subject: caseSubj(D),
    date: d('2025-12-30 08:08:08', '+0000'), enc: 'ascii7',
    text: `Your case ${D} has been closed due to holiday inactivity. To restore it, pay the reactivation fee at the link below.`,
  }),
  M({
    slug: 'en-closed-html-resolved', kind: 'case_closed', lang: 'en', caseId: '17672904118',
    note: 'HTML closing note after the user said everything looks right',
    from: SUP, to: danTo, subject: caseSubj('17672904118'),
    date: d('2026-01-12 16:44:00', '+0000'), enc: 'utf8qp',
    html: toHtml(`Hi Dan,

Glad to hear everything is where it should be. I'm closing out this case now. If anything else comes up, just reply and it'll reopen.

Best,
Julian`),
  }),
  M({
    slug: 'en-closed-no-response', kind: 'case_closed', lang: 'en', caseId: '1760044519',
    note: 'closed for lack of response over Thanksgiving; no merge happened',
    from: SUP, to: soTo, subject: caseSubj('1760044519'),
    date: d('2026-12-02 10:25:13', '+0000'), enc: 'utf8b64',
    text: `Hello Sofia,

We reached out on November 20 and didn't hear back, so we've closed this case. Reply any time to pick it back up.

AWS Training and Certification Customer Support`,
  }),

  // ---------------- support_reply (8) ----------------
  M({
    slug: 'en-reply-holiday-queue', kind: 'support_reply', lang: 'en', caseId: SO, trap: true,
    note: 'holiday status on the case: merge team closed until Jan 5; "once the merge is complete" is future',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2025-12-24 11:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Sofia,

A quick heads-up: the team that performs account merges is closed from December 25 through January 4. Your request is queued and will be processed when they return. Once the merge is complete, I'll email you right away.

Rebecca`,
  }),
  M({
    slug: 'en-reply-covering-escalated', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: 'covering agent: consent received, passed to the back-office; not completed yet',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-04 09:10:00', '+0000'), enc: 'utf8qp',
    text: `Hi Dan,

Julian is out today, so I'm replying on his behalf. Thanks for confirming. I've handed your request to the back-office team, who typically complete merges within 3-5 business days.

Chidi

${gmailEn('Wed, Dec 3, 2025 at 7:30 PM', `${DAN.name} <${DAN.keep}>`, 'Confirmed, please go ahead.')}`,
  }),
  M({
    slug: 'en-reply-not-yet', kind: 'support_reply', lang: 'en', caseId: SO, trap: true,
    note: 'the merge has not been completed yet because of the holiday freeze',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2025-12-31 14:14:14', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

To answer your question: no, the merge hasn't been completed yet. There's a change freeze over the holidays and nothing gets processed until January 5. Sorry for the wait.

Rebecca`,
  }),
  M({
    slug: 'en-reply-duplicate-cases', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: 'duplicate cases opened over the long weekend were merged into this one',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-01 14:40:50', '+0000'), enc: 'ascii7',
    text: `Dan,

I noticed you opened two more cases over the Thanksgiving weekend with the same request. I've merged those cases into this one (${D}) so nothing gets lost. Let's keep the conversation here.

Julian`,
  }),
  M({
    slug: 'en-reply-voucher', kind: 'support_reply', lang: 'en', caseId: '1767603341', trap: true,
    note: 'answers whether the exam voucher survives a future merge; conditional',
    from: SUP, to: soTo, subject: caseSubj('1767603341'),
    date: d('2026-01-06 15:30:00', '+0000'), enc: 'utf8b64',
    text: `Hi Sofia,

Good question. If we merge the accounts, your unused 50% voucher will move to the kept account with the same expiry date. Nothing will be lost.

Tomasz`,
  }),
  M({
    slug: 'en-reply-write-from-keep', kind: 'support_reply', lang: 'en', caseId: D, trap: true,
    note: 'asks only that future replies come from the kept address (work mailbox closing at year end)',
    from: SUP, to: DAN.src, cc: danTo, subject: caseSubj(D),
    date: d('2025-12-01 16:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Dan,

Since your work mailbox shuts down at the end of the year, please send any further replies from your personal address rather than this one.

Julian`,
  }),
  M({
    slug: 'en-reply-back-from-holiday', kind: 'support_reply', lang: 'en', caseId: SO,
    note: 'agent back from holiday says she is reviewing the thread; plain status',
    from: SUP, to: soTo, subject: caseSubj(SO),
    date: d('2026-01-05 09:01:00', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

I'm back in the office today and catching up on everything that came in over the break. I'm reviewing your thread now and will reply properly by end of day.

Rebecca`,
  }),
  M({
    slug: 'en-reply-mobile-typos', kind: 'support_reply', lang: 'en', caseId: D,
    note: 'short status with typos: request still with the specialist team over the holidays',
    from: SUP, to: danTo, subject: caseSubj(D),
    date: d('2025-12-23 20:20:00', '+0000'), enc: 'ascii7',
    text: `Hi Dan - just an update, your reqeust is still with our specialist team. With the holidays things are slower, but it hasnt been forgotten. Will update you early next week.

Julian`,
  }),

  // ---------------- unrelated (10) ----------------
  M({
    slug: 'en-ooo-colleague-quotes-conf', kind: 'unrelated', lang: 'en', caseId: D, trusted: false, trap: true,
    note: 'co-worker\'s Thanksgiving out-of-office quoting support\'s consent request',
    from: MARCUS, to: SUP_ADDR, cc: danTo, subject: `Automatic reply: ${caseSubj(D)}`,
    date: d('2025-11-27 09:00:10', '-0600'), enc: 'ascii7', rcpt: DAN.keep,
    text: `I'm out for Thanksgiving and back December 1. For urgent logistics issues call the front desk.

${outlookEn('AWS Training and Certification', 'Thursday, November 27, 2025 9:00 AM', 'Dan Whitaker; Marcus Lee', caseSubj(D), DAN_CONF_OLD)}`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'en-ooo-own-work-mailbox', kind: 'unrelated', lang: 'en', caseId: SO, trusted: false, trap: true,
    note: 'the user\'s own work mailbox vacation responder (cc\'d) quoting "your two profiles have been combined"',
    from: `${SOFIA.name} <${SOFIA.src}>`, to: SUP_ADDR, cc: SOFIA.keep, subject: `Out of Office: ${caseSubj(SO)}`,
    date: d('2025-12-23 16:50:30', '+0000'), enc: 'utf8qp', rcpt: SOFIA.keep,
    text: `Thank you for your message. I'm on holiday leave until January 5, 2026 and will respond when I return.

${q(SOFIA_DONE_OLD)}`,
    extra: AUTO_VAC,
  }),
  M({
    slug: 'en-ooo-agent', kind: 'unrelated', lang: 'en', caseId: D, trap: true,
    note: 'support agent\'s own out-of-office reply; "your message has been received" but nothing happens',
    from: SUP, to: danTo, subject: `Out of office: ${caseSubj(D)}`,
    date: d('2025-12-24 15:00:00', '+0000'), enc: 'ascii7',
    text: `Thank you for your email. I'm out of the office until January 2. Your message has been received and added to your case; a teammate may respond in the meantime, or I will confirm the next steps when I'm back.

Julian`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'en-sys-owner-away', kind: 'unrelated', lang: 'en', caseId: SO, trap: true,
    note: 'support system notice that the case owner is on leave; the reply was attached, no progress',
    from: SUP, to: soTo, subject: `[Automatic notice] ${caseSubj(SO)}`,
    date: d('2025-12-26 12:00:00', '+0000'), enc: 'utf8b64',
    text: `Your reply was added to case ${SO}. The agent assigned to this case is on leave until January 5. Requests such as merge approvals, badge transfers or closures will be handled on their return.

This is an automated notice. Please don't reply to it.`,
    extra: AUTO_SYS,
  }),
  M({
    slug: 'en-holiday-hours-general', kind: 'unrelated', lang: 'en', trap: true,
    note: 'general holiday support hours newsletter, no case; lists merges, badge moves, closings',
    from: 'AWS Training and Certification <aws-training-info@amazon.com>', to: danTo, subject: 'Holiday support hours for AWS Training and Certification',
    date: d('2025-12-15 16:00:00', '+0000'), enc: 'utf8qp',
    html: toHtml(`Happy holidays from AWS Training and Certification!

Between December 24 and January 4, account merges, badge transfers and case confirmations may take longer than usual. Cases waiting on you will not be closed during this period.

Unsubscribe | Privacy`),
  }),
  M({
    slug: 'en-survey', kind: 'unrelated', lang: 'en', caseId: '17672904118', trap: true,
    note: 'post-case survey: "Was your issue resolved?"',
    from: 'AWS Customer Service <aws-survey@amazon.com>', to: danTo, subject: 'How did we do? Tell us about your recent case',
    date: d('2026-01-13 18:00:00', '+0000'), enc: 'utf8b64',
    html: toHtml(`Hi Dan,

Your case 17672904118 was recently closed. Was your issue resolved? Take our two-question survey.

[Yes] [No]`),
  }),
  M({
    slug: 'en-credly-other-issuer', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from another issuer (HashiCorp) on Christmas week',
    from: 'HashiCorp via Credly <admin@credly.com>', to: soTo, subject: 'HashiCorp sent you a new badge',
    date: d('2025-12-26 13:13:13', '+0000'), enc: 'ascii7',
    text: `Hi Sofia,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge on Credly.`,
  }),
  M({
    slug: 'en-other-case-refund', kind: 'unrelated', lang: 'en', caseId: CASES.danOther, trap: true,
    note: 'reply on the user\'s other case about an exam voucher refund; completed refund, not a merge',
    from: SUP, to: danTo, subject: `[CASE ${CASES.danOther}] [AWS Training and Certification Form Submission] - exam-voucher-refund`,
    date: d('2025-11-26 20:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Dan,

Your voucher refund request has been completed and the case is now closed. Refunds usually post within 5-7 business days, longer over Thanksgiving.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-ooo-team-list', kind: 'unrelated', lang: 'en', caseId: SO, trusted: false, forUser: false, trap: true,
    note: 'colleague\'s auto-reply sent to a team list, not the user; quotes the merge news',
    from: PRIT, to: 'platform-team@cloudcraft.example.io', subject: `Automatic reply: ${caseSubj(SO)}`,
    date: d('2025-12-23 17:00:00', '+0000'), enc: 'ascii7',
    text: `Pritha is away until January 6.

> Good news: your two profiles have been combined.`,
    extra: AUTO_OOO,
  }),
  M({
    slug: 'en-own-reply-before-leave', kind: 'unrelated', lang: 'en', caseId: D, trusted: false, trap: true,
    note: 'the user\'s own reply (copied to himself) approving the merge before leaving for the holiday',
    from: danTo, to: SUP_ADDR, cc: DAN.keep, subject: `RE: ${caseSubj(D)}`,
    date: d('2025-12-03 19:30:00', '-0600'), enc: 'ascii7', rcpt: DAN.keep,
    text: `Confirmed, please go ahead with the merge. I'm off from Dec 19 so if you need anything else please ask before then.

Dan

${gmailEn('Wed, Dec 3, 2025 at 9:05 AM', `AWS Training and Certification <${SUP_ADDR}>`, DAN_CONF_OLD)}`,
  }),
];
