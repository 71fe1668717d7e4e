// English messages of heldout/d. Written fresh for this set.
import { rfcDate as d, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CHLOE, CHLOE_REQ, CREDLY_AWS, DAN, DAN_REQ, LENA, LENA_REQ, PORTAL, SIG_BOGDAN, SIG_JOANNE,
  SIG_KEISHA, SIG_RAVI, SUPPORT, SUPPORT_BARE, TOMASZ, TOMASZ_REQ, formSubject, formSubjectBare, gmailEn, mk,
  origMsg, outlookEn, paras, quote, thread, toolEn,
} from './common.js';

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'notify-case-opened', kind: 'acknowledgement', lang: 'en', caseId: CASE.dan,
    note: 'AWS Support notice that the case was created, with its ID',
    from: AWS_NOTIFY, to: DAN.keep, subject: `AWS Support case ${CASE.dan} opened`,
    date: d('2026-12-07 08:02:11'), enc: 'ascii7',
    text: `Hello,

Thanks for reaching out. We've opened support case ${CASE.dan} for you.

Subject: Two certification profiles
Category: AWS Training and Certification

A member of the team will get back to you, usually within one business day. Please don't open another case for the same request; duplicate cases slow things down.

View or update your case:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.dan}

Amazon Web Services`,
  }),
  mk({
    slug: 'form-we-have-your-request', kind: 'acknowledgement', lang: 'en', caseId: CASE.lena,
    note: 'form submission receipt from the support mailbox',
    from: SUPPORT, to: LENA.keep, subject: formSubjectBare(CASE.lena),
    date: d('2026-12-08 10:14:36'), enc: 'utf8qp',
    text: `Dear Lena Fischer,

Thank you for contacting AWS Training and Certification. This automated note is to let you know that your request has reached us and has been logged under case ${CASE.lena}.

One of our customer support associates will respond within 24–48 hours. If you need to add anything, just reply to this message — keep the case number in the subject line.

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'receipt-info-you-provided-html', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomasz, trap: true,
    note: 'receipt that echoes "the information you provided" (IDs, merge request); asks nothing',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubjectBare(CASE.tomasz),
    date: d('2026-12-09 06:50:02'), enc: 'utf8qp',
    text: `Hi Tomasz,

We received your inquiry (case ${CASE.tomasz}). Below is a copy of the information you provided:

Name: Tomasz Nowak
Candidate ID: ${TOMASZ.keepId}
Inquiry type: AWS Training and Certification > Certification > Account merge
Description: ${TOMASZ_REQ.split('\n').join(' ')}

No further action is needed right now. An agent will review your request and follow up by email.

AWS Training and Certification`,
    html: `<p>Hi Tomasz,</p>
<p>We received your inquiry (case ${CASE.tomasz}). Below is a copy of the information you provided:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Name</td><td>Tomasz Nowak</td></tr>
<tr><td>Candidate ID</td><td>${TOMASZ.keepId}</td></tr>
<tr><td>Inquiry type</td><td>AWS Training and Certification &gt; Certification &gt; Account merge</td></tr>
<tr><td>Description</td><td>${TOMASZ_REQ.split('\n').join(' ')}</td></tr>
</table>
<p>No further action is needed right now. An agent will review your request and follow up by email.</p>
<p>AWS Training and Certification</p>`,
  }),
  mk({
    slug: 'we-got-your-message-lf', kind: 'acknowledgement', lang: 'en', caseId: CASE.chloe, crlf: false,
    note: 'auto-receipt with the case ID only in the body (LF line ends)',
    from: SUPPORT, to: CHLOE.keep, subject: 'We got your message',
    date: d('2026-12-10 19:30:45'), enc: 'ascii7',
    text: `Hi Chloe,

Just a quick automatic note: your message arrived safely. Your reference is ${CASE.chloe}.
Someone from AWS Training and Certification support will pick it up soon.

-- This mailbox is monitored by our support tool. Replies are added to your case.`,
  }),
  mk({
    slug: 'subdomain-lookalike-receipt', kind: 'acknowledgement', lang: 'en', caseId: CASE.danDup, trusted: false,
    note: 'receipt from amazon.com.case-portal.net, a look-alike domain: untrusted',
    from: 'AWS Support <support@amazon.com.case-portal.net>', to: DAN.keep, subject: `Case ${CASE.danDup} received`,
    date: d('2026-12-07 13:13:13'), enc: 'ascii7',
    text: `Your case ${CASE.danDup} has been received and queued.
Expected first response: 24 hours.

To speed things up, sign in here: https://amazon.com.case-portal.net/login

AWS Support`,
  }),
  mk({
    slug: 'html-only-new-case-dkim', kind: 'acknowledgement', lang: 'en', caseId: CASE.chloe2, auth: 'dkimonly',
    note: 'HTML-only case-created notice; aligned DKIM only',
    from: AWS_NOTIFY, to: CHLOE.keep, subject: `New support case: ${CASE.chloe2}`,
    date: d('2026-12-16 07:40:00'), enc: 'utf8b64',
    html: `<html><body style="font-family:Amazon Ember,Arial,sans-serif">
<p>Hello Chloe,</p>
<p>We have created support case <strong>${CASE.chloe2}</strong> on your behalf.</p>
<p>Our Training and Certification team typically responds within 24 hours. You&rsquo;ll receive an email when there&rsquo;s an update.</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.chloe2}">View case</a></p>
<p style="color:#888">&copy; 2026 Amazon Web Services, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'dmarc-fail-assigned-specialist', kind: 'acknowledgement', lang: 'en', caseId: CASE.tomasz, trusted: false, auth: 'fail',
    note: 'case-received notice but dmarc=fail for amazon.com: untrusted',
    from: AWS_NOTIFY, to: TOMASZ.keep, subject: `We received your case ${CASE.tomasz}`,
    date: d('2026-12-09 06:55:00'), enc: 'ascii7',
    text: `Hello,

Your case ${CASE.tomasz} has been received and assigned to a specialist, who will contact you within 24 hours.

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-generated-profile-merge-tool', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'generated answer pointing to the Merge Accounts tool',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'Your answer from AWS Support',
    date: d('2026-12-07 07:58:40'), enc: 'ascii7',
    text: `This response was generated by AI and may contain errors.

You asked: "I ended up with two certification profiles ... Could they be combined under the personal address?"

You can usually combine AWS Certification accounts yourself. Sign in to the account you want to keep, open your profile menu and choose Merge Accounts, then sign in with the other account's credentials when prompted.
If both accounts already hold certifications, the tool may not be able to complete the request. In that case choose "Create case" to reach a support associate.

Learn more: https://aws.amazon.com/certification/faqs/`,
  }),
  mk({
    slug: 'amazon-q-suggested-multipart', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'Amazon Q suggested answer (multipart)',
    from: AWS_NOTIFY, to: LENA.keep, subject: 'Suggested answer for your question',
    date: d('2026-12-08 10:09:00'), enc: 'utf8qp',
    text: `Suggested answer (Amazon Q)

To consolidate two AWS Certification accounts, use the self-service Merge Accounts option in your AWS Certification account. You will need to be able to sign in to both.
If the option reports that it cannot merge your accounts, create a support case and include both candidate IDs.

Was this helpful? Yes | No`,
    html: `<h4>Suggested answer (Amazon Q)</h4>
<p>To consolidate two AWS Certification accounts, use the self-service <b>Merge Accounts</b> option in your AWS Certification account. You will need to be able to sign in to both.</p>
<p>If the option reports that it cannot merge your accounts, create a support case and include both candidate IDs.</p>
<p>Was this helpful? <a href="#">Yes</a> | <a href="#">No</a></p>`,
  }),
  mk({
    slug: 'ai-what-happens-after-merge', kind: 'ai_answer', lang: 'en', caseId: null, trap: true,
    note: 'automated answer describing what happens after a merge (badges, benefits): still an AI answer',
    from: AWS_NOTIFY, to: TOMASZ.keep, subject: 'Automated response to your inquiry',
    date: d('2026-12-09 06:45:30'), enc: 'utf8qp',
    text: `[Automated answer — generated content]

Here's what typically happens when two AWS Certification accounts are merged:
• All certifications, exam history and benefits from the secondary account appear in the primary account.
• The secondary account's login stops working.
• Credly badges may be re-issued to the primary email; we suggest accepting badges only after the merge has gone through.

To start, use Merge Accounts in your profile. If that isn't available, select "Create case".`,
  }),
  mk({
    slug: 'did-this-answer-create-case', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'very short automated suggestion with a "create case" option',
    from: AWS_NOTIFY, to: CHLOE.keep, subject: 'Re: your question',
    date: d('2026-12-10 19:25:10'), enc: 'ascii7',
    text: `Hi Chloe - try the Merge Accounts tool under your profile on aws.training. Did this answer your question? If not, choose Create case.

(Automated suggestion)`,
  }),
  mk({
    slug: 'no-auth-results-ai', kind: 'ai_answer', lang: 'en', caseId: null, trusted: false, auth: 'none',
    note: 'AI answer text without any Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'AI-generated guidance',
    date: d('2026-12-07 08:00:00'), enc: 'ascii7',
    text: `The following guidance was produced automatically.

To merge certification accounts, sign in to the account you wish to keep and use the Merge Accounts feature. If you cannot, open a case.`,
  }),
  mk({
    slug: 'while-you-wait-articles-b64', kind: 'ai_answer', lang: 'en', caseId: CASE.lena,
    note: 'automated while-you-wait answer with self-help articles for an open case',
    from: AWS_NOTIFY, to: LENA.keep, subject: `While you wait: case ${CASE.lena}`,
    date: d('2026-12-08 10:20:00'), enc: 'utf8b64',
    text: `Hi Lena,

While your case ${CASE.lena} is in the queue, these automatically selected answers might help:

1. How do I merge my AWS Certification accounts? – Use Merge Accounts from the account you want to keep.
2. I can't sign in with my old email – Reset your AWS Builder ID password first.
3. Where is my candidate ID? – Profile > Identification.

If one of these solves it, you don't need to do anything else; an agent will still follow up.

This message was generated automatically.`,
  }),
  mk({
    slug: 'virtual-assistant-dkim', kind: 'ai_answer', lang: 'en', caseId: null, auth: 'dkimonly',
    note: 'virtual assistant answer; aligned DKIM only',
    from: AWS_NOTIFY, to: CHLOE.keep, subject: 'Your chat with the AWS virtual assistant',
    date: d('2026-12-10 19:20:00'), enc: 'ascii7',
    text: `Transcript

You: how do i put my two certification accounts together
Assistant: I'm the AWS Training and Certification virtual assistant. You can combine accounts with the Merge Accounts tool in your certification profile. If both accounts have certifications, you'll need to open a support case so an associate can do it for you.
Assistant: Is there anything else I can help with?

This transcript was sent automatically.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'candidate-ids-and-primary', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'asks for both candidate IDs and which email to keep as primary',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-08 09:41:02'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification.

So that I can look into the merge, could you please send us:
  - the candidate ID (AWSxxxxxxxx) of each account, and
  - which of the two email addresses you'd like to keep as the primary login?

You'll find the candidate ID under My Profile > Identification in each account.

${SIG_RAVI}

${thread('d1')}

${toolEn(`Daniel Okafor <${DAN.keep}>`, '2026-12-07 08:01 UTC', 'Two certification profiles', DAN_REQ)}`,
  }),
  mk({
    slug: 'please-confirm-retained-email', kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: '"please confirm the email of the account you want to retain" asks for information',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-09 11:02:55'), enc: 'utf8qp',
    text: `Hi Lena,

Thanks for your patience. Before I can go any further, please confirm the email address associated with the account you want to retain, and let me know the candidate ID of your university account if you have it to hand.

${SIG_BOGDAN}

${toolEn(`Lena Fischer <${LENA.keep}>`, '2026-12-08 10:13 UTC', 'Account merge', LENA_REQ)}`,
  }),
  mk({
    slug: 'verify-ownership-exam-dates', kind: 'info_request', lang: 'en', caseId: CASE.tomasz,
    note: 'asks for exam names and dates to verify ownership of the source account',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz),
    date: d('2026-12-10 14:20:00'), enc: 'utf8qp',
    text: `Dear Tomasz,

To verify that both accounts belong to you, kindly reply with the names of the exams taken on ${TOMASZ.srcId} and the approximate dates you sat them. A rough month and year is fine.

Once verified, I'll get back to you with the next step.

${SIG_JOANNE}`,
    html: `<div>Dear Tomasz,</div><div><br></div>
<div>To verify that both accounts belong to you, kindly reply with the names of the exams taken on <b>${TOMASZ.srcId}</b> and the approximate dates you sat them. A rough month and year is fine.</div><div><br></div>
<div>Once verified, I'll get back to you with the next step.</div><div><br></div>
<div>Best,<br>Joanne<br>Customer Support Associate | AWS Training &amp; Certification</div>`,
  }),
  mk({
    slug: 'outlook-missing-login-email', kind: 'info_request', lang: 'en', caseId: CASE.chloe,
    note: 'top-posted reply asking for the login email of the second account',
    from: SUPPORT, to: CHLOE.keep, subject: `RE: ${formSubject(CASE.chloe)}`,
    date: d('2026-12-12 16:05:00'), enc: 'ascii7',
    text: `Hi Chloe,

We're still missing one piece: what's the login email of the second (work) account? The address you mentioned doesn't match any certification profile on our side - maybe it was registered with a different one?

${SIG_KEISHA}

${outlookEn(`Chloe Martin <${CHLOE.keep}>`, 'Friday, December 11, 2026 9:02 PM', SUPPORT_BARE, `RE: ${formSubject(CASE.chloe)}`, `Hi Keisha, here are the IDs: ${CHLOE.keepId} (personal) and ${CHLOE.srcId} (work). Thanks!

Sent from my iPhone`)}`,
  }),
  mk({
    slug: 'reply-from-kept-and-ids-b64', kind: 'info_request', lang: 'en', caseId: CASE.dan,
    note: 'asks to write from the kept address and include both candidate IDs: information request',
    from: SUPPORT, to: DAN.src, cc: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-08 12:30:00'), enc: 'utf8b64',
    text: `Hi Daniel,

For security reasons we can only action a merge when the request comes from the address that will remain. Could you reply from ${DAN.keep} and include the candidate IDs of both profiles in the body?

${SIG_RAVI}`,
  }),
  mk({
    slug: 'gmail-display-name-asks-ids', kind: 'info_request', lang: 'en', caseId: CASE.lena, trusted: false,
    note: 'support display name on a free-mail address asking for IDs: untrusted',
    from: 'AWS Training and Certification <awstraining.certsupport@gmail.com>', to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-09 02:00:00'), enc: 'ascii7',
    text: `Dear customer,

To complete your merge request, reply with your candidate IDs, your date of birth and the password of the old account.

AWS Training and Certification`,
  }),
  mk({
    slug: 'to-team-alias-need-ids', kind: 'info_request', lang: 'en', caseId: CASE.dan, forUser: false,
    note: "info request addressed to a team alias, not to the user's addresses",
    from: SUPPORT, to: 'Cloud Team <cloud-team@consult.example.net>', subject: formSubject(CASE.dan),
    date: d('2026-12-08 09:45:00'), enc: 'ascii7',
    text: `Hello,

We received a request concerning the certification account of Daniel Okafor. As this address is a shared mailbox, we need the account holder to send us the candidate IDs of both accounts from his own address.

${SIG_RAVI}`,
  }),
  mk({
    slug: 'could-not-locate-double-check', kind: 'info_request', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'cannot locate the ID and asks the customer to double-check and resend it',
    from: SUPPORT, to: LENA.keep, subject: `Re: ${formSubject(CASE.lena)}`,
    date: d('2026-12-10 08:12:00'), enc: 'utf8qp',
    text: `Hi Lena,

I wasn't able to locate a profile under ${LENA.srcId}. Would you mind double-checking the ID (it should start with "AWS" followed by 8 digits) and sending it again? A screenshot of Profile > Identification works too.

${SIG_BOGDAN}

${gmailEn(`Wed, Dec 9, 2026 at 8:40 PM`, `Lena Fischer <${LENA.keep}>`, `Hi Bogdan,\nYes, ${LENA.keep} is the one to keep. The uni account ID is ${LENA.srcId}.\nLena`)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'permanent-reply-stating-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'warns the merge is permanent and asks the customer to reply that they agree',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-09 10:20:00'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for the candidate IDs. I've located both profiles:

  Keep:  ${DAN.keepId} (${DAN.keep})
  Merge: ${DAN.srcId} (${DAN.src})

Before we proceed, please note that a merge is permanent and cannot be reversed. Kindly reply to this email stating that you agree to the merge as described above.

${SIG_RAVI}

${thread('d2')}`,
  }),
  mk({
    slug: 'happy-for-us-just-yes', kind: 'confirmation_request', lang: 'en', caseId: CASE.tomasz,
    note: 'asks whether the customer is happy for the source ID to be combined into the kept one; reply yes',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz),
    date: d('2026-12-11 09:05:00'), enc: 'ascii7',
    text: `Hi Tomasz,

Thanks, that matches our records. Are you happy for us to combine ${TOMASZ.srcId} into ${TOMASZ.keepId}? Just reply "yes" and we'll take it from there. Bear in mind there's no way to split them again afterwards.

${SIG_JOANNE}

${gmailEn('Thu, Dec 10, 2026 at 7:14 PM', `Tomasz Nowak <${TOMASZ.keep}>`, 'Hi Joanne,\nSAP-C02 in March 2025 and SAA-C03 in October 2023.\nRegards, Tomasz')}`,
  }),
  mk({
    slug: 'html-acknowledge-to-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.chloe,
    note: 'HTML-only request to acknowledge wishing to proceed with the irreversible merge',
    from: SUPPORT, to: CHLOE.keep, subject: formSubject(CASE.chloe),
    date: d('2026-12-13 11:00:00'), enc: 'utf8qp',
    html: `<html><body style="font-family:Arial">
<p>Hi Chloe,</p>
<p>Found it &ndash; thanks! Everything is lined up to move the certifications from <b>${CHLOE.srcId}</b> into <b>${CHLOE.keepId}</b>.</p>
<p>Because this can&rsquo;t be reversed, please acknowledge that you wish to proceed by replying to this email.</p>
<p>Thanks so much,<br>Keisha B.<br>AWS T&amp;C Support</p>
</body></html>`,
  }),
  mk({
    slug: 'explicit-consent-needed-qp', kind: 'confirmation_request', lang: 'en', caseId: CASE.lena,
    note: 'asks for explicit consent before the merge',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-11 13:30:00'), enc: 'utf8qp',
    text: `Hi Lena,

Found it — the ID had a transposed digit. Thank you for the screenshot.

We need your explicit consent before the university profile (${LENA.srcId}) is folded into ${LENA.keepId}. After that, the university login will no longer work and the change can't be undone. A short reply saying you consent is all we need.

${SIG_BOGDAN}`,
  }),
  mk({
    slug: 'forged-pass-below-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan, trusted: false, auth: 'forgedBelow',
    note: 'consent request with a dmarc=pass header only below the server Received line: forged, untrusted',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-09 10:00:00'), enc: 'ascii7',
    text: `Hello Daniel,

Please reply "I agree" so that we can merge your two certification accounts. This cannot be undone.

AWS Training and Certification`,
  }),
  mk({
    slug: 'long-thread-go-ahead', kind: 'confirmation_request', lang: 'en', caseId: CASE.tomasz,
    note: 'top-posted on a long thread: asks if they may go ahead with the merge',
    from: SUPPORT, to: TOMASZ.keep, subject: `RE: RE: ${formSubject(CASE.tomasz)}`,
    date: d('2026-12-12 08:40:00'), enc: 'utf8qp',
    text: `Tomasz,

Apologies for the back-and-forth. The exam you scheduled for January sits on ${TOMASZ.keepId}, so it isn't affected.
With that cleared up, may we go ahead and merge ${TOMASZ.srcId} into ${TOMASZ.keepId}? A one-line reply is enough.

Joanne

${gmailEn('Fri, Dec 11, 2026 at 6:02 PM', `Tomasz Nowak <${TOMASZ.keep}>`, `Hi Joanne,
Before I say yes: I have an exam booked for January. Will that be affected?
Tomasz

${gmailEn('Fri, Dec 11, 2026 at 9:05 AM', `AWS Training and Certification <${SUPPORT_BARE}>`, `Hi Tomasz,
Are you happy for us to combine ${TOMASZ.srcId} into ${TOMASZ.keepId}? Just reply "yes".`)}`)}`,
  }),
  mk({
    slug: 'resent-agency-consent', kind: 'confirmation_request', lang: 'en', caseId: CASE.chloe, forUser: false,
    relay: 'smtp.agency.example.com', resent: { from: 'postmaster@agency.example.com', to: CHLOE.keep, date: d('2026-12-13 11:05:00') },
    note: 'consent request sent to the old agency address and redirected with Resent-*: not delivered to the user',
    from: SUPPORT, to: CHLOE.src, subject: formSubject(CASE.chloe),
    date: d('2026-12-13 11:01:00'), enc: 'ascii7',
    text: `Hi Chloe,

Copying your work address as well: please reply to confirm you want the accounts merged. Once merged, they can't be separated.

Keisha B.
AWS T&C Support`,
  }),
  mk({
    slug: 'let-us-know-if-we-may-proceed', kind: 'confirmation_request', lang: 'en', caseId: CASE.dan,
    note: 'asks the customer to give the go-ahead before the merge (conditional wording)',
    from: SUPPORT, to: DAN.keep, subject: `Re: ${formSubject(CASE.dan)}`,
    date: d('2026-12-10 07:15:00'), enc: 'utf8b64',
    text: `Hi Dan,

Following up on my earlier note: as soon as you give us the go-ahead, the ${DAN.srcId} → ${DAN.keepId} merge will be carried out. Please let us know whether we may proceed; it's a one-way operation.

${SIG_RAVI}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'successfully-merged-check-all', kind: 'merge_completed', lang: 'en', caseId: CASE.dan,
    note: 'accounts merged; asks to check everything looks right (still completion)',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-10 16:33:00'), enc: 'ascii7',
    text: `Hello Daniel,

Good news: your AWS Certification accounts have been merged successfully. ${DAN.keepId} now holds both your SAA and DVA certifications.

Please sign in with ${DAN.keep} and check that everything looks right. Allow up to 24 hours for the AWS Partner Central profile to update.

${SIG_RAVI}

${toolEn(`Daniel Okafor <${DAN.keep}>`, '2026-12-10 11:02 UTC', `RE: ${formSubject(CASE.dan)}`, 'I agree to the merge as described. Thanks, Dan')}`,
  }),
  mk({
    slug: 'consolidated-old-deactivated', kind: 'merge_completed', lang: 'en', caseId: CASE.lena,
    note: 'records consolidated into the kept ID, old profile deactivated',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-14 09:50:00'), enc: 'utf8qp',
    text: `Hi Lena,

Thank you for your consent. I've consolidated your records into ${LENA.keepId}; ${LENA.srcId} has been deactivated. Your Cloud Practitioner certification and the 50% discount benefit now show under ${LENA.keep}.

${SIG_BOGDAN}`,
  }),
  mk({
    slug: 'merged-and-closing-multipart', kind: 'merge_completed', lang: 'en', caseId: CASE.tomasz,
    note: 'merge done and the case will be closed: the new fact is the merge',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz),
    date: d('2026-12-14 12:12:00'), enc: 'utf8qp',
    text: `Hi Tomasz,

The merge is complete: ${TOMASZ.srcId} has been merged into ${TOMASZ.keepId}. Since there's nothing else outstanding, I'll close this case now. You can reopen it by replying within 14 days.

${SIG_JOANNE}`,
    html: `<p>Hi Tomasz,</p><p>The merge is complete: ${TOMASZ.srcId} has been merged into ${TOMASZ.keepId}. Since there's nothing else outstanding, I'll close this case now. You can reopen it by replying within 14 days.</p><p>Best,<br>Joanne<br>Customer Support Associate | AWS Training &amp; Certification</p>`,
  }),
  mk({
    slug: 'portal-account-merge-complete', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice: accounts merged (no case ID)',
    from: PORTAL, to: CHLOE.keep, subject: 'Your AWS Certification accounts were merged',
    date: d('2026-12-15 03:10:00'), enc: 'utf8qp',
    html: `<html><body>
<p>Hello Chloe Martin,</p>
<p>The AWS Certification accounts associated with ${CHLOE.keep} and ${CHLOE.src} were merged on December 15, 2026. From now on, sign in with <b>${CHLOE.keep}</b>.</p>
<p>Your certifications, exam history and benefits are available in your account.</p>
<p><a href="https://www.aws.training/certification">Go to AWS Certification</a></p>
<p style="font-size:10px">You are receiving this service message because of a change to your account.</p>
</body></html>`,
  }),
  mk({
    slug: 'dmarc-fail-merge-went-through', kind: 'merge_completed', lang: 'en', caseId: CASE.dan, trusted: false, auth: 'fail',
    note: 'completion wording but dmarc=fail: untrusted',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-10 02:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Your accounts have been merged. Log in at the link below to review:
http://aws-cert-review.example.net/login

AWS Training and Certification`,
  }),
  mk({
    slug: 'went-through-this-morning-body-id', kind: 'merge_completed', lang: 'en', caseId: CASE.chloe,
    note: 'casual completion note; case ID only in the body',
    from: SUPPORT, to: CHLOE.keep, subject: 'Your certification accounts',
    date: d('2026-12-14 10:22:00'), enc: 'utf8qp',
    text: `Hi Chloe,

Good news — the merge went through this morning (case ${CASE.chloe}). Everything from your agency login is on ${CHLOE.keepId} now, including the voucher.

Bonne journée!
Keisha`,
  }),
  mk({
    slug: 'to-manager-merged', kind: 'merge_completed', lang: 'en', caseId: CASE.tomasz, forUser: false,
    note: "completion notice addressed to the employer's training admin, not the user",
    from: SUPPORT, to: 'Training Admin <training-admin@bank.example.com>', subject: formSubject(CASE.tomasz),
    date: d('2026-12-14 12:20:00'), enc: 'ascii7',
    text: `Hello,

As requested by your team member Tomasz Nowak, the certification accounts ${TOMASZ.srcId} and ${TOMASZ.keepId} have been merged. The AWS Partner Central listing for your organization will update within a few days.

Joanne
AWS Training & Certification`,
  }),
  mk({
    slug: 'misaligned-dkim-consolidation', kind: 'merge_completed', lang: 'en', caseId: CASE.lena, trusted: false, auth: 'misaligned',
    note: 'merge completion text but DKIM aligned to a bulk-mail domain and dmarc=fail: untrusted',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-13 18:00:00'), enc: 'utf8qp',
    text: `Hi Lena,

Account consolidation finished. Both certifications now sit under ${LENA.keepId}.

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'credly-accept-your-badge', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: DAN.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-12-11 05:44:00'), enc: 'utf8qp',
    text: `Daniel,

Amazon Web Services Training and Certification has issued you the AWS Certified Developer – Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/aa71f0c2

Share it with your network and let employers verify your skills.

Credly, Inc. · 1 Example Plaza · New York, NY`,
    html: `<div style="text-align:center;font-family:Helvetica">
<p>Daniel,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer – Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/aa71f0c2" style="background:#ff6b00;color:#fff;padding:10px 20px">Accept your badge</a></p>
<p style="font-size:10px">Credly, Inc. · 1 Example Plaza · New York, NY</p></div>`,
  }),
  mk({
    slug: 'support-moved-credly-too', kind: 'badges_transferred', lang: 'en', caseId: CASE.lena,
    note: 'support moved the Credly badges to the kept account',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-16 08:30:00'), enc: 'utf8qp',
    text: `Hi Lena,

Quick update on your follow-up: I've moved your Credly badges over to the kept account as well. You should receive an email from Credly at ${LENA.keep} shortly; accept the badges there.

${SIG_BOGDAN}

${gmailEn('Tue, Dec 15, 2026 at 10:03 AM', `Lena Fischer <${LENA.keep}>`, 'Hi Bogdan, thanks a lot! The certs show up now, but my Credly badge for CLF is still on the uni address. Could you look?')}`,
  }),
  mk({
    slug: 'credly-two-badges-html', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly HTML notice: two AWS badges re-issued to the kept address',
    from: CREDLY_AWS, to: TOMASZ.keep, subject: "You've earned 2 badges from Amazon Web Services Training and Certification",
    date: d('2026-12-15 04:04:04'), enc: 'utf8b64',
    html: `<html><body style="font-family:Helvetica,Arial">
<p>Hi Tomasz,</p>
<p>Amazon Web Services Training and Certification issued you 2 badges:</p>
<ul><li>AWS Certified Solutions Architect – Professional</li><li>AWS Certified Solutions Architect – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>
<p style="color:#999;font-size:11px">This email was sent to ${TOMASZ.keep}.</p>
</body></html>`,
  }),
  mk({
    slug: 'badges-moved-closing-case', kind: 'badges_transferred', lang: 'en', caseId: CASE.chloe,
    note: 'support announces the badges moved and closes the case',
    from: SUPPORT, to: CHLOE.keep, subject: formSubject(CASE.chloe),
    date: d('2026-12-17 09:45:00'), enc: 'ascii7',
    text: `Hi Chloe,

All three of your AWS badges have now been transferred to ${CHLOE.keep} on Credly. With that, everything on this case is done, so I'm closing it out.

${SIG_KEISHA}`,
  }),
  mk({
    slug: 'credly-lookalike-notifications', kind: 'badges_transferred', lang: 'en', caseId: null, trusted: false,
    note: 'badge mail from credly-notifications.com, a look-alike: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notifications.com>', to: DAN.keep, subject: 'Your AWS badges are ready',
    date: d('2026-12-11 06:00:00'), enc: 'ascii7',
    text: `Daniel,

Your AWS badges have been transferred to your new account. Accept your badge here:
https://credly-notifications.com/accept?u=dan

Credly`,
  }),
  mk({
    slug: 'credly-badge-reissued-b64', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'Credly: AWS badge re-issued to the kept address',
    from: CREDLY_AWS, to: LENA.keep, subject: 'Your badge has been re-issued',
    date: d('2026-12-16 09:02:00'), enc: 'utf8b64',
    text: `Hi Lena,

Amazon Web Services Training and Certification re-issued your AWS Certified Cloud Practitioner badge to ${LENA.keep}.

Accept your badge: https://www.credly.com/earner/earned/badge/0c55e1

Credly`,
  }),
  mk({
    slug: 'resent-bank-credly', kind: 'badges_transferred', lang: 'en', caseId: null, forUser: false,
    relay: 'mx1.bank.example.com', resent: { from: 'mail-forwarder@bank.example.com', to: TOMASZ.keep, date: d('2026-12-15 04:10:00') },
    note: 'Credly AWS badge mail sent to the old employer address and redirected (Resent-*): not delivered to the user',
    from: CREDLY_AWS, to: TOMASZ.src, subject: 'Amazon Web Services Training and Certification issued you a badge',
    date: d('2026-12-15 04:05:00'), enc: 'ascii7',
    text: `Tomasz,

Amazon Web Services Training and Certification issued you the AWS Certified Solutions Architect - Professional badge.

Accept your badge: https://www.credly.com/earner/earned

Credly`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'notify-case-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.dan,
    note: 'AWS Support notice that the case was resolved',
    from: AWS_NOTIFY, to: DAN.keep, subject: `Your AWS Support case ${CASE.dan} has been resolved`,
    date: d('2026-12-12 00:00:10'), enc: 'ascii7',
    text: `Hello,

Case ${CASE.dan} was marked as resolved. If you need more help with this issue, you can reopen the case from the Support Center within 14 days.

Amazon Web Services`,
  }),
  mk({
    slug: 'auto-close-72-hours', kind: 'case_closed', lang: 'en', caseId: CASE.lena,
    note: 'the case will auto-close in 72 hours without a reply',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-21 07:00:00'), enc: 'utf8qp',
    text: `Hi Lena,

We haven't heard from you since our last message. If we don't receive a reply in the next 72 hours, this case will be closed automatically. Replying at any time before then keeps it open.

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'closing-restates-earlier-merge', kind: 'case_closed', lang: 'en', caseId: CASE.tomasz, trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz),
    date: d('2026-12-22 10:00:00'), enc: 'utf8qp',
    text: `Hi Tomasz,

As your accounts were merged on the 14th and the badges followed, we're now closing this case. Thanks for your patience with us during a busy month.

${SIG_JOANNE}`,
  }),
  mk({
    slug: 'html-case-closed-table', kind: 'case_closed', lang: 'en', caseId: CASE.chloe2,
    note: 'HTML-only closed-case notice',
    from: AWS_NOTIFY, to: CHLOE.keep, subject: `Case ${CASE.chloe2} closed`,
    date: d('2026-12-20 00:00:00'), enc: 'utf8qp',
    html: `<html><body>
<table style="font-family:Arial;font-size:13px">
<tr><th align="left">Case</th><td>${CASE.chloe2}</td></tr>
<tr><th align="left">Status</th><td>Closed</td></tr>
<tr><th align="left">Resolution</th><td>Resolved by AWS</td></tr>
</table>
<p>If this didn't solve your problem, reopen the case from the Support Center.</p>
</body></html>`,
  }),
  mk({
    slug: 'google-ar-only-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.dan, trusted: false, auth: 'otherOnly',
    note: 'resolved notice vouched only by a foreign authserv-id: untrusted',
    from: AWS_NOTIFY, to: DAN.keep, subject: `Case ${CASE.dan} resolved`,
    date: d('2026-12-12 00:05:00'), enc: 'ascii7',
    text: `Your case ${CASE.dan} has been resolved and closed.

Amazon Web Services`,
  }),
  mk({
    slug: 'no-reply-closing-now', kind: 'case_closed', lang: 'en', caseId: CASE.lena,
    note: 'no reply received, so the case is being closed now',
    from: SUPPORT, to: LENA.keep, subject: `RE: ${formSubject(CASE.lena)}`,
    date: d('2026-12-24 08:00:00'), enc: 'ascii7',
    text: `Hi Lena,

As we haven't heard back, I'm closing this case for now. Simply reply to this email if you need anything else and it will reopen.

Happy holidays,
Bogdan`,
  }),
  mk({
    slug: 'duplicate-case-merged-closed', kind: 'case_closed', lang: 'en', caseId: CASE.danDup, trap: true,
    note: 'the duplicate CASE was merged into the main one and closed: not an account merge',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.danDup),
    date: d('2026-12-07 15:00:00'), enc: 'ascii7',
    text: `Hello Daniel,

This case (${CASE.danDup}) duplicates case ${CASE.dan}, so we have merged it into the original and closed it. Please continue the conversation on ${CASE.dan}.

${SIG_RAVI}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'escalated-backend-3-5-days', kind: 'support_reply', lang: 'en', caseId: CASE.dan,
    note: 'status: escalated to the backend team, 3–5 business days',
    from: SUPPORT, to: DAN.keep, subject: formSubject(CASE.dan),
    date: d('2026-12-08 17:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for the details. I've escalated your request to our back-end team, who handle account changes. They usually need 3-5 business days; I'll update you as soon as I hear back.

${SIG_RAVI}`,
  }),
  mk({
    slug: 'thanks-for-confirming-passed-on', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'thanks for confirming, passed to the team; merge is still to come',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-12 09:00:00'), enc: 'utf8qp',
    text: `Hi Lena,

Thank you for confirming. I've passed your request to the team that performs merges; you'll hear from us once it has been completed.

${SIG_BOGDAN}

${gmailEn('Fri, Dec 11, 2026 at 3:15 PM', `Lena Fischer <${LENA.keep}>`, 'I consent. Lena')}`,
  }),
  mk({
    slug: 'not-completed-yet-engineering', kind: 'support_reply', lang: 'en', caseId: CASE.tomasz, trap: true,
    note: 'negated: merge has not been completed yet',
    from: SUPPORT, to: TOMASZ.keep, subject: formSubject(CASE.tomasz),
    date: d('2026-12-13 15:30:00'), enc: 'utf8qp',
    text: `Hi Tomasz,

Thanks for checking in. The merge hasn't been completed yet — our engineers hit a sync issue with the exam provider and are working on it. No action is needed on your side.

Joanne`,
  }),
  mk({
    slug: 'duplicate-cases-merged-one-thread', kind: 'support_reply', lang: 'en', caseId: CASE.chloe, trap: true,
    note: 'support merged duplicate CASES into one thread, not the accounts',
    from: SUPPORT, to: CHLOE.keep, subject: formSubject(CASE.chloe),
    date: d('2026-12-11 10:00:00'), enc: 'ascii7',
    text: `Hi Chloe,

I noticed you'd opened two cases for the same request, so I've merged them into this one (${CASE.chloe}) to keep everything in one thread. I'm reviewing your accounts now.

Keisha`,
  }),
  mk({
    slug: 'write-from-kept-address-only', kind: 'support_reply', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'asks to write from the address being kept, without asking for any data',
    from: SUPPORT, to: DAN.src, subject: formSubject(CASE.dan),
    date: d('2026-12-08 11:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

I see you wrote in from your consulting address. Please send us a reply from the email you intend to keep, so that we have it on record for this case.

${SIG_RAVI}`,
  }),
  mk({
    slug: 'unable-to-merge-pending-exam', kind: 'support_reply', lang: 'en', caseId: CASE.lena, trap: true,
    note: 'unable to merge now because of a pending exam; nothing asked',
    from: SUPPORT, to: LENA.keep, subject: formSubject(CASE.lena),
    date: d('2026-12-10 15:40:00'), enc: 'utf8qp',
    text: `Hi Lena,

Unfortunately we're unable to merge the accounts while ${LENA.srcId} has an exam appointment pending (Jan 7). Once your result is posted, I'll reach out again and we'll pick this up.

${SIG_BOGDAN}`,
  }),
  mk({
    slug: 'skill-builder-question-once-merged', kind: 'support_reply', lang: 'en', caseId: CASE.tomasz, trap: true,
    note: 'answers a Skill Builder question; mentions the merge only in the future',
    from: SUPPORT, to: TOMASZ.keep, subject: `RE: ${formSubject(CASE.tomasz)}`,
    date: d('2026-12-12 13:00:00'), enc: 'ascii7',
    text: `Hi Tomasz,

Good question. Your Skill Builder subscription is tied to your AWS Builder ID, not to the certification account, so it won't change once the accounts are merged.

Joanne

${origMsg(`Tomasz Nowak <${TOMASZ.keep}>`, 'Saturday, December 12, 2026 11:20', SUPPORT_BARE, `RE: ${formSubject(CASE.tomasz)}`, 'Will my Skill Builder subscription move as well?')}`,
  }),
  mk({
    slug: 'lookalike-authserv-still-working', kind: 'support_reply', lang: 'en', caseId: CASE.chloe, trusted: false, auth: 'lookalikeServer',
    note: 'status update whose top Authentication-Results is from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: CHLOE.keep, subject: formSubject(CASE.chloe),
    date: d('2026-12-12 09:00:00'), enc: 'ascii7',
    text: `Hi Chloe,

Still working on it - thanks for bearing with us.

AWS T&C Support`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'csat-was-it-resolved', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: AWS_NOTIFY, to: DAN.keep, subject: 'How did we do?',
    date: d('2026-12-12 02:00:00'), enc: 'ascii7',
    text: `Hi Daniel,

You recently contacted AWS Support (case ${CASE.dan}). Was your issue resolved?

  Yes: https://survey.aws.example/r?c=${CASE.dan}&a=1
  No:  https://survey.aws.example/r?c=${CASE.dan}&a=0

Your feedback helps us improve.`,
  }),
  mk({
    slug: 'hashicorp-via-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: LENA.keep, subject: 'HashiCorp sent you a new badge',
    date: d('2026-12-13 04:00:00'), enc: 'utf8qp',
    text: `Lena,

HashiCorp has issued you the HashiCorp Certified: Terraform Associate (003) badge.

Accept your badge: https://www.credly.com/earner/earned/badge/hc-7781

Credly`,
  }),
  mk({
    slug: 'credly-complete-account-merge', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: "Credly's own account-merge code mail, not the AWS merge",
    from: 'Credly <admin@credly.com>', to: TOMASZ.keep, subject: 'Complete your Credly account merge',
    date: d('2026-12-15 05:00:00'), enc: 'ascii7',
    text: `Hi Tomasz,

Someone (hopefully you) asked to merge another Credly account into this one. Enter this code to complete the account merge:

  719 204

If you didn't request this, you can ignore this message.

Credly`,
  }),
  mk({
    slug: 'congrats-now-certified', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'exam pass notice from the portal; mentions a badge to come, not the merge',
    from: PORTAL, to: CHLOE.keep, subject: "Congratulations, you're AWS Certified!",
    date: d('2026-12-18 16:00:00'), enc: 'utf8qp',
    text: `Hello Chloe,

Congratulations on passing AWS Certified Developer – Associate! Your certificate is available in your AWS Certification account, and your digital badge will be sent by Credly within a few days.

AWS Training and Certification`,
  }),
  mk({
    slug: 'own-reply-i-agree-mobile', kind: 'unrelated', lang: 'en', caseId: CASE.dan, trusted: false, trap: true,
    note: "the user's own consent reply (copy to self): no news from support",
    from: `Daniel Okafor <${DAN.keep}>`, to: SUPPORT, cc: DAN.keep, subject: `Re: ${formSubject(CASE.dan)}`,
    date: d('2026-12-10 11:02:00', '-0500'), enc: 'utf8qp', rcpt: DAN.keep, relay: 'mail-sor-f41.example.com',
    text: `I agree to the merge as described. Please go ahead.
Thanks, Dan

Sent from my iPhone

${gmailEn('Dec 9, 2026, at 5:20 AM', `AWS Training and Certification <${SUPPORT_BARE}>`, `Before we proceed, please note that a merge is permanent and cannot be reversed.`)}`,
  }),
  mk({
    slug: 'colleague-ooo-auto-reply', kind: 'unrelated', lang: 'en', caseId: CASE.lena, trusted: false,
    note: "a colleague's out-of-office auto-reply",
    from: 'Jonas Weber <j.weber@hs.example.de>', to: LENA.keep, subject: `Automatic reply: ${formSubject(CASE.lena)}`,
    date: d('2026-12-09 11:05:00', '+0100'), enc: 'ascii7', extra: ['Auto-Submitted: auto-replied'],
    text: `Thank you for your message. I am out of the office until 4 January with no access to email.
For urgent matters please contact it-service@hs.example.de.

Jonas Weber`,
  }),
  mk({
    slug: 'reinvent-registration-confirmed', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'event registration confirmation (marketing)',
    from: 'AWS Events <aws-events@amazon.com>', to: DAN.keep, subject: 'Your registration is confirmed',
    date: d('2026-12-14 20:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

You're confirmed for AWS Community Day Lagos. We've merged the agenda tracks this year, so you can switch sessions any time.

See you there!`,
    html: `<div style="font-family:Arial">${paras(`Hi Daniel,

You're confirmed for AWS Community Day Lagos. We've merged the agenda tracks this year, so you can switch sessions any time.

See you there!`)}</div>`,
  }),
  mk({
    slug: 'skill-builder-course-completed', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Skill Builder course completion notice',
    from: 'AWS Training <no-reply@aws.training>', to: LENA.keep, subject: 'You completed: AWS Cloud Practitioner Essentials',
    date: d('2026-12-19 12:00:00'), enc: 'ascii7',
    text: `Well done, Lena!

You have completed AWS Cloud Practitioner Essentials. Your transcript has been updated.

Keep learning: https://explore.skillbuilder.aws/`,
  }),
  mk({
    slug: 'university-via-credly', kind: 'unrelated', lang: 'en', caseId: null, trap: true,
    note: 'Credly badge from a university, not AWS',
    from: 'Hochschule Example via Credly <admin@credly.com>', to: CHLOE.keep, subject: 'Hochschule Example issued you a badge',
    date: d('2026-12-16 08:00:00'), enc: 'utf8b64',
    text: `Chloe,

Hochschule Example has issued you the "Cloud Computing Fundamentals – Micro-credential" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/hs-2231

Credly`,
  }),
];
