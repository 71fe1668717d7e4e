// Set "as", Japanese part 2: completions, badges, closings.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, ITO, KOBAYASHI, M, NAKAMURA, NOTIFY, PORTAL, SUP, SUP_ADDR, SUZUKI, TAKAHASHI, TANAKA, YOSHIDA,
  caseQuote, gmailJa, htmlWithQuote, iosJa, jst, outlookJa, quote, subj, utc,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  M({
    slug: 'ja-merge-quotes-consent', kind: 'merge_completed', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7',
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-24 06:31:18'),
    note: 'support reports the merge done, on top of the user\'s quoted consent',
    text: `高橋 美咲 様

ご返信ありがとうございました。
本日、旧アカウント(${TAKAHASHI.srcId})の認定情報を ${TAKAHASHI.keepId} へ移し、統合作業を終えました。
今後は ${TAKAHASHI.keep} でサインインしてご利用ください。

AWS トレーニングと認定 カスタマーサポート 木村

${caseQuote(TAKAHASHI.keep, '2026-01-23 12:02', SUP_ADDR, subj(CASE.takahashi), `木村様

ご説明ありがとうございます。取り消せないことも理解しました。
統合に同意します。よろしくお願いいたします。

高橋`)}`,
  }),
  M({
    slug: 'ja-merge-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64',
    from: PORTAL, to: NAKAMURA.keep, subject: 'AWS 認定: アカウントの統合が完了しました', date: utc('2026-04-17 10:02:41'),
    note: 'the certification portal\'s own notice that the accounts were merged (no case ID)',
    text: `中村 由美 様

お客様の AWS 認定アカウントは統合されました。
統合されたアカウント: ${NAKAMURA.srcId}
現在のアカウント: ${NAKAMURA.keepId}

認定、試験履歴、特典は現在のアカウントでご確認いただけます。

AWS Certification
このメールは自動送信です。返信はできません。`,
    html: `<p>中村 由美 様</p><p>お客様の AWS 認定アカウントは統合されました。</p><table><tr><td>統合されたアカウント</td><td>${NAKAMURA.srcId}</td></tr><tr><td>現在のアカウント</td><td>${NAKAMURA.keepId}</td></tr></table><p>認定、試験履歴、特典は現在のアカウントでご確認いただけます。</p><p>AWS Certification<br>このメールは自動送信です。返信はできません。</p>`,
  }),
  M({
    slug: 'ja-merge-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.ito, enc: 'sjis8',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-05 08:44:03'),
    note: 'merge reported done, with a request to look everything over (stays merge_completed)',
    text: `伊藤様

いつもお世話になっております。山口です。
ご同意いただいた内容のとおり、${ITO.src} のアカウントは ${ITO.keep} のアカウントへまとめられました。
お手数ですが、サインインのうえ SAA・DVA の認定と試験履歴が表示されているかご確認いただけますと幸いです。

-----Original Message-----
From: ${ITO.keep}
Sent: 2026/03/04 14:10
To: ${SUP_ADDR}
Subject: RE: ${subj(CASE.ito)}

同意します。手続きをお願いいたします。
伊藤`,
  }),
  M({
    slug: 'ja-merge-and-will-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, enc: 'jisb64',
    from: SUP, to: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-12 09:15:30'),
    note: 'completion that also says the case will be closed: merge_completed',
    text: `鈴木 健一 様

お待たせしました。アカウントの統合処理が完了いたしましたのでご報告します。
会社アドレスのアカウントで取得された認定は、すべて個人アドレスのアカウントに反映されています。
本件はこれにて完了とし、ケースはクローズさせていただきます。

佐野 / AWS トレーニングと認定

${gmailJa('2026-02-11 22:31', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
> 佐野様
> 問題ありません。統合を進めてください。`,
  }),
  M({
    slug: 'ja-merge-id-date-between', kind: 'merge_completed', lang: 'ja', caseId: CASE.nakamura, enc: 'utf8qp',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-17 09:48:12'),
    note: 'completion phrased with IDs and a date between the words: 「…は、4月17日付で…へ統合済みです」',
    text: `中村様

ご連絡いただいた件、${NAKAMURA.srcId} のアカウントは、4月17日付で ${NAKAMURA.keepId} へ統合済みです。
大学アドレスでのサインインはできなくなっていますのでご注意ください。

岡本

${outlookJa(`${NAKAMURA.ja} <${NAKAMURA.keep}>`, '2026-04-16 19:40', SUP_ADDR, `RE: ${subj(CASE.nakamura)}`)}

上記の内容で問題ありません。お願いします。`,
  }),
  M({
    slug: 'ja-merge-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.ito, enc: 'jis7', trusted: false, auth: 'fail',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-04 12:00:09'),
    note: 'says the accounts were merged, but DMARC fails for amazon.com: untrusted',
    text: `伊藤様

アカウントの統合が完了しました。
統合後のアカウントを有効化するため、以下からサインインしてください。
http://aws-training-activate.example-signin.com/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-merge-html-only', kind: 'merge_completed', lang: 'ja', caseId: CASE.takahashiDup, enc: 'utf8b64',
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashiDup), date: utc('2026-01-24 06:40:55'),
    note: 'HTML-only completion sent on her duplicate case number',
    html: `<html><body><p>高橋様</p>
<p>別のケースでご依頼いただいておりましたアカウントの統合は、本日対応が完了しております。以降は ${TAKAHASHI.keep} のアカウントをご利用ください。</p>
<p>AWS Training and Certification</p>
<div class="gmail_quote"><blockquote>【再送】認定アカウント統合のお願い<br>前回のケースに返信がないため再送します。</blockquote></div>
</body></html>`,
  }),
  M({
    slug: 'ja-merge-cc-manager-question', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, enc: 'sjisb64',
    from: SUP, to: `${TANAKA.ja} <${TANAKA.addr}>`, cc: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-12 09:20:11'),
    note: 'to the manager who asked for status, user in CC: the merge has been done',
    text: `田中様
(CC: 鈴木様)

お問い合わせありがとうございます。
鈴木様の 2 つの認定アカウントは、先ほど統合が完了しました。鈴木様には別途ご連絡済みです。

${outlookJa(`${TANAKA.ja} <${TANAKA.addr}>`, '2026-02-12 10:05', SUP_ADDR, subj(CASE.suzuki), SUZUKI.keep)}

進捗を教えてください。パートナー登録の関係で今週中に必要です。
田中`,
  }),

  // ---------------- badges_transferred (8) ----------------
  M({
    slug: 'ja-badges-after-user-asked', kind: 'badges_transferred', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7',
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-27 04:05:48'),
    note: 'support says the Credly badges were moved, replying to her complaint that they had not',
    text: `高橋様

ご不便をおかけしました。
Credly のデジタルバッジを、${TAKAHASHI.keep} 宛てに付け替えました。Credly にサインインしていただくと、3 つのバッジが表示されるはずです。

木村

${gmailJa('2026-01-26 09:12', `${TAKAHASHI.ja} <${TAKAHASHI.keep}>`)}
> 統合ありがとうございました。認定は新しいアカウントで見えるのですが、
> Credly のバッジが旧アドレスのまま移っていません。
> 対応いただけますか。`,
  }),
  M({
    slug: 'ja-badges-credly-hakko', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp',
    from: CREDLY_AWS, to: SUZUKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-02-13 00:41:27'),
    note: 'AWS\'s badge issued by Credly to the kept address after the merge',
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/6d1f0b2e-8a4c-4f3a-9d21-0c7e5b2a9f14

Credly`,
    html: `<table width="100%"><tr><td align="center"><p>鈴木 健一 様</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><a href="https://www.credly.com/earner/earned/badge/6d1f0b2e-8a4c-4f3a-9d21-0c7e5b2a9f14" style="background:#2b7bb9;color:#fff;padding:10px 20px">バッジを入手する</a><p style="font-size:11px">Credly</p></td></tr></table>`,
  }),
  M({
    slug: 'ja-badges-moved-and-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ito, enc: 'sjis8',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-07 02:18:36'),
    note: 'badges moved and the case closed in one message: badges_transferred',
    text: `伊藤様

ご指摘のバッジの件、Credly 側で SAA と DVA のバッジを ${ITO.keep} に移行いたしました。
これで本件のご依頼はすべて対応済みとなりますので、ケースをクローズいたします。

${gmailJa('2026-03-06 18:55', `${ITO.ja} <${ITO.keep}>`)}
> 統合は確認できました。ありがとうございます。
> ただ Credly のバッジがまだ会社アドレスの方にあるようです。`,
  }),
  M({
    slug: 'ja-badges-credly-html-only', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64',
    from: CREDLY_AWS, to: NAKAMURA.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-04-18 03:10:59'),
    note: 'HTML-only Credly notice of an AWS badge issued to the kept address',
    html: `<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:auto">
<img src="https://images.credly.com/size/340x340/images/aws-cp.png" alt="" width="120">
<h1 style="font-size:20px">中村さん、おめでとうございます!</h1>
<p>Amazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/c90a3e51-2f77-4b0e-8d6a-41ad0e9c7f02">バッジを入手する</a></p>
<p style="color:#777;font-size:11px">このメールは Credly から送信されています。</p>
</div></body></html>`,
  }),
  M({
    slug: 'ja-badges-reissued-support', kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzuki, enc: 'jisb64',
    from: SUP, to: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-13 00:35:02'),
    note: 'support says the badges were reissued to the kept account',
    text: `鈴木様

統合後のバッジにつきまして、統合先アカウントのメールアドレス宛てに Credly のバッジを再発行しました。Credly から届くメールの「バッジを入手する」から受け取りをお願いいたします。

AWS トレーニングと認定 佐野

${caseQuote(SUZUKI.keep, '2026-02-12 13:40', SUP_ADDR, subj(CASE.suzuki), `佐野様
統合ありがとうございました。バッジも個人アドレスに移してもらうことは可能でしょうか。`)}`,
  }),
  M({
    slug: 'ja-badges-lookalike-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'jis7', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: ITO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-03-06 21:15:33'),
    note: 'Credly-style badge notice from credly-notify.com, a look-alike domain: untrusted',
    text: `伊藤 翔 様

バッジが発行されました。以下から受け取ってください。
https://credly-notify.com/accept?u=s-ito

Credly`,
  }),
  M({
    slug: 'ja-badges-google-ar-only', kind: 'badges_transferred', lang: 'ja', caseId: CASE.nakamura, enc: 'utf8b64', trusted: false, auth: 'otherOnly',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-18 01:27:44'),
    note: 'support-looking badge notice, but the only Authentication-Results is another server\'s: untrusted',
    text: `中村様

Credly のバッジを統合先アカウントへ移しました。ご確認ください。

岡本`,
  }),
  M({
    slug: 'ja-badges-answer-manager', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ito, enc: 'sjisb64',
    from: SUP, to: ITO.keep, cc: `${YOSHIDA.ja} <${YOSHIDA.addr}>`, subject: subj(CASE.ito), date: utc('2026-03-06 08:30:27'),
    note: 'answering the team lead\'s question in the thread: the badges now sit on the kept account',
    text: `伊藤様、吉田様

Credly のバッジの件、本日 ${ITO.keep} 側へ移行が済んでおります。伊藤様の Credly プロフィールに SAA と DVA が表示されていることを確認しました。

${outlookJa(`${YOSHIDA.ja} <${YOSHIDA.addr}>`, '2026-03-05 17:22', SUP_ADDR, subj(CASE.ito), ITO.keep)}

伊藤のチームリーダーの吉田です。
パートナーの資格者数に反映させたいので、バッジが個人アドレスに移るか教えてください。`,
  }),

  // ---------------- case_closed (7) ----------------
  M({
    slug: 'ja-closed-after-user-thanks', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7',
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-28 01:02:19'),
    note: 'support closes the case after the user\'s thank-you',
    text: `高橋様

ご確認いただきありがとうございます。お役に立てて何よりです。
本ケースはこれでクローズとさせていただきます。また何かございましたら、新しいケースでお問い合わせください。

木村

${gmailJa('2026-01-27 21:40', `${TAKAHASHI.ja} <${TAKAHASHI.keep}>`)}
> 木村様
> バッジ3つとも表示されました。無事確認できました、ありがとうございました。`,
  }),
  M({
    slug: 'ja-closed-auto-close-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura, enc: 'sjis8',
    from: NOTIFY, to: NAKAMURA.keep, subject: `ケース ${CASE.nakamura}: お客様のご返信をお待ちしています`, date: utc('2026-04-20 00:00:31'),
    note: 'reminder that the case will close automatically in 3 days without a reply',
    text: `中村 由美 様

ケース ${CASE.nakamura} について、担当者からの回答にまだご返信がありません。
3 日以内にご返信がない場合、このケースは自動的にクローズされます。引き続きサポートが必要な場合は、サポートセンターからご返信ください。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.ito, enc: 'utf8qp', trap: true,
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-12 03:30:04'),
    note: 'closing notice that restates last week\'s merge: case_closed',
    text: `伊藤様

先週ご報告のとおり、アカウントの統合とバッジの移行は完了しております。その後ご質問がございませんでしたので、本ケースは解決済みとしてクローズいたします。

AWS トレーニングと認定 山口`,
  }),
  M({
    slug: 'ja-closed-notify-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, enc: 'jisb64',
    from: NOTIFY, to: SUZUKI.keep, subject: `AWS サポート: ケース ${CASE.suzuki} は解決済みになりました`, date: utc('2026-02-14 09:00:12'),
    note: 'AWS Support notification that the case was resolved',
    text: `鈴木 健一 様

サポートケース ${CASE.suzuki}「アカウント統合について」のステータスが「解決済み」に変更されました。
さらにお手伝いが必要な場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-closed-no-auth-results', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7', trusted: false, auth: 'none',
    from: SUP, to: TAKAHASHI.src, subject: subj(CASE.takahashi), date: utc('2026-01-30 05:44:40'),
    note: 'closing notice with no Authentication-Results at all: untrusted',
    text: `高橋様

本件はクローズいたしました。旧アカウントのデータは削除されます。
データを残したい場合は以下から手続きしてください。
http://aws-case-archive.example-mail.net/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-closed-resent-old-corp', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, enc: 'utf8b64', forUser: false,
    from: SUP, to: SUZUKI.src, subject: subj(CASE.suzuki), date: utc('2026-02-14 08:50:33'),
    resent: { from: 'postmaster@corp-a.example.co.jp', to: 'it-helpdesk@corp-a.example.co.jp', date: jst('2026-02-14 17:51:02') },
    note: 'genuine closing, but redirected by the old company\'s server (Resent-*) to its helpdesk: not for the user',
    text: `鈴木様

ケースをクローズいたします。ご利用ありがとうございました。

${gmailJa('2026-02-13 23:02', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
> バッジの受け取りまで完了しました。本件は終了で大丈夫です。`,
    html: htmlWithQuote('鈴木様\n\nケースをクローズいたします。ご利用ありがとうございました。', gmailJa('2026-02-13 23:02', `${SUZUKI.ja} <${SUZUKI.keep}>`), 'バッジの受け取りまで完了しました。本件は終了で大丈夫です。'),
  }),
  M({
    slug: 'ja-closed-user-asked-to-close', kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura, enc: 'sjisb64',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-19 02:14:50'),
    note: 'user said nothing more was needed; support closes the case',
    text: `中村様

承知いたしました。ご連絡ありがとうございます。
それでは、お問い合わせいただいたケースはこれで終了とさせていただきます。

${iosJa('2026-04-18 20:03', `${NAKAMURA.ja} <${NAKAMURA.keep}>`)}

> バッジも受け取れました。もう大丈夫なので閉じてください。

AWS トレーニングと認定 カスタマーサポート 岡本`,
  }),
];

