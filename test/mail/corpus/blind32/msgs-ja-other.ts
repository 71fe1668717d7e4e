// Set ae, Japanese: the same mailboxes' OTHER AWS matters (refund, accommodation,
// rescheduling, voucher order, Skill Builder, billing, name correction, MFA),
// plus the users' own mail, auto-replies, surveys and other issuers' badges.
// Mail of another case that says what it is about is `unrelated`; one that says
// nothing of its topic is read as what it looks like.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { SUPPORT, SUPPORT_ADDR, AWS_NOTIFY, AWS_SUPPORT, PORTAL, form, formNew, KEN, MISAKI, RYO, C, ja, q, gmJa, olJa, sf, htmlDoc, MISAKI_REQ } from './common.js';

const K = KEN;
const M = MISAKI;
const R = RYO;
const kTo = `${K.ja} <${K.keep}>`;
const mTo = `${M.ja} <${M.keep}>`;
const rTo = `${R.ja} <${R.keep}>`;

export const JA_OTHER: Msg[] = [
  // ---------- other cases whose mail says nothing of its topic ----------
  ja({
    slug: 'k-refund-ack-topicless',
    kind: 'acknowledgement',
    caseId: C.kenRefund,
    note: "receipt of the user's refund case, but it names no topic: read as what it looks like (acknowledgement)",
    from: SUPPORT,
    to: kTo,
    subject: `[CASE ${C.kenRefund}] ケースを作成しました`,
    date: d('2026-11-05 11:00:21', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村 健一 様

お問い合わせいただきありがとうございます。ケースを作成しました。
ケース番号: ${C.kenRefund}

担当者からの返信まで、通常 1 から 2 営業日ほどお待ちください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'm-voucher-ack-topicless-html',
    kind: 'acknowledgement',
    caseId: C.misakiVoucher,
    note: 'HTML-only receipt of another case (the voucher order); nothing in it names the topic',
    from: SUPPORT,
    to: mTo,
    subject: 'お問い合わせを受け付けました',
    date: d('2026-12-02 14:47:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>このたびはご連絡ありがとうございます。以下の番号でお問い合わせを承りました。</p>
<p style="font-size:18px"><b>${C.misakiVoucher}</b></p>
<p>内容を確認し、担当者よりご連絡いたします。今しばらくお待ちくださいませ。</p>
<p>AWS トレーニングと認定</p>`),
  }),
  ja({
    slug: 'k-mfa-ack-topicless-notify',
    kind: 'acknowledgement',
    caseId: C.kenMfa,
    note: 'AWS Support notice that a case was opened; the MFA topic is never named',
    from: AWS_SUPPORT,
    to: K.keep,
    subject: `AWS サポート: 新しいケース ${C.kenMfa}`,
    date: d('2026-11-14 03:20:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `お客様

AWS サポートにお問い合わせいただき、ありがとうございます。
ケース ID ${C.kenMfa} で受付しました。サポートセンターでケースの状況をご確認いただけます。

Amazon Web Services`,
  }),
  ja({
    slug: 'k-accom-closed-topicless',
    kind: 'case_closed',
    caseId: C.kenAccom,
    note: 'closing of the accommodation case that never names its topic: read as a closing',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenAccom, 'case-update'),
    date: d('2026-11-21 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

その後のご連絡がございませんでしたので、本ケースはクローズさせていただきます。
ご不明点が出てきた際は、改めてお問い合わせください。

AWS トレーニングと認定 サポート 石田`,
  }),
  ja({
    slug: 'k-accom-passed-topicless',
    kind: 'support_reply',
    caseId: C.kenAccom,
    note: "a human status update on another case that does not say what it is about: read as a support reply",
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenAccom, 'case-update'),
    date: d('2026-11-07 16:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

いただいた内容を担当チームに共有しました。
確認が取れ次第こちらからご連絡しますので、もう少々お待ちいただけますでしょうか。

石田`,
  }),

  // ---------- unrelated: other cases that say what they are about ----------
  ja({
    slug: 'k-refund-receipt-subject-only',
    kind: 'unrelated',
    caseId: C.kenRefund,
    trap: true,
    note: 'receipt of the refund case; the topic is named only in the subject (exam-refund)',
    from: SUPPORT,
    to: kTo,
    subject: formNew(C.kenRefund, 'exam-refund'),
    date: d('2026-11-05 11:00:40', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

お問い合わせを受け付けました。担当者より順次ご連絡いたします。
同じ内容で新たにケースを作成されますと、ご回答が遅れる場合がございます。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'k-refund-done-merge-aside',
    kind: 'unrelated',
    caseId: C.kenRefund,
    trap: true,
    note: 'refund case: the refund was completed; mentions the merge case in passing',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenRefund, 'exam-refund'),
    date: d('2026-11-19 14:05:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

お待たせしました。10 月 28 日にキャンセルされた試験の受験料について、ご登録のクレジットカードへの返金手続きが完了しました。カード会社によっては明細への反映に 7 営業日ほどかかります。

アカウント統合については別のケースで担当者がご案内しておりますので、そちらをご参照ください。

AWS トレーニングと認定 返金担当 山口`,
  }),
  ja({
    slug: 'k-accom-approved-sjis',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'portal notice from a subdomain of aws.training: ESL +30 accommodation approved (no case ID); uses 承認/完了 words',
    from: 'AWS 認定 <notifications@certification.aws.training>',
    to: K.keep,
    subject: '試験対応の申請が承認されました',
    date: d('2026-11-08 01:10:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 健一 さん

お申し込みいただいた試験対応「ESL +30 MINUTES」が承認され、登録が完了しました。
今後ご予約いただく英語の試験では、試験時間が 30 分延長されます。すでに予約済みの試験には適用されないため、その場合は一度キャンセルのうえ再予約してください。

AWS 認定`,
  }),
  ja({
    slug: 'k-mfa-info-topic-body',
    kind: 'unrelated',
    caseId: C.kenMfa,
    trap: true,
    note: 'AWS Support asks for documents to remove a lost MFA device: another case, topic only in the body; info-request words',
    from: AWS_SUPPORT,
    to: K.keep,
    subject: `[ケース ${C.kenMfa}] 追加情報のお願い`,
    date: d('2026-11-15 06:30:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `お客様

ルートユーザーの多要素認証(MFA)デバイスを紛失された件でご連絡いたします。
デバイスの登録を解除するには、アカウント所有者の確認が必要です。お送りするフォームにご記入のうえ、公証を受けた書類をご提出ください。あわせて、AWS アカウント ID(12 桁)をお知らせください。

AWS サポート`,
  }),
  ja({
    slug: 'm-name-fixed-jis',
    kind: 'unrelated',
    caseId: C.misakiName,
    trap: true,
    note: 'name-correction case: the name on the certificate was corrected (完了 words, not a merge)',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiName, 'certificate-name-change'),
    date: d('2026-12-15 11:11:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

認定証に記載されるお名前を「Misaki Kobayashi」に修正いたしました。
認定アカウントから認定証の PDF を再ダウンロードしていただくと、修正後のお名前で表示されます。
作業はすべて完了しておりますので、本件はこれにて終了とさせていただきます。

AWS トレーニングと認定 松本`,
  }),
  ja({
    slug: 'm-voucher-order-gokakunin',
    kind: 'unrelated',
    caseId: C.misakiVoucher,
    trap: true,
    note: 'voucher order for her team: asks to confirm quantity and billing before the order is placed',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiVoucher, 'voucher-purchase'),
    date: d('2026-12-04 10:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

チーム向け試験バウチャーのご注文について、以下の内容でお間違いないかご確認ください。

  品目: AWS 認定試験バウチャー (アソシエイト)
  数量: 8
  請求先: 株式会社ネクストステージ 情報システム部

この内容でよろしければ、ご返信をもって注文手続きを進めます。発注後のキャンセルはできません。

法人窓口 吉田`,
  }),
  ja({
    slug: 'm-skill-closing-html',
    kind: 'unrelated',
    caseId: C.misakiSkill,
    trap: true,
    note: 'Skill Builder subscription case closing (topic named in the body); HTML multipart',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiSkill, 'skill-builder'),
    date: d('2026-12-12 17:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

Skill Builder 個人サブスクリプションの二重請求について、1 か月分の返金が処理されたことを確認しました。
ほかにご不明な点がなければ、本ケースはクローズいたします。

AWS Skill Builder サポート`,
    html: htmlDoc(`<p>小林様</p><p>Skill Builder 個人サブスクリプションの二重請求について、1 か月分の返金が処理されたことを確認しました。<br>ほかにご不明な点がなければ、本ケースはクローズいたします。</p><p>AWS Skill Builder サポート</p>`),
  }),
  ja({
    slug: 'm-pearson-reschedule-sjisb64',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor mail: the exam date change is complete (sender outside the trusted domains)',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: M.keep,
    subject: '試験予約の変更が完了しました',
    hdr: 'sjis',
    date: d('2026-12-03 20:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `小林 美咲 様

試験予約の日程変更を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
新しい日時: 2027年1月9日(土) 13:00
会場: オンライン (OnVUE)

予約の確認番号: 481-553-207

Pearson VUE`,
  }),
  ja({
    slug: 'r-billing-answer-topic-body',
    kind: 'unrelated',
    caseId: C.ryoBilling,
    note: "AWS Support answer on the user's AWS account billing question; generic subject, topic in body",
    from: AWS_SUPPORT,
    to: rTo,
    subject: `ケース ${C.ryoBilling} に返信がありました`,
    date: d('2027-01-12 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

12 月分の請求書に Amazon EC2 の料金が含まれていた件について確認しました。
東京リージョンで停止状態のインスタンスに EBS ボリュームが残っており、その保管料金が発生しています。不要であればボリュームを削除してください。

AWS 請求サポート 佐々木`,
  }),
  ja({
    slug: 'k-own-reply-refund',
    kind: 'unrelated',
    caseId: C.kenRefund,
    trusted: false,
    note: "the user's own reply on the refund case, copied to himself",
    from: `${K.ja} <${K.keep}>`,
    to: SUPPORT_ADDR,
    cc: K.keep,
    subject: form(C.kenRefund, 'exam-refund'),
    date: d('2026-11-06 22:15:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `ご担当者様

返金の件でご連絡いただきありがとうございます。
キャンセルした試験は 10/28 の DVA-C02 です。領収書の番号は INV-2026-10-33817 です。
別件で認定アカウントの統合もお願いしていますが、そちらは別ケースで進んでいます。

中村

${gmJa('2026-11-06 10:02', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${q(`中村様\n\n返金対象となる試験名と受験予定日をお知らせください。`)}`,
  }),
  ja({
    slug: 'k-own-forward-merged',
    kind: 'unrelated',
    caseId: C.kenMerge,
    trusted: false,
    trap: true,
    note: "the user's own forward of the completion mail from his old work address to his personal one",
    from: `${K.ja} <${K.src}>`,
    to: K.keep,
    subject: `Fwd: ${form(C.kenMerge)}`,
    wholeSubject: false,
    date: d('2026-11-17 12:40:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `統合終わったらしい。念のため個人の方にも転送しておく。返金はまだ。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年11月17日(火) 9:03
Subject: ${form(C.kenMerge)}
To: ${K.ja} <${K.keep}>

中村 健一 様

本日、${K.srcId} から ${K.keepId} への統合作業を終えました。`,
  }),
  ja({
    slug: 'm-oldcorp-autoreply',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: "auto-reply from the user's former employer's mailbox (she left the company)",
    from: 'フォーマー株式会社 <noreply@formerco.example.com>',
    to: mTo,
    subject: '自動返信: 退職のお知らせ',
    date: d('2026-12-02 09:01:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールアドレス(${M.src})の利用者は退職いたしました。
ご用件は代表アドレス info@formerco.example.com までお送りください。

このメッセージは自動送信です。`,
  }),
  ja({
    slug: 'k-survey-kaiketsu',
    kind: 'unrelated',
    caseId: C.kenMerge,
    trap: true,
    note: 'satisfaction survey about the merge case ("was it resolved?")',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: 'サポートの対応についてアンケートのお願い',
    date: d('2026-11-26 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 健一 様

先日はケース ${C.kenMerge} でお問い合わせいただきありがとうございました。
お問い合わせの件は解決しましたか? 1 分ほどのアンケートにご協力ください。

[はい、解決しました] [いいえ]

Amazon Web Services`,
  }),
  ja({
    slug: 'r-credly-ms-badge',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: R.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    wholeSubject: true,
    date: d('2027-01-16 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 諒 さん

Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/7aa0c2e9`,
  }),
  ja({
    slug: 'r-resched-form-topic-subject',
    kind: 'unrelated',
    caseId: C.ryoResched,
    trap: true,
    note: 'exam rescheduling case in the same form template: 承りました (receipt words) about a date change',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoResched, 'exam-scheduling'),
    date: d('2027-01-08 13:30:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

試験日の変更についてのご依頼、承りました。
予約済みの試験は受験開始の 24 時間前を過ぎているため、こちらで日程を変更することはできません。試験配信事業者のサポートへお問い合わせいただけますでしょうか。

なお、アカウント統合のお問い合わせは別ケースで受け付けておりますので、こちらでは取り扱いません。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'm-credly-own-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge verification code (Credly accounts, not the AWS certification accounts)",
    from: 'Credly <admin@credly.com>',
    to: M.keep,
    subject: 'Credly アカウントの統合: 確認コード',
    date: d('2026-12-10 06:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 美咲 さん

Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください。

確認コード: 604218

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  ja({
    slug: 'r-voucher-invoice-info-sjis',
    kind: 'unrelated',
    caseId: C.ryoVoucher,
    trap: true,
    note: 'voucher order case asks for the invoice address (information-request words); mentions the merge case in passing',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoVoucher, 'voucher-purchase'),
    hdr: 'sjis',
    date: d('2027-01-13 11:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

試験バウチャー 5 枚のお見積りをお送りします。ご発注にあたり、請求書の送付先ご住所とご担当部署名をお知らせください。

(統合のケースとは別件として承っております。)

法人窓口 吉田`,
  }),
  ja({
    slug: 'm-voucher-to-admin-colleague',
    kind: 'unrelated',
    caseId: C.misakiVoucher,
    forUser: false,
    note: 'voucher order mail addressed to her team administrator, not to the user',
    from: SUPPORT,
    to: '田村 隆 <t.tamura@nextstage.example.co.jp>',
    deliveredTo: 't.tamura@nextstage.example.co.jp',
    subject: form(C.misakiVoucher, 'voucher-purchase'),
    date: d('2026-12-07 15:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `田村様

小林様よりご依頼のバウチャー 8 枚について、請求書を発行いたしました。
お支払いの確認後、バウチャーコードを小林様宛てにお送りします。

法人窓口 吉田`,
  }),
  ja({
    slug: 'k-skill-mobile-reply-own',
    kind: 'unrelated',
    caseId: C.kenAccom,
    trusted: false,
    forUser: false,
    deliveredTo: null,
    note: "the user's own mobile reply on the accommodation case, Sent-folder copy (no user address among the recipients)",
    from: `${K.ja} <${K.keep}>`,
    to: SUPPORT_ADDR,
    subject: form(C.kenAccom, 'case-update'),
    date: d('2026-11-07 19:02:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `石田さま
ありがとうございます、ESLの延長の件お待ちしてます。
中村

iPhoneから送信

${gmJa('2026-11-07 16:40', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${q('中村様\n\nいただいた内容を担当チームに共有しました。')}`,
  }),
];

// kept for completeness: a quoted original used nowhere else
void MISAKI_REQ;
void sf;
void olJa;
