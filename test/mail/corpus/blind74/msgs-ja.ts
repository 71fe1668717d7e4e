// Japanese messages of the bu corpus. Voice: self-service around the case.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, COLLEAGUE_JA, CREDLY, CREDLY_AWS, KEN, MAKOTO, MISAKI, PORTAL_CM, PORTAL_JA, SUPPORT, SUPPORT_JA,
  formSubject, gmailJa, htmlDoc, ja, jst, outlookJa, paras, quote, sfBlock, sfThread, utc,
} from './common.js';

const kenAsk = `AWS認定アカウントの統合をお願いします。
プロフィールの「アカウントの統合」から自分で試したのですが、
「両方のアカウントに認定履歴があるため統合できません」と表示され先に進めませんでした。
残すアカウント: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
高橋 健一`;

const misakiAsk = `お世話になります。中村と申します。
転職前の会社アドレス(${MISAKI.src})の認定アカウントを、個人アドレス(${MISAKI.keep})の方へまとめたいです。
先週、認定ページの統合ツールで確認コードを入力したところ、SAAは移ったように見えますが、
DVAと割引特典が旧アカウントに残ったままです。途中まで統合された状態かと思います。
よろしくお願いいたします。`;

const makotoAsk = `大学のメールアドレスで作った認定アカウント(${MAKOTO.srcId})と、今の個人アカウント(${MAKOTO.keepId})を一つにしたいです。
統合コードのメールが大学アドレスに届くはずが、卒業でアドレスが使えず受け取れません。
小林`;

const ackJa: Msg[] = [
  ja({
    slug: 'ken-case-opened', kind: 'acknowledgement', caseId: CASE.ken, note: 'automatic receipt of the new case; the quoted request mentions the self-service tool refusing',
    from: SUPPORT_JA, to: `${KEN.ja} <${KEN.keep}>`, subject: `[CASE ${CASE.ken}] お問い合わせを承りました - AWS トレーニングと認定`, date: utc('2026-10-05 01:14:09'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `${KEN.ja} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でケース ${CASE.ken} を作成しました。担当者より通常24時間以内にご連絡します。

同じ内容で新しいケースを作成されますと、ご回答が遅れる原因になります。
追加の情報がある場合は、このメールに返信してください。

--- お問い合わせ内容 ---
${kenAsk}

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'misaki-receipt-bodyid', kind: 'acknowledgement', caseId: CASE.misaki, note: 'receipt by its shape; case ID only in the body',
    from: SUPPORT_JA, to: MISAKI.keep, subject: 'お問い合わせありがとうございます', date: utc('2026-10-12 23:40:51'), enc: 'sjis8',
    text: `この度はお問い合わせいただきありがとうございます。

お客様のお問い合わせは受付番号 ${CASE.misaki} として登録されました。
内容を確認のうえ、順番にご返信いたします。今しばらくお待ちください。
なお、本メールは送信専用アドレスから自動でお送りしています。

受付番号: ${CASE.misaki}
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合
件名: 自分で統合ツールを使ったが一部しか移っていない

AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'makoto-receipt-fields', kind: 'acknowledgement', trap: true, caseId: CASE.makoto, note: 'receipt that echoes the fields the form collected (name, candidate ID, e-mail) without asking for anything',
    from: SUPPORT_JA, to: `${MAKOTO.ja} <${MAKOTO.keep}>`, subject: `ケース ${CASE.makoto} の受付確認`, date: utc('2026-10-20 04:02:33'), enc: 'utf8b64',
    text: `小林 誠 様

ご連絡ありがとうございます。下記の情報でお問い合わせを受け付けました。

■ 受け付けた情報
  お名前: 小林 誠
  会社名: (未入力)
  AWS 候補者 ID: ${MAKOTO.keepId}
  連絡先メールアドレス: ${MAKOTO.keep}
  カテゴリ: 認定 > アカウントの統合

■ お問い合わせ内容
${makotoAsk}

ご記入いただいた内容をもとに担当者が確認いたします。ご返信まで1-2営業日ほどお時間をいただく場合があります。
ケース番号: ${CASE.makoto}`,
  }),
  ja({
    slug: 'ken-receipt-html', kind: 'acknowledgement', caseId: CASE.ken, note: 'HTML-only receipt of the merge case, sent again to the kept address',
    from: AWS_NOTIFY, to: KEN.keep, subject: `AWS Support ケース ${CASE.ken} が作成されました`, date: utc('2026-10-05 01:14:40'), enc: 'utf8qp',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">サポートケースが作成されました</h2>
<p>ケース ID: <b>${CASE.ken}</b><br>
件名: AWS認定アカウントの統合(統合ツールでエラー)<br>
重要度: 一般的なガイダンス</p>
<p>このケースは AWS トレーニングと認定チームに割り当てられました。回答が届くまでお待ちください。</p>
<p style="font-size:11px;color:#888">このメールは自動送信されています。Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table>`),
  }),
  ja({
    slug: 'lookalike-receipt', kind: 'acknowledgement', trusted: false, caseId: CASE.misaki, note: 'receipt shape from a look-alike domain (amazon-certification.jp.net): untrusted',
    from: 'AWS トレーニングと認定 <support@amazon-certification.jp.net>', to: MISAKI.keep, subject: `[CASE ${CASE.misaki}] お問い合わせを受け付けました`, date: jst('2026-10-13 09:02:17'), enc: 'jisb64', auth: 'none',
    text: `中村 美咲 様

お問い合わせ(ケース番号 ${CASE.misaki})を受け付けました。
担当より順次ご連絡差し上げます。

※ 統合の手続きを円滑に進めるため、下記ページから AWS 認定アカウントにサインインしておいてください。
https://aws-certification-merge.jp.net/signin

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'misaki-dup-case-receipt', kind: 'acknowledgement', caseId: CASE.misakiDup, note: 'receipt of a second case the user opened by mistake; still a receipt of a new case',
    from: SUPPORT_JA, to: MISAKI.keep, subject: `[CASE ${CASE.misakiDup}] ご連絡ありがとうございます`, date: utc('2026-10-14 10:27:05'), enc: 'sjisb64',
    text: `ご連絡ありがとうございます。お問い合わせをケース ${CASE.misakiDup} として受け付けました。

担当者が内容を拝見したうえでご連絡いたします。
すでに同じご依頼のケースをお持ちの場合、新しくケースを作成されますと回答が遅れることがございますのでご注意ください。

お問い合わせ内容:
統合ツールの確認コードを入れ直したら「このコードは使用済みです」と出ました。前のケースの続きです。

AWS トレーニングと認定 サポートチーム`,
  }),
  ja({
    slug: 'makoto-mixed-receipt', kind: 'acknowledgement', auth: 'dkimonly', caseId: CASE.makoto, note: 'receipt with English boilerplate around Japanese text; only an aligned DKIM pass',
    from: SUPPORT, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-20 04:03:10'), enc: 'jis7',
    text: `Hello,

Thank you for contacting AWS Training and Certification. Your case ID is ${CASE.makoto}.

お問い合わせを受け付けました。担当者が確認し、通常1営業日以内にこのアドレスへご返信します。
このメールに返信すると、同じケースに追記されます。新しいケースは作成しないでください。

Sincerely,
AWS Training and Certification`,
  }),
  ja({
    slug: 'ken-receipt-dmarcfail', kind: 'acknowledgement', trusted: false, auth: 'fail', caseId: CASE.ken, note: 'receipt text, but the receiving server says dmarc=fail: untrusted',
    from: SUPPORT_JA, to: KEN.keep, subject: `[CASE ${CASE.ken}] お問い合わせ受付のお知らせ`, date: utc('2026-10-05 02:55:12'), enc: 'utf8qp',
    text: `高橋様

お問い合わせいただいた内容(ケースID: ${CASE.ken})を受け付けいたしました。
ご回答まで今しばらくお待ちくださいませ。

AWS トレーニングと認定`,
  }),
];

const aiJa: Msg[] = [
  ja({
    slug: 'ken-ai-tool', kind: 'ai_answer', caseId: null, note: 'generated answer pointing to the self-service Merge Accounts tool before a case exists',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS サポート: 自動回答のご案内', date: utc('2026-10-05 01:09:48'), enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる可能性があります。

ご質問: 認定アカウントが2つあるので1つにまとめたい

次の手順でご自身で統合できる場合があります。
1. 残したい方のアカウントで AWS 認定ページにサインインします。
2. 画面右上のプロフィールから「アカウントの統合」を開きます。
3. もう一方のアカウントのメールアドレスを入力すると、そのアドレスに統合コードが送られます。
4. 届いたコードを入力し、表示内容を確かめて送信します。

この方法で解決しない場合は、「ケースを作成」を選んでサポートにお問い合わせください。`,
  }),
  ja({
    slug: 'misaki-ai-html', kind: 'ai_answer', caseId: null, note: 'AI suggestion (multipart) about re-sending the merge code and its validity',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: '生成された回答: 認定アカウントの統合について', date: utc('2026-10-12 23:31:02'), enc: 'utf8b64',
    text: `Amazon Q による回答

統合コードが届かない、または有効期限が切れた場合は、「アカウントの統合」画面で「コードを再送信」を押すと新しいコードが発行されます。コードは発行から24時間有効で、古いコードは使えなくなります。
迷惑メールフォルダーもご確認ください。

解決しましたか? 解決しない場合はケースを作成してください。`,
    html: htmlDoc(`<p><b>Amazon Q による回答</b></p>
<p>統合コードが届かない、または有効期限が切れた場合は、「アカウントの統合」画面で「コードを再送信」を押すと新しいコードが発行されます。コードは発行から24時間有効で、古いコードは使えなくなります。<br>迷惑メールフォルダーもご確認ください。</p>
<p>解決しましたか? 解決しない場合はケースを作成してください。</p>`),
  }),
  ja({
    slug: 'makoto-ai-sjis', kind: 'ai_answer', caseId: null, note: 'automated answer explaining what to do when the old address cannot receive the code',
    from: AWS_NOTIFY, to: MAKOTO.keep, subject: '自動応答: お問い合わせ内容に関するご案内', date: utc('2026-10-20 03:58:40'), enc: 'sjis8',
    text: `以下はお問い合わせ内容から自動で作成したご案内です。

統合元アカウントのメールアドレスが使えなくなっている場合、統合ツールの確認コードは受け取れません。
そのときは、まず統合元アカウントに別のログイン方法でサインインできるかお試しいただき、
難しい場合はサポートケースを作成して、両アカウントの候補者 ID をお伝えください。

この回答で解決しなかった場合は、画面下の「ケースを作成」へお進みください。`,
  }),
  ja({
    slug: 'ken-ai-history', kind: 'ai_answer', caseId: null, note: 'AI answer: when both accounts hold certifications the tool refuses, open a case',
    from: AWS_NOTIFY, to: KEN.src, subject: 'AI によるご回答', date: utc('2026-09-28 07:21:15'), enc: 'jisb64',
    text: `AI が作成した回答をお送りします。

「アカウントの統合」ツールは、統合元に試験の合格履歴がない場合にご利用いただけます。
どちらのアカウントにも認定資格がある場合はツールではお手続きできないため、
お手数ですがトレーニングと認定のサポートにケースを作成してご依頼ください。

この回答は役に立ちましたか? [はい] [いいえ]`,
  }),
  ja({
    slug: 'misaki-ai-after', kind: 'ai_answer', trap: true, caseId: null, note: 'AI answer describing what follows a merge (badges, benefits); explains, reports nothing',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: 'お問い合わせへの自動回答', date: utc('2026-10-12 23:33:45'), enc: 'utf8qp',
    text: `生成 AI による回答です。

統合が完了すると、統合元の認定資格と試験履歴は残したアカウントに表示されます。
Credly のデジタルバッジは自動では移らないことがあるため、統合後に Credly で受け取り直してください。
割引特典が表示されない場合は、サポートにケースを作成してお知らせください。

この情報で解決しない場合は「ケースを作成」を選択してください。`,
  }),
  ja({
    slug: 'gmail-ai-forgery', kind: 'ai_answer', trusted: false, auth: 'pass', caseId: null, note: 'AI-answer text sent from a free-mail address under an AWS display name: untrusted',
    from: 'AWS Support 自動応答 <aws.support.autoreply@gmail.com>', to: KEN.keep, subject: 'AI サポートからの回答', date: jst('2026-10-06 11:40:22'), enc: 'jis7',
    text: `AI アシスタントがお答えします。

認定アカウントの統合は、以下のフォームに両方のアカウントのログイン情報を入力するだけで完了します。
https://aws-cert-merge.example-support.net/form

※ このメールに返信いただいても回答できません。`,
  }),
  ja({
    slug: 'makoto-ai-case', kind: 'ai_answer', caseId: CASE.makoto, note: 'AI-generated suggestion posted to the open case (case ID in subject)',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: `[CASE ${CASE.makoto}] 自動で生成された回答候補`, date: utc('2026-10-20 04:10:02'), enc: 'jis7',
    text: `この返信は、お問い合わせ内容をもとに自動で作成されたものです。担当者の確認前にお送りしています。

統合元のアドレスで統合コードを受け取れない場合でも、統合先(${MAKOTO.keepId})にサインインしたうえで「アカウントの統合」を開くと、
統合元の候補者 ID と生年月日で本人確認する方法を選べることがあります。お試しください。

これで解決しない場合は、このまま担当者からのご連絡をお待ちください。`,
  }),
];

const infoJa: Msg[] = [
  ja({
    slug: 'ken-info-screenshot', kind: 'info_request', caseId: CASE.ken, note: 'support asks for the self-service error screen and both candidate IDs; Gmail quote below',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-06 02:31:40'), enc: 'jis7',
    text: `高橋 健一 様

AWS トレーニングと認定のサポートでございます。
統合ツールでエラーが表示されたとのこと、ご不便をおかけしております。

状況を確認するため、次の点をお知らせいただけますでしょうか。
・エラーが表示された画面のスクリーンショット(表示された日時が分かるもの)
・統合先、統合元それぞれの AWS 候補者 ID
・統合元アカウントのログイン用メールアドレス

ご返信をいただき次第、対応を進めます。

ご不明点があればこのメールへの返信でお知らせください。
AWS トレーニングと認定 カスタマーサービス 担当: 岡田

${gmailJa('2026-10-05 10:12', `${KEN.ja} <${KEN.keep}>`)}
${quote(kenAsk)}`,
  }),
  ja({
    slug: 'misaki-info-which-addr', kind: 'info_request', caseId: CASE.misaki, note: 'asks to which address the merge code went and when it was entered',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-14 06:12:19'), enc: 'sjis8',
    text: `中村様

お問い合わせありがとうございます。AWS トレーニングと認定の村井です。

お客様ご自身で統合ツールをお使いになった件、拝見しました。
システム上の記録と照らし合わせたいので、統合コードを受信したメールアドレスと、コードを入力されたおおよその日時を教えていただけますか。
あわせて、旧アカウントに残っている認定資格の名称もお書き添えいただけると助かります。

よろしくお願いいたします。
村井`,
  }),
  ja({
    slug: 'misaki-info-partial', kind: 'info_request', caseId: CASE.misaki, note: 'partial self-service merge; support needs the old candidate ID and the missing certification date',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-15 01:45:33'), enc: 'utf8b64',
    text: `中村 美咲 様

いつもお世話になっております。
確認したところ、統合ツールによる処理は途中で止まっており、SAA は ${MISAKI.keepId} に移っていますが、
DVA と特典は統合元に残ったままとなっております。

残りを手作業で移すにあたり、統合元アカウントの候補者 ID(AWS から始まる番号)と、DVA に合格された年月を、このメールへの返信でお送りください。
いただいた情報は本件の処理にのみ使います。

AWS トレーニングと認定サポート`,
  }),
  ja({
    slug: 'makoto-info-kakunin', kind: 'info_request', trap: true, caseId: CASE.makoto, note: 'worded with 確認 but asks which account to keep: information, not consent',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-21 08:20:44'), enc: 'jis7',
    text: `小林様

ご連絡ありがとうございます。
ご記載の2つの候補者 ID(${MAKOTO.keepId}、${MAKOTO.srcId})はいずれも有効なアカウントであることを確認いたしました。

統合後にどちらのアカウントを残されるのか、またサインインに使われるメールアドレスはどちらになるのか、
ご確認のうえお知らせください。

AWS トレーニングと認定 サポート 担当 藤田`,
  }),
  ja({
    slug: 'ken-info-from-keep', kind: 'info_request', caseId: CASE.ken, note: 'asks to write from the kept address AND to include the candidate IDs; Outlook quote',
    from: SUPPORT_JA, to: KEN.src, subject: formSubject(CASE.ken), date: utc('2026-09-29 05:03:51'), enc: 'jisb64',
    text: `高橋様

お問い合わせいただきありがとうございます。
本人確認のため、統合後に残すアカウントのメールアドレスから、改めてこのケースにご返信ください。
その際、両方のアカウントの候補者 ID と、統合ツールで表示されたメッセージの文面も添えていただけますと幸いです。

何卒よろしくお願い申し上げます。
AWS トレーニングと認定

${outlookJa('2026-09-28 16:40', `${KEN.ja} <${KEN.src}>`, 'aws-cs-trainingcertification-form@amazon.com', '認定アカウントの統合')}

統合ツールを使ってみましたが、エラーで止まってしまいました。手動でお願いできますか。`,
  }),
  ja({
    slug: 'makoto-info-code-used', kind: 'info_request', caseId: CASE.makoto, note: 'support heard a merge code was already used; asks when and from which login address',
    from: SUPPORT, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-22 03:34:18'), enc: 'utf8qp',
    text: `Dear Customer,

小林様

統合コードはすでに使用済みになっているとのこと、承知しました。
こちらで調べるため、コードを使われた日時(だいたいで構いません)と、その際に統合元としてサインインしていたメールアドレスを伺えますでしょうか。

Best regards,
AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'forged-below-info', kind: 'info_request', trusted: false, auth: 'forgedBelow', caseId: CASE.ken, note: 'information request whose dmarc=pass header sits below the server\'s Received line: untrusted',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-06 09:14:00'), enc: 'jis7',
    text: `高橋様

統合作業を進めるため、統合元アカウントのパスワードと、認証アプリに表示されている6桁のコードを返信でお知らせください。
本日中にご返信がない場合、お手続きを取り消します。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'misaki-info-sf-quote', kind: 'info_request', caseId: CASE.misaki, note: 'top-posted request for exam history with the customer\'s earlier message in the case tool\'s separator',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-16 07:51:27'), enc: 'sjisb64',
    text: `中村様

ご返信ありがとうございます。
恐れ入りますが、統合元アカウントの試験履歴(試験名と受験日)を一覧でいただけますか。履歴画面のスクリーンショットでも問題ございません。
いただき次第、残りの資格を移す作業に入ります。

${sfThread('2mQ8k')}

${sfBlock(MISAKI.keep, '2026-10-15 12:02', formSubject(CASE.misaki), `統合元の候補者IDは ${MISAKI.srcId} です。DVAは2024年6月に合格しました。
ツールでは「統合が一部完了しました」と表示されていました。`)}`,
  }),
  ja({
    slug: 'ken-info-mobile', kind: 'info_request', caseId: CASE.ken, note: 'short request for both accounts\' exam history, no greeting block',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-07 00:05:37'), enc: 'utf88bit',
    text: `高橋様
お手数ですが、両アカウントの受験履歴(試験名・受験日)を添えてご返信いただけますでしょうか。ツールの画面で統合元として表示されていたIDもわかれば併せてお願いします。
サポート 岡田`,
  }),
];

const confirmJa: Msg[] = [
  ja({
    slug: 'ken-confirm-manual', kind: 'confirmation_request', caseId: CASE.ken, note: 'tool refused; support will merge manually and asks for consent (irreversible)',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-08 02:14:26'), enc: 'jis7',
    text: `高橋 健一 様

お待たせいたしました。
ご自身でお試しいただいた統合ツールは、両方のアカウントに認定履歴がある場合は使えない仕様となっております。
そのため、当方で手作業による統合を行います。

  統合先(残るアカウント): ${KEN.keepId} ${KEN.keep}
  統合元(統合後に使えなくなるアカウント): ${KEN.srcId} ${KEN.src}

この処理は一度行うと取り消すことができません。上記の内容でよろしければ、その旨をこのメールにご返信ください。

AWS トレーニングと認定 カスタマーサービス 岡田`,
  }),
  ja({
    slug: 'misaki-confirm-finish', kind: 'confirmation_request', caseId: CASE.misaki, note: 'support offers to finish the half-done self-service merge and waits for the go-ahead',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-17 04:40:10'), enc: 'sjis8',
    text: `中村様

試験履歴のご送付ありがとうございました。
ツールで途中まで進んだ統合について、残っている DVA と割引特典を ${MISAKI.keepId} へ移し、統合元 ${MISAKI.srcId} を閉じる形で完了させたいと考えております。
元に戻すことはできない作業のため、進めてよろしいか、ご返信にてお知らせいただけますでしょうか。

村井`,
  }),
  ja({
    slug: 'makoto-confirm-html', kind: 'confirmation_request', caseId: CASE.makoto, note: 'multipart consent request listing accounts and consequences; answer 同意します',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-23 06:02:45'), enc: 'utf8b64',
    text: `小林 誠 様

以下の内容で統合の準備が整いました。

統合先: ${MAKOTO.keepId}(${MAKOTO.keep})
統合元: ${MAKOTO.srcId}(${MAKOTO.src})

・統合元の認定資格、試験履歴、特典は統合先に移ります
・統合元のアカウントは削除され、元には戻せません

ご了承いただける場合は、本文に「同意します」と記載してご返信ください。ご返信を確認後に作業いたします。

AWS トレーニングと認定 藤田`,
    html: htmlDoc(paras(`小林 誠 様

以下の内容で統合の準備が整いました。

統合先: ${MAKOTO.keepId}(${MAKOTO.keep})
統合元: ${MAKOTO.srcId}(${MAKOTO.src})

・統合元の認定資格、試験履歴、特典は統合先に移ります
・統合元のアカウントは削除され、元には戻せません

ご了承いただける場合は、本文に「同意します」と記載してご返信ください。ご返信を確認後に作業いたします。

AWS トレーニングと認定 藤田`)),
  }),
  ja({
    slug: 'ken-confirm-expired', kind: 'confirmation_request', caseId: CASE.ken, note: 'restates that the user\'s merge code expired, then asks for consent to merge on their behalf',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-07 08:48:03'), enc: 'jisb64',
    text: `高橋様

スクリーンショットをありがとうございました。
9月28日に発行された統合コードは期限切れとなっており、ツール側の処理は行われておりませんでした。

代わりに、こちらで ${KEN.srcId} の記録を ${KEN.keepId} へまとめることができます。
実施後は ${KEN.srcId} にはサインインできなくなり、取り消しもできません。
この内容で進めてよいか、ご意思をお聞かせください。

AWS トレーニングと認定 岡田`,
  }),
  ja({
    slug: 'makoto-confirm-mixed', kind: 'confirmation_request', caseId: CASE.makoto, note: 'mixed-language consent request: Japanese intro with the English template',
    from: SUPPORT, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-22 23:55:12'), enc: 'utf8qp',
    text: `小林様

ご返信ありがとうございます。下記の英文テンプレートにてご意思の確認をお願いしております。

We are ready to merge ${MAKOTO.srcId} into ${MAKOTO.keepId}. Please note that this action is permanent and cannot be reversed.
Kindly reply to this email to confirm that you would like us to proceed.

お手数ですが、返信は日本語でも構いません。
AWS Training and Certification`,
  }),
  ja({
    slug: 'lookalike-server-confirm', kind: 'confirmation_request', trusted: false, auth: 'lookalikeServer', caseId: CASE.misaki, note: 'consent request whose only authentication header comes from a look-alike authserv-id: untrusted',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-17 11:02:44'), enc: 'jis7',
    text: `中村様

統合元 ${MISAKI.srcId} を ${MISAKI.keepId} へ統合いたします。取り消しはできません。
ご同意いただける場合は、本メールへ「承諾」とご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'misaki-confirm-thread', kind: 'confirmation_request', caseId: CASE.misaki, note: 'consent request on top of a long thread with a Japanese Gmail quote header',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-18 01:22:09'), enc: 'sjisb64',
    text: `中村様

前回のご案内に補足です。ツールで既に移っている SAA はそのまま残し、残りを移す形になります。
この方法で統合を実施してよろしければ、ご返信ください。ご返信をもって作業を開始いたします。
なお、実施後に統合元へ戻すことはできかねますので、ご承知おきください。

村井

${gmailJa('2026-10-17 21:05', `${MISAKI.ja} <${MISAKI.keep}>`)}
> 村井様
> ご連絡ありがとうございます。SAA は既に移っている分は二重にならないでしょうか。
> 中村
>
> ${gmailJa('2026-10-17 13:40', 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>')}
>> 中村様
>> ツールで途中まで進んだ統合について、残っている DVA と割引特典を移したいと考えております。
>> 進めてよろしいか、ご返信にてお知らせいただけますでしょうか。`,
  }),
  ja({
    slug: 'ken-confirm-typo', kind: 'confirmation_request', caseId: CASE.ken, note: 'consent request with typos (実地, 統号) and no explicit 確認 word',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-08 05:30:55'), enc: 'utf88bit',
    text: `高橋様

統号の実地前に念のためお伺いします。${KEN.srcId} を ${KEN.keepId} に一本化すると、後から分け直すことはできません。
差し支えなければ「進めてください」と一言ご返信ください、それを受けて作業に入ります。

岡田`,
  }),
];

const mergedJa: Msg[] = [
  ja({
    slug: 'portal-merged-jis', kind: 'merge_completed', caseId: null, note: 'the certification portal\'s own merge notice, no case ID',
    from: PORTAL_JA, to: KEN.keep, subject: 'アカウントの統合が完了しました', date: utc('2026-10-09 03:17:42'), enc: 'jis7',
    text: `高橋 健一 様

AWS 認定アカウント ${KEN.srcId} は、${KEN.keepId} に統合されました。
統合元の認定資格、試験履歴、特典は、今後 ${KEN.keep} でサインインしたアカウントでご確認いただけます。

このお手続きにお心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。

AWS 認定`,
  }),
  ja({
    slug: 'portal-code-used', kind: 'merge_completed', caseId: null, note: 'portal confirms the merge code was used and the accounts are now one',
    from: PORTAL_JA, to: MAKOTO.keep, subject: '統合コードが使用されました', date: utc('2026-10-24 12:08:30'), enc: 'utf8b64',
    text: `小林 誠 様

統合コード(末尾 -7731)が 2026年10月24日 21:08(日本時間)に使用され、
アカウント ${MAKOTO.srcId} を ${MAKOTO.keepId} に統合しました。

統合元のアカウントにはサインインできなくなります。
お心当たりのない操作の場合は、すぐにサポートへご連絡ください。

AWS 認定`,
    html: htmlDoc(`<p>小林 誠 様</p>
<p>統合コード(末尾 -7731)が 2026年10月24日 21:08(日本時間)に使用され、<br>
アカウント <b>${MAKOTO.srcId}</b> を <b>${MAKOTO.keepId}</b> に統合しました。</p>
<p>統合元のアカウントにはサインインできなくなります。<br>
お心当たりのない操作の場合は、すぐにサポートへご連絡ください。</p>
<p>AWS 認定</p>`),
  }),
  ja({
    slug: 'portal-merged-nobadge', kind: 'merge_completed', trap: true, caseId: null, note: 'portal merge notice that warns the Credly badges do not follow: the merge is the news, not badges',
    from: PORTAL_JA, to: MISAKI.keep, subject: '【AWS 認定】アカウント統合のお知らせ', date: utc('2026-10-11 08:45:19'), enc: 'sjis8',
    text: `中村 美咲 様

ご依頼いただいたアカウントの統合処理が終わりました。
統合先: ${MISAKI.keepId}
統合元: ${MISAKI.srcId}

ご注意: Credly のデジタルバッジはこの処理では移りません。統合元に発行済みのバッジは、Credly 側で改めて受け取っていただく必要があります。

AWS Certification`,
  }),
  ja({
    slug: 'ken-support-merged', kind: 'merge_completed', caseId: CASE.ken, note: 'support reports the merge done and asks to check; the customer\'s consent is quoted',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-09 03:05:11'), enc: 'jis7',
    text: `高橋様

ご依頼のアカウントの統合処理が完了いたしました。
${KEN.keepId} にサインインのうえ、認定資格と特典が表示されているかご確認ください。

AWS トレーニングと認定 岡田

${gmailJa('2026-10-08 15:02', `${KEN.ja} <${KEN.keep}>`)}
> 岡田様
> 内容を確認しました。上記の内容で統合を進めてください。
> 高橋`,
  }),
  ja({
    slug: 'makoto-merged-closing', kind: 'merge_completed', caseId: CASE.makoto, note: 'merge done, and the case will now be closed: the merge is the new fact',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-25 02:11:37'), enc: 'jisb64',
    text: `小林様

統合元 ${MAKOTO.srcId} の記録を ${MAKOTO.keepId} へ移し終えました。今後は ${MAKOTO.keep} のアカウントのみご利用ください。
本件はこれにて完了となりますので、ケースはクローズさせていただきます。

ご利用ありがとうございました。
藤田`,
  }),
  ja({
    slug: 'misaki-finished-partial', kind: 'merge_completed', caseId: CASE.misaki, note: 'support finished the half-done self-service merge: DVA and benefit moved, accounts now one',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-19 03:58:02'), enc: 'utf8qp',
    text: `中村様

お待たせしました。
統合ツールで途中まで進んでいた処理の残りを当方で行い、DVA と割引特典も ${MISAKI.keepId} に移りました。
これで2つのアカウントは1つにまとまっております。表示に違和感がございましたらお知らせください。

村井`,
  }),
  ja({
    slug: 'certmetrics-merged', kind: 'merge_completed', trusted: false, caseId: null, note: 'genuine-looking portal notice from the CertMetrics host, outside the trusted domains',
    from: PORTAL_CM, to: MISAKI.keep, subject: 'AWS 認定: アカウントがマージされました', date: utc('2026-10-11 08:45:02'), enc: 'sjisb64', relay: 'smtp.certmetrics.com',
    text: `中村 美咲 様

お客様の AWS 認定アカウントのマージが完了しました。
マージ元: ${MISAKI.srcId}
マージ先: ${MISAKI.keepId}

このメールは送信専用です。`,
  }),
  ja({
    slug: 'ken-merged-resent', kind: 'merge_completed', forUser: false, caseId: CASE.ken, note: 'completion notice redirected by the old company\'s server (Resent-*): not delivered to the user as such',
    from: SUPPORT_JA, to: KEN.src, subject: formSubject(CASE.ken), date: utc('2026-10-09 03:06:40'), enc: 'jis7',
    resent: { from: 'postmaster@old-sier.example.co.jp', to: 'it-helpdesk@old-sier.example.co.jp', date: jst('2026-10-09 12:10:03') },
    text: `高橋様

統合作業が終わりました。${KEN.srcId} の認定資格は ${KEN.keepId} でご確認いただけます。

${outlookJa('2026-10-08 15:02', `${KEN.ja} <${KEN.keep}>`, 'aws-cs-trainingcertification-form@amazon.com', `RE: ${formSubject(CASE.ken)}`)}

上記の内容で統合を進めてください。`,
  }),
  ja({
    slug: 'makoto-merged-html', kind: 'merge_completed', caseId: CASE.makoto, note: 'HTML-only completion from support using マージ',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-24 22:40:56'), enc: 'utf8qp',
    html: htmlDoc(`<div>小林 誠 様</div><div><br></div>
<div>ご同意いただいた内容のとおり、アカウントのマージを実施しました。</div>
<div>現在、${MAKOTO.keepId} に統合元の資格と試験履歴がすべて表示されています。</div>
<div><br></div><div>AWS トレーニングと認定 カスタマーサービス</div>`),
  }),
];

const badgesJa: Msg[] = [
  ja({
    slug: 'credly-aws-ja', kind: 'badges_transferred', caseId: null, note: 'AWS badge issued on Credly to the kept account after the merge',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-10-10 06:31:12'), enc: 'utf8b64', relay: 'o1.ptr4417.credly.com',
    text: `高橋 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/3c1e0f8a-7d42-4b9e-9a11-55e0c2d7b310

Credly`,
    html: htmlDoc(`<p>高橋 健一 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/3c1e0f8a-7d42-4b9e-9a11-55e0c2d7b310" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>`),
  }),
  ja({
    slug: 'credly-aws-ja-html', kind: 'badges_transferred', caseId: null, note: 'HTML-only Credly notice of an AWS badge now on the kept e-mail',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-10-20 09:14:27'), enc: 'utf8qp', relay: 'o1.ptr4417.credly.com',
    html: htmlDoc(`<table><tr><td>
<p>中村 美咲 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」をあなたに発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9a0e71c2-1f33-4e1f-8b7d-0c66f2b4a9e1">バッジを入手する</a></p>
<p style="font-size:11px">このメールは ${MISAKI.keep} 宛てにお送りしています。</p>
</td></tr></table>`),
  }),
  ja({
    slug: 'ken-support-badges', kind: 'badges_transferred', caseId: CASE.ken, note: 'support says the old account\'s Credly badges were moved to the kept account',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-10 02:48:33'), enc: 'jis7',
    text: `高橋様

お問い合わせのあった Credly のバッジにつきまして、統合元 ${KEN.src} に紐づいていた3つのバッジを、${KEN.keep} の Credly アカウントへ移しました。
Credly にサインインして表示をお確かめください。

岡田`,
  }),
  ja({
    slug: 'misaki-badges-close', kind: 'badges_transferred', caseId: CASE.misaki, note: 'badges moved and the case is being closed: badges_transferred',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-21 05:05:50'), enc: 'sjis8',
    text: `中村様

Credly のデジタルバッジ(SAA、DVA)を ${MISAKI.keep} 側へ付け替えました。
以上でご依頼いただいた作業はすべて終わりましたので、本ケースはクローズいたします。

村井`,
  }),
  ja({
    slug: 'makoto-badges-after-self', kind: 'badges_transferred', caseId: CASE.makoto, note: 'after the merge the user did in the tool, support moved the leftover badges',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-27 07:19:04'), enc: 'jisb64',
    text: `小林様

ご自身で統合ツールにより統合されたあと、バッジだけ大学のアドレス側に残っていた件、こちらで移動が完了いたしました。
現在は ${MAKOTO.keep} の Credly アカウントで確認できる状態です。

藤田`,
  }),
  ja({
    slug: 'credly-lookalike', kind: 'badges_transferred', trusted: false, caseId: null, note: 'AWS badge notice from credly-badges.com, a look-alike domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.com>', to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-10-10 08:00:51'), enc: 'utf8b64', auth: 'none',
    text: `高橋 健一 さん

統合先アカウントへバッジを移行しました。受け取るには下のリンクから Credly のパスワードを再設定してください。
https://credly-badges.com/reset?u=ken

Credly`,
  }),
  ja({
    slug: 'ken-badges-mixed', kind: 'badges_transferred', caseId: CASE.ken, note: 'mixed-language note that the badges now sit on the kept Credly account',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-10 04:12:45'), enc: 'utf8qp',
    text: `Hello 高橋様,

The Credly badges have been transferred.
統合元のバッジ(SAP、SAA、CLF)は ${KEN.keep} でサインインした Credly に表示されるようになっております。

Regards,
AWS Training and Certification`,
  }),
  ja({
    slug: 'credly-aws-8bit', kind: 'badges_transferred', caseId: null, note: 'second AWS badge issued on Credly after the merge (8bit UTF-8)',
    from: CREDLY_AWS, to: MAKOTO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-10-26 13:40:09'), enc: 'utf88bit', relay: 'o1.ptr4417.credly.com',
    text: `小林 誠 さん

AWS Certified Cloud Practitioner のバッジがあなたに発行されました。
バッジを入手する https://www.credly.com/badges/0d9f5e33-5a70-47c2-b0c4-7e2a1b9d0f48

受け取ったバッジは、LinkedIn などで共有できます。
Credly`,
  }),
];

const closedJa: Msg[] = [
  ja({
    slug: 'ken-closed-selfdone', kind: 'case_closed', trap: true, caseId: CASE.ken, note: 'closes because the user merged the accounts with the tool themselves: restated merge, closing is the news',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-01 01:50:20'), enc: 'jis7',
    text: `高橋様

ご自身で統合ツールから統合を終えられたとのご連絡、ありがとうございます。
当方でも ${KEN.keepId} に記録がまとまっていることを確認いたしましたので、本ケースはこれでクローズとさせていただきます。

岡田`,
  }),
  ja({
    slug: 'misaki-autoclose', kind: 'case_closed', caseId: CASE.misaki, note: 'will auto-close in 3 days without a reply',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-23 00:01:14'), enc: 'jis7', extra: ['Auto-Submitted: auto-generated'],
    text: `中村様

このケースについて、その後ご不明な点はございませんでしょうか。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールにご返信いただければケースは再開されます。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'makoto-resolved-notify', kind: 'case_closed', caseId: CASE.makoto, note: 'AWS Support notification that the case is resolved',
    from: AWS_NOTIFY, to: MAKOTO.keep, subject: `ケース ${CASE.makoto} は解決済みになりました`, date: utc('2026-10-28 00:00:41'), enc: 'sjis8',
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ${CASE.makoto}「認定アカウントの統合(統合コードが届かない)」は解決済みとしてクローズされました。
追加のご質問がある場合は、サポートセンターからケースを再度開いてください。

Amazon Web Services`,
  }),
  ja({
    slug: 'ken-closed-restate', kind: 'case_closed', trap: true, caseId: CASE.ken, note: 'closing that only restates last week\'s merge',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-16 06:25:30'), enc: 'jisb64',
    text: `高橋様

先週10月9日にアカウントの統合、翌日にバッジの移動を実施しておりますが、その後特にご連絡がないため、本ケースは解決したものとしてクローズいたします。
また何かございましたら、新しくお問い合わせください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'misaki-dup-closed', kind: 'case_closed', caseId: CASE.misakiDup, note: 'the duplicate case is closed in favour of the first one',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misakiDup), date: utc('2026-10-14 11:58:21'), enc: 'utf8b64',
    text: `中村様

本ケース(${CASE.misakiDup})は、先にいただいているケース ${CASE.misaki} と同じご依頼のため、こちらはクローズいたします。
以降のやり取りは ${CASE.misaki} にてご対応いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'noauth-closed', kind: 'case_closed', trusted: false, auth: 'none', caseId: CASE.makoto, note: 'closing text with no Authentication-Results at all: untrusted',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-28 03:33:03'), enc: 'jis7',
    text: `小林様

本件はクローズとなりました。ご協力ありがとうございました。
今後のご連絡は新しいケースでお願いいたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ken-closed-html', kind: 'case_closed', caseId: CASE.ken, note: 'multipart closing: resolved and closed, nothing new reported',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-17 02:10:44'), enc: 'utf8qp',
    text: `高橋 健一 様

この度はお問い合わせいただき誠にありがとうございました。
本件は解決済みとしてクローズさせていただきます。

AWS トレーニングと認定 カスタマーサービス`,
    html: htmlDoc(paras(`高橋 健一 様

この度はお問い合わせいただき誠にありがとうございました。
本件は解決済みとしてクローズさせていただきます。

AWS トレーニングと認定 カスタマーサービス`)),
  }),
  ja({
    slug: 'makoto-close-if-code', kind: 'case_closed', trap: true, caseId: CASE.makoto, note: 'conditional on the user\'s own merge-code attempt; the message is the auto-close notice',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-21 00:40:18'), enc: 'sjisb64',
    text: `小林様

前回ご案内した方法で統合コードを再発行し、ご自身で統合が済んでいる場合は、ご返信は不要です。
7日間ご返信がなければ、このケースは自動的に閉じられます。

藤田`,
  }),
];

const replyJa: Msg[] = [
  ja({
    slug: 'ken-escalated', kind: 'support_reply', caseId: CASE.ken, note: 'status: the self-service failure was passed to the specialist team',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-06 23:15:02'), enc: 'jis7',
    text: `高橋様

スクリーンショットをお送りいただきありがとうございます。
ツールでのエラーについては、認定チームの担当部署へ調査を依頼いたしました。回答がありしだい、こちらからご連絡します。
恐れ入りますが、今しばらくお待ちくださいませ。

岡田`,
  }),
  ja({
    slug: 'makoto-thanks-consent', kind: 'support_reply', trap: true, caseId: CASE.makoto, note: 'thanks for agreeing, passed to the merge team; completion promised later (future)',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-23 09:30:16'), enc: 'utf8b64',
    text: `小林様

ご同意のご連絡をいただき、ありがとうございます。
統合担当チームへ作業を依頼いたしました。統合が完了しましたら、改めてご連絡いたします。

藤田

${gmailJa('2026-10-23 17:12', `${MAKOTO.ja} <${MAKOTO.keep}>`)}
> 同意します。よろしくお願いします。`,
  }),
  ja({
    slug: 'ken-not-yet', kind: 'support_reply', trap: true, caseId: CASE.ken, note: 'negated: the merge is not done yet, the user\'s code had expired',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-02 07:44:09'), enc: 'sjis8',
    text: `高橋様

ご確認いただいたとおり、統合はまだ完了しておりません。
ツールでお使いになった統合コードは有効期限を過ぎていたため、処理が受け付けられなかったようです。
当方で対応方法を確認しておりますので、もう少しお待ちください。

岡田`,
  }),
  ja({
    slug: 'misaki-cases-merged', kind: 'support_reply', trap: true, caseId: CASE.misaki, note: 'two duplicate *cases* were merged into one, not the accounts',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-14 12:03:55'), enc: 'sjis8',
    text: `中村様

重複して作成されたケース(${CASE.misakiDup})の内容を、こちらのケース ${CASE.misaki} に統合しました。
今後はこのケースでやり取りさせていただきます。アカウントの件は引き続き確認中です。

村井`,
  }),
  ja({
    slug: 'makoto-code-reissue', kind: 'support_reply', caseId: CASE.makoto, note: 'answers a question: the user can re-issue the merge code themselves',
    from: SUPPORT_JA, to: MAKOTO.keep, subject: formSubject(CASE.makoto), date: utc('2026-10-20 09:55:31'), enc: 'jisb64',
    text: `小林様

統合コードの再発行はお客様ご自身で行っていただけます。
「アカウントの統合」画面の下にある「コードを再送信」を押すと、新しいコードが発行されます。
ただし送信先は統合元アカウントに登録されたアドレスのみとなります。

藤田`,
  }),
  ja({
    slug: 'misaki-on-hold', kind: 'support_reply', caseId: CASE.misaki, note: 'work on hold because an exam booking sits on the source account',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-16 02:40:47'), enc: 'utf8qp',
    text: `中村様

統合元アカウントに11月2日の試験予約が残っているため、予約が終わるまで作業を保留とさせていただきます。
試験を受け終えられましたら、このケースにひとことお知らせいただけますと幸いです。

村井`,
  }),
  ja({
    slug: 'misaligned-reply', kind: 'support_reply', trusted: false, auth: 'misaligned', caseId: CASE.ken, note: 'status reply whose only DKIM pass belongs to an unrelated bulk sender, dmarc=fail: untrusted',
    from: SUPPORT_JA, to: KEN.keep, subject: formSubject(CASE.ken), date: utc('2026-10-07 13:20:00'), enc: 'utf8b64',
    text: `高橋様

現在担当部署にて確認中です。進展がありましたらご連絡します。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'misaki-partial-status', kind: 'support_reply', trap: true, caseId: CASE.misaki, note: 'restates the user\'s partial self-service merge and says the rest is being worked on',
    from: SUPPORT_JA, to: MISAKI.keep, subject: formSubject(CASE.misaki), date: utc('2026-10-15 08:10:39'), enc: 'utf88bit',
    text: `中村様

記録を確認しました。ツールでの統合は一部だけ成功しており、SAA は移行済み、DVA と特典はまだ統合元に残っています。
残りは当方で対応を進めておりますので、今しばらくお待ちください。

村井`,
  }),
  ja({
    slug: 'ken-write-from-keep', kind: 'support_reply', caseId: CASE.ken, note: 'asks to write from the kept address, no data requested',
    from: SUPPORT_JA, to: KEN.src, subject: formSubject(CASE.ken), date: utc('2026-09-28 09:01:12'), enc: 'jis7',
    text: `高橋様

お問い合わせありがとうございます。
統合のご依頼は、統合後に残される側のアカウントのメールアドレスからいただく決まりとなっております。
お手数ですが、そちらのアドレスからこのケースにご返信ください。

AWS トレーニングと認定`,
  }),
];

const unrelatedJa: Msg[] = [
  ja({
    slug: 'portal-merge-code-jis', kind: 'unrelated', trap: true, caseId: null, note: 'the portal\'s merge code (one-time code) mail: no event in the case',
    from: PORTAL_JA, to: KEN.src, subject: 'アカウント統合の確認コード', date: utc('2026-09-28 07:05:33'), enc: 'jis7',
    text: `AWS 認定アカウントの統合リクエストを受け付けました。

確認コード: 482913

このコードを「アカウントの統合」画面に入力すると、このアカウント(${KEN.srcId})が別のアカウントに統合されます。
コードの有効期限は24時間です。このリクエストにお心当たりがない場合は、このメールを無視してください。

AWS 認定`,
  }),
  ja({
    slug: 'portal-code-team-list', kind: 'unrelated', trap: true, forUser: false, caseId: null, note: 'merge code resent to the old company\'s team list, not to the user',
    from: PORTAL_JA, to: 'クラウド推進チーム <cloud-team@corp-b.example.co.jp>', subject: '統合コードの再送信', date: utc('2026-10-09 10:12:40'), enc: 'sjis8', deliveredTo: 'cloud-team@corp-b.example.co.jp',
    text: `統合コードを再送信しました。

新しいコード: 905 117
以前に送信したコードは使えなくなりました。統合を完了するには、24時間以内に入力してください。

AWS 認定`,
  }),
  ja({
    slug: 'credly-merge-code-ja', kind: 'unrelated', trap: true, caseId: null, note: 'Credly\'s own account-merge code mail',
    from: CREDLY, to: MAKOTO.keep, subject: 'Credly アカウントの統合を完了してください', date: utc('2026-10-26 14:02:11'), enc: 'utf8b64', relay: 'o1.ptr4417.credly.com',
    text: `小林 誠 さん

Credly のアカウント統合が申請されました。以下のコードを入力して統合を完了してください。

確認コード: 61 38 20

このコードは30分間有効です。申請した覚えがない場合は、このメールを無視してください。

Credly サポート`,
  }),
  ja({
    slug: 'own-reply-code', kind: 'unrelated', trap: true, trusted: false, auth: 'none', caseId: CASE.misaki, note: 'the user\'s own bottom-posted reply to support (copy in the mailbox): no news from support',
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: MISAKI.keep, subject: `Re: ${formSubject(CASE.misaki)}`, date: jst('2026-10-15 12:02:40'), enc: 'jis7', relay: 'smtp.example.com',
    text: `${gmailJa('2026-10-15 10:45', 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>')}
> 中村 美咲 様
> 残りを手作業で移すにあたり、統合元アカウントの候補者 ID と、DVA に合格された年月を、
> このメールへの返信でお送りください。

村井様

統合元の候補者IDは ${MISAKI.srcId} です。DVAは2024年6月に合格しました。
ツールでは確認コードを入力したあと「統合が一部完了しました」と表示され、そこで止まりました。
お手数ですが、残りの統合をお願いいたします。

中村 美咲`,
  }),
  ja({
    slug: 'fwd-to-colleague', kind: 'unrelated', trap: true, trusted: false, forUser: false, auth: 'none', caseId: null, note: 'the user forwards the portal\'s merge notice to a colleague',
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: `${COLLEAGUE_JA.name} <${COLLEAGUE_JA.addr}>`, subject: 'Fwd: 【AWS 認定】アカウント統合のお知らせ', date: jst('2026-10-11 18:30:02'), enc: 'utf8qp', relay: 'smtp.example.com',
    text: `井上さん

自分でツールを使ったら統合されたみたいです。バッジは別途らしいので、また調べます。

---------- Forwarded message ---------
From: AWS 認定 <certification-noreply@aws.training>
Date: 2026年10月11日(日) 17:45
Subject: 【AWS 認定】アカウント統合のお知らせ
To: <${MISAKI.keep}>

ご依頼いただいたアカウントの統合処理が終わりました。
統合先: ${MISAKI.keepId}
統合元: ${MISAKI.srcId}`,
  }),
  ja({
    slug: 'survey-ja', kind: 'unrelated', trap: true, caseId: CASE.ken, note: 'satisfaction survey about the resolved case',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'サポートのご対応についてのアンケート', date: utc('2026-10-17 04:00:00'), enc: 'jisb64',
    text: `高橋 健一 様

先日クローズしたケース ${CASE.ken} について、お問い合わせは解決しましたか?
1分ほどのアンケートにご協力ください。
https://survey.aws.example/s/8fQ2

いただいたご意見はサービス向上に役立てます。
Amazon Web Services`,
  }),
  ja({
    slug: 'voucher-case-receipt', kind: 'unrelated', trap: true, caseId: CASE.kenVoucher, note: 'receipt of the user\'s other case (exam voucher refund), which says its topic',
    from: SUPPORT_JA, to: KEN.keep, subject: `[CASE ${CASE.kenVoucher}] [AWS Training and Certification Form Submission] - exam-voucher`, date: utc('2026-10-12 03:21:09'), enc: 'sjisb64',
    text: `お問い合わせありがとうございます。ケース ${CASE.kenVoucher} を受け付けました。

お問い合わせの種類: 試験バウチャーの返金
内容: 使わなかった試験バウチャーの払い戻しについて

担当者より追ってご連絡いたします。`,
  }),
  ja({
    slug: 'exam-pass-ja', kind: 'unrelated', trap: true, caseId: null, note: 'exam result with a badge mention; not about the merge',
    from: PORTAL_JA, to: MAKOTO.keep, subject: 'AWS 認定試験の結果のお知らせ', date: utc('2026-11-02 10:44:18'), enc: 'utf8qp',
    text: `小林 誠 様

AWS Certified Solutions Architect - Associate 試験に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。認定の詳細はアカウントの「認定」タブでご確認いただけます。

AWS 認定`,
  }),
  ja({
    slug: 'colleague-ooo', kind: 'unrelated', trusted: false, auth: 'none', caseId: null, note: 'a colleague\'s out-of-office reply',
    from: `${COLLEAGUE_JA.name} <${COLLEAGUE_JA.addr}>`, to: MISAKI.keep, subject: '自動応答: Fwd: 【AWS 認定】アカウント統合のお知らせ', date: jst('2026-10-11 18:30:09'), enc: 'jis7', relay: 'mail.corp-b.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れ様です。井上です。
10月11日から10月14日まで休暇をいただいております。
15日以降に順次ご返信いたします。`,
  }),
  ja({
    slug: 'builder-id-code', kind: 'unrelated', trap: true, caseId: null, note: 'AWS Builder ID sign-in verification code, not part of the merge',
    from: 'AWS Builder ID <no-reply@signin.aws.amazon.com>', to: MAKOTO.keep, subject: 'AWS Builder ID の確認コード', date: utc('2026-10-24 11:58:02'), enc: 'jis7',
    text: `AWS Builder ID へのサインインを確認してください。

確認コード: 330 614

このコードは10分間有効です。ご自身でサインインしていない場合は、パスワードを変更してください。`,
  }),
  ja({
    slug: 'credly-ms-badge-ja', kind: 'unrelated', trap: true, caseId: null, note: 'a Microsoft badge via Credly: another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: KEN.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-10-13 02:10:51'), enc: 'utf8b64', relay: 'o1.ptr4417.credly.com',
    text: `高橋 健一 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/71c2aa04-2b8e-4c55-9e1d-f0b1c3a7e6d2`,
  }),
  ja({
    slug: 'portal-email-changed', kind: 'unrelated', trap: true, caseId: null, note: 'portal says the notification e-mail change completed; not a merge',
    from: PORTAL_JA, to: KEN.keep, subject: '通知用メールアドレスの変更が完了しました', date: utc('2026-10-10 00:20:44'), enc: 'sjis8',
    text: `高橋 健一 様

認定の通知用メールアドレスが ${KEN.keep} に変更されました。
この変更にお心当たりがない場合は、サポートまでご連絡ください。

AWS 認定`,
  }),
];

export const JA: Msg[] = [...ackJa, ...aiJa, ...infoJa, ...confirmJa, ...mergedJa, ...badgesJa, ...closedJa, ...replyJa, ...unrelatedJa];
