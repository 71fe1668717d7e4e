// English messages: older corporate systems, ALL-CAPS banners, fixed-width tables.
import { rfcDate, type Msg } from './lib.js';
import { AWS_NOREPLY, CASE, CREDLY_AWS, ROB, ROB_REQ, SUPPORT, esc, form, mk, olEn, paras, quote, sf, sfRef } from './common.js';

const Z = '+0000';
const P = '-0800';
const table = (rows: Array<[string, string]>): string => rows.map(([k, v]) => `${k.padEnd(22, '.')}: ${v}`).join('\n');

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-caps', kind: 'acknowledgement', lang: 'en', caseId: CASE.rob,
    note: 'case receipt with an ALL-CAPS do-not-reply banner and a dotted table',
    from: AWS_NOREPLY, to: ROB.keep,
    subject: `[CASE ${CASE.rob}] WE HAVE RECEIVED YOUR REQUEST`,
    date: rfcDate('2026-11-16 14:02:11', P), enc: 'ascii7',
    text: `*** PLEASE DO NOT REPLY TO THIS MESSAGE ***

${table([['CASE NUMBER', CASE.rob], ['CATEGORY', 'TRAINING AND CERTIFICATION'], ['STATUS', 'OPEN - UNASSIGNED'], ['OPENED', '2026-11-16 22:02 UTC']])}

Your case has been logged. An agent will respond within 24 hours.
Opening another case for the same issue will delay our answer.

AMAZON WEB SERVICES`,
  }),
  mk({
    slug: 'en-ack-form', kind: 'acknowledgement', lang: 'en', caseId: CASE.rob2,
    note: 'form-submission receipt in the support subject format',
    from: SUPPORT, to: ROB.keep,
    subject: `[CASE ${CASE.rob2}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-11-30 09:12:00', P), enc: 'utf8qp',
    text: `Hello Robert,

Thanks for getting in touch with AWS Training and Certification. This note is to let you know your submission reached us and is now case ${CASE.rob2}.

An associate will pick it up shortly; replies normally arrive within one business day. Reply to this e-mail (keep the subject as is) if you need to add anything.

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'en-ack-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.taro,
    note: 'HTML-only receipt, table layout from an old template',
    from: AWS_NOREPLY, to: 'alex.kim@example.com',
    subject: `Case ${CASE.taro} created`,
    date: rfcDate('2026-11-20 10:00:00', Z), enc: 'utf8b64',
    html: `<html><body bgcolor="#ffffff"><table width="580" border="0" cellpadding="0"><tr><td><font face="Arial" size="2">
<b>AMAZON WEB SERVICES - SUPPORT</b><hr>
Dear Customer,<br><br>Your support case has been created.<br><br>
<table border="1" cellspacing="0" cellpadding="3"><tr><td>Case ID</td><td>${CASE.taro}</td></tr><tr><td>Severity</td><td>General guidance</td></tr></table><br>
You will hear from us soon.<br><br><font size="1">THIS MAILBOX IS NOT MONITORED.</font></font></td></tr></table></body></html>`,
  }),
  mk({
    slug: 'en-ack-bodyonly', kind: 'acknowledgement', lang: 'en', caseId: CASE.robAck,
    note: 'receipt that says nothing of its topic; case ID only in the body',
    from: AWS_NOREPLY, to: ROB.keep,
    subject: 'Thank you for contacting Amazon Web Services',
    date: rfcDate('2026-11-17 03:33:00', Z), enc: 'ascii7',
    text: `Dear Robert Miller,

This is an automated message confirming receipt of your inquiry.
Reference: ${CASE.robAck}

Please allow up to 24 hours for a response.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lookalike', kind: 'acknowledgement', lang: 'en', caseId: CASE.rob, trusted: false, auth: 'pass',
    note: 'receipt from amazon-support-cases.com (authenticated look-alike domain)',
    from: 'AWS Support <cases@amazon-support-cases.com>', to: ROB.keep,
    subject: `[CASE ${CASE.rob}] YOUR CASE HAS BEEN OPENED`,
    date: rfcDate('2026-11-16 15:00:00', P), enc: 'ascii7',
    text: `YOUR CASE ${CASE.rob} HAS BEEN OPENED.
TO AVOID DELAYS, VERIFY YOUR CANDIDATE ACCOUNT AT http://amazon-support-cases.com/verify
AWS SUPPORT`,
  }),
  mk({
    slug: 'en-ack-dkimfree', kind: 'acknowledgement', lang: 'en', caseId: CASE.rob, trusted: false, auth: 'dkimonly',
    note: 'trusted display name on a free-mail address; DKIM passes for the free-mail domain only',
    from: 'Amazon Web Services <aws.noreply.support@gmail.com>', to: ROB.keep,
    subject: `Case ${CASE.rob} received`,
    date: rfcDate('2026-11-16 16:30:00', P), enc: 'ascii7',
    text: `We received your case ${CASE.rob}. Someone will be in touch.
- Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-caps', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'generated answer pointing to the Merge Accounts tool',
    from: AWS_NOREPLY, to: ROB.keep,
    subject: 'AUTOMATED RESPONSE: MERGING CERTIFICATION ACCOUNTS',
    date: rfcDate('2026-11-16 13:55:00', P), enc: 'ascii7',
    text: `THIS ANSWER WAS GENERATED AUTOMATICALLY.

If you hold two AWS Certification accounts, you can usually combine them yourself:
  1. Sign in to the account you want to keep.
  2. Open Profile > Merge Accounts.
  3. Enter the credentials of the other account.

If the tool reports that both accounts have certification history, choose
"Create case" below to reach an associate.

WAS THIS HELPFUL?  [YES]  [NO]`,
  }),
  mk({
    slug: 'en-ai-after', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'AI suggestion that explains what a merge does (certs, vouchers, badges move); still ai_answer',
    from: AWS_NOREPLY, to: 'priya.n@example.org',
    subject: 'Suggested answer from our virtual assistant',
    date: rfcDate('2026-11-11 08:20:00', Z), enc: 'utf8qp',
    text: `Hi there,

Our virtual assistant thinks this may answer your question:

When two certification accounts are merged, the certifications, exam history and unused benefits end up on the account you keep, and the other login stops working. Credly badges follow once you claim them with the kept e-mail address.

You can start a merge yourself from the Merge Accounts page. Not solved? Select "Create case".

(Generated by AI - may contain mistakes.)`,
  }),
  mk({
    slug: 'en-ai-alt', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'multipart automated suggestion with a knowledge article list',
    from: AWS_NOREPLY, to: 'maria.garcia@example.es',
    subject: 'Answers that might help',
    date: rfcDate('2026-11-24 18:00:00', '+0100'), enc: 'utf8b64',
    text: `Based on what you typed, these articles may help:

- How do I combine duplicate AWS Certification accounts?  (self-service Merge Accounts tool)
- Why can't I see my badge on Credly?

If none of these solves it, go back and choose "Create case".`,
    html: `<p>Based on what you typed, these articles may help:</p><ul><li>How do I combine duplicate AWS Certification accounts? (self-service Merge Accounts tool)</li><li>Why can't I see my badge on Credly?</li></ul><p>If none of these solves it, go back and choose "Create case".</p>`,
  }),
  mk({
    slug: 'en-ai-fixed', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'old-style auto-answer, fixed-width, suggests the self-service tool',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: 'a.kim@work.example.net',
    subject: 'RE: your question - automatic reply',
    date: rfcDate('2026-11-02 11:11:00', Z), enc: 'ascii7',
    text: `+----------------------------------------------------------+
| AUTOMATIC ANSWER - NO AGENT HAS READ YOUR MESSAGE YET    |
+----------------------------------------------------------+
| TOPIC : DUPLICATE CERTIFICATION ACCOUNTS                 |
| HINT  : USE "MERGE ACCOUNTS" UNDER YOUR PROFILE          |
| NEXT  : IF IT FAILS, OPEN A CASE WITH AN ASSOCIATE       |
+----------------------------------------------------------+`,
  }),
  mk({
    slug: 'en-ai-qp', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI assistant answer, short, asks whether it helped',
    from: AWS_NOREPLY, to: ROB.src,
    subject: 'Your AWS Training and Certification question',
    date: rfcDate('2026-11-13 07:07:07', P), enc: 'utf8qp',
    text: `Hello,

Thanks for your question. Amazon Q drafted the reply below:

“You can consolidate two certification profiles with the Merge Accounts feature in the AWS Certification portal. Both profiles must belong to you.”

Did this resolve your issue? If not, you can still open a case.`,
  }),
  mk({
    slug: 'en-ai-fail', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'fail',
    note: 'automated-answer look-alike with dmarc=fail',
    from: AWS_NOREPLY, to: ROB.keep,
    subject: 'AUTOMATED ANSWER',
    date: rfcDate('2026-11-16 13:58:00', P), enc: 'ascii7',
    text: `Try the Merge Accounts tool. If that does not work, log in at http://aws-cert-login.example.net to continue.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-caps', kind: 'info_request', lang: 'en', caseId: CASE.rob,
    note: 'asks for both candidate IDs, both e-mails and which to keep, fixed-width',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-17 10:40:00', P), enc: 'ascii7',
    text: `Hello Robert,

My name is Dana and I will be handling your request.

So that the merge team can locate both profiles, reply with the items below:

  ITEM                      ACCOUNT 1           ACCOUNT 2
  ------------------------  ------------------  ------------------
  Candidate ID (AWS...)     ?                   ?
  Login e-mail              ?                   ?
  Keep this one? (Y/N)      ?                   ?

Kind regards,
Dana
AWS Training and Certification

${sfRef('Rob01')}

${sf(ROB.en, '11/16/2026 2:02 PM', SUPPORT, 'account merge', 'I have 2 accounts. One is from my old job.')}`,
  }),
  mk({
    slug: 'en-info-outlook', kind: 'info_request', lang: 'en', caseId: CASE.rob,
    note: 'second round: the old e-mail address is missing; Outlook quote below',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-18 09:05:00', P), enc: 'utf8qp',
    text: `Hi Robert,

Thanks. Candidate IDs received, but we could not find a login address for ${ROB.srcId}. Which e-mail did you sign in with on that profile? Once we have it we can move on.

Dana

${olEn('MILLER, ROBERT <rmiller@example.com>', 'Tuesday, November 17, 2026 6:31 PM', 'AWS Training and Certification', form(CASE.rob), ROB_REQ)}`,
  }),
  mk({
    slug: 'en-info-confirmword', kind: 'info_request', lang: 'en', caseId: CASE.rob2, trap: true,
    note: 'uses "please confirm" but asks which e-mail to keep: information',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-01 12:00:00', P), enc: 'ascii7',
    text: `Robert,

Please confirm the e-mail address you would like to keep after the merge - ${ROB.keep} or ${ROB.src}?

Thank you,
AWS T&C Customer Service`,
  }),
  mk({
    slug: 'en-info-html', kind: 'info_request', lang: 'en', caseId: CASE.taro,
    note: 'HTML-only request for the exam history of each account',
    from: SUPPORT, to: 'alex.kim@example.com',
    subject: form(CASE.taro),
    date: rfcDate('2026-11-21 16:00:00', Z), enc: 'utf8b64',
    html: `<div style="font-family:Calibri">Hello Alex,<br><br>Before we go further, could you list the certifications earned on each profile, with the approximate exam date? A screenshot of each profile's <i>Certifications</i> page also works.<br><br>Best,<br>Jordan - AWS Training and Certification</div>`,
  }),
  mk({
    slug: 'en-info-fromkeep-ids', kind: 'info_request', lang: 'en', caseId: CASE.rob,
    note: 'write from the kept address AND include the candidate IDs: information request',
    from: SUPPORT, to: ROB.src,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-17 11:00:00', P), enc: 'ascii7',
    text: `Hello,

For security, kindly reply from the address of the account you will keep and include the candidate ID of each account in your reply.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-forged', kind: 'info_request', lang: 'en', caseId: CASE.rob, trusted: false, auth: 'forgedBelow',
    note: 'asks for IDs and date of birth; the pass verdict sits below the server Received line',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-17 04:00:00', P), enc: 'ascii7',
    text: `URGENT: Reply with your candidate IDs, date of birth and the last four digits of your card to continue the merge.`,
  }),
  mk({
    slug: 'en-info-legal', kind: 'info_request', lang: 'en', caseId: CASE.rob2,
    note: 'names differ between accounts; asks for the legal name on ID',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-01 15:45:00', P), enc: 'utf8b64',
    text: `Hi Robert,

The profiles show "Robert Miller" and "Bob Miller". To be sure both are yours, what is the full legal name on the ID you present at test centres? The city you registered with on the older profile would help too.

Thanks,
Priyanka`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-caps', kind: 'confirmation_request', lang: 'en', caseId: CASE.rob,
    note: 'consent request: irreversible, reply YES',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-19 10:10:00', P), enc: 'ascii7',
    text: `Hello Robert,

We are ready to proceed:

  FROM (CLOSE): ${ROB.srcId}  ${ROB.src}
  INTO (KEEP) : ${ROB.keepId}  ${ROB.keep}

IMPORTANT: A MERGE CANNOT BE REVERSED. If the above is correct, reply
"YES, PROCEED" to this e-mail. We will not act without your reply.

Dana`,
  }),
  mk({
    slug: 'en-conf-qp', kind: 'confirmation_request', lang: 'en', caseId: CASE.rob2,
    note: 'asks the user to agree to the merge; cannot be undone',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-02 09:00:00', P), enc: 'utf8qp',
    text: `Hi Robert,

Thanks for the details – everything checks out. Do we have your go-ahead to combine ${ROB.srcId} into ${ROB.keepId}? This is permanent, so we need your explicit OK in a reply before anything happens.

Regards,
Priyanka`,
  }),
  mk({
    slug: 'en-conf-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.taro,
    note: 'multipart consent request',
    from: SUPPORT, to: 'alex.kim@example.com',
    subject: form(CASE.taro),
    date: rfcDate('2026-11-23 14:00:00', Z), enc: 'utf8b64',
    text: `Hello Alex,

Kindly acknowledge that you want the two profiles merged into alex.kim@example.com. Once done, this cannot be rolled back. A one-line reply is enough.

Jordan`,
    html: paras(`Hello Alex,

Kindly acknowledge that you want the two profiles merged into alex.kim@example.com. Once done, this cannot be rolled back. A one-line reply is enough.

Jordan`),
  }),
  mk({
    slug: 'en-conf-future', kind: 'confirmation_request', lang: 'en', caseId: CASE.rob, trap: true,
    note: 'consent request that describes the completed state in the future tense',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-19 11:30:00', P), enc: 'ascii7',
    text: `Robert,

One last check before we hand this over. After the merge is completed your badges will be moved and the old profile will be closed. There is no undo.
Please reply to this message to confirm you want us to go ahead.`,
  }),
  mk({
    slug: 'en-conf-ol', kind: 'confirmation_request', lang: 'en', caseId: CASE.rob, 
    note: 'consent request above an Outlook-quoted info reply',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-18 16:00:00', P), enc: 'ascii7',
    text: `Robert - thank you, found it. May we proceed with merging the two profiles as listed below? Merges are final.

${olEn('Miller, Robert', 'Wednesday, November 18, 2026 1:12 PM', 'AWS Training and Certification', form(CASE.rob), `Old login was ${ROB.src}.`)}`,
  }),
  mk({
    slug: 'en-conf-misaligned', kind: 'confirmation_request', lang: 'en', caseId: CASE.rob2, trusted: false, auth: 'misaligned',
    note: 'consent request whose DKIM is for a bulk sender; DMARC fails',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-02 02:00:00', P), enc: 'ascii7',
    text: `Please confirm the merge by signing in here: http://aws-merge-confirm.example.net`,
  }),
  mk({
    slug: 'en-conf-maria', kind: 'confirmation_request', lang: 'en', caseId: CASE.maria,
    note: 'short consent request for another persona; case ID only in the body',
    from: SUPPORT, to: 'maria.garcia@example.es',
    subject: 'Your request about two certification accounts',
    date: rfcDate('2026-11-25 10:00:00', '+0100'), enc: 'utf8qp',
    text: `Hola Maria,

Case ${CASE.maria}: we can fold the university profile into your personal one. Reply "I agree" and we will start; please note it cannot be undone.

Best,
AWS Training and Certification`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-mc-caps', kind: 'merge_completed', lang: 'en', caseId: CASE.rob,
    note: 'support says the merge is done',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-20 13:00:00', P), enc: 'ascii7',
    text: `Hello Robert,

STATUS: COMPLETE. Profile ${ROB.srcId} has been merged into ${ROB.keepId}. Sign in with ${ROB.keep} to see all certifications and benefits.

Dana`,
  }),
  mk({
    slug: 'en-mc-close', kind: 'merge_completed', lang: 'en', caseId: CASE.rob2,
    note: 'merge done and the case will be closed: merge_completed',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-03 08:00:00', P), enc: 'utf8qp',
    text: `Hi Robert,

Good news – your two certification profiles are now one. I'll close this case; replying will reopen it if something looks off.

Priyanka`,
  }),
  mk({
    slug: 'en-mc-portal', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice, no case ID',
    from: 'AWS Certification <no-reply@certmetrics.aws.training>', to: ROB.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: rfcDate('2026-11-20 12:55:00', Z), enc: 'utf8b64',
    html: `<table><tr><td><b>AWS Certification</b></td></tr><tr><td>Hello Robert Miller,<br>The accounts you asked us to combine have been merged. Your history now lives under candidate ID ${ROB.keepId}.</td></tr></table>`,
  }),
  mk({
    slug: 'en-mc-checkall', kind: 'merge_completed', lang: 'en', caseId: CASE.taro,
    note: 'completion asking the user to check all looks right',
    from: SUPPORT, to: 'alex.kim@example.com',
    subject: form(CASE.taro),
    date: rfcDate('2026-11-25 09:00:00', Z), enc: 'ascii7',
    text: `Alex,

The merge went through this morning. Please check that all looks right on your profile (certifications, exam history, voucher) and let us know if anything is missing.

Jordan`,
  }),
  mk({
    slug: 'en-mc-resent', kind: 'merge_completed', lang: 'en', caseId: CASE.rob, forUser: false,
    resent: { from: 'mailer@legacycorp.example.com', to: 'it-archive@legacycorp.example.com', date: rfcDate('2026-11-20 13:30:00', P) },
    note: 'completion redirected by the old employer to an archive mailbox (Resent-*)',
    from: SUPPORT, to: ROB.src,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-20 13:01:00', P), enc: 'ascii7',
    text: `Robert, a copy for your old address: the merge of ${ROB.srcId} into ${ROB.keepId} is complete.`,
  }),
  mk({
    slug: 'en-mc-noauth', kind: 'merge_completed', lang: 'en', caseId: CASE.rob, trusted: false, auth: 'none',
    note: 'completion wording but no Authentication-Results',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-20 05:00:00', P), enc: 'ascii7',
    text: `Your accounts were merged. Sign in to review.`,
  }),
  mk({
    slug: 'en-mc-gmail', kind: 'merge_completed', lang: 'en', caseId: CASE.maria,
    note: 'completion on top of a Gmail-quoted consent',
    from: SUPPORT, to: 'maria.garcia@example.es',
    subject: form(CASE.maria),
    date: rfcDate('2026-11-27 11:00:00', '+0100'), enc: 'utf8qp',
    text: `Hi Maria,

Done: your university profile has been consolidated into maria.garcia@example.es.

On Thu, Nov 26, 2026 at 9:02 AM Maria Garcia <maria.garcia@example.es> wrote:
> I agree, please go ahead.`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-bd-credly', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly issues an AWS badge to the kept address',
    from: CREDLY_AWS, to: ROB.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: rfcDate('2026-11-21 02:00:00', Z), enc: 'utf8b64',
    text: `Robert, you earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept your badge: https://www.credly.com/badges/5b7d21c2-6a40-4f3e-8e11-0f9a2c7d4e55`,
    html: `<p>Robert, you earned a badge!</p><p>Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.</p><p><a href="https://www.credly.com/badges/5b7d21c2-6a40-4f3e-8e11-0f9a2c7d4e55">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'en-bd-support', kind: 'badges_transferred', lang: 'en', caseId: CASE.rob,
    note: 'support says the badges were moved to the kept account',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-23 10:00:00', P), enc: 'ascii7',
    text: `Robert,

The three Credly badges that were still attached to ${ROB.src} have been reassigned to ${ROB.keep}. They should appear on your Credly profile now.

${quote('Merge looks good but my badges are still on the old e-mail.')}`,
  }),
  mk({
    slug: 'en-bd-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.rob2,
    note: 'badges moved and closing: badges_transferred',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-04 09:30:00', P), enc: 'utf8qp',
    text: `Hi Robert,

Your badges are now on the Credly account linked to ${ROB.keep}. With that, we're closing this case. Thanks for your patience!`,
  }),
  mk({
    slug: 'en-bd-credly-caps', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly AWS badge notice for the merged account, plain text only',
    from: CREDLY_AWS, to: 'alex.kim@example.com',
    subject: 'You have been awarded a badge by Amazon Web Services Training and Certification',
    date: rfcDate('2026-11-26 03:00:00', Z), enc: 'ascii7',
    text: `Alex Kim,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.
Claim it: https://www.credly.com/earner/earned/badge/0e3f9a21-3d77-4b8e-a0f2-91c4d5e6b7a8`,
  }),
  mk({
    slug: 'en-bd-lookalike', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false, auth: 'pass',
    note: 'badge notice from credIy.com (capital I), a look-alike domain',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: ROB.keep,
    subject: 'Your AWS badges have been transferred',
    date: rfcDate('2026-11-22 01:00:00', Z), enc: 'ascii7',
    text: `Your AWS badges were moved to your new account. Sign in to accept them: http://credIy.com/accept`,
  }),
  mk({
    slug: 'en-bd-html', kind: 'badges_transferred', lang: 'en', caseId: CASE.taro,
    note: 'HTML-only support note that the badges sit on the kept account',
    from: SUPPORT, to: 'alex.kim@example.com',
    subject: form(CASE.taro),
    date: rfcDate('2026-11-27 15:00:00', Z), enc: 'utf8b64',
    html: `<div>Hello Alex,</div><div><br></div><div>We relinked your AWS badges on Credly; they now show under ${esc('alex.kim@example.com')}.</div><div><br></div><div>Jordan</div>`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-cl-caps', kind: 'case_closed', lang: 'en', caseId: CASE.rob,
    note: 'case resolved notification',
    from: AWS_NOREPLY, to: ROB.keep,
    subject: `CASE ${CASE.rob} HAS BEEN RESOLVED`,
    date: rfcDate('2026-11-30 00:10:00', Z), enc: 'ascii7',
    text: `*** PLEASE DO NOT REPLY ***

${table([['CASE NUMBER', CASE.rob], ['STATUS', 'RESOLVED'], ['RESOLVED ON', '2026-11-30']])}

You may reopen this case from the Support Center within 14 days.`,
  }),
  mk({
    slug: 'en-cl-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.rob2,
    note: 'will auto-close in 5 days without a reply',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-05 09:00:00', P), enc: 'ascii7',
    text: `Robert,

We have not heard back. This case will close automatically in 5 days unless you reply.`,
  }),
  mk({
    slug: 'en-cl-restate', kind: 'case_closed', lang: 'en', caseId: CASE.taro, trap: true,
    note: 'closing that only restates the earlier merge',
    from: SUPPORT, to: 'alex.kim@example.com',
    subject: form(CASE.taro),
    date: rfcDate('2026-12-02 12:00:00', Z), enc: 'utf8qp',
    text: `Hi Alex,

As your profiles were merged last week and we have not heard of any issue, we are now closing this case.

Jordan`,
  }),
  mk({
    slug: 'en-cl-html', kind: 'case_closed', lang: 'en', caseId: CASE.maria,
    note: 'HTML closing notice',
    from: SUPPORT, to: 'maria.garcia@example.es',
    subject: form(CASE.maria),
    date: rfcDate('2026-12-03 10:00:00', '+0100'), enc: 'utf8b64',
    html: `<p>Hi Maria,</p><p>This case is now closed. If you need anything else, just reply and it will reopen.</p>`,
  }),
  mk({
    slug: 'en-cl-otheronly', kind: 'case_closed', lang: 'en', caseId: CASE.rob, trusted: false, auth: 'otherOnly',
    note: 'closing notice vouched for only by another authserv-id',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-29 01:00:00', P), enc: 'ascii7',
    text: `This case has been closed.`,
  }),
  mk({
    slug: 'en-cl-final', kind: 'case_closed', lang: 'en', caseId: CASE.rob,
    note: 'closed for lack of reply',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-29 09:00:00', P), enc: 'ascii7',
    text: `Hello Robert,

Since we did not receive a response, this case has now been closed. Replying within 14 days reopens it.

AWS Training and Certification`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-rp-thanks', kind: 'support_reply', lang: 'en', caseId: CASE.rob, trap: true,
    note: 'thanks for confirming, passed to the merge team',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-19 15:00:00', P), enc: 'ascii7',
    text: `Robert,

Thank you for confirming. Your request has been forwarded to the team that carries out merges; I will update you here when they are done.

Dana`,
  }),
  mk({
    slug: 'en-rp-unable', kind: 'support_reply', lang: 'en', caseId: CASE.rob2, trap: true,
    note: '"we are unable to merge" is not a completion',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-01 10:00:00', P), enc: 'utf8qp',
    text: `Hi Robert,

Unfortunately we are unable to merge these profiles yet: the older one has an exam scheduled for 12/12. Once that appointment has passed we can revisit.

Priyanka`,
  }),
  mk({
    slug: 'en-rp-dupcases', kind: 'support_reply', lang: 'en', caseId: CASE.rob, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUPPORT, to: ROB.keep,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-17 08:00:00', P), enc: 'ascii7',
    text: `Robert,

You opened two cases for the same request; we have merged them into this one (${CASE.rob}). Your account question is being reviewed.`,
  }),
  mk({
    slug: 'en-rp-status', kind: 'support_reply', lang: 'en', caseId: CASE.taro,
    note: 'status update, still in progress',
    from: SUPPORT, to: 'alex.kim@example.com',
    subject: form(CASE.taro),
    date: rfcDate('2026-11-24 09:00:00', Z), enc: 'ascii7',
    text: `Alex, quick update: still with the back-office team. No action needed from you right now.`,
  }),
  mk({
    slug: 'en-rp-fromkeep', kind: 'support_reply', lang: 'en', caseId: CASE.rob,
    note: 'write to us from the address you keep, no data asked',
    from: SUPPORT, to: ROB.src,
    subject: form(CASE.rob),
    date: rfcDate('2026-11-17 09:30:00', P), enc: 'ascii7',
    text: `Hello,

Going forward, please write to us from the e-mail address of the profile you intend to keep. Nothing else is required.`,
  }),
  mk({
    slug: 'en-rp-teamlist', kind: 'support_reply', lang: 'en', caseId: CASE.rob2, forUser: false,
    note: 'reply addressed only to the old employer\'s IT list',
    from: SUPPORT, to: 'it-training@legacycorp.example.com',
    subject: form(CASE.rob2),
    date: rfcDate('2026-12-01 11:00:00', P), enc: 'ascii7',
    text: `Hello team, we can only discuss this profile with its owner. Please ask Robert to contact us directly.`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-own-fwd', kind: 'unrelated', lang: 'en', caseId: CASE.rob, trusted: false, trap: true,
    note: 'the user forwards the completion to his other address',
    from: `${ROB.en} <${ROB.keep}>`, to: ROB.src,
    subject: `FW: ${form(CASE.rob)}`,
    date: rfcDate('2026-11-20 14:00:00', P), enc: 'ascii7',
    text: `fyi - done, merged.

${olEn('AWS Training and Certification', 'Friday, November 20, 2026 1:00 PM', ROB.keep, form(CASE.rob), 'STATUS: COMPLETE.')}`,
  }),
  mk({
    slug: 'en-un-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.rob, trusted: false, trap: true,
    note: 'out-of-office from the old employer mailbox; quotes the support reply',
    from: 'Robert Miller <robert.miller@legacycorp.example.com>', to: ROB.keep,
    subject: `AUTOMATIC REPLY: ${form(CASE.rob)}`,
    date: rfcDate('2026-11-17 11:01:00', P), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I AM NO LONGER WITH LEGACYCORP. YOUR MESSAGE HAS BEEN RECEIVED BUT WILL NOT BE READ.`,
  }),
  mk({
    slug: 'en-un-credly-hashi', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from HashiCorp',
    from: 'HashiCorp via Credly <admin@credly.com>', to: ROB.keep,
    subject: 'HashiCorp sent you a new badge',
    date: rfcDate('2026-11-25 04:00:00', Z), enc: 'utf8b64',
    text: `Robert, HashiCorp has issued you the Terraform Associate badge. Accept your badge: https://www.credly.com/badges/aa11bb22-cc33-4d44-8e55-ff6677889900`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.rob, trap: true,
    note: 'survey: was your issue resolved',
    from: 'AWS Support Survey <aws-support-survey@amazon.com>', to: ROB.keep,
    subject: 'WAS YOUR ISSUE RESOLVED? TELL US IN 1 MINUTE',
    date: rfcDate('2026-11-30 08:00:00', Z), enc: 'ascii7',
    text: `Your case ${CASE.rob} was recently closed. How did we do? https://survey.aws.example/r/${CASE.rob}`,
  }),
  mk({
    slug: 'en-un-skillbuilder', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Skill Builder course completed notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: 'priya.n@example.org',
    subject: 'COURSE COMPLETED: AWS Cloud Practitioner Essentials',
    date: rfcDate('2026-11-14 10:00:00', Z), enc: 'ascii7',
    text: `Congratulations! You have completed AWS Cloud Practitioner Essentials. Your transcript has been updated.`,
  }),
  mk({
    slug: 'en-un-billing', kind: 'unrelated', lang: 'en', caseId: CASE.robBill, trap: true,
    note: 'another case about a Skill Builder subscription refund, now closed',
    from: SUPPORT, to: ROB.keep,
    subject: `RE:[CASE ${CASE.robBill}] subscription refund`,
    date: rfcDate('2026-11-10 10:00:00', P), enc: 'ascii7',
    text: `Robert, your Skill Builder subscription refund has been processed and this billing case is closed.`,
  }),
  mk({
    slug: 'en-un-credly-merge', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: ROB.keep,
    subject: 'Complete Account Merge',
    date: rfcDate('2026-11-22 09:00:00', Z), enc: 'ascii7',
    text: `Enter this code to complete your Credly account merge: 739204. If you did not request this, ignore this e-mail.`,
  }),
  mk({
    slug: 'en-un-reinvent', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'event marketing with "your registration is confirmed"',
    from: 'AWS Events <aws-events@amazon.com>', to: 'alex.kim@example.com',
    subject: 'YOUR REGISTRATION IS CONFIRMED - AWS re:Invent 2026 ON-DEMAND',
    date: rfcDate('2026-11-05 16:00:00', Z), enc: 'utf8qp',
    text: `Hi Alex,

Your registration is confirmed. Sessions will be available on demand from Dec 1.

- AWS Events`,
  }),
];

