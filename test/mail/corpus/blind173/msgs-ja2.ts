// fp set, Japanese part 2: completions, badges, closings, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  CASE, CASE2, CREDLY_AWS, DAI, FORM, KEN, MISAKI, NOREPLY, RIE, SHO, SUPPORT, SUPPORT_JA, YUKI,
  formSubj, gmailJa, jst, mask, mk, outlookJa, paras, quote, sfBlock, utc,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ken-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support reports the source (former employer) merged into the target (personal) and closed',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-19 07:26:51'), enc: 'jis7',
    text: `${KEN.ja} 様

お待たせいたしました。森でございます。
ご同意をいただきましたので、アカウントの統合を実施いたしました。

  統合元: ${KEN.srcId}(${KEN.src})→ 閉鎖済み
  統合先: ${KEN.keepId}(${KEN.keep})

統合先アカウントにサインインし、認定資格・試験履歴・特典が表示されていることをご確認ください。
反映に数時間かかる場合がございます。

森`,
  }),
  mk({
    slug: 'misaki-done-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'merge from the university account into the current one done; the case will now close (completion is the new fact)',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-20 08:03:12'), enc: 'utf8b64',
    text: `渡辺様

大学のアドレスのアカウント(${MISAKI.srcId})から、現在のアカウント(${MISAKI.keepId})へのマージが完了しました。
${MISAKI.srcCerts} が ${MISAKI.keep} 側に表示されるようになっています。

本件はこれにてクローズとさせていただきます。何かございましたら本メールへご返信ください。ケースが再開されます。

長谷川`,
  }),
  mk({
    slug: 'sho-redone', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'after the wrong-way merge, support redid it in the requested direction (personal into work): completed',
    from: SUPPORT, to: SHO.keep,
    subject: formSubj(CASE.sho),
    date: utc('2026-11-25 09:40:27'), enc: 'sjis8',
    text: `小林様

先日は統合の向きを誤り、大変ご迷惑をおかけいたしました。
本日、技術チームにて処理をやり直し、個人用アカウント(${SHO.srcId})の資格履歴を会社用アカウント(${SHO.keepId})へ統合いたしました。
現在は ${SHO.keep} でサインインいただくと、Solutions Architect - Associate を含むすべての資格をご覧いただけます。

${SHO.src} のアカウントは使用できなくなっております。

村井`,
  }),
  mk({
    slug: 'yuki-portal-done', kind: 'merge_completed', lang: 'ja',
    note: 'the certification portal\'s own notice (no case ID): merged account and resulting account by candidate ID',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: YUKI.keep,
    subject: 'AWS認定: アカウントの統合が完了しました',
    date: utc('2026-11-25 00:02:41'), enc: 'utf8qp',
    text: `${YUKI.ja} 様

お客様の AWS 認定アカウントの統合処理が完了しました。

統合されたアカウント: ${YUKI.srcId}
統合後のアカウント: ${YUKI.keepId}

今後は統合後のアカウントでサインインしてください。認定資格、試験の予約、特典はすべて統合後のアカウントで管理されます。

AWS トレーニングと認定
このメールは配信専用です。`,
  }),
  mk({
    slug: 'dai-done-badges-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'old account merged into new; says the Credly badges did NOT move (badge words, but the news is the merge)',
    from: SUPPORT, to: DAI.keep,
    subject: formSubj(CASE.dai),
    date: utc('2026-12-03 04:15:09'), enc: 'jisb64',
    text: `加藤様

佐野です。ご同意のご連絡ありがとうございました。
旧アカウント(${DAI.src})を新アカウント(${DAI.keep})に統合する作業が完了しております。

なお、Credly のデジタルバッジは今回の処理では移っておりません。
バッジの移行をご希望の場合は、このケースにそのままご返信ください。

佐野`,
  }),
  mk({
    slug: 'yuki-moved-certs', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki,
    note: 'no word "統合": certifications moved from one candidate ID to the other and the old ID is unusable, i.e. merged',
    from: SUPPORT, to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-24 23:50:36'), enc: 'jis7',
    text: `伊藤様

お世話になっております。小川です。
${YUKI.srcId} に記録されていた ${YUKI.srcCerts} を、${YUKI.keepId} のアカウントへ移し終えました。${YUKI.srcId} は今後お使いいただけません。

お手数ですが、${YUKI.keep} でサインインのうえ、資格一覧と特典(50% 割引)をご確認いただけますと幸いです。

小川

${outlookJa(`${YUKI.ja} <${YUKI.keep}>`, '2026年11月24日 12:02', FORM, formSubj(CASE.yuki))}

小川様
内容に同意します。よろしくお願いいたします。
伊藤`,
  }),
  mk({
    slug: 'misaki-done-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, forUser: false,
    resent: { from: 'postmaster@univ.example.ac.jp', to: MISAKI.keep, date: utc('2026-11-20 08:05:40') },
    note: 'completion copy sent to the source address and redirected by the university server (Resent-*): not delivered to the user as such',
    from: SUPPORT, to: MISAKI.src,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-20 08:03:30'), enc: 'jis7',
    text: `${MISAKI.ja} 様

(本メールは統合元アカウントの登録アドレスにもお送りしています)
統合元 ${MISAKI.src}(${MISAKI.srcId})は、統合先 ${MISAKI.keep}(${MISAKI.keepId})に統合されました。
今後、このアドレスでは認定ポータルにサインインできません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ken-dup-done-html', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenDup,
    note: 'HTML-only: the 2021 account was merged into the 2019 account today (handled on the second case)',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.kenDup),
    date: utc('2026-11-19 07:58:02'), enc: 'utf8b64',
    html: `<div dir="ltr">
<p>中村様</p>
<p>岡田です。ケース ${CASE.kenDup} でもご依頼いただいていた件のご報告です。</p>
<p>${KEN.srcMade}作成のアカウント(${KEN.srcId})を、${KEN.keepMade}作成のアカウント(${KEN.keepId})へ統合する処理が、本日完了いたしました。<br>
今後は ${KEN.keep} のみでサインインいただけます。</p>
<p>岡田<br>AWS Training and Certification</p>
</div>`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ken-credly-reissued', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address, reissued from the former-employer address',
    from: CREDLY_AWS, to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-11-29 10:12:55'), enc: 'utf8qp', relay: 'o1.ptr4417.credly.com',
    text: `${KEN.ja} さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。

このバッジは、以前 ${mask(KEN.src)} 宛てに発行されていたものを、認定アカウントの統合に伴い ${KEN.keep} 宛てに発行し直したものです。

バッジを入手する
https://www.credly.com/badges/3f0e2c71-8a44-4d0b-9a61-5c2e7d10b9aa/accept`,
    html: `<table width="100%"><tr><td style="font-family:Arial,sans-serif">
<p>${KEN.ja} さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。</p>
<p>このバッジは、以前 ${mask(KEN.src)} 宛てに発行されていたものを、認定アカウントの統合に伴い ${KEN.keep} 宛てに発行し直したものです。</p>
<p><a href="https://www.credly.com/badges/3f0e2c71-8a44-4d0b-9a61-5c2e7d10b9aa/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
</td></tr></table>`,
  }),
  mk({
    slug: 'misaki-badges-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support moved the badge from the old address to the new address\'s Credly account and closes',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-23 06:44:19'), enc: 'utf8qp',
    text: `渡辺様

Credly のバッジにつきまして、旧アドレス(${MISAKI.src})宛てに発行されていた Cloud Practitioner のバッジを、新アドレス(${MISAKI.keep})の Credly アカウントへ移行いたしました。

ご依頼の対応はすべて完了しましたので、本ケースはクローズいたします。
長谷川`,
  }),
  mk({
    slug: 'sho-badges-three', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'three badges from the source (personal) now show on the target (work) Credly profile',
    from: SUPPORT, to: SHO.keep,
    subject: formSubj(CASE.sho),
    date: utc('2026-11-27 05:30:00'), enc: 'sjis8',
    text: `小林様

バッジの件、お待たせしました。
統合元(${SHO.src})で発行されていたバッジ3つ(${SHO.srcCerts.replace(/, /g, ' / ')})が、統合先 ${SHO.keep} の Credly プロフィールに表示されるようになりました。

村井`,
  }),
  mk({
    slug: 'yuki-credly-new-badge', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly (AWS issuer) badge issued to the kept address, naming the previous recipient address',
    from: CREDLY_AWS, to: YUKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-11-26 13:20:04'), enc: 'utf8b64',
    text: `${YUKI.ja} さん

Amazon Web Services Training and Certification があなたに新しいバッジを発行しました:
AWS Certified DevOps Engineer - Professional

受取先: ${YUKI.keep}
(以前の受取先: ${YUKI.src})

バッジを入手する: https://www.credly.com/earner/earned/badge/0b6d2f4e-9c1a-4f3e-8d55-a17e90c2d6b1`,
    html: `<div style="font-family:Helvetica,Arial,sans-serif;max-width:600px">
<p>${YUKI.ja} さん</p>
<p>Amazon Web Services Training and Certification があなたに新しいバッジを発行しました:<br><b>AWS Certified DevOps Engineer - Professional</b></p>
<p>受取先: ${YUKI.keep}<br>(以前の受取先: ${YUKI.src})</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b6d2f4e-9c1a-4f3e-8d55-a17e90c2d6b1">バッジを入手する</a></p>
</div>`,
  }),
  mk({
    slug: 'dai-badges-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.dai,
    note: 'support re-issued the source account\'s badges to the target address on Credly',
    from: SUPPORT, to: DAI.keep,
    subject: formSubj(CASE.dai),
    date: utc('2026-12-04 02:56:48'), enc: 'jisb64',
    text: `加藤様

ご連絡ありがとうございます。佐野です。
確認したところ、移行元(${DAI.srcId})のバッジが移行先(${DAI.keepId})に紐づいておりませんでしたので、Credly 側で付け替えの処理をいたしました。
${DAI.keep} 宛てに Credly からのメールが届いておりますので、「バッジを入手する」から受け取ってください。

佐野`,
  }),
  mk({
    slug: 'ken-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'claims the badges moved from the old to the new address, but the From domain is a Credly look-alike: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: KEN.keep,
    subject: 'バッジの移行が完了しました',
    date: utc('2026-11-28 18:31:27'), enc: 'utf8b64',
    text: `${KEN.ja} さん

統合元 ${KEN.src} のバッジを ${KEN.keep} に移行しました。
移行を確定するには、以下から Credly にサインインしてください。

https://credly-badges.net/signin?next=/earner/earned`,
  }),
  mk({
    slug: 'ken-badges-gmail', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support re-pointed the two former-employer badges to the personal Credly account; Gmail quote below',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-29 09:58:40'), enc: 'jis7',
    text: `中村様

森です。前職アドレスのバッジ2件(Solutions Architect - Associate / Developer - Associate)を、個人アドレスの Credly アカウントへ付け替えました。Credly にサインインし、プロフィールでご確認ください。

${gmailJa(2026, 11, 28, '土', '7:55', `${KEN.ja} <${KEN.keep}>`)}
${quote(`森様

統合ありがとうございました。資格は個人アカウントに出ていますが、Credly のバッジが旧アドレスのままです。
移していただくことは可能でしょうか。

中村`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ken-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'reminder: without a reply within 7 days the case closes automatically',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-17 22:10:05'), enc: 'jis7',
    text: `中村様

先日お送りした「残す方の候補者ID」についてのご質問に、まだご返信をいただいておりません。
旧アカウント ${KEN.srcId} / 新アカウント ${KEN.keepId} の統合をご希望の場合は、7日以内に本メールへご返信ください。
ご返信がない場合、本ケースは自動的にクローズされます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'misaki-close-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'closing that only restates last week\'s merge (university into personal): case_closed',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-27 01:30:00'), enc: 'utf8b64',
    text: `渡辺様

先週お知らせしたとおり、統合元(大学)アカウントから統合先(個人)アカウントへの統合は完了しております。
その後ご連絡がございませんので、本ケース ${CASE.misaki} をクローズいたします。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'sho-resolved-notice', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'AWS Support notice: the case (work/personal accounts) was closed as resolved',
    from: NOREPLY, to: SHO.keep,
    subject: `AWS Support ケース ${CASE.sho} が解決済みになりました`,
    date: utc('2026-12-02 00:00:31'), enc: 'sjis8',
    text: `${SHO.ja} 様

ケース ID ${CASE.sho}(会社用 ${SHO.keepId} / 個人用 ${SHO.srcId} のアカウント統合)は、解決済みとしてクローズされました。

再度お問い合わせが必要な場合は、サポートセンターからケースを再開してください。
Amazon Web Services`,
  }),
  mk({
    slug: 'yuki-dup-closed', kind: 'case_closed', lang: 'ja', caseId: CASE.yukiDup,
    note: 'the duplicate case opened from the retiring address is closed; the merge continues on the other case',
    from: SUPPORT, to: YUKI.src, cc: YUKI.keep,
    subject: formSubj(CASE.yukiDup),
    date: utc('2026-11-21 03:12:44'), enc: 'jisb64',
    text: `伊藤様

パートナー企業のアドレス(${YUKI.src})から作成いただいたケース ${CASE.yukiDup} は、個人アドレス ${YUKI.keep} から作成済みのケース ${CASE.yuki} と同じご依頼のため、こちらは対応を終了しクローズいたします。

統合のご相談は引き続き ${CASE.yuki} にてお受けします。
小川`,
  }),
  mk({
    slug: 'rie-withdrawn', kind: 'case_closed', lang: 'ja', caseId: CASE2.rie, trap: true,
    note: 'customer withdrew; no merge was done and both accounts stay separate; the case is closed',
    from: SUPPORT, to: RIE.keep,
    subject: formSubj(CASE2.rie),
    date: utc('2026-11-26 04:25:17'), enc: 'utf8qp',
    text: `山本様

「統合はやめて、ホールディングスのアドレスのアカウント(${RIE.src})と個人のアカウント(${RIE.keep})をこのまま別々に使う」とのご連絡、承知いたしました。統合は実施しておりません。

本ケースはこれでクローズいたします。あらためて統合をご希望の際は、新しくケースを作成してください。

AWS トレーニングと認定 西田`,
  }),
  mk({
    slug: 'ken-dup-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup,
    note: 'reminder on the second case: no reply, closes in 3 days',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.kenDup),
    date: utc('2026-11-23 03:00:12'), enc: 'sjisb64',
    text: `中村様

ケース ${CASE.kenDup}(前職アカウント ${KEN.srcId} → 個人アカウント ${KEN.keepId} の統合)について、2026年11月20日にお送りしたメールへのご返信が確認できておりません。
3日以内にご返信がない場合、本ケースは自動的に終了となります。

AWS Training and Certification`,
  }),
  mk({
    slug: 'misaki-closed-forged', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'failThenForged',
    note: 'closing notice; topmost Authentication-Results says dmarc=fail, a planted pass sits lower: untrusted',
    from: SUPPORT, to: MISAKI.keep,
    subject: `ケース ${CASE.misaki} はクローズされました`,
    date: utc('2026-11-28 11:11:11'), enc: 'jis7',
    text: `${MISAKI.ja} 様

ケース ${CASE.misaki} はクローズされました。
(統合元 ${MISAKI.srcId} / 統合先 ${MISAKI.keepId})

ご利用ありがとうございました。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sho-wrong-way', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'support merged the work account into the personal one, the wrong way round, and will redo it: not a completed merge',
    from: SUPPORT, to: SHO.keep, cc: SHO.src,
    subject: formSubj(CASE.sho),
    date: utc('2026-11-23 08:17:36'), enc: 'sjis8',
    text: `小林様

大変申し訳ございません。
本日の統合処理において、ご指定とは逆に、会社用アカウント(${SHO.keepId})を個人用アカウント(${SHO.srcId})へ統合してしまったことが判明しました。

現在、技術チームが正しい向き(個人用 → 会社用)でやり直す手配を進めております。完了しましたら改めてご連絡いたしますので、それまで両方のアドレスでのサインインはお控えください。

村井`,
  }),
  mk({
    slug: 'ken-thanks-passed', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for the consent; the merge (source to target) was handed to the team, will report when done',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-18 04:48:29'), enc: 'jis7',
    text: `中村様

ご同意のご返信、ありがとうございます。
統合元 ${KEN.srcId} → 統合先 ${KEN.keepId} の内容で、担当部署へ作業を依頼いたしました。
完了までに数日いただく場合がございます。終わり次第ご連絡いたします。

森`,
  }),
  mk({
    slug: 'misaki-in-progress', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'status: specialist team working; will notify once reflected (future); asks her not to book exams meanwhile',
    from: SUPPORT, to: MISAKI.keep,
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-19 23:20:08'), enc: 'utf8qp',
    text: `渡辺様

長谷川です。お問い合わせの件は、現在専門チームにて作業中でございます。
大学のアカウントの内容が個人のアカウントに反映され次第、改めてご連絡します。
それまでは、個人のアカウント(${MISAKI.keep})での新しい試験のご予約はお控えいただけますと幸いです。

長谷川`,
  }),
  mk({
    slug: 'yuki-tool-refuses', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki,
    note: 'explains the self-service tool refuses because both old and new accounts have passes; support will handle it',
    from: SUPPORT, to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-20 01:45:52'), enc: 'jisb64',
    text: `伊藤様

お問い合わせありがとうございます。
お書きいただいたとおり、旧アカウント(${YUKI.srcId})と新アカウント(${YUKI.keepId})の両方に合格履歴があるため、ポータルの Merge Accounts ではエラーとなります。
この場合はサポート側で対応いたしますので、ご安心ください。担当より追ってご連絡いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'dai-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'negated: the merge from the old to the new address is not complete yet',
    from: SUPPORT, to: DAI.keep,
    subject: formSubj(CASE.dai),
    date: utc('2026-12-02 23:36:21'), enc: 'utf8b64',
    text: `加藤様

ご照会ありがとうございます。
現時点では、旧アカウント ${DAI.src} から新アカウント ${DAI.keep} への統合はまだ完了しておりません。社内の確認待ちとなっておりますので、いましばらくお待ちください。

佐野`,
  }),
  mk({
    slug: 'ken-reply-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.ken,
    note: 'asks him to continue from the personal (surviving) address; asks for no data, case ID only in the body',
    from: SUPPORT, to: KEN.src,
    subject: 'Re: 認定アカウントの統合について',
    date: utc('2026-11-17 04:02:13'), enc: 'sjisb64',
    text: `中村様

ケース番号: ${CASE.ken}

本メールは前職のアドレス(${KEN.src})宛てにお送りしております。
今後のやり取りは、統合後も残る個人アドレス(${KEN.keep})からお願いできますでしょうか。お手数ですが、そちらから本ケースにご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'misaki-login-answer-cc-lab', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true, forUser: false,
    note: 'answer on signing in after the merge (future/general); addressed to the lab admin list, not to her addresses',
    from: SUPPORT, to: 'lab-admin@univ.example.ac.jp',
    subject: formSubj(CASE.misaki),
    date: utc('2026-11-18 06:09:50'), enc: 'jis7',
    text: `渡辺様

ご質問いただいた「統合後も大学のアドレスでサインインできるか」についてお答えします。
統合が終わると、大学のアドレス(${MISAKI.src})のアカウントは無効となり、サインインには ${MISAKI.keep} をお使いいただくことになります。試験の予約履歴も後者でご確認いただけます。

長谷川`,
  }),
  mk({
    slug: 'yuki-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true,
    note: 'two duplicate CASES were merged into one; the account merge itself is still to come',
    from: SUPPORT, to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: utc('2026-11-21 03:14:02'), enc: 'utf88bit',
    text: `伊藤様

${YUKI.keep} と ${YUKI.src} の双方からケースをお作りいただいておりましたので、2件のケースを ${CASE.yuki} にまとめました。以降はこちらのケースでご連絡いたします。

アカウントの統合(${YUKI.srcId} → ${YUKI.keepId})自体は、これから手続きいたします。

小川`,
  }),
  mk({
    slug: 'dai-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.dai,
    note: 'answers where the 50% voucher of the old account appears (on the new one); no new merge event',
    from: SUPPORT, to: DAI.keep,
    subject: formSubj(CASE.dai),
    date: utc('2026-12-05 01:18:34'), enc: 'jisb64',
    text: `加藤様

お問い合わせの 50% 割引特典について回答いたします。
旧アカウント(${DAI.srcId})で付与されていた特典は、新アカウント(${DAI.keepId})の「特典」ページに表示されます。ただし、旧アカウントですでに使用済みのものは表示されません。

佐野`,
  }),
  mk({
    slug: 'ken-otheronly', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'otherOnly', trap: true,
    note: 'status update; only a foreign (mx.google.com) Authentication-Results below the server\'s Received: untrusted',
    from: SUPPORT, to: KEN.keep,
    subject: formSubj(CASE.ken),
    date: utc('2026-11-18 10:30:44'), enc: 'utf8qp',
    text: `中村様

前職のアカウント(${KEN.srcId})と個人のアカウント(${KEN.keepId})について、担当部署より「統合の対象であることを確認した」との回答がありました。
引き続き作業を進めます。

AWS Training and Certification`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ken-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'none', trap: true,
    note: 'the user\'s own consent reply (bottom-posted, copied to his other address); carries no news from support',
    from: `${KEN.ja} <${KEN.keep}>`, to: FORM, cc: KEN.src,
    rcpt: KEN.src, relay: 'smtp.example.jp',
    subject: `Re: ${formSubj(CASE.ken)}`,
    date: jst('2026-11-18 10:22:06'), enc: 'jis7',
    text: `${gmailJa(2026, 11, 18, '水', '10:05', `AWS Training and Certification <${FORM}>`)}
${quote(`${KEN.ja} 様

以下の内容で統合いたします。
  統合元(なくなるアカウント): ${KEN.srcId} / ${mask(KEN.src)}
  統合先(残るアカウント)    : ${KEN.keepId} / ${mask(KEN.keep)}
この内容でよろしければ、本メールに「同意します」とご返信ください。`)}

森様

お世話になっております。中村です。
同意します。前職アカウント ${KEN.srcId} を個人アカウント ${KEN.keepId} に統合してください。
元に戻せない点も承知しております。

iPhoneから送信`,
  }),
  mk({
    slug: 'ken-skillbuilder-new', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'a NEW Skill Builder account was created; the old one is not carried over: no merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: KEN.keep,
    subject: 'AWS Skill Builder へようこそ - 新しいアカウントが作成されました',
    date: utc('2026-11-21 05:05:05'), enc: 'utf8qp',
    text: `${KEN.ja} さん

AWS Skill Builder の新しいアカウントが ${KEN.keep} で作成されました。

以前 ${KEN.src} でご利用だった Skill Builder の学習履歴は、このアカウントには引き継がれません。サブスクリプションも別途お申し込みが必要です。

学習を始める: https://skillbuilder.aws/`,
  }),
  mk({
    slug: 'misaki-credly-welcome', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly welcome: a new Credly account was created; explains adding the other address; no badge moved',
    from: 'Credly <admin@credly.com>', to: MISAKI.keep,
    subject: 'Credly アカウントの作成が完了しました',
    date: utc('2026-11-21 12:40:00'), enc: 'utf8b64',
    text: `${MISAKI.ja} さん

Credly へようこそ。${MISAKI.keep} で新しいアカウントが作成されました。

別のメールアドレス(例: 大学のアドレス ${MISAKI.src})で受け取ったバッジがある場合は、設定 > アカウント からそのアドレスを追加すると、このアカウントにも表示されるようになります。

Credly`,
  }),
  mk({
    slug: 'sho-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge authorization code (personal into default work account): not the AWS merge',
    from: 'Credly <admin@credly.com>', to: SHO.src,
    subject: 'アカウント統合の確認コード',
    date: utc('2026-11-26 02:02:02'), enc: 'utf8qp',
    text: `${SHO.ja} さん

${SHO.src} のアカウントを、${SHO.keep} のアカウント(既定のアカウント)に統合するリクエストを受け付けました。

確認コード: 480317

このコードを画面に入力すると統合が完了します。統合すると、${SHO.src} は既定のアカウントのサブのメールアドレスとして追加されます。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ken-mailbox-closing', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'former employer IT closes the company mailbox (an account closed without any merge)',
    from: '情報システム部 ヘルプデスク <it-helpdesk@formerco.example.co.jp>', to: KEN.src,
    subject: '【ご案内】退職に伴うアカウント閉鎖について',
    date: jst('2026-11-13 17:30:00'), enc: 'jis7', auth: 'dkimonly',
    text: `${KEN.ja} 様

退職手続きに伴い、以下のアカウントを 2026年11月30日 をもって閉鎖いたします。
  メール: ${KEN.src}
  社内ポータル: knakamura

閉鎖後は受信済みのメールも参照できません。外部サービス(資格の登録等)に本アドレスを登録されている場合は、個人のアドレス(例: ${KEN.keep})等への変更を事前に済ませてください。

情報システム部 ヘルプデスク`,
  }),
  mk({
    slug: 'dai-aws-account-closed', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'an AWS (cloud) account was closed; explicitly does not touch the two certification accounts',
    from: NOREPLY, to: DAI.src,
    subject: 'AWS アカウントの閉鎖について',
    date: utc('2026-11-30 09:09:09'), enc: 'utf8b64',
    text: `${DAI.ja} 様

お客様の AWS アカウント(アカウント ID 末尾 4821、ルートユーザー ${DAI.src})は、ご依頼に基づき閉鎖されました。閉鎖から90日以内であれば再開が可能です。

この閉鎖は AWS アカウントに関するもので、AWS 認定アカウント(${DAI.srcId} および ${DAI.keepId})や取得済みの認定には影響しません。

Amazon Web Services`,
  }),
  mk({
    slug: 'yuki-score-vendor', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'test vendor\'s exam notice: score report will appear on the current account, not the old one; not part of the case',
    from: 'Exam Delivery <examresults@testvendor.example.com>', to: YUKI.keep,
    subject: '受験完了のお知らせ - AWS Certified Developer - Associate',
    date: jst('2026-11-14 16:48:20'), enc: 'jisb64',
    text: `${YUKI.ja} 様

AWS Certified Developer - Associate 試験を受験いただき、ありがとうございました。
スコアレポートは5営業日以内に、受験時にご利用の認定アカウント(${YUKI.keepId}、${YUKI.keep})に反映されます。
旧アカウント(${YUKI.src})には表示されませんのでご注意ください。`,
  }),
  mk({
    slug: 'misaki-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'satisfaction survey about the merge case ("was it resolved?")',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: MISAKI.keep,
    subject: 'お問い合わせに関するアンケートのお願い',
    date: utc('2026-11-24 00:30:00'), enc: 'utf8qp',
    text: `${MISAKI.ja} 様

先日のお問い合わせ(ケース ${CASE.misaki}: 大学アカウント ${MISAKI.srcId} から個人アカウント ${MISAKI.keepId} への統合)について、簡単なアンケートにご協力ください。

問題は解決しましたか?  [はい]  [いいえ]
担当者の対応はいかがでしたか?  1  2  3  4  5

所要時間は1分ほどです。`,
  }),
  mk({
    slug: 'ken-colleague-fwd', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'a former colleague forwards a support mail that reached the old address; the new text is the colleague\'s note',
    from: `吉田 亮 <yoshida@formerco.example.co.jp>`, to: KEN.keep,
    subject: `Fwd: ${formSubj(CASE.ken)}`,
    date: jst('2026-11-19 18:20:41'), enc: 'sjis8', auth: 'dkimonly',
    text: `中村さん

ご無沙汰しています、吉田です。
中村さんの旧アドレス(${KEN.src})宛てに AWS からメールが来ていたと総務経由で連絡があったので転送します。
個人のほうのアドレスに届いていなければ確認してみてください。

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM}>
Date: 2026年11月19日(木) 9:12
Subject: ${formSubj(CASE.ken)}
To: ${KEN.src}

中村様
統合元 ${KEN.srcId} を統合先 ${KEN.keepId} へ統合する作業を担当部署に依頼しました。`,
  }),
  mk({
    slug: 'dai-old-autoreply', kind: 'unrelated', lang: 'ja', caseId: CASE.dai, trusted: false, trap: true,
    note: 'automatic reply from the old company mailbox (left, address to be deleted); an auto-reply, not support',
    from: `${DAI.ja} <${DAI.src}>`, to: DAI.keep,
    subject: `自動応答: ${formSubj(CASE.dai)}`,
    date: jst('2026-12-01 11:03:27'), enc: 'jis7', auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

${DAI.ja}(${DAI.src})は 2026年10月31日をもって退職いたしました。本アドレスは近日中に削除されます。
今後のご連絡は ${DAI.keep} までお願いいたします。`,
  }),
  mk({
    slug: 'ken-name-change-case', kind: 'unrelated', lang: 'ja', caseId: CASE.kenName, trap: true,
    note: 'reply on a separate name-change case: one account renamed, explicitly no merge',
    from: SUPPORT, to: KEN.keep,
    subject: `RE:[CASE ${CASE.kenName}] [AWS Training and Certification Form Submission] - name-change`,
    date: utc('2026-12-03 06:26:38'), enc: 'utf8qp',
    text: `${KEN.ja} 様

ご依頼いただいた登録氏名の変更(ローマ字表記を NAKAMURA KENICHI から Kenichi Nakamura へ)を、候補者ID ${KEN.keepId} のアカウントに反映いたしました。

なお、前職のアドレスで作成されたもう一方のアカウント(${KEN.srcId})は今回の対象外で、アカウントの統合は行っておりません。統合のご相談は既存のケース ${CASE.ken} にてお願いいたします。

AWS トレーニングと認定`,
  }),
];

void paras;
void sfBlock;
void SUPPORT_JA;
