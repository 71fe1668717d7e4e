// Set ff, English part 2: completions, badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  ALEX, CASE, CERT_PORTAL, CREDLY_AWS, D, DANA, FORM, NOREPLY, OWEN, WEI,
  formSubj, gmailEn, htable, mk, outlookEn, paras, q, ref, sf,
} from './common.js';

export const EN2: Msg[] = [
  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'en-merge-dana-3of3', kind: 'merge_completed', lang: 'en', caseId: CASE.dana, trap: true,
    note: '"3 of 3 certifications moved, 0 of 2 badges": the merge is done; badges explicitly not',
    from: FORM, to: DANA.keep,
    subject: formSubj(CASE.dana), date: D('2026-10-28 21:04:17', '+0000'), enc: 'ascii7',
    text: `Hi Dana,

Done. Results of the merge into ${DANA.keepId}:

  certifications   3 of 3 moved
  voucher (50%)    1 of 1 moved
  exam records     5 of 5 moved
  Credly badges    0 of 2 (handled separately by Credly)

Sign out and back in to see the combined record.

Kevin

${gmailEn('2026-10-27 08:55', `Dana Ortiz <${DANA.keep}>`, 'I agree. Please go ahead with the merge.\nDana')}`,
  }),
  mk({
    slug: 'en-merge-wei-table', kind: 'merge_completed', lang: 'en', caseId: CASE.wei,
    note: 'HTML table: before/after per profile, B now empty, A holds 2 certs',
    from: FORM, to: WEI.keep,
    subject: formSubj(CASE.wei), date: D('2026-11-13 05:45:30', '+0000'), enc: 'utf8b64',
    text: `Hi Li,

The two profiles are now one.

            before   after
  A certs     0        2
  B certs     2        0 (retired)

You can keep using ${WEI.keep} to sign in.

Priyanka`,
    html: `<html><body><p>Hi Li,</p><p>The two profiles are now one.</p>
${htable([['', 'before', 'after'], ['A certs', '0', '2'], ['B certs', '2', '0 (retired)']])}
<p>You can keep using ${WEI.keep} to sign in.</p><p>Priyanka</p></body></html>`,
  }),
  mk({
    slug: 'en-merge-owen-short', kind: 'merge_completed', lang: 'en', caseId: CASE.owen,
    note: 'short completion with counts: 2 certifications and 1 voucher now under the kept ID',
    from: FORM, to: OWEN.keep,
    subject: formSubj(CASE.owen), date: D('2026-12-07 10:30:00', '+0000'), enc: 'ascii7',
    text: `Owen,

${OWEN.srcId} was merged into ${OWEN.keepId} this morning (07 Dec, 10:05 UTC). ${OWEN.keepId} now lists 4 certifications and 1 voucher.

Marcus`,
  }),
  mk({
    slug: 'en-merge-portal-html', kind: 'merge_completed', lang: 'en',
    note: "certification portal's own notice (HTML only, no case ID): accounts merged, 3 certs listed",
    from: CERT_PORTAL, to: ALEX.keep,
    subject: 'Your AWS Certification accounts have been merged', date: D('2026-12-05 18:12:40', '+0000'), enc: 'utf8qp',
    html: `<html><body style="font-family:Arial">
<h3>Account merge complete</h3>
<p>Hello Alex Kim,</p>
<p>The records of candidate ID ${ALEX.srcId} are now part of ${ALEX.keepId}. Your account shows:</p>
${htable([['Certification', 'Status'], ['AWS Certified Cloud Practitioner', 'Active'], ['AWS Certified Solutions Architect - Associate', 'Active'], ['AWS Certified Machine Learning Engineer - Associate', 'Active']])}
<p>If you did not request this, contact AWS Training and Certification support.</p></body></html>`,
  }),
  mk({
    slug: 'en-merge-failforged', kind: 'merge_completed', lang: 'en', caseId: CASE.owen, trusted: false,
    note: 'completion text; topmost A-R says dmarc=fail, a planted pass sits lower: untrusted',
    from: FORM, to: OWEN.keep, auth: 'failThenForged',
    subject: formSubj(CASE.owen), date: D('2026-12-05 03:10:10', '+0000'), enc: 'ascii7',
    text: `Hello,

Your accounts were merged: 4 certifications, 1 voucher.
To view your updated transcript, sign in here: https://aws-transcripts.example.com/login

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-alex-andclose', kind: 'merge_completed', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'merge done (3 certs) and "we will now close this case": the merge is the new fact',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex), date: D('2026-12-05 17:50:02', '+0000'), enc: 'utf8qp',
    text: `Hello Alex,

Your request is complete: ${ALEX.srcId} has been merged into ${ALEX.keepId}, which now holds 3 certifications and 5 exam records.

As nothing else is open, we'll close this case now. Replying within 14 days reopens it.

Hannah

${sf(ALEX.keep, '2026-12-04 08:03', FORM, formSubj(CASE.alex), 'agree')}`,
  }),
  mk({
    slug: 'en-merge-priya-checkit', kind: 'merge_completed', lang: 'en', caseId: '1795501127',
    note: 'short completion with a "please check these 2 things" line: still merge_completed',
    from: FORM, to: 'Priya Nair <priya.n@example.org>',
    subject: formSubj('1795501127'), date: D('2026-11-26 05:40:11', '+0000'), enc: 'ascii7',
    text: `Priya - merge is finsihed on our side (AWS09120338 -> AWS72200451). Please check 2 things and tell us if either looks off:
1) all 3 certifications appear under AWS72200451
2) your transcript shows 4 passed exams
Ravi
Sent from my mobile`,
  }),

  // ---------------- badges_transferred (6) ----------------
  mk({
    slug: 'en-badge-credly-dana', kind: 'badges_transferred', lang: 'en',
    note: 'Credly issues an AWS badge to the kept address ("Accept your badge")',
    from: CREDLY_AWS, to: DANA.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge', date: D('2026-10-31 13:22:09', '+0000'), enc: 'utf8qp',
    text: `Hi Dana,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/9a7c33e0-2b1f-4d6e-8c5a-77f0e1d2c3b4

Credly`,
    html: `<html><body><p>Hi Dana,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9a7c33e0-2b1f-4d6e-8c5a-77f0e1d2c3b4">Accept your badge</a></p><p>Credly</p></body></html>`,
  }),
  mk({
    slug: 'en-badge-dana-2of2', kind: 'badges_transferred', lang: 'en', caseId: CASE.dana,
    note: 'support: 2 of 2 badges moved, closing the case: badges_transferred',
    from: FORM, to: DANA.keep,
    subject: formSubj(CASE.dana), date: D('2026-11-02 15:00:44', '+0000'), enc: 'ascii7',
    text: `Hi Dana,

Following up on the badges: 2 of 2 are now on your Credly profile for ${DANA.keep}.
  - AWS Certified Developer - Associate ... moved
  - AWS Certified SysOps Administrator - Associate ... moved

With that, everything from the old account is in place and I'm closing the case.

Kevin

${outlookEn(`Dana Ortiz <${DANA.keep}>`, '2026-10-30 22:41', FORM, formSubj(CASE.dana), 'Certs look right, but my 2 badges are still on the old Credly login.')}`,
  }),
  mk({
    slug: 'en-badge-wei-partial', kind: 'badges_transferred', lang: 'en', caseId: CASE.wei,
    note: 'partial: "2 badges moved, 1 pending" (pending one is a new exam); moved badges are the news',
    from: FORM, to: WEI.keep,
    subject: formSubj(CASE.wei), date: D('2026-11-17 06:12:30', '+0000'), enc: 'utf8qp',
    text: `Hi Li,

Badge status after the merge:
  moved:   2 (Solutions Architect - Associate, Cloud Practitioner)
  pending: 1 (AI Practitioner - issued to the old address on 15 Nov, Credly is re-pointing it)

The 2 moved badges should already be visible at credly.com under ${WEI.keep}.

Priyanka`,
  }),
  mk({
    slug: 'en-badge-lookalike-credly', kind: 'badges_transferred', lang: 'en', trusted: false,
    note: 'Credly-styled badge mail from cred1y.com (digit 1): look-alike sender, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@cred1y.com>', to: OWEN.keep,
    subject: 'You have 2 new badges from Amazon Web Services', date: D('2026-12-08 02:20:00', '+0000'), enc: 'ascii7',
    text: `Hi Owen,

2 badges were transferred to your account:
 - AWS Certified Developer - Associate
 - AWS Certified SysOps Administrator - Associate

Accept your badges: https://cred1y.com/accept?u=owen.b

Credly`,
  }),
  mk({
    slug: 'en-badge-owen-table', kind: 'badges_transferred', lang: 'en', caseId: CASE.owen,
    note: 'support table: 4 badges, owner e-mail old -> new, all 4 moved',
    from: FORM, to: OWEN.keep,
    subject: formSubj(CASE.owen), date: D('2026-12-09 09:45:55', '+0000'), enc: 'ascii7',
    text: `Owen,

Credly has re-pointed your badges:

  badge   old owner                    new owner
  CLF     ${OWEN.src}   ${OWEN.keep}
  SAA     ${OWEN.src}   ${OWEN.keep}
  DVA     ${OWEN.src}   ${OWEN.keep}
  SOA     ${OWEN.src}   ${OWEN.keep}

4 of 4 done.

Marcus`,
  }),
  mk({
    slug: 'en-badge-credly-someoneelse', kind: 'badges_transferred', lang: 'en', forUser: false, deliveredTo: null,
    note: "Credly AWS badge mail addressed to another person (not the user's address anywhere): forUser false",
    from: CREDLY_AWS, to: 'Jordan Lee <jordan.lee@example.biz>', rcpt: 'jordan.lee@example.biz',
    subject: 'Amazon Web Services Training and Certification sent you a new badge', date: D('2026-12-06 19:30:21', '+0000'), enc: 'utf8b64',
    text: `Hi Jordan,

Amazon Web Services Training and Certification issued you 1 badge: AWS Certified Solutions Architect - Professional.

Accept your badge: https://www.credly.com/earner/earned/badge/d4c3b2a1-0f9e-4d8c-b7a6-5e4f3d2c1b0a`,
  }),

  // ---------------- case_closed (6) ----------------
  mk({
    slug: 'en-closed-dana-3days', kind: 'case_closed', lang: 'en', caseId: CASE.danaExam,
    note: '"closes in 3 days" without a reply: will auto-close',
    from: NOREPLY, to: DANA.keep,
    subject: `Case ${CASE.danaExam} will close in 3 days`, date: D('2026-11-06 12:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

We're waiting for your reply on case ${CASE.danaExam}.
Days since our last message: 4
Days until automatic closure: 3

Reply to this e-mail to keep the case open.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-wei-restate', kind: 'case_closed', lang: 'en', caseId: CASE.wei, trap: true,
    note: 'closing that restates the Nov 13 counts (2 certs merged, 2 badges moved): only the closing is new',
    from: FORM, to: WEI.keep,
    subject: formSubj(CASE.wei), date: D('2026-11-24 07:00:30', '+0000'), enc: 'utf8qp',
    text: `Hi Li,

Recap of this case:
  Nov 13 - 2 certifications merged into ${WEI.keepId}
  Nov 17 - 2 badges moved, 1 followed on Nov 19

There has been no further question for 7 days, so I'm resolving the case today.

Priyanka`,
  }),
  mk({
    slug: 'en-closed-lookalike', kind: 'case_closed', lang: 'en', caseId: CASE.alex, trusted: false,
    note: 'closing notice from support-aws.com (not support.aws.com): untrusted',
    from: 'AWS Support <cases@support-aws.com>', to: ALEX.keep,
    subject: `Case ${CASE.alex} has been resolved`, date: D('2026-12-06 04:30:00', '+0000'), enc: 'ascii7',
    text: `Your case ${CASE.alex} was resolved.
Open cases: 0
To rate this interaction or reopen, sign in: https://support-aws.com/cases`,
  }),
  mk({
    slug: 'en-closed-owen-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.owenDup,
    note: 'the duplicate case closed automatically after 7 days without reply',
    from: NOREPLY, to: OWEN.keep,
    subject: `[CASE ${CASE.owenDup}] Case resolved`, date: D('2026-12-08 12:00:05', '+0000'), enc: 'utf8qp',
    text: `Hello,

Case ${CASE.owenDup} has been resolved because we did not hear back within 7 days.

  Opened: 2026-11-30
  Last agent reply: 2026-12-01
  Resolved: 2026-12-08

You can reopen it by replying within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-alex-table', kind: 'case_closed', lang: 'en', caseId: CASE.alexDup, trap: true,
    note: 'duplicate case closed; quotes the table of what the other case merged: nothing new but the closing',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alexDup), date: D('2026-12-06 10:40:40', '+0000'), enc: 'utf8b64',
    text: `Hello Alex,

This second case duplicates ${CASE.alex}, where the merge was already carried out on Dec 5:

  certifications   3
  exam records     5

There is nothing left to do here, so I'm closing ${CASE.alexDup}.

Hannah`,
  }),
  mk({
    slug: 'en-closed-owen-reminder', kind: 'case_closed', lang: 'en', caseId: CASE.owen,
    note: '"if we don\'t hear from you in 5 days this case will be closed": will auto-close',
    from: FORM, to: OWEN.keep,
    subject: formSubj(CASE.owen), date: D('2026-12-12 09:00:00', '+0000'), enc: 'ascii7',
    text: `Owen,

Just checking in - is there anything else you need on this one?
If we don't hear from you in 5 days the case will close on its own (Dec 17).

Marcus`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'en-sr-dana-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.dana, trap: true,
    note: '"thank you for confirming, passed to the merge team, 2-4 business days": status only',
    from: FORM, to: DANA.keep,
    subject: formSubj(CASE.dana), date: D('2026-10-27 17:30:00', '+0000'), enc: 'ascii7',
    text: `Hi Dana,

Thank you for confirming. Your request is now with the team that performs merges.

  received:     your consent (Oct 27)
  queue:        3 requests ahead of yours
  typical time: 2-4 business days

I'll write again when it's done.

Kevin`,
  }),
  mk({
    slug: 'en-sr-wei-notyet', kind: 'support_reply', lang: 'en', caseId: CASE.wei, trap: true,
    note: '"the merge has not been completed yet, 0 of 2 moved": negated, status only',
    from: FORM, to: WEI.keep,
    subject: formSubj(CASE.wei), date: D('2026-11-12 10:20:19', '+0000'), enc: 'utf8b64',
    text: `Hi Li,

Quick status: the merge has not been completed yet.
  certifications moved: 0 of 2
  badges moved: 0 of 2
It's scheduled for the next batch (within 48 hours). Nothing is needed from you.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-owen-casesmerged', kind: 'support_reply', lang: 'en', caseId: CASE.owen, trap: true,
    note: '"we merged your 2 duplicate cases into 1": cases, not accounts',
    from: FORM, to: OWEN.keep,
    subject: formSubj(CASE.owen), date: D('2026-12-01 11:30:02', '+0000'), enc: 'ascii7',
    text: `Owen,

You opened 2 cases for this request (${CASE.owen} and ${CASE.owenDup}). I've merged them so that everything lives on ${CASE.owen}; the other one will auto-close.

Please only reply on this thread from now on.

Marcus`,
  }),
  mk({
    slug: 'en-sr-fail', kind: 'support_reply', lang: 'en', caseId: CASE.dana, trusted: false,
    note: 'status reply with dmarc=fail for amazon.com: untrusted',
    from: FORM, to: DANA.keep, auth: 'fail',
    subject: formSubj(CASE.dana), date: D('2026-10-25 05:55:55', '+0000'), enc: 'ascii7',
    text: `Hello,

Your case is in progress (step 2 of 4). No action required.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-sr-alex-cannot', kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: '"we are unable to merge" yet: 1 of the 2 accounts is locked; nothing asked, nothing done',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex), date: D('2026-12-02 11:05:45', '+0000'), enc: 'utf8qp',
    text: `Hello Alex,

We are unable to merge the accounts today. Of the 2 accounts, 1 (${ALEX.srcId}) is under a security hold that our team has to lift first (usually 1-2 business days).

I'll keep this case open and update you when the hold is gone.

Hannah`,
  }),
  mk({
    slug: 'en-sr-dana-voucher', kind: 'support_reply', lang: 'en', caseId: CASE.dana, trap: true,
    note: 'answers a voucher question; "once merged, the 50% voucher will..." is conditional',
    from: FORM, to: DANA.keep,
    subject: formSubj(CASE.dana), date: D('2026-10-21 19:10:14', '+0000'), enc: 'utf8qp',
    text: `Hi Dana,

On your voucher question:
  * 1 voucher (50%) on ${DANA.srcId}, valid until 2027-04-30
  * once the accounts are merged it will appear on ${DANA.keepId}
  * vouchers can't be split or extended

Kevin

${q('Will I lose my 50% voucher if the old account goes away?')}`,
  }),
  mk({
    slug: 'en-sr-teamlist', kind: 'support_reply', lang: 'en', caseId: CASE.wei, forUser: false, deliveredTo: null,
    note: 'status copy sent only to a university team list (not a user address): forUser false',
    from: FORM, to: 'cloud-certs@campus-it.example.edu', rcpt: 'cloud-certs@campus-it.example.edu',
    subject: formSubj(CASE.wei), date: D('2026-11-12 10:21:00', '+0000'), enc: 'ascii7',
    text: `Hello team,

As requested by your staff, a status copy for case ${CASE.wei}: 0 of 2 certifications moved so far; merge batch within 48 hours.

AWS Training and Certification`,
  }),

  // ---------------- unrelated (6) ----------------
  mk({
    slug: 'en-unr-survey', kind: 'unrelated', lang: 'en', trap: true, caseId: CASE.dana,
    note: 'survey "Was your issue resolved?" (1-5 scale, 2 questions): unrelated',
    from: 'AWS Support Feedback <no-reply-aws@amazon.com>', to: DANA.keep,
    subject: `How did we do on case ${CASE.dana}?`, date: D('2026-11-03 02:00:00', '+0000'), enc: 'utf8qp',
    text: `Your case was recently resolved. 2 quick questions:

1. Was your issue resolved?   Yes / No
2. How satisfied are you with the agent? 1  2  3  4  5

This survey closes in 7 days.`,
  }),
  mk({
    slug: 'en-unr-refund-ack', kind: 'unrelated', lang: 'en', trap: true, caseId: CASE.danaExam,
    note: "agent reply on the user's other case, about an exam refund (2 lines of amounts): not the merge",
    from: FORM, to: DANA.keep,
    subject: `RE:[CASE ${CASE.danaExam}] [AWS Training and Certification Form Submission] - exam-refund`, date: D('2026-11-03 17:44:00', '+0000'), enc: 'ascii7',
    text: `Hi Dana,

We received your refund request for the cancelled exam and have processed it:

  exam fee   USD 150.00   refunded
  tax        USD  12.00   refunded

Funds return to the card in 5-10 business days.

Luis`,
  }),
  mk({
    slug: 'en-unr-credly-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'HashiCorp badge via Credly: another issuer, unrelated',
    from: 'HashiCorp via Credly <admin@credly.com>', to: WEI.keep,
    subject: 'HashiCorp sent you a new badge', date: D('2026-11-20 22:10:10', '+0000'), enc: 'utf8b64',
    html: `<html><body><p>Hi Li,</p><p>HashiCorp has issued you 1 badge: <b>HashiCorp Certified: Terraform Associate (003)</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/77aa88bb-1c2d-4e3f-9a0b-c1d2e3f4a5b6">Accept your badge</a></p></body></html>`,
  }),
  mk({
    slug: 'en-unr-marketing', kind: 'unrelated', lang: 'en', trap: true,
    note: 'marketing: 3 new certifications, 50% vouchers, "claim your badge" line; not the case',
    from: 'AWS Training and Certification <aws-tc-news@email.aws.training>', to: OWEN.keep, auth: 'dkimonly',
    subject: '3 new AWS Certifications + 50% off your next exam', date: D('2026-12-03 14:00:00', '+0000'), enc: 'utf8qp',
    text: `What's new this month:

  1. AWS Certified Generative AI Developer - Professional
  2. AWS Certified AI Practitioner (update)
  3. AWS Certified Data Engineer - Associate (v2)

Certified already? Your 50% voucher is in Benefits. Passed recently? Claim your Credly badge.

Unsubscribe: https://email.aws.training/unsubscribe`,
  }),
  mk({
    slug: 'en-unr-own-forward', kind: 'unrelated', lang: 'en', trap: true, trusted: false, forUser: false, caseId: CASE.alex,
    note: "the user's own forward to a colleague, quoting the merge notice: the user's mail, to someone else",
    from: `Alex Kim <${ALEX.keep}>`, to: 'Sam Rivera <sam.rivera@work.example.net>', auth: 'none',
    subject: `Fwd: ${formSubj(CASE.alex)}`, date: D('2026-12-05 10:20:00', '-0800'), enc: 'utf8qp',
    text: `Sam - FYI for the partner tier count, my certs are all on one ID now (3 total). Details below.

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Sat, Dec 5, 2026 at 9:50 AM
Subject: ${formSubj(CASE.alex)}
To: <${ALEX.keep}>

Your request is complete: ${ALEX.srcId} has been merged into ${ALEX.keepId}, which now holds 3 certifications and 5 exam records.`,
  }),
  mk({
    slug: 'en-unr-exam-score', kind: 'unrelated', lang: 'en', trap: true,
    note: 'exam score report (pass, 790/1000) that adds a certification: not a merge event',
    from: CERT_PORTAL, to: WEI.keep,
    subject: 'Your AWS Certification exam results are available', date: D('2026-11-15 23:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Li Wei,

Result for AWS Certified AI Practitioner: PASS
Scaled score: 790 (passing: 700)

Your account now lists 3 certifications. A Credly badge invitation follows within 5 business days.`,
  }),
];
