// Japanese messages of set ei. Voice: double negatives, litotes, understatement.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, HANAKO_ASK, KENJI, KENJI_ASK, PORTAL, SUPPORT_CENTER, SUPPORT_JA, TARO, TARO_ASK,
  formSubject, gmailJa, mk, outlookJa, paras, quote, sfBlock, sfRef,
} from './common.js';

const J = '+0900';
const Z = '+0000';
const T = `${TARO.ja} <${TARO.keep}>`;
const H = `${HANAKO.ja} <${HANAKO.keep}>`;
const K = `${KENJI.ja} <${KENJI.keep}>`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk('ja-ack-taro', 'acknowledgement', 'ja', CASE.taro, 'automatic receipt of the new merge case with its ID', {
    from: SUPPORT_JA, to: T, subject: `[CASE ${CASE.taro}] お問い合わせを受け付けました`, date: rfcDate('2026-02-02 10:14:08', Z), enc: 'jis7',
    text: `${TARO.ja} 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お送りいただいた内容は、ケース ID ${CASE.taro} として受け付けております。

担当者から通常 24 時間以内にご連絡いたします。ご連絡が遅れることは多くはございませんが、
同じ内容で別のケースを作成されますと、かえって回答が遅れることがございます。

このメールは送信専用アドレスから自動でお送りしています。`,
  }),
  mk('ja-ack-hanako', 'acknowledgement', 'ja', CASE.hanako, 'receipt: case number issued, reply within a business day', {
    from: AWS_NOTIFY, to: H, subject: 'サポートケースが作成されました', date: rfcDate('2026-03-09 08:02:51', Z), enc: 'utf8qp',
    text: `お客様

サポートケース ${CASE.hanako} が作成されました。お問い合わせが届いていないということはございませんので、ご安心ください。

件名: 認定アカウントの統合について
お問い合わせの種類: AWS トレーニングと認定

営業日 1 日以内に担当者よりご返信いたします。

Amazon Web Services`,
  }),
  mk('ja-ack-kenji', 'acknowledgement', 'ja', CASE.kenji, 'receipt in the form-submission shape, ID in the subject', {
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.kenji}] [AWS Training and Certification Form Submission] - 受付完了`, date: rfcDate('2026-04-14 02:40:19', Z), enc: 'sjis8',
    text: `伊藤 健二 様

フォームからのご依頼は確かに受領いたしました。
ケース番号: ${CASE.kenji}
カテゴリー: 認定 / アカウントの統合

このケースについてのやり取りは、本メールへの返信で続けていただけます。
担当より追ってご連絡いたしますので、しばらくお待ちいただけないでしょうか。`,
  }),
  mk('ja-ack-terse', 'acknowledgement', 'ja', CASE.hanakoDup, 'receipt that says nothing of its topic: read as a receipt', {
    from: AWS_NOTIFY, to: H, subject: `ケース ${CASE.hanakoDup} 受付のお知らせ`, date: rfcDate('2026-03-09 08:40:03', Z), enc: 'jisb64',
    text: `ケース ID: ${CASE.hanakoDup}
ステータス: 未割り当て

お問い合わせは受け付け済みです。担当が決まり次第ご連絡します。
※本メールに心当たりがないということであれば、破棄してください。`,
  }),
  mk('ja-ack-html', 'acknowledgement', 'ja', CASE.taro, 'HTML-only receipt: accepted, ID in body only', {
    from: SUPPORT_CENTER, to: T, subject: 'お問い合わせありがとうございます', date: rfcDate('2026-02-02 10:14:30', Z), enc: 'utf8b64',
    html: `<html><body><div style="font-family:sans-serif">
<p>${TARO.ja} 様</p>
<p>ご依頼を受け付けました。受付番号は <b>${CASE.taro}</b> です。</p>
<p>内容を拝見するまで少しお時間をいただくことがありますが、お待たせしすぎることはないよう努めます。</p>
<p>AWS Support</p></div></body></html>`,
  }),
  mk('ja-ack-trap', 'acknowledgement', 'ja', CASE.kenjiOther, 'receipt; mentions that a merge needs confirmation later, but only a receipt', {
    trap: true,
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.kenjiOther}] お問い合わせ受付`, date: rfcDate('2026-05-20 11:21:44', Z), enc: 'utf88bit',
    text: `伊藤様

ケース ${CASE.kenjiOther} を受け付けました。

なお、アカウントの統合をご希望の場合、お客様のご同意なしに統合を進めることはございません。
担当者からの連絡をお待ちください。`,
  }),
  mk('ja-ack-noauth', 'acknowledgement', 'ja', CASE.taro, 'receipt text but no Authentication-Results at all', {
    trusted: false, auth: 'none',
    from: SUPPORT_JA, to: T, subject: `[CASE ${CASE.taro}] 受付`, date: rfcDate('2026-02-02 10:15:02', Z), enc: 'jis7',
    text: `山田様
お問い合わせ ${CASE.taro} を受け付けました。24時間以内に回答いたします。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk('ja-ai-selfservice', 'ai_answer', 'ja', null, 'AI-generated suggestion to try the Merge Accounts tool', {
    from: AWS_NOTIFY, to: T, subject: 'AI による回答: 認定アカウントの統合', date: rfcDate('2026-02-02 10:05:11', Z), enc: 'utf8qp',
    text: `このメッセージは生成 AI によって作成された回答です。

認定アカウントの統合は、セルフサービスでできないわけではありません。
AWS Certification アカウントにサインインし、プロフィールから「Merge Accounts」を開いてお試しください。

両方のアカウントに認定履歴がある場合、ツールが使えないこともございます。その際は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk('ja-ai-html', 'ai_answer', 'ja', null, 'automated answer (HTML) suggesting the self-service merge first', {
    from: SUPPORT_CENTER, to: H, subject: 'お問い合わせへの自動回答', date: rfcDate('2026-03-09 07:58:40', Z), enc: 'utf8b64',
    html: `<html><body>
<p><i>自動生成された回答です。内容が正確でない可能性がないとは言えません。</i></p>
<p>アカウントをまとめたい場合、まずは認定ポータルの「アカウントの統合」機能をご利用いただくのが近道でないとは申せません。</p>
<ol><li>認定ポータルにサインイン</li><li>プロフィール &gt; アカウントの統合</li><li>もう一方のアカウントの情報を入力</li></ol>
<p>解決しない場合は、ケースを作成してください。</p>
</body></html>`,
  }),
  mk('ja-ai-afterwards', 'ai_answer', 'ja', null, 'AI answer explaining what happens after a merge: still ai_answer', {
    trap: true,
    from: AWS_NOTIFY, to: K, subject: 'Amazon Q による回答', date: rfcDate('2026-04-14 02:35:00', Z), enc: 'jisb64',
    text: `[AI 生成の回答]
アカウントの統合後、統合元の認定が統合先に表示されないということは通常ありません。
Credly のバッジは自動で移らないこともあるため、統合後に Credly で受け取り直すことをおすすめします。
まずはポータルの Merge Accounts ツールをお試しください。
この回答で解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk('ja-ai-sjis', 'ai_answer', 'ja', null, 'automated suggestion: self-service tool, create case if refused', {
    from: AWS_NOTIFY, to: T, subject: '自動回答: アカウントの統合方法', date: rfcDate('2026-02-02 10:04:37', Z), enc: 'sjisb64',
    text: `お問い合わせ内容から、以下の手順がお役に立たないとも限りません。

1. 認定アカウントにログイン
2. 「Merge Accounts」を選択
3. 統合元アカウントのメールアドレスとパスワードを入力

ツールが「サポートにお問い合わせください」と表示した場合は、そのままケースの作成にお進みください。
(このメッセージは自動で作成されています)`,
  }),
  mk('ja-ai-short', 'ai_answer', 'ja', null, 'short generated answer pointing to the merge tool', {
    from: SUPPORT_CENTER, to: K, subject: '回答の候補', date: rfcDate('2026-05-20 11:10:02', Z), enc: 'utf88bit',
    text: `AI アシスタントより:
重複アカウントの整理は、セルフサービスの統合ツールで済むことも少なくありません。
ポータルのプロフィール画面からお試しください。うまくいかなければ、この画面でケースを作成できます。`,
  }),
  mk('ja-ai-lookalike', 'ai_answer', 'ja', null, 'AI-answer look-alike from a non-AWS domain', {
    trusted: false,
    from: 'AWS サポート AI <assist@aws-support-desk.jp>', to: H, subject: 'AI 回答: 認定アカウント統合', date: rfcDate('2026-03-10 01:12:09', Z), enc: 'utf8qp',
    text: `AI が作成した回答です。
統合ツールをお使いいただけない理由はございません。下記リンクからサインインしてお試しください。
https://aws-support-desk.jp/merge`,
  }),
  mk('ja-ai-mixed', 'ai_answer', 'ja', null, 'mixed-language generated answer; Japanese main text', {
    from: AWS_NOTIFY, to: T, subject: 'Generated answer / 生成された回答', date: rfcDate('2026-06-01 04:00:12', Z), enc: 'jis7',
    text: `This answer was generated by AI.
---
認定アカウントが 2 つあるからといって、必ずしもサポートへの連絡が必要というわけではありません。
Merge Accounts ツールでの統合をまずご検討ください。
ツールで統合できない場合に限り、ケースの作成をお願いします。`,
  }),

  // ---------------- info_request (8) ----------------
  mk('ja-info-ids', 'info_request', 'ja', CASE.taro, 'asks for candidate IDs and emails of both accounts', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-03 05:31:10', Z), enc: 'jis7',
    text: `山田 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の小林でございます。

恐れ入りますが、下記の情報をいただかないことには統合の手続きに進めません。
・両アカウントの候補者 ID (AWS から始まる番号)
・それぞれのログイン用メールアドレス
・残すアカウントはどちらか

お手数ですが、本メールへのご返信にてお知らせください。

${sfRef('0aKq3')}

${sfBlock(TARO.keep, '2026/02/02 10:13', 'aws-cs-trainingcertification-form@amazon.com', 'アカウント統合', TARO_ASK)}`,
  }),
  mk('ja-info-keep', 'info_request', 'ja', CASE.hanako, 'needs to know which account to keep; "ご確認のうえお知らせください"', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-10 06:45:27', Z), enc: 'sjis8',
    text: `佐藤様

ご連絡ありがとうございます。
どちらのアカウントを残されるのか、いただいた内容からは判断できないわけではございませんが、念のため、
残すアカウントのメールアドレスをご確認のうえお知らせください。

よろしくお願いいたします。
AWS T&C サポート 山口

${outlookJa(`${HANAKO.ja} <${HANAKO.keep}>`, '2026年3月9日 17:01', 'aws-cs-trainingcertification-form@amazon.com', 'アカウント統合のお願い', HANAKO_ASK)}`,
  }),
  mk('ja-info-fromkeep', 'info_request', 'ja', CASE.kenji, 'asks to write from the kept address AND send both candidate IDs', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-15 00:12:55', Z), enc: 'utf8qp',
    text: `伊藤様

お問い合わせの件、統合できないということはございません。
ただ、本人確認のため、統合先として残すアドレス (${KENJI.keep}) からご返信いただき、あわせて両アカウントの候補者 ID をお書き添えいただけますでしょうか。

それをいただかないことには、次の手順にお進みいただけません。

AWS Training and Certification 田中

${gmailJa('2026年4月14日(火) 11:38', KENJI.ja, KENJI.keep, KENJI_ASK)}`,
  }),
  mk('ja-info-voucher', 'info_request', 'ja', CASE.taro, 'asks for the pass dates / certification list of the source account', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-04 07:20:18', Z), enc: 'jisb64',
    text: `山田様

候補者 ID をお送りいただきありがとうございます。
統合元 ${TARO.srcId} の認定について、こちらで照合しきれていない点が少なくありません。
お手数ですが、保有されている認定の名称と合格日を、わかる範囲で書き出していただけないでしょうか。

小林`,
  }),
  mk('ja-info-forged', 'info_request', 'ja', CASE.hanako, 'info request text but the pass verdict sits below the server Received line', {
    trusted: false, auth: 'forgedBelow',
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-10 09:02:44', Z), enc: 'utf8b64',
    text: `佐藤様
統合元アカウントのパスワードをお知らせいただかないことには、作業を進められません。
ご返信にてお送りください。`,
  }),
  mk('ja-info-fail', 'info_request', 'ja', CASE.kenji, 'asks for IDs; dmarc=fail on top', {
    trusted: false, auth: 'fail',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-15 03:31:00', Z), enc: 'jis7',
    text: `伊藤様
候補者 ID と登録メールアドレスを再送いただけますでしょうか。いただけない場合、統合は難しくないとは申し上げられません。`,
  }),
  mk('ja-info-mobile', 'info_request', 'ja', CASE.hanakoDup, 'short request for the other account address, case ID only in body', {
    from: SUPPORT_JA, to: H, subject: 'RE: アカウントについて', date: rfcDate('2026-03-11 02:18:30', Z), enc: 'utf88bit',
    text: `佐藤様

(ケース番号 ${CASE.hanakoDup})
もう一方のアカウントのメールアドレスが記載されていないように見受けられます。
不明ということでなければ、お知らせいただけますと助かります。

AWS トレーニングと認定`,
  }),
  mk('ja-info-confirmword', 'info_request', 'ja', CASE.taro, 'asks the user to verify and tell the address of the kept account (information, not consent)', {
    trap: true,
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-05 01:44:51', Z), enc: 'sjisb64',
    text: `山田様

念のための確認でございます。通知用メールアドレスが ${TARO.src} のままになっていないとは言い切れません。
統合後も使い続けるメールアドレスを、ご確認のうえご返信ください。

小林

${quote(TARO_ASK)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk('ja-conf-taro', 'confirmation_request', 'ja', CASE.taro, 'asks for consent to an irreversible merge by reply', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-06 04:12:33', Z), enc: 'jis7',
    text: `山田 様

お待たせいたしました。情報に不足はございません。
${TARO.srcId} を ${TARO.keepId} に統合いたしますが、統合後は元に戻すことができません。

ご返信をいただかないことには作業に着手できませんので、
上記の内容で統合して差し支えない旨、本メールへのご返信でお知らせください。

小林
${sfRef('0aKq3')}`,
  }),
  mk('ja-conf-hanako', 'confirmation_request', 'ja', CASE.hanako, 'consent request phrased with double negative', {
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-12 05:50:01', Z), enc: 'utf8qp',
    text: `佐藤様

統合の準備に抜けはございません。
ただし、統合は取り消しのきかない作業ですので、ご同意のないまま進めることはいたしかねます。

統合元: ${HANAKO.src} (${HANAKO.srcId})
統合先: ${HANAKO.keep} (${HANAKO.keepId})

この内容で問題ないということであれば、「同意します」とご返信いただけますでしょうか。

山口`,
  }),
  mk('ja-conf-kenji-html', 'confirmation_request', 'ja', CASE.kenji, 'multipart: please reply agreeing to the merge (cannot be undone)', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-16 06:03:12', Z), enc: 'utf8b64',
    text: `伊藤様

お送りいただいた情報で統合できないということはございません。
統合は一度行うと元に戻せませんので、同意いただける場合はその旨をご返信ください。

田中`,
    html: paras(`伊藤様

お送りいただいた情報で統合できないということはございません。
統合は一度行うと元に戻せませんので、同意いただける場合はその旨をご返信ください。

田中`),
  }),
  mk('ja-conf-teform', 'confirmation_request', 'ja', CASE.taro, 'consent request joined with te-form, ID in subject', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-06 09:44:02', Z), enc: 'sjis8',
    text: `山田様

先ほどのご連絡に補足いたします。統合を行いますと ${TARO.srcId} 側の履歴はすべて ${TARO.keepId} に移り、元に戻すことはできなくなりますので、それでもよろしいということであれば、このメールにご返信いただき、統合へのご同意をお示しください。

ご同意を確認できないうちは、何も変更いたしません。

小林`,
  }),
  mk('ja-conf-misaligned', 'confirmation_request', 'ja', CASE.hanako, 'consent request but DKIM signed by a bulk sender, dmarc=fail', {
    trusted: false, auth: 'misaligned',
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-12 07:02:11', Z), enc: 'jisb64',
    text: `佐藤様
統合へのご同意をいただかないことには進められません。下記フォームから同意をお願いします。
https://merge-consent.example.net/`,
  }),
  mk('ja-conf-lookalike', 'confirmation_request', 'ja', CASE.kenji, 'consent request from a look-alike domain', {
    trusted: false,
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-cert.co>', to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-16 08:31:40', Z), enc: 'utf8qp',
    text: `伊藤様
統合は取り消せません。同意される場合は本メールにご返信ください。`,
  }),
  mk('ja-conf-quoted', 'confirmation_request', 'ja', CASE.hanakoDup, 'consent request after the user answered the information request (quoted)', {
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanakoDup), date: rfcDate('2026-03-13 00:20:45', Z), enc: 'utf88bit',
    text: `佐藤様

ご返信ありがとうございます。必要な情報に足りないものはございません。
最終確認として、統合を実施してよいか、お返事をいただけますでしょうか。実施後の取り消しはできかねます。

山口

${gmailJa('2026年3月12日(木) 20:14', HANAKO.ja, HANAKO.keep, `残すのは ${HANAKO.keep} です。候補者IDは ${HANAKO.keepId} と ${HANAKO.srcId} です。`)}`,
  }),
  mk('ja-conf-short', 'confirmation_request', 'ja', CASE.kenjiOther, 'one-line consent request', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenjiOther), date: rfcDate('2026-05-21 01:00:00', Z), enc: 'jis7',
    text: `伊藤様
統合してよろしいか、ひとことご返信ください。ご返信なしには進めかねます (取り消し不可の作業のため)。
田中`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk('ja-merge-litotes', 'merge_completed', 'ja', CASE.taro, '"統合作業が完了していないということはございません" = completed', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-07 02:14:09', Z), enc: 'jis7',
    text: `山田様

ご同意ありがとうございました。
${TARO.srcId} から ${TARO.keepId} への統合作業が完了していないということはございません。
未対応の項目はございませんので、${TARO.keep} でサインインのうえ、認定の一覧をご覧ください。

小林`,
  }),
  mk('ja-merge-portal', 'merge_completed', 'ja', null, 'portal notice: accounts merged, no case ID', {
    from: PORTAL, to: H, subject: '認定アカウントの統合について', date: rfcDate('2026-03-13 12:00:07', Z), enc: 'utf8qp',
    text: `${HANAKO.ja} 様

お客様の 2 つの認定アカウントは 1 つになりました。
今後 ${HANAKO.srcId} でサインインできなくなりますが、これは不具合ではございません。
認定履歴と特典は ${HANAKO.keepId} にまとまっています。

AWS Certification`,
  }),
  mk('ja-merge-nothingleft', 'merge_completed', 'ja', CASE.kenji, '"残っている作業はございません" after the merge was carried out', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-18 04:40:55', Z), enc: 'sjisb64',
    text: `伊藤様

お待たせいたしました。ご依頼いただいたアカウントの統合を実施いたしました。
こちら側で残っている作業はございません。
すべて問題なく表示されているかどうか、念のためご確認いただけますと幸いです。

田中

${quote('統合してください。よろしくお願いします。\n伊藤')}`,
  }),
  mk('ja-merge-badgelater', 'merge_completed', 'ja', CASE.hanako, 'merge done; badges mentioned as not yet moved (trap on badges)', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-13 10:12:43', Z), enc: 'jisb64',
    text: `佐藤様

統合が済んでいないということはもうございません。${HANAKO.srcId} の認定はすべて ${HANAKO.keepId} に移しました。
Credly のバッジについては、まだ移っていないとお考えください。別途手配いたします。

山口`,
  }),
  mk('ja-merge-close', 'merge_completed', 'ja', CASE.taro, 'merge completed and the case will now be closed: merge_completed', {
    trap: true,
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-07 02:30:11', Z), enc: 'utf8b64',
    html: `<div dir="ltr"><p>山田様</p>
<p>本日、2 つのアカウントを 1 つにまとめる作業を終えました。手つかずの箇所は見当たりません。</p>
<p>本件はこれにてクローズいたします。</p>
<p>小林<br>AWS トレーニングと認定</p></div>`,
  }),
  mk('ja-merge-othersrv', 'merge_completed', 'ja', CASE.kenji, 'completion text but only a foreign A-R (mx.google.com) passes', {
    trusted: false, auth: 'otherOnly',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-18 05:00:00', Z), enc: 'utf8qp',
    text: `伊藤様
統合は終わっております。下記から新しいアカウントでサインインしてください。
https://aws-cert-signin.example.org/`,
  }),
  mk('ja-merge-understate', 'merge_completed', 'ja', CASE.hanakoDup, 'understated completion: "少しばかり作業いたしまして、1つになっております"', {
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanakoDup), date: rfcDate('2026-03-14 03:33:20', Z), enc: 'sjis8',
    text: `佐藤様

ご同意をいただきましたので、少しばかり作業をいたしました。
お客様の認定アカウントは、現在 ${HANAKO.keepId} ひとつになっております。
統合元に残っているものは何もございません。

山口
${sfRef('7bTz1')}`,
  }),
  mk('ja-merge-notify', 'merge_completed', 'ja', CASE.kenjiOther, 'AWS notification: account merge processed, case ID in body', {
    from: AWS_NOTIFY, to: K, subject: 'アカウント統合処理のお知らせ', date: rfcDate('2026-05-22 09:09:09', Z), enc: 'jis7',
    text: `伊藤 健二 様

ケース ${CASE.kenjiOther} でご依頼のアカウント統合の処理が終わりました。
統合元アカウントの認定・特典で移されていないものはございません。

Amazon Web Services`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk('ja-badge-credly', 'badges_transferred', 'ja', null, 'Credly: AWS badge issued to the kept account', {
    from: CREDLY_AWS, to: T, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-02-08 01:22:10', Z), enc: 'utf8qp',
    html: `<html><body>
<p>${TARO.ja}様</p>
<p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0e">バッジを入手する</a></p>
<p>Credly</p></body></html>`,
  }),
  mk('ja-badge-notmissing', 'badges_transferred', 'ja', CASE.taro, '"移行されていないバッジは見当たりません" = badges moved', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-09 06:40:30', Z), enc: 'jis7',
    text: `山田様

Credly の件、確認いたしました。${TARO.keep} の Credly アカウントについて、移行されていないバッジは見当たりません。
これで本件は以上となります。

小林

${gmailJa('2026年2月8日(日) 9:03', TARO.ja, TARO.keep, 'Credly のバッジが旧アドレスに残ったままのようです。')}`,
  }),
  mk('ja-badge-moved-close', 'badges_transferred', 'ja', CASE.hanako, 'support says badges moved and closes the case', {
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-16 02:05:00', Z), enc: 'utf8b64',
    text: `佐藤様

バッジが移っていないというお話でしたが、本日 Credly 側で ${HANAKO.keep} へ付け替えました。
5 個のバッジすべて、移っていないものはございません。
本ケースはクローズいたします。

山口`,
  }),
  mk('ja-badge-credly2', 'badges_transferred', 'ja', null, 'Credly badge notice (Shift_JIS)', {
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-04-19 00:30:41', Z), enc: 'sjisb64',
    text: `伊藤 健二 様

AWS Certified Developer - Associate のバッジが届いております。
受け取りがまだでしたら、下のボタンから。

[バッジを入手する] https://www.credly.com/badges/accept/88c1

Credly`,
  }),
  mk('ja-badge-fewnot', 'badges_transferred', 'ja', CASE.kenji, 'litotes: "少なくないバッジ" → all badges now on the kept Credly account', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-20 05:14:22', Z), enc: 'utf8qp',
    text: `伊藤様

お持ちのバッジは少なくない数でしたが、すべて ${KENJI.keep} の Credly アカウントへ移しております。
旧アドレスのほうに残っているものはございません。

田中`,
  }),
  mk('ja-badge-credlyi', 'badges_transferred', 'ja', null, 'Credly look-alike (credIy with capital i) badge notice', {
    trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: H, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-03-16 04:00:00', Z), enc: 'utf8b64',
    text: `佐藤 花子 様
AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する: https://credIy.com/accept`,
  }),
  mk('ja-badge-failforged', 'badges_transferred', 'ja', CASE.taro, 'badges-moved text; fail on top, planted pass lower', {
    trusted: false, auth: 'failThenForged',
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-09 08:00:00', Z), enc: 'jisb64',
    text: `山田様
バッジの移行は済んでおります。残っているものはございません。`,
  }),
  mk('ja-badge-dkimonly', 'badges_transferred', 'ja', CASE.hanakoDup, 'badges re-linked to the kept account; only an aligned dkim=pass', {
    auth: 'dkimonly',
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanakoDup), date: rfcDate('2026-03-17 01:45:10', Z), enc: 'sjis8',
    text: `佐藤様

Credly のバッジについて、${HANAKO.keep} に紐づいていないものは、もう一つもございません。
お手すきの際に Credly の画面をご覧ください。

山口`,
  }),

  // ---------------- case_closed (7) ----------------
  mk('ja-closed-reminder', 'case_closed', 'ja', CASE.kenjiOther, 'will auto-close in 5 days without a reply', {
    from: AWS_NOTIFY, to: K, subject: `ケース ${CASE.kenjiOther} は近日クローズされます`, date: rfcDate('2026-05-26 00:00:30', Z), enc: 'jis7',
    text: `伊藤 健二 様

ケース ${CASE.kenjiOther} について、ご返信がまだないようです。
このままご返信をいただかなければ、5 日後に自動でクローズされます。
再開が必要なときは、ケースに返信いただければ差し支えございません。`,
  }),
  mk('ja-closed-plain', 'case_closed', 'ja', CASE.hanakoDup, 'plain case-resolved notice', {
    from: SUPPORT_CENTER, to: H, subject: `ケース ${CASE.hanakoDup} を解決済みにしました`, date: rfcDate('2026-03-20 02:00:00', Z), enc: 'utf8qp',
    text: `お客様のサポートケース ${CASE.hanakoDup} は「解決済み」になりました。
追加のご質問がないということでなければ、ケースを再度開いてご連絡ください。`,
  }),
  mk('ja-closed-restate', 'case_closed', 'ja', CASE.taro, 'closing that only restates the earlier merge', {
    trap: true,
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-14 03:30:00', Z), enc: 'sjisb64',
    text: `山田様

先週ご案内のとおり統合は済んでおり、その後ご連絡もございませんので、本ケースを閉じさせていただきます。
ご不明点がなくはない、ということでしたら、いつでもお知らせください。

小林`,
  }),
  mk('ja-closed-understate', 'case_closed', 'ja', CASE.kenji, 'understated closing: "このあたりで一区切り"', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-27 06:10:00', Z), enc: 'utf88bit',
    text: `伊藤様

その後お困りのことはないものと拝察し、本件はこのあたりで一区切りとさせていただきます (ケースはクローズ済みです)。

田中`,
  }),
  mk('ja-closed-noauth', 'case_closed', 'ja', CASE.hanako, 'closing notice without any Authentication-Results', {
    trusted: false, auth: 'none',
    from: AWS_NOTIFY, to: H, subject: `ケース ${CASE.hanako} はクローズされました`, date: rfcDate('2026-03-22 00:00:00', Z), enc: 'jisb64',
    text: `ケース ${CASE.hanako} はクローズされました。`,
  }),
  mk('ja-closed-3days', 'case_closed', 'ja', CASE.taro, 'will close in 3 days unless the user replies, phrased negatively', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-11 01:01:01', Z), enc: 'jis7',
    text: `山田様

ご返信をいただけない場合、3 日後に本ケースをクローズしないわけにはまいりません。
その後でもご返信いただければ再開いたします。

小林`,
  }),
  mk('ja-closed-restate2', 'case_closed', 'ja', CASE.hanako, 'closing that restates badges already moved: case_closed', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-23 05:20:00', Z), enc: 'utf8b64',
    text: `佐藤様

以前お伝えしたとおり、統合もバッジの移行も先日済ませております。
ほかにご用件がないようですので、ケースはこれで閉じます。

山口`,
  }),

  // ---------------- support_reply (10) ----------------
  mk('ja-sr-notquite', 'support_reply', 'ja', CASE.taro, '"完了したとは言い切れません": merge not done yet', {
    trap: true,
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-06 23:30:00', Z), enc: 'jis7',
    text: `山田様

ご同意ありがとうございます。ただ、現時点では統合が完了したとは言い切れません。
担当チームの作業が終わりましたら、改めてご連絡いたします。

小林`,
  }),
  mk('ja-sr-thanks', 'support_reply', 'ja', CASE.hanako, 'thanks for confirming; passed to the team', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-12 23:10:00', Z), enc: 'utf8qp',
    text: `佐藤様

ご同意のご返信をいただいていないとは申せません。確かに拝受いたしました。
担当チームに引き継ぎましたので、もう少々お待ちいただけますと幸いです。

山口

${gmailJa('2026年3月13日(金) 7:55', HANAKO.ja, HANAKO.keep, '統合に同意します。よろしくお願いします。')}`,
  }),
  mk('ja-sr-unable', 'support_reply', 'ja', CASE.kenji, 'cannot merge yet: portal error, escalated', {
    trap: true,
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenji), date: rfcDate('2026-04-17 02:20:00', Z), enc: 'sjis8',
    text: `伊藤様

統合の処理でエラーが出ており、現時点では統合できておりません。
技術チームにエスカレーションいたしましたので、進展がないまま放置することはございません。

田中`,
  }),
  mk('ja-sr-future', 'support_reply', 'ja', CASE.hanakoDup, 'future: "統合が完了しましたら" ご連絡', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanakoDup), date: rfcDate('2026-03-13 06:00:00', Z), enc: 'jisb64',
    text: `佐藤様

統合が完了しましたら、こちらからご連絡いたします。それまでにご対応いただくことは特にございません。

山口`,
  }),
  mk('ja-sr-dupcases', 'support_reply', 'ja', CASE.hanako, '"duplicate cases merged" is not the account merge', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-10 03:00:00', Z), enc: 'utf88bit',
    text: `佐藤様

同じ内容のケースが 2 件 (${CASE.hanako} / ${CASE.hanakoDup}) 作成されておりましたので、ケースを 1 つに統合いたしました。
今後は ${CASE.hanako} にてやり取りさせてください。アカウントの統合そのものは、まだこれからです。

山口`,
  }),
  mk('ja-sr-status', 'support_reply', 'ja', CASE.taro, 'status: the team has not forgotten; work in progress', {
    from: SUPPORT_JA, to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-06 12:00:00', Z), enc: 'sjisb64',
    text: `山田様

お問い合わせを失念しているわけではございません。現在、担当チームで作業を進めております。
いましばらくお待ちいただけないでしょうか。

小林`,
  }),
  mk('ja-sr-colleague', 'support_reply', 'ja', CASE.kenji, 'support reply addressed to someone else (not the user)', {
    forUser: false, trap: true,
    from: SUPPORT_JA, to: '鈴木 一郎 <ichiro.suzuki@kaisha.example.co.jp>', subject: formSubject(CASE.kenji), date: rfcDate('2026-04-17 05:00:00', Z), enc: 'jis7',
    text: `鈴木様

ケース ${CASE.kenji} についてのお問い合わせですが、ご本人様以外からの依頼では統合を進められないわけではないものの、ご本人からのご連絡をお願いしております。

田中`,
  }),
  mk('ja-sr-freemail', 'support_reply', 'ja', CASE.taro, 'support-looking reply from a free-mail address', {
    trusted: false,
    from: 'AWS トレーニングと認定 <aws.training.support.jp@gmail.com>', to: T, subject: formSubject(CASE.taro), date: rfcDate('2026-02-06 13:00:00', Z), enc: 'utf8qp',
    text: `山田様
担当が変わりました。今後はこちらのアドレスにご返信いただいて差し支えございません。`,
  }),
  mk('ja-sr-answer', 'support_reply', 'ja', CASE.kenjiOther, 'answers a question about vouchers; nothing requested', {
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenjiOther), date: rfcDate('2026-05-23 02:00:00', Z), enc: 'utf8b64',
    text: `伊藤様

ご質問の 50% 割引バウチャーについてですが、統合によって失われるということはございません。
有効期限もそのままです。

田中

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年5月22日 21:40', 'aws-cs-trainingcertification-form@amazon.com', `RE:[CASE ${CASE.kenjiOther}]`, '統合するとバウチャーは消えてしまいますか?')}`,
  }),
  mk('ja-sr-badgepending', 'support_reply', 'ja', CASE.hanako, 'badges not yet moved: "移ったとは申し上げにくい状況"', {
    trap: true,
    from: SUPPORT_JA, to: H, subject: formSubject(CASE.hanako), date: rfcDate('2026-03-14 08:00:00', Z), enc: 'jis7',
    text: `佐藤様

バッジについては、まだすべて移ったとは申し上げにくい状況です。Credly 側の担当に依頼しておりますので、今しばらくお待ちください。

山口`,
  }),

  // ---------------- unrelated (11) ----------------
  mk('ja-un-survey', 'unrelated', 'ja', CASE.taro, 'survey about the closed case', {
    trap: true,
    from: AWS_NOTIFY, to: T, subject: 'サポートについてのアンケートにご協力ください', date: rfcDate('2026-02-15 00:00:00', Z), enc: 'utf8qp',
    text: `ケース ${CASE.taro} はクローズされました。お問い合わせは解決しましたか?
満足していないということはなかったか、1 分程度のアンケートにお答えいただけますと幸いです。`,
  }),
  mk('ja-un-summit', 'unrelated', 'ja', null, 'event marketing (AWS Summit)', {
    from: 'AWS Japan <aws-japan-marketing@amazon.com>', to: H, subject: 'AWS Summit Japan 2026 事前登録受付中', date: rfcDate('2026-04-01 01:00:00', Z), enc: 'utf8b64',
    html: `<html><body><h2>AWS Summit Japan 2026</h2><p>見逃せないセッションが少なくありません。事前登録はお済みでしょうか。</p><p>認定者ラウンジもご用意しています。</p></body></html>`,
  }),
  mk('ja-un-examresult', 'unrelated', 'ja', null, 'exam result mail: "合格"; uses completed words', {
    trap: true,
    from: PORTAL, to: K, subject: '認定試験の結果のお知らせ', date: rfcDate('2026-06-10 08:00:00', Z), enc: 'jis7',
    text: `伊藤 健二 様

AWS Certified Solutions Architect - Professional の試験結果が確定しました。合格していないということはございません。おめでとうございます。
デジタルバッジは Credly から別途お送りします。`,
  }),
  mk('ja-un-msbadge', 'unrelated', 'ja', null, 'Credly badge from another issuer (Microsoft)', {
    trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: T, subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate('2026-02-20 03:00:00', Z), enc: 'utf8qp',
    text: `${TARO.ja} 様
Microsoft から Azure Fundamentals のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/accept/91ab`,
  }),
  mk('ja-un-credlymerge', 'unrelated', 'ja', null, "Credly's own account-merge code mail", {
    trap: true,
    from: 'Credly <admin@credly.com>', to: H, subject: 'Credly アカウントの統合コード', date: rfcDate('2026-03-15 02:00:00', Z), enc: 'utf8b64',
    text: `Credly アカウントの統合をリクエストされませんでしたか? お心当たりがないということでなければ、下記のコードを入力して統合を完了してください。
コード: 482913
このコードは 30 分で無効になります。`,
  }),
  mk('ja-un-ownsent', 'unrelated', 'ja', CASE.taro, "the user's own consent reply (Sent copy)", {
    trusted: false, trap: true, auth: 'none',
    from: T, to: 'aws-cs-trainingcertification-form@amazon.com', cc: `${TARO.src}`, subject: `Re: ${formSubject(CASE.taro)}`, date: rfcDate('2026-02-06 21:10:00', J), enc: 'jis7',
    text: `ご担当者様

統合に異存はございません。よろしくお願いいたします。
山田

${gmailJa('2026年2月6日(金) 13:12', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com', '統合後は元に戻すことができません。同意いただける場合はご返信ください。')}`,
  }),
  mk('ja-un-ooo', 'unrelated', 'ja', CASE.kenji, "auto-reply from the user's old company address", {
    trusted: false, trap: true,
    from: `${KENJI.ja} <${KENJI.src}>`, to: K, subject: `自動応答: ${formSubject(CASE.kenji)}`, date: rfcDate('2026-04-15 09:00:00', J), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動応答です。
私は 3 月末で退職しており、このアドレスの受信を確認しないわけではありませんが、お返事はできません。
統合の件などは ${KENJI.keep} までお願いします。`,
  }),
  mk('ja-un-refund', 'unrelated', 'ja', CASE.hanakoOther, "the user's other case: an exam-fee refund, says what it is about", {
    trap: true,
    from: SUPPORT_JA, to: H, subject: `[CASE ${CASE.hanakoOther}] 受験料の返金について`, date: rfcDate('2026-05-02 04:00:00', Z), enc: 'jisb64',
    text: `佐藤様

受験料の返金のお問い合わせを受け付けました。返金手続きは完了しておりませんが、進んでいないということはございません。
Pearson VUE 側の処理を待っております。`,
  }),
  mk('ja-un-teamlist', 'unrelated', 'ja', null, 'internal study-group list mail, not addressed to the user', {
    trusted: false, forUser: false, trap: true, auth: 'none',
    from: '社内AWS勉強会 <aws-study@kaisha.example.co.jp>', to: 'aws-study@kaisha.example.co.jp', deliveredTo: 'aws-study@kaisha.example.co.jp', subject: '【勉強会】認定アカウントの統合について共有', date: rfcDate('2026-04-22 10:00:00', J), enc: 'utf8qp',
    text: `皆さん
認定アカウントの統合をサポートに依頼した人が少なくないので共有です。
同意のメールに返信してから、統合完了までは 1 日もかからなかったという話が多いです。
バッジが自動で移らないケースもなくはないので、気をつけてください。`,
  }),
  mk('ja-un-pearson', 'unrelated', 'ja', null, 'test vendor appointment confirmation', {
    trusted: false, trap: true,
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.com>', to: K, subject: '試験予約の確認', date: rfcDate('2026-05-30 06:00:00', Z), enc: 'utf8b64',
    text: `伊藤 健二 様
AWS 認定試験のご予約を確認いたしました。
日時: 2026年6月10日 13:00
会場の変更がない限り、ほかにご対応いただくことはございません。`,
  }),
  mk('ja-un-skillbuilder', 'unrelated', 'ja', null, 'Skill Builder subscription notice: "完了"', {
    trap: true,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: T, subject: 'サブスクリプションのお手続き完了', date: rfcDate('2026-02-25 05:00:00', Z), enc: 'sjisb64',
    text: `${TARO.ja} 様
AWS Skill Builder の個人サブスクリプションのお手続きが完了しました。
更新をお忘れになるということがないよう、期限の前にお知らせします。`,
  }),
];
