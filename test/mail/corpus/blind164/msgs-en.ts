// fg English messages. Every subject disagrees with its body in some way (see README).
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, DAN, DAN_REQ, FORM, FORM_ADDR, LENA, LENA_REQ, NOREPLY, SAM, SAM_REQ,
  caseSubj, caseUrlEn, fwdEn, gmailEn, html, mk, outlookEn, pst, q, sfEn, sfRef, utc,
} from './common.js';

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-user-subject-reused',
    kind: 'acknowledgement', lang: 'en', caseId: C.dan, trap: false,
    note: 'the user\'s own subject line comes back on the automatic receipt; the body carries the case ID and the usual waiting advice',
    from: NOREPLY, to: DAN.keep,
    subject: 'Re: merge my two cert accounts',
    date: pst('2026-10-19 16:41:07'), enc: 'ascii7',
    text: `Hello Daniel,

We've received your request and opened case ${C.dan} with AWS Training and Certification.
Someone from our team will get back to you on this case, normally within 24 hours.

To avoid delays, please don't open another case about the same request - just reply to this one.

Amazon Web Services

--
${DAN_REQ}`,
  }),
  mk({
    slug: 'en-ack-mobile-link-only',
    kind: 'acknowledgement', lang: 'en', caseId: C.lena, trap: false,
    note: 'notification-style subject "New case 179244360118" is the news; the body is a link and the legal footer',
    from: NOREPLY, to: LENA.keep,
    subject: 'AWS Support \u2022 New case 179244360118',
    date: utc('2026-10-26 07:12:55'), enc: 'utf8qp', hdr: 'utf8q',
    text: `View case details: ${caseUrlEn(C.lena)}

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.`,
    probe: 'View case details:',
  }),
  mk({
    slug: 'en-ack-truncated-html-only',
    kind: 'acknowledgement', lang: 'en', caseId: C.sam, trap: false,
    note: 'truncated subject; HTML-only receipt with the case ID in the body',
    from: NOREPLY, to: SAM.keep,
    subject: 'Thank you for contacting AWS Training and Certification - your reque\u2026',
    date: pst('2026-11-09 09:03:30'), enc: 'utf8b64', hdr: 'utf8b',
    html: `<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>Hi Sam,</p>
<p>Thanks for reaching out. Your request is now case <b>${C.sam}</b>.</p>
<p>An agent usually replies within one business day. You can add details by replying to this email.</p>
<p style="color:#777;font-size:11px">Please do not create a second case for the same issue; duplicate cases slow everything down.</p>
</td></tr></table>
</body></html>`,
    probe: 'Your request is now case',
  }),
  mk({
    slug: 'en-ack-no-auth-status-new',
    kind: 'acknowledgement', lang: 'en', caseId: C.samDup, trap: false,
    note: 'a ticket status subject "Status: New" over a receipt; there is no Authentication-Results header at all, so untrusted',
    from: NOREPLY, to: SAM.keep,
    subject: 'Status: New',
    date: pst('2026-11-10 22:18:04'), enc: 'ascii7', auth: 'none', trusted: false, crlf: false,
    text: `Case ${C.samDup} was created for AWS Training and Certification.
We will respond to you on this case. Average first response: 1 business day.`,
  }),
  mk({
    slug: 'en-ack-re-re-case-received-dup',
    kind: 'acknowledgement', lang: 'en', caseId: C.samDup, trap: false,
    note: 'reused "Re: Re: Case received" subject; the body is the receipt of a brand-new (duplicate) case',
    from: NOREPLY, to: SAM.keep,
    subject: 'Re: Re: Case received',
    date: pst('2026-11-10 22:17:41'), enc: 'utf8qp',
    text: `This is an automated message.

Your case ${C.samDup} has been created. Subject: "Re: Re: Case received".
If this is about a request you already opened, you can ignore this message and keep using your existing case.

Thank you,
AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-status-solved',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: '"Status: Solved" from the form\'s status field; the body is an automatically generated Merge Accounts suggestion',
    from: NOREPLY, to: DAN.keep,
    subject: 'Status: Solved',
    date: pst('2026-10-19 16:30:12'), enc: 'ascii7',
    text: `This answer was generated automatically and may not be complete.

You may be able to combine your profiles yourself: sign in to the certification portal,
open your profile menu and choose Merge Accounts. Enter the email address of the other
profile and follow the prompts.

If the tool tells you it cannot merge because both profiles have certifications,
go back and choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'en-ai-explains-after-merge',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'subject reads like a personal answer; the generated body explains what happens once accounts are merged (badges, vouchers), still ai_answer',
    from: NOREPLY, to: LENA.keep,
    subject: 'Your question about account merge',
    date: utc('2026-10-26 07:01:18'), enc: 'utf8qp',
    text: `Generated response - not reviewed by an agent

* Once two profiles are merged, certifications, exam history and benefits appear on the profile you keep.
* Credly badges are not always moved automatically; AWS recommends merging first and then claiming badges on Credly.
* If both profiles hold certifications, the self-service Merge Accounts tool can't be used and you'll need to open a case.

Did this answer your question?  Yes / No`,
  }),
  mk({
    slug: 'en-ai-new-message-notice',
    kind: 'ai_answer', lang: 'en', caseId: C.sam, trap: false,
    note: 'notification subject "New message on case"; the body is an AI suggestion, labelled as such',
    from: NOREPLY, to: SAM.keep,
    subject: `New message on case ${C.sam}`,
    date: pst('2026-11-09 09:05:02'), enc: 'utf8b64',
    text: `Suggested answer (AI-generated)

Based on what you wrote, the self-service Merge Accounts tool may work for you if only one of
your profiles has a certification. Sign in with ${SAM.keep}, go to Profile > Merge Accounts,
and enter ${SAM.src}.

If this doesn't solve it, reply to this email and an agent will pick up case ${C.sam}.`,
  }),
  mk({
    slug: 'en-ai-truncated-suggestion',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'truncated subject quoting the user\'s question; the body is a generated suggestion',
    from: NOREPLY, to: DAN.src,
    subject: 'Suggested solution for: I have two certification accounts and want to combine the\u2026',
    date: pst('2026-10-19 16:28:49'), enc: 'utf8qp', hdr: 'utf8q',
    text: `We found an answer that might help (automatically generated):

Try the Merge Accounts option in your certification profile. It moves certifications from the
profile you sign in to the other one you specify. Make sure you sign in with the profile you want to keep.

Still stuck? Choose "Create case".`,
  }),
  mk({
    slug: 'en-ai-lookalike-assistant',
    kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'looks like an automated assistant answer but comes from amazon-help.net, so untrusted',
    from: 'AWS Assistant <assistant@amazon-help.net>', to: LENA.keep,
    subject: 'Re: your chat transcript',
    date: utc('2026-10-27 02:20:00'), enc: 'ascii7', trusted: false,
    text: `Automated reply from the AWS assistant.

To merge certification accounts instantly, download our merge helper and sign in with both accounts:
http://amazon-help.net/merge-helper

This reply was generated automatically.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-pending-customer',
    kind: 'info_request', lang: 'en', caseId: C.dan, trap: false,
    note: '[Pending customer] tag on the form subject; the body asks for each candidate ID and e-mail and which profile stays',
    from: FORM, to: DAN.keep,
    subject: `[Pending customer] ${caseSubj(C.dan)}`,
    date: pst('2026-10-20 10:15:44'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for writing in - I'm Carlos and I'll be looking after this case.

To find both records I need a little more from you:
  - the candidate ID on each profile (starts with AWS)
  - the email address each profile signs in with
  - which of the two should remain afterwards

Once I have those I'll take it from there.

Carlos
AWS Training and Certification Customer Support

${sfRef('dn31q')}

${sfEn(`${DAN.name} <${DAN.keep}>`, '10/19/2026 4:40 PM', FORM_ADDR, 'merge my two cert accounts')}

${DAN_REQ}`,
  }),
  mk({
    slug: 'en-info-action-required-link',
    kind: 'info_request', lang: 'en', caseId: C.lena, trap: false,
    note: 'subject "Action required: provide candidate IDs" carries the request; the body is only a sign-in link',
    from: FORM, to: LENA.keep,
    subject: 'Action required: provide candidate IDs',
    date: utc('2026-10-27 13:44:09'), enc: 'utf8qp',
    text: `You have a new message from AWS Training and Certification.
Sign in to read it and reply: ${caseUrlEn(C.lena)}`,
  }),
  mk({
    slug: 'en-info-stale-case-received',
    kind: 'info_request', lang: 'en', caseId: C.sam, trap: true,
    note: 'stale "Re: Re: Case received" subject; the new text asks the user to write from the kept address and include the other candidate ID',
    from: FORM, to: SAM.keep,
    subject: 'Re: Re: Case received',
    date: pst('2026-11-10 11:30:27'), enc: 'utf8qp',
    text: `Hi Sam,

Before I can go any further, could you reply from the address you want to keep and include the
candidate ID of the other profile (the one under ${SAM.src})? That's all I need for now.

Thanks,
Ines
AWS Training and Certification - case ${C.sam}

${gmailEn('Mon, Nov 9, 2026 at 9:02 AM', SAM.name, SAM.keep)}
${q(SAM_REQ)}`,
  }),
  mk({
    slug: 'en-info-merge-complete-subject-not-done',
    kind: 'info_request', lang: 'en', caseId: C.dan, trap: true,
    note: 'subject "Merge complete" from a wrong template; the body says the merge could not be done yet and asks for a screenshot',
    from: FORM, to: DAN.keep,
    subject: 'Merge complete',
    date: pst('2026-10-22 08:51:33'), enc: 'ascii7',
    text: `Daniel,

Please ignore the subject line, it was filled in by mistake. I'm not able to complete the merge yet:
the second profile (${DAN.srcId}) shows a different legal name than yours.
Could you send a screenshot of that profile's name and email section, or tell me if the name was changed?

Carlos - case ${C.dan}`,
  }),
  mk({
    slug: 'en-info-voucher-subject-confirm-wording',
    kind: 'info_request', lang: 'en', caseId: C.lena, trap: true,
    note: 'subject about a voucher (another matter); the body asks the user to "confirm" which e-mail to keep, which is a request for information',
    from: FORM, to: LENA.keep,
    subject: 'RE: Voucher not showing',
    date: utc('2026-10-28 09:17:52'), enc: 'utf8b64',
    text: `Hello Lena,

Your 50% voucher sits on the agency profile, which is why you don't see it. It will follow once the two
profiles are combined.

To do that, please confirm which email address you'd like to retain: ${LENA.keep} or ${LENA.src}.
A one-line reply is fine.

Best,
Tariq
AWS Training and Certification | case ${C.lena}`,
  }),
  mk({
    slug: 'en-info-truncated-outlook-thread',
    kind: 'info_request', lang: 'en', caseId: C.sam, trap: false,
    note: 'truncated form subject; top-posted request for the exact exam names and dates on the older profile over an Outlook thread',
    from: FORM, to: SAM.keep,
    subject: 'RE:[CASE 17938820561] [AWS Training and Certification Form Submission] - account-as\u2026',
    date: pst('2026-11-11 14:05:19'), enc: 'utf8qp', hdr: 'utf8q',
    text: `Sam - thanks. One more thing and then I can move ahead: the exact exam names and the dates you sat
them on the older profile. Rough dates are OK.

Ines

${outlookEn(`${SAM.name} <${SAM.keep}>`, 'Wednesday, November 11, 2026 8:47 AM', FORM_ADDR, `RE:[CASE ${C.sam}] [AWS Training and Certification Form Submission] - account-assistance`)}

Other profile's candiate ID is ${SAM.srcId}. Sent from the keep address as asked.

${outlookEn(FORM, 'Tuesday, November 10, 2026 11:30 AM', SAM.keep, 'Re: Re: Case received')}

Before I can go any further, could you reply from the address you want to keep and include the
candidate ID of the other profile?`,
  }),
  mk({
    slug: 'en-info-misaligned-verify',
    kind: 'info_request', lang: 'en', caseId: C.dan, trap: false,
    note: 'asks for a password and card number; DKIM is for a bulk-mail domain and dmarc=fail, so untrusted',
    from: FORM, to: DAN.keep,
    subject: 'Final notice: verify your certification account',
    date: pst('2026-10-23 01:02:03'), enc: 'ascii7', auth: 'misaligned', trusted: false,
    text: `Dear Candidate,

To finish case ${C.dan} we must verify ownership of both accounts.
Reply with the password of ${DAN.src} and the last 4 digits and expiry of the card used for your exam.

Failure to respond within 24 hours will cancel your certifications.`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-action-required-link',
    kind: 'confirmation_request', lang: 'en', caseId: C.dan, trap: false,
    note: 'subject "Action required: confirm merge" carries the consent request; the body only points to the Support Center',
    from: FORM, to: DAN.keep,
    subject: 'Action required: confirm merge',
    date: pst('2026-10-24 13:20:45'), enc: 'ascii7',
    text: `Please review the latest update on case ${C.dan} in the Support Center:
${caseUrlEn(C.dan)}

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-stale-case-received',
    kind: 'confirmation_request', lang: 'en', caseId: null, trap: true,
    note: 'stale "Re: Re: Case received"; the new text names both profiles, warns it cannot be undone and asks for "I agree"; no case ID anywhere, only In-Reply-To',
    inReplyTo: '<fg-dan-screenshot-20261023@mail.example.com>',
    references: '<fg-dan-request-20261019@mail.example.com> <fg-dan-screenshot-20261023@mail.example.com>',
    from: FORM, to: DAN.keep,
    subject: 'Re: Re: Case received',
    date: pst('2026-10-24 13:22:10'), enc: 'utf8qp',
    text: `Hi Daniel,

Thanks for the screenshot - the name matches after all. Here is what I'd do:

  ${DAN.srcId} (${DAN.src})  ->  ${DAN.keepId} (${DAN.keep})

A merge can't be reversed. If you'd like me to go ahead, just reply "I agree".

Carlos

> Screenshot attached. The name on the old one has my middle initial, that's all.`,
  }),
  mk({
    slug: 'en-conf-pending-customer-tag',
    kind: 'confirmation_request', lang: 'en', caseId: C.sam, trap: false,
    note: '[Pending customer] tag alone in the subject; the body asks for consent to merge',
    from: FORM, to: SAM.keep,
    subject: '[Pending customer]',
    date: pst('2026-11-12 10:40:00'), enc: 'ascii7',
    text: `Hi Sam,

Everything lines up. I'm ready to combine ${SAM.srcId} into ${SAM.keepId}.
This is permanent - the older profile can't be restored afterwards. Okay to proceed? A short "yes, go ahead" on this thread is enough.

Ines (case ${C.sam})`,
  }),
  mk({
    slug: 'en-conf-name-subject-other-matter',
    kind: 'confirmation_request', lang: 'en', caseId: C.lena, trap: false,
    note: 'subject about the name on a certificate; the body asks for consent to the merge on case 179244360118',
    from: FORM, to: LENA.keep,
    subject: 'RE: Name on certificate',
    date: utc('2026-10-29 15:33:21'), enc: 'utf8qp',
    text: `Hello Lena,

The certificate name follows your profile, so it will update by itself.

On the main request (case ${C.lena}): we can merge ${LENA.srcId} into ${LENA.keepId}, keeping ${LENA.keep}.
Please note this is irreversible. Let me know by reply that you agree and I'll start.

Tariq`,
  }),
  mk({
    slug: 'en-conf-truncated-multipart',
    kind: 'confirmation_request', lang: 'en', caseId: C.lena, trap: false,
    note: 'truncated subject; multipart/alternative consent request',
    from: FORM, to: LENA.keep,
    subject: 'Please confirm: merge of AWS Certification accounts AWS80264413 and AWS477\u2026',
    date: utc('2026-10-29 15:35:02'), enc: 'utf8qp', hdr: 'utf8q',
    text: `Hello Lena,

Case ${C.lena}: we're set to merge ${LENA.srcId} into ${LENA.keepId}.
We need your explicit agreement before we do it, because it cannot be undone. Please reply "I agree".

AWS Training and Certification`,
    html: html(`Hello Lena,

Case ${C.lena}: we're set to merge ${LENA.srcId} into ${LENA.keepId}.
We need your explicit agreement before we do it, because it cannot be undone. Please reply "I agree".

AWS Training and Certification`),
  }),
  mk({
    slug: 'en-conf-lookalike-authserv',
    kind: 'confirmation_request', lang: 'en', caseId: C.sam, trap: true,
    note: 'consent request under a stale "Case received" subject whose only Authentication-Results comes from mx.test.example.mailhub-relay.net (a look-alike authserv-id), so untrusted',
    from: FORM, to: SAM.keep,
    subject: 'Re: Re: Case received',
    date: pst('2026-11-12 03:03:03'), enc: 'ascii7', auth: 'lookalikeServer', trusted: false,
    text: `Sam,

Please confirm the merge of your accounts for case ${C.sam} within 12 hours by signing in here:
http://aws-cert-merge.example.org/confirm

It cannot be undone.`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-mc-merge-complete-link-body',
    kind: 'merge_completed', lang: 'en', caseId: C.dan, trap: false,
    note: 'subject "Merge complete" is the news; the body only says see the Support Center and a signature',
    from: FORM, to: DAN.keep,
    subject: 'Merge complete',
    date: pst('2026-10-26 11:02:38'), enc: 'ascii7',
    text: `See the Support Center for details on case ${C.dan}.

--
Carlos | AWS Training and Certification`,
  }),
  mk({
    slug: 'en-mc-stale-case-received',
    kind: 'merge_completed', lang: 'en', caseId: C.dan, trap: true,
    note: 'stale "Re: Re: Case received"; the new text says the profiles are now one',
    from: FORM, to: DAN.keep,
    subject: 'Re: Re: Case received',
    date: pst('2026-10-26 11:00:12'), enc: 'utf8qp',
    text: `Good news, Daniel - your two profiles are now one. ${DAN.srcId} has been folded into ${DAN.keepId},
and your exam history shows under ${DAN.keep}.

Carlos
AWS Training and Certification | Case ${C.dan}

${gmailEn('Sat, Oct 24, 2026 at 6:12 PM', DAN.name, DAN.keep)}
> I agree. Thanks!`,
  }),
  mk({
    slug: 'en-mc-status-solved-done',
    kind: 'merge_completed', lang: 'en', caseId: C.sam, trap: true,
    note: '"Status: Solved" subject; the body reports the merge done this morning and the case being marked solved (completion is the new fact)',
    from: FORM, to: SAM.keep,
    subject: 'Status: Solved',
    date: pst('2026-11-13 09:48:00'), enc: 'ascii7',
    text: `Hi Sam,

The accounts were merged this morning; I'm marking case ${C.sam} as solved.
If anything looks off on ${SAM.keep}, just reply here and it will reopen.

Ines`,
  }),
  mk({
    slug: 'en-mc-certmetrics-portal-untrusted',
    kind: 'merge_completed', lang: 'en', caseId: null, trap: false,
    note: 'a portal notice ("Profile update") saying the accounts were merged, sent from the CertMetrics domain, which is not a trusted domain',
    from: 'AWS Certification <noreply@certmetrics.com>', to: LENA.keep,
    subject: 'Profile update',
    date: utc('2026-11-02 05:40:11'), enc: 'utf8b64', trusted: false,
    text: `Dear Lena Fischer,

Your AWS Certification account has been merged with account ${LENA.srcId}.
All certifications and exam history are now available under ${LENA.keep}.

AWS Certification Program`,
  }),
  mk({
    slug: 'en-mc-truncated-please-check',
    kind: 'merge_completed', lang: 'en', caseId: C.sam, trap: true,
    note: 'truncated form subject; the body says the merge is done and asks to check that everything looks right (still merge_completed)',
    from: FORM, to: SAM.keep,
    subject: 'RE:[CASE 17938820561] [AWS Training and Certification Form Submission] - account-assist\u2026',
    date: pst('2026-11-13 09:45:31'), enc: 'utf8qp', hdr: 'utf8q',
    text: `Hi Sam,

Done - ${SAM.srcId} is merged into ${SAM.keepId}. Could you sign in and check that both certifications
and the voucher look right? Let me know if anything is missing.

Ines

> yes, go ahead`,
  }),
  mk({
    slug: 'en-mc-mobile-updated',
    kind: 'merge_completed', lang: 'en', caseId: C.lena, trap: false,
    note: 'notification subject "case updated"; a one-line body says it was merged',
    from: FORM, to: LENA.keep,
    subject: `AWS Support: case ${C.lena} updated`,
    date: utc('2026-11-01 16:20:09'), enc: 'ascii7',
    text: `Merged. Your certifications now appear under ${LENA.keep}.
- Tariq`,
  }),
  mk({
    slug: 'en-mc-fail-then-forged',
    kind: 'merge_completed', lang: 'en', caseId: C.dan, trap: true,
    note: 'stale "Action required" subject over a completion; the top Authentication-Results fails and a planted pass sits lower, so untrusted',
    from: FORM, to: DAN.keep,
    subject: 'Action required: confirm merge',
    date: pst('2026-10-25 02:15:44'), enc: 'ascii7', auth: 'failThenForged', trusted: false,
    text: `Your accounts have been merged (case ${C.dan}).
Log in within 24 hours to keep your certifications active: http://aws-training-login.example.net/`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-bt-credly-waiting',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'Credly subject "Your badge is waiting"; the body says AWS issued a badge to the kept address',
    from: CREDLY_AWS, to: DAN.keep,
    subject: 'Your badge is waiting',
    date: utc('2026-10-28 04:10:44'), enc: 'utf8qp',
    text: `Daniel,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/9b2f7c60-1e4d-4a83-b5d2-70c8e1f4a622

This email was sent to ${DAN.keep}.`,
  }),
  mk({
    slug: 'en-bt-stale-merge-complete-closing',
    kind: 'badges_transferred', lang: 'en', caseId: C.sam, trap: true,
    note: 'stale "Re: Merge complete" subject; support says the Credly badges moved as well and closes the case',
    from: FORM, to: SAM.keep,
    subject: 'Re: Merge complete',
    date: pst('2026-11-16 13:12:50'), enc: 'utf8qp',
    text: `Hi Sam,

The Credly badges have now moved as well - you should see both of them under ${SAM.keep}.
I'll close case ${C.sam} now. Thanks for your patience.

Ines

On Mon, Nov 16, 2026 at 8:03 AM Sam Patel wrote:
> Merge looks good, thanks! Credly still shows the badges on the old startup address though.`,
  }),
  mk({
    slug: 'en-bt-subject-news-body-silent',
    kind: 'badges_transferred', lang: 'en', caseId: C.dan, trap: false,
    note: 'subject "Badges moved - case 1791102836" carries the news; the body is the reply-above-this-line footer only',
    from: FORM, to: DAN.keep,
    subject: `Badges moved - case ${C.dan}`,
    date: pst('2026-10-30 15:00:18'), enc: 'ascii7',
    text: `##- Please type your reply above this line -##

View the conversation: ${caseUrlEn(C.dan)}

AWS Training and Certification`,
    probe: 'Please type your reply above this line',
  }),
  mk({
    slug: 'en-bt-credly-html-truncated',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'truncated Credly subject; HTML-only issuance of an AWS badge',
    from: CREDLY_AWS, to: LENA.keep,
    subject: 'Claim your AWS Certified Solutions Architect - Professional badge from Amazon Web Se\u2026',
    date: utc('2026-11-03 08:08:08'), enc: 'utf8b64', hdr: 'utf8b',
    html: `<html><body style="background:#f4f4f4">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;font-family:Arial">
<p>Hi Lena,</p>
<p>Amazon Web Services Training and Certification issued you a new badge: <strong>AWS Certified Solutions Architect - Professional</strong>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/2c7d0b94-5f1a-4e38-9c66-d4a8e03b7f15" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, 13809 Research Blvd, Austin, TX</p>
</div></body></html>`,
    probe: 'issued you a new badge',
  }),
  mk({
    slug: 'en-bt-certificate-subject-other-matter',
    kind: 'badges_transferred', lang: 'en', caseId: C.lena, trap: false,
    note: 'subject about a certificate PDF; the body says the Credly badges were re-pointed to the kept address',
    from: FORM, to: LENA.keep,
    subject: 'RE: Certificate PDF name',
    date: utc('2026-11-04 10:31:27'), enc: 'utf8qp',
    text: `Hello Lena,

The PDF is regenerated overnight, so it should show the new name tomorrow.

Separately, I had our team re-point your Credly badges; they're now attached to ${LENA.keep}.

Tariq - case ${C.lena}`,
  }),
  mk({
    slug: 'en-bt-credly-lookalike',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'looks like Credly\'s badge mail but comes from credly-mail.com, so untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: SAM.keep,
    subject: 'Your badges were moved',
    date: pst('2026-11-15 23:59:01'), enc: 'ascii7', trusted: false,
    text: `Your AWS badges were moved to your merged account.
Sign in to accept them: http://credly-mail.com/accept?id=sam.patel`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-cc-status-solved-silent',
    kind: 'case_closed', lang: 'en', caseId: C.lena, trap: false,
    note: '"Status: Solved" subject is the news; the body only says the case was updated and to sign in',
    from: NOREPLY, to: LENA.keep,
    subject: 'Status: Solved',
    date: utc('2026-11-11 06:00:00'), enc: 'ascii7',
    text: `Your case ${C.lena} has been updated.
To view it, sign in to the AWS Support Center: ${caseUrlEn(C.lena)}`,
  }),
  mk({
    slug: 'en-cc-merge-complete-restated',
    kind: 'case_closed', lang: 'en', caseId: C.dan, trap: true,
    note: 'subject "Merge complete" but the body only restates the earlier merge and closes the case',
    from: FORM, to: DAN.keep,
    subject: 'Merge complete',
    date: pst('2026-11-05 09:30:00'), enc: 'utf8qp',
    text: `Hi Daniel,

As your accounts were merged on 26 October and the badges followed, I'm closing case ${C.dan} now.
You can still reply within 14 days if something comes up.

Carlos`,
  }),
  mk({
    slug: 'en-cc-stale-action-required-autoclose',
    kind: 'case_closed', lang: 'en', caseId: C.samDup, trap: true,
    note: 'stale "Action required" subject; the body warns the case will close automatically in 5 days unless the user replies',
    from: FORM, to: SAM.keep,
    subject: 'Action required: confirm merge',
    date: pst('2026-11-14 07:00:00'), enc: 'ascii7',
    text: `We haven't heard back from you on case ${C.samDup}.
This case will be closed automatically in 5 days unless you reply.`,
  }),
  mk({
    slug: 'en-cc-pending-customer-selfservice',
    kind: 'case_closed', lang: 'en', caseId: C.lena, trap: true,
    note: '[Pending customer] subject; the body resolves the case because the user already merged with the tool (restated, not news)',
    from: FORM, to: LENA.keep,
    subject: `[Pending customer] ${caseSubj(C.lena)}`,
    date: utc('2026-10-27 18:00:44'), enc: 'utf8qp',
    text: `Hello Lena,

Since the Merge Accounts tool worked for you after all, I'll resolve this case now.
Nothing else is needed from your side.

Tariq

${outlookEn(`${LENA.name} <${LENA.keep}>`, 'Tuesday, October 27, 2026 5:12 PM', FORM_ADDR, 'RE: Action required: provide candidate IDs')}

Never mind - I tried the Merge Accounts tool again and it went through this time.`,
  }),
  mk({
    slug: 'en-cc-duplicate-merged-into',
    kind: 'case_closed', lang: 'en', caseId: C.samDup, trap: true,
    note: 'the duplicate case is "merged into" the main case and closed; that is about cases, not accounts; labelled with the closed case in the subject (1793882999)',
    from: FORM, to: SAM.keep,
    subject: `RE:[CASE ${C.samDup}] Re: Re: Case received`,
    date: pst('2026-11-11 08:15:36'), enc: 'ascii7',
    text: `Hi Sam,

This case duplicates ${C.sam}, so I've merged it into that one and closed it.
We'll continue on ${C.sam}.

Ines`,
  }),
  mk({
    slug: 'en-cc-google-authserv-only',
    kind: 'case_closed', lang: 'en', caseId: C.dan, trap: false,
    note: 'a closing notice; only an Authentication-Results from another server (mx.google.com), so untrusted',
    from: FORM, to: DAN.keep,
    subject: 'RE: your case',
    date: pst('2026-11-06 04:04:04'), enc: 'ascii7', auth: 'otherOnly', trusted: false,
    text: `Your case ${C.dan} has been closed.
Rate your experience: http://aws-feedback.example.net/${C.dan}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-merge-complete-not-yet',
    kind: 'support_reply', lang: 'en', caseId: C.lena, trap: true,
    note: 'subject "Merge complete" set by mistake; the body says the merge has not been done and is queued',
    from: FORM, to: LENA.keep,
    subject: 'Merge complete',
    date: utc('2026-10-30 08:40:51'), enc: 'utf8qp',
    text: `Hello Lena,

Apologies, that subject line was set by mistake. The merge hasn't been done yet; it's queued with
the certification team and I'll write as soon as it goes through.

Tariq (case ${C.lena})`,
  }),
  mk({
    slug: 'en-sr-action-required-thanks',
    kind: 'support_reply', lang: 'en', caseId: C.dan, trap: true,
    note: 'subject "Action required: confirm merge" left over; the body thanks for confirming and hands over to the team',
    from: FORM, to: DAN.keep,
    subject: 'Action required: confirm merge',
    date: pst('2026-10-25 09:12:20'), enc: 'ascii7',
    text: `Thanks for confirming, Daniel. I've passed this to the team that handles merges;
expect an update on case ${C.dan} within 3-5 business days.

Carlos

-----Original Message-----
From: ${DAN.name} <${DAN.keep}>
Sent: Saturday, October 24, 2026 6:12 PM
To: ${FORM_ADDR}
Subject: Re: Re: Case received

I agree. Thanks!`,
  }),
  mk({
    slug: 'en-sr-stale-case-received-update',
    kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: 'stale "Re: Re: Case received"; the body is a status update with nothing asked',
    from: FORM, to: SAM.keep,
    subject: 'Re: Re: Case received',
    date: pst('2026-11-12 16:22:09'), enc: 'utf8b64',
    text: `Quick update, Sam: the request is with teh backend team now. No action needed from you;
I'll be back in touch on case ${C.sam}.

Ines`,
  }),
  mk({
    slug: 'en-sr-pending-write-from-keep',
    kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: '[Pending customer] subject; the body only asks to write from the kept address, without asking for data',
    from: FORM, to: SAM.src,
    subject: `[Pending customer] ${caseSubj(C.sam)}`,
    date: pst('2026-11-10 11:29:00'), enc: 'ascii7',
    text: `Hi Sam,

Please write to us from the address you'd like to keep. Replies from this address can't be attached
to the account you want to retain.

Ines`,
  }),
  mk({
    slug: 'en-sr-exam-subject-future-merge',
    kind: 'support_reply', lang: 'en', caseId: C.dan, trap: true,
    note: 'subject about exam rescheduling; the body says the merge will go ahead once the exam is scored (future)',
    from: FORM, to: DAN.keep,
    subject: 'RE: Exam rescheduling',
    date: pst('2026-10-21 12:12:12'), enc: 'utf8qp',
    text: `Daniel,

The new exam slot is fine. Because that booking sits on ${DAN.srcId}, we'll merge your profiles once
the exam has been scored, so nothing gets lost in between. Case ${C.dan} stays open until then.

Carlos`,
  }),
  mk({
    slug: 'en-sr-mobile-truncated-escalated',
    kind: 'support_reply', lang: 'en', caseId: C.lena, trap: false,
    note: 'truncated subject from the user\'s phone; the body says the case went to tier 2; bottom of a mobile thread',
    from: FORM, to: LENA.keep,
    subject: 'Re: Merge of my two accounts - any upd\u2026',
    date: utc('2026-10-31 11:05:00'), enc: 'utf8qp', hdr: 'utf8q',
    text: `> Any update? Its been a week.
>
> Sent from my iPhone

Hi Lena - I've escalated this to our tier 2 team, since the agency profile is tied to a partner
organisation. I'll update case ${C.lena} when I hear back.

Tariq`,
    probe: 'escalated this to our tier 2 team',
  }),
  mk({
    slug: 'en-sr-status-solved-still-open',
    kind: 'support_reply', lang: 'en', caseId: C.sam, trap: true,
    note: '"Status: Solved" subject changed automatically; the body says the case is still open and being worked on',
    from: FORM, to: SAM.keep,
    subject: 'Status: Solved',
    date: pst('2026-11-12 16:30:47'), enc: 'ascii7',
    text: `Sorry, Sam - the status flipped automatically. Case ${C.sam} is still open and we're working on the merge.
You don't need to do anything.

Ines`,
  }),
  mk({
    slug: 'en-sr-freemail-display-name',
    kind: 'support_reply', lang: 'en', caseId: C.lena, trap: false,
    note: 'trusted display name on a free-mail address (gmail.com), so untrusted; a status reply in content',
    from: 'AWS Training and Certification <aws.training.cert.support@gmail.com>', to: LENA.keep,
    subject: 'Re: your case',
    date: utc('2026-10-30 21:21:21'), enc: 'ascii7', trusted: false,
    text: `Hello Lena,

We are still reviewing case ${C.lena}. To speed things up you can call our priority line at +1 555 0100.

Support Team`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-survey-merge-complete',
    kind: 'unrelated', lang: 'en', caseId: C.dan, trap: true,
    note: 'a survey whose subject begins "Merge complete"',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: DAN.keep,
    subject: 'Merge complete - tell us how we did',
    date: pst('2026-11-06 10:00:00'), enc: 'utf8qp',
    text: `Was your issue resolved?

How would you rate the support you received on case ${C.dan}?
https://survey.aws.amazon.com/?case=${C.dan}

It takes less than a minute.`,
  }),
  mk({
    slug: 'en-un-hashicorp-badge',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'a Credly badge from HashiCorp, not AWS; truncated subject',
    from: 'HashiCorp via Credly <admin@credly.com>', to: DAN.keep,
    subject: 'You\'ve earned HashiCorp Certified: Terraform Associate (003) from HashiC\u2026',
    date: utc('2026-10-31 14:14:14'), enc: 'utf8qp', hdr: 'utf8q',
    text: `Congratulations, Daniel!

HashiCorp has issued you the badge HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/earner/earned/badge/e44a1d2b-9d3c-4b70-8f21-5a6c7d9e0b13`,
  }),
  mk({
    slug: 'en-un-own-consent-cc-self',
    kind: 'unrelated', lang: 'en', caseId: C.dan, trap: true,
    note: 'the user\'s own consent reply with himself on Cc; no news from support',
    from: `${DAN.name} <${DAN.keep}>`, to: FORM_ADDR, cc: DAN.keep,
    subject: 'Re: Action required: confirm merge',
    date: pst('2026-10-24 18:12:03'), enc: 'ascii7', auth: 'none', trusted: false,
    text: `Yes, please go ahead and merge.

Daniel

On Sat, Oct 24, 2026 at 1:20 PM AWS Training and Certification <${FORM_ADDR}> wrote:
> Please review the latest update on case ${C.dan} in the Support Center:`,
  }),
  mk({
    slug: 'en-un-agent-ooo',
    kind: 'unrelated', lang: 'en', caseId: C.dan, trap: false,
    note: 'the agent\'s out-of-office auto-reply; the subject is the case subject',
    from: 'Carlos M <carlosm@amazon.com>', to: DAN.keep,
    subject: `Automatic reply: ${caseSubj(C.dan)}`,
    date: pst('2026-10-27 07:00:10'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until November 2 with limited access to email.
Your case will be handled by another member of the team in the meantime.`,
  }),
  mk({
    slug: 'en-un-exam-booking-reused-subject',
    kind: 'unrelated', lang: 'en', caseId: C.danExam, trap: false,
    note: 'reused merge subject, but the body answers the user\'s other case (exam appointment moved)',
    from: FORM, to: DAN.keep,
    subject: 'Re: account merge',
    date: pst('2026-10-21 12:30:40'), enc: 'utf8qp',
    text: `Hi Daniel,

Regarding case ${C.danExam}: your exam appointment has been moved to 14 December, 10:00 at the same test center.
You'll get a new confirmation from the test vendor shortly.

Mei, AWS Training and Certification`,
  }),
  mk({
    slug: 'en-un-summit-confirmed',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'event marketing; "Confirmed" in the subject is a registration, not the merge',
    from: 'AWS Events <aws-events@events.amazon.com>', to: SAM.keep,
    subject: 'Confirmed: your seat at the AWS Summit',
    date: pst('2026-11-03 12:00:00'), enc: 'utf8qp',
    text: `You're registered.

Bring this email or the QR code in the app to check in. Certified attendees can visit the
Certification Lounge for a small gift.`,
    html: html(`You're registered.

Bring this email or the QR code in the app to check in. Certified attendees can visit the
Certification Lounge for a small gift.`),
  }),
  mk({
    slug: 'en-un-forward-to-manager',
    kind: 'unrelated', lang: 'en', caseId: C.lena, trap: true, forUser: false,
    note: 'the user forwards the "Merge complete" mail to her manager; own mail, not delivered to the user',
    from: `${LENA.name} <${LENA.keep}>`, to: 'Jonas Weber <j.weber@agency.example.com>',
    subject: 'Fwd: Merge complete',
    date: utc('2026-11-01 17:02:50'), enc: 'utf8qp', auth: 'none', trusted: false,
    text: `Jonas, FYI - my certifications are now on my personal profile, so you can drop the agency one from the partner list.

Lena

${fwdEn(`${FORM}`, 'Sun, Nov 1, 2026 at 4:20 PM', `AWS Support: case ${C.lena} updated`, LENA.keep)}

Merged. Your certifications now appear under ${LENA.keep}.`,
  }),
  mk({
    slug: 'en-un-test-vendor-confirmed',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'the test vendor confirms an exam appointment; not part of the merge and not a trusted domain',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: DAN.keep,
    subject: 'Appointment confirmed',
    date: pst('2026-10-21 13:02:07'), enc: 'ascii7', trusted: false,
    text: `Dear Daniel Okafor,

This confirms your appointment for AWS Certified Solutions Architect - Associate (SAA-C03)
on Monday, December 14, 2026 at 10:00 AM.

Registration ID: 482117093`,
  }),
];
