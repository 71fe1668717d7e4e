// fo set, Japanese messages part 1: acknowledgement, ai_answer, info_request, confirmation_request, merge_completed
import type { Msg } from './lib.js';
import {
  CASE, CERT, CREDLY_AWS, D, FORM, HANAKO, KENJI, NOREPLY, SUPPORT_AWS, TARO, TC, YUI,
  formSubj, gmailJa, html, mk, outlookJa, q, sfQuoteJa,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (7)
  mk({
    slug: 'ja-ack-kenji-badge-case',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt of a new case (badges missing after two accounts); carries the case ID',
    from: NOREPLY, to: `${KENJI.ja} <${KENJI.keep}>`,
    subject: `[CASE ${CASE.kenji}] お問い合わせを受け付けました`,
    date: D('2026-02-09 22:14:07'), enc: 'jis7',
    text: `${KENJI.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: ${CASE.kenji}
カテゴリ: 認定 / アカウントの統合
件名: 2つの認定アカウントに分かれた Credly バッジをまとめたい

担当者より通常 1 営業日以内にメールでご連絡します。
追加の情報がある場合は、このメールにそのまま返信してください。
同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-yui-form',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui,
    note: 'receipt of the contact-form case; English boilerplate, Japanese new text',
    from: FORM, to: YUI.keep,
    subject: `[CASE ${CASE.yui}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: D('2026-03-03 08:02:51'), enc: 'jisb64',
    text: `中村 結衣 様

この度はお問い合わせいただき誠にありがとうございます。
お客様のリクエストは受付番号 ${CASE.yui} として登録されました。

内容を確認のうえ、担当窓口から24時間以内を目安にご連絡いたします。
なお、返信の際は件名の [CASE ${CASE.yui}] を変更しないようお願いします。

---
Thank you for contacting AWS Training and Certification. This is an automated message; a member of our team will respond shortly.`,
  }),
  mk({
    slug: 'ja-ack-taro-reissue',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro,
    note: 'AWS Support receipt; topic is the badge re-issue after the account merge',
    from: SUPPORT_AWS, to: `"Taro Yamada" <${TARO.keep}>`,
    subject: `ケース ${CASE.taro} が作成されました: Credly バッジの再発行について`,
    date: D('2026-04-14 11:40:10'), enc: 'sjis8',
    text: `山田 様

サポートケースを受け付けました。受付内容は次のとおりです。

  ケース番号 : ${CASE.taro}
  重要度     : 一般的な質問
  サービス   : AWS Training and Certification
  タイトル   : アカウント統合後の Credly バッジの再発行について

弊社エンジニアが内容を拝見し、順次回答いたします。
ケースの状況はサポートセンターからもご覧いただけます。

本メールは送信専用アドレスから自動で送信されています。`,
  }),
  mk({
    slug: 'ja-ack-hanako-html',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako,
    note: 'HTML-only receipt with the case ID in a table',
    from: FORM, to: `${HANAKO.ja} <${HANAKO.keep}>`,
    subject: `お問い合わせ受付のお知らせ [CASE ${CASE.hanako}]`,
    date: D('2026-01-19 17:25:33'), enc: 'utf8b64', wholeSubject: true,
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>佐藤 花子 様</p>
<p>AWS トレーニングと認定 カスタマーサポートです。<br>下記のとおりお問い合わせを承りました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>${CASE.hanako}</td></tr>
<tr><th align="left">お問い合わせ種別</th><td>AWS トレーニングと認定 &gt; 認定 &gt; アカウントの統合</td></tr>
<tr><th align="left">受付日時</th><td>2026/01/19 17:25</td></tr>
</table>
<p>担当者からの返信まで今しばらくお待ちください。</p>
<p style="color:#888;font-size:12px">このメールは自動送信です。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-hanako-second-case',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanakoDup,
    note: 'receipt of a second (duplicate) case the user opened; still a new-case receipt',
    from: NOREPLY, to: HANAKO.keep,
    subject: `[CASE ${CASE.hanakoDup}] ご依頼を受け付けました`,
    date: D('2026-01-21 07:58:02'), enc: 'utf8qp',
    text: `佐藤 花子 様

お問い合わせ番号 ${CASE.hanakoDup} にてご依頼を承りました。
内容: バッジが旧メールアドレス側に残っている件

すでに同じご用件でお問い合わせいただいている場合、担当者がケースを一本化することがあります。
順番に対応しておりますので、いましばらくお待ちください。

AWS Training and Certification サポート`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', crlf: false,
    kind: 'acknowledgement', lang: 'ja', caseId: '1799002318',
    trusted: false, auth: 'none',
    note: 'looks like a case receipt but comes from a look-alike domain without authentication: untrusted',
    from: 'AWS Training and Certification <support@aws-certification-desk.jp>', to: YUI.keep,
    subject: '[CASE 1799002318] お問い合わせありがとうございます',
    date: D('2026-03-03 09:12:44'), enc: 'utf88bit',
    text: `中村様

お問い合わせを受領しました。ケース番号は 1799002318 です。
Credly バッジの移行手続きのため、下記フォームから本人確認をお済ませください。
https://aws-certification-desk.jp/verify?case=1799002318

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-ack-bare-receipt',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiB,
    note: 'a receipt that says nothing of its topic: read as what it looks like',
    from: NOREPLY, to: KENJI.keep,
    subject: `ケース ${CASE.kenjiB} を受け付けました`,
    date: D('2026-03-30 13:03:29'), enc: 'jis7',
    text: `お客様

ケース ${CASE.kenjiB} を受け付けました。
担当者からの連絡をお待ちください。

Amazon Web Services, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),

  // ---------------- ai_answer (7)
  mk({
    slug: 'ja-ai-merge-tool',
    kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI-generated suggestion to use the self-service merge tool; mentions badges after the merge but is an automated answer',
    from: TC, to: KENJI.keep,
    subject: 'お問い合わせへの自動回答: 認定アカウントの統合',
    date: D('2026-02-09 22:05:40'), enc: 'jisb64',
    text: `渡辺 健二 様

以下は生成 AI によって作成された回答です。内容が正確でない場合があります。

2つの AWS 認定アカウントをお持ちの場合は、認定アカウントのプロフィール画面にある「アカウントのマージ」機能をお試しください。
統合が終わると、統合元の認定は統合先に表示され、Credly のデジタルバッジは統合先のメールアドレスに紐づいた状態で受け取れるようになります。
ツールで統合できない場合(両方に認定履歴がある場合など)は、この画面から「ケースを作成」を選んでください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-secondary-email',
    kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer: add the old address as a secondary email on Credly; no human, no event',
    from: TC, to: YUI.keep,
    subject: 'AWS トレーニングと認定: おすすめの解決方法',
    date: D('2026-03-03 07:59:12'), enc: 'utf8b64',
    text: `中村様

お問い合わせ内容から、次の方法で解決できる可能性があります(自動応答)。

■ バッジが別のメールアドレスに届いている場合
Credly の「Settings > Account」で、バッジが発行された旧アドレスを追加のメールアドレスとして登録すると、1つのプロフィールにバッジがまとまって表示されます。

■ 認定アカウントそのものが2つある場合
先に認定アカウントを統合し、その後 Credly でバッジを受け取ってください。

解決しない場合は「ケースを作成」を押して、担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-expired-badge',
    kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer about an expired badge and recertification, given before a case is created',
    from: SUPPORT_AWS, to: TARO.keep,
    subject: '自動回答: バッジの有効期限について',
    date: D('2026-04-14 11:31:55'), enc: 'sjisb64',
    text: `山田 太郎 様

AI アシスタントからの回答です。

AWS 認定は取得日から 3 年間有効で、期限を過ぎると Credly のバッジも「期限切れ」と表示されます。
再認定試験に合格すると、新しい有効期限のバッジが発行されます。
なお、アカウントが2つに分かれていて古いバッジが片方に残っている場合は、アカウント統合の手続きが必要です。
マージツールが使えない場合は、引き続きケースを作成してください。

※この回答は自動生成されたものです。`,
  }),
  mk({
    slug: 'ja-ai-portal-buttons',
    kind: 'ai_answer', lang: 'ja',
    note: 'AI answer shown after the contact form, multipart with a create-case button',
    from: TC, to: HANAKO.keep,
    subject: 'お問い合わせありがとうございます(AI による回答)',
    date: D('2026-01-19 17:20:03'), enc: 'utf8qp',
    text: `佐藤 花子 様

ご質問: 前職のメールで取った認定と今のアカウントを一緒にしたい

AI による回答:
AWS Certification アカウントの [プロフィール] > [アカウントのマージ] から、もう一方のアカウントの認証情報を入力して統合できます。
両方のアカウントに認定がある場合、このツールは使えません。その場合は担当者が対応しますので、下のボタンからケースを作成してください。

[ケースを作成] https://support.aws.amazon.com/#/contacts/aws-training`,
    html: html(`佐藤 花子 様

ご質問: 前職のメールで取った認定と今のアカウントを一緒にしたい

AI による回答:
AWS Certification アカウントの [プロフィール] > [アカウントのマージ] から、もう一方のアカウントの認証情報を入力して統合できます。
両方のアカウントに認定がある場合、このツールは使えません。その場合は担当者が対応しますので、下のボタンからケースを作成してください。

[ケースを作成]`),
  }),
  mk({
    slug: 'ja-ai-badge-timing',
    kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer describing when badges appear after a merge; explains, does not report a move',
    from: NOREPLY, to: `${KENJI.ja} <${KENJI.keep}>`,
    subject: `自動回答: [CASE ${CASE.kenjiB}] バッジが表示されない`,
    date: D('2026-03-30 13:01:10'), enc: 'jis7', caseId: CASE.kenjiB,
    text: `渡辺様

(このメッセージは自動応答システムが作成しました)

アカウント統合のあと、Credly のバッジが統合先のメールアドレスへ移るまでに、通常 2 から 5 営業日ほどかかります。
その間に Credly から「バッジ発行のお知らせ」が届いた場合は、メール内の「バッジを入手する」から受け取ってください。
5 営業日を過ぎても表示されない場合は、このケースに返信していただければ担当者が確認します。`,
  }),
  mk({
    slug: 'ja-ai-unauth',
    kind: 'ai_answer', lang: 'ja',
    trusted: false, auth: 'otherOnly',
    note: 'AI answer, but the only authentication result is another server\'s, below our Received: untrusted',
    from: TC, to: TARO.src,
    subject: 'AI アシスタントからのご案内',
    date: D('2026-04-10 19:44:30'), enc: 'jisb64',
    text: `山田様

AI アシスタントがお問い合わせ内容をもとに回答を作成しました。

・Credly のバッジは、認定アカウントに登録されたメールアドレス宛てに発行されます。
・通知メールアドレスを変更しても、発行済みのバッジの宛先は変わりません。
・アカウントを1つにまとめたい場合は、マージツールまたはサポートへのお問い合わせをご利用ください。

お役に立てましたら幸いです。`,
  }),
  mk({
    slug: 'ja-ai-mixed',
    kind: 'ai_answer', lang: 'ja',
    note: 'AI answer with an English template and Japanese answer text',
    from: TC, to: YUI.keep,
    subject: 'Re: 認定アカウントが2つあります',
    date: D('2026-02-27 23:10:18'), enc: 'utf8b64',
    text: `Generated answer (beta) - please verify important information.

ご質問ありがとうございます。
同じ方が AWS 認定アカウントを複数お持ちの場合、どちらか一方を残して統合することができます。
まずは各アカウントの候補者 ID(AWS から始まる番号)と登録メールアドレスを控えておき、認定アカウントのマージツールをお試しください。
うまくいかないときは "Create case" を選ぶとサポート担当につながります。

Was this answer helpful?`,
  }),

  // ---------------- info_request (8)
  mk({
    slug: 'ja-info-kenji-ids',
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'agent asks for both candidate IDs, addresses and which account to keep',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-10 15:31:09'), enc: 'jis7',
    text: `渡辺 健二 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の 岡本 でございます。

バッジが2つのアカウントに分かれている件、確認を進めるにあたり、次の情報をお送りいただけますでしょうか。

1. 各アカウントの候補者 ID (AWS で始まる番号)
2. 各アカウントにログインする際のメールアドレス
3. 今後お使いになるアカウント(統合先)はどちらか

頂戴した内容をもとに調査いたします。
何卒よろしくお願いいたします。

岡本
AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ja-info-yui-badge-url',
    kind: 'info_request', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'merge was done earlier; agent now asks for the Credly badge URL and Credly login address: info_request despite merge/badge words',
    from: FORM, to: `${YUI.ja} <${YUI.keep}>`,
    subject: formSubj(CASE.yui),
    date: D('2026-03-12 10:48:26'), enc: 'utf8qp',
    text: `中村 結衣 様

AWS トレーニングと認定サポートの 三浦 です。

認定アカウントの統合は先日完了しておりますが、バッジがまだ新しいメールアドレス側に表示されていないとのこと、ご不便をおかけしております。
Credly 側で照会するため、下記2点を教えていただけますか。

・旧アドレス宛てに届いていたバッジの公開 URL (https://www.credly.com/badges/ から始まるもの)
・現在 Credly にログインしているメールアドレス

情報がそろい次第、Credly チームに連絡いたします。

三浦`,
  }),
  mk({
    slug: 'ja-info-taro-which-keep',
    kind: 'info_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: information, not consent',
    from: FORM, to: TARO.keep, cc: TARO.src,
    subject: `RE:[CASE ${CASE.taro}] Credly バッジの再発行について`,
    date: D('2026-04-15 09:05:44'), enc: 'sjis8',
    text: `山田 太郎 様

お世話になっております。AWS 認定サポートの 小林 です。

お調べしたところ、山田様のお名前で認定アカウントが 2 件 (${TARO.keepId} / ${TARO.srcId}) 見つかりました。
バッジを再発行する前に、どちらのメールアドレスを今後お使いになるか、ご確認のうえお知らせください。
${TARO.keep} と ${TARO.src} のいずれかで結構です。

よろしくお願いいたします。
小林`,
  }),
  mk({
    slug: 'ja-info-hanako-outlook',
    kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'asks for exam names and pass dates of the old account, Outlook quote below',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-20 16:12:00'), enc: 'jisb64',
    text: `佐藤様

ご連絡ありがとうございます。サポート担当の 西田 と申します。

旧アカウント (${HANAKO.src}) で取得された認定について、試験名と合格日をお教えいただけますと、照合がスムーズに進みます。
おおよその日付でも構いません。
あわせて、バッジを受け取りたいメールアドレスもお書き添えください。

西田

${outlookJa(`佐藤 花子 <${HANAKO.keep}>`, '2026-01-19 17:18', FORM, 'アカウントの統合について', `お世話になります。
前職で取得した SAA と、今のアカウントで取った CLF のバッジを一つにまとめたいです。
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-sf-quote-badge-name',
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks which badges are missing and where Credly mailed them; Salesforce-style quote below',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-13 11:20:35'), enc: 'utf8b64',
    text: `渡辺様

ご返信ありがとうございます。
いただいた候補者 ID で両アカウントを確認できました。念のため、統合先に出ていないバッジの名称と、Credly からの通知メールが届いていた宛先を教えてください。
(例: AWS Certified Developer - Associate / k.watanabe@... 宛て)

引き続きよろしくお願いいたします。
AWS トレーニングと認定 岡本

${sfQuoteJa(`${KENJI.ja} <${KENJI.keep}>`, '2026/02/12 21:03', formSubj(CASE.kenji), q(`岡本様
統合先: ${KENJI.keepId} (${KENJI.keep})
統合元: ${KENJI.srcId} (${KENJI.src})
よろしくお願いします。`))}`,
  }),
  mk({
    slug: 'ja-info-id-not-found',
    kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'the given candidate ID was not found; asks for the correct one',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-22 10:03:17'), enc: 'sjis8',
    text: `佐藤 花子 様

お待たせしております。西田です。

頂いた候補者 ID「AWS6330718」で検索しましたが、該当するアカウントが見当たりませんでした。桁が一つ足りないようです。
お手数ですが、旧アカウントにサインインし、プロフィール欄の候補者 ID をもう一度お送りいただけますか。

西田`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-with-ids',
    kind: 'info_request', lang: 'ja', caseId: CASE.yui,
    note: 'asks to write from the kept address AND to include both addresses: info_request by the guide',
    from: FORM, to: YUI.src,
    subject: formSubj(CASE.yui),
    date: D('2026-03-04 14:27:58'), enc: 'jis7',
    text: `中村様

ご連絡ありがとうございます。
恐れ入りますが、本人確認のため、統合後に残すアカウントのメールアドレスからこのケースにご返信ください。その際、両方のアカウントのメールアドレスと候補者 ID も本文に記載をお願いします。

AWS トレーニングと認定 カスタマーサービス
三浦`,
    rcpt: YUI.src,
  }),
  mk({
    slug: 'ja-info-forged-below',
    kind: 'info_request', lang: 'ja', caseId: CASE.taro,
    trusted: false, auth: 'forgedBelow',
    note: 'asks for IDs; a dmarc=pass result sits below the server\'s Received line (planted): untrusted',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro),
    date: D('2026-04-16 02:11:09'), enc: 'utf8qp',
    text: `山田様

バッジ移行のため、以下をこのメールへの返信でお知らせください。
・両アカウントの候補者 ID
・Credly のログインメールアドレス
・生年月日

AWS 認定サポート`,
  }),

  // ---------------- confirmation_request (7)
  mk({
    slug: 'ja-conf-kenji-irreversible',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks consent to merge, lists what moves (including badges), warns it cannot be undone',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-16 12:44:02'), enc: 'jis7',
    text: `渡辺 健二 様

ご協力ありがとうございます。AWS トレーニングと認定の 岡本 です。

以下の内容でアカウントを統合する準備が整いました。

  統合元: ${KENJI.srcId} / ${KENJI.src}
  統合先: ${KENJI.keepId} / ${KENJI.keep}

統合すると、統合元の認定、試験履歴、特典は統合先に移り、Credly のバッジも統合先のアドレスで再発行される予定です。
統合は一度行うと元に戻すことができません。
この内容で進めてよろしければ、その旨をこのメールにご返信ください。

岡本`,
  }),
  mk({
    slug: 'ja-conf-yui-short',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'short consent request: the reply is taken as agreement',
    from: FORM, to: YUI.keep,
    subject: formSubj(CASE.yui),
    date: D('2026-03-05 09:30:40'), enc: 'utf8b64',
    text: `中村様

情報のご提供ありがとうございました。
${YUI.srcId} を ${YUI.keepId} へまとめる形で統合を進めてよろしいでしょうか。取り消しはできませんので、ご承諾いただける場合のみご返信ください。ご返信をもってご同意とさせていただきます。

三浦`,
  }),
  mk({
    slug: 'ja-conf-taro-gmail-quote',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro,
    note: 'consent request above the user\'s own quoted reply (Gmail Japanese quote header)',
    from: FORM, to: TARO.keep,
    subject: `RE:[CASE ${CASE.taro}] Credly バッジの再発行について`,
    date: D('2026-04-16 14:22:15'), enc: 'jisb64',
    text: `山田 太郎 様

ご返信ありがとうございます。小林です。
${TARO.keep} を残すとのこと、承知しました。
統合後は ${TARO.src} 側のアカウントにはサインインできなくなり、操作は取り消せません。
ご了承いただけるようでしたら「統合に同意します」とお返事をお願いいたします。

小林

${gmailJa('2026-04-15 21:40', `山田 太郎 <${TARO.keep}>`, `小林様

ご連絡ありがとうございます。
残したいのは ${TARO.keep} の方です。
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-conf-hanako-html',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako,
    note: 'multipart consent request with a summary table',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-23 11:55:00'), enc: 'utf8qp',
    text: `佐藤 花子 様

お待たせいたしました。西田です。
両アカウントの確認が取れましたので、最終確認をお願いします。

統合元: ${HANAKO.srcId} (${HANAKO.src}) - AWS Certified Solutions Architect - Associate
統合先: ${HANAKO.keepId} (${HANAKO.keep}) - AWS Certified Cloud Practitioner

統合後は元に戻せません。上記で問題なければ、本メールへの返信にてご承諾ください。

西田`,
    html: `<html><body><p>佐藤 花子 様</p><p>お待たせいたしました。西田です。<br>両アカウントの確認が取れましたので、最終確認をお願いします。</p>
<table border="1" cellpadding="4"><tr><th>統合元</th><td>${HANAKO.srcId} (${HANAKO.src}) - AWS Certified Solutions Architect - Associate</td></tr>
<tr><th>統合先</th><td>${HANAKO.keepId} (${HANAKO.keep}) - AWS Certified Cloud Practitioner</td></tr></table>
<p>統合後は元に戻せません。上記で問題なければ、本メールへの返信にてご承諾ください。</p><p>西田</p></body></html>`,
  }),
  mk({
    slug: 'ja-conf-teform-chain',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenjiB,
    note: 'consent asked in one te-form chained sentence, ID between the words',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenjiB),
    date: D('2026-03-31 17:08:21'), enc: 'sjisb64',
    text: `渡辺様

お問い合わせの件、Credly 側に残っている3件のバッジは、旧アカウント ${KENJI.srcId} がまだ残っているため移せない状態でして、先にこのアカウントを ${KENJI.keepId} にまとめる必要があり、まとめた後は分けることができませんので、差し支えなければ「同意します」と一言ご返信いただけますでしょうか。

AWS トレーニングと認定 高橋`,
  }),
  mk({
    slug: 'ja-conf-table-consent',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'detailed listing of certifications and badges on both accounts, asks for approval',
    from: FORM, to: YUI.keep,
    subject: `RE: [CASE ${CASE.yui}] アカウント統合の最終確認`,
    date: D('2026-03-06 10:10:10'), enc: 'sjis8',
    text: `中村 結衣 様

三浦でございます。統合前に、移行される内容を整理いたしました。

【統合元 ${YUI.srcId}】
  AWS Certified SysOps Administrator - Associate (2024/06/11 取得、2027/06/11 まで有効)
  50% 割引特典 1 件 (未使用)
【統合先 ${YUI.keepId}】
  AWS Certified Cloud Practitioner (2025/11/02 取得)

統合後、上記の認定と特典はすべて統合先に表示され、バッジも統合先のアドレス宛てに出し直されます。
上記内容での統合についてご承諾をお願いいたします。ご承諾の旨をご返信いただいた時点で作業を開始します。

三浦`,
  }),
  mk({
    slug: 'ja-conf-lookalike-server',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako,
    trusted: false, auth: 'lookalikeServer',
    note: 'consent request whose pass verdict comes from a look-alike authserv-id: untrusted',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-24 03:33:12'), enc: 'jis7',
    text: `佐藤様

アカウント統合についての最終確認です。
統合後は取り消せません。よろしければ、下記リンクから同意ボタンを押してください。
https://aws-merge-consent.example.net/c/${CASE.hanako}

AWS Training and Certification`,
  }),

  // ---------------- merge_completed (8)
  mk({
    slug: 'ja-merge-kenji-badges-later',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'merge done; badges will follow later (future), so merge_completed, not badges_transferred',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-18 18:02:33'), enc: 'jisb64',
    text: `渡辺 健二 様

お待たせしました。岡本です。
ご依頼いただいた認定アカウントの統合作業が完了いたしました。${KENJI.srcId} の認定と特典は ${KENJI.keepId} でご覧いただけます。

Credly のバッジにつきましては、数日以内に ${KENJI.keep} 宛てに発行のお知らせが届く見込みです。届きましたらお手数ですが受け取り操作をお願いします。

岡本`,
  }),
  mk({
    slug: 'ja-merge-yui-and-close',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yui,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: FORM, to: YUI.keep,
    subject: formSubj(CASE.yui),
    date: D('2026-03-09 13:15:27'), enc: 'utf8b64',
    text: `中村 結衣 様

三浦です。ご承諾いただいた内容で、アカウントの統合を実施し、本日完了いたしました。
統合先の認定アカウントにサインインし、SysOps Administrator の認定と特典が表示されていることをご確認ください。

ほかにご不明な点がなければ、本ケースはこのままクローズとさせていただきます。

三浦`,
  }),
  mk({
    slug: 'ja-merge-portal-notice',
    kind: 'merge_completed', lang: 'ja',
    note: 'the certification portal\'s own merge notice, no case ID',
    from: CERT, to: YUI.keep,
    subject: 'AWS 認定アカウントが統合されました',
    date: D('2026-03-09 12:58:02'), enc: 'utf8qp',
    text: `中村 結衣 様

お客様の AWS 認定アカウントの統合処理が完了しました。
統合されたアカウント: ${YUI.srcId}
現在のアカウント: ${YUI.keepId}

今後は ${YUI.keep} でサインインしてください。
認定履歴と特典は現在のアカウントにまとめて表示されます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merge-taro-check',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.taro,
    note: 'completion notice asking the user to check all looks right: stays merge_completed',
    from: FORM, to: TARO.keep,
    subject: `RE:[CASE ${CASE.taro}] Credly バッジの再発行について`,
    date: D('2026-04-18 10:30:00'), enc: 'sjis8',
    text: `山田 太郎 様

小林です。ご同意ありがとうございました。
両アカウントの統合が完了しましたのでお知らせいたします。
念のため、統合先アカウントで認定の一覧と有効期限に相違がないかご確認いただき、気になる点があればご連絡ください。

小林`,
  }),
  mk({
    slug: 'ja-merge-hanako-toppost',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako,
    note: 'top-posted completion over a long Outlook thread',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-27 15:44:19'), enc: 'jis7',
    text: `佐藤様

統合完了のご連絡です。
旧アカウントの SAA は、${HANAKO.keepId} のアカウントに移しました。

西田

${outlookJa(`佐藤 花子 <${HANAKO.keep}>`, '2026-01-23 19:02', FORM, formSubj(CASE.hanako), `西田様

内容を確認しました。統合をお願いします。

佐藤`)}

${outlookJa(FORM, '2026-01-23 11:55', HANAKO.keep, formSubj(CASE.hanako), `佐藤 花子 様

両アカウントの確認が取れましたので、最終確認をお願いします。
統合後は元に戻せません。`)}`,
  }),
  mk({
    slug: 'ja-merge-ids-between',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.kenjiB,
    note: 'identifiers between the words: 「AWS82290154 は AWS40718263 に統合済み」',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenjiB),
    date: D('2026-04-02 09:14:55'), enc: 'utf88bit',
    text: `渡辺様

高橋です。ご返信ありがとうございました。
${KENJI.srcId} は、本日付で ${KENJI.keepId} に統合済みとなっております。
これで Credly 側の処理を依頼できる状態になりました。バッジの件は引き続き本ケースでご案内します。

高橋`,
  }),
  mk({
    slug: 'ja-merge-fail-auth',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yui,
    trusted: false, auth: 'fail',
    note: 'completion wording, but dmarc=fail at the receiving server: untrusted',
    from: FORM, to: YUI.keep,
    subject: formSubj(CASE.yui),
    date: D('2026-03-08 04:51:36'), enc: 'jisb64',
    text: `中村様

アカウント統合が完了しました。
新しいアカウントの確認のため、以下にサインインしてください。
https://aws-training-login.example.org/

AWS サポート`,
  }),
  mk({
    slug: 'ja-merge-mixed-boilerplate',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.hanakoDup,
    note: 'English boilerplate headline plus Japanese explanation that the accounts are merged',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanakoDup),
    date: D('2026-01-27 16:05:40'), enc: 'utf8qp',
    text: `Your AWS Certification accounts have been merged.

佐藤 花子 様
別途いただいていたケース (${CASE.hanakoDup}) でも同じご依頼を頂戴しておりました。アカウントはすでに一つにまとまっており、${HANAKO.keep} でサインインすると両方の認定が表示されます。

AWS Training and Certification`,
  }),
];
