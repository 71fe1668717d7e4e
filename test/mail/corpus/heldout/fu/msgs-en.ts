// fu: English-labelled messages. Every one still carries a Japanese half, but that half does not
// carry the news: it is a stale template from another step, a generic pointer to the English text,
// a machine-translation stub or a boilerplate footer. The English half is the new text (see README).
import { rfcDate, type Msg } from './lib.js';
import {
  ALEX, AWS_NOTIFY, CERT_PORTAL, CREDLY_AWS, EMILY, KENJI, M, MARIA, PRIYA, RYO, SUPPORT, SUPPORT_BARE, TARO, YUKI,
  formSubject, gmailEn, gmailJa, outlookEn, outlookJa, paras, quote, sfOriginal, sfRef, twoCol, twoColText,
} from './common.js';

const JA_POINTER = `【日本語】
本メールはケースの進捗に関するご連絡です。恐れ入りますが、詳細は上記の英文をご確認ください。`;

export const EN: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    slug: 'rcpt-alex-footer', kind: 'acknowledgement', lang: 'en', caseId: '17866109042',
    note: 'English receipt; the Japanese part is only a footer about Japanese-language support',
    to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-19 17:45:02'),
    subject: '[CASE 17866109042] We received your request',
    text: `Hello Alex,

Thanks for contacting AWS Training and Certification. Your request is logged as case 17866109042.
An agent will respond by email, usually within one business day.

Please don't submit the same request again; duplicate cases take longer to answer.

--
日本語でのサポートをご希望のお客様は、このメールに日本語でご返信ください。`,
  }),
  M({
    slug: 'rcpt-priya-lookalike', kind: 'acknowledgement', lang: 'en', caseId: '176930022815', trusted: false,
    note: 'receipt from aws-training-support.net, a look-alike domain: untrusted',
    from: 'AWS Training and Certification <cases@aws-training-support.net>', to: PRIYA.keep,
    enc: 'utf8b64', date: rfcDate('2026-02-22 11:30:00'),
    subject: 'Case 176930022815 opened - AWS Training and Certification',
    text: `Dear Priya,

Your case 176930022815 has been opened. To speed things up, verify your identity here:
https://aws-training-support.net/verify

AWS トレーニングと認定 - このメールは送信専用です。`,
  }),
  M({
    slug: 'rcpt-maria-mtstub', kind: 'acknowledgement', lang: 'en', caseId: '1790224471',
    note: 'HTML receipt; the Japanese block is a machine-translation disclaimer with no content',
    from: AWS_NOTIFY, to: MARIA.keep, enc: 'utf8b64', date: rfcDate('2026-03-03 08:12:45', '+0100'),
    subject: 'AWS Support: case 1790224471 created',
    html: `<html><body>${paras(`Hi Maria,

We have opened case 1790224471 for you with AWS Training and Certification.
You can add information at any time by replying to this message.`)}
<p style="color:#777;font-size:11px">日本語: このメッセージの日本語訳は機械翻訳の準備ができ次第表示されます。内容に相違がある場合は英語版が優先します。</p>
</body></html>`,
  }),
  M({
    slug: 'rcpt-emily2-plain', kind: 'acknowledgement', lang: 'en', caseId: '1806652290', crlf: false,
    note: 'plain receipt, Japanese line only says the mail is automated; LF line ends',
    to: EMILY.keep, enc: 'utf88bit', date: rfcDate('2026-07-27 23:03:19'),
    subject: '[CASE 1806652290] Received: merge please',
    text: `We have your message and created case 1806652290.
Our Training and Certification team reads every case and will answer at this address.

本メールはシステムより自動送信されています。ご返信いただいてもお答えできません。`,
  }),
  M({
    slug: 'rcpt-alex2-fields', kind: 'acknowledgement', lang: 'en', caseId: '1791106655', trap: true,
    note: 'receipt that echoes the submitted fields ("account to keep", "confirm"), with a stale Japanese holiday note',
    to: ALEX.keep, enc: 'jisb64', date: rfcDate('2026-04-29 19:59:59'),
    subject: 'Submission received - AWS Training and Certification Form [CASE 1791106655]',
    text: `We received the following submission (case 1791106655):

  Inquiry type: AWS Training and Certification
  Issue: Account merge
  Account to keep: alex.kim@example.com (AWS31846620)
  Other account: a.kim@work.example.net

You do not need to reply to confirm this submission.

[日本語]
ゴールデンウィーク期間中 (4月29日から5月6日) は回答にお時間をいただく場合がございます。`,
  }),

  // ---------------- ai_answer ----------------
  M({
    slug: 'ai-alex-tool', kind: 'ai_answer', lang: 'en',
    note: 'AI suggestion for the Merge Accounts tool; Japanese says a Japanese answer is not available',
    from: AWS_NOTIFY, to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-19 17:40:11'),
    subject: 'Here is a suggested answer',
    text: `This response was produced by generative AI.

You can usually combine two AWS Certification accounts yourself: sign in, open your profile
and use "Merge Accounts". If either account cannot be merged that way, select "Create case".

日本語での自動回答は現在ご利用いただけません。`,
  }),
  M({
    slug: 'ai-priya-html', kind: 'ai_answer', lang: 'en',
    note: 'multipart AI suggestion; the Japanese line is a legal footer',
    from: AWS_NOTIFY, to: PRIYA.keep, enc: 'utf8b64', date: rfcDate('2026-02-22 11:21:48'),
    subject: 'Automated answer: certification accounts',
    text: `AI-generated answer:
Two certification accounts can be joined through Profile > Merge Accounts in the certification portal.
If both accounts already hold certifications, support has to do it; open a case.

アマゾン ウェブ サービス ジャパン合同会社 / 本メールは送信専用アドレスからお送りしています。`,
    html: `<p><b>AI-generated answer:</b></p>${paras(`Two certification accounts can be joined through Profile > Merge Accounts in the certification portal.
If both accounts already hold certifications, support has to do it; open a case.`)}
<p style="font-size:10px">アマゾン ウェブ サービス ジャパン合同会社 / 本メールは送信専用アドレスからお送りしています。</p>`,
  }),
  M({
    slug: 'ai-maria-afterbadges', kind: 'ai_answer', lang: 'en', trap: true,
    note: 'AI answer describing merged accounts and moved badges in general terms: stays ai_answer',
    from: AWS_NOTIFY, to: MARIA.keep, enc: 'utf8qp', date: rfcDate('2026-03-03 08:05:30', '+0100'),
    subject: 'Answer generated for your question',
    text: `Automated answer (AI):
After accounts are merged, your exam history is shown in one place and the Credly badges are
transferred to the account you kept. Claim badges only after the merge to avoid duplicates.
Try the self-service merge first.

(日本語訳はありません / no Japanese translation)`,
  }),
  M({
    slug: 'ai-taro-formecho', kind: 'ai_answer', lang: 'en',
    note: 'English AI answer for a Japanese user; the Japanese lines only echo the form menu labels',
    from: AWS_NOTIFY, to: TARO.keep, enc: 'jis7', date: rfcDate('2026-07-11 12:21:30', '+0900'),
    subject: 'Suggested answer / お問い合わせ内容',
    text: `お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合

Suggested answer (AI):
Use "Merge Accounts" in your AWS Certification profile to combine the two accounts. You will be asked
for the other account's email and candidate ID. If the tool stops you, choose "Create case".`,
  }),
  M({
    slug: 'ai-yuki-sjis', kind: 'ai_answer', lang: 'en', caseId: '1797731026',
    note: 'automated help article reply on an open case; Japanese part is the no-reply notice (Shift_JIS base64)',
    from: AWS_NOTIFY, to: YUKI.keep, enc: 'sjisb64', date: rfcDate('2026-09-27 00:30:00'),
    subject: '[CASE 1797731026] Articles that may help',
    text: `While you wait for an agent on case 1797731026, these articles may answer your question:

- How do I merge my AWS Certification accounts?
- Where do I find my candidate ID?

These suggestions were selected automatically.

※このメールは送信専用です。`,
  }),

  // ---------------- info_request ----------------
  M({
    slug: 'info-alex-ids-stalemerged', kind: 'info_request', lang: 'en', caseId: '17866109042', trap: true,
    note: 'English asks for the candidate IDs; the Japanese half is a stale "merge completed" template. English carries the news',
    to: ALEX.keep, enc: 'utf8b64', date: rfcDate('2026-01-20 15:08:44'),
    subject: formSubject('17866109042'),
    text: `Hi Alex,

Thanks for your patience. Before anything else, please send the candidate ID of each account
(it starts with "AWS") and tell me which of the two you want to keep.

Hannah
AWS Training and Certification

[日本語]
アカウントの統合が完了しました。今後は統合先のアカウントをご利用ください。

${sfRef('Hn3pQ1')}`,
  }),
  M({
    slug: 'info-priya-confirmaddr', kind: 'info_request', lang: 'en', caseId: '176930022815', trap: true,
    note: '"please confirm the e-mail address you keep" asks for information',
    to: PRIYA.keep, enc: 'utf8qp', date: rfcDate('2026-02-23 14:40:10'),
    subject: formSubject('176930022815'),
    text: `Hello Priya,

Could you please confirm the email address of the account you'd like to keep going forward?
Your message mentions two addresses and I want to be sure.

Kwame

${JA_POINTER}`,
  }),
  M({
    slug: 'info-maria-outlook', kind: 'info_request', lang: 'en', caseId: '1790224471',
    note: 'asks for the university account\'s candidate ID; Outlook-quoted request, Japanese boilerplate footer',
    to: MARIA.keep, enc: 'utf8qp', date: rfcDate('2026-03-04 10:55:02'),
    subject: formSubject('1790224471'),
    text: `Hi Maria,

I found the account under maria.garcia@example.es but not the university one. What candidate ID
appears on your score report for mgarcia@uni.example.edu?

Sofia

本メールに関するお問い合わせは、ケース番号を添えてご返信ください。

${outlookEn('Maria Garcia <maria.garcia@example.es>', 'Tuesday, March 3, 2026 8:10 AM', SUPPORT_BARE, 'merge', 'Please combine my university account into my personal one.')}`,
  }),
  M({
    slug: 'info-taro-tomanager', kind: 'info_request', lang: 'en', caseId: '1766402215', forUser: false,
    note: 'information request addressed to the manager who filed the case, not to the user: forUser false',
    to: 'Ichiro Suzuki <suzuki.ichiro@corp.example.co.jp>', rcpt: 'suzuki.ichiro@corp.example.co.jp',
    enc: 'jis7', date: rfcDate('2026-02-19 09:30:00'),
    subject: formSubject('1766402215'),
    text: `Hello Mr. Suzuki,

We can only merge accounts at the request of the account holder. Please ask Mr. Yamada to send us
the candidate IDs and email addresses of both accounts from the address he will keep.

Liam

-- 
このメールアドレスは送信専用です。ご返信はケースのスレッドにお願いします。`,
  }),
  M({
    slug: 'info-emily-writefromids', kind: 'info_request', lang: 'en', caseId: '1783315520671',
    note: 'write from the kept address AND send both IDs: info_request; Japanese half is a generic pointer',
    to: EMILY.src, enc: 'utf8b64', date: rfcDate('2026-06-02 21:14:00'),
    subject: formSubject('1783315520671'),
    text: `Hi Emily,

Please reply from the address of the account you're keeping, and include both candidate IDs.
We can't act on requests coming from the other address.

Mateo

${JA_POINTER}`,
  }),
  M({
    slug: 'info-alex2-certs-stalercpt', kind: 'info_request', lang: 'en', caseId: '1791106655', trap: true,
    note: 'English asks which certifications sit on each account; the Japanese half is the stale receipt wording',
    to: ALEX.keep, enc: 'sjis8', date: rfcDate('2026-04-30 16:20:05'),
    subject: formSubject('1791106655'),
    text: `Alex,

To match the two profiles, list the certifications held on each and the approximate pass dates.

Chen Wei

[日本語]
お問い合わせを受け付けました。担当者よりご連絡いたします。`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    slug: 'conf-alex-mtgreet', kind: 'confirmation_request', lang: 'en', caseId: '17866109042',
    note: 'consent request; the Japanese is a machine-translated greeting and signature only',
    to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-21 18:30:40'),
    subject: formSubject('17866109042'),
    text: `Hi Alex,

I have everything I need. I'll combine AWS48820193 (a.kim@work.example.net) into AWS31846620
(alex.kim@example.com). This can't be reversed afterwards, so I need you to reply and say it's OK.

Hannah

[機械翻訳] こんにちは、アレックス。 ... ハンナ`,
  }),
  M({
    slug: 'conf-priya-misaligned', kind: 'confirmation_request', lang: 'en', caseId: '176930022815', trusted: false, auth: 'misaligned',
    note: 'consent request signed by an unrelated bulk-mail domain, dmarc=fail: untrusted',
    to: PRIYA.keep, enc: 'utf8b64', date: rfcDate('2026-02-24 07:07:07'),
    subject: formSubject('176930022815'),
    text: `Dear Priya,

Please approve your account merge within 24 hours using the button below, or your certifications may be lost.
[Approve merge]

AWS Training and Certification
本メールは送信専用です。`,
  }),
  M({
    slug: 'conf-maria-html', kind: 'confirmation_request', lang: 'en', caseId: '1790224471',
    note: 'multipart consent request; the Japanese is a footer about translations',
    to: MARIA.keep, enc: 'utf8qp', date: rfcDate('2026-03-05 12:44:21'),
    subject: formSubject('1790224471'),
    text: `Maria,

Thanks, I found both. Shall I go ahead and merge the university account (AWS11457730) into your personal
one (AWS86120045)? Please note that merges are final.

Sofia

日本語版のご案内が必要な場合はお知らせください。`,
    html: `${paras(`Maria,

Thanks, I found both. Shall I go ahead and merge the university account (AWS11457730) into your personal
one (AWS86120045)? Please note that merges are final.

Sofia`)}<p><small>日本語版のご案内が必要な場合はお知らせください。</small></p>`,
  }),
  M({
    slug: 'conf-emily-bottom', kind: 'confirmation_request', lang: 'en', caseId: '1806652290',
    note: 'bottom-posted consent request under the user\'s quoted answer',
    to: EMILY.keep, enc: 'utf8qp', date: rfcDate('2026-07-31 02:12:48'),
    subject: formSubject('1806652290'),
    text: `${gmailEn('Thu, Jul 30, 2026 at 9:40 PM', 'Emily Chen <emily.chen@example.com>', `The birth date on the old profile was a typo. Keep emily.chen@example.com.`)}

Thanks Emily, that clears it up. Last step: reply "agreed" and I will combine the two profiles.
Remember that a merge is permanent.

Mateo

${JA_POINTER}`,
  }),
  M({
    slug: 'conf-ryo-staleinfo', kind: 'confirmation_request', lang: 'en', caseId: '1801177304', trap: true,
    note: 'English asks for consent; the Japanese half is the stale "tell us your candidate IDs" template',
    to: RYO.keep, enc: 'jisb64', date: rfcDate('2026-08-05 20:00:00'),
    subject: formSubject('1801177304'),
    text: `Mr. Ishikawa,

Thanks for writing from the right address. Please confirm that we may merge r-ishikawa@sier.example.jp
into ryo.ishikawa@example.co.jp; this cannot be undone.

Chen Wei

【日本語】
統合元と統合先の受験者 ID をお知らせください。`,
  }),
  M({
    slug: 'conf-alex2-thenwecomplete', kind: 'confirmation_request', lang: 'en', caseId: '1791106655', trap: true,
    note: 'consent request that says the merge will be completed after the confirmation',
    to: ALEX.keep, enc: 'utf88bit', date: rfcDate('2026-05-02 13:31:13'),
    subject: formSubject('1791106655'),
    text: `Hello Alex,

Once you confirm by replying, we will complete the merge and move your badges within 3-5 business days.
Please note the merge cannot be undone. Do you want us to proceed?

Chen Wei

日本語でのご案内をご希望の場合は、その旨ご返信ください。`,
  }),

  // ---------------- merge_completed ----------------
  M({
    slug: 'done-alex-footer', kind: 'merge_completed', lang: 'en', caseId: '17866109042',
    note: 'support says the accounts were merged; Japanese footer only',
    to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-23 09:02:10'),
    subject: formSubject('17866109042'),
    text: `Hi Alex,

All set: a.kim@work.example.net has been merged into alex.kim@example.com. Sign in with AWS31846620.

Hannah

${sfOriginal('Alex Kim [alex.kim@example.com]', '1/21/2026 11:02 PM', SUPPORT_BARE, formSubject('17866109042'), 'Yes, go ahead.')}

-- 
アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  M({
    slug: 'done-priya-lookalikeserver', kind: 'merge_completed', lang: 'en', caseId: '176930022815', trusted: false, auth: 'lookalikeServer',
    note: 'completion whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    to: PRIYA.keep, enc: 'utf8b64', date: rfcDate('2026-02-26 10:10:10'),
    subject: formSubject('176930022815'),
    text: `Hello Priya,

Your accounts were merged successfully.

Kwame
本メールは送信専用です。`,
  }),
  M({
    slug: 'done-maria-resent', kind: 'merge_completed', lang: 'en', caseId: '1790224471', forUser: false,
    note: 'completion redirected by the university mail system (Resent-*): forUser false',
    to: MARIA.src, enc: 'utf8qp', date: rfcDate('2026-03-07 09:45:00'),
    resent: { from: 'postmaster@uni.example.edu', to: 'mgarcia.alumni@uni.example.edu', date: rfcDate('2026-03-07 09:46:02') },
    subject: formSubject('1790224471'),
    text: `Maria,

Done: the university profile is merged into maria.garcia@example.es. Your results and your discount voucher
are now under one account.

Sofia

${JA_POINTER}`,
  }),
  M({
    slug: 'done-emily-portal', kind: 'merge_completed', lang: 'en',
    note: 'certification portal notice, no case ID; Japanese is the unsubscribe footer',
    from: CERT_PORTAL, to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-08-01 00:10:00'),
    subject: 'Your AWS Certification accounts have been merged',
    html: `<html><body>${paras(`Hello Emily Chen,

Your AWS Certification accounts have been merged. Your kept account is emily.chen@example.com.
Your certifications and benefits now appear there.`)}
<p style="font-size:10px">配信設定の変更はアカウント設定から行えます。</p></body></html>`,
  }),
  M({
    slug: 'done-kenji-stalejaconf', kind: 'merge_completed', lang: 'en', caseId: '1812006634', trap: true,
    note: 'English says merged; the Japanese half is the earlier consent template. English carries the news',
    to: KENJI.keep, enc: 'jis7', date: rfcDate('2026-09-12 02:45:18'),
    subject: formSubject('1812006634'),
    text: `Mr. Watanabe,

Thanks for the go-ahead. Your fintech account has been merged into kenji.watanabe@example.jp.

Olga

【日本語】
統合は取り消しできませんので、実施してよいか本メールへのご返信でお知らせください。`,
  }),
  M({
    slug: 'done-priya2-checkall', kind: 'merge_completed', lang: 'en', caseId: '18024460193', trap: true,
    note: 'completion that asks the user to check all looks right: merge_completed',
    to: PRIYA.keep, enc: 'utf88bit', date: rfcDate('2026-11-03 15:00:00'),
    subject: formSubject('18024460193'),
    text: `Hi Priya,

The merge on our side is finished. Please log in and confirm that your certifications, exam history and
voucher all look right; reply here if anything is missing.

Aisha

日本語: 英文をご確認ください。`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    slug: 'badge-alex-credly', kind: 'badges_transferred', lang: 'en',
    note: 'AWS badge via Credly to the kept address; Japanese footer from Credly\'s localisation',
    from: CREDLY_AWS, to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-24 03:15:00'),
    subject: 'Amazon Web Services Training and Certification sent you a badge',
    text: `Alex Kim,

Amazon Web Services Training and Certification issued you a new badge: AWS Certified Cloud Practitioner.
Accept your badge to add it to your profile.

[Accept your badge]

Credly からの配信を停止するには、通知設定を変更してください。`,
  }),
  M({
    slug: 'badge-priya-support', kind: 'badges_transferred', lang: 'en', caseId: '18024460193',
    note: 'support says the Credly badges have been moved to the kept account',
    to: PRIYA.keep, enc: 'utf8qp', date: rfcDate('2026-11-06 12:00:00'),
    subject: formSubject('18024460193'),
    text: `Hi Priya,

Your three AWS badges now sit on the Credly account linked to priya.n@example.org.

Aisha

${JA_POINTER}

${gmailEn('Wed, Nov 4, 2026 at 8:15 AM', 'Priya Nair <priya.n@example.org>', 'Everything is there except the Credly badges.')}`,
  }),
  M({
    slug: 'badge-maria-fakecredly', kind: 'badges_transferred', lang: 'en', trusted: false,
    note: 'badge mail from credly.com.badge-verify.net (not credly.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-verify.net>', to: MARIA.keep,
    enc: 'utf8b64', date: rfcDate('2026-03-09 18:18:18'),
    subject: 'Your badges were transferred',
    text: `Maria, your AWS badges have been transferred to your merged account. Log in to keep them:
https://credly.com.badge-verify.net/login

Credly のバッジ通知`,
  }),
  M({
    slug: 'badge-emily-credlyhtml', kind: 'badges_transferred', lang: 'en',
    note: 'HTML Credly issuance from AWS to the kept address after the merge; Japanese footer',
    from: CREDLY_AWS, to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-08-03 09:09:09'),
    subject: 'You earned the AWS Certified Data Engineer - Associate badge',
    html: `<html><body>${paras(`Emily Chen,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Data Engineer - Associate

Accept your badge`)}
<p style="font-size:10px">このメールは Credly から送信されています。</p></body></html>`,
  }),
  M({
    slug: 'badge-ryo-staleja', kind: 'badges_transferred', lang: 'en', caseId: '1801177304', trap: true,
    note: 'English: badges moved and case closing; Japanese half is a stale "ready to merge" template',
    to: RYO.keep, enc: 'jis7', date: rfcDate('2026-08-10 07:30:00'),
    subject: formSubject('1801177304'),
    text: `Mr. Ishikawa,

Your Credly badges were moved to the account you kept. With that, I'm closing this case.

Chen Wei

【日本語】
統合の準備が整いました。ご承認をお願いいたします。`,
  }),

  // ---------------- case_closed ----------------
  M({
    slug: 'close-alex-footer', kind: 'case_closed', lang: 'en', caseId: '17866109042',
    note: 'case closed notice; Japanese is a footer',
    from: AWS_NOTIFY, to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-30 00:00:00'),
    subject: 'Case 17866109042 has been resolved',
    text: `Your case 17866109042 was resolved and is now closed. Need more help? Open a new case.

お問い合わせありがとうございました。`,
  }),
  M({
    slug: 'close-priya-autoclose', kind: 'case_closed', lang: 'en', caseId: '176930022815',
    note: 'case will close in 5 days without a reply',
    to: PRIYA.keep, enc: 'utf8b64', date: rfcDate('2026-03-01 06:06:06'),
    subject: formSubject('176930022815'),
    text: `Hello Priya,

We haven't heard from you since our last note. If we don't get a reply in the next 5 days,
this case will be closed automatically.

Kwame

${JA_POINTER}`,
  }),
  M({
    slug: 'close-maria-restate', kind: 'case_closed', lang: 'en', caseId: '1790224471', trap: true,
    note: 'closing that only restates the earlier merge',
    to: MARIA.keep, enc: 'utf8qp', date: rfcDate('2026-03-14 11:00:00'),
    subject: formSubject('1790224471'),
    text: `Hi Maria,

Since your accounts were merged last week and we haven't heard of any problems, I'm closing this case.

Sofia

日本語の案内は省略しております。`,
  }),
  M({
    slug: 'close-emily-html', kind: 'case_closed', lang: 'en', caseId: '1783315520671',
    note: 'HTML closed notice; Japanese stale greeting line only',
    from: AWS_NOTIFY, to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-06-20 00:00:00'),
    subject: 'Your support case 1783315520671 is closed',
    html: `<html><body><p>いつもご利用ありがとうございます。</p>${paras(`Your support case 1783315520671 has been closed. Replies to this message will not reopen it.`)}</body></html>`,
  }),
  M({
    slug: 'close-taro-stalethanks', kind: 'case_closed', lang: 'en', caseId: '1804417730', crlf: false,
    note: 'English closes the case; the Japanese half is a stale "thanks for your reply" template (Shift_JIS, LF)',
    to: TARO.keep, enc: 'sjis8', date: rfcDate('2026-07-24 04:40:00'),
    subject: formSubject('1804417730'),
    text: `Mr. Yamada,

With the account and the badges settled, we have closed this case.

Aisha

[日本語]
ご返信ありがとうございます。内容を確認いたします。`,
  }),

  // ---------------- support_reply ----------------
  M({
    slug: 'reply-alex-thanksconfirm', kind: 'support_reply', lang: 'en', caseId: '17866109042', trap: true,
    note: '"thanks for confirming, passed to the team" is support_reply',
    to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-01-22 08:00:00'),
    subject: formSubject('17866109042'),
    text: `Thanks for confirming, Alex. I've handed this over to the team that carries out merges.

Hannah

${JA_POINTER}`,
  }),
  M({
    slug: 'reply-priya-once', kind: 'support_reply', lang: 'en', caseId: '18024460193', trap: true,
    note: '"once we have merged..." future: support_reply',
    to: PRIYA.keep, enc: 'utf8b64', date: rfcDate('2026-11-01 10:30:00'),
    subject: formSubject('18024460193'),
    text: `Hi Priya,

Once we have merged the accounts, I'll email you here and you can check your badges.
There is nothing you need to do in the meantime.

Aisha

本メールの日本語訳は準備中です。`,
  }),
  M({
    slug: 'reply-maria-unable', kind: 'support_reply', lang: 'en', caseId: '1790224471', trap: true,
    note: '"we are unable to merge" at this stage: support_reply',
    to: MARIA.keep, enc: 'utf8qp', date: rfcDate('2026-03-04 17:20:00'),
    subject: formSubject('1790224471'),
    text: `Maria,

We are unable to merge the accounts until the exam you have scheduled on the university account has been taken
or cancelled. Let me know which you prefer.

Sofia

${JA_POINTER}`,
  }),
  M({
    slug: 'reply-emily-delay', kind: 'support_reply', lang: 'en', caseId: '1806652290',
    note: 'status update: operations team still reviewing',
    to: EMILY.keep, enc: 'utf88bit', date: rfcDate('2026-07-29 05:05:05'),
    subject: formSubject('1806652290'),
    text: `Hi Emily, just a quick update: your request is still with our operations team. Thanks for bearing with us.

Mateo

このメールへのご返信はケースに記録されます。`,
  }),
  M({
    slug: 'reply-alex2-dupcases', kind: 'support_reply', lang: 'en', caseId: '1791106655', trap: true,
    note: '"we merged your duplicate cases" is about cases',
    to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-04-30 08:08:00'),
    subject: formSubject('1791106655'),
    text: `Alex,

You opened this request twice, so I merged case 1791109902 into this one (1791106655). Please use this thread.

Chen Wei

${JA_POINTER}`,
  }),
  M({
    slug: 'reply-yuki-voucher', kind: 'support_reply', lang: 'en', caseId: '1779004418',
    note: 'answers a question about the voucher; Japanese half is a stale thank-you line',
    to: YUKI.keep, enc: 'jisb64', date: rfcDate('2026-04-19 09:19:00'),
    subject: formSubject('1779004418'),
    text: `Hello Yuki,

About your question: the 50% discount voucher from your lab account stays valid until its original
expiry date. You'll find it under Benefits.

Ravi

【日本語】
お問い合わせいただきありがとうございます。`,
  }),

  // ---------------- unrelated ----------------
  M({
    slug: 'misc-alex-ownnote', kind: 'unrelated', lang: 'en', caseId: '17866109042', trap: true, trusted: false, auth: 'none',
    note: 'the user forwards the completion to his own work address with a note: own mail',
    from: 'Alex Kim <alex.kim@example.com>', to: 'Alex Kim <a.kim@work.example.net>', relay: 'smtp.example.com',
    enc: 'utf8qp', date: rfcDate('2026-01-23 12:00:00'),
    subject: 'Fwd: ' + formSubject('17866109042'),
    text: `note to self: merge done, update the badge links on the wiki.

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: ${formSubject('17866109042')}

All set: a.kim@work.example.net has been merged into alex.kim@example.com.
-- 
アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  M({
    slug: 'misc-priya-result', kind: 'unrelated', lang: 'en', trap: true,
    note: 'exam result mail ("completed"): unrelated',
    from: CERT_PORTAL, to: PRIYA.keep, enc: 'utf8b64', date: rfcDate('2026-10-20 16:00:00'),
    subject: 'Your AWS Certification exam results are available',
    text: `Congratulations, Priya! You have completed and passed AWS Certified Machine Learning Engineer - Associate.
Your badge will be issued through Credly within 5 business days.

本メールは英語でのみ配信しています。`,
  }),
  M({
    slug: 'misc-maria-hashicorp', kind: 'unrelated', lang: 'en', trap: true,
    note: 'HashiCorp badge via Credly: other issuer',
    from: 'HashiCorp via Credly <admin@credly.com>', to: MARIA.keep, enc: 'utf8qp', date: rfcDate('2026-03-21 21:00:00'),
    subject: 'HashiCorp sent you a badge',
    text: `Maria Garcia, HashiCorp issued you the HashiCorp Certified: Terraform Associate badge.
Accept your badge.

配信停止はこちら`,
  }),
  M({
    slug: 'misc-agent-ooo', kind: 'unrelated', lang: 'en', caseId: '176930022815', trap: true,
    note: 'the support agent\'s out-of-office auto-reply: unrelated',
    from: 'Kwame Mensah <kmensah@amazon.com>', to: PRIYA.keep, enc: 'utf8qp', date: rfcDate('2026-02-25 00:01:00'),
    extra: ['Auto-Submitted: auto-replied'],
    subject: 'Automatic reply: ' + formSubject('176930022815'),
    text: `I'm out of the office until March 2. Your message about the merge will be answered by a colleague
on the case; there is no need to send it again.

不在にしております。`,
  }),
  M({
    slug: 'misc-emily-reschedule', kind: 'unrelated', lang: 'en', caseId: '1821174430', trap: true,
    note: 'reply on the user\'s other case about rescheduling an exam: unrelated',
    to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-09-14 13:13:00'),
    subject: 'RE:[CASE 1821174430] [AWS Training and Certification Form Submission] - exam-scheduling',
    text: `Hi Emily,

About rescheduling your SAP-C02 exam: please confirm the new date you'd like, and we'll request it from the test vendor.

Hannah

${JA_POINTER}`,
  }),
  M({
    slug: 'misc-alex-skillbuilder', kind: 'unrelated', lang: 'en', trap: true,
    note: 'Skill Builder course "completed" notice: unrelated',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: ALEX.keep, enc: 'utf8qp', date: rfcDate('2026-05-15 06:00:00'),
    subject: 'You completed AWS Cloud Quest: Solutions Architect',
    text: `Great work, Alex! You completed AWS Cloud Quest: Solutions Architect. Your digital badge is now available in Skill Builder.

スキルビルダーからのお知らせ`,
  }),
];
