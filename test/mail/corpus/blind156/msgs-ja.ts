// Japanese messages of the ey set. Voice: the news sits in the Subject; bodies are
// often templates, links or nothing; some subjects are stale or about something else.
import type { Msg } from './lib.js';
import {
  C, CREDLY, CREDLY_AWS, FORM, FORM_BARE, KEN, KEN_REQ, MISAKI, MISAKI_REQ, NOTIFY, PORTAL, SHO, SHO_REQ,
  SUPPORT_NOTIFY_JA, TRAINING, caseHistory, caseLink, formSubj, gmailJa, html, iphoneJa, jst, mk, outlookJa, q, thread, to,
} from './common.js';

const SC = '詳細はサポートセンターをご確認ください。';
const NOREPLY = '※本メールは送信専用アドレスから配信されています。ご返信いただいてもお答えできません。';

const ack = [
  mk({
    slug: 'ja-ack-ken-uketsuke', kind: 'acknowledgement', lang: 'ja', caseId: C.ken,
    note: 'subject [受付] and a receipt template naming the new case ID',
    from: FORM, to: to(KEN, 'ja'), subject: `[受付] お問い合わせを受け付けました (CASE ${C.ken})`,
    date: jst('2026-11-02 21:48:10'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ケース ID ${C.ken} にて受け付けました。

通常 24 時間以内に担当者よりご連絡いたします。
同じ内容で新しいケースを作成されますと、かえってご回答が遅れる場合がございますので、このメールへのご返信にて追記をお願いいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-misaki-subjectonly', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki,
    note: 'the receipt is only in the subject (受付完了 + case ID); the body is a send-only footer',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: `[CASE ${C.misaki}] 受付完了のお知らせ`,
    date: jst('2026-10-19 08:03:55'), enc: 'sjisb64',
    text: `${caseLink(C.misaki, 'ja')}

${NOREPLY}`,
  }),
  mk({
    slug: 'ja-ack-sho-ensubj', kind: 'acknowledgement', lang: 'ja', caseId: C.sho,
    note: 'English subject over a Japanese receipt body; new case created',
    from: FORM, to: to(SHO, 'ja'), subject: `We've received your request [CASE ${C.sho}]`,
    date: jst('2026-11-10 13:22:41'), enc: 'utf8qp',
    text: `伊藤 翔 様

ケースを作成しました。ケース番号: ${C.sho}
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合

担当部署で内容を拝見し、順番にご連絡を差し上げます。今しばらくお待ちください。
--
Amazon Web Services トレーニング＆認定`,
  }),
  mk({
    slug: 'ja-ack-ken-dup-number', kind: 'acknowledgement', lang: 'ja', caseId: C.kenDup,
    note: 'receipt recognisable by its shape (お問い合わせ番号, 受付日時, fields) for a second case',
    from: FORM, to: to(KEN, 'ja'), subject: `お問い合わせ番号: ${C.kenDup}`,
    date: jst('2026-11-03 07:15:02'), enc: 'jisb64',
    text: `お問い合わせ番号　${C.kenDup}
受付日時　　　　　2026/11/03 07:14 (JST)
お問い合わせ種別　AWS トレーニングと認定
お名前　　　　　　中村 健
候補者 ID　　　　 ${KEN.keepId}

上記の内容でお預かりしております。担当者から改めてご連絡いたします。

AWS トレーニングと認定 サポート窓口`,
  }),
  mk({
    slug: 'ja-ack-sho-jidou-html', kind: 'acknowledgement', lang: 'ja', caseId: C.shoB, auth: 'dkimonly',
    note: 'HTML-only automatic receipt; 【自動送信】 subject says the case was created',
    from: SUPPORT_NOTIFY_JA, to: to(SHO, 'ja'), subject: `【自動送信】AWS トレーニングと認定: ケース ${C.shoB} を作成しました`,
    date: jst('2026-11-11 00:41:19'), enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<table width="600"><tr><td>
<h2>ケースを作成しました</h2>
<p>ケース ID: <b>${C.shoB}</b></p>
<p>件名: 認定アカウントの統合について</p>
<p><a href="${caseLink(C.shoB, 'ja')}">ケースを表示</a></p>
<p style="color:#888">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-misaki-kakunin-trap', kind: 'acknowledgement', lang: 'ja', caseId: C.misakiVoucher, trap: true,
    note: 'a receipt that lists the submitted fields; 「ご確認のお願い」 and 内容をご確認 are confirmation words but nothing is asked; topic not stated',
    from: FORM, to: to(MISAKI, 'ja'), subject: '【ご確認のお願い】お問い合わせ受付内容',
    date: jst('2026-10-20 18:30:44'), enc: 'utf8b64',
    text: `小林 美咲 様

以下の内容でお問い合わせを受け付けました。念のため内容をご確認ください。

ケース ID: ${C.misakiVoucher}
お名前: 小林 美咲
会社名: (未入力)
候補者 ID: ${MISAKI.keepId}

内容に誤りがある場合のみ、本メールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-sho-usersubject', kind: 'acknowledgement', lang: 'ja', caseId: C.sho,
    note: 'subject is the user\'s own free text; the body is the automatic receipt with the case ID',
    from: FORM, to: to(SHO, 'ja'), subject: 'AWS認定アカウントの統合依頼',
    date: jst('2026-11-10 13:22:40'), enc: 'jis7',
    text: `このメールは自動送信です。

お客様のお問い合わせはケース ${C.sho} として登録されました。1 営業日を目安にご返答いたします。
${caseLink(C.sho, 'ja')}

--- お問い合わせ内容 ---
${SHO_REQ}`,
  }),
];

const ai = [
  mk({
    slug: 'ja-ai-jidoukaitou', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer pointing to the self-service merge tool before any case exists',
    from: SUPPORT_NOTIFY_JA, to: to(KEN, 'ja'), subject: 'AWS トレーニングと認定: 自動回答のご案内',
    date: jst('2026-11-02 21:40:03'), enc: 'jis7',
    text: `この回答は AI によって生成されました。

ご質問: 認定アカウントを 1 つにまとめたい

認定ポータルにサインインし、プロフィール メニューの「アカウントの統合」からセルフサービスで手続きできます。
統合元と統合先のどちらにも認定の履歴がある場合、ツールでは処理できないため、画面の案内に沿って「ケースを作成」を選択してください。

この回答で解決しない場合は、引き続きお問い合わせフォームをご利用ください。`,
  }),
  mk({
    slug: 'ja-ai-kaiketsuzumi-subj', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'subject says 【解決済み】 but the body is only an automated suggestion asking whether it helped',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: '【解決済み】アカウント統合に関するご質問',
    date: jst('2026-10-19 07:55:12'), enc: 'sjis8',
    text: `小林 様

お問い合わせいただいた内容について、自動アシスタントが以下の回答を用意しました。

・アカウントを統合するには、統合先アカウントでサインインしたうえで Merge Accounts (アカウントの統合) ツールをお使いください。
・両方のアカウントで試験に合格している場合はツールが使えませんので、サポートへのケース作成が必要です。

この回答は役に立ちましたか? [はい] [いいえ]
「いいえ」を選ぶと担当者へのケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-ensubj-suggested', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'English subject over a Japanese automated suggestion',
    from: SUPPORT_NOTIFY_JA, to: to(SHO, 'ja'), subject: 'Suggested answer for your question',
    date: jst('2026-11-10 13:05:27'), enc: 'utf8b64', hdr: 'utf8b',
    text: `お問い合わせの内容から、次の記事が参考になると思われます (自動で選ばれた回答です)。

「複数の認定アカウントをお持ちの場合」
認定アカウントが複数ある場合は、ポータルのアカウント統合ツールで 1 つにまとめられます。ツールが使えないときは、AWS トレーニングと認定のサポートまでお問い合わせください。

ほかにお困りのことがあれば「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ja-ai-amazonq-linkonly', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'an automated answer whose body is a link and a sentence; the subject names it',
    from: SUPPORT_NOTIFY_JA, to: to(KEN, 'ja'), subject: 'AI アシスタントによる回答: 認定アカウントを統合するには',
    date: jst('2026-11-02 21:39:51'), enc: 'utf8qp',
    text: `回答は以下のリンクからご覧いただけます。
https://support.aws.amazon.com/#/contacts/aws-training?answer=cert-merge-accounts

AWS サポート (自動応答)`,
  }),
  mk({
    slug: 'ja-ai-tougougo-badge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer explaining what happens after a merge; 統合完了/バッジ words are future and generic',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: '統合完了後のバッジについて (自動応答)',
    date: jst('2026-10-22 12:10:00'), enc: 'jisb64',
    text: `よくあるご質問からの自動回答です。

Q. アカウントの統合が完了したら、Credly のバッジはどうなりますか?
A. 統合が完了しましたら、統合先アカウントで Credly にサインインし、バッジを改めて受け取ってください。数日たっても表示されないときは、サポートへご相談ください。

このメッセージに担当者は関与しておりません。`,
  }),
  mk({
    slug: 'ja-ai-uketsuke-assistant', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'subject 【受付】 looks like a receipt but the body says no case exists yet and gives an AI answer',
    from: SUPPORT_NOTIFY_JA, to: to(SHO, 'ja'), subject: '【受付】AIアシスタントからのご案内',
    date: jst('2026-11-10 13:04:02'), enc: 'sjisb64',
    text: `お問い合わせありがとうございます。まだケースは作成されていません。

AI アシスタントの回答:
認定アカウントの統合は、まず認定ポータルの「アカウントの統合」をお試しください。統合元のアカウントのメールアドレスに届く確認コードを入力すると手続きが進みます。
どちらのアカウントにも合格履歴がある場合は、ページ下部の「ケースを作成」から担当者にご依頼ください。`,
  }),
  mk({
    slug: 'ja-ai-html-faq', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML automated answer listing self-service steps',
    from: TRAINING, to: to(KEN, 'ja'), subject: 'お問い合わせの前に: 自動回答',
    date: jst('2026-11-02 21:38:30'), enc: 'utf8qp',
    html: `<html><body>
<p>以下は自動生成された回答です。</p>
<ol>
<li>統合先にしたいアカウントでサインインします。</li>
<li>プロフィール &gt; アカウントの統合 を開きます。</li>
<li>統合元アカウントのメールアドレスを入力し、届いたコードを入力します。</li>
</ol>
<p>うまくいかない場合は、フォームから担当者へのケースを作成してください。</p>
</body></html>`,
  }),
];

const info = [
  mk({
    slug: 'ja-info-ken-youhenshin', kind: 'info_request', lang: 'ja', caseId: C.ken,
    note: '【要返信】 subject; the agent lists what is needed for both accounts and which to keep',
    from: FORM, to: to(KEN, 'ja'), subject: `【要返信】[CASE ${C.ken}] 統合に必要な情報のご提供のお願い`,
    date: jst('2026-11-03 15:02:11'), enc: 'jis7',
    inReplyTo: '<ken-req-1@example.jp>',
    text: `中村様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの鈴木でございます。
統合の手続きを進めるにあたり、お手数ですが以下を両アカウント分ご返信ください。

・候補者 ID (AWS から始まる番号)
・サインインに使うメールアドレス
・認定の通知先メールアドレス
・最終的に残すアカウントはどちらか

どうぞよろしくお願いいたします。

${gmailJa('2026-11-02 21:47', `${KEN.ja} <${KEN.keep}>`)}
${q(KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-ken-stale-uketsuke', kind: 'info_request', lang: 'ja', caseId: C.ken, trap: true,
    note: 'stale subject still says [受付]; the new text asks which account to keep',
    from: FORM, to: to(KEN, 'ja'), subject: `Re: [受付] お問い合わせを受け付けました (CASE ${C.ken})`,
    date: jst('2026-11-04 10:18:36'), enc: 'jisb64',
    text: `中村 健 様

ご返信ありがとうございます。いただいた ID で両方のアカウントを確認できました。
ただ、どちらのアカウントを残されるかの記載が見当たらなかったため、残す側のアカウントを教えていただけますでしょうか。

AWS T&C サポート 鈴木

${caseHistory(FORM_BARE, '2026-11-02 12:48', KEN.keep, `[受付] お問い合わせを受け付けました (CASE ${C.ken})`, 'ケース ID にて受け付けました。')}`,
  }),
  mk({
    slug: 'ja-info-misaki-status-subj', kind: 'info_request', lang: 'ja', caseId: C.misaki,
    note: 'the ask is only in the subject (候補IDのご提示が必要); the body is the generic 「サポートセンターをご確認ください」',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: `[CASE ${C.misaki}] Status changed to: お客様の回答待ち - 候補IDのご提示が必要です`,
    date: jst('2026-10-20 11:47:09'), enc: 'sjis8',
    text: `ケースが更新されました。
${SC}
${caseLink(C.misaki, 'ja')}`,
  }),
  mk({
    slug: 'ja-info-misaki-gokakunin', kind: 'info_request', lang: 'ja', caseId: C.misaki, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent',
    from: FORM, to: to(MISAKI, 'ja'), subject: '【ご確認のお願い】統合先アカウントについて',
    date: jst('2026-10-21 09:30:52'), enc: 'utf8b64',
    text: `小林様

ケース ${C.misaki} の件でご連絡いたしました。
統合先として残すアカウントのサインイン用メールアドレスを、今一度ご確認のうえお知らせください。
いただいた内容では ${MISAKI.keep} と ${MISAKI.src} のどちらを残されるか判断がつきませんでした。

AWS トレーニングと認定 カスタマーサポート 佐々木`,
  }),
  mk({
    slug: 'ja-info-sho-noauth', kind: 'info_request', lang: 'ja', caseId: C.sho, trusted: false, auth: 'none',
    note: 'no Authentication-Results at all; otherwise a support-looking request for the notification e-mail and IDs',
    from: FORM, to: to(SHO, 'ja'), subject: formSubj(C.sho),
    date: jst('2026-11-11 16:20:05'), enc: 'jis7',
    text: `伊藤様

お世話になっております。
統合元アカウントの認定通知先メールアドレスと、Skill Builder で使っているメールアドレスをお知らせいただけますか。あわせて統合元の候補者 ID もお願いします。

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026-11-10 13:20', FORM_BARE, '認定アカウントの統合依頼')}

${SHO_REQ}`,
  }),
  mk({
    slug: 'ja-info-freemail-spoof', kind: 'info_request', lang: 'ja', caseId: C.ken, trusted: false,
    note: 'trusted-looking display name on a free-mail address asking for IDs and a password: untrusted',
    from: 'AWS認定サポート <aws.nintei.support@freemail.example>', to: to(KEN, 'ja'), subject: `【要返信】CASE ${C.ken} 本人確認のお願い`,
    date: jst('2026-11-05 02:11:40'), crlf: false, enc: 'utf88bit',
    text: `中村様

アカウント統合の審査のため、本人確認が必要です。
以下を 48 時間以内にご返信ください。

1. 両アカウントの候補者 ID
2. サインイン用メールアドレスとパスワード
3. 生年月日

ご返信がない場合、統合は行われません。
AWS認定サポートセンター`,
  }),
  mk({
    slug: 'ja-info-sho-kept-address', kind: 'info_request', lang: 'ja', caseId: C.sho,
    note: 'asks the user to write from the kept address and to include the source candidate ID: information request',
    from: FORM, to: `${SHO.ja} <${SHO.src}>`, cc: to(SHO, 'ja'), subject: '【重要】残すアカウントのアドレスからご返信ください',
    date: jst('2026-11-11 10:05:17'), enc: 'utf8qp',
    text: `伊藤様

ケース ${C.sho} について、本人確認のため、統合先として残すアカウントのメールアドレスからこのメールにご返信いただけますでしょうか。
その際、統合元アカウントの候補者 ID も本文に書き添えてください。

AWS トレーニングと認定サポート 木村`,
  }),
  mk({
    slug: 'ja-info-ken-voucher-subject', kind: 'info_request', lang: 'ja', caseId: C.ken,
    note: 'subject is about a voucher refund (the user\'s earlier question); the body asks for the source account\'s details, case ID only in the body',
    from: FORM, to: to(KEN, 'ja'), subject: 'Re: 試験バウチャーの返金について',
    date: jst('2026-11-04 17:44:09'), enc: 'sjisb64',
    text: `中村様

バウチャーの件は統合後にご案内いたします。
その前に、統合元アカウント (${KEN.src}) の候補者 ID と、認定の通知先に設定されているメールアドレスをお送りいただけますか。

ケース番号: ${C.ken}
AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-info-misaki-en-actionreq', kind: 'info_request', lang: 'ja', caseId: C.misaki,
    note: 'English "Action required" subject over a Japanese body requesting the certification list',
    from: FORM, to: to(MISAKI, 'ja'), subject: `Action required: additional details needed [CASE ${C.misaki}]`,
    date: jst('2026-10-20 11:46:58'), enc: 'jisb64', hdr: 'jis',
    text: `小林様

統合を進める前に、それぞれのアカウントで取得済みの認定名と合格日を一覧でお知らせください。
試験履歴の画面のスクリーンショットでも結構です。

佐々木 (AWS トレーニングと認定)`,
  }),
];

const conf = [
  mk({
    slug: 'ja-conf-ken-ishikakunin', kind: 'confirmation_request', lang: 'ja', caseId: C.ken,
    note: '【要返信】 consent request: the merge cannot be undone, reply to agree',
    from: FORM, to: to(KEN, 'ja'), subject: `【要返信】アカウント統合のご意思確認 [CASE ${C.ken}]`,
    date: jst('2026-11-05 14:31:27'), enc: 'jis7',
    text: `中村 健 様

いただいた情報で、以下のとおり統合の準備が整いました。

統合元: ${KEN.srcId} (${KEN.src})
統合先: ${KEN.keepId} (${KEN.keep})

統合後は元に戻すことができません。この内容で進めてよろしければ、本メールに「同意します」とご返信ください。

AWS トレーニングと認定 カスタマーサポート 鈴木`,
  }),
  mk({
    slug: 'ja-conf-misaki-actionreq-generic', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'Action required subject names the final merge confirmation; the body is only a pointer to the support center',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: `Action required: 統合の最終確認 (CASE ${C.misaki})`,
    date: jst('2026-10-23 09:12:44'), enc: 'utf8b64',
    text: `サポートセンターにて更新内容をご確認のうえ、ご返信ください。
${caseLink(C.misaki, 'ja')}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-conf-sho-stale-info', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, trap: true,
    note: 'stale subject still asks for information; the new text asks for consent to an irreversible merge',
    from: FORM, to: to(SHO, 'ja'), subject: `Re: 【要返信】[CASE ${C.sho}] 統合に必要な情報のご提供のお願い`,
    date: jst('2026-11-12 11:00:03'), enc: 'sjis8',
    text: `伊藤様

情報のご提供ありがとうございました。
${SHO.srcId} の合格履歴を ${SHO.keepId} へ移し、${SHO.srcId} は閉じる形になります。一度行うと取り消せませんので、よろしければその旨ご返信をお願いします。

木村

${iphoneJa('2026-11-11 19:02', `${SHO.ja} <${SHO.keep}>`)}
> 統合元の候補者IDは ${SHO.srcId} です。
> 通知先も ${SHO.src} です。`,
  }),
  mk({
    slug: 'ja-conf-misaki-kakuninkanryou', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'subject says 照合が完了 (a check is done); the body asks for consent before merging',
    from: FORM, to: to(MISAKI, 'ja'), subject: `【確認完了】いただいた情報の照合が完了しました [CASE ${C.misaki}]`,
    date: jst('2026-10-22 16:40:19'), enc: 'jisb64',
    text: `小林様

お送りいただいた候補者 ID と試験履歴の照合が終わりました。
次の手順で統合を行いますと、${MISAKI.srcId} の履歴は ${MISAKI.keepId} に移り、後から分け直すことはできません。
差し支えなければ、統合に同意いただける旨をこのメールへのご返信でお知らせください。

佐々木`,
  }),
  mk({
    slug: 'ja-conf-phish-lookalike', kind: 'confirmation_request', lang: 'ja', caseId: null, trusted: false,
    note: 'look-alike domain asks the user to approve the merge via a link: untrusted',
    from: 'AWS Training and Certification <notice@amazon-support-center.com>', to: to(KEN, 'ja'), subject: '【至急】アカウント統合の承認が必要です',
    date: jst('2026-11-06 03:27:55'), enc: 'utf8qp',
    html: html(`お客様の認定アカウントの統合申請を受け付けております。
統合は取り消しできません。内容に同意される場合は、24 時間以内に下記から承認してください。

https://amazon-support-center.com/cert/merge/approve?id=88120

承認がない場合、申請は無効になります。`),
  }),
  mk({
    slug: 'ja-conf-misaki-short-mobile', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'short consent request phrased as よろしいでしょうか / 取り消しはできかねます, standard form subject',
    from: FORM, to: to(MISAKI, 'ja'), subject: formSubj(C.misaki),
    date: jst('2026-10-23 09:12:30'), enc: 'sjisb64',
    text: `小林様

統合を実施してよろしいでしょうか。取り消しはできかねますので、念のためご返信にてお知らせください。

佐々木

${gmailJa('2026-10-22 20:15', `小林 美咲 <${MISAKI.keep}>`)}
> 試験履歴のスクリーンショットを添付します。
> ${MISAKI.keepId} の方を残したいです。`,
  }),
  mk({
    slug: 'ja-conf-sho-ensubj-alt', kind: 'confirmation_request', lang: 'ja', caseId: C.sho,
    note: 'English subject over a Japanese multipart consent request',
    from: FORM, to: to(SHO, 'ja'), subject: `Please confirm the merge - CASE ${C.sho}`,
    date: jst('2026-11-12 11:00:47'), enc: 'utf8b64', hdr: 'utf8b',
    text: `伊藤 翔 様

以下の 2 つのアカウントを統合します。
・残る: ${SHO.keepId}
・閉じる: ${SHO.srcId}
統合は元に戻せません。問題なければ「承諾」とだけご返信ください。

AWS トレーニングと認定`,
    html: html(`伊藤 翔 様

以下の 2 つのアカウントを統合します。
・残る: ${SHO.keepId}
・閉じる: ${SHO.srcId}
統合は元に戻せません。問題なければ「承諾」とだけご返信ください。

AWS トレーニングと認定`),
  }),
  mk({
    slug: 'ja-conf-ken-exam-subject', kind: 'confirmation_request', lang: 'ja', caseId: C.ken,
    note: 'subject is about an exam booking; the body asks consent to the merge on the merge case (ID in the body)',
    from: FORM, to: to(KEN, 'ja'), subject: 'Re: 試験予約の日程変更について',
    date: jst('2026-11-05 14:35:02'), enc: 'utf8qp',
    text: `中村様

試験予約は統合後も引き継がれますのでご安心ください。
ケース ${C.ken} の統合について、先ほどお送りした内容 (統合元 ${KEN.srcId} → 統合先 ${KEN.keepId}) でよろしければ、同意の旨をご返信ください。統合後のやり直しはできません。

鈴木`,
  }),
];

const done = [
  mk({
    slug: 'ja-done-ken-taioukanryou', kind: 'merge_completed', lang: 'ja', caseId: C.ken,
    note: 'the completion is only in the subject (【対応完了】…統合が完了しました); body is the generic pointer',
    from: SUPPORT_NOTIFY_JA, to: to(KEN, 'ja'), subject: `【対応完了】認定アカウントの統合が完了しました [CASE ${C.ken}]`,
    date: jst('2026-11-06 19:20:41'), enc: 'jis7',
    text: `${SC}
${caseLink(C.ken, 'ja')}`,
  }),
  mk({
    slug: 'ja-done-ken-stale-ishi', kind: 'merge_completed', lang: 'ja', caseId: C.ken, trap: true,
    note: 'stale Re: Re: consent subject over a body that says the merge has been carried out',
    from: FORM, to: to(KEN, 'ja'), subject: `Re: Re: 【要返信】アカウント統合のご意思確認 [CASE ${C.ken}]`,
    date: jst('2026-11-06 19:18:03'), enc: 'jisb64',
    text: `中村様

ご返信ありがとうございました。本日、${KEN.srcId} を ${KEN.keepId} に統合する処理を完了いたしました。
再度サインインしていただくと、認定と特典が ${KEN.keep} のアカウントに表示されます。

鈴木

${gmailJa('2026-11-05 22:03', `${KEN.ja} <${KEN.keep}>`)}
> 同意します。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-done-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own merged notice, no case ID',
    from: PORTAL, to: to(MISAKI, 'ja'), subject: 'アカウントが統合されました',
    date: jst('2026-10-24 04:02:16'), enc: 'utf8qp',
    text: `${MISAKI.ja} 様

AWS 認定アカウント ${MISAKI.srcId} は ${MISAKI.keepId} に統合されました。
以後は ${MISAKI.keep} でサインインしてください。

AWS Certification`,
  }),
  mk({
    slug: 'ja-done-sho-close-subj', kind: 'merge_completed', lang: 'ja', caseId: C.sho, trap: true,
    note: 'subject only says the case will be closed; the new fact in the body is the completed merge (completion + closing = merge_completed)',
    from: FORM, to: to(SHO, 'ja'), subject: `[CASE ${C.sho}] 本件はクローズとなります`,
    date: jst('2026-11-13 09:45:00'), enc: 'utf8b64',
    text: `伊藤様

ご同意ありがとうございました。統合作業が終わり、${SHO.srcId} の認定は ${SHO.keepId} でご確認いただけます。
本ケースはこれにてクローズとさせていただきます。

木村`,
  }),
  mk({
    slug: 'ja-done-misaki-dmarcfail', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, trusted: false, auth: 'fail',
    note: 'completion text but dmarc=fail on the receiving server: untrusted',
    from: FORM, to: to(MISAKI, 'ja'), subject: `【対応完了】CASE ${C.misaki} アカウント統合`,
    date: jst('2026-10-24 02:51:09'), enc: 'sjis8',
    text: `小林様

統合が完了しました。こちらのリンクから再ログインしてください。
http://aws-cert-login.example-verify.net/signin

サポート窓口`,
  }),
  mk({
    slug: 'ja-done-ken-resent', kind: 'merge_completed', lang: 'ja', caseId: C.ken, forUser: false,
    note: 'English subject Merge complete over a Japanese body; a copy redirected by the old company\'s server (Resent-*)',
    from: FORM, to: `${KEN.en} <${KEN.src}>`, subject: `Merge complete - CASE ${C.ken}`,
    date: jst('2026-11-06 19:19:30'), enc: 'jis7', hdr: 'jis',
    resent: { from: 'postmaster@corp-old.example.co.jp', to: 'it-archive@corp-old.example.co.jp', date: jst('2026-11-06 19:21:02') },
    text: `中村様

統合元の旧アカウントの内容を、統合先 ${KEN.keepId} に移し終えました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-misaki-voucher-subj', kind: 'merge_completed', lang: 'ja', caseId: C.misaki,
    note: 'subject is the user\'s voucher question; the body reports the merge done (case ID in the body)',
    from: FORM, to: to(MISAKI, 'ja'), subject: 'RE: 50%割引バウチャーが表示されません',
    date: jst('2026-10-24 03:58:40'), enc: 'jis7',
    text: `小林様

ケース ${C.misaki} の統合が済みましたので、旧アカウントにあった 50% 割引の特典も ${MISAKI.keepId} 側に表示されるようになっております。

佐々木

${outlookJa(`小林 美咲 <${MISAKI.keep}>`, '2026-10-23 21:14', FORM_BARE, '50%割引バウチャーが表示されません')}

同意します。あと、割引バウチャーが見当たらないのですが大丈夫でしょうか。`,
  }),
  mk({
    slug: 'ja-done-sho-please-check-html', kind: 'merge_completed', lang: 'ja', caseId: C.sho, trap: true,
    note: '「ご確認のお願い」 subject on a completion notice that asks the user to check the result: stays merge_completed',
    from: FORM, to: to(SHO, 'ja'), subject: '【ご確認のお願い】統合後の表示について',
    date: jst('2026-11-13 09:40:12'), enc: 'utf8qp',
    html: `<html><body>
<div>伊藤様</div>
<div><br></div>
<div>ケース ${C.sho} の統合を完了しました。認定と特典が正しく表示されているか、お手すきの際にご確認ください。</div>
<div><br></div>
<div>木村</div>
<div class="gmail_quote">
<div dir="ltr" class="gmail_attr">${gmailJa('2026-11-12 12:30', `${SHO.ja} &lt;${SHO.keep}&gt;`)}<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">承諾</blockquote>
</div>
</body></html>`,
  }),
];

const badge = [
  mk({
    slug: 'ja-badge-credly-hakkou', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge via Credly on the kept account (issue notice)',
    from: CREDLY_AWS, to: to(KEN, 'ja'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-11-10 12:30:50'), enc: 'utf8qp', wholeSubject: true,
    text: `${KEN.ja} さん

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/6e1f0c5a-ken-dva

Credly`,
  }),
  mk({
    slug: 'ja-badge-ken-subj-generic', kind: 'badges_transferred', lang: 'ja', caseId: C.ken,
    note: 'the badge move is only in the subject (【対応完了】…Credlyバッジの移行); body is the generic pointer',
    from: SUPPORT_NOTIFY_JA, to: to(KEN, 'ja'), subject: `【対応完了】[CASE ${C.ken}] Credlyバッジの移行`,
    date: jst('2026-11-10 12:00:33'), enc: 'sjisb64',
    text: `ケースに新しい返信があります。
${SC}`,
  }),
  mk({
    slug: 'ja-badge-ken-stale-merge', kind: 'badges_transferred', lang: 'ja', caseId: C.ken, trap: true,
    note: 'stale subject repeats the merge completion; the new text says the Credly badges were moved',
    from: FORM, to: to(KEN, 'ja'), subject: `Re: 【対応完了】認定アカウントの統合が完了しました [CASE ${C.ken}]`,
    date: jst('2026-11-10 11:58:07'), enc: 'jis7',
    text: `中村様

Credly にバッジが出てこないとのご連絡をいただきましたので、Credly 側の登録を統合先の ${KEN.keep} に付け替えました。
SAA と DVA の 2 つのバッジがご覧いただけるはずです。

鈴木

${gmailJa('2026-11-09 08:40', `${KEN.ja} <${KEN.keep}>`)}
> 統合ありがとうございました。Credly のバッジが旧アドレス側のままのようです。`,
  }),
  mk({
    slug: 'ja-badge-lookalike-server', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'Credly badge notice whose Authentication-Results comes from a look-alike authserv-id',
    from: CREDLY_AWS, to: to(MISAKI, 'ja'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-10-25 05:30:12'), enc: 'utf8b64', wholeSubject: true,
    text: `小林 美咲 さん

「AWS Certified Solutions Architect - Associate」のバッジが届いています。

バッジを入手する
https://www.credly.com/earner/earned/badge/misaki-saa-0a91`,
  }),
  mk({
    slug: 'ja-badge-credly-ensubj', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly in English subject over a Japanese-locale body: AWS badge on the kept account',
    from: CREDLY_AWS, to: to(SHO, 'ja'), subject: 'Your badge from Amazon Web Services Training and Certification is waiting',
    date: jst('2026-11-14 07:04:31'), enc: 'utf8qp',
    text: `伊藤 翔 さん、おめでとうございます。

Amazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」を ${SHO.keep} 宛てに発行しました。
下のボタンから受け取ってください。

[バッジを入手する] https://www.credly.com/earner/earned/badge/sho-clf-77d2`,
  }),
  mk({
    slug: 'ja-badge-sho-resolved-subj', kind: 'badges_transferred', lang: 'ja', caseId: C.sho, trap: true,
    note: 'status subject says Resolved; the body says the badges were moved and the case closes (badges + closing = badges_transferred)',
    from: FORM, to: to(SHO, 'ja'), subject: `[CASE ${C.sho}] Status changed to: Resolved`,
    date: jst('2026-11-15 10:21:48'), enc: 'jisb64', hdr: 'jis',
    text: `伊藤様

Credly のバッジを統合先アカウントに移しました。Cloud Practitioner と SAA のバッジがそろっていることを確認しています。
以上で本件は解決済みとしてクローズいたします。

木村`,
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly notice of an AWS badge',
    from: CREDLY_AWS, to: to(MISAKI, 'ja'), subject: 'おめでとうございます! 新しいバッジが届いています',
    date: jst('2026-10-26 06:48:02'), enc: 'utf8b64',
    html: `<html><body>
<table align="center" width="560"><tr><td>
<p>小林 美咲 さん</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました:<br><b>AWS Certified SysOps Administrator - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/misaki-soa-2c18" style="background:#0070d2;color:#fff;padding:10px 18px">バッジを入手する</a></p>
<p style="font-size:11px;color:#999">Credly, 1 Pearson Way</p>
</td></tr></table>
</body></html>`,
  }),
];

const closed = [
  mk({
    slug: 'ja-close-ken-empty', kind: 'case_closed', lang: 'ja', caseId: C.ken,
    note: 'the resolution is only in the subject (【解決済み】); the body is empty',
    from: SUPPORT_NOTIFY_JA, to: to(KEN, 'ja'), subject: `【解決済み】ケース ${C.ken}`,
    date: jst('2026-11-17 09:00:00'), enc: 'jis7',
    text: '',
  }),
  mk({
    slug: 'ja-close-misaki-autoclose', kind: 'case_closed', lang: 'ja', caseId: C.misakiVoucher,
    note: 'subject says the case closes in 3 days without a reply; body is the generic pointer',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: `[CASE ${C.misakiVoucher}] ご返信がない場合、3日後にクローズされます`,
    date: jst('2026-10-27 09:00:00'), enc: 'sjis8',
    text: `${SC}
${caseLink(C.misakiVoucher, 'ja')}
${NOREPLY}`,
  }),
  mk({
    slug: 'ja-close-ken-restate', kind: 'case_closed', lang: 'ja', caseId: C.ken, trap: true,
    note: 'stale completion subject; the body only restates last week\'s merge and closes the case',
    from: FORM, to: to(KEN, 'ja'), subject: `Re: 【対応完了】認定アカウントの統合が完了しました [CASE ${C.ken}]`,
    date: jst('2026-11-16 15:12:40'), enc: 'utf8qp',
    text: `中村様

先週ご案内のとおり、アカウントの統合とバッジの付け替えは済んでおります。その後ご連絡がございませんので、本ケースはクローズさせていただきます。
また何かございましたら、このメールにご返信いただければケースが再開されます。

鈴木`,
  }),
  mk({
    slug: 'ja-close-sho-failthenforged', kind: 'case_closed', lang: 'ja', caseId: C.sho, trusted: false, auth: 'failThenForged',
    note: 'closing notice; topmost Authentication-Results fails, a planted pass sits lower: untrusted',
    from: FORM, to: to(SHO, 'ja'), subject: `【対応完了】お問い合わせ [CASE ${C.sho}] はクローズされました`,
    date: jst('2026-11-16 23:40:19'), enc: 'jis7',
    text: `伊藤様

本件はクローズされました。
${SC}`,
  }),
  mk({
    slug: 'ja-close-misaki-stale-youhenshin', kind: 'case_closed', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'stale 【要返信】 subject; the body says the case was closed for lack of reply',
    from: FORM, to: to(MISAKI, 'ja'), subject: `Re: 【要返信】[CASE ${C.misaki}] 統合に必要な情報のご提供のお願い`,
    date: jst('2026-11-06 09:00:14'), enc: 'jisb64',
    text: `小林様

前回のご案内から一定期間ご返信をいただけなかったため、本ケースはいったんクローズいたしました。
手続きを続けられる場合は、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-close-sho-ensubj', kind: 'case_closed', lang: 'ja', caseId: C.shoB,
    note: 'English "Your case has been resolved" subject over a Japanese closing body',
    from: FORM, to: to(SHO, 'ja'), subject: `Your case ${C.shoB} has been resolved`,
    date: jst('2026-11-12 18:03:28'), enc: 'utf8qp', hdr: 'utf8q',
    text: `伊藤様

同じご依頼でケースが 2 件作成されていましたので、こちらのケース ${C.shoB} は解決済みとし、以降のやり取りはケース ${C.sho} で続けさせていただきます。

木村`,
  }),
  mk({
    slug: 'ja-close-ken-pending-autoclose', kind: 'case_closed', lang: 'ja', caseId: C.kenDup,
    note: 'subject is a status line (Pending customer action); the body says it auto-closes in 7 days without a reply',
    from: SUPPORT_NOTIFY_JA, to: to(KEN, 'ja'), subject: `Status changed to: Pending customer action [CASE ${C.kenDup}]`,
    date: jst('2026-11-03 09:00:00'), enc: 'sjisb64', hdr: 'sjis',
    text: `このケースは、7 日以内にご返信がない場合、自動的にクローズされます。
${caseLink(C.kenDup, 'ja')}`,
  }),
  mk({
    slug: 'ja-close-ken-dup-mergedcases', kind: 'case_closed', lang: 'ja', caseId: C.kenDup, trap: true,
    note: 'duplicate support cases merged and this one closed: not the account merge',
    from: FORM, to: to(KEN, 'ja'), subject: `[CASE ${C.kenDup}] 重複ケースのクローズ`,
    date: jst('2026-11-03 16:10:22'), enc: 'jis7',
    text: `中村様

同じご依頼のケース ${C.ken} と内容が重複していたため、ケースを統合 (マージ) し、こちらのケースはクローズしました。
引き続きケース ${C.ken} にてご対応いたします。

鈴木`,
  }),
];

const reply = [
  mk({
    slug: 'ja-sr-ken-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: C.ken, trap: true,
    note: 'stale consent subject; thanks for confirming, passed to the team, 完了しましたら is future',
    from: FORM, to: to(KEN, 'ja'), subject: `Re: 【要返信】アカウント統合のご意思確認 [CASE ${C.ken}]`,
    date: jst('2026-11-05 23:10:54'), enc: 'jis7',
    text: `中村様

ご同意いただきありがとうございます。担当チームに統合作業を依頼しました。
完了しましたら、改めてこちらからご連絡いたします。

鈴木`,
  }),
  mk({
    slug: 'ja-sr-misaki-status-wip', kind: 'support_reply', lang: 'ja', caseId: C.misaki,
    note: 'status-only subject (対応中); body is the generic pointer',
    from: SUPPORT_NOTIFY_JA, to: to(MISAKI, 'ja'), subject: `[CASE ${C.misaki}] Status changed to: 対応中 (Work in progress)`,
    date: jst('2026-10-23 13:27:11'), enc: 'utf8b64',
    text: `${SC}`,
  }),
  mk({
    slug: 'ja-sr-sho-missent', kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: 'subject announces completion but the body retracts it: the merge is not done yet',
    from: FORM, to: to(SHO, 'ja'), subject: `統合完了のご連絡 [CASE ${C.sho}]`,
    date: jst('2026-11-12 17:55:06'), enc: 'sjis8',
    text: `伊藤様

大変失礼いたしました。先ほどの件名は誤りで、統合はまだ完了しておりません。
現在、担当チームで処理を進めております。終わり次第ご連絡いたしますので、もうしばらくお待ちください。

木村`,
  }),
  mk({
    slug: 'ja-sr-misaki-unable', kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'support cannot merge (same exam on both accounts) and escalates: not the event',
    from: FORM, to: to(MISAKI, 'ja'), subject: `Re: 統合できませんでした [CASE ${C.misaki}]`,
    date: jst('2026-10-23 13:25:40'), enc: 'jisb64',
    text: `小林様

両方のアカウントに同じ試験の受験履歴があり、通常の手順では統合できかねる状態でした。
認定チームに調査を依頼しましたので、回答があり次第お知らせします。

佐々木`,
  }),
  mk({
    slug: 'ja-sr-ken-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: C.ken, trap: true,
    note: '【要返信】 subject; only asks to write from the kept address, no data requested',
    from: FORM, to: `${KEN.ja} <${KEN.src}>`, subject: '【要返信】ご連絡元のメールアドレスについて',
    date: jst('2026-11-03 15:30:26'), enc: 'utf8qp',
    text: `中村様

ケース ${C.ken} について、今後のご連絡は、残される方のアカウントのメールアドレスからお送りいただけますようお願いいたします。
ご返信先はこのままで構いません。

鈴木`,
  }),
  mk({
    slug: 'ja-sr-misaki-voucher-future', kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'answers a voucher question: 統合後 benefits will carry over (future), nothing happened',
    from: FORM, to: to(MISAKI, 'ja'), subject: 'Re: 統合後のバウチャーについて',
    date: jst('2026-10-21 17:02:33'), enc: 'utf8b64',
    text: `小林様

ケース ${C.misaki} のご質問にお答えします。
統合後は、旧アカウントの特典 (50% 割引など) も統合先に引き継がれる予定です。有効期限は変わりません。

佐々木`,
  }),
  mk({
    slug: 'ja-sr-sho-update-days', kind: 'support_reply', lang: 'ja', caseId: C.sho,
    note: 'generic update subject; body says processing will take a few days',
    from: FORM, to: to(SHO, 'ja'), subject: `ケース ${C.sho} の更新`,
    date: jst('2026-11-12 12:40:09'), enc: 'jis7',
    text: `伊藤様

処理には数日かかる見込みです。進み次第、こちらからお知らせします。

木村`,
  }),
  mk({
    slug: 'ja-sr-misaki-handover-team', kind: 'support_reply', lang: 'ja', caseId: C.misaki, forUser: false,
    note: 'agent changed the subject to a hand-over notice; addressed to a team alias, not to the user',
    from: FORM, to: 'AWS認定担当 <aws-cert-team@partner.example.co.jp>', subject: `【担当者変更】CASE ${C.misaki}`,
    date: jst('2026-10-22 10:00:48'), enc: 'jis7', deliveredTo: null,
    text: `ご担当者様

本日より本ケースは佐々木が担当いたします。いただいている内容を確認中です。

佐々木`,
  }),
  mk({
    slug: 'ja-sr-ken-badge-wait', kind: 'support_reply', lang: 'ja', caseId: C.ken, trap: true,
    note: 'about Credly badges but says they may take days; nothing moved yet',
    from: FORM, to: to(KEN, 'ja'), subject: 'Re: Credlyバッジの移行',
    date: jst('2026-11-08 14:22:17'), enc: 'sjisb64',
    text: `中村様

ケース ${C.ken} の件、Credly への反映には数日かかることがあります。
週明けになっても表示されないようでしたら、このメールにご返信ください。こちらで付け替えを手配します。

鈴木`,
  }),
];

const unrelated = [
  mk({
    slug: 'ja-un-ken-own-consent', kind: 'unrelated', lang: 'ja', caseId: C.ken, trusted: false, trap: true, auth: 'none',
    note: 'the user\'s own consent reply (copy delivered to himself): carries no news from support',
    from: to(KEN, 'ja'), to: FORM_BARE, subject: `Re: 【要返信】アカウント統合のご意思確認 [CASE ${C.ken}]`,
    date: jst('2026-11-05 22:03:12'), enc: 'jis7', deliveredTo: KEN.keep,
    text: `鈴木様

ご連絡ありがとうございます。
上記の内容で統合をお願いいたします。同意します。

中村 健

${gmailJa('2026-11-05 14:31', `AWS Training and Certification <${FORM_BARE}>`)}
> 統合後は元に戻すことができません。`,
  }),
  mk({
    slug: 'ja-un-ken-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: C.ken, trusted: false, trap: true, forUser: false, auth: 'none',
    note: 'the user forwards the completion notice to a colleague; not addressed to the user',
    from: `${KEN.ja} <${KEN.src}>`, to: '田中 一郎 <tanaka@corp-old.example.co.jp>', subject: `Fw: 【対応完了】認定アカウントの統合が完了しました [CASE ${C.ken}]`,
    date: jst('2026-11-07 09:12:40'), crlf: false, enc: 'sjis8', deliveredTo: null,
    text: `田中さん

前に話していた認定アカウントの件、無事に終わったようです。共有まで。

中村

${outlookJa(`AWS サポート <no-reply@support.aws.com>`, '2026-11-06 19:20', KEN.keep, `【対応完了】認定アカウントの統合が完了しました [CASE ${C.ken}]`)}

${SC}`,
  }),
  mk({
    slug: 'ja-un-tanaka-autoreply', kind: 'unrelated', lang: 'ja', caseId: C.ken, trusted: false, trap: true,
    note: 'a colleague\'s out-of-office reply quoting the forwarded completion subject',
    from: '田中 一郎 <tanaka@corp-old.example.co.jp>', to: `${KEN.ja} <${KEN.src}>`, subject: `自動応答: Fw: 【対応完了】認定アカウントの統合が完了しました [CASE ${C.ken}]`,
    date: jst('2026-11-07 09:12:55'), enc: 'jis7', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `お疲れさまです。田中です。
11/7 から 11/14 まで休暇をいただいております。期間中のメールは確認できませんので、お急ぎの方は情報システム部までご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-misaki-voucher-done', kind: 'unrelated', lang: 'ja', caseId: C.misakiVoucher, trap: true,
    note: 'the closing of the user\'s other case (voucher refund), which says its topic',
    from: FORM, to: to(MISAKI, 'ja'), subject: `【対応完了】[CASE ${C.misakiVoucher}] 試験バウチャーの返金について`,
    date: jst('2026-10-28 11:20:00'), enc: 'utf8qp',
    text: `小林様

試験バウチャーの返金手続きが完了しました。ご利用のカードへの反映には 5 から 10 営業日ほどかかります。
本ケースはこれでクローズいたします。

AWS トレーニングと認定 請求担当`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'exam result notice from the training portal',
    from: TRAINING, to: to(SHO, 'ja'), subject: 'AWS 認定試験の結果のお知らせ',
    date: jst('2026-11-09 20:10:41'), enc: 'utf8b64',
    text: `伊藤 翔 様

AWS Certified Solutions Architect - Associate の試験結果が出ました: 合格
スコアレポートは認定アカウントの「試験履歴」でご覧いただけます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-credly-lf', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (The Linux Foundation)',
    from: 'The Linux Foundation via Credly <admin@credly.com>', to: to(KEN, 'ja'), subject: 'The Linux Foundationのバッジ発行のお知らせ',
    date: jst('2026-11-09 03:44:18'), enc: 'utf8qp', wholeSubject: true,
    text: `中村 健 さん

The Linux Foundation から「Certified Kubernetes Administrator (CKA)」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/ken-cka-91c0`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code (not the AWS certification merge)',
    from: CREDLY, to: to(MISAKI, 'ja'), subject: 'Credly アカウント統合の確認コード',
    date: jst('2026-10-26 22:15:30'), enc: 'utf8b64',
    text: `Credly アカウントの統合を完了するには、次のコードを入力してください。

確認コード: 604 218

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.ken, trap: true,
    note: 'satisfaction survey after the case (解決しましたか)',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: to(KEN, 'ja'), subject: `[CASE ${C.ken}] 対応についてのアンケートのお願い`,
    date: jst('2026-11-18 10:00:00'), enc: 'utf8qp',
    text: `${KEN.ja} 様

先日はお問い合わせいただきありがとうございました。
問題は解決しましたか? 1 分ほどのアンケートにご協力ください。
https://survey.aws.amazon.com/s/cs?case=${C.ken}`,
  }),
  mk({
    slug: 'ja-un-summit-uketsuke', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event marketing: 登録受付開始 uses receipt words',
    from: 'AWS Japan <aws-japan-events@amazon.com>', to: to(MISAKI, 'ja'), subject: '【受付開始】AWS Summit Japan 2027 事前登録のご案内',
    date: jst('2026-10-30 12:00:00'), enc: 'jisb64',
    text: `小林 美咲 様

AWS Summit Japan 2027 の事前登録の受付を開始しました。
認定者ラウンジのご利用には、当日 AWS 認定のデジタルバッジをご提示ください。

登録はこちら: https://aws.amazon.com/jp/summits/japan/
配信停止: https://pages.awscloud.com/unsubscribe`,
  }),
  mk({
    slug: 'ja-un-partner-kenshu', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'a training company\'s 【受付完了】 course-registration mail (not AWS)',
    from: 'クラウド研修センター <info@cloud-kenshu.example.co.jp>', to: to(SHO, 'ja'), subject: '【受付完了】AWS認定対策講座 お申し込みありがとうございます',
    date: jst('2026-11-01 19:33:02'), crlf: false, enc: 'sjis8',
    text: `伊藤 翔 様

このたびは「AWS 認定 SAA 合格対策講座」にお申し込みいただき、ありがとうございます。
受付番号: KS-20261101-0042
開講日: 2026年12月5日 (土)

クラウド研修センター 事務局`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...done, ...badge, ...closed, ...reply, ...unrelated];
void thread;
void CREDLY;
void NOTIFY;
