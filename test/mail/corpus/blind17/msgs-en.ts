// Set p, English messages. Written fresh for this set (edge shapes and traps).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, HELPDESK, MOREAU, MOREAU_REQ, NOVAK, NOVAK_REQ, RAHMAN, RAHMAN_REQ, SUPPORT, SUPPORT_ADDR,
  d, formSubject, formSubjectBare, gmailEn, outlookEn, quote, sfBlock, sfRef, via,
} from './common.js';

type P = Omit<Msg, 'forUser' | 'trap' | 'auth' | 'trusted' | 'lang'> & Partial<Pick<Msg, 'forUser' | 'trap' | 'auth' | 'trusted'>>;
const en = (p: P): Msg => ({ lang: 'en', forUser: true, trap: false, auth: 'pass', trusted: true, ...p });

const sfEn = (id: string, who: string, addr: string, sent: string, body: string): string =>
  sfBlock(`${who} <${addr}>`, sent, SUPPORT_ADDR, formSubjectBare(id), body);

export const EN: Msg[] = [
  // ───────────── acknowledgement (6) ─────────────
  en({
    slug: 'ack-en-logged-24h',
    kind: 'acknowledgement', caseId: CASE.novak,
    note: 'automatic receipt: case logged, answer within a day, do not open another case',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubjectBare(CASE.novak),
    date: d('2026-02-09 16:20:31', '-0500'), enc: 'ascii7',
    text: `Hello Daniel,

Your message to AWS Training and Certification has been logged as case ${CASE.novak}.
One of our specialists normally responds within 24 hours. To keep things moving, please reply to this email rather than submitting the form again - a second case for the same request only adds delay.

This is an automated message.
AWS Training and Certification Customer Support`,
  }),
  en({
    slug: 'ack-en-fields-shape-only',
    kind: 'acknowledgement', caseId: CASE.rahman,
    note: 'receipt recognisable by shape only: field list, no verb, no RE:',
    from: SUPPORT, to: RAHMAN.keep,
    subject: `Case ${CASE.rahman} | AWS Training and Certification | General question`,
    date: d('2026-03-02 08:44:19', '+0000'), enc: 'utf8qp',
    text: `Case number:        ${CASE.rahman}
Opened:             2026-03-02 08:44 UTC
Inquiry type:       AWS Training and Certification
Issue:              Certification - account merge
Contact email:      ${RAHMAN.keep}
Candidate ID:       ${RAHMAN.keepId}
Expected response:  within 1 business day

Reply above this line to add information to the case.`,
  }),
  en({
    slug: 'ack-en-html-only-id-body',
    kind: 'acknowledgement', caseId: CASE.moreau,
    note: 'HTML-only receipt; the subject has no ID, the case number is only in the body',
    from: SUPPORT, to: MOREAU.keep,
    subject: 'We have your request',
    date: d('2026-02-23 10:02:11', '+0100'), enc: 'utf8b64',
    html: `<!DOCTYPE html><html><body>
<div style="max-width:600px;font-family:Arial">
<h3>Thanks for getting in touch</h3>
<p>Hi Lucas,</p>
<p>Reference <strong>${CASE.moreau}</strong> has been assigned to your enquiry about your certification accounts. A support specialist will write to you shortly.</p>
<p style="font-size:12px;color:#777">Please keep the reference in the subject line of any reply.</p>
</div></body></html>`,
  }),
  en({
    slug: 'ack-en-subdomain-lookalike',
    kind: 'acknowledgement', caseId: CASE.novakDup, trusted: false,
    note: 'receipt from support.aws.com.case-center.net, a look-alike, not a subdomain of a trusted domain',
    from: 'AWS Support <no-reply@support.aws.com.case-center.net>', to: NOVAK.keep,
    subject: `Case ${CASE.novakDup} received`,
    date: d('2026-02-10 03:12:40', '+0000'), enc: 'ascii7',
    text: `Dear customer,

We received your case ${CASE.novakDup}. Sign in to view the status:
https://support.aws.com.case-center.net/case/${CASE.novakDup}

AWS Support`,
  }),
  en({
    slug: 'ack-en-lf-thanks-reaching-out',
    kind: 'acknowledgement', caseId: CASE.novakDup,
    note: 'receipt of the user\'s second (duplicate) submission; LF line ends',
    from: SUPPORT, to: NOVAK.src,
    subject: formSubjectBare(CASE.novakDup),
    date: d('2026-02-10 03:10:58', '+0000'), enc: 'ascii7', crlf: false,
    text: `Thanks for reaching out to AWS Training and Certification.

We've opened case ${CASE.novakDup} for you. Expect a reply from our team within one business day.

Kind regards,
AWS T&C Support
(automated notification - case ${CASE.novakDup})`,
  }),
  en({
    slug: 'ack-en-confirmation-that-trap',
    kind: 'acknowledgement', caseId: CASE.moreau, trap: true,
    note: '"This is a confirmation that your case was created": confirmation words, receipt kind',
    from: AWS_NOTIFY, to: MOREAU.keep,
    subject: `Confirmation: support case ${CASE.moreau} created`,
    date: d('2026-02-23 10:01:40', '+0000'), enc: 'ascii7',
    text: `This is a confirmation that support case ${CASE.moreau} was created on your behalf.

Subject: account-assistance
Severity: General guidance

No action is needed on your part right now. You will receive an email when an agent responds.

Amazon Web Services`,
  }),

  // ───────────── ai_answer (6) ─────────────
  en({
    slug: 'ai-en-try-merge-tool',
    kind: 'ai_answer', caseId: null,
    note: 'AI-generated answer pointing to the self-service merge tool',
    from: AWS_NOTIFY, to: NOVAK.keep,
    subject: 'Your AI-generated answer from AWS Support',
    date: d('2026-02-09 16:12:08', '-0500'), enc: 'ascii7',
    text: `Here's an answer generated by AI based on your question. It may contain mistakes.

You can usually combine two AWS Certification profiles yourself. Sign in to the certification portal with the profile you want to keep, open your profile menu and pick "Merge Accounts", then enter the other profile's credentials. If both profiles already hold certifications, the tool will decline and you should create a case instead.

Didn't solve it? Choose "Create case" to reach a support specialist.`,
  }),
  en({
    slug: 'ai-en-describes-badge-move-trap',
    kind: 'ai_answer', caseId: null, trap: true,
    note: 'automated answer explaining how badges move after a merge; still ai_answer',
    from: AWS_NOTIFY, to: RAHMAN.keep,
    subject: 'Suggested answer: merging certification accounts',
    date: d('2026-03-02 08:31:52', '+0000'), enc: 'utf8qp',
    text: `Suggested answer (automated)

After two certification accounts are merged, certifications, exam history and benefits appear under the account you kept. Credly badges are tied to an email address, so once the merge is complete you may need to accept the badges again under the kept address - or ask support to move them.

To start a merge, use the Merge Accounts option in the certification portal. Was this helpful?`,
  }),
  en({
    slug: 'ai-en-html-multipart-steps',
    kind: 'ai_answer', caseId: null,
    note: 'multipart AI suggestion with numbered steps',
    from: AWS_NOTIFY, to: MOREAU.keep,
    subject: 'Recommended next steps for your question',
    date: d('2026-02-23 09:55:02', '+0000'), enc: 'utf8b64',
    text: `Recommended next steps (generated automatically)

1. Sign in with the account you want to keep.
2. Go to Profile > Merge Accounts.
3. Enter the email address of the second account and follow the prompts.

If the merge tool isn't available for you, continue to create a case.`,
    html: `<p><i>Recommended next steps (generated automatically)</i></p>
<ol><li>Sign in with the account you want to keep.</li><li>Go to Profile &gt; Merge Accounts.</li><li>Enter the email address of the second account and follow the prompts.</li></ol>
<p>If the merge tool isn't available for you, continue to create a case.</p>`,
  }),
  en({
    slug: 'ai-en-dkim-only-assistant',
    kind: 'ai_answer', caseId: null, auth: 'dkimonly',
    note: 'AI assistant answer authenticated by an aligned DKIM pass only (no dmarc line): trusted',
    from: 'AWS Support Assistant <assistant@support.aws.com>', to: NOVAK.src,
    subject: 'Answer from AWS Support Assistant',
    date: d('2026-02-09 15:58:44', '-0500'), enc: 'ascii7',
    text: `I'm the AWS Support Assistant, an automated helper.

It sounds like you have two certification accounts. The quickest path is usually the self-service Merge Accounts page in the certification portal. If that reports that both accounts have certification history, please open a support case with both candidate IDs.

- AWS Support Assistant (automated)`,
  }),
  en({
    slug: 'ai-en-lookalike-authserv',
    kind: 'ai_answer', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'AI-answer text, Authentication-Results from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY, to: RAHMAN.src,
    subject: 'AI answer to your question',
    date: d('2026-03-01 22:10:10', '+0000'), enc: 'ascii7',
    text: `This answer was generated by AI.

Use the Merge Accounts tool in the certification portal to combine your profiles. If it does not work, create a support case.`,
  }),
  en({
    slug: 'ai-en-was-this-helpful',
    kind: 'ai_answer', caseId: null,
    note: 'generated answer with a feedback prompt and a create-case hint',
    from: AWS_NOTIFY, to: MOREAU.src,
    subject: 'AWS Support - generated response',
    date: d('2026-02-22 19:40:31', '+0100'), enc: 'utf8qp',
    text: `Generated response

Candidate IDs start with "AWS" followed by digits; you'll find yours at the top of the certification portal. To consolidate two profiles, use Merge Accounts while signed in to the profile you intend to keep.

Was this response helpful?  Yes  |  No

Still stuck? Select Create case and a person from our team will follow up.`,
  }),

  // ───────────── info_request (7) ─────────────
  en({
    slug: 'info-en-ids-which-one-sf',
    kind: 'info_request', caseId: CASE.novak,
    note: 'asks for both candidate IDs, login emails and which account to keep; Salesforce history',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-10 12:18:05', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Priyanka and I'll be helping with your request.

So that we can locate both profiles, please reply with:
- the candidate ID of each account
- the sign-in email address of each account
- which of the two you would like to keep after the merge

Best regards,
Priyanka G.
AWS Training and Certification

${sfEn(CASE.novak, NOVAK.name, NOVAK.keep, '2/9/2026 9:20 PM', NOVAK_REQ)}

${sfRef('Pq7Lm3')}`,
  }),
  en({
    slug: 'info-en-confirm-which-address-trap',
    kind: 'info_request', caseId: CASE.rahman, trap: true,
    note: '"could you confirm which address" asks for information: info_request',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-03 14:02:27', '+0000'), enc: 'utf8qp',
    text: `Hi Fatima,

Thanks for the details. Before anything else - could you confirm which email address you want to use to sign in going forward? I see ${RAHMAN.keep} in the form but the bank address on the older profile is also marked as the notification address.

Warm regards,
Tomasz
AWS Training & Certification

-----Original Message-----
${RAHMAN_REQ}`,
  }),
  en({
    slug: 'info-en-missing-id-no-ask-word',
    kind: 'info_request', caseId: CASE.moreau,
    note: 'asks for the missing ID and a screenshot without "please send"',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-24 11:37:50', '+0000'), enc: 'ascii7',
    text: `Hi Lucas,

The agency profile you mentionned doesn't match anything on our side under ${MOREAU.src}; the candidate ID for it is what we'd need, and a screenshot of its Certifications page would speed the lookup considerably.

Thanks,
Jaime
AWS Training and Certification

> ${MOREAU_REQ.split('\n').join('\n> ')}`,
  }),
  en({
    slug: 'info-en-html-id-proof',
    kind: 'info_request', caseId: CASE.novak,
    note: 'HTML-only request for name as on ID and last exam date',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-11 09:30:00', '+0000'), enc: 'utf8qp',
    html: `<html><body>
<p>Hello Daniel,</p>
<p>Thank you for the candidate IDs. Two small things remain before we can verify ownership of the consulting profile:</p>
<ol><li>Your full legal name as it appears on the ID you test with</li><li>The name and date of the most recent exam taken on ${NOVAK.srcId}</li></ol>
<p>Just reply to this message with those.</p>
<p>Priyanka G.<br>AWS Training and Certification</p>
</body></html>`,
  }),
  en({
    slug: 'info-en-outlook-thread-bottom',
    kind: 'info_request', caseId: CASE.rahman,
    note: 'asks for the exam voucher code and the old notification address; Outlook header block quoted',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-04 16:20:44', '+0000'), enc: 'utf8b64',
    text: `Hi Fatima,

Understood, ${RAHMAN.keep} it is. One more piece: you mentioned an unused voucher on the bank profile. Send me the voucher code (or its last 4 characters) so I can make sure it travels with the merge.

Tomasz

${outlookEn(`${RAHMAN.name} <${RAHMAN.keep}>`, 'Tuesday, March 3, 2026 6:41 PM', `AWS Training and Certification <${SUPPORT_ADDR}>`, formSubject(CASE.rahman))}

Hi Tomasz, the .org one please. I also still have a 50% voucher sitting on the old profile.
Fatima`,
  }),
  en({
    slug: 'info-en-to-helpdesk-alias',
    kind: 'info_request', caseId: CASE.moreau, forUser: false,
    note: 'information request addressed to the old employer\'s helpdesk alias, not to the user',
    from: SUPPORT, to: HELPDESK, deliveredTo: null,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-24 11:40:12', '+0000'), enc: 'ascii7',
    text: `Hello,

We're assisting Lucas Moreau with a certification account merge. Could the holder of ${MOREAU.src} reply with the candidate ID shown on that profile?

Thank you,
AWS Training and Certification`,
  }),
  en({
    slug: 'info-en-mobile-terse',
    kind: 'info_request', caseId: CASE.novak,
    note: 'short request for the kept account written like a mobile note',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-10 20:03:19', '+0000'), enc: 'utf8b64',
    text: `Hi Dan - quick one: which ID stays, ${NOVAK.keepId} or ${NOVAK.srcId}? Need that before I go on.
P.`,
  }),

  // ───────────── confirmation_request (7) ─────────────
  en({
    slug: 'conf-en-permanent-reply-yes',
    kind: 'confirmation_request', caseId: CASE.novak,
    note: 'consent request: permanent, reply to authorise',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-12 10:11:41', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

I've located both profiles:
  Source: ${NOVAK.srcId} (${NOVAK.src})
  Target: ${NOVAK.keepId} (${NOVAK.keep})

Merging is permanent - the source profile cannot be restored afterwards. If you're happy for us to go ahead on that basis, simply reply to this email and we'll start.

Priyanka G.`,
  }),
  en({
    slug: 'conf-en-fixed-phrase-caps',
    kind: 'confirmation_request', caseId: CASE.rahman,
    note: 'asks to reply with a fixed phrase to authorise',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-05 09:27:13', '+0000'), enc: 'utf8qp',
    text: `Hi Fatima,

Everything checks out, voucher included. For our records we need your authorisation in writing: reply with the words

    I AUTHORISE THE MERGE

and nothing else changes until we receive it. Please bear in mind this cannot be reversed.

Tomasz`,
  }),
  en({
    slug: 'conf-en-restated-then-asks',
    kind: 'confirmation_request', caseId: CASE.moreau,
    note: 'restates the IDs received on 25 Feb, then asks for go-ahead',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-26 15:50:26', '+0000'), enc: 'ascii7',
    text: `Hi Lucas,

Thanks for the screenshot you sent on 25 February; it shows ${MOREAU.srcId} with the Cloud Practitioner certification.
We're set to fold that into ${MOREAU.keepId}. Do we have your go-ahead? Once done, it can't be split back.

Jaime`,
  }),
  en({
    slug: 'conf-en-html-only-table',
    kind: 'confirmation_request', caseId: CASE.novak,
    note: 'HTML-only consent request with an account table',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-12 10:15:00', '+0000'), enc: 'utf8b64',
    html: `<html><body>
<p>Hello Daniel,</p>
<p>Please review the merge below and reply to let us know we may proceed.</p>
<table border="1" cellpadding="5"><tr><th>Role</th><th>Candidate ID</th><th>Email</th></tr>
<tr><td>Keep</td><td>${NOVAK.keepId}</td><td>${NOVAK.keep}</td></tr>
<tr><td>Merge into the above</td><td>${NOVAK.srcId}</td><td>${NOVAK.src}</td></tr></table>
<p><b>Important:</b> a merge cannot be undone.</p>
<p>Priyanka G.</p>
</body></html>`,
  }),
  en({
    slug: 'conf-en-gmail-long-thread',
    kind: 'confirmation_request', caseId: CASE.rahman,
    note: 'top-posted consent request over a Gmail-quoted thread',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-06 13:05:48', '+0000'), enc: 'utf8qp',
    text: `Hi Fatima,

No problem - a plain "yes" works too, the phrase was only a suggestion. Can you reply and let me know you agree to merging ${RAHMAN.srcId} into ${RAHMAN.keepId}? It's irreversible.

Tomasz

${gmailEn('Thu, Mar 5, 2026 at 7:12 PM', RAHMAN.name, RAHMAN.keep)}
> Hi Tomasz, sorry, does it have to be exactly that phrase? I'm on my phone.
>
${quote(`${gmailEn('Thu, Mar 5, 2026 at 9:27 AM', 'AWS Training and Certification', SUPPORT_ADDR)}
> Hi Fatima,
>
> Everything checks out, voucher included. For our records we need your
> authorisation in writing.`)}`,
  }),
  en({
    slug: 'conf-en-dmarc-fail',
    kind: 'confirmation_request', caseId: CASE.moreau, trusted: false, auth: 'fail',
    note: 'consent request with dmarc=fail on the topmost Authentication-Results: untrusted',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-26 02:40:03', '+0000'), enc: 'ascii7',
    text: `Hello,

Please confirm you agree to the merge of your accounts by replying YES. This cannot be undone.

AWS Training and Certification`,
  }),
  en({
    slug: 'conf-en-terse-permanent',
    kind: 'confirmation_request', caseId: CASE.novak,
    note: 'terse consent request with abbreviations',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-13 08:02:55', '+0000'), enc: 'utf8b64',
    text: `Dan, pls let me know you're ok w/ us merging ${NOVAK.srcId} into ${NOVAK.keepId} - it's permanent, so I'll wait for your OK before touching anything.
P.`,
  }),

  // ───────────── merge_completed (7) ─────────────
  en({
    slug: 'merged-en-profiles-combined',
    kind: 'merge_completed', caseId: CASE.novak,
    note: 'support says the two profiles have been combined',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-14 05:40:17', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

Good news: ${NOVAK.srcId} has been folded into ${NOVAK.keepId}. Your certifications, exam history and benefits are now all under ${NOVAK.keep}.

Priyanka G.

${sfEn(CASE.novak, NOVAK.name, NOVAK.keep, '2/13/2026 2:11 PM', 'Yes, OK to merge.\nDan')}`,
  }),
  en({
    slug: 'merged-en-portal-notice',
    kind: 'merge_completed', caseId: null,
    note: 'certification portal\'s own merge notice, no case ID',
    from: 'AWS Certification <no-reply@notifications.aws.training>', to: RAHMAN.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-03-07 01:13:29', '+0000'), enc: 'utf8qp',
    text: `Hello Fatima Rahman,

The merge of your AWS Certification accounts is complete. Certifications and exam history from the merged account now appear under candidate ID ${RAHMAN.keepId}.

Sign in to the AWS Certification portal to review your profile.

AWS Training and Certification`,
  }),
  en({
    slug: 'merged-en-one-line-done',
    kind: 'merge_completed', caseId: CASE.moreau,
    note: 'completion as a one-line reply over the user\'s go-ahead',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-27 17:18:02', '+0000'), enc: 'ascii7',
    text: `Done - both are one profile now under ${MOREAU.keepId}. -Jaime

> Go ahead, merci.
> Lucas`,
  }),
  en({
    slug: 'merged-en-and-closing',
    kind: 'merge_completed', caseId: CASE.rahman,
    note: 'merge done and the case will be closed: the new fact is the merge',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-07 09:22:48', '+0000'), enc: 'utf8b64',
    text: `Hi Fatima,

Thanks for the go-ahead. The bank profile (${RAHMAN.srcId}) has now been merged into ${RAHMAN.keepId}, and the 50% voucher moved along with it.

I'll close this case now; replying to this email reopens it if anything looks off.

Tomasz`,
  }),
  en({
    slug: 'merged-en-please-verify-trap',
    kind: 'merge_completed', caseId: CASE.novakDup, trap: true,
    note: 'merge done; asks to check that everything looks right (confirmation words), stays merge_completed',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novakDup),
    date: d('2026-02-14 06:02:31', '+0000'), enc: 'utf8qp',
    text: `Hello Daniel,

Following up on your second submission: the account consolidation has been carried out on the main case, so everything from the consulting profile now lives on ${NOVAK.keepId}. Please verify that your certifications and benefits look right and let us know if anything is missing.

AWS Training and Certification`,
  }),
  en({
    slug: 'merged-en-freemail-display-name',
    kind: 'merge_completed', caseId: CASE.moreau, trusted: false,
    note: 'trusted-looking display name on a free-mail address (passes for gmail.com only): untrusted',
    from: 'AWS Training and Certification <aws.training.cert.team@gmail.com>', to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-27 03:15:40', '+0000'), enc: 'ascii7', relay: 'mail-sor-f41.google.com',
    text: `Hello Lucas,

Your accounts have been successfully merged. To activate the merged account, sign in within 48 hours at the link below.
https://aws-training-merge.example.org/activate

AWS Training and Certification`,
  }),
  en({
    slug: 'merged-en-html-only-combined',
    kind: 'merge_completed', caseId: CASE.rahman,
    note: 'HTML-only completion notice with status table',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-07 09:20:00', '+0000'), enc: 'utf8qp',
    html: `<html><body>
<p>Hi Fatima,</p>
<table border="1" cellpadding="4"><tr><th>Status</th><td>Merged</td></tr>
<tr><th>Kept account</th><td>${RAHMAN.keepId}</td></tr>
<tr><th>Retired account</th><td>${RAHMAN.srcId}</td></tr></table>
<p>The bank profile's records now sit on your .org account.</p>
<p>Tomasz<br>AWS Training &amp; Certification</p>
</body></html>`,
  }),

  // ───────────── badges_transferred (6) ─────────────
  en({
    slug: 'badges-en-credly-accept',
    kind: 'badges_transferred', caseId: null,
    note: 'AWS badge via Credly to the kept address ("Accept your badge")',
    from: CREDLY_AWS, to: NOVAK.keep,
    subject: 'Daniel, you earned a badge from Amazon Web Services Training and Certification',
    date: d('2026-02-15 14:02:41', '+0000'), enc: 'utf8qp',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified DevOps Engineer - Professional.

Accept your badge
https://www.credly.com/earner/earned/badge/c1f20a77-3d9e-4a5b-8e11-6b2d90f4c3ae

Credly, Inc.`,
  }),
  en({
    slug: 'badges-en-support-moved-closing',
    kind: 'badges_transferred', caseId: CASE.rahman,
    note: 'support says the badges moved and closes the case',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-10 11:45:19', '+0000'), enc: 'ascii7',
    text: `Hi Fatima,

Your two Credly badges (Solutions Architect - Associate and Security - Specialty) have been re-pointed to ${RAHMAN.keep}. You'll get a Credly email to accept them.

With that, I'm resolving this case.

Tomasz`,
  }),
  en({
    slug: 'badges-en-restated-merge-new',
    kind: 'badges_transferred', caseId: CASE.novak,
    note: 'restates the earlier merge; the new event is the badge transfer',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-17 10:10:43', '+0000'), enc: 'utf8b64',
    text: `Hello Daniel,

As noted on 14 February, your profiles were merged. You wrote that the Credly badges were still under the consulting address; our badge team has now transferred all three to ${NOVAK.keep}.

Priyanka G.

${gmailEn('Sun, Feb 15, 2026 at 3:30 PM', NOVAK.name, NOVAK.keep)}
> The merge looks good, but Credly still shows my badges under the old email.`,
  }),
  en({
    slug: 'badges-en-credly-html-only',
    kind: 'badges_transferred', caseId: null, forUser: false,
    note: 'HTML-only Credly AWS badge mail to the old agency address, redirected onward (Resent-*): not forUser',
    from: CREDLY_AWS, to: MOREAU.src,
    resent: { from: 'mailer-daemon@agency.example.eu', to: MOREAU.keep, date: d('2026-03-01 08:08:30', '+0000') },
    subject: 'Your new badge is waiting',
    date: d('2026-03-01 08:08:08', '+0000'), enc: 'utf8qp',
    html: `<html><body><table width="100%"><tr><td align="center">
<h2>AWS Certified Cloud Practitioner</h2>
<p>Issued by Amazon Web Services Training and Certification</p>
<a href="https://www.credly.com/earner/earned/badge/0e7b91c4-2a65-4d3f-b8c0-9f14e6a2d578">Accept your badge</a>
<p style="font-size:11px">Sent to ${MOREAU.src}</p>
</td></tr></table></body></html>`,
  }),
  en({
    slug: 'badges-en-credly-forged-below',
    kind: 'badges_transferred', caseId: null, trusted: false, auth: 'forgedBelow',
    note: 'Credly-looking badge mail whose pass verdict sits below the server\'s Received: untrusted',
    from: CREDLY_AWS, to: RAHMAN.keep,
    subject: 'Fatima, you earned a badge from Amazon Web Services Training and Certification',
    date: d('2026-03-09 04:04:04', '+0000'), enc: 'ascii7',
    text: `Hi Fatima,

You have a new badge: AWS Certified Security - Specialty.

Accept your badge
https://www.credly.com/earner/earned/badge/99b8e2d1-0c4f-4e7a-a3b6-15d7c8f20e9b

Credly`,
  }),
  en({
    slug: 'badges-en-one-line',
    kind: 'badges_transferred', caseId: CASE.moreau,
    note: 'one-line reply: badges are on the new account now',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-03-01 07:55:10', '+0000'), enc: 'ascii7',
    text: `Badges are on ${MOREAU.keep} now - check Credly. -Jaime

${gmailEn('Sat, Feb 28, 2026 at 10:02 AM', MOREAU.name, MOREAU.keep)}
> Merci! And the Credly badge?`,
  }),

  // ───────────── case_closed (6) ─────────────
  en({
    slug: 'closed-en-72h-autoresolve',
    kind: 'case_closed', caseId: CASE.novak,
    note: 'will auto-resolve in 72 hours without a reply',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-18 09:00:00', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

We haven't heard back on this case. If there's no reply within 72 hours it will be resolved automatically; you can still reply afterwards to reopen it within 14 days.

AWS Training and Certification`,
  }),
  en({
    slug: 'closed-en-restates-merge-trap',
    kind: 'case_closed', caseId: CASE.moreau, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-03-06 10:14:33', '+0000'), enc: 'utf8qp',
    text: `Hi Lucas,

With your accounts merged last week and the badge in place, there's nothing left open here, so we're closing the case.

All the best,
Jaime`,
  }),
  en({
    slug: 'closed-en-notify-resolved',
    kind: 'case_closed', caseId: CASE.novak,
    note: 'AWS notification: case resolved',
    from: AWS_NOTIFY, to: NOVAK.keep,
    subject: `Case ${CASE.novak} has been resolved`,
    date: d('2026-02-21 09:00:41', '+0000'), enc: 'ascii7',
    text: `Your AWS Support case ${CASE.novak} (account-assistance) has been resolved.

If the issue comes back within 14 days you can reopen the case from the Support Center.

Amazon Web Services`,
  }),
  en({
    slug: 'closed-en-no-response',
    kind: 'case_closed', caseId: CASE.rahman,
    note: 'closed after no response; reopen by replying',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-20 09:30:00', '+0000'), enc: 'utf8b64',
    text: `Hi Fatima,

Since we haven't heard from you for a week, this case is now closed. Should you need anything else, a reply here will bring it back.

AWS Training & Certification`,
  }),
  en({
    slug: 'closed-en-duplicate-closed-trap',
    kind: 'case_closed', caseId: CASE.novakDup, trap: true,
    note: 'duplicate case merged into the original and closed (cases, not accounts)',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novakDup),
    date: d('2026-02-10 12:30:12', '+0000'), enc: 'ascii7',
    text: `Hello Daniel,

This request duplicates the one you opened yesterday, so we've merged it into that case and are closing this one. Please continue on the original thread.

AWS Training and Certification`,
  }),
  en({
    slug: 'closed-en-other-authserv-only',
    kind: 'case_closed', caseId: CASE.moreau, trusted: false, auth: 'otherOnly',
    note: 'closing notice vouched for only by mx.google.com (below the server\'s Received): untrusted',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-03-08 08:08:08', '+0000'), enc: 'ascii7',
    text: `Hello,

Your case has been closed.

AWS Training and Certification`,
  }),

  // ───────────── support_reply (7) ─────────────
  en({
    slug: 'sr-en-thanks-confirming-trap',
    kind: 'support_reply', caseId: CASE.novak, trap: true,
    note: 'thanks for confirming, passed to the merge team: status reply',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-13 14:40:09', '+0000'), enc: 'ascii7',
    text: `Hi Dan,

Thanks for confirming. I've passed the request to the team that performs merges; they usually finish within a few days. I'll update you here.

Priyanka G.`,
  }),
  en({
    slug: 'sr-en-once-merged-trap',
    kind: 'support_reply', caseId: CASE.rahman, trap: true,
    note: '"once we have merged ... badges" is future: support_reply',
    from: SUPPORT, to: RAHMAN.keep,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-06 17:55:21', '+0000'), enc: 'utf8qp',
    text: `Hi Fatima,

Got it, thank you. Once the merge has gone through I'll ask the badge team to move your Credly badges as well, so you won't need to open anything new.

Tomasz`,
  }),
  en({
    slug: 'sr-en-unable-exam-scheduled-trap',
    kind: 'support_reply', caseId: CASE.moreau, trap: true,
    note: '"we are unable to merge" while an exam is scheduled; no data requested',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-02-25 13:02:37', '+0000'), enc: 'ascii7',
    text: `Hi Lucas,

I'm afraid we are unable to merge the profiles while ${MOREAU.srcId} has an exam scheduled (SAA-C03 on 3 March). After the result posts we can pick this straight back up on this same case.

Jaime`,
  }),
  en({
    slug: 'sr-en-escalated-merge-team',
    kind: 'support_reply', caseId: CASE.novak,
    note: 'escalation/status update',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-11 18:26:14', '+0000'), enc: 'utf8b64',
    text: `Hello Daniel,

A quick update: because the consulting profile was created through a partner programme, I've escalted to our back-end team. Expect 3-5 bussiness days; no action is needed from you in the meantime.

Priyanka G.`,
  }),
  en({
    slug: 'sr-en-write-from-keep',
    kind: 'support_reply', caseId: CASE.rahman,
    note: 'asks the user to write from the kept address, no data requested',
    from: SUPPORT, to: RAHMAN.src,
    subject: formSubject(CASE.rahman),
    date: d('2026-03-02 15:10:50', '+0000'), enc: 'ascii7',
    text: `Hi Fatima,

For security, please continue this conversation from the address you're keeping (${RAHMAN.keep}) rather than the bank mailbox. Simply reply from there.

Tomasz`,
  }),
  en({
    slug: 'sr-en-dup-cases-merged-trap',
    kind: 'support_reply', caseId: CASE.novak, trap: true,
    note: '"we merged your duplicate cases" (cases, not accounts); case continues',
    from: SUPPORT, to: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-10 12:35:40', '+0000'), enc: 'ascii7',
    text: `Hi Dan,

Heads-up: you'd submitted the form twice, so I merged the two cases into this one. Nothing is lost, and I'm still working on your accounts.

Priyanka G.`,
  }),
  en({
    slug: 'sr-en-answers-recert-question',
    kind: 'support_reply', caseId: CASE.moreau,
    note: 'answers a question about recertification dates; no event',
    from: SUPPORT, to: MOREAU.keep,
    subject: formSubject(CASE.moreau),
    date: d('2026-03-03 09:40:22', '+0000'), enc: 'utf8qp',
    text: `Hi Lucas,

To your question: expiry dates don't change. Each certification keeps its own three-year validity counted from the day you passed, regardless of which profile it sits on.

Jaime`,
  }),

  // ───────────── unrelated (11) ─────────────
  en({
    slug: 'un-en-linux-foundation-via-credly',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'badge from another issuer (The Linux Foundation) via Credly',
    from: via('The Linux Foundation'), to: NOVAK.keep,
    subject: 'Daniel, you earned a badge from The Linux Foundation',
    date: d('2026-02-18 19:19:19', '+0000'), enc: 'utf8qp',
    text: `Hi Daniel,

The Linux Foundation has issued you a badge: Certified Kubernetes Administrator (CKA).

Accept your badge
https://www.credly.com/earner/earned/badge/4b6a0d93-e715-42c8-9f0a-3d81b5c7e264

Credly, Inc.`,
  }),
  en({
    slug: 'un-en-credly-merge-authorisation',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'Credly\'s own account merge authorisation mail',
    from: 'Credly <admin@credly.com>', to: RAHMAN.src,
    subject: 'Complete your account merge',
    date: d('2026-03-11 20:30:00', '+0000'), enc: 'ascii7',
    text: `Hi Fatima,

A request was made to merge this Credly account (${RAHMAN.src}) into another Credly account.

Authorization code: 730158

Or click "Complete Account Merge" to finish. If you did not request this, you can ignore this email.

The Credly Team`,
  }),
  en({
    slug: 'un-en-pearson-vue-confirmation',
    kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'Pearson VUE appointment confirmation (other sender)',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: MOREAU.src,
    subject: 'Confirmation of your AWS exam appointment',
    date: d('2026-02-20 12:01:33', '+0000'), enc: 'ascii7',
    text: `Dear Lucas Moreau,

Thank you for scheduling. Your appointment is confirmed.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Date: Tuesday, March 3, 2026, 14:00 CET
Delivery: Pearson VUE test center, Lyon
Registration ID: 448-207-915

Pearson VUE`,
  }),
  en({
    slug: 'un-en-skill-builder-completion',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'Skill Builder completion certificate ("completed")',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: RAHMAN.keep,
    subject: "You've completed AWS Security Fundamentals",
    date: d('2026-03-12 18:45:10', '+0000'), enc: 'utf8qp',
    text: `Congratulations, Fatima!

You completed "AWS Security Fundamentals (Second Edition)". Your certificate of completion is available in My Transcript.

Keep learning with AWS Skill Builder.`,
  }),
  en({
    slug: 'un-en-builder-id-verify',
    kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'AWS Builder ID verification code (signin.aws is outside the trusted list; not a merge case)',
    from: 'AWS <no-reply@signin.aws>', to: MOREAU.keep,
    subject: 'Verify your AWS Builder ID email address',
    date: d('2026-02-22 19:30:08', '+0000'), enc: 'ascii7',
    text: `Verify your email

Verification code: 206 491

Enter this code to confirm your email address and finish creating your AWS Builder ID. The code expires in 30 minutes.`,
  }),
  en({
    slug: 'un-en-survey-how-did-we-do',
    kind: 'unrelated', caseId: CASE.novak, trap: true,
    note: 'post-case survey ("was your issue resolved?")',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: NOVAK.keep,
    subject: `How did we do on case ${CASE.novak}?`,
    date: d('2026-02-22 10:00:00', '+0000'), enc: 'ascii7',
    text: `Hi Daniel,

Your case ${CASE.novak} was recently resolved. Was your issue resolved to your satisfaction? Tell us in one click:

Yes: https://survey.aws.amazon.com/r/yes
No:  https://survey.aws.amazon.com/r/no

Amazon Web Services`,
  }),
  en({
    slug: 'un-en-aws-account-case-closing',
    kind: 'unrelated', caseId: CASE.acctEn, trap: true,
    note: 'AWS *account* (billing) support case about closing a member account, not certification',
    from: AWS_NOTIFY, to: RAHMAN.keep,
    subject: `Case ${CASE.acctEn}: closing an AWS account after consolidated billing`,
    date: d('2026-03-13 16:16:16', '+0000'), enc: 'ascii7',
    text: `A new correspondence has been added to AWS Support case ${CASE.acctEn}.

"Hello, the member account 5512-0933-7710 has been removed from your organization, and its charges will now be billed separately. If you intend to close that account, please do so from its own root user. We will resolve this case in 3 days if we do not hear from you."

To view the case, sign in to the Support Center.`,
  }),
  en({
    slug: 'un-en-billing-payment-received',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'billing payment receipt, not a case receipt',
    from: 'Amazon Web Services <aws-receivables-support@email.amazon.com>', to: NOVAK.keep,
    subject: 'Payment received - thank you',
    date: d('2026-03-02 07:00:00', '+0000'), enc: 'ascii7',
    text: `Thank you. We have received your payment for the February 2026 invoice.

Account: 3308-4475-1102
Amount: USD 7.20
Receipt number: 91820644

You can download the receipt from the Billing console.`,
  }),
  en({
    slug: 'un-en-reinvent-registration',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'event registration confirmation (re:Invent), marketing sender',
    from: 'AWS re:Invent <reinvent-noreply@amazon.com>', to: MOREAU.keep,
    subject: 'Your re:Invent registration is confirmed',
    date: d('2026-03-15 15:00:00', '+0000'), enc: 'utf8qp',
    text: `Hi Lucas,

You're all set for AWS re:Invent. Your registration is complete and your badge pickup QR code is below.

AWS Certified? Bring your digital badge to unlock the Certification Lounge.

See you in Las Vegas!`,
  }),
  en({
    slug: 'un-en-agent-out-of-office',
    kind: 'unrelated', caseId: CASE.rahman, trap: true,
    note: 'out-of-office auto-reply from an agent; mentions the merge request being handled by a colleague',
    from: 'Tomasz W. <tomaszw@amazon.com>', to: RAHMAN.keep,
    subject: `Automatic reply: ${formSubject(CASE.rahman)}`,
    date: d('2026-03-06 18:00:31', '+0000'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until 9 March with limited access to email. Your merge request is in the queue and a colleague will pick it up if it's urgent.

Tomasz`,
  }),
  en({
    slug: 'un-en-own-reply-cc-self',
    kind: 'unrelated', caseId: CASE.novak, trap: true, trusted: false,
    note: 'the user\'s own "yes, merge" reply copied to themselves',
    from: `${NOVAK.name} <${NOVAK.keep}>`, to: SUPPORT, cc: NOVAK.keep,
    subject: formSubject(CASE.novak),
    date: d('2026-02-13 14:11:07', '+0000'), enc: 'ascii7', auth: 'none', relay: 'smtp.example.com',
    text: `Yes, OK to merge. I confirm.
Dan

${quote(`On Fri, Feb 13, 2026 at 8:02 AM AWS Training and Certification <${SUPPORT_ADDR}> wrote:
Dan, pls let me know you're ok w/ us merging ${NOVAK.srcId} into ${NOVAK.keepId} - it's permanent.`)}`,
  }),
];

