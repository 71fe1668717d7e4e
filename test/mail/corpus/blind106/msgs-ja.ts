// Set da, Japanese messages: partners, training companies, a training vendor and a consultant
// relaying AWS Training & Certification, next to AWS's own mail for the same cases.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_CERT, AWS_FORM, AWS_FORM_BARE, AWS_NOREPLY, CASE, CB, COORD, CREDLY_AWS, HS, KOBA, LG, MISAKI, MISAKI_TO, SUZUKI, SUZUKI_TO, SUZUKI_WORK,
  caseSubj, fwdJa, fwdOutlookJa, m, paras, quote, sfOrig, sfRef, ticketJa,
} from './common.js';

const S = CASE.suzuki;
const M = CASE.misaki;
const jst = (d: string): string => rfcDate(d, '+0900');
const utc = (d: string): string => rfcDate(d, '+0000');

const SUZUKI_ASK = `AWS認定アカウントが2つあるため1つにまとめたいです。
残す方: ${SUZUKI.keep} (${SUZUKI.keepId})
まとめる方: ${SUZUKI.src} (${SUZUKI.srcId})
所属: クライアント株式会社 鈴木健一`;

const MISAKI_ASK = `前職のメールで受験した認定と、個人メールの認定を統合してください。
個人: ${MISAKI.keep}
前職: ${MISAKI.src}
高橋`;

export const JA: Msg[] = [
  // ---------------------------------------------------------------- acknowledgement
  m({
    slug: 'ack-aws-noreply-suzuki', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS Support no-reply receipt of the new case with its ID',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: `ケース ID ${S} を受け付けました`, date: utc('2026-02-03 01:12:40'), auth: 'pass', enc: 'jis7',
    text: `${SUZUKI.ja} 様

AWS サポートへのお問い合わせありがとうございます。
ケース ID ${S}、件名「account-assistance」にてお問い合わせを登録しました。

通常 24 時間以内に担当者よりメールでご連絡します。追加の情報はこのメールにそのまま返信してお送りください。
同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。

Amazon Web Services`,
  }),
  m({
    slug: 'ack-cloudbridge-relay', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: S,
    note: 'partner desk relays that AWS opened the case and gave it an ID: receipt, but from the partner domain',
    from: CB.from, to: SUZUKI_WORK, subject: `[#CB-20418] AWS認定アカウント統合のお問い合わせ起票のご報告`, date: jst('2026-02-03 11:02:15'), auth: 'pass', enc: 'jis7',
    text: `クライアント株式会社
鈴木 健一 様

いつもお世話になっております。クラウドブリッジ AWSサポートデスクの${CB.agent}でございます。

ご依頼いただいた認定アカウント統合の件、本日AWS トレーニングと認定のサポートへ起票し、
AWS側で受付され、ケース番号 ${S} が採番されました。

AWSからの一次回答は通常1営業日程度で届く見込みです、届き次第こちらから共有いたします。

${ticketJa('CB-20418')}
クラウドブリッジ株式会社 AWSサポートデスク
平日 9:00-18:00`,
  }),
  m({
    slug: 'ack-learninggate-paste', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: M,
    note: 'training company pastes AWS receipt text into its own template; untrusted sender',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】AWSへのお問い合わせ受付のお知らせ', date: jst('2026-03-09 15:40:02'), auth: 'pass', enc: 'sjis8',
    text: `高橋 美咲 様

ラーニングゲート 認定サポート窓口です。
受講生様に代わりAWSへお問い合わせを行い、下記の受付メールを受信しましたので、そのまま貼り付けてお送りします。

＝＝＝＝＝ ここからAWSの受付メール ＝＝＝＝＝
Thank you for contacting AWS Training and Certification.
We have received your request and created case ${M}.
A member of our team will respond within 24 hours.
＝＝＝＝＝ ここまで ＝＝＝＝＝

以降のやり取りも当窓口よりご連絡いたします。
株式会社ラーニングゲート`,
  }),
  m({
    slug: 'ack-aws-to-partner-cc', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: S,
    note: 'genuine AWS receipt addressed to the partner that opened the case, user in Cc',
    from: AWS_NOREPLY, to: `AWS Desk <${CB.addr}>`, cc: SUZUKI_WORK, rcpt: SUZUKI.src, subject: `お問い合わせを受け付けました [ケース ${S}]`, date: utc('2026-02-03 01:10:05'), auth: 'pass', enc: 'jisb64',
    text: `お客様

このたびはお問い合わせいただきありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: ${S}
カテゴリ: AWS トレーニングと認定 / アカウント
重要度: 一般的な質問

担当者からの返信をお待ちください。ご返信の際は件名を変更しないようお願いいたします。

Amazon Web Services, Inc.`,
  }),
  m({
    slug: 'ack-forged-awstrainingjp', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: '17830045921',
    note: 'forged receipt from look-alike domain aws-training.jp (not aws.training)',
    from: 'AWS トレーニングと認定 <support@aws-training.jp>', to: SUZUKI_TO, subject: 'ケース 17830045921 受付完了 - 本人確認のお願い', date: jst('2026-02-04 03:31:44'), auth: 'none', enc: 'utf8b64',
    text: `お問い合わせを受け付けました。ケース番号 17830045921

受付処理を完了するため、下記ページよりサインインしてください。
https://aws-training.jp/signin/verify?c=17830045921

AWS トレーニングと認定`,
  }),
  m({
    slug: 'ack-aws-misaki-html', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: M,
    note: 'genuine multipart receipt for the second persona',
    from: AWS_NOREPLY, to: MISAKI_TO, subject: `[ケース ${M}] サポートケースが作成されました`, date: utc('2026-03-09 06:22:51'), auth: 'pass', enc: 'utf8qp',
    text: `ケース ${M} が作成されました。

お問い合わせ内容: 認定アカウントの統合 (account-assistance)
作成日時: 2026-03-09 06:22 UTC

担当者が確認のうえ、メールでご連絡いたします。`,
    html: `<html><body><table width="600"><tr><td><h3>ケース ${M} が作成されました</h3><p>お問い合わせ内容: 認定アカウントの統合 (account-assistance)<br>作成日時: 2026-03-09 06:22 UTC</p><p>担当者が確認のうえ、メールでご連絡いたします。</p></td></tr></table></body></html>`,
  }),
  m({
    slug: 'ack-aws-resent-by-coord', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: false, caseId: S,
    note: 'AWS receipt bounced on by the company training desk (Resent-*): not delivered to the user as such',
    from: AWS_NOREPLY, to: SUZUKI_WORK, subject: `ケース ${S} のお問い合わせを受付済みです`, date: utc('2026-02-03 01:14:09'), auth: 'pass', enc: 'jis7',
    resent: { from: COORD.addr, to: 'kenshu-archive@client-corp.example.co.jp', date: jst('2026-02-03 10:30:00') },
    text: `お客様のお問い合わせ (ケース ${S}) は受付済みです。
順番に対応しておりますので、担当からのご連絡まで今しばらくお待ちください。
Amazon Web Services`,
  }),
  m({
    slug: 'ack-humanskill-fwd', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: M,
    note: 'training vendor forwards the AWS receipt with a one-line note',
    from: HS.from, to: MISAKI_TO, subject: `Fwd: [ケース ${M}] サポートケースが作成されました`, date: jst('2026-03-09 16:05:33'), auth: 'dkimonly', enc: 'jisb64',
    text: `高橋様
研修事務局の森です。AWS側で受付されましたので、受付メールを転送いたします、返信が届き次第またお送りします。

${fwdJa('Amazon Web Services <no-reply-aws@amazon.com>', '2026年3月9日(月) 15:22', `[ケース ${M}] サポートケースが作成されました`, HS.addr, `ケース ${M} が作成されました。\n担当者が確認のうえ、メールでご連絡いたします。`)}`,
  }),

  // ---------------------------------------------------------------- ai_answer
  m({
    slug: 'ai-aws-selfservice-ja', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null,
    note: 'AWS automated answer pointing to the self-service merge tool',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: 'AWS サポート: 生成 AI によるご案内', date: utc('2026-02-02 23:48:10'), auth: 'pass', enc: 'utf8b64',
    text: `この回答は生成 AI により自動作成されています。

認定アカウントの統合は、AWS Certification アカウントのプロフィールメニューにある「Merge Accounts」から、お客様ご自身で行える場合があります。
両方のアカウントに認定履歴がある場合はツールが利用できないことがあります。その際は、この画面の「ケースを作成」からサポートにお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  m({
    slug: 'ai-cloudbridge-relay', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null,
    note: 'partner reports what AWS\u2019s automated answer said before a case was opened',
    from: CB.from, to: SUZUKI_WORK, subject: '[#CB-20418] AWS問い合わせ窓口の自動回答について', date: jst('2026-02-03 09:15:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

クラウドブリッジの${CB.agent}です。
AWSの問い合わせフォームに入力したところ、AIによる自動回答として以下の案内が表示されました。

・認定ポータルのプロフィールにある「Merge Accounts」機能で、ご自身で統合できる場合がある
・ログインは統合先として残すアカウントで行うこと

まずはこちらをお試しいただき、エラーとなる場合はお知らせください。そのうえで有人サポートに起票します。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'ai-aws-after-merge-ja', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'AI answer that explains what happens to badges after a merge: still ai_answer',
    from: AWS_NOREPLY, to: MISAKI_TO, subject: 'お問い合わせへの自動回答 (AWS トレーニングと認定)', date: utc('2026-03-09 06:15:31'), auth: 'pass', enc: 'jis7',
    text: `※この内容は AI が作成した参考情報です。

アカウント統合後は、統合元の認定と特典が統合先アカウントに表示されます。
Credly のデジタルバッジは統合後に統合先のメールアドレスで受け取り直すことをおすすめします。
統合そのものは、認定アカウントの「アカウントの統合」ツールからお手続きいただけます。

解決しない場合は、引き続きケースを作成してください。`,
  }),
  m({
    slug: 'ai-learninggate-paste', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null,
    note: 'training company pastes the AI answer into its mail; untrusted',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】アカウント統合方法のご案内(AWS自動回答)', date: jst('2026-03-08 18:20:00'), auth: 'pass', enc: 'sjisb64',
    text: `高橋様

お問い合わせの件、AWSのサポート画面で表示された自動回答(AI)を以下に貼り付けます。

----
You may be able to merge your AWS Certification accounts yourself by using the Merge Accounts tool in your Certification Account profile. Sign in with the account you want to keep.
----

上記ツールで統合できなかった場合、当社よりAWSへケースを作成いたしますのでご連絡ください。

ラーニングゲート 認定サポート窓口`,
  }),
  m({
    slug: 'ai-forged-below', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null,
    note: 'AI-style answer whose dmarc=pass sits below the receiving server\u2019s Received line',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: 'AI アシスタントからのご案内: 認定アカウント', date: utc('2026-02-05 12:01:19'), auth: 'forgedBelow', enc: 'utf8qp',
    text: `AI アシスタントが回答を作成しました。

認定アカウントの統合はセルフサービスで数分で完了します。下記のツールから進めてください。
https://certmerge-tool.example.net/aws

Amazon Web Services`,
  }),
  m({
    slug: 'ai-aws-html-mixed', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null,
    note: 'HTML-only AI answer in Japanese with English boilerplate',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: 'Your AI-generated answer / AI による回答', date: utc('2026-02-06 07:44:02'), auth: 'pass', enc: 'utf8b64', hdr: 'utf8b',
    html: `<html><body><p><b>Generated by AI</b> - review before acting.</p>
<p>2 つの認定アカウントをお持ちの場合、AWS Certification の Merge Accounts 機能で 1 つにまとめられることがあります。統合先のアカウントでサインインし、統合元のメールアドレスを入力してください。</p>
<p>この方法で解決しない場合は「ケースを作成」を選択してください。</p></body></html>`,
  }),
  m({
    slug: 'ai-kobayashi-relay', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null,
    note: 'consultant tells the client what the AWS form\u2019s AI answer suggested',
    from: KOBA.from, to: SUZUKI_TO, subject: 'AWS認定の件(フォームの自動回答)', date: jst('2026-02-02 21:03:47'), auth: 'none', enc: 'jis7',
    text: `鈴木さん

小林です。AWSの問い合わせフォームに統合の件を入れてみたら、AIの回答で
「認定アカウントのプロフィールにある統合ツールを使えば自分で統合できることがある」と出てきました。
両方に合格履歴があるとダメらしいので、鈴木さんのケースは多分ケース作成になると思います。
一応ツールを試してもらえますか。

小林`,
  }),
  m({
    slug: 'ai-aws-dkimonly', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null,
    note: 'automated suggestion with an aligned dkim=pass only',
    from: AWS_NOREPLY, to: MISAKI_TO, subject: '自動回答: 認定アカウントの統合について', date: utc('2026-03-08 09:01:00'), auth: 'dkimonly', enc: 'sjis8',
    text: `自動応答システムからのご案内です。

お問い合わせの内容から、次の手順が役立つ可能性があります。
1. 残すほうの認定アカウントにサインインする
2. プロフィールから「アカウントの統合」を開く
3. もう一方のアカウントの認証情報を入力する

手順を完了できない場合は、担当者へのお問い合わせにお進みください。`,
  }),

  // ---------------------------------------------------------------- info_request
  m({
    slug: 'info-aws-ids-sf', kind: 'info_request', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS asks for candidate IDs and which account to keep (Salesforce quote below)',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-04 02:40:12'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
統合のお手続きを進めるにあたり、次の点をお知らせいただけますでしょうか。

- 両アカウントの候補者 ID (AWS から始まる番号)
- 各アカウントに登録のメールアドレス
- 統合後に残したいアカウントはどちらか

お手数をおかけしますが、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
${sfRef('Kx81FQ')}

${sfOrig(SUZUKI.keep, '2026/02/03 1:08', AWS_FORM_BARE, 'account-assistance', SUZUKI_ASK)}`,
  }),
  m({
    slug: 'info-cloudbridge-template', kind: 'info_request', lang: 'ja', trusted: false, caseId: S,
    note: 'partner relays AWS\u2019s request for details in its own template: AWS has asked for IDs',
    from: CB.from, to: SUZUKI_WORK, subject: `[#CB-20418] AWSからの追加情報依頼 (ケース ${S})`, date: jst('2026-02-04 13:12:09'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

お世話になっております。クラウドブリッジの${CB.agent}です。
AWSより、統合作業の前に以下の情報が必要との連絡を受けております。

【ご提供いただきたい情報】
■ 統合元・統合先それぞれの候補者ID
■ 各アカウントの登録メールアドレス
■ 残すアカウント(統合先)

本メールにご返信いただければ、当方からAWSへ回答いたします。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'info-learninggate-confirmword', kind: 'info_request', lang: 'ja', trusted: false, caseId: M, trap: true,
    note: 'relayed request for the kept address worded with \u300c\u3054\u78ba\u8a8d\u306e\u3046\u3048\u300d: info_request, not confirmation',
    from: LG.from, to: MISAKI_TO, subject: `【ラーニングゲート】AWSからの確認事項 (ケース${M})`, date: jst('2026-03-10 10:44:30'), auth: 'pass', enc: 'sjis8',
    text: `高橋 美咲 様

AWSの担当者から、統合後に残すアカウントのメールアドレスを知りたいとの連絡がありました。
お手数ですが、個人用(${MISAKI.keep})と前職用のどちらを残されるか、ご確認のうえお知らせください。

いただいた内容は当窓口からAWSへお伝えします。
株式会社ラーニングゲート 認定サポート窓口`,
  }),
  m({
    slug: 'info-aws-kakunin', kind: 'info_request', lang: 'ja', trusted: true, caseId: M, trap: true,
    note: 'AWS: please check and tell us the address to keep (\u3054\u78ba\u8a8d\u306e\u3046\u3048): asks for information',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-10 01:05:44'), auth: 'pass', enc: 'jisb64',
    text: `高橋様

ご連絡ありがとうございます。
統合先として保持されるアカウントのメールアドレスを、ご確認のうえお知らせいただけますと幸いです。
あわせて、統合元アカウントの候補者 ID もお送りください。

よろしくお願いいたします。
AWS Training and Certification
${sfRef('Lm02Ta')}`,
  }),
  m({
    slug: 'info-aws-write-from-keep', kind: 'info_request', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS asks to write from the kept address and include the candidate ID: info_request',
    from: AWS_FORM, to: SUZUKI_WORK, subject: caseSubj(S), date: utc('2026-02-04 05:18:00'), auth: 'pass', enc: 'utf8qp',
    text: `Hello,

本件につきまして、セキュリティ上の理由から、統合後に残すアカウントのメールアドレス(${SUZUKI.keep})から本メールにご返信ください。その際、両アカウントの候補者 ID を本文に記載いただけますでしょうか。

Best regards,
AWS Training and Certification
${sfRef('Kx81FQ')}`,
  }),
  m({
    slug: 'info-humanskill-fwd-sjis', kind: 'info_request', lang: 'ja', trusted: false, caseId: M,
    note: 'training vendor forwards AWS\u2019s information request (Outlook block) with a note',
    from: HS.from, to: MISAKI_TO, cc: COORD.from, subject: `FW: ${caseSubj(M)}`, date: jst('2026-03-10 17:02:11'), auth: 'none', enc: 'sjis8',
    text: `高橋様

研修事務局の森でございます。AWSより下記の問い合わせが届いております。
候補者IDの記載が必要とのことですので、お分かりになる範囲でご返信ください、取りまとめて回答いたします。

${fwdOutlookJa(AWS_FORM, '2026年3月10日 10:05', HS.addr, caseSubj(M), `Hello,\nTo proceed, please provide the candidate ID of each account and the e-mail address registered on each.\nThank you.`)}`,
  }),
  m({
    slug: 'info-forged-password', kind: 'info_request', lang: 'ja', trusted: false, caseId: S,
    note: 'phishing look-alike (amazon-certification-support.com) asking for login data',
    from: 'AWS トレーニングと認定 <form@amazon-certification-support.com>', to: SUZUKI_TO, subject: `RE:[CASE ${S}] 統合に必要な情報のご提出`, date: jst('2026-02-04 22:10:10'), auth: 'pass', enc: 'utf8b64',
    text: `鈴木様

統合作業のため、両アカウントのログインメールアドレスとパスワードを本メールにご返信ください。
48時間以内にご返信がない場合、認定が失効する可能性があります。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'info-aws-to-partner-cc', kind: 'info_request', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS writes to the partner with the user in Cc asking which account to keep',
    from: AWS_FORM, to: `クラウドブリッジ ${CB.agent} <${CB.addr}>`, cc: SUZUKI_WORK, rcpt: SUZUKI.src, subject: caseSubj(S), date: utc('2026-02-05 03:33:27'), auth: 'pass', enc: 'jis7',
    text: `クラウドブリッジ株式会社 ${CB.agent}様
(Cc: 鈴木様)

代理でのお問い合わせありがとうございます。
ご本人確認のため、統合先アカウントの登録メールアドレスと、統合元アカウントの候補者 ID を鈴木様ご本人からお知らせください。

AWS トレーニングと認定
${sfRef('Kx81FQ')}`,
  }),

  // ---------------------------------------------------------------- confirmation_request
  m({
    slug: 'conf-aws-irreversible', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS asks the user to agree to the merge, which cannot be undone',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-06 04:02:19'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

情報のご提供ありがとうございます。
統合元 ${SUZUKI.srcId} の認定履歴を統合先 ${SUZUKI.keepId} へまとめる準備ができました。

なお、統合は一度実施すると元に戻すことができません。
この内容で進めてよろしければ、その旨を本メールへご返信ください。ご返信をもって作業を開始します。

AWS トレーニングと認定
${sfRef('Kx81FQ')}`,
  }),
  m({
    slug: 'conf-cloudbridge-consent', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: S,
    note: 'partner relays AWS\u2019s request for consent in its own words',
    from: CB.from, to: SUZUKI_WORK, subject: `[#CB-20418] 【要ご判断】AWS認定アカウント統合の最終同意について`, date: jst('2026-02-06 14:20:48'), auth: 'pass', enc: 'jisb64',
    text: `鈴木様

${CB.agent}です。AWS(ケース ${S})より、次の内容で統合してよいか、お客様の同意を得てほしいとの依頼がありました。

　統合先: ${SUZUKI.keepId} / ${SUZUKI.keep}
　統合元: ${SUZUKI.srcId} / ${SUZUKI.src}

統合は取り消しができないとのことです、問題なければ「同意します」とご返信ください。
当方からAWSへ伝えます。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'conf-aws-sjis-html', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: M,
    note: 'multipart Shift_JIS request to confirm the merge',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-11 02:11:57'), auth: 'pass', enc: 'sjisb64',
    text: `高橋様

以下のとおり統合いたします。
・残るアカウント: ${MISAKI.keep}
・統合されるアカウント: ${MISAKI.src}

統合後は元の状態へ戻せません。ご了承いただけましたら、返信にてお知らせください。

AWS Training and Certification`,
    html: `<div>高橋様</div><div>以下のとおり統合いたします。<br>・残るアカウント: ${MISAKI.keep}<br>・統合されるアカウント: ${MISAKI.src}</div><div>統合後は元の状態へ戻せません。ご了承いただけましたら、返信にてお知らせください。</div><div>AWS Training and Certification</div>`,
  }),
  m({
    slug: 'conf-learninggate-paste', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: M,
    note: 'training company pastes AWS\u2019s English consent request under its own note',
    from: LG.from, to: MISAKI_TO, subject: `【ラーニングゲート】統合実施可否のご確認(ケース${M})`, date: jst('2026-03-11 12:30:00'), auth: 'pass', enc: 'jisb64',
    text: `高橋様

AWSより以下の回答がありました。統合を進めてよいか、高橋様のご意思を確認したいとのことです。

-----AWSからの回答(原文)-----
Please note that once the accounts are merged, this action cannot be reversed.
Kindly reply to confirm that you would like us to proceed with the merge.
-----------------------------

ご同意の場合は本メールに「進めてください」とご返信ください。
ラーニングゲート`,
  }),
  m({
    slug: 'conf-humanskill-to-coord', kind: 'confirmation_request', lang: 'ja', trusted: false, forUser: false, caseId: S,
    note: 'vendor relays the consent request to the company training desk only, not to the user',
    from: HS.from, to: COORD.from, subject: `【ご確認依頼】鈴木様の認定アカウント統合(ケース ${S})`, date: jst('2026-02-06 16:00:00'), auth: 'pass', enc: 'sjis8',
    text: `人事部 研修ご担当者様

ヒューマンスキル研修事務局です。
AWSから、鈴木健一様の2つの認定アカウントを統合してよいか、ご本人の同意を求められております。
統合は取り消せないとのことです、鈴木様にご意向を確認いただき、ご回答をお願いいたします。`,
  }),
  m({
    slug: 'conf-aws-gmail-thread', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: M,
    note: 'AWS restates the accounts and asks for the go-ahead; Gmail-quoted user mail below',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-12 00:48:30'), auth: 'pass', enc: 'utf8b64',
    text: `高橋様

候補者 ID のご送付ありがとうございます。前回ご案内のとおり、統合後は ${MISAKI.keep} のアカウントのみが残ります。
作業は取り消しできないため、最終的なご承諾をいただけますでしょうか、ご承諾のご返信を受け取り次第、統合を行います。

AWS Training and Certification

2026年3月11日(水) 22:15 高橋 美咲 <${MISAKI.keep}>:
${quote(`残すのは個人の ${MISAKI.keep} です。\n前職のIDは ${MISAKI.srcId} です。`)}`,
  }),
  m({
    slug: 'conf-forged-lookalike-server', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: S,
    note: 'Authentication-Results from mx.test.example.mailhub-relay.net, not the receiving server',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-06 19:19:19'), auth: 'lookalikeServer', enc: 'jis7',
    text: `鈴木様
統合を実施します。同意いただける場合は、下記のフォームで「同意する」を押してください。
https://aws-merge-consent.example.org/${S}
AWS トレーニングと認定`,
  }),
  m({
    slug: 'conf-kobayashi-mobile', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: S,
    note: 'consultant, from a phone, relays that AWS wants final consent',
    from: KOBA.from, to: SUZUKI_TO, subject: `Re: AWS認定の件`, date: jst('2026-02-06 13:47:02'), auth: 'none', enc: 'utf88bit',
    text: `鈴木さん
AWSから最終確認きてます。ケース${S}で、${SUZUKI.srcId}を${SUZUKI.keepId}へ統合、元に戻せないので同意してくださいとのこと。
OKなら鈴木さん本人からAWSのメールに返信お願いします。

iPhoneから送信`,
  }),

  // ---------------------------------------------------------------- merge_completed
  m({
    slug: 'done-aws-ja', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS reports the two certification accounts were merged',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-07 06:12:40'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

お待たせいたしました。
統合元 ${SUZUKI.srcId} の認定履歴および特典を、統合先 ${SUZUKI.keepId} へ移し、両アカウントの統合作業が完了いたしました。
統合先アカウントにサインインし、認定の一覧をご確認ください。

AWS トレーニングと認定
${sfRef('Kx81FQ')}`,
  }),
  m({
    slug: 'done-cloudbridge-relay', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: S,
    note: 'partner: AWS has informed us the merge is done',
    from: CB.from, to: SUZUKI_WORK, cc: SUZUKI_TO, subject: `[#CB-20418] 【完了報告】AWS認定アカウント統合`, date: jst('2026-02-07 16:40:12'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

${CB.agent}です。先ほどAWSより、認定アカウントの統合を実施したとの連絡を受けました(ケース ${S})。
今後は ${SUZUKI.keep} でサインいただければ、これまでの認定がすべて表示されます。
表示に差異がございましたら本チケットにてお知らせください。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'done-portal-notice', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: null,
    note: 'certification portal\u2019s own notice that the accounts were merged (no case ID)',
    from: AWS_CERT, to: MISAKI_TO, subject: 'AWS 認定: アカウントが統合されました', date: utc('2026-03-12 09:00:31'), auth: 'pass', enc: 'utf8qp',
    text: `${MISAKI.en} 様

お客様の AWS 認定アカウント ${MISAKI.srcId} は ${MISAKI.keepId} に統合されました。
今後は ${MISAKI.keep} でサインインしてください。統合されたアカウントではサインインできません。

AWS Certification`,
  }),
  m({
    slug: 'done-learninggate-paste-badges-pending', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: M, trap: true,
    note: 'training company relays completion; badges explicitly not yet moved',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】アカウント統合完了のお知らせ', date: jst('2026-03-12 18:03:03'), auth: 'pass', enc: 'sjis8',
    text: `高橋様

AWSから統合が終わったとの回答がありましたので、原文を添えてご報告します。

> The merge of your AWS Certification accounts has been completed. All certifications are now listed under ${MISAKI.keep}.

Credlyのバッジについては、まだ移行されていないようです、必要であれば当窓口からAWSへ依頼いたします。

ラーニングゲート 認定サポート窓口 (ケース${M})`,
  }),
  m({
    slug: 'done-aws-check-close', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: M,
    note: 'completion with \u300c\u3054\u78ba\u8a8d\u304f\u3060\u3055\u3044\u300d and note that the case will close: merge_completed',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-12 08:20:18'), auth: 'pass', enc: 'utf8qp',
    text: `高橋様

ご承諾ありがとうございました。アカウントの統合を行いました。
念のため、統合先のアカウントで認定と特典(次回受験の割引など)が正しく表示されているか、ご確認ください。
本ケースはこのままクローズとなります。

AWS Training and Certification
${sfRef('Lm02Ta')}`,
  }),
  m({
    slug: 'done-humanskill-fwd', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: S,
    note: 'vendor forwards AWS\u2019s completion mail with a note',
    from: HS.from, to: SUZUKI_WORK, subject: `転送: ${caseSubj(S)}`, date: jst('2026-02-07 17:12:00'), auth: 'dkimonly', enc: 'sjisb64',
    text: `鈴木様
研修事務局 森です。AWSより統合完了の連絡が届きましたので、転送いたします。

${fwdOutlookJa(AWS_FORM, '2026年2月7日 15:12', HS.addr, caseSubj(S), 'Hello,\nWe have merged the two certification accounts. Please sign in with the account you kept.\nAWS Training and Certification')}`,
  }),
  m({
    slug: 'done-forged-otheronly', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: M,
    note: 'only an mx.google.com Authentication-Results, below the receiving server\u2019s Received',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-12 03:03:03'), auth: 'otherOnly', enc: 'jis7',
    text: `高橋様
統合が完了しました。統合先アカウントで認定証をダウンロードしてください。
AWS トレーニングと認定`,
  }),
  m({
    slug: 'done-kobayashi-mobile-fwd', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: S,
    note: 'consultant forwards AWS\u2019s completion from a phone with a one-liner',
    from: KOBA.from, to: SUZUKI_TO, subject: `Fwd: ${caseSubj(S)}`, date: jst('2026-02-07 15:20:59'), auth: 'none', enc: 'utf88bit',
    text: `統合終わったみたいです、転送します。小林

${fwdJa(AWS_FORM, '2026年2月7日(土) 15:12', caseSubj(S), KOBA.addr, `The accounts ${SUZUKI.srcId} and ${SUZUKI.keepId} have been merged.\nAWS Training and Certification`)}`,
  }),

  // ---------------------------------------------------------------- badges_transferred
  m({
    slug: 'badge-credly-ja', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: SUZUKI_TO, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-02-09 10:11:12'), auth: 'pass', enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `${SUZUKI.en} 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/8f2c1e0a/accept

Credly`,
    html: `<p>${SUZUKI.en} 様</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/badges/8f2c1e0a/accept">バッジを入手する</a></p>`,
  }),
  m({
    slug: 'badge-aws-moved-ja', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: S,
    note: 'support says the Credly badges were moved to the kept account',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-10 02:55:08'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

ご連絡いただいた Credly のデジタルバッジについて、統合先のメールアドレス ${SUZUKI.keep} へ付け替えを行いました。
Credly にサインインいただくと、既存のバッジが表示されます。

AWS トレーニングと認定
${sfRef('Kx81FQ')}`,
  }),
  m({
    slug: 'badge-cloudbridge-relay', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: S,
    note: 'partner relays that AWS moved the badges',
    from: CB.from, to: SUZUKI_WORK, subject: `[#CB-20418] Credlyバッジ移行のご報告`, date: jst('2026-02-10 14:08:40'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

${CB.agent}です。追加でお願いしていたCredlyバッジの件、AWSより「統合先アカウントへ移行済み」との回答がございました(ケース ${S})。
${SUZUKI.keep} でCredlyにログインしてご確認ください。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'badge-credly-html-misaki', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null,
    note: 'Credly issue mail for an AWS badge, HTML only',
    from: CREDLY_AWS, to: MISAKI_TO, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-03-13 04:40:00'), auth: 'pass', enc: 'utf8b64', relay: 'o3.em.credly.com',
    html: `<html><body><div style="font-family:sans-serif"><p>高橋 美咲 様</p><p>「AWS Certified Developer - Associate」バッジが Amazon Web Services Training and Certification から発行されました。</p><p><a href="https://www.credly.com/badges/c41d7a22">バッジを入手する</a></p><p>このメールは Credly から送信されています。</p></div></body></html>`,
  }),
  m({
    slug: 'badge-learninggate-close', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: M,
    note: 'training company relays badges moved plus closing',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】Credlyバッジの移行完了とお問い合わせ終了のご案内', date: jst('2026-03-13 11:30:00'), auth: 'pass', enc: 'sjis8',
    text: `高橋様

AWSより、Credlyのバッジを統合先(${MISAKI.keep})へ移したとの連絡を受けました。
これにて本件(AWSケース ${M})は終了とさせていただきます、ご利用ありがとうございました。

ラーニングゲート 認定サポート窓口`,
  }),
  m({
    slug: 'badge-forged-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: null,
    note: 'look-alike credly-notify.com sender',
    from: 'Amazon Web Services via Credly <admin@credly-notify.com>', to: SUZUKI_TO, subject: 'バッジが統合先アカウントへ移動しました', date: utc('2026-02-11 08:08:08'), auth: 'pass', enc: 'utf8qp',
    text: `鈴木 健一 様
AWS認定のバッジが統合先アカウントへ移動しました。下記から受け取ってください。
https://credly-notify.com/claim?u=k.suzuki`,
  }),
  m({
    slug: 'badge-aws-close-sjis', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: M,
    note: 'support says badges moved and the case closes: badges_transferred',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-13 01:10:00'), auth: 'pass', enc: 'sjis8',
    text: `高橋様

Credly 上のバッジを ${MISAKI.keep} のアカウントへ移行いたしました。
ほかにご不明点がなければ、本ケースはクローズさせていただきます。

AWS Training and Certification
${sfRef('Lm02Ta')}`,
  }),
  m({
    slug: 'badge-coord-fwd-credly', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: null,
    note: 'company training desk forwards the AWS Credly mail it received in the shared inbox',
    from: COORD.from, to: SUZUKI_WORK, subject: 'Fwd: Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-02-09 19:33:20'), auth: 'pass', enc: 'jisb64',
    text: `鈴木さん
研修担当です。共有アドレスに鈴木さん宛のCredlyメールが来ていたので転送します。

${fwdJa(CREDLY_AWS, '2026年2月9日(月) 19:11', 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', COORD.addr, 'Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。\nバッジを入手する')}`,
  }),

  // ---------------------------------------------------------------- case_closed
  m({
    slug: 'close-aws-ja', kind: 'case_closed', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS closes the case',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-12 05:00:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

その後ご連絡がございませんので、本ケースは解決済みとしてクローズいたします。
改めてご不明な点があれば、新しいケースでお問い合わせください。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'close-aws-autoclose-ja', kind: 'case_closed', lang: 'ja', trusted: true, caseId: M,
    note: 'reminder that the case auto-closes without a reply',
    from: AWS_NOREPLY, to: MISAKI_TO, subject: `ケース ${M}: ご返信をお待ちしています`, date: utc('2026-03-15 00:00:10'), auth: 'pass', enc: 'jisb64',
    text: `ケース ${M} について、サポート担当者からの回答にまだご返信がありません。
3 日以内にご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  m({
    slug: 'close-cloudbridge-relay', kind: 'case_closed', lang: 'ja', trusted: false, caseId: S,
    note: 'partner relays that AWS closed the case',
    from: CB.from, to: SUZUKI_WORK, subject: `[#CB-20418] AWSケースクローズのご連絡`, date: jst('2026-02-12 15:05:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

${CB.agent}です。AWS側のケース ${S} が本日付でクローズされたとの通知がありました。
弊社チケットも合わせて完了とさせていただきます。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'close-aws-restates-merge', kind: 'case_closed', lang: 'ja', trusted: true, caseId: M, trap: true,
    note: 'closing notice that restates the earlier merge: case_closed',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-18 02:30:00'), auth: 'pass', enc: 'utf8b64',
    text: `高橋様

先週ご案内のとおり、3月12日に統合作業は完了しております。
その後追加のご質問がございませんでしたので、本ケースをクローズいたします。

AWS Training and Certification`,
  }),
  m({
    slug: 'close-learninggate-autoclose-paste', kind: 'case_closed', lang: 'ja', trusted: false, caseId: M,
    note: 'training company pastes the auto-close reminder',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】AWSケース自動クローズの予告', date: jst('2026-03-15 10:10:10'), auth: 'pass', enc: 'sjisb64',
    text: `高橋様

AWSから以下の通知が届きました。ご返信がないとケースが閉じられてしまいますので、ご注意ください。

＞ If we do not hear back from you within 3 days, case ${M} will be closed automatically.

ラーニングゲート`,
  }),
  m({
    slug: 'close-forged-none', kind: 'case_closed', lang: 'ja', trusted: false, caseId: S,
    note: 'closing notice with no Authentication-Results at all',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-12 23:59:00'), auth: 'none', enc: 'jis7',
    text: `鈴木様
本ケースはクローズされました。再開するには以下からサインインしてください。
https://support-aws-case.example.com/reopen
AWS`,
  }),
  m({
    slug: 'close-humanskill-to-coord', kind: 'case_closed', lang: 'ja', trusted: false, forUser: false, caseId: M,
    note: 'vendor tells the training desk (not the user) that AWS closed the case',
    from: HS.from, to: COORD.from, subject: `【完了】高橋様 AWSケース${M}のクローズについて`, date: jst('2026-03-18 12:00:00'), auth: 'pass', enc: 'sjis8',
    text: `研修ご担当者様

AWSのケース${M}はクローズされたと連絡がありました。本件のご依頼はこれで終了となります。
ヒューマンスキル研修事務局`,
  }),
  m({
    slug: 'close-aws-resolved-html', kind: 'case_closed', lang: 'ja', trusted: true, caseId: S,
    note: 'AWS Support notice that the case was resolved, multipart',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: `ケース ${S} は解決済みになりました`, date: utc('2026-02-12 05:01:30'), auth: 'pass', enc: 'utf8qp',
    text: `ケース ${S} のステータスが「解決済み」に変更されました。
このケースに返信すると、再度オープンされます。`,
    html: `<p>ケース <b>${S}</b> のステータスが「解決済み」に変更されました。</p><p>このケースに返信すると、再度オープンされます。</p>`,
  }),

  // ---------------------------------------------------------------- support_reply
  m({
    slug: 'sr-aws-future-merge', kind: 'support_reply', lang: 'ja', trusted: true, caseId: S, trap: true,
    note: 'future statement: will report once the merge is done',
    from: AWS_FORM, to: SUZUKI_TO, subject: caseSubj(S), date: utc('2026-02-06 08:30:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

ご返信ありがとうございます。担当部署にて作業を進めております。
統合が完了しましたら、改めて本メールにてご連絡いたします。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'sr-cloudbridge-escalated', kind: 'support_reply', lang: 'ja', trusted: false, caseId: S,
    note: 'partner relays that AWS escalated the case',
    from: CB.from, to: SUZUKI_WORK, subject: `[#CB-20418] AWSからの途中経過`, date: jst('2026-02-05 17:45:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

${CB.agent}です。AWSより、本件(ケース ${S})は専門チームへエスカレーションしたとの回答がありました。
進捗があり次第、あらためてご連絡いたします。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'sr-aws-thanks-confirm', kind: 'support_reply', lang: 'ja', trusted: true, caseId: M, trap: true,
    note: 'thanks for confirming, handed to the team',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-12 01:40:00'), auth: 'pass', enc: 'jisb64',
    text: `高橋様

ご確認いただきありがとうございます。統合の担当チームへ依頼いたしました。
今しばらくお待ちください。

AWS Training and Certification`,
  }),
  m({
    slug: 'sr-learninggate-not-yet', kind: 'support_reply', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'relayed negation: merge not completed yet',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】統合状況について', date: jst('2026-03-12 10:00:00'), auth: 'pass', enc: 'sjis8',
    text: `高橋様

AWSに状況を確認したところ、現時点では統合はまだ完了していないとの回答でした。
順番に処理しているとのことですので、もうしばらくお待ちください。

ラーニングゲート`,
  }),
  m({
    slug: 'sr-aws-dup-cases', kind: 'support_reply', lang: 'ja', trusted: true, caseId: M, trap: true,
    note: 'duplicate cases merged, not accounts',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-10 04:04:04'), auth: 'pass', enc: 'utf8qp',
    text: `高橋様

同じ内容のケース (${CASE.misakiDup}) が重複して作成されていたため、ケースを ${M} に統合いたしました。
今後のやり取りはこちらのケースでお願いいたします。

AWS Training and Certification`,
  }),
  m({
    slug: 'sr-aws-write-from-keep', kind: 'support_reply', lang: 'ja', trusted: true, caseId: S,
    note: 'asks the user to write from the kept address, no data requested',
    from: AWS_FORM, to: SUZUKI_WORK, cc: `クラウドブリッジ <${CB.addr}>`, subject: caseSubj(S), date: utc('2026-02-04 07:00:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

本件は、統合後に残すアカウントのメールアドレスからご本人様にご連絡いただく必要がございます。
お手数ですが、そちらのアドレスから本メールへご返信ください。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'sr-humanskill-unable', kind: 'support_reply', lang: 'ja', trusted: false, caseId: S, trap: true,
    note: 'vendor relays that AWS cannot merge on a third party\u2019s request',
    from: HS.from, to: SUZUKI_WORK, subject: `AWS認定アカウント統合の件(代理申請について)`, date: jst('2026-02-04 18:00:00'), auth: 'pass', enc: 'sjisb64',
    text: `鈴木様

研修事務局の森です。AWSより、第三者(当事務局)からの依頼では統合を行えないとの回答がありました(ケース${S})。
恐れ入りますが、鈴木様ご本人からAWSへご連絡をお願いいたします。`,
  }),
  m({
    slug: 'sr-kobayashi-status', kind: 'support_reply', lang: 'ja', trusted: false, caseId: S,
    note: 'consultant relays AWS\u2019s status update',
    from: KOBA.from, to: SUZUKI_TO, subject: `Re: AWS認定の件`, date: jst('2026-02-05 09:12:00'), auth: 'none', enc: 'jis7',
    text: `鈴木さん

小林です。AWSに状況を聞いたところ、ケース${S}は担当者がついて対応中とのことでした。
週明けまでには何か返ってくると思います。

小林`,
  }),
  m({
    slug: 'sr-forged-misaligned', kind: 'support_reply', lang: 'ja', trusted: false, caseId: M,
    note: 'status reply with misaligned DKIM and dmarc=fail',
    from: AWS_FORM, to: MISAKI_TO, subject: caseSubj(M), date: utc('2026-03-11 11:11:11'), auth: 'misaligned', enc: 'utf8b64',
    text: `高橋様
現在、担当チームにて調査中です。追加料金のお支払いが必要な場合があります。
AWS トレーニングと認定`,
  }),

  // ---------------------------------------------------------------- unrelated
  m({
    slug: 'un-cloudbridge-seminar-receipt', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'partner\u2019s seminar registration receipt',
    from: 'クラウドブリッジ セミナー事務局 <seminar@cloudbridge.example.co.jp>', to: SUZUKI_WORK, subject: '【受付完了】AWS認定対策セミナーお申し込みありがとうございます', date: jst('2026-02-14 10:00:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木 健一 様

「AWS認定 SAA 直前対策セミナー」へのお申し込みを受け付けました。
開催日: 2026年3月5日(木) 14:00-17:00
会場: オンライン

クラウドブリッジ株式会社 セミナー事務局`,
  }),
  m({
    slug: 'un-suzuki-own-consent', kind: 'unrelated', lang: 'ja', trusted: false, caseId: S, trap: true,
    note: 'the user\u2019s own consent reply to the partner',
    from: SUZUKI_WORK, to: CB.from, cc: SUZUKI_TO, subject: `Re: [#CB-20418] 【要ご判断】AWS認定アカウント統合の最終同意について`, date: jst('2026-02-06 15:00:00'), auth: 'none', enc: 'jis7',
    text: `${CB.agent}様

お世話になっております。鈴木です。
統合に同意します。AWSへお伝えください。

鈴木

2026年2月6日(金) 14:20 クラウドブリッジ株式会社 AWSサポートデスク <${CB.addr}>:
${quote(`AWS(ケース ${S})より、次の内容で統合してよいか、お客様の同意を得てほしいとの依頼がありました。`)}`,
  }),
  m({
    slug: 'un-kobayashi-to-aws', kind: 'unrelated', lang: 'ja', trusted: false, caseId: S, trap: true,
    note: 'consultant\u2019s own mail to AWS on the client\u2019s behalf, client in Cc',
    from: KOBA.from, to: AWS_FORM, cc: SUZUKI_TO, subject: caseSubj(S), date: jst('2026-02-04 12:00:00'), auth: 'none', enc: 'utf8qp',
    text: `AWS トレーニングと認定 ご担当者様

鈴木健一様の代理で連絡しております、コンサルタントの小林です。
統合先 ${SUZUKI.keepId}、統合元 ${SUZUKI.srcId} です。ご確認のほどお願いいたします。
鈴木様をCcに入れております。

小林 直樹`,
  }),
  m({
    slug: 'un-learninggate-exam-result', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'training company\u2019s congratulations on a passed exam',
    from: LG.from, to: MISAKI_TO, subject: '【ラーニングゲート】合格おめでとうございます', date: jst('2026-04-02 09:00:00'), auth: 'pass', enc: 'sjis8',
    text: `高橋様

AWS Certified Developer - Associate の合格、おめでとうございます。
受講コースの修了手続きも完了しております。次のステップとして Professional 講座をご案内します。

ラーニングゲート`,
  }),
  m({
    slug: 'un-aws-refund-receipt', kind: 'unrelated', lang: 'ja', trusted: true, caseId: CASE.suzukiOther, trap: true,
    note: 'receipt of the user\u2019s other case, about an exam refund',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: `ケース ${CASE.suzukiOther} を受け付けました(試験料の返金)`, date: utc('2026-02-20 04:00:00'), auth: 'pass', enc: 'jis7',
    text: `試験料の返金に関するお問い合わせを受け付けました。
ケース ID: ${CASE.suzukiOther}
担当者よりご連絡いたします。

Amazon Web Services`,
  }),
  m({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI_TO, subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-03-20 03:00:00'), auth: 'pass', enc: 'utf8qp', relay: 'o2.em.credly.com',
    text: `高橋 美咲 様
Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する
https://www.credly.com/badges/5a5a5a5a`,
  }),
  m({
    slug: 'un-cloudbridge-ooo', kind: 'unrelated', lang: 'ja', trusted: false, caseId: S, trap: true,
    note: 'partner agent\u2019s out-of-office auto-reply',
    from: `中村 <nakamura@cloudbridge.example.co.jp>`, to: SUZUKI_WORK, subject: `自動応答: Re: [#CB-20418] AWS認定アカウント統合 (ケース ${S})`, date: jst('2026-02-09 08:00:00'), auth: 'pass', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `お問い合わせありがとうございます。
2月9日から2月11日まで休暇のため不在にしております。メールは受信しておりますが、確認は12日以降となります。
お急ぎの場合は aws-desk@cloudbridge.example.co.jp へご連絡ください。`,
  }),
  m({
    slug: 'un-aws-survey-ja', kind: 'unrelated', lang: 'ja', trusted: true, caseId: S, trap: true,
    note: 'satisfaction survey after the case',
    from: AWS_NOREPLY, to: SUZUKI_TO, subject: 'AWS サポートのご利用に関するアンケート', date: utc('2026-02-13 06:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `ケース ${S} は解決済みとなりました。問題は解決しましたか?
1 分ほどのアンケートにご協力ください。
https://survey.aws.amazon.com/s/abc123`,
  }),
  m({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly\u2019s own account-merge verification code',
    from: 'Credly <noreply@credly.com>', to: SUZUKI_TO, subject: 'Credly アカウント統合の確認コード', date: utc('2026-02-11 01:00:00'), auth: 'pass', enc: 'utf8qp', relay: 'o1.em.credly.com',
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。
確認コード: 482913
このコードは 30 分間有効です。`,
  }),
  // ---------------------------------------------------------------- additions
  m({
    slug: 'un-humanskill-course-done', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'training vendor\u2019s course-completion notice, not the account merge',
    from: HS.from, to: SUZUKI_WORK, subject: '【修了のお知らせ】AWS Cloud Practitioner Essentials 研修', date: jst('2026-01-28 17:30:00'), auth: 'pass', enc: 'sjis8',
    text: `鈴木 健一 様

先日受講いただいた「AWS Cloud Practitioner Essentials」研修の修了処理が完了いたしました。
修了証はマイページからダウンロードいただけます。アンケートへのご協力もお願いいたします。

ヒューマンスキル研修事務局`,
  }),
  m({
    slug: 'un-cloudbridge-newsletter', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'partner newsletter with an article about merging certification accounts',
    from: 'クラウドブリッジ通信 <news@cloudbridge.example.co.jp>', to: SUZUKI_WORK, subject: 'クラウドブリッジ通信 2月号: 認定アカウントの統合手順を解説', date: jst('2026-02-16 12:00:00'), auth: 'pass', enc: 'utf8qp',
    html: `<html><body><h2>クラウドブリッジ通信 2月号</h2><ul><li>転職・異動時に便利、AWS認定アカウントを統合する手順とバッジの移行</li><li>新サービス紹介</li><li>セミナー受付中</li></ul><p>配信停止は<a href="https://cloudbridge.example.co.jp/unsub">こちら</a></p></body></html>`,
  }),
  m({
    slug: 'sr-cloudbridge-bottompost-manual', kind: 'support_reply', lang: 'ja', trusted: false, caseId: S, trap: true,
    note: 'partner bottom-posts: AWS says the tool cannot merge, a manual merge will follow; nothing done yet',
    from: CB.from, to: SUZUKI_WORK, subject: `Re: [#CB-20418] AWS認定アカウント統合のお問い合わせ`, date: jst('2026-02-04 10:05:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

> Merge Accountsを試しましたが「両方のアカウントに認定履歴があります」と出て進めませんでした。
> 鈴木

ご確認ありがとうございます。${CB.agent}です。
AWSへ確認したところ、両アカウントに受験履歴がある場合はツールでは統合できず、サポート側での手作業になるとのことでした。
ケース ${S} にて引き続き対応を依頼しております。

${ticketJa('CB-20418')}`,
  }),
  m({
    slug: 'un-coord-report-receipt', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'company HR receipt of a certification report, not a support case',
    from: COORD.from, to: SUZUKI_WORK, subject: '資格取得報告の受付について', date: jst('2026-02-18 09:30:00'), auth: 'pass', enc: 'jisb64',
    text: `鈴木さん

資格取得報告(AWS Certified Solutions Architect - Associate)を受け付けました。
報奨金は3月の給与で支給予定です。認定証の写しの提出は不要です。

人事部 研修担当`,
  }),
  m({
    slug: 'info-kobayashi-mobile', kind: 'info_request', lang: 'ja', trusted: false, caseId: S,
    note: 'consultant, from a phone, relays AWS\u2019s request for the candidate IDs',
    from: KOBA.from, to: SUZUKI_TO, subject: `Re: AWS認定の件`, date: jst('2026-02-04 12:48:00'), auth: 'none', enc: 'utf88bit',
    text: `鈴木さん
AWS(ケース${S})から、両方の候補者IDと登録メアドを知らせてほしいと返ってきてます。わかる範囲で僕宛に送ってもらえれば、まとめて返信しときます。
小林
Sent from my iPhone`,
  }),
];

void paras;
