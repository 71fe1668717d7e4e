// fo set, English messages
import type { Msg } from './lib.js';
import {
  ALEX, CASE, CERT, CREDLY, CREDLY_AWS, CREDLY_NOTIFY, CREDLY_SUPPORT, D, DANIEL, FORM, FORM_BARE, MEI, NOREPLY, PRIYA, SOFIA, SUPPORT_AWS, TC,
  credlyCard, formSubj, fwdEn, gmailEn, html, mk, outlookEn, q, sfQuote,
} from './common.js';
import { BADGE_CLF, BADGE_DVA, BADGE_SAA, BADGE_SOA } from './msgs-ja2.js';

const sig = (name: string): string => `${name}\nAWS Training and Certification Customer Service\nAmazon Web Services`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (6)
  mk({
    slug: 'en-ack-sofia',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia,
    note: 'automatic receipt of the contact-form case',
    from: FORM, to: SOFIA.keep,
    subject: `[CASE ${CASE.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: D('2026-02-02 10:14:03', '+0100'), enc: 'ascii7',
    text: `Hello Sofia,

We have received your request and opened case ${CASE.sofia}.
Summary: two certification accounts, Credly badges split between two emails.

A member of the AWS Training and Certification team will review it and reply by email, usually within one business day. To add details, reply to this message and keep the case number in the subject line.

Please do not submit a new request for the same issue; doing so can delay our response.

This mailbox is not monitored for new requests.`,
  }),
  mk({
    slug: 'en-ack-daniel-support-center',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel,
    note: 'AWS Support receipt naming the case and its topic (missing badges after a merge)',
    from: SUPPORT_AWS, to: `Daniel Okafor <${DANIEL.keep}>`,
    subject: `Case ${CASE.daniel} opened: Badges missing after certification account merge`,
    date: D('2026-05-04 16:47:20', '+0100'), enc: 'utf8qp',
    text: `Dear Daniel Okafor,

Thanks for reaching out. Your support case has been created.

Case ID: ${CASE.daniel}
Subject: Badges missing after certification account merge
Service: Training and Certification
Category: Certification account

You'll get an email when there's an update. You can also view the case in the Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
    html: html(`Dear Daniel Okafor,

Thanks for reaching out. Your support case has been created.

Case ID: ${CASE.daniel}
Subject: Badges missing after certification account merge
Service: Training and Certification
Category: Certification account

You'll get an email when there's an update.`),
  }),
  mk({
    slug: 'en-ack-mei-html',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.mei,
    note: 'HTML-only receipt; case ID only in the body',
    from: NOREPLY, to: MEI.keep,
    subject: 'We received your request',
    date: D('2026-06-08 21:09:55', '-0700'), enc: 'utf8b64',
    html: `<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">Thank you for contacting us</h2>
<p>Hi Mei,</p>
<p>Your inquiry about combining your AWS Certification accounts has been logged under reference <b>${CASE.mei}</b>.</p>
<p>Our specialists typically respond within 24&ndash;48 hours. There's nothing else you need to do right now.</p>
<p style="font-size:11px;color:#777">Amazon Web Services &middot; 410 Terry Ave N &middot; Seattle WA</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-alex-bare', crlf: false,
    kind: 'acknowledgement', lang: 'en', caseId: CASE.alex,
    note: 'terse receipt that names no topic: read as a receipt',
    from: NOREPLY, to: ALEX.keep,
    subject: `Your case ${CASE.alex} has been received`,
    date: D('2026-07-13 08:01:10', '-0400'), enc: 'ascii7',
    text: `Case ${CASE.alex} received. We'll be in touch.

-- AWS`,
  }),
  mk({
    slug: 'en-ack-priya-fields',
    kind: 'acknowledgement', lang: 'en', caseId: CASE.priya, trap: true,
    note: 'receipt echoing the submitted fields, which include the word "confirm" and "badges"',
    from: FORM, to: PRIYA.keep,
    subject: `[CASE ${CASE.priya}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: D('2026-08-19 12:30:00', '+0530'), enc: 'utf8qp',
    text: `This is an automated acknowledgement. Case number: ${CASE.priya}

Your submission:
  Name: Priya Nair
  Company: (none)
  Candidate ID: ${PRIYA.keepId}
  Inquiry type: AWS Training and Certification
  Description: "Please merge my two accounts and confirm my badges will move to ${PRIYA.keep}."

We will get back to you soon.`,
  }),
  mk({
    slug: 'en-ack-forged-nonauth',
    kind: 'acknowledgement', lang: 'en', caseId: '1799550021',
    trusted: false, auth: 'failThenForged',
    note: 'receipt wording; the top Authentication-Results says fail, a planted pass sits lower: untrusted',
    from: FORM, to: SOFIA.keep,
    subject: '[CASE 1799550021] Request received',
    date: D('2026-02-02 11:59:00', '+0100'), enc: 'ascii7',
    text: `Hello,

Your request 1799550021 was received. To speed up the transfer of your badges, sign in with your AWS credentials here:
http://aws-badge-transfer.example.info/signin

AWS Training`,
  }),

  // ---------------- ai_answer (5)
  mk({
    slug: 'en-ai-merge-tool-badges',
    kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer: use the Merge Accounts tool, then claim badges on Credly (explains, no event)',
    from: TC, to: SOFIA.keep,
    subject: 'Suggested answer to your question',
    date: D('2026-02-02 10:09:47', '+0100'), enc: 'ascii7',
    text: `Hi Sofia,

This response was generated by AI and may contain mistakes.

If you have two AWS Certification accounts, open your certification profile and choose "Merge Accounts". Enter the sign-in details of the account you no longer want. After the merge, the certifications from that account appear in the one you keep, and you can then claim your Credly badges from the address on the kept account.

If the tool says both accounts have certification history, choose "Create case" below so an agent can help.

Did this answer your question? Yes | No`,
  }),
  mk({
    slug: 'en-ai-secondary-email',
    kind: 'ai_answer', lang: 'en', trap: true,
    note: 'automated suggestion for a badge shown on another email; no human reply',
    from: TC, to: MEI.keep,
    subject: 'Here is what we found',
    date: D('2026-06-08 21:02:31', '-0700'), enc: 'utf8b64',
    text: `Hello Mei,

Based on your description, here are some things to try (automated response):

- Badges are issued to the email address on your AWS Certification account at the time of the exam.
- If a badge went to an old address, add that address as a secondary email in Credly (Settings > Account). Badges issued to it will appear on your profile.
- If you actually have two certification accounts, merge them first and claim the badges afterwards.

Still stuck? Select "Create case" to reach our team.`,
  }),
  mk({
    slug: 'en-ai-expiry-question',
    kind: 'ai_answer', lang: 'en',
    note: 'AI answer to a question about badge expiry and recertification dates',
    from: SUPPORT_AWS, to: DANIEL.keep,
    subject: 'Answer from the AWS Support assistant',
    date: D('2026-05-04 16:40:02', '+0100'), enc: 'utf8qp',
    text: `Daniel,

Amazon Q generated the following answer to your question "why does my Credly badge say it expires next month when I recertified?":

When you recertify, a new badge with a new expiration date is issued; the previous badge keeps its original expiry and then shows as expired. Make sure you accepted the new badge from the Credly notification. If the recertification was recorded on a different certification account, the accounts may need to be merged first.

If this didn't resolve your issue, continue to create a support case.`,
  }),
  mk({
    slug: 'en-ai-gmail-display-name',
    kind: 'ai_answer', lang: 'en', trusted: false, auth: 'pass',
    note: 'AI-answer look-alike sent from a free-mail address with a trusted display name: untrusted',
    from: '"AWS Training and Certification" <aws.training.cert.help@gmail.com>', to: ALEX.keep,
    subject: 'Automated answer: merge your AWS Certification accounts',
    date: D('2026-07-13 07:50:00', '-0400'), enc: 'ascii7',
    text: `Hi Alex,

(Automated reply) To merge your certification accounts and keep your badges, use the Merge Accounts tool in your profile. Our virtual assistant can also do it for you: reply with your AWS Builder ID password and both candidate IDs.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ai-html-multipart',
    kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer describing what support does after a merge; still an automated answer',
    from: TC, to: PRIYA.keep,
    subject: 'AWS Training and Certification: a possible solution',
    date: D('2026-08-19 12:24:15', '+0530'), enc: 'utf8qp',
    text: `Hi Priya,

An AI assistant put together this answer:

Merging two certification accounts combines exam history, certifications and benefits. Support usually merges accounts within a few business days after you confirm, and Credly badges are re-issued to the kept address afterwards. The self-service Merge Accounts tool can do this immediately when only one account holds certifications.

Was this helpful? If not, select Create case.`,
    html: html(`Hi Priya,

An AI assistant put together this answer:

Merging two certification accounts combines exam history, certifications and benefits. Support usually merges accounts within a few business days after you confirm, and Credly badges are re-issued to the kept address afterwards. The self-service Merge Accounts tool can do this immediately when only one account holds certifications.

Was this helpful? If not, select Create case.`),
  }),

  // ---------------- info_request (6)
  mk({
    slug: 'en-info-sofia-ids',
    kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'asks for candidate IDs and login emails of both accounts and which one to keep',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-03 14:22:10', '+0100'), enc: 'ascii7',
    text: `Hello Sofia,

Thank you for contacting AWS Training and Certification. My name is Marco and I'll be helping with your request.

So we can locate both profiles, could you reply with:
- the AWS candidate ID (starts with "AWS") for each account
- the email address you sign in with on each account
- which of the two should remain active after the merge

Once we have these we can move forward.

Best regards,
${sig('Marco')}`,
  }),
  mk({
    slug: 'en-info-daniel-badge-links',
    kind: 'info_request', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'merge restated as done; asks for the Credly badge links and Credly login: info_request',
    from: FORM, to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: D('2026-05-05 11:03:44', '+0100'), enc: 'utf8qp',
    text: `Hi Daniel,

Thanks for writing in. I can see the two certification accounts were merged on 28 April, so the certifications themselves are in place under ${DANIEL.keepId}.

For the badges, I'll need two things to raise this with Credly:
1) the public URL of each badge that is still sitting on ${DANIEL.src}
2) the email address you use to log in to Credly today

Kind regards,
${sig('Hannah')}`,
  }),
  mk({
    slug: 'en-info-mei-confirm-address',
    kind: 'info_request', lang: 'en', caseId: CASE.mei, trap: true,
    note: '"Please confirm the e-mail address you keep" asks for information: info_request',
    from: FORM, to: MEI.keep,
    subject: formSubj(CASE.mei),
    date: D('2026-06-09 15:10:05', '-0700'), enc: 'ascii7',
    text: `Hi Mei,

I found two profiles under your name: ${MEI.keepId} and ${MEI.srcId}.
Could you please confirm which email address you'd like to keep going forward, ${MEI.keep} or ${MEI.src}? Your badges will be tied to that address.

Thanks,
${sig('Jorge')}`,
  }),
  mk({
    slug: 'en-info-alex-exam-dates',
    kind: 'info_request', lang: 'en', caseId: CASE.alex,
    note: 'asks for exam names/dates on the old account; Gmail quote of the request below',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex),
    date: D('2026-07-14 09:40:30', '-0400'), enc: 'utf8b64',
    text: `Hi Alex,

Thanks for the details. Before I can submit the merge I need to match the records: which exams did you pass on the account tied to ${ALEX.src}, and roughly when? A screenshot of the certification page also works.

Regards,
${sig('Priyanka')}

${gmailEn('2026-07-13 08:05', `Alex Kim <${ALEX.keep}>`, `Hello,
I have an old account (${ALEX.src}) with my SAA and DVA badges and a new one (${ALEX.keep}).
Please combine them into the new one.
Alex`)}`,
  }),
  mk({
    slug: 'en-info-priya-no-ask-word',
    kind: 'info_request', lang: 'en', caseId: CASE.priya,
    note: 'request phrased without the obvious request word ("we would need ..."); Salesforce quote',
    from: FORM, to: PRIYA.keep,
    subject: formSubj(CASE.priya),
    date: D('2026-08-20 10:05:40', '+0530'), enc: 'ascii7',
    text: `Hello Priya,

To go ahead, we would need the candidate ID of the account registered with ${PRIYA.src}; the one you sent (${PRIYA.keepId}) belongs to the account you are writing from.

Regards,
${sig('Kevin')}

${sfQuote(`Priya Nair <${PRIYA.keep}>`, '8/19/2026 7:02 AM', formSubj(CASE.priya), q(`Hi, the ID is ${PRIYA.keepId}. Thanks!`))}`,
  }),
  mk({
    slug: 'en-info-typo-mobile',
    kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'short reply with typos asking which account holds the Professional badge',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-04 18:55:00', '+0100'), enc: 'ascii7',
    text: `Hi Sofia - thx for the IDs. one more thing, on wich of the two accounts did you pass the SA Professional exam? the badge dosent show on either profile on our side, so pls send the pass date too.

Marco`,
  }),

  // ---------------- confirmation_request (6)
  mk({
    slug: 'en-conf-sofia-irreversible',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'asks the customer to agree to the merge, which cannot be undone',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-06 12:00:10', '+0100'), enc: 'ascii7',
    text: `Hello Sofia,

Thank you, I have everything I need. Here is what will happen:

  Account to be merged (closed): ${SOFIA.srcId} / ${SOFIA.src}
  Account to keep:               ${SOFIA.keepId} / ${SOFIA.keep}

All certifications, exam history and benefits will be moved to the account you keep, and your badges will be re-issued there. Please note a merge is permanent and cannot be reversed.

Reply "I agree" to this email and we will start.

Best regards,
${sig('Marco')}`,
  }),
  mk({
    slug: 'en-conf-daniel-short',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel,
    note: 'brief consent request',
    from: FORM, to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: D('2026-04-24 09:12:00', '+0100'), enc: 'utf8qp',
    text: `Daniel,

All set on our side. Do we have your OK to fold ${DANIEL.srcId} into ${DANIEL.keepId}? It's a one-way operation.

Thanks,
Hannah`,
  }),
  mk({
    slug: 'en-conf-mei-outlook',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.mei,
    note: 'consent request top-posted over an Outlook quote of the user\'s answer',
    from: FORM, to: MEI.keep,
    subject: formSubj(CASE.mei),
    date: D('2026-06-10 11:45:20', '-0700'), enc: 'utf8b64',
    text: `Hi Mei,

Got it, we'll keep ${MEI.keep}. Before I hand this to the merge team I need your explicit approval: once the two records are combined, the account under ${MEI.src} goes away for good and the change can't be rolled back. A one-line reply saying you approve is enough.

${sig('Jorge')}

${outlookEn(`Mei Lin <${MEI.keep}>`, '2026-06-09 18:02', FORM_BARE, formSubj(CASE.mei), `Hi Jorge, keep ${MEI.keep} please. Thanks, Mei`)}`,
  }),
  mk({
    slug: 'en-conf-alex-table-html',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.alex,
    note: 'multipart consent request with a table of certifications and badges',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex),
    date: D('2026-07-15 13:30:00', '-0400'), enc: 'utf8qp',
    text: `Hi Alex,

Please review the summary below.

Source account ${ALEX.srcId}: ${BADGE_SAA} (2024-03-02), ${BADGE_DVA} (2024-09-18)
Target account ${ALEX.keepId}: ${BADGE_CLF} (2026-05-30)

If this matches your records, please confirm that we may merge the accounts. This action is irreversible.

${sig('Priyanka')}`,
    html: `<html><body><p>Hi Alex,</p><p>Please review the summary below.</p>
<table border="1" cellpadding="4"><tr><th>Source account ${ALEX.srcId}</th><td>${BADGE_SAA} (2024-03-02)<br>${BADGE_DVA} (2024-09-18)</td></tr>
<tr><th>Target account ${ALEX.keepId}</th><td>${BADGE_CLF} (2026-05-30)</td></tr></table>
<p>If this matches your records, please confirm that we may merge the accounts. This action is irreversible.</p><p>Priyanka<br>AWS Training and Certification Customer Service</p></body></html>`,
  }),
  mk({
    slug: 'en-conf-priya-bottom-post',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.priya,
    note: 'bottom-posted consent request below the quoted thread',
    from: FORM, to: PRIYA.keep,
    subject: formSubj(CASE.priya),
    date: D('2026-08-21 16:02:12', '+0530'), enc: 'ascii7',
    text: `${q(`Hi Kevin, the old account's ID is ${PRIYA.srcId}. Priya`)}

Thanks Priya, that one matches.

Just so you are aware, merging is final: ${PRIYA.srcId} will be retired and everything, badges included, lands on ${PRIYA.keepId}. Can you give us the go-ahead by replying to this message?

Kevin`,
  }),
  mk({
    slug: 'en-conf-fail-then-forged',
    kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    trusted: false, auth: 'failThenForged',
    note: 'consent request; topmost Authentication-Results is a fail, a planted pass below: untrusted',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-06 03:14:00', '+0100'), enc: 'ascii7',
    text: `Sofia,

Please confirm the account merge by clicking Approve below within 12 hours, otherwise your badges will be lost.
[Approve] http://aws-approve.example.biz/m?c=${CASE.sofia}

AWS Training and Certification`,
  }),

  // ---------------- merge_completed (6)
  mk({
    slug: 'en-merge-sofia-done',
    kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'merge done; badges will be re-issued in the coming days (future): merge_completed',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-10 17:25:00', '+0100'), enc: 'ascii7',
    text: `Hello Sofia,

Good news: your two AWS Certification accounts are now one. Everything that was on ${SOFIA.srcId} shows under ${SOFIA.keepId}.

Credly should email ${SOFIA.keep} about the re-issued badges over the next few days; just accept them when they arrive.

Best regards,
${sig('Marco')}`,
  }),
  mk({
    slug: 'en-merge-portal-notice',
    kind: 'merge_completed', lang: 'en',
    note: 'certification portal\'s own "your accounts have been merged" notice, no case ID',
    from: CERT, to: DANIEL.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: D('2026-04-28 06:00:31', '+0000'), enc: 'utf8qp',
    text: `Dear Daniel Okafor,

The account ${DANIEL.srcId} has been merged into your AWS Certification account ${DANIEL.keepId}.
Sign in with ${DANIEL.keep} to view your combined certification history and benefits.

AWS Certification`,
  }),
  mk({
    slug: 'en-merge-mei-check',
    kind: 'merge_completed', lang: 'en', caseId: CASE.mei,
    note: 'completion, asks the user to check everything looks right: stays merge_completed',
    from: FORM, to: MEI.keep,
    subject: formSubj(CASE.mei),
    date: D('2026-06-12 10:02:40', '-0700'), enc: 'utf8b64',
    text: `Hi Mei,

The merge went through this morning. Please sign in and check that all three certifications and your 50% voucher look right; let me know if anything is off.

${sig('Jorge')}`,
  }),
  mk({
    slug: 'en-merge-alex-close',
    kind: 'merge_completed', lang: 'en', caseId: CASE.alex,
    note: 'completion that also announces the case will be closed',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex),
    date: D('2026-07-17 15:15:15', '-0400'), enc: 'ascii7',
    text: `Hi Alex,

I'm happy to let you know that ${ALEX.srcId} has been merged into ${ALEX.keepId} as requested. As there is nothing else pending, I'll be closing this case now.

${sig('Priyanka')}

${sfQuote(`Alex Kim <${ALEX.keep}>`, '7/15/2026 5:40 PM', formSubj(CASE.alex), q(`Yes, I agree to the merge. Alex`))}`,
  }),
  mk({
    slug: 'en-merge-lookalike',
    kind: 'merge_completed', lang: 'en', caseId: CASE.priya,
    trusted: false, auth: 'pass',
    note: 'completion notice from a look-alike domain (amazon-certification.net): untrusted',
    from: 'AWS Training and Certification <cases@amazon-certification.net>', to: PRIYA.keep,
    subject: formSubj(CASE.priya),
    date: D('2026-08-22 01:10:00', '+0530'), enc: 'ascii7',
    text: `Hello Priya,

Your accounts have been merged. To reactivate your badges please log in at https://amazon-certification.net/credly within 24 hours.

AWS`,
  }),
  mk({
    slug: 'en-merge-priya-ids-between',
    kind: 'merge_completed', lang: 'en', caseId: CASE.priya,
    note: 'completion with identifiers and a date between the words',
    from: FORM, to: PRIYA.keep,
    subject: formSubj(CASE.priya),
    date: D('2026-08-24 11:11:11', '+0530'), enc: 'utf8qp',
    text: `Hello Priya,

Account ${PRIYA.srcId}, as of 24 Aug 2026, is merged with and now part of ${PRIYA.keepId}. Your sign-in stays ${PRIYA.keep}.

Kevin`,
  }),

  // ---------------- badges_transferred (7)
  mk({
    slug: 'en-bt-credly-reissued',
    kind: 'badges_transferred', lang: 'en',
    note: 'AWS via Credly: badge re-issued to the kept address after the accounts were consolidated',
    from: CREDLY_AWS, to: SOFIA.keep,
    subject: 'Your badge has been reissued to a new email address',
    date: D('2026-02-13 04:40:18', '+0000'), enc: 'utf8qp',
    text: `Hi Sofia,

Because your AWS Certification accounts were consolidated, Amazon Web Services Training and Certification has reissued your badge to ${SOFIA.keep}:

${BADGE_SAA}

Accept your badge: https://www.credly.com/earner/earned/badge/6a2f8e11-90cb-4d3f-8a77-1c0b5e2d9f40

The copy issued to ${SOFIA.src} has been withdrawn.`,
    html: credlyCard({
      title: 'Your badge has been reissued', lead: `Because your AWS Certification accounts were consolidated, Amazon Web Services Training and Certification has reissued your badge to ${SOFIA.keep}. The copy issued to ${SOFIA.src} has been withdrawn.`,
      badge: BADGE_SAA, issuer: 'Amazon Web Services Training and Certification', button: 'Accept your badge',
      foot: 'You received this email because a badge was issued to you on Credly.', url: 'https://www.credly.com/earner/earned/badge/6a2f8e11-90cb-4d3f-8a77-1c0b5e2d9f40',
    }),
  }),
  mk({
    slug: 'en-bt-support-moved-close',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.daniel,
    note: 'support announces the badges moved and closes the case',
    from: FORM, to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: D('2026-05-11 14:18:30', '+0100'), enc: 'ascii7',
    text: `Hi Daniel,

Update from Credly: your SAA and SysOps badges have been moved off ${DANIEL.src} and are now on the Credly profile for ${DANIEL.keep}. You may need to refresh or sign in again to see them.

With that, I'll resolve this case. Thanks for your patience.

${sig('Hannah')}`,
  }),
  mk({
    slug: 'en-bt-credly-combined',
    kind: 'badges_transferred', lang: 'en',
    note: 'Credly notice: badges issued by AWS to the old email were transferred to this account on the issuer\'s request',
    from: CREDLY_NOTIFY, to: MEI.keep,
    subject: 'Badges transferred to your account',
    date: D('2026-06-15 02:03:04', '+0000'), enc: 'ascii7',
    text: `Hi Mei,

At the request of Amazon Web Services Training and Certification, the following badges previously issued to ${MEI.src} have been transferred to your Credly account (${MEI.keep}):

  * ${BADGE_SAA}
  * ${BADGE_DVA}
  * ${BADGE_SOA}

Your privacy settings for these badges were carried over.

The Credly Team`,
  }),
  mk({
    slug: 'en-bt-resent-oldjob',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.priya, forUser: false,
    note: 'support says the badges now sit on the kept account, but this copy was redirected by the old employer\'s server (Resent-*): not for the user',
    from: FORM, to: PRIYA.src,
    subject: formSubj(CASE.priya),
    date: D('2026-08-27 09:20:00', '+0530'), enc: 'ascii7',
    resent: { from: 'postmaster@oldjob.example', to: 'it-archive@oldjob.example', date: D('2026-08-27 09:21:30', '+0530') },
    text: `Hello Priya,

Your badges have now been re-issued to ${PRIYA.keep} and appear on that Credly profile. Nothing further is needed.

Kevin`,
  }),
  mk({
    slug: 'en-bt-forged-below',
    kind: 'badges_transferred', lang: 'en',
    trusted: false, auth: 'forgedBelow',
    note: 'Credly transfer notice whose pass verdict sits below the server\'s Received line: untrusted',
    from: CREDLY, to: ALEX.keep,
    subject: 'Your badges were moved',
    date: D('2026-07-19 22:22:22', '-0400'), enc: 'ascii7',
    text: `Hi Alex,

Your AWS badges were moved to ${ALEX.keep}. Confirm your identity to make them visible:
https://credly.example-verify.com/a

Credly`,
  }),
  mk({
    slug: 'en-bt-alex-support-thread',
    kind: 'badges_transferred', lang: 'en', caseId: CASE.alex,
    note: 'support reply: the badges now sit on the kept account, long Gmail thread quoted',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex),
    date: D('2026-07-24 12:00:45', '-0400'), enc: 'utf8qp',
    text: `Hi Alex,

Thanks for flagging this. Credly has now attached both the SAA and the Developer badge to ${ALEX.keep}; I checked your public profile and they are listed there.

${sig('Priyanka')}

${gmailEn('2026-07-22 19:30', `Alex Kim <${ALEX.keep}>`, `Hi Priyanka,
The merge worked, thanks. But my badges are still on the old a.kim@ profile on Credly.
Can you check?

${gmailEn('2026-07-17 15:15', `AWS Training and Certification <${FORM_BARE}>`, `Hi Alex,
I'm happy to let you know that ${ALEX.srcId} has been merged into ${ALEX.keepId} as requested.`)}`)}`,
  }),
  mk({
    slug: 'en-bt-daniel-reissue-html',
    kind: 'badges_transferred', lang: 'en',
    note: 'HTML-only Credly card: badge issued again to the kept address because the accounts were merged',
    from: CREDLY_AWS, to: DANIEL.keep,
    subject: 'Amazon Web Services Training and Certification issued you a badge (account update)',
    date: D('2026-05-10 05:05:05', '+0000'), enc: 'utf8b64',
    html: credlyCard({
      title: 'A badge was moved to your account', lead: `Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification moved this badge from ${DANIEL.src} to ${DANIEL.keep}.`,
      badge: BADGE_SOA, issuer: 'Amazon Web Services Training and Certification', button: 'View badge',
      foot: 'Credly, Inc.', url: 'https://www.credly.com/badges/2e7c9a10-4d18-4c5a-bb07-93f1d0a6e5c2',
    }),
  }),

  // ---------------- case_closed (6)
  mk({
    slug: 'en-closed-no-reply',
    kind: 'case_closed', lang: 'en', caseId: CASE.mei,
    note: 'case will close in 5 days without a reply',
    from: FORM, to: MEI.keep,
    subject: formSubj(CASE.mei),
    date: D('2026-06-16 09:00:00', '-0700'), enc: 'ascii7',
    text: `Hi Mei,

We haven't heard back from you. If there's nothing else we can help with, this case will be closed automatically in 5 days. Replying to this email keeps it open.

${sig('Jorge')}`,
  }),
  mk({
    slug: 'en-closed-restates-merge',
    kind: 'case_closed', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'closing notice that restates the earlier merge and badge re-issue',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-20 10:30:00', '+0100'), enc: 'utf8qp',
    text: `Hello Sofia,

As your accounts were merged last week and the badges re-issued to ${SOFIA.keep}, we're now closing this case.

Best,
Marco`,
  }),
  mk({
    slug: 'en-closed-resolved-status',
    kind: 'case_closed', lang: 'en', caseId: CASE.daniel,
    note: 'Support Center status notice: resolved',
    from: SUPPORT_AWS, to: DANIEL.keep,
    subject: `Case ${CASE.daniel} has been resolved`,
    date: D('2026-05-11 14:30:02', '+0100'), enc: 'ascii7',
    text: `Dear Daniel Okafor,

The status of case ${CASE.daniel} ("Badges missing after certification account merge") changed to Resolved.

If you need more help, you can reopen the case within 14 days from the Support Center.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-after-thanks',
    kind: 'case_closed', lang: 'en', caseId: CASE.alex,
    note: 'user said all is fine; agent closes',
    from: FORM, to: ALEX.keep,
    subject: formSubj(CASE.alex),
    date: D('2026-07-25 08:45:00', '-0400'), enc: 'utf8b64',
    text: `Hi Alex,

Glad to hear everything shows up now. I'm marking this case as closed. Take care!

Priyanka

${outlookEn(`Alex Kim <${ALEX.keep}>`, '2026-07-24 21:10', FORM_BARE, formSubj(CASE.alex), `All good now, both badges are there. Thanks a lot!`)}`,
  }),
  mk({
    slug: 'en-closed-dup-case',
    kind: 'case_closed', lang: 'en', caseId: '1796003412',
    note: 'a duplicate case opened by mistake is closed in favour of the main one',
    from: FORM, to: MEI.keep,
    subject: formSubj('1796003412'),
    date: D('2026-06-09 08:30:00', '-0700'), enc: 'ascii7',
    text: `Hi Mei,

It looks like this request duplicates case ${CASE.mei}, which a colleague is already handling. I'm closing this one so that all updates stay in a single thread.

Regards,
Sam`,
  }),
  mk({
    slug: 'en-closed-misaligned',
    kind: 'case_closed', lang: 'en', caseId: CASE.priya,
    trusted: false, auth: 'misaligned',
    note: 'closing notice with DKIM of an unrelated domain and dmarc=fail: untrusted',
    from: FORM, to: PRIYA.keep,
    subject: formSubj(CASE.priya),
    date: D('2026-08-30 03:00:00', '+0530'), enc: 'ascii7',
    text: `Priya,

Your case has been closed. Rate your experience and claim a free exam voucher:
http://aws-voucher-survey.example.co/claim

AWS`,
  }),

  // ---------------- support_reply (7)
  mk({
    slug: 'en-sr-asked-credly',
    kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: 'support has asked Credly to move the badges; not done yet',
    from: FORM, to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: D('2026-05-06 15:40:00', '+0100'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the badge links. I've raised a request with Credly to move these two badges to ${DANIEL.keep}. They usually action these within 3-5 business days; I'll update you as soon as I hear back.

${sig('Hannah')}`,
  }),
  mk({
    slug: 'en-sr-thanks-consent',
    kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'thanks for confirming, passed to the merge team',
    from: FORM, to: SOFIA.keep,
    subject: formSubj(CASE.sofia),
    date: D('2026-02-07 09:18:00', '+0100'), enc: 'utf8qp',
    text: `Hello Sofia,

Thank you for confirming. I've forwarded your request to our accounts team, who will carry out the merge. I'll let you know once it's finished.

Marco

${gmailEn('2026-02-06 21:47', `Sofia Rossi <${SOFIA.keep}>`, `Hi Marco, I agree. Please go ahead. Sofia`)}`,
  }),
  mk({
    slug: 'en-sr-not-yet',
    kind: 'support_reply', lang: 'en', caseId: CASE.mei, trap: true,
    note: 'negated status: "the merge has not been completed yet"',
    from: FORM, to: MEI.keep,
    subject: formSubj(CASE.mei),
    date: D('2026-06-11 13:33:00', '-0700'), enc: 'ascii7',
    text: `Hi Mei,

Quick status note: the merge has not been completed yet. It's in the queue with the team that handles account changes, and I'll write again when it's done. No action needed from you.

Jorge`,
  }),
  mk({
    slug: 'en-sr-write-from-keep',
    kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: '"please write to us from the address you keep" without asking for data',
    from: FORM, to: ALEX.src,
    subject: formSubj(CASE.alex),
    date: D('2026-07-13 11:20:00', '-0400'), enc: 'ascii7',
    text: `Hi Alex,

For security reasons we can only act on requests sent from the email address of the account you plan to keep. Please continue this conversation from that mailbox.

Thanks,
Priyanka`,
    rcpt: ALEX.src,
  }),
  mk({
    slug: 'en-sr-conditional-badges',
    kind: 'support_reply', lang: 'en', caseId: CASE.priya, trap: true,
    note: 'conditional future: once merged, badges will be re-issued; answers a question',
    from: FORM, to: PRIYA.keep,
    subject: formSubj(CASE.priya),
    date: D('2026-08-20 17:00:00', '+0530'), enc: 'utf8qp',
    text: `Hi Priya,

To answer your question: once we have merged the accounts, your existing badges will be re-issued to the address on the kept account. Your expiry dates stay the same. The recertification you passed in July will also carry over.

Kevin`,
  }),
  mk({
    slug: 'en-sr-unable',
    kind: 'support_reply', lang: 'en', caseId: CASE.daniel, trap: true,
    note: '"we are unable to move the badge" (Credly cannot re-issue an expired badge): negated',
    from: FORM, to: DANIEL.keep,
    subject: formSubj(CASE.daniel),
    date: D('2026-05-08 12:12:00', '+0100'), enc: 'utf8b64',
    text: `Hi Daniel,

Credly came back on the second badge: the Cloud Practitioner badge expired in 2025, and expired badges can't be transferred between emails, so we are unable to move that one. The SAA and SysOps badges are still being processed.

${sig('Hannah')}`,
  }),
  mk({
    slug: 'en-sr-none-auth',
    kind: 'support_reply', lang: 'en', caseId: CASE.mei,
    trusted: false, auth: 'none',
    note: 'status reply with no Authentication-Results at all: untrusted',
    from: FORM, to: MEI.keep,
    subject: formSubj(CASE.mei),
    date: D('2026-06-11 02:02:00', '-0700'), enc: 'ascii7',
    text: `Hi Mei,

We are still looking into your badges and will reply within 48 hours.

AWS Training and Certification`,
  }),

  // ---------------- unrelated (9)
  mk({
    slug: 'en-un-earned',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'new badge for an exam just passed: not a transfer',
    from: CREDLY_AWS, to: SOFIA.keep,
    subject: "You've earned a badge from Amazon Web Services Training and Certification",
    date: D('2026-09-03 18:05:00', '+0000'), enc: 'utf8qp',
    text: `Congratulations, Sofia!

You've earned the AWS Certified Machine Learning Engineer - Associate badge for passing the exam on 2 September 2026.

Accept your badge: https://www.credly.com/earner/earned/badge/3f0d1e92-8c4b-4a7e-a5d2-0b61c9e7f233

Share it with your network and let employers verify your skills.`,
    html: credlyCard({
      title: "You've earned a badge", lead: "You've earned the AWS Certified Machine Learning Engineer - Associate badge for passing the exam on 2 September 2026.",
      badge: 'AWS Certified Machine Learning Engineer - Associate', issuer: 'Amazon Web Services Training and Certification', button: 'Accept your badge',
      foot: 'Credly, Inc.', url: 'https://www.credly.com/earner/earned/badge/3f0d1e92-8c4b-4a7e-a5d2-0b61c9e7f233',
    }),
  }),
  mk({
    slug: 'en-un-expiring-credly',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly: badge expiring in 30 days',
    from: CREDLY, to: DANIEL.keep,
    subject: 'Your badge expires in 30 days',
    date: D('2026-10-01 12:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Heads up: your ${BADGE_SOA} badge from Amazon Web Services Training and Certification expires on 31 October 2026.

Recertify before then to keep your credential active. Learn more: https://aws.amazon.com/certification/recertification/

Credly`,
  }),
  mk({
    slug: 'en-un-google-badge',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'badge from another issuer (Google Cloud) via Credly',
    from: 'Google Cloud via Credly <admin@credly.com>', to: MEI.keep,
    subject: 'Google Cloud sent you a badge',
    date: D('2026-06-20 03:30:00', '+0000'), enc: 'utf8b64',
    text: `Hi Mei,

Google Cloud has issued you the "Professional Cloud Architect" badge.
Accept your badge to add it to your profile:
https://www.credly.com/earner/earned/badge/9a7c0f31-5e2d-47bb-8e10-c4d8a62b1f05`,
  }),
  mk({
    slug: 'en-un-credly-merge-code', crlf: false,
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly account-merge authorization code: unrelated by the guide',
    from: CREDLY, to: ALEX.src,
    subject: 'Complete your Credly account merge',
    date: D('2026-07-23 14:00:00', '+0000'), enc: 'ascii7',
    text: `Hello,

We received a request to merge this Credly account into ${ALEX.keep}.
Your authorization code is 417 902. It expires in 30 minutes.

Or click "Complete Account Merge": https://www.credly.com/users/merge/confirm?t=8c21

If you didn't request this, ignore this email.`,
    rcpt: ALEX.src,
  }),
  mk({
    slug: 'en-un-user-reply-sent',
    kind: 'unrelated', lang: 'en', trap: true, trusted: false, forUser: false, auth: 'none',
    note: 'the user\'s own sent reply to support (consent and badge question): not news from support',
    from: `Sofia Rossi <${SOFIA.keep}>`, to: FORM,
    subject: `Re: ${formSubj(CASE.sofia)}`,
    date: D('2026-02-06 21:47:00', '+0100'), enc: 'ascii7', caseId: CASE.sofia,
    deliveredTo: null,
    text: `Hi Marco, I agree. Please go ahead with the merge.
Will my badges move on their own or do I need to accept them again?
Sofia

${gmailEn('2026-02-06 12:00', `AWS Training and Certification <${FORM_BARE}>`, `Hello Sofia,
Reply "I agree" to this email and we will start.`)}`,
  }),
  mk({
    slug: 'en-un-colleague-forward',
    kind: 'unrelated', lang: 'en', trap: true, trusted: false,
    note: 'a colleague forwards a "badges transferred" Credly mail (about his own badges) to the user',
    from: 'Tom Becker <tom.becker@consult.example.com>', to: SOFIA.src,
    subject: 'Fwd: Badges transferred to your account',
    date: D('2026-03-01 10:10:10', '+0100'), enc: 'ascii7',
    text: `Sofia, this is what I got from Credly after my own merge, FYI. Yours should look similar.
Tom

${fwdEn('Credly Notifications <notifications@email.credly.com>', '2026-02-27 02:03', 'Badges transferred to your account', 'tom.becker@example.de', `Hi Tom,
The following badges previously issued to tom.becker@consult.example.com have been transferred to your Credly account.`)}`,
  }),
  mk({
    slug: 'en-un-team-digest',
    kind: 'unrelated', lang: 'en', trap: true, forUser: false,
    note: 'Credly organization digest sent to a team list, not to the user: lists several badges',
    from: CREDLY, to: 'Cloud Team <cloud-team@consult.example.com>',
    subject: 'Weekly digest: 4 badges earned by your team',
    date: D('2026-03-09 07:00:00', '+0000'), enc: 'utf8qp',
    text: `Here's what your team earned this week:

- Sofia Rossi: AWS Certified Solutions Architect - Associate (reissued)
- Tom Becker: HashiCorp Certified: Terraform Associate
- Lena Fischer: AWS Certified Cloud Practitioner
- Ravi Patel: Microsoft Certified: Azure Administrator Associate

View your organization's dashboard: https://www.credly.com/organizations/consult-example/dashboard`,
  }),
  mk({
    slug: 'en-un-other-case-exam',
    kind: 'unrelated', lang: 'en', trap: true,
    note: 'reply on the user\'s other case (exam rescheduling) that says "completed"',
    from: FORM, to: DANIEL.keep,
    subject: `RE:[CASE ${CASE.otherExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: D('2026-09-14 10:20:00', '+0100'), enc: 'ascii7', caseId: CASE.otherExam,
    text: `Hi Daniel,

Your exam reschedule request is completed: the SAP-C02 appointment has moved to 22 September, 09:00 at the Manchester test centre. No fee was charged.

Regards,
Lucy`,
  }),
  mk({
    slug: 'en-un-phish-credly',
    kind: 'unrelated', lang: 'en', trap: true, trusted: false, auth: 'pass',
    note: 'phishing from a look-alike Credly domain (credly-mail.com) about badges being revoked',
    from: 'Credly <no-reply@credly-mail.com>', to: PRIYA.keep,
    subject: 'Action required: your badges will be revoked',
    date: D('2026-08-28 04:44:44', '+0000'), enc: 'ascii7',
    text: `Dear earner,

Because of a recent account merge, your badges are scheduled for revocation. Verify your account to keep them:
https://credly-mail.com/keep-badges

Credly Trust & Safety`,
  }),
];
