// English messages of the second held-out corpus. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  ALEX,
  ALEX_REQ,
  AWS_NOTIFY,
  AWS_SUPPORT_NOTIFY,
  CASE,
  CREDLY_AWS,
  E,
  MARIA,
  MARIA_REQ,
  PORTAL,
  PRIYA,
  PRIYA_REQ,
  SUPPORT,
  SUPPORT_BARE,
  esc,
  formSubject,
  formSubject0,
  gmailEn,
  mk,
  olEn,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const A = E(ALEX);
const P = E(PRIYA);
const M = E(MARIA);

const feedback = `We value your feedback. Please share your experience by rating this correspondence using the link at the end of this message.`;
const sig1 = `Best regards,

Daniel R.
AWS Training and Certification Customer Support`;
const sig2 = `Kind regards,
Sofia
AWS T&C Support | Amazon Web Services`;
const sig3 = `Thanks,
Marcus - AWS Training & Certification`;
const sig4 = `Sincerely,
Aisha Bello
Customer Service Associate, AWS Training and Certification`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'case-created-no-reply',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.alexA,
    note: 'automatic receipt from no-reply-aws with the case ID and response-time promise',
    from: AWS_NOTIFY,
    subject: `Your case ${CASE.alexA} has been created`,
    date: rfcDate('2026-11-02 15:20:44'),
    text: `Hello,

Thank you for contacting AWS Training and Certification. We have created case ${CASE.alexA} for your inquiry.

Our team typically responds within 24 hours. If you have already opened a case about this request, please do not open another one; duplicate cases can delay our reply.

This email was sent from an address that cannot accept incoming email.

Amazon Web Services`,
  }),
  mk({
    slug: 'form-first-mail-we-aim',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.priyaA,
    note: 'first mail from the form address (no RE:): thanks, aim to respond, no duplicate case',
    to: P,
    subject: formSubject0(CASE.priyaA),
    date: rfcDate('2026-11-04 09:03:10'),
    enc: 'utf8qp',
    text: `Dear Customer,

We’ve received your message and a member of our team will get back to you as soon as possible – usually within 1–2 business days.

To help us serve you faster, please avoid submitting the same request more than once.

Case reference: ${CASE.priyaA}

AWS Training and Certification`,
  }),
  mk({
    slug: 'receipt-info-you-provided',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.mariaA,
    trap: true,
    note: 'receipt that echoes "information you provided" (merge, confirm); only acknowledges the case',
    from: AWS_SUPPORT_NOTIFY,
    to: M,
    subject: `AWS Support case ${CASE.mariaA} received`,
    date: rfcDate('2026-11-06 20:41:07'),
    text: `We received your request.

Information you provided:
  Inquiry type: AWS Training and Certification
  Issue: Account merge
  Description: ${MARIA_REQ}
  Contact email: ${MARIA.keep}

Case ID: ${CASE.mariaA}

An agent will review your case and respond by email. You can also view the case in the Support Center.`,
  }),
  mk({
    slug: 'no-ar-receipt',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.priyaB,
    trusted: false,
    auth: 'none',
    note: 'receipt without any Authentication-Results header: untrusted',
    from: AWS_NOTIFY,
    to: P,
    subject: `Case ${CASE.priyaB} opened`,
    date: rfcDate('2026-11-10 07:07:54'),
    text: `Thank you for contacting AWS. Case ${CASE.priyaB} has been opened. We will respond within 24 hours.`,
  }),
  mk({
    slug: 'html-only-receipt-en',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.mariaB,
    note: 'HTML-only receipt with case ID and expected response time',
    from: AWS_NOTIFY,
    to: M,
    subject: `We received your request (Case ID ${CASE.mariaB})`,
    date: rfcDate('2026-11-19 13:31:31'),
    enc: 'utf8qp',
    html: `<!DOCTYPE html><html><body style="margin:0;font-family:Amazon Ember,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px;color:#fff">Amazon Web Services</td></tr>
<tr><td style="padding:24px">
<p>Hi ${esc(MARIA.name)},</p>
<p>Thanks for reaching out to AWS Training and Certification. Your request is logged as case <strong>${CASE.mariaB}</strong>.</p>
<p>Expected first response: within 24 hours.</p>
<p style="color:#555">Please don’t create a new case for the same question – just reply to this thread if you have more to add.</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'receipt-to-team-list',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.otherEn,
    forUser: false,
    note: "receipt sent to a team distribution list, not to any of the user's addresses",
    from: AWS_NOTIFY,
    to: 'Cloud Team <cloud-certs@work.example.net>',
    subject: `Your case ${CASE.otherEn} has been created`,
    date: rfcDate('2026-11-12 16:16:16'),
    text: `Hello,

Thank you for contacting AWS Training and Certification. We have created case ${CASE.otherEn}. A specialist will respond within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'we-got-it-id-in-body',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.alexDup,
    note: 'receipt whose case ID is only in the body; subject has none',
    from: AWS_SUPPORT_NOTIFY,
    subject: "We've got your request",
    date: rfcDate('2026-11-02 15:49:03'),
    enc: 'utf8b64',
    text: `Hi ${ALEX.name},

Thanks for getting in touch. Your support request is now in our queue.

Case number: ${CASE.alexDup}
Category: Certification > Account assistance

Hang tight - someone from the team will reply within one business day.

- AWS Support`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'suggested-answer-genai',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI-generated suggestion to use the Merge Accounts tool',
    from: AWS_NOTIFY,
    subject: 'Suggested answer for your question',
    date: rfcDate('2026-11-02 15:10:00'),
    text: `This answer was generated by AI and may contain errors.

You asked: How do I merge two AWS Certification accounts?

Suggested answer:
You can usually combine duplicate certification accounts yourself. Sign in to your AWS Certification account, open your profile and select "Merge Accounts". Enter the credentials of the other account and follow the prompts.

If the tool reports that both accounts hold certification history, choose "Create case" to contact support.

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'ai-after-merge-badges-move',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'AI answer that explains badges move after a merge; still an AI answer',
    from: AWS_NOTIFY,
    to: P,
    subject: 'Automated answer: certification account merge',
    date: rfcDate('2026-11-04 08:55:32'),
    enc: 'utf8qp',
    text: `Generated response (AI)

Once two certification accounts are merged, all certifications, exam history and benefits appear under the account you keep, and your Credly badges are transferred to that account's email address. You'll receive an email from Credly asking you to accept them.

To start, use the Merge Accounts tool in your certification profile. If it can't merge your accounts, you can create a support case.`,
  }),
  mk({
    slug: 'misaligned-dkim-ai',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trusted: false,
    auth: 'misaligned',
    note: 'AI-style answer whose DKIM is for an unrelated domain and dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: M,
    subject: 'Your AI-generated answer is ready',
    date: rfcDate('2026-11-06 20:20:20'),
    text: `Based on your question, we recommend using the self-service Merge Accounts tool. Sign in at the link below to continue.
https://aws-cert-merge.example.org/signin`,
  }),
  mk({
    slug: 'ai-html-alt-steps',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI answer in multipart/alternative with steps and a case-creation fallback',
    from: AWS_NOTIFY,
    to: M,
    subject: 'Here is an answer to your question (generated by AI)',
    date: rfcDate('2026-11-06 20:35:12'),
    enc: 'utf8qp',
    text: `Here's what we found:

1. Sign in to AWS Certification with your AWS Builder ID.
2. Go to Profile > Merge Accounts.
3. Enter the email and password of your other certification account.

Note: this tool can't be used when both accounts have earned certifications. In that case, please create a case and our team will help.

This content was generated by artificial intelligence.`,
    html: `<div style="font-family:Arial"><p>Here's what we found:</p>
<ol><li>Sign in to AWS Certification with your AWS Builder ID.</li><li>Go to <b>Profile &gt; Merge Accounts</b>.</li><li>Enter the email and password of your other certification account.</li></ol>
<p><i>Note: this tool can't be used when both accounts have earned certifications. In that case, please create a case and our team will help.</i></p>
<p style="font-size:11px;color:#777">This content was generated by artificial intelligence.</p></div>`,
  }),
  mk({
    slug: 'looks-like-combine-profiles',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'automated assistant guessing the intent and pointing to self-service',
    from: AWS_NOTIFY,
    to: P,
    subject: 'Quick help from AWS',
    date: rfcDate('2026-11-04 08:50:11'),
    enc: 'utf8b64',
    text: `Hi there,

It looks like you'd like to combine two certification profiles. Good news - in many cases you can do this on your own in a few minutes with the account merge feature on the AWS Certification site.

Still stuck? Continue to create a case and a person will take a look.

(Automated assistant)`,
  }),
  mk({
    slug: 'automated-if-not-resolved',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.priyaB,
    trap: true,
    note: 'automated answer on the case ("if this did not resolve your issue, reply"): not a closing',
    from: AWS_SUPPORT_NOTIFY,
    to: P,
    subject: `Case ${CASE.priyaB}: automated response`,
    date: rfcDate('2026-11-10 07:09:00'),
    text: `This is an automated response to case ${CASE.priyaB}.

Most duplicate AWS Certification accounts can be merged with the Merge Accounts tool in the certification portal. Relevant article: "Merging AWS Certification accounts".

If this did not resolve your issue, simply reply to this email and a support agent will follow up.`,
  }),
  mk({
    slug: 'ai-answer-with-case-id',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.mariaA,
    note: 'AI-generated first answer attached to the case before a human looks at it',
    from: AWS_SUPPORT_NOTIFY,
    to: M,
    subject: `Re: Case ${CASE.mariaA} - AI-assisted answer`,
    date: rfcDate('2026-11-06 20:44:40'),
    enc: 'utf8qp',
    text: `Hello ${MARIA.name},

While your case (${CASE.mariaA}) waits for an agent, here is an answer generated by our AI assistant:

Accounts registered with a university address can be merged into a personal account. Try Profile > Merge Accounts first; if both accounts hold certifications the tool will ask you to contact support, which you have already done.

No action is needed if you prefer to wait for an agent.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'need-candidate-ids-sf-quote',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.alexA,
    note: 'asks for both candidate IDs, login emails and which account to keep',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-03 18:02:51'),
    text: `Hello Alex,

Thank you for contacting AWS Training and Certification.

To proceed with your request, please provide the following details for each account:
- AWS Candidate ID (begins with "AWS")
- Email address used to sign in
- Which account you would like to keep as the primary account

Once we have this information, we'll be glad to assist further.

${feedback}

${sig1}

${sfRef('0Ab9Kx2')}

${sfOriginal(A, '11/2/2026 3:20 PM', SUPPORT_BARE, formSubject0(CASE.alexA), ALEX_REQ)}`,
  }),
  mk({
    slug: 'could-you-confirm-retain-email',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.priyaA,
    trap: true,
    note: '"confirm the email of the account you retain" asks for information, not consent',
    to: P,
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-05 11:15:37'),
    enc: 'utf8qp',
    text: `Hi Priya,

Thanks for your patience. Could you please confirm the email address associated with the account you'd like to retain? We found three profiles that could be yours, and we want to make sure we pick the right one.

${sig2}`,
  }),
  mk({
    slug: 'lookalike-verify-domain-info',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.alexA,
    trusted: false,
    note: 'info request from a look-alike domain (amazon.com.account-verify.co): untrusted',
    from: 'AWS Training and Certification <support@amazon.com.account-verify.co>',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-03 21:44:10'),
    text: `Dear Alex,

To complete your account review, reply with your Candidate IDs, date of birth and the password for both accounts.

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-to-other-person',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.otherEn,
    forUser: false,
    note: 'info request addressed to another person (a colleague), not the user',
    to: 'Jordan Lee <jordan.lee@work.example.net>',
    subject: formSubject(CASE.otherEn),
    date: rfcDate('2026-11-13 17:30:01'),
    text: `Hello Jordan,

Please send us the Candidate IDs of both certification accounts and tell us which email address should remain active after the merge.

${sig3}`,
  }),
  mk({
    slug: 'name-mismatch-provide',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.mariaA,
    note: 'names differ between the accounts; asks for the legal name and both addresses',
    to: M,
    subject: formSubject(CASE.mariaA),
    date: rfcDate('2026-11-08 10:10:48'),
    enc: 'utf8qp',
    text: `Hi María,

I checked both profiles and the names don't match exactly ("Maria Garcia" vs "M. García López"). Before we can go any further, kindly provide:

  • your full legal name as shown on your ID
  • the email address on each profile

Thank you!

${sig4}`,
  }),
  mk({
    slug: 'outlook-original-which-primary',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.alexDup,
    note: 'asks which email should be primary; Outlook -----Original Message----- quote',
    subject: formSubject(CASE.alexDup),
    date: rfcDate('2026-11-03 19:19:19'),
    text: `Alex,

Which of the two email addresses would you like to be the primary one going forward? Let us know and we'll take it from there.

${sig3}

${olEn(A, 'Monday, November 2, 2026 3:49 PM', SUPPORT_BARE, formSubject0(CASE.alexDup), ALEX_REQ)}`,
  }),
  mk({
    slug: 'write-from-keep-and-ids',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.priyaB,
    note: 'asks to write from the kept address and include both Candidate IDs: information request',
    to: `Priya Nair <${PRIYA.src}>`,
    cc: P,
    subject: formSubject(CASE.priyaB),
    date: rfcDate('2026-11-11 12:00:12'),
    text: `Hello Priya,

For security reasons we can only action merge requests sent from the address of the account being kept. Please reply from ${PRIYA.keep} and include the Candidate ID of each account.

${sig1}`,
  }),
  mk({
    slug: 'html-alt-missing-details',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.mariaB,
    note: 'multipart info request: list of missing details',
    to: M,
    subject: formSubject(CASE.mariaB),
    date: rfcDate('2026-11-20 09:45:00'),
    enc: 'utf8qp',
    text: `Hello Maria,

We're missing a few details needed to locate your accounts:
1) Candidate ID of the university account
2) Approximate date of your Cloud Practitioner exam
3) The test centre or online proctoring option used

Please reply with these at your earliest convenience.

${sig2}`,
    html: `<p>Hello Maria,</p>
<p>We're missing a few details needed to locate your accounts:</p>
<ol><li>Candidate ID of the university account</li><li>Approximate date of your Cloud Practitioner exam</li><li>The test centre or online proctoring option used</li></ol>
<p>Please reply with these at your earliest convenience.</p>
<p>Kind regards,<br>Sofia<br>AWS T&amp;C Support | Amazon Web Services</p>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'reply-i-agree-authorize',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.alexA,
    note: 'asks the user to reply "I agree" to authorize an irreversible merge',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-04 17:40:05'),
    text: `Hello Alex,

Thank you for the details. We're ready to merge ${ALEX.srcId} into ${ALEX.keepId}.

Please be aware that this action cannot be reversed. To authorize it, reply to this email with "I agree".

${feedback}

${sig1}`,
  }),
  mk({
    slug: 'if-details-correct-reply',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.priyaA,
    note: 'asks the user to reply if the details are correct so support can proceed; IDs in between',
    to: P,
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-06 10:02:30'),
    enc: 'utf8qp',
    text: `Hi Priya,

Here is what we plan to do:

  Account to keep:   ${PRIYA.keepId} – ${PRIYA.keep}
  Account to retire: ${PRIYA.srcId} – ${PRIYA.src}

If the details above are correct, simply reply to this email and we'll proceed. Please note that once combined, the accounts can't be separated again.

${sig2}`,
  }),
  mk({
    slug: 'fail-then-forged-consent',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.mariaA,
    trusted: false,
    auth: 'failThenForged',
    note: 'topmost Authentication-Results says dmarc=fail; a planted pass sits lower: untrusted',
    to: M,
    subject: formSubject(CASE.mariaA),
    date: rfcDate('2026-11-09 03:33:33'),
    text: `Maria,

Your merge is pending your approval. Click below within 24 hours to approve, otherwise both accounts will be suspended.
https://aws-training-approvals.example.com/approve

AWS Training and Certification`,
  }),
  mk({
    slug: 'resent-old-job-consent',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.priyaA,
    forUser: false,
    note: 'consent request bounced on from the old employer mailbox (Resent-*): not delivered to the user directly',
    to: `Priya Nair <${PRIYA.src}>`,
    resent: { from: PRIYA.src, to: PRIYA.keep, date: rfcDate('2026-11-06 10:30:00') },
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-06 10:05:00'),
    text: `Hi Priya,

Before we merge the accounts, we need your explicit consent, as the merge is permanent. Please reply to confirm you want us to go ahead.

${sig2}`,
  }),
  mk({
    slug: 'need-your-consent-permanent',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.mariaB,
    note: 'asks for consent because merging is permanent',
    to: M,
    subject: formSubject(CASE.mariaB),
    date: rfcDate('2026-11-21 14:14:14'),
    enc: 'utf8b64',
    text: `Hello Maria,

Thanks for sending the details - I was able to find both profiles.

Before we proceed, we need your consent: merging certification accounts is permanent, and the university profile (${MARIA.srcId}) will no longer be accessible afterwards. All history will appear under ${MARIA.keepId}.

Do you give us permission to go ahead?

${sig4}`,
  }),
  mk({
    slug: 'can-you-confirm-merge-into',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.alexDup,
    note: 'asks the user to confirm merging one candidate ID into the other; cannot be separated',
    subject: formSubject(CASE.alexDup),
    date: rfcDate('2026-11-04 18:01:00'),
    enc: 'utf8qp',
    text: `Hi Alex,

Can you confirm you want us to merge ${ALEX.srcId} into ${ALEX.keepId}? Once merged they can’t be split apart.

${sig3}

${gmailEn('2026-11-04 08:12', A)}
${quote('The personal one (alex.kim@example.com) should be primary.')}`,
  }),
  mk({
    slug: 'html-only-action-required',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.priyaB,
    note: 'HTML-only "action required": approval needed before the irreversible merge',
    to: P,
    subject: `Action required: ${formSubject(CASE.priyaB)}`,
    date: rfcDate('2026-11-12 08:08:20'),
    enc: 'utf8qp',
    html: `<html><body>
<p><b>Action required</b></p>
<p>Hello Priya,</p>
<p>We have everything we need. The last step is your approval: please respond to this message stating that you approve merging <b>${PRIYA.srcId}</b> into <b>${PRIYA.keepId}</b>.</p>
<p>This operation is irreversible.</p>
<p>Marcus - AWS Training &amp; Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'respond-with-approval-gmail',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.mariaA,
    note: 'asks the user to respond with approval to proceed; Gmail quote below',
    to: M,
    subject: formSubject(CASE.mariaA),
    date: rfcDate('2026-11-10 15:50:06'),
    enc: 'utf8qp',
    text: `Hello Maria,

Thanks for the information. Please respond with your approval and we will combine your university account into your personal one. Keep in mind this can't be undone.

${sig4}

${gmailEn('2026-11-10 11:02', M)}
${quote('My legal name is Maria Garcia Lopez. Emails: mgarcia@uni.example.edu and maria.garcia@example.es.')}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'i-have-merged-primary',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.alexA,
    note: 'support says it has merged the accounts',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-05 12:12:12'),
    text: `Hi Alex,

I have merged your accounts. ${ALEX.keepId} is now your primary account and holds all of your certifications and exam history.

${sig1}

${sfOriginal(A, '11/4/2026 7:15 PM', SUPPORT_BARE, formSubject(CASE.alexA), 'I agree.\nAlex')}`,
  }),
  mk({
    slug: 'portal-merged-notice-en',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: "certification portal's own \"accounts have been merged\" notice, no case ID",
    from: PORTAL,
    to: P,
    subject: 'Your AWS Certification accounts have been merged',
    date: rfcDate('2026-11-07 06:00:00'),
    enc: 'utf8qp',
    text: `Hello ${PRIYA.name},

Your AWS Certification accounts have been merged. Your certifications, exam history and benefits are now available under ${PRIYA.keepId}.

Sign in: https://www.aws.training/certification

AWS Certification`,
    html: `<table width="600" style="font-family:Arial"><tr><td>
<h2 style="color:#232f3e">Your AWS Certification accounts have been merged</h2>
<p>Hello ${esc(PRIYA.name)},</p>
<p>Your certifications, exam history and benefits are now available under ${PRIYA.keepId}.</p>
<p><a href="https://www.aws.training/certification">Sign in</a></p></td></tr></table>`,
  }),
  mk({
    slug: 'lookalike-support-merged',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.mariaA,
    trusted: false,
    note: 'completion notice from a look-alike domain (aws-training.support): untrusted',
    from: 'AWS Training and Certification <cases@aws-training.support>',
    to: M,
    subject: formSubject(CASE.mariaA),
    date: rfcDate('2026-11-11 04:04:40'),
    text: `Hi Maria,

Your accounts were merged successfully. To keep your badges, sign in within 24 hours: https://aws-training.support/login

AWS Training and Certification`,
  }),
  mk({
    slug: 'merged-please-check-looks-right',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.priyaA,
    trap: true,
    note: 'merge done; "please check that all looks right" does not make it a confirmation request',
    to: P,
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-07 09:30:50'),
    enc: 'utf8qp',
    text: `Hi Priya,

Good news: the merge is complete. Please sign in with ${PRIYA.keep} and check that all looks right — certifications, exam history and your 50% voucher should all be there. Let us know if anything is missing.

${sig2}`,
  }),
  mk({
    slug: 'merged-and-closing',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.mariaB,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: M,
    subject: formSubject(CASE.mariaB),
    date: rfcDate('2026-11-23 10:00:31'),
    text: `Hello Maria,

Your two AWS Certification accounts were merged into ${MARIA.keepId} earlier today. As there is nothing else pending, I'll be closing this case now.

${sig4}`,
  }),
  mk({
    slug: 'consolidation-done-outlook',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.alexDup,
    note: 'consolidation is done, history now under the kept ID; Outlook quote',
    subject: formSubject(CASE.alexDup),
    date: rfcDate('2026-11-06 16:45:12'),
    enc: 'utf8b64',
    text: `Hello Alex,

The consolidation is done. Your exam history and both certifications now appear under ${ALEX.keepId}; the other profile has been deactivated.

${sig3}

${olEn(A, 'Wednesday, November 4, 2026 8:20 PM', SUPPORT_BARE, formSubject(CASE.alexDup), 'Yes, I confirm. Please go ahead.')}`,
  }),
  mk({
    slug: 'acounts-merge-sucessfully-typo',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.priyaB,
    note: 'completion with typos ("acounts have been merge sucessfully")',
    to: P,
    subject: formSubject(CASE.priyaB),
    date: rfcDate('2026-11-13 22:22:02'),
    crlf: false,
    text: `Hi Priya

your acounts have been merge sucessfully, you can now login with ${PRIYA.keep} and see all certs.

thx
Marcus`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'credly-aws-accept-your-badge',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: "AWS's badge via Credly to the kept address: Accept your badge",
    from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: rfcDate('2026-11-06 02:31:44'),
    enc: 'utf8qp',
    text: `Congratulations, ${ALEX.name}!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer – Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/3f1e8d20-44a1-4c0b-8b9e-61d7c2a9e0f5

Credly, Inc. | 13 East 37th Street, New York, NY`,
    html: `<table width="600" align="center" style="font-family:Helvetica,Arial"><tr><td align="center">
<h1>Congratulations, ${esc(ALEX.name)}!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Developer – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1e8d20-44a1-4c0b-8b9e-61d7c2a9e0f5" style="background:#ff6b00;color:#ffffff;padding:12px 20px;text-decoration:none">Accept your badge</a></p></td></tr></table>`,
  }),
  mk({
    slug: 'moved-credly-badges-retained',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.alexA,
    note: 'support says it moved the Credly badges to the retained account',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-07 14:03:03'),
    text: `Hi Alex,

Following up on your note about Credly: I've moved your badges to the retained account (${ALEX.keep}). They should be visible on your Credly dashboard now; you may need to sign out and back in.

${sig1}

${gmailEn('2026-11-06 09:40', A)}
${quote('Thanks for the merge! One thing though - my Credly badges are still on my work email.')}`,
  }),
  mk({
    slug: 'credly-three-badges-reissued',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly: AWS re-issued three badges to the kept address (plural)',
    from: CREDLY_AWS,
    to: M,
    subject: "You've received 3 badges from Amazon Web Services Training and Certification",
    date: rfcDate('2026-11-24 01:15:15'),
    enc: 'utf8b64',
    text: `Hi ${MARIA.name},

Amazon Web Services Training and Certification issued you 3 badges:
 - AWS Certified Cloud Practitioner
 - AWS Certified Solutions Architect – Associate
 - AWS Certified AI Practitioner

Accept your badges: https://www.credly.com/earner/earned

You're receiving this because a badge was issued to ${MARIA.keep}.`,
  }),
  mk({
    slug: 'badges-moved-closing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.priyaA,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    to: P,
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-09 11:11:00'),
    enc: 'utf8qp',
    text: `Hi Priya,

Your Credly badges have now been transferred to ${PRIYA.keep} – you should have received Credly emails for each of them. Since everything is in place, I'm resolving this case.

${sig2}`,
  }),
  mk({
    slug: 'credly-lookalike-claim-net',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trusted: false,
    note: 'Credly-looking badge mail from credly.com.badge-claim.net: untrusted look-alike',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-claim.net>',
    to: P,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: rfcDate('2026-11-09 23:59:00'),
    text: `Congratulations! You have been issued a badge.

Accept your badge: https://credly.com.badge-claim.net/accept?id=88812`,
  }),
  mk({
    slug: 'reissued-to-keep-support',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.priyaB,
    note: 'support says badges were re-issued to the kept address on Credly',
    to: P,
    subject: formSubject(CASE.priyaB),
    date: rfcDate('2026-11-15 09:09:09'),
    enc: 'utf8qp',
    text: `Hello Priya,

Our Credly administrators re-issued your AWS badges to ${PRIYA.keep} this morning. The old badges on ${PRIYA.src} were revoked, so you'll only see the new ones.

${sig3}`,
  }),
  mk({
    slug: 'credly-plain-dkim-only',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: "AWS's badge via Credly, plain text, DKIM-only aligned pass",
    from: CREDLY_AWS,
    auth: 'dkimonly',
    subject: 'Amazon Web Services Training and Certification issued you a new badge',
    date: rfcDate('2026-11-07 20:20:02'),
    text: `${ALEX.name},

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Solutions Architect - Professional

Accept your badge:
https://www.credly.com/earner/earned/badge/91c0aa7e-2f6d-4b83-a5e1-0d3c7f9b8e21

Share it on LinkedIn to let your network know.`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'case-resolved-closed-notify',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.alexDup,
    note: 'AWS Support notification that the case was resolved and closed',
    from: AWS_SUPPORT_NOTIFY,
    subject: `Case ${CASE.alexDup} has been resolved`,
    date: rfcDate('2026-11-09 00:00:10'),
    text: `Your support case has been resolved.

Case ID: ${CASE.alexDup}
Subject: account-assistance
Status: Resolved

You can reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'no-reply-closing-in-3-days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.mariaA,
    note: 'reminder: the case will be closed in 3 days if there is no reply',
    to: M,
    subject: formSubject(CASE.mariaA),
    date: rfcDate('2026-11-14 16:00:00'),
    enc: 'utf8qp',
    text: `Hello Maria,

We haven't heard back from you. If we don't receive a response within 3 days, this case will be closed automatically. You can always reply to reopen it.

${sig4}`,
  }),
  mk({
    slug: 'as-merged-nov-closing',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.alexA,
    trap: true,
    note: 'closing notice that restates the merge done earlier: case_closed',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-12 12:00:00'),
    text: `Hi Alex,

As your accounts were merged on November 5 and the badges are showing correctly, we're going ahead and closing this case. Thanks for your patience.

${sig1}`,
  }),
  mk({
    slug: 'closed-to-other-person',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.otherEn,
    forUser: false,
    note: "closing notice for someone else's case, addressed to them",
    to: 'Jordan Lee <jordan.lee@work.example.net>',
    subject: formSubject(CASE.otherEn),
    date: rfcDate('2026-11-20 18:00:18'),
    text: `Hello Jordan,

This case is now closed. Reply to this email if you need anything else.

${sig3}`,
  }),
  mk({
    slug: 'forged-ar-below-closed',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.priyaB,
    trusted: false,
    auth: 'forgedBelow',
    note: 'closing notice with a dmarc=pass header planted below the server Received line: untrusted',
    to: P,
    subject: formSubject(CASE.priyaB),
    date: rfcDate('2026-11-16 05:55:05'),
    text: `Hello Priya,

This case has been closed. To keep your certifications, verify your account: https://aws-cert-verify.example.com

AWS Training and Certification`,
  }),
  mk({
    slug: 'html-resolved-notification',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.mariaB,
    note: 'HTML notification that the support case has been resolved',
    from: AWS_SUPPORT_NOTIFY,
    to: M,
    subject: `Your support case ${CASE.mariaB} is resolved`,
    date: rfcDate('2026-11-30 02:02:02'),
    enc: 'utf8qp',
    text: `Your support case ${CASE.mariaB} has been marked resolved and is now closed.`,
    html: `<div style="font-family:Arial"><h3>Case resolved</h3>
<p>Your support case <b>${CASE.mariaB}</b> has been marked resolved and is now closed.</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.mariaB}">View case</a></p></div>`,
  }),
  mk({
    slug: 'closing-duplicate-merged-into',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.alexDup,
    trap: true,
    note: 'closing a duplicate case that was merged into another case: not the account merge',
    subject: `Duplicate - ${formSubject(CASE.alexDup)}`,
    date: rfcDate('2026-11-03 08:08:08'),
    text: `Hi Alex,

This looks like a duplicate of case ${CASE.alexA}, so we've merged it into that case and are closing this one. We'll continue working with you there.

${sig3}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'thanks-for-confirming-passed',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.priyaA,
    trap: true,
    note: 'thanks for confirming; passed to the team, merge not done yet',
    to: P,
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-06 15:15:15'),
    text: `Hi Priya,

Thank you for confirming. I've passed your request to our accounts team, who will complete the merge. We'll update you as soon as they're done.

${sig2}`,
  }),
  mk({
    slug: 'once-merge-done-badges-will',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.mariaB,
    trap: true,
    note: 'future statement ("once the merge is done, your badges will move"): status only',
    to: M,
    subject: formSubject(CASE.mariaB),
    date: rfcDate('2026-11-22 09:30:00'),
    enc: 'utf8qp',
    text: `Hello Maria,

Thanks for approving. Once the merge is done, your Credly badges will be moved to ${MARIA.keep} as well, and we'll let you know here. No further action is needed from you right now.

${sig4}`,
  }),
  mk({
    slug: 'unable-to-merge-different-people',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.mariaA,
    trap: true,
    note: '"we are unable to merge" (policy answer), asks for nothing',
    to: M,
    subject: formSubject(CASE.mariaA),
    date: rfcDate('2026-11-12 11:00:00'),
    text: `Hello Maria,

Unfortunately, we are unable to merge these accounts: the university account was created by your institution's academy program and is managed by them. Your institution's AWS Academy administrator can release it; after that you're welcome to write to us again.

${sig4}`,
  }),
  mk({
    slug: 'escalated-3-5-days',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.alexA,
    note: 'escalation status update, no step of the merge',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-04 02:40:00'),
    enc: 'utf8b64',
    text: `Hi Alex,

Quick update: I've escalated your request to the certification operations team. They usually respond within 3-5 business days. I'll keep an eye on it and get back to you.

${sig1}`,
  }),
  mk({
    slug: 'not-completed-yet-working',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.priyaB,
    trap: true,
    note: '"the merge has not been completed yet": status, not completion',
    to: P,
    subject: formSubject(CASE.priyaB),
    date: rfcDate('2026-11-13 10:10:10'),
    text: `Hi Priya,

I checked with the team - the merge has not been completed yet, as it's still in their queue. Sorry for the wait; I'll follow up by Friday.

${sig3}

${gmailEn('2026-11-13 08:55', P)}
${quote('Any news on the merge?')}`,
  }),
  mk({
    slug: 'merged-your-duplicate-cases',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.alexA,
    trap: true,
    note: '"we merged your duplicate cases": case housekeeping, not the account merge',
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-03 08:20:00'),
    text: `Hello Alex,

I noticed you opened two cases (${CASE.alexA} and ${CASE.alexDup}) for the same request, so I've merged them. Please keep replying on this thread only.

Your request is in the queue and we'll be in touch shortly.

${sig3}`,
  }),
  mk({
    slug: 'amaz0n-lookalike-status',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.mariaB,
    trusted: false,
    note: 'status update from a look-alike domain (amaz0n-training.com): untrusted',
    from: 'AWS Training and Certification <aws-support@amaz0n-training.com>',
    to: M,
    subject: formSubject(CASE.mariaB),
    date: rfcDate('2026-11-21 17:00:00'),
    text: `Hello Maria,

We are still working on your request and will update you soon.

AWS Training and Certification`,
  }),
  mk({
    slug: 'recert-dates-answer',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.priyaA,
    note: 'human answer about expiry/recertification dates; no merge step',
    to: P,
    subject: formSubject(CASE.priyaA),
    date: rfcDate('2026-11-08 13:00:00'),
    enc: 'utf8qp',
    text: `Hi Priya,

To answer your question: each certification keeps its original expiration date (three years from the date you earned it). Combining profiles does not change those dates, and recertifying at the higher level extends the lower one as usual.

${sig2}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'survey-was-issue-resolved',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.alexA,
    trap: true,
    note: 'customer survey ("Was your issue resolved?"): unrelated',
    from: AWS_NOTIFY,
    subject: 'How did we do? Tell us about your recent support experience',
    date: rfcDate('2026-11-13 15:00:00'),
    enc: 'utf8qp',
    text: `Hello,

Your recent case ${CASE.alexA} was resolved. Was your issue resolved to your satisfaction?

Take our 2-minute survey: https://survey.aws.amazon.com/s/xyz789

Thank you for helping us improve.
Amazon Web Services`,
  }),
  mk({
    slug: 'microsoft-via-credly',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from Microsoft, not AWS: unrelated',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: P,
    subject: 'Microsoft sent you a new badge',
    date: rfcDate('2026-11-08 04:30:00'),
    enc: 'utf8qp',
    text: `Congratulations, ${PRIYA.name}!

Microsoft has issued you a badge: Microsoft Certified: Azure Administrator Associate.

Accept your badge: https://www.credly.com/earner/earned/badge/c0ffee12-3456-4789-abcd-ef0123456789`,
  }),
  mk({
    slug: 'university-via-credly',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: "a university's badge via Credly: other issuer, unrelated",
    from: 'Universidad Ejemplo via Credly <admin@credly.com>',
    to: M,
    subject: 'Universidad Ejemplo sent you a new badge',
    date: rfcDate('2026-11-17 08:00:00'),
    enc: 'utf8b64',
    text: `¡Enhorabuena, ${MARIA.name}!

Universidad Ejemplo has issued you a badge: Cloud Computing Fundamentals (Micro-credential).

Accept your badge: https://www.credly.com/earner/earned

Your badges have been added to your Credly profile once accepted.`,
  }),
  mk({
    slug: 'credly-complete-account-merge',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code mail: not the AWS certification merge",
    from: 'Credly <admin@credly.com>',
    subject: 'Confirm your Credly account merge',
    date: rfcDate('2026-11-08 19:19:00'),
    text: `Hi ${ALEX.name},

We received a request to merge the Credly account for ${ALEX.src} into your account.

Your authorization code: 731905

Or click "Complete Account Merge": https://www.credly.com/users/merge/complete

All accepted and pending badges will be added to the default account.`,
  }),
  mk({
    slug: 'pearson-appointment-confirmed',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trusted: false,
    trap: true,
    note: "exam appointment confirmation from the test vendor: unrelated, outside trusted domains",
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: M,
    subject: 'Confirmation of your AWS exam appointment',
    date: rfcDate('2026-11-18 12:00:00'),
    text: `Dear ${MARIA.name},

This confirms your appointment:
Exam: AWS Certified Developer - Associate (DVA-C02)
Date: Tuesday, December 8, 2026, 10:00 AM CET
Location: OnVUE online proctored

Registration ID: 488-120-993`,
  }),
  mk({
    slug: 'reinvent-registration-complete',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'event registration "complete" mail: marketing, unrelated',
    from: 'AWS re:Invent <reinvent@amazon.com>',
    to: P,
    subject: 'Your registration is complete - see you at re:Invent',
    date: rfcDate('2026-11-01 17:00:00'),
    enc: 'utf8qp',
    text: `Hi Priya,

Your registration is complete! AWS Certified attendees can visit the Certification Lounge - bring your digital badge to get in.

See you in Las Vegas.`,
    html: `<div><h1>Your registration is complete!</h1>
${paras('Hi Priya,\n\nAWS Certified attendees can visit the Certification Lounge - bring your digital badge to get in.\n\nSee you in Las Vegas.')}</div>`,
  }),
  mk({
    slug: 'own-sent-consent-reply',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.alexA,
    trusted: false,
    forUser: false,
    trap: true,
    note: "the user's own sent consent reply (Sent folder copy), addressed to support only",
    from: A,
    to: SUPPORT,
    deliveredTo: null,
    subject: formSubject(CASE.alexA),
    date: rfcDate('2026-11-04 19:15:02', '-0800'),
    text: `I agree.
Alex

${gmailEn('2026-11-04 09:40', SUPPORT)}
${quote(`Hello Alex,\n\nThank you for the details. We're ready to merge ${ALEX.srcId} into ${ALEX.keepId}.`)}`,
  }),
  mk({
    slug: 'coworker-ooo-received',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.alexA,
    trusted: false,
    trap: true,
    note: "a co-worker's out-of-office auto-reply quoting the case subject",
    from: 'Sam Ortiz <sam.ortiz@work.example.net>',
    to: A,
    subject: `Automatic reply: ${formSubject(CASE.alexA)}`,
    date: rfcDate('2026-11-05 12:20:00'),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Thank you for your message. I am out of the office until November 16 with limited access to email. Your message has been received and I will respond when I return.

Sam`,
  }),
  mk({
    slug: 'now-aws-certified-result',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'exam result ("you are now AWS Certified", badge to follow): not a merge step',
    from: PORTAL,
    subject: 'Congratulations, you are now AWS Certified',
    date: rfcDate('2026-11-25 07:45:00'),
    enc: 'utf8qp',
    text: `Dear ${ALEX.name},

Congratulations on earning AWS Certified DevOps Engineer - Professional! Your certification is now listed in your AWS Certification account, and your digital badge will arrive from Credly within a few days.

AWS Training and Certification`,
  }),
  mk({
    slug: 'bottom-posted-also-send-id',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.mariaB,
    note: 'bottom-posted agent reply: asks for the candidate ID of the university account',
    to: M,
    subject: `Re: ${formSubject(CASE.mariaB)}`,
    date: rfcDate('2026-11-20 16:30:00'),
    text: `> ${MARIA_REQ.split('\n').join('\n> ')}

Thanks Maria - found the personal profile (${MARIA.keepId}). Could you also send the Candidate ID shown on the university profile? It starts with "AWS".

Sofia
AWS T&C Support`,
  }),
];
