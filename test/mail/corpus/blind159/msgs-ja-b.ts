// Set fb, Japanese part B: merge completed, badges, closing, other replies, unrelated mail.
// Voice: causes and reasons (ため / により / ので / その結果 / そのため / から).
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, KEN, M, MISAKI, NOTIFY, PORTAL, SHO, SUPPORT, SUPPORT_ADDR, TRAINING,
  formSubject, gmailJa, htmlDoc, jst, outlookJa, paras, quote, sf, sfRef, who,
} from './common.js';

const KEN_CONSENT = `森様\n\n内容を確認しました。統合に同意します。\nよろしくお願いします。\n\n鈴木 健一`;
const MISAKI_CONSENT = `岡田様\n\n統合に同意します。お手数ですがよろしくお願いいたします。\n中村`;

export const JA_B: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  M({
    slug: 'ja-done-ken', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'because consent was received the merge was carried out; as a result the certifications sit on the kept ID',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-06 14:05:27'), enc: 'jis7',
    text: `鈴木 健一 様

ご同意のご返信をいただきましたので、本日、アカウントの統合作業を実施いたしました。
その結果、${KEN.srcId} で取得された認定と受験履歴は、すべて ${KEN.keepId} に移っております。

統合元のアカウントは閉じられたため、今後は ${KEN.keep} でサインインしてください。

森
AWS Training and Certification Customer Service

${sf(who(KEN), '2026/12/05 22:31', SUPPORT_ADDR, formSubject(CASE.ken), KEN_CONSENT)}

${sfRef('0Ab3kQz')}`,
  }),
  M({
    slug: 'ja-done-misaki-login', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'the event sits inside the reason clause: because the merge finished, the old login no longer works',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-26 18:44:13'), enc: 'sjis8',
    text: `中村様

統合が完了したため、旧アカウント (${MISAKI.src}) ではサインインできなくなっております。
認定ポータルには ${MISAKI.keep} でサインインしていただくと、両方のアカウントの認定がまとめて表示されます。

岡田

${outlookJa(who(MISAKI), '2026年11月25日 7:51', SUPPORT_ADDR, formSubject(CASE.misaki), MISAKI_CONSENT)}`,
  }),
  M({
    slug: 'ja-done-portal', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal notice of the merge, no case ID; from a subdomain of aws.training',
    from: PORTAL, to: who(SHO), subject: 'AWS 認定: アカウントの統合が完了しました', date: jst('2026-12-07 03:12:40'), enc: 'utf8b64',
    text: `高橋 翔 様

お客様の AWS 認定アカウントの統合処理が終了しました。
統合により、${SHO.srcId} の認定、試験履歴、特典は ${SHO.keepId} に引き継がれています。そのため、今後は ${SHO.keep} のアカウントのみをお使いください。

AWS Certification`,
  }),
  M({
    slug: 'ja-done-close-too', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-07 10:08:55'), enc: 'jisb64',
    text: `高橋様

ご承認のご返信をいただいたので、2 つのアカウントを統合いたしました。
大学のアドレスのアカウントにあった認定は、個人のアカウント (${SHO.keepId}) に表示されるようになっています。

ご依頼の作業が終わりましたので、本ケースはこちらでクローズいたします。

小林
AWS トレーニングと認定

${gmailJa('2026年12月5日(土) 9:40', who(SHO), `小林様\n\nはい、統合してください。\n高橋\n\niPhoneから送信`)}`,
  }),
  M({
    slug: 'ja-done-check-voucher', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'completion notice that asks the customer to check that the voucher shows: still merge_completed',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-26 18:40:02'), enc: 'utf8qp',
    text: `中村様

お待たせいたしました。統合処理が終わったため、統合元で付与されていた 50% 割引の特典も統合先のアカウントに移っております。
念のため、認定ポータルの「特典」画面で表示をご確認いただけますと幸いです。

岡田`,
  }),
  M({
    slug: 'ja-done-otheronly', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'otherOnly',
    note: 'completion text, but the only Authentication-Results is from another server (mx.google.com): untrusted',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-06 14:07:00'), enc: 'sjisb64',
    text: `鈴木様

ご同意をいただきましたので、統合を実施しました。これにより、旧アカウントの認定は ${KEN.keepId} にまとまりました。

森`,
  }),
  M({
    slug: 'ja-done-badges-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'merge done; badges not yet moved due to a system reason (badge words negated)',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-06 19:22:31'), enc: 'jis7',
    text: `高橋様

アカウントの統合は完了しております。
ただし、Credly との連携が夜間にまとめて行われる仕組みのため、バッジはまだ統合先に移っておりません。数日たっても表示されない場合は、このケースにご返信ください。

小林`,
  }),
  M({
    slug: 'ja-done-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, forUser: false,
    note: 'completion notice redirected by the old company\'s server (Resent-* headers): not delivered to the user',
    from: SUPPORT, to: who(MISAKI, MISAKI.src), subject: formSubject(CASE.misaki), date: jst('2026-11-26 18:45:50'), enc: 'jis7',
    resent: { from: 'postmaster@corp-b.example.com', to: 'archive@corp-b.example.com', date: jst('2026-11-26 18:46:20') },
    text: `中村様

ご同意いただいたことを受けて、統合の処理を行いました。その結果、${MISAKI.srcId} の記録は ${MISAKI.keepId} に統合されています。

岡田`,
  }),

  // ---------------- badges_transferred (8) ----------------
  M({
    slug: 'ja-badge-credly-ken', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge; no case ID in Credly mail',
    from: CREDLY_AWS, to: who(KEN), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-12-07 08:31:12'), enc: 'utf8b64', wholeSubject: true,
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。
認定の記録が ${KEN.keep} に移ったため、このアドレス宛てにバッジをお届けしています。

[バッジを入手する]
https://www.credly.com/earner/earned/badge/4f1c2a90

Credly`,
  }),
  M({
    slug: 'ja-badge-support-reissue', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'badges had not moved, support had them reissued, and as a result they now show on the kept account',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-09 12:14:36'), enc: 'jis7',
    text: `鈴木様

統合後に Credly のバッジが移っていなかったため、Credly 側での付け替えを依頼しておりました。
その結果、SAA と DVA のバッジは ${KEN.keep} の Credly アカウントに表示されるようになっております。

森

${sf(who(KEN), '2026/12/08 20:02', SUPPORT_ADDR, formSubject(CASE.ken), `森様\n\n統合ありがとうございました。\nただ、Credly のバッジが古いアドレスのほうに残ったままです。\n\n鈴木`)}`,
  }),
  M({
    slug: 'ja-badge-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'support says the badges moved and closes the case: badges_transferred (closing words present)',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-28 11:03:29'), enc: 'sjis8',
    text: `中村様

バッジが統合元のメールアドレスで発行されていたため、Credly 上で表示されておりませんでしたが、本日、統合先のアドレスへ移しました。
これでご依頼の内容はすべて対応済みとなりましたので、本ケースはクローズさせていただきます。

岡田`,
  }),
  M({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly AWS badge mail (multipart) with the accept button, sent to the kept address',
    from: CREDLY_AWS, to: who(SHO), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-12-08 07:55:03'), enc: 'utf8qp', wholeSubject: true,
    text: `高橋 翔 様

AWS Certified Cloud Practitioner のバッジが届いています。
統合先アカウントのメールアドレスにあわせて発行し直されたので、こちらから受け取ってください。

バッジを入手する: https://www.credly.com/earner/earned/badge/9a0d77e3`,
    html: htmlDoc(
      `<p>高橋 翔 様</p>
<p>AWS Certified Cloud Practitioner のバッジが届いています。<br>
統合先アカウントのメールアドレスにあわせて発行し直されたので、こちらから受け取ってください。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9a0d77e3" style="background:#0b5ed7;color:#fff;padding:8px 16px">バッジを入手する</a></p>`,
    ),
  }),
  M({
    slug: 'ja-badge-delay-done', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'a system failure delayed it, but support now says the badges moved',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-10 15:37:44'), enc: 'sjisb64',
    text: `高橋様

Credly 側のシステム障害の影響で遅れておりましたが、バッジの移行が本日完了しました。
2 つのバッジは ${SHO.keep} の Credly アカウントでご確認いただけます。

小林

${gmailJa('2026年12月8日(火) 22:10', who(SHO), `小林様\n\nバッジがまだ移っていないようです。\n高橋`)}`,
  }),
  M({
    slug: 'ja-badge-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge mail from credIy.com (capital I look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: who(MISAKI), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-11-27 02:44:18'), enc: 'jisb64', wholeSubject: true,
    text: `中村 美咲 様

アカウントが統合されたため、バッジを新しいアドレスへお送りしました。
受け取りには再度のサインインが必要なので、下のボタンからお手続きください。

バッジを入手する
https://credIy.com/badges/claim?id=77120`,
  }),
  M({
    slug: 'ja-badge-outlook', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support: because the badge was on the old address it did not show; today it was moved (Outlook quote)',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-28 10:58:01'), enc: 'jisb64',
    text: `中村様

お問い合わせのバッジの件、統合元のアドレスに紐づいたままだったので、新しいアカウントでは見えない状態でした。
本日、Credly 上で ${MISAKI.keep} に付け替えましたので、画面を更新してご覧ください。

岡田

${outlookJa(who(MISAKI), '2026年11月27日 20:15', SUPPORT_ADDR, formSubject(CASE.misaki), `岡田様\n\n統合ありがとうございました。Credly のバッジが 1 つしか見えません。\n中村`)}`,
  }),
  M({
    slug: 'ja-badge-credly-misaki', kind: 'badges_transferred', lang: 'ja', auth: 'dkimonly',
    note: 'Credly AWS badge mail to the kept address, dkim-only aligned pass',
    from: CREDLY_AWS, to: who(MISAKI), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-11-27 09:20:44'), enc: 'jis7', wholeSubject: true,
    text: `中村 美咲 様

AWS Certified Developer - Associate のバッジが発行されました。
認定の記録が新しいアカウントにまとめられたことにより、以前のアドレスではなく ${MISAKI.keep} 宛てにお知らせしています。

バッジを入手する
https://www.credly.com/earner/earned/badge/c31e0b52

Credly チーム`,
  }),

  // ---------------- case_closed (8) ----------------
  M({
    slug: 'ja-close-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'no reply received, so the case will auto-close in 7 days',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-03 09:00:12'), enc: 'jis7',
    text: `高橋様

先日のご案内以降ご返信を確認できていないため、本ケースは 7 日後に自動的にクローズされます。
引き続きサポートが必要な場合は、それまでにこのメールへご返信ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-close-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'closing notice that only restates last week\'s merge as its reason',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-14 10:15:09'), enc: 'sjis8',
    text: `鈴木様

先週ご案内のとおり統合は完了しておりますので、本ケースはクローズとさせていただきます。
その後ご不明な点がございましたら、このメールにご返信いただければケースが再開されます。

森`,
  }),
  M({
    slug: 'ja-close-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'the customer said it was solved, so the case was closed',
    from: NOTIFY, to: who(MISAKI), subject: `ケース ${CASE.misaki} は解決済みになりました`, date: jst('2026-11-29 08:30:00'), enc: 'utf8b64',
    text: `中村 美咲 様

お客様から解決したとのご連絡をいただいたため、ケース ${CASE.misaki} を解決済みとしてクローズしました。

同じ件で再度お問い合わせが必要な場合は、サポートセンターからケースを再度開いてください。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-close-noauth', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'none',
    note: 'closing text but no Authentication-Results at all: untrusted',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-12 04:40:22'), enc: 'jisb64',
    text: `鈴木様

14 日間ご返信がなかったことから、お問い合わせは解決したものと判断し、ケースを終了いたしました。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-close-html-rate', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'HTML notice that the case was resolved, with a rating link; the closing is the news',
    from: NOTIFY, to: who(SHO), subject: `ケース ${CASE.sho} を解決済みにしました`, date: jst('2026-12-11 10:00:31'), enc: 'utf8qp',
    html: htmlDoc(
      `<p>高橋 翔 様</p>
${paras(`担当者が対応を完了したため、ケース ${CASE.sho} のステータスを「解決済み」に変更しました。

今後のサポート改善のため、よろしければ対応の評価にご協力ください。`)}
<p><a href="https://support.aws.amazon.com/#/case/rate">評価する</a></p>`,
    ),
  }),
  M({
    slug: 'ja-close-restate-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing that restates the earlier badge move as its reason',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-12 09:44:50'), enc: 'sjisb64',
    text: `高橋様

バッジの付け替えは前回ご案内のとおり完了しているため、本件はこれにて終了とさせていただきます。
ご利用ありがとうございました。

小林`,
  }),
  M({
    slug: 'ja-close-dup-merged', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, trap: true,
    note: 'duplicate case closed because the cases were merged (merging of cases, not accounts)',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misakiDup), date: jst('2026-11-20 11:26:18'), enc: 'jis7',
    text: `中村様

同じ内容のお問い合わせが 2 件ございましたので、重複したケースを 1 つにまとめました。
そのため、こちらのケース ${CASE.misakiDup} はクローズし、今後はケース ${CASE.misaki} でご対応いたします。

AWS トレーニングと認定サポート`,
  }),
  M({
    slug: 'ja-close-reminder-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'reminder: the case closes in 3 days without a reply',
    from: NOTIFY, to: who(KEN), subject: `[リマインダー] ケース ${CASE.ken} はまもなく自動クローズされます`, date: jst('2026-12-11 09:00:00'), enc: 'utf8b64',
    text: `鈴木 健一 様

ケース ${CASE.ken} では、お客様からのご返信をお待ちしている状態が続いております。
このままご返信がない場合、3 日後にケースが自動でクローズされますのでご注意ください。

Amazon Web Services`,
  }),

  // ---------------- support_reply (9) ----------------
  M({
    slug: 'ja-reply-future', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'consent received and passed on; "once the merge is done we will contact you" is future, not the event',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-05 23:02:16'), enc: 'jis7',
    text: `鈴木様

ご同意のご連絡、ありがとうございます。担当部署へ依頼いたしました。
統合が完了しましたら、改めてこのケースでご連絡いたします。

森

${sf(who(KEN), '2026/12/05 22:31', SUPPORT_ADDR, formSubject(CASE.ken), KEN_CONSENT)}`,
  }),
  M({
    slug: 'ja-reply-outage', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'a system failure delays the merge work (delay explained by a cause; nothing done yet)',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-25 17:12:40'), enc: 'sjis8',
    text: `中村様

ご同意いただいた件ですが、社内システムの障害により、統合作業が遅れております。
復旧しだい対応いたしますので、恐れ入りますがもう少々お待ちください。

岡田`,
  }),
  M({
    slug: 'ja-reply-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'thanks for confirming, passed to the team, so please wait: status, not completion',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-05 10:20:31'), enc: 'utf8b64',
    text: `高橋様

ご承認いただきありがとうございます。
内容を統合担当のチームに引き継ぎましたので、作業が終わるまで今しばらくお待ちください。通常は数日以内に対応しております。

小林`,
  }),
  M({
    slug: 'ja-reply-refusal', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'refusal explained by a cause: same exam on both accounts, so it cannot be merged now; asks nothing',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-22 14:31:09'), enc: 'jisb64',
    text: `中村様

確認したところ、両方のアカウントに同じ試験の有効な受験予約が入っているため、現時点では統合することができません。
予約済みの試験が終了した後であれば手続きが可能になりますので、このケースはそのまま開いておきます。

岡田`,
  }),
  M({
    slug: 'ja-reply-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"we merged your duplicate cases" is about cases, not accounts',
    from: SUPPORT, to: who(MISAKI), subject: formSubject(CASE.misaki), date: jst('2026-11-20 11:30:02'), enc: 'utf8qp',
    text: `中村様

重複していたお問い合わせを統合いたしましたので、今後のやり取りはこちらのケース (${CASE.misaki}) でお願いいたします。
もう一方のケース ${CASE.misakiDup} へのご返信は確認が遅れることがございます。

AWS トレーニングと認定サポート`,
  }),
  M({
    slug: 'ja-reply-escalate-badges', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'badge move needs Credly\'s side, so the case was escalated: nothing moved yet',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-08 21:47:55'), enc: 'sjisb64',
    text: `鈴木様

バッジの移行には Credly 側での作業が必要なため、専門のチームにエスカレーションいたしました。
進展がありしだい、このケースでお知らせします。

森`,
  }),
  M({
    slug: 'ja-reply-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'answer to a voucher question: benefits carry over after a merge (general/future), no event',
    from: SUPPORT, to: who(SHO), subject: formSubject(CASE.sho), date: jst('2026-12-04 11:03:18'), enc: 'jis7',
    text: `${gmailJa('2026年12月3日(木) 23:55', who(SHO), `小林様\n\n大学のアカウントにある 50% 割引のバウチャーは、統合するとなくなってしまいますか?\n高橋`)}

高橋様

ご質問の割引バウチャーですが、特典は統合の際に統合先へ引き継がれる仕組みのため、失われることはございません。
有効期限も変わりませんので、ご安心ください。

小林`,
  }),
  M({
    slug: 'ja-reply-holiday', kind: 'support_reply', lang: 'ja', caseId: CASE.ken,
    note: 'status reply: still under review; year-end holidays explain the slow answer',
    from: SUPPORT, to: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-01 18:22:47'), enc: 'utf8b64',
    text: `鈴木様

お問い合わせの件、現在担当部署にて調査を進めております。
年末に向けてお問い合わせが増えている影響で、ご回答までお時間をいただいおります。大変申し訳ございません。

森`,
  }),
  M({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'asks to write from the kept address, without asking for data: support_reply',
    from: SUPPORT, to: who(MISAKI, MISAKI.src), subject: formSubject(CASE.misaki), date: jst('2026-11-19 15:10:26'), enc: 'jis7',
    text: `中村様

ご本人様からのご依頼であることを確かめるため、統合の手続きは統合先のメールアドレスからのご連絡で承っております。
お手数ですが、今後は ${MISAKI.keep} からこのケースにご返信ください。

岡田`,
  }),

  // ---------------- unrelated (10) ----------------
  M({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'satisfaction survey after the case (asks whether the issue was resolved)',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: who(KEN), subject: 'AWS サポートに関するアンケートのお願い', date: jst('2026-12-15 10:00:00'), enc: 'utf8b64',
    text: `鈴木 健一 様

先日はケース ${CASE.ken} でお問い合わせいただきありがとうございました。
サービス向上のため、アンケートへのご協力をお願いしております。

・問題は解決しましたか?  はい / いいえ
・担当者の対応に満足されましたか?

回答には 1 分ほどかかります。
https://survey.aws.amazon.com/r/9c2e1f

Amazon Web Services`,
  }),
  M({
    slug: 'ja-unrel-credly-other', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from another issuer (LPI-Japan): not AWS, unrelated',
    from: 'LPI-Japan via Credly <admin@credly.com>', to: who(SHO), subject: 'LPI-Japanのバッジ発行のお知らせ', date: jst('2026-12-02 12:00:05'), enc: 'utf8qp', wholeSubject: true,
    text: `高橋 翔 様

LinuC レベル1 に認定されたため、LPI-Japan からバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/1be0f44c

Credly`,
  }),
  M({
    slug: 'ja-unrel-refund-reply', kind: 'unrelated', lang: 'ja', caseId: CASE.kenRefund, trap: true,
    note: 'the other case (exam fee refund) is done and closed; says its topic, so unrelated',
    from: SUPPORT, to: who(KEN), subject: `RE:[CASE ${CASE.kenRefund}] [AWS Training and Certification Form Submission] - exam-refund`, date: jst('2026-12-04 16:12:30'), enc: 'jis7',
    text: `鈴木様

試験のキャンセルに伴う返金の件でご連絡いたします。
返金処理が完了したため、本ケースはクローズとさせていただきます。カード会社の締め日によっては、反映まで 1 か月ほどかかることがございます。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-unrel-refund-ack', kind: 'unrelated', lang: 'ja', caseId: CASE.kenRefund, trap: true,
    note: 'receipt of the other case that states its topic (exam refund): unrelated',
    from: NOTIFY, to: who(KEN), subject: `お問い合わせを受け付けました: 試験料の返金について (ケース ${CASE.kenRefund})`, date: jst('2026-12-02 09:11:40'), enc: 'sjis8', wholeSubject: true,
    text: `鈴木 健一 様

「試験料の返金について」のお問い合わせを受け付けました。
返金の可否は受験予約の状況によって異なるため、担当者が確認のうえご連絡いたします。

ケース ID: ${CASE.kenRefund}
Amazon Web Services`,
  }),
  M({
    slug: 'ja-unrel-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'the user\'s own consent reply (copy in the mailbox): carries no news from support',
    from: who(KEN), to: SUPPORT, cc: who(KEN), subject: formSubject(CASE.ken), date: jst('2026-12-05 22:31:08'), enc: 'jis7', auth: 'none', rcpt: KEN.keep,
    text: `森様

内容を確認しました。両方に認定があるので自分では統合できず、お願いした次第です。
統合に同意しますので、よろしくお願いします。

鈴木 健一

${sf(SUPPORT, '2026/12/05 11:30', who(KEN), formSubject(CASE.ken), `鈴木様\n\nもう一度「統合に同意します」と明記してご返信いただけますか。`)}`,
  }),
  M({
    slug: 'ja-unrel-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'out-of-office auto-reply from the old company address, quoting support\'s request',
    from: who(KEN, KEN.src), to: who(KEN), subject: `自動応答: ${formSubject(CASE.ken)}`, date: jst('2026-12-01 11:42:50'), enc: 'sjis8', auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動応答です。

鈴木は 11 月 30 日をもって退職したため、このアドレスは 12 月末で使えなくなります。
業務のお問い合わせは info@oldcorp.example.co.jp へお願いいたします。

${quote(`鈴木 健一 様\n\n作業の前に以下をお知らせいただけますでしょうか。`)}`,
  }),
  M({
    slug: 'ja-unrel-skillbuilder', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder course-completion notice: "completed" is about a course',
    from: TRAINING, to: who(MISAKI), subject: 'AWS Skill Builder: コースを修了しました', date: jst('2026-11-22 20:03:17'), enc: 'utf8b64',
    text: `中村 美咲 様

すべてのモジュールを受講されたため、「AWS Cloud Practitioner Essentials」の修了証を発行しました。
修了証は AWS Skill Builder の「マイラーニング」からダウンロードできます。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result mail: passed, so a badge will come later; not part of the merge case',
    from: PORTAL, to: who(SHO), subject: 'AWS 認定試験の結果のお知らせ', date: jst('2026-11-28 06:15:40'), enc: 'jis7',
    text: `高橋 翔 様

AWS Certified Solutions Architect - Associate に合格されました。おめでとうございます。
合格されたため、5 営業日以内に Credly からデジタルバッジのご案内が届きます。

スコアレポートは認定ポータルでご確認ください。

AWS Certification`,
  }),
  M({
    slug: 'ja-unrel-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trusted: false, forUser: false, trap: true,
    note: 'the user\'s own forward of the completion to a friend (To/Cc not the user): no news, not for the user',
    from: who(SHO), to: '田中 亮 <ryo.tanaka@example.net>', subject: `Fwd: ${formSubject(CASE.sho)}`, date: jst('2026-12-07 12:30:44'), enc: 'utf8qp', auth: 'none', deliveredTo: null,
    text: `田中さん

この前話していた認定アカウントの件、統合してもらえたので転送します。両方に認定があったから自分ではできなかったんだよね。
手順は下のとおり。

---------- Forwarded message ---------
From: ${SUPPORT}
Date: 2026年12月7日(月) 10:08
Subject: ${formSubject(CASE.sho)}
To: ${who(SHO)}

高橋様

ご承認のご返信をいただいたので、2 つのアカウントを統合いたしました。`,
  }),
  M({
    slug: 'ja-unrel-event', kind: 'unrelated', lang: 'ja',
    note: 'marketing mail for an AWS event; no case',
    from: 'AWS Japan <aws-japan-events@amazon.com>', to: who(KEN), subject: 'AWS 認定者限定ラウンジのご案内', date: jst('2026-12-02 12:30:00'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(
      `<h1>AWS 認定者限定ラウンジのご案内</h1>
${paras(`AWS 認定をお持ちの方を対象に、イベント会場に認定者ラウンジを設けます。
会場の収容人数に限りがあるため、事前登録をお願いしております。

受付で認定ポータルの画面をご提示ください。`)}
<p><a href="https://aws.amazon.com/jp/events/">詳細はこちら</a></p>`,
    ),
  }),
];
