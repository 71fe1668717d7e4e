// English messages, part 1: receipts, AI answers, information and confirmation requests.
import { rfcDate, type Msg } from './lib.js';
import { mk, P, C, SUPPORT, AWS_NOTIFY, AWS_SUPPORT_DOM, form, formNew, quote, gmailEn, outlookEn, sfOriginal, sfRef, htmlDoc, paras, table, esc } from './common.js';

const sam = P.sam, lena = P.lena, raj = P.raj, alex = P.alex, priya = P.priya, maria = P.maria;

export const EN1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'sam-receipt', kind: 'acknowledgement', lang: 'en', caseId: C.sam,
    note: 'receipt: case summary of what was submitted, status unassigned, new case created',
    from: AWS_NOTIFY, to: `Sam Oduya <${sam.keep}>`, subject: `Case ${C.sam} created: Certification account merge`,
    date: rfcDate('2026-05-04 18:07:22', '-0400'), enc: 'ascii7',
    text: `Hello Sam Oduya,

Case summary
  Submitted: 4 May 2026, 6:05 PM EDT
  Category: AWS Training and Certification > Certification > Account merge
  Request: move the certifications on ${sam.src} (${sam.srcId}) into ${sam.keep} (${sam.keepId})
  Status: Unassigned

We have opened case ${C.sam} for this request. A member of the Training and Certification team will reply to this address, usually within one business day.

Please don't open a new case for the same request; duplicate cases slow us down.

Amazon Web Services`,
  }),
  mk({
    slug: 'lena-receipt-table', kind: 'acknowledgement', lang: 'en', caseId: C.lena,
    note: 'multipart receipt with a table of submitted fields; the receipt sentence sits in the middle',
    from: AWS_NOTIFY, to: lena.keep, subject: 'We received your request - AWS Training and Certification',
    date: rfcDate('2026-06-15 09:41:03', '+0200'), enc: 'utf8qp',
    text: `Hi Lena,

You told us:
  Name: Lena Fischer
  Company: (none)
  Candidate ID: ${lena.keepId}
  Details: "I have an older account from my university (${lena.src}) with one certification on it. Please combine it with my current account."

Your request is now case ${C.lena} and sits in the queue of the certification team.

What happens next: an agent reads the case and writes back here. Replying to this e-mail adds to the same case.

AWS Support`,
    html: htmlDoc(`<p>Hi Lena,</p><p>You told us:</p>
${table([['Field', 'Value'], ['Name', 'Lena Fischer'], ['Company', '(none)'], ['Candidate ID', lena.keepId], ['Details', `I have an older account from my university (${lena.src}) with one certification on it. Please combine it with my current account.`]])}
<p>Your request is now case <b>${C.lena}</b> and sits in the queue of the certification team.</p>
<p>What happens next: an agent reads the case and writes back here. Replying to this e-mail adds to the same case.</p><p>AWS Support</p>`, 'en'),
  }),
  mk({
    slug: 'raj-case-created', kind: 'acknowledgement', lang: 'en', caseId: C.raj,
    note: 'AWS Support style creation notice; the recap is the submitted text',
    from: AWS_SUPPORT_DOM, to: raj.keep, subject: `[Case ID ${C.raj}] Your support case has been created`,
    date: rfcDate('2026-07-06 10:30:51', '+0530'), enc: 'ascii7',
    text: `Dear Raj Mehta,

Your submission on 6 July 2026:
> I used my Globex e-mail (${raj.src}) for two exams and my own e-mail for a third one.
> I would like all three certifications under ${raj.keep}.

Case ID ${C.raj} has been created for the above. You can follow it in the Support Center.

Sincerely,
AWS Support`,
  }),
  mk({
    slug: 'maria-receipt-fields-html', kind: 'acknowledgement', lang: 'en', caseId: C.maria,
    note: 'HTML-only receipt that lists the fields it received; nothing is asked',
    from: AWS_NOTIFY, to: maria.keep, subject: `Thanks for contacting AWS Training and Certification (${C.maria})`,
    date: rfcDate('2026-09-07 16:12:45', '+0200'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hola Maria,</p>
<p>Here is everything that reached us with your form:</p>
<ul><li>Full name: Maria Garcia</li><li>Candidate ID: ${maria.keepId}</li><li>Second e-mail mentioned: ${esc(maria.src)}</li><li>Topic: certification account merge</li></ul>
<p>All of it is filed under case <b>${C.maria}</b>. There's nothing for you to do right now; an agent will pick the case up shortly.</p>
<p>AWS Training and Certification</p>`, 'en'),
  }),
  mk({
    slug: 'fake-receipt-en', kind: 'acknowledgement', lang: 'en', caseId: C.fakeEn, trusted: false,
    note: 'receipt from a look-alike domain (aws-certification-help.com); passes its own auth, still untrusted',
    from: 'AWS Certification Support <support@aws-certification-help.com>', to: alex.keep, subject: `Your case ${C.fakeEn} has been received`,
    date: rfcDate('2026-08-17 03:22:10', '+0000'), enc: 'ascii7',
    text: `Hello Alex,

Summary so far:
- 17 Aug: merge request received
- 17 Aug: case ${C.fakeEn} opened

To keep your place in the queue, verify your identity within 24 hours:
https://aws-certification-help.com/verify

AWS Certification Support`,
  }),
  mk({
    slug: 'priya-receipt-dkim', kind: 'acknowledgement', lang: 'en', caseId: C.priya,
    note: 'receipt authenticated by aligned DKIM only (trusted); restates the request in prose',
    from: AWS_NOTIFY, to: priya.keep, subject: `Case ${C.priya}: we've got it`, auth: 'dkimonly',
    date: rfcDate('2026-10-05 12:00:31', '+0100'), enc: 'utf8qp',
    text: `Hi Priya,

Earlier today you asked us to bring the certification history from your previous employer's account (${priya.src}) into your personal one, ${priya.keep}. That request was logged as case ${C.priya} a few minutes ago.

Current status: received, waiting for an agent.

Thanks,
Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-suggest-tool-en', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI answer mailed after the form: summary of the question, then the Merge Accounts tool',
    from: AWS_NOTIFY, to: sam.keep, subject: 'Your answer from AWS Support (AI-generated)',
    date: rfcDate('2026-05-04 18:01:14', '-0400'), enc: 'ascii7',
    text: `Here's a summary of what you told us:
"I have two AWS Certification accounts, one from my old job, and want one."

Suggested answer:
You can usually combine them yourself. Sign in to the AWS Certification account you want to keep, open your profile, and choose "Merge Accounts". Enter the login of the other account and follow the prompts.
If both accounts already hold certifications, the tool will stop and ask you to contact support. In that case choose "Create case" below.

This answer was generated by AI and may contain mistakes.`,
  }),
  mk({
    slug: 'ai-after-merge-en', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI answer explaining what happens once accounts are merged (badges, vouchers): future, stays ai_answer',
    from: AWS_NOTIFY, to: lena.keep, subject: 'AWS Support: generated answer to your question',
    date: rfcDate('2026-06-15 09:35:50', '+0200'), enc: 'utf8qp',
    text: `You asked: "Can my university certification be moved into my current account?"

Generated answer:
Yes. Once your accounts are merged, all certifications, exam history and benefits (such as the 50% exam voucher) appear on the account you keep, and the other account can no longer sign in. Credly badges are not always moved automatically; merge first, then claim the badges on Credly.
To start, try the self-service Merge Accounts tool in your certification profile.

Was this helpful? If not, create a case and an agent will help.`,
    html: htmlDoc(`<p>You asked: <i>"Can my university certification be moved into my current account?"</i></p>
<p><b>Generated answer</b></p>
${paras('Yes. Once your accounts are merged, all certifications, exam history and benefits (such as the 50% exam voucher) appear on the account you keep, and the other account can no longer sign in. Credly badges are not always moved automatically; merge first, then claim the badges on Credly.\n\nTo start, try the self-service Merge Accounts tool in your certification profile.')}
<p>Was this helpful? If not, create a case and an agent will help.</p>`, 'en'),
  }),
  mk({
    slug: 'alex-automated-on-case', kind: 'ai_answer', lang: 'en', caseId: C.alex, trap: true,
    note: 'automated response on an open case: restates the receipt, then a self-service suggestion',
    from: AWS_NOTIFY, to: alex.keep, subject: `Automated response - Case ${C.alex}`,
    date: rfcDate('2026-08-17 14:02:08', '-0700'), enc: 'ascii7',
    text: `Hi Alex,

Where things stand:
* 17 Aug, 1:55 PM: we received your case ${C.alex}
* Current status: waiting for an agent

While you wait, our virtual assistant has a suggestion: accounts without a scheduled exam can often be merged instantly with the Merge Accounts tool on the certification portal. If that works, just reply "solved" and we'll close the case.

This message was generated automatically.`,
  }),
  mk({
    slug: 'ai-kb-article-en', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI assistant suggesting a help article and the tool, restating the question',
    from: 'AWS re:Post Assistant <no-reply@support.aws.com>', to: raj.keep, subject: 'An article that may answer your question',
    date: rfcDate('2026-07-06 10:22:40', '+0530'), enc: 'utf8b64',
    text: `Hello Raj,

Your question (6 July): "3 certs spread over two emails, how to combine?"

Our assistant found this article:
  "Merging duplicate AWS Certification accounts"
  - Use Profile > Merge Accounts while signed in to the account you keep.
  - Exams booked on the other account must be taken or cancelled first.
  - If both accounts have certifications, contact Training and Certification support.

This suggestion was produced automatically by an AI model.`,
  }),
  mk({
    slug: 'ai-other-authserv', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'otherOnly',
    note: 'AI answer whose only Authentication-Results comes from another server (mx.google.com), below the trace',
    from: AWS_NOTIFY, to: priya.keep, subject: 'Suggested answer for your AWS Certification question',
    date: rfcDate('2026-10-05 11:50:12', '+0100'), enc: 'ascii7',
    text: `Question summary: two certification accounts after a job change.

Suggested answer (AI-generated):
Sign in to the account you want to keep and use the Merge Accounts tool. If it reports that both accounts have certification history, open a case with AWS Training and Certification.`,
  }),
  mk({
    slug: 'ai-flowed-chat-en', kind: 'ai_answer', lang: 'en', caseId: null, ctExtra: 'format=flowed; delsp=no',
    note: 'emailed chat transcript with the virtual assistant (format=flowed); ends with the tool suggestion',
    from: 'AWS Support Chat <no-reply@support.aws.com>', to: maria.keep, subject: 'Transcript of your chat with the AWS virtual assistant',
    date: rfcDate('2026-09-07 15:58:02', '+0200'), enc: 'utf8qp',
    text: `Transcript, 7 Sep 2026

Maria: I have one exam on my uni email and one on my personal email
Assistant: Thanks, Maria. You can combine both accounts with the Merge 
Accounts tool in your certification profile.
Maria: what if it doesn't work
Assistant: If the tool says both accounts have certification history, 
please create a case so an agent can merge them for you.

The assistant's replies are generated by AI.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'sam-info-dated', kind: 'info_request', lang: 'en', caseId: C.sam,
    note: 'dated recap, then the request for candidate IDs and login e-mails',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-05 14:20:33', '+0000'), enc: 'ascii7',
    text: `Hello Sam,

Thank you for contacting AWS Training and Certification. My name is Daniel.

To summarise: on 4 May you asked us to merge your Contoso account into ${sam.keep}; we received the request the same evening as case ${C.sam}.

Before we can go further, please reply with:
1. the AWS candidate ID of each account,
2. the e-mail address you sign in with on each, and
3. which of the two should remain.

Kind regards,
Daniel
AWS Training and Certification Customer Service
${sfRef('Sm77ab')}`,
  }),
  mk({
    slug: 'lena-info-table', kind: 'info_request', lang: 'en', caseId: C.lena,
    note: 'table of items received vs missing; the missing row is the request',
    from: SUPPORT, to: lena.keep, subject: form(C.lena),
    date: rfcDate('2026-06-16 08:05:19', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Here's where your case ${C.lena} stands:

Item                              | Status
----------------------------------+---------------------------
Request to merge                  | received 15 Jun
Candidate ID, account you keep    | received (${lena.keepId})
Candidate ID, university account  | missing
Login e-mail, university account  | received (${lena.src})

Could you send the missing candidate ID? It is printed on your exam score report and on the certificate PDF.

Thanks,
Olivia
AWS Training and Certification`,
  }),
  mk({
    slug: 'raj-info-write-from-keep', kind: 'info_request', lang: 'en', caseId: C.raj, trap: true,
    note: '"write from the address you keep" and also asks for both candidate IDs: info_request',
    from: SUPPORT, to: raj.src, cc: raj.keep, subject: form(C.raj),
    date: rfcDate('2026-07-07 06:44:10', '+0000'), enc: 'ascii7',
    text: `Hi Raj,

Recap: on 6 July we received your request (case ${C.raj}) to combine the Globex account with your personal one.

I see the form came from ${raj.src}. For security, please reply from ${raj.keep}, the address you want to keep, and include both candidate IDs (they start with "AWS") in that reply.

Regards,
Tomasz
AWS Training and Certification`,
  }),
  mk({
    slug: 'alex-info-html', kind: 'info_request', lang: 'en', caseId: C.alex, trap: true,
    note: 'HTML-only: asks which account to keep; explains what happens once merged (future)',
    from: SUPPORT, to: alex.keep, subject: form(C.alex),
    date: rfcDate('2026-08-18 17:12:45', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello Alex,</p>
<p>Quick recap: your case ${C.alex} was received on 17 August, and our assistant suggested the self-service tool the same day. You replied that the tool refused because both accounts hold certifications.</p>
<p>Once the accounts are merged, the other one cannot be used to sign in any more, so we need to be sure which one stays. <b>Please reply with the e-mail address of the account you want to keep</b> and the candidate ID of the other account.</p>
<p>Best,<br>Grace<br>AWS Training and Certification</p>`, 'en'),
  }),
  mk({
    slug: 'priya-info-confirm-address', kind: 'info_request', lang: 'en', caseId: C.priya, trap: true,
    note: '"Please confirm the e-mail address you keep" asks for information',
    from: SUPPORT, to: priya.keep, subject: form(C.priya),
    date: rfcDate('2026-10-06 10:03:27', '+0000'), enc: 'utf8b64',
    text: `Hi Priya,

Thanks for your patience. So far: we received your request on 5 October, and your form listed ${priya.keep} as the account to keep and ${priya.src} as the old one.

Your certification notifications, however, still go to a third address on the old account. Please confirm the e-mail address you would like to keep for notifications, and we can move on.

Warm regards,
Aiden
AWS Training and Certification`,
  }),
  mk({
    slug: 'maria-info-exam-dates', kind: 'info_request', lang: 'en', caseId: C.maria, trap: true,
    note: '"before we can merge" plus questions about exam dates: information request',
    from: SUPPORT, to: maria.keep, subject: form(C.maria),
    date: rfcDate('2026-09-08 12:30:00', '+0000'), enc: 'ascii7',
    text: `Dear Maria,

Let me restate the case first: on 7 September you asked us (case ${C.maria}) to combine your university account (${maria.src}) with your personal account (${maria.keep}).

Before we can merge anything, I need to match the exam records. Which exams did you take on the university account, and roughly when? A month and year is enough.

Regards,
Lucas
AWS Training and Certification`,
  }),
  mk({
    slug: 'sam-info-second-round', kind: 'info_request', lang: 'en', caseId: C.sam,
    note: 'second request: recap lists the answers received, then asks for the Skill Builder address; Gmail quote',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-06 09:15:02', '+0000'), enc: 'utf8qp',
    text: `Hello Sam,

Thanks. To bring us up to date: 4 May, request received; 5 May, I asked for IDs and logins; 5 May, you replied with ${sam.keepId} (keep) and ${sam.srcId}.

One more thing: which e-mail does your AWS Skill Builder subscription use? If it's the Contoso one, tell us and we'll note it on the case.

Daniel

${gmailEn('Tue, 5 May 2026 at 20:44', `Sam Oduya <${sam.keep}>`, `Keep: ${sam.keepId} / ${sam.keep}\nOld: ${sam.srcId} / ${sam.src}\nThanks!`)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'sam-confirm-summary', kind: 'confirmation_request', lang: 'en', caseId: C.sam,
    note: '"To summarise" recap of every step, then the consent request for the irreversible merge',
    from: SUPPORT, to: sam.keep, subject: form(C.sam),
    date: rfcDate('2026-05-07 13:02:55', '+0000'), enc: 'ascii7',
    text: `Hello Sam,

To summarise: on 4 May you asked us to merge ${sam.srcId} into ${sam.keepId}; on 5 May we asked for your candidate IDs; you replied the same day; on 6 May we asked about Skill Builder and you answered that it uses your personal address.

We're ready. Merging cannot be reversed. If you agree to merge ${sam.srcId} into ${sam.keepId}, please reply to this e-mail saying so.

Daniel`,
  }),
  mk({
    slug: 'lena-confirm-sf-quote', kind: 'confirmation_request', lang: 'en', caseId: C.lena,
    note: 'consent request with the Salesforce "Original Message" quote of the user\'s answer',
    from: SUPPORT, to: lena.keep, subject: form(C.lena),
    date: rfcDate('2026-06-17 07:41:22', '+0000'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the candidate ID. Case ${C.lena} so far: received 15 June, details requested 16 June, answered 16 June.

Merging ${lena.srcId} into ${lena.keepId} is permanent. May I go ahead? A simple "yes, please merge" in reply is enough.

Olivia

${sfOriginal(`Lena Fischer <${lena.keep}>`, '16/06/2026 21:10', 'aws-cs-trainingcertification-form@amazon.com', form(C.lena), `The university account is ${lena.srcId}.\nLena`)}`,
  }),
  mk({
    slug: 'raj-confirm-status-line', kind: 'confirmation_request', lang: 'en', caseId: C.raj,
    note: 'no question in prose: a recap and "Current status: waiting for your confirmation"',
    from: SUPPORT, to: raj.keep, subject: form(C.raj),
    date: rfcDate('2026-07-08 05:30:48', '+0000'), enc: 'ascii7',
    text: `Hi Raj,

Case ${C.raj}
- 6 Jul: request received
- 7 Jul: asked you to write from ${raj.keep} with both IDs
- 7 Jul: your reply arrived from ${raj.keep} (${raj.keepId}, ${raj.srcId})
- 8 Jul: merge prepared: ${raj.srcId} -> ${raj.keepId} (cannot be undone)

Current status: waiting for your confirmation

Tomasz`,
  }),
  mk({
    slug: 'alex-confirm-multipart', kind: 'confirmation_request', lang: 'en', caseId: C.alex,
    note: 'multipart consent request: the question first, the recap after it',
    from: SUPPORT, to: alex.keep, subject: form(C.alex),
    date: rfcDate('2026-08-19 16:55:10', '+0000'), enc: 'utf8qp',
    text: `Hello Alex,

Do we have your OK to merge ${alex.srcId} (${alex.src}) into ${alex.keepId} (${alex.keep})? This is permanent, so please reply "I agree" only if that is right.

For the record: you opened case ${C.alex} on 17 August, the tool could not help, and on 18 August you told us to keep ${alex.keep}.

Grace`,
    html: htmlDoc(`<p>Hello Alex,</p>
<p><b>Do we have your OK to merge ${alex.srcId} (${esc(alex.src)}) into ${alex.keepId} (${esc(alex.keep)})?</b> This is permanent, so please reply "I agree" only if that is right.</p>
<p style="color:#555">For the record: you opened case ${C.alex} on 17 August, the tool could not help, and on 18 August you told us to keep ${esc(alex.keep)}.</p>
<p>Grace</p>`, 'en'),
  }),
  mk({
    slug: 'priya-confirm-first', kind: 'confirmation_request', lang: 'en', caseId: C.priya,
    note: 'asks for consent up front, then restates the case',
    from: SUPPORT, to: priya.keep, subject: form(C.priya),
    date: rfcDate('2026-10-07 09:12:40', '+0000'), enc: 'utf8b64',
    text: `Hi Priya,

Please confirm that you want us to merge ${priya.srcId} into ${priya.keepId}. Once done it can't be undone, so reply only when you're sure.

Background: 5 Oct you opened case ${C.priya}; 6 Oct we asked which address should get notifications; 6 Oct you chose ${priya.keep}.

Aiden`,
  }),
  mk({
    slug: 'maria-confirm-typos', kind: 'confirmation_request', lang: 'en', caseId: C.maria,
    note: 'consent request with typos ("pleace confrim", "mergeing")',
    from: SUPPORT, to: maria.keep, subject: form(C.maria),
    date: rfcDate('2026-09-10 11:48:09', '+0000'), enc: 'ascii7',
    text: `Dear Maria,

Case recap: 7 Sep recieved, 8 Sep exam dates requested, 9 Sep you told us the uni exam was Cloud Practitioner in March 2024.

I found it on ${maria.srcId}. Pleace confrim by reply that you agree to mergeing ${maria.srcId} into ${maria.keepId}; after that it cannot be reversed.

Lucas`,
  }),
  mk({
    slug: 'forged-confirm-noauth', kind: 'confirmation_request', lang: 'en', caseId: C.fakeEn2, trusted: false, auth: 'none',
    note: 'consent request claiming to be support but without any Authentication-Results',
    from: SUPPORT, to: lena.keep, subject: form(C.fakeEn2),
    date: rfcDate('2026-06-18 02:10:39', '+0000'), enc: 'ascii7',
    text: `Hello,

To summarise: your merge request was received and your IDs were verified.

Please confirm the merge by signing in at the link below within 12 hours, otherwise the request expires:
http://aws-training-confirm.example.net/login

AWS Training and Certification`,
  }),
];

export const _unusedE1 = [formNew, quote, outlookEn];
