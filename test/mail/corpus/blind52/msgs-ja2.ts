// Set ay, Japanese messages, part 2: completion, badges, closing, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  AIKO,
  CASE,
  CREDLY_AWS,
  DAISUKE,
  FORM,
  FORM_BARE,
  KENJI,
  MEI,
  NOREPLY,
  YUMI,
  addr,
  caseSubj,
  fwdJa,
  gmailJa,
  html,
  jst,
  mkJa,
  outlookJa,
  quote,
  sfQuote,
  utc,
} from './common.js';

const credlyJa = (who: string, badges: string[], issuer = 'Amazon Web Services Training and Certification'): string => `${who}さん

${issuer}から、あなたに新しいデジタルバッジが発行されました。

${badges.map((b) => `  ${b}`).join('\n')}

下のボタンからバッジを受け取り、プロフィールで共有しましょう。

[バッジを入手する]

このメールは Credly から ${issuer} に代わって送信されています。
Credly, Inc.`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mkJa({
    slug: 'ja-merge-kenji-complete-katakana',
    kind: 'merge_completed',
    note: 'agent says the merge is complete (katakana コンプリート), asks to sign in with the kept account',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-09 05:12:48'),
    enc: 'jis7',
    text: `渡辺 健二様

お待たせしました。アカウントのマージはコンプリートしました。
今後は ${KENJI.keepId} (${KENJI.keep}) でサインインしてください。
旧アカウントの認定は、新しいアカウントの方でみれるようになっています。

ラフル

${sfQuote('2026-10-08 13:02', KENJI.keep, FORM_BARE, caseSubj(CASE.kenji), `同意します。よろしくお願いします。
渡辺`)}`,
  }),
  mkJa({
    slug: 'ja-merge-yumi-owatta-desu',
    kind: 'merge_completed',
    note: 'completion in broken politeness (終わったです) plus "please check": still merge_completed',
    trap: true,
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-12 04:45:20'),
    enc: 'sjis8',
    text: `高橋様

統合作業が終わったです。
${YUMI.srcId} の認定と試験履歴は、${YUMI.keepId} へ移しました。
ログインして、認定とベネフィットが全部あるか、ご確認ください。
なにか足りない時はこのケースに返信してね。

マリセル`,
  }),
  mkJa({
    slug: 'ja-merge-daisuke-fail-then-forged',
    kind: 'merge_completed',
    note: 'completion notice; top A-R says fail, a planted pass sits lower: untrusted',
    trusted: false,
    auth: 'failThenForged',
    to: DAISUKE.keep,
    caseId: CASE.daisuke,
    subject: caseSubj(CASE.daisuke),
    date: utc('2026-10-11 07:20:02'),
    enc: 'jisb64',
    text: `伊藤様

ご同意のご返信、受領いたしました。
アカウントの統合は正常に完了しました。
統合先 ${DAISUKE.keepId} にすべての認定が反映済みです。

タン`,
  }),
  mkJa({
    slug: 'ja-merge-aiko-and-will-close',
    kind: 'merge_completed',
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-15 02:36:11'),
    enc: 'utf8qp',
    text: `中村 様

了承のメールありがとうございました。
本日、大学のアカウントを個人のアカウントへ統合しました。
試験の履歴、認定、バウチャーはすべて ${AIKO.keepId} で見えます。
本件はこれでクローズにさせていただきます。

プリヤンカ
AWS トレーニングと認定

${gmailJa('2026-10-13 20:11', `中村 愛子 <${AIKO.keep}>`, `了承しました。
中村`)}`,
  }),
  mkJa({
    slug: 'ja-merge-kenji-gmail-display-name',
    kind: 'merge_completed',
    note: 'trusted-looking display name on a free-mail address: untrusted',
    trusted: false,
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: jst('2026-10-09 11:40:00'),
    enc: 'utf8b64',
    text: `渡辺様

アカウント統合を完了させました。
新しいポータルに下記URLからログインして、ご確認ください。
http://aws-cert-login.example.net/signin

AWSトレーニングと認定`,
  }),
  mkJa({
    slug: 'ja-merge-portal-notice',
    kind: 'merge_completed',
    note: 'certification portal notice that the accounts were merged, no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>',
    to: YUMI.keep,
    subject: 'AWS認定: アカウントが統合されました',
    date: utc('2026-10-12 04:40:55'),
    enc: 'sjisb64',
    text: `高橋 由美 様

お客様の AWS Certification アカウントは統合されました。

  統合されたアカウント: ${YUMI.srcId}
  現在のアカウント: ${YUMI.keepId}

今後は現在のアカウントでサインインしてください。
このメールは自動で送信されています。

AWS Certification`,
  }),
  mkJa({
    slug: 'ja-merge-mei-outlook-done',
    kind: 'merge_completed',
    note: 'short completion on top of the user\'s Outlook-quoted consent',
    to: MEI.keep,
    caseId: CASE.mei,
    subject: caseSubj(CASE.mei),
    date: utc('2026-10-16 06:14:29'),
    enc: 'sjisb64',
    text: `鈴木様

マージ済みです。
旧アカウントの認定2つ、新しい方に入っています。
ありがとうございました。

サンディープ

${outlookJa('2026-10-14 19:20', `Mei Suzuki <${MEI.keep}>`, FORM_BARE, caseSubj(CASE.mei), `はい。お願いします。

Mei`)}`,
  }),
  mkJa({
    slug: 'ja-merge-daisuke2-multipart',
    kind: 'merge_completed',
    note: 'multipart completion with the restated account pair and a te-form joined sentence',
    to: DAISUKE.keep,
    caseId: CASE.daisuke2,
    subject: caseSubj(CASE.daisuke2),
    date: utc('2026-10-26 03:03:03'),
    enc: 'utf8b64',
    text: `伊藤 大輔 様

お返事を受けて、チームで作業をして、${DAISUKE.srcId} は ${DAISUKE.keepId} に統合されました。
旧アカウントはもう使えませんのでご注意ください。

ジョマル`,
    html: html(`伊藤 大輔 様

お返事を受けて、チームで作業をして、${DAISUKE.srcId} は ${DAISUKE.keepId} に統合されました。
旧アカウントはもう使えませんのでご注意ください。

ジョマル`),
  }),
  mkJa({
    slug: 'ja-merge-yumi-html-iko-shimashita',
    kind: 'merge_completed',
    note: 'HTML-only completion: both accounts now one, date between the words',
    to: YUMI.src,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-12 04:47:30'),
    enc: 'jisb64',
    html: `<html><body>
<p>高橋様</p>
<p>本日10月12日に、2つの認定アカウントをひとつにしました。<br>
今後は個人用の ${YUMI.keep} の方をお使いくださいますよう。</p>
<p>マリセル<br>AWS T&amp;C Customer Service</p>
</body></html>`,
  }),

  // ---------------- badges_transferred ----------------
  mkJa({
    slug: 'ja-badge-credly-aws-hakko',
    kind: 'badges_transferred',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS,
    to: YUMI.keep,
    relay: 'o1.email.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-10-13 16:22:07'),
    enc: 'utf8qp',
    text: credlyJa('高橋', ['AWS Certified Solutions Architect - Associate', 'AWS Certified Developer - Associate']),
    html: html(credlyJa('高橋', ['AWS Certified Solutions Architect - Associate', 'AWS Certified Developer - Associate'])),
  }),
  mkJa({
    slug: 'ja-badge-kenji-transfer-katakana',
    kind: 'badges_transferred',
    note: 'support says it transferred the Credly badges (katakana トランスファー)',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-13 01:50:36'),
    enc: 'jis7',
    text: `渡辺様

お問い合わせいただいたCredlyのバッジの件です。
バッジを ${KENJI.keep} のCredlyアカウントにトランスファーしました。
Credlyにログインすると、3つのバッジがあるはずです。

ラフル

${gmailJa('2026-10-12 09:03', `渡辺 健二 <${KENJI.keep}>`, `ラフル様
統合ありがとうございました。認定は移りましたが、Credlyのバッジは古いメールの方に残っています。
どうすればいいですか。`)}`,
  }),
  mkJa({
    slug: 'ja-badge-yumi-moved-and-close',
    kind: 'badges_transferred',
    note: 'support announces the badges moved and closes the case',
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-14 00:05:44'),
    enc: 'sjis8',
    text: `高橋様

Credlyのバッジは新しいメールの方へ移動できました。
これで全部の対応が済みましたので、ケースはクローズします。
またなにかあれば、新しくお問い合わせください。

マリセル`,
  }),
  mkJa({
    slug: 'ja-badge-credly-lookalike',
    kind: 'badges_transferred',
    note: 'badge notice from a look-alike domain (credly-notify.com): untrusted',
    trusted: false,
    from: 'Amazon Web Services via Credly <admin@credly-notify.com>',
    to: DAISUKE.keep,
    subject: 'バッジがあなたの新しいアカウントに移されました',
    date: utc('2026-10-12 10:10:10'),
    enc: 'utf8b64',
    text: `伊藤さん

AWSのバッジ3つがあなたの統合されたアカウントに移されました。
バッジを見るには以下からサインインしてください。
https://credly-notify.com/login

Credly`,
  }),
  mkJa({
    slug: 'ja-badge-credly-three-html',
    kind: 'badges_transferred',
    note: 'Credly multipart mail: three AWS badges issued to the kept address',
    from: CREDLY_AWS,
    to: DAISUKE.keep,
    relay: 'o2.email.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-10-27 18:41:29'),
    enc: 'jisb64',
    text: credlyJa('伊藤', ['AWS Certified Cloud Practitioner', 'AWS Certified SysOps Administrator - Associate', 'AWS Certified Security - Specialty']),
    html: html(credlyJa('伊藤', ['AWS Certified Cloud Practitioner', 'AWS Certified SysOps Administrator - Associate', 'AWS Certified Security - Specialty'])),
  }),
  mkJa({
    slug: 'ja-badge-aiko-left-behind-now-moved',
    kind: 'badges_transferred',
    note: 'restates last week\'s merge, then the new fact: the badges that stayed behind are now moved',
    trap: true,
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-20 05:17:03'),
    enc: 'utf8qp',
    text: `中村 様

先週統合した際、Credlyのバッジだけ大学のメールに残っていたとのことでした。
確認して、本日バッジを ${AIKO.keep} に移しました。
Credlyにサインインしてご確認いただけます。

プリヤンカ`,
  }),
  mkJa({
    slug: 'ja-badge-mei-sjis-iko-zumi',
    kind: 'badges_transferred',
    note: 'support says the badges now sit on the new Credly account, flat lines',
    to: MEI.keep,
    caseId: CASE.mei,
    subject: caseSubj(CASE.mei),
    date: utc('2026-10-19 23:30:50'),
    enc: 'sjisb64',
    text: `鈴木様

バッジの件。
Credlyの方も移行済みです。
新しいメールでCredlyを見てください。
2つあります。

サンディープ`,
  }),
  mkJa({
    slug: 'ja-badge-credly-kenji-keep',
    kind: 'badges_transferred',
    note: 'AWS badge via Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS,
    to: KENJI.keep,
    relay: 'o3.email.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-10-13 02:15:58'),
    enc: 'jis7',
    text: credlyJa('健二', ['AWS Certified Solutions Architect - Professional']),
  }),

  // ---------------- case_closed ----------------
  mkJa({
    slug: 'ja-close-kenji-dup-case',
    kind: 'case_closed',
    note: 'the duplicate case is closed, the other case continues',
    to: KENJI.keep,
    caseId: CASE.kenjiDup,
    subject: caseSubj(CASE.kenjiDup),
    date: utc('2026-10-08 10:02:17'),
    crlf: false,
    enc: 'jis7',
    text: `渡辺様

同じ内容のケースが2個ありましたので、こちらのケース ${CASE.kenjiDup} はクローズします。
対応はケース ${CASE.kenji} の方で続けます。

アルジュン`,
  }),
  mkJa({
    slug: 'ja-close-yumi-auto-close-5days',
    kind: 'case_closed',
    note: 'reminder: the case will close automatically in five days without a reply',
    from: NOREPLY,
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: `ケース ${CASE.yumi} へのご返信をお待ちしております`,
    date: utc('2026-10-17 00:00:12'),
    enc: 'sjis8',
    text: `高橋 由美 様

サポートからの前のメールにご返信がまだないです。
5日以内にご返信がないと、ケースは自動でクローズになります。
問題が解決済みの場合、何もしなくていいです。

Amazon Web Services`,
  }),
  mkJa({
    slug: 'ja-close-daisuke-restates-merge',
    kind: 'case_closed',
    note: 'closing that only restates the merge done last week',
    trap: true,
    to: DAISUKE.keep,
    caseId: CASE.daisuke,
    subject: caseSubj(CASE.daisuke),
    date: utc('2026-10-18 02:22:41'),
    enc: 'jisb64',
    text: `伊藤様

先週の統合が完了したこともあり、その後ご連絡がないため、本ケースはクローズとします。
お問い合わせありがとうございました。

タン`,
  }),
  mkJa({
    slug: 'ja-close-aiko-html-kaiketsu',
    kind: 'case_closed',
    note: 'HTML-only notice that the case is now resolved',
    from: NOREPLY,
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: `サポートケース ${CASE.aiko} は解決済みです`,
    date: utc('2026-10-22 08:00:00'),
    enc: 'utf8b64',
    html: `<html><body>
<h3>ケースのステータスが変わりました</h3>
<p>ケースID: ${CASE.aiko}<br>ステータス: 解決済み</p>
<p>まだ問題がある場合、ケースを再度オープンできるのは14日までです。</p>
<p>Amazon Web Services</p>
</body></html>`,
  }),
  mkJa({
    slug: 'ja-close-lookalike-training-notice',
    kind: 'case_closed',
    note: 'closing notice from a look-alike domain (aws-training-notice.com): untrusted',
    trusted: false,
    from: 'AWS Training <support@aws-training-notice.com>',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: `ケース ${CASE.kenji} はクローズされました`,
    date: utc('2026-10-16 03:30:00'),
    enc: 'jis7',
    text: `渡辺様

ケース ${CASE.kenji} はクローズされました。
もし再開をしたい場合は、以下のリンクからログインしてください。
http://aws-training-notice.com/case

AWS Training`,
  }),
  mkJa({
    slug: 'ja-close-mei-no-reply-closed',
    kind: 'case_closed',
    note: 'closed because no reply; reopening by replying',
    to: MEI.keep,
    caseId: CASE.mei,
    subject: caseSubj(CASE.mei),
    date: utc('2026-10-29 01:41:06'),
    enc: 'utf8qp',
    text: `鈴木様

前回のメールから返事がありませんでしたので、ケースはクローズしました。
まだ何かある時は、このメールへリプライすると再開できます。

サンディープ
AWS トレーニングと認定`,
  }),
  mkJa({
    slug: 'ja-close-daisuke2-restates-badges',
    kind: 'case_closed',
    note: 'closing that restates the earlier merge and badge move; no new event',
    trap: true,
    to: DAISUKE.keep,
    caseId: CASE.daisuke2,
    subject: caseSubj(CASE.daisuke2),
    date: utc('2026-11-02 04:18:55'),
    enc: 'sjisb64',
    text: `伊藤 大輔 様

統合とバッジの移行は先日完了済みのため、ケースを終了させていただきます。
ご利用ありがとうございました。

ジョマル`,
  }),
  mkJa({
    slug: 'ja-close-yumi-kenji-style-shuryo',
    kind: 'case_closed',
    note: 'subject without ID, body carries it; plain statement that the case is finished',
    from: NOREPLY,
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: 'ケースの状況が変更されました',
    date: utc('2026-10-14 00:06:30'),
    enc: 'jisb64',
    text: `高橋様

ケース番号 ${CASE.yumi} のステータスは「クローズ」になりました。
ご質問などがございましたら、新しいケースをあげて下さい。

AWS Support`,
  }),

  // ---------------- support_reply ----------------
  mkJa({
    slug: 'ja-sr-kenji-after-consent-will',
    kind: 'support_reply',
    note: 'thanks for consent; says what WILL happen (merge, badges) later: not the event',
    trap: true,
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-08 05:55:09'),
    enc: 'jis7',
    text: `渡辺様

同意のご返信ありがとうございます。
担当チームに渡しました。
統合が完了したら、メールでお知らせします。バッジもその後で移ります予定です。
通常は3-5営業日かかります。

ラフル`,
  }),
  mkJa({
    slug: 'ja-sr-yumi-not-yet',
    kind: 'support_reply',
    note: 'negated: the merge is not finished yet',
    trap: true,
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-10 07:21:44'),
    enc: 'sjis8',
    text: `高橋様

お問い合わせの件、統合はまだ完了していないです。
チームが作業中ですので、もう少々お待ちください。
終わったらこちらからメールします。

マリセル

${gmailJa('2026-10-10 15:02', `${YUMI.ja} <${YUMI.keep}>`, `マリセル様
統合はもう終わりましたか? ログインしても認定が1つしかありません。`)}`,
  }),
  mkJa({
    slug: 'ja-sr-daisuke-cannot-exam-booked',
    kind: 'support_reply',
    note: 'unable to merge while an exam is booked on the source account; asks for nothing',
    trap: true,
    to: DAISUKE.keep,
    caseId: CASE.daisuke,
    subject: caseSubj(CASE.daisuke),
    date: utc('2026-10-09 09:09:09'),
    enc: 'jisb64',
    text: `伊藤様

残念ですが、統合元のアカウントに11月2日の試験の予約がありますので、今は統合することができません。
試験が終わってから、このケースに返信してもらえれば統合の手続きに進めます。

タン`,
  }),
  mkJa({
    slug: 'ja-sr-aiko-duplicate-cases-merged',
    kind: 'support_reply',
    note: 'says duplicate CASES were merged, not the accounts',
    trap: true,
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-11 03:03:40'),
    enc: 'utf8qp',
    text: `中村 様

同じ依頼でケースが2件作られていましたので、重複したケースをマージしました。
今後はこちらのケース ${CASE.aiko} でやりとりをお願いします。
アカウントの方は引き続き確認中です。

プリヤンカ`,
  }),
  mkJa({
    slug: 'ja-sr-kenji-forged-below',
    kind: 'support_reply',
    note: 'status update; dmarc=pass header sits below the server\'s Received line: untrusted',
    trusted: false,
    auth: 'forgedBelow',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-07 08:00:31'),
    enc: 'sjisb64',
    text: `渡辺様

担当部署で確認中です。
結果がでたら連絡するので、待っていてください。

AWS トレーニングと認定`,
  }),
  mkJa({
    slug: 'ja-sr-yumi-escalated-once-done',
    kind: 'support_reply',
    note: 'escalation; completion only in conditional form (完了しましたら)',
    trap: true,
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-09 06:30:27'),
    enc: 'utf8b64',
    text: `高橋様

ご同意をいただいたので、本件をバックエンドのチームへエスカレーションしました。
統合が完了しましたら、改めてご連絡いたします。
しばらくお時間をいただけますと幸いでございます。

マリセル`,
  }),
  mkJa({
    slug: 'ja-sr-mei-badge-not-yet',
    kind: 'support_reply',
    note: 'answers the user\'s badge question: badges will move after the merge, not yet',
    trap: true,
    to: MEI.keep,
    caseId: CASE.mei,
    subject: caseSubj(CASE.mei),
    date: utc('2026-10-15 02:12:12'),
    enc: 'sjisb64',
    text: `鈴木様

バッジのご質問ですが、バッジは統合の後、3-5営業日で移行されます。
いまはまだ統合前なので、古いメールの方にあるのが正しいです。
心配しないでください。

サンディープ

${gmailJa('2026-10-15 09:40', `Mei Suzuki <${MEI.keep}>`, `Badge is still in old mail Credly. Is it OK?`)}`,
  }),
  mkJa({
    slug: 'ja-sr-daisuke2-reopened',
    kind: 'support_reply',
    note: 'a closed case was reopened because the user replied',
    trap: true,
    to: DAISUKE.keep,
    caseId: CASE.daisuke2,
    subject: caseSubj(CASE.daisuke2),
    date: utc('2026-11-03 05:05:51'),
    enc: 'jis7',
    text: `伊藤様

ご返信がありましたので、クローズされたケースをリオープンしました。
バウチャーが見えないとのこと、チームに確認しています。

ジョマル`,
  }),
  mkJa({
    slug: 'ja-sr-aiko-write-from-keep',
    kind: 'support_reply',
    note: 'asks to write from the kept address without asking for any data',
    trap: true,
    to: AIKO.src,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-09 23:59:01'),
    enc: 'sjis8',
    text: `中村様

このケースは大学のアドレスから作られていました。
残すアカウントの方のメールアドレスから、このメールに返信をお願いします。
それからお手続きを続けます。

プリヤンカ`,
  }),
  mkJa({
    slug: 'ja-sr-kenji-thanks-confirm-8bit',
    kind: 'support_reply',
    note: 'thanks for confirming, request passed to backend',
    trap: true,
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-08 06:10:42'),
    enc: 'utf88bit',
    text: `渡辺さん

コンファームありがとうございます。
バックエンドにリクエストを送りました。
進展があり次第ご連絡させてもらいます。

Rahul / ラフル`,
  }),
  mkJa({
    slug: 'ja-sr-yumi-voucher-after-merge',
    kind: 'support_reply',
    note: 'answers a voucher question; mentions the merge only as future context',
    trap: true,
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-08 02:27:15'),
    enc: 'jisb64',
    text: `高橋様

ご質問ありがとうございます。
50%割引のバウチャーは統合後も使用できるです。
有効期限はかわりません。
統合の手続きは、情報が揃ってからになります。

マリセル`,
    html: html(`高橋様

ご質問ありがとうございます。
50%割引のバウチャーは統合後も使用できるです。
有効期限はかわりません。
統合の手続きは、情報が揃ってからになります。

マリセル`),
  }),

  // ---------------- unrelated ----------------
  mkJa({
    slug: 'ja-un-kenji-own-consent-sent',
    kind: 'unrelated',
    note: 'the user\'s own consent reply (sent copy, not addressed to the user)',
    trap: true,
    trusted: false,
    forUser: false,
    from: addr(KENJI.ja, KENJI.keep),
    to: FORM_BARE,
    deliveredTo: null,
    auth: 'none',
    relay: 'smtp.example.jp',
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: jst('2026-10-08 13:02:11'),
    enc: 'jis7',
    text: `ラフル様

同意します。統合をお願いします。
元に戻せないことも理解しました。

渡辺 健二

${quote(`この統合は元に戻すことはできません。
問題なければ、このメールに「同意します」とリプライしてください。`)}`,
  }),
  mkJa({
    slug: 'ja-un-yumi-forward-memo',
    kind: 'unrelated',
    note: 'the user forwards support\'s completion mail to her other address with a memo',
    trap: true,
    trusted: false,
    from: addr(YUMI.ja, YUMI.keep),
    to: YUMI.src,
    auth: 'pass',
    relay: 'smtp.example.com',
    caseId: CASE.yumi,
    subject: `Fwd: ${caseSubj(CASE.yumi)}`,
    date: jst('2026-10-12 14:20:33'),
    enc: 'utf8b64',
    text: `メモ: マージ完了したって。バッジはまだ古い方。会社のPCでも見れるように転送。

${fwdJa('2026-10-12 13:45', FORM, YUMI.keep, caseSubj(CASE.yumi), `高橋様

統合作業が終わったです。
ログインして、認定とベネフィットが全部あるか、ご確認ください。

マリセル`)}`,
  }),
  mkJa({
    slug: 'ja-un-pearson-yoyaku-kakunin',
    kind: 'unrelated',
    note: 'exam appointment confirmation from the test vendor',
    trap: true,
    trusted: false,
    from: 'Pearson VUE <noreply@pearsonvue.example.com>',
    to: DAISUKE.src,
    subject: '試験予約の確認 - AWS Certified Solutions Architect - Professional',
    date: utc('2026-10-01 03:00:00'),
    enc: 'sjis8',
    text: `伊藤 大輔 様

以下の試験のご予約を確認いたしました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年11月2日 10:00
会場: オンライン監視

予約の変更・キャンセルは24時間前までに行ってください。

Pearson VUE`,
  }),
  mkJa({
    slug: 'ja-un-microsoft-via-credly',
    kind: 'unrelated',
    note: 'a Credly badge from another issuer (Microsoft)',
    trap: true,
    from: 'Microsoft via Credly <admin@credly.com>',
    to: AIKO.keep,
    relay: 'o4.email.credly.com',
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: utc('2026-10-16 09:09:45'),
    enc: 'utf8qp',
    text: credlyJa('愛子', ['Microsoft Certified: Azure Fundamentals'], 'Microsoft'),
  }),
  mkJa({
    slug: 'ja-un-survey-kaiketsu',
    kind: 'unrelated',
    note: 'satisfaction survey about the case',
    trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: 'ケースは解決しましたか? アンケートのお願い',
    date: utc('2026-10-23 00:30:00'),
    enc: 'jisb64',
    text: `中村様

最近のサポートケース (${CASE.aiko}) についてお聞きします。
問題は解決されましたか?

  はい / いいえ

1分で終わるアンケートです。ご協力をお願いします。

Amazon Web Services`,
  }),
  mkJa({
    slug: 'ja-un-agent-out-of-office',
    kind: 'unrelated',
    note: 'the agent\'s out-of-office auto-reply on the case',
    trap: true,
    from: 'Rahul S <rahuls@amazon.com>',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: `自動返信: ${caseSubj(CASE.kenji)}`,
    date: utc('2026-10-12 00:01:15'),
    enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ただいま休暇中のため、10月19日まで不在です。
メールは受け付けましたが、確認は戻ってからになります。
お急ぎの場合はケースに返信いただければ、チームの別のメンバーが対応します。`,
  }),
  mkJa({
    slug: 'ja-un-refund-case-receipt',
    kind: 'unrelated',
    note: 'receipt of the user\'s other case about an exam refund',
    trap: true,
    from: NOREPLY,
    to: KENJI.keep,
    caseId: CASE.kenjiRefund,
    subject: `返金のお問い合わせを受け付けました [ケースID: ${CASE.kenjiRefund}]`,
    date: utc('2026-10-10 11:11:11'),
    enc: 'sjisb64',
    text: `渡辺 健二 様

試験料金の返金についてのお問い合わせを受付しました。
ケースIDは ${CASE.kenjiRefund} です。
請求チームから2-3営業日でご連絡いたします。

Amazon Web Services`,
  }),
  mkJa({
    slug: 'ja-un-colleague-asks-badges',
    kind: 'unrelated',
    note: 'a colleague asks whether the merge and badges worked out',
    trap: true,
    trusted: false,
    from: '田中 聡 <tanaka.s@corp-b.example.co.jp>',
    to: YUMI.src,
    auth: 'pass',
    relay: 'mail.corp-b.example.co.jp',
    subject: '認定アカウントの統合について',
    date: jst('2026-10-13 10:05:00'),
    enc: 'jis7',
    text: `高橋さん

お疲れさまです、田中です。
この前言っていたAWS認定のアカウント統合、終わりました?
バッジもちゃんと移りましたか? 自分もやりたいので手順を教えてください。

田中`,
  }),
  mkJa({
    slug: 'ja-un-marketing-tougou',
    kind: 'unrelated',
    note: 'marketing mail using "integrate your skills" wording',
    trap: true,
    from: 'AWS トレーニングと認定 <aws-training-news@amazon.com>',
    to: DAISUKE.keep,
    subject: 'スキルをひとつに統合 - 新しいラーニングプランのご案内',
    date: utc('2026-10-14 01:00:00'),
    enc: 'utf8qp',
    text: `伊藤様

クラウドの知識をひとつに統合する、新しいラーニングプランが公開されました。
修了するとデジタルバッジも獲得できます。

配信停止はこちらから。`,
    html: html(`伊藤様

クラウドの知識をひとつに統合する、新しいラーニングプランが公開されました。
修了するとデジタルバッジも獲得できます。

配信停止はこちらから。`),
  }),
  mkJa({
    slug: 'ja-un-skill-builder-subscription',
    kind: 'unrelated',
    note: 'Skill Builder subscription change completed: not the certification merge',
    trap: true,
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: MEI.keep,
    subject: 'サブスクリプションの変更が完了しました',
    date: utc('2026-10-05 05:05:05'),
    enc: 'jisb64',
    text: `鈴木様

AWS Skill Builder の個人サブスクリプションの変更が完了しました。
新しいプランは次の請求日から適用されます。

AWS Skill Builder`,
  }),
  mkJa({
    slug: 'ja-un-oldcompany-auto-reply',
    kind: 'unrelated',
    note: 'the old company\'s automatic reply that the mailbox is no longer used',
    trusted: false,
    from: 'postmaster <postmaster@startup.example.jp>',
    to: DAISUKE.keep,
    auth: 'none',
    relay: 'mail.startup.example.jp',
    subject: '自動応答: このアドレスは使われていません',
    date: jst('2026-10-22 09:00:00'),
    crlf: false,
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールアドレスの利用者は退職しました。
ご用件は代表アドレスまでお願いします。`,
  }),
  mkJa({
    slug: 'ja-un-exam-passed-badge-soon',
    kind: 'unrelated',
    note: 'exam result: passed, badge will come from Credly later',
    trap: true,
    from: 'AWS Certification <no-reply@certification.aws.training>',
    to: MEI.keep,
    subject: 'おめでとうございます! AWS 認定を取得しました',
    date: utc('2026-11-04 08:12:00'),
    enc: 'utf8b64',
    text: `鈴木 芽衣 様

AWS Certified Developer - Associate に合格しました、おめでとうございます。
デジタルバッジは数日以内にCredlyからメールで届きます。
認定アカウントで結果の詳細を確認できます。

AWS Certification`,
  }),
];

