// fo set, Japanese messages part 2: badges_transferred, case_closed, support_reply, unrelated
import type { Msg } from './lib.js';
import {
  CASE, CREDLY, CREDLY_AWS, CREDLY_NOTIFY, CREDLY_SUPPORT, D, FORM, HANAKO, KENJI, NOREPLY, SUPPORT_AWS, TARO, TC, YUI,
  credlyCard, formSubj, fwdJa, gmailJa, html, mk, outlookJa, q, sfQuoteJa,
} from './common.js';

const BADGE_SAA = 'AWS Certified Solutions Architect - Associate';
const BADGE_DVA = 'AWS Certified Developer - Associate';
const BADGE_SOA = 'AWS Certified SysOps Administrator - Associate';
const BADGE_CLF = 'AWS Certified Cloud Practitioner';

export const JA2: Msg[] = [
  // ---------------- badges_transferred (10)
  mk({
    slug: 'ja-bt-credly-reissued-kenji',
    kind: 'badges_transferred', lang: 'ja',
    note: 'AWS via Credly: badge re-issued to the kept address because of the account consolidation',
    from: CREDLY_AWS, to: KENJI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-02-20 06:12:48'), enc: 'utf8qp',
    text: `渡辺 健二 さん

認定アカウントの統合に伴い、Amazon Web Services Training and Certification から、以前 ${KENJI.src} 宛てに発行されていたバッジが ${KENJI.keep} 宛てに再発行されました。

${BADGE_DVA}

「バッジを入手する」から受け取ると、プロフィールに表示されます。
https://www.credly.com/earner/earned/badge/8e1f0c34-5b7a-4c21-a0f2-6a0d3b9e11c7

Credly, Inc.`,
    html: credlyCard({
      title: 'バッジが再発行されました',
      lead: `認定アカウントの統合に伴い、Amazon Web Services Training and Certification から、以前 ${KENJI.src} 宛てに発行されていたバッジが ${KENJI.keep} 宛てに再発行されました。`,
      badge: BADGE_DVA, issuer: 'Amazon Web Services Training and Certification', button: 'バッジを入手する',
      foot: 'このメールは Credly から送信されています。', url: 'https://www.credly.com/earner/earned/badge/8e1f0c34-5b7a-4c21-a0f2-6a0d3b9e11c7',
    }),
  }),
  mk({
    slug: 'ja-bt-support-moved-close',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.yui,
    note: 'support says the badges moved to the kept account and closes: badges_transferred',
    from: FORM, to: YUI.keep,
    subject: formSubj(CASE.yui),
    date: D('2026-03-16 11:02:12'), enc: 'jis7',
    text: `中村 結衣 様

三浦です。お待たせしました。
Credly チームより、旧アドレス宛てだった SysOps Administrator のバッジを ${YUI.keep} のアカウントへ移し終えたとの連絡がありました。Credly にサインインすると表示されているはずです。

こちらで本件はクローズとさせていただきます。ありがとうございました。

三浦`,
  }),
  mk({
    slug: 'ja-bt-credly-transferred-list',
    kind: 'badges_transferred', lang: 'ja',
    note: 'Credly notice: AWS badges from the old address transferred to this account at the issuer\'s request',
    from: CREDLY_NOTIFY, to: HANAKO.keep,
    subject: 'バッジがお客様のアカウントに移管されました',
    date: D('2026-01-30 02:41:05'), enc: 'utf8b64',
    text: `佐藤 花子 様

発行元 Amazon Web Services Training and Certification の依頼により、${HANAKO.src} 宛てに発行されていた次のバッジを、お客様のアカウント (${HANAKO.keep}) に移管しました。

・${BADGE_SAA}
・AWS Knowledge: Cloud Essentials

移管されたバッジの公開設定は、移管前の設定を引き継いでいます。

Credly チーム`,
  }),
  mk({
    slug: 'ja-bt-support-after-complaint',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenjiB,
    note: 'after the user reported missing badges, support reports Credly re-issued them and they now show',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenjiB),
    date: D('2026-04-07 16:47:03'), enc: 'utf8b64',
    text: `渡辺 健二 様

高橋です。バッジの件、大変お待たせいたしました。
Credly 側での再発行処理が終わり、${BADGE_SAA}、${BADGE_DVA}、${BADGE_SOA} の3件が ${KENJI.keep} のプロフィールに表示されるようになったことをこちらでも確認しました。

旧アドレス宛ての通知が残っている場合は、無視していただいて問題ありません。

高橋

${gmailJa('2026-04-05 22:17', `渡辺 健二 <${KENJI.keep}>`, `高橋様
統合の件ありがとうございました。
ただ、Credly のバッジがまだ旧アドレスの方にしかありません。見ていただけますか。`)}`,
  }),
  mk({
    slug: 'ja-bt-sjis-reassigned',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro,
    note: 'support: three badges of the old account re-pointed to the new address (Shift_JIS)',
    from: FORM, to: TARO.keep,
    subject: `RE:[CASE ${CASE.taro}] Credly バッジの再発行について`,
    date: D('2026-04-22 13:36:50'), enc: 'sjis8',
    text: `山田様

小林です。続報です。
旧アカウントでお持ちだった認定バッジ 3 件を、${TARO.keep} 宛てに付け替えました。
Credly の「獲得したバッジ」ページでご確認いただけます。もし表示が古いままでしたら、一度サインアウトしてからお試しください。

小林`,
  }),
  mk({
    slug: 'ja-bt-credly-digest-reissue',
    kind: 'badges_transferred', lang: 'ja',
    note: 'Credly digest: two badges added to the account, re-issued by AWS after an account consolidation',
    from: CREDLY, to: YUI.keep,
    subject: '2件のバッジがあなたのアカウントに追加されました',
    date: D('2026-03-15 08:00:31'), enc: 'utf8qp',
    text: `中村 結衣 さん

今週あなたの Credly アカウントに追加されたバッジ:

1. ${BADGE_SOA}
   発行元: Amazon Web Services Training and Certification
   (アカウント統合による再発行。元の発行日 2024/06/11)
2. AWS Knowledge: Architecting
   発行元: Amazon Web Services Training and Certification
   (アカウント統合による再発行。元の発行日 2025/01/20)

まだ受け取っていないバッジは、ダッシュボードから承認できます。
https://www.credly.com/earner/dashboard`,
  }),
  mk({
    slug: 'ja-bt-mobile-short',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako,
    note: 'short reply: badges are now on the kept account; Gmail quote of the user\'s question below',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-31 10:11:00'), enc: 'jisb64',
    text: `佐藤様

バッジは ${HANAKO.keep} の Credly アカウントに移っています。ご確認ください。

西田

${gmailJa('2026-01-30 08:55', `佐藤 花子 <${HANAKO.keep}>`, `西田様
統合ありがとうございました。SAA のバッチも新しい方に移りますか?
iPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-bt-misaligned-forgery',
    kind: 'badges_transferred', lang: 'ja',
    trusted: false, auth: 'misaligned',
    note: 'Credly-looking transfer notice with DKIM of an unrelated bulk-mail domain and dmarc=fail: untrusted',
    from: CREDLY, to: TARO.keep,
    subject: 'バッジの移行が完了しました',
    date: D('2026-04-20 01:05:59'), enc: 'utf88bit',
    text: `山田 太郎 さん

AWS 認定のバッジ 3 件を ${TARO.keep} のアカウントへ移行しました。
表示を有効にするには、48 時間以内に以下からログインしてください。
https://credly-badge-center.example.com/login

Credly`,
  }),
  mk({
    slug: 'ja-bt-credly-html-only',
    kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly card: the badge is issued again to the kept address following the account merge',
    from: CREDLY_AWS, to: TARO.keep,
    subject: 'バッジを受け取ってください: AWS Certified Solutions Architect - Associate',
    date: D('2026-04-21 20:40:12'), enc: 'utf8b64', wholeSubject: true,
    html: credlyCard({
      title: 'あなたのバッジが新しいメールアドレスに届きました',
      lead: `AWS 認定アカウントが統合されたため、Amazon Web Services Training and Certification は ${TARO.src} に発行していたバッジを ${TARO.keep} に改めて発行しました。以前のアドレスのバッジは無効になります。`,
      badge: BADGE_SAA, issuer: 'Amazon Web Services Training and Certification', button: 'バッジを入手する',
      foot: 'Credly, Inc. 13000 Biscayne Blvd, Miami, FL', url: 'https://www.credly.com/earner/earned/badge/1b9d7f20-3c44-4e8a-9a51-77d2e0c5f4aa',
    }),
  }),
  mk({
    slug: 'ja-bt-confirmed-move',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.yui,
    note: 'support states the three badges now sit on the kept address; identifiers between the words',
    from: FORM, to: `${YUI.ja} <${YUI.keep}>`,
    subject: `RE: [CASE ${CASE.yui}] バッジの移行について`,
    date: D('2026-03-14 17:19:05'), enc: 'sjisb64',
    text: `中村様

三浦です。
SOA、Cloud Practitioner、Knowledge: Architecting の 3 つのバッジについて、Credly 上で ${YUI.keep} 宛てへの移動が済んでいることを確認いたしました。
旧アドレス ${YUI.src} 側のプロフィールからは消えています。

以上、ご報告まで。
三浦`,
  }),

  // ---------------- case_closed (7)
  mk({
    slug: 'ja-closed-no-reply-7days',
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: 'will close in 7 days without a reply',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-24 10:00:07'), enc: 'jis7',
    text: `渡辺 健二 様

先日お送りしたご案内について、その後いかがでしょうか。
7 日以内にご返信がない場合は、解決済みとして本ケースを終了いたします。終了後も、このメールに返信いただければ再開できます。

岡本`,
  }),
  mk({
    slug: 'ja-closed-restates-badges',
    kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'closing notice that only restates the earlier badge move: case_closed',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-02-06 09:48:27'), enc: 'utf8qp',
    text: `佐藤 花子 様

西田です。
先日ご案内のとおり、バッジの移行までひととおり完了しておりますので、本ケースはクローズさせていただきます。
また何かございましたら、新しくお問い合わせください。

西田`,
  }),
  mk({
    slug: 'ja-closed-resolved-notice',
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'system notice: case status changed to resolved',
    from: SUPPORT_AWS, to: TARO.keep,
    subject: `ケース ${CASE.taro} は解決済みになりました`,
    date: D('2026-04-25 00:30:45'), enc: 'jisb64',
    text: `山田 太郎 様

サポートケース ${CASE.taro}「アカウント統合後の Credly バッジの再発行について」のステータスが「解決済み」に変更されました。

追加のご質問がある場合は、サポートセンターからケースを再度開いてください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-user-said-ok',
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiB,
    note: 'closing after the user said the badges look fine (Shift_JIS base64)',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenjiB),
    date: D('2026-04-09 12:12:12'), enc: 'sjisb64',
    text: `渡辺様

ご連絡ありがとうございます。問題なく表示されているとのこと、安心いたしました。
それでは本件はこれにて終了とさせていただきます。

高橋

${sfQuoteJa(`${KENJI.ja} <${KENJI.keep}>`, '2026/04/08 23:40', formSubj(CASE.kenjiB), q(`高橋様
確認しました。3つとも新しいアドレスで見えています。
ありがとうございました。`))}`,
  }),
  mk({
    slug: 'ja-closed-auto-reminder',
    kind: 'case_closed', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'auto-close reminder (3 days) that restates the earlier merge',
    from: NOREPLY, to: YUI.keep,
    subject: `[CASE ${CASE.yui}] まもなく自動的にクローズされます`,
    date: D('2026-03-19 06:00:00'), enc: 'utf8b64',
    text: `中村 結衣 様

お客様のケース ${CASE.yui} は、担当者からの最終回答 (アカウント統合完了のご案内) 以降ご返信がありません。
3 日後にこのケースは自動的にクローズされます。

引き続きサポートが必要な場合は、このメールに返信してください。`,
  }),
  mk({
    slug: 'ja-closed-other-only-auth',
    kind: 'case_closed', lang: 'ja', caseId: CASE.hanakoDup,
    trusted: false, auth: 'otherOnly',
    note: 'closing of the duplicate case; only a foreign Authentication-Results header: untrusted',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanakoDup),
    date: D('2026-01-28 11:11:41'), enc: 'jis7',
    text: `佐藤様

こちらのケース (${CASE.hanakoDup}) は、元のケース ${CASE.hanako} でご対応を続けておりますので、本日クローズいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-html-survey-link',
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'closing notice (multipart) with a survey link at the bottom; closing is the news',
    from: FORM, to: TARO.keep,
    subject: `RE:[CASE ${CASE.taro}] Credly バッジの再発行について`,
    date: D('2026-04-24 18:20:36'), enc: 'utf8qp',
    text: `山田 太郎 様

その後お変わりないようですので、本件は解決したものとして、こちらでケースを閉じさせていただきます。

今回の対応についてアンケートにご協力ください。
https://survey.aws.example/feedback?c=${CASE.taro}

小林`,
    html: html(`山田 太郎 様

その後お変わりないようですので、本件は解決したものとして、こちらでケースを閉じさせていただきます。

今回の対応についてアンケートにご協力ください。

小林`),
  }),

  // ---------------- support_reply (8)
  mk({
    slug: 'ja-sr-asked-credly',
    kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'support asked Credly to move the badges; not done yet',
    from: FORM, to: YUI.keep,
    subject: formSubj(CASE.yui),
    date: D('2026-03-12 17:40:00'), enc: 'jis7',
    text: `中村 結衣 様

URL のご提供ありがとうございました。
いただいた情報をもとに、Credly の担当チームへバッジの移動を依頼しました。反映までに 3 から 5 営業日ほどかかる場合がございます。動きがありましたら改めてご連絡します。

三浦`,
  }),
  mk({
    slug: 'ja-sr-not-yet',
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'status: merge not completed yet, the team is working on it',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-17 14:08:31'), enc: 'sjis8',
    text: `渡辺様

お問い合わせありがとうございます。岡本です。
現在、担当部署で統合作業を進めておりますが、まだ完了しておりません。完了しだいこちらからお知らせいたしますので、もうしばらくお待ちいただけますと幸いです。

岡本`,
  }),
  mk({
    slug: 'ja-sr-thanks-consent',
    kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'thanks for confirming, passed to the team: support_reply',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-24 10:02:00'), enc: 'utf8b64',
    text: `佐藤 花子 様

ご承諾のご連絡、確かに承りました。
統合作業は専門チームが行いますので、本日付で引き継ぎました。作業が終わりましたら改めてご報告いたします。

西田

${outlookJa(`佐藤 花子 <${HANAKO.keep}>`, '2026-01-23 19:02', FORM, formSubj(CASE.hanako), `西田様
上記の内容で問題ありません。統合に同意します。
佐藤`)}`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep',
    kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: '"write to us from the address you keep" without asking for data: support_reply',
    from: FORM, to: TARO.src,
    subject: `RE:[CASE ${CASE.taro}] Credly バッジの再発行について`,
    date: D('2026-04-14 16:55:02'), enc: 'jisb64',
    text: `山田 太郎 様

AWS 認定サポートの 小林 です。
お手数ですが、今後のやりとりは統合後にお使いになるアドレスからお送りいただけますでしょうか。セキュリティ上、登録アドレス以外からのご依頼には対応できかねます。

小林`,
    rcpt: TARO.src,
  }),
  mk({
    slug: 'ja-sr-escalated',
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenjiB, trap: true,
    note: 'badge issue escalated to the Credly team; status only',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenjiB),
    date: D('2026-04-03 11:21:44'), enc: 'utf8qp',
    text: `渡辺様

高橋です。
バッジが旧アドレスのプロフィールに残っている件、社内の Credly 連携担当へエスカレーションしました。再発行の可否も含めて確認中です。
進展がありましたら、こちらのケースでご連絡差し上げます。

高橋`,
  }),
  mk({
    slug: 'ja-sr-conditional',
    kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'conditional future: 「統合が完了しましたら」 badges will move',
    from: FORM, to: YUI.keep,
    subject: formSubj(CASE.yui),
    date: D('2026-03-07 15:35:20'), enc: 'sjisb64',
    text: `中村様

ご質問の件、お答えします。
統合が完了しましたら、旧アカウントのバッジは通常、統合先のメールアドレスに向けて発行し直されます。その際 Credly から通知が届きますので、受け取り操作だけお願いいたします。
現時点でお客様に必要な作業はございません。

三浦`,
  }),
  mk({
    slug: 'ja-sr-cases-merged',
    kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako),
    date: D('2026-01-21 13:30:09'), enc: 'jis7',
    text: `佐藤 花子 様

同じご用件で 2 件のお問い合わせ (${CASE.hanako} / ${CASE.hanakoDup}) をいただいておりましたので、ケースを 1 つに統合し、以降は ${CASE.hanako} にてご対応いたします。
アカウントの件はただいま確認中です。

西田`,
  }),
  mk({
    slug: 'ja-sr-unable-now',
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'negated: cannot merge now because an exam is booked on the source account',
    from: FORM, to: KENJI.keep,
    subject: formSubj(CASE.kenji),
    date: D('2026-02-14 09:50:12'), enc: 'utf8b64',
    text: `渡辺 健二 様

確認したところ、統合元のアカウント ${KENJI.srcId} に 2/21 の試験予約が残っているため、現時点ではアカウントの統合を行うことができません。
試験が終わって結果が反映されたあとであれば対応可能です。その際はこのケースにご返信ください。

岡本`,
  }),

  // ---------------- unrelated (13)
  mk({
    slug: 'ja-un-new-badge-earned',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge for an exam just passed: a new badge, not a transfer',
    from: CREDLY_AWS, to: KENJI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-05-11 04:22:10'), enc: 'utf8qp',
    text: `渡辺 健二 さん、おめでとうございます!

AWS Certified Solutions Architect - Professional 試験の合格により、Amazon Web Services Training and Certification から新しいバッジが発行されました。

「バッジを入手する」をクリックして受け取り、LinkedIn などで共有しましょう。
https://www.credly.com/earner/earned/badge/44c0a8d9-1e67-4b1f-bc3e-2f19a6d70e02`,
    html: credlyCard({
      title: '新しいバッジが発行されました', lead: 'AWS Certified Solutions Architect - Professional 試験の合格により、Amazon Web Services Training and Certification から新しいバッジが発行されました。',
      badge: 'AWS Certified Solutions Architect - Professional', issuer: 'Amazon Web Services Training and Certification', button: 'バッジを入手する',
      foot: '受け取り期限はありません。', url: 'https://www.credly.com/earner/earned/badge/44c0a8d9-1e67-4b1f-bc3e-2f19a6d70e02',
    }),
  }),
  mk({
    slug: 'ja-un-expiring',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'certification/badge expiring in 90 days: a reminder, not part of the merge case',
    from: TC, to: HANAKO.keep,
    subject: 'あなたの AWS 認定の有効期限が 90 日後に切れます',
    date: D('2026-06-02 09:00:00'), enc: 'jisb64',
    text: `佐藤 花子 様

AWS Certified Cloud Practitioner の有効期限は 2026年8月31日 です。
期限を過ぎると、認定と Credly のデジタルバッジは失効扱いになります。
再認定の方法や、上位資格の取得による更新については下記をご覧ください。
https://aws.amazon.com/certification/recertification/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-expired-credly',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly: a badge has expired',
    from: CREDLY, to: YUI.keep,
    subject: 'バッジの有効期限が切れました',
    date: D('2026-07-01 03:15:00'), enc: 'utf8b64',
    text: `中村 結衣 さん

次のバッジが有効期限を迎えました。
AWS Certified Developer - Associate (Amazon Web Services Training and Certification)
有効期限: 2026/06/30

期限切れのバッジはプロフィールに「期限切れ」と表示されます。再取得した場合は新しいバッジが発行されます。

Credly`,
  }),
  mk({
    slug: 'ja-un-university-badge',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from a university (another issuer)',
    from: '東都工業大学 via Credly <admin@credly.com>', to: TARO.keep,
    subject: '東都工業大学のバッジ発行のお知らせ',
    date: D('2026-03-25 15:02:40'), enc: 'jis7',
    text: `山田 太郎 さん

東都工業大学 社会人講座「クラウド設計実践」の修了により、デジタルバッジが発行されました。
下のリンクからバッジを入手し、プロフィールに追加してください。
https://www.credly.com/earner/earned/badge/0c8b1d4e-7f2a-45c6-9b0e-d5a3c1e90b17

Credly`,
  }),
  mk({
    slug: 'ja-un-ms-accepted',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Microsoft badge accepted on Credly (another issuer)',
    from: 'Microsoft via Credly <admin@credly.com>', to: KENJI.keep,
    subject: 'バッジを受け取りました: Microsoft Certified: Azure Fundamentals',
    date: D('2026-02-28 21:33:33'), enc: 'utf8qp',
    text: `渡辺 健二 さん

Microsoft Certified: Azure Fundamentals のバッジを受け取りました。
このバッジは現在、あなたの Credly プロフィールで公開されています。
バッジをメール署名や LinkedIn に追加してみましょう。

Credly`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge authorization code: unrelated by the guide',
    from: CREDLY, to: HANAKO.src,
    subject: 'Credly アカウント統合の確認コード',
    date: D('2026-02-01 20:14:25'), enc: 'utf8b64',
    text: `こんにちは

${HANAKO.keep} のアカウントにこのアカウントを統合するリクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください。

確認コード: 583 204

心当たりがない場合は、このメールを無視してください。

Credly`,
    rcpt: HANAKO.src,
  }),
  mk({
    slug: 'ja-un-user-forward-colleague',
    kind: 'unrelated', lang: 'ja', trap: true, trusted: false, forUser: false, auth: 'none',
    note: 'the user\'s own forward of the badge-transfer notice to a colleague: not from support, not to the user',
    from: `${YUI.ja} <${YUI.keep}>`, to: '経理 田村 <tamura@newfirm.example.co.jp>',
    subject: 'Fwd: バッジがお客様のアカウントに移管されました',
    date: D('2026-03-16 12:30:00'), enc: 'utf8qp',
    text: `田村さん

資格手当の申請用に、Credly のバッジが新しいアドレスに移ったことの通知を転送します。
プロフィールの URL も下に貼っておきます。
https://www.credly.com/users/yui-nakamura

中村

${fwdJa(CREDLY_NOTIFY, '2026-03-15 08:00', 'バッジがお客様のアカウントに移管されました', YUI.keep, `中村 結衣 様

発行元 Amazon Web Services Training and Certification の依頼により、次のバッジをお客様のアカウントに移管しました。
・${BADGE_SOA}`)}`,
    deliveredTo: null,
  }),
  mk({
    slug: 'ja-un-colleague-ooo',
    kind: 'unrelated', lang: 'ja', trap: true, trusted: false, auth: 'pass',
    note: 'a colleague\'s out-of-office auto-reply on a thread about badges',
    from: '田村 誠 <tamura@newfirm.example.co.jp>', to: YUI.keep,
    subject: '自動応答: Fwd: バッジがお客様のアカウントに移管されました',
    date: D('2026-03-16 12:30:09'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。田村です。
3月16日から3月20日まで休暇をいただいております。
期間中のメールは確認できませんので、お急ぎの方は経理部代表 (keiri@newfirm.example.co.jp) までご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-survey',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'satisfaction survey ("was your issue resolved?")',
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>', to: KENJI.keep,
    subject: 'サポートについてのアンケートのお願い',
    date: D('2026-04-10 10:00:00'), enc: 'utf8qp',
    text: `渡辺 健二 様

先日はバッジの件でお問い合わせいただき、ありがとうございました。
お問い合わせは解決しましたか? 1 分ほどで終わるアンケートにご協力ください。

https://survey.aws.example/s/ja-tc-2026
はい、解決した / いいえ、解決していない

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-share-reminder',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly nudge to share an accepted badge',
    from: CREDLY_NOTIFY, to: TARO.keep,
    subject: 'バッジを共有して、スキルをアピールしましょう',
    date: D('2026-05-03 12:00:00'), enc: 'utf8b64',
    text: `山田 太郎 さん

先週受け取ったバッジ「AWS Certified Solutions Architect - Associate」はまだ共有されていません。
LinkedIn に追加すると、プロフィールの閲覧数が増える傾向があります。

[LinkedIn で共有] [リンクをコピー]

配信停止はこちら: https://www.credly.com/notifications/unsubscribe`,
  }),
  mk({
    slug: 'ja-un-revoked-conference',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'a conference badge revoked by its issuer (not AWS)',
    from: 'Cloud Native Days Japan via Credly <admin@credly.com>', to: HANAKO.keep,
    subject: 'バッジが取り消されました',
    date: D('2026-02-12 18:45:00'), enc: 'jisb64',
    text: `佐藤 花子 さん

発行元 Cloud Native Days Japan により、次のバッジが取り消されました。
「CNDJ 2025 スピーカー」

理由: 登録情報の誤りによる再発行のため
正しい内容のバッジが後日あらためて発行されます。

Credly`,
  }),
  mk({
    slug: 'ja-un-other-case-receipt',
    kind: 'unrelated', lang: 'ja', trap: true,
    note: 'receipt of the user\'s other case (exam voucher refund): says its topic, so not the merge case',
    from: NOREPLY, to: TARO.keep,
    subject: `[CASE ${CASE.otherVoucher}] お問い合わせを受け付けました`,
    date: D('2026-05-20 08:41:13'), enc: 'sjisb64',
    text: `山田 太郎 様

ケース ${CASE.otherVoucher} を作成しました。
内容: 試験バウチャーの返金について

担当者から追ってご連絡いたします。

Amazon Web Services`,
    caseId: CASE.otherVoucher,
  }),
  mk({
    slug: 'ja-un-phish-keep-badges',
    kind: 'unrelated', lang: 'ja', trap: true, trusted: false, auth: 'fail',
    note: 'phishing on a look-alike Credly domain: "log in or lose your badges"',
    from: 'Credly <security@credly-support.jp>', to: KENJI.keep,
    subject: '【重要】バッジが削除されます',
    date: D('2026-04-28 02:02:02'), enc: 'utf8qp',
    text: `渡辺様

アカウント統合の影響で、あなたのバッジが失われる可能性があります。
24 時間以内に下記から本人確認を行わない場合、すべてのバッジが削除されます。
https://credly-support.jp/verify

Credly セキュリティチーム`,
  }),
];

// export also the badge titles for the English file
export { BADGE_CLF, BADGE_DVA, BADGE_SAA, BADGE_SOA };
