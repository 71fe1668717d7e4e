// Japanese messages for heldout/k. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, BUTTON, CASE, COLLEAGUE_JA, CREDLY_AWS, CREDLY_FOOTER_JA, DAI, H, HELPDESK_JA, KEN, LEGAL_LONG_JA, MISAKI, PORTAL,
  SIG_JA, SUPPORT, SUPPORT_BARE, YUI, esc, formSubject, formSubjectNew, gmailJa, other, outlookJa, paras, quote, sfOriginal, sfRef, sup,
} from './common.js';

const KEN_REQ = `AWS認定アカウントが2つあるので1つにまとめたいです。
残す方: ${KEN.keepId} / ${KEN.keep}
まとめる方: ${KEN.srcId} / ${KEN.src}
前職のメールアドレスはまもなく使えなくなります。
中村 健一`;

const MISAKI_REQ = `いつもお世話になっております。高橋と申します。
パートナー企業在籍時に作った認定アカウント(${MISAKI.src})に取得済みの認定があり、
個人アカウント(${MISAKI.keep})にも1つ認定があります。
個人の方へ寄せていただくことは可能でしょうか。`;

const DAI_REQ = `お疲れさまです。林です。
前の会社(スタートアップ)のアドレス ${DAI.src} で受けたSAAと、
個人アドレス ${DAI.keep} で受けたDVAを同じアカウントで管理したいです。`;

const YUI_REQ = `大学のアドレスで受験したCLFと、個人アドレスで受験したSAAを一つにしたいです。
卒業すると大学のメールが使えなくなるため、お早めに対応いただけると助かります。
小林 結衣`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  sup({
    slug: 'ja-ack-ken-plain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case with its case ID and the 24-hour notice',
    to: KEN.keep, subject: formSubjectNew(CASE.ken), date: rfcDate('2026-03-09 01:12:40'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: ${CASE.ken}
お問い合わせの種類: アカウントのサポート

担当者より通常24時間以内にご連絡いたします。
すでにケースを作成済みの場合、同じ内容で新しいケースを作成しないでください。ケースが重複すると、ご回答が遅れる原因となります。

本メールは自動送信されています。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  sup({
    slug: 'ja-ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML-only automatic case receipt: case created, status unassigned',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `AWS サポート: ケース ${CASE.misaki} を受け付けました`, date: rfcDate('2026-04-20 05:41:09'),
    enc: 'utf8qp', qpw: 68, wholeSubject: true,
    html: H('ケース受付', `<p>高橋 美咲 様</p>
<p>お問い合わせいただきありがとうございます。サポートケースが作成されました。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><th align="left" style="background:#fafafa">ケース ID</th><td>${CASE.misaki}</td></tr>
<tr><th align="left" style="background:#fafafa">件名</th><td>認定アカウントについて</td></tr>
<tr><th align="left" style="background:#fafafa">ステータス</th><td>未割り当て</td></tr>
<tr><th align="left" style="background:#fafafa">作成日時</th><td>2026-04-20 14:41 JST</td></tr>
</table>
<p>担当者が確認次第、こちらのアドレス宛にご連絡します。ケースの詳細はサポートセンターからもご覧いただけます。</p>
${BUTTON('https://support.aws.amazon.com/#/case/?displayId=' + CASE.misaki, 'ケースを表示')}
<p style="font-size:11px;color:#687078">${esc(LEGAL_LONG_JA).replace(/\n/g, '<br>')}</p>`, 'ja'),
  }),
  sup({
    slug: 'ja-ack-dai-fieldlist', kind: 'acknowledgement', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'receipt that lists the fields the customer submitted (IDs, merge request); nothing is asked',
    to: DAI.keep, subject: formSubjectNew(CASE.dai), date: rfcDate('2026-05-11 09:03:55'), enc: 'jisb64',
    text: `このメールは、お問い合わせフォームの送信内容を受け付けたことをお知らせする自動返信です。

ケース番号 ${CASE.dai}

--- お客様からご提供いただいた情報 ---
お名前: 林 大輔
会社名: (未入力)
AWS 候補者 ID: ${DAI.keepId}
連絡先メールアドレス: ${DAI.keep}
お問い合わせ内容:
${DAI_REQ}
-----------------------------------

内容を確認のうえ、担当者よりご連絡いたします。しばらくお待ちください。
このメールへの返信は不要です。

${LEGAL_LONG_JA}`,
  }),
  sup({
    slug: 'ja-ack-yui-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui, trusted: false,
    note: 'case receipt wording, but the sender domain is a look-alike (amazon-support.co.jp)',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support.co.jp>',
    to: YUI.keep, subject: formSubjectNew(CASE.yui), date: rfcDate('2026-06-02 11:20:33', '+0900'), enc: 'utf8b64',
    text: `小林 結衣 様

お問い合わせを受け付けました。ケースID: ${CASE.yui}
担当より1〜2営業日以内にご連絡いたします。

※本メールは配信専用です。`,
  }),
  sup({
    slug: 'ja-ack-kendup-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup,
    note: 'receipt for a second case; the case ID appears only in the body',
    to: KEN.src, subject: 'AWS トレーニングと認定: お問い合わせありがとうございます', date: rfcDate('2026-03-10 22:47:02'), enc: 'utf8b64',
    hdr: 'utf8b', wholeSubject: true,
    text: `お問い合わせいただき、誠にありがとうございます。

受付番号(ケース ID)は ${CASE.kenDup} です。今後のやり取りではこの番号をご参照ください。
順番に対応しておりますので、回答まで今しばらくお待ちいただけますと幸いです。

AWS Training and Certification Customer Support
----
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  sup({
    slug: 'ja-ack-yui-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui,
    note: 'bilingual receipt (Japanese first, English boilerplate) confirming the case was opened',
    to: YUI.keep, subject: formSubjectNew(CASE.yui), date: rfcDate('2026-06-02 02:18:44'), enc: 'jis7', htmlEnc: 'utf8qp',
    text: `お問い合わせを受け付けました。ケース ID: ${CASE.yui}
通常、1営業日以内に担当者からご連絡します。

We have received your request. Case ID: ${CASE.yui}
An agent will respond within 1 business day. Please do not open a new case for the same issue.`,
    html: `<div style="font-family:Meiryo,sans-serif">
<p>お問い合わせを受け付けました。<b>ケース ID: ${CASE.yui}</b><br>通常、1営業日以内に担当者からご連絡します。</p>
<hr>
<p>We have received your request. <b>Case ID: ${CASE.yui}</b><br>An agent will respond within 1 business day. Please do not open a new case for the same issue.</p>
</div>`,
  }),
  sup({
    slug: 'ja-ack-misaki-resent', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, forUser: false,
    note: 'case receipt, but redirected by the old company server (Resent-*), so not delivered to the user',
    to: MISAKI.src, subject: formSubjectNew(CASE.misaki), date: rfcDate('2026-04-20 05:41:10'), enc: 'jis7',
    resent: { from: 'postmaster@partner.example.co.jp', to: 'archive-retired@partner.example.co.jp', date: rfcDate('2026-04-20 14:41:30', '+0900') },
    text: `高橋 美咲 様

お問い合わせありがとうございます。ケース ${CASE.misaki} を作成しました。
担当者から追ってご連絡いたします。

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-ack-dai-lf', kind: 'acknowledgement', lang: 'ja', caseId: CASE.dai, crlf: false,
    note: 'short automatic acknowledgement with the case number (LF line ends)',
    from: AWS_NOTIFY, to: DAI.keep, subject: `ケース ${CASE.dai} が作成されました`, date: rfcDate('2026-05-11 09:03:58'), enc: 'utf88bit', hdr: 'utf8q',
    text: `林 大輔 様

サポートケース ${CASE.dai} が作成されました。
回答があるとメールでお知らせします。

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  other({
    slug: 'ja-ai-html-tool', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool; no case yet',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AI による回答: AWS 認定アカウントの統合', date: rfcDate('2026-03-09 01:05:12'), auth: 'pass', enc: 'utf8qp',
    html: H('AI による回答', `<p style="font-size:12px;color:#687078">この回答は生成 AI によって作成されました。内容が正確でない場合があります。</p>
<p>ご質問ありがとうございます。複数の AWS 認定アカウントをお持ちの場合は、認定ポータルのセルフサービス機能で統合できる場合があります。</p>
<ol>
<li>残したい方のアカウントでサインインします。</li>
<li>[プロフィール] から [アカウントの統合] を開きます。</li>
<li>もう一方のアカウントの認証情報を入力し、画面の指示に従います。</li>
</ol>
<p>両方のアカウントに認定履歴がある場合など、ツールで統合できないときは、下のボタンからケースを作成してください。</p>
${BUTTON('https://support.aws.amazon.com/#/contacts/aws-training', 'ケースを作成')}
<p style="font-size:11px;color:#687078">${esc(LEGAL_LONG_JA).replace(/\n/g, '<br>')}</p>`, 'ja'),
  }),
  sup({
    slug: 'ja-ai-case-badgehint', kind: 'ai_answer', lang: 'ja', caseId: CASE.misaki,
    note: 'automated suggestion on the case; explains what happens to badges after a merge, still an AI answer',
    to: MISAKI.keep, subject: formSubjectNew(CASE.misaki), date: rfcDate('2026-04-20 05:42:30'), enc: 'jisb64',
    text: `【自動回答】このメッセージはお問い合わせ内容をもとに自動で作成されています。

高橋様のお問い合わせ(ケース ${CASE.misaki})に関連する情報をご案内します。

・認定ポータルの「アカウントの統合」ツールを使うと、2つのアカウントの認定を1つにまとめられる場合があります。
・統合後、Credly のデジタルバッジは統合先のメールアドレス宛てに改めて受け取り(クレーム)が必要になることがあります。
・ツールがエラーになる場合は、このケースで担当者が対応します。

この情報で解決した場合は、ケースをクローズしていただいて構いません。`,
  }),
  other({
    slug: 'ja-ai-helpful-buttons', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true,
    note: 'AI answer with a "did this help?" prompt; suggests the merge tool, not a survey of a closed case',
    from: AWS_NOTIFY, to: DAI.keep, subject: 'お問い合わせへの自動回答', date: rfcDate('2026-05-11 08:58:01'), auth: 'pass', enc: 'utf8b64', hdr: 'utf8b',
    text: `生成AIによる回答

認定アカウントが2つある場合は、まず認定ポータルにサインインし、プロフィール内の「アカウントの統合」をお試しください。
統合できなかった場合は、お問い合わせフォームで「ケースを作成」を選んでください。

この回答は役に立ちましたか? はい / いいえ`,
    html: H('自動回答', `<p><b>生成AIによる回答</b></p>
<p>認定アカウントが2つある場合は、まず認定ポータルにサインインし、プロフィール内の「アカウントの統合」をお試しください。<br>統合できなかった場合は、お問い合わせフォームで「ケースを作成」を選んでください。</p>
<p>この回答は役に立ちましたか?</p>
<table><tr><td>${BUTTON('https://support.aws.amazon.com/feedback?v=yes', 'はい', '#1d8102')}</td><td>${BUTTON('https://support.aws.amazon.com/feedback?v=no', 'いいえ', '#d13212')}</td></tr></table>`, 'ja'),
  }),
  other({
    slug: 'ja-ai-dmarcfail', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false,
    note: 'automated merge-tool suggestion, but dmarc=fail for amazon.com',
    from: AWS_NOTIFY, to: YUI.keep, subject: 'AI アシスタントからのご案内', date: rfcDate('2026-06-01 23:59:40'), auth: 'fail', enc: 'jis7',
    text: `AI アシスタントがお問い合わせ内容を確認しました。

認定アカウントの統合は、認定ポータル(aws.training)の「プロフィール」>「アカウント統合」から、ご自身で行っていただけます。
統合元アカウントのログイン情報をご準備ください。

※この回答は自動生成されたものです。`,
  }),
  sup({
    slug: 'ja-ai-faq-refuse', kind: 'ai_answer', lang: 'ja', caseId: CASE.ken2,
    note: 'automated FAQ answer: the tool refuses when both accounts have history, so contact support',
    to: KEN.keep, subject: formSubjectNew(CASE.ken2), date: rfcDate('2026-09-14 03:30:00'), enc: 'jis7',
    text: `自動応答: よくあるご質問

Q. 「アカウントの統合」ツールでエラーが表示されます
A. 統合しようとしている2つのアカウントの両方に認定や試験の履歴がある場合、ツールでは統合できません。この場合はサポートによる対応となりますので、担当者からの連絡をお待ちください。

Q. 統合すると認定の有効期限は変わりますか
A. 変わりません。それぞれの認定の有効期限はそのまま引き継がれます。

ケース ${CASE.ken2}
--
この自動応答に返信する必要はありません。`,
  }),
  other({
    slug: 'ja-ai-genai-mixed', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true,
    note: 'generated answer (Japanese with English disclaimer) recommending the self-service merge',
    from: 'AWS Support <no-reply@support.aws.com>', to: MISAKI.keep, subject: '[AWS Support] 回答候補のご案内', date: rfcDate('2026-04-20 05:36:51'), auth: 'dkimonly', enc: 'utf8b64',
    text: `お問い合わせ内容に基づき、次の手順をおすすめします。

1) 統合先にしたいアカウントで aws.training にサインイン
2) Profile > Merge Accounts を選択
3) 統合元アカウントのメールアドレスとパスワードを入力

両方のアカウントに認定がある場合はこの手順では完了できないことがあります。その際はケースを作成してください。

This response was generated by AI and may not be accurate. Verify important information.`,
  }),
  other({
    slug: 'ja-ai-portal-assistant', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true,
    note: 'portal assistant transcript suggesting the Merge Accounts tool',
    from: PORTAL, to: DAI.src, subject: 'チャットの記録: AWS Certification アシスタント', date: rfcDate('2026-05-10 12:14:27'), auth: 'pass', enc: 'jis7',
    text: `AWS Certification アシスタントとのチャットの記録をお送りします。

あなた: 会社のアカウントと個人のアカウントを一緒にしたい
アシスタント: 2つの認定アカウントは、認定アカウントの「プロフィール」ページにある「アカウントの統合」機能で統合できます。統合先のアカウントでサインインしてからお試しください。
あなた: 両方に資格があるんですが
アシスタント: その場合は統合ツールが利用できないことがあります。サポートへのお問い合わせをご検討ください。

このチャットは自動アシスタントによるものです。`,
  }),

  // ---------------- info_request ----------------
  sup({
    slug: 'ja-info-ken-ids', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks for both candidate IDs and which account to keep',
    to: KEN.keep, date: rfcDate('2026-03-10 02:15:44'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定サポートの Haruka です。お問い合わせいただきありがとうございます。

アカウントの統合を承るにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。

1. 両方のアカウントの AWS 候補者 ID (AWS から始まる番号)
2. 両方のアカウントのログイン用メールアドレス
3. 統合後に残すアカウントはどちらか

いただいた情報を確認し、次のご案内をいたします。

${SIG_JA('Haruka')}

${sfRef('Kx81Jq')}

${sfOriginal(KEN.keep, '2026/03/09 1:10', SUPPORT_BARE, 'AWS Training and Certification Form Submission', KEN_REQ)}`,
  }),
  sup({
    slug: 'ja-info-misaki-writefromkeep-ids', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks to write from the kept address AND to include the candidate IDs: information request',
    to: MISAKI.src, date: rfcDate('2026-04-21 07:02:18'), enc: 'utf8qp', qpw: 71,
    text: `高橋様

ご連絡ありがとうございます。
セキュリティ上の理由により、統合後に残すアカウントのメールアドレス(${MISAKI.keep})から本ケースへご返信いただく必要がございます。その際、両アカウントの候補者IDを本文に記載してくださいますようお願いいたします。

${SIG_JA('Daiki S.')}`,
  }),
  sup({
    slug: 'ja-info-dai-confirmaddr', kind: 'info_request', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'worded with "確認" but asks the customer to tell which e-mail address is kept: information request',
    to: DAI.keep, date: rfcDate('2026-05-12 03:40:11'), enc: 'jis7',
    text: `林 大輔 様

お世話になっております。
お手数ですが、統合先として残されるアカウントのメールアドレスを今一度ご確認のうえ、お知らせいただけますでしょうか。
お問い合わせ時のアドレス(${DAI.keep})と、認定アカウント上の通知先アドレスが異なっているようです。

${SIG_JA('Ayaka')}`,
  }),
  sup({
    slug: 'ja-info-yui-sjis-mobilequote', kind: 'info_request', lang: 'ja', caseId: CASE.yui,
    note: 'asks for the Skill Builder and notification addresses; quotes the customer mobile reply',
    to: YUI.keep, date: rfcDate('2026-06-03 04:11:27'), enc: 'sjis8',
    text: `小林様

ご返信ありがとうございます。
引き続き確認を進めるため、下記2点を追加でお知らせください。

- AWS Skill Builder にご登録のメールアドレス
- 認定に関する通知の受信先メールアドレス(両アカウント分)

${SIG_JA('Mei')}

-----Original Message-----
From: ${YUI.keep}
Sent: 2026/06/02 21:05
Subject: Re: ${formSubject(CASE.yui)}

${quote(`お世話になります
候補者IDは ${YUI.keepId} と ${YUI.srcId} です
残すのは個人のほうです

iPhoneから送信`)}`,
  }),
  sup({
    slug: 'ja-info-kenji-htmlonly', kind: 'info_request', lang: 'ja', caseId: CASE.ken2,
    note: 'HTML-only reply asking for the name on the accounts and each certification pass date',
    to: KEN.keep, date: rfcDate('2026-09-15 06:25:03'), enc: 'utf8qp',
    html: `<div dir="ltr" style="font-family:'Yu Gothic',sans-serif;font-size:14px">
<p>中村様</p>
<p>ご本人確認のため、各アカウントについて以下をご教示ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>項目</th><th>${KEN.keepId}</th><th>${KEN.srcId}</th></tr>
<tr><td>登録氏名(ローマ字)</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>取得済み認定と合格日</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>
<p>表にご記入のうえ、本メールへご返信いただけますと幸いです。</p>
<p>${esc(SIG_JA('Takumi')).replace(/\n/g, '<br>\n')}</p>
</div>`,
  }),
  sup({
    slug: 'ja-info-ken-otherauthserv', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'asks for the source account login address; only a foreign authserv-id (mx.google.com) vouches for it',
    to: KEN.keep, date: rfcDate('2026-03-10 08:44:19'), auth: 'otherOnly', enc: 'jis7',
    text: `中村様

統合元アカウントのログインに使用しているメールアドレスを改めてお送りいただけますか。
ご提示のアドレスでは該当するアカウントが見つかりませんでした。

AWS トレーニングと認定 サポート`,
  }),
  sup({
    slug: 'ja-info-misaki-beforeproceed', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'before the merge can go ahead, asks for company name and candidate ID of the source account',
    to: MISAKI.keep, date: rfcDate('2026-04-22 01:19:57'), enc: 'jisb64',
    text: `高橋 美咲 様

残すアカウントのアドレスからのご連絡、ありがとうございました。
統合作業を進めるにあたり、統合元アカウント(${MISAKI.src})の候補者IDと、当時の会社名を本メールへご返信ください。

パートナー企業のアカウントの場合、APN との連携状況を確認する必要がございます。

${SIG_JA('Daiki S.')}

${gmailJa('2026年4月21日(火) 19:30', `高橋 美咲 <${MISAKI.keep}>`, MISAKI_REQ)}`,
  }),
  sup({
    slug: 'ja-info-dai-idnotfound', kind: 'info_request', lang: 'ja', caseId: CASE.dai,
    note: 'the given candidate ID was not found; asks for the correct ID',
    to: DAI.keep, date: rfcDate('2026-05-13 00:58:40'), enc: 'utf8b64',
    text: `林様

ご返信ありがとうございます。
恐れ入りますが、ご記載いただいた候補者ID「AWS2771940」では該当するアカウントが確認できませんでした。桁が不足しているようですので、認定アカウントのプロフィール画面にて正しいIDをご確認のうえ、お知らせいただけますでしょうか。

${SIG_JA('Ayaka')}`,
  }),

  // ---------------- confirmation_request ----------------
  sup({
    slug: 'ja-conf-ken-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'states what will be merged into what, warns it cannot be undone, asks for consent by reply',
    to: KEN.keep, date: rfcDate('2026-03-12 04:03:26'), enc: 'jis7',
    text: `中村 健一 様

情報のご提供ありがとうございます。以下の内容で統合を行います。

統合元: ${KEN.srcId} (${KEN.src})
統合先: ${KEN.keepId} (${KEN.keep})

なお、アカウントの統合は一度実施すると元に戻すことができません。
上記の内容で進めてよろしいか、本メールへのご返信にてお知らせください。

${SIG_JA('Haruka')}

${sfRef('Kx81Jq')}`,
  }),
  sup({
    slug: 'ja-conf-misaki-consent-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks for agreement to an irreversible consolidation without the literal words "confirm merge"',
    to: MISAKI.keep, date: rfcDate('2026-04-23 02:50:00'), enc: 'utf8qp', hdr: 'utf8q',
    text: `高橋様

ご協力ありがとうございます。パートナー企業アカウント ${MISAKI.srcId} の認定履歴を、個人アカウント ${MISAKI.keepId} に移します。
この操作は取り消しできません。ご同意いただける場合は、その旨をご返信ください。

${SIG_JA('Daiki S.')}`,
    html: `<div class="WordSection1"><p class="MsoNormal">高橋様</p><p class="MsoNormal">ご協力ありがとうございます。パートナー企業アカウント <b>${MISAKI.srcId}</b> の認定履歴を、個人アカウント <b>${MISAKI.keepId}</b> に移します。</p><p class="MsoNormal" style="color:#c00000">この操作は取り消しできません。</p><p class="MsoNormal">ご同意いただける場合は、その旨をご返信ください。</p><p class="MsoNormal">${esc(SIG_JA('Daiki S.')).replace(/\n/g, '<br>')}</p></div>`,
  }),
  sup({
    slug: 'ja-conf-dai-reply-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai,
    note: 'asks the customer to reply "同意します" to go ahead with the irreversible merge',
    to: DAI.keep, date: rfcDate('2026-05-14 05:17:48'), enc: 'jisb64',
    text: `林 大輔 様

正しい候補者IDのご連絡ありがとうございました。確認が取れましたので、次のとおり処理を予定しております。

  ${DAI.srcId}(${DAI.src}) → ${DAI.keepId}(${DAI.keep})

処理後は統合元のアカウントにはサインインできなくなり、元の状態に戻すこともできません。
問題なければ、本メールに「同意します」とご返信ください。ご返信を確認後、作業を開始いたします。

${SIG_JA('Ayaka')}

--------------- 元のメッセージ ---------------
差出人: ${DAI.keep}
送信日時: 2026/05/13 21:14
宛先: ${SUPPORT_BARE}
件名: Re: ${formSubject(CASE.dai)}

正しいIDは ${DAI.srcId} でした。失礼しました。
林`,
  }),
  sup({
    slug: 'ja-conf-yui-phish', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui, trusted: false,
    note: 'asks to consent to the merge via a link; sender domain is a look-alike (amazon-aws-support.jp)',
    from: 'AWS 認定サポート <support@amazon-aws-support.jp>', to: YUI.keep, date: rfcDate('2026-06-04 10:02:12', '+0900'), enc: 'utf8qp',
    text: `小林様

アカウント統合の最終確認です。統合は取り消しできません。
48時間以内に下記リンクから同意手続きを完了してください。期限を過ぎると申請は無効になります。

https://amazon-aws-support.jp/merge/consent?case=${CASE.yui}

AWS 認定サポート`,
  }),
  sup({
    slug: 'ja-conf-ken-short', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken2,
    note: 'short request: the source ID goes into the kept ID; reply if that is fine',
    to: KEN.keep, date: rfcDate('2026-09-16 07:40:05'), enc: 'sjisb64',
    text: `中村様

ご記入ありがとうございました。
${KEN.srcId} を ${KEN.keepId} へ統合いたします。よろしければ本メールにご返信ください。
(一度統合すると分割はできませんのでご注意ください)

Takumi
AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-conf-yui-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'Japanese consent request with an English irreversibility notice',
    to: YUI.keep, date: rfcDate('2026-06-04 01:33:41'), enc: 'utf8qp', qpw: 60,
    text: `小林 結衣 様

いただいた情報で確認が取れました。
大学アドレスのアカウント(${YUI.srcId})の認定を、個人アドレスのアカウント(${YUI.keepId})へ移行する手続きに進みます。

Please note: this action is permanent and cannot be reversed.

実施してよろしいでしょうか。ご返信をお待ちしております。

${SIG_JA('Mei')}`,
  }),
  sup({
    slug: 'ja-conf-misaki-reminder', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'follow-up still asking for the customer\'s consent to the irreversible merge; no auto-close',
    to: MISAKI.keep, date: rfcDate('2026-04-27 03:12:09'), enc: 'sjisb64',
    text: `高橋様

先日お送りしたご案内について、まだご返信を確認できておりません。
${MISAKI.srcId} から ${MISAKI.keepId} への統合は実施後に取り消しができないため、お客様のご同意をいただいてから作業いたします。
ご同意いただけますでしょうか。お手すきの際にご返信ください。

${SIG_JA('Daiki S.')}`,
  }),
  sup({
    slug: 'ja-conf-dai-resent-team', kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai, forUser: false,
    note: 'consent request that the old company server re-sent to a team list (Resent-*): not delivered to the user',
    to: DAI.src, date: rfcDate('2026-05-14 05:17:50'), enc: 'jis7',
    resent: { from: 'mailer@startup.example.io', to: 'ops-team@startup.example.io', date: rfcDate('2026-05-14 14:18:02', '+0900') },
    text: `林 大輔 様

${DAI.srcId} の認定を ${DAI.keepId} に統合してよろしいでしょうか。
この処理は元に戻せません。ご同意の旨、ご返信ください。

AWS トレーニングと認定`,
  }),

  // ---------------- merge_completed ----------------
  sup({
    slug: 'ja-mc-ken-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'says the merge is done and asks the customer to check that everything looks right',
    to: KEN.keep, date: rfcDate('2026-03-13 09:21:37'), enc: 'jis7',
    text: `中村 健一 様

お待たせいたしました。
ご依頼いただいた認定アカウントの統合が完了いたしました。

統合先アカウント(${KEN.keepId})にサインインし、認定、試験履歴、特典が表示されていることをご確認ください。
表示に問題がある場合は、本ケースにご返信ください。

${SIG_JA('Haruka')}

${quote(`ご担当者様

ご連絡ありがとうございます。
ご案内いただいた内容で統合をお願いします。

中村`)}`,
  }),
  other({
    slug: 'ja-mc-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, trusted: true,
    note: 'certification portal notice that the accounts have been merged (no case ID)',
    from: PORTAL, to: MISAKI.keep, subject: 'AWS 認定: アカウントが統合されました', date: rfcDate('2026-04-28 10:05:00'), auth: 'pass', enc: 'utf8b64', hdr: 'utf8b',
    html: H('アカウント統合', `<h2 style="font-size:18px">アカウントが統合されました</h2>
<p>高橋 美咲 様</p>
<p>お客様の AWS 認定アカウント <b>${MISAKI.keepId}</b> に、別のアカウントの認定、試験履歴、特典が統合されました。今後はこのアカウントをご利用ください。</p>
${BUTTON('https://www.aws.training/certification', '認定アカウントにサインイン')}
<p style="font-size:11px;color:#687078">このメールは送信専用です。</p>`, 'ja'),
  }),
  sup({
    slug: 'ja-mc-misaki-andclose', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'merge completed and the case will now be closed: the new fact is the completion',
    to: MISAKI.keep, date: rfcDate('2026-04-28 09:58:12'), enc: 'jisb64',
    text: `高橋様

ご同意いただきありがとうございました。
本日、パートナー企業アカウントの認定を個人アカウントへ統合する作業が完了しました。
これをもちまして本ケースはクローズとさせていただきます。

${SIG_JA('Daiki S.')}`,
  }),
  sup({
    slug: 'ja-mc-dai-loanword', kind: 'merge_completed', lang: 'ja', caseId: CASE.dai,
    note: 'reports that the マージ was carried out, te-form sentence with IDs in between',
    to: DAI.keep, date: rfcDate('2026-05-15 11:47:20'), enc: 'utf8b64',
    text: `林様

${DAI.srcId} のデータを ${DAI.keepId} へマージしまして、処理は正常に終了しております。
SAA と DVA の両方が同じアカウントに表示されるはずです。念のためご確認いただけますと幸いです。

${SIG_JA('Ayaka')}

2026年5月14日(木) 15:02 林 大輔 <${DAI.keep}>:
> 同意します。よろしくお願いします。`,
  }),
  sup({
    slug: 'ja-mc-yui-forgedbelow', kind: 'merge_completed', lang: 'ja', caseId: CASE.yui, trusted: false,
    note: 'completion wording, but the dmarc=pass result sits below the server\'s own Received line',
    to: YUI.keep, date: rfcDate('2026-06-05 02:20:19'), auth: 'forgedBelow', enc: 'jis7',
    text: `小林様

アカウントの統合処理が完了しましたのでお知らせします。
統合後のアカウント: ${YUI.keepId}

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-mc-yui-badgelater', kind: 'merge_completed', lang: 'ja', caseId: CASE.yui,
    note: 'merge done; badges may take time and may need claiming, but the news is the completed merge',
    to: YUI.keep, date: rfcDate('2026-06-05 02:31:55'), enc: 'utf8qp',
    text: `小林 結衣 様

大変お待たせいたしました。${YUI.srcId} の認定(AWS Certified Cloud Practitioner)を ${YUI.keepId} に移し、2つのアカウントを1つにいたしました。

Credly のデジタルバッジが新しいアカウントの通知先アドレスに届くまで、最大で数日かかる場合があります。届いたメールからバッジを受け取ってください。

${SIG_JA('Mei')}`,
  }),
  sup({
    slug: 'ja-mc-ken2-gmailquote', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken2,
    note: 'completion notice above a Gmail-style Japanese quote of the customer\'s consent',
    to: KEN.keep, date: rfcDate('2026-09-18 05:09:44'), enc: 'sjis8',
    text: `中村様

統合作業が完了しております。
今後は ${KEN.keepId} でサインインしてご利用ください。旧アカウントはご利用いただけません。

Takumi
AWS トレーニングと認定

2026年9月16日(水) 18:22 中村 健一 <${KEN.keep}>:
> お世話になっております。
> 統合の件、問題ありませんので進めてください。
> 中村`,
  }),
  sup({
    slug: 'ja-mc-misaki-lf', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, crlf: false,
    note: 'short note that the two accounts are now one (LF line ends)',
    to: MISAKI.keep, date: rfcDate('2026-04-28 10:02:44'), enc: 'utf88bit',
    text: `高橋様

統合が終わりました。個人アカウント ${MISAKI.keepId} に全ての認定がまとまっています。
ご不明点があればお知らせください。

Daiki S.`,
  }),

  // ---------------- badges_transferred ----------------
  other({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true,
    note: 'Credly notice of an AWS-issued badge with the 「バッジを入手する」 button',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-03-16 14:02:31'), auth: 'pass', enc: 'utf8qp', wholeSubject: true,
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/aws-saa.png" width="170" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td><p>中村 健一 様</p>
<p>Amazon Web Services Training and Certification から、新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。</p></td></tr>
<tr><td align="center"><a href="https://www.credly.com/earner/earned/badge/7f3c2a10" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを入手する</a></td></tr>
<tr><td style="font-size:11px;color:#777">${esc(CREDLY_FOOTER_JA).replace(/\n/g, '<br>')}</td></tr>
</table></td></tr></table></body></html>`,
  }),
  sup({
    slug: 'ja-badge-support-moved-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support says the Credly badges were moved to the kept account and closes the case',
    to: KEN.keep, date: rfcDate('2026-03-18 06:40:02'), enc: 'jis7',
    text: `中村様

ご連絡ありがとうございます。
Credly のデジタルバッジについて、統合先アカウント(${KEN.keepId})の通知先アドレスへ移行いたしました。Credly にサインインし、バッジが表示されていることをご確認ください。

以上をもちまして本ケースはクローズいたします。

${SIG_JA('Haruka')}

> 統合ありがとうございました。ただ、Credlyのバッジが旧アドレスのままのようです。`,
  }),
  other({
    slug: 'ja-badge-credly-plural', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true,
    note: 'Credly notice that several AWS badges were (re)issued to the kept address',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certificationから3件のバッジが発行されました', date: rfcDate('2026-04-30 18:15:40'), auth: 'pass', enc: 'jisb64',
    text: `高橋 美咲 様

Amazon Web Services Training and Certification から、次の3件のバッジが発行されました。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect - Associate
・AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned

${CREDLY_FOOTER_JA}`,
  }),
  sup({
    slug: 'ja-badge-support-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.dai,
    note: 'support reports the badges were re-issued to the kept account\'s address',
    to: DAI.keep, date: rfcDate('2026-05-19 04:26:13'), enc: 'utf8b64',
    text: `林様

お問い合わせの Credly バッジの件、統合先アカウントのメールアドレス ${DAI.keep} 宛てにバッジを再発行いたしました。
Credly から届くメールのリンクより、バッジの受け取りをお願いいたします。

${SIG_JA('Ayaka')}`,
  }),
  other({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'AWS badge notice shaped like Credly, but from a look-alike domain with no authentication results',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notice.com>', to: YUI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-06-06 08:12:00'), auth: 'none', enc: 'utf8b64',
    text: `小林 結衣 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Solutions Architect - Associate

バッジを入手する: https://credly-notice.com/accept?id=55120`,
  }),
  other({
    slug: 'ja-badge-credly-multipart', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true,
    note: 'Credly AWS badge notice (text + HTML), issued to the kept address',
    from: CREDLY_AWS, to: YUI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-06-07 00:44:18'), auth: 'pass', enc: 'jis7', htmlEnc: 'utf8qp',
    text: `小林 結衣 様

おめでとうございます。Amazon Web Services Training and Certification がバッジ「AWS Certified Cloud Practitioner」を発行しました。

バッジを入手する
https://www.credly.com/earner/earned/badge/c19e0b77

${CREDLY_FOOTER_JA}`,
    html: `<p>小林 結衣 様</p><p>おめでとうございます。Amazon Web Services Training and Certification がバッジ「AWS Certified Cloud Practitioner」を発行しました。</p><p><a href="https://www.credly.com/earner/earned/badge/c19e0b77" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを入手する</a></p><p style="font-size:11px">${esc(CREDLY_FOOTER_JA)}</p>`,
  }),
  sup({
    slug: 'ja-badge-support-ken2', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken2,
    note: 'support: the digital badge transfer to the kept account is complete',
    to: KEN.keep, date: rfcDate('2026-09-21 03:03:03'), enc: 'jisb64',
    text: `中村様

デジタルバッジの移管が完了しましたのでご報告いたします。
統合元アカウントで取得されたバッジも、現在は ${KEN.keepId} に紐づく Credly アカウントでご確認いただけます。

Takumi
AWS トレーニングと認定

差出人: 中村 健一 <${KEN.keep}>
送信日時: 2026年9月19日 10:12
件名: Re: ${formSubject(CASE.ken2)}
バッジだけまだ旧アドレスに残っています。移していただけますか。`,
  }),

  // ---------------- case_closed ----------------
  sup({
    slug: 'ja-cc-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup,
    note: 'the case has been marked resolved and closed',
    to: KEN.src, date: rfcDate('2026-03-21 01:10:10'), enc: 'jis7',
    text: `中村様

本ケース(${CASE.kenDup})は解決済みとしてクローズいたしました。
再度お問い合わせが必要な場合は、本メールにご返信いただくとケースが再開されます。

${SIG_JA('Haruka')}`,
  }),
  sup({
    slug: 'ja-cc-autoclose-reminder', kind: 'case_closed', lang: 'ja', caseId: CASE.yui,
    note: 'reminder that the case will close automatically in 3 days without a reply',
    to: YUI.keep, date: rfcDate('2026-06-09 00:00:31'), enc: 'utf8qp',
    text: `小林様

以前お送りしたメールについて、ご返信をお待ちしております。
3日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  sup({
    slug: 'ja-cc-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'closing notice that only restates the merge finished last week',
    to: MISAKI.keep, date: rfcDate('2026-05-06 02:22:41'), enc: 'jisb64',
    text: `高橋様

先週ご案内のとおり、アカウントの統合は4月28日に完了しております。
その後ご連絡がございませんので、本ケースはこれにてクローズさせていただきます。

${SIG_JA('Daiki S.')}`,
  }),
  other({
    slug: 'ja-cc-notify-html', kind: 'case_closed', lang: 'ja', caseId: CASE.dai, trusted: true,
    note: 'AWS Support notification that the case was resolved',
    from: AWS_NOTIFY, to: DAI.keep, subject: `ケース ${CASE.dai} は解決済みです`, date: rfcDate('2026-05-20 07:00:12'), auth: 'pass', enc: 'utf8qp', hdr: 'utf8b',
    html: H('ケース解決', `<p>林 大輔 様</p>
<p>サポートケース <b>${CASE.dai}</b> のステータスが「解決済み」に変更されました。</p>
<p>問題が解決していない場合は、14日以内にケースを再開できます。</p>
${BUTTON('https://support.aws.amazon.com/#/case/?displayId=' + CASE.dai, 'ケースを再開')}
<p style="font-size:11px;color:#687078">${esc(LEGAL_LONG_JA).replace(/\n/g, '<br>')}</p>`, 'ja'),
  }),
  sup({
    slug: 'ja-cc-dupcases', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup, trap: true,
    note: 'duplicate CASES were combined and this one is closed; not the account merge',
    to: KEN.keep, date: rfcDate('2026-03-11 03:45:00'), enc: 'sjisb64',
    text: `中村様

同じ内容のケースが2件作成されていたため、ケース ${CASE.ken} に統合いたしました。
本ケース(${CASE.kenDup})はクローズいたします。今後のやり取りは ${CASE.ken} にてお願いいたします。

${SIG_JA('Haruka')}`,
  }),
  sup({
    slug: 'ja-cc-sesonly', kind: 'case_closed', lang: 'ja', caseId: CASE.ken2, trusted: false,
    note: 'case closed notice; only an amazonses.com DKIM signature passes (not aligned), no dmarc',
    to: KEN.keep, date: rfcDate('2026-09-28 01:14:59'), auth: 'sesOnly', enc: 'jis7',
    text: `中村様

本ケースはクローズとなりました。
ご利用ありがとうございました。

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-cc-noreply-closed', kind: 'case_closed', lang: 'ja', caseId: CASE.dai,
    note: 'closed because the customer did not reply; reply to reopen',
    to: DAI.keep, date: rfcDate('2026-05-27 02:30:16'), enc: 'sjisb64',
    text: `林様

お問い合わせいただいていた件につきまして、一定期間ご返信がございませんでしたため、ケースをクローズさせていただきました。
引き続きサポートが必要な場合は、このメールにご返信いただければケースを再開いたします。

${SIG_JA('Ayaka')}`,
  }),

  // ---------------- support_reply ----------------
  sup({
    slug: 'ja-sr-thanks-confirming', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, handed to the team; the merge itself is not done yet',
    to: KEN.keep, date: rfcDate('2026-03-12 08:15:27'), enc: 'jis7',
    text: `中村様

ご確認いただきありがとうございます。
担当チームへ統合作業を依頼いたしました。完了まで数営業日お時間をいただく場合がございます。

${SIG_JA('Haruka')}`,
  }),
  sup({
    slug: 'ja-sr-future-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'future tense: will report once the merge has been completed',
    to: MISAKI.keep, date: rfcDate('2026-04-26 04:44:40'), enc: 'utf8b64',
    text: `高橋様

現在、関係部署にて確認を進めております。
統合が完了しましたら、改めてご連絡いたしますので、今しばらくお待ちください。

${SIG_JA('Daiki S.')}`,
  }),
  sup({
    slug: 'ja-sr-notyet', kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'negated: the merge has not been completed yet; status update only',
    to: YUI.keep, date: rfcDate('2026-06-04 23:50:02'), enc: 'jisb64',
    text: `小林様

お問い合わせありがとうございます。
> 統合はもう終わっていますか? ログインしても認定が1つしか見えません。

恐れ入りますが、現時点ではまだ統合は完了しておりません。技術チームで処理中ですので、完了次第お知らせいたします。

${SIG_JA('Mei')}`,
  }),
  sup({
    slug: 'ja-sr-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'asks the customer to write from the kept address, but asks for no data',
    to: DAI.src, date: rfcDate('2026-05-11 23:30:14'), enc: 'jis7',
    text: `林様

お問い合わせありがとうございます。
大変お手数ですが、本件は統合先として残すアカウントのメールアドレスかから、本ケースへご返信くださいますようお願いいたします。

${SIG_JA('Ayaka')}`,
  }),
  sup({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.ken2,
    note: 'escalated to a specialist team; status update',
    to: KEN.keep, date: rfcDate('2026-09-15 00:12:00'), enc: 'utf8qp',
    text: `中村様

いつもお世話になっております。
本件は社内の専門部署にエスカレーションいたしました。回答まで数日お時間を頂戴する見込みです。
進捗がございましたらご連絡いたします。

${SIG_JA('Takumi')}`,
  }),
  sup({
    slug: 'ja-sr-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'answers a voucher question; mentions the merge only conditionally',
    to: MISAKI.keep, date: rfcDate('2026-04-24 06:01:33'), enc: 'jis7',
    text: `高橋様

ご質問いただいた50%割引バウチャーについて回答いたします。
統合を行った場合でも、未使用のバウチャーは統合先アカウントの「特典」に引き継がれます。有効期限も変わりません。

ほかにご不明な点がございましたらお知らせください。

${SIG_JA('Daiki S.')}`,
  }),
  sup({
    slug: 'ja-sr-unable-exam', kind: 'support_reply', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'cannot merge now because an exam is booked on the source account (negated/blocked)',
    to: DAI.keep, date: rfcDate('2026-05-13 06:34:27'), enc: 'utf8b64',
    text: `林様

確認いたしましたところ、統合元アカウントに5月30日の試験予約が残っているため、現時点では統合を行うことができません。
受験後、スコアが反映されてから手続きを再開いたします。

${SIG_JA('Ayaka')}`,
  }),
  sup({
    slug: 'ja-sr-handover', kind: 'support_reply', lang: 'ja', caseId: CASE.yui,
    note: 'a new agent takes over and is still looking into it',
    to: YUI.keep, date: rfcDate('2026-06-03 09:09:09'), enc: 'sjis8', crlf: false,
    text: `小林様

本ケースを引き継ぎました担当の Mei と申します。
前任者からの内容を確認しておりますので、引き続きよろしくお願いいたします。

Mei
AWS トレーニングと認定`,
  }),

  // ---------------- unrelated ----------------
  other({
    slug: 'ja-u-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: true, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: KEN.keep, subject: 'サポートについてのアンケートのお願い', date: rfcDate('2026-03-22 00:30:00'), auth: 'pass', enc: 'utf8qp',
    html: H('アンケート', `<p>中村 健一 様</p>
<p>先日はケース ${CASE.ken} にてお問い合わせいただきありがとうございました。</p>
<p><b>問題は解決しましたか?</b> 今後のサービス向上のため、1分ほどのアンケートにご協力ください。</p>
${BUTTON('https://survey.aws.example/s?c=' + CASE.ken, 'アンケートに回答する')}`, 'ja'),
  }),
  other({
    slug: 'ja-u-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate('2026-05-02 13:40:00'), auth: 'pass', enc: 'jis7',
    text: `高橋 美咲 様

Microsoft から新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/a8e1

${CREDLY_FOOTER_JA}`,
  }),
  other({
    slug: 'ja-u-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, trap: true,
    note: 'Credly\'s own account-merge verification code, not the AWS certification merge',
    from: 'Credly <admin@credly.com>', to: DAI.keep, subject: 'Credly: アカウント統合の確認コード', date: rfcDate('2026-05-21 12:00:05'), auth: 'pass', enc: 'utf8b64',
    text: `林 大輔 様

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して、統合を完了してください。

確認コード: 482 913

お心当たりがない場合は、このメールを無視してください。

${CREDLY_FOOTER_JA}`,
  }),
  other({
    slug: 'ja-u-own-outlook-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'the user\'s own Outlook forward (work → personal) of support\'s completion mail',
    from: `${KEN.ja} <${KEN.src}>`, to: KEN.keep, subject: `FW: ${formSubject(CASE.ken)}`, date: rfcDate('2026-03-13 18:30:12', '+0900'), auth: 'pass', enc: 'jisb64',
    extra: ['Thread-Topic: [CASE] account-assistance', 'X-MS-Has-Attach:', 'X-Mailer: Microsoft Outlook 16.0'],
    text: `個人アドレスへ転送(控え)

${outlookJa(SUPPORT, '2026年3月13日 18:21', KEN.keep, formSubject(CASE.ken), `中村 健一 様

お待たせいたしました。
ご依頼いただいた認定アカウントの統合が完了いたしました。`)}`,
  }),
  other({
    slug: 'ja-u-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, trap: true,
    note: 'exam result mail from the portal ("認定アカウントで確認"), not part of the merge case',
    from: PORTAL, to: DAI.keep, subject: 'AWS 認定試験の結果が確認できるようになりました', date: rfcDate('2026-05-31 03:12:00'), auth: 'pass', enc: 'jis7',
    text: `林 大輔 様

先日受験された AWS Certified Developer - Associate 試験の結果が確定しました。
スコアレポートは、認定アカウントにサインインして「試験履歴」からご確認いただけます。

AWS トレーニングと認定`,
  }),
  other({
    slug: 'ja-u-summit-registered', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'event registration "完了" mail from an event office, not the merge',
    from: 'AWS Summit Japan 登録事務局 <regist@summit-event.example.jp>', to: YUI.keep, subject: '【AWS Summit Japan】ご登録が完了しました', date: rfcDate('2026-06-10 10:00:00', '+0900'), auth: 'pass', enc: 'sjisb64',
    text: `小林 結衣 様

AWS Summit Japan へのご登録が完了しました。
ご登録内容の確認・変更はマイページから行えます。

当日は会場受付で QR コードをご提示ください。

AWS Summit Japan 登録事務局
(本メールは送信専用です)`,
  }),
  other({
    slug: 'ja-u-ooo-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'out-of-office auto reply from a former colleague',
    from: COLLEAGUE_JA, to: KEN.keep, subject: `自動応答: Re: ${formSubject(CASE.ken)}`, date: rfcDate('2026-03-12 19:02:11', '+0900'), auth: 'pass', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `いつもお世話になっております。鈴木です。
3月12日〜3月16日は休暇のため不在にしております。
お急ぎの方は 情報システム部(it-helpdesk@oldcorp.example.co.jp)までご連絡ください。`,
  }),
  other({
    slug: 'ja-u-own-mobile-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.ken2, trusted: false, trap: true,
    note: 'the user\'s own consent reply from a phone, copied to himself: no news from support',
    from: `${KEN.ja} <${KEN.mobile}>`, to: SUPPORT_BARE, cc: KEN.keep, rcpt: KEN.keep, subject: `Re: ${formSubject(CASE.ken2)}`, date: rfcDate('2026-09-16 18:22:40', '+0900'), auth: 'none', enc: 'sjis8', crlf: false,
    text: `お世話になっております。
統合の件、問題ありませんので進めてください。
中村

--- Original ---
${KEN.srcId} を ${KEN.keepId} へ統合いたします。よろしければ本メールにご返信ください。`,
  }),
  other({
    slug: 'ja-u-own-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, forUser: false, trap: true,
    note: 'the user forwarding support\'s consent request to a colleague; addressed to someone else',
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: '佐々木 恵 <sasaki.megumi@partner.example.co.jp>', subject: `Fwd: ${formSubject(CASE.misaki)}`, date: rfcDate('2026-04-23 12:40:00', '+0900'), auth: 'pass', enc: 'utf8qp',
    text: `佐々木さん

前にお話ししたAWS認定の統合、サポートからこんな確認が来ました。
パートナーアカウントの方の認定はこっちに移しても社内の集計上問題ないでしょうか?

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年4月23日(木) 11:50
Subject: ${formSubject(CASE.misaki)}
To: <${MISAKI.keep}>

高橋様
ご協力ありがとうございます。この操作は取り消しできません。ご同意いただける場合は、その旨をご返信ください。`,
  }),
];

void HELPDESK_JA;
void paras;
