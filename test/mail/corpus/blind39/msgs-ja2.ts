// Japanese messages, part 2: badges, closing, other replies, and everything that is not the case.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  type Spec, FORM, FORM_JA, NOREPLY, CASES, PORTAL, PORTAL2, CR_AWS, CR_AWS_JA, CREDLY, CREDLY_NOTIF, viaCredly, formSubject,
  MISAKI as MI, KENJI as KE, AYA, SHO, ja, jaSrc, C, q, sfBlockJa, olJa, gmJa, ref, html, credlyHtml,
} from './common.js';

const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const credlyFootJa = 'このメールは Credly から送信されました。Credly, Inc. 通知設定はアカウントの Settings から変更できます。';

export const JA2: Msg[] = [
  // ================= badges_transferred =================
  j({
    slug: 'badge-cr-aws-hakko-misaki-jis',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS as issuer) notice that the SAA badge was issued to the kept address after the merge',
    from: CR_AWS,
    to: MI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-08 04:12:55', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 さん

Amazon Web Services Training and Certification から、新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。

下のボタンからバッジを受け取り、LinkedIn などで共有しましょう。

[バッジを入手する]
https://www.credly.com/earner/earned/badge/5f1c0a7e-3b22-4c9e-9d51-1a2b3c4d5e6f

${credlyFootJa}`,
  }),
  j({
    slug: 'badge-cr-aws-three-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly mail in Japanese: three AWS badges now on the kept address\'s Credly account',
    from: CR_AWS_JA,
    to: ja(KE),
    subject: 'AWS のバッジ 3 件があなたの Credly アカウントに追加されました',
    date: d('2026-04-11 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyHtml(
      '3 件のバッジが届いています',
      [
        '小林 健二 さん、Amazon Web Services Training and Certification があなたにバッジを発行しました。',
        'AWS Certified Cloud Practitioner / AWS Certified Developer - Associate / AWS Certified SysOps Administrator - Associate',
        'これらのバッジは kobayashi.kenji@mail.example.jp のアカウントで受け取れます。',
      ],
      'バッジを受け取る',
      credlyFootJa,
    ),
  }),
  j({
    slug: 'badge-support-misaki2-moved-sjis8',
    kind: 'badges_transferred',
    caseId: C.misaki2,
    note: 'support says the Credly badge was re-pointed to the kept address and now shows there',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki2),
    date: d('2026-03-24 14:15:27', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

スクリーンショットのご送付、ありがとうございました。
Credly 担当と連携し、旧アドレスに紐づいていた Solutions Architect - Associate のバッジを ${MI.keep} の Credly アカウントへ付け替えました。
現在はダッシュボードに表示されているはずです。

山内
AWS トレーニングと認定

${ref('9Xq2Lm77')}`,
  }),
  j({
    slug: 'badge-support-sho-moved-close-jisb64',
    kind: 'badges_transferred',
    caseId: C.shoBadge,
    note: 'support announces the badges moved and that the case is being closed: badges_transferred',
    from: FORM_JA,
    to: SHO.keep,
    subject: formSubject(C.shoBadge),
    date: d('2025-12-05 17:22:41', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 翔 様

お知らせいただいた 2 件のバッジ（SAA、SOA）は、Credly 上で ${SHO.keep} 側へ移行が済みました。
旧アドレス側の表示は数時間で消える見込みです。
以上で対応完了となりますので、本ケースはクローズいたします。

石田`,
  }),
  j({
    slug: 'badge-cr-transferred-kenji-b64',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly notice that the AWS badge was transferred to the new e-mail address',
    from: CREDLY,
    to: KE.keep,
    subject: 'バッジが新しいメールアドレスに移されました',
    date: d('2026-04-11 09:31:12', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 健二 さん

Amazon Web Services Training and Certification が発行したバッジ「AWS Certified Developer - Associate」の受取先が、
${KE.src} から ${KE.keep} に変更されました。

バッジはすでにあなたのプロフィールに表示されています。
https://www.credly.com/users/kenji-kobayashi

Credly チーム`,
  }),
  j({
    slug: 'badge-cr-aws-accepted-aya-multipart',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly confirmation that the re-issued AWS badge was accepted and now sits on the profile (multipart/alternative)',
    from: CR_AWS,
    to: AYA.keep,
    subject: 'バッジを受け取りました: AWS Certified Cloud Practitioner',
    date: d('2026-01-26 00:41:09', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺 彩 さん

おめでとうございます。Amazon Web Services Training and Certification のバッジ「AWS Certified Cloud Practitioner」を受け取りました。
このバッジは ${AYA.keep} のプロフィールに追加されています。

共有する: https://www.credly.com/badges/0d9e8f7a-1111-4222-8333-944455566677

${credlyFootJa}`,
    html: credlyHtml(
      'バッジを受け取りました',
      [
        '渡辺 彩 さん、おめでとうございます。',
        'Amazon Web Services Training and Certification のバッジ「AWS Certified Cloud Practitioner」を受け取りました。',
        `このバッジは ${AYA.keep} のプロフィールに追加されています。`,
      ],
      '共有する',
      credlyFootJa,
    ),
  }),
  j({
    slug: 'badge-cr-lookalike-domain',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'AWS badge notice from the look-alike credly-notice.com: badge news, but untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notice.com>',
    to: SHO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2025-12-04 22:10:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 翔 さん

AWS Certified SysOps Administrator - Associate のバッジがあなたの新しいアドレスに移されました。
受け取るには 24 時間以内にサインインしてください。

[バッジを入手する] https://credly-notice.com/claim?u=ito`,
  }),
  j({
    slug: 'badge-cr-no-auth-results',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly AWS badge notice without any Authentication-Results header: untrusted',
    from: CR_AWS,
    to: KE.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-04-11 09:29:40', '+0000'),
    auth: 'none',
    enc: 'jis7',
    text: `小林 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。

[バッジを入手する]

${credlyFootJa}`,
  }),
  j({
    slug: 'badge-support-kenji-outlook-utf8qp',
    kind: 'badges_transferred',
    caseId: C.kenji,
    note: 'support reply over an Outlook quote: Credly team finished re-linking the badges to the kept account',
    from: FORM,
    to: ja(KE),
    subject: formSubject(C.kenji),
    date: d('2026-04-13 10:58:03', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

お待たせしました。Credly チームにて 3 件のバッジの付け替えが終わり、個人アドレスの Credly アカウントで確認できる状態になっています。

佐伯

${olJa(`小林 健二 <${KE.keep}>`, '2026年4月10日 21:14', 'aws-cs-trainingcertification-form@amazon.com', `RE:[CASE ${C.kenji}]`, '認定アカウントの統合は確認できました、ありがとうございます。\nCredly のバッジがまだ会社アドレスの方に残っているので、こちらもお願いできますか。')}`,
  }),
  j({
    slug: 'badge-cr-to-old-address-recipient-changed',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly notice sent to the old (source) address: its AWS badge now belongs to the kept address',
    from: CREDLY_NOTIF,
    to: jaSrc(MI),
    subject: 'バッジの受取人が変更されました',
    date: d('2026-03-24 05:01:33', '+0000'),
    auth: 'dkimParent',
    enc: 'sjisb64',
    text: `このアドレスで受け取っていたバッジ「AWS Certified Solutions Architect - Associate」（発行元: Amazon Web Services Training and Certification）は、
発行元の依頼により misaki.nakamura@example.ne.jp に移されました。

このアドレスの Credly ページからは表示されなくなります。

Credly`,
  }),
  j({
    slug: 'badge-aws-notify-update-html',
    kind: 'badges_transferred',
    caseId: C.aya2,
    note: 'AWS Support case-update notification quoting the agent: both badges now show on the kept Credly profile',
    from: NOREPLY,
    to: AYA.keep,
    subject: `AWS サポート: ケース ${C.aya2} に対応者から返信がありました`,
    date: d('2026-02-13 03:12:20', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`渡辺 彩 様

ケース ${C.aya2} に新しい返信が追加されました。

----
渡辺様、Credly のバッジ 2 件（Cloud Practitioner / Developer - Associate）を ${AYA.keep} のプロフィールに移しました。ご確認ください。 - 中川
----

ケースの全履歴はサポートセンターでご覧いただけます。`),
  }),
  j({
    slug: 'badge-cr-resent-oldcorp',
    kind: 'badges_transferred',
    forUser: false,
    caseId: null,
    note: 'AWS badge re-issue notice redirected (Resent-*) from the old bank mailbox: badge news, not delivered to the user directly',
    from: CR_AWS,
    to: SHO.src,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2025-12-05 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'postmaster@bank.example.co.jp', to: 'it-helpdesk@bank.example.co.jp', date: d('2025-12-05 17:05:00', '+0900') },
    text: `伊藤 翔 さん

Amazon Web Services Training and Certification のバッジ「AWS Certified SysOps Administrator - Associate」を新しいメールアドレスで受け取れるようになりました。

[バッジを入手する]

${credlyFootJa}`,
  }),

  // ================= case_closed =================
  j({
    slug: 'close-misaki-auto-3days-jis',
    kind: 'case_closed',
    caseId: C.misaki2,
    note: 'reminder that the case will close automatically in 3 days without a reply',
    from: NOREPLY,
    to: MI.keep,
    subject: `AWS サポート: ケース ${C.misaki2} はまもなく自動的にクローズされます`,
    date: d('2026-03-28 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

ケース ${C.misaki2} について、担当者からの最後のご連絡以降ご返信がありません。
このまま 3 日間ご返信がない場合、ケースは自動でクローズされます。
引き続きサポートが必要な場合は、サポートセンターから返信してください。

Amazon Web Services`,
  }),
  j({
    slug: 'close-kenji-resolved-notice-qp',
    kind: 'case_closed',
    caseId: C.kenjiDup,
    note: 'AWS Support notice that the (duplicate) case was resolved and closed',
    from: NOREPLY,
    to: KE.keep,
    subject: `AWS サポート ケース ${C.kenjiDup} は解決済みになりました`,
    date: d('2026-04-08 06:20:15', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 健二 様

ケース ${C.kenjiDup} のステータスが「解決済み」に変更されました。
ケースを再開する場合は、14 日以内にサポートセンターから返信してください。

Amazon Web Services`,
  }),
  j({
    slug: 'close-aya-restates-merge-sjisb64',
    kind: 'case_closed',
    trap: true,
    caseId: C.aya,
    note: 'closing notice that only restates the earlier merge (先日統合済み) before closing',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya),
    date: d('2026-01-30 11:45:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `渡辺様

先日ご案内のとおり、アカウントは 1 月 24 日付で統合済みです。
その後ご連絡がございませんので、本件はこれにてクローズいたします。

中川`,
  }),
  j({
    slug: 'close-sho-restates-badges-jisb64',
    kind: 'case_closed',
    trap: true,
    caseId: C.shoBadge,
    note: 'closing notice restating that the badges were moved last week: a restatement, so case_closed',
    from: FORM,
    to: SHO.keep,
    subject: formSubject(C.shoBadge),
    date: d('2025-12-12 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

先週お伝えしたバッジの移行後、追加のご質問はございませんでしたので、
本ケースを終了とさせていただきます。ご利用ありがとうございました。

石田 / AWS トレーニングと認定`,
  }),
  j({
    slug: 'close-kenji-html-no-response',
    kind: 'case_closed',
    caseId: C.kenji,
    note: 'HTML-only notice: no response received, so the case was closed',
    from: CASES,
    to: KE.keep,
    subject: `ケース ${C.kenji} をクローズしました`,
    date: d('2026-04-24 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`小林 健二 様

ケース ${C.kenji} は、一定期間ご返信がなかったためクローズしました。
同じ件で引き続きお困りの場合は、新しいケースを作成せず、このケースを再開してください。

AWS サポート`),
  }),
  j({
    slug: 'close-misaki-no-auth-untrusted',
    kind: 'case_closed',
    trusted: false,
    caseId: C.misaki,
    note: 'closing notice with no Authentication-Results at all: untrusted',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-10 10:10:10', '+0900'),
    auth: 'none',
    enc: 'utf8b64',
    text: `中村様

本ケースはクローズとなりました。
ご不明点があればあらためてご連絡ください。

AWS サポート`,
  }),
  j({
    slug: 'close-aya2-gmail-quote-jis',
    kind: 'case_closed',
    caseId: C.aya2,
    note: 'short closing line above a Gmail quote of the customer\'s thanks',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya2),
    date: d('2026-02-14 10:00:32', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

ご確認いただきありがとうございます。お役に立てて何よりです。
こちらのケースは解決済みとしてクローズいたします。

中川

${gmJa('2026年2月13日(金) 20:15', `渡辺 彩 <${AYA.keep}>`, 'バッジ2つとも個人のCredlyに出てきました！ありがとうございました。')}`,
  }),

  // ================= support_reply =================
  j({
    slug: 'reply-misaki2-escalated-credly',
    kind: 'support_reply',
    trap: true,
    caseId: C.misaki2,
    note: 'support passed the badge problem to the Credly team; nothing has moved yet',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki2),
    date: d('2026-03-22 16:40:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

画像のご送付ありがとうございました。バッジの付け替えについて Credly 側の担当チームへ依頼を出しました。
先方の作業に 3 から 5 営業日ほどかかることがありますので、進展があり次第お知らせします。

山内`,
  }),
  j({
    slug: 'reply-kenji-future-merge-sjis8',
    kind: 'support_reply',
    trap: true,
    caseId: C.kenji,
    note: 'future/conditional: 統合が完了しましたら改めてご連絡 (no event yet)',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-09 19:05:42', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林様

ご同意の旨、確かに拝受しました。担当部署にて作業を進めております。
統合が完了しましたら、あらためてご連絡いたします。バッジについても、統合後に確認いたします。

佐伯`,
  }),
  j({
    slug: 'reply-sho-not-yet-moved-b64',
    kind: 'support_reply',
    trap: true,
    caseId: C.shoBadge,
    note: 'negated: badges have not been moved yet; support is still working with Credly',
    from: FORM,
    to: SHO.keep,
    subject: formSubject(C.shoBadge),
    date: d('2025-12-03 12:12:12', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤様

URL をありがとうございます。確認したところ、2 件のバッジは現時点ではまだ旧アドレスに紐づいたままで、移行は完了していません。
Credly に修正を依頼済みですので、もう少々お待ちください。

石田`,
  }),
  j({
    slug: 'reply-aya-thanks-for-confirming-jisb64',
    kind: 'support_reply',
    trap: true,
    caseId: C.aya,
    note: 'thank-you-for-confirming: consent received and passed to the team; not itself a completion',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya),
    date: d('2026-01-22 20:30:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺様

ご確認いただき、ありがとうございます。
いただいたご同意をもとに、担当チームへ統合作業を依頼しました。処理には数日かかる場合があります。

中川

${gmJa('2026年1月22日(木) 19:02', `渡辺 彩 <${AYA.keep}>`, '統合に同意します。よろしくお願いします。')}`,
  }),
  j({
    slug: 'reply-kenji-duplicate-cases-merged',
    kind: 'support_reply',
    trap: true,
    caseId: C.kenjiDup,
    note: '"we merged your duplicate cases" is about support cases, not the accounts',
    from: FORM_JA,
    to: KE.keep,
    subject: formSubject(C.kenjiDup),
    date: d('2026-04-07 18:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

同じご用件で 2 件のケース（${C.kenji} と ${C.kenjiDup}）をお送りいただいていたため、ケースを統合し、今後は ${C.kenji} でご案内いたします。
こちらのケースへのご返信は不要です。

佐伯`,
  }),
  j({
    slug: 'reply-misaki-cannot-merge-exam-scheduled',
    kind: 'support_reply',
    trap: true,
    caseId: C.misaki,
    note: 'support cannot merge yet because an exam is booked on the source account; no data requested',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-03 18:20:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

確認したところ、統合元の ${MI.srcId} に 3 月 14 日の試験予約が入っているため、現時点では統合を実施できません。
試験が終わって結果が反映されたあとであれば対応可能です。その際はこのケースにご返信ください。

森田`,
  }),
  j({
    slug: 'reply-sho-voucher-answer-jis',
    kind: 'support_reply',
    caseId: C.sho,
    note: 'answers a question about the 50% voucher and the recertification dates; no new event',
    from: FORM,
    to: SHO.keep,
    subject: formSubject(C.sho),
    date: d('2025-11-17 11:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤様

ご質問の件です。
50% 割引のバウチャーは有効期限内であれば ${SHO.keepId} 側でそのままお使いいただけます。
また、各認定の有効期限は取得日から 3 年で、アカウントをまとめても変わりません。

石田

${q('もう一点、旧アカウントにあった割引バウチャーはどうなりますか？')}`,
  }),
  j({
    slug: 'reply-kenji-other-authserv-only',
    kind: 'support_reply',
    trusted: false,
    caseId: C.kenji,
    note: 'status update whose only pass verdict comes from another server (mx.google.com) below ours: untrusted',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-08 12:00:00', '+0900'),
    auth: 'otherOnly',
    enc: 'utf8b64',
    text: `小林様

現在、担当チームでアカウント情報を確認しております。
回答まで今しばらくお時間をください。

佐伯`,
  }),

  // ================= unrelated =================
  j({
    slug: 'un-ms-via-credly-jis',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Microsoft badge via Credly: another issuer, so unrelated even though it is Credly badge mail',
    from: viaCredly('Microsoft'),
    to: MI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-03-15 06:33:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 さん

Microsoft から新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。

[バッジを入手する]

${credlyFootJa}`,
  }),
  j({
    slug: 'un-gcp-via-credly-html',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Google Cloud badge via Credly (HTML-only): not AWS',
    from: viaCredly('Google Cloud'),
    to: KE.keep,
    subject: 'Google Cloud からバッジが届きました',
    date: d('2026-04-02 03:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: credlyHtml(
      '新しいバッジが届きました',
      ['小林 健二 さん、Google Cloud が「Professional Cloud Architect」のバッジを発行しました。', 'Credly でバッジを受け取り、プロフィールに追加しましょう。'],
      'バッジを受け取る',
      credlyFootJa,
    ),
  }),
  j({
    slug: 'un-hashicorp-via-credly-sjis',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'HashiCorp badge via Credly in Shift_JIS; another issuer',
    from: viaCredly('HashiCorp'),
    to: SHO.keep,
    subject: 'HashiCorpのバッジ発行のお知らせ',
    date: d('2025-11-20 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `伊藤 翔 さん

HashiCorp が「HashiCorp Certified: Terraform Associate (003)」のバッジをあなたに発行しました。

[バッジを入手する]

${credlyFootJa}`,
  }),
  j({
    slug: 'un-comptia-via-credly-b64',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'CompTIA badge moved to a new e-mail by CompTIA: another issuer\'s badge transfer is unrelated',
    from: viaCredly('CompTIA'),
    to: AYA.keep,
    subject: 'CompTIA のバッジが新しいメールアドレスに移されました',
    date: d('2026-02-03 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺 彩 さん

CompTIA が発行したバッジ「CompTIA Security+ ce」の受取先が ${AYA.keep} に変更されました。
バッジはあなたのプロフィールに表示されています。

Credly`,
  }),
  j({
    slug: 'un-university-via-credly-jisb64',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'university micro-credential badge via Credly: not AWS',
    from: viaCredly('東都大学 データサイエンス教育センター'),
    to: AYA.src,
    subject: '東都大学 データサイエンス教育センターのバッジ発行のお知らせ',
    date: d('2026-01-09 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺 彩 さん

東都大学 データサイエンス教育センターから「データサイエンス基礎 修了」のバッジが発行されました。
卒業後もバッジを保持できるよう、個人のメールアドレスを Credly アカウントに追加しておくことをおすすめします。

[バッジを入手する]`,
  }),
  j({
    slug: 'un-credly-merge-code-utf8qp',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge verification code: not the AWS Certification merge',
    from: CREDLY,
    to: MI.src,
    subject: 'Credly アカウント統合の確認コード',
    date: d('2026-03-25 00:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Credly アカウントの統合リクエストを受け付けました。

統合を完了するには、次の確認コードを入力してください。
確認コード: 482 913

または、下のボタンをクリックしてください。
[Complete Account Merge]

このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 30 分です。`,
  }),
  j({
    slug: 'un-credly-wallet-merged-jis',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly says two Credly accounts were merged: Credly\'s own merge, not the certification accounts',
    from: CREDLY,
    to: MI.keep,
    subject: 'Credly アカウントの統合が完了しました',
    date: d('2026-03-25 00:14:30', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 さん

m-nakamura@kaisha-a.example.co.jp のアカウントを、現在のアカウントに統合しました。
統合されたアカウントのバッジとメールアドレスは、今後このアカウントで管理できます。

Credly`,
  }),
  j({
    slug: 'un-credly-verify-email-sjisb64',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly asks to confirm a newly added e-mail address: account housekeeping, not support asking anything',
    from: CREDLY,
    to: KE.src,
    subject: 'メールアドレスの確認をお願いします',
    date: d('2026-04-10 11:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `こんにちは。

このメールアドレスが Credly アカウント（kobayashi.kenji@mail.example.jp）に追加されました。
ご本人による追加であれば、下のボタンからメールアドレスを確認してください。確認が済むと、このアドレス宛てのバッジも同じアカウントで受け取れます。

[メールアドレスを確認する]

Credly`,
  }),
  j({
    slug: 'un-cr-aws-expiring-utf8b64',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'AWS badge expiry reminder via Credly: about recertification, not about badges moving to the kept account',
    from: CR_AWS,
    to: SHO.keep,
    subject: 'バッジの有効期限が近づいています: AWS Certified Solutions Architect - Associate',
    date: d('2026-05-01 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 翔 さん

Amazon Web Services Training and Certification のバッジ「AWS Certified Solutions Architect - Associate」は 2026 年 8 月 20 日に有効期限を迎えます。
期限までに再認定を受けると、新しいバッジが発行されます。

Credly`,
  }),
  j({
    slug: 'un-portal-benefits-jis',
    kind: 'unrelated',
    caseId: null,
    note: 'portal notice that certification benefits are available; not part of the merge',
    from: PORTAL,
    to: AYA.keep,
    subject: 'AWS 認定: 新しい特典をご利用いただけます',
    date: d('2026-02-20 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺 彩 様

AWS 認定の取得者向け特典が追加されました。
AWS 認定アカウントの「特典」タブから、AWS Certified ストアのクーポンや次回試験の割引をご確認ください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'un-portal-voucher-utf8qp',
    kind: 'unrelated',
    caseId: null,
    note: 'portal voucher issued for the next exam',
    from: PORTAL2,
    to: MI.keep,
    subject: '次回の認定試験で使える 50% 割引バウチャーが発行されました',
    date: d('2026-03-16 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 美咲 様

合格おめでとうございます。次回の AWS 認定試験でご利用いただける 50% 割引バウチャーを発行しました。
バウチャーコードは認定アカウントの「特典」ページに表示されています。有効期限: 2027 年 3 月 15 日

AWS Training & Certification`,
  }),
  j({
    slug: 'un-portal-recert-sjis8',
    kind: 'unrelated',
    caseId: null,
    note: 'recertification due reminder from the portal',
    from: PORTAL,
    to: KE.keep,
    subject: '再認定のご案内: 有効期限まであと 90 日',
    date: d('2026-05-10 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林 健二 様

お持ちの AWS Certified Developer - Associate は 90 日後に有効期限を迎えます。
再認定試験を受験するか、上位の認定を取得することで有効期限が延長されます。

AWS 認定`,
  }),
  j({
    slug: 'un-portal-email-changed-jisb64',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'portal notice that the profile e-mail change is complete: a profile change, not a merge',
    from: PORTAL2,
    to: SHO.src,
    subject: 'プロフィールのメールアドレス変更が完了しました',
    date: d('2025-11-05 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 翔 様

AWS 認定プロフィールの連絡先メールアドレスを ${SHO.keep} に変更しました。
この変更に心当たりがない場合は、サポートまでお問い合わせください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'un-own-forward-badge-notice',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'the user forwards the AWS badge notice from the old address to herself: her own mail',
    from: jaSrc(MI),
    to: MI.keep,
    subject: 'Fwd: Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-09 12:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `個人の方にも転送しておく。

---------- Forwarded message ---------
From: Amazon Web Services Training and Certification via Credly <admin@credly.com>
Date: 2026年3月8日(日) 13:12
Subject: Amazon Web Services Training and Certificationのバッジ発行のお知らせ
To: <${MI.src}>

中村 美咲 さん
新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。
[バッジを入手する]`,
  }),
  j({
    slug: 'un-own-followup-badges-missing',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.shoBadge,
    note: 'the user\'s own follow-up to support (copied to himself) saying the badges did not move; no news from support',
    from: ja(SHO),
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: SHO.keep,
    subject: formSubject(C.shoBadge),
    date: d('2025-12-01 21:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ご担当者様

アカウント統合の件ではお世話になりました。
統合は完了したと伺いましたが、Credly のバッジ 2 つ（SAA、SOA）がまだ旧アドレスの方に残っています。
移行をお願いできますでしょうか。

伊藤

iPhoneから送信`,
  }),
  j({
    slug: 'un-oldcorp-out-of-office',
    kind: 'unrelated',
    trusted: false,
    caseId: null,
    note: 'out-of-office auto-reply from the old company mailbox',
    from: '小林 健二 <k.kobayashi@si-partner.example.co.jp>',
    to: KE.keep,
    subject: '自動応答: Credly バッジの件',
    date: d('2026-04-10 21:15:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お問い合わせありがとうございます。
小林は 2026 年 3 月 31 日をもって退職いたしました。
今後のご連絡は、営業部 代表アドレス sales@si-partner.example.co.jp までお願いいたします。`,
  }),
  j({
    slug: 'un-survey-kaiketsu',
    kind: 'unrelated',
    trap: true,
    caseId: C.aya,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: 'AWS カスタマーサポート アンケート <aws-support-survey@amazon.com>',
    to: AYA.keep,
    subject: 'AWS サポートのご対応はいかがでしたか',
    date: d('2026-01-31 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺 彩 様

先日のお問い合わせ（ケース ${C.aya}）で、問題は解決しましたか？
1 分ほどのアンケートにご協力ください。

[解決した]　[解決していない]

AWS サポート`,
  }),
  j({
    slug: 'un-exam-reschedule-case',
    kind: 'unrelated',
    trap: true,
    caseId: C.shoExam,
    note: 'receipt of the user\'s other case, which says it is about rescheduling an exam: unrelated to the merge',
    from: NOREPLY,
    to: SHO.keep,
    subject: `[ケース ${C.shoExam}] 試験日程の変更に関するお問い合わせを受け付けました`,
    date: d('2025-10-28 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `伊藤 翔 様

試験日程の変更に関するお問い合わせを受け付けました（ケース ${C.shoExam}）。
Pearson VUE の予約状況を確認のうえ、担当者よりご連絡します。

Amazon Web Services`,
  }),
  j({
    slug: 'un-team-list-forward-ms',
    kind: 'unrelated',
    forUser: false,
    trusted: false,
    caseId: null,
    note: 'a colleague forwards her own Credly badge notice to a team list the user is not on by address',
    from: '高橋 由美 <yumi.takahashi@kaisha-a.example.co.jp>',
    to: 'cloud-team@kaisha-a.example.co.jp',
    subject: 'FW: Google Cloudのバッジ発行のお知らせ',
    date: d('2026-03-18 09:10:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `皆さん

PCA 合格しました、バッジ共有します。
AWS の方もアカウントが 2 つある人は早めにまとめておいた方がいいらしいです。

高橋

${olJa('Google Cloud via Credly <admin@credly.com>', '2026年3月17日 18:02', 'yumi.takahashi@kaisha-a.example.co.jp', 'Google Cloudのバッジ発行のお知らせ', '高橋 由美 さん\nGoogle Cloud が「Professional Cloud Architect」のバッジを発行しました。')}`,
  }),
  j({
    slug: 'badge-support-kenji-bottom-posted-b64',
    kind: 'badges_transferred',
    caseId: C.kenji,
    note: 'bottom-posted support reply: the customer\'s question is quoted first, the news that the SysOps badge moved follows underneath',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-14 09:12:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${q('3 件のうち SysOps のバッジだけ、まだ会社アドレスの方に表示されています。')}

小林様
ご指摘ありがとうございます。SysOps Administrator - Associate の 1 件も、先ほど Credly 側で個人アドレスのアカウントへ付け替えが済みました。これで 3 件すべてがそろっています。

佐伯`,
  }),
  j({
    slug: 'info-shared-alias-not-user',
    kind: 'info_request',
    forUser: false,
    caseId: '1782311570',
    note: 'information request on someone else\'s case, delivered to a shared team alias the user reads: not addressed to the user',
    from: FORM,
    to: '認定管理チーム <aws-admin@kaisha-a.example.co.jp>',
    subject: formSubject('1782311570'),
    date: d('2026-03-12 13:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木様

統合のご依頼ありがとうございます。
統合元と統合先、それぞれの AWS 候補者 ID と登録メールアドレスをお知らせください。

AWS トレーニングと認定 サポート`,
  }),
];
