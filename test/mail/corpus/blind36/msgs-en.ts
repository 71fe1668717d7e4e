// Set "ai", English messages: Okafor (moved to another region's queue, escalated and handed back),
// Lindqvist (consent lapsed, refund case alongside), Mehta (auto-closed, re-filed, closed in error).
import { type Msg } from './lib.js';
import {
  C, FORM, FORM_BARE, NOREPLY, SUPCENTER, CERT, CREDLY_AWS, formSubj, formSubjNew, mk, utc, pdt, cet, jst, quote,
  gmailEn, outlookEn, origMsg, sfEn, fwdEn, sfRef, paras, htmlDoc, htmlWithQuote, who,
  OKAFOR, SOFIA, RAJ, REQ_OKAFOR, REQ_SOFIA, REQ_RAJ, REQ_RAJ2,
} from './common.js';

const O = OKAFOR;
const S = SOFIA;
const R = RAJ;

export const EN1: Msg[] = [
  // ---------------- Okafor ----------------
  mk({
    slug: 'okafor-receipt', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'plain ASCII automatic receipt',
    from: FORM, to: O.keep, subject: formSubjNew(C.okafor1), date: utc('2026-07-06 15:20:33'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case ${C.okafor1}.

A member of our team will get back to you, usually within one business day. Please don't open another case about the same request; duplicates slow things down.

Your message:
${REQ_OKAFOR}

-- This is an automated message.`,
  }),
  mk({
    slug: 'okafor-ai-answer', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'AI-generated suggestion shown before the case was created',
    from: NOREPLY, to: O.keep, subject: 'Your AI-generated answer from AWS Support', date: utc('2026-07-06 15:16:02'), enc: 'utf8qp',
    text: `Here's a copy of the answer our generative AI assistant suggested:

If you have two AWS Certification accounts, you may be able to combine them yourself: sign in to the certification portal, open your profile and choose "Merge Accounts". The tool can't be used when both accounts hold certification history; in that case select "Create case" so a specialist can help.

Generated answers may contain mistakes.`,
    html: htmlDoc(`<p>Here's a copy of the answer our generative AI assistant suggested:</p>
<blockquote style="border-left:3px solid #ff9900;padding-left:8px">If you have two AWS Certification accounts, you may be able to combine them yourself: sign in to the certification portal, open your profile and choose "Merge Accounts". The tool can't be used when both accounts hold certification history; in that case select "Create case" so a specialist can help.</blockquote>
<p style="color:#666;font-size:11px">Generated answers may contain mistakes.</p>`, 'en'),
  }),
  mk({
    slug: 'okafor-moved-emea', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'case transferred to the EMEA queue',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: pdt('2026-07-07 09:12:40'), enc: 'ascii7',
    text: `Hi Daniel,

Since your certification profile is registered in the UK, I have routed case ${C.okafor1} to our EMEA team, who handle account changes for that region. You don't need to do anything; one of my colleagues there will pick it up.

Kind regards,
Marcus
AWS Training and Certification (AMER)`,
  }),
  mk({
    slug: 'okafor-ask-twice', kind: 'info_request', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'the new queue asks again for data already sent to the first agent',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-08 08:03:19'), enc: 'utf8qp',
    text: `Dear Daniel,

Good morning from the EMEA team. I appreciate you may have shared this already with my colleague, but his notes didn't carry over with the transfer. Would you mind sending once more the candidate IDs of both profiles and the exact address you sign in with on the Northwind one?

Many thanks,
Aoife
AWS Training and Certification, EMEA

${sfEn(O.keep, '06/07/2026 16:20', FORM_BARE, formSubjNew(C.okafor1), REQ_OKAFOR)}`,
  }),
  mk({
    slug: 'okafor-escalate', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'escalated to a second-tier team',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-09 13:45:08'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for resending those. Both profiles show an upcoming exam booking, which I can't resolve at my level, so I've escalated the case to our Tier 2 specialists. Their usual turnaround is 3-5 business days. I'll keep an eye on it.

Aoife`,
  }),
  mk({
    slug: 'okafor-handed-back', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'de-escalated: specialists handed the case back',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-13 10:10:10'), enc: 'utf8b64',
    text: `Hi Daniel,

Quick update: Tier 2 had a look and handed the case back to me. The booking on the old profile is a duplicate that can simply be cancelled, so no special handling is needed after all. I'll be in touch shortly with next steps.

Aoife

${outlookEn('Aoife <aws-cs-trainingcertification-form@amazon.com>', 'Thursday, July 9, 2026 2:45 PM', `${O.name} <${O.keep}>`, formSubj(C.okafor1), `I've escalated the case to our Tier 2 specialists.`)}`,
  }),
  mk({
    slug: 'okafor-consent', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'explicit consent requested; irreversible',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-14 09:00:51'), enc: 'ascii7',
    text: `Hi Daniel,

Everything is lined up. Before I submit it, I need your go-ahead in writing: ${O.srcId} will be folded into ${O.keepId}, and the Northwind profile will stop working. This can't be rolled back.

A one-line reply such as "Yes, go ahead" is enough.

Aoife`,
  }),
  mk({
    slug: 'okafor-partial', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.okafor1, trap: false,
    note: 'certifications consolidated; voucher and badges still to follow',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-15 14:22:36'), enc: 'utf8b64',
    text: `Hi Daniel,

Thanks for the go-ahead. Your certification history now sits under ${O.keepId}, and the Northwind profile has been retired.

Two things are still catching up: the 50% exam voucher can take up to five business days to appear under Benefits, and Credly badges are handled separately, so you'll get a separate email from Credly when they're ready.

Aoife

${gmailEn('On Tue, 14 Jul 2026 at 10:31, Daniel Okafor', `<${O.keep}>`, 'Yes, go ahead. Thanks!')}`,
  }),
  mk({
    slug: 'okafor-credly', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: "AWS's badge offered on the kept address via Credly",
    from: CREDLY_AWS, to: O.keep, subject: 'Daniel, you earned a badge from Amazon Web Services Training and Certification', date: utc('2026-07-18 20:31:07'), enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you the "AWS Certified DevOps Engineer - Professional" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/0d7c5a1b-4e8f-4a90-b2d6-6c1f3e9a8b07

Credly`,
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified DevOps Engineer - Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0d7c5a1b-4e8f-4a90-b2d6-6c1f3e9a8b07">Accept your badge</a></p>
<p>Credly</p>`, 'en'),
  }),
  mk({
    slug: 'okafor-resolved-restate', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.okafor1, trap: true,
    note: 'closing note that only restates the earlier merge',
    from: FORM, to: O.keep, subject: formSubj(C.okafor1), date: utc('2026-07-24 08:30:00'), enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged last week and I haven't heard of any problems since, I'm marking case ${C.okafor1} as resolved. Replying to this email will reopen it if anything comes up.

Aoife`,
  }),
  mk({
    slug: 'okafor-dup-receipt', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.okafor2, trap: false,
    note: 'receipt for an accidental second case, generic text',
    from: NOREPLY, to: O.src, subject: `Case ${C.okafor2} created`, date: utc('2026-07-06 15:41:12'), enc: 'ascii7',
    text: `We have received your request and created case ${C.okafor2}.
We'll respond as soon as possible.

Amazon Web Services`,
  }),
  mk({
    slug: 'okafor-dup-merged-ticket', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.okafor2, trap: true,
    note: 'duplicate ticket merged into the other case and closed: not the account merge',
    from: FORM, to: O.src, subject: formSubj(C.okafor2), date: pdt('2026-07-07 09:20:14'), enc: 'ascii7',
    text: `Hello,

This case duplicates ${C.okafor1}, so I've merged the two tickets and closed this one. All further updates will come on ${C.okafor1}.

Marcus`,
  }),

  // ---------------- Lindqvist ----------------
  mk({
    slug: 'sofia-receipt-html', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'HTML-only receipt, ID only in the body',
    from: NOREPLY, to: S.keep, subject: 'We received your request', date: utc('2026-10-09 07:49:58'), enc: 'utf8qp',
    html: htmlDoc(`<div style="max-width:560px">
<h3>Thanks for contacting AWS Support</h3>
<p>Case ID: <strong>${C.sofia1}</strong><br>Subject: Certification - account assistance<br>Severity: General guidance</p>
<p>You'll hear from us by email. To add details, reply to this message.</p>
</div>`, 'en'),
  }),
  mk({
    slug: 'sofia-which-retain', kind: 'info_request', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'asks which profile to retain, no explicit request word',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: cet('2026-10-10 10:14:22'), enc: 'utf8qp',
    text: `Hej Sofia,

I'm Lukas and I'll be handling your case. The two profiles you mentioned carry different legal names (Lindqvist vs. Lindqvist-Berg). Which of the two would you like to retain, and which name should appear on your certificates afterwards?

Best,
Lukas

${sfEn(S.keep, '09/10/2026 09:49', FORM_BARE, formSubjNew(C.sofia1), REQ_SOFIA)}`,
  }),
  mk({
    slug: 'sofia-consent-outlook', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'consent request above an Outlook-quoted answer, with a 14-day window',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: cet('2026-10-12 11:05:00'), enc: 'utf8b64',
    text: `Hi Sofia,

Thanks, that's clear. We'll keep ${S.keepId} with the name Sofia Lindqvist.

Could you please reply within 14 days confirming that you agree to the merge? Once done it is permanent and the ${S.src} profile will be closed.

Lukas

${outlookEn(`${S.name} <${S.keep}>`, 'Saturday, October 10, 2026 8:30 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.sofia1), 'Keep the one under my personal address, name Sofia Lindqvist please.')}`,
  }),
  mk({
    slug: 'sofia-consent-lapsed', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'first consent lapsed; asks for it again',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: utc('2026-10-28 09:40:31'), enc: 'ascii7',
    text: `Hi Sofia,

Our request of 12 October for your agreement has now lapsed, and the merge team can only act on consent given within the last 14 days. Apologies for the extra step: if you still want ${S.srcId} merged into ${S.keepId}, kindly reply again to say you agree. The merge itself cannot be undone.

Lukas`,
  }),
  mk({
    slug: 'sofia-thanks-handoff', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.sofia1, trap: true,
    note: 'thanks for confirming, handed to the merge team',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: utc('2026-10-29 08:00:16'), enc: 'utf8qp',
    text: `Hi Sofia,

Thank you for confirming. I've passed your request to the merge team; I'll let you know when they're done.

Lukas

${gmailEn('On Wed, Oct 28, 2026 at 7:02 PM Sofia Lindqvist', `<${S.keep}>`, 'Yes, I agree to the merge. Sorry for the delay!')}`,
  }),
  mk({
    slug: 'sofia-merged', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'merge done, please check that all looks right',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: utc('2026-10-30 15:15:49'), enc: 'utf8b64',
    text: `Hi Sofia,

Done: ${S.srcId} has been merged into ${S.keepId}. When you next sign in, please check that all your certifications and your exam history look right, and let me know if anything's missing.

Lukas`,
  }),
  mk({
    slug: 'sofia-badges-not-moved', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.sofia1, trap: true,
    note: 'badges have not been moved yet; raised with Credly',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: utc('2026-11-03 10:22:03'), enc: 'ascii7',
    text: `Hi Sofia,

You're right, the Credly badges haven't been moved to your personal address yet. I've raised this with the Credly team and will update you once I hear back.

Lukas

> The certs show up now, but my badges are still on the old Credly account.
> Sofia`,
  }),
  mk({
    slug: 'sofia-badges-closing', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: C.sofia1, trap: false,
    note: 'badges moved and case closing: badges_transferred',
    from: FORM, to: S.keep, subject: formSubj(C.sofia1), date: utc('2026-11-06 12:48:27'), enc: 'utf8qp',
    text: `Hi Sofia,

Good news: Credly has moved all four of your AWS badges to the account under ${S.keep}. With that, everything from this request is finished, so I'll close the case.

All the best,
Lukas`,
  }),
  mk({
    slug: 'refund-receipt-en', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.refundEn, trap: true,
    note: 'receipt of the refund case (topic stated)',
    from: NOREPLY, to: S.keep, subject: `Case ${C.refundEn}: exam fee refund request received`, date: utc('2026-10-20 13:03:03'), enc: 'ascii7',
    text: `We've received your request and opened case ${C.refundEn}.

Category: Billing - exam fee refund
We'll get back to you within 2 business days.

Amazon Web Services`,
  }),
  mk({
    slug: 'refund-done-en', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.refundEn, trap: true,
    note: 'refund processed and that case closed (other matter)',
    from: FORM, to: S.keep, subject: `RE:[CASE ${C.refundEn}] [AWS Training and Certification Form Submission] - billing`, date: utc('2026-10-22 09:37:45'), enc: 'utf8qp',
    text: `Hi Sofia,

The refund for your cancelled SAP-C02 appointment has been processed to the original card. It can take up to 10 business days to show. As there's nothing else outstanding, this case is now closed.

Camille, AWS Training and Certification Billing`,
  }),
  mk({
    slug: 'pearson-booking-en', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: true,
    note: 'test vendor appointment confirmation',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: S.keep, subject: 'Confirmation of your AWS exam appointment', date: utc('2026-11-10 16:16:16'), enc: 'ascii7',
    text: `Dear Sofia Lindqvist,

This confirms your appointment:
AWS Certified Solutions Architect - Professional (SAP-C02)
Monday, 7 December 2026, 09:00 CET, Stockholm test centre
Registration ID: 518-004-222

Please arrive 15 minutes early with two forms of ID.`,
  }),

  // ---------------- Mehta ----------------
  mk({
    slug: 'raj-receipt', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.raj1, trap: false,
    note: 'automatic receipt in UTF-8 base64',
    from: FORM, to: R.keep, subject: formSubjNew(C.raj1), date: utc('2026-06-01 04:44:18'), enc: 'utf8b64',
    text: `Dear Raj Mehta,

We've got your message. Case number: ${C.raj1}.
Our agents reply in the order requests arrive, normally within 24 hours.

${REQ_RAJ}

AWS Training & Certification Support`,
  }),
  mk({
    slug: 'raj-close-warning', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.raj1, trap: false,
    note: 'will close in 3 days without a reply',
    from: NOREPLY, to: R.keep, subject: `Action needed on case ${C.raj1}`, date: utc('2026-06-08 00:00:21'), enc: 'ascii7',
    text: `Case ${C.raj1} is waiting for your response.

If we don't hear from you within 3 days, the case will be closed automatically.

Amazon Web Services`,
  }),
  mk({
    slug: 'raj-autoresolved', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.raj1, trap: false,
    note: 'system notice: case auto-resolved',
    from: NOREPLY, to: R.keep, subject: `Your support case ${C.raj1} has been resolved`, date: utc('2026-06-11 00:00:09'), enc: 'ascii7',
    text: `Hello,

Your case ${C.raj1} was resolved automatically because we did not receive a response.
If you still need help, open a new case and mention this case ID.

Amazon Web Services`,
  }),
  mk({
    slug: 'raj-receipt-new', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'receipt of the new case that cites the old case number',
    from: FORM, to: R.keep, subject: formSubjNew(C.raj2), date: utc('2026-06-15 06:30:12'), enc: 'utf8qp',
    text: `Dear Raj Mehta,

Thank you for contacting AWS Training and Certification. We've created case ${C.raj2} for you.

Description you provided:
${REQ_RAJ2}

An agent will be in touch shortly.`,
  }),
  mk({
    slug: 'raj-screenshot', kind: 'info_request', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'asks for screenshots of both certification pages',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-17 07:25:40'), enc: 'utf8qp',
    text: `Hi Raj,

The secondary profile has a different date of birth on file, so I need to be sure both belong to you. Could you send screenshots of the Certifications page of each account, with the candidate ID visible?

Nisha`,
  }),
  mk({
    slug: 'raj-resolved-by-error', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'resolved notice (sent in error, but says the case was resolved)',
    from: NOREPLY, to: R.keep, subject: `Your support case ${C.raj2} has been resolved`, date: utc('2026-06-18 11:48:00'), enc: 'utf8b64',
    text: `Hello,

We've marked case ${C.raj2} as resolved. If you think it isn't, reply within 14 days to reopen it.

Amazon Web Services`,
  }),
  mk({
    slug: 'raj-reopened-error', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.raj2, trap: true,
    note: 'closed in error and reopened: status only',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-18 13:02:33'), enc: 'ascii7',
    text: `Hi Raj,

Sorry about that: your case was closed in error while I was attaching your screenshots. I've reopened it, and nothing you sent has been lost. I'm continuing the review.

Nisha

${origMsg(`${R.name} <${R.keep}>`, 'Thursday, June 18, 2026 6:05 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.raj2), `Hi Nisha, I just got a "resolved" email but nothing has happened yet?
Screenshots attached.
Raj`)}`,
  }),
  mk({
    slug: 'raj-consent', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'consent request phrased as "let me know you are happy to proceed"',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-19 04:12:50'), enc: 'utf8qp',
    text: `Hi Raj,

Thanks, the screenshots settle it. If you're happy for ${R.srcId} to be merged into ${R.keepId}, just let me know by replying here; please bear in mind the merge is final and the secondary login will no longer work.

Nisha`,
  }),
  mk({
    slug: 'raj-own-mobile', kind: 'unrelated', lang: 'en', trusted: false, caseId: C.raj2, trap: true,
    note: "the user's own mobile reply (sent from the old address), copied to his kept address",
    from: who(R, R.src), to: 'aws-cs-trainingcertification-form@amazon.com', cc: R.keep, subject: formSubj(C.raj2), date: rfcLocal('2026-06-19 10:20:00'), enc: 'ascii7', auth: 'none', relay: 'smtp.example.in',
    text: `Yes I confirm, please go ahead with the merge.

Sent from my iPhone

> On 19-Jun-2026, at 9:42 AM, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> If you're happy for ${R.srcId} to be merged into ${R.keepId}, just let me know`,
  }),
  mk({
    slug: 'raj-merged', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.raj2, trap: false,
    note: 'merge finished',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-22 09:09:09'), enc: 'ascii7',
    text: `Hi Raj,

The merge went through this morning. Your primary account ${R.keepId} now lists the certifications that were on ${R.srcId}.

Nisha`,
  }),
  mk({
    slug: 'raj-claim-yourself', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.raj2, trap: true,
    note: 'restates the certifications moved; badges must be claimed by the user (not moved)',
    from: FORM, to: R.keep, subject: formSubj(C.raj2), date: utc('2026-06-24 06:40:14'), enc: 'utf8b64',
    text: `Hi Raj,

The certifications were moved as part of the merge, as you saw. Badges work a little differently: they aren't transferred by us. Credly should email ${R.keep} an invitation to claim them in the next few days; if that doesn't arrive, reply here and I'll chase it.

Nisha`,
  }),
];

function rfcLocal(s: string): string {
  // Indian Standard Time, written by the user's phone
  return jst(s).replace('+0900', '+0530');
}
