// fa set, English messages: English translated from Japanese, second-language agents, rough bilingual copies.
import type { Msg } from './lib.js';
import {
  ALEX, ALEX_REQ, AUTO_EN, CASE, CERT_PORTAL, CREDLY_AWS, FOOT_EN, KENJI, KENJI_REQ, NOREPLY, OLIVIA, OLIVIA_REQ, PRIYA, PRIYA_REQ, SUPPORT, SUPPORT_ADDR, SUPPORT_AWS, TRAINING,
  form, formNew, gmailEn, htmlDoc, jst, mk, outlookEn, paras, pst, quote, ref, sfEn, to, utc,
} from './common.js';

const olivia = to(OLIVIA, OLIVIA.name);
const alex = to(ALEX, ALEX.name);
const priya = to(PRIYA, PRIYA.name);
const kenjiEn = to(KENJI, KENJI.en);

const credlyEn = (first: string, cert: string): string => `Hello ${first},

Congratulation! You are earned a new badge from Amazon Web Services Training and Certification.

${cert}

Please click the button of below for accepting your badge and share it to your professional network.

[Accept your badge]

This badge was issued through Credly. If you think you should not receive this email, please contact to Credly support.`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-alex-surely', kind: 'acknowledgement', lang: 'en', caseId: CASE.alex,
    note: 'automatic receipt in translated English ("we received your inquiry surely"); case ID in subject and body',
    from: NOREPLY, to: alex, subject: `[CASE ${CASE.alex}] Your case was created`, date: pst('01-20 17:02'),
    text: `Dear Customer,

Thank you for your always using Amazon Web Services.
We received your inquiry surely. Your case ID is ${CASE.alex}.

Our staff will contact to you within 24 hours. Please wait for a while.
Please do not make new case for same request, because it causes the delay of the answer.

Amazon Web Services
${FOOT_EN}`,
  }),
  mk({
    slug: 'ack-lookalike-domain', kind: 'acknowledgement', lang: 'en', caseId: CASE.priya, trusted: false,
    note: 'receipt from a look-alike domain (amazon-supp0rt.com): untrusted',
    from: 'AWS Support <no-reply@amazon-supp0rt.com>', to: priya, subject: `Case ${CASE.priya} is opened`, date: utc('03-14 09:00'),
    text: `Hello,

Your case number ${CASE.priya} is opened for the account merge request. We will reply as soon as possible.

AWS Support Team`,
  }),
  mk({
    slug: 'ack-olivia-alt', kind: 'acknowledgement', lang: 'en', caseId: CASE.olivia, auth: 'dkimonly',
    note: 'multipart receipt from support.aws.com, aligned DKIM only',
    from: SUPPORT_AWS, to: olivia, subject: `We have received your case (ID ${CASE.olivia})`, date: jst('04-01 20:20'), enc: 'utf8qp',
    text: `Dear Olivia Brandt,

We have received your request and registered it as case ${CASE.olivia}.
Category: AWS Training and Certification / Account merge

The person in charge will reply to you in order. Thank you for your patience and cooperation.

AWS Support`,
    html: htmlDoc(paras(`Dear Olivia Brandt,

We have received your request and registered it as case ${CASE.olivia}.
Category: AWS Training and Certification / Account merge

The person in charge will reply to you in order. Thank you for your patience and cooperation.

AWS Support`), 'en'),
  }),
  mk({
    slug: 'ack-priya-bodyonly', kind: 'acknowledgement', lang: 'en', caseId: CASE.priya,
    note: 'receipt with the case ID only in the body',
    from: SUPPORT, to: priya, subject: 'We have accepted your request', date: utc('03-14 08:55'),
    text: `Dear Priya Nair,

This is automatic mail. Your request to AWS Training and Certification is accepted and the case ${CASE.priya} is made.
We will contact again after checking the content. You can add information by reply to this mail.

AWS Training and Certification
${ref('pn01')}`,
  }),
  mk({
    slug: 'ack-olivia-htmlonly', kind: 'acknowledgement', lang: 'en', caseId: CASE.olivia,
    note: 'HTML-only receipt of the form submission',
    from: SUPPORT, to: olivia, subject: formNew(CASE.olivia), date: jst('04-01 20:21'), enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Olivia Brandt,</p>
<p>Thank you very much for contacting to AWS Training and Certification.<br>
Your inquiry was registered with the case number <b>${CASE.olivia}</b>.</p>
<p>Our representative will confirm the content and reply you within 1-2 business day.</p>
<p>Best regards,<br>AWS Training and Certification</p>`, 'en'),
  }),
  mk({
    slug: 'ack-kenji-resent', kind: 'acknowledgement', lang: 'en', caseId: CASE.kenji, forUser: false,
    note: 'receipt bounced on by the old employer\'s server with Resent-* headers: forUser false',
    from: NOREPLY, to: `${KENJI.en} <${KENJI.src}>`, subject: `[CASE ${CASE.kenji}] Case is created`, date: jst('03-04 12:41'),
    resent: { from: 'mailer-daemon@fabrikam.example.co.jp', to: 'former-staff@fabrikam.example.co.jp', date: jst('03-04 12:42') },
    text: `Hello,

We are informing that the case ${CASE.kenji} is created for you. We will answer you soon.

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-alex-tool', kind: 'ai_answer', lang: 'en',
    note: 'generated answer pointing to the Merge Accounts tool, translated-sounding',
    from: TRAINING, to: alex, subject: 'Automatic answer for your question', date: pst('01-20 16:55'),
    text: `This answer is made by generative AI. It can have mistake.

Your question: "I have 2 certification account, I want to make 1."

Answer: You can merge the accounts by yourself with "Merge Accounts" tool. Please sign in the account which you want to keep, open the Profile, and choose Merge Accounts. Then please input email address and password of other account.

If this answer did not solve your problem, please choose "Create case".`,
  }),
  mk({
    slug: 'ai-priya-alt', kind: 'ai_answer', lang: 'en',
    note: 'multipart AI suggestion with a helpful/not-helpful prompt',
    from: TRAINING, to: priya, subject: 'Suggestion from AI assistant', date: utc('03-14 08:40'), enc: 'utf8qp',
    text: `AI assistant is analyzing your question and suggest the following:
- When both account have certification history, the self-service merge is not available.
- In that case, it is recommended to contact to customer support.
- It is desirable to contact from the email address of the account you keep.

Was this helpful?  Yes / No`,
    html: htmlDoc(`<p>AI assistant is analyzing your question and suggest the following:</p>
<ul><li>When both account have certification history, the self-service merge is not available.</li>
<li>In that case, it is recommended to contact to customer support.</li>
<li>It is desirable to contact from the email address of the account you keep.</li></ul>
<p>Was this helpful? Yes / No</p>`, 'en'),
  }),
  mk({
    slug: 'ai-olivia-case', kind: 'ai_answer', lang: 'en', caseId: CASE.olivia,
    note: 'automated recommendation attached to an open case; not a human reply',
    from: SUPPORT_AWS, to: olivia, subject: `[CASE ${CASE.olivia}] Recommendation by automated assistant`, date: jst('04-01 20:25'),
    text: `This message is generated by automated assistant.

Based on your case description, we recommend you to try next:
Sign in to AWS Certification account and use the option "Merge Accounts". In many case it solves the problem in some minutes.

If the recommendation does not work, human agent will handle this case continuously.`,
  }),
  mk({
    slug: 'ai-kenji-en-b64', kind: 'ai_answer', lang: 'en',
    note: 'AI quick answer in English sent to a Japanese user, UTF-8 base64',
    from: TRAINING, to: kenjiEn, subject: 'Quick answer (AI generated)', date: jst('03-04 12:30'), enc: 'utf8b64',
    text: `Quick answer (AI generated):
Please try the self-service merge tool. Profile > Merge Accounts.
When it is not working, please continue for creating a case.

この回答は自動的に生成されました。/ This reply is generated automatically.`,
  }),
  mk({
    slug: 'ai-forged-failthen', kind: 'ai_answer', lang: 'en', trusted: false, auth: 'failThenForged',
    note: 'AI answer whose top verdict is dmarc=fail with a planted pass lower down: untrusted',
    from: TRAINING, to: alex, subject: 'Your AI answer is ready', date: pst('01-20 16:58'),
    text: `Hello, the virtual assistant understood that you have duplicated accounts.

We recommend that you try the Merge Accounts tool on your profile page. When the tool shows error, it can mean both of your accounts have exam history.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-alex-teach', kind: 'info_request', lang: 'en', caseId: CASE.alex,
    note: '"please teach us" the candidate IDs and notification addresses (translated English)',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-21 18:10'),
    text: `Dear Alex Kim,

We are indebted to you. This is Haruka from AWS Training and Certification.

For proceeding your merge request, please teach us following items:
1. Candidate ID of both account (it starts from "AWS")
2. Login email address of both account
3. Email address for notification of certification

After we receive them, we will go to next step.

Thank you for your kind cooperation.
Haruka

${sfEn(ALEX.keep, '1/20/2026 5:02 PM', SUPPORT_ADDR, formNew(CASE.alex))}

${ALEX_REQ}

${ref('ak02')}`,
  }),
  mk({
    slug: 'info-lookalike', kind: 'info_request', lang: 'en', caseId: CASE.priya, trusted: false,
    note: 'asks for IDs and passwords from a look-alike domain (aws-training-certification.com): untrusted',
    from: 'AWS Training and Certification <support@aws-training-certification.com>', to: priya, subject: form(CASE.priya), date: utc('03-15 07:30'),
    text: `Dear Priya,

For the merge, please send us the candidate ID, login email and the password of both account by reply to this email. Without it we cannot proceed your request.

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-priya-kindly-confirm', kind: 'info_request', lang: 'en', caseId: CASE.priya, trap: true,
    note: '"please kindly confirm the email address you keep" asks for information, not consent',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-15 10:12'),
    text: `Dear Priya Nair,

We are sorry for the trouble to you.

Please kindly confirm which email address you keep after the merge, and inform it to us. Also if you remember, please tell the date of your last exam on the old account (${PRIYA.srcId}).

Best regards,
Minh
AWS Training and Certification

${gmailEn('2026-03-14', '08:50', `Priya Nair <${PRIYA.keep}>`)}
${quote(PRIYA_REQ)}`,
  }),
  mk({
    slug: 'info-olivia-outlook', kind: 'info_request', lang: 'en', caseId: CASE.olivia,
    note: 'could not find the account; asks for exact old address and exam names (Outlook quote)',
    from: SUPPORT, to: olivia, subject: form(CASE.olivia), date: jst('04-02 15:30'), enc: 'utf8qp',
    text: `Dear Brandt-sama,

Thank you for your reply.

Unfortunately we could not find the account related to the email address you gave. Please provide us again:
- exact spelling of email address which you used in the company in Tokyo
- name of certification passed in that account and the date

Without these, it is not possible for us to specify your account.

Sincerely,
Haruka

${outlookEn(`${OLIVIA.name} <${OLIVIA.keep}>`, 'Wednesday, April 1, 2026 9:40 PM', SUPPORT_ADDR, form(CASE.olivia))}

${OLIVIA_REQ}`,
  }),
  mk({
    slug: 'info-kenji-bilingual', kind: 'info_request', lang: 'en', caseId: CASE.kenji,
    note: 'English first with a rough Japanese copy; asks for the registered name in both accounts',
    from: SUPPORT, to: kenjiEn, subject: form(CASE.kenji), date: jst('03-05 09:00'), enc: 'utf8b64',
    text: `Dear Watanabe-san,

Before merging, please tell us the full name (alphabet) registered in each account. If the names are not same, we may need additional documents.

渡辺様
統合の前に、各アカウントに登録されているフルネーム(アルファベット)を教えてください。名前が同じでない場合、追加の書類を私たちは必要かもしれません。

Minh

${gmailEn('2026-03-04', '12:29', `Kenji Watanabe <${KENJI.keep}>`)}
${quote(KENJI_REQ)}`,
  }),
  mk({
    slug: 'info-alex-which-keep', kind: 'info_request', lang: 'en', caseId: CASE.alex,
    note: 'second-language agent asks which account should remain, phrased without "please provide"',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-22 08:15'),
    text: `Hi Alex,

Thanks for the details. One more thing we are needing: which one of the account should be remained as primary? In your first mail you wrote ${ALEX.keep} but the reply came from ${ALEX.src}, so we want to be sure before do anything.

Haruka`,
  }),
  mk({
    slug: 'info-olivia-exams-html', kind: 'info_request', lang: 'en', caseId: CASE.olivia,
    note: 'HTML-only request for the list of exams on each account',
    from: SUPPORT, to: olivia, subject: form(CASE.olivia), date: jst('04-03 11:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>Dear Olivia,</p>
<p>For completing the verification of your certification accounts, please list up the exams you took in each account:</p>
<ol><li>Exam name</li><li>Date (approximate is OK)</li><li>Test center or online</li></ol>
<p>Thank you for your cooperation.</p>
<p>Haruka<br>AWS Training and Certification</p>`, 'en'),
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-alex-irreversible', kind: 'confirmation_request', lang: 'en', caseId: CASE.alex,
    note: 'asks to confirm the merge, noting it cannot be undone ("please kindly confirm it")',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-23 09:45'),
    text: `Dear Alex Kim,

Thank you for providing the information.

We are ready for merge of following accounts:
  Account to keep: ${ALEX.keepId} (${ALEX.keep})
  Account to be merged: ${ALEX.srcId} (${ALEX.src})

Please be careful that this operation cannot be returned. After merge, ${ALEX.srcId} cannot be used any more.
If you agree to proceed, please kindly confirm it by reply to this mail.

Haruka

${gmailEn('2026-01-22', '19:03', `Alex Kim <${ALEX.keep}>`)}
> Keep ${ALEX.keep} please. Sorry, I replied from my work account by mistake.`,
  }),
  mk({
    slug: 'conf-freemail-display', kind: 'confirmation_request', lang: 'en', caseId: CASE.priya, trusted: false,
    note: 'trusted display name on a free-mail address (gmail.com): untrusted',
    from: 'AWS Training and Certification <aws.tc.support.team@gmail.com>', to: priya, subject: form(CASE.priya), date: utc('03-16 06:00'),
    text: `Dear Priya,

We need your confirmation for the merge. It cannot be undone. Please reply "I agree" to this email within 24 hours.

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-olivia-agree', kind: 'confirmation_request', lang: 'en', caseId: CASE.olivia,
    note: 'lists both accounts and asks for the reply "I agree"; UTF-8 quoted-printable',
    from: SUPPORT, to: olivia, subject: form(CASE.olivia), date: jst('04-04 10:30'), enc: 'utf8qp',
    text: `Dear Brandt-sama,

Thank you for the information. The preparation of the merge is done as below.

Merge to: ${OLIVIA.keepId} / ${OLIVIA.keep}
Merge from: ${OLIVIA.srcId} / ${OLIVIA.src}

If the above is correct, please reply to this mail with "I agree". After receiving your reply, we will do the merge. This process cannot be cancelled.

Haruka`,
  }),
  mk({
    slug: 'conf-kenji-bilingual', kind: 'confirmation_request', lang: 'en', caseId: CASE.kenji,
    note: 'English first with rough Japanese copy; consent request for the irreversible merge',
    from: SUPPORT, to: kenjiEn, subject: form(CASE.kenji), date: jst('03-07 10:00'), enc: 'utf8b64',
    text: `Dear Watanabe-san,

We need your explicit agreement before the merge. This is irreversible operation. If you agree, reply to this case please.

渡辺様
統合の前にあなたの明確な同意が必要です。これは不可逆の操作です。同意するなら、このケースに返信してください。

Minh`,
  }),
  mk({
    slug: 'conf-priya-bottompost', kind: 'confirmation_request', lang: 'en', caseId: CASE.priya,
    note: 'bottom-posted consent request below the user\'s quoted answer',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-16 11:20'),
    text: `${gmailEn('2026-03-15', '21:10', `Priya Nair <${PRIYA.keep}>`)}
> Hi Minh, I keep ${PRIYA.keep}. The last exam on the old account was in October 2025.

Dear Priya,

Thank you so much. Now everything is prepared. Can you give us your go-ahead for the merge? Once it is done, it is not possible to split again. Reply "yes" on this thread will be enough.

Minh`,
  }),
  mk({
    slug: 'conf-alex-htmlonly', kind: 'confirmation_request', lang: 'en', caseId: CASE.alex,
    note: 'HTML-only consent request with the warning in bold',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-23 10:05'), enc: 'utf8qp',
    html: htmlDoc(`<div>Dear Alex Kim,</div>
<div><br></div>
<div>The preparation for merging your accounts is completed.</div>
<div><b>Important: this operation cannot be canceled.</b></div>
<div>Please confirm by reply to this mail that you wish to continue the merge. Without your confirmation, we will not perform the merge.</div>
<div><br></div>
<div>Haruka<br>AWS Training and Certification</div>`, 'en'),
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'done-alex-completely', kind: 'merge_completed', lang: 'en', caseId: CASE.alex,
    note: '"The merge was done completely" (translated English)',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-25 13:20'),
    text: `Dear Alex Kim,

We are sorry to keep you waiting. The merge was done completely.
The certifications of ${ALEX.srcId} are now shown in ${ALEX.keepId}. It can take maximum 24 hours until the change is reflected.

If you have other question, please do not hesitate to contact us.
Have a nice day!

Haruka

${sfEn(ALEX.keep, '1/23/2026 6:40 PM', SUPPORT_ADDR, form(CASE.alex))}

Yes, I agree. Please go ahead.`,
  }),
  mk({
    slug: 'done-misaligned', kind: 'merge_completed', lang: 'en', caseId: CASE.priya, trusted: false, auth: 'misaligned',
    note: 'completion notice signed by an unrelated domain, dmarc=fail: untrusted',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-17 09:00'),
    text: `Dear Priya,

The integration of your two accounts is finished. Please sign in to ${PRIYA.keepId} for checking.

Minh`,
  }),
  mk({
    slug: 'done-portal-en', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice "your accounts are merged" without a case ID',
    from: CERT_PORTAL, to: olivia, subject: 'Your AWS Certification accounts are merged', date: jst('04-06 03:00'), enc: 'utf8qp',
    text: `Dear Olivia Brandt,

This is notification for informing that your AWS Certification accounts were merged successfully.

Remained account: ${OLIVIA.keepId}
Merged account: ${OLIVIA.srcId}

From now, please sign in by using the remained account.

AWS Certification
This mailbox is not monitored.`,
    html: htmlDoc(paras(`Dear Olivia Brandt,

This is notification for informing that your AWS Certification accounts were merged successfully.

Remained account: ${OLIVIA.keepId}
Merged account: ${OLIVIA.srcId}

From now, please sign in by using the remained account.

AWS Certification
This mailbox is not monitored.`), 'en'),
  }),
  mk({
    slug: 'done-priya-please-check', kind: 'merge_completed', lang: 'en', caseId: CASE.priya, trap: true,
    note: 'completion that also asks to check that everything looks right: merge_completed',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-17 12:30'),
    text: `Dear Priya Nair,

Your two accounts were combined into ${PRIYA.keepId} today. Please kindly confirm that all certifications and the benefit voucher look correct in the account, and if something is missing, inform us in this case.

Minh`,
  }),
  mk({
    slug: 'done-kenji-toppost-mobile', crlf: false, kind: 'merge_completed', lang: 'en', caseId: CASE.kenji,
    note: 'short completion from an agent on a mobile device, top-posted over Outlook quote; case ID only in the quote header',
    from: SUPPORT, to: kenjiEn, subject: 'RE: your merge request', date: jst('03-09 08:40'),
    text: `Watanabe-san, merging is finished now, both certs are in ${KENJI.keepId}. Sorry for short mail.

Sent from mobile

${outlookEn(`${KENJI.en} <${KENJI.keep}>`, 'Sunday, March 8, 2026 10:01 PM', SUPPORT_ADDR, form(CASE.kenji))}

I agree. Please merge.`,
  }),
  mk({
    slug: 'done-olivia-and-close', kind: 'merge_completed', lang: 'en', caseId: CASE.olivia,
    note: 'completion that also says the case will now be closed: merge_completed',
    from: SUPPORT, to: olivia, subject: form(CASE.olivia), date: jst('04-05 17:10'), enc: 'utf8b64',
    text: `Dear Brandt-sama,

After your confirmation, we united the 2 accounts into 1. You can see the certification from the Tokyo company in ${OLIVIA.keepId} now.

Your request is completed, so we will close this case now.

Haruka

${AUTO_EN}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-en-alex', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge issued via Credly to the kept address (localized, stiff template)',
    from: CREDLY_AWS, to: alex, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: pst('01-26 02:10'), enc: 'utf8qp',
    text: credlyEn('Alex', 'AWS Certified Developer - Associate'),
  }),
  mk({
    slug: 'badge-failthen', kind: 'badges_transferred', lang: 'en', caseId: CASE.priya, trusted: false, auth: 'failThenForged',
    note: 'support-style "badges were moved" with a fail verdict on top and a planted pass below: untrusted',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-19 10:00'),
    text: `Dear Priya,

Your Credly badges are moved to the account of ${PRIYA.keep}. Please sign in Credly for seeing them.

Minh`,
  }),
  mk({
    slug: 'badge-alex-moved', kind: 'badges_transferred', lang: 'en', caseId: CASE.alex,
    note: 'support says the badges were transferred after the user asked (Gmail quote)',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-28 11:00'),
    text: `Dear Alex Kim,

We are sorry for the trouble to you. We asked to Credly team and your badges were transferred to your remained account. Please kindly check in Credly with ${ALEX.keep}.

Haruka

${gmailEn('2026-01-27', '08:12', `Alex Kim <${ALEX.keep}>`)}
> Thanks for the merge! But my Credly badges are still on the old profile. Can you move them?`,
  }),
  mk({
    slug: 'badge-olivia-moved-close', kind: 'badges_transferred', lang: 'en', caseId: CASE.olivia,
    note: 'support announces badges moved and closes the case: badges_transferred',
    from: SUPPORT, to: olivia, subject: form(CASE.olivia), date: jst('04-08 09:30'), enc: 'utf8qp',
    text: `Dear Olivia,

Together with the Credly team we transferred your 2 badges to the account of ${OLIVIA.keep}.
All work is finished by this, so we mark this case as resolved.

Thank you for trusting AWS Certification.
Haruka`,
  }),
  mk({
    slug: 'badge-credly-html-priya', kind: 'badges_transferred', lang: 'en',
    note: 'HTML-only Credly AWS badge notice',
    from: CREDLY_AWS, to: priya, subject: 'Amazon Web Services Training and Certification sent you a new badge', date: utc('03-18 03:00'), enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<h2>Priya, you are got new badge!</h2>
<p>Amazon Web Services Training and Certification issued to you the following badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/0b8c3e77-2f41-4d0a-9c55-6a1e2f3d4b5c?source=email">Accept your badge</a></p>
</td></tr></table>`, 'en'),
  }),
  mk({
    slug: 'badge-kenji-en', kind: 'badges_transferred', lang: 'en', caseId: CASE.kenji,
    note: 'second-language agent: "Your badges moving is done" on the case',
    from: SUPPORT, to: kenjiEn, subject: form(CASE.kenji), date: jst('03-11 15:20'),
    text: `Watanabe-san,

Thank you for waiting. Your badges moving is done, now they are in Credly of ${KENJI.keep}, I think. Please confirm at your convenience.

Minh`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-alex-resolved', kind: 'case_closed', lang: 'en', caseId: CASE.alex,
    note: 'automatic "your case was resolved" notice',
    from: NOREPLY, to: alex, subject: `[CASE ${CASE.alex}] Your case has been resolved`, date: pst('02-02 06:00'),
    text: `Hello,

Your support case ${CASE.alex} is marked as resolved.

If you still need the help, you can reply to this mail within 14 days for reopen the case.

Amazon Web Services
${FOOT_EN}`,
  }),
  mk({
    slug: 'close-forgedbelow', kind: 'case_closed', lang: 'en', caseId: CASE.olivia, trusted: false, auth: 'forgedBelow',
    note: 'closing notice whose dmarc=pass sits below the server\'s Received line: untrusted',
    from: NOREPLY, to: olivia, subject: `Case ${CASE.olivia} closed`, date: jst('04-15 06:00'),
    text: `Your case ${CASE.olivia} is closed. Thank you for using our service.

Amazon Web Services`,
  }),
  mk({
    slug: 'close-priya-autoclose', kind: 'case_closed', lang: 'en', caseId: CASE.priya,
    note: 'reminder: the case will close automatically in 5 days without a reply',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-22 12:00'),
    text: `Dear Priya Nair,

We did not receive your reply for our last message.

If there is no answer from you, this case will be closed automatically after 5 days. If the problem is already solved, you do not need to do anything.

AWS Training and Certification`,
  }),
  mk({
    slug: 'close-olivia-alt', kind: 'case_closed', lang: 'en', caseId: CASE.olivia,
    note: 'multipart status-changed-to-closed notice',
    from: NOREPLY, to: olivia, subject: `[CASE ${CASE.olivia}] The status of case is changed to "Closed"`, date: jst('04-12 06:00'), enc: 'utf8b64',
    text: `The status of your case ${CASE.olivia} is changed to "Closed".

For reopening the case, please open it in Support Center and select "Reopen".

Amazon Web Services`,
    html: htmlDoc(paras(`The status of your case ${CASE.olivia} is changed to "Closed".

For reopening the case, please open it in Support Center and select "Reopen".

Amazon Web Services`), 'en'),
  }),
  mk({
    slug: 'close-alex-no-questions', kind: 'case_closed', lang: 'en', caseId: CASE.alex,
    note: 'agent closes the case because there is no further question',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-30 09:00'),
    text: `Hi Alex,

Because it seems there is no more question, I let this case closed. If something happens again, please make new case.

Haruka`,
  }),
  mk({
    slug: 'close-kenji-en-short', kind: 'case_closed', lang: 'en', caseId: CASE.kenjiDup,
    note: 'closing the duplicate case in translated English; no merge words',
    from: SUPPORT, to: kenjiEn, subject: form(CASE.kenjiDup), date: jst('03-06 10:05'),
    text: `Dear Watanabe-san,

This case is same content as other case, so we are closing this case. We will contact again in the other case.

Daniel`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-alex-still-processing', kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: '"the merge is still under processing": not completed yet',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-24 15:00'),
    text: `Dear Alex Kim,

We are sorry for the trouble to you. The merge is still under processing and not finished yet. We will contact again.

Haruka

${gmailEn('2026-01-24', '10:02', `Alex Kim <${ALEX.keep}>`)}
> Any update on the merge?`,
  }),
  mk({
    slug: 'sr-priya-thanks-confirm', kind: 'support_reply', lang: 'en', caseId: CASE.priya, trap: true,
    note: 'thanks for your confirmation, passed to the team: support_reply',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-16 13:00'),
    text: `Dear Priya,

Thank you for your confirmation. We passed it to the team in charge. When they are processing, we will inform you again.

Minh

${sfEn(PRIYA.keep, '3/16/2026 12:31 PM', SUPPORT_ADDR, form(CASE.priya))}

yes`,
  }),
  mk({
    slug: 'sr-olivia-delay', kind: 'support_reply', lang: 'en', caseId: CASE.olivia,
    note: 'apology for the delay, no event',
    from: SUPPORT, to: olivia, subject: form(CASE.olivia), date: jst('04-03 18:00'),
    text: `Dear Brandt-sama,

We are deeply sorry to make you wait long time. Because many inquiry are coming, the reply is delaying. Your case is not forgotten.

Haruka`,
  }),
  mk({
    slug: 'sr-alex-voucher-after', kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'answers a question: the voucher "will be moved after the merge" (future)',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('01-23 12:00'),
    text: `Hi Alex,

About your question: the 50% voucher will be moved to the remained account after the mearge is done. You do not lose it.

Haruka`,
  }),
  mk({
    slug: 'sr-priya-cannot-badges', kind: 'support_reply', lang: 'en', caseId: CASE.priya, trap: true,
    note: 'says badges are NOT moved by support and must be claimed: no transfer happened',
    from: SUPPORT, to: priya, subject: form(CASE.priya), date: utc('03-18 10:00'),
    text: `Dear Priya,

Regret to inform, we cannot move the Credly badges from our side in this moment. The badges were not transferred. Please claim them again in Credly after sign in with ${PRIYA.keep}.

Minh`,
  }),
  mk({
    slug: 'sr-alex-reopened', kind: 'support_reply', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'case reopened after it was closed by mistake: status reply, not a closing',
    from: SUPPORT, to: alex, subject: form(CASE.alex), date: pst('02-03 09:10'),
    text: `Hi Alex,

Your case was closed by mistake of our system, we are sorry. We reopened it and we are checking your badge problem now.

Haruka`,
  }),
  mk({
    slug: 'sr-teamlist-other', kind: 'support_reply', lang: 'en', caseId: CASE.colleague, forUser: false,
    note: 'status reply on a colleague\'s case sent to an admins list: none of the user\'s addresses, forUser false',
    from: SUPPORT, to: 'Certification Admins <certification-admins@kaisha.example.jp>', subject: form(CASE.colleague), date: jst('04-16 11:00'),
    text: `Dear team,

We assigned your case to specialist. They will contact to you within 3 business days.

Haruka`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-exam-case-closed', kind: 'unrelated', lang: 'en', caseId: CASE.oliviaOther, trap: true,
    note: 'closing of the user\'s other case about exam rescheduling: unrelated',
    from: SUPPORT, to: olivia, subject: `RE:[CASE ${CASE.oliviaOther}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: jst('05-02 09:00'),
    text: `Dear Olivia,

Your exam appointment was rescheduled to May 28 as you requested. Because the request of rescheduling is finished, we will close this case.

Haruka`,
  }),
  mk({
    slug: 'un-credly-merge-en', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly\'s own account-merge code (translated English): unrelated',
    from: 'Credly <admin@credly.com>', to: priya, subject: 'Complete your account merge', date: utc('03-20 20:00'),
    text: `Hello,

Someone (maybe you) requested to merge the account of this email to other Credly account.

Your verification code: 730 114

Or click the button: [Complete Account Merge]

If you did not request this, please ignore this mail.`,
  }),
  mk({
    slug: 'un-survey-en', kind: 'unrelated', lang: 'en', caseId: CASE.alex, trap: true,
    note: 'survey "your case has been resolved, how did we do?": unrelated',
    from: 'Amazon Web Services <aws-support-survey@amazon.com>', to: alex, subject: 'How was we? Tell us about your case', date: pst('02-03 07:00'),
    text: `Your case ${CASE.alex} has been resolved. Please answer the short survey.

Was your issue resolved?  [Yes]  [No]

It takes only 2 minutes.`,
  }),
  mk({
    slug: 'un-own-forward-colleague', kind: 'unrelated', lang: 'en', caseId: CASE.alex, trap: true, trusted: false, forUser: false, deliveredTo: null,
    note: 'the user forwards the completion to a colleague (own sent mail, not addressed to the user): unrelated, forUser false',
    from: alex, to: 'Jordan Lee <jordan.lee@work.example.net>', subject: 'Fwd: ' + form(CASE.alex), date: pst('01-25 14:00'),
    text: `Jordan, FYI this is how it went for me. Took about 5 days.

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: Sun, Jan 25, 2026 at 1:20 PM
Subject: ${form(CASE.alex)}
To: ${ALEX.keep}

Dear Alex Kim,
We are sorry to keep you waiting. The merge was done completely.`,
  }),
  mk({
    slug: 'un-pearson-en', kind: 'unrelated', lang: 'en', trap: true, trusted: false,
    note: 'test vendor appointment confirmation, outside the trusted domains',
    from: 'Pearson VUE <noreply@pearsonvue.example>', to: priya, subject: 'Your appointment is confirmed', date: utc('04-01 10:00'),
    text: `Dear Priya Nair,

Your appointment is confirmed.
Exam: AWS Certified Machine Learning Engineer - Associate
Date: April 22, 2026 2:00 PM
Location: OnVUE online

To reschedule or cancel, please do it minimum 24 hours before.`,
  }),
  mk({
    slug: 'un-billing-completed', kind: 'unrelated', lang: 'en', trap: true,
    note: 'billing "your payment was completed" for an exam: unrelated',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: alex, subject: 'Your payment was completed', date: pst('02-10 09:00'),
    text: `Thank you for your purchase. Your payment was completed.

Item: AWS Certified DevOps Engineer - Professional exam
Amount: USD 300.00 (voucher 50% applied: USD 150.00)

This is automatic mail, please do not reply.`,
  }),
  mk({
    slug: 'un-ooo-colleague-en', kind: 'unrelated', lang: 'en', trap: true, trusted: false,
    note: 'colleague\'s out-of-office auto-reply ("your mail was received"): unrelated',
    from: 'Takeshi Mori <t.mori@kaisha.example.jp>', to: olivia, subject: 'Automatic reply: merge question', date: jst('04-02 19:00'),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Thank you for your mail. Your mail was received.
I am out of office from 4/1 to 4/7 for business trip. I will reply after coming back.
Mori`,
  }),
  mk({
    slug: 'un-credly-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Credly badge from HashiCorp, not AWS: unrelated',
    from: 'HashiCorp via Credly <admin@credly.com>', to: alex, subject: 'HashiCorp sent you a new badge', date: pst('03-03 04:00'),
    text: `Hello Alex,

Congratulation! You are earned a new badge from HashiCorp.

HashiCorp Certified: Terraform Associate (003)

[Accept your badge]`,
  }),
];

void KENJI_REQ;
