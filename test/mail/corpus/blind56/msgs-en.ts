// English messages of the bc set: mail that follows, summarises or carries a phone call or a chat.
import type { Msg } from './lib.js';
import { C, CHATLOG, CREDLY_AWS, DIEGO, FORM, FORM_BARE, LENA, NOREPLY, SAM, SUPPORT_CENTER, TC_NOREPLY, chat, htmlDoc, mk, paras, quote, sfRef, sfSep, subj, to } from './common.js';

const tSam = to(SAM.name, SAM.keep);
const tLena = to(LENA.name, LENA.keep);
const tDiego = to(DIEGO.name, DIEGO.keep);

const samAsk = `Hi - following up on my call this morning. I have two certification profiles:
${SAM.keep} (${SAM.keepId}) - keep this one
${SAM.src} (${SAM.srcId}) - old agency address
Please fold the old one into the first. Sam`;

// ---------------------------------------------------------------- acknowledgement
const ack: Msg[] = [
  mk({
    slug: 'en-ack-received', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', at: '2026-11-09 16:02:44',
    from: NOREPLY, to: tSam, caseId: C.sam,
    subject: `We've received your request [Case ${C.sam}]`,
    text: `Hello Sam,

Thanks for reaching out to AWS Training and Certification. Your request is logged under case ${C.sam}.
A member of our team will email you, typically within 24 hours.

Please don't open another case for the same issue - duplicates slow things down.

This mailbox is not monitored.`,
    note: 'automatic receipt with case ID',
  }),
  mk({
    slug: 'en-ack-chat-ended', kind: 'acknowledgement', lang: 'en', enc: 'utf8qp', at: '2026-11-10 23:41:09',
    from: CHATLOG, to: tLena, caseId: C.lena, trap: true,
    subject: 'Your chat has ended - we opened a case for you',
    text: `Hi Lena,

Your chat with AWS Training and Certification has ended. So that our account team can follow up, we opened case ${C.lena}.
A copy of the conversation is included below for your records.

${chat('bracket', [
  ['11:30:02 PM', 'Lena', 'hi, I have 2 cert accounts, can they be merged?'],
  ['11:30:40 PM', 'Ravi (AWS)', 'Hi Lena! Merges are handled by our account team over email, not in chat.'],
  ['11:31:15 PM', 'Lena', 'ok. can you confirm the merge will also move my badges?'],
  ['11:32:01 PM', 'Ravi (AWS)', "They'll go through that with you. I'm creating the case now, you'll get a receipt shortly."],
])}

- AWS Training and Certification`,
    note: 'receipt of a case created when a chat ended; the customer asks about confirming and badges inside the transcript',
  }),
  mk({
    slug: 'en-ack-support-center', kind: 'acknowledgement', lang: 'en', enc: 'utf8qp', at: '2026-11-13 08:20:15',
    from: SUPPORT_CENTER, to: tDiego, caseId: C.diego,
    subject: 'AWS Support: a new case has been opened',
    text: `Hello,

A new support case has been created on your behalf.

Case ID: ${C.diego}
Subject: Certification account merge (follow-up to phone call)
Severity: General guidance

You can view the case in the Support Center. Reply to this message to add correspondence.`,
    html: htmlDoc(`<p>Hello,</p><p>A new support case has been created on your behalf.</p>
<p><b>Case ID:</b> ${C.diego}<br><b>Subject:</b> Certification account merge (follow-up to phone call)<br><b>Severity:</b> General guidance</p>
<p>You can view the case in the Support Center. Reply to this message to add correspondence.</p>`),
    note: 'support center receipt (multipart), case ID only in the body',
  }),
  mk({
    slug: 'en-ack-after-call', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', at: '2026-11-16 14:55:03',
    from: TC_NOREPLY, to: tSam, caseId: '17930045187',
    subject: 'Thanks for calling AWS Training and Certification',
    text: `Thanks for calling us today.

Reference: 17930045187
Topic: Account assistance

We've logged your call. Any follow-up will come by email to this address from our support team.
Please keep the reference above handy if you call again.`,
    note: 'automatic receipt after a phone call with the reference number',
  }),
  mk({
    slug: 'en-ack-misaligned', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', at: '2026-11-18 02:18:00',
    from: NOREPLY, to: tLena, caseId: C.lenaDup, trusted: false, auth: 'misaligned',
    subject: `Case ${C.lenaDup} created`,
    text: `Hello,

Your case ${C.lenaDup} has been created. An agent will contact you shortly.

Amazon Web Services`,
    note: 'receipt whose DKIM signature belongs to an unrelated domain; dmarc=fail',
  }),
  mk({
    slug: 'en-ack-fields-confirm', kind: 'acknowledgement', lang: 'en', enc: 'utf8b64', at: '2026-11-21 19:07:22',
    from: NOREPLY, to: tDiego, caseId: '178844512177', trap: true,
    subject: 'Submission received',
    text: `This confirms that we received your form submission.

  Name:            Diego Ruiz
  Company:         (not provided)
  Candidate ID:    ${DIEGO.keepId}
  Inquiry type:    AWS Training and Certification
  Issue:           Account merge
  Case number:     178844512177

You'll hear from an agent by email. If you already spoke with us on the phone, no need to call again.`,
    note: 'receipt that "confirms" what was received and lists the fields',
  }),
];

// ---------------------------------------------------------------- ai_answer
const ai: Msg[] = [
  mk({
    slug: 'en-ai-generated', kind: 'ai_answer', lang: 'en', enc: 'ascii7', at: '2026-11-08 18:33:41',
    from: NOREPLY, to: tSam,
    subject: 'AI-generated answer to your question',
    text: `This response was generated by AI and may contain errors.

If you have more than one AWS Certification account, you may be able to combine them yourself:
sign in to the account you want to keep, open your profile, and choose Merge Accounts.
If both accounts already hold certification history, the tool will direct you to customer support.

Didn't solve it? Select "Create case" to reach an agent, or start a chat.`,
    note: 'AI answer before any case, points to the Merge Accounts tool',
  }),
  mk({
    slug: 'en-ai-bot-transcript', kind: 'ai_answer', lang: 'en', enc: 'utf8qp', at: '2026-11-11 09:15:27',
    from: CHATLOG, to: tLena,
    subject: 'Transcript of your conversation with our virtual assistant',
    text: `Here is a copy of your conversation with the AWS Training and Certification virtual assistant.

${chat('dash', [
  ['09:12', 'Virtual assistant', 'Hi! What can I help you with today?'],
  ['09:12', 'You', 'two certification logins, want one'],
  ['09:13', 'Virtual assistant', 'You can try the self-service Merge Accounts option under your certification profile. Sign in with the account to keep, then enter the other account details.'],
  ['09:14', 'You', 'thx'],
])}

No agent joined this conversation.`,
    note: 'mailed bot transcript suggesting the self-service tool',
  }),
  mk({
    slug: 'en-ai-while-you-wait', kind: 'ai_answer', lang: 'en', enc: 'utf8b64', at: '2026-11-14 05:40:02',
    from: NOREPLY, to: tDiego, caseId: C.diego,
    subject: `[Case ${C.diego}] While you wait: suggested answer`,
    text: `Hi Diego,

While an agent reviews case ${C.diego}, here's an automatically generated suggestion based on your description:

- Duplicate certification profiles can often be combined with the Merge Accounts tool on your profile page.
- Make sure you can sign in to both accounts before you start.

If this fixes it, no action is needed. Otherwise, an agent will reply on this case.`,
    note: 'automated suggestion on an open case',
  }),
  mk({
    slug: 'en-ai-after-merge', kind: 'ai_answer', lang: 'en', enc: 'ascii7', at: '2026-11-17 12:12:58',
    from: NOREPLY, to: tSam, trap: true,
    subject: 'Answer from the AWS Training and Certification assistant',
    text: `You asked: "what happens to my badges after a merge?"

Generated answer: once two certification accounts are merged, the certifications and benefits
from the source account appear on the account you kept. Credly badges are not always moved
automatically; claim them again with the kept email address, or ask support to move them.

This answer was produced automatically.`,
    note: 'AI answer that explains merges and badge moves in general terms',
  }),
  mk({
    slug: 'en-ai-lookalike', kind: 'ai_answer', lang: 'en', enc: 'utf8qp', at: '2026-11-19 22:01:33',
    from: 'AWS Training Assistant <assistant@aws-training.help>', to: tLena, trusted: false,
    subject: 'AI answer: merge your certification accounts',
    text: `Our AI assistant suggests the following:

Use the Merge Accounts tool at https://aws-training.help/merge and sign in with BOTH accounts' passwords.

AWS Training Assistant`,
    note: 'AI-answer lookalike from aws-training.help, not a trusted domain',
  }),
  mk({
    slug: 'en-ai-html-multipart', kind: 'ai_answer', lang: 'en', enc: 'utf8qp', at: '2026-11-23 11:44:19',
    from: TC_NOREPLY, to: tDiego,
    subject: 'Here is an answer we generated for you',
    text: `Generated with AI

It looks like you have two AWS Certification profiles. Try this first:
1. Sign in to the profile you want to keep.
2. Go to Profile > Merge Accounts.
3. Enter the sign-in for the other profile and follow the prompts.

Still stuck? Create a case and an agent will help - phone and chat are available too.`,
    html: htmlDoc(`<p><i>Generated with AI</i></p><p>It looks like you have two AWS Certification profiles. Try this first:</p>
<ol><li>Sign in to the profile you want to keep.</li><li>Go to Profile &gt; Merge Accounts.</li><li>Enter the sign-in for the other profile and follow the prompts.</li></ol>
<p>Still stuck? Create a case and an agent will help - phone and chat are available too.</p>`),
    note: 'multipart AI-generated answer with tool steps',
  }),
];

// ---------------------------------------------------------------- info_request
const info: Msg[] = [
  mk({
    slug: 'en-info-after-phone', kind: 'info_request', lang: 'en', enc: 'ascii7', at: '2026-11-10 17:30:12',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Hello Sam,

As discussed on the phone today, I'll need a few things in writing before I can look at combining the profiles:

- the candidate ID for each account (starts with "AWS")
- the sign-in email for each
- which one you'd like to keep going forward

Just hit reply with those and I'll pick it up from there.

Thanks,
Morgan
AWS Training and Certification

${sfRef('8hQpL')}`,
    note: 'after a call, asks for candidate IDs, emails and which account to keep',
  }),
  mk({
    slug: 'en-info-chat-tail', kind: 'info_request', lang: 'en', enc: 'utf8qp', at: '2026-11-12 15:26:40',
    from: CHATLOG, to: tLena, caseId: C.lena,
    subject: `Chat transcript - case ${C.lena}`,
    text: `Hi Lena, here is the transcript of today's chat.

${chat('paren', [
  ['15:10', 'Lena Fischer', 'Any update on the merge?'],
  ['15:11', 'Ravi', 'Let me pull up the case... I can see your request but we are missing the old profile details.'],
  ['15:13', 'Lena Fischer', "I don't remember the ID"],
  ['15:14', 'Ravi', "No problem. Please reply to this email with the email address the old account used and, if you can find it, its candidate ID. Then we can move on."],
])}`,
    note: 'transcript whose last agent line asks for the old address and candidate ID by reply',
  }),
  mk({
    slug: 'en-info-confirm-email-trap', kind: 'info_request', lang: 'en', enc: 'ascii7', at: '2026-11-14 20:02:20',
    to: tDiego, caseId: C.diego, trap: true,
    subject: subj(C.diego),
    text: `Hi Diego,

Thanks for your time on the call. Could you please confirm which email address you'd like to keep
after the merge - ${DIEGO.keep} or ${DIEGO.src}?

Regards,
Priscilla`,
    note: '"please confirm the email address you keep" asks for information',
  }),
  mk({
    slug: 'en-info-typos', kind: 'info_request', lang: 'en', enc: 'ascii7', at: '2026-11-16 03:48:09',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Hi Sam

Sorry for the delay, I was out yesterday. Could u send me the canidate ID of the agency account
(${SAM.src})? I cant find it from the email alone and we couldnt finish that part on the phone.

thx
Morgan`,
    note: 'typo-laden request for the missing candidate ID',
  }),
  mk({
    slug: 'en-info-html-only', kind: 'info_request', lang: 'en', enc: 'utf8b64', at: '2026-11-18 21:14:51',
    to: tLena, caseId: C.lena,
    subject: subj(C.lena),
    html: htmlDoc(`<div>Hello Lena,</div><div><br></div>
<div>Following our chat, to go ahead we still need:</div>
<ul><li>the pass date of your AWS Certified Data Engineer - Associate exam</li><li>the sign-in email of the lab account</li></ul>
<div>Reply here whenever you have them.</div><div><br></div><div>Best,<br>Ravi<br>AWS Training &amp; Certification</div>`),
    note: 'HTML-only request for a pass date and the sign-in email',
  }),
  mk({
    slug: 'en-info-three-accounts', kind: 'info_request', lang: 'en', enc: 'utf8qp', at: '2026-11-20 10:05:37',
    to: tDiego, caseId: C.diego,
    subject: subj(C.diego),
    text: `Hi Diego,

In our chat on Tuesday you mentioned three certification profiles, but I only find two linked to the
addresses you gave. To move forward we'd need the email (or candidate ID) of the third one;
otherwise I can only combine the two I found.

Priscilla

${sfSep(`${DIEGO.name} <${DIEGO.keep}>`, '19 November 2026 22:10', FORM_BARE, subj(C.diego), 'Hi, any news? Diego')}`,
    note: 'restates the chat and asks for the third account without a request verb',
  }),
  mk({
    slug: 'en-info-dmarc-fail', kind: 'info_request', lang: 'en', enc: 'ascii7', at: '2026-11-22 06:30:00',
    to: tSam, caseId: C.sam, trusted: false, auth: 'fail',
    subject: subj(C.sam),
    text: `Hello,

To continue with your case, reply with both candidate IDs and the email addresses on each account.

AWS Training and Certification`,
    note: 'information request failing dmarc',
  }),
  mk({
    slug: 'en-info-resent', kind: 'info_request', lang: 'en', enc: 'ascii7', at: '2026-11-24 16:40:10',
    to: to(LENA.name, LENA.src), caseId: C.lena, forUser: false,
    resent: { from: 'mailer@lab.example.org', to: 'helpdesk@lab.example.org', date: 'Tue, 24 Nov 2026 16:41:02 +0000' },
    subject: subj(C.lena),
    text: `Hi Lena,

Per the phone call, please send us the candidate ID from your lab account so we can match the records.

Ravi`,
    note: 'info request redirected by the lab server to its helpdesk (Resent-*)',
  }),
];

// ---------------------------------------------------------------- confirmation_request
const conf: Msg[] = [
  mk({
    slug: 'en-conf-after-call', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', at: '2026-11-11 19:19:19',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Hi Sam,

Following up on our call: before I submit the merge I need your written consent on this case.
Merging is permanent and cannot be reversed.

  From: ${SAM.srcId} (${SAM.src})
  Into: ${SAM.keepId} (${SAM.keep})

If that's right, reply "I agree" and I'll send it to the team.

Morgan`,
    note: 'asks for written consent after a call; irreversible',
  }),
  mk({
    slug: 'en-conf-transcript-footer', kind: 'confirmation_request', lang: 'en', enc: 'utf8qp', at: '2026-11-13 13:58:45',
    from: CHATLOG, to: tLena, caseId: C.lena,
    subject: `Your chat transcript and next step (case ${C.lena})`,
    text: `${chat('block', [
  ['1:40 PM', 'Ravi (AWS)', 'I have both IDs now, thanks. The lab account will be merged into ' + LENA.keepId + '.'],
  ['1:41 PM', 'Lena', 'great'],
  ['1:42 PM', 'Ravi (AWS)', "I can't record consent in chat, so I'll put the question at the end of the transcript email."],
])}
----------------------------------------
Action needed: this merge cannot be undone. To authorize merging ${LENA.srcId} into ${LENA.keepId}, reply to this message with "I confirm".`,
    note: 'transcript mail whose footer asks the customer to authorize the irreversible merge',
  }),
  mk({
    slug: 'en-conf-short', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', at: '2026-11-15 09:09:50',
    to: tDiego, caseId: C.diego,
    subject: subj(C.diego),
    text: `Diego - all set on our side. OK to go ahead and combine ${DIEGO.srcId} into ${DIEGO.keepId}?
It's one-way, so just a yes/no by reply please.

Priscilla`,
    note: 'terse yes/no consent request',
  }),
  mk({
    slug: 'en-conf-b64-sfquote', kind: 'confirmation_request', lang: 'en', enc: 'utf8b64', at: '2026-11-17 07:07:07',
    to: tSam, caseId: '17930045187',
    subject: subj('17930045187'),
    text: `Hello Sam,

Thank you for the details you shared on the phone and by mail. We are ready to proceed.
Please be aware that after the accounts are combined they cannot be separated again.
Kindly reply to confirm that you authorize us to go ahead.

Best regards,
Jordan

${sfSep(`${SAM.name} <${SAM.keep}>`, '16 November 2026 15:02', FORM_BARE, subj('17930045187'), samAsk)}`,
    note: 'consent request on the call-reference case, Salesforce quote',
  }),
  mk({
    slug: 'en-conf-lookalike', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', at: '2026-11-19 04:04:04',
    from: 'AWS Support <no-reply@support-aws.com>', to: tLena, caseId: C.lena, trusted: false,
    subject: `Action required: confirm merge for case ${C.lena}`,
    text: `Hello,

As discussed in chat, please confirm the merge by signing in here within 24 hours:
https://support-aws.com/confirm?case=${C.lena}

AWS Support`,
    note: 'consent request from support-aws.com (not support.aws.com)',
  }),
  mk({
    slug: 'en-conf-outlook', kind: 'confirmation_request', lang: 'en', enc: 'utf8qp', at: '2026-11-21 12:31:08',
    to: tDiego, caseId: C.diego,
    subject: subj(C.diego),
    text: `Hi Diego,

As we went over on the phone, the two profiles you found will be merged; the third one we could not locate.
This can't be undone. Are you happy for us to continue with the two? A quick reply is enough.

Priscilla

-----Original Message-----
From: ${DIEGO.name} <${DIEGO.keep}>
Sent: Friday, November 20, 2026 7:15 PM
To: ${FORM_BARE}
Subject: ${subj(C.diego)}

Forget the third one, I can't find it. Diego`,
    note: 'consent request above an Outlook Original Message block',
  }),
  mk({
    slug: 'en-conf-multipart', kind: 'confirmation_request', lang: 'en', enc: 'utf8qp', at: '2026-11-25 18:18:18',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Hi Sam,

Sorry we kept missing each other on the phone. Rather than wait for another call: do we have your permission to merge
the agency profile into ${SAM.keepId}? Once done, this is permanent.

Morgan`,
    html: htmlDoc(paras(`Hi Sam,

Sorry we kept missing each other on the phone. Rather than wait for another call: do we have your permission to merge
the agency profile into ${SAM.keepId}? Once done, this is permanent.

Morgan`)),
    note: 'permission request by mail instead of a callback (multipart)',
  }),
];

// ---------------------------------------------------------------- merge_completed
const merged: Msg[] = [
  mk({
    slug: 'en-merged-good-news', kind: 'merge_completed', lang: 'en', enc: 'ascii7', at: '2026-11-12 22:40:31',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Good news, Sam - the two profiles are now one. Everything from ${SAM.srcId} lives under ${SAM.keepId}.
Sign in with ${SAM.keep} and have a look; let me know if anything seems off.

Morgan`,
    note: 'support says the profiles are combined; check-it line stays merge_completed',
  }),
  mk({
    slug: 'en-merged-live-chat', kind: 'merge_completed', lang: 'en', enc: 'utf8qp', at: '2026-11-15 10:31:00',
    from: CHATLOG, to: tLena, caseId: C.lena,
    subject: 'Copy of your chat with AWS Training and Certification',
    text: `Case ${C.lena}

${chat('bracket', [
  ['10:12:09', 'Lena', 'I replied "I confirm" yesterday, is it done?'],
  ['10:13:30', 'Ravi (AWS)', 'Checking now.'],
  ['10:24:51', 'Ravi (AWS)', 'Done - I just merged the lab account into ' + LENA.keepId + '. Refresh your certification page and you should see all four certifications.'],
  ['10:26:02', 'Lena', 'yes they are there!'],
])}

Chat ended at 10:26:40.`,
    note: 'transcript whose agent line says the merge was just done',
  }),
  mk({
    slug: 'en-merged-portal', kind: 'merge_completed', lang: 'en', enc: 'utf8b64', at: '2026-11-16 01:55:12',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: tDiego,
    subject: 'Your AWS Certification accounts have been merged',
    text: `Hello Diego,

Records from another AWS Certification account have been merged into account ${DIEGO.keepId}.
Your certifications, expiration dates and benefits now appear on your dashboard.

If you did not request this, contact AWS Training and Certification support.`,
    note: 'certification portal merged notice, no case ID',
  }),
  mk({
    slug: 'en-merged-will-close', kind: 'merge_completed', lang: 'en', enc: 'ascii7', at: '2026-11-19 15:15:15',
    to: tDiego, caseId: C.diego,
    subject: subj(C.diego),
    text: `Hi Diego,

The merge is complete: ${DIEGO.srcId} has been folded into ${DIEGO.keepId}. We'll close this case now;
reply within a few days if you need anything else and it will reopen.

Priscilla`,
    note: 'merge complete and the case will close: merge is the new fact',
  }),
  mk({
    slug: 'en-merged-noauth', kind: 'merge_completed', lang: 'en', enc: 'ascii7', at: '2026-11-20 08:08:08',
    from: 'AWS Training and Certification <aws.tc.merge.team@gmail.com>', to: tSam, caseId: C.sam, trusted: false,
    subject: subj(C.sam),
    text: `Hello Sam, your accounts have been merged. Sign in at the link we sent by phone to check. - AWS Training and Certification`,
    note: 'completion notice with a trusted display name on a free-mail address',
  }),
  mk({
    slug: 'en-merged-badges-pending', kind: 'merge_completed', lang: 'en', enc: 'utf8b64', at: '2026-11-22 23:12:44',
    to: tLena, caseId: C.lenaDup,
    subject: subj(C.lenaDup),
    text: `Hi Lena,

Quick update after our call: the account merge went through this afternoon and the kept profile now shows
everything. The Credly badges haven't followed yet - that part runs separately and I'll chase it.

Ravi`,
    note: 'merge went through; badges explicitly not moved yet',
  }),
  mk({
    slug: 'en-merged-multipart-quote', kind: 'merge_completed', lang: 'en', enc: 'utf8qp', at: '2026-11-26 05:50:21',
    to: tSam, caseId: '17930045187',
    subject: subj('17930045187'),
    text: `Hello Sam,

Thank you for confirming on the phone yesterday. We have now completed the merge of your certification accounts.

Best regards,
Jordan

On Wed, Nov 25, 2026 at 4:02 PM ${SAM.name} <${SAM.keep}> wrote:
${quote('Yes, go ahead, I agree. Sam')}`,
    html: htmlDoc(`<p>Hello Sam,</p><p>Thank you for confirming on the phone yesterday. We have now completed the merge of your certification accounts.</p><p>Best regards,<br>Jordan</p>
<div class="gmail_quote">On Wed, Nov 25, 2026 at 4:02 PM ${SAM.name} &lt;${SAM.keep}&gt; wrote:<blockquote>Yes, go ahead, I agree. Sam</blockquote></div>`),
    note: 'completion over a Gmail-style quote (multipart)',
  }),
];

// ---------------------------------------------------------------- badges_transferred
const badges: Msg[] = [
  mk({
    slug: 'en-badge-credly', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp', at: '2026-11-13 14:20:05',
    from: CREDLY_AWS, to: tSam,
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    text: `Sam, you've earned a badge!

Amazon Web Services Training and Certification has issued you "AWS Certified Solutions Architect - Associate".

Accept your badge:
https://www.credly.com/earner/earned/badge/a91d0e44-1c3b-4a0f-8d55-77e1b9c0f3aa

Credly`,
    html: htmlDoc(`<h2>Sam, you've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you "AWS Certified Solutions Architect - Associate".</p>
<p><a href="https://www.credly.com/earner/earned/badge/a91d0e44-1c3b-4a0f-8d55-77e1b9c0f3aa">Accept your badge</a></p><p>Credly</p>`),
    note: 'AWS badge via Credly to the kept address',
  }),
  mk({
    slug: 'en-badge-support', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', at: '2026-11-17 21:21:21',
    to: tLena, caseId: C.lenaDup,
    subject: subj(C.lenaDup),
    text: `Hi Lena,

Following up on what I promised on the call: the Credly badges are now on the profile for ${LENA.keep}.
You'll get Credly emails to accept them.

Ravi`,
    note: 'support says the badges are now on the kept profile',
  }),
  mk({
    slug: 'en-badge-chat', kind: 'badges_transferred', lang: 'en', enc: 'utf8b64', at: '2026-11-20 17:45:30',
    from: CHATLOG, to: tDiego, caseId: C.diego,
    subject: 'Your chat transcript',
    text: `Transcript - case ${C.diego}

${chat('dash', [
  ['17:30', 'Diego', 'merge worked but badges still on old email'],
  ['17:31', 'Priscilla (AWS)', 'Let me take a look.'],
  ['17:41', 'Priscilla (AWS)', "I've moved all 3 badges over to " + DIEGO.keep + ". Credly should email you within the hour."],
])}`,
    note: 'transcript where the agent says the three badges were moved',
  }),
  mk({
    slug: 'en-badge-noauth-credly', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', at: '2026-11-21 03:03:03',
    from: CREDLY_AWS, to: tSam, trusted: false, auth: 'none',
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    text: `Accept your badge: https://www.credly.com/go/Zq19xP
Amazon Web Services Training and Certification has issued you a badge.`,
    note: 'Credly-looking badge mail without authentication results',
  }),
  mk({
    slug: 'en-badge-html-two', kind: 'badges_transferred', lang: 'en', enc: 'utf8b64', at: '2026-11-24 12:34:56',
    from: CREDLY_AWS, to: tLena,
    subject: 'You have 2 new badges from Amazon Web Services Training and Certification',
    html: htmlDoc(`<p>Hi Lena,</p><p>Amazon Web Services Training and Certification has issued you 2 badges:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Data Engineer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>`),
    note: 'HTML-only Credly mail with two AWS badges to the kept address',
  }),
  mk({
    slug: 'en-badge-and-close', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', at: '2026-11-27 08:45:10',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Hi Sam,

Per our chat, the badges from the agency account have been transferred to your Credly profile under ${SAM.keep}.
That wraps things up, so I'm closing this case.

Morgan`,
    note: 'badges transferred and closing: badges_transferred',
  }),
];

// ---------------------------------------------------------------- case_closed
const closed: Msg[] = [
  mk({
    slug: 'en-closed-5days', kind: 'case_closed', lang: 'en', enc: 'ascii7', at: '2026-11-18 10:00:00',
    to: tDiego, caseId: C.diego,
    subject: subj(C.diego),
    text: `Hi Diego,

We haven't heard back since our chat. If we don't get a reply within 5 days, this case will be closed automatically.

AWS Training and Certification`,
    note: 'will auto-close in five days',
  }),
  mk({
    slug: 'en-closed-per-call', kind: 'case_closed', lang: 'en', enc: 'utf8qp', at: '2026-11-20 20:20:20',
    to: tLena, caseId: C.lenaDup,
    subject: subj(C.lenaDup),
    text: `Hi Lena,

As agreed when we spoke, I'm marking this case as resolved. You can reopen it by replying here.

Ravi`,
    note: 'case resolved as agreed on the phone',
  }),
  mk({
    slug: 'en-closed-restated', kind: 'case_closed', lang: 'en', enc: 'ascii7', at: '2026-12-03 09:30:45',
    to: tSam, caseId: '17930045187', trap: true,
    subject: subj('17930045187'),
    text: `Hello Sam,

Since your accounts were merged on November 26 as confirmed by phone, we are now closing this case.

Jordan`,
    note: 'closing that restates an earlier merge',
  }),
  mk({
    slug: 'en-closed-forgedbelow', kind: 'case_closed', lang: 'en', enc: 'ascii7', at: '2026-11-25 02:50:00',
    from: SUPPORT_CENTER, to: tDiego, caseId: C.diego, trusted: false, auth: 'forgedBelow',
    subject: `Case ${C.diego} has been resolved`,
    text: `Your case ${C.diego} has been resolved. Reopen it in the Support Center if you need more help.`,
    note: 'resolved notice whose pass verdict is below the server Received line',
  }),
  mk({
    slug: 'en-closed-support-center', kind: 'case_closed', lang: 'en', enc: 'utf8qp', at: '2026-11-28 06:06:06',
    from: SUPPORT_CENTER, to: tLena, caseId: C.lena,
    subject: `AWS Support case ${C.lena} resolved`,
    text: `Hello,

Case ${C.lena} ("Merge certification accounts - follow-up from chat") has been resolved.
If your issue isn't solved, reopen the case within 14 days.

AWS Support`,
    note: 'support center resolved notice',
  }),
  mk({
    slug: 'en-closed-inactivity', kind: 'case_closed', lang: 'en', enc: 'utf8qp', at: '2026-12-01 13:13:13',
    to: tDiego, caseId: C.diego,
    subject: subj(C.diego),
    text: `Hi Diego,

We tried to reach you by phone twice and emailed on Nov 18 without a response, so we're closing this case due to inactivity.

Priscilla`,
    html: htmlDoc(paras(`Hi Diego,

We tried to reach you by phone twice and emailed on Nov 18 without a response, so we're closing this case due to inactivity.

Priscilla`)),
    note: 'closed for inactivity after missed calls (multipart)',
  }),
];

// ---------------------------------------------------------------- support_reply
const reply: Msg[] = [
  mk({
    slug: 'en-reply-call-next-steps', kind: 'support_reply', lang: 'en', enc: 'ascii7', at: '2026-11-10 20:10:10',
    to: tDiego, caseId: C.diego, trap: true,
    subject: subj(C.diego),
    text: `Hi Diego,

As discussed on the phone: once the merge is done you'll receive an email confirming it, and any badges
that don't follow can be moved on request. For now there's nothing you need to do; I'm checking the records.

Priscilla`,
    note: 'future steps after a call (merge, confirmation, badges) announced, none happened',
  }),
  mk({
    slug: 'en-reply-chat-already-agreed', kind: 'support_reply', lang: 'en', enc: 'utf8qp', at: '2026-11-14 11:11:11',
    from: CHATLOG, to: tSam, caseId: C.sam, trap: true,
    subject: `Chat transcript for case ${C.sam}`,
    text: `${chat('bracket', [
  ['11:02 AM', "Sam O'Connor", 'I got the confirmation request and already replied "I agree" - anything else?'],
  ['11:03 AM', 'Kai (AWS)', 'Thanks Sam, I can see your reply on the case. The team is working on it.'],
  ['11:04 AM', "Sam O'Connor", 'cool'],
])}`,
    note: 'transcript where the customer mentions the confirmation; agent gives status only',
  }),
  mk({
    slug: 'en-reply-thanks-confirming', kind: 'support_reply', lang: 'en', enc: 'ascii7', at: '2026-11-15 16:16:16',
    to: tLena, caseId: C.lena, trap: true,
    subject: subj(C.lena),
    text: `Hi Lena,

Thank you for confirming. I've passed this to the team that carries out the merge and will update you here.

Ravi`,
    note: 'thanks for confirming, passed to the team',
  }),
  mk({
    slug: 'en-reply-unable', kind: 'support_reply', lang: 'en', enc: 'utf8b64', at: '2026-11-18 18:00:30',
    to: tDiego, caseId: C.diego, trap: true,
    subject: subj(C.diego),
    text: `Hi Diego,

I'm sorry - as I mentioned on the phone, we are unable to merge the third profile because it belongs to a
different legal name. The other two are unaffected.

Priscilla`,
    note: 'unable to merge one profile',
  }),
  mk({
    slug: 'en-reply-missed-call', kind: 'support_reply', lang: 'en', enc: 'ascii7', at: '2026-11-19 15:03:00',
    to: tSam, caseId: C.sam,
    subject: subj(C.sam),
    text: `Hi Sam,

I tried calling you at 3pm as requested but it went to voicemail. I'll try again tomorrow at the same time
unless you tell me a better slot.

Morgan`,
    note: 'missed callback, schedules another',
  }),
  mk({
    slug: 'en-reply-dup-cases', kind: 'support_reply', lang: 'en', enc: 'ascii7', at: '2026-11-21 07:45:00',
    to: tLena, caseId: C.lena, trap: true,
    subject: subj(C.lena),
    text: `Hi Lena,

Your chat created case ${C.lenaDup} while case ${C.lena} was already open, so I've merged the duplicate cases.
Please keep replying on ${C.lena}.

Ravi`,
    note: 'merged duplicate cases, not the accounts',
  }),
  mk({
    slug: 'en-reply-chat-summary', kind: 'support_reply', lang: 'en', enc: 'utf8qp', at: '2026-11-22 12:00:00',
    to: tSam, caseId: '17930045187', trap: true,
    subject: 'Summary of your chat with AWS Training and Certification',
    text: `Chat summary (case 17930045187)

Issue: customer requests merge of two certification accounts.
Actions taken: verified both candidate IDs.
Next steps: we will send a consent request by email; after consent the merge is completed and badges are transferred.
Agent: Jordan`,
    note: 'chat summary that only lists future steps',
  }),
  mk({
    slug: 'en-reply-html-pending', kind: 'support_reply', lang: 'en', enc: 'utf8b64', at: '2026-11-24 09:59:59',
    to: tDiego, caseId: C.diego, trap: true,
    subject: subj(C.diego),
    html: htmlDoc(`<p>Hi Diego,</p><p>Just a note after your call this morning: the merge has <b>not</b> been completed yet. It is queued and I expect it within 2-3 business days.</p><p>Priscilla</p>`),
    note: 'HTML-only status: merge not completed yet',
  }),
];

// ---------------------------------------------------------------- unrelated
const unrel: Msg[] = [
  mk({
    slug: 'en-unrel-own-agree', kind: 'unrelated', lang: 'en', enc: 'ascii7', at: '2026-11-12 08:22:10', tz: '-0500',
    from: `${SAM.name} <${SAM.keep}>`, to: FORM, cc: `${SAM.name} <${SAM.src}>`, trusted: false, auth: 'none', caseId: C.sam, trap: true,
    subject: `Re: ${subj(C.sam)}`,
    text: `I agree - please go ahead with the merge as we discussed on the phone.
Sam

Sent from my iPhone

> On Nov 11, 2026, at 2:19 PM, AWS Training and Certification <${FORM_BARE}> wrote:
>
> If that's right, reply "I agree" and I'll send it to the team.`,
    note: "the user's own consent reply from a phone, copied to the old address",
  }),
  mk({
    slug: 'en-unrel-chat-survey', kind: 'unrelated', lang: 'en', enc: 'utf8qp', at: '2026-11-15 10:40:00',
    from: 'AWS Training and Certification <tc-survey@amazon.com>', to: tLena, trap: true,
    subject: 'How did we do on your chat today?',
    text: `Hi Lena,

Was your issue resolved? Tell us about your chat with Ravi - it takes one minute.
https://survey.aws.amazon.com/s/chat-en

Thanks,
AWS Training and Certification`,
    note: 'post-chat survey',
  }),
  mk({
    slug: 'en-unrel-hashicorp', kind: 'unrelated', lang: 'en', enc: 'utf8qp', at: '2026-11-17 17:17:17',
    from: 'HashiCorp via Credly <admin@credly.com>', to: tDiego, trap: true,
    subject: 'HashiCorp has issued you a badge',
    text: `Diego, HashiCorp has issued you "HashiCorp Certified: Terraform Associate (003)".
Accept your badge: https://www.credly.com/go/HcT0aa`,
    note: 'badge from another issuer',
  }),
  mk({
    slug: 'en-unrel-agent-ooo', kind: 'unrelated', lang: 'en', enc: 'ascii7', at: '2026-11-19 09:00:00',
    to: tSam, caseId: C.sam,
    extra: ['Auto-Submitted: auto-replied'],
    subject: `Automatic reply: ${subj(C.sam)}`,
    text: `I'm out of the office until November 23 with limited access to email. Your case is still being monitored by the team.
Morgan`,
    note: "agent's out-of-office auto reply",
  }),
  mk({
    slug: 'en-unrel-subscription-closed', kind: 'unrelated', lang: 'en', enc: 'ascii7', at: '2026-11-21 21:00:00',
    from: FORM, to: tSam, caseId: C.samSub, trap: true,
    subject: `RE:[CASE ${C.samSub}] [AWS Training and Certification Form Submission] - skill-builder-subscription`,
    text: `Hi Sam,

As discussed on the phone, your Skill Builder subscription has been cancelled and the refund is complete.
I'm closing this case.

Dana`,
    note: "closing of the user's other case about a Skill Builder subscription",
  }),
  mk({
    slug: 'en-unrel-fwd-colleague', kind: 'unrelated', lang: 'en', enc: 'utf8qp', at: '2026-11-22 13:30:00', tz: '+0100',
    from: `${LENA.name} <${LENA.keep}>`, to: 'Tom Becker <tom.becker@lab.example.org>', deliveredTo: null, trusted: false, auth: 'none', forUser: false, caseId: C.lena, trap: true,
    subject: 'Fwd: Copy of your chat with AWS Training and Certification',
    text: `Tom - this is how it went for me, merged in the chat in 10 minutes. Ask for Ravi.

---------- Forwarded message ---------
From: AWS Training and Certification Chat <chat-transcripts@aws.amazon.com>
Date: Sun, Nov 15, 2026 at 11:31 AM
Subject: Copy of your chat with AWS Training and Certification
To: ${LENA.name} <${LENA.keep}>

Case ${C.lena}
[10:24:51] Ravi (AWS): Done - I just merged the lab account into ${LENA.keepId}.`,
    note: "the user's own forward of a transcript to a colleague",
  }),
  mk({
    slug: 'en-unrel-reinvent-badge', kind: 'unrelated', lang: 'en', enc: 'utf8b64', at: '2026-11-25 15:00:00',
    from: 'AWS Events <aws-events@amazon.com>', to: tDiego, trap: true,
    html: htmlDoc(`<h1>Certified? Claim your lounge access</h1><p>Show your AWS Certified badge at the lounge. Merged your accounts recently? Your badge on the kept profile works too.</p><p><a href="https://aws.amazon.com/events/">Register</a></p><p style="font-size:11px">Unsubscribe</p>`),
    subject: 'Certified? Your lounge pass is waiting',
    note: 'event marketing mentioning badges and merged accounts',
  }),
  mk({
    slug: 'en-unrel-pearson', kind: 'unrelated', lang: 'en', enc: 'ascii7', at: '2026-11-27 10:30:00',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: tLena, trusted: false, trap: true,
    subject: 'Your appointment is confirmed',
    text: `Dear Lena Fischer,

This confirms your appointment for AWS Certified Solutions Architect - Professional on 12 December 2026 at 09:00.
Online proctored. Please check in 30 minutes early.

Pearson VUE`,
    note: 'exam appointment confirmation from the test vendor',
  }),
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
