// cv, Japanese part B: completions, badges, closings, other support replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  AWS_SUPPORT_JA,
  AYA,
  CASE,
  CREDLY_AWS,
  KEN,
  MISAKI,
  SHO,
  SUPPORT,
  SUPPORT_ADDR,
  formSubject,
  gmailJa,
  historyJa,
  htmlDoc,
  jst,
  msg,
  quote,
  sfOriginal,
  sfRef,
  to,
} from './common.js';

const CREDLY_JA_SUBJECT = 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ';

export const JA_B: Msg[] = [
  // ---------------- merge_completed ----------------
  msg({
    slug: 'done-ken-yes-today',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'the quoted question "完了していますか" is answered: the merge was carried out today',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-12 18:30:27'),
    enc: 'jis7',
    text: `木村様

> 統合は完了していますか？本日中に旧アドレスが使えなくなります。

お待たせいたしました。本日、${KEN.srcId} を ${KEN.keepId} へ統合する作業を終えました。
今後は ${KEN.keep} でサインインしていただければ、すべての認定をご覧いただけます。

小西
AWS Training and Certification
${sfRef('2Kq8Wj')}`,
  }),
  msg({
    slug: 'done-misaki-summary-closing',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'summary "ご依頼… ご同意… 本日統合いたしました" plus the case will be closed: completion is the new fact',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-15 20:52:09'),
    enc: 'jisb64',
    text: `中村 美咲 様

3月9日にご依頼いただいた件、3月14日にご同意のお返事をいただきましたので、
本日(3月15日) ${MISAKI.srcId} の認定履歴と特典を ${MISAKI.keepId} に移し、二つのアカウントを一つにいたしました。

このメールをもちまして本ケースはクローズとさせていただきます。

井上 / AWS トレーニングと認定 サポート`,
  }),
  msg({
    slug: 'done-sho-please-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'completion notice that asks him to check everything looks right; stays merge_completed (the "確認" is not a consent request)',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-26 10:04:51'),
    enc: 'sjis8',
    text: `鈴木様

ご同意ありがとうございました。先ほど、前職のアカウントの資格を
${SHO.keepId} 側へ移す作業が終わり、アカウントは一つになりました。

お手数ですが、サインインのうえ、認定・試験履歴・特典が正しく表示されているか
ご確認ください。表示に問題があれば、このメールにご返信ください。

松田

${sfOriginal(`${SHO.ja} <${SHO.keep}>`, '2026/01/23 08:10', SUPPORT_ADDR, 'Re: ' + formSubject(CASE.sho), '同意します。統合してください。\n\n鈴木')}`,
  }),
  msg({
    slug: 'done-portal-notice-ja',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    auth: 'dkimParent',
    note: 'certification portal notice (subdomain of aws.training, DKIM aligned to the parent) that accounts were merged; no case ID',
    from: 'AWS 認定 <no-reply@certification.aws.training>',
    to: to(AYA),
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: jst('2026-04-13 04:20:00'),
    enc: 'utf8qp',
    text: `高橋 彩 様

お客様の AWS 認定アカウント ${AYA.srcId} は、${AYA.keepId} に統合されました。
統合前のアカウントの認定、試験履歴、特典は、統合後のアカウントでご確認いただけます。

AWS 認定アカウントにサインイン: https://www.aws.training/Certification

このメールは送信専用です。`,
  }),
  msg({
    slug: 'done-ken2-html-history',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'the third account was merged; badges are promised for later, and the appended history holds the badge question',
    to: to(KEN),
    subject: formSubject(CASE.ken2),
    date: jst('2026-02-25 12:47:18'),
    enc: 'utf8b64',
    text: `木村様

ご同意をいただいた三つ目のアカウント(AWS77300125)についても、${KEN.keepId} への統合を終えました。
Credly のバッジについては別途確認中で、まだ移動しておりません。結果は追ってご連絡します。

${historyJa([
  ['2026-02-24 08:01', 'お客様', 'はい、まとめてください。バッジも移行されていますか？'],
  ['2026-02-23 09:44', 'サポート', '三つ目の認定アカウントもまとめてよろしいですか。'],
])}`,
    html: htmlDoc(`<p>木村様</p>
<p>ご同意をいただいた三つ目のアカウント(AWS77300125)についても、<b>${KEN.keepId}</b> への統合を終えました。<br>
Credly のバッジについては別途確認中で、まだ移動しておりません。結果は追ってご連絡します。</p>
<hr>
<p style="color:#666">ケース履歴<br>
[2026-02-24 08:01] お客様: はい、まとめてください。バッジも移行されていますか？<br>
[2026-02-23 09:44] サポート: 三つ目の認定アカウントもまとめてよろしいですか。</p>`),
  }),
  msg({
    slug: 'done-misaki-badges-later-jis',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'says the merge is finished; the Credly part is only a caution that badges may take days, not a transfer',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-15 21:06:40'),
    enc: 'jis7',
    text: `中村様

「同意します」のご返信を確認し、統合作業を実施、先ほど完了いたしました。

なお、Credly のバッジ表示は反映まで数日かかることがございます。
一週間ほど経っても統合先に表示されない場合は、このケースにご返信ください。

> 同意します。よろしくお願いします。
> 中村

井上`,
  }),
  msg({
    slug: 'done-aya-sjis-mobile',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'short completion reply to a mobile "お願いします"',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-13 11:33:02'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `高橋様

統合してくださいとのお返事、ありがとうございます。
大学のアドレスのアカウントを ${AYA.keep} のアカウントへまとめ終えました。
Cloud Practitioner の認定も今のアカウントに表示されているはずです。

岡田

-----Original Message-----
From: 高橋 彩 <${AYA.keep}>
Sent: Saturday, April 11, 2026 7:02 PM
To: ${SUPPORT_ADDR}
Subject: Re: ${formSubject(CASE.aya)}

統合してください
お願いします`,
  }),
  msg({
    slug: 'done-forged-lookalike-jis',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    trusted: false,
    note: 'completion notice from a look-alike domain (aws-training-jp.com): untrusted',
    from: 'AWS トレーニングと認定 <info@aws-training-jp.com>',
    to: to(SHO),
    subject: `[CASE ${CASE.sho}] 統合完了のお知らせ`,
    date: jst('2026-01-24 06:00:00'),
    enc: 'jis7',
    text: `鈴木 翔 様

ご依頼のアカウント統合が完了しました。
統合後のアカウントを有効にするため、24 時間以内に以下でログインしてください。
https://aws-training-jp.com/login

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'done-ken-summary-lf',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'summary style ("ご依頼の… ご返信の… 本日…") in UTF-8 8bit with LF line ends and an English footer',
    to: to(KEN),
    subject: `${formSubject(CASE.ken)} [統合作業のご報告]`,
    date: jst('2026-02-12 18:41:55'),
    enc: 'utf88bit',
    crlf: false,
    text: `木村 健一 様

ご報告です。
2月2日にフォームからご依頼いただき、2月9日のご案内に同日中にご同意をいただきました。
本日、統合元 ${KEN.srcId} のデータを統合先 ${KEN.keepId} に移し、統合元は閉鎖いたしました。

前職のアドレスが使えなくなる前に間に合い、何よりです。

小西

--
AWS Training and Certification | Customer Support
Please do not remove the case ID from the subject line.`,
  }),

  // ---------------- badges_transferred ----------------
  msg({
    slug: 'badge-credly-ja-jis',
    kind: 'badges_transferred',
    lang: 'ja',
    from: CREDLY_AWS,
    to: to(KEN),
    subject: CREDLY_JA_SUBJECT,
    date: jst('2026-02-27 03:15:44'),
    enc: 'jis7',
    note: 'AWS badge issued through Credly to the kept address: the badge now sits on the kept account',
    text: `木村 健一 様

Amazon Web Services Training and Certification から
「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する:
https://www.credly.com/earner/earned/badge/5b1e0c44-21aa-4f0e-9d3b-7e6a0f8c2d19

Credly で受け取ったバッジは、LinkedIn やメール署名で共有できます。

Credly, Inc.`,
  }),
  msg({
    slug: 'badge-credly-ja-html',
    kind: 'badges_transferred',
    lang: 'ja',
    from: CREDLY_AWS,
    to: to(MISAKI),
    subject: CREDLY_JA_SUBJECT,
    date: jst('2026-03-18 09:41:02'),
    enc: 'utf8b64',
    note: 'Credly issue mail (HTML+text) for an AWS badge to the kept address',
    text: `中村 美咲 様

おめでとうございます。Amazon Web Services Training and Certification が
「AWS Certified Developer - Associate」バッジをあなたに発行しました。

バッジを入手する: https://www.credly.com/earner/earned/badge/0d9a3b77-6c41-4b0e-8f2c-11e3d5a7b902`,
    html: htmlDoc(`<div style="text-align:center">
<p>中村 美咲 様</p>
<p>おめでとうございます。Amazon Web Services Training and Certification が<br>「AWS Certified Developer - Associate」バッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0d9a3b77-6c41-4b0e-8f2c-11e3d5a7b902" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 利用規約 | プライバシー</p>
</div>`),
  }),
  msg({
    slug: 'badge-ken2-support-moved',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'the quoted "バッジも移行されていますか" is answered: support moved the badges to the kept Credly profile',
    to: to(KEN),
    subject: formSubject(CASE.ken2),
    date: jst('2026-02-27 10:02:35'),
    enc: 'jisb64',
    text: `木村様

> Credlyのバッジも移行されていますか？旧アドレスの方に残っているように見えます。

お待たせしました。旧アドレスに紐づいていた 4 つのバッジを、${KEN.keep} の
Credly アカウントへ移しました。Credly から受け取りのご案内が届いていれば、それが移行分です。

AWS トレーニングと認定 サポート`,
  }),
  msg({
    slug: 'badge-sho-moved-closing-sjis',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'summary of the case ending in "バッジを移行しました、クローズします": badges moved is the new fact',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-29 14:20:12'),
    enc: 'sjis8',
    text: `鈴木 翔 様

統合後、Credly に前職アドレスのバッジが残っているとのご連絡をいただいておりました。
調査の結果、バッジの紐づけが古いままでしたので、${SHO.keep} 側へ付け替えました。
現在は個人のプロフィールに 3 つとも表示されております。

他にご不明点がなければ、本ケースはこちらで終了とさせていただきます。

松田

> 統合ありがとうございました。ただCredlyのバッジが前職のアドレスのままです。`,
  }),
  msg({
    slug: 'badge-misaki-reissued-qp',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'badges re-issued to the kept address; her echoed "完了していますか" and the word 統合 are history',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-18 09:55:47'),
    enc: 'utf8qp',
    text: `中村様

いただいたご質問:
 「統合は完了していますか？Credlyのバッジも移行されていますか？」

統合は 3 月 15 日に完了しております。バッジにつきましては、本日、統合先のメールアドレス宛てに
2 件とも発行し直しました。Credly からのメールが届いておりますので、受け取りをお願いします。

井上`,
  }),
  msg({
    slug: 'badge-forged-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    note: 'Credly badge mail from credly-badges.net (look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: to(AYA),
    subject: CREDLY_JA_SUBJECT,
    date: jst('2026-04-14 02:02:02'),
    enc: 'jis7',
    text: `高橋 彩 様

AWS Certified Cloud Practitioner のバッジがあなたのアカウントに移行されました。
バッジを入手する: https://credly-badges.net/claim?u=aya.t

Credly`,
  }),
  msg({
    slug: 'badge-aya-support-sjisb64',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'support: the university-address badge is now on the personal Credly account; her question quoted first',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-16 15:12:00'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `> バッジが大学のメアドの方にしかないんですが

高橋様、ご連絡ありがとうございます。
Cloud Practitioner のバッジを ${AYA.keep} の Credly アカウントへ移動いたしました。
Credly にサインインすると「獲得済み」に表示されています。

岡田`,
  }),
  msg({
    slug: 'badge-credly-dkimonly-ja',
    kind: 'badges_transferred',
    lang: 'ja',
    auth: 'dkimonly',
    note: 'Credly issue mail for an AWS badge, authenticated by aligned DKIM only (trusted)',
    from: CREDLY_AWS,
    to: to(SHO),
    subject: CREDLY_JA_SUBJECT,
    date: jst('2026-01-29 14:40:16'),
    enc: 'utf8b64',
    text: `鈴木 翔 様

Amazon Web Services Training and Certification から新しいバッジが届いています:
AWS Certified SysOps Administrator - Associate

[バッジを入手する] https://www.credly.com/earner/earned/badge/77e1f0b2-9a4c-4d13-a2b8-3f0c6e9d1a55

このメールは ${SHO.keep} 宛てにお送りしています。`,
  }),

  // ---------------- case_closed ----------------
  msg({
    slug: 'closed-ken-history-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'closing notice; the appended history restates the earlier merge, the new text only closes',
    from: AWS_SUPPORT_JA,
    to: to(KEN),
    subject: `ケース ${CASE.ken} はクローズされました`,
    date: jst('2026-02-19 00:00:12'),
    enc: 'jis7',
    text: `お客様のサポートケース ${CASE.ken} をクローズしました。

引き続きお困りの場合は、サポートセンターからケースを再開できます。

${historyJa([
  ['2026-02-12 18:41', 'サポート', '統合元を閉鎖し、統合先へ移しました。'],
  ['2026-02-12 18:30', 'サポート', '本日、統合する作業を終えました。'],
  ['2026-02-09 11:02', 'お客様', 'はい、その内容で統合をお願いします。'],
])}

Amazon Web Services`,
  }),
  msg({
    slug: 'closed-misaki-reminder-3days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'reminder: the case will close automatically in three days without a reply; her last question quoted',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-24 09:00:00'),
    enc: 'jisb64',
    text: `中村様

> バッジ、受け取れました。ありがとうございます。

前回のご連絡以降、ご返信をいただいておりません。3 日以内にお返事がない場合、
本ケースは自動的に解決済みとなります。追加のご質問があれば、このメールにご返信ください。

AWS トレーニングと認定 サポート`,
  }),
  msg({
    slug: 'closed-sho-no-response-resent',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.shoDup,
    forUser: false,
    note: 'duplicate case closed for lack of reply, redirected by the old company server with Resent-* headers (forUser false)',
    to: `鈴木 翔 <${SHO.src}>`,
    subject: formSubject(CASE.shoDup),
    date: jst('2026-02-04 09:00:00'),
    enc: 'sjis8',
    resent: { from: 'postmaster@dev.example.co.jp', to: 'sho.suzuki.backup@example.net', date: jst('2026-02-04 09:00:31') },
    text: `鈴木様

本ケースについて 14 日間ご返信がございませんでしたので、クローズいたしました。
なお、同じご依頼はケース ${CASE.sho} で対応済みです。

AWS Training and Certification`,
  }),
  msg({
    slug: 'closed-aws-resolved-qp',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'AWS Support notification that the case status became 解決済み',
    from: AWS_SUPPORT_JA,
    to: to(SHO),
    subject: `[AWS サポート] ケース ${CASE.sho} のステータス: 解決済み`,
    date: jst('2026-02-05 00:12:09'),
    enc: 'utf8qp',
    text: `AWS サポートケースのステータスが更新されました。

ケース ID: ${CASE.sho}
件名: 認定アカウントのマージ
ステータス: 解決済み

ケースの詳細はサポートセンターでご確認ください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.sho}`,
  }),
  msg({
    slug: 'closed-ken-dup-case-closed',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'the second (badge) case is closed now that its question was answered; nothing else happens',
    to: to(KEN),
    subject: formSubject(CASE.ken2),
    date: jst('2026-03-02 13:30:45'),
    enc: 'utf8b64',
    text: `木村様

バッジの件でお問い合わせいただいたケース ${CASE.ken2} は、先日のご連絡をもって対応を終えましたので、
本日付でクローズいたします。今後のお問い合わせは新しいケースでお願いいたします。

> 三つ目のアカウントの件もありがとうございました。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'closed-ken-thanks-pasted',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'the user pasted the completion text back with thanks; support only closes the case',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-13 09:15:33'),
    enc: 'jis7',
    text: `木村様

ご確認のご連絡をありがとうございます。問題なくご利用いただけているとのことで安心いたしました。
本件はこれにて終了とし、ケースをクローズいたします。

小西

${gmailJa('2026-02-12 22:05', `${KEN.ja} <${KEN.keep}>`, `小西様\n\n「本日、${KEN.srcId} を ${KEN.keepId} へ統合する作業を終えました。」\nとのこと、確認しました。認定も全部見えています。ありがとうございました。`)}`,
  }),
  msg({
    slug: 'closed-forged-none-sjis',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.aya,
    trusted: false,
    auth: 'none',
    note: 'closing notice claiming to be from support, but no Authentication-Results at all: untrusted',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-20 04:44:44'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `高橋様

ご返信がないため、このケースはクローズされました。
再開するには、以下から本人確認を行ってください。
https://aws-case-reopen.example.org/

AWS Training and Certification`,
  }),
  msg({
    slug: 'closed-aya-reopen-window',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'case closed; she may reopen within 14 days by replying',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-23 18:02:27'),
    enc: 'utf88bit',
    text: `高橋 彩 様

バッジの移動をもって、ご依頼いただいた内容はすべて対応いたしました。
本日、ケースをクローズしました。クローズ後 14 日以内であれば、このメールへの返信でケースを再開できます。

> 届きました！ありがとうございます

岡田 / AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  msg({
    slug: 'reply-ken-in-progress',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'answers "完了していますか" with "still in progress, we will tell you when it is done": future, not completion',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-11 11:20:16'),
    enc: 'jis7',
    text: `木村様

> 同意しました。統合は完了していますか？

お問い合わせありがとうございます。現在、担当チームにて統合の作業を進めております。
完了しましたら、このケースでお知らせいたしますので、もうしばらくお待ちください。

小西`,
  }),
  msg({
    slug: 'reply-misaki-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'thanks for the consent, handed to the team: a status reply, not a completion',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-14 10:44:03'),
    enc: 'jisb64',
    text: `中村様

「同意します」とのご返信、確かに承りました。ありがとうございます。
担当部署へ統合の作業を依頼いたしました。作業が済み次第、改めてご連絡いたします。

> 同意します。よろしくお願いします。

井上`,
  }),
  msg({
    slug: 'reply-sho-escalated-sjis',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'escalation: the source account is linked to a partner organisation, specialist team involved',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-23 18:31:00'),
    enc: 'sjis8',
    text: `鈴木様

ご同意のメールをありがとうございます。
確認したところ、前職のアカウントが AWS パートナーの組織に紐づいており、
通常の手順では作業ができないため、専門のチームへ引き継ぎました。
少しお時間をいただきますが、進展がありましたらご連絡いたします。

松田`,
  }),
  msg({
    slug: 'reply-aya-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'asks her to write again from the kept address, no data requested: support_reply',
    to: `高橋 彩 <${AYA.src}>, ${to(AYA)}`,
    subject: formSubject(CASE.aya),
    date: jst('2026-04-09 13:03:21'),
    enc: 'utf8qp',
    text: `高橋様

大学のアドレスからご返信をいただいたようです。
恐れ入りますが、本ケースのやり取りは残したい方のアドレス(${AYA.keep})からお願いしております。
お手数ですが、そちらから改めてこのメールにご返信ください。

${quote('ID送ります。あとで個人のアドレスからも送ります')}

岡田`,
  }),
  msg({
    slug: 'reply-dup-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: '"重複したケースを統合しました" merges support cases, not the accounts',
    to: to(SHO),
    subject: formSubject(CASE.sho),
    date: jst('2026-01-21 10:11:29'),
    enc: 'utf8b64',
    text: `鈴木様

同じ内容でケースを二つ(${CASE.sho} / ${CASE.shoDup})作成いただいていたため、
ケースを ${CASE.sho} に統合いたしました。今後はこちらのケースでやり取りをお願いします。

> 一昨日も送りましたがマージをお願いします。

アカウントの統合そのものは、このあと担当よりご案内いたします。

AWS Training and Certification`,
  }),
  msg({
    slug: 'reply-ken-exam-pending-jis',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'cannot merge now because an exam is booked on the source account; will merge after the exam (future, no request)',
    to: to(KEN),
    subject: formSubject(CASE.ken),
    date: jst('2026-02-10 17:25:40'),
    enc: 'jis7',
    text: `木村様

ご同意ありがとうございます。ところが統合元のアカウントで、2月14日に試験のご予約が
入っていることがわかりました。予約が残った状態では統合を実施できません。

試験の結果が出たあと、こちらで統合を進めます。特にご対応いただくことはございません。

小西`,
  }),
  msg({
    slug: 'reply-voucher-question-sjisb64',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'answers a question about the 50% voucher: "統合が完了すると" is conditional',
    to: to(AYA),
    subject: formSubject(CASE.aya),
    date: jst('2026-04-10 10:05:49'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `高橋様

> 割引のやつ（50%の）ってなくなりますか？

なくなりません。統合が完了すると、大学のアカウントにある 50% 割引の特典は
統合後のアカウントの「特典」に表示されるようになります。有効期限は変わりません。

岡田`,
  }),
  msg({
    slug: 'reply-misaki-status-history-utf8',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'status summary: still waiting for the merge team; history appended',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-14 23:10:12'),
    enc: 'utf88bit',
    text: `中村様

状況のご報告です。ご同意をいただいたあと、統合担当のチームが作業の順番待ちとなっております。
明日以降、順次着手する見込みです。

${historyJa([
  ['2026-03-14 22:31', 'お客様', 'いつ頃になりますか？'],
  ['2026-03-14 10:44', 'サポート', '担当部署へ統合の作業を依頼いたしました。'],
])}`,
  }),
  msg({
    slug: 'reply-ken-explains-pasted-english',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'the user pasted an English sentence from support and asked what it means; a Japanese agent explains',
    to: to(KEN),
    subject: formSubject(CASE.ken2),
    date: jst('2026-02-22 14:14:14'),
    enc: 'utf8qp',
    text: `木村様

> 「Please allow 3-5 business days for the badge team to respond.」
> これはどういう意味でしょうか？まだ何かこちらでやることはありますか？

日本語で失礼いたします。バッジ担当チームの回答まで 3〜5 営業日ほどかかる、という意味でございます。
木村様にお願いすることは現時点ではございません。

AWS トレーニングと認定 サポート`,
  }),
  msg({
    slug: 'reply-forged-passforother',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trusted: false,
    auth: 'passForOther',
    note: 'status reply; the header says pass for amazon.com but From is amazon-certsupport.com: untrusted',
    from: 'AWS トレーニングと認定 <case-update@amazon-certsupport.com>',
    to: to(MISAKI),
    subject: formSubject(CASE.misaki),
    date: jst('2026-03-14 03:33:00'),
    enc: 'jis7',
    text: `中村様

ご依頼の件、現在処理中です。進捗は以下のページで随時ご確認いただけます。
https://amazon-certsupport.com/status/${CASE.misaki}

AWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  msg({
    slug: 'own-ken-consent-reply',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    trap: true,
    note: 'the user\'s own consent reply (copy in his mailbox) pasting support\'s question back',
    from: to(KEN),
    to: SUPPORT,
    rcpt: KEN.keep,
    subject: 'Re: ' + formSubject(CASE.ken),
    date: jst('2026-02-09 11:02:40'),
    enc: 'jis7',
    text: `小西様

お世話になっております。木村です。

> 統合後は元の状態に戻すことができません。この内容で進めてよろしいでしょうか。

はい、その内容で統合をお願いします。同意いたします。
統合が完了しましたらご連絡ください。

${KEN.ja}`,
  }),
  msg({
    slug: 'own-aya-mobile-status',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.aya,
    trusted: false,
    trap: true,
    note: 'her own mobile message asking "完了していますか" (Cc to herself): carries no news from support',
    from: to(AYA),
    to: SUPPORT,
    cc: to(AYA),
    rcpt: AYA.keep,
    subject: 'Re: ' + formSubject(CASE.aya),
    date: jst('2026-04-12 22:10:05'),
    enc: 'sjis8',
    hdr: 'sjis',
    text: `統合、完了していますか？
バッジも移行されていますか？

> 統合の準備が整いました。

iPhoneから送信`,
  }),
  msg({
    slug: 'own-ken-forward-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user forwards support\'s completion mail to a colleague; own mail, addressed only to the colleague',
    from: to(KEN),
    to: '田中 誠 <tanaka.makoto@newco.example.co.jp>',
    deliveredTo: null,
    subject: 'Fwd: ' + formSubject(CASE.ken),
    date: jst('2026-02-12 19:02:11'),
    enc: 'utf8qp',
    text: `田中さん

先日話していた認定アカウントの件、サポートから統合が完了したと連絡がありました。
手順は下の通りでした。田中さんも前職のアカウントがあるなら同じ流れでいけると思います。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年2月12日(木) 18:30
Subject: ${formSubject(CASE.ken)}
To: ${KEN.ja} <${KEN.keep}>

木村様

お待たせいたしました。本日、${KEN.srcId} を ${KEN.keepId} へ統合する作業を終えました。`,
  }),
  msg({
    slug: 'ooo-old-company-autoreply',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    note: 'auto-reply from the user\'s former company mailbox, quoting the case subject',
    from: `木村 健一 <${KEN.src}>`,
    to: to(KEN),
    subject: `自動応答: ${formSubject(CASE.ken)}`,
    date: jst('2026-02-03 16:23:02'),
    enc: 'jisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

木村は 2026 年 1 月 31 日をもって退職いたしました。
本アドレスは 2 月末で利用できなくなります。ご用件は総務部(soumu@old-si.example.co.jp)までお願いいたします。

----- 受信したメッセージ -----
件名: ${formSubject(CASE.ken)}
> 統合元として記載の ID を検索しましたが、該当するアカウントが見つかりませんでした。`,
  }),
  msg({
    slug: 'survey-resolved-ja',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'satisfaction survey "問題は解決しましたか" about the case: a survey',
    from: AWS_SUPPORT_JA,
    to: to(SHO),
    subject: `ケース ${CASE.sho} に関するアンケートのお願い`,
    date: jst('2026-02-06 10:00:00'),
    enc: 'utf8b64',
    text: `鈴木 翔 様

先日クローズされたケース ${CASE.sho} について、サポートの対応はいかがでしたか。
問題は解決しましたか? 1 分ほどのアンケートにご協力ください。

https://survey.aws.example/s/${CASE.sho}

Amazon Web Services`,
  }),
  msg({
    slug: 'credly-microsoft-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly badge from another issuer (Microsoft): not part of the AWS merge',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: to(KEN),
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: jst('2026-02-28 05:12:30'),
    enc: 'jis7',
    text: `木村 健一 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する:
https://www.credly.com/earner/earned/badge/a1c7d2e9-3f40-4b6e-8812-0e5f77c1a3b4`,
  }),
  msg({
    slug: 'exam-result-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'exam result notice ("認定を取得しました"); completion words, but about an exam',
    from: 'AWS Certification <no-reply@aws.training>',
    to: to(SHO),
    subject: 'AWS 認定試験の結果のお知らせ',
    date: jst('2026-03-04 08:30:00'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `鈴木 翔 様

AWS Certified Developer - Associate の受験お疲れさまでした。
審査が完了し、合格となりました。認定アカウントで成績レポートをご確認いただけます。

Credly のバッジは数日以内に発行されます。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'other-case-refund-receipt',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.other2,
    trap: true,
    note: 'receipt of the user\'s other case, clearly about a voucher refund; it echoes his refund form',
    to: to(MISAKI),
    subject: `[CASE ${CASE.other2}] [AWS Training and Certification Form Submission] - voucher-refund`,
    date: jst('2026-03-20 13:13:13'),
    enc: 'utf8qp',
    text: `中村 美咲 様

お問い合わせを受け付けました(ケース ${CASE.other2})。

[送信内容]
カテゴリ: 試験 > バウチャー / 返金
件名: 二重購入したバウチャーの返金
内容: 同じ試験のバウチャーを誤って2回購入しました。1件分の返金をお願いします。
      返金が完了したら教えてください。

AWS Training and Certification`,
  }),
  msg({
    slug: 'pearson-booking-confirm',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'test vendor booking confirmation: "予約を確定しました", not support',
    from: 'Pearson VUE <no-reply@pearsonvue.com>',
    to: to(KEN),
    subject: '試験予約確認: AWS Certified Solutions Architect - Professional',
    date: jst('2026-02-01 20:02:02'),
    enc: 'jis7',
    text: `木村 健一 様

以下の内容で試験のご予約を確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年2月14日 10:00
会場: オンライン(OnVUE)

予約内容の確認・変更はアカウントページから行えます。
Pearson VUE`,
  }),
  msg({
    slug: 'event-summit-registered',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'event marketing: "登録が完了しました" for AWS Summit',
    from: 'AWS Summit Japan <aws-apac-marketing@amazon.com>',
    to: to(AYA),
    subject: 'AWS Summit Japan ご登録完了のお知らせ',
    date: jst('2026-04-02 12:00:00'),
    enc: 'utf8b64',
    text: `高橋 彩 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で QR コードをご提示ください。認定者ラウンジもご利用いただけます。

アマゾン ウェブ サービス ジャパン`,
    html: htmlDoc(`<h2>AWS Summit Japan</h2><p>高橋 彩 様</p><p>AWS Summit Japan へのご登録が完了しました。<br>当日は受付で QR コードをご提示ください。認定者ラウンジもご利用いただけます。</p><p>アマゾン ウェブ サービス ジャパン</p>`),
  }),
  msg({
    slug: 'credly-own-merge-code-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly\'s own account-merge authorisation code: Credly\'s merge, not the AWS one',
    from: 'Credly <no-reply@credly.com>',
    to: to(SHO),
    subject: 'Credly アカウントの統合の確認',
    date: jst('2026-01-30 09:09:09'),
    enc: 'jis7',
    text: `鈴木 翔 様

${SHO.src} のアカウントを統合するリクエストを受け付けました。
確認コード: 482913

このコードを画面に入力するか、「Complete Account Merge」を押して統合を完了してください。
心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  msg({
    slug: 'colleague-asks-how',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'a colleague asks how the merge went, quoting the user\'s own notes about consent and completion',
    from: '田中 誠 <tanaka.makoto@newco.example.co.jp>',
    to: to(KEN),
    subject: 'Re: 認定アカウント統合のメモ',
    date: jst('2026-02-16 12:31:49'),
    enc: 'utf88bit',
    text: `木村さん

メモありがとうございます。ひとつだけ。

> 2/9 サポートから「この内容で進めてよろしいでしょうか」→ 同意と返信
> 2/12 統合完了の連絡、バッジは別ケースで移行

同意の返信って、英語じゃなくて日本語でも大丈夫でしたか？

田中`,
  }),
];

