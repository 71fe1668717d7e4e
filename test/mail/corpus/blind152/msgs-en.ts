// Set eu, English messages: pronouns and references back (it, they, them, this, that, the above, the former, the latter).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  DANA,
  formSubject,
  gmailEn,
  mk,
  OMAR,
  outlookEn,
  paras,
  quote,
  sfOriginal,
  sfRef,
  SUPPORT,
  SUPPORT_BARE,
} from './common.js';

const danaTo = `${DANA.name} <${DANA.keep}>`;
const omarTo = `${OMAR.name} <${OMAR.keep}>`;

const DANA_REQ = `Hi,
I ended up with two certification profiles after switching jobs. The one on ${DANA.src} (${DANA.srcId}) has my SAA and SysOps; the one on ${DANA.keep} (${DANA.keepId}) has my newer Security Specialty.
Could you put them together under the personal address?
Dana`;

const OMAR_REQ = `Hello team,
Two accounts: ${OMAR.keepId} (${OMAR.keep}) and ${OMAR.srcId} (${OMAR.src}). I'd like to keep the first and fold the second into it.
Regards, Omar Haddad`;

export const EN: Msg[] = [
  // ───────────── acknowledgement (6) ─────────────
  mk({
    slug: 'en-ack-notify-dana',
    kind: 'acknowledgement',
    lang: 'en',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: danaTo,
    subject: `AWS Support: we've received your case ${CASE.dana}`,
    caseId: CASE.dana,
    note: 'automatic receipt of the new case with its ID',
    at: '2026-09-14 16:02:11',
    text: `Hello Dana Whitfield,

Thanks for reaching out. We've opened the case below and an agent will pick it up shortly.

Case ID: ${CASE.dana}
Subject: Certification account
Opened: 2026-09-14 16:02 UTC

Please don't open a new case for this; replying to this email adds to it.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-form-omar',
    kind: 'acknowledgement',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: `[CASE ${CASE.omar}] [AWS Training and Certification Form Submission] - account-assistance`,
    caseId: CASE.omar,
    note: 'form auto-receipt echoing the submitted fields',
    at: '2026-08-03 11:45:20',
    text: `*** This is an automated response. ***

We have received your submission and assigned it case number ${CASE.omar}. A member of our team will get back to you on it, usually within 1-2 business days.

Submitted details
 Name: Omar Haddad
 Company: -
 Candidate ID: ${OMAR.keepId}

${sfRef('0Px8LmQ')}`,
  }),
  mk({
    slug: 'en-ack-html-support',
    kind: 'acknowledgement',
    lang: 'en',
    enc: 'utf8b64',
    from: AWS_SUPPORT,
    to: danaTo,
    subject: `Case ${CASE.dana} created`,
    caseId: CASE.dana,
    note: 'HTML-only receipt from support.aws.com',
    at: '2026-09-14 16:02:40',
    html: `<html><body><p>Hello,</p><p>Your case has been created. Keep this number handy; you'll need it if you contact us about it again.</p><table><tr><td>Case ID</td><td>${CASE.dana}</td></tr><tr><td>Category</td><td>Training and Certification</td></tr></table><p>Amazon Web Services Support</p></body></html>`,
  }),
  mk({
    slug: 'en-ack-bare',
    kind: 'acknowledgement',
    lang: 'en',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: omarTo,
    subject: `Ref ${CASE.omarBilling}`,
    caseId: CASE.omarBilling,
    note: 'receipt that says nothing of its topic: read as an acknowledgement',
    at: '2026-08-05 09:00:00',
    text: `Reference: ${CASE.omarBilling}

Your message has been logged under the number above. Someone will be in touch.

-- AWS`,
  }),
  mk({
    slug: 'en-ack-future-merge',
    kind: 'acknowledgement',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: danaTo,
    subject: `[CASE ${CASE.dana}] [AWS Training and Certification Form Submission] - account-assistance`,
    caseId: CASE.dana,
    trap: true,
    note: 'receipt that mentions how long a merge takes once confirmed; still only the receipt',
    at: '2026-09-14 16:03:05',
    text: `Automated reply - please do not change the subject line.

Your request (case ${CASE.dana}) is in our queue. Requests like this one usually need a confirmation from you before we can merge anything, and the merge itself can take a few business days after that. We'll be in touch.`,
  }),
  mk({
    slug: 'en-ack-quoted-form',
    kind: 'acknowledgement',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: omarTo,
    subject: `[CASE ${CASE.omar}] [AWS Training and Certification Form Submission] - account-assistance`,
    caseId: CASE.omar,
    note: 'receipt with the submitted request quoted beneath',
    at: '2026-08-03 11:45:58',
    text: `Thank you for contacting AWS Training and Certification. This confirms we got the message below; it is now case ${CASE.omar}.

${quote(OMAR_REQ)}`,
  }),

  // ───────────── ai_answer (4) ─────────────
  mk({
    slug: 'en-ai-tool',
    kind: 'ai_answer',
    lang: 'en',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: danaTo,
    subject: 'Suggested answer for your question',
    caseId: null,
    note: 'AI suggestion to try the Merge Accounts tool',
    at: '2026-09-14 15:58:30',
    text: `This answer was generated by AI and may not be accurate.

If you have two certification accounts, you may be able to combine them yourself: sign in to the one you want to keep, open Profile, then Merge Accounts, and enter the other one's credentials.

If that doesn't work for you, choose "Create case" below.`,
  }),
  mk({
    slug: 'en-ai-lookalike-server',
    kind: 'ai_answer',
    lang: 'en',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: omarTo,
    subject: 'Your AI-generated answer',
    caseId: null,
    auth: 'lookalikeServer',
    note: 'AI answer whose A-R comes from a look-alike authserv-id: untrusted',
    at: '2026-08-03 11:40:12',
    text: `Generated answer:

Accounts that both hold certifications can't be combined with the self-service tool. In that case it has to go through a support case. You can continue without signing in.`,
  }),
  mk({
    slug: 'en-ai-after-merge',
    kind: 'ai_answer',
    lang: 'en',
    enc: 'utf8b64',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: danaTo,
    subject: 'Answer to your question (automated)',
    caseId: null,
    trap: true,
    note: 'AI answer explaining that after a merge badges and vouchers move; stays ai_answer',
    at: '2026-09-14 15:59:51',
    text: `Automated answer

Once two accounts are merged, the certifications of the former appear on the latter, and so do any exam benefits. Credly badges are re-issued to the kept account's email, so it's best to accept them after the merge.

Didn't help? Select Create case.`,
    html: `<p><b>Automated answer</b></p><p>Once two accounts are merged, the certifications of the former appear on the latter, and so do any exam benefits. Credly badges are re-issued to the kept account's email, so it's best to accept them after the merge.</p><p>Didn't help? Select Create case.</p>`,
  }),
  mk({
    slug: 'en-ai-short',
    kind: 'ai_answer',
    lang: 'en',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: omarTo,
    subject: 'Re: duplicate certification account (automated reply)',
    caseId: null,
    note: 'short automated pointer to the self-service tool',
    at: '2026-08-03 11:39:00',
    text: `Automated response: for that situation, try Merge Accounts in your certification profile. It links the other account to this one. If it refuses, open a case.`,
  }),

  // ───────────── info_request (6) ─────────────
  mk({
    slug: 'en-info-former-latter-ids',
    kind: 'info_request',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'asks for sign-in emails and candidate IDs for the former and the latter',
    at: '2026-09-15 19:22:09',
    text: `Hi Dana,

Thanks for writing in. To look into the above I'll need a couple of things for each profile, the former and the latter:
- the candidate ID (starts with AWS)
- the sign-in email
- the email that gets certification notifications

Once I have them I can check both on our side.

Best,
Ryan
AWS Training and Certification

${sfOriginal(DANA.keep, '9/14/2026 4:01 PM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', DANA_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirm-worded',
    kind: 'info_request',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    trap: true,
    note: '"please confirm which address" asks for information: info_request',
    at: '2026-08-04 14:10:44',
    text: `Hello Omar,

Regarding the request below: please confirm which of those two email addresses you'd like to keep going forward. We can't go ahead until we know that.

Kind regards,
Priyanka
AWS T&C Support

${outlookEn(`Omar Haddad <${OMAR.keep}>`, 'Monday, August 3, 2026 11:44 AM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', OMAR_REQ)}`,
  }),
  mk({
    slug: 'en-info-no-auth',
    kind: 'info_request',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    auth: 'none',
    note: 'asks for the exam dates but carries no Authentication-Results at all: untrusted',
    at: '2026-09-16 02:03:04',
    text: `Dana,

For the account you mentioned, could you send us the dates you sat those two exams and the name as it appears on the score reports? Reply to this email.

AWS Certification`,
  }),
  mk({
    slug: 'en-info-body-only',
    kind: 'info_request',
    lang: 'en',
    enc: 'utf8b64',
    from: SUPPORT,
    to: omarTo,
    subject: 'RE: [AWS Training and Certification Form Submission] - account-assistance',
    caseId: CASE.omar,
    note: 'case ID only in the body; asks for the other account\'s notification email',
    at: '2026-08-05 16:30:27',
    text: `Hi Omar,

(Case ${CASE.omar})

I found the first one, but not the second. What email did you register it with originally? It may differ from the one you gave us.

Thanks,
Priyanka`,
  }),
  mk({
    slug: 'en-info-from-keep-plus-id',
    kind: 'info_request',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: `${DANA.name} <${DANA.src}>`,
    cc: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'write from the kept address and include its candidate ID: asks for data',
    at: '2026-09-15 08:55:00',
    text: `Hi Dana,

We got this from your old work address. For security, please reply from the address you're keeping instead, and add that account's candidate ID in the reply.

Ryan`,
  }),
  mk({
    slug: 'en-info-html-alt',
    kind: 'info_request',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'asks which of the two the unused voucher should stay with before going ahead',
    at: '2026-08-06 10:12:40',
    text: `Hi Omar,

Thanks, that's everything except one detail. The latter still has an unused 50% voucher. Should it follow the account you keep, or would you rather use it first?

Let me know and I'll carry on.
Priyanka`,
    html: paras(`Hi Omar,

Thanks, that's everything except one detail. The latter still has an unused 50% voucher. Should it follow the account you keep, or would you rather use it first?

Let me know and I'll carry on.
Priyanka`),
  }),

  // ───────────── confirmation_request (6) ─────────────
  mk({
    slug: 'en-conf-irreversible',
    kind: 'confirmation_request',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'asks consent to merge the former into the latter; cannot be undone',
    at: '2026-09-17 13:40:51',
    text: `Hi Dana,

I've located both. Here's what would happen:
Former: ${DANA.srcId} (${DANA.src})
Latter: ${DANA.keepId} (${DANA.keep})
Everything on the former moves to the latter, and the former is deactivated.

This can't be reversed. If that's what you want, just reply to this email saying so.

Ryan`,
  }),
  mk({
    slug: 'en-conf-yes-reply',
    kind: 'confirmation_request',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'asks the customer to reply "yes" to approve the merge of the two',
    at: '2026-08-07 09:02:13',
    text: `Hello Omar,

Got it, the voucher will follow. Before I submit this, I need your go-ahead: once the two are combined it's permanent. A simple "yes" in reply is enough.

Priyanka`,
  }),
  mk({
    slug: 'en-conf-html-only',
    kind: 'confirmation_request',
    lang: 'en',
    enc: 'utf8b64',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'HTML-only consent request referring to "them" and "this"',
    at: '2026-09-18 07:14:00',
    html: `<div><p>Hi Dana,</p><p>Just following up on my previous note. We're ready to combine them as described, but we need you to OK this first, since it can't be undone afterwards.</p><p>Could you reply to approve?</p><p>Thanks,<br>Ryan<br>AWS Training and Certification</p></div>`,
  }),
  mk({
    slug: 'en-conf-gmail-quoted',
    kind: 'confirmation_request',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'top-posted consent request above a Gmail quote of the customer',
    at: '2026-08-06 18:22:48',
    text: `Omar,

Thanks for that. Can you confirm you're OK with us going ahead with it? ${OMAR.srcId} would stop working, and there's no way back.

Priyanka

${gmailEn(`Thu, Aug 6, 2026 at 5:10 PM Omar Haddad <${OMAR.keep}>`, '', `Keep the first one please, the second one was my old startup email.`)}`,
  }),
  mk({
    slug: 'en-conf-numbered',
    kind: 'confirmation_request',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'lists what will happen, then asks for agreement',
    at: '2026-09-17 09:05:33',
    text: `Hi Dana,

Here's the plan for the above:
1) ${DANA.srcId}'s history moves to ${DANA.keepId}
2) ${DANA.srcId} is closed
3) None of this can be rolled back

Please let us know whether you agree.
Ryan`,
  }),
  mk({
    slug: 'en-conf-mixed-ja-quote',
    kind: 'confirmation_request',
    lang: 'en',
    enc: 'utf8b64',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'English consent request; Japanese only in the quoted earlier note',
    at: '2026-08-07 08:00:10',
    text: `Hi Omar,

Sorry, my colleague replied to you in Japanese by mistake. In short: we'd like your approval to merge those two accounts. It's irreversible, so please reply only if you're sure.

Priyanka

> 前者を後者に統合してよろしいでしょうか。`,
  }),

  // ───────────── merge_completed (6) ─────────────
  mk({
    slug: 'en-merge-completed-it',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: '"We\'ve now completed it" where it is the merge consented to in the quote',
    at: '2026-09-21 15:30:00',
    text: `Hi Dana,

We've now completed it. You should see all three certifications when you sign in with ${DANA.keep}.

Ryan

${sfOriginal(DANA.keep, '9/18/2026 8:01 AM', SUPPORT_BARE, formSubject(CASE.dana), 'Yes, please go ahead and merge them. Thanks!')}`,
  }),
  mk({
    slug: 'en-merge-both-one',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: '"Both of them are now one"',
    at: '2026-08-10 12:12:12',
    text: `Hello Omar,

Good news: both of them are now one. ${OMAR.keepId} holds your full history and the voucher.

Priyanka`,
  }),
  mk({
    slug: 'en-merge-portal',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'utf8b64',
    from: CERT_PORTAL,
    to: danaTo,
    subject: 'Your AWS Certification accounts have been merged',
    caseId: null,
    note: 'certification portal notice of the merge, no case ID',
    at: '2026-09-21 14:58:44',
    text: `Hello Dana,

This is to let you know that the accounts you asked about have been merged. The certifications from the other account are now listed in this one.

AWS Certification`,
    html: `<p>Hello Dana,</p><p>This is to let you know that the accounts you asked about have been merged. The certifications from the other account are now listed in this one.</p><p>AWS Certification</p>`,
  }),
  mk({
    slug: 'en-merge-other-only',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    auth: 'otherOnly',
    note: 'says it is done, but only a foreign A-R (mx.google.com) vouches for it: untrusted',
    at: '2026-08-09 22:10:00',
    text: `Omar,

That's done: the latter is merged into the former. Nothing else needed from you.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-check-and-close',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'merge done, please check, and the case will now be closed: merge_completed',
    at: '2026-09-21 16:01:20',
    text: `Hi Dana,

Quick follow-up: the merge you approved went through this afternoon. Please take a look and make sure everything looks right; I'll close this case now, but replying will reopen it.

Ryan`,
  }),
  mk({
    slug: 'en-merge-outlook-bottom',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'utf8b64',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'bottom-posted under an Outlook quote: "The above is finished"',
    at: '2026-08-10 09:45:31',
    text: `${outlookEn(`Omar Haddad <${OMAR.keep}>`, 'Friday, August 7, 2026 9:20 AM', SUPPORT_BARE, formSubject(CASE.omar), 'Yes.')}

--
Hi Omar, the above is finished: your two accounts were consolidated into ${OMAR.keepId} this morning.
Priyanka`,
  }),

  // ───────────── badges_transferred (6) ─────────────
  mk({
    slug: 'en-badge-credly',
    kind: 'badges_transferred',
    lang: 'en',
    enc: 'utf8qp',
    from: CREDLY_AWS,
    to: danaTo,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    caseId: null,
    note: "AWS's badge issued via Credly to the kept address",
    at: '2026-09-22 03:30:02',
    text: `Dana, you've earned it!

Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e

Credly`,
    html: `<p>Dana, you've earned it!</p><p>Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.</p><p><a href="https://www.credly.com/earner/earned/badge/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e">Accept your badge</a></p><p>Credly</p>`,
  }),
  mk({
    slug: 'en-badge-support-moved-them',
    kind: 'badges_transferred',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'support: the ones you mentioned (badges) were moved to the kept account',
    at: '2026-08-12 10:40:00',
    text: `Hi Omar,

The ones you mentioned have been moved across; they're now under ${OMAR.keep} on Credly.

Priyanka

${gmailEn(`Tue, Aug 11, 2026 at 8:15 AM Omar Haddad <${OMAR.keep}>`, '', `Thanks for the merge. My two Credly badges are still on the old startup address though, can those follow?`)}`,
  }),
  mk({
    slug: 'en-badge-forged-below',
    kind: 'badges_transferred',
    lang: 'en',
    enc: 'utf8qp',
    from: CREDLY_AWS,
    to: danaTo,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    caseId: null,
    auth: 'forgedBelow',
    note: 'Credly badge mail whose pass verdict sits below the server Received: untrusted',
    at: '2026-09-22 04:04:04',
    text: `Your badge has moved to your merged account.
Claim it within 48 hours: https://credly-badges.example.net/claim/77120`,
  }),
  mk({
    slug: 'en-badge-and-closing',
    kind: 'badges_transferred',
    lang: 'en',
    enc: 'utf8b64',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'support moved the badges and is closing the case: badges_transferred',
    at: '2026-09-24 11:50:35',
    text: `Hi Dana,

Those two badges were still on the old profile; I've now transferred them, so they sit with ${DANA.keep} on Credly. With that, I'm closing this case.

Ryan`,
  }),
  mk({
    slug: 'en-badge-latter-now',
    kind: 'badges_transferred',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'the former (certifications) moved earlier; the latter (badges) has now been moved too',
    at: '2026-08-12 17:03:11',
    text: `Hi Omar,

Update on the two items: the former was already taken care of with the merge, and as of today the latter is done as well. Your badges are on the kept account.

Priyanka`,
  }),
  mk({
    slug: 'en-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'en',
    enc: 'utf8qp',
    from: CREDLY_AWS,
    to: omarTo,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    caseId: null,
    note: 'HTML-only Credly issuance of an AWS badge',
    at: '2026-08-12 18:00:00',
    html: `<table><tr><td><p>Hi Omar,</p><p>Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.</p><p><a href="https://www.credly.com/earner/earned/badge/c0ffee00-1234-4abc-9def-556677889900">Accept your badge</a></p></td></tr></table>`,
  }),

  // ───────────── case_closed (6) ─────────────
  mk({
    slug: 'en-closed-resolved',
    kind: 'case_closed',
    lang: 'en',
    enc: 'ascii7',
    from: AWS_NOTIFY,
    to: danaTo,
    subject: `Case ${CASE.dana} has been resolved`,
    caseId: CASE.dana,
    note: 'support notification that the case is resolved/closed',
    at: '2026-09-25 00:00:31',
    text: `Hello,

The case above has been marked resolved and closed. If you need to follow up on it, you can reopen it from the Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-will-close',
    kind: 'case_closed',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'will close in 5 days without a reply',
    at: '2026-08-14 09:00:00',
    text: `Hi Omar,

We haven't heard back on the above. If there's nothing else, this case will close automatically in 5 days. Reply to keep it open.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-restates',
    kind: 'case_closed',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    trap: true,
    note: 'closing that restates the merge done last week: case_closed',
    at: '2026-09-29 10:10:10',
    text: `Hi Dana,

As your accounts were merged last week and we haven't heard anything since, we're closing this case now.

Ryan`,
  }),
  mk({
    slug: 'en-closed-fail',
    kind: 'case_closed',
    lang: 'en',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: omarTo,
    subject: `Your case ${CASE.omar} was closed`,
    caseId: CASE.omar,
    auth: 'fail',
    note: 'closing notice with dmarc=fail on the topmost A-R: untrusted',
    at: '2026-08-19 05:55:55',
    text: `Hello Omar,

This case has been closed. To keep your certifications active, verify your profile within 24 hours:
https://aws-cert-verify.example.net/profile`,
  }),
  mk({
    slug: 'en-closed-html',
    kind: 'case_closed',
    lang: 'en',
    enc: 'utf8b64',
    from: AWS_SUPPORT,
    to: danaTo,
    subject: `AWS Support case ${CASE.dana} closed`,
    caseId: CASE.dana,
    note: 'HTML-only closed notification',
    at: '2026-09-25 00:01:10',
    html: `<div><p>Hi Dana Whitfield,</p><p>Case ${CASE.dana} is now closed. We hope it was resolved to your satisfaction. You can reopen it within 14 days.</p></div>`,
  }),
  mk({
    slug: 'en-closed-no-reply',
    kind: 'case_closed',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    note: 'closed because there was no reply to the earlier message',
    at: '2026-08-19 09:12:00',
    text: `Hi Omar,

Since we didn't hear back on that, we've gone ahead and closed this one. Just reply if you need it again.

AWS Training and Certification`,
  }),

  // ───────────── support_reply (6) ─────────────
  mk({
    slug: 'en-sr-thanks-confirming',
    kind: 'support_reply',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    trap: true,
    note: 'thanks for confirming, passed to the team',
    at: '2026-09-18 09:30:00',
    text: `Hi Dana,

Thanks for confirming. I've passed it to the team that handles this; I'll let you know when they're done.

Ryan`,
  }),
  mk({
    slug: 'en-sr-latter-not-yet',
    kind: 'support_reply',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    trap: true,
    note: 'status: the former (merge, done earlier) restated, the latter (badges) not yet moved',
    at: '2026-08-11 15:00:00',
    text: `Hi Omar,

Re your two questions: the former is already done, as I mentioned on Monday. The latter hasn't been moved yet; I've asked our Credly contact and will update you.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-dup-case-merged',
    kind: 'support_reply',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.danaDup),
    caseId: CASE.danaDup,
    trap: true,
    note: 'duplicate CASES merged ("the latter has been closed" = the duplicate case), not the accounts',
    at: '2026-09-15 07:20:00',
    text: `Hi Dana,

You opened two cases for the same thing (${CASE.dana} and ${CASE.danaDup}). I've merged them; we'll continue on the former, and the latter has been closed. Nothing has happened to your accounts yet.

Ryan`,
  }),
  mk({
    slug: 'en-sr-once-merged',
    kind: 'support_reply',
    lang: 'en',
    enc: 'utf8b64',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    trap: true,
    note: 'future/conditional: once we have merged them we will email you',
    at: '2026-08-07 12:30:00',
    text: `Hi Omar,

Thank you. Once we have merged them, you'll get an email from us and the badges can be claimed afterwards. It usually takes a few days.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: `${DANA.name} <${DANA.src}>`,
    cc: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    note: 'write to us from the address you keep, no data asked',
    at: '2026-09-15 06:40:00',
    text: `Hello Dana,

Could you send your next reply from the address you're keeping rather than this one? That's all we need for now.

Ryan`,
  }),
  mk({
    slug: 'en-sr-unable',
    kind: 'support_reply',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: omarTo,
    subject: formSubject(CASE.omar),
    caseId: CASE.omar,
    trap: true,
    note: 'unable to merge them right now (pending exam on the latter): negated, no request',
    at: '2026-08-05 11:00:00',
    text: `Hi Omar,

Unfortunately we're unable to merge them at the moment: the latter has an exam scheduled for next week, and we can't touch it until that's been scored. We'll pick it back up after that on our side.

Priyanka`,
  }),

  // ───────────── unrelated (7) ─────────────
  mk({
    slug: 'en-unrel-own-forward',
    kind: 'unrelated',
    lang: 'en',
    enc: 'ascii7',
    from: danaTo,
    to: `Dana W <${DANA.src}>`,
    subject: `Fwd: ${formSubject(CASE.dana)}`,
    caseId: CASE.dana,
    trap: true,
    note: "the user's own forward of the completion mail to her other address: unrelated",
    at: '2026-09-21 16:20:00',
    text: `fyi, it's done - both of them are one now

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Mon, Sep 21, 2026 at 3:30 PM
Subject: ${formSubject(CASE.dana)}

Hi Dana,

We've now completed it.`,
  }),
  mk({
    slug: 'en-unrel-refund-case',
    kind: 'unrelated',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: danaTo,
    subject: `RE:[CASE ${CASE.danaVoucher}] [AWS Training and Certification Form Submission] - exam voucher refund`,
    caseId: CASE.danaVoucher,
    trap: true,
    note: 'another case (voucher refund): "we\'ve now completed it" refers to the refund',
    at: '2026-10-02 10:00:00',
    text: `Hi Dana,

About the refund for the voucher you bought twice: we've now completed it. It should show on your card in 5-10 business days. I'll close this case.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-unrel-ooo-oldco',
    kind: 'unrelated',
    lang: 'en',
    enc: 'ascii7',
    from: 'Omar Haddad <ohaddad@startup.example.io>',
    to: omarTo,
    subject: `Automatic reply: ${formSubject(CASE.omar)}`,
    caseId: CASE.omar,
    trap: true,
    note: "the old company's out-of-office auto-reply to the support thread",
    at: '2026-08-10 12:13:00',
    rest: { extra: ['Auto-Submitted: auto-replied'] },
    text: `I no longer work at Startup Example. This mailbox is not monitored; your message about the merge has not been read. Please contact hello@startup.example.io.`,
  }),
  mk({
    slug: 'en-unrel-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    enc: 'utf8qp',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: danaTo,
    subject: 'HashiCorp has issued you a badge',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    at: '2026-10-05 17:00:00',
    text: `Congratulations, Dana!

HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge. Accept your badge to share it.

https://www.credly.com/earner/earned/badge/aa11bb22-cc33-4d44-8e55-ff6677889900`,
  }),
  mk({
    slug: 'en-unrel-survey',
    kind: 'unrelated',
    lang: 'en',
    enc: 'ascii7',
    from: 'AWS Support <aws-survey@amazon.com>',
    to: omarTo,
    subject: 'How did we do?',
    caseId: CASE.omar,
    trap: true,
    note: 'survey about the case: unrelated',
    at: '2026-08-20 08:00:00',
    text: `Hi Omar,

Your case ${CASE.omar} was recently closed. Was your issue resolved? Tell us about it in one click:
https://survey.amazon.example/r?c=${CASE.omar}`,
  }),
  mk({
    slug: 'en-merge-to-someone-else',
    kind: 'merge_completed',
    lang: 'en',
    enc: 'utf8qp',
    from: SUPPORT,
    to: 'Jordan Lee <jordan.lee@formerco.example>',
    subject: formSubject('1770044912'),
    caseId: '1770044912',
    notForUser: true,
    note: 'a completion notice (the two are merged, the latter is gone) addressed to another person: merge_completed by its text, forUser false',
    at: '2026-09-23 12:00:00',
    text: `Hi Jordan,

Your two accounts have been merged; the latter no longer exists.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-unrel-event',
    kind: 'unrelated',
    lang: 'en',
    enc: 'utf8b64',
    from: 'AWS Events <aws-events@amazon.com>',
    to: omarTo,
    subject: "You're confirmed for AWS Summit - and here's what to bring",
    caseId: null,
    trap: true,
    note: 'event marketing with "confirmed" and "badge": unrelated',
    at: '2026-08-25 15:00:00',
    text: `Hi Omar,

Your registration is confirmed. Bring your badge QR code to the entrance; it's in the attachment to your earlier email. Certified? Visit the certification lounge.

AWS Events`,
  }),
];

export const EN_EXTRA: Msg[] = [
  mk({
    slug: 'en-sr-resent-helpdesk',
    kind: 'support_reply',
    lang: 'en',
    enc: 'ascii7',
    from: SUPPORT,
    to: danaTo,
    subject: formSubject(CASE.dana),
    caseId: CASE.dana,
    notForUser: true,
    auth: 'none',
    note: 'support status reply that was redirected to a helpdesk (Resent-*): not for the user',
    at: '2026-09-16 11:00:00',
    rest: { resent: { from: 'dana.w@example.com', to: 'helpdesk@formerco.example', date: 'Wed, 16 Sep 2026 11:05:00 +0000' } },
    text: `Hi Dana,

Quick note: I'm still checking the above with our records team. I'll reply here once I know more.

Ryan`,
  }),
];
