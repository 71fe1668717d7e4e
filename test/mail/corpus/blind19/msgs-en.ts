// English messages of unmeasured/r (two Credly notices are German/Spanish templates: language en
// under the guide, which only distinguishes Japanese). Written for this set; never copied.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, AWS_NOTIFY, CREDLY_AWS, PORTAL, formSubject, formSubjectNew, SOFIA as S, TOMAS as T, KEN as K, CASE, TEAMLIST, MORI,
  quote, sfQuote, sfThread, gmailEn, outlookEn, paras, htmlDoc, SOFIA_REQ, TOMAS_REQ,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, auth: 'pass', ...(s.enc === 'ascii7' ? { hdr: 'utf8q' as const } : {}), ...s });

const sTo = `${S.name} <${S.keep}>`;
const tTo = `${T.name} <${T.keep}>`;
const FORM = 'aws-cs-trainingcertification-form@amazon.com';

/** Salesforce-style case-update header block */
const caseBlock = (id: string, status: string, extra = ''): string =>
  `Case ID: ${id}\nCase status: ${status}\nQueue: T&C - Certification Accounts${extra ? '\n' + extra : ''}\n-------------------------------------------`;

const credlyEnHtml = (first: string, badge: string, button = 'Accept your badge'): string =>
  htmlDoc(`<table width="100%" style="max-width:600px"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/aws-badge.png" width="120" alt="${badge}">
<h2>Congratulations, ${first}!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>${badge}</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">${button}</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. - Manage your email preferences in Settings.</p>
</td></tr></table>`);

export const EN: Msg[] = [
  // ================= acknowledgement (6) =================
  e({
    slug: 'ack-en-case-created-fields',
    kind: 'acknowledgement',
    caseId: CASE.sofia,
    note: 'AWS Support case-created notification with a field list',
    from: AWS_NOTIFY,
    to: S.keep,
    subject: `AWS Support: Case ${CASE.sofia} created`,
    date: d('2026-01-12 08:03:51', '+0000'),
    enc: 'ascii7',
    text: `Hello,

A support case was opened on your behalf.

Case ID:          ${CASE.sofia}
Subject:          Merge certification accounts
Severity:         General guidance
Status:           Unassigned
Service:          AWS Training and Certification

Expect a first response within 24 hours. Opening a second case for the same request will not speed it up.

View or update the case: https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.sofia}

Please do not reply to this message.
Amazon Web Services`,
  }),
  e({
    slug: 'ack-en-form-logged-lf',
    kind: 'acknowledgement',
    caseId: CASE.tomas,
    note: 'form-submission receipt, us-ascii with bare LF line ends',
    from: SUPPORT,
    to: tTo,
    subject: formSubjectNew(CASE.tomas),
    date: d('2026-04-06 14:22:10', '-0600'),
    enc: 'ascii7',
    crlf: false,
    text: `Dear Tomas Herrera,

Your request has been logged with AWS Training and Certification Customer Support under case ${CASE.tomas}.

An agent will pick it up in the order received; most requests receive a reply within one business day. To add details, reply to this email and keep the subject line as it is.

AWS Training and Certification Customer Support
${sfThread('7Tm2', 'Qa88')}`,
  }),
  e({
    slug: 'ack-en-html-new-generation',
    kind: 'acknowledgement',
    caseId: CASE.sofia2,
    note: 'newer receipt generation, multipart/alternative with a status card',
    from: SUPPORT,
    to: sTo,
    subject: `We've got your request (Case ${CASE.sofia2})`,
    date: d('2026-02-02 09:15:00', '+0100'),
    enc: 'utf8qp',
    text: `Hi Sofia,

We've got your request.

Case: ${CASE.sofia2}
Topic: Certification account
Status: Open - awaiting assignment

A member of our team will be in touch soon.

AWS Training & Certification`,
    html: htmlDoc(`<div style="border:1px solid #ddd;border-radius:6px;padding:16px;max-width:520px">
<p>Hi Sofia,</p>
<p><b>We've got your request.</b></p>
<p>Case: ${CASE.sofia2}<br>
Topic: Certification account<br>
Status: Open - awaiting assignment</p>
<p>A member of our team will be in touch soon.</p>
<p>AWS Training &amp; Certification</p></div>`),
  }),
  e({
    slug: 'ack-en-id-in-body-confirm-words',
    kind: 'acknowledgement',
    caseId: CASE.tomas,
    trap: true,
    note: 'receipt with generic subject; ID only in body; mentions a later confirmation once merged (future)',
    from: AWS_NOTIFY,
    to: T.keep,
    subject: 'Your AWS Training and Certification inquiry',
    date: d('2026-04-06 20:22:44', '+0000'),
    enc: 'utf8b64',
    text: `Hello ${T.name},

This is an automatic notice that your inquiry was received and assigned reference ${CASE.tomas}.

If your request concerns merging certification accounts, our team will contact you for any details it needs, and you will receive a confirmation once the merge is complete.

Amazon Web Services`,
  }),
  e({
    slug: 'ack-en-fail-then-forged',
    kind: 'acknowledgement',
    caseId: CASE.sofia,
    trusted: false,
    auth: 'failThenForged',
    note: 'receipt whose topmost A-R says fail; a planted pass lower down does not count',
    from: SUPPORT,
    to: sTo,
    subject: formSubjectNew(CASE.sofia),
    date: d('2026-01-12 10:00:00', '+0100'),
    enc: 'ascii7',
    text: `Case ${CASE.sofia} received. To speed things up, verify your identity at https://aws-cert-verify.example.com/${CASE.sofia}

AWS Training and Certification`,
  }),
  e({
    slug: 'ack-en-aws-training-dkimonly',
    kind: 'acknowledgement',
    caseId: CASE.sofia2,
    auth: 'dkimonly',
    note: 'receipt from support@aws.training with an aligned dkim=pass only: trusted',
    from: 'AWS Training and Certification Support <support@aws.training>',
    to: S.keep,
    subject: `Ticket ${CASE.sofia2} opened`,
    date: d('2026-02-02 08:15:40', '+0000'),
    enc: 'ascii7',
    text: `Ticket ${CASE.sofia2} is open.

Requester: ${S.keep}
Category: Certification > Account
Priority: Normal

You'll get a reply from an agent by email.`,
  }),

  // ================= ai_answer (6) =================
  e({
    slug: 'ai-en-generated-answer',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer from the contact form: use the Merge Accounts tool first',
    from: AWS_NOTIFY,
    to: S.keep,
    subject: 'Suggested answer for your question',
    date: d('2026-01-12 07:58:10', '+0000'),
    enc: 'ascii7',
    text: `Generated answer (AI). Verify before acting.

You can usually combine two AWS Certification accounts yourself:
- Sign in to the account you want to keep.
- Open your profile and choose Merge Accounts.
- Sign in with the credentials of the second account and follow the prompts.

If both accounts hold certifications, or the tool reports an error, choose "Create case" to reach a support agent.`,
  }),
  e({
    slug: 'ai-en-html-suggestions',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML multipart automated suggestion with links and a "still need help" button',
    from: AWS_NOTIFY,
    to: T.keep,
    subject: 'Answers that may help',
    date: d('2026-04-06 20:15:00', '+0000'),
    enc: 'utf8qp',
    text: `Based on what you typed, these may help (automatically selected):

* Combining duplicate certification profiles - https://aws.amazon.com/certification/faqs/
* Updating the email address on your certification account

Still need help? Create a case.`,
    html: htmlDoc(`<p>Based on what you typed, these may help (automatically selected):</p>
<ul><li><a href="https://aws.amazon.com/certification/faqs/">Combining duplicate certification profiles</a></li>
<li>Updating the email address on your certification account</li></ul>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">Still need help? Create a case.</a></p>`),
  }),
  e({
    slug: 'ai-en-automated-case-response',
    kind: 'ai_answer',
    caseId: CASE.tomas,
    note: 'automated first response attached to the case (case ID in subject), labelled as automated',
    from: SUPPORT,
    to: tTo,
    subject: `Automated response: Case ${CASE.tomas}`,
    date: d('2026-04-06 14:23:30', '-0600'),
    enc: 'utf8qp',
    text: `This is an automated response to case ${CASE.tomas}.

Most duplicate-account requests can be handled with the Merge Accounts option in the certification portal. If it works for you, reply "solved" and we will close the case. If not, an agent will follow up.`,
  }),
  e({
    slug: 'ai-en-explains-badges-after-merge',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI answer explaining badges after a completed merge: still ai_answer',
    from: AWS_NOTIFY,
    to: S.keep,
    subject: 'AI-generated guidance: badges after merging',
    date: d('2026-01-30 12:00:00', '+0000'),
    enc: 'ascii7',
    text: `This guidance was produced by an AI assistant.

When a merge is completed, certifications from the source account appear on the destination account. Credly badges are tied to an email address; if they still sit on the old address, accept them again from the email you keep, or add that address to your Credly profile as a secondary email.`,
  }),
  e({
    slug: 'ai-en-other-authserv-only',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    auth: 'otherOnly',
    note: 'AI answer with only a foreign (mx.google.com) Authentication-Results: untrusted',
    from: AWS_NOTIFY,
    to: T.keep,
    subject: 'Your AI assistant answer',
    date: d('2026-04-07 01:00:00', '+0000'),
    enc: 'ascii7',
    text: `AI assistant: To merge certification accounts, sign in to the portal and use Merge Accounts. Answers are generated automatically.`,
  }),
  e({
    slug: 'ai-en-short-bot',
    kind: 'ai_answer',
    caseId: null,
    note: 'one-paragraph bot answer mailed after a chat',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: S.keep,
    subject: 'Transcript: virtual assistant',
    date: d('2026-01-12 07:50:00', '+0000'),
    enc: 'utf8b64',
    text: `Virtual assistant (automated): You asked about two certification logins. Try Profile > Merge Accounts while signed in to the one you keep. If that fails, I can help you open a case.`,
  }),

  // ================= info_request (7) =================
  e({
    slug: 'info-en-need-details-list',
    kind: 'info_request',
    caseId: CASE.sofia,
    note: 'human reply listing the data needed: IDs, emails, account to keep',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-13 11:20:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

To look into this we need:
1. Candidate IDs of both accounts
2. Login email of each account
3. Which account should remain

Kind regards,
Magnus
AWS Training and Certification

${sfQuote(S.keep, '1/12/2026 9:01 AM', FORM, 'Merge certification accounts', SOFIA_REQ)}`,
  }),
  e({
    slug: 'info-en-pending-customer-template',
    kind: 'info_request',
    caseId: CASE.tomas,
    note: 'case-update template "Case status: Pending Customer Action" plus the missing fields',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-07 09:40:00', '-0600'),
    enc: 'utf8qp',
    text: `${caseBlock(CASE.tomas, 'Pending Customer Action')}

Hello Tomás,

Your case is waiting on you. Before the accounts can be combined we require the candidate ID of the account registered with ${T.src} and the exact name shown on that profile.

Reply to this email with the details above.

AWS Training and Certification
${sfThread('7Tm2', 'Qa88')}`,
  }),
  e({
    slug: 'info-en-which-primary-lf',
    kind: 'info_request',
    caseId: CASE.sofia2,
    note: 'terse: which address should be primary? (no "please provide" wording), LF line ends',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-03 10:00:00', '+0100'),
    enc: 'ascii7',
    crlf: false,
    text: `Hi Sofia,

Which of the two addresses should stay as the primary login once combined?

Thanks,
Ines`,
  }),
  e({
    slug: 'info-en-confirm-email-trap',
    kind: 'info_request',
    caseId: CASE.sofia,
    trap: true,
    note: '"Could you confirm the email address" asks for information: info_request',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-14 15:05:00', '+0100'),
    enc: 'utf8b64',
    text: `Hi Sofia,

Thanks for the IDs. Could you confirm the email address you use for certification notifications on ${S.keepId}? The profile lists two.

Magnus`,
    html: htmlDoc(paras(`Hi Sofia,

Thanks for the IDs. Could you confirm the email address you use for certification notifications on ${S.keepId}? The profile lists two.

Magnus`)),
  }),
  e({
    slug: 'info-en-outlook-thread',
    kind: 'info_request',
    caseId: CASE.tomas,
    note: 'asks for the pass dates of each certification; Outlook quote block below',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-08 10:12:00', '-0600'),
    enc: 'utf8b64',
    text: `Hello Tomás,

We located ${T.srcId}. For verification, please send the month and year in which you passed each certification on that account.

Best,
Dana

${outlookEn(`${T.name} <${T.keep}>`, 'Tuesday, April 7, 2026 8:15 PM', FORM, formSubject(CASE.tomas))}

Old account is ${T.srcId}, name on it is Tomas Herrera (no accent).`,
  }),
  e({
    slug: 'info-en-dmarc-fail',
    kind: 'info_request',
    caseId: CASE.sofia2,
    trusted: false,
    auth: 'fail',
    note: 'asks for IDs but dmarc=fail at the receiving server: untrusted',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-03 03:33:00', '+0100'),
    enc: 'ascii7',
    text: `Hello,

Send both candidate IDs and the passwords of both accounts so we can complete the merge.

Support`,
  }),
  e({
    slug: 'info-en-screenshot-request',
    kind: 'info_request',
    caseId: CASE.sofia2,
    note: 'asks for a screenshot of the certification history page of the old account',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-05 13:40:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

The old profile shows no certifications on our side. A screenshot of its Certification History page would help us find the right record.

Ines

${gmailEn('Wed, Feb 4, 2026 at 9:02 PM', S.name, S.keep)}
> The one to keep is ${S.keep}.`,
  }),

  // ================= confirmation_request (8) =================
  e({
    slug: 'conf-en-cannot-be-undone',
    kind: 'confirmation_request',
    caseId: CASE.sofia,
    note: 'asks for consent; the merge cannot be undone',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-16 10:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

Everything checks out. We are ready to move ${S.srcId} into ${S.keepId}. This cannot be undone, so we need your go-ahead in writing: reply to this email to authorize it.

Magnus`,
  }),
  e({
    slug: 'conf-en-reply-yes-multipart',
    kind: 'confirmation_request',
    caseId: CASE.tomas,
    note: 'multipart: reply YES to proceed with combining the profiles',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-09 11:00:00', '-0600'),
    enc: 'utf8qp',
    text: `Hello Tomás,

Thanks, the dates match. If you'd like us to combine the two profiles into ${T.keepId}, reply YES. Once combined they can't be separated again.

Dana`,
    html: htmlDoc(`<p>Hello Tomás,</p>
<p>Thanks, the dates match. If you'd like us to combine the two profiles into <b>${T.keepId}</b>, reply <b>YES</b>. Once combined they can't be separated again.</p>
<p>Dana</p>`),
  }),
  e({
    slug: 'conf-en-summary-template',
    kind: 'confirmation_request',
    caseId: CASE.sofia2,
    note: 'template with source/destination table asking for written consent',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-06 09:00:00', '+0100'),
    enc: 'ascii7',
    text: `${caseBlock(CASE.sofia2, 'Pending Customer Action', 'Action required: consent')}

Source account:       ${S.srcId} (${S.src})
Destination account:  ${S.keepId} (${S.keep})
Records to move:      2 certifications, exam history

Respond with your consent to the merge described above. Merges are permanent.

AWS Training and Certification`,
  }),
  e({
    slug: 'conf-en-html-only',
    kind: 'confirmation_request',
    caseId: CASE.tomas,
    note: 'HTML-only consent request ("kindly acknowledge")',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-09 11:05:00', '-0600'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Tomás Herrera,</p>
<p>Kindly acknowledge that you wish us to proceed with merging ${T.srcId} into ${T.keepId}, and that this action is irreversible.</p>
<p>Dana<br>AWS Training and Certification</p>`),
  }),
  e({
    slug: 'conf-en-gmail-thread',
    kind: 'confirmation_request',
    caseId: CASE.sofia,
    note: 'brief "happy for us to go ahead?" on top of a Gmail-quoted thread',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-15 16:45:00', '+0100'),
    enc: 'ascii7',
    text: `Thanks Sofia. Happy for us to go ahead with the merge? It's permanent.

Magnus

${gmailEn('Thu, Jan 15, 2026 at 2:10 PM', S.name, S.keep)}
> Notifications go to ${S.keep}.
>
> ${gmailEn('Wed, Jan 14, 2026 at 3:05 PM', 'AWS Training and Certification', FORM)}
>> Could you confirm the email address you use for certification notifications?`,
  }),
  e({
    slug: 'conf-en-no-mx-received',
    kind: 'confirmation_request',
    caseId: CASE.tomas,
    trusted: false,
    auth: 'noMxReceived',
    note: 'pass verdict claims mx.test.example but no Received by mx.test.example under it: untrusted',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-08 02:00:00', '-0600'),
    enc: 'ascii7',
    text: `Please confirm the merge by clicking https://merge-confirm.example.org/${CASE.tomas} within 12 hours.`,
  }),
  e({
    slug: 'conf-en-kindly-lf',
    kind: 'confirmation_request',
    caseId: CASE.sofia2,
    note: 'short consent request, LF line ends',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-06 14:00:00', '+0100'),
    enc: 'ascii7',
    crlf: false,
    text: `Hi Sofia, just a nudge: we still need your OK before we merge ${S.srcId} into ${S.keepId}. A one-line reply is enough.
Ines`,
  }),
  e({
    slug: 'conf-en-resent-old-employer',
    kind: 'confirmation_request',
    caseId: CASE.sofia,
    forUser: false,
    note: 'consent request redirected from the old employer mailbox (Resent-*): not delivered to the user',
    from: SUPPORT,
    to: `${S.name} <${S.src}>`,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-16 10:00:05', '+0100'),
    resent: { from: 'mailer@consult.example.com', to: 'servicedesk@consult.example.com', date: d('2026-01-16 10:01:00', '+0100') },
    enc: 'ascii7',
    text: `Hi Sofia,

Please reply to authorize the merge of your two certification accounts. This is permanent.

Magnus`,
  }),

  // ================= merge_completed (7) =================
  e({
    slug: 'merged-en-done',
    kind: 'merge_completed',
    caseId: CASE.sofia,
    note: 'human: accounts merged',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-17 09:30:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

Done - ${S.srcId} has been merged into ${S.keepId}.

Magnus`,
  }),
  e({
    slug: 'merged-en-portal-html',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal notice: your accounts have been merged (no case ID)',
    from: PORTAL,
    to: T.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-04-10 15:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<h3>Accounts merged</h3>
<p>Hello ${T.name},</p>
<p>The certification records of a second account now appear in your account ${T.keepId}. Sign in to see your certifications, exam history and benefits.</p>
<p>AWS Certification</p>`),
  }),
  e({
    slug: 'merged-en-consolidated-will-close',
    kind: 'merge_completed',
    caseId: CASE.sofia2,
    note: 'consolidation finished and the case will be closed: merge_completed',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-09 12:00:00', '+0100'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Your certification history has been consolidated under ${S.keepId}; ${S.srcId} no longer exists as a separate profile. I'll mark the case resolved now.

Ines`,
  }),
  e({
    slug: 'merged-en-resolved-template',
    kind: 'merge_completed',
    hdr: 'utf8raw',
    caseId: CASE.tomas,
    note: 'case-update template with status Resolved whose text says the profiles were combined',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-10 09:00:00', '-0600'),
    enc: 'ascii7',
    text: `${caseBlock(CASE.tomas, 'Resolved', 'Resolution: Accounts merged')}

Hello Tomas,

We combined your two certification profiles; ${T.keepId} now holds everything.

AWS Training and Certification`,
  }),
  e({
    slug: 'merged-en-gmail-thread-b64',
    kind: 'merge_completed',
    caseId: CASE.sofia,
    note: 'merge went through; quotes the consent reply in Gmail style',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-17 08:00:00', '+0100'),
    enc: 'utf8b64',
    text: `Sofia - the merge went through this morning. Your exams and both certifications show under ${S.keepId}.

Magnus

${gmailEn('Fri, Jan 16, 2026 at 11:20 AM', S.name, S.keep)}
> Yes, go ahead.`,
  }),
  e({
    slug: 'merged-en-wrong-header-from',
    kind: 'merge_completed',
    caseId: CASE.tomas,
    trusted: false,
    auth: 'wrongHeaderFrom',
    note: 'pass verdict is for amazon.com but the From domain is amazon-training.net: untrusted',
    from: 'AWS Training and Certification <support@amazon-training.net>',
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-09 23:00:00', '-0600'),
    enc: 'ascii7',
    text: `Your accounts are now merged. Claim your free exam voucher at https://amazon-training.net/voucher`,
  }),
  e({
    slug: 'merged-en-typos',
    kind: 'merge_completed',
    caseId: CASE.sofia2,
    note: 'typo-ridden completion ("acounts", "sucessfully", "merget")',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-09 10:10:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

Your acounts were merget sucessfully, please log in with ${S.keep} from now on.

Ines`,
  }),

  e({
    slug: 'merged-en-bottom-posted',
    kind: 'merge_completed',
    caseId: CASE.tomas,
    note: 'bottom-posted: the customer\'s question is quoted first, the new text (merged) comes after it',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-10 08:40:00', '-0600'),
    enc: 'ascii7',
    text: `${gmailEn('Thu, Apr 9, 2026 at 7:30 PM', T.ascii, T.keep)}
> YES - I confirm, please merge.
> Will my exam booked for May stay on the account?

The two profiles are merged now, and yes, the May booking moved along with everything else to ${T.keepId}.

Dana
AWS Training and Certification`,
  }),
  // ================= badges_transferred (8) =================
  e({
    slug: 'badge-en-credly-earned-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly, AWS as issuer: "Congratulations" with Accept your badge, multipart',
    from: CREDLY_AWS,
    to: S.keep,
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: d('2026-01-18 06:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Congratulations, Sofia!

Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyEnHtml('Sofia', 'AWS Certified Data Engineer - Associate'),
  }),
  e({
    slug: 'badge-en-credly-issued-plain',
    kind: 'badges_transferred',
    caseId: null,
    note: 'plain-text Credly template: a new badge is waiting',
    from: CREDLY_AWS,
    to: T.keep,
    subject: 'You have a new badge from Amazon Web Services Training and Certification',
    date: d('2026-04-11 04:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Tomas,

A new badge is waiting for you: AWS Certified Solutions Architect - Associate.
Issued by Amazon Web Services Training and Certification.

Claim it: https://www.credly.com/earner/earned/badge/accept

Credly`,
  }),
  e({
    slug: 'badge-en-support-moved',
    kind: 'badges_transferred',
    caseId: CASE.sofia,
    note: 'support: the Credly badges are now on the kept address',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-20 10:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

I've moved both Credly badges over to ${S.keep}; they should already be on your dashboard.

Magnus`,
  }),
  e({
    slug: 'badge-en-credly-german',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly notice in a German template (language en: not Japanese); AWS issued a badge',
    from: CREDLY_AWS,
    to: S.keep,
    subject: 'Amazon Web Services Training and Certification hat Ihnen ein Abzeichen ausgestellt',
    date: d('2026-01-18 06:02:00', '+0000'),
    enc: 'utf8qp',
    text: `Herzlichen Glückwunsch, Sofia!

Amazon Web Services Training and Certification hat Ihnen das Abzeichen „AWS Certified Cloud Practitioner" ausgestellt.

Abzeichen annehmen: https://www.credly.com/earner/earned/badge/accept

Credly`,
  }),
  e({
    slug: 'badge-en-credly-spanish',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly notice in a Spanish template (language en: not Japanese); AWS issued a badge',
    from: CREDLY_AWS,
    to: T.keep,
    subject: 'Amazon Web Services Training and Certification te ha otorgado una insignia',
    date: d('2026-04-11 04:01:00', '+0000'),
    enc: 'utf8b64',
    text: `¡Felicidades, Tomás!

Amazon Web Services Training and Certification te ha otorgado la insignia AWS Certified Cloud Practitioner.

Acepta tu insignia: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyEnHtml('Tomás', 'AWS Certified Cloud Practitioner', 'Acepta tu insignia'),
  }),
  e({
    slug: 'badge-en-credly-no-auth-results',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    auth: 'none',
    note: 'Credly badge notice without any Authentication-Results: untrusted',
    from: CREDLY_AWS,
    to: S.keep,
    subject: 'Your badge is ready',
    date: d('2026-01-21 06:00:00', '+0000'),
    enc: 'ascii7',
    text: `Amazon Web Services Training and Certification issued you a badge. Accept it here: https://credly-badges.example.net/accept`,
  }),
  e({
    slug: 'badge-en-support-now-visible',
    kind: 'badges_transferred',
    caseId: CASE.tomas,
    note: 'support: badges re-pointed and visible on the kept profile, base64',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-13 09:30:00', '-0600'),
    enc: 'utf8b64',
    text: `Hello Tomás,

Your digital badges were re-issued to ${T.keep} and are visible on your Credly profile now.

Dana

${outlookEn(`${T.name} <${T.keep}>`, 'Saturday, April 11, 2026 6:02 PM', FORM, formSubject(CASE.tomas))}

Merge looks fine but the badges are still on the bank address.`,
  }),
  e({
    slug: 'badge-en-team-list',
    kind: 'badges_transferred',
    caseId: CASE.okada,
    forUser: false,
    note: 'badges moved for a colleague\'s case, sent to a team list the user is not on: not for the user',
    from: SUPPORT,
    to: `Cloud cert team <${TEAMLIST}>`,
    subject: formSubject(CASE.okada),
    date: d('2026-02-20 10:00:00', '+0900'),
    enc: 'ascii7',
    text: `Hello,

The Credly badges for the merged account have been transferred to the new email address as requested.

AWS Training and Certification`,
  }),

  // ================= case_closed (7) =================
  e({
    slug: 'closed-en-auto-resolve-5-days',
    kind: 'case_closed',
    caseId: CASE.sofia2,
    note: 'auto-close reminder: resolves in 5 days without a reply',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-07 09:00:00', '+0100'),
    enc: 'ascii7',
    text: `${caseBlock(CASE.sofia2, 'Pending Customer Action', 'Auto-close: 5 days')}

We haven't heard back from you. If there is no reply within 5 days, this case will be resolved automatically.

AWS Training and Certification`,
  }),
  e({
    slug: 'closed-en-support-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.sofia,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY,
    to: S.keep,
    subject: `AWS Support: Case ${CASE.sofia} resolved`,
    date: d('2026-01-27 00:00:00', '+0000'),
    enc: 'ascii7',
    text: `Case ID: ${CASE.sofia}
Status: Resolved

This case has been resolved. You can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  e({
    slug: 'closed-en-restate-merge',
    kind: 'case_closed',
    caseId: CASE.tomas,
    trap: true,
    note: 'closing notice that restates the merge done on 10 April',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-20 09:00:00', '-0600'),
    enc: 'utf8qp',
    text: `Hello Tomás,

As your profiles were combined on April 10 and the badges followed on April 13, we're closing this case now. Reply within 14 days if anything else comes up.

Dana`,
  }),
  e({
    slug: 'closed-en-final-notice-multipart',
    kind: 'case_closed',
    caseId: CASE.tomas,
    note: 'final notice (Pending Customer Action): case will close tomorrow, multipart',
    from: SUPPORT,
    to: tTo,
    subject: `Final notice: ${formSubject(CASE.tomas)}`,
    date: d('2026-04-08 09:00:00', '-0600'),
    enc: 'utf8qp',
    text: `${caseBlock(CASE.tomas, 'Pending Customer Action')}

Final notice: this case closes tomorrow unless we receive a reply.`,
    html: htmlDoc(`<pre>${caseBlock(CASE.tomas, 'Pending Customer Action')}</pre>
<p><b>Final notice:</b> this case closes tomorrow unless we receive a reply.</p>`),
  }),
  e({
    slug: 'closed-en-duplicate-closed',
    kind: 'case_closed',
    caseId: CASE.sofia2,
    trap: true,
    note: 'this duplicate case is closed; "we merged your cases" is about cases, not accounts',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-02 15:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

You opened two cases for the same request, so we merged them and are closing this one. Work continues on the original case.

Ines`,
  }),
  e({
    slug: 'closed-en-display-name-gmail',
    kind: 'case_closed',
    caseId: CASE.sofia,
    trusted: false,
    note: 'trusted-looking display name on a gmail.com address: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.team@gmail.com>',
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-25 10:00:00', '+0100'),
    enc: 'ascii7',
    text: `Your case ${CASE.sofia} has been closed. To keep your certifications active, re-enter your login at https://aws-cert-login.example.com`,
  }),
  e({
    slug: 'closed-en-html-only-reopen',
    kind: 'case_closed',
    caseId: CASE.sofia2,
    note: 'HTML-only "case closed" with reopen instructions',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-14 09:00:00', '+0100'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Case <b>${CASE.sofia2}</b> is now closed.</p>
<p>Need more help? Reply within 30 days to reopen it.</p>
<p>AWS Training and Certification</p>`),
  }),

  // ================= support_reply (7) =================
  e({
    slug: 'sr-en-thanks-consent-forwarded',
    kind: 'support_reply',
    caseId: CASE.tomas,
    trap: true,
    note: 'thanks for confirming, forwarded to the team: not yet merged',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-09 15:00:00', '-0600'),
    enc: 'ascii7',
    text: `Hello Tomas,

Thanks for confirming. I've passed the request to the certification team; it usually takes 1-3 business days.

Dana`,
  }),
  e({
    slug: 'sr-en-work-in-progress-template',
    kind: 'support_reply',
    caseId: CASE.sofia,
    note: 'status template "Work in Progress" with an escalation note',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-13 18:00:00', '+0100'),
    enc: 'utf8qp',
    text: `${caseBlock(CASE.sofia, 'Work in Progress', 'Escalated to: Certification Operations')}

Your case has been escalated. No action is needed from you at this time.`,
  }),
  e({
    slug: 'sr-en-not-yet-completed',
    kind: 'support_reply',
    caseId: CASE.sofia2,
    trap: true,
    note: 'negated: the merge has not been completed yet; apology',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia2),
    date: d('2026-02-08 11:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

Sorry for the wait - the merge has not been completed yet. The team is still reconciling the exam records. I'll update you as soon as I hear back.

Ines`,
  }),
  e({
    slug: 'sr-en-unable-voucher-pending',
    kind: 'support_reply',
    caseId: CASE.tomas,
    trap: true,
    note: 'unable to merge while a voucher order is pending: negated, support_reply',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-08 16:00:00', '-0600'),
    enc: 'utf8qp',
    text: `Hello Tomás,

We're unable to merge the profiles while a voucher purchase on ${T.srcId} is still processing. It should clear in two days; we'll pick the case up again after that.

Dana`,
    html: htmlDoc(paras(`Hello Tomás,

We're unable to merge the profiles while a voucher purchase on ${T.srcId} is still processing. It should clear in two days; we'll pick the case up again after that.

Dana`)),
  }),
  e({
    slug: 'sr-en-answers-voucher-question',
    kind: 'support_reply',
    caseId: CASE.sofia,
    note: 'answers a question about the 50% voucher after the merge',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-19 10:00:00', '+0100'),
    enc: 'ascii7',
    text: `Hi Sofia,

The 50% discount benefit stays valid; you'll find it under Benefits on ${S.keepId}.

Magnus`,
  }),
  e({
    slug: 'sr-en-reply-received-auto',
    kind: 'support_reply',
    caseId: CASE.tomas,
    trap: true,
    note: 'automatic "we received your reply" on an existing case: not a new-case receipt',
    from: SUPPORT,
    to: tTo,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-07 20:16:00', '-0600'),
    enc: 'utf8b64',
    text: `Automatic message: your reply to case ${CASE.tomas} was received and added to the case.`,
  }),
  e({
    slug: 'sr-en-forged-below',
    kind: 'support_reply',
    caseId: CASE.sofia,
    trusted: false,
    auth: 'forgedBelow',
    note: 'escalation notice with a dmarc=pass planted below the server Received: untrusted',
    from: SUPPORT,
    to: sTo,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-14 02:00:00', '+0100'),
    enc: 'ascii7',
    text: `Your case has been escalated to a specialist who will contact you shortly by phone.`,
  }),

  // ================= unrelated (11) =================
  e({
    slug: 'un-en-pearson-confirmation',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'exam appointment confirmation from the test vendor',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: T.keep,
    subject: 'Confirmation of your AWS exam appointment',
    date: d('2026-03-20 10:00:00', '-0600'),
    enc: 'ascii7',
    text: `Dear Tomas Herrera,

This confirms your appointment:
Exam: AWS Certified Solutions Architect - Associate
Date: May 4, 2026 9:00 AM
Registration ID: 509917342

Pearson VUE`,
  }),
  e({
    slug: 'un-en-credly-aws-badge-expiring',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly reminder that an AWS badge expires soon: nothing moved',
    from: 'Credly <admin@credly.com>',
    to: S.keep,
    subject: 'Your badge expires in 60 days',
    date: d('2026-03-01 06:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Sofia,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification expires on April 30, 2026. Recertify to keep it current.

Credly`,
  }),
  e({
    slug: 'un-en-credly-linux-foundation',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (The Linux Foundation)',
    from: 'The Linux Foundation via Credly <admin@credly.com>',
    to: T.keep,
    subject: 'The Linux Foundation sent you a badge',
    date: d('2026-02-11 06:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Congratulations, Tomás! The Linux Foundation has issued you the Certified Kubernetes Administrator (CKA) badge.

Accept your badge: https://www.credly.com/earner/earned/badge/accept`,
  }),
  e({
    slug: 'un-en-billing-payment-received',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'AWS billing receipt ("payment received"): not a case receipt',
    from: 'Amazon Web Services <aws-billing@amazon.com>',
    to: S.keep,
    subject: 'Payment received - Amazon Web Services invoice',
    date: d('2026-02-03 07:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hello,

We received your payment of USD 12.40 for invoice 2291847731. Thank you.

Amazon Web Services Billing`,
  }),
  e({
    slug: 'un-en-csat-survey',
    kind: 'unrelated',
    caseId: CASE.sofia,
    trap: true,
    note: 'satisfaction survey after closure, carries the case ID',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: S.keep,
    subject: `How did we do? Case ${CASE.sofia}`,
    date: d('2026-01-28 01:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Was your issue resolved? Rate your experience with case ${CASE.sofia}:
https://survey.example.aws/s/${CASE.sofia}`,
    html: htmlDoc(`<p>Was your issue resolved? Rate your experience with case ${CASE.sofia}:</p>
<p><a href="https://survey.example.aws/s/${CASE.sofia}">Yes</a> | <a href="https://survey.example.aws/s/${CASE.sofia}?n">No</a></p>`),
  }),
  e({
    slug: 'un-en-ms-learn-profiles-merged',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Microsoft Learn says two profiles were merged: another vendor, untrusted',
    from: 'Microsoft Learn <learn@microsoft.com>',
    to: T.keep,
    subject: 'Your Microsoft Learn profiles have been merged',
    date: d('2026-03-03 12:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hi Tomas, your two Microsoft Learn profiles have been merged. Your certifications now appear under ${T.keep}.`,
  }),
  e({
    slug: 'un-en-own-consent-cc-self',
    kind: 'unrelated',
    caseId: CASE.tomas,
    trusted: false,
    trap: true,
    note: 'the user\'s own consent reply, copied to himself: own mail',
    from: `${T.name} <${T.keep}>`,
    to: SUPPORT,
    cc: T.keep,
    rcpt: T.keep,
    subject: formSubject(CASE.tomas),
    date: d('2026-04-09 19:30:00', '-0600'),
    enc: 'utf8qp',
    hdr: 'utf8q',
    text: `YES - I confirm, please merge.
Tomás

${gmailEn('Thu, Apr 9, 2026 at 11:00 AM', 'AWS Training and Certification', FORM)}
> If you'd like us to combine the two profiles into ${T.keepId}, reply YES.`,
  }),
  e({
    slug: 'un-en-sent-copy',
    kind: 'unrelated',
    caseId: CASE.sofia,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'copy of the user\'s own sent reply (To support only, no user address): own mail, not for the user',
    from: `${S.name} <${S.keep}>`,
    to: SUPPORT,
    deliveredTo: null,
    subject: formSubject(CASE.sofia),
    date: d('2026-01-16 11:20:00', '+0100'),
    enc: 'ascii7',
    text: `Yes, go ahead with the merge.
Sofia

On Fri, Jan 16, 2026 at 10:00 AM AWS Training and Certification wrote:
> This cannot be undone, so we need your go-ahead in writing.`,
  }),
  e({
    slug: 'un-en-reinvent-registration',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'event registration confirmation',
    from: 'AWS Events <aws-events@amazon.com>',
    to: S.keep,
    subject: 'Registration confirmed: AWS Summit Stockholm',
    date: d('2026-03-10 08:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Sofia, your registration for AWS Summit Stockholm is confirmed.</p>
<p>Bring the QR code below to the venue.</p>`),
  }),
  e({
    slug: 'un-en-agent-out-of-office',
    kind: 'unrelated',
    caseId: CASE.sofia2,
    note: 'agent\'s out-of-office auto-reply on the case thread',
    from: 'Ines Duarte <inesdu@amazon.com>',
    to: sTo,
    subject: `Automatic reply: ${formSubject(CASE.sofia2)}`,
    date: d('2026-02-04 09:00:00', '+0100'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I am out of the office until February 9 with no access to email. Your case ${CASE.sofia2} remains open and will be handled by the team.`,
  }),
  e({
    slug: 'un-en-recert-reminder',
    kind: 'unrelated',
    caseId: null,
    note: 'certification expiry reminder from the portal',
    from: PORTAL,
    to: T.keep,
    subject: 'Your AWS Certification expires in 90 days',
    date: d('2026-03-15 15:00:00', '+0000'),
    enc: 'ascii7',
    text: `Hello Tomas,

AWS Certified Cloud Practitioner on ${T.keepId} expires on June 13, 2026. Recertify before then to keep your certification active.

AWS Certification`,
  }),
];
