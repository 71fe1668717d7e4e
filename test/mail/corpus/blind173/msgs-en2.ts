// fp set, English part 2: completions, badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  BEN, CASE, CASE2, CREDLY_AWS, FORM, JORDAN, NADIA, NOREPLY, OMAR, SOFIA, SUPPORT,
  esc, formSubj, gmailEn, mask, mk, quote, utc,
} from './common.js';

export const EN2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'jordan-done', kind: 'merge_completed', lang: 'en', caseId: CASE.jordan,
    note: 'the Acme profile was merged into the personal one; both Professional certs now on the kept ID',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-27 20:14:33'), enc: 'ascii7',
    text: `Hi Jordan,

Done - ${JORDAN.srcId} (the Acme profile) has been merged into ${JORDAN.keepId}. Sign in with ${JORDAN.keep} and you'll find both Professional certifications next to your Cloud Practitioner.

Priyanka`,
  }),
  mk({
    slug: 'sofia-done-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'consulting profile folded into the personal profile; closing follows (the merge is the new fact)',
    from: SUPPORT, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-12-01 09:05:50'), enc: 'utf8qp',
    text: `Hello Sofia,

The consulting-firm profile has now been folded into your personal profile. ${SOFIA.keepId} carries your complete history, including Data Analytics - Specialty; ${SOFIA.srcId} is retired.

I'll close this case now. If anything looks off, just reply and it reopens.

Tomasz`,
  }),
  mk({
    slug: 'ben-certmetrics-portal', kind: 'merge_completed', lang: 'en', trusted: false,
    note: 'certification-portal style notice (merged / active IDs) from a sender outside the trusted domains: untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>', to: BEN.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: utc('2026-11-28 07:30:12'), enc: 'ascii7',
    text: `Dear Ben Okafor,

The following accounts have been merged:

  Merged (inactive): ${BEN.srcId}
  Active:            ${BEN.keepId}

Use the active account for all future sign-ins and exam registrations.

AWS Certification Program`,
  }),
  mk({
    slug: 'nadia-redone', kind: 'merge_completed', lang: 'en', caseId: CASE.nadia,
    note: 'after the wrong-way merge the merge was redone in the right direction (RetailCo into personal): completed',
    from: SUPPORT, to: NADIA.keep,
    subject: formSubj(CASE.nadia),
    date: utc('2026-11-26 14:22:09'), enc: 'utf8b64',
    text: `Hi Nadia,

Apologies again for the earlier mix-up. The merge has now been redone in the right direction: the RetailCo profile (${NADIA.srcId}) was merged into your personal profile (${NADIA.keepId}). ${NADIA.keep} is your sign-in, and the Database - Specialty and SysOps certifications are listed there.

Marcus`,
  }),
  mk({
    slug: 'jordan-done-badges-pending', kind: 'merge_completed', lang: 'en', caseId: CASE.jordan, trap: true,
    note: 'old Acme account is now part of the personal one; badges explicitly NOT moved yet',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-27 20:31:47'), enc: 'utf8qp',
    text: `Jordan,

Quick follow-up: your old Acme account is now part of your personal account (${JORDAN.keep}). Credly badges are handled separately, though - the badges issued to ${JORDAN.src} haven't moved yet. If you want them on your personal Credly profile, reply here and we'll raise it with the badge team.

Priyanka`,
  }),
  mk({
    slug: 'ben-done-check', kind: 'merge_completed', lang: 'en', caseId: CASE.ben,
    note: 'university-era profile merged into the personal one; "please check everything looks right" stays merge_completed',
    from: SUPPORT, to: BEN.keep,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-28 07:41:00'), enc: 'utf8qp',
    text: `Hello Ben,

We have merged the university-era profile (${BEN.src}) into ${BEN.keep}. Please sign in and check that your Cloud Practitioner certification and exam history look right; let us know if anything is missing.

Lucia`,
    html: `<p>Hello Ben,</p>
<p>We have merged the university-era profile (${esc(BEN.src)}) into ${esc(BEN.keep)}. Please sign in and check that your Cloud Practitioner certification and exam history look right; let us know if anything is missing.</p>
<p>Lucia</p>`,
  }),
  mk({
    slug: 'sofia-done-to-admin', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, forUser: false,
    note: 'completion sent to the former employer\'s training admin only, none of her addresses: forUser false',
    from: SUPPORT, to: 'training-admin@consult.example.com',
    subject: formSubj(CASE.sofia),
    date: utc('2026-12-01 09:07:15'), enc: 'ascii7',
    text: `Hello,

As requested on behalf of Sofia Rossi: the profile ${SOFIA.srcId} (${SOFIA.src}) has been merged into ${SOFIA.keepId} (${SOFIA.keep}). The consulting profile no longer exists; Sofia's certifications now sit on her personal profile.

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'jordan-credly-accept', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge via Credly, moved from the masked Acme address to the primary address',
    from: CREDLY_AWS, to: JORDAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: utc('2026-11-30 14:00:21'), enc: 'utf8qp',
    text: `Hi Jordan,

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Solutions Architect - Professional".

This badge was moved from ${mask(JORDAN.src)} to your primary address ${JORDAN.keep} after your AWS Certification accounts were combined.

Accept your badge: https://www.credly.com/badges/9e21c0d4-77b3-4a58-b1f0-3d6a2e84c915/accept`,
    html: `<div style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Jordan,</p>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p>This badge was moved from ${mask(JORDAN.src)} to your primary address ${JORDAN.keep} after your AWS Certification accounts were combined.</p>
<p><a href="https://www.credly.com/badges/9e21c0d4-77b3-4a58-b1f0-3d6a2e84c915/accept">Accept your badge</a></p>
</div>`,
  }),
  mk({
    slug: 'sofia-badges-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia,
    note: 'support moved the two badges from the consulting address to the personal Credly account and closes',
    from: SUPPORT, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-12-04 10:50:08'), enc: 'utf8qp',
    text: `Hi Sofia,

The two badges that were sitting on ${SOFIA.src} - Data Analytics - Specialty and Solutions Architect - Associate - have been transferred to the Credly account of ${SOFIA.keep}. With that, everything you asked for is done, so I'm closing the case.

Tomasz`,
  }),
  mk({
    slug: 'ben-badge-resent', kind: 'badges_transferred', lang: 'en', caseId: CASE.ben, forUser: false,
    resent: { from: 'mail-forwarder@uni.example.ac.uk', to: BEN.keep, date: utc('2026-11-30 09:12:40') },
    note: 'badge now on the kept Credly profile; this copy was redirected by the university (Resent-*): forUser false',
    from: SUPPORT, to: BEN.src,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-30 09:12:01'), enc: 'ascii7',
    text: `Hello Ben,

Your Credly profile for ${BEN.keep} now shows the Cloud Practitioner badge that used to belong to the university profile (${BEN.srcId}). No action needed on your side.

Lucia`,
  }),
  mk({
    slug: 'nadia-credly-html', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge via Credly issued to the personal address, previously held under the RetailCo address',
    from: CREDLY_AWS, to: NADIA.keep,
    subject: "You've earned a badge from Amazon Web Services Training and Certification",
    date: utc('2026-11-29 17:45:33'), enc: 'utf8b64',
    text: `Nadia, you've earned a badge: AWS Certified Database - Specialty

Issued to: ${NADIA.keep}
Previously held under: ${NADIA.src}

Accept your badge to share it: https://www.credly.com/badges/51c8a0e2-4d3f-49b7-8e16-f0a92c7b3d48/accept`,
    html: `<table role="presentation" width="100%"><tr><td align="center">
<h2 style="font-family:Arial">Nadia, you've earned a badge</h2>
<p style="font-family:Arial">AWS Certified Database - Specialty</p>
<p style="font-family:Arial;font-size:13px">Issued to: ${esc(NADIA.keep)}<br>Previously held under: ${esc(NADIA.src)}</p>
<p><a href="https://www.credly.com/badges/51c8a0e2-4d3f-49b7-8e16-f0a92c7b3d48/accept" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
</td></tr></table>`,
  }),
  mk({
    slug: 'jordan-credly-misaligned', kind: 'badges_transferred', lang: 'en', trusted: false, auth: 'misaligned',
    note: 'claims badges moved from secondary to primary; DKIM signed by an unrelated bulk domain, dmarc=fail: untrusted',
    from: CREDLY_AWS, to: JORDAN.keep,
    subject: 'Your AWS badges were transferred',
    date: utc('2026-11-29 04:04:40'), enc: 'ascii7',
    text: `Jordan,

Your AWS badges have been transferred from your secondary account (${JORDAN.src}) to your primary account ${JORDAN.keep}.
Sign in to review them: http://credly-secure-login.example.net/earner

Credly`,
  }),
  mk({
    slug: 'nadia-badges-gmail', kind: 'badges_transferred', lang: 'en', caseId: CASE.nadia,
    note: 'support: badge team moved the two badges from the RetailCo email to the personal address; Gmail quote',
    from: SUPPORT, to: NADIA.keep,
    subject: formSubj(CASE.nadia),
    date: utc('2026-12-07 18:02:50'), enc: 'utf8qp',
    text: `Hi Nadia,

Sorted: the badge team moved your SysOps and Database badges from the RetailCo email to ${NADIA.keep}. They should be visible on Credly already.

Marcus

${gmailEn('Mon, Dec 7, 2026 at 9:20 AM', `${NADIA.name} <${NADIA.keep}>`)}
${quote(`Hi Marcus, the merge worked but my Credly still only shows the Developer badge.
The two older ones are still under ${NADIA.src}.`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'jordan-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.jordan,
    note: 'no reply on which profile to keep; the case closes automatically in 5 days',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-24 23:55:00'), enc: 'ascii7',
    text: `Hello Jordan,

We haven't heard back about which profile you want to keep (${JORDAN.keepId} or ${JORDAN.srcId}). This case will be closed automatically in 5 days if we don't get a reply.

AWS Training and Certification`,
  }),
  mk({
    slug: 'sofia-resolve-restate', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'resolving the case, only restating the merge done on 1 December',
    from: SUPPORT, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: utc('2026-12-08 08:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

As mentioned on 1 December, your consulting profile was merged into your personal one. Since nothing further is outstanding, we're resolving case ${CASE.sofia}.

Regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'ben-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.ben,
    note: 'AWS Support notice that the case (uni profile into personal profile) is resolved',
    from: NOREPLY, to: BEN.keep,
    subject: `Case ${CASE.ben} has been resolved`,
    date: utc('2026-12-03 00:00:09'), enc: 'ascii7',
    text: `Hello,

Your AWS Support case ${CASE.ben} ("Merge uni profile ${BEN.srcId} into personal profile ${BEN.keepId}") has been marked resolved.

If you need more help, you can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'omar-withdrawn', kind: 'case_closed', lang: 'en', caseId: CASE2.omar, trap: true,
    note: 'customer withdrew; nothing merged, both profiles stay as they are; case closed',
    from: SUPPORT, to: OMAR.keep,
    subject: formSubj(CASE2.omar),
    date: utc('2026-11-29 11:40:51'), enc: 'utf8b64',
    text: `Hi Omar,

Understood - you'd rather keep the bank profile and your personal profile separate for now. We have not merged anything; both ${OMAR.srcId} (${OMAR.src}) and ${OMAR.keepId} (${OMAR.keep}) remain exactly as they were.

I'm closing this case. You can open a new one whenever you want to go ahead.

Dana`,
  }),
  mk({
    slug: 'jordan-dup-closed', kind: 'case_closed', lang: 'en', caseId: CASE.jordanDup,
    note: 'second case from the Acme address closed as a duplicate of the main case',
    from: SUPPORT, to: JORDAN.src,
    subject: formSubj(CASE.jordanDup),
    date: utc('2026-11-24 17:10:00'), enc: 'utf8qp',
    text: `Hi Jordan,

This case (${CASE.jordanDup}) repeats the request already open as ${CASE.jordan}: keep ${JORDAN.keep}, retire ${JORDAN.src}. To avoid two agents working on the same thing, I'm closing this one. Everything continues on ${CASE.jordan}.

Priyanka`,
  }),
  mk({
    slug: 'sofia-closed-noauth', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trusted: false, auth: 'none',
    note: 'closing notice without any Authentication-Results: untrusted',
    from: NOREPLY, to: SOFIA.keep,
    subject: `Your case ${CASE.sofia} is now closed`,
    date: utc('2026-12-05 05:05:05'), enc: 'ascii7',
    text: `Hello Sofia,

Case ${CASE.sofia} (merge ${SOFIA.srcId} into ${SOFIA.keepId}) is now closed.
Thank you for contacting AWS.`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'nadia-wrong-way', kind: 'support_reply', lang: 'en', caseId: CASE.nadia, trap: true,
    note: 'support merged the personal profile into RetailCo, the wrong way round, and is reversing it: not the completed merge',
    from: SUPPORT, to: NADIA.keep, cc: NADIA.src,
    subject: formSubj(CASE.nadia),
    date: utc('2026-11-25 10:58:26'), enc: 'utf8qp',
    text: `Hi Nadia,

I'm sorry - I have to report a mistake on our side. When the merge ran this morning, your personal profile (${NADIA.keepId}) was merged INTO the RetailCo profile (${NADIA.srcId}) instead of the other way round.

Our engineering team is reversing it now so that ${NADIA.keep} ends up as the surviving account. Please don't sign in with either address until I write again; I'll update you as soon as it's fixed.

Marcus`,
  }),
  mk({
    slug: 'jordan-thanks-passed', kind: 'support_reply', lang: 'en', caseId: CASE.jordan, trap: true,
    note: 'thanks for confirming; request (Acme into personal) passed to the processing team',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-26 09:18:04'), enc: 'utf8b64',
    text: `Hi Jordan,

Thanks for confirming. I've passed the request - ${JORDAN.srcId} into ${JORDAN.keepId} - to the team that performs merges. It normally takes 1-3 business days; you'll hear from me when it's through.

Priyanka`,
  }),
  mk({
    slug: 'omar-unable-yet', kind: 'support_reply', lang: 'en', caseId: CASE2.omar, trap: true,
    note: '"unable to merge" while an exam is pending on the bank profile; explains, asks nothing',
    from: SUPPORT, to: OMAR.keep,
    subject: formSubj(CASE2.omar),
    date: utc('2026-11-26 13:07:37'), enc: 'ascii7',
    text: `Hi Omar,

We're unable to merge ${OMAR.src} (${OMAR.srcId}) into ${OMAR.keep} (${OMAR.keepId}) at the moment: the bank profile has an exam result still being scored. Once the score is final, usually within five business days, we can go ahead. No action needed from you until then.

Dana`,
  }),
  mk({
    slug: 'ben-write-from-keep', kind: 'support_reply', lang: 'en', caseId: CASE.ben,
    note: 'asks him to write from the address he keeps; no data requested',
    from: SUPPORT, to: BEN.src,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-25 08:25:50'), enc: 'ascii7',
    text: `Hi Ben,

A small housekeeping point: your last message came from the university address (${BEN.src}), which belongs to the profile that is going away. Could you carry on the conversation from ${BEN.keep}, the account you're keeping? Just reply to this email from there.

Lucia`,
  }),
  mk({
    slug: 'ben-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.ben,
    note: 'status update: escalated to the back office, merge of the retiring into the surviving profile still pending',
    from: SUPPORT, to: BEN.keep,
    subject: formSubj(CASE.ben),
    date: utc('2026-11-27 15:33:29'), enc: 'utf8qp',
    text: `Hi Ben,

Thanks for your patience. Your case has been escalated to our back-office team, who handle profiles with history on both sides, as yours does (${BEN.srcId} holds ${BEN.srcCerts}, ${BEN.keepId} holds ${BEN.keepCerts}). I'll keep an eye on it and update you.

Lucia`,
  }),
  mk({
    slug: 'jordan-voucher', kind: 'support_reply', lang: 'en', caseId: CASE.jordan,
    note: 'answers where the 50% voucher from the old account went after the merge (restated); no new event',
    from: SUPPORT, to: JORDAN.keep,
    subject: formSubj(CASE.jordan),
    date: utc('2026-11-30 18:48:12'), enc: 'utf8qp',
    text: `Hi Jordan,

About your question on the 50% discount: the voucher earned on the Acme profile (${JORDAN.srcId}) is now listed under Benefits on ${JORDAN.keepId}. It keeps its original expiry date, so use it before then.

Priyanka`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'sofia-skillbuilder-new', kind: 'unrelated', lang: 'en', trap: true,
    note: 'a new Skill Builder account was created at the personal address; nothing merged',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: SOFIA.keep,
    subject: 'Welcome to AWS Skill Builder - your new account is ready',
    date: utc('2026-11-28 12:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

Your new AWS Skill Builder account for ${SOFIA.keep} has been created.

Learning progress from other Skill Builder accounts (for example one you used with ${SOFIA.src}) is not copied over. Team subscriptions from a former employer don't carry over either.

Start learning: https://skillbuilder.aws/

AWS Training and Certification`,
  }),
  mk({
    slug: 'ben-credly-primary-renamed', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly notice that the primary e-mail changed (an account renamed, no merge, no badge issued)',
    from: 'Credly <admin@credly.com>', to: BEN.keep,
    subject: 'Your primary email address was changed',
    date: utc('2026-11-29 20:17:41'), enc: 'ascii7',
    text: `Hi Ben,

The primary email address on your Credly account was changed from ${BEN.src} to ${BEN.keep}. ${BEN.src} stays on the account as a secondary email.

If you didn't make this change, contact Credly support right away.

The Credly Team`,
  }),
  mk({
    slug: 'jordan-ms-badge', kind: 'unrelated', lang: 'en', trap: true,
    note: 'a Microsoft badge via Credly sent to the old Acme address: another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: JORDAN.src,
    subject: 'Microsoft sent you a new badge',
    date: utc('2026-11-22 11:11:11'), enc: 'utf8qp',
    text: `Jordan, you've earned a badge from Microsoft: Microsoft Certified: Azure Administrator Associate.

It was issued to ${JORDAN.src}. To keep all your badges in one place, add ${JORDAN.keep} to this Credly account or merge the two Credly accounts.

Accept your badge: https://www.credly.com/badges/2c4b7f18-0e9d-4c6a-a3b5-7d81e6f02a93/accept`,
  }),
  mk({
    slug: 'nadia-own-forward', kind: 'unrelated', lang: 'en', caseId: CASE.nadia, trusted: false, auth: 'none', trap: true,
    note: 'the user forwards the completion mail from her RetailCo address to her personal one: her own mail',
    from: `${NADIA.name} <${NADIA.src}>`, to: NADIA.keep,
    relay: 'smtp.retailco.example.com',
    subject: `FW: ${formSubj(CASE.nadia)}`,
    date: utc('2026-11-26 14:40:18'), enc: 'ascii7',
    text: `keeping a copy before this mailbox goes away

-----Original Message-----
From: AWS Training and Certification <${FORM}>
Sent: Thursday, November 26, 2026 2:22 PM
To: ${NADIA.keep}
Subject: ${formSubj(CASE.nadia)}

Hi Nadia,

Apologies again for the earlier mix-up. The merge has now been redone in the right direction: the RetailCo profile (${NADIA.srcId}) was merged into your personal profile (${NADIA.keepId}).`,
  }),
  mk({
    slug: 'jordan-survey', kind: 'unrelated', lang: 'en', caseId: CASE.jordan, trap: true,
    note: 'survey: was the merge case resolved?',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: JORDAN.keep,
    subject: 'How did we do? Tell us about case ' + CASE.jordan,
    date: utc('2026-12-02 16:20:00'), enc: 'utf8qp',
    text: `Hi Jordan,

You recently worked with us on case ${CASE.jordan} (merging ${JORDAN.srcId} into ${JORDAN.keepId}).

Was your issue resolved?  Yes  |  No

It takes less than a minute. Thank you!
AWS Support`,
  }),
  mk({
    slug: 'sofia-refund-closed', kind: 'unrelated', lang: 'en', caseId: CASE.sofiaRefund, trap: true,
    note: 'closing of a separate exam-refund case; says it is not related to the account merge',
    from: SUPPORT, to: SOFIA.keep,
    subject: `RE:[CASE ${CASE.sofiaRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: utc('2026-11-30 13:13:52'), enc: 'ascii7',
    text: `Hi Sofia,

The refund for the exam you cancelled (booked under ${SOFIA.keepId}) has been issued to your card. As this case only concerned the refund, I'm closing it now.

Your separate request to merge ${SOFIA.src} into ${SOFIA.keep} is handled on case ${CASE.sofia}, which isn't affected.

Joanna
AWS Training and Certification`,
  }),
  mk({
    slug: 'ben-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.ben, trap: true,
    note: 'an agent\'s out-of-office auto-reply mentioning the merge case',
    from: 'Lucia Ferreira <lferreira@amazon.com>', to: BEN.keep,
    subject: `Automatic reply: ${formSubj(CASE.ben)}`,
    date: utc('2026-11-26 16:06:30'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until 1 December with limited access to email.

Cases in progress, including merges of a source profile into a target profile, are being covered by the team at ${FORM}; please reply there and keep the case number in the subject.

Lucia`,
  }),
];
