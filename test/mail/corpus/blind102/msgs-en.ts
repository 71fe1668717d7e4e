// cw English messages: Thanksgiving, Christmas, New Year and time zones on the other side.
import type { Msg } from './lib.js';
import {
  CASE, DAN, EMMA, NOTIFY, PORTAL, SUPPORT, SUPPORT_ADDR, credly, d, ed, edl, formSubject, gmailEn, htmlDoc, mail, outlookEn, paras, quote, sfQuote, sfRef, sup, to,
} from './common.js';

const EMMA_ASK = `Hi, I have two AWS Certification accounts: ${EMMA.src} (old employer) and ${EMMA.keep} (personal).
Could you merge them and keep the personal one? I'd love to get this sorted before the holidays.
Emma`;

const DAN_ASK = `Hello - I ended up with a second certification account after a job change.
Keep: ${DAN.keep}. Merge in: ${DAN.src}. Thanks and happy new year!
Dan Ortiz`;

// ---------------------------------------------------------------- acknowledgement (7)
const ACK: Msg[] = [
  sup({
    slug: 'en-ack-emma-thanksgiving',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.emma,
    note: 'case receipt with a Thanksgiving reduced-hours notice',
    from: NOTIFY,
    to: to(EMMA),
    subject: `We've received your request [Case ID ${CASE.emma}]`,
    date: d('2026-11-24 14:03:27', '-0800'),
    enc: 'ascii7',
    text: `Hello Emma Clarke,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that case ${CASE.emma} has been created.

A member of our team will respond by email, usually within one business day.

Holiday hours: our offices in the United States will be closed on Thursday, November 26 and Friday, November 27 for Thanksgiving. Requests received during this time will be answered in the order they arrived, starting Monday, November 30.

Please do not open a new case for the same request; duplicate cases slow down our response.

Sincerely,
Amazon Web Services`,
  }),
  sup({
    slug: 'en-ack-dan-newyear',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.dan,
    note: 'receipt sent on New Year\'s Eve, dates in several formats',
    from: NOTIFY,
    to: to(DAN),
    subject: `Case ${CASE.dan} opened - AWS Training and Certification`,
    date: d('2026-12-31 22:18:44', '+0000'),
    enc: 'utf8qp',
    text: `Hi Dan,

Your case ${CASE.dan} was created on 31/12/2026 at 22:18 UTC (2:18 PM PST).

We're operating with limited staff between Dec 24 and Jan 1. Expect a reply from an agent on or after 2027-01-04.

- AWS Training & Certification Support`,
  }),
  sup({
    slug: 'en-ack-plain-shape',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: '1781940021',
    note: 'receipt recognisable only by shape: case number, status, created time',
    from: NOTIFY,
    to: to(EMMA),
    subject: 'Case 1781940021: Unassigned',
    date: d('2026-12-23 09:00:04', '+0000'),
    enc: 'ascii7',
    text: `Case ID: 1781940021
Status: Unassigned
Created: 2026-12-23T09:00:04Z
Severity: General question

You can add correspondence by replying to this email.`,
  }),
  sup({
    slug: 'en-ack-html-christmas',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: '1781958806',
    note: 'HTML receipt with a festive holiday-schedule banner',
    from: NOTIFY,
    to: to(DAN),
    subject: 'Thanks for reaching out - case 1781958806',
    date: d('2026-12-24 17:30:00', '-0800'),
    enc: 'utf8qp',
    text: `Hi Dan, thanks for reaching out. Your case number is 1781958806.
Holiday schedule: Dec 24-25 and Dec 31-Jan 1 closed (PST). Replies may take up to 3 business days.`,
    html: htmlDoc(`<div style="background:#232f3e;color:#fff;padding:8px">Holiday schedule: Dec 24&ndash;25 and Dec 31&ndash;Jan 1 closed (PST)</div>
<p>Hi Dan, thanks for reaching out. Your case number is <strong>1781958806</strong>.</p>
<p>Replies may take up to 3 business days.</p>`, 'en'),
  }),
  mail({
    slug: 'en-ack-forged-lookalike',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: '1781927730459',
    trap: false,
    note: 'receipt from amazon-support.help (look-alike) with dmarc=fail',
    from: 'AWS Support <cases@amazon-support.help>',
    to: to(EMMA),
    subject: 'Your support case 1781927730459 has been received',
    date: d('2026-11-27 03:03:03', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Dear customer,

Your case 1781927730459 has been received. Because of the Thanksgiving closure, please verify your identity within 24 hours to keep your case open:
https://amazon-support.help/verify

AWS Support`,
  }),
  sup({
    slug: 'en-ack-emma-second-utc',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: '1781940021',
    trap: true,
    note: 'receipt quoting the customer\'s form text (account merge), times in UTC and GMT',
    from: NOTIFY,
    to: to(EMMA),
    subject: `Your case has been created: 1781940021`,
    date: d('2026-12-23 09:00:06', '+0000'),
    enc: 'utf8b64',
    text: `Hello,

We created case 1781940021 at 09:00 UTC (09:00 GMT) on 23 Dec 2026.

What you told us:
"Still waiting on my account merge from last month, opening this in case the first one got lost over Thanksgiving."

Our team will reply within 24 hours on business days. Christmas Day and Boxing Day are not business days for our EMEA team.`,
  }),
  mail({
    slug: 'en-ack-displayname-freemail',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: '1784006619',
    trap: false,
    note: 'trusted-looking display name on a free-mail address',
    from: '"AWS Training and Certification (aws-cs-trainingcertification-form@amazon.com)" <aws.cert.helpdesk2027@gmail.example>',
    to: to(DAN),
    subject: 'Case 1784006619 received',
    date: d('2027-01-02 11:11:11', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Dan,

Case 1784006619 received. Holiday queue position: 14.

AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- ai_answer (6)
const AI: Msg[] = [
  sup({
    slug: 'en-ai-merge-tool',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'generated suggestion to use the Merge Accounts tool',
    from: NOTIFY,
    to: to(EMMA),
    subject: 'Suggested answer from AWS Support',
    date: d('2026-11-24 14:01:10', '-0800'),
    enc: 'ascii7',
    text: `This answer was generated by AI.

It sounds like you have two AWS Certification accounts. You may be able to combine them yourself:
  1. Sign in to the account you want to keep.
  2. Open your profile and choose "Merge Accounts".
  3. Enter the credentials of the other account.

If the tool tells you it can't merge these accounts (for example, both have certifications), choose "Create case" to reach our team.

Did this answer your question? Yes | No`,
  }),
  sup({
    slug: 'en-ai-after-merge',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer describing what happens after a merge is completed: still ai_answer',
    from: NOTIFY,
    to: to(DAN),
    subject: 'Automated response: merging certification accounts',
    date: d('2026-12-31 22:17:00', '+0000'),
    enc: 'utf8qp',
    text: `Automated response (generated by AI - may contain errors)

After accounts are merged, your certifications, exam history and benefits appear in the account you kept, and the other account is closed. Credly badges are usually re-issued to the kept email address; you can then accept them on Credly.

To start a merge, try Merge Accounts in your certification profile first. Our agents are away Dec 31 - Jan 1 (PST).`,
  }),
  sup({
    slug: 'en-ai-html-holiday',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'HTML-only AI card with a holiday hours footer',
    from: NOTIFY,
    to: to(EMMA),
    subject: 'Here is an answer that may help',
    date: d('2026-12-23 08:58:40', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p><em>Generated by Amazon Q</em></p>
<p>Duplicate certification accounts can often be combined with the self-service <strong>Merge Accounts</strong> option in your AWS Certification profile.</p>
<p>If that doesn't work, select <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a>.</p>
<hr><p style="font-size:11px">Holiday hours: Dec 24&ndash;26 and Jan 1 reduced coverage (UTC).</p>`, 'en'),
  }),
  mail({
    slug: 'en-ai-forged-dkimses',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'AI-answer look-alike signed only by amazonses.com (not aligned), dmarc=none',
    from: NOTIFY,
    to: to(DAN),
    subject: 'AI assistant: your certification accounts',
    date: d('2027-01-02 05:00:00', '+0000'),
    auth: 'dkimSes',
    enc: 'ascii7',
    text: `Our AI assistant found a faster way: use the self-service merge link below, available during the holidays.
https://aws-training-merge.example.net/start

(This is an automated answer.)`,
  }),
  sup({
    slug: 'en-ai-short-bullets',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'terse automated answer with two options',
    from: NOTIFY,
    to: to(EMMA),
    subject: 'AWS Support - automated answer',
    date: d('2026-11-24 22:01:00', '+0000'),
    enc: 'ascii7',
    text: `Automated answer:
* Two certification accounts? Try Profile > Merge Accounts.
* Tool says no? Create a case and a person will follow up.
This reply was produced automatically.`,
  }),
  sup({
    slug: 'en-ai-timezone-note',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer that explains agents will ask for confirmation and close the case afterwards',
    from: NOTIFY,
    to: to(DAN),
    subject: 'Re: account merge (AI generated answer)',
    date: d('2027-01-04 06:30:00', '-0800'),
    enc: 'utf8b64',
    text: `AI-generated answer

If you open a case, an agent will confirm the account details with you and ask you to approve the merge, since it can't be reversed. After that the case is closed.

Before opening a case, please try the Merge Accounts tool. Support hours are Monday-Friday, 6 AM-6 PM Pacific Time (23:00-11:00 JST next day).`,
  }),
];

// ---------------------------------------------------------------- info_request (7)
const INFO: Msg[] = [
  sup({
    slug: 'en-info-emma-after-thanksgiving',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emma,
    note: 'delayed by Thanksgiving; asks for candidate IDs of both accounts',
    to: to(EMMA),
    date: d('2026-11-30 09:12:37', '-0800'),
    enc: 'ascii7',
    text: `Hello Emma,

Thanks for your patience over the Thanksgiving break, and sorry for the slow reply.

So we can locate both profiles, could you send us the AWS Candidate ID for each account? You'll find it on the profile page in the certification portal; it starts with "AWS".

Kind regards,
Megan
AWS Training and Certification
${sfRef('8Hq0Pz1Lm')}

${sfQuote(EMMA.keep, 'Tuesday, November 24, 2026 2:02 PM', SUPPORT_ADDR, 'account-assistance', EMMA_ASK, '--------------- Original Message ---------------')}`,
  }),
  sup({
    slug: 'en-info-dan-which-keep',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'back after New Year: which account should be kept, phrased as a question without "please"',
    to: to(DAN),
    date: d('2027-01-04 10:40:00', '-0800'),
    enc: 'utf8qp',
    text: `Hi Dan,

Happy New Year, and thanks for waiting while we were out.

Your note lists ${DAN.keep} as the one to keep, but the profile under that address has no exams, while ${DAN.src} has three certifications. Just to be sure we get this right: which address should the merged account use going forward?

Carlos
AWS T&C Customer Service

${gmailEn(2026, 12, 31, '2:16 PM', `Daniel Ortiz <${DAN.keep}>`)}
${quote(DAN_ASK)}`,
  }),
  sup({
    slug: 'en-info-handover-emma',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emma,
    note: 'agent on leave hands over; the new agent asks for the old account\'s login email',
    to: to(EMMA),
    date: d('2026-12-21 16:05:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

Megan is on leave until January 4, so I've picked up your case. I'm Raj.

Reading through the history, I still need the email address you use to sign in to the older account (the one with candidate ID ${EMMA.srcId}). Could you reply with it?

Thanks,
Raj
AWS Training and Certification`,
  }),
  sup({
    slug: 'en-info-reply-by-date',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'asks for exam dates by Jan 15 otherwise the case closes: the request is the new content',
    to: to(DAN),
    date: d('2027-01-06 15:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hello Dan,

To verify ownership of ${DAN.srcId}, please send the date you took your most recent exam on that account (any format is fine, e.g. 03/14/2024 or 14 Mar 2024) and the test center or online proctoring provider.

If we don't hear back by Fri, Jan 15 (PST), this case will be closed automatically; you can reopen it by replying.

Carlos`,
  }),
  sup({
    slug: 'en-info-confirm-email-keep',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.emma,
    trap: true,
    note: '"please confirm the email address you keep" asks for information',
    to: to(EMMA),
    date: d('2026-12-02 11:30:00', '+0000'),
    enc: 'utf8b64',
    text: `Hi Emma,

Before I go further, please confirm the email address you would like to keep as your sign-in. Your form says "personal", and I see two personal-looking addresses on file.

Best,
Megan`,
  }),
  mail({
    slug: 'en-info-forged-subdomain',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: CASE.dan,
    trap: false,
    note: 'info request from amazon.com.case-portal.net (look-alike suffix), own DMARC pass',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.case-portal.net>',
    to: to(DAN),
    subject: formSubject(CASE.dan),
    date: d('2027-01-03 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Dan,

Due to the New Year backlog we need you to re-submit both account passwords and a photo ID here:
https://amazon.com.case-portal.net/form

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-info-ddmm-dates',
    kind: 'info_request',
    lang: 'en',
    caseId: '1781940021',
    note: 'UK agent asks for names and the certification list; dates written 28/12',
    to: to(EMMA),
    date: d('2026-12-28 10:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hello Emma,

Apologies for the wait - our team was off for Christmas and Boxing Day and we're back today (28/12).

Could you let us know the full name registered on each account and the certifications you hold on each? With those we can match the profiles and continue. We're open again until 31/12, then closed on 01/01.

Olivia
AWS Training and Certification (EMEA)`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (7)
const CONF: Msg[] = [
  sup({
    slug: 'en-conf-emma-before-christmas',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emma,
    note: 'asks Emma to approve the irreversible merge, mentioning the pre-Christmas window',
    to: to(EMMA),
    date: d('2026-12-03 09:20:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Emma,

Thanks for confirming the address. Here is what we'll do:

  From: ${EMMA.srcId} (${EMMA.src})
  Into: ${EMMA.keepId} (${EMMA.keep})

A merge can't be undone. If this looks right, reply "I agree" and we'll proceed. Replies received by ${ed(2026, 12, 18)} should be processed before the Christmas closure.

Megan
AWS Training and Certification

${outlookEn(`Emma Clarke <${EMMA.keep}>`, 2026, 12, 2, '6:44 PM', SUPPORT_ADDR, formSubject(CASE.emma))}

Hi Megan, it's ${EMMA.keep}. Thanks!`,
  }),
  sup({
    slug: 'en-conf-dan-approve',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'consent request after New Year, phrased "we need your go-ahead"',
    to: to(DAN),
    date: d('2027-01-07 09:45:00', '-0800'),
    enc: 'utf8qp',
    text: `Dan,

Thanks, the exam date matched. We're ready to fold ${DAN.src} into ${DAN.keep}.

Because this is permanent, we need your go-ahead in writing before we run it. A one-line reply is enough.

Carlos`,
  }),
  sup({
    slug: 'en-conf-handover',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.emma,
    note: 'stand-in agent re-sends the consent question while the agent is on holiday',
    to: to(EMMA),
    date: d('2026-12-22 10:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

Raj here again, covering for Megan over the holidays. I have everything I need now.

Can you confirm you want ${EMMA.src} merged into ${EMMA.keep}? Once it's done it can't be reversed, so I'll wait for your reply before I submit it.

Raj`,
  }),
  sup({
    slug: 'en-conf-timezones',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'consent request with a reply window in PST, UTC and JST',
    to: to(DAN),
    date: d('2027-01-07 18:00:00', '+0000'),
    enc: 'utf8b64',
    text: `Hi Dan,

Please reply to approve merging ${DAN.srcId} into ${DAN.keepId}. This is irreversible.

If you approve before 5:00 PM PST on Jan 8 (01:00 UTC / 10:00 JST on Jan 9), we'll run it on Friday. Otherwise it will be Monday, Jan 11.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-conf-html',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: '1781940021',
    note: 'HTML consent request on the second case',
    to: to(EMMA),
    date: d('2026-12-29 12:00:00', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>Hello Emma,</p>
<p>We matched both profiles. Before we merge <b>${EMMA.src}</b> into <b>${EMMA.keep}</b>, we need your consent: <span style="color:#b00">merges are permanent</span>.</p>
<p>Reply to this email to agree.</p>
<p>Olivia</p>`, 'en'),
  }),
  mail({
    slug: 'en-conf-forged-nonauth',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: CASE.emma,
    trap: false,
    note: 'consent request from support.aws-training.com (not a trusted domain)',
    from: 'AWS Training and Certification <merge@support.aws-training.com>',
    to: to(EMMA),
    subject: formSubject(CASE.emma),
    date: d('2026-12-24 20:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Emma,

Christmas processing: click "Approve" to merge your accounts before we close for the holiday.
https://support.aws-training.com/approve?case=${CASE.emma}`,
  }),
  sup({
    slug: 'en-conf-no-question-mark',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.dan,
    note: 'consent asked as a statement: "we just need a yes from you"',
    to: to(DAN),
    date: d('2027-01-05 12:12:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Dan - both accounts located. Keep ${DAN.keep}, retire ${DAN.src}; we just need a yes from you to run the merge, which we can't roll back afterwards.

Carlos`,
  }),
];

// ---------------------------------------------------------------- merge_completed (7)
const DONE: Msg[] = [
  sup({
    slug: 'en-done-emma',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.emma,
    note: 'merge done; please check the certifications look right',
    to: to(EMMA),
    date: d('2026-12-23 15:30:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

Good news before the break: your accounts have been merged. Everything from ${EMMA.srcId} now sits under ${EMMA.keep}.

Please sign in and check that your certifications and benefits look right.

Raj

${gmailEn(2026, 12, 22, '11:08 AM', `Emma Clarke <${EMMA.keep}>`)}
${quote('Yes, please go ahead and merge them. Thank you!')}`,
  }),
  sup({
    slug: 'en-done-inside-holiday-notice',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dan,
    note: 'holiday closure notice (MLK Day) that also reports the merge as completed',
    to: to(DAN),
    subject: `Office closure on Jan 18 | ${formSubject(CASE.dan)}`,
    date: d('2027-01-15 14:00:00', '-0800'),
    enc: 'utf8qp',
    text: `Hi Dan,

A quick note: our US team will be closed on Monday, January 18 for Martin Luther King Jr. Day, and replies may be slower that week.

Also, the merge you approved went through this morning - ${DAN.src} is now part of ${DAN.keep}.

Carlos`,
  }),
  sup({
    slug: 'en-done-and-closing',
    kind: 'merge_completed',
    lang: 'en',
    caseId: '1781940021',
    note: 'completion that also says the case will be closed',
    to: to(EMMA),
    date: d('2026-12-30 16:45:00', '+0000'),
    enc: 'utf8b64',
    text: `Hello Emma,

The merge has been completed on 30/12/2026. I'll close this case now; reply if anything is missing.

Happy New Year,
Olivia`,
  }),
  mail({
    slug: 'en-done-portal',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'certification portal notice that the accounts were merged, no case ID',
    from: PORTAL,
    to: to(DAN),
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2027-01-08 21:04:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Daniel Ortiz,

Your AWS Certification accounts have been merged. Use ${DAN.keep} to sign in from now on.

Merged on: 2027-01-08 21:04 UTC

AWS Certification`,
  }),
  mail({
    slug: 'en-done-forged-fail',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: CASE.emma,
    trap: false,
    note: 'completion notice failing DMARC for amazon.com',
    from: SUPPORT,
    to: to(EMMA),
    subject: formSubject(CASE.emma),
    date: d('2026-11-28 02:00:00', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Hi Emma,

Your accounts were merged over Thanksgiving. To keep your 50% voucher, confirm your card details here:
https://aws-voucher-keep.example.org

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-done-html-alt',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.dan,
    note: 'multipart completion notice ("combined") with Outlook quote',
    to: to(DAN),
    date: d('2027-01-08 13:10:00', '-0800'),
    enc: 'utf8qp',
    text: `Hi Dan,

Done - we combined your two certification profiles. Sign in with ${DAN.keep} to see all three certifications.

Carlos

${outlookEn(`Daniel Ortiz <${DAN.keep}>`, 2027, 1, 8, '7:02 AM', SUPPORT_ADDR, formSubject(CASE.dan))}

Yes, go ahead.`,
    html: htmlDoc(`<p>Hi Dan,</p><p>Done &mdash; we combined your two certification profiles. Sign in with ${DAN.keep} to see all three certifications.</p><p>Carlos</p>
<div id="divRplyFwdMsg"><hr><b>From:</b> Daniel Ortiz &lt;${DAN.keep}&gt;<br><b>Sent:</b> Friday, January 8, 2027 7:02 AM<br><b>Subject:</b> ${formSubject(CASE.dan)}</div>
<div>Yes, go ahead.</div>`, 'en'),
  }),
  mail({
    slug: 'en-done-cc-manager-forother',
    kind: 'merge_completed',
    lang: 'en',
    trusted: true,
    forUser: false,
    caseId: '1784120556',
    trap: false,
    note: 'completion addressed to another person (a colleague\'s case) that reached this mailbox copy',
    from: SUPPORT,
    to: 'Jordan Lee <jordan.lee@acme-west.example.com>',
    subject: formSubject('1784120556'),
    date: d('2027-01-12 10:00:00', '-0800'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Jordan,

Your accounts have been merged as requested. Happy New Year!

AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (7)
const BADGE: Msg[] = [
  credly({
    slug: 'en-badge-credly-emma',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'AWS badge via Credly to the kept address',
    to: to(EMMA),
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2026-12-24 07:00:00', '+0000'),
    enc: 'ascii7',
    text: `Congratulations, Emma!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified SysOps Administrator - Associate.

Accept your badge:
https://www.credly.com/earner/earned/badge/5e21-cw05

Credly, Inc.`,
  }),
  sup({
    slug: 'en-badge-support-closing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.dan,
    note: 'support moved the badges and is closing the case',
    to: to(DAN),
    date: d('2027-01-12 09:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Dan,

Hope the long weekend was restful. Your Credly badges have now been moved to the profile linked to ${DAN.keep}. With that, I'm closing this case.

Carlos

${gmailEn(2027, 1, 11, '8:15 PM', `Daniel Ortiz <${DAN.keep}>`)}
${quote('The certs show up but my badges are still on the old email.')}`,
  }),
  mail({
    slug: 'en-badge-forged-credly-i',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'badge notice from credIy.com (capital i) with no authentication',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: to(DAN),
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2027-01-09 00:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Your badges from your merged account are ready. Claim before Jan 15 or they expire:
https://credIy.com/claim`,
  }),
  credly({
    slug: 'en-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'Credly multipart badge mail for an AWS certification',
    to: to(DAN),
    subject: 'Amazon Web Services Training and Certification has issued you a badge',
    date: d('2027-01-11 16:20:00', '+0000'),
    enc: 'utf8qp',
    text: `Dan, you've earned a badge.
Amazon Web Services Training and Certification issued: AWS Certified Solutions Architect - Professional
Accept your badge: https://www.credly.com/earner/earned/badge/9c4d-cw06`,
    html: htmlDoc(`<p>Dan, you've earned a badge.</p>
<p>Amazon Web Services Training and Certification issued: <b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9c4d-cw06">Accept your badge</a></p>`, 'en'),
  }),
  sup({
    slug: 'en-badge-happy-holidays',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.emma,
    note: 'support: badges now on the kept account, with holiday wishes',
    to: to(EMMA),
    date: d('2026-12-24 11:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Emma,

One last thing before we close for Christmas: your three Credly badges now sit on the profile for ${EMMA.keep}. No action needed on your side.

Happy holidays!
Raj`,
  }),
  sup({
    slug: 'en-badge-handover-back',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: '1781940021',
    note: 'the original agent back from leave reports the badges transferred',
    to: to(EMMA),
    date: d('2027-01-05 09:30:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

Megan here - I'm back from leave and saw Raj and Olivia's notes. I've transferred the remaining Credly badge (Cloud Practitioner) to your personal email as well. You should see it on your dashboard.

Megan`,
  }),
  credly({
    slug: 'en-badge-credly-src-to-keep',
    kind: 'badges_transferred',
    lang: 'en',
    note: 'Credly notice, utf-8 base64, badge issued to the kept email after New Year',
    to: to(DAN),
    subject: 'You have a new badge from Amazon Web Services Training and Certification',
    date: d('2027-01-11 16:21:00', '+0000'),
    enc: 'utf8b64',
    text: `Hi Daniel,

Amazon Web Services Training and Certification issued you "AWS Certified Developer - Associate".
Issued to: ${DAN.keep}

Accept your badge: https://www.credly.com/earner/earned/badge/1aa7-cw07`,
  }),
];

// ---------------------------------------------------------------- case_closed (7)
const CLOSE: Msg[] = [
  sup({
    slug: 'en-close-reminder-5days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emma,
    note: 'will close in 5 business days without a reply; holiday days excluded',
    to: to(EMMA),
    date: d('2026-12-10 08:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hello Emma,

We haven't heard back from you. If we don't receive a reply within 5 business days, this case will be closed automatically. (Dec 24, Dec 25 and Jan 1 are not counted.)

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-close-resolved-notify',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.dan,
    note: 'case resolved and closed notification',
    from: NOTIFY,
    to: to(DAN),
    subject: `Case ${CASE.dan} has been resolved`,
    date: d('2027-01-19 06:00:00', '+0000'),
    enc: 'ascii7',
    text: `Case ${CASE.dan} (account-assistance) has been resolved and closed.
If you need more help, you can reopen it from the Support Center within 14 days.`,
  }),
  sup({
    slug: 'en-close-restate-merge',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.emma,
    trap: true,
    note: 'closing that only restates the merge from before Christmas',
    to: to(EMMA),
    date: d('2027-01-05 10:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Emma,

As your accounts were merged on Dec 23 and the badges followed the next day, we're closing this case. Wishing you a great 2027!

Megan`,
  }),
  mail({
    slug: 'en-close-forged-misaligned',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: CASE.dan,
    trap: false,
    note: 'closing notice with DKIM for an unrelated bulk domain and DMARC fail',
    from: NOTIFY,
    to: to(DAN),
    subject: `Case ${CASE.dan} closed`,
    date: d('2027-01-01 00:30:00', '+0000'),
    auth: 'misaligned',
    enc: 'ascii7',
    text: `Your case ${CASE.dan} was closed due to the holiday shutdown. Log in to reopen:
https://aws-case-reopen.example.net`,
  }),
  sup({
    slug: 'en-close-reply-by-deadline',
    kind: 'case_closed',
    lang: 'en',
    caseId: '1781958806',
    note: 'reply by Jan 8, otherwise the case closes; asks for nothing',
    to: to(DAN),
    date: d('2027-01-04 11:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Dan,

It looks like this case duplicates ${CASE.dan}, which is already being worked on. Unless you reply by 01/08/2027 (Friday), this case will close on its own.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-close-dup-merged',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.danDup,
    trap: true,
    note: '"we merged your duplicate cases" and closed this one: not the account merge',
    to: to(DAN),
    date: d('2027-01-04 11:05:00', '-0800'),
    enc: 'utf8qp',
    text: `Hello Dan,

We merged your duplicate cases into ${CASE.dan} and closed this one (${CASE.danDup}). Please continue on ${CASE.dan}.

Carlos`,
  }),
  sup({
    slug: 'en-close-html-final',
    kind: 'case_closed',
    lang: 'en',
    caseId: '1781940021',
    note: 'HTML final closing notice after no reply',
    from: NOTIFY,
    to: to(EMMA),
    subject: 'Your case 1781940021 is closed',
    date: d('2027-01-13 06:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hello,</p><p>Case <b>1781940021</b> has been closed after 7 days without a response.</p><p>You can view the correspondence in the Support Center.</p>`, 'en'),
  }),
];

// ---------------------------------------------------------------- support_reply (7)
const REPLY: Msg[] = [
  sup({
    slug: 'en-reply-reduced-staff',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emma,
    note: 'reduced-staff notice over Thanksgiving; status only',
    to: to(EMMA),
    date: d('2026-11-25 16:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Emma,

Just a heads-up: we're running with a skeleton crew for Thanksgiving (Nov 26-27). Your request is in the queue and an agent will pick it up early next week.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-reply-delay-apology',
    crlf: false,
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    note: 'apology for a slow answer, still investigating',
    to: to(DAN),
    date: d('2027-01-05 08:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hi Dan,

Sorry for the delay over the New Year period. I'm still looking into the exam history on the older profile and will update you by tomorrow.

Carlos`,
  }),
  sup({
    slug: 'en-reply-thanks-confirming',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emma,
    trap: true,
    note: 'thanks for confirming, forwarded to the merge team; completion to come',
    to: to(EMMA),
    date: d('2026-12-22 12:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Emma,

Thank you for confirming. I've passed the merge to our back-office team; I'll let you know as soon as it's complete. Fingers crossed for before Christmas Eve!

Raj`,
  }),
  sup({
    slug: 'en-reply-not-yet',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'negated: the merge has not been completed yet',
    to: to(DAN),
    date: d('2027-01-08 08:30:00', '-0800'),
    enc: 'ascii7',
    text: `Dan,

Not yet, I'm afraid: the merge hasn't been completed. It's scheduled for today's batch (afternoon Pacific Time). I'll write again once it has run.

Carlos`,
  }),
  sup({
    slug: 'en-reply-leave-handover',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emma,
    note: 'agent going on leave introduces the colleague who will cover the case',
    to: to(EMMA),
    date: d('2026-12-18 17:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

I'll be out of the office from 19 December to 4 January. My colleague Raj will look after your case while I'm away, so any reply to this thread will reach him.

Best,
Megan`,
  }),
  sup({
    slug: 'en-reply-after-holidays-future',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'once the team is back after Jan 4 they will merge: future, not the event',
    to: to(DAN),
    date: d('2027-01-02 10:00:00', '+0000'),
    enc: 'utf8b64',
    text: `Hi Dan,

Thanks for the details. Once our back-office team returns on Jan 4, we'll verify the accounts and, if everything matches, merge them. There's nothing you need to do in the meantime.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-reply-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.emma,
    note: 'escalation to a specialist team, no new event',
    to: to(EMMA),
    date: d('2026-12-07 09:00:00', '-0800'),
    enc: 'ascii7',
    text: `Hello Emma,

Your case needs a specialist's review because the older profile is tied to a partner organization. I've escalated it; expect an update within 2-3 business days.

Megan`,
  }),
];

// ---------------------------------------------------------------- unrelated (10)
const OTHER: Msg[] = [
  mail({
    slug: 'en-other-own-ooo',
    crlf: false,
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    caseId: CASE.dan,
    trap: false,
    note: 'the user\'s own vacation auto-reply sent to support (Sent copy)',
    from: `Daniel Ortiz <${DAN.keep}>`,
    to: SUPPORT,
    subject: `Out of Office: ${formSubject(CASE.dan)}`,
    date: d('2026-12-28 09:00:00', '-0800'),
    auth: 'none',
    enc: 'ascii7',
    deliveredTo: null,
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm away until January 4 with limited access to email. I'll reply when I'm back.
- Dan`,
  }),
  mail({
    slug: 'en-other-colleague-ooo',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'co-worker\'s holiday auto-reply mentioning the merge confirmation',
    from: 'Priyanka Shah <p.shah@contoso-old.example.com>',
    to: `Emma Clarke <${EMMA.src}>`,
    subject: 'Automatic reply: cert account merge - can you confirm my old ID?',
    date: d('2026-12-21 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: p.shah@contoso-old.example.com'],
    text: `Thank you for your message. I am on annual leave from 21/12 to 04/01 and will respond to your merge confirmation question on my return. For urgent matters please contact the IT service desk.`,
  }),
  mail({
    slug: 'en-other-agent-ooo',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: CASE.emma,
    trap: true,
    note: 'agent\'s personal out-of-office auto-reply; mentions merges and badges in passing',
    from: 'Megan Ross <megross@amazon.com>',
    to: to(EMMA),
    subject: `Automatic reply: ${formSubject(CASE.emma)}`,
    date: d('2026-12-22 11:09:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until Monday, January 4, 2027 (GMT). Merge approvals and badge questions sent to the case are handled by the team while I'm away.`,
  }),
  credly({
    slug: 'en-other-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'HashiCorp badge via Credly: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: to(DAN),
    subject: 'HashiCorp has issued you a badge',
    date: d('2027-01-06 18:00:00', '+0000'),
    enc: 'ascii7',
    text: `Congratulations, Daniel! HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge.
Accept your badge: https://www.credly.com/earner/earned/badge/77e1-cw08`,
  }),
  sup({
    slug: 'en-other-survey',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.dan,
    trap: true,
    note: 'survey after the case closed: "was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: to(DAN),
    subject: 'How did we do? Tell us about case ' + CASE.dan,
    date: d('2027-01-20 15:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Daniel,

Was your issue resolved? Your case ${CASE.dan} was closed on Jan 19. Take a 1-minute survey:
https://survey.aws.example/s/cw-dan`,
  }),
  mail({
    slug: 'en-other-thanksgiving-marketing',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Black Friday/Thanksgiving marketing from AWS Training',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>',
    to: to(EMMA),
    subject: 'Give thanks, get certified: 25% off Skill Builder this week',
    date: d('2026-11-25 13:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: ['Precedence: bulk'],
    text: `Happy Thanksgiving from AWS Training and Certification!
Through Dec 1, get 25% off an annual Skill Builder subscription.
Unsubscribe: https://pages.awscloud.example/unsubscribe?u=cw2`,
    html: htmlDoc(paras(`Happy Thanksgiving from AWS Training and Certification!

Through Dec 1, get 25% off an annual Skill Builder subscription.

Unsubscribe: https://pages.awscloud.example/unsubscribe?u=cw2`), 'en'),
  }),
  sup({
    slug: 'en-other-voucher-case',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.emmaVoucher,
    trap: true,
    note: 'reply on the user\'s other case (voucher refund) saying the refund is completed',
    to: to(EMMA),
    subject: `RE:[CASE ${CASE.emmaVoucher}] [AWS Training and Certification Form Submission] - exam-voucher-refund`,
    date: d('2026-12-16 10:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

Your voucher refund has been completed and should reach your card within 5-10 business days (allow extra time over Christmas). This case is now closed.

AWS Training and Certification`,
  }),
  mail({
    slug: 'en-other-forward-colleague',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    forUser: false,
    caseId: CASE.emma,
    trap: true,
    note: 'the user\'s forward of the completion notice to her manager (not addressed to her)',
    from: `Emma Clarke <${EMMA.keep}>`,
    to: 'Tom Harris <tom.harris@newco.example.co.uk>',
    subject: `Fwd: ${formSubject(CASE.emma)}`,
    date: d('2026-12-23 17:00:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `Hi Tom - FYI, my AWS certs are now all on my personal account, merged today. Could you update the partner portal?

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: ${ed(2026, 12, 23)}, 2026 at 3:30 PM
Subject: ${formSubject(CASE.emma)}

Good news before the break: your accounts have been merged.`,
  }),
  mail({
    slug: 'en-other-reinvent-recap',
    kind: 'unrelated',
    lang: 'en',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'event recap newsletter',
    from: 'AWS Events <aws-events@amazon.com>',
    to: to(DAN),
    subject: 're:Invent 2026 recap and what to watch over the holidays',
    date: d('2026-12-18 17:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    extra: ['Precedence: bulk'],
    html: htmlDoc(`<h2>re:Invent 2026 recap</h2><p>Catch up on keynotes and breakout sessions on demand. Perfect viewing for the holiday break.</p>`, 'en'),
  }),
  credly({
    slug: 'en-other-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    note: 'Credly\'s own "complete account merge" code mail',
    from: 'Credly <admin@credly.com>',
    to: to(EMMA),
    subject: 'Complete your Credly account merge',
    date: d('2026-12-27 12:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Emma,

Use this code to complete your account merge on Credly: 739 204
The code expires in 30 minutes.`,
  }),
];

export const EN: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...DONE, ...BADGE, ...CLOSE, ...REPLY, ...OTHER];
