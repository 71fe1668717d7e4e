// fj English messages, part 2: badges, closings, other replies, and the systems' unrelated mail.
import type { Msg } from './lib.js';
import {
  CASE, FORM, NOTIFY, SUPPORT_CENTER, SURVEY, CREDLY, CREDLY_AWS, CERT, SKILL, VUE, OKTA, AGENCY_IT,
  OKAFOR, FISCHER, SUZUKI, NAKAMURA, TANAKA, d, mk, formSubject, gmailEn, outlookEn, shell,
} from './common.js';

export const EN2: Msg[] = [
  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-badge-credly-transferred',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'AWS via Credly: badges from the merged account were transferred to this Credly account',
    from: CREDLY_AWS, to: OKAFOR.keep,
    subject: 'Your badges from Amazon Web Services Training and Certification have been transferred',
    date: d('2026-02-15 02:05:41', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has moved the badges below to the Credly account
registered to ${OKAFOR.keep}, following the consolidation of your certification profiles:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Security - Specialty

They keep their original issue and expiry dates.

View your badges: https://www.credly.com/earner/earned

Credly | 1005 Congress Ave, Austin, TX`,
  }),
  mk({
    slug: 'en-badge-credly-misaligned',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'Credly-looking transfer notice signed by an unrelated bulk domain, dmarc=fail: untrusted',
    from: CREDLY_AWS, to: FISCHER.keep, auth: 'misaligned', trusted: false, relay: 'o7.sendgrid-bulk-7731.net',
    subject: 'Badges transferred to your wallet',
    date: d('2026-03-05 23:12:09', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

2 badges from Amazon Web Services Training and Certification were transferred to your wallet.
Sign in within 48 hours to keep them: https://credly-wallet-login.example.com/

Credly`,
  }),
  mk({
    slug: 'en-badge-support-moved',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.fischer, trap: false,
    note: 'agent answers her badge question on the case: badges now under the kept address',
    from: FORM, to: FISCHER.keep,
    subject: formSubject(CASE.fischer),
    date: d('2026-03-06 16:48:30', '+0100'), enc: 'utf8qp',
    text: `Hello Lena,

You were right, the Credly side hadn't followed. I've had the two AWS badges re-pointed to ${FISCHER.keep};
they're showing on your Credly profile now.

Tomasz

${gmailEn('Fri, Mar 6, 2026 at 9:30 AM', `Lena Fischer <${FISCHER.keep}>`, `The certifications show up, thanks! But Credly still lists my badges under the old agency address.`)}`,
  }),
  mk({
    slug: 'en-badge-moved-close-trap',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'support says the badges moved and closes the case: badges_transferred, closing words are the trap',
    from: FORM, to: OKAFOR.keep,
    subject: formSubject(CASE.okafor),
    date: d('2026-02-16 12:30:55', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Your Credly badges have now been moved across to ${OKAFOR.keep}. With that, everything you asked for
is done, so I'm closing this case. Thanks for your patience!

Priyanka

${outlookEn(`Daniel Okafor <${OKAFOR.keep}>`, 'Sunday, February 15, 2026 6:12 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.okafor), 'Merge looks good. Only thing left: my Credly badges are still on the old email.')}`,
  }),
  mk({
    slug: 'en-badge-credly-html',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'HTML-only Credly notice: AWS badges now in this wallet after the account merge',
    from: CREDLY_AWS, to: FISCHER.keep,
    subject: 'Amazon Web Services Training and Certification moved 2 badges to your account',
    date: d('2026-03-06 16:50:12', '+0000'), enc: 'utf8b64',
    html: shell(
      'Credly',
      `<p style="font-size:20px">Your badges have a new home</p>
<p>Hi Lena, after your AWS Certification accounts were combined, Amazon Web Services Training and Certification moved these badges to the Credly account for ${FISCHER.keep}:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Data Engineer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">See my badges</a></p>`,
      'Credly, Inc. You received this because a badge was issued to this address.',
    ),
  }),
  mk({
    slug: 'en-badge-reissued-nakamura',
    kind: 'badges_transferred', lang: 'en', caseId: null, trap: false,
    note: 'English Credly mail to a Japanese user: badges re-issued to the kept address because of the merge',
    from: CREDLY_AWS, to: NAKAMURA.keep,
    subject: 'Badges re-issued to your new email address',
    date: d('2026-03-09 10:05:44', '+0000'), enc: 'utf8qp',
    text: `Hello Sho,

Because your AWS Certification accounts were merged, Amazon Web Services Training and Certification has
re-issued your badges to ${NAKAMURA.keep}. The copies under ${NAKAMURA.src} have been withdrawn.

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect – Associate
  - AWS Certified Machine Learning Engineer – Associate

Accept your badges: https://www.credly.com/earner/earned/pending

Credly`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-resolved',
    kind: 'case_closed', lang: 'en', caseId: CASE.okafor, trap: false,
    note: 'system notice: case resolved; reply to reopen',
    from: NOTIFY, to: OKAFOR.keep,
    subject: `AWS Support case ${CASE.okafor} has been resolved`,
    date: d('2026-02-16 12:31:30', '+0000'), enc: 'ascii7',
    text: `Case ${CASE.okafor} is now marked as resolved.

If you still need help, reply to this email or reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-autoclose',
    kind: 'case_closed', lang: 'en', caseId: CASE.fischer, trap: false,
    note: 'reminder: waiting on her; the case resolves itself in 3 days without a reply',
    from: SUPPORT_CENTER, to: FISCHER.keep,
    subject: `Case ${CASE.fischer} is waiting for your reply`,
    date: d('2026-03-09 09:00:07', '+0100'), enc: 'utf8qp',
    text: `Hi Lena,

We haven't heard from you on case ${CASE.fischer}. If we don't get a reply within 3 days, the case will be
resolved automatically. You can always reopen it later by replying.

AWS Support`,
  }),
  mk({
    slug: 'en-closed-restated-trap',
    kind: 'case_closed', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'closing that only restates last week\'s merge',
    from: FORM, to: OKAFOR.keep,
    subject: formSubject(CASE.okafor),
    date: d('2026-02-23 10:05:31', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged last week and we haven't heard of any problems since, we're closing this
case now. Thanks for contacting AWS Training and Certification.

Priyanka`,
  }),
  mk({
    slug: 'en-closed-subdomain-lookalike',
    kind: 'case_closed', lang: 'en', caseId: CASE.fischer, trap: false,
    note: 'closing notice from aws.amazon.com.case-notify.net, a look-alike that only starts with a trusted name: untrusted',
    from: 'AWS Support <no-reply@aws.amazon.com.case-notify.net>', to: FISCHER.keep, trusted: false,
    subject: `Case ${CASE.fischer} closed - rate your experience`,
    date: d('2026-03-08 04:44:40', '+0000'), enc: 'utf8b64',
    text: `Your case ${CASE.fischer} has been closed.

To avoid losing your certification records, sign in and rate the support you received:
https://aws.amazon.com.case-notify.net/rate?c=${CASE.fischer}`,
  }),
  mk({
    slug: 'en-closed-quiet-tanaka',
    kind: 'case_closed', lang: 'en', caseId: CASE.tanaka, trap: false,
    note: 'English closing to a Japanese customer after no reply',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-02-03 01:00:22', '+0000'), enc: 'ascii7',
    text: `Dear Misaki Tanaka,

Since we have not received a response to our previous message, we will be closing this case. If you
need further assistance, simply reply and the case will reopen.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-dup-merged-trap',
    kind: 'case_closed', lang: 'en', caseId: CASE.fischerDup, trap: true,
    note: 'HTML-only: duplicate case merged into the main case and closed; case merge, not account merge',
    from: SUPPORT_CENTER, to: FISCHER.keep,
    subject: `Case ${CASE.fischerDup} has been closed`,
    date: d('2026-03-02 11:20:19', '+0100'), enc: 'utf8qp',
    html: shell(
      'AWS Support',
      `<p>Hi Lena,</p>
<p>We merged case <b>${CASE.fischerDup}</b> into case <b>${CASE.fischer}</b>, which covers the same request, and closed ${CASE.fischerDup}.</p>
<p>No action is needed. Updates will continue on ${CASE.fischer}.</p>`,
      'Amazon Web Services',
    ),
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-reply-unable-trap',
    kind: 'support_reply', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'negated: unable to merge while an exam is scheduled; says what happens next but asks for nothing',
    from: FORM, to: OKAFOR.keep,
    subject: formSubject(CASE.okafor),
    date: d('2026-02-11 15:40:09', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

I'm afraid we're unable to merge the accounts right now: ${OKAFOR.srcId} has an exam booked for Feb 12.
Accounts with a pending appointment can't be merged. I'll pick this up again the day after your exam.

Priyanka`,
  }),
  mk({
    slug: 'en-reply-thanks-confirm-trap',
    kind: 'support_reply', lang: 'en', caseId: CASE.fischer, trap: true,
    note: 'thanks for confirming, passed on to the team that runs merges',
    from: FORM, to: FISCHER.keep,
    subject: formSubject(CASE.fischer),
    date: d('2026-03-04 18:22:00', '+0100'), enc: 'ascii7',
    text: `Hello Lena,

Thank you for confirming. I've handed your request to the team that processes merges and will let you
know when they're finished.

Tomasz

> Yes, I authorise the merge.
> Lena`,
  }),
  mk({
    slug: 'en-reply-escalated',
    kind: 'support_reply', lang: 'en', caseId: CASE.okafor, trap: false,
    note: 'status: escalated to the certification operations team',
    from: NOTIFY, to: OKAFOR.keep,
    subject: `Update on case ${CASE.okafor}`,
    date: d('2026-02-10 08:04:19', '+0000'), enc: 'utf8qp',
    text: `New correspondence on case ${CASE.okafor}:

"Hi Daniel — quick update. Your request needs a specialist on the certification operations side, so I've
escalated it. They usually respond within two business days."

— AWS Support`,
  }),
  mk({
    slug: 'en-reply-cases-joined-trap',
    kind: 'support_reply', lang: 'en', caseId: CASE.fischer, trap: true,
    note: '"I\'ve merged your two cases into one": not the account merge',
    from: FORM, to: FISCHER.keep,
    subject: formSubject(CASE.fischer),
    date: d('2026-03-02 11:18:45', '+0100'), enc: 'utf8qp',
    text: `Hello Lena,

You opened two cases for the same request, so I've merged them: we'll continue here on ${CASE.fischer}
and ${CASE.fischerDup} will be closed. I'm now reviewing your two accounts.

Tomasz`,
  }),
  mk({
    slug: 'en-reply-eta-trap',
    kind: 'support_reply', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'future: expects to complete the merge within a few business days',
    from: FORM, to: OKAFOR.keep,
    subject: formSubject(CASE.okafor),
    date: d('2026-02-13 21:10:44', '+0000'), enc: 'utf8b64',
    text: `Hi Daniel,

Thanks, that's all I need. We expect the merge to be completed within 3–5 business days; you'll get a
note from me once it has gone through.

Priyanka`,
  }),
  mk({
    slug: 'en-reply-appointment-answer',
    kind: 'support_reply', lang: 'en', caseId: CASE.fischer, trap: false,
    note: 'answers her question: the upcoming exam appointment is not affected',
    from: FORM, to: FISCHER.keep,
    subject: formSubject(CASE.fischer),
    date: d('2026-03-03 10:02:54', '+0100'), enc: 'ascii7',
    text: `Hello Lena,

To your question: your appointment on 24 March stays as it is. Pearson VUE keeps the booking under
your candidate ID, and we'll carry it over.

Tomasz

${gmailEn('Tue, Mar 3, 2026 at 8:47 AM', `Lena Fischer <${FISCHER.keep}>`, 'Quick question: I have an exam booked for 24 March. Will anything change?')}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: OKAFOR.keep,
    subject: 'You earned a badge from HashiCorp',
    date: d('2026-02-18 17:31:20', '+0000'), enc: 'ascii7',
    text: `Congratulations, Daniel!

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/badges/9f1e4b22-3c7a-4e51-8d0f-6b2a7c9e1d35/accept

Credly`,
  }),
  mk({
    slug: 'en-un-credly-wallet-merged',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly\'s own wallet merge finished (the user merged two Credly logins): not the certification merge',
    from: CREDLY, to: FISCHER.keep,
    subject: 'Your Credly accounts have been merged',
    date: d('2026-03-07 20:04:38', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

The Credly account ${FISCHER.src} was merged into this one. All accepted and pending badges from it are now
here, and ${FISCHER.src} has been added as a secondary email.

If you didn't do this, contact Credly Support.`,
  }),
  mk({
    slug: 'en-un-vue-colleague',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true, forUser: false,
    note: 'Pearson VUE appointment confirmation for a colleague (not the user\'s address); outside domain',
    from: VUE, to: 'Markus Weber <m.weber@agency.example.de>', trusted: false,
    subject: 'Confirmation of your AWS Certification exam appointment',
    date: d('2026-03-01 12:00:37', '+0000'), enc: 'ascii7',
    text: `Dear Markus Weber,

Thank you for scheduling with Pearson VUE. This email confirms your appointment.

Exam: DOP-C02 AWS Certified DevOps Engineer - Professional
Date: Tuesday, March 17, 2026, 09:00 CET
Location: Pearson Professional Centers - Berlin
Registration ID: 412877305

Please bring a valid, unexpired government-issued ID.`,
  }),
  mk({
    slug: 'en-un-okta-lookalike',
    kind: 'unrelated', lang: 'en', caseId: null, trap: false,
    note: 'identity-provider look-alike (okta-account-security.com) asking to re-enrol MFA: phishing, not about the case',
    from: 'Okta <noreply@okta-account-security.com>', to: FISCHER.src, trusted: false,
    subject: 'Action required: re-enroll your MFA factor',
    date: d('2026-02-27 08:15:02', '+0100'), enc: 'ascii7',
    text: `Hi Lena,

Your Okta Verify factor will stop working on Feb 28. Re-enroll now to keep access to your agency apps:
https://okta-account-security.com/agency/enroll

Okta Security`,
  }),
  mk({
    slug: 'en-un-psi-lookalike',
    kind: 'unrelated', lang: 'en', caseId: null, trap: false,
    note: 'PSI look-alike (psi-exam-services.net) claiming the ID check failed: exam logistics phishing, untrusted',
    from: 'PSI Exams <verify@psi-exam-services.net>', to: OKAFOR.keep, trusted: false,
    subject: 'ID verification failed for your upcoming exam',
    date: d('2026-02-18 03:27:14', '+0000'), enc: 'utf8qp',
    text: `Dear candidate,

We could not verify the ID you presented for your AWS Certification exam on Feb 20.
Upload a new photo of your passport within 12 hours or your appointment will be cancelled without refund:
https://psi-exam-services.net/id-upload

PSI Candidate Services`,
  }),
  mk({
    slug: 'en-un-survey',
    kind: 'unrelated', lang: 'en', caseId: CASE.okafor, trap: true,
    note: 'survey: "was your issue resolved?"',
    from: SURVEY, to: OKAFOR.keep,
    subject: `How did we do on case ${CASE.okafor}?`,
    date: d('2026-02-17 10:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Daniel,

Your case ${CASE.okafor} was recently resolved. Could you spare a minute to tell us how it went?

Was your issue resolved?  Yes | No
How satisfied are you with AWS Support? ★★★★★

Thank you!`,
  }),
  mk({
    slug: 'en-un-exam-case-closed',
    kind: 'unrelated', lang: 'en', caseId: CASE.okaforExam, trap: true,
    note: 'closing of his other case, which says it was about rescheduling an exam',
    from: FORM, to: OKAFOR.keep,
    subject: `RE:[CASE ${CASE.okaforExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: d('2026-02-12 08:20:17', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Your exam has been moved to Feb 20 at the same test center, as requested. Since the rescheduling is done,
I'll close this case.

Jonas
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-un-skillbuilder-receipt',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Skill Builder subscription payment receipt: receipt words, billing mail',
    from: SKILL, to: OKAFOR.keep,
    subject: 'We received your payment - AWS Skill Builder Individual',
    date: d('2026-02-20 06:00:11', '+0000'), enc: 'ascii7',
    text: `Thanks, Daniel. We have received your payment.

Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Receipt no.: SB-4471-20260220

Your subscription renews on March 20, 2026.`,
  }),
  mk({
    slug: 'en-un-portal-result',
    kind: 'unrelated', lang: 'en', caseId: null, trap: false,
    note: 'portal: exam result available (passed)',
    from: CERT, to: FISCHER.keep,
    subject: 'Your AWS Certification exam results are available',
    date: d('2026-03-25 18:42:30', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Congratulations! You passed AWS Certified Solutions Architect – Professional. Your score report is in
your AWS Certification account under Exam History.

AWS Certification`,
  }),
  mk({
    slug: 'en-un-agency-forwarding',
    kind: 'unrelated', lang: 'en', caseId: null, trap: false,
    note: 'old employer\'s IT: a forwarding rule was set on her leaving mailbox; outside domain',
    from: AGENCY_IT, to: FISCHER.src, trusted: false,
    subject: 'Mailbox forwarding enabled for your account',
    date: d('2026-02-26 17:05:49', '+0100'), enc: 'ascii7',
    text: `Hello Lena,

As part of your leaving process, mail sent to ${FISCHER.src} will be forwarded to ${FISCHER.keep} until
31 May 2026. After that date the mailbox will be deleted.

Agency IT Service Desk`,
  }),
  mk({
    slug: 'en-un-credly-pending-reminder',
    kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'reminder to accept a newly earned AWS badge (not a transfer)',
    from: CREDLY_AWS, to: `${SUZUKI.en} <${SUZUKI.keep}>`,
    subject: 'Reminder: accept your badge from Amazon Web Services Training and Certification',
    date: d('2026-03-10 02:12:45', '+0000'), enc: 'ascii7',
    text: `Hi Kenichi,

You still have a badge waiting: AWS Certified DevOps Engineer - Professional, earned Mar 2, 2026.

Accept your badge: https://www.credly.com/badges/2b8d6f0e-4c31-4a9b-9e27-d15c0a7f3e62/accept

Credly`,
  }),
];
