// fu: Japanese-labelled messages, part 2 (completions, badges, closings, other replies, unrelated).
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CERT_PORTAL, CREDLY_AWS, EMILY, HANAKO, KENJI, M, RYO, SUPPORT, SUPPORT_BARE, SUPPORT_JA, TARO, YUKI,
  formSubject, gmailEn, gmailJa, outlookEn, outlookJa, paras, quote, sfOriginal, sfRef, twoCol, twoColText,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- info_request (one more) ----------------
  M({
    slug: 'info-emily2-which', kind: 'info_request', lang: 'ja', caseId: '1806652290',
    note: 'support cannot tell which account to keep and asks; English first, Japanese second, bottom-posted under a quote',
    to: EMILY.keep, enc: 'utf8qp', date: rfcDate('2026-07-28 06:14:09'),
    subject: formSubject('1806652290'),
    text: `${outlookEn('Emily Chen <emily.chen@example.com>', 'Monday, July 27, 2026 11:02 PM', SUPPORT_BARE, 'merge please', `Please merge my two certification accounts. Thanks!`)}

----

Hi Emily,
Your note did not say which of the two accounts should survive. Which one should we keep, and what is the
candidate ID of the other one?

チェン様
どちらのアカウントを残すかが記載されていませんでした。残すアカウントと、もう一方の受験者 ID を教えてください。

Mateo / マテオ`,
  }),

  // ---------------- merge_completed ----------------
  M({
    slug: 'done-taro-jafirst', kind: 'merge_completed', lang: 'ja', caseId: '17803349215',
    note: 'support says the accounts have been merged; Japanese first then English',
    to: TARO.keep, enc: 'jis7', date: rfcDate('2026-01-08 10:03:47', '+0900'),
    subject: formSubject('17803349215'),
    text: `※英文は下記をご覧ください

山田様

ご返信ありがとうございました。taro@corp.example.co.jp のアカウントを
taro.personal@example.com のアカウントへ統合いたしました。
今後は AWS10482736 でサインインしてください。

*** English follows ***

Mr. Yamada,

Thank you for your reply. The account taro@corp.example.co.jp has been merged into
taro.personal@example.com. Please sign in with AWS10482736 from now on.

小林 / Kobayashi

${sfOriginal('Taro Yamada [taro.personal@example.com]', '1/7/2026 9:44 PM', SUPPORT_BARE, formSubject('17803349215'), 'はい、その内容で統合をお願いします。')}`,
  }),
  M({
    slug: 'done-hanako-portal', kind: 'merge_completed', lang: 'ja',
    note: 'the certification portal\'s own "accounts merged" notice, two columns, no case ID',
    from: CERT_PORTAL, to: HANAKO.keep, enc: 'utf8b64', date: rfcDate('2026-02-07 04:30:00'),
    subject: 'AWS Certification: アカウントが統合されました | Your accounts have been merged',
    html: `<html><body>
${twoCol([
  ['AWS 認定', 'AWS Certification'],
  ['お客様の認定アカウントは 1 つに統合されました。', 'Your certification accounts are now one account.'],
  ['統合先: hanako.sato@example.jp', 'Kept account: hanako.sato@example.jp'],
  ['認定の履歴と特典はこのアカウントに表示されます。', 'Certification history and benefits now show in this account.'],
  ['お心当たりがない場合はサポートまでご連絡ください。', 'If you did not request this, contact support.'],
])}
</body></html>`,
  }),
  M({
    slug: 'done-kenji-andclose', kind: 'merge_completed', lang: 'ja', caseId: '178812004563', trap: true,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: KENJI.keep, enc: 'utf8qp', date: rfcDate('2026-03-13 08:27:35', '+0900'),
    subject: formSubject('178812004563'),
    text: `渡辺様 / Mr. Watanabe,

お待たせいたしました。AWS71920354 は AWS30571186 へ統合済みです。本件はこれにてクローズさせていただきます。
Sorry for the wait. AWS71920354 now lives inside AWS30571186. We will close this case with this message.

吉田 / Yoshida

${gmailJa('2026年3月12日(木) 12:40 渡辺 健二 <kenji.watanabe@example.jp>', '', 'はい、進めてください。').replace(' :', ':')}`,
  }),
  M({
    slug: 'done-ryo-checkplease', kind: 'merge_completed', lang: 'ja', caseId: '17740062938', trap: true,
    note: 'completion notice that asks to check that everything looks right: stays merge_completed',
    to: RYO.keep, enc: 'jisb64', date: rfcDate('2026-05-25 01:09:58'),
    subject: formSubject('17740062938'),
    text: `石川様

統合作業が終わりました。念のため、新しいアカウントにサインインし、認定と特典が
すべて表示されているかご確認いただけますと幸いです。

Mr. Ishikawa,
The merge work is finished. To be safe, please sign in to the new account and
check that every certification and benefit is listed.

高橋 / Takahashi`,
  }),
  M({
    slug: 'done-yuki-enfirst', kind: 'merge_completed', lang: 'ja', caseId: '1779004418',
    note: 'English first, full Japanese translation after: merged',
    to: YUKI.keep, enc: 'jisb64', date: rfcDate('2026-04-18 03:55:20'),
    subject: formSubject('1779004418'),
    text: `Hello Yuki,

Good news: your two certification profiles are now combined under yuki.mori@example.net (AWS44810277).
The lab address no longer has its own profile.

森様

お知らせです。2 つの認定プロフィールは yuki.mori@example.net (AWS44810277) にまとめられました。
研究室のアドレスのプロフィールはなくなっています。

Ravi`,
  }),
  M({
    slug: 'done-ryo2-forgedbelow', kind: 'merge_completed', lang: 'ja', caseId: '1801177304', trusted: false, auth: 'forgedBelow',
    note: 'merge completion whose dmarc=pass header sits below the receiving server\'s Received line: untrusted',
    to: RYO.keep, enc: 'utf8b64', date: rfcDate('2026-08-06 12:00:41', '+0900'),
    subject: formSubject('1801177304'),
    text: `石川様 / Dear customer,

アカウントの統合が完了しました。下記から新しいパスワードを設定してください。
Your account merge is complete. Please set a new password using the link below.

https://certification-aws.example.org/reset

AWS Training and Certification`,
  }),
  M({
    slug: 'done-emily-outlook', kind: 'merge_completed', lang: 'ja', caseId: '1783315520671',
    note: 'paragraph-interleaved completion over an Outlook-quoted consent',
    to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-06-06 07:18:14', '+0900'),
    subject: formSubject('1783315520671'),
    text: `チェン様
Ms. Chen,

ご承認ありがとうございました。globex のアカウントをご指定のアカウントへ統合しました。
Thanks for approving. We merged the globex account into the one you named.

受験履歴、特典 (50% 割引バウチャーを含む) もあわせて移っています。
Your exam history and benefits, including the 50% discount voucher, came along.

井上 / Inoue

${outlookJa('Emily Chen <emily.chen@example.com>', '2026年6月5日 18:22', SUPPORT_BARE, formSubject('1783315520671'), `問題ありません。統合してください。
OK to merge.`)}`,
  }),
  M({
    slug: 'done-hanako2-staleconf', kind: 'merge_completed', lang: 'ja', caseId: '1793380142', trap: true,
    note: 'Japanese half says merged; English half is a stale "please confirm the merge" template. Japanese carries the news',
    to: HANAKO.keep, enc: 'jis7', date: rfcDate('2026-10-09 10:30:12', '+0900'),
    subject: formSubject('1793380142'),
    text: `佐藤様

ご本人確認が取れましたので、旧姓のアカウントを現在のアカウントに統合いたしました。
今後は hanako.sato@example.jp でご利用ください。

----- English -----
Please confirm that you want to merge these accounts. Once merged, this cannot be undone.

松本 / Matsumoto`,
  }),
  M({
    slug: 'done-taro4-sjis', kind: 'merge_completed', lang: 'ja', caseId: '1804417730',
    note: 'short completion with a typo, Shift_JIS 8bit, English line after',
    to: TARO.keep, enc: 'sjis8', date: rfcDate('2026-07-14 18:06:33', '+0900'),
    subject: formSubject('1804417730'),
    text: `山田様

統合が完了いたしまいた。旧アカウントの認定は新アカウントでご確認いただけます。
The merge has been carried out; the old account's certifications are visible in the new one.

Aisha`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    slug: 'badge-taro-credly', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge; Japanese subject and both languages',
    from: CREDLY_AWS, to: TARO.keep, enc: 'utf8qp', date: rfcDate('2026-01-09 02:44:10'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。
「バッジを入手する」からバッジを受け取り、共有しましょう。

Taro Yamada,
Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.
Accept your badge to start sharing it.

[バッジを入手する / Accept your badge]

Credly, Inc.`,
  }),
  M({
    slug: 'badge-hanako-andclose', kind: 'badges_transferred', lang: 'ja', caseId: '1771520946', trap: true,
    note: 'support says the Credly badges moved and the case is closing: badges_transferred',
    to: HANAKO.keep, enc: 'jis7', date: rfcDate('2026-02-10 09:48:26', '+0900'),
    subject: formSubject('1771520946'),
    text: `佐藤様 / Ms. Sato,

Credly のバッジも hanako.sato@example.jp 側へ移行いたしました。本件はこれで終了とさせていただきます。
Your Credly badges have also been moved to hanako.sato@example.jp. We are closing the case now.

中村 / Nakamura`,
  }),
  M({
    slug: 'badge-kenji-interleave', kind: 'badges_transferred', lang: 'ja', caseId: '178812004563',
    note: 'support reports the badges moved after the user asked on the same case; interleaved',
    to: KENJI.keep, enc: 'jisb64', date: rfcDate('2026-03-17 11:31:07', '+0900'),
    subject: formSubject('178812004563'),
    text: `渡辺様
Mr. Watanabe,

ご指摘のバッジ 3 件を Credly 上で統合先のプロフィールへ付け替えました。
We re-pointed the three badges you mentioned to the profile you kept on Credly.

Credly にサインインすると表示されているはずです。
They should appear when you sign in to Credly.

吉田 / Yoshida

${gmailJa('2026年3月15日(日) 9:02 渡辺 健二 <kenji.watanabe@example.jp>', '', `統合ありがとうございました。ただ Credly のバッジが旧アドレスのままです。
Thanks, but the Credly badges are still on the old address.`).replace(' :', ':')}`,
  }),
  M({
    slug: 'badge-yuki-credlyhtml', kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly issuance for AWS, two columns with 「バッジを入手する」/"Accept your badge"',
    from: CREDLY_AWS, to: YUKI.keep, enc: 'utf8b64', date: rfcDate('2026-04-20 14:15:51'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ / You earned a badge',
    html: `<html><body>
${twoCol([
  ['森 由紀 様', 'Hi Yuki Mori,'],
  ['AWS Certified Developer - Associate のバッジが発行されました。', 'You have been issued the AWS Certified Developer - Associate badge.'],
  ['発行者: Amazon Web Services Training and Certification', 'Issued by Amazon Web Services Training and Certification'],
  ['バッジを入手する', 'Accept your badge'],
])}
<p style="font-size:11px">Credly, Inc. · 13 E. 37th St · New York</p>
</body></html>`,
  }),
  M({
    slug: 'badge-ryo-credIy', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly-looking badge mail from credIy.com (capital I): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: RYO.keep,
    enc: 'utf8qp', date: rfcDate('2026-05-26 20:20:20'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `石川 亮 様
統合されたアカウントにバッジが移行されました。下のボタンからサインインして受け取ってください。
Your badges were moved to your merged account. Sign in below to accept them.
[バッジを入手する] https://credly-badge-claim.example.com/accept`,
  }),
  M({
    slug: 'badge-emily-otheronly', kind: 'badges_transferred', lang: 'ja', caseId: '1783315520671', trusted: false, auth: 'otherOnly',
    note: 'support-looking "badges moved" whose only Authentication-Results is another server\'s: untrusted',
    to: EMILY.keep, enc: 'jis7', date: rfcDate('2026-06-09 15:44:02', '+0900'),
    subject: formSubject('1783315520671'),
    text: `チェン様
Credly のバッジを統合先アカウントに移しました。ご確認ください。
Ms. Chen, your Credly badges now sit on the account you kept.
井上`,
  }),
  M({
    slug: 'badge-taro3-enfirst', kind: 'badges_transferred', lang: 'ja', caseId: '1804417730',
    note: 'English first then Japanese: the badges were transferred to the kept Credly account',
    to: TARO.keep, enc: 'utf8b64', date: rfcDate('2026-07-17 06:40:19'),
    subject: formSubject('1804417730'),
    text: `Hello Mr. Yamada,

Following up on the merge: we asked Credly to move your AWS badges, and they are now on the
Credly account registered with taro.personal@example.com.

山田様

統合の続きのご連絡です。Credly に AWS のバッジ移行を依頼し、taro.personal@example.com で
登録された Credly アカウントに移りました。

Aisha`,
  }),
  M({
    slug: 'badge-hanako3-stalemerged', kind: 'badges_transferred', lang: 'ja', caseId: '1793380142', trap: true,
    note: 'Japanese half reports the badges moved; English half is the earlier "accounts merged" text left in. New fact: badges',
    to: HANAKO.keep, enc: 'sjisb64', date: rfcDate('2026-10-13 13:13:13', '+0900'),
    subject: formSubject('1793380142'),
    text: `佐藤様

旧姓のアカウントに残っていたバッジ 2 件を、現在の Credly アカウントへ移行しました。

[English]
We have merged your old account into hanako.sato@example.jp.

松本`,
  }),

  // ---------------- case_closed ----------------
  M({
    slug: 'close-yuki-jafirst', kind: 'case_closed', lang: 'ja', caseId: '1779004418',
    note: 'case resolved/closed notice, Japanese then English',
    from: AWS_NOTIFY, to: YUKI.keep, enc: 'jis7', date: rfcDate('2026-04-25 00:00:12'),
    subject: '[CASE 1779004418] ケースはクローズされました / Your case has been closed',
    text: `※英文は下記をご覧ください

ケース 1779004418 は解決済みとしてクローズされました。
追加のご質問がある場合は、新しいケースを作成してください。

*** English follows ***

Case 1779004418 was marked resolved and closed.
If you have further questions, please open a new case.`,
  }),
  M({
    slug: 'close-ryo-autoclose', kind: 'case_closed', lang: 'ja', caseId: '17740062938',
    note: 'the case will auto-close in 3 days without a reply',
    to: RYO.keep, enc: 'utf8qp', date: rfcDate('2026-05-28 03:00:55'),
    subject: formSubject('17740062938'),
    text: `石川様 / Mr. Ishikawa,

前回のご連絡以降ご返信がございませんので、3 日以内にご返信がない場合は本ケースを自動的にクローズいたします。
We have not heard back since our last message; unless you reply within 3 days, this case closes automatically.

高橋 / Takahashi`,
  }),
  M({
    slug: 'close-taro-restate', kind: 'case_closed', lang: 'ja', caseId: '17803349215', trap: true,
    note: 'closing notice that only restates the earlier merge',
    to: TARO.keep, enc: 'jisb64', date: rfcDate('2026-01-15 09:12:40', '+0900'),
    subject: formSubject('17803349215'),
    text: `山田様

先週ご案内のとおり統合は済んでおりますので、本ケースはクローズとさせていただきます。

Mr. Yamada,
As we told you last week, the merge is already done, so we are closing this case.

小林 / Kobayashi`,
  }),
  M({
    slug: 'close-kenji-twocol', kind: 'case_closed', lang: 'ja', caseId: '178812004563',
    note: 'multipart resolved notice from the support system in two columns',
    from: AWS_NOTIFY, to: KENJI.keep, enc: 'utf8b64', date: rfcDate('2026-03-20 22:10:00'),
    subject: 'ケース 178812004563 は解決済みです | Case 178812004563 resolved',
    text: twoColText([
      ['ケース 178812004563 のステータスが「解決済み」に変更されました。', 'Case 178812004563 is now "Resolved".'],
      ['このケースへの返信は受け付けられません。', 'Replies to this case are no longer accepted.'],
    ]),
    html: twoCol([
      ['ケース 178812004563 のステータスが「解決済み」に変更されました。', 'Case 178812004563 is now "Resolved".'],
      ['このケースへの返信は受け付けられません。', 'Replies to this case are no longer accepted.'],
    ]),
  }),
  M({
    slug: 'close-emily-dmarcfail', kind: 'case_closed', lang: 'ja', caseId: '1806652290', trusted: false, auth: 'fail',
    note: 'closing notice with dmarc=fail for amazon.com: untrusted',
    to: EMILY.keep, enc: 'utf8qp', date: rfcDate('2026-08-02 17:30:00', '+0900'),
    subject: formSubject('1806652290'),
    text: `チェン様 / Ms. Chen,
ケースをクローズしました。再開するには下記からサインインしてください。
We closed your case. To reopen it, sign in below.
https://support-aws-case.example.info/reopen`,
  }),
  M({
    slug: 'close-hanako-enfirst', kind: 'case_closed', lang: 'ja', caseId: '1771520946',
    note: 'English first, Japanese below: case closed',
    from: AWS_NOTIFY, to: HANAKO.keep, enc: 'jisb64', date: rfcDate('2026-02-14 00:05:31'),
    subject: 'Case 1771520946 closed / ケースクローズのお知らせ',
    text: `Your AWS Training and Certification case 1771520946 has been closed.

AWS トレーニングと認定のケース 1771520946 はクローズしました。

Thank you for contacting us. / ご利用ありがとうございました。`,
  }),
  M({
    slug: 'close-yuki2-noreply', kind: 'case_closed', lang: 'ja', caseId: '1797731026',
    note: 'resolved because no reply came, with a survey link underneath; interleaved',
    to: YUKI.keep, enc: 'jis7', date: rfcDate('2026-10-08 10:00:00', '+0900'),
    subject: formSubject('1797731026'),
    text: `森様
Ms. Mori,

一週間ご返信がなかったため、本ケースは解決済みとしました。
As we did not hear back for a week, this case has been set to resolved.

統合をご希望の場合は、改めてご連絡ください。
If you still want the merge, just get in touch again.

アンケートへのご協力をお願いします / Tell us how we did: https://pulse.aws/survey/XK29QZ

Olga`,
  }),
  M({
    slug: 'close-kenji2-reminder', kind: 'case_closed', lang: 'ja', caseId: '1812006634',
    note: 'reminder that the case closes in 7 days without an answer (Shift_JIS)',
    to: KENJI.keep, enc: 'sjis8', date: rfcDate('2026-09-10 08:08:08', '+0900'),
    subject: formSubject('1812006634'),
    text: `渡辺様

9 月 3 日にお送りしたご案内へのご返信をお待ちしております。
7 日以内にご連絡がない場合、ケースは自動的に終了となります。

Mr. Watanabe,
We are still waiting for a reply to our note of September 3.
Without an answer within 7 days, the case will end automatically.

AWS Training and Certification`,
  }),

  // ---------------- support_reply ----------------
  M({
    slug: 'reply-taro-thanksconf', kind: 'support_reply', lang: 'ja', caseId: '17803349215', trap: true,
    note: '"thank you for confirming, passed to the team" is a status reply',
    to: TARO.keep, enc: 'jis7', date: rfcDate('2026-01-07 22:31:18', '+0900'),
    subject: formSubject('17803349215'),
    text: `山田様

ご確認いただきありがとうございます。統合を担当するチームへ依頼を引き継ぎました。
作業が済み次第、改めてご連絡いたします。

Mr. Yamada,
Thank you for confirming. Your request has been handed to the team that performs merges.
We will write again when they are done.

小林`,
  }),
  M({
    slug: 'reply-hanako-future', kind: 'support_reply', lang: 'ja', caseId: '1771520946', trap: true,
    note: '「統合が完了しましたら」 future statement: not the event',
    to: HANAKO.keep, enc: 'utf8b64', date: rfcDate('2026-02-06 10:22:48', '+0900'),
    subject: formSubject('1771520946'),
    text: `佐藤様 / Ms. Sato,

統合が完了しましたら、本メールのスレッドでお知らせいたします。通常 3 から 5 営業日ほどかかります。
When the merge has been completed we will let you know in this thread. It usually takes 3 to 5 business days.

中村 / Nakamura`,
  }),
  M({
    slug: 'reply-kenji-notyet', kind: 'support_reply', lang: 'ja', caseId: '178812004563', trap: true,
    note: 'negated: the merge is not finished yet',
    to: KENJI.keep, enc: 'jisb64', date: rfcDate('2026-03-12 19:02:02', '+0900'),
    subject: formSubject('178812004563'),
    text: `渡辺様

お問い合わせの件ですが、統合はまだ完了しておりません。現在担当チームにて作業中です。

Mr. Watanabe,
About your question: the merge has not been completed yet. The team is still working on it.

吉田`,
  }),
  M({
    slug: 'reply-yuki-dupcases', kind: 'support_reply', lang: 'ja', caseId: '1779004418', trap: true,
    note: '"we merged your duplicate cases" is about cases, not accounts',
    to: YUKI.keep, enc: 'utf8qp', date: rfcDate('2026-04-15 09:14:30'),
    subject: formSubject('1779004418'),
    text: `森様 / Ms. Mori,

同じ内容のケースが 2 件作成されていたため、ケース 1779009921 を本ケース 1779004418 に統合しました。
今後のやり取りはこちらのケースでお願いいたします。

You had opened two cases for the same request, so we merged case 1779009921 into this one, 1779004418.
Please continue the conversation here.

Ravi`,
  }),
  M({
    slug: 'reply-ryo-writefrom', kind: 'support_reply', lang: 'ja', caseId: '1801177304',
    note: '"write to us from the address you keep" without asking for data: support_reply',
    to: RYO.src, enc: 'jis7', date: rfcDate('2026-08-05 10:40:00', '+0900'),
    subject: formSubject('1801177304'),
    text: `石川様

恐れ入りますが、このご依頼は統合後に残すアカウントのメールアドレスからお送りいただく必要があります。
お手数ですが、そちらのアドレスから改めてご連絡ください。

Mr. Ishikawa,
This request needs to come from the email address of the account you are keeping.
Please write to us again from that address.

Chen Wei`,
  }),
  M({
    slug: 'reply-emily-escalate', kind: 'support_reply', lang: 'ja', caseId: '1806652290',
    note: 'escalation status, English first then Japanese, quoting the user\'s answer',
    to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-07-30 04:51:12'),
    subject: formSubject('1806652290'),
    text: `Hi Emily,

I've escalated your request to our certification operations team because the two profiles list different
birth dates. They usually respond within 2-3 business days; I'll keep you posted.

チェン様
2 つのプロフィールで生年月日が異なるため、認定運用チームにエスカレーションしました。通常 2 から 3 営業日で
回答がありますので、進捗をお知らせします。

Mateo

${quote(`Keep emily.chen@example.com please. The other one is AWS80455216.`)}`,
  }),
  M({
    slug: 'reply-taro2-unable', kind: 'support_reply', lang: 'ja', caseId: '1804417730', trap: true,
    note: '"we are unable to merge" (same exam on both accounts): support_reply',
    to: TARO.keep, enc: 'sjis8', date: rfcDate('2026-07-12 11:11:47', '+0900'),
    subject: formSubject('1804417730'),
    text: `山田様

両方のアカウントに同じ試験の有効な認定があるため、現時点では統合を行うことができません。
社内で対応方法を確認しておりますので、しばらくお待ちください。

Mr. Yamada,
Both accounts hold an active certification for the same exam, so we are unable to merge them right now.
We are checking internally how to handle this; please bear with us.

Aisha`,
  }),
  M({
    slug: 'reply-hanako3-badgewait', kind: 'support_reply', lang: 'ja', caseId: '1793380142', trap: true,
    note: 'badges have not moved yet, waiting on Credly: support_reply',
    to: HANAKO.keep, enc: 'jis7', date: rfcDate('2026-10-11 16:45:10', '+0900'),
    subject: formSubject('1793380142'),
    text: `佐藤様

バッジについては Credly 側の反映待ちで、まだ移行されておりません。反映され次第お知らせします。

Ms. Sato,
The badges have not been transferred yet; we are waiting on Credly. We will tell you when they show up.

松本`,
  }),
  M({
    slug: 'reply-kenji3-freemail', kind: 'support_reply', lang: 'ja', caseId: '1812006634', trusted: false, auth: 'none',
    note: 'status reply with a trusted display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.desk@gmail.com>', to: KENJI.keep,
    enc: 'utf8qp', date: rfcDate('2026-09-04 12:12:12', '+0900'),
    subject: formSubject('1812006634'),
    text: `渡辺様 / Mr. Watanabe,

現在、担当部署でご依頼を確認中です。進展があり次第ご連絡します。
Your request is being reviewed by the responsible team. We will reach out when there is progress.

AWS Support`,
  }),

  // ---------------- unrelated ----------------
  M({
    slug: 'misc-yuki-survey', kind: 'unrelated', lang: 'ja', caseId: '1779004418', trap: true,
    note: 'survey "was your issue resolved?" after the case: unrelated',
    from: 'AWS Customer Feedback <no-reply@survey.aws.amazon.com>', to: YUKI.keep, enc: 'utf8b64',
    date: rfcDate('2026-04-26 01:00:00'),
    subject: 'お問い合わせは解決しましたか? / Was your issue resolved?',
    text: `ケース 1779004418 についてのアンケートです。 / A short survey about case 1779004418.

問題は解決しましたか? / Was your issue resolved?
[はい / Yes]  [いいえ / No]

ご回答は 1 分ほどで終わります。 / It takes about a minute.`,
  }),
  M({
    slug: 'misc-taro-ownconsent', kind: 'unrelated', lang: 'ja', caseId: '17803349215', trap: true, trusted: false, auth: 'none',
    note: 'the user\'s own consent reply (sent copy): unrelated',
    from: 'Taro Yamada <taro.personal@example.com>', to: SUPPORT, cc: 'Taro Yamada <taro.personal@example.com>',
    enc: 'jis7', date: rfcDate('2026-01-07 21:44:03', '+0900'), relay: 'smtp.example.com',
    subject: formSubject('17803349215'),
    text: `ご担当者様
Dear person in charge,

ご案内いただいた内容で 2 つのアカウントの統合をお願いいたします。
Please merge the two accounts as described.

山田 太郎 / Taro Yamada

${sfOriginal('AWS Training and Certification', '1/7/2026 7:20 AM', 'taro.personal@example.com', formSubject('17803349215'), '統合後は元に戻すことができません。この内容でよろしければご返信ください。')}`,
  }),
  M({
    slug: 'misc-hanako-fwd', kind: 'unrelated', lang: 'ja', caseId: '1771520946', trap: true, trusted: false, forUser: false, auth: 'none',
    note: 'the user forwards the completion notice to a colleague: own mail, not delivered to the user',
    from: 'Hanako Sato <hanako.sato@example.jp>', to: '田中 課長 <tanaka@newcorp.example.co.jp>', rcpt: 'tanaka@newcorp.example.co.jp',
    enc: 'utf8qp', date: rfcDate('2026-02-07 09:15:22', '+0900'), relay: 'smtp.example.jp',
    subject: 'Fwd: ' + formSubject('1771520946'),
    text: `田中さん

認定アカウントの統合が終わったとの連絡が来ましたので転送します。資格一覧の更新をお願いします。
(Forwarding the note from AWS saying my accounts were merged; please update the skills list.)

佐藤

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年2月7日(土) 4:30
Subject: ${formSubject('1771520946')}
To: <hanako.sato@example.jp>

佐藤様
アカウントを統合いたしました。 / Your accounts have been merged.`,
  }),
  M({
    slug: 'misc-kenji-ooo', kind: 'unrelated', lang: 'ja', caseId: '178812004563', trap: true, trusted: false,
    note: 'a colleague\'s out-of-office auto-reply (he was cc\'d) mentioning the merge: unrelated',
    from: '鈴木 一郎 <suzuki.ichiro@fintech.example.co.jp>', to: KENJI.src, enc: 'jis7',
    date: rfcDate('2026-03-12 09:06:00', '+0900'), auth: 'pass',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: '自動応答: ' + formSubject('178812004563'),
    text: `【不在のお知らせ / Out of office】

3 月 16 日まで休暇のため不在にしております。アカウント統合の件を含め、戻り次第確認いたします。
I am on leave until March 16 and will look at your message, including the account merge, when I return.

鈴木 一郎 / Ichiro Suzuki`,
  }),
  M({
    slug: 'misc-ryo-mscredly', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'a Microsoft badge via Credly: other issuer, unrelated',
    from: 'Microsoft via Credly <admin@credly.com>', to: RYO.keep, enc: 'utf8qp', date: rfcDate('2026-05-30 10:31:44'),
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `石川 亮 様
Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。

Ryo Ishikawa,
Microsoft has issued you the Microsoft Certified: Azure Fundamentals badge.

[バッジを入手する / Accept your badge]`,
  }),
  M({
    slug: 'misc-emily-credlymerge', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge code mail: unrelated',
    from: 'Credly <no-reply@credly.com>', to: EMILY.keep, enc: 'utf8b64', date: rfcDate('2026-06-10 02:02:02'),
    subject: 'Credly アカウントの統合 / Complete your account merge',
    text: `アカウントの統合を完了するには、以下の確認コードを入力してください。
To complete your account merge, enter the verification code below.

確認コード / Code: 482913

このコードは 30 分間有効です。 / The code expires in 30 minutes.`,
  }),
  M({
    slug: 'misc-taro-pearson', kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'exam appointment confirmation from the test vendor: unrelated, sender outside the trusted domains',
    from: 'Pearson VUE <no-reply@pearsonvue.example.com>', to: TARO.keep, enc: 'jisb64',
    date: rfcDate('2026-06-15 12:00:00', '+0900'),
    subject: '受験予約の確認 / Exam appointment confirmed',
    text: `山田 太郎 様
AWS Certified Security - Specialty の受験予約が確定しました。
日時: 2026年7月4日 10:00 / 会場: オンライン

Taro Yamada,
Your AWS Certified Security - Specialty appointment is confirmed.
July 4, 2026, 10:00 JST, online proctored.`,
  }),
  M({
    slug: 'misc-hanako-refundcase', kind: 'unrelated', lang: 'ja', caseId: '1788842210', trap: true,
    note: 'receipt of the user\'s other case, about a Skill Builder refund: unrelated',
    to: HANAKO.keep, enc: 'jis7', date: rfcDate('2026-09-01 15:03:00', '+0900'),
    subject: '[CASE 1788842210] Skill Builder サブスクリプション返金のお問い合わせを受け付けました',
    text: `佐藤 花子 様
AWS Skill Builder の年間サブスクリプション返金に関するお問い合わせを受け付けました (ケース 1788842210)。

We have received your question about a refund for your AWS Skill Builder annual subscription (case 1788842210).`,
  }),
  M({
    slug: 'misc-yuki-summit', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'event registration "completed" mail: marketing, unrelated',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>', to: YUKI.keep, enc: 'utf8b64',
    date: rfcDate('2026-05-11 03:00:00'),
    subject: '【AWS Summit Japan】ご登録が完了しました / Registration complete',
    html: `<html><body>${paras(`森 由紀 様

AWS Summit Japan へのご登録が完了しました。当日は受付で QR コードをご提示ください。
認定者ラウンジもご利用いただけます。

Yuki Mori,
Your registration for AWS Summit Japan is complete. Show your QR code at the entrance.
The AWS Certified Lounge will be open too.`)}</body></html>`,
  }),
  M({
    slug: 'misc-kenji-billclosed-resent', kind: 'unrelated', lang: 'ja', caseId: '1815520077', trap: true, forUser: false,
    note: 'closing of the user\'s billing case about an exam voucher charge, redirected (Resent-*) to the expense desk',
    to: KENJI.src, enc: 'jis7', date: rfcDate('2026-09-20 06:00:00', '+0900'),
    resent: { from: 'watanabe.k@fintech.example.co.jp', to: 'keihi@fintech.example.co.jp', date: rfcDate('2026-09-20 08:41:00', '+0900') },
    subject: '[CASE 1815520077] 請求に関するお問い合わせはクローズされました',
    text: `渡辺様
試験バウチャーの二重請求に関するケース 1815520077 はクローズされました。返金は 5 営業日以内に反映されます。

Mr. Watanabe,
Case 1815520077 about the duplicate exam-voucher charge is closed. The refund will appear within 5 business days.`,
  }),
];
