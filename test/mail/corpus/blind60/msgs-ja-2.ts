// Set bg, Japanese part 2: completion, badges, closing, other replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  AYA, CREDLY, FORM, KEN, KEN_OTHER, MISAKI, NAOKI, NOREPLY, PORTAL, RIE, RYO, SHO, SUPPORT_SYS,
  OLD_BADGES_JA, OLD_CLOSE_JA, OLD_DONE_JA, caseHistory, caseHistoryJa, caseSubj, d, fwdBlock, gmailJa, html, iphoneJa, mk, outlookJa, quote, ref,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- ai_answer (one more) ----------------
  mk({
    slug: 'ja-ai-ken-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only generated answer shown before creating a case',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: KEN_OTHER, subject: '生成 AI からのご案内',
    date: d('2026-09-27 14:20:05', '+0000'), enc: 'utf8qp',
    html: `<div dir="ltr"><p><small>AI が生成した回答です。重要な判断の前に内容をご確認ください。</small></p>
<p>認定アカウントが 3 つ以上ある場合も、統合先にしたいアカウントでサインインして「アカウントを統合」ツールを使えば、1 つずつまとめることができます。</p>
<p>ツールに「認定履歴があるため統合できません」と表示された場合は、下の「ケースを作成」からご依頼ください。</p></div>`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-done-ken-third', kind: 'merge_completed', lang: 'ja', caseId: KEN.newCase,
    note: 'third account merged; mentions the earlier merge for context',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-10-03 08:47:19', '+0000'), enc: 'jis7',
    text: `中村 健一 様

お待たせしました。${KEN.thirdId} の統合作業が本日完了いたしました。
昨年統合した ${KEN.oldId} の分とあわせ、すべての認定と特典が ${KEN.keepId} にまとまっています。
サインインして、認定の一覧と特典タブをご確認いただければと思います。

田村`,
  }),
  mk({
    slug: 'ja-done-misaki-sjis', kind: 'merge_completed', lang: 'ja', caseId: MISAKI.newCase,
    note: 'the recertification duplicate was merged; voucher now on the kept account',
    from: FORM, to: MISAKI.keep, subject: caseSubj(MISAKI.newCase),
    date: d('2026-10-08 03:12:40', '+0000'), enc: 'sjis8',
    text: `高橋様

ご同意ありがとうございました。${MISAKI.thirdId} を ${MISAKI.keepId} に統合いたしました。
見当たらなかった 50% 割引バウチャーも、特典タブに表示されるようになっているはずです。
ご不明な点があればこのままご返信ください。

小野

${iphoneJa('2026-10-07 12:02', `高橋 美咲 <${MISAKI.keep}>`)}

> 統合をお願いします。`,
  }),
  mk({
    slug: 'ja-done-ryo-remerge', kind: 'merge_completed', lang: 'ja', caseId: RYO.newCase,
    note: 'reopened case: the re-merge has been carried out',
    from: FORM, to: RYO.keep, subject: caseSubj(RYO.newCase),
    date: d('2026-09-05 02:33:08', '+0000'), enc: 'utf8qp',
    text: `小林 亮 様

再開したケースの件、${RYO.oldId} に残っていた再認定の記録を ${RYO.keepId} へ移し、アカウントの統合をやり直しました。今後は ${RYO.keepId}(${RYO.keep})でのみサインインしてください。

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-done-aya-b64', kind: 'merge_completed', lang: 'ja', caseId: AYA.newCase,
    note: 'completion notice, also says the case will now be closed (completion is the new fact)',
    from: FORM, to: AYA.keep, subject: caseSubj(AYA.newCase),
    date: d('2026-11-05 09:21:55', '+0000'), enc: 'jisb64',
    text: `伊藤 彩 様

${AYA.thirdId} の ${AYA.keepId} への統合が済みました。認定ポータルで CLF が表示されているかご確認ください。
本ケースはこのあとクローズいたします。

佐々木`,
  }),
  mk({
    slug: 'ja-done-sho-alt', kind: 'merge_completed', lang: 'ja', caseId: SHO.newCase,
    note: 'completion notice as multipart/alternative with a check-it-looks-right line',
    from: FORM, to: SHO.keep, subject: caseSubj(SHO.newCase),
    date: d('2026-10-24 01:40:12', '+0000'), enc: 'utf8b64',
    text: `渡辺様

シータラボのアカウント ${SHO.thirdId} は、${SHO.keepId} に統合されました。
認定の履歴・特典が正しく表示されているか、念のためご確認をお願いいたします。`,
    html: html(`渡辺様

シータラボのアカウント ${SHO.thirdId} は、${SHO.keepId} に統合されました。
認定の履歴・特典が正しく表示されているか、念のためご確認をお願いいたします。`),
  }),
  mk({
    slug: 'ja-done-portal-naoki', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice that the accounts were merged; no case ID',
    from: PORTAL, to: NAOKI.keep, subject: 'AWS 認定: アカウントが統合されました',
    date: d('2026-11-14 00:05:31', '+0000'), enc: 'utf8qp', auth: 'dkimonly',
    text: `加藤 直樹 さん

お使いの AWS 認定アカウントに、別のアカウント(${NAOKI.thirdId})の記録が統合されました。
統合後の認定と特典は「認定」ページでご覧いただけます。この変更にお心当たりがない場合は、AWS トレーニングと認定までご連絡ください。`,
  }),
  mk({
    slug: 'ja-done-resent-ken', kind: 'merge_completed', lang: 'ja', caseId: KEN.oldCase, forUser: false, auth: 'dkimonly',
    note: 'old completion mail redirected by the former employer server (Resent-*); not delivered to the user as such',
    from: FORM, to: KEN.old, subject: caseSubj(KEN.oldCase),
    date: d('2025-06-12 04:10:00', '+0000'), enc: 'jis7',
    resent: { from: 'postmaster@alpha-sys.example.co.jp', to: 'it-archive@alpha-sys.example.co.jp', date: d('2026-10-05 09:00:00', '+0900') },
    text: OLD_DONE_JA(KEN),
  }),
  mk({
    slug: 'ja-done-forged-rie', kind: 'merge_completed', lang: 'ja', caseId: RIE.newCase, trusted: false, auth: 'misaligned',
    note: 'completion text but DKIM belongs to a bulk sender and dmarc fails',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-10 13:00:00', '+0000'), enc: 'jis7',
    text: `山本様

統合が完了しました。統合後のアカウントを有効化するため、48 時間以内に以下から再ログインしてください。
https://aws-cert-merge.example.net/activate`,
  }),
  mk({
    slug: 'ja-done-rie-real', kind: 'merge_completed', lang: 'ja', caseId: RIE.newCase,
    note: 'real completion notice; the earlier 2025 thread sits below',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-11 02:18:44', '+0000'), enc: 'sjisb64',
    text: `山本 理恵 様

ご承諾いただいた ${RIE.thirdId} の統合を行いました。${RIE.keepId} にて認定が 1 件増えていることをお確かめください。

堀

${caseHistoryJa('2026-09-09 17:16', FORM, caseSubj(RIE.newCase), `山本様\nカッパ社のアカウント ${RIE.thirdId} を ${RIE.keepId} に統合いたします。`)}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-ken', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the third merge',
    from: CREDLY, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-04 17:22:09', '+0000'), enc: 'utf8b64',
    text: `中村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで公開できます。

バッジを入手する: https://www.credly.com/earner/earned/badge/5c1f0a72-31b9-4e0c-9d2d-8e77b1f4a6c3

Credly チーム`,
    html: html(`中村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで公開できます。

バッジを入手する

Credly チーム`),
  }),
  mk({
    slug: 'ja-badge-misaki-support', kind: 'badges_transferred', lang: 'ja', caseId: MISAKI.newCase,
    note: 'support says the badge from the recertification account is now on the kept Credly account',
    from: FORM, to: MISAKI.keep, subject: caseSubj(MISAKI.newCase),
    date: d('2026-10-10 05:03:27', '+0000'), enc: 'jis7',
    text: `高橋様

再認定で発行された SAA のバッジが ${MISAKI.third} 側の Credly に付いていましたので、${MISAKI.keep} の Credly アカウントへ付け替えました。
Credly で表示をご確認ください。

小野`,
  }),
  mk({
    slug: 'ja-badge-ryo-moved', kind: 'badges_transferred', lang: 'ja', caseId: RYO.newCase,
    note: 'support confirms the badges were moved to the kept account after the re-merge',
    from: FORM, to: RYO.keep, subject: caseSubj(RYO.newCase),
    date: d('2026-09-08 06:44:50', '+0000'), enc: 'utf8qp',
    text: `小林様

お待たせいたしました。Credly のバッジ 3 点(SAA、SOA、ANS)を ${RYO.keep} の Credly アカウントへ移行しました。反映まで少しお時間をいただく場合があります。

${gmailJa('2026-09-06 20:11', `小林 亮 <${RYO.keep}>`)}
> 統合ありがとうございました。バッジがまだ旧アドレスの Credly にあるようです。`,
  }),
  mk({
    slug: 'ja-badge-aya-close', kind: 'badges_transferred', lang: 'ja', caseId: AYA.newCase,
    note: 'support announces the badges moved and that the case is being closed',
    from: FORM, to: AYA.keep, subject: caseSubj(AYA.newCase),
    date: d('2026-11-07 03:51:14', '+0000'), enc: 'jisb64',
    text: `伊藤様

ゼータワークス時代の CLF バッジを、Credly 上で ${AYA.keep} のアカウントへ移しました。
これで今回のご依頼はすべて対応できたかと存じますので、ケースはクローズとさせていただきます。

佐々木`,
  }),
  mk({
    slug: 'ja-badge-sho-mobile', kind: 'badges_transferred', lang: 'ja', caseId: SHO.newCase,
    note: 'badges moved, top-posted above the customer mobile reply',
    from: FORM, to: SHO.keep, subject: caseSubj(SHO.newCase),
    date: d('2026-10-26 07:12:36', '+0000'), enc: 'utf8b64',
    text: `渡辺様、バッジの件、対応が終わりました。シータラボのアドレスに紐づいていた 2 つのバッジは、いまは ${SHO.keep} の Credly ウォレットに入っています。

${iphoneJa('2026-10-25 18:40', `渡辺 翔 <${SHO.keep}>`)}

> バッジが移っていないようです
> iPhoneから送信`,
  }),
  mk({
    slug: 'ja-badge-credly-rie', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly issuance mail for an AWS badge after the merge (HTML only)',
    from: CREDLY, to: RIE.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-09-12 21:05:48', '+0000'), enc: 'utf8b64',
    html: `<html><body><table><tr><td>
<p>山本 理恵 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が、あなたに「AWS Certified Cloud Practitioner」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0a8e7d31-6f21-4c55-b9b5-2d1e6a0c9f44">バッジを入手する</a></p>
<p style="font-size:11px">このメールは Credly (Pearson) から送信されています。</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-badge-naoki-support', kind: 'badges_transferred', lang: 'ja', caseId: NAOKI.newCase,
    note: 'support tells the badges are now on the kept account',
    from: FORM, to: NAOKI.keep, subject: caseSubj(NAOKI.newCase),
    date: d('2026-11-16 04:29:19', '+0000'), enc: 'sjis8',
    text: `加藤様

Credly のバッジについてもご依頼どおり、${NAOKI.keep} に移行が完了しています。失効済みの CLF バッジは「期限切れ」として表示されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-forged-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'otherOnly',
    note: 'Credly badge mail with only a foreign (mx.google.com) Authentication-Results',
    from: CREDLY, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-04 18:01:00', '+0000'), enc: 'utf8qp',
    text: `中村 健一 さん

統合されたアカウントのバッジが発行されました。バッジを入手する: https://credly-badges.example.org/claim`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-ken-restate', kind: 'case_closed', lang: 'ja', caseId: KEN.newCase, trap: true,
    note: 'closing that only restates the merge done last week',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-10-09 01:15:02', '+0000'), enc: 'jis7',
    text: `中村様

先週お知らせしたとおり ${KEN.thirdId} の統合は済んでおりますので、本ケースはこれでクローズいたします。
またお困りのことがあれば、新しいケースでお問い合わせください。

田村`,
  }),
  mk({
    slug: 'ja-close-misaki-reminder', kind: 'case_closed', lang: 'ja', caseId: MISAKI.newCase,
    note: 'will auto-close in 3 days without a reply',
    from: SUPPORT_SYS, to: MISAKI.keep, subject: `ケース ${MISAKI.newCase}: ご返信をお待ちしています`,
    date: d('2026-10-13 00:00:41', '+0000'), enc: 'sjisb64', auth: 'dkimonly',
    text: `高橋 美咲 様

ケース ${MISAKI.newCase} について、担当者からの最後のご連絡以降、ご返信をいただいておりません。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。`,
  }),
  mk({
    slug: 'ja-close-ryo-again', kind: 'case_closed', lang: 'ja', caseId: RYO.newCase, trap: true,
    note: 'reopened case closed again; badges and re-merge only restated',
    from: FORM, to: RYO.keep, subject: caseSubj(RYO.newCase),
    date: d('2026-09-15 03:00:12', '+0000'), enc: 'utf8qp',
    text: `小林様

再統合とバッジの移行は先日ご案内したとおり完了しております。その後ご連絡がございませんので、再開したケースを改めてクローズいたします。
1 年越しのお問い合わせとなりましたが、ご協力ありがとうございました。

${caseHistoryJa('2026-09-08 15:44', FORM, caseSubj(RYO.newCase), `Credly のバッジ 3 点を ${RYO.keep} の Credly アカウントへ移行しました。`)}`,
  }),
  mk({
    slug: 'ja-close-aya-resolved', kind: 'case_closed', lang: 'ja', caseId: AYA.newCase,
    note: 'system notice that the case was marked resolved',
    from: NOREPLY, to: AYA.keep, subject: `ケース ${AYA.newCase} は解決済みになりました`,
    date: d('2026-11-07 03:52:30', '+0000'), enc: 'jis7',
    text: `伊藤 彩 様

ケース ${AYA.newCase} のステータスが「解決済み」に変更されました。
同じ件で追加のご質問がある場合は、14 日以内であればこのケースを再開できます。`,
  }),
  mk({
    slug: 'ja-close-sho-badges', kind: 'case_closed', lang: 'ja', caseId: SHO.newCase, trap: true,
    note: 'closing after the user said all is fine; restates badges moved',
    from: FORM, to: SHO.keep, subject: caseSubj(SHO.newCase),
    date: d('2026-10-28 02:22:09', '+0000'), enc: 'jisb64',
    text: `渡辺様

ご確認いただきありがとうございます。バッジも移っているとのことで安心しました。
それでは本件はクローズとさせていただきます。

${quote(`${gmailJa('2026-10-27 22:10', `渡辺 翔 <${SHO.keep}>`)}\nバッジ 2 つとも表示されました。ありがとうございました。`)}`,
  }),
  mk({
    slug: 'ja-close-rie-5days', kind: 'case_closed', lang: 'ja', caseId: RIE.newCase,
    note: 'support says it will close the case after five days without a reply',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-14 06:30:18', '+0000'), enc: 'utf8qp',
    text: `山本様

その後いかがでしょうか。
5 日ほどお返事がない場合は、問題が解決したものとしてケースを閉じさせていただきますのでご了承ください。

堀`,
  }),
  mk({
    slug: 'ja-close-naoki-html', kind: 'case_closed', lang: 'ja', caseId: NAOKI.newCase,
    note: 'HTML closing notice from the case tool',
    from: FORM, to: NAOKI.keep, subject: caseSubj(NAOKI.newCase),
    date: d('2026-11-18 05:40:00', '+0000'), enc: 'utf8b64',
    html: `<html><body>
<p>加藤 直樹 様</p>
<p>このたびはお問い合わせありがとうございました。ケース ${NAOKI.newCase} は本日付でクローズいたしました。</p>
<p>今後ともどうぞよろしくお願いいたします。<br>AWS トレーニングと認定 カスタマーサービス</p>
<p style="color:#999">${ref('NAO9')}</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-close-forged-aya', kind: 'case_closed', lang: 'ja', caseId: AYA.newCase, trusted: false, auth: 'fail',
    note: 'closing notice that fails DMARC',
    from: FORM, to: AYA.keep, subject: caseSubj(AYA.newCase),
    date: d('2026-11-06 12:00:00', '+0000'), enc: 'jis7',
    text: `伊藤様

本ケースをクローズしました。ご不明点はこちらのフォームからどうぞ: https://aws-support-form.example.net/`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-ken-oldcase', kind: 'support_reply', lang: 'ja', caseId: KEN.newCase, trap: true,
    note: 'status: support found the 2025 merge completed and passed the third account to the team',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-09-28 23:50:33', '+0000'), enc: 'jis7',
    text: `中村様

お問い合わせの件、前回ケース ${KEN.oldCase} の記録を拝見しました。2025 年 6 月 12 日に統合が完了し、その後クローズとなっております。
今回の 3 件目については担当チームに引き継ぎましたので、改めてご連絡いたします。

田村

${caseHistory('2025-06-12 04:10', FORM, caseSubj(KEN.oldCase), OLD_DONE_JA(KEN))}`,
  }),
  mk({
    slug: 'ja-sr-ken-thanks', kind: 'support_reply', lang: 'ja', caseId: KEN.newCase, trap: true,
    note: 'thanks for confirming, passed to the team (not a completion)',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-10-02 09:14:27', '+0000'), enc: 'utf8b64',
    text: `中村様

統合へのご同意、確かに承りました。担当部署に作業を依頼しましたので、終わり次第お知らせします。

田村

${gmailJa('2026-10-02 17:40', `${KEN.ja} <${KEN.keep}>`)}
> 統合に同意します。`,
  }),
  mk({
    slug: 'ja-sr-misaki-future', kind: 'support_reply', lang: 'ja', caseId: MISAKI.newCase, trap: true,
    note: 'future/conditional: once the merge is done the voucher will show',
    from: FORM, to: MISAKI.keep, subject: caseSubj(MISAKI.newCase),
    date: d('2026-10-07 04:06:51', '+0000'), enc: 'sjis8',
    text: `高橋様

ご返信ありがとうございます。統合が完了しましたら、バウチャーとバッジも ${MISAKI.keepId} 側でご覧いただけるようになります。
作業には 2 から 3 営業日ほどいただく見込みです。

小野`,
  }),
  mk({
    slug: 'ja-sr-ryo-escalate', kind: 'support_reply', lang: 'ja', caseId: RYO.newCase, trap: true,
    note: 'escalation on the reopened case; quotes the 2025 completion',
    from: FORM, to: RYO.keep, subject: caseSubj(RYO.newCase),
    date: d('2026-09-01 07:27:03', '+0000'), enc: 'jisb64',
    text: `小林様

詳細をお送りいただきありがとうございます。認定記録を管理する専門チームに調査を依頼しました。回答がありしだい、こちらのケースでお知らせします。

${outlookJa('2025-05-19 13:40', FORM, RYO.keep, caseSubj(RYO.oldCase))}

小林様
統合元 ${RYO.oldId} の認定は ${RYO.keepId} に反映済みです。
${OLD_CLOSE_JA}`,
  }),
  mk({
    slug: 'ja-sr-aya-dupcases', kind: 'support_reply', lang: 'ja', caseId: AYA.newCase, trap: true,
    note: 'we merged your duplicate cases (cases, not accounts)',
    from: FORM, to: AYA.keep, subject: caseSubj(AYA.newCase),
    date: d('2026-11-02 23:12:40', '+0000'), enc: 'jis7',
    text: `伊藤様

同じ内容で 2 件のケース(${AYA.newCase} と 1790118777)をいただいておりましたので、ケースを 1 つに統合しました。以降は ${AYA.newCase} でやり取りさせてください。
アカウントの件は現在確認中です。`,
  }),
  mk({
    slug: 'ja-sr-sho-voucher', kind: 'support_reply', lang: 'ja', caseId: SHO.newCase, trap: true,
    note: 'answers a question about vouchers on an already merged account; restates the old merge',
    from: FORM, to: SHO.keep, subject: caseSubj(SHO.newCase),
    date: d('2026-10-30 05:17:22', '+0000'), enc: 'utf8qp',
    text: `渡辺様

ご質問の件です。昨年のケース ${SHO.oldCase} で統合済みのアカウントのバウチャーは、統合時点で未使用だったものだけが引き継がれています。使用済みのものは特典タブに出てきません。
今回まとめたシータラボ分についても同じ扱いになります。`,
  }),
  mk({
    slug: 'ja-sr-rie-notyet', kind: 'support_reply', lang: 'ja', caseId: RIE.newCase, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-10 04:41:39', '+0000'), enc: 'jis7',
    text: `山本様

お問い合わせいただいた件ですが、統合作業はまだ完了しておりません。ご同意のメールは受け取っておりますので、今しばらくお待ちください。

堀

${iphoneJa('2026-09-10 11:02', `山本 理恵 <${RIE.keep}>`)}
> 統合は終わりましたでしょうか?`,
  }),
  mk({
    slug: 'ja-sr-naoki-writefrom', kind: 'support_reply', lang: 'ja', caseId: NAOKI.newCase,
    note: 'asks only to write again from the kept address (no data requested)',
    from: FORM, to: 'nkato@mu-systems.example.jp', cc: NAOKI.keep, subject: caseSubj(NAOKI.newCase),
    date: d('2026-11-11 09:30:05', '+0000'), enc: 'sjisb64',
    text: `加藤様

本件は、統合後に残すアカウントのメールアドレスからご連絡いただく必要がございます。お手数ですが、そちらのアドレスから本メールにご返信いただけますでしょうか。`,
  }),
  mk({
    slug: 'ja-sr-naoki-unable', kind: 'support_reply', lang: 'ja', caseId: NAOKI.newCase, trap: true,
    note: 'unable to merge for now (an exam is booked on the source account)',
    from: FORM, to: NAOKI.keep, subject: caseSubj(NAOKI.newCase),
    date: d('2026-11-12 23:40:16', '+0000'), enc: 'jis7',
    text: `加藤様

確認しましたところ、${NAOKI.thirdId} 側で 11 月 20 日の試験が予約されているため、現時点では統合できません。
受験が終わるか予約を取り消していただいたあとで、改めて統合の手続きを進めます。`,
  }),
  mk({
    slug: 'ja-sr-misaki-checking', kind: 'support_reply', lang: 'ja', caseId: MISAKI.newCase,
    note: 'HTML-only status update: still looking into it',
    from: FORM, to: MISAKI.keep, subject: caseSubj(MISAKI.newCase),
    date: d('2026-10-05 01:22:58', '+0000'), enc: 'utf8b64',
    html: `<div><p>高橋様</p><p>いただいたスクリーンショットをもとに、ただいま社内で確認を進めております。数日お時間をいただけますと幸いです。</p><p>小野</p></div>`,
  }),
  mk({
    slug: 'ja-sr-forged-freemail', kind: 'support_reply', lang: 'ja', caseId: KEN.newCase, trusted: false,
    note: 'support display name on a free-mail address',
    from: 'AWS Training and Certification <aws.cert.helpdesk@gmail.example.com>', to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-09-30 15:00:00', '+0000'), enc: 'utf8qp',
    text: `中村様

現在、3 件目のアカウントを調査中です。進捗はこちらのアドレスからお知らせします。`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-ken-ownfwd', kind: 'unrelated', lang: 'ja', caseId: KEN.oldCase, trusted: false, trap: true,
    note: 'the user forwards last year\'s completion mail to his other own address',
    from: `${KEN.ja} <${KEN.keep}>`, to: KEN_OTHER, subject: `Fwd: ${caseSubj(KEN.oldCase)}`,
    date: d('2026-09-27 22:31:00', '+0900'), enc: 'utf8b64', relay: 'smtp.example.ne.jp',
    text: `去年の統合完了メール、念のため転送しておく。3 つ目もこれと同じ流れで頼む予定。

${fwdBlock('ja', '2025-06-12 13:10', FORM, KEN.old, caseSubj(KEN.oldCase))}

${OLD_DONE_JA(KEN)}`,
  }),
  mk({
    slug: 'ja-un-betasoft-autoreply', kind: 'unrelated', lang: 'ja', caseId: KEN.newCase, trusted: false, trap: true,
    note: 'old employer mail server auto-reply: the address no longer exists; quotes the info request',
    from: 'ベータソフト 自動応答 <no-reply@beta-soft.example.jp>', to: KEN.keep, subject: `自動応答: ${caseSubj(KEN.newCase)}`,
    date: d('2026-09-29 10:38:00', '+0900'), enc: 'jis7', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールアドレス(${KEN.third})は退職に伴い利用を停止しております。
ご用件の方はお手数ですが代表アドレスまでご連絡ください。

--- 元のメッセージ ---
今回の 3 件目について作業を進めるにあたり、次の点をお知らせいただけますでしょうか。
(ケース ${KEN.newCase})`,
  }),
  mk({
    slug: 'ja-un-recert-reminder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'recertification reminder; mentions merged accounts and the voucher, but it is marketing/notice',
    from: 'AWS Certification <no-reply@aws.training>', to: MISAKI.keep, subject: '認定の有効期限が近づいています: AWS Certified Solutions Architect - Associate',
    date: d('2026-08-01 00:00:10', '+0000'), enc: 'utf8qp',
    text: `高橋 美咲 様

お持ちの AWS Certified Solutions Architect - Associate は 2026 年 11 月 30 日に有効期限を迎えます。
再認定には、認定アカウントの特典タブにある 50% 割引バウチャーをご利用いただけます。アカウントを統合された方は、統合先のアカウントでご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-exam-case', kind: 'unrelated', lang: 'ja', caseId: '1786114408', trap: true,
    note: 'receipt of a different case about rescheduling an exam (topic stated)',
    from: NOREPLY, to: SHO.keep, subject: 'ケース 1786114408 を受け付けました: 試験予約の変更',
    date: d('2026-10-12 03:08:17', '+0000'), enc: 'jis7',
    text: `渡辺 翔 様

試験予約の変更に関するお問い合わせを受け付けました(ケース 1786114408)。
ピアソン VUE の予約番号をご用意のうえ、担当者からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ja-un-survey-oldcase', kind: 'unrelated', lang: 'ja', caseId: RIE.oldCase, trap: true,
    note: 'survey about the old resolved case',
    from: 'AWS Support Survey <aws-support-survey@amazon.com>', to: RIE.keep, subject: `ケース ${RIE.oldCase} に関するアンケート`,
    date: d('2026-09-02 02:00:00', '+0000'), enc: 'utf8b64',
    text: `山本 理恵 様

以前ご利用いただいたケース ${RIE.oldCase}(アカウントの統合)は解決しましたか?
1 分ほどのアンケートにご協力ください。今後のサポート改善に役立てます。`,
  }),
  mk({
    slug: 'ja-un-credly-other', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (not AWS)',
    from: 'Microsoft via Credly <admin@credly.com>', to: AYA.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-11-09 16:40:33', '+0000'), enc: 'utf8b64',
    text: `伊藤 彩 さん

Microsoft が「Microsoft Certified: Azure Fundamentals」のバッジを発行しました。
バッジを入手する: https://www.credly.com/earner/earned/badge/77e1b0d2-19ac-4f5e-8a0b-2b6f8d1c4e90`,
  }),
  mk({
    slug: 'ja-un-colleague', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'a colleague asks how last year\'s merge went',
    from: '佐藤 健 <ken.sato@newco.example.co.jp>', to: KEN.keep, subject: '認定アカウントの統合について教えてください',
    date: d('2026-10-06 12:15:00', '+0900'), enc: 'sjis8', relay: 'mail.newco.example.co.jp',
    text: `中村さん

去年、前の会社のアカウントをまとめてもらったって言ってましたよね。統合完了のメールが来るまで何日くらいかかりましたか?
バッジも自動で移りました? 自分も同じ状況なので、参考にさせてください。

佐藤`,
  }),
  mk({
    slug: 'ja-un-summit', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event marketing that mentions badges and certification lounge',
    from: 'AWS Japan <aws-jp-events@amazon.com>', to: RYO.keep, subject: 'AWS Summit のご案内: 認定者ラウンジのご利用にはバッジをご提示ください',
    date: d('2026-05-20 01:00:00', '+0000'), enc: 'jisb64',
    text: `小林 亮 様

今年も AWS Summit を開催します。AWS 認定をお持ちの方は、Credly のデジタルバッジをご提示いただくと認定者ラウンジをご利用いただけます。
事前登録はこちらから。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder subscription notice saying the procedure is complete',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: MISAKI.keep, subject: 'サブスクリプションの手続きが完了しました',
    date: d('2026-10-15 08:00:00', '+0000'), enc: 'utf8qp',
    text: `高橋様

AWS Skill Builder Individual サブスクリプションの更新手続きが完了しました。引き続きご利用いただけます。`,
  }),
  mk({
    slug: 'ja-un-ken-ownconsent', kind: 'unrelated', lang: 'ja', caseId: KEN.newCase, trusted: false, trap: true,
    note: 'the user\'s own consent reply, copied to himself',
    from: `${KEN.ja} <${KEN.keep}>`, to: FORM, cc: KEN_OTHER, subject: caseSubj(KEN.newCase),
    date: d('2026-10-02 17:40:00', '+0900'), enc: 'jis7', relay: 'smtp.example.ne.jp',
    text: `田村様

統合に同意します。よろしくお願いします。
(去年のケース ${KEN.oldCase} と同じ ${KEN.keepId} に集約でお願いします)

中村`,
  }),
  mk({
    slug: 'ja-un-teamfwd', kind: 'unrelated', lang: 'ja', caseId: AYA.oldCase, trusted: false, forUser: false, trap: true,
    note: 'the user forwards her 2025 completion to a team list; addressed to the list only',
    from: `伊藤 彩 <${AYA.keep}>`, to: 'cert-admins@newco.example.co.jp', subject: `Fwd: ${caseSubj(AYA.oldCase)}`,
    date: d('2026-11-01 10:00:00', '+0900'), enc: 'utf8qp', relay: 'mail.example.co.jp', deliveredTo: null,
    text: `認定管理ご担当の皆さま

昨年の統合完了通知を転送します。今回もう 1 件(ゼータワークス分)を依頼中です。

${fwdBlock('ja', '2025-07-02 09:15', FORM, AYA.keep, caseSubj(AYA.oldCase))}

${OLD_DONE_JA(AYA)}
${OLD_BADGES_JA}`,
  }),
  mk({
    slug: 'ja-un-pearson', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false,
    note: 'test vendor mail about exam results',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: RYO.keep, subject: '試験結果のお知らせ',
    date: d('2026-08-25 09:00:00', '+0000'), enc: 'jis7', relay: 'mail.pearsonvue.example.com',
    text: `小林 亮 様

受験いただいた試験の結果が確定しました。スコアレポートは AWS 認定アカウントでご確認いただけます。`,
  }),
  mk({
    slug: 'ja-un-agent-ooo', kind: 'unrelated', lang: 'ja', caseId: MISAKI.newCase, trap: true,
    note: 'out-of-office auto reply from the agent; mentions receiving mail',
    from: '小野 <ono-agent@amazon.com>', to: MISAKI.keep, subject: `不在: ${caseSubj(MISAKI.newCase)}`,
    date: d('2026-10-09 00:30:00', '+0000'), enc: 'jis7', extra: ['Auto-Submitted: auto-replied'],
    text: `10 月 12 日まで不在にしております。いただいたメールは受け付けておりますが、ご返信は戻り次第となります。
お急ぎの方はケースにご返信ください(ケース ${MISAKI.newCase})。`,
  }),
  mk({
    slug: 'ja-badge-resent-ryo', kind: 'badges_transferred', lang: 'ja', caseId: null, forUser: false, auth: 'dkimonly',
    note: 'AWS badge mail to the old address, redirected by the former employer (Resent-*), so not delivered to the user as such',
    from: CREDLY, to: RYO.old, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-09-09 02:14:00', '+0000'), enc: 'utf8qp',
    resent: { from: 'helpdesk@delta-net.example.co.jp', to: 'retired-mailboxes@delta-net.example.co.jp', date: d('2026-09-09 11:30:00', '+0900') },
    text: `小林 亮 さん

Amazon Web Services Training and Certification から「AWS Certified SysOps Administrator - Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/c3d9a2e4-5b7f-4a10-8e62-1f0b9d4c7a25`,
  }),
];
