// Set w, Japanese messages. Voice: the user has several cases open at once.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, CREDLY_SUPPORT, CREDLY_TICKET, FORM, FORM_JA, HARUNIRE_ML, HIRAI, ISHIGURO, KEIRI, KEN, MISAKI, PEARSON,
  PORTAL, RYO, RYO_REQ, SUPPORT_JA, TAJIMA, formSubj, formSubjNew, gmailJa, iphoneJa, jst, mk, outlookJa, sfHistory, toHtml,
} from './common.js';

const R = `${RYO.ja} <${RYO.keep}>`;
const Rsrc = `${RYO.ja} <${RYO.src}>`;
const M = `${MISAKI.ja} <${MISAKI.keep}>`;
const K = `${KEN.ja} <${KEN.keep}>`;

// ---------------- acknowledgement ----------------
const ack: Msg[] = [
  mk({
    slug: 'ryo-merge-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7',
    note: 'automatic receipt of the merge case; case ID in subject and body',
    from: FORM_JA, to: R, subject: formSubjNew(C.ryoMerge), date: jst('2026-02-09 21:14:07'),
    text: `森本 遼 様

AWS トレーニングと認定へのお問い合わせを承りました。
本メールはシステムから自動でお送りしています。

ケース番号: ${C.ryoMerge}
お問い合わせ種別: アカウントのサポート

担当者が内容を拝見し、通常 1 - 2 営業日以内にご連絡いたします。
同じ内容で新しくお問い合わせを作成されますと、ご回答までにお時間をいただく場合がございますのでご注意ください。
追加の情報がある場合は、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ryo-dup-receipt-sjis', kind: 'acknowledgement', lang: 'ja', caseId: C.ryoDup, enc: 'sjis8',
    note: 'receipt of a second merge case the user opened by mistake; still a receipt of a new case',
    from: FORM_JA, to: Rsrc, subject: formSubjNew(C.ryoDup), date: jst('2026-02-09 21:31:52'),
    text: `${RYO.ja} 様

お問い合わせいただき、ありがとうございます。下記の番号で受付が完了しております。

  [CASE ${C.ryoDup}]

内容を確認のうえ、担当よりメールでご連絡差し上げます。今しばらくお待ちくださいませ。
※このアドレスは送信専用ではありません。ご返信いただくと本ケースに記録されます。

Amazon Web Services Training and Certification`,
  }),
  mk({
    slug: 'misaki-html-receipt-body-id', kind: 'acknowledgement', lang: 'ja', caseId: C.misMerge, enc: 'utf8b64',
    note: 'HTML-only receipt; case ID only in the body',
    from: FORM_JA, to: M, subject: 'お問い合わせを受け付けました - AWS トレーニングと認定', date: jst('2026-03-02 08:47:19'),
    html: `<html><head><meta charset="utf-8"></head><body>
<table width="600" style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-tc-logo.png" alt="AWS Training and Certification"></td></tr>
<tr><td><p>川端 美咲 様</p>
<p>このたびはご連絡ありがとうございます。お客様のお問い合わせは当窓口に届いております。</p>
<p><b>ケース ID:</b> ${C.misMerge}<br><b>カテゴリ:</b> 認定アカウント / 統合</p>
<p>順番に対応しておりますので、担当者からの返信をお待ちください。このメールへの返信で情報を追加いただけます。</p>
<p style="color:#666">AWS トレーニングと認定</p></td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ken-merge-receipt-multipart', kind: 'acknowledgement', lang: 'ja', caseId: C.kenMerge, enc: 'jisb64',
    note: 'merge case receipt, multipart/alternative in ISO-2022-JP base64',
    from: FORM, to: `${KEN.ja} <${KEN.src}>`, subject: formSubjNew(C.kenMerge), date: jst('2026-01-19 12:02:44'),
    text: `小野寺 健 様

ケース ${C.kenMerge} を作成しました。
頂いた内容: 認定アカウントの統合 (${KEN.srcId} → ${KEN.keepId})

回答は担当者から本メールアドレス宛てにお送りします。営業日ベースで一両日中を目安にお待ちください。

--
AWS Training and Certification Customer Service`,
    html: `<div>小野寺 健 様</div><div><br></div><div>ケース ${C.kenMerge} を作成しました。</div><div>頂いた内容: 認定アカウントの統合 (${KEN.srcId} → ${KEN.keepId})</div><div><br></div><div>回答は担当者から本メールアドレス宛てにお送りします。営業日ベースで一両日中を目安にお待ちください。</div><div>--<br>AWS Training and Certification Customer Service</div>`,
  }),
  mk({
    slug: 'ken-dup-case-created-noreply', kind: 'acknowledgement', lang: 'ja', caseId: C.kenDup, enc: 'utf8qp',
    note: 'AWS Support notice that a (duplicate) case was created: receipt of a new merge case',
    from: SUPPORT_JA, to: K, subject: `AWS サポート: ケース ${C.kenDup} が作成されました`, date: jst('2026-01-19 12:09:30'),
    text: `AWS サポートをご利用いただきありがとうございます。

新しいケースが登録されました。
ケース ID: ${C.kenDup}
件名: 認定アカウントをまとめたい(再送)
重要度: 一般的なガイダンス

ケースの詳細はサポートセンターからご覧いただけます:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${C.kenDup}

このメッセージは自動送信です。

Amazon Web Services`,
  }),
  mk({
    slug: 'misaki-lookalike-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C.misMerge, enc: 'utf8qp', trusted: false,
    note: 'receipt from a look-alike domain (amazon-certification-support.com) even though its own DMARC passes',
    from: 'AWS トレーニングと認定 <cases@amazon-certification-support.com>', to: M, subject: `[CASE ${C.misMerge}] お問い合わせ受付のご連絡`, date: jst('2026-03-02 09:15:03'),
    text: `川端様

お問い合わせ(ケース ${C.misMerge})を受け付けました。
本人確認のため、24時間以内に以下のページからサインインしてください。
https://amazon-certification-support.com/verify?case=${C.misMerge}

AWS Training & Certification`,
  }),
  mk({
    slug: 'ryo-receipt-no-auth-results', kind: 'acknowledgement', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7', auth: 'none', trusted: false,
    note: 'looks like a genuine receipt but the receiving server added no Authentication-Results',
    from: FORM_JA, to: R, subject: `受付番号 ${C.ryoMerge} - お問い合わせありがとうございます`, date: jst('2026-02-09 21:15:40'),
    text: `森本様

お問い合わせの受付が完了しました。番号 ${C.ryoMerge} でお預かりしています。
担当者より追ってご連絡いたします。

AWS トレーニングと認定`,
  }),
];

// ---------------- ai_answer ----------------
const ai: Msg[] = [
  mk({
    slug: 'ryo-genai-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7',
    note: 'AI-generated suggestion to use the self-service merge tool',
    from: FORM_JA, to: R, subject: `[CASE ${C.ryoMerge}] 生成 AI によるご案内`, date: jst('2026-02-09 21:14:55'),
    text: `この回答は生成 AI によって作成されました。内容が正確でない可能性があります。

お問い合わせの内容から、以下の手順が役に立つかもしれません。

1. aws.training にサインインし、[認定] → [認定アカウント] を開きます。
2. プロフィールのメニューから「アカウントの統合 (Merge Accounts)」を選びます。
3. もう一方のアカウントのメールアドレスを入力し、画面の案内に従います。

両方のアカウントに認定の履歴がある場合は、このツールでは処理できないことがあります。その場合は「ケースを作成」から担当者へお問い合わせください。

ケース: ${C.ryoMerge}`,
  }),
  mk({
    slug: 'misaki-auto-answer-html', kind: 'ai_answer', lang: 'ja', caseId: C.misMerge, enc: 'utf8qp',
    note: 'automated answer with help links, multipart',
    from: FORM_JA, to: M, subject: `自動回答: 認定アカウントについて (ケース ${C.misMerge})`, date: jst('2026-03-02 08:48:02'),
    text: `川端 美咲 様

AI アシスタントがお問い合わせ内容をもとに、関連しそうな情報をまとめました。

・認定アカウントの統合はプロフィール画面のセルフサービスで申請できます
・統合後、試験履歴と特典は残す側のアカウントに表示されます
・デジタルバッジ(Credly)は統合後にあらためて受け取る必要がある場合があります

この案内で解決しない場合は、このメールに返信せず、フォームから「ケースを作成」を選択してください。

ケース ID ${C.misMerge}`,
    html: toHtml(`川端 美咲 様

AI アシスタントがお問い合わせ内容をもとに、関連しそうな情報をまとめました。

・認定アカウントの統合はプロフィール画面のセルフサービスで申請できます
・統合後、試験履歴と特典は残す側のアカウントに表示されます
・デジタルバッジ(Credly)は統合後にあらためて受け取る必要がある場合があります

この案内で解決しない場合は、このメールに返信せず、フォームから「ケースを作成」を選択してください。

ケース ID ${C.misMerge}`),
  }),
  mk({
    slug: 'ken-ai-after-merge-sjis', kind: 'ai_answer', lang: 'ja', caseId: C.kenMerge, enc: 'sjisb64',
    note: 'AI answer that explains what happens after a merge; stays ai_answer',
    from: FORM, to: `${KEN.ja} <${KEN.src}>`, subject: `[CASE ${C.kenMerge}] AI が作成した回答をお届けします`, date: jst('2026-01-19 12:03:10'),
    text: `小野寺様

(自動生成された回答です)

統合をご希望とのことですね。一般的な流れをご案内します。
統合が済むと、統合元の認定や受験履歴は統合先のアカウントへ移り、統合元のアカウントは使えなくなります。
バウチャーなどの特典も統合先に表示されます。Credly のバッジは、統合先のメールアドレスで受け取り直す形になります。

まずはプロフィールの「Merge Accounts」をお試しください。
解決しなかった場合は、担当者につなぐボタンを押してください。`,
  }),
  mk({
    slug: 'ryo-dup-genai-again', kind: 'ai_answer', lang: 'ja', caseId: C.ryoDup, enc: 'jisb64',
    note: 'the same AI suggestion on the duplicate submission',
    from: FORM_JA, to: Rsrc, subject: `[CASE ${C.ryoDup}] 回答案 (自動生成)`, date: jst('2026-02-09 21:32:20'),
    text: `森本 遼 様

本メッセージは AI が自動で作成した回答案です。
ご質問: 「二つの認定アカウントを一つにしたい」

→ セルフサービスのアカウント統合ツールをお使いいただけます。認定アカウントにサインイン後、右上のプロフィールからお進みください。
→ 既に同じ内容のケースをお持ちの場合、新しいケースを作らずに既存のケースへご返信いただくとスムーズです。

この回答はお役に立ちましたか?`,
  }),
  mk({
    slug: 'ken-ai-forged-below', kind: 'ai_answer', lang: 'ja', caseId: C.kenMerge, enc: 'jis7', auth: 'forgedBelow', trusted: false,
    note: 'AI-style answer whose only dmarc=pass sits below the receiving server Received line',
    from: FORM_JA, to: K, subject: `[CASE ${C.kenMerge}] 自動応答によるご案内`, date: jst('2026-01-19 13:40:11'),
    text: `小野寺 健 様

自動応答システムがお問い合わせに回答します。
認定アカウントの統合には、統合ツール(プロフィール → アカウントの統合)をご利用ください。
詳しくは次のページをご覧ください。
http://aws-cert-merge.help-center.example.net/ja/merge`,
  }),
  mk({
    slug: 'misaki-ai-was-this-helpful', kind: 'ai_answer', lang: 'ja', caseId: C.misMerge, enc: 'utf8b64',
    note: 'generated answer with a helpfulness prompt',
    from: FORM_JA, to: M, subject: `ご質問への自動回答 [CASE ${C.misMerge}]`, date: jst('2026-03-02 08:48:40'),
    text: `川端 様

以下は Amazon Q で作成した回答です。担当者の確認は経ていません。

「会社のアドレスと個人のアドレスで別々に認定アカウントがある」場合、プロフィールページのアカウント統合機能で一つにまとめられます。
統合元のアカウントで取得した認定は、手続き後に統合先に表示されます。

この回答で解決しましたか? [はい] [いいえ、担当者に問い合わせる]`,
  }),
  mk({
    slug: 'ryo-mixed-ai-en-boilerplate', kind: 'ai_answer', lang: 'ja', caseId: C.ryoMerge, enc: 'utf88bit',
    note: 'Japanese AI answer under English boilerplate',
    from: FORM, to: R, subject: `[CASE ${C.ryoMerge}] Suggested answer / 回答案`, date: jst('2026-02-09 21:16:02'),
    text: `This response was generated by AI. Please verify important information.
---
森本様

お問い合わせありがとうございます。認定アカウントの重複は、認定アカウントのプロフィールから「Merge Accounts」を実行することで解消できる場合があります。
両方のアカウントに合格済みの認定があるときは、ツールが使えないため、この画面で「Create case」を押してサポートにご依頼ください。
---
Case ${C.ryoMerge}`,
  }),
];

// ---------------- info_request ----------------
const info: Msg[] = [
  mk({
    slug: 'ryo-need-candidate-ids-sf', kind: 'info_request', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7',
    note: 'human asks for both candidate IDs and the account to keep; Salesforce history below',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-10 15:22:31'),
    text: `森本 遼 様

AWS トレーニングと認定の大西と申します。ご連絡ありがとうございます。

統合の作業に入る前に、以下の情報をいただけますでしょうか。
・両アカウントの候補者 ID (AWS から始まる番号)
・両アカウントのログイン用メールアドレス
・今後お使いになるアカウントはどちらか

いただいた情報をもとに手続きを進めます。

大西
AWS トレーニングと認定

${sfHistory(R, '2026-02-09 12:14:07', 'aws-cs-trainingcertification-form@amazon.com', formSubjNew(C.ryoMerge), RYO_REQ)}`,
  }),
  mk({
    slug: 'misaki-addresses-romaji-billing-aside', kind: 'info_request', lang: 'ja', caseId: C.misMerge, enc: 'utf8qp',
    note: 'asks for the login addresses and name in romaji; mentions the separate billing case in passing',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-03 10:05:48'),
    text: `川端様

お問い合わせいただきありがとうございます。担当の藤沢です。

お手数ですが、それぞれの認定アカウントに登録されているメールアドレスと、登録時のお名前(ローマ字表記)を教えていただけますか。
表記がアカウントごとに異なる場合は、両方お書き添えください。

なお、同時にお問い合わせいただいている請求関連のケース(${C.misBill})は請求担当部署にて対応しておりますので、本ケースでは認定アカウントの件のみ扱わせていただきます。

藤沢`,
  }),
  mk({
    slug: 'ken-gokakunin-kept-address', kind: 'info_request', lang: 'ja', caseId: C.kenMerge, enc: 'jis7', trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: info_request, worded like a confirmation',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-20 11:40:03'),
    text: `小野寺 健 様

お世話になっております。AWS トレーニングと認定サポートです。

統合後にご利用になるメールアドレスが ${KEN.keep} でよろしいか、ご確認のうえお知らせください。
あわせて、${KEN.keepId} と ${KEN.srcId} のどちらを残すかもご返信いただけますと幸いです。

よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ryo-write-from-kept-with-id-sjis', kind: 'info_request', lang: 'ja', caseId: C.ryoMerge, enc: 'sjis8',
    note: 'asks the user to write from the kept address AND include the candidate ID',
    from: FORM_JA, to: Rsrc, subject: formSubj(C.ryoMerge), date: jst('2026-02-11 09:18:26'),
    text: `森本様

ご返信ありがとうございます。
ご本人確認のため、残される方のアカウント(個人のアドレス)から、そのアカウントの候補者 ID を記載してこのケースにご返信ください。会社のアドレスからのご連絡では手続きを進められかねます。

何卒よろしくお願い申し上げます。
AWS トレーニングと認定 大西

${gmailJa('2026-02-10 22:03', Rsrc, '大西様\n会社アドレスの方の ID は ' + RYO.srcId + ' です。個人の方は確認中です。\n森本')}`,
  }),
  mk({
    slug: 'misaki-outlook-screenshot', kind: 'info_request', lang: 'ja', caseId: C.misMerge, enc: 'jisb64',
    note: 'asks for a screenshot of the certification list of the old account; Outlook header block below',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-04 16:51:12'),
    text: `川端 美咲 様

情報のご提供ありがとうございました。
旧アカウント側(${MISAKI.src})で取得済みの認定が、こちらのシステムで一部しか確認できませんでした。
お手数ですが、旧アカウントの「取得済み認定」画面のスクリーンショットをこのメールに添付してお送りいただけないでしょうか。

藤沢
AWS トレーニングと認定

${outlookJa(M, '2026-03-03 21:40', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.misMerge), 'ローマ字は Misaki Kawabata です。旧アカウントも同じ表記です。\n川端')}`,
  }),
  mk({
    slug: 'ryo-html-reminder-still-need', kind: 'info_request', lang: 'ja', caseId: C.ryoMerge, enc: 'utf8b64',
    note: 'HTML-only reminder that the requested IDs have not arrived',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-13 10:02:55'),
    html: `<html><body>
<p>森本 様</p>
<p>先日お願いしておりました、個人アドレス側アカウントの候補者 ID がまだ届いていないようです。<br>
お手すきの際に、このケース (${C.ryoMerge}) へご返信いただけますと手続きを進められます。</p>
<p>なお、試験日程の変更については別のケース (${C.ryoExam}) でご案内済みですので、こちらでは扱いません。</p>
<p>AWS トレーニングと認定<br>大西</p>
</body></html>`,
  }),
  mk({
    slug: 'ken-pass-dates-mobile-quote', kind: 'info_request', lang: 'ja', caseId: C.kenMerge, enc: 'jis7', crlf: false,
    note: 'asks for the certifications and pass dates per account; mobile reply quoted below',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-21 14:26:09'),
    text: `小野寺様

ご回答いただき、ありがとうございます。${KEN.keep} を残す形で承知しました。

念のため、各アカウントで取得されている認定の名称と合格日(おおよそで結構です)を列挙していただけますか。統合後の照合に使用いたします。

AWS トレーニングと認定 サポート 岩瀬

${iphoneJa('2026-01-20 19:55', K, '個人の方(' + KEN.keep + ')を残します。\nよろしくお願いします\n\niPhoneから送信')}`,
  }),
  mk({
    slug: 'misaki-info-dmarc-fail', kind: 'info_request', lang: 'ja', caseId: C.misMerge, enc: 'utf8qp', auth: 'fail', trusted: false,
    note: 'info request whose DMARC check failed at the receiving server',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-03 12:30:00'),
    text: `川端様

統合の手続きのため、両方のアカウントのパスワードと候補者 ID をこのメールにご返信ください。

AWS トレーニングと認定`,
  }),
];

// ---------------- confirmation_request ----------------
const confirm: Msg[] = [
  mk({
    slug: 'ryo-irreversible-gmail-thread', kind: 'confirmation_request', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7',
    note: 'asks for consent to the irreversible merge; Gmail-quoted history',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-14 11:45:38'),
    text: `森本 遼 様

候補者 ID のご連絡ありがとうございます。以下の内容で統合いたします。

 統合元: ${RYO.srcId} (${RYO.src})
 統合先: ${RYO.keepId} (${RYO.keep})

統合は一度実施すると元に戻すことができません。上記の内容で差し支えなければ、その旨をこのメールにご返信ください。ご返信をいただいてから作業いたします。

大西 / AWS トレーニングと認定

${gmailJa('2026-02-13 23:12', R, '大西様\n\n遅くなりました。個人の方は ' + RYO.keepId + ' です。\n森本\n\n' + gmailJa('2026-02-11 09:18', FORM_JA, 'ご本人確認のため、残される方のアカウントから候補者 ID をご返信ください。'))}`,
  }),
  mk({
    slug: 'misaki-proceed-ok-credly-aside', kind: 'confirmation_request', lang: 'ja', caseId: C.misMerge, enc: 'sjisb64',
    note: 'asks whether to proceed with the listed merge; mentions the Credly ticket in passing',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-05 13:07:21'),
    text: `川端 美咲 様

スクリーンショットのご送付ありがとうございます。すべての認定を確認できました。

${MISAKI.srcId}(${MISAKI.src})の内容を ${MISAKI.keepId}(${MISAKI.keep})へ移し、${MISAKI.srcId} は無効となります。
この内容で統合を進めてよろしいでしょうか。実施後の取り消しはできかねますので、ご了承いただけましたらご返信をお願いします。

なお、Credly 側でお問い合わせ中のチケットにつきましては、Credly のサポートから回答がございますので、当窓口ではお答えいたしかねます。

藤沢`,
  }),
  mk({
    slug: 'ken-consent-exam-case-separate', kind: 'confirmation_request', lang: 'ja', caseId: C.kenMerge, enc: 'utf8qp',
    note: 'consent request; says the exam-rescheduling case is handled separately',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-22 10:33:47'),
    text: `小野寺様

認定と合格日の一覧、拝受しました。照合の結果、問題ございませんでした。

最後に、統合のご意思を確認させてください。${KEN.srcId} を ${KEN.keepId} に統合すると、元の状態に戻すことはできません。
「統合に同意します」とご返信いただければ、こちらで作業を行います。

試験日程の変更のご依頼はケース ${C.kenExam} として別の担当が承っております。そちらの進み具合は本件と関係なく進みますのでご安心ください。

岩瀬`,
  }),
  mk({
    slug: 'ken-cc-hirai-consent', kind: 'confirmation_request', lang: 'ja', caseId: C.kenHirai, enc: 'jisb64',
    note: "colleague Hirai's merge case with the user on Cc: by its text a consent request (forUser because Cc)",
    from: FORM_JA, to: HIRAI, cc: `${KEN.ja} <${KEN.src}>`, subject: formSubj(C.kenHirai), date: jst('2026-02-02 17:20:08'),
    text: `平井 沙織 様
(Cc: 小野寺 様)

統合元・統合先のアカウントを確認いたしました。
この統合は取り消しができない操作となります。進めてよろしければ、平井様ご本人からその旨ご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'misaki-html-ishi-kakunin', kind: 'confirmation_request', lang: 'ja', caseId: C.misMerge, enc: 'utf8b64',
    note: 'multipart consent request phrased as confirming the intention, without the word 同意',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-05 13:09:02'),
    text: `川端様

先ほどのメールの補足です。統合を実施してよいか、川端様のご意思を確認させてください。
お返事をいただくまでは作業に入りません。統合後に元へ戻すことはできませんのでご注意ください。

藤沢`,
    html: `<div>川端様</div><div>&nbsp;</div><div>先ほどのメールの補足です。<b>統合を実施してよいか、川端様のご意思を確認させてください。</b></div><div>お返事をいただくまでは作業に入りません。統合後に元へ戻すことはできませんのでご注意ください。</div><div>&nbsp;</div><div>藤沢</div>`,
  }),
  mk({
    slug: 'ryo-consent-freemail-display', kind: 'confirmation_request', lang: 'ja', caseId: C.ryoMerge, enc: 'sjis8', trusted: false,
    note: 'consent request with a trusted display name on a free-mail address',
    from: 'AWS トレーニングと認定 <aws.training.support.jp@gmail.com>', to: R, subject: `Re: [CASE ${C.ryoMerge}] 統合の最終確認`, date: jst('2026-02-14 08:02:13'),
    text: `森本様

統合前の最終確認です。下記リンクからサインインし、「同意する」を押してください。
https://aws-training-merge.example.org/consent?c=${C.ryoMerge}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ken-consent-bottom-post-typo', kind: 'confirmation_request', lang: 'ja', caseId: C.kenMerge, enc: 'jis7',
    note: 'consent request written below the quoted mail, with typos',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-22 18:14:40'),
    text: `> 念のためですが、統合後に会社のアドレスでは
> ログインできなくなるのでしょうか。

はい、統合元(${KEN.srcId})はログインできなくなりまず。

そのうえで、統合を実施してもよろしいでしょうか。取り消しは出来ませんので、よろしければ「はい」とだけご返信ください。

岩瀬`,
  }),
];

// ---------------- merge_completed ----------------
const merged: Msg[] = [
  mk({
    slug: 'ryo-merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7',
    note: 'merge done; says the case will be closed (completion is the new fact)',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-16 18:40:26'),
    text: `森本 遼 様

ご同意のご返信ありがとうございました。
本日、${RYO.srcId} の内容を ${RYO.keepId} に移し、アカウントの統合処理が完了いたしました。

統合先のアカウントにサインインし、認定と特典が表示されていることをご確認ください。
本ケースはこれをもってクローズいたします。

大西`,
  }),
  mk({
    slug: 'misaki-togo-owarimashita-sjis', kind: 'merge_completed', lang: 'ja', caseId: C.misMerge, enc: 'sjis8',
    note: 'merge finished; asks the user to check, and mentions the billing case in passing',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-07 11:52:00'),
    text: `川端 美咲 様

お待たせいたしました。${MISAKI.keepId} への統合作業を終えました。旧アカウントでの認定 3 件がこちらに表示されているはずです。
お手数ですが、内容に誤りがないかご確認ください。

別件の請求に関するケース(${C.misBill})につきましては、引き続き請求担当からご連絡いたします。

藤沢`,
  }),
  mk({
    slug: 'ken-portal-accounts-merged', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', auth: 'dkimParent',
    note: "certification portal's own merged notice, no case ID; DKIM of the parent domain aligns",
    from: PORTAL, to: K, subject: 'AWS 認定: アカウントが統合されました', date: jst('2026-01-23 09:12:45'),
    html: `<html><body style="font-family:sans-serif">
<h2>アカウント統合のお知らせ</h2>
<p>小野寺 健 様</p>
<p>お客様の AWS 認定アカウント ${KEN.srcId} は、${KEN.keepId} に統合されました。今後は ${KEN.keep} でサインインしてください。</p>
<p>認定・試験履歴・特典は統合後のアカウントでご確認いただけます。</p>
<p>AWS Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'ken-merge-done-exam-still-open', kind: 'merge_completed', lang: 'ja', caseId: C.kenMerge, enc: 'utf8b64',
    note: 'support says the merge is done; the exam-rescheduling case stays open separately',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-23 10:20:18'),
    html: `<div>小野寺様</div><br><div>お返事ありがとうございました。${KEN.srcId} から ${KEN.keepId} への統合が終わりました。</div><div>再度サインインしていただくと、すべての認定が一つのアカウントにまとまっております。</div><br><div>※ 試験日程変更のケース (${C.kenExam}) は担当が異なるため、まだ対応中のままです。</div><br><div>岩瀬</div>`,
  }),
  mk({
    slug: 'misaki-certmetrics-merged-notice', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8qp', trusted: false,
    note: 'portal-style merged notice, but sent from the certmetrics.com vendor domain, not a trusted domain',
    from: 'AWS Certification <awscertification@certmetrics.com>', to: M, subject: '[AWS 認定] アカウント統合完了のお知らせ', date: jst('2026-03-07 11:10:30'),
    text: `川端 美咲 様

ご依頼のあった認定アカウントの統合が行われました。
統合後のアカウント: ${MISAKI.keep}

このメールは送信専用です。`,
  }),
  mk({
    slug: 'ryo-merged-fail-then-forged', kind: 'merge_completed', lang: 'ja', caseId: C.ryoMerge, enc: 'jisb64', auth: 'failThenForged', trusted: false,
    note: 'completion notice: the top verdict fails, a planted pass sits further down',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-15 02:11:09'),
    text: `森本様

統合が完了しました。新しいアカウントの情報を確認するため、以下からログインしてください。
https://aws-training.example-login.net/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ken-cc-hirai-merged', kind: 'merge_completed', lang: 'ja', caseId: C.kenHirai, enc: 'jis7',
    note: "colleague Hirai's merge completed, user on Cc: by its text a completion",
    from: FORM_JA, to: HIRAI, cc: `${KEN.ja} <${KEN.keep}>`, subject: formSubj(C.kenHirai), date: jst('2026-02-04 15:03:33'),
    text: `平井様

(Cc の小野寺様にもお送りしています)
ご返信を受け、平井様の二つの認定アカウントを一つにまとめる作業が完了しました。
統合先アカウントで内容をご確認ください。

AWS トレーニングと認定`,
  }),
];

// ---------------- badges_transferred ----------------
const badges: Msg[] = [
  mk({
    slug: 'ryo-credly-hakko-multipart', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64',
    note: "AWS badge issued via Credly to the kept address",
    from: CREDLY_AWS, to: R, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-02-17 04:30:12'),
    text: `森本 遼 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを受け取り、プロフィールで共有しましょう。
バッジを入手する: https://www.credly.com/earner/earned/badge/7c1e0d2a-5b4f-4e31-9a77-2f8d1c6b0e93

Credly`,
    html: toHtml(`森本 遼 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを受け取り、プロフィールで共有しましょう。
バッジを入手する: https://www.credly.com/earner/earned/badge/7c1e0d2a-5b4f-4e31-9a77-2f8d1c6b0e93

Credly`),
  }),
  mk({
    slug: 'misaki-support-badges-moved-sjis', kind: 'badges_transferred', lang: 'ja', caseId: C.misMerge, enc: 'sjis8',
    note: 'support says the Credly badges were moved to the kept address',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-09 14:44:51'),
    text: `川端様

ご指摘いただいたデジタルバッジの件です。旧アドレスに発行されていた Credly のバッジ 3 点を、${MISAKI.keep} 宛てに付け替えました。
Credly から届くメールの案内に沿って、受け取りの操作をお願いいたします。

藤沢`,
  }),
  mk({
    slug: 'ken-badges-reissued-accept', kind: 'badges_transferred', lang: 'ja', caseId: C.kenMerge, enc: 'jis7',
    note: 'support says badges were re-issued to the kept address and asks to accept them',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-26 11:07:17'),
    text: `小野寺 健 様

バッジが見当たらないとのご連絡、ありがとうございました。
統合先のメールアドレス ${KEN.keep} に、お持ちの認定のバッジを再発行いたしました。Credly からの通知メールより「バッジを入手する」を押して受け取ってください。

岩瀬`,
  }),
  mk({
    slug: 'misaki-credly-html-only', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp',
    note: 'HTML-only AWS badge notice from Credly to the kept address',
    from: CREDLY_AWS, to: M, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-03-09 15:02:40'),
    html: `<html><body>
<table style="width:100%;max-width:560px"><tr><td>
<p>川端 美咲 さん、おめでとうございます!</p>
<p>Amazon Web Services Training and Certification があなたに新しいバッジを発行しました:<br><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/badges/b53a1d7e-0c4e-4a6e-9d1f-33c0a8e1b2c4/accept" style="background:#ff6b00;color:#fff;padding:10px 18px">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. このメールは ${MISAKI.keep} 宛てに送信されました。</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ryo-credly-lookalike-domain', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', trusted: false,
    note: 'Credly-style badge notice from the look-alike domain credly-mail.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: R, subject: 'バッジ発行のお知らせ: AWS Certified Cloud Practitioner', date: jst('2026-02-16 23:50:00'),
    text: `森本 遼 さん

Amazon Web Services Training and Certification からバッジが届いています。
バッジを入手する: https://credly-mail.com/accept?u=ryo.morimoto`,
  }),
  mk({
    slug: 'ryo-badges-moved-and-close', kind: 'badges_transferred', lang: 'ja', caseId: C.ryoMerge, enc: 'jisb64',
    note: 'support announces the badges moved and closes the case',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-18 13:28:04'),
    text: `森本様

統合後にバッジが旧アドレスに残っていた件、Credly 側のバッジの移行を行いました。現在は ${RYO.keep} のアカウントでご覧いただけます。

以上で本件は完了となりますので、ケースをクローズさせていただきます。
なお、請求のケース(${C.ryoBill})は別チームの管轄のため、本クローズの対象外です。

大西`,
  }),
  mk({
    slug: 'ken-credly-dkim-only', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', auth: 'dkimonly',
    note: 'AWS badge via Credly to the kept address; only an aligned DKIM pass',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-01-26 11:30:59'),
    text: `小野寺 健 さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。
 ・AWS Certified SysOps Administrator - Associate

バッジを入手する
https://www.credly.com/earner/earned/badge/0f4c2e81-9d6a-4b3e-8c51-6e2a7d9f1b08

Credly チーム`,
    html: `<p>小野寺 健 さん</p><p>Amazon Web Services Training and Certification から、次のバッジが発行されました。<br> ・AWS Certified SysOps Administrator - Associate</p><p><a href="https://www.credly.com/earner/earned/badge/0f4c2e81-9d6a-4b3e-8c51-6e2a7d9f1b08">バッジを入手する</a></p><p>Credly チーム</p>`,
  }),
];

// ---------------- case_closed ----------------
const closed: Msg[] = [
  mk({
    slug: 'ryo-auto-close-3days', kind: 'case_closed', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7',
    note: 'reminder that the merge case closes in 3 days without a reply',
    from: SUPPORT_JA, to: R, subject: `ケース ${C.ryoMerge} へのご返信をお待ちしております`, date: jst('2026-02-12 09:00:14'),
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ${C.ryoMerge} について、担当者がお客様からのご返信をお待ちしております。
3 日以内にご返信がない場合、このケースは自動的に解決済みとなります。

サポートセンターでケースを確認する:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${C.ryoMerge}`,
  }),
  mk({
    slug: 'misaki-resolved-notice', kind: 'case_closed', lang: 'ja', caseId: C.misMerge, enc: 'utf8qp',
    note: 'notification that the merge case was resolved',
    from: SUPPORT_JA, to: M, subject: `AWS サポート: ケース ${C.misMerge} は解決済みになりました`, date: jst('2026-03-10 08:15:27'),
    text: `お客様のケースが解決済みとしてマークされました。

ケース ID: ${C.misMerge}
件名: 認定アカウントの統合

14 日以内であれば、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ken-dup-closed-continue-other', kind: 'case_closed', lang: 'ja', caseId: C.kenDup, enc: 'sjis8',
    note: 'the duplicate merge case is closed; the work continues on the first case',
    from: FORM_JA, to: K, subject: formSubj(C.kenDup), date: jst('2026-01-19 16:45:08'),
    text: `小野寺様

同じ内容のお問い合わせを 2 件頂戴しておりましたので、本ケース(${C.kenDup})はクローズいたします。
ご依頼は先にお受けしたケース ${C.kenMerge} にて引き続き対応いたします。以降はそちらへご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ryo-closing-restates-merge', kind: 'case_closed', lang: 'ja', caseId: C.ryoMerge, enc: 'jisb64', trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-24 10:11:42'),
    text: `森本様

先週お知らせのとおり、アカウントの統合とバッジの移行は 2 月中旬に済んでおります。
その後ご連絡がございませんでしたので、本ケースはこれにて終了とさせていただきます。

大西`,
  }),
  mk({
    slug: 'ken-html-closing', kind: 'case_closed', lang: 'ja', caseId: C.kenMerge, enc: 'utf8b64',
    note: 'HTML-only closing of the merge case',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-29 17:00:02'),
    html: `<html><body><p>小野寺 健 様</p><p>お問い合わせ (ケース ${C.kenMerge}) は対応を終了いたしました。</p><p>ご不明な点が新たに生じた場合は、新しいお問い合わせとしてご連絡ください。</p><p>AWS トレーニングと認定 カスタマーサポート</p></body></html>`,
  }),
  mk({
    slug: 'misaki-no-reply-resolved', kind: 'case_closed', lang: 'ja', caseId: C.misMerge, enc: 'jis7',
    note: 'case set to resolved because the user did not reply',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-20 09:30:45'),
    text: `川端様

バッジの受け取り状況について伺っておりましたが、ご返信が確認できなかったため、本日付で本ケースを解決済みとしました。
何かございましたら、このメールにご返信いただければ再開いたします。

藤沢`,
  }),
  mk({
    slug: 'ryo-dup-closed-utf8', kind: 'case_closed', lang: 'ja', caseId: C.ryoDup, enc: 'utf8b64',
    note: 'the duplicate case opened by mistake is closed',
    from: FORM_JA, to: Rsrc, subject: formSubj(C.ryoDup), date: jst('2026-02-10 15:30:12'),
    text: `森本 遼 様

ケース ${C.ryoDup} は、先に作成されたケースと同一のご依頼でしたので、こちらは閉じさせていただきます。
ご対応は引き続き大西が担当いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ken-closed-lookalike-authserv', kind: 'case_closed', lang: 'ja', caseId: C.kenMerge, enc: 'jis7', auth: 'lookalikeServer', trusted: false,
    note: 'closing notice whose Authentication-Results comes from a look-alike authserv-id',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-25 06:41:19'),
    text: `小野寺様

本ケースはクローズされました。再開をご希望の場合は 48 時間以内に下記へご連絡ください。
http://aws-case-reopen.example.info/${C.kenMerge}`,
  }),
];

// ---------------- support_reply ----------------
const reply: Msg[] = [
  mk({
    slug: 'ryo-thanks-for-consent-passed', kind: 'support_reply', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7', trap: true,
    note: 'thanks for confirming, passed to the team: a status update',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-15 10:18:40'),
    text: `森本様

ご確認のご返信、ありがとうございます。統合の作業は担当チームに依頼いたしました。
作業が終わり次第、あらためてご連絡します。通常、数営業日ほどいただいております。

大西`,
  }),
  mk({
    slug: 'misaki-escalated-3-5-days', kind: 'support_reply', lang: 'ja', caseId: C.misMerge, enc: 'sjisb64',
    note: 'escalated to the back-end team, 3-5 business days',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-05 18:01:55'),
    text: `川端様

ご返信ありがとうございました。内容を専門チームへ引き継ぎました。
処理には通常 3 から 5 営業日ほどかかります。進捗がありましたらこちらからご連絡いたします。

藤沢`,
  }),
  mk({
    slug: 'ken-duplicate-cases-combined', kind: 'support_reply', lang: 'ja', caseId: C.kenMerge, enc: 'utf8qp', trap: true,
    note: 'says the duplicate cases were merged into this one: not the account merge',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-19 16:50:31'),
    text: `小野寺 健 様

重複して作成されていたケース ${C.kenDup} は、本ケースに統合いたしました。今後のやり取りは本ケースでお願いします。
アカウントの件は現在確認中ですので、もうしばらくお待ちください。

岩瀬`,
  }),
  mk({
    slug: 'ryo-billing-other-team-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7', trap: true,
    note: 'merge not finished yet; billing case is with another team',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-15 17:44:20'),
    text: `森本様

お問い合わせの件、統合はまだ完了しておりません。作業チームからの報告を待っている状況です。
また、お書き添えいただいたご請求の件(ケース ${C.ryoBill})は、請求担当のチームが別途対応しております。こちらの窓口では内容を確認できかねますので、そちらのケースにてお待ちください。

大西`,
  }),
  mk({
    slug: 'misaki-will-notify-when-done', kind: 'support_reply', lang: 'ja', caseId: C.misMerge, enc: 'utf8b64', trap: true,
    note: '「統合が完了しましたら」: future, not the event',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-06 12:12:12'),
    text: `川端様

お問い合わせありがとうございます。現在、統合の処理待ちとなっております。
統合が完了しましたら、改めてこちらからご連絡いたしますので、もうしばらくお待ちいただけますと幸いです。

藤沢`,
  }),
  mk({
    slug: 'ken-cannot-merge-exam-booked', kind: 'support_reply', lang: 'ja', caseId: C.kenMerge, enc: 'sjis8', trap: true,
    note: 'cannot merge while an exam is booked on the old account: negated event',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-22 09:05:47'),
    text: `小野寺様

確認したところ、統合元のアカウントに 2 月の試験予約が残っておりました。予約が残っている間は統合を実施できません。
試験日程の変更ケース(${C.kenExam})の方で予約の扱いが決まり次第、こちらで手続きを再開いたします。

岩瀬`,
  }),
  mk({
    slug: 'ryo-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: C.ryoMerge, enc: 'jisb64',
    note: 'answers a question about the 50% voucher; no event',
    from: FORM_JA, to: R, subject: formSubj(C.ryoMerge), date: jst('2026-02-12 14:36:50'),
    text: `森本様

ご質問いただいた半額バウチャーについて回答いたします。
旧アカウントで付与された特典は有効期限内であれば、手続き後も残す側のアカウントでお使いいただけます。期限そのものは変わりません。

ほかにご不明な点があればお知らせください。
大西`,
  }),
  mk({
    slug: 'misaki-credly-ask-credly', kind: 'support_reply', lang: 'ja', caseId: C.misMerge, enc: 'utf8qp',
    note: 'says the Credly profile question belongs to Credly support',
    from: FORM_JA, to: M, subject: formSubj(C.misMerge), date: jst('2026-03-08 10:44:09'),
    text: `川端様

Credly のプロフィール表示名の変更については、Credly のサポート窓口が担当しております。お手数ですが、お問い合わせ中のチケットでご確認ください。
認定アカウントの件は引き続きこちらで対応いたします。

藤沢

${gmailJa('2026-03-07 22:18', M, 'Credly のプロフィール名がローマ字のままなのですが、変えられますか?')}`,
  }),
  mk({
    slug: 'ken-new-agent-handover', kind: 'support_reply', lang: 'ja', caseId: C.kenMerge, enc: 'utf8b64',
    note: 'agent handover notice; no news on the merge',
    from: FORM_JA, to: K, subject: formSubj(C.kenMerge), date: jst('2026-01-21 09:02:33'),
    text: `小野寺 健 様

本日より、岩瀬が本件を担当いたします。これまでの経緯は引き継いでおりますので、同じ内容を改めてお送りいただく必要はございません。

引き続きよろしくお願いいたします。`,
    html: toHtml(`小野寺 健 様

本日より、岩瀬が本件を担当いたします。これまでの経緯は引き継いでおりますので、同じ内容を改めてお送りいただく必要はございません。

引き続きよろしくお願いいたします。`),
  }),
];

// ---------------- unrelated ----------------
const unrelated: Msg[] = [
  mk({
    slug: 'ryo-billing-case-created', kind: 'unrelated', lang: 'ja', caseId: C.ryoBill, enc: 'utf8qp', trap: true,
    note: 'receipt of a billing case, not the account merge',
    from: SUPPORT_JA, to: R, subject: `AWS サポート: ケース ${C.ryoBill} を受け付けました`, date: jst('2026-02-08 19:20:44'),
    text: `AWS サポートへお問い合わせいただきありがとうございます。

ケース ID: ${C.ryoBill}
件名: 2026年1月分の請求額について
カテゴリ: アカウントおよび請求

担当者から回答があり次第、メールでお知らせします。`,
  }),
  mk({
    slug: 'ryo-billing-invoice-number', kind: 'unrelated', lang: 'ja', caseId: C.ryoBill, enc: 'jis7', trap: true,
    note: 'billing case asks for an invoice number: an information request on another case',
    from: SUPPORT_JA, to: R, subject: `ケース ${C.ryoBill} が更新されました`, date: jst('2026-02-10 11:03:29'),
    text: `森本様

AWS 請求サポートの小宮です。
ご指摘の請求額について調査いたしますので、対象の請求書番号と、AWS アカウント ID (12 桁) をお知らせください。

こちらのケースへの返信はサポートセンターからお願いいたします。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${C.ryoBill}`,
  }),
  mk({
    slug: 'ryo-billing-resolved', kind: 'unrelated', lang: 'ja', caseId: C.ryoBill, enc: 'utf8b64', trap: true,
    note: 'billing case resolved, not the merge case',
    from: SUPPORT_JA, to: R, subject: `AWS サポート: ケース ${C.ryoBill} は解決済みです`, date: jst('2026-02-13 16:20:00'),
    text: `ご利用ありがとうございます。

以下のケースが解決済みになりました。
ケース ID: ${C.ryoBill}
件名: 2026年1月分の請求額について

差額 12.40 USD は次回の請求で調整されます。`,
  }),
  mk({
    slug: 'ryo-exam-case-receipt', kind: 'unrelated', lang: 'ja', caseId: C.ryoExam, enc: 'jis7', trap: true,
    note: 'receipt of the exam-rescheduling case from the same form address',
    from: FORM_JA, to: R, subject: formSubjNew(C.ryoExam, 'exam-scheduling'), date: jst('2026-02-11 20:07:37'),
    text: `森本 遼 様

試験の予約に関するお問い合わせを受け付けました。
ケース ID: ${C.ryoExam}

担当より折り返しご連絡いたします。`,
  }),
  mk({
    slug: 'ryo-exam-reschedule-done-sjis', kind: 'unrelated', lang: 'ja', caseId: C.ryoExam, enc: 'sjis8', trap: true,
    note: 'exam rescheduling completed on another case',
    from: FORM_JA, to: R, subject: formSubj(C.ryoExam, 'exam-scheduling'), date: jst('2026-02-12 13:55:09'),
    text: `森本様

ご依頼いただいた試験日程の変更が完了しました。
試験: AWS Certified Developer - Associate
新しい日時: 2026年3月6日 14:00 (テストセンター: 大阪梅田)

ピアソン VUE から確認メールが別途届きます。本ケースはこれで完了とさせていただきます。`,
  }),
  mk({
    slug: 'ken-pearson-appointment-changed', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true, trusted: false,
    note: 'Pearson VUE appointment-change confirmation; not a trusted domain, not a merge case',
    from: PEARSON, to: K, subject: 'ピアソン VUE 試験予約内容のご案内 (変更)', date: jst('2026-01-28 10:00:31'),
    text: `小野寺 健 様

以下のとおり試験予約の変更を承りました。

試験名: AWS Certified Solutions Architect - Professional
日時: 2026年2月20日 10:00
会場: 東京 新宿テストセンター
登録番号: 482917736

内容をご確認ください。変更・キャンセルは予約時刻の 24 時間前まで可能です。

Pearson VUE`,
  }),
  mk({
    slug: 'ken-exam-case-confirm-date', kind: 'unrelated', lang: 'ja', caseId: C.kenExam, enc: 'jisb64', trap: true,
    note: 'asks the user to confirm a new exam date on the exam case: confirmation words about another case',
    from: FORM_JA, to: K, subject: formSubj(C.kenExam, 'exam-scheduling'), date: jst('2026-01-21 15:17:22'),
    text: `小野寺様

試験日程の変更について、下記の候補で手配してよろしいか確認させてください。
 2026年2月20日(金) 10:00 新宿

よろしければこのメールにご返信ください。

AWS トレーニングと認定 試験担当 村井`,
  }),
  mk({
    slug: 'misaki-credly-ticket-received', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true,
    note: 'Credly help-desk receipt for a Credly ticket; no AWS case',
    from: CREDLY_SUPPORT, to: M, subject: `[Credly] リクエストを受け付けました (#${CREDLY_TICKET.misaki})`, date: jst('2026-03-04 02:14:50'),
    text: `川端 美咲 様

Credly サポートにお問い合わせいただきありがとうございます。リクエスト #${CREDLY_TICKET.misaki} を受け付けました。
担当者から順次ご返信いたします。このメールに返信すると、リクエストにコメントを追加できます。

Credly Support`,
  }),
  mk({
    slug: 'misaki-credly-profiles-merged', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true,
    note: "Credly support merged the user's two Credly profiles: Credly's own account merge",
    from: CREDLY_SUPPORT, to: M, subject: `[Credly] Re: プロフィールの統合 (#${CREDLY_TICKET.misaki})`, date: jst('2026-03-06 05:40:12'),
    text: `川端様

お待たせしました。Credly 上の二つのアカウントを統合し、${MISAKI.keep} をプライマリのメールアドレスにしました。
以前のアドレスはセカンダリとして残っています。

このリクエストは解決済みにします。

Credly Support`,
  }),
  mk({
    slug: 'misaki-cc-team-voucher-count', kind: 'unrelated', lang: 'ja', caseId: C.misTeam, enc: 'jis7', trap: true,
    note: "colleague's team-voucher case (user on Cc) asks for numbers: not a merge case",
    from: FORM_JA, to: ISHIGURO, cc: `${MISAKI.ja} <${MISAKI.src}>`, subject: formSubj(C.misTeam, 'voucher-request'), date: jst('2026-03-03 14:22:17'),
    text: `石黒様 (Cc: 川端様)

団体向けバウチャーのお申し込みについて、必要な枚数と試験の種類をお知らせいただけますか。
請求書の送付先もあわせてご記入ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'misaki-team-voucher-closed-ml', kind: 'unrelated', lang: 'ja', caseId: C.misTeam, enc: 'sjisb64', trap: true, forUser: false,
    note: "colleague's voucher case closed, delivered via the team list only (no user address)",
    from: FORM_JA, to: ISHIGURO, cc: HARUNIRE_ML, deliveredTo: 'shikaku-ml@harunire-tech.example.co.jp', subject: formSubj(C.misTeam, 'voucher-request'), date: jst('2026-03-12 10:01:40'),
    text: `石黒様

バウチャー 10 枚の発行が済みましたので、本ケースをクローズいたします。
コードは別メールでお送りしております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'misaki-refund-completed', kind: 'unrelated', lang: 'ja', caseId: C.misBill, enc: 'utf8qp', trap: true,
    note: 'billing case: refund processing completed',
    from: SUPPORT_JA, to: M, subject: `ケース ${C.misBill}: 返金処理のご連絡`, date: jst('2026-03-06 17:33:05'),
    text: `川端様

AWS 請求サポートです。
重複していた 2 月分の請求について、返金の手続きが完了しました。カード会社の処理により、反映まで 5 - 10 営業日ほどかかる場合がございます。

ケース ${C.misBill} は解決済みとさせていただきます。`,
  }),
  mk({
    slug: 'ryo-own-consent-reply-cc-self', kind: 'unrelated', lang: 'ja', caseId: C.ryoMerge, enc: 'jis7', trap: true, trusted: false,
    note: "the user's own consent reply with a Cc to his work address",
    from: R, to: FORM_JA, cc: Rsrc, subject: formSubj(C.ryoMerge), date: jst('2026-02-14 22:41:06'),
    relay: 'smtp.example.net',
    text: `大西様

ご連絡ありがとうございます。記載の内容で統合していただいて問題ありません。
よろしくお願いいたします。

森本 遼

${gmailJa('2026-02-14 11:45', FORM_JA, '統合は一度実施すると元に戻すことができません。上記の内容で差し支えなければ、その旨をこのメールにご返信ください。')}`,
  }),
  mk({
    slug: 'ryo-colleague-out-of-office', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', trusted: false,
    note: "a colleague's out-of-office auto reply",
    from: TAJIMA, to: Rsrc, subject: '自動応答: 請求ケースの件', date: jst('2026-02-10 12:00:03'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。田島です。
2月10日から2月13日まで出張のため、メールの確認が遅れます。
急ぎの件は経理部 keiri@kitaura-sys.example.co.jp までお願いします。`,
  }),
  mk({
    slug: 'misaki-billing-survey', kind: 'unrelated', lang: 'ja', caseId: C.misBill, enc: 'utf8b64', trap: true,
    note: 'satisfaction survey for the billing case',
    from: SUPPORT_JA, to: M, subject: 'AWS サポートに関するアンケートのお願い', date: jst('2026-03-08 09:00:00'),
    text: `川端様

先日のケース (${C.misBill}) の対応について、アンケートにご協力ください。
問題は解決しましたか? 担当者の対応はいかがでしたか?
所要時間は 1 分ほどです。

https://survey.aws.amazon.com/s/jp-support?c=${C.misBill}`,
  }),
  mk({
    slug: 'ken-exam-case-closing', kind: 'unrelated', lang: 'ja', caseId: C.kenExam, enc: 'jis7', trap: true,
    note: 'the exam-rescheduling case is closed: not the merge case',
    from: FORM_JA, to: K, subject: formSubj(C.kenExam, 'exam-scheduling'), date: jst('2026-01-28 11:15:42'),
    text: `小野寺様

試験日程の変更手続きが済み、ピアソン VUE からの確認メールも送られておりますので、ケース ${C.kenExam} を閉じさせていただきます。

村井`,
  }),
  mk({
    slug: 'ken-microsoft-via-credly', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true,
    note: 'a Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: K, subject: 'Microsoftのバッジ発行のお知らせ', date: jst('2026-01-30 08:22:18'),
    html: `<html><body><p>小野寺 健 さん</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/1d9e">バッジを入手する</a></p><p>Credly</p></body></html>`,
  }),
  mk({
    slug: 'ryo-billing-resent-to-keiri', kind: 'unrelated', lang: 'ja', caseId: C.ryoBill, enc: 'jis7', trap: true, forUser: false,
    note: 'billing-case update redirected (Resent-*) to the accounting team',
    from: SUPPORT_JA, to: Rsrc, subject: `ケース ${C.ryoBill} が更新されました`, date: jst('2026-02-12 10:40:05'),
    resent: { from: Rsrc, to: KEIRI, date: jst('2026-02-12 10:52:40') },
    text: `森本様

ご連絡いただいた請求書番号を確認しました。調査結果がまとまり次第ご連絡します。

ケース ID: ${C.ryoBill}`,
  }),
  mk({
    slug: 'ken-skillbuilder-course-complete', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true, trusted: false,
    note: 'Skill Builder course-completion mail from skillbuilder.aws (not a trusted domain)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: K, subject: 'コースの修了おめでとうございます', date: jst('2026-01-31 19:44:13'),
    text: `小野寺 健 さん

「AWS Cloud Quest: Solutions Architect」を修了しました。
修了証はマイページからダウンロードできます。`,
  }),
  mk({
    slug: 'ryo-phish-billing-subdomain-trick', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', trap: true, trusted: false,
    note: 'phishing "please confirm your payment details" from amazon.com.billing-notice.net',
    from: 'Amazon Web Services <billing@amazon.com.billing-notice.net>', to: R, subject: '【重要】お支払い情報のご確認のお願い', date: jst('2026-02-15 03:33:33'),
    text: `お客様

お支払い方法の確認が完了していないため、アカウントが一時停止される可能性があります。
下記のリンクからカード情報をご確認ください。

https://amazon.com.billing-notice.net/jp/verify`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...confirm, ...merged, ...badges, ...closed, ...reply, ...unrelated];
