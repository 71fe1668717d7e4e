// Set ff, Japanese part 2: completions, badges, closings.
import type { Msg } from './lib.js';
import {
  CASE, CERT_PORTAL, CREDLY_AWS, D, FORM, HANAKO, ITO, KIMURA, NAKAMURA, NOREPLY, TARO,
  formSubj, gmailJa, htable, mk, outlookJa, paras, q, ref, sf,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-merge-kimura-3of3', kind: 'merge_completed', lang: 'ja', caseId: CASE.kimura,
    note: 'completion table: 3/3 certs, 1/1 benefit, 4/4 exam records moved to the kept ID',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-09 04:31:50', '+0000'), enc: 'jis7',
    text: `木村 様

ご同意ありがとうございました。統合作業の結果をご報告します。

  | 項目     | 移行件数 |
  | 認定資格 | 3 / 3    |
  | 特典     | 1 / 1    |
  | 試験履歴 | 4 / 4    |

統合元 ${KIMURA.srcId} の内容は、すべて ${KIMURA.keepId} に統合されました。
次回サインイン時に反映をご確認ください。

北村

${gmailJa('2026-10-08 19:20', `木村 健一 <${KIMURA.keep}>`, '上記の内容で統合をお願いします。\n木村')}`,
  }),
  mk({
    slug: 'ja-merge-nakamura-nobadges', kind: 'merge_completed', lang: 'ja', caseId: CASE.nakamura, trap: true,
    note: '「認定資格2件・特典1件を移行済み」, badges 0/2 not moved: the merge is the news, not badges',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-07 08:16:04', '+0000'), enc: 'utf8b64',
    text: `中村 様

アカウントの統合が終わりました。認定資格2件・特典1件を移行済みです。

  認定資格      2件 → 移行済み
  特典          1件 → 移行済み
  Credly バッジ 2件 → 未移行 (0/2)

バッジについては Credly 側の処理が別途必要です。数日たっても表示されない場合は、本ケースにご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-portal-notice', kind: 'merge_completed', lang: 'ja',
    note: "certification portal's own merged notice (no case ID), lists the 4 certifications now on the account",
    from: CERT_PORTAL, to: ITO.keep,
    subject: 'AWS 認定: アカウントが統合されました', date: D('2026-11-21 10:02:44', '+0000'), enc: 'utf8qp',
    html: `<html><body style="font-family:sans-serif">
<h2>アカウントの統合が完了しました</h2>
<p>伊藤 翔 様</p>
<p>お客様の AWS 認定アカウント ${ITO.keepId} に、別アカウントの記録が統合されました。現在このアカウントに登録されている認定資格は 4 件です。</p>
${htable([['認定資格', '有効期限'], ['AWS Certified Cloud Practitioner', '2027-02-10'], ['AWS Certified Solutions Architect - Associate', '2028-07-22'], ['AWS Certified Developer - Associate', '2028-03-03'], ['AWS Certified Security - Specialty', '2029-05-18']])}
<p>心当たりがない場合は AWS Training and Certification サポートまでご連絡ください。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-merge-ito-andclose', kind: 'merge_completed', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'completion (1 cert, 2 benefits moved) that also says the case will be closed: the merge is the new fact',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.ito), date: D('2026-11-21 09:40:12', '+0000'), enc: 'sjis8',
    text: `伊藤 様

大学アカウントからの移行作業が完了しました。
  認定資格: 1件（SAA-C03）
  特典: 2件
以上が ${ITO.keepId} に統合されています。

本件は完了となりますので、このケースはクローズさせていただきます。
ほかにご不明点があれば、新しいケースでお問い合わせください。

森`,
  }),
  mk({
    slug: 'ja-merge-forged-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, trusted: false,
    note: 'completion wording but dmarc=fail for amazon.com: untrusted',
    from: FORM, to: TARO.keep, auth: 'fail',
    subject: formSubj(CASE.taro), date: D('2026-11-27 12:55:01', '+0000'), enc: 'jis7',
    text: `山田 様

統合が完了しました（認定資格 3件、バウチャー 1枚）。
反映を確認するため、下記から再ログインをお願いします。
https://aws-training-login.example.org/signin

AWS`,
  }),
  mk({
    slug: 'ja-merge-lookalike-server', kind: 'merge_completed', lang: 'ja', caseId: CASE.nakamura, trusted: false,
    note: 'merge-done notice, but the top Authentication-Results is from a look-alike authserv-id',
    from: FORM, to: NAKAMURA.keep, auth: 'lookalikeServer',
    subject: formSubj(CASE.nakamura), date: D('2026-11-07 10:20:36', '+0000'), enc: 'jisb64',
    text: `中村 様

統合処理が完了しましたのでお知らせします。
移行件数: 資格 2件 / バウチャー 1枚 / 試験履歴 3件

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-taro-checklist', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro,
    note: 'merged; "please check these 3 points" is a check-it-looks-right line, still merge_completed',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-11-28 06:03:19', '+0000'), enc: 'sjisb64',
    text: `山田 様

ご返信ありがとうございました。11月28日付で、${TARO.srcId} を ${TARO.keepId} へ統合いたしました。
お手数ですが、次の3点をご確認ください。

  1. 認定資格が 3件 表示されていること
  2. 50%割引バウチャーが 1枚 表示されていること
  3. 試験履歴に統合元の受験記録が含まれていること

表示に相違がある場合は、本ケースへご返信ください。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-merge-hanako-short', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako,
    note: 'terse completion: date between the words, 3 certs now under the kept ID',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako), date: D('2026-12-04 02:40:00', '+0000'), enc: 'utf88bit',
    text: `佐藤 様

${HANAKO.srcId} の認定資格3件は、本日12/4 11:30 (JST) 時点で ${HANAKO.keepId} 側へ統合済みでです。

以上、よろしくお願いいたします。
AWS T&C サポート 石田

${sf(HANAKO.keep, '2026-12-03 09:12', FORM, formSubj(CASE.hanako), '同意します。\n佐藤')}`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-badge-credly-saa', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly issues the AWS badge to the kept account (ja subject, 「バッジを入手する」)',
    from: CREDLY_AWS, to: KIMURA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: D('2026-10-12 15:20:11', '+0000'), enc: 'utf8b64',
    text: `木村 健一 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate
発行日: 2026年10月12日

バッジを入手する: https://www.credly.com/earner/earned/badge/7c1e0a52-1f3b-4f0e-9b1d-2a51c3e04d77

Credly`,
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>木村 健一 様</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect - Associate</b><br>発行日: 2026年10月12日</p>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e0a52-1f3b-4f0e-9b1d-2a51c3e04d77" style="background:#ff6b00;color:#fff;padding:10px 18px">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc.</p></body></html>`,
  }),
  mk({
    slug: 'ja-badge-kimura-2of2', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kimura,
    note: 'support: 2 of 2 Credly badges now on the kept account, case closing: badges_transferred',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-12 07:48:29', '+0000'), enc: 'jis7',
    text: `木村 様

デジタルバッジの件、Credly チームと連携し対応いたしました。

  バッジ                                   状態
  AWS Certified Developer - Associate       移行済み
  AWS Certified SysOps Administrator        移行済み
  -----------------------------------------------
  合計 2件中 2件

Credly のダッシュボードでご確認いただけます。
本件はこれにてクローズとさせていただきます。

北村

${outlookJa(`木村 健一 <${KIMURA.keep}>`, '2026-10-10 21:05', FORM, formSubj(CASE.kimura), 'バッジ2つが旧アカウント側に残ったままです。移動をお願いできますか。')}`,
  }),
  mk({
    slug: 'ja-badge-nakamura-partial', kind: 'badges_transferred', lang: 'ja', caseId: CASE.nakamura,
    note: 'partial: 2 badges moved, 1 waits for her acceptance on Credly; moved badges are the news',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-10 03:22:14', '+0000'), enc: 'utf8b64',
    text: `中村 様

バッジの移行状況です。

  移行済み: 2件（Developer - Associate / SysOps Administrator - Associate）
  保留: 1件（Cloud Practitioner: Credly 上で受け取り待ち）

保留中の1件は、Credly から届く「バッジを入手する」のメールから受け取っていただくと表示されます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-badge-credly-qp', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly AWS badge mail (qp) to the kept address after the merge',
    from: CREDLY_AWS, to: NAKAMURA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: D('2026-11-10 09:01:45', '+0000'), enc: 'utf8qp',
    text: `中村 美咲 様

おめでとうございます。Amazon Web Services Training and Certification からバッジ「AWS Certified Cloud Practitioner」が発行されました。

下のボタンからバッジを受け取り、プロフィールで公開できます。
[バッジを入手する] https://www.credly.com/earner/earned/badge/3f9b1e6d-8a2c-47d0-b6e5-c2d14f0a9e31

このメールは ${NAKAMURA.keep} 宛に送信されています。`,
  }),
  mk({
    slug: 'ja-badge-otheronly', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly badge mail carrying only a foreign (mx.google.com) Authentication-Results: untrusted',
    from: CREDLY_AWS, to: ITO.keep, auth: 'otherOnly',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: D('2026-11-22 14:30:27', '+0000'), enc: 'utf8b64',
    text: `伊藤 翔 様

Amazon Web Services Training and Certification から2件のバッジが発行されました。
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/a1d2e3f4-5b6c-4d7e-8f90-1a2b3c4d5e6f`,
  }),
  mk({
    slug: 'ja-badge-ito-table', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ito,
    note: 'support table before/after: 2 badges now under the kept Credly account',
    from: FORM, to: ITO.keep,
    subject: `RE:[CASE ${CASE.ito}] Credly バッジの移行について`, date: D('2026-11-24 05:11:40', '+0000'), enc: 'sjis8',
    text: `伊藤 様

クローズ済みのケースを再開し、バッジの移行を行いました。

  バッジ                          移行前            移行後
  Solutions Architect - Associate  ${ITO.src}   ${ITO.keep}
  Cloud Practitioner               ${ITO.src}   ${ITO.keep}

2件とも統合先のメールアドレスに紐づいています。

森`,
  }),
  mk({
    slug: 'ja-badge-taro-four', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro,
    note: 'support: the 4 Credly badges now show on the kept account',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-12-01 01:15:03', '+0000'), enc: 'jisb64',
    text: `山田 様

ご指摘いただいた Credly のバッジですが、4件とも統合先アカウント（${TARO.keep}）で表示されるようになりました。
  1. Cloud Practitioner
  2. Solutions Architect - Associate
  3. Developer - Associate
  4. Solutions Architect - Professional

引き続きよろしくお願いいたします。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-badge-credly-htmlonly', kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly AWS badge mail with the 「バッジを入手する」 button',
    from: CREDLY_AWS, to: HANAKO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: D('2026-12-05 11:44:20', '+0000'), enc: 'utf8qp',
    html: `<html><body>
<table width="600" align="center"><tr><td>
<p>佐藤 花子 様</p>
<p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>
<p style="font-size:18px"><b>AWS Certified Data Engineer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/55e0c7b2-0d4f-4a86-9b7e-3d1c2f5a6b70">バッジを入手する</a></p>
<p style="color:#999">このメールは Credly から送信されています。</p>
</td></tr></table></body></html>`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'ja-closed-kimura-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.kimura, trap: true,
    note: 'closing that only restates the counts merged on 10/9: case_closed',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-15 00:30:10', '+0000'), enc: 'jis7',
    text: `木村 様

10月9日にお知らせしたとおり、認定資格3件・特典1件の統合は完了しております。
その後ご連絡がございませんので、本ケースをクローズいたします。

ご不明な点が生じた場合は、本メールに返信いただくとケースが再開されます。

北村`,
  }),
  mk({
    slug: 'ja-closed-nakamura-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura,
    note: '"3日以内にご返信がない場合、自動的にクローズ": will auto-close',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-13 02:00:00', '+0000'), enc: 'utf8b64',
    text: `中村 様

前回のご連絡から5日が経過しました。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。

引き続きサポートが必要な場合は、このメールにご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-ito-3bizdays', kind: 'case_closed', lang: 'ja', caseId: CASE.ito,
    note: 'reminder: no reply → closes within 3 business days (「3営業日以内」)',
    from: NOREPLY, to: ITO.keep,
    subject: `ケース ${CASE.ito} はお客様の返信待ちです`, date: D('2026-11-28 00:12:48', '+0000'), enc: 'sjis8',
    text: `伊藤 翔 様

ケース ${CASE.ito} は現在「お客様の返信待ち」です。
3営業日以内にご返信がない場合は、解決済みとしてクローズされます。

  最終更新: 2026/11/24
  クローズ予定: 2026/12/01

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-noauth', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, trusted: false,
    note: 'closing notice with no Authentication-Results at all: untrusted',
    from: FORM, to: TARO.keep, auth: 'none',
    subject: formSubj(CASE.taro), date: D('2026-12-08 03:00:00', '+0000'), enc: 'jis7',
    text: `山田 様

本ケースはクローズされました。
再開をご希望の場合は、7日以内にこのメールへご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-hanako-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako,
    note: 'system notice: case status changed to 解決済み (2 lines of status)',
    from: NOREPLY, to: HANAKO.keep,
    subject: `ケース ${CASE.hanako} が解決済みになりました`, date: D('2026-12-10 05:20:30', '+0000'), enc: 'utf8qp',
    text: `佐藤 花子 様

ケースのステータスが変更されました。
  変更前: 対応中
  変更後: 解決済み

解決済みのケースは14日間、返信により再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-taro-tablerepeat', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'closing that repeats the 12/1 table (3 certs, 1 voucher, 4 badges) as a 再掲: nothing new but the closing',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-12-05 02:45:12', '+0000'), enc: 'jisb64',
    text: `山田 様

ご確認ありがとうございました。念のため、12月1日時点でご案内した内容を再掲します。

  認定資格     3件   統合済み
  バウチャー   1枚   統合済み
  バッジ       4件   移行済み

以上をもちまして、本ケースをクローズいたします。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-closed-kimura-dupcase', kind: 'case_closed', lang: 'ja', caseId: CASE.kimuraDup, trap: true,
    note: 'the duplicate case is closed and folded into the main case ("ケースを統合"): not the account merge',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimuraDup), date: D('2026-10-07 03:00:41', '+0000'), enc: 'sjisb64',
    text: `木村 様

同じ内容のケースが2件作成されていたため、本ケース（${CASE.kimuraDup}）はクローズし、
ケース ${CASE.kimura} に統合いたしました。

今後のご連絡はケース ${CASE.kimura} のメールへご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-nakamura-notdone', kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura, trap: true,
    note: 'closed for lack of reply; the status list restates the 11/7 merge and 2 of 3 badges: nothing new',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-16 02:10:00', '+0000'), enc: 'utf88bit',
    text: `中村 様

ご返信がなかったため、本日本ケースをクローズしました。
クローズ時点の状況は次のとおりです（いずれも既にご案内済みの内容です）。

  アカウント統合: 11/7 完了
  Credly バッジ:  3件中2件 移行済み、1件 お客様の受け取り待ち

再開をご希望の場合は、このメールにご返信ください。`,
  }),
];
