// English messages, part 2: merges, badges, closings, other replies and unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import { mk, P, C, SUPPORT, AWS_NOTIFY, AWS_SUPPORT_DOM, PORTAL, TRAINING, CREDLY_AWS, form, quote, gmailEn, outlookEn, sfOriginal, sfRef, htmlDoc, paras, table, esc } from './common.js';

const sam = P.sam, lena = P.lena, raj = P.raj, alex = P.alex, priya = P.priya, maria = P.maria, kenji = P.kenji;

export const EN2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'sam-merged-today', kind: 'merge_completed', lang: 'en', caseId: C.sam,
    note: 'full recap of request, questions and consent; the last step is today\'s merge',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-11 15:33:07', '+0000'), enc: 'ascii7',
    text: `Hello Sam,

To summarise: on 4 May you asked us to merge ${sam.srcId} into ${sam.keepId}; on 5 May we asked for your candidate IDs; you replied on 5 May; on 6 May we asked about Skill Builder; on 7 May we asked for your consent and you gave it on 8 May. Today, 11 May, we merged the two accounts.

Please sign in to ${sam.keep} and check that your certifications and benefits are there.

Daniel`,
  }),
  mk({
    slug: 'lena-merged-middle', kind: 'merge_completed', lang: 'en', caseId: C.lena,
    note: 'the completion sits in the middle of a recap paragraph, followed by after-merge tips',
    from: SUPPORT, to: lena.keep, subject: form(C.lena),
    date: rfcDate('2026-06-19 10:20:44', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Your case began on 15 June, we gathered the candidate IDs on 16 June and you approved on 17 June; the university account ${lena.srcId} has now been merged into ${lena.keepId}, and the Solutions Architect certification shows under your current login. The old login will stop working within a day.

If your Credly badge doesn't follow in a few days, just reply here.

Olivia`,
  }),
  mk({
    slug: 'portal-merged-en', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice (aws.training), no case ID: accounts merged; recaps the request',
    from: PORTAL, to: raj.keep, subject: 'Your AWS Certification accounts have been merged',
    date: rfcDate('2026-07-10 02:15:30', '+0000'), enc: 'utf8qp',
    text: `Dear Raj Mehta,

As requested through AWS Training and Certification support, the following accounts were combined:

  From: ${raj.srcId}
  Into: ${raj.keepId}
  Requested: 6 July 2026
  Completed: 10 July 2026

Your certifications, exam history and benefits now appear under ${raj.keepId}. Please use that account from now on.

AWS Certification`,
    html: htmlDoc(`<p>Dear Raj Mehta,</p><p>As requested through AWS Training and Certification support, the following accounts were combined:</p>
${table([['', ''], ['From', raj.srcId], ['Into', raj.keepId], ['Requested', '6 July 2026'], ['Completed', '10 July 2026']])}
<p>Your certifications, exam history and benefits now appear under ${raj.keepId}. Please use that account from now on.</p><p>AWS Certification</p>`, 'en'),
  }),
  mk({
    slug: 'alex-merged-check', kind: 'merge_completed', lang: 'en', caseId: C.alex,
    note: 'merged; "please check that all looks right" keeps it merge_completed',
    from: SUPPORT, to: alex.keep, subject: form(C.alex),
    date: rfcDate('2026-08-21 18:40:02', '+0000'), enc: 'utf8b64',
    text: `Hello Alex,

Recap of case ${C.alex}:
 - 17 Aug  case received, automated suggestion sent
 - 18 Aug  asked which account to keep
 - 19 Aug  asked for your agreement
 - 20 Aug  agreement received, passed to the merge team
 - 21 Aug  merge done: ${alex.srcId} is now part of ${alex.keepId}

Please check that all looks right on your profile (certifications, exam history, voucher).

Grace`,
  }),
  mk({
    slug: 'priya-merged-closing', kind: 'merge_completed', lang: 'en', caseId: C.priya, trap: true,
    note: 'merge completed and the case will now be closed: merge_completed is the new fact',
    from: SUPPORT, to: priya.keep, subject: form(C.priya),
    date: rfcDate('2026-10-09 08:55:18', '+0000'), enc: 'utf8b64',
    text: `Hi Priya,

Good news. After your request on 5 October, the notification address question on 6 October and your consent on 7 October, we completed the merge this morning. Everything from ${priya.srcId} is now on ${priya.keepId}.

As nothing else is open, I'll close this case now. Replying will reopen it.

Aiden`,
  }),
  mk({
    slug: 'forged-merged-freemail', kind: 'merge_completed', lang: 'en', caseId: C.maria, trusted: false,
    note: 'trusted display name on a free-mail address: untrusted, though it reads as a completion',
    from: 'AWS Training and Certification <aws.training.support.desk@gmail.example.com>', to: maria.keep, subject: form(C.maria),
    date: rfcDate('2026-09-12 22:04:51', '+0000'), enc: 'ascii7',
    text: `Dear Maria,

Recap: 7 Sep request, 8 Sep questions, 10 Sep consent.
Your accounts have been merged successfully.

To receive your new certificate, pay the EUR 19 processing fee here: http://pay-cert.example.com

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'credly-en-issued', kind: 'badges_transferred', lang: 'en', caseId: null, trap: true,
    note: 'AWS badge via Credly on the kept address; the note restates the account merge',
    from: CREDLY_AWS, to: raj.keep, subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: rfcDate('2026-07-12 04:10:25', '+0000'), enc: 'utf8qp',
    text: `Hi Raj,

Badge history
  - First issued to ${raj.src}
  - AWS Certification accounts merged (July 2026)
  - Now issued to ${raj.keep}

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/earner/earned/badge/b7e10c24-4f95-4c1e-9a3d-2e6f08a1c5d9`,
    html: htmlDoc(`<p>Hi Raj,</p><p><b>Badge history</b></p><ul><li>First issued to ${esc(raj.src)}</li><li>AWS Certification accounts merged (July 2026)</li><li>Now issued to ${esc(raj.keep)}</li></ul>
<p>AWS Certified Developer - Associate<br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/b7e10c24-4f95-4c1e-9a3d-2e6f08a1c5d9">Accept your badge</a></p>`, 'en'),
  }),
  mk({
    slug: 'sam-badges-moved', kind: 'badges_transferred', lang: 'en', caseId: C.sam, trap: true,
    note: 'support says the badges were moved; the recap restates the merge of 11 May',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-14 12:01:40', '+0000'), enc: 'ascii7',
    text: `Hello Sam,

To summarise: request on 4 May, details on 5-6 May, consent on 8 May, accounts merged on 11 May; on 13 May you told us your two Credly badges were still tied to ${sam.src}.

Today we moved both badges to the Credly profile for ${sam.keep}. You should see them there now.

Daniel`,
  }),
  mk({
    slug: 'alex-badges-and-close', kind: 'badges_transferred', lang: 'en', caseId: C.alex, trap: true,
    note: 'badges moved and case closing: badges_transferred (guide); the recap restates the merge',
    from: SUPPORT, to: alex.keep, subject: form(C.alex),
    date: rfcDate('2026-08-25 16:22:11', '+0000'), enc: 'utf8qp',
    text: `Hello Alex,

Recap: 17 Aug case received; 21 Aug accounts merged; 24 Aug you reported the badges missing.

I've transferred your three AWS badges on Credly to ${alex.keep} this afternoon. With that, everything you asked for is done, so I am resolving case ${C.alex}.

Grace`,
  }),
  mk({
    slug: 'credly-en-html-only', kind: 'badges_transferred', lang: 'en', caseId: null, trap: true,
    note: 'HTML-only Credly notice for an AWS badge re-issued after the merge',
    from: CREDLY_AWS, to: sam.keep, subject: 'You have a new badge from Amazon Web Services Training and Certification',
    date: rfcDate('2026-05-14 12:30:05', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<h2>AWS Certified SysOps Administrator - Associate</h2>
<p>Previously held under ${esc(sam.src)}. Following the merge of your AWS Certification accounts, this badge has been issued to ${esc(sam.keep)}.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c4de913-7a2b-4f8e-b615-3d9e2a7f1b40" style="background:#ff6b00;color:#ffffff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, 2 Park Ave, New York</p>
</td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'lena-badges-sf', kind: 'badges_transferred', lang: 'en', caseId: C.lena, trap: true,
    note: 'badge move confirmed by support; the user\'s request is quoted Salesforce-style below',
    from: SUPPORT, to: lena.keep, subject: form(C.lena),
    date: rfcDate('2026-06-24 09:09:32', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Status of case ${C.lena}: merged on 19 June; badge question raised by you on 23 June; badge moved today. The Solutions Architect badge now sits on your Credly account for ${lena.keep}.

Olivia

${sfOriginal(`Lena Fischer <${lena.keep}>`, '23/06/2026 19:02', 'aws-cs-trainingcertification-form@amazon.com', form(C.lena), `Hi Olivia, the merge worked, but the Credly badge still shows on my university e-mail. Can you move it?\nLena`)}`,
  }),
  mk({
    slug: 'forged-credly-below', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false, auth: 'forgedBelow', trap: true,
    note: 'Credly-looking badge mail whose dmarc=pass header sits below the server\'s Received line',
    from: CREDLY_AWS, to: priya.keep, subject: 'Your AWS badges were moved to your new account',
    date: rfcDate('2026-10-10 03:30:00', '+0000'), enc: 'ascii7',
    text: `Hi Priya,

Following your account merge, your badges were moved to ${priya.keep}.
Sign in to accept them: http://credly-badges.example.net/accept

Credly`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'sam-resolved', kind: 'case_closed', lang: 'en', caseId: C.sam, trap: true,
    note: 'case resolved; the dated list restates the merge and badge move',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-20 10:00:12', '+0000'), enc: 'ascii7',
    text: `Hello Sam,

Case ${C.sam}, final summary:
  4 May   request received
  5-6 May details collected
  8 May   consent received
  11 May  accounts merged
  14 May  badges moved

We haven't heard from you since, so we've marked this case resolved. Reply within 14 days to reopen it.

Daniel`,
  }),
  mk({
    slug: 'maria-close-in-3-days', kind: 'case_closed', lang: 'en', caseId: C.maria, trap: true,
    note: 'reminder: the case will close in 3 days without a reply; recap ends with the pending consent',
    from: SUPPORT, to: maria.keep, subject: form(C.maria),
    date: rfcDate('2026-09-15 08:00:00', '+0000'), enc: 'utf8qp',
    text: `Dear Maria,

Recap: 7 Sep received; 8 Sep exam details requested; 9 Sep answered; 10 Sep we asked you to confirm the merge. We are still waiting for that confirmation.

If we don't hear back within 3 days, this case will close automatically.

Lucas`,
  }),
  mk({
    slug: 'lena-closed-as-merged', kind: 'case_closed', lang: 'en', caseId: C.lena, trap: true,
    note: '"as merged last week, we are closing this case": restates the merge, the news is the closing',
    from: SUPPORT, to: lena.keep, subject: form(C.lena),
    date: rfcDate('2026-06-30 07:45:51', '+0000'), enc: 'utf8b64',
    text: `Hi Lena,

As your accounts were merged on 19 June and the badge followed on 24 June, we are now closing case ${C.lena}.

Thanks for your patience, and good luck with the next exam.

Olivia`,
  }),
  mk({
    slug: 'raj-support-resolved-html', kind: 'case_closed', lang: 'en', caseId: C.raj, trap: true,
    note: 'AWS Support system notice: case resolved; table recaps the correspondence',
    from: AWS_SUPPORT_DOM, to: raj.keep, subject: `Case ${C.raj} has been resolved`,
    date: rfcDate('2026-07-20 09:00:00', '+0000'), enc: 'utf8qp',
    text: `Dear Raj Mehta,

Case ${C.raj} - Certification account merge
Opened: 6 Jul 2026
Last correspondence: 12 Jul 2026 (badge re-issued)
Status: Resolved

If you still need help, reopen the case from the Support Center.`,
    html: htmlDoc(`<p>Dear Raj Mehta,</p>
${table([['Case', 'Subject', 'Opened', 'Last correspondence', 'Status'], [C.raj, 'Certification account merge', '6 Jul 2026', '12 Jul 2026 (badge re-issued)', 'Resolved']])}
<p>If you still need help, reopen the case from the Support Center.</p>`, 'en'),
  }),
  mk({
    slug: 'maria-closed-resent', kind: 'case_closed', lang: 'en', caseId: C.maria, forUser: false, trap: true,
    resent: { from: 'mailer@uni.example.edu', to: 'helpdesk@uni.example.edu', date: rfcDate('2026-09-18 10:14:07', '+0200') },
    note: 'closing notice sent to the university address and redirected to its helpdesk (Resent-*)',
    from: SUPPORT, to: maria.src, subject: form(C.maria),
    date: rfcDate('2026-09-18 08:05:00', '+0000'), enc: 'ascii7',
    text: `Dear Maria,

Case ${C.maria}: we asked for your confirmation on 10 September and sent a reminder on 15 September. As no reply arrived, the merge was not carried out and the case is now closed.

You are welcome to open a new case whenever you're ready.

Lucas`,
  }),
  mk({
    slug: 'forged-closed-fail', kind: 'case_closed', lang: 'en', caseId: C.priya, trusted: false, auth: 'fail', trap: true,
    note: 'closing notice with dmarc=fail on top: untrusted',
    from: SUPPORT, to: priya.keep, subject: form(C.priya),
    date: rfcDate('2026-10-11 01:01:01', '+0000'), enc: 'ascii7',
    text: `Hi Priya,

Your merge (9 Oct) is complete and this case is now closed.
Rate us and get a free practice exam: http://aws-feedback.example.org

AWS`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'lena-status-nothing-new', kind: 'support_reply', lang: 'en', caseId: C.lena, trap: true,
    note: 'status summary with nothing new: recap of receipt, request and consent; still with the merge team',
    from: SUPPORT, to: lena.keep, subject: form(C.lena),
    date: rfcDate('2026-06-18 12:14:36', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

You asked for an update, so here is the whole picture:
  - 15 Jun: we received your request
  - 16 Jun: we asked for the university candidate ID, and you sent it
  - 17 Jun: we asked you to confirm the merge, and you confirmed

Current status: with the merge team. Nothing new yet and nothing needed from you.

Olivia`,
  }),
  mk({
    slug: 'sam-thanks-confirming', kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: 'thanks for confirming, passed to the team: not the merge itself',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-08 11:30:27', '+0000'), enc: 'ascii7',
    text: `Hello Sam,

To summarise: 4 May request; 5 May IDs; 6 May Skill Builder; 7 May we asked for consent; today you confirmed. Thank you for confirming.

I've handed the case to the team that performs merges. Expect to hear from us within five business days.

Daniel`,
  }),
  mk({
    slug: 'raj-not-yet-merged', kind: 'support_reply', lang: 'en', caseId: C.raj, trap: true,
    note: 'negated: "the merge has not been completed yet"',
    from: SUPPORT, to: raj.keep, subject: form(C.raj),
    date: rfcDate('2026-07-09 07:55:40', '+0000'), enc: 'ascii7',
    text: `Hi Raj,

Recap: 6 Jul received, 7 Jul IDs received from ${raj.keep}, 8 Jul you confirmed the merge.

To answer your question: the merge has not been completed yet. It is queued and should run within two business days. I'll write as soon as it has.

Tomasz`,
  }),
  mk({
    slug: 'maria-unable-exam-booked', kind: 'support_reply', lang: 'en', caseId: C.maria, trap: true,
    note: '"we are unable to merge" while an exam is booked: neither merge nor a data request',
    from: SUPPORT, to: maria.keep, subject: form(C.maria),
    date: rfcDate('2026-09-09 10:12:50', '+0000'), enc: 'utf8b64',
    text: `Dear Maria,

To recap: 7 Sep request received; 8 Sep we asked about your exams; 9 Sep you replied.

While checking I noticed a Developer Associate exam booked on ${maria.src} for 2 October. We are unable to merge accounts while an exam is scheduled on the one being merged away. That is a system rule, not something I can override.

Lucas`,
  }),
  mk({
    slug: 'alex-dup-cases-merged', kind: 'support_reply', lang: 'en', caseId: C.alex, trap: true,
    note: '"we merged your duplicate cases": cases, not certification accounts',
    from: SUPPORT, to: alex.keep, subject: form(C.alex),
    date: rfcDate('2026-08-18 17:30:19', '+0000'), enc: 'ascii7',
    text: `Hello Alex,

Summary: you opened ${C.alex} on 17 Aug and, a few hours later, ${C.alexDup} with the same request. I have merged the duplicate case into ${C.alex}; please reply only on this one from now on.

I'm still waiting for your answer on which account to keep (see my earlier message).

Grace`,
  }),
  mk({
    slug: 'priya-write-from-keep', kind: 'support_reply', lang: 'en', caseId: C.priya, trap: true,
    note: '"please write to us from the address you keep" without asking for any data',
    from: SUPPORT, to: priya.src, cc: priya.keep, subject: form(C.priya),
    date: rfcDate('2026-10-06 08:21:04', '+0000'), enc: 'utf8qp',
    text: `Hi Priya,

Recap: case ${C.priya} was received on 5 October; your follow-up this morning came from ${priya.src}.

For your protection we only act on messages from the account that will be kept. Please send your next reply from ${priya.keep}.

Aiden`,
  }),
  mk({
    slug: 'sam-voucher-question', kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: 'answers a voucher question after the merge; restates merge and badges, nothing new happens',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-15 09:48:12', '+0000'), enc: 'utf8qp',
    text: `Hello Sam,

Recap: merged on 11 May; badges moved on 14 May; today you asked about the 50% voucher from your Contoso account.

Vouchers keep their original expiry date after a merge. Yours expires on 30 November 2026 and is listed under Benefits on ${sam.keepId}.

Daniel

${gmailEn('Fri, 15 May 2026 at 08:02', `Sam Oduya <${sam.keep}>`, 'Quick one: did the exam voucher come across too? I can\'t see the expiry.')}`,
  }),
  mk({
    slug: 'raj-escalation-outlook', kind: 'support_reply', lang: 'en', caseId: C.raj, trap: true,
    note: 'escalation to a specialist team; recap; an Outlook-quoted user message below; Japanese-speaking agent signature',
    from: SUPPORT, to: raj.keep, subject: form(C.raj),
    date: rfcDate('2026-07-09 12:40:00', '+0000'), enc: 'utf8qp',
    text: `Hi Raj,

Picking up from Tomasz: received 6 Jul, IDs on 7 Jul, confirmed 8 Jul. The Globex account is linked to a partner (APN) profile, so I have escalated the case to our partner certification team. They will take it from here; you don't need to do anything.

Kind regards,
Kenta (AWS Training and Certification)

${outlookEn(`Raj Mehta <${raj.keep}>`, 'Thursday, July 9, 2026 5:31 PM', 'aws-cs-trainingcertification-form@amazon.com', form(C.raj), 'Any news on the merge? Thanks, Raj')}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'sam-own-reply', kind: 'unrelated', lang: 'en', caseId: C.sam, trusted: false, auth: 'none', trap: true,
    note: 'the user\'s own consent reply (Bcc to himself): no news from support',
    from: `Sam Oduya <${sam.keep}>`, to: SUPPORT_ADDR(), subject: form(C.sam),
    date: rfcDate('2026-05-08 07:10:55', '-0400'), enc: 'ascii7', deliveredTo: sam.keep,
    text: `Hi Daniel,

Yes, I confirm: please merge ${sam.srcId} into ${sam.keepId}. Everything in your summary (request 4 May, IDs 5 May, Skill Builder 6 May) is correct.

Thanks,
Sam

Sent from my phone`,
  }),
  mk({
    slug: 'survey-en', kind: 'unrelated', lang: 'en', caseId: C.lena, trap: true,
    note: 'survey after the case was resolved: unrelated',
    from: 'AWS Support Feedback <aws-support-survey@amazon.com>', to: lena.keep, subject: 'Was your issue resolved? Tell us about case ' + C.lena,
    date: rfcDate('2026-07-01 15:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Your case ${C.lena} (certification account merge) was opened on 15 June and closed on 30 June.

Was your issue resolved? Answer two questions: https://survey.aws.example/s/${C.lena}

We read every response.`,
  }),
  mk({
    slug: 'skillbuilder-completed', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Skill Builder subscription notice: "received", "completed" refer to a payment, not a merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: alex.keep, subject: 'Your AWS Skill Builder subscription is active',
    date: rfcDate('2026-08-22 19:00:31', '+0000'), enc: 'utf8b64',
    text: `Hi Alex,

Order history
  22 Aug 2026  subscription request received
  22 Aug 2026  payment completed
  22 Aug 2026  Individual subscription activated

Your subscription renews monthly. Manage it from your Skill Builder account settings.

AWS Skill Builder`,
  }),
  mk({
    slug: 'credly-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'badge from HashiCorp via Credly: another issuer, unrelated',
    from: 'HashiCorp via Credly <admin@credly.com>', to: raj.keep, subject: 'HashiCorp has issued you a badge',
    date: rfcDate('2026-07-15 13:20:41', '+0000'), enc: 'utf8qp',
    text: `Hi Raj,

Badge history
  Exam passed: 13 July 2026
  Badge issued: today

HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/earner/earned/badge/6a8f2d1c-93e4-4b77-a0c2-5f1e7d3b9a86`,
  }),
  mk({
    slug: 'other-case-refund-en', kind: 'unrelated', lang: 'en', caseId: C.refundEn, trap: true,
    note: 'another case about a voucher refund, resolved; says what it is about',
    from: SUPPORT, to: maria.keep, subject: `[CASE ${C.refundEn}] [AWS Training and Certification Form Submission] - voucher-refund`,
    date: rfcDate('2026-09-25 09:30:00', '+0000'), enc: 'ascii7',
    text: `Dear Maria,

Voucher refund, case ${C.refundEn}:
  21 Sep  refund request received
  23 Sep  order checked
  25 Sep  refund completed to your card

This case is now closed. Please allow 5-10 days for the refund to appear.

AWS Training and Certification Billing`,
  }),
  mk({
    slug: 'agent-ooo', kind: 'unrelated', lang: 'en', caseId: C.alex, trap: true, extra: ['Auto-Submitted: auto-replied'],
    note: 'agent\'s out-of-office auto-reply quoting the case: unrelated',
    from: 'Grace Liu <graceliu@amazon.com>', to: alex.keep, subject: `Automatic reply: ${form(C.alex)}`,
    date: rfcDate('2026-08-26 02:00:05', '+0000'), enc: 'ascii7',
    text: `Thank you for your message about case ${C.alex}. I'm out of the office until 7 September.

Your case (received 17 Aug, merged 21 Aug, badges moved 25 Aug) is visible to the whole team; if you need help before I'm back, simply reply to the case e-mail and a colleague will pick it up.

Grace`,
  }),
  mk({
    slug: 'colleague-forward-en', kind: 'unrelated', lang: 'en', caseId: C.tom, trusted: false, auth: 'none', trap: true, forUser: false,
    rcpt: 'd.park@globex.example.com',
    note: 'a colleague forwards his own merge summary to another colleague; not to the user, not support news',
    from: 'Tom Becker <tbecker@globex.example.com>', to: 'Dana Park <d.park@globex.example.com>', subject: `FW: ${form(C.tom)}`,
    date: rfcDate('2026-07-21 16:45:10', '+0000'), enc: 'ascii7',
    text: `Dana - this is how mine went, FYI. Quick recap: form on Monday, receipt the same day, they asked for IDs, I confirmed, merged three days later, badges took another week.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, July 17, 2026 9:02 AM
To: Tom Becker <tbecker@globex.example.com>
Subject: ${form(C.tom)}

${quote('Your accounts have been merged.')}`,
  }),
];

function SUPPORT_ADDR(): string {
  return SUPPORT;
}
export const _unusedE2 = [AWS_NOTIFY, TRAINING, sfRef, paras, kenji, outlookEn];
