// Set ck, English messages: events that have happened next to events that
// have not, will, may, failed, were reversed or belong to something else.
import type { Msg } from './lib.js';
import {
  CASE,
  CREDLY_AWS,
  DANIEL,
  FORM,
  NOTIFY,
  PORTAL,
  SOFIA,
  SUPPORT_EN,
  WEI,
  d,
  formSubject,
  formSubject0,
  fwdEn,
  gmailEn,
  htmlDoc,
  mk,
  origMsg,
  outlookEn,
  paras,
  quote,
  sfEn,
  sfRef,
} from './common.js';

const dan = mk(DANIEL.keep, SUPPORT_EN);
const danN = mk(DANIEL.keep, NOTIFY);
const sof = mk(SOFIA.keep, SUPPORT_EN);
const sofN = mk(SOFIA.keep, NOTIFY);
const wei = mk(WEI.keep, SUPPORT_EN);
const weiN = mk(WEI.keep, NOTIFY);

const D = CASE.daniel;
const S = CASE.sofia;
const W = CASE.wei;

const MARCUS = `Best regards,
Marcus R.
AWS Training and Certification Customer Service`;
const PRIYANKA = `Kind regards,

Priyanka
AWS Training & Certification Support`;
const TOM = `Cheers,
Tom
AWS T&C Customer Support`;

const DAN_REQ = `Hello,
I have two AWS Certification accounts and would like them merged into one.
Keep: ${DANIEL.keep} (${DANIEL.keepId})
Merge from: ${DANIEL.src} (${DANIEL.srcId})
Thanks,
Daniel Okafor`;

const SOF_REQ = `Hi there,
I changed agencies last year and ended up with two certification profiles. Could you combine them? The one I want to keep is ${SOFIA.keep}.
Sofia`;

const WEI_REQ = `Hi, I need my two AWS cert accounts merged. New: ${WEI.keep}. Old (work, leaving soon): ${WEI.src}. Thanks - Wei`;

export const EN: Msg[] = [
  // ------------------------------------------------------------------ acknowledgement
  danN({
    slug: 'en-ack-daniel',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'automatic receipt; the first reply is only expected within 24 hours',
    subject: `[CASE ${D}] We've received your request`,
    date: d('2026-05-04 15:22:08', '+0000'),
    text: `Hello Daniel Okafor,

Thanks for reaching out to AWS Training and Certification. Your case has been created.

Case ID: ${D}
Subject: Account assistance - merge accounts
Severity: General question

A member of our team will review your request and respond within 24 hours. Please don't open a new case for the same issue; duplicate cases slow down our response.

This is an automated message. Replies to this address are not monitored.

Amazon Web Services`,
  }),
  sofN({
    slug: 'en-ack-sofia-html',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: S,
    trap: false,
    note: 'HTML-only receipt of the merge case',
    subject: `AWS Support case ${S} opened`,
    date: d('2026-06-01 08:03:55', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<table role="presentation" width="100%"><tr><td style="background:#232f3e;color:#fff;padding:12px">Amazon Web Services</td></tr>
<tr><td style="padding:12px">
<p>Hi Sofia,</p>
<p>We opened support case <strong>${S}</strong> for your inquiry about your AWS Certification account.</p>
<p>Status: <em>Unassigned</em>. An agent will pick it up shortly; you'll hear from us by email.</p>
</td></tr></table>`,
      'en',
    ),
  }),
  weiN({
    slug: 'en-ack-wei-body-id',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: W,
    trap: false,
    note: 'receipt with the case ID only in the body',
    subject: 'Thanks for contacting AWS Training and Certification',
    date: d('2026-07-13 22:41:19', '+0000'),
    enc: 'utf8b64',
    text: `Hi Wei,

We got your message. Keep this reference handy: case ${W}.
Typical first response time: 1 business day.

- AWS Training and Certification`,
  }),
  dan({
    slug: 'en-ack-lookalike-subdomain',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    caseId: D,
    trap: false,
    note: 'receipt from aws.amazon.com.case-center.net, a look-alike (not a subdomain of a trusted domain)',
    from: 'AWS Support <no-reply@aws.amazon.com.case-center.net>',
    subject: `[CASE ${D}] We've received your request`,
    date: d('2026-05-04 15:40:00', '+0000'),
    text: `Hello,

Your case ${D} has been received. To keep it active, verify your identity within 12 hours:
https://aws.amazon.com.case-center.net/verify

Amazon Web Services`,
  }),
  weiN({
    slug: 'en-ack-wei-dup',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.weiDup,
    trap: false,
    note: 'receipt of a second merge case the user opened by mistake',
    subject: `[CASE ${CASE.weiDup}] We've received your request`,
    date: d('2026-07-14 01:12:45', '+0000'),
    text: `Hello Wei Chen,

Case ${CASE.weiDup} was created for: account-assistance (merge accounts).
We'll be in touch within 24 hours.

Amazon Web Services`,
  }),

  // ------------------------------------------------------------------ ai_answer
  danN({
    slug: 'en-ai-daniel-tool',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'generated answer: use the Merge Accounts tool; describes what happens once merged',
    subject: 'Your AI-generated answer from AWS Support',
    date: d('2026-05-04 15:18:44', '+0000'),
    text: `This response was generated by AI and may contain errors.

You asked: "merge two certification accounts"

You may be able to combine the accounts yourself. Sign in to the AWS Certification portal, open your profile and choose Merge Accounts. Once the accounts are merged, all exam history and active certifications will appear under the account you keep, and your badges can be claimed from that account's email address.

If both accounts already hold certifications, the tool will not allow the merge. In that case, choose "Create case" to reach our team.`,
  }),
  sofN({
    slug: 'en-ai-sofia-q-alt',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: false,
    note: 'Amazon Q answer in multipart/alternative',
    subject: 'Amazon Q answered your question',
    date: d('2026-06-01 07:59:10', '+0000'),
    enc: 'utf8qp',
    text: `Amazon Q (generated answer)

Duplicate certification profiles usually happen after a change of employer. The self-service Merge Accounts option in the certification portal handles simple cases. For profiles that both contain certifications, create a case with Training and Certification support.

Was this helpful?`,
    html: htmlDoc(
      `<p><b>Amazon Q</b> <span style="color:#888">(generated answer)</span></p>
${paras(`Duplicate certification profiles usually happen after a change of employer. The self-service Merge Accounts option in the certification portal handles simple cases. For profiles that both contain certifications, create a case with Training and Certification support.`)}
<p>Was this helpful? <a href="https://support.aws.amazon.com/feedback?y">Yes</a> | <a href="https://support.aws.amazon.com/feedback?n">No</a></p>`,
      'en',
    ),
  }),
  weiN({
    slug: 'en-ai-wei-not-solved',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'automated suggestion; "did this resolve your issue?" is not a closure',
    subject: 'Suggested answer for your question',
    date: d('2026-07-13 22:36:02', '+0000'),
    enc: 'utf8b64',
    text: `Suggested answer (automated)

To link two AWS Certification accounts, use the Merge Accounts option in your certification profile. A verification code is sent to the other account's email.

Did this resolve your issue? If not, you can create a support case from this page and an agent will follow up.`,
  }),
  dan({
    slug: 'en-ai-dmarc-fail',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    caseId: null,
    trap: false,
    note: 'AI-answer shape claiming to be from amazon.com, but dmarc=fail',
    from: NOTIFY,
    auth: 'fail',
    subject: 'Your AI-generated answer from AWS Support',
    date: d('2026-05-05 02:00:00', '+0000'),
    text: `This response was generated by AI.

Accounts can be merged instantly by confirming your card details at https://aws-merge-center.example.com.`,
  }),
  danN({
    slug: 'en-ai-daniel-while-you-wait',
    kind: 'ai_answer',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'automated article suggestions tied to the open case',
    subject: `While you wait: resources for case ${D}`,
    date: d('2026-05-04 16:00:31', '+0000'),
    text: `Hi Daniel,

An agent hasn't replied to case ${D} yet. In the meantime, these automatically selected articles may help:

  * Merging AWS Certification accounts
  * Updating the email address on your certification profile
  * Claiming your AWS Certification digital badge

This message was generated automatically.`,
  }),

  // ------------------------------------------------------------------ info_request
  dan({
    slug: 'en-info-daniel-ids',
    kind: 'info_request',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'asks for IDs and the account to keep; the consent request is only promised',
    subject: formSubject(D),
    date: d('2026-05-05 18:30:12', '+0000'),
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Marcus and I'll be helping with your case.

Before I can submit the merge, I need a few details:
- the candidate ID of each account (it starts with "AWS")
- the email address used to sign in to each account
- which of the two accounts you want to keep

As soon as I have these, I'll send you a short summary to approve. Nothing has been changed on either account yet.

${MARCUS}

${sfRef('D1b')}

${sfEn(DANIEL.keep, '5/4/2026 3:22 PM', FORM, formSubject0(D), DAN_REQ)}`,
  }),
  sof({
    slug: 'en-info-sofia-alt',
    kind: 'info_request',
    lang: 'en',
    caseId: S,
    trap: false,
    note: 'asks which account to keep and both email addresses (multipart)',
    subject: formSubject(S),
    date: d('2026-06-02 09:15:40', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Happy to help with this. Could you tell me which profile should remain active, and send the email address registered on each of them?

${PRIYANKA}`,
    html: htmlDoc(
      `<div>Hi Sofia,</div><div><br></div>
<div>Happy to help with this. Could you tell me which profile should remain active, and send the email address registered on each of them?</div><div><br></div>
<div>Kind regards,<br><br>Priyanka<br>AWS Training &amp; Certification Support</div>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${paras(SOF_REQ)}</blockquote></div>`,
      'en',
    ),
  }),
  sof({
    slug: 'en-info-sofia-not-located',
    kind: 'info_request',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'cannot find the old profile yet; asks for its candidate ID',
    subject: formSubject(S),
    date: d('2026-06-03 11:02:26', '+0000'),
    enc: 'utf8b64',
    text: `Hi Sofia,

Thanks for the addresses. I wasn't able to locate a certification profile registered to ${SOFIA.src}, so I can't move anything over at this point.

Would you be able to share the candidate ID shown on that profile (or on an old score report)? With that I should be able to find it.

${PRIYANKA}

${outlookEn(`Sofia Lindqvist <${SOFIA.keep}>`, '2026-06-02 21:40', FORM, formSubject(S), `Hi Priyanka,
Keep ${SOFIA.keep}. The other one is ${SOFIA.src}.
Sofia`)}`,
  }),
  wei({
    slug: 'en-info-wei-ids-typos',
    crlf: false,
    kind: 'info_request',
    lang: 'en',
    caseId: W,
    trap: true,
    note: 'asks for both candidate IDs; says the merge cannot happen until then (typos kept)',
    subject: formSubject(W),
    date: d('2026-07-14 20:20:20', '+0000'),
    text: `Hi Wei,

Thaks for getting in touch. I cant start the merge untill I have the candidate IDs for both acounts - could you reply with them?

${TOM}

${gmailEn('2026-07-14 08:41', `Wei Chen <${WEI.keep}>`)}
${quote(WEI_REQ)}`,
  }),
  wei({
    slug: 'en-info-wei-rolled-back',
    kind: 'info_request',
    lang: 'en',
    caseId: W,
    trap: true,
    note: 'the merge was reversed (wrong account kept); asks which account to keep before redoing it',
    subject: formSubject(W),
    date: d('2026-07-20 03:45:09', '+0000'),
    enc: 'utf8qp',
    text: `Hi Wei,

I'm sorry for the confusion. Our team merged your accounts in the wrong direction, keeping the work profile (${WEI.src}) instead of your personal one, and has reversed that change today.

So we get it right this time, could you confirm in writing which email address should remain as the sign-in for the combined account? We'll redo the merge once we hear back.

${TOM}`,
  }),
  dan({
    slug: 'en-info-freemail-display',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    caseId: D,
    trap: false,
    note: 'trusted display name on a free-mail address asking for ID documents',
    from: 'AWS Training and Certification <aws.cert.support.team@gmail.com>',
    subject: formSubject(D),
    date: d('2026-05-06 04:12:00', '+0000'),
    text: `Dear Customer,

To complete your request we require a scan of your passport and the passwords for both accounts. Please reply within 24 hours or the request will be cancelled.

AWS Training and Certification`,
  }),
  dan({
    slug: 'en-info-daniel-confirm-address',
    kind: 'info_request',
    lang: 'en',
    caseId: D,
    trap: true,
    note: '"please confirm the email address you keep" asks for information, Outlook quote',
    subject: formSubject(D),
    date: d('2026-05-06 17:48:31', '+0000'),
    text: `Hi Daniel,

Thanks for the candidate IDs. One more thing: please confirm the email address you'd like to keep for signing in after the merge. Your message lists ${DANIEL.keep}, but the profile ${DANIEL.keepId} shows a different notification address.

${MARCUS}

${outlookEn(`Daniel Okafor <${DANIEL.keep}>`, '2026-05-06 09:03', FORM, formSubject(D), `Marcus,

Candidate IDs: ${DANIEL.keepId} (keep) and ${DANIEL.srcId}.
Thanks
Dan`)}`,
  }),

  // ------------------------------------------------------------------ confirmation_request
  dan({
    slug: 'en-conf-daniel',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'asks for "I agree" consent to the permanent merge',
    subject: formSubject(D),
    date: d('2026-05-07 16:05:50', '+0000'),
    text: `Hi Daniel,

Thanks, that clears it up. Here's what we'll do:

  Source account: ${DANIEL.srcId} / ${DANIEL.src}
  Target account: ${DANIEL.keepId} / ${DANIEL.keep}

This action is permanent: after the merge the source account can't be restored. If you agree, reply to this email with "I agree" and we'll take it from there.

${MARCUS}`,
  }),
  sof({
    slug: 'en-conf-sofia-outlook',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: S,
    trap: false,
    note: 'asks the user to confirm they want to go ahead, in an Outlook chain',
    subject: formSubject(S),
    date: d('2026-06-04 10:30:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Found it - thank you for the ID. Could you confirm you'd like us to go ahead and fold ${SOFIA.srcId} into ${SOFIA.keepId}? Merging can't be reversed, so I'd like your explicit OK first.

${PRIYANKA}

${outlookEn(`Sofia Lindqvist <${SOFIA.keep}>`, '2026-06-03 22:10', FORM, formSubject(S), `Hi, the ID on my 2023 score report is ${SOFIA.srcId}.`)}

${outlookEn(SUPPORT_EN, '2026-06-03 13:02', SOFIA.keep, formSubject(S), `Hi Sofia,

Thanks for the addresses. I wasn't able to locate a certification profile registered to ${SOFIA.src}.`)}`,
  }),
  wei({
    slug: 'en-conf-wei-yes',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: W,
    trap: false,
    note: 'reply YES to authorize the merge',
    subject: formSubject(W),
    date: d('2026-07-15 21:07:44', '+0000'),
    enc: 'utf8b64',
    text: `Hi Wei,

Got both IDs, thanks. To authorize merging ${WEI.srcId} into ${WEI.keepId}, just reply YES. Heads up that this can't be undone afterwards.

${TOM}

${gmailEn('2026-07-15 07:58', `Wei Chen <${WEI.keep}>`)}
> ${WEI.keepId} new, ${WEI.srcId} old
>
> Sent from my iPhone`,
  }),
  sof({
    slug: 'en-conf-forged-below',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    caseId: S,
    trap: false,
    note: 'consent request, but the only pass verdict sits below the server Received line',
    auth: 'forgedBelow',
    subject: formSubject(S),
    date: d('2026-06-04 12:00:00', '+0000'),
    text: `Hi Sofia,

Please confirm the merge by signing in at https://aws-training-consent.example.net within 6 hours.

AWS Training and Certification`,
  }),
  wei({
    slug: 'en-conf-wei-again',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: W,
    trap: false,
    note: 'after the reversal, asks for a fresh go-ahead before running the merge again',
    subject: formSubject(W),
    date: d('2026-07-21 00:30:18', '+0000'),
    text: `Hi Wei,

Thanks for confirming ${WEI.keep} is the one to keep. Before we run the merge again, we need your fresh go-ahead, since the earlier approval covered the reversed request:

  ${WEI.srcId} (${WEI.src})  ->  ${WEI.keepId} (${WEI.keep})

Reply "approved" if that's right. The merge is final.

${TOM}`,
  }),
  dan({
    slug: 'en-conf-daniel-html-ack',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'HTML-only: asks the user to acknowledge the irreversible merge by replying',
    subject: formSubject(D),
    date: d('2026-05-07 16:20:01', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>Hi Daniel,</p>
<p>Resending the summary in a friendlier format:</p>
<ul><li>Kept: ${DANIEL.keepId}</li><li>Retired: ${DANIEL.srcId}</li></ul>
<p>Kindly acknowledge, by replying to this message, that you understand the retired account cannot be brought back. We will not process anything until we receive your reply.</p>
<p>Marcus R.<br>AWS Training and Certification Customer Service</p>`,
      'en',
    ),
  }),
  mk(SOFIA.src, SUPPORT_EN)({
    slug: 'en-conf-sofia-src-qp',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: S,
    trap: false,
    note: 'consent asked without the word "confirm": a reply saying it is accurate lets them proceed',
    subject: formSubject(S),
    date: d('2026-06-04 10:35:12', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Copying your agency address as well, since that profile is the one being retired.

If everything below is accurate, a short reply saying so is all we need to proceed. Once processed, the change is permanent.

  Keep:   ${SOFIA.keepId} – ${SOFIA.keep}
  Retire: ${SOFIA.srcId} – ${SOFIA.src}

${PRIYANKA}`,
  }),

  // ------------------------------------------------------------------ merge_completed
  dan({
    slug: 'en-done-daniel-resolve',
    kind: 'merge_completed',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'the accounts were merged; the case will be set to resolved (the new fact is the merge)',
    subject: formSubject(D),
    date: d('2026-05-14 13:13:13', '+0000'),
    text: `Hi Daniel,

Good news: the accounts were merged this morning. Your exam history and both certifications now show under ${DANIEL.keepId}. I'll set this case to resolved; replying will reopen it.

${MARCUS}

${sfRef('D1h')}`,
  }),
  sof({
    slug: 'en-done-sofia-check',
    kind: 'merge_completed',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'completion that asks the user to check everything looks right (still merge_completed)',
    subject: formSubject(S),
    date: d('2026-06-06 08:44:02', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Your two profiles have been combined into ${SOFIA.keepId}. Please sign in and check that all certifications and your exam benefit look right; let me know if anything's off.

${PRIYANKA}`,
  }),
  mk(WEI.keep, PORTAL)({
    slug: 'en-done-portal-wei',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    trap: false,
    note: "the certification portal's own merged notice (no case ID)",
    subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-07-22 05:00:41', '+0000'),
    text: `Hello Wei Chen,

Your AWS Certification accounts have been merged. Sign in with ${WEI.keep} from now on; the other account is no longer active.

AWS Certification`,
  }),
  wei({
    slug: 'en-done-wei-redo',
    kind: 'merge_completed',
    lang: 'en',
    caseId: W,
    trap: false,
    note: 'support: the redone merge went through in the right direction',
    subject: formSubject(W),
    date: d('2026-07-22 05:10:30', '+0000'),
    enc: 'utf8b64',
    text: `Hi Wei,

Done - the merge went through this time with ${WEI.keep} as the surviving account. All four certifications are listed there now.

${TOM}

${gmailEn('2026-07-21 10:02', `Wei Chen <${WEI.keep}>`)}
> approved
>
> Sent from my iPhone`,
  }),
  dan({
    slug: 'en-done-dmarc-fail',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    caseId: D,
    trap: false,
    note: 'completion wording from amazon.com with dmarc=fail',
    auth: 'fail',
    subject: formSubject(D),
    date: d('2026-05-10 09:09:09', '+0000'),
    text: `Hello,

Your accounts are merged. To receive your badges, pay the USD 25 transfer fee at https://badge-transfer.example.com.

AWS Training and Certification`,
  }),
  mk('IT Certifications <it-certs@contractor.example.net>', SUPPORT_EN)({
    slug: 'en-done-to-team-list',
    kind: 'merge_completed',
    lang: 'en',
    forUser: false,
    caseId: D,
    trap: false,
    note: 'completion sent to a team list at the contractor, not to the user',
    subject: formSubject(D),
    date: d('2026-05-14 13:20:00', '+0000'),
    text: `Hello,

As requested by Daniel Okafor, his two AWS Certification accounts were merged into ${DANIEL.keepId}. The contractor account ${DANIEL.srcId} is closed.

${MARCUS}`,
  }),
  sof({
    slug: 'en-done-sofia-dkim',
    kind: 'merge_completed',
    lang: 'en',
    caseId: S,
    trap: false,
    note: 'aligned DKIM only: the merge is done',
    auth: 'dkimonly',
    subject: formSubject(S),
    date: d('2026-06-06 08:40:00', '+0000'),
    text: `Hi Sofia,

Your accounts are now one. ${SOFIA.srcId} has been folded into ${SOFIA.keepId}.

Priyanka`,
  }),

  // ------------------------------------------------------------------ badges_transferred
  mk(DANIEL.keep, CREDLY_AWS)({
    slug: 'en-badge-credly-daniel',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: "AWS's badge issued via Credly to the kept address",
    subject: "You've been issued a badge by Amazon Web Services Training and Certification",
    date: d('2026-05-21 19:03:12', '+0000'),
    enc: 'utf8qp',
    text: `Hi Daniel,

Amazon Web Services Training and Certification issued you a new badge: AWS Certified DevOps Engineer - Professional.

Accept your badge: https://www.credly.com/badges/0c1f7e5a-93b2-4d88-a1e6-2b4f5d7c9e10

The Credly Team`,
    html: htmlDoc(
      `<p>Hi Daniel,</p>
<p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified DevOps Engineer - Professional</b>.</p>
<p><a href="https://www.credly.com/badges/0c1f7e5a-93b2-4d88-a1e6-2b4f5d7c9e10" style="background:#0d6efd;color:#fff;padding:10px 18px">Accept your badge</a></p>`,
      'en',
    ),
  }),
  sof({
    slug: 'en-badge-sofia-moved-closing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'support says the two badges moved and closes the case',
    subject: formSubject(S),
    date: d('2026-06-12 10:01:44', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Both of your Credly badges have been moved to ${SOFIA.keep}; you'll get an email from Credly for each one. I'm closing this case now.

${PRIYANKA}`,
  }),
  mk(WEI.keep, CREDLY_AWS)({
    slug: 'en-badge-credly-wei-html',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    trap: false,
    note: "HTML-only Credly mail: AWS's badges now on the kept account",
    subject: 'Amazon Web Services Training and Certification sent you 4 badges',
    date: d('2026-07-24 02:20:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<h2>Congratulations, Wei!</h2>
<p>Amazon Web Services Training and Certification has issued 4 badges to ${WEI.keep}.</p>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>`,
      'en',
    ),
  }),
  mk(DANIEL.keep, 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>')({
    slug: 'en-badge-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    caseId: null,
    trap: false,
    note: 'Credly badge wording from credly-mail.com, a look-alike domain',
    subject: "You've been issued a badge by Amazon Web Services Training and Certification",
    date: d('2026-05-20 06:06:06', '+0000'),
    text: `Hi Daniel,

Your badge is ready. Accept your badge by signing in with your AWS password:
https://credly-mail.com/accept`,
  }),
  dan({
    slug: 'en-badge-daniel-synced',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'after the wait, support says the badges now sit on the kept account',
    subject: formSubject(D),
    date: d('2026-05-21 18:40:10', '+0000'),
    text: `Hi Daniel,

Quick update: the Credly sync finished last night and all three badges now sit on the profile tied to ${DANIEL.keep}. Look out for the Credly emails to accept them.

${MARCUS}`,
  }),
  wei({
    slug: 'en-badge-wei-reissued',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: W,
    trap: false,
    note: 'support re-issued the badges to the kept address',
    subject: formSubject(W),
    date: d('2026-07-24 02:05:55', '+0000'),
    text: `Hi Wei,

I've had the badges re-issued to ${WEI.keep}. The copies on the old work profile have been revoked, so only the new ones will show on Credly.

${TOM}`,
  }),

  // ------------------------------------------------------------------ case_closed
  danN({
    slug: 'en-closed-daniel-notify',
    kind: 'case_closed',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'support notification: the case has been resolved',
    subject: `Your AWS Support case ${D} has been resolved`,
    date: d('2026-05-22 06:30:00', '+0000'),
    text: `Hello,

Case ${D} has been resolved. If you need more help with this issue, you can reopen the case within 14 days.

Amazon Web Services`,
  }),
  dan({
    slug: 'en-closed-daniel-5days',
    crlf: false,
    kind: 'case_closed',
    lang: 'en',
    caseId: D,
    trap: false,
    note: 'will close automatically if no reply within 5 days',
    subject: formSubject(D),
    date: d('2026-05-09 14:00:00', '+0000'),
    text: `Hi Daniel,

Just checking in on my note from May 7. If we do not hear from you within 5 days, this case will be closed automatically. You can always write back to reopen it.

${MARCUS}`,
  }),
  sof({
    slug: 'en-closed-sofia-restated',
    kind: 'case_closed',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'closing notice that only restates the earlier merge',
    subject: formSubject(S),
    date: d('2026-06-15 07:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

As your profiles were combined last week and the badges have followed, there's nothing left open on our side, so this case is now closed.

${PRIYANKA}`,
  }),
  danN({
    slug: 'en-closed-fail-then-forged',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    caseId: D,
    trap: false,
    note: 'closing notice; the top verdict fails and a pass verdict is planted lower',
    auth: 'failThenForged',
    subject: `Your AWS Support case ${D} has been resolved`,
    date: d('2026-05-22 07:00:00', '+0000'),
    text: `Your case ${D} has been resolved. Download your case transcript: https://aws-case-transcripts.example.net/${D}`,
  }),
  weiN({
    slug: 'en-closed-wei-html',
    kind: 'case_closed',
    lang: 'en',
    caseId: W,
    trap: false,
    note: 'HTML-only notification listing the case as resolved',
    subject: `Case ${W} resolved`,
    date: d('2026-07-27 04:00:12', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<p>Hello Wei,</p>
<table border="1" cellpadding="4"><tr><th>Case ID</th><th>Subject</th><th>Status</th></tr>
<tr><td>${W}</td><td>account-assistance</td><td>Resolved</td></tr></table>
<p>This case is closed. Reply within 14 days to reopen it.</p>`,
      'en',
    ),
  }),
  wei({
    slug: 'en-closed-wei-dup',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.weiDup,
    trap: true,
    note: 'the duplicate case is closed; work continues on the main case',
    subject: formSubject(CASE.weiDup),
    date: d('2026-07-14 20:25:00', '+0000'),
    text: `Hi Wei,

It looks like this request was submitted twice. I've closed case ${CASE.weiDup} as a duplicate and will continue on case ${W}.

${TOM}`,
  }),

  // ------------------------------------------------------------------ support_reply
  dan({
    slug: 'en-reply-daniel-submitted',
    kind: 'support_reply',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'thanks for confirming; submitted; completion only expected',
    subject: formSubject(D),
    date: d('2026-05-08 15:11:41', '+0000'),
    text: `Hi Daniel,

Thank you for confirming. I've submitted the merge request to our back-end team. These are usually processed within 3-5 business days, and you'll receive an email from us once it's complete.

${MARCUS}

${gmailEn('2026-05-08 07:52', `Daniel Okafor <${DANIEL.keep}>`)}
> I agree.
>
> Dan`,
  }),
  dan({
    slug: 'en-reply-daniel-exam-scheduled',
    kind: 'support_reply',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'the merge failed because an exam is scheduled; unable to proceed until afterwards',
    subject: formSubject(D),
    date: d('2026-05-11 12:42:00', '+0000'),
    text: `Hi Daniel,

Unfortunately the merge request was rejected by our system: the source account has an exam scheduled for May 12. We're unable to merge an account with an upcoming appointment, so the accounts are still separate for now.

No need to do anything - once your appointment has passed I'll resubmit the request.

${MARCUS}`,
  }),
  dan({
    slug: 'en-reply-daniel-badges-weekly',
    kind: 'support_reply',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'badges have not moved yet; scheduled for the next weekly sync',
    subject: formSubject(D),
    date: d('2026-05-18 10:00:00', '+0000'),
    text: `Hi Daniel,

I checked with the badging team. Your badges haven't moved yet - they're scheduled to migrate in the next Credly sync, which runs on Wednesdays. If they still aren't showing by Friday, reply here and I'll chase it.

${MARCUS}

${origMsg(`Daniel Okafor <${DANIEL.keep}>`, '2026-05-17 22:10', formSubject(D), `Hi Marcus, the certs are on the new account but Credly still shows the badges on the old email. Is that expected?`)}`,
  }),
  sof({
    slug: 'en-reply-sofia-credly-pending',
    kind: 'support_reply',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'badge transfer requested and pending on the Credly side',
    subject: formSubject(S),
    date: d('2026-06-08 12:12:12', '+0000'),
    enc: 'utf8b64',
    text: `Hi Sofia,

I've raised the badge transfer with Credly. It's pending on their side at the moment, and there's nothing you need to do. I'll update you as soon as they come back.

${PRIYANKA}`,
  }),
  mk(SOFIA.src, SUPPORT_EN)({
    slug: 'en-reply-sofia-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'only asks to write from the kept address; will not act on the source address',
    subject: formSubject(S),
    date: d('2026-06-01 15:30:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

This request came in from ${SOFIA.src}. For security reasons we're unable to action a merge from an address other than the one you're keeping, so please write to us again from that address and we'll continue from there.

${PRIYANKA}`,
  }),
  wei({
    slug: 'en-reply-wei-dup-cases-merged',
    kind: 'support_reply',
    lang: 'en',
    caseId: W,
    trap: true,
    note: '"merged your duplicate cases" is not the account merge',
    subject: formSubject(W),
    date: d('2026-07-14 20:27:00', '+0000'),
    text: `Hi Wei,

FYI, I merged your two cases (${CASE.weiDup} and ${W}) so everything is in one place. Your accounts themselves haven't been touched yet; I'm still waiting on the IDs from my earlier email.

${TOM}`,
  }),
  wei({
    slug: 'en-reply-wei-queue-typos',
    kind: 'support_reply',
    lang: 'en',
    caseId: W,
    trap: true,
    note: 'merge pending in the queue, not yet processed (typos kept)',
    subject: formSubject(W),
    date: d('2026-07-17 02:02:02', '+0000'),
    text: `Hi Wei,

Recieved your YES, thank you. Your merge is in teh queue and has not yet been processed; the team is working through a backlog this week. I'll let you know as soon as it's done.

${TOM}`,
  }),
  wei({
    slug: 'en-reply-wei-skillbuilder-not-cert',
    kind: 'support_reply',
    lang: 'en',
    caseId: W,
    trap: true,
    note: 'the "linked" notice was about Skill Builder, another product; the certification merge is still pending',
    subject: formSubject(W),
    date: d('2026-07-18 06:15:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Wei,

The "accounts linked" email you forwarded came from AWS Skill Builder and refers to your learning profile, not your certification accounts. The certification merge itself is still pending with our team.

${TOM}

${gmailEn('2026-07-18 09:30', `Wei Chen <${WEI.keep}>`)}
> Got an email saying my accounts are linked - does that mean the merge is done?
>
> Sent from my iPhone
>
${quote(fwdEn('AWS Skill Builder <no-reply@aws.training>', '2026-07-18 00:10', 'Your AWS Skill Builder accounts are now linked', WEI.keep, 'Your AWS Skill Builder learning profiles have been linked successfully.'))}`,
  }),
  sof({
    slug: 'en-reply-sofia-escalated',
    kind: 'support_reply',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'escalated; the merge will take longer; an update is promised',
    subject: formSubject(S),
    date: d('2026-06-05 09:00:00', '+0000'),
    text: `Hi Sofia,

Thank you for the go-ahead. Because the agency profile was created under a partner program, I've escalated this to a specialist team. Expect an update from me by Friday; the merge itself may take a few extra days.

${PRIYANKA}`,
  }),
  dan({
    slug: 'en-reply-daniel-expiry-question',
    kind: 'support_reply',
    lang: 'en',
    caseId: D,
    trap: true,
    note: 'answers a question about expiry dates after a merge; nothing has happened',
    subject: formSubject(D),
    date: d('2026-05-06 10:10:10', '+0000'),
    text: `Hi Daniel,

Good question. No, the expiration dates won't change: once the accounts are merged, each certification keeps its original issue and expiry date.

${MARCUS}`,
  }),
  wei({
    slug: 'en-reply-no-auth',
    kind: 'support_reply',
    lang: 'en',
    trusted: false,
    caseId: W,
    trap: true,
    note: 'status update without any Authentication-Results',
    auth: 'none',
    subject: formSubject(W),
    date: d('2026-07-19 11:11:11', '+0000'),
    text: `Hi Wei,

Your merge has been delayed. We will update you when it is scheduled.

AWS Training and Certification`,
  }),

  // ------------------------------------------------------------------ unrelated
  danN({
    slug: 'en-other-refund-receipt',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.danielRefund,
    trap: true,
    note: 'receipt of a separate case about an exam voucher refund',
    subject: `[CASE ${CASE.danielRefund}] We've received your request`,
    date: d('2026-05-12 20:00:00', '+0000'),
    text: `Hello Daniel Okafor,

We've received your request regarding: Exam voucher refund.
Case ID: ${CASE.danielRefund}

We'll respond within 24 hours.

Amazon Web Services`,
  }),
  dan({
    slug: 'en-other-refund-closed',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.danielRefund,
    trap: true,
    note: 'the refund case (not the merge) is completed and closed',
    subject: `RE:[CASE ${CASE.danielRefund}] [AWS Training and Certification Form Submission] - exam-voucher`,
    date: d('2026-05-15 11:30:00', '+0000'),
    text: `Hi Daniel,

Your voucher refund has been processed and should reach your card within 5-10 business days. I'm closing this case now.

Aisha
AWS Training and Certification Customer Service`,
  }),
  sofN({
    slug: 'en-survey-sofia',
    kind: 'unrelated',
    lang: 'en',
    caseId: S,
    trap: true,
    note: 'survey: was your issue resolved?',
    subject: 'How did we do? Tell us about your support experience',
    date: d('2026-06-16 09:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Hi Sofia,

Your recent case (${S}) was closed. Was your issue resolved?

  Yes   |   No

Your feedback helps us improve AWS Support.`,
  }),
  sof({
    slug: 'en-ooo-agent',
    kind: 'unrelated',
    lang: 'en',
    caseId: S,
    trap: true,
    note: "the agent's out-of-office auto-reply",
    subject: `Automatic reply: ${formSubject(S)}`,
    date: d('2026-06-09 07:00:03', '+0000'),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `I'm out of the office until Monday, June 15. Merge requests on my cases will be processed when I return; for anything urgent a colleague will pick up case ${S}.

Priyanka`,
  }),
  mk(WEI.keep, 'HashiCorp via Credly <admin@credly.com>')({
    slug: 'en-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp)',
    subject: "You've been issued a badge by HashiCorp",
    date: d('2026-07-25 16:00:00', '+0000'),
    text: `Hi Wei,

HashiCorp issued you a new badge: HashiCorp Certified: Terraform Associate (003).

Accept your badge: https://www.credly.com/badges/5e2a8c11-7b0d-4f36-9d1e-8a4c2f6b3e77`,
  }),
  mk(FORM, `Daniel Okafor <${DANIEL.keep}>`)({
    slug: 'en-own-daniel-bottom-post',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    caseId: D,
    trap: true,
    note: "the user's own consent reply, bottom-posted, Cc to himself",
    cc: DANIEL.keep,
    rcpt: DANIEL.keep,
    subject: formSubject(D),
    date: d('2026-05-08 07:52:40', '-0400'),
    relay: 'smtp.example.com',
    text: `${gmailEn('2026-05-07 12:05', SUPPORT_EN)}
> Hi Daniel,
>
> This action is permanent: after the merge the source account can't be
> restored. If you agree, reply to this email with "I agree" and we'll take
> it from there.

I agree.

Dan`,
  }),
  mk(WEI.keep, 'AWS Skill Builder <no-reply@aws.training>')({
    slug: 'en-skillbuilder-linked',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'Skill Builder notice about linked learning profiles: another product',
    subject: 'Your AWS Skill Builder accounts are now linked',
    date: d('2026-07-18 00:10:00', '+0000'),
    text: `Hello,

Your AWS Skill Builder learning profiles have been linked successfully. Course progress from both profiles is now available under ${WEI.keep}.

This does not change your AWS Certification account.

AWS Skill Builder`,
  }),
  mk(DANIEL.keep, 'AWS Events <aws-events@amazon.com>')({
    slug: 'en-marketing-summit',
    kind: 'unrelated',
    lang: 'en',
    caseId: null,
    trap: true,
    note: 'event marketing with merge/complete wording',
    subject: 'Complete your AWS Summit registration - merge your skills with the community',
    date: d('2026-05-19 14:00:00', '+0000'),
    enc: 'utf8qp',
    text: `Your registration isn't complete yet!

Join builders at AWS Summit Chicago. Finish registering to confirm your seat, and bring your certification badge for the certified lounge.

Register now: https://aws.amazon.com/events/summits/

Unsubscribe | Privacy`,
  }),
];
