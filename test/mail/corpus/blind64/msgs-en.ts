// bk corpus, English part: English written by Japanese agents of a Tokyo support desk,
// English system mail, and the users' mixed-language replies.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT_SYS,
  CASE,
  CREDLY_AWS,
  DAVID,
  DAVID_REQ,
  KENTA,
  KENTA_REQ,
  M,
  MISAKI,
  PORTAL,
  SHO,
  SUPPORT,
  SUPPORT_JA,
  SURVEY,
  YUMI,
  formSubject,
  gmailEn,
  gmailJa,
  htmlDoc,
  outlookEn,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

export const EN: Msg[] = [
  // ---------------- acknowledgement (6) ----------------
  M({
    slug: 'en-ack-david-system',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.david,
    note: 'standard automatic receipt of the new case',
    from: AWS_NOTIFY,
    to: DAVID.src,
    subject: `Your AWS Support case ${CASE.david} has been created`,
    date: rfcDate('2026-02-16 05:22:18'),
    enc: 'ascii7',
    text: `Hello,

Thank you for reaching out to AWS. Case ${CASE.david} was opened on your behalf.
Case subject: Merge two certification accounts
Severity: General guidance

Our team responds to most requests within 24 hours. Opening another case for the same
request will not make it faster; it may delay the answer.

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-tokyo-template',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.david,
    note: 'receipt in Japanese-English template style ("your inquiry has been received"), case ID only in the subject',
    from: SUPPORT,
    to: DAVID.src,
    subject: `[CASE ${CASE.david}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-02-16 05:22:40'),
    enc: 'ascii7',
    text: `Dear Customer,

Thank you very much for your inquiry to AWS Training and Certification.
We would like to inform you that your inquiry has been received by us.
Our staff will contact to you as soon as possible, please kindly wait for a while.

* This e-mail is sent automatically. Please do not change the subject when you reply.

AWS Training and Certification Customer Service Team`,
  }),
  M({
    slug: 'en-ack-alt-body-id',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.sho,
    note: 'multipart receipt; the case number appears only in the body',
    from: AWS_SUPPORT_SYS,
    to: SHO.keep,
    subject: 'We have received your request',
    date: rfcDate('2026-05-19 23:02:50'),
    enc: 'utf8qp',
    text: `We have received your request.

Reference number: ${CASE.sho}
Topic: AWS Training and Certification / Account merge

You will get an email from an agent at this address. To add information, reply to this message.

AWS Support`,
    html: htmlDoc(
      `<p>We have received your request.</p>
<p>Reference number: <b>${CASE.sho}</b><br>Topic: AWS Training and Certification / Account merge</p>
<p>You will get an email from an agent at this address. To add information, reply to this message.</p>
<p>AWS Support</p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-ack-kenta-english',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.kenta,
    note: 'English receipt sent to a Japanese customer (base64 UTF-8)',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta).replace(/^RE:/, ''),
    date: rfcDate('2026-03-02 01:14:30'),
    enc: 'utf8b64',
    text: `Hello Kenta Nakamura,

We received your case ${CASE.kenta} regarding: アカウントのマージについて
Our agent will answer you within 1-2 business days. Japanese language support is available.

Thank you,
AWS Training and Certification`,
  }),
  M({
    slug: 'en-ack-no-auth',
    kind: 'acknowledgement',
    lang: 'en',
    trusted: false,
    auth: 'none',
    caseId: CASE.fake,
    note: 'receipt text under the AWS notification address, but the message carries no Authentication-Results',
    from: AWS_NOTIFY,
    to: DAVID.keep,
    subject: `Case ${CASE.fake} received`,
    date: rfcDate('2026-02-18 14:02:00'),
    enc: 'ascii7',
    text: `Your case ${CASE.fake} is received. To keep your certifications please verify your account within 24 hours:
http://aws-cert-verify.example.biz/login

Amazon Web Services`,
  }),
  M({
    slug: 'en-ack-en-first-ja-oneliner',
    kind: 'acknowledgement',
    lang: 'en',
    caseId: CASE.yumi,
    note: 'English receipt with a single Japanese boilerplate line about Japanese support: language en',
    from: SUPPORT,
    to: YUMI.keep,
    subject: `Case ${CASE.yumi} - request received`,
    date: rfcDate('2026-06-03 08:11:45'),
    enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.
Your request was logged as case ${CASE.yumi}. We normally answer within one business day.

※日本語でのお問い合わせも承っております。

AWS Training and Certification`,
  }),

  // ---------------- ai_answer (6) ----------------
  M({
    slug: 'en-ai-david',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'AI-generated suggestion: use the Merge Accounts tool',
    from: AWS_NOTIFY,
    to: DAVID.src,
    subject: 'A suggested answer to your question',
    date: rfcDate('2026-02-16 05:18:02'),
    enc: 'ascii7',
    text: `This suggestion was generated by AI and may contain mistakes.

You asked: "merge two certification profiles"

You can usually do this yourself. Sign in to the AWS Certification account you want to keep,
go to Profile, and choose Merge Accounts. Enter the credentials of the other account and follow
the prompts. If the tool says the merge is not possible, choose "Create case" to reach an agent.`,
  }),
  M({
    slug: 'en-ai-html-only',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'HTML-only generated answer with feedback buttons',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'Your answer from the AWS assistant',
    date: rfcDate('2026-04-08 06:34:02'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p><i>Generated answer</i></p>
<p>It looks like you have more than one AWS Certification account. The self-service <b>Merge Accounts</b> option in your certification profile combines them.</p>
<p>Not what you needed? <a href="https://support.aws.amazon.com/#/contacts/aws-training">Create a case</a>.</p>
<p>Helpful? <a href="#">Yes</a> / <a href="#">No</a></p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-ai-explains-badges',
    kind: 'ai_answer',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'AI answer explaining that after a merge the badges move; stays ai_answer',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: 'Automated answer: certification account merge',
    date: rfcDate('2026-03-02 01:10:15'),
    enc: 'ascii7',
    text: `Automated answer

When two AWS Certification accounts are merged, the certifications, exam history and benefits
of the merged account are transferred to the account you keep. Your Credly badges are transferred
as well, but you may need to accept them again with the email of the kept account.

Try the Merge Accounts tool in your profile first. If it is not available, create a case.`,
  }),
  M({
    slug: 'en-ai-jp-english',
    kind: 'ai_answer',
    lang: 'en',
    caseId: null,
    note: 'automated answer in Japanese-English phrasing',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'Automatic answer for your question',
    date: rfcDate('2026-05-19 22:59:31'),
    enc: 'utf8qp',
    text: `This answer is automatically made by AI system.

For the merge of certification accounts, please try the "Merge Accounts" function at first.
It is located in the profile page of AWS Certification account.
In case the function is not usable, please proceed to "Create case" button.`,
  }),
  M({
    slug: 'en-ai-lookalike',
    kind: 'ai_answer',
    lang: 'en',
    trusted: false,
    caseId: null,
    note: 'AI-answer look-alike from aws-training-help.com (not a trusted domain)',
    from: 'AWS Training Assistant <assistant@aws-training-help.com>',
    to: DAVID.keep,
    subject: 'AI answer: merge your certification accounts',
    date: rfcDate('2026-02-16 07:40:00'),
    enc: 'ascii7',
    text: `Our AI assistant found a quick fix: merge your accounts in one click at
http://aws-training-help.com/merge

AWS Training Assistant`,
  }),
  M({
    slug: 'en-ai-on-case',
    kind: 'ai_answer',
    lang: 'en',
    caseId: CASE.david,
    note: 'automated suggestion sent on the open case while waiting',
    from: AWS_NOTIFY,
    to: DAVID.src,
    subject: `While you wait: case ${CASE.david}`,
    date: rfcDate('2026-02-16 05:30:12'),
    enc: 'ascii7',
    text: `While an agent reviews case ${CASE.david}, this automated suggestion might solve it sooner:
the Merge Accounts tool in your AWS Certification profile can combine two accounts without an agent.
If you solve it this way, you don't need to reply.`,
  }),

  // ---------------- info_request (7) ----------------
  M({
    slug: 'en-info-david-informations',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.david,
    note: 'agent asks for IDs and emails in Japanese-English, Salesforce quote of the request',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-18 01:37:44'),
    enc: 'utf88bit',
    text: `Dear David-san,

Thank you for your reply from the personal e-mail.
To proceed the merge process, could you please provide us the following informations?

- The candidate ID of the both accounts
- Registered e-mail address of the both accounts
- Which one you wish to keep as main account

We are looking forward to hear from you.

Best Regards,
Sakura
AWS Training and Certification Customer Service
${sfRef('9Pz1TAAQ')}

${sfOriginal(DAVID.src, '2026-02-16 05:22', SUPPORT, 'Merge two certification accounts', DAVID_REQ)}`,
  }),
  M({
    slug: 'en-info-kenta-quoted-ja',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.kenta,
    note: "English request for the source account's sign-in email, over the customer's quoted Japanese request",
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-03 02:50:01'),
    enc: 'utf8qp',
    text: `Hello Nakamura-san,

Sorry to reply in English. We checked candidate ID ${KENTA.srcId} but the login e-mail is different
from ${KENTA.src}. Could you let us know the e-mail address you use to sign in to that account?

Regards,
Haruka / AWS Training and Certification

${gmailEn('2026-03-02 10:14', `中村 健太 <${KENTA.keep}>`)}
${quote(KENTA_REQ)}`,
  }),
  M({
    slug: 'en-info-confirm-email',
    kind: 'info_request',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: '"please confirm the email address you keep" asks for information',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-19 03:02:27'),
    enc: 'ascii7',
    text: `Dear David-san,

Thank you for the IDs. Please confirm us the e-mail address of the account you would like to keep,
because you wrote ${DAVID.keep} in one mail and ${DAVID.src} in other mail.

Best Regards,
Sakura`,
  }),
  M({
    slug: 'en-info-outlook-thread',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.misaki,
    note: 'asks for the exam dates on the old account; long Outlook thread below',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-10 23:45:50'),
    enc: 'utf8b64',
    text: `Hi Misaki,

One more thing, sorry. For the account ${MISAKI.srcId}, we need the month and year you passed each exam,
so we can match the records correctly. A rough date is OK.

Thank you,
Yuki (AWS T&C, Tokyo)

${outlookEn(`Misaki Kobayashi <${MISAKI.keep}>`, '2026-04-10 19:30', 'AWS Training and Certification', `RE: ${formSubject(CASE.misaki)}`)}

Hi, 通知用アドレスは ${MISAKI.src} と同じです. Thanks!

${outlookEn('AWS Training and Certification', '2026-04-10 16:02', MISAKI.keep, formSubject(CASE.misaki))}

小林様
統合元アカウントにて、認定の通知用メールアドレスが別に設定されているようです。`,
  }),
  M({
    slug: 'en-info-alt-which-primary',
    kind: 'info_request',
    lang: 'en',
    caseId: CASE.sho,
    note: 'multipart: asks which account should remain as the primary one',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-21 04:20:33'),
    enc: 'utf8qp',
    text: `Dear Ito-san,

We found the two accounts. However we are not sure which of them should remain after the merge.
Kindly let us know the primary one by replying to this mail.

AWS Training and Certification`,
    html: htmlDoc(paras(`Dear Ito-san,

We found the two accounts. However we are not sure which of them should remain after the merge.
Kindly let us know the primary one by replying to this mail.

AWS Training and Certification`), 'en'),
  }),
  M({
    slug: 'en-info-dkimonly-dates',
    kind: 'info_request',
    lang: 'en',
    auth: 'dkimonly',
    caseId: CASE.yumi,
    note: 'asks for the exam name and date (aligned DKIM pass only)',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-04 03:00:18'),
    enc: 'ascii7',
    text: `Dear Watanabe-san,

For verification purpose, may we ask the name and date of the last exam you took with ${YUMI.src}?
Please reply to this e-mail with them.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-info-freemail-display',
    kind: 'info_request',
    lang: 'en',
    trusted: false,
    caseId: CASE.david,
    note: 'trusted display name on a free-mail address asks for credentials',
    from: 'AWS Training and Certification <aws.training.cert.support@gmail.com>',
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-19 09:15:00'),
    enc: 'ascii7',
    text: `Dear customer,

To finish the merge we need the password of both accounts and a photo of your ID card.
Reply within 12 hours.

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (7) ----------------
  M({
    slug: 'en-conf-david-kindly',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.david,
    note: 'asks the customer to reply "I agree" because the merge cannot be reverted',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-20 02:24:09'),
    enc: 'ascii7',
    text: `Dear David-san,

Thank you for your cooperation. We are ready for merging ${DAVID.srcId} to ${DAVID.keepId}.
Please be informed that merge cannot be reverted after it is done.
Kindly reply "I agree" to this e-mail if you would like us to proceed.

Best Regards,
Sakura
AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'en-conf-kenta-mixed-quote',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.kenta,
    note: "consent request in English over the customer's mixed-language reply",
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-06 02:05:40'),
    enc: 'utf8qp',
    text: `Hello Nakamura-san,

Thank you, the correct ID is found. Before we start, we need your permission:
the merge is permanent and the account ${KENTA.src} will not be usable any more.
If it is OK for you, please answer "yes" to this mail.

Haruka

${gmailJa('2026-03-05 22:40', `中村 健太 <${KENTA.keep}>`)}
> 失礼しました、正しくは ${KENTA.srcId} です。Sorry for the typo.`,
  }),
  M({
    slug: 'en-conf-html-only',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.misaki,
    note: 'HTML-only consent request',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-15 06:09:02'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div>Dear Misaki-san,</div><div><br></div>
<div>We will combine ${MISAKI.srcId} into ${MISAKI.keepId}. This can not be undone.</div>
<div>Please send us your approval by replying to this email, then we will start.</div>
<div><br></div><div>Yuki<br>AWS Training and Certification</div>`,
      'en',
    ),
  }),
  M({
    slug: 'en-conf-gmail-thread',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.yumi,
    note: 'consent request with a long Gmail-quoted history below',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-05 05:46:00'),
    enc: 'ascii7',
    text: `Dear Watanabe-san,

We could identify both accounts with the information you gave.
As a last step, we need your agreement: the merge is irreversible. Please reply "agree" to continue.

AWS Training and Certification

${gmailEn('2026-06-05 00:12', `Yumi Watanabe <${YUMI.keep}>`)}
> The last exam was SOA-C02, March 2025.
>
${gmailEn('2026-06-04 12:00', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>')
  .split('\n')
  .map((l) => '> ' + l)
  .join('\n')}
>> For verification purpose, may we ask the name and date of the last exam?`,
  }),
  M({
    slug: 'en-conf-bottom-posted',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.david,
    note: 'bottom-posted consent request: quoted customer text first, new text below',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-20 02:30:44'),
    enc: 'ascii7',
    text: `${gmailEn('2026-02-19 20:05', `David Chen <${DAVID.keep}>`)}
> Keep ${DAVID.keep} please. The other one is ${DAVID.src}.

Noted with thanks. Then ${DAVID.keep} will be the remaining account.
Since the merge is not reversible, may we have your final OK? Just reply "OK" is enough.

Sakura / AWS Training and Certification`,
  }),
  M({
    slug: 'en-conf-fail-then-forged',
    kind: 'confirmation_request',
    lang: 'en',
    trusted: false,
    auth: 'failThenForged',
    caseId: CASE.sho,
    note: 'consent request; the topmost verdict is dmarc=fail, a pass is planted lower',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-23 11:11:11'),
    enc: 'ascii7',
    text: `Dear customer,

Please agree to the merge by signing in here within 24 hours. The merge cannot be undone.
http://aws-merge-approval.example.com/case/${CASE.sho}`,
  }),
  M({
    slug: 'en-conf-shall-we',
    kind: 'confirmation_request',
    lang: 'en',
    caseId: CASE.sho,
    note: 'consent question without the word confirm: "Shall we go ahead?"',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-23 03:33:05'),
    enc: 'ascii7',
    text: `Ito-san,

Shall we go ahead? Once done, the account ${SHO.srcId} is deactivated permanently and its history
moves to ${SHO.keepId}. A simple "yes" reply is fine for us.

Ren`,
  }),

  // ---------------- merge_completed (7) ----------------
  M({
    slug: 'en-done-david',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.david,
    note: 'agent: the accounts has been merged successfully (Japanese-English)',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-23 04:40:20'),
    enc: 'ascii7',
    text: `Dear David-san,

We are pleased to inform you that your accounts has been merged successfully.
From now, please sign in with ${DAVID.keep}. All certification are displayed in this account.

Best Regards,
Sakura
AWS Training and Certification Customer Service

${sfOriginal(DAVID.keep, '2026-02-20 09:01', SUPPORT, formSubject(CASE.david), 'I agree. Please go ahead.\nDavid')}`,
  }),
  M({
    slug: 'en-done-portal-alt',
    kind: 'merge_completed',
    lang: 'en',
    caseId: null,
    note: "the certification portal's own merge notice, no case ID",
    from: PORTAL,
    to: DAVID.keep,
    subject: 'Your AWS Certification accounts have been merged',
    date: rfcDate('2026-02-23 04:41:02'),
    enc: 'utf8qp',
    text: `Hello David Chen,

Account ${DAVID.srcId} was merged into your account ${DAVID.keepId}.
Your certifications, exam history and benefits are now in one place.

AWS Certification`,
    html: htmlDoc(
      `<h3>Accounts merged</h3><p>Hello David Chen,</p>
<p>Account ${DAVID.srcId} was merged into your account ${DAVID.keepId}.<br>Your certifications, exam history and benefits are now in one place.</p><p>AWS Certification</p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-done-and-close',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.yumi,
    note: 'merged, and this case will now be closed: the completion is the new fact',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-08 10:00:30'),
    enc: 'utf8qp',
    text: `Dear Watanabe-san,

The merge is finished. ${YUMI.srcId} is now part of ${YUMI.keepId}.
We will close this case now. Thank you for choosing AWS.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-done-please-check',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.kentaDup,
    note: 'completion that asks the customer to check everything looks right',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-10 04:42:10'),
    enc: 'ascii7',
    text: `Hello Nakamura-san,

Merge is completed. Please check all looks right in your account (certifications, benefit vouchers).
If something is missing, reply to us in this case.

Takumi`,
  }),
  M({
    slug: 'en-done-ses-misaligned',
    kind: 'merge_completed',
    lang: 'en',
    trusted: false,
    auth: 'sesMisaligned',
    caseId: CASE.david,
    note: "completion wording, but only the sending service's own DKIM passes; not aligned with amazon.com, dmarc=fail",
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-23 09:30:00'),
    enc: 'ascii7',
    text: `Dear customer,

Your accounts were merged. To keep your benefits please confirm your payment details:
http://aws-benefit-renew.example.net/`,
  }),
  M({
    slug: 'en-done-outlook-thread',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.misaki,
    note: 'completion on top of an Outlook-quoted history',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-12 01:35:05'),
    enc: 'utf8b64',
    text: `Misaki-san,

Additional note in English: the merge was done, and ${MISAKI.src} can not be used for sign-in anymore.

Yuki

${outlookEn(`Misaki Kobayashi <${MISAKI.keep}>`, '2026-04-15 21:00', 'AWS Training and Certification', `RE: ${formSubject(CASE.misaki)}`)}

同意します / I agree. よろしくお願いします。`,
  }),
  M({
    slug: 'en-done-short',
    kind: 'merge_completed',
    lang: 'en',
    caseId: CASE.sho,
    note: 'terse completion: ID merged into ID',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-26 07:14:00'),
    enc: 'ascii7',
    text: `Done - ${SHO.srcId} is now merged into ${SHO.keepId}.
Ren`,
  }),

  // ---------------- badges_transferred (6) ----------------
  M({
    slug: 'en-badge-credly-accept',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: "AWS's badge issued via Credly to the kept address",
    from: CREDLY_AWS,
    to: DAVID.keep,
    subject: 'Amazon Web Services Training and Certification sent you a new badge',
    date: rfcDate('2026-02-24 16:22:01'),
    enc: 'utf8qp',
    text: `Hi David,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/badges/c2e7f3a0-4d61-48b8-8f25-61b7a0d9e5c4/accept

Credly`,
    html: htmlDoc(
      `<p>Hi David,</p><p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/c2e7f3a0-4d61-48b8-8f25-61b7a0d9e5c4/accept">Accept your badge</a></p>`,
      'en',
    ),
  }),
  M({
    slug: 'en-badge-support-moved',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.david,
    note: 'agent: we asked the Credly team and the badges are now moved',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-25 02:10:47'),
    enc: 'utf8qp',
    text: `Dear David-san,

Regarding your badges, we have asked to Credly team and now your badges are moved to the primary
e-mail ${DAVID.keep}. Please kindly check your Credly dashboard.

Best Regards,
Sakura

${gmailEn('2026-02-24 09:12', `David Chen <${DAVID.keep}>`)}
> Thanks for merging! But the old badge is still under my office email. バッジだけ残ってます。`,
  }),
  M({
    slug: 'en-badge-moved-closing',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.kenta,
    note: 'badges moved and the case is being closed',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-12 03:25:19'),
    enc: 'ascii7',
    text: `Hello Nakamura-san,

Your Credly badges were re-assigned to ${KENTA.keep}. With this, we close the case.
Thank you for your patience.

Takumi`,
  }),
  M({
    slug: 'en-badge-credly-html-only',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: null,
    note: 'Credly HTML-only AWS badge mail to the kept address',
    from: CREDLY_AWS,
    to: YUMI.keep,
    subject: 'Accept your AWS Certified SysOps Administrator - Associate badge',
    date: rfcDate('2026-06-09 08:02:40'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div style="text-align:center"><p>Yumi, you earned it.</p>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified SysOps Administrator - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/5a9e0b17-2d3c-4e8f-a6b1-90c2d4e6f813/accept">Accept your badge</a></p></div>`,
      'en',
    ),
  }),
  M({
    slug: 'en-badge-credly-no-auth',
    kind: 'badges_transferred',
    lang: 'en',
    trusted: false,
    auth: 'none',
    caseId: null,
    note: 'Credly-looking AWS badge mail without any Authentication-Results',
    from: CREDLY_AWS,
    to: MISAKI.keep,
    subject: 'Your AWS badges were moved to your new account',
    date: rfcDate('2026-05-14 20:20:20'),
    enc: 'ascii7',
    text: `Your AWS badges were moved to your merged account. Sign in to keep them:
http://credly-login.example.top/`,
  }),
  M({
    slug: 'en-badge-misaki-reissued',
    kind: 'badges_transferred',
    lang: 'en',
    caseId: CASE.misaki,
    note: 'agent says the three badges has been re-issued to the kept address',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-14 05:28:02'),
    enc: 'utf8b64',
    text: `Misaki-san,

Sorry, English only for this part. The 3 badges (CLF, SAA, DVA) has been re-issued to ${MISAKI.keep}.
You will receive the mail from Credly soon.

Yuki`,
  }),

  // ---------------- case_closed (6) ----------------
  M({
    slug: 'en-close-auto-3days',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.david,
    note: 'the case will be closed automatically if no reply in 3 days',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-22 01:00:14'),
    enc: 'ascii7',
    text: `Dear David-san,

We have not received your reply yet. If we do not hear back from you within 3 days,
this case will be closed automatically. You can re-open it by replying.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-close-restate-merge',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: 'closing that only restates the merge of 23 Feb',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-03-02 02:20:00'),
    enc: 'ascii7',
    text: `Dear David-san,

As your accounts were merged on 23rd February, we would like to resolve this case now.
Thank you for contacting us.

Sakura`,
  }),
  M({
    slug: 'en-close-notify-alt',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sho,
    note: 'system notice: your support case has been resolved',
    from: AWS_SUPPORT_SYS,
    to: SHO.keep,
    subject: `Case ${CASE.sho} has been resolved`,
    date: rfcDate('2026-06-06 00:00:40'),
    enc: 'utf8qp',
    text: `Your support case ${CASE.sho} has been marked as resolved.
If you still need help, reply in the Support Center within 14 days to reopen it.`,
    html: htmlDoc(`<p>Your support case <b>${CASE.sho}</b> has been marked as resolved.</p><p>If you still need help, reply in the Support Center within 14 days to reopen it.</p>`, 'en'),
  }),
  M({
    slug: 'en-close-restate-badges',
    kind: 'case_closed',
    lang: 'en',
    trap: true,
    caseId: CASE.kentaDup,
    note: 'closing that restates the badges moved last week',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-19 01:45:33'),
    enc: 'ascii7',
    text: `Hello Nakamura-san,

As the badges were already transferred last week, this case is now closed from our side.

Takumi`,
  }),
  M({
    slug: 'en-close-forged-below',
    kind: 'case_closed',
    lang: 'en',
    trusted: false,
    auth: 'forgedBelow',
    caseId: CASE.yumi,
    note: 'closing notice whose only pass verdict sits below the server Received line',
    from: AWS_SUPPORT_SYS,
    to: YUMI.keep,
    subject: `Case ${CASE.yumi} closed`,
    date: rfcDate('2026-06-12 12:00:00'),
    enc: 'ascii7',
    text: `Your case ${CASE.yumi} was closed. Download the case report: http://aws-case-report.example.net/r.zip`,
  }),
  M({
    slug: 'en-close-no-reply-jp-english',
    kind: 'case_closed',
    lang: 'en',
    caseId: CASE.sho,
    note: 'agent closes the case since no reply came (Japanese-English)',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-06-06 00:00:10'),
    enc: 'utf8b64',
    text: `Dear Ito-san,

We would like to close this case since we could not get your reply for a while.
In case you have further question, please feel free to open new case anytime.

Ren / AWS Training and Certification`,
  }),

  // ---------------- support_reply (8) ----------------
  M({
    slug: 'en-sr-thanks-confirmation',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: 'thank you for your confirmation, forwarded to the back-end team',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-20 06:50:02'),
    enc: 'ascii7',
    text: `Dear David-san,

Thank you for your confirmation. We have forwarded your request to the back-end team.
We will update you in this case after the work is done.

Sakura`,
  }),
  M({
    slug: 'en-sr-not-yet',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.misaki,
    note: 'the merge is not completed yet, in progress',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-07 02:00:09'),
    enc: 'ascii7',
    text: `Misaki-san,

Merge is not completed yet, it is still in progress by our team. Sorry for waiting long time.

Yuki`,
  }),
  M({
    slug: 'en-sr-unable-same-email',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: 'we were unable to merge yet; escalated, nothing asked',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-21 03:12:56'),
    enc: 'ascii7',
    text: `Dear David-san,

Unfortunately we were unable to merge the accounts today, because the two profiles share one
Builder ID. We escalated this to specialist team. No action is needed from your side.

Sakura`,
  }),
  M({
    slug: 'en-sr-sorry-delay',
    kind: 'support_reply',
    lang: 'en',
    caseId: CASE.yumi,
    note: 'apology for the slow answer; no event',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-07 01:02:03'),
    enc: 'ascii7',
    text: `Dear Watanabe-san,

Sorry for the late reply. Our team is very busy in this period. We appreciate your understanding
and patience. We will get back to you as soon as we can.

AWS Training and Certification`,
  }),
  M({
    slug: 'en-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: 'asks to reply from the address of the account kept, no data asked',
    from: SUPPORT,
    to: DAVID.src,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-17 02:12:05'),
    enc: 'ascii7',
    text: `Dear David-san,

For security reason, please write back to us from the e-mail address of the account which you want to keep.
We can not proceed with the message from this address.

Sakura`,
  }),
  M({
    slug: 'en-sr-dup-cases',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: 'we merged your two cases into one (cases, not accounts)',
    from: SUPPORT,
    to: DAVID.keep,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-18 01:30:00'),
    enc: 'ascii7',
    text: `Dear David-san,

We noticed you have opened 2 cases (${CASE.david} and ${CASE.davidDup}) for the same request, so we merged
them into this one. Please use only this case from now.

Sakura`,
  }),
  M({
    slug: 'en-sr-badges-once-done',
    kind: 'support_reply',
    lang: 'en',
    trap: true,
    caseId: CASE.sho,
    note: 'once the merge is done, badges should appear: future, not the event; sent to a team list',
    from: SUPPORT,
    to: 'cloud-team@partner.example.jp',
    forUser: false,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-24 02:00:00'),
    enc: 'ascii7',
    text: `Hello,

Once the merge is done, the Credly badges should show up under the kept e-mail within 24 hours.
If not, please tell us in this case.

Ren`,
  }),
  M({
    slug: 'en-sr-other-authserv',
    kind: 'support_reply',
    lang: 'en',
    trusted: false,
    auth: 'otherOnly',
    caseId: CASE.misaki,
    note: 'status reply; only a foreign authserv-id vouches for it',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-21 10:00:00'),
    enc: 'ascii7',
    text: `Misaki-san,

Your request was escalated. Track the progress here: http://aws-case-track.example.org/${CASE.misaki}`,
  }),

  // ---------------- unrelated (9) ----------------
  M({
    slug: 'en-un-survey',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: CASE.david,
    note: 'survey: was your issue resolved?',
    from: SURVEY,
    to: DAVID.keep,
    subject: `How did we do? Case ${CASE.david}`,
    date: rfcDate('2026-03-03 00:10:10'),
    enc: 'ascii7',
    text: `Your case ${CASE.david} was recently resolved. Was your issue resolved to your satisfaction?
Take a 1-minute survey: https://survey.aws.amazon.com/s/en?case=${CASE.david}`,
  }),
  M({
    slug: 'en-un-david-own-reply',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    auth: 'none',
    trap: true,
    caseId: CASE.david,
    note: "the user's own mixed-language consent reply",
    from: `David Chen <${DAVID.keep}>`,
    to: SUPPORT,
    cc: DAVID.keep,
    deliveredTo: DAVID.keep,
    subject: `Re: ${formSubject(CASE.david)}`,
    date: rfcDate('2026-02-20 18:01:22', '+0900'),
    enc: 'utf8qp',
    text: `Hi Sakura-san,

I agree, please merge ${DAVID.srcId} into ${DAVID.keepId}. よろしくお願いします!
Sent from my iPhone

> Kindly reply "I agree" to this e-mail if you would like us to proceed.`,
  }),
  M({
    slug: 'en-un-credly-hashicorp',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: "another issuer's Credly badge (HashiCorp)",
    from: 'HashiCorp via Credly <admin@credly.com>',
    to: DAVID.keep,
    subject: 'HashiCorp sent you a new badge',
    date: rfcDate('2026-03-01 15:00:33'),
    enc: 'ascii7',
    text: `Hi David,

HashiCorp has issued you a badge: HashiCorp Certified: Terraform Associate (003).
Accept your badge: https://www.credly.com/badges/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d/accept`,
  }),
  M({
    slug: 'en-un-exam-appointment',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    trap: true,
    caseId: null,
    note: "test vendor's exam appointment confirmation",
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: SHO.keep,
    subject: 'Confirmation of your AWS exam appointment',
    date: rfcDate('2026-06-21 04:30:00'),
    enc: 'ascii7',
    text: `Thank you for scheduling with Pearson VUE. This confirms your appointment:
AWS Certified Solutions Architect - Professional, 4 July 2026, 10:00, Tokyo test center.`,
  }),
  M({
    slug: 'en-un-david-voucher-case',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: CASE.davidVoucher,
    note: "reply and closing on the user's other case about a voucher",
    from: SUPPORT,
    to: DAVID.keep,
    subject: `RE:[CASE ${CASE.davidVoucher}] [AWS Training and Certification Form Submission] - exam-voucher`,
    date: rfcDate('2026-03-05 03:03:03'),
    enc: 'ascii7',
    text: `Dear David-san,

We confirmed that the 50% discount voucher was not applied to your exam registration. We have refunded
the difference. As the issue is solved, we close this case.

Sakura`,
  }),
  M({
    slug: 'en-un-agent-ooo',
    kind: 'unrelated',
    lang: 'en',
    caseId: CASE.misaki,
    note: "an agent's out-of-office auto-reply",
    from: SUPPORT,
    to: MISAKI.keep,
    subject: `Automatic reply: ${formSubject(CASE.misaki)}`,
    date: rfcDate('2026-04-29 00:01:00'),
    enc: 'ascii7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `I am out of office from 29 April to 6 May (Golden Week) with limited access to e-mail.
Your message will be handled by another member of the team.`,
  }),
  M({
    slug: 'en-un-reinvent',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: 'marketing: certified lounge at re:Invent, show your badge',
    from: 'AWS Events <aws-events@aws.amazon.com>',
    to: DAVID.keep,
    subject: 'Certified? Your lounge access at re:Invent is confirmed',
    date: rfcDate('2026-10-20 16:00:00'),
    enc: 'utf8qp',
    text: `AWS Certified attendees get access to the Certification Lounge.
Show your digital badge at the entrance. Your registration is complete.`,
    html: htmlDoc(`<p>AWS Certified attendees get access to the Certification Lounge.</p><p>Show your digital badge at the entrance. Your registration is complete.</p>`, 'en'),
  }),
  M({
    slug: 'en-un-credly-merge-code',
    kind: 'unrelated',
    lang: 'en',
    trap: true,
    caseId: null,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>',
    to: DAVID.keep,
    subject: 'Complete Account Merge',
    date: rfcDate('2026-02-25 05:05:05'),
    enc: 'ascii7',
    text: `You requested to merge your Credly accounts. Enter this code to complete the merge: 381 904
If you did not request this, ignore this email.`,
  }),
  M({
    slug: 'en-un-sho-forward-ja-note',
    kind: 'unrelated',
    lang: 'en',
    trusted: false,
    auth: 'none',
    trap: true,
    caseId: CASE.sho,
    note: "the user forwards support's consent request to his own other address with an English note",
    from: `Sho Ito <${SHO.keep}>`,
    to: SHO.src,
    subject: `Fw: ${formSubject(CASE.sho)}`,
    date: rfcDate('2026-05-23 20:05:00', '+0900'),
    enc: 'utf8qp',
    text: `memo: need to reply "I agree" before Friday. 金曜までに返信

---------- 転送メッセージ ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年5月23日(土) 12:31
Subject: ${formSubject(CASE.sho)}

Kindly reply to this email with "I agree" so that we can go ahead.`,
  }),
];

// Messages re-sent (Resent-*) to someone else: forUser false whatever they say.
export const RESENT: Msg[] = [
  M({
    slug: 'x-resent-done-ja',
    kind: 'merge_completed',
    lang: 'ja',
    forUser: false,
    caseId: CASE.yumi,
    note: 'completion notice redirected (Resent-*) by the user to a family member; delivered there, not to the user',
    from: SUPPORT,
    to: YUMI.keep,
    resent: { from: YUMI.keep, to: 'watanabe.ken@family.example.jp', date: rfcDate('2026-06-08 20:00:00', '+0900') },
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-08 09:59:10'),
    enc: 'jis7',
    text: `渡辺様

統合が完了いたしました。今後は ${YUMI.keep} でサインインしてください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'x-resent-badge-en',
    kind: 'badges_transferred',
    lang: 'en',
    forUser: false,
    caseId: CASE.misaki,
    note: 'badge notice redirected (Resent-*) to a colleague',
    from: SUPPORT,
    to: MISAKI.keep,
    resent: { from: MISAKI.keep, to: 'hr-certs@newfirm.example.co.jp', date: rfcDate('2026-05-14 15:00:00', '+0900') },
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-14 05:30:00'),
    enc: 'ascii7',
    text: `Misaki-san,

All badges are now on ${MISAKI.keep}. You can share them from Credly.

Yuki`,
  }),
  M({
    slug: 'x-resent-conf-ja',
    kind: 'confirmation_request',
    lang: 'ja',
    forUser: false,
    caseId: CASE.kenta,
    note: 'consent request bounced (Resent-*) from the old company mailbox to the IT desk',
    from: SUPPORT_JA,
    to: KENTA.src,
    resent: { from: 'postmaster@tokyo-sier.example.co.jp', to: 'it-desk@tokyo-sier.example.co.jp', date: rfcDate('2026-03-06 11:05:00', '+0900') },
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-06 02:04:30'),
    enc: 'jisb64',
    text: `中村様

統合を進めてもよいか、本メールへのご返信にてお知らせください。統合は取り消しができません。

AWS トレーニングと認定`,
  }),
];
