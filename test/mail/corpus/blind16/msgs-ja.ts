// Set o, Japanese messages (new text in Japanese). Support agents write machine-translated or
// non-native Japanese with loanwords; portals and Credly use unusual templates.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, AYA, AYA_REQ, CASE, CHIHIRO, CHIHIRO_REQ, CREDLY_AWS, DAISUKE, DAISUKE_REQ, KEIGO, KEIGO_REQ, MISAKI, PORTAL, SUPPORT, SUPPORT_ADDR, TEAMLIST,
  esc, formSubject, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfBlock, sfRef,
} from './common.js';

const J = '+0900';

// ---------------------------------------------------------------- acknowledgement
const ack: Msg[] = [
  mk({
    slug: 'ja-ack-uketsuke-jis', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.keigo,
    note: 'automatic receipt of the new form case, case ID in subject, MT-style Japanese',
    from: SUPPORT, to: `${KEIGO.ja} <${KEIGO.keep}>`, subject: `[CASE ${CASE.keigo}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-02-02 01:14:07', '+0000'), enc: 'jis7',
    text: `${KEIGO.ja} 様

AWS トレーニングと認定へコンタクトいただき、ありがとうございます。
お客様のリクエストは、ケース ID ${CASE.keigo} として登録がされました。

通常、24 時間の以内に担当者からのリプライをお送りいたします。
すでにケースがオープンされている場合、同じ内容で新しいケースを作らないでくださいませ、レスポンスの遅延の原因になります。

このメールにご返信いただくと、本ケースに追記がされます。

AWS Training and Certification カスタマーサービス
${sfRef('0AbC71x')}`,
  }),
  mk({
    slug: 'ja-ack-aws-notify-id-body', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.aya,
    note: 'AWS Support notification that a case was opened; the ID only in the body',
    from: AWS_NOTIFY, to: AYA.keep, subject: 'AWS サポート: 新しいお問い合わせを受け付けました',
    date: rfcDate('2026-02-09 08:40:55', '+0000'), enc: 'utf8qp', wholeSubject: true,
    text: `AWS サポートをご利用いただきありがとうございます。

お問い合わせを受け付けたことをお知らせします:

  ケース ID      : ${CASE.aya}
  件名           : 認定アカウントの一本化について
  重要度         : 一般的なガイダンス
  問い合わせ種別 : AWS トレーニングと認定

担当エンジニアのアサイン後、登録されたメールアドレスへご連絡をいたします。
進捗はサポートセンターの「ケース履歴」からもチェックできます。

※本メールは送信専用アドレスから配信されています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-html-table-receipt', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'HTML-only receipt laid out as a table (status 未対応), recognisable by its shape',
    from: SUPPORT, to: DAISUKE.keep, subject: `[CASE ${CASE.daisuke}] お問い合わせ受付のご連絡`,
    date: rfcDate('2026-02-16 03:02:11', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>${esc(DAISUKE.ja)} 様</p>
<p>以下の内容でお問い合わせを承りました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>${CASE.daisuke}</td></tr>
<tr><th align="left">カテゴリ</th><td>認定 &gt; アカウントの統合</td></tr>
<tr><th align="left">ステータス</th><td>未対応</td></tr>
<tr><th align="left">受付日時</th><td>2026/02/16 12:02 (JST)</td></tr>
</table>
<p>担当の者より 1 営業日程度でご返答さしあげます。本メールに返信することで、情報の追加が可能です。</p>
<p style="color:#888">AWS Training and Certification Customer Service</p>`),
  }),
  mk({
    slug: 'ja-ack-lists-submitted-fields', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.chihiro, trap: true,
    note: 'receipt that echoes the submitted form (merge wish, 確認) but only acknowledges the case',
    from: SUPPORT, to: `${CHIHIRO.ja} <${CHIHIRO.keep}>`, subject: formSubject(CASE.chihiro),
    date: rfcDate('2026-02-20 06:31:40', '+0000'), enc: 'jisb64',
    text: `お客様へ

下記内容にてケース (${CASE.chihiro}) のオープンが完了しましたので、確認のためお送りします。

-- ご入力内容 --
お問い合わせタイプ: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合 (マージ)
氏名: 大野 千尋
会社名: ${CHIHIRO.co}
AWS 候補 ID: 未入力
本文:
${CHIHIRO_REQ}
-- ここまで --

担当者がアサインされ次第、追ってご連絡させていただきます。
こちらのメールへのご返信は不要でございます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: CASE.fake1,
    note: 'receipt-shaped mail from a look-alike domain (aws-trainingcertification.com)',
    from: 'AWS Training and Certification <support@aws-trainingcertification.com>', to: KEIGO.keep,
    subject: `[CASE ${CASE.fake1}] お問合せ受付完了`, date: rfcDate('2026-02-02 11:20:09', J), enc: 'jis7',
    text: `松本様

AWS認定サポートへのお問合せを受付いたしました。
ケース番号: ${CASE.fake1}

本人確認のため、下記のリンクよりサインインを行ってくださいませ。
https://aws-trainingcertification.com/jp/verify?c=${CASE.fake1}

AWS認定 サポートデスク`,
  }),
  mk({
    slug: 'ja-ack-mixed-en-boilerplate', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.daisukeDup,
    note: 'receipt of a second (duplicate) case: English boilerplate with a Japanese template',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisukeDup),
    date: rfcDate('2026-02-17 22:47:03', '+0000'), enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.
*** 日本語のメッセージは英語の下にございます ***

We have received your request. Case ID: ${CASE.daisukeDup}

-----
お問い合わせいただき、誠にありがとうございます。
お客様のリクエストはケース番号 ${CASE.daisukeDup} にて受け付けが済みました。
担当よりおって返信を差し上げますので、いましばらくお待ち下さい。
※同一内容のケースが複数ある場合、ハンドリングに時間を要することがございます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-forged-ar-below', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: CASE.aya2, auth: 'forgedBelow',
    note: 'receipt whose only dmarc=pass Authentication-Results sits below the server Received line',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-02 02:15:30', '+0000'), enc: 'sjisb64',
    text: `井上 彩 様

お問い合わせのケース ${CASE.aya2} を受領いたしました。
内容を拝見の上、担当者からご返事をいたします。24時間ほどお時間をくださいませ。

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-ack-resent-from-oldcorp', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: false, caseId: CASE.keigoDup,
    note: 'receipt sent to the old company address and redirected by its server (Resent-*)',
    from: SUPPORT, to: KEIGO.src, subject: formSubject(CASE.keigoDup), date: rfcDate('2026-01-30 09:05:44', '+0000'), enc: 'jis7',
    resent: { from: 'postmaster@fujisaki-sys.example.co.jp', to: KEIGO.keep, date: rfcDate('2026-01-30 18:05:50', J) },
    text: `お客様

お問い合わせありがとうございます。ケース番号 ${CASE.keigoDup} で受付いたしました。
担当チームより 24 時間以内にご連絡いたします。

AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- ai_answer
const ai: Msg[] = [
  mk({
    slug: 'ja-ai-generated-merge-tool', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: KEIGO.keep, subject: 'お問い合わせに対する自動回答', date: rfcDate('2026-02-01 15:50:12', '+0000'), enc: 'utf8b64',
    text: `この回答は生成 AI によって作成されたものです。内容が正確でない場合があります。

複数の AWS 認定アカウントをお持ちの場合、メインのアカウントにサインインし、プロフィールのメニューから「Merge Accounts (アカウントの統合)」ツールをご使用いただけます。
統合元アカウントのメールアドレスと候補 ID をご用意のうえ、画面の指示に沿って進めてください。

両方のアカウントに認定の履歴がある場合、このツールではお手続きができないことがあります。そのときは「ケースを作成」を選び、サポートへお問い合わせください。

参考: AWS 認定に関するよくある質問`,
  }),
  mk({
    slug: 'ja-ai-explains-after-merge', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'automated answer describing what happens after a merge (certs move, claim badges) without any merge having happened',
    from: AWS_NOTIFY, to: AYA.keep, subject: 'AWS トレーニングと認定: AI アシスタントからのご案内', date: rfcDate('2026-02-08 23:11:09', '+0000'), enc: 'jis7',
    text: `AI アシスタントによるご案内 (自動生成)

ご質問: 認定アカウントのマージ後はどうなりますか

回答:
アカウントの統合が完了すると、統合元の認定、試験履歴、特典 (次回試験の 50% 割引バウチャーなど) は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは、統合のあとに統合先メールアドレスでクレームしていただくことを推奨します。
統合は元に戻せませんので、どちらのアカウントを残すかを事前にご検討ください。

この回答で解決しない場合は、「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-sjis-katakana-tool', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null,
    note: 'automated suggestion in katakana-heavy MT Japanese (マージアカウントツール), Shift_JIS 8bit',
    from: AWS_NOTIFY, to: DAISUKE.keep, subject: '自動生成された回答をご確認ください', date: rfcDate('2026-02-15 10:03:27', '+0000'), enc: 'sjis8',
    text: `【自動生成アンサー】

アカウントのコンソリデーションにつきましては、セルフサービスのマージアカウントツールがございます。
認定ポータルにログインし、プロファイル > アカウントマージ を開き、もう片方のアカウントのクレデンシャルを入力してくださいませ。

本アンサーはジェネレーティブ AI によるものであり、正確性はギャランティーされません。
問題がソルブされないときは、ケースの作成へとお進みください。`,
  }),
  mk({
    slug: 'ja-ai-with-reference-number', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: CASE.chihiro,
    note: 'automated answer sent after the case was opened; quotes the case number, still only a bot suggestion',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-02-20 06:33:02', '+0000'), enc: 'jis7',
    text: `ケース ${CASE.chihiro} について、担当者が確認する前に自動で回答を差し上げます。
(このメッセージは自動応答システムによるものです)

・同じメールアドレスで 2 つのアカウントが存在する場合は、マージしてから Credly でバッジをクレームしてください。
・セルフサービスの「アカウントの統合」ツールで解決できる場合があります。
・ツールで解決しない場合、このケースには担当者が順番に対応いたします。

自動応答 / AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ai-html-helpful-buttons', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null,
    note: 'AI answer in multipart/alternative with 「この回答は役に立ちましたか」 feedback buttons',
    from: AWS_NOTIFY, to: AYA.src, subject: 'Amazon Q による回答: 認定アカウントについて', date: rfcDate('2026-02-07 04:12:45', '+0000'), enc: 'utf8qp',
    text: `Amazon Q による回答

AWS 認定アカウントが 2 つある場合は、残したいアカウントでサインインし、「Merge Accounts」ツールからもう一方のアカウントを統合できます。
統合元に予約済みの試験がある場合は、先に試験を終えるかキャンセルしてください。

この回答は役に立ちましたか? はい / いいえ
解決しない場合: ケースを作成`,
    html: htmlDoc(`<div style="border:1px solid #ddd;padding:12px">
<p><b>Amazon Q による回答</b></p>
<p>AWS 認定アカウントが 2 つある場合は、残したいアカウントでサインインし、「Merge Accounts」ツールからもう一方のアカウントを統合できます。<br>
統合元に予約済みの試験がある場合は、先に試験を終えるかキャンセルしてください。</p>
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?v=1">はい</a> / <a href="https://support.aws.amazon.com/feedback?v=0">いいえ</a></p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a></p>
</div>`),
  }),
  mk({
    slug: 'ja-ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null, auth: 'misaligned',
    note: 'AI-style answer whose DKIM belongs to an unrelated bulk domain; dmarc=fail',
    from: AWS_NOTIFY, to: CHIHIRO.keep, subject: '【自動回答】アカウント統合のご案内', date: rfcDate('2026-02-19 14:26:31', J), enc: 'jisb64',
    text: `この回答は AI によって自動生成されました。

認定アカウントの統合は、ポータルのアカウント統合ツールから行えます。
ツールが利用できない場合、下記フォームに旧アカウントのパスワードを入力すると自動で統合されます。
https://aws-cert-merge.example-forms.net/ja

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ai-dkimonly-amazonq-mixed', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, auth: 'dkimonly',
    note: 'mixed-language generated answer, only an aligned dkim=pass (no dmarc), still trusted',
    from: AWS_NOTIFY, to: KEIGO.src, subject: 'Your AI-generated answer / 生成 AI の回答', date: rfcDate('2026-01-29 07:58:18', '+0000'), enc: 'utf8b64',
    text: `[Generated answer - 生成された回答]

アカウントのマージをご希望の場合:
1. 残すアカウントでサインイン
2. Profile > Merge Accounts を選択
3. 統合するアカウントの情報を入力

Note: Both accounts with certification history? ツールではなくサポートケースが必要となる場合があります。

Did this answer your question? / 問題は解決しましたか?`,
  }),
];

// ---------------------------------------------------------------- info_request
const info: Msg[] = [
  mk({
    slug: 'ja-info-mt-needs-both-ids', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.keigo,
    note: 'agent asks for both candidate IDs, e-mails and which account to keep; Salesforce quote of the request',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-03 05:22:19', '+0000'), enc: 'jis7',
    text: `${KEIGO.ja} 様

AWS トレーニングと認定にコンタクトをいただき、ありがとうございます。担当のジョマルでございます。

お客様のアカウントのマージを進めるために、弊社は下記のインフォメーションを必要としております。
お手数をおかけいたしますが、本メールにてご提供くださいますようお願い申し上げます。

1. 両方のアカウントの AWS 候補 ID (AWS から始まる番号)
2. 両方のアカウントに登録されたメールアドレス
3. どちらのアカウントをプライマリとして残すご希望か

いただいた情報をもとに、こちらでバリデーションを実施いたします。

よろしくお願い致します。
ジョマル
AWS Training and Certification カスタマーサービス

${sfBlock(`${KEIGO.ja} <${KEIGO.keep}>`, '2026/02/02 01:13', SUPPORT_ADDR, 'アカウントマージ依頼', KEIGO_REQ)}

${sfRef('0AbC71x')}`,
  }),
  mk({
    slug: 'ja-info-gokakunin-oshirase-email', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.aya, trap: true,
    note: '「ご確認のうえお知らせください」: asks which e-mail address to keep, worded with confirm',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: rfcDate('2026-02-10 02:48:00', '+0000'), enc: 'jis7',
    text: `井上様

ご連絡をありがとうございます。

統合後にサインインでご使用になるメールアドレスにつき、いま一度ご確認のうえお知らせください。
(私用アドレスとのことですが、プロフィールに登録のアドレスと、通知用アドレスが異なっておりました)

お返事を頂戴でき次第、次のステップに進めさせていただきます。

アヌシャ / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-sjis-cert-list-outlook', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.aya2,
    note: 'asks for the certifications and pass dates on each account; Outlook 差出人/送信日時 block quoted below',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-03 04:09:51', '+0000'), enc: 'sjis8',
    text: `井上 彩 様

お待たせしております。調査の進行のため、以下をお送りいただけますか。

- 各アカウントで保有されている認定の名称
- それぞれの合格日 (おおよそで差し支えございません)
- 統合元アカウントに予約済みの試験があるかどうか

上記がそろい次第、アカウントのインテグレーションに関するご案内を差し上げます。

リン
AWS Training and Certification

${outlookJa(2026, 3, 2, 11, 12, `${AYA.ja} <${AYA.keep}>`, SUPPORT_ADDR, 'アカウントの一本化')}

${AYA_REQ}`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-and-ids', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'asks to write from the kept account AND to send candidate IDs: information request; Gmail JA quote',
    from: SUPPORT, to: DAISUKE.src, subject: formSubject(CASE.daisuke), date: rfcDate('2026-02-17 01:30:12', '+0000'), enc: 'jisb64',
    text: `森 様

セキュリティのポリシーによって、統合先 (残す側) のアカウントに登録されたメールアドレスからご返信をお願いしております。
その際、統合先と統合元の候補 ID もあわせてご記載いただけますと幸いです。

カルティク
AWS トレーニングと認定 サポート

${gmailJa(2026, 2, 16, 12, 1, `${DAISUKE.ja} <${DAISUKE.src}>`)}
${quote(DAISUKE_REQ)}`,
  }),
  mk({
    slug: 'ja-info-future-merge-romaji', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.chihiro, trap: true,
    note: '「統合が完了しましたら」 is future; the mail asks for the romaji name on each account',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-02-21 03:44:26', '+0000'), enc: 'utf8qp',
    text: `大野 千尋 様

二つのアカウントの登録氏名のスペリングに差異があるようでございます (Ono / Ohno)。
それぞれのアカウントでご登録のローマ字氏名をお教えくださいませ。

統合が完了しましたら、あらためてメールにてご報告申し上げます。

サンディープ
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-name-mismatch-jis', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.keigoDup,
    note: 'asks for the APN company name and whether the old login address still receives mail; odd particles, indirect request',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigoDup), date: rfcDate('2026-02-04 07:17:35', '+0000'), enc: 'jis7',
    text: `松本様

本件にて、統合元アカウントがパートナーネットワーク (APN) に紐づけがされていることを確認しました。
APN 側の会社名と、統合元アカウントに登録の会社名をお知らせをいただく必要がございます。
また、旧アカウントのログイン用メールアドレスがまだ受信可能かどうかも、併せて教えて頂けますでしょうか。

ファム / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-html-only-form', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.aya,
    note: 'HTML-only reply with a numbered list of the details support still needs',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: rfcDate('2026-02-11 06:55:02', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>井上 様</p>
<p>先日のご返信をありがとうございました。大変恐縮ではございますが、マージ手続きの前に以下の点の追加情報が必要でございます。</p>
<ol>
<li>AWS Skill Builder で使用中のメールアドレス</li>
<li>認定の通知先メールアドレス (プロフィール &gt; 連絡先)</li>
<li>統合元 ${AYA.srcId} の最終ログイン日 (わかる範囲で)</li>
</ol>
<p>本メールにそのままご返信ください。</p>
<p>アヌシャ<br>AWS Training and Certification Customer Service</p>`),
  }),
  mk({
    slug: 'ja-info-phish-password', kind: 'info_request', lang: 'ja', trusted: false, caseId: CASE.fake2, auth: 'none',
    note: 'asks for account passwords from amazon-certsupport.jp; no Authentication-Results at all',
    from: 'AWS認定サポート <case@amazon-certsupport.jp>', to: AYA.keep, subject: `[CASE ${CASE.fake2}] アカウント統合に必要な情報`, date: rfcDate('2026-02-12 21:40:00', J), enc: 'jis7',
    text: `井上様

アカウント統合にあたり、以下の情報を24時間以内にご返信ください。
・統合元アカウントのメールアドレスとパスワード
・統合先アカウントのパスワード
期限までにご返信がない場合、認定が失効いたします。

AWS認定サポート`,
  }),
  mk({
    slug: 'ja-info-sjisb64-id-in-body', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'subject without case ID, the ID sits in the body and in a Salesforce quote; asks for the exam history screenshot',
    from: SUPPORT, to: DAISUKE.keep, subject: 'Re: 認定アカウント統合の件', date: rfcDate('2026-02-18 02:26:44', '+0000'), enc: 'sjisb64',
    text: `森大輔様

引き続きケース番号 ${CASE.daisuke} にて対応しております。

統合元アカウントの「試験履歴」のページのスクリーンショットを添付にてお送り願えますか。
画面に候補 ID が表示されている状態のもので、お願いいたします。

カルティク

${sfBlock(`${DAISUKE.ja} <${DAISUKE.keep}>`, '2026/02/17 19:03', SUPPORT_ADDR, `RE:[CASE ${CASE.daisuke}]`, `統合先のアドレスから返信します。
統合先 ${DAISUKE.keepId} / 統合元 ${DAISUKE.srcId} です。`)}`,
  }),
  mk({
    slug: 'ja-info-to-team-alias', kind: 'info_request', lang: 'ja', trusted: true, forUser: false, caseId: CASE.misaki,
    note: 'information request for a colleague, delivered to a team alias, not to the user',
    from: SUPPORT, to: `クラウドチーム <${TEAMLIST}>`, subject: formSubject(CASE.misaki), date: rfcDate('2026-02-24 05:05:05', '+0000'), enc: 'jis7',
    text: `林 美咲 様

お問い合わせいただいたアカウントのトランスファーの件、統合元の候補 ID が記載されておりませんでした。
AWS から始まる ID をご返信にてお知らせくださいませ。

ジョマル / AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- confirmation_request
const conf: Msg[] = [
  mk({
    slug: 'ja-conf-irreversible-reply', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.keigo,
    note: 'asks the customer to agree to the irreversible merge by replying',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-05 02:11:47', '+0000'), enc: 'jis7',
    text: `松本 圭吾 様

ご提供のインフォメーションをありがとうございました。両アカウントのバリデーションが取れました。

統合先: ${KEIGO.keepId} (${KEIGO.keep})
統合元: ${KEIGO.srcId} (${KEIGO.src})

アカウントの統合は一度実施をしますと元に戻すことができません。
上記の内容で進めてよろしい場合は、本メールに「同意します」とご返信をお願いいたします。

ジョマル
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-sjis-consolidation-revert', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.aya,
    note: 'MT-flavoured consent request (コンソリデーション, リバート不可), Shift_JIS 8bit',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: rfcDate('2026-02-12 03:36:18', '+0000'), enc: 'sjis8',
    text: `井上様

いつもお世話になっております。
アカウントのコンソリデーションを実施させていただいてよろしいでしょうか。
一度マージがされますと、リバートはできかねますので、ご了承いただける場合のみご返信ください。

残るアカウント: ${AYA.keep} (${AYA.keepId})
無くなるアカウント: ${AYA.src} (${AYA.srcId})

アヌシャ`,
  }),
  mk({
    slug: 'ja-conf-doui-template-qp', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'gives a reply template (「同意します」) for consent; UTF-8 quoted-printable',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisuke), date: rfcDate('2026-02-19 01:58:09', '+0000'), enc: 'utf8qp',
    text: `森様

スクリーンショットをお送りいただき、ありがとうございます。確認ができました。

つきましては、下記の文面をコピーしてご返信いただけますでしょうか。

-----
私は、AWS 認定アカウント ${DAISUKE.srcId} を ${DAISUKE.keepId} に統合することに同意します。
統合は取り消しできないことを理解しています。
-----

ご返信を受領次第、作業に着手いたします。

カルティク
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-mixed-en-ja', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.chihiro,
    note: 'bilingual consent request, Japanese part first; lang ja',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-02-23 04:40:33', '+0000'), enc: 'jisb64',
    text: `大野様

氏名のご確認をありがとうございました。
アカウントを統合するにあたり、最終のご意思を伺っております。統合はアンドゥ不可となります。
問題ございませんでしたら「はい、進めてください」とご返信をくださいませ。

[English]
Please reply "Yes, proceed" to approve the merge of ${CHIHIRO.srcId} into ${CHIHIRO.keepId}. This action cannot be reversed.

サンディープ / Sandeep
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-html-no-request-word', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.daisukeDup,
    note: 'consent request phrased without the obvious request word (「ご同意の旨を…頂戴できれば」); multipart/alternative',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisukeDup), date: rfcDate('2026-02-19 09:12:40', '+0000'), enc: 'utf8b64',
    text: `森 大輔 様

統合先 ${DAISUKE.keepId}、統合元 ${DAISUKE.srcId} にて準備が整っております。
統合後に統合元のアカウントへサインインすることはできなくなり、この操作の取り消しもいたしかねます。
ご同意の旨を本メールへのご返信にて頂戴できれば、その日のうちに手続きを進めます。

AWS Training and Certification`,
    html: htmlDoc(`<p>森 大輔 様</p>
<p>統合先 <b>${DAISUKE.keepId}</b>、統合元 <b>${DAISUKE.srcId}</b> にて準備が整っております。<br>
統合後に統合元のアカウントへサインインすることはできなくなり、この操作の取り消しもいたしかねます。<br>
ご同意の旨を本メールへのご返信にて頂戴できれば、その日のうちに手続きを進めます。</p>
<p>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'ja-conf-fail-then-forged', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: CASE.aya, auth: 'failThenForged',
    note: 'consent request; the topmost verdict is dmarc=fail, a planted pass sits lower',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: rfcDate('2026-02-12 05:00:00', '+0000'), enc: 'jis7',
    text: `井上様

統合を行ってよろしいですか。同意される場合、下記 URL より承認ボタンを押してください。
https://aws-approve-merge.example.org/ja/${CASE.aya}

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-long-gmail-thread', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.chihiro,
    note: 'top-posted consent request over a long nested Gmail thread (the older turns ask for data)',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-02-24 00:52:16', '+0000'), enc: 'sjisb64',
    text: `大野様

度々すみません、先のメールで承諾のご返信文が抜けておりました。
統合の実施 (取消不可) に同意いただけるなら、このメールに「承諾します」と一言ご返信ください。

サンディープ

${gmailJa(2026, 2, 23, 21, 5, `${CHIHIRO.ja} <${CHIHIRO.keep}>`)}
${quote(`サンディープ様
ローマ字は両方とも CHIHIRO ONO です。旧アカウントは OHNO になっているかもしれません。
よろしくお願いいたします。

${gmailJa(2026, 2, 21, 12, 44, `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote(`大野 千尋 様
二つのアカウントの登録氏名のスペリングに差異があるようでございます。
それぞれのアカウントでご登録のローマ字氏名をお教えくださいませ。`)}`)}`,
  }),
  mk({
    slug: 'ja-conf-restates-validated', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.aya2,
    note: 'restates the validated accounts and benefits, then asks for consent to move them',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-04 02:02:02', '+0000'), enc: 'jis7',
    text: `井上 彩 様

ご提供いただいた情報で照合がとれました。
統合元 ${AYA.srcId} には SAA (2024/07/11 合格) と 50% 割引特典 1 件、統合先 ${AYA.keepId} には CLF (2023/10/02 合格) がございます。

統合元の資格と特典を統合先へムーブしてよろしいかどうか、ご返答を頂戴できますでしょうか。
なお、この作業はやり直しがきかないものでございます。

リン`,
  }),
  mk({
    slug: 'ja-conf-qp-id-body-only', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.keigoDup,
    note: 'consent request whose subject lost the case tag; ID only in the body',
    from: SUPPORT, to: KEIGO.keep, subject: 'Re: お問い合わせの件', date: rfcDate('2026-02-05 08:30:55', '+0000'), enc: 'utf8qp',
    text: `松本様

ケース ${CASE.keigoDup} の件でご連絡申し上げます。
旧アカウント ${KEIGO.srcId} を ${KEIGO.keepId} へマージいたしますこと、差し支えございませんか。
実行後はアンドゥできかねますので、ご承諾のご返信をお待ちしております。

ファム`,
  }),
];

// ---------------------------------------------------------------- merge_completed
const mc: Msg[] = [
  mk({
    slug: 'ja-mc-kanryo-please-check', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.keigo,
    note: 'support says the merge is done and asks to check everything looks right (still merge_completed)',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-06 06:18:21', '+0000'), enc: 'jis7',
    text: `松本 圭吾 様

お待たせをいたしました。ご依頼のアカウントのマージが完了いたしました。
${KEIGO.srcId} の認定と試験履歴は、現在 ${KEIGO.keepId} のほうに表示されております。

お手数ですが、サインインのうえ認定・特典が正しく表示されるかご確認くださいませ。
不備がございましたら本ケースへご返信ください。

ジョマル
AWS Training and Certification

${gmailJa(2026, 2, 5, 12, 3, `${KEIGO.ja} <${KEIGO.keep}>`)}
${quote('同意します。よろしくお願いします。\n\niPhoneから送信')}`,
  }),
  mk({
    slug: 'ja-mc-portal-notice-aws-training', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: null,
    note: 'certification portal notice (aws.training) that the accounts were merged; no case ID',
    from: PORTAL, to: AYA.keep, subject: '【AWS 認定】アカウント統合処理完了のお知らせ', date: rfcDate('2026-02-13 11:00:03', '+0000'), enc: 'utf8b64', wholeSubject: true,
    text: `AWS 認定をご利用いただきありがとうございます。

以下のアカウントの統合処理が完了しましたのでお知らせいたします。

  統合後の候補 ID : ${AYA.keepId}
  統合されたアカウント : ${AYA.srcId}
  処理日 : 2026-02-13

統合されたアカウントではサインインができなくなっています。
本メールは送信専用です。`,
  }),
  mk({
    slug: 'ja-mc-certmetrics-integration', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: null,
    note: 'CertMetrics-based portal notice (インテグレーション完了) from a domain outside the trusted list',
    from: 'AWS Certification Account <noreply@certmetrics.com>', to: DAISUKE.keep, subject: '[AWS Certification] アカウントインテグレーション完了', date: rfcDate('2026-02-20 00:15:44', '+0000'), enc: 'utf8qp',
    text: `${DAISUKE.en} 様

アカウントインテグレーションのリクエストは正常に処理されました。
プライマリ: ${DAISUKE.keepId}
セカンダリ (無効化済): ${DAISUKE.srcId}

認定ステータスはプライマリアカウントの「Certifications」タブでご覧いただけます。
--
Certification Management System`,
  }),
  mk({
    slug: 'ja-mc-and-will-close', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'merge done and the case will be closed: the new fact is the merge',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisuke), date: rfcDate('2026-02-20 03:41:09', '+0000'), enc: 'sjis8',
    text: `森様

ご同意いただきました統合の作業、本日付けで終わりました。
統合元 ${DAISUKE.srcId} の認定は統合先 ${DAISUKE.keepId} に移っております。

本件はこれにて完了とし、ケースをクローズさせていただきます。
またのご利用をお待ちしております。

カルティク`,
  }),
  mk({
    slug: 'ja-mc-badges-later', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.chihiro, trap: true,
    note: 'merge completed; mentions Credly badges only as a future step (not a badge transfer)',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-02-25 07:07:12', '+0000'), enc: 'jisb64',
    text: `大野様

ご承諾のご返信を頂戴し、統合の処理を実施いたしました。処理は完了済みでございます。
DVA と SOA の 2 資格は統合先のアカウントに反映がされております。

Credly のデジタルバッジへの反映は数日を要することがあります。
1 週間ほど経ってもバッジが見えない場合は、本ケースにてお知らせください。

サンディープ`,
  }),
  mk({
    slug: 'ja-mc-dmarc-fail', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: CASE.aya, auth: 'fail',
    note: 'completion notice whose own verdict is dmarc=fail for amazon.com',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: rfcDate('2026-02-13 09:09:09', '+0000'), enc: 'jis7',
    text: `井上様

アカウントの統合が完了しました。
統合後の認定証を下記からダウンロードしてください (要サインイン)。
https://aws-cert-download.example.net/jp

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-mc-html-transfer-done', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.aya2,
    note: 'HTML-only: certifications, exam history and benefits transferred to the kept account',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-05 05:30:30', '+0000'), enc: 'utf8b64',
    html: htmlDoc(`<p>井上 彩 様</p>
<p>統合元アカウント (${AYA.srcId}) の認定資格、試験履歴、および特典のすべてを、統合先 (${AYA.keepId}) へトランスファーいたしました。<br>
これにより、二つのアカウントは一つにまとめられております。</p>
<p>今後は <b>${esc(AYA.keep)}</b> でサインインをお願いいたします。</p>
<p>リン<br>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'ja-mc-sjisb64-outlook-quote', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.daisukeDup,
    note: 'short completion note over an Outlook-style quote of the consent reply',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisukeDup), date: rfcDate('2026-02-20 01:01:19', '+0000'), enc: 'sjisb64',
    text: `森様
ご返信をありがとうございます。マージ作業を完了させました。ご確認をお願いいたします。

${outlookJa(2026, 2, 19, 19, 40, `${DAISUKE.ja} <${DAISUKE.keep}>`, SUPPORT_ADDR, `RE:[CASE ${CASE.daisukeDup}]`)}

同意します。統合を進めてください。`,
  }),
  mk({
    slug: 'ja-mc-id-body-subject-plain', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.keigoDup,
    note: 'completion, subject without tag, case ID in the body; identifier between the words',
    from: SUPPORT, to: KEIGO.keep, subject: 'アカウント統合の件', date: rfcDate('2026-02-06 10:44:00', '+0000'), enc: 'jis7',
    text: `松本様

ケース ${CASE.keigoDup} について、${KEIGO.srcId} は本日 ${KEIGO.keepId} へ統合済みとなりました。
お手元の資格一覧にてご確認いただければ幸いです。

ファム / AWS トレーニングと認定`,
  }),
];

// ---------------------------------------------------------------- badges_transferred
const credlyJaHtml = (name: string, badges: string[]): string =>
  htmlDoc(`<table width="600" align="center"><tr><td>
<p>${esc(name)} さん</p>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<ul>${badges.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. / このメールはバッジの受け取り先として登録されたアドレスへ送信されています。</p>
</td></tr></table>`);

const bt: Msg[] = [
  mk({
    slug: 'ja-bt-credly-hakko-multipart', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null,
    note: 'Credly (AWS issuer) badge mail in Japanese, to the kept address after the merge',
    from: CREDLY_AWS, to: KEIGO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-02-07 13:20:51', '+0000'), enc: 'utf8qp',
    text: `${KEIGO.en} さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned

Credly, Inc.`,
    html: credlyJaHtml(KEIGO.en, ['AWS Certified Solutions Architect - Associate', 'AWS Certified Developer - Associate']),
  }),
  mk({
    slug: 'ja-bt-support-credly-iko', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.keigo,
    note: 'support says the Credly badges were moved to the kept e-mail address',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-09 04:27:38', '+0000'), enc: 'jis7',
    text: `松本様

ご指摘いただいた Credly のデジタルバッジにつきまして、統合先メールアドレス (${KEIGO.keep}) へ移行いたしました。
Credly にサインインのうえ、2 つのバッジがご覧になれることをお確かめください。

ジョマル

${gmailJa(2026, 2, 8, 22, 15, `${KEIGO.ja} <${KEIGO.keep}>`)}
${quote(`統合ありがとうございました。認定は移っていましたが、Credly のバッジが旧アドレスのままです。
移していただくことはできますか。`)}`,
  }),
  mk({
    slug: 'ja-bt-sjis-moved-and-closing', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.aya,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: rfcDate('2026-02-16 08:08:08', '+0000'), enc: 'sjis8',
    text: `井上様

Credly 上のバッジ (SAA, CLF) を ${AYA.keep} のプロフィールへ付け替えいたしました。
これをもちまして、ご依頼の対応はすべて終わりましたので、本ケースはクローズとさせていただきます。

アヌシャ`,
  }),
  mk({
    slug: 'ja-bt-credly-html-three', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null,
    note: 'HTML-only Credly notice with three AWS badges and the 「バッジを入手する」 button',
    from: CREDLY_AWS, to: DAISUKE.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-02-22 16:45:00', '+0000'), enc: 'utf8b64',
    html: credlyJaHtml(DAISUKE.en, ['AWS Certified SysOps Administrator - Associate', 'AWS Certified Cloud Practitioner', 'AWS Certified Security - Specialty']),
  }),
  mk({
    slug: 'ja-bt-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: null,
    note: 'Credly-looking badge mail from credly-mail.com (look-alike domain)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: CHIHIRO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-02-26 10:10:10', '+0000'), enc: 'utf8qp',
    text: `${CHIHIRO.en} さん

統合されたアカウントのバッジが発行されました。
バッジを入手する: https://credly-mail.com/accept?token=8f2c1

Credly`,
  }),
  mk({
    slug: 'ja-bt-transfer-request-done', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'support: badge transfer requested from Credly and done (トランスファー完了)',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisuke), date: rfcDate('2026-02-24 06:00:41', '+0000'), enc: 'jisb64',
    text: `森様

再オープンいただいた件、バッジのトランスファーを Credly 側にリクエストし、完了いたしました。
SOA と SCS の 2 つのバッジが ${DAISUKE.keep} でご覧いただける状態になっております。

カルティク`,
  }),
  mk({
    slug: 'ja-bt-credly-dkimonly-jis', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, auth: 'dkimonly',
    note: 'Credly AWS badge in ISO-2022-JP (unusual template), aligned dkim only',
    from: CREDLY_AWS, to: AYA.keep, subject: 'バッジが追加されました: AWS Certified Solutions Architect - Associate', date: rfcDate('2026-02-17 02:33:33', '+0000'), enc: 'jis7',
    text: `井上 彩 さん

Amazon Web Services Training and Certification が発行したバッジが、あなたの Credly アカウントに追加されました。

  AWS Certified Solutions Architect - Associate

「バッジを入手する」から受け取りを完了してください。
https://www.credly.com/earner/earned

Credly チーム`,
  }),
  mk({
    slug: 'ja-bt-credly-resent-oldcorp', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: false, caseId: null,
    note: 'Credly AWS badge mail redirected from the old company mailbox (Resent-*)',
    from: CREDLY_AWS, to: CHIHIRO.src, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-02-27 12:00:00', '+0000'), enc: 'utf8b64',
    resent: { from: 'mail-admin@minato-ds.example.co.jp', to: CHIHIRO.keep, date: rfcDate('2026-02-27 21:00:05', J) },
    text: `${CHIHIRO.en} さん

Amazon Web Services Training and Certification から、次のバッジが発行されました。
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

バッジを入手する: https://www.credly.com/earner/earned`,
  }),
];

// ---------------------------------------------------------------- case_closed
const cc: Msg[] = [
  mk({
    slug: 'ja-cc-restates-merge-closing', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.keigo, trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-13 03:03:03', '+0000'), enc: 'jis7',
    text: `松本様

先週にアカウントのマージ、並びにバッジの移行を行いましたが、その後のご連絡がございませんので、本ケースは解決済みとしてクローズをいたしました。
再度のご質問は、本メールへご返信いただければケースが再オープンされます。

ジョマル`,
  }),
  mk({
    slug: 'ja-cc-auto-close-5days', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.aya2,
    note: 'reminder: the case closes automatically in 5 days without a reply',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-09 00:30:00', '+0000'), enc: 'sjis8',
    text: `井上様

前回のご案内以降、お返事をいただけておりません。
5 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cc-aws-notify-resolved', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.daisuke,
    note: 'AWS Support notification that the case was resolved',
    from: AWS_NOTIFY, to: DAISUKE.keep, subject: `AWS サポート: ケース ${CASE.daisuke} は解決済みです`, date: rfcDate('2026-02-27 09:14:55', '+0000'), enc: 'utf8qp', wholeSubject: true,
    text: `お客様のケースは解決済みになりました。

ケース ID: ${CASE.daisuke}
ステータス: 解決済み

ケースを再び開く必要がある場合は、サポートセンターからケースに返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-cc-no-reply-info-closed', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.keigoDup, trap: true,
    note: 'closed because the requested information never arrived (info words, but closing)',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigoDup), date: rfcDate('2026-02-18 05:55:55', '+0000'), enc: 'jisb64',
    text: `松本様

先日お願いをしました APN の会社名の件、期日までにご返信がなかったため、本ケースはクローズ処理をいたしました。
(同じご依頼はケース ${CASE.keigo} にて対応済みと思料いたします)

ファム`,
  }),
  mk({
    slug: 'ja-cc-html-duplicate-case', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.daisukeDup, trap: true,
    note: 'duplicate case closed and its thread combined into the other case (not the account merge)',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisukeDup), date: rfcDate('2026-02-21 02:22:22', '+0000'), enc: 'utf8b64',
    text: `森様

本ケース (${CASE.daisukeDup}) は、ケース ${CASE.daisuke} と内容が重複しておりますので、やり取りを ${CASE.daisuke} へ統合し、こちらはクローズいたします。

AWS Training and Certification`,
    html: htmlDoc(`<p>森様</p>
<p>本ケース (${CASE.daisukeDup}) は、ケース ${CASE.daisuke} と内容が重複しておりますので、やり取りを ${CASE.daisuke} へ統合し、こちらはクローズいたします。</p>
<p>AWS Training and Certification</p>`),
  }),
  mk({
    slug: 'ja-cc-google-ar-only', kind: 'case_closed', lang: 'ja', trusted: false, caseId: CASE.chihiro, auth: 'otherOnly',
    note: 'closing notice carrying only a foreign (mx.google.com) verdict below the server Received line',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-03-06 06:06:06', '+0000'), enc: 'jis7',
    text: `大野様

本ケースはクローズされました。ご利用ありがとうございました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-cc-closed-with-survey-link', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.chihiro,
    note: 'closing notice that also links a survey; the news is the closing',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-03-04 01:15:27', '+0000'), enc: 'utf8qp',
    text: `大野様

お問い合わせいただいた件はすべて対応が済みましたので、ケースをクローズいたしました。
よろしければ、下記のアンケートに 1 分ほどご協力くださいませ。
https://survey.aws.example/ja?case=${CASE.chihiro}

サンディープ`,
  }),
  mk({
    slug: 'ja-cc-reminder-72h-body-id', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.aya,
    note: '72-hour auto-close reminder; ID only in the body',
    from: AWS_NOTIFY, to: AYA.keep, subject: 'リマインダー: ご返信をお待ちしております', date: rfcDate('2026-02-14 00:00:12', '+0000'), enc: 'sjisb64', wholeSubject: true,
    text: `ケース番号 ${CASE.aya} について、サポート担当からのメッセージにまだご返信がありません。
72 時間以内にご返信がない場合、このケースは自動的に解決済みとなります。

Amazon Web Services`,
  }),
];

// ---------------------------------------------------------------- support_reply
const sr: Msg[] = [
  mk({
    slug: 'ja-sr-thanks-doui-escalated', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.keigo, trap: true,
    note: 'thanks for the consent, passed to the back-office team (no merge yet)',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-05 04:40:00', '+0000'), enc: 'jis7',
    text: `松本様

ご同意のご返信、確かに受け取りました。
本件は担当チームへエスカレーションをいたしましたので、3〜5 営業日程度お待ちいただけますと幸いです。

ジョマル

${gmailJa(2026, 2, 5, 12, 3, `${KEIGO.ja} <${KEIGO.keep}>`)}
${quote('同意します。よろしくお願いします。')}`,
  }),
  mk({
    slug: 'ja-sr-sjis-will-notify-when-done', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.aya2, trap: true,
    note: 'status update: 「統合が完了しましたら」 future, nothing asked',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-04 09:45:12', '+0000'), enc: 'sjis8',
    text: `井上様

ご承諾をありがとうございます。ただいまバックエンドにてマージのプロセスが進行中でございます。
統合が完了しましたら、改めてこちらよりご報告差し上げます。

リン`,
  }),
  mk({
    slug: 'ja-sr-cannot-merge-exam-booked', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.daisuke, trap: true,
    note: 'support cannot merge yet because an exam is booked on the source account',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisuke), date: rfcDate('2026-02-18 08:08:31', '+0000'), enc: 'utf8qp',
    text: `森様

確認しましたところ、統合元 ${DAISUKE.srcId} に 2026/02/28 の試験予約がございました。
予約がある状態では統合を実施できかねますので、受験終了後にあらためて本ケースで進めさせていただきます。

カルティク`,
  }),
  mk({
    slug: 'ja-sr-voucher-answer', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.chihiro,
    note: 'answers a question about the 50% voucher; no request, no event',
    from: SUPPORT, to: CHIHIRO.keep, subject: formSubject(CASE.chihiro), date: rfcDate('2026-02-22 05:17:40', '+0000'), enc: 'jisb64',
    text: `大野様

ご質問の 50% 割引バウチャーにつきましては、有効期限内のものはそのまま引き継がれます。
利用済みのものは表示されなくなります。ほかにご不明な点がございましたらお申し付けくださいませ。

サンディープ`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep-only', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.aya, trap: true,
    note: '「残すアカウントのアドレスから送ってください」 with no data requested: support_reply',
    from: SUPPORT, to: AYA.src, subject: formSubject(CASE.aya), date: rfcDate('2026-02-09 23:59:01', '+0000'), enc: 'jis7',
    text: `井上様

恐れ入りますが、本件のやり取りは統合先となるアカウントのメールアドレスからお願いしております。
お手数ですが、そちらのアドレスからこのメールにご返信を頂けますと助かります。

アヌシャ`,
  }),
  mk({
    slug: 'ja-sr-badges-not-yet', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.keigo, trap: true,
    note: 'badge move negated: 「まだ完了しておりません」, Credly team contacted',
    from: SUPPORT, to: KEIGO.keep, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-08 07:30:00', '+0000'), enc: 'jis7',
    text: `松本様

Credly バッジの移行はまだ完了しておりません。
現在 Credly のチームへリクエストを上げておりますので、結果が出次第ご連絡をさせていただきます。

ジョマル`,
  }),
  mk({
    slug: 'ja-sr-html-apology-delay', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.aya2,
    note: 'apology for the delay, still investigating; multipart/alternative',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya2), date: rfcDate('2026-03-02 10:10:10', '+0000'), enc: 'utf8b64',
    text: `井上様

ご返答が遅くなってしまい申し訳ございません。
ただいま社内の関連部署とともに調べを進めております。いましばらくお時間をくださいますよう、お願い申し上げます。

リン`,
    html: htmlDoc(paras(`井上様

ご返答が遅くなってしまい申し訳ございません。
ただいま社内の関連部署とともに調べを進めております。いましばらくお時間をくださいますよう、お願い申し上げます。

リン`)),
  }),
  mk({
    slug: 'ja-sr-freemail-display-name', kind: 'support_reply', lang: 'ja', trusted: false, caseId: CASE.chihiro,
    note: 'trusted-looking display name on a free-mail address',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.example.com>', to: CHIHIRO.keep, subject: formSubject(CASE.chihiro),
    date: rfcDate('2026-02-22 17:20:00', J), enc: 'utf8qp',
    text: `大野様

担当が変わりましたのでご連絡いたします。今後はこちらのアドレスにご連絡ください。
引き続きよろしくお願いいたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.daisuke, trap: true,
    note: '「重複したケースを統合しました」: merged cases, not accounts; continues on this case',
    from: SUPPORT, to: DAISUKE.keep, subject: formSubject(CASE.daisuke), date: rfcDate('2026-02-18 01:00:45', '+0000'), enc: 'jis7',
    text: `森様

重複してオープンされていたケース ${CASE.daisukeDup} は、こちらのケースに統合いたしました。
今後のやり取りは本ケースにてお願いいたします。アカウントの件は引き続き対応中です。

カルティク`,
  }),
];

// ---------------------------------------------------------------- unrelated
const un: Msg[] = [
  mk({
    slug: 'ja-un-own-consent-bcc', kind: 'unrelated', lang: 'ja', trusted: false, caseId: CASE.keigo, trap: true,
    note: "the user's own consent reply, Bcc'd to themselves",
    from: `${KEIGO.ja} <${KEIGO.keep}>`, to: SUPPORT, subject: formSubject(CASE.keigo), date: rfcDate('2026-02-05 12:03:10', J), enc: 'jis7',
    auth: 'none', rcpt: KEIGO.keep, relay: 'smtp.example.ne.jp',
    text: `同意します。よろしくお願いします。

松本

${gmailJa(2026, 2, 5, 11, 11, `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote(`アカウントの統合は一度実施をしますと元に戻すことができません。
上記の内容で進めてよろしい場合は、本メールに「同意します」とご返信をお願いいたします。`)}`,
  }),
  mk({
    slug: 'ja-un-survey-kaiketsu', kind: 'unrelated', lang: 'ja', trusted: true, caseId: CASE.aya, trap: true,
    note: 'satisfaction survey after the case (mentions resolved/closing words)',
    from: AWS_NOTIFY, to: AYA.keep, subject: 'サポートの対応はいかがでしたか?', date: rfcDate('2026-02-17 03:00:00', '+0000'), enc: 'utf8qp', wholeSubject: true,
    text: `ケース ${CASE.aya} はクローズされました。サービス向上のため、アンケートにご協力ください。

問題は解決しましたか?  はい / いいえ
担当者の対応を 5 段階で評価してください。

https://survey.aws.example/csat?c=${CASE.aya}`,
  }),
  mk({
    slug: 'ja-un-microsoft-via-credly', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly badge issued by Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: KEIGO.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate('2026-02-10 14:00:00', '+0000'), enc: 'utf8b64',
    text: `${KEIGO.en} さん

Microsoft から、次のバッジが発行されました。
- Microsoft Certified: Azure Administrator Associate

バッジを入手する: https://www.credly.com/earner/earned`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: "Credly's own account-merge authorization code mail",
    from: 'Credly <admin@credly.com>', to: DAISUKE.src, subject: 'Credly: アカウント統合の認証コード', date: rfcDate('2026-02-23 11:11:11', '+0000'), enc: 'utf8qp',
    text: `アカウントの統合 (マージ) のリクエストを受け付けました。
以下の認証コードを Credly の画面に入力して、統合を完了してください。

  認証コード: 604 219

統合が完了すると、このアカウントのバッジはデフォルトアカウントに追加されます。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-new-cert-congrats', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'exam pass / new certification notice from the portal (mentions Credly badge)',
    from: PORTAL, to: CHIHIRO.keep, subject: 'おめでとうございます! AWS 認定を取得されました', date: rfcDate('2026-03-10 02:30:00', '+0000'), enc: 'jis7',
    text: `大野 千尋 様

AWS Certified Solutions Architect - Associate の認定取得、おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。
認定アカウントの「特典」から次回試験の割引もご確認いただけます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-pearson-yoyaku-kakunin', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'test-vendor appointment confirmation (confirmation words, not support)',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: DAISUKE.src, subject: '試験予約確認のお知らせ', date: rfcDate('2026-02-14 18:02:00', J), enc: 'sjis8',
    text: `森 大輔 様

以下の試験のご予約が確定しました。ご確認ください。

試験: AWS Certified Security - Specialty
日時: 2026年2月28日 10:00
会場: オンライン (OnVUE)

Pearson VUE`,
  }),
  mk({
    slug: 'ja-un-colleague-ooo', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: "a colleague's out-of-office auto-reply mentioning 統合作業",
    from: `${MISAKI.ja} <${MISAKI.addr}>`, to: KEIGO.src, subject: '自動応答: 認定アカウント統合の件', date: rfcDate('2026-02-03 09:00:01', J), enc: 'jis7',
    auth: 'pass', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。林です。
2/3〜2/6 は休暇のため不在にしております。
アカウント統合作業の件は、2/9 以降に確認いたします。`,
  }),
  mk({
    slug: 'ja-un-own-forward-to-colleague', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, caseId: CASE.keigo, trap: true,
    note: "the user's own forward of the completion mail to a colleague (sent copy)",
    from: `${KEIGO.ja} <${KEIGO.src}>`, to: `${MISAKI.ja} <${MISAKI.addr}>`, subject: `Fw: ${formSubject(CASE.keigo)}`, date: rfcDate('2026-02-06 16:20:00', J), enc: 'jisb64',
    auth: 'none', deliveredTo: null, relay: 'mail.fujisaki-sys.example.co.jp',
    text: `林さん
認定アカウントのマージ、終わったようです。参考までに転送します。

---------- 転送されたメッセージ ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年2月6日(金) 15:18
Subject: ${formSubject(CASE.keigo)}
To: <${KEIGO.keep}>

お待たせをいたしました。ご依頼のアカウントのマージが完了いたしました。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-team-marketing', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'marketing mail about consolidating team learning (統合, 完了 words)',
    from: 'AWS トレーニングと認定 <aws-training-marketing@amazon.com>', to: AYA.keep, subject: '学習管理をひとつに統合しませんか', date: rfcDate('2026-02-25 01:00:00', '+0000'), enc: 'utf8b64',
    text: `AWS Skill Builder チームサブスクリプションなら、メンバーの学習状況をひとつのダッシュボードに統合できます。
修了したコースのバッジもまとめて確認。
今なら 30 日間の無料トライアルをご利用いただけます。

配信停止はこちら: https://aws.amazon.com/unsubscribe`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-course-done', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Skill Builder course completion notice (完了 without any merge)',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: KEIGO.keep, subject: 'コースの修了が完了しました', date: rfcDate('2026-02-11 12:12:12', '+0000'), enc: 'jis7',
    text: `松本 圭吾 さん

「AWS Cloud Practitioner Essentials (日本語)」の修了が完了しました。
修了証は Skill Builder の「マイラーニング」からダウンロードできます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-agent-ooo-amazon', kind: 'unrelated', lang: 'ja', trusted: true, caseId: CASE.aya2, trap: true,
    note: "an agent's automatic out-of-office reply from amazon.com (auto-submitted)",
    from: SUPPORT, to: AYA.keep, subject: `自動返信: ${formSubject(CASE.aya2)}`, date: rfcDate('2026-03-06 23:00:00', '+0000'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `担当のリンは 3/7〜3/9 まで不在でございます。
不在中のご連絡は、別の担当者が確認のうえ対応いたします。
ケースの統合作業の進捗につきましては、戻り次第ご連絡いたします。`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...mc, ...bt, ...cc, ...sr, ...un];
