// Set n, Japanese part 1: receipts, automated answers, information and confirmation requests.
import { rfcDate, type Msg } from './lib.js';
import {
  AYA, CASE, DAISUKE, FORM, FORM_BARE, MISAKI, NOTIFY, REN, SHOTA,
  caseSubj, caseSubjRe, gmailJa, htmlDoc, iphoneJa, mk, paras, q, sfJa, sfRef, who,
  REN_REQ, REN_INFO, REN_REPLY_PHONE, MISAKI_REQ, SHOTA_REQ, AYA_REQ,
} from './common.js';

const J = '+0900';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8)
  mk({
    slug: 'ja-ack-ren-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ren,
    note: 'receipt recognisable by its shape: case number, category, status, 24h reply time',
    from: FORM, to: who(REN.ja, REN.keep),
    subject: `[CASE ${CASE.ren}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-03-02 22:18:40', J), enc: 'jis7',
    text: `松本 蓮 様

AWS トレーニングと認定へのお問い合わせを、次の番号で登録しました。

ケース番号: ${CASE.ren}
カテゴリ: 認定 / アカウント
優先度: 標準
状態: 担当者の割り当て待ち

担当者より、通常24時間以内にメールでご連絡します。
同じ内容で新しいケースを作られますと、回答が遅れる原因になりますのでご注意ください。

※このメールは送信専用アドレスから自動送信されています。`,
  }),
  mk({
    slug: 'ja-ack-misaki-bilingual', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'automatic receipt: Japanese text inside English boilerplate',
    from: FORM, to: who(MISAKI.ja, MISAKI.keep),
    subject: `[CASE ${CASE.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-02-16 08:03:11', J), enc: 'utf8qp',
    text: `Hello,

Thank you for contacting AWS Training and Certification.

井上様、お問い合わせありがとうございます。ケースID ${CASE.misaki} としてお預かりしました。
1営業日以内に、担当者からこのアドレス宛てにご連絡します。

Please do not reply to this message. Our agent will write to you from this case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210`,
  }),
  mk({
    slug: 'ja-ack-shota-html-copy', kind: 'acknowledgement', lang: 'ja', caseId: CASE.shota,
    note: 'HTML-only receipt copy of the form; case ID only in the body',
    from: FORM, to: who(SHOTA.ja, SHOTA.keep),
    subject: 'お問い合わせ内容の控え(AWS トレーニングと認定)',
    date: rfcDate('2026-03-09 13:40:05', J), enc: 'sjisb64',
    html: htmlDoc(`<p>木村 翔太 様</p>
<p>以下の内容でお問い合わせを承りました。</p>
<table border="1" cellpadding="4">
<tr><td>受付番号</td><td>${CASE.shota}</td></tr>
<tr><td>お名前</td><td>木村 翔太</td></tr>
<tr><td>AWS 候補者 ID</td><td>${SHOTA.keepId}</td></tr>
<tr><td>お問い合わせの種類</td><td>AWS トレーニングと認定</td></tr>
<tr><td>内容</td><td>${paras(SHOTA_REQ)}</td></tr>
</table>
<p>担当者からの返信まで、今しばらくお待ちください。</p>
<p style="color:#888">本メールへの返信はできません。</p>`, 'Shift_JIS'),
  }),
  mk({
    slug: 'ja-ack-aya-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aya,
    note: 'receipt wording from a look-alike domain (aws-support-jp.com): untrusted',
    from: 'AWS サポート <no-reply@aws-support-jp.com>', to: who(AYA.ja, AYA.keep),
    subject: `お問い合わせを受け付けました [ケースID: ${CASE.aya}]`,
    date: rfcDate('2026-02-24 10:11:52', J), enc: 'utf8b64', trusted: false,
    text: `渡辺 彩 様

お問い合わせを受け付けました。
ケースID: ${CASE.aya}

本人確認のため、48時間以内に下記ページからサインインしてください。
https://aws-support-jp.com/case/verify?id=${CASE.aya}

AWS サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-daisuke-kanryo-made', kind: 'acknowledgement', lang: 'ja', caseId: CASE.daisuke, trap: true,
    note: 'receipt that talks about how long a merge takes to finish; no merge happened',
    from: FORM, to: who(DAISUKE.ja, DAISUKE.keep),
    subject: `ケース ${CASE.daisuke} を作成しました`, wholeSubject: true,
    date: rfcDate('2026-03-20 19:02:33', J), enc: 'jisb64',
    text: `森 大輔 様

AWS トレーニングと認定 カスタマーサービスです。お問い合わせを受け付け、ケース ${CASE.daisuke} を作成しました。

アカウントの統合が完了するまでの期間は、ご状況によって異なります。
担当者からの連絡をお待ちいただき、追加の情報はそのメールへの返信でお送りください。

-- 
このメッセージは自動で送信されています。`,
  }),
  mk({
    slug: 'ja-ack-ren-dup-to-src', kind: 'acknowledgement', lang: 'ja', caseId: CASE.renDup,
    note: 'receipt for a second case, sent to the old (own) address; warns about duplicate cases',
    from: FORM, to: REN.src,
    subject: `[CASE ${CASE.renDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-03-03 07:55:20', J), enc: 'sjis8',
    text: `こちらは自動送信メールです。

受付番号 ${CASE.renDup}(2026-03-03 07:55 JST)

お問い合わせありがとうございます。内容を確認のうえ、担当者よりご連絡します。
なお、同じご依頼で複数のケースを作成されますと、確認に時間がかかる場合があります。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-misaki2-badge-topic', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki2, trap: true,
    note: 'AWS Support notification that a case was created; its title mentions badges and merge',
    from: NOTIFY, to: MISAKI.keep,
    subject: `AWS Support: ケース ${CASE.misaki2} が作成されました`,
    date: rfcDate('2026-03-11 21:47:09', J), enc: 'utf88bit',
    text: `ケースが作成されました。

ケース ID: ${CASE.misaki2}
件名: 統合後、Credly のバッジが統合先に表示されない
重要度: 一般的なガイダンス

ケースの詳細を表示: https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.misaki2}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-aya-auto-lf', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aya,
    note: 'short auto-reply receipt with the case number in the subject; LF line ends',
    from: FORM, to: who(AYA.ja, AYA.src),
    subject: `【自動返信】[CASE ${CASE.aya}] お問い合わせありがとうございます`,
    date: rfcDate('2026-02-23 23:30:14', J), enc: 'jis7', crlf: false,
    extra: ['Auto-Submitted: auto-generated'],
    text: `渡辺様

ご連絡ありがとうございます。受付いたしました。
回答の目安: 1営業日
担当窓口: AWS トレーニングと認定

本メールには返信しないでください。`,
  }),

  // ---------------- ai_answer (7)
  mk({
    slug: 'ja-ai-ren-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing to the self-service merge tool',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: REN.keep,
    subject: 'お問い合わせへの自動回答',
    date: rfcDate('2026-03-02 22:09:51', J), enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。

AWS 認定アカウントが複数ある場合は、AWS Certification アカウントにサインインし、
[プロフィール] > [アカウントの統合] からご自身でまとめられます。

ツールでうまくいかない場合は、このページで [ケースを作成] を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-misaki-bilingual', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated suggestion, English disclaimer around Japanese text',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: MISAKI.keep,
    subject: 'Re: 認定アカウントを1つにしたい',
    date: rfcDate('2026-02-16 07:58:30', J), enc: 'utf8qp',
    text: `[AI-generated response]

以下は AI が作成した回答です。
試験を別々のメールアドレスで受けた場合は、認定ポータルの「Merge Accounts」機能で統合できることがあります。
両方のアカウントに認定の履歴があるときはツールが使えないため、サポートへのケース作成をおすすめします。

This answer was generated automatically and may contain mistakes. If it did not solve your issue, choose "Create case".`,
  }),
  mk({
    slug: 'ja-ai-shota-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer describing what happens after a merge (badges, benefits); still an AI answer',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: SHOTA.keep,
    subject: '自動アシスタントからの回答',
    date: rfcDate('2026-03-09 13:31:44', J), enc: 'sjis8',
    text: `自動アシスタントの回答です(生成 AI)。

統合が完了すると、統合元の認定資格や特典(次回試験の50%割引など)は統合先アカウントに表示されます。
Credly のデジタルバッジは、統合後にあらためて受け取り操作が必要になる場合があります。
先に統合を済ませてから、Credly でバッジを申請してください。

この回答で解決しない場合は、[ケースを作成] からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-aya-articles-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated answer listing help articles, multipart in Shift_JIS',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: AYA.keep,
    subject: 'お探しの情報はこちらですか?',
    date: rfcDate('2026-02-23 23:20:02', J), enc: 'sjisb64',
    text: `お問い合わせ内容から、次の記事が役に立つかもしれません(自動生成)。

・認定アカウントを統合するには
・認定アカウントのメールアドレスを変更するには
・Credly バッジが表示されない場合

解決しない場合はケースを作成してください。`,
    html: htmlDoc(`<p>お問い合わせ内容から、次の記事が役に立つかもしれません(自動生成)。</p>
<ul><li><a href="https://aws.amazon.com/certification/faqs/">認定アカウントを統合するには</a></li>
<li><a href="https://aws.amazon.com/certification/faqs/">認定アカウントのメールアドレスを変更するには</a></li>
<li><a href="https://aws.amazon.com/certification/faqs/">Credly バッジが表示されない場合</a></li></ul>
<p>解決しない場合はケースを作成してください。</p>`, 'Shift_JIS'),
  }),
  mk({
    slug: 'ja-ai-daisuke-foreign-ar', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer whose only pass verdict is from another server below the receiving hop: untrusted',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: DAISUKE.keep,
    subject: 'Amazon Q による回答', auth: 'otherOnly', trusted: false,
    date: rfcDate('2026-03-20 18:55:17', J), enc: 'utf8b64',
    text: `Amazon Q が回答を作成しました。

重複した認定アカウントは、プロフィールのアカウント統合ツールでひとつにできます。
統合元アカウントの認証情報が必要です。

この回答は参考情報です。`,
  }),
  mk({
    slug: 'ja-ai-misaki-html-helpful', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only assistant answer with a was-this-helpful footer',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: MISAKI.src,
    subject: '自動アシスタント: アカウントの統合について',
    date: rfcDate('2026-02-15 22:40:00', J), enc: 'jisb64',
    html: htmlDoc(`<div>
<p>自動アシスタントからのご案内です。</p>
<p>試験ごとに別のアカウントを使っていた場合、認定サイトのプロフィール画面にある「アカウントの統合」で、ひとつのアカウントへまとめられます。</p>
<p>この回答は役に立ちましたか? <a href="https://support.aws.com/feedback?v=1">はい</a> / <a href="https://support.aws.com/feedback?v=0">いいえ</a></p>
</div>`, 'ISO-2022-JP'),
  }),
  mk({
    slug: 'ja-ai-shota-tool-refuses', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated guidance: the tool refuses when both accounts hold certifications, open a case',
    from: 'AWS Training and Certification <no-reply@support.aws.com>', to: SHOTA.src,
    subject: '【自動案内】認定アカウントの統合', wholeSubject: true,
    date: rfcDate('2026-03-09 12:58:41', J), enc: 'jisb64',
    text: `【自動案内】
両方のアカウントに認定資格の履歴があると、セルフサービスの統合ツールではまとめられません。
その場合は、このあと表示される [ケースを作成] から、候補者IDを添えてお問い合わせください。
(この案内は AI によって生成されています)`,
  }),

  // ---------------- info_request (10)
  mk({
    slug: 'ja-info-ren-terse-toppost', kind: 'info_request', lang: 'ja', caseId: CASE.ren,
    note: 'agent asks for both candidate IDs, login emails and the account to keep; receipt quoted',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-03 11:20:09', J), enc: 'jis7',
    text: `${REN_INFO}

${sfRef('0Ren1')}

${sfJa(FORM_BARE, '2026/03/02 22:18', REN.keep, `[CASE ${CASE.ren}] [AWS Training and Certification Form Submission] - account-assistance`)}

${REN_REQ}`,
  }),
  mk({
    slug: 'ja-info-misaki-gokakunin-address', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: information, not consent',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki),
    date: rfcDate('2026-02-17 09:12:40', J), enc: 'jisb64',
    text: `井上様

お世話になっております。AWS トレーニングと認定の Yui です。
統合後にサインインへ使うメールアドレスが、${MISAKI.keep} でよいか、ご確認のうえお知らせください。
大学のアドレスは今後使えなくなる予定とのことでしたので、念のため。

Yui

${gmailJa('2026年2月16日(月) 8:02', who(MISAKI.ja, MISAKI.keep))}
${q(MISAKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-shota-bilingual-emails', kind: 'info_request', lang: 'ja', caseId: CASE.shota,
    note: 'asks for login and notification addresses; English greeting and signature around Japanese',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota),
    date: rfcDate('2026-03-10 10:05:00', J), enc: 'utf8b64',
    text: `Hello Shota,

統合の前に、次の3点を教えてください。
・${SHOTA.srcId} のログイン用メールアドレス
・aws.training の通知先メールアドレス
・Skill Builder に登録しているメールアドレス

Best regards,
Haruka
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-aya-not-yet-specified', kind: 'info_request', lang: 'ja', caseId: CASE.aya,
    note: 'request without a request verb: the account to keep "has not been specified yet"',
    from: FORM, to: AYA.keep, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-02-25 14:33:18', J), enc: 'sjis8',
    text: `渡辺様

残すアカウントのご指定が、まだいただけていないようです。
${AYA.keepId} と ${AYA.srcId}、どちらを統合先にされますか。

Sota / AWS トレーニングと認定

-----Original Message-----
From: ${AYA.keep}
Sent: 2026年2月24日 9:41
To: ${FORM_BARE}
Subject: Re: ${caseSubj(CASE.aya)}

${q(AYA_REQ)}`,
  }),
  mk({
    slug: 'ja-info-daisuke-write-from-kept', kind: 'info_request', lang: 'ja', caseId: CASE.daisuke,
    note: 'write from the kept address AND include both IDs: information request',
    from: FORM, to: DAISUKE.src, subject: caseSubj(CASE.daisuke),
    date: rfcDate('2026-03-21 10:48:00', J), enc: 'jisb64', wholeSubject: true,
    text: `森様

恐れ入りますが、残すアカウントのメールアドレス(${DAISUKE.keep})から、このケース宛てに返信をお送りください。
その際、両方の候補者IDを本文に記載していただけますと助かります。

Riku`,
  }),
  mk({
    slug: 'ja-info-ren-screenshot-html', kind: 'info_request', lang: 'ja', caseId: CASE.ren,
    note: 'HTML reply asking for screenshots of both certification pages; Outlook quote below',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-04 09:02:10', J), enc: 'utf8qp',
    html: htmlDoc(`<div>松本様</div>
<div>追加で、両アカウントの「認定」画面のスクリーンショットを添付していただけますか。名前の表記を照合します。</div>
<div>Kaito</div>
<div id="divRplyFwdMsg"><hr>
<b>差出人:</b> 松本 蓮 &lt;${REN.keep}&gt;<br>
<b>送信日時:</b> 2026年3月3日 12:40<br>
<b>宛先:</b> ${FORM_BARE}<br>
<b>件名:</b> Re: ${caseSubj(CASE.ren)}</div>
<blockquote>${paras(REN_REPLY_PHONE)}</blockquote>`),
  }),
  mk({
    slug: 'ja-info-aya-phish-password', kind: 'info_request', lang: 'ja', caseId: CASE.aya,
    note: 'look-alike domain asks for IDs and the password: untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.net>', to: AYA.keep,
    subject: `[CASE ${CASE.aya}] 統合のための本人確認`,
    date: rfcDate('2026-02-25 02:14:44', J), enc: 'utf8qp', trusted: false,
    text: `渡辺様

統合手続きのため、以下を24時間以内にご返信ください。
・両アカウントの候補者ID
・ログインメールアドレスとパスワード

期限を過ぎるとケースは無効になります。`,
  }),
  mk({
    slug: 'ja-info-ren-romaji-iphone-quote', kind: 'info_request', lang: 'ja', caseId: CASE.ren,
    note: 'short top-posted request for the romaji name and company above an iPhone reply',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-03 15:09:27', J), enc: 'jis7',
    text: `松本様
ありがとうございます。あと、氏名のローマ字表記と会社名もお願いします。
Kaito

${iphoneJa('2026/03/03 12:40', who(REN.ja, REN.keep))}

${q(REN_REPLY_PHONE)}

${q(REN_INFO)}`,
  }),
  mk({
    slug: 'ja-info-misaki-cert-list-body-id', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks for a list of certifications and pass dates; case ID only in the body reference',
    from: FORM, to: MISAKI.keep, subject: 'Re: AWS Training and Certification - account-assistance',
    date: rfcDate('2026-02-18 16:20:55', J), enc: 'utf8qp',
    text: `井上様

各アカウントで取得された認定の名称と合格日を、一覧にしていただけますか。
照合がとれ次第、次の手順をご案内します。

Yui
AWS トレーニングと認定

Case ${CASE.misaki}`,
  }),
  mk({
    slug: 'ja-info-shota-login-email-sf', kind: 'info_request', lang: 'ja', caseId: CASE.shota,
    note: 'identifier between the words: asks which email logs into the old ID; Salesforce quote',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota),
    date: rfcDate('2026-03-11 09:15:32', J), enc: 'jis7',
    text: `木村様

${SHOTA.srcId} のアカウントにサインインされる際のメールアドレスを、お手数ですが返信にてご教示ください。
いただいたアドレスでは該当アカウントが見つかりませんでした。

Haruka

${sfRef('0Sho2')}

${sfJa(SHOTA.keep, '2026/03/10 22:10', FORM_BARE, caseSubj(CASE.shota))}

Harukaさん
ログインは s.kimura@fintech.example.co.jp です。通知先も同じです。
木村`,
  }),

  // ---------------- confirmation_request (9)
  mk({
    slug: 'ja-conf-ren-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ren,
    note: 'asks consent to merge AWS73310582 into AWS04417829, cannot be undone; long quoted thread',
    from: FORM, to: REN.keep, subject: caseSubj(CASE.ren),
    date: rfcDate('2026-03-05 10:30:00', J), enc: 'jis7',
    text: `松本様
ありがとうございます。${REN.srcId} を ${REN.keepId} に統合します。
統合は取り消せませんので、問題なければこのメールに「同意します」とご返信ください。
Kaito

${gmailJa('2026年3月4日(水) 21:12', who(REN.ja, REN.keep))}
${q(`Kaitoさん
ローマ字は REN MATSUMOTO、会社名は Oldcorp Systems です。スクショ添付します。

iPhoneから送信`)}
${q(REN_INFO)}`,
  }),
  mk({
    slug: 'ja-conf-misaki-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'consent request: English salutation and closing around the Japanese request',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki),
    date: rfcDate('2026-02-19 11:00:12', J), enc: 'utf8qp',
    text: `Dear customer,

照合が取れました。${MISAKI.srcId}(大学アドレス)の認定を ${MISAKI.keepId} に移します。
一度統合すると元には戻せないため、進めてよい場合はその旨をこのメールへご返信ください。

Kind regards,
Yui
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-shota-doui-toppost', kind: 'confirmation_request', lang: 'ja', caseId: CASE.shota,
    note: 'short top-posted "reply just 同意します if correct" over a quoted information exchange',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota),
    date: rfcDate('2026-03-12 08:41:05', J), enc: 'jisb64',
    text: `木村様
見つかりました。内容に相違なければ、「同意します」とだけ返信してください。それで統合に入ります(取り消し不可)。
Haruka

${sfJa(SHOTA.keep, '2026/03/11 12:02', FORM_BARE, caseSubj(CASE.shota))}

すみません、ログインは shota.kimura.work@example.co.jp でした。
木村

${sfJa(FORM_BARE, '2026/03/11 09:15', SHOTA.keep, caseSubj(CASE.shota))}

木村様
${SHOTA.srcId} のアカウントにサインインされる際のメールアドレスを、お手数ですが返信にてご教示ください。
Haruka`,
  }),
  mk({
    slug: 'ja-conf-aya-cert-list', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'lists what will move and asks whether to proceed; describes the after-merge state',
    from: FORM, to: AYA.keep, subject: caseSubj(CASE.aya),
    date: rfcDate('2026-02-26 17:25:40', J), enc: 'sjis8',
    text: `渡辺様

統合先: ${AYA.keepId}(${AYA.keep})
統合元: ${AYA.srcId}(${AYA.src})
移行される認定: AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator - Associate

統合後は、上記の認定と特典が統合先に表示され、統合元ではサインインできなくなります。
上記の内容で統合を進めてもよろしいでしょうか。

Sota`,
  }),
  mk({
    slug: 'ja-conf-daisuke-fail-then-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.daisuke,
    note: 'consent request whose top verdict is dmarc=fail, a pass planted lower: untrusted',
    from: FORM, to: DAISUKE.keep, subject: caseSubj(CASE.daisuke), auth: 'failThenForged', trusted: false,
    date: rfcDate('2026-03-22 03:12:09', J), enc: 'jis7',
    text: `森様

統合の準備ができました。元に戻すことはできません。
よろしければ、このメールに「同意します」と返信してください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-ren-html-ryousho', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ren,
    note: 'HTML-only: the operation cannot be cancelled, reply that you accept',
    from: FORM, to: REN.mobile, subject: caseSubjRe(CASE.ren),
    date: rfcDate('2026-03-05 18:02:44', J), enc: 'jisb64',
    html: htmlDoc(`<p>松本様</p>
<p>取り消しのできない操作のため、ご了承いただける旨を一言ご返信いただけますでしょうか。<br>
いただき次第、${REN.srcId} の内容を ${REN.keepId} へ移します。</p>
<p>Kaito</p>`, 'ISO-2022-JP'),
  }),
  mk({
    slug: 'ja-conf-misaki-te-form', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'te-form clauses: after the merge the old account is gone, tell us if that is OK',
    from: FORM, to: MISAKI.keep, subject: caseSubj(CASE.misaki),
    date: rfcDate('2026-02-20 09:44:21', J), enc: 'utf8b64',
    text: `井上様

統合後は大学のアドレスでサインインできなくなり、そちらの試験履歴も ${MISAKI.keepId} 側に移りますので、それでよろしければお返事をお願いします。
お返事をいただいてからの作業となります。

Yui`,
  }),
  mk({
    slug: 'ja-conf-aya-typos-body-id', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya,
    note: 'consent request with typos; case ID only in the body',
    from: FORM_BARE, to: AYA.keep, subject: 'Re: アカウント統合の件',
    date: rfcDate('2026-02-27 12:03:15', J), enc: 'utf8qp',
    text: `渡辺様

お待たせしました。ご指定どうり ${AYA.keepId} を残す形で統合をすすめてよろしいでしょか。
統合した後はもどせませんのでご注意ください。

ケース番号: ${CASE.aya}
Sota`,
  }),
  mk({
    slug: 'ja-conf-shota-final-check-mobile', kind: 'confirmation_request', lang: 'ja', caseId: CASE.shota,
    note: 'final consent check after a vague phone reply',
    from: FORM, to: SHOTA.keep, subject: caseSubj(CASE.shota),
    date: rfcDate('2026-03-12 19:30:00', J), enc: 'jis7',
    text: `木村様
念のため最終確認です。${SHOTA.srcId} → ${SHOTA.keepId} の統合で進めてよいですか? 「はい」とだけ返信いただければ大丈夫です。
Haruka

${iphoneJa('2026/03/12 12:15', who(SHOTA.ja, SHOTA.keep))}

${q(`たぶん大丈夫です

iPhoneから送信`)}`,
  }),
];

