// Set ak, Japanese part A: receipts, AI answers, information requests, confirmation requests.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  ja, FORM, FORM_JA, NOTIFY, SUPPORT_NOTIFY, subj, subjNoRe, KEN, MISAKI, SHO, YUKI, C, to, quote, gmailJa, outlookJa, origMsg, sfOrig, sfOrigJa, sfRef,
  htmlDoc, htmlTable, paras, textTable, KEN_ASK, MISAKI_ASK, SHO_ASK, YUKI_ASK, FAQ_JA_A, FAQ_JA_B, FAQ_JA_C, sigJa,
} from './common.js';

export const JA_A: Msg[] = [
  // ================= acknowledgement =================
  ja({
    slug: 'ack-notify-long-faq-first',
    kind: 'acknowledgement',
    caseId: C.ken,
    trap: true,
    note: 'AWS notification receipt; a long "next steps" list mentions confirmation and completion, but the new fact is only that the case was opened',
    from: NOTIFY,
    to: KEN.keep,
    subject: `[ケース ${C.ken}] AWS トレーニングと認定へのお問い合わせ`,
    date: d('2026-03-02 08:14:51', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

このたびは AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お問い合わせの内容によっては、担当者からのご連絡をお待ちいただく前に解決できる場合がございます。認定アカウントに関するご質問の多くは、認定ポータルの「よくある質問」ページでもご案内しております。

今後の一般的な流れ
1. 担当者がお問い合わせ内容を拝見いたします。
2. 必要に応じて、候補者 ID やメールアドレスなどの追加情報をお願いすることがございます。
3. アカウント統合のご依頼の場合は、統合内容へのご同意を確認させていただきます。
4. 対応が完了しましたら、メールにてお知らせいたします。

お客様のお問い合わせはケース ID ${C.ken} として登録されました。通常 24 時間以内に担当者よりご連絡いたします。同じ内容で別のケースを作成されますと、お返事が遅れる原因となりますのでご注意ください。

本メールは送信専用です。ご返信いただいてもお答えできません。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-html-table-id-body-only',
    kind: 'acknowledgement',
    caseId: C.misaki,
    note: 'HTML-only receipt, no case ID in the subject; the submitted fields are echoed in a table and the case number sits under it',
    from: FORM_JA,
    to: to(MISAKI),
    subject: 'お問い合わせを承りました',
    date: d('2026-01-19 22:03:17', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>高橋 美咲 様</p>
<p>AWS トレーニングと認定サポートにお問い合わせいただきありがとうございます。以下の内容でお問い合わせを承りました。</p>
${htmlTable([
  ['項目', 'ご入力内容'],
  ['お問い合わせの種類', 'AWS トレーニングと認定'],
  ['問題の種類', '認定 - アカウントの統合'],
  ['AWS 候補者 ID', MISAKI.keepId],
  ['ご連絡先メールアドレス', MISAKI.keep],
])}
<p>お問い合わせ番号: <b>${C.misaki}</b></p>
<p>内容を確認のうえ、担当者より順次ご連絡いたします。土日祝日をはさむ場合は、ご連絡までにお時間をいただくことがございます。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>`),
  }),
  ja({
    slug: 'ack-sjis-bilingual-ja-first',
    kind: 'acknowledgement',
    caseId: C.sho,
    note: 'Shift_JIS receipt: the Japanese half carries the case number; the English half is generic do-not-reply boilerplate',
    from: FORM,
    to: to(SHO),
    subject: `[CASE ${C.sho}] お問い合わせ受付のお知らせ / We received your inquiry`,
    date: d('2026-02-10 11:47:09', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林 翔 様

AWS トレーニングと認定 カスタマーサポートです。
ご入力いただいた内容を受け付け、ケース番号 ${C.sho} を発行しました。
担当窓口で内容を拝見し、原則として 1 営業日以内にご返信いたします。
追加のご質問がある場合は、新しいケースを作成せず、本ケースの返信メールにてお送りください。

--
This is an automatically generated message. Please do not reply directly to this address.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),
  ja({
    slug: 'ack-jisb64-holiday-notice',
    kind: 'acknowledgement',
    caseId: C.yuki,
    note: 'ISO-2022-JP base64 receipt whose first two paragraphs are a year-end holiday notice; the receipt number is in the third',
    from: FORM_JA,
    to: to(YUKI),
    subject: 'AWS トレーニングと認定：お問い合わせ受付（自動送信）',
    date: d('2025-12-26 17:30:02', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺 由紀 様

【年末年始の営業について】
12月29日から1月3日までの期間は、お問い合わせへのご返信が通常よりも遅くなります。
あらかじめご了承くださいますようお願い申し上げます。

期間中にいただいたお問い合わせは、1月5日以降、順次対応させていただきます。
お急ぎの試験予約の変更につきましては、試験配信会社のサイトからお手続きいただけます。

さて、このたびのお問い合わせにつきましては、受付番号 ${C.yuki} にて承りました。
担当者から改めてご連絡いたしますので、今しばらくお待ちください。

※このメールは送信専用アドレスからお送りしています。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ack-alt-echo-request',
    kind: 'acknowledgement',
    caseId: C.kenDup,
    trap: true,
    note: 'receipt (multipart/alternative, QP) that echoes the customer\'s own request text with 統合/完了 words below the receipt line',
    from: FORM_JA,
    to: to(KEN),
    subject: `[CASE ${C.kenDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-03-03 07:55:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

お問い合わせいただきありがとうございます。以下のケースを作成しました。

ケース ID：${C.kenDup}
ステータス：未対応（担当者割り当て待ち）

―― お客様のご入力内容 ――
件名：認定アカウント統合の件（再送）
本文：
昨日も同じ内容で送信しましたが、受付完了の画面が出なかったため念のため再送します。
統合が完了したらこちらのアドレスに連絡をください。
${KEN.srcId} → ${KEN.keepId}
――――――――――――――

AWS トレーニングと認定 カスタマーサポート`,
    html: htmlDoc(paras(`中村様

お問い合わせいただきありがとうございます。以下のケースを作成しました。

ケース ID：${C.kenDup}
ステータス：未対応（担当者割り当て待ち）`) + `\n<div style="border:1px solid #ccc;padding:8px"><p>お客様のご入力内容</p>\n${paras(`件名：認定アカウント統合の件（再送）
本文：
昨日も同じ内容で送信しましたが、受付完了の画面が出なかったため念のため再送します。
統合が完了したらこちらのアドレスに連絡をください。
${KEN.srcId} → ${KEN.keepId}`)}</div>\n<p>AWS トレーニングと認定 カスタマーサポート</p>`),
  }),
  ja({
    slug: 'ack-notify-support-aws-com',
    kind: 'acknowledgement',
    caseId: C.yuki2,
    note: 'AWS Support notification from support.aws.com (DKIM only, aligned): case opened; the case number is only on its own line in the body',
    from: SUPPORT_NOTIFY,
    to: YUKI.keep,
    subject: 'サポートケースが作成されました',
    date: d('2026-03-20 03:12:44', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `お客様

AWS サポートセンターをご利用いただきありがとうございます。

ご依頼の内容: 認定アカウントの統合について
重要度: 一般的なご質問
ご希望の連絡方法: Web

ケース番号
${C.yuki2}

サポートケースの状況はサポートセンターでいつでもご確認いただけます。
担当エンジニアからの回答があり次第、このアドレスにお知らせします。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-lookalike-domain-receipt',
    kind: 'acknowledgement',
    trusted: false,
    caseId: C.misaki,
    note: 'receipt wording and a real-looking case ID, but From is aws-training-support.jp (look-alike) and there is no passing A-R for a trusted domain',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp>',
    to: to(MISAKI),
    subject: `[CASE ${C.misaki}] お問い合わせ受付のご連絡`,
    date: d('2026-01-20 01:09:33', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

お問い合わせありがとうございます。ケース ${C.misaki} を受け付けました。
本人確認のため、担当者からのご連絡をお待ちください。
ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 サポートデスク`,
  }),
  ja({
    slug: 'ack-no-auth-results',
    kind: 'acknowledgement',
    trusted: false,
    caseId: C.sho,
    note: 'plain receipt from the real form address but with no Authentication-Results at all: untrusted',
    from: FORM,
    to: SHO.keep,
    subject: `[CASE ${C.sho}] 受付完了`,
    date: d('2026-02-10 11:49:30', '+0900'),
    auth: 'none',
    enc: 'utf8qp',
    text: `小林様

受付が完了しました。ケース番号は ${C.sho} です。
通常1〜2営業日でご返信します。

AWS Training and Certification`,
  }),

  // ================= ai_answer =================
  ja({
    slug: 'ai-long-steps-then-create-case',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI-generated answer: a numbered walk-through of the Merge Accounts tool and what is "completed" afterwards, then how to create a case',
    from: FORM_JA,
    to: to(KEN),
    subject: 'AWS トレーニングと認定：生成された回答',
    date: d('2026-03-01 21:40:10', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる場合があります。

ご質問: 認定アカウントが 2 つあり、1 つにまとめたい

回答:
AWS 認定ポータルには、ご自身で 2 つのアカウントを統合できる「Merge Accounts」機能があります。

1. 残したいほうのアカウントで AWS 認定ポータルにサインインします。
2. 画面右上のプロフィールから「アカウントの統合」を開きます。
3. 統合したいもう一方のアカウントのサインイン情報を入力します。
4. 内容を確認して「統合」を選択します。

手続きが完了すると、もう一方のアカウントの認定と特典が残したアカウントに表示されます。Credly のバッジは、完了後に残したアカウントのメールアドレスで受け取り直してください。

両方のアカウントに認定の履歴がある場合、このツールでは統合できません。その場合は、下の「ケースを作成」からカスタマーサポートへお問い合わせください。

この回答は役に立ちましたか？ はい / いいえ`,
  }),
  ja({
    slug: 'ai-html-amazon-q-table',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only automated answer with a table of what to prepare; suggests self-service first, case creation last',
    from: FORM_JA,
    to: to(YUKI),
    subject: '自動回答：アカウントの統合について',
    date: d('2025-12-25 23:58:01', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p><i>Amazon Q による自動回答です</i></p>
<p>アカウントの統合をご希望とのこと、承知しました。お手続きの前に、次の情報を手元にご用意いただくとスムーズです。</p>
${htmlTable([
  ['準備するもの', '確認場所'],
  ['AWS 候補者 ID（AWS から始まる番号）', '認定ポータル &gt; マイプロフィール'],
  ['各アカウントのサインイン用メールアドレス', 'AWS Builder ID の設定画面'],
  ['取得済みの認定と有効期限', '認定ポータル &gt; 認定'],
]).replace(/&amp;gt;/g, '&gt;')}
<p>準備ができたら、残したいアカウントでサインインし、プロフィールの「Merge Accounts」から統合を試してください。ツールで解決しない場合に限り、ケースを作成してください。</p>
<p>この回答で解決しましたか？</p>`),
  }),
  ja({
    slug: 'ai-sjis-b64-three-patterns',
    kind: 'ai_answer',
    caseId: null,
    note: 'Shift_JIS base64 generated answer covering three situations (one account empty, both have history, e-mail change only)',
    from: FORM_JA,
    to: to(SHO),
    subject: 'お問い合わせへの自動応答',
    date: d('2026-02-10 11:40:55', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `以下は自動で生成されたご案内です。

お客様の状況によって、必要なお手続きが異なります。

パターンA：一方のアカウントに認定の履歴がない
　→ 認定ポータルの Merge Accounts ツールでご自身で統合できます。

パターンB：両方のアカウントに認定の履歴がある
　→ ツールではエラーになります。サポートケースを作成してご依頼ください。

パターンC：メールアドレスを変えたいだけ
　→ 統合は不要です。プロフィールの連絡先メールアドレスを変更してください。

上記で解決しない場合は、このページの下部にある「ケースを作成」を選択してください。`,
  }),
  ja({
    slug: 'ai-bilingual-en-first-ja-second',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer, English paragraph then a full Japanese version; the Japanese half is the substantive one (language ja)',
    from: FORM_JA,
    to: to(MISAKI),
    subject: 'Suggested answer / おすすめの回答',
    date: d('2026-01-19 21:55:12', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `[English]
This answer was generated automatically. See below.

[日本語]
このご案内は AI が自動で作成したものです。
複数の AWS 認定アカウントをお持ちの場合、メインのアカウントにサインインし、Merge Accounts ツールをお使いください。
統合元のアカウントに受験予約が残っていると統合できませんので、先に予約の変更またはキャンセルをお願いします。
それでも解決しない場合は「ケースを作成」へお進みください。担当者が個別に対応します。`,
  }),
  ja({
    slug: 'ai-generated-after-merge-explainer',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer that explains at length what happens after a merge (badges move, vouchers appear); still an AI answer',
    from: FORM_JA,
    to: to(KEN),
    subject: 'AIアシスタントからの回答',
    date: d('2026-03-01 21:38:44', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ご質問ありがとうございます。AI アシスタントがお答えします。

Q. 統合後、何が変わりますか？
・統合が完了した時点で、統合元アカウントの認定はすべて統合先に移ります。
・Credly のバッジは統合先のメールアドレスに移行され、バッジ受け取りのメールが届きます。
・50% 割引などの特典は統合先アカウントの「特典」ページに表示されます。
・統合元アカウントは無効になります。

Q. どうやって申し込みますか？
・まずは Merge Accounts ツールをお試しください。ツールで統合できないときは、サポートケースを作成してください。

※この回答は自動生成されたもので、担当者による確認は行われていません。`,
  }),
  ja({
    slug: 'ai-jis-short-mobile-view',
    kind: 'ai_answer',
    caseId: null,
    note: 'short generated suggestion in ISO-2022-JP: use the self-service tool, links to two articles',
    from: FORM_JA,
    to: to(YUKI),
    subject: 'おすすめのヘルプ記事',
    date: d('2026-03-19 19:02:37', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `ご入力内容に関連する記事を自動で選びました。

・認定アカウントを統合する方法
・AWS Builder ID でサインインできない場合

多くの場合、認定ポータルの Merge Accounts でお客様ご自身で統合いただけます。
記事で解決しない場合は、引き続きケースの作成へお進みください。

（このメッセージは自動で送信されています）`,
  }),
  ja({
    slug: 'ai-forged-google-ar-only',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'generated-answer text from the form address, but only mx.google.com\'s A-R is present (below the server\'s Received): untrusted',
    from: FORM_JA,
    to: to(SHO),
    subject: '生成された回答：アカウント統合',
    date: d('2026-02-09 23:12:09', '+0900'),
    auth: 'otherOnly',
    enc: 'utf8b64',
    text: `本回答は生成AIが作成しました。

AWS 認定アカウントの統合は、残したいアカウントからサインインして「アカウントの統合」メニューで行えます。両方のアカウントに認定がある場合はサポートへお問い合わせください。
参考になりましたか？`,
  }),
  ja({
    slug: 'ai-alt-html-long-faq',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'multipart/alternative automated answer: a long FAQ block (expiry, bookings, badges) before the suggestion to try the tool',
    from: FORM_JA,
    to: to(MISAKI),
    subject: 'よくある質問からの回答',
    date: d('2026-01-19 21:56:30', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `自動応答システムです。お問い合わせ内容に近いよくある質問をお送りします。

${FAQ_JA_B}

上記をご覧のうえ、認定ポータルの Merge Accounts ツールをお試しください。`,
    html: htmlDoc(`<p>自動応答システムです。お問い合わせ内容に近いよくある質問をお送りします。</p>\n${paras(FAQ_JA_B)}\n<p>上記をご覧のうえ、認定ポータルの <b>Merge Accounts</b> ツールをお試しください。</p>`),
  }),

  // ================= info_request =================
  ja({
    slug: 'info-fourth-para-which-to-keep',
    kind: 'info_request',
    trap: true,
    caseId: C.ken,
    note: 'long first reply: three paragraphs of background and FAQ, then in the fourth the ask for both candidate IDs and which account to keep',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-03 14:22:05', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お送りいただいた内容から、前職の会社アドレスで作成されたアカウントと、個人アドレスで作成されたアカウントをおひとつにまとめたいというご希望と理解しております。転職や退職をきっかけにこうしたご相談をいただくことは多く、手続き自体は弊社側で行うことができますので、どうぞご安心ください。

${FAQ_JA_A}

手続きを進めるにあたり、恐れ入りますが、両アカウントの AWS 候補者 ID（AWS で始まる 8 桁の番号）と、それぞれのサインイン用メールアドレスをお知らせください。あわせて、どちらのアカウントを残すご希望かも明記いただけますと幸いです。いただいたメールでは ID が一方しか判別できませんでした。

情報がそろいましたら、照合のうえ改めてご案内いたします。

${sigJa('佐々木', 0)}

${sfRef('Xk2N1')}

${quote(`${gmailJa('2026年3月2日(月) 17:10', KEN.ja, KEN.keep)}\n${KEN_ASK}`)}`,
  }),
  ja({
    slug: 'info-table-with-blanks',
    kind: 'info_request',
    caseId: C.misaki,
    note: 'agent pastes a text table of both accounts with two cells marked 未確認 and asks the customer to fill them in',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-01-21 10:05:44', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 美咲 様

お問い合わせありがとうございます。担当の森と申します。

セルフサービスのツールでエラーになったとのこと、ご不便をおかけしております。両方のアカウントに認定の履歴がある場合はツールでは統合できない仕様となっておりますので、こちらで承ります。

現在こちらで把握している情報は以下のとおりです。

${textTable([
  ['項目', 'アカウント1', 'アカウント2'],
  ['メールアドレス', MISAKI.keep, MISAKI.src],
  ['候補者 ID', MISAKI.keepId, '未確認'],
  ['保有認定', 'CLF-C02', '未確認'],
])}

表の「未確認」の箇所について、お手数ですがアカウント2にサインインのうえ、候補者 ID と保有されている認定名をご返信いただけますでしょうか。

${sigJa('森', 1)}

${quote(MISAKI_ASK)}`,
  }),
  ja({
    slug: 'info-gokakunin-oshirase-trap',
    kind: 'info_request',
    caseId: C.sho,
    trap: true,
    note: 'asks the customer to check the notification e-mail on each account 「ご確認のうえお知らせください」: confirm-words, but it asks for information',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-12 09:31:18', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林 翔 様

いつもAWS認定をご利用いただきありがとうございます。

月内のご対応をご希望とのこと、承知いたしました。現在のところ、通常1週間以内には対応できる見込みです。

また、旧社アドレスが使えなくなった後もログインに支障が出ないよう、統合先アカウントの情報を念のため整理させていただいております。

つきましては、統合先アカウント（${SHO.keepId}）に登録されている「認定の通知先メールアドレス」と「AWS Skill Builder のメールアドレス」がそれぞれ何になっているか、ご確認のうえお知らせください。ログイン用のアドレスと異なっている場合がございます。

${sigJa('藤田', 2)}

${quote(`${gmailJa('2026年2月10日(火) 11:45', SHO.ja, SHO.keep)}\n${SHO_ASK}`)}`,
  }),
  ja({
    slug: 'info-bilingual-ja-carries-ask',
    kind: 'info_request',
    caseId: C.yuki,
    note: 'English status line first ("we are reviewing"), the Japanese part that follows asks for the university account\'s candidate ID and exam dates',
    from: FORM,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-06 16:48:27', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `Dear Yuki Watanabe,

Thank you for your patience over the holiday period. We are reviewing your request.

渡辺 由紀 様

年末年始のため、ご返信が遅くなり申し訳ございません。
大学のメールアドレスが3月末で使えなくなるとのこと、承知いたしました。

統合元となる大学アカウントについて、候補者 ID がわかりませんでしたので、
サインインのうえ「マイプロフィール」に表示される AWS から始まる ID をお送りください。
受験された試験名と受験日（おおよそで構いません）もあわせてお知らせいただけますと、照合が早く進みます。

AWS トレーニングと認定 カスタマーサポート
小川

${quote(YUKI_ASK)}`,
  }),
  ja({
    slug: 'info-html-numbered-three-items',
    kind: 'info_request',
    caseId: C.kenDup,
    note: 'HTML reply: explains the duplicate case, then a numbered list of three items to send back (ID, e-mail, which to keep)',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-03 15:02:11', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>中村 様</p>
<p>ご連絡ありがとうございます。同じご依頼で 2 件のケースをお送りいただいておりましたので、以降はこちらのケース（${C.kenDup}）でご案内いたします。もう一方のケースについては特にご対応いただく必要はございません。</p>
<p>アカウントの統合は、一度実施すると元に戻せないため、弊社では両アカウントの情報を慎重に照合してから作業を行っております。ご理解のほどお願いいたします。</p>
<p>そのうえで、以下の 3 点をご返信ください。</p>
<ol>
<li>統合元アカウントの AWS 候補者 ID</li>
<li>統合元アカウントにご登録のメールアドレス</li>
<li>最終的に残したいアカウント（統合先）</li>
</ol>
<p>AWS トレーニングと認定 カスタマーサポート<br>長谷川</p>`),
  }),
  ja({
    slug: 'info-outlook-bottom-quote-long',
    kind: 'info_request',
    trap: true,
    caseId: C.misaki,
    note: 'second information request: thanks for the ID, but a name mismatch between accounts; asks for the name as registered; Outlook 差出人 block below',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-01-23 13:40:09', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

候補者IDのご返信ありがとうございました。アカウント2が ${MISAKI.srcId} であることを確認いたしました。

照合したところ、アカウント1は漢字表記「高橋 美咲」、アカウント2はローマ字表記「Takahashi Misaki」でご登録されておりました。表記の違い自体は問題ございませんが、同一人物であることを確認する手順が必要となります。

${FAQ_JA_C}

現在は（2）の段階でございます。お手数ですが、アカウント2にご登録の生年月日、またはアカウント2で最後に受験された試験の日付をお知らせいただけますでしょうか。

${sigJa('森', 0)}

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年1月22日 8:12', `AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>`, subj(C.misaki))}

森様

アカウント2の候補者IDは ${MISAKI.srcId} でした。保有している認定は SAA-C03 です。
よろしくお願いします。

高橋`,
  }),
  ja({
    slug: 'info-write-from-keep-and-ids',
    kind: 'info_request',
    caseId: C.yuki2,
    note: 'asks to reply from the address she keeps AND to include both IDs in that reply: an information request, not a mere routing note',
    from: FORM_JA,
    to: to(YUKI),
    cc: YUKI.src,
    subject: subj(C.yuki2),
    date: d('2026-03-21 11:20:54', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺様

お問い合わせいただきありがとうございます。

今回のケースは大学のアドレス（${YUKI.src}）から作成されておりますが、本件のように統合先が別のアドレスの場合、弊社では統合先のアドレスからのご依頼をもって手続きを進めております。お手数をおかけして恐縮です。

統合先アカウントの保護のための運用ですので、ご理解いただけますと幸いです。

お手数ですが、統合先の ${YUKI.keep} からこのメールにご返信いただき、その際に両アカウントの候補者 ID を本文にご記載ください。

${sigJa('小川', 1)}`,
  }),
  ja({
    slug: 'info-phish-lookalike-password',
    kind: 'info_request',
    trusted: false,
    caseId: C.sho,
    note: 'look-alike sender (amazon-aws-certification.com) asking for the password of the source account; untrusted info request',
    from: 'AWS 認定サポート <case-update@amazon-aws-certification.com>',
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-11 02:17:40', '+0900'),
    auth: 'misaligned',
    enc: 'utf8qp',
    text: `小林 翔 様

統合の作業を開始するにあたり、本人確認が必要です。

以下の項目を24時間以内にご返信ください。期限を過ぎますとケースは取り消されます。
・統合元アカウントのメールアドレス
・統合元アカウントのパスワード
・生年月日

AWS 認定サポートセンター`,
  }),
  ja({
    slug: 'info-resent-to-old-corp',
    kind: 'info_request',
    forUser: false,
    caseId: C.ken,
    note: 'information request redirected (Resent-*) by the old company\'s server to IT; not delivered to the user as such',
    from: FORM_JA,
    to: KEN.src,
    subject: subj(C.ken),
    date: d('2026-03-04 10:00:31', '+0900'),
    resent: { from: 'postmaster@sysint.example.co.jp', to: 'it-helpdesk@sysint.example.co.jp', date: d('2026-03-04 10:00:45', '+0900') },
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

ご返信ありがとうございます。統合元アカウントの候補者 ID を ${KEN.srcId} と確認いたしました。

もう一点、統合元アカウントで受験予定の試験がないかどうかを教えていただけますか。予約が残っている場合は、統合の前にキャンセルが必要となります。

AWS トレーニングと認定 カスタマーサポート
佐々木`,
  }),
  ja({
    slug: 'info-mobile-topost-short-ask',
    kind: 'info_request',
    caseId: C.yuki,
    note: 'short agent note above a long Gmail-quoted thread: the Skill Builder address is still missing',
    from: FORM_JA,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-08 09:12:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺様

ID をありがとうございます。Skill Builder 側で使われているメールアドレスだけ、まだいただけていないようです。そちらをお教えください。

小川

${gmailJa('2026年1月7日(水) 22:41', YUKI.ja, YUKI.keep)}
> 小川様
>
> 大学アカウントの候補者IDは ${YUKI.srcId} です。
> 受験したのは Cloud Practitioner（2023年11月）です。
>
> 渡辺
>
> ${gmailJa('2026年1月6日(火) 16:48', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> 渡辺 由紀 様
>>
>> 年末年始のため、ご返信が遅くなり申し訳ございません。
>> 統合元となる大学アカウントについて、候補者 ID をお送りください。
>> 受験された試験名と受験日もあわせてお知らせください。`,
  }),

  // ================= confirmation_request =================
  ja({
    slug: 'conf-long-irreversible-table',
    kind: 'confirmation_request',
    caseId: C.ken,
    note: 'long reply: table of what moves where, three paragraphs on irreversibility, then the ask to reply with consent',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-05 18:44:02', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
いただいた情報をもとに照合を行い、両アカウントがご本人のものであることを確認いたしました。

統合の内容は以下のとおりです。

${textTable([
  ['', '統合元', '統合先（残る）'],
  ['候補者 ID', KEN.srcId, KEN.keepId],
  ['メール', KEN.src, KEN.keep],
  ['認定', 'SAA-C03', 'DVA-C02'],
])}

統合後は、統合元アカウントの認定と試験履歴、特典が統合先に移り、統合元アカウントは使用できなくなります。

なお、統合は取り消しができない作業でございます。統合後に「やはり分けたい」というご要望をいただいても、元に戻すことはできかねますので、あらかじめご了承ください。

上記の内容でお手続きを進めてよろしいでしょうか。差し支えなければ、本メールに「同意します」とご返信ください。ご返信を確認でき次第、作業に入ります。

${sigJa('佐々木', 0)}`,
  }),
  ja({
    slug: 'conf-sjis-kamaimasenka',
    kind: 'confirmation_request',
    caseId: C.sho,
    note: 'Shift_JIS: asks 「進めてもかまいませんか」 after restating the two IDs; no 確認 word',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-13 15:10:29', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `小林様

通知先メールアドレスと Skill Builder のアドレスをお知らせいただき、ありがとうございます。いずれも統合先の ${SHO.keep} と同一であることを把握しました。

旧社アドレスの ${SHO.srcId} を、${SHO.keepId} に一本化する形になります。統合元の認定（SAP-C02、ANS-C01）はそのまま有効期限ごと引き継がれます。

この作業は後から元に戻すことができません。この内容で進めてもかまいませんか。ひとことお返事をいただければ、こちらで手配いたします。

${sigJa('藤田', 2)}`,
  }),
  ja({
    slug: 'conf-html-only-button-like',
    kind: 'confirmation_request',
    caseId: C.misaki,
    note: 'HTML-only: summary of both accounts, a grey box on irreversibility, and "reply with 承諾" in the last paragraph',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-01-26 11:15:37', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>高橋 美咲 様</p>
<p>最終試験日のご連絡をありがとうございました。照合が完了し、同一の方のアカウントであることを確認できました。</p>
${htmlTable([
  ['', 'アカウント1（残す）', 'アカウント2'],
  ['ID', MISAKI.keepId, MISAKI.srcId],
  ['メール', MISAKI.keep, MISAKI.src],
])}
<div style="background:#eee;padding:10px"><p>ご注意：統合すると、アカウント2は無効となり、再び分けることはできません。アカウント2に紐づく Skill Builder のサブスクリプションも引き継がれません。</p></div>
<p>内容にご納得いただけましたら、このメールへ「承諾」とご返信いただけますか。お返事をいただいた後に統合の手続きを行います。</p>
<p>森</p>`),
  }),
  ja({
    slug: 'conf-bilingual-en-first-ja-ask',
    kind: 'confirmation_request',
    caseId: C.yuki,
    note: 'English summary first, then the Japanese half asks her to reply that she agrees to the irreversible merge',
    from: FORM,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-09 14:27:06', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Hello Yuki,

Source: ${YUKI.srcId} (${YUKI.src})
Target: ${YUKI.keepId} (${YUKI.keep})

渡辺様

必要な情報がそろいました。上記のとおり、大学アカウントを就職後のアカウントへ統合いたします。
統合を実施すると、元の状態には戻せません。
この内容に同意いただける場合は、その旨をご返信ください。

小川`,
  }),
  ja({
    slug: 'conf-top-reply-over-outlook-thread',
    kind: 'confirmation_request',
    caseId: C.kenDup,
    note: 'two-line consent question on top, a long Outlook-quoted thread below',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-05 19:01:55', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様
下記3点すべていただきました。${KEN.srcId} を ${KEN.keepId} へ統合してよろしいか、ご意向をお聞かせください（統合は取り消せません）。
長谷川

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年3月5日 12:03', 'aws-cs-trainingcertification-form@amazon.com', subj(C.kenDup))}

長谷川様

1. ${KEN.srcId}
2. ${KEN.src}
3. 個人アドレスのほう（${KEN.keep}）を残したいです

中村

${outlookJa('AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '2026年3月3日 15:02', `${KEN.ja} <${KEN.keep}>`, subj(C.kenDup))}

中村 様
ご連絡ありがとうございます。以下の 3 点をご返信ください。
1. 統合元アカウントの AWS 候補者 ID
2. 統合元アカウントにご登録のメールアドレス
3. 最終的に残したいアカウント（統合先）`,
  }),
  ja({
    slug: 'conf-jisb64-faq-before-ask',
    kind: 'confirmation_request',
    trap: true,
    caseId: C.misaki,
    note: 'ISO-2022-JP base64: a Q&A block about expiry and bookings first, then 「ご了承いただけますか」 for the merge',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-01-26 11:20:03', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

先ほどお送りしたメールが HTML 形式で読みにくいとのお声をいただくことがあるため、テキストでも改めてお送りします。

${FAQ_JA_B}

アカウント2（${MISAKI.srcId}）をアカウント1（${MISAKI.keepId}）へ統合すること、また統合後は元に戻せないことについて、ご了承いただけますか。ご了承いただける場合はこのメールにご返信ください。

森`,
  }),
  ja({
    slug: 'conf-forged-fail-then-pass',
    kind: 'confirmation_request',
    trusted: false,
    caseId: C.sho,
    note: 'consent request text; topmost A-R says dmarc=fail and a pass verdict is planted lower: untrusted',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-13 16:40:12', '+0900'),
    auth: 'failThenForged',
    enc: 'jis7',
    text: `小林様

統合の準備が整いました。統合は取り消しできません。
進めてよろしければ、下記リンクから同意ボタンを押してください。
http://aws-merge-consent.example.net/agree?case=${C.sho}

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-mixed-ja-with-en-template',
    kind: 'confirmation_request',
    caseId: C.yuki2,
    note: 'Japanese explanation with an English reply template to copy ("I agree to the merge..."); the ask is in the Japanese part',
    from: FORM_JA,
    to: to(YUKI),
    subject: subj(C.yuki2),
    date: d('2026-03-23 10:08:49', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺様

統合先のアドレスからのご返信、ありがとうございました。候補者 ID も確認できました。

手続きの前に、お客様のご意思を書面で残す決まりになっております。
以下の英文をそのままコピーしてご返信いただくか、日本語で同じ趣旨をお書きください。

---
I agree to merge ${YUKI.srcId} into ${YUKI.keepId}. I understand this cannot be undone.
---

いただいたお返事をもって作業を開始いたします。

${sigJa('小川', 2)}`,
  }),
  ja({
    slug: 'conf-sf-quote-douisho',
    kind: 'confirmation_request',
    caseId: C.ken,
    note: 'reminder that the consent reply is still needed before the merge, Japanese Salesforce 元のメッセージ block below',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-09 09:45:20', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

先日お送りしたご案内について、まだお返事をいただけていないようでしたので、再度ご連絡いたしました。
お忙しいところ恐れ入ります。

統合は、お客様からのご同意をいただいてから実施いたします。以下の内容で問題なければ、ご返信にて「同意します」とお知らせください。

${sfOrigJa('aws-cs-trainingcertification-form@amazon.com', '2026/03/05 18:44', KEN.keep, subj(C.ken), `中村 健一 様
統合元 ${KEN.srcId} / 統合先 ${KEN.keepId}
統合は取り消しができない作業でございます。`)}

${sfRef('Xk2N1')}`,
  }),
];
