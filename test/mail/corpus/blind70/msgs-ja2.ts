// Japanese messages, part 2: completions, badges, closing, other replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  AUTO,
  AUTOREPLY,
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  KENTA,
  MISAKI,
  SHO,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JA,
  TRAINING,
  dt,
  esc,
  formSubject,
  gmailJa,
  htmlDoc,
  mk,
  outlookJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const credlyHtml = (name: string, issuer: string, badge: string, lead: string, button: string): string =>
  htmlDoc(`<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px;text-align:center"><img src="https://images.credly.com/size/340x340/images/placeholder/badge.png" width="120" alt="${esc(badge)}"></td></tr>
<tr><td style="padding:0 24px">
<p>${esc(name)} 様</p>
<p>${esc(lead)}</p>
<p style="font-size:18px"><b>${esc(badge)}</b></p>
<p>発行元: ${esc(issuer)}</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/5e1d2c3b" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">${esc(button)}</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:16px">Credly, Inc. | このメールは ${esc(issuer)} の依頼により Credly から送信されています。</td></tr>
</table>`);

export const JA2: Msg[] = [
  // ---------------- merge_completed (9) ----------------
  mk({
    slug: 'ja-merge-buried',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'mostly holiday-hours and SLA boilerplate; one line in the middle says the merge was completed today',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-13 08:02:40', '+0000'),
    enc: 'jis7',
    text: `鈴木 健太 様

いつもお世話になっております。AWS トレーニングと認定の中村です。

年末年始の休業に伴い、多くのお客様をお待たせしております。現在は通常の回答目安(1〜2営業日)に戻りつつありますが、一部のお問い合わせでは引き続きお時間をいただいております。

ご依頼いただいた ${KENTA.srcId} から ${KENTA.keepId} への統合は、本日付で完了いたしました。

また、今後お問い合わせの際は、ケースの重複を避けるため、このメールへの返信をご利用ください。2月は試験の予約変更に関するお問い合わせが増えるため、回答が遅れる場合がございます。

中村
AWS トレーニングと認定 カスタマーサポート

${sfRef('1Kc9Xq')}`,
  }),
  mk({
    slug: 'ja-merge-apology-badges',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'apologises for the wait and announces the merge done; advises claiming badges on Credly (badges not moved yet)',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-18 06:26:13', '+0000'),
    enc: 'utf8b64',
    text: `高橋様

長らくお待たせして申し訳ございませんでした。
前職アドレスのアカウントの内容を、個人アドレスのアカウントへ統合する作業が終わりました。認定ポータルにサインインすると、3件の認定がすべて表示されるはずです。

Credly のデジタルバッジについては、個人アドレスで Credly にサインインのうえ、あらためて受け取り手続きをしていただく必要がございます。

渡辺
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-portal',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "the certification portal's own notice that the accounts were merged; no case ID",
    from: 'AWS Certification <no-reply@aws.training>',
    to: SHO.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: dt('2025-10-30 11:48:20', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `伊藤 翔 様

お客様の AWS 認定アカウントの統合処理が完了しました。
統合されたアカウント: ${SHO.srcId}
現在ご利用のアカウント: ${SHO.keepId}

反映まで最大で24時間ほどかかることがあります。

AWS Certification
このメールは送信専用です。`,
  }),
  mk({
    slug: 'ja-merge-portal-certmetrics',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'portal-style merge notice from the CertMetrics vendor domain (not a trusted domain): merge_completed, untrusted',
    from: 'AWS Certification <aws-certification@certmetrics.com>',
    to: KENTA.keep,
    subject: 'アカウント統合処理完了のお知らせ',
    date: dt('2026-01-13 08:15:02', '+0000'),
    enc: 'sjisb64',
    trusted: false,
    extra: AUTO,
    text: `鈴木 健太 様

お客様の認定アカウント ${KENTA.srcId} は、アカウント ${KENTA.keepId} へ統合されました。
今後は ${KENTA.keep} でサインインしてください。

AWS Certification Program`,
  }),
  mk({
    slug: 'ja-merge-close',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-30 09:12:44', '+0000'),
    enc: 'sjis8',
    text: `伊藤 翔 様

ご同意の返信をありがとうございました。
お待たせいたしましたが、ご依頼の2アカウントを ${SHO.keepId} にまとめる作業が完了しましたので、ご報告いたします。

本件はこれにて解決とし、ケースをクローズいたします。

加藤
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-merge-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'completion notice asking the user to check that everything looks right: stays merge_completed',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-12 23:40:31', '+0000'),
    enc: 'jisb64',
    text: `鈴木様

三連休をはさみ、お待たせいたしました。統合作業を実施し、完了しております。

お手数ですが、${KENTA.keep} で認定ポータルにサインインし、認定・受験履歴・特典が揃っているかご確認ください。表示に不足があれば、このケースにご返信ください。

小林`,
  }),
  mk({
    slug: 'ja-merge-html',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: '176550913377',
    trap: false,
    note: 'HTML-only completion on the second case (extra exam record merged)',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject('176550913377'),
    date: dt('2025-11-06 02:33:10', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>伊藤 翔 様</p>
<p>大変お待たせいたしました。</p>
<p>古いアカウントに残っていた受験記録を ${SHO.keepId} に統合いたしました。受験履歴の画面で反映をご確認いただけます。</p>
<p>加藤<br>AWS トレーニングと認定 カスタマーサポート</p>`),
  }),
  mk({
    slug: 'ja-merge-forged-below',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'merge-completed text with a dmarc=pass Authentication-Results planted below the server Received line: untrusted',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-16 10:03:55', '+0000'),
    auth: 'forgedBelow',
    trusted: false,
    relay: 'mta7.fastsend.example.info',
    enc: 'utf8b64',
    text: `高橋 美咲 様

統合処理が完了しました。統合後のアカウントでサインインし直し、特典コードを受け取るには72時間以内に下記ページでログインしてください。

https://aws-training-portal.example.info/login

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-quoted-thread',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'top-posted completion above a long Outlook-style quoted thread (consent request, chaser)',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-15 05:47:22', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

ご同意いただきありがとうございます。先ほど統合を実行し、正常に完了いたしました。

渡辺

${outlookJa(`高橋 美咲 <${MISAKI.keep}>`, '2026年5月15日 9:40', SUPPORT_BARE, formSubject(CASE.misaki))}

渡辺様

同意します。統合を進めてください。
連休明けからずっと待っているので、できれば今週中にお願いできると助かります。

高橋

${outlookJa(`AWS トレーニングと認定 <${SUPPORT_BARE}>`, '2026年5月15日 8:55', `${MISAKI.keep}`, 'AWS 認定アカウント統合のご確認')}

高橋美咲様

(ケース番号: ${CASE.misaki})
統合元 ${MISAKI.srcId} → 統合先 ${MISAKI.keepId}
この統合は取り消しできません。実施に同意される場合は、このメールにご返信をお願いします。`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-badge-credly-issue',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "AWS's badge issued via Credly to the kept address after the merge (Japanese Credly mail, multipart)",
    from: CREDLY_AWS,
    to: KENTA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: dt('2026-01-15 04:12:09', '+0000'),
    enc: 'utf8qp',
    wholeSubject: true,
    text: `鈴木 健太 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/5e1d2c3b

このメールは Amazon Web Services Training and Certification の依頼により Credly から送信されています。`,
    html: credlyHtml('鈴木 健太', 'Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Associate', 'Amazon Web Services Training and Certification から新しいバッジが発行されました。', 'バッジを入手する'),
  }),
  mk({
    slug: 'ja-badge-support-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'support says the badges were moved to the kept Credly account and closes the case: badges_transferred',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-20 07:30:48', '+0000'),
    enc: 'jis7',
    text: `鈴木 健太 様

お待たせいたしました。Credly 側の担当チームと調整し、旧アカウントに紐付いていたバッジ2件を、${KENTA.keep} の Credly アカウントへ移行しました。

ほかにご不明点がなければ、本ケースはクローズさせていただきます。

中村`,
  }),
  mk({
    slug: 'ja-badge-support-delay',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'after a delay with the Credly team, support says the badges now sit on the kept account',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-27 03:14:27', '+0000'),
    enc: 'sjisb64',
    text: `高橋様

バッジの件で1週間以上お待たせしてしまい、申し訳ありません。Credly との連携で確認に時間を要しました。

本日、3件のバッジがすべて個人アドレスの Credly アカウントに付け替えられたことを確認しました。プロフィールを再読み込みしてご覧ください。

渡辺
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-credly-reminder',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "Credly's reminder that an AWS badge issued to the kept address is still waiting to be accepted",
    from: CREDLY_AWS,
    to: MISAKI.keep,
    subject: 'リマインダー: Amazon Web Services Training and Certificationのバッジがまだ受け取られていません',
    date: dt('2026-05-25 15:00:03', '+0000'),
    enc: 'utf8qp',
    wholeSubject: true,
    extra: AUTO,
    html: credlyHtml('高橋 美咲', 'Amazon Web Services Training and Certification', 'AWS Certified Developer - Associate', '5日前に発行されたバッジがまだ受け取られていません。下のボタンから受け取り手続きを完了してください。', 'バッジを入手する'),
  }),
  mk({
    slug: 'ja-badge-forged',
    trusted: false,
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'badge mail from the look-alike domain credly-badges.net: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>',
    to: SHO.keep,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ(48時間以内に受け取ってください)',
    date: dt('2025-11-01 12:00:00', '+0000'),
    enc: 'utf8b64',
    wholeSubject: true,
    text: `伊藤 翔 様

統合されたアカウントへバッジが発行されました。48時間以内に受け取らない場合、バッジは失効します。

バッジを入手する: https://credly-badges.net/claim?u=sho.ito

Credly`,
  }),
  mk({
    slug: 'ja-badge-buried',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho,
    trap: false,
    note: 'a survey/holiday-hours note from support with one line saying the Credly badges were moved as well',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-11-01 06:51:36', '+0000'),
    enc: 'jisb64',
    text: `伊藤 翔 様

いつもご利用ありがとうございます。

11月3日(文化の日)は窓口を休業いたします。祝日明けは回答までお時間をいただく場合がございます。
Credly 上のバッジにつきましても、新しいアカウントへの移動が完了しておりますので、あわせてお知らせいたします。
後日、対応品質に関するアンケートをお送りすることがございます。ご協力いただけますと幸いです。

加藤`,
  }),
  mk({
    slug: 'ja-badge-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: '176550913377',
    trap: false,
    note: 'HTML-only support note saying the remaining badge was re-issued to the kept Credly account',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject('176550913377'),
    date: dt('2025-11-07 07:21:50', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<div>伊藤様</div>
<div>昨日の受験記録の統合に続いて、対応する Credly バッジ(AWS Certified Developer - Associate)も ${SHO.keep} のアカウントに付け替えました。</div>
<div>Credly のダッシュボードで表示を確認できます。</div>
<div>加藤</div>`),
  }),
  mk({
    slug: 'ja-badge-misaligned',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'Japanese Credly badge mail whose only DKIM pass is for an unrelated bulk domain and dmarc=fail: untrusted',
    from: CREDLY_AWS,
    to: KENTA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: dt('2026-01-16 02:02:02', '+0000'),
    auth: 'misaligned',
    trusted: false,
    enc: 'jis7',
    wholeSubject: true,
    text: `鈴木 健太 様

AWS Certified SysOps Administrator - Associate のバッジが発行されました。
受け取り期限が近づいています。今すぐ受け取ってください。

バッジを入手する
https://www.credly.com.badge-accept.example.biz/earner/accept`,
  }),

  // ---------------- case_closed (10) ----------------
  mk({
    slug: 'ja-close-3days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kentaDup,
    trap: false,
    note: 'the duplicate case will close automatically in 3 days without a reply',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: dt('2026-01-09 00:10:15', '+0000'),
    enc: 'jis7',
    extra: AUTO,
    text: `鈴木 健太 様

ケース ${CASE.kentaDup} について、担当者からのご連絡に対するご返信を確認できておりません。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。

引き続きサポートが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-closed',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kentaDup,
    trap: false,
    note: 'the duplicate case has been closed for lack of reply; replying reopens it',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: `ケース ${CASE.kentaDup} はクローズされました`,
    date: dt('2026-01-12 00:10:44', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    text: `お客様からのご返信が一定期間なかったため、ケース ${CASE.kentaDup} をクローズしました。

再開をご希望の場合は、このメールにご返信いただくか、サポートセンターからケースを再度開いてください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-restate-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'closing notice that only restates the merge completed the week before',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-06-03 01:40:09', '+0000'),
    enc: 'sjis8',
    text: `高橋 美咲 様

先週ご案内しましたとおり、アカウントの統合およびバッジの付け替えは完了しております。
その後ご質問をいただいておりませんので、本ケースはクローズとさせていただきます。

渡辺
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-resolved-multi',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho,
    trap: false,
    note: 'multipart system notice: the case was marked resolved',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: `[解決済み] ケース ${CASE.sho}`,
    date: dt('2025-11-13 03:00:21', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `ケース ${CASE.sho} は解決済みになりました。

件名: [AWS Training and Certification Form Submission] - account-assistance
ステータス: 解決済み

14日以内であれば、返信によりケースを再開できます。`,
    html: htmlDoc(paras(`ケース ${CASE.sho} は解決済みになりました。

件名: [AWS Training and Certification Form Submission] - account-assistance
ステータス: 解決済み

14日以内であれば、返信によりケースを再開できます。`)),
  }),
  mk({
    slug: 'ja-close-nenmatsu',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'before the year-end break: without a reply by 12/26 the case will close; no data asked in the new text',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2025-12-26 03:22:57', '+0000'),
    enc: 'jisb64',
    text: `鈴木様

年末年始休業前の最後のご案内です。
12月23日にお送りしたメールについて、ご返信をまだ確認できておりません。本日12月26日(金)中にご返信がない場合は、いったん本ケースをクローズいたします。

休業明けにご返信いただいた場合も、ケースは再開されますのでご安心ください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-close-user-chaser-quoted',
    kind: 'case_closed',
    lang: 'ja',
    caseId: '176550913377',
    trap: true,
    note: "closing notice on the second case; the quoted user's chaser mentions the merge",
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject('176550913377'),
    date: dt('2025-11-20 05:05:05', '+0000'),
    enc: 'utf8b64',
    text: `伊藤 翔 様

ご返信ありがとうございます。ご要望はすべて対応済みとのことですので、本ケースはこれでクローズいたします。

加藤

${gmailJa('2025年11月19日(水) 22:41', `伊藤 翔 <${SHO.keep}>`)}
${quote(`加藤様
受験記録の統合もバッジも確認できました。早めに対応いただき助かりました。
ありがとうございました。`)}`,
  }),
  mk({
    slug: 'ja-close-forged-server',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'auto-close warning whose Authentication-Results is from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `ケース ${CASE.misaki}: 24時間後に自動クローズされます`,
    date: dt('2026-05-10 21:00:00', '+0000'),
    auth: 'lookalikeServer',
    trusted: false,
    enc: 'utf8qp',
    text: `ケース ${CASE.misaki} は、24時間後に自動でクローズされます。
クローズを防ぐには、下記から AWS アカウントにサインインしてください。

https://signin.aws.amazon.com.session-keep.example.top/`,
  }),
  mk({
    slug: 'ja-close-notice-system',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'system notice that the case was resolved (no merge wording)',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: `AWS サポート: ケース ${CASE.kenta} が解決されました`,
    date: dt('2026-01-27 00:00:31', '+0000'),
    enc: 'jis7',
    extra: AUTO,
    text: `ケース ID: ${CASE.kenta}
ステータス: 解決済み

サポート担当者によって本ケースは解決済みとなりました。
ケースの履歴はサポートセンターでいつでもご確認いただけます。`,
  }),
  mk({
    slug: 'ja-close-old-address',
    forUser: false,
    kind: 'case_closed',
    lang: 'ja',
    caseId: '1773320016',
    trap: false,
    note: 'auto-close warning sent to the old employer address, which is no longer the user\'s: forUser false',
    from: SUPPORT_JA,
    to: MISAKI.src,
    subject: formSubject('1773320016'),
    date: dt('2026-05-19 02:27:40', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `高橋様

前回のご連絡に対するご返信を確認できておりません。
このままご返信がない場合、7日後に本ケースを終了いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-restate-badges',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'closing that restates that the badges were moved earlier; nothing new happened',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-26 06:14:50', '+0000'),
    enc: 'sjisb64',
    text: `鈴木 健太 様

1月20日にお知らせしたバッジの移行以降、ご連絡がございませんでしたので、本ケースを終了いたします。
また何かございましたら、お気軽にお問い合わせください。

中村`,
  }),

  // ---------------- support_reply (10) ----------------
  mk({
    slug: 'ja-sr-escalate',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'escalation notice with an expected wait of 3-5 business days',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-07 08:18:02', '+0000'),
    enc: 'jis7',
    text: `高橋 美咲 様

ご返信ありがとうございます。
本件は確認事項が多いため、専門チームへエスカレーションいたしました。回答まで3〜5営業日ほどかかる見込みです。

進展があり次第、こちらからご連絡いたします。

渡辺`,
  }),
  mk({
    slug: 'ja-sr-sla-future',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'apology for missing the response target; promises to write once the merge is done (future, not the event)',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-10 04:49:38', '+0000'),
    enc: 'utf8b64',
    text: `鈴木様

目安としてお伝えしていた期間を過ぎてしまい、誠に申し訳ございません。
いただいた同意をもとに作業を依頼しておりますが、担当部署が休業明けで混み合っております。

統合が完了しましたら、あらためてご連絡いたします。

小林`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'thanks for consenting, passed to the team, processing after the holiday: support_reply',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-29 08:55:17', '+0000'),
    enc: 'sjis8',
    text: `伊藤 翔 様

統合へのご同意、ありがとうございます。内容を担当チームに引き継ぎました。
今週はチームの作業が立て込んでいるため、処理は来週の前半になる見込みです。

加藤`,
  }),
  mk({
    slug: 'ja-sr-dup-cases',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'the duplicate support cases were merged into one; not the account merge',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-05 06:02:11', '+0000'),
    enc: 'jisb64',
    text: `鈴木 健太 様

休業期間中に同じ内容で新しいケース(${CASE.kentaDup})を作成いただいておりましたので、本ケース(${CASE.kenta})に統合しました。
今後のやり取りは本ケースでお願いいたします。

なお、アカウントの統合についてはまだ作業前です。順番にご案内いたしますので、少々お待ちください。

中村`,
  }),
  mk({
    slug: 'ja-sr-gw-notice',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'on-case notice that Golden Week closes the desk from 4/29 to 5/6; a status message',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-04-28 23:30:55', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

お問い合わせいただきありがとうございます。
4月29日から5月6日まで、日本語窓口はゴールデンウィーク休業となります。頂いたご依頼は休業明けに担当者が確認いたします。

お急ぎのところ恐れ入りますが、何卒ご了承ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'HTML-only: the merge has not been completed yet, still waiting on the specialist team',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-12 09:44:10', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>高橋 美咲 様</p>
<p>進捗のお問い合わせをありがとうございます。</p>
<p>申し訳ございませんが、統合はまだ完了しておりません。現在、専門チームでの確認待ちの状態です。本日中の完了は難しい見込みです。</p>
<p>渡辺</p>`),
  }),
  mk({
    slug: 'ja-sr-unable',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'cannot merge for now (pending exam booking on the old account); asks for nothing',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-17 02:39:26', '+0000'),
    enc: 'jis7',
    text: `伊藤様

大学アドレスのアカウントに、10月25日の試験予約が残っておりました。予約が残っている間はアカウントを統合できません。
受験が終わり、結果が反映されたあとに、こちらから改めて手続きをご案内します。

加藤`,
  }),
  mk({
    slug: 'ja-sr-chaser-answer',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: "answers the user's chaser (quoted in Gmail Japanese style): still in the queue",
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-11 00:58:47', '+0000'),
    enc: 'utf8b64',
    text: `高橋様

ご心配をおかけしております。本件は現在も専門チームの対応待ちの列に入っており、順番に処理されております。
明日までには一度状況をお知らせできる見込みです。

渡辺

${gmailJa('2026年5月10日(日) 23:12', `高橋 美咲 <${MISAKI.keep}>`)}
${quote(`渡辺様
エスカレーションのご連絡以降、何も動きがないようですが、その後いかがでしょうか。
来週、転職先で資格の提出を求められているので、状況だけでも教えていただけると助かります。`)}`,
  }),
  mk({
    slug: 'ja-sr-forged-none',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'agent-change notice with no Authentication-Results at all: untrusted',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-06 10:10:10', '+0000'),
    auth: 'none',
    trusted: false,
    relay: 'out.mailer-jp.example.net',
    enc: 'jis7',
    text: `鈴木様

年始より本ケースの担当が変更となりました。今後は下記の担当者直通アドレスへご連絡ください。
support-desk@aws-cert-help.example.net

よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'asks the user to write from the address being kept, without asking for any data: support_reply',
    from: SUPPORT_JA,
    to: SHO.src,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-16 00:21:03', '+0000'),
    enc: 'sjisb64',
    text: `伊藤様

大学のアドレスからご返信いただきましたが、セキュリティ上、今後のやり取りは統合後に残すアカウントのメールアドレスからお願いしております。
お手数ですが、次回以降は個人アドレスからご返信ください。

加藤`,
  }),

  // ---------------- unrelated (11) ----------------
  mk({
    slug: 'ja-un-user-chaser',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: "the user's own chaser to support (Bcc to self), asking when the merge will happen: unrelated, untrusted",
    from: `${KENTA.ja} <${KENTA.keep}>`,
    to: SUPPORT_BARE,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-09 22:03:41', '+0900'),
    auth: 'none',
    trusted: false,
    deliveredTo: KENTA.keep,
    relay: 'smtp.example.jp',
    enc: 'jis7',
    text: `ご担当者様

1月8日のメールに「同意します」と返信しましたが、その後ご連絡がありません。
退職日を過ぎると旧アドレスが使えなくなるため、統合がいつ頃になるか目安だけでも教えていただけますか。

鈴木

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-un-agent-ooo',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: "the agent's out-of-office auto-reply over New Year; mentions the merge request only to redirect it",
    from: 'Nakamura <aws-cs-trainingcertification-form@amazon.com>',
    to: KENTA.keep,
    subject: `自動応答: ${formSubject(CASE.kenta)}`,
    date: dt('2025-12-29 11:03:12', '+0000'),
    enc: 'utf8qp',
    extra: AUTOREPLY,
    text: `ただいま年末年始休暇のため、1月5日まで不在にしております。
統合などのご依頼は、ケースを通じて他の担当者が順次対応いたします。休暇明けに改めてメールを確認いたします。`,
  }),
  mk({
    slug: 'ja-un-exam-reminder',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Pearson VUE reminder that the exam is tomorrow with the booking confirmation number: not part of the merge",
    from: 'Pearson VUE <no-reply@pearsonvue.com>',
    to: SHO.src,
    subject: '【リマインダー】明日は AWS 認定試験の予約日です',
    date: dt('2025-10-24 00:00:15', '+0000'),
    enc: 'utf8qp',
    trusted: false,
    extra: AUTO,
    text: `伊藤 翔 様

ご予約の試験が明日に迫っています。

試験: AWS Certified Developer - Associate (DVA-C02)
日時: 2025年10月25日 10:00
予約確認番号: 482117395

開始の30分前までにチェックインを済ませてください。遅刻された場合は受験できず、受験料は返金されません。`,
  }),
  mk({
    slug: 'ja-un-voucher',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'voucher-expiry reminder from the training domain; asks to check benefits, nothing about the case',
    from: TRAINING,
    to: KENTA.keep,
    subject: '50% 割引特典の有効期限まであと14日です',
    date: dt('2026-02-14 01:00:00', '+0000'),
    enc: 'jisb64',
    extra: AUTO,
    text: `鈴木 健太 様

お持ちの次回試験 50% 割引特典の有効期限が2月28日に迫っています。
認定アカウントの「特典」ページで内容をご確認のうえ、期限内にご利用ください。期限が過ぎた特典は再発行できません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-survey',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'satisfaction survey about the resolved case with a 7-day deadline',
    from: 'AWS Support Survey <aws-survey@amazon.com>',
    to: SHO.keep,
    subject: `ケース ${CASE.sho} に関するアンケートのお願い`,
    date: dt('2025-11-14 02:11:40', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    text: `伊藤 翔 様

先日クローズしたケース ${CASE.sho} について、サポートの対応はいかがでしたか。
問題は解決しましたか?

アンケートは2分ほどで終わります。回答期限は7日間です。
https://survey.aws.example/s/${CASE.sho}`,
  }),
  mk({
    slug: 'ja-un-refund-case',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.kentaRefund,
    trap: true,
    note: 'auto-close warning on the user\'s other case about an exam-fee refund: unrelated',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: `[CASE ${CASE.kentaRefund}] 試験料の返金について`,
    date: dt('2026-01-16 03:30:19', '+0000'),
    enc: 'sjis8',
    extra: AUTO,
    text: `鈴木 健太 様

試験料の返金に関するケース ${CASE.kentaRefund} について、お客様からのご返信をお待ちしております。
3日以内にご返信がない場合、本ケースはクローズされます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-credly-ms',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly badge from Microsoft (another issuer) with an accept reminder',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: MISAKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: dt('2026-05-20 09:44:00', '+0000'),
    enc: 'utf8qp',
    wholeSubject: true,
    html: credlyHtml('高橋 美咲', 'Microsoft', 'Microsoft Certified: Azure Fundamentals', 'Microsoft から新しいバッジが発行されました。', 'バッジを入手する'),
  }),
  mk({
    slug: 'ja-un-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge verification code with a 10-minute expiry",
    from: 'Credly <admin@credly.com>',
    to: KENTA.keep,
    subject: 'Credly アカウントの統合コード',
    date: dt('2026-01-21 12:30:44', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    text: `アカウントの統合を完了するには、次のコードを入力してください。

  731 508

このコードの有効期限は10分です。心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  mk({
    slug: 'ja-un-cert-expiry',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'recertification reminder: certification and badge expire in 90 days',
    from: 'AWS Certification <no-reply@aws.training>',
    to: SHO.keep,
    subject: 'AWS 認定の有効期限が近づいています',
    date: dt('2026-03-02 00:05:00', '+0000'),
    enc: 'jis7',
    extra: AUTO,
    text: `伊藤 翔 様

AWS Certified Solutions Architect - Associate の有効期限まで、あと90日です。
期限を過ぎると認定は失効し、Credly のバッジも無効になります。再認定試験のご予約はお早めに。

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-user-forward',
    forUser: false,
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: "the user's own forward of support's consent request to her new employer's HR (sent copy): unrelated, not delivered to her",
    from: `${MISAKI.ja} <${MISAKI.keep}>`,
    to: '人事部 研修担当 <training-hr@newco.example.co.jp>',
    subject: `Fw: AWS 認定アカウント統合のご確認`,
    date: dt('2026-05-15 09:20:31', '+0900'),
    auth: 'none',
    trusted: false,
    deliveredTo: null,
    relay: 'smtp.example.ne.jp',
    enc: 'sjisb64',
    text: `研修担当 ご担当者様

AWS 認定の件、アカウントの統合がまだ終わっておらず、来週の提出に間に合わないかもしれません。サポートからの案内を転送しますので、期限を少し延ばしていただけないでしょうか。

高橋

-------- 転送メッセージ --------
差出人: AWS トレーニングと認定 <${SUPPORT_BARE}>
日付: 2026/05/15 8:55
件名: AWS 認定アカウント統合のご確認

高橋美咲様
(ケース番号: ${CASE.misaki})
統合元 ${MISAKI.srcId} → 統合先 ${MISAKI.keepId}
この統合は取り消しできません。実施に同意される場合は、このメールにご返信をお願いします。`,
  }),
  mk({
    slug: 'ja-un-holiday-broadcast',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'general year-end support-hours announcement to all learners; not about any case',
    from: TRAINING,
    to: KENTA.src,
    subject: '年末年始のサポート窓口休業のお知らせ',
    date: dt('2025-12-15 01:00:00', '+0000'),
    enc: 'jisb64',
    extra: AUTO,
    text: `AWS トレーニングと認定をご利用の皆さま

誠に勝手ながら、12月27日から1月4日まで日本語のサポート窓口を休業いたします。
休業中もオンライン試験の受験は可能です。お問い合わせフォームは受け付けておりますが、回答は1月5日以降となります。

本年も大変お世話になりました。来年もどうぞよろしくお願いいたします。`,
  }),
];

// keep imports used (helpers shared across parts)
void [sfOriginal, sfRef];
