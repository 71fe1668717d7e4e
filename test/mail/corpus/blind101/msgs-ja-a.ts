// cv, Japanese part A: receipts, AI answers, information requests, confirmation requests.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT_JA,
  AYA,
  AYA_DESC,
  CASE,
  KEN,
  KEN_DESC,
  MISAKI,
  MISAKI_DESC,
  SHO,
  SHO_DESC,
  SUPPORT,
  SUPPORT_ADDR,
  formJa,
  formSubject,
  gmailJa,
  historyJa,
  htmlDoc,
  jst,
  msg,
  outlookJa,
  quote,
  sfOriginal,
  sfRef,
  to,
} from './common.js';

export const JA_A: Msg[] = [
  // ---------------- acknowledgement ----------------
  msg({
    slug: 'ack-ken-receipt-full-echo',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'automatic receipt with case ID; the echoed form asks to be told when the merge is complete, which is the user speaking',
    from: AWS_SUPPORT_JA,
    to: to(KEN),
    subject: `AWS サポート: ケース ${CASE.ken} を受け付けました`,
    date: jst('2026-02-02 21:14:05'),
    enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.ken}

担当者より通常 24 時間以内にご連絡いたします。同じご用件で新しいケースを
作成されますと、かえって回答が遅れることがございますので、追加の情報は
本メールへの返信でお送りください。

以下、送信いただいた内容の控えです。

${formJa(KEN, 'AWS認定アカウントの統合依頼', KEN_DESC, 'rule')}

※このメールは送信専用アドレスから自動でお送りしています。

Amazon Web Services`,
  }),
  msg({
    slug: 'ack-misaki-html-table',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'receipt in HTML+text; echoed description asks whether the merge is finished and badges moved, but the new text only acknowledges',
    from: SUPPORT,
    to: to(MISAKI),
    subject: `[CASE ${CASE.misaki}] お問い合わせありがとうございます - account-assistance`,
    date: jst('2026-03-09 08:02:51'),
    enc: 'utf8b64',
    text: `中村 美咲 様

このたびはお問い合わせいただき、誠にありがとうございます。
ご送信内容を確認のうえ、担当部署より順次回答を差し上げます。

ケース番号: ${CASE.misaki}
受付日時: 2026/03/09 08:02 (JST)

--- ご送信内容 ---
${formJa(MISAKI, '認定アカウント統合のお願い(再送)', MISAKI_DESC, 'bracket')}
------------------

AWS トレーニングと認定 カスタマーサービス`,
    html: htmlDoc(`<p>中村 美咲 様</p>
<p>このたびはお問い合わせいただき、誠にありがとうございます。<br>ご送信内容を確認のうえ、担当部署より順次回答を差し上げます。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>${CASE.misaki}</td></tr>
<tr><th align="left">受付日時</th><td>2026/03/09 08:02 (JST)</td></tr>
<tr><th align="left">お問い合わせタイプ</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">件名</th><td>認定アカウント統合のお願い(再送)</td></tr>
<tr><th align="left">詳細</th><td>${MISAKI_DESC.replace(/\n/g, '<br>')}</td></tr>
</table>
<p>AWS トレーニングと認定 カスタマーサービス</p>`),
  }),
  msg({
    slug: 'ack-sho-short-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'short automatic receipt from the form address carrying the case ID and the echoed request',
    from: SUPPORT,
    to: to(SHO),
    subject: `[CASE ${CASE.sho}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: jst('2026-01-19 12:40:17'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `お問い合わせを承りました(ケース ${CASE.sho})。

件名: 認定アカウントのマージ
内容:
${quote(SHO_DESC, '  ')}

本メールにはご返信いただかなくて結構です。担当者からの連絡をお待ちください。
AWS Training and Certification`,
  }),
  msg({
    slug: 'ack-ken2-id-in-body',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'receipt whose subject has no ID; case ID only in the body; echo asks whether the badges have moved',
    from: AWS_SUPPORT_JA,
    to: to(KEN),
    subject: 'お問い合わせありがとうございます',
    date: jst('2026-02-20 07:55:30'),
    enc: 'jisb64',
    text: `お客様

AWS サポートをご利用いただきありがとうございます。お問い合わせは
ケース番号 ${CASE.ken2} として登録されました。

お問い合わせ内容(控え):
「統合していただいた件の続きです。
　認定の方は統合されていましたが、Credlyのバッジも移行されていますか？
　旧アドレスの方に残っているように見えます。ご確認お願いします。」

ケースの状況はサポートセンターの「ケース履歴」からもご覧いただけます。
Amazon Web Services Japan`,
  }),
  msg({
    slug: 'ack-sho-duplicate-case',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.shoDup,
    trap: true,
    note: 'a second receipt (new case ID) for the same request; still the automatic receipt of a new case',
    from: SUPPORT,
    to: to(SHO),
    subject: `[CASE ${CASE.shoDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: jst('2026-01-21 09:03:44'),
    enc: 'utf8qp',
    text: `鈴木 翔 様

お問い合わせを受け付けました。ケース ID は ${CASE.shoDup} です。

ご注意: 同一のご依頼で複数のケースを起票されますと、対応が遅れる原因と
なります。既にケースをお持ちの場合は、そちらのメールへ返信してください。

[送信内容]
件名: マージのお願い(2回目)
詳細: 一昨日も送りましたがマージをお願いします。
${SHO_DESC}

AWS Training and Certification Customer Service`,
  }),
  msg({
    slug: 'ack-forged-lookalike-jis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    trap: true,
    note: 'looks like the receipt and echoes the form, but From is a look-alike domain (aws-support-center.jp): untrusted',
    from: 'AWS サポート <no-reply@aws-support-center.jp>',
    to: to(KEN),
    subject: `[ケース ${CASE.ken}] お問い合わせ受付のお知らせ`,
    date: jst('2026-02-03 02:11:09'),
    enc: 'jis7',
    text: `木村 健一 様

AWS トレーニングと認定へのお問い合わせを受付いたしました。
ケース ID ${CASE.ken}

[お問い合わせ内容]
${KEN_DESC}

ケースの進捗は下記ページからご確認いただけます。
https://aws-support-center.jp/case/status?id=${CASE.ken}

AWS サポートセンター`,
  }),
  msg({
    slug: 'ack-aya-mobile-echo',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'receipt in Japanese with English footer; the echoed phone text asks "完了していますか"',
    from: SUPPORT,
    to: to(AYA),
    subject: `[CASE ${CASE.aya}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: jst('2026-04-06 23:48:02'),
    enc: 'utf8b64',
    text: `高橋 彩 様

お問い合わせいただきありがとうございます。以下の内容でケースを作成しました。
ケース ID: ${CASE.aya}

${formJa(AYA, '統合', AYA_DESC, 'enlabels')}

通常 1〜2 営業日以内に担当者よりご連絡いたします。

--
This is an automated message. Please do not change the subject line when replying.
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),
  msg({
    slug: 'ack-team-alias-notforuser',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.team,
    forUser: false,
    note: 'receipt sent to a team mailing list the user is not addressed on (forUser false); the form echo is a colleague-style merge request',
    from: SUPPORT,
    to: 'Cert Admins <cert-admins@old-si.example.co.jp>',
    subject: `[CASE ${CASE.team}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: jst('2026-02-05 10:31:00'),
    enc: 'sjis8',
    text: `ご担当者様

お問い合わせを受け付けました。ケース番号: ${CASE.team}

送信内容:
  件名: 社員の認定アカウント統合について
  内容: 退職予定者の認定アカウントを個人アカウントへ統合したい。
        本人から依頼させるべきか教えてほしい。

担当者からの回答をお待ちください。
AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  msg({
    slug: 'ai-ken-quoted-question',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'generated answer that repeats the question and points to the Merge Accounts tool; describes what happens after a merge',
    from: AWS_SUPPORT_JA,
    to: to(KEN),
    subject: `ケース ${CASE.ken}: 自動生成された回答`,
    date: jst('2026-02-02 21:14:40'),
    enc: 'jis7',
    text: `お問い合わせ:
${quote('AWS認定アカウントが2つに分かれてしまっているため、統合をお願いします。\n統合が完了しましたら、完了した旨をご連絡いただけますでしょうか。')}

回答(生成 AI による参考情報です):
認定アカウントの統合は、統合先のアカウントにサインインし、プロフィールの
「アカウントの統合」から、ご自身で実行いただける場合があります。統合が終わると、
統合元の認定・試験履歴・特典は統合先に表示され、統合元ではサインインできなくなります。

このツールで解決しない場合は、このメールに返信してください。担当者が確認します。

AWS サポート`,
  }),
  msg({
    slug: 'ai-misaki-status-question',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'automated reply to "完了していますか"; it cannot tell the status and only suggests self-service',
    from: SUPPORT,
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-09 08:03:30'),
    enc: 'utf8qp',
    text: `中村様

いただいたご質問「すでに統合は完了していますか？」について、自動応答でご案内します。

・統合の進捗は、担当者が回答するまでこのメールではお知らせできません。
・認定ポータルにサインインし、「認定」タブに両方の資格が出ていれば、統合済みです。
・Credly のバッジは、統合後に「バッジを受け取る」手続きが必要になる場合があります。

上記で解決しない場合は、そのまま担当者の回答をお待ちください。

※これは Amazon の AI アシスタントによる自動回答です。内容が正確でない場合があります。`,
  }),
  msg({
    slug: 'ai-sho-steps-sjis',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'AI-generated self-service steps (Merge Accounts tool) with the question repeated',
    from: SUPPORT,
    to: to(SHO),
    subject: `[CASE ${CASE.sho}] 生成AIによるご案内`,
    date: jst('2026-01-19 12:40:49'),
    enc: 'sjis8',
    text: `> マージをお願いします。

以下の手順をお試しください。
1. 残したいアカウント(${SHO.keepId})で AWS 認定アカウントにサインイン
2. 右上の名前から「プロフィール」を開く
3. 「アカウントのマージ」を選び、もう一方のログイン情報を入力

双方に認定の履歴がある場合、画面にエラーが表示されます。そのときは
「ケースを作成」から担当者へお問い合わせください。

この回答は自動で作成されました。`,
  }),
  msg({
    slug: 'ai-aya-html-helpful',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'HTML AI assistant answer with "was this helpful" buttons; echoes the question',
    from: AWS_NOTIFY,
    to: to(AYA),
    subject: 'AWS サポート アシスタントからの回答',
    date: jst('2026-04-06 23:47:31'),
    enc: 'utf8b64',
    text: `ご質問: 大学のメアドで受けた試験と、今の個人のやつを一緒にしてほしいです

回答:
同じ方が複数の認定アカウントをお持ちの場合、認定アカウントの「Merge Accounts」機能で
1 つにまとめられます。メインにしたい方でサインインしてお試しください。

この回答は役に立ちましたか? はい / いいえ
解決しない場合: ケースを作成 (参照番号 ${CASE.aya})`,
    html: htmlDoc(`<p><b>ご質問:</b> 大学のメアドで受けた試験と、今の個人のやつを一緒にしてほしいです</p>
<p><b>回答:</b><br>同じ方が複数の認定アカウントをお持ちの場合、認定アカウントの「Merge Accounts」機能で1 つにまとめられます。メインにしたい方でサインインしてお試しください。</p>
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?y=1">はい</a> / <a href="https://support.aws.amazon.com/feedback?y=0">いいえ</a></p>
<p>解決しない場合: <a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a> (参照番号 ${CASE.aya})</p>`),
  }),
  msg({
    slug: 'ai-ken2-both-history',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'automated answer: tool refuses when both accounts have certifications, so a human will follow up',
    from: AWS_SUPPORT_JA,
    to: to(KEN),
    subject: `ケース ${CASE.ken2} への自動回答`,
    date: jst('2026-02-20 07:56:02'),
    enc: 'jisb64',
    text: `いつも AWS をご利用いただきありがとうございます。こちらは自動回答です。

お問い合わせ文中の「統合」「バッジ」というキーワードから、以下をご案内します。

- 両方のアカウントに認定の履歴があると、セルフサービスのマージツールは使えません。
- その場合はこのケースで担当者が対応します。新しいケースは作成しないでください。

自動回答で解決した場合は、何もしなくても結構です。`,
  }),
  msg({
    slug: 'ai-credly-after-merge-utf8',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'AI answer about claiming Credly badges after a merge; it explains, it does not report a transfer',
    from: SUPPORT,
    to: to(MISAKI),
    subject: `RE:[CASE ${CASE.misaki}] 自動応答: Credly バッジについて`,
    date: jst('2026-03-09 08:04:10'),
    enc: 'utf88bit',
    crlf: false,
    text: `> Credlyのバッジも移行されているか確認をお願いします。

AI アシスタントより:
アカウントを統合したあとは、Credly 側で統合先のメールアドレスを使ってバッジを
受け取り直していただくのが確実です。統合前に受け取ると、古いアドレスにバッジが
残ってしまうことがあります。バッジの移動は Credly の「Merge Account」でも行えます。

(この回答は自動生成です。担当者への引き継ぎは不要な場合、返信は不要です)`,
  }),
  msg({
    slug: 'ai-forged-dmarc-fail',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.sho,
    trusted: false,
    auth: 'fail',
    note: 'AI-answer look-alike from no-reply-aws@amazon.com but dmarc=fail at the receiving server: untrusted',
    from: AWS_SUPPORT_JA,
    to: to(SHO),
    subject: `ケース ${CASE.sho}: AI による回答`,
    date: jst('2026-01-19 13:02:11'),
    enc: 'jis7',
    text: `ご質問:
> マージをお願いします。

回答: 以下のリンクから認定アカウントへサインインすると、マージツールが自動で開きます。
https://aws-cert-merge.example-login.net/signin

※自動回答です`,
  }),

  // ---------------- info_request ----------------
  msg({
    slug: 'info-ken-line-by-line',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'agent answers the quoted lines one by one and needs the candidate IDs shown on each profile',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-03 16:22:48'),
    enc: 'jis7',
    text: `木村様

AWS トレーニングと認定サポートの小西です。お問い合わせの内容を順に確認いたします。

> AWS認定アカウントが2つに分かれてしまっているため、統合をお願いします。
承知しました。

> 統合先: ${KEN.keepId} (${KEN.keep})
> 統合元: ${KEN.srcId} (${KEN.src})
統合元として記載の ID を検索しましたが、該当するアカウントが見つかりませんでした。
お手数ですが、統合元アカウントにサインインし、プロフィール画面の「候補者 ID」を
そのまま書き写してご返信いただけますと幸いです。

> 統合が完了しましたら、完了した旨をご連絡いただけますでしょうか。
はい、作業後にこのケースでお知らせします。

小西
AWS Training and Certification
${sfRef('2Kq8Wj')}`,
  }),
  msg({
    slug: 'info-misaki-summary-which-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'case summary ("ご依頼… その後… 現在…") ending with a question: which account should remain',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-10 11:05:12'),
    enc: 'jisb64',
    text: `中村 美咲 様

これまでの経緯を整理します。
・3月9日、認定アカウントの統合についてご依頼をいただきました(再送分を含む)。
・当方で ${MISAKI.keep} と ${MISAKI.src} の二つのアカウントを確認しました。
・現在、どちらにも有効な認定と割引特典が残っている状態です。

統合後に残るアカウントは一つだけになります。どちらのメールアドレスのアカウントを
お使い続けになるのか、お知らせください。

よろしくお願いいたします。
AWS トレーニングと認定 サポート 井上`,
  }),
  msg({
    slug: 'info-sho-confirm-address',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent to merge',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-20 17:48:26'),
    enc: 'sjis8',
    text: `鈴木様

ご連絡ありがとうございます。
「統合に同意します」とのお言葉、承りました。ただ、ご記入の統合先
${SHO.keepId} には ${SHO.keep} 以外のアドレスも登録されております。

ログインにお使いのメールアドレスがどちらか、ご確認のうえお知らせください。

${sfOriginal(`${SHO.ja} <${SHO.keep}>`, '2026/01/19 12:40', SUPPORT_ADDR, '認定アカウントのマージ', SHO_DESC)}`,
  }),
  msg({
    slug: 'info-misaki-not-yet-need-id',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'answers "完了していますか" with "not yet" and asks for the source candidate ID: negated completion plus a request',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-11 15:40:03'),
    enc: 'utf8qp',
    text: `中村様

> すでに統合は完了していますか？
いいえ、まだ完了しておりません。

パートナー企業のアドレスに紐づくアカウントが二つ見つかったため、統合元を特定できておりません。
統合したい方の候補者 ID(AWS から始まる番号)をお送りいただけますか。

> Credlyのバッジも移行されているか確認をお願いします。
統合のあとで確認いたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  msg({
    slug: 'info-ken2-history-bottom',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'asks for the Credly profile URL; the appended case history holds the earlier merge and the user\'s badge question',
    to: to(KEN),
    subject: formSubject(CASE.ken2),
    date: jst('2026-02-21 10:14:55'),
    enc: 'utf8b64',
    text: `木村 健一 様

バッジの件、調査いたします。恐れ入りますが、Credly のプロフィールページの URL と、
バッジが表示されているメールアドレスを返信でお知らせいただけますでしょうか。

AWS トレーニングと認定 サポート

${historyJa([
  ['2026-02-20 07:55', 'お客様', '統合していただいた件の続きです。\nCredlyのバッジも移行されていますか？'],
  ['2026-02-12 18:30', 'サポート', `ケース ${CASE.ken} にて、ご指定の 2 アカウントの統合が完了しました。`],
])}`,
  }),
  msg({
    slug: 'info-aya-write-from-keep-and-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'asks her to write from the kept address AND to give both candidate IDs: information request',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-08 09:12:40'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `高橋様

お問い合わせありがとうございます。AWS トレーニングと認定の岡田です。

> 統合をお願いします
> 完了していますか？先週もフォームから送りました

先週のお問い合わせは記録に見当たりませんでした。今回のケースで対応いたします。
作業に入るため、以下の 2 点を残したい方のアドレス(${AYA.keep})からお返事ください。
  ・大学のアドレスで作ったアカウントの候補者 ID
  ・各アカウントで取得済みの認定名と合格日

岡田`,
  }),
  msg({
    slug: 'info-forged-below-password',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    auth: 'forgedBelow',
    trap: true,
    note: 'asks for IDs and the password; the dmarc=pass sits below the receiving server\'s Received line (forged): untrusted',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-03 19:40:00'),
    enc: 'utf8qp',
    text: `木村様

ご依頼の統合を進めるにあたり、本人確認が必要です。
両アカウントの候補者 ID とログインパスワードを本メールへの返信でお知らせください。

> 統合が完了しましたら、完了した旨をご連絡いただけますでしょうか。
確認が取れ次第、対応いたします。

AWS Training and Certification`,
  }),
  msg({
    slug: 'info-lookalike-jp-domain',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    trusted: false,
    note: 'look-alike domain (amazon-certification.jp) asking for account details; authenticates only for its own domain',
    from: 'AWS Training and Certification <support@amazon-certification.jp>',
    to: to(SHO),
    subject: `RE:[CASE ${CASE.sho}] アカウント情報のご提出のお願い`,
    date: jst('2026-01-20 08:15:31'),
    enc: 'jis7',
    text: `鈴木 翔 様

> 確認が必要なことがあれば聞いてください。
ありがとうございます。統合前の確認として、下記フォームに両アカウントのメールアドレス、
パスワード、生年月日をご入力ください。48 時間以内にご入力がない場合、依頼は取り消されます。

https://amazon-certification.jp/verify

AWS 認定サポート窓口`,
  }),
  msg({
    slug: 'info-misaki-old-address-notforuser',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    forUser: false,
    note: 'asks for the certification list, but addressed to her old partner-company address, which is not one of the user\'s mailboxes',
    to: `中村 美咲 <${MISAKI.src}>`,
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-10 11:20:44'),
    enc: 'utf8b64',
    text: `中村様

統合元のアカウントについて確認させてください。
お客様の記載:
${quote('パートナー企業のアドレス(' + MISAKI.src + ')で取った認定を、個人アカウント ' + MISAKI.keep + ' に統合をお願いします。')}

こちらのアドレスで取得された認定の名称と、おおよその受験時期を教えていただけますか。

AWS トレーニングと認定 サポート`,
    html: htmlDoc(`<p>中村様</p>
<p>統合元のアカウントについて確認させてください。<br>お客様の記載:</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">パートナー企業のアドレス(${MISAKI.src})で取った認定を、個人アカウント ${MISAKI.keep} に統合をお願いします。</blockquote>
<p>こちらのアドレスで取得された認定の名称と、おおよその受験時期を教えていただけますか。</p>
<p>AWS トレーニングと認定 サポート</p>`),
  }),
  msg({
    slug: 'info-ken-gmail-thread-dates',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'follow-up: the ID sent does not match; needs pass dates for each certification; Gmail-style quote below',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-05 13:02:19'),
    enc: 'jis7',
    text: `木村様

候補者 ID のご返信ありがとうございます。
いただいた ${KEN.srcId} で検索したところ、お名前の表記が異なるアカウントが表示されました。
念のため、統合元でお持ちの認定それぞれの合格日を教えてください。

小西

${gmailJa('2026-02-04 22:41', `${KEN.ja} <${KEN.keep}>`, `小西様\n\n統合元の候補者IDは ${KEN.srcId} で間違いありません。\nよろしくお願いします。`)}`,
  }),

  // ---------------- confirmation_request ----------------
  msg({
    slug: 'conf-ken-irreversible-form-echo',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'lists both accounts and asks whether to proceed, since the merge cannot be undone; the original form is echoed below',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-09 10:30:11'),
    enc: 'jis7',
    text: `木村 健一 様

ご返信ありがとうございます。以下の内容で統合を行います。

  統合先(残るアカウント): ${KEN.keepId} / ${KEN.keep}
  統合元(なくなるアカウント): ${KEN.srcId} / ${KEN.src}

統合後は元の状態に戻すことができません。この内容で進めてよろしいでしょうか。
よろしければ、このメールにその旨ご返信ください。

小西 / AWS Training and Certification

${formJa(KEN, 'AWS認定アカウントの統合依頼', KEN_DESC, 'rule')}`,
  }),
  msg({
    slug: 'conf-misaki-reply-agree',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'asks her to reply "同意します" after reading the summary; consent requested without the word confirm',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-12 14:08:37'),
    enc: 'jisb64',
    text: `中村様

候補者 ID をありがとうございました。ご依頼を次のように整理しました。

  残す: ${MISAKI.keep} (${MISAKI.keepId})
  統合する: ${MISAKI.src} (${MISAKI.srcId})
  統合後、${MISAKI.src} のアカウントにはサインインできなくなります。

上記にご異存がなければ、「同意します」と一言ご返信ください。お返事をいただいてから作業に入ります。

井上`,
  }),
  msg({
    slug: 'conf-sho-not-yet-final-check',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'quoted "完了していますか" answered with "not yet", then asks for final consent to the irreversible merge',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-22 11:51:09'),
    enc: 'sjis8',
    text: `鈴木様

> 統合ってもう完了していますか？
まだでございます。お待たせして申し訳ありません。

作業の前に、最後に一点だけ。統合は取り消しのできない処理です。
${SHO.srcId} を ${SHO.keepId} に統合し、${SHO.srcId} 側は閉じる、という内容で
間違いございませんか。問題なければご返信ください。

AWS トレーニングと認定 松田`,
  }),
  msg({
    slug: 'conf-aya-summary-ready',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'summary of the case so far ending with "ご承諾いただければ作業します"',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-10 16:26:58'),
    enc: 'utf8qp',
    text: `高橋 彩 様

ここまでの流れです。
 - 4/6 大学のアドレスと個人のアドレスのアカウントを一つにしたいとのご依頼
 - 4/8 こちらから候補者 ID と認定の一覧をお願いしました
 - 4/9 ご返信いただき、両方のアカウントを特定できました

統合の準備が整いました。${AYA.srcId} の認定(Cloud Practitioner)を ${AYA.keepId} へ移し、
大学のアドレスのアカウントは使えなくなります。元に戻すことはできません。
ご承諾いただけましたら、その旨ご返信ください。作業いたします。

岡田`,
  }),
  msg({
    slug: 'conf-ken2-html-alt',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'HTML+text: another certification account turned up; asks consent to merge it too',
    to: to(KEN),
    subject: formSubject(CASE.ken2),
    date: jst('2026-02-23 09:44:21'),
    enc: 'utf8b64',
    text: `木村様

バッジの調査中に、${KEN.keep} に紐づく三つ目の認定アカウント(AWS77300125)が見つかりました。
こちらも ${KEN.keepId} にまとめてよろしいですか。統合は取り消せませんので、
ご同意いただける場合のみ「はい」とご返信ください。

AWS トレーニングと認定 サポート`,
    html: htmlDoc(`<p>木村様</p>
<p>バッジの調査中に、${KEN.keep} に紐づく三つ目の認定アカウント(AWS77300125)が見つかりました。<br>
こちらも <b>${KEN.keepId}</b> にまとめてよろしいですか。統合は取り消せませんので、ご同意いただける場合のみ「はい」とご返信ください。</p>
<p>AWS トレーニングと認定 サポート</p>`),
  }),
  msg({
    slug: 'conf-misaki-history-bottom',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'the consent request is new; the appended history shows her asking if the merge and badges are done',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-13 10:02:44'),
    enc: 'jis7',
    text: `中村様

念のための再送です。統合の実施には、お客様からの明確なご同意が必要となります。
先日ご案内した内容でよろしければ、このメールへご返信をお願いいたします。
(取り消しのできない作業のため、ご返信がない限り作業は行いません)

井上

${historyJa([
  ['2026-03-12 14:08', 'サポート', '「同意します」と一言ご返信ください。'],
  ['2026-03-11 22:10', 'お客様', 'ID送りました。統合は完了していますか？バッジも移行されていますか？'],
  ['2026-03-09 08:02', 'お客様', '認定アカウント統合のお願い(再送)'],
])}`,
  }),
  msg({
    slug: 'conf-aya-mobile-short-sjis',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'short nudge asking for a yes/no on merging, with her mobile reply quoted',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-11 12:03:33'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `高橋様

> わかりました。それでどうなりますか？

お返事ありがとうございます。恐縮ですが、統合してよいかどうか、
「統合してください」または「やめます」のどちらかでお返事いただけますか。

岡田

${outlookJa('高橋 彩 <' + AYA.keep + '>', '2026年4月11日 1:20', SUPPORT_ADDR, 'Re: ' + formSubject(CASE.aya), 'わかりました。それでどうなりますか？\n\niPhoneから送信')}`,
  }),
  msg({
    slug: 'conf-forged-fail-then-pass',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    auth: 'failThenForged',
    note: 'consent request; the topmost Authentication-Results says dmarc=fail and a planted pass sits lower: untrusted',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-08 03:12:00'),
    enc: 'jis7',
    text: `木村様

統合の最終確認です。統合は元に戻せません。下記リンクから「同意する」を押してください。
https://certification-merge-consent.example.net/agree?case=${CASE.ken}

AWS Training and Certification`,
  }),
  msg({
    slug: 'conf-sho-explicit-consent-utf8',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'his "マージをお願いします" is not treated as consent; asks him to state agreement explicitly',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-21 15:27:06'),
    enc: 'utf88bit',
    text: `鈴木 翔 様

お問い合わせ文にある「マージをお願いします」「統合に同意します」を拝見しました。
恐れ入りますが、当方の手続き上、統合対象を特定したうえでのご同意をいただく必要がございます。

  ${SHO.srcId}(${SHO.src}) → ${SHO.keepId}(${SHO.keep})

この組み合わせで統合することに同意いただけるか、改めてご返信ください。
統合後は ${SHO.src} でのサインインはできなくなり、取り消しもできません。

松田 / AWS トレーニングと認定`,
  }),
];

