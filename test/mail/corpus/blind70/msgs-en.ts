// English messages. Voice: time pressure (Thanksgiving, year-end, SLA, reminders, chasers).
import type { Msg } from './lib.js';
import {
  AUTO,
  AUTOREPLY,
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  EMILY,
  JORDAN,
  SAM,
  SUPPORT,
  SUPPORT_BARE,
  TRAINING,
  dt,
  esc,
  formSubject,
  formSubjectNew,
  gmailEn,
  htmlDoc,
  mk,
  outlookEn,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const jordanReq = `Hi team, I have two certification accounts (${JORDAN.keepId} on ${JORDAN.keep} and ${JORDAN.srcId} on ${JORDAN.src}). My contract ends Dec 5 and I lose the contractor mailbox then, so I'd like them combined into the personal one before that. Thanks! Jordan`;

const credlyHtmlEn = (name: string, issuer: string, badge: string, lead: string): string =>
  htmlDoc(`<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px;text-align:center"><img src="https://images.credly.com/size/340x340/images/placeholder/badge.png" width="120" alt="${esc(badge)}"></td></tr>
<tr><td style="padding:0 24px">
<p>Hi ${esc(name)},</p>
<p>${esc(lead)}</p>
<p style="font-size:18px"><b>${esc(badge)}</b></p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/9a7f3e21" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:16px">This email was sent by Credly on behalf of ${esc(issuer)}.</td></tr>
</table>`);

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  mk({
    slug: 'en-ack-thanksgiving',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: 'automatic receipt of the new case with a Thanksgiving delay notice',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubjectNew(CASE.jordan),
    date: dt('2025-11-25 16:03:12', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `Hello Jordan,

We've received your request and opened case ${CASE.jordan}.

Please note: our offices are closed on Thursday, November 27 and Friday, November 28 for the Thanksgiving holiday. Requests received during this period will be answered in the order they arrived starting Monday, December 1.

There is no need to submit the form again. To add details, reply to this email and keep the case number in the subject line.

AWS Training and Certification Customer Support
This is an automated message.`,
  }),
  mk({
    slug: 'en-ack-sla-footer',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'receipt with an SLA line and a footer about cases closing after 14 days of inactivity; still a receipt',
    from: SUPPORT,
    to: `${SAM.name} <${SAM.keep}>`,
    subject: formSubjectNew(CASE.sam),
    date: dt('2025-12-18 20:44:39', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Hi Sam,

Thanks for reaching out to AWS Training and Certification. Your case number is ${CASE.sam}.

Our target first-response time is 24 business hours. During the last two weeks of December, volumes are high and replies may take up to 3 business days.

—
Cases with no customer activity for 14 days are closed automatically. You can reopen a closed case by replying within 30 days.`,
  }),
  mk({
    slug: 'en-ack-html',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'HTML-only receipt; subject has no case ID, the ID is only in the body',
    from: AWS_NOTIFY,
    to: EMILY.keep,
    subject: 'We received your request - AWS Training and Certification',
    date: dt('2026-01-20 14:26:50', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e1e4e8">
<tr><td style="background:#232f3e;color:#ffffff;padding:12px 16px">AWS Training and Certification</td></tr>
<tr><td style="padding:16px">
<p>Hello Emily,</p>
<p>Your support request has been submitted. A member of our team will get back to you, usually within one business day.</p>
<p>Case ID: <strong>${CASE.emily}</strong></p>
<p>Opening another case for the same issue will not speed things up; it may slow them down.</p>
</td></tr>
</table>`),
  }),
  mk({
    slug: 'en-ack-dup',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.jordanDup,
    trap: false,
    note: 'receipt of a second case Jordan opened after waiting through Thanksgiving',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubjectNew(CASE.jordanDup),
    date: dt('2025-12-01 03:15:07', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    crlf: false,
    text: `Hello,

Thank you for contacting us. We have created case ${CASE.jordanDup} for your request.

Your message:
"Second try - nobody answered the first one and I'm running out of time. Please merge ${JORDAN.srcId} into ${JORDAN.keepId}."

We are working through a holiday backlog. Thank you for your patience.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-ack-misaligned',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'receipt look-alike whose only DKIM pass is for a bulk-mail domain, dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: EMILY.keep,
    subject: `Case ${CASE.emily} received - action needed within 12 hours`,
    date: dt('2026-01-20 18:02:11', '+0000'),
    auth: 'misaligned',
    trusted: false,
    enc: 'ascii7',
    text: `Hello,

We have received your case ${CASE.emily}.

To keep your place in the queue, verify your identity within 12 hours:
https://aws-case-verify.example.click/${CASE.emily}

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-multi',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'multipart receipt from the support notification address; plain receipt with holiday hours',
    from: AWS_NOTIFY,
    to: SAM.keep,
    subject: `Case ${CASE.sam}: we've got it`,
    date: dt('2025-12-18 20:44:52', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Case ${CASE.sam} has been created.

Subject: [AWS Training and Certification Form Submission] - account-assistance
Category: Certification account

Holiday support hours: December 24 – January 1, limited staffing. We will respond as soon as possible.`,
    html: htmlDoc(paras(`Case ${CASE.sam} has been created.

Subject: [AWS Training and Certification Form Submission] - account-assistance
Category: Certification account

Holiday support hours: December 24 – January 1, limited staffing. We will respond as soon as possible.`)),
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'en-ai-tool',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'AI-generated suggestion to use the Merge Accounts tool, noting holiday wait times for agents',
    from: AWS_NOTIFY,
    to: JORDAN.keep,
    subject: 'Suggested answer from AWS Support (AI-generated)',
    date: dt('2025-11-25 15:58:20', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `This response was generated by AI. Please verify important details.

You can usually combine two AWS Certification accounts yourself:
- Sign in to the account you want to keep.
- Go to your profile and choose "Merge Accounts".
- Enter the other account's sign-in details and follow the prompts.

Agent responses take longer around Thanksgiving, so the tool is the fastest option when it is available to you.

Still need help? Choose "Create case".`,
  }),
  mk({
    slug: 'en-ai-history',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'AI answer explaining that the tool refuses when both accounts hold certifications; suggests a case',
    from: AWS_NOTIFY,
    to: SAM.keep,
    subject: 'AWS Support assistant: your question about duplicate certification accounts',
    date: dt('2025-12-18 20:40:03', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Here's what I found (automated answer):

If only one of your accounts has certification history, the self-service Merge Accounts tool in the certification portal handles it in a few minutes.
If both accounts already hold certifications, the tool won't proceed — you'll see a message telling you to contact customer support. In that case, create a case and include the candidate ID of each account.

Typical response time for a case is 1–2 business days.`,
  }),
  mk({
    slug: 'en-ai-after-merge',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge (badges re-issued, case closed): stays ai_answer',
    from: AWS_NOTIFY,
    to: EMILY.keep,
    subject: 'Automated answer: merging certification accounts',
    date: dt('2026-01-20 14:20:44', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    html: htmlDoc(`<p><i>Generated by AI</i></p>
<p>Once two certification accounts have been merged, the certifications, exam history and benefits of the old account appear in the kept one. Credly badges are not always moved automatically; after the merge you may need to claim them again with the kept email address. The agent then closes the case.</p>
<p>To start, try <b>Merge Accounts</b> in your certification profile. If it refuses, select <b>Create case</b>.</p>`),
  }),
  mk({
    slug: 'en-ai-while-you-wait',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: 'automated suggestion sent on an open case while an agent is not yet assigned',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-11-25 16:10:31', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `[Automated suggestion - case ${CASE.jordan}]

While you wait for an agent: many account-merge requests can be completed right away with the Merge Accounts tool in your certification profile, provided the account you are merging has no upcoming exam appointment.

If the tool doesn't work for you, no action is needed; an agent will pick up your case.`,
  }),
  mk({
    slug: 'en-ai-fail',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'AI-answer text with dmarc=fail on the receiving server: untrusted',
    from: AWS_NOTIFY,
    to: SAM.keep,
    subject: 'Your AI-generated answer is ready',
    date: dt('2025-12-19 02:13:00', '+0000'),
    auth: 'fail',
    trusted: false,
    relay: 'mx-out.cheapbulk.example.co',
    enc: 'ascii7',
    text: `AI-generated answer:

To merge certification accounts, use the Merge Accounts tool. If the tool is unavailable, our assistant can complete it for you today: sign in at the link below within 24 hours.

https://aws-assistant.example.co/merge`,
  }),
  mk({
    slug: 'en-ai-chat-close',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer whose footer says the conversation closes in 24 hours without feedback: still ai_answer',
    from: AWS_NOTIFY,
    to: EMILY.src,
    subject: 'Did this answer help?',
    date: dt('2026-01-19 23:01:45', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    text: `Automated answer from the AWS Support assistant

Q: I took one exam with my school email and one with my personal email. How do I combine them?

A: Use the Merge Accounts tool in the certification portal, signed in with the personal account. If both accounts show a certification, the tool will ask you to contact support instead.

Did this answer your question? If we don't hear back, this conversation will close in 24 hours. You can always start a new one.`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'en-info-followup',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'follow-up that re-lists the data still needed; the auto-resolve sentence is a tail',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-05 17:20:33', '+0000'),
    enc: 'ascii7',
    text: `Hi Sam,

Following up on my note from December 23. We still need the following before we can go ahead:

  * candidate ID of the account you want to keep
  * candidate ID of the account to be merged
  * the email address you'll use to sign in afterwards

Just reply here with those. If we don't hear back in 5 business days, the case will be resolved automatically.

Thanks,
Marcus
AWS Training and Certification

${sfRef('2Rt7Hw')}`,
  }),
  mk({
    slug: 'en-info-apology',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: 'first human reply after Thanksgiving; apologises, then asks which account to keep and for both IDs',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-01 18:47:12', '+0000'),
    enc: 'utf8qp',
    text: `Hi Jordan,

Sorry for the wait — we're catching up after the holiday.

I found two profiles under your name. So that I merge the right way around, can you tell me which one should survive, and send the candidate ID shown on each profile page? I know your contractor mailbox closes on Friday, so the sooner the better.

Best,
Priyanka
AWS Training and Certification Customer Support

${sfOriginal(JORDAN.keep, '11/25/2025 4:02 PM', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', jordanReq)}`,
  }),
  mk({
    slug: 'en-info-confirm-addr',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: '"Please confirm the email address you keep" asks for information, not consent',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-01-22 15:04:58', '+0000'),
    enc: 'ascii7',
    text: `Hello Emily,

Thanks for your patience; the queue has been long this week.

Before anything else, please confirm the email address you want to keep for signing in. Your request mentions ${EMILY.keep}, but the account on that address also lists ${EMILY.src} as its primary contact.

Regards,
Dana
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-certs-multi',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'multipart request for the exam names and pass dates on the old account, after a holiday-delay line',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2025-12-19 19:31:20', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sam,

Thanks for waiting a day.

To match the records, could you list the certifications on your old account with the approximate date you passed each one? A screenshot of the "Certifications" page works too.

Our team is on reduced hours from Dec 24 to Jan 1, so replies during that week may be slow.

Marcus`,
    html: htmlDoc(`<p>Hi Sam,</p>
<p>Thanks for waiting a day.</p>
<p>To match the records, could you list the certifications on your old account with the approximate date you passed each one? A screenshot of the &quot;Certifications&quot; page works too.</p>
<p><span style="color:#777">Our team is on reduced hours from Dec 24 to Jan 1, so replies during that week may be slow.</span></p>
<p>Marcus</p>`),
  }),
  mk({
    slug: 'en-info-escalation',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'escalation team needs the exam registration email; phrased as a need, not a request verb',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-01-28 21:40:09', '+0000'),
    enc: 'utf8b64',
    text: `Hi Emily,

Quick update from the escalations team, who picked up your case this morning. For the account registered with your school address, they'll need the registration confirmation email from your first exam (or at least its date and the test center). That's the last piece missing on our side.

Dana`,
  }),
  mk({
    slug: 'en-info-freemail',
    trusted: false,
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: 'asks for passwords and IDs; display name says AWS Support but the address is a free-mail account: untrusted',
    from: 'AWS Support Team <aws.support.merge.desk@gmail.com>',
    to: JORDAN.keep,
    subject: `URGENT: Case ${CASE.jordan} - reply before your mailbox closes`,
    date: dt('2025-12-03 09:12:40', '-0800'),
    enc: 'ascii7',
    text: `Jordan,

Your contractor mailbox closes in 48 hours. To finish the merge in time, reply with:
- the password of both certification accounts
- both candidate IDs

Failure to respond will cancel the request.

AWS Support Team`,
  }),
  mk({
    slug: 'en-info-bottom-quote',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: "asks for the legal name as shown on ID; the user's chaser is quoted below",
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-02 20:02:02', '+0000'),
    enc: 'ascii7',
    text: `Hi Jordan,

Thanks. One of the two profiles lists the name "Jordon Lee". Please send your full legal name exactly as it appears on the ID you show at the test center, so we can correct it during the merge.

Priyanka

${gmailEn('Tue, Dec 2, 2025 at 9:15 AM', `Jordan Lee <${JORDAN.keep}>`)}
${quote(`Keep ${JORDAN.keepId} (${JORDAN.keep}). Merge ${JORDAN.srcId} into it.
Any chance this gets done before Friday? That mailbox goes away on the 5th.`)}`,
  }),
  mk({
    slug: 'en-info-typos',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'hurried reply with typos asking for the candidate ID of the old account',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2025-12-23 23:55:41', '+0000'),
    enc: 'ascii7',
    text: `Hi Sam

appologies for the short note, we're a bit understaffed before the holidays. Could you send me the candiate ID for the old acount (the one from OldFirm)? It starts with "AWS" and is on the profile page. Thats all I need for now.

Marcus`,
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'en-conf-deadline',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'asks for consent to the irreversible merge with a reply-by date and auto-close warning',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-07 16:12:50', '+0000'),
    enc: 'ascii7',
    text: `Hi Sam,

Thanks for the details. Here is what we will do:

  Merge ${SAM.srcId} (${SAM.src})
  into  ${SAM.keepId} (${SAM.keep})

Please be aware that a merge is permanent and cannot be reversed. If you agree, reply "I agree" to this email.

If we have not heard from you by January 14, the case will be closed automatically.

Marcus
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-second-reminder',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'second reminder that restates the consent question in full; the close warning is a tail',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-05 14:45:16', '+0000'),
    enc: 'utf8qp',
    text: `Hi Emily,

Second reminder — we're still waiting for your go-ahead.

We're ready to move everything from ${EMILY.srcId} into ${EMILY.keepId}. Once done, this can't be undone. Reply "yes, merge" and we'll take it from there.

After 3 more days without a reply the case will close.

Dana`,
  }),
  mk({
    slug: 'en-conf-html',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: 'HTML-only consent request sent quickly because of the user\'s deadline',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-03 17:33:29', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Jordan,</p>
<p>Thanks for sending that so fast. Given your Friday deadline I've prepared everything:</p>
<ul><li>Account kept: <b>${JORDAN.keepId}</b> (${JORDAN.keep})</li><li>Account retired: <b>${JORDAN.srcId}</b> (${JORDAN.src})</li></ul>
<p>This is irreversible. Can you reply to let me know you&#39;re OK with us going ahead?</p>
<p>Priyanka</p>`),
  }),
  mk({
    slug: 'en-conf-apology',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'apologises for the backlog, then asks for agreement to merge',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-02 16:20:07', '+0000'),
    enc: 'utf8b64',
    text: `Hello Emily,

I'm sorry this has taken so long; the escalations queue was backed up for most of last week.

Everything checks out now. Before we combine ${EMILY.src} into ${EMILY.keep}, we need your agreement: the old account will be retired and the merge can't be reversed. Do you want us to proceed?

Kind regards,
Dana
AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'en-conf-lookalike',
    trusted: false,
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'consent-by-link from aws-training-support.com (look-alike domain): untrusted',
    from: 'AWS Training & Certification <cases@aws-training-support.com>',
    to: SAM.keep,
    subject: `Action required today: approve merge for case ${CASE.sam}`,
    date: dt('2026-01-08 07:00:00', '+0000'),
    enc: 'ascii7',
    text: `Dear customer,

Your merge request expires at midnight. Approve it now or start over:

  https://aws-training-support.com/approve?case=${CASE.sam}

AWS Training & Certification`,
  }),
  mk({
    slug: 'en-conf-outlook-quote',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.jordanDup,
    trap: false,
    note: "consent request sent on the duplicate case, above the user's Outlook-quoted message",
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordanDup),
    date: dt('2025-12-01 17:05:44', '+0000'),
    enc: 'utf8qp',
    text: `Jordan,

Picking this up from your second case so you aren't kept waiting. Same question as on the first: we'd merge ${JORDAN.srcId} into ${JORDAN.keepId}, permanently. Please reply to say you consent.

Tomas
AWS Training and Certification

${outlookEn(`Jordan Lee <${JORDAN.keep}>`, 'Monday, December 1, 2025 3:12 AM', SUPPORT_BARE, 'Second try - account merge')}

Second try - nobody answered the first one and I'm running out of time. Please merge ${JORDAN.srcId} into ${JORDAN.keepId}.`,
  }),
  mk({
    slug: 'en-conf-dkimonly-bodyid',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'subject without case ID, ID only in the body; aligned DKIM pass only',
    from: SUPPORT,
    to: SAM.keep,
    subject: 'Your certification accounts - we need a yes from you',
    date: dt('2026-01-12 15:50:02', '+0000'),
    auth: 'dkimonly',
    enc: 'ascii7',
    text: `Hi Sam,

(Reference: case ${CASE.sam})

Resending in case last week's email got buried after the holidays. We're set to merge your OldFirm account into your personal one, which cannot be undone. A quick reply saying you agree is all we need.

Marcus`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'en-merge-buried',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.jordan,
    trap: false,
    note: 'holiday backlog and SLA boilerplate with one line saying the accounts were merged today',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-04 22:18:39', '+0000'),
    enc: 'ascii7',
    text: `Hi Jordan,

A quick note on timing first: after Thanksgiving our queue grew to several days, and we're still working through it. If you open new requests in the coming weeks, expect 2-3 business days for a first reply.

Your accounts were merged earlier today; ${JORDAN.keepId} now holds everything.

For future questions, replying on this thread is the quickest route. Opening new cases for the same topic adds to the wait.

Priyanka
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-merge-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'merge done and the case will be closed now: the new fact is the merge',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-14 18:29:11', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sam,

Thanks for your reply. The merge is done — your OldFirm certifications are now part of ${SAM.keepId}.

Since that was the only open item, I'm going to close this case now.

Marcus`,
  }),
  mk({
    slug: 'en-merge-portal',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    trap: false,
    note: "the certification portal's own accounts-merged notice; no case ID",
    from: 'AWS Certification <no-reply@aws.training>',
    to: EMILY.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: dt('2026-02-10 09:03:44', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `Hello Emily Chen,

This is to let you know that your AWS Certification accounts have been merged.

Merged account: ${EMILY.srcId}
Active account: ${EMILY.keepId}

It can take up to 24 hours for all records to show.

AWS Certification`,
  }),
  mk({
    slug: 'en-merge-check',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'completion notice asking the user to check that all looks right: stays merge_completed',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-10 08:51:30', '+0000'),
    enc: 'utf8b64',
    text: `Hi Emily,

Good news after the long wait: your two accounts are now one. Please sign in with ${EMILY.keep} and check that your certifications, exam history and benefits are all there. If anything is missing, just reply here.

Dana`,
  }),
  mk({
    slug: 'en-merge-fail-then-forged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'merge-completed text; the top Authentication-Results says fail and a pass is planted lower: untrusted',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-08 03:30:00', '+0000'),
    auth: 'failThenForged',
    trusted: false,
    relay: 'smtp9.quickmailer.example.in',
    enc: 'ascii7',
    text: `Hi Emily,

Your accounts have been merged. To activate your benefits before they expire in 48 hours, sign in here:
https://aws-benefits.example.in/activate

Dana`,
  }),
  mk({
    slug: 'en-merge-thanksgiving',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.jordanDup,
    trap: false,
    note: 'on the duplicate case: thanks for patience over Thanksgiving; the merge went through',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordanDup),
    date: dt('2025-12-04 22:30:12', '+0000'),
    enc: 'utf8qp',
    text: `Hi Jordan,

Thanks for bearing with us through the holiday week. Confirming from this case as well: the merge went through today, a day ahead of your mailbox deadline. Everything from ${JORDAN.src} is now under ${JORDAN.keep}.

Tomas`,
  }),
  mk({
    slug: 'en-merge-badges-note',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: 'multipart completion that adds that badges will follow separately (badges not moved yet)',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-14 18:20:40', '+0000'),
    enc: 'utf8b64',
    text: `Hi Sam,

The account merge has been completed. Your certification history from ${SAM.srcId} is now visible on ${SAM.keepId}.

Credly badges are handled by a different team and can take another week; I'll keep an eye on it.

Marcus`,
    html: htmlDoc(`<p>Hi Sam,</p>
<p>The account merge has been completed. Your certification history from ${SAM.srcId} is now visible on ${SAM.keepId}.</p>
<p>Credly badges are handled by a different team and can take another week; I&#39;ll keep an eye on it.</p>
<p>Marcus</p>`),
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'en-badge-credly-reminder',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: "Credly reminder: AWS's badge, issued to the kept address, is still waiting to be accepted",
    from: CREDLY_AWS,
    to: SAM.keep,
    subject: "Reminder: you haven't accepted your AWS badge yet",
    date: dt('2026-01-26 16:00:02', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Hi Sam,

Amazon Web Services Training and Certification issued you a badge last week and it's still waiting for you:

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/9a7f3e21

This email was sent by Credly on behalf of Amazon Web Services Training and Certification.`,
    html: credlyHtmlEn('Sam', 'Amazon Web Services Training and Certification', 'AWS Certified Developer - Associate', "Amazon Web Services Training and Certification issued you a badge last week and it's still waiting for you:"),
  }),
  mk({
    slug: 'en-badge-support-close',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'support says the badges moved to the kept Credly account and closes the case: badges_transferred',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-09 19:44:21', '+0000'),
    enc: 'ascii7',
    text: `Hi Jordan,

The badges from your contractor account now show on the Credly profile for ${JORDAN.keep}; the Credly team finished the move this afternoon.

With that, everything is wrapped up and I'm closing the case.

Priyanka`,
  }),
  mk({
    slug: 'en-badge-support-delay',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'apologises for a week waiting on Credly; badges now on the kept account',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-22 17:10:39', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sam,

Sorry for the radio silence. Credly needed longer than expected, but as of this morning your three AWS badges are attached to your ${SAM.keep} profile. A refresh of the Credly page should show them.

Marcus`,
  }),
  mk({
    slug: 'en-badge-buried',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'status mail about support hours and a survey, with one line saying the badges were moved',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-13 20:11:52', '+0000'),
    enc: 'ascii7',
    text: `Hi Emily,

Heads-up: Monday, February 16 is a US holiday (Presidents' Day), and responses will be slower that day.
We've also moved your two Credly badges over to the ${EMILY.keep} account, so nothing is left under your school address.
You may receive a short survey about your experience in the next few days.

Dana`,
  }),
  mk({
    slug: 'en-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: "HTML-only Credly notice of an AWS badge earned on the kept address after the merge",
    from: CREDLY_AWS,
    to: JORDAN.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: dt('2025-12-08 15:27:38', '+0000'),
    enc: 'utf8qp',
    html: credlyHtmlEn('Jordan', 'Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Professional', 'You earned a badge from Amazon Web Services Training and Certification. Accept it to add it to your profile.'),
  }),
  mk({
    slug: 'en-badge-lookalike',
    trusted: false,
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'badge notice from credly-mail.com (look-alike domain) with an expiry threat: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-mail.com>',
    to: EMILY.keep,
    subject: 'Your transferred AWS badges expire in 24 hours',
    date: dt('2026-02-14 05:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emily,

Your AWS badges were moved to your new account. Accept them within 24 hours or they will be revoked:

https://credly-mail.com/accept/all

Credly`,
  }),
  mk({
    slug: 'en-badge-resent',
    forUser: false,
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'AWS badge mail redirected (Resent-*) from the contractor mailbox to the agency archive: not delivered to the user',
    from: CREDLY_AWS,
    to: JORDAN.src,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: dt('2025-12-05 11:02:50', '+0000'),
    enc: 'ascii7',
    resent: { from: 'postmaster@contractor.example.net', to: 'offboarded-archive@contractor.example.net', date: dt('2025-12-06 00:00:10', '+0000') },
    text: `Hi Jordan,

You earned a badge from Amazon Web Services Training and Certification:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/0c4411aa`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'en-close-3days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.jordanDup,
    trap: false,
    note: 'we have not heard from you; the duplicate case will close in 3 days',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordanDup),
    date: dt('2025-12-10 16:00:41', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `Hello,

We haven't heard back from you on case ${CASE.jordanDup}. If there's nothing else we can help with, no action is needed: the case will close automatically in 3 days.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-close-inactivity',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.jordanDup,
    trap: false,
    note: 'case resolved due to inactivity',
    from: AWS_NOTIFY,
    to: JORDAN.keep,
    subject: `Case ${CASE.jordanDup} has been resolved`,
    date: dt('2025-12-13 16:01:05', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Your case ${CASE.jordanDup} has been resolved due to inactivity.

If you still need help, reply to this email within 14 days to reopen it.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-restate',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'closing that only restates the merge of February 10',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-20 18:45:13', '+0000'),
    enc: 'utf8b64',
    text: `Hi Emily,

As your accounts were merged on February 10 and the badges followed shortly after, I'm closing this case. Thanks again for your patience through a slow few weeks.

Dana`,
  }),
  mk({
    slug: 'en-close-html',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'HTML-only system notice that the case was resolved',
    from: AWS_NOTIFY,
    to: SAM.keep,
    subject: `[Resolved] Case ${CASE.sam}`,
    date: dt('2026-01-29 00:00:17', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    html: htmlDoc(`<p>Case <b>${CASE.sam}</b> is now <b>Resolved</b>.</p>
<p>Subject: [AWS Training and Certification Form Submission] - account-assistance</p>
<p>You can reopen it by replying within 14 days.</p>`),
  }),
  mk({
    slug: 'en-close-holiday',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'before the holiday break: the case closes if no reply by Dec 23; asks for nothing specific',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2025-12-22 15:03:28', '+0000'),
    enc: 'ascii7',
    text: `Hi Sam,

We haven't had a reply to our message of December 19. With the team going on holiday hours, we'll close this case on December 23 if we don't hear from you by then. Replying later will reopen it.

Marcus`,
  }),
  mk({
    slug: 'en-close-otheronly',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'auto-close warning authenticated only by another authserv-id (mx.google.com) below our server: untrusted',
    from: AWS_NOTIFY,
    to: EMILY.keep,
    subject: `Final notice: case ${CASE.emily} closes in 24 hours`,
    date: dt('2026-02-01 12:00:00', '+0000'),
    auth: 'otherOnly',
    trusted: false,
    enc: 'ascii7',
    text: `Final notice: case ${CASE.emily} will close automatically in 24 hours unless you respond.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-close-final',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'final reminder before automatic resolution in 24 hours',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-27 23:59:02', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Hi Sam,

This is a final reminder: there's been no activity on this case for 5 days. It will be resolved automatically in 24 hours. If you still need anything, just reply.

AWS Training and Certification`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'en-sr-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emily,
    trap: false,
    note: 'case escalated to a specialist team; 3-5 business days',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-01-26 19:20:09', '+0000'),
    enc: 'ascii7',
    text: `Hi Emily,

Thank you. Because your school account was created through an academic program, I've escalated the case to our specialist team. Their current turnaround is 3-5 business days. I'll keep you posted.

Dana`,
  }),
  mk({
    slug: 'en-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'thanks for confirming; passed to the team; may slip because of the backlog',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-03 23:14:50', '+0000'),
    enc: 'utf8qp',
    text: `Hi Jordan,

Thanks for confirming. I've passed the request to the team that performs merges and flagged your Friday deadline. They're still clearing the post-Thanksgiving backlog, so I can't promise a time, but I've asked for priority.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-not-yet',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: 'the merge has not been completed yet; still in the queue',
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-02-06 17:02:35', '+0000'),
    enc: 'utf8b64',
    text: `Hi Emily,

Thanks for checking in. I'm afraid the merge hasn't been completed yet; the request is in the processing queue and should be picked up early next week. Sorry it's dragging on.

Dana`,
  }),
  mk({
    slug: 'en-sr-dupcases',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'we merged your duplicate cases; not the account merge',
    from: SUPPORT,
    to: JORDAN.keep,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-01 19:05:21', '+0000'),
    enc: 'ascii7',
    text: `Hi Jordan,

I noticed you opened case ${CASE.jordanDup} over the weekend for the same request. I've merged it into this one so we don't work on it twice. Please keep replying here.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-holiday',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: 'on-case holiday closure notice; a status message',
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2025-12-23 21:40:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Sam,

Just so you know, I'm out from December 24 through January 2 and the team is running with a skeleton crew. Your case stays open and I'll pick it up first thing on January 5.

Happy holidays,
Marcus`,
  }),
  mk({
    slug: 'en-sr-chaser-reply',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.sam,
    trap: false,
    note: "answers the user's chaser; Gmail-quoted chaser below",
    from: SUPPORT,
    to: SAM.keep,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-05 15:02:48', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sam,

You're right, it's been too long and I apologise. I'm back today and your case is the first on my list. You'll hear from me before the end of the day.

Marcus

${gmailEn('Sat, Jan 3, 2026 at 11:48 PM', `Sam Patel <${SAM.keep}>`)}
${quote(`Hello? It's been two weeks since I sent the screenshots. Is anyone looking at this?`)}`,
  }),
  mk({
    slug: 'en-sr-unable',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emily,
    trap: true,
    note: "unable to merge while an exam appointment is pending; will revisit after it; asks nothing",
    from: SUPPORT,
    to: EMILY.keep,
    subject: formSubject(CASE.emily),
    date: dt('2026-01-23 16:31:12', '+0000'),
    enc: 'ascii7',
    text: `Hi Emily,

I see an exam booked on your school account for January 31. We're unable to merge accounts while an appointment is pending, so we'll revisit this right after your exam. No action needed from you in the meantime.

Good luck!
Dana`,
  }),
  mk({
    slug: 'en-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'asks the user to write from the kept address, without asking for data',
    from: SUPPORT,
    to: JORDAN.src,
    subject: formSubject(CASE.jordan),
    date: dt('2025-12-02 16:44:03', '+0000'),
    enc: 'ascii7',
    text: `Hi Jordan,

I got your message from the contractor address. For security, we can only act on replies sent from the address of the account you're keeping, so please answer from ${JORDAN.keep} from now on.

Priyanka`,
  }),

  // ---------------- unrelated (8) ----------------
  mk({
    slug: 'en-un-user-chaser',
    forUser: false,
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.sam,
    trap: true,
    note: "the user's own chaser in the Sent folder (no delivery to the user): unrelated",
    from: `${SAM.name} <${SAM.keep}>`,
    to: SUPPORT_BARE,
    subject: formSubject(CASE.sam),
    date: dt('2026-01-03 23:48:12', '-0500'),
    auth: 'none',
    trusted: false,
    deliveredTo: null,
    relay: 'smtp.example.org',
    enc: 'ascii7',
    text: `Hello? It's been two weeks since I sent the screenshots. Is anyone looking at this? I need the merge done before my renewal exam.

Sam

Sent from my iPhone`,
  }),
  mk({
    slug: 'en-un-colleague-ooo',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: "a colleague's out-of-office reply to Jordan's forward about the merge",
    from: 'Chris Morgan <cmorgan@contractor.example.net>',
    to: JORDAN.keep,
    subject: `Automatic reply: FW: ${formSubject(CASE.jordan)}`,
    date: dt('2025-11-28 10:00:03', '-0800'),
    enc: 'ascii7',
    trusted: false,
    extra: AUTOREPLY,
    text: `I'm out for the Thanksgiving holiday and back on Monday, December 1. For anything about offboarding or account merges, please contact it-help@contractor.example.net.`,
  }),
  mk({
    slug: 'en-un-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.jordan,
    trap: true,
    note: 'survey about the resolved case, closes in 7 days',
    from: 'AWS Support <aws-survey@amazon.com>',
    to: JORDAN.keep,
    subject: `How did we do on case ${CASE.jordan}?`,
    date: dt('2025-12-11 17:30:00', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `Hi Jordan,

Your case ${CASE.jordan} was recently closed. Was your issue resolved?

Tell us in two minutes — the survey closes in 7 days.
https://survey.aws.example/s/${CASE.jordan}`,
  }),
  mk({
    slug: 'en-un-exam-reminder',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Pearson VUE reminder: exam in 48 hours, appointment confirmed',
    from: 'Pearson VUE <no-reply@pearsonvue.com>',
    to: EMILY.src,
    subject: 'Reminder: your AWS exam is in 48 hours',
    date: dt('2026-01-29 13:00:00', '+0000'),
    enc: 'ascii7',
    trusted: false,
    extra: AUTO,
    text: `Dear Emily Chen,

This is a reminder that your appointment is confirmed:

Exam: AWS Certified Cloud Practitioner (CLF-C02)
Date: Saturday, January 31, 2026, 9:00 AM
Confirmation number: 519904233

Rescheduling less than 24 hours before the appointment is not possible.`,
  }),
  mk({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from HashiCorp (another issuer) with an accept-soon nudge',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: JORDAN.keep,
    subject: 'Reminder: accept your HashiCorp badge',
    date: dt('2025-12-12 16:00:00', '+0000'),
    enc: 'utf8qp',
    html: credlyHtmlEn('Jordan', 'HashiCorp', 'HashiCorp Certified: Terraform Associate (003)', 'Your badge from HashiCorp is waiting. Accept it to share it on your profile.'),
  }),
  mk({
    slug: 'en-un-exam-case',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.emilyExam,
    trap: true,
    note: "auto-close reminder on the user's other case about rescheduling an exam",
    from: SUPPORT,
    to: EMILY.keep,
    subject: `[CASE ${CASE.emilyExam}] Exam reschedule request`,
    date: dt('2026-01-25 17:00:40', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `Hello Emily,

We haven't received a reply about rescheduling your Cloud Practitioner exam (case ${CASE.emilyExam}). This case will close in 3 days if we don't hear from you.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-un-skillbuilder-sale',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'Skill Builder Thanksgiving-week promotion with a countdown; marketing',
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: JORDAN.keep,
    subject: 'Last 24 hours: 40% off AWS Skill Builder Team subscriptions',
    date: dt('2025-11-30 14:00:00', '+0000'),
    enc: 'utf8qp',
    extra: ['List-Unsubscribe: <https://aws.training/unsubscribe?u=7781>'],
    text: `Our Thanksgiving week offer ends tomorrow at midnight PT.

Get 40% off an annual AWS Skill Builder Team subscription: hands-on labs, practice exams and exam prep plans.

Shop now: https://skillbuilder.aws/subscriptions

You are receiving this because you opted in to AWS Training and Certification news.`,
  }),
  mk({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code, expires in 15 minutes",
    from: 'Credly <admin@credly.com>',
    to: SAM.keep,
    subject: 'Your Credly account merge code',
    date: dt('2026-01-23 02:14:09', '+0000'),
    enc: 'ascii7',
    extra: AUTO,
    text: `Enter this code to complete your account merge:

  482 160

The code expires in 15 minutes. If you didn't request this, you can ignore this email.

Credly`,
  }),
];

void [TRAINING, esc];
