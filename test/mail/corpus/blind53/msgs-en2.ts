// Set az, English part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, FISCHER, MARTIN, MEHTA, NOTIFY, OKAFOR, PORTAL, SUP, SUP_BARE, caseHistory, formSubj, gmailEn, mk, toHtml, whoEn } from './common.js';

const credlyHtmlEn = (first: string, badge: string, seed: string): string => `<html><body style="margin:0;background:#eef1f4">
<table role="presentation" align="center" width="580" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:28px">
<p>Hi ${first},</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:20px;font-weight:bold">${badge}</p>
<p><a href="https://www.credly.com/badges/${seed}/accept" style="display:inline-block;background:#0b7a75;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Sent by Credly on behalf of Amazon Web Services Training and Certification.</p>
</td></tr></table>
</body></html>`;

export const EN2: Msg[] = [
  // ---------------- merge_completed (8)
  mk({
    slug: 'en-merge-second-run-done',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'after a failed first run, the retry went through: the accounts are merged',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-10-30 15:17:26',
    text: `Hi Daniel,

Good news this time. Our engineers re-ran the job that failed on Monday and it finished cleanly; ${OKAFOR.srcId} has been folded into ${OKAFOR.keepId}.
Your exam history and both certifications should now be visible when you sign in with ${OKAFOR.keep}.

Marco

${gmailEn('2026-10-27 18:02', whoEn(OKAFOR), `Confirming again from my personal address: yes, go ahead.`)}`,
  }),
  mk({
    slug: 'en-merge-partial-benefits-pending',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'partial completion: accounts combined, certifications moved, vouchers and badges still to follow',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-09 14:40:51',
    enc: 'utf8qp',
    text: `Dear Lena,

Your two profiles have been combined into ${FISCHER.keepId}. The certifications and exam history from the university account are already showing there.

Two things lag behind and are handled by separate systems:
\u2022 the 50% exam voucher may take up to five business days to appear under Benefits;
\u2022 Credly badges are re-issued afterwards, so expect a separate e-mail from Credly.

Priyanka S.`,
  }),
  mk({
    slug: 'en-merge-correction-right-account',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.martin,
    note: 'corrects yesterday\'s notice that named the wrong surviving account; the merge itself is done',
    from: SUP,
    to: MARTIN.keep,
    subject: `Correction: ${formSubj(CASE.martin)}`,
    at: '2026-11-19 09:03:37',
    text: `Hi Chloe,

A correction to my message from yesterday: I wrote that your records were moved into ${MARTIN.srcId}. That was a typo on my side. The merge was carried out as you approved, and everything now lives in ${MARTIN.keepId} (${MARTIN.keep}).

Sorry for the scare.
Anika`,
  }),
  mk({
    slug: 'en-merge-portal-notice',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: 'certification portal notice that the accounts were merged; no case ID',
    from: PORTAL,
    to: OKAFOR.keep,
    subject: 'Your AWS Certification accounts have been merged',
    at: '2026-10-30 15:20:02',
    enc: 'utf8qp',
    text: `Hello Daniel Okafor,

The AWS Certification account ${OKAFOR.srcId} has been merged into ${OKAFOR.keepId}.

Sign in with ${OKAFOR.keep} to see your certifications, benefits and exam history. The merged account can no longer be used to sign in.

AWS Training and Certification`,
    html: toHtml(`Hello Daniel Okafor,

The AWS Certification account ${OKAFOR.srcId} has been merged into ${OKAFOR.keepId}.

Sign in with ${OKAFOR.keep} to see your certifications, benefits and exam history. The merged account can no longer be used to sign in.

AWS Training and Certification`),
  }),
  mk({
    slug: 'en-merge-done-closing-case',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.mehta,
    note: 'merge done in the corrected direction and the case will be closed: the new fact is the merge',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-14 11:55:40',
    text: `Hi Rahul,

Third time lucky: the merge is now complete, in the direction you approved (${MEHTA.srcId} into ${MEHTA.keepId}).
As there's nothing else open, I'll close this case. Replying to this e-mail will reopen it if something looks off.

Jonah
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-dkimonly-short',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.martin,
    note: 'short completion; only an aligned DKIM pass, still trusted',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martin),
    at: '2026-11-18 16:44:12',
    auth: 'dkimonly',
    text: `Chloe - done. Your accounts were merged a few minutes ago; sign in with ${MARTIN.keep} and you shoud see all three certs.

Anika`,
  }),
  mk({
    slug: 'en-merge-fail-then-forged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'completion claim whose top verdict is a failure with a planted pass below: untrusted',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-08 20:20:20',
    auth: 'failThenForged',
    trusted: false,
    text: `Dear Lena,

Your accounts were successfully merged. Download your updated certificate here:
https://aws-cert-download.example.net/${CASE.fischer}.pdf.exe`,
  }),
  mk({
    slug: 'en-merge-html-third-profile',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'HTML-only: re-merge finished after the missing certification was traced; the merge now includes it',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-11-08 12:10:05',
    enc: 'utf8b64',
    html: `<html><body>
<p>Hi Daniel,</p>
<p>Thanks for the exam details. The missing certification sat on a third, older profile under the same name. We have now merged that profile into ${OKAFOR.keepId} as well, so all of your certifications are in one place.</p>
<p>Marco<br>AWS Training and Certification</p>
<blockquote type="cite" style="border-left:2px solid #ccc;padding-left:8px;color:#555">
Hi Daniel, thanks for flagging that only one of your two certifications shows up.
</blockquote>
</body></html>`,
  }),

  // ---------------- badges_transferred (7)
  mk({
    slug: 'en-badges-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS,
    to: FISCHER.keep,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    at: '2026-11-12 19:30:44',
    enc: 'utf8qp',
    text: `Hi Lena,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Machine Learning Engineer - Associate

Accept your badge: https://www.credly.com/badges/71d2a0ee-4c3b-4d9a-9e57-0a8f6b2c19d4/accept`,
    html: credlyHtmlEn('Lena', 'AWS Certified Machine Learning Engineer - Associate', '71d2a0ee-4c3b-4d9a-9e57-0a8f6b2c19d4'),
  }),
  mk({
    slug: 'en-badges-support-after-reopen',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.martinNew,
    note: 'support says the badges now sit on the kept Credly profile, after a second request',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martinNew),
    at: '2026-11-26 10:48:30',
    text: `Hi Chloe,

Thanks for your patience. The first transfer had attached the badges to the old agency e-mail again. Credly's team redid it today and I can see all three AWS badges on the profile linked to ${MARTIN.keep}.

Anika`,
  }),
  mk({
    slug: 'en-badges-moved-and-closing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'support announces the badges moved and closes the case',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-13 08:33:21',
    text: `Dear Lena,

Last piece done: your two AWS badges have been transferred to your Credly account under ${FISCHER.keep}. With the voucher showing since yesterday, this wraps up your request and I am closing the case.

Priyanka S.`,
  }),
  mk({
    slug: 'en-badges-credly-html-two',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly HTML-only notice for the second re-issued AWS badge',
    from: CREDLY_AWS,
    to: MARTIN.keep,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    at: '2026-11-26 11:02:18',
    enc: 'utf8qp',
    html: credlyHtmlEn('Chloe', 'AWS Certified Data Engineer - Associate', '9c4e7d21-b860-4a1f-8d3e-6f05a2c7e118'),
  }),
  mk({
    slug: 'en-badges-credly-no-ar',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly-looking badge mail with no Authentication-Results at all: untrusted',
    from: CREDLY_AWS,
    to: MEHTA.keep,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    at: '2026-11-15 03:15:45',
    auth: 'none',
    trusted: false,
    text: `Hi Rahul,

Your badges were moved to your new account. Accept your badge:
https://credly.badges-accept.example.org/accept`,
  }),
  mk({
    slug: 'en-badges-support-gmail-quote',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.okafor,
    note: 'support replies to the user\'s "badges still missing" mail: they have been moved now',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-11-11 09:27:03',
    text: `Hi Daniel,

You were right, the badges had stayed behind. I asked the badging team to move them and they confirmed both are now on the Credly profile for ${OKAFOR.keep}. You may need to accept them once from your Credly dashboard.

Marco

${gmailEn('2026-11-10 21:48', whoEn(OKAFOR), `Merge looks fine but Credly still shows the badges under my old work email. Can you move them?`)}`,
  }),
  mk({
    slug: 'en-badges-credly-two-listed',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly text notice listing two AWS badges issued to the kept address',
    from: CREDLY_AWS,
    to: OKAFOR.keep,
    subject: 'You have 2 new badges from Amazon Web Services Training and Certification',
    at: '2026-11-11 08:59:40',
    enc: 'utf8b64',
    text: `Hi Daniel,

Amazon Web Services Training and Certification issued you 2 badges:

- AWS Certified Solutions Architect - Associate
- AWS Certified Security - Specialty

Accept your badges: https://www.credly.com/earner/earned?source=email

Credly, Inc.`,
  }),

  // ---------------- case_closed (7)
  mk({
    slug: 'en-closed-auto-close-reminder',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'reminder: the case closes automatically unless the customer replies',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-07 06:00:00',
    text: `Dear Lena,

We are still waiting on your reply to our last message. If we don't hear back within 72 hours, this case will be resolved automatically.
You can always reply later; that will reopen it.`,
  }),
  mk({
    slug: 'en-closed-restates-merge',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.okafor,
    trap: true,
    note: 'closing notice that only restates the merge finished earlier',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-11-18 07:40:12',
    text: `Hi Daniel,

Your accounts were merged on October 30 and the badges followed on November 11. As we haven't heard from you since, we're marking this case as resolved.

Thanks for your patience through the retries.
Marco`,
  }),
  mk({
    slug: 'en-closed-reopened-closed-again',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.martinNew,
    note: 'the follow-up case is closed after the user said all looks right',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martinNew),
    at: '2026-11-27 09:15:36',
    text: `Hi Chloe,

Glad to hear everything checks out on your side. I'm closing case ${CASE.martinNew} now.

Anika`,
  }),
  mk({
    slug: 'en-closed-notify-to-team-list',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.mehta,
    forUser: false,
    note: 'AWS Support resolved-notice delivered to a team list, not to the user\'s address',
    from: NOTIFY,
    to: 'cloud-certs@consult.example.com',
    subject: `AWS Support case ${CASE.mehta} has been resolved`,
    at: '2026-11-17 12:00:04',
    text: `The status of support case ${CASE.mehta} changed to Resolved.

If your issue isn't resolved, you can reopen the case from the Support Center within 14 days.`,
  }),
  mk({
    slug: 'en-closed-html-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.mehtaDup,
    note: 'HTML closing of the duplicate case opened by mistake',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehtaDup),
    at: '2026-10-31 10:10:10',
    enc: 'utf8qp',
    html: `<html><body>
<p>Hi Rahul,</p>
<p>This request (${CASE.mehtaDup}) duplicates your earlier one, ${CASE.mehta}, where we&rsquo;re already working on your accounts. To avoid confusion, we&rsquo;ve closed this one. Please continue on ${CASE.mehta}.</p>
<p>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'en-closed-no-reply-to-second-ask',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.fischer,
    note: 'resolved because the second request for the kept address went unanswered (later reopened)',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-10 06:00:00',
    enc: 'utf8qp',
    text: `Dear Lena,

As we didn\u2019t receive the details we asked for a second time, we\u2019ve set this case to resolved.
Simply reply to this e-mail if you\u2019d like to pick it up again.

${caseHistory('2026-11-07 06:00', SUP_BARE, `If we don't hear back within 72 hours, this case will be resolved automatically.`)}`,
  }),
  mk({
    slug: 'en-closed-first-case-short',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.martin,
    note: 'short closing notice of the first case',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martin),
    at: '2026-11-21 04:04:04',
    text: `Hi Chloe,

We're closing this case. Thank you for contacting AWS Training and Certification.`,
  }),

  // ---------------- support_reply (7)
  mk({
    slug: 'en-sr-retry-scheduled',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.okafor,
    trap: true,
    note: 'the first run failed; a retry is scheduled but has not happened yet',
    from: SUP,
    to: OKAFOR.keep,
    subject: formSubj(CASE.okafor),
    at: '2026-10-27 09:30:22',
    text: `Hi Daniel,

Quick heads-up: the merge we started this morning errored out partway. Nothing was lost and both accounts still work as before.
Engineering will run it again within the next 48 hours, and I'll write as soon as it's through.

Marco`,
  }),
  mk({
    slug: 'en-sr-rollback-done',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.mehta,
    trap: true,
    note: 'the merge went the wrong way and has been reverted; no request, no completion',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-11-11 16:20:48',
    text: `Hi Rahul,

You're right, the merge went the wrong direction: your records ended up under the consulting e-mail. We've rolled that back this afternoon.
Both accounts are separate again, exactly as they were before. I'll follow up tomorrow with next steps.

Jonah`,
  }),
  mk({
    slug: 'en-sr-case-reopened',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.fischer,
    trap: true,
    note: 'the resolved case was reopened by the user\'s reply; status only',
    from: SUP,
    to: FISCHER.keep,
    subject: formSubj(CASE.fischer),
    at: '2026-11-10 15:26:19',
    enc: 'utf8qp',
    text: `Dear Lena,

Your reply reopened this case, which we had closed earlier today. No problem at all \u2014 I\u2019ve read your note and will pick up where we left off.

Priyanka S.`,
  }),
  mk({
    slug: 'en-sr-correction-not-complete',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.mehta,
    trap: true,
    note: 'retracts an automated "merge complete" mail: the merge has not been completed yet',
    from: SUP,
    to: MEHTA.keep,
    subject: `RE: ${formSubj(CASE.mehta)}`,
    at: '2026-11-04 02:12:33',
    text: `Hi Rahul,

Please disregard the "your accounts have been merged" notice you received overnight. It was triggered by the failed attempt and is not accurate: the merge has not been completed, and both accounts are unchanged.

Jonah`,
  }),
  mk({
    slug: 'en-sr-thanks-for-confirming-resent',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.okafor,
    trap: true,
    forUser: false,
    note: 'thanks for confirming from the right address, passed to the team; redirected copy (Resent-*)',
    from: SUP,
    to: OKAFOR.src,
    subject: formSubj(CASE.okafor),
    at: '2026-10-27 02:44:15',
    resent: { from: 'mail-admin@oldco.example.com', to: 'offboarded-users@oldco.example.com', date: 'Tue, 27 Oct 2026 02:45:01 +0000' },
    text: `Hi Daniel,

Thank you for confirming from your personal address. I've passed the request to the merge team.

Marco`,
  }),
  mk({
    slug: 'en-sr-badges-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.martinNew,
    trap: true,
    note: 'badges not transferred yet; escalated to Credly, waiting',
    from: SUP,
    to: MARTIN.keep,
    subject: formSubj(CASE.martinNew),
    at: '2026-11-24 17:40:02',
    text: `Hi Chloe,

Thanks, that helps. Your badges have not been transferred yet; I've raised it with the badging team, who handle the Credly side. I'll udpate you when they reply, which is usually 2-3 business days.

Anika`,
  }),
  mk({
    slug: 'en-sr-duplicate-cases-merged',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.mehta,
    trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUP,
    to: MEHTA.keep,
    subject: formSubj(CASE.mehta),
    at: '2026-10-31 10:12:44',
    text: `Hi Rahul,

I noticed you opened ${CASE.mehtaDup} for the same request, so I merged it into this case. Everything continues here.
Your certification accounts themselves are still being reviewed.

Jonah`,
  }),

  // ---------------- unrelated (6)
  mk({
    slug: 'en-un-csat-after-reopen',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.martinNew,
    trap: true,
    note: 'survey after the reopened case was closed',
    from: 'AWS Support Feedback <survey-noreply@amazon.com>',
    to: MARTIN.keep,
    subject: `How did we do on case ${CASE.martinNew}?`,
    at: '2026-11-27 18:00:00',
    enc: 'utf8qp',
    text: `Hi Chloe,

Your case ${CASE.martinNew} was recently closed. Was your issue resolved?

[ Yes ]   [ No ]

Your feedback helps us improve. This survey takes about a minute.`,
    html: toHtml(`Hi Chloe,

Your case ${CASE.martinNew} was recently closed. Was your issue resolved?

[ Yes ]   [ No ]

Your feedback helps us improve. This survey takes about a minute.`),
  }),
  mk({
    slug: 'en-un-own-consent-reply-cc-self',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.fischer,
    trusted: false,
    trap: true,
    note: 'the user\'s own explicit consent reply, copied to herself: own mail',
    from: whoEn(FISCHER),
    to: SUP_BARE,
    cc: FISCHER.keep,
    subject: `Re: ${formSubj(CASE.fischer)}`,
    at: '2026-11-04 21:02:11',
    tz: '+0100',
    auth: 'none',
    relay: 'smtp.example.de',
    text: `Yes, please merge. Sorry for the vague answer before - I confirm that ${FISCHER.srcId} should be merged into ${FISCHER.keepId}.

Lena

Sent from my iPhone

> On 4 Nov 2026, at 10:48, AWS Training and Certification <${SUP_BARE}> wrote:
>
> If you want ${FISCHER.srcId} folded into ${FISCHER.keepId}, please reply with "Yes, please merge".`,
  }),
  mk({
    slug: 'en-un-hashicorp-badge',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'a badge from another issuer via Credly',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: MEHTA.keep,
    subject: 'HashiCorp has issued you a badge',
    at: '2026-11-19 22:10:51',
    text: `Hi Rahul,

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/badges/e2a51c8f-3b7d-44c0-b1a9-8d6f0e4c2a77/accept`,
  }),
  mk({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge code, not the certification merge',
    from: 'Credly <admin@credly.com>',
    to: MARTIN.keep,
    subject: 'Complete your Credly account merge',
    at: '2026-11-25 12:33:07',
    enc: 'utf8qp',
    text: `Hi Chloe,

Someone (hopefully you) asked to merge another Credly account into this one. Enter this code to finish:

  318 274

The code expires in 30 minutes. If this wasn\u2019t you, you can ignore this e-mail.`,
  }),
  mk({
    slug: 'en-un-exam-booking-case-reply',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.examBooking,
    trap: true,
    note: 'reply on the user\'s separate exam-rescheduling case; says "confirmed" and "completed" about the booking',
    from: SUP,
    to: OKAFOR.keep,
    subject: `RE:[CASE ${CASE.examBooking}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    at: '2026-11-20 14:14:29',
    text: `Hi Daniel,

Your request to reschedule the AWS Certified DevOps Engineer - Professional exam is completed. The new appointment on December 9 is confirmed, and the rescheduling fee was waived.

Let us know if you need anything else on this booking.

Sofia`,
  }),
  mk({
    slug: 'en-un-ooo-colleague',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.mehta,
    trusted: false,
    note: 'a colleague\'s out-of-office reply to the user\'s Cc; quotes the case',
    from: 'Priya Raman <priya.raman@consult.example.com>',
    to: MEHTA.keep,
    subject: `Automatic reply: ${formSubj(CASE.mehta)}`,
    at: '2026-11-13 08:00:31',
    tz: '+0530',
    extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: priya.raman@consult.example.com'],
    text: `I am out of office until 1 December with limited access to e-mail. For urgent matters please contact the delivery desk.

Priya`,
  }),
];

