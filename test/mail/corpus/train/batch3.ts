// Batch 3: mostly English; many agents' styles, other verbs for merge/confirm/complete,
// receipts by their shape, look-alike Credly mail, the user's own mail.
import {
  ackSubject,
  AWS_NOREPLY,
  CREDLY_AWS,
  gmailEn,
  originalMsg,
  outlookEn,
  quote,
  rfcDate,
  sfOriginal,
  sfRef,
  type Spec,
  SUPPORT,
  SUPPORT_NAMED,
  supportSubject,
} from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const A = 'alex.kim@example.com';
const AW = 'a.kim@work.example.net';
const P = 'priya.n@example.org';
const M = 'maria.garcia@example.es';
const d = (iso: string) => new Date(iso);
const E1 = '1769123456';
const E2 = '1773579246810';
const E3 = '176911223344';
const E4 = '17712312312';
const SIG = 'Best regards,\n\nAWS Training and Certification Customer Support';
const sig = (name: string) => `Thanks,\n${name}\nAWS Training & Certification | Customer Support\nhttps://aws.amazon.com/training`;
const ALEX_REQ = `Hello, I have two certification accounts: ${AW} (old job) and ${A}. I'd like everything
under ${A}. Candidate IDs AWS20117745 and AWS20481632.`;

export const batch3: Spec[] = [
  // ---------- acknowledgement ----------
  {
    kind: 'acknowledgement', lang: 'en', slug: 'support-center-case-opened', caseId: E1,
    note: 'AWS Support style "Case opened" notice with severity and response time', from: AWS_NOREPLY, to: A,
    subject: `[Case ${E1}] Account merge request - case opened`, date: rfcDate(d('2025-11-22T17:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Dear AWS customer,

Thank you for contacting AWS. A support case has been opened on your behalf.

Case ID:     ${E1}
Subject:     Account merge request
Severity:    General guidance
Expected first response: within 24 hours

You can view or update the case in the Support Center. Please reply to this email to add
correspondence; creating another case for the same issue will not speed things up.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'this-email-confirms-receipt', caseId: E2, trap: true,
    note: '"This email confirms that we received" - confirm word in a receipt', from: SUPPORT_NAMED, to: M,
    subject: ackSubject(E2), date: rfcDate(d('2025-11-23T09:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'], format: 'alt', charset: 'UTF-8',
    text: `Hi there,

This email confirms that we received your request. Your case ID is ${E2}.

Our specialists typically respond within one business day. There's no need to resubmit
the form; if you want to add something, just reply to this message.

AWS Training and Certification
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'case-open-will-be-closed-when', caseId: E3, trap: true,
    note: 'receipt that explains the case will be closed once resolved (future, not a closing)', from: AWS_NOREPLY, to: P,
    subject: `We've got your request - Case ${E3}`, date: rfcDate(d('2025-11-24T04:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We've got your request and created case ${E3}. It's now in our queue.

A few things to know:
- We'll reply by email within 1-2 business days.
- When your issue is resolved, the case will be closed and you'll receive a short survey.
- Please don't open a duplicate case; it can delay our reply.

Amazon Web Services
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'html-table-receipt', caseId: E4, format: 'html', charset: 'UTF-8',
    note: 'HTML-only receipt with a details table (what was submitted)', from: SUPPORT_NAMED, to: T,
    subject: ackSubject(E4), date: rfcDate(d('2025-11-25T01:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body style="font-family:Arial">
<p>Hello Taro Yamada,</p>
<p>Thank you for reaching out. We have created case <b>${E4}</b> for you.</p>
<table border="1" cellpadding="4">
<tr><td>Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td>Issue</td><td>Account assistance - merge accounts</td></tr>
<tr><td>Candidate ID</td><td>AWS01234567</td></tr>
<tr><td>Contact email</td><td>${T}</td></tr>
</table>
<p>Expected response time: 24-48 hours. Please do not create multiple cases for the same request.</p>
<p>AWS Training and Certification Customer Support</p>
</body></html>`,
    text: `We have created case ${E4} for you.`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'thread-id-ref-tag-receipt', caseId: '1761357924680',
    note: 'Salesforce-style receipt, case number + ref tag, "a specialist will be in touch"', from: SUPPORT_NAMED, to: AW, cc: A,
    subject: `Case #1761357924680 received: AWS Certification account merge`, date: rfcDate(d('2025-11-26T18:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Thank you for contacting AWS Training and Certification.

Case #1761357924680 has been logged. A specialist will be in touch within 48 hours.

*** Please do not change the subject line when replying ***
${sfRef(123)}
`,
  },
  // ---------- ai_answer ----------
  {
    kind: 'ai_answer', lang: 'en', slug: 'amazon-q-steps-qp', caseId: null, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'AI generated steps; disclaimer', from: AWS_NOREPLY, to: M,
    subject: 'Here is a suggested answer to your question', date: rfcDate(d('2025-11-22T09:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    text: `Amazon Q generated this answer from AWS documentation. It may not be accurate.

Q: I have two AWS Certification accounts – can they be merged?

A: Yes. If only one of the accounts has certifications, you can use the self‑service
“Merge Accounts” option under your profile. If both accounts have certification history,
AWS Training and Certification Customer Support can combine them for you: choose
“Create case” below.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'ai-says-after-merge-badges', caseId: null, trap: true,
    note: 'AI answer mentioning "after the merge is complete, claim your badges" - generic advice, not a report',
    from: AWS_NOREPLY, to: T, subject: 'Suggested answer: certification badges after merging accounts', date: rfcDate(d('2025-11-24T02:00:00Z')),
    headers: ['Auto-Submitted: auto-generated'],
    text: `The following content was generated by AI.

After the merge is complete, your certifications will appear in the account you kept.
Digital badges are issued by Credly to the email address on file; if a badge is missing,
claim it from your Credly wallet after the merge.

Didn't find what you need? Create a case to contact Customer Support.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'virtual-agent-transcript', caseId: null, format: 'alt', charset: 'UTF-8',
    note: 'automated chat transcript from the virtual agent', from: AWS_NOREPLY, to: P,
    subject: 'Your chat transcript with the AWS virtual assistant', date: rfcDate(d('2025-11-25T06:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Chat transcript

[06:01] You: how do i combine two certification profiles
[06:01] Virtual assistant: You can link them yourself under Profile > Merge Accounts while
signed in to the account you want to keep.
[06:02] You: both have certifications
[06:02] Virtual assistant: In that case the self-service tool won't work. I can help you create
a case for the Customer Support team. Would you like to continue?

This transcript was generated automatically.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'kb-suggestion-resolve-closes', caseId: null, trap: true,
    note: 'knowledge-base suggestion: "if this resolved your issue, no case will be created" (closed words)',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: A, subject: 'Suggested article: Merge Accounts', date: rfcDate(d('2025-11-21T23:00:00Z')),
    headers: ['Auto-Submitted: auto-generated'],
    text: `Based on your description, this article may solve your problem:

  "How do I merge my AWS Certification accounts?"
  https://repost.aws/knowledge-center/merge-certification-accounts

If this resolved your issue, you don't need to do anything else. If not, select "This didn't
help" to reach a support agent. This message was sent automatically.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'generated-answer-base64-html', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: 'generated answer in base64 multipart', from: AWS_NOREPLY, to: AW,
    subject: 'AWS Support: automated answer', date: rfcDate(d('2025-11-26T17:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

This is an automated answer generated from your question "move my certs to my new email".

You can't change the email of a certification account, but you can merge it into an account
that uses your new email: open the AWS Certification portal, sign in with the new email, go to
Profile and choose Merge Accounts.

Was this helpful? Yes / No
`,
  },
  // ---------- info_request ----------
  {
    kind: 'info_request', lang: 'en', slug: 'wed-need-sign-in-emails', caseId: E1,
    note: '"we\'d need" the sign-in email of both profiles', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-23T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Thanks for reaching out! To look into this we'd need the sign-in email of both certification
profiles, plus the candidate ID shown under Profile for each.

${sig('Marcus')}

${outlookEn(d('2025-11-22T17:00:00Z'), `Alex Kim <${A}>`, SUPPORT, '[AWS Training and Certification Form Submission] - account-assistance')}

${ALEX_REQ}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'screenshot-certification-status', caseId: E2,
    note: 'asks for screenshots of the Certification status page; "Could you please send"', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-24T10:00:00Z'), '+0100'),
    text: `Hello Maria,

Thank you for your patience. We were unable to find a second account under the email you
mentioned. Could you please send us a screenshot of the Certification status page of each
account, so we can match them?

${SIG}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'fill-in-template', caseId: E3,
    note: 'template to fill in; no question mark, no "please provide"', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-11-25T05:00:00Z')),
    text: `Hello Priya,

To process an account merge, reply with the template below completed:

  Full name (as on your ID):
  Account to KEEP - email / candidate ID:
  Account to MERGE - email / candidate ID:
  Reason for the merge:

${SIG}

${sfOriginal(d('2025-11-24T04:00:00Z'), P, '[AWS Training and Certification Form Submission] - account-assistance')}

I have 2 certification accounts and want to combine them.

${sfRef(203)}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'verify-email-of-old-account', caseId: E4,
    note: '"can you verify the email address associated with" the old account; IDs between words', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-26T01:00:00Z')),
    text: `Hello Taro,

Before we can move forward, can you verify the email address associated with the account
AWS07654321? The address we have on file for it, t***@corp.example.co.jp, does not match the one
in your request.

${SIG}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'double-check-candidate-id', caseId: E1,
    note: 'ID not found; "mind double-checking" it', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-25T19:00:00Z'), '-0700'),
    text: `Hi Alex,

The candidate ID AWS20117754 from your last message doesn't match any account on our side.
Would you mind double-checking it? It's shown in the top right corner of your certificate.

${sig('Marcus')}

${gmailEn(d('2025-11-25T03:00:00Z'), `Alex Kim <${A}>`)}
${quote(`Old: ${AW} AWS20117754
New: ${A} AWS20481632`)}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'which-name-on-merged', caseId: E2,
    note: 'asks which name should appear (the two differ)', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-26T10:00:00Z'), '+0100'),
    text: `Hello María,

The two profiles use different names (María García López / Maria Garcia). Which of the two
should appear on your certificates after the merge? Just reply with the exact spelling.

${SIG}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'top-post-above-original', caseId: E3, format: 'alt', charset: 'UTF-8',
    note: 'top-posted request for the company name under the Original Message block', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-11-27T05:00:00Z')),
    text: `Hi Priya,

Thank you. One more thing: the older account was created through an AWS Partner. Please tell
us the partner's company name so that we can ask them to release it.

${sig('Aisha')}

${originalMsg(d('2025-11-26T15:00:00Z'), `Priya N <${P}>`, SUPPORT, supportSubject(E3))}

Full name: Priya Nair
Keep: ${P} / AWS41000022
Merge: priya.nair@consult.example.in / AWS41000871
Reason: I changed jobs.
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'need-write-from-kept-address', caseId: E4,
    note: 'asks the customer to send the account details from the kept address (what to send, from where)', from: SUPPORT, to: TC,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-27T01:00:00Z')),
    text: `Hello Taro,

For security reasons we need the request confirmed from the mailbox of the account you are
keeping. Could you send us, from ${T}, the candidate IDs of both accounts?

${SIG}
`,
  },
  // ---------- confirmation_request ----------
  {
    kind: 'confirmation_request', lang: 'en', slug: 'please-confirm-explicit', caseId: E1,
    note: 'explicit: "Please confirm that you would like us to merge"', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-27T18:00:00Z'), '-0700'),
    text: `Hi Alex,

We found both accounts:

  AWS20117745 (${AW})
  AWS20481632 (${A})

Please confirm that you would like us to merge AWS20117745 into AWS20481632. Please note that
merging accounts cannot be undone.

${sig('Marcus')}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'reply-yes-merge-authorize', caseId: E2,
    note: 'reply "YES, MERGE" to authorize', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-28T10:00:00Z'), '+0100'),
    text: `Hello María,

Everything is ready on our side. To authorize the change, reply with YES, MERGE in the first
line of your message. Without this authorization we can't make changes to your records.

${SIG}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'do-you-authorize-consolidation', caseId: E3,
    note: '"Do you authorize us to proceed with the consolidation?"', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-11-28T05:00:00Z')),
    text: `Hi Priya,

The partner has released AWS41000871. Do you authorize us to proceed with the consolidation of
AWS41000871 into AWS41000022? Your exam history and the unused voucher will move with it.

${sig('Aisha')}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'by-replying-you-acknowledge', caseId: E4,
    note: '"By replying to this email you acknowledge that this is permanent"', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-28T01:00:00Z')),
    text: `Hello Taro,

Thank you for writing from ${T}. Summary of the change:

  From: AWS07654321  ->  To: AWS01234567

By replying to this email you acknowledge that this change is permanent and that you will no
longer be able to sign in to AWS07654321.

${SIG}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'just-need-your-go-ahead', caseId: '1761357924680',
    note: '"we just need your go-ahead"; casual', from: SUPPORT, to: A, cc: AW,
    subject: supportSubject('1761357924680'), date: rfcDate(d('2025-11-28T19:00:00Z'), '-0700'),
    text: `Hey Alex,

Thanks for the details, all checks out. We just need your go-ahead and we'll link the two
profiles (heads up: there's no undo).

Cheers,
Sam
AWS T&C Support
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'review-summary-reply-approve', caseId: E2, format: 'html', charset: 'UTF-8',
    note: 'HTML-only: review the summary and reply to approve', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-29T10:00:00Z'), '+0100'),
    html: `<html><body>
<p>Hello María,</p>
<p>Please review the summary below and reply to this email to approve it.</p>
<ul><li>Account kept: <b>AWS66120034</b> (${M})</li><li>Account removed: <b>AWS66120871</b></li><li>Name on certificates: María García López</li></ul>
<p><i>This action is irreversible.</i></p>
<p>AWS Training and Certification Customer Support</p>
</body></html>`,
    text: 'Please review the summary below and reply to this email to approve it.',
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'can-you-confirm-ids-between', caseId: E1,
    note: '"Can you confirm that AWS20117745 (email), with 2 certifications, should be moved into AWS20481632?"', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-26T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Found it, thanks. Can you confirm that AWS20117745 (${AW}), holding 2 certifications
(SAA-C03 passed 2023-02-11, DVA-C02 passed 2024-05-30), should be moved into AWS20481632?

${sig('Marcus')}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'double-check-before-proceed', caseId: E3,
    note: '"Just to double check before we proceed ... correct?"', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-11-27T12:00:00Z')),
    text: `Hi Priya,

Just to double check before we proceed: you'd like the certifications on priya.nair@consult.example.in
moved to ${P}, and the consulting account closed afterwards, correct? As soon as you reply
we'll action it.

${sig('Aisha')}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'dkim-unaligned-confirm', caseId: E4, auth: 'unaligned',
    note: 'dkim=pass only for an unrelated domain, dmarc=fail: untrusted', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-27T02:00:00Z')),
    text: `Hello Taro,

Please confirm the merge of your accounts by replying within 24 hours, or the request will be
cancelled.

${SIG}
`,
  },
  // ---------- merge_completed ----------
  {
    kind: 'merge_completed', lang: 'en', slug: 'merged-successfully', caseId: E1,
    note: '"have been merged successfully"', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-29T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Your accounts have been merged successfully. AWS20481632 now holds all your certifications
and exam history. Please allow a few hours for the dashboard to refresh.

${sig('Marcus')}

${gmailEn(d('2025-11-28T02:00:00Z'), `Alex Kim <${A}>`)}
${quote(`Yes please go ahead.`)}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'weve-linked-your-accounts', caseId: '1761357924680',
    note: '"We\'ve linked your accounts"', from: SUPPORT, to: A,
    subject: supportSubject('1761357924680'), date: rfcDate(d('2025-11-30T19:00:00Z'), '-0700'),
    text: `Hey Alex,

All done - we've linked your accounts. Sign in with ${A} and you'll see both
certifications listed. The ${AW} login no longer works.

Cheers,
Sam
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'unified-under-one-profile', caseId: E2,
    note: '"your records are now unified under one profile"', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-12-01T10:00:00Z'), '+0100'),
    text: `Hello María,

Thank you for your approval. Your certification records are now unified under one profile,
AWS66120034, with the name María García López.

${SIG}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'transfer-processed-badges-later', caseId: E3,
    note: 'completion ("the transfer ... has been processed") + note that badges follow later', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-11-30T05:00:00Z')),
    text: `Hi Priya,

The transfer of your certification history from AWS41000871 to AWS41000022 has been processed.
Credly badges are handled separately and can take up to 48 hours to be re-issued; if they don't
show by then, let us know on this case.

${sig('Aisha')}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'done-four-certs-and-closing', caseId: E4,
    note: 'completion that also says the case will now be closed: merge_completed', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-29T01:00:00Z')),
    text: `Hello Taro,

Done! AWS01234567 now shows all 4 certifications, including the ones earned under AWS07654321.
As this completes your request, we will now close this case.

${SIG}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'outlook-html-divrplyfwdmsg', caseId: E1, format: 'html', charset: 'UTF-8', cte: 'base64',
    note: 'HTML Outlook reply (divRplyFwdMsg) - completion on top, the consent quoted below', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-30T18:00:00Z'), '-0700'),
    html: `<html><body><div dir="ltr">
<p>Hi Alex,</p>
<p>Following up: the consolidation of AWS20117745 into AWS20481632 finished overnight, and your vouchers are visible too.</p>
<p>Thanks,<br>Marcus</p>
</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Alex Kim &lt;${A}&gt;<br><b>Sent:</b> Friday, November 28, 2025 2:00 AM<br><b>To:</b> ${SUPPORT}<br><b>Subject:</b> ${supportSubject(E1)}</div>
<div><p>Yes please go ahead. Can you also move my vouchers?</p></div>
</body></html>`,
    text: 'the consolidation of AWS20117745 into AWS20481632 finished overnight',
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'other-authserv-completion', caseId: E2, auth: 'other',
    note: 'only another provider\'s A-R: untrusted completion', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-30T11:00:00Z'), '+0100'),
    text: `Hello María,

Your accounts were merged. Sign in here to claim your refund for the duplicate exam fee:
https://aws-refunds.example.org

${SIG}
`,
  },
  // ---------- badges_transferred ----------
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-badge-reissued', caseId: null, format: 'alt', charset: 'UTF-8',
    note: 'Credly: badge re-issued by AWS T&C to the kept email', from: CREDLY_AWS, to: A,
    subject: 'Your badge from Amazon Web Services Training and Certification has been re-issued', date: rfcDate(d('2025-12-01T15:00:00Z')),
    text: `Hi Alex Kim,

Amazon Web Services Training and Certification has re-issued your badge to ${A}:

AWS Certified Developer – Associate

Accept your badge: https://www.credly.com/earner/earned/badge/5e5e5e5e-1111-4222-8333-777788889999

You're receiving this email because you have a Credly account.
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-earned-two-html-only', caseId: null, format: 'html', charset: 'UTF-8',
    note: 'Credly HTML-only: two AWS badges, "Accept your badges" button', from: CREDLY_AWS, to: P,
    subject: 'Congratulations, you earned 2 badges!', date: rfcDate(d('2025-12-01T06:00:00Z')),
    html: `<html><body><table width="600" align="center"><tr><td>
<img src="https://images.credly.com/logo.png" alt="Credly">
<h1>Congratulations, Priya!</h1>
<p>Amazon Web Services Training and Certification issued you 2 badges:</p>
<p>AWS Certified Solutions Architect – Associate<br>AWS Certified Security – Specialty</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px">Accept your badges</a></p>
</td></tr></table></body></html>`,
    text: 'Amazon Web Services Training and Certification issued you 2 badges',
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'support-badges-now-in-credly', caseId: E3,
    note: 'support: "the badges now show in your Credly profile"', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-12-02T05:00:00Z')),
    text: `Hi Priya,

I checked with our Credly team: the badges now show in your Credly profile under ${P}.
Both of them are accepted, so there's nothing else to do.

${sig('Aisha')}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'support-credly-team-moved-four', caseId: E4,
    note: 'support: the Credly team moved all 4 badges', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-12-01T01:00:00Z')),
    text: `Hello Taro,

Good news: the Credly team has moved all 4 of your AWS badges to ${T}. You may need to sign out
and back in to Credly to see them.

${SIG}

${originalMsg(d('2025-11-30T12:00:00Z'), `Taro Yamada <${T}>`, SUPPORT, supportSubject(E4))}

Hi, the merge worked but my Credly badges are still on the old address. Can you help?
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-claim-single', caseId: null, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly: "claim your badge" from AWS T&C (one badge)', from: CREDLY_AWS, to: M,
    subject: 'Amazon Web Services Training and Certification issued you a new badge', date: rfcDate(d('2025-12-02T09:00:00Z')),
    text: `Hi María García López,

You have a new badge waiting: AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification.

Claim your badge and share it with your network:
https://www.credly.com/earner/earned/badge/c1c1c1c1-1111-4222-8333-d2d2d2d2d2d2
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-lookalike-subdomain', caseId: null, auth: 'pass',
    note: 'credly.com.badge-notify.example.com: look-alike, untrusted', from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.example.com>', to: A,
    subject: 'Amazon Web Services Training and Certification sent you a badge', date: rfcDate(d('2025-12-01T04:00:00Z')),
    text: `Hi Alex,

Amazon Web Services Training and Certification issued you a badge. Accept your badge:
https://credly.com.badge-notify.example.com/accept
`,
  },
  // ---------- case_closed ----------
  {
    kind: 'case_closed', lang: 'en', slug: 'closing-no-response', caseId: E2,
    note: '"we are closing this case since we have not heard back"', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-12-05T10:00:00Z'), '+0100'),
    text: `Hello María,

As we have not heard back from you, we are closing this case. If you still need assistance,
reply to this email and the case will be reopened.

${SIG}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'status-closed-html', caseId: E1, format: 'html', charset: 'UTF-8',
    note: 'HTML status card "Status: Closed"', from: AWS_NOREPLY, to: A,
    subject: `Case ${E1} status update`, date: rfcDate(d('2025-12-05T18:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body><table><tr><td><b>Case ID</b></td><td>${E1}</td></tr><tr><td><b>Status</b></td><td>Closed</td></tr><tr><td><b>Resolved by</b></td><td>AWS Training and Certification</td></tr></table>
<p>This case has been closed. To reopen it, reply within 14 days.</p></body></html>`,
    text: 'This case has been closed.',
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'closing-restates-badges', caseId: E3, trap: true,
    note: 'closing notice restating badges issued last week and the merge before', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-12-09T05:00:00Z')),
    text: `Hi Priya,

Since your accounts were combined and your badges were re-issued last week, I'm marking this
case as resolved. It was a pleasure helping you!

${sig('Aisha')}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'close-in-5-days-unless', caseId: E4,
    note: 'warning: closes in 5 days unless the customer responds', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-30T01:00:00Z')),
    text: `Hello Taro,

We're still waiting for your reply to our last message. This case will be closed in 5 days
unless we hear from you.

${SIG}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'cancelled-by-customer', caseId: '1761357924680',
    note: 'closed at the customer\'s request without a merge', from: SUPPORT, to: A,
    subject: supportSubject('1761357924680'), date: rfcDate(d('2025-11-27T19:00:00Z'), '-0700'),
    text: `Hey Alex,

No problem, we won't make any changes. As requested, I've closed this case; you can always
open a new one later.

Cheers,
Sam
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'resolved-with-survey-link', caseId: E2, format: 'alt', charset: 'UTF-8',
    note: 'resolved notice that also carries a survey link (it is still the closing)', from: AWS_NOREPLY, to: M,
    subject: `Case ${E2} has been resolved`, date: rfcDate(d('2025-12-06T10:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    text: `Your case ${E2} has been resolved.

Tell us how we did: https://survey.amazon.com/t/xyz
If you need more help, you can reopen the case within 14 days.
`,
  },
  // ---------- support_reply ----------
  {
    kind: 'support_reply', lang: 'en', slug: 'unable-to-merge-both-active-exams', caseId: E1, trap: true,
    note: '"we are unable to merge" while an exam is scheduled', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-24T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Unfortunately we are unable to merge accounts while one of them has an exam scheduled. Your
DVA-C02 appointment on December 3 is registered under ${AW}. You can either take the exam first
or reschedule it from the other account.

${sig('Marcus')}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'thank-you-for-confirming-passed-on', caseId: E2, trap: true,
    note: '"Thank you for confirming" then hand-off to the team: status update, not a request', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-29T15:00:00Z'), '+0100'),
    text: `Hello María,

Thank you for confirming. I have passed your request to the team that makes the change; it
usually takes 3-5 business days. You will hear from us on this case.

${SIG}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'once-team-completes-you-will-receive', caseId: E3, trap: true,
    note: 'future: "once our team completes the merge, you will receive a confirmation"', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-11-29T05:00:00Z')),
    text: `Hi Priya,

Noted, thank you. Once our team completes the merge, you will receive a confirmation email
on this case. No further action is needed from you in the meantime.

${sig('Aisha')}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'we-have-not-merged-anything', caseId: E4, trap: true,
    note: 'negated: "we have not merged anything yet"; answers a worried question', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-27T05:00:00Z')),
    text: `Hello Taro,

Don't worry - we have not merged anything yet, and nothing will change until you reply to the
summary I sent earlier. Your old login still works for now.

${SIG}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'in-progress-apology-delay', caseId: E1,
    note: 'apology for the delay, request in progress', from: SUPPORT, to: A,
    subject: supportSubject(E1), date: rfcDate(d('2025-11-29T02:00:00Z'), '-0700'),
    text: `Hi Alex,

Apologies for the slow reply - we've had a high volume of requests after re:Invent. Your
request is in progress with our operations team and I'm keeping an eye on it.

${sig('Marcus')}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'routed-to-right-team', caseId: E2,
    note: 'case moved to another queue/team', from: SUPPORT, to: M,
    subject: supportSubject(E2), date: rfcDate(d('2025-11-23T15:00:00Z'), '+0100'),
    text: `Hello María,

Your case reached our billing queue by mistake. I've transferred it to the Training and
Certification team, who will continue from here. You don't need to do anything.

AWS Support
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'reopened-case', caseId: E3,
    note: 'case reopened after the customer replied', from: SUPPORT, to: P,
    subject: supportSubject(E3), date: rfcDate(d('2025-12-10T05:00:00Z')),
    text: `Hi Priya,

I've reopened your case after your last email. I'll check why the voucher is missing and come
back to you within two business days.

${sig('Aisha')}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'answer-credly-separate', caseId: E4,
    note: 'answers a question about how Credly badges work after a merge', from: SUPPORT, to: T,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-25T05:00:00Z')),
    text: `Hello Taro,

To answer your question: Credly badges are tied to an email address, not to the certification
account. After the merge we ask Credly to re-issue them to the address you keep; you can also
add the old address to your Credly profile as a secondary email.

${SIG}
`,
  },
  // ---------- unrelated ----------
  {
    kind: 'unrelated', lang: 'en', slug: 'reinvent-confirm-your-spot', caseId: null, trap: true, format: 'alt', charset: 'UTF-8',
    note: 're:Invent marketing "confirm your spot"', from: 'AWS Events <aws-events@amazon.com>', to: A,
    subject: 'Confirm your spot: AWS re:Invent 2026 registration is open', date: rfcDate(d('2025-11-24T16:00:00Z')), headers: ['Precedence: bulk', 'List-Unsubscribe: <mailto:unsub@amazon.com>'],
    text: `Hi Alex,

Registration for AWS re:Invent 2026 is open. Confirm your spot today and save $300 with the
early-bird pass. Complete your registration before January 31.

Register now: https://reinvent.awsevents.com
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'pearson-appointment-confirmed', caseId: null, trap: true,
    note: 'exam appointment confirmation from the test vendor', from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>', to: AW,
    subject: 'Pearson VUE Confirmation of Exam Appointment', date: rfcDate(d('2025-11-20T16:00:00Z')),
    text: `Dear Alex Kim,

Thank you for scheduling your exam. Your appointment is confirmed.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Wednesday, December 3, 2025  9:00 AM PST
Delivery: OnVUE online proctored
Registration ID: 488123904

Pearson VUE
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'exam-results-available', caseId: null,
    note: 'score report notice', from: 'AWS Certification <no-reply@aws.training>', to: A,
    subject: 'Your AWS Certification exam results are available', date: rfcDate(d('2025-12-04T16:00:00Z')),
    text: `Hello Alex,

Your results for AWS Certified Developer - Associate are now available in your AWS Certification
Account under Exam History.

AWS Training and Certification
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-ibm-badge', caseId: null, trap: true, format: 'alt', charset: 'UTF-8',
    note: 'IBM via Credly badge', from: 'IBM via Credly <admin@credly.com>', to: P,
    subject: 'IBM sent you a new badge', date: rfcDate(d('2025-11-28T14:00:00Z')),
    text: `Hi Priya N,

IBM has issued you a badge: IBM Cloud Essentials.

Accept your badge: https://www.credly.com/earner/earned/badge/12121212-1111-4222-8333-343434343434
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-university-badge', caseId: null, trap: true,
    note: 'university badge via Credly', from: 'Universidad Example via Credly <admin@credly.com>', to: M,
    subject: 'Universidad Example issued you a badge', date: rfcDate(d('2025-11-27T14:00:00Z')),
    text: `Hi María,

Universidad Example has issued you a new badge: Cloud Computing Fundamentals (Micro-credential).

Accept your badge: https://www.credly.com/earner/earned/badge/56565656-1111-4222-8333-787878787878
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'aws-account-closed-notice', caseId: null, trap: true,
    note: 'AWS account (cloud account) closure notice: "closed" but not the support case', from: 'Amazon Web Services <aws-account-management@amazon.com>', to: M,
    subject: 'Your AWS account 210987654321 has been closed', date: rfcDate(d('2025-11-26T12:00:00Z')),
    text: `Hello,

This email confirms that your AWS account 210987654321 has been closed. You can reopen it within
90 days by signing in to the AWS Management Console.

Amazon Web Services
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'this-is-my-architecture-newsletter', caseId: null, format: 'html', charset: 'UTF-8',
    note: 'newsletter about merging data lakes', from: 'AWS Newsletter <aws-newsletter@amazon.com>', to: T,
    subject: 'AWS Monthly: consolidate your data lakes, new badges, and more', date: rfcDate(d('2025-12-01T16:00:00Z')), headers: ['Precedence: bulk'],
    html: `<html><body><h1>AWS Monthly</h1><p>How Example Corp merged three data lakes into one with AWS Lake Formation.</p><p>New Skill Builder digital badges are available.</p><p><a href="https://aws.amazon.com/unsubscribe">Unsubscribe</a></p></body></html>`,
    text: 'How Example Corp merged three data lakes into one',
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'user-sent-i-agree', caseId: E4, trap: true, deliveredTo: null, auth: 'none',
    note: 'the user\'s own sent reply "I agree, please merge" quoting the confirmation request', from: `Taro Yamada <${T}>`, to: SUPPORT,
    subject: supportSubject(E4), date: rfcDate(d('2025-11-28T03:00:00Z')), headers: ['User-Agent: Microsoft-MacOutlook/16.90'],
    text: `I agree. Please merge AWS07654321 into AWS01234567.

Taro

${outlookEn(d('2025-11-28T01:00:00Z'), SUPPORT, T, supportSubject(E4))}

Hello Taro,

By replying to this email you acknowledge that this change is permanent.
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'friend-asks-about-merge', caseId: null, trap: true, auth: 'none',
    note: 'personal mail from a friend asking whether the merge was completed', from: 'Chris Park <chris.park@example.net>', to: A,
    subject: 'did AWS ever merge your cert accounts?', date: rfcDate(d('2025-12-02T03:00:00Z')),
    text: `hey Alex - did AWS support ever confirm the merge of your two cert accounts? I'm about to do
the same, wondering how long it took and whether the badges came along.

Chris
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'skill-builder-order-complete', caseId: null, trap: true,
    note: 'Skill Builder subscription receipt: "your order is complete"', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: P,
    subject: 'Your order is complete: AWS Skill Builder Individual subscription', date: rfcDate(d('2025-11-23T16:00:00Z')),
    text: `Hi Priya,

Thank you for your purchase. Your order is complete.

Item: AWS Skill Builder Individual - monthly
Amount: USD 29.00
Order number: SB-20251123-7781

AWS Training and Certification
`,
  },
  // ---------- forUser false / untrusted extras ----------
  {
    kind: 'merge_completed', lang: 'en', slug: 'addressed-to-other-customer', caseId: '1760555444333', deliveredTo: null,
    note: 'completion addressed to another customer (misdelivered copy): forUser false', from: SUPPORT, to: 'Jordan Lee <jordan.lee@example.com>',
    subject: supportSubject('1760555444333'), date: rfcDate(d('2025-11-28T20:00:00Z')),
    text: `Hello Jordan,

Your accounts have been merged. Please sign in with jordan.lee@example.com.

${SIG}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'resent-from-old-mailbox', caseId: E1, deliveredTo: A,
    note: 'confirmation request redirected from the old work mailbox (Resent-*): forUser false', from: SUPPORT, to: AW,
    headers: [`Resent-From: Alex Kim <${AW}>`, `Resent-To: ${A}`, 'Resent-Date: Fri, 28 Nov 2025 09:30:00 -0700'],
    subject: supportSubject(E1), date: rfcDate(d('2025-11-27T18:05:00Z'), '-0700'),
    text: `Hi Alex,

Please confirm that you would like us to merge AWS20117745 into AWS20481632.

${sig('Marcus')}
`,
  },
];
