// English messages of held-out corpus i. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAN, DAN_REQ, LENA, LENA_REQ, MORRIS, PORTAL, PRIYA_OTHER, SUPPORT, SUPPORT_BARE, WEI, WEI_REQ,
  d, fin, formSubject, formSubjectNew, gmailEn, outlookEn, paras, quote, sfOriginal, sfRef,
} from './common.js';

const KATH = `Kath
AWS Training & Certification Support`;
const JEN = `Jen M. | T&C Customer Support (weekend queue)`;
const MARCO = `Regards,
Marco
Amazon Web Services - Training and Certification`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  fin({
    slug: 'en-ack-form-created', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'automatic receipt of the new case with its ID',
    from: SUPPORT, to: DAN.keep, subject: formSubjectNew(CASE.dan),
    date: d('2026-11-13 16:20:41'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. Case ${CASE.dan} has been created for your request.
An agent will respond within 24 hours. Replying to this email will update your case.

Please don't open a new case for the same request - it slows things down.

${sfRef('Dn11a')}`,
  }),
  fin({
    slug: 'en-ack-received-body-id', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'receipt; case ID only in the body, text+HTML',
    from: AWS_NOTIFY, to: LENA.keep, subject: 'We received your request',
    date: d('2026-11-18 07:59:12'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena Fischer,

We've received your request and opened support case ${CASE.lena}.
What happens next: a member of the AWS Training and Certification team will look at your case and get back to you by email, usually within one business day.

Amazon Web Services`,
    html: paras(`Hi Lena Fischer,

We've received your request and opened support case ${CASE.lena}.
What happens next: a member of the AWS Training and Certification team will look at your case and get back to you by email, usually within one business day.

Amazon Web Services`),
  }),
  fin({
    slug: 'en-ack-no-ar', kind: 'acknowledgement', lang: 'en', trusted: false, caseId: CASE.wei, trap: false,
    note: 'receipt text but no Authentication-Results at all: untrusted',
    from: SUPPORT, to: WEI.keep, subject: formSubjectNew(CASE.wei),
    date: d('2026-11-22 19:44:03'), auth: 'none', enc: 'ascii7',
    text: `Thank you for reaching out. Your case number is ${CASE.wei}.
We will respond within 24 hours.

AWS Training and Certification`,
  }),
  fin({
    slug: 'en-ack-this-confirms', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.wei, trap: true,
    note: 'HTML receipt that says "this email confirms we received": confirm word, still a receipt',
    from: AWS_NOTIFY, to: WEI.keep, subject: 'Your AWS Support case has been created',
    date: d('2026-11-22 19:43:50'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><div style="font-family:Arial">
<p>Hello,</p>
<p>This email confirms that we received your support request. No action is needed from you right now.</p>
<p><strong>Case ID:</strong> ${CASE.wei}<br><strong>Subject:</strong> Merge two certification accounts<br><strong>Category:</strong> AWS Training and Certification</p>
<p>You'll hear from us soon.</p>
<p>Amazon Web Services</p></div></body></html>`,
  }),
  fin({
    slug: 'en-ack-autosubmitted-lf', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.danDup, trap: false,
    note: 'auto receipt (Auto-Submitted) of a second case, aligned DKIM only, LF line ends',
    from: SUPPORT, to: DAN.src, cc: DAN.keep, subject: formSubjectNew(CASE.danDup),
    date: d('2026-11-14 09:02:17'), auth: 'dkimonly', enc: 'ascii7', crlf: false,
    extra: ['Auto-Submitted: auto-generated'],
    text: `Hello,

Your inquiry has been logged under case ${CASE.danDup}. We aim to reply within 1 business day.

AWS T&C Support`,
  }),
  fin({
    slug: 'en-ack-opened-utf8', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'AWS Support notification: a case has been opened',
    from: AWS_NOTIFY, to: LENA.keep, subject: `AWS Support case ${CASE.lena} opened`,
    date: d('2026-11-18 08:00:03'), auth: 'pass', enc: 'utf8qp',
    text: `A case has been opened on your behalf.

Case ID: ${CASE.lena}
Service: AWS Training & Certification
Category: Account assistance

You can add a correspondence by replying to this email. Please don\u2019t include passwords.`,
  }),
  fin({
    slug: 'en-ack-other-person', kind: 'acknowledgement', lang: 'en', trusted: true, forUser: false, caseId: CASE.other, trap: false,
    note: "someone else's case receipt: addressed to another person",
    from: AWS_NOTIFY, to: MORRIS, subject: `Your AWS Support case ${CASE.other} has been created`,
    date: d('2026-11-25 12:12:12'), auth: 'pass', enc: 'ascii7',
    text: `Hello James,

Case ${CASE.other} has been created. We'll be in touch within 24 hours.

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  fin({
    slug: 'en-ai-suggested', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'AI-generated suggestion: use the Merge Accounts tool',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'Suggested answer for your question',
    date: d('2026-11-13 16:15:00'), auth: 'pass', enc: 'ascii7',
    text: `Here is a suggested answer generated by AI. Please verify before acting on it.

You can combine duplicate AWS Certification accounts yourself: sign in to the account you want to keep, open your profile and choose "Merge Accounts". Enter the login of the other account and follow the prompts.

If both accounts already hold certifications, the tool can't be used; choose "Create case" to contact an agent.`,
  }),
  fin({
    slug: 'en-ai-helpful-confirm', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'automated answer with "was this helpful" links',
    from: AWS_NOTIFY, to: LENA.keep, subject: 'An automated answer to your question',
    date: d('2026-11-18 07:50:33'), auth: 'pass', enc: 'utf8qp',
    text: `This response was generated automatically.

Duplicate certification profiles can usually be linked through the self-service Merge Accounts page in the certification portal (Profile > Merge Accounts).
Tip: note the candidate IDs of both profiles before you start.

Did this solve your problem?
Yes: https://support.aws.amazon.com/feedback?y
No, create a case: https://support.aws.amazon.com/#/contacts/aws-training`,
    html: `<p><em>This response was generated automatically.</em></p><p>Duplicate certification profiles can usually be linked through the self-service <b>Merge Accounts</b> page in the certification portal (Profile &gt; Merge Accounts).<br>Tip: note the candidate IDs of both profiles before you start.</p><p>Did this solve your problem? <a href="https://support.aws.amazon.com/feedback?y">Yes</a> | <a href="https://support.aws.amazon.com/#/contacts/aws-training">No, create a case</a></p>`,
  }),
  fin({
    slug: 'en-ai-lookalike', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null, trap: false,
    note: 'AI-answer wording from aws-certification-help.com (look-alike): untrusted',
    from: 'AWS Certification Help <answers@aws-certification-help.com>', to: WEI.keep, subject: 'AI Assistant: how to merge certification accounts',
    date: d('2026-11-22 19:30:00'), auth: 'pass', enc: 'ascii7',
    text: `Our AI assistant suggests:

Use the Merge Accounts tool at https://aws-certification-help.com/merge and sign in with both accounts to complete the process.`,
  }),
  fin({
    slug: 'en-ai-once-merged-lf', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'AI answer describing what happens once merged (badges within 48h); still automated',
    from: AWS_NOTIFY, to: WEI.keep, subject: 'Generated answer - AWS Training and Certification',
    date: d('2026-11-22 19:31:12'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `[Generated by AI]

To consolidate two certification accounts, try Profile > Merge Accounts first.
Once the accounts are merged, your certifications, exam history and benefits show under the kept account, and your Credly badges are usually re-issued to its email within 48 hours.

Still stuck? Create a case and an agent will help.`,
  }),
  fin({
    slug: 'en-ai-html-only', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'HTML-only AI suggestion card',
    from: AWS_NOTIFY, to: DAN.src, cc: DAN.keep, subject: 'Answer from Amazon Q',
    date: d('2026-11-13 16:14:10'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><table><tr><td style="background:#f2f3f3;padding:12px">
<p style="font-size:11px;color:#555">AI-generated content. May be inaccurate.</p>
<p>It looks like you have more than one AWS Certification account. You can merge them from your certification profile using the <b>Merge Accounts</b> option. Afterwards only the account you kept can sign in.</p>
<p>If that option tells you to contact support, reply to open a case with an agent.</p>
</td></tr></table></body></html>`,
  }),
  fin({
    slug: 'en-ai-dmarc-fail', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null, trap: false,
    note: 'AI suggestion text, dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: LENA.keep, subject: 'Suggested answer for your question',
    date: d('2026-11-18 07:49:00'), auth: 'fail', enc: 'ascii7',
    text: `AI generated answer: please use the Merge Accounts feature under your profile. If it fails, create a case.`,
  }),
  fin({
    slug: 'en-ai-short-auto', kind: 'ai_answer', lang: 'en', trusted: true, caseId: CASE.danDup, trap: false,
    note: 'automated self-help reply on the case, points to the self-service tool',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.danDup),
    date: d('2026-11-14 09:03:30'), auth: 'pass', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `This is an automated message.
Many account-merge requests can be done in minutes with the self-service Merge Accounts tool (Profile > Merge Accounts). If the tool does not work for you, simply reply and an agent will pick up your case.`,
  }),

  // ---------------- info_request ----------------
  fin({
    slug: 'en-info-need-ids-weekend', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'needs candidate IDs, emails and which acct to keep; abbreviations',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-14 22:05:51'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Thx for reaching out. To get the merge going we need a couple things from you:
- candidate ID for each acct (starts w/ AWS)
- login email for each acct
- which acct you want to keep as primary

Pls reply to this email w/ the above and we'll take it from there.

${JEN}

${sfOriginal(DAN.keep, '11/13/2026 4:20 PM', SUPPORT_BARE, 'Merge AWS Certification accounts', DAN_REQ)}`,
  }),
  fin({
    slug: 'en-info-confirm-retain', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.lena, trap: true,
    note: '"could you confirm which email you want to retain" asks for information',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-19 10:12:44'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Lena,

Could you confirm which email address you'd like to retain for sign-in and for certification notices going forward? Your request mentions both.

Kind regards,
${KATH}

${gmailEn('Wed, Nov 18, 2026 at 8:55\u202fAM', LENA.en, LENA.keep)}
${quote(LENA_REQ)}`,
  }),
  fin({
    slug: 'en-info-kindly-reply-from', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'reply from the kept address AND include both candidate IDs',
    from: SUPPORT, to: WEI.src, subject: formSubject(CASE.wei),
    date: d('2026-11-23 15:30:00'), auth: 'pass', enc: 'ascii7',
    cc: WEI.keep,
    text: `Dear Wei,

Kindly reply from the email you wish to keep (${WEI.keep}) and include the Candidate IDs of both accounts. We can't action a merge from the address that's being retired.

${MARCO}`,
  }),
  fin({
    slug: 'en-info-html-list', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'HTML-only list of details needed before the merge',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-15 11:40:09'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><p>Hi Daniel,</p><p>Before we can go ahead we still need:</p><ul><li>The certification notification email of the agency account</li><li>Your AWS Skill Builder email, if different</li><li>The approximate date you passed your most recent exam</li></ul><p>Just hit reply with those details.</p><p>Jen M.<br>T&amp;C Customer Support</p></body></html>`,
  }),
  fin({
    slug: 'en-info-id-in-body', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'asks for the second candidate ID; case ID only in the body and quote',
    from: SUPPORT, to: LENA.keep, subject: 'RE: your certification accounts',
    date: d('2026-11-19 12:00:31'), auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Case ID: ${CASE.lena}

We found ${LENA.keepId} but couldnt locate a profile under ${LENA.src}. Can you send the candidate ID shown in that account (Profile page, top right)?

Thanks,
${KATH}

${outlookEn(`${LENA.en} <${LENA.keep}>`, 'Wednesday, November 18, 2026 9:01 AM', SUPPORT_BARE, `RE:[CASE ${CASE.lena}] [AWS Training and Certification Form Submission] - account-assistance`)}

${LENA_REQ}`,
  }),
  fin({
    slug: 'en-info-other-person', kind: 'info_request', lang: 'en', trusted: true, forUser: false, caseId: CASE.other, trap: false,
    note: 'info request addressed to another person, not the user',
    from: SUPPORT, to: PRIYA_OTHER, subject: formSubject(CASE.other),
    date: d('2026-11-26 14:30:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Priya,

Please send the candidate IDs for both accounts and tell us which one you'd like to keep.

${MARCO}`,
  }),
  fin({
    slug: 'en-info-forged-below', kind: 'info_request', lang: 'en', trusted: false, caseId: CASE.wei, trap: false,
    note: 'asks for IDs; pass header placed below the server Received line: untrusted',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-23 17:45:00'), auth: 'forgedBelow', enc: 'utf8qp',
    text: `Hello Wei,

To proceed, please provide the candidate IDs and sign-in emails for both profiles, plus the exam you passed most recently.

AWS Training and Certification`,
  }),
  fin({
    slug: 'en-info-unable-without', kind: 'info_request', lang: 'en', trusted: true, caseId: CASE.dan, trap: true,
    note: '"unable to merge without verification" and asks for exam dates: info request, no merge',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-16 09:18:27'), auth: 'pass', enc: 'ascii7',
    text: `Hi Dan,

Sorry for the back and forth - we're unable to merge the profiles until we can verify the agency account is yours. Could you please share the exam name and the date you sat it on that account? A rough month is fine.

${JEN}`,
  }),

  // ---------------- confirmation_request ----------------
  fin({
    slug: 'en-conf-reply-yes-proceed', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'irreversible merge, reply "yes, proceed" to authorize',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-17 21:11:11'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Got everything, thx. Before we proceed pls note the merge is permanent - ${DAN.srcId} goes into ${DAN.keepId} and can't be split again afterwards.

If you're happy with that, reply "yes, proceed" and we'll submit it.

${JEN}`,
  }),
  fin({
    slug: 'en-conf-go-ahead', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'asks for her go-ahead to combine the accounts',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-20 09:45:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Lena,

Thanks for the details. Do we have your go-ahead to combine ${LENA.srcId} into ${LENA.keepId}? Please note that this can\u2019t be reversed once it's done.

Kind regards,
${KATH}`,
  }),
  fin({
    slug: 'en-conf-kindly-acknowledge', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'kindly acknowledge it cannot be undone and say if we may continue',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-24 10:02:39'), auth: 'pass', enc: 'ascii7',
    text: `Dear Wei,

Kindly acknowledge that, after consolidation, ${WEI.src} will no longer be able to sign in and the action cannot be reversed, and let us know whether we may continue.

${MARCO}`,
  }),
  fin({
    slug: 'en-conf-top-posted-thread', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'top-posted consent request above the quoted thread, text+HTML',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-17 03:20:50'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Dan,

Thanks, the agency account checks out. One last thing: merging is a one-way operation. Please reply to let us know you agree and we'll get it done.

Jen

${gmailEn('Mon, Nov 16, 2026 at 6:40 PM', DAN.en, DAN.keep)}
${quote(`It was SAA-C03, around March 2025.\n\n${gmailEn('Mon, Nov 16, 2026 at 9:18 AM', 'AWS Training and Certification', SUPPORT_BARE)}\n${quote('Could you please share the exam name and the date you sat it on that account?')}`)}`,
    html: `<div>Hi Dan,<br><br>Thanks, the agency account checks out. One last thing: merging is a one-way operation. Please reply to let us know you agree and we'll get it done.<br><br>Jen</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 16, 2026 at 6:40 PM ${DAN.en} &lt;${DAN.keep}&gt; wrote:</div><blockquote>It was SAA-C03, around March 2025.</blockquote></div>`,
  }),
  fin({
    slug: 'en-conf-dkimonly-lf', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'please reply with your consent; aligned DKIM only; LF',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-20 10:05:00'), auth: 'dkimonly', enc: 'ascii7', crlf: false,
    text: `Hi Lena, quick follow-up: we're ready on our side. Pls reply with your consent to the merge (it's irreversible) and we'll action it.
Kath`,
  }),
  fin({
    slug: 'en-conf-fail-forged', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: CASE.wei, trap: false,
    note: 'consent request; fail on top, planted pass lower: untrusted',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-24 12:12:00'), auth: 'failThenForged', enc: 'ascii7',
    text: `Dear customer,

Please confirm the account merge by signing in here within 24 hours: http://aws-merge-verify.example.com/ok
The merge cannot be undone.`,
  }),
  fin({
    slug: 'en-conf-resent', kind: 'confirmation_request', lang: 'en', trusted: true, forUser: false, caseId: CASE.dan, trap: false,
    note: 'consent request bounced on by the agency mail server (Resent-*)',
    from: SUPPORT, to: DAN.src, subject: formSubject(CASE.dan),
    date: d('2026-11-17 21:12:00'), auth: 'pass', enc: 'ascii7',
    resent: { from: 'mailer@agency.example.net', to: 'dan.okafor@example.com', date: d('2026-11-17 21:13:00') },
    text: `Hi Daniel,

The merge of ${DAN.srcId} into ${DAN.keepId} is permanent. Please reply "yes, proceed" if you agree.

${JEN}`,
  }),
  fin({
    slug: 'en-conf-outlook-consent', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'please reply with written consent; Outlook quote header below',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-24 10:01:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Wei,

We've verified both profiles (${WEI.keepId}, ${WEI.srcId}). For our records we need your written consent before we consolidate them - a short reply saying you agree is enough.

${MARCO}

________________________________
${outlookEn(`${WEI.en} <${WEI.keep}>`, 'Monday, November 23, 2026 11:02 PM', SUPPORT_BARE, formSubject(CASE.wei))}

Sending from my personal address as asked. IDs: ${WEI.keepId} (keep), ${WEI.srcId}.

${WEI_REQ}`,
  }),

  // ---------------- merge_completed ----------------
  fin({
    slug: 'en-done-consolidated', kind: 'merge_completed', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'accounts consolidated under the kept ID',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-19 13:30:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Good news - your accounts have been consolidated. Everything now sits under ${DAN.keepId} (${DAN.keep}).

${JEN}`,
  }),
  fin({
    slug: 'en-done-gone-ahead-verify', kind: 'merge_completed', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'merged; please sign in and verify certs + benefits (stays completed)',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-21 08:22:10'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Lena,

We've gone ahead and merged ${LENA.srcId} into ${LENA.keepId}. Pls sign in & check that your certs, exam history and the 50% voucher all show up; if anything's missing just reply here.

${KATH}`,
  }),
  fin({
    slug: 'en-done-portal', kind: 'merge_completed', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'certification portal notice: accounts were merged (no case ID)',
    from: PORTAL, to: WEI.keep, subject: 'Your AWS Certification accounts were merged',
    date: d('2026-11-25 06:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Wei Chen,

The AWS Certification account ${WEI.src} has been merged into ${WEI.keep}. Your certifications and benefits are now available in this account.

AWS Certification
https://www.aws.training/Certification`,
  }),
  fin({
    slug: 'en-done-closing-lf', kind: 'merge_completed', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'merge done and case closing now: completion is the new fact',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-25 05:41:00'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hi Wei - merge done, ${WEI.keepId} is your only acct now. Closing this case out, thx for your patience.
Marco`,
  }),
  fin({
    slug: 'en-done-lookalike', kind: 'merge_completed', lang: 'en', trusted: false, caseId: CASE.dan, trap: false,
    note: 'completion wording from amazon-aws-support.com (look-alike): untrusted',
    from: 'AWS Training and Certification <cases@amazon-aws-support.com>', to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-19 02:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hello,

Your accounts have been merged successfully. To keep your certifications active, verify your identity here: https://amazon-aws-support.com/verify

AWS Training and Certification`,
    html: `<p>Hello,</p><p>Your accounts have been merged successfully. To keep your certifications active, <a href="https://amazon-aws-support.com/verify">verify your identity here</a>.</p>`,
  }),
  fin({
    slug: 'en-done-other-authserv', kind: 'merge_completed', lang: 'en', trusted: false, caseId: CASE.lena, trap: false,
    note: 'completion; only a foreign authserv-id (mx.google.com) below the Received line: untrusted',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-21 09:00:00'), auth: 'otherOnly', enc: 'ascii7',
    text: `Hi Lena,

The merge is complete. Your certifications are all under ${LENA.keepId} now.

${KATH}`,
  }),
  fin({
    slug: 'en-done-to-colleague', kind: 'merge_completed', lang: 'en', trusted: true, forUser: false, caseId: CASE.other, trap: false,
    note: "another customer's completion notice: addressed to someone else",
    from: SUPPORT, to: MORRIS, subject: formSubject(CASE.other),
    date: d('2026-11-28 10:10:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi James,

Your two certification profiles have now been merged. Please sign in with your personal address from now on.

${MARCO}`,
  }),

  // ---------------- badges_transferred ----------------
  fin({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'AWS badge via Credly: "Accept your badge"',
    from: CREDLY_AWS, to: DAN.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-11-20 17:05:00'), auth: 'pass', enc: 'utf8qp',
    text: `Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect \u2013 Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/4be1f0a2-99c3-4d8e-b7a1-2c3d4e5f6071

Credly, 13 East 37th Street, New York`,
    html: `<p>Congratulations, Daniel!</p><p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect \u2013 Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/4be1f0a2-99c3-4d8e-b7a1-2c3d4e5f6071">Accept your badge</a></p>`,
  }),
  fin({
    slug: 'en-badge-reassigned', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'support reassigned the Credly badges to the kept account',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-23 11:11:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Following up on your note - we've reassigned the Credly badges to ${LENA.keep}. You should see them on your Credly profile now (may need a refresh).

${KATH}

${gmailEn('Sun, Nov 22, 2026 at 7:12 PM', LENA.en, LENA.keep)}
${quote('Thanks for the merge! My badges still show under the consulting address though.')}`,
  }),
  fin({
    slug: 'en-badge-credly-two-html', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'Credly HTML-only: two AWS badges re-issued to the kept address',
    from: CREDLY_AWS, to: WEI.keep, subject: "You've earned 2 badges from Amazon Web Services Training and Certification",
    date: d('2026-11-26 03:30:00'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><h2>You've earned 2 badges!</h2><p>Amazon Web Services Training and Certification has issued the following badges to wei.chen@example.org:</p><ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li></ul><p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p><p style="font-size:10px">You are receiving this because a badge was issued to this email address.</p></body></html>`,
  }),
  fin({
    slug: 'en-badge-moved-resolved', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: CASE.dan, trap: false,
    note: 'support moved the badges and resolves the case',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-21 15:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Dan,

Badges are sorted: all three now show on the Credly account tied to ${DAN.keep}. As that was the last open item I'll mark this case resolved.

${JEN}`,
  }),
  fin({
    slug: 'en-badge-credly-resent', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: false, caseId: null, trap: false,
    note: 'AWS Credly badge mail redirected (Resent-*): not delivered to the user as such',
    from: CREDLY_AWS, to: LENA.src, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-11-22 12:00:00'), auth: 'pass', enc: 'ascii7',
    resent: { from: 'it-helpdesk@consult.example.org', to: 'lena.fischer@example.de', date: d('2026-11-22 12:40:00', '+0100') },
    text: `Hi Lena,

Amazon Web Services Training and Certification issued you a badge: AWS Certified Developer - Associate.
Accept your badge: https://www.credly.com/earner/earned`,
  }),
  fin({
    slug: 'en-badge-forged-below', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: null, trap: false,
    note: 'Credly badge notice, forged pass below the server Received line: untrusted',
    from: CREDLY_AWS, to: WEI.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-11-26 04:00:00'), auth: 'forgedBelow', enc: 'utf8qp',
    text: `Amazon Web Services Training and Certification issued you a badge.
Accept your badge: https://www.credly.com/earner/earned/badge/00000000-aaaa`,
  }),
  fin({
    slug: 'en-badge-should-show-lf', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'support: badges moved, they should now show under the kept email',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-27 08:08:08'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Wei,
we transfered both Credly badges over to ${WEI.keep}, they should now show in your Credly wallet. Let us know if not.
- Marco`,
  }),

  // ---------------- case_closed ----------------
  fin({
    slug: 'en-closed-resolved-notify', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'AWS Support: case resolved',
    from: AWS_NOTIFY, to: LENA.keep, subject: `Your AWS Support case ${CASE.lena} has been resolved`,
    date: d('2026-11-30 00:00:01'), auth: 'pass', enc: 'ascii7',
    text: `Your support case ${CASE.lena} has been resolved.

If you need more help, you can reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  fin({
    slug: 'en-closed-autoclose-5d', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'no reply received; case will auto-close in 5 days',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-29 09:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Wei,

We haven\u2019t heard back from you. If we don't get a reply within 5 days, this case will be closed automatically.

${MARCO}`,
  }),
  fin({
    slug: 'en-closed-restate-merged', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.dan, trap: true,
    note: 'closing that only restates the earlier merge',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-26 09:30:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged on 11/19 and we haven't heard of any issues since, we're closing this case. Reply any time if something comes up.

${JEN}`,
  }),
  fin({
    slug: 'en-closed-html-list', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'HTML notification: case closed',
    from: AWS_NOTIFY, to: WEI.keep, subject: `Case ${CASE.wei} closed`,
    date: d('2026-12-04 00:00:00'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><p>The following case has been closed:</p><table><tr><td>Case ID</td><td>${CASE.wei}</td></tr><tr><td>Status</td><td>Closed</td></tr><tr><td>Subject</td><td>Merge two certification accounts</td></tr></table><p>Thank you for using AWS Support.</p></body></html>`,
  }),
  fin({
    slug: 'en-closed-dup-case', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.danDup, trap: true,
    note: 'duplicate case merged into the original and closed: case merge, not account merge',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.danDup),
    date: d('2026-11-14 23:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

This case duplicates ${CASE.dan}, so we've merged it into that one and closed it here. We'll continue on ${CASE.dan}.

${JEN}`,
  }),
  fin({
    slug: 'en-closed-dmarc-fail-lf', kind: 'case_closed', lang: 'en', trusted: false, caseId: CASE.lena, trap: false,
    note: 'closing notice with dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: LENA.keep, subject: `Your AWS Support case ${CASE.lena} has been closed`,
    date: d('2026-11-30 02:00:00'), auth: 'fail', enc: 'ascii7', crlf: false,
    text: `Your case ${CASE.lena} has been closed. Rate your experience: http://aws-feedback.example.net/`,
  }),
  fin({
    slug: 'en-closed-to-other', kind: 'case_closed', lang: 'en', trusted: true, forUser: false, caseId: CASE.other, trap: false,
    note: "closure of someone else's case: addressed to another person",
    from: AWS_NOTIFY, to: PRIYA_OTHER, subject: `Your AWS Support case ${CASE.other} has been resolved`,
    date: d('2026-12-02 00:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Your support case ${CASE.other} has been resolved. Thank you for contacting AWS.`,
  }),
  fin({
    slug: 'en-closed-marking-resolved', kind: 'case_closed', lang: 'en', trusted: true, caseId: CASE.lena, trap: false,
    note: 'agent marks the case resolved; reopen by replying within 14 days',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-29 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Glad we could help. I'm marking this one as resolved; if anything else crops up just reply within 14 days and it'll reopen automatically.

${KATH}`,
  }),

  // ---------------- support_reply ----------------
  fin({
    slug: 'en-sr-thx-confirming', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.dan, trap: true,
    note: 'thanks for confirming, passed to backend, ETA given',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-18 09:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Dan,

Thx for confirming. I've passed the request to our backend team; ETA is 3-5 biz days. We'll update you here.

${JEN}

${gmailEn('Tue, Nov 17, 2026 at 10:30 PM', DAN.en, DAN.keep)}
${quote('yes, proceed')}`,
  }),
  fin({
    slug: 'en-sr-unable-same-id', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.wei, trap: true,
    note: 'negated: unable to merge right now; explains why, asks nothing',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-23 20:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Wei,

Unfortunately we\u2019re unable to merge the two profiles at the moment: the startup account has an exam appointment scheduled for next week, and open bookings block the process. Once you've taken (or cancelled) the exam, just reply here and we'll pick it up.

${MARCO}`,
  }),
  fin({
    slug: 'en-sr-once-merged', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.lena, trap: true,
    note: 'future: "once merged you will get an email"; in queue',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-20 16:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Lena,

Thank you, that's all we need. Your request is now in the queue. Once the accounts are merged you'll get an email from us, usually within 2-3 business days.

${KATH}`,
  }),
  fin({
    slug: 'en-sr-write-from-keep', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.dan, trap: true,
    note: 'write from the address you keep; no data requested',
    from: SUPPORT, to: DAN.src, cc: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-14 21:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

For security reasons we can only act on requests sent from the email you plan to keep. Please write to us again on this case from that address.

${JEN}`,
  }),
  fin({
    slug: 'en-sr-html-pending', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.wei, trap: false,
    note: 'HTML status update: still pending with the team',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-24 20:20:00'), auth: 'pass', enc: 'utf8b64',
    html: `<p>Hi Wei,</p><p>Just a quick status update: your request is still with the team that handles these, nothing needed from you right now. Sorry for the wait, weekends are a bit slower for us.</p><p>Marco</p>`,
  }),
  fin({
    slug: 'en-sr-merged-dup-cases', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.dan, trap: true,
    note: 'merged the duplicate cases; continuing here (case merge, not account merge)',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-14 23:05:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Dan,

FYI we merged your two cases (${CASE.danDup} into ${CASE.dan}) so everything is in one place. Please keep replying on this one. We'll review your request shortly.

${JEN}`,
  }),
  fin({
    slug: 'en-sr-skillbuilder-lf', kind: 'support_reply', lang: 'en', trusted: true, caseId: CASE.lena, trap: true,
    note: 'answers that Skill Builder progress is not part of the certification merge',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-22 13:13:00'), auth: 'pass', enc: 'ascii7', crlf: false,
    text: `Hi Lena,
to answer your q: Skill Builder learning progress isn't included in a certification account merge, it stays with the Builder ID it was recorded on. Your certs + vouchers are unaffected.
Kath`,
  }),
  fin({
    slug: 'en-sr-misaligned', kind: 'support_reply', lang: 'en', trusted: false, caseId: CASE.wei, trap: false,
    note: 'status reply with DKIM for an unrelated domain and dmarc=fail: untrusted',
    from: SUPPORT, to: WEI.keep, subject: formSubject(CASE.wei),
    date: d('2026-11-24 21:00:00'), auth: 'misaligned', enc: 'utf8qp',
    text: `Hello Wei,

Your request was escalated. You can track progress at http://aws-case-status.example.info/${CASE.wei}

AWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  fin({
    slug: 'en-un-survey-resolved', kind: 'unrelated', lang: 'en', trusted: true, caseId: CASE.dan, trap: true,
    note: 'survey "Was your issue resolved?"',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'How did we do? Tell us about your recent support case',
    date: d('2026-11-27 00:30:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

You recently contacted AWS Support (case ${CASE.dan}). Was your issue resolved?

Yes: https://survey.aws.example/r?c=${CASE.dan}&v=1
No:  https://survey.aws.example/r?c=${CASE.dan}&v=0

It takes less than a minute.`,
  }),
  fin({
    slug: 'en-un-marketing-skills', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'marketing mail about combining skills and claiming badges',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>', to: LENA.keep, subject: 'Merge your skills: 3 new learning plans + free badge',
    date: d('2026-11-24 15:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Bring it all together.

Merge cloud and AI skills with three new learning plans on AWS Skill Builder. Finish one and claim a free digital badge.

Start learning: https://skillbuilder.aws/

Unsubscribe: https://aws.amazon.com/unsubscribe`,
    html: `<h1>Bring it all together.</h1><p>Merge cloud and AI skills with three new learning plans on AWS Skill Builder. Finish one and claim a free digital badge.</p><p><a href="https://skillbuilder.aws/">Start learning</a></p><p><a href="https://aws.amazon.com/unsubscribe">Unsubscribe</a></p>`,
  }),
  fin({
    slug: 'en-un-hashicorp-credly', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'HashiCorp badge via Credly, not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: WEI.keep, subject: 'HashiCorp sent you a new badge',
    date: d('2026-11-28 18:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Congratulations, Wei!

HashiCorp has issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/earner/earned/badge/9a8b7c6d-1111-2222-3333-444455556666`,
  }),
  fin({
    slug: 'en-un-own-reply-confirm', kind: 'unrelated', lang: 'en', trusted: false, caseId: CASE.lena, trap: true,
    note: "the user's own consent reply, Cc to herself: no news from support",
    from: `${LENA.en} <${LENA.keep}>`, to: SUPPORT, cc: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-20 11:30:00', '+0100'), auth: 'none', enc: 'ascii7', rcpt: LENA.keep,
    text: `Hi Kath,

I confirm, please go ahead and merge ${LENA.srcId} into ${LENA.keepId}.

Best,
Lena

${gmailEn('Fri, Nov 20, 2026 at 10:45 AM', 'AWS Training and Certification', SUPPORT_BARE)}
${quote(`Do we have your go-ahead to combine ${LENA.srcId} into ${LENA.keepId}?`)}`,
  }),
  fin({
    slug: 'en-un-colleague-ooo-lf', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: false,
    note: "a former co-worker's out-of-office reply",
    from: 'Tom Becker <t.becker@consult.example.org>', to: LENA.keep, subject: 'Automatic reply: quick question about AWS certs',
    date: d('2026-11-19 08:00:00', '+0100'), auth: 'pass', enc: 'ascii7', crlf: false,
    extra: ['Auto-Submitted: auto-replied'],
    text: `Thanks for your message. I'm out of the office until 30 November with limited access to email.`,
  }),
  fin({
    slug: 'en-un-exam-congrats', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'exam result mail ("certification completed"), not the merge',
    from: PORTAL, to: DAN.keep, subject: 'Congratulations! You are now AWS Certified',
    date: d('2026-12-03 14:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello Daniel,

Congratulations on passing AWS Certified DevOps Engineer \u2013 Professional. Your certification is complete and has been added to your account. Look out for your Credly badge in the next few days.

AWS Certification`,
  }),
  fin({
    slug: 'en-un-skillbuilder-order', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Skill Builder subscription receipt ("order complete")',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: WEI.keep, subject: 'Your order is complete',
    date: d('2026-11-21 04:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Thanks for subscribing to AWS Skill Builder Individual (monthly).
Your order is complete and your subscription is active. Receipt #SB-2026-118273

AWS Skill Builder`,
  }),
];
