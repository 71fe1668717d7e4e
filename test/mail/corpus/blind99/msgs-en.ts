// ct, English messages: Dan Okafor and Mei Lin Tan, each with several look-alike cases.
import type { Msg } from './lib.js';
import {
  C, CERT_PORTAL, CREDLY, CREDLY_AWS, DAN, D_REQ, FORM, FORM_ADDR, MEI, NOREPLY, SUPPORT_NOTIFY, T_REQ, TNC, VUE,
  formSubj, fwdEn, gmailEn, html, mk, outlookEn, pst, sfQuote, thread, to, utc,
} from './common.js';

const D = to(DAN.en, DAN.keep);
const T = to(MEI.en, MEI.keep);
const sgt = (local: string): string => `${pst(local).slice(0, -5)}+0800`;

const credlyEn = (name: string, badge: string, issuer = 'Amazon Web Services Training and Certification'): string => `Hi ${name},

${issuer} has issued you a new badge: ${badge}.

Accept your badge to share it on LinkedIn, add it to your email signature, or download the image.

Accept your badge: https://www.credly.com/badges/accept

You are receiving this email because a badge was issued to this address.
Credly, Inc. | 100 S. Wacker Drive, Suite 800, Chicago, IL 60606`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-d-merge', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'automatic receipt of the merge case',
    from: NOREPLY, to: D, subject: `We've received your request [CASE ${C.dMerge}]`, date: pst('2026-01-22 08:41:09'), enc: 'ascii7',
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. A support case has been opened for you.

Case ID: ${C.dMerge}
Subject: Merge two certification accounts

A member of our team will usually respond within 24 hours. Opening a new case for the same request slows things down, so please reply to this thread instead.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-d-dup', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.dDup, trap: false,
    note: 'receipt of the user\'s second merge submission: a merge-case receipt',
    from: NOREPLY, to: D, subject: `Case ${C.dDup} created`, date: pst('2026-01-26 19:02:33'), enc: 'utf8qp',
    text: `Hi Daniel,

Your case ${C.dDup} has been created.
Issue type: Certification > Account merge

We've queued it for review. You'll hear from us by email.

- AWS Training and Certification`,
    html: html(`Hi Daniel,

Your case ${C.dDup} has been created.
Issue type: Certification > Account merge

We've queued it for review. You'll hear from us by email.

- AWS Training and Certification`),
  }),
  mk({
    slug: 'ack-t-html', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'HTML-only receipt of the merge case',
    from: SUPPORT_NOTIFY, to: T, subject: `AWS Support case ${C.tMerge} has been opened`, date: sgt('2026-03-02 10:15:48'), enc: 'utf8b64',
    html: html(`Dear Mei Lin Tan,

Thank you for contacting AWS. Your case has been opened.

Case ID: ${C.tMerge}
Category: AWS Training and Certification - Account merge
Status: Unassigned

You can add correspondence to this case from the Support Center.`),
  }),
  mk({
    slug: 'ack-t-forgedbelow', kind: 'acknowledgement', lang: 'en', trusted: false, caseId: C.tMerge, trap: false,
    note: 'receipt whose dmarc=pass header sits below the server\'s Received line: untrusted',
    from: NOREPLY, to: T, subject: `[CASE ${C.tMerge}] Request received`, date: sgt('2026-03-02 11:02:16'), enc: 'ascii7', auth: 'forgedBelow',
    text: `Hi Mei Lin,

We received your account merge request, case ${C.tMerge}.
Someone will be in touch shortly.

AWS`,
  }),
  mk({
    slug: 'ack-d-resent', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.dMerge, trap: false, forUser: false,
    note: 'merge receipt redirected by the old employer\'s mail admin (Resent-* headers): not delivered to the user',
    from: NOREPLY, to: to(DAN.en, DAN.src), subject: `We've received your request [CASE ${C.dMerge}]`, date: pst('2026-01-22 08:41:11'), enc: 'ascii7',
    resent: { from: 'it-helpdesk@contoso-consult.example', to: 'archive@contoso-consult.example', date: pst('2026-01-22 09:30:00') },
    text: `Hello Daniel,

Thanks for reaching out to AWS Training and Certification. Case ${C.dMerge} is open.
We normally respond within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-t-willconfirm', kind: 'acknowledgement', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'receipt that says support will confirm details later: still the receipt',
    from: NOREPLY, to: T, subject: `Your AWS Training and Certification case: ${C.tMerge}`, date: sgt('2026-03-02 10:15:50'), enc: 'utf8qp',
    text: `Hello Mei Lin,

This is an automated note to let you know we have your request (case ${C.tMerge}).
An agent will look at the two accounts you mentioned and confirm next steps by email.

Please keep the case number for your records.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-d-tool', kind: 'ai_answer', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'AI-generated suggestion to use the Merge Accounts tool',
    from: FORM, to: D, subject: `[CASE ${C.dMerge}] Suggested answer`, date: pst('2026-01-22 08:40:50'), enc: 'ascii7',
    text: `This response was generated by AI and may contain mistakes.

You can usually combine two AWS Certification accounts yourself:
- Sign in to the account you want to keep.
- Open your profile and choose Merge Accounts.
- Sign in with the other account when prompted.

If the tool reports that the accounts can't be merged, choose "Create case" and an agent will help.

Did this answer your question? Yes | No`,
  }),
  mk({
    slug: 'ai-d-html', kind: 'ai_answer', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'generated answer explaining what a merge moves (still ai_answer); multipart',
    from: NOREPLY, to: D, subject: `Automated answer for case ${C.dMerge}`, date: pst('2026-01-26 19:01:40'), enc: 'utf8qp',
    text: `Hi Daniel,

Here is an automated answer based on your question.

When two certification accounts are merged, the certifications, exam history and benefits of the merged-away account appear in the surviving account. Credly badges may need to be accepted again under the surviving email.

Start here: Profile > Merge Accounts. If that fails, our team will pick up your case.`,
    html: html(`Hi Daniel,

Here is an automated answer based on your question.

When two certification accounts are merged, the certifications, exam history and benefits of the merged-away account appear in the surviving account. Credly badges may need to be accepted again under the surviving email.

Start here: Profile > Merge Accounts. If that fails, our team will pick up your case.`),
  }),
  mk({
    slug: 'ai-t-b64', kind: 'ai_answer', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'Amazon Q style answer, UTF-8 base64',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-02 10:15:20'), enc: 'utf8b64',
    text: `[Automated reply – Amazon Q]

Hi Mei Lin, it sounds like you have two AWS Certification profiles. The quickest route is the self‑service merge in your certification profile (Merge Accounts). It can't be used when both profiles already hold certifications; in that case a specialist will follow up on this case.`,
  }),
  mk({
    slug: 'ai-t-otheronly', kind: 'ai_answer', lang: 'en', trusted: false, caseId: C.tMerge, trap: false,
    note: 'AI answer carrying only another provider\'s Authentication-Results: untrusted',
    from: FORM, to: T, subject: `[CASE ${C.tMerge}] Suggested answer`, date: sgt('2026-03-02 10:16:02'), enc: 'ascii7', auth: 'otherOnly',
    text: `This response was generated by AI.

To merge accounts, open your certification profile and select Merge Accounts. If both accounts already have certifications, create a case for manual help.`,
  }),
  mk({
    slug: 'ai-d-short', kind: 'ai_answer', lang: 'en', trusted: true, caseId: C.dDup, trap: false,
    note: 'short AI reply on the duplicate submission, with a help link',
    from: NOREPLY, to: D, subject: `Re: case ${C.dDup} (automated)`, date: pst('2026-01-26 19:01:55'), enc: 'ascii7',
    text: `Automated reply: this article may help - "How do I merge my AWS Certification accounts?" https://aws.amazon.com/certification/faqs/
If it doesn't, reply and a person will take over.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-d-ids', kind: 'info_request', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'asks for candidate IDs, login emails and which account to keep',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-23 10:12:40'), enc: 'ascii7',
    text: `Hello Daniel,

My name is Rhea and I'll be helping with your request. Before we can combine the accounts, please send:

- the AWS candidate ID of each account
- the sign-in email of each account
- which one should remain active

Kind regards,
Rhea
AWS Training and Certification Customer Service
${thread(C.dMerge)}

${sfQuote('2026-01-22 08:40', DAN.keep, FORM_ADDR, 'Account merge', D_REQ)}`,
  }),
  mk({
    slug: 'info-d-dupmerged', kind: 'info_request', lang: 'en', trusted: true, caseId: C.dMerge, trap: true,
    note: 'merged the duplicate case into this one (not the account merge) and asks for the kept address; merge ID labelled',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-27 09:30:05'), enc: 'utf8qp',
    text: `Hi Daniel,

I've merged your duplicate case ${C.dDup} into this one so we can handle everything in a single thread.

One thing I still need: the email address of the certification account you'd like to retain. Once I have it I can move ahead.

Thanks,
Marco`,
  }),
  mk({
    slug: 'info-t-proof', kind: 'info_request', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'asks for certification names and dates to verify the old account',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-03 14:20:33'), enc: 'utf8qp',
    text: `Hi Mei Lin,

To verify ownership of the university account (${MEI.srcId}), could you list the certifications held on it along with the approximate exam dates?

Best,
Sophie — AWS Training and Certification

${gmailEn('2026-03-02 10:14', `${MEI.en} <${MEI.keep}>`, T_REQ)}`,
  }),
  mk({
    slug: 'info-t-confirmaddr', kind: 'info_request', lang: 'en', trusted: true, caseId: C.tMerge, trap: true,
    note: '"Could you confirm the email you keep" asks for information: info_request',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-04 09:02:11'), enc: 'ascii7',
    text: `Hi Mei Lin,

Thanks for the details. Could you confirm the email address on the account you'd like to keep? Your first message and your form entry list different addresses.

Sophie`,
  }),
  mk({
    slug: 'info-d-lookalike', kind: 'info_request', lang: 'en', trusted: false, caseId: C.dMerge, trap: false,
    note: 'information request from amazon-support.co (look-alike domain): untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support.co>', to: D, subject: formSubj(C.dMerge), date: pst('2026-01-24 02:44:18'), enc: 'ascii7',
    text: `Hello Daniel,

To finish verifying your identity for the merge, please reply with a photo of your government ID and the password for both accounts.

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-t-namemismatch', kind: 'info_request', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'names differ on the two accounts (her name-change case is separate); asks for a document for the merge',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-04 16:45:27'), enc: 'utf8b64',
    text: `Hello Mei Lin,

The name on the university account does not match the one on ${MEI.keep}. I can see a separate name-change case (${C.tName}) is open, but for this merge I need something on our side too: please attach a document that shows both names, for example a marriage certificate or a deed poll, with unrelated details hidden.

Regards,
Sophie`,
  }),
  mk({
    slug: 'info-d-fromkeep', kind: 'info_request', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'reply from the kept address and include both candidate IDs',
    from: FORM, to: to(DAN.en, DAN.src), cc: D, subject: formSubj(C.dMerge), date: pst('2026-01-23 10:20:02'), enc: 'ascii7',
    text: `Hi Daniel,

For security we can only act on merge requests sent from the account that will be kept. Please reply from ${DAN.keep} and put both candidate IDs in that message.

Rhea`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-d-agree', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'asks the user to reply "I agree" to an irreversible merge',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-28 11:05:39'), enc: 'ascii7',
    text: `Hi Daniel,

Thank you. Here is what we will do:

  Source account: ${DAN.srcId} (${DAN.src}) - will be closed
  Target account: ${DAN.keepId} (${DAN.keep}) - will keep all certifications and benefits

Please note this action is permanent and cannot be reversed. If you're happy to proceed, reply to this email with "I agree".

Marco
${thread(C.dMerge)}`,
  }),
  mk({
    slug: 'conf-d-restate', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'consent requested without the word confirm, after restating the IDs',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-28 11:07:12'), enc: 'utf8qp',
    text: `Hi Daniel,

Following up on my last note: with ${DAN.srcId} going into ${DAN.keepId}, everything is lined up on our end. We just need your go-ahead in writing, since a merge can't be split again afterwards.

Marco`,
  }),
  mk({
    slug: 'conf-t-multipart', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'consent request in multipart/alternative',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-05 10:30:44'), enc: 'utf8b64',
    text: `Hi Mei Lin,

Thanks for sending the document. We're ready to merge ${MEI.srcId} into ${MEI.keepId}. Because this cannot be undone, please reply to confirm that you want us to go ahead.

Sophie`,
    html: html(`Hi Mei Lin,

Thanks for sending the document. We're ready to merge ${MEI.srcId} into ${MEI.keepId}. Because this cannot be undone, please reply to confirm that you want us to go ahead.

Sophie`),
  }),
  mk({
    slug: 'conf-t-freemail', kind: 'confirmation_request', lang: 'en', trusted: false, caseId: C.tMerge, trap: false,
    note: 'trusted-looking display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.certification.desk@gmail.com>', to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-05 03:12:09'), enc: 'ascii7',
    text: `Hello Mei Lin,

Your merge is ready. Please confirm by signing in at the link below within 12 hours or the request expires.
https://aws-cert-merge.example-verify.com/confirm

AWS T&C`,
  }),
  mk({
    slug: 'conf-d-twocases', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'one reply for the Skill Builder case (answered) and the merge case (consent asked); merge ID labelled',
    from: FORM, to: D, subject: `${formSubj(C.dMerge)} + ${C.dSb}`, date: pst('2026-01-28 15:22:50'), enc: 'utf8qp',
    text: `Hi Daniel,

Answering both of your open cases here:

${C.dSb} - Skill Builder: your Individual subscription is tied to your Builder ID, so it stays as it is whatever happens to the certification accounts.

${C.dMerge} - certification accounts: before I merge ${DAN.srcId} into ${DAN.keepId}, I need your explicit OK. Please reply "yes, merge" if that is what you want; it is not reversible.

Marco`,
  }),
  mk({
    slug: 'conf-t-lf', kind: 'confirmation_request', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'short consent request, LF line ends, bottom-posted under the user\'s question',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-05 18:01:27'), enc: 'ascii7', crlf: false,
    text: `${outlookEn('2026-03-05 12:44', `${MEI.en} <${MEI.keep}>`, FORM_ADDR, formSubj(C.tMerge), 'Will my exam booking for April survive the merge?')}

Yes, the April appointment moves with the account.
So, shall we go ahead with the merge? Please let me know either way; once done it can't be undone.

Sophie`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'done-d-ascii', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'support says the accounts were merged',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-30 09:14:06'), enc: 'ascii7',
    text: `Hi Daniel,

Good news - the merge is done. ${DAN.srcId} has been merged into ${DAN.keepId}, and your certifications and benefits now show under ${DAN.keep}.

Marco

${gmailEn('2026-01-28 18:02', `${DAN.en} <${DAN.keep}>`, 'I agree.\n\nDan')}`,
  }),
  mk({
    slug: 'done-d-consolidated', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'completion phrased as consolidation finished',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-30 09:20:44'), enc: 'utf8qp',
    text: `Hello again Daniel,

Our back office finished consolidating your two certification profiles this morning. Everything from the consulting account is now on the personal one; the old login no longer works.

Marco`,
  }),
  mk({
    slug: 'done-t-html', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'HTML-only completion notice',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-06 13:40:19'), enc: 'utf8b64',
    html: html(`Hi Mei Lin,

Your accounts have now been merged. Please sign in with ${MEI.keep} and check that your certifications and exam history look right.

Sophie
AWS Training and Certification`),
  }),
  mk({
    slug: 'done-t-portal', kind: 'merge_completed', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'the certification portal\'s own merged notice, no case ID',
    from: CERT_PORTAL, to: T, subject: 'Your AWS Certification accounts have been merged', date: sgt('2026-03-06 13:35:02'), enc: 'ascii7',
    text: `Hello Mei Lin Tan,

Your AWS Certification account has been merged with another account. Certifications, exam history and benefits from both accounts are now available when you sign in.

If you did not request this, contact AWS Training and Certification support.

AWS Certification`,
  }),
  mk({
    slug: 'done-d-lookalike', kind: 'merge_completed', lang: 'en', trusted: false, caseId: C.dMerge, trap: false,
    note: 'completion notice from awstraining-support.com (not an AWS domain): untrusted',
    from: 'AWS Training and Certification <support@awstraining-support.com>', to: D, subject: formSubj(C.dMerge), date: pst('2026-01-29 23:50:12'), enc: 'ascii7',
    text: `Hi Daniel,

Your accounts have been merged. To restore access to your certificates please re-validate your login here within 24 hours:
https://awstraining-support.com/revalidate

AWS Training and Certification`,
  }),
  mk({
    slug: 'done-t-wrongid', kind: 'merge_completed', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'completion sent under the Pearson VUE case\'s subject by mistake; text and quote are the merge case; merge ID labelled',
    from: FORM, to: T, subject: formSubj(C.tVue, 'exam-delivery'), date: sgt('2026-03-06 13:52:08'), enc: 'utf8qp',
    text: `Hi Mei Lin,

Apologies, I replied on your exam-delivery case by mistake. For your merge request: ${MEI.srcId} has been merged into ${MEI.keepId} and the university account is closed.

Sophie

${sfQuote('2026-03-05 19:10', MEI.keep, FORM_ADDR, formSubj(C.tMerge), 'Yes, please go ahead with the merge.\nMei Lin')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-d', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'AWS badge via Credly to the kept address',
    from: CREDLY_AWS, to: D, subject: 'Daniel, you earned a new badge from Amazon Web Services Training and Certification', date: utc('2026-02-01 04:22:51'), enc: 'utf8qp',
    text: credlyEn('Daniel', 'AWS Certified DevOps Engineer – Professional'),
    html: html(credlyEn('Daniel', 'AWS Certified DevOps Engineer – Professional')),
  }),
  mk({
    slug: 'badge-credly-t', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: null, trap: false,
    note: 'AWS badge via Credly, HTML only',
    from: CREDLY_AWS, to: T, subject: 'Accept your AWS Certified Cloud Practitioner badge', date: utc('2026-03-08 01:05:30'), enc: 'utf8b64',
    html: html(credlyEn('Mei Lin', 'AWS Certified Cloud Practitioner')),
  }),
  mk({
    slug: 'badge-sup-d', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'support says the badges now sit on the kept Credly account',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-02-03 12:02:19'), enc: 'ascii7',
    text: `Hi Daniel,

Following your note about Credly: the three AWS badges have been moved to the Credly account under ${DAN.keep}. They should be visible there now.

Marco`,
  }),
  mk({
    slug: 'badge-sup-t-close', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'support says badges moved and closes the case: badges_transferred',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-09 10:11:56'), enc: 'utf8qp',
    text: `Hi Mei Lin,

Your Cloud Practitioner and Developer badges were re-pointed to ${MEI.keep} on Credly. With that, everything on this request is done and I'm closing the case.

Sophie`,
  }),
  mk({
    slug: 'badge-credly-forgedbelow', kind: 'badges_transferred', lang: 'en', trusted: false, caseId: null, trap: false,
    note: 'badge mail from credly.com but the only pass verdict is below the server\'s Received: untrusted',
    from: CREDLY_AWS, to: D, subject: 'Daniel, you earned a new badge from Amazon Web Services Training and Certification', date: utc('2026-02-01 07:40:02'), enc: 'ascii7', auth: 'forgedBelow',
    text: credlyEn('Daniel', 'AWS Certified Solutions Architect - Professional'),
  }),
  mk({
    slug: 'badge-sup-d-visible', kind: 'badges_transferred', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'badges now showing under the kept address, said between IDs and dates',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-02-03 12:30:40'), enc: 'ascii7',
    text: `Daniel,

Quick update: as of 3 Feb the DevOps Pro, SA Pro and Developer badges appear on ${DAN.keep}'s Credly profile (candidate ${DAN.keepId}). Nothing is left on the old address.

Marco`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-d-ascii', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'plain closing notice',
    from: NOREPLY, to: D, subject: `Your case ${C.dMerge} has been resolved`, date: pst('2026-02-10 09:00:07'), enc: 'ascii7',
    text: `Hello Daniel,

Case ${C.dMerge} has been marked as resolved and closed. If you still need help, you can reopen it within 14 days by replying.

Amazon Web Services`,
  }),
  mk({
    slug: 'close-d-dup', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.dDup, trap: true,
    note: 'the duplicate merge case is closed as a duplicate; "merged" refers to cases',
    from: FORM, to: D, subject: formSubj(C.dDup), date: pst('2026-01-27 09:25:13'), enc: 'ascii7',
    text: `Hi Daniel,

This case duplicates ${C.dMerge}, so it has been merged into that one and closed. Please keep using ${C.dMerge} for the account merge.

Marco`,
  }),
  mk({
    slug: 'close-t-resolved', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'status change to resolved',
    from: SUPPORT_NOTIFY, to: T, subject: `Case ${C.tMerge} status: Resolved`, date: sgt('2026-03-10 09:00:50'), enc: 'utf8qp',
    text: `Hi Mei Lin,

The status of case ${C.tMerge} changed to Resolved. You can reopen it from the Support Center if you need more help.`,
  }),
  mk({
    slug: 'close-t-remind', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'reminder that the case will close in 5 days without a reply (HTML only)',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-08 09:30:02'), enc: 'utf8b64',
    html: html(`Hi Mei Lin,

We haven't heard back from you. If there is nothing else, this case will close automatically in 5 days.

Sophie`),
  }),
  mk({
    slug: 'close-d-misaligned', kind: 'case_closed', lang: 'en', trusted: false, caseId: C.dMerge, trap: false,
    note: 'closing notice with dkim for an unrelated domain and dmarc=fail: untrusted',
    from: NOREPLY, to: D, subject: `Your case ${C.dMerge} has been closed`, date: pst('2026-02-08 03:14:40'), enc: 'ascii7', auth: 'misaligned',
    text: `Hello,

Case ${C.dMerge} has been closed. Download your case transcript: https://aws-case-transcripts.example.net/${C.dMerge}`,
  }),
  mk({
    slug: 'close-t-restate', kind: 'case_closed', lang: 'en', trusted: true, caseId: C.tMerge, trap: true,
    note: 'closing that only restates the earlier merge',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-13 10:02:18'), enc: 'ascii7',
    text: `Hi Mei Lin,

Since your accounts were merged on 6 March and we haven't heard of any problem, I'm closing this case now.

Sophie`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-d-thanks', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.dMerge, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-28 18:40:22'), enc: 'ascii7',
    text: `Hi Daniel,

Thanks for confirming. I've handed the request to the team that performs merges; I'll update you here when they're done.

Marco`,
  }),
  mk({
    slug: 'sr-d-escalate', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'escalation status',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-25 10:02:50'), enc: 'utf8qp',
    text: `Hi Daniel,

I've escalated your request to our specialist team because both profiles have exam history. Expect an update in two to three business days.

Rhea`,
  }),
  mk({
    slug: 'sr-t-future', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.tMerge, trap: true,
    note: 'future: once the merge goes through we will let you know',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-05 19:22:31'), enc: 'utf8b64',
    text: `Hi Mei Lin,

Noted, thank you. Once the merge goes through I'll write again, and then you can check your badges on Credly.

Sophie`,
  }),
  mk({
    slug: 'sr-d-dupcases', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.dMerge, trap: true,
    note: 'we merged your duplicate cases: not the account merge',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-01-27 09:26:40'), enc: 'ascii7',
    text: `Hi Daniel,

Heads up: your two cases (${C.dMerge} and ${C.dDup}) have been merged, so you'll only get replies on this thread from now on. Your account request itself is still in the queue.

Marco`,
  }),
  mk({
    slug: 'sr-t-status', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'still with the back-end team',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-06 09:12:03'), enc: 'ascii7',
    text: `Hi Mei Lin,

Your request is still with our back-end team. I'll chase them today and keep you posted.

Sophie`,
  }),
  mk({
    slug: 'sr-d-badgesnot', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.dMerge, trap: true,
    note: 'badges have not moved yet; raised internally',
    from: FORM, to: D, subject: formSubj(C.dMerge), date: pst('2026-02-02 14:05:17'), enc: 'utf8qp',
    text: `Hi Daniel,

You're right, the badges haven't followed the certifications yet. I've raised it with the team that manages our Credly issuing and will come back to you.

Marco

${outlookEn('2026-02-02 08:31', `${DAN.en} <${DAN.keep}>`, FORM_ADDR, formSubj(C.dMerge), 'Thanks! The certs are there, but my Credly badges are still on the old email.')}`,
  }),
  mk({
    slug: 'sr-t-answer', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'answers a question about the discount voucher on the merge case',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-04 11:30:49'), enc: 'utf8qp',
    text: `Hi Mei Lin,

Good question: the 50% discount benefit from the university account will carry across, with its original expiry date.

Sophie`,
  }),
  mk({
    slug: 'sr-d-wrongid', kind: 'support_reply', lang: 'en', trusted: true, caseId: C.dMerge, trap: false,
    note: 'merge status sent under the Skill Builder case\'s subject; body names the merge case; merge ID labelled',
    from: FORM, to: D, subject: formSubj(C.dSb, 'skill-builder'), date: pst('2026-01-29 10:44:55'), enc: 'ascii7',
    text: `Hi Daniel,

(Replying here by mistake - this is about case ${C.dMerge}.) Your merge request is with the specialist team and I expect news tomorrow.

Marco`,
  }),
  mk({
    slug: 'sr-t-failforged', kind: 'support_reply', lang: 'en', trusted: false, caseId: C.tMerge, trap: false,
    note: 'status reply with dmarc=fail on top and a planted pass below: untrusted',
    from: FORM, to: T, subject: formSubj(C.tMerge), date: sgt('2026-03-04 02:20:14'), enc: 'ascii7', auth: 'failThenForged',
    text: `Hi Mei Lin,

Your request is pending review. Please pay the SGD 25 processing fee here to avoid delays: https://aws-merge-fee.example-pay.com

AWS Training and Certification`,
  }),

  // ---------------- unrelated: the other cases and the rest ----------------
  mk({
    slug: 'un-d-sb-ack', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.dSb, trap: true,
    note: 'receipt of the Skill Builder subscription case, says its topic',
    from: NOREPLY, to: D, subject: `We've received your request [CASE ${C.dSb}]`, date: pst('2026-01-24 16:10:31'), enc: 'ascii7',
    text: `Hello Daniel,

A support case has been opened for you.

Case ID: ${C.dSb}
Subject: Skill Builder subscription - charged twice for Individual plan

We usually respond within 24 hours.

Amazon Web Services`,
  }),
  mk({
    slug: 'un-d-sb-merged', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.dSb, trap: true,
    note: 'Skill Builder case: the two subscriptions were combined and the charge refunded',
    from: FORM, to: D, subject: formSubj(C.dSb, 'skill-builder'), date: pst('2026-01-27 13:31:08'), enc: 'utf8qp',
    text: `Hi Daniel,

About the double charge on AWS Skill Builder: we've combined the two Individual subscriptions into one and refunded the duplicate payment. The refund is complete on our side.

Marco`,
  }),
  mk({
    slug: 'un-d-delete-verify', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.dDelete, trap: true,
    note: 'personal-data deletion case asks to verify identity: another case\'s information request',
    from: 'AWS Privacy <aws-privacy@amazon.com>', to: D, subject: `Your data deletion request - case ${C.dDelete}`, date: pst('2026-02-04 09:40:11'), enc: 'ascii7',
    text: `Hello Daniel,

We received your request to delete the personal data linked to ${DAN.src}. Before we proceed, please confirm your identity by replying with the date of birth and country on that profile.

AWS Privacy`,
  }),
  mk({
    slug: 'un-d-delete-done', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.dDelete, trap: true,
    note: 'deletion case finished and closed',
    from: 'AWS Privacy <aws-privacy@amazon.com>', to: D, subject: `Completed: data deletion request ${C.dDelete}`, date: pst('2026-02-12 10:02:44'), enc: 'utf8b64',
    text: `Hello Daniel,

Your personal data deletion request has been completed and the case is now closed. Data associated with ${DAN.src} has been removed from AWS Training and Certification systems.

AWS Privacy`,
  }),
  mk({
    slug: 'un-t-vue-case', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.tVue, trap: true,
    note: 'the Pearson VUE testing-issue case: confirmed problem, retake issued',
    from: FORM, to: T, subject: formSubj(C.tVue, 'exam-delivery'), date: sgt('2026-03-03 17:02:55'), enc: 'utf8qp',
    text: `Hi Mei Lin,

We've confirmed with Pearson VUE that your OnVUE session on 27 Feb dropped during check-in. A free retake has been added to your Benefits page. This completes your exam-delivery request.

Sophie`,
  }),
  mk({
    slug: 'un-t-vue-appt', kind: 'unrelated', lang: 'en', trusted: false, caseId: null, trap: true,
    note: 'Pearson VUE appointment confirmation from the test vendor',
    from: VUE, to: T, subject: 'Confirmation of your AWS Certification exam appointment', date: sgt('2026-03-04 08:00:31'), enc: 'ascii7',
    text: `Dear Mei Lin Tan,

Thank you for scheduling with Pearson VUE. Your appointment is confirmed.

Exam: AWS Certified Developer - Associate (DVA-C02)
Date: 21 April 2026, 09:00 SGT
Delivery: OnVUE online proctored

Pearson VUE`,
  }),
  mk({
    slug: 'un-t-name-closed', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.tName, trap: true,
    note: 'the legal-name-change case is resolved and closed (says its topic)',
    from: FORM, to: T, subject: formSubj(C.tName), date: sgt('2026-03-11 10:20:05'), enc: 'ascii7',
    text: `Hi Mei Lin,

Your legal name now reads "Mei Lin Tan" on your certification profile and future certificates. I'm resolving this name-change case.

Sophie`,
  }),
  mk({
    slug: 'un-d-marketing', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'training marketing that uses "complete" and "badge"',
    from: 'AWS Training and Certification <aws-training@aws.amazon.com>', to: D, subject: 'Complete your learning plan and earn a digital badge', date: pst('2026-02-05 07:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

You're 60% through "Serverless Learning Plan". Complete it by March 31 to earn a digital badge you can share.

Continue learning: https://skillbuilder.aws/

Unsubscribe | Privacy`,
    html: html(`Hi Daniel,

You're 60% through "Serverless Learning Plan". Complete it by March 31 to earn a digital badge you can share.

Continue learning: https://skillbuilder.aws/

Unsubscribe | Privacy`),
  }),
  mk({
    slug: 'un-t-examresult', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'exam result notification mentioning a badge to come',
    from: CERT_PORTAL, to: T, subject: 'Your AWS Certification exam results are available', date: sgt('2026-03-07 22:12:44'), enc: 'ascii7',
    text: `Hello Mei Lin,

Congratulations, you passed AWS Certified AI Practitioner. Your digital badge will be issued through Credly within 5 business days.

AWS Certification`,
  }),
  mk({
    slug: 'un-d-own-reply', kind: 'unrelated', lang: 'en', trusted: false, caseId: C.dMerge, trap: true, forUser: false,
    note: 'the user\'s own consent reply as kept in Sent (no user address in To/Cc/Delivered-To)',
    from: D, to: FORM, subject: formSubj(C.dMerge), date: pst('2026-01-28 18:02:10'), enc: 'ascii7', auth: 'none', deliveredTo: null, rcpt: FORM_ADDR,
    text: `I agree.

Dan

${gmailEn('2026-01-28 11:05', `AWS Training and Certification <${FORM_ADDR}>`, 'Please note this action is permanent and cannot be reversed. If you\'re happy to proceed, reply to this email with "I agree".')}`,
  }),
  mk({
    slug: 'un-t-credly-other', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from HashiCorp',
    from: 'HashiCorp via Credly <admin@credly.com>', to: T, subject: 'Mei Lin, you earned a new badge from HashiCorp', date: utc('2026-03-01 02:10:18'), enc: 'utf8qp',
    text: credlyEn('Mei Lin', 'HashiCorp Certified: Terraform Associate (003)', 'HashiCorp'),
  }),
  mk({
    slug: 'un-d-survey-resent', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.dMerge, trap: true, forUser: false,
    note: 'survey about the closed case, bounced on by the old employer (Resent-*)',
    from: NOREPLY, to: to(DAN.en, DAN.src), subject: `How did we do on case ${C.dMerge}?`, date: pst('2026-02-11 08:00:20'), enc: 'ascii7',
    resent: { from: 'postmaster@contoso-consult.example', to: 'leavers-archive@contoso-consult.example', date: pst('2026-02-11 08:05:00') },
    text: `Hi Daniel,

Your case ${C.dMerge} was recently closed. Was your issue resolved? Tell us in one click:
https://survey.aws.amazon.com/r/en

Amazon Web Services`,
  }),
  mk({
    slug: 'un-t-fwd-colleague', kind: 'unrelated', lang: 'en', trusted: false, caseId: C.tMerge, trap: true, forUser: false,
    note: 'the user forwards the completion notice to a colleague (her own mail, not addressed to her)',
    from: T, to: 'Ravi Menon <ravi.menon@example-sg.com>', subject: `Fwd: ${formSubj(C.tMerge)}`, date: sgt('2026-03-06 14:30:11'), enc: 'utf8qp', auth: 'none', deliveredTo: null, rcpt: 'ravi.menon@example-sg.com',
    text: `Ravi, this is what the merge confirmation looked like for me, took about four days end to end.

${fwdEn('2026-03-06 13:40', `${FORM}`, `${MEI.en} <${MEI.keep}>`, formSubj(C.tMerge), 'Your accounts have now been merged. Please sign in with ' + MEI.keep + ' and check that your certifications and exam history look right.')}`,
  }),
  mk({
    slug: 'un-d-credly-mergecode', kind: 'unrelated', lang: 'en', trusted: true, caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: CREDLY, to: D, subject: 'Complete your Credly account merge', date: utc('2026-02-02 21:30:09'), enc: 'ascii7',
    text: `Hi Daniel,

Someone (hopefully you) asked to merge ${DAN.src} into your Credly account. Enter this code to complete the account merge:

731 206

This code expires in 30 minutes.
Credly`,
  }),
  mk({
    slug: 'un-t-ooo-agent', kind: 'unrelated', lang: 'en', trusted: true, caseId: C.tMerge, trap: false,
    note: 'the support agent\'s out-of-office auto-reply',
    from: 'Sophie L. <aws-cs-trainingcertification-form@amazon.com>', to: T, subject: `Automatic reply: ${formSubj(C.tMerge)}`, date: sgt('2026-03-12 09:00:31'), enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I'm out of the office until 16 March with limited access to email. Your message has been logged and a colleague will respond.`,
  }),
];
