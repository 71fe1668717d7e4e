// Japanese messages, part B: merges done, badges, closing, other support replies, unrelated mail.
// Written for unmeasured/r in a mostly machine-generated voice; never copied.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, AWS_NOTIFY, CREDLY_AWS, PORTAL, formSubject, MISAKI as M, KEN as K, AYA as A, CASE, OKADA, MORI, TEAMLIST,
  quote, sfQuote, sfThread, gmailJa, outlookJa, paras, htmlDoc, MISAKI_REQ, AYA_REQ,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

const mTo = `${M.ja} <${M.keep}>`;
const kTo = `${K.ja} <${K.keep}>`;
const aTo = `${A.ja} <${A.keep}>`;
const FORM = 'aws-cs-trainingcertification-form@amazon.com';

const credlyJaHtml = (name: string, badge: string, extra = ''): string =>
  htmlDoc(`<table width="100%" style="max-width:600px"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/aws-badge.png" width="120" alt="${badge}">
<h2 style="font-size:20px">${name}さん、おめでとうございます。</h2>
<p>Amazon Web Services Training and Certification から「${badge}」のバッジが発行されました。</p>
${extra}<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 配信停止はアカウント設定から</p>
</td></tr></table>`);

export const JA_B: Msg[] = [
  // ================= merge_completed (9) =================
  j({
    slug: 'merged-brief-jis',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'two-line human notice that the accounts were merged',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-23 08:47:39', '+0900'),
    enc: 'jis7',
    text: `渡辺様

ご同意ありがとうございました。${M.srcId} を ${M.keepId} に統合いたしました。

Kaito
AWS トレーニングと認定`,
  }),
  j({
    slug: 'merged-portal-notice-html',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal notice (no case ID): accounts have been merged, HTML only',
    from: PORTAL,
    to: K.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-02-11 03:15:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>${K.ja} 様</p>
<p>お使いの AWS 認定アカウントに、別のアカウントの記録が統合されました。</p>
<ul><li>統合先: ${K.keepId}</li><li>統合された記録: 認定 2 件、試験履歴 4 件</li></ul>
<p>認定ポータルにサインインし、内容をご覧ください。</p>
<p>AWS Certification</p>`),
  }),
  j({
    slug: 'merged-and-closing-sjis',
    kind: 'merge_completed',
    caseId: CASE.aya,
    note: 'merge done and the case will be closed in the same message: merge_completed (new fact)',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-16 16:02:47', '+0900'),
    enc: 'sjis8',
    text: `前田様

大学アドレスのアカウントの記録を ${A.keepId} へ移し、統合作業を終えました。
これをもちまして本ケースはクローズとさせていただきます。

Rin
AWS トレーニングと認定

${sfQuote(A.keep, '2026/03/13 12:40', FORM, formSubject(CASE.aya), '同意します。前田')}`,
  }),
  j({
    slug: 'merged-please-check-jisb64',
    kind: 'merge_completed',
    caseId: CASE.ken,
    note: 'completion that asks the customer to check the portal ("ご確認ください") stays merge_completed',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-11 12:30:05', '+0900'),
    enc: 'jisb64',
    text: `石川様

お待たせいたしました。旧アカウント ${K.srcId} は ${K.keepId} に統合済みとなりました。
認定・試験履歴・特典が新しいアカウントに表示されているか、お手すきの際にご確認ください。

Haruto`,
  }),
  j({
    slug: 'merged-status-template-utf8qp',
    kind: 'merge_completed',
    caseId: CASE.misakiCorp,
    note: 'case-update template (status 解決済み) whose body states the merge was done',
    from: SUPPORT,
    to: `${M.ja} <${M.src}>`,
    cc: M.keep,
    subject: formSubject(CASE.misakiCorp),
    date: d('2026-01-30 17:18:20', '+0900'),
    enc: 'utf8qp',
    text: `■ケース番号: ${CASE.misakiCorp}
■ステータス: 解決済み
■対応内容: アカウント統合

渡辺様
ご指定の2アカウントを統合し、${M.keepId} に一本化しました。今後は ${M.keep} でサインインしてください。

AWS トレーニングと認定
Sora`,
  }),
  j({
    slug: 'merged-forged-amaz0n',
    kind: 'merge_completed',
    caseId: CASE.ken,
    trusted: false,
    note: 'says the merge finished, but from amaz0n.com (digit zero): untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amaz0n.com>',
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-10 02:02:02', '+0900'),
    enc: 'jis7',
    text: `石川様

アカウントの統合が完了しました。特典を受け取るには下記からサインインしてください。
https://amaz0n-training.example/claim

AWS トレーニングと認定`,
  }),
  j({
    slug: 'merged-certmetrics-sender',
    kind: 'merge_completed',
    caseId: null,
    trusted: false,
    note: 'portal-style merge notice from a CertMetrics domain: genuine-looking, but not a trusted domain',
    from: 'AWS Certification <no-reply@certmetrics.com>',
    to: A.keep,
    subject: 'アカウント統合のお知らせ',
    date: d('2026-03-16 07:05:00', '+0000'),
    enc: 'utf8qp',
    text: `前田 彩 様

お客様の AWS 認定アカウントは統合されました。統合された認定は、次回サインイン時から ${A.keepId} に表示されます。

AWS Certification Program`,
  }),
  j({
    slug: 'merged-outlook-thread-jisb64',
    kind: 'merge_completed',
    caseId: CASE.ken2,
    note: 'merge done, on top of an Outlook-quoted consent reply',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-03-05 19:44:10', '+0900'),
    enc: 'jisb64',
    text: `石川様

ご返信を受け、統合処理を実行しました。旧アカウントの認定は現在 ${K.keepId} 側で参照できます。

AWS トレーニングと認定

${outlookJa(`${K.ja} <${K.keep}>`, '2026年3月4日 21:30', FORM, formSubject(CASE.ken2))}

同意します。進めてください。
石川`,
  }),
  j({
    slug: 'merged-to-colleague',
    kind: 'merge_completed',
    caseId: CASE.okada,
    forUser: false,
    note: 'merge completion for a colleague (岡田), addressed only to him: not for the user',
    from: SUPPORT,
    to: `${OKADA.ja} <${OKADA.addr}>`,
    subject: formSubject(CASE.okada),
    date: d('2026-02-19 10:10:10', '+0900'),
    enc: 'jis7',
    text: `岡田様

ご依頼の認定アカウント2件の統合を完了いたしました。

AWS トレーニングと認定`,
  }),

  // ================= badges_transferred (8) =================
  j({
    slug: 'badge-credly-hakko-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS as issuer) 「バッジ発行のお知らせ」 with 「バッジを入手する」, multipart',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-24 02:41:19', '+0000'),
    enc: 'utf8b64',
    text: `渡辺さん、おめでとうございます。
Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
    html: credlyJaHtml('渡辺', 'AWS Certified Solutions Architect - Associate'),
  }),
  j({
    slug: 'badge-credly-new-template-jisb64',
    kind: 'badges_transferred',
    caseId: null,
    note: 'newer Credly text template: a badge from AWS was added to the account',
    from: CREDLY_AWS,
    to: K.keep,
    subject: '新しいバッジが届いています',
    date: d('2026-02-12 06:00:31', '+0000'),
    enc: 'jisb64',
    text: `石川 健 さん

Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Developer - Associate

Credly にサインインしてバッジを受け取り、プロフィールで公開しましょう。
https://www.credly.com/earner/earned

このメールは ${K.keep} 宛てに送信されています。`,
  }),
  j({
    slug: 'badge-support-moved-jis',
    kind: 'badges_transferred',
    caseId: CASE.misaki,
    note: 'support says the Credly badges now sit on the kept account\'s address',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-26 11:21:52', '+0900'),
    enc: 'jis7',
    text: `渡辺様

ご指摘のバッジの件、Credly 側の登録を更新し、3つのバッジを ${M.keep} へ付け替えました。Credly から届くメールでお受け取りください。

Kaito

${gmailJa('2026年1月25日(日) 20:02', M.ja, M.keep)}
> 統合ありがとうございました。Credly のバッジが古い方に残っています。`,
  }),
  j({
    slug: 'badge-support-reissued-close-sjis',
    kind: 'badges_transferred',
    caseId: CASE.ken,
    note: 'support re-issued the badges to the new address and closes the case: badges_transferred',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-13 14:00:00', '+0900'),
    enc: 'sjis8',
    text: `石川様

デジタルバッジを統合先のメールアドレスあてに再発行しました。Credly のダッシュボードに表示されております。
ほかにご不明点がなければ、本ケースはこれでクローズいたします。

Haruto
AWS トレーニングと認定`,
  }),
  j({
    slug: 'badge-credly-acclaim-wording-sjisb64',
    kind: 'badges_transferred',
    caseId: null,
    note: 'older Credly template generation (mentions the former Acclaim name) in Shift_JIS base64',
    from: CREDLY_AWS,
    to: A.keep,
    subject: 'バッジを受け取ってください - Amazon Web Services Training and Certification',
    date: d('2026-03-17 04:44:44', '+0000'),
    enc: 'sjisb64',
    text: `前田 彩 様

Amazon Web Services Training and Certification が次のバッジを発行しました:
AWS Certified Cloud Practitioner

下のリンクからバッジを受け取り、共有できます。
https://www.credly.com/badges/accept

Credly(旧 Acclaim)は、デジタルバッジを発行・管理するプラットフォームです。`,
  }),
  j({
    slug: 'badge-credly-capital-i-lookalike',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'badge notice from credIy.com (capital I): look-alike Credly sender, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-24 05:12:00', '+0900'),
    enc: 'utf8b64',
    html: credlyJaHtml('渡辺', 'AWS Certified Security - Specialty'),
  }),
  j({
    slug: 'badge-credly-three-badges-qp',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly digest: three AWS badges now in the account, multipart quoted-printable',
    from: CREDLY_AWS,
    to: K.keep,
    subject: '3 件の新しいバッジ',
    date: d('2026-02-13 05:30:00', '+0000'),
    enc: 'utf8qp',
    text: `石川さんのアカウントに Amazon Web Services Training and Certification のバッジが 3 件追加されました。

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned`,
    html: credlyJaHtml('石川', 'AWS Certified Solutions Architect - Associate ほか 2 件', '<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>\n'),
  }),
  j({
    slug: 'badge-credly-subdomain-parent-dkim',
    kind: 'badges_transferred',
    caseId: null,
    auth: 'dkimParent',
    note: 'Credly badge mail from a credly.com subdomain, DKIM by credly.com: trusted',
    from: 'Amazon Web Services Training and Certification via Credly <notifications@mail.credly.com>',
    to: A.keep,
    subject: 'バッジが発行されました: AWS Certified AI Practitioner',
    date: d('2026-03-17 04:50:09', '+0000'),
    enc: 'jis7',
    text: `前田さん

Amazon Web Services Training and Certification から AWS Certified AI Practitioner のバッジが届きました。
受け取りはこちら: https://www.credly.com/earner/earned/badge/accept

Credly`,
  }),

  // ================= case_closed (8) =================
  j({
    slug: 'closed-auto-close-3-days',
    kind: 'case_closed',
    caseId: CASE.misakiDup,
    note: 'reminder: the case closes automatically if no reply within 3 days',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-01-24 09:00:00', '+0900'),
    enc: 'jis7',
    text: `【自動送信】

ケース ${CASE.misakiDup} について、お客様からのご返信をお待ちしております。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、このメールに返信すると再開できます。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'closed-resolved-notify-jisb64',
    kind: 'case_closed',
    caseId: CASE.ken2,
    note: 'AWS Support notification: case marked resolved',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `AWS サポート: ケース ${CASE.ken2} は解決済みになりました`,
    date: d('2026-03-09 00:00:14', '+0000'),
    enc: 'jisb64',
    text: `ケース ID: ${CASE.ken2}
ステータス: 解決済み

このケースは解決済みとしてマークされました。問題が続く場合は、14 日以内にサポートセンターからケースを再度開くことができます。

Amazon Web Services`,
  }),
  j({
    slug: 'closed-restates-merge-sjis',
    kind: 'case_closed',
    caseId: CASE.misakiCorp,
    trap: true,
    note: 'closing notice that only restates the earlier merge (先日統合を完了): case_closed',
    from: SUPPORT,
    to: `${M.ja} <${M.src}>`,
    cc: M.keep,
    subject: formSubject(CASE.misakiCorp),
    date: d('2026-02-06 10:30:00', '+0900'),
    enc: 'sjis8',
    text: `渡辺様

先日ご案内のとおり、アカウントの統合は 1 月 30 日に完了しております。その後ご連絡がございませんので、本ケースをクローズいたします。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'closed-pending-reminder-utf8qp',
    kind: 'case_closed',
    caseId: CASE.aya,
    note: 'status template with a planned auto-close date while waiting for the customer',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-11 09:00:00', '+0900'),
    enc: 'utf8qp',
    text: `ケース番号 : ${CASE.aya}
ステータス : お客様の対応待ち
自動クローズ予定日 : 2026/03/15

前田様
前回のご案内へのご返信がまだ確認できておりません。上記の日付までにご返信がない場合、ケースは自動でクローズされます。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'closed-html-only-survey-free',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'HTML-only closing notice with reopen instructions',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-20 18:00:00', '+0900'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>石川様</p>
<p>ケース <b>${CASE.ken}</b> はクローズされました。</p>
<p>再度お問い合わせが必要な場合は、このメールに返信するとケースが再開されます(クローズ後 30 日以内)。</p>
<p style="color:#555">AWS トレーニングと認定</p>`),
  }),
  j({
    slug: 'closed-dmarc-fail',
    kind: 'case_closed',
    caseId: CASE.aya,
    trusted: false,
    auth: 'fail',
    note: 'closing notice with dmarc=fail on the receiving server: untrusted',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-15 23:59:00', '+0900'),
    enc: 'jis7',
    text: `前田様

ご返信がなかったため、本ケースを終了しました。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'closed-restates-badges-jisb64',
    kind: 'case_closed',
    caseId: CASE.misaki,
    trap: true,
    note: 'closing that restates the badge move done earlier: case_closed, not badges_transferred',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-02 10:00:00', '+0900'),
    enc: 'jisb64',
    text: `渡辺様

1月26日にお知らせしたとおり、バッジの付け替えは済んでおります。その後ご質問がないようですので、ケースをクローズいたします。

Kaito`,
  }),
  j({
    slug: 'closed-no-reply-received-sjisb64',
    kind: 'case_closed',
    caseId: CASE.misakiDup,
    note: 'case closed because the customer never answered; says where to write next time',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-01-27 09:00:00', '+0900'),
    enc: 'sjisb64',
    text: `渡辺様

お返事をいただけなかったため、本件(${CASE.misakiDup})はクローズとなりました。
同じご用件は別のケースで対応が進んでいるものと存じます。

AWS トレーニングと認定`,
  }),

  // ================= support_reply (9) =================
  j({
    slug: 'sr-thanks-for-consent-jis',
    kind: 'support_reply',
    caseId: CASE.ken,
    trap: true,
    note: 'thanks for consenting, request passed to the team: not yet merged',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-10 11:00:00', '+0900'),
    enc: 'jis7',
    text: `石川様

ご同意のご連絡を確かに受領しました。統合作業は担当チームへ依頼済みです。完了まで数日いただく場合がございます。

Haruto`,
  }),
  j({
    slug: 'sr-not-yet-merged-jisb64',
    kind: 'support_reply',
    caseId: CASE.aya,
    trap: true,
    note: 'negated: "統合はまだ完了しておりません"',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-14 13:13:13', '+0900'),
    enc: 'jisb64',
    text: `前田様

お問い合わせの件ですが、統合はまだ完了しておりません。現在、認定チームで記録の照合を行っております。終わり次第ご連絡します。

Rin`,
  }),
  j({
    slug: 'sr-once-merged-sjis',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: 'future/conditional: 「統合が完了しましたら改めてご連絡」',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-22 18:20:00', '+0900'),
    enc: 'sjis8',
    text: `渡辺様

ご返信ありがとうございます。統合が完了しましたら、改めてこちらからご連絡差し上げます。

Kaito`,
  }),
  j({
    slug: 'sr-escalated-status-template',
    kind: 'support_reply',
    caseId: CASE.ken2,
    note: 'status template: 対応中 / escalated to the certification team, 3 to 5 business days',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-03-04 16:00:00', '+0900'),
    enc: 'utf8qp',
    text: `ケース番号: ${CASE.ken2}
ステータス: 対応中 (Work in progress)
担当: 認定チーム

石川様
本件は認定チームへ引き継ぎました。回答まで 3 から 5 営業日ほどお時間をいただきます。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sr-write-from-kept-address',
    kind: 'support_reply',
    caseId: CASE.aya,
    note: 'asks only to write from the kept address, no data requested: support_reply',
    from: SUPPORT,
    to: `${A.ja} <${A.keep}>`,
    subject: formSubject(CASE.aya),
    date: d('2026-03-09 16:30:00', '+0900'),
    enc: 'jis7',
    text: `前田様

セキュリティ上の理由から、統合のご依頼は統合先アカウントに登録されたメールアドレスからお送りいただくことになっております。
今回はそのアドレスからのご連絡ですので、このまま進めさせていただきます。

Rin

${quote(AYA_REQ)}`,
  }),
  j({
    slug: 'sr-reply-received-auto',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: 'automatic receipt of the customer\'s reply on an existing case (not a new case): support_reply',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-22 13:41:02', '+0900'),
    enc: 'utf8b64',
    text: `(自動送信)ケース ${CASE.misaki} へのご返信を受け付けました。
内容は担当者に共有されています。追加のご連絡は不要です。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sr-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: '"重複しているケースを統合しました" is about cases, not accounts; the duplicate ID is not repeated',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-21 10:00:00', '+0900'),
    enc: 'sjisb64',
    text: `渡辺様

同じご用件で 2 件のお問い合わせをいただいておりましたので、重複しているケースを本ケースに統合しました。今後のやり取りはこちらでお願いいたします。

Kaito`,
  }),
  j({
    slug: 'sr-badges-will-move',
    kind: 'support_reply',
    caseId: CASE.ken,
    trap: true,
    note: 'future: badges are scheduled to move within a few days; not yet moved',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-12 10:45:00', '+0900'),
    enc: 'jisb64',
    text: `石川様

Credly のバッジにつきましては、数日以内に新しいアドレスへ移行される予定です。移行されない場合は、このケースにご返信ください。

Haruto`,
  }),
  j({
    slug: 'sr-exam-booked-cannot-merge',
    kind: 'support_reply',
    caseId: CASE.misakiCorp,
    trap: true,
    note: 'cannot merge while an exam is booked on the source account: negated, support_reply',
    from: SUPPORT,
    to: `${M.ja} <${M.src}>`,
    subject: formSubject(CASE.misakiCorp),
    date: d('2026-01-28 15:00:00', '+0900'),
    enc: 'jis7',
    text: `渡辺様

統合元のアカウントに 2 月 2 日の試験予約が入っているため、現時点では統合を行えません。受験後にあらためてご相談ください。

Sora`,
  }),

  j({
    slug: 'un-own-iphone-reply',
    kind: 'unrelated',
    caseId: CASE.misaki,
    trusted: false,
    trap: true,
    note: 'the user\'s own consent reply from a phone, copied to her corp address: own mail',
    from: `${M.ja} <${M.keep}>`,
    to: SUPPORT,
    cc: M.src,
    rcpt: M.src,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-22 13:40:41', '+0900'),
    enc: 'utf8b64',
    text: `同意します。統合お願いします。

iPhoneから送信

2026/01/22 13:05、AWS Training and Certification <${FORM}>のメール:

> 統合後に元へ戻すことはできませんので、この内容で進めてよいか、ご同意の旨を本メールへの返信でお知らせください。`,
  }),
  j({
    slug: 'un-colleague-forwards-credly',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'colleague forwards her own Credly badge mail to ask about it: a person, not Credly',
    from: `${MORI.ja} <${MORI.addr}>`,
    to: `${K.ja} <${K.src}>`,
    subject: 'Fw: Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-17 12:30:00', '+0900'),
    enc: 'jisb64',
    text: `石川さん
私のところにもこれが来ました。統合後のバッジってこれで合ってますか?
森

-----Original Message-----
From: Amazon Web Services Training and Certification via Credly <admin@credly.com>
Sent: Tuesday, February 17, 2026 11:02 AM
To: ${MORI.addr}
Subject: Amazon Web Services Training and Certificationのバッジ発行のお知らせ

森さん、おめでとうございます。
Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。
バッジを入手する`,
  }),
  j({
    slug: 'sr-long-thread-consent-queued',
    kind: 'support_reply',
    caseId: CASE.aya,
    trap: true,
    note: 'consent received, work queued (not done); long thread with Gmail and Salesforce quotes',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-13 15:02:00', '+0900'),
    enc: 'jisb64',
    text: `前田様

ご同意の旨、承りました。ただいま作業の順番をお待ちいただいている状態です。進み次第お知らせします。

Rin

${gmailJa('2026年3月13日(金) 12:40', A.ja, A.keep)}
> 同意します。前田
>
> ${gmailJa('2026年3月13日(金) 10:25', 'AWS Training and Certification', FORM)}
>> 先ほどのメールの補足です。英語の定型文でも承っております。
>> "I agree to merge account ${A.srcId} into ${A.keepId} and understand this cannot be undone."
>>
>> ${gmailJa('2026年3月13日(金) 10:20', 'AWS Training and Certification', FORM)}
>>> 問題なければ、このメールに「同意します」とだけご返信ください。統合は取り消しができません。
>>>
>>> --------------- Original Message ---------------
>>> From: ${A.keep}
>>> Sent: 2026/03/12 20:01
>>> Subject: ${formSubject(CASE.aya)}
>>>
>>> 身分証の表記は MAEDA AYA です。
>>>
>>>> 二つのアカウントで氏名の綴りが異なっており、このままでは統合を進められません。
>>>>
>>>>> ${AYA_REQ.split('\n').join('\n>>>>> ')}`,
  }),
  // ================= unrelated (13) =================
  j({
    slug: 'un-exam-yoyaku-kakunin',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'exam appointment confirmation from the certification portal (確認/確定 words), not a merge',
    from: PORTAL,
    to: M.src,
    subject: '試験予約確認: AWS Certified Solutions Architect - Professional',
    date: d('2026-01-15 20:00:00', '+0900'),
    enc: 'sjis8',
    text: `渡辺 美咲 様

試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年2月2日 10:00
会場: オンライン監督試験 (Pearson VUE)

予約の確認番号: 482913077
変更・キャンセルは試験の 24 時間前までに行ってください。

AWS Certification`,
  }),
  j({
    slug: 'un-exam-result-jis',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'exam result available from the portal ("ご確認いただけます"): not part of a merge',
    from: PORTAL,
    to: K.keep,
    subject: 'AWS 認定試験の結果について',
    date: d('2026-01-05 03:00:00', '+0000'),
    enc: 'jis7',
    text: `石川 健 様

先日受験された AWS Certified Developer - Associate の結果が出ました。
スコアレポートは認定アカウントの「試験履歴」からご確認いただけます。

AWS Certification`,
  }),
  j({
    slug: 'un-credly-microsoft-badge',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: A.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-03-01 02:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>前田さん、おめでとうございます。</p>
<p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept">バッジを入手する</a></p>`),
  }),
  j({
    slug: 'un-credly-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code (Credly accounts, not AWS certification)',
    from: 'Credly <admin@credly.com>',
    to: M.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-01-25 11:00:00', '+0900'),
    enc: 'jisb64',
    text: `Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次のコードを 30 分以内に入力してください。

確認コード: 604118

心当たりがない場合は、このメールを無視してください。

Credly サポート`,
  }),
  j({
    slug: 'un-survey-case-feedback',
    kind: 'unrelated',
    caseId: CASE.ken,
    trap: true,
    note: 'satisfaction survey about the case ("解決しましたか"): unrelated',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: K.keep,
    subject: `ケース ${CASE.ken} に関するアンケート`,
    date: d('2026-02-21 01:00:00', '+0000'),
    enc: 'utf8qp',
    text: `石川 健 様

先日クローズされたケース ${CASE.ken} について、お問い合わせは解決しましたか?
1 分ほどのアンケートにご協力ください。
https://survey.example.aws/s/${CASE.ken}

Amazon Web Services`,
  }),
  j({
    slug: 'un-oof-oldcorp-autoreply',
    kind: 'unrelated',
    caseId: CASE.misakiCorp,
    trusted: false,
    trap: true,
    note: 'auto-reply from the user\'s old company mailbox to support, copied to the kept address: out-of-office',
    from: `${M.ja} <${M.src}>`,
    to: SUPPORT,
    cc: M.keep,
    rcpt: M.keep,
    subject: `自動応答: ${formSubject(CASE.misakiCorp)}`,
    date: d('2026-01-29 09:56:01', '+0900'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動応答です。
1月末で退職のため、このアドレスでは確認次第のご返信ができかねます。
今後のご連絡は ${OKADA.addr} までお願いいたします。`,
  }),
  j({
    slug: 'un-own-forward-to-self',
    kind: 'unrelated',
    caseId: CASE.ken,
    trusted: false,
    trap: true,
    note: 'the user forwards the merge notice to his other address: own mail, no news from support',
    from: `${K.ja} <${K.keep}>`,
    to: K.src,
    subject: `Fwd: ${formSubject(CASE.ken)}`,
    date: d('2026-02-11 12:40:00', '+0900'),
    enc: 'jisb64',
    text: `メモ: 統合完了。あとはバッジ。

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM}>
Date: 2026年2月11日(水) 12:30
Subject: ${formSubject(CASE.ken)}
To: ${K.ja} <${K.keep}>

石川様
お待たせいたしました。旧アカウント ${K.srcId} は ${K.keepId} に統合済みとなりました。`,
  }),
  j({
    slug: 'un-colleague-asks-sjis',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'colleague asks whether the merge and badges are done: a person, not support',
    from: `${OKADA.ja} <${OKADA.addr}>`,
    to: M.src,
    subject: 'AWS認定の統合どうなった?',
    date: d('2026-01-26 12:10:00', '+0900'),
    enc: 'sjis8',
    text: `渡辺さん

認定アカウントの統合、もう完了した? バッジも移った?
自分も同じ手続きをするので、終わったら流れを教えてください。

岡田`,
  }),
  j({
    slug: 'un-organizations-invite',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'AWS Organizations invitation to accept (account join, not certification merge)',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: 'AWS Organizations: 組織への招待',
    date: d('2026-02-16 04:00:00', '+0000'),
    enc: 'utf8qp',
    text: `AWS アカウント 1234-5678-9012 の管理者が、あなたの AWS アカウントを組織に招待しました。
招待を承認すると、請求は組織の管理アカウントにまとめられます。

招待の確認: https://console.aws.amazon.com/organizations/v2/home/invitations
この招待は 15 日後に失効します。`,
  }),
  j({
    slug: 'un-amazon-co-jp-account',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Amazon.co.jp shopping account notice (amazon.co.jp is not a trusted domain; not certification)',
    from: 'Amazon.co.jp <account-update@amazon.co.jp>',
    to: A.keep,
    subject: 'Amazon.co.jp: アカウント情報の変更を確認しました',
    date: d('2026-03-02 08:00:00', '+0900'),
    enc: 'utf8b64',
    text: `前田 彩 様

お客様のアカウントのメールアドレスが変更されました。
この変更に心当たりがない場合は、アカウントサービスからご連絡ください。

Amazon.co.jp`,
  }),
  j({
    slug: 'un-skill-builder-course-done',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Skill Builder course completion ("修了しました"): learning, not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: M.keep,
    subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    date: d('2026-01-10 09:00:00', '+0000'),
    enc: 'jis7',
    text: `渡辺 美咲 さん

「AWS Cloud Practitioner Essentials」を修了しました。おめでとうございます。
修了証はマイラーニングからダウンロードできます。

AWS Skill Builder`,
  }),
  j({
    slug: 'un-builder-id-verify-code',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'AWS Builder ID e-mail verification code from signin.aws (not a trusted domain)',
    from: 'AWS <no-reply@signin.aws>',
    to: A.keep,
    subject: 'AWS Builder ID のメールアドレスを確認してください',
    date: d('2026-03-08 23:20:00', '+0900'),
    enc: 'utf8qp',
    text: `AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

確認コード: 318552

このコードの有効期限は 10 分です。`,
  }),
  j({
    slug: 'un-credly-badge-viewed-digest',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly weekly digest: how often the user\'s AWS badges were viewed; nothing moved',
    from: 'Credly <admin@credly.com>',
    to: K.keep,
    subject: '今週のバッジの閲覧数',
    date: d('2026-03-01 00:30:00', '+0000'),
    enc: 'sjisb64',
    text: `石川さん、今週のバッジのレポートです。

AWS Certified Developer - Associate: 閲覧 12 回
AWS Certified Cloud Practitioner: 閲覧 3 回

バッジを LinkedIn で共有すると、さらに多くの人に見てもらえます。

Credly`,
  }),
];
