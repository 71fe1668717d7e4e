// Set da, English messages: partners, a training academy, an L&D vendor and an advisor relaying
// AWS Training & Certification, next to AWS's own mail for the same cases.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_FORM, AWS_FORM_BARE, AWS_NOREPLY, AWS_TRAINING, CASE, CREDLY_AWS, DAN, DAN_TO, DAN_WORK, NIMBUS, RUTH, SKY, SOFIA, SOFIA_TO, TW, WEI, WEI_TO,
  caseSubj, fwdEn, m, outlookEn, paras, quote, sfOrig, sfRef,
} from './common.js';

const D = CASE.dan;
const F = CASE.sofia;
const W = CASE.wei;
const utc = (d: string): string => rfcDate(d, '+0000');
const est = (d: string): string => rfcDate(d, '-0500');
const cet = (d: string): string => rfcDate(d, '+0100');

const DAN_ASK = `Hi, I hold certifications on two profiles: ${DAN.keep} (${DAN.keepId}) and ${DAN.src} (${DAN.srcId}).
Please combine them under ${DAN.keep}.
Daniel`;

export const EN: Msg[] = [
  // ---------------------------------------------------------------- acknowledgement
  m({
    slug: 'ack-aws-dan', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: D,
    note: 'AWS Support receipt with the new case ID',
    from: AWS_NOREPLY, to: DAN_TO, subject: `We've received your request - Case ${D}`, date: utc('2026-01-19 14:03:11'), auth: 'pass', enc: 'ascii7',
    text: `Hello,

Your case ${D} (account-assistance) is now open with AWS Training and Certification.
Our team typically replies within one business day. You can add details by replying to this message.
Opening another case for the same request may slow things down.

Amazon Web Services`,
  }),
  m({
    slug: 'ack-nimbus-relay', kind: 'acknowledgement', lang: 'en', trusted: false, caseId: D,
    note: 'partner: AWS has acknowledged our request and assigned a case ID',
    from: NIMBUS.from, to: DAN_WORK, subject: `[Nimbus #NP-77120] Update: AWS case opened for your certification accounts`, date: est('2026-01-19 09:30:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Quick update from the Nimbus support desk: AWS Training and Certification has acknowledged the request we filed for you and assigned it case number ${D}.
We'll pass along their first response as soon as it lands.

-- 
Nimbus Partners Support | AWS Advanced Tier Services Partner
Ticket NP-77120 - reply above this line`,
  }),
  m({
    slug: 'ack-ruth-fwd', kind: 'acknowledgement', lang: 'en', trusted: false, caseId: F,
    note: 'advisor forwards the AWS receipt to her client',
    from: RUTH.from, to: SOFIA_TO, subject: `Fwd: Your case ${F} has been created`, date: cet('2026-04-06 11:15:00'), auth: 'none', enc: 'utf8qp',
    text: `Sofia - AWS has logged it; here's their receipt. I'll keep an eye on it.
Ruth

${fwdEn(AWS_NOREPLY, 'Mon, Apr 6, 2026 at 10:02 AM', `Your case ${F} has been created`, RUTH.addr, `Case ${F} has been created.\nWe will respond to you by email.`)}`,
  }),
  m({
    slug: 'ack-aws-html-to-advisor-cc', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: F,
    note: 'genuine HTML receipt to the advisor, client in Cc',
    from: AWS_NOREPLY, to: RUTH.from, cc: SOFIA_TO, rcpt: SOFIA.keep, subject: `Your case ${F} has been created`, date: utc('2026-04-06 09:02:44'), auth: 'pass', enc: 'utf8qp',
    html: `<html><body><p>Hello,</p><p>Case <b>${F}</b> has been created.</p><table><tr><td>Category</td><td>AWS Training and Certification - Account</td></tr><tr><td>Severity</td><td>General guidance</td></tr></table><p>We will respond to you by email.</p><p>Amazon Web Services</p></body></html>`,
  }),
  m({
    slug: 'ack-forged-fail', kind: 'acknowledgement', lang: 'en', trusted: false, caseId: '1791203364',
    note: 'receipt with dmarc=fail for amazon.com',
    from: AWS_NOREPLY, to: DAN_TO, subject: 'Case 1791203364 received - action needed', date: utc('2026-01-20 03:21:00'), auth: 'fail', enc: 'ascii7',
    text: `Your support case 1791203364 has been received.
To keep it open, verify your identity within 24 hours: https://aws-verify-case.example.com/1791203364
Amazon Web Services`,
  }),
  m({
    slug: 'ack-skylearn-queue', kind: 'acknowledgement', lang: 'en', trusted: false, forUser: false, caseId: W,
    note: 'academy\u2019s internal relay of the AWS receipt, sent to its own queue only',
    from: SKY.from, to: 'SkyLearn Cert Ops <cert-ops@skylearn.example.com>', subject: `[internal] AWS acknowledged Wei Chen merge request - case ${W}`, date: est('2026-05-04 08:10:00'), auth: 'pass', enc: 'ascii7',
    text: `Team,
AWS sent the automatic receipt for the merge we filed for Wei Chen: case ${W}. Nothing to do until they reply.
- Certification Desk`,
  }),

  // ---------------------------------------------------------------- ai_answer
  m({
    slug: 'ai-aws-en', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null,
    note: 'AWS generated answer suggesting the Merge Accounts tool',
    from: AWS_NOREPLY, to: DAN_TO, subject: 'Suggested answer for your question', date: utc('2026-01-19 13:55:00'), auth: 'pass', enc: 'ascii7',
    text: `This response was generated by AI.

If you have two AWS Certification accounts, you can often combine them yourself: sign in to the account you want to keep, open your profile and choose Merge Accounts.
The tool can't be used when both accounts have certification history - in that case, select Create case.

Did this answer help?`,
  }),
  m({
    slug: 'ai-nimbus-relay', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null,
    note: 'partner relays what AWS\u2019s AI assistant proposed',
    from: NIMBUS.from, to: DAN_WORK, subject: '[Nimbus #NP-77120] What the AWS assistant suggested', date: est('2026-01-19 08:50:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Before a case can be opened, the AWS contact form runs an automated assistant. Its suggestion for your request:

  "Try the self-service Merge Accounts option in your Certification Account profile,
   signed in as the account you intend to keep."

Could you give that a go? If it errors out we'll open the case right away.

Nimbus Partners Support`,
  }),
  m({
    slug: 'ai-aws-multipart', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null,
    note: 'multipart AI answer',
    from: AWS_NOREPLY, to: SOFIA_TO, subject: 'AI-generated response: certification account', date: utc('2026-04-06 08:58:00'), auth: 'pass', enc: 'utf8qp',
    text: `Generated by Amazon Q - verify before acting.

Duplicate certification profiles can be consolidated with the Merge Accounts feature under your profile settings. Start from the account you'll keep.

Still need help? Create a case.`,
    html: `<p><i>Generated by Amazon Q - verify before acting.</i></p><p>Duplicate certification profiles can be consolidated with the <b>Merge Accounts</b> feature under your profile settings. Start from the account you'll keep.</p><p>Still need help? <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create a case</a>.</p>`,
  }),
  m({
    slug: 'ai-forged-misaligned', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null,
    note: 'AI-style answer with DKIM from a bulk sender and dmarc=fail',
    from: AWS_NOREPLY, to: DAN_TO, subject: 'Automated answer: merge your accounts instantly', date: utc('2026-01-21 17:00:00'), auth: 'misaligned', enc: 'ascii7',
    text: `Our assistant found a faster way: merge your certification accounts in one click at https://cert-merge-now.example.net
Amazon Web Services`,
  }),
  m({
    slug: 'ai-ruth-paste', kind: 'ai_answer', lang: 'en', trusted: false, caseId: null,
    note: 'advisor pastes the AI answer she got from the AWS form',
    from: RUTH.from, to: SOFIA_TO, subject: 'AWS certification accounts - first step', date: cet('2026-04-06 09:45:00'), auth: 'none', enc: 'utf8qp',
    text: `Hi Sofia,

I started the AWS form for you. Before it lets me open a case it shows an automatic answer - pasting it here:

| You may be able to merge your accounts using the Merge Accounts tool in
| your AWS Certification profile. Sign in with the account you want to keep.

Can you try that from ${SOFIA.keep}? If it refuses, I'll raise the case.

Ruth`,
  }),
  m({
    slug: 'ai-aws-to-partner-cc', kind: 'ai_answer', lang: 'en', trusted: true, caseId: null,
    note: 'AI answer sent to the partner with the user in Cc',
    from: AWS_NOREPLY, to: NIMBUS.from, cc: DAN_WORK, rcpt: DAN.src, subject: 'Here is an automated answer to your question', date: utc('2026-01-19 13:49:00'), auth: 'dkimonly', enc: 'ascii7',
    text: `Automated answer (AI)

Accounts can be merged from the certification portal: Profile > Merge Accounts. Use the login of the account that should remain.
If the tool reports that both accounts have exam history, please create a support case.`,
  }),

  // ---------------------------------------------------------------- info_request
  m({
    slug: 'info-aws-dan-outlook', kind: 'info_request', lang: 'en', trusted: true, caseId: D,
    note: 'AWS asks for candidate IDs, emails and which profile to keep',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-20 16:12:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out. So we can look into this, could you send us:
* the candidate ID for each certification account
* the email address registered on each
* the account you'd like to keep once they're combined

Kind regards,
Priyanka
AWS Training and Certification
${sfRef('Rt55Qb')}

${sfOrig(DAN.keep, '1/19/2026 2:01 PM', AWS_FORM_BARE, 'account-assistance', DAN_ASK)}`,
  }),
  m({
    slug: 'info-nimbus-informed', kind: 'info_request', lang: 'en', trusted: false, caseId: D,
    note: 'partner: AWS has informed us they need both candidate IDs',
    from: NIMBUS.from, to: DAN_WORK, subject: `[Nimbus #NP-77120] AWS needs a few details (case ${D})`, date: est('2026-01-20 12:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

AWS has informed us that they need the candidate IDs for both of your profiles, plus the login email on each, before they can do anything.
Reply here with those and we'll send them on.

Nimbus Partners Support`,
  }),
  m({
    slug: 'info-aws-to-advisor-only', kind: 'info_request', lang: 'en', trusted: true, forUser: false, caseId: F,
    note: 'AWS asks the advisor (not the user) for the account holder\u2019s IDs',
    from: AWS_FORM, to: RUTH.from, subject: caseSubj(F), date: utc('2026-04-07 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Ruth,

We can only act on a request from the account holder. Could you ask Ms Rossi to reply from the email she wants to keep and include the candidate IDs of both accounts?

Regards,
AWS Training and Certification`,
  }),
  m({
    slug: 'info-skylearn-paste', kind: 'info_request', lang: 'en', trusted: false, caseId: W,
    note: 'academy pastes AWS\u2019s request for information into its template',
    from: SKY.from, to: WEI_TO, subject: `SkyLearn | Action needed on your AWS certification request`, date: est('2026-05-05 10:20:00'), auth: 'pass', enc: 'utf8b64',
    text: `Dear Wei,

We received the reply below from AWS regarding case ${W}. Please send us the requested details and we'll respond to AWS for you.

--- AWS reply ---
To proceed, please provide the AWS candidate ID and registered email of the account that should be retained, and of the account to be merged into it.
-----------------

SkyLearn Academy - Certification Desk`,
  }),
  m({
    slug: 'info-aws-confirm-email', kind: 'info_request', lang: 'en', trusted: true, caseId: F, trap: true,
    note: '"please confirm which email you keep" asks for information',
    from: AWS_FORM, to: SOFIA_TO, subject: caseSubj(F), date: utc('2026-04-08 08:30:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Sofia,

Thank you for writing in from ${SOFIA.keep}. Could you please confirm which email address you'd like to keep as the primary login after the merge, and the candidate ID of the other account?

Best,
AWS Training and Certification
${sfRef('Yy09Ld')}`,
  }),
  m({
    slug: 'info-forged-failthenforged', kind: 'info_request', lang: 'en', trusted: false, caseId: D,
    note: 'fail verdict on top, planted pass lower down',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-20 22:00:00'), auth: 'failThenForged', enc: 'ascii7',
    text: `Hello,
Please reply with a copy of your passport and your exam voucher codes so we can verify both accounts.
AWS Training and Certification`,
  }),

  // ---------------------------------------------------------------- confirmation_request
  m({
    slug: 'conf-aws-dan', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: D,
    note: 'AWS asks for consent; merging cannot be reversed',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-21 15:40:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

We're ready to move ${DAN.srcId} into ${DAN.keepId}. Please be aware the merge is permanent and cannot be rolled back.
If you're happy for us to go ahead, just reply to this email saying so.

Kind regards,
AWS Training and Certification
${sfRef('Rt55Qb')}`,
  }),
  m({
    slug: 'conf-nimbus-relay', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: D,
    note: 'partner relays AWS\u2019s consent request',
    from: NIMBUS.from, to: DAN_WORK, subject: `[Nimbus #NP-77120] AWS needs your OK before merging`, date: est('2026-01-21 11:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

AWS came back on case ${D}: they're ready to fold ${DAN.srcId} into ${DAN.keepId} but want your explicit go-ahead first, since it can't be undone.
Reply "approved" and we'll relay it.

Nimbus Partners Support`,
  }),
  m({
    slug: 'conf-aws-html-only', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: F,
    note: 'HTML-only consent request',
    from: AWS_FORM, to: SOFIA_TO, subject: caseSubj(F), date: utc('2026-04-09 07:15:00'), auth: 'pass', enc: 'utf8qp',
    html: `<div>Hi Sofia,</div><div><br></div><div>Account to keep: ${SOFIA.keep} (${SOFIA.keepId})<br>Account to merge: ${SOFIA.src} (${SOFIA.srcId})</div><div><br></div><div>Merging is irreversible. Kindly reply to confirm you would like us to proceed.</div><div><br></div><div>AWS Training and Certification</div>`,
  }),
  m({
    slug: 'conf-ruth-fwd', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: F,
    note: 'advisor forwards AWS\u2019s consent request, asking the client to answer AWS herself',
    from: RUTH.from, to: SOFIA_TO, subject: `FW: ${caseSubj(F)}`, date: cet('2026-04-09 09:00:00'), auth: 'none', enc: 'ascii7',
    text: `Sofia, AWS wants your go-ahead - please reply to them directly from your personal address.
Ruth

${outlookEn(AWS_FORM, 'Thursday, April 9, 2026 8:15 AM', RUTH.addr, caseSubj(F), 'Merging is irreversible. Kindly reply to confirm you would like us to proceed.')}`,
  }),
  m({
    slug: 'conf-forged-gmail', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: D,
    note: 'trusted display name on a free-mail address',
    from: 'AWS Training and Certification <aws.certification.team@gmail.com>', to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-21 19:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello,
To confirm the merge, log in here within 12 hours: https://bit.example/awsmerge
AWS Training and Certification`,
  }),
  m({
    slug: 'conf-aws-to-skylearn-cc', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: W,
    note: 'AWS asks the account holder (Cc) for consent, academy in To',
    from: AWS_FORM, to: SKY.from, cc: WEI_TO, rcpt: WEI.keep, subject: caseSubj(W), date: utc('2026-05-06 14:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello,

Mr Chen, as the account holder we need your own approval: ${WEI.srcId} will be merged into ${WEI.keepId}, and this cannot be reversed.
Please reply from ${WEI.keep} to approve.

AWS Training and Certification
${sfRef('Wc11Ha')}`,
  }),

  // ---------------------------------------------------------------- merge_completed
  m({
    slug: 'done-aws-dan', kind: 'merge_completed', lang: 'en', trusted: true, caseId: D,
    note: 'AWS reports the merge is done',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-23 12:05:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Good news - ${DAN.srcId} has now been merged into ${DAN.keepId}. Your certifications and benefits all appear under ${DAN.keep}.

Kind regards,
AWS Training and Certification
${sfRef('Rt55Qb')}

On Wed, Jan 21, 2026 at 4:02 PM Daniel Okafor <${DAN.keep}> wrote:
${quote('Yes, please go ahead.')}`,
  }),
  m({
    slug: 'done-nimbus-informed', kind: 'merge_completed', lang: 'en', trusted: false, caseId: D,
    note: 'partner: AWS has informed us the merge was completed',
    from: NIMBUS.from, to: DAN_WORK, cc: DAN_TO, subject: `[Nimbus #NP-77120] Resolved: certification accounts merged`, date: est('2026-01-23 08:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

AWS has informed us that the merge was completed this morning (case ${D}). Everything now lives under ${DAN.keep}.
Let us know if anything looks off.

Nimbus Partners Support`,
  }),
  m({
    slug: 'done-aws-multipart-close', kind: 'merge_completed', lang: 'en', trusted: true, caseId: F,
    note: 'completion that also says the case will be closed',
    from: AWS_FORM, to: SOFIA_TO, subject: caseSubj(F), date: utc('2026-04-10 10:10:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for approving. The two accounts are now one: everything from ${SOFIA.srcId} sits under ${SOFIA.keepId}. Please have a look and let us know if anything is missing.
We'll close this case now.

AWS Training and Certification`,
    html: paras(`Hi Sofia,

Thanks for approving. The two accounts are now one: everything from ${SOFIA.srcId} sits under ${SOFIA.keepId}. Please have a look and let us know if anything is missing.
We'll close this case now.

AWS Training and Certification`),
  }),
  m({
    slug: 'done-skylearn-paste', kind: 'merge_completed', lang: 'en', trusted: false, caseId: W,
    note: 'academy pastes AWS\u2019s completion into its template',
    from: SKY.from, to: WEI_TO, subject: 'SkyLearn | Your AWS certification accounts are merged', date: est('2026-05-07 09:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Dear Wei,

Good news - here's what AWS told us on case ${W}:

> The accounts have been merged successfully. Please sign in with ${WEI.keep}.

SkyLearn Academy - Certification Desk`,
  }),
  m({
    slug: 'done-forged-dotted', kind: 'merge_completed', lang: 'en', trusted: false, caseId: D,
    note: 'look-alike amazon.com.support-mail.example.net sender',
    from: 'AWS Training and Certification <cases@amazon.com.support-mail.example.net>', to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-22 06:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Your accounts were merged. Download your updated certificate here: https://amazon.com.support-mail.example.net/cert
AWS Training and Certification`,
  }),
  m({
    slug: 'done-aws-to-advisor-only', kind: 'merge_completed', lang: 'en', trusted: true, forUser: false, caseId: F,
    note: 'AWS completion sent only to the advisor',
    from: AWS_FORM, to: RUTH.from, subject: caseSubj(F), date: utc('2026-04-10 10:12:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Ruth,

For your records: Ms Rossi's accounts were merged today and the case is being closed.

AWS Training and Certification`,
  }),

  // ---------------------------------------------------------------- badges_transferred
  m({
    slug: 'badge-credly-en', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null,
    note: 'AWS badge via Credly to the kept address',
    from: CREDLY_AWS, to: DAN_TO, subject: 'Claim your AWS Certified Developer - Associate badge', date: utc('2026-01-26 15:00:00'), auth: 'pass', enc: 'utf8qp', relay: 'o5.em.credly.com',
    text: `Daniel, you've earned a badge!

Amazon Web Services Training and Certification has issued you "AWS Certified Developer - Associate".

Accept your badge: https://www.credly.com/badges/0d9e8f7a/accept`,
    html: `<p>Daniel, you've earned a badge!</p><p>Amazon Web Services Training and Certification has issued you "AWS Certified Developer - Associate".</p><p><a href="https://www.credly.com/badges/0d9e8f7a/accept">Accept your badge</a></p>`,
  }),
  m({
    slug: 'badge-aws-moved-en', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: D,
    note: 'support says the badges now sit on the kept account',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-27 11:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Following up on your note about Credly: we've re-pointed your badges to ${DAN.keep}. They should show up once you sign in to Credly with that address.

AWS Training and Certification
${sfRef('Rt55Qb')}`,
  }),
  m({
    slug: 'badge-nimbus-relay', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: D,
    note: 'partner relays that AWS moved the badges',
    from: NIMBUS.from, to: DAN_WORK, subject: `[Nimbus #NP-77120] Credly badges moved`, date: est('2026-01-27 07:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Per AWS (case ${D}), your Credly badges have been transferred to the account under ${DAN.keep}.

Nimbus Partners Support`,
  }),
  m({
    slug: 'badge-ruth-fwd-credly', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: null,
    note: 'advisor forwards a Credly AWS badge mail that landed with her',
    from: RUTH.from, to: SOFIA_TO, subject: 'Fwd: Claim your AWS Certified Cloud Practitioner badge', date: cet('2026-04-11 10:00:00'), auth: 'none', enc: 'utf8qp',
    text: `This came to the address I used on the form - it's yours.

${fwdEn(CREDLY_AWS, 'Sat, Apr 11, 2026 at 9:12 AM', 'Claim your AWS Certified Cloud Practitioner badge', RUTH.addr, 'Amazon Web Services Training and Certification has issued you "AWS Certified Cloud Practitioner".\nAccept your badge')}`,
  }),
  m({
    slug: 'badge-forged-credly-sub', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: null,
    note: 'look-alike credly.com.badges-mail.example sender',
    from: 'Amazon Web Services via Credly <admin@credly.com.badges-mail.example>', to: SOFIA_TO, subject: 'Your AWS badges were transferred', date: utc('2026-04-11 02:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Your AWS badges were transferred to your new account. Sign in to view: https://credly.com.badges-mail.example/login`,
  }),
  m({
    slug: 'badge-credly-resent', kind: 'badges_transferred', lang: 'en', trusted: true, forUser: false, caseId: null,
    note: 'Credly AWS badge mail redirected by the academy (Resent-*)',
    from: CREDLY_AWS, to: WEI_TO, subject: 'Claim your AWS Certified Solutions Architect - Associate badge', date: utc('2026-05-08 13:00:00'), auth: 'pass', enc: 'utf8qp', relay: 'o2.em.credly.com',
    resent: { from: SKY.addr, to: 'cert-ops@skylearn.example.com', date: est('2026-05-08 09:00:00') },
    text: `Amazon Web Services Training and Certification has issued Wei Chen "AWS Certified Solutions Architect - Associate".
Accept your badge: https://www.credly.com/badges/ab12cd34/accept`,
  }),

  // ---------------------------------------------------------------- case_closed
  m({
    slug: 'close-aws-en', kind: 'case_closed', lang: 'en', trusted: true, caseId: D,
    note: 'AWS resolves and closes the case',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-30 09:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

As we haven't heard back, we're marking this case resolved. If you need anything else, a new case is the quickest route.

AWS Training and Certification`,
  }),
  m({
    slug: 'close-aws-autoclose-en', kind: 'case_closed', lang: 'en', trusted: true, caseId: W,
    note: 'will close in N days without a reply',
    from: AWS_NOREPLY, to: WEI_TO, subject: `Case ${W} is awaiting your reply`, date: utc('2026-05-05 00:00:00'), auth: 'pass', enc: 'ascii7',
    text: `We're waiting on a reply from you on case ${W}. If we don't hear from you in 5 days, the case will be closed automatically.
Amazon Web Services`,
  }),
  m({
    slug: 'close-nimbus-relay', kind: 'case_closed', lang: 'en', trusted: false, caseId: D,
    note: 'partner relays AWS closing the case',
    from: NIMBUS.from, to: DAN_WORK, subject: `[Nimbus #NP-77120] AWS closed the case`, date: est('2026-01-30 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

FYI, AWS closed case ${D} today. We're closing our ticket too.

Nimbus Partners Support`,
  }),
  m({
    slug: 'close-aws-restates-merge-en', kind: 'case_closed', lang: 'en', trusted: true, caseId: F, trap: true,
    note: 'closing that restates the earlier merge',
    from: AWS_FORM, to: SOFIA_TO, subject: caseSubj(F), date: utc('2026-04-15 08:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Sofia,

Your accounts were combined on 10 April, as mentioned in our previous message. Since there are no further questions, we're closing this case.

AWS Training and Certification`,
  }),
  m({
    slug: 'close-ruth-relay', kind: 'case_closed', lang: 'en', trusted: false, caseId: F,
    note: 'advisor tells the client AWS has closed the case',
    from: RUTH.from, to: SOFIA_TO, subject: 'AWS case closed', date: cet('2026-04-15 12:00:00'), auth: 'dkimonly', enc: 'ascii7',
    text: `Sofia, AWS let me know case ${F} is now closed on their side. Shout if anything comes up.
Ruth`,
  }),
  m({
    slug: 'close-forged-fail', kind: 'case_closed', lang: 'en', trusted: false, caseId: W,
    note: 'closing notice with dmarc=fail',
    from: AWS_NOREPLY, to: WEI_TO, subject: `Case ${W} closed - reactivation required`, date: utc('2026-05-09 04:00:00'), auth: 'fail', enc: 'ascii7',
    text: `Your case ${W} has been closed. Reactivate your certification profile: https://aws-reactivate.example.org`,
  }),

  // ---------------------------------------------------------------- support_reply
  m({
    slug: 'sr-aws-escalated-en', kind: 'support_reply', lang: 'en', trusted: true, caseId: D,
    note: 'AWS escalated to the certification team',
    from: AWS_FORM, to: DAN_TO, subject: caseSubj(D), date: utc('2026-01-20 18:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

I've handed this to our certification operations team, who handle these requests. You'll hear from us on this thread.

AWS Training and Certification`,
  }),
  m({
    slug: 'sr-nimbus-not-yet', kind: 'support_reply', lang: 'en', trusted: false, caseId: D, trap: true,
    note: 'relayed negation: merge not completed yet',
    from: NIMBUS.from, to: DAN_WORK, subject: `[Nimbus #NP-77120] Status check`, date: est('2026-01-22 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

AWS has informed us that the merge has not been completed yet; case ${D} is in their queue. We'll follow up Friday.

Nimbus Partners Support`,
  }),
  m({
    slug: 'sr-aws-thanks-confirm-en', kind: 'support_reply', lang: 'en', trusted: true, caseId: F, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: AWS_FORM, to: SOFIA_TO, subject: caseSubj(F), date: utc('2026-04-09 15:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Sofia,

Thanks for confirming. I've passed your approval to the team that performs the merge.

AWS Training and Certification`,
  }),
  m({
    slug: 'sr-aws-dup-cases-en', kind: 'support_reply', lang: 'en', trusted: true, caseId: W, trap: true,
    note: 'duplicate cases merged, not accounts',
    from: AWS_FORM, to: WEI_TO, subject: caseSubj(W), date: utc('2026-05-05 12:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Wei,

We noticed case ${CASE.weiOther} repeats this request, so we've merged it into ${W}. Please keep replying here.

AWS Training and Certification`,
  }),
  m({
    slug: 'sr-skylearn-once', kind: 'support_reply', lang: 'en', trusted: false, caseId: null, trap: true,
    note: 'conditional: once AWS merges, badges will follow',
    from: SKY.from, to: WEI_TO, subject: 'SkyLearn | Where things stand with AWS', date: est('2026-05-06 16:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `Dear Wei,

AWS tells us your request is with their team. Once they merge the accounts, your badges should follow to ${WEI.keep}; we'll let you know.

SkyLearn Academy - Certification Desk`,
  }),
  m({
    slug: 'sr-aws-write-from-keep-en', kind: 'support_reply', lang: 'en', trusted: true, caseId: D,
    note: 'write to us from the address you keep, no data asked',
    from: AWS_FORM, to: DAN_WORK, cc: NIMBUS.from, subject: caseSubj(D), date: utc('2026-01-20 13:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello,

For security, we need the request to come from the account holder's own address - the one being kept. Please reply from there.

AWS Training and Certification`,
  }),

  // ---------------------------------------------------------------- unrelated
  m({
    slug: 'un-nimbus-invoice', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: true,
    note: 'partner invoice payment receipt',
    from: 'Nimbus Partners Billing <billing@nimbuspartners.example.com>', to: DAN_WORK, subject: 'Payment received - invoice INV-2026-0142', date: est('2026-01-25 08:00:00'), auth: 'pass', enc: 'ascii7',
    text: `We've received your payment for invoice INV-2026-0142 (AWS support services, January). Thank you.`,
  }),
  m({
    slug: 'un-aws-survey-en', kind: 'unrelated', lang: 'en', trusted: true, caseId: D, trap: true,
    note: 'survey after the case',
    from: AWS_NOREPLY, to: DAN_TO, subject: 'How did we do?', date: utc('2026-01-31 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Your case ${D} was resolved. Was your issue resolved? Tell us in a two-question survey: https://survey.aws.amazon.com/s/xyz`,
  }),
  m({
    slug: 'un-ruth-to-aws', kind: 'unrelated', lang: 'en', trusted: false, caseId: F, trap: true,
    note: 'advisor\u2019s own mail to AWS on the client\u2019s behalf, client in Cc',
    from: RUTH.from, to: AWS_FORM, cc: SOFIA_TO, subject: caseSubj(F), date: cet('2026-04-07 14:00:00'), auth: 'none', enc: 'ascii7',
    text: `Hello,

Writing on behalf of my client Sofia Rossi (copied). She confirms she wants ${SOFIA.srcId} merged into ${SOFIA.keepId}. Please proceed with the merge.

Ruth Adeyemi`,
  }),
  m({
    slug: 'un-skillbuilder-completed', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Skill Builder course completion',
    from: AWS_TRAINING, to: WEI_TO, subject: 'You completed "Exam Prep: Solutions Architect"', date: utc('2026-05-02 20:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Congratulations, Wei! You've completed Exam Prep: Solutions Architect - Associate. Your transcript has been updated.`,
  }),
  m({
    slug: 'un-credly-hashicorp', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from HashiCorp',
    from: 'HashiCorp via Credly <admin@credly.com>', to: DAN_TO, subject: 'Claim your HashiCorp Certified: Terraform Associate badge', date: utc('2026-02-02 12:00:00'), auth: 'pass', enc: 'ascii7', relay: 'o4.em.credly.com',
    text: `HashiCorp has issued you "HashiCorp Certified: Terraform Associate (003)". Accept your badge: https://www.credly.com/badges/ffee0011`,
  }),
  m({
    slug: 'un-aws-exam-booking-closed', kind: 'unrelated', lang: 'en', trusted: true, caseId: CASE.danOther, trap: true,
    note: 'closing of the user\u2019s other case about rescheduling an exam',
    from: AWS_FORM, to: DAN_TO, subject: `RE:[CASE ${CASE.danOther}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: utc('2026-02-03 09:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hello Daniel,

Your exam appointment has been moved to 14 February as requested. We'll close this exam rescheduling case now.

AWS Training and Certification`,
  }),
  m({
    slug: 'un-dan-own-fwd', kind: 'unrelated', lang: 'en', trusted: false, caseId: D, trap: true,
    note: 'the user\u2019s own forward to the partner',
    from: DAN_TO, to: NIMBUS.from, cc: DAN_WORK, subject: `Fwd: ${caseSubj(D)}`, date: est('2026-01-21 11:30:00'), auth: 'none', enc: 'ascii7',
    text: `Nimbus team - AWS is asking me to confirm the merge directly. I've replied to them; FYI.
Daniel

${fwdEn(AWS_FORM, 'Wed, Jan 21, 2026 at 3:40 PM', caseSubj(D), DAN.keep, 'Merging is permanent. Reply to confirm you want us to go ahead.')}`,
  }),
  // ---------------------------------------------------------------- additions
  m({
    slug: 'conf-talentworks-relay', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: D,
    note: 'corporate L&D vendor relays AWS\u2019s consent request to the employee',
    from: TW.from, to: DAN_WORK, subject: `Action required: approve your AWS certification account merge`, date: est('2026-01-21 13:00:00'), auth: 'dkimonly', enc: 'utf8qp',
    text: `Hello Daniel,

Your company's learning team asked us to help with your AWS certification profiles. AWS has informed us they need the account holder's consent before combining ${DAN.srcId} into ${DAN.keepId} (case ${D}), as it can't be reversed afterwards.
Please reply to AWS's email directly to give it - we can't approve on your behalf.

TalentWorks Learning Ops`,
  }),
  m({
    slug: 'un-talentworks-enrolment', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: true,
    note: 'L&D vendor enrolment receipt (with a typo), unrelated to the case',
    from: TW.from, to: DAN_WORK, subject: 'Enrolment recieved: AWS Technical Essentials (virtual)', date: est('2026-02-10 10:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

We've recieved your enrolment for AWS Technical Essentials on 3 March. Your seat is confirmed; joining details follow a week before.

TalentWorks Learning Ops`,
  }),
  m({
    slug: 'done-talentworks-typo', kind: 'merge_completed', lang: 'en', trusted: false, caseId: null,
    note: 'vendor passes on AWS\u2019s word that the accounts were merged (typo, no case ID)',
    from: TW.from, to: DAN_WORK, subject: 'Your AWS certification profiles', date: est('2026-01-23 14:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Daniel,

Just heard back from AWS: your two certification profiles have been mergeed into the one under ${DAN.keep}. Your manager's dashboard will update overnight.

TalentWorks Learning Ops`,
  }),
];
