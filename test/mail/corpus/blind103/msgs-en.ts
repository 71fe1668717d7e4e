// English messages: the Northwind → Fabrikam acquisition and the Helix Data → Corvid Labs rebrand.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, AWS_SUPPORT_NOTIFY, BANNER_EN, BROOKS, BROOKS_REQ, CASE, CORVID, CREDLY_AWS, FABRIKAM, FAB_SHARED, LINDQVIST, LINDQVIST_REQ, PARK, PORTAL,
  SUPPORT, SUPPORT_BARE, esc, gmailEn, htmlDoc, mk, outlookEn, paras, quote, sfOriginal, sfRef, subj,
} from './common.js';

const B = BROOKS;
const L = LINDQVIST;
const P = PARK;
const DAN = `${B.name} <${B.keep}>`;
const SOF = `${L.name} <${L.keep}>`;

const credlyEn = (issuer: string, badge: string, first: string, extra: string): string =>
  htmlDoc(`<table width="600" align="center" role="presentation"><tr><td>
<h2 style="font-weight:normal">${esc(first)}, you earned a badge!</h2>
<p>${esc(issuer)} has issued you the <strong>${esc(badge)}</strong> badge.</p>
${extra}
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0a66c2;color:#fff;padding:10px 16px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Sent by Credly on behalf of ${esc(issuer)}. Credly, Inc., Washington, DC</p>
</td></tr></table>`);

export const EN: Msg[] = [
  // ---------------- acknowledgement (6)
  mk({
    slug: 'en-ack-brooks', kind: 'acknowledgement', lang: 'en', caseId: CASE.brooks,
    note: 'automatic receipt of the merge case',
    from: AWS_NOTIFY, to: DAN, extra: ['Auto-Submitted: auto-generated'],
    subject: `AWS Support: case ${CASE.brooks} has been created`, date: rfcDate('2026-08-03 15:12:09'), enc: 'ascii7',
    text: `Hello,

Thanks for reaching out to AWS Training and Certification.
We've logged your request under case ID ${CASE.brooks}. A member of our team will usually respond within one business day.

Please don't open a new case for the same question - duplicate cases slow things down for everyone.
To add details, simply reply to this message.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lindqvist-gateway', kind: 'acknowledgement', lang: 'en', caseId: CASE.lindqvist,
    note: 'receipt delivered to her work mailbox; the new company\'s mail rule prefixed [EXTERNAL] and a banner after authentication',
    from: AWS_NOTIFY, to: `${L.name} <${L.work}>`,
    subject: `[EXTERNAL] We received your request - Case ${CASE.lindqvist}`, date: rfcDate('2026-09-07 08:30:55'), enc: 'utf8qp',
    html: htmlDoc(`<div style="background:#fff4ce;padding:6px;border:1px solid #e0b000">[EXTERNAL] This message came from outside Corvid Labs. Take care with links and attachments.</div>
<p>Hi Sofia,</p>
<p>Your case <b>${CASE.lindqvist}</b> is open. Subject: <i>Certification account consolidation after company rebrand</i>.</p>
<p>We aim to reply within 24 hours. Reply to this email to add anything.</p>
<p>&mdash; Amazon Web Services</p>`),
  }),
  mk({
    slug: 'en-ack-park-by-daniel', kind: 'acknowledgement', lang: 'en', caseId: CASE.park,
    note: 'receipt for a colleague\'s merge case that the user opened on his behalf; delivered to the user',
    from: SUPPORT, to: DAN,
    subject: `[CASE ${CASE.park}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-08-04 09:02:14'), enc: 'utf8qp',
    text: `Hello Daniel,

This confirms we've received your submission about account assistance for Ethan Park. Reference: case ${CASE.park}.
An agent will review it shortly.

AWS Training and Certification Customer Service`,
    html: htmlDoc(paras(`Hello Daniel,

This confirms we've received your submission about account assistance for Ethan Park. Reference: case ${CASE.park}.
An agent will review it shortly.

AWS Training and Certification Customer Service`)),
  }),
  mk({
    slug: 'en-ack-lindqvist-dup-fwd', crlf: false, kind: 'acknowledgement', lang: 'en', caseId: CASE.lindqvistDup, auth: 'fwdPass', relay: CORVID.relay,
    note: 'receipt of a second case she opened from the old Helix Data address, forwarded by the old domain to her new mailbox',
    from: AWS_NOTIFY, to: `<${L.src}>`, rcpt: L.work, extra: ['X-Original-To: ' + L.src, 'Auto-Submitted: auto-generated'],
    subject: `Case ${CASE.lindqvistDup} opened`, date: rfcDate('2026-09-07 09:47:31'), enc: 'ascii7',
    text: `Thank you for contacting AWS.

Case number: ${CASE.lindqvistDup}
Status: Unassigned

You'll hear from us by email. This mailbox is not monitored.`,
  }),
  mk({
    slug: 'en-ack-lookalike', kind: 'acknowledgement', lang: 'en', caseId: CASE.brooks, trusted: false,
    note: 'forged receipt from aws-amazon-cases.com (look-alike domain) that asks to re-enter credentials',
    from: 'AWS Support <cases@aws-amazon-cases.com>', to: DAN,
    subject: `Case ${CASE.brooks} received - action needed to keep your certifications`, date: rfcDate('2026-08-03 21:40:00', '-0400'), enc: 'utf8b64',
    text: `Dear Daniel Brooks,

We have received case ${CASE.brooks}. Because your organization (Northwind Analytics) has been acquired, your certification records are flagged for review.
To avoid suspension, sign in within 24 hours: https://aws-amazon-cases.com/signin

AWS Support Center`,
  }),
  mk({
    slug: 'en-ack-brooks-dkim', kind: 'acknowledgement', lang: 'en', caseId: CASE.brooks, auth: 'dkimonly',
    note: 'the support portal\'s receipt for the same case (aligned DKIM only), listing what was submitted',
    from: AWS_SUPPORT_NOTIFY, to: DAN,
    subject: `Your AWS Support case ${CASE.brooks}`, date: rfcDate('2026-08-03 15:12:40'), enc: 'ascii7',
    text: `We've received your case.

Case ID:     ${CASE.brooks}
Service:     AWS Training and Certification
Category:    Account assistance
Submitted:   2026-08-03 15:12 UTC

An agent will pick this up soon.
AWS Support`,
  }),

  // ---------------- ai_answer (6)
  mk({
    slug: 'en-ai-brooks', kind: 'ai_answer', lang: 'en', caseId: CASE.brooks,
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: DAN,
    subject: `Suggested answer for case ${CASE.brooks} (generated by AI)`, date: rfcDate('2026-08-03 15:12:22'), enc: 'ascii7',
    text: `This response was generated by AI and may not be accurate.

Changing employers or company domains doesn't require a new certification account. If you already have two,
you can usually combine them yourself:
  - Sign in to the account you want to keep.
  - Open your profile and choose "Merge Accounts".
  - Enter the other account's email and verify it with the code we send.
If both accounts hold certifications, the tool may stop and ask you to contact support.

Was this helpful? Yes | No`,
  }),
  mk({
    slug: 'en-ai-lindqvist-sso', kind: 'ai_answer', lang: 'en', caseId: CASE.lindqvist,
    note: 'automated answer about a company changing its identity provider; HTML only',
    from: AWS_NOTIFY, to: SOF,
    subject: `Automated response - case ${CASE.lindqvist}`, date: rfcDate('2026-09-07 08:31:10'), enc: 'utf8qp',
    html: htmlDoc(`<p><em>Answer generated automatically by Amazon Q. An agent has not reviewed it.</em></p>
<p>If your employer has rebranded or moved to a new identity provider, your AWS Certification account is not affected:
it is tied to your AWS Builder ID, not to your company's single sign-on. You can add your new email address to the Builder ID
and keep using the same certification account.</p>
<p>If you ended up with two certification accounts, the <strong>Merge Accounts</strong> option in your profile can combine them.</p>
<p>Still need help? Reply to this email and your case stays open for an agent.</p>`),
  }),
  mk({
    slug: 'en-ai-park', kind: 'ai_answer', lang: 'en', caseId: CASE.park,
    note: 'automated suggestion on the colleague\'s case, sent to the user who opened it',
    from: AWS_NOTIFY, to: DAN,
    subject: `Here's a possible solution (case ${CASE.park})`, date: rfcDate('2026-08-04 09:02:30'), enc: 'utf8b64',
    text: `Hi Daniel,

Our virtual assistant put together this answer - it's automated, not from an agent.

Account merges have to be started by the person who owns the accounts. Ethan can sign in with the account he'd like to keep and use Profile -> Merge Accounts.
After a successful merge the certifications from the other account appear automatically, and Credly badges can be claimed again from the kept email.

If this didn't solve it, just reply.`,
  }),
  mk({
    slug: 'en-ai-lindqvist-helpful', kind: 'ai_answer', lang: 'en', caseId: CASE.lindqvistDup,
    note: 'automated answer with helpful/not helpful links on the duplicate case',
    from: AWS_NOTIFY, to: `<${L.work}>`,
    subject: 'Does this answer your question?', date: rfcDate('2026-09-07 09:47:50'), enc: 'utf8qp',
    text: `Regarding case ${CASE.lindqvistDup}:

[AI-generated] Email domain changed after a rebrand? Update the notification email under Profile > Personal information.
Only if you hold certifications in two separate accounts is a merge needed; try the self-service merge first.

Helpful: https://support.aws.amazon.com/feedback/yes
Not helpful: https://support.aws.amazon.com/feedback/no`,
    html: htmlDoc(`<p>Regarding case ${CASE.lindqvistDup}:</p>
<p><b>[AI-generated]</b> Email domain changed after a rebrand? Update the notification email under Profile &gt; Personal information.
Only if you hold certifications in two separate accounts is a merge needed; try the self-service merge first.</p>
<p><a href="https://support.aws.amazon.com/feedback/yes">Helpful</a> | <a href="https://support.aws.amazon.com/feedback/no">Not helpful</a></p>`),
  }),
  mk({
    slug: 'en-ai-otheronly', kind: 'ai_answer', lang: 'en', caseId: CASE.brooks, trusted: false, auth: 'otherOnly',
    note: 'AI-answer lookalike carrying only another server\'s (mx.google.com) verdict, nothing from the receiving server',
    from: AWS_NOTIFY, to: DAN,
    subject: `AI suggestion for case ${CASE.brooks}`, date: rfcDate('2026-08-03 16:05:12'), enc: 'ascii7',
    text: `Generated answer: accounts from acquired companies must be re-verified.
Download and run the attached "AWS Cert Migration Assistant" to merge your Northwind account automatically.`,
  }),
  mk({
    slug: 'en-ai-brooks-fwd', kind: 'ai_answer', lang: 'en', caseId: CASE.brooks, auth: 'fwdPass', relay: FABRIKAM.relay,
    note: 'automated answer sent to the old Northwind address and forwarded into the Fabrikam mailbox',
    from: AWS_NOTIFY, to: `<${B.src}>`, rcpt: B.keep, extra: ['X-Original-To: ' + B.src],
    subject: `Re: case ${CASE.brooks} - automated guidance`, date: rfcDate('2026-08-03 15:13:01'), enc: 'ascii7',
    text: `(automated reply, generated with AI)

Your question mentions an acquisition. When a company domain is retired, you may lose access to the older login.
Add a personal or new work email to the older account before the domain goes away, then use the Merge Accounts tool from the account you keep.`,
  }),

  // ---------------- info_request (7)
  mk({
    slug: 'en-info-brooks-ids', kind: 'info_request', lang: 'en', caseId: CASE.brooks,
    note: 'support asks for both candidate IDs and the certification notification addresses',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-04 17:20:41'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the background on the acquisition. So we can line up the right records, could you send over:
- the candidate ID on each account (starts with "AWS")
- the email each account uses for certification notifications
- which of the two should remain after the merge

Kind regards,
Rahul
AWS Training and Certification Customer Service

${gmailEn('Mon, Aug 3, 2026 at 11:10 AM', B.name, B.keep)}
${quote(BROOKS_REQ)}`,
  }),
  mk({
    slug: 'en-info-lindqvist-notfound', kind: 'info_request', lang: 'en', caseId: CASE.lindqvist,
    note: 'old account not found under the Helix address; asks for the exact login used at exam time',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-08 10:05:33'), enc: 'utf8qp',
    text: `Hello Sofia,

I wasn't able to locate an account under ${L.src}. Before Helix Data became Corvid Labs, some staff had mailbox aliases (e.g. first.last@).
We'd need the exact sign-in email you used when you sat the exam — an old confirmation email or score report would show it.

Regards,
Jun
AWS T&C Customer Service

${outlookEn(SOF, 'Monday, September 7, 2026 10:29 AM', SUPPORT_BARE, 'Certification account consolidation after company rebrand')}

${LINDQVIST_REQ}`,
  }),
  mk({
    slug: 'en-info-park-shared', kind: 'info_request', lang: 'en', caseId: CASE.park, forUser: false,
    note: 'info request addressed to the colleague and delivered to the team\'s shared mailbox, not to any of the user\'s addresses',
    to: `${P.name} <${P.keep}>`, cc: `<${FAB_SHARED}>`, rcpt: FAB_SHARED,
    subject: subj(CASE.park), date: rfcDate('2026-08-05 14:44:02'), enc: 'utf8qp',
    text: `Hi Ethan,

Daniel opened this case for you. For us to act on it, we'll need you to reply from the address you want to keep, including the candidate IDs for both your Northwind and Fabrikam accounts.

Thanks,
AWS Training and Certification`,
    html: htmlDoc(paras(`Hi Ethan,

Daniel opened this case for you. For us to act on it, we'll need you to reply from the address you want to keep, including the candidate IDs for both your Northwind and Fabrikam accounts.

Thanks,
AWS Training and Certification`)),
  }),
  mk({
    slug: 'en-info-lindqvist-confirm-retain', kind: 'info_request', lang: 'en', caseId: CASE.lindqvist, trap: true,
    note: '"please confirm which address you\'d like to retain" asks for information, not consent',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-09 12:12:12'), enc: 'ascii7',
    text: `Hi Sofia,

Found it - the older account is under sofia.l@helixdata.example (AWS45512086).
Your message mentions both ${L.keep} and ${L.work}; please confirm which address you'd like to retain as the login going forward.

Jun`,
  }),
  mk({
    slug: 'en-info-brooks-company', kind: 'info_request', lang: 'en', caseId: CASE.brooks,
    note: 'asks for the company name before and after the acquisition and the partner (APN) association',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-05 16:31:27'), enc: 'utf8b64',
    text: `Daniel,

One more detail: the Northwind account is associated with an AWS Partner organization. Could you tell us
(1) the legal company name before the acquisition, (2) the name it operates under now, and
(3) whether Fabrikam's partner admin has approved moving your certifications to the Fabrikam partner profile?

Rahul — AWS T&C

${sfRef('3Fh8Qw')}`,
  }),
  mk({
    slug: 'en-info-freemail', kind: 'info_request', lang: 'en', caseId: CASE.brooks, trusted: false,
    note: 'trusted display name on a free-mail address asking for a photo ID and password: forgery',
    from: 'AWS Training and Certification <aws.certification.team@gmail.example.com>', to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-05 02:14:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

To complete the transfer of your Northwind certifications we need a scan of your passport and your current account password.
Reply to this email with both attachments.

AWS Certification Team`,
  }),
  mk({
    slug: 'en-info-brooks-implicit', kind: 'info_request', lang: 'en', caseId: CASE.brooks,
    note: 'request phrased without a request word: "we\'ll need the candidate ID ... before we can go further"',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-06 18:02:50'), enc: 'utf8qp',
    html: htmlDoc(`<div dir="ltr"><p>Hi Daniel,</p>
<p>Thanks for the IDs. The one for the Fabrikam account (${B.keepId}) checks out; for the Northwind-era account the number you sent, AWS26649105, doesn't match any record.
We'll need the candidate ID as it appears on that account's score report before we can go further.</p>
<p>Rahul</p></div>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Old: AWS26649105 / ${B.src}<br>New: ${B.keepId} / ${B.keep}</blockquote></div>`),
  }),

  // ---------------- confirmation_request (7)
  mk({
    slug: 'en-conf-brooks', kind: 'confirmation_request', lang: 'en', caseId: CASE.brooks,
    note: 'support asks for consent to the permanent merge',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-07 15:40:18'), enc: 'ascii7',
    text: `Hi Daniel,

Before we proceed, here's what will happen:
  Source:      ${B.srcId} (${B.src})  -> closed after the merge
  Destination: ${B.keepId} (${B.keep})  -> keeps everything
Certifications, exam history and benefits move to the destination. A merge is permanent and can't be reversed.

If that's what you want, reply to this email saying you agree, and we'll get it done.

Rahul`,
  }),
  mk({
    slug: 'en-conf-lindqvist', kind: 'confirmation_request', lang: 'en', caseId: CASE.lindqvist,
    note: 'consent request to fold the Helix-era account into the personal one',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-10 09:55:01'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks - ${L.keep} it is. We're ready to move AWS45512086 into ${L.keepId}.
Please note this cannot be undone once it is processed. Let us know by reply that you authorise it.

Jun`,
    html: htmlDoc(paras(`Hi Sofia,

Thanks - ${L.keep} it is. We're ready to move AWS45512086 into ${L.keepId}.
Please note this cannot be undone once it is processed. Let us know by reply that you authorise it.

Jun`)),
  }),
  mk({
    slug: 'en-conf-park-cc', kind: 'confirmation_request', lang: 'en', caseId: CASE.park, rcpt: B.keep, cc: DAN,
    note: 'consent request to the colleague on his own case, user on Cc',
    to: `${P.name} <${P.keep}>`,
    subject: subj(CASE.park), date: rfcDate('2026-08-07 19:12:44'), enc: 'utf8qp',
    text: `Hi Ethan (cc Daniel),

Got your reply, thanks. We'll combine ${P.srcId} into ${P.keepId} once you give us the go-ahead.
The merge is irreversible, so please reply personally to confirm you're OK with it — we can't accept consent from a colleague.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-lindqvist-nudge', kind: 'confirmation_request', lang: 'en', caseId: CASE.lindqvist,
    note: 'reminder that support still needs her go-ahead for the irreversible merge',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-14 08:20:39'), enc: 'utf8b64',
    text: `Hello again Sofia,

Just circling back: we still need your go-ahead to merge account AWS45512086 into ${L.keepId} (${L.keep}).
As mentioned, this is a one-way change. A short "yes, please proceed" in reply is enough.

Jun`,
  }),
  mk({
    slug: 'en-conf-lookalike-server', kind: 'confirmation_request', lang: 'en', caseId: CASE.brooks, trusted: false, auth: 'lookalikeServer',
    note: 'topmost Authentication-Results is from a look-alike authserv-id (mx.test.example.mailhub-relay.net), not the receiving server',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-07 20:00:00'), enc: 'ascii7',
    text: `Daniel,

Please confirm the merge by clicking "I agree" below. This cannot be undone.
https://merge-consent.aws-cert.example.org/agree?c=${CASE.brooks}

AWS T&C`,
  }),
  mk({
    slug: 'en-conf-lindqvist-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.lindqvist,
    note: 'HTML-only version: reply "I agree" to authorize the permanent merge',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-10 10:02:18'), enc: 'utf8qp',
    html: htmlDoc(`<p>Sofia,</p>
<p>Apologies, our previous message may have been cut off by your company's mail filter. To summarize:</p>
<ul><li>From: AWS45512086 (Helix Data era)</li><li>Into: ${L.keepId} &mdash; ${esc(L.keep)}</li></ul>
<p>Reply <b>&ldquo;I agree&rdquo;</b> to authorize this. A completed merge is permanent.</p>
<p>Jun &middot; AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'en-conf-brooks-thread', kind: 'confirmation_request', lang: 'en', caseId: CASE.brooks,
    note: 'asks again for consent after the user replied with a question; Outlook-style quoted thread',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-10 14:03:37'), enc: 'ascii7',
    text: `Hi Daniel,

Good question - the 50% exam voucher from the Northwind account carries over too.
With that answered, are you happy for us to go ahead with the merge of ${B.srcId} into ${B.keepId}? Just reply "yes" and we'll start; remember it's permanent.

Rahul

${outlookEn(DAN, 'Saturday, August 8, 2026 9:14 AM', SUPPORT_BARE, `RE:[CASE ${CASE.brooks}]`)}

Hi Rahul, before I agree - does the unused voucher on the old account survive the merge?
Dan

Sent from Outlook for iOS

${sfOriginal(SUPPORT_BARE, '8/7/2026 3:40 PM', B.keep, `RE:[CASE ${CASE.brooks}]`, `Before we proceed, here's what will happen: ... A merge is permanent and can't be reversed.`)}`,
  }),

  // ---------------- merge_completed (6)
  mk({
    slug: 'en-done-brooks', kind: 'merge_completed', lang: 'en', caseId: CASE.brooks,
    note: 'support reports the merge is done',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-12 13:26:04'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. ${B.srcId} has now been merged into ${B.keepId}; sign in with ${B.keep} and you should see all four certifications, including the ones earned at Northwind.

Rahul
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-done-lindqvist-close', kind: 'merge_completed', lang: 'en', caseId: CASE.lindqvist,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-15 11:41:50'), enc: 'utf8qp',
    text: `Hi Sofia,

All set: your Helix Data-era account is now part of ${L.keepId}. Everything should appear under ${L.keep}.
Since the request is fulfilled, I'll mark this case resolved.

Jun`,
    html: htmlDoc(paras(`Hi Sofia,

All set: your Helix Data-era account is now part of ${L.keepId}. Everything should appear under ${L.keep}.
Since the request is fulfilled, I'll mark this case resolved.

Jun`)),
  }),
  mk({
    slug: 'en-done-park-cc', kind: 'merge_completed', lang: 'en', caseId: CASE.park, rcpt: B.keep, cc: DAN,
    note: 'colleague\'s merge done; user on Cc',
    to: `${P.name} <${P.keep}>`,
    subject: subj(CASE.park), date: rfcDate('2026-08-11 16:07:22'), enc: 'utf8qp',
    text: `Hi Ethan,

We've completed the merge — ${P.srcId} (Northwind) is consolidated into ${P.keepId}.
Daniel, copying you as requested.

AWS Training and Certification
${sfRef('5Tu1Zx')}`,
  }),
  mk({
    slug: 'en-done-portal-brooks', kind: 'merge_completed', lang: 'en',
    note: 'the certification portal\'s own "accounts merged" notice (no case ID), HTML only',
    from: PORTAL, to: DAN, extra: ['Auto-Submitted: auto-generated'],
    subject: 'Your AWS Certification accounts have been merged', date: rfcDate('2026-08-12 13:27:15'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Daniel Brooks,</p>
<p>Account <b>${B.srcId}</b> has been merged into your AWS Certification account <b>${B.keepId}</b>.
Its certifications and exam history now show in your profile.</p>
<p>AWS Certification</p>`),
  }),
  mk({
    slug: 'en-done-portal-lindqvist', kind: 'merge_completed', lang: 'en', auth: 'dkimonly',
    note: 'portal merge notice in plain text, aligned DKIM only, no case ID',
    from: PORTAL, to: SOF,
    subject: 'Account merge complete', date: rfcDate('2026-09-15 11:43:02'), enc: 'ascii7',
    text: `Hello Sofia Lindqvist,

The account AWS45512086 was merged into ${L.keepId}. Use ${L.keep} to sign in from now on.

AWS Certification`,
  }),
  mk({
    slug: 'en-done-forged-none', kind: 'merge_completed', lang: 'en', caseId: CASE.park, trusted: false, auth: 'none',
    note: 'completion-shaped mail with no Authentication-Results at all',
    to: DAN,
    subject: subj(CASE.park), date: rfcDate('2026-08-09 03:03:03'), enc: 'ascii7',
    text: `Daniel,

The accounts for Ethan Park have been merged. Download the updated certificates here:
http://aws-cert-docs.example.ru/park.zip

AWS Training`,
  }),

  // ---------------- badges_transferred (6)
  mk({
    slug: 'en-badge-credly-brooks', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge issued via Credly to the kept Fabrikam address',
    from: CREDLY_AWS, to: DAN,
    subject: 'Daniel, you earned your AWS Certified Solutions Architect - Associate badge!', date: rfcDate('2026-08-13 18:40:03'), enc: 'utf8qp',
    text: `Daniel, you earned a badge!
Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.
Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyEn('Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Associate', 'Daniel', ''),
  }),
  mk({
    slug: 'en-badge-support-lindqvist', kind: 'badges_transferred', lang: 'en', caseId: CASE.lindqvist,
    note: 'support says the Credly badges were moved to the kept account',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-17 09:09:09'), enc: 'ascii7',
    text: `Hi Sofia,

Following up on the badges you mentioned: the two Credly badges that were still attached to your Helix Data email have been re-pointed to ${L.keep}.
They should be visible in your Credly wallet now.

Jun

${gmailEn('Wed, Sep 16, 2026 at 8:50 PM', L.name, L.keep)}
> Thanks Jun! One thing - my Credly badges still show the old Helix address.`,
  }),
  mk({
    slug: 'en-badge-park-cc', kind: 'badges_transferred', lang: 'en', caseId: CASE.park, rcpt: B.keep, cc: DAN,
    note: 'support says the colleague\'s badges moved; user on Cc',
    to: `${P.name} <${P.keep}>`,
    subject: subj(CASE.park), date: rfcDate('2026-08-14 12:31:46'), enc: 'utf8qp',
    text: `Ethan,

Your Credly badges (SAA and Cloud Practitioner) now sit on the Fabrikam email. Nothing more needed on your end.

AWS T&C`,
  }),
  mk({
    slug: 'en-badge-credly-lindqvist', kind: 'badges_transferred', lang: 'en',
    note: 'Credly issues her AWS badge to the personal (kept) address; HTML only',
    from: CREDLY_AWS, to: SOF,
    subject: 'Accept your AWS Certified Solutions Architect - Associate badge', date: rfcDate('2026-09-16 02:15:27'), enc: 'utf8b64',
    html: credlyEn('Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Associate', 'Sofia', '<p>This badge was issued to your updated email address.</p>'),
  }),
  mk({
    slug: 'en-badge-brooks-partial', kind: 'badges_transferred', lang: 'en', caseId: CASE.brooks,
    note: 'support moved the Northwind-era badges to the Fabrikam address; [EXTERNAL] tag added by the company after authentication',
    to: DAN,
    subject: `[EXTERNAL] RE:[CASE ${CASE.brooks}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-08-14 15:58:31'), enc: 'utf8qp',
    html: htmlDoc(`<p style="color:#a00">${esc(BANNER_EN.split('\n')[0] ?? '')}</p>
<p>Hi Daniel,</p>
<p>The three Credly badges issued while you were at Northwind have been transferred to <b>${esc(B.keep)}</b>.
You may get a Credly email for each of them; no action needed.</p>
<p>Rahul</p>`),
  }),
  mk({
    slug: 'en-badge-brooks-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.brooks,
    note: 'support announces the last badge moved and closes the case',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-17 10:10:10'), enc: 'utf8b64',
    text: `Hi Daniel,

The Data Engineer badge was the last one left on the old profile; it's now on your Fabrikam account as well.
With that, everything from this request is done and I'm closing the case.

Rahul — AWS Training and Certification`,
  }),

  // ---------------- case_closed (6)
  mk({
    slug: 'en-close-brooks', kind: 'case_closed', lang: 'en', caseId: CASE.brooks, from: AWS_NOTIFY,
    note: 'the case status changed to resolved',
    to: DAN,
    subject: `Case ${CASE.brooks} resolved`, date: rfcDate('2026-08-17 10:12:00'), enc: 'ascii7',
    text: `Your case ${CASE.brooks} has been marked as Resolved.
If you need more help with this issue, reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-lindqvist-reminder', kind: 'case_closed', lang: 'en', caseId: CASE.lindqvistDup, from: AWS_NOTIFY,
    note: 'the duplicate case will auto-close without a reply; case ID only in the body',
    to: `<${L.work}>`,
    subject: 'We haven\'t heard back from you', date: rfcDate('2026-09-11 07:00:00'), enc: 'utf8qp',
    text: `Hello,

We're waiting on a reply for case ${CASE.lindqvistDup}. If we don't hear from you within 5 days, the case will close automatically.

Amazon Web Services Support`,
  }),
  mk({
    slug: 'en-close-park-restate', kind: 'case_closed', lang: 'en', caseId: CASE.park, trap: true, rcpt: B.keep, cc: DAN,
    note: 'closing notice that only restates the merge done earlier',
    to: `${P.name} <${P.keep}>`,
    subject: subj(CASE.park), date: rfcDate('2026-08-20 13:30:00'), enc: 'utf8qp',
    text: `Hi Ethan,

As your accounts were merged last week and badges followed, we're closing out this case. Thanks for your patience during the Northwind transition.

AWS Training and Certification`,
    html: htmlDoc(paras(`Hi Ethan,

As your accounts were merged last week and badges followed, we're closing out this case. Thanks for your patience during the Northwind transition.

AWS Training and Certification`)),
  }),
  mk({
    slug: 'en-close-lindqvist', kind: 'case_closed', lang: 'en', caseId: CASE.lindqvist,
    note: 'case closed after a final note; HTML only',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-21 08:44:19'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hi Sofia,</p><p>I haven't seen any further questions, so this case is now closed. Feel free to open a new one anytime.</p><p>Jun</p>`),
  }),
  mk({
    slug: 'en-close-gateway-broken', kind: 'case_closed', lang: 'en', caseId: CASE.brooks, trusted: false, auth: 'gatewayBroken', relay: 'secure-gw.fabrikam.example',
    note: 'closing notice rewritten by an upstream security gateway: the receiving server saw dkim=fail, dmarc=fail (the gateway\'s own pass sits lower)',
    to: DAN,
    subject: `[EXTERNAL] RE:[CASE ${CASE.brooks}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-08-17 10:11:30'), enc: 'ascii7',
    text: `${BANNER_EN}

Hi Daniel,

This case is now closed. Thanks for working with us.

Rahul`,
  }),
  mk({
    slug: 'en-close-lindqvist-dup', kind: 'case_closed', lang: 'en', caseId: CASE.lindqvistDup, trap: true, auth: 'fwdPass', relay: CORVID.relay,
    note: 'duplicate case closed after the two cases were consolidated (cases, not accounts)',
    to: `<${L.src}>`, rcpt: L.work, extra: ['X-Original-To: ' + L.src],
    subject: subj(CASE.lindqvistDup), date: rfcDate('2026-09-08 06:30:41'), enc: 'utf8b64',
    text: `Hi Sofia,

It looks like this case duplicates ${CASE.lindqvist}, so I've consolidated the two and will continue there.
This one is closed now.

Jun`,
  }),

  // ---------------- support_reply (7)
  mk({
    slug: 'en-reply-brooks-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.brooks, trap: true,
    note: 'thanks for confirming, passed to the accounts team; nothing merged yet',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-11 09:15:42'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've handed this to the team that handles account merges; they usually turn these around in 1-3 business days.

Rahul

${gmailEn('Mon, Aug 10, 2026 at 6:48 PM', B.name, B.keep)}
> yes, please go ahead. thx
> Dan`,
  }),
  mk({
    slug: 'en-reply-lindqvist-future', kind: 'support_reply', lang: 'en', caseId: CASE.lindqvist, trap: true,
    note: 'future statement: once the merge is done the badges should follow',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-12 13:13:40'), enc: 'utf8qp',
    text: `Hi Sofia,

Recieved, thank you. Once the merge has gone through, your Credly badges should follow within a day or so.
If they don't, let me know on this case and we'll move them manually.

Jun`,
  }),
  mk({
    slug: 'en-reply-park-cannot', kind: 'support_reply', lang: 'en', caseId: CASE.park, trap: true,
    note: 'negated: unable to merge on a manager\'s request; explains policy, asks for nothing',
    to: DAN,
    subject: subj(CASE.park), date: rfcDate('2026-08-04 22:06:11'), enc: 'utf8qp',
    text: `Hi Daniel,

I appreciate you coordinating this for the Northwind folks after the acquisition. Unfortunately we're unable to merge anyone's certification accounts on the request of a manager or training coordinator — it has to come from the account holder.
I've reached out to Ethan directly on this case.

AWS Training and Certification`,
    html: htmlDoc(paras(`Hi Daniel,

I appreciate you coordinating this for the Northwind folks after the acquisition. Unfortunately we're unable to merge anyone's certification accounts on the request of a manager or training coordinator — it has to come from the account holder.
I've reached out to Ethan directly on this case.

AWS Training and Certification`)),
  }),
  mk({
    slug: 'en-reply-brooks-status', kind: 'support_reply', lang: 'en', caseId: CASE.brooks,
    note: 'status update: still with the specialist team because of the partner association',
    to: DAN,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-06 11:49:00'), enc: 'ascii7',
    text: `Hi Daniel,

Quick update: because the Northwind account is linked to a partner org, it's with our specialist team for a check. No action needed from you right now.

Rahul`,
  }),
  mk({
    slug: 'en-reply-lindqvist-sso', kind: 'support_reply', lang: 'en', caseId: CASE.lindqvist, trap: true,
    note: 'answers her SSO question; says no merge is needed for the sign-in change itself',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-08 15:27:03'), enc: 'utf8b64',
    text: `Hi Sofia,

To your side question: Corvid Labs moving to Okta doesn't affect your certification login. Your account uses AWS Builder ID, which is independent of company SSO, so no merge is needed for that part.
We'll keep working on the consolidation of the two certification accounts separately.

Jun`,
  }),
  mk({
    slug: 'en-reply-brooks-writefromkeep', kind: 'support_reply', lang: 'en', caseId: CASE.brooks, trap: true,
    note: '"write to us from the address you keep" without asking for data',
    to: `<${B.src}>`,
    subject: subj(CASE.brooks), date: rfcDate('2026-08-04 12:00:40'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hello,</p>
<p>We noticed your last message came from ${esc(B.src)}. For security, please continue this conversation from the address you intend to keep (${esc(B.keep)}) before we can merge anything.</p>
<p>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'en-reply-forged-below', kind: 'support_reply', lang: 'en', caseId: CASE.lindqvist, trusted: false, auth: 'forgedBelow',
    note: 'status reply whose dmarc=pass header sits below the receiving server\'s Received line (planted)',
    to: SOF,
    subject: subj(CASE.lindqvist), date: rfcDate('2026-09-13 01:00:00'), enc: 'ascii7',
    text: `Hi Sofia,

Your case has been escalated. Track it at http://aws-case-status.example.cc/${CASE.lindqvist}

AWS Support`,
  }),

  // ---------------- unrelated (9)
  mk({
    slug: 'en-unrel-it-migrated', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'Fabrikam IT: the mailbox migration is complete and asks staff to confirm their new sign-in; not a merge case',
    from: 'Fabrikam IT <it-notices@fabrikam.example>', to: DAN,
    subject: 'Action required: confirm your Microsoft 365 sign-in (Northwind migration complete)', date: rfcDate('2026-07-20 09:00:00', '-0500'), enc: 'ascii7',
    text: `Hi Daniel,

Your Northwind mailbox has been migrated to Fabrikam's Microsoft 365 tenant. Mail sent to @${FABRIKAM.oldDom} will be forwarded until November 30.

Please confirm you can sign in at https://myaccount.fabrikam.example before Friday.
Remember to update third-party accounts (training portals, certification sites) that still use your Northwind address.

Fabrikam IT Service Desk`,
  }),
  mk({
    slug: 'en-unrel-enablement-list', kind: 'unrelated', lang: 'en', trusted: false, trap: true, forUser: false, deliveredTo: null,
    note: 'enablement team\'s roster mail to a list; asks staff to merge their certification accounts; not delivered to any of the user\'s addresses',
    from: 'Marcus Hale <marcus.hale@fabrikam.example>', to: 'Northwind Integration <northwind-integration@fabrikam.example>',
    subject: 'Certification roster: merge your Northwind AWS accounts by Sept 30', date: rfcDate('2026-08-01 08:30:00', '-0700'), enc: 'utf8qp',
    text: `Hi all,

For partner tier reporting we need every AWS certification under your @fabrikam.example address.
If yours are still on a Northwind account, open a case with AWS T&C and request a merge (takes ~3-5 days). When you get the "merge completed" email, add a ✓ in the roster.

Badges on Credly may need a separate nudge.

Thanks!
Marcus Hale | Enablement Lead, Fabrikam Cloud`,
  }),
  mk({
    slug: 'en-unrel-own-forward', kind: 'unrelated', lang: 'en', trusted: false, trap: true, caseId: CASE.brooks,
    note: 'the user forwarding support\'s completion notice to his manager (self-cc): his own mail',
    from: DAN, to: 'Marcus Hale <marcus.hale@fabrikam.example>', cc: DAN,
    subject: `Fwd: RE:[CASE ${CASE.brooks}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-08-12 10:02:11', '-0400'), enc: 'ascii7',
    text: `Marcus - mine's done, you can tick me off the roster.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: Wed, Aug 12, 2026 at 9:26 AM
Subject: RE:[CASE ${CASE.brooks}] [AWS Training and Certification Form Submission] - account-assistance
To: ${B.keep}

Hi Daniel,
Thanks for confirming. ${B.srcId} has now been merged into ${B.keepId}.
Rahul`,
  }),
  mk({
    slug: 'en-unrel-credly-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from HashiCorp (another issuer)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: SOF,
    subject: 'Sofia, you earned your HashiCorp Certified: Terraform Associate badge!', date: rfcDate('2026-09-19 17:22:10'), enc: 'utf8qp',
    text: `Sofia, you earned a badge! HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge. Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyEn('HashiCorp', 'HashiCorp Certified: Terraform Associate (003)', 'Sofia', ''),
  }),
  mk({
    slug: 'en-unrel-partner-org-merged', kind: 'unrelated', lang: 'en', trap: true,
    note: 'AWS Partner Network notice that the acquired partner organisation was merged into the acquirer\'s: not the certification account merge',
    from: 'AWS Partner Network <apn-notifications@aws.amazon.com>', to: DAN,
    subject: 'Partner account update: Northwind Analytics merged into Fabrikam Cloud', date: rfcDate('2026-07-28 20:14:33'), enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Daniel,</p>
<p>Following the acquisition, the AWS Partner account for <b>Northwind Analytics</b> has been merged into <b>Fabrikam Cloud</b>.
Users and opportunities have been transferred. Individual certifications are counted toward Fabrikam once they are associated with a Fabrikam email.</p>
<p>This change is complete; no action is required from you.</p>
<p>AWS Partner Network</p>`),
  }),
  mk({
    slug: 'en-unrel-voucher-refund-ack', kind: 'unrelated', lang: 'en', trap: true, caseId: CASE.voucherRefund, from: AWS_NOTIFY,
    note: 'receipt of her other case about an exam voucher refund: says its topic, not the merge',
    to: SOF,
    subject: `Case ${CASE.voucherRefund} created: exam voucher refund`, date: rfcDate('2026-09-18 12:40:05'), enc: 'utf8b64',
    text: `Hello Sofia,

We've received your request about refunding an unused exam voucher purchased by Helix Data. Case ID: ${CASE.voucherRefund}.
Our billing team will be in touch within 2 business days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-unrel-survey', kind: 'unrelated', lang: 'en', trap: true, caseId: CASE.brooks,
    note: 'post-case survey ("Was your issue resolved?")',
    from: 'AWS Customer Experience <aws-survey@amazon.com>', to: DAN,
    subject: 'How did we do?', date: rfcDate('2026-08-18 14:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Your recent case (${CASE.brooks}) with AWS Training and Certification was closed. Was your issue resolved?

  [Yes]  https://survey.amazon.com/r?c=${CASE.brooks}&a=1
  [No]   https://survey.amazon.com/r?c=${CASE.brooks}&a=0

It takes less than a minute.`,
  }),
  mk({
    slug: 'en-unrel-ooo-marcus', crlf: false, kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'colleague\'s out-of-office reply mentioning merges and the closing of the acquisition',
    from: 'Marcus Hale <marcus.hale@fabrikam.example>', to: DAN, extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    subject: 'Automatic reply: AWS cert merges for the Northwind team', date: rfcDate('2026-08-12 10:02:40', '-0700'), enc: 'ascii7',
    text: `I'm out of the office until August 24 with limited access to email.
For certification account merges or badge questions from the Northwind integration, contact enablement@fabrikam.example.
Your message has been received and I will reply when I'm back.

Marcus`,
  }),
  mk({
    slug: 'en-unrel-rebrand-newsletter', kind: 'unrelated', lang: 'en', trusted: false, trap: true,
    note: 'company newsletter about the merger closing and the Corvid Labs rebrand: not support',
    from: 'Corvid Labs <news@corvidlabs.example>', to: SOF,
    subject: 'Helix Data is now Corvid Labs', date: rfcDate('2026-08-31 15:00:00', '+0200'), enc: 'utf8qp',
    text: `Hello Sofia,

Our merger with Corvid Analytics closed on 28 August, and as of today Helix Data operates as Corvid Labs.
Your accounts, contracts and support cases carry over unchanged. Email addresses move to @${CORVID.newDom}; mail to @${CORVID.oldDom} is forwarded until the end of the year.

We are now part of something bigger — thank you for coming along.

The Corvid Labs team`,
  }),
];

void AWS_SUPPORT_NOTIFY;
