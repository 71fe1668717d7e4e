// Japanese messages, part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  APPI_JA_LONG, APPI_JA_SHORT, CASE, CONFID_JA, CREDLY_AWS, CREDLY_PRIVACY_JA, D, FORM, FORM_BARE, HANAKO, KEN, MISAKI, NOTIFY_JA, PORTAL_JA,
  SENDONLY_JA, SHO, TRUST_TEAM, fwdJa, gmailJa, htmlDoc, mk, outlookJa, q, sfQuoteJa, subj,
} from './common.js';

const CONSENT_KEN = `お世話になっております。鈴木です。
ご案内の内容で問題ありません。統合に同意します。
よろしくお願いいたします。`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-done-ken-appi', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support says the two accounts are now one, with a privacy notice',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-06 01:15:42'), enc: 'jis7',
    text: `鈴木 健一 様

お待たせいたしました。ご同意いただいた内容のとおり、${KEN.srcId} を ${KEN.keepId} に統合いたしました。
今後は ${KEN.keep} でサインインしてください。統合元のアドレスではサインインできません。

${APPI_JA_LONG}

${sfQuoteJa(KEN.keep, '2026/03/05 12:40', FORM_BARE, subj(CASE.ken), CONSENT_KEN)}`,
  }),
  mk({
    slug: 'ja-done-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL_JA, to: MISAKI.keep, subject: '認定アカウントの統合が完了しました', date: D('2026-02-15 06:00:03'), enc: 'utf8b64',
    text: `${MISAKI.ja} 様

お客様の AWS 認定アカウントは統合されました。統合元アカウントの認定と試験履歴は、現在このアカウントに表示されています。
この操作に心当たりがない場合は、直ちに AWS トレーニングと認定サポートへご連絡ください。

AWS 認定`,
    html: htmlDoc(`<h2 style="color:#232f3e">アカウントの統合完了</h2>
<p>${MISAKI.ja} 様</p>
<p>お客様の AWS 認定アカウントは統合されました。統合元アカウントの認定と試験履歴は、現在このアカウントに表示されています。</p>
<p>この操作に心当たりがない場合は、直ちに AWS トレーニングと認定サポートへご連絡ください。</p>
<p>AWS 認定</p>`),
  }),
  mk({
    slug: 'ja-done-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    from: TRUST_TEAM, to: HANAKO.keep, subject: subj(CASE.hanako), date: D('2026-01-26 02:22:18'), enc: 'sjis8',
    text: `佐藤様

ご承諾のご返信をありがとうございました。
本日、統合作業を実施し、旧アカウントの認定 2 件が ${HANAKO.keepId} で確認できる状態になりました。
本件はこれをもちましてクローズとさせていただきます。

アカウント保全チーム 小野
${APPI_JA_SHORT}`,
  }),
  mk({
    slug: 'ja-done-badges-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'merge finished; says the badges have NOT moved yet and must be re-accepted on Credly',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho), date: D('2026-04-27 05:05:05'), enc: 'jisb64',
    text: `伊藤 翔 様

認定アカウントの統合処理が完了しましたのでお知らせいたします。
なお、Credly のデジタルバッジは本処理では移動しておりません。数日以内に統合先のメールアドレス宛に Credly から受け取りのご案内が届きますので、そちらから改めて受け取ってください。

${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-done-no-auth', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'none',
    note: 'completion text but no Authentication-Results at all: untrusted',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-15 02:11:59'), enc: 'jis7',
    text: `高橋様

アカウントの統合が完了しました。ご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-restated-steps', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'restates verification and consent, then announces the merge is done',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-15 05:48:36'), enc: 'jisb64',
    text: `高橋 美咲 様

これまでの経緯:
 2/12 本人確認の質問へのご回答を受領
 2/13 追加の確認事項を受領、記録と一致
 2/14 統合へのご同意を受領
 本日 統合元 ${MISAKI.srcId} の記録を ${MISAKI.keepId} へ統合し、作業を終えました。

サインイン後、認定の一覧に両方の記録があることをご確認いただけますと幸いです。

${APPI_JA_LONG}`,
  }),
  mk({
    slug: 'ja-done-short-qp', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'short completion notice, quoted-printable',
    from: FORM, to: KEN.keep, cc: KEN.src, subject: subj(CASE.ken), date: D('2026-03-06 01:16:30'), enc: 'utf8qp',
    text: `鈴木様

マージ完了しています。統合先アカウントで、移行した認定をご確認いただけます。
統合元アドレス宛のご連絡は今回で最後となります。

AWS T&C サポート 中川`,
  }),
  mk({
    slug: 'ja-done-resent-to-colleague', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, forUser: false,
    note: 'completion notice redirected to someone else (Resent-* headers)',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho), date: D('2026-04-27 05:05:40'), enc: 'jis7',
    resent: { from: SHO.keep, to: 'it-admin@bigsi.example.co.jp', date: D('2026-04-27 15:00:00', '+0900') },
    text: `伊藤 翔 様

統合元アカウント ${SHO.srcId} の記録は ${SHO.keepId} に統合済みです。
以後、旧アカウントは使用できません。

AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-issued-ken', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly issues the AWS badge to the kept address',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-03-07 12:31:00'), enc: 'utf8qp',
    text: `${KEN.en}様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで共有できます。

バッジを入手する
https://www.credly.com/badges/7c1e-accept

${CREDLY_PRIVACY_JA}`,
    html: htmlDoc(`<p>${KEN.en}様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/7c1e-accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p style="font-size:11px">${CREDLY_PRIVACY_JA}</p>`),
  }),
  mk({
    slug: 'ja-badge-support-moved-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support says the badges now sit on the kept Credly account and closes',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho), date: D('2026-04-29 03:33:03'), enc: 'jis7',
    text: `伊藤様

バッジの件でご連絡いただきありがとうございました。
確認のうえ、統合元に発行されていたバッジ 2 点を、統合先のメールアドレスの Credly アカウントへ付け替えました。
これで本件のお手続きはすべて完了となりますので、ケースをクローズいたします。

${APPI_JA_SHORT}

${gmailJa('2026年4月28日(火) 9:02', SHO.ja, SHO.keep, '統合ありがとうございました。Credly のバッジが旧アドレスのままになっています。移していただけますか。')}`,
  }),
  mk({
    slug: 'ja-badge-support-done-jisb64', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support reports the Credly badges were transferred',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-17 07:07:07'), enc: 'jisb64',
    text: `高橋様

Credly のデジタルバッジの移管が完了いたしました。${MISAKI.keep} で Credly にサインインすると、大学アドレスで取得されたバッジも表示されます。

${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly HTML mail: a new AWS badge for the kept address',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certification から新しいバッジが届いています',
    date: D('2026-02-17 09:12:44'), enc: 'utf8b64',
    html: htmlDoc(`<p>${MISAKI.en} 様</p>
<p>おめでとうございます。Amazon Web Services Training and Certification があなたに「AWS Certified Cloud Practitioner」バッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p style="font-size:10px;color:#888">${CREDLY_PRIVACY_JA}</p>`),
  }),
  mk({
    slug: 'ja-badge-forged-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge mail from credly-badge.net, a look-alike of Credly: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badge.net>', to: KEN.keep,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ', date: D('2026-03-07 01:01:01'), enc: 'utf8qp',
    text: `鈴木様
AWSのバッジが発行されました。本人確認のため、Credly のパスワードを入力して受け取ってください。
バッジを入手する: http://credly-badge.net/claim`,
  }),
  mk({
    slug: 'ja-badge-support-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako,
    note: 'support re-issued the badges to the kept account after re-checking identity',
    from: TRUST_TEAM, to: HANAKO.keep, subject: subj(CASE.hanako), date: D('2026-01-28 04:10:10'), enc: 'sjisb64',
    text: `佐藤様

旧アドレス宛に発行されていたバッジは、旧アドレスが受信できないため受け取りができない状態でした。
お客様ご本人であることは先日の照合で確認済みですので、これらのバッジを統合先の ${HANAKO.keep} 宛に再発行し、移行を完了しています。

アカウント保全チーム 小野`,
  }),
  mk({
    slug: 'ja-badge-credly-dkimonly-jis', kind: 'badges_transferred', lang: 'ja', caseId: null, auth: 'dkimonly',
    note: 'Credly AWS badge notice in ISO-2022-JP, aligned DKIM only',
    from: CREDLY_AWS, to: SHO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-04-28 22:40:18'), enc: 'jis7',
    text: `伊藤 翔 様

Amazon Web Services Training and Certification より、AWS Certified SysOps Administrator - Associate のバッジが発行されました。
バッジを受け取るには、下記リンクから手続きを行ってください。

https://www.credly.com/badges/accept

このメールは Credly から送信されています。`,
  }),
  mk({
    slug: 'ja-badge-support-brief-mobileish', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'terse support reply: the badges were moved to the kept Credly profile',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-09 08:00:31'), enc: 'utf8qp',
    text: `鈴木様

バッジ、統合先のCredlyアカウントへ移しました。お手数ですがCredlyでご確認くだい。

中川

${q(`2026/03/08 22:14 ${KEN.ja} <${KEN.keep}>:\nバッジだけ古いアドレスに残っています。\niPhoneから送信`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-auto-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup,
    note: 'the duplicate case will close automatically without a reply',
    from: FORM, to: MISAKI.src, subject: subj(CASE.misakiDup), date: D('2026-02-19 00:00:12'), enc: 'jis7',
    text: `高橋様

ケース ${CASE.misakiDup} について、7 日以内にご返信がない場合、自動的にクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

${SENDONLY_JA.replace('送信専用アドレスから配信しています。ご返信いただいてもお答えできませんので', 'ケース管理システムから自動送信されています。返信はケースに記録されますので')}`,
  }),
  mk({
    slug: 'ja-close-resolved-retention', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'case resolved and closed, with a record-retention notice',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-12 02:30:00'), enc: 'jisb64',
    text: `鈴木 健一 様

本ケースは解決済みとしてクローズいたしました。

【記録の保管について】
本ケースでやり取りした内容および本人確認の記録は、法令および社内規程に基づき一定期間保管したのち、適切に削除いたします。保管期間中の開示・訂正のご依頼は、AWS プライバシー規約に記載の窓口までお寄せください。

ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-close-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-24 05:15:51'), enc: 'utf8b64',
    text: `高橋様

先日ご案内したとおり、2 月 15 日に統合作業は完了しております。その後ご連絡がございませんので、本件はクローズといたします。

${APPI_JA_SHORT}`,
  }),
  mk({
    slug: 'ja-close-unverified', kind: 'case_closed', lang: 'ja', caseId: '1766039904417', trap: true,
    note: 'closes because identity could not be confirmed in time; asks nothing further',
    from: FORM, to: HANAKO.src, subject: subj('1766039904417'), date: D('2026-01-30 03:00:00'), enc: 'jis7',
    text: `お客様

本ケース(1766039904417)について、所定の期間内にご本人様確認のご回答をいただけなかったため、アカウントの保護を優先し、お手続きを中止してケースをクローズいたしました。

${APPI_JA_LONG}`,
  }),
  mk({
    slug: 'ja-close-aws-support-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'AWS Support notification that the case was marked resolved',
    from: NOTIFY_JA, to: SHO.keep, subject: `ケース ${CASE.sho} は解決済みになりました`, date: D('2026-04-30 10:00:00'), enc: 'sjis8',
    text: `AWS サポートのケース ${CASE.sho} は解決済みとしてマークされました。

ケースの詳細はサポートセンターでご確認いただけます。解決していない場合は、ケースを再開できます。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-close-withdrawn', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'closed because the user withdrew a second request',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-13 06:06:06'), enc: 'utf8b64',
    text: `鈴木様

住所変更のご依頼は取り下げとのこと、承りました。これ以上のご対応がないため、本件はクローズさせていただきます。

${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-close-otheronly-auth', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trusted: false, auth: 'otherOnly',
    note: 'closing notice authenticated only by another server (mx.google.com): untrusted',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho), date: D('2026-04-30 11:11:11'), enc: 'jis7',
    text: `伊藤様

本ケースはクローズされました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-3day-reminder', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako,
    note: 'reminder: the case closes in three days without a reply',
    from: FORM, to: HANAKO.keep, subject: subj(CASE.hanako), date: D('2026-02-02 01:00:00'), enc: 'sjisb64',
    text: `佐藤 花子 様

ご返信がない場合、本ケースは 3 日後に自動でクローズされます。
ご質問等がございましたら、その前にこのメールへご返信ください。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-escalated-security', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'status: escalated to the security and legal teams; nothing asked',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-12 23:10:00'), enc: 'jis7',
    text: `高橋様

ご回答ありがとうございます。
大学のアドレスでご登録のアカウントにつきましては、大学側の管理下にある可能性があるため、社内のセキュリティ担当および法務担当に確認を依頼しております。
確認が取れ次第、改めてご連絡いたします。今しばらくお待ちください。

${APPI_JA_LONG}`,
  }),
  mk({
    slug: 'ja-sr-thanks-for-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for consenting; passed to the team: not the merge yet',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-05 04:00:10'), enc: 'jisb64',
    text: `鈴木様

統合へのご同意、確かに承りました。ありがとうございます。
担当部署へ作業を依頼しましたので、完了まで少々お待ちください。

${gmailJa('2026年3月5日(木) 12:40', KEN.ja, KEN.keep, CONSENT_KEN)}`,
  }),
  mk({
    slug: 'ja-sr-future-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'future tense: will report once the merge is complete',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho), date: D('2026-04-25 23:45:00'), enc: 'utf8qp',
    text: `伊藤様

ご承諾のメールを受領しました。統合が完了しましたら、改めてこちらからご連絡いたします。
作業には通常 1〜3 営業日ほどかかります。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-refuse-privacy', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'refuses the merge for now under the personal-information law; asks nothing',
    from: FORM, to: HANAKO.src, subject: subj(CASE.hanako), date: D('2026-01-20 01:01:01'), enc: 'sjis8',
    text: `お客様

このメールアドレス(${HANAKO.src})からのご依頼では、ご本人様であることが確認できておりません。
個人情報の保護に関する法律の趣旨に照らし、現時点でアカウントの統合を行うこと、ならびにもう一方のアカウントに関する情報をお伝えすることはできかねます。
恐れ入りますが、ご理解のほどお願い申し上げます。

${APPI_JA_SHORT}`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'the duplicate support cases were merged, not the accounts',
    from: FORM, to: MISAKI.keep, cc: MISAKI.src, subject: subj(CASE.misaki), date: D('2026-02-12 09:30:00'), enc: 'jis7',
    text: `高橋様

同じご依頼で 2 件のケース(${CASE.misaki} と ${CASE.misakiDup})が作成されていたため、ケースを ${CASE.misaki} に統合いたしました。
今後のやり取りはこちらのケースでお願いいたします。アカウントの統合手続きは、本人確認の完了後に進めます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-not-yet-complete', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-05 23:30:00'), enc: 'utf8b64',
    text: `鈴木様

お問い合わせいただいた件ですが、統合はまだ完了しておりません。担当チームで処理を進めているところです。
終わり次第ご連絡いたしますので、もうしばらくお待ちください。

${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.sho,
    note: 'asks only that the user write from the address being kept; no data requested',
    from: FORM, to: SHO.src, subject: subj(CASE.sho), date: D('2026-04-20 09:00:00'), enc: 'jis7',
    text: `伊藤様

アカウントの保護のため、本件は統合後に残すメールアドレスから改めてご連絡をお願いしております。
お手数ですが、そちらのアドレスからこのケースへご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-legal-joins', kind: 'support_reply', lang: 'ja', caseId: CASE.sho,
    note: 'a legal team member joins the thread and explains the review; nothing asked yet',
    from: 'AWS T&C Legal <tc-legal-jp@amazon.com>', to: SHO.keep, cc: FORM_BARE, subject: subj(CASE.sho), date: D('2026-04-22 07:30:00'), enc: 'jisb64',
    text: `伊藤 翔 様

AWS トレーニングと認定の法務担当、森と申します。本ケースに参加させていただきます。
統合元のアカウントが企業のパートナー組織に属しているため、組織の記録の取扱いについて確認を行っております。
確認の結果は、カスタマーサポートの担当者からご案内いたします。

${APPI_JA_LONG}`,
  }),
  mk({
    slug: 'ja-sr-deletion-request-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'answers a privacy question on the merge case (deletion of the old record goes elsewhere)',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-16 02:02:02'), enc: 'utf88bit',
    text: `高橋様

ご質問いただいた「統合元に残っている個人情報の削除」について回答いたします。
統合元の記録は統合先に引き継がれたため、別途の削除は不要です。個人データの開示や削除のご請求は、プライバシーに関するお問い合わせ窓口で承っております。

${outlookJa(`高橋 美咲 <${MISAKI.keep}>`, '2026年2月15日 21:40', FORM_BARE, subj(CASE.misaki), '統合ありがとうございました。古いアカウントの住所などの個人情報は削除されていますか?')}`,
  }),
  mk({
    slug: 'ja-sr-hold-ownership', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako,
    note: 'the request is on hold while ownership is reviewed; no question',
    from: TRUST_TEAM, to: HANAKO.keep, subject: subj(CASE.hanako), date: D('2026-01-21 23:23:23'), enc: 'jis7',
    text: `佐藤様

アカウント保全チームの小野です。カスタマーサポートより、旧アカウントの所有確認について引き継ぎを受けました。
照合作業中のため、手続きは一時保留としております。結果は 2 営業日以内にお知らせします。

${APPI_JA_SHORT}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-own-consent-reply', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, forUser: false, trap: true, auth: 'none',
    note: 'the user\'s own consent reply to support (sent mail)',
    from: `${KEN.ja} <${KEN.keep}>`, to: FORM_BARE, subject: subj(CASE.ken), date: D('2026-03-05 12:40:00', '+0900'), enc: 'jis7',
    text: `${CONSENT_KEN}

鈴木 健一

${gmailJa('2026年3月5日(木) 11:48', 'AWS Training and Certification', FORM_BARE, '統合は一度実施すると元に戻すことができません。同意いただける場合は「同意します」とご返信ください。')}`,
  }),
  mk({
    slug: 'ja-un-ooo-old-company', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'auto-reply from the old company mailbox quoting the merge mail',
    from: `${KEN.ja} <${KEN.src}>`, to: KEN.keep, subject: `自動応答: ${subj(CASE.ken)}`, date: D('2026-03-03 14:33:00', '+0900'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `鈴木は3月末日をもって退職いたしました。
本メールアドレスは近日中に停止されます。ご用件は総務部(soumu@legacy-corp.example.co.jp)までお願いいたします。

※本メールは自動送信です。アカウントの統合や本人確認などのご連絡には対応しておりません。`,
  }),
  mk({
    slug: 'ja-un-pearson-id-docs', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor booking mail about ID documents: exam booking, not the merge',
    from: 'Pearson VUE <pearsonvue@pearson.example.com>', to: MISAKI.keep, subject: '【ご予約確認】AWS 認定試験 受験時の本人確認書類について',
    date: D('2026-02-20 10:00:00', '+0900'), enc: 'jisb64',
    text: `高橋 美咲 様

AWS Certified Solutions Architect - Associate のご予約を確認いたしました。
受験当日は、予約時の氏名と完全に一致する有効な本人確認書類を 2 点ご持参ください。氏名が一致しない場合は受験いただけません。

試験日時: 2026年3月14日 10:00
会場: 東京都内テストセンター

ご予約内容の変更は試験の 24 時間前まで可能です。`,
  }),
  mk({
    slug: 'ja-un-privacy-policy-update', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'privacy-notice update newsletter; not about this case',
    from: 'AWS トレーニングと認定 <aws-training-news@amazon.com>', to: SHO.keep, subject: 'プライバシー規約改定のお知らせ',
    date: D('2026-04-01 00:30:00'), enc: 'utf8qp',
    text: `いつも AWS トレーニングと認定をご利用いただきありがとうございます。

2026年5月1日より、プライバシー規約を改定いたします。主な変更点は、本人確認の方法、アカウントの統合時の個人データの取扱い、記録の保管期間に関する記載の明確化です。
改定後の規約にご同意いただけない場合は、アカウント設定から配信停止の手続きを行えます。

配信停止: https://aws.training/unsubscribe`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code",
    from: 'Credly <admin@credly.com>', to: KEN.keep, subject: 'Credly: アカウント統合の確認コード',
    date: D('2026-03-08 13:00:00'), enc: 'utf8b64',
    text: `Credly アカウントの統合リクエストを受け付けました。
確認コード: 482913
このコードを Credly の画面に入力すると、メールアドレスが 1 つのアカウントにまとめられます。
このリクエストに心当たりがない場合は、このメールを無視してください。

${CREDLY_PRIVACY_JA}`,
  }),
  mk({
    slug: 'ja-un-colleague-compliance', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'a colleague from the old employer about personal data at offboarding; not support',
    from: '総務部 コンプライアンス担当 <compliance@legacy-corp.example.co.jp>', to: KEN.src, cc: KEN.keep,
    subject: '退職時の個人アカウント・個人情報の取扱いについて', date: D('2026-03-04 17:20:00', '+0900'), enc: 'sjisb64', crlf: false,
    text: `鈴木さん

退職手続きの件でご連絡します。
会社アドレスで登録した外部サービス(資格アカウント等)は、退職日までに個人アドレスへ移行するか、削除の手続きを完了してください。AWS 認定のアカウント統合を申請中とのことですが、、完了したら総務まで一報をお願いします。

総務部 コンプライアンス担当`,
  }),
  mk({
    slug: 'ja-un-refund-case-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.kenRefund, trap: true,
    note: 'receipt of the user\'s other case about an exam fee refund',
    from: FORM, to: KEN.keep, subject: `[CASE ${CASE.kenRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: D('2026-03-10 04:10:00'), enc: 'jis7',
    text: `鈴木 健一 様

試験料の返金に関するお問い合わせを受け付けました。ケース番号は ${CASE.kenRefund} です。
返金の可否を確認のうえ、担当者からご連絡いたします。

${APPI_JA_SHORT}`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'satisfaction survey after the case',
    from: 'AWS Support Survey <aws-survey@amazon.com>', to: MISAKI.keep, subject: 'お問い合わせは解決しましたか?',
    date: D('2026-02-25 02:00:00'), enc: 'utf8qp',
    text: `最近のお問い合わせ(ケース ${CASE.misaki})についてお聞かせください。
問題は解決しましたか? 担当者の対応はいかがでしたか?
アンケートは 2 分ほどで完了します。回答は匿名で集計され、個人を特定する形で利用されることはありません。

https://survey.aws.example/s/ja`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice; a certification, not a merge or badge transfer',
    from: PORTAL_JA, to: HANAKO.keep, subject: 'AWS 認定試験の結果のお知らせ', date: D('2026-02-05 03:00:00'), enc: 'jisb64',
    text: `佐藤 花子 様

AWS Certified Developer - Associate の採点が完了しました。結果: 合格
認定は認定アカウントに追加され、デジタルバッジは数日以内に Credly からお届けします。

AWS 認定`,
  }),
  mk({
    slug: 'ja-un-microsoft-badge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: SHO.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: D('2026-04-10 09:00:00'), enc: 'utf8b64',
    text: `伊藤 翔 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/ms-accept

${CREDLY_PRIVACY_JA}`,
  }),
  mk({
    slug: 'ja-un-forward-to-it', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trusted: false, forUser: false, trap: true, auth: 'none',
    note: 'the user forwards the completion mail to the company IT desk (own mail)',
    from: `${SHO.ja} <${SHO.src}>`, to: 'helpdesk@bigsi.example.co.jp', subject: `Fw: ${subj(CASE.sho)}`,
    date: D('2026-04-27 16:02:00', '+0900'), enc: 'sjis8',
    text: `情シス ご担当者様

AWS 認定アカウントの統合が完了したとの連絡がありましたので共有します。
会社アドレス側のアカウントは不要になりましたので、資格管理台帳の登録アドレスを個人アドレスに変更してください。

伊藤

${fwdJa(FORM, '2026年4月27日(月) 14:05', subj(CASE.sho), SHO.keep, `伊藤 翔 様\n\n認定アカウントの統合処理が完了しましたのでお知らせいたします。`)}`,
  }),
  mk({
    slug: 'ja-un-agent-ooo', kind: 'unrelated', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'an agent\'s out-of-office auto-reply on the case',
    from: TRUST_TEAM, to: HANAKO.keep, subject: `不在のお知らせ: ${subj(CASE.hanako)}`, date: D('2026-01-27 00:05:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `小野は 1 月 29 日まで不在にしております。
統合や本人確認に関するお問い合わせは、カスタマーサポート(${FORM_BARE})宛にお送りください。
(自動送信)`,
  }),
];
