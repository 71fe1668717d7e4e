// Set av, Japanese messages (part 1: acknowledgement, ai_answer, info_request, confirmation_request).
import type { Msg } from './lib.js';
import { C, KEN, KEN_REQ, MISAKI, MISAKI_REQ, NOTIFY, SHO, SHO_REQ, SUPPORT, formSubject, d, htmlDoc, mk, paras, quote, sfOriginal, sfRef, to } from './common.js';

const kenTo = to(KEN.ja, KEN.keep);
const misTo = to(MISAKI.ja, MISAKI.keep);
const shoTo = to(SHO.ja, SHO.keep);

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-customer-name-braces', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, enc: 'jis7',
    note: 'automatic receipt with the case ID; the greeting placeholder was never filled',
    to: kenTo, subject: `[CASE ${C.ken}] お問い合わせを受け付けました`, date: d('2026-01-19 22:04:51', '+0900'),
    text: `{{customer_name}} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
下記の内容でケースを作成いたしました。

ケース番号: ${C.ken}
件名: アカウントの統合
受付日時: 2026/01/19 22:04 (JST)

担当者より通常 24 時間以内にご連絡します。同じ内容で新しいケースを作成されますと、
対応が遅れる場合がございますのでご注意ください。

本メールは送信専用アドレスからお送りしています。`,
  }),
  mk({
    slug: 'ja-ack-marumaru-english-block', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, enc: 'sjis8',
    note: 'receipt: 〇〇様 left in, English block of the same receipt left untranslated under the Japanese',
    to: misTo, subject: `ケース ${C.misaki} を受け付けました - AWS Training and Certification`, date: d('2026-01-22 08:47:10', '+0900'),
    text: `〇〇様

このたびはお問い合わせありがとうございます。ご依頼はケース ${C.misaki} として登録されました。
内容を確認のうえ、担当より改めてご連絡差し上げます。

---- English ----
Thank you for contacting AWS Training and Certification. Your request has been logged
under case ${C.misaki}. A member of our team will get back to you, typically within one business day.
----

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-sent-twice-resend', kind: 'acknowledgement', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'receipt re-sent by the system ([再送]), the receipt paragraph printed twice; still only the receipt',
    to: shoTo, subject: `[再送] [CASE ${C.sho}] ケース作成のお知らせ`, date: d('2026-02-02 11:30:02', '+0900'),
    text: `伊藤 翔 様

お問い合わせを承りました。ケース ID は ${C.sho} です。
返信の際は件名を変更せずにこのメールへご返信ください。

お問い合わせを承りました。ケース ID は ${C.sho} です。
返信の際は件名を変更せずにこのメールへご返信ください。

※本メールはシステムの都合により重複して送信される場合があります。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-case-id-token-in-body', kind: 'acknowledgement', lang: 'ja', caseId: C.ken2, enc: 'utf8qp',
    note: 'receipt; the body shows a raw [CASE_ID] token, the subject carries the real case ID',
    to: to(KEN.ja, KEN.src), subject: `[CASE ${C.ken2}] [AWS Training and Certification Form Submission] - account-assistance`, date: d('2026-02-10 17:12:44', '+0900'),
    text: `鈴木様

お問い合わせいただきありがとうございます。本メールはケース作成の自動通知です。
ケース番号:[CASE_ID]
受付内容:アカウントに関するお問い合わせ

内容を確認し、1営業日を目安にご返信します。返信はこのメールに直接お送りいただければケースに反映されます。
別途新しいケースは作成なさらないでください。`,
  }),
  mk({
    slug: 'ja-ack-html-firstname-mojibake', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki2, enc: 'utf8b64',
    note: 'HTML-only receipt: %FIRSTNAME% unfilled and a garbled-looking (but valid) title line; case number readable',
    to: to(MISAKI.ja, MISAKI.src), subject: `お問い合わせ受付 (ケース ${C.misaki2})`, date: d('2026-02-14 09:58:31', '+0900'),
    html: htmlDoc(`<p>ã‚±ãƒ¼ã‚¹å—ä»˜</p>
<p>%FIRSTNAME% 様</p>
<p>AWS トレーニングと認定へのお問い合わせを受け付けました。</p>
<table border="1" cellpadding="4"><tr><td>ケース番号</td><td>${C.misaki2}</td></tr>
<tr><td>カテゴリ</td><td>認定 / アカウントの統合</td></tr></table>
<p>担当者からの連絡をお待ちください。通常、翌営業日までにご返信いたします。</p>`),
  }),
  mk({
    slug: 'ja-ack-notify-resolved-line', kind: 'acknowledgement', lang: 'ja', caseId: C.sho2, enc: 'utf8b64', trap: true, from: NOTIFY,
    note: 'AWS notification that a case was opened; a "Status: Resolved" line from the closing template is pasted in',
    to: to(SHO.ja, SHO.src), subject: `AWS サポート: ケース ${C.sho2} が作成されました`, date: d('2026-02-20 14:03:09', '+0900'),
    text: `AWS サポートケースが作成されました。

ケース ID: ${C.sho2}
件名: 認定アカウントの統合について
ステータス: Resolved
重要度: 一般的なガイダンス

担当者が確認次第、このケースに返信します。ケースの詳細はサポートセンターからご確認いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain-sjis', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, enc: 'sjisb64', trusted: false,
    from: 'AWS Training and Certification <support@aws-training-cert.com>', auth: 'pass',
    note: 'receipt-shaped mail from a look-alike domain (aws-training-cert.com): untrusted',
    to: kenTo, subject: `【受付完了】ケース番号 ${C.ken}`, date: d('2026-01-20 03:11:45', '+0900'),
    text: `{{name}} 様

お問い合わせを受け付けました(ケース番号 ${C.ken})。
担当より追ってご連絡いたします。

AWS 認定サポート窓口`,
  }),
  mk({
    slug: 'ja-ack-wrong-name-id-in-body', kind: 'acknowledgement', lang: 'ja', caseId: C.misakiDup, enc: 'jis7',
    note: 'receipt addressed to another customer\'s name (田中様) and the case ID only in the body',
    to: misTo, subject: 'お問い合わせありがとうございます', date: d('2026-01-22 08:52:37', '+0900'),
    text: `田中 様

AWS トレーニングと認定サポートです。お問い合わせ内容を受け付け、
ケース ${C.misakiDup} を作成しました。

担当者が内容を確認し、順次ご連絡いたします。
恐れ入りますが、しばらくお待ちください。

--
AWS Training and Certification Customer Support`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-article-link-braces', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    note: 'AI-generated suggestion to use the Merge Accounts tool; the article link placeholder is unfilled',
    to: kenTo, subject: 'AI が生成した回答: 認定アカウントの統合', date: d('2026-01-19 21:58:12', '+0900'),
    text: `この回答は AI によって生成されました。

認定アカウントが複数ある場合は、認定アカウントの [プロフィール] → [アカウントの統合] から
ご自身で統合できる場合があります。手順は {{article_link}} をご覧ください。

両方のアカウントに認定履歴がある場合、ツールでは統合できないことがあります。その場合は
このページ下部の「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-english-disclaimer-left', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    note: 'automated answer in Japanese with its English disclaimer block left untranslated',
    to: shoTo, subject: '自動回答: アカウントに関するご質問', date: d('2026-02-02 11:24:40', '+0900'),
    text: `ご質問ありがとうございます。以下は自動で作成された回答です。

2つの認定アカウントをまとめたい場合、まずセルフサービスのアカウント統合機能をお試しください。
統合元アカウントの認証情報でサインインする必要があります。

This response was generated automatically and may not be accurate. If it did not
resolve your issue, choose "Create case" to contact an agent.

解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-paragraph-doubled', kind: 'ai_answer', lang: 'ja', enc: 'sjis8',
    note: 'AI answer whose middle paragraph is printed twice; still only a suggestion',
    to: misTo, subject: 'おすすめの解決方法', date: d('2026-01-22 08:40:03', '+0900'),
    text: `お問い合わせ内容から、次の方法が役立つ可能性があります(自動生成)。

■ アカウント統合ツール
認定ポータルにサインインし、プロフィール設定内のアカウント統合ツールを利用すると、
古いアカウントの試験履歴を現在のアカウントへ移せます。

■ アカウント統合ツール
認定ポータルにサインインし、プロフィール設定内のアカウント統合ツールを利用すると、
古いアカウントの試験履歴を現在のアカウントへ移せます。

この回答で解決しない場合は、引き続きケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-cut-mid-sentence', kind: 'ai_answer', lang: 'ja', enc: 'jisb64', trap: true,
    note: 'AI answer cut off mid-sentence while describing what happens after a merge; not a completion',
    to: to(SHO.ja, SHO.src), subject: 'Amazon Q による回答', date: d('2026-02-20 13:55:27', '+0900'),
    text: `AI アシスタントからの回答です。

アカウントの統合はセルフサービスのツールで行えます。統合が完了すると、統合元の認定や
受験履歴は統合先に表示され、Credly のバッジも後から統合先で受け取り直すことが
できます。なお統合後は認定履歴が`,
  }),
  mk({
    slug: 'ja-ai-link-token-survey', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    note: 'generated answer pointing at self-service; [LINK] token unfilled and a helpfulness question',
    to: to(KEN.ja, KEN.src), subject: '生成された回答をご確認ください', date: d('2026-02-10 17:05:18', '+0900'),
    text: `お問い合わせありがとうございます。AI が以下の回答を作成しました。

・片方のアカウントに試験履歴がない場合は、[LINK] の統合ツールをご利用いただけます
・両方に認定がある場合は、カスタマーサポートでの対応となります

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-html-dollar-customer', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64',
    note: 'multipart AI suggestion with an unfilled ${customer} variable',
    to: to(MISAKI.ja, MISAKI.src), subject: 'AWS Training and Certification: 自動生成された回答', date: d('2026-02-14 09:51:00', '+0900'),
    text: `\${customer} さん

AI が生成した回答: 複数の認定アカウントを1つにまとめるには、認定ポータルの「Merge Accounts」
機能をお使いください。手順は3ステップで、数分で終わります。

それでも解決しない場合はケースを作成してください。`,
    html: htmlDoc(`<p>\${customer} さん</p>
<p><b>AI が生成した回答</b>: 複数の認定アカウントを1つにまとめるには、認定ポータルの「Merge Accounts」<br>
機能をお使いください。手順は3ステップで、数分で終わります。</p>
<p>それでも解決しない場合はケースを作成してください。</p>`),
  }),
  mk({
    slug: 'ja-ai-dmarc-fail', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', trusted: false, auth: 'fail',
    note: 'AI-answer-shaped mail claiming amazon.com but dmarc=fail: untrusted',
    to: shoTo, subject: '自動回答 - 認定アカウントの統合', date: d('2026-02-03 02:17:55', '+0900'),
    text: `<<自動応答>>
アカウントを統合するには、セルフサービスの統合ツールをご利用ください。
ツールで統合できない場合は、下記のフォームから旧アカウントのパスワードを添えてご依頼ください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-marumaru-both-ids', kind: 'info_request', lang: 'ja', caseId: C.ken, enc: 'jis7', crlf: false,
    note: 'asks for both candidate IDs and login e-mails; greeting left as 〇〇様',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-01-20 15:22:08', '+0900'),
    text: `〇〇様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの小林です。
統合作業に進む前に、下記をお知らせいただけますでしょうか。

・両アカウントの候補者 ID(AWS から始まる番号)
・各アカウントのサインイン用メールアドレス
・最終的に残すアカウント

いただいた情報をもとに手続きを進めます。

小林
AWS Training and Certification

${sfRef('Q1k2' + C.ken)}`,
  }),
  mk({
    slug: 'ja-info-which-to-keep-token', kind: 'info_request', lang: 'ja', caseId: C.misaki, enc: 'sjis8',
    note: 'asks which account to keep; body has a raw [CASE_ID] token, the real ID is in the subject',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-01-23 10:40:55', '+0900'),
    text: `中村様

ケース [CASE_ID] につきご連絡いたします。

二つのアカウントを確認いたしました。統合後に残すのは、個人アドレスのアカウントと
前職アドレスのアカウントのどちらになりますでしょうか。あわせて、残す側で現在
サインインに使っているメールアドレスも教えてください。

よろしくお願いいたします。
AWS トレーニングと認定 山口`,
  }),
  mk({
    slug: 'ja-info-answer-inside-quoted-form', kind: 'info_request', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'agent typed inside the quoted form: marks the blank fields and asks the customer to fill them',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-03 16:08:41', '+0900'),
    text: `伊藤様
お送りいただいたフォームの内容に、担当者のコメントを【】で書き込みました。

> お名前: 伊藤 翔
> 会社名:
【未入力です。前職の会社名をお書き添えください】
> 統合先の候補者ID: ${SHO.keepId}
> 統合元の候補者ID:
【こちらも空欄でした。AWS から始まる番号をお知らせください】
> ご依頼内容: ${SHO.src} の認定を個人アカウントへ

お手数ですがご返信をお待ちしております。
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-english-request-block', kind: 'info_request', lang: 'ja', caseId: C.ken2, enc: 'utf8qp',
    note: 'Japanese info request whose list of needed data was left as the English template block',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-11 09:14:20', '+0900'),
    text: `鈴木様

ご連絡ありがとうございます。お手続きのため、以下の情報をご返信ください。

Please provide the following information:
- Candidate ID of each account
- Email address registered to each account
- Which account you wish to keep as primary

以上、よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-info-wrong-surname-addresses', kind: 'info_request', lang: 'ja', caseId: C.misaki2, enc: 'sjisb64',
    note: 'addressed to the wrong surname (佐藤様) but asks this case\'s customer for both accounts\' addresses',
    to: to(MISAKI.ja, MISAKI.src), subject: formSubject(C.misaki2), date: d('2026-02-15 13:27:09', '+0900'),
    text: `佐藤様

お世話になっております。
アカウントを特定するため、統合元・統合先それぞれの登録メールアドレスを
返信にてお送りいただけますと幸いです。候補者 ID がお分かりでしたら併記ください。

AWS Training and Certification サポート`,
  }),
  mk({
    slug: 'ja-info-gokakunin-oshirase', kind: 'info_request', lang: 'ja', caseId: C.sho2, enc: 'jis7', trap: true,
    note: '「ご確認のうえお知らせください」 asks which address is kept: information, not consent',
    to: to(SHO.ja, SHO.src), subject: formSubject(C.sho2), date: d('2026-02-21 10:02:33', '+0900'),
    text: `伊藤 翔 様

お問い合わせの件、担当の森です。
統合後に残すアカウントのメールアドレスが、フォームの記載(${SHO.keep})と
候補者 ID ${SHO.keepId} の登録内容とで一致しておりませんでした。
正しいアドレスをご確認のうえ、お知らせください。

森
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-cut-then-restated', kind: 'info_request', lang: 'ja', caseId: C.misakiDup, enc: 'utf88bit',
    note: 'first request paragraph cut off mid-sentence, then the template restarts and asks for the IDs in full',
    to: misTo, subject: formSubject(C.misakiDup), date: d('2026-01-24 18:45:16', '+0900'),
    text: `中村 美咲 様

統合手続きを進めるにあたり、両アカウントの候補者

統合手続きを進めるにあたり、両アカウントの候補者 ID と、残したいアカウントがどちらかを
このメールへの返信でお知らせください。確認が取れ次第、次のご案内をいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-forged-below-password', kind: 'info_request', lang: 'ja', caseId: C.ken, enc: 'jis7', trusted: false, auth: 'forgedBelow',
    note: 'asks for IDs and a password; the only dmarc=pass sits below the server\'s Received line: untrusted',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-01-21 04:33:12', '+0900'),
    text: `{{customer_name}} 様

統合のため、以下をご返信ください。
1. 両アカウントの候補者 ID
2. 統合元アカウントのパスワード(本人確認に使用します)

48時間以内にご返信がない場合、ケースは無効となります。`,
  }),
  mk({
    slug: 'ja-info-solved-status-pasted', kind: 'info_request', lang: 'ja', caseId: C.sho, enc: 'jisb64', trap: true,
    note: 'asks for the old company address; a "this case is resolved" status line from another template tops the mail',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-04 09:31:50', '+0900'),
    text: `ステータス: このケースは解決済みです

伊藤様

ご返信ありがとうございます。旧アカウント側の登録メールアドレスが記載されていないようでした。
${SHO.src} 以外のアドレスで登録された可能性もございますので、ログインに使っていた
アドレスを教えていただけますか。

-----Original Message-----
From: 伊藤 翔 <${SHO.keep}>
Sent: Tuesday, February 3, 2026 8:40 PM
To: ${SUPPORT}
Subject: ${formSubject(C.sho)}

候補者IDは ${SHO.srcId} です。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-agent-name-braces', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, enc: 'jis7',
    note: 'asks consent to the irreversible merge; the signature placeholder {{agent_name}} is unfilled',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-01-22 11:18:27', '+0900'),
    text: `鈴木様

情報のご提供ありがとうございました。
${KEN.srcId} の認定を ${KEN.keepId} へ統合いたします。統合後は元に戻すことができません。
この内容で差し支えなければ、本メールに「同意します」とご返信ください。

{{agent_name}}
AWS Training and Certification

${quote(KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-conf-english-warning-left', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, enc: 'sjis8',
    note: 'consent request; the irreversibility warning is still the English template block',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-01-26 14:06:44', '+0900'),
    text: `中村様

ご回答ありがとうございます。${MISAKI.src} のアカウントを ${MISAKI.keep} 側へまとめる準備ができました。

Please be aware that merging accounts is permanent and cannot be reversed.
Reply to this email with "I agree" to authorize the merge.

上記にご同意いただけましたら、その旨ご返信ください。

AWS トレーニングと認定 山口`,
  }),
  mk({
    slug: 'ja-conf-doubled-paragraph', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, enc: 'utf8qp',
    note: 'asks the customer to approve the merge; the approval paragraph appears twice',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-05 10:51:03', '+0900'),
    text: `伊藤 翔 様

ご確認ありがとうございます。統合内容は以下のとおりです。
統合元: ${SHO.srcId} (${SHO.src})
統合先: ${SHO.keepId} (${SHO.keep})

統合を実施してよろしいか、ご返信にてご承認ください。実施後の取り消しはできかねます。

統合を実施してよろしいか、ご返信にてご承認ください。実施後の取り消しはできかねます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-wrong-name-yamamoto', kind: 'confirmation_request', lang: 'ja', caseId: C.sho2, enc: 'jisb64',
    note: 'greets another customer (山本様) but lists this customer\'s IDs and asks for consent to merge',
    to: to(SHO.ja, SHO.src), subject: formSubject(C.sho2), date: d('2026-02-23 15:39:21', '+0900'),
    text: `山本様

お待たせいたしました。候補者 ID ${SHO.srcId} を ${SHO.keepId} に統合する準備が整いました。
一度統合すると分割はできませんので、進めてよいかどうか、
このメールにご返信のうえお知らせくださいませ。

森
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-html-mojibake-header', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki2, enc: 'utf8b64',
    note: 'HTML-only consent request with a garbled-looking header line; the request itself is readable',
    to: to(MISAKI.ja, MISAKI.src), subject: formSubject(C.misaki2), date: d('2026-02-17 09:20:48', '+0900'),
    html: htmlDoc(`<p style="color:#888">繧｢繧ｫ繧ｦ繝ｳ繝育ｵｱ蜷医・遒ｺ隱</p>
<p>中村様</p>
<p>${MISAKI.srcId} を ${MISAKI.keepId} へ統合してよろしいでしょうか。<br>
統合は取り消しができない操作です。問題なければ、このメールへのご返信で同意の旨をお伝えください。</p>
<p>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'ja-conf-survey-appended', kind: 'confirmation_request', lang: 'ja', caseId: C.ken2, enc: 'sjisb64',
    note: 'consent request with a satisfaction survey wrongly appended at the bottom',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-12 16:44:02', '+0900'),
    text: `鈴木様

頂いた情報で両アカウントを確認できました。旧アカウント(${KEN.srcId})の試験履歴と認定を、
${KEN.keepId} に移して一本化します。元に戻せない処理ですので、よろしければ「お願いします」と
一言ご返信ください。

AWS トレーニングと認定

━━━━━━━━━━━━━━━━━━
今回のサポートはいかがでしたか?
下のリンクから 1 分で終わるアンケートにご協力ください。
https://survey.example-feedback.com/s/aws-tc?case=${C.ken2}
━━━━━━━━━━━━━━━━━━`,
  }),
  mk({
    slug: 'ja-conf-cut-at-end', kind: 'confirmation_request', lang: 'ja', caseId: C.misakiDup, enc: 'jis7',
    note: 'consent request whose closing sentence is cut off; the ask is already complete before the cut',
    to: misTo, subject: formSubject(C.misakiDup), date: d('2026-01-27 12:00:39', '+0900'),
    text: `中村 美咲 様

統合の最終確認です。${MISAKI.src} 側の認定を ${MISAKI.keep} 側に移してよろしければ、
その旨をご返信ください。統合後に元の状態へ戻すことはできません。

なお、ご返信をいただいてから作業完了までは通常`,
  }),
  mk({
    slug: 'ja-conf-misaligned-dkim', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, enc: 'utf8qp', trusted: false, auth: 'misaligned',
    note: 'consent-request shape but DKIM signed by an unrelated bulk domain and dmarc=fail: untrusted',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-05 23:59:11', '+0900'),
    text: `%CUSTOMER% 様

統合を進めるには、以下のリンクから同意手続きを完了してください(24時間以内)。
https://aws-merge-consent.example.net/agree?c=${C.sho}
統合は取り消しできません。`,
  }),
];

// keep imports used
void MISAKI_REQ; void SHO_REQ; void sfOriginal; void paras; void NOTIFY;
