// Set m, Japanese part B: merge_completed, badges_transferred, case_closed.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY, FOOT_JA_1, FOOT_JA_2, FOOT_JA_3, KENTA, MISAKI, NOTIFY_JA, PORTAL, SHO, SUP_JA, YUMI,
  d, formSubj, gmailJa, iphoneJa, mk, portal, sfOrig, sfOrigJa, sfRef, to,
} from './common.js';

const CREDLY_JA_SUBJ = 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ';

const credlyHtml = (name: string, badges: string[]): string => `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>バッジ発行のお知らせ</title></head>
<body style="margin:0;background:#f4f4f4">
<table align="center" width="600" style="background:#fff;font-family:Arial,'Hiragino Sans',sans-serif">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px">
<p>${name} さん</p>
<p>Amazon Web Services Training and Certification から、以下のバッジが発行されました。</p>
${badges.map((b) => `<p style="font-weight:bold">${b}</p>`).join('\n')}
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを入手する</a></p>
<p>バッジを受け取ると、プロフィールでの公開や SNS での共有ができます。</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:10px;color:#888">Credly, Inc. | 13 E 37th St, New York, NY 10016<br>このメールは Credly のアカウント宛てにお送りしています。配信設定は <a href="https://www.credly.com/earner/settings">こちら</a>。</td></tr>
</table></body></html>`;

export const JA_B: Msg[] = [
  // ───────────── merge_completed (8) ─────────────
  mk({
    slug: 'ja-merged-please-check-jis', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'support says the merge is done and asks the user to check everything looks right: still merge_completed',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-25 07:22:36', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。森田でございます。

ご同意のご連絡、誠にありがとうございました。
ご依頼いただいておりましたアカウントの統合作業が、本日完了いたしました。
${MISAKI.srcId} に記録されていた認定は、現在 ${MISAKI.keepId} にてご確認いただけます。

恐れ入りますが、存続アカウントへサインインのうえ、認定および特典の表示に
相違がないかお確かめいただけますと幸いです。

森田
${sfRef('0Kc81Re')}
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-merged-and-closing-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'completion notice that also says the case will now be closed: merge_completed (the new fact)',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-13 02:50:12', '+0000'), enc: 'sjisb64',
    text: `伊藤 健太 様

いつもお世話になっております。岡本でございます。

お待たせいたしました。旧所属先アドレスのアカウント(${KENTA.srcId})を
${KENTA.keepId} へ統合する処理が完了いたしました。
今後は ${KENTA.keep} でサインインいただき、すべての認定をご確認いただけます。

本件はこれをもちまして完了とし、ケースはクローズさせていただきます。
ほかにご不明な点がございましたら、本メールへご返信いただければ
ケースが再開されます。

このたびはご利用いただき、誠にありがとうございました。

岡本
${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-merged-iko-no-togo-word', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'completion phrased as "records moved to the kept ID", without the word 統合完了',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-09 05:05:05', '+0000'), enc: 'jisb64',
    text: `加藤 由美 様

平素は格別のご高配を賜り、誠にありがとうございます。西村でございます。

ご承諾のご返信をいただき、ありがとうございました。
大学在籍時のアカウント ${YUMI.srcId} の受験履歴および認定は、すべて
${YUMI.keepId} に移し終えております。旧アカウントは閉鎖済みでございます。

認定ポータルに反映されるまで、最大で数時間を要する場合がございます。
何卒よろしくお願い申し上げます。

西村
AWS トレーニングと認定 カスタマーサポート

${sfOrigJa(`加藤 由美 <${YUMI.keep}>`, '2026/02/06 22:40', formSubj(CASE.yumi), '西村様\n\n承諾いたします。よろしくお願いいたします。\n\n加藤')}`,
  }),
  mk({
    slug: 'ja-merged-portal-notice-html', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: "the certification portal's own 'accounts merged' notice, no case ID",
    from: PORTAL, to: to(SHO, SHO.keep), subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-02-13 00:42:19', '+0000'), enc: 'utf8qp',
    text: `松本 翔 様

お使いの AWS 認定アカウントに、別のアカウントの記録が統合されました。

統合先アカウント: ${SHO.keepId}
統合日時: 2026-02-13 00:41 UTC

お心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
    html: `<div style="font-family:sans-serif;font-size:14px">
<p>松本 翔 様</p>
<p>お使いの AWS 認定アカウントに、別のアカウントの記録が統合されました。</p>
<p>統合先アカウント: <b>${SHO.keepId}</b><br>統合日時: 2026-02-13 00:41 UTC</p>
<p>お心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。</p>
<p style="color:#879596">AWS Certification</p>
</div>`,
  }),
  mk({
    slug: 'ja-merged-utf8b64-gmail-quote', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'human completion reply with the user consent quoted Gmail-style below',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-13 01:15:48', '+0000'), enc: 'utf8b64',
    text: `松本 翔 様

お世話になっております。藤井でございます。
ご同意いただきました統合処理を実施し、正常に完了いたしました。
SAA および DVA は、${SHO.keepId} の認定一覧に表示されております。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

藤井

${gmailJa('2026年2月12日(木) 18:03', SHO.ja, SHO.keep, `藤井様\n\n内容を確認しました。統合に同意します。\n\n松本`)}`,
  }),
  mk({
    slug: 'ja-merged-lookalike-phish', kind: 'merge_completed', lang: 'ja', caseId: CASE.fake1, trap: false,
    note: 'claims the merge is complete from a look-alike domain (amazon.co.jp.account-center.net): untrusted',
    from: 'Amazon Web Services <support@amazon.co.jp.account-center.net>', to: to(KENTA, KENTA.src), subject: `[CASE ${CASE.fake1}] アカウント統合完了のお知らせ`,
    date: d('2026-01-12 21:31:00', '+0900'), enc: 'jis7', trusted: false,
    text: `伊藤 健太 様

アカウントの統合が完了しました。
統合後の認定証を受け取るには、下記より本人確認を行ってください。

https://amazon.co.jp.account-center.net/cert/verify

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-merged-resent-oldcorp-sjis', kind: 'merge_completed', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'completion notice redirected by the old company mailbox to its IT desk (Resent-*): not delivered to the user',
    from: SUP_JA, to: to(MISAKI, MISAKI.src), subject: formSubj(CASE.misakiDup),
    date: d('2026-01-25 07:30:02', '+0000'), enc: 'sjis8', forUser: false,
    resent: { from: 'postmaster@corp-alpha.example.co.jp', to: 'it-helpdesk@corp-alpha.example.co.jp', date: d('2026-01-25 16:30:40') },
    text: `渡辺 美咲 様

AWS トレーニングと認定でございます。
重複してご起票いただいたケースにつきましても、ご連絡申し上げます。
アカウントの統合は、ケース ${CASE.misaki} にて完了いたしました。
${MISAKI.keepId} にすべての認定が集約されております。

${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-merged-certmetrics-sender', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'portal merge notice from a CertMetrics-hosted sender outside the trusted domains: untrusted',
    from: 'AWS Certification <no-reply@aws.certmetrics.com>', to: to(YUMI, YUMI.keep), subject: 'アカウント統合完了のお知らせ / Account merge completed',
    date: d('2026-02-09 05:01:10', '+0000'), enc: 'utf8qp',
    trusted: false,
    text: `加藤 由美 様

ご依頼のアカウント統合が完了しました。統合後の候補ID: ${YUMI.keepId}

Your accounts have been merged. Candidate ID: ${YUMI.keepId}

AWS Certification Program`,
  }),

  // ───────────── badges_transferred (8) ─────────────
  mk({
    slug: 'ja-credly-hakko-multipart', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS badges issued via Credly to the kept account (Japanese Credly template)',
    from: CREDLY, to: to(MISAKI, MISAKI.keep), subject: CREDLY_JA_SUBJ,
    date: d('2026-01-26 03:14:22', '+0000'), enc: 'utf8b64',
    text: `渡辺 美咲 さん

Amazon Web Services Training and Certification から、以下のバッジが発行されました。

AWS Certified Solutions Architect - Associate
AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
    html: credlyHtml('渡辺 美咲', ['AWS Certified Solutions Architect - Associate', 'AWS Certified Cloud Practitioner']),
  }),
  mk({
    slug: 'ja-credly-html-only-three', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'HTML-only Credly mail with several AWS badges for the kept account',
    from: CREDLY, to: to(KENTA, KENTA.keep), subject: CREDLY_JA_SUBJ,
    date: d('2026-01-14 10:00:31', '+0000'), enc: 'utf8qp',
    html: credlyHtml('伊藤 健太', ['AWS Certified Developer - Associate', 'AWS Certified SysOps Administrator - Associate', 'AWS Certified Solutions Architect - Professional']),
  }),
  mk({
    slug: 'ja-badges-support-iko-jis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'support says the Credly badges now sit on the kept account',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-27 05:36:14', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

いつもお世話になっております。森田でございます。

ご指摘いただいておりました Credly のデジタルバッジにつきまして、
担当部署にて再連携を行い、存続アカウント(${MISAKI.keep})側への
移行が完了いたしました。Credly にサインインのうえ、バッジ一覧をご確認ください。

ご不便をおかけいたしましたこと、心よりお詫び申し上げます。

森田
${sfRef('0Kc81Rf')}

${gmailJa('2026年1月26日(月) 9:02', MISAKI.ja, MISAKI.keep, `森田様\n\n統合ありがとうございました。\n認定は表示されていますが、Credly のバッジが旧アドレスに残っているようです。\n\n渡辺`)}`,
  }),
  mk({
    slug: 'ja-badges-moved-and-close-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'support announces the badges moved and that the case closes: badges_transferred',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-15 08:08:08', '+0000'), enc: 'sjisb64',
    text: `伊藤 健太 様

平素より格別のお引き立てを賜り、誠にありがとうございます。岡本でございます。

再オープンいただいた件、Credly 上のバッジ3件を ${KENTA.keep} に紐づけ直しました。
Credly から受領のご案内メールが届いておりましたら、そちらからお受け取りください。

以上をもちまして本ケースはクローズとさせていただきます。
ご協力いただき、誠にありがとうございました。

岡本
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-badges-restated-merge-new-fact', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'restates the earlier merge, the new fact is the badges now on the kept Credly account',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-11 06:45:30', '+0000'), enc: 'jisb64',
    text: `加藤 由美 様

西村でございます。
先日ご報告のとおり、アカウントの統合は2月9日に完了しております。
その後お問い合わせいただいたデジタルバッジについて確認いたしましたところ、
本日付で、大学在籍時のバッジも ${YUMI.keep} の Credly アカウントへ移されております。

お手数ですが、Credly のプロフィールにてご確認くださいますようお願い申し上げます。

西村
${FOOT_JA_3}`,
  }),
  mk({
    slug: 'ja-credly-lookalike-domain', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly-style badge mail from credly-notify.com, a look-alike domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: to(SHO, SHO.keep), subject: CREDLY_JA_SUBJ,
    date: d('2026-02-14 12:02:00', '+0900'), enc: 'utf8qp', trusted: false,
    html: credlyHtml('松本 翔', ['AWS Certified Solutions Architect - Associate']).replace(/https:\/\/www\.credly\.com/g, 'https://credly-notify.com'),
  }),
  mk({
    slug: 'ja-credly-google-ar-only', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly badge mail whose only A-R comes from another server (mx.google.com): untrusted',
    from: CREDLY, to: to(SHO, SHO.keep), subject: CREDLY_JA_SUBJ,
    date: d('2026-02-13 09:12:44', '+0000'), enc: 'utf8b64', auth: 'otherOnly', trusted: false,
    text: `松本 翔 さん

Amazon Web Services Training and Certification から、以下のバッジが発行されました。

AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/accept
Credly, Inc.`,
  }),
  mk({
    slug: 'ja-badges-reissued-mixed-qp', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'support reissued the AWS badges to the kept account; mixed Japanese/English',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-16 02:20:20', '+0000'), enc: 'utf8qp',
    text: `松本 翔 様

藤井でございます。
Credly badges for SAA / DVA have been reissued to ${SHO.keep}.
(SAA および DVA のバッジを、存続アカウントのアドレス宛てに再発行いたしました。)

Credly から届く「バッジ発行のお知らせ」より受け取りをお願いいたします。

藤井
${sfRef('0Lq7Wx4')}`,
  }),

  // ───────────── case_closed (8) ─────────────
  mk({
    slug: 'ja-closed-auto-3days-jis', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'reminder that the case will close automatically in 3 days without a reply',
    from: SUP_JA, to: to(MISAKI, MISAKI.src), subject: formSubj(CASE.misakiDup),
    date: d('2026-01-23 01:01:01', '+0000'), enc: 'jis7',
    text: `渡辺 美咲 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。

先日お送りいたしましたご案内について、ご返信を確認できておりません。
このまま3日間ご返信がない場合、本ケースは自動的にクローズされます。
引き続きサポートが必要な場合は、本メールへご返信くださいますようお願い申し上げます。

${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-closed-notify-resolved-sjis', kind: 'case_closed', lang: 'ja', caseId: CASE.sho2, trap: false,
    note: 'AWS Support notification that the case was resolved',
    from: NOTIFY_JA, to: to(SHO, SHO.src), subject: `AWS サポート: ケース ${CASE.sho2} は解決済みです`,
    date: d('2026-03-02 04:40:00', '+0000'), enc: 'sjis8', crlf: false,
    text: `いつもアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。

サポートケース ${CASE.sho2} のステータスが「解決済み」に変更されました。
ケースの履歴は、サポートセンターにていつでもご覧いただけます。
${portal(CASE.sho2)}

さらにサポートが必要な場合は、ケースを再オープンしてください。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-closed-restates-last-week-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'closing notice that only restates the merge done last week: case_closed',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-18 03:30:30', '+0000'), enc: 'jisb64',
    text: `加藤 由美 様

西村でございます。
先週ご報告申し上げましたとおり、アカウントの統合およびバッジの移行は
すでに完了しております。その後ご連絡がございませんでしたので、
本ケースは本日をもってクローズとさせていただきます。

改めてのご相談がございましたら、いつでも本メールへご返信ください。

西村
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-closed-html-ticket-no-reply', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, trap: false,
    note: 'HTML-only ticket mail: the case is closed because the customer did not reply',
    from: SUP_JA, to: to(MISAKI, MISAKI.src), subject: formSubj(CASE.misakiDup),
    date: d('2026-01-27 01:00:00', '+0000'), enc: 'utf8qp',
    html: `<html><body style="font-family:sans-serif">
<p>渡辺 美咲 様</p>
<p>平素より格別のご愛顧を賜り、誠にありがとうございます。</p>
<p>ケース番号 ${CASE.misakiDup} につきまして、一定期間ご返信を頂戴できませんでしたため、本件はクローズとさせていただきました。</p>
<p>引き続きお手伝いが必要な場合は、<a href="${portal(CASE.misakiDup)}">サポートセンター</a>からケースを再開いただくか、本メールへご返信ください。</p>
<hr><p style="font-size:10px;color:#777">AWS トレーニングと認定 カスタマーサポート<br>本メールは重要なお知らせのため、配信停止の設定にかかわらずお送りしております。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-closed-after-user-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'user said all was fine; support acknowledges and closes',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-17 00:30:10', '+0000'), enc: 'utf8b64',
    text: `松本 翔 様

ご返信ありがとうございます。藤井でございます。
すべて問題なくご確認いただけたとのこと、承知いたしました。
それでは本ケースはクローズとさせていただきます。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

藤井

${iphoneJa('2026/02/17 8:55', `${SHO.ja} <${SHO.keep}>`, '藤井様\nバッジも確認できました。ありがとうございました。\n\niPhoneから送信')}`,
  }),
  mk({
    slug: 'ja-closed-dmarc-fail', kind: 'case_closed', lang: 'ja', caseId: CASE.kenta, trap: false,
    note: 'closing notice but dmarc=fail on the receiving server: untrusted',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-16 11:11:11', '+0900'), enc: 'jis7', auth: 'fail', trusted: false,
    text: `伊藤 健太 様

本ケースはクローズされました。
再開をご希望の場合は、下記より認証情報を入力してください。
https://support-aws.example-reopen.com/case/${CASE.kenta}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-7days-reopen-sjisb64', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'closed after 7 days without reply, with reopen instructions',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-02-03 02:02:02', '+0000'), enc: 'sjisb64',
    text: `渡辺 美咲 様

いつもお世話になっております。

1月27日のご連絡以降、7日間ご返信がございませんでしたため、
ケース ${CASE.misaki} をクローズいたしました。
ケースの再開は、クローズから14日以内であれば本メールへのご返信で可能でございます。

何卒よろしくお願い申し上げます。

${FOOT_JA_3}`,
  }),
  mk({
    slug: 'ja-closed-restates-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.kenta, trap: true,
    note: 'closing mail that restates badges already moved earlier; nothing new happened',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-22 03:03:03', '+0000'), enc: 'jis7',
    text: `伊藤 健太 様

岡本でございます。
1月15日にお知らせいたしましたとおり、認定の統合ならびにバッジの紐づけは
完了済みでございます。その後のご質問もいただいておりませんので、
再オープンされていた本ケースを改めてクローズいたします。

このたびはご利用いただき、誠にありがとうございました。
岡本

${sfOrig(`伊藤 健太 <${KENTA.keep}>`, '2026/01/15 20:11', 'AWS Training and Certification', formSubj(CASE.kenta), '岡本様\n\nバッジが届きました。ありがとうございます。')}`,
  }),
];
