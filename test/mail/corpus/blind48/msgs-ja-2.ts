// Set au, Japanese messages part 2: 森さん (17702254813 -> Credly担当へ移管 1770290117) と 木村さん (1759903341 -> 175990887210)
import { C, CERTOPS_JA, CREDLY_AWS, DAI, FORM, FORM_ADDR, NOREPLY, PORTAL, YUI, caseSubj, gmailJa, html, mk, outlookJa, q, sfJa, sfRef, to } from './common.js';
import type { Msg } from './lib.js';

const Y = to(YUI.ja, YUI.keep);
const D = to(DAI.ja, DAI.keep);

const yReq = `大学のメールで受験したアカウントと、個人のアカウントを統合したいです。
残したいのは ${YUI.keep} です。よろしくお願いします。森`;

const dConsent = `木村様
下記の内容で統合を進めてよろしいでしょうか。
 統合先: ${DAI.keepId} (${DAI.keep})
 統合元: ${DAI.srcId} (${DAI.src})
統合後は元の状態に戻すことはできかねます。問題なければその旨ご返信ください。`;

export const JA2: Msg[] = [
  // ---- 森 由衣
  mk({
    slug: 'y-receipt-html', kind: 'acknowledgement', lang: 'ja', caseId: C.y1, trap: false,
    note: 'HTML-only automatic receipt with the case ID',
    from: NOREPLY, to: Y, at: '2026-04-13 01:12:44', enc: 'utf8qp',
    subject: `AWS サポート: ケース ${C.y1} を受け付けました`,
    html: `<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px">Amazon Web Services</td></tr>
<tr><td style="padding:16px">
<p>森 由衣 様</p>
<p>お問い合わせありがとうございます。以下の番号でケースを登録しました。</p>
<p style="font-size:18px"><b>ケースID: ${C.y1}</b></p>
<p>担当者が内容を確認し、メールにてご連絡します。追加の情報がある場合は、担当者からのメールにそのままご返信ください。</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'y-ai-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated suggestion (Shift_JIS) to use the Merge Accounts tool before opening a case',
    from: NOREPLY, to: Y, at: '2026-04-13 01:09:02', enc: 'sjisb64',
    subject: 'AWS トレーニングと認定: 自動生成された回答',
    text: `森 由衣 様

お問い合わせの内容から、次の方法で解決できる可能性があります (自動生成)。

認定アカウントにサインイン → 画面右上のプロフィール → 「Merge Accounts」
統合したいもう一方のアカウントの認証情報を入力すると、試験履歴が移ります。

それでも解決しない場合に限り、ページ下部の「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'y-rahul-which-one', kind: 'info_request', lang: 'ja', caseId: C.y1, trap: false,
    note: 'agent (Japanese with English boilerplate) asks which address to keep and the other account ID, without a request verb up front',
    from: FORM, to: Y, at: '2026-04-14 03:27:15', enc: 'utf8b64',
    subject: caseSubj(C.y1),
    text: `森 様

AWS Training and Certification サポートのラフルと申します。日本語で失礼いたします。

お手数ですが、統合後もお使いになるアカウントのメールアドレスと、
大学のアドレスで作成された側の候補者ID (AWS+数字8桁) を、本メールへのご返信でお知らせいただけますと幸いです。
※ 本人確認のため、残されるアカウントのアドレスからご返信いただくとスムーズです。

Rahul
AWS Training and Certification Customer Service
This message is confidential. Please do not change the subject line when replying.

${sfJa(YUI.keep, '2026/04/13 10:12', FORM_ADDR, 'アカウント統合', yReq)}`,
  }),
  mk({
    slug: 'y-new-agent-recap', kind: 'support_reply', lang: 'ja', caseId: C.y1, trap: true,
    note: 'new agent recaps receipt, request for details and the reply, then only says it is being checked',
    from: FORM, to: Y, at: '2026-04-16 05:48:30', enc: 'jis7',
    subject: caseSubj(C.y1),
    text: `森様

お世話になっております。前任のラフルに代わり、中島が担当いたします。

ここまでの流れを整理しますと、4月13日にケースを受付、翌日ラフルより
残すアカウントと候補者IDの情報をお願いし、4月15日に森様からご回答をいただいております。
いただいた情報は揃っておりますので、現在、社内の担当部署で登録内容の照合を進めています。
進展がありましたらご連絡いたします。

中島`,
  }),
  mk({
    slug: 'y-agree-mixed', kind: 'confirmation_request', lang: 'ja', caseId: C.y1, trap: false,
    note: "mixed-language consent request: reply 'I agree', the merge cannot be reversed",
    from: FORM, to: Y, at: '2026-04-17 02:02:02', enc: 'utf8qp',
    subject: caseSubj(C.y1),
    text: `森様

中島です。照合が終わりました。
Please note the merge is permanent. 統合は元に戻せませんので、
内容に誤りがなければ "I agree" または「同意します」とだけご返信いただけますか。

  Keep / 残すアカウント : ${YUI.keepId}  ${YUI.keep}
  Merge / 統合するアカウント: ${YUI.srcId}  ${YUI.src}

中島
AWS Training and Certification`,
  }),
  mk({
    slug: 'y-portal-merged', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: "certification portal's own notice that the accounts were merged (no case ID)",
    from: PORTAL, to: Y, at: '2026-04-20 11:31:09', enc: 'jisb64',
    subject: 'AWS認定: アカウントの統合が完了しました',
    text: `森 由衣 様

お客様のAWS認定アカウント ${YUI.srcId} は ${YUI.keepId} に統合されました。
今後は ${YUI.keep} でサインインしてください。統合元アカウントではサインインできなくなります。

AWS認定プログラム
このメールは送信専用です。`,
  }),
  mk({
    slug: 'y-handed-to-credly', kind: 'support_reply', lang: 'ja', caseId: C.y2, trap: true,
    note: 'badge issue handed to the Credly support team with a new case number; says badges will be moved',
    from: FORM, to: Y, at: '2026-04-22 06:15:27', enc: 'jisb64',
    subject: `RE:[CASE ${C.y2}] バッジの件 (旧ケース ${C.y1})`,
    text: `森様

中島です。デジタルバッジの件、承知いたしました。
Credlyのバッジは別チームの管轄のため、Credlyサポートチームへ引き継ぎ、ケース番号を ${C.y2} に切り替えております。
バッジを ${YUI.keep} 側へ移す作業は先方で行われ、完了時には改めてご連絡が届きます。

中島

2026年4月21日(火) 22:03 森 由衣 <${YUI.keep}>:
> 統合ありがとうございました。Credlyのバッジは大学アドレスのほうに残っています。`,
  }),
  mk({
    slug: 'y-credly-issued', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS, to: Y, at: '2026-04-24 08:44:51', enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `森 由衣 さん

Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで公開しましょう。

[バッジを入手する]

Credly
このメールは ${YUI.keep} 宛に送信されました。`,
    html: html(`森 由衣 さん\n\nAmazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。\n下のボタンからバッジを受け取り、プロフィールで公開しましょう。\n\n[バッジを入手する]\n\nCredly\nこのメールは ${YUI.keep} 宛に送信されました。`),
  }),
  mk({
    slug: 'y-badges-moved-and-closing', kind: 'badges_transferred', lang: 'ja', caseId: C.y2, trap: false,
    note: 'support announces the badges were moved and that the case is being closed',
    from: FORM, to: Y, at: '2026-04-24 09:30:00', enc: 'sjis8',
    subject: `RE:[CASE ${C.y2}] バッジの件`,
    text: `森様

Credlyサポートチームより連絡があり、バッジ2点を ${YUI.keep} のCredlyアカウントへ移し終えたとのことです。
Credlyからの「バッジ発行のお知らせ」が届いておりましたら、そちらから受け取りをお願いします。
あわせて、本ケースはクローズいたします。

中島`,
  }),
  mk({
    slug: 'y-closing-as-done', kind: 'case_closed', lang: 'ja', caseId: C.y1, trap: true,
    note: 'closes the original case, only restating that the merge was done earlier',
    from: NOREPLY, to: Y, at: '2026-04-25 00:00:41', enc: 'jis7',
    subject: `ケース ${C.y1} は解決済みになりました`,
    text: `森 由衣 様

先日アカウントの統合が完了しておりますため、ケース ${C.y1} を「解決済み」といたしました。
再度ご連絡いただいた場合はケースが再開されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'y-agent-out-of-office', kind: 'unrelated', lang: 'ja', caseId: C.y1, trap: true,
    note: "agent's automatic out-of-office reply; mentions merge confirmation but is an auto-reply",
    from: '中島 <nakajima-tc@amazon.com>', to: Y, at: '2026-04-18 00:05:12', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `自動応答: RE:[CASE ${C.y1}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `4月20日まで不在にしております。
統合の同意のご返信をいただいた場合も、ケースは他の担当者が確認いたしますのでご安心ください。
急ぎの場合はケース番号を添えてサポートまでご連絡ください。`,
  }),
  mk({
    slug: 'y-own-forward-lab', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false,
    note: "the user's own forward of the portal merge notice to her lab admin (copy in her mailbox)",
    from: Y, to: '研究室 事務 <lab-office@univ.example.ac.jp>', at: '2026-04-20 21:02:33', tz: '+0900', enc: 'utf8qp', deliveredTo: YUI.keep,
    subject: 'Fwd: AWS認定: アカウントの統合が完了しました',
    text: `事務室 ご担当者様

大学アドレスの認定アカウントが個人側に統合されたので、念のため共有します。
今後の連絡は個人アドレスにお願いします。

森

---------- Forwarded message ---------
From: AWS Certification <no-reply@certmetrics.aws.training>
Date: 2026年4月20日(月) 20:31
Subject: AWS認定: アカウントの統合が完了しました

お客様のAWS認定アカウント ${YUI.srcId} は ${YUI.keepId} に統合されました。`,
  }),

  // ---- 木村 大輔
  mk({
    slug: 'd-receipt-body-id', kind: 'acknowledgement', lang: 'ja', caseId: C.d1, trap: false,
    note: 'Shift_JIS receipt; case ID only in the body',
    from: NOREPLY, to: D, at: '2026-06-08 02:30:19', enc: 'sjisb64',
    subject: 'お問い合わせありがとうございます',
    text: `木村 大輔 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
お問い合わせ番号は ${C.d1} です。お問い合わせの際にご利用ください。
混雑状況により、ご返信まで1から2営業日いただく場合がございます。`,
  }),
  mk({
    slug: 'd-accounts-team-needs', kind: 'info_request', lang: 'ja', caseId: C.d1, trap: false,
    note: 'escalation note that carries the accounts team\'s request for two details',
    from: FORM, to: D, at: '2026-06-09 04:12:56', enc: 'jis7',
    subject: caseSubj(C.d1),
    text: `木村様

カスタマーサービスの大野です。
本件はアカウント担当チームへエスカレーションしておりますが、担当チームから次の2点について確認依頼が来ております。

1. 統合元アカウントのログインに使っていたメールアドレス
2. 統合元アカウントで最後に受験された日

こちらがそろい次第、担当チームで作業に入ります。

大野`,
  }),
  mk({
    slug: 'd-typo-outlook', kind: 'info_request', lang: 'ja', caseId: C.d1, trap: false,
    note: 'follow-up with typos asking again for the candidate ID; Outlook quote block',
    from: FORM, to: D, at: '2026-06-10 07:40:03', enc: 'sjis8',
    subject: caseSubj(C.d1),
    text: `木村様

ご返信ありがとうござます。メールアドレスは確認できましたが、候補者IDの記載が見当たりませんでした。
統合元の候補者ID(AWSから始まる番号)をお知らせくだしあ。

大野

${outlookJa('木村 大輔 <daisuke.kimura@example.co.jp>', '2026年6月9日 22:15', 'AWS Training and Certification', caseSubj(C.d1), `大野様\n統合元のログインは ${DAI.src} です。最後の受験は2024年11月です。`)}`,
  }),
  mk({
    slug: 'd-consent-question', kind: 'confirmation_request', lang: 'ja', caseId: C.d1, trap: false,
    note: 'asks whether to proceed with the irreversible merge, phrased as a question',
    from: FORM, to: D, at: '2026-06-11 01:55:48', enc: 'jisb64',
    subject: caseSubj(C.d1),
    text: `${dConsent}

アカウント担当チーム 木下
(カスタマーサービス 大野 経由でお送りしています)`,
  }),
  mk({
    slug: 'd-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.d1, trap: true,
    note: 'negated: the merge is not finished yet, back office still working',
    from: FORM, to: D, at: '2026-06-13 03:03:30', enc: 'utf8b64',
    subject: caseSubj(C.d1),
    text: `木村様

お問い合わせの件、現時点では統合はまだ完了しておりません。
ご同意はいただいておりますので、バックオフィスにて順番に処理しております。
完了の連絡がありましたら、こちらから真っ先にお知らせします。

大野

> まだ統合されていないようですが、状況を教えてください。`,
  }),
  mk({
    slug: 'd-merged-new-number', kind: 'merge_completed', lang: 'ja', caseId: C.d2, trap: false,
    note: 'completion reported under the new case number after the accounts team took the case',
    from: CERTOPS_JA, to: D, at: '2026-06-15 08:22:07', enc: 'jis7',
    subject: `[CASE ${C.d2}] アカウント統合のご依頼について`,
    text: `木村 大輔 様

アカウント担当チームの木下です。
社内の管理上、本件はケース番号 ${C.d2} (旧 ${C.d1}) に移っております。

${DAI.srcId} を ${DAI.keepId} に統合する作業が本日終わりました。
統合先アカウントで認定の一覧をご確認いただき、不足があればこのケースにご返信ください。

木下`,
  }),
  mk({
    slug: 'd-badge-not-there-yet', kind: 'support_reply', lang: 'ja', caseId: C.d2, trap: true,
    note: 'badges have not moved yet; reissue requested from Credly (status, not the event)',
    from: CERTOPS_JA, to: D, at: '2026-06-17 05:10:44', enc: 'sjisb64',
    subject: `RE: [CASE ${C.d2}] アカウント統合のご依頼について`,
    text: `木村様

ご指摘のとおり、Credly上のバッジは統合先にまだ反映されていないようです。
Credly側へ再発行の依頼をかけておりますので、新しいバッジの通知が届くまでお待ちいただけますか。

木下`,
  }),
  mk({
    slug: 'd-credly-reissue', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly notice that the AWS badge was issued to the kept address',
    from: CREDLY_AWS, to: D, at: '2026-06-18 12:00:31', enc: 'jisb64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `木村 大輔 様

おめでとうございます。Amazon Web Services Training and Certification より
「AWS Certified Developer - Associate」のバッジが ${DAI.keep} 宛に発行されました。

バッジを入手する: https://www.credly.com/badges/accept

Credly, Inc.`,
  }),
  mk({
    slug: 'd-72h-reminder', kind: 'case_closed', lang: 'ja', caseId: C.d2, trap: false,
    note: 'the case will close unless the customer replies within 72 hours',
    from: CERTOPS_JA, to: D, at: '2026-06-19 06:00:00', enc: 'jis7',
    subject: `RE: [CASE ${C.d2}] アカウント統合のご依頼について`,
    text: `木村様

その後いかがでしょうか。
72時間以内にご返信がない場合は、本件は解決したものとしてケースを終了させていただきます。

木下`,
  }),
  mk({
    slug: 'd-mobile-own-reply', kind: 'unrelated', lang: 'ja', caseId: C.d1, trap: true, trusted: false,
    note: "the user's own short mobile consent reply (copy to himself)",
    from: to(DAI.ja, DAI.src), to: FORM, cc: D, at: '2026-06-11 19:07:11', tz: '+0900', enc: 'utf8b64', deliveredTo: DAI.keep,
    subject: `Re: ${caseSubj(C.d1)}`,
    text: `承知しました、統合お願いします。同意します。

iPhoneから送信

2026/06/11 10:55、AWS Training and Certification <${FORM_ADDR}>のメール:
${q(dConsent)}`,
  }),
];
