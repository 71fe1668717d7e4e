// fu: Japanese-labelled messages, part 1 (receipts, AI answers, information and consent requests).
// Every message carries Japanese and English; `lang: 'ja'` because the Japanese half is new text
// that carries the message (see README "Labelling choices").
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, EMILY, HANAKO, KENJI, M, RYO, SUPPORT, SUPPORT_JA, TARO, YUKI, addr, formSubject, gmailEn, gmailJa,
  outlookEn, outlookJa, paras, quote, sfOriginal, sfRef, twoCol, twoColText,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    slug: 'rcpt-hanako-jafirst', kind: 'acknowledgement', lang: 'ja', caseId: '1771520946',
    note: 'automatic receipt, Japanese first then "English follows", case ID in subject and body',
    to: HANAKO.keep, from: SUPPORT_JA, enc: 'jis7', date: rfcDate('2026-02-03 10:14:51', '+0900'),
    subject: '[CASE 1771520946] お問い合わせを受け付けました / We have received your inquiry',
    text: `※英文は下記をご覧ください / *** English follows ***

佐藤 花子 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: 1771520946
お問い合わせの種類: AWS トレーニングと認定
カテゴリ: アカウント関連

担当者が内容を拝見し、通常 1 営業日以内にこのメールアドレス宛てにご連絡いたします。
同じ内容で別のケースを作成されますと回答が遅れる場合がありますので、ご注意ください。

*** English follows ***

Dear Hanako Sato,

Thank you for reaching out to AWS Training and Certification.
A case has been opened for you.

Case ID: 1771520946
Inquiry type: AWS Training and Certification
Category: Account

A specialist will review your request and usually responds within one business day to this address.
Please avoid opening another case for the same request, as duplicates slow down our reply.

AWS トレーニングと認定 / AWS Training and Certification`,
  }),
  M({
    slug: 'rcpt-kenji-twocol', kind: 'acknowledgement', lang: 'ja', caseId: '178812004563',
    note: 'HTML-only receipt laid out in two columns (Japanese | English); English-only subject',
    to: KENJI.keep, from: AWS_NOTIFY, enc: 'utf8b64', date: rfcDate('2026-03-09 01:22:07'),
    subject: 'Case 178812004563 has been created',
    html: `<html><body style="font-family:Meiryo,Arial,sans-serif">
${twoCol([
  ['渡辺 健二 様', 'Hello Kenji Watanabe,'],
  ['お問い合わせを受け付け、サポートケースを起票しました。', 'We logged your request and opened a support case.'],
  ['ケース番号: 178812004563', 'Case number: 178812004563'],
  ['件名: 認定アカウントの統合について', 'Subject: Combining certification accounts'],
  ['ご返信は本メールへの返信で承ります。追加の情報がある場合もこのメールにご返信ください。', 'To add details, simply reply to this message.'],
  ['アマゾン ウェブ サービス ジャパン', 'Amazon Web Services'],
])}
</body></html>`,
  }),
  M({
    slug: 'rcpt-yuki-interleave', kind: 'acknowledgement', lang: 'ja', caseId: '1779004418',
    note: 'receipt written paragraph by paragraph in both languages (Shift_JIS)',
    to: YUKI.keep, enc: 'sjis8', date: rfcDate('2026-04-14 16:40:12', '+0900'),
    subject: '【受付】[CASE 1779004418] AWS Training and Certification Form Submission',
    text: `森 由紀 様 / Dear Yuki Mori,

フォームからのご依頼を受領しました。ケース番号は 1779004418 です。
Your form submission arrived safely; its case number is 1779004418.

担当窓口より 24 時間以内を目安にご連絡差し上げます。
Expect to hear from a team member within roughly 24 hours.

このメールには返信不要です。
No reply to this message is needed.

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'rcpt-ryo-enfirst', kind: 'acknowledgement', lang: 'ja', caseId: '17740062938',
    note: 'receipt, English first with a full Japanese translation below; Japanese is new text so ja',
    to: RYO.keep, enc: 'jisb64', date: rfcDate('2026-05-20 23:05:44', '+0000'),
    subject: 'Thank you for contacting AWS Training and Certification [CASE 17740062938] / お問い合わせ受付',
    text: `(日本語は英文の後にあります)

Hello,

This is an automatic note to let you know that case 17740062938 is now open with
AWS Training and Certification. Our agents work through cases in the order they
come in. You will receive our answer by email.

-------------------------------------------

石川 亮 様

本メールは自動送信です。AWS トレーニングと認定にてケース 17740062938 を
お受けしました。ケースは受付順に対応しております。回答はメールでお送りします。

AWS Training and Certification`,
  }),
  M({
    slug: 'rcpt-taro-holidaystale', kind: 'acknowledgement', lang: 'ja', caseId: '17803349215',
    note: 'Japanese half is the receipt; English half is a stale New-Year office-closure template left in the form',
    to: TARO.keep, enc: 'utf8qp', date: rfcDate('2026-01-05 09:02:33', '+0900'),
    subject: '[CASE 17803349215] ケース受付のお知らせ',
    text: `山田 太郎 様

この度は AWS トレーニングと認定 カスタマーサービスへご連絡いただきまして誠にありがとうございます。
ケース 17803349215 として受付いたしました。順次担当より回答いたしますので今しばらくお待ちください。

=== English ===
Season's greetings! Our offices are closed from December 27 through January 2.
Requests received during this period will be handled when we reopen.
We wish you a happy holiday season.

AWS Training and Certification`,
  }),
  M({
    slug: 'rcpt-taro-noauth', kind: 'acknowledgement', lang: 'ja', caseId: '17803349215', trusted: false, auth: 'none',
    note: 'looks like the receipt but carries no Authentication-Results at all: untrusted',
    to: TARO.keep, enc: 'utf8b64', date: rfcDate('2026-01-05 09:03:10', '+0900'),
    subject: '[CASE 17803349215] お問い合わせ受付 (自動送信) / Auto-confirmation of receipt',
    text: `お問い合わせいただきありがとうございます。下記のケースが登録されました。
Thanks for getting in touch. The case below is now registered.

ケース番号 / Case ID : 17803349215
受付日時 / Received   : 2026-01-05 09:02 JST

回答まで最大 2 営業日ほどお時間をいただく場合がございます。
It may take up to two business days for us to answer.`,
  }),
  M({
    slug: 'rcpt-emily-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: '1783315520671',
    note: 'receipt that says nothing of its topic; case ID only in the body',
    to: EMILY.keep, enc: 'jis7', date: rfcDate('2026-06-02 08:47:19', '+0900'),
    subject: 'お問い合わせありがとうございます / Thanks for your message',
    text: `エミリー・チェン 様

お送りいただいた内容は正常に登録されました。
お問い合わせ番号: 1783315520671

Emily Chen,

What you sent us has been registered.
Reference number: 1783315520671

本メールは送信専用アドレスから配信しています。
This mailbox is not monitored.`,
  }),
  M({
    slug: 'rcpt-taro2-confirmwords', kind: 'acknowledgement', lang: 'ja', caseId: '1804417730', trap: true,
    note: 'receipt that talks about checking the request and proceeding with the merge: still only the receipt',
    to: TARO.keep, enc: 'jisb64', date: rfcDate('2026-07-11 12:30:02', '+0900'),
    subject: '[CASE 1804417730] ご依頼を承りました - account-assistance',
    text: `【ご依頼受付のお知らせ】 / Request logged

ご依頼内容を確認のうえ、アカウント統合の手続きを進めてまいります。
統合の可否や必要な情報は、担当者より改めてご案内いたします。
ケース ID は 1804417730 です。このメールへの返信は不要です。

We will look over your request and then move your account-merge request forward.
A team member will tell you separately whether anything else is needed.
Your case ID is 1804417730. You do not need to reply to this email.`,
  }),
  M({
    slug: 'rcpt-teamlist', kind: 'acknowledgement', lang: 'ja', caseId: '1766402215', forUser: false,
    note: 'receipt sent to the company training team alias, not to the user: forUser false',
    to: 'AWS資格管理チーム <aws-certs@corp.example.co.jp>', rcpt: 'aws-certs@corp.example.co.jp',
    enc: 'jis7', date: rfcDate('2026-02-18 14:11:36', '+0900'), hdr: 'jis',
    subject: '[CASE 1766402215] お問い合わせを承りました / Your request is with us',
    text: `ご担当者様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。ケース 1766402215 を作成しました。
返信をお待ちいただく間、同じ内容のケースを追加で作成されないようお願いいたします。

Hello,

Thanks for writing to AWS Training and Certification. We created case 1766402215.
While you wait for our answer, please do not open additional cases for the same matter.`,
  }),

  // ---------------- ai_answer ----------------
  M({
    slug: 'ai-hanako-tool', kind: 'ai_answer', lang: 'ja',
    note: 'automated AI suggestion to use the self-service Merge Accounts tool, Japanese then English',
    to: HANAKO.keep, from: AWS_NOTIFY, enc: 'jis7', date: rfcDate('2026-02-03 10:09:02', '+0900'),
    subject: 'AIによる回答のご案内 / An automated answer to your question',
    text: `※英文は下記をご覧ください

この回答は生成 AI によって自動作成されました。

認定アカウントが 2 つある場合は、AWS Certification アカウントにサインインし、
[プロフィール] の [アカウントのマージ] からご自身で統合できる場合があります。
ツールでの統合ができなかった場合は、下の [ケースを作成] を選択してください。

----- English -----
This answer was generated automatically by AI.

If you have two certification accounts, you may be able to combine them yourself:
sign in to your AWS Certification account and open Profile > Merge Accounts.
If the tool does not let you finish, choose "Create case" below.`,
  }),
  M({
    slug: 'ai-kenji-after', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer that explains what happens after a merge (badges, vouchers): stays ai_answer',
    to: KENJI.keep, from: AWS_NOTIFY, enc: 'utf8qp', date: rfcDate('2026-03-09 01:18:40'),
    subject: '生成AIからの提案 / Suggested answer',
    text: `[自動回答] 以下はお問い合わせ内容をもとに AI が作成した提案です。
[Automated] The following suggestion was written by AI from what you typed.

統合が完了すると、統合元アカウントの認定履歴と特典は統合先のアカウントに表示されます。
Once accounts are combined, the source account's certifications and benefits appear in the account you keep.

Credly のデジタルバッジは統合後に移行されますが、反映までに数日かかることがあります。
Credly badges follow after the merge, though this can take a few days.

まずはプロフィール画面の「アカウントのマージ」をお試しください。
Start by trying "Merge Accounts" on your profile page.

この回答は役に立ちましたか? / Did this answer help?`,
  }),
  M({
    slug: 'ai-yuki-html', kind: 'ai_answer', lang: 'ja',
    note: 'multipart AI suggestion with Japanese first and English second',
    to: YUKI.keep, from: AWS_NOTIFY, enc: 'utf8b64', date: rfcDate('2026-04-14 16:31:58', '+0900'),
    subject: 'お問い合わせへの自動回答 (Automated response)',
    text: `AI アシスタントからのご案内です。

重複した AWS 認定アカウントは、セルフサービスのマージツールで統合できます。
両方のアカウントに認定の履歴がある場合はツールが使えないため、サポートへのケース作成をお願いします。

From our AI assistant:
Duplicate AWS Certification accounts can be combined with the self-service merge tool.
If both accounts hold certifications, the tool will refuse; in that case, open a case with support.`,
    html: `<div>${paras(`AI アシスタントからのご案内です。

重複した AWS 認定アカウントは、セルフサービスのマージツールで統合できます。
両方のアカウントに認定の履歴がある場合はツールが使えないため、サポートへのケース作成をお願いします。`)}
<hr>
${paras(`From our AI assistant:
Duplicate AWS Certification accounts can be combined with the self-service merge tool.
If both accounts hold certifications, the tool will refuse; in that case, open a case with support.`)}</div>`,
  }),
  M({
    slug: 'ai-ryo-enfirst', kind: 'ai_answer', lang: 'ja',
    note: 'AI answer, English first then the Japanese rendering',
    to: RYO.keep, from: AWS_NOTIFY, enc: 'jisb64', date: rfcDate('2026-05-20 22:58:13'),
    subject: 'Suggested solution from AWS / AWSからの解決策のご提案',
    text: `Generated answer (may contain mistakes):
Profile > Merge Accounts lets you fold a second certification account into the one you sign in with.
You will need the second account's email address and candidate ID.

生成された回答 (誤りを含む場合があります):
プロフィール > アカウントのマージ から、2 つ目の認定アカウントをサインイン中のアカウントへまとめられます。
2 つ目のアカウントのメールアドレスと受験者 ID をご用意ください。

Not solved? / 解決しない場合: [Create case / ケースを作成]`,
  }),
  M({
    slug: 'ai-emily-twocol', kind: 'ai_answer', lang: 'ja',
    note: 'AI suggestion flattened from two columns; Japanese line first in each pair',
    to: EMILY.keep, from: AWS_NOTIFY, enc: 'utf8qp', date: rfcDate('2026-06-02 08:40:05', '+0900'),
    subject: 'Amazon Q による回答 | Answer from Amazon Q',
    text: twoColText([
      ['Amazon Q がお問い合わせ内容を分析しました。', 'Amazon Q looked at your question.'],
      ['おすすめの手順: 認定アカウントのプロフィールから「アカウントのマージ」を実行する。', 'Recommended: run "Merge Accounts" from your certification profile.'],
      ['ヒント: マージの後で Credly のバッジを受け取ると、バッジがまとまります。', 'Tip: claim your Credly badges after the merge so they end up together.'],
      ['問題が解決しない場合は、このページからケースを作成できます。', 'Still stuck? You can open a case from this page.'],
    ]),
  }),
  M({
    slug: 'ai-taro-lookalike', kind: 'ai_answer', lang: 'ja', trusted: false,
    note: 'AI-answer look-alike from aws-training-help.com (not an AWS domain): untrusted',
    from: 'AWS Training Assistant <assistant@aws-training-help.com>', to: TARO.keep,
    enc: 'utf8b64', date: rfcDate('2026-01-05 08:55:41', '+0900'),
    subject: '自動回答: 認定アカウントの統合 / Auto-answer: certification account merge',
    text: `こちらは自動応答です。
重複アカウントはマージツールで統合できます。下のリンクからサインインしてお試しください。
https://aws-training-help.com/merge

This is an automated answer.
Duplicate accounts can be combined with the merge tool. Sign in through the link below to try it.
https://aws-training-help.com/merge`,
  }),
  M({
    slug: 'ai-hanako2-stalerc', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'Japanese half is the AI suggestion; English half is a stale "we received your case" block',
    to: HANAKO.keep, from: AWS_NOTIFY, enc: 'jis7', date: rfcDate('2026-08-21 19:20:44', '+0900'),
    subject: 'AI アシスタントの回答 / AI assistant',
    text: `[AI による自動回答]
アカウントの統合はお客様ご自身で行える場合があります。認定ポータルの
プロフィールからマージ機能をお試しになり、うまくいかなければケースを作成してください。

[English]
We have received your case and a member of our team will reach out soon.
Thank you for your patience.`,
  }),
  M({
    slug: 'ai-kenji2-sjis', kind: 'ai_answer', lang: 'ja', caseId: '1812006634',
    note: 'automated FAQ-style answer attached to an open case (Shift_JIS base64), no human text',
    to: KENJI.keep, from: AWS_NOTIFY, enc: 'sjisb64', date: rfcDate('2026-09-02 07:03:29', '+0900'),
    subject: '[CASE 1812006634] 自動応答: よくあるご質問 / Automated reply: FAQ',
    text: `このメッセージはケース 1812006634 に対して自動的に送信されています。
This message was sent automatically for case 1812006634.

よくあるご質問:
Q. 2 つのアカウントを 1 つにできますか?
A. セルフサービスのアカウントマージをご利用ください。両アカウントに認定がある場合はサポートが対応します。

FAQ:
Q. Can two accounts become one?
A. Use the self-service account merge. If both accounts carry certifications, support will handle it.`,
  }),

  // ---------------- info_request ----------------
  M({
    slug: 'info-taro-ids', kind: 'info_request', lang: 'ja', caseId: '17803349215',
    note: 'human reply asking for both candidate IDs, the e-mails and which account to keep; Japanese then English',
    to: TARO.keep, enc: 'jis7', date: rfcDate('2026-01-06 11:26:09', '+0900'),
    subject: formSubject('17803349215'),
    text: `山田様

AWS トレーニングと認定の小林でございます。
統合のご依頼について、恐れ入りますが以下の情報をお送りいただけますでしょうか。

1. 両アカウントの受験者 ID (AWS から始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 統合後に残すアカウント

上記が揃い次第、手続きを進めます。

--- English below ---

Hello Mr. Yamada,

This is Kobayashi from AWS Training and Certification.
To work on your merge, could you send us:

1. The candidate ID of each account (it starts with AWS)
2. The sign-in email of each account
3. Which account should remain

We will continue as soon as we have these.

Best regards / よろしくお願いいたします
Kobayashi
AWS Training and Certification

${sfRef('Fa8xQ2')}`,
  }),
  M({
    slug: 'info-hanako-interleave', kind: 'info_request', lang: 'ja', caseId: '1771520946', trap: true,
    note: '「ご確認のうえお知らせください」 asks which e-mail to keep: info_request, worded with confirm',
    to: HANAKO.keep, enc: 'jisb64', date: rfcDate('2026-02-04 15:40:27', '+0900'),
    subject: formSubject('1771520946'),
    text: `佐藤様 / Dear Ms. Sato,

お問い合わせの件、拝見しました。
We have looked into your request.

統合後にお使いになるメールアドレスはどちらになりますか。ご確認のうえお知らせください。
Which email address will you use after the merge? Kindly confirm it for us.

あわせて、旧アカウント (hanako@oldcorp.example.com) の受験者 ID もお送りください。
Also, please send the candidate ID of the old account (hanako@oldcorp.example.com).

中村 / Nakamura
AWS Training and Certification`,
  }),
  M({
    slug: 'info-yuki-enfirst', kind: 'info_request', lang: 'ja', caseId: '1779004418',
    note: 'English first, Japanese translation: write from the kept address AND include the IDs, so info_request',
    to: YUKI.keep, enc: 'utf8qp', date: rfcDate('2026-04-15 18:02:50'),
    subject: formSubject('1779004418'),
    text: `Hi Yuki,

For security reasons we can only act on requests that come from the account you plan to keep.
Please reply from that address and list the candidate IDs of both profiles.

森様

セキュリティ上の理由により、残す予定のアカウントのアドレスから届いたご依頼のみ対応しております。
そのアドレスからご返信のうえ、両方のプロフィールの受験者 ID をご記載ください。

Thanks / よろしくお願いします
Ravi
AWS Training & Certification Support`,
  }),
  M({
    slug: 'info-ryo-twocol', kind: 'info_request', lang: 'ja', caseId: '17740062938',
    note: 'multipart: table of the fields support needs, Japanese column first',
    to: RYO.keep, enc: 'utf8b64', date: rfcDate('2026-05-22 02:15:33'),
    subject: formSubject('17740062938'),
    text: `石川様 / Mr. Ishikawa

手続きに必要な項目 / What we need
- 統合元アカウントのメールアドレス / Email of the account to merge away
- 統合元の受験者 ID / Its candidate ID
- 統合先アカウントのメールアドレス / Email of the account to keep
- 統合先の受験者 ID / Its candidate ID

本メールにご返信ください。 / Just reply to this email.
高橋 (Takahashi)`,
    html: `<p>石川様 / Mr. Ishikawa</p>
${twoCol([
  ['手続きに必要な項目', 'What we need'],
  ['統合元アカウントのメールアドレス', 'Email of the account to merge away'],
  ['統合元の受験者 ID', 'Its candidate ID'],
  ['統合先アカウントのメールアドレス', 'Email of the account to keep'],
  ['統合先の受験者 ID', 'Its candidate ID'],
  ['本メールにご返信ください。', 'Just reply to this email.'],
])}
<p>高橋 (Takahashi)<br>AWS Training and Certification</p>`,
  }),
  M({
    slug: 'info-kenji-dates', kind: 'info_request', lang: 'ja', caseId: '178812004563',
    note: 'asks for the certifications and pass dates on each account, with the user\'s mobile reply quoted (Gmail ja)',
    to: KENJI.keep, enc: 'jis7', date: rfcDate('2026-03-11 10:44:18', '+0900'),
    subject: formSubject('178812004563'),
    text: `渡辺様

ご返信ありがとうございます。本人確認のため、各アカウントで取得された認定名と
合格日 (おおよそで構いません) を教えていただけますか。

Mr. Watanabe, thank you for your reply. To verify the accounts, could you tell us
which certifications each one holds and roughly when you passed them?

吉田 / Yoshida

${gmailJa('2026年3月10日(火) 22:31 渡辺 健二 <kenji.watanabe@example.jp>', '', `了解です。IDは AWS30571186 と AWS71920354 です。
残すのは個人の方でお願いします。

iPhoneから送信`).replace(' :', ':')}`,
  }),
  M({
    slug: 'info-taro-amaz0n', kind: 'info_request', lang: 'ja', caseId: '17803349215', trusted: false,
    note: 'phishing-style information request from amaz0n-support.com: untrusted, still asks for data',
    from: 'AWS Training and Certification <cs-form@amaz0n-support.com>', to: TARO.keep,
    enc: 'utf8qp', date: rfcDate('2026-01-06 03:12:55'),
    subject: formSubject('17803349215'),
    text: `山田様 / Dear customer,

統合を進めるため、両アカウントのログインパスワードを以下のフォームにご入力ください。
To proceed with the merge, enter the sign-in password of both accounts in the form below.

https://amaz0n-support.com/verify?case=17803349215

48時間以内にご対応がない場合、ケースは取り消されます。
If we do not hear from you within 48 hours, the case will be cancelled.`,
  }),
  M({
    slug: 'info-emily-stalethanks', kind: 'info_request', lang: 'ja', caseId: '1783315520671', trap: true,
    note: 'Japanese half asks for the old candidate ID; English half is a stale "thanks for confirming, passed to the team" template',
    to: EMILY.keep, enc: 'jis7', date: rfcDate('2026-06-03 13:37:00', '+0900'),
    subject: formSubject('1783315520671'),
    text: `チェン様

お問い合わせありがとうございます。旧アカウント (echen@globex.example) の受験者 ID が
確認できませんでした。お手数ですが、AWS から始まる受験者 ID をお知らせください。

*** English ***
Thank you for confirming. We have passed your request to the team that performs merges,
and will update you once they have finished.

井上 / Inoue`,
  }),
  M({
    slug: 'info-hanako3-name', kind: 'info_request', lang: 'ja', caseId: '1793380142',
    note: 'asks for the registered legal name on both accounts; Outlook-style Japanese quote of the request below',
    to: HANAKO.keep, enc: 'sjis8', date: rfcDate('2026-10-06 17:09:45', '+0900'),
    subject: formSubject('1793380142'),
    text: `佐藤様

旧アカウントでは姓が「Suzuki」で登録されているようです。同一人物であることを確認するため、
両アカウントに登録されている氏名 (ローマ字) と生年月日をご返信いただけますか。

Ms. Sato,
The old account appears to be registered under the surname "Suzuki". So we can be sure both belong
to you, please reply with the name (in Roman letters) and the date of birth on each account.

松本 / Matsumoto

${outlookJa('佐藤 花子 <hanako.sato@example.jp>', '2026年10月5日 21:14', 'aws-cs-trainingcertification-form@amazon.com', 'アカウント統合のお願い', `結婚前の姓で作ったアカウントがあり、今のアカウントにまとめたいです。
旧: hanako@oldcorp.example.com
新: hanako.sato@example.jp`)}`,
  }),
  M({
    slug: 'info-ryo2-bodyid', kind: 'info_request', lang: 'ja', caseId: '1801177304',
    note: 'asks which e-mail the certification notices should use; case ID only in the body (Shift_JIS base64)',
    to: RYO.keep, enc: 'sjisb64', date: rfcDate('2026-08-04 11:58:21', '+0900'),
    subject: 'Re: 認定アカウントについて / About your certification accounts',
    text: `石川様

ケース 1801177304 の件でご連絡しております。
統合後、認定に関するお知らせはどのメールアドレスで受け取りたいですか。
また、Skill Builder で使っているアドレスもあわせてお知らせください。

Mr. Ishikawa,
I am writing about case 1801177304.
After the merge, which address should receive certification notices?
Please also let us know the address you use for Skill Builder.

Chen Wei
AWS Training and Certification`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    slug: 'conf-taro-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: '17803349215',
    note: 'asks the user to consent to the merge, which cannot be undone; Japanese then English',
    to: TARO.keep, enc: 'jis7', date: rfcDate('2026-01-07 16:20:37', '+0900'),
    subject: formSubject('17803349215'),
    text: `山田様

情報のご提供ありがとうございました。以下の内容で統合を行います。

統合元: AWS55219047 (taro@corp.example.co.jp)
統合先: AWS10482736 (taro.personal@example.com)

統合後は元に戻すことができません。この内容でよろしければ、本メールにその旨ご返信ください。

--- English ---
Mr. Yamada,

Thank you for the details. We are ready to merge as follows:
From: AWS55219047 (taro@corp.example.co.jp)
Into: AWS10482736 (taro.personal@example.com)

A merge cannot be reversed. If this is correct, please reply to this email to say so.

小林 / Kobayashi`,
  }),
  M({
    slug: 'conf-kenji-interleave', kind: 'confirmation_request', lang: 'ja', caseId: '178812004563',
    note: 'consent request, paragraphs alternating Japanese and English',
    to: KENJI.keep, enc: 'utf8b64', date: rfcDate('2026-03-12 09:05:11', '+0900'),
    subject: formSubject('178812004563'),
    text: `渡辺様、ご回答ありがとうございます。
Thank you for your answers, Mr. Watanabe.

確認が取れましたので、fintech のアカウント (AWS71920354) を個人のアカウント (AWS30571186) へ統合する準備が整いました。
Everything checks out: the fintech account (AWS71920354) can now be folded into your personal account (AWS30571186).

この操作は取り消しができないため、進めてよいかご返信いただけますか。
Because this step is permanent, would you reply to let us know we may go ahead?

吉田 / Yoshida`,
  }),
  M({
    slug: 'conf-yuki-enfirst', kind: 'confirmation_request', lang: 'ja', caseId: '1779004418',
    note: 'English first, Japanese below: approve the merge by reply',
    to: YUKI.keep, enc: 'jisb64', date: rfcDate('2026-04-16 20:48:02'),
    subject: formSubject('1779004418'),
    text: `Hello Yuki,

Before we combine mori@lab.example.ac.jp into yuki.mori@example.net, we need your go-ahead.
Once done, it cannot be undone. A short "yes, please merge" in reply is enough.

森様

mori@lab.example.ac.jp を yuki.mori@example.net にまとめる前に、ご承認をいただく必要がございます。
実施後は元に戻せません。「統合をお願いします」と一言ご返信いただければ結構です。

Ravi`,
  }),
  M({
    slug: 'conf-ryo-twocol', kind: 'confirmation_request', lang: 'ja', caseId: '17740062938',
    note: 'HTML-only consent request in two columns (source and target account listed)',
    to: RYO.keep, enc: 'utf8qp', date: rfcDate('2026-05-23 05:31:40'),
    subject: formSubject('17740062938'),
    html: `<html><body>
${twoCol([
  ['石川様', 'Dear Mr. Ishikawa,'],
  ['統合元: r-ishikawa@sier.example.jp (AWS26640918)', 'Source: r-ishikawa@sier.example.jp (AWS26640918)'],
  ['統合先: ryo.ishikawa@example.co.jp (AWS58302619)', 'Target: ryo.ishikawa@example.co.jp (AWS58302619)'],
  ['上記の統合を承認いただけますか。統合は取り消せません。', 'Do you approve the merge above? It cannot be reversed.'],
  ['承認いただける場合は、このメールにご返信ください。', 'If you approve, reply to this email.'],
  ['高橋', 'Takahashi'],
])}
</body></html>`,
  }),
  M({
    slug: 'conf-hanako-oncewords', kind: 'confirmation_request', lang: 'ja', caseId: '1771520946', trap: true,
    note: 'consent request that describes the merge completing and badges moving after agreement: still asks consent',
    to: HANAKO.keep, enc: 'jis7', date: rfcDate('2026-02-05 11:12:53', '+0900'),
    subject: formSubject('1771520946'),
    text: `佐藤様 / Ms. Sato,

ご同意いただけましたら、統合を完了し、認定履歴とバッジも新しいアカウントへ移行されます。
With your agreement we will complete the merge, and your certification history and badges will move to the new account.

統合後の取り消しはできません。進めてよろしいでしょうか。
There is no undoing it afterwards. May we go ahead?

中村 / Nakamura`,
  }),
  M({
    slug: 'conf-emily-forged', kind: 'confirmation_request', lang: 'ja', caseId: '1783315520671', trusted: false, auth: 'failThenForged',
    note: 'consent request whose top Authentication-Results fails; a planted pass sits lower: untrusted',
    to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-06-04 10:00:00', '+0900'),
    subject: formSubject('1783315520671'),
    text: `チェン様

アカウントの統合についてご承認をお願いします。下記のリンクから「同意する」を押してください。
https://aws-cert-merge-approval.example.net/approve?c=1783315520671

Ms. Chen,
Please approve your account merge by pressing "I agree" at the link above.`,
  }),
  M({
    slug: 'conf-taro3-thread', kind: 'confirmation_request', lang: 'ja', caseId: '1804417730',
    note: 'top-posted consent request over the user\'s Gmail-quoted reply with the IDs',
    to: TARO.keep, enc: 'jisb64', date: rfcDate('2026-07-13 14:52:26', '+0900'),
    subject: formSubject('1804417730'),
    text: `山田様

いただいた ID で照合が取れました。旧アカウントの内容を新アカウントへ移してよろしいか、最終確認をお願いします。
統合は一方向の処理で、元の状態へは戻せません。

Mr. Yamada,
The IDs you gave us match. Please give us your final OK to move the old account into the new one.
This is one-way: it cannot be rolled back.

Aisha
AWS Training and Certification

${gmailEn('Sun, Jul 12, 2026 at 8:03 PM', 'Taro Yamada <taro.personal@example.com>', `旧: AWS55219047 / 新: AWS10482736 です。
Old: AWS55219047, new: AWS10482736.`)}`,
  }),
  M({
    slug: 'conf-kenji2-staleinfo', kind: 'confirmation_request', lang: 'ja', caseId: '1812006634',
    note: 'Japanese half asks for consent; the English half is a stale "send us your candidate IDs" template',
    to: KENJI.keep, enc: 'jis7', date: rfcDate('2026-09-03 15:25:00', '+0900'),
    subject: formSubject('1812006634'),
    text: `渡辺様

前回お送りいただいた情報で準備ができました。統合は取り消しできませんので、
実施してよいか本メールへのご返信でお知らせください。

[English version]
Please send us the candidate IDs of both accounts and tell us which one you want to keep.

AWS Training and Certification`,
  }),
  M({
    slug: 'conf-yuki2-sjis', kind: 'confirmation_request', lang: 'ja', caseId: '1797731026',
    note: 'consent request suggesting a reply phrase, Shift_JIS 8bit, with a typo',
    to: YUKI.keep, enc: 'sjis8', date: rfcDate('2026-09-29 09:41:12', '+0900'),
    subject: formSubject('1797731026'),
    text: `森様

統合の準備が整いまいた。お手数ですが「はい、統合してください」とご返信いただけますでしょうか。
ご返信を確認後、作業に入ります。なお統合後は元に戻せませんのでご留意ください。

Ms. Mori,
We're all set. Could you reply with "Yes, please merge"? We will begin when we see your answer.
Note that a merge can't be undone.

Olga`,
  }),
];
