// ct, Japanese part 1: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import {
  C, FORM, FORM_JA, FORM_ADDR, HARUKA, H_REQ, KEN, K_REQ, MAKOTO, M_REQ, NOREPLY, SUPPORT_NOTIFY,
  formSubj, gmailJa, html, jst, mk, outlookJa, sfQuote, thread, to,
} from './common.js';

const H = to(HARUKA.ja, HARUKA.keep);
const K = to(KEN.ja, KEN.keep);
const M = to(MAKOTO.ja, MAKOTO.keep);

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-h-merge', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'automatic receipt of the merge case, case ID in subject and body',
    from: NOREPLY, to: H, subject: `[CASE ${C.hMerge}] お問い合わせを受け付けました`, date: jst('2026-01-19 09:02:41'), enc: 'jis7',
    text: `木村 遥 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
下記の内容でケースを作成しました。

ケース ID: ${C.hMerge}
件名: 認定アカウントの統合について
ステータス: 未対応

担当者より通常 1 営業日以内にご連絡します。同じ内容で新しいケースを作成されますと、
対応が遅れる原因となりますのでご遠慮ください。

このメールは送信専用アドレスから送られています。
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-h-dup', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.hDup, trap: false,
    note: 'receipt of the second (duplicate) merge submission: still a merge-case receipt',
    from: NOREPLY, to: H, subject: `ケース ${C.hDup} を作成しました - AWS Training and Certification`, date: jst('2026-01-21 22:47:10'), enc: 'sjis8',
    text: `${HARUKA.ja} 様

以下のお問い合わせを承りました。

  ケース番号 ${C.hDup}
  カテゴリ    認定 > アカウントの統合
  受付日時    2026/01/21 22:47 JST

順番に確認しておりますので、回答まで今しばらくお待ちください。
なお、すでに同じご依頼でケースをお持ちの場合、そちらで対応を継続いたします。

-- 
Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ack-k-merge', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'merge-case receipt that lists what was submitted',
    from: NOREPLY, to: K, subject: `お問い合わせ受付のお知らせ [CASE ${C.kMerge}]`, date: jst('2026-02-02 12:30:05'), enc: 'utf8b64',
    text: `鈴木 健一 様

AWS トレーニングと認定カスタマーサービスです。お問い合わせを受け付けました。

■ ケース ID：${C.kMerge}
■ お問い合わせの種類：AWS トレーニングと認定
■ 問題の種類：認定 / アカウントの統合
■ ご入力内容：
${K_REQ}

回答はこのメールアドレス宛にお送りします。返信の際は件名を変えずにお送りください。`,
  }),
  mk({
    slug: 'ack-k-notopic', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.kVoucher, trap: false,
    note: 'bare receipt that says nothing of its topic (it is the voucher case ID, but the text cannot tell): read as acknowledgement',
    from: NOREPLY, to: K, subject: `[CASE ${C.kVoucher}] ケースを受け付けました`, date: jst('2026-02-03 08:14:52'), enc: 'jisb64',
    text: `いつも AWS をご利用いただきありがとうございます。

ケース ${C.kVoucher} をお受けしました。
担当者が内容を確認し、追ってご連絡いたします。

ケースの状況はサポートセンターからもご確認いただけます。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ack-m-merge', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'merge-case receipt, Japanese text over English boilerplate',
    from: SUPPORT_NOTIFY, to: M, subject: `AWS Support: ケース ${C.mMerge} が作成されました`, date: jst('2026-02-16 17:05:33'), enc: 'jisb64', hdr: 'jis', auth: 'dkimonly',
    text: `高橋 誠 様

ご依頼(認定アカウントのマージ)を受け付け、ケース ${C.mMerge} として登録しました。
24 時間以内を目安に、担当より返信いたします。

Case ID: ${C.mMerge}
Subject: Certification account merge
Severity: General guidance

Please do not reply to this message. To add information, use the link in the support center.`,
  }),
  mk({
    slug: 'ack-m-forged', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: C.mMerge, trap: false,
    note: 'receipt look-alike from aws-training-support.jp (not an AWS domain) with no authentication',
    from: 'AWS トレーニングと認定 <no-reply@aws-training-support.jp>', to: M, subject: `【受付完了】ケース ${C.mMerge} アカウント統合のお問い合わせ`, date: jst('2026-02-16 18:40:02'), enc: 'sjisb64', auth: 'none',
    text: `高橋様

アカウント統合のお問い合わせを受け付けました(ケース ${C.mMerge})。
本人確認のため、24時間以内に下記ページからサインインしてください。
https://aws-training-support.jp/verify

AWSトレーニングと認定 サポート窓口`,
  }),
  mk({
    slug: 'ack-h-html', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'HTML-only receipt from the support notification system for the merge case',
    from: SUPPORT_NOTIFY, to: H, subject: `ケースを受け付けました (ケース ID ${C.hMerge})`, date: jst('2026-01-19 09:03:12'), enc: 'utf8qp',
    html: html(`木村 遥 様

AWS サポートセンターにてケースが作成されました。

ケース ID: ${C.hMerge}
サービス: AWS Training and Certification
カテゴリ: アカウントの統合

ご返信はサポートセンターのケース画面から追加できます。
今後ともよろしくお願いいたします。`, 'ja'),
  }),
  mk({
    slug: 'ack-k-forgedbelow', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: C.kMerge, trap: false,
    note: 'receipt whose only dmarc=pass sits below the receiving server Received line: untrusted',
    from: NOREPLY, to: K, subject: `[CASE ${C.kMerge}] 受付のご連絡`, date: jst('2026-02-02 13:11:40'), enc: 'jis7', auth: 'forgedBelow',
    text: `鈴木様

お問い合わせ番号 ${C.kMerge} で受付いたしました。
内容を確認のうえ、担当からご連絡差し上げます。

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-h-tool', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'automated answer pointing to the self-service merge tool',
    from: FORM_JA, to: H, subject: `[CASE ${C.hMerge}] 自動回答: 認定アカウントの統合`, date: jst('2026-01-19 09:01:58'), enc: 'jis7',
    text: `このメッセージは AI により生成された回答です。

認定アカウントが 2 つある場合、多くはセルフサービスで統合できます。
1. 残したい方のアカウントで AWS 認定にサインイン
2. 「プロフィール」から「アカウントのマージ」を開く
3. もう一方のアカウントのメールアドレスを入力して手順に従う

両方のアカウントに受験履歴がある場合はツールが使えないことがあります。
その際はこのまま「ケースを作成」へお進みください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ai-h-after', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'AI answer that explains what happens after a merge: still ai_answer',
    from: FORM_JA, to: H, subject: `[CASE ${C.hMerge}] よくあるご質問からの回答`, date: jst('2026-01-19 09:02:05'), enc: 'sjis8',
    text: `※自動生成された案内です。担当者からの回答ではありません。

アカウントのマージ後、統合元の認定資格・受験履歴・特典(50% 割引バウチャー)は
統合先アカウントに表示されるようになります。Credly のデジタルバッジは、統合後に
統合先のメールアドレスで改めて受け取り手続きが必要になる場合があります。

マージツール: AWS 認定 > プロフィール > アカウントのマージ
解決しない場合は、このページから担当者へのケースを作成できます。`,
  }),
  mk({
    slug: 'ai-k-multipart', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'generated suggestion in multipart mail: try the Merge Accounts tool first',
    from: NOREPLY, to: K, subject: `AIアシスタントからのご提案 (ケース ${C.kMerge})`, date: jst('2026-02-02 12:29:40'), enc: 'utf8qp',
    text: `鈴木 健一 様

お問い合わせ内容から、次の手順で解決できる可能性があります(自動応答)。

・認定ポータルにサインインし、右上のプロフィール → Merge Accounts を選択
・統合元アカウントの認証情報でサインインすると、資格が移されます
・「統合できません」と表示される場合は、担当者によるサポートが必要です

担当者が引き続き対応を希望される場合は、このまま何もしなくて構いません。`,
    html: html(`鈴木 健一 様

お問い合わせ内容から、次の手順で解決できる可能性があります(自動応答)。

・認定ポータルにサインインし、右上のプロフィール → Merge Accounts を選択
・統合元アカウントの認証情報でサインインすると、資格が移されます
・「統合できません」と表示される場合は、担当者によるサポートが必要です

担当者が引き続き対応を希望される場合は、このまま何もしなくて構いません。`, 'ja'),
  }),
  mk({
    slug: 'ai-k-history', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'automated answer about accounts that both have exam history',
    from: FORM_JA, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-02 12:29:51'), enc: 'jisb64', wholeSubject: true,
    text: `[自動応答] Amazon Q による回答案

両方のアカウントに認定の履歴があると、セルフサービスのアカウント統合は
ご利用いただけません。この場合はカスタマーサービスで手作業の統合を承ります。
統合先にしたいアカウントのメールアドレスからお問い合わせいただくと、
手続きがスムーズです。

この回答で解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-m-html', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'HTML-only generative-AI answer for the merge question',
    from: FORM_JA, to: M, subject: `ケース ${C.mMerge}: 生成AIによる回答`, date: jst('2026-02-16 17:04:58'), enc: 'utf8b64',
    html: html(`高橋 誠 様

以下は生成 AI が作成した回答です。内容に誤りが含まれる場合があります。

2 つの AWS 認定アカウントは、認定ポータルの「アカウントのマージ」機能で 1 つにできます。マージすると元に戻すことはできませんので、残すアカウントを先に決めてからお試しください。

うまくいかなかった場合は「ケースを作成」を押して担当者にお問い合わせください。`, 'ja'),
  }),
  mk({
    slug: 'ai-m-misaligned', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: C.mMerge, trap: false,
    note: 'AI-answer look-alike with dkim for an unrelated bulk domain and dmarc=fail: untrusted',
    from: FORM_JA, to: M, subject: `[CASE ${C.mMerge}] AIによるご案内`, date: jst('2026-02-16 19:22:17'), enc: 'sjis8', auth: 'misaligned',
    text: `自動回答です。

アカウントのマージは、以下の専用ページでお手続きいただくと即時に完了します。
https://merge-accounts.aws-cert-help.net/

サインイン後、両方のアカウントのパスワードを入力してください。`,
  }),
  mk({
    slug: 'ai-k-sjis64', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'automated answer: self-service first, then create a case; Shift_JIS base64',
    from: NOREPLY, to: K, subject: `[CASE ${C.kMerge}] ご参考: アカウント統合のセルフサービス`, date: jst('2026-02-02 12:30:01'), enc: 'sjisb64',
    text: `(このメールは自動で送信されています)

お問い合わせの件、認定ポータルの Merge Accounts から手続きいただけることがあります。
先に統合先へサインインしておき、画面の案内に沿って統合元の情報を入力してください。
履歴のあるアカウント同士ではエラーになることがありますので、その場合は担当者が対応します。`,
  }),
  mk({
    slug: 'ai-h-namechg', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'AI answer on the merge case that also touches the name on the accounts',
    from: FORM_JA, to: H, subject: `[CASE ${C.hMerge}] 回答候補 (自動)`, date: jst('2026-01-21 22:46:30'), enc: 'utf8qp',
    text: `木村 遥 様

自動生成の回答候補をお送りします。

・アカウントの統合はプロフィール画面の「アカウントのマージ」から行えます。
・統合元と統合先で氏名の表記が違っていても統合には影響しません。
  氏名の変更は別途、認定アカウントの氏名変更手続きが必要です。

解決しない場合は担当者におつなぎします。`,
  }),
  mk({
    slug: 'ai-m-jis', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'short AI reply with a help-article link',
    from: NOREPLY, to: M, subject: `Re: ケース ${C.mMerge} 自動回答`, date: jst('2026-02-16 17:05:01'), enc: 'jis7',
    text: `[自動回答]
高橋様、以下の記事が参考になるかもしれません。
「AWS 認定アカウントを統合するには」 https://aws.amazon.com/certification/faqs/
記事の手順で統合できない場合は、担当者がケースを引き継ぎます。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-h-ids', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'support asks for both candidate IDs and which account to keep',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-20 14:03:27'), enc: 'jis7',
    text: `木村様

AWS トレーニングと認定カスタマーサービスの三浦です。
お問い合わせいただいた認定アカウントの統合につきまして、手続きを進めるにあたり
以下をお知らせいただけますでしょうか。

1. 両アカウントの AWS 候補 ID(AWS で始まる番号)
2. 各アカウントのログインに使用しているメールアドレス
3. どちらのアカウントを残すご希望か

よろしくお願いいたします。

三浦
AWS Training and Certification Customer Service
${thread(C.hMerge)}

${sfQuote('2026-01-19 09:00', HARUKA.keep, FORM_ADDR, 'アカウント統合', H_REQ)}`,
  }),
  mk({
    slug: 'info-h-twocases', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.hMerge, trap: true,
    note: 'one reply for two cases: name change done (other case) + the merge case needs the old address; merge case ID labelled',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-22 11:26:09'), enc: 'jisb64',
    text: `木村 遥 様

2 件のケースについてまとめてご連絡いたします。

【ケース ${C.hName}: 氏名の変更】
ご提出いただいた書類を確認し、認定アカウントの氏名を「木村 遥」に変更いたしました。

【ケース ${C.hMerge}: アカウントの統合】
統合元のアカウントについて、旧姓でご登録のメールアドレスと、
受験された試験名をご返信いただけますか。いただき次第、次の手順へ進みます。

引き続きよろしくお願いいたします。
AWS トレーニングと認定 小西`,
  }),
  mk({
    slug: 'info-k-confirmword', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.kMerge, trap: true,
    note: 'asks the user to tell which address to keep, worded with 確認: info_request',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-03 10:41:18'), enc: 'sjisb64',
    text: `鈴木 健一 様

ご連絡ありがとうございます。
統合後にログインでお使いになるメールアドレスを、念のためご確認のうえお知らせください。
個人アドレスと前職のアドレスのどちらでも設定可能です。

AWS トレーニングと認定 サポート
${thread(C.kMerge)}`,
  }),
  mk({
    slug: 'info-k-wrongid', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'subject carries the refund case ID by mistake; the text and the quoted request are the merge case; merge ID labelled',
    from: FORM, to: K, subject: formSubj(C.kRefund, 'exam-scheduling'), date: jst('2026-02-04 09:55:44'), enc: 'jis7',
    text: `鈴木様

アカウント統合の件でご連絡いたします。
前職のアカウント ${KEN.srcId} に登録されている氏名のローマ字表記と、
そちらで合格された認定名をお送りいただけますか。照合に使用いたします。

(件名のケース番号が返金のお問い合わせのものになっております。失礼いたしました。
 統合の件はケース ${C.kMerge} で管理しております。)

松田

${gmailJa('2026-02-03 21:10', `${KEN.ja} <${KEN.keep}>`, K_REQ)}`,
  }),
  mk({
    slug: 'info-m-details', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'asks for name, company and exam history of the source account',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-17 15:12:36'), enc: 'sjis8',
    text: `高橋 誠 様

お待たせしております。統合の作業前に、本人確認として次の 3 点をお願いします。
・統合元アカウントでの氏名(英字)
・当時の会社名
・統合元で受験した試験と受験日(おおよそで構いません)

ご返信はこのメールにそのままお願いいたします。

AWS Training and Certification
${thread(C.mMerge)}

${outlookJa('2026-02-16 17:03', `${MAKOTO.ja} <${MAKOTO.keep}>`, FORM_ADDR, 'アカウント統合のお願い', M_REQ)}`,
  }),
  mk({
    slug: 'info-m-chase', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'second request for the same data, phrased without a request word',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-20 16:02:50'), enc: 'jis7',
    text: `高橋様

先日お願いした統合元アカウントの情報(英字氏名、会社名、受験履歴)が、
まだこちらに届いていないようです。お手数ですが、このメールへの返信でいただけますと幸いです。

AWS トレーニングと認定 田村`,
  }),
  mk({
    slug: 'info-h-fromkeep', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'write from the kept address AND include the candidate ID: info_request',
    from: FORM, to: to(HARUKA.old, HARUKA.src), cc: H, subject: formSubj(C.hMerge), date: jst('2026-01-20 18:30:11'), enc: 'utf8b64',
    text: `中川 遥 様 (木村 遥 様)

統合先としてご希望のアカウント(${HARUKA.keep})のメールアドレスから、
統合先の候補 ID を記載してご返信ください。セキュリティ上、残すアカウントの
アドレスからのご連絡でのみ手続きを承っております。

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'info-k-failforged', kind: 'info_request', lang: 'ja', trusted: false, caseId: C.kMerge, trap: false,
    note: 'information request whose topmost A-R says dmarc=fail; a planted pass lies lower: untrusted',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-03 23:58:09'), enc: 'jisb64', auth: 'failThenForged',
    text: `鈴木様

統合手続きのため、両アカウントのパスワードと、登録クレジットカードの下4桁を
本メールへご返信ください。48時間以内にご返信がない場合、手続きは中断されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-m-html', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'HTML-only request for the source account e-mail, Japanese with English boilerplate',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-18 11:07:29'), enc: 'utf8qp',
    html: html(`高橋 誠 様

統合元アカウントのログイン用メールアドレスが、お知らせいただいたもの(${MAKOTO.src})では見つかりませんでした。CertMetrics 時代にご利用だった別のアドレスがあれば、教えていただけますか。

Thank you for contacting AWS Training and Certification.
Please do not change the subject line when replying.
${thread(C.mMerge)}`, 'ja'),
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-h-irreversible', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'asks consent to merge, states it cannot be undone',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-23 13:44:02'), enc: 'jis7',
    text: `木村 遥 様

情報のご提供ありがとうございました。以下の内容で統合を実施いたします。

  統合元: ${HARUKA.srcId} (${HARUKA.src})
  統合先: ${HARUKA.keepId} (${HARUKA.keep})

統合を行うと元に戻すことはできません。この内容で進めてよろしければ、
本メールに「同意します」とご返信ください。ご返信を確認後、作業に入ります。

AWS トレーニングと認定 三浦
${thread(C.hMerge)}`,
  }),
  mk({
    slug: 'conf-h-twocases', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'two cases in one reply: name change still under review, merge needs the user\'s consent; merge ID labelled',
    from: FORM, to: H, subject: `${formSubj(C.hMerge)} / CASE ${C.hName}`, date: jst('2026-01-22 17:09:45'), enc: 'sjis8',
    text: `木村様

お問い合わせ 2 件について、状況をお伝えします。

・氏名変更(${C.hName}): 担当部署にて書類を確認中です。今しばらくお待ちください。
・アカウント統合(${C.hMerge}): 統合元 ${HARUKA.srcId} を統合先 ${HARUKA.keepId} へまとめる準備ができました。
  統合は取り消しができないため、このまま実施してよいか、ご返信にてお知らせください。

小西`,
  }),
  mk({
    slug: 'conf-k-sjis64', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'consent request after the user named the kept address',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-05 10:20:15'), enc: 'sjisb64',
    text: `鈴木 健一 様

ご返信ありがとうございます。${KEN.keep} を残し、前職アカウントの認定資格と
特典をこちらへ移す形で準備いたしました。

一度統合すると分割はできません。ご承諾いただける場合は、その旨を本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス 松田`,
  }),
  mk({
    slug: 'conf-k-yoroshii', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'consent asked as よろしいでしょうか, no 確認 word; multipart',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-05 10:21:02'), enc: 'utf8qp',
    text: `鈴木様

統合元 ${KEN.srcId} / 統合先 ${KEN.keepId}、この組み合わせで統合を進めてよろしいでしょうか。
実施後は取り消しができませんので、ご了承いただけましたら一言ご返信ください。

松田`,
    html: html(`鈴木様

統合元 ${KEN.srcId} / 統合先 ${KEN.keepId}、この組み合わせで統合を進めてよろしいでしょうか。
実施後は取り消しができませんので、ご了承いただけましたら一言ご返信ください。

松田`, 'ja'),
  }),
  mk({
    slug: 'conf-m-jisb64', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'consent request that restates the submitted data next to the new ask',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-21 09:33:40'), enc: 'jisb64',
    text: `高橋 誠 様

いただいた情報(Makoto Takahashi / 株式会社パートナー / SAA 2023年, DVA 2024年)で
統合元アカウントを確認できました。

${MAKOTO.srcId} の内容を ${MAKOTO.keepId} に統合し、統合元は閉鎖となります。
後から元に戻すことはできませんが、よろしければご同意の旨をお返事ください。

AWS トレーニングと認定 田村`,
  }),
  mk({
    slug: 'conf-m-lookalikesrv', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: C.mMerge, trap: false,
    note: 'consent request whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-21 02:15:09'), enc: 'jis7', auth: 'lookalikeServer',
    text: `高橋様

統合の最終確認です。同意いただける場合は、下記フォームでパスワードを再入力してください。
https://aws-merge-consent.example-login.net/

AWSトレーニングと認定`,
  }),
  mk({
    slug: 'conf-h-dupcase', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.hDup, trap: false,
    note: 'consent request sent on the duplicate merge case ID (the only ID in the mail)',
    from: FORM, to: H, subject: formSubj(C.hDup), date: jst('2026-01-23 13:50:26'), enc: 'utf8b64',
    text: `木村 遥 様

こちらのケースでも同じ統合のご依頼をいただいておりますので、あわせてご案内します。
旧アカウント(${HARUKA.src})を新アカウント(${HARUKA.keep})へ統合してよいか、
ご意向をお聞かせください。統合後に元へ戻すことはできません。

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-k-html', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'HTML-only consent request; reply with 承諾',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-06 14:02:11'), enc: 'utf8b64',
    html: html(`鈴木 健一 様

先ほどのメールが文字化けしていたとのことで、再送いたします。

前職アカウント(${KEN.src})の認定 2 件と 50% 割引特典を、個人アカウント(${KEN.keep})へ移します。この操作は不可逆です。

差し支えなければ「承諾します」とだけご返信ください。

AWS トレーニングと認定 松田`, 'ja'),
  }),
  mk({
    slug: 'conf-m-sjis8', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'second consent request after a question from the user, bottom of a quoted thread',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-22 12:48:31'), enc: 'sjis8',
    text: `高橋様

ご質問の件、統合後も SAA と DVA の有効期限は変わりません。
そのうえで、統合を実施してよいかどうか改めてご返答をお願いいたします。

田村

${gmailJa('2026-02-21 22:05', `${MAKOTO.ja} <${MAKOTO.keep}>`, `統合すると有効期限は変わりますか?\nそれ次第で判断したいです。`)}`,
  }),
];
