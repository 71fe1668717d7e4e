// fp set, Japanese part 1: receipts, AI answers, information requests, confirmation requests.
import type { Msg } from './lib.js';
import {
  CASE, DAI, FORM, KEN, MISAKI, NOREPLY, SHO, SUPPORT, SUPPORT_JA, YUKI,
  formSubj, gmailJa, jst, mask, mk, outlookJa, paras, quote, sfBlock, sfRef, utc,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ken-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case; echoes the request (former-employer account into personal account)',
    from: NOREPLY, to: `${KEN.ja} <${KEN.keep}>`,
    subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました: 認定アカウントの統合`,
    date: utc('2026-11-16 12:41:07'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS サポートにお問い合わせいただきありがとうございます。
以下の内容でケースを作成しました。

ケース ID: ${CASE.ken}
件名: 認定アカウントの統合について
カテゴリ: AWS トレーニングと認定 > 認定 > アカウントの統合

お客様のご記入内容:
  前職のアドレス(${KEN.src}、候補者ID ${KEN.srcId})で取得した資格を、
  個人アドレス(${KEN.keep}、${KEN.keepId})のアカウントへまとめてください。

通常24時間以内に担当者よりご連絡いたします。
同じ内容で別のケースを作成されますと、対応が遅れる場合がございます。

このメールは送信専用アドレスから送信されています。
Amazon Web Services`,
  }),
  mk({
    slug: 'misaki-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'bilingual receipt of the form submission; lists source and target by masked address',
    from: SUPPORT, to: MISAKI.keep,
    subject: `[CASE ${CASE.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-17 02:15:44'), enc: 'utf8b64',
    text: `Thank you for contacting AWS Training and Certification.
お問い合わせありがとうございます。ケース番号 ${CASE.misaki} で承りました。

送信いただいた内容(抜粋):
- 統合元(大学のアドレス): ${mask(MISAKI.src)}
- 統合先(個人のアドレス): ${mask(MISAKI.keep)}
- 候補者ID: ${MISAKI.srcId} / ${MISAKI.keepId}

担当者が内容を確認し、1〜2営業日以内に返信いたします。
本メールへ返信いただくと、ケースに情報を追加できます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sho-receipt-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt that lists the form fields, including an empty "account to keep" field; it asks nothing itself',
    from: SUPPORT_JA, to: `${SHO.ja} <${SHO.src}>`,
    subject: `[CASE ${CASE.sho}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-18 23:02:19'), enc: 'sjis8',
    text: `${SHO.ja} 様

ケース ${CASE.sho} を受け付けました。以下は受付時点の入力内容です。

お名前: ${SHO.ja}
会社名: (未入力)
候補者ID: ${SHO.srcId}
連絡先メール: ${SHO.src}
内容: 個人で作ったアカウント(${SHO.srcMade}作成)と、会社のアカウント ${SHO.keep} をひとつにしたい
残す方のアカウント: (未入力)

担当窓口から順次ご連絡します。
追加の情報が必要な場合は、担当者からお尋ねすることがあります。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'yuki-dup-receipt-noauth', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yukiDup, trusted: false, auth: 'none',
    note: 'receipt of a second case opened from the retiring partner address; no Authentication-Results, so untrusted',
    from: NOREPLY, to: YUKI.src,
    subject: `AWS Support: ケース ${CASE.yukiDup} が作成されました`,
    date: utc('2026-11-20 06:30:51'), enc: 'jisb64',
    text: `${YUKI.ja} 様

ケース ${CASE.yukiDup} を作成しました。

お問い合わせ内容:
統合先は ${YUKI.keep} (${YUKI.keepId}) です。こちらの会社アドレス ${YUKI.src} (${YUKI.srcId}) は統合元として扱ってください。

担当者からの回答は、ケースを作成したメールアドレス宛てに送られます。
Amazon Web Services`,
  }),
  mk({
    slug: 'dai-receipt-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.dai,
    note: 'HTML-only receipt; the echoed request names the move-from and move-to addresses',
    from: NOREPLY, to: DAI.keep,
    subject: `Case ${CASE.dai} を受け付けました - AWS Support`,
    date: utc('2026-11-27 01:09:33'), enc: 'utf8qp', wholeSubject: true,
    html: `<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>${DAI.ja} 様</p>
<p>AWS サポートへのお問い合わせを受け付けました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">ケース ID</th><td>${CASE.dai}</td></tr>
<tr><th align="left">サービス</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">移行元</th><td>${DAI.src} (${DAI.srcId})</td></tr>
<tr><th align="left">移行先</th><td>${DAI.keep} (${DAI.keepId})</td></tr>
</table>
<p>担当者の確認後、こちらのアドレスにご連絡いたします。<br>
ケースの状況はサポートセンターでもご確認いただけます。</p>
<p style="color:#777">このメッセージへの返信は受け付けておりません。</p>
</body></html>`,
  }),
  mk({
    slug: 'ken-dup-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup,
    note: 'automatic receipt of a second case; the echo names the accounts primary (主) and secondary (副)',
    from: SUPPORT, to: KEN.keep,
    subject: `[CASE ${CASE.kenDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-19 14:27:02'), enc: 'sjisb64',
    text: `このメールはお問い合わせの受付確認です(自動送信)。
受付番号: ${CASE.kenDup}

■ご記入内容
主アカウント: ${KEN.keepId} (${KEN.keep})
副アカウント: ${KEN.srcId} (前職の会社アドレス)
副の方にある資格を主の方へ移したいです。

すでに同じご依頼のケースをお持ちの場合、本ケースは担当者がまとめて対応することがあります。

AWS Training and Certification`,
  }),
  mk({
    slug: 'yuki-receipt-dates', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuki,
    note: 'receipt; names the old partner account and the current one by candidate ID and creation date',
    from: SUPPORT_JA, to: `${YUKI.ja} <${YUKI.keep}>`,
    subject: `[CASE ${CASE.yuki}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: utc('2026-11-19 08:48:26'), enc: 'utf8qp',
    text: `${YUKI.ja} 様

AWS トレーニングと認定へのお問い合わせを受け付けました(受付番号: ${CASE.yuki})。

旧パートナー企業アカウント(${YUKI.srcId}、${YUKI.srcMade}作成)と現在のアカウント(${YUKI.keepId}、${YUKI.keepMade}作成)の統合につきまして、担当者が確認のうえ本メールアドレスへご連絡いたします。

※本メールにお心当たりがない場合は破棄してください。
AWS トレーニングと認定`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ken-ai-selfservice', kind: 'ai_answer', lang: 'ja',
    note: 'generative-AI suggestion to try the self-service Merge Accounts tool from the account to keep',
    from: NOREPLY, to: KEN.keep,
    subject: 'AWS サポートからの自動回答: 認定アカウントの統合',
    date: utc('2026-11-16 12:33:40'), enc: 'utf8b64',
    text: `この回答は生成 AI によって自動で作成されたものです。

AWS 認定アカウントを統合するには、まずセルフサービスの「アカウントの統合 (Merge Accounts)」機能をお試しください。
1. 残したい方のアカウント(例: ${KEN.keep})で認定ポータルにサインインします。
2. プロフィール > アカウントの統合 を開き、なくなる方のアカウント(例: ${KEN.src})のサインイン情報を入力します。
3. 画面の案内に沿って進めます。

両方のアカウントに認定の履歴がある場合、この機能はご利用いただけません。その際は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'misaki-ai-after', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer explaining what a merge does to the source and target accounts; no merge happened',
    from: NOREPLY, to: MISAKI.keep,
    subject: '【自動回答】大学時代のアカウントと今のアカウントを一つにしたい',
    date: utc('2026-11-17 02:04:12'), enc: 'jis7',
    text: `【自動回答】
ご質問: 大学時代のアカウント(${MISAKI.srcId})と今のアカウント(${MISAKI.keepId})を一つにしたい

統合が行われると、統合元アカウント(例: 大学のメールアドレスのアカウント)の認定資格と試験履歴は統合先アカウントに移り、統合元アカウントにはサインインできなくなります。
バッジは統合先のメールアドレスで受け取り直す必要がある場合があります。

統合をご希望の場合は、認定ポータルの「Merge Accounts」をご利用いただくか、サポートへケースを作成してください。
※この回答は AI によって生成されました。内容が正確でない場合があります。`,
  }),
  mk({
    slug: 'sho-ai-which', kind: 'ai_answer', lang: 'ja',
    note: 'AI reference answer on which account to make primary (work vs personal)',
    from: NOREPLY, to: SHO.src,
    subject: '生成AIによる参考回答: どちらのアカウントを主にすべきか',
    date: utc('2026-11-18 22:55:03'), enc: 'sjis8',
    text: `以下は生成AIによる参考回答です。

お尋ねの「どちらのアカウントを主にすればよいか」について:
一般的には、今後も継続してメールを受け取れるアドレスのアカウントを主(統合先)にすることをおすすめします。
会社のアドレス(${SHO.keep})を主にする場合、退職後にサインインできなくなる点にご注意ください。
個人のアドレス(${SHO.src})の方は副(統合元)となり、統合後は利用できなくなります。

セルフサービスの統合ツールで解決しない場合は、このページの「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'dai-ai-builderid', kind: 'ai_answer', lang: 'ja',
    note: 'AI answer: create a Builder ID on the new address, then use the merge tool with the new account as target',
    from: NOREPLY, to: DAI.keep,
    subject: 'AI が作成した回答をお送りします',
    date: utc('2026-11-27 00:58:10'), enc: 'utf8qp',
    text: `AI が作成した回答です

2024年以降、認定ポータルへのサインインには AWS Builder ID が必要です。
旧アカウント(${DAI.src})でサインインできない場合は、新しいアドレス ${DAI.keep} で AWS Builder ID を作成してから、認定ポータルの「アカウントの統合」をお試しください。統合先には新しいアドレスのアカウントを指定します。

問題が解決しない場合は [ケースを作成] を選択してください。`,
  }),
  mk({
    slug: 'yuki-ai-multipart', kind: 'ai_answer', lang: 'ja',
    note: 'AI Q&A (text + HTML): sign in to the personal account and merge the company account into it',
    from: NOREPLY, to: YUKI.keep,
    subject: '自動応答 (生成 AI): 認定アカウントをまとめたい',
    date: utc('2026-11-19 08:40:55'), enc: 'utf8b64',
    text: `自動応答 (生成 AI)

Q. パートナー企業のアドレスで作った認定アカウントを、個人用アカウントにまとめたい
A. 個人用アカウント(${YUKI.keep})にサインインし、[Merge Accounts] で会社用アカウント(${YUKI.src})を指定すると、会社用の資格が個人用へ移ります。
   どちらのアカウントにも合格歴がある場合はツールが使えないため、サポートへお問い合わせください。

このメッセージに返信しても担当者には届きません。`,
    html: `<div style="font-family:Meiryo,sans-serif">
<p><b>自動応答 (生成 AI)</b></p>
<p>Q. パートナー企業のアドレスで作った認定アカウントを、個人用アカウントにまとめたい</p>
<p>A. 個人用アカウント(${YUKI.keep})にサインインし、[Merge Accounts] で会社用アカウント(${YUKI.src})を指定すると、会社用の資格が個人用へ移ります。<br>
どちらのアカウントにも合格歴がある場合はツールが使えないため、サポートへお問い合わせください。</p>
<p style="font-size:small">このメッセージに返信しても担当者には届きません。</p>
</div>`,
  }),
  mk({
    slug: 'ken-ai-badges', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer about Credly badges after a merge; talks about badges moving but nothing moved',
    from: NOREPLY, to: KEN.keep,
    subject: 'AWS サポート 自動回答: Credly バッジについて',
    date: utc('2026-11-16 12:36:22'), enc: 'jisb64',
    text: `AWS サポート 自動回答

Credly のデジタルバッジについて:
認定アカウントを統合しても、バッジは自動では移らないことがあります。統合が済んだら、統合先のメールアドレス(例: 個人用 ${KEN.keep})宛てに届く Credly のメールからバッジを受け取ってください。
統合元(例: 前職の ${KEN.src})宛てのバッジは、Credly で両方のアドレスを同じアカウントに登録すると一か所にまとまります。

これで解決しない場合はケースを作成してください。
(この回答は生成 AI により作成されています)`,
  }),
  mk({
    slug: 'dai-ai-mixed', kind: 'ai_answer', lang: 'ja',
    note: 'bilingual AI answer: both old and new candidate IDs hold certifications, so create a case',
    from: NOREPLY, to: DAI.keep,
    subject: 'Generated answer / 生成AIによる回答',
    date: utc('2026-11-27 01:01:47'), enc: 'sjisb64',
    text: `Generated by AI / 生成AIによる回答

旧アカウントの候補者ID(${DAI.srcId})と新アカウントの候補者ID(${DAI.keepId})の両方に認定資格がある場合、ポータルの統合機能ではエラー「These accounts cannot be merged automatically」が表示されます。
その場合は次の画面で「Create case」を押し、残したいアカウントと統合したいアカウントを本文に書いてお問い合わせください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ken-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'support asks which of the two accounts (listed with IDs, addresses, creation dates) to keep',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-17 05:12:48'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定カスタマーサポートの森です。お問い合わせいただきありがとうございます。

お手続きの前に一点お伺いします。下記2つのアカウントのうち、今後お使いになる方はどちらでしょうか。

  A: ${KEN.keepId} / ${KEN.keep} / ${KEN.keepMade}作成
  B: ${KEN.srcId} / ${KEN.src} / ${KEN.srcMade}作成

ご依頼文からは A を残すご希望と拝察しておりますが、B の方に有効な資格が多いため、念のため残す方の候補者IDをお知らせいただけますでしょうか。

よろしくお願いいたします。
森
AWS Training and Certification

${sfRef('1kN3x')}

${sfBlock(`${KEN.ja} <${KEN.keep}>`, '2026/11/16 21:40', '認定アカウントの統合について', `前職で使っていたアカウントの資格を個人のアカウントに移してください。
前職: ${KEN.src}
個人: ${KEN.keep}`)}`,
  }),
  mk({
    slug: 'misaki-name-mismatch', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'names differ between source and target; support asks for the exam name and date taken on the source',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-18 01:37:09'), enc: 'utf8qp',
    text: `渡辺様

お世話になっております。AWSトレーニングと認定サポート担当の長谷川でございます。

大学在学中のアドレス(${MISAKI.src})でご登録のアカウントと、現在お使いの ${MISAKI.keep} のアカウントの統合について承知いたしました。
ただ、統合元(${MISAKI.srcId})のご登録氏名が「WATANABE MISAKI」、統合先(${MISAKI.keepId})が「Misaki Watanabe」と表記が異なっております。

ご本人確認のため、統合元のアカウントで受験された試験名と、おおよその受験日をお知らせいただけますか。

長谷川`,
  }),
  mk({
    slug: 'sho-confirm-notify-addr', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: true,
    note: '"ご確認のうえお知らせください": asks for the notification address of the work account; an information request worded with confirm',
    from: SUPPORT, to: SHO.keep,
    subject: formSubj(CASE.sho),
    date: utc('2026-11-20 04:19:55'), enc: 'sjis8',
    text: `小林様

ご連絡ありがとうございます。
会社用アカウント(${SHO.keepId})を残し、個人用アカウント(${SHO.srcId})の資格を移す、というご依頼内容で承っております。

つきましては、会社用アカウントの「認定の通知先メールアドレス」がログイン用のアドレスと同じかどうか、ポータルのプロフィール画面でご確認のうえお知らせください。
異なる場合は、両方のアドレスをご記入ください。

AWS Training and Certification サポート 村井`,
  }),
  mk({
    slug: 'yuki-write-from-keep-id', kind: 'info_request', lang: 'ja', caseId: CASE.yuki,
    note: 'asks her to reply from the address she keeps AND to give the candidate ID of the account that goes',
    from: SUPPORT, to: YUKI.src,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-21 03:05:30'), enc: 'jisb64',
    text: `${YUKI.ja} 様

AWS トレーニングと認定の小川です。
今回のご連絡はパートナー企業のアドレス(${YUKI.src})から頂戴しておりますが、アカウントの統合にはお残しになるアカウント側でのご本人確認が必要となります。

お手数ですが、残す方のアカウントに登録のアドレス(${YUKI.keep} と伺っております)から本メールにご返信いただき、その際、消える方のアカウントの候補者ID(AWS で始まる番号)を本文にご記載ください。

小川`,
  }),
  mk({
    slug: 'dai-cert-list', kind: 'info_request', lang: 'ja', caseId: CASE.dai,
    note: 'both accounts have passes; support asks for the certification names, dates and numbers on each',
    from: SUPPORT, to: DAI.keep,
    subject: formSubj(CASE.dai),
    date: utc('2026-12-01 02:40:16'), enc: 'utf8b64',
    text: `加藤様

ご返信ありがとうございます。サポート担当の佐野です。

移行元アカウント(${DAI.src})と移行先アカウント(${DAI.keep})のどちらにも合格記録がございます。統合後の表示を確認するため、それぞれで保有されている認定資格の名称、取得日、認定番号を、分かる範囲で一覧にしてお送りいただけますか。

書式は「資格名 / 取得日 / 認定番号」で結構です。

佐野

${gmailJa(2026, 12, 1, '火', '8:02', `${DAI.ja} <${DAI.keep}>`)}
${quote(`佐野様
新しい方(${DAI.keep})に古い方の資格をまとめていただければ結構です。
よろしくお願いします。

加藤`)}`,
  }),
  mk({
    slug: 'ken-phone-after-doubt', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'restates which certifications sit on the old and new account, then asks for the notification address and phone',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-17 23:58:02'), enc: 'jis7',
    text: `中村様

ご返信ありがとうございます。
旧(前職)アカウント ${KEN.srcId} には ${KEN.srcCerts}、新(個人)アカウント ${KEN.keepId} には ${KEN.keepCerts} が記録されております。

ご依頼のとおり個人アカウントを残しますと、ログインIDは ${KEN.keep} に一本化されます。
問題なければ、個人アカウント側の認定通知用メールアドレスとお電話番号を記載のうえご返信ください。情報が揃い次第、統合の可否を確認いたします。

森`,
  }),
  mk({
    slug: 'misaki-bilingual-list', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'bilingual checklist asking for both candidate IDs and addresses (keep / to be merged)',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-17 09:22:31'), enc: 'utf88bit', crlf: false,
    text: `Dear Customer,

お問い合わせありがとうございます。

To proceed, please provide the following / 以下をお知らせください:
1. Candidate ID of the account to keep / 残すアカウントの候補者ID
2. Candidate ID of the account to be merged / 統合されるアカウントの候補者ID
3. Email on each account / 各アカウントのメールアドレス

(現時点では ${mask(MISAKI.keep)} を残す方、${mask(MISAKI.src)} を統合される方として伺っております)

Best regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'sho-phish-verify', kind: 'info_request', lang: 'ja', trusted: false,
    note: 'look-alike domain asking for both accounts\' sign-in details; reads as an information request but untrusted',
    from: 'AWS認定サポート <support@aws-certification-help.com>', to: SHO.src,
    subject: '【重要】アカウント統合のための本人確認のお願い',
    date: jst('2026-11-19 03:14:09'), enc: 'jisb64',
    text: `${SHO.ja} 様

アカウント統合の手続きを進めるため、以下のフォームから両方のアカウントのサインイン情報をご入力ください。

統合元: ${SHO.src}
統合先: ${SHO.keep}

https://aws-certification-help.com/verify?u=shokoba

48時間以内にご入力がない場合、両アカウントが停止される可能性があります。`,
  }),
  mk({
    slug: 'yuki-credly-addr', kind: 'info_request', lang: 'ja', caseId: CASE.yuki,
    note: 'merge handed to the team; support asks which Credly address the kept account uses and whether source badges were accepted',
    from: SUPPORT, to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-24 07:11:45'), enc: 'sjisb64',
    text: `伊藤様

いつもお世話になっております。統合作業は担当部署へ依頼済みです。
あわせて Credly のバッジも移したいとのことでしたので、下記をお知らせいただけますか。

・移行先(${YUKI.keep})のアカウントで Credly に登録しているメールアドレス
・移行元(${YUKI.src})宛てのバッジを Credly で受け取り済みかどうか

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス 石田`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ken-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'states source/target by ID and masked address and asks for consent to the irreversible merge',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-18 01:05:37'), enc: 'jis7',
    text: `${KEN.ja} 様

お世話になっております。AWS トレーニングと認定サポートの森です。
ご提供いただいた情報を確認いたしました。以下の内容で統合いたします。

  統合元(なくなるアカウント): ${KEN.srcId} / ${mask(KEN.src)}
  統合先(残るアカウント)    : ${KEN.keepId} / ${mask(KEN.keep)}

統合後は元に戻すことができません。
この内容でよろしければ、本メールに「同意します」とご返信ください。ご返信をいただいてから作業に着手いたします。

森`,
  }),
  mk({
    slug: 'sho-reversed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'the customer reversed the direction (work account kept); support asks to confirm the reversed direction',
    from: SUPPORT, to: SHO.keep,
    subject: formSubj(CASE.sho),
    date: utc('2026-11-21 02:44:18'), enc: 'sjis8',
    text: `小林様

ご返信ありがとうございます。

一点、念のためのご確認です。最初のお問い合わせでは「個人のアカウントを残す」とございましたが、先ほどのメールでは会社用アカウントを残したいとご記載いただいております。
後者の内容、すなわち

  残る方: ${SHO.keep}(${SHO.keepId}、${SHO.keepMade}作成)
  消える方: ${SHO.src}(${SHO.srcId}、${SHO.srcMade}作成)

の向きで統合を進めてよろしいでしょうか。統合は一度行うと取り消しができません。
ご了承いただける場合は、その旨ご返信ください。

村井`,
  }),
  mk({
    slug: 'misaki-certs-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'lists the certifications on the kept and vanishing account and asks for the go-ahead',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-19 05:50:20'), enc: 'utf8qp',
    text: `渡辺様

統合の準備が整いました。実施の前に内容をご確認ください。

【残す方】${MISAKI.keep}
  保有資格: ${MISAKI.keepCerts}
【消える方】${MISAKI.src}
  保有資格: ${MISAKI.srcCerts}

統合後、消える方の ${MISAKI.srcCerts} は残す方のアカウントに表示されます。統合は不可逆です。
問題なければ「上記で統合をお願いします」などとご返信ください。

長谷川`,
  }),
  mk({
    slug: 'yuki-consent-outlook', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki,
    note: 'asks for consent (reply counts as consent) to merge the partner account into the personal one; Outlook quote below',
    from: SUPPORT, to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-24 02:20:03'), enc: 'jisb64',
    text: `伊藤様

ご連絡ありがとうございます。頂いた候補者IDで照合が取れました。

統合元 ${YUKI.srcId}(旧パートナー企業アドレス)の資格・受験履歴・特典を、統合先 ${YUKI.keepId}(${YUKI.keep})に移します。実行後は統合元にサインインできなくなり、元には戻せません。
ご同意いただけますでしょうか。本メールへのご返信をもって同意とさせていただきます。

小川

${outlookJa(`${YUKI.ja} <${YUKI.keep}>`, '2026年11月24日 10:31', FORM, formSubj(CASE.yuki))}

小川様

残す方のアドレスから返信します。
消える方の候補者IDは ${YUKI.srcId} です。

伊藤`,
  }),
  mk({
    slug: 'dai-consent-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai,
    note: 'text+HTML: move-from and move-to with creation dates, irreversible, please reply whether to proceed',
    from: SUPPORT, to: DAI.keep,
    subject: formSubj(CASE.dai),
    date: utc('2026-12-02 06:03:59'), enc: 'utf8b64',
    text: `${DAI.ja} 様

お待たせいたしました。統合の内容は次のとおりです。

移行元: ${DAI.src} (${DAI.srcId}, ${DAI.srcMade}作成)
移行先: ${DAI.keep} (${DAI.keepId}, ${DAI.keepMade}作成)

移行元にある ${DAI.srcCerts} は移行先へ引き継がれ、移行元アカウントは閉鎖されます。閉鎖後の復元はできません。
上記で進めてよろしいか、ご返信をお願いいたします。

佐野`,
    html: `<p>${DAI.ja} 様</p>
<p>お待たせいたしました。統合の内容は次のとおりです。</p>
<ul>
<li>移行元: ${DAI.src} (${DAI.srcId}, ${DAI.srcMade}作成)</li>
<li>移行先: ${DAI.keep} (${DAI.keepId}, ${DAI.keepMade}作成)</li>
</ul>
<p>移行元にある ${DAI.srcCerts} は移行先へ引き継がれ、移行元アカウントは閉鎖されます。閉鎖後の復元はできません。<br>
上記で進めてよろしいか、ご返信をお願いいたします。</p>
<p>佐野</p>`,
  }),
  mk({
    slug: 'ken-dup-goahead', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenDup,
    note: 'asks for a one-line go-ahead to absorb the 2021 account into the 2019 account (irreversible), without the word confirm',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.kenDup),
    date: utc('2026-11-20 03:31:14'), enc: 'utf8b64',
    text: `中村様

別途ご依頼いただいていた件(ケース ${CASE.kenDup})につきまして、担当の岡田よりご連絡いたします。

前職の会社アドレスで作られたアカウント(${KEN.srcMade}作成)を、個人アドレスのアカウント(${KEN.keepMade}作成)に吸収させる形で作業に入らせていただきたく存じます。
作業後は元の状態に戻せませんので、差し支えなければその旨ひとことご返信いただけますでしょうか。

岡田`,
  }),
  mk({
    slug: 'yuki-consent-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, trusted: false, auth: 'forgedBelow',
    note: 'asks to approve the merge, but the only dmarc=pass sits below the receiving server\'s Received line: untrusted',
    from: SUPPORT, to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-23 17:45:00'), enc: 'jis7',
    text: `伊藤様

統合の実施前に、最終確認をお願いいたします。
  統合される側: ${YUKI.srcId}
  残る側: ${YUKI.keepId}
実施後の取り消しはできません。よろしければ「承認」とだけご返信ください。`,
  }),
  mk({
    slug: 'misaki-dates-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'names the accounts by creation date (2020 into 2023) and asks her to agree to the irreversible merge',
    from: SUPPORT, to: MISAKI.keep,
    subject: `Re: ${formSubj(CASE.misaki)}`,
    date: utc('2026-11-19 00:12:38'), enc: 'sjisb64',
    text: `渡辺様

追加でお送りいただいた情報をもとに照合いたしました。
${MISAKI.srcMade}に作成されたアカウント(候補者ID ${MISAKI.srcId})を、${MISAKI.keepMade}に作成されたアカウント(${MISAKI.keepId})へ統合する、という理解で相違ございませんでしょうか。
相違なければ、その旨ご返信ください。統合は後から取り消せない点、あらかじめご了承ください。

長谷川`,
  }),
];

// keep helpers referenced so unused-import lint stays quiet in editors
void paras;
