// Set w, English messages. Voice: the user has several cases open at once.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, CREDLY_SUPPORT, CREDLY_TICKET, DAN, DAN_REQ, FORM, NOREPLY, NORD_LIST, PEARSON, PORTAL, SOFIA, SOFIA_REQ, TOM, cet, formSubj, formSubjNew,
  gmailEn, origMsg, outlookEn, pst, sfHistory, toHtml, utc,
} from './common.js';
import { mk as mkBase, type Draft } from './common.js';

const mkE = (d: Omit<Draft, 'lang'>): Msg => mkBase({ ...d, lang: 'en' });

const D = `${DAN.name} <${DAN.keep}>`;
const Dsrc = `${DAN.name} <${DAN.src}>`;
const S = `${SOFIA.name} <${SOFIA.keep}>`;
const Ssrc = `${SOFIA.name} <${SOFIA.src}>`;

// ---------------- acknowledgement ----------------
const ack: Msg[] = [
  mkE({
    slug: 'dan-form-receipt', kind: 'acknowledgement', caseId: C.danMerge, enc: 'ascii7',
    note: 'automatic receipt of the merge case',
    from: FORM, to: D, subject: formSubjNew(C.danMerge), date: pst('2026-04-06 18:02:11'),
    text: `Hello Daniel Okafor,

We have your message. This is an automated note to let you know that case ${C.danMerge} now exists for your request about your certification account.

An associate typically replies within one to two business days. To add details, reply to this email and keep the case number in the subject line. Opening another case for the same question will slow things down.

AWS Training and Certification Customer Support`,
  }),
  mkE({
    slug: 'sofia-receipt-multipart', kind: 'acknowledgement', caseId: C.sofMerge, enc: 'utf8qp',
    note: 'receipt of the merge case, multipart/alternative',
    from: FORM, to: S, subject: formSubjNew(C.sofMerge), date: cet('2026-03-16 09:41:27'),
    text: `Hi Sofia,

Thanks for reaching out to AWS Training & Certification. Your inquiry was logged as case ${C.sofMerge}.

What happens next: a member of our team reviews it and writes back, usually within 24-48 hours (Mon–Fri).

Regards,
AWS T&C Support`,
    html: toHtml(`Hi Sofia,

Thanks for reaching out to AWS Training & Certification. Your inquiry was logged as case ${C.sofMerge}.

What happens next: a member of our team reviews it and writes back, usually within 24-48 hours (Mon–Fri).

Regards,
AWS T&C Support`),
  }),
  mkE({
    slug: 'sofia-dup-receipt-lf', kind: 'acknowledgement', caseId: C.sofDup, enc: 'ascii7', crlf: false,
    note: 'receipt of the second merge case she opened by mistake',
    from: FORM, to: Ssrc, subject: formSubjNew(C.sofDup), date: cet('2026-03-16 10:05:03'),
    text: `Case ${C.sofDup} - received

Dear customer,
this confirms that we received your submission via the AWS Training and Certification form. Reference: ${C.sofDup}.
Please allow 1-2 business days for a reply.
-- AWS Training and Certification`,
  }),
  mkE({
    slug: 'dan-html-case-opened-body-id', kind: 'acknowledgement', caseId: C.danMerge, enc: 'utf8b64',
    note: 'HTML-only AWS Support notice of a new case; case ID only in the body',
    from: NOREPLY, to: D, subject: 'We received your AWS Support request', date: pst('2026-04-06 18:03:40'),
    html: `<html><body>
<p>Hello,</p>
<p>Thank you for contacting AWS Support. A new case was created on your behalf.</p>
<table border="0" cellpadding="4"><tr><td>Case ID</td><td>${C.danMerge}</td></tr><tr><td>Subject</td><td>Certification account: two profiles</td></tr><tr><td>Status</td><td>Unassigned</td></tr></table>
<p>You can view the case in the <a href="https://support.console.aws.amazon.com/support/home">Support Center</a>.</p>
<p>Amazon Web Services</p>
</body></html>`,
  }),
  mkE({
    slug: 'sofia-lookalike-support-center', kind: 'acknowledgement', caseId: C.sofMerge, enc: 'ascii7', trusted: false,
    note: 'receipt from the look-alike domain aws-support-center.com',
    from: 'AWS Support <cases@aws-support-center.com>', to: S, subject: `Case ${C.sofMerge} received - action may be needed`, date: cet('2026-03-16 11:20:00'),
    text: `Hello Sofia,

We received your case ${C.sofMerge}. To avoid delays, please verify your identity within 24 hours:
https://aws-support-center.com/verify/${C.sofMerge}

AWS Support`,
  }),
  mkE({
    slug: 'dan-dup-submission-receipt', kind: 'acknowledgement', caseId: C.danDup, enc: 'ascii7',
    note: 'receipt for a duplicate merge case submitted again from the kept address',
    from: FORM, to: D, subject: formSubjNew(C.danDup), date: pst('2026-04-07 07:55:19'),
    text: `Hello,

Case ${C.danDup} has been opened for your request.

Heads-up: if you already have an open case on this topic, replying there is faster than creating a new one.

AWS Training and Certification`,
  }),
];

// ---------------- ai_answer ----------------
const ai: Msg[] = [
  mkE({
    slug: 'dan-ai-merge-tool', kind: 'ai_answer', caseId: C.danMerge, enc: 'ascii7',
    note: 'AI-generated pointer to the self-service Merge Accounts tool',
    from: FORM, to: D, subject: `[CASE ${C.danMerge}] An AI-generated response to your question`, date: pst('2026-04-06 18:02:40'),
    text: `This answer was produced by generative AI and may contain mistakes.

Based on your description, you may be able to resolve this yourself:
- Sign in at aws.training and open your Certification Account.
- From the profile menu choose "Merge Accounts" and enter the other account's email.

If both profiles already hold certifications, the tool will decline and you should choose "Create case" to reach an associate.`,
  }),
  mkE({
    slug: 'sofia-ai-html-suggestions', kind: 'ai_answer', caseId: C.sofMerge, enc: 'utf8qp',
    note: 'automated suggestion with articles, multipart',
    from: FORM, to: S, subject: `Suggested resources for case ${C.sofMerge}`, date: cet('2026-03-16 09:42:00'),
    text: `Hi Sofia,

Our virtual assistant found these articles that match your question:
• How do I combine two AWS Certification accounts?
• What happens to my benefits after an account merge?

Did this answer your question? If not, an associate will follow up.`,
    html: `<p>Hi Sofia,</p><p>Our virtual assistant found these articles that match your question:</p><ul><li>How do I combine two AWS Certification accounts?</li><li>What happens to my benefits after an account merge?</li></ul><p>Did this answer your question? If not, an associate will follow up.</p>`,
  }),
  mkE({
    slug: 'sofia-ai-ses-only-dkim', kind: 'ai_answer', caseId: C.sofMerge, enc: 'ascii7', auth: 'sesOnly', trusted: false,
    note: 'AI-style answer signed only by amazonses.com (not aligned), DMARC none',
    from: FORM, to: S, subject: `[CASE ${C.sofMerge}] Automated answer`, date: cet('2026-03-16 12:30:15'),
    text: `Automated answer (AI)

You can merge your certification accounts from the profile page. Use the link below to start:
http://aws-merge-tool.example.com/start`,
  }),
  mkE({
    slug: 'dan-ai-after-merge-credly', kind: 'ai_answer', caseId: C.danMerge, enc: 'utf8b64',
    note: 'AI answer explaining what happens to Credly badges after a merge; stays ai_answer',
    from: FORM, to: D, subject: `[CASE ${C.danMerge}] Here's what our assistant found`, date: pst('2026-04-06 18:03:05'),
    text: `Hi Daniel,

(Generated automatically)

After two certification accounts are merged, your exam history and active certifications appear under the surviving account. Digital badges live on Credly, so you may need to accept them again at the surviving account's email address once the merge is finished.

Start with Profile > Merge Accounts. If that does not work for you, create a case and an associate will help.`,
  }),
  mkE({
    slug: 'sofia-dup-generated-answer', kind: 'ai_answer', caseId: C.sofDup, enc: 'ascii7',
    note: 'generated answer on the duplicate submission',
    from: FORM, to: Ssrc, subject: `Generated answer - case ${C.sofDup}`, date: cet('2026-03-16 10:05:30'),
    text: `Sofia,

This reply was written by an AI assistant.
Duplicate certification accounts can usually be combined with the Merge Accounts option in your certification profile. When both accounts hold certifications, an associate has to do it for you.

Was this helpful? Yes / No`,
  }),
];

// ---------------- info_request ----------------
const info: Msg[] = [
  mkE({
    slug: 'dan-ids-which-keep-billing-aside', kind: 'info_request', caseId: C.danMerge, enc: 'ascii7',
    note: 'asks for candidate IDs and the account to keep; mentions the billing case in passing',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-07 10:31:56'),
    text: `Hi Daniel,

Thanks for writing in, my name is Grace and I'll be looking after this.

So we can line up the two profiles, please send:
1) the candidate ID for each account (starts with "AWS")
2) the sign-in email for each
3) which one should survive

One more thing: the charge you asked about is being handled by AWS Billing under case ${C.danBill}; I can't see that case from here.

Grace
AWS Training and Certification

${sfHistory(D, '4/6/2026 6:01 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubjNew(C.danMerge), DAN_REQ)}`,
  }),
  mkE({
    slug: 'sofia-confirm-which-email', kind: 'info_request', caseId: C.sofMerge, enc: 'utf8qp', trap: true,
    note: '"could you confirm which email you keep" asks for information, not consent',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-17 14:08:44'),
    text: `Hej Sofia,

Could you confirm which of the two email addresses you'd like to keep as your login going forward? Your message mentions both ${SOFIA.keep} and ${SOFIA.src}, and the profiles list different names (Sofia Lindqvist vs. S. Lindqvist).

Thanks!
Marco, AWS T&C`,
  }),
  mkE({
    slug: 'dan-outlook-exam-history', kind: 'info_request', caseId: C.danMerge, enc: 'ascii7',
    note: 'asks for screenshots of both exam histories; Outlook block below',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-08 09:12:30'),
    text: `Daniel,

Appreciate the quick reply. Before I hand this over, I need a screenshot of the Exam History page from each account - the older Brightlane profile shows a voucher I can't match.

Grace

${outlookEn(D, '2026-04-07 21:05', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.danMerge), `Hi Grace,\n${DAN.srcId} = ${DAN.src}\n${DAN.keepId} = ${DAN.keep} (keep this one)\nThanks, Dan`)}`,
  }),
  mkE({
    slug: 'sofia-write-from-kept-with-id', kind: 'info_request', caseId: C.sofMerge, enc: 'ascii7',
    note: 'asks her to write from the kept address and include its candidate ID',
    from: FORM, to: Ssrc, subject: formSubj(C.sofMerge), date: cet('2026-03-18 08:55:10'),
    text: `Hello Sofia,

For security we can only act on requests sent from the address on the account you're keeping. Please reply from ${SOFIA.keep} and include that account's candidate ID in the message.

Kind regards,
Marco`,
  }),
  mkE({
    slug: 'dan-html-still-waiting', kind: 'info_request', caseId: C.danMerge, enc: 'utf8b64',
    note: 'HTML-only nudge for the screenshots not yet received',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-10 11:40:02'),
    html: `<div>Hi Daniel,</div><div><br></div><div>Just following up - I haven't seen the Exam History screenshots come through yet. Once they land on case ${C.danMerge} I can move this forward.</div><div><br></div><div>(Your exam reschedule request is on its own case, ${C.danExam}, so no need to mention it here.)</div><div><br></div><div>Grace</div>`,
  }),
  mkE({
    slug: 'sofia-info-misaligned-dkim', kind: 'info_request', caseId: C.sofMerge, enc: 'ascii7', auth: 'misaligned', trusted: false,
    note: 'info request signed by an unrelated bulk-mail domain, DMARC fail',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-17 02:14:55'),
    text: `Hello,

To continue with the account merge, reply with your date of birth, both candidate IDs and the password of the account you are closing.

AWS Training and Certification`,
  }),
];

// ---------------- confirmation_request ----------------
const confirm: Msg[] = [
  mkE({
    slug: 'dan-cannot-undo-reply-agree', kind: 'confirmation_request', caseId: C.danMerge, enc: 'ascii7',
    note: 'asks for consent to the irreversible merge',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-11 13:22:48'),
    text: `Hi Daniel,

Thanks, the screenshots cleared it up. Here's the plan:

  merge FROM ${DAN.srcId} (${DAN.src})
  INTO ${DAN.keepId} (${DAN.keep})

Heads up that this can't be reversed afterwards. If that's what you want, reply "I agree" on this thread and I'll get it done.

Grace

${sfHistory(D, '4/10/2026 8:17 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.danMerge), 'Screenshots attached. Sorry for the delay.')}`,
  }),
  mkE({
    slug: 'sofia-ok-to-proceed-tom-aside', kind: 'confirmation_request', caseId: C.sofMerge, enc: 'utf8qp',
    note: "asks whether to go ahead; mentions the colleague's separate case in passing",
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-19 10:17:36'),
    text: `Hi Sofia,

Got it, thank you for writing from your personal address.

Are you happy for us to move everything from ${SOFIA.srcId} into ${SOFIA.keepId}? Once it's done the old profile is deactivated and we can't split them again, so a quick "yes, go ahead" is all I need.

Your colleague Tom's request is on a separate case (${C.sofTom}); I've kept the two apart.

Marco`,
  }),
  mkE({
    slug: 'dan-gmail-thread-bottom', kind: 'confirmation_request', caseId: C.danMerge, enc: 'ascii7',
    note: 'consent request written under a long Gmail-quoted thread (bottom-posted)',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-12 08:03:12'),
    text: `${gmailEn('2026-04-11 19:40', D, `Hi Grace, quick question first - will my 50% voucher survive?\nDan\n\n${gmailEn('2026-04-11 13:22', FORM, 'Heads up that this can\'t be reversed afterwards.')}`)}

Yes, the voucher carries over as long as it hasn't expired.

With that answered - do we have your OK to combine the two accounts? It's permanent, so please reply to confirm before I submit it.

Grace`,
  }),
  mkE({
    slug: 'sofia-html-before-we-proceed', kind: 'confirmation_request', caseId: C.sofMerge, enc: 'utf8b64',
    note: 'multipart consent request',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-19 10:20:02'),
    text: `Hi Sofia,

Before we proceed: merging accounts is permanent. Please reply to this email stating that you consent to merging ${SOFIA.srcId} into ${SOFIA.keepId}.

Marco`,
    html: `<p>Hi Sofia,</p><p><strong>Before we proceed:</strong> merging accounts is permanent. Please reply to this email stating that you consent to merging ${SOFIA.srcId} into ${SOFIA.keepId}.</p><p>Marco</p>`,
  }),
  mkE({
    slug: 'dan-consent-forged-below', kind: 'confirmation_request', caseId: C.danMerge, enc: 'ascii7', auth: 'forgedBelow', trusted: false,
    note: 'consent request whose only pass verdict sits below the receiving Received line',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-11 03:30:00'),
    text: `Daniel,

Please confirm the merge of your accounts by signing in here within 12 hours:
http://aws-training-confirm.example.biz/${C.danMerge}

AWS Training and Certification`,
  }),
  mkE({
    slug: 'sofia-cc-tom-consent', kind: 'confirmation_request', caseId: C.sofTom, enc: 'ascii7',
    note: "colleague Tom's merge case with the user on Cc: by its text a consent request",
    from: FORM, to: TOM, cc: Ssrc, subject: formSubj(C.sofTom), date: cet('2026-03-20 15:45:21'),
    text: `Hi Tom (cc Sofia as requested),

We're ready to merge your two certification profiles. Since this is irreversible, we need you - the account holder - to reply and confirm you want it done.

Marco
AWS Training and Certification`,
  }),
];

// ---------------- merge_completed ----------------
const merged: Msg[] = [
  mkE({
    slug: 'dan-merged-will-close', kind: 'merge_completed', caseId: C.danMerge, enc: 'ascii7',
    note: 'merge done and the case will now be closed',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-14 16:48:09'),
    text: `Hi Daniel,

Good news - ${DAN.srcId} has been merged into ${DAN.keepId}. Sign in with ${DAN.keep} and you'll see all of your certifications in one place.

I'll close this case out now; replying will reopen it if anything looks off.

Grace`,
  }),
  mkE({
    slug: 'sofia-combined-please-check', kind: 'merge_completed', caseId: C.sofMerge, enc: 'utf8qp',
    note: 'accounts combined; asks her to check that all looks right',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-23 11:06:55'),
    text: `Hi Sofia,

Thanks for the go-ahead. Your profiles are now a single account under ${SOFIA.keep}; the old one (${SOFIA.srcId}) has been retired.

Could you log in and check that your certifications and benefits all look right?

Marco`,
  }),
  mkE({
    slug: 'dan-portal-merged-html', kind: 'merge_completed', caseId: null, enc: 'utf8b64',
    note: "certification portal's own merged notice, no case ID",
    from: PORTAL, to: D, subject: 'Your AWS Certification accounts have been merged', date: utc('2026-04-14 22:30:41'),
    html: `<html><body style="font-family:Arial,sans-serif">
<h3>Account merge</h3>
<p>Hello Daniel,</p>
<p>The certification account ${DAN.srcId} is now part of ${DAN.keepId}. Use ${DAN.keep} to sign in from now on.</p>
<p>AWS Certification</p>
</body></html>`,
  }),
  mkE({
    slug: 'sofia-merged-billing-separate', kind: 'merge_completed', caseId: C.sofMerge, enc: 'ascii7',
    note: 'merge finished; notes the billing case is handled elsewhere',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-23 11:10:02'),
    text: `Sofia,

The merge went through this morning without issues: everything from ${SOFIA.srcId} now sits on ${SOFIA.keepId}.

Regarding the invoice question you raised - that stays with AWS Billing on case ${C.sofBill}; nothing on our side affects it.

Marco`,
  }),
  mkE({
    slug: 'dan-merged-dmarc-fail', kind: 'merge_completed', caseId: C.danMerge, enc: 'ascii7', auth: 'fail', trusted: false,
    note: 'completion notice that fails DMARC',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-13 01:12:40'),
    text: `Daniel,

Your accounts have been merged successfully. Log in here to review your new profile:
http://aws-training-profile.example.co/login`,
  }),
  mkE({
    slug: 'sofia-tom-merged-team-list', kind: 'merge_completed', caseId: C.sofTom, enc: 'ascii7', forUser: false,
    note: "colleague Tom's merge completed, reached her only through the team list",
    from: FORM, to: TOM, cc: NORD_LIST, deliveredTo: 'cloud-guild@nordhavn-data.example.com', subject: formSubj(C.sofTom), date: cet('2026-03-25 09:02:14'),
    text: `Hi Tom,

All done - your two certification profiles have been merged into the one you asked to keep.

Marco`,
  }),
];

// ---------------- badges_transferred ----------------
const badges: Msg[] = [
  mkE({
    slug: 'dan-credly-accept-badge', kind: 'badges_transferred', caseId: null, enc: 'utf8qp',
    note: 'AWS badge via Credly to the kept address',
    from: CREDLY_AWS, to: D, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: utc('2026-04-15 03:11:18'),
    text: `Daniel, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/3b8d51a0-6e2f-4c19-b0d3-9f2a71e8c455

Credly`,
    html: `<p>Daniel, you've earned a badge!</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Data Engineer - Associate</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/3b8d51a0-6e2f-4c19-b0d3-9f2a71e8c455">Accept your badge</a></p><p>Credly</p>`,
  }),
  mkE({
    slug: 'sofia-badges-moved-closing', kind: 'badges_transferred', caseId: C.sofMerge, enc: 'ascii7',
    note: 'support moved the Credly badges and closes the case',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-26 13:44:30'),
    text: `Hi Sofia,

You were right, the two badges were still attached to ${SOFIA.src}. I've had them reassigned to ${SOFIA.keep}; they should be on your Credly dashboard now.

As that was the last open item I'm going to close the case. Take care!

Marco`,
  }),
  mkE({
    slug: 'sofia-credly-html-only', kind: 'badges_transferred', caseId: null, enc: 'utf8b64',
    note: 'HTML-only AWS badge notice from Credly',
    from: CREDLY_AWS, to: S, subject: 'Claim your AWS Certified Machine Learning Engineer - Associate badge', date: utc('2026-03-26 14:02:09'),
    html: `<html><body>
<p>Hi Sofia,</p>
<p>Amazon Web Services Training and Certification issued you a badge: <b>AWS Certified Machine Learning Engineer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/9e1f0b3c-4d2a-47c8-a6b5-0c8d3e2f1a77/accept">Accept your badge</a></p>
<p style="color:#777;font-size:11px">Sent to ${SOFIA.keep} by Credly, Inc.</p>
</body></html>`,
  }),
  mkE({
    slug: 'dan-support-transferred-badges', kind: 'badges_transferred', caseId: C.danMerge, enc: 'ascii7',
    note: 'support says the Credly badges were transferred; asks to accept them',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-16 10:25:51'),
    text: `Hi Dan,

Following up on the missing badges: our team transferred your Credly badges to ${DAN.keep} this morning. You'll get an email from Credly for each one - please accept them there.

Grace

${origMsg(D, 'Wednesday, April 15, 2026 7:02 PM', formSubj(C.danMerge), 'Merge looks great, but my Credly badges are still on the Brightlane address.')}`,
  }),
  mkE({
    slug: 'sofia-credly-co-lookalike', kind: 'badges_transferred', caseId: null, enc: 'utf8qp', trusted: false,
    note: 'badge notice from the look-alike domain credly.co',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.co>', to: S, subject: 'You have a new badge waiting', date: utc('2026-03-24 04:40:40'),
    text: `Hi Sofia,

Your AWS badges were moved to your new account. Accept your badge: https://credly.co/accept?id=sl`,
  }),
];

// ---------------- case_closed ----------------
const closed: Msg[] = [
  mkE({
    slug: 'dan-auto-close-72h', kind: 'case_closed', caseId: C.danMerge, enc: 'ascii7',
    note: 'will auto-resolve in 72 hours without a reply',
    from: NOREPLY, to: D, subject: `AWS Support: we're waiting on your reply (case ${C.danMerge})`, date: pst('2026-04-09 06:00:05'),
    text: `Hello,

We haven't heard back from you on case ${C.danMerge}. If we don't receive a reply within 72 hours, the case will be resolved automatically.

View your case: https://support.console.aws.amazon.com/support/home#/case/?displayId=${C.danMerge}

Amazon Web Services`,
  }),
  mkE({
    slug: 'sofia-dup-closed-as-duplicate', kind: 'case_closed', caseId: C.sofDup, enc: 'ascii7',
    note: 'the duplicate merge case is closed; work continues on the first case',
    from: FORM, to: Ssrc, subject: formSubj(C.sofDup), date: cet('2026-03-17 09:00:48'),
    text: `Hi Sofia,

I'm closing ${C.sofDup} because it duplicates ${C.sofMerge}, which is already with my colleague. No action needed - you'll hear from us there.

AWS Training and Certification`,
  }),
  mkE({
    slug: 'sofia-resolved-html', kind: 'case_closed', caseId: C.sofMerge, enc: 'utf8b64',
    note: 'HTML-only notice that the merge case was resolved',
    from: NOREPLY, to: S, subject: `Case ${C.sofMerge} has been resolved`, date: utc('2026-03-26 14:30:00'),
    html: `<html><body><p>Hello,</p><p>Your support case <b>${C.sofMerge}</b> has been marked as resolved.</p><p>If you need further help, you can reopen it within 14 days from the Support Center.</p><p>Amazon Web Services</p></body></html>`,
  }),
  mkE({
    slug: 'dan-closing-restates-merge', kind: 'case_closed', caseId: C.danMerge, enc: 'ascii7', trap: true,
    note: 'closing notice that only restates the earlier merge and badge move',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-23 09:14:27'),
    text: `Hi Daniel,

As your accounts were merged and the badges moved over last week, and we haven't heard anything further, I'm marking this case closed.

All the best,
Grace`,
  }),
  mkE({
    slug: 'dan-dup-closed-qp', kind: 'case_closed', caseId: C.danDup, enc: 'utf8qp',
    note: 'the duplicate case is closed',
    from: FORM, to: D, subject: formSubj(C.danDup), date: pst('2026-04-07 11:02:40'),
    text: `Hello Daniel,

You opened ${C.danDup} while ${C.danMerge} was still active for the same request. I've closed ${C.danDup}; Grace will keep helping you on the original case.

Thanks for your patience.
— AWS T&C`,
  }),
  mkE({
    slug: 'sofia-closed-google-ar-only', kind: 'case_closed', caseId: C.sofMerge, enc: 'ascii7', auth: 'otherOnly', trusted: false,
    note: 'closing notice authenticated only by another authserv-id (mx.google.com)',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-22 23:10:10'),
    text: `Hello Sofia,

This case has been closed. If you still need help, please open a new request.

AWS Training and Certification`,
  }),
];

// ---------------- support_reply ----------------
const reply: Msg[] = [
  mkE({
    slug: 'dan-thanks-for-confirming', kind: 'support_reply', caseId: C.danMerge, enc: 'ascii7', trap: true,
    note: 'thanks for confirming, passed to the back-end team',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-12 12:40:19'),
    text: `Hi Daniel,

Thanks for confirming. I've submitted the request to the team that performs merges; it typically takes a few business days. I'll update you here as soon as I hear back.

Grace`,
  }),
  mkE({
    slug: 'sofia-cases-merged', kind: 'support_reply', caseId: C.sofMerge, enc: 'ascii7', trap: true,
    note: '"we merged your two cases": not the account merge',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-17 09:05:12'),
    text: `Hi Sofia,

I noticed you submitted the form twice, so I've merged the two cases into this one (${C.sofMerge}). Everything you sent is here now.

I'm reviewing your accounts and will come back to you shortly.
Marco`,
  }),
  mkE({
    slug: 'dan-not-merged-yet-billing', kind: 'support_reply', caseId: C.danMerge, enc: 'utf8qp', trap: true,
    note: 'merge not completed yet; billing question belongs to the other case',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-13 15:20:33'),
    text: `Hi Dan,

No news yet, I'm afraid - the merge hasn't been completed, it's still in the team's queue.

About the refund: that's on your Billing case ${C.danBill}, and the Billing team will answer there. Our team can't see or change charges.

Grace

${gmailEn('2026-04-13 08:02', D, 'Any update? Also, did you get a chance to look at my refund?')}`,
  }),
  mkE({
    slug: 'sofia-once-merged-badges', kind: 'support_reply', caseId: C.sofMerge, enc: 'ascii7', trap: true,
    note: 'future: once the merge is done the badges will follow',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-21 16:03:58'),
    text: `Hi Sofia,

Good question. Once the merge has been processed, we'll check that your Credly badges follow to ${SOFIA.keep}. If they don't move automatically, just reply here and we'll take care of it.

Marco`,
  }),
  mkE({
    slug: 'dan-escalated-outlook', kind: 'support_reply', caseId: C.danMerge, enc: 'ascii7',
    note: 'escalation status update',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-09 14:11:41'),
    text: `Daniel,

I've escalated this to our certification operations team because of the voucher on the older profile. I'll let you know as soon as they respond.

Grace

${outlookEn(D, '2026-04-09 08:45', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.danMerge), 'Hi, just checking whether you need anything else from me.')}`,
  }),
  mkE({
    slug: 'sofia-unable-while-exam-booked', kind: 'support_reply', caseId: C.sofMerge, enc: 'utf8b64', trap: true,
    note: 'unable to merge while an exam is booked: negated event',
    from: FORM, to: S, subject: formSubj(C.sofMerge), date: cet('2026-03-19 17:27:14'),
    text: `Hi Sofia,

Apologies - we're unable to merge the accounts right now because ${SOFIA.srcId} has an exam appointment on 2 April. The merge can go ahead after the exam, or once the appointment is moved to the other account.

Marco`,
  }),
  mkE({
    slug: 'dan-voucher-answer', kind: 'support_reply', caseId: C.danMerge, enc: 'ascii7',
    note: 'answers a question about the practice exam benefit; no event',
    from: FORM, to: D, subject: formSubj(C.danMerge), date: pst('2026-04-08 17:30:26'),
    text: `Hi Dan,

To answer your qestion: the free practise exam benfit is tied to the certification, not the email adress, so you wont lose it.

Grace`,
  }),
  mkE({
    slug: 'sofia-write-from-kept-no-data', kind: 'support_reply', caseId: C.sofMerge, enc: 'ascii7',
    note: '"please write to us from the address you keep" without asking for data',
    from: FORM, to: Ssrc, subject: formSubj(C.sofMerge), date: cet('2026-03-17 15:30:00'),
    text: `Hi Sofia,

Quick note: please send your next reply from the mailbox of the account you plan to keep. That's all for now.

Marco`,
  }),
];

// ---------------- unrelated ----------------
const unrelated: Msg[] = [
  mkE({
    slug: 'dan-billing-case-created', kind: 'unrelated', caseId: C.danBill, enc: 'ascii7', trap: true,
    note: 'receipt of a billing case',
    from: NOREPLY, to: D, subject: `Amazon Web Services Support: case ${C.danBill} created`, date: pst('2026-04-05 20:44:12'),
    text: `Hello,

Thank you for contacting AWS Support. We've opened case ${C.danBill} (Account and billing - Charges).

We'll email you when there's an update.

Amazon Web Services`,
  }),
  mkE({
    slug: 'dan-billing-need-invoice', kind: 'unrelated', caseId: C.danBill, enc: 'utf8qp', trap: true,
    note: 'billing case asks for invoice details: information request on another case',
    from: NOREPLY, to: D, subject: `Case ${C.danBill}: We need more information`, date: pst('2026-04-07 09:10:01'),
    text: `Hello Daniel,

I'm looking into the duplicate charge. Could you send the invoice ID and the last four digits of the card that was charged? Please reply through the Support Center.

Priyanka
AWS Billing and Accounts`,
  }),
  mkE({
    slug: 'dan-billing-resolved', kind: 'unrelated', caseId: C.danBill, enc: 'ascii7', trap: true,
    note: 'billing case resolved',
    from: NOREPLY, to: D, subject: `Your AWS Support case ${C.danBill} has been resolved`, date: pst('2026-04-10 13:00:00'),
    text: `Hello,

The refund of USD 29.00 has been completed and the case has been resolved. You can reopen it within 14 days.

Amazon Web Services`,
  }),
  mkE({
    slug: 'dan-exam-rescheduled', kind: 'unrelated', caseId: C.danExam, enc: 'ascii7', trap: true,
    note: 'exam rescheduling confirmed on another case',
    from: FORM, to: D, subject: formSubj(C.danExam, 'exam-scheduling'), date: pst('2026-04-09 10:44:44'),
    text: `Hi Daniel,

Your exam has been successfully rescheduled to April 24, 2026, 9:00 AM PT (online proctored). You'll receive a confirmation from Pearson VUE as well.

Closing this case - reply if anything else comes up.
Jonas`,
  }),
  mkE({
    slug: 'dan-exam-case-receipt-html', kind: 'unrelated', caseId: C.danExam, enc: 'utf8b64', trap: true,
    note: 'receipt of the exam-scheduling case',
    from: FORM, to: D, subject: formSubjNew(C.danExam, 'exam-scheduling'), date: pst('2026-04-08 21:12:03'),
    html: `<p>Hello,</p><p>We received your request regarding exam scheduling. Case number: <b>${C.danExam}</b>.</p><p>An associate will reply within 1-2 business days.</p><p>AWS Training and Certification</p>`,
  }),
  mkE({
    slug: 'sofia-pearson-appointment-confirmed', kind: 'unrelated', caseId: null, enc: 'utf8qp', trap: true, trusted: false,
    note: 'Pearson VUE appointment confirmation; untrusted vendor domain',
    from: PEARSON, to: S, subject: 'Confirmation of your AWS exam appointment', date: cet('2026-03-20 11:31:16'),
    text: `Dear Sofia Lindqvist,

This confirms your appointment:
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Friday, April 10, 2026 - 13:00 CEST
Location: Online (OnVUE)
Registration ID: 519388402

Please read the check-in requirements before exam day.
Pearson VUE`,
  }),
  mkE({
    slug: 'dan-credly-ticket-received', kind: 'unrelated', caseId: null, enc: 'ascii7', trap: true,
    note: 'Credly help-desk receipt for a Credly ticket',
    from: CREDLY_SUPPORT, to: D, subject: `[Credly Support] Request received: #${CREDLY_TICKET.dan}`, date: utc('2026-04-15 15:20:10'),
    text: `Hi Daniel,

Your request (#${CREDLY_TICKET.dan}) has been received and is being reviewed by our support staff.

To add comments, reply to this email.

Credly Support`,
  }),
  mkE({
    slug: 'dan-credly-accounts-merged', kind: 'unrelated', caseId: null, enc: 'utf8qp', trap: true,
    note: "Credly merged the user's two Credly accounts: Credly's own merge, not AWS's",
    from: CREDLY_SUPPORT, to: D, subject: `[Credly Support] Re: two Credly accounts (#${CREDLY_TICKET.dan})`, date: utc('2026-04-17 12:05:30'),
    text: `Hi Daniel,

I've merged your Credly accounts - ${DAN.keep} is now the primary email and ${DAN.src} is a secondary. All badges from both accounts appear on one profile.

This request is now solved. Reply within 7 days to reopen it.

Credly Support`,
  }),
  mkE({
    slug: 'sofia-billing-closed', kind: 'unrelated', caseId: C.sofBill, enc: 'ascii7', trap: true,
    note: 'billing case closed',
    from: NOREPLY, to: S, subject: `Case ${C.sofBill} closed`, date: utc('2026-03-25 08:00:00'),
    text: `Hello,

We're closing case ${C.sofBill} (Invoice - VAT number) because the VAT number was added to your account.

Amazon Web Services`,
  }),
  mkE({
    slug: 'dan-billing-csat', kind: 'unrelated', caseId: C.danBill, enc: 'utf8b64', trap: true,
    note: 'satisfaction survey about the billing case',
    from: NOREPLY, to: D, subject: 'How did we do? Tell us about your recent AWS Support case', date: pst('2026-04-11 09:00:00'),
    text: `Hi Daniel,

Was your issue resolved? Please take 1 minute to rate your experience with case ${C.danBill}.

https://survey.aws.amazon.com/csat?case=${C.danBill}

Thank you,
AWS Support`,
  }),
  mkE({
    slug: 'sofia-own-consent-cc-self', kind: 'unrelated', caseId: C.sofMerge, enc: 'ascii7', trap: true, trusted: false,
    note: "the user's own consent reply, copied to her work address",
    from: S, to: FORM, cc: Ssrc, subject: formSubj(C.sofMerge), date: cet('2026-03-19 20:14:02'), relay: 'smtp.example.se',
    text: `Hi Marco,

Yes, go ahead and merge ${SOFIA.srcId} into ${SOFIA.keepId}. I understand it can't be undone.

Thanks,
Sofia

${gmailEn('2026-03-19 10:20', FORM, 'Before we proceed: merging accounts is permanent.')}`,
  }),
  mkE({
    slug: 'sofia-tom-out-of-office', kind: 'unrelated', caseId: null, enc: 'ascii7', trusted: false,
    note: "colleague's out-of-office auto reply",
    from: TOM, to: Ssrc, subject: 'Automatic reply: AWS cert cases', date: cet('2026-03-20 16:00:40'), extra: ['Auto-Submitted: auto-replied'], crlf: false,
    text: `Hi, I'm out of office until 30 March with limited access to email. For urgent matters please contact cloud-guild@nordhavn-data.example.com.

Tom`,
  }),
  mkE({
    slug: 'dan-hashicorp-via-credly', kind: 'unrelated', caseId: null, enc: 'utf8qp', trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: D, subject: 'HashiCorp sent you a new badge', date: utc('2026-04-18 17:44:05'),
    text: `Congratulations, Daniel!

HashiCorp has issued you the HashiCorp Certified: Terraform Associate (004) badge.

Accept your badge: https://www.credly.com/earner/earned/badge/5f7a

Credly`,
  }),
  mkE({
    slug: 'sofia-billing-resent-finance', kind: 'unrelated', caseId: C.sofBill, enc: 'ascii7', trap: true, forUser: false,
    note: 'billing-case information request redirected (Resent-*) to the finance team',
    from: NOREPLY, to: Ssrc, subject: `Case ${C.sofBill}: additional information needed`, date: utc('2026-03-18 10:20:00'),
    resent: { from: Ssrc, to: 'Finance <finance@nordhavn-data.example.com>', date: cet('2026-03-18 11:45:12') },
    text: `Hello,

To update the invoice, please provide your company's VAT registration number and billing address.

Case ${C.sofBill}
Amazon Web Services`,
  }),
  mkE({
    slug: 'dan-exam-need-dates', kind: 'unrelated', caseId: C.danExam, enc: 'ascii7', trap: true,
    note: 'exam case asks for preferred dates: information request on another case',
    from: FORM, to: D, subject: formSubj(C.danExam, 'exam-scheduling'), date: pst('2026-04-09 08:03:55'),
    text: `Hi Daniel,

To move your exam, please reply with two or three dates and times that work for you, plus your time zone.

Jonas
AWS Training and Certification`,
  }),
];


export const EN: Msg[] = [...ack, ...ai, ...info, ...confirm, ...merged, ...badges, ...closed, ...reply, ...unrelated];
