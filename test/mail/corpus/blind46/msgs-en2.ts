// Set "as", English part 2: badges, closings, support replies and the customer's own side.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, DANIEL, GREG, LENA, M, NOTIFY, P, RAVI, SOFIA, SUP, SUP_ADDR, TOMASZ,
  fwdEn, gmailEn, iosEn, outlookEn, paras, quote, subj, utc,
} from './common.js';

export const EN2: Msg[] = [
  // ---------------- badges_transferred (6) ----------------
  M({
    slug: 'en-badges-credly-aws-sent', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp',
    from: CREDLY_AWS, to: SOFIA.keep, subject: 'Amazon Web Services Training and Certification sent you a badge', date: utc('2026-03-29 17:02:11'),
    note: 'AWS badge issued through Credly to the kept address',
    text: `Hi Sofia,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer – Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/3f2a9c1d-7e45-4b6f-a0d2-5c8e1b7f9a60

Credly, Inc.`,
    html: `<div style="text-align:center;font-family:Helvetica"><p>Hi Sofia,</p><p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Developer – Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/3f2a9c1d-7e45-4b6f-a0d2-5c8e1b7f9a60" style="background:#0a66c2;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p><p style="font-size:11px">Credly, Inc.</p></div>`,
  }),
  M({
    slug: 'en-badges-after-user-complaint', kind: 'badges_transferred', lang: 'en', caseId: CASE.daniel, enc: 'ascii7',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-11 09:14:36'),
    note: 'support moved the Credly badges after the user said they had not come over',
    text: `Hi Daniel,

Sorry about that. We've moved your three Credly badges over to ${DANIEL.keep}; they should be visible on your Credly profile now.

Priyanka

${gmailEn('2026-05-10 12:08', `${DANIEL.name} <${DANIEL.keep}>`)}
> Hi Priyanka, the certs show up fine now, thanks. But my Credly badges
> didn't come over - they're still on the old contoso address which I can't
> log into any more.`,
  }),
  M({
    slug: 'en-badges-moved-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.ravi, enc: 'utf8b64',
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-15 04:41:18'),
    note: 'badges moved and the case closed: badges_transferred',
    text: `Hi Ravi,

The badges are sorted - both have been transferred to the Credly profile for ${RAVI.keep}. As nothing else is outstanding, this case is now closed.

Hannah

${iosEn('2026-06-14 23:10', `${RAVI.name} <${RAVI.keep}>`)}
> merge worked thx. credly still shows nothing on new email tho`,
  }),
  M({
    slug: 'en-badges-credly-html-only', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'ascii7',
    from: CREDLY_AWS, to: DANIEL.keep, subject: 'You earned a badge from Amazon Web Services Training and Certification', date: utc('2026-05-11 10:02:45'),
    note: 'HTML-only Credly notice: an AWS badge for the kept address',
    html: `<html><body><table width="600" align="center"><tr><td style="font-family:Helvetica">
<p>Congratulations, Daniel!</p>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9b1e2f44-0c3d-4d7a-bb61-2e5f8a0c1d73">Accept your badge</a></p>
<p style="font-size:11px;color:#999">You are receiving this because a badge was issued to ${DANIEL.keep}.</p>
</td></tr></table></body></html>`,
  }),
  M({
    slug: 'en-badges-credly-no-auth', kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp', trusted: false, auth: 'none',
    from: CREDLY_AWS, to: RAVI.keep, subject: 'Amazon Web Services Training and Certification sent you a badge', date: utc('2026-06-15 06:30:12'),
    note: 'Credly-looking AWS badge mail with no Authentication-Results: untrusted',
    text: `Hi Ravi,

Your badge is waiting. Accept your badge: http://credly-accept.example-badges.net/r/menon

Credly`,
  }),
  M({
    slug: 'en-badges-reissued-cc-manager', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia, enc: 'ascii7',
    from: SUP, to: SOFIA.keep, cc: GREG.addr, subject: subj(CASE.sofia), date: utc('2026-03-29 16:48:03'),
    note: 'support says the badges were reissued to the kept account, manager copied',
    text: `Hi Sofia,

Following up on Greg's question: we've reissued your AWS Credly badges to ${SOFIA.keep}. You'll get an email from Credly for each one.

Marcus

${outlookEn(`${GREG.name} <${GREG.addr}>`, '2026-03-29 09:10', SUP_ADDR, `RE: ${subj(CASE.sofia)}`, SOFIA.keep)}

Thanks for merging. Will her Credly badges follow? Our partner portal reads them from Credly.`,
  }),

  // ---------------- case_closed (6) ----------------
  M({
    slug: 'en-closed-after-all-good', kind: 'case_closed', lang: 'en', caseId: CASE.daniel, enc: 'ascii7',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-12 08:20:14'),
    note: 'support closes the case after the user\'s "all good now"',
    text: `Hi Daniel,

Glad to hear it. I'll mark this case as resolved. If anything else comes up, just open a new case.

Priyanka

${gmailEn('2026-05-11 19:44', `${DANIEL.name} <${DANIEL.keep}>`)}
> All good now, badges are there. Thanks a lot, you can close this.`,
  }),
  M({
    slug: 'en-closed-auto-close-reminder', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, enc: 'utf8qp',
    from: NOTIFY, to: SOFIA.keep, subject: `Reminder: case ${CASE.sofia} is awaiting your reply`, date: utc('2026-04-02 00:00:09'),
    note: 'auto-close reminder: the case will close in 3 days without a reply',
    text: `Hello,

We're waiting for your reply on case ${CASE.sofia}. If we don't hear back within 3 days, the case will be closed automatically. You can reopen it any time from the Support Center.

Amazon Web Services`,
  }),
  M({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.danielDup, enc: 'ascii7', trap: true,
    from: SUP, to: DANIEL.keep, subject: subj(CASE.danielDup), date: utc('2026-05-15 12:02:29'),
    note: 'closing notice restating the earlier merge: case_closed',
    text: `Hello Daniel,

As the merge of your accounts was completed last week on case ${CASE.daniel}, we're closing this duplicate case.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-closed-notify-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.ravi, enc: 'utf8b64',
    from: NOTIFY, to: RAVI.keep, subject: `Case ${CASE.ravi} has been resolved`, date: utc('2026-06-15 05:00:40'),
    note: 'AWS Support notification that the case was resolved',
    text: `Hello,

Your support case ${CASE.ravi} ("cert accounts") was resolved by AWS Training and Certification.

To reopen, reply from the Support Center within 14 days.

Amazon Web Services`,
    html: paras(`Hello,\n\nYour support case ${CASE.ravi} ("cert accounts") was resolved by AWS Training and Certification.\n\nTo reopen, reply from the Support Center within 14 days.\n\nAmazon Web Services`),
  }),
  M({
    slug: 'en-closed-misaligned', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, enc: 'ascii7', trusted: false, auth: 'misaligned',
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-04-01 13:13:13'),
    note: 'closing notice with DKIM for an unrelated domain and DMARC fail: untrusted',
    text: `Hi Sofia,

Your case has been closed. Download your case transcript here: http://aws-transcripts.example-files.net/${CASE.sofia}.zip

AWS Training & Certification`,
  }),
  M({
    slug: 'en-closed-mobile-ask-lf', kind: 'case_closed', lang: 'en', caseId: CASE.ravi, enc: 'ascii7', crlf: false,
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-16 02:10:10'),
    note: 'the user asked from his phone to close; support closes (LF line ends)',
    text: `Hi Ravi,

Sure thing - closing this case now. Thanks for your patience.

Hannah

On Jun 15, 2026, at 10:02 PM, ${RAVI.name} <${RAVI.keep}> wrote:
> all fine now, pls close

Sent from my iPhone`,
  }),

  // ---------------- support_reply (9) ----------------
  M({
    slug: 'en-sr-thanks-for-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, enc: 'ascii7', trap: true,
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-07 23:30:02'),
    note: 'thanks for confirming and hands it to the team; the quoted "I confirm" is the user\'s',
    text: `Hi Daniel,

Thanks for confirming. I've passed the request to our accounts team, who carry out the merge. You'll hear from us on this case when it's finished - usually within a few business days.

Priyanka

${gmailEn('2026-05-07 22:02', `${DANIEL.name} <${DANIEL.keep}>`)}
> Confirmed, go ahead. I confirm the merge of ${DANIEL.srcId} into ${DANIEL.keepId}.`,
  }),
  M({
    slug: 'en-sr-yes-badges-will-follow', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, enc: 'utf8qp', trap: true,
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-26 12:15:40'),
    note: '"yes, the badges will follow" answers her question about the future; nothing moved yet',
    text: `Hi Sofia,

Yes - the badges will follow. Once the merge is done, Credly will reissue them to ${SOFIA.keep}; that can take a day or two after the merge itself.

Marcus

${outlookEn(`${SOFIA.name} <${SOFIA.keep}>`, '2026-03-26 11:02', SUP_ADDR, `RE: ${subj(CASE.sofia)}`)}

Quick question: will my Credly badges move too, or do I need to claim them again?`,
  }),
  M({
    slug: 'en-sr-not-done-yet', kind: 'support_reply', lang: 'en', caseId: CASE.ravi, enc: 'ascii7', trap: true,
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-11 22:40:03'),
    note: 'says the merge has not been completed yet',
    text: `Hi Ravi,

Not yet, I'm afraid - the merge hasn't been completed. It's in the queue with the team that handles it and I'll update you here as soon as it's through.

Hannah

${iosEn('2026-06-11 21:12', `${RAVI.name} <${RAVI.keep}>`)}
> is it merged? still see 2 accounts`,
  }),
  M({
    slug: 'en-sr-duplicate-cases-merged', kind: 'support_reply', lang: 'en', caseId: CASE.daniel, enc: 'ascii7', trap: true,
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-05 21:00:31'),
    note: '"we merged your duplicate cases" is not the account merge',
    text: `Hi Daniel,

You opened two cases for the same request (${CASE.daniel} and ${CASE.danielDup}). I've merged them so we can keep everything in one place - please reply on this thread from now on.

Priyanka`,
  }),
  M({
    slug: 'en-sr-escalated-long-quote', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, enc: 'utf8b64', trap: true,
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-27 22:50:18'),
    note: 'escalation notice over a long quote whose consent ("Yes, I agree - please merge them") is Sofia\'s',
    text: `Hi Sofia,

Quick update: because of the exam booked on the secondary account, I've escalated your request to our specialist team. They'll need 2-3 business days. No action needed from you for now.

Marcus

${gmailEn('2026-03-27 20:12', `${SOFIA.name} <${SOFIA.keep}>`)}
> Thanks Marcus, that's reassuring. Yes, I agree - please merge them.
>
> ${gmailEn('2026-03-27 08:40', `AWS Training and Certification <${SUP_ADDR}>`)}
>> Hi Sofia,
>> To your question: your exam booked for 14 April stays as it is.
>> May we go ahead and merge ${SOFIA.srcId} into ${SOFIA.keepId}?
>>
>> Marcus
>>
>>> Before I say yes - I have an exam booked on the work account for April 14.
>>> Will that booking survive the merge?`,
  }),
  M({
    slug: 'en-sr-reply-from-kept-address', kind: 'support_reply', lang: 'en', caseId: CASE.danielDup, enc: 'ascii7',
    from: SUP, to: DANIEL.src, subject: subj(CASE.danielDup), date: utc('2026-05-05 11:12:48'),
    note: '"write to us from the address you keep", no data asked: support_reply',
    text: `Hi Daniel,

For security we can only continue this request from the email address of the account you plan to keep. Please write back to us from that address.

AWS Training and Certification

${gmailEn('2026-05-05 08:02', `${DANIEL.name} <${DANIEL.src}>`)}
> Resending from my old work email in case the first one got lost.`,
  }),
  M({
    slug: 'en-sr-partner-credit-future', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, enc: 'ascii7', trap: true,
    from: SUP, to: `${GREG.name} <${GREG.addr}>`, cc: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-25 16:30:00'),
    note: 'answers the manager: partner credit will update after the merge (future)',
    text: `Hi Greg,

Good question. After the merge, Sofia's certifications will count toward whichever partner organisation her kept account is linked to; the partner portal usually reflects that within about five days. We'll proceed once Sofia herself has confirmed.

Marcus

${outlookEn(`${GREG.name} <${GREG.addr}>`, '2026-03-25 08:44', SUP_ADDR, `RE: ${subj(CASE.sofia)}`, SOFIA.keep)}

Does the company lose the partner credit for her certs once they move?`,
  }),
  M({
    slug: 'en-sr-once-merged-we-will', kind: 'support_reply', lang: 'en', caseId: CASE.ravi, enc: 'utf8qp', trap: true,
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-11 09:05:55'),
    note: '"once we have merged... we will let you know": conditional/future',
    text: `Hi Ravi,

Thanks for the go-ahead. Once we've merged the accounts we'll drop you a note here, and after that you can sign in with ${RAVI.keep} only.

Hannah`,
  }),
  M({
    slug: 'en-sr-english-reply-japanese-quote', kind: 'support_reply', lang: 'en', caseId: CASE.ito, enc: 'utf8qp', trap: true,
    from: SUP, to: 'sho.ito.dev@example.com', subject: subj(CASE.ito), date: utc('2026-03-04 09:30:11'),
    note: 'English status reply over the Japanese user\'s quoted 「同意します」',
    text: `Dear Sho Ito,

Thank you for your reply. We have received your consent and forwarded it to the responsible team. We will contact you again on this case.

Best regards,
AWS Training and Certification

2026年3月4日(水) 14:10 伊藤 翔 <sho.ito.dev@example.com>:
> 同意します。手続きをお願いいたします。
> 伊藤`,
  }),

  // ---------------- unrelated: the customer's side (10) ----------------
  P({
    slug: 'en-un-own-confirm-cc-self', lang: 'en', caseId: CASE.daniel, enc: 'ascii7',
    from: `${DANIEL.name} <${DANIEL.keep}>`, to: SUP_ADDR, cc: DANIEL.src, subject: `RE: ${subj(CASE.daniel)}`, date: utc('2026-05-07 21:02:19'),
    note: 'the user\'s own "I confirm the merge" reply, copied to his old address',
    text: `Confirmed, go ahead. I confirm the merge of ${DANIEL.srcId} into ${DANIEL.keepId}.
Thanks for your patience with the name thing.

Daniel

On Thu, May 7, 2026 at 8:55 AM AWS Training and Certification <${SUP_ADDR}> wrote:
> This action is irreversible. Could you reply to this email to confirm you want us to go ahead?`,
  }),
  P({
    slug: 'en-un-self-forward-work-to-personal', lang: 'en', caseId: CASE.sofia, enc: 'utf8qp',
    from: `${SOFIA.name} <${SOFIA.src}>`, to: SOFIA.keep, subject: `Fwd: ${subj(CASE.sofia)}`, date: utc('2026-03-28 12:30:40'),
    note: 'the user forwards support\'s completion from her work address to her personal one before leaving',
    text: `keeping a copy before my work mailbox is closed

${fwdEn(`AWS Training and Certification <${SUP_ADDR}>`, '2026-03-28 11:47', subj(CASE.sofia), SOFIA.src, SOFIA.keep)}

This is a courtesy copy to the secondary address on file: the AWS Certification account registered to this address (${SOFIA.srcId}) has been merged into ${SOFIA.keepId}.`,
  }),
  P({
    slug: 'en-un-colleague-forward-badges', lang: 'en', caseId: null, enc: 'ascii7', auth: 'pass',
    from: `${LENA.name} <${LENA.addr}>`, to: DANIEL.keep, subject: 'Fwd: You earned a badge from Amazon Web Services Training and Certification', date: utc('2026-05-11 14:10:02'),
    note: 'a colleague forwards a Credly notice that reached the shared training inbox: "looks like your badges moved"',
    text: `Dan - this landed in the training@ shared inbox, looks like your badges moved over. Might want to accept it from your own address.

Lena

${fwdEn(CREDLY_AWS, '2026-05-11 10:02', 'You earned a badge from Amazon Web Services Training and Certification', 'training@example.com')}

Congratulations, Daniel! Amazon Web Services Training and Certification issued you the AWS Certified Solutions Architect - Associate badge.`,
  }),
  P({
    slug: 'en-un-manager-approves-reply-all', lang: 'en', caseId: CASE.sofia, enc: 'ascii7', auth: 'pass',
    from: `${GREG.name} <${GREG.addr}>`, to: SUP_ADDR, cc: SOFIA.keep, subject: `RE: ${subj(CASE.sofia)}`, date: utc('2026-03-25 08:44:10'),
    note: 'the manager\'s reply-all "I authorise this merge": not support\'s news',
    text: `Hi,
I'm Sofia's manager. I authorise this merge on behalf of the company, please proceed so her certs stay with her.
Greg Hall

${outlookEn(`AWS Training & Certification <${SUP_ADDR}>`, '2026-03-24 10:05', SOFIA.keep, subj(CASE.sofia))}

Hello Sofia,
To locate both records, we'll need the AWS candidate ID for each account.`,
  }),
  P({
    slug: 'en-un-colleague-ooo', lang: 'en', caseId: CASE.sofia, enc: 'ascii7', trap: false, auth: 'pass',
    from: `${TOMASZ.name} <${TOMASZ.addr}>`, to: SOFIA.src, subject: `Automatic reply: RE: ${subj(CASE.sofia)}`, date: utc('2026-03-28 11:48:20'),
    extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: t.wrobel@bigcorp.example.com'],
    note: 'a colleague\'s out-of-office auto-reply within the thread',
    text: `I'm out of the office until April 6 with limited access to email. For urgent matters please contact cloud-ops@bigcorp.example.com.

Tomasz`,
  }),
  M({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.daniel, enc: 'utf8b64', trap: true,
    from: NOTIFY, to: DANIEL.keep, subject: 'How did we do? Tell us about case ' + CASE.daniel, date: utc('2026-05-13 18:00:00'),
    note: 'a satisfaction survey ("Was your issue resolved?")',
    text: `Hi Daniel,

Your case ${CASE.daniel} was recently closed. Was your issue resolved?

[Yes]  [No]

Your feedback takes less than a minute and helps us improve.

Amazon Web Services`,
  }),
  M({
    slug: 'en-un-credly-google-cloud', kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', trap: true,
    from: 'Google Cloud via Credly <admin@credly.com>', to: RAVI.keep, subject: 'Google Cloud sent you a badge', date: utc('2026-06-20 15:44:09'),
    note: 'a Credly badge from another issuer (Google Cloud)',
    text: `Hi Ravi,

Google Cloud has issued you a new badge: Associate Cloud Engineer.

Accept your badge: https://www.credly.com/earner/earned/badge/5a0e7c22-9d4b-4e3f-8c19-b2d7a6f30e81`,
    html: `<p>Hi Ravi,</p><p>Google Cloud has issued you a new badge: <b>Associate Cloud Engineer</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/5a0e7c22-9d4b-4e3f-8c19-b2d7a6f30e81">Accept your badge</a></p>`,
  }),
  M({
    slug: 'en-un-exam-reschedule-case', kind: 'unrelated', lang: 'en', caseId: CASE.raviExam, enc: 'ascii7', trap: true,
    from: SUP, to: RAVI.keep, subject: `RE:[CASE ${CASE.raviExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: utc('2026-06-05 10:20:15'),
    note: 'a reply on the user\'s other case (exam reschedule) that says it is resolved',
    text: `Hi Ravi,

We've moved your Pearson VUE appointment for the SysOps Administrator exam to June 24 at 10:00. Your request is complete and this case is resolved.

AWS Training and Certification`,
  }),
  P({
    slug: 'en-un-manager-to-hr', lang: 'en', caseId: CASE.sofia, enc: 'ascii7', forUser: false, auth: 'pass',
    from: `${GREG.name} <${GREG.addr}>`, to: 'hr-partners@bigcorp.example.com', subject: `FW: ${subj(CASE.sofia)}`, date: utc('2026-03-28 15:02:33'),
    note: 'the manager tells HR the merge is done; the user is not a recipient',
    text: `Hi team,

FYI Sofia's AWS cert accounts are merged (see below), so please take her off the partner certification count from April.

Greg

-----Original Message-----
From: AWS Training & Certification <${SUP_ADDR}>
Sent: Saturday, March 28, 2026 11:45 AM
To: ${SOFIA.keep}
Subject: ${subj(CASE.sofia)}

Good news - ${SOFIA.srcId} has been merged into ${SOFIA.keepId}.`,
  }),
  P({
    slug: 'en-un-own-note-to-self', lang: 'en', caseId: CASE.ravi, enc: 'ascii7',
    from: `${RAVI.name} <${RAVI.src}>`, to: RAVI.keep, subject: 'note: aws cert merge status', date: utc('2026-06-12 16:40:00'),
    note: 'the user\'s note to himself between his two addresses listing what support did',
    text: `- case ${CASE.ravi}
- merge completed jun 12 (portal mail came)
- badges: asked support, not moved yet
- old login ${RAVI.src} dies end of month`,
  }),
];
