// fg Japanese messages, part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, FORM, FORM_ADDR, FORM_JA, KENTA, KENTA_REQ, MISAKI, NOREPLY, SHO, YUMI,
  caseSubj, caseUrl, fwdJa, gmailJa, html, jst, mk, outlookJa, q, sfJa, sfRef,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-mc-kanryo-subject-portal-body',
    kind: 'merge_completed', lang: 'ja', caseId: C.kenta, trap: false,
    note: 'subject 【完了】認定アカウント統合 carries the news; the body only says to see the support center, so the subject speaks',
    from: FORM_JA, to: KENTA.keep,
    subject: '【完了】認定アカウント統合',
    date: jst('2026-10-10 11:27:40'), enc: 'jis7',
    text: `詳細はサポートセンターでご確認ください。
ケースID: ${C.kenta}
${caseUrl(C.kenta)}

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-mc-stale-doui-subject',
    kind: 'merge_completed', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'stale subject 「Re: Re: 【要返信】統合のご同意について」; the new text says the merge was carried out today',
    from: FORM_JA, to: YUMI.keep,
    subject: 'Re: Re: 【要返信】統合のご同意について',
    date: jst('2026-10-16 15:09:33'), enc: 'sjisb64',
    text: `中村様

ご返信ありがとうございます。本日、${YUMI.srcId} を ${YUMI.keepId} に統合いたしました。
統合先のアカウントにサインインしていただくと、認定と試験の履歴がまとめて表示されます。

西村 (ケース ${C.yumi})

${gmailJa('2026年10月16日(金) 9:12', YUMI.ja, YUMI.keep)}
> 同意します。よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-mc-kanryo-tag-and-closing',
    kind: 'merge_completed', lang: 'ja', caseId: C.sho, trap: true,
    note: 'ticket-style [完了] tag; the body reports the merge done and adds that the case will now be closed (the completion is the new fact)',
    from: FORM_JA, to: SHO.keep,
    subject: `[完了] ケース ${C.sho}`,
    date: jst('2026-10-31 08:45:16'), enc: 'utf8qp',
    text: `林様

ご同意ありがとうございました。${SHO.srcId} の認定履歴を ${SHO.keepId} へ移し、2 つのアカウントの統合を終えました。
これに伴い、本ケースはクローズとさせていただきます。

加藤
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-mc-portal-notice-vague-en-subject',
    kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'the certification portal\'s own notice; the vague English subject says "updated", the Japanese body says the accounts were merged; no case ID; only an aligned dkim=pass (no dmarc) in the A-R, still trusted',
    from: 'AWS Certification <no-reply@aws.training>', to: MISAKI.keep,
    subject: 'Your AWS Certification account has been updated',
    date: jst('2026-11-07 06:30:12'), enc: 'utf8b64', hdr: 'utf8b', auth: 'dkimonly',
    text: `高橋 美咲 様

お客様の AWS 認定アカウントは、別のアカウント (${MISAKI.srcId}) と統合されました。
統合前のアカウントの認定、試験履歴、特典は、今後こちらのアカウントでご確認いただけます。
統合されたもう一方のアカウントでは、サインインできなくなります。

AWS Certification`,
  }),
  mk({
    slug: 'ja-mc-stale-uketsuke-voucher',
    kind: 'merge_completed', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'stale 「Re: 【受付】…」 subject; the body says the merge is done and the voucher moved too, and invites a check (still merge_completed)',
    from: FORM_JA, to: KENTA.keep,
    subject: 'Re: 【受付】AWS トレーニングと認定へのお問い合わせ',
    date: jst('2026-10-10 11:31:05'), enc: 'jisb64',
    text: `木村様

お待たせいたしました、統合処理は完了しております。
特典 (次回受験時の 50% 割引バウチャー) も統合先 ${KENTA.keepId} に移っています。
表示に相違がございましたら、このケース (${C.kenta}) へお知らせください。

岡田

${sfJa(`${KENTA.ja} <${KENTA.keep}>`, '2026年10月9日 22:48', FORM_ADDR, 'RE: 【要返信】統合のご同意について')}

同意します。進めてください。`,
  }),
  mk({
    slug: 'ja-mc-mobile-updated-notice',
    kind: 'merge_completed', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'notification subject only says the case was updated; the body says the merge is done and asks to check the display',
    from: FORM_JA, to: MISAKI.keep,
    subject: `AWS Support: ケース ${C.misaki} が更新されました`,
    date: jst('2026-11-07 10:02:44'), enc: 'utf88bit',
    text: `高橋様

統合、完了しました。${MISAKI.srcId} にあった認定は ${MISAKI.keepId} 側で見られるようになっています。
念のため、サインインして表示をご確認ください。

森`,
  }),
  mk({
    slug: 'ja-mc-wrong-thread-receipt-subject',
    kind: 'merge_completed', lang: 'ja', caseId: C.kenta, trap: false,
    note: 'the agent answered on the receipt-reissue thread (subject about a receipt); the body reports the account merge done for case 17840261953',
    from: FORM_JA, to: KENTA.keep,
    subject: 'RE: 領収書の再発行について',
    date: jst('2026-10-10 11:40:58'), enc: 'sjis8',
    text: `木村様

領収書の件は別途担当よりご連絡いたしますが、先にお知らせです。
ケース ${C.kenta} でご依頼の認定アカウントの統合は、本日午前に完了いたしました。
${KENTA.src} 側の認定は、${KENTA.keep} のアカウントでご覧いただけます。

岡田`,
  }),
  mk({
    slug: 'ja-mc-dmarc-fail-truncated',
    kind: 'merge_completed', lang: 'ja', caseId: C.kenta, trap: false,
    note: 'a completion notice with a truncated subject; Authentication-Results says dmarc=fail for amazon.com, so untrusted',
    from: FORM_JA, to: KENTA.keep,
    subject: '統合完了のお知らせ:AWS認定アカウント (AWS77120584 → AWS40817263) の統合が完…',
    date: jst('2026-10-10 04:03:31'), enc: 'jis7', auth: 'fail', trusted: false,
    text: `木村 健太 様

AWS 認定アカウントの統合が完了しました(ケース ${C.kenta})。
統合後のアカウント情報を以下のリンクから確認してください。
http://aws-cert-check.example.net/login`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-bt-credly-vague-subject',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly mail with a vague subject ("からのお知らせ"); the body issues an AWS badge to the kept address',
    from: CREDLY_AWS, to: KENTA.keep,
    subject: 'Amazon Web Services Training and Certification からのお知らせ',
    date: jst('2026-10-12 02:14:50'), enc: 'utf8qp',
    text: `木村 健太 さん

Amazon Web Services Training and Certification から、次のバッジがあなたに発行されました。

AWS Certified Solutions Architect - Associate

[バッジを入手する] https://www.credly.com/earner/earned/badge/3f1c9a7e-52b0-4d7e-9a3e-6c1f0e2b8d41

このメールは ${KENTA.keep} 宛てに送信されました。
Credly, Inc.`,
  }),
  mk({
    slug: 'ja-bt-stale-kanryo-support-closing',
    kind: 'badges_transferred', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'stale subject 「Re: 【完了】認定アカウント統合」; support says the Credly badges moved too and closes the case',
    from: FORM_JA, to: YUMI.keep,
    subject: 'Re: 【完了】認定アカウント統合',
    date: jst('2026-10-20 13:55:07'), enc: 'jis7',
    text: `中村様

ご指摘のありました Credly のバッジについても、統合先アカウントへの移行を行いました。
${YUMI.keep} で Credly にサインインしていただくと、2 つのバッジが表示されます。
本件はこれにてクローズとさせていただきます。

西村 / ケース番号 ${C.yumi}

> 統合ありがとうございます。ただ、Credly のバッジが旧アドレスのままです。`,
  }),
  mk({
    slug: 'ja-bt-taioukanryo-portal-body',
    kind: 'badges_transferred', lang: 'ja', caseId: C.sho, trap: false,
    note: 'subject 【対応完了】Credly バッジの移行 carries the news; the body is only a link and a signature',
    from: FORM_JA, to: SHO.keep,
    subject: '【対応完了】Credly バッジの移行',
    date: jst('2026-11-03 16:21:39'), enc: 'sjisb64',
    text: `ケースの更新内容はサポートセンターでご確認いただけます。
${caseUrl(C.sho)}

--
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-bt-credly-call-to-action',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly subject is a call to action; the body says AWS issued a Cloud Practitioner badge to the kept address (multipart)',
    from: CREDLY_AWS, to: MISAKI.keep,
    subject: 'バッジを受け取ってください',
    date: jst('2026-11-09 01:07:22'), enc: 'utf8qp',
    text: `Amazon Web Services Training and Certification があなたに AWS Certified Cloud Practitioner のバッジを発行しました。

バッジを入手する: https://www.credly.com/earner/earned/badge/a0d94e11-7c3b-4f52-8e60-2b9d4c7a1f03

受け取ったバッジは LinkedIn などで共有できます。`,
    html: html(`Amazon Web Services Training and Certification があなたに AWS Certified Cloud Practitioner のバッジを発行しました。

[バッジを入手する]

受け取ったバッジは LinkedIn などで共有できます。`),
  }),
  mk({
    slug: 'ja-bt-complaint-subject-fixed',
    kind: 'badges_transferred', lang: 'ja', caseId: C.sho, trap: false,
    note: 'subject keeps the user\'s complaint 「バッジが移行されていません」; support answers that the three badges are now on the kept address',
    from: FORM_JA, to: SHO.keep,
    subject: 'Re: バッジが移行されていません',
    date: jst('2026-11-03 16:20:02'), enc: 'jisb64',
    text: `林様

お待たせいたしました。Credly のバッジ 3 件を、統合先のメールアドレス (${SHO.keep}) に紐付け直しました。
Credly の画面を再読み込みしていただくと反映されているはずです。

加藤 (ケース ${C.sho})

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年11月2日 19:30', FORM_ADDR, 'バッジが移行されていません')}

統合後、認定は新アカウントに出ていますが、Credly のバッジが旧アドレスの方にしかありません。`,
  }),
  mk({
    slug: 'ja-bt-credly-lookalike',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'looks like Credly\'s badge mail but comes from credly-badges.net, so untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: YUMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-10-19 04:44:18'), enc: 'utf8b64', trusted: false,
    text: `中村 由美 さん

統合されたアカウントに AWS Certified Developer - Associate のバッジが発行されました。
バッジを入手するには、下のボタンからサインインしてください。

[バッジを入手する] http://credly-badges.net/claim?u=yumi.n`,
  }),
  mk({
    slug: 'ja-bt-mobile-reply-notice',
    kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'notification subject about a reply; the body says the Credly badges now appear on the kept account',
    from: FORM_JA, to: MISAKI.keep,
    subject: `AWS Support: ケース ${C.misaki} に返信がありました`,
    date: jst('2026-11-10 11:16:08'), enc: 'jis7',
    text: `高橋様

Credly のバッジも統合先アカウントに表示されるようになりました、ご確認ください。
大学アドレス宛てに発行されていたバッジは、個人アドレスの Credly アカウントに移っています。

森`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-cc-kaiketsu-tag-portal-body',
    kind: 'case_closed', lang: 'ja', caseId: C.kenta, trap: false,
    note: '[解決済み] tag on the form subject tells the case was resolved; the body only says the status changed and to see the support center',
    from: FORM_JA, to: KENTA.keep,
    subject: `[解決済み] ${caseSubj(C.kenta)}`,
    date: jst('2026-10-17 09:00:05'), enc: 'jis7',
    text: `このケースのステータスが更新されました。サポートセンターでご確認ください。
${caseUrl(C.kenta)}`,
  }),
  mk({
    slug: 'ja-cc-stale-kanryo-restates',
    kind: 'case_closed', lang: 'ja', caseId: C.sho, trap: true,
    note: 'stale subject 「Re: 【完了】認定アカウント統合」; the body only restates last week\'s merge and closes the case',
    from: FORM_JA, to: SHO.keep,
    subject: 'Re: 【完了】認定アカウント統合',
    date: jst('2026-11-09 10:10:10'), enc: 'utf8qp',
    text: `林様

先週統合が完了し、バッジの移行もご確認いただけたとのことですので、本ケースをクローズいたします。
また何かございましたら、新しいケースでお問い合わせください。

加藤
AWS トレーニングと認定 (ケース ${C.sho})`,
  }),
  mk({
    slug: 'ja-cc-autoclose-stale-honnin',
    kind: 'case_closed', lang: 'ja', caseId: C.kentaDup, trap: true,
    note: 'stale 【要返信】ご本人確認 subject; the body warns the case will close automatically in 3 days without a reply',
    from: FORM_JA, to: KENTA.keep,
    subject: 'Re: 【要返信】ご本人確認',
    date: jst('2026-10-14 09:00:00'), enc: 'sjis8',
    text: `木村様

ケース ${C.kentaDup} について、お客様からのご返信が確認できておりません。
ご返信がない場合、このケースは 3 日後に自動的にクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cc-stale-doui-selfservice',
    kind: 'case_closed', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'stale consent subject; the user merged with the self-service tool, support acknowledges that and closes the case (restatement, not news)',
    from: FORM_JA, to: MISAKI.keep,
    subject: 'Re: 統合のご同意について',
    date: jst('2026-11-06 18:33:47'), enc: 'jisb64',
    text: `高橋様

ご自身で「アカウントの統合」ツールから統合を済まされたとのこと、承知いたしました。
こちらでの作業は不要となりましたので、本ケース (${C.misaki}) はクローズいたします。

森

${gmailJa('2026年11月6日(金) 17:02', MISAKI.ja, MISAKI.keep)}
> 森様、ツールでやってみたらできました!お手数おかけしました。`,
  }),
  mk({
    slug: 'ja-cc-autoclose-notice-sjisb64',
    kind: 'case_closed', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'subject 【ご案内】 says nothing of the content; the body says the case closes if there is no reply within 7 days',
    from: FORM_JA, to: YUMI.keep,
    subject: '【ご案内】ケースについて',
    date: jst('2026-10-26 09:00:31'), enc: 'sjisb64',
    text: `中村様

ケース ${C.yumi} は、最後のご案内から 7 日間ご返信がない場合、自動でクローズいたします。
追加のご質問がなければ、このままお待ちいただくだけで結構です。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-cc-misaligned-dkim',
    kind: 'case_closed', lang: 'ja', caseId: C.sho, trap: false,
    note: 'a closing notice whose DKIM signature is for a bulk-mail domain with dmarc=fail, so untrusted',
    from: FORM_JA, to: SHO.keep,
    subject: 'お問い合わせ対応終了のお知らせ',
    date: jst('2026-11-10 03:30:00'), enc: 'utf8b64', auth: 'misaligned', trusted: false,
    text: `林 翔 様

ケース ${C.sho} への対応を終了し、クローズいたしました。
アンケートへのご協力をお願いいたします: http://survey-aws.example.com/r/${C.sho}`,
  }),
  mk({
    slug: 'ja-cc-truncated-form-kaiketsu',
    kind: 'case_closed', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'truncated form subject with a cut-off status tag; the body marks the case resolved',
    from: FORM_JA, to: YUMI.keep,
    subject: 'RE:[CASE 178512093364] [AWS Training and Certification Form Submission] - account-assistance [解決済…',
    date: jst('2026-10-21 09:15:44'), enc: 'jis7',
    text: `中村様

ケースを「解決済み」に変更いたしました。
ご不明点がございましたら、このメールにご返信いただければケースが再開されます。

西村`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-kanryo-subject-not-yet',
    kind: 'support_reply', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'subject 【完了】認定アカウント統合, but the body says the subject was wrong and the merge is not done yet',
    from: FORM_JA, to: YUMI.keep,
    subject: '【完了】認定アカウント統合',
    date: jst('2026-10-15 18:02:27'), enc: 'jis7',
    text: `中村様

先ほどのメールの件名に誤りがございました。大変失礼いたしました。
統合はまだ完了しておらず、現在担当チームにて処理を進めております。
完了しましたら、あらためてご連絡いたします。

西村 (ケース ${C.yumi})`,
  }),
  mk({
    slug: 'ja-sr-action-required-thanks',
    kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: 'English subject "Action required: confirm merge" left from the template; the Japanese body thanks for the consent and hands it to the team',
    from: FORM_JA, to: SHO.keep,
    subject: 'Action required: confirm merge',
    date: jst('2026-10-30 09:40:15'), enc: 'utf8qp',
    text: `林様

ご同意いただきありがとうございます。統合を担当する部署へ依頼いたしました。
作業が終わりましたら、このケース (${C.sho}) でご連絡いたします。

加藤

${gmailJa('2026年10月29日(木) 22:51', SHO.ja, SHO.keep)}
> 同意します`,
  }),
  mk({
    slug: 'ja-sr-stale-uketsuke-escalation',
    kind: 'support_reply', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'stale 「Re: 【受付】…」 subject; the body says the case was escalated to a specialist team',
    from: FORM_JA, to: KENTA.keep,
    subject: 'Re: 【受付】AWS トレーニングと認定へのお問い合わせ',
    date: jst('2026-10-08 10:10:10'), enc: 'sjisb64',
    text: `木村様

ご連絡が遅くなり申し訳ございません。
旧勤務先のアカウントが法人契約に紐付いているため、社内の専門チームへエスカレーションしております。
今しばらくお待ちいただけますと幸いです。

岡田 / ケース ${C.kenta}`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases-merged',
    kind: 'support_reply', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'subject 【完了】ケースの統合 is about merging duplicate cases, not the accounts; both case IDs appear, labelled with the surviving case 17840261953',
    from: FORM_JA, to: KENTA.keep,
    subject: '【完了】ケースの統合',
    date: jst('2026-10-07 15:20:42'), enc: 'jis7',
    text: `木村様

同じ内容で 2 件のケースが作成されていたため、ケース 1784027719 はケース ${C.kenta} にまとめました。
以降のやり取りは ${C.kenta} でお願いいたします。アカウントの統合自体は、引き続き確認中です。

岡田`,
  }),
  mk({
    slug: 'ja-sr-taiouchu-future-merge',
    kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: '[対応中] subject; the body says the merge will be done after a booked exam is over (future, not the event)',
    from: FORM_JA, to: MISAKI.keep,
    subject: '[対応中]',
    date: jst('2026-11-05 10:15:51'), enc: 'utf8b64',
    text: `高橋様

大学アドレスのアカウントに、11 月 14 日の試験予約が残っております。
予約中に統合すると受験できなくなるおそれがあるため、試験の結果が出たあとで統合を実施いたします。
それまでこのケース (${C.misaki}) は開いたままにしておきます。

森`,
  }),
  mk({
    slug: 'ja-sr-resched-subject-status',
    kind: 'support_reply', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'subject about exam rescheduling (another matter); the body gives the merge\'s queue status and an estimate',
    from: FORM_JA, to: YUMI.keep,
    subject: 'Re: 試験の再スケジュール',
    date: jst('2026-10-16 09:05:19'), enc: 'sjis8',
    text: `中村様

再スケジュールの件はピアソン VUE 側でのお手続きとなりますので、そちらをご案内いたします。

なお、ケース ${C.yumi} のアカウント統合は、現在作業の順番待ちとなっております。
目安としては 3 から 5 営業日ほどお時間をいただいております。

西村`,
  }),
  mk({
    slug: 'ja-sr-truncated-cannot-merge',
    kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: 'truncated subject quotes the user\'s question; the body says the merge cannot be done yet until the partner admin approves (negated/conditional)',
    from: FORM_JA, to: SHO.keep,
    subject: 'RE:[CASE 1786634410025] 統合できないとのことですが、どうすればよいでしょう…',
    date: jst('2026-10-24 11:48:36'), enc: 'jisb64',
    text: `林様

旧アカウントは APN パートナー経由で管理されているため、現時点ではこちらで統合することができません。
パートナーの管理者様から承認をいただけましたら、こちらで統合を進めます。
管理者様への連絡はこちらから行っておりますので、林様の側で必要な作業はございません。

加藤`,
  }),
  mk({
    slug: 'ja-sr-mobile-taiou-onegai-none',
    kind: 'support_reply', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'notification subject 「ご対応のお願い」 suggests a request; the body says no action is needed and progress will follow',
    from: FORM_JA, to: KENTA.keep,
    subject: 'AWS サポート: ご対応のお願い',
    date: jst('2026-10-09 08:30:00'), enc: 'utf88bit', crlf: false,
    text: `木村様

現時点でお客様に追加でご対応いただくことはございません。
進捗がありましたら、引き続きケース ${C.kenta} でご連絡いたします。

岡田`,
  }),
  mk({
    slug: 'ja-sr-other-authserv-only',
    kind: 'support_reply', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'a status reply; the only Authentication-Results is from mx.google.com below the server\'s Received line, so untrusted',
    from: FORM_JA, to: YUMI.keep,
    subject: 'Re: 認定アカウント統合',
    date: jst('2026-10-14 20:20:20'), enc: 'jis7', auth: 'otherOnly', trusted: false,
    text: `中村様

いただいた候補者 ID で、2 つのアカウントを照合しております。
結果が出ましたらご連絡いたします。

西村 (ケース ${C.yumi})`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-own-consent-reply',
    kind: 'unrelated', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'the user\'s own consent reply (Bcc to self); it carries no news from support',
    from: `${KENTA.ja} <${KENTA.keep}>`, to: FORM_ADDR, deliveredTo: KENTA.keep,
    subject: 'Re: 【要返信】統合のご同意について',
    date: jst('2026-10-09 22:48:03'), enc: 'jis7', auth: 'none', trusted: false,
    text: `岡田様

統合に同意します。よろしくお願いいたしまます。

木村 健太

${gmailJa('2026年10月9日(金) 17:03', 'AWS トレーニングと認定', FORM_ADDR)}
> サポートセンターのケース ${C.kenta} に新しいメッセージがあります。`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail; subject says "complete the merge" but it is Credly\'s profile merge, not the certification merge',
    from: 'Credly <admin@credly.com>', to: KENTA.keep,
    subject: 'アカウントの統合を完了してください',
    date: jst('2026-10-12 22:31:10'), enc: 'utf8qp',
    text: `Credly アカウントの統合リクエストを受け付けました。

次のコードを入力して統合を完了してください: 482913

お心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'ja-un-survey-kanryo-subject',
    kind: 'unrelated', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'a satisfaction survey with 【完了】 in the subject',
    from: 'AWS サポート <no-reply-aws@amazon.com>', to: KENTA.keep,
    subject: `【完了】ケース ${C.kenta} に関するアンケート`,
    date: jst('2026-10-18 12:00:00'), enc: 'utf8b64',
    text: `今回のサポートで問題は解決しましたか?

1 (不満) から 5 (満足) で評価してください。
https://survey.aws.amazon.com/?case=${C.kenta}

ご協力ありがとうございます。`,
  }),
  mk({
    slug: 'ja-un-refund-other-case',
    kind: 'unrelated', lang: 'ja', caseId: C.kentaRefund, trap: true,
    note: 'the agent reused the merge subject, but the body is about the refund on another case (17840559012) and says it is completed',
    from: FORM_JA, to: KENTA.keep,
    subject: 'Re: 認定アカウント統合',
    date: jst('2026-10-22 14:44:44'), enc: 'sjisb64',
    text: `木村様

ケース ${C.kentaRefund} でお申し出いただいた受験料の返金手続きが完了いたしました。
ご利用のカード会社により、反映まで数日かかる場合がございます。

AWS トレーニングと認定 請求担当`,
  }),
  mk({
    slug: 'ja-un-colleague-ooo',
    kind: 'unrelated', lang: 'ja', caseId: C.sho, trap: false,
    note: 'a colleague\'s out-of-office auto-reply; the subject is the case subject, the body says they are away',
    from: '鈴木 一郎 <suzuki@si-corp.example.jp>', to: SHO.src,
    subject: `自動応答: ${caseSubj(C.sho)}`,
    date: jst('2026-10-24 11:49:02'), enc: 'jis7', auth: 'none', trusted: false, crlf: false,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ただいま不在にしております。11 月 10 日に戻ります。
お急ぎの方は cloud-team@si-corp.example.jp までご連絡ください。

鈴木`,
  }),
  mk({
    slug: 'ja-un-event-uketsuke-kaishi',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event marketing whose subject starts with 【受付開始】',
    from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>', to: YUMI.keep,
    subject: '【受付開始】AWS 認定者向けオンラインイベントのご案内',
    date: jst('2026-10-20 12:00:00'), enc: 'utf8qp',
    html: html(`AWS 認定をお持ちの皆さまへ

認定者限定のオンライン勉強会の参加登録を開始しました。
日時: 2026 年 12 月 3 日 (木) 19:00 から 20:30
お申し込みはこちら: https://aws.amazon.com/jp/events/

配信停止をご希望の方はこちら`),
  }),
  mk({
    slug: 'ja-un-exam-result',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'an exam result; the subject congratulates, the body only points to the certification account',
    from: 'AWS Certification <no-reply@aws.training>', to: MISAKI.keep,
    subject: 'おめでとうございます。AWS 認定を取得されました',
    date: jst('2026-11-16 08:12:40'), enc: 'jisb64',
    text: `高橋 美咲 様

スコアレポートと認定証は、AWS 認定アカウントの「試験履歴」からご確認ください。
https://www.aws.training/Certification

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-forward-to-colleague',
    kind: 'unrelated', lang: 'ja', caseId: C.sho, trap: true, forUser: false,
    note: 'the user forwards support\'s completion mail to a colleague; own mail, not delivered to the user',
    from: `${SHO.ja} <${SHO.src}>`, to: '鈴木 一郎 <suzuki@si-corp.example.jp>',
    subject: 'Fwd: 【完了】認定アカウント統合',
    date: jst('2026-10-31 09:02:17'), enc: 'utf8b64', auth: 'none', trusted: false,
    text: `鈴木さん

統合終わりました、共有です。
退職後は個人アドレスのほうで認定を管理します。

林

${fwdJa(`AWS トレーニングと認定 <${FORM_ADDR}>`, '2026年10月31日(土) 8:45', `[完了] ケース ${C.sho}`, SHO.keep)}

林様

ご同意ありがとうございました。${SHO.srcId} の認定履歴を ${SHO.keepId} へ移し、2 つのアカウントの統合を終えました。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-order-done',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'a Skill Builder subscription order completed; nothing to do with the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: YUMI.keep,
    subject: 'ご注文の手続きが完了しました',
    date: jst('2026-10-18 19:45:33'), enc: 'utf8qp',
    text: `AWS Skill Builder Individual サブスクリプション (月額) のお申し込みが完了しました。

ご注文番号: SB-2026-00418813
次回更新日: 2026 年 11 月 18 日`,
  }),
  mk({
    slug: 'ja-un-exam-booking-receipt-other',
    kind: 'unrelated', lang: 'ja', caseId: C.yumiExam, trap: true,
    note: 'the receipt of the user\'s other case, and it says its topic (exam booking change), so unrelated',
    from: NOREPLY, to: YUMI.keep,
    subject: 'AWS トレーニングと認定: ケースを受け付けました',
    date: jst('2026-10-15 22:10:00'), enc: 'jis7',
    text: `お問い合わせを受け付けました。

ケース ID: ${C.yumiExam}
内容: 試験の予約変更 (AWS Certified Developer - Associate)

担当者より 24 時間以内にご連絡いたします。`,
  }),
];
