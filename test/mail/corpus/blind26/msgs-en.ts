// Set y, English-language messages (often written by Japanese agents, or answering Japanese mail).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, C, CREDLY_AWS, DANIEL, DANIEL_REQ, KENJI, KENJI_REQ, LIN, LIN_REQ, MISAKI, MISAKI_REQ, NAOKI, NAOKI_REQ, SUPPORT, SUPPORT_BARE, YUMI, YUMI_REQ,
  fwdEn, gmailEn, gmailJa, htmlDoc, jst, m, outlookEn, outlookJa, paras, quote, ref, sfEn, subj, utc, who,
} from './common.js';

const SIG = 'AWS Training and Certification Customer Support';

// ---------------------------------------------------------------- acknowledgement (6)
const ack: Msg[] = [
  m({
    slug: 'ack-en-case-created-ascii', crlf: false, kind: 'acknowledgement', lang: 'en', caseId: C.naoki,
    note: 'standard automatic receipt of a new case',
    from: AWS_NOTIFY, to: NAOKI.keep, subject: `[CASE ${C.naoki}] We have received your request`,
    date: utc('2026-10-09 03:44:10'), enc: 'ascii7',
    text: `Hello,

We have recieved your case ${C.naoki} and a support agent will get back to you, typically within 24 hours.

To add information, reply to this email. Please don't open another case for the same issue; duplicate cases can slow down our response.

Subject: merge 2 account
Category: AWS Training and Certification

Sincerely,
Amazon Web Services`,
  }),
  m({
    slug: 'ack-en-html-only-body-id', kind: 'acknowledgement', lang: 'en', caseId: C.yumi,
    note: 'HTML-only English receipt for a case the customer wrote in Japanese; case ID only in body',
    from: AWS_NOTIFY, to: YUMI.keep, subject: 'Thank you for contacting AWS Support',
    date: utc('2026-10-14 00:20:59'), enc: 'utf8qp',
    html: htmlDoc(`<table width="100%"><tr><td style="padding:16px">
<p>Hello,</p>
<p>Thank you for contacting AWS. We've opened case <strong>${C.yumi}</strong> for your inquiry:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px;color:#555">認定アカウントの統合をお願いいたします。</blockquote>
<p>An agent will respond as soon as possible. Replies to this message are added to your case.</p>
<p>Amazon Web Services</p>
</td></tr></table>`, 'en'),
  }),
  m({
    slug: 'ack-en-multipart-lin', kind: 'acknowledgement', lang: 'en', caseId: C.lin,
    note: 'multipart receipt from the form address, listing the submitted fields',
    to: LIN.keep, subject: `[CASE ${C.lin}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-10-02 13:06:00'), enc: 'utf8b64',
    text: `Hello Lin Wei-Ting,

This message confirms we received your submission. Case number: ${C.lin}

Name: Lin Wei-Ting
Company: Minato Cloud
Candidate ID: ${LIN.keepId}
Issue: account-assistance

Our team normally replies within 1 business day.
${SIG}`,
    html: htmlDoc(`<p>Hello Lin Wei-Ting,</p>
<p>This message confirms we received your submission. Case number: <b>${C.lin}</b></p>
<table><tr><td>Name</td><td>Lin Wei-Ting</td></tr><tr><td>Company</td><td>Minato Cloud</td></tr><tr><td>Candidate ID</td><td>${LIN.keepId}</td></tr><tr><td>Issue</td><td>account-assistance</td></tr></table>
<p>Our team normally replies within 1 business day.<br>${SIG}</p>`, 'en'),
  }),
  m({
    slug: 'ack-en-lookalike-authserv', kind: 'acknowledgement', lang: 'en', caseId: C.misaki,
    note: 'receipt whose topmost A-R comes from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `AWS Support: case ${C.misaki} opened`, auth: 'lookalikeServer', trusted: false,
    date: utc('2026-10-07 05:50:00'), enc: 'ascii7',
    text: `Your case ${C.misaki} has been opened. We will contact you soon.
Amazon Web Services`,
  }),
  m({
    slug: 'ack-en-please-kindly-wait', kind: 'acknowledgement', lang: 'en', caseId: C.kenji,
    note: 'receipt in Japanese-flavoured English from the form address',
    to: KENJI.keep, subject: `Your inquiry is received [CASE ${C.kenji}]`,
    date: utc('2026-10-05 01:14:22'), enc: 'utf8qp',
    text: `Dear Customer,

Thank you very much for your inquiry to AWS Training and Certification.
Your inquiry is received with case number ${C.kenji}.
Please kindly wait the reply from our team within 24 hours. When you reply to this mail, please do not change the subject.

We appreciate your patience.
${SIG}`,
  }),
  m({
    slug: 'ack-en-support-aws-domain', kind: 'acknowledgement', lang: 'en', caseId: C.naokiDup,
    note: 'receipt for a second case, from a support.aws.com subdomain that passes DMARC',
    from: 'AWS Support <no-reply@cases.support.aws.com>', to: NAOKI.src, subject: `Case ${C.naokiDup} has been created`,
    date: utc('2026-10-09 04:10:31'), enc: 'ascii7',
    text: `Hello,

Case ${C.naokiDup} has been created.
Severity: General guidance
Service: AWS Training and Certification

You will receive an email when our team responds.

AWS Support`,
  }),
];

// ---------------------------------------------------------------- ai_answer (6)
const ai: Msg[] = [
  m({
    slug: 'ai-en-merge-tool-first', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-generated suggestion to use the Merge Accounts tool',
    from: AWS_NOTIFY, to: NAOKI.keep, subject: 'Generated answer for your question',
    date: utc('2026-10-09 03:38:00'), enc: 'ascii7',
    text: `This answer was generated by AI and may contain errors.

It looks like you have two AWS Certification accounts. You may be able to combine them yourself:
- Sign in to your AWS Certification account.
- Open your profile and choose Merge Accounts.
- Enter the other account's credentials.

If both accounts have certifications, the tool can't be used and you'll need to create a case.

Was this answer helpful?`,
  }),
  m({
    slug: 'ai-en-explains-after-merge', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'automated answer that describes post-merge results; still an AI suggestion',
    trap: true, from: AWS_NOTIFY, to: LIN.keep, subject: 'Suggested answer from AWS',
    date: utc('2026-10-02 12:58:00'), enc: 'utf8qp',
    text: `Here is a suggested answer based on your question.

When the merge has completed, the certifications, exam history and benefits of the merged account appear in the account you kept, and your Credly badges can then be claimed with that account's email address. We suggest claiming badges only after the merge.

To start, try the Merge Accounts option in your certification profile. If it is not available to you, select Create case.`,
  }),
  m({
    slug: 'ai-en-html-only', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'HTML-only AI answer',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: 'Answer generated by Amazon Q',
    date: utc('2026-10-07 05:38:00'), enc: 'utf8b64',
    html: htmlDoc(`<div><p><i>Generated by AI - please verify.</i></p>
<p>To consolidate two AWS Certification profiles, use the <b>Merge Accounts</b> tool in your certification account settings. Cases where both profiles hold active certifications must be handled by our support team.</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">Create case</a></p></div>`, 'en'),
  }),
  m({
    slug: 'ai-en-answer-to-japanese-question', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'English AI answer to a question typed in Japanese',
    from: AWS_NOTIFY, to: YUMI.keep, subject: 'AI-generated response',
    date: utc('2026-10-14 00:14:00'), enc: 'utf8b64',
    text: `Your question: 認定アカウントの統合をお願いいたします。

Our assistant currently answers in English.

You asked about merging certification accounts. The self-service Merge Accounts tool in your certification profile can combine two accounts. If you see an error that both accounts contain certification history, please continue and create a case so our team can help.

This response was generated automatically.`,
  }),
  m({
    slug: 'ai-en-no-auth', kind: 'ai_answer', lang: 'en', caseId: null,
    note: 'AI-answer text with no Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: 'Automated answer', auth: 'none', trusted: false,
    date: utc('2026-10-11 07:55:00'), enc: 'ascii7',
    text: `Automated answer:
Use the Merge Accounts tool in your AWS Certification profile to combine your accounts.
If it does not work, create a case.`,
  }),
  m({
    slug: 'ai-en-multipart-bot', kind: 'ai_answer', lang: 'en', caseId: C.kenji,
    note: 'automated assistant reply on an open case with article links (multipart)',
    from: AWS_NOTIFY, to: KENJI.keep, subject: `Automated response for case ${C.kenji}`,
    date: utc('2026-10-05 01:20:00'), enc: 'utf8qp',
    text: `This is an automated response for case ${C.kenji}.

While an agent reviews your case, these articles may help:
* How do I merge my AWS Certification accounts?
* Signing in with AWS Builder ID

If one of these solves your issue, you don't need to do anything. Otherwise an agent will reply.`,
    html: htmlDoc(`<p>This is an automated response for case ${C.kenji}.</p>
<p>While an agent reviews your case, these articles may help:</p>
<ul><li>How do I merge my AWS Certification accounts?</li><li>Signing in with AWS Builder ID</li></ul>
<p>If one of these solves your issue, you don't need to do anything. Otherwise an agent will reply.</p>`, 'en'),
  }),
];

// ---------------------------------------------------------------- info_request (8)
const info: Msg[] = [
  m({
    slug: 'info-en-jp-agent-both-candidate', kind: 'info_request', lang: 'en', caseId: C.naoki,
    note: 'Japanese-flavoured English asking for both candidate IDs',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-09 23:50:00'), enc: 'ascii7',
    text: `Dear Ogawa-san,

Thank you for your inquiry.
For proceeding the merge, could you please tell us your both Candidate ID and the login e-mail adress of each acount?
Sorry for trouble, but we cannot find the account with the ID you wrote.

Best Regards,
Ryo I.
${SIG}

${sfEn(NAOKI.keep, '10/9/2026 3:40 AM', SUPPORT_BARE, 'merge 2 account', NAOKI_REQ)}
${ref('Ng42Pz')}`,
  }),
  m({
    slug: 'info-en-confirm-which-email', kind: 'info_request', lang: 'en', caseId: C.yumi,
    note: '"please confirm which email you keep" asks for information',
    trap: true, to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-14 09:02:00'), enc: 'utf8qp',
    text: `Dear Yumi Sasaki,

Thank you for contacting us. We apologize that this case is handled in English.

Please confirm which email address you would like to keep as your primary sign-in, and let us know the Candidate ID of the other account. We could not locate ${YUMI.srcId}.

Kind regards,
Emily
${SIG}

${gmailJa('2026年10月14日(水) 9:21 佐々木 由美', `<${YUMI.keep}>`, YUMI_REQ)}`,
  }),
  m({
    slug: 'info-en-reply-to-japanese-mail', kind: 'info_request', lang: 'en', caseId: C.daniel,
    note: 'customer wrote in Japanese; English reply asks for the exam names on the old account',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-12 01:30:00'), enc: 'utf8b64',
    text: `Hello Daniel,

Thanks for writing to us (and your Japanese is very good!). I'm answering in English as I'm not a Japanese speaker, hope that's OK.

To locate the older profile, could you tell me which exams you took with the ${DANIEL.src} address and roughly when? A screenshot of the Certifications page of that account would also help.

Cheers,
Marco
${SIG}

${quote(DANIEL_REQ)}`,
  }),
  m({
    slug: 'info-en-outlook-thread-lin', kind: 'info_request', lang: 'en', caseId: C.lin,
    note: 'asks for the exam date and name on the source account (Outlook quote block)',
    to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-03 23:40:00'), enc: 'ascii7',
    text: `Hello Lin-san,

Thank you for the reply. For the verification, please send us the name of one certification on ${LIN.srcId} and its exam date.
After we get it, we can continue the procedure.

Regards,
Kaori T.
AWS Training and Certification

${outlookEn(`Lin Wei-Ting <${LIN.keep}>`, 'Saturday, October 3, 2026 8:15 PM', SUPPORT, subj(C.lin), `Hi Kaori,
Sorry, my Japanese is not good. Could you reply in English?
Lin`)}`,
  }),
  m({
    slug: 'info-en-screenshot-please', kind: 'info_request', lang: 'en', caseId: C.misaki,
    note: 'Japanese agent in English: kindly attach a screenshot of the certification page',
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-08 02:20:00'), enc: 'utf8qp',
    text: `Hayashi-sama,

We received your mail, thank you. Unfortunately, we could not find certification record in ${MISAKI.srcId}.
Could you kindly attach screen shot of "Certification" page of the old account to this mail?
Sorry for the inconvenience.

Carlos M.
${SIG}

${sfEn(MISAKI.keep, '10/7/2026 2:41 PM', SUPPORT_BARE, 'AWS認定アカウント統合のお願い', MISAKI_REQ)}`,
  }),
  m({
    slug: 'info-en-from-retained-address', kind: 'info_request', lang: 'en', caseId: C.naokiDup,
    note: 'asks to write from the account to keep and include both candidate IDs',
    to: NAOKI.src, subject: subj(C.naokiDup), date: utc('2026-10-10 03:10:00'), enc: 'ascii7',
    text: `Hello,

For security reasons we can only process the merge request when it comes from the address of the account you wish to retain. Please reply from that address and include the Candidate IDs of both profiles.

Regards,
Ryo I.
${SIG}`,
  }),
  m({
    slug: 'info-en-resent-oldcorp', kind: 'info_request', lang: 'en', caseId: C.misaki,
    note: 'information request redirected by the old company mailbox (Resent-*): not delivered to the user',
    to: MISAKI.src, forUser: false, subject: subj(C.misaki), date: utc('2026-10-08 02:25:00'), enc: 'ascii7',
    resent: { from: 'mail-admin@kitora-labs.example.com', to: 'former-staff@kitora-labs.example.com', date: jst('2026-10-08 11:40:00') },
    text: `Hello,

Please let us know the Candidate ID of the account you want to keep so we can proceed.

Carlos M.
${SIG}`,
  }),
  m({
    slug: 'info-en-name-order', kind: 'info_request', lang: 'en', caseId: C.kenji,
    note: 'names in different order on each account; asks which is correct',
    to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-08 06:50:00'), enc: 'utf8b64',
    text: `Dear Nakamura-san,

The accounts are registered as "NAKAMURA KENJI" and "Kenji Nakamura". Which name order should appear on the merged account and on your certificates? Please answer by reply of this mail.

Best regards,
Takumi
${SIG}

${gmailJa('2026年10月6日(火) 22:05 中村 健二', `<${KENJI.keep}>`, `候補者IDは ${KENJI.keepId} と ${KENJI.srcId} です。残したいのは ${KENJI.keep} の方です。`)}`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (7)
const conf: Msg[] = [
  m({
    slug: 'conf-en-jp-agent-reply-yes', kind: 'confirmation_request', lang: 'en', caseId: C.naoki,
    note: 'Japanese-flavoured English asking the customer to reply "Yes" to the irreversible merge',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-11 08:00:00'), enc: 'ascii7',
    text: `Dear Ogawa-san,

Thank you for your quick reply. We would like to confirm the merge direction.

  From: ${NAOKI.srcId} (${NAOKI.src})
  To:   ${NAOKI.keepId} (${NAOKI.keep})

Please be noted this operation cannot be reverted. If it is OK for you, please reply us "Yes".

Best Regards,
Ryo I.
${SIG}`,
  }),
  m({
    slug: 'conf-en-to-japanese-writer', kind: 'confirmation_request', lang: 'en', caseId: C.yumi,
    note: 'English consent request answering a customer who writes Japanese',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-17 03:00:00'), enc: 'utf8qp',
    text: `Dear Yumi,

Thank you. We found both profiles. Before we go further, please reply to this email to say that you agree to merge ${YUMI.srcId} into ${YUMI.keepId}. A merge is permanent and we cannot split the accounts again.

Kind regards,
Emily
${SIG}

${gmailJa('2026年10月16日(金) 23:40 佐々木 由美', `<${YUMI.keep}>`, `メールアドレスは ${YUMI.keep} を残したいです。もう一方の候補者IDは ${YUMI.srcId} です。`)}`,
  }),
  m({
    slug: 'conf-en-multipart-agree', kind: 'confirmation_request', lang: 'en', caseId: C.lin,
    note: 'multipart: reply "I agree" to proceed, cannot be undone',
    to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-05 23:00:00'), enc: 'utf8qp',
    text: `Hello Lin-san,

We could verify both accounts. Please reply "I agree" to this mail to proceed with merging ${LIN.srcId} into ${LIN.keepId}. After the merge, it is not possible to undo.

Kaori T.
AWS Training and Certification`,
    html: htmlDoc(paras(`Hello Lin-san,

We could verify both accounts. Please reply "I agree" to this mail to proceed with merging ${LIN.srcId} into ${LIN.keepId}. After the merge, it is not possible to undo.

Kaori T.
AWS Training and Certification`), 'en'),
  }),
  m({
    slug: 'conf-en-to-colleague', kind: 'confirmation_request', lang: 'en', caseId: C.kenji,
    note: 'consent request sent to a colleague\'s address by mistake: not delivered to the user',
    to: 'Tanabe Shota <tanabe@harbor-sys.example.co.jp>', forUser: false, subject: subj(C.kenji),
    date: utc('2026-10-09 01:10:00'), enc: 'ascii7',
    text: `Hello,

We are ready to merge ${KENJI.srcId} into ${KENJI.keepId}. This is irreversible. Please reply to confirm that you want us to go ahead.

Takumi
${SIG}`,
  }),
  m({
    slug: 'conf-en-html-only-daniel', kind: 'confirmation_request', lang: 'en', caseId: C.daniel,
    note: 'HTML-only consent request',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-14 02:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hi Daniel,</p>
<p>Thanks for the screenshot. We're ready to combine <b>${DANIEL.srcId}</b> into <b>${DANIEL.keepId}</b>.</p>
<p><b>Please note:</b> once combined, the records cannot be separated again.</p>
<p>Just reply "proceed" to this email and we'll take it from there.</p>
<p>Cheers,<br>Marco<br>${SIG}</p>`, 'en'),
  }),
  m({
    slug: 'conf-en-gmail-display-name', kind: 'confirmation_request', lang: 'en', caseId: C.misaki,
    note: 'trusted display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.training.cs.desk@gmail.com>', trusted: false,
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-09 04:00:00'), enc: 'ascii7',
    text: `Dear Misaki Hayashi,

To finish the merge, please reply YES to this email and then approve the merge at https://aws-training-merge.example.com/approve . This step cannot be undone.

AWS Training and Certification`,
  }),
  m({
    slug: 'conf-en-happy-to-go-ahead', kind: 'confirmation_request', lang: 'en', caseId: C.misaki,
    note: 'asks whether the customer is happy for the merge to go ahead, without "confirm"',
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-09 03:00:00'), enc: 'utf8qp',
    text: `Hi Misaki,

Thanks for the screenshot, that did it. Everything from ${MISAKI.srcId} would move into ${MISAKI.keepId}, and the old sign-in would stop working. There's no way back once it's done.

Are you happy for us to go ahead? A one-line reply is enough.

Carlos M.
${SIG}`,
  }),
];

// ---------------------------------------------------------------- merge_completed (7)
const done: Msg[] = [
  m({
    slug: 'done-en-jp-agent-completed', kind: 'merge_completed', lang: 'en', caseId: C.naoki,
    note: 'Japanese-flavoured English: the accounts merging was completed',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-12 23:30:00'), enc: 'ascii7',
    text: `Dear Ogawa-san,

Thank you for waiting. Your accounts merging was completed successfully.
From now, please use ${NAOKI.keepId} for sign in. All certifications are displayed there.

Best Regards,
Ryo I.
${SIG}

${gmailEn('Mon, Oct 12, 2026 at 11:02 PM', `Naoki Ogawa <${NAOKI.keep}>`, 'Hai, dou-i shimasu. Yes, please proceed.')}`,
  }),
  m({
    slug: 'done-en-please-verify', kind: 'merge_completed', lang: 'en', caseId: C.kenji,
    note: 'merge done; asks to check everything shows correctly',
    trap: true, to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-12 05:00:00'), enc: 'utf8qp',
    text: `Dear Nakamura-san,

The merge has been done. Please confirm that your certifications and benefits show correctly in ${KENJI.keepId}, and let us know if something is missing.

Takumi
${SIG}`,
  }),
  m({
    slug: 'done-en-portal-x-original-to', kind: 'merge_completed', lang: 'en', caseId: null,
    note: 'certification portal notice that accounts were merged; user only in X-Original-To',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: 'undisclosed-recipients:;', deliveredTo: null, rcpt: LIN.keep,
    extra: [`X-Original-To: ${LIN.keep}`],
    subject: 'Your AWS Certification accounts have been merged', date: utc('2026-10-07 02:10:00'), enc: 'utf8qp',
    text: `Hello,

Your AWS Certification accounts have been merged. You can now see all of your certifications and exam history in a single account.

Candidate ID: ${LIN.keepId}

AWS Training and Certification`,
    html: htmlDoc(`<p>Hello,</p><p>Your AWS Certification accounts have been merged. You can now see all of your certifications and exam history in a single account.</p><p>Candidate ID: ${LIN.keepId}</p>`, 'en'),
  }),
  m({
    slug: 'done-en-merged-closing', kind: 'merge_completed', lang: 'en', caseId: C.misaki,
    note: 'merged and the case will now be closed: the merge is the new fact',
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-13 06:00:00'), enc: 'ascii7',
    text: `Hi Misaki,

Good news, your two profiles are now one: ${MISAKI.srcId} has been merged into ${MISAKI.keepId}. I'll go ahead and close this case now.

Carlos M.
${SIG}`,
  }),
  m({
    slug: 'done-en-to-japanese-customer', kind: 'merge_completed', lang: 'en', caseId: C.yumi,
    note: 'English completion notice under the customer\'s Japanese consent',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-20 09:00:00'), enc: 'utf8b64',
    text: `Dear Yumi,

We've completed the account consolidation. The certifications from ${YUMI.srcId} are now on ${YUMI.keepId}.

Kind regards,
Emily
${SIG}

${gmailJa('2026年10月19日(月) 22:02 佐々木 由美', `<${YUMI.keep}>`, `承知いたしました。統合に同意します。よろしくお願いいたします。`)}`,
  }),
  m({
    slug: 'done-en-forged-below', kind: 'merge_completed', lang: 'en', caseId: C.lin,
    note: 'merged text, but the only pass verdict sits below the server\'s Received: untrusted',
    to: LIN.keep, subject: subj(C.lin), auth: 'forgedBelow', trusted: false,
    date: utc('2026-10-06 20:00:00'), enc: 'ascii7',
    text: `Your accounts were successfully merged. Sign in here to see your certificates:
https://aws-cert-merge.example.net/signin
AWS Training and Certification`,
  }),
  m({
    slug: 'done-en-mobile-quote', kind: 'merge_completed', lang: 'en', caseId: C.daniel,
    note: 'merge went through; quotes the customer\'s mobile reply',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-15 03:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

All done: the merge went through this morning and ${DANIEL.keepId} now holds the certifications from both profiles. It may take a day for the dashboard to refresh.

Marco
${SIG}

${gmailEn('Wed, Oct 14, 2026 at 6:12 PM', `Daniel Becker <${DANIEL.keep}>`, `proceed, danke!

iPhoneから送信`)}`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (6)
const badge: Msg[] = [
  m({
    slug: 'badge-en-credly-accept', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'AWS badge via Credly to the kept address, "Accept your badge"',
    from: CREDLY_AWS, to: NAOKI.keep, subject: 'Amazon Web Services Training and Certification sent you a badge',
    date: utc('2026-10-14 18:00:00'), enc: 'utf8qp',
    text: `Naoki, you earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer – Associate badge.

Accept your badge: https://www.credly.com/badges/7b20e1d4-3c59-4c61-a0f2-9d4e88a1b357

Credly`,
    html: htmlDoc(`<h2>Naoki, you earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you the AWS Certified Developer – Associate badge.</p><p><a href="https://www.credly.com/badges/7b20e1d4-3c59-4c61-a0f2-9d4e88a1b357">Accept your badge</a></p>`, 'en'),
  }),
  m({
    slug: 'badge-en-support-reissued', kind: 'badges_transferred', lang: 'en', caseId: C.yumi,
    note: 'support re-issued the Credly badges to the kept address',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-22 04:00:00'), enc: 'utf8qp',
    text: `Dear Yumi,

We've re-issued your Credly badges to ${YUMI.keep}. You should get an email from Credly shortly to accept them.

Kind regards,
Emily
${SIG}

${gmailJa('2026年10月21日(水) 20:11 佐々木 由美', `<${YUMI.keep}>`, `統合ありがとうございました。バッジがまだ古いアドレスに残っているようです。`)}`,
  }),
  m({
    slug: 'badge-en-moved-closing', kind: 'badges_transferred', lang: 'en', caseId: C.lin,
    note: 'badges moved to the kept account and the case is closed',
    to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-12 02:00:00'), enc: 'ascii7',
    text: `Hello Lin-san,

Your Credly badges are transferred to ${LIN.keep}. Please accept them from the Credly mail. With this, we close the case.

Kaori T.
AWS Training and Certification`,
  }),
  m({
    slug: 'badge-en-credly-html-only', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'HTML-only Credly mail: AWS badge issued',
    from: CREDLY_AWS, to: DANIEL.keep, subject: 'You have been awarded a badge by Amazon Web Services Training and Certification',
    date: utc('2026-10-16 17:00:00'), enc: 'ascii7',
    html: htmlDoc(`<p>Congratulations, Daniel!</p><p>Amazon Web Services Training and Certification has awarded you <b>AWS Certified Cloud Practitioner</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/e3a1">Accept your badge</a></p>`, 'en'),
  }),
  m({
    slug: 'badge-en-after-earlier-merge', kind: 'badges_transferred', lang: 'en', caseId: C.kenji,
    note: 'restates the earlier merge; new fact is the badges moved',
    trap: true, to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-15 01:00:00'), enc: 'utf8b64',
    text: `Dear Nakamura-san,

As your accounts were merged on October 12, today we moved the remaining Credly badges to ${KENJI.keep}. Please accept them from the Credly mail.

Takumi
${SIG}`,
  }),
  m({
    slug: 'badge-en-credly-lookalike-subdomain', kind: 'badges_transferred', lang: 'en', caseId: null,
    note: 'badge mail from credly.com.badges-notify.net (look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badges-notify.net>', trusted: false,
    to: MISAKI.keep, subject: 'Your AWS badges were moved', date: utc('2026-10-15 20:00:00'), enc: 'ascii7',
    text: `Your AWS badges were moved to your new account.
Sign in to accept: https://credly.com.badges-notify.net/accept`,
  }),
];

// ---------------------------------------------------------------- case_closed (6)
const close: Msg[] = [
  m({
    slug: 'close-en-auto-72h', kind: 'case_closed', lang: 'en', caseId: C.yumi,
    note: 'the case will close automatically if there is no reply',
    from: AWS_NOTIFY, to: YUMI.keep, subject: `Reminder: case ${C.yumi} is awaiting your reply`,
    date: utc('2026-10-18 00:00:00'), enc: 'ascii7',
    text: `Hello,

We're waiting for your reply on case ${C.yumi}. If we don't hear from you within 72 hours, the case will be closed automatically.

Amazon Web Services`,
  }),
  m({
    slug: 'close-en-resolved-notice', kind: 'case_closed', lang: 'en', caseId: C.kenji,
    note: 'AWS notice that the case was resolved',
    from: AWS_NOTIFY, to: KENJI.keep, subject: `Case ${C.kenji} resolved`,
    date: utc('2026-10-17 00:00:00'), enc: 'ascii7',
    text: `Hello,

Case ${C.kenji} has been resolved. If you need more help, you can reopen it from the Support Center.

Amazon Web Services`,
  }),
  m({
    slug: 'close-en-restates-merge', kind: 'case_closed', lang: 'en', caseId: C.daniel,
    note: 'closing notice that only restates the earlier merge',
    trap: true, to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-22 03:00:00'), enc: 'utf8qp',
    text: `Hi Daniel,

Since your profiles were merged last week and the badges are in place, I'm closing this case. Just reply if anything comes up.

Marco
${SIG}`,
  }),
  m({
    slug: 'close-en-html-closed', kind: 'case_closed', lang: 'en', caseId: C.naoki,
    note: 'HTML case-closed notice',
    from: AWS_NOTIFY, to: NAOKI.keep, subject: `Your case ${C.naoki} has been closed`,
    date: utc('2026-10-21 00:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>Hello,</p><p>Your case <b>${C.naoki}</b> has been closed.</p><p>You can reopen it within 14 days from the Support Center.</p><p>Amazon Web Services</p>`, 'en'),
  }),
  m({
    slug: 'close-en-jp-agent-no-reply', crlf: false, kind: 'case_closed', lang: 'en', caseId: C.naokiDup,
    note: 'Japanese-flavoured English: closing since there was no reply',
    to: NAOKI.src, subject: subj(C.naokiDup), date: utc('2026-10-16 02:00:00'), enc: 'ascii7',
    text: `Dear Customer,

As we did not receive your reply, we will close this case. Regarding the merge, please continue in the case ${C.naoki}.

Best Regards,
Ryo I.
${SIG}`,
  }),
  m({
    slug: 'close-en-dmarc-fail', kind: 'case_closed', lang: 'en', caseId: C.misaki,
    note: 'closing text with dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `Case ${C.misaki} closed`, auth: 'fail', trusted: false,
    date: utc('2026-10-16 00:00:00'), enc: 'ascii7',
    text: `Your case ${C.misaki} has been closed. Rate your experience: https://aws-feedback.example.org/r`,
  }),
];

// ---------------------------------------------------------------- support_reply (8)
const sr: Msg[] = [
  m({
    slug: 'sr-en-thanks-for-confirming', kind: 'support_reply', lang: 'en', caseId: C.lin,
    note: 'thanks for confirming, request sent to the team: status only',
    trap: true, to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-06 03:00:00'), enc: 'ascii7',
    text: `Hello Lin-san,

Thank you for confirming. We passed your request to the related team. We will inform you after the merge is finished.

Kaori T.
AWS Training and Certification

> I agree.
> Lin`,
  }),
  m({
    slug: 'sr-en-escalated-backend', kind: 'support_reply', lang: 'en', caseId: C.yumi,
    note: 'escalated to the back-office team',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-15 02:00:00'), enc: 'utf8qp',
    text: `Dear Yumi,

I've escalated your case to our back-office team, who can search older records. This may take a few business days; I'll update you here.

Kind regards,
Emily
${SIG}`,
  }),
  m({
    slug: 'sr-en-once-merged', kind: 'support_reply', lang: 'en', caseId: C.naoki,
    note: 'future: once merged, badges can be claimed',
    trap: true, to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-12 04:00:00'), enc: 'ascii7',
    text: `Dear Ogawa-san,

About your question: once the merge is completed, you can claim the Credly badges with ${NAOKI.keep}. Please wait until we send the completion mail.

Best Regards,
Ryo I.
${SIG}`,
  }),
  m({
    slug: 'sr-en-unable-to-merge-now', kind: 'support_reply', lang: 'en', caseId: C.kenji,
    note: 'unable to merge at present because of a pending voucher redemption; no request',
    trap: true, to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-09 12:00:00'), enc: 'utf8qp',
    text: `Dear Nakamura-san,

We are unable to merge the accounts at the moment, as a voucher redemption on ${KENJI.srcId} is still being processed. We will try again in 2 business days, no action needed from you.

Takumi
${SIG}`,
  }),
  m({
    slug: 'sr-en-duplicate-cases-merged', kind: 'support_reply', lang: 'en', caseId: C.naoki,
    note: 'support merged duplicate cases, not accounts',
    trap: true, to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-10 05:00:00'), enc: 'ascii7',
    text: `Dear Ogawa-san,

We merged your duplicate cases (${C.naokiDup} and ${C.naoki}) into this one. Please reply only to this case from now.

Ryo I.
${SIG}`,
  }),
  m({
    slug: 'sr-en-apology-delay', kind: 'support_reply', lang: 'en', caseId: C.daniel,
    note: 'apology for the delay, still working on it (Japanese agent\'s English)',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-13 01:00:00'), enc: 'utf8b64',
    text: `Dear Becker-san,

We are sorry for late reply. Your case is still under invesitgation by our team. We will contact you again as soon as possible.

Best regards,
Haruka S.
${SIG}

${outlookJa(`Daniel Becker <${DANIEL.keep}>`, '2026年10月12日 21:30', SUPPORT, subj(C.daniel), 'すみません、状況はどうですか?\nダニエル')}`,
  }),
  m({
    slug: 'sr-en-to-team-list', kind: 'support_reply', lang: 'en', caseId: C.misaki,
    note: 'status reply addressed to a team list the user is not on',
    to: 'Cloud Team <cloud-team@kitora-labs.example.com>', forUser: false, subject: subj(C.misaki),
    date: utc('2026-10-08 09:00:00'), enc: 'ascii7',
    text: `Hello,

We are still checking the records for this request and will update you soon.

Carlos M.
${SIG}`,
  }),
  m({
    slug: 'sr-en-japanese-agent-handover', kind: 'support_reply', lang: 'en', caseId: C.daniel2,
    note: 'says a Japanese-speaking colleague will take over: status only',
    to: DANIEL.src, subject: subj(C.daniel2), date: utc('2026-10-12 09:00:00'), enc: 'ascii7',
    text: `Hello,

We noticed you wrote to us in Japanese. A Japanese-speaking colleague will take over and reply shortly.

Marco
${SIG}`,
  }),
];

// ---------------------------------------------------------------- unrelated (9)
const un: Msg[] = [
  m({
    slug: 'un-en-own-reply-yes', kind: 'unrelated', lang: 'en', caseId: C.lin,
    note: 'the user\'s own "I agree" reply, copied (Cc) to themselves',
    trap: true, from: who(LIN), to: SUPPORT, cc: LIN.keep, rcpt: LIN.keep, auth: 'pass', trusted: false,
    subject: `Re: ${subj(C.lin)}`, date: jst('2026-10-06 10:10:10'), enc: 'ascii7',
    text: `I agree.
Lin

${outlookEn(SUPPORT, 'Monday, October 5, 2026 11:00 PM', LIN.keep, subj(C.lin), `Please reply "I agree" to this mail to proceed with merging ${LIN.srcId} into ${LIN.keepId}.`)}`,
  }),
  m({
    slug: 'un-en-survey-resolved', kind: 'unrelated', lang: 'en', caseId: C.naoki,
    note: 'CSAT survey: was your issue resolved?',
    trap: true, from: 'AWS Support <aws-support-survey@amazon.com>', to: NAOKI.keep,
    subject: 'How did we do? Tell us about your support experience', date: utc('2026-10-21 06:00:00'), enc: 'ascii7',
    text: `Hello,

Your case ${C.naoki} was recently resolved. Was your issue resolved? Please take 1 minute to rate your experience.

https://survey.aws.amazon.com/s?c=${C.naoki}

Amazon Web Services`,
  }),
  m({
    slug: 'un-en-linux-foundation-credly', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'Credly badge from a non-AWS issuer',
    trap: true, from: 'The Linux Foundation via Credly <admin@credly.com>', to: NAOKI.keep,
    subject: 'The Linux Foundation sent you a badge', date: utc('2026-10-18 18:00:00'), enc: 'utf8qp',
    text: `Naoki, you earned a badge!

The Linux Foundation has issued you the CKA: Certified Kubernetes Administrator badge.

Accept your badge: https://www.credly.com/badges/1e4f2a90-b8c3-4d11-9e7a-55c2d0e9f104`,
  }),
  m({
    slug: 'un-en-agent-out-of-office', kind: 'unrelated', lang: 'en', caseId: C.yumi,
    note: 'agent\'s out-of-office auto-reply',
    from: 'Emily R. <emilyr@amazon.com>', to: YUMI.keep, extra: ['Auto-Submitted: auto-replied'],
    subject: `Automatic reply: ${subj(C.yumi)}`, date: utc('2026-10-22 10:00:00'), enc: 'ascii7',
    text: `I'm out of the office until October 26 with limited access to email. Your message has not been forwarded.`,
  }),
  m({
    slug: 'un-en-exam-appointment-confirmed', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'exam appointment confirmation from aws.training',
    trap: true, from: 'AWS Certification <no-reply@certification.aws.training>', to: DANIEL.keep,
    subject: 'Exam appointment confirmed', date: utc('2026-10-12 06:35:00'), enc: 'ascii7',
    text: `Hello Daniel,

Your appointment is confirmed.
Exam: AWS Certified Solutions Architect - Associate
Date: October 28, 2026, 13:30 JST
Delivery: Online proctored

AWS Training and Certification`,
  }),
  m({
    slug: 'un-en-credly-merge-code', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'Credly\'s own account-merge code mail',
    trap: true, from: 'Credly <admin@credly.com>', to: KENJI.src,
    subject: 'Complete your Credly account merge', date: utc('2026-10-16 09:00:00'), enc: 'ascii7',
    text: `Someone requested to merge this Credly account into another account.

Your verification code: 730 914

Or click Complete Account Merge to confirm. If you didn't request this, ignore this email.`,
  }),
  m({
    slug: 'un-en-newsletter-consolidate', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'training newsletter that uses merge/badge words in a marketing sense',
    trap: true, from: 'AWS Training and Certification <aws-training-news@amazon.com>', to: MISAKI.keep,
    subject: 'New: earn badges faster, consolidate your learning', date: utc('2026-10-20 15:00:00'), enc: 'utf8qp',
    text: `Merge your learning paths into one plan! AWS Skill Builder now lets you earn digital badges for completed courses.

Your request to join the newsletter has been received. Unsubscribe: https://aws.amazon.com/unsubscribe`,
    html: htmlDoc(`<h1>Merge your learning paths into one plan!</h1><p>AWS Skill Builder now lets you earn digital badges for completed courses.</p><p>Your request to join the newsletter has been received. <a href="https://aws.amazon.com/unsubscribe">Unsubscribe</a></p>`, 'en'),
  }),
  m({
    slug: 'un-en-own-forward-to-self', kind: 'unrelated', lang: 'en', caseId: C.kenji,
    note: 'the user\'s own forward of the completion mail to their other address',
    trap: true, from: `Kenji Nakamura <${KENJI.keep}>`, to: KENJI.src, auth: 'none', trusted: false,
    subject: `Fwd: ${subj(C.kenji)}`, date: jst('2026-10-12 21:00:00'), enc: 'utf8qp',
    text: `note to self: merge done, update CV with new candidate ID.

${fwdEn(SUPPORT, 'Mon, Oct 12, 2026 at 2:00 PM', subj(C.kenji), KENJI.keep, `Dear Nakamura-san,
The merge has been done. Please confirm that your certifications and benefits show correctly in ${KENJI.keepId}.`)}`,
  }),
  m({
    slug: 'un-en-skillbuilder-completed', kind: 'unrelated', lang: 'en', caseId: null,
    note: 'Skill Builder course completed',
    trap: true, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: YUMI.keep,
    subject: 'You completed a course', date: utc('2026-10-19 12:00:00'), enc: 'ascii7',
    text: `Congratulations! You completed "Exam Prep: AWS Certified Security - Specialty". Your transcript has been updated.`,
  }),
];

export const EN: Msg[] = [...ack, ...ai, ...info, ...conf, ...done, ...badge, ...close, ...sr, ...un];
void [KENJI_REQ, LIN_REQ, MISAKI_REQ, DANIEL_REQ, YUMI_REQ, quote, ref, paras];
