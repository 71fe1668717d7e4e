// Japanese messages of set s, part E: closings, other human replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, formSubject, SEI, MISAKI, TAKUMI, CASE, OKOCHI, WASHIO, KOHOKU_HR, SHINONOME_HR,
  d, jaDate, quote, sfOrigJa, gmailJa, outlookJa, iphoneJa, fwdJa, sigJa, FOOT_JA, FOOT_BI, paras, htmlDoc, esc,
  seiSig, seiCorpSig, misakiSig, takumiSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const takumiTo = `${TAKUMI.ja} <${TAKUMI.keep}>`;

const SUPPORT_CONSENT_ASK_SEI = `${SEI.sama}

エスカレーション窓口の藤堂でございます。
下記の内容で統合を実施いたしたく存じます。統合は取り消すことができません。
  統合先 ${SEI.keepId} / 統合元 ${SEI.srcId}
ご同意いただける場合は、本メールに「統合に同意します」とご返信くださいますよう、お願い申し上げます。

藤堂`;

const SUPPORT_MERGED_MISAKI = `${MISAKI.sama}

本日付でアカウントの統合を完了いたしました。統合元アカウント(${MISAKI.srcId})は無効化されております。
Credly のデジタルバッジは、反映までに数日を要する場合がございます。

真柴`;

export const JA_E: Msg[] = [
  // ================= case_closed (8) =================
  j({
    slug: 'sei-closing-restates-merge',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.sei,
    note: 'closing notice that only restates the earlier merge and badge move; the new event is the closure',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-27 01:00:30', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素より格別のご高配を賜り、誠にありがとうございます。藤堂でございます。

1 月 21 日に統合の完了を、1 月 23 日に Credly バッジの移行をそれぞれご報告申し上げ、その後、追加のご質問を頂戴しておりませんことから、本ケース ${CASE.sei} をクローズさせていただきます。

今後、認定に関してご不明な点がございましたら、お手数ですが改めてお問い合わせフォームよりご連絡くださいませ。
ご退職後のご活躍を、心よりお祈り申し上げます。

${sigJa('藤堂', 'Todo')}

${FOOT_JA}`,
  }),
  j({
    slug: 'misaki-autoclose-3days-restates-consent-ask',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.misaki,
    note: 'reminder that the case closes in 3 business days without a reply; restates the consent request',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-08 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${MISAKI.sama}

AWS トレーニングと認定 カスタマーサポートでございます。

2 月 5 日に、統合元アカウントの「認定履歴」画面のスクリーンショットのご送付をお願いし、その後の統合へのご承諾についてもご案内しておりましたが、現時点でご返信を確認できておりません。

本メールの送信から 3 営業日以内にご返信がない場合、本ケースは自動的にクローズされますので、あらかじめご了承くださいませ。クローズ後も、本メールへのご返信によりケースを再開いただけます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  j({
    slug: 'takumi-notify-resolved-sjisb64',
    kind: 'case_closed',
    caseId: CASE.takumi,
    note: 'AWS Support notification that the case was marked resolved',
    from: AWS_NOTIFY,
    to: TAKUMI.keep,
    subject: `ケース ${CASE.takumi} は解決済みになりました`,
    date: d('2026-03-05 04:00:12', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `${TAKUMI.sama}

お客様のサポートケース ${CASE.takumi} のステータスが「解決済み」に変更されました。

ケースの詳細はサポートセンターからご確認いただけます。引き続きサポートが必要な場合は、ケースを再開してください。

アマゾン ウェブ サービス
本メールは送信専用アドレスから送信されています。`,
  }),
  j({
    slug: 'sei-dup-case-closed-merged-cases',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.seiDup,
    note: 'the duplicate case is closed and "merged" into the main case (cases, not accounts)',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.seiDup),
    date: d('2026-01-15 00:35:02', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${SEI.sama}

九条でございます。
お寄せいただいたケース ${CASE.seiDup} は、先に起票されていたケース ${CASE.sei} と同じご依頼でございましたので、両ケースを統合し、本ケースはクローズいたしました。

アカウント統合のお手続きは、引き続きケース ${CASE.sei} にて進めてまいります。ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

${sigJa('九条', 'Kujo', 'カスタマーケア')}`,
  }),
  j({
    slug: 'misaki-closing-after-badges-long',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.misaki2,
    note: 'long closing letter restating the merge, badge re-issue and third account; the new event is the closure',
    from: SUPPORT,
    to: misakiTo,
    cc: SHINONOME_HR,
    subject: formSubject(CASE.misaki2),
    date: d('2026-03-18 02:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${MISAKI.sama}
(CC: 東雲システムズ 人事総務部 ご担当者様)

平素より AWS トレーニングと認定をご愛顧賜り、誠にありがとうございます。早乙女でございます。

本ケースにおけるご対応内容を、以下のとおりご報告申し上げます。
  ・3 月 10 日: Credly バッジ 2 点を統合先アドレスへ再発行
  ・3 月 11 日: 3 つ目のアカウントの統合を実施
  ・3 月 11 日: 表示内容のご確認のお願い

その後、${MISAKI.sama}より「すべて問題なく表示されている」とのご連絡を頂戴いたしましたので、本ケース ${CASE.misaki2} はこれをもちましてクローズとさせていただきます。

人事総務部ご担当者様からお問い合わせのあった資格証明書の再発行につきましては、統合先アカウントの「認定」ページよりダウンロードいただけます。

長期間にわたりご協力を賜り、誠にありがとうございました。

${sigJa('早乙女', 'Saotome')}

${FOOT_JA}`,
  }),
  j({
    slug: 'forged-closed-lookalike-authserv',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.takumi2,
    note: 'closing notice whose A-R comes from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY,
    to: TAKUMI.keep,
    subject: `ケース ${CASE.takumi2} はクローズされました`,
    date: d('2026-03-20 09:09:09', '+0000'),
    auth: 'lookalikeServer',
    enc: 'jis7',
    text: `${TAKUMI.sama}

サポートケース ${CASE.takumi2} はクローズされました。
アンケートにご協力いただくと、AWS クレジットを進呈いたします。

アマゾン ウェブ サービス`,
  }),
  j({
    slug: 'takumi2-closed-no-reply-info',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.takumi2,
    note: 'closed because the requested information never came (restates the info request)',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi2),
    date: d('2026-03-24 03:03:03', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${TAKUMI.sama}

早乙女でございます。
3 月 17 日以降、追加でご依頼いただいた旧勤務先時代の Credly アカウントの件につきまして、ご登録のメールアドレスをお知らせくださいますようお願いしておりましたが、ご返信を確認できませんでした。

そのため、誠に恐縮ながら、本ケースはクローズとさせていただきます。引き続きご支援が必要な場合は、本メールにご返信いただければケースを再開いたします。

${sigJa('早乙女', 'Saotome', 'カスタマーケア')}`,
  }),
  j({
    slug: 'misaki-closed-html-bilingual',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: 'HTML-only bilingual closure notice for the first case',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-20 01:01:01', '+0000'),
    auth: 'passSes',
    enc: 'utf8qp',
    html: htmlDoc(`<p>${esc(MISAKI.sama)}</p>
<p>ケース ${CASE.misaki} は「解決済み」としてクローズされました。<br>Case ${CASE.misaki} has been closed as resolved.</p>
<p>ご返信いただくことで、14 日以内であればケースを再開できます。<br>You can reopen this case within 14 days by replying to this e-mail.</p>
<hr>
<p style="font-size:11px;color:#687078">${esc(FOOT_BI).replace(/\n/g, '<br>')}</p>`, 'ja'),
  }),

  // ================= support_reply (9) =================
  j({
    slug: 'sei-escalated-restates-receipt-consent',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sei,
    note: 'restates the receipt and the consent received; new event is an escalation to the certification team',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-20 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素より大変お世話になっております。エスカレーション窓口の藤堂でございます。

1 月 13 日にケースを受け付けて以来、候補者 ID のご提供、ならびに本日、統合へのご同意を賜り、誠にありがとうございました。

頂戴したご同意をもちまして、本件は統合作業を担当する認定運用チームへエスカレーションいたしました。作業の完了までには、通常 1〜3 営業日を要しております。進捗がございましたら、私より改めてご連絡申し上げます。

${sigJa('藤堂', 'Todo')}

${FOOT_JA}`,
  }),
  j({
    slug: 'misaki-thanks-for-consent-handed-over',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: 'thanks for confirming; passed to the team; nothing merged yet',
    from: SUPPORT,
    to: misakiTo,
    cc: WASHIO,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-13 02:15:33', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${MISAKI.sama}

真柴でございます。訂正後の内容にてご承諾を賜り、誠にありがとうございます。
頂戴したご承諾は、統合を担当する部署へ確かに引き継ぎました。作業の状況につきましては、追ってご報告申し上げます。

${sigJa('真柴', 'Mashiba')}

${gmailJa('2026-02-13 10:02', `${MISAKI.ja} <${MISAKI.keep}>`, `真柴様\n\n訂正後の内容で同意いたします。\nI, ${MISAKI.en}, agree to merge ${MISAKI.srcId} into ${MISAKI.keepId}.\n\n久我`)}`,
  }),
  j({
    slug: 'takumi-not-yet-merged-apology',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.takumi,
    note: 'apology: the merge has not been completed yet (negated completion)',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi),
    date: d('2026-02-28 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${TAKUMI.sama}

宇佐美でございます。状況のお問い合わせをいただき、ありがとうございます。
誠に申し訳ございませんが、統合作業はまだ完了しておりません。担当部署の作業が混み合っており、完了まであと数日を要する見込みでございます。ご迷惑をおかけし、心よりお詫び申し上げます。

${sigJa('宇佐美', 'Usami')}`,
  }),
  j({
    slug: 'sei-dup-conditional-will-notify',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.seiDup,
    note: 'status only: 「統合が完了しましたら」 conditional, nothing has happened yet',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.seiDup),
    date: d('2026-01-20 10:05:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${SEI.sama}

九条でございます。ご承諾を頂戴したとの連絡を藤堂より受けております。
統合が完了しましたら、改めてご連絡申し上げます。また、Credly バッジが移行され次第、その旨もあわせてご案内いたします。今しばらくお待ちくださいませ。

${sigJa('九条', 'Kujo')}`,
  }),
  j({
    slug: 'misaki-voucher-answer-restates-merge',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: 'answers a voucher question; restates that the merge is already done',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-17 04:44:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${MISAKI.sama}

真柴でございます。ご質問いただきありがとうございます。

先日ご報告いたしましたとおり、アカウントの統合は完了しております。お問い合わせの 50% 割引バウチャーにつきましては、統合先アカウントの「特典」ページに表示されておりますが、有効期限は統合前と変わりございません。

ご参考になりましたら幸いです。

${sigJa('真柴', 'Mashiba')}

${sfOrigJa('2026-02-16 20:30', MISAKI.keep, SUPPORT_BARE, formSubject(CASE.misaki), `真柴様\n\n統合ありがとうございました。バウチャーの有効期限は延長されるのでしょうか。\n久我`)}`,
  }),
  j({
    slug: 'sei-write-from-keep-only',
    kind: 'support_reply',
    caseId: CASE.seiDup,
    note: 'asks to write from the kept address, asks for no data',
    from: SUPPORT,
    to: `${SEI.ja} <${SEI.src}>`,
    subject: formSubject(CASE.seiDup),
    date: d('2026-01-14 23:50:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${SEI.sama}

九条でございます。
本ケースは会社のメールアドレスからご連絡をいただいておりますが、アカウントの保護のため、統合先となる個人のメールアドレスからご返信いただけますでしょうか。お手数をおかけいたしますが、よろしくお願い申し上げます。

${sigJa('九条', 'Kujo', 'カスタマーケア')}`,
  }),
  j({
    slug: 'forged-reply-otheronly-ar',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.misaki,
    note: 'status reply whose only A-R is a foreign authserv-id below the server Received: untrusted',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-14 06:00:00', '+0000'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `${MISAKI.sama}

本件は引き続き担当部署にて確認中でございます。今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  j({
    slug: 'misaki-cannot-merge-exam-booked',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki2,
    note: 'says the third account cannot be merged while an exam is booked on it (negated merge)',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki2),
    date: d('2026-03-09 07:30:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${MISAKI.sama}

早乙女でございます。3 つ目のアカウントの件につきご連絡申し上げます。
当該アカウントには 3 月 14 日の試験予約が残っておりますため、現時点では統合いたしかねます。試験の受験後、または予約のキャンセル後であれば統合が可能でございますので、その際は本ケースにご返信くださいませ。

${sigJa('早乙女', 'Saotome', 'カスタマーケア')}`,
  }),
  j({
    slug: 'sei-answer-hr-question-utf8',
    kind: 'support_reply',
    caseId: CASE.sei,
    note: 'answers the HR department\'s question about certificates after the customer copied HR; no case event',
    from: SUPPORT,
    to: seiTo,
    cc: KOHOKU_HR,
    subject: formSubject(CASE.sei),
    date: d('2026-01-22 06:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `${SEI.sama}
(CC: 港北電機株式会社 人事部 人材開発課 ご担当者様)

藤堂でございます。人事部ご担当者様よりお問い合わせいただいた、社内の資格管理台帳への記載方法について回答申し上げます。

認定番号(Validation Number)は認定ごとに固有であり、アカウントの変更によって変わることはございません。したがいまして、台帳に記載済みの認定番号は引き続きご利用いただけます。認定の真正性は、公開の検証ページにて認定番号を入力することでご確認いただけます。

${sigJa('藤堂', 'Todo')}

${outlookJa('2026-01-22 09:58', KOHOKU_HR, SUPPORT_BARE, formSubject(CASE.sei), `AWS トレーニングと認定 ご担当者様\n\n港北電機 人事部の者でございます。橘より CC にて共有を受けております。\n当社の資格管理台帳に登録済みの認定番号は、統合後も有効でしょうか。\n\n人事部 人材開発課`, SEI.keep)}`,
  }),

  // ================= unrelated (10) =================
  j({
    slug: 'sei-own-consent-reply',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.sei,
    note: "the user's own consent reply (sent mail) with support's request quoted underneath",
    from: seiTo,
    to: SUPPORT,
    subject: formSubject(CASE.sei),
    date: d('2026-01-20 21:12:40', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    rcpt: SEI.keep,
    deliveredTo: SEI.keep,
    text: `藤堂様

平素より大変お世話になっております。橘でございます。
ご丁寧なご案内をいただき、誠にありがとうございます。

ご提示いただいた内容(統合先 ${SEI.keepId}、統合元 ${SEI.srcId})にて、アカウントの統合に同意いたします。
統合が取り消せない点につきましても、承知いたしました。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

${seiSig}

${gmailJa('2026-01-19 10:15', `AWS Training and Certification <${SUPPORT_BARE}>`, SUPPORT_CONSENT_ASK_SEI)}`,
  }),
  j({
    slug: 'survey-kaiketsu-case-id',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.sei,
    note: 'satisfaction survey about the closed case (resolved/closed words)',
    from: 'AWS トレーニングと認定 <aws-tc-survey@amazon.com>',
    to: SEI.keep,
    subject: `【アンケートのお願い】ケース ${CASE.sei} の対応はいかがでしたか`,
    date: d('2026-01-28 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `${SEI.sama}

先日クローズされたケース ${CASE.sei} につきまして、サポートの品質向上のため、アンケートへのご協力をお願いいたします。

Q1. お問い合わせは解決しましたか?
Q2. 担当者の対応にどの程度満足されましたか?

回答はこちら(所要時間 約 1 分): https://survey.aws.amazon.com/s/ja/8c2e91

AWS トレーニングと認定`,
  }),
  j({
    slug: 'credly-microsoft-badge-ja',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'a Microsoft badge via Credly: another issuer, not the AWS badge move',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: MISAKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-03-05 01:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    wholeSubject: true,
    text: `${MISAKI.ja} さん、おめでとうございます。

Microsoft から「Microsoft Certified: Azure Administrator Associate」バッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7

Credly`,
  }),
  j({
    slug: 'okochi-out-of-office',
    kind: 'unrelated',
    trusted: false,
    caseId: CASE.sei,
    note: "the manager's out-of-office auto-reply to a mail he was copied on",
    from: OKOCHI,
    to: seiTo,
    subject: `自動応答: ${formSubject(CASE.sei)}`,
    date: d('2026-01-20 10:00:12', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `誠に恐れ入りますが、1 月 19 日(月)から 1 月 23 日(金)まで海外出張のため不在にしております。
期間中はメールの確認が遅れますので、お急ぎの場合は情報システム本部 代表(内線 5500)までご連絡ください。

港北電機株式会社 情報システム本部
大河内 直樹`,
  }),
  j({
    slug: 'aws-japan-newsletter-merge-webinar',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'marketing newsletter that mentions account merge and badges in passing',
    from: 'AWS トレーニングと認定 <aws-training-news@aws.amazon.com>',
    to: TAKUMI.keep,
    subject: '【AWS 認定ニュース】3 月号: 認定アカウントの統合とデジタルバッジの活用術',
    date: d('2026-03-04 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `AWS 認定ニュース 2026 年 3 月号

■ 特集: 認定アカウントの統合は完了していますか?
転職や異動でアカウントが分かれてしまった方は、プロフィールの統合ツールをご活用ください。統合後は Credly のバッジもまとめて管理できます。

■ ウェビナーのご案内
「デジタルバッジで実績を伝える」 3 月 25 日(水)12:00〜 オンライン開催

配信停止: https://aws.amazon.com/jp/unsubscribe/
アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  j({
    slug: 'pearson-appointment-confirmed',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: "test vendor's appointment confirmation (confirmation words, another sender)",
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.example.com>',
    to: MISAKI.keep,
    subject: '試験予約確認のお知らせ: AWS Certified Solutions Architect - Associate',
    date: d('2026-03-02 05:30:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `${MISAKI.ja} 様

以下のとおり試験のご予約を承りました。内容をご確認ください。

試験: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2026 年 3 月 14 日(土) 10:00
会場: オンライン監督試験

予約の変更は試験日の 24 時間前まで可能です。

Pearson VUE`,
  }),
  j({
    slug: 'misaki-forward-to-hr',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.misaki,
    note: "the user's own forward of the completion notice to HR",
    from: misakiTo,
    to: SHINONOME_HR,
    cc: MISAKI.keep,
    subject: `Fwd: ${formSubject(CASE.misaki)}`,
    date: d('2026-02-16 15:10:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `人事総務部 ご担当者様

お疲れ様です。久我です。
先日ご相談した AWS 認定アカウントの件、統合が完了したとの連絡がありましたので共有いたします。
資格管理台帳の登録アドレスを個人のものに変更いただけますと助かります。

${misakiSig}

${fwdJa('2026-02-16 14:20', `AWS Training and Certification <${SUPPORT_BARE}>`, MISAKI.keep, formSubject(CASE.misaki), SUPPORT_MERGED_MISAKI)}`,
  }),
  j({
    slug: 'skill-builder-course-kanryo',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Skill Builder course completion notice (completed words, not the merge)',
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: TAKUMI.keep,
    subject: 'コースの修了おめでとうございます: AWS Cloud Practitioner Essentials',
    date: d('2026-03-06 11:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${TAKUMI.ja} 様

AWS Skill Builder のコース「AWS Cloud Practitioner Essentials」の受講が完了しました。
修了証はマイページからダウンロードいただけます。

次のおすすめコース: AWS Technical Essentials

AWS Skill Builder`,
  }),
  j({
    slug: 'kohoku-hr-asks-status',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'HR at the old employer asks the user to report once the merge is complete (colleague mail)',
    from: KOHOKU_HR,
    to: `${SEI.ja} <${SEI.src}>`,
    cc: OKOCHI,
    subject: '【ご依頼】退職手続きに伴う資格情報の更新について',
    date: d('2026-01-15 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `橘さん

お疲れ様です。人事部 人材開発課です。
退職手続きの一環として、AWS 認定の登録情報を確認しております。
アカウントの統合が完了しましたら、統合後の候補者 ID と認定番号を人事部までご連絡ください。あわせて、バッジの移行状況もお知らせいただけますと幸いです。

よろしくお願いいたします。
港北電機株式会社 人事部 人材開発課`,
  }),
  j({
    slug: 'exam-result-notice-ja',
    kind: 'unrelated',
    caseId: null,
    note: 'exam result notification from the certification portal; not part of the case',
    from: 'AWS Certification <certification-noreply@aws.training>',
    to: MISAKI.keep,
    subject: 'AWS 認定試験の結果のお知らせ',
    date: d('2026-03-15 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${MISAKI.ja} 様

先日受験された AWS Certified Solutions Architect - Associate の結果が確定しました。
結果の詳細は、AWS 認定アカウントの「試験履歴」からご確認いただけます。

AWS Certification`,
  }),
];
