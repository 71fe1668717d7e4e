// Set v, Japanese: merge_completed and badges_transferred.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, D, DAI, KEN, MISAKI, PORTAL, SAKURA, SHOTA, SUPPORT, SUPPORT_BARE, TEAM_LIST, YUKO,
  appleJa, formSubject, gmailJa, htmlDoc, mk, outlookJa, paras, sfOriginal, tbirdJa, type Draft,
} from './common.js';

const ja = (x: Omit<Draft, 'lang'>): Msg => mk({ lang: 'ja', ...x });

const credlyHtml = (name: string, badge: string, url: string): string =>
  htmlDoc(`<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<p>${name} さん</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/340x340/images/${url}/image.png" alt="${badge}" width="170"></p>
<p><b>${badge}</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/${url}" style="background:#0076a8;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">このメールは Credly, Inc. から送信されています。配信停止はアカウント設定から行えます。</p>
</td></tr></table>`);

export const JA_C: Msg[] = [
  // ───────────── merge_completed ─────────────
  ja({
    slug: 'merged-misaki-please-check',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'support says the accounts were merged and asks her to check that all looks right (still the completion)',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-12-01 13:26:18'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

ご返信ありがとうございました。
本日、${MISAKI.srcId} のアカウントを ${MISAKI.keepId} へ統合いたしました。
お手数ですが、${MISAKI.keep} でサインインのうえ、認定・特典が表示されているかご確認いただけますと幸いです。
表示に問題がある場合は、このメールへご返信ください。

岡田

${sfOriginal(`高橋 美咲 <${MISAKI.keep}>`, '2026/11/30 22:31', SUPPORT_BARE, formSubject(CASE.misaki), 'はい、統合してください。\n高橋')}`,
  }),
  ja({
    slug: 'merged-ken-sjis-owarimashita',
    kind: 'merge_completed',
    caseId: CASE.ken,
    note: 'casual Japanese: the merge work is finished, SAA now on the kept account',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-26 19:02:33'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

お世話になっております、森です。
ご同意いただいた件、マージ作業が終わりました。
ソリューションアーキテクト アソシエイトの認定が ${KEN.keep} 側に表示されるようになっているはずです、
反映まで少し時間がかかることもありますので、明日以降に一度ご覧になってみてください。

森`,
  }),
  ja({
    slug: 'merged-sakura-ikou-itashimashita',
    kind: 'merge_completed',
    caseId: CASE.sakura,
    note: 'support reports the university account was moved into the current one (移行いたしました)',
    from: SUPPORT,
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-27 08:55:40'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺 さくら 様

大学のアカウント（${SAKURA.srcId}）の認定情報を、${SAKURA.keepId} へ移行いたしました。
今後は ${SAKURA.keep} でサインインしてご利用ください。

前田

${appleJa('2026-11-25 21:40', `渡辺 さくら <${SAKURA.keep}>`, 'お願いします。\n\niPhoneから送信')}`,
  }),
  ja({
    slug: 'merged-shota-and-will-close',
    kind: 'merge_completed',
    caseId: CASE.shota,
    note: 'merge finished and the case will be closed: the new fact is the completion',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-12-02 10:10:10'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

ご承諾ありがとうございました。
併合処理を完了いたしました、銀行のアドレスで取得された認定は ${SHOTA.keepId} に集約されています。
本ケースはこれにてクローズとさせていただきます。

村上`,
  }),
  ja({
    slug: 'merged-yuko-ipponka-outlook',
    kind: 'merge_completed',
    caseId: CASE.yuko,
    note: 'one-line completion (一本化が完了) above an Outlook 日本語 quote of her consent',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-05 14:31:22'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

一本化が完了しました、ご確認ください。

長谷川

${outlookJa('2026-12-04 21:15', `小林 優子 <${YUKO.keep}>`, SUPPORT_BARE, `RE: ${formSubject(CASE.yuko)}`, '長谷川様\n\nその内容で問題ありません。進めてください。\n小林 優子')}`,
  }),
  ja({
    slug: 'merged-dai-b64',
    kind: 'merge_completed',
    caseId: CASE.dai,
    note: 'completion with restated IDs and a reminder that the old login no longer works',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-12-02 16:48:05'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `山本様

${DAI.srcId} の内容を ${DAI.keepId} へ統合する処理が完了いたしましたのでご報告します。
旧アカウント（${DAI.src}）ではサインインできなくなっております。
試験予約も ${DAI.keep} 側でご確認いただけます。

近藤`,
  }),
  ja({
    slug: 'merged-portal-notice-no-case',
    kind: 'merge_completed',
    caseId: null,
    note: "the certification portal's own notice that the accounts have been merged (no case ID)",
    from: PORTAL,
    to: KEN.keep,
    subject: 'AWS 認定: アカウントが統合されました',
    date: D('2026-11-26 18:40:00'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 健一 様

AWS 認定アカウントの統合が完了しました。
以下のアカウントの認定、試験履歴、特典は、現在サインインしているアカウントでご覧いただけます。

統合されたアカウント: ${KEN.src}

お心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。`,
    html: htmlDoc(paras(`中村 健一 様

AWS 認定アカウントの統合が完了しました。
以下のアカウントの認定、試験履歴、特典は、現在サインインしているアカウントでご覧いただけます。

統合されたアカウント: ${KEN.src}

お心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。`)),
  }),
  ja({
    slug: 'merged-ken-other-authserv-only',
    kind: 'merge_completed',
    caseId: CASE.ken,
    trusted: false,
    note: 'only a foreign authserv-id (mx.google.com) vouches for it, below the server Received: untrusted',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-26 19:05:00'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `中村様

アカウントのマージが完了しました。新しいアカウントでご確認ください。

森`,
  }),
  ja({
    slug: 'merged-lookalike-awstraining-cert',
    kind: 'merge_completed',
    caseId: CASE.sakura,
    trusted: false,
    note: 'completion claim from awstraining-certification.com, a look-alike domain: untrusted',
    from: 'AWS Training and Certification <no-reply@awstraining-certification.com>',
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-26 04:12:19'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺様

アカウントの統合が完了しました。
統合後のアカウントを有効にするため、以下よりサインインしてください。
https://awstraining-certification.com/signin

AWS Training and Certification`,
  }),
  ja({
    slug: 'merged-misaki-resent-from-work',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    forUser: false,
    note: 'completion notice redirected from the old company mailbox with Resent-* headers: not delivered to the user as such',
    from: SUPPORT,
    to: MISAKI.src,
    subject: formSubject(CASE.misaki),
    date: D('2026-12-01 13:27:02'),
    auth: 'pass',
    enc: 'jisb64',
    resent: { from: `postmaster@kumo-tech.example.co.jp`, to: MISAKI.keep, date: D('2026-12-01 13:30:44') },
    text: `高橋様

統合元アカウント（${MISAKI.src}）は、${MISAKI.keepId} に統合済みとなりました。
本アドレスでのサインインはできなくなりますのでご注意ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'merged-yuko-credly-separately',
    kind: 'merge_completed',
    caseId: CASE.yuko,
    trap: true,
    note: 'merge done; says Credly badges move separately later: the new fact is the merge, not the badges',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-05 14:40:51'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `小林様

先ほどの補足です。
アカウントの統合は完了しておりますが、Credly のデジタルバッジは別システムのため、まだ旧アドレス側に残っております。
バッジの移行は別途手配しており、完了しましたら改めてお知らせいたします。

長谷川`,
  }),
  ja({
    slug: 'merged-shota-dkim-only-tbird',
    kind: 'merge_completed',
    caseId: CASE.shota,
    note: 'completion signed with an aligned DKIM only (no DMARC line): trusted; quoted under Thunderbird ja header',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-12-02 10:12:47'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `伊藤様

先ほどのメールに記載漏れがありました。
統合済みのアカウントでは、銀行のアドレス宛の試験通知は届かなくなります。統合自体は問題なく終わっております。

村上

${tbirdJa('2026-12-01 23:05', '伊藤 翔太', '村上様\nはい、お願いします。\n伊藤')}`,
  }),

  // ───────────── badges_transferred ─────────────
  ja({
    slug: 'badge-credly-misaki-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge (Japanese subject)',
    from: CREDLY_AWS,
    to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-12-02 03:15:08'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/7c1e0b22-4d8a-4b61-9d2f-0a53e6e4a1b9`,
    html: credlyHtml('高橋 美咲', 'AWS Certified Developer - Associate', '7c1e0b22-4d8a-4b61-9d2f-0a53e6e4a1b9'),
  }),
  ja({
    slug: 'badge-credly-ken-html-only',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly issuance of the AWS SAA badge to the kept address',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-11-28 06:02:44'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyHtml('中村 健一', 'AWS Certified Solutions Architect - Associate', 'e3f90a11-5b2c-47a0-8c3d-2b9e6f1d7c40'),
  }),
  ja({
    slug: 'badge-support-sakura-utsushimashita',
    kind: 'badges_transferred',
    caseId: CASE.sakura,
    note: 'support says the Credly badge was moved to the kept address',
    from: SUPPORT,
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-30 11:20:39'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

ご連絡いただいたCredlyのバッジの件、${SAKURA.keep} 宛てに付け替えを行いました。
クラウドプラクティショナーのバッジが現在のCredlyアカウントに表示されていることをご確認ください。

前田

${gmailJa('2026-11-29 10:02', `渡辺 さくら <${SAKURA.keep}>`, '前田様\n統合ありがとうございました。\nただCredlyのバッジが大学のアドレスのままになっています、、\nこちらも移せますか？')}`,
  }),
  ja({
    slug: 'badge-support-shota-and-close',
    kind: 'badges_transferred',
    caseId: CASE.shota,
    note: 'support announces the badges moved too and closes the case',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-12-04 15:05:59'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

Credlyのバッジにつきましても、統合先のアカウントへの移行が完了いたしました。
Credly から届くメールのご案内に沿ってバッジを受け取ってください。
以上をもちまして、本件は完了とさせていただきます。

村上`,
  }),
  ja({
    slug: 'badge-credly-yuko-three',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS issuer) tells her three badges were added to the kept address',
    from: CREDLY_AWS,
    to: YUKO.keep,
    subject: '3件のバッジがあなたのCredlyアカウントに追加されました',
    date: D('2026-12-06 01:44:12'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 優子 さん

Amazon Web Services Training and Certification が、あなたのメールアドレス ${YUKO.keep} に次のバッジを発行しました。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect - Associate
・AWS Certified SysOps Administrator - Associate

Credly にサインインしてバッジを受け取り、LinkedIn などで共有しましょう。
https://www.credly.com/users/sign_in`,
  }),
  ja({
    slug: 'badge-support-dai-tsukekae',
    kind: 'badges_transferred',
    caseId: CASE.dai,
    note: 'support: the Credly badges were re-linked to the kept address, with Gmail quote of his question',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-12-04 10:37:21'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `山本様

Credly 上のバッジを ${DAI.keep} に付け替えました。
数時間以内に Credly から受け取りの案内が届きます。

近藤

${gmailJa('2026-12-03 08:12', `山本 大輔 <${DAI.keep}>`, '近藤様\n統合は確認できました。バッジの方はどうなりますか？')}`,
  }),
  ja({
    slug: 'badge-lookalike-credly-net',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'badge mail from credly-badges.net, a look-alike of credly.com: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>',
    to: KEN.keep,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    date: D('2026-11-27 22:51:03'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 健一 さん

あなたのバッジが新しいアカウントに移行されました。
下のボタンからサインインしてバッジを受け取ってください。
https://credly-badges.net/accept`,
  }),
  ja({
    slug: 'badge-support-ken-lookalike-authserv',
    kind: 'badges_transferred',
    caseId: CASE.ken,
    trusted: false,
    note: 'topmost Authentication-Results is from mx.test.example.mailhub-relay.net, not the receiving server: untrusted',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-28 09:10:00'),
    auth: 'lookalikeServer',
    enc: 'jis7',
    text: `中村様

Credlyのバッジも統合先へ移し終えました。

森`,
  }),
  ja({
    slug: 'badge-credly-to-team-list',
    kind: 'badges_transferred',
    caseId: null,
    forUser: false,
    note: "AWS badge via Credly addressed to a team list, not one of the user's addresses",
    from: CREDLY_AWS,
    to: TEAM_LIST,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-11-29 04:00:31'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `cloud-team さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/0b8d6f35-19e2-4c7a-a1f4-5d3c2e9b8a76`,
  }),
  ja({
    slug: 'badge-support-misaki-reissued-sjis',
    kind: 'badges_transferred',
    caseId: CASE.misaki,
    note: 'support re-issued the badges to the kept address; tells her to accept them from the Credly mail',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-12-02 02:58:40'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

会社のアドレスに紐づいていたCredlyのバッジを、${MISAKI.keep} 宛に再発行いたしました。
Credlyから「バッジ発行のお知らせ」が届きましたら、「バッジを入手する」からお受け取りください。

岡田`,
  }),
  ja({
    slug: 'badge-credly-sakura-b64',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly issuance to the kept address after support moved the badge (base64 UTF-8)',
    from: CREDLY_AWS,
    to: SAKURA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-11-30 12:04:15'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺 さくら さん

おめでとうございます！Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Cloud Practitioner
発行日: 2026年11月30日

バッジを入手する
https://www.credly.com/earner/earned/badge/5a2c9e71-3f08-4d6b-b7e1-8c4f0d2a9e13`,
  }),
];
