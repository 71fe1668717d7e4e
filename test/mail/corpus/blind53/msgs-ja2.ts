// Set az, Japanese part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, ITO, KOBAYASHI, NAKAMURA, NOTIFY, PORTAL, SUP, SUP_BARE, SUZUKI, TAKAHASHI, WATANABE, caseHistory, formSubj, gmailJa, mk, outlookJa, toHtml, who } from './common.js';

const credlyHtmlJa = (name: string, badge: string, seed: string): string => `<html><body style="background:#f4f4f4">
<table align="center" width="560" style="background:#fff;font-family:sans-serif">
<tr><td style="padding:24px">
<p>${name} 様</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p style="font-size:18px"><b>${badge}</b></p>
<p><a href="https://www.credly.com/badges/${seed}/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">このメールは Credly から Amazon Web Services Training and Certification に代わって送信されています。</p>
</td></tr></table>
</body></html>`;

export const JA2: Msg[] = [
  // ---------------- merge_completed (9)
  mk({
    slug: 'ja-merge-retry-succeeded',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'the failed first attempt was re-run and the merge has now gone through',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-11-05 08:40:21',
    enc: 'jis7',
    text: `鈴木 健一 様

大変お待たせいたしました。
前回エラーで止まってしまった統合処理を担当チームが本日再実行し、今回は正常に終了いたしました。
${SUZUKI.srcId} の認定資格と試験履歴は、すべて ${SUZUKI.keepId}(${SUZUKI.keep})でご覧いただけます。

お手数ですが、サインインのうえ表示をご確認ください。

AWS トレーニングと認定 カスタマーサービス Haruka

${gmailJa('2026-11-03 20:11', `${SUZUKI.ja} <${SUZUKI.keep}>`, `改めて同意いたします。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-merge-partial-certs-benefits-pending',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'partial completion: accounts merged and certifications moved, the voucher will follow later; merge_completed',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-11-12 03:03:58',
    enc: 'jisb64',
    text: `高橋様

お待たせしました。${TAKAHASHI.src} のアカウントを ${TAKAHASHI.keep} のアカウントへ統合いたしました。
認定資格 3 件はすでに統合先に表示されております。
一方、特典(50% 割引バウチャー)は別システムでの反映となるため、表示まで数日かかる見込みです。
Credly のバッジについても、反映に時間差が出ることがございます。

AWS トレーニングと認定 / 森`,
  }),
  mk({
    slug: 'ja-merge-correction-direction',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'corrects an earlier notice that named the accounts the wrong way round; the merge itself is done',
    from: SUP,
    to: ITO.keep,
    subject: `【訂正】${formSubj(CASE.ito)}`,
    at: '2026-11-10 02:22:17',
    enc: 'utf8qp',
    wholeSubject: true,
    text: `伊藤 翔 様

昨日お送りしたメールで、統合元と統合先を逆に記載しておりました。お詫びして訂正いたします。

(誤)${ITO.keepId} を ${ITO.srcId} に統合
(正)${ITO.srcId} を ${ITO.keepId} に統合

実際の処理は正しい向きで完了しており、認定資格はすべて ${ITO.keep} のアカウントに集約されています。
混乱を招いてしまい申し訳ございません。

カスタマーサービス 佐伯`,
  }),
  mk({
    slug: 'ja-merge-portal-notice-utf8b64',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL,
    to: NAKAMURA.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    at: '2026-11-09 11:30:00',
    enc: 'utf8b64',
    text: `中村 由紀 様

お客様の AWS 認定アカウントは、以下のとおり 1 つにまとめられました。

  統合後の候補者 ID: ${NAKAMURA.keepId}
  統合されたアカウント: ${NAKAMURA.srcId}

今後は ${NAKAMURA.keep} でサインインしてください。統合されたアカウントではサインインできなくなります。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-and-close-sjis',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'support says the merge is done and the case will now be closed: the new fact is the merge',
    from: SUP,
    to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-09 11:42:35',
    enc: 'sjis8',
    text: `中村様

明確なご回答をいただきありがとうございました。
本日、ご指定どおり 2 つの認定アカウントを統合いたしました。認定の履歴は ${NAKAMURA.keepId} 側にまとまっています。
本件はこれにて完了となりますので、ケースはクローズさせていただきます。

またご不明な点がございましたら、お気軽にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-merge-forged-ar-below-received',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kobayashi,
    note: 'completion claim whose only pass verdict sits below the receiving server\'s Received line: untrusted',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashi),
    at: '2026-11-12 07:07:07',
    auth: 'forgedBelow',
    trusted: false,
    enc: 'jis7',
    text: `小林様

アカウントの統合が完了しました。統合後の内容を確認するため、以下からサインインしてください。
https://aws-training-verify.example.net/login`,
  }),
  mk({
    slug: 'ja-merge-sjisb64-please-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kobayashi,
    note: 'completion that asks the user to check everything looks right; stays merge_completed',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashi),
    at: '2026-11-12 01:58:39',
    enc: 'sjisb64',
    text: `小林 大輔 様

ご同意をいただいた件、先ほど統合の処理を終えました。
${KOBAYASHI.keepId} にサインインし、認定資格・試験履歴・特典がそろっているかご確認いただけますと幸いです。
もし足りないものがありましたら、このメールにそのままご返信ください。

Takumi / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-html-after-rollback',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: '178559012399',
    note: 'HTML-only: after the rollback the merge was redone in the right direction and is finished',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj('178559012399'),
    at: '2026-11-26 09:14:02',
    enc: 'utf8qp',
    html: `<html><body>
<p>渡辺 彩 様</p>
<p>ご承諾ありがとうございました。<br>
今回は正しい向き(${WATANABE.srcId} → ${WATANABE.keepId})で統合をやり直し、処理はすべて完了しています。</p>
<p>前回の取り違えでご心配をおかけしたこと、重ねてお詫び申し上げます。</p>
<p>AWS トレーニングと認定<br>Saki</p>
<div class="gmail_quote">
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
渡辺様<br>今回は次の向きで処理いたします。上記のとおりでよろしいか、ご返信にてご承諾ください。
</blockquote></div>
</body></html>`,
  }),
  mk({
    slug: 'ja-merge-lookalike-aws-certification-jp',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'merge notice from the look-alike domain aws-certification.jp: untrusted',
    from: 'AWS 認定事務局 <info@aws-certification.jp>',
    to: TAKAHASHI.keep,
    subject: `アカウント統合完了のお知らせ(ケース ${CASE.takahashi})`,
    at: '2026-11-12 12:30:45',
    trusted: false,
    enc: 'jis7',
    text: `高橋 美咲 様

アカウント統合が完了しました。特典の受け取りには、下記よりお支払い情報の再登録が必要です。
https://aws-certification.jp/benefit`,
  }),

  // ---------------- badges_transferred (8)
  mk({
    slug: 'ja-badges-credly-reissued-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly notice that AWS issued the badge to the kept address after the re-request',
    from: CREDLY_AWS,
    to: KOBAYASHI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-11-22 16:05:12',
    enc: 'utf8b64',
    text: `小林 大輔 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/badges/8f2c41d0-77aa-4b9e-a1f3-5e0c2d9b6a11/accept`,
    html: credlyHtmlJa('小林 大輔', 'AWS Certified Solutions Architect - Associate', '8f2c41d0-77aa-4b9e-a1f3-5e0c2d9b6a11'),
  }),
  mk({
    slug: 'ja-badges-support-second-try',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.kobayashiNew,
    note: 'support says the badges were moved again and now show on the kept Credly account',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashiNew),
    at: '2026-11-22 06:31:48',
    enc: 'jis7',
    text: `小林様

前回の付け替えでは旧アドレス宛のままになっていたため、Credly 側の担当と連携して再度処理しました。
今回は AWS Certified Solutions Architect - Associate と AWS Certified Developer - Associate の 2 件とも、${KOBAYASHI.keep} の Credly アカウントに移っていることをこちらでも確認できています。

お時間をいただき申し訳ありませんでした。
Takumi`,
  }),
  mk({
    slug: 'ja-badges-moved-and-closing',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-11-18 04:44:10',
    enc: 'jisb64',
    text: `高橋 美咲 様

お待たせしました。残っていた Credly のバッジ 3 点を、統合先のアカウントへ移行いたしました。
先週ご案内した特典とあわせ、必要な対応はこれですべて終わりましたので、本ケースはクローズとさせていただきます。

AWS トレーニングと認定 森`,
  }),
  mk({
    slug: 'ja-badges-credly-utf8qp-text-only',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'plain-text Credly issuance mail from AWS to the kept address',
    from: CREDLY_AWS,
    to: SUZUKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-11-08 21:17:33',
    enc: 'utf8qp',
    text: `鈴木 健一 様

おめでとうございます。Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Cloud Practitioner

バッジを入手する
https://www.credly.com/badges/2b7e9c60-1d4f-4a88-9c2e-77f0a3b1c5d8/accept

Credly`,
  }),
  mk({
    slug: 'ja-badges-misaligned-dkim-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly-looking badge mail signed by an unrelated bulk domain, dmarc=fail: untrusted',
    from: CREDLY_AWS,
    to: ITO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-11-11 19:55:21',
    auth: 'misaligned',
    trusted: false,
    enc: 'utf8b64',
    text: `伊藤 翔 様

統合先アカウントへのバッジの移行が完了しました。
バッジを入手する: https://credly-badge-claim.example.net/accept`,
  }),
  mk({
    slug: 'ja-badges-resent-from-old-mailbox',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.watanabe,
    forUser: false,
    note: 'support says the badges moved; the copy was redirected (Resent-*) from the old corporate mailbox',
    from: SUP,
    to: WATANABE.src,
    subject: formSubj(CASE.watanabe),
    at: '2026-11-28 03:12:50',
    enc: 'jisb64',
    resent: { from: 'postmaster@jp.example.com', to: 'it-archive@jp.example.com', date: 'Sat, 28 Nov 2026 12:13:05 +0900' },
    text: `渡辺様

Credly 上の AWS 認定バッジ 2 件を、統合先の ${WATANABE.keep} に付け替えました。
「バッジを入手する」のメールが届いていなければ、Credly にサインインしてダッシュボードからお受け取りください。`,
  }),
  mk({
    slug: 'ja-badges-outlook-quoted-complaint',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'reply to the user\'s complaint that badges had not moved: support says they are on the kept account now',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-11-10 00:35:26',
    enc: 'jis7',
    text: `鈴木様

ご連絡ありがとうございます。ご指摘の Credly バッジですが、本日付で統合先の Credly アカウントに移しました。
Credly のプロフィールを再読み込みしていただくと、Cloud Practitioner と SysOps Administrator の 2 件が並んでいるはずです。

Haruka

${outlookJa('2026-11-09 19:02', `${SUZUKI.ja} <${SUZUKI.keep}>`, SUP, formSubj(CASE.suzuki), `統合後 4 日たちますが、Credly のバッジが旧アドレスのアカウントに残ったままです。
移行をお願いできますでしょうか。`)}`,
  }),
  mk({
    slug: 'ja-badges-credly-second-badge-dkimonly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'second Credly issuance after the re-request; aligned DKIM only (no DMARC verdict) is still trusted',
    from: CREDLY_AWS,
    to: KOBAYASHI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-11-22 16:05:40',
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `小林 大輔 様

Amazon Web Services Training and Certification からバッジが発行されています。

AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/badges/c03d55e2-9a17-4f61-b0c8-1e42f7a9d306/accept`,
    html: credlyHtmlJa('小林 大輔', 'AWS Certified Developer - Associate', 'c03d55e2-9a17-4f61-b0c8-1e42f7a9d306'),
  }),

  // ---------------- case_closed (8)
  mk({
    slug: 'ja-closed-reopened-case-closed-again',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'the reopened case is closed again after the user confirmed the fix',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-11-12 01:08:49',
    enc: 'jis7',
    text: `鈴木様

ご確認のご連絡ありがとうございます。問題が解消したとのことで安心いたしました。
一度再開していた本ケースは、これで改めてクローズいたします。

今後ともよろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-closed-auto-close-3-days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'reminder that the case auto-closes in 3 days without a reply',
    from: SUP,
    to: ITO.keep,
    subject: formSubj(CASE.ito),
    at: '2026-11-13 05:00:00',
    enc: 'jisb64',
    text: `伊藤様

先日のご案内以降、ご返信をいただいておりません。
3 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。
その後も追加のご質問があれば、新しくお問い合わせください。`,
  }),
  mk({
    slug: 'ja-closed-restates-last-week-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-11-20 02:27:11',
    enc: 'utf8qp',
    text: `高橋様

先週お知らせしたとおり、アカウントの統合とバッジの付け替えは済んでおります。
その後ご連絡がございませんので、本件はクローズいたします。
再度ご不明点が出てきた場合は、このメールにご返信いただければケースが再開されます。`,
  }),
  mk({
    slug: 'ja-closed-notify-resolved-sjis',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kobayashi,
    note: 'AWS Support notification that the case is now resolved',
    from: NOTIFY,
    to: KOBAYASHI.keep,
    subject: `AWS サポート: ケース ${CASE.kobayashi} は解決済みになりました`,
    at: '2026-11-14 08:00:03',
    enc: 'sjis8',
    text: `お客様のサポートケース ${CASE.kobayashi} のステータスが「解決済み」に変更されました。

ケースを再開する必要がある場合は、サポートセンターでケースを開き、返信を追加してください。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-closed-other-authserv-only',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'closing notice carrying only another provider\'s Authentication-Results: untrusted',
    from: SUP,
    to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-16 03:45:12',
    auth: 'otherOnly',
    trusted: false,
    enc: 'jis7',
    text: `中村様

本ケースは対応完了としてクローズいたしました。ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-closed-restates-badges',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kobayashiNew,
    trap: true,
    note: 'closing that restates the badges moved earlier; nothing new happened',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashiNew),
    at: '2026-11-27 04:20:30',
    enc: 'jis7',
    text: `小林様

11 月 22 日にお伝えしたバッジの移行以降、特にご連絡がございませんでしたので、本件は解決済みとして閉じさせていただきます。
お問い合わせいただきありがとうございました。`,
  }),
  mk({
    slug: 'ja-closed-html-only',
    kind: 'case_closed',
    lang: 'ja',
    caseId: '178559012399',
    note: 'HTML-only closing of the re-submitted case',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj('178559012399'),
    at: '2026-12-01 06:06:06',
    enc: 'utf8b64',
    html: `<html><body><div>
<p>渡辺様</p>
<p>ケース 178559012399 は本日付でクローズいたしました。</p>
<p>なお、以前のケース ${CASE.watanabe} も同時に閉じております。<br>
何かございましたら新しいケースを作成してください。</p>
<p>AWS トレーニングと認定</p>
</div></body></html>`,
  }),
  mk({
    slug: 'ja-closed-no-reply-to-second-request',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'closed because the second request for details went unanswered',
    from: SUP,
    to: ITO.keep,
    subject: formSubj(CASE.ito),
    at: '2026-11-17 05:02:40',
    enc: 'utf8qp',
    text: `伊藤様

再度お願いしておりました情報のご提供がなかったため、本ケースはいったん終了とさせていただきました。
引き続きご対応が必要な場合は、このメールに返信するか、新たにお問い合わせください。

${caseHistory('2026-11-13 05:00', SUP_BARE, `伊藤様
3 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。`)}`,
  }),

  // ---------------- support_reply (11)
  mk({
    slug: 'ja-sr-retry-planned-tomorrow',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'the merge stopped with an error and will be re-run tomorrow; a future retry is not the event',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-11-01 09:20:51',
    enc: 'jis7',
    text: `鈴木様

ご報告です。昨日実施した統合処理が途中でエラーとなり、最後まで進みませんでした。
明日、担当チームが再実行する予定です。再実行が終わりましたら、結果をこちらからお知らせします。
それまでは両方のアカウントとも、これまでどおりご利用いただけます。

Haruka`,
  }),
  mk({
    slug: 'ja-sr-rollback-done',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.watanabe,
    trap: true,
    note: 'rollback at the user\'s request: the merge was undone, nothing is asked',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj(CASE.watanabe),
    at: '2026-11-20 08:55:03',
    enc: 'sjisb64',
    text: `渡辺 彩 様

ご依頼のとおり、11 月 18 日に行った統合を取り消しました。
${WATANABE.srcId} と ${WATANABE.keepId} は、それぞれ統合前の認定履歴を持つ別々のアカウントに戻っています。
今後の進め方については、担当者から別途ご連絡いたします。

Saki`,
  }),
  mk({
    slug: 'ja-sr-case-reopened',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'the closed case was reopened to look into the missing badges; status only',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-11-09 03:30:00',
    enc: 'jis7',
    text: `鈴木様

クローズ済みとなっていた本ケースですが、ご返信をいただいたため再オープンいたしました。
Credly のバッジが移っていない件について、これから確認を始めます。分かり次第ご連絡いたします。`,
  }),
  mk({
    slug: 'ja-sr-correction-not-done-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ito,
    trap: true,
    note: 'retracts an earlier completion notice: the merge has not been completed yet',
    from: SUP,
    to: ITO.keep,
    subject: `Re: ${formSubj(CASE.ito)}`,
    at: '2026-11-09 06:18:27',
    enc: 'jisb64',
    text: `伊藤様

先ほどお送りした「統合が完了しました」というメールは、別のお客様向けのものを誤って送信したものでした。大変失礼いたしました。
伊藤様のアカウントについては、まだ統合は完了しておりません。現在、担当チームが処理を進めております。

佐伯`,
  }),
  mk({
    slug: 'ja-sr-thanks-for-consent',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'thanks for the (second) consent, passed to the team: support_reply',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-10-26 00:10:40',
    enc: 'utf8b64',
    text: `高橋様

今度は残すアカウントのアドレスから同意のご返信をいただき、ありがとうございます。
担当チームに処理を依頼しました。数日お時間をいただく場合がございます。

${gmailJa('2026-10-25 22:48', `${TAKAHASHI.ja} <${TAKAHASHI.keep}>`, `${TAKAHASHI.srcId} を ${TAKAHASHI.keepId} に統合することに同意します。
高橋`)}`,
  }),
  mk({
    slug: 'ja-sr-badges-escalated-credly',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kobayashiNew,
    trap: true,
    note: 'badges still not moved; escalated to the Credly team, no result yet',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashiNew),
    at: '2026-11-20 23:40:15',
    enc: 'utf8qp',
    text: `小林様

情報のご提供ありがとうございます。
バッジの付け替えは Credly との連携が必要なため、専門チームへエスカレーションしました。
バッジがまだ移っていない状態についてはこちらでも把握しております。進展があり次第お知らせします。`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ito,
    trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUP,
    to: ITO.keep,
    subject: formSubj(CASE.ito),
    at: '2026-11-06 12:40:55',
    enc: 'jis7',
    text: `伊藤様

同じ内容のお問い合わせが 2 件(${CASE.ito} と ${CASE.itoDup})作成されていたため、${CASE.ito} に統合いたしました。
今後のやり取りはこちらのケースで継続させてください。アカウントの統合そのものは引き続き対応中です。`,
  }),
  mk({
    slug: 'ja-sr-lookalike-authserv',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'status update whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUP,
    to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-05 02:02:02',
    auth: 'lookalikeServer',
    trusted: false,
    enc: 'jis7',
    text: `中村様

現在、担当部署にて調査を進めております。もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-sr-voucher-looking-into',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'status reply: the voucher issue is being investigated, nothing asked',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-11-16 07:49:00',
    enc: 'jis7',
    text: `高橋様

画面キャプチャのご送付ありがとうございまいた。
特典の表示について、システム担当に調べてもらっております。回答まで 2、3 営業日ほどお待ちいただけますでしょうか。

森`,
  }),
  mk({
    slug: 'ja-sr-cannot-merge-exam-booked',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.nakamura,
    trap: true,
    note: 'cannot merge now because of a booked exam; will try again after it: negated/future',
    from: SUP,
    to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-07 04:30:18',
    enc: 'sjis8',
    text: `中村様

統合元のアカウントに 11 月 28 日の試験予約が入っているため、現時点では統合の処理を行うことができません。
受験が終わり、結果が反映されたあとで、改めてこちらから処理を進めます。ご了承ください。`,
  }),
  mk({
    slug: 'ja-sr-write-from-kept-address',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: '"write to us from the address you keep" without asking for data: support_reply',
    from: SUP,
    to: TAKAHASHI.src,
    subject: formSubj(CASE.takahashi),
    at: '2026-10-23 22:15:35',
    enc: 'jis7',
    text: `高橋様

恐れ入りますが、今後は統合後も使い続けるほうのメールアドレスからご連絡いただけますでしょうか。
いただいたメールにそのまま返信する形で構いません。`,
  }),

  // ---------------- unrelated (10)
  mk({
    slug: 'ja-un-survey-after-reopen',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'satisfaction survey sent after the reopened case was closed again',
    from: 'AWS カスタマーサービス アンケート <survey-noreply@amazon.com>',
    to: SUZUKI.keep,
    subject: 'ケース 1781200345 の対応についてアンケートにご協力ください',
    at: '2026-11-12 09:00:00',
    enc: 'utf8qp',
    text: `鈴木 健一 様

先日クローズしたケース ${CASE.suzuki} について、お困りごとは解決しましたか?

  はい / いいえ

1 分ほどで終わる簡単なアンケートです。今後のサービス改善に役立てさせていただきます。`,
  }),
  mk({
    slug: 'ja-un-own-second-consent-sent',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.takahashi,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user\'s own second consent reply, from the Sent folder: no news from support',
    from: who(TAKAHASHI),
    to: SUP_BARE,
    subject: formSubj(CASE.takahashi),
    at: '2026-10-25 22:48:12',
    tz: '+0900',
    auth: 'none',
    deliveredTo: null,
    relay: 'smtp.example.ne.jp',
    enc: 'jis7',
    text: `ご担当者様

${TAKAHASHI.srcId} を ${TAKAHASHI.keepId} に統合することに同意します。
前回は会社のアドレスから送ってしまい失礼しました。

高橋 美咲

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-un-oldcorp-auto-reply',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trusted: false,
    note: 'automatic reply from the old company mailbox (address no longer used); quotes the case',
    from: 'oldcorp.example.co.jp 自動応答 <no-reply@oldcorp.example.co.jp>',
    to: SUZUKI.keep,
    subject: `自動返信: ${formSubj(CASE.suzuki)}`,
    at: '2026-10-29 11:16:40',
    tz: '+0900',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    enc: 'sjis8',
    text: `このメールアドレス(suzuki.kenichi@oldcorp.example.co.jp)は現在使用されておりません。
お手数ですが、代表窓口までご連絡ください。

株式会社オールドコーポ 情報システム部`,
  }),
  mk({
    slug: 'ja-un-refund-case-receipt',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzukiRefund,
    trap: true,
    note: 'receipt of the user\'s other case about an exam fee refund: not part of the merge case',
    from: NOTIFY,
    to: SUZUKI.keep,
    subject: `AWS サポート: ケース ${CASE.suzukiRefund} を受け付けました`,
    at: '2026-11-04 00:05:18',
    enc: 'jis7',
    text: `鈴木 健一 様

新しいケースが作成されました。

ケース ID: ${CASE.suzukiRefund}
件名: 試験のキャンセルに伴う受験料の返金について
カテゴリ: 請求

担当者からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ja-un-credly-own-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code mail, not the AWS certification merge',
    from: 'Credly <admin@credly.com>',
    to: KOBAYASHI.keep,
    subject: 'Credly アカウントの統合を完了してください',
    at: '2026-11-21 01:12:44',
    enc: 'utf8qp',
    text: `Credly アカウントの統合リクエストを受け付けました。
次の確認コードを画面に入力すると、統合が完了します。

確認コード: 604 219

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-microsoft-via-credly',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'badge from another issuer (Microsoft) via Credly',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: ITO.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    at: '2026-11-15 18:40:09',
    enc: 'utf8b64',
    text: `伊藤 翔 様

Microsoft から新しいバッジが発行されました。
Microsoft Certified: Azure Fundamentals

バッジを入手する: https://www.credly.com/badges/5a9e0b32-0c4d-4e1e-8f77-3d2b6c1a4f90/accept`,
  }),
  mk({
    slug: 'ja-un-forward-to-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ito,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user forwards the corrected completion notice to a colleague: own mail',
    from: who(ITO),
    to: '山本 課長 <yamamoto@partner.example.jp>',
    subject: `Fwd: 【訂正】${formSubj(CASE.ito)}`,
    at: '2026-11-10 12:05:31',
    tz: '+0900',
    auth: 'none',
    relay: 'smtp.example.com',
    enc: 'utf8b64',
    wholeSubject: true,
    text: `山本さん

認定アカウントの件、最初の連絡は向きが逆でしたが、訂正が来て無事まとまったようです。
社内の資格一覧の更新をお願いします。

伊藤

---------- Forwarded message ---------
From: AWS Training and Certification <${'aws-cs-trainingcertification-form@amazon.com'}>
Date: 2026年11月10日(火) 11:22
Subject: 【訂正】${formSubj(CASE.ito)}
To: <${ITO.keep}>

伊藤 翔 様
昨日お送りしたメールで、統合元と統合先を逆に記載しておりました。`,
  }),
  mk({
    slug: 'ja-un-pearson-appointment-confirmed',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'test vendor\'s appointment confirmation; outside the trusted domains and not part of the case',
    from: 'Pearson VUE <noreply@pearson.example.com>',
    to: NAKAMURA.src,
    subject: '試験予約確定のお知らせ',
    at: '2026-10-31 06:00:00',
    enc: 'sjisb64',
    text: `中村 由紀 様

以下の試験予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026 年 11 月 28 日 13:00
会場: オンライン受験

予約の変更は 24 時間前まで可能です。`,
  }),
  mk({
    slug: 'ja-un-summit-newsletter',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'marketing newsletter using "統合" and "完了" in another sense',
    from: 'AWS Japan <aws-japan-marketing@amazon.com>',
    to: WATANABE.keep,
    subject: '【AWS Summit】学習記録を 1 つに統合して、スキルアップを完了しよう',
    at: '2026-11-19 00:30:00',
    enc: 'utf8qp',
    text: `AWS 学習者の皆さま

Skill Builder の新しいダッシュボードで、受講履歴と認定の進捗を 1 か所に統合して確認できるようになりました。
年末までにラーニングプランを完了した方には、デジタルバッジをお送りします。

配信停止はこちら`,
    html: toHtml(`AWS 学習者の皆さま

Skill Builder の新しいダッシュボードで、受講履歴と認定の進捗を 1 か所に統合して確認できるようになりました。
年末までにラーニングプランを完了した方には、デジタルバッジをお送りします。

配信停止はこちら`),
  }),
  mk({
    slug: 'ja-un-colleague-asks-status',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'a colleague asks whether the merge finished and the badges moved; not from support',
    from: '田中 亮 <tanaka.ryo@jp.example.com>',
    to: WATANABE.src,
    subject: 'AWS認定アカウントの件',
    at: '2026-11-19 10:22:31',
    tz: '+0900',
    enc: 'jis7',
    text: `渡辺さん

お疲れさまです。以前話していた認定アカウントの統合、もう完了しましたか?
バッジが移ったら社内ポータルの資格欄も更新しておいてください。

田中`,
  }),
];
