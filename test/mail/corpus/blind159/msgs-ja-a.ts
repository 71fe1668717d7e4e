// Set fb, Japanese part A: receipts, AI answers, information requests, confirmation requests.
// Voice: causes and reasons (ため / により / ので / その結果 / そのため / から).
import type { Msg } from './lib.js';
import {
  CASE, KEN, KEN_REQ, M, MISAKI, MISAKI_REQ, NOTIFY, SHO, SHO_REQ, SUPPORT, SUPPORT_ADDR,
  formSubject, gmailJa, htmlDoc, jst, outlookJa, paras, quote, sf, sfRef, utc, who,
} from './common.js';

export const JA_A: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  M({
    slug: 'ja-ack-ken', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case; the reason clause only explains why not to open a second case',
    from: NOTIFY, to: who(KEN), subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました`, date: jst('2026-11-30 21:14:03'), enc: 'jis7',
    text: `鈴木 健一 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース ID ${CASE.ken} として、お問い合わせを登録いたしました。

担当者が内容を確認のうえ、通常 24 時間以内にこのメールアドレス宛てにご連絡いたします。
同じ内容で新しいケースを作成されますと、ケースが重複してしまうため、かえって回答が遅れる原因となります。
追加の情報がある場合は、新しいケースを作らず、このケースへの返信としてお送りください。

※このメールは送信専用のアドレスから自動送信されています。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-misaki-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'receipt recognisable by its shape (number, time, topic); the busy-period reason explains a possible delay',
    from: NOTIFY, to: who(MISAKI), subject: `お問い合わせ受付のお知らせ (ケース番号: ${CASE.misaki})`, date: jst('2026-11-18 08:02:41'), enc: 'sjis8', wholeSubject: true,
    text: `中村 美咲 様

以下の内容でお問い合わせを承りました。

  ケース番号 : ${CASE.misaki}
  受付日時   : 2026/11/18 08:02 (JST)
  お問い合わせの種類 : AWS トレーニングと認定 / 認定 / アカウントの統合

現在お問い合わせが集中しておりますため、ご返信まで 2 営業日ほどお時間をいただく場合がございます。
あらかじめご了承ください。

AWS カスタマーサービス`,
  }),
  M({
    slug: 'ja-ack-misaki-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup,
    note: 'receipt of a second case the customer opened; still a receipt, the reason clause only explains the auto-send',
    from: NOTIFY, to: who(MISAKI), subject: `Case ${CASE.misakiDup}: ご入力内容をもとにケースを作成しました`, date: jst('2026-11-19 23:40:12'), enc: 'utf8b64',
    text: `お問い合わせフォームからご入力いただいた内容をもとに、サポートケースを作成しましたのでお知らせします。

ケース ID: ${CASE.misakiDup}

ご返信の際は件名のケース ID を変更しないでください。件名の ID でケースを照合しているため、変更されると別のお問い合わせとして扱われることがあります。

このメールはシステムから自動でお送りしているので、内容についてのご質問には担当者からの連絡をお待ちください。

AWS Support`,
  }),
  M({
    slug: 'ja-ack-sho-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'HTML-only receipt of a new case; the reasons explain the reply window and the subject rule',
    from: NOTIFY, to: who(SHO), subject: `サポートケースが作成されました [${CASE.sho}]`, date: jst('2026-12-01 13:27:55'), enc: 'utf8qp',
    html: htmlDoc(
      `<h2>サポートケースが作成されました</h2>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td><b>${CASE.sho}</b></td></tr>
<tr><td>件名</td><td>アカウントの統合について</td></tr>
<tr><td>ステータス</td><td>担当者の割り当て待ち</td></tr>
</table>
<p>週末をはさむため、担当者からのご連絡は翌営業日以降になる場合があります。</p>
<p>このメールには返信できませんので、補足がある場合はサポートセンターのケース画面から追記してください。</p>
<p style="color:#888">Amazon Web Services, Inc.</p>`,
    ),
  }),
  M({
    slug: 'ja-ack-ken-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'receipt that echoes the submitted fields and says a confirmation may follow; it asks for nothing yet',
    from: SUPPORT, to: who(KEN), subject: `[CASE ${CASE.ken}] [AWS Training and Certification Form Submission] - account-assistance`, date: jst('2026-11-30 21:15:30'), enc: 'jisb64',
    text: `このメールは、フォームの送信を受け付けたことをお知らせする自動送信メールです。

----- 受付内容 -----
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
詳細: アカウントの統合
お名前: 鈴木 健一
AWS 候補者 ID: ${KEN.keepId}
本文:
${KEN_REQ}
--------------------

内容によっては担当者からご本人確認や追加情報のお願いをすることがありますので、このアドレスからのメールを受信できるよう設定をお願いします。

${sfRef('0Ab3kQz')}`,
  }),
  M({
    slug: 'ja-ack-forged-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trusted: false, trap: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-support-jp.com), authenticated only for that domain: untrusted',
    from: 'AWS サポート <no-reply@aws-support-jp.com>', to: who(SHO), subject: `【受付完了】ケース ${CASE.sho} を受け付けました`, date: jst('2026-12-01 14:02:19'), enc: 'jis7',
    text: `高橋 翔 様

お問い合わせ (ケース ${CASE.sho}) を受け付けました。
お客様のアカウント保護のため、24 時間以内に下記ページからサインインしていただく必要があります。
サインインが確認できない場合、セキュリティ上の理由によりケースは受付取り消しとなりますのでご注意ください。

https://aws-support-jp.com/case/verify

AWS サポートセンター`,
  }),
  M({
    slug: 'ja-ack-ken-refund-topicless', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenRefund,
    note: 'a receipt that says nothing of its topic (it is in fact the other case), read as what it looks like: acknowledgement',
    from: NOTIFY, to: who(KEN), subject: `ケース ${CASE.kenRefund} を受け付けました`, date: jst('2026-12-02 09:11:07'), enc: 'sjisb64',
    text: `お問い合わせありがとうございます。

ケース ${CASE.kenRefund} を受け付けました。順番に対応しておりますので、担当者からの連絡をお待ちください。
受付順に対応しているため、お急ぎの場合でも新しいケースは作成しないでください。

AWS Support`,
  }),
  M({
    slug: 'ja-ack-sho-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, auth: 'dkimonly',
    note: 'receipt with English boilerplate and Japanese new text; dkim-only pass aligned with amazon.com',
    from: NOTIFY, to: who(SHO), subject: `We've received your case ${CASE.sho} / お問い合わせを受け付けました`, date: jst('2026-12-01 13:28:02'), enc: 'utf8qp',
    text: `高橋様

大学のアカウントと個人のアカウントの件で、ケースを開きました。
日本語でのお問い合わせのため、日本語対応の担当者がご連絡します。そのため、英語でのご連絡よりも少しお時間をいただくことがあります。

Case ID: ${CASE.sho}
Status: Unassigned

This is an automated message. Please do not reply directly to this address.
Amazon Web Services Support`,
  }),

  // ---------------- ai_answer (7) ----------------
  M({
    slug: 'ja-ai-tool', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated suggestion to try the self-service merge tool, with the reason it may apply',
    from: NOTIFY, to: who(KEN), subject: 'AWS トレーニングと認定: AI による回答のご案内', date: jst('2026-11-30 21:05:44'), enc: 'jis7',
    text: `この回答は生成 AI によって作成されたもので、内容が正確でない場合があります。

お問い合わせの内容から、AWS 認定アカウントが 2 つある状態と判断しました。
片方のアカウントにしか認定履歴がない場合は、AWS 認定ポータルの [プロフィール] にある「アカウントの統合」機能をご自身でお使いいただけます。
この機能は即時に処理されるため、サポートケースを作成するよりも早く解決できることが多いです。

この回答で解決しない場合は、「ケースを作成」を選択して担当者にお問い合わせください。`,
  }),
  M({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer that explains what happens after a merge; stays ai_answer',
    from: NOTIFY, to: who(MISAKI), subject: 'お問い合わせへの自動回答 (AWS 認定アカウント)', date: jst('2026-11-18 07:58:13'), enc: 'sjis8', wholeSubject: true,
    text: `AI アシスタントからの回答です。

アカウントを統合すると、統合元のアカウントは無効になるため、統合元のメールアドレスではサインインできなくなります。
また、統合元で取得した認定や受験履歴、特典の 50% 割引バウチャーは統合先に引き継がれるので、統合前に両方のアカウントで内容を控えておくと安心です。
Credly のバッジは統合後に改めて受け取る必要がある場合があります。

両方のアカウントに認定がある場合、セルフサービスでは統合できないため、担当者へのお問い合わせが必要です。
※この回答は自動生成されています。`,
  }),
  M({
    slug: 'ja-ai-credly-hint', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer: badges may not show because of two accounts, so merge first and then claim; no event',
    from: NOTIFY, to: who(SHO), subject: 'Re: Credly にバッジが表示されない (自動回答)', date: jst('2026-12-01 13:20:09'), enc: 'sjisb64',
    text: `自動応答システムによるご案内です。

Credly にバッジが表示されない原因として、AWS 認定アカウントを複数お持ちであることが考えられます。
バッジは認定アカウントのメールアドレスに対して発行されるため、アカウントが分かれていると、片方のバッジしか見えないことがあります。
そのため、先にアカウントを統合してから、Credly でバッジを受け取る手順をおすすめします。

解決しない場合は、画面下の「ケースを作成」からお問い合わせください。`,
  }),
  M({
    slug: 'ja-ai-builder-id-html', kind: 'ai_answer', lang: 'ja',
    note: 'AI answer (HTML) about signing in with AWS Builder ID before using the merge tool',
    from: NOTIFY, to: who(KEN, KEN.src), subject: '自動回答: 認定アカウントにサインインできません', date: jst('2026-11-29 19:45:30'), enc: 'utf8b64',
    html: htmlDoc(
      `<p><i>この回答は AI が生成しました。</i></p>
${paras(`Login with Amazon によるサインインは提供を終了しているため、以前の方法ではサインインできないことがあります。
AWS Builder ID を作成してからサインインし直してください。

サインインできたら、プロフィール画面の「アカウントを統合」から、もう一方のアカウントを指定できます。
両方のアカウントに認定がある場合はこの方法が使えないので、ケースを作成してください。`)}`,
    ),
  }),
  M({
    slug: 'ja-ai-lookalike-server', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'lookalikeServer',
    note: 'AI answer whose only Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: NOTIFY, to: who(MISAKI), subject: 'AI アシスタントの回答: アカウントの統合', date: jst('2026-11-18 07:59:50'), enc: 'jisb64',
    text: `AI アシスタントがお答えします。

お客様の 2 つのアカウントは、どちらも認定履歴をお持ちのため、セルフサービスの統合ツールでは処理できません。
そのため、このまま「ケースを作成」を選び、残したいアカウントのメールアドレスからお問い合わせください。

(この回答は自動生成されたものです)`,
  }),
  M({
    slug: 'ja-ai-faq-short', kind: 'ai_answer', lang: 'ja',
    note: 'short automated FAQ answer pointing to the merge tool because only one account holds certifications',
    from: NOTIFY, to: who(SHO), subject: 'よくある質問からの回答', date: jst('2026-12-01 13:19:02'), enc: 'jis7',
    text: `よくある質問の中から、お問い合わせに近い回答を自動でお送りしています。

Q. 認定アカウントが 2 つあります。
A. 片方にしか認定がないなら、認定ポータルの「Merge Accounts」でご自身で統合できます。認定がないほうのアカウントは確認コードで本人確認するので、そのメールを受け取れる状態にしておいてください。

このご案内で解決しなかった場合のみ、ケースを作成してください。`,
  }),
  M({
    slug: 'ja-ai-refuses-tool', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer: the tool cannot merge because both accounts hold certifications, so contact an agent',
    from: NOTIFY, to: who(KEN), subject: '生成 AI による回答 - AWS 認定', date: jst('2026-11-30 21:06:31'), enc: 'utf8qp', hdr: 'utf8q',
    text: `生成 AI による回答 (参考情報)

ご入力いただいた 2 つの候補者 ID (${KEN.keepId}, ${KEN.srcId}) は、どちらにも認定の記録があるため、アカウント統合ツールでは統合できません。
その結果、担当者による手作業での統合が必要となります。担当者が統合の同意を確認するまで処理は始まりません。

「ケースを作成」を押すと、担当者へのお問い合わせに進みます。`,
  }),

  // ---------------- info_request (8) ----------------
  M({
    slug: 'ja-info-ken-ids', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'support asks for both candidate IDs and login e-mails, the reason (wrong direction) explaining the request',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-01 11:42:18'), enc: 'jis7',
    text: `鈴木 健一 様

AWS トレーニングと認定カスタマーサービスの森です。お問い合わせありがとうございます。

統合元と統合先を取り違えますと、認定が意図しないアカウントに移ってしまい、元に戻すことができないため、作業の前に以下をお知らせいただけますでしょうか。

・統合先 (残す) アカウントの候補者 ID とサインイン用メールアドレス
・統合元 (なくなる) アカウントの候補者 ID とサインイン用メールアドレス
・それぞれのアカウントで取得済みの認定名

よろしくお願いいたします。

森
AWS Training and Certification Customer Service

${sf(who(KEN), '2026/11/30 12:14', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', KEN_REQ)}

${sfRef('0Ab3kQz')}`,
  }),
  M({
    slug: 'ja-info-misaki-which', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'because both accounts hold certifications, support asks which account to keep',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-19 16:05:47'), enc: 'sjis8',
    text: `中村様

お世話になっております。AWS トレーニングと認定サポートでございます。

お知らせいただいた 2 つのアカウントには、どちらにも認定履歴がございますので、どちらのアカウントを残すかによって今後のサインイン方法が変わります。
つきましては、残すアカウントのメールアドレスを改めてお知らせください。あわせて、お手元に候補者 ID (AWS から始まる番号) があれば記載をお願いいたします。

AWS トレーニングと認定サポート
担当: 岡田

${sf(who(MISAKI), '2026/11/17 23:02', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', MISAKI_REQ)}`,
  }),
  M({
    slug: 'ja-info-sho-wrong-addr', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'the sender address matches neither account, so support asks for the kept account\'s ID or a reply from it',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-02 10:31:04'), enc: 'utf8b64',
    text: `高橋 翔 様

ご連絡ありがとうございます。
ご連絡いただいたメールアドレスが統合先として記載されたアドレスと一致しなかったため、このままでは作業を進めることができません。

お手数ですが、統合先アカウントの候補者 ID をお知らせいただくか、統合先アカウントに登録されているメールアドレスからこのメールにご返信ください。

AWS Training and Certification
カスタマーサービス 小林

${gmailJa('2026年12月1日(火) 13:25', who(SHO, 'sho.t.mobile@example.net'), SHO_REQ)}`,
  }),
  M({
    slug: 'ja-info-confirm-wording', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: true,
    note: '"ご確認のうえお知らせください" asks for the address to keep: information, not consent',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-03 15:20:33'), enc: 'jisb64',
    text: `鈴木様

ご返信ありがとうございます。
いただいたメールでは、残すアドレスとして ${KEN.keep} と ${KEN.src} の両方が書かれていたため、どちらを統合先とするか判断できませんでした。

今後サインインに使うメールアドレスをご確認のうえ、1 つだけお知らせください。

森

${sf(who(KEN), '2026/12/02 22:48', SUPPORT_ADDR, formSubject(CASE.ken), `森様\n\nご連絡ありがとうございます。\n残すのは ${KEN.keep} です。会社のアドレス ${KEN.src} も念のため書いておきます。\n\n鈴木`)}`,
  }),
  M({
    slug: 'ja-info-misaki-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'several candidates share the name, so support asks for pass dates; Outlook Japanese quote block below',
    from: SUPPORT, to: who(MISAKI), cc: who(MISAKI, MISAKI.src), subject: formSubject(CASE.misaki), date: jst('2026-11-21 10:12:09'), enc: 'jis7',
    text: `中村 美咲 様

残すアカウントのご連絡をありがとうございました。
同じお名前の受験者の記録が複数見つかったため、ご本人の記録を特定する必要がございます。
恐れ入りますが、統合元アカウントで合格された試験名と合格日 (おおよそで結構です) をお知らせいただけますか。

岡田

${outlookJa(who(MISAKI), '2026年11月20日 21:37', SUPPORT_ADDR, formSubject(CASE.misaki), `岡田様\n\n残すのは ${MISAKI.keep} のほうです。\nよろしくお願いします。\n中村`)}`,
  }),
  M({
    slug: 'ja-info-phish', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'a request for passwords from amazon.co.jp.verify-id.net (not a trusted domain): untrusted info_request',
    from: 'AWS 認定サポート <support@amazon.co.jp.verify-id.net>', to: who(MISAKI), subject: `[CASE ${CASE.misaki}] 統合手続きに必要な情報のご提出`, date: jst('2026-11-20 03:14:55'), enc: 'sjisb64',
    text: `中村様

アカウント統合のお手続きにあたり、ご本人確認が完了していないため、処理を保留しております。
以下のフォームに、両方のアカウントのメールアドレスとパスワードを入力してください。
48 時間以内にご入力がない場合、セキュリティ上の理由からケースを無効とさせていただきます。

https://amazon.co.jp.verify-id.net/aws/cert/form

AWS 認定サポート`,
  }),
  M({
    slug: 'ja-info-attachment-fail', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'due to a system issue the attachment could not be opened, so support asks for the IDs in the body (case ID only in the body)',
    from: SUPPORT, to: who(SHO), subject: 'Re: 添付ファイルについて', date: jst('2026-12-03 17:48:26'), enc: 'utf8qp',
    text: `高橋様

お送りいただいたスクリーンショットですが、当方のシステムの不具合により添付ファイルを開くことができませんでした。
(ケース ID: ${CASE.sho})
お手数をおかけしますが、2 つのアカウントの候補者 ID とメールアドレスを、メール本文に直接ご記入のうえご返信いただけますでしょうか。

AWS トレーニングと認定 小林`,
  }),
  M({
    slug: 'ja-info-ken-src-mail', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'the source account\'s login address was missing, so support asks for it; Gmail quote of the user\'s reply',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-02 09:03:40'), enc: 'sjis8',
    text: `鈴木様

候補者 ID のご連絡ありがとうございます。
統合元アカウントのサインイン用メールアドレスが記載されていなかったので、照合ができておりません。お手数ですが、あわせてお知らせください。

森

${gmailJa('2026年12月1日(火) 21:10', who(KEN), `森様\n\n統合先 ${KEN.keepId}、統合元 ${KEN.srcId} です。\n認定は統合元に SAA と DVA、統合先に CLF があります。\n\n鈴木`)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  M({
    slug: 'ja-conf-ken', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'both accounts hold certifications and the merge cannot be undone, so support asks for explicit consent',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-04 10:26:51'), enc: 'jis7',
    text: `鈴木 健一 様

情報のご提供ありがとうございました。2 つのアカウントを照合できました。

両方のアカウントに認定履歴があるため、統合の前にご本人の同意をいただく必要がございます。
統合は一度行うと元に戻すことができません。統合後、統合元 (${KEN.src}) ではサインインできなくなります。

 統合先: ${KEN.keepId} (${KEN.keep})
 統合元: ${KEN.srcId} (${KEN.src})

上記の内容で差し支えなければ、このメールに「同意します」とご返信ください。

森
AWS Training and Certification Customer Service

${sfRef('0Ab3kQz')}`,
  }),
  M({
    slug: 'ja-conf-misaki-final', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'pass dates matched, so support asks for final consent because the merge is irreversible',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-24 13:40:02'), enc: 'sjisb64',
    text: `中村様

合格日のご連絡をいただいたことで、ご本人の記録であることが確認できました。

統合の処理は取り消しができないため、念のため最終のご意思を確認させてください。
${MISAKI.src} の記録を ${MISAKI.keep} のアカウントへ移し、統合元のアカウントは閉じることになります。
この内容で進めてよろしければ、その旨ご返信ください。ご返信をいただいてから処理を開始いたします。

岡田`,
  }),
  M({
    slug: 'ja-conf-sho-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks the customer to approve the merge as listed; the reason clause explains why approval is needed',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-04 16:55:19'), enc: 'sjisb64',
    text: `高橋 翔 様

本文でのご連絡ありがとうございました。いただいた ID で両アカウントを特定できました。

手続きを進めると、大学のアドレスのアカウントは使えなくなりますので、以下の内容で統合してよいか、ご承認のご返信をお願いいたします。

  残るアカウント   : ${SHO.keepId} / ${SHO.keep}
  なくなるアカウント: ${SHO.srcId} / ${SHO.src}

小林`,
  }),
  M({
    slug: 'ja-conf-misaki-restate', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'restates the earlier ID match as the reason and then asks for consent (the new request)',
    from: SUPPORT, to: who(MISAKI), cc: who(MISAKI, MISAKI.src), subject: formSubject(CASE.misaki), date: jst('2026-11-23 09:18:44'), enc: 'jisb64',
    text: `中村 美咲 様

先日お知らせいただいた候補者 ID で照合が取れましたため、次の段階として統合へのご同意をいただきたく、ご連絡いたしました。
統合後は元に戻せませんので、内容をよくご確認のうえ、「統合に同意します」とご返信ください。

岡田

${outlookJa(who(MISAKI), '2026年11月22日 8:05', SUPPORT_ADDR, formSubject(CASE.misaki), `岡田様\n\n統合元の候補者 ID は ${MISAKI.srcId} です。\n中村`)}`,
  }),
  M({
    slug: 'ja-conf-forged-fail', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'failThenForged',
    note: 'consent request whose top Authentication-Results says dmarc=fail; a planted pass lower down does not count',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-04 02:11:37'), enc: 'jis7',
    text: `鈴木様

統合の準備が整ったため、本日中にご同意のご返信をお願いします。
ご返信がない場合は統合手続きが失効するため、最初からお手続きいただくことになります。
同意される場合は、下記リンクからサインインのうえ「同意する」を押してください。

http://aws-cert-merge.example-login.net/consent

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-conf-sho-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'mixed-language consent request: English template line, Japanese body asking for a yes reply',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-05 09:02:11'), enc: 'utf8b64',
    text: `Dear Sho Takahashi,

Thank you for contacting AWS Training and Certification.

日本語で失礼いたします。
先日の内容で統合を進めるには、お客様ご本人の承諾が必要なため、改めてご連絡しました。
統合は取り消しのできない処理です。そのため、承諾される場合のみ「はい、統合してください」とご返信ください。

Best regards,
Kobayashi
AWS Training and Certification`,
  }),
  M({
    slug: 'ja-conf-html-only', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML-only consent request: since the merge cannot be reversed, reply to agree',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-24 13:41:10'), enc: 'utf8qp',
    html: htmlDoc(
      `<div dir="ltr">
<p>中村様</p>
<p>いつもお世話になっております。</p>
<p>統合の処理は一度実行すると元に戻すことができないため、<b>ご同意のご返信</b>をいただいてからの実施となります。<br>
統合先: ${MISAKI.keep}<br>
統合元: ${MISAKI.src}</p>
<p>上記でよろしければ、このメールに「同意します」とだけご返信ください。</p>
<p>岡田<br>AWS Training and Certification</p>
</div>`,
    ),
  }),
  M({
    slug: 'ja-conf-ken-second', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'the earlier reply did not contain an explicit agreement, so support asks again for consent',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-05 11:30:45'), enc: 'jisb64',
    text: `鈴木様

ご返信ありがとうございます。
いただいたメールには統合へのご同意の文言が含まれていなかったので、恐れ入りますが、もう一度「統合に同意します」と明記してご返信いただけますか。
ご同意の記録が必要な手続きのため、お手数をおかけします。

森

${quote(`鈴木様\n\n両方のアカウントに認定履歴があるため、統合の前にご本人の同意をいただく必要がございます。`)}`,
  }),
];
