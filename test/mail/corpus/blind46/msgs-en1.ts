// Set "as", English part 1: receipts, automated answers, information and confirmation requests, completions.
import type { Msg } from './lib.js';
import {
  CASE, DANIEL, GREG, LENA, M, NOTIFY, PORTAL, RAVI, SOFIA, SUP, SUP_ADDR,
  caseQuote, gmailEn, htmlWithQuote, iosEn, outlookEn, paras, pst, quote, subj, subj0, utc,
} from './common.js';

const danielReq = `Hi,
I ended up with two AWS Certification accounts. One was created with my old employer's address (${DANIEL.src}, ${DANIEL.srcId}) and one with my personal address (${DANIEL.keep}, ${DANIEL.keepId}).
Please merge them into the personal one. I agree to the merge - I understand it cannot be reversed.
Daniel Okafor`;

const sofiaReq = `Hello AWS team,
Could you combine my certification accounts? Primary: ${SOFIA.keep}. Secondary: ${SOFIA.src} (work, I'm leaving the company in April).
Best, Sofia`;

const raviReq = `hi, i have 2 cert accounts ${RAVI.keepId} and ${RAVI.srcId}. want evrything on ${RAVI.keep} pls. thx`;

export const EN1: Msg[] = [
  // ---------------- acknowledgement (5) ----------------
  M({
    slug: 'en-ack-echoes-description', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel, enc: 'ascii7',
    from: NOTIFY, to: DANIEL.keep, subject: `Your AWS Support case ${CASE.daniel} has been created`, date: utc('2026-05-04 16:22:51'),
    note: 'automatic receipt; the echoed description contains the user\'s own "I agree to the merge"',
    text: `Hello Daniel Okafor,

We've opened case ${CASE.daniel} for you. A member of the AWS Training and Certification team will review it and reply by email, usually within 24 hours.

Subject: Merge two certification accounts
Description you provided:
${quote(danielReq, '    ')}

To add information, reply to this message. Please don't create another case for the same request; duplicate cases slow things down.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-id-in-body', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, enc: 'utf8qp',
    from: SUP, to: SOFIA.keep, subject: 'We have received your inquiry', date: utc('2026-03-23 09:10:14'),
    note: 'receipt with the case number only in the body',
    text: `Dear Sofia,

Thanks for reaching out to AWS Training & Certification. This is an automated note to let you know your message reached us.

Your reference number is ${CASE.sofia}. Keep it handy — you'll see it in the subject of our replies.

Someone from our team will be in touch within one business day.

AWS Training & Certification Customer Service`,
  }),
  M({
    slug: 'en-ack-html-only', kind: 'acknowledgement', lang: 'en', caseId: CASE.ravi, enc: 'ascii7',
    from: NOTIFY, to: RAVI.keep, subject: `Case ${CASE.ravi} received`, date: utc('2026-06-09 03:44:08'),
    note: 'HTML-only receipt',
    html: `<html><body><table style="font-family:Arial;font-size:14px" width="600">
<tr><td><h3>Thanks, we've got it.</h3>
<p>Case ID: <b>${CASE.ravi}</b><br>Service: AWS Training and Certification<br>Category: Account assistance</p>
<p>An agent will pick this up shortly. You can reply to this email to add details.</p>
<p style="color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></td></tr></table></body></html>`,
  }),
  M({
    slug: 'en-ack-form-submission-multipart', kind: 'acknowledgement', lang: 'en', caseId: CASE.daniel, enc: 'utf8b64',
    from: SUP, to: DANIEL.keep, subject: subj0(CASE.daniel), date: utc('2026-05-04 16:23:30'),
    note: 'form-submission receipt in multipart/alternative',
    text: `Thank you for contacting AWS Training and Certification.

Case number: ${CASE.daniel}

We have logged your request and will respond as soon as possible. Replying to this message keeps everything in one case.

Regards,
AWS T&C Support`,
    html: `<p>Thank you for contacting AWS Training and Certification.</p><p>Case number: <b>${CASE.daniel}</b></p><p>We have logged your request and will respond as soon as possible. Replying to this message keeps everything in one case.</p><p>Regards,<br>AWS T&amp;C Support</p>`,
  }),
  M({
    slug: 'en-ack-lf-line-ends', kind: 'acknowledgement', lang: 'en', caseId: CASE.danielDup, enc: 'ascii7', crlf: false,
    from: NOTIFY, to: DANIEL.src, subject: `AWS Support: case ${CASE.danielDup} opened`, date: utc('2026-05-05 07:02:40'),
    note: 'receipt (LF line ends) for the second case the user opened from his old address',
    text: `Hello,

Case ${CASE.danielDup} is now open. Subject: "accounts merge - resend".
We'll be in touch by email.

-- Amazon Web Services`,
  }),

  // ---------------- ai_answer (5) ----------------
  M({
    slug: 'en-ai-merge-tool', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8qp',
    from: NOTIFY, to: SOFIA.keep, subject: 'Here is a suggested answer to your question', date: utc('2026-03-23 09:06:50'),
    note: 'generated answer pointing at the Merge Accounts tool',
    text: `You asked: "Could you combine my certification accounts?"

Suggested answer (AI-generated):
You can usually do this yourself. Sign in to the AWS Certification account you want to keep, open your profile, and choose Merge Accounts. Enter the sign-in details of the other account and follow the prompts.
If both accounts already hold certifications, the tool may not be able to complete the request; in that case, create a case and our team will help.

Generated answers can be inaccurate. Verify important information.`,
  }),
  M({
    slug: 'en-ai-html-quoted-question', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7',
    from: NOTIFY, to: RAVI.keep, subject: 'AWS Support - automated response', date: utc('2026-06-09 03:40:02'),
    note: 'automated answer (multipart) quoting the user\'s question',
    text: `Your question:
${quote(raviReq)}

Automated response:
To combine two AWS Certification accounts, use the Merge Accounts option in your certification profile. Your certifications, exam history and benefits will appear under the account you sign in with.

Still need help? Choose "Create case".`,
    html: `<p><b>Your question:</b></p><blockquote>${raviReq}</blockquote><p><b>Automated response:</b><br>To combine two AWS Certification accounts, use the Merge Accounts option in your certification profile. Your certifications, exam history and benefits will appear under the account you sign in with.</p><p>Still need help? Choose "Create case".</p>`,
  }),
  M({
    slug: 'en-ai-explains-after-merge', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', trap: true,
    from: NOTIFY, to: DANIEL.keep, subject: 'Suggested answer: certification account merge', date: utc('2026-05-04 16:18:12'),
    note: 'AI answer describing what happens after a merge (badges, vouchers); stays ai_answer',
    text: `Based on what you described, here is some information that may help.

After two certification accounts are merged, everything from the secondary account - certifications, exam history, and benefits such as the 50% exam voucher - is shown in the primary account. Credly badges are tied to an email address, so you may need to claim them again with the primary account's email once the merge is done.

You can start a merge from Profile > Merge Accounts. If that doesn't work, open a case.

This response was generated automatically.`,
  }),
  M({
    slug: 'en-ai-dkim-only', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'utf8b64', auth: 'dkimonly',
    from: NOTIFY, to: SOFIA.src, subject: 'Amazon Q answered your question', date: utc('2026-03-22 18:30:41'),
    note: 'Amazon Q answer; authenticated by an aligned DKIM pass only',
    text: `Hi there,

Amazon Q looked at your question and suggests the following:

• Sign in at aws.training/certification with the account you'd like to keep.
• Go to Profile and look for Merge Accounts.
• Provide the other account's login.

If you can't finish the merge on your own, select "Contact support" to open a case.`,
  }),
  M({
    slug: 'en-ai-freemail-display-name', kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', trusted: false,
    from: 'AWS Support Assistant <aws.support.assist@gmail.com>', to: RAVI.keep, subject: 'Automated answer from AWS Support', date: utc('2026-06-09 05:12:33'),
    note: 'AWS display name on a free-mail address: untrusted',
    text: `Hello,

Our assistant found an answer for you: accounts can be merged with the Merge Accounts tool. To speed things up, sign in through the link below and we will do it for you.
http://aws-merge-assist.example-free.net/start

AWS Support Assistant`,
  }),

  // ---------------- info_request (7) ----------------
  M({
    slug: 'en-info-quote-i-confirm', kind: 'info_request', lang: 'en', caseId: CASE.daniel, enc: 'ascii7', trap: true,
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-05 18:40:22'),
    note: 'asks for the date of the last exam on each account; "I confirm the merge" in the quote is the user\'s',
    text: `Hi Daniel,

Thanks for getting back to us. Before we go any further, could you tell us the name of the most recent exam taken on each account and roughly when you took it? We use that to be sure both accounts are yours.

Kind regards,
Priyanka
AWS Training and Certification

${outlookEn(`${DANIEL.name} <${DANIEL.keep}>`, '2026-05-05 09:12', SUP_ADDR, `RE: ${subj(CASE.daniel)}`)}

Hello,
I confirm the merge. Please go ahead and move everything to ${DANIEL.keep}.
Thanks,
Daniel`,
  }),
  M({
    slug: 'en-info-which-primary', kind: 'info_request', lang: 'en', caseId: CASE.sofia, enc: 'utf8qp',
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-24 10:05:39'),
    note: 'asks for candidate IDs and the account to keep',
    text: `Hello Sofia,

Happy to help with this. To locate both records, we'll need the AWS candidate ID (starts with "AWS") for each account, and a quick line confirming which email should remain the login once we're done.

Thank you,
Marcus | AWS Training & Certification

${gmailEn('2026-03-23 10:02', `${SOFIA.name} <${SOFIA.keep}>`)}
${quote(sofiaReq)}`,
  }),
  M({
    slug: 'en-info-please-confirm-email', kind: 'info_request', lang: 'en', caseId: CASE.ravi, enc: 'ascii7', trap: true,
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-10 02:28:16'),
    note: '"please confirm the email address you will keep" asks for information, not consent',
    text: `Hi Ravi,

Thanks for the IDs. Could you please confirm the email address you will keep using after the accounts are combined? Your message mentions ${RAVI.keep}, but that address isn't on either account at the moment.

Best,
Hannah
AWS Training and Certification Support

On Tue, Jun 9, 2026 at 9:15 AM ${RAVI.name} <${RAVI.keep}> wrote:
${quote(raviReq)}`,
  }),
  M({
    slug: 'en-info-manager-authorised', kind: 'info_request', lang: 'en', caseId: CASE.sofia, enc: 'utf8qp', trap: true,
    from: SUP, to: SOFIA.keep, cc: GREG.addr, subject: subj(CASE.sofia), date: utc('2026-03-25 14:12:08'),
    note: 'the manager\'s quoted "I authorise this merge" is not the consent needed; support asks Sofia for her IDs',
    text: `Hi Sofia (and Greg, copied),

Thanks, Greg, for the note. For privacy reasons we can only act on a request from the account holder, so we'll need Sofia to reply from ${SOFIA.keep} with the candidate ID of each account.

Marcus
AWS Training & Certification

${outlookEn(`${GREG.name} <${GREG.addr}>`, '2026-03-25 08:44', SUP_ADDR, `RE: ${subj(CASE.sofia)}`, SOFIA.keep)}

Hi,
I'm Sofia's manager. I authorise this merge on behalf of the company, please proceed so her certs stay with her.
Greg Hall`,
  }),
  M({
    slug: 'en-info-html-only-screenshot', kind: 'info_request', lang: 'en', caseId: CASE.daniel, enc: 'utf8b64',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-06 11:30:05'),
    note: 'HTML-only request for a screenshot of the certifications page',
    html: `<div style="font-family:Calibri,sans-serif">
<p>Hi Daniel,</p>
<p>Thanks for the exam details. One more thing: the older account shows a slightly different last name. Would you send us a screenshot of the <i>Certifications</i> page of that account (the one under ${DANIEL.src})?</p>
<p>Kind regards,<br>Priyanka<br>AWS Training and Certification</p>
</div>`,
  }),
  M({
    slug: 'en-info-lookalike-subdomain', kind: 'info_request', lang: 'en', caseId: CASE.ravi, enc: 'ascii7', trusted: false,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.support-desk.net>', to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-10 06:50:44'),
    note: 'asks for passwords; sender domain amazon.com.support-desk.net only looks like amazon.com: untrusted',
    text: `Hi Ravi,

To process the merge we need the password for both accounts and a photo of your ID. Reply within 24 hours or the case will be cancelled.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-resent-old-mailbox', kind: 'info_request', lang: 'en', caseId: CASE.danielDup, enc: 'ascii7', forUser: false,
    from: SUP, to: DANIEL.src, subject: subj(CASE.danielDup), date: utc('2026-05-05 20:14:03'),
    resent: { from: 'mailer-daemon@contoso-old.example', to: 'it-archive@contoso-old.example', date: utc('2026-05-05 20:14:30') },
    note: 'real request for details, redirected by the old employer\'s server to its archive (Resent-*): not for the user',
    text: `Hello Daniel,

We noticed you have another open case about the same merge. Could you let us know which of the two email addresses you'd like to keep, and reply from that address? We'll carry on in case ${CASE.daniel}.

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (7) ----------------
  M({
    slug: 'en-conf-quotes-request', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia, enc: 'ascii7',
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-26 09:02:31'),
    note: 'asks Sofia to confirm the irreversible merge, her request quoted',
    text: `Hi Sofia,

Thanks, we've found both accounts: ${SOFIA.keepId} (${SOFIA.keep}) and ${SOFIA.srcId} (${SOFIA.src}).

We'll move everything from ${SOFIA.srcId} into ${SOFIA.keepId}. Please note a merge is permanent - we can't split the accounts afterwards. Reply to let us know you're happy for us to proceed.

Marcus
AWS Training & Certification

${gmailEn('2026-03-25 19:20', `${SOFIA.name} <${SOFIA.keep}>`)}
> IDs: ${SOFIA.keepId} (personal, keep) and ${SOFIA.srcId} (work).
>
${quote(sofiaReq)}`,
  }),
  M({
    slug: 'en-conf-quotes-mobile', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi, enc: 'utf8qp',
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-11 01:18:44'),
    note: 'consent request on top of the user\'s mobile reply',
    text: `Hi Ravi,

Got it, thanks for confirming the address. We're ready to fold ${RAVI.srcId} into ${RAVI.keepId}. Since this can't be undone, we need an explicit go-ahead from you. A short reply saying you agree is enough.

Hannah

${iosEn('2026-06-10 22:03', `${RAVI.name} <${RAVI.keep}>`)}

> yes ${RAVI.keep} is the one. its my personal gmail alias
>
> Sent from my iPhone`,
  }),
  M({
    slug: 'en-conf-multipart', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel, enc: 'utf8b64',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-07 08:55:19'),
    note: 'multipart consent request listing both accounts',
    text: `Hi Daniel,

Thanks for the screenshot, that settles the name question.

Account that stays: ${DANIEL.keepId} - ${DANIEL.keep}
Account that will be merged in and closed: ${DANIEL.srcId} - ${DANIEL.src}

This action is irreversible. Could you reply to this email to confirm you want us to go ahead?

Priyanka`,
    html: htmlWithQuote(`Hi Daniel,\n\nThanks for the screenshot, that settles the name question.\n\nAccount that stays: ${DANIEL.keepId} - ${DANIEL.keep}\nAccount that will be merged in and closed: ${DANIEL.srcId} - ${DANIEL.src}\n\nThis action is irreversible. Could you reply to this email to confirm you want us to go ahead?\n\nPriyanka`, gmailEn('2026-05-06 21:40', `${DANIEL.name} <${DANIEL.keep}>`), 'Screenshot attached. The surname on the old one is misspelled, it should be Okafor.'),
  }),
  M({
    slug: 'en-conf-reply-yes', kind: 'confirmation_request', lang: 'en', caseId: CASE.danielDup, enc: 'ascii7',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.danielDup), date: utc('2026-05-06 02:11:40'),
    note: 'short consent request: "reply YES and we will merge"',
    text: `Daniel -

Just reply YES to this message and we'll combine the two accounts listed in your request. Heads up: once done, it can't be reversed.

AWS T&C Support`,
  }),
  M({
    slug: 'en-conf-answers-question-first', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia, enc: 'ascii7',
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-27 07:40:00'),
    note: 'answers her exam-booking question, then asks her to agree to the merge',
    text: `Hi Sofia,

To your question: your exam booked for 14 April stays as it is; it will show under ${SOFIA.keep} afterwards.

With that cleared up, may we go ahead and merge ${SOFIA.srcId} into ${SOFIA.keepId}? It's a one-way operation, so we just need your OK in a reply.

Marcus

${outlookEn(`${SOFIA.name} <${SOFIA.keep}>`, '2026-03-26 17:30', SUP_ADDR, `RE: ${subj(CASE.sofia)}`)}

Before I say yes - I have an exam booked on the work account for April 14. Will that booking survive the merge?`,
  }),
  M({
    slug: 'en-conf-forged-below', kind: 'confirmation_request', lang: 'en', caseId: CASE.ravi, enc: 'utf8qp', trusted: false, auth: 'forgedBelow',
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-11 04:00:12'),
    note: 'consent request whose only pass verdict sits below the server\'s Received line: untrusted',
    text: `Hi Ravi,

Please confirm the merge by signing in here within 12 hours: http://aws-cert-confirm.example-secure.net/${CASE.ravi}

AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-to-both-addresses', kind: 'confirmation_request', lang: 'en', caseId: CASE.daniel, enc: 'ascii7',
    from: SUP, to: DANIEL.keep, cc: DANIEL.src, subject: subj(CASE.daniel), date: utc('2026-05-06 20:03:51'),
    note: 'consent request sent to both of the user\'s addresses',
    text: `Hello Daniel,

We're copying both of your addresses so nothing gets lost.

Once you give us the green light we'll merge ${DANIEL.srcId} into ${DANIEL.keepId}. Please be aware that this can't be undone. Are you OK for us to proceed?

Priyanka
AWS Training and Certification`,
  }),

  // ---------------- merge_completed (7) ----------------
  M({
    slug: 'en-merge-quotes-consent', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, enc: 'ascii7',
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-28 11:45:02'),
    note: 'merge done, above Sofia\'s quoted consent',
    text: `Hi Sofia,

Good news - ${SOFIA.srcId} has been merged into ${SOFIA.keepId}. Your certifications and your upcoming exam now appear under ${SOFIA.keep}.

Marcus
AWS Training & Certification

${gmailEn('2026-03-27 20:12', `${SOFIA.name} <${SOFIA.keep}>`)}
> Thanks Marcus, that's reassuring. Yes, I agree - please merge them.`,
  }),
  M({
    slug: 'en-merge-portal-notice', kind: 'merge_completed', lang: 'en', caseId: null, enc: 'utf8qp',
    from: PORTAL, to: RAVI.keep, subject: 'Your AWS Certification accounts have been merged', date: utc('2026-06-12 15:30:00'),
    note: 'the certification portal\'s own merge notice (no case ID)',
    text: `Hello Ravi Menon,

This is to let you know that AWS Certification account ${RAVI.srcId} has been merged into ${RAVI.keepId}.
Sign in with ${RAVI.keep} to see your certifications, exam history and benefits.

If you did not request this change, contact AWS Training and Certification support.

AWS Certification`,
    html: paras(`Hello Ravi Menon,\n\nThis is to let you know that AWS Certification account ${RAVI.srcId} has been merged into ${RAVI.keepId}.\nSign in with ${RAVI.keep} to see your certifications, exam history and benefits.\n\nIf you did not request this change, contact AWS Training and Certification support.\n\nAWS Certification`),
  }),
  M({
    slug: 'en-merge-check-everything', kind: 'merge_completed', lang: 'en', caseId: CASE.daniel, enc: 'ascii7',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.daniel), date: utc('2026-05-08 13:20:47'),
    note: 'merge reported done with a request to check everything looks right',
    text: `Hi Daniel,

We've now consolidated your two profiles; ${DANIEL.keepId} holds everything. Could you sign in and make sure the three certifications and the exam history look right to you?

Priyanka

-----Original Message-----
From: ${DANIEL.name} <${DANIEL.keep}>
Sent: Thursday, May 7, 2026 10:02 PM
To: ${SUP_ADDR}
Subject: RE: ${subj(CASE.daniel)}

Confirmed, go ahead. Thanks for your patience with the name thing.`,
  }),
  M({
    slug: 'en-merge-and-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.ravi, enc: 'utf8b64',
    from: SUP, to: RAVI.keep, subject: subj(CASE.ravi), date: utc('2026-06-12 15:12:20'),
    note: 'completion that also says the case will be closed: merge_completed',
    text: `Hi Ravi,

All done: your accounts were merged this morning, and ${RAVI.keep} is now the sign-in for ${RAVI.keepId}. Since that was the only request on this case, we'll close it now.

Hannah

${iosEn('2026-06-11 08:40', `${RAVI.name} <${RAVI.keep}>`)}
> i agree go ahead
>
> Sent from my iPhone`,
  }),
  M({
    slug: 'en-merge-html-only', kind: 'merge_completed', lang: 'en', caseId: CASE.danielDup, enc: 'utf8qp',
    from: SUP, to: DANIEL.keep, subject: subj(CASE.danielDup), date: utc('2026-05-08 13:25:10'),
    note: 'HTML-only completion on the user\'s second case',
    html: `<div style="font-family:Arial">
<p>Hello Daniel,</p>
<p>Replying on this case too so it doesn't stay open unanswered: the merge of your two certification accounts went through today. Everything is now under ${DANIEL.keep}.</p>
<p>Regards,<br>AWS Training and Certification</p>
</div>`,
  }),
  M({
    slug: 'en-merge-lookalike-authserv', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, enc: 'ascii7', trusted: false, auth: 'lookalikeServer',
    from: SUP, to: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-28 02:02:02'),
    note: 'completion wording under a look-alike authserv-id: untrusted',
    text: `Hi Sofia,

Your accounts were merged. To keep your certifications active, re-enter your payment details within 48 hours:
http://aws-cert-billing.example-renew.net/

AWS Training & Certification`,
  }),
  M({
    slug: 'en-merge-to-old-address', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia, enc: 'ascii7',
    from: SUP, to: SOFIA.src, cc: SOFIA.keep, subject: subj(CASE.sofia), date: utc('2026-03-28 11:47:30'),
    note: 'completion copy to the old work address (one of the user\'s two)',
    text: `Hello,

This is a courtesy copy to the secondary address on file: the AWS Certification account registered to this address (${SOFIA.srcId}) has been merged into ${SOFIA.keepId} and can no longer be used to sign in.

AWS Training & Certification`,
  }),
];


