// Set dl, Japanese messages: support mail assembled from pasted portal labels,
// knowledge-base excerpts and macros, with one sentence of the agent's own.
import { rfcDate, type Msg } from './lib.js';
import {
  AFTER_JA, C, CREDLY_AWS, FAQ_BADGE_JA, FIELDS_JA, HELP, IRREV_JA, KB_TOOL_JA, KEN, MISAKI, NOREPLY, PORTAL, SHOT_JA,
  SUPPORT, SUPPORT_AWS, SUPPORT_JA, YUI, formSubj, html, mk, q, refTag, sfQuote,
} from './common.js';

const KEN_REQ = `AWS認定アカウントが2つあるので1つにまとめたいです。
残す方: ${KEN.keepId} / ${KEN.keep}
まとめる方: ${KEN.srcId} / ${KEN.src}
鈴木`;
const MISAKI_REQ = `お世話になっております。高橋です。
パートナー企業のアドレスで作った認定アカウント(${MISAKI.srcId})を、個人の ${MISAKI.keep} の方へ寄せていただけますでしょうか。`;
const YUI_REQ = `大学のメールアドレス(${YUI.src})で受験した分を、${YUI.keep} のアカウントにまとめてほしいです。
Candidate ID は ${YUI.keepId} と ${YUI.srcId} です。`;

const gmailHdr = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-ken-form', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-09 01:12:40', to: KEN.keep, from: NOREPLY,
    subject: `[CASE ${C.ken}] お問い合わせを受け付けました`,
    note: 'AWS Support automatic receipt with the case ID and a pasted copy of the form fields',
    text: `このメールは送信専用アドレスから自動で送られています。

ケース ID: ${C.ken}
件名: 認定アカウントについて
ステータス: 未対応

--- 送信されたフォームの内容 ---
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: ${KEN.keepId}
---

通常 24 時間以内に担当者よりご連絡します。
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-misaki-form', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, enc: 'sjis8', d: '2026-02-17 06:03:11', to: MISAKI.keep, from: SUPPORT_JA,
    subject: `[CASE ${C.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'receipt of the merge case: macro text, case number, do-not-open-a-second-case paste',
    text: `高橋 美咲 様

AWS トレーニングと認定カスタマーサポートにお問い合わせいただきありがとうございます。
お客様のリクエストはケース番号 ${C.misaki} として登録されました。

(定型文 FAQ-12 より)
すでにケースを作成済みの場合、同じご依頼で別のケースを作成しないでください。ケースが重複すると回答が遅れる原因になります。

このメールにご返信いただくと、同じケースに追記されます。
${refTag('Misk01')}`,
  }),
  mk({
    slug: 'ack-misaki-dup', kind: 'acknowledgement', lang: 'ja', caseId: C.misakiDup, enc: 'utf8b64', d: '2026-02-17 23:41:05', to: MISAKI.keep, from: SUPPORT_JA,
    subject: `[CASE ${C.misakiDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'second receipt: the user opened a duplicate merge case; still a receipt carrying its own case ID',
    text: `お問い合わせありがとうございます。
ケース ${C.misakiDup} を作成しました、担当者が順番に確認いたします。

▼ お待ちいただく間に
ナレッジセンター「認定アカウントのよくある質問」
https://support.example-kb.aws/certification/faq

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ack-yui-html', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, enc: 'utf8qp', d: '2026-03-02 04:20:33', to: YUI.keep, from: SUPPORT_AWS,
    subject: `ケースが作成されました: ${C.yui}`,
    note: 'receipt rendered from a portal template, Japanese with English field names, multipart',
    text: `伊藤 由衣 様

Case ID / ケース ID: ${C.yui}
Severity / 重要度: 一般的なご質問
Service / サービス: AWS Training and Certification
Category / カテゴリ: Certification - Account merge

上記の内容でサポートケースを受け付けました。
ケースの状況は「サポートセンター」→「ケース履歴」からいつでも確認できます。`,
    html: html(`伊藤 由衣 様

Case ID / ケース ID: ${C.yui}
Severity / 重要度: 一般的なご質問
Service / サービス: AWS Training and Certification
Category / カテゴリ: Certification - Account merge

上記の内容でサポートケースを受け付けました。
ケースの状況は「サポートセンター」→「ケース履歴」からいつでも確認できます。`),
  }),
  mk({
    slug: 'ack-ken-notopic', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, enc: 'jisb64', d: '2026-02-09 01:13:02', to: KEN.keep, from: SUPPORT_JA,
    subject: 'お問い合わせありがとうございます',
    note: 'bare receipt, topic never named, case ID only in the body',
    text: `お客様

このたびはお問い合わせいただき、誠にありがとうございます。
受付番号 ${C.ken} にて承りました。

担当より改めてご連絡いたしますので、今しばらくお待ちください。
※ 本メールは自動送信です。`,
  }),
  mk({
    slug: 'ack-phish-jp', kind: 'acknowledgement', lang: 'ja', caseId: '1780000123', enc: 'jis7', d: '2026-03-05 12:00:00', to: YUI.keep,
    from: 'AWS サポートセンター <no-reply@aws-support-center.jp>', trusted: false,
    subject: '[CASE 1780000123] お問い合わせを受け付けました',
    note: 'receipt-shaped mail from a look-alike domain (aws-support-center.jp): untrusted',
    text: `お問い合わせを受け付けました。ケース ID: 1780000123

ケースの進捗は以下のポータルからご確認ください。
「サインイン」→「ケースを表示」
http://aws-support-center.jp/case/1780000123

AWS サポート`,
  }),
  mk({
    slug: 'ack-yui-future', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, enc: 'sjisb64', d: '2026-03-02 04:21:10', to: YUI.keep, from: SUPPORT_JA, trap: true,
    subject: formSubj(C.yui).replace('RE:', ''),
    note: 'receipt; mentions a possible later request for information, which is not itself a request (trap)',
    text: `ケース番号 ${C.yui} でお問い合わせを承りました。

本受付メールへの返信は不要です。
内容によっては、担当者から統合に必要な情報(Candidate ID など)のご提示をお願いする場合がございます。その際はあらためてメールでご案内いたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-ken-tool', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', d: '2026-02-09 01:05:44', to: KEN.keep, from: NOREPLY,
    subject: 'お問い合わせへの自動回答',
    note: 'AI answer from the contact form: pasted KB steps and screenshot description for the Merge Accounts tool',
    text: `以下は、入力いただいた内容をもとに生成 AI が作成した回答です。

${KB_TOOL_JA}

${SHOT_JA}

この回答で解決しない場合は、画面下部の「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ai-misaki-faq', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', d: '2026-02-17 05:58:20', to: MISAKI.keep, from: NOREPLY, trap: true,
    subject: 'AWS サポート: 生成 AI による回答',
    note: 'AI answer pasting the badge FAQ (what happens to badges after a merge): words of badges moved, no event (trap)',
    text: `ご質問「会社のアカウントと個人のアカウントをまとめたい」への回答候補です。

${FAQ_BADGE_JA}

関連する記事:
・認定アカウントを統合する (KC-0417)
・Credly でバッジを受け取る (KC-0522)

※ 生成 AI の回答には誤りが含まれる可能性があります。`,
  }),
  mk({
    slug: 'ai-yui-steps', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', d: '2026-03-02 04:12:09', to: YUI.keep, from: SUPPORT_AWS,
    subject: 'ご質問への回答 (Amazon Q)',
    note: 'generated answer: try Profile > Merge Accounts first, then create a case',
    text: `Amazon Q より:
ご自身で統合できる場合があります。次の順にお試しください。

 手順1  認定ポータルにサインイン
 手順2  「プロフィール」→「アカウントを統合」
 手順3  もう一方のアカウントの Candidate ID を入力し「Merge Accounts」

${SHOT_JA}

ツールで「サポートにお問い合わせください」と表示された場合は、このページの「ケースを作成」から進んでください。`,
  }),
  mk({
    slug: 'ai-ken-after', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jisb64', d: '2026-02-08 14:30:51', to: KEN.src, from: NOREPLY, trap: true,
    subject: '自動回答: 認定アカウントの統合について',
    note: 'AI answer that pastes the after-merge checklist; explains what happens after a merge, no merge happened (trap)',
    text: `生成 AI による回答です。

AWS 認定アカウントの統合は、カスタマーサポートが作業を行います。統合が終わると、統合元アカウントの認定・特典は統合先に表示されます。

${AFTER_JA}

まだケースを作成していない場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ai-misaki-htmlonly', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', d: '2026-02-16 22:47:30', to: MISAKI.src, from: SUPPORT_AWS,
    subject: 'AI アシスタントからの回答',
    note: 'HTML-only AI suggestion with the Merge Accounts tool steps',
    html: `<html><body>
<p><b>AI アシスタントの回答</b></p>
<p>認定アカウントが複数ある場合は、次の手順でまとめられます。</p>
<ol>
<li>認定ポータルにサインイン</li>
<li>「プロフィール」から「アカウントを統合」を選択</li>
<li>「Candidate ID」を入力して「Merge Accounts」をクリック</li>
</ol>
<p><i>${SHOT_JA}</i></p>
<p>解決しましたか? <a href="https://support.example-kb.aws/feedback">はい</a> / <a href="https://support.example-kb.aws/create-case">いいえ、ケースを作成する</a></p>
</body></html>`,
  }),
  mk({
    slug: 'ai-forged-misaligned', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', d: '2026-03-06 03:10:00', to: YUI.keep, from: NOREPLY, auth: 'misaligned', trusted: false,
    subject: '自動回答: アカウントの統合',
    note: 'AI-answer-shaped mail whose DKIM is for a bulk sender and DMARC fails: untrusted',
    text: `生成 AI の回答:
認定アカウントの統合は「プロフィール」→「アカウントを統合」から行えます。
うまくいかない場合は、下記フォームから Candidate ID とパスワードを送信してください。
http://merge-accounts-help.example.net/form`,
  }),
  mk({
    slug: 'ai-yui-warn', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjisb64', d: '2026-03-02 04:13:40', to: YUI.keep, from: NOREPLY, trap: true,
    subject: 'ケースを作成する前に: 自動回答',
    note: 'automated answer quoting the irreversibility warning and post-merge facts; no event (trap)',
    text: `ケースを作成する前に、以下の自動回答をご確認ください。

${IRREV_JA}
統合が完了すると、統合元のメールアドレスではサインインできなくなります。

${KB_TOOL_JA}`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'info-ken-fields', kind: 'info_request', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-10 02:44:18', to: KEN.keep,
    subject: formSubj(C.ken),
    note: 'pasted list of required fields plus one sentence asking for them',
    text: `鈴木 健一 様

お問い合わせありがとうございます。AWS トレーニングと認定の山本です。

${FIELDS_JA}

お手数ですが、上記をこのメールへの返信でお送りいただけますでしょうか。

${sfQuote(KEN.keep, '2026/02/09 1:12', SUPPORT.replace(/^.*</, '').replace('>', ''), '認定アカウントについて', KEN_REQ)}`,
  }),
  mk({
    slug: 'info-misaki-keep', kind: 'info_request', lang: 'ja', caseId: C.misaki, enc: 'sjis8', d: '2026-02-18 07:15:52', to: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'asks which account remains, with a pasted screen path for finding the Candidate ID',
    text: `高橋様

ご連絡ありがとうございます。
どちらのアカウントを残すご希望か、Candidate ID と合わせてお知らせいただけますと幸いです。

Candidate ID の確認場所:
「プロフィール」→「個人情報」→ 画面上部「Candidate ID: AWS から始まる番号」
${SHOT_JA.replace('「アカウントを統合」画面', 'プロフィール画面')}

AWS トレーニングと認定
${refTag('Misk02')}

${gmailHdr('2026年2月17日(火) 15:02', '高橋 美咲', MISAKI.keep)}
${q(MISAKI_REQ)}`,
  }),
  mk({
    slug: 'info-yui-confirmword', kind: 'info_request', lang: 'ja', caseId: C.yui, enc: 'utf8b64', d: '2026-03-03 09:05:27', to: YUI.keep, trap: true,
    subject: formSubj(C.yui),
    note: 'asks the user to check and send the kept account\'s address (「ご確認のうえお知らせください」): info request worded like a confirmation (trap)',
    text: `伊藤様

ご依頼内容を拝見しました、統合先として登録されているメールアドレスを念のためご確認のうえ、お知らせください。
(ポータルの「プロフィール」→「連絡先」に表示されているアドレスです)

以上、よろしくお願いいたします。
佐々木`,
  }),
  mk({
    slug: 'info-ken-notif', kind: 'info_request', lang: 'ja', caseId: C.ken, enc: 'jisb64', d: '2026-02-11 05:30:00', to: KEN.keep,
    subject: formSubj(C.ken),
    note: 'second exchange: asks for the certification notification email of each account, Outlook quote block below',
    text: `鈴木様

ご返信ありがとうございます。
あと一点、両アカウントの「認定通知用メールアドレス」も教えていただけますか。
画面上は「プロフィール」→「通知設定」→「Certification notification email」の欄です。

山本

差出人: 鈴木 健一 <${KEN.keep}>
送信日時: 2026年2月10日 19:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: Re: ${formSubj(C.ken)}

残す方: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})
よろしくお願いします。`,
  }),
  mk({
    slug: 'info-misaki-fromkeep', kind: 'info_request', lang: 'ja', caseId: C.misaki, enc: 'sjisb64', d: '2026-02-19 01:48:36', to: MISAKI.src, cc: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'asks her to write from the kept address and to include both Candidate IDs: asks for data, so info_request',
    text: `高橋 様

セキュリティ上の理由から、統合先アカウントのメールアドレス(${MISAKI.keep})から、両方の Candidate ID を記載してご返信いただく必要がございます。

(マクロ: 本人確認のお願い)
・送信元: 統合先アカウントに登録されたアドレス
・本文: 統合元/統合先の Candidate ID

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-yui-shot', kind: 'info_request', lang: 'ja', caseId: C.yui, enc: 'utf8qp', d: '2026-03-04 06:22:14', to: YUI.keep,
    subject: formSubj(C.yui),
    note: 'asks for screenshots of the Certifications tab of both accounts; multipart',
    text: `伊藤 由衣 様

両方のアカウントで「認定」タブを開いた画面のスクリーンショットを、それぞれ添付してお送りくださいますようお願い申し上げます。

例: [画像: 「認定」タブ。認定名・取得日・有効期限の一覧]

AWS トレーニングと認定 サポート`,
    html: html(`伊藤 由衣 様

両方のアカウントで「認定」タブを開いた画面のスクリーンショットを、それぞれ添付してお送りくださいますようお願い申し上げます。

例: [画像: 「認定」タブ。認定名・取得日・有効期限の一覧]

AWS トレーニングと認定 サポート`),
  }),
  mk({
    slug: 'info-ken-forgedbelow', kind: 'info_request', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-10 11:11:11', to: KEN.keep, auth: 'forgedBelow', trusted: false,
    subject: formSubj(C.ken),
    note: 'asks for IDs and the password; its dmarc=pass header sits below the server\'s Received line: untrusted',
    text: `鈴木様

統合作業のため、以下をご返信ください。
${FIELDS_JA}
・統合元アカウントのパスワード

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-misaki-digits', kind: 'info_request', lang: 'ja', caseId: C.misaki, enc: 'utf8qp', d: '2026-02-20 03:37:49', to: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'the ID she sent is one digit short; asks for the correct Candidate ID',
    text: `高橋様

ご返信ありがとうございます。頂戴した統合元の ID「AWS2664901」ですが、桁が 1 つ足りないようで、該当アカウントが見つかりませんでした。
正しい Candidate ID(AWS + 8 桁)を再度お送り願えますか。

--
AWS トレーニングと認定 カスタマーサポート
${refTag('Misk03')}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'conf-ken-irrev', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-12 03:02:55', to: KEN.keep,
    subject: formSubj(C.ken),
    note: 'pasted irreversibility warning plus the agent asking for consent by reply',
    text: `鈴木様

情報のご提供ありがとうございました。

${IRREV_JA}

統合元: ${KEN.srcId}
統合先: ${KEN.keepId}

上記をご了承いただけるようでしたら、統合を進めてよいか本メールにご返信ください。

山本`,
  }),
  mk({
    slug: 'conf-misaki-macro', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, enc: 'sjis8', d: '2026-02-21 08:10:03', to: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'macro summary of the merge; asks her to reply 「同意します」 before it runs',
    text: `高橋様

[統合内容の最終確認]
統合元 Candidate ID: ${MISAKI.srcId}(${MISAKI.src})
統合先 Candidate ID: ${MISAKI.keepId}(${MISAKI.keep})
移行対象: 認定 2 件、特典 1 件

この内容で実行して差し支えなければ、「同意します」とだけご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-yui-badgefaq', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, enc: 'utf8b64', d: '2026-03-05 02:18:44', to: YUI.keep, trap: true,
    subject: formSubj(C.yui),
    note: 'asks consent to the irreversible merge; also pastes the badge FAQ (badge words, not the badge event: trap)',
    text: `伊藤様

お待たせしました。統合の準備が整っております、元に戻せない操作のため、実行してよいかどうか、ご返信でお知らせください。

ご参考(よくある質問より):
${FAQ_BADGE_JA}

佐々木`,
  }),
  mk({
    slug: 'conf-ken-final', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, enc: 'jisb64', d: '2026-02-12 22:40:19', to: KEN.keep,
    subject: `Re: ${formSubj(C.ken)}`,
    note: 'after the notification addresses arrived, a final go/no-go question; Gmail quote below',
    text: `鈴木様

通知用アドレスの件、承知しました。
実行前の最終確認となります、統合元アカウント ${KEN.srcId} は統合後にサインインできなくなりますが、よろしいでしょうか。問題なければその旨ご返信ください。

山本

${gmailHdr('2026年2月12日(木) 20:11', '鈴木 健一', KEN.keep)}
${q('通知用は両方とも ' + KEN.keep + ' にしてあります。')}`,
  }),
  mk({
    slug: 'conf-misaki-html', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, enc: 'utf8qp', d: '2026-02-21 08:11:30', to: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'HTML-only consent request with a pasted warning box',
    html: `<html><body>
<p>高橋 美咲 様</p>
<table border="1" cellpadding="6"><tr><td style="background:#fff3cd">${IRREV_JA}</td></tr></table>
<p>上記の点にご同意いただける場合は、このメールに「統合に同意します」とご返信ください。ご返信を確認後、作業を開始いたします。</p>
<p>AWS トレーニングと認定<br>${refTag('Misk04')}</p>
</body></html>`,
  }),
  mk({
    slug: 'conf-yui-short', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, enc: 'sjisb64', d: '2026-03-05 09:55:02', to: YUI.keep,
    subject: `RE: ${formSubj(C.yui)}`,
    note: 'short consent request over a quoted mobile reply',
    text: `伊藤様
ありがとうございます。では ${YUI.srcId} を ${YUI.keepId} へまとめる形で、ご承諾のお返事をいただけますか。取り消しはできませんのでご留意ください。
佐々木

> 残すのは yui.ito の方でお願いします
> iPhoneから送信`,
  }),
  mk({
    slug: 'conf-ken-resent', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-12 03:02:55', to: KEN.src, forUser: false,
    resent: { from: 'postmaster@formerco.example.co.jp', to: 'it-helpdesk@formerco.example.co.jp', date: rfcDate('2026-02-12 12:30:00', '+0900') },
    subject: formSubj(C.ken),
    note: 'consent request sent to the old company address and redirected by its server (Resent-*): not delivered to the user',
    text: `鈴木様

${IRREV_JA}
統合してよろしいか、ご返信にてお知らせください。

山本`,
  }),
  mk({
    slug: 'conf-misaki-dmarcfail', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, enc: 'utf8b64', d: '2026-02-21 10:00:00', to: MISAKI.keep, auth: 'fail', trusted: false,
    subject: formSubj(C.misaki),
    note: 'consent request whose From is the support address but dmarc=fail: untrusted',
    text: `高橋様

統合を実行してよろしいですか。ご同意いただける場合は、下記リンクからサインインして「同意する」を押してください。
http://aws-merge-consent.example.org/agree

AWS トレーニングと認定`,
  }),

  // ---------------- merge_completed (9) ----------------
  mk({
    slug: 'done-ken', kind: 'merge_completed', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-13 06:25:40', to: KEN.keep,
    subject: formSubj(C.ken),
    note: 'one agent sentence (merge done today) above the pasted after-merge checklist',
    text: `鈴木様

本日、${KEN.srcId} を ${KEN.keepId} へ統合いたしました。

${AFTER_JA}

山本`,
  }),
  mk({
    slug: 'done-misaki-close', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, enc: 'sjis8', d: '2026-02-23 02:14:09', to: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'merge finished and the case will be closed: the new fact is the merge',
    text: `高橋様

ご依頼いただいたアカウントの統合作業が完了しました、本ケースはこのままクローズさせていただきます。

(テンプレート: 統合後の確認)
「認定」タブ → 統合元の認定が並んでいること
「特典」タブ → バウチャーが表示されていること

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'done-yui-badgesoon', kind: 'merge_completed', lang: 'ja', caseId: C.yui, enc: 'utf8b64', d: '2026-03-06 05:41:57', to: YUI.keep, trap: true,
    subject: formSubj(C.yui),
    note: 'merge done; badges only promised for later via the pasted FAQ (badge words are a trap)',
    text: `伊藤様

ご承諾ありがとうございました。先ほど、統合元 ${YUI.srcId} の内容を ${YUI.keepId} に統合しております。

${FAQ_BADGE_JA}

佐々木`,
  }),
  mk({
    slug: 'done-portal-ja', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'jisb64', d: '2026-02-13 06:31:02', to: KEN.keep, from: PORTAL,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    note: 'the certification portal\'s own notice that the accounts were merged (no case ID)',
    text: `鈴木 健一 様

お客様の AWS 認定アカウントは統合されました。

統合されたアカウント: ${KEN.srcId}
現在のアカウント: ${KEN.keepId}

今後は「サインイン」から現在のアカウントをご利用ください。
AWS Certification`,
  }),
  mk({
    slug: 'done-certmetrics', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8qp', d: '2026-02-23 02:20:00', to: MISAKI.keep,
    from: 'AWS Certification <noreply@certmetrics.com>', trusted: false,
    subject: 'アカウント統合のお知らせ',
    note: 'portal (CertMetrics) merge notice: merge_completed, but certmetrics.com is not a trusted domain',
    text: `高橋 美咲 様

認定アカウント ${MISAKI.srcId} は ${MISAKI.keepId} に統合されました。
画面右上の「プロフィール」で内容をご確認いただけます。`,
    html: html(`高橋 美咲 様

認定アカウント ${MISAKI.srcId} は ${MISAKI.keepId} に統合されました。
画面右上の「プロフィール」で内容をご確認いただけます。`),
  }),
  mk({
    slug: 'done-ken-mobile', kind: 'merge_completed', lang: 'ja', caseId: C.ken, enc: 'sjisb64', d: '2026-02-13 06:26:12', to: KEN.keep,
    subject: `RE: ${formSubj(C.ken)}`,
    note: 'short completion note over an Outlook-style quote of the user\'s consent',
    text: `鈴木様、統合済みです。ポータルでサインインし直していただくと、統合元の認定も表示されるはずです。
山本

-----Original Message-----
From: 鈴木 健一 <${KEN.keep}>
Sent: Friday, February 13, 2026 9:02 AM
Subject: Re: ${formSubj(C.ken)}

問題ありません、統合をお願いします。`,
  }),
  mk({
    slug: 'done-yui-teform', kind: 'merge_completed', lang: 'ja', caseId: C.yui, enc: 'utf8qp', d: '2026-03-06 05:40:00', to: YUI.keep,
    subject: formSubj(C.yui),
    note: 'completion told in one te-form sentence with IDs in between',
    text: `伊藤様

ご同意いただいた内容で作業を行い、統合元 ${YUI.srcId} の認定 2 件は ${YUI.keepId} 側へ移し終えております。
「試験履歴」にも過去の受験記録が出ているかと存じます。

佐々木`,
  }),
  mk({
    slug: 'done-forged-lookalikemx', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, enc: 'jis7', d: '2026-02-22 09:00:00', to: MISAKI.keep, auth: 'lookalikeServer', trusted: false,
    subject: formSubj(C.misaki),
    note: 'completion notice whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    text: `高橋様

アカウントの統合が完了しました。
特典バウチャーを受け取るには、以下から再サインインしてください。
http://aws-voucher-claim.example.biz/`,
  }),
  mk({
    slug: 'done-misaki-mixed', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, enc: 'utf8b64', d: '2026-02-23 02:15:44', to: MISAKI.keep,
    subject: `RE: ${formSubj(C.misaki)}`,
    note: 'English macro boilerplate around a Japanese agent sentence saying the merge is done',
    text: `Hello,

高橋様、統合が終わりました。以降は ${MISAKI.keep} でサインインしてください。

Thank you for contacting AWS Training and Certification.
Was this response helpful? Click here to rate: https://support.example-kb.aws/rate

Best regards,
AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'badge-credly-ken', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', d: '2026-02-15 18:04:31', to: KEN.keep, from: CREDLY_AWS, relay: 'em.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued by Credly to the kept address',
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Solutions Architect - Associate

「バッジを入手する」を押して受け取ってください。
https://www.credly.com/earner/earned/badge/7c1e0a52`,
    html: html(`鈴木 健一 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Solutions Architect - Associate

[バッジを入手する] https://www.credly.com/earner/earned/badge/7c1e0a52`),
  }),
  mk({
    slug: 'badge-support-ken', kind: 'badges_transferred', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-16 04:48:13', to: KEN.keep,
    subject: formSubj(C.ken),
    note: 'support says the Credly badges were re-pointed to the kept address, with a pasted Credly help snippet',
    text: `鈴木様

お問い合わせの Credly バッジですが、統合先のメールアドレス(${KEN.keep})に付け替えました。

(Credly ヘルプより)
受け取り済みのバッジは「ダッシュボード」→「バッジ」に表示されます。

山本`,
  }),
  mk({
    slug: 'badge-support-misaki-close', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, enc: 'sjis8', d: '2026-02-26 07:30:22', to: MISAKI.keep,
    subject: formSubj(C.misaki),
    note: 'badges moved and the case closes: badges_transferred',
    text: `高橋様

デジタルバッジ 2 件の移行が済みましたので、本ケースをクローズいたします。
Credly にサインインし、「バッジ」一覧をご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'badge-credly-yui-html', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', d: '2026-03-08 11:12:40', to: YUI.keep, from: CREDLY_AWS, relay: 'em.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'HTML-only AWS badge mail from Credly',
    html: `<html><body>
<p>伊藤 由衣 様</p>
<p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/a913bb04" style="background:#0b6bcb;color:#fff;padding:8px">バッジを入手する</a></p>
</body></html>`,
  }),
  mk({
    slug: 'badge-support-yui', kind: 'badges_transferred', lang: 'ja', caseId: C.yui, enc: 'jisb64', d: '2026-03-09 03:33:08', to: YUI.keep,
    subject: `RE: ${formSubj(C.yui)}`,
    note: 'support moved the two badges on Credly; pasted screenshot description',
    text: `伊藤様

Credly 上で、統合元の 2 件のバッジを ${YUI.keep} 宛てに再発行いたしました。

[画像: Credly の「バッジ」画面。AWS のバッジ 2 件が「承認待ち」で並んでいる]

佐々木`,
  }),
  mk({
    slug: 'badge-forged-credly-i', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', d: '2026-02-16 09:00:00', to: KEN.keep,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', relay: 'mail.credIy.com', trusted: false,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge mail from credIy.com (capital I): look-alike, untrusted',
    text: `鈴木 健一 様

新しいバッジが発行されました。「バッジを入手する」からログインしてください。
http://credIy.com/accept`,
  }),
  mk({
    slug: 'badge-credly-misaki', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', d: '2026-02-26 07:35:10', to: MISAKI.keep, from: CREDLY_AWS, relay: 'em.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge re-issued to the kept address via Credly',
    text: `高橋 美咲 様

AWS Certified Developer - Associate のバッジが届いています。
受け取るには「バッジを入手する」を押してください。

Credly チーム`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'closed-ken-auto', kind: 'case_closed', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-11 02:00:00', to: KEN.keep, from: NOREPLY,
    subject: `[CASE ${C.ken}] ご返信をお待ちしています`,
    note: 'reminder: the case closes automatically in 3 days without a reply',
    text: `ケース ${C.ken} について、担当者からの問い合わせにまだご返信がありません。
3 日以内にご返信がない場合、ケースは自動的にクローズされます。

ケースを表示: 「サポートセンター」→「ケース」→ ${C.ken}`,
  }),
  mk({
    slug: 'closed-misaki-dup', kind: 'case_closed', lang: 'ja', caseId: C.misakiDup, enc: 'sjis8', d: '2026-02-18 07:20:10', to: MISAKI.keep,
    subject: formSubj(C.misakiDup),
    note: 'the duplicate case is closed; work continues on the other case',
    text: `高橋様

同じご依頼でケースが 2 件作成されておりましたので、こちらのケース ${C.misakiDup} はクローズいたします。
今後のやり取りはケース ${C.misaki} にてお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-yui-restate', kind: 'case_closed', lang: 'ja', caseId: C.yui, enc: 'sjis8', d: '2026-03-13 04:10:49', to: YUI.keep, trap: true,
    subject: formSubj(C.yui),
    note: 'closing notice that only restates last week\'s merge (trap)',
    text: `伊藤様

先週ご案内いたしましたとおり、アカウントの統合は済んでおりますので、本ケースはクローズとさせていただきます。

佐々木`,
  }),
  mk({
    slug: 'closed-ken-resolved', kind: 'case_closed', lang: 'ja', caseId: C.ken, enc: 'jisb64', d: '2026-02-20 00:00:05', to: KEN.keep, from: NOREPLY,
    subject: `ケース ${C.ken} は解決済みになりました`,
    note: 'AWS Support notification: case set to resolved',
    text: `ケース ${C.ken} のステータスが「解決済み」に変更されました。

再開が必要な場合は、「ケースを表示」→「再開」を選択してください。
Amazon Web Services`,
  }),
  mk({
    slug: 'closed-misaki-html', kind: 'case_closed', lang: 'ja', caseId: C.misaki, enc: 'utf8qp', d: '2026-03-01 00:00:00', to: MISAKI.keep, from: NOREPLY,
    subject: `[CASE ${C.misaki}] ケースはクローズされました`,
    note: 'closed notification, multipart',
    text: `ケース ${C.misaki} はクローズされました。
ご不明な点がある場合は、新しいケースを作成してください。`,
    html: html(`ケース ${C.misaki} はクローズされました。
ご不明な点がある場合は、新しいケースを作成してください。`),
  }),
  mk({
    slug: 'closed-yui-fields-reminder', kind: 'case_closed', lang: 'ja', caseId: C.yui, enc: 'utf8b64', d: '2026-03-11 01:22:30', to: YUI.keep, trap: true,
    subject: formSubj(C.yui),
    note: 'will-close-in-7-days reminder that re-pastes the field list (info words: trap)',
    text: `伊藤様

先日のお願いについてご返信がまだのようです。7 日後に本ケースは自動でクローズされますのでご承知おきください。

(再掲)
${FIELDS_JA}

佐々木`,
  }),
  mk({
    slug: 'closed-forged-otheronly', kind: 'case_closed', lang: 'ja', caseId: C.ken, enc: 'sjisb64', d: '2026-02-19 08:00:00', to: KEN.keep, auth: 'otherOnly', trusted: false,
    subject: formSubj(C.ken),
    note: 'closing notice with only a foreign authserv-id (mx.google.com) verdict: untrusted',
    text: `鈴木様

本ケースはクローズされました。再開するには以下からサインインしてください。
http://aws-case-reopen.example.info/`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'reply-ken-escalate', kind: 'support_reply', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-10 09:41:26', to: KEN.keep,
    subject: formSubj(C.ken),
    note: 'status: handed to the specialist team, with a pasted KB paragraph',
    text: `鈴木様

本件、担当の専門チームへエスカレーションいたしました。

(ナレッジセンターより)
両方のアカウントに認定履歴がある場合は、「アカウントを統合」ツールではなく、サポートでの対応となります。

山本`,
  }),
  mk({
    slug: 'reply-misaki-thanks', kind: 'support_reply', lang: 'ja', caseId: C.misaki, enc: 'sjis8', d: '2026-02-21 23:58:07', to: MISAKI.keep, trap: true,
    subject: formSubj(C.misaki),
    note: 'thanks for confirming, passed to the team (confirmation words, not a request: trap)',
    text: `高橋様

ご確認とご同意のお返事をありがとうございます。担当部署へ引き継ぎましたので、作業完了まで今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'reply-yui-future', kind: 'support_reply', lang: 'ja', caseId: C.yui, enc: 'utf8b64', d: '2026-03-05 12:44:51', to: YUI.keep, trap: true,
    subject: formSubj(C.yui),
    note: '「統合が完了しましたら」: future, not the event (trap)',
    text: `伊藤様

お返事を受け取りました。統合が完了しましたら、改めてこちらからご連絡いたします。

${AFTER_JA}

佐々木`,
  }),
  mk({
    slug: 'reply-ken-notyet', kind: 'support_reply', lang: 'ja', caseId: C.ken, enc: 'jisb64', d: '2026-02-12 23:59:00', to: KEN.keep, trap: true,
    subject: formSubj(C.ken),
    note: 'negated: the merge is not finished yet (trap)',
    text: `鈴木様

お問い合わせの件、現時点では統合はまだ完了しておりません。作業の順番待ちとなっております。

山本`,
  }),
  mk({
    slug: 'reply-misaki-cannot', kind: 'support_reply', lang: 'ja', caseId: C.misaki, enc: 'sjisb64', d: '2026-02-20 10:12:12', to: MISAKI.keep, trap: true,
    subject: formSubj(C.misaki),
    note: 'cannot merge yet because an exam is booked on the source account; no request (trap)',
    text: `高橋様

統合元アカウントに予約中の試験があるため、現時点ではシステム上、統合を行うことができません。
予約済みの試験が終了した後に、こちらで改めて対応いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'reply-yui-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: C.yui, enc: 'utf8qp', d: '2026-03-02 22:30:00', to: YUI.src, cc: YUI.keep,
    subject: formSubj(C.yui),
    note: 'asks her to write again from the address she keeps, without asking for any data',
    text: `伊藤様

大学のアドレスからご連絡いただいておりますが、今後は残す方のメールアドレス(${YUI.keep})からお送りいただけますようお願いいたします。

佐々木

${gmailHdr('2026年3月3日(火) 7:01', '伊藤 由衣', YUI.src)}
${q('進捗はいかがでしょうか。')}`,
  }),
  mk({
    slug: 'reply-ken-dupcases', kind: 'support_reply', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-10 03:15:00', to: KEN.keep, trap: true,
    subject: formSubj(C.ken),
    note: 'merged duplicate support cases, not accounts (trap)',
    text: `鈴木様

同じ内容のお問い合わせが 2 件届いておりましたので、ケースを 1 件に統合いたしました。以後はこのケース番号でご返信ください。

山本`,
  }),
  mk({
    slug: 'reply-misaki-badgehowto', kind: 'support_reply', lang: 'ja', caseId: C.misaki, enc: 'utf8b64', d: '2026-02-24 04:05:33', to: MISAKI.keep, trap: true,
    subject: formSubj(C.misaki),
    note: 'answers how badges are received, pasting the FAQ; does not say they moved (trap)',
    text: `高橋様

バッジの受け取り方についてのご質問ですね、以下のよくある質問をご覧ください。

${FAQ_BADGE_JA}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'reply-yui-status', kind: 'support_reply', lang: 'ja', caseId: C.yui, enc: 'jis7', d: '2026-03-04 01:00:00', to: YUI.keep,
    subject: formSubj(C.yui),
    note: 'status: screenshots received, team is reviewing, 2 or 3 business days',
    text: `伊藤様

スクリーンショットを拝受しました。現在担当チームで内容を確認中で、2、3 営業日ほどお時間をいただく見込みです。

佐々木`,
  }),

  // ---------------- unrelated (11) ----------------
  mk({
    slug: 'un-help-faqdigest', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', d: '2026-02-25 00:30:00', to: KEN.keep, from: HELP, trap: true,
    subject: '今月のよくあるご質問: 認定アカウントの統合',
    note: 'help-centre newsletter pasting the same KB and badge FAQ, no event for this user (trap)',
    text: `AWS トレーニングと認定 ヘルプセンター通信

■ 今月のよくあるご質問
${KB_TOOL_JA}

${FAQ_BADGE_JA}

配信停止: https://aws.training/unsubscribe`,
    html: html(`AWS トレーニングと認定 ヘルプセンター通信

■ 今月のよくあるご質問
${KB_TOOL_JA}

${FAQ_BADGE_JA}

配信停止: https://aws.training/unsubscribe`),
  }),
  mk({
    slug: 'un-survey-ken', kind: 'unrelated', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-21 00:00:00', to: KEN.keep, from: 'AWS Support <aws-support-survey@amazon.com>', trap: true,
    subject: 'サポートについてのアンケート',
    note: 'survey ("was the case resolved?") about the merge case (trap)',
    text: `ケース ${C.ken} について、お問い合わせは解決しましたか?
[はい] [いいえ]

1 分で終わるアンケートにご協力ください。`,
  }),
  mk({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', d: '2026-02-27 13:00:00', to: MISAKI.keep, from: 'Microsoft via Credly <admin@credly.com>', relay: 'em.credly.com', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'a Credly badge from another issuer (trap)',
    text: `高橋 美咲 様

Microsoft から新しいバッジが発行されました: Microsoft Certified: Azure Fundamentals
「バッジを入手する」から受け取ってください。`,
  }),
  mk({
    slug: 'un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', d: '2026-03-09 06:00:00', to: YUI.keep, from: 'Credly <admin@credly.com>', relay: 'em.credly.com', trap: true,
    subject: 'Credly: アカウント統合の確認コード',
    note: 'Credly\'s own account-merge code mail (trap)',
    text: `Credly アカウントの統合をリクエストされました。
確認コード: 482913

「アカウント統合を完了」画面でこのコードを入力してください。心当たりがない場合は無視してください。`,
  }),
  mk({
    slug: 'un-user-consent-sent', kind: 'unrelated', lang: 'ja', caseId: C.ken, enc: 'jis7', d: '2026-02-13 09:02:00', tz: '+0900', to: 'aws-cs-trainingcertification-form@amazon.com', cc: KEN.keep,
    from: `鈴木 健一 <${KEN.keep}>`, auth: 'none', trusted: false, trap: true,
    subject: `Re: ${formSubj(C.ken)}`,
    note: 'the user\'s own consent reply (copy to self): no news from support (trap)',
    text: `山本様

問題ありません、統合をお願いします。

鈴木

${gmailHdr('2026年2月12日(木) 12:02', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
${q(IRREV_JA)}`,
  }),
  mk({
    slug: 'un-ooo-colleague', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', d: '2026-02-18 10:00:00', tz: '+0900', to: MISAKI.src,
    from: '田中 誠 <m.tanaka@partner.example.co.jp>', auth: 'none', trusted: false,
    extra: ['Auto-Submitted: auto-replied'],
    subject: '自動応答: 不在のお知らせ',
    note: 'a colleague\'s out-of-office auto-reply',
    text: `2 月 16 日から 2 月 20 日まで休暇のため不在にしております。
急ぎの件は チーム共有アドレスまでご連絡ください。

田中`,
  }),
  mk({
    slug: 'un-exam-case', kind: 'unrelated', lang: 'ja', caseId: C.kenExam, enc: 'jisb64', d: '2026-02-14 03:00:00', to: KEN.keep, from: SUPPORT_JA, trap: true,
    subject: `[CASE ${C.kenExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    note: 'receipt of the user\'s other case about rescheduling an exam (trap)',
    text: `お問い合わせを受け付けました。ケース番号 ${C.kenExam}
内容: 試験日程の変更(AWS Certified SysOps Administrator - Associate)

試験の再スケジュールは「試験登録」→「予約を管理」からも行えます。`,
  }),
  mk({
    slug: 'un-portal-notifmail', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjisb64', d: '2026-02-14 08:00:00', to: KEN.keep, from: PORTAL, trap: true,
    subject: 'AWS 認定: 通知用メールアドレスの変更が完了しました',
    note: 'portal notice that the notification address changed, not a merge (trap)',
    text: `鈴木 健一 様

「プロフィール」→「通知設定」の認定通知用メールアドレスの変更が完了しました。
心当たりがない場合は、すぐにサポートへご連絡ください。`,
  }),
  mk({
    slug: 'un-fwd-to-colleague', kind: 'unrelated', lang: 'ja', caseId: C.misaki, enc: 'utf8qp', d: '2026-02-23 13:30:00', tz: '+0900', to: '田中 誠 <m.tanaka@partner.example.co.jp>',
    from: `高橋 美咲 <${MISAKI.keep}>`, auth: 'none', trusted: false, forUser: false, trap: true,
    subject: `Fw: ${formSubj(C.misaki)}`,
    note: 'the user forwards support\'s completion mail to a colleague; her own mail, not to her (trap)',
    text: `田中さん

認定アカウント、統合できました!手順は下の通りです。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年2月23日(月) 11:14
Subject: ${formSubj(C.misaki)}

ご依頼いただいたアカウントの統合作業が完了しました。`,
  }),
  mk({
    slug: 'un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', d: '2026-03-01 02:00:00', to: YUI.keep, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', trap: true,
    subject: 'AWS Skill Builder: お支払い手続きが完了しました',
    note: 'Skill Builder subscription payment completed (completion words, trap)',
    text: `伊藤 由衣 様

AWS Skill Builder 個人サブスクリプションのお支払い手続きが完了しました。
「マイアカウント」→「サブスクリプション」で内容をご確認ください。`,
  }),
  mk({
    slug: 'un-teamlist-kb', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', d: '2026-02-20 10:15:00', tz: '+0900', to: 'cloud-team@partner.example.co.jp',
    from: '情報システム部 <it-info@partner.example.co.jp>', auth: 'none', trusted: false, forUser: false, trap: true,
    subject: '【周知】退職前に AWS 認定アカウントを個人アドレスへ統合してください',
    note: 'company IT notice to a team list pasting the KB; not to the user, not support (trap)',
    text: `各位

退職・異動の予定がある方は、会社アドレスで作成した AWS 認定アカウントを個人アドレスへ統合しておいてください。
統合が完了するとバッジも個人側に移ります。

${KB_TOOL_JA}

情報システム部`,
  }),
];

