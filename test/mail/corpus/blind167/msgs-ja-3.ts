// fj Japanese messages, part 3: the systems' other mail (unrelated to the merge case).
import type { Msg } from './lib.js';
import {
  CASE, FORM, NOTIFY, SURVEY, CREDLY, CREDLY_AWS, CERT_JA, TNC, SKILL, VUE, PSI, BUILDER_ID, CORP_IT,
  SUZUKI, TANAKA, NAKAMURA, d, mk, formSubject, shell, quote,
} from './common.js';

export const JA3: Msg[] = [
  mk({
    slug: 'ja-un-credly-microsoft',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft): badge words, not AWS badges moving',
    from: 'Microsoft via Credly <admin@credly.com>', to: SUZUKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-24 08:03:19'), enc: 'jis7',
    text: `鈴木 健一 さん

Microsoft から新しいバッジが発行されました。

  Microsoft Certified: Azure Fundamentals

バッジを入手する: https://www.credly.com/badges/5e2f9b10-77c4-4d8a-a0e3-1f4b2c9d6a71/accept

バッジを受け取ると、プロフィールで公開したり、SNS で共有したりできます。
Credly`,
  }),
  mk({
    slug: 'ja-un-credly-accepted',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly: you accepted an AWS badge (the user\'s own action), badge words without a transfer',
    from: CREDLY, to: TANAKA.keep,
    subject: 'バッジを受け取りました: AWS Certified SysOps Administrator - Associate',
    date: d('2026-01-12 20:44:01'), enc: 'utf8qp',
    text: `田中さん

AWS Certified SysOps Administrator - Associate のバッジを受け取りました。おめでとうございます!
LinkedIn に追加したり、メールの署名に貼ったりして、スキルを紹介しましょう。

共有する: https://www.credly.com/earner/earned/share/6a0c

Credly チーム`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge authorization code (the user merging Credly wallets), not the certification merge',
    from: CREDLY, to: SUZUKI.src,
    subject: 'Credly アカウント統合の認証コード',
    date: d('2026-02-22 19:15:36'), enc: 'sjisb64',
    text: `Credly アカウントの統合がリクエストされました。

認証コード: 481 207

このコードを画面に入力すると、このメールアドレスのアカウントにあるバッジが、統合先のアカウントに追加されます。
心当たりがない場合は、このメールを無視してください。コードの有効期限は 30 分です。

Credly`,
  }),
  mk({
    slug: 'ja-un-credly-email-added',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly asks to verify a newly added secondary address: confirmation words, Credly account housekeeping',
    from: CREDLY, to: NAKAMURA.keep,
    subject: 'メールアドレスの確認をお願いします',
    date: d('2026-03-08 21:30:27'), enc: 'jis7',
    text: `中村 翔 さん

Credly アカウントにこのメールアドレスが追加されました。下のリンクを開いて、アドレスを確認してください。
確認が済むと、このアドレス宛てに発行されたバッジも同じアカウントで受け取れるようになります。

メールアドレスを確認する: https://www.credly.com/users/confirm_email?token=Ve7d2Qx

Credly`,
  }),
  mk({
    slug: 'ja-un-credly-expired',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'AWS badge expired notice (three-year validity), HTML only: badge words without a transfer',
    from: CREDLY_AWS, to: SUZUKI.keep,
    subject: 'バッジの有効期限が切れました',
    date: d('2026-03-01 00:05:12'), enc: 'utf8b64',
    html: shell(
      'Credly',
      `<p>鈴木 健一 さん</p>
<p>Amazon Web Services Training and Certification が発行した次のバッジは、有効期限を迎えました。</p>
<p><b>AWS Certified Cloud Practitioner</b><br>有効期限: 2026年2月28日</p>
<p>再認定を受けると、新しいバッジが発行されます。期限切れのバッジもプロフィールには残り、「期限切れ」と表示されます。</p>`,
      'Credly, Inc. このメールは送信専用です。',
    ),
  }),
  mk({
    slug: 'ja-un-credly-newly-earned',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'a new AWS badge for an exam passed after the merge: exam result, not the badges moving',
    from: CREDLY_AWS, to: TANAKA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-21 07:48:55'), enc: 'jisb64',
    text: `田中 美咲 さん

3月19日に合格された試験の結果にもとづき、新しいバッジを発行しました。

  AWS Certified Solutions Architect - Professional

バッジを入手する: https://www.credly.com/badges/0c7d4e3a-92b1-4f86-b5d0-3e8a1c2f9b44/accept

Credly`,
  }),
  mk({
    slug: 'ja-un-portal-email-changed',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'portal: notification e-mail address changed (profile housekeeping, no merge)',
    from: CERT_JA, to: NAKAMURA.keep,
    subject: '認定プロフィールのメールアドレスが変更されました',
    date: d('2026-03-02 22:10:45'), enc: 'utf8qp',
    text: `中村 翔 様

認定に関するお知らせの送信先が、次のアドレスに変更されました。
  新しい送信先: ${NAKAMURA.keep}

ご自身で変更された場合は、このメールに対応する必要はありません。身に覚えがない場合は、すぐにパスワードを変更してください。

AWS 認定`,
  }),
  mk({
    slug: 'ja-un-portal-new-device',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'portal: sign-in from a new device',
    from: TNC, to: SUZUKI.keep,
    subject: '新しいデバイスからのサインイン',
    date: d('2026-02-25 23:41:08'), enc: 'sjis8', crlf: false,
    text: `新しいデバイスから AWS トレーニングと認定にサインインがありました。

日時: 2026年2月25日 23:40 (JST)
ブラウザ: Safari / iOS
場所: 東京都 (推定)

このサインインに心当たりがない場合は、Builder ID のパスワードを変更し、多要素認証を有効にしてください。`,
  }),
  mk({
    slug: 'ja-un-portal-benefit',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'portal: a new 50% exam discount benefit after passing an exam',
    from: CERT_JA, to: TANAKA.keep,
    subject: '新しい認定特典をご利用いただけます',
    date: d('2026-03-20 09:12:30'), enc: 'jis7',
    text: `田中 美咲 様

認定の取得おめでとうございます。次の特典が追加されました。

  ・次回の認定試験 50% 割引(有効期限: 2027年3月19日)
  ・AWS 認定ストアの割引

特典は認定アカウントの「特典」タブからご利用ください。

AWS 認定`,
  }),
  mk({
    slug: 'ja-un-voucher-receipt-trap',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'voucher order receipt (受け付けました, 受付番号): receipt words, but an exam voucher purchase',
    from: TNC, to: NAKAMURA.keep,
    subject: 'バウチャーのお申し込みを受け付けました',
    date: d('2026-03-10 13:27:51'), enc: 'utf8b64',
    text: `中村 翔 様

試験バウチャーのお申し込みを受け付けました。

  受付番号: VO-2026-0310-7718
  内容: AWS 認定試験バウチャー 1 枚
  バウチャーコード: 下記の「バウチャーを表示」からご確認ください

コードの有効期限は発行日から 12 か月です。`,
  }),
  mk({
    slug: 'ja-un-vue-booking',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Pearson VUE booking confirmation (確認, 予約): exam logistics from outside the trusted domains',
    from: VUE, to: TANAKA.keep, trusted: false,
    subject: 'Pearson VUE 予約確認のお知らせ - AWS Certified Solutions Architect - Professional',
    date: d('2026-03-02 15:05:40'), enc: 'utf8qp',
    text: `田中 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。ご予約が確定しましたので、内容をご確認ください。

試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2026年3月19日(木) 13:00
会場: オンライン (OnVUE)
登録番号: 389201774

当日は有効な身分証明書をご用意ください。予約の変更・キャンセルは試験の 24 時間前まで可能です。

Pearson VUE`,
  }),
  mk({
    slug: 'ja-un-psi-idcheck',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'PSI identity check result for an upcoming exam; outside domain, untrusted',
    from: PSI, to: SUZUKI.keep, trusted: false,
    subject: 'PSI: 本人確認が済みました',
    date: d('2026-03-12 19:22:04'), enc: 'jisb64',
    text: `鈴木 健一 様

ご提出いただいた身分証明書による本人確認が済みました。
試験当日は、同じ身分証明書をカメラにご提示ください。

試験: AWS Certified DevOps Engineer - Professional
予約日: 2026年3月28日

PSI Services LLC`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-carryover',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder learning history carried over to another login (引き継ぎが完了): another system, not the certification merge',
    from: SKILL, to: SUZUKI.keep,
    subject: 'AWS Skill Builder: 学習履歴の引き継ぎが完了しました',
    date: d('2026-02-26 10:40:16'), enc: 'utf8qp',
    text: `鈴木 健一 様

AWS Skill Builder の学習履歴(受講済みコース 14 件、修了バッジ 3 件)を、現在サインインしている Builder ID に引き継ぎました。
サブスクリプションの契約内容に変更はありません。

AWS Skill Builder チーム`,
  }),
  mk({
    slug: 'ja-un-builderid-code',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Builder ID verification code for a password reset (確認コード): identity provider mail, outside the trusted domains',
    from: BUILDER_ID, to: NAKAMURA.keep, trusted: false,
    subject: 'AWS Builder ID の確認コード',
    date: d('2026-03-02 22:03:30'), enc: 'utf8b64',
    text: `パスワードのリセットが要求されました。次の確認コードを入力してください。

確認コード: 730148

このコードの有効期限は 10 分です。リクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-it-mailbox-moved',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'company IT: mailbox migration finished (移行が完了): not the certification merge; outside domain',
    from: CORP_IT, to: SUZUKI.src, trusted: false,
    subject: '【情報システム部】メールボックス移行完了のお知らせ',
    date: d('2026-02-14 18:00:00'), enc: 'jis7',
    text: `鈴木 健一 さん

お使いのメールボックスの新環境への移行が完了しました。
旧環境のメールは 3 月末まで閲覧のみ可能です。退職予定の方は、外部サービスに登録しているアドレスの変更を早めに済ませてください。

情報システム部 ヘルプデスク (内線 4410)`,
  }),
  mk({
    slug: 'ja-un-it-phish-merge',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'company-IT look-alike (helpdesk-mail.net) about a mailbox "統合": phishing, not the certification merge',
    from: '情報システム部 <it-helpdesk@corp-example-co-jp.helpdesk-mail.net>', to: SUZUKI.src, trusted: false,
    subject: '【要対応】メールボックス統合に伴う再認証のお願い',
    date: d('2026-02-15 07:12:40'), enc: 'sjis8',
    text: `社員各位

メールボックスの統合作業のため、全社員の再認証を実施しています。
本日中に下記ページから社内アカウントの ID とパスワードを入力してください。未対応の場合、メールの送受信ができなくなります。

https://corp-example-co-jp.helpdesk-mail.net/reauth

情報システム部`,
  }),
  mk({
    slug: 'ja-un-vue-lookalike',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Pearson VUE look-alike asking to "confirm" a booking by paying again: exam phishing, untrusted',
    from: 'Pearson VUE <noreply@pearsonvue-jp.example-mail.com>', to: NAKAMURA.keep, trusted: false,
    subject: '【Pearson VUE】ご予約確認のお願い',
    date: d('2026-03-11 04:02:18'), enc: 'jis7',
    text: `中村 翔 様

お客様の試験予約に支払いの不備が見つかりました。予約を確定するには、48 時間以内に下記からカード情報をご確認ください。
確認が取れない場合、予約は取り消されます。

https://pearsonvue-jp.example-mail.com/confirm

Pearson VUE カスタマーサービス`,
  }),
  mk({
    slug: 'ja-un-survey-resolved',
    kind: 'unrelated', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'survey after the case (問題は解決しましたか): closing words, but a survey',
    from: SURVEY, to: SUZUKI.keep,
    subject: `AWS サポートのご利用に関するアンケート (ケース ${CASE.suzuki})`,
    date: d('2026-02-28 10:00:00'), enc: 'utf8qp',
    text: `鈴木 健一 様

先日クローズしたケース ${CASE.suzuki} について、簡単なアンケートにご協力ください。

問題は解決しましたか?  はい / いいえ
担当者の対応はいかがでしたか? 1 2 3 4 5

回答時間は 1 分ほどです。いただいたご意見はサービス向上のために利用します。`,
  }),
  mk({
    slug: 'ja-un-refund-receipt',
    kind: 'unrelated', lang: 'ja', caseId: CASE.tanakaRefund, trap: true,
    note: 'receipt of her other case (exam fee refund) that says what it is about',
    from: FORM, to: TANAKA.keep,
    subject: `[CASE ${CASE.tanakaRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-02-02 12:14:50'), enc: 'jis7',
    text: `田中様

試験料の返金についてのお問い合わせを受け付けました(ケース ${CASE.tanakaRefund})。
返金の可否は、試験のキャンセル日時を確認したうえでご連絡いたします。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-un-own-forward',
    kind: 'unrelated', lang: 'ja', caseId: CASE.nakamura, trap: true,
    note: 'the user\'s own forward of the completion notice to his other address: carries no news from support',
    from: `${NAKAMURA.ja} <${NAKAMURA.keep}>`, to: NAKAMURA.src, trusted: false,
    subject: `Fwd: ${formSubject(CASE.nakamura)}`,
    date: d('2026-03-07 12:30:22'), enc: 'utf8qp', hdr: 'utf8b',
    text: `統合終わったので控えとして転送。会社のアドレスはもう使わない。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年3月7日(土) 11:58
Subject: ${formSubject(CASE.nakamura)}
To: <${NAKAMURA.src}>

${quote(`中村様
本日、統合元 ${NAKAMURA.srcId} の記録をすべて ${NAKAMURA.keepId} に移し、統合を完了しております。`, '')}`,
  }),
  mk({
    slug: 'ja-un-own-mobile-consent',
    kind: 'unrelated', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'the user\'s own bottom-posted consent reply from a phone, copied to himself: his mail, no news from support',
    from: `${SUZUKI.ja} <${SUZUKI.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: SUZUKI.keep, trusted: false,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-19 21:14:03'), enc: 'utf8b64',
    extra: ['X-Mailer: iPhone Mail (22D63)'],
    text: `${quote(`2026/02/19 13:07、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>のメール:

統合後は元に戻すことができません。統合元のアカウントは削除され、ログインもできなくなります。
上記で差し支えなければ、本メールにその旨ご返信ください。`)}

ご案内の内容で統合をお願いします。

iPhoneから送信`,
  }),
];

void NOTIFY;
