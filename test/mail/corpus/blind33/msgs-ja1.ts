// Set af, Japanese part 1: receipts, automated answers, information requests.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_JA, NOREPLY, CS_FORM, RESELLER, formSubj, SEI, MISA, KEN, YUKI, CASE, zen, reiwa,
  quote, gmailJa, iphoneJa, outlookJa, sfQuote, sfRef, paras, htmlDoc, SEI_REQ, MISA_REQ, KEN_REQ, YUKI_REQ, ja,
} from './common.js';

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misaTo = `${MISA.ja} <${MISA.keep}>`;
const kenTo = `${KEN.ja} <${KEN.keep}>`;
const yukiTo = `${YUKI.ja} <${YUKI.keep}>`;

export const JA1: Msg[] = [
  // ================= acknowledgement =================
  ja({
    slug: 'ack-noreply-uketsuke-jis',
    kind: 'acknowledgement',
    caseId: CASE.sei,
    note: 'AWS no-reply receipt in ISO-2022-JP: case number in subject, answer promised within 24 hours, no duplicate cases',
    from: NOREPLY,
    to: SEI.keep,
    subject: `[ケースID: ${CASE.sei}] お問い合わせを承りました`,
    date: d('2026-03-02 01:14:09', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 誠一 様

このたびは AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
お客様のお問い合わせはケース ID ${CASE.sei} として登録されました。

お問い合わせの種類：AWS トレーニングと認定
カテゴリ：認定 ／ アカウントの統合

担当者が内容を拝見し、通常 24 時間以内にご登録のメールアドレス宛てにご返答いたします。
同一内容で新たにケースを作成されますと、かえってご案内が遅れる場合がございますので、ご返答をお待ちいただけますと幸いです。

※本メールは送信専用アドレスからお送りしております。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-form-receipt-fields-sjis',
    kind: 'acknowledgement',
    caseId: CASE.misa,
    note: 'form-submission receipt in Shift_JIS (CP932 circled digits) that echoes the submitted fields; still just the receipt',
    from: SUPPORT_JA,
    to: misaTo,
    subject: `[CASE ${CASE.misa}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-03-05 11:52:40', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

AWS トレーニングと認定 カスタマーサービスでございます。
下記の内容でお問い合わせを受け付けいたしました。

①お名前：中村 美咲
②会社名：（未入力）
③AWS 候補者 ID：${MISA.keepId}
④お問い合わせ内容：認定アカウントの統合を希望します

ケース番号：${CASE.misa}

ご返答まで今しばらくお待ちくださいませ。
本メールにそのままご返信いただくと、同じケースに追記されます。

AWS Training and Certification`,
  }),
  ja({
    slug: 'ack-html-only-ken',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'HTML-only receipt (UTF-8 base64) with a table of case number and status Open',
    from: NOREPLY,
    to: KEN.keep,
    subject: `ケースが作成されました（ケース番号 ${CASE.ken}）`,
    date: d('2026-03-09 23:40:18', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林 健太 様</p>
<p>AWS トレーニングと認定へのお問い合わせありがとうございます。サポートケースを作成しました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>${CASE.ken}</td></tr>
<tr><th align="left">件名</th><td>認定アカウントの統合について</td></tr>
<tr><th align="left">ステータス</th><td>オープン</td></tr>
</table>
<p>担当チームより改めてメールでご案内いたします。通常は 1 営業日以内にご連絡差し上げております。</p>
<p style="color:#666;font-size:12px">このメールアドレスは送信専用です。ご返信いただいてもお答えできません。</p>`),
  }),
  ja({
    slug: 'ack-fullwidth-id-body-only',
    kind: 'acknowledgement',
    caseId: CASE.yuki,
    note: 'receipt whose case number appears only in the body and only in full-width digits; subject has no ID',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: 'お問合せありがとうございます（自動送信）',
    date: d('2026-03-11 02:03:55', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

平素より AWS トレーニングと認定をご利用いただき、ありがとうございます。
お問合せを受け付けました。受付番号は下記のとおりです。

　受付番号：${zen(CASE.yuki)}

担当者より順次ご連絡いたします。お問合せが集中している場合、ご返答まで数日頂戴することがございます。
あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  ja({
    slug: 'ack-reseller-forwards-receipt',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.seiDup,
    note: 'reseller desk forwards the AWS receipt of a case it opened for the user; sender is the reseller, so untrusted',
    from: RESELLER,
    to: seiTo,
    subject: `【クラウドブリッジ】AWSへのお問合せ起票のご連絡（受付番号 CB-2026-004417）`,
    date: d('2026-03-02 14:22:31', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `株式会社みなとシステム
高橋 誠一 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
クラウドブリッジ パートナーサポートデスクの森でございます。

ご依頼いただきました AWS 認定アカウントの統合につきまして、弊社より AWS へお問合せを起票いたしました。
AWS から受付完了の通知が届きましたので、下記のとおり転送いたします。

---------- Forwarded message ---------
From: AWS Training and Certification <${CS_FORM}>
Date: 2026年3月2日(月) 14:05
Subject: [CASE ${CASE.seiDup}] [AWS Training and Certification Form Submission] - account-assistance

お問い合わせいただきありがとうございます。ケース ${CASE.seiDup} を作成しました。
担当者より追ってご連絡いたします。
---------- 

今後 AWS からのご返答は弊社にて受領のうえ、速やかにご案内申し上げます。
引き続きよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社クラウドブリッジ
パートナーサポートデスク　森 亮介
TEL: 03-6820-1147（平日 9:30～17:30）
━━━━━━━━━━━━━━━━━━━━`,
  }),
  ja({
    slug: 'ack-no-auth-results',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.misa,
    note: 'receipt-looking mail from the no-reply address with no Authentication-Results at all',
    from: NOREPLY,
    to: MISA.keep,
    subject: `お問い合わせ受付のお知らせ [${CASE.misa}]`,
    date: d('2026-03-05 12:01:07', '+0000'),
    auth: 'none',
    enc: 'jis7',
    text: `中村 美咲 様

AWS サポートでございます。お問い合わせを受け付けました（ケース ${CASE.misa}）。
内容を確認のうえ担当よりご連絡いたしますので、しばらくお待ちください。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-to-ezweb-sjisb64',
    kind: 'acknowledgement',
    caseId: CASE.misa2,
    note: 'short receipt delivered to the user\'s au mobile address (Shift_JIS base64); says nothing of the topic, so read as a receipt',
    from: NOREPLY,
    to: MISA.mob,
    subject: `ケース${CASE.misa2}を受付ました`,
    date: d('2026-04-06 05:47:12', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様
お問合せありがとうございます。
ケース番号:${CASE.misa2}
担当よりメールでご連絡します。
AWS`,
  }),
  ja({
    slug: 'ack-multipart-utf8qp',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'multipart/alternative receipt in UTF-8 quoted-printable; mentions 1～2 business days and replying to this mail',
    from: SUPPORT_JA,
    to: kenTo,
    subject: `[CASE ${CASE.ken}] お問い合わせを受け付けました - AWS トレーニングと認定`,
    date: d('2026-03-10 00:02:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 健太 様

お問い合わせいただき、ありがとうございます。
ケース番号 ${CASE.ken} にて承りました。
内容を確認し、1～2 営業日を目安に担当者からご連絡いたします。
追加の情報がございましたら、件名を変えずにこのメールへご返信ください。

AWS トレーニングと認定`,
    html: htmlDoc(paras(`小林 健太 様

お問い合わせいただき、ありがとうございます。
ケース番号 ${CASE.ken} にて承りました。
内容を確認し、1～2 営業日を目安に担当者からご連絡いたします。
追加の情報がございましたら、件名を変えずにこのメールへご返信ください。

AWS トレーニングと認定`)),
  }),
  ja({
    slug: 'ack-cp932-label-dup-case',
    kind: 'acknowledgement',
    caseId: CASE.seiDup,
    note: 'receipt of the user\'s second (duplicate) case, Shift_JIS labelled Windows-31J, with the usual warning about duplicates',
    from: SUPPORT_JA,
    to: seiTo,
    subject: `[CASE ${CASE.seiDup}] お問い合わせ受付 ～AWS トレーニングと認定～`,
    date: d('2026-03-03 08:30:02', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    csLabel: 'Windows-31J',
    text: `高橋 誠一 様

AWS トレーニングと認定 カスタマーサービスです。
ケース番号 ${CASE.seiDup} でお問い合わせを登録しました。

※既に同じご用件でケースをお持ちの場合は、そちらのケースへご返信ください。
　重複したケースは担当者の確認に時間を要し、ご回答が遅れる原因となります。

今しばらくお待ちくださいますようお願い申し上げます。`,
  }),
  ja({
    slug: 'ack-reiwa-date-jisb64',
    kind: 'acknowledgement',
    caseId: CASE.yuki,
    note: 'receipt with a Reiwa date and ID in the subject (ISO-2022-JP base64)',
    from: NOREPLY,
    to: YUKI.keep,
    subject: `【AWS】お問い合わせ受付完了のお知らせ（ケース ${CASE.yuki}）`,
    date: d('2026-03-11 02:04:10', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

${reiwa('2026-03-11')} 11時03分、下記のお問い合わせを受け付けました。

ケース：${CASE.yuki}
区分：AWS トレーニングと認定（アカウント関連）

担当者の確認後、ご登録のアドレスへご連絡いたします。
Amazon Web Services サポート`,
  }),

  // ================= ai_answer =================
  ja({
    slug: 'ai-generated-merge-tool-jis',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer pointing to the self-service merge tool in the certification profile',
    from: NOREPLY,
    to: SEI.keep,
    subject: 'AWS トレーニングと認定：ご質問への自動回答',
    date: d('2026-03-02 01:09:33', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されたものです。内容に誤りが含まれる可能性がございます。

ご質問：認定アカウントを 1 つにまとめたい

回答：
AWS 認定アカウントは、残したい方のアカウントにサインインしたあと、[マイプロフィール] の「アカウントの統合（Merge Accounts）」から、お客様ご自身で統合いただけます。統合するもう一方のアカウントのログイン情報をご入力ください。
なお、両方のアカウントに認定の履歴がある場合はこの機能をご利用いただけないことがあります。その際はサポートへのお問い合わせをご検討ください。

問題が解決しない場合は、画面下の「ケースを作成」からお問い合わせいただけます。`,
  }),
  ja({
    slug: 'ai-steps-circled-sjis',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatic answer in Shift_JIS with circled-number steps for the Merge Accounts tool',
    from: NOREPLY,
    to: MISA.keep,
    subject: '自動応答：認定アカウントの統合方法',
    date: d('2026-03-05 11:47:20', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `いつもご利用いただきありがとうございます。
お寄せいただいた内容をもとに、AIが解決方法をご提案いたします。

①残すアカウントで AWS 認定サイトにサインインします
②右上のメニューから「プロフィール」を開きます
③「アカウントの統合」を選び、統合元のメールアドレスとパスワードを入力します
④画面の案内に従って操作を完了してください

上記でお手続きいただけない場合は、お手数ですがケースを作成してお問い合わせください。
※この回答は自動生成されています。`,
  }),
  ja({
    slug: 'ai-html-recommended',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only "おすすめの解決方法" generated suggestion with links and a create-case button',
    from: NOREPLY,
    to: KEN.keep,
    subject: 'おすすめの解決方法をお届けします',
    date: d('2026-03-09 23:31:02', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<h3>お問い合わせ内容に関連する情報</h3>
<p>AI アシスタントが、お問い合わせ内容に近い解決方法を見つけました。</p>
<ul>
<li>複数の認定アカウントをお持ちの場合：メインのアカウントにログインし、Merge Accounts ツールをご利用ください。</li>
<li>ログイン用メールアドレスを変更したい場合：プロフィールの「個人情報」から変更できます。</li>
</ul>
<p>この情報で解決しなかった場合は <a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a> してください。</p>
<p style="font-size:11px;color:#888">本メッセージは生成 AI により自動作成されました。</p>`),
  }),
  ja({
    slug: 'ai-explains-after-merge-trap',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'automated answer that describes what happens after a merge (badges, completion) in future tense; still an AI suggestion',
    from: NOREPLY,
    to: YUKI.keep,
    subject: 'Re: 認定アカウント統合についてのご質問（自動回答）',
    date: d('2026-03-11 01:58:47', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `※自動生成された回答です

ご質問ありがとうございます。
統合が完了すると、統合元アカウントの認定資格や特典（次回試験の 50% 割引など）は、残したアカウントに表示されるようになります。
Credly のデジタルバッジは自動では移らない場合がありますので、統合が済んでから Credly 側で受け取り手続きを行ってください。
統合はプロフィール画面のアカウント統合機能から行えます。両アカウントに認定がある場合はサポートへご連絡ください。

この回答で解決しましたか？ 解決しない場合は「ケースを作成」をお選びください。`,
  }),
  ja({
    slug: 'ai-ses-only-dkim',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'generated answer whose only DKIM pass is for amazonses.com (not aligned with amazon.com) and no dmarc verdict',
    from: NOREPLY,
    to: KEN.keep,
    subject: '【自動回答】アカウント統合に関するご案内',
    date: d('2026-03-12 07:20:15', '+0000'),
    auth: 'sesOnly',
    enc: 'utf8b64',
    text: `小林様

お問い合わせ内容から、以下の手順が役立つ可能性がございます（AI による自動案内）。
・保持するアカウントでサインイン
・「Merge Accounts」を選択
・統合したいアカウントの資格情報を入力

解決しない場合は担当者にお繋ぎしますので、ケースを作成してください。`,
  }),
  ja({
    slug: 'ai-helpful-buttons-qp',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI suggestion with "was this helpful" buttons and English boilerplate; new text is Japanese',
    from: NOREPLY,
    to: SEI.keep,
    subject: 'Amazon Q からの回答：認定アカウントの統合',
    date: d('2026-03-02 01:10:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Amazon Q による回答

AWS 認定アカウントを統合するには、保持したいアカウントでログインし、プロフィール内のアカウント統合ツールを使用してください。両方のアカウントに合格履歴がある場合、ツールでは統合できないため、カスタマーサポートがお手伝いします。

この回答は役に立ちましたか？  [はい]  [いいえ]

This answer was generated by AI and may contain errors. Verify important information.`,
  }),
  ja({
    slug: 'ai-short-jis7',
    kind: 'ai_answer',
    caseId: null,
    note: 'terse auto-answer: use the merge tool, otherwise open a case',
    from: NOREPLY,
    to: MISA.mob,
    subject: '自動回答',
    date: d('2026-04-06 05:40:03', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `自動回答です。
認定アカウントの統合は、メインのアカウントにログイン後「アカウントを統合」から行えます。
できない場合はケースを作成してください。`,
  }),
  ja({
    slug: 'ai-assistant-cp932',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI assistant reply in CP932 (tilde, circled digits) listing conditions for the self-service merge',
    from: NOREPLY,
    to: YUKI.priv,
    subject: 'AIアシスタントからのご案内～認定アカウントについて～',
    date: d('2026-03-10 13:15:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    csLabel: 'CP932',
    text: `お問い合わせありがとうございます。AIアシスタントがお答えします。

セルフサービスでの統合が可能な条件は次のとおりです。
①統合元のアカウントに認定の取得履歴がないこと
②両アカウントにログインできること
③統合元で予約中の試験がないこと

上記を満たさない場合は、担当者による対応となりますので、このあと表示される「ケースを作成」へお進みください。`,
  }),
  ja({
    slug: 'ai-attached-to-case',
    kind: 'ai_answer',
    caseId: CASE.ken,
    note: 'automatically generated answer added to an existing case; suggests the merge tool before a human looks at it',
    from: SUPPORT_JA,
    to: kenTo,
    subject: `[CASE ${CASE.ken}] 自動生成された回答があります`,
    date: d('2026-03-10 00:05:30', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 健太 様

ケース ${CASE.ken} に、生成 AI による回答案が追加されました。
―――――――――――――――
候補者 ID が 2 つある場合でも、一方のアカウントに合格履歴がなければ、プロフィールの Merge Accounts ツールでお手続きいただけます。
―――――――――――――――
この案内で解決した場合は、特に操作は不要です。解決しない場合は、このままお待ちいただければ担当者が確認いたします。`,
  }),
  ja({
    slug: 'ai-mixed-en-template-ja',
    kind: 'ai_answer',
    caseId: null,
    note: 'English AI template header with a Japanese generated answer underneath',
    from: NOREPLY,
    to: MISA.keep,
    subject: 'Your AI-generated answer / AI による回答',
    date: d('2026-03-05 11:46:02', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `AI-generated answer (Preview)

ご入力内容：北浜商事で作成した認定アカウントと個人のアカウントを一つにしたい

回答：認定アカウントの統合は、残すアカウント側の「Merge Accounts」ツールで行うのが最も早い方法です。ツールが利用できない旨のメッセージが表示された場合は、お問い合わせフォームからケースを作成してください。その際、両アカウントの候補者 ID を記載いただくとスムーズです。

Generative AI may produce inaccurate information.`,
  }),

  // ================= info_request =================
  ja({
    slug: 'info-both-ids-salesforce',
    kind: 'info_request',
    caseId: CASE.sei,
    note: 'agent asks for both candidate IDs, login e-mails and which to keep; Salesforce quote of the request',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-03 02:41:19', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 誠一 様

AWS トレーニングと認定 カスタマーサービスの松井でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウントの統合を進めるにあたり、恐れ入りますが下記の情報をお送りいただけますでしょうか。

・統合する 2 つのアカウントそれぞれの候補者 ID（AWS から始まる番号）
・各アカウントのログイン用メールアドレス
・最終的に残すアカウントはどちらか

ご返信を確認次第、手続きを進めてまいります。
何卒よろしくお願いいたします。

松井
AWS トレーニングと認定

${sfRef('Mz8kQ')}

${sfQuote(`${SEI.ja} <${SEI.keep}>`, '2026/03/02 1:13', CS_FORM, `[AWS Training and Certification Form Submission] - account-assistance`, SEI_REQ)}`,
  }),
  ja({
    slug: 'info-which-to-keep-koujin',
    kind: 'info_request',
    caseId: CASE.misa,
    note: 'very indirect request (ご教示賜れますと幸甚に存じます) for which account is kept; Gmail-style Japanese quote',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-06 03:10:51', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

お世話になっております。AWS トレーニングと認定 サポート担当の岡本と申します。

2 つのアカウント（${MISA.keepId}、${MISA.srcId}）の情報を拝見いたしました。
大変恐縮ではございますが、統合後にご利用になるログイン用メールアドレスを、念のため中村様ご自身の言葉でご教示賜れますと幸甚に存じます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

岡本

${gmailJa('2026-03-05', '20:51', MISA.ja, MISA.keep)}
${quote(MISA_REQ)}`,
  }),
  ja({
    slug: 'info-write-from-kept-with-ids',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'asks to reply from the kept address AND to send both candidate IDs, so info_request',
    from: SUPPORT_JA,
    to: `${KEN.ja} <${KEN.src}>, ${KEN.keep}`,
    subject: formSubj(CASE.ken),
    date: d('2026-03-11 04:55:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

ご連絡ありがとうございます。AWS トレーニングと認定の西田です。

本件は、統合後も残す側のメールアドレスから改めてご返信いただく必要がございます。その際、両方のアカウントの候補者 ID を本文にご記載ください。
いただいた情報をもとに、統合の可否を確認いたします。

よろしくお願いいたします。
西田`,
  }),
  ja({
    slug: 'info-romaji-name-confirm-trap',
    kind: 'info_request',
    trap: true,
    caseId: CASE.yuki,
    note: 'uses 確認 wording but asks the user to check and send the romaji name on each account: information request',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: `RE:[CASE ${CASE.yuki}] アカウント統合のご依頼につきまして`,
    date: d('2026-03-12 06:18:37', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

平素より AWS トレーニングと認定をご愛顧いただき、誠にありがとうございます。
カスタマーサービスの川口でございます。

ご依頼の件、二つのアカウントのご登録氏名の表記が一致しておりませんでした。
お手数をおかけいたしますが、各アカウントのプロフィールに登録されている氏名（ローマ字表記）をご確認のうえ、お知らせいただけますでしょうか。

なお、ご回答をいただくまで手続きは保留とさせていただきます。

川口`,
  }),
  ja({
    slug: 'info-reseller-relays-request',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.seiDup,
    note: 'reseller desk relays AWS\'s request for candidate IDs and the account to keep; not from AWS, so untrusted',
    from: RESELLER,
    to: seiTo,
    cc: 'partner-desk@cloudbridge.example.co.jp',
    subject: '【クラウドブリッジ】AWS認定アカウント統合の件（受付番号 CB-2026-004417）',
    date: d('2026-03-04 10:05:44', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

いつも大変お世話になっております。
クラウドブリッジの森でございます。

先日 AWS へ起票いたしましたケース（${CASE.seiDup}）につき、AWS より回答がございました。
要旨は以下のとおりでございます。

・統合元、統合先それぞれの候補者 ID をお知らせいただきたい
・どちらのアカウントを残すかを明記いただきたい

お手数をおかけいたしますが、上記 2 点を本メールへのご返信にてお知らせいただけますでしょうか。
弊社にて取りまとめのうえ AWS へ回答いたします。

何卒よろしくお願い申し上げます。

株式会社クラウドブリッジ　森`,
  }),
  ja({
    slug: 'info-forged-below-received',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.misa,
    note: 'support-looking request for IDs whose dmarc=pass header sits below the receiving server\'s Received line',
    from: SUPPORT,
    to: MISA.keep,
    subject: formSubj(CASE.misa),
    date: d('2026-03-06 09:30:12', '+0000'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `中村様

統合手続きのため、両アカウントの候補者 ID と、受験時に登録した生年月日をご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-phish-lookalike-password',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.ken,
    note: 'look-alike domain asking for the password of both accounts "to complete the merge"; untrusted',
    from: 'AWS 認定サポート <support@aws-certification-help.jp>',
    to: KEN.keep,
    subject: `【重要】アカウント統合手続きの最終確認（ケース ${CASE.ken}）`,
    date: d('2026-03-12 22:14:09', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林 健太 様

アカウント統合のお手続きを完了するため、以下の情報を本メールへ返信してください。
・統合元アカウントのメールアドレスとパスワード
・統合先アカウントのパスワード
48時間以内にご返信がない場合、両アカウントが停止されます。

AWS認定サポートセンター`,
  }),
  ja({
    slug: 'info-name-mismatch-id-doc',
    kind: 'info_request',
    caseId: CASE.sei,
    note: 'names differ between accounts; asks which spelling matches the ID used at the test centre',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-04 05:02:26', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

ご返信ありがとうございます。松井です。

候補者 ID ${SEI.keepId} は「Seiichi Takahashi」、${SEI.srcId} は「高橋 誠一」で登録されておりました。
試験会場で提示された身分証明書に記載の氏名は、どちらの表記と一致しておりますでしょうか。
本人確認のため、お手数ながらご回答をお願いできれば幸いです。

松井`,
  }),
  ja({
    slug: 'info-pending-exam-check-trap',
    kind: 'info_request',
    trap: true,
    caseId: CASE.misa,
    note: 'asks the user to check whether an exam is booked on the source account and reply; "確認" wording, asks for data',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-07 01:44:09', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村 美咲 様

岡本でございます。ご回答いただきありがとうございました。

統合元のアカウントで受験予約が残っておりますと、統合をお受けできない場合がございます。
恐れ入りますが、${MISA.srcId} に予約中の試験がないか、ご確認いただいた結果をお聞かせ願えますでしょうか。予約がある場合は、試験名と受験予定日も併せてお知らせください。

引き続きよろしくお願いいたします。`,
  }),
  ja({
    slug: 'info-id-only-in-body',
    kind: 'info_request',
    caseId: CASE.yuki,
    note: 'subject without the case ID; case number only in the body; asks for the source account\'s candidate ID',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: 'Re: お問い合わせの件',
    date: d('2026-03-13 00:20:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤様

（ケース番号：${CASE.yuki}）

川口でございます。
お知らせいただいた統合元アカウントについて、当方で該当する記録を見つけることができませんでした。
お手数ですが、統合元の候補者 ID（AWS で始まる 8 桁の番号を含む ID）をいま一度お送りいただけますと助かります。

よろしくお願いいたします。`,
  }),
  ja({
    slug: 'info-alt-login-emails-certs',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'multipart request for each account\'s login e-mail and the certifications held on each',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-12 02:33:58', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 健太 様

西田です。ご返信ありがとうございます。
確認を進めるため、以下についてもご教示いただけますか。

1. 各アカウントのログイン用メールアドレス
2. 各アカウントで取得済みの認定名と取得日（おおよそで構いません）

お手数をおかけしますが、どうぞよろしくお願いいたします。

${quote(KEN_REQ)}`,
    html: htmlDoc(`<p>小林 健太 様</p>
<p>西田です。ご返信ありがとうございます。<br>確認を進めるため、以下についてもご教示いただけますか。</p>
<ol><li>各アカウントのログイン用メールアドレス</li><li>各アカウントで取得済みの認定名と取得日（おおよそで構いません）</li></ol>
<p>お手数をおかけしますが、どうぞよろしくお願いいたします。</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">${KEN_REQ.replace(/\n/g, '<br>\n')}</blockquote>`),
  }),
  ja({
    slug: 'info-terse-agent-src-id',
    kind: 'info_request',
    caseId: CASE.sei,
    note: 'short agent note: could not find the source ID, asks the user to send it (request without an explicit request verb)',
    from: SUPPORT_JA,
    to: SEI.keep,
    subject: formSubj(CASE.sei),
    date: d('2026-03-04 23:58:03', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

恐れ入ります、いただいた番号 AWS0773621 では統合元アカウントが見当たりませんでした。
末尾まで含めた候補者 ID を頂戴できれば、すぐに確認いたします。

松井`,
  }),
  ja({
    slug: 'info-outlook-quote-builder-id',
    kind: 'info_request',
    caseId: CASE.yuki,
    note: 'asks for the e-mail tied to the AWS Builder ID; Outlook (ja) header block quote below',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-14 03:07:21', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤様

川口でございます。ID のご連絡ありがとうございました。
最後に一点、統合先アカウントへのサインインに使用されている AWS Builder ID のメールアドレスを伺えますでしょうか。
こちらが分かり次第、統合のご意思確認のご連絡を差し上げます。

川口

${outlookJa(`${YUKI.ja} <${YUKI.keep}>`, '2026年3月13日 18:40', CS_FORM, `RE: [CASE ${CASE.yuki}] Re: お問い合わせの件`)}

川口様
統合元の ID は ${YUKI.srcId} です。よろしくお願いいたします。
伊藤`,
  }),
  ja({
    slug: 'info-iphone-quote-which-email',
    kind: 'info_request',
    caseId: CASE.misa2,
    note: 'second case of the same user: agent asks which e-mail should receive notifications after the merge (iPhone quote header)',
    from: SUPPORT_JA,
    to: MISA.mob,
    cc: MISA.keep,
    subject: `RE:[CASE ${CASE.misa2}] 認定アカウントについて`,
    date: d('2026-04-07 04:12:45', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

ご連絡ありがとうございます。サポートの岡本です。
統合後の各種通知（認定の有効期限のお知らせ等）を受け取るメールアドレスは、携帯のアドレスと ${MISA.keep} のどちらをご希望でしょうか。
ご希望のアドレスをお知らせください。

${iphoneJa('2026-04-06', '21:02', MISA.ja, MISA.mob)}
${quote('前の会社のアカウントとまとめたいです。携帯から失礼します。')}`,
  }),
];
