// Set ak, English part B: completions, badges, closing, other replies, unrelated mail.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  en, FORM, NOTIFY, SUPPORT_NOTIFY, PORTAL, CREDLY_AWS, subj, EMILY, RAHUL, KEN, C, to, quote, gmailEn, outlookEn, origMsg, sfOrig, sfRef, fwdEn,
  htmlDoc, htmlTable, paras, textTable, EMILY_ASK, FAQ_EN_A, sigEn,
} from './common.js';

const E = EMILY;
const R = RAHUL;
const eTo = to(E, 'en');
const rTo = to(R, 'en');

export const EN_B: Msg[] = [
  // ================= merge_completed =================
  en({
    slug: 'en-done-fourth-para-three-answers',
    kind: 'merge_completed',
    caseId: C.emily,
    note: 'answers the voucher, the Builder ID and the exam-booking questions first; the fourth paragraph says the merge is complete',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-13 14:21:09', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Emily,

Thanks for your reply and for the extra questions, which I'll take in turn.

Your unused 50% voucher from the SAA exam will show under Benefits on the personal account. It keeps its original expiry date.

You can keep signing in with the AWS Builder ID tied to ${E.keep}; there is nothing to do with the agency Builder ID.

You don't have anything booked, so there was nothing to cancel.

As for the main request: I'm happy to tell you the merge of ${E.srcId} into ${E.keepId} has been completed today. When you next sign in you should see all three certifications together.

${sigEn('Daniel', 0)}

${sfRef('Em41z')}`,
  }),
  en({
    slug: 'en-done-plus-badges-pending-close',
    kind: 'merge_completed',
    caseId: C.rahul,
    trap: true,
    note: 'bulleted three facts: accounts merged; badges will follow from Credly; case will be closed — the new fact is the completion',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-20 11:02:44', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul,

Thank you for the acknowledgement. A quick status update:

- Accounts: ${R.srcId} has now been merged into ${R.keepId}.
- Badges: Credly may take up to 5 business days to re-issue them to ${R.keep}. They have not moved yet.
- This case: I'll close it now; replying to this e-mail reopens it.

${sigEn('Meera', 1)}`,
  }),
  en({
    slug: 'en-done-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice (aws.training): your accounts have been combined; no case ID',
    from: PORTAL,
    to: eTo,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-04-13 19:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Emily Carter,

This is a notice about your AWS Certification account.

Account ${E.srcId} has been merged into account ${E.keepId}. Please use ${E.keep} to sign in from now on. The merged account can no longer be used to schedule exams.

If you did not request this change, please contact AWS Training and Certification Customer Support.

AWS Certification`,
  }),
  en({
    slug: 'en-done-html-cert-table',
    kind: 'merge_completed',
    caseId: C.rahul2,
    note: 'HTML-only: table of certifications now on the kept account; "the consolidation is finished" below the table',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul2),
    date: d('2026-05-08 17:40:10', '+0530'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Rahul,</p><p>Here is how your account ${R.keepId} looks now:</p>
${htmlTable([
  ['Certification', 'Earned', 'Expires'],
  ['Cloud Practitioner', '2024-08-02', '2027-08-02'],
  ['Solutions Architect - Associate', '2023-11-20', '2026-11-20'],
  ['DevOps Engineer - Professional', '2025-03-14', '2028-03-14'],
])}
<p>The consolidation is finished; the old account ${R.srcId} is no longer active.</p><p>Meera</p>`, 'en'),
  }),
  en({
    slug: 'en-done-bottom-post-under-quote',
    kind: 'merge_completed',
    caseId: C.emilyDup,
    note: 'bottom-posted "done - the two accounts are now one" under the quoted YES reply',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-11 10:05:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `${gmailEn('Thu, Apr 9, 2026 at 5:12 PM', E.en, E.keep)}
> YES
>
> Emily
>
> ${gmailEn('Thu, Apr 9, 2026 at 4:30 PM', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> To authorise the merge, reply YES to this message.

Hi Emily, done - the two accounts are now one. Everything from the agency account is under ${E.keepId}.

Priyanka`,
  }),
  en({
    slug: 'en-done-lookalike-subdomain',
    kind: 'merge_completed',
    trusted: false,
    caseId: C.rahul,
    note: 'completion text from amazon.com.case-mail.net (look-alike that only starts with amazon.com): untrusted',
    from: 'AWS Training and Certification <support@amazon.com.case-mail.net>',
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-19 03:00:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

Your accounts were merged successfully. Sign in here to review: http://amazon.com.case-mail.net/signin

AWS Training and Certification`,
  }),
  en({
    slug: 'en-done-please-check-looks-right',
    kind: 'merge_completed',
    caseId: C.emily,
    note: 'completion restating the earlier consent, ending with "please check that everything looks right": still merge_completed',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-12 09:00:00', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Emily,

Following your agreement on Friday, our back-office team has combined the agency account with your personal one; the certifications and exam history went across over the weekend.

Please sign in and check that everything looks right. If something is missing, reply here.

Daniel`,
  }),

  // ================= badges_transferred =================
  en({
    slug: 'en-badge-credly-three-issued',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS issuer) "you have been issued" three badges at the kept address',
    from: CREDLY_AWS,
    to: E.keep,
    subject: 'Amazon Web Services Training and Certification has issued you 3 badges',
    date: d('2026-04-16 02:11:09', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    relay: 'o1.ptr4417.credly.com',
    html: htmlDoc(`<p>Hi Emily,</p>
<p>Amazon Web Services Training and Certification has issued you the following badges:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Security – Specialty</li></ul>
<p><a href="https://www.credly.com/badges/accept">Accept your badges</a></p>
<p>The Credly Team</p>`, 'en'),
  }),
  en({
    slug: 'en-badge-support-fourth-para',
    kind: 'badges_transferred',
    caseId: C.rahul,
    note: 'reopened case: apology, two side answers, then in the fourth paragraph the badges were moved on Credly',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-28 10:12:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

Sorry it took longer than the five days I quoted.

Your LinkedIn certification entries will need updating by hand; we can't change those.

The old consulting address will stop getting Credly mail from us.

Back to the badges: our Credly team has moved the SAA and DevOps Pro badges over to the Credly profile on ${R.keep}, so all three are now in one place.

Meera`,
  }),
  en({
    slug: 'en-badge-and-close',
    kind: 'badges_transferred',
    caseId: C.emily,
    note: 'support says the badges were transferred and closes the case',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-15 16:40:30', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Emily,

Quick one: your Credly badges have been transferred to ${E.keep}. With that, everything you asked for is done, so I'm closing this case.

All the best,
Daniel`,
  }),
  en({
    slug: 'en-badge-credly-no-auth',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly-style AWS badge notice without any Authentication-Results: untrusted',
    from: CREDLY_AWS,
    to: R.keep,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2026-04-27 05:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    relay: 'o1.ptr4417.credly.com',
    text: `Hi Rahul,

You've earned a badge: AWS Certified DevOps Engineer - Professional.
Accept your badge: https://www.credly.com/badges/accept

Credly`,
  }),
  en({
    slug: 'en-badge-top-reply-outlook',
    kind: 'badges_transferred',
    caseId: C.rahul2,
    note: 'short "badges moved" reply above an Outlook-quoted question',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul2),
    date: d('2026-05-11 09:00:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul - the badges now sit on your personal Credly account; I re-linked them this morning.

Meera

${outlookEn(`${R.en} <${R.keep}>`, 'Saturday, May 9, 2026 6:20 PM', 'aws-cs-trainingcertification-form@amazon.com', subj(C.rahul2))}

Hi Meera, the merge looks good in the portal, but on Credly the badges still show under the old consulting e-mail. Can they be moved?
Rahul`,
  }),
  en({
    slug: 'en-badge-credly-lowercase-l-lookalike',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'AWS badge notice from credly.com.badge-claim.net (look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-claim.net>',
    to: E.keep,
    subject: 'Your AWS badges have been moved to your new account',
    date: d('2026-04-14 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Emily,

Your Amazon Web Services Training and Certification badges have been moved to your new account.
Sign in to see them: http://credly.com.badge-claim.net/login

Credly`,
  }),

  // ================= case_closed =================
  en({
    slug: 'en-closed-restates-merge',
    kind: 'case_closed',
    caseId: C.rahul,
    trap: true,
    note: 'closing notice that restates the merge of the 20th and the badge move; new fact is the closing',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-05-01 09:00:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

As a recap: the accounts were merged on 20 April and the badges were moved on 28 April.

Since we haven't heard back, I'm marking this case as resolved. Replying to this e-mail will reopen it if you need anything else.

Meera`,
  }),
  en({
    slug: 'en-closed-auto-72h',
    kind: 'case_closed',
    caseId: C.emilyDup,
    note: 'will auto-close in 72 hours without a reply; a reopening paragraph first',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-13 08:00:00', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Emily,

If you need us again after this case is closed, simply reply to any message on it.

We're waiting on your response to our last message. If we don't hear from you within 72 hours, this case will close automatically.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-closed-notify-resolved',
    kind: 'case_closed',
    caseId: C.rahul2,
    note: 'AWS Support notification: case resolved',
    from: SUPPORT_NOTIFY,
    to: R.keep,
    subject: `Case ${C.rahul2} has been resolved`,
    date: d('2026-05-14 00:00:10', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Your support case ${C.rahul2} has been resolved.

Subject: Certification account consolidation

You can still view the case history in the Support Center. Replying to a resolved case will reopen it.

Amazon Web Services`,
  }),
  en({
    slug: 'en-closed-html-after-thanks',
    kind: 'case_closed',
    caseId: C.emily,
    trap: true,
    note: 'HTML+text: thanks for the kind words, restates the badges transfer, then closes; Gmail quote of her thank-you',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-16 12:00:00', '-0500'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Emily,

Thanks for the kind words - glad the badges showed up as expected after the transfer.

I've now closed the case.

Daniel

${gmailEn('Wed, Apr 15, 2026 at 9:10 PM', E.en, E.keep)}
> All three badges are there, thanks so much!`,
    html: htmlDoc(`<p>Hi Emily,</p><p>Thanks for the kind words - glad the badges showed up as expected after the transfer.</p><p>I've now closed the case.</p><p>Daniel</p>
<div class="gmail_quote">On Wed, Apr 15, 2026 at 9:10 PM Emily Carter &lt;${E.keep}&gt; wrote:<blockquote>All three badges are there, thanks so much!</blockquote></div>`, 'en'),
  }),
  en({
    slug: 'en-closed-notify-google-ar',
    kind: 'case_closed',
    trusted: false,
    caseId: C.rahul,
    note: 'resolved notification whose only A-R is mx.google.com\'s, below the server\'s Received: untrusted',
    from: NOTIFY,
    to: R.keep,
    subject: `Case ${C.rahul} closed`,
    date: d('2026-05-02 00:00:00', '+0000'),
    auth: 'otherOnly',
    enc: 'ascii7',
    text: `Your case ${C.rahul} has been closed. Thank you for contacting AWS.`,
  }),
  en({
    slug: 'en-closed-no-response-long',
    kind: 'case_closed',
    caseId: C.emilyDup,
    note: 'long: recaps the outstanding question, then says the case was closed for lack of response',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-17 08:00:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Emily,

On 13 April we let you know this case was waiting on a reply from you. Because this case was linked to ${C.emily}, where your request has been fully handled, there is nothing left to do here.

This case is now closed.

AWS Training and Certification`,
  }),

  // ================= support_reply =================
  en({
    slug: 'en-sr-thanks-for-confirming',
    kind: 'support_reply',
    caseId: C.emily,
    trap: true,
    note: 'thanks for confirming; passed to the team that does merges; "we will let you know once merged"',
    from: FORM,
    to: eTo,
    subject: subj(C.emily),
    date: d('2026-04-10 15:00:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Emily,

Thanks for confirming. I've passed your request to the team that carries out merges; it normally takes two to four business days.

Once the accounts are merged I'll let you know on this case.

Daniel`,
  }),
  en({
    slug: 'en-sr-not-completed-yet',
    kind: 'support_reply',
    caseId: C.rahul,
    trap: true,
    note: '"the merge has not been completed yet"; apology and estimate',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-19 10:00:00', '+0530'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul,

You're right that the portal still shows two accounts - the merge has not been completed yet. It's in the queue with our back-office team and should be done within two days.

Meera`,
  }),
  en({
    slug: 'en-sr-unable-to-merge-booking',
    kind: 'support_reply',
    caseId: C.emilyDup,
    trap: true,
    note: '"we are unable to merge while an exam is scheduled on the source account"',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-10 09:30:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Emily,

Thanks for your YES. Unfortunately we are unable to merge the accounts at the moment: the agency account has a Pearson VUE appointment on 25 April. Once that has been taken or cancelled, reply here and we'll pick it straight back up.

Priyanka`,
  }),
  en({
    slug: 'en-sr-three-answers-no-ask',
    kind: 'support_reply',
    caseId: C.rahul2,
    note: 'long answers to three questions (recertification, voucher, name change); no request, no status change',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul2),
    date: d('2026-05-12 14:00:00', '+0530'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Rahul,

Happy to help with your follow-up questions.

1. Recertification: the SAA expires in November 2026; passing the current SAA exam before then renews it for another three years.
2. Voucher: the 50% voucher from your DevOps Pro pass is on the Benefits page and can be used for any AWS exam.
3. Name on certificates: certificates use the name on your profile; you can edit it under My Profile.

Best,
Meera`,
  }),
  en({
    slug: 'en-sr-write-from-kept-address',
    kind: 'support_reply',
    caseId: C.emilyDup,
    note: 'asks her to write from the address she keeps; nothing else requested',
    from: FORM,
    to: E.src,
    cc: E.keep,
    subject: subj(C.emilyDup),
    date: d('2026-04-07 11:00:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Emily,

This message came from the agency address. For your security, please continue this conversation from the personal address you plan to keep.

Priyanka`,
  }),
  en({
    slug: 'en-sr-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: C.emilyDup,
    trap: true,
    note: '"we have merged your two cases into one" - case housekeeping, not the account merge',
    from: FORM,
    to: eTo,
    subject: subj(C.emilyDup),
    date: d('2026-04-07 09:00:00', '-0500'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Emily,

I noticed two cases for the same request (${C.emily} and ${C.emilyDup}), so I have merged them; we'll keep working on ${C.emily}.

Your account-merge request itself is still being reviewed.

Priyanka`,
  }),
  en({
    slug: 'en-sr-badges-once-synced',
    kind: 'support_reply',
    caseId: C.rahul,
    trap: true,
    note: 'badges "will be transferred once the sync runs" - future',
    from: FORM,
    to: rTo,
    subject: subj(C.rahul),
    date: d('2026-04-23 10:00:00', '+0530'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Rahul,

About the badges: they will be transferred to your personal Credly profile once the nightly sync with Credly picks up the merged account. If they aren't there by Monday, let me know here.

Meera`,
  }),
  en({
    slug: 'en-sr-escalated-dkimparent',
    kind: 'support_reply',
    caseId: C.rahul2,
    note: 'escalation notice from cases.support.aws.com, only an aligned dkim=pass for support.aws.com: trusted',
    from: 'AWS Support <escalations@cases.support.aws.com>',
    to: R.keep,
    subject: `Update on case ${C.rahul2}`,
    date: d('2026-05-07 06:00:00', '+0000'),
    auth: 'dkimParent',
    enc: 'ascii7',
    text: `Hello,

Your case ${C.rahul2} has been escalated to a specialist team. They usually respond within 3 to 5 business days.

Amazon Web Services`,
  }),

  // ================= unrelated =================
  en({
    slug: 'en-un-own-forward-manager',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.emily,
    note: 'the user\'s own forward of the completion to her manager',
    from: `${E.en} <${E.keep}>`,
    to: 'Jordan Lee <jordan.lee@agency.example.net>',
    cc: E.src,
    subject: `Fwd: ${subj(C.emily)}`,
    date: d('2026-04-13 15:00:00', '-0500'),
    auth: 'none',
    enc: 'ascii7',
    text: `Jordan - FYI, AWS merged my cert accounts, so the agency one is gone. Please update the partner portal to use my personal candidate ID (${E.keepId}).

Emily

${fwdEn('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', 'Mon, Apr 13, 2026 at 2:21 PM', subj(C.emily), E.keep)}

As for the main request: I'm happy to tell you the merge of ${E.srcId} into ${E.keepId} has been completed today.`,
  }),
  en({
    slug: 'en-un-csat-survey',
    kind: 'unrelated',
    trap: true,
    caseId: C.rahul,
    note: 'CSAT survey "Was your issue resolved?" for the merge case',
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>',
    to: R.keep,
    subject: `How did we do? Case ${C.rahul}`,
    date: d('2026-05-02 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Rahul,

You recently contacted us about merging your certification accounts. Was your issue resolved?

[Yes] [No]

It takes less than a minute.`,
  }),
  en({
    slug: 'en-un-hashicorp-credly',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'HashiCorp badge via Credly: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: E.keep,
    subject: 'HashiCorp has issued you a badge',
    date: d('2026-04-20 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    relay: 'o1.ptr4417.credly.com',
    text: `Hi Emily,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/badges/accept

The Credly Team`,
  }),
  en({
    slug: 'en-un-billing-case-closed',
    kind: 'unrelated',
    trap: true,
    caseId: C.emilyBilling,
    note: 'closing of her other case about a Skill Builder billing question: says its topic',
    from: FORM,
    to: eTo,
    subject: `[CASE ${C.emilyBilling}] Skill Builder billing question - resolved`,
    date: d('2026-05-02 10:00:00', '-0500'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Emily,

The duplicate Skill Builder charge from April has been refunded to your card. Since the billing question is sorted, I've closed this case.

AWS Training and Certification`,
  }),
  en({
    slug: 'en-un-pearson-appointment',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'Pearson VUE appointment confirmation: "confirmation" words, third-party sender',
    from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>',
    to: R.keep,
    subject: 'Confirmation of your AWS Certified Solutions Architect - Associate exam appointment',
    date: d('2026-05-15 07:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Rahul Mehta,

This confirms your appointment:
Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Date: 12 June 2026, 10:00 AM IST
Location: Online (OnVUE)

Pearson VUE`,
  }),
  en({
    slug: 'en-un-ooo-agency-autoreply',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.emily,
    note: 'auto-reply from the agency mailbox quoting a consent request',
    from: 'Emily Carter <ecarter@agency.example.net>',
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: E.keep,
    subject: `Automatic reply: ${subj(C.emily)}`,
    date: d('2026-04-09 16:09:00', '-0500'),
    auth: 'none',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I no longer work at the agency. Please contact hello@agency.example.net.

> If you're happy for us to go ahead on that basis, just reply to this e-mail saying so.`,
  }),
  en({
    slug: 'en-un-newsletter-merge-skills',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'T&C newsletter: "merge your skills", "badges", "complete"',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>',
    to: R.keep,
    subject: 'Merge data and AI skills - new courses and badges this month',
    date: d('2026-05-05 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<h2>New this month</h2><p>Merge your data and AI skills with the new learning plan. Complete it to earn a digital badge.</p><p><a href="https://skillbuilder.aws/">Start learning</a></p><p><small>You are receiving this because you subscribed. Unsubscribe.</small></p>`, 'en'),
  }),
  en({
    slug: 'en-un-resent-exam-results',
    kind: 'unrelated',
    forUser: false,
    trap: false,
    caseId: null,
    note: 'exam results notice redirected (Resent-*) from the old consulting mailbox to its archive',
    from: PORTAL,
    to: R.src,
    subject: 'Your AWS Certification exam results are available',
    date: d('2026-03-02 10:00:00', '+0000'),
    resent: { from: 'postmaster@consult.example.com', to: 'archive@consult.example.com', date: d('2026-03-02 10:00:30', '+0000') },
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello,

Results for your recent exam are available in your AWS Certification account.

AWS Certification`,
  }),
];
