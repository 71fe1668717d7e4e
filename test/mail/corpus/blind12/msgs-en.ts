// English messages for heldout/k. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, BEN, BUTTON, CASE, CREDLY_AWS, CREDLY_FOOTER_EN, H, LEGAL_LONG_EN, MANAGER_EN, PORTAL, SIG_EN, SOFIA, SUPPORT, SUPPORT_BARE,
  TEAM_LIST, TOM, esc, formSubject, formSubjectNew, gmailEn, other, outlookEn, paras, quote, sfOriginal, sfRef, sup,
} from './common.js';

const BEN_REQ = `Hi team,
I ended up with two certification profiles, one from my contractor days (${BEN.src}) and my personal one (${BEN.keep}).
Could you fold the contractor one into the personal one? Candidate IDs: ${BEN.srcId} and ${BEN.keepId}.
Cheers, Ben`;

const SOFIA_REQ = `Hello,
I have certifications on my university account (${SOFIA.src}) and on my private account (${SOFIA.keep}).
My university address expires in August. I'd like to keep the private one.
Kind regards,
Sofia Lindqvist`;

const TOM_REQ = `Dear AWS T&C team,
please consolidate my two certification accounts. Agency account: ${TOM.src}, private: ${TOM.keep}.
Thanks and best,
Tom`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  sup({
    slug: 'en-ack-ben-plain', kind: 'acknowledgement', lang: 'en', caseId: CASE.ben,
    note: 'automatic receipt of a new case: case ID, response time, do not open duplicates',
    to: BEN.keep, subject: formSubjectNew(CASE.ben), date: rfcDate('2026-02-03 17:22:05'), enc: 'ascii7',
    text: `Hello Ben Okafor,

We've received your request and opened case ${CASE.ben}.

A member of our team will get back to you, typically within 24 hours. If you've already opened a case about this request, please don't open another one; duplicate cases slow down our response.

This is an automated message.

AWS Training and Certification Customer Support

${LEGAL_LONG_EN}`,
  }),
  other({
    slug: 'en-ack-sofia-table', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia, trusted: true,
    note: 'HTML-only "case created" notification from AWS Support with a details table',
    from: AWS_NOTIFY, to: SOFIA.keep, subject: `Case ${CASE.sofia} created`, date: rfcDate('2026-07-06 08:14:51'), auth: 'pass', enc: 'utf8qp', qpw: 64,
    html: H('Case created', `<p>Hello,</p>
<p>Thank you for contacting us. We created the following case for you:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="border:1px solid #d5dbdb"><b>Case ID</b></td><td style="border:1px solid #d5dbdb">${CASE.sofia}</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Subject</b></td><td style="border:1px solid #d5dbdb">Certification account assistance</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Status</b></td><td style="border:1px solid #d5dbdb">Unassigned</td></tr>
</table>
<p>You will get an email when an agent responds.</p>
${BUTTON('https://support.aws.amazon.com/#/case/?displayId=' + CASE.sofia, 'View case')}
<p style="font-size:11px;color:#687078">${esc(LEGAL_LONG_EN).replace(/\n/g, '<br>')}</p>`),
  }),
  sup({
    slug: 'en-ack-tom-youprovided', kind: 'acknowledgement', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'receipt that echoes "information you provided" (IDs, merge request) without asking anything',
    to: TOM.keep, subject: formSubjectNew(CASE.tom), date: rfcDate('2026-08-10 06:30:00'), enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification. Your case number is ${CASE.tom}.

Information you provided:
  Name: Tom Becker
  Company: (not provided)
  AWS Candidate ID: ${TOM.keepId}
  Email: ${TOM.keep}
  Description:
${quote(TOM_REQ, '    ')}

We review requests in the order received. You don't need to reply to this message.

${LEGAL_LONG_EN}`,
  }),
  sup({
    slug: 'en-ack-ben-noauth', kind: 'acknowledgement', lang: 'en', caseId: CASE.ben2, trusted: false,
    note: 'case receipt, but the message carries no Authentication-Results at all',
    to: BEN.keep, subject: formSubjectNew(CASE.ben2), date: rfcDate('2026-10-01 12:01:44'), auth: 'none', enc: 'ascii7',
    text: `Hello,

Your case ${CASE.ben2} has been created. An agent will respond shortly.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-ack-sofia-bodyonly', kind: 'acknowledgement', lang: 'en', caseId: CASE.sofia,
    note: 'receipt with the case ID only in the body (generic subject), text + HTML',
    to: SOFIA.keep, subject: 'Thank you for contacting AWS Training and Certification', date: rfcDate('2026-07-06 08:14:40'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for reaching out. We've logged your request under case ${CASE.sofia}.
Someone from our team will be in touch within one business day.

AWS Training and Certification`,
    html: `<div style="font-family:Arial"><p>Hi Sofia,</p><p>Thanks for reaching out. We&#39;ve logged your request under case <strong>${CASE.sofia}</strong>.<br>Someone from our team will be in touch within one business day.</p><p>AWS Training and Certification</p></div>`,
  }),
  sup({
    slug: 'en-ack-tomdup-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomDup, crlf: false,
    note: 'automatic receipt for a second case the customer opened (LF line ends)',
    to: TOM.src, subject: formSubjectNew(CASE.tomDup), date: rfcDate('2026-08-11 21:09:13'), enc: 'ascii7',
    text: `Hello Tom Becker,

We have received your inquiry. Case ID: ${CASE.tomDup}.
Expect a reply within 24 hours.

-- AWS Training and Certification Customer Support`,
  }),

  // ---------------- ai_answer ----------------
  other({
    slug: 'en-ai-generated-html', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true,
    note: 'AI-generated answer recommending the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: BEN.keep, subject: 'Your answer from AWS Support (AI-generated)', date: rfcDate('2026-02-03 17:15:09'), auth: 'pass', enc: 'utf8qp',
    html: H('AI answer', `<p style="font-size:12px;color:#687078"><i>This answer was generated by AI. Review it before acting on it.</i></p>
<p>It looks like you have more than one AWS Certification account. You can usually combine them yourself:</p>
<ul><li>Sign in to the account you want to keep.</li><li>Open <b>Profile</b> and choose <b>Merge Accounts</b>.</li><li>Enter the sign-in details of the other account and follow the prompts.</li></ul>
<p>If the tool reports that both accounts have certification history, create a case and an agent will help.</p>
${BUTTON('https://support.aws.amazon.com/#/contacts/aws-training', 'Create case')}`),
  }),
  sup({
    slug: 'en-ai-case-postmerge', kind: 'ai_answer', lang: 'en', caseId: CASE.sofia,
    note: 'automated answer on the case that also explains badge claiming after a merge; still an AI answer',
    to: SOFIA.keep, subject: formSubjectNew(CASE.sofia), date: rfcDate('2026-07-06 08:16:02'), enc: 'ascii7',
    text: `[Automated response - generated from your case description]

Hi Sofia,

Based on what you wrote, these steps may help while you wait for an agent:

  * The Merge Accounts tool in the certification portal (Profile > Merge Accounts) can combine two accounts.
  * After a merge, your Credly badges may need to be claimed again from the email address of the account you kept.
  * If the tool cannot merge your accounts, an agent will follow up on case ${CASE.sofia}.

If this solved your issue, no further action is needed.`,
  }),
  other({
    slug: 'en-ai-didthishelp', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true,
    note: 'automated knowledge-article suggestion with a "did this resolve your issue?" prompt',
    from: AWS_NOTIFY, to: TOM.keep, subject: 'Suggested article: merging AWS Certification accounts', date: rfcDate('2026-08-10 06:25:12'), auth: 'pass', enc: 'utf8b64',
    text: `Automated response

We found an article that may answer your question:
"How do I merge two AWS Certification accounts?"
https://aws.amazon.com/certification/faqs/

Short version: sign in to your main account and use the Merge Accounts tool.

Did this resolve your issue? Yes / No`,
    html: H('Suggested article', `<p><b>Automated response</b></p><p>We found an article that may answer your question:<br><a href="https://aws.amazon.com/certification/faqs/">How do I merge two AWS Certification accounts?</a></p><p>Short version: sign in to your main account and use the Merge Accounts tool.</p><p>Did this resolve your issue?</p>${BUTTON('https://support.aws.amazon.com/fb?y=1', 'Yes', '#1d8102')}${BUTTON('https://support.aws.amazon.com/fb?y=0', 'No', '#d13212')}`),
  }),
  other({
    slug: 'en-ai-misaligned', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false,
    note: 'AI merge-tool suggestion; DKIM passes only for an unrelated bulk-mail domain and dmarc fails',
    from: AWS_NOTIFY, to: SOFIA.keep, subject: 'AI assistant: how to combine your certification accounts', date: rfcDate('2026-07-05 22:10:00'), auth: 'misaligned', enc: 'ascii7',
    text: `Hello,

Our AI assistant reviewed your question. You can combine certification accounts using the Merge Accounts option on your profile page at aws.training.

This reply was generated automatically.`,
  }),
  other({
    slug: 'en-ai-supportaws-short', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true,
    note: 'short generated suggestion from support.aws.com pointing to the Merge Accounts tool',
    from: 'AWS Support <no-reply@support.aws.com>', to: BEN.src, subject: 'Here is a possible solution', date: rfcDate('2026-02-03 16:58:31'), auth: 'pass', enc: 'ascii7',
    text: `Possible solution (AI-generated):
Try Profile > Merge Accounts while signed in to the certification account you want to keep. Still stuck? Choose "Create case".`,
  }),
  other({
    slug: 'en-ai-assistant-transcript', kind: 'ai_answer', lang: 'en', caseId: null, trusted: true,
    note: 'e-mailed transcript of the portal\'s virtual assistant recommending the merge tool',
    from: PORTAL, to: TOM.keep, subject: 'Your chat transcript', date: rfcDate('2026-08-09 19:47:00'), auth: 'pass', enc: 'utf8b64',
    text: `Transcript of your conversation with the AWS Certification virtual assistant

You: I have two accounts, one from my agency, can they be merged?
Assistant: Yes. Sign in to the account you want to keep, go to your profile and select "Merge Accounts". You'll need the login of the other account.
You: thanks
Assistant: You're welcome! If the tool can't complete the merge, you can contact support from the Help page.

This conversation was handled by an automated assistant.`,
  }),

  // ---------------- info_request ----------------
  sup({
    slug: 'en-info-ben-ids-retain', kind: 'info_request', lang: 'en', caseId: CASE.ben,
    note: 'asks for both candidate IDs and which account to retain',
    to: BEN.keep, date: rfcDate('2026-02-04 15:40:27'), enc: 'ascii7',
    text: `Hello Ben,

Thank you for contacting AWS Training and Certification.

To help with your request, could you please provide the following:

- The Candidate ID for each of your AWS Certification accounts
- The email address associated with each account
- Which of the two accounts you would like to retain

Once we have this, we'll be happy to take the next steps.

${SIG_EN('Marcus')}

${sfRef('Bq72Lm')}

${sfOriginal(BEN.keep, '2/3/2026 5:20 PM', SUPPORT_BARE, 'AWS Training and Certification Form Submission', BEN_REQ)}`,
  }),
  sup({
    slug: 'en-info-sofia-confirmaddr', kind: 'info_request', lang: 'en', caseId: CASE.sofia, trap: true,
    note: '"please confirm the email address you wish to keep" asks for information, not consent',
    to: SOFIA.keep, date: rfcDate('2026-07-07 09:02:55'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for your patience. Before anything else, please confirm the email address of the account you wish to keep, as we see a third address (${SOFIA.src.replace('sofia.l', 's.lindqvist')}) on one of the profiles.

Kind regards,
Priyanka
AWS Training and Certification`,
  }),
  sup({
    slug: 'en-info-tom-replyfromkeep-ids', kind: 'info_request', lang: 'en', caseId: CASE.tom,
    note: 'reply from the kept address AND include full name and candidate ID: information request',
    to: TOM.src, date: rfcDate('2026-08-11 10:12:40'), enc: 'ascii7',
    text: `Hello Tom,

For security reasons we can only act on requests that come from the account being kept. Kindly reply to this email from ${TOM.keep} and include your full name as it appears on the profile and the Candidate ID of both accounts.

${SIG_EN('Ines')}`,
  }),
  sup({
    slug: 'en-info-ben-outlook-html', kind: 'info_request', lang: 'en', caseId: CASE.ben,
    note: 'asks for the Skill Builder login and notification e-mail addresses (Outlook-style HTML)',
    to: BEN.keep, date: rfcDate('2026-02-05 14:21:09'), enc: 'utf8qp',
    text: `Hi Ben,

Thanks for the IDs. One more thing: could you let us know the email you use for AWS Skill Builder, and the notification email shown on each certification profile?

Marcus
AWS Training and Certification`,
    html: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:Calibri,sans-serif}</style></head><body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Hi Ben,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks for the IDs. One more thing: could you let us know the email you use for AWS Skill Builder, and the notification email shown on each certification profile?</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Marcus<br>AWS Training and Certification</p></div></body></html>`,
  }),
  sup({
    slug: 'en-info-freemail-displayname', kind: 'info_request', lang: 'en', caseId: CASE.tom, trusted: false,
    note: 'asks for login details, but comes from a free-mail address with AWS\'s display name',
    from: 'AWS Training and Certification <aws.trainingcert.support@gmail.com>', to: TOM.keep, date: rfcDate('2026-08-12 04:04:04'), enc: 'ascii7',
    text: `Hello Tom,

To proceed with case ${CASE.tom} we need to verify ownership. Please reply with the password and the candidate ID of the account you want to merge.

AWS Support`,
  }),
  sup({
    slug: 'en-info-sofia-whichprimary', kind: 'info_request', lang: 'en', caseId: CASE.sofia,
    note: 'short question: which address should remain the primary login',
    to: SOFIA.keep, date: rfcDate('2026-07-07 16:45:12'), enc: 'ascii7', crlf: false,
    text: `Hi Sofia - quick question before we go ahead: which of the two adresses should remain the primary login going foward? Thanks! Priyanka, AWS T&C Support`,
  }),
  sup({
    slug: 'en-info-tom-idnotfound', kind: 'info_request', lang: 'en', caseId: CASE.tom,
    note: 'could not find the given candidate ID; asks for the correct one',
    to: TOM.keep, date: rfcDate('2026-08-13 11:11:58'), enc: 'utf8b64',
    text: `Hello Tom,

We couldn't locate a certification account under AWS0881553 (it looks like a digit may be missing). Could you double-check the Candidate ID on the Profile page of your agency account and send it over?

${SIG_EN('Ines')}

${gmailEn('Wed, Aug 12, 2026 at 9:30 PM', `Tom Becker <${TOM.keep}>`, `Hi Ines, the old ID is AWS0881553, private is ${TOM.keepId}. Tom`)}`,
  }),
  sup({
    slug: 'en-info-ben2-verify', kind: 'info_request', lang: 'en', caseId: CASE.ben2,
    note: 'asks for exam dates and certification names to verify identity before merging',
    to: BEN.keep, date: rfcDate('2026-10-02 13:30:00'), enc: 'utf8qp', qpw: 70,
    text: `Hello Ben,

Thanks for writing in again. Before we're able to combine the records, we need to verify a couple of details for the account ${BEN.srcId}:

  1. The name(s) of the certification(s) held on that account
  2. The approximate date you sat each exam
  3. The city where you tested (or "online" if you used OnVUE)

Please reply to this email with the above.

${SIG_EN('Hannah')}`,
  }),

  // ---------------- confirmation_request ----------------
  sup({
    slug: 'en-conf-ben-permanent', kind: 'confirmation_request', lang: 'en', caseId: CASE.ben,
    note: 'warns the merge is permanent and asks the customer to reply that they agree to proceed',
    to: BEN.keep, date: rfcDate('2026-02-06 16:05:33'), enc: 'ascii7',
    text: `Hello Ben,

Thank you for the details. We're ready to merge ${BEN.srcId} (${BEN.src}) into ${BEN.keepId} (${BEN.keep}).

Please note that merging accounts is permanent and cannot be reversed. Kindly reply to this email to let us know you agree to proceed.

${SIG_EN('Marcus')}

${sfRef('Bq72Lm')}`,
  }),
  sup({
    slug: 'en-conf-sofia-authorize-html', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'HTML-only: reply "Yes" to authorize combining the two accounts (cannot be undone)',
    to: SOFIA.keep, date: rfcDate('2026-07-08 09:30:20'), enc: 'utf8qp',
    html: `<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Sofia,</p>
<p>Before we proceed, here is what will happen:</p>
<table border="1" cellpadding="5" cellspacing="0"><tr><th>From (closed afterwards)</th><th>Into (kept)</th></tr><tr><td>${SOFIA.srcId}<br>${SOFIA.src}</td><td>${SOFIA.keepId}<br>${SOFIA.keep}</td></tr></table>
<p>This can&#39;t be undone. If you&#39;re happy with it, simply reply <b>&quot;Yes&quot;</b> to authorize it.</p>
<p>Priyanka<br>AWS Training and Certification</p>
</div>`,
  }),
  sup({
    slug: 'en-conf-tom-explicitconsent', kind: 'confirmation_request', lang: 'en', caseId: CASE.tom,
    note: 'asks for the customer\'s explicit consent before combining the accounts',
    to: TOM.keep, date: rfcDate('2026-08-14 08:48:10'), enc: 'utf8qp',
    text: `Hello Tom,

Thank you, we've now located both profiles. As the consolidation of ${TOM.srcId} into ${TOM.keepId} is irreversible, we need your explicit consent in writing before our back-end team can action it.

Could you reply stating that you approve?

${SIG_EN('Ines')}`,
  }),
  sup({
    slug: 'en-conf-sofia-dmarcfail', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia, trusted: false,
    note: 'consent request wording, but dmarc=fail for amazon.com',
    to: SOFIA.keep, date: rfcDate('2026-07-08 10:02:00'), auth: 'fail', enc: 'ascii7',
    text: `Hi Sofia,

Please confirm you want us to merge your two AWS Certification accounts. This cannot be reversed. Reply YES to continue.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-conf-ben2-verify-consolidate', kind: 'confirmation_request', lang: 'en', caseId: CASE.ben2,
    note: 'asks the customer to verify he wants the consolidation, which can\'t be undone (text + HTML)',
    to: BEN.keep, date: rfcDate('2026-10-05 15:15:15'), enc: 'utf8b64',
    text: `Hi Ben,

Thanks for verifying those details. Can you verify that you would like us to consolidate ${BEN.srcId} with ${BEN.keepId}, keeping ${BEN.keep} as the sign-in? Once done, this action can't be undone.

Hannah
AWS Training and Certification`,
    html: paras(`Hi Ben,

Thanks for verifying those details. Can you verify that you would like us to consolidate ${BEN.srcId} with ${BEN.keepId}, keeping ${BEN.keep} as the sign-in? Once done, this action can't be undone.

Hannah
AWS Training and Certification`),
  }),
  sup({
    slug: 'en-conf-sofia-stillwaiting', kind: 'confirmation_request', lang: 'en', caseId: CASE.sofia,
    note: 'follow-up still waiting for the customer\'s approval of the irreversible merge',
    to: SOFIA.keep, date: rfcDate('2026-07-13 07:20:44'), enc: 'ascii7',
    text: `Hi Sofia,

Just following up - we're still waiting for your approval to combine your university account into your private one. As mentioned, this step is final.

Whenever you're ready, a short "yes, go ahead" in reply is all we need.

Priyanka`,
  }),
  sup({
    slug: 'en-conf-tom-to-manager', kind: 'confirmation_request', lang: 'en', caseId: CASE.tom, forUser: false,
    note: 'consent request addressed to the customer\'s former manager, not to the user',
    to: MANAGER_EN, date: rfcDate('2026-08-14 08:50:02'), enc: 'ascii7',
    text: `Hello Rachel,

As the contact listed on the agency profile, please reply to confirm you agree with merging ${TOM.srcId} into the private account ${TOM.keepId}. This change is permanent.

${SIG_EN('Ines')}`,
  }),
  sup({
    slug: 'en-conf-ben-gmailquote-lf', kind: 'confirmation_request', lang: 'en', caseId: CASE.ben,
    note: 'asks for go-ahead on the irreversible merge above a Gmail quote of the customer\'s info reply',
    to: BEN.keep, date: rfcDate('2026-02-06 16:07:00'), enc: 'utf8b64', crlf: false,
    text: `Hi Ben,

Got it, thanks. Would you like us to go ahead and combine them? Please bear in mind we cannot split the accounts again afterwards, so we need your OK first.

Marcus

${gmailEn('Thu, Feb 5, 2026 at 8:02 PM', `Ben Okafor <${BEN.keep}>`, `Skill Builder is ${BEN.keep}. Notification emails are the same as the logins.`)}`,
  }),

  // ---------------- merge_completed ----------------
  sup({
    slug: 'en-mc-ben-verify', kind: 'merge_completed', lang: 'en', caseId: CASE.ben,
    note: 'accounts merged; asks the customer to log in and check all looks right',
    to: BEN.keep, date: rfcDate('2026-02-09 11:05:47'), enc: 'ascii7',
    text: `Hello Ben,

Good news: your accounts have been merged successfully. Everything from ${BEN.srcId} now lives under ${BEN.keepId}.

Please log in and make sure your certifications, exam history and benefits look right. If anything seems off, just reply here.

${SIG_EN('Marcus')}

-----Original Message-----
From: ${BEN.keep}
Sent: Friday, February 6, 2026 6:40 PM
To: ${SUPPORT_BARE}
Subject: RE: ${formSubject(CASE.ben)}

${quote('Yes, I agree. Please go ahead.\nBen')}`,
  }),
  other({
    slug: 'en-mc-portal-notice', kind: 'merge_completed', lang: 'en', caseId: null, trusted: true,
    note: 'certification portal\'s own notice that the accounts have been merged',
    from: PORTAL, to: SOFIA.keep, subject: 'Your AWS Certification accounts have been merged', date: rfcDate('2026-07-15 12:00:00'), auth: 'pass', enc: 'utf8qp',
    html: H('Accounts merged', `<h2 style="font-size:18px">Your accounts have been merged</h2>
<p>Hello Sofia,</p>
<p>Certifications, exam history and benefits from another account are now part of AWS Certification account <b>${SOFIA.keepId}</b>. Use this account from now on.</p>
${BUTTON('https://www.aws.training/certification', 'Sign in')}
<p style="font-size:11px;color:#687078">${esc(LEGAL_LONG_EN).replace(/\n/g, '<br>')}</p>`),
  }),
  sup({
    slug: 'en-mc-sofia-andclose', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'merge complete and the case will now be closed: completion is the new fact',
    to: SOFIA.keep, date: rfcDate('2026-07-15 11:48:30'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks for your approval. The merge is complete, and all four certifications now show on ${SOFIA.keepId}. We'll go ahead and close this case.

All the best,
Priyanka
AWS Training and Certification`,
  }),
  sup({
    slug: 'en-mc-tom-consolidated', kind: 'merge_completed', lang: 'en', caseId: CASE.tom,
    note: 'reports the certification records were consolidated into the kept ID',
    to: TOM.keep, date: rfcDate('2026-08-17 09:09:09'), enc: 'ascii7',
    text: `Hello Tom,

We have consolidated your certification records from ${TOM.srcId} into ${TOM.keepId}. Your agency login will no longer work; please sign in with ${TOM.keep}.

${SIG_EN('Ines')}`,
  }),
  sup({
    slug: 'en-mc-ben2-lookalikeserver', kind: 'merge_completed', lang: 'en', caseId: CASE.ben2, trusted: false,
    note: 'completion wording, but the topmost Authentication-Results is from a look-alike authserv-id',
    to: BEN.keep, date: rfcDate('2026-10-07 10:00:00'), auth: 'lookalikeServer', enc: 'ascii7',
    text: `Hi Ben,

Your two certification accounts are now merged into ${BEN.keepId}.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-mc-tom-resent', kind: 'merge_completed', lang: 'en', caseId: CASE.tom, forUser: false,
    note: 'completion mail re-sent by the agency server to its IT desk (Resent-*): not delivered to the user',
    to: TOM.src, date: rfcDate('2026-08-17 09:09:12'), enc: 'ascii7',
    resent: { from: 'postmaster@agency.example.com', to: 'it-desk@agency.example.com', date: rfcDate('2026-08-17 11:10:00', '+0200') },
    text: `Hello Tom,

The merge of ${TOM.srcId} into ${TOM.keepId} has been completed.

Ines
AWS Training and Certification`,
  }),
  sup({
    slug: 'en-mc-sofia-casual', kind: 'merge_completed', lang: 'en', caseId: CASE.sofia,
    note: 'casual "done, both profiles are combined" completion note',
    to: SOFIA.keep, date: rfcDate('2026-07-15 11:40:02'), enc: 'utf8qp', qpw: 50,
    text: `Hi Sofia \u2013 done! Both profiles are now combined under ${SOFIA.keepId}; the university one has been retired.

Cheers,
Priyanka`,
  }),

  // ---------------- badges_transferred ----------------
  other({
    slug: 'en-badge-credly-accept', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true,
    note: 'Credly notice of an AWS-issued badge with "Accept your badge"',
    from: CREDLY_AWS, to: BEN.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: rfcDate('2026-02-10 14:33:00'), auth: 'pass', enc: 'utf8qp',
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="560" align="center" style="padding:24px">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/aws-dva.png" width="170" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td><p>Hi Ben,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p></td></tr>
<tr><td align="center"><a href="https://www.credly.com/earner/earned/badge/3b9d77e2" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></td></tr>
<tr><td style="font-size:11px;color:#777">${esc(CREDLY_FOOTER_EN)}</td></tr></table></body></html>`,
  }),
  sup({
    slug: 'en-badge-support-moved-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.sofia,
    note: 'support says the Credly badges were moved to the kept account and closes the case',
    to: SOFIA.keep, date: rfcDate('2026-07-20 08:00:41'), enc: 'ascii7',
    text: `Hi Sofia,

Thanks for letting us know. We've moved your Credly badges over to ${SOFIA.keep}, so they should now appear in your Credly wallet. Since everything is in place, we'll close this case now.

Priyanka
AWS Training and Certification

> The merge worked, but my badges still sit on the university email. Can you help?`,
  }),
  other({
    slug: 'en-badge-credly-two', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true,
    note: 'Credly: two AWS badges re-issued to the kept address',
    from: CREDLY_AWS, to: TOM.keep, subject: "You've earned 2 badges from Amazon Web Services Training and Certification", date: rfcDate('2026-08-19 17:01:22'), auth: 'pass', enc: 'ascii7',
    text: `Hi Tom,

Amazon Web Services Training and Certification has issued you 2 badges:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified DevOps Engineer - Professional

Accept your badges: https://www.credly.com/earner/earned

${CREDLY_FOOTER_EN}`,
  }),
  sup({
    slug: 'en-badge-support-reissued', kind: 'badges_transferred', lang: 'en', caseId: CASE.ben,
    note: 'support reports the badges were re-issued to the retained account\'s e-mail',
    to: BEN.keep, date: rfcDate('2026-02-12 09:55:10'), enc: 'utf8b64',
    text: `Hello Ben,

Following up on your badge question: the digital badges from ${BEN.srcId} have been re-issued to ${BEN.keep}, the email on your retained account. You should receive an email from Credly shortly to accept them.

${SIG_EN('Marcus')}`,
  }),
  other({
    slug: 'en-badge-credly-forgedbelow', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'Credly AWS badge notice, but the pass result sits below the server\'s Received line',
    from: CREDLY_AWS, to: SOFIA.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: rfcDate('2026-07-16 02:02:02'), auth: 'forgedBelow', enc: 'ascii7',
    text: `Hi Sofia,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

Accept your badge: https://www.credly.com/earner/earned/badge/90aa11`,
  }),
  other({
    slug: 'en-badge-credly-dkimonly', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: true,
    note: 'Credly AWS badge notice (text + HTML) with an aligned DKIM pass',
    from: CREDLY_AWS, to: BEN.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: rfcDate('2026-10-09 13:13:13'), auth: 'dkimonly', enc: 'utf8qp',
    text: `Hi Ben,

Congratulations! Amazon Web Services Training and Certification has issued you the AWS Certified Security - Specialty badge.

Accept your badge
https://www.credly.com/earner/earned/badge/e7110c

${CREDLY_FOOTER_EN}`,
    html: `<p>Hi Ben,</p><p>Congratulations! Amazon Web Services Training and Certification has issued you the <b>AWS Certified Security - Specialty</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/e7110c" style="background:#ff6b00;color:#fff;padding:10px 24px">Accept your badge</a></p><p style="font-size:11px">${esc(CREDLY_FOOTER_EN)}</p>`,
  }),
  sup({
    slug: 'en-badge-support-credentials', kind: 'badges_transferred', lang: 'en', caseId: CASE.tom,
    note: 'support: the digital credentials now show under the kept profile',
    to: TOM.keep, date: rfcDate('2026-08-20 07:45:00'), enc: 'ascii7',
    text: `Hello Tom,

Our team transferred the Credly credentials as well; they now appear under the Credly profile linked to ${TOM.keep}.

${SIG_EN('Ines')}

${outlookEn(`Tom Becker <${TOM.keep}>`, 'Tuesday, August 18, 2026 8:12 PM', SUPPORT_BARE, `RE: ${formSubject(CASE.tom)}`, 'Thanks! The certs are there but the badges are not.')}`,
  }),

  // ---------------- case_closed ----------------
  sup({
    slug: 'en-cc-ben-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.ben,
    note: 'case resolved and closed; reply to reopen',
    to: BEN.keep, date: rfcDate('2026-02-16 10:10:10'), enc: 'ascii7',
    text: `Hello Ben,

We're marking case ${CASE.ben} as resolved. If you need anything else, reply to this email within 14 days to reopen it.

${SIG_EN('Marcus')}`,
  }),
  sup({
    slug: 'en-cc-sofia-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.sofia,
    note: 'no reply yet: the case will close automatically in 5 days',
    to: SOFIA.keep, date: rfcDate('2026-07-10 06:00:00'), enc: 'utf8qp',
    text: `Hi Sofia,

We haven't heard back from you. If we don't receive a response within 5 days, this case will be closed automatically.

AWS Training and Certification`,
  }),
  sup({
    slug: 'en-cc-tom-restate', kind: 'case_closed', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'closing notice that only restates the merge done earlier',
    to: TOM.keep, date: rfcDate('2026-08-26 09:30:00'), enc: 'ascii7',
    text: `Hello Tom,

As your accounts were merged on August 17 and the badges followed on August 20, we're now closing this case. Thank you for your patience.

${SIG_EN('Ines')}`,
  }),
  other({
    slug: 'en-cc-notify-html', kind: 'case_closed', lang: 'en', caseId: CASE.ben2, trusted: true,
    note: 'AWS Support notification that the case has been resolved',
    from: AWS_NOTIFY, to: BEN.keep, subject: `Your case ${CASE.ben2} has been resolved`, date: rfcDate('2026-10-12 08:30:00'), auth: 'pass', enc: 'utf8qp',
    html: H('Case resolved', `<p>Hello,</p><p>Case <b>${CASE.ben2}</b> has been resolved. You can reopen it from the Support Center within 14 days.</p>${BUTTON('https://support.aws.amazon.com/#/case/?displayId=' + CASE.ben2, 'Reopen case')}<p style="font-size:11px;color:#687078">${esc(LEGAL_LONG_EN).replace(/\n/g, '<br>')}</p>`),
  }),
  sup({
    slug: 'en-cc-tomdup-cases', kind: 'case_closed', lang: 'en', caseId: CASE.tomDup, trap: true,
    note: 'duplicate cases combined; this case is closed (not the account merge)',
    to: TOM.src, date: rfcDate('2026-08-12 07:07:07'), enc: 'ascii7',
    text: `Hello Tom,

We noticed two open cases for the same request, so we've merged this one into case ${CASE.tom}. This case (${CASE.tomDup}) is now closed; please continue the conversation there.

${SIG_EN('Ines')}`,
  }),
  sup({
    slug: 'en-cc-ben-failforged', kind: 'case_closed', lang: 'en', caseId: CASE.ben2, trusted: false,
    note: 'closure notice; topmost result is a dmarc fail with a planted pass lower down',
    to: BEN.keep, date: rfcDate('2026-10-12 09:00:00'), auth: 'failThenForged', enc: 'ascii7',
    text: `Hello Ben,

This case has been closed. Thank you for contacting AWS Training and Certification.`,
  }),
  sup({
    slug: 'en-cc-sofia-short-lf', kind: 'case_closed', lang: 'en', caseId: CASE.sofia, crlf: false,
    note: 'short closing notice after no response',
    to: SOFIA.keep, date: rfcDate('2026-07-31 05:12:00'), enc: 'ascii7',
    text: `Hi Sofia,
Closing this one out since we didnt hear back. Reply anytime to reopen.
Priyanka`,
  }),

  // ---------------- support_reply ----------------
  sup({
    slug: 'en-sr-thanks-confirming', kind: 'support_reply', lang: 'en', caseId: CASE.ben, trap: true,
    note: 'thanks for confirming, forwarded to the back-end team; merge not done yet',
    to: BEN.keep, date: rfcDate('2026-02-07 12:00:30'), enc: 'ascii7',
    text: `Hello Ben,

Thank you for confirming. I've forwarded your request to our back-end team, who will carry out the merge. This usually takes 3-5 business days.

${SIG_EN('Marcus')}`,
  }),
  sup({
    slug: 'en-sr-once-finalized', kind: 'support_reply', lang: 'en', caseId: CASE.sofia, trap: true,
    note: 'future: will let the customer know once the merge is finalized',
    to: SOFIA.keep, date: rfcDate('2026-07-14 10:30:00'), enc: 'utf8qp',
    text: `Hi Sofia,

Thanks! Once the merge is finalized, we'll let you know here. No action is needed from you in the meantime.

Priyanka`,
  }),
  sup({
    slug: 'en-sr-unable-exam', kind: 'support_reply', lang: 'en', caseId: CASE.ben2, trap: true,
    note: 'we are unable to merge while an exam is scheduled on the source account',
    to: BEN.keep, date: rfcDate('2026-10-03 09:45:00'), enc: 'ascii7',
    text: `Hi Ben,

Unfortunately we are unable to merge the accounts while there is an exam scheduled on ${BEN.srcId}. Once you have sat the exam and your result is posted, let us know and we'll pick this up again.

${SIG_EN('Hannah')}`,
  }),
  sup({
    slug: 'en-sr-writefromkeep', kind: 'support_reply', lang: 'en', caseId: CASE.tom, trap: true,
    note: '"write to us from the address you keep" without asking for any data',
    to: TOM.src, date: rfcDate('2026-08-10 18:40:00'), enc: 'ascii7',
    text: `Hello Tom,

Thanks for reaching out. Please write to us from the email address of the account you intend to keep, replying on this same case.

Ines`,
  }),
  sup({
    slug: 'en-sr-escalated', kind: 'support_reply', lang: 'en', caseId: CASE.ben2,
    note: 'escalation/status update',
    to: BEN.keep, date: rfcDate('2026-10-06 14:00:00'), enc: 'utf8qp',
    text: `Hi Ben,

I wanted to give you a quick update: your request has been escalated to our specialist team. I'll get back to you as soon as I hear from them.

${SIG_EN('Hannah')}`,
  }),
  sup({
    slug: 'en-sr-dupcases-continue', kind: 'support_reply', lang: 'en', caseId: CASE.tom, trap: true,
    note: 'we merged your duplicate cases and continue on this one; not the account merge',
    to: TOM.keep, date: rfcDate('2026-08-12 07:10:00'), enc: 'ascii7',
    text: `Hello Tom,

Just so you know, we merged your duplicate cases into this one (${CASE.tom}); the other case has been closed. We're reviewing your request and will reply shortly.

Ines`,
  }),
  sup({
    slug: 'en-sr-voucher', kind: 'support_reply', lang: 'en', caseId: CASE.sofia,
    note: 'answers a question about the exam voucher benefit',
    to: SOFIA.keep, date: rfcDate('2026-07-09 13:22:00'), enc: 'utf8b64',
    text: `Hi Sofia,

Good question! Your 50% discount voucher stays valid until its original expiry date and will be visible under Benefits. Vouchers can't be extended, unfortunately.

Priyanka
AWS Training and Certification

On Thu, Jul 9, 2026 at 9:01 AM Sofia Lindqvist <${SOFIA.keep}> wrote:
> One more thing, what happens to my unused voucher?`,
  }),
  sup({
    slug: 'en-sr-notyet-lookalike', kind: 'support_reply', lang: 'en', caseId: CASE.ben, trusted: false, trap: true,
    note: 'the merge has not been completed yet (status); sender domain support-aws.com is a look-alike',
    from: 'AWS Support <cases@support-aws.com>', to: BEN.keep, date: rfcDate('2026-02-08 08:08:08'), enc: 'ascii7',
    text: `Hello Ben,

The merge has not been completed yet. It is still pending with our team. We will update you.

AWS Support`,
  }),

  // ---------------- unrelated ----------------
  other({
    slug: 'en-u-survey', kind: 'unrelated', lang: 'en', caseId: CASE.ben, trusted: true, trap: true,
    note: 'survey: "Was your issue resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: BEN.keep, subject: 'How did we do? Tell us about your recent support case', date: rfcDate('2026-02-17 00:00:00'), auth: 'pass', enc: 'utf8qp',
    html: H('Survey', `<p>Hi Ben,</p><p>Your recent case (${CASE.ben}) was marked resolved. <b>Was your issue resolved?</b></p><table><tr><td>${BUTTON('https://survey.aws.example/r?v=yes', 'Yes', '#1d8102')}</td><td>${BUTTON('https://survey.aws.example/r?v=no', 'No', '#d13212')}</td></tr></table><p>It takes less than a minute.</p>`),
  }),
  other({
    slug: 'en-u-credly-hashicorp', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: TOM.keep, subject: 'HashiCorp sent you a new badge', date: rfcDate('2026-08-22 15:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Hi Tom,

HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge.

Accept your badge: https://www.credly.com/earner/earned/badge/77af01

${CREDLY_FOOTER_EN}`,
  }),
  other({
    slug: 'en-u-credly-mergecode', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: SOFIA.keep, subject: 'Complete your Credly account merge', date: rfcDate('2026-07-21 16:40:00'), auth: 'pass', enc: 'utf8qp',
    html: `<p>Hi Sofia,</p><p>Someone (hopefully you) asked to merge the Credly account ${esc(SOFIA.src)} into this one. Use this code to finish:</p><p style="font-size:24px;letter-spacing:4px"><b>715 208</b></p><p><a href="https://www.credly.com/account/merge/complete?t=ab12">Complete Account Merge</a></p><p style="font-size:11px">${esc(CREDLY_FOOTER_EN)}</p>`,
  }),
  other({
    slug: 'en-u-skillbuilder-marketing', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, trap: true,
    note: 'Skill Builder marketing ("complete your course", "confirm your spot")',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: BEN.keep, subject: 'Complete your learning plan and confirm your spot in our next live session', date: rfcDate('2026-03-02 16:00:00'), auth: 'pass', enc: 'utf8qp',
    html: H('Skill Builder', `<p>Hi Ben,</p><p>You're 80% through <b>Cloud Practitioner Essentials</b>. Complete it this week and confirm your spot in our live exam-prep session!</p>${BUTTON('https://skillbuilder.aws/learn', 'Continue learning')}<p style="font-size:11px">Unsubscribe | Preferences</p>`),
  }),
  other({
    slug: 'en-u-own-sent-consent', kind: 'unrelated', lang: 'en', caseId: CASE.sofia, trusted: false, trap: true,
    note: 'the user\'s own sent reply giving consent (Sent copy): no news from support',
    from: `Sofia Lindqvist <${SOFIA.keep}>`, to: SUPPORT, rcpt: SOFIA.keep, deliveredTo: SOFIA.keep, subject: `Re: ${formSubject(CASE.sofia)}`, date: rfcDate('2026-07-14 10:02:11', '+0200'), auth: 'pass', enc: 'utf8qp',
    extra: ['X-Mailer: Apple Mail (2.3826.500.181.1.5)'],
    text: `Yes, go ahead and merge them. I confirm.

Sofia

> On 13 Jul 2026, at 09:20, AWS Training and Certification <${SUPPORT_BARE}> wrote:
>
> Just following up - we're still waiting for your approval.`,
  }),
  other({
    slug: 'en-u-ooo-former', kind: 'unrelated', lang: 'en', caseId: CASE.ben, trusted: false,
    note: 'out-of-office reply from the contractor firm\'s mailbox',
    from: MANAGER_EN, to: BEN.keep, subject: `Automatic reply: RE: ${formSubject(CASE.ben)}`, date: rfcDate('2026-02-06 18:45:00', '-0500'), auth: 'pass', enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: r.nguyen@contractor.example.com'],
    text: `I am out of the office until February 16 with limited access to email. For urgent matters please contact the service desk.`,
  }),
  other({
    slug: 'en-u-pearson-elsewhere', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, forUser: false, trap: true,
    note: 'exam appointment confirmation addressed to someone else',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: 'Jordan Lee <jordan.lee@example.com>', subject: 'Appointment confirmation: AWS Certified Solutions Architect - Associate', date: rfcDate('2026-09-01 13:00:00'), auth: 'pass', enc: 'ascii7',
    text: `Dear Jordan Lee,

Thank you for scheduling your exam. Please confirm the details below:

Exam: SAA-C03 AWS Certified Solutions Architect - Associate
Date: 2026-09-20 10:00
Delivery: OnVUE online proctored

Registration ID: 492-117-338`,
  }),
  other({
    slug: 'en-u-reinvent-registered', kind: 'unrelated', lang: 'en', caseId: null, trusted: true, trap: true,
    note: 'event registration "complete" from an AWS marketing subdomain',
    from: 'AWS Events <aws-events@events.aws.amazon.com>', to: TOM.keep, subject: 'Your registration is complete', date: rfcDate('2026-09-05 17:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `Hi Tom,

Your registration for AWS re:Invent is complete. Your confirmation number is RI-55021.

Add the event to your calendar and start building your agenda.

${LEGAL_LONG_EN}`,
  }),
  other({
    slug: 'en-u-colleague-teamlist', kind: 'unrelated', lang: 'en', caseId: null, trusted: false, forUser: false, trap: true,
    note: 'a colleague\'s tip to a team list about merging cert accounts; not addressed to the user',
    from: 'Priya Raman <priya.raman@startup.example.io>', to: TEAM_LIST, subject: 'PSA: merge your AWS cert accounts before you lose your work email', date: rfcDate('2026-05-02 09:30:00', '+0530'), auth: 'pass', enc: 'utf8qp',
    text: `Hi all,

Quick PSA: if your AWS certs are on your work address, open a case with AWS T&C support and ask them to merge it into a personal account. They'll ask which account to keep and for the candidate IDs, then ask you to confirm. Took me about a week and the badges came over after a reminder.

Priya`,
  }),
];

void SUPPORT;
