// fe: English messages. Voice: curt and irritated, or business English so formal the event drowns.
import type { Msg } from './lib.js';
import {
  ASSIST, CASE, CREDLY_AWS, DANA, FORM, FORM_ADDR, M, NOTIFY, OLIVER, PORTAL, REQ_DANA, REQ_OLIVER, REQ_SAM, SAM,
  d, formSubj, gmailEn, htmlDoc, outlookEn, paras, q, sf, sfRef, to,
} from './common.js';

const da = to(DANA.name, DANA.keep);
const ol = to(OLIVER.name, OLIVER.keep);
const sa = to(SAM.name, SAM.keep);

export const EN: Msg[] = [
  // ================= acknowledgement (6)
  M({
    slug: 'en-ack-curt', kind: 'acknowledgement', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da, from: NOTIFY,
    date: d('2026-09-22 15:02:11'),
    subject: `Case ${CASE.dana} created`,
    note: 'curt automatic receipt',
    text: `Case ${CASE.dana} created.
Expect a reply within 24 hours.
Do not open another case for the same issue. It will slow things down.

This mailbox is not monitored.`,
  }),
  M({
    slug: 'en-ack-grandiose', kind: 'acknowledgement', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol, from: NOTIFY,
    date: d('2026-11-03 08:41:27'),
    subject: `[CASE ${CASE.oliver}] We have received your enquiry`,
    note: 'receipt in ornate business English',
    text: `Dear Mr Brandt,

We are most grateful to you for having taken the time to contact AWS Training and Certification. Please allow us to assure you that your enquiry has been duly received and recorded under case number ${CASE.oliver}.

A member of our team will, in the ordinary course, endeavour to respond within one business day. We would be obliged if you would kindly refrain from submitting a further case regarding the same matter, as this may regrettably delay our response.

With our sincere regards,
Amazon Web Services`,
    html: htmlDoc(paras(`Dear Mr Brandt,

We are most grateful to you for having taken the time to contact AWS Training and Certification. Please allow us to assure you that your enquiry has been duly received and recorded under case number ${CASE.oliver}.

A member of our team will, in the ordinary course, endeavour to respond within one business day. We would be obliged if you would kindly refrain from submitting a further case regarding the same matter, as this may regrettably delay our response.

With our sincere regards,
Amazon Web Services`), 'en'),
  }),
  M({
    slug: 'en-ack-lookalike-server', kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa, from: NOTIFY, auth: 'lookalikeServer', trusted: false,
    date: d('2026-11-12 10:10:10'),
    subject: `[CASE ${CASE.sam}] Thank you for contacting AWS`,
    note: 'receipt whose top Authentication-Results is from a look-alike authserv-id: untrusted',
    text: `Hello,

Your request has been received. Case ID: ${CASE.sam}.
We will get back to you shortly.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-fields-merge', kind: 'acknowledgement', lang: 'en', caseId: CASE.dana, enc: 'utf8b64', to: da, from: NOTIFY,
    date: d('2026-09-22 15:02:19'),
    subject: `We've received your request (Case ${CASE.dana})`,
    trap: true,
    note: 'receipt that echoes the form fields, including "Account merge": only a receipt',
    text: `Hello Dana Lee,

Thanks for reaching out. Here is a copy of what you submitted:

  Inquiry type: AWS Training and Certification
  Issue: Certification > Account merge
  Candidate ID: ${DANA.keepId}
  Description: ${REQ_DANA}

Case ID: ${CASE.dana}
Someone will review your merge request and respond by email.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-html-body-id', kind: 'acknowledgement', lang: 'en', caseId: CASE.oliverDup, enc: 'utf8qp', to: ol, from: NOTIFY,
    date: d('2026-11-03 09:15:02'),
    subject: 'Your support request',
    note: 'HTML-only receipt with the case ID only in the body; says nothing of its topic',
    html: htmlDoc(`<table width="100%"><tr><td>
<p>Hello,</p>
<p>We received your request. Reference: <strong>${CASE.oliverDup}</strong>.</p>
<p>No action is needed. We'll be in touch.</p>
<p>Amazon Web Services</p>
</td></tr></table>`, 'en'),
  }),
  M({
    slug: 'en-ack-dkim-b64', kind: 'acknowledgement', lang: 'en', caseId: CASE.sam, enc: 'utf8b64', to: sa, from: NOTIFY, auth: 'dkimonly',
    date: d('2026-11-12 10:09:51'),
    subject: `[CASE ${CASE.sam}] Thank you for contacting AWS`,
    note: 'receipt with aligned DKIM only; formal',
    text: `Dear Customer,

We are pleased to acknowledge receipt of your case, reference ${CASE.sam}. Kindly be advised that one of our associates shall be in contact with you at the earliest opportunity.

Respectfully,
Amazon Web Services`,
  }),

  // ================= ai_answer (5)
  M({
    slug: 'en-ai-grand', kind: 'ai_answer', lang: 'en', enc: 'utf8qp', to: da, from: ASSIST,
    date: d('2026-09-22 15:00:40'),
    subject: 'A suggested answer to your question',
    note: 'AI suggestion of the Merge Accounts tool in very formal English',
    text: `Hello,

The following answer was generated by AI. We would be most grateful if you would kindly consider whether the self-service Merge Accounts tool, found under your Certification Account profile, might address your request before proceeding to create a case.

Should both accounts hold certification history, we regret that the tool will be unable to assist; in that event, you may wish to select "Create case".

Generated answers may contain errors.`,
    html: htmlDoc(paras(`Hello,

The following answer was generated by AI. We would be most grateful if you would kindly consider whether the self-service Merge Accounts tool, found under your Certification Account profile, might address your request before proceeding to create a case.

Should both accounts hold certification history, we regret that the tool will be unable to assist; in that event, you may wish to select "Create case".

Generated answers may contain errors.`), 'en'),
  }),
  M({
    slug: 'en-ai-curt', kind: 'ai_answer', lang: 'en', enc: 'ascii7', crlf: false, to: ol, from: ASSIST,
    date: d('2026-11-03 08:39:12'),
    subject: 'Automated answer',
    note: 'curt automated suggestion',
    text: `Automated answer.
Profile > Merge Accounts. Enter the other account's email. Done.
Won't work if both accounts have certifications. Then create a case.`,
  }),
  M({
    slug: 'en-ai-after-merge', kind: 'ai_answer', lang: 'en', enc: 'utf8b64', to: sa, from: ASSIST,
    date: d('2026-11-12 10:07:30'),
    subject: 'Answer generated for you',
    trap: true,
    note: 'AI answer explaining what a completed merge moves (badges, vouchers): still ai_answer',
    text: `Hi there,

Here's what our assistant found. When two certification accounts are merged, certifications, exam history and benefits such as the 50% voucher are moved to the account you keep, and Credly badges are reissued to that account's email. You can start the merge yourself from Profile > Merge Accounts.

Was this helpful? Yes / No`,
  }),
  M({
    slug: 'en-ai-forged-below', kind: 'ai_answer', lang: 'en', enc: 'ascii7', to: da, from: ASSIST, auth: 'forgedBelow', trusted: false,
    date: d('2026-09-23 01:12:12'),
    subject: 'Suggested fix: merge your accounts',
    note: 'AI-style answer; the only dmarc=pass sits below the server Received line: untrusted',
    text: `Hello,

Our assistant suggests you merge your accounts here: https://merge-tool.example-cdn.net/aws
Sign in with both passwords to continue.`,
  }),
  M({
    slug: 'en-ai-helpful', kind: 'ai_answer', lang: 'en', enc: 'ascii7', to: sa, from: ASSIST,
    date: d('2026-11-12 10:07:02'),
    subject: 'Re: I have 2 certification accounts',
    note: 'AI answer with was-this-helpful footer',
    text: `We're sorry for any inconvenience, and thank you so much for your patience.

Suggested answer (AI generated): sign in to the Certification Account you want to keep, open Profile, choose Merge Accounts and follow the prompts. If you see an error saying both accounts have certifications, please create a case.

Did this answer your question?`,
  }),

  // ================= info_request (7)
  M({
    slug: 'en-info-as-already-stated', kind: 'info_request', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    date: d('2026-09-25 17:20:45'),
    subject: formSubj(CASE.dana),
    note: 'irritated repeat: we need the candidate IDs',
    text: `Dana,

As already stated, we need the IDs. Email addresses alone are not enough.
Send the candidate ID (starts with AWS) for both accounts.

Rick
AWS Training and Certification

${sf('2026-09-24 21:03', DANA.keep, FORM_ADDR, `RE:[CASE ${CASE.dana}]`, 'I already gave you both emails. Can you just merge them?')}

${sfRef('7Hq2z')}`,
  }),
  M({
    slug: 'en-info-most-grateful', kind: 'info_request', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-04 09:02:33'),
    subject: formSubj(CASE.oliver),
    note: 'very formal request for each account\'s notification email and which to keep',
    text: `Dear Mr Brandt,

Thank you most kindly for your patience.

We would be most grateful if you would kindly be so good as to let us have, at your convenience, the certification notification email address associated with each of your two accounts, together with an indication of which of the two you would prefer to retain.

Please accept our thanks in advance for your kind cooperation.

Yours faithfully,
Eleanor
AWS Training and Certification

${sf('2026-11-03 08:41', OLIVER.keep, FORM_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', REQ_OLIVER)}`,
  }),
  M({
    slug: 'en-info-confirm-address', kind: 'info_request', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa,
    date: d('2026-11-13 12:40:00'),
    subject: formSubj(CASE.sam),
    trap: true,
    note: '"please confirm the email address you want to keep" asks for information',
    text: `Hi Sam,

Please confirm which email address you would like to keep: ${SAM.keep} or ${SAM.src}. Reply with one.

Thanks,
Priyanka

${q(REQ_SAM)}`,
  }),
  M({
    slug: 'en-info-freemail-phish', kind: 'info_request', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    from: 'AWS Training and Certification <aws.training.cert.team@outlook.com>', trusted: false,
    date: d('2026-09-26 03:33:33'),
    subject: `[CASE ${CASE.dana}] Action required`,
    note: 'trusted display name on a free-mail address asking for IDs and passwords: untrusted',
    text: `Dear customer,

To proceed we require both candidate IDs and the password of the old account. Failure to respond within 24 hours will cancel your request.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-write-from-kept-ids', kind: 'info_request', lang: 'en', caseId: CASE.sam, enc: 'utf8b64', to: to(SAM.name, SAM.src),
    date: d('2026-11-13 12:10:20'),
    subject: formSubj(CASE.sam),
    note: 'curt: write from the kept address AND include both IDs',
    text: `Sam,

Wrong address. Write to us from the address you're keeping and include the candidate IDs of both accounts. We can't act on this one.

Support`,
  }),
  M({
    slug: 'en-info-before-we-merge', kind: 'info_request', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-05 10:17:00'),
    subject: `RE: ${formSubj(CASE.oliver)}`,
    trap: true,
    note: 'future merge wording around a request for pass dates, above an Outlook quote',
    text: `Dear Mr Brandt,

We should be delighted to proceed. Before we are able to merge the accounts, however, it would be of great assistance if you might kindly list the certifications held on ${OLIVER.srcId}, with the date on which each was achieved.

With warmest regards,
Eleanor

${outlookEn('2026-11-04 18:30', `Oliver Brandt <${OLIVER.keep}>`, FORM_ADDR, formSubj(CASE.oliver), `Keep ${OLIVER.keep}. Notification emails are the same as the login emails.`)}`,
  }),
  M({
    slug: 'en-info-toppost-gmail', kind: 'info_request', lang: 'en', caseId: CASE.dana, enc: 'utf8b64', to: da,
    date: d('2026-09-23 16:45:08'),
    subject: formSubj(CASE.dana),
    note: 'top-posted request for the Skill Builder email above a Gmail quote',
    text: `Need one more thing: the email you use for AWS Skill Bulder. Reply with it.

-- Rick, AWS T&C

${gmailEn('2026-09-22 21:10', `Dana Lee <${DANA.keep}>`, `IDs: ${DANA.keepId} (keep), ${DANA.srcId} (old)`)}`,
  }),

  // ================= confirmation_request (7)
  M({
    slug: 'en-conf-curt-yes', kind: 'confirmation_request', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    date: d('2026-09-27 14:05:12'),
    subject: formSubj(CASE.dana),
    note: 'curt consent request',
    text: `Dana,

Merges are permanent. ${DANA.srcId} goes into ${DANA.keepId}.
Reply YES to proceed. No reply, no merge.

Rick`,
  }),
  M({
    slug: 'en-conf-obliged', kind: 'confirmation_request', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-06 08:55:46'),
    subject: formSubj(CASE.oliver),
    note: 'consent request wrapped in many layers of courtesy',
    text: `Dear Mr Brandt,

Please accept our sincere thanks for the information so kindly provided.

Before we proceed, we would be most obliged if you would be so kind as to confirm, by way of reply to this message, that you consent to the merging of ${OLIVER.srcId} into ${OLIVER.keepId}. We would respectfully draw your attention to the fact that, once carried out, the merge cannot be reversed.

We remain, as ever, at your disposal.

Eleanor
AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-fail-then-forged', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa, auth: 'failThenForged', trusted: false,
    date: d('2026-11-14 02:02:02'),
    subject: formSubj(CASE.sam),
    note: 'consent request; top Authentication-Results says fail, a planted pass sits lower: untrusted',
    text: `Hello Sam,

Please confirm you agree to the merge by clicking below. This cannot be undone.
https://confirm-merge.example-links.net/${CASE.sam}

AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-completion-words', kind: 'confirmation_request', lang: 'en', caseId: CASE.sam, enc: 'utf8b64', to: sa,
    date: d('2026-11-14 11:30:30'),
    subject: formSubj(CASE.sam),
    trap: true,
    note: 'asks for consent; completion only as the consequence of confirming',
    text: `Hi Sam,

Thanks. Once you confirm, the merge will be completed within 3-5 business days and your badges should follow.
Do you agree to merge ${SAM.srcId} into ${SAM.keepId}? This is permanent.

Priyanka`,
  }),
  M({
    slug: 'en-conf-html-only', kind: 'confirmation_request', lang: 'en', caseId: CASE.dana, enc: 'utf8qp', to: da,
    date: d('2026-09-27 14:06:40'),
    subject: `RE: [CASE ${CASE.dana}] account-assistance`,
    note: 'HTML-only consent request',
    html: htmlDoc(`<div>
<p>Hello Dana,</p>
<p>We're ready to go. Please reply to this email to <b>confirm that you want us to merge your two accounts</b>. The merge can't be undone.</p>
<p>Keep: ${DANA.keepId}<br>Retire: ${DANA.srcId}</p>
<p>Rick<br>AWS Training and Certification</p>
</div>`, 'en'),
  }),
  M({
    slug: 'en-conf-summary', kind: 'confirmation_request', lang: 'en', caseId: CASE.oliverDup, enc: 'ascii7', to: ol,
    date: d('2026-11-06 09:20:00'),
    subject: formSubj(CASE.oliverDup),
    note: 'summary of the planned merge and a request to agree',
    text: `Dear Mr Brandt,

Kindly find below a summary of the proposed arrangement:

  Retained: ${OLIVER.keepId} (${OLIVER.keep})
  Retired:  ${OLIVER.srcId} (${OLIVER.src})

We would be grateful if you would reply to confirm that the above is correct and that you agree to the merge, bearing in mind that it is irreversible.

Respectfully yours,
Eleanor`,
  }),
  M({
    slug: 'en-conf-still-waiting', kind: 'confirmation_request', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    date: d('2026-09-30 13:00:04'),
    subject: formSubj(CASE.dana),
    note: 'curt chaser for the go-ahead to merge, above an Outlook quote',
    text: `Still waiting on your go-ahead. Yes or no: merge ${DANA.srcId} into ${DANA.keepId}?

Rick

${outlookEn('2026-09-27 07:05', 'AWS Training and Certification', DANA.keep, formSubj(CASE.dana), 'Merges are permanent.\nReply YES to proceed. No reply, no merge.')}`,
  }),

  // ================= merge_completed (7)
  M({
    slug: 'en-mc-done', kind: 'merge_completed', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    date: d('2026-10-01 18:44:10'),
    subject: formSubj(CASE.dana),
    note: 'curt completion',
    text: `Done. Acounts merged. Everything from ${DANA.srcId} is on ${DANA.keepId} now.

Rick`,
  }),
  M({
    slug: 'en-mc-pleasure', kind: 'merge_completed', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-09 07:32:50'),
    subject: formSubj(CASE.oliver),
    note: 'completion buried in ornate English',
    text: `Dear Mr Brandt,

It is with the greatest pleasure that we write, further to your kind consent of 6 November, to inform you that the consolidation of your two certification profiles under ${OLIVER.keepId} has now been brought to a successful conclusion.

We trust this will be to your entire satisfaction, and we thank you once again for the courtesy you have shown throughout.

Yours most sincerely,
Eleanor
AWS Training and Certification`,
  }),
  M({
    slug: 'en-mc-portal', kind: 'merge_completed', lang: 'en', enc: 'utf8b64', to: sa, from: PORTAL,
    date: d('2026-11-18 16:00:00'),
    subject: 'Your AWS Certification accounts have been merged',
    note: "certification portal's merged notice, no case ID",
    text: `Hello Sam Patel,

Your accounts have been merged. Sign in with ${SAM.keep} from now on. Your certifications, exam history and benefits are shown on this account.

AWS Certification`,
    html: htmlDoc(paras(`Hello Sam Patel,

Your accounts have been merged. Sign in with ${SAM.keep} from now on. Your certifications, exam history and benefits are shown on this account.

AWS Certification`), 'en'),
  }),
  M({
    slug: 'en-mc-lookalike', kind: 'merge_completed', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    from: 'AWS Training and Certification <support@amazon-certification.support>', trusted: false,
    date: d('2026-10-01 19:10:00'),
    subject: formSubj(CASE.dana),
    note: 'completion from a look-alike domain: untrusted',
    text: `Dear Dana,

Your account merge is complete. To keep your certifications active, verify your identity within 48 hours:
https://amazon-certification.support/verify

AWS Training and Certification`,
  }),
  M({
    slug: 'en-mc-closing-too', kind: 'merge_completed', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa,
    date: d('2026-11-18 11:12:13'),
    subject: formSubj(CASE.sam),
    trap: true,
    note: 'completion that also closes the case: merge_completed',
    text: `Sam,

Merge finished. ${SAM.srcId} is gone, all on ${SAM.keepId}. Closing the case.

Priyanka`,
  }),
  M({
    slug: 'en-mc-please-check', kind: 'merge_completed', lang: 'en', caseId: CASE.oliverDup, enc: 'utf8qp', to: ol,
    date: d('2026-11-09 07:40:02'),
    subject: formSubj(CASE.oliverDup),
    trap: true,
    note: 'completion with "please check all looks right" (confirm-like words)',
    text: `Dear Mr Brandt,

We are happy to let you know that the account merge has been carried out. We would be most grateful if you could take a moment to sign in and check that everything looks right; do kindly let us know should anything appear amiss.

With kind regards,
Eleanor`,
  }),
  M({
    slug: 'en-mc-html-mid-id', kind: 'merge_completed', lang: 'en', caseId: CASE.dana, enc: 'utf8b64', to: da, auth: 'dkimonly',
    date: d('2026-10-01 18:50:21'),
    subject: `RE: [CASE ${CASE.dana}] account-assistance`,
    note: 'HTML-only completion, IDs and date between the words',
    html: htmlDoc(`<p>Hi Dana,</p>
<p>Your account ${DANA.srcId} was, as of 1 October 2026, merged into ${DANA.keepId}.</p>
<p>Rick</p>`, 'en'),
  }),

  // ================= badges_transferred (6)
  M({
    slug: 'en-badge-credly', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp', to: da, from: CREDLY_AWS,
    date: d('2026-10-02 20:14:00'),
    subject: 'You earned a badge from Amazon Web Services Training and Certification',
    note: "AWS badge issued via Credly to the kept address",
    text: `Hi Dana,

Badge issued: AWS Certified Developer - Associate, from Amazon Web Services Training and Certification.

Accept your badge: https://www.credly.com/earner/earned/badge/d0c4-example

Credly`,
    html: htmlDoc(`<p>Hi Dana,</p><p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/d0c4-example">Accept your badge</a></p>`, 'en'),
  }),
  M({
    slug: 'en-badge-curt', kind: 'badges_transferred', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa,
    date: d('2026-11-20 09:09:09'),
    subject: formSubj(CASE.sam),
    note: 'curt: badges moved',
    text: `${q('the badges are still on the old email??')}

Badges moved to ${SAM.keep}. Check Credly.

Priyanka`,
  }),
  M({
    slug: 'en-badge-grand-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-11 10:30:00'),
    subject: formSubj(CASE.oliver),
    trap: true,
    note: 'badges moved and case closed in one formal message: badges_transferred',
    text: `Dear Mr Brandt,

We are delighted to inform you that, following our review, your Credly digital badges have now been transferred to the account associated with ${OLIVER.keep}. With this, we shall take the liberty of closing the present case.

We remain ever at your service.

Eleanor`,
  }),
  M({
    slug: 'en-badge-no-auth-credly', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', to: sa, from: CREDLY_AWS, auth: 'none', trusted: false,
    date: d('2026-11-20 14:44:44'),
    subject: 'You earned a badge from Amazon Web Services Training and Certification',
    note: 'Credly AWS badge mail without any Authentication-Results: untrusted',
    text: `Hi Sam,

Amazon Web Services Training and Certification issued you a badge. Accept your badge: https://www.credly.com/earner/earned/badge/77be-example`,
  }),
  M({
    slug: 'en-badge-credly-html', kind: 'badges_transferred', lang: 'en', enc: 'utf8b64', to: ol, from: CREDLY_AWS, auth: 'dkimonly',
    date: d('2026-11-11 13:20:00'),
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    note: 'HTML-only Credly AWS badge mail',
    html: htmlDoc(`<table><tr><td>
<h1>Please accept our warmest congratulations, Oliver.</h1>
<p>We are most honoured to inform you that Amazon Web Services Training and Certification has been pleased to issue you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f2a-example">Accept your badge</a></p>
</td></tr></table>`, 'en'),
  }),
  M({
    slug: 'en-badge-reassigned', kind: 'badges_transferred', lang: 'en', caseId: CASE.dana, enc: 'utf8b64', to: da,
    date: d('2026-10-03 16:00:31'),
    subject: formSubj(CASE.dana),
    note: 'support: badges reassigned, above a Gmail quote of the question',
    text: `Dana,

Your Credly badges have been reassigned to ${DANA.keep}. All four show there now.

Rick

${gmailEn('2026-10-02 22:41', `Dana Lee <${DANA.keep}>`, 'Merge looks good, thanks. But my Credly badges are still under the contractor email.')}`,
  }),

  // ================= case_closed (6)
  M({
    slug: 'en-cc-curt', kind: 'case_closed', lang: 'en', caseId: CASE.sam, enc: 'ascii7', crlf: false, to: sa,
    date: d('2026-11-21 09:00:00'),
    subject: formSubj(CASE.sam),
    note: 'curt closing after no reply',
    text: `No reply in 7 days. Case closed.`,
  }),
  M({
    slug: 'en-cc-respectfully', kind: 'case_closed', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-05 11:11:11'),
    subject: formSubj(CASE.oliver),
    note: 'formal warning that the case resolves automatically without a reply',
    text: `Dear Mr Brandt,

We do hope this message finds you well. We would respectfully advise that, should we not have the pleasure of hearing from you within five days, this case will be resolved automatically.

With every good wish,
Eleanor`,
  }),
  M({
    slug: 'en-cc-restates-merge', kind: 'case_closed', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    date: d('2026-10-08 15:30:00'),
    subject: formSubj(CASE.dana),
    trap: true,
    note: 'closing notice restating last week\'s merge',
    text: `Dana,

As merged last week, nothing else is pending. Closing this case.

Rick`,
  }),
  M({
    slug: 'en-cc-lookalike', kind: 'case_closed', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa,
    from: 'AWS Support <no-reply@support-aws.com>', trusted: false,
    date: d('2026-11-22 04:04:04'),
    subject: `Case ${CASE.sam} resolved`,
    note: 'closing from support-aws.com (not support.aws.com): untrusted',
    text: `Your case ${CASE.sam} has been resolved. Reopen: https://support-aws.com/reopen`,
  }),
  M({
    slug: 'en-cc-system', kind: 'case_closed', lang: 'en', caseId: CASE.dana, enc: 'utf8qp', to: da, from: NOTIFY,
    date: d('2026-10-08 15:31:10'),
    subject: `Case ${CASE.dana} has been resolved`,
    note: 'system notice that the case was resolved',
    text: `Hello,

We should like to inform you, with our compliments, that case ${CASE.dana} has now been marked as resolved. Should you require any further assistance, you are most welcome to reply within fourteen days, whereupon it will be reopened.

Amazon Web Services`,
    html: htmlDoc(paras(`Hello,

We should like to inform you, with our compliments, that case ${CASE.dana} has now been marked as resolved. Should you require any further assistance, you are most welcome to reply within fourteen days, whereupon it will be reopened.

Amazon Web Services`), 'en'),
  }),
  M({
    slug: 'en-cc-resent', kind: 'case_closed', lang: 'en', caseId: CASE.oliverDup, enc: 'ascii7', to: to(OLIVER.name, OLIVER.src), forUser: false,
    resent: { from: 'mail-admin@consult.example.com', to: 'former-staff@consult.example.com', date: d('2026-11-15 08:00:00', '+0100') },
    date: d('2026-11-15 06:30:00'),
    subject: formSubj(CASE.oliverDup),
    note: 'duplicate case closed, redirected by the old employer (Resent-*): forUser false',
    text: `Dear Mr Brandt,

As this case duplicates ${CASE.oliver}, we shall, with your kind indulgence, close it forthwith.

Eleanor`,
  }),

  // ================= support_reply (7)
  M({
    slug: 'en-sr-thanks-passed', kind: 'support_reply', lang: 'en', caseId: CASE.dana, enc: 'ascii7', to: da,
    date: d('2026-09-28 12:00:00'),
    subject: formSubj(CASE.dana),
    trap: true,
    note: 'thanks for confirming, passed to the team',
    text: `Got your confirmation. Passed to the team. Nothing else needed from you.

Rick`,
  }),
  M({
    slug: 'en-sr-not-in-position', kind: 'support_reply', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol,
    date: d('2026-11-08 09:45:00'),
    subject: formSubj(CASE.oliver),
    trap: true,
    note: 'negated: not yet able to report the merge as completed',
    text: `Dear Mr Brandt,

We are most sincerely grateful for your forbearance. We regret that we are not yet in a position to report that the merge has been completed; we shall of course write to you again the moment it has.

Yours ever faithfully,
Eleanor`,
  }),
  M({
    slug: 'en-sr-dup-cases', kind: 'support_reply', lang: 'en', caseId: CASE.oliver, enc: 'ascii7', to: ol,
    date: d('2026-11-04 07:00:00'),
    subject: formSubj(CASE.oliver),
    trap: true,
    note: 'we merged your duplicate cases: not the account merge',
    text: `Mr Brandt,

You opened two cases for the same request. We merged case ${CASE.oliverDup} into ${CASE.oliver}. Use this one only.

Eleanor`,
  }),
  M({
    slug: 'en-sr-unable-exam', kind: 'support_reply', lang: 'en', caseId: CASE.sam, enc: 'utf8b64', to: sa,
    date: d('2026-11-15 10:30:00'),
    subject: formSubj(CASE.sam),
    trap: true,
    note: 'unable to merge while an exam is scheduled',
    text: `Sam,

We're unable to merge accounts while an exam is scheduled on either of them. You have one booked for 19 November on ${SAM.srcId}. Sit it or cancel it first, then reply here.

Priyanka`,
  }),
  M({
    slug: 'en-sr-apology-only', kind: 'support_reply', lang: 'en', caseId: CASE.dana, enc: 'utf8qp', to: da,
    date: d('2026-09-24 13:13:13'),
    subject: formSubj(CASE.dana),
    note: 'apology and thanks that carry no event',
    text: `Dear Dana,

Please allow us to extend our most heartfelt apologies for any inconvenience you may have experienced, and our sincere thanks for your continued patience and understanding. It is a privilege to be of service to you.

Warmest regards,
AWS Training and Certification`,
  }),
  M({
    slug: 'en-sr-write-from-kept', kind: 'support_reply', lang: 'en', caseId: CASE.oliverDup, enc: 'ascii7', to: to(OLIVER.name, OLIVER.src),
    date: d('2026-11-03 10:00:00'),
    subject: formSubj(CASE.oliverDup),
    note: 'write to us from the address you keep, no data asked',
    text: `Write to us from the address you're keeping. We don't act on requests from the address being retired.`,
  }),
  M({
    slug: 'en-sr-vouchers-answer', kind: 'support_reply', lang: 'en', caseId: CASE.sam, enc: 'ascii7', to: sa,
    date: d('2026-11-13 15:00:00'),
    subject: formSubj(CASE.sam),
    trap: true,
    note: 'answer about vouchers after a merge, curt; no event',
    text: `As already stated, vouchers carry over after a merge. Nothing is lost. That's all there is to it.

Priyanka

${gmailEn('2026-11-13 09:12', `Sam Patel <${SAM.keep}>`, 'what happens to my 50% voucher when you merge??')}`,
  }),

  // ================= unrelated (7)
  M({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', caseId: CASE.oliver, enc: 'utf8qp', to: ol, from: NOTIFY,
    date: d('2026-11-12 06:00:00'),
    subject: 'Was your issue resolved?',
    trap: true,
    note: 'survey after the case',
    text: `Dear Customer,

We should be most grateful to learn whether your recent case ${CASE.oliver} was resolved to your satisfaction. Would you be so kind as to spare a moment for our brief survey?

https://survey.aws.example/${CASE.oliver}`,
  }),
  M({
    slug: 'en-un-pearson', kind: 'unrelated', lang: 'en', enc: 'ascii7', to: sa, from: 'Pearson VUE <noreply@pearsonvue.example.com>', trusted: false,
    date: d('2026-11-10 12:00:00'),
    subject: 'Please confirm your AWS exam appointment',
    trap: true,
    note: 'test-vendor appointment confirmation: other sender, not the merge',
    text: `Confirm your appointment: AWS Certified SysOps Administrator - Associate, 19 Nov 2026, 10:00.
Reply or click to confirm. Unconfirmed appointments are cancelled.`,
  }),
  M({
    slug: 'en-un-hashicorp-credly', kind: 'unrelated', lang: 'en', enc: 'utf8qp', to: da, from: 'HashiCorp via Credly <admin@credly.com>',
    date: d('2026-10-05 18:18:18'),
    subject: 'You earned a badge from HashiCorp',
    trap: true,
    note: 'Credly badge from another issuer',
    html: htmlDoc(`<p>Dear Dana,</p><p>We are truly delighted to let you know that HashiCorp has been so kind as to issue you the <b>HashiCorp Certified: Terraform Associate</b> badge. We would be honoured if you would accept it at your earliest convenience.</p><p><a href="https://www.credly.com/earner/earned/badge/hc01-example">Accept your badge</a></p>`, 'en'),
  }),
  M({
    slug: 'en-un-credly-merge-code', kind: 'unrelated', lang: 'en', enc: 'ascii7', to: to(DANA.name, DANA.src), from: 'Credly <admin@credly.com>',
    date: d('2026-10-04 08:08:08'),
    subject: 'Complete your account merge',
    trap: true,
    note: "Credly's own account-merge code",
    text: `Someone asked to merge this Credly account into another one.
Code: 730 116
Or click Complete Account Merge. Ignore this email if it wasn't you.`,
  }),
  M({
    slug: 'en-un-refund-closed', kind: 'unrelated', lang: 'en', caseId: CASE.danaRefund, enc: 'utf8b64', to: da,
    date: d('2026-10-06 11:00:00'),
    subject: `RE:[CASE ${CASE.danaRefund}] [AWS Training and Certification Form Submission] - voucher-refund`,
    trap: true,
    note: 'the user\'s other case (voucher refund) completed and closed',
    text: `Dana,

Refund for the unused exam voucher is processed. This case is now closed.

Rick`,
  }),
  M({
    slug: 'en-un-agent-ooo', kind: 'unrelated', lang: 'en', caseId: CASE.oliver, enc: 'ascii7', to: ol, from: 'Eleanor Hughes <ehughes@amazon.com>',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    date: d('2026-11-07 07:07:07'),
    subject: `Automatic reply: RE:[CASE ${CASE.oliver}]`,
    trap: true,
    note: "the agent's out-of-office auto-reply",
    text: `Thank you for your message. I am out of the office until 9 November with limited access to email. Your case will be picked up by a colleague and your request confirmed on my return.`,
  }),
  M({
    slug: 'en-un-own-forward', kind: 'unrelated', lang: 'en', caseId: CASE.dana, enc: 'ascii7',
    from: to(DANA.name, DANA.keep), to: to(DANA.name, DANA.src), trusted: false,
    date: d('2026-10-01 20:00:00', '-0700'),
    subject: `Fwd: ${formSubj(CASE.dana)}`,
    trap: true,
    note: "the user's own forward of the completion to her other address",
    text: `fyi - merge done, can drop this mailbox

Sent from my phone

-------- Original message --------
From: AWS Training and Certification <${FORM_ADDR}>
Date: 10/1/26 11:44 AM (GMT-08:00)
To: ${DANA.keep}
Subject: ${formSubj(CASE.dana)}

Done. Acounts merged. Everything from ${DANA.srcId} is on ${DANA.keepId} now.`,
  }),
];

void FORM;
void REQ_OLIVER;
