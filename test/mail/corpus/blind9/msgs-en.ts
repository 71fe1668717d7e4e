// English messages of held-out set h. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, DAN, DAN_REQUEST, ISSUER_AWS, LENA, LENA_REQUEST, PORTAL, SIG_EN, SIG_EN_SHORT, SUPPORT, WEI, WEI_REQUEST,
  formSubject, formSubjectNew, gmailEn, htmlWithQuote, mk, outlookEn, paras, quote, sfOriginal, sfRef, tbird,
} from './common.js';

const danTo = `${DAN.name} <${DAN.keep}>`;
const lenaTo = `${LENA.name} <${LENA.keep}>`;
const weiTo = `${WEI.name} <${WEI.keep}>`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'en-ack-dan-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan, crlf: false,
    note: 'automatic receipt of the new case (LF line ends)',
    to: danTo, subject: formSubjectNew(CASE.dan), date: rfcDate('2026-01-08 16:22:41'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. We have received your request and opened case ${CASE.dan}.

A member of our team will respond within 24 hours. To add information, simply reply to this email; please do not open a new case for the same request, as this may delay our response.

Sincerely,
${SIG_EN}`,
  }),
  mk({
    slug: 'en-ack-lena-provided-info', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'receipt that lists the information the user provided; asks for nothing',
    to: lenaTo, subject: formSubjectNew(CASE.lena), date: rfcDate('2026-01-19 09:03:12'), enc: 'utf8qp',
    text: `Hello Lena,

We've received your case ${CASE.lena}. Here is a summary of the information you provided:

Name: Lena Fischer
Company: Hochschule Example
AWS Candidate ID: ${LENA.keepId}
Inquiry type: AWS Training and Certification
Description: ${LENA_REQUEST.split('\n')[1]}

An agent will review your case and get back to you, usually within one business day.

${SIG_EN}`,
    html: `<p>Hello Lena,</p><p>We've received your case <b>${CASE.lena}</b>. Here is a summary of the information you provided:</p>
<table><tr><td>Name</td><td>Lena Fischer</td></tr><tr><td>Company</td><td>Hochschule Example</td></tr><tr><td>AWS Candidate ID</td><td>${LENA.keepId}</td></tr></table>
<p>An agent will review your case and get back to you, usually within one business day.</p><p>${SIG_EN}</p>`,
  }),
  mk({
    slug: 'en-ack-wei-notify-body-id', kind: 'acknowledgement', lang: 'en', caseId: CASE.wei, from: AWS_NOTIFY,
    note: 'AWS Support notification that a case was created; ID only in the body',
    to: weiTo, subject: 'AWS Support: a new case has been created', date: rfcDate('2026-01-27 02:47:30'), enc: 'ascii7',
    text: `Hello,

A new support case has been created for you.

Case ID: ${CASE.wei}
Subject: Merge two certification accounts
Severity: General guidance

You can view the case at https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.wei}

Amazon Web Services`,
  }),
  mk({
    slug: 'en-ack-lena-no-ar', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena, auth: 'none', trusted: false,
    note: 'receipt text but no Authentication-Results header at all: untrusted',
    to: lenaTo, subject: formSubjectNew(CASE.lena), date: rfcDate('2026-01-19 09:03:20'), enc: 'ascii7',
    text: `Hello,

Your case ${CASE.lena} has been received. We will reply within 24 hours.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-ack-wei-dont-duplicate', kind: 'acknowledgement', lang: 'en', caseId: CASE.wei,
    note: 'receipt that warns against opening a second case',
    to: weiTo, subject: formSubjectNew(CASE.wei), date: rfcDate('2026-01-27 02:47:25'), enc: 'utf8qp',
    text: `Dear Wei Chen,

Thanks for reaching out to AWS Training and Certification. Your request is now case ${CASE.wei}.

What happens next:
  • An agent reviews your request (typically within 24 hours).
  • If we need anything else, we'll write to this address.

Please don't submit the same request again – duplicate cases slow everyone down.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-ack-dan-this-confirms', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'receipt worded "this email confirms we received your request"; not a consent request',
    to: danTo, subject: formSubjectNew(CASE.dan), date: rfcDate('2026-01-08 16:22:44'), enc: 'utf8b64',
    text: `Hi Daniel,

This email confirms that we received your request regarding your AWS Certification account. Your case number is ${CASE.dan}.

You don't need to do anything right now. We'll be in touch within 24 hours.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-ack-wei-html-only', kind: 'acknowledgement', lang: 'en', caseId: CASE.weiDup,
    note: 'HTML-only receipt for a second case opened by the user',
    to: weiTo, subject: formSubjectNew(CASE.weiDup), date: rfcDate('2026-01-28 11:15:02'), enc: 'utf8qp',
    html: `<html><body><table width="600"><tr><td>
<h3>We've got your request</h3>
<p>Case <strong>${CASE.weiDup}</strong> was created on January 28, 2026.</p>
<p>Our support team will get back to you within 24 hours. Reply to this message to add details to the case.</p>
<p>${SIG_EN}</p></td></tr></table></body></html>`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'en-ai-suggested-resolution', kind: 'ai_answer', lang: 'en', caseId: null, from: AWS_NOTIFY,
    note: 'automated suggested resolution pointing to the Merge Accounts tool',
    to: danTo, subject: 'Suggested resolution for your question', date: rfcDate('2026-01-08 16:18:00'), enc: 'ascii7',
    text: `Suggested resolution (automated)

You may be able to combine your profiles yourself. Sign in to your AWS Certification account, open your profile menu and choose "Merge Accounts". Then sign in with the credentials of the account you want to bring over.

If both accounts hold certifications, the tool may not be available. In that case choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'en-ai-was-this-helpful', kind: 'ai_answer', lang: 'en', caseId: null, from: AWS_NOTIFY,
    note: 'generated answer with a helpfulness prompt',
    to: lenaTo, subject: 'Your AI-generated answer from AWS Support', date: rfcDate('2026-01-19 08:58:40'), enc: 'utf8qp',
    text: `This response was generated by AI and may contain errors.

To bring your certifications under one login, use the self-service Merge Accounts option in the AWS Certification portal. Both accounts must be accessible to you.

Was this helpful? 👍 Yes   👎 No

Still need help? Select "Create case".`,
  }),
  mk({
    slug: 'en-ai-html-only', kind: 'ai_answer', lang: 'en', caseId: null, from: AWS_NOTIFY,
    note: 'HTML-only AI-generated response',
    to: weiTo, subject: 'AI-generated response', date: rfcDate('2026-01-27 02:44:10'), enc: 'ascii7',
    html: `<html><body><p><i>Generated by AI</i></p>
<p>Have two AWS Certification accounts? Try the <b>Merge Accounts</b> tool under your profile. It moves exam history and certifications from the account you sign in with into the current account.</p>
<p>If the tool says it cannot complete the request, create a case and our team will help.</p></body></html>`,
  }),
  mk({
    slug: 'en-ai-once-merged', kind: 'ai_answer', lang: 'en', caseId: null, from: AWS_NOTIFY, trap: true,
    note: 'AI answer explaining what happens once accounts are merged; stays ai_answer',
    to: danTo, subject: 'Answer generated by Amazon Q', date: rfcDate('2026-01-08 16:19:12'), enc: 'utf8b64',
    text: `Amazon Q generated the answer below.

Once your accounts are merged, your certifications, exam history and benefits (such as the 50% exam voucher) appear under the account you kept. Credly badges are then reissued to that account's email address, and you'll need to accept them.

To start, try the Merge Accounts tool. If it's unavailable, create a support case.`,
  }),
  mk({
    slug: 'en-ai-forged-below', kind: 'ai_answer', lang: 'en', caseId: null, from: AWS_NOTIFY, auth: 'forgedBelow', trusted: false,
    note: 'AI-answer text with a pass header planted below the server\'s Received line: untrusted',
    to: lenaTo, subject: 'Generated answer', date: rfcDate('2026-01-19 08:59:00'), enc: 'ascii7',
    text: `This answer was generated automatically.
Use the Merge Accounts tool in your certification profile to combine two accounts.`,
  }),
  mk({
    slug: 'en-ai-while-agent-reviews', kind: 'ai_answer', lang: 'en', caseId: CASE.lena, from: AWS_NOTIFY,
    note: 'automated suggestion sent while an agent reviews the case',
    to: lenaTo, subject: `While you wait: suggestions for case ${CASE.lena}`, date: rfcDate('2026-01-19 09:30:00'), enc: 'utf8qp',
    text: `Hello,

While an agent reviews case ${CASE.lena}, here's an automated suggestion that has helped other customers:

- The Merge Accounts tool (Profile > Merge Accounts) can combine two certification accounts in a few minutes.
- Make sure you can sign in to both accounts before you start.

If this solves your issue, you don't need to do anything; the case will be handled as usual otherwise.

This message was generated automatically.`,
  }),
  mk({
    slug: 'en-ai-short-multipart', kind: 'ai_answer', lang: 'en', caseId: null, from: AWS_NOTIFY,
    note: 'short automated recommendation as multipart/alternative',
    to: weiTo, subject: 'Recommended answer', date: rfcDate('2026-01-27 02:44:30'), enc: 'ascii7',
    text: `Recommended (auto-generated): try Profile > Merge Accounts on aws.training. Create a case if it doesn't work.`,
    html: `<p>Recommended (auto-generated): try <b>Profile &gt; Merge Accounts</b> on aws.training. Create a case if it doesn't work.</p>`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'en-info-inline-dan', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'agent answers inline in the user\'s text and asks for both candidate IDs and which to keep',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-09 13:40:00'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for writing in. My answers are inline below.

${gmailEn('2026-01-08 16:20', DAN.name, DAN.keep)}
> I ended up with two AWS Certification profiles after switching agencies.

Understood, this is something we can help with.

> Can you fold the old one (${DAN.src}) into my personal one (${DAN.keep})?

Could you send me the AWS candiate ID for each of these two profiles? You'll find it in the top right of the portal after you sign in. Please also state clearly which one should remain active.

Best,
Priyanka
${SIG_EN}
${sfRef('8Lm20')}`,
  }),
  mk({
    slug: 'en-info-verify-older-email', kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"could you verify the address on the older profile" asks for data, not consent',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-20 10:15:00'), enc: 'utf8qp',
    text: `Hello Lena,

I looked up ${LENA.src} but couldn't find a certification profile under it. Could you verify the email address that is on your older profile? It might be a different university alias.

Thanks in advance,
Jonas
${SIG_EN}

${quote(`${tbird('2026-01-19 10:02', LENA.name)}\n${LENA_REQUEST}`)}`,
  }),
  mk({
    slug: 'en-info-exam-dates-outlook', kind: 'info_request', lang: 'en', caseId: CASE.wei,
    note: 'asks for exam names and dates to locate the older account; Outlook quote block',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-28 03:20:00'), enc: 'utf8b64',
    text: `Hi Wei,

To locate the right records, we'd need the following:
1) the names of the exams you took on each account, and
2) the approximate dates you took them.

Once we have this, we can move on.

Regards,
Marco
${SIG_EN}

________________________________
${outlookEn('2026-01-27 10:47', `${WEI.name} <${WEI.keep}>`, 'aws-cs-trainingcertification-form@amazon.com', formSubjectNew(CASE.wei))}

${WEI_REQUEST}`,
  }),
  mk({
    slug: 'en-info-reply-from-retained', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'asks to reply from the retained address AND include the candidate ID',
    to: `${DAN.name} <${DAN.src}>`, subject: formSubject(CASE.dan), date: rfcDate('2026-01-09 13:45:00'), enc: 'ascii7',
    text: `Hello,

For security reasons we can only act on requests sent from the email of the account you wish to retain. Please reply from ${DAN.keep} and include the candidate ID of that account.

${SIG_EN_SHORT}`,
  }),
  mk({
    slug: 'en-info-to-colleague', kind: 'info_request', lang: 'en', caseId: '1788120455', forUser: false,
    note: 'information request addressed to someone else (another customer), not to the user',
    to: 'Thomas Berger <t.berger@example.at>', subject: formSubject('1788120455'), date: rfcDate('2026-01-21 12:00:00'), enc: 'ascii7',
    text: `Hi Thomas,

Please send us the candidate IDs of both accounts and tell us which email address you want to keep.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-info-dmarc-fail', kind: 'info_request', lang: 'en', caseId: CASE.wei, auth: 'fail', trusted: false,
    note: 'request for IDs with dmarc=fail: untrusted',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-28 04:00:00'), enc: 'ascii7',
    text: `Dear customer,

Please send your candidate IDs, date of birth and a photo of your ID card so we can process your request.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-info-unable-until', kind: 'info_request', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'negated merge ("unable to proceed with the merge until…") that asks for the old account\'s ID',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-10 15:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Thank you for the reply from your personal address. We are unable to proceed with the merge until we receive the candidate ID of the agency account (${DAN.src}); the one you sent (${DAN.keepId}) belongs to the personal account.

Could you sign in to the agency account and send us its ID?

Kind regards,
Priyanka
${SIG_EN}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'en-conf-permanent', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'asks the user to agree before the permanent merge',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-11 14:02:00'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks, I found both profiles:

  Keep:   ${DAN.keepId}  ${DAN.keep}
  Merge:  ${DAN.srcId}  ${DAN.src}

Before we go ahead, please let us know that you agree. The action is permanent: the agency profile will be closed and can't be restored.

Best,
Priyanka
${SIG_EN}`,
  }),
  mk({
    slug: 'en-conf-html-yes-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'HTML-only: kindly reply "Yes, proceed" to authorise combining the accounts',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-22 09:10:00'), enc: 'utf8qp',
    html: `<html><body><p>Hello Lena,</p>
<p>We located your second profile under <b>l.fischer@stud.hochschule.example.de</b>.</p>
<p>Kindly reply with <b>&quot;Yes, proceed&quot;</b> if you authorise us to combine it with ${LENA.keep}. Please be aware that this can't be reversed afterwards.</p>
<p>Jonas<br>${SIG_EN}</p></body></html>`,
  }),
  mk({
    slug: 'en-conf-consent-wei', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei,
    note: 'asks for consent to combine, no word "confirm" used',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-29 05:30:00'), enc: 'utf8qp',
    text: `Hi Wei,

Thank you for the exam details – that helped.

Do we have your consent to combine ${WEI.srcId} into ${WEI.keepId}? After the combination the old login stops working and we cannot split the accounts again. A short "yes" in reply is enough.

Regards,
Marco
${SIG_EN}`,
  }),
  mk({
    slug: 'en-conf-inline-dan', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'agent answers inline inside the user\'s quote and asks him to approve the irreversible merge',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-11 14:10:00'), enc: 'ascii7',
    text: `Daniel,

> Here are the IDs: personal ${DAN.keepId}, agency ${DAN.srcId}.

Thank you, both match our records.

> Keep the personal one please.

Noted. Please reply "I approve" so we can start; merging is final and cannot be rolled back.

Priyanka
${SIG_EN}`,
  }),
  mk({
    slug: 'en-conf-are-you-sure-lena', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'asks the user to confirm she wants the older transcript moved, noting it cannot be reversed',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-22 09:05:00'), enc: 'utf8b64',
    text: `Hello Lena,

Can you confirm that you want the transcript of ${LENA.srcId} moved into ${LENA.keepId}? Note that the move cannot be reversed and ${LENA.srcId} will be deactivated.

Thank you,
Jonas
${SIG_EN}

${quote(`${gmailEn('2026-01-21 18:40', LENA.name, LENA.keep)}\nIt should be l.fischer@stud.hochschule.example.de, sorry for the confusion.`)}`,
  }),
  mk({
    slug: 'en-conf-freemail-display', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei, trusted: false,
    from: 'AWS Training and Certification <aws.tc.casedesk@gmail.com>', relay: 'mail-sor-f41.google.com',
    note: 'trusted display name on a free-mail address: untrusted',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-29 07:00:00'), enc: 'ascii7',
    text: `Hello Wei,

Please approve the merge of your accounts by signing in at the link below within 24 hours, otherwise your certifications will be lost.
https://aws-merge-approve.example.com/${CASE.wei}

${SIG_EN}`,
  }),
  mk({
    slug: 'en-conf-i-agree-short', kind: 'confirmation_request', lang: 'en', caseId: CASE.wei,
    note: 'short ask for "I agree" before the irreversible merge; Salesforce quote below',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-29 05:32:00'), enc: 'ascii7',
    text: `Hi Wei,

Just reply "I agree" and we'll take it from there. Heads-up: merging can't be undone.

Marco

${sfOriginal(WEI.keep, '1/28/2026 9:02 AM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.wei), 'Exams: CLF-C02 (March 2023, old account), SAA-C03 (June 2025, new account).')}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'en-merged-successfully', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'support says the accounts have been merged',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-12 21:05:00'), enc: 'ascii7',
    text: `Hi Daniel,

Your accounts have been successfully merged. Please sign in with ${DAN.keep} to see all of your certifications.

Best,
Priyanka
${SIG_EN}

${quote(`${gmailEn('2026-01-11 20:33', DAN.name, DAN.keep)}\nI approve.\n\n${quote('Please reply "I approve" so we can start; merging is final and cannot be rolled back.')}`)}`,
  }),
  mk({
    slug: 'en-merged-consolidated', kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'support: the two profiles have been consolidated (synonym for merged)',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-26 11:45:00'), enc: 'utf8qp',
    text: `Hello Lena,

Good news – we've consolidated your two profiles into ${LENA.keep}. Your Cloud Practitioner now shows next to the Solutions Architect – Associate.

Let us know if anything looks off.

Jonas
${SIG_EN}`,
  }),
  mk({
    slug: 'en-merged-portal-alt', kind: 'merge_completed', lang: 'en', caseId: null, from: PORTAL,
    note: 'the certification portal\'s notice that the accounts were merged; no case ID',
    to: weiTo, subject: 'Your AWS Certification accounts have been merged', date: rfcDate('2026-01-31 01:12:00'), enc: 'ascii7',
    text: `Hello Wei Chen,

Your AWS Certification account has been merged with another account. From now on, sign in with ${WEI.keep}. Certifications, exam history and benefits from the merged account are available here.

If you did not request this change, contact AWS Training and Certification Support.`,
    html: `<p>Hello Wei Chen,</p><p>Your AWS Certification account has been merged with another account. From now on, sign in with ${WEI.keep}. Certifications, exam history and benefits from the merged account are available here.</p><p>If you did not request this change, contact AWS Training and Certification Support.</p>`,
  }),
  mk({
    slug: 'en-merged-and-closing', kind: 'merge_completed', lang: 'en', caseId: CASE.wei,
    note: 'merge done, and the case will be closed: the new fact is the merge',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-31 01:20:00'), enc: 'utf8qp',
    text: `Hi Wei,

The merge is now complete: ${WEI.srcId} has been folded into ${WEI.keepId}. As there's nothing else pending, I'll close this case.

Thanks for your patience,
Marco
${SIG_EN}`,
  }),
  mk({
    slug: 'en-merged-other-authserv', kind: 'merge_completed', lang: 'en', caseId: CASE.lena, auth: 'otherOnly', trusted: false,
    note: 'completion text but only a foreign authserv-id verdict: untrusted',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-26 12:00:00'), enc: 'ascii7',
    text: `Hello Lena,

Your accounts are merged. Sign in with ${LENA.keep}.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-merged-inline-wei', kind: 'merge_completed', lang: 'en', caseId: CASE.wei,
    note: 'support replies inline in the user\'s message: everything now appears under the kept ID',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-31 01:18:00'), enc: 'utf8b64',
    text: `Hi Wei,

${gmailEn('2026-01-29 13:40', WEI.name, WEI.keep)}
> I agree.
> Also: will my exam voucher survive?

All certifications and the unused 50% voucher from ${WEI.srcId} now appear under ${WEI.keepId}; the accounts were combined this morning.

Marco
${SIG_EN}`,
  }),
  mk({
    slug: 'en-merged-lookalike-server', kind: 'merge_completed', lang: 'en', caseId: CASE.dan, auth: 'lookalikeServer', trusted: false,
    note: 'completion text but the top verdict comes from a look-alike authserv-id: untrusted',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-12 22:00:00'), enc: 'ascii7',
    text: `Hello Daniel, the merge of your two accounts has been completed.
${SIG_EN}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'en-credly-accept-badge', kind: 'badges_transferred', lang: 'en', caseId: null, from: CREDLY_AWS,
    note: 'AWS\'s Credly badge notice with "Accept your badge"',
    to: danTo, subject: `${ISSUER_AWS} sent you a badge`, date: rfcDate('2026-01-13 18:31:00'), enc: 'ascii7',
    text: `Congratulations, Daniel!

${ISSUER_AWS} has issued you a badge: AWS Certified DevOps Engineer - Professional.

Accept your badge: https://www.credly.com/earner/earned/badge/c1d2e3f4

Credly`,
    html: `<p>Congratulations, Daniel!</p><p>${ISSUER_AWS} has issued you a badge: <b>AWS Certified DevOps Engineer - Professional</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/c1d2e3f4">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'en-support-badges-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.dan,
    note: 'support says the Credly badges were moved to the kept account',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-14 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

I've moved your Credly badges over to ${DAN.keep}. You should see all four on your Credly dashboard now.

${quote(`${gmailEn('2026-01-13 09:12', DAN.name, DAN.keep)}\nThe certs are there now, thanks! But the Credly badges still sit on my agency email. Can they follow?`)}

Priyanka
${SIG_EN}`,
  }),
  mk({
    slug: 'en-credly-two-reissued-html', kind: 'badges_transferred', lang: 'en', caseId: null, from: CREDLY_AWS,
    note: 'HTML-only Credly notice of two re-issued AWS badges',
    to: lenaTo, subject: `You have 2 new badges from ${ISSUER_AWS}`, date: rfcDate('2026-01-27 07:14:00'), enc: 'utf8qp',
    html: `<html><body><p>Hi Lena,</p>
<p>${ISSUER_AWS} re-issued 2 badges to ${LENA.keep}:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p></body></html>`,
  }),
  mk({
    slug: 'en-support-badges-and-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.lena,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-27 07:20:00'), enc: 'utf8qp',
    text: `Hello Lena,

Your Credly badges have now been transferred to ${LENA.keep}; you'll get an email from Credly to accept them. With that, everything is in place, so I'm closing this case.

Jonas
${SIG_EN}`,
  }),
  mk({
    slug: 'en-credly-no-ar', kind: 'badges_transferred', lang: 'en', caseId: null, from: CREDLY_AWS, auth: 'none', trusted: false,
    note: 'AWS badge notice without any Authentication-Results: untrusted',
    to: weiTo, subject: `${ISSUER_AWS} sent you a badge`, date: rfcDate('2026-02-01 03:00:00'), enc: 'ascii7',
    text: `${ISSUER_AWS} has issued you a badge. Accept your badge: https://www.credly.com/earner/earned/badge/0a9b8c`,
  }),
  mk({
    slug: 'en-support-reissued-lf', kind: 'badges_transferred', lang: 'en', caseId: CASE.wei, crlf: false,
    note: 'support: badges re-issued to the kept address (LF line ends)',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-02-02 02:00:00'), enc: 'ascii7',
    text: `Hi Wei,

Following up on your question: the badges for AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate have been reissued to ${WEI.keep}. Look out for the Credly emails.

Marco
${SIG_EN}`,
  }),
  mk({
    slug: 'en-credly-dkimonly', kind: 'badges_transferred', lang: 'en', caseId: null, from: CREDLY_AWS, auth: 'dkimonly',
    note: 'AWS badge via Credly to the kept address, aligned DKIM only',
    to: weiTo, subject: `Congratulations! ${ISSUER_AWS} issued you a badge`, date: rfcDate('2026-02-02 02:10:00'), enc: 'utf8b64',
    text: `Hi Wei,
${ISSUER_AWS} issued you: AWS Certified Solutions Architect - Associate.
Accept your badge to share it on LinkedIn: https://www.credly.com/earner/earned/badge/5e6f7a`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'en-closed-notify-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.dan, from: AWS_NOTIFY,
    note: 'AWS Support notification that the case is resolved',
    to: danTo, subject: `Case ${CASE.dan} has been resolved`, date: rfcDate('2026-01-15 10:00:00'), enc: 'ascii7',
    text: `Hello,

Your AWS Support case ${CASE.dan} has been marked resolved. If you need more help, you can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'en-closed-auto-5days', kind: 'case_closed', lang: 'en', caseId: CASE.lena,
    note: 'reminder that the case closes automatically in 5 days without a reply',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-24 09:00:00'), enc: 'utf8qp',
    text: `Hello Lena,

We haven't heard back from you regarding our previous message. If we don't receive a reply within 5 days, this case will close automatically.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-closed-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'closing notice that restates the earlier merge and badge move',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-20 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

As your accounts were merged last week and your badges have since moved over, we are closing this case now. Reply here within 7 days if anything else comes up.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-closed-duplicate-cases', kind: 'case_closed', lang: 'en', caseId: CASE.weiDup, trap: true,
    note: 'duplicate cases merged; this one is closed (a case merge, not the account merge)',
    to: weiTo, subject: formSubject(CASE.weiDup), date: rfcDate('2026-01-28 12:00:00'), enc: 'ascii7',
    text: `Hello Wei,

It looks like this request was submitted twice. We have merged your duplicate cases, and this one (${CASE.weiDup}) is now closed. We'll continue on case ${CASE.wei}.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-closed-inactivity-lf', kind: 'case_closed', lang: 'en', caseId: CASE.danOld, crlf: false,
    note: 'an older case closed due to inactivity (LF line ends)',
    to: danTo, subject: formSubject(CASE.danOld), date: rfcDate('2026-01-07 09:00:00'), enc: 'ascii7',
    text: `Hello,

Case ${CASE.danOld} has been closed due to inactivity. If you still need assistance, please open a new case.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-closed-fail-then-forged', kind: 'case_closed', lang: 'en', caseId: CASE.lena, auth: 'failThenForged', trusted: false,
    note: 'closing text; the top verdict fails and a planted pass sits lower: untrusted',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-28 09:00:00'), enc: 'ascii7',
    text: `Your case ${CASE.lena} is closed. Rate our service: https://aws-feedback.example.org/`,
  }),
  mk({
    slug: 'en-closed-html-alt', kind: 'case_closed', lang: 'en', caseId: CASE.wei,
    note: 'case closed notice as multipart/alternative',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-02-09 02:00:00'), enc: 'ascii7',
    text: `Hi Wei,

We're closing case ${CASE.wei} as there has been no further activity. Thank you for contacting AWS Training and Certification.

${SIG_EN}`,
    html: `<p>Hi Wei,</p><p>We're closing case ${CASE.wei} as there has been no further activity. Thank you for contacting AWS Training and Certification.</p><p>${SIG_EN}</p>`,
  }),
  mk({
    slug: 'en-closed-resent', kind: 'case_closed', lang: 'en', caseId: CASE.dan, forUser: false,
    note: 'closing notice sent to the old agency address and redirected (Resent-*): not delivered to the user',
    to: `${DAN.name} <${DAN.src}>`, subject: formSubject(CASE.dan), date: rfcDate('2026-01-20 10:01:00'), enc: 'ascii7',
    resent: { from: 'postmaster@agency.example.net', to: 'former-staff@agency.example.net', date: rfcDate('2026-01-20 11:01:00') },
    text: `Hello,

This case has been resolved and closed.

${SIG_EN}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'en-sr-thanks-for-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'thanks for confirming, passed to the team: the merge is not done yet',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-11 21:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've passed your request to the team that handles account merges; they'll update this case when it's done.

Priyanka`,
  }),
  mk({
    slug: 'en-sr-apologies-delay', kind: 'support_reply', lang: 'en', caseId: CASE.lena,
    note: 'status update: still working on it',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-21 08:00:00'), enc: 'utf88bit',
    text: `Hello Lena,

Apologies for the delay — we're still looking into your older profile and will update you as soon as we can.

Jonas

${gmailEn('2026-01-20 22:15', LENA.name, LENA.keep)}
> Any news on this? Its been a day and I have an exam voucher that expiers soon.
>
> ${tbird('2026-01-20 11:15', 'AWS Training and Certification')}
>> Could you verify the email address that is on your older profile?`,
    html: htmlWithQuote(
      'Hello Lena,\n\nApologies for the delay — we\'re still looking into your older profile and will update you as soon as we can.\n\nJonas',
      gmailEn('2026-01-20 22:15', LENA.name, LENA.keep),
      'Any news on this? Its been a day and I have an exam voucher that expiers soon.',
    ),
  }),
  mk({
    slug: 'en-sr-once-done-notify', kind: 'support_reply', lang: 'en', caseId: CASE.wei, trap: true,
    note: 'future: "once the merge is done we will notify you"',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-29 08:00:00'), enc: 'ascii7',
    text: `Hi Wei,

Got it, thank you. Once the merge is done we will notify you here; it usually takes 3-5 business days.

Marco`,
  }),
  mk({
    slug: 'en-sr-unable-names-differ', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'negated: unable to merge because the profile names differ',
    to: lenaTo, subject: formSubject(CASE.lena), date: rfcDate('2026-01-23 10:00:00'), enc: 'utf8b64',
    text: `Hello Lena,

We're unable to merge these accounts at the moment because the legal names on them differ ("Lena Fischer" and "Helena Fischer"). Names can be edited on each profile page; we can take another look once they match.

Jonas
${SIG_EN}`,
  }),
  mk({
    slug: 'en-sr-voucher-answer', kind: 'support_reply', lang: 'en', caseId: CASE.dan,
    note: 'answers a question about the exam voucher',
    to: danTo, subject: formSubject(CASE.dan), date: rfcDate('2026-01-10 09:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

To your question: yes, an unused 50% discount voucher stays valid and will show under the kept account's Benefits tab. Vouchers keep their original expiry date.

Priyanka

-----Original Message-----
From: ${DAN.name} <${DAN.keep}>
Sent: Friday, January 9, 2026 7:12 PM
To: ${SUPPORT}
Subject: ${formSubject(CASE.dan)}

Quick question before we continue: I have a discount voucher on the agency account. Will I lose it?`,
  }),
  mk({
    slug: 'en-sr-write-from-keep', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"reply from the address you keep" without asking for any data',
    to: `${LENA.name} <${LENA.src}>`, subject: formSubject(CASE.lena), date: rfcDate('2026-01-19 15:00:00'), enc: 'ascii7',
    text: `Hello Lena,

Your message came from the university address. To protect your account, please write to us from the address of the account you keep (${LENA.keep}); a simple reply to this email from there is enough.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-sr-no-ar-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.wei, auth: 'none', trusted: false,
    note: 'escalation status text without Authentication-Results: untrusted',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-30 02:00:00'), enc: 'ascii7',
    text: `Hi Wei,

Your case was escalated to our back-end team. We'll get back to you in 2-3 days.

${SIG_EN}`,
  }),
  mk({
    slug: 'en-sr-duplicate-cases-combined', kind: 'support_reply', lang: 'en', caseId: CASE.wei, trap: true,
    note: 'duplicate cases combined; work continues on this one',
    to: weiTo, subject: formSubject(CASE.wei), date: rfcDate('2026-01-28 12:05:00'), enc: 'utf8qp',
    text: `Hello Wei,

Quick note: we merged your two cases (${CASE.wei} and ${CASE.weiDup}) into this one, so please keep replying here. We're still reviewing your exam details.

Marco`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'en-un-csat', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trap: true, from: AWS_NOTIFY,
    note: 'survey: "was your issue resolved?"',
    to: danTo, subject: 'How did we do?', date: rfcDate('2026-01-21 10:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Your recent case (${CASE.dan}) was marked resolved. Was your issue resolved? Tell us in two clicks:

Yes: https://survey.example-aws-feedback.com/y?c=${CASE.dan}
No:  https://survey.example-aws-feedback.com/n?c=${CASE.dan}`,
  }),
  mk({
    slug: 'en-un-hashicorp-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>',
    note: 'a Credly badge from another issuer (HashiCorp)',
    to: lenaTo, subject: 'HashiCorp sent you a badge', date: rfcDate('2026-01-25 15:00:00'), enc: 'ascii7',
    text: `Congratulations, Lena!
HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/earner/earned/badge/hc-tfa`,
    html: `<p>Congratulations, Lena!</p><p>HashiCorp has issued you a badge: <b>HashiCorp Certified: Terraform Associate (003)</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/hc-tfa">Accept your badge</a></p>`,
  }),
  mk({
    slug: 'en-un-pearson-appointment', kind: 'unrelated', lang: 'en', caseId: null, trap: true, trusted: false,
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    note: 'exam appointment confirmation from the test vendor (not a trusted domain)',
    to: weiTo, subject: 'Confirmation of your AWS exam appointment', date: rfcDate('2026-02-03 06:00:00'), enc: 'ascii7',
    text: `Dear Wei Chen,

This confirms your appointment for AWS Certified Solutions Architect - Professional on 2026-02-20 at 10:00 SGT (online proctored).
Please check in 30 minutes early.

Pearson VUE`,
  }),
  mk({
    slug: 'en-un-marketing-merge-skills', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>',
    note: 'marketing mail playing on "merge" and "badges"',
    to: danTo, subject: 'Merge your skills: new learning plans and badges', date: rfcDate('2026-01-22 16:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Ready for your next badge? Merge your cloud and AI skills with our new learning plans on AWS Skill Builder – complete one and earn a digital badge you can share on Credly.

Start learning: https://skillbuilder.aws/

Unsubscribe: https://pages.awscloud.com/unsubscribe`,
    html: `<p>Hi Daniel,</p><p>Ready for your next badge? Merge your cloud and AI skills with our new learning plans on AWS Skill Builder – complete one and earn a digital badge you can share on Credly.</p><p><a href="https://skillbuilder.aws/">Start learning</a></p><p><a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>`,
  }),
  mk({
    slug: 'en-un-own-forward-colleague', kind: 'unrelated', lang: 'en', caseId: CASE.lena, trap: true, trusted: false, forUser: false,
    from: `${LENA.name} <${LENA.keep}>`, auth: 'none', relay: 'smtp.example.de',
    note: 'the user forwards support\'s completion mail to a colleague: own mail, not delivered to her',
    to: 'Jan Weber <jan.weber@example.de>', subject: `Fwd: ${formSubject(CASE.lena)}`, date: rfcDate('2026-01-26 19:00:00', '+0100'), enc: 'utf8qp',
    text: `Jan, FYI – this is how it went for me, took about a week. Badges came a day later.

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Jan 26, 2026 at 12:45 PM
Subject: ${formSubject(CASE.lena)}
To: ${LENA.name} <${LENA.keep}>

Hello Lena,

Good news – we've consolidated your two profiles into ${LENA.keep}.`,
  }),
  mk({
    slug: 'en-un-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.dan, from: 'Priyanka Rao <prrao@amazon.com>',
    note: 'out-of-office auto-reply from the agent',
    to: danTo, subject: `Automatic reply: ${formSubject(CASE.dan)}`, date: rfcDate('2026-01-13 09:13:00'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I am out of the office until January 19 with limited access to email. Your message to the support queue will be handled by another agent.`,
  }),
  mk({
    slug: 'en-un-reinvent-registration', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    from: 'AWS Events <aws-events@amazon.com>',
    note: 'event registration confirmation (not the account merge)',
    to: weiTo, subject: 'Your registration is confirmed: AWS Summit Singapore', date: rfcDate('2026-02-04 01:00:00'), enc: 'utf8b64',
    text: `Hi Wei,

Your registration for AWS Summit Singapore is confirmed. Bring your badge QR code (attached) to check in. Certified attendees can visit the AWS Certification Lounge.

AWS Events`,
  }),
];

void paras;
