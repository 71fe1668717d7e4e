// Set ap, English: genuine mail (some from unfamiliar but trusted senders) next to phishing and forgeries.
import type { Msg } from './lib.js';
import { build, rfcDate as d } from './lib.js';
import { en, SUPPORT, AWS_NOTIFY, CREDLY_AWS, formSubject, formSubjectNew, OLIVIA, DMITRI, GRACE, CASE, TRACE, SECTEAM, quote, sfOriginal, sfRef, gmailEn, outlookEn, fwdEn, page, paras, button, REQ_OLIVIA, REQ_GRACE } from './common.js';

const O = OLIVIA;
const D = DMITRI;
const G = GRACE;
const oTo = `${O.name} <${O.keep}>`;
const dTo = `${D.name} <${D.keep}>`;
const gTo = `${G.name} <${G.keep}>`;
const sig = (who: string): string => `Kind regards,\n${who}\nAWS Training & Certification | Customer Support`;

// the phishing consent request that the security team later returns as an attachment
const PHISH_CONFIRM: Msg = en({
  slug: 'ph-conf-signin-multipart',
  kind: 'confirmation_request',
  trusted: false,
  caseId: CASE.ph2,
  note: 'phishing consent request: "confirm the merge by signing in", from aws-amazon-support.com (passes for itself); multipart',
  from: 'AWS Certification <certification@aws-amazon-support.com>',
  to: oTo,
  subject: `Action required: confirm your certification account merge (Case ${CASE.ph2})`,
  date: d('2026-04-07 06:12:00', '+0000'),
  auth: 'pass',
  enc: 'utf8qp',
  text: `Hello Olivia,

Your request to merge two AWS Certification accounts is ready to be processed. Because a merge is permanent, we need you to confirm it by signing in with the credentials of BOTH accounts.

Confirm now: https://aws-amazon-support.com/certification/merge/confirm?c=${CASE.ph2}

Requests not confirmed within 24 hours will be cancelled.

AWS Certification Team`,
  html: page(`<div style="padding:24px"><p>Hello Olivia,</p><p>Your request to merge two AWS Certification accounts is ready to be processed. Because a merge is permanent, we need you to confirm it by signing in with the credentials of BOTH accounts.</p>
${button('https://aws-amazon-support.com/certification/merge/confirm?c=' + CASE.ph2, 'Sign in to confirm')}
<p>Requests not confirmed within 24 hours will be cancelled.</p><p>AWS Certification Team</p></div>`),
});

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  en({
    slug: 'ack-olivia',
    kind: 'acknowledgement',
    caseId: CASE.olivia,
    note: 'AWS Support notification: case opened, reply expected soon',
    from: AWS_NOTIFY,
    to: O.keep,
    subject: `AWS Support case ${CASE.olivia} has been opened`,
    date: d('2026-04-06 08:21:09', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi,

We've opened support case ${CASE.olivia} on your behalf (AWS Training and Certification > account assistance).

An agent usually replies within one business day. Submitting the form again for the same issue won't speed things up and may slow them down.

- Amazon Web Services

Please do not reply to this notification.`,
  }),
  en({
    slug: 'ack-mail-aws-training-dkimonly',
    kind: 'acknowledgement',
    caseId: CASE.grace,
    note: 'receipt from an unfamiliar sender subdomain (mail.aws.training) with a DKIM-only pass by aws.training: genuine',
    from: 'AWS Training and Certification <no-reply@mail.aws.training>',
    to: gTo,
    subject: `Your request ${CASE.grace} - we're on it`,
    date: d('2026-04-13 17:45:30', '+0000'),
    auth: 'dkimonly',
    dkimD: 'aws.training',
    enc: 'utf8qp',
    text: `Hi Grace,

Thanks for getting in touch. Request ${CASE.grace} is now in our queue; a specialist will follow up by email.

AWS Training and Certification`,
    html: page(`<div style="padding:20px"><p>Hi Grace,</p><p>Thanks for getting in touch. Request <b>${CASE.grace}</b> is now in our queue; a specialist will follow up by email.</p><p>AWS Training and Certification</p></div>`),
  }),
  en({
    slug: 'ph-ack-display-is-address',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.ph3,
    note: 'fake receipt whose display name is the real support address; the actual address is a gmail.com account',
    from: '"aws-cs-trainingcertification-form@amazon.com" <casedesk.notify.aws@gmail.com>',
    to: dTo,
    subject: formSubjectNew(CASE.ph3),
    date: d('2026-04-02 03:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Dear Customer,

We have received your account merge request. Case number: ${CASE.ph3}.
To avoid delays, please verify your identity at https://aws-case-verify.com/${CASE.ph3} within 12 hours.

AWS Training and Certification`,
  }),
  en({
    slug: 'ph-ack-spoof-replyto',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.ph4,
    note: 'spoofed From of the real AWS notifier; our verdict dmarc=fail; Reply-To points to a look-alike',
    from: AWS_NOTIFY,
    to: gTo,
    subject: `AWS Support case ${CASE.ph4} has been opened`,
    date: d('2026-04-12 22:10:00', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    extra: ['Reply-To: case-team@aws-supportcenter.net'],
    text: `Hello,

We've opened support case ${CASE.ph4} regarding your certification accounts. Reply to this email with the email addresses and passwords of both accounts so the agent can begin.

Amazon Web Services`,
  }),
  en({
    slug: 'ack-html-body-only-dmitri',
    kind: 'acknowledgement',
    caseId: CASE.dmitri,
    note: 'HTML-only receipt; the case ID is only in the body',
    from: SUPPORT,
    to: dTo,
    subject: 'We received your AWS Training and Certification request',
    date: d('2026-04-01 11:05:44', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<div style="padding:24px"><p>Hello Dmitri,</p><p>Your message has reached AWS Training and Certification Customer Support and was logged as <b>${CASE.dmitri}</b>.</p><p>Please keep this number for your records; replying to this email adds to the same request.</p></div>`),
  }),
  en({
    slug: 'ack-to-old-work-olivia',
    kind: 'acknowledgement',
    caseId: CASE.olivia,
    note: 'genuine form receipt sent to the user\'s old work address (still hers)',
    from: SUPPORT,
    to: O.src,
    subject: formSubjectNew(CASE.olivia),
    date: d('2026-04-06 08:22:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification. Your inquiry has been assigned case number ${CASE.olivia}. We aim to respond within 1-2 business days.

${sfRef('0OliV1')}`,
  }),

  // ---------------- ai_answer ----------------
  en({
    slug: 'ai-tool-olivia',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer suggesting the Merge Accounts tool',
    from: SUPPORT,
    to: O.keep,
    subject: 'AI-generated response to your question',
    date: d('2026-04-06 08:10:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `This answer was generated by AI and may contain mistakes.

You can usually combine two AWS Certification profiles yourself: sign in to the certification portal, open your profile and choose Merge Accounts. If the tool reports that both accounts hold certifications, create a case and an agent will help.

Was this helpful?`,
  }),
  en({
    slug: 'ai-amazon-q-multipart',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'Amazon Q suggestion, multipart; describes what happens once accounts are merged',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: gTo,
    subject: 'Amazon Q suggested an answer',
    date: d('2026-04-13 17:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Amazon Q suggested this answer based on your question:

After two certification accounts are merged, your certifications and benefits appear under the account you keep, and Credly badges can be claimed with that account's email. Try the Merge Accounts option in your profile first.

Still need help? Choose "Create case".`,
    html: page(paras(`Amazon Q suggested this answer based on your question:

After two certification accounts are merged, your certifications and benefits appear under the account you keep, and Credly badges can be claimed with that account's email. Try the Merge Accounts option in your profile first.

Still need help? Choose "Create case".`)),
  }),
  en({
    slug: 'ph-ai-google-ar-only',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI-answer imitation with the real notifier address; the only pass verdict is mx.google.com\'s, below our Received',
    from: AWS_NOTIFY,
    to: dTo,
    subject: 'Automated answer: merging certification accounts',
    date: d('2026-04-01 10:40:00', '+0000'),
    auth: 'otherOnly',
    enc: 'ascii7',
    text: `This is an automated answer.

Use our express merge portal to combine your accounts instantly: https://express-merge-aws.com
You'll need the login details for both accounts.`,
  }),
  en({
    slug: 'ai-dkimonly-assist-amazon',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated suggestion from a new amazon.com subdomain, DKIM-only aligned pass: genuine',
    from: 'AWS Training and Certification <no-reply@ai-assist.amazon.com>',
    to: O.keep,
    subject: 'A suggested answer while you wait',
    date: d('2026-04-06 08:12:00', '+0000'),
    auth: 'dkimonly',
    dkimD: 'amazon.com',
    enc: 'utf8b64',
    text: `Here's an automatically generated suggestion:

- The self-service Merge Accounts tool handles most duplicate profiles.
- Finish any scheduled exam before merging.

If this doesn't solve it, continue to create a case.`,
  }),
  en({
    slug: 'ph-ai-authserv-lookalike',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI-answer imitation; the topmost A-R is from "mx-test.example", not our server',
    from: SUPPORT,
    to: G.keep,
    subject: 'Generated answer: account merge',
    date: d('2026-04-13 19:00:00', '+0000'),
    auth: 'custom',
    trace: TRACE.authservLookalike('amazon.com', 'mx-test.example'),
    enc: 'ascii7',
    text: `Generated answer:

Certification accounts can be merged at https://aws-certmerge.net/tool. Enter both account passwords to continue.`,
  }),
  en({
    slug: 'ai-html-only-dmitri',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only AI answer with a self-service link to the real portal',
    from: SUPPORT,
    to: dTo,
    subject: 'Here is an AI-generated answer',
    date: d('2026-04-01 10:55:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<div style="padding:20px"><p><i>Generated by AI</i></p><p>To merge duplicate certification accounts, use the Merge Accounts page in the AWS Certification portal. Agents can help when both accounts carry certifications.</p></div>`),
  }),

  // ---------------- info_request ----------------
  en({
    slug: 'info-ids-olivia',
    kind: 'info_request',
    caseId: CASE.olivia,
    note: 'asks for candidate IDs, login emails and which profile to keep',
    from: SUPPORT,
    to: oTo,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-07 09:14:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hello Olivia,

Thanks for reaching out. So that I can locate both profiles, could you send over the candidate ID (starts with AWS) and the sign-in email of each, and tell me which of the two should remain active?

${sig('Nadia')}

${sfOriginal(O.keep, '4/6/2026 8:20 AM', SUPPORT, formSubjectNew(CASE.olivia), REQ_OLIVIA)}`,
  }),
  en({
    slug: 'info-write-from-keep-plus-ids',
    kind: 'info_request',
    caseId: CASE.grace,
    note: 'asks to write from the kept address AND to include both candidate IDs',
    from: SUPPORT,
    to: G.src,
    subject: formSubject(CASE.grace),
    date: d('2026-04-14 15:02:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Grace,

For security, please reply from the email address of the account you're keeping, and include the candidate IDs of both accounts in that reply.

${sig('Marcus')}`,
  }),
  en({
    slug: 'ph-info-dkimfail-replyto',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.dmitri,
    note: 'asks for both passwords using the real case ID; DKIM in amazon.com\'s name fails, SPF passes only for the sender\'s host; Reply-To elsewhere',
    from: SUPPORT,
    to: dTo,
    subject: formSubject(CASE.dmitri),
    date: d('2026-04-02 14:44:00', '+0000'),
    auth: 'custom',
    trace: TRACE.dkimFailAligned('amazon.com', 'mx1.bulk-sender-eu.net'),
    enc: 'ascii7',
    extra: ['Reply-To: merge-desk@aws-cert-help.com'],
    text: `Hello Dmitri,

To verify ownership we need the login email and current password for both certification accounts. Please reply with them at your earliest convenience.

AWS Training and Certification`,
  }),
  en({
    slug: 'info-outlook-which-keep',
    kind: 'info_request',
    caseId: CASE.dmitri,
    note: 'asks which account to keep; user\'s earlier mail quoted in an Outlook block',
    from: SUPPORT,
    to: dTo,
    subject: formSubject(CASE.dmitri),
    date: d('2026-04-02 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Dmitri,

Got both IDs, thanks. One thing before I go further: which one do you want us to keep - ${D.keepId} or ${D.srcId}?

${sig('Priyanka')}

${outlookEn(`${D.name} <${D.keep}>`, 'Wednesday, April 1, 2026 7:02 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.dmitri))}

Hi, the IDs are ${D.keepId} (personal) and ${D.srcId} (old job). Cheers, Dmitri`,
  }),
  en({
    slug: 'info-confirm-email-trap',
    kind: 'info_request',
    trap: true,
    caseId: CASE.olivia,
    note: '"please confirm the email address you keep" asks for information',
    from: SUPPORT,
    to: O.keep,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-08 10:01:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Olivia,

Before we proceed, would you please confirm the email address you'd like to keep for sign-in? The two profiles list different addresses for certification notifications.

${sig('Nadia')}`,
  }),
  en({
    slug: 'ph-info-authserv-comment',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.grace,
    note: 'asks for a scan of a passport via a link; topmost A-R is another host that only names mx.test.example in a comment',
    from: SUPPORT,
    to: gTo,
    subject: formSubject(CASE.grace),
    date: d('2026-04-14 20:20:00', '+0000'),
    auth: 'custom',
    trace: TRACE.authservInComment('amazon.com'),
    enc: 'utf8b64',
    html: page(`<div style="padding:20px"><p>Hi Grace,</p><p>We need a scan of your passport and the sign-in details of both accounts to continue your merge.</p>${button('https://aws-idcheck.net/upload', 'Upload documents')}</div>`),
  }),

  // ---------------- confirmation_request ----------------
  en({
    slug: 'conf-olivia',
    kind: 'confirmation_request',
    caseId: CASE.olivia,
    note: 'asks for the user\'s go-ahead by reply; warns the merge is permanent',
    from: SUPPORT,
    to: oTo,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-09 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Olivia,

I've matched both profiles. ${O.srcId} would be folded into ${O.keepId}; after that there's no way to split them again. Just hit reply and let me know you're happy for us to go ahead.

We never ask you to sign in through a link for this step.

${sig('Nadia')}`,
  }),
  en({
    slug: 'conf-body-id-grace',
    kind: 'confirmation_request',
    caseId: CASE.grace,
    note: 'consent request; the case ID is only in the body',
    from: SUPPORT,
    to: gTo,
    subject: 'Your certification accounts',
    date: d('2026-04-15 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Grace,

Regarding case ${CASE.grace}: we're ready to combine ${G.src} into ${G.keep}. This is irreversible. Could you reply "I agree" so we can proceed?

${sig('Marcus')}`,
  }),
  PHISH_CONFIRM,
  en({
    slug: 'ph-conf-forged-below-replyto',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.dmitri,
    note: 'consent request with the real case ID; forged dmarc=pass A-R below our Received; Reply-To to a look-alike',
    from: SUPPORT,
    to: dTo,
    subject: formSubject(CASE.dmitri),
    date: d('2026-04-03 07:07:00', '+0000'),
    auth: 'forgedBelow',
    enc: 'ascii7',
    extra: ['Reply-To: "AWS Training and Certification" <aws-cs-trainingcertification-form@amazon-cases.co>'],
    text: `Hello Dmitri,

Your merge is ready. Since it cannot be undone, please confirm by replying to this message with "CONFIRM" and the password of the account being retired.

AWS Training and Certification`,
  }),
  en({
    slug: 'ph-conf-dkim-suffix',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.ph5,
    note: 'dkim=pass but for amazon.com.mta-cdn.net (brand as a prefix of the signer), no dmarc result: not aligned',
    from: SUPPORT,
    to: O.keep,
    subject: `Please confirm: account merge for case ${CASE.ph5}`,
    date: d('2026-04-08 23:59:00', '+0000'),
    auth: 'custom',
    trace: TRACE.dkimUnaligned('amazon.com', 'amazon.com.mta-cdn.net'),
    enc: 'utf8qp',
    text: `Dear candidate,

Please confirm the merge of your certification accounts by signing in here: https://amazon.com.mta-cdn.net/signin
Unconfirmed requests are deleted after 48 hours.`,
  }),
  en({
    slug: 'conf-action-required',
    kind: 'confirmation_request',
    caseId: CASE.dmitri,
    note: 'genuine consent request with an unusual "ACTION REQUIRED" subject prefix',
    from: SUPPORT,
    to: dTo,
    subject: `ACTION REQUIRED - ${formSubject(CASE.dmitri)}`,
    date: d('2026-04-03 10:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Dmitri,

Thanks - we'll keep ${D.keepId}. Merging is permanent, so we need your explicit OK. A one-line reply to this email saying you agree is all we need.

${sig('Priyanka')}`,
  }),

  // ---------------- merge_completed ----------------
  en({
    slug: 'merged-olivia',
    kind: 'merge_completed',
    caseId: CASE.olivia,
    note: 'support says the two profiles are now one',
    from: SUPPORT,
    to: oTo,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-10 15:22:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Olivia,

Good news - ${O.srcId} has now been rolled into ${O.keepId}. Your certifications and the exam benefit show under ${O.keep}. Give it a look and shout if anything's missing.

${sig('Nadia')}`,
  }),
  en({
    slug: 'merged-grace-multipart',
    kind: 'merge_completed',
    caseId: CASE.grace,
    note: 'multipart completion notice from support',
    from: SUPPORT,
    to: gTo,
    subject: formSubject(CASE.grace),
    date: d('2026-04-16 18:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Grace,

The merge is done: everything from your Formerco profile is now on ${G.keep}.

${sig('Marcus')}`,
    html: page(paras(`Hi Grace,

The merge is done: everything from your Formerco profile is now on ${G.keep}.

Kind regards,
Marcus`)),
  }),
  en({
    slug: 'ph-merged-spoof-fail',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.grace,
    note: 'fake completion with a malicious link using the real case ID; our verdict dmarc=fail for amazon.com',
    from: AWS_NOTIFY,
    to: G.keep,
    subject: `Case ${CASE.grace}: your accounts have been merged`,
    date: d('2026-04-15 02:02:00', '+0000'),
    auth: 'fail',
    enc: 'ascii7',
    text: `Your AWS Certification accounts have been merged successfully.
Review your merged profile and re-activate your badges: https://aws-cert-profile.com/review?case=${CASE.grace}

Amazon Web Services`,
  }),
  en({
    slug: 'ph-merged-to-team-list',
    kind: 'merge_completed',
    trusted: false,
    forUser: false,
    caseId: CASE.ph1,
    note: 'fake completion sent to a team list (not the user); display name contains the real notifier address',
    from: '"Amazon Web Services <no-reply-aws@amazon.com>" <notice@aws-notify-center.net>',
    to: 'cloud-team@harbourline.example',
    subject: `Completed: certification account merge (${CASE.ph1})`,
    date: d('2026-04-09 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `The certification accounts linked to this address have been merged. Download your updated transcript: https://aws-notify-center.net/transcript.html`,
  }),
  en({
    slug: 'merged-email-amazon-dkimonly',
    kind: 'merge_completed',
    caseId: CASE.dmitri,
    note: 'completion from an unfamiliar amazon.com subdomain, DKIM-only aligned: genuine',
    from: 'AWS Certification Operations <cert-ops@email.amazon.com>',
    to: dTo,
    subject: `Case ${CASE.dmitri} - merge processed`,
    date: d('2026-04-04 13:13:00', '+0000'),
    auth: 'dkimonly',
    dkimD: 'amazon.com',
    enc: 'utf8b64',
    text: `Hello Dmitri,

Per your approval on case ${CASE.dmitri}, the certification record of ${D.srcId} was merged into ${D.keepId} today.

AWS Certification Operations`,
  }),
  en({
    slug: 'ph-merged-x-headers',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.olivia,
    note: 'fake completion with no Authentication-Results at all, only X-headers that sound like verdicts',
    from: SUPPORT,
    to: O.keep,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-09 20:00:00', '+0000'),
    auth: 'custom',
    trace: TRACE.xHeadersOnly('amazon.com'),
    enc: 'utf8qp',
    text: `Hi Olivia,

Your accounts were merged. For security, please sign in again through https://signin-aws-training.com within 24 hours to keep your certifications active.

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  en({
    slug: 'credly-aws-olivia',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly issues the AWS badge to the kept address',
    from: CREDLY_AWS,
    to: O.keep,
    subject: 'Olivia, you earned a badge from Amazon Web Services Training and Certification',
    date: d('2026-04-11 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Congratulations, Olivia!

Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.

Accept your badge: https://www.credly.com/badges/9e1d2a44-8c71-4f30-b2f6-01a9c3de55e2

Credly`,
  }),
  en({
    slug: 'support-badges-moved-grace',
    kind: 'badges_transferred',
    caseId: CASE.grace,
    note: 'support moved the Credly badges to the kept account',
    from: SUPPORT,
    to: gTo,
    subject: formSubject(CASE.grace),
    date: d('2026-04-18 11:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Grace,

Following up on the badges: we've re-pointed both AWS badges to ${G.keep}. You should get Credly emails to claim them shortly.

${sig('Marcus')}

${gmailEn('Fri, Apr 17, 2026 at 9:12 PM', G.name, G.keep)}
> Certs look fine but my Credly badges are still on the old email.`,
  }),
  en({
    slug: 'ph-credly-two-verdicts',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'fake Credly mail from admin@credly.com; two verdicts above our Received, the topmost says dmarc=fail',
    from: CREDLY_AWS,
    to: D.keep,
    subject: 'Your AWS badges were moved to your new account',
    date: d('2026-04-05 06:00:00', '+0000'),
    auth: 'custom',
    trace: TRACE.twoVerdictsFailFirst('credly.com'),
    enc: 'ascii7',
    text: `Hi Dmitri,

Your Amazon Web Services badges were transferred after your account merge. Sign in to accept them: https://credly-claims.com/login`,
  }),
  en({
    slug: 'ph-credly-crediy-html',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'fake Credly mail from crediy.com (i for l); display name copies Credly\'s',
    from: 'Amazon Web Services Training and Certification via Credly <admin@crediy.com>',
    to: gTo,
    subject: 'Grace, your badges are ready on your merged account',
    date: d('2026-04-17 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<div style="padding:24px;text-align:center"><p>Your AWS Certified Solutions Architect - Associate badge has been moved to ${G.keep}.</p>${button('https://crediy.com/accept', 'Accept your badge')}</div>`),
  }),
  en({
    slug: 'credly-dkimonly',
    kind: 'badges_transferred',
    caseId: null,
    note: 'genuine Credly AWS badge with a DKIM-only verdict (signed by credly.com, no dmarc result)',
    from: CREDLY_AWS,
    to: dTo,
    subject: 'Dmitri, claim your AWS Certified DevOps Engineer - Professional badge',
    date: d('2026-04-05 08:30:00', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8qp',
    text: `Hi Dmitri,

Amazon Web Services Training and Certification issued you a badge: AWS Certified DevOps Engineer - Professional.

Accept your badge: https://www.credly.com/earner/earned/badge/1a7c3e90-5b2d-4f84-a0e6-c2d4f8b19e07`,
  }),
  en({
    slug: 'credly-resent-by-oldco',
    kind: 'badges_transferred',
    forUser: false,
    caseId: null,
    note: 'genuine Credly AWS badge re-sent by the old employer\'s mail admin (Resent-* headers): not delivered to the user as such',
    from: CREDLY_AWS,
    to: G.src,
    subject: 'Grace, you earned a badge from Amazon Web Services Training and Certification',
    date: d('2026-04-17 01:00:00', '+0000'),
    resent: { from: 'postmaster@formerco.example', to: G.keep, date: d('2026-04-17 09:30:00', '+0000') },
    auth: 'pass',
    enc: 'ascii7',
    text: `Amazon Web Services Training and Certification issued you the AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.credly.com/badges/4f0e7b23-9d1a-4c5e-8b26-7d3c1f0a9e58`,
  }),

  // ---------------- case_closed ----------------
  en({
    slug: 'closed-resolved-olivia',
    kind: 'case_closed',
    caseId: CASE.olivia,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY,
    to: O.keep,
    subject: `Case ${CASE.olivia} resolved`,
    date: d('2026-04-14 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Case ${CASE.olivia} has been marked as resolved. You can reopen it from the Support Center if you still need help.

Amazon Web Services`,
  }),
  en({
    slug: 'closed-auto-72h-grace',
    kind: 'case_closed',
    caseId: CASE.grace,
    note: 'will close automatically in 72 hours without a reply',
    from: SUPPORT,
    to: G.keep,
    subject: formSubject(CASE.grace),
    date: d('2026-04-20 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Grace,

We haven't heard back since our last note. If there's nothing else, this case will close on its own in 72 hours - no action needed.

${sig('Marcus')}`,
  }),
  en({
    slug: 'ph-closed-verify-fail',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.dmitri,
    note: 'fake closing warning ("case will be closed and accounts locked unless you verify"); dmarc=fail for amazon.com',
    from: AWS_NOTIFY,
    to: D.keep,
    subject: `Case ${CASE.dmitri} will be closed`,
    date: d('2026-04-06 04:00:00', '+0000'),
    auth: 'fail',
    enc: 'utf8b64',
    text: `Your case ${CASE.dmitri} will be closed within 24 hours and both certification accounts locked unless you verify ownership: https://aws-supportcase-verify.com`,
  }),
  en({
    slug: 'closed-restates-merge-html',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.dmitri,
    note: 'closing notice restating the merge done earlier in the week',
    from: SUPPORT,
    to: dTo,
    subject: formSubject(CASE.dmitri),
    date: d('2026-04-08 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: page(paras(`Hi Dmitri,

As your accounts were merged on Saturday and we haven't heard of any problems, I'm closing this case now.

Kind regards,
Priyanka`)),
  }),
  en({
    slug: 'ph-closed-header-from-mismatch',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.olivia,
    note: 'our verdict passes, but for header.from=aws-support-cases.com, the look-alike the mail really came from',
    from: 'AWS Support <no-reply@aws-support-cases.com>',
    to: oTo,
    subject: `Case ${CASE.olivia} closed`,
    date: d('2026-04-13 18:00:00', '+0000'),
    auth: 'custom',
    trace: TRACE.headerFromMismatch('aws-support-cases.com'),
    enc: 'ascii7',
    text: `Your case ${CASE.olivia} has been closed. To download the case transcript, sign in at https://aws-support-cases.com/transcript`,
  }),
  en({
    slug: 'closed-resent-olivia',
    kind: 'case_closed',
    forUser: false,
    caseId: CASE.olivia,
    note: 'genuine closing notice the old employer\'s server re-sent (Resent-*): not delivered to the user as such',
    from: AWS_NOTIFY,
    to: O.src,
    subject: `Case ${CASE.olivia} resolved`,
    date: d('2026-04-14 00:00:05', '+0000'),
    resent: { from: 'mailadmin@harbourline.example', to: 'leavers-archive@harbourline.example', date: d('2026-04-14 08:15:00', '+0000') },
    auth: 'pass',
    enc: 'ascii7',
    text: `Case ${CASE.olivia} has been marked as resolved.

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  en({
    slug: 'reply-working-olivia',
    kind: 'support_reply',
    caseId: CASE.olivia,
    note: 'status update: still being worked on',
    from: SUPPORT,
    to: oTo,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-09 16:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Olivia,

Quick update: your request is with our back-office team and is progressing. I'll be in touch as soon as I hear back.

${sig('Nadia')}`,
  }),
  en({
    slug: 'reply-not-from-us-en',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.olivia,
    note: 'support says the "sign in to confirm" mail wasn\'t theirs; the merge has not been done; asks nothing',
    from: SUPPORT,
    to: oTo,
    subject: formSubject(CASE.olivia),
    date: d('2026-04-08 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Olivia,

Thanks for flagging it. The "confirm your certification account merge" email you forwarded did not come from us - please don't click the link. Your accounts haven't been merged yet, and we'd only ever ask for your agreement as a plain reply on this case.

${sig('Nadia')}`,
  }),
  en({
    slug: 'ph-reply-call-number',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.ph4,
    note: 'a fake "agent" reply steering the user to a phone number, from awscertsupport-team.com (passes for itself)',
    from: 'Jason | AWS Certification Support <jason@awscertsupport-team.com>',
    to: G.keep,
    subject: `RE: Case ${CASE.ph4} account assistance`,
    date: d('2026-04-14 02:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Hi Grace,

I'm the agent assigned to your merge. There's a billing hold on one of the accounts that has to be cleared by phone. Please call +1 (888) 555-0147 today so we can continue.

Jason
AWS Certification Support`,
  }),
  en({
    slug: 'reply-thanks-confirmed-multipart',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.grace,
    note: 'thanks for confirming; passed to the team',
    from: SUPPORT,
    to: gTo,
    subject: formSubject(CASE.grace),
    date: d('2026-04-15 20:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hi Grace,

Thanks for confirming. I've handed this to the team that performs merges; expect news within a few business days.

${sig('Marcus')}`,
    html: page(paras(`Hi Grace,

Thanks for confirming. I've handed this to the team that performs merges; expect news within a few business days.

Marcus`)),
  }),
  en({
    slug: 'reply-arc-forward-escalated',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.dmitri,
    note: 'genuine escalation note auto-forwarded from the old work mailbox; our verdict is dmarc=fail (DKIM broken), ARC pass does not count',
    from: SUPPORT,
    to: D.src,
    deliveredTo: D.keep,
    subject: formSubject(CASE.dmitri),
    date: d('2026-04-03 15:00:00', '+0000'),
    auth: 'custom',
    trace: TRACE.arcForwardFail('amazon.com', 'northwind-ops.example'),
    enc: 'utf8qp',
    text: `[EXTERNAL] Hi Dmitri,

I've escalated your request to a specialist team; these usually take 3-5 business days.

${sig('Priyanka')}`,
  }),
  en({
    slug: 'reply-not-yet-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.grace,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT,
    to: gTo,
    subject: formSubject(CASE.grace),
    date: d('2026-04-16 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hi Grace,

To answer your question: no, the merge has not been completed yet - it's queued behind a few others. I'll write as soon as it's through.

${sig('Marcus')}

${gmailEn('Wed, Apr 15, 2026 at 10:40 PM', G.name, G.keep)}
> Hi Marcus, is it merged already? I still see two profiles.`,
  }),

  // ---------------- unrelated ----------------
  en({
    slug: 'sns-subscription-amazonaws',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'genuine SNS subscription confirmation from sns.amazonaws.com (not a trusted domain, not about the case)',
    from: 'AWS Notifications <no-reply@sns.amazonaws.com>',
    to: D.keep,
    subject: 'AWS Notification - Subscription Confirmation',
    date: d('2026-04-04 21:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `You have chosen to subscribe to the topic:
arn:aws:sns:eu-west-1:123456789012:cert-merge-complete-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription`,
  }),
  en({
    slug: 'ph-free-voucher-after-merge',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'spam: "claim a free exam voucher now that your accounts are merged" from a look-alike; no case',
    from: 'AWS Certification Rewards <rewards@aws-certification-rewards.com>',
    to: O.keep,
    subject: 'Your accounts are merged - claim your free exam voucher',
    date: d('2026-04-11 13:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: page(`<div style="padding:20px"><p>Congratulations on completing your account merge! As a thank-you, claim a free certification exam voucher.</p>${button('https://aws-certification-rewards.com/claim', 'Claim voucher')}</div>`),
  }),
  en({
    slug: 'own-reply-agree',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.dmitri,
    note: 'the user\'s own reply agreeing to the merge (copied to himself)',
    from: dTo,
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: D.keep,
    subject: `RE: ACTION REQUIRED - ${formSubject(CASE.dmitri)}`,
    date: d('2026-04-03 11:02:00', '+0000'),
    auth: 'none',
    enc: 'ascii7',
    text: `I agree to the merge. Please go ahead.

Sent from my phone

${gmailEn('Fri, Apr 3, 2026 at 10:30 AM', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
> Merging is permanent, so we need your explicit OK.`,
  }),
  en({
    slug: 'aws-marketing-consolidate',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'genuine AWS marketing that talks about merging skills and earning badges',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>',
    to: G.keep,
    subject: 'Merge your learning into one plan - new Skill Builder badges',
    date: d('2026-04-19 15:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<div style="padding:24px"><h1 style="font-size:20px">Bring it all together</h1><p>Merge your learning paths into one plan and earn new digital badges with AWS Skill Builder.</p><p><a href="https://skillbuilder.aws/">Explore now</a></p><p style="font-size:11px">You're receiving this because you subscribed to AWS Training and Certification emails. Unsubscribe</p></div>`),
  }),
  en({
    slug: 'secteam-returns-phish-attached',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.ph2,
    note: 'company security team answers the user and returns the reported phishing (a "confirm the merge" lure) as an attached message',
    from: SECTEAM,
    to: oTo,
    subject: `RE: [Suspicious] Action required: confirm your certification account merge (Case ${CASE.ph2})`,
    date: d('2026-04-07 10:30:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    attach: build(PHISH_CONFIRM),
    text: `Hi Olivia,

Thanks for reporting. The attached message is a phishing attempt: the sender domain aws-amazon-support.com is not Amazon's. We have blocked the link. Please delete your copy; your real AWS case is unaffected.

IT Security`,
  }),
  en({
    slug: 'credly-google-cloud',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'genuine Credly badge from another issuer (Google Cloud)',
    from: 'Google Cloud via Credly <admin@credly.com>',
    to: gTo,
    subject: 'Grace, you earned a badge from Google Cloud',
    date: d('2026-04-19 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'ascii7',
    text: `Google Cloud has issued you the Professional Cloud Architect badge.

Accept your badge: https://www.credly.com/badges/2c9b7d10-4e3f-4a8c-9d21-b6f0e3a7c845`,
  }),
];

// unused helpers kept for symmetry with the Japanese files
void quote;
void fwdEn;
