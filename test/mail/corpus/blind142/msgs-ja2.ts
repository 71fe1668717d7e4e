// Set ek, Japanese part 2: badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CREDLY_AWS, MISAKI, SHO, SUPPORT, SUZUKI, d, formSubject, mk, outlookJa, quote, sfOriginal, sfRef } from './common.js';

const S = SUZUKI;
const M = MISAKI;
const N = SHO;

export const JA2: Msg[] = [
  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-ja', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: S.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-09 04:12:55'), enc: 'utf8qp', relay: 'o1.ptr4417.credly.com',
    text: `${S.en} 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/2f81c0aa-5d1e-4b7f-9c61-0e4b2d7f1a93

バッジを受け取ると、LinkedIn などで共有できます。

Credly`,
    html: `<p>${S.en} 様</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/2f81c0aa-5d1e-4b7f-9c61-0e4b2d7f1a93" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></p><p>Credly</p>`,
  }),
  mk({
    slug: 'badge-remaining-two', kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'support: the remaining two badges moved too, so all badges are now on the kept account',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-10 16:20:18'), enc: 'jis7',
    text: `鈴木様

お待たせしました。残りの2件のバッジも、${S.keep} の Credly アカウントへ移しました。
これで、すべてのバッジが残すアカウント側にそろっています。

佐々木

${sfRef('8Kq2x1')}`,
  }),
  mk({
    slug: 'badge-moved-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'badges moved and the case closes: labelled badges_transferred by the guide',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-30 11:48:02'), enc: 'sjisb64',
    text: `高橋 美咲 様

Credly 上のバッジ3件を、統合後のアカウントのメールアドレスに付け替えました。
以上で本件の対応は完了となりますので、ケースをクローズいたします。

中川`,
  }),
  mk({
    slug: 'badge-credly-three', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly: AWS badges issued to the kept address after the merge',
    from: CREDLY_AWS, to: M.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ (3件)',
    date: d('2026-10-30 12:05:40'), enc: 'utf8b64',
    html: `<html><body><p>高橋 美咲 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification から次のバッジが届いています。</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p>Credly, Inc.</p></body></html>`,
  }),
  mk({
    slug: 'badge-all-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'support: every Credly badge now on the kept account',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-27 10:11:32'), enc: 'jisb64',
    text: `中村様

ご依頼のバッジについて、Credly 側で統合元に残っていたすべてのバッジを ${N.keep} へ移動いたしました。
Credly にサインインしてご確認ください。

北村 / AWS Training and Certification

${outlookJa(`${N.ja} <${N.keep}>`, '2026年11月26日 8:30', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.sho), 'バッジがまだ古いアドレスのままです。移していただけますか。')}`,
  }),
  mk({
    slug: 'badge-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false, auth: 'none', trusted: false,
    note: 'badge mail from a Credly look-alike domain: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>', to: S.keep, subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    date: d('2026-11-09 23:50:11'), enc: 'utf8qp',
    text: `すべてのバッジが新しいアカウントへ移行されました。
バッジを入手するには、以下からサインインしてください。
https://credly-badges.net/claim`,
  }),
  mk({
    slug: 'badge-credly-sysops', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS badge via Credly to the kept address, after the merge',
    from: CREDLY_AWS, to: N.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-26 19:22:04'), enc: 'utf8b64',
    text: `中村 翔 様

AWS Certified SysOps Administrator - Associate のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'badge-except-expired', kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'all badges but one expired badge moved; the expired one cannot move: transfer done',
    from: SUPPORT, to: S.src, cc: S.keep, subject: formSubject(CASE.suzukiDup),
    date: d('2026-11-10 09:05:26'), enc: 'sjis8',
    text: `鈴木様

1件を除き、すべてのバッジを ${S.keep} の Credly アカウントへ移しました。
除いた1件 (Cloud Practitioner) は有効期限切れのため、移行の対象外となります。

AWS T&C サポート`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'reminder: closes in 3 days without a reply',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-29 10:00:14'), enc: 'jis7',
    text: `中村様

先日のご案内以降、ご返信をいただいておりません。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。
引き続きお手伝いが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'the case was resolved and closed',
    from: AWS_NOTIFY, to: S.src, subject: `ケース ${CASE.suzukiDup} はクローズされました`,
    date: d('2026-11-11 00:15:02'), enc: 'utf8qp',
    text: `サポートケース ${CASE.suzukiDup} は解決済みとしてクローズされました。

このケースを再開するには、サポートセンターからご返信ください。
クローズから14日が経過すると、再開はできません。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-04 15:33:40'), enc: 'jisb64',
    text: `高橋様

10月28日にご案内のとおり、両方のアカウントの統合はすでに完了しております。
その後ご連絡がございませんので、本ケースをクローズいたします。

中川`,
  }),
  mk({
    slug: 'closed-restate-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'closing after badges were moved earlier; only restates it',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-17 13:10:55'), enc: 'sjisb64',
    text: `鈴木 様

11月10日にすべてのバッジの移行をご報告して以来、追加のご質問はないようですので、このケースは解決済みとさせていただきます。
またのご利用をお待ちしております。

佐々木`,
  }),
  mk({
    slug: 'closed-notify-html', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'HTML notice that the case has been closed',
    from: AWS_NOTIFY, to: N.keep, subject: `[ケース ${CASE.sho}] 解決済み`,
    date: d('2026-12-02 01:02:03'), enc: 'utf8b64',
    html: `<html><body><h3>ケースがクローズされました</h3>
<p>ケース ID: ${CASE.sho}<br>ステータス: 解決済み</p>
<p>ご返信がなかったため、このケースは終了しました。必要な場合は新しいケースを作成してください。</p>
<p>Amazon Web Services Support</p></body></html>`,
  }),
  mk({
    slug: 'closed-brief', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'brief notice that the case is closed',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-06 05:44:19'), enc: 'jis7',
    text: `高橋様

本ケースはクローズとなりました。ご利用ありがとうございました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-both-fine', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'user said both look fine; support closes the case',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-12 10:25:41'), enc: 'jis7',
    text: `鈴木様

どちらも問題なく表示されているとのこと、安心いたしました。
それでは、本ケースはこちらで終了とさせていただきます。

佐々木

2026年11月11日(水) 22:48 ${S.ja} <${S.keep}>:
> 認定もバッジも、どちらも問題なく表示されています。
> ありがとうございました。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'reply-no-badges-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: '「いずれのバッジもまだ移行されていません」: negated badge move, status only',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-08 14:14:14'), enc: 'jisb64',
    text: `鈴木様

確認しましたところ、ご指摘のとおり、いずれのバッジもまだ移行されていません。
Credly 担当チームに移行を依頼しましたので、完了しましたら改めてご連絡いたします。

佐々木`,
  }),
  mk({
    slug: 'reply-once-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「統合が完了しましたら」: future, not the event',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-27 09:58:01'), enc: 'utf8qp',
    text: `高橋様

ご同意いただきありがとうございます。統合作業を担当部署に依頼しました。
統合が完了しましたら、このケースでお知らせいたします。通常数日かかります。

中川`,
  }),
  mk({
    slug: 'reply-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-23 19:20:47'), enc: 'jis7',
    text: `中村様

ご確認ありがとうございます。同意のご返信を受領し、統合チームへ引き継ぎました。
進捗がありましたらご連絡します。

北村`,
  }),
  mk({
    slug: 'reply-some-badges', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'only some badges moved, the remaining two are still in progress: status, not the transfer',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-26 15:07:33'), enc: 'utf8b64',
    text: `中村様

途中経過のご報告です。一部のバッジ (1件) は移動できましたが、残りの2件はまだ統合元の Credly アカウントにあります。
引き続き対応中ですので、もう少々お待ちください。

北村`,
  }),
  mk({
    slug: 'reply-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'merged the duplicate cases, not the accounts',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-03 12:05:10'), enc: 'sjis8',
    text: `鈴木様

同じご依頼で2件のケース (${CASE.suzuki} と ${CASE.suzukiDup}) をいただいておりましたので、ケースを1つに統合しました。
今後のやり取りは ${CASE.suzukiDup} でお願いいたします。アカウントの統合はまだ行っておりません。

佐々木`,
  }),
  mk({
    slug: 'reply-cannot-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'cannot merge yet because of a booked exam on either account; negated',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-25 17:36:28'), enc: 'jisb64',
    text: `高橋様

恐れ入りますが、どちらか一方のアカウントに受験予約が残っている間は統合できません。
11月2日の予約が終わり次第、改めて手続きいたします。ご返信は不要です。

中川`,
  }),
  mk({
    slug: 'reply-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'status: escalated to the specialist team',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-04 18:00:09'), enc: 'jis7',
    text: `鈴木様

本件は専門チームでの確認が必要なため、エスカレーションいたしました。
回答まで2-3営業日ほどお時間をいただく見込みです。

佐々木`,
  }),
  mk({
    slug: 'reply-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'answers a voucher question about what will happen after the merge (future)',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-22 16:42:50'), enc: 'utf8qp',
    text: `中村様

ご質問の件、両方のアカウントにある未使用のバウチャーは、統合後もすべて残すアカウントで使えます。
有効期限は変わりません。

北村

${sfOriginal(N.keep, '2026/11/22 12:10', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.sho), '統合元にある50%割引バウチャーは、統合後も使えますか？')}`,
  }),
  mk({
    slug: 'reply-freemail', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: false, auth: 'none', trusted: false,
    note: 'support display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.tc.support.desk@freemail.example>', to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-26 23:11:09'), enc: 'utf8b64',
    text: `高橋様

担当が変わりました。今後はこちらのアドレスにご連絡ください。

AWS トレーニングと認定`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.suzuki, trap: true, auth: 'none', trusted: false,
    note: 'the user\'s own consent reply (Sent copy): no news from support',
    from: `${S.ja} <${S.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubject(CASE.suzuki),
    date: d('2026-11-05 21:30:11'), enc: 'jis7', deliveredTo: S.keep,
    text: `佐々木様

承知しました。両方のアカウントの統合に同意します。
${S.keepId} を残す形でお願いいたします。

鈴木

${quote('以下の内容で統合を行います。統合後は元に戻すことができませんので、ご同意いただける場合はこのメールにご返信ください。')}`,
  }),
  mk({
    slug: 'own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true, auth: 'none', trusted: false,
    note: 'the user forwards the completion to a colleague (Bcc self): own mail',
    from: `${M.ja} <${M.keep}>`, to: '人事部 研修担当 <training@corp.example.co.jp>', subject: `Fwd: ${formSubject(CASE.misaki)}`,
    date: d('2026-10-28 20:10:44'), enc: 'utf8qp', rcpt: M.keep,
    text: `研修担当 各位

AWS 認定アカウントの統合が終わりましたので共有します。
今後、認定の確認は個人アカウントの方でお願いします。

高橋

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年10月28日(水) 14:02
Subject: ${formSubject(CASE.misaki)}

お待たせいたしました。アカウントの統合作業が完了しました。`,
  }),
  mk({
    slug: 'ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.suzuki, trap: false, auth: 'none', trusted: false,
    note: 'out-of-office reply from the old company mailbox',
    from: `${S.ja} <${S.src}>`, to: S.keep, subject: `自動応答: ${formSubject(CASE.suzuki)}`,
    date: d('2026-11-03 15:23:02'), enc: 'sjis8', crlf: false, extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動応答です。
鈴木は10月末をもって退職いたしました。ご用件は総務部 (soumu@oldcorp.example.com) までお願いいたします。`,
  }),
  mk({
    slug: 'survey-ja', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'survey about the closed case',
    from: AWS_NOTIFY, to: M.keep, subject: 'サポートのご利用に関するアンケート',
    date: d('2026-11-05 10:00:00'), enc: 'utf8b64',
    text: `ケース ${CASE.misaki} はクローズされました。
お問い合わせは解決しましたか? 1分で終わるアンケートにご協力ください。

https://survey.aws.amazon.com/s/${CASE.misaki}

Amazon Web Services`,
  }),
  mk({
    slug: 'credly-other-issuer', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: N.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-11-24 06:40:15'), enc: 'utf8qp', relay: 'o1.ptr4417.credly.com',
    text: `${N.en} 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/7a0c9e11

Credly`,
  }),
  mk({
    slug: 'credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <no-reply@credly.com>', to: S.keep, subject: 'Credly アカウントの統合コード',
    date: d('2026-11-08 21:02:47'), enc: 'utf8b64',
    text: `Credly アカウントの統合をリクエストされました。
以下のコードを入力すると、両方の Credly アカウントのバッジが1つにまとまります。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice; mentions account and badge but is not part of the merge',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: M.keep, subject: 'AWS 認定試験の結果のお知らせ',
    date: d('2026-11-03 08:30:20'), enc: 'jisb64',
    text: `高橋 美咲 様

AWS Certified Security - Specialty 試験に合格されました。おめでとうございます。
認定はお客様のアカウントに追加されました。デジタルバッジは数日以内に Credly からお送りします。

AWS Certification`,
  }),
  mk({
    slug: 'other-case-refund', kind: 'unrelated', lang: 'ja', caseId: CASE.shoOther, trap: true,
    note: 'closing of the user\'s other case about a voucher refund',
    from: SUPPORT, to: N.keep, subject: `RE:[CASE ${CASE.shoOther}] [AWS Training and Certification Form Submission] - voucher-refund`,
    date: d('2026-11-28 12:12:12'), enc: 'jis7',
    text: `中村様

バウチャー購入代金の返金処理が完了しました。カード会社により反映まで数日かかります。
本件はこれでクローズいたします。

AWS トレーニングと認定 請求担当`,
  }),
  mk({
    slug: 'marketing-db-merge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'marketing webinar about merging databases',
    from: 'AWS Japan <aws-jp-marketing@amazon.com>', to: S.keep, subject: '【ウェビナー】複数のデータベースを1つに統合する移行パターン',
    date: d('2026-11-12 12:00:00'), enc: 'utf8qp', wholeSubject: true,
    html: `<html><body><h2>すべてのワークロードを、ひとつのプラットフォームへ</h2>
<p>オンプレミスの複数データベースを Amazon Aurora に統合した事例をご紹介します。統合完了までの期間を半分にしたお客様も。</p>
<p>日時: 12月10日 14:00-15:00 / 参加無料</p>
<p><a href="https://aws.amazon.com/jp/events/">今すぐ登録</a></p>
<p>配信停止はこちら</p></body></html>`,
  }),
  mk({
    slug: 'study-group-list', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, auth: 'none', trusted: false, forUser: false,
    note: 'study-group mailing list post addressed to the list, not the user; tips on merging',
    from: 'JAWS 勉強会 事務局 <info@cloud-benkyokai.example>', to: 'members@cloud-benkyokai.example', subject: '[cloud-benkyokai:0412] 認定アカウントの統合について',
    date: d('2026-11-15 19:45:00'), enc: 'sjis8', deliveredTo: 'members@cloud-benkyokai.example',
    text: `皆さん、こんばんは。事務局です。

先日の会で話題になった、認定アカウントの統合についての共有です。
両方のアカウントに認定がある場合はサポートにケースを作成し、統合が終わったらバッジも移っているか確認しましょう。
一部のバッジが残っていたという報告もあります。

事務局`,
  }),
];

