// Set m, Japanese part C: support_reply, unrelated.
import type { Msg } from './lib.js';
import {
  CASE, FOOT_JA_1, FOOT_JA_2, KENTA, MISAKI, NOTIFY_JA, PORTAL, SHO, SUP_JA, YUMI,
  d, formSubj, fwdJa, gmailJa, mk, outlookJa, sfOrig, sfRef, to,
} from './common.js';

export const JA_C: Msg[] = [
  // ───────────── support_reply (11) ─────────────
  mk({
    slug: 'ja-sr-thanks-for-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'thanks for the consent, passed to the team; uses confirmation words but no new event',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-07 01:20:48', '+0000'), enc: 'jis7',
    text: `加藤 由美 様

ご承諾のご返信を賜り、誠にありがとうございます。西村でございます。
いただいたご同意を確認いたしましたので、統合作業を担当する部署へ本件を引き継ぎました。
作業の進捗につきましては、担当部署より追ってご案内申し上げます。

今しばらくお待ちくださいますよう、何卒よろしくお願い申し上げます。

西村
${FOOT_JA_2}

${gmailJa('2026年2月6日(金) 22:40', YUMI.ja, YUMI.keep, '西村様\n\n承諾いたします。よろしくお願いいたします。\n\n加藤')}`,
  }),
  mk({
    slug: 'ja-sr-escalated-3-5-days-sjis', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'status: handed to the back-office team, 3-5 business days; future merge, nothing done yet',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-12 09:44:00', '+0000'), enc: 'sjis8',
    text: `松本 翔 様

平素より大変お世話になっております。藤井でございます。

ご依頼の件は、統合作業を担う専門チームへエスカレーションいたしました。
通常、作業着手から3～5営業日ほどお時間を頂戴しております。
進捗がございましたら、改めて本ケースにてご連絡申し上げます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

藤井
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-sr-kanryo-shimashitara-future', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「統合が完了しましたら改めてご連絡いたします」: future statement, not the completion',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-23 08:17:55', '+0000'), enc: 'jisb64',
    text: `渡辺 美咲 様

お世話になっております。森田でございます。
ご同意の旨、確かに拝受いたしました。

現在、統合処理の順番待ちとなっております。統合が完了しましたら、
改めて本ケースにてご連絡いたしますので、それまでの間は統合元アカウントでの
試験のご予約などはお控えいただけますと幸いです。

森田
${sfRef('0Kc81Rg')}`,
  }),
  mk({
    slug: 'ja-sr-not-yet-completed-qp', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, trap: true,
    note: '「現時点では統合は完了しておりません」: negated completion, a status answer',
    from: SUP_JA, to: to(KENTA, KENTA.keep), subject: formSubj(CASE.kenta),
    date: d('2026-01-12 03:33:17', '+0000'), enc: 'utf8qp',
    text: `伊藤 健太 様

お問い合わせいただきありがとうございます。岡本でございます。

「認定が反映されていない」とのご連絡をいただきましたが、
確認いたしましたところ、現時点では統合処理はまだ完了しておりません。
担当部署にて作業中でございますので、完了のご連絡まで今しばらくお待ちください。

岡本

${outlookJa(`伊藤 健太 <${KENTA.keep}>`, '2026年1月12日 9:10', 'AWS Training and Certification', formSubj(CASE.kenta), '岡本様\n\n同意のメールを送ってから2日経ちましたが、まだ新しいアカウントに認定が出てきません。\n\n伊藤')}`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「重複したケースを統合いたしました」: merges duplicate cases, not the accounts',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), cc: to(MISAKI, MISAKI.src), subject: formSubj(CASE.misaki),
    date: d('2026-01-20 12:40:03', '+0000'), enc: 'utf8b64',
    text: `渡辺 美咲 様

AWS トレーニングと認定の森田でございます。

同一のご依頼として、ケース ${CASE.misakiDup} もご起票いただいておりましたため、
重複しているケースを本ケース(${CASE.misaki})へ統合いたしました。
以降のやり取りは本ケースにて承りますので、こちらへご返信くださいますよう
お願い申し上げます。

なお、アカウントの統合そのものにつきましては、現在ご案内中の手順に沿って
引き続き対応させていただきます。

森田`,
  }),
  mk({
    slug: 'ja-sr-name-mismatch-cannot', kind: 'support_reply', lang: 'ja', caseId: CASE.sho2, trap: true,
    note: 'explains the merge cannot be done (different holder name), asks nothing: support_reply',
    from: SUP_JA, to: to(SHO, SHO.src), subject: formSubj(CASE.sho2),
    date: d('2026-02-26 05:55:40', '+0000'), enc: 'jis7',
    text: `松本 翔 様

平素より格別のご高配を賜り、誠にありがとうございます。

ご依頼いただいたアカウントにつき確認いたしましたが、
ご指定の候補ID(AWS27718851)に登録されているお名前が松本様のご氏名と異なり、
弊社の規定上、本件の統合を承ることはいたしかねます。

ご期待に沿えず誠に申し訳ございませんが、何卒ご理解賜りますようお願い申し上げます。

Grace L.
AWS トレーニングと認定
${sfRef('0Nx5Hb2')}`,
  }),
  mk({
    slug: 'ja-sr-voucher-answer-sjisb64', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, trap: false,
    note: 'answers a question about the 50% voucher; no merge event',
    from: SUP_JA, to: to(YUMI, YUMI.keep), subject: formSubj(CASE.yumi),
    date: d('2026-02-12 04:14:14', '+0000'), enc: 'sjisb64',
    text: `加藤 由美 様

お世話になっております。西村でございます。

ご質問いただいた次回受験の50%割引特典につきまして、
${YUMI.keepId} の「特典」ページに表示されているものがご利用可能でございます。
有効期限は表示のとおりとなりますので、お早めのご利用をおすすめいたします。

ほかにご不明な点がございましたら、お気軽にお申し付けください。

西村
${FOOT_JA_2}`,
  }),
  mk({
    slug: 'ja-sr-write-from-kept-only', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, trap: true,
    note: 'asks to write from the kept address without asking for any data: support_reply',
    from: SUP_JA, to: to(KENTA, KENTA.src), subject: formSubj(CASE.kenta),
    date: d('2026-01-07 23:58:20', '+0000'), enc: 'jis7',
    text: `伊藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。岡本でございます。

今回のご連絡は統合元のアドレスから頂戴しておりますが、
統合のご依頼は、存続させるアカウントのメールアドレスから
お送りいただく決まりとなっております。
恐縮ではございますが、${KENTA.keep} より本ケースへご返信いただけますと幸いです。

岡本
${FOOT_JA_1}`,
  }),
  mk({
    slug: 'ja-sr-apology-delay-qp', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'apology for the delay, still reviewing; nothing asked',
    from: SUP_JA, to: to(SHO, SHO.keep), subject: formSubj(CASE.sho),
    date: d('2026-02-11 22:10:10', '+0000'), enc: 'utf8qp',
    crlf: false,
    text: `${gmailJa('2026年2月11日(水) 23:50', SHO.ja, SHO.keep, '藤井様\n\n昨日お送りした情報で不足はありませんでしたでしょうか。\n\n松本')}

松本 翔 様

ご連絡が遅くなり、誠に申し訳ございません。藤井でございます。
現在、頂戴した内容を弊社記録と照らし合わせております。
確認がとれ次第、本日中を目途にご連絡差し上げますので、
今しばらくお待ちいただけますと幸いです。

藤井`,
  }),
  mk({
    slug: 'ja-sr-lookalike-authserv', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'status update whose A-R comes from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    from: SUP_JA, to: to(MISAKI, MISAKI.keep), subject: formSubj(CASE.misaki),
    date: d('2026-01-24 19:20:00', '+0900'), enc: 'jis7', auth: 'lookalikeServer', trusted: false,
    text: `渡辺 美咲 様

お問い合わせの件、現在確認中でございます。
進捗がございましたらご連絡いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-team-list-forother', kind: 'support_reply', lang: 'ja', caseId: CASE.other1, trap: false,
    note: 'status reply about a colleague case delivered to a team list, none of the user addresses: forUser false',
    from: SUP_JA, to: '情報システム部 AWS担当 <aws-team@corp-alpha.example.co.jp>', subject: formSubj(CASE.other1),
    date: d('2026-01-28 02:22:22', '+0000'), enc: 'jisb64', forUser: false,
    text: `AWS 担当者各位

AWS トレーニングと認定 カスタマーサポートでございます。
ケース ${CASE.other1} につきまして、現在担当者にて確認を進めております。
恐れ入りますが、回答まで今しばらくお待ちくださいますようお願い申し上げます。

長谷川
AWS トレーニングと認定`,
  }),

  // ───────────── unrelated (12) ─────────────
  mk({
    slug: 'ja-un-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: CASE.kenta, trap: true,
    note: 'customer satisfaction survey ("問題は解決しましたか") about a closed case',
    from: NOTIFY_JA, to: to(KENTA, KENTA.keep), subject: `ケース ${CASE.kenta} に関するアンケートのお願い`,
    date: d('2026-01-23 06:00:00', '+0000'), enc: 'jis7',
    text: `伊藤 健太 様

先日はサポートをご利用いただき、誠にありがとうございました。
サービス向上のため、簡単なアンケートへのご協力をお願いいたします。

Q1. お問い合わせいただいた問題は解決しましたか?
Q2. 担当者の対応にどの程度満足されましたか?

アンケートに回答する: https://survey.aws.amazon.com/s/${CASE.kenta}

所要時間は1分程度です。`,
  }),
  mk({
    slug: 'ja-un-summit-registration-receipt', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration receipt ("ご登録を受け付けました") for AWS Summit: marketing/event mail',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>', to: to(MISAKI, MISAKI.keep), subject: '【AWS Summit Japan】ご登録受付完了のお知らせ',
    date: d('2026-02-20 10:00:00', '+0900'), enc: 'utf8b64',
    text: `渡辺 美咲 様

AWS Summit Japan へのご登録を受け付けました。
登録番号: SJ26-448120

当日は会場受付にて、本メールに記載の QR コードをご提示ください。
セッションのご予約はマイページより承っております。

AWS Summit Japan 事務局`,
  }),
  mk({
    slug: 'ja-un-pearson-yoyaku-kakunin', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'test vendor exam appointment confirmation ("予約確認"); not from a trusted domain',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: to(YUMI, YUMI.keep), subject: 'AWS 認定試験 ご予約確認のお知らせ',
    date: d('2026-02-19 14:33:02', '+0900'), enc: 'jisb64', trusted: false,
    text: `加藤 由美 様

以下の試験のご予約を承りました。内容をご確認ください。

試験: AWS Certified Security - Specialty
日時: 2026年3月7日(土) 10:00
会場: オンライン監視 (OnVUE)
登録番号: 512987344

予約の変更・キャンセルは受験日の24時間前まで可能です。

Pearson VUE`,
  }),
  mk({
    slug: 'ja-un-exam-result-badge-hint', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice that mentions a Credly badge will follow: exam results are unrelated',
    from: PORTAL, to: to(SHO, SHO.keep), subject: 'AWS 認定試験の結果のお知らせ',
    date: d('2026-03-04 01:10:00', '+0000'), enc: 'utf8qp',
    text: `松本 翔 様

AWS Certified DevOps Engineer - Professional の試験結果がご確認いただけるようになりました。
認定ポータルの「試験履歴」よりスコアレポートをご覧ください。

合格された場合、デジタルバッジは Credly より別途お届けします。

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-credly-lpi-badge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (LPI-Japan): unrelated even though it says バッジ発行',
    from: 'LPI-Japan via Credly <admin@credly.com>', to: to(KENTA, KENTA.keep), subject: 'LPI-Japanのバッジ発行のお知らせ',
    date: d('2026-02-02 05:05:05', '+0000'), enc: 'utf8b64',
    text: `伊藤 健太 さん

LPI-Japan から、以下のバッジが発行されました。

LinuC レベル1

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code, not the AWS certification merge",
    from: 'Credly <admin@credly.com>', to: to(MISAKI, MISAKI.keep), subject: 'Credly: アカウント統合の確認コード',
    date: d('2026-01-26 08:40:10', '+0000'), enc: 'utf8qp',
    text: `渡辺 美咲 さん

Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください。

確認コード: 603 915

このコードの有効期限は30分です。お心当たりがない場合は、このメールを無視してください。

Credly サポート`,
  }),
  mk({
    slug: 'ja-un-own-forward-to-boss', kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: "the user's own forward of the completion mail to a manager (Cc to herself); no news from support",
    from: to(YUMI, YUMI.keep), to: '上田 部長 <ueda@sample-corp.example.co.jp>', cc: to(YUMI, YUMI.keep), subject: `Fw: ${formSubj(CASE.yumi)}`,
    date: d('2026-02-09 15:20:00'), enc: 'jis7', auth: 'none', trusted: false, relay: 'smtp.example.jp',
    text: `上田部長

お疲れさまです。加藤です。
AWS認定のアカウント統合が終わりましたので、念のため共有いたします。
社内の資格管理表の候補IDを ${YUMI.keepId} に更新していただけますと助かります。

加藤

${fwdJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年2月9日(月) 14:05', formSubj(CASE.yumi), YUMI.keep, `加藤 由美 様\n\n大学在籍時のアカウント ${YUMI.srcId} の受験履歴および認定は、すべて ${YUMI.keepId} に移し終えております。\n\n西村`)}`,
  }),
  mk({
    slug: 'ja-un-oldcorp-out-of-office', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: "old company's automatic out-of-office reply, quoting the merge thread",
    from: 'Watanabe Misaki <watanabe.misaki@corp-alpha.example.co.jp>', to: to(MISAKI, MISAKI.keep), subject: `自動応答: ${formSubj(CASE.misaki)}`,
    date: d('2026-01-22 11:10:45'), enc: 'sjis8', auth: 'none', trusted: false, relay: 'mail.corp-alpha.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お問い合わせいただきありがとうございます。
渡辺は2026年1月31日をもって退職いたしました。
本メールアドレスは3月末で廃止となります。
ご用件は営業部代表(sales@corp-alpha.example.co.jp)までお送りください。

${outlookJa('AWS Training and Certification', '2026年1月22日 11:10', MISAKI.src, formSubj(CASE.misaki), `統合後は、統合元アカウントへのサインインはできなくなり、お手続きを元に戻すことはいたしかねます。`)}`,
  }),
  mk({
    slug: 'ja-un-helpdesk-mailbox-migration', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'the employer IT helpdesk ticket system: mailbox migration completed, closes its own ticket',
    from: '社内ITヘルプデスク <servicedesk@sample-corp.example.co.jp>', to: to(YUMI, YUMI.keep), subject: '[INC0048812] メールボックス移行完了のお知らせ(チケットをクローズしました)',
    date: d('2026-02-16 17:45:00'), enc: 'utf8qp', auth: 'none', trusted: false, relay: 'smtp.sample-corp.example.co.jp',
    html: `<html><body style="font-family:Meiryo">
<p>加藤 由美 様</p>
<p>ご依頼いただいたメールボックスの移行およびアカウントの統合作業が完了しました。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><td>チケット番号</td><td>INC0048812</td></tr><tr><td>状態</td><td>クローズ</td></tr></table>
<p>旧アドレス宛てのメールは、今後30日間新しいメールボックスへ転送されます。</p>
<p>社内ITヘルプデスク</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-course-done', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder course completion notice ("修了しました") from aws.training',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: to(SHO, SHO.keep), subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    date: d('2026-02-21 03:00:00', '+0000'), enc: 'jisb64',
    text: `松本 翔 様

おめでとうございます。以下のコースを修了しました。

AWS Cloud Practitioner Essentials (日本語)

修了証明書は AWS Skill Builder の「マイトランスクリプト」からダウンロードできます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-billing-payment-done', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'billing "payment completed" notice: not part of a merge case',
    from: NOTIFY_JA, to: to(KENTA, KENTA.keep), subject: 'AWS お支払い完了のお知らせ',
    date: d('2026-02-03 00:15:00', '+0000'), enc: 'sjis8',
    text: `いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

2026年1月分のご請求について、お支払いが完了しました。
お支払い金額: USD 12.48
アカウント ID: 4471-0093-2281

請求書は Billing and Cost Management コンソールからご確認いただけます。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-un-colleague-mobile-question', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'a colleague asks (from a phone) whether the merge went through; not from support',
    from: '吉田 拓海 <t.yoshida@partner-x.example.co.jp>', to: to(SHO, SHO.src), subject: 'Re: AWS認定の統合の件',
    date: d('2026-02-13 12:48:00'), enc: 'utf8b64', auth: 'none', trusted: false, relay: 'mail.partner-x.example.co.jp',
    text: `松本さん
統合もう終わりました?終わってたら候補ID教えてください、台帳直しておきます。
吉田

iPhoneから送信

${gmailJa('2026年2月12日 18:10', SHO.ja, SHO.src, `吉田さん\nAWSのサポートに統合の同意を送りました(ケース ${CASE.sho})。\n松本`)}`,
  }),
];
void FOOT_JA_2; void sfOrig;
