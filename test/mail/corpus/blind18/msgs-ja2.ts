// Japanese messages (part 2): merge_completed, badges_transferred, case_closed, support_reply, unrelated.
import type { Msg } from './lib.js';
import {
  AYA, CASE, CREDLY_AWS, CREDLY_FOOT, FOOTER_HOKUTO, FOOTER_KAEDE, FOOTER_MINATO, FOOTER_SORA, FORM, FORM_BARE, HOKUTO_HD, KAEDE_EDU,
  MARIKO, MINATO_PS, NOREPLY, PORTAL, RYO, SATOSHI, SIG_SATOSHI_CORP, SIG_TAKUMI_CORP, SORA, SORA_BARE, SUPPORT_NOTIFY, TAKUMI, AWS_FOOT_JA,
  formSubj, gmailFwd, gmailJa, htmlDoc, jst, mk, outlookJa, quote, sfHist, sfRef, tbFwdJa, utc,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-takumi-done',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'support reports the merge done and asks the user to check the kept account (still merge_completed)',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-26 03:22:19'),
    auth: 'pass',
    enc: 'jis7',
    text: `石川様

ご承諾ありがとうございました。
${TAKUMI.srcId} を ${TAKUMI.keepId} に統合する作業が本日完了いたしました。
${TAKUMI.keep} でサインインし、認定・試験履歴・特典が揃っているかご確認いただけますと幸いです。

吉岡
AWS Training and Certification Customer Support

${quote(`${gmailJa('2026-01-23 19:41', `石川 拓海 <${TAKUMI.keep}>`)}
吉岡様
上記内容で問題ありません。統合をお願いします。
石川`)}`,
  }),
  mk({
    slug: 'ja-merge-portal-notice',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: 'the certification portal\'s own notice that the profiles were combined; no case number',
    from: PORTAL,
    to: MARIKO.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: utc('2026-03-09 17:02:58'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `岡田 真理子 様

ご利用の AWS 認定アカウントに、別のアカウント(${MARIKO.srcId})の記録が統合されました。
今後は ${MARIKO.keep} でサインインしてください。統合された側のアカウントは無効になっています。

AWS 認定プログラム`,
    html: htmlDoc(`<h2 style="color:#ec7211">AWS 認定</h2><p>岡田 真理子 様</p>
<p>ご利用の AWS 認定アカウントに、別のアカウント(${MARIKO.srcId})の記録が統合されました。</p>
<p>今後は <b>${MARIKO.keep}</b> でサインインしてください。統合された側のアカウントは無効になっています。</p>
<p style="font-size:11px;color:#888">AWS 認定プログラム</p>`),
  }),
  mk({
    slug: 'ja-merge-and-closing',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'completion plus "this case will now be closed": the new fact is the merge',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-09 08:45:30'),
    auth: 'pass',
    enc: 'jisb64',
    text: `岡田様

お待たせいたしました。旧アカウントの合格履歴と特典を ${MARIKO.keepId} に統合し、作業を終えました。
本件はこれにて対応完了とし、ケースをクローズさせていただきます。

Credly のバッジがまだ旧アドレス側に残っている場合は、このメールにご返信ください。

森田`,
  }),
  mk({
    slug: 'ja-merge-partner-relay',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.aya,
    note: 'reseller desk relays AWS\'s completion notice; untrusted partner sender',
    from: SORA,
    to: AYA.keep,
    subject: `【ご報告】AWS認定アカウント統合完了のお知らせ (CASE ${CASE.aya})`,
    date: jst('2026-02-18 09:40:02'),
    auth: 'pass',
    enc: 'jis7',
    text: `森本様

いつもお世話になっております。ソラリンクの宮下です。
本日 AWS より、アカウントの統合が完了したとの連絡がございました(原文は下記)。
${AYA.keep} でサインインいただき、SAA と DVA の両方が表示されているかご確認ください。
表示に問題があればお知らせください。弊社より AWS へ問い合わせいたします。

${FOOTER_SORA}

${quote(`${gmailJa('2026-02-18 08:12', `AWS Training and Certification <${FORM_BARE}>`)}
Hello,
We have completed the merge. ${AYA.srcId} has been merged into ${AYA.keepId}.
Please sign in with ${AYA.keep} to review your certifications.`)}`,
  }),
  mk({
    slug: 'ja-merge-translated-summary',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'agent puts a Japanese summary above the English completion notice',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-04 06:18:27'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `【要約】ご同意いただいた 2 アカウントの統合処理が完了しました。${RYO.keep} 側に履歴が集約されています。

Hello Ryo,

Thank you for your consent. The accounts ${RYO.srcId} and ${RYO.keepId} have now been merged;
all exam history and benefits are on the profile that signs in with ${RYO.keep}.

Best regards,
Kawaguchi`,
  }),
  mk({
    slug: 'ja-merge-iko-verb',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.satoshi,
    note: 'completion phrased with 移行/反映 rather than 統合完了; aligned DKIM only',
    from: FORM,
    to: SATOSHI.keep,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-19 02:50:41'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `藤原様

ご同意をいただきましたので、旧アカウント(${SATOSHI.srcId})の認定および試験履歴を、
${SATOSHI.keepId} へ移行いたしました。ポータル上にも反映済みです。
旧アカウントでのサインインはできなくなっておりますのでご注意ください。

大川

${quote(`${outlookJa('2026-01-16 17:30', `藤原 聡 <${SATOSHI.keep}>`, FORM_BARE, formSubj(CASE.satoshi))}

同意いたします。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-merge-lookalike-server',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.takumi,
    note: 'completion text, but the topmost A-R comes from a look-alike authserv-id',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-25 11:09:11'),
    auth: 'lookalikeServer',
    enc: 'jis7',
    text: `石川様

統合は完了しました。新しいアカウントを有効化するため、24 時間以内に以下へサインインしてください。
https://aws-certmerge.example.org/login`,
  }),
  mk({
    slug: 'ja-merge-resent-by-partner',
    kind: 'merge_completed',
    lang: 'ja',
    forUser: false,
    caseId: CASE.ryo,
    note: 'the original AWS completion mail redirected by a partner gateway (Resent-*): genuine, but not delivered to the user',
    from: FORM,
    to: 'aws-cases@minato-cs.example.jp',
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-04 06:20:05'),
    auth: 'pass',
    enc: 'jisb64',
    resent: { from: 'partner-support@minato-cs.example.jp', to: 'archive@minato-cs.example.jp', date: jst('2026-03-04 15:22:40') },
    text: `西村 亮 様(ミナトクラウドサービス様経由)

アカウントの統合が完了いたしました。
統合先: ${RYO.keepId}
今後は ${RYO.keep} にてサインインをお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-html-only',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takumi2,
    note: 'HTML-only completion for the third account on the second case',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi2),
    date: utc('2026-02-05 00:12:33'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<div><p>石川様</p>
<p>AWS55028193 を ${TAKUMI.keepId} にまとめる処理が終わりました。これで 3 つのアカウントは 1 つに統合されています。</p>
<p>何かお気づきの点があればこのメールにご返信ください。</p>
<p>AWS Training and Certification Customer Support<br>${sfRef('Tk05Mg')}</p></div>`),
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-issue',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address ("バッジを入手する")',
    from: CREDLY_AWS,
    to: TAKUMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-01-27 14:31:07'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `石川 拓海 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/6f1d02a7-9c3e-4b1e-8d5a-3e2c0b7a1f44

${CREDLY_FOOT}`,
    html: htmlDoc(`<p>石川 拓海 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1d02a7-9c3e-4b1e-8d5a-3e2c0b7a1f44" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px">${CREDLY_FOOT.replace('\n', '<br>')}</p>`),
  }),
  mk({
    slug: 'ja-badge-support-moved',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.satoshi,
    note: 'support says the Credly badges were moved to the kept account after the user asked on the same case',
    from: FORM,
    to: SATOSHI.keep,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-22 04:07:16'),
    auth: 'pass',
    enc: 'jis7',
    text: `藤原様

ご指摘の件、確認いたしました。
Credly 上のデジタルバッジ 3 件を、${SATOSHI.keep} に紐づく Credly アカウントへ付け替えました。
Credly にサインインしてご確認ください。

大川

${quote(`${gmailJa('2026-01-21 09:15', `藤原 聡 <${SATOSHI.keep}>`)}
統合ありがとうございました。ただ Credly のバッジが旧アドレスのままのようです。`)}`,
  }),
  mk({
    slug: 'ja-badge-and-closing',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'badges moved and the case closed in the same note: badges_transferred',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-11 01:33:52'),
    auth: 'pass',
    enc: 'jisb64',
    text: `岡田様

Credly のバッジ(SOA、DEA)を統合先のメールアドレスへ移しました。
これで本件のご依頼はすべて完了となりますので、ケースはクローズとさせていただきます。

森田`,
  }),
  mk({
    slug: 'ja-badge-partner-relay',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    caseId: CASE.aya,
    note: 'reseller desk relays AWS\'s note that the badges moved; untrusted partner sender',
    from: SORA,
    to: AYA.keep,
    subject: `RE: 【ご報告】AWS認定アカウント統合完了のお知らせ (CASE ${CASE.aya})`,
    date: jst('2026-02-20 16:48:29'),
    auth: 'pass',
    enc: 'sjis8',
    text: `森本様

ソラリンクの宮下です。
ご連絡いただいた Credly バッジの件、AWS に確認したところ、
両方のバッジを個人アドレス側の Credly アカウントへ移したとの回答がありました。
念のため Credly のプロフィールをご確認ください。

${FOOTER_SORA}

-----Original Message-----
From: AWS Training and Certification <${FORM_BARE}>
Sent: Friday, February 20, 2026 3:55 PM
To: ${SORA_BARE}
Subject: ${formSubj(CASE.aya)}

Both Credly badges have been transferred to the Credly account for ${AYA.keep}.`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    caseId: null,
    note: 'badge notice from credly-mail.co (look-alike of credly.com)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.co>',
    to: RYO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-03-05 10:20:14'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `西村 亮 さん

統合されたアカウントのバッジを受け取る準備ができました。
バッジを入手する: https://credly-mail.co/accept?id=88213`,
  }),
  mk({
    slug: 'ja-badge-credly-html-only',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only Credly badge from AWS for another certification',
    from: CREDLY_AWS,
    to: MARIKO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-03-11 03:02:45'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<p>岡田 真理子 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が「AWS Certified Data Engineer - Associate」のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b7f6c2e-1a94-4e0f-9d31-a2c8e5f3d610">バッジを入手する</a></p>
<p style="font-size:11px">${CREDLY_FOOT.replace('\n', '<br>')}</p></td></tr></table>`),
  }),
  mk({
    slug: 'ja-badge-translated',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'Japanese summary over English "badges are now on the kept profile"',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-06 02:44:10'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `【要約】Credly のバッジ 2 件を ${RYO.keep} のアカウントへ移し替えました。

Hello Ryo,

Following your note, the two Credly badges from ${RYO.srcId} are now attached to the
Credly profile for ${RYO.keep}.

Kawaguchi`,
  }),
  mk({
    slug: 'ja-badge-tsukekae-dkim',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'badges re-linked (付け替え) to the kept address; aligned DKIM only',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-28 05:15:00'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `石川様

旧アドレスに残っていた Credly バッジ(CLF、SAA)は、${TAKUMI.keep} の Credly アカウントに紐付け直しました。
反映までに数時間かかる場合がございます。

吉岡`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-auto-3days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'reminder that the case closes automatically in 3 days without a reply',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-02-24 09:10:27'),
    auth: 'pass',
    enc: 'jis7',
    text: `西村様

先日お送りしたご案内について、まだご返信を確認できておりません。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールに返信いただければ再開できます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'case marked resolved and closed; no new merge fact',
    from: SUPPORT_NOTIFY,
    to: TAKUMI.keep,
    subject: `ケース ${CASE.takumi} は解決済みになりました`,
    date: utc('2026-02-01 12:00:04'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ケース ${CASE.takumi} のステータスが「解決済み」に変更されました。

引き続きお手伝いが必要な場合は、サポートセンターからケースを再開してください。

${AWS_FOOT_JA}`,
  }),
  mk({
    slug: 'ja-closed-restates-merge',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.satoshi,
    note: 'closing notice that only restates last week\'s merge',
    from: FORM,
    to: SATOSHI.keep,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-29 07:30:55'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤原様

先週ご案内いたしましたとおり、アカウントの統合とバッジの付け替えは完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

大川`,
  }),
  mk({
    slug: 'ja-closed-partner-relay',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.aya,
    note: 'reseller desk reports that AWS closed the case; untrusted partner sender',
    from: SORA,
    to: AYA.keep,
    cc: '営業部 大森 <omori@soralink.example.co.jp>',
    subject: `【クローズ連絡】CASE ${CASE.aya} AWS認定アカウント統合`,
    date: jst('2026-02-27 10:05:11'),
    auth: 'pass',
    enc: 'jis7',
    text: `森本様

ソラリンクの宮下です。
AWS 側で本件のケース(${CASE.aya})がクローズされた旨の通知が届きましたので、共有いたします。
弊社のチケットもあわせてクローズといたします。ご協力ありがとうございました。

${FOOTER_SORA}`,
  }),
  mk({
    slug: 'ja-closed-no-response',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.satoshiDup,
    note: 'duplicate case closed for lack of response, pointing to the main case; aligned DKIM only',
    from: FORM,
    to: SATOSHI.src,
    subject: formSubj(CASE.satoshiDup),
    date: utc('2026-01-21 00:40:19'),
    auth: 'dkimonly',
    enc: 'jisb64',
    text: `藤原様

本ケースは、ケース ${CASE.satoshi} と同じご用件のため、こちらではこれ以上の対応を行わずクローズいたします。
今後のやり取りは ${CASE.satoshi} にてお願いいたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-aws-notify-html',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'AWS Support notification that the case was closed (multipart)',
    from: SUPPORT_NOTIFY,
    to: MARIKO.keep,
    subject: `AWS サポート: ケース ${CASE.mariko} がクローズされました`,
    date: utc('2026-03-11 01:40:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ケース ${CASE.mariko} はクローズされました。

このケースについてのご意見をお聞かせください。`,
    html: htmlDoc(`<p>ケース <b>${CASE.mariko}</b> はクローズされました。</p><p>このケースについてのご意見をお聞かせください。</p>`),
  }),
  mk({
    slug: 'ja-closed-old-address',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'closure notice sent to the old company address; reopening explained',
    from: NOREPLY,
    to: TAKUMI.src,
    subject: `ケース ${CASE.takumi} クローズのお知らせ`,
    date: utc('2026-02-02 03:03:03'),
    auth: 'pass',
    enc: 'jis7',
    text: `ケース ${CASE.takumi} はクローズされました。
同じご用件で引き続きお手伝いが必要な場合は、このメールにご返信いただくとケースが再開されます。

${AWS_FOOT_JA}`,
  }),
  mk({
    slug: 'ja-closed-auto-outlook',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'will auto-close in 5 business days; restates the waiting state',
    from: FORM,
    to: SORA_BARE,
    cc: AYA.keep,
    subject: formSubj(CASE.aya),
    date: utc('2026-02-23 02:27:31'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `ソラリンク 宮下様 / 森本様

バッジ移行についてご確認いただけましたでしょうか。
5 営業日以内にご返信がない場合は、解決済みとして本ケースを終了いたします。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-reply-thanks-confirming',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.mariko,
    note: 'thanks for consenting, handed to the team; no merge yet',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-08 00:55:40'),
    auth: 'pass',
    enc: 'jis7',
    text: `岡田様

ご確認とご承諾のご連絡、ありがとうございます。
統合作業の担当チームへ依頼いたしました。作業が終わりましたら改めてご案内いたします。

森田

${quote(`${gmailJa('2026-03-07 22:10', `岡田 真理子 <${MARIKO.keep}>`)}
森田様
承知しました。進めてください。`)}`,
  }),
  mk({
    slug: 'ja-reply-future-complete',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ryo,
    note: '「統合が完了しましたら」: future, only a status',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-03 02:02:02'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `西村様

ご同意ありがとうございます。現在、統合の処理待ちの状態です。
統合が完了しましたら、Credly のバッジの扱いも含めて改めてご連絡いたします。

川口`,
  }),
  mk({
    slug: 'ja-reply-escalated',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takumi2,
    note: 'escalated to a specialist team; wait',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi2),
    date: utc('2026-02-04 05:30:12'),
    auth: 'pass',
    enc: 'jisb64',
    text: `石川様

3 つ目のアカウントについては試験配信事業者側の記録照会が必要なため、専門チームへエスカレーションいたしました。
回答まで数営業日いただく見込みです。恐縮ですが今しばらくお待ちください。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ja-reply-unable',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: '1779130025',
    note: '「統合を行うことができません」: negated, explains why',
    from: FORM,
    to: RYO.src,
    subject: formSubj('1779130025'),
    date: utc('2026-02-19 06:11:48'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `西村様

お問い合わせのアカウントのうち一方は、AWS パートナーの組織アカウントに紐づいて管理されているため、
現時点ではこちらで統合を行うことができません。所属組織の管理者による紐付け解除が必要です。
解除後に改めてご連絡ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-partner-status',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    caseId: CASE.mariko,
    note: 'partner desk relays a status update (AWS is still working on it); untrusted',
    from: MINATO_PS,
    to: MARIKO.keep,
    subject: `RE: AWS認定アカウント統合の進捗 (ケース ${CASE.mariko})`,
    date: jst('2026-03-08 17:20:00'),
    auth: 'pass',
    enc: 'sjis8',
    text: `岡田様

ミナトクラウドサービスの飯田です。
本日 AWS のケースを確認しましたが、「承諾を受領し担当チームで作業待ち」との状況で、まだ完了の連絡はございません。
進展がありましたらすぐにご連絡いたします。

${FOOTER_MINATO}`,
  }),
  mk({
    slug: 'ja-reply-merged-cases',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.aya,
    note: 'two duplicate CASES were merged, not the accounts',
    from: FORM,
    to: AYA.keep,
    subject: formSubj(CASE.aya),
    date: utc('2026-02-11 00:22:37'),
    auth: 'pass',
    enc: 'jis7',
    text: `森本様

森本様ご本人とソラリンク様から別々にお問い合わせをいただいていたため、
ケース ${CASE.ayaDup} を本ケース ${CASE.aya} に統合いたしました。以降はこちらでやり取りさせてください。
アカウントの統合そのものについては、引き続き確認を進めております。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-reply-voucher-question',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.satoshi,
    note: 'answers a voucher question with a conditional about after the merge',
    from: FORM,
    to: SATOSHI.keep,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-15 03:50:33'),
    auth: 'pass',
    enc: 'jis7',
    text: `藤原様

お問い合わせの 50% 割引バウチャーについてです。
統合した場合でも、未使用のバウチャーは統合先アカウントの「特典」に引き継がれます。期限は変わりません。
統合を進めるかどうかは、引き続き藤原様のご判断をお待ちしております。

大川`,
  }),
  mk({
    slug: 'ja-reply-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'only asks to reply from the kept address, no data requested; aligned DKIM only',
    from: FORM,
    to: TAKUMI.src,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-22 01:01:19'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `石川様

恐れ入りますが、今後のご返信は統合後に残す個人のメールアドレス(${TAKUMI.keep})からお送りください。
ご本人からのご連絡であることを確認するためのお願いです。

吉岡`,
  }),
  mk({
    slug: 'ja-reply-badges-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ryo,
    note: 'badges not moved yet, being handled: negated badge event',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-05 07:07:07'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `西村様

ご連絡ありがとうございます。確認したところ、Credly のバッジはまだ旧アドレスに紐づいたままでした。
移行の手配を Credly 担当へ依頼済みです。処理が済みましたらお知らせします。

川口`,
  }),
  mk({
    slug: 'ja-reply-in-progress',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.satoshi,
    note: 'plain status: the request is with the department in charge, progress to follow',
    from: FORM,
    to: SATOSHI.keep,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-17 10:45:18'),
    auth: 'pass',
    enc: 'jis7',
    text: `藤原様

お問い合わせの件、現在担当部署にて処理を進めております。週明けには進捗をご報告できる見込みです。

AWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-unrel-own-internal-fwd',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    caseId: CASE.takumi,
    note: 'the user\'s own 社内転送 of the completion mail to the manager (sent copy): no news from support',
    from: `石川 拓海 <${TAKUMI.src}>`,
    to: '野口 部長 <noguchi@kaede-sys.example.co.jp>',
    cc: '人材開発室 <jinzai@kaede-sys.example.co.jp>',
    subject: `FW: ${formSubj(CASE.takumi)}`,
    date: jst('2026-01-26 13:10:44'),
    auth: 'none',
    enc: 'sjis8',
    deliveredTo: null,
    text: `野口部長
(CC: 人材開発室)

お疲れ様です。石川です。
以前ご相談した AWS 認定アカウントの件、下記のとおり統合が完了しました。
社内の資格管理台帳の登録アドレスを個人アドレスに変更いただけますでしょうか。

${SIG_TAKUMI_CORP}

${outlookJa('2026-01-26 12:22', `AWS Training and Certification <${FORM_BARE}>`, TAKUMI.keep, formSubj(CASE.takumi))}

${TAKUMI.srcId} を ${TAKUMI.keepId} に統合する作業が本日完了いたしました。`,
  }),
  mk({
    slug: 'ja-unrel-partner-ooo',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: CASE.aya,
    note: 'out-of-office auto-reply from the partner\'s contact, echoing the case subject; "受け付けました" wording',
    from: '大森 健司 <omori@soralink.example.co.jp>',
    to: AYA.keep,
    subject: `自動応答: 【要返信】AWS認定アカウント統合の最終確認 (CASE ${CASE.aya})`,
    date: jst('2026-02-16 15:01:09'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `メールを受け付けました。
誠に恐れ入りますが、2 月 16 日から 2 月 20 日まで出張のため不在にしております。
期間中は確認が遅れますので、お急ぎの場合はパートナーサポートデスク(aws-desk@soralink.example.co.jp)までご連絡ください。

株式会社ソラリンク 営業部 大森`,
  }),
  mk({
    slug: 'ja-unrel-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'exam score report notice from the training domain; "採点が完了" is not a merge',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: RYO.keep,
    subject: 'AWS 認定試験の結果が確認できるようになりました',
    date: utc('2026-03-12 19:44:22'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `西村 亮 様

AWS Certified Developer - Associate 試験の採点が完了しました。
スコアレポートは AWS 認定アカウントの [試験履歴] からご確認いただけます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-unrel-credly-other-issuer',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'Credly badge from another issuer (LPI), same template as AWS badges',
    from: 'Linux Professional Institute via Credly <admin@credly.com>',
    to: SATOSHI.keep,
    subject: 'Linux Professional Instituteのバッジ発行のお知らせ',
    date: utc('2026-02-02 16:20:11'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `藤原 聡 さん

Linux Professional Institute から「LPIC-1」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/2c91d0e4-71aa-4f3b-bb1e-90d3f0c4a8e2

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-unrel-survey',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.takumi,
    note: 'satisfaction survey about the closed case',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: TAKUMI.keep,
    subject: 'お問い合わせは解決しましたか? アンケートへのご協力のお願い',
    date: utc('2026-02-02 01:00:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `先日クローズされたケース ${CASE.takumi} について、1 分ほどのアンケートにご協力ください。
サポートの対応にどの程度満足されましたか?
https://survey.aws.example/r/${CASE.takumi}`,
  }),
  mk({
    slug: 'ja-unrel-summit-registration',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'AWS Summit registration completed: event mail, not the merge',
    from: 'AWS Summit Japan <aws-apac-marketing@amazon.com>',
    to: MARIKO.keep,
    subject: '【AWS Summit Japan】ご登録が完了しました',
    date: utc('2026-03-10 03:00:00'),
    auth: 'pass',
    enc: 'jisb64',
    text: `岡田 真理子 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で以下の QR コードをご提示ください。AWS 認定資格保持者ラウンジもご利用いただけます。

アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-sub',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'Skill Builder subscription procedure completed: not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: AYA.keep,
    subject: 'サブスクリプションのお手続きが完了しました',
    date: utc('2026-02-25 05:15:42'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `AWS Skill Builder 個人サブスクリプション(月額)のお手続きが完了しました。
お支払い方法の確認もあわせて完了しています。`,
  }),
  mk({
    slug: 'ja-unrel-pearson-confirm',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'test vendor appointment confirmation (確認 wording), outside the trusted domains',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.example.com>',
    to: TAKUMI.keep,
    subject: '試験予約の確認 - AWS Certified Security - Specialty',
    date: utc('2026-02-10 08:40:40'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `石川 拓海 様

以下の内容で試験の予約を確認しました。
試験: AWS Certified Security - Specialty
日時: 2026年3月14日 13:00
会場: オンライン (OnVUE)

予約内容の変更は 24 時間前まで可能です。`,
  }),
  mk({
    slug: 'ja-unrel-colleague-howto',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'company training office shares a how-to for merging accounts with all staff (user on Cc)',
    from: KAEDE_EDU,
    to: 'all-engineers@kaede-sys.example.co.jp',
    cc: TAKUMI.src,
    subject: '【共有】AWS認定アカウントの統合手順について',
    date: jst('2026-02-06 10:00:12'),
    auth: 'pass',
    enc: 'sjis8',
    text: `エンジニア各位

お疲れ様です。人材開発室の長谷川です。
退職・異動に伴う AWS 認定アカウントの統合について問い合わせが増えているため、手順を共有します。

1. 個人アドレスで AWS Builder ID を作成
2. AWS サポートのフォームからケースを作成(候補者 ID を両方記載)
3. サポートから確認依頼が来たら返信、統合完了後に Credly バッジを確認

石川さんの事例(1 月に完了)も参考にしています。ご協力ありがとうございました。

${FOOTER_KAEDE}`,
  }),
  mk({
    slug: 'ja-unrel-own-consent-reply',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: CASE.ryo,
    note: 'the user\'s own consent reply, Bcc copy to self (user address on Cc)',
    from: `西村 亮 <${RYO.keep}>`,
    to: FORM,
    cc: RYO.keep,
    subject: `Re: ${formSubj(CASE.ryo)}`,
    date: jst('2026-03-02 12:40:31'),
    auth: 'none',
    enc: 'utf8b64',
    text: `川口様

ご案内ありがとうございます。統合に同意します。
上記 2 アカウントの統合を進めてください。

西村

${gmailJa('2026-03-02 10:27', `AWS Training and Certification <${FORM_BARE}>`)}
${quote(`西村様
以下の 2 つのアカウントを統合します。`)}`,
  }),
  mk({
    slug: 'ja-unrel-partner-campaign',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'reseller newsletter about a certification campaign that mentions merge consultations',
    from: 'ソラリンク クラウド推進部 <news@soralink.example.co.jp>',
    to: AYA.keep,
    subject: '【ソラリンク】AWS認定資格 取得支援キャンペーンのご案内',
    date: jst('2026-03-02 09:00:00'),
    auth: 'pass',
    enc: 'jis7',
    text: `お客様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
この春、AWS 認定資格の取得を支援するキャンペーンを実施いたします。
・模擬試験 3 回分を無償提供
・転職・異動に伴う AWS 認定アカウント統合のご相談も受付中(手続き完了までサポート)

配信停止をご希望の方は本メールにその旨ご返信ください。

${FOOTER_SORA}`,
  }),
  mk({
    slug: 'ja-unrel-old-company-bounce-notice',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: CASE.satoshi,
    note: 'auto-reply from the user\'s old company: address discontinued; case number only in the quoted subject',
    from: HOKUTO_HD,
    to: SATOSHI.src,
    subject: `[自動返信] Re: ${formSubj(CASE.satoshi)}`,
    date: jst('2026-01-31 18:30:00'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `本メールはシステムからの自動返信です。

お送りいただいたメールの宛先(${SATOSHI.src})は、退職に伴い 2026 年 1 月 31 日をもって利用を停止しております。
業務上のご連絡は、北斗ネットワークス 情報システム部ヘルプデスクまでお願いいたします。

${FOOTER_HOKUTO}`,
  }),
];

void CREDLY_FOOT;
void gmailFwd;
void sfHist;
void tbFwdJa;
void SIG_SATOSHI_CORP;
