// English messages of set bf. Every text was written for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  C, CREDLY_AWS, DANIEL, FORM, NOREPLY, PORTAL, SHO, SOFIA, SUPPORT, SUPPORT_AMP, TRAINING,
  gmailEn, grp, mk, outlookEn, q, sfBlock, sfRef, subj, subjNoRe, to, toHtml,
} from './common.js';

const D = DANIEL;
const F = SOFIA;
const S = SHO;

const danielReq = `Hi team,
I have two AWS Certification accounts and want them combined.
Keep:   ${D.keepId}  ${D.keep}
Merge:  ${D.srcId}  ${D.src}
Certs on the second one: SAA-C03 (2024-03-18), DVA-C02 (2025-06-02).
Phone +1 (415) 555-0187. Thanks, Daniel`;

const sofiaReq = `Hello, my first exam (CLF-C02, 12/09/2023) was booked with my university address ${F.src}, the second (SAA-C03, 04/04/2025) with ${F.keep}. Please put both under ${F.keep}. Candidate IDs ${F.srcId} and ${F.keepId}.`;

export const EN: Msg[] = [
  // ======================= acknowledgement =======================
  mk({
    slug: 'en-ack-daniel', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: NOREPLY, to: to(D.en, D.keep), at: '2026-11-18 22:41:09',
    subject: `[CASE ${C.daniel}] We have received your request`,
    note: 'automatic receipt; ID in subject and body next to ISO and PST timestamps',
    text: `Hello Daniel Okafor,

Case ID: ${C.daniel}
Opened: 2026-11-18T22:41:09Z (Nov 18, 2:41 PM PST)
Service: AWS Training and Certification
Category: Certification > Account merge

An agent will respond within 24 hours. Replying to this email adds your reply to case ${C.daniel}.
Please do not open another case for the same issue; duplicates slow things down.

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),
  mk({
    slug: 'en-ack-sofia-bodyonly', kind: 'acknowledgement', lang: 'en', enc: 'utf8qp', caseId: C.sofia,
    from: NOREPLY, to: F.keep, at: '2026-11-22 09:03:44',
    subject: 'Thanks for contacting AWS Support',
    note: 'multipart receipt; case ID only in the body (CaseID=…)',
    text: `Thanks for reaching out. Your request is logged.

CaseID=${C.sofia}
Severity: General guidance
Submitted 22 Nov 2026, 10:03 CET

We'll be in touch by email — usually in 1 business day.`,
    html: `<html><body><p>Thanks for reaching out. Your request is logged.</p>
<p>CaseID=${C.sofia}<br>Severity: General guidance<br>Submitted 22 Nov 2026, 10:03 CET</p>
<p>We'll be in touch by email — usually in 1 business day.</p></body></html>`,
  }),
  mk({
    slug: 'en-ack-forged-none', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', caseId: C.fakeB, trusted: false, auth: 'none',
    from: 'AWS Support Center <cases@amazon-support.co>', to: D.keep, at: '2026-11-19 04:12:57',
    subject: `Case ${C.fakeB} received - action needed`,
    note: 'fake receipt from amazon-support.co with no Authentication-Results at all',
    text: `Your AWS case ${C.fakeB} has been received.
To keep it open, verify your candidate ID within 12 hours:
https://amazon-support.co/case/${C.fakeB}/verify
Ref: AWS-CS-2026-11-19-004412`,
  }),
  mk({
    slug: 'en-ack-sofia-other-notopic', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', caseId: C.sofiaResched,
    from: NOREPLY, to: F.keep, at: '2026-11-29 16:20:31',
    subject: `[CASE ${C.sofiaResched}] Case created`,
    note: 'receipt that names no topic (it is her other case): read as a receipt',
    text: `Case ${C.sofiaResched} was created on 29 Nov 2026 16:20 UTC.
We will reply to this address. Thank you for your patience.
-- AWS Support`,
  }),
  mk({
    slug: 'en-ack-daniel-fields-html', kind: 'acknowledgement', lang: 'en', enc: 'utf8b64', caseId: C.daniel, trap: true,
    from: NOREPLY, to: D.keep, at: '2026-11-18 22:41:30',
    subject: 'Your submission to AWS Training and Certification',
    note: 'HTML-only receipt that echoes the submitted fields; resembles an information request',
    html: `<html><body>
<p>We received the following details. Case ID <b>${C.daniel}</b>.</p>
<table border="1" cellpadding="4">
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Name</td><td>Daniel Okafor</td></tr>
<tr><td>Company</td><td>Okafor Consulting LLC</td></tr>
<tr><td>AWS candidate ID</td><td>${D.keepId}</td></tr>
<tr><td>Contact email</td><td>${D.keep}</td></tr>
</table>
<p>No action is needed right now. An agent will review your case.</p>
</body></html>`,
  }),
  mk({
    slug: 'en-ack-sho-lf', kind: 'acknowledgement', lang: 'en', enc: 'ascii7', caseId: C.sho, crlf: false,
    from: NOREPLY, to: S.keep, at: '2026-11-26 13:58:04',
    subject: `AWS Support: case ${C.sho} opened`,
    note: 'English receipt for a Japanese user\u2019s case; LF line ends',
    text: `Case ${grp(C.sho, [4, 5, 4], ' ')} (${C.sho}) has been opened on your behalf.
Created: 2026-11-26 13:58 UTC / 22:58 JST
Reply to this message to add details. Response target: 24h.`,
  }),

  // ======================= ai_answer =======================
  mk({
    slug: 'en-ai-daniel', kind: 'ai_answer', lang: 'en', enc: 'ascii7',
    from: TRAINING, to: D.keep, at: '2026-11-18 22:36:02',
    subject: 'Suggested answer to your question',
    note: 'AI-generated suggestion to use the Merge Accounts tool',
    text: `This answer was generated by AI and may contain errors.

You asked: "combine ${D.keepId} and ${D.srcId}".
1) Sign in at https://www.aws.training/Certification with ${D.keep}.
2) Go to Profile > Merge Accounts.
3) Enter the other account's email; a 6-digit code is sent there.
If both accounts already hold certifications, the tool cannot merge them; choose "Create case" instead.

Answer ID: gen-4f2a-20261118-2236`,
  }),
  mk({
    slug: 'en-ai-sofia-multipart', kind: 'ai_answer', lang: 'en', enc: 'utf8qp',
    from: TRAINING, to: F.keep, at: '2026-11-22 08:58:13',
    subject: 'Automated help: merging certification accounts',
    note: 'multipart automated answer, no case yet',
    text: `Automated reply — no agent has reviewed this.

Accounts ${F.srcId} and ${F.keepId} can often be combined with the self-service Merge Accounts option under your profile.
Exam history (CLF-C02, SAA-C03) and unused benefits move to the account you keep.
Still stuck? Select "Create case".`,
    html: `<html><body><p><em>Automated reply — no agent has reviewed this.</em></p>
<p>Accounts ${F.srcId} and ${F.keepId} can often be combined with the self-service <b>Merge Accounts</b> option under your profile.</p>
<p>Exam history (CLF-C02, SAA-C03) and unused benefits move to the account you keep.</p>
<p>Still stuck? Select "Create case".</p></body></html>`,
  }),
  mk({
    slug: 'en-ai-daniel-aftermerge', kind: 'ai_answer', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: NOREPLY, to: D.keep, at: '2026-11-18 22:44:50',
    subject: `[CASE ${C.daniel}] Articles that may help (automated)`,
    note: 'automated answer on the new case; explains what happens after a merge but stays ai_answer',
    text: `Based on case ${C.daniel}, our assistant picked these answers (auto-generated):

- After a merge, certifications such as SAA-C03 and DVA-C02 appear on the surviving candidate ID.
- Badges on Credly may need to be claimed again with the surviving email.
- Vouchers (e.g. 50% off, valid until the printed expiry) stay usable.

An agent will still follow up on your case.`,
  }),
  mk({
    slug: 'en-ai-forged-misaligned', kind: 'ai_answer', lang: 'en', enc: 'utf8b64', trusted: false, auth: 'misaligned',
    from: TRAINING, to: F.keep, at: '2026-11-22 11:30:40',
    subject: 'AI assistant: finish your account merge',
    note: 'AI-answer look-alike signed by an unrelated domain, dmarc=fail',
    text: `Our AI assistant found 2 accounts (${F.srcId}, ${F.keepId}).
Finish the merge here before 23 Nov 2026 00:00 UTC: https://merge-tool.example.info/?u=${F.keepId}
You will be asked for both passwords.`,
  }),
  mk({
    slug: 'en-ai-sho-html', kind: 'ai_answer', lang: 'en', enc: 'utf8b64',
    from: TRAINING, to: S.keep, at: '2026-11-26 13:49:21',
    subject: 'Here is what we found',
    note: 'HTML-only AI answer',
    html: `<html><body><div style="font-size:14px">
<p>Generated by Amazon Q (response q-88c1-1126).</p>
<p>To merge ${S.srcId} into ${S.keepId}, try <b>Profile &gt; Merge Accounts</b>. Accounts with certifications on both sides (for example SAP-C02 and SAA-C03) need a support case.</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a></p>
</div></body></html>`,
  }),

  // ======================= info_request =======================
  mk({
    slug: 'en-info-daniel', kind: 'info_request', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-19 17:05:33',
    subject: subj(C.daniel),
    note: 'asks for IDs, notification emails and the account to keep; Salesforce quote',
    text: `Hello Daniel,

Thank you for contacting AWS Training and Certification. This is Priyanka on case ${C.daniel}.

Before we can combine the records we need, for each account:
  - candidate ID (AWS followed by 8 digits)
  - login email and certification notification email
  - Skill Builder email, if different
and which of the two should remain active.

Best regards,
Priyanka R.
AWS Training and Certification

${sfBlock(`${D.en} <${D.keep}>`, '11/18/2026 10:41 PM', FORM, subjNoRe(C.daniel))}

${danielReq}

${sfRef('9Xb3T')}`,
  }),
  mk({
    slug: 'en-info-sofia-keep', kind: 'info_request', lang: 'en', enc: 'utf8qp', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-23 12:44:19',
    subject: subj(C.sofia),
    note: 'asks which address survives, phrased as “we need to know”',
    text: `Ciao Sofia,

Case ${C.sofia}. Both ${F.srcId} (CLF-C02, 12/09/2023) and ${F.keepId} (SAA-C03, 04/04/2025) are on file. We need to know which of the two logins you'll be using going forward — just reply with that address and we'll take it from there.

Kind regards,
Tomás — AWS T&C Support

${sfBlock(`${F.en} <${F.keep}>`, '22/11/2026 09:03', FORM, subjNoRe(C.sofia))}

${sofiaReq}`,
  }),
  mk({
    slug: 'en-info-daniel-confirmword', kind: 'info_request', lang: 'en', enc: 'ascii7', caseId: C.daniel, trap: true,
    from: SUPPORT, to: D.keep, at: '2026-11-20 18:10:02',
    subject: subj(C.daniel),
    note: 'an information request worded with “confirm”: asks for the address to keep, not consent',
    text: `Hi Daniel,

Case ${C.daniel}: could you confirm the email address you want to keep? Your form lists ${D.keep}, but the certification notification email on ${D.keepId} is ${D.src}.
Once we have that we can move ahead.

Regards, Priyanka`,
  }),
  mk({
    slug: 'en-info-sofia-fromkeep', kind: 'info_request', lang: 'en', enc: 'utf8b64', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, cc: F.src, at: '2026-11-24 08:02:55',
    subject: subj(C.sofia),
    note: 'asks to write from the kept address AND to include both candidate IDs',
    text: `Hello Sofia,

For case ${C.sofia} we need the request to come from the address of the account you are keeping. Please reply from ${F.keep} and include both candidate IDs exactly as shown in your profile (format AWS########).

Thanks,
Tomás`,
  }),
  mk({
    slug: 'en-info-sho-validation', kind: 'info_request', lang: 'en', enc: 'ascii7', caseId: C.sho,
    from: SUPPORT, to: S.keep, at: '2026-11-28 02:40:07',
    subject: subj(C.sho),
    note: 'asks for validation numbers of the certificates on the source account',
    text: `Hello Sho,

Case ID ${C.sho}. We could not locate ${S.srcId} with the email you gave.
Kindly send the validation number (16 characters, printed at the bottom of the certificate PDF) for your SAA-C03 from 2023-02-11, or the Pearson VUE registration number of that exam.

AWS Training and Certification`,
  }),
  mk({
    slug: 'en-info-forged-noauth', kind: 'info_request', lang: 'en', enc: 'ascii7', caseId: C.daniel, trusted: false, auth: 'none',
    from: 'AWS Certification <support@aws.training>', to: D.keep, at: '2026-11-20 03:33:33',
    subject: subj(C.daniel),
    note: 'claims to be from aws.training but the message carries no Authentication-Results',
    text: `Case ${C.daniel}
To complete identity checks, send a photo of your passport and your date of birth (MM/DD/YYYY) to this address.
Reference: KYC-5510-2241`,
  }),
  mk({
    slug: 'en-info-daniel-digits', kind: 'info_request', lang: 'en', enc: 'utf8qp', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-21 16:27:48',
    subject: subj(C.daniel),
    note: 'the candidate ID the user sent is malformed; asks for the correct one; bottom-posted reply below a Gmail quote',
    text: `${gmailEn('2026-11-21 07:55', `${D.en} <${D.keep}>`)}
> Keep ${D.keep}. The other ID is AWS0451887.
>
> Sent from my iPhone

Hi Daniel,

Thanks. "AWS0451887" has only 7 digits after AWS; IDs have 8. Could you double-check the second account's ID on its profile page and send it again? Case ${C.daniel}.

Priyanka`,
  }),

  // ======================= confirmation_request =======================
  mk({
    slug: 'en-conf-daniel', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-22 19:14:26',
    subject: subj(C.daniel),
    note: 'asks for consent; irreversible; lists the two IDs',
    text: `Hello Daniel,

Case ${C.daniel}
We are ready to merge:
  FROM ${D.srcId} (${D.src}) - SAA-C03 2024-03-18, DVA-C02 2025-06-02
  INTO ${D.keepId} (${D.keep})
A merge is permanent and cannot be reversed. Reply "I agree" to this email to authorize it.

Priyanka R.`,
  }),
  mk({
    slug: 'en-conf-sofia-multipart', kind: 'confirmation_request', lang: 'en', enc: 'utf8qp', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-25 10:36:12',
    subject: subj(C.sofia),
    note: 'multipart consent request',
    text: `Hi Sofia,

Case ${C.sofia}: everything checks out. ${F.srcId} will be folded into ${F.keepId}; the login ${F.src} stops working afterwards and this can't be undone.
Are you OK with us going ahead? A one-line "yes, proceed" reply is enough.

Tomás`,
    html: `<p>Hi Sofia,</p><p>Case ${C.sofia}: everything checks out. ${F.srcId} will be folded into ${F.keepId}; the login ${F.src} stops working afterwards and this can't be undone.</p><p>Are you OK with us going ahead? A one-line "yes, proceed" reply is enough.</p><p>Tomás</p>`,
  }),
  mk({
    slug: 'en-conf-daniel-reminder', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-24 20:01:09',
    subject: subj(C.daniel),
    note: 'second ask for consent, nothing received since 11/22',
    text: `Hi Daniel, following up on case ${C.daniel} (our note of 11/22). We still need your explicit OK before merging ${D.srcId} into ${D.keepId}; it is irreversable. A reply saying you agree is all we need.`,
  }),
  mk({
    slug: 'en-conf-sho', kind: 'confirmation_request', lang: 'en', enc: 'utf8b64', caseId: C.sho,
    from: SUPPORT, to: S.keep, at: '2026-11-30 06:25:00',
    subject: subj(C.sho),
    note: 'English consent request on the Japanese user\u2019s case',
    text: `Dear Sho,

Case ${C.sho} — please let us know that you consent to merging ${S.srcId} into ${S.keepId}. After the merge the two records cannot be separated again.

Sincerely,
AWS Training and Certification`,
  }),
  mk({
    slug: 'en-conf-forged-failthen', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', caseId: C.sofia, trusted: false, auth: 'failThenForged',
    from: SUPPORT, to: F.keep, at: '2026-11-25 13:13:13',
    subject: subj(C.sofia),
    note: 'topmost Authentication-Results says fail; a planted pass sits lower',
    text: `Sofia,
Case ${C.sofia}: confirm the merge by signing in at https://aws-merge-confirm.example.biz/${C.sofia} with both account passwords by 11/26.`,
  }),
  mk({
    slug: 'en-conf-sofia-resent', kind: 'confirmation_request', lang: 'en', enc: 'ascii7', caseId: C.sofia, forUser: false,
    from: SUPPORT_AMP, to: F.src, at: '2026-11-25 10:36:40',
    resent: { from: 'mailer@polimi.example.edu', to: 'helpdesk@polimi.example.edu', date: rfcDate('2026-11-25 11:40:00', '+0100') },
    subject: subj(C.sofia),
    note: 'a copy to the university address, redirected by its server (Resent-*): not for the user',
    text: `Hi Sofia,
Copy to the source-account address. Case ${C.sofia}: reply to agree to the merge of ${F.srcId} into ${F.keepId}; it cannot be reversed.`,
  }),
  mk({
    slug: 'en-conf-daniel-outlook', kind: 'confirmation_request', lang: 'en', enc: 'utf8b64', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-22 19:20:41',
    subject: subj(C.daniel),
    note: 'consent request top-posted above an Outlook quote with the corrected ID',
    text: `Daniel — thanks, ${D.srcId} found. Do we have your go-ahead to merge it into ${D.keepId}? Once done it cannot be rolled back. Case ${C.daniel}.

${outlookEn('2026-11-22 09:02', `${D.en} <${D.keep}>`, FORM, subj(C.daniel))}

Sorry, typo. The correct ID is ${D.srcId}.`,
  }),

  // ======================= merge_completed =======================
  mk({
    slug: 'en-done-daniel', kind: 'merge_completed', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-23 21:47:16',
    subject: subj(C.daniel),
    note: 'merge done; the user\u2019s other (voucher) case is mentioned as still open',
    text: `Hello Daniel,

Case ${C.daniel}: ${D.srcId} has been merged into ${D.keepId}. SAA-C03 (2024-03-18) and DVA-C02 (2025-06-02) now show on ${D.keep}.
Your separate case ${C.danielVoucher} about a voucher refund is handled by another team and remains open.

Priyanka R.`,
  }),
  mk({
    slug: 'en-done-sofia', kind: 'merge_completed', lang: 'en', enc: 'utf8qp', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-26 15:02:38',
    subject: subj(C.sofia),
    note: 'completion; asks to check all looks right (stays merge_completed)',
    text: `Hi Sofia,

Done — as of 26 Nov 2026 15:00 UTC your records are consolidated under ${F.keepId}. CLF-C02 and SAA-C03 are both listed there now.
Have a look when you get a chance and tell us if anything seems off. Case ${C.sofia}.

Tomás`,
  }),
  mk({
    slug: 'en-done-portal', kind: 'merge_completed', lang: 'en', enc: 'utf8b64',
    from: PORTAL, to: D.keep, at: '2026-11-23 21:30:02',
    subject: 'Your AWS Certification accounts have been merged',
    note: 'portal notice, no case ID',
    text: `Your AWS Certification accounts have been merged.

Primary candidate ID: ${D.keepId}
Merged candidate ID:  ${D.srcId}
Date: 11/23/2026 1:30 PM PST

Sign in with ${D.keep} from now on.`,
    html: toHtml(`Your AWS Certification accounts have been merged.

Primary candidate ID: ${D.keepId}
Merged candidate ID: ${D.srcId}
Date: 11/23/2026 1:30 PM PST

Sign in with ${D.keep} from now on.`),
  }),
  mk({
    slug: 'en-done-sho', kind: 'merge_completed', lang: 'en', enc: 'ascii7', caseId: C.sho,
    from: SUPPORT, to: S.keep, at: '2026-12-02 04:40:12',
    subject: subj(C.sho),
    note: 'short English completion on the Japanese user\u2019s case',
    text: `Sho, case ${C.sho}: merge of ${S.srcId} -> ${S.keepId} completed 2026-12-02 04:31 UTC. Nothing else needed from you.`,
  }),
  mk({
    slug: 'en-done-forged-lookalikeserver', kind: 'merge_completed', lang: 'en', enc: 'ascii7', trusted: false, auth: 'lookalikeServer',
    from: PORTAL, to: F.keep, at: '2026-11-26 18:44:03',
    subject: 'Your AWS Certification accounts have been merged',
    note: 'portal look-alike whose pass comes from mx.test.example.<other> (not the receiving server)',
    text: `Your accounts ${F.srcId} and ${F.keepId} have been merged.
Claim your merged benefit voucher: https://aws-cert-benefits.example.co/claim?v=HALF-${F.keepId}`,
  }),
  mk({
    slug: 'en-done-daniel-resent', kind: 'merge_completed', lang: 'en', enc: 'utf8qp', caseId: C.daniel, forUser: false,
    from: SUPPORT, to: D.src, at: '2026-11-23 21:48:00',
    resent: { from: 'postmaster@contractor.example.org', to: 'records@contractor.example.org', date: rfcDate('2026-11-23 16:55:00', '-0500') },
    subject: subj(C.daniel),
    note: 'completion copy to the contractor address, redirected by its server (Resent-*)',
    text: `Copy for the source account. Case ${C.daniel}: ${D.srcId} was merged into ${D.keepId} on 11/23/2026.`,
  }),
  mk({
    slug: 'en-done-sofia-andclose', kind: 'merge_completed', lang: 'en', enc: 'utf8b64', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-26 15:05:10',
    subject: subj(C.sofia),
    note: 'completion plus “we will close this case”: the new fact is the merge',
    text: `Hi Sofia,

Quick follow-up on ${C.sofia}: the merge went through (${F.srcId} → ${F.keepId}, 26/11/2026). We'll set the case to resolved now; just reply if you need us again.

Tomás`,
  }),

  // ======================= badges_transferred =======================
  mk({
    slug: 'en-badge-credly-daniel', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp',
    from: CREDLY_AWS, to: D.keep, at: '2026-11-24 14:22:07', relay: 'o1.ptr4417.credly.com',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'AWS badge arriving via Credly at the kept address',
    text: `Hi Daniel,

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Developer - Associate".
Accept your badge: https://www.credly.com/badges/0b4e7f3a-2c19-4d58-a6e0-13f9d8c2b7e4/accept
Issued: 2024-06-02 | Expires: 2028-06-02`,
    html: `<html><body><p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you the badge "AWS Certified Developer - Associate".</p><p><a href="https://www.credly.com/badges/0b4e7f3a-2c19-4d58-a6e0-13f9d8c2b7e4/accept">Accept your badge</a></p><p>Issued: 2024-06-02 | Expires: 2028-06-02</p></body></html>`,
  }),
  mk({
    slug: 'en-badge-support-sofia', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-28 11:09:55',
    subject: subj(C.sofia),
    note: 'support says both badges were re-pointed to the kept email',
    text: `Hi Sofia,

Re case ${C.sofia}: the two Credly badges (CLF-C02 badge 51c2..e8, SAA-C03 badge 9a07..3d) were reassigned to ${F.keep} on 28 Nov. You'll find them at https://www.credly.com/users/sofia-rossi.

${gmailEn('2026-11-27 22:14', `${F.en} <${F.keep}>`)}
> Thanks! Only the SAA badge shows on Credly, the CLF one is still on my uni email.`,
  }),
  mk({
    slug: 'en-badge-credly-sofia-html', kind: 'badges_transferred', lang: 'en', enc: 'utf8b64',
    from: CREDLY_AWS, to: F.keep, at: '2026-11-28 11:30:48', relay: 'o1.ptr4417.credly.com',
    subject: 'Your badge from Amazon Web Services Training and Certification is ready',
    note: 'HTML-only Credly badge mail from the AWS issuer',
    html: `<html><body><center><table width="600"><tr><td>
<h1>Congratulations, Sofia!</h1>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Cloud Practitioner</b>.</p>
<p><a href="https://www.credly.com/badges/51c2a7d0-4e3b-4a99-b1f8-7d6c0e2a91e8/accept">Accept badge</a></p>
<p style="font-size:11px">Credly ID 51c2a7d0-4e3b-4a99-b1f8-7d6c0e2a91e8</p>
</td></tr></table></center></body></html>`,
  }),
  mk({
    slug: 'en-badge-support-daniel-close', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: SUPPORT, to: D.keep, at: '2026-11-25 17:40:22',
    subject: subj(C.daniel),
    note: 'badges moved and the case closes: badges_transferred',
    text: `Hi Daniel,

Case ${C.daniel}: the SAA-C03 badge was still tied to ${D.src}; it has now been moved to ${D.keep} (Credly). DVA-C02 was already there. We're closing the case with this message.

Priyanka R.`,
  }),
  mk({
    slug: 'en-badge-forged-freemail', kind: 'badges_transferred', lang: 'en', enc: 'ascii7', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <aws.credly.badges@gmail.com>', to: D.keep, at: '2026-11-24 16:01:12', relay: 'mail-sor-f41.google.com',
    subject: 'Your badges have been transferred',
    note: 'trusted-looking display name on a free-mail address',
    text: `Your 2 AWS badges were transferred to ${D.keep}.
Log in to view them: https://credly-badge-login.example.com/?u=${D.keepId}`,
  }),
  mk({
    slug: 'en-badge-credly-wrongperson', kind: 'badges_transferred', lang: 'en', enc: 'utf8qp', forUser: false,
    from: CREDLY_AWS, to: 'Dana Okafor <dana.okafor@example.net>', at: '2026-11-24 14:25:31', relay: 'o1.ptr4417.credly.com',
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    note: 'an AWS Credly badge addressed to someone else (dana.okafor@…), not the user',
    text: `Hi Dana,

Amazon Web Services Training and Certification has issued you "AWS Certified AI Practitioner".
Accept your badge: https://www.credly.com/badges/77e0c4a1-95bd-4c2e-8f13-60a2d9b4e5f0/accept`,
  }),

  // ======================= case_closed =======================
  mk({
    slug: 'en-close-daniel', kind: 'case_closed', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: NOREPLY, to: D.keep, at: '2026-11-26 08:00:00',
    subject: `Case ${C.daniel} has been resolved`,
    note: 'case resolved notification',
    text: `Case ID: ${C.daniel}
Status: Resolved (2026-11-26 08:00 UTC)
If you need more help, reopen the case within 14 days from the Support Center.`,
  }),
  mk({
    slug: 'en-close-sofia-5days', kind: 'case_closed', lang: 'en', enc: 'utf8qp', caseId: C.sofia,
    from: NOREPLY, to: F.keep, at: '2026-11-28 00:00:09',
    subject: `Action needed: case ${C.sofia} will close soon`,
    note: 'will close in 5 days without a reply',
    text: `Case ${C.sofia} is waiting on you. If we do not hear back in 5 days (by 3 Dec 2026), the case will close automatically.`,
  }),
  mk({
    slug: 'en-close-daniel-restate', kind: 'case_closed', lang: 'en', enc: 'ascii7', caseId: C.daniel, trap: true,
    from: SUPPORT, to: D.keep, at: '2026-11-27 18:30:40',
    subject: subj(C.daniel),
    note: 'closing that only restates the merge of 11/23 and the badge move of 11/25',
    text: `Hi Daniel,

As the merge of 11/23 and the badge move of 11/25 are in place and we have not heard back, we're closing case ${C.daniel}. The voucher case ${C.danielVoucher} is unaffected.

Priyanka`,
  }),
  mk({
    slug: 'en-close-sho', kind: 'case_closed', lang: 'en', enc: 'ascii7', caseId: C.sho,
    from: NOREPLY, to: S.keep, at: '2026-12-05 00:00:31',
    subject: `[CASE ${C.sho}] closed`,
    note: 'English closed notification on the Japanese user\u2019s case',
    text: `Your support case ${C.sho} was closed on 2026-12-05 00:00 UTC (09:00 JST). Reply within 14 days to reopen.`,
  }),
  mk({
    slug: 'en-close-forged-none', kind: 'case_closed', lang: 'en', enc: 'ascii7', caseId: C.daniel, trusted: false, auth: 'none',
    from: NOREPLY, to: D.keep, at: '2026-11-26 02:17:45',
    subject: `Case ${C.daniel} closed - refund pending`,
    note: 'closing notice claiming amazon.com with no Authentication-Results',
    text: `Case ${C.daniel} is closed. A refund of USD 150.00 is pending; confirm your card at https://aws-refunds.example.net/${C.daniel}`,
  }),
  mk({
    slug: 'en-close-sofia-resolved', kind: 'case_closed', lang: 'en', enc: 'utf8b64', caseId: C.sofia,
    from: SUPPORT_AMP, to: F.keep, at: '2026-12-02 09:10:11',
    subject: subj(C.sofia),
    note: 'agent closes the case after no further questions (multipart)',
    text: `Hi Sofia,

Since there are no open questions on ${C.sofia}, I'm marking it resolved today (02/12/2026). It has been a pleasure.

Tomás`,
    html: `<p>Hi Sofia,</p><p>Since there are no open questions on ${C.sofia}, I'm marking it resolved today (02/12/2026). It has been a pleasure.</p><p>Tomás</p>`,
  }),

  // ======================= support_reply =======================
  mk({
    slug: 'en-sr-daniel-thanks', kind: 'support_reply', lang: 'en', enc: 'ascii7', caseId: C.daniel, trap: true,
    from: SUPPORT, to: D.keep, at: '2026-11-23 02:05:19',
    subject: subj(C.daniel),
    note: 'thanks for confirming, passed to the merge team',
    text: `Hi Daniel, thanks for confirming on case ${C.daniel}. I've passed it to the records team (ticket RT-20331); they usually finish within 1-3 business days. I'll update you here.`,
  }),
  mk({
    slug: 'en-sr-sofia-future', kind: 'support_reply', lang: 'en', enc: 'utf8qp', caseId: C.sofia, trap: true,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-25 18:50:27',
    subject: subj(C.sofia),
    note: 'future: once the merge is complete we will email you',
    text: `Grazie Sofia — got your "yes, proceed" (25 Nov, 19:41 CET). Once the merge is complete we'll email you here, case ${C.sofia}. Expect 2–4 working days.`,
  }),
  mk({
    slug: 'en-sr-daniel-dupcases', kind: 'support_reply', lang: 'en', enc: 'ascii7', caseId: C.daniel, trap: true,
    from: SUPPORT, to: D.keep, at: '2026-11-19 17:20:00',
    subject: subj(C.daniel),
    note: '“we merged your duplicate cases” (17790221458 and 1790034512), not the account merge',
    text: `Daniel, you opened case 1790034512 a few minutes after ${C.daniel} for the same thing. We merged the two cases, so please keep replying on ${C.daniel} only.`,
  }),
  mk({
    slug: 'en-sr-sho-escalated', kind: 'support_reply', lang: 'en', enc: 'ascii7', caseId: C.sho,
    from: SUPPORT, to: S.keep, at: '2026-11-29 10:44:52',
    subject: subj(C.sho),
    note: 'escalation status',
    text: `Sho, case ${C.sho} is now with our Tier 2 team (escalation ESC-77120). ETA 2-3 business days; no action needed from you.`,
  }),
  mk({
    slug: 'en-sr-sofia-notyet', kind: 'support_reply', lang: 'en', enc: 'utf8b64', caseId: C.sofia, trap: true,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-26 09:12:04',
    subject: subj(C.sofia),
    note: 'negated: the merge has not been completed yet',
    text: `Hi Sofia,

To answer your question from this morning: no, the merge for ${C.sofia} has not been completed yet — it is queued for today (26/11). I'll write again as soon as it is.

Tomás`,
  }),
  mk({
    slug: 'en-sr-daniel-keepaddr', kind: 'support_reply', lang: 'en', enc: 'ascii7', caseId: C.daniel,
    from: SUPPORT, to: D.src, at: '2026-11-19 17:30:15',
    subject: subj(C.daniel),
    note: 'asks the user to write from the kept address, no data requested',
    text: `Hi Daniel,
We got your note from ${D.src}. For security, please send further replies on case ${C.daniel} from ${D.keep}, the account you plan to keep.
Priyanka`,
  }),
  mk({
    slug: 'en-sr-sofia-unable', kind: 'support_reply', lang: 'en', enc: 'utf8qp', caseId: C.sofia, trap: true,
    from: SUPPORT_AMP, to: F.keep, at: '2026-11-23 14:01:33',
    subject: subj(C.sofia),
    note: 'unable to merge a third account (a Skill Builder-only login); no event',
    text: `Sofia, about the third login you mentioned (sofia.r@work.example.it, Skill Builder only): there is no certification record under it, so we are unable to merge it. It doesn't affect case ${C.sofia}.`,
  }),
  mk({
    slug: 'en-sr-daniel-badgespending', kind: 'support_reply', lang: 'en', enc: 'ascii7', caseId: C.daniel, trap: true,
    from: SUPPORT, to: D.keep, at: '2026-11-24 22:18:48',
    subject: subj(C.daniel),
    note: 'badges not yet moved; a request was raised with Credly',
    text: `Daniel, case ${C.daniel}: I've asked Credly to move the SAA-C03 badge (ref CR-88412). It hasn't been transferred yet; I'll confirm when it is.`,
  }),

  // ======================= unrelated =======================
  mk({
    slug: 'en-un-own-agree', kind: 'unrelated', lang: 'en', enc: 'ascii7', caseId: C.daniel, trusted: false, trap: true,
    from: to(D.en, D.keep), to: FORM, cc: D.src, relay: 'smtp.example.net', at: '2026-11-22 21:03:40', tz: '-0800',
    subject: subj(C.daniel),
    note: 'the user\u2019s own “I agree” reply, copied to his other address',
    text: `I agree. Please merge ${D.srcId} into ${D.keepId}.
Daniel

${gmailEn('2026-11-22 11:14', `AWS Training and Certification <${FORM}>`)}
${q(`Case ${C.daniel}\nWe are ready to merge:`)}`,
  }),
  mk({
    slug: 'en-un-pearson-resched', kind: 'unrelated', lang: 'en', enc: 'ascii7', trusted: false, trap: true,
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: F.keep, at: '2026-11-29 16:02:11',
    subject: 'Confirmation: your exam has been rescheduled',
    note: 'exam reschedule confirmation from the test vendor',
    text: `Dear Sofia Rossi,
Registration 534120987 - AWS Certified Developer - Associate (DVA-C02)
New appointment: 12/14/2026 09:00 AM CET, OnVUE
Candidate ID ${F.keepId}. This confirms your change.`,
  }),
  mk({
    slug: 'en-un-voucher-case-closed', kind: 'unrelated', lang: 'en', enc: 'ascii7', caseId: C.danielVoucher, trap: true,
    from: SUPPORT, to: D.keep, at: '2026-11-27 19:45:00',
    subject: `RE:[CASE ${C.danielVoucher}] [AWS Training and Certification Form Submission] - exam-voucher`,
    note: 'his other case (voucher refund) is resolved and closed; mentions the merge case number',
    text: `Hi Daniel,
Your voucher refund on case ${C.danielVoucher} is processed (USD 75.00, txn 4Q7-22981) and this case is now closed.
Your account merge (${C.daniel}) was handled separately.
Marcus, AWS T&C Billing`,
  }),
  mk({
    slug: 'en-un-hashicorp-credly', kind: 'unrelated', lang: 'en', enc: 'utf8qp', trap: true,
    from: 'HashiCorp via Credly <admin@credly.com>', to: D.keep, at: '2026-11-30 20:11:45', relay: 'o1.ptr4417.credly.com',
    subject: 'HashiCorp sent you a new badge',
    note: 'badge from another issuer',
    text: `Hi Daniel,
HashiCorp has issued you "HashiCorp Certified: Terraform Associate (003)".
Accept your badge: https://www.credly.com/badges/d1f3b0e9-6a27-4c8e-9b52-0e7a4c1d8f26/accept`,
  }),
  mk({
    slug: 'en-un-survey', kind: 'unrelated', lang: 'en', enc: 'utf8b64', caseId: C.daniel, trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>', to: D.keep, at: '2026-11-26 09:30:00',
    subject: `How did we do on case ${C.daniel}?`,
    note: 'survey about the resolved case',
    text: `Your case ${C.daniel} was resolved on 11/26/2026. Was your issue resolved? Rate us (1-5): https://survey.aws.example/r/${C.daniel}`,
  }),
  mk({
    slug: 'en-un-billing-receipt', kind: 'unrelated', lang: 'en', enc: 'ascii7', trap: true,
    from: 'Amazon Web Services <aws-billing@amazon.com>', to: D.keep, at: '2026-12-02 07:00:00',
    subject: 'Payment received - Invoice 2026-11-9931847201',
    note: 'AWS billing payment receipt for a cloud account, unrelated',
    text: `We have received your payment.
Account: 1234-5678-9012
Invoice: 2026-11-9931847201
Amount: USD 42.17
Date: Dec 2, 2026`,
  }),
  mk({
    slug: 'en-un-agent-ooo', kind: 'unrelated', lang: 'en', enc: 'ascii7', caseId: C.sofia, trap: true,
    from: 'Tomas Alvarez <tomalv@amazon.com>', to: F.keep, at: '2026-11-27 22:14:30',
    extra: ['Auto-Submitted: auto-replied'],
    subject: `Automatic reply: RE:[CASE ${C.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'an agent\u2019s out-of-office reply (trusted sender, still unrelated)',
    text: `I'm out of the office until Tue 12/1. Your case ${C.sofia} is monitored by the team; replies to the case address will be picked up.`,
  }),
  mk({
    slug: 'en-un-fwd-self', kind: 'unrelated', lang: 'en', enc: 'utf8qp', caseId: C.sofia, trusted: false, trap: true,
    from: to(F.en, F.keep), to: 'Sofia Rossi <sofia.rossi@example.it>', relay: 'smtp.example.it', at: '2026-11-26 16:30:02', tz: '+0100',
    subject: `Fwd: RE:[CASE ${C.sofia}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'the user forwards the completion to herself as a note',
    text: `note to self: merged! check Credly later.

---------- Forwarded message ---------
From: AWS Training & Certification Support <${FORM}>
Date: Thu, Nov 26, 2026 at 4:02 PM
Subject: RE:[CASE ${C.sofia}] [AWS Training and Certification Form Submission] - account-assistance

Done — as of 26 Nov 2026 15:00 UTC your records are consolidated under ${F.keepId}.`,
  }),
  mk({
    slug: 'en-un-team-newsletter', kind: 'unrelated', lang: 'en', enc: 'utf8b64', forUser: false,
    from: TRAINING, to: 'cloud-team@corp.example.com', deliveredTo: 'cloud-team@corp.example.com', at: '2026-12-01 15:00:00',
    subject: 'New in December: exam updates and Skill Builder labs',
    note: 'newsletter to a team list, not addressed to the user',
    text: `What's new (December 2026)
- CLF-C02 and SAA-C03 exam guides updated 2026-11-20
- 40 new Skill Builder labs
- re:Invent recap sessions: Dec 10, 17 (9 AM PST)`,
  }),
  mk({
    slug: 'en-un-organizations', kind: 'unrelated', lang: 'en', enc: 'ascii7', trap: true,
    from: NOREPLY, to: D.keep, at: '2026-11-30 18:20:00',
    subject: 'AWS Organizations: account 210987654321 has joined your organization',
    note: 'AWS Organizations account joining (cloud accounts, not certification accounts)',
    text: `The AWS account 210987654321 accepted invitation h-3c9b0e1a2f and joined organization o-7k2m4q9x1z on 2026-11-30T18:19:41Z.
Management account: 109876543210. Consolidated billing now applies.`,
  }),
];
