// br set, Japanese part 2: badges, closings, other support replies, unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import { KENJI as K, YUI as Y, MAKOTO as M, OTHER, SUPPORT, SUPPORT_JA, SUPPORT_BARE, NOREPLY, CREDLY_AWS, PORTAL, formSubject, htable, mk, quote, sfOriginal, sfRef, to } from './common.js';

const jst = (s: string): string => rfcDate(s, '+0900');
const utc = (s: string): string => rfcDate(s, '+0000');

export const JA2: Msg[] = [
  // ---------------- badges_transferred ----------------
  mk({
    slug: 'y-credly-issued', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly issues an AWS badge to the kept address after the merge; badge name/date items and the accept button',
    from: CREDLY_AWS, to: to(Y, 'keep', 'ja'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-02-11 14:03:27'), enc: 'utf8qp',
    text: `田中 結衣 さん

Amazon Web Services Training and Certification からバッジが発行されました。

バッジ: AWS Certified Developer - Associate
発行日: 2026年2月11日
有効期限: 2028年1月15日
受取先: ${Y.keep}

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c9a20-7d4e-4b11-9b62-0c5e1a7d2f88

Credly`,
    html: `<p>田中 結衣 さん</p>
<p>Amazon Web Services Training and Certification からバッジが発行されました。</p>
${htable([['バッジ', '発行日', '有効期限'], ['AWS Certified Developer - Associate', '2026年2月11日', '2028年1月15日']])}
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a20-7d4e-4b11-9b62-0c5e1a7d2f88">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'k-badges-table', kind: 'badges_transferred', lang: 'ja', caseId: K.caseId,
    note: 'support reports the badges moved, as a before/after table per badge',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-16 05:12:09'), enc: 'jis7',
    text: `渡辺様

Credly のバッジを移しました。

  バッジ                        移動前の受取先                 現在
  Solutions Architect - Pro     ${K.src}   ${K.keep}
  Developer - Associate         ${K.src}   ${K.keep}
  Cloud Practitioner            ${K.src}   ${K.keep}

Credly にサインインして「承認」を押していただくと公開されます。

藤井`,
  }),
  mk({
    slug: 'm-badges-close', kind: 'badges_transferred', lang: 'ja', caseId: M.caseId, trap: true,
    note: 'support says the badges moved and the case will be closed: badges_transferred',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-09 02:27:31'), enc: 'sjis8',
    text: `小林様

バッジの件、対応しました。

 ・SysOps Administrator - Associate → ${M.keep} に再発行済み
 ・Security - Specialty → ${M.keep} に再発行済み
 ・Cloud Practitioner → ${M.keep} に再発行済み

これで本件はすべて完了となりますので、ケースはクローズいたします。

Kaito`,
  }),
  mk({
    slug: 'k-credly-htmlonly', kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly issue notice for an AWS badge on the kept address',
    from: CREDLY_AWS, to: to(K, 'keep', 'ja'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-01-16 08:44:00'), enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<p>渡辺 健二 さん、おめでとうございます。</p>
<table><tr><td><b>バッジ</b></td><td>AWS Certified Solutions Architect - Professional</td></tr>
<tr><td><b>発行元</b></td><td>Amazon Web Services Training and Certification</td></tr>
<tr><td><b>発行日</b></td><td>2026-01-16</td></tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/91b07e3c-22aa-4f0e-8c1d-5b6a0f3e7c41" style="background:#0073bb;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'y-badges-reopen', kind: 'badges_transferred', lang: 'ja', caseId: Y.caseId,
    note: 'after the user reported missing badges, support says they are now on the kept account; Gmail quote below',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-12 04:30:19'), enc: 'jisb64',
    text: `田中様

ご指摘のバッジ 2 点、統合先のメールアドレスへ付け替えました。

  SAA-C03 バッジ : 付け替え済み
  DVA-C02 バッジ : 付け替え済み

Credly 上で表示されるまで少し時間がかかることがあります。

岡本

2026年2月10日(火) 9:02 田中 結衣 <${Y.keep}>:
${quote(`岡本様
統合ありがとうございました。
認定は見えていますが、Credly のバッジがまだ旧アドレスのままです。`)}`,
  }),
  mk({
    slug: 'm-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, auth: 'pass',
    note: 'badge notice from a look-alike Credly domain; authenticated for that domain but not a trusted one',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: to(M, 'keep', 'ja'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-03-08 11:10:55'), enc: 'utf8qp',
    text: `小林 誠 さん

バッジ: AWS Certified Security - Specialty
発行日: 2026/03/08

バッジを入手する: https://credly-badges.net/accept?id=77812

Credly`,
  }),
  mk({
    slug: 'k-badges-mixed', kind: 'badges_transferred', lang: 'ja', caseId: K.caseId,
    note: 'support confirms three badges now sit on the kept account, English labels inside Japanese text',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-16 05:15:40'), enc: 'jis7',
    text: `渡辺様、追記です。

Credly badges - status:
  - SAP-C02 : moved / 移動済み
  - DVA-C02 : moved / 移動済み
  - CLF-C02 : moved / 移動済み

バッジはすべて ${K.keep} 側に入っています。

藤井`,
  }),
  mk({
    slug: 'm-credly-dkim', kind: 'badges_transferred', lang: 'ja', auth: 'dkimonly',
    note: 'Credly AWS badge notice for the kept address, DKIM-only pass',
    from: CREDLY_AWS, to: to(M, 'keep', 'ja'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-03-09 03:01:14'), enc: 'utf8qp',
    text: `小林 誠 さん

新しいバッジがあります。

 名称: AWS Certified SysOps Administrator - Associate
 発行元: Amazon Web Services Training and Certification
 受取アドレス: ${M.keep}

[バッジを入手する] https://www.credly.com/earner/earned/badge/0a7d3e51-9c44-4d2a-a1b8-6e2f9c0d4b17`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'k-autoclose', kind: 'case_closed', lang: 'ja', caseId: OTHER.kenjiDup,
    note: 'reminder that the case closes after a set number of days without a reply',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: `[CASE ${OTHER.kenjiDup}] ご返信のお願い`, date: utc('2026-01-12 00:00:41'), enc: 'jis7',
    text: `ケースの状況:

  ケース ID : ${OTHER.kenjiDup}
  状態      : お客様の返信待ち
  最終更新  : 2026-01-09

7 日以内にご返信がない場合、このケースは自動的にクローズされます。
クローズ後でも、返信いただければ再開できます。`,
  }),
  mk({
    slug: 'y-close-restate', kind: 'case_closed', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'closing notice that only restates the earlier merge: case_closed',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-16 06:06:06'), enc: 'utf8qp',
    text: `田中様

2/9 にご案内したとおり統合は済んでおり、その後ご連絡がないため本ケースはクローズします。

 ケース: ${Y.caseId}
 対応内容: アカウント統合 (2026-02-09 実施)
 状態: クローズ

またお困りの際は新しいケースでお問い合わせください。

岡本`,
  }),
  mk({
    slug: 'm-resolved', kind: 'case_closed', lang: 'ja', caseId: M.caseId,
    note: 'system notice that the case was marked resolved',
    from: NOREPLY, to: to(M, 'keep', 'ja'), subject: `[CASE ${M.caseId}] ケースが解決済みになりました`, date: utc('2026-03-09 02:30:02'), enc: 'sjis8',
    text: `ケース ${M.caseId} の状態が変わりました。

 変更前: 対応中
 変更後: 解決済み
 変更日時: 2026-03-09 11:30 JST

内容をご覧になるにはサポートセンターにサインインしてください。`,
  }),
  mk({
    slug: 'k-close-badgesrestated', kind: 'case_closed', lang: 'ja', caseId: K.caseId, trap: true,
    note: 'closing that mentions the badges the user already confirmed; nothing new moved',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-19 01:40:27'), enc: 'jisb64',
    text: `渡辺様

バッジ 3 点が表示されているとのご連絡、ありがとうございました。
これをもちまして本ケースを終了させていただきます。

 ・統合: 1/14 済
 ・バッジ: 1/16 済 (お客様確認済み)
 ・ケース: 本日クローズ

藤井`,
  }),
  mk({
    slug: 'm-dupcase-closed', kind: 'case_closed', lang: 'ja', caseId: OTHER.makotoDup, trap: true,
    note: 'the duplicate case was folded into the main one and closed; "統合" of cases is not the account merge',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(OTHER.makotoDup), date: utc('2026-03-03 05:19:44'), enc: 'utf8b64',
    text: `小林様

同じ内容のお問い合わせが 2 件ありましたので、ケースを 1 つに統合しました。

 ${OTHER.makotoDup} … 本日クローズ
 ${M.caseId} … 引き続き対応

今後のやり取りは ${M.caseId} でお願いします。

Kaito`,
  }),
  mk({
    slug: 'y-close-waiting', kind: 'case_closed', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'reminder: still waiting for the user\'s consent, case closes in 3 days without a reply',
    from: NOREPLY, to: to(Y, 'keep', 'ja'), subject: `[CASE ${Y.caseId}] まもなくクローズされます`, date: utc('2026-02-10 00:00:09'), enc: 'utf88bit',
    text: `お客様からのご同意のご返信をお待ちしています。

 ケース: ${Y.caseId}
 待機中の項目: 統合への同意
 自動クローズ予定: 3 日後

期限までにご返信がない場合、ケースはクローズされます。`,
  }),
  mk({
    slug: 'k-close-misaligned', kind: 'case_closed', lang: 'ja', caseId: K.caseId, trusted: false, auth: 'misaligned',
    note: 'closing notice whose DKIM signature belongs to an unrelated bulk-mail domain (dmarc=fail)',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: `[CASE ${K.caseId}] クローズのお知らせ`, date: utc('2026-01-20 03:33:33'), enc: 'jis7',
    text: `ケース ${K.caseId} はクローズされました。

 理由: 解決済み
 日時: 2026-01-20

ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'm-close-alt', kind: 'case_closed', lang: 'ja', caseId: M.caseId,
    note: 'closing notice in Shift_JIS multipart with a status list',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-16 07:07:07'), enc: 'sjis8',
    text: `小林様

一週間ご返信がありませんでしたので、このケースを閉じます。

 状態: クローズ
 再開: このメールに返信

Kaito`,
    html: `<p>小林様</p><p>一週間ご返信がありませんでしたので、このケースを閉じます。</p>
<ul><li>状態: クローズ</li><li>再開: このメールに返信</li></ul><p>Kaito</p>`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'k-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: K.caseId, trap: true,
    note: 'thanks for confirming, passed to the team: status list only',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-13 03:02:11'), enc: 'jis7',
    text: `渡辺様

 同意のご返信 ... 受領 (1/13)
 統合作業 ....... 担当チームへ依頼済み
 完了見込み ..... 数営業日

進みがありましたらお知らせします。

藤井`,
  }),
  mk({
    slug: 'y-notyet', kind: 'support_reply', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'status: the merge has not been completed yet',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-08 05:05:48'), enc: 'utf8qp',
    text: `田中様

お問い合わせの件、現時点では統合は完了していません。

 受付: 済
 同意: 済 (2/7)
 統合: 作業待ち
 バッジ: 未着手

もうしばらくお待ちください。

岡本`,
  }),
  mk({
    slug: 'm-escalated', kind: 'support_reply', lang: 'ja', caseId: M.caseId,
    note: 'escalation notice as key/value lines',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-04 10:10:10'), enc: 'sjis8',
    text: `小林様

 ステータス: 社内の専門チームへエスカレーション中
 理由: 統合元に受験予約 (2026-03-20) があるため
 次の連絡: 2-3 営業日以内

Kaito`,
  }),
  mk({
    slug: 'k-cases-merged', kind: 'support_reply', lang: 'ja', caseId: K.caseId, trap: true,
    note: 'support merged two duplicate cases into one; not the account merge',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-09 05:55:21'), enc: 'jisb64',
    text: `渡辺様

お問い合わせが重複していたため、ケースをまとめました。

  ${OTHER.kenjiDup} → ${K.caseId} に統合
  今後の窓口: ${K.caseId}

アカウントの件は引き続きこちらで承ります。

藤井`,
  }),
  mk({
    slug: 'y-once-merged', kind: 'support_reply', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'explains the next steps in future tense: "統合が完了しましたら…"',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-07 09:09:12'), enc: 'utf88bit',
    text: `田中様

今後の流れです。

 1. 担当チームが統合を実施
 2. 統合が完了しましたら、このケースでご連絡
 3. その後 Credly バッジの受取先を変更

現在は 1 の段階です。

岡本`,
  }),
  mk({
    slug: 'm-cannot', kind: 'support_reply', lang: 'ja', caseId: M.caseId, trap: true,
    note: 'support says it cannot merge right now because of the booked exam',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-04 11:45:00'), enc: 'jis7',
    text: `小林様

申し訳ありませんが、今の状態では統合できません。

 統合元 ${M.srcId}
   予約中の試験: SAP-C02 (2026-03-20)
   対応: 受験後、またはキャンセル後に統合

試験が終わりましたらこのケースにご返信ください。

Kaito`,
  }),
  mk({
    slug: 'k-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: K.caseId, trap: true,
    note: 'answers a question about what will move; future, not the event',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-10 02:02:02'), enc: 'utf8qp',
    text: `渡辺様

ご質問への回答です。

Q. バウチャーは移りますか?
A. はい。未使用の 50% 割引バウチャーは統合先に移ります。

Q. 有効期限は変わりますか?
A. 変わりません。各認定の取得日・有効期限はそのまま引き継がれます。

藤井`,
    html: `<p>渡辺様</p><p>ご質問への回答です。</p>
<dl><dt>Q. バウチャーは移りますか?</dt><dd>A. はい。未使用の 50% 割引バウチャーは統合先に移ります。</dd>
<dt>Q. 有効期限は変わりますか?</dt><dd>A. 変わりません。各認定の取得日・有効期限はそのまま引き継がれます。</dd></dl><p>藤井</p>`,
  }),
  mk({
    slug: 'y-badges-notyet', kind: 'support_reply', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'badges not moved yet, request passed to the badge team',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-10 06:30:00'), enc: 'jis7',
    text: `田中様

バッジの件、確認しました。

  SAA-C03 バッジ : 旧アドレスのまま
  DVA-C02 バッジ : 旧アドレスのまま

付け替えをバッジ担当へ依頼しています。対応が終わりましたらご連絡します。

岡本`,
  }),
  mk({
    slug: 'm-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: M.caseId,
    note: 'asks the user to write from the kept address without asking for any data',
    from: SUPPORT, to: 'kobayashi@dev.example.co.jp', subject: formSubject(M.caseId), date: utc('2026-03-02 08:08:08'), enc: 'sjisb64',
    text: `小林様

 受信したアドレス: ${M.src}
 お手続きに必要なアドレス: 残す側のアカウントのアドレス

恐れ入りますが、以後のご連絡は残す側のアドレスからお願いいたします。

Kaito`,
  }),
  mk({
    slug: 'k-reply-noauth', kind: 'support_reply', lang: 'ja', caseId: K.caseId, trusted: false, auth: 'none',
    note: 'an ordinary status reply but without any Authentication-Results header',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-13 07:17:00'), enc: 'jisb64',
    text: `渡辺様

 担当: 藤井 → 石川 に変更
 理由: 担当替え
 対応状況: 変更なし

引き続きよろしくお願いします。

石川`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'k-own-forward', kind: 'unrelated', lang: 'ja', caseId: K.caseId, trusted: false, trap: true, auth: 'none',
    note: 'the user forwards the completion mail to his own work address: own mail, no news from support',
    from: to(K, 'keep', 'ja'), to: to(K, 'src', 'ja'), subject: `Fwd: ${formSubject(K.caseId)}`, date: jst('2026-01-14 18:02:31'), enc: 'jis7', relay: 'mail-sor-f41.google.com',
    text: `会社側にも控えを置いておきます。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年1月14日(水) 15:20
Subject: ${formSubject(K.caseId)}
To: 渡辺 健二 <${K.keep}>

渡辺様

作業が終わりました。
  ${K.keepId} (残す)  認定 1 → 認定 4
  ${K.srcId} (統合元) 認定 3 → 認定 0 (無効)`,
  }),
  mk({
    slug: 'y-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result notice (pass); "完了" words but nothing to do with the merge',
    from: PORTAL, to: to(Y, 'keep', 'ja'), subject: '試験結果のお知らせ', date: utc('2026-02-20 04:00:00'), enc: 'utf8qp',
    text: `田中 結衣 様

受験された試験の採点が完了しました。

 試験: AWS Certified Solutions Architect - Professional (SAP-C02)
 受験日: 2026-02-18
 結果: 合格
 スコア: 812

認定アカウントの「試験履歴」で詳細をご覧いただけます。`,
  }),
  mk({
    slug: 'm-survey', kind: 'unrelated', lang: 'ja', caseId: M.caseId, trap: true,
    note: 'satisfaction survey about the closed case',
    from: NOREPLY, to: to(M, 'keep', 'ja'), subject: 'サポートに関するアンケートのお願い', date: utc('2026-03-10 01:00:00'), enc: 'sjis8',
    text: `先日のお問い合わせ (ケース ${M.caseId}) について、1 分ほどのアンケートにご協力ください。

 Q1. 問題は解決しましたか?  はい / いいえ
 Q2. 担当者の対応はいかがでしたか? 1 2 3 4 5

https://survey.aws.example/s/ja-2f81`,
  }),
  mk({
    slug: 'k-ms-badge', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: to(K, 'keep', 'ja'), subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-01-22 12:12:12'), enc: 'utf8b64',
    text: `渡辺 健二 さん

Microsoft からバッジが発行されました。

 バッジ: Microsoft Certified: Azure Administrator Associate
 発行日: 2026年1月22日

バッジを入手する: https://www.credly.com/earner/earned/badge/5e0b9f12-aa31-4c6e-b7d0-2c9a8e1f6d33`,
  }),
  mk({
    slug: 'y-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <noreply@credly.com>', to: to(Y, 'keep', 'ja'), subject: 'Credly アカウントの統合を完了してください', date: utc('2026-02-13 03:21:09'), enc: 'utf8qp',
    text: `Credly のアカウント統合リクエストを受け付けました。

 統合するメール: ${Y.src}
 確認コード: 418 207
 コードの有効期限: 30 分

このコードを Credly の画面に入力すると統合が完了します。`,
    html: `<p>Credly のアカウント統合リクエストを受け付けました。</p>
${htable([['統合するメール', Y.src], ['確認コード', '418 207'], ['有効期限', '30 分']])}
<p>このコードを Credly の画面に入力すると統合が完了します。</p>`,
  }),
  mk({
    slug: 'k-colleague-ooo', kind: 'unrelated', lang: 'ja', caseId: K.caseId, trusted: false, trap: true,
    note: 'out-of-office auto reply from a former colleague that quotes the merge mail',
    from: '山本 浩 <h.yamamoto@hq.example.co.jp>', to: to(K, 'keep', 'ja'), subject: `自動応答: ${formSubject(K.caseId)}`, date: jst('2026-01-14 15:21:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `1/13〜1/20 は休暇のため不在です。急ぎの件は総務までご連絡ください。

> 統合作業が完了しました。
> Status: Completed`,
  }),
  mk({
    slug: 'k-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: OTHER.kenjiRefund, trap: true,
    note: 'receipt of the user\'s other case about an exam fee refund',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: `[CASE ${OTHER.kenjiRefund}] 受験料の返金について - 受付`, date: utc('2026-01-25 06:00:31'), enc: 'jisb64',
    text: `以下の内容で受け付けました。

 ケース ID: ${OTHER.kenjiRefund}
 種別: 請求 / 受験料の返金
 状態: 未対応

担当者からご連絡します。`,
  }),
  mk({
    slug: 'y-exam-case-closed', kind: 'unrelated', lang: 'ja', caseId: OTHER.yuiExam, trap: true,
    note: 'closing of the user\'s other case about rescheduling an exam',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: `RE:[CASE ${OTHER.yuiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: utc('2026-02-25 02:44:16'), enc: 'sjisb64',
    text: `田中様

試験日程の変更が反映されたことを確認しましたので、本ケースはクローズします。

 試験: SAP-C02
 変更前: 2026-02-14 10:00
 変更後: 2026-02-18 13:00

岡本`,
  }),
  mk({
    slug: 'm-colleague-asks', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'a colleague asks whether the merge is done and shares his own timeline',
    from: '佐々木 亮 <ryo.sasaki@dev.example.co.jp>', to: to(M, 'keep', 'ja'), subject: '認定アカウント統合の件', date: jst('2026-03-04 12:31:05'), enc: 'jis7',
    text: `小林さん

統合、もう終わりました? 私のときはこんな感じでした。

 申請: 月曜
 情報の依頼: 火曜
 同意の返信: 火曜
 統合完了: 金曜
 バッジ: 自分で問い合わせて翌週

佐々木`,
  }),
  mk({
    slug: 'm-own-consent', kind: 'unrelated', lang: 'ja', caseId: M.caseId, trusted: false, trap: true, auth: 'none',
    note: 'the user\'s own consent reply, copied to himself',
    from: to(M, 'keep', 'ja'), to: SUPPORT_BARE, cc: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: jst('2026-03-05 15:02:10'), enc: 'utf8qp', relay: 'smtp.example.jp',
    text: `Kaito 様

承認します。以下の内容で統合をお願いします。

 統合先: ${M.keepId}
 統合元: ${M.srcId}

小林

${sfOriginal(SUPPORT, '2026/03/05 14:30', `小林 誠 <${M.keep}>`, formSubject(M.caseId), 'この操作は元に戻すことができません。承認いただける場合は、その旨をご返信ください。')}

${sfRef('M33c1')}`,
  }),
];
