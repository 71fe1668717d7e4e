// Set "co", Japanese part 2: 中村 芽衣, 伊藤 大輔, 山本 彩, and mail around the cases.
import { rfcDate as d, type Msg } from './lib.js';
import {
  AYA,
  CASE,
  CREDLY_AWS,
  FORM,
  FORM_BARE,
  FORM_JA,
  ITO,
  KENJI,
  MEI,
  NOREPLY,
  SHO,
  YUI,
  caseSubj,
  caseSubjNew,
  colourInline,
  esc,
  gmailJa,
  gt,
  jaAddr,
  mk,
  origMsg,
  outlookJa,
  paras,
  sfBlock,
} from './common.js';

const M = CASE.mei;
const I = CASE.ito;
const A = CASE.aya;
const Y = CASE.yui;
const S = CASE.sho;
const K = CASE.kenji;

const itoForm = `お世話になります。伊藤と申します。
社用アドレスで登録した認定アカウントと、私用アドレスのアカウントを1本化したく、ご相談です。
私用: ${ITO.keep}(${ITO.keepId})
社用: ${ITO.src}
社用側の候補IDは失念しました。
伊藤 大輔 / 株式会社ビッグコープ`;

const meiAsk = `学生時代に大学のアドレスで受験したアカウントと、就職後に作ったアカウントがあります。
大学のアドレスは卒業で使えなくなりました。
まとめることはできますか? バッジはどうなりますか?
中村`;

export const JA2: Msg[] = [
  // ---------------------------------------------------------------- 中村 芽衣
  mk({
    slug: 'mei-ack-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: M,
    note: 'HTML-only receipt of the new case, case ID in a table cell',
    from: NOREPLY,
    to: MEI.keep,
    subject: `ケースが作成されました (ケース ID ${M})`,
    date: d('2026-04-06 10:21:33'),
    enc: 'utf8b64',
    html: `<!DOCTYPE html><html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#16191f">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px">AWS サポート</td></tr>
<tr><td style="padding:16px">
<p>${esc(MEI.ja)} 様</p>
<p>お問い合わせいただき、ありがとうございます。以下のケースを作成しました。</p>
<table cellpadding="4" style="border:1px solid #d5dbdb"><tr><td>ケース ID</td><td>${M}</td></tr><tr><td>カテゴリ</td><td>AWS トレーニングと認定</td></tr><tr><td>重要度</td><td>一般的な質問</td></tr></table>
<p>担当者からの回答をお待ちください。回答はこのメールアドレスにお送りします。</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'mei-ai-parentdkim',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer (aws.amazon.com, DKIM by amazon.com): the tool refuses when both accounts hold certifications, then open a case',
    auth: 'dkimParent',
    from: 'AWS サポート <no-reply@aws.amazon.com>',
    to: MEI.keep,
    subject: 'お問い合わせへの自動回答',
    date: d('2026-04-06 10:15:02'),
    enc: 'utf8b64',
    text: `この回答は、お問い合わせ内容をもとに AI が自動で生成したものです。

2つの AWS 認定アカウントをお持ちの場合、認定ポータルのアカウントマージ機能をお試しください。
ただし、両方のアカウントに認定の履歴があるときは、この機能ではマージできず、サポートへの問い合わせが必要になります。
その場合は、このページの「ケースを作成」を選び、両方のアカウントのメールアドレスを添えてお送りください。

この回答は役に立ちましたか?  はい / いいえ`,
  }),
  mk({
    slug: 'mei-info-agentprefix',
    kind: 'info_request',
    lang: 'ja',
    caseId: M,
    note: '[AWS回答]-prefixed inline answers; asks for the university account ID and which address stays',
    from: FORM_JA,
    to: MEI.keep,
    subject: caseSubj(M),
    date: d('2026-04-07 03:36:57'),
    text: `中村様

お問い合わせの件、文中に [AWS回答] としてお答えします。

> 学生時代に大学のアドレスで受験したアカウントと、就職後に作ったアカウントがあります。
> 大学のアドレスは卒業で使えなくなりました。
> まとめることはできますか?

[AWS回答] はい、サポートにて統合いたします。大学のアドレスが使えなくても問題ございません。
そのうえで、大学時代のアカウントの候補IDと、今後お使いになるメールアドレスを、このメールへのご返信でお寄せいただけますと幸いです。

> バッジはどうなりますか?

[AWS回答] 統合後、Credly のバッジは残るアカウントのアドレスに紐づけ直すことができます。

山口
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'mei-own-consent-inline',
    kind: 'unrelated',
    lang: 'ja',
    caseId: M,
    trusted: false,
    trap: true,
    note: "her own inline reply (sent copy): gives the ID and writes 同意します; not news from support",
    from: jaAddr(MEI),
    to: FORM_BARE,
    cc: MEI.keep,
    subject: caseSubj(M),
    date: d('2026-04-07 20:05:41', '+0900'),
    enc: 'utf8qp',
    text: `山口様

ありがとうございます。文中にお返事します。

> そのうえで、大学時代のアカウントの候補IDと、今後お使いになるメールアドレスを、このメールへのご返信でお寄せいただけますと幸いです。

大学時代: ${MEI.srcId}(${MEI.src})
今後使うのは ${MEI.keep} です。

取り消せないことも理解していますので、統合に同意します。

中村 芽衣`,
  }),
  mk({
    slug: 'mei-info-lostmarkers',
    kind: 'info_request',
    lang: 'ja',
    caseId: M,
    note: 'new text asks for the exam name and date; the earlier thread is pasted below without quote markers',
    to: MEI.keep,
    subject: caseSubj(M),
    date: d('2026-04-08 02:14:25'),
    enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。
お知らせいただいた ${MEI.srcId} では該当のアカウントが見つかりませんでした。お手数ですが、大学時代に合格された試験の名前と受験日(おおよそで構いません)を教えていただけますか。

山口

差出人: ${MEI.ja} <${MEI.keep}>
大学時代: ${MEI.srcId}(${MEI.src})
今後使うのは ${MEI.keep} です。
取り消せないことも理解していますので、統合に同意します。

差出人: AWS トレーニングと認定
[AWS回答] はい、サポートにて統合いたします。大学のアドレスが使えなくても問題ございません。
[AWS回答] 統合後、Credly のバッジは残るアカウントのアドレスに紐づけ直すことができます。`,
  }),
  mk({
    slug: 'mei-confirm-red',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: M,
    note: 'multipart; answers in red between her unmarked lines, the last red line asks her to agree to the irreversible merge',
    to: MEI.keep,
    subject: caseSubj(M),
    date: d('2026-04-09 05:50:18'),
    enc: 'utf8qp',
    text: `中村様

赤字にてご回答いたします。

受験したのは Cloud Practitioner で、2023年の秋ごろだったと思います。
--> ありがとうございます。この情報でアカウント(${MEI.srcId.replace('457', '458')})を特定できました。先日のIDは一桁違っていたようです。

前回「同意します」と書きましたが、これで進みますか?
--> 念のため、特定できたアカウントの内容でもう一度ご同意をお願いしております。${MEI.keepId} を残し、大学時代のアカウントを統合します。統合後は元に戻せません。よろしければ「はい」とだけご返信ください。

山口`,
    html: `<html><body>
<div style="font-family:Meiryo,sans-serif">中村様<br><br><span style="color:#C00000">赤字</span>にてご回答いたします。<br><br></div>
${colourInline(
  [
    { q: '受験したのは Cloud Practitioner で、2023年の秋ごろだったと思います。' },
    { a: `ありがとうございます。この情報でアカウント(${MEI.srcId.replace('457', '458')})を特定できました。先日のIDは一桁違っていたようです。` },
    { q: '前回「同意します」と書きましたが、これで進みますか?' },
    { a: `念のため、特定できたアカウントの内容でもう一度ご同意をお願いしております。${MEI.keepId} を残し、大学時代のアカウントを統合します。統合後は元に戻せません。よろしければ「はい」とだけご返信ください。` },
  ],
  '#C00000',
)}
<div style="font-family:Meiryo,sans-serif"><br>山口</div>
</body></html>`,
  }),
  mk({
    slug: 'mei-merged-phish',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: M,
    trusted: false,
    note: 'completion claim from amaz0n-training.jp asking to sign in via a link: forged sender, untrusted',
    from: 'AWS トレーニングと認定 <support@amaz0n-training.jp>',
    to: MEI.keep,
    subject: `RE:[CASE ${M}] アカウント統合完了のお知らせ`,
    date: d('2026-04-09 11:40:00', '+0900'),
    enc: 'utf8b64',
    text: `中村 芽衣 様

ご依頼いただいた認定アカウントの統合が完了しました。
統合後のアカウントを有効にするため、24時間以内に下記からサインインしてください。
https://amaz0n-training.jp/certification/verify?case=${M}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'mei-merged-portal',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: "the certification portal's own notice that the accounts were merged (no case ID)",
    from: 'AWS Certification <no-reply@aws.training>',
    to: MEI.keep,
    subject: 'AWS 認定: アカウントのマージが完了しました',
    date: d('2026-04-10 01:03:27'),
    enc: 'jis7',
    text: `${MEI.ja} 様

お客様の AWS 認定アカウントのマージ処理が完了しました。
今後は ${MEI.keep} でサインインすると、すべての認定資格・試験履歴・特典をご覧いただけます。

このメールは送信専用アドレスからお送りしています。

AWS Training and Certification`,
  }),
  mk({
    slug: 'mei-credly-clf',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: "AWS's Credly badge (Cloud Practitioner) issued to the kept address",
    from: CREDLY_AWS,
    to: MEI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-04-13 06:55:44'),
    enc: 'utf8b64',
    text: `${MEI.ja} さん

おめでとうございます。Amazon Web Services Training and Certification が、あなたの実績を認めて次のバッジを発行しました。

AWS Certified Cloud Practitioner

「バッジを入手する」からバッジを受け取り、プロフィールに追加しましょう。
https://www.credly.com/earner/earned/badge/0b9a77e1-3f24-4c8e-a1d6-5e90c2f1aa20

Credly`,
  }),
  mk({
    slug: 'mei-resolved-status',
    kind: 'case_closed',
    lang: 'ja',
    caseId: M,
    note: 'AWS Support status notice: the case was marked resolved',
    from: NOREPLY,
    to: MEI.keep,
    subject: `ケース ${M} は解決済みになりました`,
    date: d('2026-04-17 00:00:41'),
    enc: 'utf8qp',
    text: `AWS サポートをご利用いただき、ありがとうございました。

ケース ${M} は「解決済み」になりました。
引き続きご不明な点があれば、サポートセンターからケースを再開できます。

AWS サポート`,
  }),

  // ---------------------------------------------------------------- 伊藤 大輔
  mk({
    slug: 'ito-ack-echo',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: I,
    note: 'receipt with a copy of his form text below; Outlook-style whole-subject encoding',
    from: FORM,
    to: ITO.keep,
    subject: `【受付】[CASE ${I}] AWS トレーニングと認定へのお問い合わせ`,
    wholeSubject: true,
    date: d('2026-05-11 00:48:06'),
    text: `伊藤 大輔 様

お問い合わせを受け付けました。受付番号は ${I} です。
担当者が確認のうえ、順次ご連絡いたします。

--- お問い合わせ内容 ---
${itoForm}
------------------------`,
  }),
  mk({
    slug: 'ito-ai-question',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI answer that quotes his question and explains what happens once accounts are merged (badges, vouchers)',
    from: NOREPLY,
    to: ITO.keep,
    subject: 'AI による回答: 認定アカウントの統合',
    date: d('2026-05-11 00:40:12'),
    text: `あなたの質問:
「社用アドレスの認定アカウントと私用のアカウントを1本化したい」

回答(自動生成):
認定ポータルのプロフィールからアカウントのマージをお試しください。
マージが完了すると、統合元の認定は統合先に表示され、Credly のバッジは統合先のメールアドレスで受け取り直すことになります。割引特典も統合先に移ります。
マージできない旨のメッセージが表示された場合は、サポートケースを作成してください。

※この回答は生成 AI によるもので、誤りを含む可能性があります。`,
  }),
  mk({
    slug: 'ito-info-diamond',
    kind: 'info_request',
    lang: 'ja',
    caseId: I,
    trap: true,
    note: '◆ answers inline; asks him to write from the kept address AND to send the company-side ID or exam/date',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-12 04:22:39'),
    text: `伊藤様

AWS トレーニングと認定の小川です。ご質問の箇所ごとに ◆ で回答いたします。

> 私用: ${ITO.keep}(${ITO.keepId})
> 社用: ${ITO.src}
◆ 残すのは私用のアカウントということで承りました。今後のご連絡は、このまま私用アドレスからお願いします。

> 社用側の候補IDは失念しました。
◆ 社用側を特定するため、社用アドレスで受けた試験の名称と合格日、または候補IDが分かる資料(スコアレポート等)の内容をお知らせください。

小川

${sfBlock(`${ITO.ja} <${ITO.keep}>`, '2026/05/11 0:47', FORM_BARE, caseSubjNew(I))}

${itoForm}`,
  }),
  mk({
    slug: 'ito-info-mixed-template',
    kind: 'info_request',
    lang: 'ja',
    caseId: I,
    note: 'Japanese note with an English template block listing what to send (old login e-mail, Skill Builder e-mail)',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-13 07:09:51'),
    enc: 'jisb64',
    text: `伊藤様

試験名と合格日をありがとうございます。照合はほぼ済みましたが、あと少しだけ情報が足りません。
下の項目を埋めてご返信ください(英語の定型文で失礼します)。

Please provide:
 - Login email of the account to be merged:
 - AWS Skill Builder email (if different):
 - Notification email set on the certification profile:

小川

2026年5月12日(火) 21:30 ${ITO.ja} <${ITO.keep}>:
> 社用で受けたのは DVA で、合格日は2024年6月14日です。`,
  }),
  mk({
    slug: 'ito-confirm-kakko',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: I,
    note: 'answers in 〔 〕 brackets between his lines; the last bracket asks for consent to the irreversible merge',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-14 02:31:04'),
    enc: 'jisb64',
    text: `伊藤様

> Login email of the account to be merged: ${ITO.src}
〔ありがとうございます。${ITO.srcId} として確認いたしました。〕

> AWS Skill Builder email (if different): 同じです
〔承知しました。〕

〔以上で準備が整いました。${ITO.srcId} を ${ITO.keepId} に統合いたします。実行後は元に戻せませんので、ご異存がなければ本メールに「了承」とご返信願います。〕

小川`,
  }),
  mk({
    slug: 'ito-confirm-forged',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: I,
    trusted: false,
    note: 'asks for consent, but the top A-R says dmarc=fail and a "pass" verdict is planted lower: untrusted',
    auth: 'failThenForged',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-14 03:10:44'),
    enc: 'jis7',
    text: `伊藤様

統合の最終確認です。下記リンクから同意ボタンを押してください。押された時点で統合を実行します。
https://aws-merge-consent.example.net/agree?case=${I}

小川`,
  }),
  mk({
    slug: 'ito-conditional',
    kind: 'support_reply',
    lang: 'ja',
    caseId: I,
    trap: true,
    note: '「統合が完了しましたら」: thanks for 了承, work requested, completion only promised',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-14 09:44:20'),
    text: `伊藤様

ご了承のご返信ありがとうございます。さっそく担当部署へ作業を依頼しました。
統合が完了しましたら、改めて本ケースでお知らせいたしまします。

小川

> 了承します。よろしくお願いします。`,
  }),
  mk({
    slug: 'ito-merged-resent',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: I,
    forUser: false,
    note: "completion notice that reached him only via his company server's redirect (Resent-*): not delivered to him directly",
    to: ITO.src,
    subject: caseSubj(I),
    date: d('2026-05-15 06:12:09'),
    resent: { from: ITO.src, to: ITO.keep, date: d('2026-05-15 15:12:30', '+0900') },
    text: `伊藤様

お待たせしました。${ITO.srcId} の認定と受験履歴を ${ITO.keepId} へ移す作業が終わりました。
私用アドレスでサインインし、DVA が表示されているかご確認ください。

小川`,
  }),
  mk({
    slug: 'ito-badges-support',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: I,
    note: '[サポート] inline answer: the DVA badge has been moved onto the kept Credly account',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-19 05:27:33'),
    text: `伊藤様

ご連絡ありがとうございます。

> 統合はできていましたが、DVA のバッジだけ Credly に出てきません。
[サポート] 確認したところ、バッジが社用アドレスの Credly アカウントに残っておりました。
[サポート] 本日、私用アドレス(${ITO.keep})の Credly アカウントへ移し替えましたので、すでにプロフィールに表示されているはずです。

> ほかに必要な手続きはありますか。
[サポート] 特にございません。

小川`,
  }),
  mk({
    slug: 'ito-close-inline',
    crlf: false,
    kind: 'case_closed',
    lang: 'ja',
    caseId: I,
    note: 'one-line inline answer: since nothing else is needed, the case is closed now',
    to: ITO.keep,
    subject: caseSubj(I),
    date: d('2026-05-20 01:02:55'),
    enc: 'jis7',
    text: `伊藤様

> バッジも確認できました。これで全部です。ありがとうございました。
→ ご確認ありがとうございます。それでは本ケースはクローズいたします。またのご利用をお待ちしております。

小川`,
  }),
  mk({
    slug: 'ito-fwd-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: I,
    trusted: false,
    forUser: false,
    trap: true,
    note: "his own forward of the completion notice to a colleague (not addressed to any of his addresses)",
    from: jaAddr(ITO),
    to: '鈴木 浩 <suzuki.h@bigcorp.example.co.jp>',
    subject: `Fw: ${caseSubj(I)}`,
    date: d('2026-05-15 15:30:02', '+0900'),
    text: `鈴木さん

認定アカウントの件、統合が終わったと連絡がありました。社内の資格一覧の更新をお願いします。
伊藤

---------- 転送メッセージ ----------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年5月15日(金) 15:12
Subject: ${caseSubj(I)}
To: ${ITO.src}

伊藤様

お待たせしました。${ITO.srcId} の認定と受験履歴を ${ITO.keepId} へ移す作業が終わりました。`,
  }),
  mk({
    slug: 'ito-colleague-ooo',
    kind: 'unrelated',
    lang: 'ja',
    caseId: I,
    trusted: false,
    trap: true,
    note: "colleague's out-of-office auto-reply to his forward; mentions the merge",
    from: '鈴木 浩 <suzuki.h@bigcorp.example.co.jp>',
    to: ITO.keep,
    subject: `自動応答: Fw: ${caseSubj(I)}`,
    date: d('2026-05-15 15:30:09', '+0900'),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `お疲れさまです。鈴木です。
5月15日から5月22日まで休暇をいただいております。
資格一覧やアカウント統合の件は、戻り次第対応いたします。急ぎの場合は情報システム部までご連絡ください。`,
  }),

  // ---------------------------------------------------------------- 山本 彩
  mk({
    slug: 'aya-ack-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: A,
    note: 'short receipt, Shift_JIS, case ID in the subject only once and in a footer reference',
    from: FORM_JA,
    to: AYA.keep,
    subject: caseSubjNew(A),
    date: d('2026-06-01 08:30:45'),
    enc: 'sjis8',
    text: `山本 彩 様

お問い合わせありがとうございます。内容を確認し、担当者よりご連絡します。
なお、同じ内容でケースを重ねて作成されると対応が遅れますので、このままお待ちください。

[ref: CASE ${A}]`,
  }),
  mk({
    slug: 'aya-unable',
    kind: 'support_reply',
    lang: 'ja',
    caseId: A,
    trap: true,
    note: '"現時点では統合できません" with the reason (an exam result still pending); no request',
    to: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-02 06:18:30'),
    enc: 'sjis8',
    text: `山本様

お問い合わせの件、確認いたしました。
研究室アドレスのアカウント(${AYA.srcId})に、採点中の試験が1件残っております。採点中のアカウントは統合の対象にできないため、現時点では統合を行えません。
結果が確定する来週以降に、あらためて作業を進めます。お手数をおかけしますが、今しばらくお待ちください。

岡田
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'aya-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: A,
    trap: true,
    note: 'asks her to continue from the address she keeps, without asking for any data',
    to: AYA.src,
    cc: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-03 02:40:02'),
    enc: 'sjisb64',
    text: `山本様

研究室のアドレスからご返信をいただきましたが、本人確認の都合上、今後のやり取りは統合先として残すアカウントのメールアドレス(${AYA.keep})からお送りいただけますでしょうか。
ケースはそのまま継続しておりますので、このメールに私用アドレスから返信していただければ結構です。

岡田

2026年6月2日(火) 18:05 山本 彩 <${AYA.src}>:
> 岡田様
> 承知しました。結果が出るのを待ちます。`,
  }),
  mk({
    slug: 'aya-merged-bilingual',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: A,
    note: 'English template line plus a Japanese note: the accounts were merged; please check everything is there',
    to: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-10 04:55:12'),
    enc: 'utf8qp',
    text: `Hello,

Your AWS Certification accounts have been merged.

山本様
採点の確定を待って、本日 ${AYA.srcId} の内容を ${AYA.keepId} に統合いたしました。
念のため、認定・試験履歴・特典がすべて表示されているかご確認いただけますでしょうか。

岡田
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'aya-badges-plain',
    crlf: false,
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: A,
    note: 'support says the badges were moved to the kept Credly account; bottom-posted under her question',
    to: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-12 07:30:19'),
    enc: 'jis7',
    text: `2026年6月11日(木) 22:47 ${AYA.ja} <${AYA.keep}>:
> 岡田様
> 統合ありがとうございました。Credly のバッジが研究室アドレスのままのようです。
> 山本

山本様

ご連絡ありがとうございます。研究室アドレス側にあったバッジ3点を、${AYA.keep} の Credly アカウントへ移行いたしました。
Credly にサインインいただくと、すでに一覧に表示されております。

岡田`,
  }),
  mk({
    slug: 'aya-autoclose-3d',
    kind: 'case_closed',
    lang: 'ja',
    caseId: A,
    note: 'reminder: without a reply within three days the case will be closed',
    from: FORM_JA,
    to: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-16 00:30:00'),
    enc: 'jisb64',
    text: `山本様

先日のご連絡以降、お返事をいただいておりません。
このまま3日間ご返信がない場合、本件は解決したものとしてケースを閉じさせていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'aya-closed-otheronly',
    kind: 'case_closed',
    lang: 'ja',
    caseId: A,
    trusted: false,
    note: 'closing notice whose only Authentication-Results comes from another server (mx.google.com): untrusted',
    auth: 'otherOnly',
    to: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-19 01:10:40'),
    enc: 'jisb64',
    text: `山本様

ご返信がございませんでしたので、本ケースはクローズいたしました。

AWS トレーニングと認定`,
  }),

  // ---------------------------------------------------------------- other Japanese mail on the cases
  mk({
    slug: 'yui-ai-sesonly',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trusted: false,
    note: 'AI suggestion to use the Merge Accounts tool; only an amazonses.com DKIM signature, no aligned pass: untrusted',
    auth: 'sesOnly',
    from: NOREPLY,
    to: YUI.keep,
    subject: 'ご質問への自動回答をお送りします',
    date: d('2026-03-02 22:58:13'),
    enc: 'sjis8',
    text: `田中 結衣 様

お問い合わせ「認定アカウントを1つにしたい」に対する自動回答です。

まずは CertMetrics の「Merge Accounts」をお試しください。両方のアカウントでサインインできれば、数分で手続きが終わります。
解決しない場合は、この下の「ケースを作成」からお問い合わせください。

(この回答は自動で生成されています)`,
  }),
  mk({
    slug: 'kenji-ai-bilingual',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'generated answer in Japanese with English boilerplate around it; points to self-service',
    from: NOREPLY,
    to: KENJI.keep,
    subject: 'Amazon Q からの回答 / Answer from Amazon Q',
    wholeSubject: true,
    date: d('2026-02-03 00:10:20'),
    enc: 'utf8b64',
    text: `This answer was generated by AI. Please verify important information.

森 健二 様
アカウントの統合は、まずセルフサービスの「アカウントのマージ」機能で行えるかお試しください。
プロフィール > アカウントのマージ を開き、もう一方のアカウントのメールアドレスを入力します。
両方に認定がある場合など、この機能が使えないときは、担当者へのケース作成にお進みください。

Was this helpful?`,
  }),
  mk({
    slug: 'sho-ai-html',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'HTML+text generated answer with suggested articles; first step is the self-service tool',
    from: NOREPLY,
    to: SHO.keep,
    subject: 'お問い合わせに関連する情報',
    date: d('2026-03-11 12:29:58'),
    enc: 'utf8qp',
    text: `お問い合わせに関連しそうな情報をまとめました(自動生成)。

・複数の認定アカウントをまとめるには、プロフィールの「アカウントのマージ」をご利用ください
・マージできない場合のみ、サポートへのケース作成が必要です

関連記事: AWS 認定に関するよくある質問`,
    html: `<p>お問い合わせに関連しそうな情報をまとめました(自動生成)。</p>
<ul><li>複数の認定アカウントをまとめるには、プロフィールの「アカウントのマージ」をご利用ください</li><li>マージできない場合のみ、サポートへのケース作成が必要です</li></ul>
<p>関連記事: <a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定に関するよくある質問</a></p>`,
  }),
  mk({
    slug: 'yui-info-forgedbelow',
    kind: 'info_request',
    lang: 'ja',
    caseId: Y,
    trusted: false,
    note: 'asks for her password and IDs; the dmarc=pass sits below the receiving server\'s Received line: untrusted',
    auth: 'forgedBelow',
    to: YUI.keep,
    subject: caseSubj(Y),
    date: d('2026-03-04 09:12:00'),
    enc: 'sjis8',
    text: `田中様

統合の手続きを進めるにあたり、両方のアカウントのログインメールアドレスとパスワード、候補IDを本メールに記載してご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'yui-confirm-remind',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: Y,
    note: 'reminder that her consent is still missing; asks again whether the merge may go ahead',
    to: YUI.keep,
    subject: caseSubj(Y),
    date: d('2026-03-05 23:40:22'),
    enc: 'sjisb64',
    text: `田中様

昨日お送りした確認のメールについて、まだご返信が届いていないようです。
${YUI.srcId} を ${YUI.keepId} へ統合してよろしいか(実行後は元に戻せません)、お手すきの際にご返信をお願いいたします。

高橋`,
  }),
  mk({
    slug: 'other-person-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.other,
    forUser: false,
    note: 'consent request for a different person with a similar name (kenta.mori): not addressed to the user',
    to: '森 健太 <kenta.mori@example.jp>',
    subject: caseSubj(CASE.other),
    date: d('2026-02-20 02:02:02'),
    text: `森 健太 様

お送りいただいた2つのアカウント(AWS31100452 / AWS80021937)を統合する準備ができました。
統合は取り消しできませんので、この内容で進めてよろしいかご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sho-consent-again',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: S,
    note: 'answers his question on expiry dates inline, then asks once more for his go-ahead',
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-13 08:20:37'),
    enc: 'utf8qp',
    text: `小林様

ご質問ありがとうございます。以下にお答えします。

> 統合すると SAP の有効期限は変わりますか?
→ 変わりません。合格日から3年間のままです。

> 特典のバウチャーは消えませんか?
→ 未使用のものは残ります。

→ 上記をご確認いただいたうえで、統合を実行してよいか、あらためてご返信いただけますでしょうか。統合後は取り消せない点、ご了承ください。

西村`,
  }),
  mk({
    slug: 'yui-merged-cojp',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: Y,
    trusted: false,
    note: 'completion claim from amazon.co.jp (passes DMARC, but not one of the trusted domains): untrusted',
    from: 'Amazon.co.jp <account-update@amazon.co.jp>',
    to: YUI.keep,
    subject: `認定アカウント統合完了のご連絡 (CASE ${Y})`,
    date: d('2026-03-06 10:20:20', '+0900'),
    enc: 'sjis8',
    text: `田中 結衣 様

ご依頼の認定アカウントの統合は完了しました。統合後のアカウント情報は、Amazon.co.jp のアカウントサービスからご確認いただけます。

Amazon.co.jp カスタマーサービス`,
  }),
  mk({
    slug: 'kenji-credly-dva-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only AWS Credly badge notice (Developer - Associate) to the kept address',
    from: CREDLY_AWS,
    to: KENJI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-09 02:11:48'),
    enc: 'utf8b64',
    html: `<html><body>
<p>${esc(KENJI.ja)} さん</p>
<p>Amazon Web Services Training and Certification が次のバッジを発行しました。</p>
<p><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/54e1f6d3-9a7c-4bb2-8c3e-17f0a2b9d611">バッジを入手する</a></p>
<p>Credly は Pearson のサービスです。</p>
</body></html>`,
  }),
  mk({
    slug: 'mei-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trusted: false,
    note: 'AWS badge notice from credly-badges.net (look-alike domain): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: MEI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-04-12 09:09:09'),
    enc: 'utf8qp',
    text: `${MEI.ja} さん

統合されたアカウントにバッジが移行されました。受け取りにはログインが必要です。

バッジを入手する
https://credly-badges.net/claim?u=${encodeURIComponent(MEI.keep)}`,
  }),
  mk({
    slug: 'mei-escalated-arrow',
    kind: 'support_reply',
    lang: 'ja',
    caseId: M,
    trap: true,
    note: 'inline → answers: passed to the specialist team; no merge yet, nothing asked',
    to: MEI.keep,
    subject: caseSubj(M),
    date: d('2026-04-09 23:15:40'),
    enc: 'jis7',
    text: `中村様

> 「はい」です。よろしくお願いします。
→ ご承諾いただきありがとうございます。

> どのくらいで終わりますか?
→ 専門のチームに作業を依頼しました。通常は数日以内ですが、混み具合により前後します。進みがありましたらこちらからご連絡いたします。

山口`,
  }),
  mk({
    slug: 'kenji-seebelow-future',
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: '"下記にご回答" top; every inline answer is about the future (badges after merge, timing): a status reply',
    to: KENJI.keep,
    subject: caseSubj(K),
    date: d('2026-02-05 06:40:12'),
    enc: 'utf8b64',
    text: `森様

ご質問につきまして、下記にご回答いたします。

> 統合が終わったら、バッジは自動で移りますか?
　通常は統合完了後に新しいアドレス宛てにバッジが届きます。届かない場合はお知らせください。

> どれくらいかかりますか?
　作業は担当部署で順次行っており、数日ほどお時間をいただいております。

> 会社のアドレスで何か操作は必要ですか?
　不要です。

藤井`,
  }),
  mk({
    slug: 'yui-status-lookalike',
    kind: 'support_reply',
    lang: 'ja',
    caseId: Y,
    trusted: false,
    note: 'status reply from aws-training.net (look-alike of aws.training): untrusted',
    from: 'AWS Training <support@aws-training.net>',
    to: YUI.keep,
    subject: caseSubj(Y),
    date: d('2026-03-05 12:00:00'),
    enc: 'sjis8',
    text: `田中様

お問い合わせの件、現在担当部署で確認を進めております。結果が分かり次第ご連絡いたします。

AWS Training サポートデスク`,
  }),
  mk({
    slug: 'yui-dupcase-closed',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.yuiDup,
    trap: true,
    note: 'the duplicate case is closed ("統合" of cases, not accounts)',
    from: NOREPLY,
    to: YUI.keep,
    subject: `ケース ${CASE.yuiDup} はクローズされました`,
    date: d('2026-03-03 06:30:00'),
    enc: 'sjis8',
    text: `ケース ${CASE.yuiDup} は、別のケースと重複していたため統合され、クローズされました。
引き続きのお問い合わせは元のケースでお願いします。

AWS サポート`,
  }),

  // ---------------------------------------------------------------- unrelated Japanese mail
  mk({
    slug: 'ms-credly-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly badge issued by Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: KENJI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-10 04:00:00'),
    enc: 'utf8qp',
    text: `${KENJI.ja} さん

Microsoft があなたにバッジを発行しました: Microsoft Certified: Azure Fundamentals

バッジを入手する
https://www.credly.com/earner/earned/badge/9a2d5c10-0e77-4b63-8d0a-aa6e3f81c7b2`,
  }),
  mk({
    slug: 'credly-merge-code-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge verification code mail",
    from: 'Credly <admin@credly.com>',
    to: YUI.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-03-11 03:30:12'),
    enc: 'utf8b64',
    text: `田中 結衣 さん

Credly アカウントの統合がリクエストされました。統合を完了するには、次の確認コードを入力してください。

確認コード: 482 917

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'survey-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: I,
    trap: true,
    note: 'satisfaction survey about the closed case',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: ITO.keep,
    subject: `サポートの対応はいかがでしたか? (ケース ${I})`,
    date: d('2026-05-21 02:00:00'),
    enc: 'jisb64',
    text: `伊藤 大輔 様

先日クローズしたケース ${I} について、アンケートへのご協力をお願いします。
お問い合わせは解決しましたか?  はい / いいえ
所要時間は1分ほどです。`,
  }),
  mk({
    slug: 'pearson-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor appointment confirmation ("予約が完了しました")',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: SHO.keep,
    subject: '試験予約の確認: AWS Certified Security - Specialty',
    date: d('2026-03-25 10:00:00', '+0900'),
    enc: 'sjis8',
    text: `${SHO.ja} 様

試験の予約が完了しました。内容をご確認ください。

試験: AWS Certified Security - Specialty
日時: 2026年4月18日 10:00
会場: オンライン監督試験

変更・キャンセルは試験の24時間前までに行ってください。`,
  }),
  mk({
    slug: 'exam-result-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'exam result: a new certification was added to the account (not a merge)',
    from: 'AWS Certification <no-reply@aws.training>',
    to: AYA.keep,
    subject: 'おめでとうございます。AWS 認定を取得されました',
    date: d('2026-06-25 03:00:00'),
    enc: 'utf8qp',
    text: `${AYA.ja} 様

AWS Certified Machine Learning Engineer - Associate に合格されました。おめでとうございます。
認定はお客様のアカウントに追加されました。デジタルバッジは数日以内に Credly からお送りします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'summit-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'event marketing: registration completed for AWS Summit',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: MEI.keep,
    subject: 'AWS Summit Japan 参加登録が完了しました',
    date: d('2026-05-30 01:00:00'),
    enc: 'utf8b64',
    text: `${MEI.ja} 様

AWS Summit Japan への参加登録が完了しました。
当日は認定者限定ラウンジをご利用いただけます。認定資格の確認のため、受付でデジタルバッジをご提示ください。`,
  }),
  mk({
    slug: 'aya-own-mobile',
    kind: 'unrelated',
    lang: 'ja',
    caseId: A,
    trusted: false,
    trap: true,
    note: 'her own mobile reply confirming receipt of the merge, sent with a copy to herself',
    from: jaAddr(AYA),
    to: FORM_BARE,
    cc: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-10 22:14:50', '+0900'),
    enc: 'utf8b64',
    text: `岡田様

統合確認しました、全部表示されています。ありがとうございました!

山本
iPhoneから送信

> 2026/06/10 13:55、AWS Training and Certification <${FORM_BARE}>のメール:
>
> Your AWS Certification accounts have been merged.`,
  }),
  mk({
    slug: 'aya-ack-lab',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ayaLab,
    note: 'bare receipt of a case opened from the lab address; says nothing of its topic',
    from: NOREPLY,
    to: AYA.keep,
    subject: `お問い合わせ番号 ${CASE.ayaLab} を発行しました`,
    date: d('2026-05-31 23:50:02'),
    enc: 'sjisb64',
    text: `お問い合わせありがとうございます。
お問い合わせ番号: ${CASE.ayaLab}
担当者から順次ご連絡いたします。このメールへの返信は、そのまま担当者に届きます。

AWS サポート`,
  }),
  mk({
    slug: 'aya-ai-chatlog',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'transcript of the AI assistant chat mailed to her; it suggests the self-service merge first',
    from: NOREPLY,
    to: AYA.keep,
    subject: 'チャットの記録をお送りします',
    date: d('2026-05-31 23:40:15'),
    text: `AWS サポートのチャットをご利用いただきありがとうございます。会話の記録をお送りします。

お客様: 研究室のアドレスで取った認定を、個人のアカウントに移したいです
アシスタント(AI): 認定ポータルのプロフィールにある「アカウントのマージ」で、2つのアカウントを1つにできる場合があります。まずはそちらをお試しください。
お客様: 両方に資格があります
アシスタント(AI): その場合、マージ機能では統合できないことがあります。お手数ですが、ケースを作成して担当者にご相談ください。

※アシスタントの回答は AI により生成されています。`,
  }),
  mk({
    slug: 'aya-info-seebelow',
    kind: 'info_request',
    lang: 'ja',
    caseId: A,
    note: 'top says only "answers are below"; the last inline answer asks for the lab account ID and both login addresses',
    to: AYA.keep,
    subject: caseSubj(A),
    date: d('2026-06-04 03:12:44'),
    enc: 'jis7',
    text: `山本様

私用アドレスからのご連絡ありがとうございます。ご質問への回答は下に記載しました。

> 採点中の試験の結果は、いつごろ出ますか。
　通常、受験から5営業日以内に確定いたします。

> 結果を待つ間に、こちらで準備しておくことはありますか。
　はい、ひとつございます。研究室アカウントの候補ID(AWS で始まる番号)と、両アカウントのログイン用メールアドレスを、このメールへのご返信でお送りいただけますでしょうか。結果確定後すぐに作業できるよう、先に照合しておきます。

岡田`,
  }),
  mk({
    slug: 'mei-merged-green',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: M,
    note: 'HTML-only, answers in green between her unmarked lines; the first green answer says the merge is done',
    to: MEI.keep,
    subject: caseSubj(M),
    date: d('2026-04-10 01:30:09'),
    enc: 'utf8b64',
    html: `<html><body>
<div style="font-family:Meiryo,sans-serif">中村様<br><br>緑字にて失礼いたします。<br><br></div>
${colourInline(
  [
    { q: 'その後、統合の状況はいかがでしょうか。' },
    { a: `お待たせしました。本日、大学時代のアカウントを ${MEI.keepId} に統合する作業が完了いたしました。` },
    { q: 'CLF の認定証は新しいアカウントからダウンロードできますか。' },
    { a: 'はい、認定の一覧から PDF をダウンロードいただけます。' },
  ],
  '#00B050',
)}
<div style="font-family:Meiryo,sans-serif"><br>山口</div>
</body></html>`,
  }),

];
