// Set ff, Japanese part 3: other human replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  CASE, CERT_PORTAL, D, FORM, HANAKO, ITO, KIMURA, NAKAMURA, NOREPLY, TARO,
  formSubj, gmailJa, mk, outlookJa, paras, q, sf,
} from './common.js';

export const JA3: Msg[] = [
  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'ja-sr-kimura-thanks', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, trap: true,
    note: 'thanks for confirming, passed to the team, 3-5 business days: status only, nothing merged yet',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-08 11:05:22', '+0000'), enc: 'jis7',
    text: `木村 様

ご同意のご返信、確かに受領いたしました。
統合作業は専門チームへ引き継ぎました。通常 3-5 営業日で作業が行われます。

  受領: 同意のご返信 1通
  引継ぎ先: 認定アカウント管理チーム
  作業予定: 10/9 - 10/15 の間

作業が終わりましたら改めてご連絡いたします。

北村

${gmailJa('2026-10-08 19:20', `木村 健一 <${KIMURA.keep}>`, '上記の内容で統合をお願いします。\n木村')}`,
  }),
  mk({
    slug: 'ja-sr-nakamura-notyet', kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, trap: true,
    note: '"統合はまだ完了していません", 0 of 2 items done: a negated merge is a status reply',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-06 09:48:00', '+0000'), enc: 'utf8b64',
    text: `中村 様

お問い合わせの件、現時点で統合はまだ完了していません。

  対象 2件中 0件 処理済み
  想定: 2営業日以内に着手

お待たせして申し訳ございません。動きがありましたらお知らせします。

${gmailJa('2026-11-06 16:30', `中村 美咲 <${NAKAMURA.keep}>`, '同意します。その後いかがでしょうか。')}`,
  }),
  mk({
    slug: 'ja-sr-ito-cannot', kind: 'support_reply', lang: 'ja', caseId: CASE.itoEarly, trap: true,
    note: 'earlier case: unable to merge while 1 exam is booked on the source account; no data requested',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.itoEarly), date: D('2026-11-10 07:30:15', '+0000'), enc: 'sjis8',
    text: `伊藤 様

統合元アカウントを確認したところ、予約済みの試験が1件ございます。

  試験: AWS Certified Security - Specialty
  予約日: 2026/11/14

予約中の試験がある間はアカウントの統合を行うことができません。
受験日が過ぎた後に、改めてご依頼ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-taro-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'escalation: "3工程のうち1工程" of the merge work done; the merge is not finished',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-11-27 09:30:44', '+0000'), enc: 'jisb64',
    text: `山田 様

統合作業の進捗をご報告します。

  工程1 統合元の資格データ抽出   完了
  工程2 統合先への取り込み       未着手
  工程3 特典の付け替え           未着手

工程2以降は上位チームの作業となるため、エスカレーションいたしました。
結果が出ましたらご連絡します。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-sr-lookalike-subdomain', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, trusted: false,
    note: 'status reply from amazon.com.case-update.net (an unrelated domain that starts with amazon.com)',
    from: 'AWS Training and Certification <notice@amazon.com.case-update.net>', to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-08 14:02:12', '+0000'), enc: 'jis7',
    text: `木村 様

ケース ${CASE.kimura} の進捗: 処理待ち 1件 / 処理済み 0件
担当チームで順番に対応しております。今しばらくお待ちください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-hanako-voucher', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'answers a voucher question; 「統合が完了しましたら」 is conditional, nothing done',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako), date: D('2026-12-02 10:11:09', '+0000'), enc: 'utf8qp',
    text: `佐藤 様

バウチャーについてのご質問にお答えします。

  - 50%割引バウチャー: 統合元に 1枚（有効期限 2027/03/31）
  - 統合が完了しましたら、この1枚は統合先で引き続きご利用いただけます
  - 有効期限は延長されません

統合のお手続き自体は、別途ご案内するとおりに進めさせていただきます。

AWS トレーニングと認定 石田

${q(`佐藤 花子 wrote:\n統合したらバウチャーは使えなくなりますか？`)}`,
  }),
  mk({
    slug: 'ja-sr-kimura-casesmerged', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, trap: true,
    note: '"we combined your 2 duplicate cases into 1": cases, not accounts',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-07 03:05:12', '+0000'), enc: 'jis7',
    text: `木村 様

重複して作成された2件のケース（${CASE.kimura} / ${CASE.kimuraDup}）を、こちらのケース1件にまとめました。

  有効なケース: ${CASE.kimura}
  クローズ済み: ${CASE.kimuraDup}

アカウントのお手続きは、引き続き本ケースで進めます。先日お願いした残り1項目のご返信をお待ちしております。

北村`,
  }),
  mk({
    slug: 'ja-sr-nakamura-fromkeep', kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura,
    note: '"please write to us from the address you keep" with no data asked: support_reply',
    from: FORM, to: NAKAMURA.src, cc: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-03 23:40:02', '+0000'), enc: 'sjisb64',
    text: `中村 様

今回のご返信は統合元（${NAKAMURA.src}）から届いております。
恐れ入りますが、以降のやり取りは統合先として残すアドレス（${NAKAMURA.keep}）からお願いいたします。
内容はすでに受け取っておりますので、再送は不要です。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-ito-threeanswers', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'answers to 3 questions about what will move; future tense, no request, no event',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.ito), date: D('2026-11-18 22:50:33', '+0000'), enc: 'utf88bit',
    text: `伊藤 様

いただいたご質問3点に回答いたします。

Q1. 試験履歴は統合先に移りますか
  → はい、統合後はすべての履歴が統合先に表示されます。
Q2. 大学のメールアドレスは統合後も必要ですか
  → いいえ、統合後は不要になります。
Q3. Credly のバッジはどうなりますか
  → 統合後、数日以内に統合先のアドレスへ再発行されるのが通常です。

統合作業そのものは、本人確認が済み次第ご案内します。

森

${gmailJa('2026-11-18 20:02', `伊藤 翔 <${ITO.keep}>`, '3点質問させてください。\n1. 試験履歴\n2. 大学アドレス\n3. バッジ')}`,
  }),

  // ---------------- unrelated (10) ----------------
  mk({
    slug: 'ja-unr-credly-microsoft', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft (not AWS): unrelated even though it says バッジ発行',
    from: 'Microsoft via Credly <admin@credly.com>', to: KIMURA.keep,
    subject: 'Microsoftのバッジ発行のお知らせ', date: D('2026-10-20 16:40:02', '+0000'), enc: 'utf8b64',
    text: `木村 健一 様

Microsoft から新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/0b8e2c41-7f55-4b1a-93de-61f0a2c7d9e8`,
    html: `<html><body><p>木村 健一 様</p><p>Microsoft から新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b8e2c41-7f55-4b1a-93de-61f0a2c7d9e8">バッジを入手する</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-unr-credly-mergecode', kind: 'unrelated', lang: 'ja', trap: true,
    note: "Credly's own account-merge verification code (6 digits): not the AWS merge",
    from: 'Credly <admin@credly.com>', to: ITO.src,
    subject: 'Credly アカウント統合の確認コード', date: D('2026-11-23 02:14:55', '+0000'), enc: 'utf8qp',
    text: `Credly アカウント（${ITO.src}）を別のアカウントに統合するリクエストを受け付けました。

確認コード: 482 913

このコードの有効期限は 30 分です。
[アカウント統合を完了する]

心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unr-skillbuilder-order', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder order receipt with 3 invoice lines and a "受付完了" line: billing, not the case',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: NAKAMURA.keep,
    subject: 'ご注文受付完了: 注文番号 SB-2026-118842', date: D('2026-11-08 04:00:19', '+0000'), enc: 'utf8b64',
    text: `中村 美咲 様

AWS Skill Builder をご利用いただきありがとうございます。ご注文の受付が完了しました。

  注文番号: SB-2026-118842
  明細:
    1. Individual サブスクリプション (1か月)   USD 29.00
    2. 消費税                                 USD  2.90
    3. 割引                                   USD  0.00
  合計: USD 31.90

領収書はアカウントページからダウンロードできます。`,
  }),
  mk({
    slug: 'ja-unr-pearson-booking', kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'test-vendor booking confirmation (予約確認, 1 exam): another sender, another topic',
    from: 'Pearson VUE <pearsonvue@pearsonvue.com>', to: ITO.keep,
    subject: '試験予約確認: AWS Certified Developer - Associate', date: D('2026-11-30 09:22:45', '+0000'), enc: 'sjis8',
    text: `伊藤 翔 様

以下の試験のご予約を承りました。

  試験: AWS Certified Developer - Associate (DVA-C02)
  日時: 2026年12月19日 13:30
  会場: オンライン監督試験
  登録番号: 518-447-902

予約の変更・キャンセルは試験の24時間前まで可能です。

Pearson VUE`,
  }),
  mk({
    slug: 'ja-unr-own-consent', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, caseId: CASE.kimura,
    note: "the user's own consent reply (BCC copy to himself): the user's mail carries no news",
    from: `${KIMURA.ja} <${KIMURA.keep}>`, to: FORM_ADDR(), deliveredTo: KIMURA.keep, auth: 'none',
    subject: formSubj(CASE.kimura), date: D('2026-10-08 19:20:05', '+0900'), enc: 'jis7',
    text: `ご担当者様

ご案内ありがとうございます。
上記の内容（認定資格3件・特典1件・試験履歴4件）で統合をお願いします。

木村

${gmailJa('2026-10-08 09:52', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '統合後に元へ戻すことはできません。\n上記の内容で進めてよろしければ、その旨を本メールにご返信ください。')}`,
  }),
  mk({
    slug: 'ja-unr-colleague-fwd', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, caseId: CASE.kimura,
    note: 'a colleague forwards 3 AWS mails that reached the old address: colleague mail, not support',
    from: '高橋 誠 <takahashi.m@oldsys.example.co.jp>', to: KIMURA.keep,
    subject: 'Fw: AWSからのメール3通（旧アドレス宛）', date: D('2026-10-13 10:05:33', '+0900'), enc: 'jisb64',
    text: `木村さん

旧アドレス宛にAWSからメールが3通届いていたので転送します。
  1. 10/6 情報のお願い
  2. 10/8 統合内容の確認
  3. 10/9 統合完了のお知らせ
中身は確認していません。不要なら削除してください。

高橋

${outlookJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026-10-09 13:31', KIMURA.src, formSubj(CASE.kimura), '統合元 AWS22908417 の内容は、すべて AWS70314852 に統合されました。')}`,
  }),
  mk({
    slug: 'ja-unr-agent-ooo', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.taro,
    note: "the agent's out-of-office auto-reply (5 business days away): no news on the case",
    from: FORM, to: TARO.keep,
    subject: `自動応答: ${formSubj(CASE.taro)}`, date: D('2026-12-24 00:00:12', '+0000'), enc: 'sjisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `担当者不在のお知らせ（自動送信）

12月24日から1月4日まで休暇のため不在にしております（5営業日）。
この間のケースは別の担当者が順番に確認します。
ご返信は不要です。`,
  }),
  mk({
    slug: 'ja-unr-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result (合格, 812/1000) and a new certification added: not a merge event',
    from: CERT_PORTAL, to: HANAKO.keep,
    subject: '試験結果のお知らせ: AWS Certified Data Engineer - Associate', date: D('2026-12-04 13:00:00', '+0000'), enc: 'utf8qp',
    text: `佐藤 花子 様

AWS Certified Data Engineer - Associate の試験結果をお知らせします。

  結果: 合格
  スコア: 812 / 1000（合格基準 720）
  認定番号: 8d1f2c3a4b5e

認定資格がアカウントに追加されました（現在 4件）。
次回の試験で使える50%割引バウチャー1枚も特典に追加されています。`,
  }),
  mk({
    slug: 'ja-unr-billing-invoice', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'AWS billing: "お支払いが完了しました" with 3 invoice lines; nothing to do with the merge',
    from: 'Amazon Web Services <aws-billing@email.amazon.com>', to: TARO.keep, auth: 'dkimonly',
    subject: 'AWS 請求書のお知らせ 2026年11月分', date: D('2026-12-02 18:30:00', '+0000'), enc: 'sjisb64',
    text: `山田 太郎 様

2026年11月分のお支払いが完了しました。

  請求書番号: JP60918823
  明細
    Amazon EC2        USD 12.44
    Amazon S3         USD  0.83
    税                USD  1.33
  合計                USD 14.60

請求書は請求ダッシュボードからダウンロードできます。`,
  }),
  mk({
    slug: 'ja-unr-phish-voucher', kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'phishing "アカウント統合キャンペーン" with 2 vouchers at 50%: marketing-shaped fraud, not the case',
    from: 'AWS トレーニング <campaign@aws-training-rewards.com>', to: NAKAMURA.keep,
    subject: '【残り3日】アカウント統合で50%割引バウチャー2枚', date: D('2026-11-20 01:00:00', '+0000'), enc: 'utf8b64',
    text: `アカウント統合キャンペーン実施中！

認定アカウントを1つにまとめた方全員に、50%割引バウチャーを2枚プレゼント。
  対象: 2026/11/30 までに統合を完了した方
  受付残り: 3日

今すぐ統合を申し込む: https://aws-training-rewards.com/merge`,
  }),
];

function FORM_ADDR(): string {
  return 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
}
