// Set au, English messages part 1: Sam Okafor (1793301128, duplicate 1793307745 folded in, moved to 179330990116)
import { C, CERTOPS, CREDLY_AWS, CREDLY_SUPPORT, FORM, FORM_ADDR, NOREPLY, SAM, TC_SUPPORT, caseSubj, gmailEn, html, mk, outlookEn, q, sf, sfRef, to } from './common.js';
import type { Msg } from './lib.js';

const S = to(SAM.name, SAM.keep);

const sReq = `Hi, I ended up with two AWS Certification profiles - one from my contracting days (${SAM.src}) and my own (${SAM.keep}). Could these be combined into the personal one? Sam`;

const sConsent = `Hi Sam,

Dimitri from Certification Operations here - the account-assistance team passed your case to me yesterday.
Before I run anything: merging ${SAM.srcId} into ${SAM.keepId} is permanent and we cannot split the records afterwards.
If that's what you want, a quick reply saying "I agree to the merge" is all I need.

Dimitri | AWS Certification Operations`;

export const EN1: Msg[] = [
  mk({
    slug: 's-receipt', kind: 'acknowledgement', lang: 'en', caseId: C.s1, trap: false,
    note: 'automatic receipt of the new case',
    from: NOREPLY, to: S, at: '2026-03-09 16:02:11', enc: 'ascii7',
    subject: `Case ${C.s1} has been created`,
    text: `Hello,

We've received your request and opened case ${C.s1}.
Someone from AWS Training and Certification will reply, usually within one business day.
Please don't open another case about the same issue - it slows things down.

Amazon Web Services`,
  }),
  mk({
    slug: 's-receipt-dup', kind: 'acknowledgement', lang: 'en', caseId: C.sDup, trap: false,
    note: 'receipt of the duplicate case the customer opened from the other address',
    from: NOREPLY, to: to(SAM.name, SAM.src), cc: S, at: '2026-03-10 08:45:00', enc: 'utf8qp',
    subject: `We've got it – case ${C.sDup}`,
    text: `Thanks for reaching out to AWS Training & Certification.

Your case number is ${C.sDup}. Keep it handy if you contact us again.
Expected first response: 24–48 hours.`,
  }),
  mk({
    slug: 's-ai', kind: 'ai_answer', lang: 'en', caseId: null, trap: false,
    note: 'generated answer suggesting the Merge Accounts tool before a case is opened',
    from: NOREPLY, to: S, at: '2026-03-09 15:58:40', enc: 'ascii7',
    subject: 'Suggested answer for your question',
    text: `This response was generated automatically and may not be accurate.

It sounds like you have more than one AWS Certification account. You can usually combine them yourself:
sign in to the account you want to keep, open your profile, choose "Merge Accounts" and enter the
credentials of the other account. If both accounts already hold certifications, the tool won't allow it -
in that case, select "Create case" below.

Did this answer your question? Yes | No`,
  }),
  mk({
    slug: 's-dup-cases-merged', kind: 'support_reply', lang: 'en', caseId: C.s1, trap: true,
    note: 'two support cases merged into one; not the account merge',
    from: FORM, to: S, at: '2026-03-10 11:12:30', enc: 'ascii7',
    subject: caseSubj(C.s1),
    text: `Hello Sam,

Quick housekeeping note: you opened case ${C.sDup} for the same request, so I've merged it into ${C.s1}
and closed the duplicate. Everything will be handled here - no need to reply on the other one.

Kind regards,
Aoife
AWS Training and Certification Customer Service
${sfRef('S1a')}`,
  }),
  mk({
    slug: 's-first-line-info', kind: 'info_request', lang: 'en', caseId: C.s1, trap: false,
    note: 'first-line agent needs candidate IDs and the address to keep',
    from: FORM, to: S, at: '2026-03-10 11:20:02', enc: 'utf8qp',
    subject: caseSubj(C.s1),
    text: `Hi Sam,

I'm Aoife and I'll be your point of contact for now.

To get this moving, could you send me:
  • the candidate ID (AWS########) on each profile
  • the email each profile signs in with
  • which one should survive the merge

Once I have those I'll hand everything to the team that performs merges.

Best,
Aoife

${sf(SAM.keep, '3/9/2026 4:01 PM', FORM_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', sReq)}`,
  }),
  mk({
    slug: 's-escalated-certops', kind: 'support_reply', lang: 'en', caseId: C.s1, trap: true,
    note: 'escalation to Certification Operations; restates receipt of details and promises merge/badges later',
    from: FORM, to: S, at: '2026-03-11 09:03:48', enc: 'ascii7',
    subject: caseSubj(C.s1),
    text: `Hi Sam,

Thanks - I've received the IDs and addresses you sent.

I've now escalated this to our Certification Operations team, who handle account merges. They may reach out
directly, possibly under a new case number. Once the merge is complete they'll confirm with you, and if your
Credly badges need moving they will arrange that too.

Aoife

${gmailEn('Tue, Mar 10, 2026 at 7:44 PM', `Sam Okafor <${SAM.keep}>`, `Keep: ${SAM.keepId} (${SAM.keep})\nMerge: ${SAM.srcId} (${SAM.src})`)}`,
  }),
  mk({
    slug: 's-new-case-number', kind: 'support_reply', lang: 'en', caseId: C.s2, trap: true,
    note: 'case re-numbered on transfer; old case shows closed but the work continues',
    from: CERTOPS, to: S, at: '2026-03-11 14:30:00', enc: 'ascii7',
    subject: `[CASE ${C.s2}] Certification account merge (transferred from ${C.s1})`,
    text: `Hello Sam,

Your request has been transferred to AWS Certification Operations and now lives under case ${C.s2}.
Case ${C.s1} will show as closed in our system - that's just the transfer, not the end of your request.
Please reply on this thread from now on.

AWS Certification Operations`,
  }),
  mk({
    slug: 's-newcase-ack', kind: 'acknowledgement', lang: 'en', caseId: C.s2, trap: false,
    note: 'automatic receipt of the new case created by the transfer',
    from: NOREPLY, to: S, at: '2026-03-11 14:29:31', enc: 'utf8b64',
    subject: `New case opened: ${C.s2}`,
    text: `A support case has been opened for you.

Case ID: ${C.s2}
Subject: Certification account merge
Status: Unassigned

You'll receive updates by email. Replying to updates adds your message to the case.`,
  }),
  mk({
    slug: 's-ops-restate-info', kind: 'info_request', lang: 'en', caseId: C.s2, trap: false,
    note: 'new specialist recaps the thread, then asks for the date of the last exam on the old profile',
    from: CERTOPS, to: S, at: '2026-03-12 10:05:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `Hi Sam,

Dimitri here, Certification Operations. Let me recap so we're on the same page: you opened the case on
9 March, the duplicate was folded into it, Aoife collected both candidate IDs and the address to keep, and
the case was escalated to us and renumbered ${C.s2}.

One thing I still need to match the records: roughly when did you sit your last exam on ${SAM.srcId}, and
which exam was it?

Dimitri`,
  }),
  mk({
    slug: 's-consent', kind: 'confirmation_request', lang: 'en', caseId: C.s2, trap: false,
    note: 'specialist asks the customer to agree to the irreversible merge',
    from: CERTOPS, to: S, at: '2026-03-13 09:20:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `${sConsent}

${outlookEn(`Sam Okafor <${SAM.keep}>`, 'Thursday, March 12, 2026 6:10 PM', 'AWS Certification Operations', `RE: [CASE ${C.s2}] Certification account merge`, 'Developer Associate, October 2024 I think.')}`,
  }),
  mk({
    slug: 's-own-agree', kind: 'unrelated', lang: 'en', caseId: C.s2, trap: true, trusted: false,
    note: "the user's own 'I agree' reply, copy in his mailbox",
    from: S, to: CERTOPS, at: '2026-03-13 13:02:00', tz: '-0500', enc: 'ascii7', deliveredTo: SAM.keep,
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `I agree to the merge. Thanks Dimitri!

Sam

${gmailEn('Fri, Mar 13, 2026 at 4:20 AM', 'AWS Certification Operations <certification-operations@aws.training>', sConsent)}`,
  }),
  mk({
    slug: 's-thanks-queued', kind: 'support_reply', lang: 'en', caseId: C.s2, trap: true,
    note: 'thanks for confirming; queued with back office, completion expected later',
    from: CERTOPS, to: S, at: '2026-03-13 19:40:00', enc: 'utf8qp',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `Thanks for confirming, Sam.

I've put the merge request in the back-office queue. These normally go through in 3–5 business days;
I'll let you know as soon as it's done. Nothing else needed from you right now.

Dimitri`,
  }),
  mk({
    slug: 's-merged', kind: 'merge_completed', lang: 'en', caseId: C.s2, trap: false,
    note: 'specialist reports the merge went through',
    from: CERTOPS, to: S, at: '2026-03-17 15:11:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `Hi Sam,

Good news - back office finished overnight. ${SAM.srcId} has been folded into ${SAM.keepId}; your exam
history, certifications and benefits now sit on ${SAM.keep}. The contractor profile can no longer sign in.

Dimitri`,
  }),
  mk({
    slug: 's-credly-handover', kind: 'support_reply', lang: 'en', caseId: C.s2, trap: true,
    note: 'badge problem handed to the Credly support team; badges to be moved later',
    from: CERTOPS, to: S, at: '2026-03-18 10:00:00', enc: 'ascii7',
    subject: `RE: [CASE ${C.s2}] Certification account merge`,
    text: `Hi Sam,

Understood about the badges still showing on the old Credly profile. That's handled by a different
group, so I've raised it with the Credly support team and linked this case. They'll move the badges to
${SAM.keep}, and Credly will email you when they appear.

Dimitri

> The merge worked but my Credly badges are still under the contractor email.`,
  }),
  mk({
    slug: 's-credly-badge', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: S, at: '2026-03-20 12:40:00', enc: 'utf8qp',
    subject: 'Sam, you have a new badge from Amazon Web Services Training and Certification',
    text: `Hi Sam,

Amazon Web Services Training and Certification has issued you the AWS Certified Developer – Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: html('Hi Sam,\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Developer – Associate badge.\n\n[Accept your badge]\n\nCredly'),
  }),
  mk({
    slug: 's-badges-done-support', kind: 'badges_transferred', lang: 'en', caseId: C.s2, trap: false,
    note: 'AWS relays that the Credly team moved both badges',
    from: FORM, to: S, at: '2026-03-20 13:00:00', enc: 'ascii7',
    subject: caseSubj(C.s2),
    text: `Hi Sam,

Aoife again - the case came back to me from Certification Operations. The Credly team has reassigned
both of your AWS badges to ${SAM.keep}. You should see them on your Credly profile now.

Aoife`,
  }),
  mk({
    slug: 's-closing-restate', kind: 'case_closed', lang: 'en', caseId: C.s2, trap: true,
    note: 'closing notice that restates the merge and badge move from last week',
    from: FORM, to: S, at: '2026-03-25 09:00:00', enc: 'ascii7',
    subject: caseSubj(C.s2),
    text: `Hi Sam,

Since your accounts were merged and the badges moved last week, I'm resolving this case now.
If anything else comes up, feel free to open a new one.

Aoife`,
  }),
  mk({
    slug: 's-csat', kind: 'unrelated', lang: 'en', caseId: C.s2, trap: true,
    note: 'survey about the resolved case',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: S, at: '2026-03-25 20:00:00', enc: 'utf8qp',
    subject: 'How did we do? Tell us about case ' + C.s2,
    text: `Hi Sam,

Your case ${C.s2} was recently resolved. Was your issue resolved? Please take 30 seconds to rate your experience.

★ ★ ★ ★ ★`,
    html: html(`Hi Sam,\n\nYour case ${C.s2} was recently resolved. Was your issue resolved? Please take 30 seconds to rate your experience.\n\n★ ★ ★ ★ ★`),
  }),
  mk({
    slug: 's-tc-support-merged-close', kind: 'merge_completed', lang: 'en', caseId: C.s2, trap: false,
    note: 'back-office team: merge done and the case will be closed',
    from: TC_SUPPORT, to: S, at: '2026-03-17 14:50:00', enc: 'ascii7',
    subject: `[CASE ${C.s2}] Work order complete`,
    text: `Hello,

Work order for case ${C.s2}: the two certification accounts were combined into ${SAM.keepId}.
This work order will now be closed; Certification Operations remains your contact.

AWS T&C Support - Back Office`,
  }),
  mk({
    slug: 's-credly-support-moved', kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: "Credly support's own note that the AWS badges were moved to the kept e-mail",
    from: CREDLY_SUPPORT, to: S, at: '2026-03-20 11:30:00', enc: 'ascii7',
    subject: 'Re: Your request [#CRD-558201]',
    text: `Hi Sam,

Jordan from Credly Support. At the request of AWS Training and Certification, I moved the AWS badges
from ${SAM.src} to your account at ${SAM.keep}. They're visible on your profile now.

Best,
Jordan | Credly Support`,
  }),
];
