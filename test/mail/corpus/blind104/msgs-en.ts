// English messages of the cy set (voice: policy and formal notice).
import type { Msg } from './lib.js';
import {
  ALEX, AWS_NOTIFY, CASE, CREDLY_AWS, EN_BENEFIT, EN_CPA, EN_CREDLY, EN_IRREV, EN_RETENTION, M, MARIA, PORTAL, PRIYA, SAM, SUPPORT_ADDR,
  d, formSubject, formSubjectNew, gmailEn, htmlDoc, outlookEn, paras, quote, sfOriginal, sfRef,
} from './common.js';

const A = CASE.alex;
const P = CASE.priya;
const R = CASE.maria;
const S = CASE.sam;

const ALEX_REQ = `Hello,
Please merge my two AWS Certification accounts.
Keep: ${ALEX.keep} (${ALEX.keepId})
Merge from: ${ALEX.src} (${ALEX.srcId})
Thanks, Alex Kim`;

const PRIYA_REQ = `Hi - I changed jobs and now have two certification accounts. I would like to keep ${PRIYA.keep}; the old one is ${PRIYA.src}. Regards, Priya Nair`;

const SAM_REQ = `I took two exams through a contractor email (${SAM.src}) and want them on my personal account ${SAM.keep}. Please combine them.`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    slug: 'en-ack-alex',
    kind: 'acknowledgement', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep, from: AWS_NOTIFY,
    subject: `We have received your request (Case ID ${A})`, date: d('2026-02-16 15:02:11', '+0000'),
    note: 'automatic receipt of the new case with its ID',
    text: `Hello,

This is an automated message. Your request to AWS Training and Certification has been received and assigned Case ID ${A}.

A member of our team will respond within 24 hours. Please do not open an additional case for the same request; duplicate cases delay our response.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-priya-notice',
    kind: 'acknowledgement', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep,
    subject: formSubjectNew(P), date: d('2026-03-23 10:40:00', '+0000'),
    note: 'formal "this notice confirms receipt" acknowledgement',
    text: `Dear Priya Nair,

This notice confirms receipt of your inquiry submitted through the AWS Training and Certification contact form on March 23, 2026.

Case reference: ${P}
Category: Certification \u2013 Account assistance

Your inquiry will be reviewed in the order received. ${EN_RETENTION}

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'en-ack-sam-html',
    kind: 'acknowledgement', lang: 'en', caseId: S, enc: 'utf8b64', to: SAM.keep, from: AWS_NOTIFY,
    subject: `AWS Support: case ${S} created`, date: d('2026-04-20 18:11:00', '+0000'),
    note: 'HTML-only receipt',
    html: htmlDoc(`<table width="600"><tr><td>
<h2>Thank you for contacting AWS</h2>
<p>Case ID: <strong>${S}</strong><br>Subject: Certification account<br>Status: Unassigned</p>
<p>To add information, reply to this email. Replies from addresses not on the case may not be attached.</p>
</td></tr></table>`, 'en'),
  }),
  M({
    slug: 'en-ack-maria-alt',
    kind: 'acknowledgement', lang: 'en', caseId: R, enc: 'utf8qp', to: MARIA.keep, from: AWS_NOTIFY,
    subject: 'Your AWS Training and Certification inquiry', date: d('2026-05-04 08:00:00', '+0000'),
    note: 'multipart receipt with the case ID only in the body',
    text: `Hi Maria,

Thanks for reaching out. We logged your inquiry as case ${R}. Expect a reply from an agent within one business day.

- AWS Training and Certification`,
    html: htmlDoc(`<p>Hi Maria,</p><p>Thanks for reaching out. We logged your inquiry as case <b>${R}</b>. Expect a reply from an agent within one business day.</p><p>- AWS Training and Certification</p>`, 'en'),
  }),
  M({
    slug: 'en-ack-forged-domain',
    kind: 'acknowledgement', lang: 'en', caseId: A, enc: 'ascii7', trusted: false, to: ALEX.keep,
    from: 'AWS Support <case-notify@aws-support.com>', subject: `Case ${A} received - action required`, date: d('2026-02-17 02:00:00', '+0000'),
    note: 'receipt-shaped mail from a non-AWS domain that passes its own DMARC (untrusted)',
    text: `Your case ${A} has been received.
To keep the case open, verify your AWS Certification credentials within 48 hours:
https://aws-support.com/cert/verify`,
  }),
  M({
    slug: 'en-ack-sam-fields-dkim',
    kind: 'acknowledgement', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.keep, auth: 'dkimonly', trap: true,
    subject: formSubjectNew(S), date: d('2026-04-20 18:12:30', '+0000'),
    note: 'receipt that lists the fields submitted; asks nothing (trap: info words)',
    text: `Dear Candidate,

We acknowledge receipt of your submission. The following details were recorded:

1. Full name: Sam Okafor
2. Contact email: ${SAM.keep}
3. Candidate ID: not provided
4. Inquiry type: account-assistance

Case number: ${S}. No further action is required from you at this time.

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  M({
    slug: 'en-ai-alex-tool',
    kind: 'ai_answer', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep, from: AWS_NOTIFY,
    subject: `Case ${A}: suggested answer`, date: d('2026-02-16 15:02:40', '+0000'),
    note: 'automated suggestion of the self-service Merge Accounts tool',
    text: `This answer was generated automatically and may not be accurate.

You may be able to resolve this yourself. Sign in to your AWS Certification account, open your profile, and choose "Merge Accounts". Enter the sign-in details of the other account and follow the prompts.

If both accounts hold certifications, the tool cannot be used and an agent will follow up on this case.

Did this answer your question? Yes | No`,
  }),
  M({
    slug: 'en-ai-priya-after',
    kind: 'ai_answer', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep, from: AWS_NOTIFY, trap: true,
    subject: `Automated response to case ${P}`, date: d('2026-03-23 10:40:20', '+0000'),
    note: 'AI answer describing what happens after a merge, in general terms (trap)',
    text: `Generated by Amazon Q.

When two certification accounts are merged, the certifications and benefits of the source account appear on the target account and the source account is closed. Credly badges are not always transferred automatically; after a merge you can claim them again from the kept email address.

Try the Merge Accounts option in your certification profile first.`,
  }),
  M({
    slug: 'en-ai-sam-html',
    kind: 'ai_answer', lang: 'en', caseId: S, enc: 'utf8qp', to: SAM.keep, from: AWS_NOTIFY,
    subject: `AI-generated guidance for case ${S}`, date: d('2026-04-20 18:11:20', '+0000'),
    note: 'multipart AI answer pointing to self-service',
    text: `Hello Sam,

Based on your question, here is an AI-generated suggestion:
- Sign in with the account you want to keep.
- Go to Profile > Merge Accounts.
- Authenticate the second account.

If this does not help, select "Create case" to reach an agent.`,
    html: htmlDoc(`<p>Hello Sam,</p><p>Based on your question, here is an AI-generated suggestion:</p>
<ul><li>Sign in with the account you want to keep.</li><li>Go to Profile &gt; Merge Accounts.</li><li>Authenticate the second account.</li></ul>
<p>If this does not help, select "Create case" to reach an agent.</p>`, 'en'),
  }),
  M({
    slug: 'en-ai-maria-voucher',
    kind: 'ai_answer', lang: 'en', caseId: R, enc: 'ascii7', to: MARIA.keep, from: AWS_NOTIFY, trap: true,
    subject: `[Auto-reply] Benefits and account merge - case ${R}`, date: d('2026-05-04 08:00:30', '+0000'),
    note: 'AI answer quoting benefit terms; speaks of transfer in general (trap)',
    text: `This is an automated, AI-generated reply.

${EN_BENEFIT}

If you merge accounts with the self-service tool, unused benefits are transferred with the certifications, subject to the terms above.`,
  }),
  M({
    slug: 'en-ai-forged-failthen',
    kind: 'ai_answer', lang: 'en', caseId: null, enc: 'ascii7', trusted: false, auth: 'failThenForged', to: ALEX.keep, from: AWS_NOTIFY,
    subject: 'Amazon Q answer to your question', date: d('2026-02-18 04:00:00', '+0000'),
    note: 'AI-answer-shaped mail: topmost verdict fails, a planted pass lower down (untrusted)',
    text: `Amazon Q here. Your merge can be processed instantly if you confirm your password at
https://aws-q-assist.example.org/merge`,
  }),
  M({
    slug: 'en-ai-priya-cpa',
    kind: 'ai_answer', lang: 'en', caseId: P, enc: 'utf8b64', to: PRIYA.keep, from: AWS_NOTIFY,
    subject: `Suggested resolution (generated) - ${P}`, date: d('2026-03-23 10:41:00', '+0000'),
    note: 'AI answer citing the one-account clause and the self-service tool',
    text: `The following was produced by an AI assistant.

${EN_CPA}

In most cases you can combine accounts yourself with Merge Accounts in your certification profile. If the tool reports that both accounts have certification history, wait for an agent on this case.`,
  }),

  // ---------------- info_request ----------------
  M({
    slug: 'en-info-alex-formal',
    kind: 'info_request', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-17 09:15:00', '+0000'),
    note: 'formal request for IDs, names and the account to keep',
    text: `Dear Alex Kim,

Thank you for contacting AWS Training and Certification.

Before we can process an account consolidation, our identity policy requires the following. Please reply to this email with:

(a) the Candidate ID and sign-in email of the account you wish to RETAIN;
(b) the Candidate ID and sign-in email of the account to be merged;
(c) the full legal name registered on each account.

We will review your reply and advise on next steps.

Kind regards,
AWS Training and Certification Customer Service
${sfRef('A1')}

${sfOriginal(ALEX.keep, '2/16/2026 3:01 PM', SUPPORT_ADDR, 'account-assistance', ALEX_REQ)}`,
  }),
  M({
    slug: 'en-info-priya-confirmaddr',
    kind: 'info_request', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep, trap: true,
    subject: formSubject(P), date: d('2026-03-24 07:00:00', '+0000'),
    note: '"please confirm the email address you keep" asks for information (trap: confirm words)',
    text: `Hello Priya,

Thanks for the details. Could you please confirm which email address should remain on the account after the merge? Our records show a third address, p.nair@example.org, as the exam notification email on one profile.

Best,
Daniel
AWS Training and Certification

${gmailEn('Mon, Mar 23, 2026 at 6:39 PM', PRIYA.name, PRIYA.keep, PRIYA_REQ)}`,
  }),
  M({
    slug: 'en-info-sam-fromkeep-ids',
    kind: 'info_request', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.src,
    subject: formSubject(S), date: d('2026-04-21 12:00:00', '+0000'),
    note: 'write from the kept address AND include both candidate IDs: info_request',
    text: `Hello,

For security reasons, merge requests must come from the email address of the account being kept. Please reply from ${SAM.keep} and include the Candidate IDs (beginning with "AWS") of both accounts.

Regards,
AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-maria-identity',
    kind: 'info_request', lang: 'en', caseId: R, enc: 'utf8b64', to: MARIA.keep,
    subject: formSubject(R), date: d('2026-05-05 09:30:00', '+0000'),
    note: 'identity policy quoted; requests the name as shown on the ID used at the exam',
    text: `Dear Maria Garcia,

Please be advised that, under our account and identity policy, a merge may only be performed where the CANDIDATE named on both accounts is the same person. The names on your two accounts differ ("Maria Garcia" and "Maria J. Garcia Lopez").

Please provide the full name exactly as it appears on the government-issued ID you presented at your exams, and the Candidate ID of each account.

Sincerely,
AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-alex-toppost',
    kind: 'info_request', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-18 10:05:00', '+0000'),
    note: 'short plain request for the missing source ID, top-posted over a Gmail quote',
    text: `Hi Alex - thanks. One thing missing: the Candidate ID for ${ALEX.src}. You can find it on your certificate PDF. - Jordan

${gmailEn('Tue, Feb 17, 2026 at 9:40 PM', ALEX.name, ALEX.keep, `Keep ${ALEX.keep} (${ALEX.keepId}). The other one is my work address. Name on both: Alex Kim.`)}`,
  }),
  M({
    slug: 'en-info-forged-otheronly',
    kind: 'info_request', lang: 'en', caseId: P, enc: 'ascii7', trusted: false, auth: 'otherOnly', to: PRIYA.keep,
    subject: formSubject(P), date: d('2026-03-24 13:00:00', '+0000'),
    note: 'info request with only a foreign authserv-id\'s pass, below the server (untrusted)',
    text: `Dear Candidate,

To continue, reply with a photo of your passport and the sign-in passwords for both accounts.`,
  }),
  M({
    slug: 'en-info-sam-screens',
    kind: 'info_request', lang: 'en', caseId: S, enc: 'utf8b64', to: SAM.keep,
    subject: formSubject(S), date: d('2026-04-22 08:00:00', '+0000'),
    note: 'asks for screenshots of each account\'s certification page',
    text: `Hello Sam,

Thank you for writing from ${SAM.keep}. To verify ownership, kindly attach screenshots of the Certifications page of each account, showing the Candidate ID in the top right corner.

AWS Training and Certification Customer Service`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    slug: 'en-conf-alex-advised',
    kind: 'confirmation_request', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-19 08:00:00', '+0000'),
    note: 'formal numbered terms, then asks for explicit consent by reply',
    text: `Dear Alex Kim,

Please be advised that we are ready to merge the following accounts:

TARGET ACCOUNT: ${ALEX.keepId} (${ALEX.keep})
SOURCE ACCOUNT: ${ALEX.srcId} (${ALEX.src})

Terms:
${EN_IRREV}

To proceed, reply to this email stating that you agree to the merge. No action will be taken until we receive your written consent.

AWS Training and Certification
${sfRef('A3')}`,
  }),
  M({
    slug: 'en-conf-priya-plain',
    kind: 'confirmation_request', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep,
    subject: formSubject(P), date: d('2026-03-25 06:00:00', '+0000'),
    note: 'plain agent asks for a yes before merging; irreversible',
    text: `Hi Priya,

All set on our side. I'll combine ${PRIYA.src} into ${PRIYA.keep} as soon as you give me the go-ahead. Heads up: this can't be undone afterwards. Just reply "yes" and I'll take it from there.

Daniel`,
  }),
  M({
    slug: 'en-conf-sam-alt',
    kind: 'confirmation_request', lang: 'en', caseId: S, enc: 'utf8qp', to: SAM.keep,
    subject: formSubject(S), date: d('2026-04-23 07:30:00', '+0000'),
    note: 'multipart consent request with a definitions block',
    text: `Dear Sam Okafor,

Definitions: "TARGET" means ${SAM.keepId}; "SOURCE" means ${SAM.srcId}.

We request your consent to merge SOURCE into TARGET. By replying "I agree", you acknowledge that the merge is irreversible and that SOURCE will be closed.

AWS Training and Certification`,
    html: htmlDoc(paras(`Dear Sam Okafor,

Definitions: "TARGET" means ${SAM.keepId}; "SOURCE" means ${SAM.srcId}.

We request your consent to merge SOURCE into TARGET. By replying "I agree", you acknowledge that the merge is irreversible and that SOURCE will be closed.

AWS Training and Certification`), 'en'),
  }),
  M({
    slug: 'en-conf-maria-reminder',
    kind: 'confirmation_request', lang: 'en', caseId: R, enc: 'ascii7', to: MARIA.keep,
    subject: formSubject(R), date: d('2026-05-09 09:00:00', '+0000'),
    note: 'reminder that the merge still awaits her consent',
    text: `Hello Maria,

We are still waiting for your approval to merge ${MARIA.srcId} into ${MARIA.keepId}. Because a merge cannot be reversed, we only act on the account holder's explicit agreement. Please reply to let us know you approve.

Thank you,
AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-forged-freemail',
    kind: 'confirmation_request', lang: 'en', caseId: A, enc: 'ascii7', trusted: false, to: ALEX.keep,
    from: 'AWS Training and Certification <aws.training.cert@outlook.com>',
    subject: formSubject(A), date: d('2026-02-19 11:00:00', '+0000'),
    note: 'consent request with the support display name on a free-mail address (untrusted)',
    text: `Dear Alex,

Please confirm the merge by signing in at https://aws-merge-confirm.example.net within 24 hours, otherwise both accounts will be closed under the CPA.`,
  }),
  M({
    slug: 'en-conf-priya-dkim',
    kind: 'confirmation_request', lang: 'en', caseId: P, enc: 'utf8b64', to: PRIYA.keep, auth: 'dkimonly',
    subject: formSubject(P), date: d('2026-03-26 05:00:00', '+0000'),
    note: 'formal consent request, DKIM-only authentication',
    text: `Dear Priya Nair,

This notice confirms that your identity has been verified. Before we proceed, we require your acknowledgement of the following:

1. ${PRIYA.srcId} will be merged into ${PRIYA.keepId}.
2. ${EN_BENEFIT}
3. The merge is final.

Reply "I acknowledge and agree" to authorise the merge.`,
  }),
  M({
    slug: 'en-conf-sam-outlook',
    kind: 'confirmation_request', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.keep,
    subject: formSubject(S), date: d('2026-04-22 22:00:00', '+0000'),
    note: 'consent request above an Outlook-quoted thread',
    text: `Hello Sam,

Screenshots received, thank you. Kindly reply to approve the merge of your contractor account into your personal account. Once approved we cannot reverse it.

Regards,
Lena | AWS Training and Certification

${outlookEn(`${SAM.name} <${SAM.keep}>`, 'Wednesday, April 22, 2026 5:12 PM', SUPPORT_ADDR, formSubject(S), `Attached are both screenshots.

${outlookEn('AWS Training and Certification', 'Wednesday, April 22, 2026 9:00 AM', SAM.keep, formSubject(S), 'To verify ownership, kindly attach screenshots of the Certifications page of each account.')}`)}`,
  }),

  // ---------------- merge_completed ----------------
  M({
    slug: 'en-merge-alex-notice',
    kind: 'merge_completed', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-20 14:00:00', '+0000'),
    note: '"this notice confirms" the accounts have been merged; rest is policy',
    text: `Dear Alex Kim,

NOTICE OF ACCOUNT CONSOLIDATION

This notice confirms that SOURCE ACCOUNT ${ALEX.srcId} has been merged into TARGET ACCOUNT ${ALEX.keepId}.

Please note:
- ${EN_BENEFIT}
- ${EN_CREDLY}
- ${EN_RETENTION}

AWS Training and Certification
${sfRef('A4')}`,
  }),
  M({
    slug: 'en-merge-priya-close',
    kind: 'merge_completed', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep,
    subject: formSubject(P), date: d('2026-03-27 09:00:00', '+0000'),
    note: 'plain completion that also says the case will now be closed',
    text: `Hi Priya,

Done - your accounts are now one. Everything from ${PRIYA.src} shows under ${PRIYA.keep}. I'll close this case now; reply within 14 days if anything looks off.

Daniel`,
  }),
  M({
    slug: 'en-merge-portal',
    kind: 'merge_completed', lang: 'en', caseId: null, enc: 'ascii7', to: SAM.keep, from: PORTAL,
    subject: 'Your AWS Certification accounts have been merged', date: d('2026-04-24 03:00:00', '+0000'),
    note: 'the certification portal\'s own merged notice, no case ID',
    text: `Hello Sam Okafor,

The AWS Certification account registered to ${SAM.src} was merged into your account ${SAM.keep}. Use ${SAM.keep} to sign in from now on.

This is an account notice sent under the AWS Certification Program Agreement. Please do not reply.`,
  }),
  M({
    slug: 'en-merge-sam-support',
    kind: 'merge_completed', lang: 'en', caseId: S, enc: 'utf8b64', to: SAM.keep,
    subject: formSubject(S), date: d('2026-04-24 02:30:00', '+0000'),
    note: 'support: merge processed, please review the kept account',
    text: `Hello Sam,

Per your approval, the merge has been processed. Your certifications, exam history and benefits are now on ${SAM.keepId}. Kindly sign in and review that all looks right.

Lena

${quote('I agree. Please go ahead.')}`,
  }),
  M({
    slug: 'en-merge-forged-lookalike',
    kind: 'merge_completed', lang: 'en', caseId: R, enc: 'ascii7', trusted: false, to: MARIA.keep, auth: 'none',
    from: 'AWS Training and Certification <notice@amazon.com.cert-notice.net>',
    subject: formSubject(R), date: d('2026-05-08 12:00:00', '+0000'),
    note: 'completion notice from a look-alike domain, no authentication (forged)',
    text: `Dear Candidate,

Your accounts have been merged. Claim your merged voucher here: https://amazon.com.cert-notice.net/claim`,
  }),
  M({
    slug: 'en-merge-maria-mobile',
    kind: 'merge_completed', lang: 'en', caseId: R, enc: 'ascii7', to: MARIA.keep,
    subject: formSubject(R), date: d('2026-05-10 16:00:00', '+0000'),
    note: 'terse completion line, case ID only in subject',
    text: `Maria - merge complete, both certs are on ${MARIA.keep} now. - R.

Sent from my iPhone`,
  }),
  M({
    slug: 'en-merge-misdelivered',
    kind: 'merge_completed', lang: 'en', caseId: A, enc: 'ascii7', forUser: false, to: 'j.doe@example.com',
    subject: formSubject(A), date: d('2026-02-20 14:05:00', '+0000'),
    note: 'a completion notice addressed to someone else (not the user)',
    text: `Dear J. Doe,

This is to inform you that the requested account merge has been carried out. The source account is now closed and its records are on the target account.

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    slug: 'en-badge-credly-alex',
    kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8qp', to: ALEX.keep, from: CREDLY_AWS,
    subject: 'You earned a badge from Amazon Web Services Training and Certification', date: d('2026-02-22 10:00:00', '+0000'),
    note: 'Credly issues the AWS badge to the kept address',
    text: `Hi Alex,

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/2ce01b6a`,
    html: htmlDoc(`<p>Hi Alex,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/2ce01b6a">Accept your badge</a></p>`, 'en'),
  }),
  M({
    slug: 'en-badge-alex-closing',
    kind: 'badges_transferred', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-23 09:00:00', '+0000'),
    note: 'support: badges moved to the kept Credly account, closing the case',
    text: `Dear Alex,

The Credly badges previously issued to ${ALEX.src} have been reassigned to ${ALEX.keep}. With this, we consider your request fulfilled and are closing the case.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-badge-credly-priya-html',
    kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'utf8b64', to: PRIYA.keep, from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certification sent you a badge', date: d('2026-03-28 07:00:00', '+0000'),
    note: 'HTML-only Credly issuance of an AWS badge',
    html: htmlDoc(`<p>Congratulations, Priya!</p><p>Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.</p><p><a href="https://www.credly.com/earner/earned/badge/5a0d7e13">Accept your badge</a></p>`, 'en'),
  }),
  M({
    slug: 'en-badge-priya-support',
    kind: 'badges_transferred', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep,
    subject: formSubject(P), date: d('2026-03-30 08:00:00', '+0000'),
    note: 'support says the badges now sit on the kept account',
    text: `Hi Priya,

Following up on your note about Credly: I have transferred both badges to the Credly profile for ${PRIYA.keep}. They should appear after you sign in.

${EN_CREDLY}

Daniel`,
  }),
  M({
    slug: 'en-badge-forged-credly',
    kind: 'badges_transferred', lang: 'en', caseId: null, enc: 'ascii7', trusted: false, to: SAM.keep, auth: 'none',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    subject: 'Your badges have been moved', date: d('2026-04-25 05:00:00', '+0000'),
    note: 'badge mail from credIy.com (capital I), unauthenticated (forged)',
    text: `Your AWS badges have been moved to your new account. Sign in to keep them: https://credIy.com/signin`,
  }),
  M({
    slug: 'en-badge-sam-support',
    kind: 'badges_transferred', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.keep,
    subject: formSubject(S), date: d('2026-04-26 10:00:00', '+0000'),
    note: 'support confirms the badges are now under the kept email',
    text: `Hello Sam,

The two badges issued to your contractor address now sit on the Credly account for ${SAM.keep}.

Lena`,
  }),

  // ---------------- case_closed ----------------
  M({
    slug: 'en-close-alex-5days',
    kind: 'case_closed', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-18 20:00:00', '+0000'),
    note: 'will close in 5 days without a reply',
    text: `Hello Alex,

We have not heard back from you. If we do not receive a reply within 5 days, this case will be closed automatically.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-close-priya-restate',
    kind: 'case_closed', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep, trap: true,
    subject: formSubject(P), date: d('2026-04-06 08:00:00', '+0000'),
    note: 'closing that only restates the earlier merge (trap)',
    text: `Dear Priya Nair,

As your accounts were merged on March 27 and no further questions have been raised, this case is now closed. ${EN_RETENTION}`,
  }),
  M({
    slug: 'en-close-sam-notify',
    kind: 'case_closed', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.keep, from: AWS_NOTIFY,
    subject: `Case ${S} has been resolved`, date: d('2026-05-03 00:00:00', '+0000'),
    note: 'system notice: case resolved',
    text: `Your support case ${S} has been marked as resolved.

You can reopen it by replying within 14 days.

Amazon Web Services`,
  }),
  M({
    slug: 'en-close-maria-noresponse',
    kind: 'case_closed', lang: 'en', caseId: R, enc: 'utf8b64', to: MARIA.keep,
    subject: formSubject(R), date: d('2026-05-16 09:00:00', '+0000'),
    note: 'closed for lack of response',
    text: `Dear Maria Garcia,

As we have not received the information requested on May 5, we have closed this case. You are welcome to submit a new request at any time.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-close-forged-fail',
    kind: 'case_closed', lang: 'en', caseId: A, enc: 'ascii7', trusted: false, auth: 'fail', to: ALEX.keep,
    subject: formSubject(A), date: d('2026-02-24 09:00:00', '+0000'),
    note: 'closing notice with dmarc=fail (untrusted)',
    text: `Your case is closed. To download your case transcript, sign in at https://aws-case-archive.example.com.`,
  }),
  M({
    slug: 'en-close-alex-resent',
    kind: 'case_closed', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.src, forUser: false,
    resent: { from: 'postmaster@work.example.net', to: 'archive@work.example.net', date: d('2026-03-01 10:00:00', '+0000') },
    subject: formSubject(A), date: d('2026-03-01 09:59:00', '+0000'),
    note: 'closing notice redirected by the work mail server to an archive (Resent-*)',
    text: `Hello,

This case has been closed. Thank you for contacting AWS Training and Certification.`,
  }),

  // ---------------- support_reply ----------------
  M({
    slug: 'en-sr-alex-thanks',
    kind: 'support_reply', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep, trap: true,
    subject: formSubject(A), date: d('2026-02-19 19:00:00', '+0000'),
    note: 'thanks for confirming, passed to the team (trap)',
    text: `Dear Alex,

Thank you for confirming. Your consent has been recorded and passed to our accounts team for processing.

${quote('I agree to the merge.')}`,
  }),
  M({
    slug: 'en-sr-priya-future',
    kind: 'support_reply', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep, trap: true,
    subject: formSubject(P), date: d('2026-03-26 12:00:00', '+0000'),
    note: 'future: once the merge is complete we will notify you (trap)',
    text: `Hi Priya,

Quick update: the request is in the queue. Once the merge is complete you'll get a note from me on this case.

Daniel`,
  }),
  M({
    slug: 'en-sr-sam-notyet',
    kind: 'support_reply', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.keep, trap: true,
    subject: formSubject(S), date: d('2026-04-23 20:00:00', '+0000'),
    note: 'negated: the merge has not been completed yet (trap)',
    text: `Hello Sam,

To answer your question: no, the merge has not been completed yet. It is scheduled for processing within 2 business days.

Lena`,
  }),
  M({
    slug: 'en-sr-maria-escalate',
    kind: 'support_reply', lang: 'en', caseId: R, enc: 'utf8b64', to: MARIA.keep,
    subject: formSubject(R), date: d('2026-05-06 09:00:00', '+0000'),
    note: 'escalation to the specialist team',
    text: `Dear Maria,

Thank you for the documents. Your request has been escalated to our Certification Operations team for review. We will write again on this case.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-sr-alex-dupcases',
    kind: 'support_reply', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep, trap: true,
    subject: formSubject(A), date: d('2026-02-17 11:00:00', '+0000'),
    note: 'duplicate support cases merged: not the account merge (trap)',
    text: `Hello Alex,

We noticed a second case (${CASE.alexOther}) with the same request and have merged it into this one. Please keep all correspondence on case ${A}.`,
  }),
  M({
    slug: 'en-sr-priya-conduct',
    kind: 'support_reply', lang: 'en', caseId: P, enc: 'utf8qp', to: PRIYA.keep,
    subject: formSubject(P), date: d('2026-03-24 15:00:00', '+0000'),
    note: 'answers a question about candidate conduct rules; no event',
    text: `Hi Priya,

You asked whether holding two accounts was a violation. Under the Candidate Code of Conduct, using multiple accounts to circumvent exam retake rules is prohibited; holding two accounts by accident after a change of employer is not treated as misconduct. No action is being taken against your certifications.

Daniel`,
  }),
  M({
    slug: 'en-sr-sam-fromkeep',
    kind: 'support_reply', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.src,
    subject: formSubject(S), date: d('2026-04-21 08:00:00', '+0000'),
    note: 'write from the address you keep, nothing else asked',
    text: `Hello,

Please send any further replies on this case from the address you intend to keep (${SAM.keep}). We cannot act on instructions sent from the address being retired.`,
  }),
  M({
    slug: 'en-sr-maria-unable',
    kind: 'support_reply', lang: 'en', caseId: R, enc: 'utf8b64', to: MARIA.keep, trap: true,
    subject: formSubject(R), date: d('2026-05-07 09:00:00', '+0000'),
    note: 'unable to merge yet: the accounts belong to different names (trap)',
    text: `Dear Maria,

Please be advised that we are unable to merge the accounts while the registered names differ. Once you update the name on ${MARIA.srcId} in your profile, reply here and we will reassess.`,
  }),

  // ---------------- unrelated ----------------
  M({
    slug: 'en-un-survey',
    kind: 'unrelated', lang: 'en', caseId: A, enc: 'ascii7', to: ALEX.keep, from: AWS_NOTIFY, trap: true,
    subject: 'How did we do? Tell us about your recent case', date: d('2026-02-25 00:00:00', '+0000'),
    note: 'satisfaction survey (trap: resolved/closed words)',
    text: `Your case ${A} was recently closed. Was your issue resolved? Take our 1-minute survey:
https://survey.aws.example/s/case`,
  }),
  M({
    slug: 'en-un-score-report',
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', trusted: false, to: PRIYA.keep, trap: true,
    from: 'Pearson VUE <noreply@pearsonvue.com>', subject: 'Your score report is available', date: d('2026-04-15 09:00:00', '+0000'),
    note: 'exam vendor score notice (trap: completed/transfer words)',
    text: `Your exam has been completed and your score report has been transferred to AWS Certification. Results will be available in your certification account within 5 business days.`,
  }),
  M({
    slug: 'en-un-hashicorp',
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'utf8qp', to: SAM.keep, trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>', subject: 'HashiCorp sent you a badge', date: d('2026-04-28 07:00:00', '+0000'),
    note: 'Credly badge from another issuer (trap)',
    text: `Sam, HashiCorp has issued you the HashiCorp Certified: Terraform Associate badge.
Accept your badge: https://www.credly.com/earner/earned/badge/ee1190b2`,
  }),
  M({
    slug: 'en-un-own-forward',
    kind: 'unrelated', lang: 'en', caseId: A, enc: 'ascii7', trusted: false, to: ALEX.src, trap: true, auth: 'none',
    from: `${ALEX.name} <${ALEX.keep}>`,
    subject: `Fwd: ${formSubject(A)}`, date: d('2026-02-20 16:00:00', '+0000'),
    note: 'the user forwarding the merge notice to his own work address',
    text: `FYI - merge is done, keeping this for records.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: Fri, Feb 20, 2026 at 2:00 PM
Subject: ${formSubject(A)}

This notice confirms that SOURCE ACCOUNT ${ALEX.srcId} has been merged into TARGET ACCOUNT ${ALEX.keepId}.`,
  }),
  M({
    slug: 'en-un-reschedule-case',
    kind: 'unrelated', lang: 'en', caseId: CASE.alexOther, enc: 'ascii7', to: ALEX.keep, trap: true,
    subject: `RE:[CASE ${CASE.alexOther}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: d('2026-03-05 09:00:00', '+0000'),
    note: 'the user\'s other case, about exam rescheduling, closing (trap)',
    text: `Hello Alex,

Your exam appointment has been moved to March 19 as requested, and the rescheduling fee has been waived. As your scheduling question is resolved, we are closing this case.`,
  }),
  M({
    slug: 'en-un-credly-code',
    kind: 'unrelated', lang: 'en', caseId: null, enc: 'ascii7', to: PRIYA.keep, trap: true,
    from: 'Credly <donotreply@credly.com>', subject: 'Complete your account merge', date: d('2026-03-29 10:00:00', '+0000'),
    note: 'Credly\'s own account-merge verification code (trap)',
    text: `We received a request to merge Credly accounts. Enter this code to complete the merge: 553901.
If you did not request this, you can ignore this email.`,
  }),
  M({
    slug: 'en-un-agent-ooo',
    kind: 'unrelated', lang: 'en', caseId: S, enc: 'ascii7', to: SAM.keep,
    extra: ['Auto-Submitted: auto-replied'],
    subject: `Automatic reply: ${formSubject(S)}`, date: d('2026-04-22 23:00:00', '+0000'),
    trap: true,
    note: 'an agent\'s out-of-office auto-reply; says the message was received (trap)',
    text: `I am out of the office until April 27. Your message has been received by the queue and another team member will respond.`,
  }),
];
