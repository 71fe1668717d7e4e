// heldout3: English messages. Written fresh for this set.
import { rfcDate as D, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  CREDLY_AWS_SHORT,
  DAN,
  DAN_REQ,
  LENA,
  PORTAL,
  RAJ,
  RAJ_REQ,
  SUPPORT,
  SUPPORT_BARE,
  WEI,
  WEI_REQ,
  base,
  esc,
  formSubject,
  formSubjectNew,
  htmlDoc,
  paras,
  quote,
  sfOriginal,
  sfRef,
  to,
} from './common.js';

const tcs = 'AWS Training and Certification Customer Support';

export const EN: Msg[] = [
  // ---------------------------------------------------------------- acknowledgement
  {
    ...base,
    slug: 'case-created-notice',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dan,
    note: 'AWS Support notification: case created, response time, please do not open another case',
    from: AWS_NOTIFY,
    to: to(DAN),
    subject: `Case ID ${CASE.dan} has been created`,
    date: D('2026-02-23 15:02:19', '+0000'),
    auth: 'pass2',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We've received your request and opened case ${CASE.dan}.

Subject: Certification - merge two profiles
Category: AWS Training and Certification

A support associate typically responds within 24 hours. To avoid delays, please do not create
another case for this same request; add any further details by replying to this case.

View your case:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.dan}

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
`,
  },
  {
    ...base,
    slug: 'form-receipt-one-two-days',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.lena,
    note: 'first form mail (no RE:), 1-2 business days promise, no duplicate requests',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubjectNew(CASE.lena),
    date: D('2026-02-24 08:41:57', '+0000'),
    enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-replied'],
    text: `Hello Lena,

Thank you for reaching out to AWS Training and Certification. This is an automated note to let you know your request reached us.

Case number: ${CASE.lena}

A member of our team will be in touch within 1–2 business days. Please don’t submit another request about the same issue in the meantime – duplicate requests slow things down for everyone.

Kind regards,
AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'multipart-thanks-for-contacting',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.wei,
    note: 'multipart automatic receipt with the case number',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubjectNew(CASE.wei),
    date: D('2026-03-02 02:14:00', '+0000'),
    enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Thank you for contacting AWS Training and Certification.

We have received your inquiry (Case ${CASE.wei}) and an agent will review it shortly. Responses are usually sent within one business day.

If you have already opened a case for this issue, there is no need to open another.
`,
    html: htmlDoc(
      `<p>Thank you for contacting <b>AWS Training and Certification</b>.</p>
<p>We have received your inquiry (Case <b>${CASE.wei}</b>) and an agent will review it shortly. Responses are usually sent within one business day.</p>
<p style="color:#666">If you have already opened a case for this issue, there is no need to open another.</p>`,
    ),
  },
  {
    ...base,
    slug: 'receipt-no-auth-header',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    caseId: CASE.raj,
    auth: 'none',
    note: 'receipt text but the message carries no Authentication-Results at all',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubjectNew(CASE.raj),
    date: D('2026-03-04 11:20:31', '+0000'),
    enc: 'ascii7',
    text: `We have received your request. Case ${CASE.raj}.
An associate will respond within 24 hours. Please do not open duplicate cases.
AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'receipt-copy-of-submission',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.danDup,
    trap: true,
    note: 'automatic receipt carrying a copy of the submitted form fields; requests nothing',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubjectNew(CASE.danDup),
    date: D('2026-02-23 15:20:44', '+0000'),
    enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-generated'],
    text: `This is an automatic confirmation that we received your submission.

Case: ${CASE.danDup}

Here is a copy of the information you provided:
  Name ............. Daniel Okafor
  Company .......... Northwind Traders
  Candidate ID ..... ${DAN.keepId}
  Email ............ ${DAN.keep}
  Inquiry type ..... Certification > Account assistance
  Description ...... two profiles, want one

No action is needed from you right now. Our team will follow up.
`,
  },
  {
    ...base,
    slug: 'lf-inquiry-id-in-body',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.wei,
    crlf: false,
    note: 'LF-only receipt; neutral subject, case ID only in the body',
    from: SUPPORT,
    to: to(WEI, 'src'),
    subject: 'Your AWS Training and Certification inquiry',
    date: D('2026-03-02 02:14:05', '+0000'),
    enc: 'ascii7',
    text: `Hi Chen,

Your inquiry has been logged under reference ${CASE.wei}.
Our agents work through requests in the order received; expect a reply within 48 hours.

-- AWS T&C Support (automated message, replies to this address are monitored)
`,
  },
  {
    ...base,
    slug: 'receipt-dmarc-fail',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    caseId: CASE.lena,
    auth: 'fail',
    note: 'receipt text with dmarc=fail for amazon.com',
    from: AWS_NOTIFY,
    to: to(LENA),
    subject: `Case ${CASE.lena} opened`,
    date: D('2026-02-24 09:00:00', '+0000'),
    enc: 'ascii7',
    text: `Your case ${CASE.lena} has been opened. A support agent will reply within 24 hours.
Amazon Web Services
`,
  },

  // ---------------------------------------------------------------- ai_answer
  {
    ...base,
    slug: 'ai-generated-profile-merge',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI-generated answer suggesting Profile > Merge Accounts',
    from: AWS_NOTIFY,
    to: to(LENA),
    subject: 'Answer to your question about AWS Certification accounts',
    date: D('2026-02-24 08:39:10', '+0000'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Here's an answer generated by AI based on what you described.

You can usually combine two AWS Certification accounts yourself:
  1. Sign in to the account you want to keep.
  2. Go to Profile > Merge Accounts.
  3. Enter the credentials of the other account and follow the prompts.

If both accounts have certification history, the tool can't complete the request and you'll need to
create a case so an agent can help.

Generative AI can make mistakes. Verify important information.
`,
  },
  {
    ...base,
    slug: 'automatic-response-steps',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.raj,
    note: 'automatically generated response with self-help steps on the case',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-04 11:25:02', '+0000'),
    enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-generated'],
    text: `This response was generated automatically and may not fully address your question.

Based on your message, these resources may help:
• Merging AWS Certification accounts (Certification FAQ)
• Signing in with AWS Builder ID
• Claiming your digital badge on Credly

If none of these resolve your issue, no action is needed – an agent will still review your case.
`,
  },
  {
    ...base,
    slug: 'ai-what-happens-after',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.wei,
    trap: true,
    note: 'AI answer describing what a merge does to certifications and badges; stays ai_answer',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-02 02:15:30', '+0000'),
    enc: 'ascii7',
    text: `[Automated answer - generated by AI]

When two certification accounts are merged, the certifications, exam history and benefits from the
secondary account appear in the primary account, and the secondary login stops working.
Credly badges are not always moved automatically; after a merge you may need to claim them again
with the primary email address.

To start, try the Merge Accounts option in your certification profile. If it is not available to you,
please wait for an agent to respond on this case.
`,
  },
  {
    ...base,
    slug: 'suggested-solution-multipart',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'multipart "suggested solution" from the support assistant pointing to the self-service tool',
    from: AWS_NOTIFY,
    to: to(DAN),
    subject: 'Suggested solution from AWS Support',
    date: D('2026-02-23 14:58:44', '+0000'),
    enc: 'utf8qp',
    text: `Suggested solution

Looks like you want to consolidate two certification profiles. The self-service Merge Accounts tool in the AWS Certification portal handles most cases in a few minutes.

Didn't help? Choose "Create case" to reach a person.
`,
    html: htmlDoc(
      `<h3>Suggested solution</h3>
<p>Looks like you want to consolidate two certification profiles. The self-service <b>Merge Accounts</b> tool in the AWS Certification portal handles most cases in a few minutes.</p>
<p>Didn't help? Choose <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a> to reach a person.</p>`,
    ),
  },
  {
    ...base,
    slug: 'forged-pass-ai-answer',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    caseId: null,
    auth: 'forgedBelow',
    note: "AI-answer text; the pass verdict sits below the server's Received line (forged)",
    from: AWS_NOTIFY,
    to: to(RAJ),
    subject: 'Automated answer: merging certification accounts',
    date: D('2026-03-04 12:00:00', '+0000'),
    enc: 'ascii7',
    text: `Automated answer: you can merge your accounts with our self-service tool here:
https://aws-merge-tool.example.com/start
`,
  },
  {
    ...base,
    slug: 'virtual-assistant-short',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.lena,
    note: 'short virtual-assistant message on the case suggesting the merge tool',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-24 08:42:30', '+0000'),
    enc: 'ascii7',
    text: `Hi, I'm the AWS T&C virtual assistant.
Quick tip while you wait: if only one of your two accounts has a certification on it, the Merge Accounts
tool in your certification profile can combine them right away. Otherwise an agent will pick this up.
`,
  },
  {
    ...base,
    slug: 'html-only-ai-helpful',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'HTML-only generative AI answer with a feedback prompt',
    from: AWS_NOTIFY,
    to: to(WEI),
    subject: 'Here is what we found',
    date: D('2026-03-02 02:10:12', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div style="border-left:4px solid #0972d3;padding-left:12px">
<p><i>Generated by Amazon Q</i></p>
<p>To combine duplicate AWS Certification accounts, sign in at <a href="https://www.aws.training">aws.training</a>, open your certification profile and select <b>Merge Accounts</b>. You'll need the email and password of the account you're merging in.</p>
<p>Was this answer helpful? <a href="#">Yes</a> | <a href="#">No</a></p>
</div>`,
    ),
  },

  // ---------------------------------------------------------------- info_request
  {
    ...base,
    slug: 'send-ids-and-primary',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'asks for each candidate ID and which email should remain primary',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-24 17:30:11', '+0000'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thanks for getting in touch, my name is Aisha and I'll be helping you today.

Could you send us the candidate ID for each account, and let us know which email address should
remain the primary one afterwards?

Best,
Aisha
${tcs}

${sfRef('9xLmB')}

${sfOriginal(DAN.keep, '2/23/2026 3:01 PM', SUPPORT_BARE, 'AWS Training and Certification Form Submission', DAN_REQ)}
`,
  },
  {
    ...base,
    slug: 'confirm-address-of-kept',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'worded with "confirm", but asks for the address of the account to keep: information request',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-25 10:04:48', '+0000'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thank you for your patience.

Before I can go further, please confirm the email address associated with the account you’d like to keep, and the one you’d like us to retire. I can see a few profiles under similar names, so I want to be certain.

Warm regards,
Mateo
${tcs}
`,
  },
  {
    ...base,
    slug: 'html-screenshot-profile',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.wei,
    note: 'HTML reply asking for screenshots of both certification profiles',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-03 06:12:40', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div>Dear Chen Wei,<br><br>
To verify ownership, would you be able to attach a screenshot of the <b>Certification profile page</b> for each account (${WEI.keepId} and ${WEI.srcId})? Please make sure your name and candidate ID are visible.<br><br>
Sincerely,<br>Olga<br>${esc(tcs)}</div>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${paras(WEI_REQ)}</blockquote></div>`,
    ),
  },
  {
    ...base,
    slug: 'numbered-list-outlook-quote',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    note: 'numbered list of details needed; Outlook quote of the user',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-05 04:31:00', '+0000'),
    enc: 'ascii7',
    text: `Hello Rajesh,

To proceed we need the following:
 1) Candidate ID of the Initech account
 2) Candidate ID of the personal account
 3) The full name exactly as it appears on each profile

Thank you,
Priyanka
${tcs}

From: Rajesh Iyer <${RAJ.keep}>
Sent: Wednesday, March 4, 2026 4:50 PM
To: ${SUPPORT_BARE}
Subject: [AWS Training and Certification Form Submission] - account-assistance

${RAJ_REQ}
`,
  },
  {
    ...base,
    slug: 'casual-whats-the-other-address',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.danDup,
    note: 'casual agent asks for the other account\'s email',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.danDup),
    date: D('2026-02-24 18:05:00', '+0000'),
    enc: 'ascii7',
    text: `Hey Dan,

Quick one: what's the email on the Northwind profile? I'm only finding the personal one on my side.

Cheers,
Sam (T&C support)
`,
  },
  {
    ...base,
    slug: 'gmail-display-name-asks-ids',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.wei,
    note: 'trusted display name on a free-mail address asking for IDs and passwords',
    from: 'AWS Training and Certification <awstrainingcert.support@gmail.com>',
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-03 09:12:00', '+0800'),
    enc: 'ascii7',
    text: `Dear Customer,

To finalize your request please reply with both candidate IDs, login emails and passwords.

AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'need-this-then-we-merge',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.lena,
    note: 'asks for the candidate ID of the university account; the merge is only promised afterwards',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-26 13:13:13', '+0000'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks, that helps. One more thing: the candidate ID for the account registered to ${LENA.src}. It starts with "AWS" followed by eight digits and is on the profile page.

Once we have this, we'll get the two profiles combined for you.

Mateo

On Wed, Feb 25, 2026 at 11:47 AM Lena Fischer <${LENA.keep}> wrote:
${quote('Please keep ' + LENA.keep + ' - the university one can go.')}
`,
  },
  {
    ...base,
    slug: 'cannot-merge-until-name-matches',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.raj,
    trap: true,
    note: 'negated merge ("unable to merge until...") while asking for ID documents: information request',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-06 02:02:02', '+0000'),
    enc: 'ascii7',
    text: `Hi Rajesh,

We're unable to merge the accounts until the names match: one profile says "Rajesh Iyer" and the other
"R. Iyer". Could you send a photo of a government-issued ID showing your full name, so we can update the
second profile first?

Priyanka
`,
  },

  // ---------------------------------------------------------------- confirmation_request
  {
    ...base,
    slug: 'reply-i-authorize',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'asks for the reply "I authorize the merge"; permanent',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-25 16:40:00', '+0000'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thank you for the details. Here is what will happen:

  Kept:    ${DAN.keepId} (${DAN.keep})
  Retired: ${DAN.srcId} (${DAN.src})

This action is permanent. If you'd like us to go ahead, please reply with the words
"I authorize the merge".

Aisha
${tcs}
`,
  },
  {
    ...base,
    slug: 'if-correct-just-reply',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.lena,
    note: 'if the details are right, a reply is enough to proceed; cannot be undone',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-27 09:50:21', '+0000'),
    enc: 'utf8qp',
    text: `Hi Lena,

I've lined everything up:
– ${LENA.srcId} (${LENA.src}) → ${LENA.keepId} (${LENA.keep})

If the details above are correct, simply reply to this email and we'll proceed. Please bear in mind that it can’t be undone afterwards.

Mateo
`,
  },
  {
    ...base,
    slug: 'do-we-have-your-go-ahead',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.danDup,
    note: 'casual: asks for the go-ahead before combining, no undo',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.danDup),
    date: D('2026-02-25 19:19:19', '+0000'),
    enc: 'ascii7',
    text: `Dan - found it, thanks. Northwind profile ${DAN.srcId} goes into ${DAN.keepId}.
Do we have your go-ahead? Heads up there's no undo on this one.
Sam
`,
  },
  {
    ...base,
    slug: 'kindly-provide-consent',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.wei,
    note: 'formal request for consent to the irreversible merge (plain + HTML)',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-04 05:45:00', '+0000'),
    enc: 'utf8qp',
    text: `Dear Chen Wei,

Thank you for the screenshots. We are now in a position to consolidate your records into ${WEI.keepId}.

Kindly provide your written consent by responding to this message. Please be advised that once completed, this action cannot be reversed.

Yours sincerely,
Olga
${tcs}
`,
    html: htmlDoc(
      `<p>Dear Chen Wei,</p>
<p>Thank you for the screenshots. We are now in a position to consolidate your records into ${WEI.keepId}.</p>
<p>Kindly provide your <b>written consent</b> by responding to this message. Please be advised that once completed, this action cannot be reversed.</p>
<p>Yours sincerely,<br>Olga<br>${esc(tcs)}</p>`,
    ),
  },
  {
    ...base,
    slug: 'html-need-your-approval',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.raj,
    note: 'HTML-only: needs the user\'s approval before the profiles are combined',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-07 03:27:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>Hi Rajesh,</p>
<p>Thanks for the ID, the names now match. We need your approval before we combine <b>${RAJ.srcId}</b> into <b>${RAJ.keepId}</b>.<br>
Just reply "approved" (or anything to that effect). Note the old profile will no longer be accessible and this can't be rolled back.</p>
<p>Priyanka<br>${esc(tcs)}</p>
<div id="divRplyFwdMsg"><hr><b>From:</b> Rajesh Iyer &lt;${RAJ.keep}&gt;<br><b>Sent:</b> Friday, March 6, 2026 8:15 PM<br><b>Subject:</b> RE: ${esc(formSubject(CASE.raj))}</div>
<div>ID attached.</div>`,
    ),
  },
  {
    ...base,
    slug: 'lookalike-authserv-consent',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.dan,
    auth: 'lookalikeServer',
    note: 'consent request whose top A-R comes from a look-alike authserv-id',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-25 21:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hello Daniel, please reply YES to approve merging your accounts. This cannot be undone.
AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'resent-old-work-consent',
    kind: 'confirmation_request',
    lang: 'en',
    forUser: false,
    caseId: CASE.wei,
    note: 'consent request sent to the old work address and redirected by Globex IT (Resent-*)',
    from: SUPPORT,
    to: to(WEI, 'src'),
    subject: formSubject(CASE.wei),
    date: D('2026-03-04 05:45:10', '+0000'),
    enc: 'ascii7',
    resent: { from: 'mailadmin@globex.example.com', to: 'offboarding-queue@globex.example.com', date: D('2026-03-04 13:46:00', '+0800') },
    text: `Dear Chen Wei,

Please reply to confirm that you agree to the merge of ${WEI.srcId} into ${WEI.keepId}. It is irreversible.

Olga
${tcs}
`,
  },

  // ---------------------------------------------------------------- merge_completed
  {
    ...base,
    slug: 'now-consolidated-into-one',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dan,
    note: 'the two accounts are now consolidated into one',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-26 22:08:09', '+0000'),
    enc: 'ascii7',
    text: `Hello Daniel,

Good news - your two accounts are now consolidated into one. Going forward, please sign in with
${DAN.keep}; everything from ${DAN.srcId} lives under ${DAN.keepId}.

Aisha
${tcs}

${sfRef('9xLmB')}
`,
  },
  {
    ...base,
    slug: 'gone-ahead-and-merged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.danDup,
    note: 'casual: the agent went ahead and merged the profiles',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.danDup),
    date: D('2026-02-26 01:03:00', '+0000'),
    enc: 'ascii7',
    text: `Dan, I've gone ahead and merged them. Log out/in and you should see all three certs.
Sam

On Wed, Feb 25, 2026 at 2:33 PM, Daniel Okafor <${DAN.keep}> wrote:
> Go ahead!
`,
  },
  {
    ...base,
    slug: 'portal-accounts-merged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: "certification portal's own notice: your accounts have been merged (no case ID)",
    from: PORTAL,
    to: to(LENA),
    subject: 'Your AWS Certification accounts have been merged',
    date: D('2026-02-28 04:00:12', '+0000'),
    enc: 'utf8qp',
    text: `Hello Lena Fischer,

Your AWS Certification accounts have been merged. All certifications, exam history and benefits are now available under ${LENA.keep}.

Sign in: https://www.aws.training/Certification

AWS Training and Certification
`,
    html: htmlDoc(
      `<p>Hello Lena Fischer,</p><p>Your AWS Certification accounts have been merged. All certifications, exam history and benefits are now available under ${esc(LENA.keep)}.</p><p><a href="https://www.aws.training/Certification">Sign in</a></p><p>AWS Training and Certification</p>`,
    ),
  },
  {
    ...base,
    slug: 'processed-successfully-qp',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.wei,
    note: 'the merge request for the two candidate IDs was processed successfully',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-05 01:22:33', '+0000'),
    enc: 'utf8qp',
    text: `Dear Chen Wei,

Thank you for your consent. The merge request for ${WEI.keepId} and ${WEI.srcId} was processed successfully on 5 March 2026. ${WEI.keepId} is now your only active profile.

Yours sincerely,
Olga
${tcs}
`,
  },
  {
    ...base,
    slug: 'dkim-fail-merged',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    caseId: CASE.raj,
    auth: 'dkimFail',
    note: 'completion text with dkim=fail and dmarc=fail',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-07 08:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Rajesh, your accounts have been merged. Sign in here to verify: https://aws-training-verify.example.net
`,
  },
  {
    ...base,
    slug: 'done-please-check-lf',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.lena,
    crlf: false,
    note: 'merge done, please check that everything looks right, case will be marked resolved (LF line ends)',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-28 03:41:05', '+0000'),
    enc: 'utf8b64',
    text: `Hi Lena,

All done: the university profile has been folded into ${LENA.keepId}. Please sign in and check that both CLF-C02 and SAA-C03 look right. I'll mark this case as resolved in a few days unless you tell me otherwise.

Mateo
`,
  },
  {
    ...base,
    slug: 'history-now-appears-html',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.raj,
    note: 'HTML: certification history from the old profile now appears under the kept one',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-08 02:58:47', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>Hi Rajesh,</p>
<p>Thanks for approving. Your certification history from ${RAJ.srcId} now appears under ${RAJ.keepId}, and the Initech login has been deactivated.</p>
<p>Priyanka<br>${esc(tcs)}</p>`,
    ),
  },

  // ---------------------------------------------------------------- badges_transferred
  {
    ...base,
    slug: 'credly-accept-saa',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address: Accept your badge',
    from: CREDLY_AWS,
    to: to(DAN),
    subject: 'Daniel, you earned a badge from Amazon Web Services Training and Certification',
    date: D('2026-02-27 14:22:10', '+0000'),
    enc: 'utf8qp',
    text: `Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect – Associate

Accept your badge: https://www.credly.com/earner/earned/badge/a4c9e0b1-3f7d-4d22-8e55-91b0f6c2d7e3

Credly
`,
    html: htmlDoc(
      `<p>Congratulations, Daniel!</p><p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Solutions Architect – Associate</b></p><p><a href="https://www.credly.com/earner/earned/badge/a4c9e0b1-3f7d-4d22-8e55-91b0f6c2d7e3">Accept your badge</a></p>`,
    ),
  },
  {
    ...base,
    slug: 'credly-two-new-badges-html',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly (HTML only): two AWS badges issued to the kept address',
    from: CREDLY_AWS_SHORT,
    to: to(LENA),
    subject: "You've been issued 2 new badges",
    date: D('2026-03-01 07:07:07', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>Hi Lena,</p>
<p>Amazon Web Services has issued you 2 new badges:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 20px;">Accept your badges</a></p>`,
    ),
  },
  {
    ...base,
    slug: 'support-badges-moved',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.wei,
    note: 'support says the Credly badges now sit on the primary email',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-06 03:03:30', '+0000'),
    enc: 'ascii7',
    text: `Dear Chen Wei,

Following up on your question about Credly: your badges have been moved to ${WEI.keep}. If you sign
in to Credly with that address you will find all of them on your dashboard.

Olga

-----Original Message-----
From: Chen Wei <${WEI.keep}>
Sent: Thursday, March 5, 2026 6:10 PM
To: ${SUPPORT_BARE}
Subject: RE: ${formSubject(CASE.wei)}

Thanks! The certs are there but my Credly badges still show under the Globex email.
`,
  },
  {
    ...base,
    slug: 'badges-transferred-closing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.dan,
    note: 'support announces the badges were transferred and closes the case',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-28 18:18:18', '+0000'),
    enc: 'utf8qp',
    text: `Hi Daniel,

I’ve transferred your three Credly badges to ${DAN.keep}; they’re showing on your profile now. With that, I’ll close this case – thanks for your patience!

Aisha
`,
  },
  {
    ...base,
    slug: 'credly-no-auth-results',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    caseId: null,
    auth: 'none',
    note: 'Credly-style AWS badge mail with no Authentication-Results',
    from: CREDLY_AWS,
    to: to(RAJ),
    subject: 'Accept your badge from Amazon Web Services Training and Certification',
    date: D('2026-03-08 10:10:10', '+0000'),
    enc: 'ascii7',
    text: `Amazon Web Services Training and Certification issued you a badge. Accept your badge: https://www.credly.com/earner/earned
`,
  },
  {
    ...base,
    slug: 'credly-badge-reissued',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly: an AWS badge was re-issued to the kept email',
    from: CREDLY_AWS,
    to: to(WEI),
    subject: 'Your badge has been reissued: AWS Certified Developer – Associate',
    date: D('2026-03-06 05:30:00', '+0000'),
    enc: 'utf8b64',
    text: `Hi Chen,

Amazon Web Services Training and Certification has reissued your AWS Certified Developer – Associate badge to this email address.

Accept your badge: https://www.credly.com/earner/earned/badge/c1d2e3f4

The Credly Team
`,
  },
  {
    ...base,
    slug: 'reissued-to-primary',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.raj,
    note: 'support re-issued the badges to the primary email (Credly notices to follow)',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-09 01:01:01', '+0000'),
    enc: 'ascii7',
    text: `Hi Rajesh,

Sorted: I've re-issued your AWS badges to ${RAJ.keep}. Credly will email you for each one, and the old
copies under the Initech address have been revoked.

Priyanka
`,
  },

  // ---------------------------------------------------------------- case_closed
  {
    ...base,
    slug: 'notify-case-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dan,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY,
    to: to(DAN),
    subject: `Case ${CASE.dan} has been resolved`,
    date: D('2026-02-28 18:20:00', '+0000'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `Hello,

Case ${CASE.dan} has been resolved. If you need further help with this issue, you can reopen the case
from the Support Center within 14 days.

Amazon Web Services
`,
  },
  {
    ...base,
    slug: 'no-reply-close-72-hours',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lena,
    note: 'will close automatically in 72 hours without a reply',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-25 09:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Lena,

We haven’t heard back from you yet. If we don’t receive a reply, this case will be closed automatically in 72 hours. You’re welcome to write back at any time before then.

AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'closing-restates-earlier-merge',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.wei,
    trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-10 02:00:00', '+0000'),
    enc: 'ascii7',
    text: `Dear Chen Wei,

As your accounts were merged on 5 March and your badges followed the next day, we are now closing
this case. Should anything else come up, please open a new request.

Olga
${tcs}
`,
  },
  {
    ...base,
    slug: 'marking-resolved-multipart',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.danDup,
    note: 'agent marks the case resolved (plain + HTML)',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.danDup),
    date: D('2026-02-27 12:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Dan,

Since everything is working now, I'm marking this case as resolved. Reply here if you need us again.

Sam
`,
    html: htmlDoc(`<p>Hi Dan,</p><p>Since everything is working now, I'm marking this case as resolved. Reply here if you need us again.</p><p>Sam</p>`),
  },
  {
    ...base,
    slug: 'other-authserv-on-top-closed',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    caseId: CASE.raj,
    auth: 'otherTop',
    note: "closing text; a foreign relay's pass A-R is on top and the server's own says fail",
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-09 15:15:15', '+0000'),
    enc: 'ascii7',
    text: `Your case has been closed. Thank you for contacting AWS Training and Certification.
`,
  },
  {
    ...base,
    slug: 'html-status-resolved',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.lena,
    note: 'HTML notification: case status Resolved',
    from: AWS_NOTIFY,
    to: to(LENA),
    subject: `Case ${CASE.lena} status update`,
    date: D('2026-03-03 09:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<table cellpadding="6"><tr><td>Case ID</td><td>${CASE.lena}</td></tr><tr><td>Status</td><td><b>Resolved</b></td></tr><tr><td>Subject</td><td>account-assistance</td></tr></table>
<p>This case was resolved. You can reopen it within 14 days from the <a href="https://support.console.aws.amazon.com/support/home">Support Center</a>.</p>`,
    ),
  },
  {
    ...base,
    slug: 'closing-this-one-out-resent',
    kind: 'case_closed',
    lang: 'en',
    forUser: false,
    caseId: CASE.raj,
    note: 'short closing note sent to the old work address and redirected by Initech (Resent-*)',
    from: SUPPORT,
    to: to(RAJ, 'src'),
    subject: formSubject(CASE.raj),
    date: D('2026-03-10 04:04:04', '+0000'),
    enc: 'ascii7',
    resent: { from: 'postmaster@initech.example.com', to: 'former-staff@initech.example.com', date: D('2026-03-10 09:35:00', '+0530') },
    text: `Closing this one out - thanks Rajesh!
Priyanka
`,
  },

  // ---------------------------------------------------------------- support_reply
  {
    ...base,
    slug: 'thanks-passed-to-backend',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'thanks for confirming, passed to the back-end team; nothing merged yet',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-26 09:12:00', '+0000'),
    enc: 'ascii7',
    text: `Hello Daniel,

Thank you for confirming. I've passed your request to our back-end team, who handle the account
consolidation itself. You'll hear from us as soon as they're done.

Aisha
`,
  },
  {
    ...base,
    slug: 'unable-exam-scheduled',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'negated: unable to merge while an exam is scheduled on the old account; asks for nothing',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-26 08:08:08', '+0000'),
    enc: 'utf8qp',
    text: `Hi Lena,

Unfortunately we’re unable to merge the accounts at the moment: there’s an exam appointment (DVA-C02, 12 March) booked on the university profile. Merges can only run when no exam is scheduled. Once you’ve sat the exam, just let us know on this case and we’ll pick it up again.

Mateo
`,
  },
  {
    ...base,
    slug: 'merged-your-two-cases',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'the two support cases were merged into one; not the account merge',
    from: SUPPORT,
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: D('2026-02-24 17:10:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Daniel,

I noticed you opened two cases (${CASE.dan} and ${CASE.danDup}) for the same request, so I merged
them into this one. No need to do anything; we'll continue here.

Aisha
`,
  },
  {
    ...base,
    slug: 'voucher-transfer-answer',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.wei,
    note: 'answers a question about an unused exam voucher',
    from: SUPPORT,
    to: to(WEI),
    subject: formSubject(CASE.wei),
    date: D('2026-03-03 03:30:00', '+0000'),
    enc: 'ascii7',
    text: `Dear Chen Wei,

Regarding your question: the 50% discount voucher earned with your Developer certification stays valid
until its printed expiry date and can be used from either profile at the moment. It appears under the
Benefits tab.

Olga
`,
  },
  {
    ...base,
    slug: 'apologies-still-working-spf-only',
    kind: 'support_reply',
    lang: 'en',
    trusted: false,
    caseId: CASE.raj,
    auth: 'spfOnly',
    note: 'status update, but only spf=pass (no DKIM, dmarc=none): not enough for trust',
    from: SUPPORT,
    to: to(RAJ),
    subject: formSubject(CASE.raj),
    date: D('2026-03-05 14:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Rajesh, apologies for the wait, we're still looking into this and will update you shortly.
`,
  },
  {
    ...base,
    slug: 'once-done-you-will-get-email',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.lena,
    trap: true,
    note: 'future: "once the merge is done you will receive an email"; in progress, nothing done',
    from: SUPPORT,
    to: to(LENA),
    subject: formSubject(CASE.lena),
    date: D('2026-02-27 15:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Lena,

Thanks for the quick reply! The request is queued with our specialists. Once the merge is done you’ll receive an email from the certification portal, typically within 1–3 business days.

Mateo

On Fri, 27 Feb 2026 at 14:21, Lena Fischer <${LENA.keep}> wrote:
${quote('Yes, that is correct. Please go ahead.')}
`,
  },
  {
    ...base,
    slug: 'write-from-kept-address',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.wei,
    trap: true,
    note: 'asks the user to write from the address to keep, without asking for data: support_reply',
    from: SUPPORT,
    to: to(WEI, 'src'),
    subject: formSubject(CASE.wei),
    date: D('2026-03-02 08:20:00', '+0000'),
    enc: 'ascii7',
    text: `Dear Chen Wei,

For security reasons we can only action merge requests that come from the email address of the
account being kept. Please reply to this case from that address.

Olga
`,
  },
  {
    ...base,
    slug: 'reply-to-someone-else',
    kind: 'support_reply',
    lang: 'en',
    forUser: false,
    caseId: '1790044118',
    note: "a support reply on another customer's case, addressed to that person",
    from: SUPPORT,
    to: 'Tomasz Nowak <t.nowak@example.pl>',
    subject: formSubject('1790044118'),
    date: D('2026-03-01 10:10:10', '+0000'),
    enc: 'ascii7',
    text: `Hi Tomasz,

Your request has been escalated to our certification operations team. Expect an update in 3-5 business days.

Aisha
`,
  },

  // ---------------------------------------------------------------- unrelated
  {
    ...base,
    slug: 'csat-was-issue-resolved',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    crlf: false,
    note: 'survey: "Was your issue resolved?"',
    from: 'AWS Support Feedback <aws-support-feedback@amazon.com>',
    to: to(DAN),
    subject: `How did we do? Case ${CASE.dan}`,
    date: D('2026-03-01 20:00:00', '+0000'),
    enc: 'ascii7',
    extra: ['Precedence: bulk'],
    text: `Hi Daniel,

Was your issue resolved? Tell us about your recent experience with case ${CASE.dan}.
It takes under a minute: https://survey.aws.amazon.com/s/en?case=${CASE.dan}

AWS Support
`,
  },
  {
    ...base,
    slug: 'hashicorp-via-credly',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: to(LENA),
    subject: 'Lena, you earned a badge from HashiCorp',
    date: D('2026-02-20 16:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Congratulations, Lena!

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/earner/earned/badge/77aa
`,
    html: htmlDoc(`<p>Congratulations, Lena!</p><p>HashiCorp has issued you a badge: <b>HashiCorp Certified: Terraform Associate (003)</b></p><p><a href="https://www.credly.com/earner/earned/badge/77aa">Accept your badge</a></p>`),
  },
  {
    ...base,
    slug: 'exam-results-available',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'exam results notice from the certification portal',
    from: PORTAL,
    to: to(WEI),
    subject: 'Your AWS Certification exam results are available',
    date: D('2026-03-07 06:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hello Chen Wei,

Your results for AWS Certified Security - Specialty (SCS-C02) are now available in your AWS Certification account.
Congratulations on completing the exam.

AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'marketing-merge-your-skills',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'marketing newsletter using "merge" and "badge" words',
    from: 'AWS Training and Certification <aws-training-news@aws.amazon.com>',
    to: to(RAJ),
    subject: 'Merge your skills: new learning plans + earn a badge',
    date: D('2026-03-03 16:00:00', '+0000'),
    enc: 'utf8qp',
    extra: ['Precedence: bulk', 'List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?u=9981>'],
    text: `Merge your cloud and AI skills this spring.

New on AWS Skill Builder: learning plans that end in a digital badge you can share on LinkedIn. Complete three courses, pass the assessment, and your badge is issued via Credly.

Start learning → https://skillbuilder.aws/

You're receiving this because you subscribed to AWS Training and Certification updates.
`,
  },
  {
    ...base,
    slug: 'credly-confirm-merge-code',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>',
    to: to(DAN, 'src'),
    subject: 'Confirm your Credly account merge',
    date: D('2026-03-01 11:11:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Daniel,

Someone (hopefully you) asked to merge this Credly account into another one.
Your verification code is 772 915. You can also click "Complete Account Merge":
https://www.credly.com/users/merge/confirm?token=91bd

If you didn't request this, ignore this email.
`,
  },
  {
    ...base,
    slug: 'own-forward-to-other-address',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    caseId: CASE.lena,
    trap: true,
    note: "the user's own forward of support's consent request to her other address",
    from: to(LENA),
    to: to(LENA, 'src'),
    subject: `Fwd: ${formSubject(CASE.lena)}`,
    date: D('2026-02-27 11:02:00', '+0100'),
    enc: 'utf8qp',
    text: `note to self - reply from the private address!

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Fri, Feb 27, 2026 at 10:50 AM
Subject: ${formSubject(CASE.lena)}
To: <${LENA.keep}>

If the details above are correct, simply reply to this email and we'll proceed.
`,
  },
  {
    ...base,
    slug: 'password-expiry-phish',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    caseId: null,
    note: 'phishing about a password expiry from a non-AWS domain; nothing about the case',
    from: 'AWS Account Team <security@aws-account-alerts.net>',
    to: to(RAJ),
    subject: 'Action required: your password expires today',
    date: D('2026-03-06 23:00:00', '+0000'),
    enc: 'ascii7',
    text: `Your AWS password expires today. Keep your current password here: https://aws-account-alerts.net/keep
`,
  },
  {
    ...base,
    slug: 'resent-azure-badge-old-work',
    kind: 'unrelated',
    lang: 'en',
    forUser: false,
    caseId: null,
    trap: true,
    note: "another issuer's Credly badge sent to the old work address and redirected by the company (Resent-*)",
    from: 'Microsoft via Credly <admin@credly.com>',
    to: to(DAN, 'src'),
    subject: 'Daniel, you earned a badge from Microsoft',
    date: D('2026-03-02 13:00:00', '+0000'),
    enc: 'ascii7',
    resent: { from: 'it-ops@northwind.example.com', to: 'alumni-mail@northwind.example.com', date: D('2026-03-02 08:05:00', '-0500') },
    text: `Congratulations, Daniel! Microsoft has issued you a badge: Microsoft Certified: Azure Administrator Associate.
Accept your badge: https://www.credly.com/earner/earned/badge/5e21
`,
  },
];
