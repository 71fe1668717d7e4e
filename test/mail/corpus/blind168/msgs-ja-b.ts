// fk, Japanese part B: completions, badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import { C, CREDLY, CREDLY_AWS, DAISUKE, KENJI, MISAKI, NOREPLY, PORTAL, SHO, SUP_BARE, SUP_JA, YUI, YUKI, gmailJa, jst, mk, outlookJa, quote, sfSep, subj } from './common.js';

const credlyJaHtml = (name: string, badge: string, issuer: string): string => `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>${issuer}のバッジ発行のお知らせ</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px">
<p>${name} 様</p>
<p>${issuer} から新しいバッジが発行されました。</p>
<p style="font-size:18px"><b>${badge}</b></p>
<p>バッジを受け取ると、プロフィールで公開したり、LinkedIn などで共有したりできます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0d6ebd;color:#fff;padding:12px 20px;text-decoration:none">バッジを入手する</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">このメールは Credly, Inc. から ${issuer} に代わって送信されています。</td></tr>
</table></td></tr></table>
</body></html>`;

export const JA_B: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-done-kenji', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, enc: 'jis7',
    note: 'agent reports the accounts were merged, history now under the kept ID',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-20 14:37:26'),
    subject: subj(C.kenji),
    text: `渡辺 健二 様

お世話になっております。AWS トレーニングと認定の吉田でございます。
担当の田中に代わりご連絡いたします。

ご依頼いただいておりましたアカウントの統合が完了いたしました。
統合元 ${KENJI.srcId} の認定および試験履歴は、統合先 ${KENJI.keepId} に移行されております。
今後は ${KENJI.keep} でサインインしてご利用ください。

ご不明な点がございましたら、本メールにご返信ください。
今後とも AWS トレーニングと認定をよろしくお願いいたします。

吉田 健`,
  }),
  mk({
    slug: 'ja-done-yui-trap', kind: 'merge_completed', lang: 'ja', caseId: C.yui, enc: 'sjis8', trap: true,
    note: 'completion that asks her to check the result (「ご確認をお願いいたします」): still the completion',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-24 17:02:19'),
    subject: subj(C.yui),
    text: `小林様

鈴木です。ご同意のご返信をありがとうございました。

統合作業が完了しましたので、お知らせいたします。
${YUI.keep} でサインインし、[認定] 画面に以前のアカウントの認定が表示されているか、[特典] に割引バウチャーが表示されているかをご確認をお願いいたします。
表示に問題があればこのメールにご返信ください。

鈴木 美香

-----Original Message-----
From: ${YUI.keep}
Sent: Sunday, November 22, 2026 9:14 PM
To: ${SUP_BARE}
Subject: ${subj(C.yui)}

鈴木様
上記の内容で統合に同意します。
小林`,
  }),
  mk({
    slug: 'ja-done-misaki', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, enc: 'utf8qp',
    note: 'completion that also says the case will now be closed: the completion is the new fact',
    from: SUP_JA, to: MISAKI.keep, date: jst('2026-11-28 10:19:44'),
    subject: subj(C.misaki),
    text: `伊藤 美咲 様

森です。ご同意いただきありがとうございました。
本日、${MISAKI.srcId} と ${MISAKI.keepId} のアカウント統合を実施し、作業が完了しております。

反映に少し時間がかかる場合がございますので、表示されない場合は数時間おいてから再度サインインしてみてください。
本件はこれにてクローズとさせていただきます。またお困りの際はお気軽にお問い合わせください。

森 亮介
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-sho', kind: 'merge_completed', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'completion with a forward-looking note that badges should show in Credly in a few days',
    from: SUP_JA, to: SHO.keep, date: jst('2026-12-01 09:58:02'),
    subject: subj(C.sho),
    text: `中村 翔 様

お待たせいたしました。吉田です。

アカウントのマージが完了しました。CLF と SAA の認定は ${SHO.keepId} のアカウントに表示されるようになっています。
なお、Credly のデジタルバッジについては、数日以内に ${SHO.keep} 宛てに改めてご案内が届く見込みです。届かない場合はお知らせください。

吉田 健`,
  }),
  mk({
    slug: 'ja-done-yuki-portal', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL, to: YUKI.keep, date: jst('2026-12-04 03:12:09'),
    subject: 'AWS 認定: アカウントが統合されました',
    text: `高橋 由紀 様

お客様の AWS 認定アカウントの統合処理が完了しました。
統合されたアカウントの認定、試験履歴、特典は、今後このアカウント(${YUKI.keepId})でご確認いただけます。

AWS 認定アカウントにサインイン: https://www.aws.training/Certification

このメールは送信専用です。`,
    html: `<html><body>
<p>高橋 由紀 様</p>
<p>お客様の AWS 認定アカウントの統合処理が完了しました。<br>
統合されたアカウントの認定、試験履歴、特典は、今後このアカウント(${YUKI.keepId})でご確認いただけます。</p>
<p><a href="https://www.aws.training/Certification">AWS 認定アカウントにサインイン</a></p>
<p style="color:#888">このメールは送信専用です。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-done-daisuke-forged', kind: 'merge_completed', lang: 'ja', caseId: C.daisuke, enc: 'sjisb64', trusted: false, auth: 'forgedBelow',
    note: 'completion notice whose only dmarc=pass sits below the server\'s Received line: untrusted',
    from: SUP_JA, to: DAISUKE.keep, date: jst('2026-12-05 13:41:55'),
    subject: subj(C.daisuke),
    text: `松本 大輔 様

アカウントの統合が完了しました。
統合後のアカウントを有効にするため、以下から AWS Builder ID で再度サインインしてください。

https://aws-training-portal.example.com/signin

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-team-alias', kind: 'merge_completed', lang: 'ja', caseId: '1770566120', enc: 'jis7', forUser: false, deliveredTo: null,
    rcpt: 'cloud-team@corp.example.co.jp',
    note: 'a colleague\'s completion notice reaching a team list: merged, but not addressed to the user',
    from: SUP_JA, to: '佐藤 次郎 <jiro.sato@corp.example.co.jp>', cc: 'cloud-team@corp.example.co.jp', date: jst('2026-12-02 11:22:38'),
    subject: subj('1770566120'),
    text: `佐藤 次郎 様

AWS トレーニングと認定の清水です。
お問い合わせいただいた 2 つの認定アカウントの統合が完了いたしました。以後は統合先のアカウントをご利用ください。

清水`,
  }),
  mk({
    slug: 'ja-done-daisuke', kind: 'merge_completed', lang: 'ja', enc: 'jis7', caseId: C.daisuke,
    note: 'completion with an English subject and the case ID only in the body',
    from: SUP_JA, to: DAISUKE.keep, date: jst('2026-12-06 16:08:27'),
    subject: 'Your AWS Certification accounts',
    text: `松本様

AWS トレーニングと認定サポートの井上です(ケース ${C.daisuke})。
ご同意のご返信ありがとうございました。${DAISUKE.srcId} の内容は ${DAISUKE.keepId} に統合済みです。
50% 割引の特典も統合先アカウントでご利用いただけます。

井上 陽子`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-kenji-credly', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    note: 'AWS badge issued by Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS, to: KENJI.keep, date: jst('2026-11-21 02:44:10'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: credlyJaHtml(KENJI.ja, 'AWS Certified Solutions Architect - Associate', 'Amazon Web Services Training and Certification'),
  }),
  mk({
    slug: 'ja-badge-yui-credly', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    note: 'AWS badge mail from Credly with text and HTML parts',
    from: CREDLY_AWS, to: YUI.keep, date: jst('2026-11-25 06:10:51'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${YUI.ja} 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

このメールは Credly, Inc. から Amazon Web Services Training and Certification に代わって送信されています。`,
    html: credlyJaHtml(YUI.ja, 'AWS Certified Developer - Associate', 'Amazon Web Services Training and Certification'),
  }),
  mk({
    slug: 'ja-badge-misaki-agent', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, enc: 'jis7',
    note: 'support says the Credly badges were moved to the kept account',
    from: SUP_JA, to: MISAKI.keep, date: jst('2026-12-01 15:33:49'),
    subject: subj(C.misaki),
    text: `伊藤 美咲 様

森です。お問い合わせありがとうございます。

Credly のバッジにつきましても、統合先アカウント(${MISAKI.keep})への移行作業が完了いたしました。
Credly にサインインし、バッジが表示されていることをご確認ください。旧アドレスの Credly アカウントに残っている場合は、Credly 側のアカウント統合もご検討ください。

森 亮介

${gmailJa('2026-11-30', '20:17', `${MISAKI.ja} <${MISAKI.keep}>`)}
${quote(`森様
統合ありがとうございました。認定は表示されましたが、Credly のバッジが前のアドレスのままです。
こちらも移していただけますか。
伊藤`)}`,
  }),
  mk({
    slug: 'ja-badge-sho-close', kind: 'badges_transferred', lang: 'ja', caseId: C.sho, enc: 'sjis8',
    note: 'support announces the badges moved and closes the case: badges_transferred',
    from: SUP_JA, to: SHO.keep, date: jst('2026-12-04 18:20:36'),
    subject: subj(C.sho),
    text: `中村様

吉田です。ご連絡が遅くなり申し訳ございません。
デジタルバッジを ${SHO.keep} に紐づく Credly アカウントへ再発行いたしました。CLF、SAA、SOA の 3 つが表示されているかと思います。

以上でご依頼の対応はすべて完了となりますので、本ケースはクローズいたします。
ありがとうございました。

吉田 健`,
  }),
  mk({
    slug: 'ja-badge-yuki-lookalike', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', trusted: false,
    note: 'Credly template sent from a look-alike domain (credly-badges.net): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: YUKI.keep, date: jst('2026-12-04 09:01:02'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: credlyJaHtml(YUKI.ja, 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification').replace(/https:\/\/www\.credly\.com\/earner\/earned\/badge\/accept/g, 'https://credly-badges.net/claim?u=yuki'),
  }),
  mk({
    slug: 'ja-badge-yuki-agent', kind: 'badges_transferred', lang: 'ja', caseId: C.yuki, enc: 'jisb64',
    note: 'support replies to her badge question: badges now moved to the kept account',
    from: SUP_JA, to: YUKI.keep, date: jst('2026-12-07 12:48:30'),
    subject: subj(C.yuki),
    text: `高橋様

加藤です。ご連絡いただきありがとうございます。

確認したところ、バッジが旧姓のアカウントに紐づいたままになっておりましたので、統合先のアドレスへ移行いたしました。
Credly に ${YUKI.keep} でサインインしていただくと、バッジをご確認いただけます。

加藤 真理子

${gmailJa('2026-12-06', '22:05', `${YUKI.ja} <${YUKI.keep}>`)}
${quote(`加藤様
統合ありがとうございました。認定は移っていましたが、Credly のバッジがまだ前のアドレスのほうにあるようです。
お手数ですが確認していただけますか。`)}`,
  }),
  mk({
    slug: 'ja-badge-daisuke-reminder', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    note: 'Credly reminder to accept the AWS badge now issued to the kept address',
    from: CREDLY_AWS, to: DAISUKE.keep, date: jst('2026-12-09 08:30:00'),
    subject: 'リマインダー: Amazon Web Services Training and Certification のバッジを受け取りましょう',
    text: `${DAISUKE.ja} 様

Amazon Web Services Training and Certification から発行されたバッジ「AWS Certified SysOps Administrator - Associate」がまだ受け取られていません。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: `<html><body>
<p>${DAISUKE.ja} 様</p>
<p>Amazon Web Services Training and Certification から発行されたバッジ「AWS Certified SysOps Administrator - Associate」がまだ受け取られていません。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept">バッジを入手する</a></p>
<p>Credly</p>
</body></html>`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-kenji-trap', kind: 'case_closed', lang: 'ja', caseId: C.kenji, enc: 'jis7', trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-25 10:05:12'),
    subject: subj(C.kenji),
    text: `渡辺 健二 様

吉田でございます。
11月20日にご案内のとおりアカウントの統合は完了しており、その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

今後ともよろしくお願いいたします。

吉田 健
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-yui-warning', kind: 'case_closed', lang: 'ja', caseId: C.yui, enc: 'sjis8',
    note: 'reminder that the case closes automatically without a reply',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-28 09:00:41'),
    subject: subj(C.yui),
    text: `小林様

鈴木です。先日のご案内以降、ご連絡をいただいておりませんが、その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。引き続きサポートが必要な場合は、このメールにご返信ください。

鈴木 美香`,
  }),
  mk({
    slug: 'ja-close-misaki-resolved', kind: 'case_closed', lang: 'ja', caseId: C.misaki, enc: 'utf8b64',
    note: 'AWS Support notification that the case is now resolved',
    from: NOREPLY, to: MISAKI.keep, date: jst('2026-12-05 04:00:17'),
    subject: `ケース ${C.misaki} は解決済みになりました`,
    text: `お客様のケース ${C.misaki}「認定アカウントの統合について」は解決済みとなりました。

問題が解決していない場合は、14 日以内であればケースを再度開くことができます。それ以降は新しいケースを作成してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-sho-noreply', kind: 'case_closed', lang: 'ja', caseId: '17694412250', enc: 'jis7',
    note: 'an earlier merge case of his closed for lack of reply to the information request',
    from: SUP_JA, to: SHO.keep, date: jst('2026-10-14 09:31:26'),
    subject: subj('17694412250'),
    text: `中村様

AWS トレーニングと認定の斎藤です。
10月7日にお願いした情報について、期日までにご返信をいただけなかったため、本ケースはいったんクローズいたします。
統合をご希望の場合は、お手数ですが改めてお問い合わせください。

斎藤`,
  }),
  mk({
    slug: 'ja-close-daisuke-forged', kind: 'case_closed', lang: 'ja', caseId: C.daisuke, enc: 'jisb64', trusted: false, auth: 'failThenForged',
    note: 'closing notice: the topmost verdict is dmarc=fail, a pass is planted lower down: untrusted',
    from: SUP_JA, to: DAISUKE.keep, date: jst('2026-12-08 19:40:03'),
    subject: subj(C.daisuke),
    text: `松本 大輔 様

本ケースはクローズされました。
ケースを再開する場合は、72 時間以内に以下のページからお手続きください。

https://support-aws-case.example.com/reopen

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-yuki-thanks', kind: 'case_closed', lang: 'ja', caseId: C.yuki, enc: 'utf8qp',
    note: 'she said everything is fine; the agent closes the case',
    from: SUP_JA, to: YUKI.keep, date: jst('2026-12-08 10:12:55'),
    subject: subj(C.yuki),
    text: `高橋様

ご確認のご連絡をありがとうございます。問題なく表示されているとのこと、安心いたしました。
それでは、本件はこちらでクローズさせていただきます。

加藤

${gmailJa('2026-12-07', '21:40', `${YUKI.ja} <${YUKI.keep}>`)}
${quote(`加藤様
バッジ、表示されていました。すべて問題ありません。
色々とありがとうございました。`)}`,
  }),
  mk({
    slug: 'ja-close-kenji-dup', kind: 'case_closed', lang: 'ja', caseId: C.kenjiDup, enc: 'sjisb64',
    note: 'the duplicate case is closed; work continues on the first case',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-18 09:15:30'),
    subject: subj(C.kenjiDup),
    text: `渡辺様

田中です。こちらのケース(${C.kenjiDup})は、先にいただいているケース ${C.kenji} と同じご依頼のため、クローズいたします。
統合の手続きは ${C.kenji} のほうで引き続きご案内いたしますので、そちらのメールにご返信ください。

田中 彩`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-kenji-thanks', kind: 'support_reply', lang: 'ja', caseId: C.kenji, enc: 'jis7', trap: true,
    note: 'thanks for confirming, passed to the team; completion only promised',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-19 17:45:08'),
    subject: subj(C.kenji),
    text: `渡辺様

田中です。統合へのご同意、確かに承りました。
担当チームに統合作業を依頼いたしましたので、完了しましたら改めてご連絡いたします。通常、数営業日ほどお時間をいただいております。

田中 彩

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年11月19日 13:20', SUP_BARE, subj(C.kenji))}

田中様
上記の内容で統合をお願いします。
渡辺

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-sr-yui-notyet', kind: 'support_reply', lang: 'ja', caseId: C.yui, enc: 'sjis8', trap: true,
    note: 'status: the merge is not finished yet, team still working',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-23 15:12:04'),
    subject: subj(C.yui),
    text: `小林様

鈴木です。お問い合わせの件、現時点では統合はまだ完了しておりません。
担当部署にて作業中ですので、もうしばらくお待ちいただけますと幸いです。完了次第、このケースでお知らせいたします。

鈴木`,
  }),
  mk({
    slug: 'ja-sr-misaki-blocked', kind: 'support_reply', lang: 'ja', caseId: '1775904471', enc: 'utf8qp', trap: true,
    note: 'an earlier case of hers: merge impossible while an exam is booked; asks nothing',
    from: SUP_JA, to: MISAKI.keep, date: jst('2026-10-30 12:40:18'),
    subject: subj('1775904471'),
    text: `伊藤 美咲 様

AWS トレーニングと認定の岡田です。

確認いたしましたところ、統合元のアカウントに 11 月 8 日の試験予約が入っているため、現在は統合を行うことができません。
試験の受験後、結果が反映されましたら、改めてご依頼いただけますようお願いいたします。

岡田`,
  }),
  mk({
    slug: 'ja-sr-sho-escalate', kind: 'support_reply', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'escalation notice, no request and no event',
    from: SUP_JA, to: SHO.keep, date: jst('2026-11-30 13:05:29'),
    subject: subj(C.sho),
    text: `中村様

吉田です。ご返信ありがとうございます。
本件は専門の担当チームにエスカレーションいたしました。進捗がありましたら、こちらからご連絡いたします。

吉田 健`,
  }),
  mk({
    slug: 'ja-sr-yuki-dupcases', kind: 'support_reply', lang: 'ja', caseId: C.yuki, enc: 'utf8b64', trap: true,
    note: '"merged" your duplicate cases, not the accounts',
    from: SUP_JA, to: YUKI.keep, date: jst('2026-12-02 09:36:52'),
    subject: subj(C.yuki),
    text: `高橋様

加藤です。同じ内容のお問い合わせを 2 件いただいておりましたので、ケースを 1 つに統合いたしました。今後はこのケース(${C.yuki})でご案内します。
アカウントの確認を進めておりますので、今しばらくお待ちください。

加藤 真理子`,
  }),
  mk({
    slug: 'ja-sr-daisuke-voucher', kind: 'support_reply', lang: 'ja', caseId: C.daisuke, enc: 'jis7', trap: true,
    note: 'bottom-posted answer to a voucher question with a conditional (統合が完了すると)',
    from: SUP_JA, to: DAISUKE.keep, date: jst('2026-12-04 11:50:14'),
    subject: subj(C.daisuke),
    text: `${gmailJa('2026-12-04', '8:02', `${DAISUKE.ja} <${DAISUKE.keep}>`)}
${quote(`井上様
統合すると、今の会社アカウントにある 50% 割引バウチャーはどうなりますか。`)}

松本様

井上です。ご質問ありがとうございます。

統合が完了すると、統合元にある未使用の 50% 割引バウチャーも統合先のアカウントの [特典] に表示されます。有効期限は変わりません。
統合のご同意については、先日のメールへのご返信をお待ちしております。

井上 陽子`,
  }),
  mk({
    slug: 'ja-sr-kenji-fromkeep', kind: 'support_reply', lang: 'ja', caseId: C.kenji, enc: 'sjisb64',
    note: 'asks him to write from the kept account\'s address, without asking for data',
    from: SUP_JA, to: KENJI.src, cc: KENJI.keep, date: jst('2026-11-17 12:10:05'),
    subject: subj(C.kenji),
    text: `渡辺様

田中です。セキュリティ上の理由により、統合のご依頼は統合後に残すアカウントのメールアドレスからいただいております。
今後のご連絡は ${KENJI.keep} からお送りくださいますよう、お願いいたします。

田中 彩`,
  }),
  mk({
    slug: 'ja-sr-misaki-wait', kind: 'support_reply', lang: 'ja', caseId: C.misaki, enc: 'jis7',
    note: 'short holding reply: still looking into it',
    from: SUP_JA, to: MISAKI.keep, date: jst('2026-11-25 09:20:46'),
    subject: subj(C.misaki),
    text: `伊藤様

お待たせしております。森です。
アカウントの状況を確認しておりますので、本日中にあらためてご連絡いたします。

森`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    note: 'Credly badge from Microsoft, another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: KENJI.keep, date: jst('2026-11-22 05:02:33'),
    subject: 'Microsoftのバッジ発行のお知らせ',
    html: credlyJaHtml(KENJI.ja, 'Microsoft Certified: Azure Fundamentals', 'Microsoft'),
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true,
    note: 'exam result mail from the certification portal: exam completed, not a merge',
    from: PORTAL, to: SHO.keep, date: jst('2026-12-06 07:14:40'),
    subject: 'AWS Certified Solutions Architect - Professional 試験結果のお知らせ',
    text: `中村 翔 様

AWS Certified Solutions Architect - Professional 試験の受験が完了し、結果が確定しました。
おめでとうございます。合格です。

認定アカウントにサインインすると、スコアレポートと認定証をご確認いただけます。デジタルバッジは Credly から別途メールでお送りします。

AWS 認定`,
    html: `<html><body><p>中村 翔 様</p>
<p>AWS Certified Solutions Architect - Professional 試験の受験が完了し、結果が確定しました。<br>おめでとうございます。合格です。</p>
<p>認定アカウントにサインインすると、スコアレポートと認定証をご確認いただけます。デジタルバッジは Credly から別途メールでお送りします。</p>
<p>AWS 認定</p></body></html>`,
  }),
  mk({
    slug: 'ja-un-recert', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    note: 'recertification reminder asking her to check her account',
    from: PORTAL, to: YUI.keep, date: jst('2026-11-10 10:00:00'),
    subject: 'AWS 認定の有効期限が近づいています',
    text: `小林 結衣 様

お持ちの AWS Certified Developer - Associate は 2027 年 2 月 14 日に有効期限を迎えます。
再認定の方法と、ご利用いただける特典は認定アカウントでご確認ください。

AWS 認定`,
  }),
  mk({
    slug: 'ja-un-pearson', kind: 'unrelated', lang: 'ja', enc: 'sjis8', trap: true, trusted: false,
    note: 'test vendor booking confirmation: not support, not a merge',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', to: MISAKI.keep, date: jst('2026-11-01 18:22:07'),
    subject: '試験予約の確認 - AWS Certified Solutions Architect - Associate',
    text: `伊藤 美咲 様

以下の試験のご予約が確定しました。
試験: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2026年11月8日 10:00
会場: オンライン(OnVUE)

予約の変更は 24 時間前まで可能です。

Pearson VUE`,
  }),
  mk({
    slug: 'ja-un-kenji-sent', kind: 'unrelated', lang: 'ja', caseId: C.kenji, enc: 'jis7', trap: true, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    note: 'the user\'s own consent reply (Sent folder): carries no news from support',
    from: `${KENJI.ja} <${KENJI.keep}>`, to: SUP_BARE, date: jst('2026-11-19 13:20:41'),
    subject: subj(C.kenji),
    text: `田中様

お世話になっております。渡辺です。
ご案内いただいた内容で統合をお願いします。元に戻せないことも承知しました。

渡辺 健二

${gmailJa('2026-11-19', '9:12', `AWS トレーニングと認定 <${SUP_BARE}>`)}
${quote(`渡辺 健二 様

以下の内容で統合を進めてよろしいでしょうか。
  統合元: ${KENJI.srcId} (${KENJI.src})
  統合先: ${KENJI.keepId} (${KENJI.keep})`)}`,
  }),
  mk({
    slug: 'ja-un-yui-fwd', kind: 'unrelated', lang: 'ja', caseId: C.yui, enc: 'jisb64', trap: true, trusted: false,
    note: 'the user forwards the completion mail to her other address',
    from: `${YUI.ja} <${YUI.keep}>`, to: YUI.src, date: jst('2026-11-24 18:30:12'),
    subject: 'Fwd: ' + subj(C.yui),
    text: `会社のほうにも控えとして転送。

---------- Forwarded message ---------
From: AWS トレーニングと認定 <${SUP_BARE}>
Date: 2026年11月24日(火) 17:02
Subject: ${subj(C.yui)}
To: <${YUI.keep}>


小林様

鈴木です。ご同意のご返信をありがとうございました。

統合作業が完了しましたので、お知らせいたします。`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: C.misaki, enc: 'jis7', trap: true, trusted: false, auth: 'none',
    note: 'a colleague\'s out-of-office auto-reply to her cc\'d message',
    from: '山本 恵 <megumi.yamamoto@partner.example.co.jp>', to: MISAKI.keep, date: jst('2026-11-26 18:01:10'),
    subject: '自動応答: ' + subj(C.misaki),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。山本です。
11月26日から12月1日まで休暇のため不在にしております。
いただいたメールは確認次第、順次返信いたします。お急ぎの場合は部内の共有アドレスまでご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.yuki, enc: 'utf8qp', trap: true,
    note: 'satisfaction survey after the case was resolved',
    from: 'AWS サポート <aws-survey@amazon.com>', to: YUKI.keep, date: jst('2026-12-09 11:00:21'),
    subject: `サポートについてのアンケートのお願い (ケース ${C.yuki})`,
    text: `高橋 由紀 様

先日はケース ${C.yuki} にてお問い合わせいただきありがとうございました。
問題は解決しましたか? 今後のサービス向上のため、1 分程度のアンケートにご協力ください。

https://survey.aws.amazon.com/s/abc123

Amazon Web Services`,
    html: `<html><body><p>高橋 由紀 様</p>
<p>先日はケース ${C.yuki} にてお問い合わせいただきありがとうございました。<br>問題は解決しましたか? 今後のサービス向上のため、1 分程度のアンケートにご協力ください。</p>
<p><a href="https://survey.aws.amazon.com/s/abc123">アンケートに回答する</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-un-refund', kind: 'unrelated', lang: 'ja', caseId: C.kenjiRefund, enc: 'sjisb64', trap: true,
    note: 'receipt of his other case about an exam fee refund',
    from: NOREPLY, to: KENJI.keep, date: jst('2026-12-03 20:11:45'),
    subject: `[CASE ${C.kenjiRefund}] お問い合わせを受け付けました`,
    text: `${KENJI.ja} 様

お問い合わせありがとうございます。ケース ID ${C.kenjiRefund} で受け付けました。
内容: 試験のキャンセルに伴う受験料の返金について

担当者より 24 時間以内にご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true,
    note: 'Credly\'s own account-merge verification code, not the AWS merge',
    from: CREDLY, to: SHO.src, date: jst('2026-12-05 21:37:14'),
    subject: 'Credly アカウント統合の確認コード',
    text: `Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力するか、下のボタンを押してください。

確認コード: 482913

[アカウントの統合を完了する]

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    note: 'Skill Builder subscription "申し込みが完了しました": a purchase, not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.amazon.com>', to: DAISUKE.keep, date: jst('2026-11-29 09:30:00'),
    subject: 'AWS Skill Builder サブスクリプションのお申し込みが完了しました',
    text: `松本 大輔 様

AWS Skill Builder 個人サブスクリプションのお申し込みが完了しました。
ご利用開始日: 2026年11月29日
次回更新日: 2026年12月29日

さっそく学習を始めましょう。`,
    html: `<html><body><p>松本 大輔 様</p><p>AWS Skill Builder 個人サブスクリプションのお申し込みが完了しました。<br>ご利用開始日: 2026年11月29日<br>次回更新日: 2026年12月29日</p><p><a href="https://skillbuilder.aws/">さっそく学習を始めましょう。</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-un-builderid-code', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true, trusted: false,
    note: 'AWS Builder ID verification code from signin.aws, a domain outside the trusted list',
    from: 'AWS Builder ID <no-reply@signin.aws>', to: YUKI.keep, date: jst('2026-11-30 22:03:51'),
    subject: 'AWS Builder ID の確認コード',
    text: `AWS Builder ID のメールアドレスを確認してください。

確認コード: 705318

このコードの有効期限は 10 分です。お心当たりがない場合は、このメールを無視してください。`,
  }),
];

export { sfSep };
