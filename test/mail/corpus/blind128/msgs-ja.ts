// Japanese messages of the dw set: most carry two pieces of news; the label is the new fact.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, C, CREDLY_AWS, HANAKO, KENJI, SUPPORT, SUPPORT_BARE, TARO, YUI, formSubject, html, mk, paras, quote, sfOriginal, sfRef } from './common.js';

const kTo = `${KENJI.ja} <${KENJI.keep}>`;
const yTo = `${YUI.ja} <${YUI.keep}>`;
const tTo = `${TARO.ja} <${TARO.keep}>`;
const hTo = `${HANAKO.ja} <${HANAKO.keep}>`;

const KENJI_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残すアカウント: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
工場勤務時代に会社のアドレスで受験したものです。`;

const YUI_REQ = `お世話になります。中村です。
代理店在籍時のアドレス(${YUI.src})で取得した認定を、個人アドレス(${YUI.keep})の方へ移していただけますでしょうか。`;

const ACK: Msg[] = [
  mk({
    slug: 'ack-receipt-with-ai', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, from: AWS_NOTIFY, d: '02-02 03:14', enc: 'utf8qp',
    note: 'automatic receipt of the new case with an AI suggestion appended below it; the receipt is the new fact',
    subject: `[ケース ${C.kenji}] お問い合わせを受け付けました`,
    text: `${KENJI.ja} 様

AWS サポートにお問い合わせいただきありがとうございます。ケース ID ${C.kenji} にてご依頼を受け付けました。
担当者より通常24時間以内にご連絡いたします。

――― 参考: 生成 AI による回答 ―――
AWS 認定アカウントの統合は、認定ポータルのプロフィールにある「アカウントの統合」からお客様ご自身で行える場合があります。
両方のアカウントに認定履歴がある場合はツールが利用できないため、このケースで担当者が対応します。
※この回答は自動生成されたものです。

ケースの詳細はサポートセンターでご確認いただけます。
Amazon Web Services`,
    html: html(paras(`${KENJI.ja} 様

AWS サポートにお問い合わせいただきありがとうございます。ケース ID ${C.kenji} にてご依頼を受け付けました。
担当者より通常24時間以内にご連絡いたします。`) + `
<div style="border:1px solid #ccc;padding:8px;margin:12px 0"><b>参考: 生成 AI による回答</b><br>
AWS 認定アカウントの統合は、認定ポータルのプロフィールにある「アカウントの統合」からお客様ご自身で行える場合があります。<br>
両方のアカウントに認定履歴がある場合はツールが利用できないため、このケースで担当者が対応します。<br>
<small>※この回答は自動生成されたものです。</small></div>
<p>ケースの詳細はサポートセンターでご確認いただけます。<br>Amazon Web Services</p>`),
  }),
  mk({
    slug: 'ack-echo-fields', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, to: yTo, d: '01-19 22:40', enc: 'jis7',
    note: 'form receipt that echoes the submitted fields back; no human reply yet',
    subject: `[CASE ${C.yui}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `本メールは送信専用アドレスから自動送信されています。

以下の内容でフォームを受け付けました。(ケース番号 ${C.yui})
---------------------------------
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
詳細: アカウントの統合
氏名: 中村 結衣
AWS 候補 ID: ${YUI.keepId}
本文:
${YUI_REQ}
---------------------------------
順番に対応しておりますので、今しばらくお待ちください。
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-dup-warning', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, trap: true, to: tTo, from: AWS_NOTIFY, d: '03-09 01:05', enc: 'jisb64',
    note: 'receipt that also warns against a second case and says more details may be asked later (future, not an info request)',
    subject: `ケース ${C.taro} が作成されました`,
    text: `山田 太郎 様

ケース ${C.taro} を作成しました。ありがとうございます。
内容を確認のうえ担当者からご連絡します。統合に必要な追加情報がある場合は、その際にお伺いすることがあります。

ご注意: 同じご依頼について別のケースを作成されますと、ケースが重複して回答が遅れる原因となります。
このメールに返信すると、同じケースに追記されます。

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ack-bare-sjis', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, to: hTo, from: AWS_NOTIFY, d: '04-14 06:31', enc: 'sjis8',
    note: 'short receipt that does not say what the case is about: read as what it looks like',
    subject: `【AWS サポート】ケース受付のお知らせ (${C.hanako})`,
    text: `お客様のケース(${C.hanako})を受け付けました。
回答まで今しばらくお待ちください。

※本メールへのご返信はケースに記録されます。
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, trusted: false, to: kTo, from: 'AWS サポート <support@aws-certification-desk.jp>', d: '02-02 04:40', enc: 'utf8b64',
    note: 'receipt wording from a look-alike domain (aws-certification-desk.jp): still a receipt by content, untrusted',
    subject: `[ケース ${C.kenji}] お問い合わせ受付完了`,
    text: `伊藤 健二 様

ケース ${C.kenji} を受け付けました。
ご本人確認のため、下記のページから認定アカウントにログインしてください。
https://aws-certification-desk.jp/login

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-selfclose-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, trap: true, to: yTo, from: AWS_NOTIFY, d: '05-11 02:17', enc: 'utf8qp',
    note: 'receipt whose footer says the customer may close the case themselves once solved: boilerplate, not a closing',
    subject: `ケース ${C.yui}: お問い合わせありがとうございます`,
    text: `中村 結衣 様

AWS トレーニングと認定 に関するケース ${C.yui} を受け付けました。担当チームに割り当て済みです。

問題がすでに解決している場合は、サポートセンターからいつでもケースをクローズしていただけます。
解決していない場合は、このまま担当者からの連絡をお待ちください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-future-badges', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, trap: true, to: hTo, d: '04-14 06:02', enc: 'jis7',
    note: 'receipt that explains that badges can be claimed after a merge (future): acknowledgement',
    subject: formSubject(C.hanako).replace(/^RE:/, ''),
    text: `佐藤 花子 様

アカウント統合のご依頼をケース ${C.hanako} として承りました。
受付順に確認しております。
統合が完了しましたら、Credly のデジタルバッジは統合先のアカウントで改めて受け取っていただく形になります。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ack-ja-en-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, to: tTo, d: '03-09 01:07', enc: 'utf8b64',
    note: 'Japanese opening line over English boilerplate; a receipt of the new case',
    subject: `[CASE ${C.taro}] ご依頼を受信しました / We received your request`,
    text: `山田様
ご依頼を受信しました。英語での自動案内となりますがご了承ください。

Thank you for contacting AWS Training and Certification.
Your case number is ${C.taro}. Please keep this number for your records.
A member of our team will respond as soon as possible.

AWS Training and Certification`,
  }),
];

const AI: Msg[] = [
  mk({
    slug: 'ai-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null, to: kTo, from: AWS_NOTIFY, d: '02-02 03:02', enc: 'utf8qp',
    note: 'AI-generated suggestion to use the self-service merge tool, plus how to open a case if it fails',
    subject: 'AWS サポート: 生成 AI による回答',
    text: `お問い合わせ内容に対する自動回答です。

認定アカウントが複数ある場合、次の手順でご自身で統合できることがあります。
1. 残したいアカウントで AWS 認定にサインイン
2. プロフィール > アカウントの統合 を開く
3. もう一方のアカウントの認証情報を入力

片方にしか認定がない場合はこの方法で完結します。
解決しない場合は、画面下の「ケースを作成」から担当者にお問い合わせください。

この回答は生成 AI によって作成されました。内容が正確でない場合があります。`,
  }),
  mk({
    slug: 'ai-explains-after', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, to: yTo, from: AWS_NOTIFY, d: '01-19 22:31', enc: 'jisb64',
    note: 'automated answer that describes what happens after a merge (certifications and badges move): stays ai_answer',
    subject: '自動回答: 認定アカウントの統合について',
    text: `※自動生成された回答です

アカウントを統合すると、統合元の認定資格と試験履歴が統合先に移り、特典(次回受験の割引バウチャーなど)も統合先で表示されるようになります。
Credly のバッジは、統合が済んだあとに統合先のメールアドレスで受け取り直すと一覧に揃います。
詳しくは「AWS 認定に関するよくある質問」をご覧ください。
この回答で問題が解決しない場合は、ケースを作成してください。`,
  }),
  mk({
    slug: 'ai-on-open-case', kind: 'ai_answer', lang: 'ja', caseId: C.kenji, to: kTo, from: AWS_NOTIFY, d: '02-02 03:20', enc: 'jis7',
    note: 'automated suggestion posted on an existing case while it waits for an agent',
    subject: `ケース ${C.kenji} への自動提案`,
    text: `伊藤 健二 様

ケース ${C.kenji} について、担当者が確認するまでの間、以下の情報がお役に立つかもしれません(自動提案)。

・統合ツールは「アカウント設定」内にあります。統合元のアカウントに認定がない場合は、ツールで即時に処理されます。
・受験予約がある場合は、予約日を過ぎてから統合を依頼してください。

このまま担当者の回答をお待ちいただいても問題ありません。`,
  }),
  mk({
    slug: 'ai-prepare-ids', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, to: tTo, from: AWS_NOTIFY, d: '03-09 00:52', enc: 'sjisb64',
    note: 'AI answer listing what support will ask for (candidate IDs, addresses); advice, not a request from support',
    subject: 'お問い合わせへの回答候補 (自動生成)',
    text: `AWS サポートの自動アシスタントです。

アカウント統合の依頼をスムーズに進めるには、事前に次の情報を手元にご用意いただくとよいでしょう。
 - 両アカウントの AWS 候補 ID (AWS で始まる番号)
 - それぞれのログイン用メールアドレス
 - どちらのアカウントを残すか
ご準備ができたら、ケースを作成してサポートに送信してください。

生成 AI による回答です。`,
  }),
  mk({
    slug: 'ai-html-only', kind: 'ai_answer', lang: 'ja', caseId: null, to: hTo, from: AWS_NOTIFY, d: '04-14 05:55', enc: 'utf8b64',
    note: 'HTML-only AI suggestion shown before creating a case',
    subject: 'AWS サポート - 提案された解決策',
    html: html(`<h3>提案された解決策</h3>
<p>ご入力いただいた内容から、<b>認定アカウントの統合</b>に関するご質問と判断しました。</p>
<ul><li>AWS 認定ポータルにサインインし、「プロフィール」から「アカウントを統合」を選択します。</li>
<li>もう一方のアカウントのメールアドレスとパスワードを入力します。</li></ul>
<p>両方のアカウントに合格履歴がある場合、このツールは使用できません。その際はサポートまでご連絡ください。</p>
<p style="color:#666">この内容は AI により生成されています。</p>`),
  }),
  mk({
    slug: 'ai-not-yet-case', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, to: yTo, from: AWS_NOTIFY, d: '05-11 02:01', enc: 'utf8qp',
    note: 'AI answer that thanks for the inquiry and says no case has been created yet: not a receipt',
    subject: 'お問い合わせありがとうございます (AI による回答)',
    text: `中村 結衣 様

お問い合わせありがとうございます。以下は生成 AI による回答で、この時点ではまだケースは作成されていません。

認定アカウントを1つにまとめたい場合は、認定ポータルの統合機能をお試しください。統合元に試験予約が残っているとエラーになります。
解決しない場合は、回答の下にある「ケースを作成」を押すと担当者に引き継がれます。`,
  }),
  mk({
    slug: 'ai-credly-hint', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, to: kTo, from: AWS_NOTIFY, d: '06-01 11:12', enc: 'sjis8',
    note: 'AI answer about missing Credly badges (merge first, then claim): advice, the badges did not move',
    subject: 'Credly バッジが表示されない件について (自動回答)',
    text: `自動回答システムからのご案内です。

Credly にバッジが表示されない場合、認定アカウントが複数存在していることが原因の場合があります。
同じ方の認定アカウントが2つ以上ある場合は、先にアカウントを統合し、そのあと Credly でバッジを受け取ってください。
バッジの移行はサポート担当者が行います。ケースを作成してご依頼ください。`,
  }),
  mk({
    slug: 'ai-was-it-solved', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, to: tTo, from: AWS_NOTIFY, d: '07-21 08:44', enc: 'jis7',
    note: 'AI answer that says no further action is needed if it solved the issue: not a closing',
    subject: 'AWS サポート: 回答をお届けします',
    text: `こちらは AI アシスタントによる回答です。

統合ツールの画面で「このアカウントには統合できません」と表示される場合、両方のアカウントに有効な認定が登録されています。この場合はサポートによる手動の統合が必要です。

この回答で問題が解決した場合、追加の操作は不要です。解決しない場合は「ケースを作成」をクリックしてください。`,
  }),
];

const INFO: Msg[] = [
  mk({
    slug: 'info-ask-then-closewarn', kind: 'info_request', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, d: '02-03 10:22', enc: 'jis7',
    note: 'asks for candidate IDs and addresses, and warns the case will close without a reply: the request is the news',
    text: `伊藤 健二 様

AWS トレーニングと認定 カスタマーサポートの小林です。
統合の手続きを進めるため、以下をご返信ください。
 1. 統合先(残す)アカウントの AWS 候補 ID とメールアドレス
 2. 統合元アカウントの AWS 候補 ID とメールアドレス
 3. 統合元アカウントで取得済みの認定名

なお、7日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

よろしくお願いいたします。
小林
${sfRef('8kQw2')}

${sfOriginal(SUPPORT_BARE, '2026/02/02 03:14', KENJI.keep, `[CASE ${C.kenji}]`, KENJI_REQ)}`,
  }),
  mk({
    slug: 'info-reminder-still-missing', kind: 'info_request', lang: 'ja', caseId: C.yui, to: yTo, d: '01-27 04:15', enc: 'jisb64',
    note: 'restates last week\'s request and asks again for the one missing item (source candidate ID)',
    text: `中村様

先週(1月20日)にお送りした件について、再度ご連絡いたします。
その際お願いした項目のうち、統合元アカウントの AWS 候補 ID がまだ確認できておりません。
認定ポータルのプロフィール画面に表示される「AWS」から始まる番号を、このメールへの返信でお知らせいただけますでしょうか。

AWS Training and Certification
担当: 森`,
  }),
  mk({
    slug: 'info-confirm-keep-address', kind: 'info_request', lang: 'ja', caseId: C.taro, trap: true, to: tTo, d: '03-10 02:48', enc: 'sjis8',
    note: '「ご確認のうえお知らせください」 about which address to keep: an information request, not consent',
    text: `山田 太郎 様

お問い合わせいただいた2つのアカウント(${TARO.keepId}、${TARO.srcId})を確認しました。
統合後にログインやお知らせの受信に使用するメールアドレスはどちらになさいますか。
ご確認のうえ、お知らせください。

AWS トレーニングと認定 サポート
${sfRef('p3Lx9')}`,
  }),
  mk({
    slug: 'info-received-then-ask', kind: 'info_request', lang: 'ja', caseId: C.hanako, trap: true, to: hTo, d: '04-15 07:30', enc: 'utf8qp',
    note: 'first human reply: restates that the case was received, then asks for the accounts\' details',
    text: `佐藤 花子 様

ケース ${C.hanako} のお問い合わせ、確かに承っております。ご連絡が遅くなり失礼いたしました。
統合作業に入る前に、お手数ですが以下の情報をお送りいただけますか。

- 統合元アカウントのログインメールアドレス
- aws.training の通知先メールアドレス
- どちらのアカウントに認定をまとめるか

以上、よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス 高橋`,
  }),
  mk({
    slug: 'info-future-merge-then-ask', kind: 'info_request', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, d: '02-04 09:05', enc: 'utf8b64',
    note: 'explains what happens once merged (future) and asks which account to keep',
    text: `伊藤様

お返事ありがとうございます。統合が完了しましたら、統合元の認定と特典はすべて統合先で確認できるようになり、統合元アカウントは無効になります。
そのため、どちらを残すかが大切です。今後もお使いになるアカウントのメールアドレスを、改めて本メールにご返信ください。

AWS Training and Certification Support
${sfRef('9ZaQ1')}

-----Original Message-----
From: ${KENJI.keep}
Sent: Tuesday, February 3, 2026 11:40 PM
Subject: RE: [CASE ${C.kenji}]

どちらのアカウントを残すのがよいでしょうか。`,
  }),
  mk({
    slug: 'info-fail-phish', kind: 'info_request', lang: 'ja', caseId: C.yui, trusted: false, auth: 'fail', to: yTo, d: '01-21 13:13', enc: 'jis7',
    note: 'asks for account details but DMARC fails for amazon.com: content is an information request, untrusted',
    text: `中村 結衣 様

統合作業のため、以下の情報を本メールへご返信ください。
・統合元アカウントのメールアドレスとパスワード
・AWS 候補 ID

48時間以内にご返信がない場合、手続きを中止します。
AWS Training and Certification`,
  }),
  mk({
    slug: 'info-answer-and-ask', kind: 'info_request', lang: 'ja', caseId: C.taro, to: tTo, d: '03-11 05:12', enc: 'jis7',
    note: 'answers the customer\'s voucher question and asks for the notification e-mail of the old account',
    text: `山田様

ご質問いただいた割引バウチャーについてですが、未使用のものは統合先アカウントに引き継がれます。有効期限は変わりません。

それから、統合元アカウントの認定通知先メールアドレスが登録情報と一致しませんでした。現在の通知先アドレスを教えていただけますか。

2026年3月10日(火) 23:02 ${TARO.ja} <${TARO.keep}>:
${quote(`統合した場合、まだ使っていない50%割引のバウチャーはどうなりますか。`)}`,
  }),
  mk({
    slug: 'info-missing-sentence', kind: 'info_request', lang: 'ja', caseId: C.hanako, to: hTo, d: '04-16 01:41', enc: 'sjisb64',
    note: 'request phrased without a request word: the source address was missing, te-form clauses',
    text: `佐藤様

いただいたメールに統合元アカウントのメールアドレスが記載されておらず、こちらでアカウントを特定できていない状況です。お手数をおかけしますが、返信にてアドレスを追記いただけると助かります。

AWS トレーニングと認定

差出人: 佐藤 花子 <${HANAKO.keep}>
送信日時: 2026年4月15日 22:10
宛先: ${SUPPORT_BARE}
件名: RE: [CASE ${C.hanako}] [AWS Training and Certification Form Submission] - account-assistance

${HANAKO.keep} の方を残したいです。よろしくお願いします。`,
  }),
];

const CONF: Msg[] = [
  mk({
    slug: 'conf-answers-q-then-consent', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, to: kTo, d: '02-05 02:33', enc: 'jis7',
    note: 'answers the earlier question (exam history moves too) and asks consent to the irreversible merge',
    text: `伊藤 健二 様

お問い合わせの件、試験履歴も含めて統合先(${KENJI.keepId})に移行されます。スコアレポートも引き続き参照可能です。

つきましては、以下の内容で統合を実施してよろしいでしょうか。
 統合元: ${KENJI.srcId} (${KENJI.src})
 統合先: ${KENJI.keepId} (${KENJI.keep})
統合後は元に戻すことができません。問題なければ、その旨ご返信ください。

AWS トレーニングと認定 小林`,
  }),
  mk({
    slug: 'conf-restate-details', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, to: yTo, d: '01-28 06:10', enc: 'jisb64',
    note: 'restates both accounts and asks the customer to agree before the merge',
    text: `中村 結衣 様

ご提供いただいた情報で両アカウントを確認できました。

[統合元] ${YUI.srcId} / ${YUI.src} / 認定 2 件
[統合先] ${YUI.keepId} / ${YUI.keep} / 認定 1 件

この統合は取り消しができない操作です。上記の内容で進めることにご同意いただける場合は、本メールに「同意します」とご返信ください。

森`,
  }),
  mk({
    slug: 'conf-with-closewarn', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, trap: true, to: tTo, d: '03-12 04:00', enc: 'utf8qp',
    note: 'asks consent and adds the case will be closed after 5 business days without a reply',
    text: `山田様

統合元 ${TARO.srcId} の認定3件を、統合先 ${TARO.keepId} に移す準備が整いました。実行後の取り消しはできません。
この内容で進めてよいか、ご返信にてお知らせください。

5営業日以内にご返信がない場合、本ケースはクローズとなります。その場合もこのメールに返信いただければ再開いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-badges-after', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, trap: true, to: hTo, d: '04-17 03:27', enc: 'jis7',
    note: 'asks consent; the badge sentence is about after the merge (future)',
    text: `佐藤 花子 様

お待たせしました。統合の内容を以下にまとめます。
 ${HANAKO.srcId} → ${HANAKO.keepId}
この統合は元に戻せないため、実施前にお客様の同意をいただいております。よろしければ返信で「進めてください」とお知らせください。

なお、統合後は Credly のバッジを統合先のメールアドレスで受け取り直していただく必要があります。

高橋`,
  }),
  mk({
    slug: 'conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, trusted: false, auth: 'forgedBelow', to: kTo, d: '02-05 08:48', enc: 'utf8b64',
    note: 'consent request whose only dmarc=pass sits below the server\'s Received line: untrusted',
    text: `伊藤様

統合を実施してよろしいですか。統合後は元に戻せません。
同意いただける場合は、以下のリンクから確認ボタンを押してください。
https://aws-merge-consent.example.net/confirm?case=${C.kenji}

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-after-status', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, to: yTo, d: '05-13 09:19', enc: 'sjis8',
    note: 'first restates the information received earlier, then today\'s news: please consent to the merge',
    text: `中村様

先日お送りいただいた候補IDとメールアドレスで、2つのアカウントを照合いたしました。

本日のご連絡は、統合実施前の最終確認です。${YUI.srcId} の記録を ${YUI.keepId} にまとめる作業は、一度実行すると取り消せません。ご了承いただけましたら、ご返信をお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-multipart', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, to: tTo, d: '07-22 10:03', enc: 'utf8qp',
    note: 'multipart consent request with the accounts in a table',
    text: `山田 太郎 様

以下のとおりアカウントを統合いたします。
統合元 ${TARO.srcId} / 統合先 ${TARO.keepId}
統合は不可逆です。この内容でよろしければ、本メールへの返信で承認をお願いします。

AWS トレーニングと認定 サポート`,
    html: html(`<p>山田 太郎 様</p>
<p>以下のとおりアカウントを統合いたします。</p>
<table border="1" cellpadding="4"><tr><th>統合元</th><td>${TARO.srcId}</td></tr><tr><th>統合先</th><td>${TARO.keepId}</td></tr></table>
<p>統合は不可逆です。この内容でよろしければ、本メールへの返信で承認をお願いします。</p>
<p>AWS トレーニングと認定 サポート</p>`),
  }),
  mk({
    slug: 'conf-short-mixed', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: hTo, d: '08-03 00:26', enc: 'utf8b64',
    note: 'short Japanese consent request with an English footer',
    text: `佐藤様
ご返信ありがとうございます。最後に、統合の実施についてご同意いただけますか(実施後は元に戻せません)。「はい」とだけご返信いただければ結構です。

--
AWS Training and Certification | Please do not remove the case number from the subject line.`,
  }),
];

const MERGE: Msg[] = [
  mk({
    slug: 'merge-and-close', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, d: '02-06 05:55', enc: 'jis7',
    note: 'merge done today, and the case will now be closed: the merge is the new fact',
    text: `伊藤 健二 様

ご同意ありがとうございました。本日、${KENJI.srcId} を ${KENJI.keepId} に統合いたしました。
認定ポータルに再度サインインいただくと、統合後の内容が表示されます。

本件はこれで完了となりますので、ケースはクローズさせていただきます。

小林
${sfRef('7HhT4')}`,
  }),
  mk({
    slug: 'merge-badges-pending', kind: 'merge_completed', lang: 'ja', caseId: C.yui, trap: true, to: yTo, d: '01-30 02:02', enc: 'jisb64',
    note: 'certifications merged; the badges are still pending (future part is not the event)',
    text: `中村 結衣 様

認定資格の統合が完了しました。${YUI.keepId} に全ての認定が表示されていることをご確認いただけます。
Credly のバッジについては別チームで移行作業を行っており、反映まで数日かかる見込みです。完了しましたら改めてご連絡いたします。

森`,
  }),
  mk({
    slug: 'merge-voucher-pending', kind: 'merge_completed', lang: 'ja', caseId: C.taro, to: tTo, d: '03-13 07:37', enc: 'sjis8',
    note: 'accounts merged; the discount voucher will be re-issued later',
    text: `山田様

お待たせいたしました。アカウントの統合作業が終わりました。統合元の認定3件と試験履歴は、現在 ${TARO.keepId} に紐づいています。
ただし、統合元にあった50%割引バウチャーは再発行の手続き中です。発行されしだい特典ページに表示されます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'merge-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, to: hTo, from: 'AWS Certification <no-reply@certification.aws.training>', d: '04-18 12:00', enc: 'utf8qp',
    note: 'the certification portal\'s own notice that the accounts were merged (no case ID)',
    subject: 'AWS 認定: アカウント統合のお知らせ',
    text: `佐藤 花子 様

お客様の AWS 認定アカウントは統合されました。
統合されたアカウント: ${HANAKO.srcId}
現在のアカウント: ${HANAKO.keepId}

今後は ${HANAKO.keep} でサインインしてください。
このメールは送信専用です。`,
  }),
  mk({
    slug: 'merge-please-check', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, trap: true, to: hTo, d: '04-18 09:31', enc: 'jis7',
    note: 'completion notice that asks the customer to check all looks right: stays merge_completed',
    text: `佐藤様

統合処理が完了いたしました。お手数ですが認定ポータルにサインインし、認定、試験履歴、特典に問題がないかご確認ください。
何か不足がありましたら、このケースにご返信ください。

高橋`,
  }),
  mk({
    slug: 'merge-thanks-for-confirm', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, to: kTo, d: '06-02 04:08', enc: 'utf88bit',
    note: 'thanks for confirming (restated), then the new fact: the merge has been carried out',
    text: `伊藤様

昨日はご承認の返信をありがとうございました。いただいた内容のとおり、統合元アカウントの記録を統合先へ移す作業を実施し、完了いたしました。

2026年6月1日(月) 21:15 ${KENJI.ja} <${KENJI.keep}>:
> 内容に問題ありません。統合を進めてください。`,
  }),
  mk({
    slug: 'merge-resent-corp', kind: 'merge_completed', lang: 'ja', caseId: C.yui, forUser: false, to: `中村 結衣 <${YUI.src}>`, d: '01-30 02:05', enc: 'jis7',
    resent: { from: 'postmaster@agency.example.co.jp', to: 'it-archive@agency.example.co.jp', date: 'Fri, 30 Jan 2026 11:20:00 +0900' },
    note: 'completion notice redirected by the old company\'s server to an archive (Resent-*): not delivered to the user',
    text: `中村 結衣 様

統合が完了しましたのでお知らせします。今後、${YUI.src} ではサインインできません。
${YUI.keep} をご利用ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'merge-misaligned-dkim', kind: 'merge_completed', lang: 'ja', caseId: C.taro, trusted: false, auth: 'misaligned', to: tTo, d: '03-13 08:01', enc: 'utf8b64',
    note: 'completion wording signed by an unrelated bulk domain, dmarc=fail: untrusted',
    text: `山田 太郎 様

アカウントの統合が完了しました。
統合後のアカウント情報を確認するには、下記からサインインしてください。
https://aws-training-merge.example.org/signin

AWS Training and Certification`,
  }),
];

const BADGES: Msg[] = [
  mk({
    slug: 'badges-moved-and-close', kind: 'badges_transferred', lang: 'ja', caseId: C.yui, trap: true, to: yTo, d: '02-03 03:50', enc: 'jis7',
    note: 'support says the badges moved and closes the case: badges_transferred',
    text: `中村 結衣 様

お待たせしました。Credly のデジタルバッジ2点を ${YUI.keep} 側へ移しました。Credly にサインインしてご確認ください。
以上でご依頼いただいた作業はすべて完了となりますので、本ケースはクローズいたします。

森`,
  }),
  mk({
    slug: 'badges-credly-issued', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: kTo, d: '02-07 01:19', enc: 'utf8qp',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `伊藤 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。

バッジを入手する: https://www.credly.com/badges/accept

Credly`,
    html: html(`<p>伊藤 健二 さん</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。</p><p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p><p>Credly</p>`),
  }),
  mk({
    slug: 'badges-after-last-week-merge', kind: 'badges_transferred', lang: 'ja', caseId: C.taro, trap: true, to: tTo, d: '03-20 06:42', enc: 'sjis8',
    note: 'restates last week\'s merge; today\'s news is that the badges were moved',
    text: `山田様

先週ご報告した認定アカウントの統合に続き、本日 Credly バッジの付け替えも終わりました。統合先のメールアドレスでお受け取りください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'badges-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: hTo, d: '04-20 10:10', enc: 'utf8b64',
    note: 'badge notice from credIy.com (capital I): badge wording, untrusted look-alike',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `佐藤 花子 さん

AWS Certified Cloud Practitioner のバッジがあなたのアカウントに移されました。
受け取るには下記からサインインしてください。
https://credIy.com/badges/claim`,
  }),
  mk({
    slug: 'badges-answer-question', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, to: hTo, d: '04-22 02:58', enc: 'jis7',
    note: 'answers the customer\'s question about missing badges: support moved them',
    text: `佐藤様

「Credly に旧アカウントのバッジが見当たらない」とのご連絡をいただいた件、こちらでバッジを統合先へ移行いたしました。Credly 上でバッジを承認していただくと、プロフィールに表示されます。

高橋

-----Original Message-----
From: ${HANAKO.keep}
Sent: Tuesday, April 21, 2026 9:03 PM
Subject: RE: [CASE ${C.hanako}]

統合はできたのですが、Credly に旧アカウントのバッジが見当たりません。`,
  }),
  mk({
    slug: 'badges-credly-list', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: tTo, d: '03-21 00:30', enc: 'utf8b64',
    note: 'Credly mail: three AWS badges now sit on the kept account',
    subject: 'あなたの Credly アカウントに AWS のバッジが追加されました',
    text: `山田 太郎 さん

Amazon Web Services Training and Certification のバッジ3件が、このメールアドレスのアカウントに追加されました。
・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate
・AWS Certified Cloud Practitioner

バッジを確認する: https://www.credly.com/earner/earned`,
  }),
  mk({
    slug: 'badges-voucher-pending', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, to: kTo, d: '02-09 05:14', enc: 'jisb64',
    note: 'badges moved; the voucher is still pending (not the event)',
    text: `伊藤 健二 様

バッジの件でご連絡です。旧アカウントに紐づいていたバッジ4点を、統合先のアカウントへ移動しました。
バウチャーの再発行につきましては、まだ担当部署で処理中です。もう少々お待ちください。

小林`,
  }),
  mk({
    slug: 'badges-html-survey', kind: 'badges_transferred', lang: 'ja', caseId: C.yui, to: yTo, d: '05-20 07:00', enc: 'utf8qp',
    note: 'HTML-only: badges re-assigned to the kept account, with a survey link at the bottom',
    html: html(`<p>中村 結衣 様</p>
<p>Credly バッジの移行が完了しました。統合先のメールアドレスでサインインすると、すべてのバッジが表示されます。</p>
<hr><p style="font-size:12px">今回の対応はいかがでしたか。<a href="https://survey.example-aws.com/s?c=${C.yui}">アンケートにご協力ください</a></p>`),
  }),
];

const CLOSED: Msg[] = [
  mk({
    slug: 'close-restates-merge', kind: 'case_closed', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, d: '02-13 01:00', enc: 'jis7',
    note: 'closing that only restates the merge of last week',
    text: `伊藤 健二 様

先週ご連絡したとおりアカウントの統合は完了しておりますので、本ケースを解決済みとしてクローズいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'close-auto-3days', kind: 'case_closed', lang: 'ja', caseId: C.yui, to: yTo, from: AWS_NOTIFY, d: '02-10 23:00', enc: 'utf8qp',
    note: 'reminder that the case will close automatically in 3 days without a reply',
    subject: `ケース ${C.yui} は3日後に自動的にクローズされます`,
    text: `中村 結衣 様

ケース ${C.yui} は、お客様からの返信をお待ちしている状態です。
3日以内にご返信がない場合、ケースは自動的にクローズされます。引き続きサポートが必要な場合は、サポートセンターから返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'close-restates-badges', kind: 'case_closed', lang: 'ja', caseId: C.taro, trap: true, to: tTo, d: '03-27 04:41', enc: 'sjisb64',
    note: 'closing notice that restates the badges moved last week',
    text: `山田様

バッジの移行も先週完了しておりますので、以上をもちまして本件を終了させていただきます。
ご利用ありがとうございました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'close-self-service', kind: 'case_closed', lang: 'ja', caseId: C.hanako, trap: true, to: hTo, d: '08-04 03:12', enc: 'jis7',
    note: 'customer merged with the self-service tool themselves; support closes the case',
    text: `佐藤 花子 様

統合ツールでご自身で統合できたとのこと、承知いたしました。サポート側での作業は不要となりましたので、本ケースはクローズとさせていただきます。

高橋`,
  }),
  mk({
    slug: 'close-with-survey', kind: 'case_closed', lang: 'ja', caseId: C.kenji, to: kTo, from: AWS_NOTIFY, d: '06-05 00:12', enc: 'utf8b64',
    note: 'resolved notice with a survey link appended',
    subject: `ケース ${C.kenji} は解決済みになりました`,
    text: `伊藤 健二 様

ケース ${C.kenji} は解決済みとしてクローズされました。
再度お問い合わせが必要な場合は、サポートセンターからケースを再オープンできます。

サポートの品質向上のため、アンケートへのご協力をお願いいたします。
https://survey.example-aws.com/csat?c=${C.kenji}`,
  }),
  mk({
    slug: 'close-no-auth', kind: 'case_closed', lang: 'ja', caseId: C.yui, trusted: false, auth: 'none', to: yTo, d: '02-14 02:25', enc: 'jis7',
    note: 'closing notice with no Authentication-Results at all: untrusted',
    text: `中村様

ご依頼の件は完了しておりますので、本ケースはクローズいたしました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'close-no-reply-to-request', kind: 'case_closed', lang: 'ja', caseId: C.taro, trap: true, to: tTo, d: '08-20 05:33', enc: 'utf8qp',
    note: 'closing because the earlier information request went unanswered (restated request)',
    text: `山田 太郎 様

以前お願いしておりました統合元アカウントの情報について、ご返信をいただけなかったため、本ケースはいったんクローズいたします。
手続きを再開される場合は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'close-reopen-note', kind: 'case_closed', lang: 'ja', caseId: C.hanako, to: hTo, d: '04-29 06:06', enc: 'jisb64',
    note: 'plain closing with a note on how to reopen',
    text: `佐藤 花子 様

本ケースはクローズされました。
クローズ後14日以内であれば、このメールへの返信でケースを再開できます。

AWS Training and Certification`,
  }),
];

const SR: Msg[] = [
  mk({
    slug: 'sr-thanks-confirm-restate', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true, to: tTo, d: '03-14 02:18', enc: 'jis7',
    note: 'thanks for confirming; restates the earlier request; passed to the team (nothing merged yet)',
    text: `山田様

統合内容のご確認、ありがとうございました。先日お願いした候補IDもあわせて頂戴しております。
いただいた内容は担当チームに引き継ぎました。作業が終わりしだいご連絡いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.yui, trap: true, to: yTo, d: '01-29 08:03', enc: 'utf8qp',
    note: 'status: the merge has not been completed yet, badges neither',
    text: `中村様

お問い合わせありがとうございます。現時点ではまだ統合は完了しておりません。バッジについても、統合後の対応となります。
担当チームで順番に処理しておりますので、もうしばらくお待ちください。

森`,
  }),
  mk({
    slug: 'sr-duplicate-cases', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, d: '02-03 00:52', enc: 'sjis8',
    note: 'two cases in one mail: the duplicate case was merged into this one (cases, not accounts)',
    text: `伊藤 健二 様

同じ内容で2件のケース(${C.kenji} と ${C.kenjiDup})をお送りいただいておりましたので、ケースを1つに統合いたしました。今後のやり取りはケース ${C.kenji} で行います。
アカウントの統合については、担当者より追ってご連絡いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-escalated', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: hTo, d: '04-19 03:03', enc: 'jis7',
    note: 'escalation to the specialist team; restates what was received',
    text: `佐藤 花子 様

いただいた情報を確認しましたが、統合元アカウントに Partner 経由の記録が含まれているため、専門チームにエスカレーションいたしました。
回答まで数営業日いただく場合がございます。

高橋`,
  }),
  mk({
    slug: 'sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true, to: `${TARO.ja} <${TARO.src}>`, cc: tTo, d: '03-09 09:30', enc: 'jisb64',
    note: 'asks to write from the address to be kept, without asking for any data',
    text: `山田 太郎 様

ご連絡ありがとうございます。恐れ入りますが、セキュリティ上の理由により、統合後に残すアカウントのメールアドレスから本ケースにご返信いただけますでしょうか。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-unable-booking', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true, to: kTo, d: '06-03 10:10', enc: 'utf8b64',
    note: 'unable to merge now because of a scheduled exam: not the event',
    text: `伊藤様

確認したところ、統合元アカウントに6月20日の試験予約が残っているため、現時点では統合できません。
受験が終わりましたら、このケースに改めてご返信ください。

小林`,
  }),
  mk({
    slug: 'sr-once-merged-close', kind: 'support_reply', lang: 'ja', caseId: C.yui, trap: true, to: yTo, d: '05-14 04:44', enc: 'jis7',
    note: 'in progress; says the case will be closed once the merge is done (future)',
    text: `中村 結衣 様

現在、統合作業を進めております。統合が完了しましたらご連絡し、あわせて本ケースをクローズいたします。

森`,
  }),
  mk({
    slug: 'sr-answer-duration', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: hTo, d: '04-16 23:55', enc: 'sjis8',
    note: 'answers how long the process takes; no new event',
    text: `佐藤様

ご質問の件、通常はご承認をいただいてから3営業日ほどで作業が終わります。混み合っている場合はもう少しお時間をいただくことがあります。

高橋

2026年4月16日(木) 8:12 ${HANAKO.ja} <${HANAKO.keep}>:
${quote('どのくらいで終わりますか。')}`,
  }),
];

const UNREL: Msg[] = [
  mk({
    slug: 'un-digest-cases', kind: 'unrelated', lang: 'ja', caseId: C.taro, trap: true, to: tTo, from: AWS_NOTIFY, d: '03-16 00:00', enc: 'utf8qp',
    note: 'weekly digest of several cases\' statuses; not a message on the merge case',
    subject: 'AWS サポート: ケースの週次サマリー',
    text: `山田 太郎 様

過去7日間のケースの状況をお知らせします。

ケース ${C.taro}  アカウントの統合  ステータス: お客様の返信待ち
ケース ${C.taroExam}  試験予約の変更  ステータス: 解決済み

各ケースの詳細はサポートセンターでご確認ください。
このメールは毎週月曜日に送信されます。`,
  }),
  mk({
    slug: 'un-colleague-news', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false, forUser: false, from: '鈴木 一郎 <suzuki@corp.example.co.jp>', to: 'infra-team@corp.example.co.jp', d: '04-21 01:30', tz: '+0900', enc: 'jis7',
    note: 'a colleague\'s team-list mail about someone else\'s merge and badges; not the user\'s case',
    subject: '共有: 認定アカウントの統合について',
    text: `チームの皆さん

佐藤さんの認定アカウントが統合され、バッジも移ったそうです。転職や異動でアドレスが変わる方は、早めにサポートへ依頼しておくのがおすすめです。

鈴木`,
  }),
  mk({
    slug: 'un-own-consent', kind: 'unrelated', lang: 'ja', caseId: C.kenji, trap: true, trusted: false, from: kTo, to: SUPPORT, cc: `${KENJI.ja} <${KENJI.src}>`, d: '02-05 23:10', tz: '+0900', enc: 'jis7', deliveredTo: null,
    note: 'the user\'s own consent reply (copied to the old address): no news from support',
    subject: `Re: ${formSubject(C.kenji)}`,
    text: `ご担当者様

ご連絡ありがとうございます。ご案内いただいた内容で統合を進めてください。よろしくお願いいたします。

伊藤 健二

2026年2月5日(木) 11:33 AWS Training and Certification <${SUPPORT_BARE}>:
${quote('統合後は元に戻すことができません。問題なければ、その旨ご返信ください。')}`,
  }),
  mk({
    slug: 'un-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: C.hanako, trap: true, trusted: false, from: '佐藤 花子 <hanako@oldcorp.example.com>', to: hTo, d: '04-17 03:28', tz: '+0900', enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'out-of-office reply from the old company mailbox quoting the consent request',
    subject: `自動応答: ${formSubject(C.hanako)}`,
    text: `【自動応答】
佐藤は4月30日まで不在にしております。アカウント統合の件を含め、戻り次第確認いたします。

> 統合の実施についてご同意いただけますか`,
  }),
  mk({
    slug: 'un-exam-case-receipt', kind: 'unrelated', lang: 'ja', caseId: C.taroExam, trap: true, to: tTo, from: AWS_NOTIFY, d: '03-02 02:02', enc: 'jisb64',
    note: 'receipt of the user\'s other case, about rescheduling an exam; it says its topic',
    subject: `ケース ${C.taroExam} を受け付けました: 試験予約の変更`,
    text: `山田 太郎 様

試験予約の変更に関するお問い合わせ(ケース ${C.taroExam})を受け付けました。
予約済みの試験日時と試験会場を確認のうえ、担当者よりご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, from: 'Credly <admin@credly.com>', to: kTo, d: '02-08 05:05', enc: 'utf8qp',
    note: 'Credly\'s own account-merge verification code: not the AWS merge case',
    subject: 'Credly アカウントの統合コード',
    text: `伊藤 健二 さん

Credly アカウントの統合リクエストを受け付けました。以下のコードを入力して統合を完了してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-credly-other-issuer', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, from: 'Microsoft via Credly <admin@credly.com>', to: yTo, d: '05-25 01:45', enc: 'utf8b64',
    note: 'a Credly badge from another issuer (Microsoft)',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `中村 結衣 さん

Microsoft から「Azure Fundamentals」バッジが発行されました。

バッジを入手する: https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: C.yui, trap: true, from: 'AWS Support Survey <aws-support-survey@amazon.com>', to: yTo, d: '05-21 06:00', enc: 'utf8qp',
    note: 'satisfaction survey about the (closed) case',
    subject: `問題は解決しましたか? ケース ${C.yui} に関するアンケート`,
    text: `中村 結衣 様

先日クローズされたケース ${C.yui} について、簡単なアンケートにご協力ください。
問題は解決しましたか? はい / いいえ
https://survey.example-aws.com/q?c=${C.yui}`,
  }),
  mk({
    slug: 'un-event-marketing', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>', to: hTo, d: '06-10 01:00', enc: 'utf8qp',
    note: 'marketing: event invitation that talks about consolidating skills and claiming badges',
    subject: '【ご案内】スキルを1つに統合する: AWS 認定 学習イベント',
    html: html(`<h2>学んだスキルを、1つの認定へ</h2>
<p>AWS Skill Builder の学習を認定取得につなげるオンラインイベントを開催します。合格後にはデジタルバッジを受け取れます。</p>
<p>日時: 7月8日(水) 19:00 / 参加無料</p>
<p><a href="https://aws.amazon.com/jp/events/">今すぐ登録</a></p>
<p style="font-size:11px">配信停止をご希望の場合はこちら</p>`),
  }),
  mk({
    slug: 'un-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: C.yui, trap: true, trusted: false, forUser: false, from: yTo, to: '上田 さん <ueda@agency.example.co.jp>', d: '01-30 12:40', tz: '+0900', enc: 'jis7', deliveredTo: null,
    note: 'the user forwards the completion notice to a former colleague: own mail, not for the user',
    subject: `Fw: ${formSubject(C.yui)}`,
    text: `上田さん

統合が終わったと連絡が来ました。旧アドレス宛のメールは今後こちらに届かなくなります。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年1月30日(金) 11:02
Subject: ${formSubject(C.yui)}

中村 結衣 様
認定資格の統合が完了しました。`,
  }),
];

export const JA: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...MERGE, ...BADGES, ...CLOSED, ...SR, ...UNREL];
