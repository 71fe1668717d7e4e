// Set x, English messages.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DEVON, DEVON_REQ, INES, INES_REQ, MARCUS, RAFAEL, RAFAEL_REQ, SUPPORT, SUPPORT_ADDR, YUI,
  fwdEn, gmailEn, htmlDoc, msg, origMsg, outlookEn, paras, sfEn, sfRef, subj, to,
} from './common.js';

const credlyEn = (first: string, badge: string): string => `Hi ${first},

Amazon Web Services Training and Certification has issued you a new badge: ${badge}.

Accept your badge to add it to your Credly profile and share it with your network.

[Accept your badge]

This badge was issued to the email address on file with the issuer.
Credly, Inc. | 13 E. 37th Street, New York, NY`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  msg({
    slug: 'en-ack-devon', kind: 'acknowledgement', lang: 'en', caseId: CASE.devon,
    note: 'automatic receipt of the new case',
    from: AWS_NOTIFY, to: to(DEVON.name, DEVON.keep), when: '2026-01-12 16:04:51', enc: 'ascii7',
    subject: `[CASE ${CASE.devon}] We have your request - AWS Training and Certification`,
    text: `Hello Devon Achterberg,

Your request is logged as case ${CASE.devon}. Someone from the AWS Training and Certification team normally writes back within one business day.

Subject: merge certification accounts
Category: Account assistance

Please do not open another case for the same question; add to this one by replying to this email.

Amazon Web Services
This mailbox is not monitored.`,
  }),
  msg({
    slug: 'en-ack-ines-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.ines,
    note: 'multipart receipt of the case',
    from: AWS_NOTIFY, to: to(INES.name, INES.keep), when: '2026-01-20 09:11:37', enc: 'utf8qp',
    subject: `Case ${CASE.ines}: received`,
    text: `Hi Ines,

Thanks for contacting AWS Training and Certification. This note confirms that case ${CASE.ines} was created from your web form submission.

What you told us:
${INES_REQ}

Expect a reply from an agent soon. Replies to this message are added to the case.
Amazon Web Services`,
    html: htmlDoc(`<p>Hi Ines,</p>
<p>Thanks for contacting AWS Training and Certification. This note confirms that case <strong>${CASE.ines}</strong> was created from your web form submission.</p>
<p><em>What you told us:</em></p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">${paras(INES_REQ)}</blockquote>
<p>Expect a reply from an agent soon. Replies to this message are added to the case.<br>Amazon Web Services</p>`),
  }),
  msg({
    slug: 'en-ack-rafael-second', kind: 'acknowledgement', lang: 'en', caseId: CASE.rafael2,
    note: 'receipt of a second case opened after the first merge',
    from: AWS_NOTIFY, to: to(RAFAEL.name, RAFAEL.keep), when: '2026-03-30 07:45:02', enc: 'ascii7',
    subject: `AWS Support: case ${CASE.rafael2} opened`,
    text: `Case ID ........ ${CASE.rafael2}
Opened ......... 2026-03-30 07:44 UTC
Queue .......... AWS Training and Certification
Status ......... Unassigned

Reply to this email to add information. Opening additional cases about the same issue slows things down.`,
  }),
  msg({
    slug: 'en-ack-rafael-htmlonly', kind: 'acknowledgement', lang: 'en', caseId: CASE.rafael,
    note: 'HTML-only receipt from AWS Support',
    from: AWS_NOTIFY, to: RAFAEL.keep, when: '2026-02-02 13:20:19', enc: 'utf8b64',
    subject: `Thanks for reaching out (case ${CASE.rafael})`,
    html: htmlDoc(`<div style="max-width:560px">
<p>Hello,</p>
<p>We've received your message and opened case <b>${CASE.rafael}</b> for you. An agent from the AWS Training and Certification team will pick it up shortly.</p>
<p>You can track the case and reply from the Support Center, or just reply to this email.</p>
<p>&mdash; Amazon Web Services</p>
</div>`),
  }),
  msg({
    slug: 'en-ack-forged-none', kind: 'acknowledgement', lang: 'en', caseId: CASE.fake2, trusted: false, auth: 'none',
    note: 'receipt look-alike from amazon-support-center.com with no authentication at all',
    from: 'AWS Support <no-reply-aws@amazon-support-center.com>', to: INES.keep, when: '2026-01-21 03:30:11', enc: 'ascii7',
    subject: `Case ${CASE.fake2} created - action needed`,
    text: `Dear customer,

Your account merge case ${CASE.fake2} has been created. To keep it open, verify your identity within 24 hours:
http://amazon-support-center.com/verify

AWS Support`,
  }),
  msg({
    slug: 'en-ack-devon-badges-case', kind: 'acknowledgement', lang: 'en', caseId: CASE.devon2,
    note: 'receipt of a new case about badges after the merge; "this confirms" is the receipt\'s own wording',
    from: AWS_NOTIFY, to: to(DEVON.name, DEVON.keep), when: '2026-02-16 20:18:44', enc: 'utf8qp',
    subject: `Re: badges missing after merge - case ${CASE.devon2}`,
    text: `This confirms we have your new request (case ${CASE.devon2}).

Your description: "Accounts were merged in January but my Credly badges are still on the old profile."

We will get back to you by email. If your earlier case is still open, you can simply reply there instead.

Amazon Web Services`,
  }),

  // ---------------- ai_answer (5) ----------------
  msg({
    slug: 'en-ai-selfservice', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI suggestion to use the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: DEVON.keep, when: '2026-01-12 16:01:09', enc: 'ascii7',
    subject: 'Your AI-generated answer from AWS Support',
    text: `Here is the answer our AI assistant generated for your question.

You may be able to do this yourself: sign in to your AWS Certification account, open Profile, choose Merge Accounts and enter the email address of the other account. A verification code is sent to that address.
If the tool tells you the accounts cannot be merged (for example because both have exam history), choose Create case and an agent will help.

Generated by AI. Check important information.`,
  }),
  msg({
    slug: 'en-ai-after-merge-explainer', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer explaining what happens after a merge (certs, vouchers, badges): still ai_answer',
    from: AWS_NOTIFY, to: DEVON.keep, when: '2026-02-16 20:14:30', enc: 'utf8qp',
    subject: 'Suggested answer: badges after an account merge',
    text: `Suggested answer (automated)

- After two certification accounts are combined, the certifications and unused benefits appear on the account you kept.
- Credly badges don't always follow. Sign in to Credly with the kept email address; if the badges are still on the old email, add that email to your Credly profile so they land in one place.
- Vouchers that were already used or expired are not carried over.

Still stuck? Choose "Create case" below.
This response was generated automatically and may be inaccurate.`,
  }),
  msg({
    slug: 'en-ai-htmlonly-no-case', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'HTML-only generated answer that reminds no case exists yet',
    from: AWS_NOTIFY, to: RAFAEL.keep, when: '2026-02-02 13:16:55', enc: 'utf8b64',
    subject: 'Answer generated for your question',
    html: htmlDoc(`<p><strong>AI-generated response</strong></p>
<p>To move certifications from one profile to another, try the Merge Accounts option in the certification portal first. Note that your support case has <u>not</u> been created yet &mdash; if the tool doesn't work for you, go back and select <em>Create case</em>.</p>
<p style="color:#888;font-size:11px">Responses are produced by generative AI.</p>`),
  }),
  msg({
    slug: 'en-ai-forged-lookalike-server', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'AI-style answer; topmost A-R is from mx.test.example.mailhub-relay.net, not the receiving server',
    from: AWS_NOTIFY, to: INES.keep, when: '2026-01-20 09:05:44', enc: 'ascii7',
    subject: 'AI assistant: merge your accounts now',
    text: `Our assistant found a faster way: enter both account passwords on the page below and the merge happens instantly.
http://merge-now.example.net/aws

Generated by AI.`,
  }),
  msg({
    slug: 'en-ai-reopen-badges', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated reply to a follow-up about missing badges; claims nothing moved',
    from: AWS_NOTIFY, to: RAFAEL.keep, when: '2026-03-30 07:41:13', enc: 'ascii7',
    subject: 'Automated answer: badges not showing',
    text: `Based on what you typed ("badges not showing after merged accounts"), this might help:

AWS issues badges through Credly. If your certification accounts were merged recently, claim the badge from the Credly email sent to your kept address, or sign in to Credly and check "Pending badges".

Did this answer your question? If not, continue to create a case.
(automated, AI-assisted)`,
  }),

  // ---------------- info_request (8) ----------------
  msg({
    slug: 'en-info-handover-ids', kind: 'info_request', lang: 'en', caseId: CASE.devon,
    note: 'new agent picks up the case and asks for IDs and emails of both accounts',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-13 18:22:40', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon,

I'm Marisol and I'll be looking after this case from here on (my colleague who triaged it has moved to another queue).

To line things up on our side, could you send over:
- the candidate ID and sign-in email for each profile
- which of the two you'd like to end up with

The IDs in the form didn't match the email addresses we found, hence the double-check.

Best,
Marisol R.
AWS Training and Certification Customer Service
${sfRef('Dv81x')}

${sfEn(DEVON.keep, '1/12/2026 4:03 PM', SUPPORT_ADDR, 'merge certification accounts', DEVON_REQ)}`,
  }),
  msg({
    slug: 'en-info-decision-exams', kind: 'info_request', lang: 'en', caseId: CASE.ines,
    note: 'escalated back for a decision: an exam booking on the source account must be kept or cancelled',
    from: SUPPORT, to: INES.keep, when: '2026-01-22 14:02:18', enc: 'utf8qp',
    subject: subj(CASE.ines),
    text: `Hello Ines,

Our merge team came back with a question only you can answer. The Tidewater account (${INES.srcId}) has a Security - Specialty exam booked for 14 February. A profile with an upcoming appointment can't be folded into another one.

Would you rather we (a) wait until after the exam, or (b) you cancel the booking so we can go ahead now? Just let us know which.

Kind regards,
Tobias
AWS T&C Support`,
  }),
  msg({
    slug: 'en-info-confirm-email', kind: 'info_request', lang: 'en', caseId: CASE.rafael, trap: true,
    note: '"please confirm the email address you keep" asks for information, not consent',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-03 10:50:27', enc: 'ascii7',
    subject: subj(CASE.rafael),
    text: `Hej Rafael,

Thanks for the details. Before we go further, please confirm which email address you'll be signing in with once everything is on one profile - the form lists rafa.lindqvist@example.se, but the certification record shows a slightly different spelling.

Regards,
Nkem
AWS Training and Certification

${gmailEn('Mon, Feb 2, 2026 at 2:19 PM', RAFAEL.name, RAFAEL.keep, RAFAEL_REQ)}`,
  }),
  msg({
    slug: 'en-info-nudge-no-close', kind: 'info_request', lang: 'en', caseId: CASE.devon,
    note: 'reminder ("haven\'t heard back") that repeats the data request without any closure threat',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-16 17:35:09', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon, just circling back on my note from Tuesday - still missing the candiate ID for the Lumenfield profile. Once that's in, I can get the ball rolling.

Marisol`,
  }),
  msg({
    slug: 'en-info-merge-failed-name', kind: 'info_request', lang: 'en', caseId: CASE.rafael, trap: true,
    note: 'merge attempt bounced on a name mismatch; asks for the legal name on each profile',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-09 11:14:46', enc: 'utf8b64',
    subject: subj(CASE.rafael),
    text: `Hi Rafael,

We tried to run the merge this morning but it was rejected: the first/last names on the two profiles don't match (one reads "Rafael Lindqvist", the other "Rafa Lindquist").

Could you tell us the exact name as it appears on your government ID? We'll correct the profile and try again.

Apologies for the extra step,
Nkem`,
  }),
  msg({
    slug: 'en-info-third-profile', kind: 'info_request', lang: 'en', caseId: CASE.rafael2,
    note: 'second request after a merge: which of the three profiles should survive',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-03-31 09:27:03', enc: 'ascii7',
    subject: subj(CASE.rafael2),
    text: `Hi Rafael,

Your February merge (case ${CASE.rafael}) went into ${RAFAEL.keepId}. You mention a further profile now; we can see ${RAFAEL.thirdId} registered to a Norrbyte address.
Is that the one you mean, and should it also go into ${RAFAEL.keepId}? A one-line answer is fine.

Signe
AWS Training and Certification`,
  }),
  msg({
    slug: 'en-info-forged-freemail', kind: 'info_request', lang: 'en', caseId: CASE.fake3, trusted: false,
    note: 'trusted display name on a free-mail address (gmail.com) asking for data: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.team@gmail.com>', to: DEVON.keep, when: '2026-01-14 22:10:00', enc: 'ascii7',
    subject: `RE:[CASE ${CASE.fake3}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `Dear Candidate,

To complete your merge please reply with your AWS Certification password for both accounts and a photo of your ID.

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-info-partial-clf-resent', kind: 'info_request', lang: 'en', caseId: CASE.ines, trap: true, forUser: false,
    resent: { from: INES.src, to: 'helpdesk@tidewater-labs.example', date: 'Tue, 27 Jan 2026 08:03:11 +0000' },
    note: 'partial move plus a data request; redirected to the old employer\'s helpdesk (Resent-*): not for the user',
    from: SUPPORT, to: INES.src, when: '2026-01-26 16:44:39', enc: 'ascii7',
    subject: subj(CASE.ines),
    text: `Hello Ines,

Quick update: your Solutions Architect - Associate is now showing under ${INES.keepId}. The Cloud Practitioner result didn't come across - we can't find it on either profile.

Can you send the exam date and the registration number from your score report? Then we'll chase it.

Tobias`,
  }),

  // ---------------- confirmation_request (6) ----------------
  msg({
    slug: 'en-confirm-yes-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.devon,
    note: 'asks the customer to reply "yes, proceed"; irreversible',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-19 10:05:21', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon,

Thanks - found both. Here's the plan:

  ${DEVON.srcId} (${DEVON.src})  -->  ${DEVON.keepId} (${DEVON.keep})

${DEVON.srcId} will be retired afterwards and there's no way back. If that all looks right, reply "yes, proceed" and I'll submit it.

Marisol`,
  }),
  msg({
    slug: 'en-confirm-nudge', kind: 'confirmation_request', lang: 'en', caseId: CASE.ines,
    note: 'nudge: still waiting on consent before the merge can start; no closure threatened',
    from: SUPPORT, to: INES.keep, when: '2026-01-24 12:00:31', enc: 'utf8qp',
    subject: subj(CASE.ines),
    text: `> Tobias, I've cancelled the February exam booking on the Tidewater account.
> Ines

Hello Ines,

Thanks for cancelling the February booking. The only thing holding us up now is your go-ahead: we'll move everything from ${INES.srcId} into ${INES.keepId}, and that step is permanent.

Drop us a quick "agreed" and we're off.

Tobias`,
  }),
  msg({
    slug: 'en-confirm-redo', kind: 'confirmation_request', lang: 'en', caseId: CASE.devon,
    note: 'after a failed run, support asks the customer to confirm again before redoing it',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-23 15:40:02', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon,

Engineering rolled back yesterday's attempt, so both profiles are exactly as they were. Since we have to start over, policy says I need a fresh OK from you on the same plan (${DEVON.srcId} into ${DEVON.keepId}; not reversible).

Reply with "confirmed" whenever you're ready.

Marisol

${outlookEn('AWS Training and Certification', 'Thursday, January 22, 2026 6:11 PM', DEVON.keep, subj(CASE.devon), 'Hi Devon,\n\nThe merge job errored out partway. I have escalated to engineering.\n\nMarisol')}`,
  }),
  msg({
    slug: 'en-confirm-handover-mixed', kind: 'confirmation_request', lang: 'en', caseId: CASE.rafael,
    note: 'colleague takes over and asks for the consent the previous agent was waiting on',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-05 08:31:15', enc: 'utf8qp',
    subject: subj(CASE.rafael),
    text: `Hi Rafael,

Signe here - Nkem is out this week, so I've taken your case. Everything's ready on our end, we just never got your approval.

To be explicit: ${RAFAEL.srcId} goes into ${RAFAEL.keepId}, and ${RAFAEL.srcId} stops existing. OK to go? (This one can't be undone.)

Tack,
Signe`,
  }),
  msg({
    slug: 'en-confirm-forged-typo-domain', kind: 'confirmation_request', lang: 'en', caseId: CASE.ines, trusted: false,
    note: 'consent request from amazom.com (typo domain) that passes its own DMARC: untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazom.com>', to: INES.keep, when: '2026-01-24 02:48:51', enc: 'ascii7',
    subject: subj(CASE.ines),
    text: `Hello,

Please confirm the merge by signing in here: http://amazom.com/confirm-merge
Unconfirmed requests expire in 12 hours.

AWS`,
  }),
  msg({
    slug: 'en-confirm-html-alt', kind: 'confirmation_request', lang: 'en', caseId: CASE.rafael2,
    note: 'multipart consent request for folding the third profile in',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-04-01 13:09:58', enc: 'utf8qp',
    subject: subj(CASE.rafael2),
    text: `Hi Rafael,

Understood. Proposed change:
  keep:   ${RAFAEL.keepId}
  absorb: ${RAFAEL.thirdId}

Permanent once done. Give us a thumbs-up by reply and we'll schedule it.

Signe`,
    html: htmlDoc(`<p>Hi Rafael,</p>
<p>Understood. Proposed change:</p>
<ul><li>keep: <code>${RAFAEL.keepId}</code></li><li>absorb: <code>${RAFAEL.thirdId}</code></li></ul>
<p>Permanent once done. Give us a thumbs-up by reply and we'll schedule it.</p>
<p>Signe</p>`),
  }),

  // ---------------- merge_completed (7) ----------------
  msg({
    slug: 'en-merged-devon-allset', kind: 'merge_completed', lang: 'en', caseId: CASE.devon,
    note: 'merge done in casual wording: records of the old ID now live under the kept ID',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-27 09:12:33', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon,

Second time lucky - you're all set. Everything that was on ${DEVON.srcId} (two certs, exam history, the 50% benefit) now lives under ${DEVON.keepId}. Sign in with ${DEVON.keep} from now on.

Marisol

${gmailEn('Fri, Jan 23, 2026 at 7:58 PM', DEVON.name, DEVON.keep, 'confirmed\n\nDevon')}`,
  }),
  msg({
    slug: 'en-merged-ines-rerun', kind: 'merge_completed', lang: 'en', caseId: CASE.ines, trap: true,
    note: 'merge re-run after the partial move: now fully done; also says the case will be closed',
    from: SUPPORT, to: INES.keep, when: '2026-01-30 15:27:45', enc: 'utf8b64',
    subject: subj(CASE.ines),
    text: `Hello Ines,

Good news: we re-ran the job with the Cloud Practitioner record you sent, and the merge is now complete - every certification and the full exam history sit on ${INES.keepId}.

As there's nothing left to do, I'll set this case to resolved.

Tobias`,
  }),
  msg({
    slug: 'en-merged-rafael-correction', kind: 'merge_completed', lang: 'en', caseId: CASE.rafael,
    note: 'corrects an earlier "it failed" note: the merge in fact went through',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-11 10:02:09', enc: 'ascii7',
    subject: subj(CASE.rafael),
    text: `Hi Rafael,

Please disregard Monday's note saying the merge hadn't gone through - that was based on a stale report. Looking at the profile now, ${RAFAEL.srcId} has been merged into ${RAFAEL.keepId} and your certifications are all on the one account.

Sorry for the confusion,
Nkem`,
  }),
  msg({
    slug: 'en-merged-certmetrics-portal', kind: 'merge_completed', lang: 'en', caseId: null, trusted: false,
    note: 'portal merge notice from a CertMetrics sender: genuine kind, but the domain is not a trusted one',
    from: 'AWS Certification <noreply@certmetrics.com>', to: DEVON.keep, when: '2026-01-27 08:40:17', enc: 'ascii7',
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello Devon,

This message confirms that the AWS Certification account ${DEVON.srcId} has been merged into your account ${DEVON.keepId}.
Your certifications, exam history and benefits are now available in one place.

If you did not expect this change, contact AWS Training and Certification support.

AWS Certification`,
  }),
  msg({
    slug: 'en-merged-portal-trusted', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'portal notice from an aws.training subdomain, no case ID',
    from: 'AWS Certification <notifications@certification.aws.training>', to: INES.keep, when: '2026-01-30 14:58:03', enc: 'utf8qp',
    subject: 'Account merge complete',
    text: `Hi Ines,

The merge you requested is finished. Records from ${INES.srcId} were added to ${INES.keepId}.
Please sign in and make sure everything looks right.

AWS Certification`,
  }),
  msg({
    slug: 'en-merged-third-profile', kind: 'merge_completed', lang: 'en', caseId: CASE.rafael2,
    note: 'the third profile has been absorbed; voucher display lag mentioned',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-04-03 16:21:40', enc: 'ascii7',
    subject: subj(CASE.rafael2),
    text: `Hi Rafael,

Done: ${RAFAEL.thirdId} has been absorbed into ${RAFAEL.keepId}. The exam voucher from that profile can take a day or two to show under Benefits - nothing to worry about if it isn't there yet.

Signe`,
  }),
  msg({
    slug: 'en-merged-other-person', kind: 'merge_completed', lang: 'en', caseId: '1792006634', forUser: false,
    note: 'a completion addressed to another person (To and Delivered-To hers), not the user',
    from: SUPPORT, to: YUI, when: '2026-02-19 11:45:00', enc: 'ascii7',
    subject: subj('1792006634'),
    text: `Hello Yui,

Your two certification profiles have now been combined into one. Please sign in with ${YUI}.

Kwame
AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (6) ----------------
  msg({
    slug: 'en-badge-credly-devon', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: DEVON.keep, when: '2026-02-23 14:02:11', enc: 'ascii7',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    text: credlyEn('Devon', 'AWS Certified SysOps Administrator - Associate'),
  }),
  msg({
    slug: 'en-badge-remaining-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.devon2,
    note: 'the last badge that had stayed behind has now moved; all on the kept profile',
    from: SUPPORT, to: DEVON.keep, when: '2026-02-23 13:40:09', enc: 'ascii7',
    subject: subj(CASE.devon2),
    text: `Hi Devon,

Credly finished the last one: your SysOps badge has come across as well, so all three now sit on the profile tied to ${DEVON.keep}. You may get a fresh "new badge" email for it - that's expected.

Kwame`,
  }),
  msg({
    slug: 'en-badge-relinked-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.ines,
    note: 'support relinked the badges and closes the case',
    from: SUPPORT, to: INES.keep, when: '2026-02-04 10:18:22', enc: 'utf8qp',
    subject: subj(CASE.ines),
    text: `Hello Ines,

Following your note that the badges were still on your Tidewater Credly profile: we've had them re-pointed to the Credly account under ${INES.keep}. Both are visible there now.

With that, I'm closing the case. Reply if anything looks off.

Tobias

${origMsg(`${INES.name} <${INES.keep}>`, 'Monday, February 2, 2026 21:13', subj(CASE.ines), 'Hi Tobias, merge looks great, but Credly still shows my two AWS badges on the old work email. Can you help? Ines')}`,
  }),
  msg({
    slug: 'en-badge-credly-alt', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'multipart Credly mail for an AWS badge, to the kept address',
    from: CREDLY_AWS, to: RAFAEL.keep, when: '2026-02-13 18:30:50', enc: 'utf8qp',
    subject: 'Accept your AWS Certified Solutions Architect – Professional badge',
    text: credlyEn('Rafael', 'AWS Certified Solutions Architect – Professional'),
    html: htmlDoc(`<table width="600" align="center" style="border:1px solid #eee"><tr><td style="padding:24px">
<p>Hi Rafael,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect – Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p></td></tr></table>`),
  }),
  msg({
    slug: 'en-badge-forged-misaligned', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false, auth: 'misaligned',
    note: 'Credly badge mail whose DKIM is a bulk sender\'s and DMARC fails: untrusted',
    from: CREDLY_AWS, to: INES.keep, when: '2026-02-05 05:05:05', enc: 'ascii7',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    text: credlyEn('Ines', 'AWS Certified Security - Specialty'),
  }),
  msg({
    slug: 'en-badge-after-correction', kind: 'badges_transferred', lang: 'en', caseId: CASE.rafael,
    note: 'after the earlier mix-up, support reports the badges now sit on the kept account',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-13 18:05:31', enc: 'ascii7',
    subject: subj(CASE.rafael),
    text: `Hi Rafael,

One more follow-up after the muddle earlier this week: the Credly side has caught up. Your Professional and Associate badges are now attached to ${RAFAEL.keep} on Credly.

Nkem`,
  }),

  // ---------------- case_closed (7) ----------------
  msg({
    slug: 'en-closed-72h', kind: 'case_closed', lang: 'en', caseId: CASE.devon2,
    note: '"we have not heard from you": case closes automatically in 72 hours',
    from: SUPPORT, to: DEVON.keep, when: '2026-02-27 09:00:00', enc: 'ascii7',
    subject: subj(CASE.devon2),
    text: `Hi Devon,

We haven't heard from you since our last update. If we don't get a reply within 72 hours, this case will be closed automatically. Replying later will reopen it.

AWS Training and Certification`,
  }),
  msg({
    slug: 'en-closed-notify-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.rafael,
    note: 'AWS Support notification that the case is resolved',
    from: AWS_NOTIFY, to: to(RAFAEL.name, RAFAEL.keep), when: '2026-02-20 00:05:12', enc: 'ascii7',
    subject: `Case ${CASE.rafael} has been resolved`,
    text: `Hello,

The status of case ${CASE.rafael} changed to Resolved.
If you need more help with this issue, reopen the case from the Support Center or reply to this email.

Amazon Web Services`,
  }),
  msg({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.devon, trap: true,
    note: 'closing that only restates the January merge',
    from: SUPPORT, to: DEVON.keep, when: '2026-02-09 16:12:48', enc: 'utf8b64',
    subject: subj(CASE.devon),
    text: `Hi Devon,

Since the merge we completed on 27 January, the voucher question has been answered too, so I'm marking this one resolved. Thanks for bearing with us through the retry.

Marisol`,
  }),
  msg({
    slug: 'en-closed-dup-merged', kind: 'case_closed', lang: 'en', caseId: CASE.devon2dup, trap: true,
    note: 'support merged the customer\'s duplicate cases (not accounts); this duplicate is closed',
    from: SUPPORT, to: DEVON.keep, when: '2026-02-17 08:30:25', enc: 'ascii7',
    subject: subj(CASE.devon2dup),
    text: `Hello Devon,

You reached out twice about the badges, so I've merged this case into ${CASE.devon2}, where we'll carry on. This one is now closed - no action needed from you.

Kwame`,
  }),
  msg({
    slug: 'en-closed-already-merged', kind: 'case_closed', lang: 'en', caseId: CASE.rafael2, trap: true,
    note: 'second-request case closed because the account in question was merged earlier (restated)',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-04-06 09:14:04', enc: 'ascii7',
    subject: subj(CASE.rafael2),
    text: `Hi Rafael,

Your other message asked about ${RAFAEL.srcId} again; that profile was merged back in February and the third one last week, so there's nothing outstanding. Closing the case now.

Signe`,
  }),
  msg({
    slug: 'en-closed-forged-otheronly', kind: 'case_closed', lang: 'en', caseId: CASE.ines, trusted: false, auth: 'otherOnly',
    note: 'closing notice whose only passing A-R comes from another server (mx.google.com) below the receiving one',
    from: SUPPORT, to: INES.keep, when: '2026-02-06 06:20:44', enc: 'ascii7',
    subject: subj(CASE.ines),
    text: `Hello,

This case will be closed in 24 hours. To keep it open, confirm your details at http://case-keep-open.example.net

AWS`,
  }),
  msg({
    slug: 'en-closed-final-reminder', kind: 'case_closed', lang: 'en', caseId: CASE.rafael2,
    note: 'final reminder: closing today without a reply',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-04-02 17:00:00', enc: 'utf8qp',
    subject: `Final reminder - ${subj(CASE.rafael2)}`,
    text: `Hi Rafael,

Last reminder from us: we still need your thumbs-up on the proposed change. Without a reply by end of day, this case will close automatically.

AWS Training and Certification`,
  }),

  // ---------------- support_reply (10) ----------------
  msg({
    slug: 'en-reply-reopened', kind: 'support_reply', lang: 'en', caseId: CASE.devon, trap: true,
    note: 'automatic "your case has been reopened" notice: status, not a new receipt',
    from: AWS_NOTIFY, to: to(DEVON.name, DEVON.keep), when: '2026-02-02 12:01:55', enc: 'ascii7',
    subject: `Case ${CASE.devon} reopened`,
    text: `Hello,

Your reply has reopened case ${CASE.devon}. The agent will review your message; you don't need to open a new case.

Amazon Web Services`,
  }),
  msg({
    slug: 'en-reply-partial-merge', kind: 'support_reply', lang: 'en', caseId: CASE.ines, trap: true,
    note: 'partial: one certification moved, the other not yet; work continues',
    from: SUPPORT, to: INES.keep, when: '2026-01-26 16:30:02', enc: 'utf8qp',
    subject: subj(CASE.ines),
    text: `Hello Ines,

Halfway there. Your Solutions Architect - Associate has moved across to ${INES.keepId}; Security - Specialty is still sitting on ${INES.srcId}. The team is working through it and I'll update you as soon as it's finished.

Tobias`,
  }),
  msg({
    slug: 'en-reply-sent-in-error', kind: 'support_reply', lang: 'en', caseId: CASE.rafael, trap: true,
    note: '"our previous message was sent in error": no merge has happened yet',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-06 15:52:10', enc: 'ascii7',
    subject: subj(CASE.rafael),
    text: `Hi Rafael,

Our previous message was sent in error - it was a template meant for a different customer. Your accounts have NOT been merged yet; we're waiting on the engineering queue. I'll write again once there is real news.

Apologies,
Signe`,
  }),
  msg({
    slug: 'en-reply-merge-failed', kind: 'support_reply', lang: 'en', caseId: CASE.devon, trap: true,
    note: 'merge job errored out and was escalated; nothing asked',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-22 18:11:40', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon,

Bad news, I'm afraid: the merge job errored out partway through and didn't complete. I've escalated it to engineering with high priority. Nothing for you to do right now.

Marisol`,
  }),
  msg({
    slug: 'en-reply-handover', kind: 'support_reply', lang: 'en', caseId: CASE.rafael,
    note: 'agent announces a handover to a colleague',
    from: SUPPORT, to: RAFAEL.keep, when: '2026-02-04 17:55:00', enc: 'utf8b64',
    subject: subj(CASE.rafael),
    text: `Hi Rafael,

Heads-up that I'm away from tomorrow until the 12th. My colleage Signe has the full history and will take it from here - no need to repeat anything.

Nkem`,
  }),
  msg({
    slug: 'en-reply-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: CASE.devon, trap: true,
    note: 'thanks for confirming, passed to the merge team; completion only promised',
    from: SUPPORT, to: DEVON.keep, when: '2026-01-20 08:44:19', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Thanks, Devon - got your go-ahead and have handed it to the merge team. They usually finish within 3 to 5 business days; once it's merged I'll let you know.

Marisol

> yes, proceed
>
> Devon`,
  }),
  msg({
    slug: 'en-reply-voucher-missing', kind: 'support_reply', lang: 'en', caseId: CASE.devon, trap: true,
    note: 'voucher did not follow the merge; investigation under way',
    from: SUPPORT, to: DEVON.keep, when: '2026-02-03 10:26:31', enc: 'ascii7',
    subject: subj(CASE.devon),
    text: `Hi Devon,

Thanks for reopening. You're right: the merge itself is fine, but the 50% voucher from the Lumenfield profile didn't come with it. Benefits live in a separate system, so I've raised it with that team and will report back.

Marisol`,
  }),
  msg({
    slug: 'en-reply-badges-partial', kind: 'support_reply', lang: 'en', caseId: CASE.devon2, trap: true,
    note: 'two of three badges moved; the last one is pending with Credly',
    from: SUPPORT, to: DEVON.keep, when: '2026-02-19 15:03:27', enc: 'utf8qp',
    subject: subj(CASE.devon2),
    text: `Hi Devon,

Partial progress: the Cloud Practitioner and Developer badges now show on your personal Credly profile. SysOps is still on the old one – Credly have it in their queue. I'll ping you when it lands.

Kwame`,
  }),
  msg({
    slug: 'en-reply-write-from-keep', kind: 'support_reply', lang: 'en', caseId: CASE.rafael2,
    note: '"write to us from the address you keep", no data asked',
    from: SUPPORT, to: RAFAEL.src, cc: RAFAEL.keep, when: '2026-03-30 15:10:45', enc: 'ascii7',
    subject: subj(CASE.rafael2),
    text: `Hi Rafael,

Small housekeeping point: this reply came from your Norrbyte address. For security, please send future messages on this case from the address you're keeping (${RAFAEL.keep}).

Signe`,
  }),
  msg({
    slug: 'en-reply-outlook-status', kind: 'support_reply', lang: 'en', caseId: CASE.ines,
    note: 'status update on top of an Outlook-quoted thread; no event, no question',
    from: SUPPORT, to: INES.keep, when: '2026-01-28 11:31:58', enc: 'ascii7',
    subject: subj(CASE.ines),
    text: `Hi Ines,

Got the registration number, thank you. It's with the records team now; typical turnaround is a couple of business days.

Tobias

${outlookEn(`${INES.name} <${INES.keep}>`, 'Tuesday, January 27, 2026 7:58 PM', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', subj(CASE.ines), 'Hi Tobias,\nCloud Practitioner: taken 3 June 2024, registration no. 0611-4829.\nThanks, Ines')}`,
  }),

  // ---------------- unrelated (7) ----------------
  msg({
    slug: 'en-unrel-own-reply', kind: 'unrelated', lang: 'en', caseId: CASE.rafael, trusted: false, forUser: false, trap: true, auth: 'none',
    note: 'the user\'s own approval reply (copy from Sent), addressed only to support',
    from: to(RAFAEL.name, RAFAEL.keep), to: SUPPORT_ADDR, when: '2026-02-05 09:02:44', enc: 'ascii7',
    subject: subj(CASE.rafael),
    text: `Hi Signe, yes - OK to go ahead with the merge.
Rafael

Sent from my iPhone

> On 5 Feb 2026, at 08:31, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> OK to go? (This one can't be undone.)`,
  }),
  msg({
    slug: 'en-unrel-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.rafael, trap: true,
    note: 'the agent\'s out-of-office auto-reply (mentions the case being closed by a colleague)',
    from: 'Nkem Obi <nkobi@amazon.com>', to: RAFAEL.keep, when: '2026-02-06 09:00:02', enc: 'ascii7',
    subject: `Automatic reply: ${subj(CASE.rafael)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until 12 February with no access to email. Your message about case ${CASE.rafael} has been received; a colleague will follow up, and merge or closure requests will be handled in the shared queue.`,
  }),
  msg({
    slug: 'en-unrel-credly-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: DEVON.keep, when: '2026-03-03 19:22:37', enc: 'ascii7',
    subject: 'HashiCorp sent you a new badge',
    text: `Hi Devon,

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

[Accept your badge]

Credly, Inc.`,
  }),
  msg({
    slug: 'en-unrel-survey', kind: 'unrelated', lang: 'en', caseId: CASE.ines, trap: true,
    note: 'post-case survey ("was your issue resolved?")',
    from: AWS_NOTIFY, to: INES.keep, when: '2026-02-05 12:00:00', enc: 'utf8b64',
    subject: 'How did we do? Tell us about your recent case',
    text: `Hello Ines,

Your case ${CASE.ines} (account merge) was recently resolved. Was your issue resolved to your satisfaction?

  Yes | No

The survey takes about a minute.
Amazon Web Services`,
  }),
  msg({
    slug: 'en-unrel-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: DEVON.keep, when: '2026-02-18 10:40:05', enc: 'ascii7',
    subject: 'Complete your account merge',
    text: `Hi Devon,

You asked to merge ${DEVON.src} into your Credly account. Enter this code to finish:

  715 204

The code expires in 30 minutes. Didn't ask for this? Ignore this email.
Credly`,
  }),
  msg({
    slug: 'en-unrel-pearson-appointment', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation ("confirmed", "received") from an untrusted domain',
    from: 'Pearson VUE <pearsonvue@pearson.com>', to: INES.src, when: '2026-01-15 13:13:13', enc: 'utf8qp',
    subject: 'Appointment confirmed: AWS Certified Security - Specialty',
    text: `Dear Ines Okafor,

We've received your exam registration and your appointment is confirmed.
Exam: AWS Certified Security - Specialty (SCS-C02)
Date: 14 February 2026, 10:00
Registration: 482-119-064

Pearson VUE`,
  }),
  msg({
    slug: 'en-unrel-colleague-teamlist', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true, forUser: false,
    note: 'a colleague tells a team list his own accounts got merged; neither support nor the user\'s mailbox',
    from: `Marcus Feld <${MARCUS}>`, to: 'cloud-guild@lumenfield.example.io', when: '2026-01-29 12:20:30', enc: 'ascii7',
    subject: 'FYI: AWS cert account merge worked for me',
    text: `Hi all,

AWS support merged my two certification profiles yesterday, badges moved a day later. If you have the same problem, the form is under Training and Certification > account assistance. Don't open a second case, it slows things down.

Marcus

${fwdEn('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', 'Wed, Jan 28, 2026', 'RE: account merge', MARCUS, 'Hi Marcus, your profiles have been merged.')}`,
  }),
];

void YUI;
