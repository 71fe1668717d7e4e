// Japanese messages, part 3: other human replies and unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import { mk, P, C, SUPPORT, AWS_NOTIFY, AWS_SUPPORT_DOM, TRAINING, form, quote, gmailJa, outlookJa, sfOriginal, htmlDoc, esc } from './common.js';

const k = P.kenji, y = P.yui, d = P.daichi, a = P.aya, h = P.hanako, t = P.taro, s = P.sho;

export const JA3: Msg[] = [
  // ---------------- support_reply ----------------
  mk({
    slug: 'yui-status-nothing-new', kind: 'support_reply', lang: 'ja', caseId: C.yui, trap: true,
    note: 'status summary with nothing new: restates receipt, requests and consent; the team is still working',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-04-22 08:44:09', '+0000'), enc: 'sjisb64',
    text: `高橋 結衣 様

Minh です。現在の状況をお知らせします。

【経緯のまとめ】
4/13 ケース受付
4/14 候補 ID のご依頼 → 4/15 ご回答
4/15 受験時のお名前のご依頼 → 4/17 ご回答
4/20 統合内容のご確認のお願い → 4/21 ご同意を受領

【現在の状況】
統合担当チームにて作業中です。新しいお知らせはまだございません。お客様に追加でお願いすることもございません。

Minh`,
  }),
  mk({
    slug: 'kenji-thanks-confirming', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'thanks for confirming, passed to the team; the merge is still ahead',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-06 04:18:30', '+0000'), enc: 'jis7',
    text: `森田 健二 様

藤井です。

3/2 のご依頼、3/3 の情報のご依頼、3/4 のご回答、3/5 の統合内容のご案内に続き、本日 3/6 に統合へのご同意をいただきました。ありがとうございます。

ご同意の内容を担当チームに引き継ぎました。統合が済みしだい、あらためてご連絡いたします(通常3-5営業日)。

藤井`,
  }),
  mk({
    slug: 'yui-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.yui, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-04-23 06:30:55', '+0000'), enc: 'utf8qp',
    text: `高橋 様

お問い合わせの「統合は終わりましたか」について回答いたします。

4/21 にご同意をいただき、担当チームへ依頼済みですが、統合はまだ完了しておりません。統合元のアカウントに未使用のバウチャーがあり、その移し替えを先に行っているためです。完了しましたら、このケースでお知らせします。

Minh

${gmailJa('2026年4月23日(木) 12:02 高橋 結衣', `<${y.keep}>`, 'お世話になります。統合はもう終わりましたでしょうか?\n高橋')}`,
  }),
  mk({
    slug: 'daichi-escalated', kind: 'support_reply', lang: 'ja', caseId: C.daichi, trap: true,
    note: 'escalation notice: recap of receipt/info/consent, then passed to another department',
    from: SUPPORT, to: d.keep, subject: form(C.daichi),
    date: rfcDate('2026-05-18 02:05:19', '+0000'), enc: 'utf8b64',
    text: `小野 大地 様

上野です。

5/11 にご依頼を受け付け、5/13 に必要な情報がそろい、5/14 に統合へのご同意をいただきました。

統合元のアカウントが旧勤務先のパートナー契約(APN)と連携しているため、私の部署では統合できず、本日担当部署へエスカレーションいたしました。先方での対応状況は、このケースで引き続きお伝えします。

上野`,
  }),
  mk({
    slug: 'hanako-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: '「重複したケースを統合」 is about cases, not the certification accounts',
    from: SUPPORT, to: h.keep, subject: form(C.hanako),
    date: rfcDate('2026-07-08 01:02:40', '+0000'), enc: 'sjis8',
    text: `佐藤 花子 様

石川です。

7/6 の本ケース ${C.hanako} のほか、7/7 に同じ内容のケース ${C.hanakoDup} が作成されていたため、2件のケースを1つに統合いたしました。今後はこちらのケースでご連絡ください。

アカウントの統合そのものについては、7/7 にお伺いした通知先アドレスのご回答をお待ちしております。

石川`,
  }),
  mk({
    slug: 'sho-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: '"write to us from the account you keep" without asking for data: support_reply',
    from: SUPPORT, to: s.src, cc: s.keep, subject: form(C.sho),
    date: rfcDate('2026-09-02 05:37:02', '+0000'), enc: 'jis7',
    text: `伊藤 翔 様

AWS トレーニングと認定の森です。

9/1 にご依頼を受け付けました。ご依頼は統合元(${s.src})のアドレスから届いておりますが、統合の手続きは、残すほうのアカウントのアドレスからご連絡いただく決まりとなっております。

お手数ですが、${s.keep} からこのメールにご返信ください。

森`,
  }),
  mk({
    slug: 'aya-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: C.aya, trap: true,
    note: 'answers a voucher question after the merge; restates the merge, no new event',
    from: SUPPORT, to: a.keep, subject: form(C.aya),
    date: rfcDate('2026-06-10 07:22:13', '+0000'), enc: 'jisb64',
    text: `中村 様

Sofia です。

6/8 に統合を行い、ケースはクローズしておりましたが、「バウチャーの有効期限」についてご質問をいただきました。

統合元で発行された 50% 割引バウチャーは、統合後も元の有効期限のままです(期限は延長されません)。統合先の「特典」画面で期限をご確認いただけます。

Sofia`,
  }),
  mk({
    slug: 'sho-unable-to-merge', kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: '「統合できません」 (unable to merge) with the reason: neither merge nor a data request',
    from: SUPPORT, to: s.keep, subject: form(C.sho),
    date: rfcDate('2026-09-16 03:50:36', '+0000'), enc: 'sjisb64',
    text: `伊藤 翔 様

森です。

経緯: 9/1 受付、9/2 残すアカウントのアドレスからのご連絡のお願い、9/3 ${s.keep} からご返信、9/9 候補 ID 受領。

確認したところ、統合元 ${s.srcId} に 9/30 の試験予約が残っているため、現時点では統合できません。受験(または予約の取り消し)が済むまでは、統合の作業を行うことができない仕組みになっております。

森`,
  }),
  mk({
    slug: 'taro-handover', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true,
    note: 'handover to a new agent: full recap including the merge and badges; nothing new happens',
    from: SUPPORT, to: t.keep, subject: form(C.taro),
    date: rfcDate('2026-08-12 00:30:00', '+0000'), enc: 'jis7',
    text: `山田 太郎 様

はじめまして。Haruka に代わり本ケースを担当いたします、AWS トレーニングと認定の西村です。

引き継いだ内容を確認のためまとめます。
- 8/3 ご依頼受付
- 8/4、8/5 情報のご依頼とご回答
- 8/6 ご同意
- 8/7 統合完了
- 8/11 Credly バッジの付け替え

現時点で残っている作業はごさいません。何かございましたら、このケースにご返信ください。

西村`,
  }),
  mk({
    slug: 'kenji-other-case-question', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'answers a question about the certificate PDF after the merge; mixed English sign-off',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-13 05:09:27', '+0000'), enc: 'utf8qp',
    text: `森田 様

藤井です。3/9 の統合、3/12 のバッジの付け替えに続き、「認定証の PDF の名前が旧アドレスのまま」とのご質問をいただきました。

認定証 PDF は、認定ポータルの「認定」画面から再ダウンロードすると、統合先の情報で作り直されます。古い PDF は作り直されませんのでご注意ください。

Best regards,
Fujii
AWS Training and Certification Customer Service`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'kenji-own-consent-mobile', kind: 'unrelated', lang: 'ja', caseId: C.kenji, trusted: false, auth: 'none', trap: true,
    note: 'the user\'s own consent reply (copy in his mailbox, sent from a phone): carries no news from support',
    from: `${k.ja} <${k.keep}>`, to: SUPPORT, cc: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-06 08:12:44', '+0900'), enc: 'utf8b64',
    text: `藤井様

ご案内ありがとうございます。
3/2に依頼、3/4に情報をお送りし、3/5に統合内容のご案内をいただいた件、内容に間違いありません。
${k.srcId}を${k.keepId}へ統合することに同意します。

森田

iPhoneから送信`,
  }),
  mk({
    slug: 'yui-forward-own', kind: 'unrelated', lang: 'ja', caseId: C.yui, trusted: false, auth: 'none', trap: true,
    note: 'the user forwards the completion from her old address to her personal one: her own mail',
    from: `${y.ja} <${y.src}>`, to: y.keep, subject: `Fwd: ${form(C.yui)}`,
    date: rfcDate('2026-04-24 12:40:19', '+0900'), enc: 'jis7',
    text: `自分用メモ: 4/13依頼、4/21同意、4/24統合完了の連絡。念のため個人アドレスに転送。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年4月24日(金) 11:10
Subject: ${form(C.yui)}
To: <${y.keep}>

${quote('アカウントの統合作業が終わりました。旧姓のアカウントの認定2件は、現在 ' + y.keepId + ' に表示されています。')}`,
  }),
  mk({
    slug: 'survey-ja', kind: 'unrelated', lang: 'ja', caseId: C.daichi, trap: true,
    note: 'satisfaction survey that recaps the resolved case: surveys are unrelated',
    from: 'AWS サポート <aws-support-survey@amazon.com>', to: d.keep, subject: 'サポートのご利用についてのアンケート',
    date: rfcDate('2026-05-30 10:00:00', '+0900'), enc: 'utf8b64',
    text: `小野 大地 様

先日はケース ${C.daichi}(認定アカウントの統合)で AWS サポートをご利用いただき、ありがとうございました。
このケースは 5/11 に作成され、5/20 に統合、5/29 に解決済みとなっております。

ご対応はいかがでしたか。1分で終わるアンケートにご協力ください。
https://survey.aws.example/r/${C.daichi}

このメールへの返信は受け付けておりません。`,
  }),
  mk({
    slug: 'oldco-autoreply', kind: 'unrelated', lang: 'ja', caseId: C.kenji, trusted: false, auth: 'none', trap: true,
    note: 'auto-reply from the user\'s former employer mailbox, quoting the case subject: unrelated',
    from: 'fabrikam 自動応答 <no-reply@fabrikam.example.co.jp>', to: k.keep, subject: `自動応答: ${form(C.kenji)}`,
    date: rfcDate('2026-03-06 08:13:05', '+0900'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動で送信されています。

宛先の者(森田 健二)は 2026年2月末日をもって退職いたしました。
お送りいただいたメール(件名: ${form(C.kenji)})は転送されません。
統合・手続き等のご用件は、後任の窓口 info@fabrikam.example.co.jp までご連絡ください。

株式会社ファブリカム 総務部`,
  }),
  mk({
    slug: 'credly-ms-badge-ja', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft (another issuer) with a history block: unrelated',
    from: 'Microsoft via Credly <admin@credly.com>', to: a.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: rfcDate('2026-06-12 01:14:02', '+0000'), enc: 'utf8qp',
    text: `中村 彩 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジの履歴
・試験合格: 2026年6月10日
・バッジ発行: 本日

バッジを入手する: https://www.credly.com/earner/earned/badge/5d2b6e11-8c1a-4d7e-b0f3-77a912c4e803

Credly`,
  }),
  mk({
    slug: 'credly-own-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code, recapping the merge request: unrelated',
    from: 'Credly <admin@credly.com>', to: h.keep, subject: 'Credly アカウントの統合 - 確認コード',
    date: rfcDate('2026-07-15 09:30:48', '+0000'), enc: 'utf8b64',
    text: `佐藤 花子 様

これまでの操作:
1. ${h.keep} で Credly にサインイン
2. 「アカウントの統合」で ${h.src} を追加
3. 確認メールの送信を選択

統合を完了するには、次の確認コードを Credly の画面に入力してください。
確認コード: 482915

このコードは30分間有効です。お心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  mk({
    slug: 'other-case-refund-ja', kind: 'unrelated', lang: 'ja', caseId: C.refundJa, trap: true,
    note: 'receipt and recap of the user\'s other case (exam fee refund); says what it is about',
    from: SUPPORT, to: k.keep, subject: `[CASE ${C.refundJa}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: rfcDate('2026-03-20 02:11:31', '+0000'), enc: 'jis7',
    text: `森田 健二 様

経緯:
3/18 試験の二重予約についてお問い合わせを受付
3/19 二重予約の一方を取り消し
3/20 返金の手続きを完了しました

返金はお支払い方法により、3-10営業日で反映されます。

AWS トレーニングと認定 試験サポート`,
  }),
  mk({
    slug: 'exam-result-ja', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result mail with a recap of registration and scoring: unrelated',
    from: TRAINING, to: d.keep, subject: 'AWS 認定試験の結果が確定しました',
    date: rfcDate('2026-06-02 20:45:00', '+0900'), enc: 'utf8qp',
    text: `小野 大地 様

受験の記録
・5/25 試験を予約
・6/1 AWS Certified Developer - Associate を受験
・6/2 採点が完了

結果: 合格(スコア 812)

認定は 5 営業日以内にアカウントへ反映され、Credly のバッジも発行されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'summit-marketing-ja', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event marketing: registration recap ("登録完了") for AWS Summit',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: y.keep, subject: 'AWS Summit Japan 参加登録のご案内(リマインド)',
    date: rfcDate('2026-06-15 11:00:00', '+0900'), enc: 'utf8b64',
    text: `高橋 結衣 様

お申し込み状況
・5/20 参加登録を受付
・5/21 登録完了メールを送信
・6/15 本リマインド

会期: 6月25日(木)-26日(金) 幕張メッセ
認定者ラウンジのご利用には、AWS 認定の取得がわかる画面をご提示ください。

AWS Summit Japan 事務局`,
    html: htmlDoc(`<p>${esc(y.ja)} 様</p><p>お申し込み状況</p><ul><li>5/20 参加登録を受付</li><li>5/21 登録完了メールを送信</li><li>6/15 本リマインド</li></ul><p>会期: 6月25日(木)-26日(金) 幕張メッセ</p><p>認定者ラウンジのご利用には、AWS 認定の取得がわかる画面をご提示ください。</p><p>AWS Summit Japan 事務局</p>`),
  }),
  mk({
    slug: 'colleague-asks-ja', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'none', trap: true,
    note: 'a colleague\'s mail about his own merge, sent to a team list: not support news, not to the user',
    forUser: false, rcpt: 'aws-shikaku@fabrikam.example.co.jp',
    from: '鈴木 一郎 <suzuki.ichiro@fabrikam.example.co.jp>', to: 'AWS資格取得推進 <aws-shikaku@fabrikam.example.co.jp>', subject: '認定アカウント統合の進め方(共有)',
    date: rfcDate('2026-03-10 18:22:40', '+0900'), enc: 'sjisb64',
    text: `皆さん

先日の定例で話題になった認定アカウントの統合について、私のケースの経緯を共有します。

・フォームから依頼 → すぐに受付メール
・翌日に候補IDを聞かれる → 返信
・統合してよいかの確認が来る → 同意
・3日後に統合完了、バッジは自分で Credly に連絡して移してもらいました

退職予定の方は早めにどうぞ。

鈴木`,
  }),
];

export const _unused3 = [AWS_NOTIFY, AWS_SUPPORT_DOM, outlookJa, sfOriginal];
