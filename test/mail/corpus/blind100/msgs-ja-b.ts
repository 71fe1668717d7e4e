// cu set, Japanese part B: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  ACCLAIM_AWS, AWS_NOTIFY, CASE, CASE2, CREDLY_AWS, DAISUKE, KENJI, MEI, PORTAL, PORTAL_NOTIFY, SHO, SUPPORT, SUPPORT_BARE,
  SUPPORT_NOTIFY, YUI, formSubject, formSubjectJa, gmailJa, htmlDoc, jst, mk, outlookJa, paras, sfOriginal, who,
} from './common.js';

// ------------------------------------------------------------------ merge_completed (9)
const DONE: Msg[] = [
  mk({
    slug: 'ja-done-kenji-ipponka',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: 'new vocabulary: both records now consolidated (一本化) into the Builder ID account',
    from: SUPPORT, to: KENJI.keep,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-06 17:40:55'), enc: 'jis7',
    text: `森 健二 様

統合へのご同意、ありがとうございました。
本日、${KENJI.srcId} の記録を ${KENJI.keepId} へ移し、AWS Builder ID（${KENJI.keep}）に一本化いたしました。
今後は Builder ID でサインインいただくと、以前の認定もあわせてご覧いただけます。

長谷川

${sfOriginal(KENJI.keep, '3/5/2026 3:02 PM', SUPPORT_BARE, formSubject(CASE.kenji), '統合に同意します。よろしくお願いいたします。\n森')}`,
  }),
  mk({
    slug: 'ja-done-yui-pleasecheck',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yui,
    note: 'merge done; "please check all certifications show" does not change the kind',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-25 14:26:37'), enc: 'utf8qp',
    text: `田中様

統合の作業が完了しました。

お手数ですが、Builder ID で AWS Training & Certification ポータルにサインインし、2 つのアカウントで取得された認定がすべて表示されているかご確認ください。表示に問題がある場合は、このメールにご返信ください。

Fernando
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-portal-notice-sho',
    kind: 'merge_completed', lang: 'ja',
    note: 'the certification portal\'s own merge notice from aws.training, no case ID',
    from: PORTAL_NOTIFY, to: SHO.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: jst('2026-03-12 18:03:20'), enc: 'utf8b64',
    text: `小林 翔 様

AWS 認定アカウント ${SHO.srcId} は、${SHO.keepId} に統合されました。
統合元のアカウントで取得した認定と特典は、現在のアカウントのダッシュボードに表示されます。

ポータルを開く: https://www.aws.training/Certification

AWS Training & Certification`,
    html: htmlDoc(`<p>小林 翔 様</p>
<p>AWS 認定アカウント <b>${SHO.srcId}</b> は、<b>${SHO.keepId}</b> に統合されました。<br>
統合元のアカウントで取得した認定と特典は、現在のアカウントのダッシュボードに表示されます。</p>
<p><a href="https://www.aws.training/Certification" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">ポータルを開く</a></p>
<p style="font-size:11px;color:#687078">AWS Training &amp; Certification</p>`),
  }),
  mk({
    slug: 'ja-done-mei-andclose',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.mei,
    note: 'merge completed and the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-22 16:55:12'), enc: 'jisb64',
    text: `渡辺 様

4 月 20 日にいただいた同意のご返信をもとに、本日、候補者 ID ${MEI.srcId} の記録を ${MEI.keepId} へ統合し終えました。2021 年にお問い合わせいただいた件も、これで解決となります。

本件はこのままクローズさせていただきます。ほかにご不明な点があれば、このメールにご返信ください。

石田`,
  }),
  mk({
    slug: 'ja-done-daisuke-utsushimashita',
    kind: 'merge_completed', lang: 'ja', caseId: CASE2.daisuke,
    note: 'old account\'s records moved to the Builder ID account; both certifications visible after sign-in',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-18 12:12:48'), enc: 'utf8b64',
    text: `石井 様

旧アカウントの記録は、Builder ID に紐づくアカウント（${DAISUKE.keepId}）へ移しました。
今後は Builder ID でサインインするだけで、APN 経由で取得された認定もあわせてご覧いただけます。旧アカウントへのサインインはできなくなっております。

松本

${gmailJa('2026-05-15 21:07', '石井 大輔', DAISUKE.keep)}
> 進めてください。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-done-certmetrics-sender',
    kind: 'merge_completed', lang: 'ja', trusted: false,
    note: 'portal-style merge notice from the old CertMetrics domain (not a trusted sender)',
    from: 'AWS Certification (CertMetrics) <noreply@certmetrics.com>', to: KENJI.keep,
    subject: 'アカウント統合完了のお知らせ',
    date: jst('2026-03-07 04:20:11'), enc: 'utf8qp',
    text: `AWS 認定をご利用の皆様へ

ご依頼のアカウント統合が完了しました。
統合後のアカウントは ${KENJI.keepId} です。認定証の再発行を希望される場合は、以下からお手続きください。

https://www.certmetrics.com/amazon/candidate/reissue

CertMetrics Candidate Services`,
  }),
  mk({
    slug: 'ja-done-misaligned-dkim',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yui, trusted: false, auth: 'misaligned',
    note: 'merge notice claiming the support address, DKIM by a bulk sender, DMARC fail',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-26 03:12:44'), enc: 'jisb64',
    text: `田中様

お客様の認定アカウントは統合されました。
統合に伴い、未使用の 50% 割引バウチャーの再発行が必要です。下記のページからカード情報をご登録ください。

https://voucher-reissue.example-pay.net/aws

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-sho-mixed-outlook',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'mixed-language completion restating the consent; Outlook (ja) quote of the consent',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-12 17:58:03'), enc: 'jis7',
    text: `小林様

Thank you for your patience.
ご同意いただいた内容のとおり、3 月 12 日付で 2 つの認定アカウントの統合を行いました。統合元（${SHO.srcId}）の認定 2 件と 50% 割引の特典は、現在 ${SHO.keepId} でご確認いただけます。

Best regards,
佐々木

${outlookJa(`小林 翔 <${SHO.keep}>`, '2026年3月11日 19:02', SUPPORT_BARE, formSubject(CASE.sho))}

同意します。
小林`,
  }),
  mk({
    slug: 'ja-done-daisuke-both-records',
    kind: 'merge_completed', lang: 'ja', caseId: CASE2.daisuke,
    note: 'short follow-up: the Builder ID now holds both records (new vocabulary)',
    from: SUPPORT, to: DAISUKE.keep, cc: DAISUKE.src,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-18 12:30:05'), enc: 'utf8qp',
    text: `石井様

先ほどのメールを旧アドレスにも控えとしてお送りします。
${DAISUKE.keep} の Builder ID が、両方の認定記録を持つ状態になりました（統合済み）。

松本`,
  }),
];

// ------------------------------------------------------------------ badges_transferred (8)
const BADGES: Msg[] = [
  mk({
    slug: 'ja-badge-credly-kenji',
    kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: KENJI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-03-08 06:31:17'), enc: 'utf8qp',
    text: `森 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c0a9e

Credly は、あなたの実績を証明し共有するためのプラットフォームです。`,
    html: htmlDoc(`<div style="text-align:center">
<p>森 健二 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c0a9e" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly は、あなたの実績を証明し共有するためのプラットフォームです。</p>
</div>`),
  }),
  mk({
    slug: 'ja-badge-yui-moved-close',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.yui,
    note: 'support: Credly badges moved to the kept account, case closing',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-03-02 11:18:40'), enc: 'jis7',
    text: `田中様

お待たせしました。Credly のバッジ 3 点を、統合先のアカウント（${YUI.keep}）へ移行しました。Credly にサインインすると、プロフィールに表示されていることをご確認いただけます。

以上で本ケースはクローズいたします。ご利用ありがとうございました。

Fernando

${gmailJa('2026-02-27 08:44', '田中 結衣', YUI.keep)}
> 統合ありがとうございます。認定は見えるようになりましたが、Credly のバッジが旧アドレスのままです。`,
  }),
  mk({
    slug: 'ja-badge-mei-acclaim-era',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.mei,
    note: 'support: badges including the Acclaim-era ones are now on the kept Credly profile',
    from: SUPPORT, to: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-28 13:02:09'), enc: 'utf8b64',
    text: `渡辺 様

ご連絡いただいたアドレスで Credly に照会しました。
旧 Acclaim 時代に発行されたバッジも含め、AWS のバッジはすべて Credly 上で ${MEI.keep} のプロフィールに付け替えられています。

表示されない場合は、Credly で一度サインアウトしてからお試しください。

石田`,
  }),
  mk({
    slug: 'ja-badge-credly-sho-htmlonly',
    kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly mail: AWS badge waiting on the kept account',
    from: CREDLY_AWS, to: SHO.keep,
    subject: 'AWS Certified Cloud Practitioner のバッジを受け取りましょう',
    date: jst('2026-03-13 07:45:51'), enc: 'utf8b64',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<img src="https://images.credly.com/size/110x110/images/aws-ccp.png" alt="" width="110">
<h1 style="font-size:20px">小林 翔 さん、新しいバッジがあります</h1>
<p>Amazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」をあなたの Credly アカウントに発行しました。</p>
<p><a href="https://www.credly.com/badges/accept/e2b77c41" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを入手する</a></p>
</td></tr></table>`),
  }),
  mk({
    slug: 'ja-badge-forged-crediy',
    kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge notice from credIy.com (capital I look-alike of credly.com)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: DAISUKE.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-05-19 02:02:40'), enc: 'utf8qp',
    text: `石井 大輔 さん

アカウントの統合に伴い、バッジが新しいアカウントに移動しました。
下のボタンから Credly のパスワードを再設定して、バッジを入手してください。

バッジを入手する: https://credly-badge-claim.example.net/aws`,
  }),
  mk({
    slug: 'ja-badge-forged-acclaim',
    kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge-moved notice under the old Acclaim brand (youracclaim.com is not a trusted domain)',
    from: ACCLAIM_AWS, to: KENJI.keep,
    subject: 'Acclaim: バッジが新しいアカウントに移りました',
    date: jst('2026-03-09 05:15:33'), enc: 'utf8b64',
    text: `森 健二 様

Amazon Web Services Training and Certification のバッジ 2 点が、${KENJI.keep} のアカウントに移されました。

Acclaim でバッジを受け取る: https://www.youracclaim.com/badges/claim?token=7ac1

Acclaim by Credly`,
  }),
  mk({
    slug: 'ja-badge-daisuke-reissued',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE2.daisuke,
    note: 'support: badges re-issued on Credly to the kept address',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-21 10:40:12'), enc: 'jisb64',
    text: `石井様

バッジの件で Credly の担当チームに依頼していた再発行が済みました。
${DAISUKE.keep} 宛に、Credly からバッジ受け取りのご案内が届いているはずです。APN 経由で取得された認定のバッジも、同じアカウントに並んでいます。

松本`,
  }),
  mk({
    slug: 'ja-badge-sho-gmailquote',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support moved the two badges on Credly after the customer said they had not moved',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-14 15:33:27'), enc: 'utf8qp',
    text: `小林様

ご指摘のバッジ 2 点について、Credly 上で統合先アカウント（${SHO.keep}）への移行を済ませました。反映まで最大で 24 時間ほどかかる場合があります。

佐々木

${gmailJa('2026-03-13 20:10', '小林 翔', SHO.keep)}
> 認定の統合ありがとうございました。
> ただ、Credly を見ると Developer のバッジが古いアドレス側に残っているようです。`,
  }),
];

// ------------------------------------------------------------------ case_closed (8)
const CLOSED: Msg[] = [
  mk({
    slug: 'ja-closed-kenji-notice',
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic notice that the case was closed, with reopen instructions',
    from: AWS_NOTIFY, to: KENJI.keep,
    subject: `ケース ${CASE.kenji} がクローズされました`,
    date: jst('2026-03-10 09:00:02'), enc: 'jis7',
    text: `森 健二 様

お問い合わせいただいたケース ${CASE.kenji} はクローズされました。

同じ件でまだお困りの場合は、クローズから 14 日以内であれば、このメールに返信してケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-yui-autoclose7',
    kind: 'case_closed', lang: 'ja', caseId: CASE.yuiDup,
    note: 'the duplicate case will close automatically in 7 days without a reply',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yuiDup),
    date: jst('2026-02-18 10:30:49'), enc: 'utf8qp',
    text: `田中様

こちらのケース（${CASE.yuiDup}）については、ご返信がない場合、7 日後に自動的にクローズされます。
統合のお手続きは別のケース（${CASE.yui}）で引き続き承っております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-sho-restate',
    kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-19 10:04:56'), enc: 'jis7',
    text: `小林様

先週お知らせしたとおり、アカウントの統合とバッジの移行はいずれも完了しております。
その後ご質問がございませんので、本ケースはこれにてクローズいたします。

佐々木`,
  }),
  mk({
    slug: 'ja-closed-mei-resolved-restate',
    kind: 'case_closed', lang: 'ja', caseId: CASE.mei, trap: true,
    note: 'resolved notice restating that the Builder ID consolidation was done earlier',
    from: AWS_NOTIFY, to: MEI.keep,
    subject: `[解決済み] ケース ${CASE.mei}`,
    date: jst('2026-05-01 09:00:31'), enc: 'utf8b64',
    text: `渡辺 芽衣 様

ケース ${CASE.mei} のステータスを「解決済み」に変更しました。
（Builder ID への一本化は 4 月 22 日に完了済み、Credly バッジの付け替えは 4 月 28 日にご案内済みです）

このケースについてのご意見は、下記のアンケートからお寄せください。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-daisuke-html',
    kind: 'case_closed', lang: 'ja', caseId: CASE2.daisukeDup,
    note: 'HTML-only status mail: the case is resolved',
    from: AWS_NOTIFY, to: DAISUKE.keep,
    subject: `ケースのステータス更新: ${CASE2.daisukeDup}`,
    date: jst('2026-05-14 09:00:12'), enc: 'utf8b64',
    html: htmlDoc(`<h3>ケースのステータスが更新されました</h3>
<table><tr><td>ケース ID</td><td>${CASE2.daisukeDup}</td></tr>
<tr><td>ステータス</td><td><b>解決済み</b></td></tr></table>
<p>このケースはクローズされました。再開が必要な場合は、このメールにご返信ください。</p>`),
  }),
  mk({
    slug: 'ja-closed-forged-below',
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'forgedBelow',
    note: 'closing notice whose only dmarc=pass sits below the receiving server\'s Received line',
    from: AWS_NOTIFY, to: KENJI.keep,
    subject: `ケース ${CASE.kenji} はクローズ予定です`,
    date: jst('2026-03-08 01:39:25'), enc: 'jisb64',
    text: `森 健二 様

ケース ${CASE.kenji} は 24 時間後にクローズされます。
継続をご希望の場合は、下記から Builder ID でサインインし「継続」を選択してください。

https://support-aws-case.example.org/continue

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-yui-signin-ok',
    kind: 'case_closed', lang: 'ja', caseId: CASE.yui,
    note: 'bottom-posted: agent closes the case after the customer reported she can sign in again',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-03-04 17:12:30'), enc: 'jisb64',
    text: `${gmailJa('2026-03-04 12:01', '田中 結衣', YUI.keep)}
> パスワードを再設定したらサインインできました。ありがとうございました。

田中様

Builder ID でサインインできるようになったとのこと、安心いたしました。
それでは本ケースはクローズとさせていただきます。

Fernando`,
  }),
  mk({
    slug: 'ja-closed-sho2-3days',
    kind: 'case_closed', lang: 'ja', caseId: CASE.sho2,
    note: 'reminder: the second case closes automatically if no reply within 3 days',
    from: SUPPORT_NOTIFY, to: SHO.keep,
    subject: `ケース ${CASE.sho2}: ご返信をお待ちしています`,
    date: jst('2026-03-14 09:00:00'), enc: 'utf8b64',
    text: `小林 翔 様

ケース ${CASE.sho2} について、担当者からのご連絡に対するご返信をお待ちしています。
3 日以内にご返信がない場合、このケースは自動的にクローズされます。

AWS サポート`,
  }),
];

// ------------------------------------------------------------------ support_reply (10)
const REPLY: Msg[] = [
  mk({
    slug: 'ja-reply-kenji-signin-not-merge',
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'agent explains the sign-in migration finished; the merge itself has not been done',
    from: SUPPORT, to: KENJI.keep,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-03 18:51:14'), enc: 'jis7',
    text: `森 健二 様

補足のご連絡です。
Login with Amazon から AWS Builder ID へのサインイン方法の移行は、正常に完了しております。
ただし、こちらは 2 つの認定アカウントの統合とは別の手続きで、統合そのものはまだ行われておりません。先にお送りした情報のご依頼へのご返信をお待ちしております。

長谷川`,
  }),
  mk({
    slug: 'ja-reply-yui-thanks-consent',
    kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'thanks for consenting, handed to the team; completion only promised',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-24 15:40:26'), enc: 'utf8qp',
    text: `田中様

ご同意のご返信ありがとうございます。統合を担当するチームへ引き継ぎました。
作業が終わりましたら改めてご連絡いたしますので、今しばらくお待ちください。

Fernando

${gmailJa('2026-02-24 12:13', '田中 結衣', YUI.keep)}
> 同意します。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-reply-sho-conditional',
    kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'conditional 「統合が完了しましたら」: status update, not completion',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-11 11:02:18'), enc: 'jisb64',
    text: `小林様

お問い合わせの件、現在担当部署にて作業の順番をお待ちいただいております。
統合が完了しましたら、Credly のバッジについてもあわせてご案内いたします。

佐々木`,
  }),
  mk({
    slug: 'ja-reply-mei-escalated',
    kind: 'support_reply', lang: 'ja', caseId: CASE.mei,
    note: 'escalation to a specialist team for the old-portal records',
    from: SUPPORT, to: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-11 12:20:47'), enc: 'utf8b64',
    text: `渡辺 様

旧ポータル時代（2021 年以前）の記録との照合が必要なため、本件を専門チームにエスカレーションしました。
回答まで 3 営業日ほどお時間を頂戴できればと存じます。

石田`,
  }),
  mk({
    slug: 'ja-reply-daisuke-dupcases',
    kind: 'support_reply', lang: 'ja', caseId: CASE2.daisuke, trap: true,
    note: 'duplicate cases were merged, not the accounts',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-12 09:15:33'), enc: 'jis7',
    text: `石井様

同じ内容のお問い合わせが 2 件（${CASE2.daisuke} と ${CASE2.daisukeDup}）作成されていたため、ケースを 1 つにまとめました。
以後はこちらのケース番号（${CASE2.daisuke}）でやり取りさせてください。

松本`,
  }),
  mk({
    slug: 'ja-reply-sho2-nothing-to-merge',
    kind: 'support_reply', lang: 'ja', caseId: CASE.sho2, trap: true,
    note: 'negated: both addresses belong to one candidate ID, there is nothing to merge',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho2),
    date: jst('2026-03-11 14:26:09'), enc: 'utf8qp',
    text: `小林様

2 件目のお問い合わせについてお調べしました。
ご記載の ${SHO.keep} と sho.k.aws@example.com は、どちらも同じ候補者 ID（${SHO.keepId}）に登録されたアドレスで、別のアカウントではございません。そのため、こちらについては統合の対象となるアカウントがなく、統合はできません。

佐々木`,
  }),
  mk({
    slug: 'ja-reply-mei-writefromkeep',
    kind: 'support_reply', lang: 'ja', caseId: CASE.mei,
    note: 'asks to write from the kept address only, no data requested',
    from: SUPPORT, to: MEI.src, cc: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-10 10:02:44'), enc: 'utf8b64',
    text: `渡辺 様

お手数ですが、今後のご連絡は、残すほうのメールアドレス（Builder ID のアドレス）からお送りいただけますでしょうか。会社のアドレスからいただいたメールは、ご本人確認の都合上、記録にのみ残しております。

石田`,
  }),
  mk({
    slug: 'ja-reply-daisuke-skillbuilder',
    kind: 'support_reply', lang: 'ja', caseId: CASE2.daisuke, trap: true,
    note: 'explains Skill Builder subscription is not part of the account merge',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-16 14:48:19'), enc: 'jisb64',
    text: `石井様

ご質問いただいた AWS Skill Builder のサブスクリプションと学習履歴は、認定アカウントの統合の対象外です。
Skill Builder は AWS Builder ID に直接紐づいているため、統合の有無にかかわらず、これまでどおりお使いいただけます。

松本`,
  }),
  mk({
    slug: 'ja-reply-lookalike-authserv',
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'lookalikeServer',
    note: 'status reply whose top Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT, to: KENJI.keep,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-05 02:30:16'), enc: 'utf8qp',
    text: `森様

お問い合わせの件は、現在確認を進めております。
進捗がございましたら、改めてご連絡いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-yui-badges-not-yet',
    kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'negated badges: not yet reflected, Credly asked to check',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-27 17:09:53'), enc: 'utf8qp',
    text: `田中様

ご連絡ありがとうございます。
お調べしたところ、Credly のバッジはまだ統合先のアカウントに反映されていないようです。現在 Credly 側に確認を依頼しております。回答があり次第お知らせします。

Fernando`,
  }),
];

// ------------------------------------------------------------------ unrelated (12)
const OTHER: Msg[] = [
  mk({
    slug: 'ja-unrel-profile-linked',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'portal notice that the profile was linked to a Builder ID (sign-in change, not the merge)',
    from: PORTAL, to: KENJI.keep,
    subject: 'プロフィールが AWS Builder ID にリンクされました',
    date: jst('2026-02-27 22:13:45'), enc: 'utf8b64',
    text: `森 健二 様

AWS Training and Certification のプロフィールと、AWS Builder ID（${KENJI.keep}）とのリンクが完了しました。
今後は Login with Amazon ではなく、Builder ID でサインインしてください。試験の予約や認定の記録はそのまま引き継がれています。

このリンクにお心当たりがない場合は、すぐにパスワードを変更してください。

AWS Training & Certification`,
    html: htmlDoc(paras(`森 健二 様

AWS Training and Certification のプロフィールと、AWS Builder ID（${KENJI.keep}）とのリンクが完了しました。
今後は Login with Amazon ではなく、Builder ID でサインインしてください。試験の予約や認定の記録はそのまま引き継がれています。

このリンクにお心当たりがない場合は、すぐにパスワードを変更してください。

AWS Training & Certification`)),
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <no-reply@credly.com>', to: YUI.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: jst('2026-03-02 20:41:03'), enc: 'utf8qp',
    text: `田中 結衣 さん

Credly で 2 つのアカウントを統合するリクエストを受け付けました。
統合を完了するには、次の確認コードを画面に入力してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly サポート`,
  }),
  mk({
    slug: 'ja-unrel-acclaim-rename-2021',
    kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: '2021 announcement that Acclaim becomes Credly and badges move to credly.com (youracclaim.com sender)',
    from: 'Acclaim <no-reply@youracclaim.com>', to: MEI.src,
    subject: 'Acclaim は Credly になります',
    date: jst('2021-09-01 08:00:00'), enc: 'utf8qp',
    text: `Acclaim をご利用の皆様へ

Acclaim は 2021 年 9 月より「Credly」に名称を変更します。
お持ちのバッジはすべて自動的に credly.com に移行され、お客様による操作は必要ありません。youracclaim.com のリンクは引き続き credly.com に転送されます。

これからも Credly をよろしくお願いいたします。
The Credly Team`,
  }),
  mk({
    slug: 'ja-unrel-survey-sho',
    kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'survey about the case ("was it resolved?")',
    from: 'AWS サポート <aws-support-survey@amazon.com>', to: SHO.keep,
    subject: `ケース ${CASE.sho} に関するアンケート`,
    date: jst('2026-03-20 10:15:22'), enc: 'utf8b64',
    text: `小林 翔 様

先日クローズしたケース ${CASE.sho} について、お客様のご意見をお聞かせください。

問題は解決しましたか？ はい / いいえ
担当者の対応に満足しましたか？（1 から 5）

所要時間は 1 分ほどです。
Amazon Web Services`,
    html: htmlDoc(`<p>小林 翔 様</p>
<p>先日クローズしたケース ${CASE.sho} について、お客様のご意見をお聞かせください。</p>
<p><b>問題は解決しましたか？</b> <a href="https://survey.aws.amazon.com/r/1">はい</a> / <a href="https://survey.aws.amazon.com/r/0">いいえ</a></p>
<p>担当者の対応に満足しましたか？（1 から 5）</p>
<p style="font-size:11px">所要時間は 1 分ほどです。Amazon Web Services</p>`),
  }),
  mk({
    slug: 'ja-unrel-exam-result',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result: certification added to the account, badge coming; not part of the merge case',
    from: PORTAL, to: DAISUKE.keep,
    subject: 'AWS Certified Developer - Associate 試験結果のお知らせ',
    date: jst('2026-05-27 19:30:08'), enc: 'jis7',
    text: `石井 大輔 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
認定はお客様のアカウント（${DAISUKE.keepId}）に追加されました。Credly のデジタルバッジは 5 営業日以内に発行されます。

スコアレポートは、Builder ID で認定ポータルにサインインしてご確認ください。

AWS Training & Certification`,
  }),
  mk({
    slug: 'ja-unrel-kenji-own-consent',
    kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trap: true, trusted: false,
    note: 'the user\'s own consent reply (copy to himself): no news from support',
    from: who(KENJI, KENJI.keep), to: SUPPORT_BARE, cc: KENJI.keep,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-06 00:02:19'), enc: 'jis7',
    text: `長谷川様

ご連絡ありがとうございます。
上記の内容で統合に同意します。よろしくお願いいたします。

森 健二

-----Original Message-----
From: AWS Training and Certification <${SUPPORT_BARE}>
Sent: Thursday, March 5, 2026 9:14 AM
Subject: ${formSubject(CASE.kenji)}

> 両アカウントの記録を Builder ID のアカウント（${KENJI.keepId}）にまとめる処理は、取り消しが出来ませんので、
> ご了承の上、同意の旨をご返信くだいさ。`,
  }),
  mk({
    slug: 'ja-unrel-yui-forward-colleague',
    kind: 'unrelated', lang: 'ja', caseId: CASE.yui, trap: true, trusted: false, forUser: false, deliveredTo: null,
    note: 'the user forwards the completion to a colleague (not addressed to her)',
    from: who(YUI, YUI.keep), to: '鈴木 <suzuki@partner.example.co.jp>',
    subject: `Fwd: ${formSubjectJa(CASE.yui)}`,
    date: jst('2026-02-25 18:02:51'), enc: 'sjisb64',
    text: `鈴木さん

お疲れさまです。認定アカウントの統合が終わったと連絡が来ました。
パートナーセントラルの社員一覧から、私の旧アドレスを外しておいていただけますか。

田中

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年2月25日(水) 14:26
Subject: ${formSubjectJa(CASE.yui)}
To: <${YUI.keep}>

田中様

統合の作業が完了しました。`,
  }),
  mk({
    slug: 'ja-unrel-refund-receipt',
    kind: 'unrelated', lang: 'ja', caseId: CASE.kenji2, trap: true,
    note: 'receipt of the user\'s other case (exam voucher refund), topic stated',
    from: AWS_NOTIFY, to: KENJI.keep,
    subject: `ケース ${CASE.kenji2} を受け付けました（試験バウチャーの返金）`,
    date: jst('2026-03-09 12:40:37'), enc: 'jisb64',
    text: `森 健二 様

以下のお問い合わせを受け付けました。

ケース ID: ${CASE.kenji2}
種別: 試験の予約・お支払い
件名: 二重に購入した試験バウチャーの返金について

担当者から 2 営業日以内にご連絡します。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-unrel-oldfirm-autoreply',
    kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trusted: false,
    note: 'auto-reply from the user\'s former company: the old address is no longer in use',
    from: 'oldfirm 自動応答 <no-reply@oldfirm.example.co.jp>', to: SHO.keep,
    subject: `自動応答: ${formSubject(CASE.sho)}`,
    date: jst('2026-03-11 19:02:44'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

宛先の skoba@oldfirm.example.co.jp は、担当者の退職に伴い現在使用されておりません。
ご用件のある方は、代表アドレス info@oldfirm.example.co.jp までご連絡ください。

株式会社オールドファーム 情報システム部`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-plan',
    kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'Skill Builder subscription change "completed" from skillbuilder.aws (not a trusted domain)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: MEI.keep,
    subject: 'サブスクリプションの変更が完了しました',
    date: jst('2026-04-30 11:11:11'), enc: 'utf8b64',
    html: htmlDoc(`<p>渡辺 芽衣 様</p>
<p>AWS Skill Builder のサブスクリプションを「Individual（年額）」に変更するお手続きが完了しました。これまでの学習履歴はすべて新しいプランに移行されています。</p>
<p>次回の請求日: 2027年4月30日</p>
<p>AWS Skill Builder チーム</p>`),
  }),
  mk({
    slug: 'ja-unrel-lpi-badge',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from another issuer (LPI-Japan)',
    from: 'LPI-Japan via Credly <admin@credly.com>', to: DAISUKE.keep,
    subject: 'LPI-Japanのバッジ発行のお知らせ',
    date: jst('2026-05-20 08:12:09'), enc: 'utf8qp',
    text: `石井 大輔 さん

LPI-Japan から「LinuC レベル1」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/91aa20b3`,
    html: htmlDoc(`<p>石井 大輔 さん</p>
<p>LPI-Japan から「LinuC レベル1」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/91aa20b3">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'ja-unrel-pearson-booking',
    kind: 'unrelated', lang: 'ja', trap: true, trusted: false,
    note: 'test vendor booking confirmation: "confirmed" words, not the merge',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: YUI.keep,
    subject: '試験予約の確認: AWS Certified Solutions Architect - Professional',
    date: jst('2026-03-05 13:03:10'), enc: 'sjisb64',
    text: `田中 結衣 様

以下の内容でご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年4月11日 10:00
会場: オンライン監督試験（OnVUE）

予約の変更・取り消しは 24 時間前まで可能です。
Pearson VUE`,
  }),
];

export const JA_B: Msg[] = [...DONE, ...BADGES, ...CLOSED, ...REPLY, ...OTHER];
