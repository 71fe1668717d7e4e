// cw Japanese messages, part 2: completions, badges, closings, other support replies.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, ITO, NAKAMURA, NOTIFY, PORTAL, SUPPORT, SUPPORT_ADDR, SUZUKI, TAKAHASHI, credly, d, formSubject, gmailJa, htmlDoc, jd, jdy, mail, outlookJa, paras, quote, sfQuote, sfRef, sup, to,
} from './common.js';

// ---------------------------------------------------------------- merge_completed (9)
const DONE: Msg[] = [
  sup({
    slug: 'ja-done-inside-yearend-notice',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'year-end closure notice whose last paragraph reports the merge as done today',
    to: to(SUZUKI),
    date: d('2026-12-28 08:15:02', '+0000'),
    enc: 'jis7',
    subject: `【年末年始休業のお知らせ】${formSubject(CASE.suzuki)}`,
    text: `鈴木 健一 様

平素よりご利用いただき、誠にありがとうございます。
弊窓口は ${jd(2026, 12, 29)} から ${jd(2027, 1, 3)} まで年末年始休業とさせていただきます。
休業期間中にいただいたご連絡には ${jd(2027, 1, 4)} より順次ご返信いたします。

なお、ご依頼いただいておりましたアカウントの統合につきましては、本日付で作業が完了しております。
${SUZUKI.srcId} の認定および試験履歴は、${SUZUKI.keepId} (${SUZUKI.keep}) でご覧いただけます。

どうぞよいお年をお迎えください。

小林
AWS Training and Certification`,
  }),
  sup({
    slug: 'ja-done-nakamura-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'completion notice asking the customer to check that everything looks right',
    to: to(NAKAMURA),
    date: d('2026-05-11 11:30:44', '+0900'),
    enc: 'utf8qp',
    text: `中村 美咲 様

ご承諾のご返信、ありがとうございました。
先ほど、二つのアカウントを一つにまとめる処理を終えました。
${NAKAMURA.keep} でサインインし、認定・試験履歴・バウチャーが表示されているかご確認ください。
表示に不足がありましたら、このケースにご返信ください。

藤田
AWS トレーニングと認定

${gmailJa(2026, 5, 8, '20:11', `${NAKAMURA.ja} <${NAKAMURA.keep}>`)}
${quote('藤田様\nその内容で結構です。よろしくお願いいたします。')}`,
  }),
  sup({
    slug: 'ja-done-takahashi-sjis',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'merge done, written with 統合済み and a date in 2026/08/20 form',
    to: to(TAKAHASHI),
    date: d('2026-08-20 03:12:09', '+0000'),
    enc: 'sjisb64',
    text: `高橋様

2026/08/20 付で、${TAKAHASHI.srcId} は ${TAKAHASHI.keepId} に統合済みとなりました。
旧アカウントではサインインできなくなっております。

森
AWS トレーニングと認定

${outlookJa(`${TAKAHASHI.ja} <${TAKAHASHI.keep}>`, 2026, 8, 19, '12:30', SUPPORT_ADDR, formSubject(CASE.takahashi))}

上記の内容で統合してください。`,
  }),
  mail({
    slug: 'ja-done-portal-notice',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'the certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL,
    to: to(ITO),
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-11-30 06:00:12', '+0000'),
    auth: 'dkimParent',
    enc: 'utf8b64',
    text: `伊藤 由紀 様

お客様の AWS 認定アカウントは統合されました。
今後は ${ITO.keep} でサインインしてください。
統合日時: 2026-11-30 06:00 UTC (日本時間 15:00)

AWS Certification`,
  }),
  sup({
    slug: 'ja-done-then-close',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: to(ITO),
    date: d('2026-11-30 15:20:00', '+0900'),
    enc: 'jis7',
    text: `伊藤様

お待たせいたしました。米国の祝日を挟みご返信が遅れましたこと、お詫び申し上げます。
旧アカウントの統合作業を本日実施し、完了いたしました。
本件はこれをもちましてクローズとさせていただきます。

小林`,
  }),
  mail({
    slug: 'ja-done-forged-otheronly',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.nakamura,
    trap: false,
    note: 'completion notice with only a foreign authserv-id\'s pass verdict',
    from: SUPPORT,
    to: to(NAKAMURA),
    subject: formSubject(CASE.nakamura),
    date: d('2026-05-03 09:00:00', '+0900'),
    auth: 'otherOnly',
    enc: 'utf8qp',
    text: `中村様

連休中ではございますが、統合が完了しました。
特典の再発行には、以下から手数料のお支払いが必要です。
https://aws-training-benefit.example.com/pay

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-done-gmail-consent-below',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'short top-posted completion above the user\'s quoted consent',
    to: to(SUZUKI),
    date: d('2026-12-25 06:40:31', '+0000'),
    enc: 'jisb64',
    text: `鈴木様

統合いたしました。年内にお知らせできてよかったです。

Hiroshi

${gmailJa(2026, 12, 24, '09:52', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
${quote(`同意します。統合をお願いします。\n\n${gmailJa(2026, 12, 24, '09:02', `AWS Training and Certification <${SUPPORT_ADDR}>`)}\n${quote('統合は取り消しできないため、ご同意のご返信をいただいてから実行いたします。')}`)}`,
  }),
  sup({
    slug: 'ja-done-handover-html',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: '1791150372',
    note: 'HTML-only completion by the stand-in agent after New Year, restating the handover',
    to: to(SUZUKI),
    date: d('2027-01-06 02:05:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>鈴木 健一 様</p>
<p>担当の小林が休暇中のため、森が代わってご連絡いたします。</p>
<p>${jdy(2027, 1, 6)}、ご同意いただいた内容のとおり統合処理を実施しました。新しいアカウントで認定が確認できる状態です。</p>
<p>森<br>AWS トレーニングと認定</p>`),
  }),
  mail({
    slug: 'ja-done-resent-oldcompany',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: false,
    caseId: CASE.takahashi,
    trap: false,
    note: 'completion redirected by the old company\'s server (Resent-*): not delivered to the user as such',
    from: SUPPORT,
    to: `${TAKAHASHI.ja} <${TAKAHASHI.src}>`,
    subject: formSubject(CASE.takahashi),
    date: d('2026-08-20 03:14:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'postmaster@partner.example.co.jp', to: 'it-helpdesk@partner.example.co.jp', date: d('2026-08-20 12:20:00', '+0900') },
    text: `高橋様 (旧アドレス宛の控え)

ご依頼の統合作業が終わりました。以後は ${TAKAHASHI.keep} のアカウントをご利用ください。

森`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (8)
const BADGE: Msg[] = [
  credly({
    slug: 'ja-badge-credly-saa',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    to: to(SUZUKI),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2027-01-05 00:32:18', '+0000'),
    enc: 'utf8qp',
    text: `鈴木 健一 さん

Amazon Web Services Training and Certification から
「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/3f1c9a22-cw01

発行日: 2027年1月5日

Credly`,
  }),
  sup({
    slug: 'ja-badge-support-moved-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'support says the Credly badges were moved and the case is being closed',
    to: to(SUZUKI),
    date: d('2027-01-06 05:11:47', '+0000'),
    enc: 'jis7',
    text: `鈴木様

年始のお忙しいところ、ご連絡ありがとうございました。
旧アカウントに紐づいていた Credly のデジタルバッジを、${SUZUKI.keep} 側へ移しました。
Credly にサインインしてご確認いただけます。

本ケースはこれにて完了とし、クローズいたします。

小林

${gmailJa(2027, 1, 5, '10:02', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
${quote('小林様\n明けましておめでとうございます。認定は移っていましたが、Credly のバッジが旧アドレスのままです。')}`,
  }),
  sup({
    slug: 'ja-badge-nakamura-migrated',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'support confirms badges now sit on the kept account (移行いたしました)',
    to: to(NAKAMURA),
    date: d('2026-05-13 10:48:20', '+0900'),
    enc: 'utf8b64',
    text: `中村様

お問い合わせのバッジの件、Credly 側のバッジも新しいアカウントへ移行いたしました。
反映まで数時間かかることがあります。

藤田`,
  }),
  credly({
    slug: 'ja-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'Credly multipart notice of an AWS badge to the kept address',
    to: to(TAKAHASHI),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-08-21 17:02:33', '+0000'),
    enc: 'utf8qp',
    text: `高橋 亮 さん、おめでとうございます。
Amazon Web Services Training and Certification があなたに「AWS Certified Developer - Associate」のバッジを発行しました。
バッジを入手する: https://www.credly.com/earner/earned/badge/81a0e5d4-cw02`,
    html: htmlDoc(`<p>高橋 亮 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification があなたに「AWS Certified Developer - Associate」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/81a0e5d4-cw02" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>`),
  }),
  mail({
    slug: 'ja-badge-forged-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'badge notice from credly.com.badge-notify.net (look-alike), dmarc=fail',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.net>',
    to: to(ITO),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-12-01 08:00:00', '+0000'),
    auth: 'fail',
    enc: 'utf8b64',
    text: `伊藤 由紀 さん

統合後のアカウントにバッジが発行されました。年末までに受け取らない場合、失効します。
バッジを入手する: https://credly.com.badge-notify.net/claim`,
  }),
  sup({
    slug: 'ja-badge-takahashi-sjis',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'support reports the three badges now appear under the kept address',
    to: to(TAKAHASHI),
    date: d('2026-08-24 09:30:00', '+0900'),
    enc: 'sjis8',
    text: `高橋様

Credly のバッジ 3 点(SAA、DVA、CLF)を ${TAKAHASHI.keep} の Credly アカウントへ付け替えました。
お盆明けで立て込んでおり、ご案内が遅くなりました。

森`,
  }),
  credly({
    slug: 'ja-badge-credly-ito',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge via Credly, Japanese template, ISO-2022-JP',
    to: to(ITO),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-12-01 02:41:09', '+0000'),
    enc: 'jis7',
    text: `伊藤 由紀 さん

Amazon Web Services Training and Certification から新しいバッジが届いています。
AWS Certified Cloud Practitioner

バッジを入手する
https://www.credly.com/earner/earned/badge/c7d09b31-cw03

このメールは Credly から送信されています。`,
  }),
  sup({
    slug: 'ja-badge-handover',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'stand-in agent finishes the badge move begun by the colleague on leave',
    to: to(ITO),
    date: d('2026-12-02 01:10:00', '+0000'),
    enc: 'jisb64',
    text: `伊藤様

小林より引き継ぎました藤田です。
ご指摘のデジタルバッジは、本日 ${ITO.keep} に紐づく Credly プロフィールへ移動が済みました。
お手数ですが、Credly 上でバッジの承認をお願いいたします。

藤田`,
  }),
];

// ---------------------------------------------------------------- case_closed (9)
const CLOSE: Msg[] = [
  sup({
    slug: 'ja-close-reminder-business-days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'will auto-close in 3 business days without a reply; holidays do not count',
    to: to(NAKAMURA),
    date: d('2026-05-19 09:00:00', '+0900'),
    enc: 'utf8qp',
    text: `中村様

その後いかがでしょうか。
本ケースは、3営業日以内にご返信がない場合、自動的にクローズされます。
(土日祝日は営業日に含みません。)

引き続きお手伝いが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-close-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'plain closing notice: the case was resolved and closed',
    from: NOTIFY,
    to: to(TAKAHASHI),
    subject: `ケース ${CASE.takahashi} はクローズされました`,
    date: d('2026-08-28 07:00:01', '+0000'),
    enc: 'sjisb64',
    text: `高橋 亮 様

ケース ${CASE.takahashi} (account-assistance) は解決済みとしてクローズされました。
同じ内容で再度お困りの場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  sup({
    slug: 'ja-close-restate-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ito,
    trap: true,
    note: 'closing that only restates the merge done last week',
    to: to(ITO),
    date: d('2026-12-08 10:00:00', '+0900'),
    enc: 'jis7',
    text: `伊藤様

先週ご案内いたしましたとおり、アカウントの統合とバッジの移動は完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

師走のお忙しい時期かと存じます。どうぞご自愛ください。

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-close-deadline-jan12',
    kind: 'case_closed',
    lang: 'ja',
    caseId: '1791150372',
    note: 'deadline notice: no reply by Jan 12 closes the case',
    to: to(SUZUKI),
    date: d('2027-01-07 11:15:00', '+0900'),
    enc: 'sjis8',
    text: `鈴木様

${jd(2027, 1, 12)}までにご連絡をいただけない場合、本ケースは終了とさせていただきます。
(成人の日 ${jd(2027, 1, 11)} は休業日です。)

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mail({
    slug: 'ja-close-forged-none',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.suzuki,
    trap: false,
    note: 'closing notice with no Authentication-Results at all',
    from: SUPPORT,
    to: to(SUZUKI),
    subject: formSubject(CASE.suzuki),
    date: d('2026-12-31 23:50:00', '+0900'),
    auth: 'none',
    enc: 'jis7',
    text: `鈴木様

年末のため、本ケースをクローズしました。
再開をご希望の場合は、下記より本人確認をお願いします。
https://support-aws-case.example.org/reopen`,
  }),
  sup({
    slug: 'ja-close-unanswered-confirm',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'closes in 7 days because the earlier confirmation request went unanswered',
    to: to(TAKAHASHI),
    date: d('2026-08-26 00:30:00', '+0000'),
    enc: 'utf88bit',
    text: `高橋様

先日お送りした統合の確認依頼について、まだご返信をいただけておりません。
このままご返信がない場合、7日後(9月2日)に本ケースはクローズされます。

森`,
  }),
  sup({
    slug: 'ja-close-html-notice',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'HTML notice that the case has been closed',
    from: NOTIFY,
    to: to(NAKAMURA),
    subject: 'サポートケースのクローズについて',
    date: d('2026-05-25 01:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>中村 美咲 様</p>
<p>ケース ID <b>${CASE.nakamura}</b> は、一定期間ご返信がなかったため終了しました。</p>
<p>ケース履歴はサポートセンターでご確認いただけます。</p>`),
  }),
  sup({
    slug: 'ja-close-dup-cases-merged',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.nakamuraDup,
    trap: true,
    note: 'duplicate cases were merged into one and this one closed: not the account merge',
    to: `${NAKAMURA.ja} <${NAKAMURA.src}>`,
    date: d('2026-05-07 11:00:00', '+0900'),
    enc: 'utf8qp',
    text: `中村様

同じご依頼で2件のケースをお作りいただいていたため、ケース ${CASE.nakamura} に統合いたしました。
こちらのケース ${CASE.nakamuraDup} はクローズいたします。
今後のやり取りは ${CASE.nakamura} で継続させていただきます。

藤田`,
  }),
  sup({
    slug: 'ja-close-obon-paused-then-closed',
    crlf: false,
    kind: 'case_closed',
    lang: 'ja',
    caseId: '1781198337',
    note: 'second case closed after no answer through Obon; no merge words',
    to: to(TAKAHASHI),
    date: d('2026-09-01 10:00:00', '+0900'),
    enc: 'jisb64',
    text: `高橋様

お盆期間を挟み、しばらくご連絡をお待ちしておりましたが、ご返信がございませんでしたので、
本日付でケース 1781198337 を終了いたしました。
必要な際はいつでもご返信ください。

AWS トレーニングと認定`,
  }),
];

// ---------------------------------------------------------------- support_reply (10)
const REPLY: Msg[] = [
  sup({
    slug: 'ja-reply-yearend-future-merge',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ito,
    trap: true,
    note: 'holiday notice: the merge will be done after the holidays (future, not the event)',
    to: to(ITO),
    date: d('2026-11-26 09:15:00', '+0900'),
    enc: 'jis7',
    text: `伊藤様

ご同意のご返信、承りました。
本日11/26(木)・明日11/27(金)は米国の祝日のため、統合を担当するチームが休業しております。
統合作業は ${jd(2026, 11, 30)} 以降に行われ、完了しましたら改めてご連絡いたします。

小林`,
  }),
  sup({
    slug: 'ja-reply-delay-apology',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'apology for the delay; the team is still looking into it',
    to: to(NAKAMURA),
    date: d('2026-05-07 09:01:00', '+0900'),
    enc: 'utf8qp',
    text: `中村 美咲 様

ゴールデンウィーク期間中はご不便をおかけし、申し訳ございませんでした。
いただいた内容は担当チームで拝見しております。いましばらくお時間をください。

AWS トレーニングと認定 藤田`,
  }),
  sup({
    slug: 'ja-reply-thanks-confirming',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'thanks for confirming, passed to the team; completion to be reported later',
    to: to(SUZUKI),
    date: d('2026-12-24 02:10:00', '+0000'),
    enc: 'jisb64',
    text: `鈴木様

ご確認いただきありがとうございます。統合の依頼を担当部署へ回しました。
完了しましたら、改めてこのケースでお知らせいたします。
なお、12/29〜1/3 は休業となるため、それまでに終わらない場合は年明けになります。

小林`,
  }),
  sup({
    slug: 'ja-reply-agent-leave-handover',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'handover notice: the agent is on leave until Jan 8, a colleague takes over',
    to: to(SUZUKI),
    date: d('2027-01-04 09:30:00', '+0900'),
    enc: 'sjis8',
    text: `鈴木 健一 様

新年のご挨拶を申し上げます。
担当の小林は ${jd(2027, 1, 8)} まで休暇をいただいております。
その間は私、森が本件を担当いたしますので、何かございましたらこのケースへご返信ください。

森
AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-reply-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'negated: the merge has not been completed yet (waiting after Obon)',
    to: to(TAKAHASHI),
    date: d('2026-08-17 15:45:00', '+0900'),
    enc: 'sjisb64',
    text: `高橋様

お問い合わせの件、統合はまだ完了しておりません。
お盆期間中に受け付けたご依頼を順に処理しており、もう数日かかる見込みです。

森`,
  }),
  sup({
    slug: 'ja-reply-escalation',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'escalated to the specialist team, answer expected next week',
    to: to(ITO),
    date: d('2026-11-24 16:00:00', '+0900'),
    enc: 'utf8b64',
    text: `伊藤様

ご提供いただいた情報をもとに、専門チームへエスカレーションいたしました。
米国の感謝祭の時期と重なるため、回答は来週前半になる見込みです。

小林`,
  }),
  sup({
    slug: 'ja-reply-voucher-answer',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.nakamura,
    trap: true,
    note: 'answers a voucher question in conditional terms (統合後も引き継がれます)',
    to: to(NAKAMURA),
    date: d('2026-05-08 16:20:00', '+0900'),
    enc: 'utf8qp',
    text: `中村様

ご質問の50%割引バウチャーについてですが、統合した場合も有効期限はそのまま、統合先のアカウントに引き継がれます。
有効期限: 2027年3月31日

藤田

${gmailJa(2026, 5, 8, '15:02', `${NAKAMURA.ja} <${NAKAMURA.keep}>`)}
${quote('統合の前に確認させてください。旧アカウントのバウチャーは消えてしまいますか?')}`,
  }),
  sup({
    slug: 'ja-reply-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.nakamuraDup,
    note: 'asks to write from the kept address, without asking for data',
    to: `${NAKAMURA.ja} <${NAKAMURA.src}>`,
    date: d('2026-04-28 13:00:00', '+0900'),
    enc: 'jis7',
    text: `中村様

恐れ入りますが、本件は統合後に残すほうのアカウントのメールアドレスからお問い合わせください。
このアドレスからのご依頼では手続きを進められません。

AWS トレーニングと認定`,
  }),
  mail({
    slug: 'ja-reply-forged-lookalikeserver',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.ito,
    trap: false,
    note: 'status reply whose A-R comes from mx.test.example.mailhub-relay.net (look-alike authserv-id)',
    from: SUPPORT,
    to: to(ITO),
    subject: formSubject(CASE.ito),
    date: d('2026-11-28 08:00:00', '+0900'),
    auth: 'lookalikeServer',
    enc: 'utf8qp',
    text: `伊藤様

連休中のため対応が遅れております。急ぎの場合は、下記の番号までお電話ください。
050-0000-0000

AWS トレーニングと認定`,
  }),
  sup({
    slug: 'ja-reply-thanksgiving-mixed',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'Japanese intro with an English reduced-staff notice: status only',
    to: to(ITO),
    date: d('2026-11-25 23:00:00', '-0800'),
    enc: 'utf8b64',
    text: `伊藤様
現在、米国チームが祝日で休業しているため、以下の英文でのお知らせとなります。

Our team is observing the Thanksgiving holiday on November 26-27 (PST).
We are working with reduced staff and will get back to you by Monday, November 30.

小林`,
  }),
];

// ---------------------------------------------------------------- unrelated (14)
const OTHER: Msg[] = [
  mail({
    slug: 'ja-other-own-ooo-sent',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    caseId: CASE.suzuki,
    trap: false,
    note: 'the user\'s own out-of-office auto-reply to support (Sent copy)',
    from: `${SUZUKI.ja} <${SUZUKI.keep}>`,
    to: SUPPORT,
    subject: `自動応答: ${formSubject(CASE.suzuki)}`,
    date: d('2026-12-29 10:00:05', '+0900'),
    auth: 'none',
    enc: 'jis7',
    deliveredTo: null,
    extra: ['Auto-Submitted: auto-replied'],
    text: `ただいま年末年始休暇中のため、1月4日(月)まで不在にしております。
いただいたメールは休暇明けに確認いたします。

鈴木`,
  }),
  mail({
    slug: 'ja-other-colleague-ooo',
    crlf: false,
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'a colleague\'s out-of-office reply mentioning the merge: auto-reply, not news',
    from: '田中 誠 <m.tanaka@sakura-sys.example.co.jp>',
    to: `${SUZUKI.ja} <${SUZUKI.src}>`,
    subject: '不在のお知らせ (12/26〜1/5)',
    date: d('2026-12-26 09:00:00', '+0900'),
    auth: 'none',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。田中です。
12月26日(土)から1月5日(火)まで休暇のため不在にしております。
AWS認定アカウントの統合の件は、年明けに拝見します。
急ぎの件は情報システム部(内線 2201)までお願いします。`,
  }),
  mail({
    slug: 'ja-other-oldcompany-gone',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'the old company\'s automatic "this address is no longer in use" reply',
    from: 'OLDFIRM 自動応答 <noreply@oldfirm.example.jp>',
    to: to(NAKAMURA),
    subject: '【自動返信】このメールアドレスは使用されていません',
    date: d('2026-04-28 00:00:10', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動で送信しています。

宛先の m-nakamura は2026年3月31日付で退職いたしました。
今後のご連絡は代表アドレス info@oldfirm.example.jp までお願いいたします。`,
  }),
  mail({
    slug: 'ja-other-marketing-newyear',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'New Year marketing that asks whether you merged your accounts: marketing',
    from: 'AWS トレーニングと認定 <aws-training-jp@amazon.com>',
    to: to(SUZUKI),
    subject: '新年のご挨拶と 2027 年の学習プランのご案内',
    date: d('2027-01-01 00:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    extra: ['Precedence: bulk', 'List-Unsubscribe: <https://pages.awscloud.example/unsubscribe?u=cw1>'],
    html: htmlDoc(`<h1>謹賀新年</h1>
<p>旧年中は AWS トレーニングと認定をご利用いただき、誠にありがとうございました。</p>
<p>年のはじめに、認定アカウントの整理はお済みですか?転職などで重複したアカウントは、プロフィールの「アカウントの統合」から一つにまとめられます。</p>
<p>1月31日まで、Skill Builder の個人サブスクリプションが初月無料です。</p>
<p style="font-size:11px">配信停止は<a href="https://pages.awscloud.example/unsubscribe?u=cw1">こちら</a></p>`),
  }),
  sup({
    slug: 'ja-other-survey-resolved',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'satisfaction survey "was your issue resolved?" on the merge case',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: to(TAKAHASHI),
    subject: `ケース ${CASE.takahashi} に関するアンケートのお願い`,
    date: d('2026-08-29 01:00:00', '+0000'),
    enc: 'utf8qp',
    text: `高橋 亮 様

先日クローズしたケース ${CASE.takahashi} について、簡単なアンケートにご協力ください。
問題は解決しましたか?  はい / いいえ
担当者の対応はいかがでしたか? 1〜5 でお答えください。

https://survey.aws.example/s/cw-takahashi`,
  }),
  sup({
    slug: 'ja-other-exam-booking-case',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzukiExam,
    trap: true,
    note: 'reply on the user\'s other case (exam rescheduling) saying the change is completed',
    to: to(SUZUKI),
    subject: `RE:[CASE ${CASE.suzukiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: d('2026-12-22 06:00:00', '+0000'),
    enc: 'jis7',
    text: `鈴木様

試験予約の変更について、${jd(2027, 1, 9)} 10:00 JST のテストセンター受験への変更が完了しました。
年末年始はテストセンターが休業のため、年内の空き枠はございませんでした。

AWS トレーニングと認定`,
  }),
  credly({
    slug: 'ja-other-credly-microsoft',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'a Microsoft badge via Credly: another issuer',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: to(NAKAMURA),
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-05-14 03:00:00', '+0000'),
    enc: 'utf8qp',
    text: `中村 美咲 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/0b9e-cw04`,
  }),
  credly({
    slug: 'ja-other-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <admin@credly.com>',
    to: to(SUZUKI),
    subject: 'Credly アカウント統合の確認コード',
    date: d('2027-01-05 01:10:00', '+0000'),
    enc: 'utf8b64',
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。

確認コード: 482 915

このコードの有効期限は 30 分です。心当たりがない場合は、このメールを無視してください。`,
  }),
  mail({
    slug: 'ja-other-own-forward',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: CASE.suzuki,
    trap: true,
    note: 'the user forwards the completion notice to their own other address',
    from: `${SUZUKI.ja} <${SUZUKI.keep}>`,
    to: `${SUZUKI.ja} <${SUZUKI.src}>`,
    subject: `Fwd: 【年末年始休業のお知らせ】${formSubject(CASE.suzuki)}`,
    date: d('2026-12-28 19:02:00', '+0900'),
    auth: 'none',
    enc: 'jisb64',
    text: `会社のほうにも控えを残しておく。統合完了とのこと。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年12月28日(月) 17:15
Subject: 【年末年始休業のお知らせ】${formSubject(CASE.suzuki)}
To: ${SUZUKI.ja} <${SUZUKI.keep}>

なお、ご依頼いただいておりましたアカウントの統合につきましては、本日付で作業が完了しております。`,
  }),
  sup({
    slug: 'ja-other-agent-ooo',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ito,
    trap: true,
    note: 'the agent\'s own out-of-office auto-reply to the user\'s consent mail',
    from: '小林 <kobayashi-tc@amazon.com>',
    to: to(ITO),
    subject: `自動応答: ${formSubject(CASE.ito)}`,
    date: d('2026-11-25 18:00:30', '+0900'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `【自動応答】
11月25日(水)午後から11月27日(金)まで休暇をいただいております。
統合へのご同意など、ケースへのご返信はチームの別の担当者が確認いたします。
11月30日(月)より順次対応いたします。`,
  }),
  mail({
    slug: 'ja-other-seasonal-greeting',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'year-end greeting and closure dates from AWS Japan events team',
    from: 'AWS Japan イベント事務局 <aws-jp-events@amazon.com>',
    to: to(TAKAHASHI),
    subject: '年末のご挨拶と年末年始休業のお知らせ',
    date: d('2026-12-25 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    extra: ['Precedence: bulk'],
    text: `拝啓 師走の候、貴社ますますご清栄のこととお慶び申し上げます。
本年も格別のご愛顧を賜り、厚く御礼申し上げます。

誠に勝手ながら、2026年12月29日(火)〜2027年1月3日(日)を休業とさせていただきます。
来年も AWS Summit Japan をはじめ、各種イベントでお目にかかれますことを楽しみにしております。

敬具`,
  }),
  mail({
    slug: 'ja-other-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'exam result: certified, badge will come from Credly; not part of the merge',
    from: PORTAL,
    to: to(NAKAMURA),
    subject: 'おめでとうございます: AWS Certified Developer - Associate に合格しました',
    date: d('2026-05-20 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 美咲 様

AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly から発行されます。
認定の有効期限: 2029年5月20日`,
  }),
  mail({
    slug: 'ja-other-skillbuilder-receipt',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'Skill Builder subscription order receipt: a receipt, but not of a support case',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: to(ITO),
    subject: 'ご注文を受け付けました - AWS Skill Builder 個人サブスクリプション',
    date: d('2026-12-01 12:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 由紀 様

AWS Skill Builder 個人サブスクリプション (月額) のご注文を受け付けました。
ご注文番号: SB-2026-1201-8841
次回更新日: 2027年1月1日

年末年始もご利用いただけます。`,
  }),
  mail({
    slug: 'ja-other-phish-account-check',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'phishing "confirm your account before the holidays or it closes" from amaz0n-support.com',
    from: 'Amazon Web Services <security@amaz0n-support.com>',
    to: to(TAKAHASHI),
    subject: '【重要】お盆休み前にアカウントの確認をお願いします',
    date: d('2026-08-12 22:00:00', '+0900'),
    auth: 'fail',
    enc: 'jisb64',
    text: `お客様のAWS認定アカウントで不審なサインインを検知しました。
8月13日までにご本人確認を完了されない場合、アカウントは閉鎖されます。
https://amaz0n-support.com/confirm`,
  }),
];

export const JA2: Msg[] = [...DONE, ...BADGE, ...CLOSE, ...REPLY, ...OTHER];
