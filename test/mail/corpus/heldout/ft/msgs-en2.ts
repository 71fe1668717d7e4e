// English messages, part 2: merge done, badges moved, closing, other replies, surveys.
import type { Msg } from './lib.js';
import { C, CERT_PORTAL, CREDLY, CREDLY_AWS, EMILY, FEEDBACK_AWS, FORM, LUKAS, NOREPLY, OMAR, SOFIA, TC_SURVEY, d, formSubj, gmEn, htmlDoc, mk, olEn, paras, quote } from './common.js';

export const EN2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'merge-emily-howdidwedo',
    kind: 'merge_completed', lang: 'en', caseId: C.emily, trap: false,
    note: 'merge done; "how did we do" survey appended at the bottom',
    from: FORM, to: EMILY.keep,
    subject: formSubj(C.emily),
    date: d('2026-03-06 09:12:48', '-0800'), enc: 'ascii7',
    text: `Hi Emily,

Good news - your accounts have been merged. Everything from ${EMILY.srcId} now lives under ${EMILY.keepId}.
Sign in with ${EMILY.keep} to see your certifications and benefits.

Dario
AWS Training and Certification Customer Support

______________________________________
How did we do? Click a face to rate this interaction:
:)  https://pulse.aws.example/s/r?c=${C.emily}&v=3
:|  https://pulse.aws.example/s/r?c=${C.emily}&v=2
:(  https://pulse.aws.example/s/r?c=${C.emily}&v=1`,
  }),
  mk({
    slug: 'merge-omar-checklooks',
    kind: 'merge_completed', lang: 'en', caseId: C.omar, trap: false,
    note: 'completion notice that asks the customer to check all looks right',
    from: FORM, to: OMAR.keep,
    subject: formSubj(C.omar),
    date: d('2026-06-19 07:33:02', '+0000'), enc: 'utf8qp',
    text: `Hi Omar,

The certification team finished combining your profiles this morning; ${OMAR.srcId} was folded into ${OMAR.keepId}.
Could you sign in and make sure your three certifications and the exam history look right? If anything's missing,
reply here and I'll chase it.

Aisha`,
  }),
  mk({
    slug: 'merge-portal-en',
    kind: 'merge_completed', lang: 'en', caseId: null, trap: false,
    note: 'certification portal\'s own accounts-merged notice, no case ID',
    from: CERT_PORTAL, to: LUKAS.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-08-08 12:00:41', '+0000'), enc: 'ascii7',
    text: `Hello Lukas Becker,

The AWS Certification accounts below have been merged:

  Primary account:   ${LUKAS.keepId}
  Merged account:    ${LUKAS.srcId}

Certification history, exam appointments and benefits from the merged account now appear in
your primary account. The merged account can no longer be used to sign in.

AWS Certification
Please do not reply to this email.`,
  }),
  mk({
    slug: 'merge-lukas-andclose',
    kind: 'merge_completed', lang: 'en', caseId: C.lukas, trap: false,
    note: 'merge done and the case will now be closed (the new fact is the merge)',
    from: FORM, to: LUKAS.keep,
    subject: formSubj(C.lukas),
    date: d('2026-08-08 14:20:19', '+0000'), enc: 'utf8b64',
    text: `Hi Lukas,

Thanks for your approval. The merge has gone through - your voucher and both certifications are now on ${LUKAS.keepId}.
As there's nothing else outstanding, I'll close this case now. Replying will reopen it.

Priyanka`,
    html: htmlDoc(paras(`Hi Lukas,

Thanks for your approval. The merge has gone through - your voucher and both certifications are now on ${LUKAS.keepId}.
As there's nothing else outstanding, I'll close this case now. Replying will reopen it.

Priyanka`)),
  }),
  mk({
    slug: 'merge-sofia-plain',
    kind: 'merge_completed', lang: 'en', caseId: C.sofia, trap: false,
    note: 'short completion notice with the customer\'s consent quoted',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(C.sofia),
    date: d('2026-01-19 16:48:55', '+0000'), enc: 'ascii7',
    text: `Dear Sofia,

Done! The university account has been merged into ${SOFIA.keepId}.

Jonas

${gmEn('Sat, Jan 17, 2026 at 10:02 AM', `Sofia Rossi <${SOFIA.keep}>`, 'Yes, I consent. Thank you!\nSofia')}`,
  }),
  mk({
    slug: 'merge-otherperson-notforuser',
    kind: 'merge_completed', lang: 'en', caseId: '1784401239876', trap: false, forUser: false,
    note: 'merge completion addressed to a different customer',
    from: FORM, to: 'r.patel@another.example.com',
    subject: formSubj('1784401239876'),
    date: d('2026-09-02 18:30:00', '+0000'), enc: 'ascii7',
    text: `Hi Ravi,

Your two AWS Certification accounts have been merged into AWS55500112.

Kind regards,
AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-emily',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'AWS badge via Credly to the kept address',
    from: CREDLY_AWS, to: EMILY.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-03-09 20:04:17', '+0000'), enc: 'utf8qp',
    text: `Hi Emily,

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Data Engineer – Associate".

Accept your badge: https://www.credly.com/earner/earned/badge/9c4f11e2

Credly`,
    html: htmlDoc(`<p>Hi Emily,</p>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Data Engineer – Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9c4f11e2" style="background:#ff6b00;color:#fff;padding:10px 20px">Accept your badge</a></p>`),
  }),
  mk({
    slug: 'badge-omar-support-survey',
    kind: 'badges_transferred', lang: 'en', caseId: C.omar, trap: false,
    note: 'support says the badges are now on the kept account; survey link appended',
    from: FORM, to: OMAR.keep,
    subject: formSubj(C.omar),
    date: d('2026-06-24 11:05:30', '+0000'), enc: 'ascii7',
    text: `Hi Omar,

Following up on the badges: the Credly team has moved all three AWS badges to the profile tied to
${OMAR.keep}. They should show up after you sign in to Credly.

Aisha

--
Your opinion matters. Take our 2-minute survey: https://pulse.aws.example/s/agent?c=${C.omar}`,
  }),
  mk({
    slug: 'badge-lukas-and-close',
    kind: 'badges_transferred', lang: 'en', caseId: C.lukas, trap: false,
    note: 'support announces the badges moved and closes the case',
    from: FORM, to: LUKAS.keep,
    subject: formSubj(C.lukas),
    date: d('2026-08-12 08:44:12', '+0000'), enc: 'utf8qp',
    text: `Hi Lukas,

Sorry the badges didn't follow along with the merge. I've had them re-issued - both now appear on the
Credly account for ${LUKAS.keep}.

With that sorted I'm closing the case. Thanks for your patience!

Priyanka`,
  }),
  mk({
    slug: 'badge-credly-sofia-html',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'HTML-only Credly badge mail for an AWS badge',
    from: CREDLY_AWS, to: SOFIA.keep,
    subject: 'Congratulations on earning your AWS badge!',
    date: d('2026-01-22 02:15:00', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<table width="600"><tr><td>
<h2>You've earned a badge!</h2>
<p>Sofia, Amazon Web Services Training and Certification issued you <b>AWS Certified Cloud Practitioner</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0aa1c7d3">Accept your badge</a></p>
<p style="font-size:11px">Credly, Inc.</p></td></tr></table>`),
  }),
  mk({
    slug: 'badge-forged-credly-lookalike',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false, trusted: false,
    note: 'badge-moved text from a Credly look-alike domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>', to: EMILY.keep,
    subject: 'Your AWS badges have been transferred',
    date: d('2026-03-10 04:40:01', '+0000'), enc: 'ascii7',
    text: `Hi Emily,

Your AWS badges have been transferred to your new account after your certification accounts were merged.
Sign in to view them: http://credly-mail.net/signin

Credly`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-emily-rateus',
    kind: 'case_closed', lang: 'en', caseId: C.emily, trap: false,
    note: 'case resolved notice with a rating request appended',
    from: NOREPLY, to: EMILY.keep,
    subject: `Your case ${C.emily} has been resolved`,
    date: d('2026-03-13 00:00:12', '+0000'), enc: 'ascii7',
    text: `Hello Emily Chen,

We've resolved your case ${C.emily}. If you still need help, reply to reopen it within 14 days.

We'd love to hear what you thought. Rate us: https://pulse.aws.example/s/close?id=${C.emily}

Amazon Web Services`,
  }),
  mk({
    slug: 'close-omar-autoclose-warning',
    kind: 'case_closed', lang: 'en', caseId: C.omar, trap: true,
    note: 'reminder that the case will close in 3 days without a reply; the badge move is only restated',
    from: FORM, to: OMAR.keep,
    subject: formSubj(C.omar),
    date: d('2026-06-29 08:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Omar,

I haven't heard back since the badges were moved, so I'm assuming all is well.
If we don't hear from you in the next 3 days, this case will close automatically.

Aisha`,
  }),
  mk({
    slug: 'close-lukas-restates',
    kind: 'case_closed', lang: 'en', caseId: '1784470021998', trap: true,
    note: 'closing that only restates an earlier merge',
    from: FORM, to: LUKAS.keep,
    subject: formSubj('1784470021998'),
    date: d('2026-08-20 10:10:10', '+0000'), enc: 'ascii7',
    text: `Hi Lukas,

You wrote in again about your certification profile. As the merge into ${LUKAS.keepId} was
completed on August 8 (case ${C.lukas}), there's nothing further to do here, so I'm closing this one.

Regards,
Mateo`,
  }),
  mk({
    slug: 'close-sofia-yesno-appended',
    kind: 'case_closed', lang: 'en', caseId: C.sofia, trap: false,
    note: 'closing notice with a "was your issue resolved? YES/NO" line appended; the event is the closing',
    from: NOREPLY, to: SOFIA.keep,
    subject: `Case ${C.sofia} closed`,
    date: d('2026-01-27 05:00:03', '+0000'), enc: 'utf8b64',
    text: `Hello Sofia Rossi,

Case ${C.sofia} has been closed by our team.

Was your issue resolved? Reply YES or NO to this email.

Amazon Web Services`,
    html: htmlDoc(`<p>Hello Sofia Rossi,</p><p>Case <b>${C.sofia}</b> has been closed by our team.</p>
<p>Was your issue resolved? Reply <b>YES</b> or <b>NO</b> to this email.</p>`),
  }),
  mk({
    slug: 'close-sofia-dup',
    kind: 'case_closed', lang: 'en', caseId: C.sofiaDup, trap: false,
    note: 'duplicate case closed in favour of the original',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(C.sofiaDup),
    date: d('2026-01-15 12:03:45', '+0000'), enc: 'ascii7',
    text: `Hello Sofia,

This request is already being handled under case ${C.sofia}, so I'm closing ${C.sofiaDup} to avoid
working on it twice. Please keep replying on the other thread.

Mateo`,
  }),
  mk({
    slug: 'close-emily-noreply',
    kind: 'case_closed', lang: 'en', caseId: '1785130004417', trap: false,
    note: 'closed after no customer reply',
    from: FORM, to: EMILY.keep,
    subject: formSubj('1785130004417'),
    date: d('2026-10-06 16:30:00', '-0700'), enc: 'ascii7',
    text: `Hi Emily,

We didn't receive a response to our last message, so this case has now been closed.
You're welcome to open a new one whenever you're ready.

AWS Training and Certification Customer Support`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-emily-thanksconfirm',
    kind: 'support_reply', lang: 'en', caseId: C.emily, trap: true,
    note: 'thanks for confirming, passed to the merge team',
    from: FORM, to: EMILY.keep,
    subject: formSubj(C.emily),
    date: d('2026-03-05 16:40:00', '-0800'), enc: 'ascii7',
    text: `Hi Emily,

Thanks for confirming! I've passed your request to the team that carries out merges. You'll hear
from us as soon as it's done.

Dario

${gmEn('Thu, Mar 5, 2026 at 3:55 PM', `Emily Chen <${EMILY.keep}>`, 'I agree.\nEmily')}`,
  }),
  mk({
    slug: 'sr-omar-once-complete',
    kind: 'support_reply', lang: 'en', caseId: C.omar, trap: true,
    note: 'future statement: once the merge is complete you will be notified',
    from: FORM, to: OMAR.keep,
    subject: formSubj(C.omar),
    date: d('2026-06-17 18:12:36', '+0000'), enc: 'utf8qp',
    text: `Hi Omar,

Got it, thank you. Once the merge is complete you'll receive a separate notice from the certification portal,
and I'll update this case too. It usually takes one to three business days.

Aisha`,
  }),
  mk({
    slug: 'sr-lukas-unable-misaligned',
    kind: 'support_reply', lang: 'en', caseId: C.lukas, trap: true, trusted: false, auth: 'misaligned',
    note: '"we are unable to merge" (negated) and DKIM misaligned: untrusted support_reply',
    from: FORM, to: LUKAS.keep,
    subject: formSubj(C.lukas),
    date: d('2026-08-06 07:20:00', '+0000'), enc: 'ascii7',
    text: `Hi Lukas,

We are unable to merge the accounts at the moment because ${LUKAS.srcId} has an exam booked for next week.
After that exam has been taken or cancelled, we can continue.

Priyanka`,
  }),
  mk({
    slug: 'sr-sofia-ignore-survey',
    kind: 'support_reply', lang: 'en', caseId: C.sofia, trap: true,
    note: 'agent answers the customer\'s question about a survey; mentions the duplicate case was closed, this one is still open',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(C.sofia),
    date: d('2026-01-15 09:44:11', '+0000'), enc: 'ascii7',
    text: `Dear Sofia,

About the survey you mentioned: it was sent automatically for your other case (${C.sofiaDup}),
which we closed as a duplicate. Feel free to ignore it. This case is still open and I'm waiting
on the certification team to look up the university account.

Jonas

${olEn(`Sofia Rossi <${SOFIA.keep}>`, 'Thursday, January 15, 2026 9:02 AM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.sofia), 'Hi Jonas, I just got a "rate your support" email. Does that mean my request is finished? Sofia')}`,
  }),
  mk({
    slug: 'sr-emily-mergedcases',
    kind: 'support_reply', lang: 'en', caseId: C.emily, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: FORM, to: EMILY.keep,
    subject: formSubj(C.emily),
    date: d('2026-03-03 12:10:09', '-0800'), enc: 'utf8b64',
    text: `Hi Emily,

I noticed you opened two cases for the same request, so I've merged them into this one (${C.emily}).
No need to do anything; we'll continue here. Your details are still under review.

Dario`,
  }),
  mk({
    slug: 'sr-omar-lowscore-followup',
    kind: 'support_reply', lang: 'en', caseId: C.omar, trap: true,
    note: 'manager follows up a low survey score; badges have not moved yet, escalated',
    from: FORM, to: OMAR.keep,
    subject: formSubj(C.omar),
    date: d('2026-06-22 13:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Omar,

I'm Greg, a team lead in AWS Training and Certification support. I saw your survey comment that the
badges still haven't shown up after the merge, and I'm sorry about that.

The badges have not been transferred yet. I've escalated it to the Credly liaison team with a priority flag
and will personally update you on this case.

Greg`,
  }),

  // ---------------- unrelated (surveys and satisfaction mail) ----------------
  mk({
    slug: 'un-howdidwedo-emily',
    kind: 'unrelated', lang: 'en', caseId: C.emily, trap: true,
    note: '"How did we do on case ...?" CSAT survey that restates the closing',
    from: FEEDBACK_AWS, to: EMILY.keep,
    subject: `How did we do on case ${C.emily}?`,
    date: d('2026-03-14 17:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Emily,

Your support case ${C.emily} was recently closed. How satisfied were you with the support you received?

  Very satisfied       https://pulse.aws.example/s/csat/${C.emily}?r=5
  Satisfied            https://pulse.aws.example/s/csat/${C.emily}?r=4
  Neutral              https://pulse.aws.example/s/csat/${C.emily}?r=3
  Dissatisfied         https://pulse.aws.example/s/csat/${C.emily}?r=2
  Very dissatisfied    https://pulse.aws.example/s/csat/${C.emily}?r=1

Thank you for helping us improve.
AWS Support`,
  }),
  mk({
    slug: 'un-merged-tellus-omar',
    kind: 'unrelated', lang: 'en', caseId: C.omar, trap: true,
    note: '"Your accounts were merged. Tell us how we did." survey; restatement only',
    from: TC_SURVEY, to: OMAR.keep,
    subject: 'Your accounts were merged. Tell us how we did.',
    date: d('2026-06-27 15:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Omar,

Recently our team merged your AWS Certification accounts (case ${C.omar}).
We'd like to know how that went. The survey has four questions and takes about two minutes.

Start survey: https://tc-survey.aws.example/r/${C.omar}

AWS Training & Certification`,
    html: htmlDoc(`<p>Hi Omar,</p>
<p>Recently our team merged your AWS Certification accounts (case ${C.omar}).<br>
We'd like to know how that went. The survey has four questions and takes about two minutes.</p>
<p><a href="https://tc-survey.aws.example/r/${C.omar}" style="background:#232f3e;color:#fff;padding:8px 16px">Start survey</a></p>`),
  }),
  mk({
    slug: 'un-yesno-lukas',
    kind: 'unrelated', lang: 'en', caseId: C.lukas, trap: true,
    note: '"Was your issue resolved? Reply YES/NO" survey after closing',
    from: NOREPLY, to: LUKAS.keep,
    subject: `Was your issue resolved? (Case ${C.lukas})`,
    date: d('2026-08-15 09:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Lukas,

We closed case ${C.lukas} a few days ago. Was your issue resolved?

Reply YES or NO to this email. If you reply NO, an agent will get back to you.

Amazon Web Services`,
  }),
  mk({
    slug: 'un-nps-sofia-html',
    kind: 'unrelated', lang: 'en', caseId: null, trap: false,
    note: 'NPS survey, HTML only',
    from: TC_SURVEY, to: SOFIA.keep,
    subject: 'Quick question, Sofia',
    date: d('2026-02-20 18:00:00', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sofia,</p>
<p>How likely are you to recommend AWS Training and Certification to a friend or colleague?</p>
<table><tr>${Array.from({ length: 11 }, (_, i) => `<td><a href="https://tc-survey.aws.example/nps?s=${i}">${i}</a></td>`).join('')}</tr></table>
<p style="font-size:11px">0 = not at all likely, 10 = extremely likely</p>`),
  }),
  mk({
    slug: 'un-reminder-sofia-badges',
    kind: 'unrelated', lang: 'en', caseId: C.sofia, trap: true,
    note: 'feedback reminder that restates badges moved / merge done',
    from: FEEDBACK_AWS, to: SOFIA.keep,
    subject: 'Reminder: we\'d still love your feedback',
    date: d('2026-02-03 17:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Sofia,

A couple of weeks ago we merged your certification accounts and moved your badges (case ${C.sofia}).
You haven't had a chance to fill in our survey yet - it only takes a minute:

https://pulse.aws.example/s/csat/${C.sofia}

This is the last reminder we'll send.
AWS Support`,
  }),
  mk({
    slug: 'un-thanks-feedback-emily',
    kind: 'unrelated', lang: 'en', caseId: C.emily, trap: true,
    note: 'thank-you-for-your-feedback mail mentioning the merge',
    from: FEEDBACK_AWS, to: EMILY.keep,
    subject: 'Thanks for your feedback',
    date: d('2026-03-15 02:12:40', '+0000'), enc: 'utf8qp',
    text: `Hi Emily,

Thank you for rating case ${C.emily} — 5 out of 5! We're glad your account merge went smoothly.
Your comments have been shared with Dario and his manager.

AWS Support`,
  }),
  mk({
    slug: 'un-phish-50credit',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true, trusted: false, auth: 'none',
    note: 'phishing survey: "merge complete, claim $50 credit" from a look-alike domain',
    from: 'AWS Certification Rewards <survey@aws-cert-rewards.com>', to: OMAR.keep,
    subject: 'Your account merge is complete - claim your $50 credit',
    date: d('2026-06-21 03:33:33', '+0000'), enc: 'ascii7',
    text: `Dear AWS Certified Professional,

Your certification account merge is complete! As a thank-you, answer our 30-second survey and
receive a $50 AWS credit.

To receive your reward, verify your AWS login and billing details on the next page:
http://aws-cert-rewards.com/claim?u=omar.haddad

Offer expires in 24 hours.`,
  }),
  mk({
    slug: 'un-medallia-lukas',
    kind: 'unrelated', lang: 'en', caseId: C.lukas, trap: true, trusted: false,
    note: 'third-party survey vendor mail from its own domain; restates the closed case',
    from: 'AWS Training and Certification <aws@survey.medallia-mail.example>', to: LUKAS.keep,
    subject: 'Tell us about your recent support experience',
    date: d('2026-08-13 10:00:00', '+0000'), enc: 'utf8qp',
    text: `Dear Lukas,

Your case ${C.lukas} with AWS Training and Certification has been closed. Please take a few minutes to
tell us about your experience.

Begin survey › https://survey.medallia-mail.example/aws-tc?c=${C.lukas}

You are receiving this email on behalf of AWS. Privacy: https://survey.medallia-mail.example/privacy`,
  }),
  mk({
    slug: 'un-own-forward-emily',
    kind: 'unrelated', lang: 'en', caseId: C.emily, trap: true, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    note: 'the user\'s own forward of the survey to a colleague (sent copy)',
    from: `Emily Chen <${EMILY.keep}>`, to: 'jordan.lee@contoso-new.example',
    subject: `Fwd: How did we do on case ${C.emily}?`,
    date: d('2026-03-14 10:20:00', '-0700'), enc: 'ascii7',
    text: `Jordan - this is the survey I mentioned. The merge itself was done last week, took 4 days total.

---------- Forwarded message ---------
From: AWS Support Feedback <support-feedback@support.aws.com>
Date: Sat, Mar 14, 2026 at 10:00 AM
Subject: How did we do on case ${C.emily}?
To: <${EMILY.keep}>

Hi Emily,

Your support case ${C.emily} was recently closed. How satisfied were you with the support you received?`,
  }),
  mk({
    slug: 'un-exam-case-survey',
    kind: 'unrelated', lang: 'en', caseId: C.omarExam, trap: true,
    note: 'survey for the user\'s other case (exam rescheduling) that says it was resolved',
    from: FEEDBACK_AWS, to: OMAR.keep,
    subject: `Case ${C.omarExam} - Exam appointment: how did we do?`,
    date: d('2026-05-30 16:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Omar,

Your case ${C.omarExam} about rescheduling your exam appointment was resolved.
Please rate your support experience: https://pulse.aws.example/s/csat/${C.omarExam}

AWS Support`,
  }),
  mk({
    slug: 'un-credly-survey-msbadge',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly experience survey about accepting a Microsoft badge',
    from: CREDLY, to: SOFIA.keep,
    subject: 'How was accepting your badge?',
    date: d('2026-04-11 14:00:00', '+0000'), enc: 'utf8b64',
    text: `Hi Sofia,

You recently accepted "Microsoft Certified: Azure Fundamentals" on Credly. How easy was it?

Very easy · Easy · Neutral · Difficult · Very difficult
https://www.credly.com/survey/ces?b=msft-az900

Thanks,
The Credly Team`,
    html: htmlDoc(`<p>Hi Sofia,</p><p>You recently accepted <b>Microsoft Certified: Azure Fundamentals</b> on Credly. How easy was it?</p>
<p><a href="https://www.credly.com/survey/ces?b=msft-az900&amp;v=5">Very easy</a> · Easy · Neutral · Difficult · <a href="https://www.credly.com/survey/ces?b=msft-az900&amp;v=1">Very difficult</a></p>`),
  }),
  mk({
    slug: 'un-skillbuilder-course',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'course-completion feedback request from Skill Builder ("completed" is not a merge)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: LUKAS.keep,
    subject: 'You completed "Exam Prep: AWS Certified Solutions Architect - Associate" - rate the course',
    date: d('2026-07-01 12:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Lukas,

Congratulations, you completed Exam Prep: AWS Certified Solutions Architect - Associate.
How would you rate this course? 1-5 stars: https://skillbuilder.aws.example/rate/5521

AWS Skill Builder`,
  }),
  mk({
    slug: 'un-forged-amazon-survey',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true, trusted: false, auth: 'failThenForged',
    note: 'survey claiming to be from amazon.com; fail verdict on top, planted pass lower: untrusted',
    from: 'Amazon Web Services <aws-survey@amazon.com>', to: EMILY.keep,
    subject: 'Your certification accounts have been merged - quick survey',
    date: d('2026-03-16 22:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

Your certification accounts have been merged. Please confirm your identity and rate our service:
http://amazon-cert-feedback.example.net/survey

Amazon Web Services`,
  }),
];

void quote;
