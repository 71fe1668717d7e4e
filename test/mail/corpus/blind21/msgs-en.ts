// Set t, English messages: terse agents, macros with leftover placeholders,
// phone replies, meaning hidden in the subject or below a quote.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, CREDLY_AWS, PORTAL, formSubject, formSubjectNoRe, DAN as D, LENA as L, KEVIN as V, CASE,
  type Spec, quote, sfRef, sfOriginal, gmailEn, iphoneEn, outlookEn, origMsg, paras, htmlDoc, DAN_REQ, LENA_REQ,
} from './common.js';

const e = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

const dTo = `Dan Okafor <${D.keep}>`;
const lTo = `Lena Fischer <${L.keep}>`;
const vTo = `Kevin Tanaka <${V.keep}>`;
const SUP = `AWS Training and Certification <${SUPPORT_BARE}>`;

const D_T1 = `Hi Dan,

Thanks for reaching out to AWS Training and Certification. This is Marisol, I'll be helping with the merge.
Before anything else: do you have an exam scheduled on either account right now?

Regards,
Marisol
AWS Training and Certification Customer Support
${sfRef('D9kLm')}

${sfOriginal(`Dan Okafor <${D.keep}>`, '11/16/2026 7:02 PM', SUPPORT_BARE, formSubjectNoRe(CASE.dan), DAN_REQ)}`;
const D_T2 = `nope nothing booked

Sent from my iPhone

${iphoneEn('Nov 17, 2026, at 03:14', `AWS Training and Certification <${SUPPORT_BARE}>`, D_T1)}`;
const D_T3 = `Hi Dan,

Got it, thanks.
Merging ${D.srcId} into ${D.keepId} is permanent. Reply to this mail with "I agree" and I'll submit it.

Marisol
${sfRef('D9kLm')}

${gmailEn('Tue, Nov 17, 2026 at 8:40 AM', `Dan Okafor <${D.keep}>`, D_T2)}`;
const D_THREAD = gmailEn('Wed, Nov 18, 2026 at 2:05 AM', `AWS Training and Certification <${SUPPORT_BARE}>`, D_T3);

const L_T1 = `Hello Lena,

Thank you for contacting us. Ahmed here from AWS T&C support.
I'm reviewing your request now.

${quote(LENA_REQ)}`;
const L_THREAD = outlookEn(SUP, 'Friday, November 20, 2026 10:11 AM', L.keep, formSubject(CASE.lena), L_T1);

export const EN: Msg[] = [
  // ================= acknowledgement =================
  e({
    slug: 'notify-case-created-en', kind: 'acknowledgement', caseId: CASE.dan,
    note: 'AWS Support notification: case created, reply within 24h',
    from: AWS_NOTIFY, to: D.keep, subject: `[Case ${CASE.dan}] We received your request`,
    date: d('2026-11-16 19:03:11'), enc: 'ascii7',
    text: `Hello,

A support case has been created.
Case ID: ${CASE.dan}
Subject: certification account merge
Category: Training and Certification

You'll usually hear from an agent within 24 hours. Opening another case for the same issue slows things down.

Amazon Web Services`,
  }),
  e({
    slug: 'receipt-shape-fields-qp', kind: 'acknowledgement', caseId: CASE.lena,
    note: 'receipt recognisable only by its field list (status Unassigned), no thank-you sentence',
    from: AWS_NOTIFY, to: lTo, subject: `Case ${CASE.lena} - New`,
    date: d('2026-11-19 14:20:51'), enc: 'utf8qp',
    text: `Case ID: ${CASE.lena}
Opened: 2026-11-19 14:20 UTC
Status: Unassigned
Severity: General guidance
Category: Certification › Account merge
Contact: ${L.keep}

Amazon Web Services · Support`,
  }),
  e({
    slug: 'html-multipart-receipt', kind: 'acknowledgement', caseId: CASE.kevin,
    note: 'multipart/alternative receipt: we have your request, case number inside',
    from: SUPPORT, to: vTo, subject: formSubjectNoRe(CASE.kevin),
    date: d('2026-11-05 02:11:30'), enc: 'utf8qp',
    text: `Hi Kevin,

We've got your request (case ${CASE.kevin}) and someone will be in touch within 1 business day.
No need to reply to this message.

AWS Training and Certification`,
    html: htmlDoc(`<p>Hi Kevin,</p>
<p>We've got your request (case <b>${CASE.kevin}</b>) and someone will be in touch within 1 business day.<br>No need to reply to this message.</p>
<p>AWS Training and Certification</p>`),
  }),
  e({
    slug: 'your-inquiry-id-in-body', kind: 'acknowledgement', caseId: CASE.dan,
    note: 'subject has no ID; receipt with the reference number only in the body',
    from: SUPPORT, to: dTo, subject: 'Your inquiry',
    date: d('2026-11-16 19:05:40'), enc: 'ascii7',
    text: `Hi [Customer Name],

Your inquiry is logged under reference ${CASE.dan}. An agent will pick it up shortly.

AWS Training and Certification`,
  }),
  e({
    slug: 'misaligned-dkim-receipt', kind: 'acknowledgement', caseId: CASE.lena, trusted: false, auth: 'misaligned',
    note: 'receipt text, but DKIM signed by an unrelated bulk domain and dmarc=fail',
    from: SUPPORT, to: L.keep, subject: `Case ${CASE.lena} received`,
    date: d('2026-11-19 14:30:00'), enc: 'ascii7',
    text: `We received your case ${CASE.lena}. Reply expected within 24 hours.`,
  }),
  e({
    slug: 'confirmation-of-case-created', kind: 'acknowledgement', caseId: CASE.dan,
    note: 'receipt titled "Confirmation": it is still the receipt of the new case',
    from: AWS_NOTIFY, to: D.keep, subject: `Confirmation: case ${CASE.dan} created`,
    date: d('2026-11-16 19:03:40'), enc: 'utf8b64',
    text: `This confirms case ${CASE.dan} was opened from the AWS Training and Certification form.
We'll reply by email. Please don't open a second case for the same request.`,
  }),

  // ================= ai_answer =================
  e({
    slug: 'ai-generated-merge-tool-en', kind: 'ai_answer', caseId: null,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: D.keep, subject: 'Answer generated for your question',
    date: d('2026-11-16 18:58:02'), enc: 'ascii7',
    text: `This response was generated by AI and may be inaccurate.

You can often combine duplicate certification accounts yourself: sign in, open Profile, choose Merge Accounts and enter the other account's email.
If both accounts hold certifications the tool will stop; in that case choose Create case.`,
  }),
  e({
    slug: 'suggested-answer-resolve', kind: 'ai_answer', caseId: null,
    note: 'suggested answer with "did this resolve your issue?"',
    from: AWS_NOTIFY, to: L.keep, subject: 'Suggested answer',
    date: d('2026-11-19 14:12:00'), enc: 'utf8qp',
    text: `Suggested answer (automated)

Duplicate profiles → Profile › Merge Accounts. Have both candidate IDs ready.
Didn't work? Create a case and an agent will follow up.

Did this resolve your issue?  Yes · No`,
  }),
  e({
    slug: 'ai-html-explains-after-merge', kind: 'ai_answer', caseId: null, trap: true,
    note: 'automated answer explaining that badges move after a merge: an explanation, not the event',
    from: AWS_NOTIFY, to: vTo, subject: 'Automated answer',
    date: d('2026-11-05 01:59:40'), enc: 'utf8b64',
    text: `Automated answer. Once accounts are merged, certifications and benefits appear on the kept account and Credly badges follow to its email. Try the Merge Accounts tool first.`,
    html: htmlDoc(`<p><i>Automated answer.</i></p><p>Once accounts are merged, certifications and benefits appear on the kept account and Credly badges follow to its email.</p><p>Try the <b>Merge Accounts</b> tool first.</p>`),
  }),
  e({
    slug: 'ai-other-authserv-only', kind: 'ai_answer', caseId: null, trusted: false, auth: 'otherOnly',
    note: 'AI answer with only a foreign (mx.google.com) Authentication-Results',
    from: AWS_NOTIFY, to: D.keep, subject: 'AI-generated answer',
    date: d('2026-11-16 18:59:00'), enc: 'ascii7',
    text: `AI-generated. Use Profile > Merge Accounts to combine accounts. Contact support if it fails.`,
  }),
  e({
    slug: 'while-agent-reviews-articles', kind: 'ai_answer', caseId: null,
    note: 'automated help articles before an agent; no case ID',
    from: AWS_NOTIFY, to: lTo, subject: 'These articles might help',
    date: d('2026-11-19 14:13:30'), enc: 'ascii7',
    text: `Based on your question, our assistant picked these:
- Merging duplicate AWS Certification accounts (self-service)
- Why can't I merge accounts that both have certifications?
- Claiming your badge on Credly after an account change

(automated message)`,
  }),

  // ================= info_request =================
  e({
    slug: 'placeholder-send-both-ids', kind: 'info_request', caseId: CASE.dan,
    note: 'macro with leftover placeholder: send both candidate IDs',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-17 03:20:00'), enc: 'ascii7',
    text: `Hi [Customer Name],

pls send both candidate IDs (the AWS######## numbers) so we can locate the accounts

Marisol`,
  }),
  e({
    slug: 'subject-only-old-email', kind: 'info_request', caseId: CASE.lena,
    note: 'the request (old email address) is only in the subject; the body says "see subject"',
    from: SUPPORT, to: lTo, subject: `${formSubject(CASE.lena)} - need old email address`,
    date: d('2026-11-20 10:30:00'), enc: 'ascii7',
    text: `see subject. thx
Ahmed

${L_THREAD}`,
  }),
  e({
    slug: 'which-to-keep-after-quote', kind: 'info_request', caseId: CASE.dan,
    note: 'bottom-posted under an Outlook quote: which account to keep?',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-17 04:02:11'), enc: 'utf8qp',
    text: `${outlookEn(`Dan Okafor <${D.keep}>`, 'Monday, November 16, 2026 7:02 PM', SUPPORT_BARE, formSubjectNoRe(CASE.dan), DAN_REQ)}

-----
Dan - to be sure, which one stays as primary? Your message mentions both. Just reply with the email of the account to keep.`,
  }),
  e({
    slug: 'confirm-email-to-keep', kind: 'info_request', caseId: CASE.lena, trap: true,
    note: '"please confirm the email address you keep" asks for information, not consent',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-20 10:45:00'), enc: 'ascii7',
    text: `Lena, please confirm the email address you want to keep. Thanks`,
  }),
  e({
    slug: 'iphone-agent-need-old-email', kind: 'info_request', caseId: CASE.kevin,
    note: 'agent from a phone: needs old email + candidate ID',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-05 23:50:00'), enc: 'ascii7',
    text: `need ur old acct email + cand ID pls

Sent from my iPhone`,
  }),
  e({
    slug: 'lookalike-domain-ids', kind: 'info_request', caseId: CASE.dan, trusted: false,
    note: 'look-alike domain amazon-certification.help asks for IDs and login',
    from: 'AWS Certification Support <cases@amazon-certification.help>', to: D.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-17 05:00:00'), enc: 'ascii7',
    text: `Dan, to continue the merge send candidate IDs and the login password of ${D.src}.`,
  }),
  e({
    slug: 'write-from-keep-with-ids-html', kind: 'info_request', caseId: CASE.lena,
    note: 'write from the kept address AND include both IDs: asks for data',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-21 09:00:00'), enc: 'utf8qp',
    text: `Hi Lena,
Please reply from the address you keep and include both candidate IDs.
Ahmed`,
    html: htmlDoc(`<div>Hi Lena,</div><div>Please reply from the address you keep and include both candidate IDs.</div><div>Ahmed</div>`),
  }),

  // ================= confirmation_request =================
  e({
    slug: 'placeholder-reply-yes', kind: 'confirmation_request', caseId: CASE.dan,
    note: 'macro with leftover placeholder: merge cannot be undone, reply YES',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-18 02:05:00'), enc: 'ascii7',
    text: `Hi [Customer Name],

Merging ${D.srcId} into ${D.keepId} can't be undone. Reply YES to go ahead.

Marisol`,
  }),
  e({
    slug: 'iphone-ok-to-merge', kind: 'confirmation_request', caseId: CASE.lena,
    note: 'phone reply: ok to merge? irreversible',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-22 07:12:00'), enc: 'ascii7',
    text: `ok to merge? it's irreversible. reply yes/no

Sent from my iPhone`,
  }),
  e({
    slug: 'consent-below-gmail-thread', kind: 'confirmation_request', caseId: CASE.dan,
    note: 'the consent ask comes only at the bottom, after a long quoted thread',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-18 02:06:00'), enc: 'utf8qp',
    text: `${gmailEn('Tue, Nov 17, 2026 at 8:40 AM', `Dan Okafor <${D.keep}>`, D_T2)}

Dan - all set on my side. Last step: reply "I agree" to the merge of ${D.srcId} into ${D.keepId}. It's permanent.
Marisol`,
  }),
  e({
    slug: 'subject-only-reply-yes', kind: 'confirmation_request', caseId: CASE.kevin,
    note: 'consent request only in the subject; body says "see subject"',
    from: SUPPORT, to: vTo, subject: `${formSubject(CASE.kevin)} PLEASE REPLY YES TO PROCEED WITH MERGE`,
    date: d('2026-11-06 08:10:00'), enc: 'ascii7',
    text: `see subject

${quote(KEVIN_REQ_EN())}`,
  }),
  e({
    slug: 'lookalike-authserv-consent', kind: 'confirmation_request', caseId: CASE.lena, trusted: false, auth: 'lookalikeServer',
    note: 'topmost Authentication-Results from mx.test.example.mailhub-relay.net, not the receiving server',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-22 07:30:00'), enc: 'ascii7',
    text: `Lena, reply "I consent" to merge. Can't be reversed.`,
  }),
  e({
    slug: 'multipart-consent-en', kind: 'confirmation_request', caseId: CASE.dan,
    note: 'multipart/alternative consent request with both IDs',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-18 02:07:30'), enc: 'utf8b64',
    text: `Hi Dan,
Ready when you are. ${D.srcId} -> ${D.keepId}. Once merged it can't be split again, so just reply to confirm you want this.
Marisol`,
    html: htmlDoc(paras(`Hi Dan,
Ready when you are. ${D.srcId} -> ${D.keepId}. Once merged it can't be split again, so just reply to confirm you want this.
Marisol`)),
  }),
  e({
    slug: 'resent-work-consent', kind: 'confirmation_request', caseId: CASE.lena, forUser: false,
    note: 'consent request sent to the old work address and redirected by her mailbox rule (Resent-*)',
    from: SUPPORT, to: L.src, subject: formSubject(CASE.lena),
    date: d('2026-11-22 07:14:00'), enc: 'ascii7',
    resent: { from: L.src, to: L.keep, date: d('2026-11-22 08:14:05', '+0100') },
    text: `Hi Lena,
copying your old address too. Merge is permanent - reply "yes, merge" and we'll do it.
Ahmed`,
  }),

  // ================= merge_completed =================
  e({
    slug: 'done-merged-check', kind: 'merge_completed', caseId: CASE.dan,
    note: 'terse completion: done, please check',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-19 06:00:00'), enc: 'ascii7',
    text: `done - accounts merged. pls check ${D.keepId} and lmk if anything's off
M.`,
  }),
  e({
    slug: 'portal-merged-notice-html', kind: 'merge_completed', caseId: null,
    note: 'certification portal notice (no case ID): accounts merged',
    from: PORTAL, to: L.keep, subject: 'Your AWS Certification accounts have been merged',
    date: d('2026-11-24 11:00:00'), enc: 'utf8qp',
    text: `Hello Lena Fischer,
Account ${L.srcId} has been merged into ${L.keepId}. Sign in with ${L.keep} from now on.
AWS Certification`,
    html: htmlDoc(`<p>Hello Lena Fischer,</p><p>Account ${L.srcId} has been merged into ${L.keepId}. Sign in with ${L.keep} from now on.</p><p>AWS Certification</p>`),
  }),
  e({
    slug: 'placeholder-merge-completed', kind: 'merge_completed', caseId: CASE.dan,
    note: 'macro with leftover placeholder: merge completed, certs now on the kept account',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-19 06:02:00'), enc: 'utf8qp',
    text: `Hi [Customer Name],
Merge completed. Certs from ${D.srcId} now show under ${D.keepId}.
Regards, [Agent]`,
  }),
  e({
    slug: 'merged-below-outlook-quote', kind: 'merge_completed', caseId: CASE.lena,
    note: 'the completion sentence comes after a long Outlook quote',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-24 09:40:00'), enc: 'ascii7',
    text: `${outlookEn(`Lena Fischer <${L.keep}>`, 'Sunday, November 22, 2026 8:30 AM', SUPPORT_BARE, formSubject(CASE.lena), `yes, merge

${quote(L_THREAD)}`)}

Lena,
That's gone through now - everything sits under ${L.keepId}.
Ahmed`,
  }),
  e({
    slug: 'subject-only-merged', kind: 'merge_completed', caseId: CASE.kevin,
    note: 'subject says merged; body "as per subject"',
    from: SUPPORT, to: vTo, subject: `${formSubject(CASE.kevin)} - merged`,
    date: d('2026-11-08 03:00:00'), enc: 'ascii7',
    text: `as per subject.`,
  }),
  e({
    slug: 'dmarc-fail-merged', kind: 'merge_completed', caseId: CASE.dan, trusted: false, auth: 'fail',
    note: 'completion text with dmarc=fail',
    from: SUPPORT, to: D.keep, subject: formSubject(CASE.dan),
    date: d('2026-11-19 07:00:00'), enc: 'ascii7',
    text: `Your accounts were merged. Sign in to verify.`,
  }),
  e({
    slug: 'iphone-merged', kind: 'merge_completed', caseId: CASE.lena,
    note: 'phone reply: merged',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-24 09:35:00'), enc: 'ascii7',
    text: `Merged. ${L.keepId} has both certs now

Sent from my iPhone`,
  }),

  // ================= badges_transferred =================
  e({
    slug: 'credly-accept-badge-mp', kind: 'badges_transferred', caseId: null,
    note: 'AWS badge via Credly to the kept address: accept your badge',
    from: CREDLY_AWS, to: D.keep, subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: d('2026-11-20 12:30:00'), enc: 'utf8qp', relay: 'o3.ptr2201.credly.com',
    text: `Dan, you've earned AWS Certified Solutions Architect - Professional.
Accept your badge: https://www.credly.com/badges/c2d0a7e1-9f3b-4e11-a6d4-7b8e2f0c5d19/accept`,
    html: htmlDoc(`<p>Dan, you've earned <b>AWS Certified Solutions Architect - Professional</b>.</p><p><a href="https://www.credly.com/badges/c2d0a7e1-9f3b-4e11-a6d4-7b8e2f0c5d19/accept">Accept your badge</a></p>`),
  }),
  e({
    slug: 'support-badges-moved-relogin', kind: 'badges_transferred', caseId: CASE.lena,
    note: 'agent: badges moved to the kept Credly account',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-26 08:00:00'), enc: 'ascii7',
    text: `Lena - badges moved over to the Credly profile on ${L.keep}. log out/in if you don't see them.
Ahmed`,
  }),
  e({
    slug: 'iphone-badges-moved', kind: 'badges_transferred', caseId: CASE.kevin, ctExtra: 'format=flowed; delsp=yes',
    note: 'phone reply: badges moved',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-09 02:00:00'), enc: 'ascii7',
    text: `Badges moved to ${V.keep} too

Sent from my iPhone`,
  }),
  e({
    slug: 'credly-forged-below', kind: 'badges_transferred', caseId: null, trusted: false, auth: 'forgedBelow',
    note: 'Credly badge mail with the pass verdict placed below the server\'s Received line',
    from: CREDLY_AWS, to: D.keep, subject: 'Accept your AWS Certified Developer - Associate badge',
    date: d('2026-11-20 13:00:00'), enc: 'ascii7', relay: 'o3.ptr2201.credly.com',
    text: `Amazon Web Services Training and Certification issued you a badge.
Accept your badge: https://www.credly.com/badges/accept?x=1`,
  }),
  e({
    slug: 'credly-three-badges-dkimonly', kind: 'badges_transferred', caseId: null, auth: 'dkimonly',
    note: 'Credly: three AWS badges now on the kept account; aligned DKIM pass only',
    from: CREDLY_AWS, to: lTo, subject: 'You have 3 new badges from Amazon Web Services Training and Certification',
    date: d('2026-11-26 09:10:00'), enc: 'utf8qp', relay: 'o3.ptr2201.credly.com',
    text: `Hi Lena,
3 badges were issued to ${L.keep}:
• AWS Certified Cloud Practitioner
• AWS Certified Solutions Architect – Associate
• AWS Certified Security – Specialty
Accept them from your Credly dashboard.`,
  }),
  e({
    slug: 'placeholder-badges-reissued', kind: 'badges_transferred', caseId: CASE.dan,
    note: 'macro with leftover placeholder: badges reissued to the kept email',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-20 11:50:00'), enc: 'ascii7',
    text: `Hi [Customer Name],
the badges have been reissued to ${D.keep}, check for the Credly emails.
Marisol`,
  }),

  // ================= case_closed =================
  e({
    slug: 'closing-out-reply-reopen', kind: 'case_closed', caseId: CASE.dan, crlf: false,
    note: 'closing, reply to reopen',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-23 03:00:00'), enc: 'ascii7',
    text: `closing this out. reply here to reopen.
Marisol`,
  }),
  e({
    slug: 'auto-close-72h', kind: 'case_closed', caseId: CASE.lena,
    note: 'will auto-close in 72 hours if no reply',
    from: AWS_NOTIFY, to: L.keep, subject: `[Case ${CASE.lena}] Awaiting your reply`,
    date: d('2026-11-28 00:00:00'), enc: 'utf8qp',
    text: `We're waiting on your reply for case ${CASE.lena}. If we don't hear back within 72 hours, it'll close automatically.`,
  }),
  e({
    slug: 'restate-merge-closing-en', kind: 'case_closed', caseId: CASE.dan, trap: true,
    note: 'closing that only restates the merge done earlier',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-26 03:00:00'), enc: 'ascii7',
    text: `Since the merge went through on 11/19 I'm resolving this case. Marisol`,
  }),
  e({
    slug: 'notify-resolved-html', kind: 'case_closed', caseId: CASE.lena,
    note: 'AWS Support notification: case resolved (multipart)',
    from: AWS_NOTIFY, to: L.keep, subject: `[Case ${CASE.lena}] Resolved`,
    date: d('2026-11-27 02:00:00'), enc: 'utf8b64',
    text: `Case ${CASE.lena} has been marked Resolved. To reopen, reply from the Support Center.`,
    html: htmlDoc(`<p>Case <b>${CASE.lena}</b> has been marked <b>Resolved</b>.</p><p>To reopen, reply from the Support Center.</p>`),
  }),
  e({
    slug: 'lookalike-support-aws-dash', kind: 'case_closed', caseId: CASE.kevin, trusted: false,
    note: 'look-alike domain support-aws.com (not support.aws.com)',
    from: 'AWS Support <cases@support-aws.com>', to: V.keep, subject: `Case ${CASE.kevin} closed`,
    date: d('2026-11-12 02:00:00'), enc: 'ascii7',
    text: `Case ${CASE.kevin} is closed. Rate us: https://support-aws.com/rate`,
  }),
  e({
    slug: 'iphone-closing', kind: 'case_closed', caseId: CASE.dan,
    note: 'phone reply: closing now',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-23 02:50:00'), enc: 'ascii7',
    text: `closing now, thx Dan

Sent from my iPhone`,
  }),

  // ================= support_reply =================
  e({
    slug: 'thx-confirming-backend', kind: 'support_reply', caseId: CASE.dan, trap: true,
    note: 'thanks for confirming, passed to the backend team',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-18 09:00:00'), enc: 'ascii7',
    text: `thx for confirming, passed to the backend team. usually 1-3 days.
M.

${D_THREAD}`,
  }),
  e({
    slug: 'not-merged-yet', kind: 'support_reply', caseId: CASE.lena, trap: true,
    note: 'negation: merge not done yet',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-23 10:00:00'), enc: 'utf8qp',
    text: `Lena, the merge isn't done yet, still with the team. will update.`,
  }),
  e({
    slug: 'duplicate-cases-combined', kind: 'support_reply', caseId: CASE.kevin, trap: true,
    note: 'we merged your two duplicate cases into this one',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-05 04:00:00'), enc: 'ascii7',
    text: `Kevin - we merged your two duplicate cases into this one, please reply only here.`,
  }),
  e({
    slug: 'once-merged-will-tell', kind: 'support_reply', caseId: CASE.dan, trap: true,
    note: 'future promise: once merged I will let you know',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-18 10:00:00'), enc: 'ascii7',
    text: `Once it's merged I'll let you know. nothing needed from you.`,
  }),
  e({
    slug: 'escalated-to-team-list', kind: 'support_reply', caseId: CASE.dan, forUser: false,
    note: 'status update addressed only to the old employer\'s team alias, not to Dan',
    from: SUPPORT, to: 'Brightlane IT <it-team@brightlane.example.org>', subject: formSubject(CASE.dan),
    date: d('2026-11-18 11:00:00'), enc: 'ascii7',
    text: `escalated. 3-5 biz days.`,
  }),
  e({
    slug: 'unable-exam-booked', kind: 'support_reply', caseId: CASE.dan, trap: true,
    note: 'negated: unable to merge while an exam is booked; no data asked',
    from: SUPPORT, to: dTo, subject: formSubject(CASE.dan),
    date: d('2026-11-17 06:00:00'), enc: 'ascii7',
    text: `Hi [Customer Name], we're unable to merge while there's an exam booked on ${D.srcId}. Once that's sat or cancelled we can continue.`,
  }),
  e({
    slug: 'iphone-looking-into-it', kind: 'support_reply', caseId: CASE.kevin,
    note: 'phone reply: looking into it',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-05 05:00:00'), enc: 'ascii7',
    text: `looking into it

Sent from my iPhone`,
  }),
  e({
    slug: 'credly-syncs-overnight', kind: 'support_reply', caseId: CASE.lena, trap: true,
    note: 'badges will sync overnight (future); no claim that they moved',
    from: SUPPORT, to: lTo, subject: formSubject(CASE.lena),
    date: d('2026-11-25 10:00:00'), enc: 'ascii7',
    text: `Credly syncs overnight, badges should show tomorrow. if not, ping me here.`,
  }),

  // ================= unrelated =================
  e({
    slug: 'csat-how-did-we-do', kind: 'unrelated', caseId: CASE.dan, trap: true,
    note: 'survey: was your issue resolved?',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: D.keep, subject: `How did we do? Case ${CASE.dan}`,
    date: d('2026-11-23 12:00:00'), enc: 'ascii7',
    text: `Was your issue resolved? Yes / No
Takes 30 seconds: https://survey.aws.amazon.com/s/D4r8`,
  }),
  e({
    slug: 'own-reply-yes-go-ahead', kind: 'unrelated', caseId: CASE.lena, trap: true, trusted: false,
    note: 'the user\'s own three-word consent reply over the quoted thread',
    from: lTo, to: SUPPORT_BARE, cc: L.keep, rcpt: L.keep, subject: formSubject(CASE.lena),
    date: d('2026-11-22 08:30:00', '+0100'), enc: 'utf8qp',
    text: `yes, merge pls

${outlookEn(SUP, 'Sunday, November 22, 2026 8:12 AM', L.keep, formSubject(CASE.lena), `ok to merge? it's irreversible. reply yes/no

Sent from my iPhone

${L_THREAD}`)}`,
  }),
  e({
    slug: 'microsoft-via-credly', kind: 'unrelated', caseId: null, trap: true,
    note: 'Microsoft badge via Credly: another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: L.keep, subject: 'Microsoft sent you a new badge',
    date: d('2026-11-25 12:00:00'), enc: 'ascii7', relay: 'o3.ptr2201.credly.com',
    text: `Lena, you earned Microsoft Certified: Azure Fundamentals. Accept your badge: https://www.credly.com/badges/5a1f/accept`,
  }),
  e({
    slug: 'agent-out-of-office', kind: 'unrelated', caseId: CASE.kevin,
    note: 'agent\'s out-of-office auto-reply',
    from: 'Ahmed R. <ahmedr@amazon.com>', to: V.keep, subject: `Automatic reply: ${formSubject(CASE.kevin)}`,
    date: d('2026-11-27 06:00:00'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `I'm out until Dec 8 with limited access to email.`,
  }),
  e({
    slug: 'marketing-merge-skills-en', kind: 'unrelated', caseId: null, trap: true,
    note: 'marketing mail playing on "merge" and "completed"',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>', to: D.keep, subject: 'Merge your skills: complete 3 courses, get a badge',
    date: d('2026-11-21 15:00:00'), enc: 'utf8qp',
    text: `Complete any 3 Skill Builder courses this month and earn a digital badge.
Start now → https://skillbuilder.aws/`,
  }),
  e({
    slug: 'skill-builder-course-complete', kind: 'unrelated', caseId: null, trap: true,
    note: 'Skill Builder course completed notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: L.keep, subject: 'Course completed: AWS Cloud Practitioner Essentials',
    date: d('2026-11-21 16:00:00'), enc: 'ascii7',
    text: `Nice work, you completed AWS Cloud Practitioner Essentials. Your completion certificate is in your transcript.`,
  }),
  e({
    slug: 'outlook-rule-fw-merged', kind: 'unrelated', caseId: CASE.dan, trap: true, trusted: false,
    note: 'Outlook rule forwards the completion mail from the work address to the personal one: the user\'s own mail',
    from: `Dan Okafor <${D.src}>`, to: D.keep, subject: `FW: ${formSubject(CASE.dan)}`,
    date: d('2026-11-19 06:01:00', '-0500'), enc: 'ascii7',
    text: `
${origMsg(SUP, 'Thursday, November 19, 2026 6:00 AM', D.src, formSubject(CASE.dan), `done - accounts merged. pls check ${D.keepId} and lmk if anything's off
M.`)}`,
  }),
  e({
    slug: 'pearson-appointment-confirmed', kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'test vendor appointment confirmation',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: V.keep, subject: 'Appointment confirmation - AWS Certified Security - Specialty',
    date: d('2026-11-20 15:00:00', '+0900'), enc: 'ascii7',
    text: `Your appointment is confirmed: Dec 12, 2026 09:00 JST, online proctored. Registration 81 7722 0093.`,
  }),
  e({
    slug: 'freemail-display-name-verify', kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'phish: trusted-looking display name on a free-mail address asks to confirm the account',
    from: 'AWS Training and Certification <aws.cert.team@gmail.example.com>', to: D.keep, subject: 'Action required: confirm your certification account',
    date: d('2026-11-22 04:00:00'), enc: 'ascii7',
    text: `Confirm your account within 24h or your certifications will be suspended: http://aws-cert-verify.example.net/login`,
  }),
];

function KEVIN_REQ_EN(): string {
  return `Hi, 2 cert accounts. please merge ${V.src} into ${V.keep}. thanks Kevin`;
}

void CASE.danOther; void CREDLY_AWS;
