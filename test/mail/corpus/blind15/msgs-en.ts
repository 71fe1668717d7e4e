// Set n, English part: terse agents, phone replies, top-posting, Japanese frame around English.
import { rfcDate, type Msg } from './lib.js';
import {
  CASE, COLLEAGUE_EN, CREDLY, FORM, FORM_BARE, LUCAS, NADIA, NOTIFY, PORTAL, SVEN, TEAM_LIST,
  caseSubj, caseSubjRe, fwdEn, gmailEn, htmlDoc, iphoneEn, mk, origEn, outlookEn, paras, q, sfEn, sfRef, who,
  LUCAS_REQ, LUCAS_INFO, LUCAS_CONFIRM, NADIA_REQ, SVEN_REQ,
} from './common.js';

const T = '+0900'; // Lucas lives in Tokyo
const L = '+0000'; // Nadia, London
const S = '+0100'; // Sven, Stockholm

const NADIA_INFO = `Hi Nadia,
Thanks for getting in touch. Before anything moves I need the login email and the certification notification email for ${NADIA.srcId}.
Mei
AWS Training and Certification`;

const SVEN_CONFIRM = `Hi Sven,
Ready to merge ${SVEN.srcId} into ${SVEN.keepId}. Heads up: this can't be undone. Reply to approve.
Joseph`;

export const EN: Msg[] = [
  // ---------------- acknowledgement (7)
  mk({
    slug: 'en-ack-lucas-opened', kind: 'acknowledgement', lang: 'en', caseId: CASE.lucas,
    note: 'plain automatic receipt with the case ID',
    from: FORM, to: LUCAS.keep,
    subject: `[CASE ${CASE.lucas}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-02-10 20:31:02', T), enc: 'ascii7',
    text: `Hello Lucas,

We've opened case ${CASE.lucas} for you. An agent usually replies within 24 hours.
Please don't submit the same request again; a second case only slows things down.

AWS Training and Certification
(This is an automated message.)`,
  }),
  mk({
    slug: 'en-ack-nadia-html-summary', kind: 'acknowledgement', lang: 'en', caseId: CASE.nadia,
    note: 'receipt with a summary table of the submitted form',
    from: FORM, to: NADIA.keep,
    subject: `[CASE ${CASE.nadia}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-03-01 09:12:40', L), enc: 'utf8qp',
    text: `Thanks for contacting AWS Training and Certification.

Case ID: ${CASE.nadia}
Name: Nadia Rahman
Candidate ID: ${NADIA.keepId}
Topic: Certification > Account

Someone from our team will follow up by email.`,
    html: htmlDoc(`<p>Thanks for contacting AWS Training and Certification.</p>
<table><tr><td>Case ID</td><td>${CASE.nadia}</td></tr>
<tr><td>Name</td><td>Nadia Rahman</td></tr>
<tr><td>Candidate ID</td><td>${NADIA.keepId}</td></tr>
<tr><td>Topic</td><td>Certification &gt; Account</td></tr></table>
<p>Someone from our team will follow up by email.</p>`),
  }),
  mk({
    slug: 'en-ack-sven-dmarc-fail', kind: 'acknowledgement', lang: 'en', caseId: CASE.sven,
    note: 'receipt text but the receiving server says dmarc=fail: untrusted',
    from: NOTIFY, to: SVEN.keep, subject: `AWS Support case ${CASE.sven} created`, auth: 'fail', trusted: false,
    date: rfcDate('2026-03-05 04:11:00', S), enc: 'ascii7',
    text: `Your case ${CASE.sven} has been created.
View it here: https://support-console-aws.example.net/case/${CASE.sven}`,
  }),
  mk({
    slug: 'en-ack-lucas-ja-frame', kind: 'acknowledgement', lang: 'en', caseId: CASE.lucasDup,
    note: 'receipt for a second case: Japanese greeting and footer around the English core',
    from: FORM, to: LUCAS.src,
    subject: `[CASE ${CASE.lucasDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-02-11 07:40:18', T), enc: 'utf8b64',
    text: `お問い合わせいただきありがとうございます。

Your request has been logged as case ${CASE.lucasDup}. We aim to respond within one business day.
If you already have an open case for the same request, please reply there instead of opening a new one.

※このメールは送信専用です。
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'en-ack-nadia-body-only', kind: 'acknowledgement', lang: 'en', caseId: CASE.nadia,
    note: 'receipt whose subject carries no case ID; the ID is only in the body',
    from: FORM, to: NADIA.keep, subject: 'We got your message',
    date: rfcDate('2026-03-01 09:13:05', L), enc: 'utf8b64',
    text: `Hi there,

Got it, thanks. Reference: ${CASE.nadia}.
Expect a reply from a person within a day or so.

AWS T&C Customer Service`,
  }),
  mk({
    slug: 'en-ack-sven-received-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.sven,
    note: 'terse received notice, LF line ends',
    from: FORM, to: SVEN.keep, subject: `Case #${CASE.sven} - Received`, crlf: false,
    date: rfcDate('2026-03-05 11:02:55', S), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Case #${CASE.sven} received.
Queue: AWS Training and Certification
Typical first response: 24h

-- do not reply to this address --`,
  }),
  mk({
    slug: 'en-ack-lucas-echo-request', kind: 'acknowledgement', lang: 'en', caseId: CASE.lucas, trap: true,
    note: "receipt that echoes the customer's merge/badges request; nothing has happened yet",
    from: FORM, to: LUCAS.keep, subject: 'Copy of your request to AWS Training and Certification',
    date: rfcDate('2026-02-10 20:31:40', T), enc: 'utf8qp',
    text: `This is a copy of what you sent us (case ${CASE.lucas}):

"Please merge my two accounts and move my Credly badges to the personal one once the merge is done."

No action is needed right now. We'll be in touch.`,
  }),

  // ---------------- ai_answer (6)
  mk({
    slug: 'en-ai-lucas-merge-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'Amazon Q-generated suggestion to try the Merge Accounts tool',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: LUCAS.keep, subject: 'Suggested answer for your question',
    date: rfcDate('2026-02-10 20:20:00', T), enc: 'ascii7',
    text: `Generated by Amazon Q

Sounds like you have two AWS Certification accounts. Sign in, open Profile, and pick "Merge Accounts" to combine them yourself.
Still stuck? Choose "Create case" and a person will help.`,
  }),
  mk({
    slug: 'en-ai-nadia-html-suggested', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-generated suggested answer with self-service steps, multipart',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: NADIA.keep, subject: 'Here is what we found',
    date: rfcDate('2026-03-01 09:02:00', L), enc: 'utf8qp',
    text: `AI-generated answer - please verify.

1. Sign in to your AWS Certification account.
2. Go to Profile > Merge Accounts.
3. Enter the other account's sign-in details.

Not solved? Create a case.`,
    html: htmlDoc(`<p><i>AI-generated answer - please verify.</i></p>
<ol><li>Sign in to your AWS Certification account.</li><li>Go to Profile &gt; Merge Accounts.</li><li>Enter the other account's sign-in details.</li></ol>
<p>Not solved? <a href="https://support.aws.com/contact">Create a case</a>.</p>`),
  }),
  mk({
    slug: 'en-ai-sven-what-happens-after', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated answer explaining that badges move after a merge; still an AI answer',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: SVEN.keep, subject: 'Automated response',
    date: rfcDate('2026-03-05 10:55:00', S), enc: 'utf8b64',
    text: `(automated response)

When your accounts are merged, certifications and benefits from the secondary account show up on the primary one. Credly badges are transferred after the merge; you may need to accept them again.

Tip: merge first, then claim badges on Credly.`,
  }),
  mk({
    slug: 'en-ai-lucas-misaligned', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'assistant answer signed by an unrelated bulk-mail domain (dmarc=fail): untrusted',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: LUCAS.src, subject: 'Our assistant has an answer',
    auth: 'misaligned', trusted: false,
    date: rfcDate('2026-02-10 19:58:00', T), enc: 'ascii7',
    text: `Our virtual assistant thinks this might help:
Use the Merge Accounts tool under Profile to combine duplicate certification accounts.`,
  }),
  mk({
    slug: 'en-ai-nadia-virtual-assistant', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'virtual-assistant answer: tool refuses when both accounts have certifications',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: NADIA.src, subject: 'Answer from the virtual assistant',
    date: rfcDate('2026-02-28 22:15:00', L), enc: 'utf8qp',
    text: `Hi! I'm the AWS Training and Certification virtual assistant.

If both of your accounts already hold certifications, the self-service merge won't go through. In that case, create a case and include both candidate IDs.

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'en-ai-sven-via-list-arc', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI suggestion relayed through a mailing list: dkim/dmarc fail at our server, only ARC says pass',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: SVEN.src, subject: 'Automated suggestion',
    auth: 'arcFail', trusted: false,
    date: rfcDate('2026-03-05 10:50:00', S), enc: 'ascii7',
    text: `This suggestion was generated automatically.
Try Profile > Merge Accounts in the certification portal. If it refuses, open a case.`,
  }),

  // ---------------- info_request (7)
  mk({
    slug: 'en-info-lucas-terse', kind: 'info_request', lang: 'en', caseId: CASE.lucas,
    note: 'terse: needs both candidate IDs plus the email that stays',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-11 10:02:00', T), enc: 'ascii7',
    text: `Hi Lucas - need both candidate IDs + which email stays. Thx, Arjun

${sfRef('0Luc1')}`,
  }),
  mk({
    slug: 'en-info-nadia-confirm-which-email', kind: 'info_request', lang: 'en', caseId: CASE.nadia, trap: true,
    note: '"could you confirm which email you keep" asks for information, not consent',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-02 14:20:00', L), enc: 'utf8qp',
    text: `Hi Nadia,

Could you confirm which email address you'd like to keep signing in with - ${NADIA.keep} or ${NADIA.src}?

Thanks,
Mei

${gmailEn('Sun, Mar 1, 2026 at 9:10 AM', who(NADIA.name, NADIA.keep))}
${q(NADIA_REQ)}`,
  }),
  mk({
    slug: 'en-info-sven-write-from-kept-ids', kind: 'info_request', lang: 'en', caseId: CASE.sven,
    note: 'write from the kept address and include both IDs: information request',
    from: FORM, to: SVEN.src, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-06 09:00:00', S), enc: 'ascii7',
    text: `Sven,
Please reply from ${SVEN.keep} (the account you're keeping) and put both candidate IDs in the message.
Joseph`,
  }),
  mk({
    slug: 'en-info-lucas-forged-below', kind: 'info_request', lang: 'en', caseId: CASE.lucas,
    note: 'a dmarc=pass line sits below the receiving server\'s Received line: untrusted',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas), auth: 'forgedBelow', trusted: false,
    date: rfcDate('2026-02-12 03:33:00', T), enc: 'ascii7',
    text: `Hello,
To continue, send us your candidate IDs, date of birth and the last 4 digits of the card used to pay for the exam.
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-nadia-html-checklist', kind: 'info_request', lang: 'en', caseId: CASE.nadia,
    note: 'multipart checklist of fields still needed',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-03 08:45:00', L), enc: 'utf8b64',
    text: `Hi Nadia,

Almost there. Still need:
- sign-in email of ${NADIA.srcId}
- certification notification email (if different)
- Skill Builder email

Mei`,
    html: htmlDoc(`<p>Hi Nadia,</p><p>Almost there. Still need:</p>
<ul><li>sign-in email of ${NADIA.srcId}</li><li>certification notification email (if different)</li><li>Skill Builder email</li></ul><p>Mei</p>`),
  }),
  mk({
    slug: 'en-info-sven-still-missing-thread', kind: 'info_request', lang: 'en', caseId: CASE.sven,
    note: 'statement instead of a question: still missing the Skill Builder email; long quote below',
    from: FORM, to: SVEN.keep, subject: caseSubjRe(CASE.sven),
    date: rfcDate('2026-03-07 13:10:00', S), enc: 'utf8qp',
    text: `Still missing the Skill Builder email for the old account.
Joseph

${outlookEn(who(SVEN.name, SVEN.keep), 'Saturday, March 7, 2026 11:48 AM', FORM_BARE, caseSubjRe(CASE.sven))}

IDs: ${SVEN.keepId} (keep) and ${SVEN.srcId}. Sending from the keep address as asked.
/Sven

Sent from Outlook for Android

${outlookEn(FORM_BARE, 'Friday, March 6, 2026 9:00 AM', SVEN.src, caseSubj(CASE.sven))}

Sven,
Please reply from ${SVEN.keep} (the account you're keeping) and put both candidate IDs in the message.
Joseph

${q(SVEN_REQ)}`,
  }),
  mk({
    slug: 'en-info-nadia-one-more', kind: 'info_request', lang: 'en', caseId: CASE.nadia,
    note: 'one more detail asked above a quoted phone reply',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-03 17:05:00', L), enc: 'ascii7',
    text: `Thanks. One more: the cert notification email on ${NADIA.srcId}?
Mei

${iphoneEn('3 Mar 2026, at 16:40', who(NADIA.name, NADIA.keep))}

${q(`Login for the old one is ${NADIA.src}.

Sent from my iPhone`)}

${q(NADIA_INFO)}`,
  }),

  // ---------------- confirmation_request (7)
  mk({
    slug: 'en-conf-sven-reply-yes', kind: 'confirmation_request', lang: 'en', caseId: CASE.sven,
    note: 'terse: reply YES to proceed, merge is permanent',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-09 10:00:00', S), enc: 'ascii7',
    text: `Reply YES to proceed. Merge is permanent.
${SVEN.srcId} -> ${SVEN.keepId}
Joseph`,
  }),
  mk({
    slug: 'en-conf-lucas-folded-into', kind: 'confirmation_request', lang: 'en', caseId: CASE.lucas,
    note: 'asks consent to fold the old account into the kept one; cannot be reversed',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-13 11:30:00', T), enc: 'utf8qp',
    text: `Hi Lucas,

Before we go ahead: please confirm you want ${LUCAS.srcId} folded into ${LUCAS.keepId}. Once done it can't be reversed.

Arjun

${gmailEn('Thu, Feb 12, 2026 at 8:14 PM', who(LUCAS.name, LUCAS.keep))}
${q(`Keep ${LUCAS.keep}. Old one logs in with ${LUCAS.src}.`)}
${q(LUCAS_INFO)}`,
  }),
  mk({
    slug: 'en-conf-nadia-html-table', kind: 'confirmation_request', lang: 'en', caseId: CASE.nadia,
    note: 'multipart consent request with a table of both accounts',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-04 10:20:00', L), enc: 'utf8qp',
    text: `Hi Nadia,

Keep: ${NADIA.keepId} (${NADIA.keep})
Merge in: ${NADIA.srcId} (${NADIA.src})

This is irreversible. If that's right, just reply "I agree".

Mei`,
    html: htmlDoc(`<p>Hi Nadia,</p>
<table border="1"><tr><th>Keep</th><td>${NADIA.keepId} (${NADIA.keep})</td></tr>
<tr><th>Merge in</th><td>${NADIA.srcId} (${NADIA.src})</td></tr></table>
<p>This is irreversible. If that's right, just reply "I agree".</p><p>Mei</p>`),
  }),
  mk({
    slug: 'en-conf-sven-lookalike-authserv', kind: 'confirmation_request', lang: 'en', caseId: CASE.sven,
    note: 'topmost verdict comes from mx.test.example.mailhub-relay.net, not our server: untrusted',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven), auth: 'lookalikeServer', trusted: false,
    date: rfcDate('2026-03-09 02:02:00', S), enc: 'ascii7',
    text: `Confirm the merge within 12 hours by signing in below, otherwise the request expires.
https://aws-merge-confirm.example.org/${CASE.sven}`,
  }),
  mk({
    slug: 'en-conf-lucas-toppost-thread', kind: 'confirmation_request', lang: 'en', caseId: CASE.lucas,
    note: 'short top-post asking consent above a long thread',
    from: FORM, to: LUCAS.keep, subject: caseSubjRe(CASE.lucas),
    date: rfcDate('2026-02-14 09:05:00', T), enc: 'utf8b64',
    text: `Got it - pls confirm you're OK with us merging (irreversible) and we'll take it from there.
Arjun

${iphoneEn('Feb 13, 2026, at 23:02', who(LUCAS.name, LUCAS.keep))}

${q(`What happens to my voucher? Otherwise fine.

Sent from my iPhone`)}

${q(LUCAS_INFO)}

${q(LUCAS_REQ)}`,
  }),
  mk({
    slug: 'en-conf-team-alias', kind: 'confirmation_request', lang: 'en', caseId: '17900551230', forUser: false,
    note: "consent request for a colleague's merge sent to a team alias: not the user's",
    from: FORM, to: `Cloud Team <${TEAM_LIST}>`, subject: caseSubj('17900551230'),
    date: rfcDate('2026-03-04 12:00:00', L), enc: 'ascii7',
    text: `Hi,
We just need your go-ahead to merge the two profiles for ${COLLEAGUE_EN.name}; once done it can't be rolled back.
Mei`,
  }),
  mk({
    slug: 'en-conf-lucas-ja-frame', kind: 'confirmation_request', lang: 'en', caseId: CASE.lucas,
    note: 'English consent request inside a Japanese greeting and closing',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-14 15:40:00', T), enc: 'utf8qp',
    text: `ご連絡ありがとうございます。

We're ready to merge ${LUCAS.srcId} into ${LUCAS.keepId}. Your voucher carries over. As this cannot be reversed, please reply to approve.

よろしくお願いいたします。
Arjun / AWS トレーニングと認定`,
  }),

  // ---------------- merge_completed (7)
  mk({
    slug: 'en-done-sven-all-done', kind: 'merge_completed', lang: 'en', caseId: CASE.sven,
    note: 'terse completion',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-10 16:00:00', S), enc: 'ascii7',
    text: `All done - accounts merged. Sign in with ${SVEN.keep}.
Joseph

${sfEn(SVEN.keep, '3/9/2026 10:31 AM', FORM_BARE, caseSubj(CASE.sven))}

YES

Sent from Outlook for Android`,
  }),
  mk({
    slug: 'en-done-lucas-consolidated-close', kind: 'merge_completed', lang: 'en', caseId: CASE.lucas,
    note: 'accounts consolidated; will close the case: the new fact is the merge',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-16 10:00:00', T), enc: 'utf8qp',
    text: `Hi Lucas,

Your two profiles are now consolidated under ${LUCAS.keepId}. I'll close this case now; reply if anything looks off.

Arjun`,
  }),
  mk({
    slug: 'en-done-portal-notice', kind: 'merge_completed', lang: 'en', caseId: null,
    note: "certification portal's merged notice, DKIM-only pass, no case ID",
    from: PORTAL, to: NADIA.keep, subject: 'Your AWS Certification accounts have been merged', auth: 'dkimonly',
    date: rfcDate('2026-03-05 06:00:00', L), enc: 'ascii7',
    text: `Hello Nadia,

Your AWS Certification accounts have been merged. Primary account: ${NADIA.keepId}.
Your certifications, exam history and benefits are now available there.

AWS Certification`,
  }),
  mk({
    slug: 'en-done-nadia-html-merged', kind: 'merge_completed', lang: 'en', caseId: CASE.nadia,
    note: 'HTML completion with the Outlook reply block below',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-05 09:30:00', L), enc: 'utf8qp',
    html: htmlDoc(`<div>Hi Nadia,</div>
<div>The merge went through this morning. ${NADIA.srcId} no longer exists; everything sits on ${NADIA.keepId}.</div>
<div>Mei</div>
<div id="divRplyFwdMsg"><hr><b>From:</b> ${NADIA.name} &lt;${NADIA.keep}&gt;<br><b>Sent:</b> Wednesday, March 4, 2026 11:02<br><b>Subject:</b> Re: ${caseSubj(CASE.nadia)}</div>
<blockquote>${paras('I agree.\n\nSent from my iPhone')}</blockquote>`),
  }),
  mk({
    slug: 'en-done-sven-toppost-ids', kind: 'merge_completed', lang: 'en', caseId: CASE.sven,
    note: 'short top-post: merged, certs from the old ID show under the kept ID',
    from: FORM, to: SVEN.keep, subject: caseSubjRe(CASE.sven),
    date: rfcDate('2026-03-10 16:20:00', S), enc: 'utf8b64',
    text: `Merged as of this morning. Certs from ${SVEN.srcId} now show under ${SVEN.keepId}.
J.

${outlookEn(who(SVEN.name, SVEN.keep), 'Tuesday, March 10, 2026 2:02 PM', FORM_BARE, caseSubjRe(CASE.sven))}

Any news? Exam booked next week.

Sent from Outlook for Android

${outlookEn(FORM_BARE, 'Monday, March 9, 2026 10:00 AM', SVEN.keep, caseSubj(CASE.sven))}

${SVEN_CONFIRM}`,
  }),
  mk({
    slug: 'en-done-lucas-check-looks-right', kind: 'merge_completed', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'merged plus "please check everything looks right": still a completion',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-15 22:10:00', T), enc: 'ascii7',
    text: `Lucas - merge is complete. Please sign in and check that everything looks right (certs, voucher, exam history). Let me know if not.
Arjun`,
  }),
  mk({
    slug: 'en-done-nadia-origmsg', kind: 'merge_completed', lang: 'en', caseId: CASE.nadia,
    note: 'completion phrased as "combined", Original Message quote below',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-05 09:31:00', L), enc: 'utf8qp',
    text: `Hi Nadia, the two accounts have been combined - you're good to go on ${NADIA.keep}.
Mei

${origEn(NADIA.keep, 'Wednesday, March 4, 2026 11:02 AM', FORM_BARE, caseSubjRe(CASE.nadia))}

I agree.`,
  }),

  // ---------------- badges_transferred (7)
  mk({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: "AWS badge via Credly waiting to be accepted on the kept address",
    from: CREDLY, to: LUCAS.keep, subject: 'Accept your AWS Certified Developer - Associate badge',
    date: rfcDate('2026-02-17 03:00:00', T), enc: 'utf8qp',
    text: `Lucas, you've been issued a badge by Amazon Web Services Training and Certification:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/go/LxD3vA2

Credly`,
  }),
  mk({
    slug: 'en-badge-nadia-moved-closing', kind: 'badges_transferred', lang: 'en', caseId: CASE.nadia,
    note: 'support: badges moved to the kept Credly account, closing the case',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-09 12:00:00', L), enc: 'utf8qp',
    text: `Hi Nadia,

Your Credly badges are now on the ${NADIA.keep} profile. Closing this one out - thanks for your patience.

Mei`,
  }),
  mk({
    slug: 'en-badge-sven-terse', kind: 'badges_transferred', lang: 'en', caseId: CASE.sven,
    note: 'terse: badges are on the new Credly profile now',
    from: FORM, to: SVEN.keep, subject: caseSubjRe(CASE.sven),
    date: rfcDate('2026-03-12 09:00:00', S), enc: 'ascii7',
    text: `Badges are on the new Credly profile now.
J.

On Wed, Mar 11, 2026 at 7:45 PM ${SVEN.name} <${SVEN.keep}> wrote:
> Credly still shows my badges under the old email. Can you move them?
>
> Sent from Outlook for Android`,
  }),
  mk({
    slug: 'en-badge-credly-html-two', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: "HTML-only Credly mail: two AWS badges earned",
    from: CREDLY, to: NADIA.keep, subject: "You've earned 2 badges from Amazon Web Services Training and Certification",
    date: rfcDate('2026-03-09 13:00:00', L), enc: 'utf8b64',
    html: htmlDoc(`<table width="600"><tr><td>
<h1>Nice work, Nadia!</h1>
<p>Amazon Web Services Training and Certification issued you 2 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Security - Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>
</td></tr></table>`),
  }),
  mk({
    slug: 'en-badge-lucas-repointed-thread', kind: 'badges_transferred', lang: 'en', caseId: CASE.lucas,
    note: 'top-post: Credly team re-pointed the badges to the kept email',
    from: FORM, to: LUCAS.keep, subject: caseSubjRe(CASE.lucas),
    date: rfcDate('2026-02-19 11:00:00', T), enc: 'utf8qp',
    text: `Credly team re-pointed your badges to ${LUCAS.keep}. Should be visible now.
Arjun

${gmailEn('Tue, Feb 17, 2026 at 9:40 AM', who(LUCAS.name, LUCAS.keep))}
${q(`Merge looks good, thanks! Only the Solutions Architect badge is still on the agency email.`)}
${q(`> Lucas - merge is complete. Please sign in and check that everything looks right.`)}
${q(LUCAS_CONFIRM)}`,
  }),
  mk({
    slug: 'en-badge-credly-colleague-alias', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    note: "AWS badge via Credly for a colleague's address: not for the user",
    from: CREDLY, to: who(COLLEAGUE_EN.name, COLLEAGUE_EN.addr), subject: 'Accept your AWS Certified Cloud Practitioner badge',
    date: rfcDate('2026-03-09 14:00:00', L), enc: 'ascii7',
    text: `Marco, Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.
Accept your badge: https://www.credly.com/go/Mb7Cc1`,
  }),
  mk({
    slug: 'en-badge-sven-support-reissued', kind: 'badges_transferred', lang: 'en', caseId: CASE.sven,
    note: 'support re-issued the AWS badges to the kept account',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-12 08:55:00', S), enc: 'utf8qp',
    text: `Hi Sven,
Re-issued your 3 AWS badges to the Credly account on ${SVEN.keep}; the old ones on ${SVEN.src} were revoked.
Joseph`,
  }),

  // ---------------- case_closed (7)
  mk({
    slug: 'en-closed-sven-72h', kind: 'case_closed', lang: 'en', caseId: CASE.sven,
    note: 'will auto-resolve in 72 hours without a reply',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-13 10:00:00', S), enc: 'ascii7',
    text: `Hi Sven, haven't heard back - this case will auto-resolve in 72 hours unless you reply.
Joseph`,
  }),
  mk({
    slug: 'en-closed-nadia-notify-html', kind: 'case_closed', lang: 'en', caseId: CASE.nadia,
    note: 'AWS Support notification: case resolved, multipart',
    from: NOTIFY, to: NADIA.keep, subject: `AWS Support case ${CASE.nadia} resolved`,
    date: rfcDate('2026-03-10 07:00:00', L), enc: 'utf8qp',
    text: `Case ${CASE.nadia} has been marked resolved.
Need more help? Reopen it from the Support Center within 14 days.`,
    html: htmlDoc(`<p>Case <b>${CASE.nadia}</b> has been marked resolved.</p><p>Need more help? Reopen it from the Support Center within 14 days.</p>`),
  }),
  mk({
    slug: 'en-closed-lucas-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'closing notice that restates the merge done days ago',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-23 10:00:00', T), enc: 'ascii7',
    text: `Lucas, as your accounts were merged on Feb 15 and the badges sorted on Feb 19, I'm closing this case.
Arjun`,
  }),
  mk({
    slug: 'en-closed-nadia-lookalike-subdomain', kind: 'case_closed', lang: 'en', caseId: CASE.nadia,
    note: 'closing notice from amazon.com.support-case.net: untrusted',
    from: 'Amazon Web Services <no-reply-aws@amazon.com.support-case.net>', to: NADIA.keep,
    subject: `AWS Support case ${CASE.nadia} closed`, trusted: false,
    date: rfcDate('2026-03-10 02:00:00', L), enc: 'ascii7',
    text: `Your case ${CASE.nadia} was closed. To keep your certification active, sign in within 24 hours:
https://amazon.com.support-case.net/signin`,
  }),
  mk({
    slug: 'en-closed-sven-closing-out', kind: 'case_closed', lang: 'en', caseId: CASE.sven,
    note: 'terse closing with a reopen window',
    from: FORM, to: SVEN.keep, subject: caseSubjRe(CASE.sven),
    date: rfcDate('2026-03-16 09:00:00', S), enc: 'utf8b64',
    text: `Closing this out. Reopen by replying within 14 days.
J.

-----Original Message-----
From: ${SVEN.keep}
Sent: Thursday, March 12, 2026 10:14 AM
Subject: Re: ${caseSubj(CASE.sven)}

Got them, cheers!`,
  }),
  mk({
    slug: 'en-closed-lucasdup-no-confirmation', kind: 'case_closed', lang: 'en', caseId: CASE.lucasDup, trap: true,
    note: 'closing because no confirmation came back: uses confirmation words',
    from: FORM, to: LUCAS.src, subject: caseSubj(CASE.lucasDup),
    date: rfcDate('2026-02-18 10:00:00', T), enc: 'utf8qp',
    text: `Hello,

Since we haven't received confirmation on this request (it is being handled under ${CASE.lucas}), we're closing case ${CASE.lucasDup}.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-closed-nadia-body-id', kind: 'case_closed', lang: 'en', caseId: CASE.nadia,
    note: 'case closed; the ID only in the body',
    from: FORM, to: NADIA.keep, subject: 'Your AWS Training and Certification case',
    date: rfcDate('2026-03-10 11:00:00', L), enc: 'ascii7',
    text: `Hi Nadia,
Case ${CASE.nadia} is now closed. Thanks for contacting AWS Training and Certification.`,
  }),

  // ---------------- support_reply (7)
  mk({
    slug: 'en-reply-lucas-thanks-passed', kind: 'support_reply', lang: 'en', caseId: CASE.lucas, trap: true,
    note: 'thanks for confirming, passed to the team, will update once merged (future)',
    from: FORM, to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    date: rfcDate('2026-02-14 18:00:00', T), enc: 'ascii7',
    text: `Thanks for confirming - passed to the team, I'll update you once it's merged.
Arjun

${iphoneEn('Feb 14, 2026, at 17:21', who(LUCAS.name, LUCAS.keep))}

${q(`I agree. Go ahead.

Sent from my iPhone`)}`,
  }),
  mk({
    slug: 'en-reply-sven-not-through-yet', kind: 'support_reply', lang: 'en', caseId: CASE.sven, trap: true,
    note: 'negated: the merge has not gone through yet',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-10 08:00:00', S), enc: 'ascii7',
    text: `Sven - the merge hasn't gone thru yet, backend still procesing. Will ping you.
Joseph`,
  }),
  mk({
    slug: 'en-reply-nadia-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.nadia,
    note: 'escalated to the certification ops team, ETA',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-04 15:00:00', L), enc: 'utf8qp',
    text: `Hi Nadia,
I've escalated this to our certification ops team. ETA 3–5 business days.
Mei`,
  }),
  mk({
    slug: 'en-reply-lucas-write-from-kept', kind: 'support_reply', lang: 'en', caseId: CASE.lucasDup,
    note: 'please write from the kept address (no data asked)',
    from: FORM, to: LUCAS.src, subject: caseSubj(CASE.lucasDup),
    date: rfcDate('2026-02-11 12:00:00', T), enc: 'ascii7',
    text: `Hi Lucas,
For security we can only act on requests from the address on the account you're keeping. Please write to us from there.
Arjun`,
  }),
  mk({
    slug: 'en-reply-sven-unable-exam', kind: 'support_reply', lang: 'en', caseId: CASE.sven, trap: true,
    note: 'unable to merge while an exam is scheduled on the old account',
    from: FORM, to: SVEN.keep, subject: caseSubj(CASE.sven),
    date: rfcDate('2026-03-08 09:00:00', S), enc: 'ascii7',
    text: `We're unable to merge while an exam is scheduled on ${SVEN.srcId}. Once that appointment is over we can pick this back up.
Joseph`,
  }),
  mk({
    slug: 'en-reply-gmail-display-spoof', kind: 'support_reply', lang: 'en', caseId: CASE.lucas,
    note: 'support display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.tc.support.desk@gmail.com>', to: LUCAS.keep, subject: caseSubj(CASE.lucas),
    trusted: false, relay: 'mail-sor-f69.google.com',
    date: rfcDate('2026-02-15 01:00:00', T), enc: 'ascii7',
    text: `Yes, the voucher will carry over. Pay the 15 USD transfer fee here to keep it: https://tinyurl.example/voucher`,
  }),
  mk({
    slug: 'en-reply-nadia-dup-cases-merged', kind: 'support_reply', lang: 'en', caseId: CASE.nadia, trap: true,
    note: 'merged duplicate cases, not the accounts',
    from: FORM, to: NADIA.keep, subject: caseSubj(CASE.nadia),
    date: rfcDate('2026-03-02 09:00:00', L), enc: 'utf8qp',
    text: `Hi Nadia, I've merged your two duplicate cases into this one so nothing gets lost. Working on it.
Mei`,
  }),

  // ---------------- unrelated (7)
  mk({
    slug: 'en-unrel-csat', kind: 'unrelated', lang: 'en', caseId: CASE.sven, trap: true,
    note: 'survey about the resolved case',
    from: 'AWS Training and Certification <tc-survey@amazon.com>', to: SVEN.keep, subject: 'How did we do?',
    date: rfcDate('2026-03-17 10:00:00', S), enc: 'utf8qp',
    text: `Your case ${CASE.sven} was recently resolved. Was your issue resolved? Rate us in one click:
https://survey.amazon.com/tc?c=${CASE.sven}`,
  }),
  mk({
    slug: 'en-unrel-hashicorp-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'HashiCorp badge via Credly: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>', to: NADIA.keep, subject: 'Accept your HashiCorp Certified: Terraform Associate badge',
    date: rfcDate('2026-03-06 10:00:00', L), enc: 'ascii7',
    text: `Nadia, HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/go/Hc3Tf9`,
  }),
  mk({
    slug: 'en-unrel-own-yes-phone-cc', kind: 'unrelated', lang: 'en', caseId: CASE.lucas, trap: true, trusted: false,
    note: "user's own consent reply from the phone, Cc to his other address",
    from: who(LUCAS.name, LUCAS.keep), to: FORM_BARE, cc: LUCAS.src, subject: caseSubjRe(CASE.lucas),
    date: rfcDate('2026-02-14 17:21:00', T), enc: 'utf8qp',
    extra: ['X-Mailer: iPhone Mail (22D82)'],
    text: `I agree. Go ahead.

Sent from my iPhone

${iphoneEn('Feb 14, 2026, at 15:40', who('AWS Training and Certification', FORM_BARE))}

${q(`We're ready to merge ${LUCAS.srcId} into ${LUCAS.keepId}. As this cannot be reversed, please reply to approve.`)}`,
  }),
  mk({
    slug: 'en-unrel-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.nadia, trap: true,
    note: "agent's out-of-office auto-reply",
    from: FORM, to: NADIA.keep, subject: `Automatic reply: ${caseSubjRe(CASE.nadia)}`,
    date: rfcDate('2026-03-07 08:00:00', L), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until 10 March. Your case ${CASE.nadia} stays open and a colleague can pick it up; I'll confirm next steps when I'm back.
Mei`,
  }),
  mk({
    slug: 'en-unrel-billing-receipt', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam payment receipt from AWS billing',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: SVEN.keep, subject: 'Payment received - order 88310274',
    date: rfcDate('2026-03-02 12:00:00', S), enc: 'ascii7',
    text: `Thanks, we've received your payment.
Order: 88310274
Item: AWS Certified Solutions Architect - Professional exam voucher
Amount: USD 300.00
This is your receipt.`,
  }),
  mk({
    slug: 'en-unrel-marketing-merge-skills', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'marketing mail that plays on "merge" and "badges"',
    from: 'AWS Training and Certification <aws-training-news@aws.amazon.com>', to: LUCAS.keep, subject: 'Merge your skills: new badges to earn this spring',
    date: rfcDate('2026-03-03 09:00:00', T), enc: 'utf8qp',
    text: `Merge data, AI and security skills in one learning plan - and earn new digital badges along the way.
Start free on AWS Skill Builder.

Unsubscribe: https://aws.amazon.com/unsubscribe`,
  }),
  mk({
    slug: 'en-unrel-own-fwd-android', kind: 'unrelated', lang: 'en', caseId: CASE.sven, trap: true, trusted: false,
    note: "user's own forward of the completion from the old address to the personal one",
    from: who(SVEN.name, SVEN.src), to: SVEN.keep, subject: `Fwd: ${caseSubjRe(CASE.sven)}`,
    date: rfcDate('2026-03-10 16:40:00', S), enc: 'utf8qp',
    text: `fyi, keep this one

Sent from Outlook for Android

${fwdEn(who('AWS Training and Certification', FORM_BARE), 'Tue, Mar 10, 2026 at 4:20 PM', caseSubjRe(CASE.sven), SVEN.keep)}

Merged as of this morning. Certs from ${SVEN.srcId} now show under ${SVEN.keepId}.
J.`,
  }),
];

