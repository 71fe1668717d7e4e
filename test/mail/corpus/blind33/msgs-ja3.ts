// Set af, Japanese part 3: closings, other human replies, and mail that is not part of a merge case.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT_JA, NOREPLY, CREDLY, CS_FORM, RESELLER, RESELLER2, HR_DESK, formSubj, SEI, MISA, KEN, YUKI, CASE, zen, reiwa,
  quote, gmailJa, iphoneJa, outlookJa, sfQuote, paras, htmlDoc, ja,
} from './common.js';

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misaTo = `${MISA.ja} <${MISA.keep}>`;
const kenTo = `${KEN.ja} <${KEN.keep}>`;
const yukiTo = `${YUKI.ja} <${YUKI.keep}>`;
const MISA_REFUND = '1778902214';
const KEN_RESCHED = '17790533128';

export const JA3: Msg[] = [
  // ================= case_closed =================
  ja({
    slug: 'closed-auto-3days-jis',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'reminder that the case closes automatically if there is no reply within 3 days',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-20 00:00:10', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 健太 様

西田です。先日のご案内以降、ご返信をいただいておりません。
ご返信のないまま 3 日が経過いたしますと、本ケースは自動的にクローズとなりますのでご承知おきください。
クローズ後も、このメールへご返信いただければケースは再開されます。`,
  }),
  ja({
    slug: 'closed-restates-last-week-merge-trap',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.sei,
    note: 'closing notice that only restates the merge done last week ("先週統合を実施いたしました件")',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-16 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋 誠一 様

松井でございます。
先週統合を実施いたしました件につき、その後特にご連絡がございませんので、問題なくご利用いただけているものと存じます。
つきましては、本ケースはこれをもちましてクローズとさせていただきます。

この度はご利用ありがとうございました。`,
  }),
  ja({
    slug: 'closed-noreply-kaiketsu-sjis',
    kind: 'case_closed',
    caseId: CASE.misa,
    note: 'AWS notification that the case status changed to resolved (Shift_JIS)',
    from: NOREPLY,
    to: MISA.keep,
    subject: `ケース ${CASE.misa} は解決済みになりました`,
    date: d('2026-03-12 02:05:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

ケース ${CASE.misa} のステータスが「解決済み」に変更されました。
引き続きサポートが必要な場合は、ケースを再度開いてください。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-misaligned-dkim',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.yuki,
    note: 'closing text; DKIM passes only for an unrelated bulk domain and DMARC fails',
    from: NOREPLY,
    to: YUKI.keep,
    subject: `ケース ${CASE.yuki} はクローズされました`,
    date: d('2026-03-25 08:00:00', '+0000'),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `伊藤様

お問い合わせのケースはクローズされました。ご利用ありがとうございました。`,
  }),
  ja({
    slug: 'closed-reopen-by-reply',
    kind: 'case_closed',
    caseId: CASE.misa2,
    note: 'the case is now closed; replying will reopen it',
    from: SUPPORT_JA,
    to: MISA.mob,
    subject: `RE:[CASE ${CASE.misa2}] 認定アカウントについて`,
    date: d('2026-04-13 00:40:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

本ケースはクローズとなりました。
何かございましたら、このメールにご返信いただければ同じケースで再度対応いたします。

岡本`,
  }),
  ja({
    slug: 'closed-html-status-table',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'HTML-only status mail: case marked resolved and closed',
    from: NOREPLY,
    to: KEN.keep,
    subject: `[AWS] ケースのステータス更新: ${CASE.ken}`,
    date: d('2026-03-23 00:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林 健太 様</p>
<table cellpadding="4"><tr><td>ケース番号</td><td>${CASE.ken}</td></tr><tr><td>ステータス</td><td><b>解決済み（クローズ）</b></td></tr><tr><td>更新日</td><td>${reiwa('2026-03-23')}</td></tr></table>
<p>ケースを再開する場合は、サポートセンターから返信してください。</p>`),
  }),
  ja({
    slug: 'closed-info-never-came-trap',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.seiDup,
    note: 'closes the duplicate case because the requested information never arrived; info words, closing event',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.seiDup),
    date: d('2026-03-12 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

こちらのケース（${CASE.seiDup}）で必要な情報をお願いしておりましたが、一定期間ご返信を確認できませんでした。
そのため本ケースはいったんクローズとさせていただきます。
改めてご相談の際は、お手数ですがこのメールにご返信ください。`,
  }),
  ja({
    slug: 'closed-after-badges-confirmed-trap',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.yuki,
    note: 'closing that restates the earlier badge transfer the user already confirmed',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-24 01:30:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

川口でございます。
先日移し替えたバッジが統合先に表示されていることをご確認いただけたとのこと、安心いたしました。
本ケースはこれにてクローズさせていただきます。
このたびは誠にありがとうございました。

${outlookJa(`${YUKI.ja} <${YUKI.keep}>`, '2026年3月23日 19:02', CS_FORM, formSubj(CASE.yuki))}
川口様
バッジが表示されていることを確認しました。ありがとうございました。`,
  }),
  ja({
    slug: 'closed-7days-fullwidth-cp932',
    kind: 'case_closed',
    caseId: CASE.misa,
    note: 'CP932 reminder with full-width digits: no reply within 7 days closes the case',
    from: SUPPORT_JA,
    to: misaTo,
    subject: `【ご案内】ケース${CASE.misa}：７日後に自動クローズ`,
    date: d('2026-03-10 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    csLabel: 'CP932',
    text: `中村 美咲 様

いつもご利用ありがとうございます。
本ケースは、最後のご連絡から７日間ご返信がない場合、自動的にクローズされます。
引き続きご対応が必要な場合は、お手数ですが期限内にご返信ください。
（期限：${reiwa('2026-03-17')}）`,
  }),
  ja({
    slug: 'closed-short-mobile',
    kind: 'case_closed',
    caseId: CASE.sei,
    note: 'short closing note sent to the docomo address',
    from: SUPPORT_JA,
    to: SEI.mob,
    subject: formSubj(CASE.sei),
    date: d('2026-03-16 02:01:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `高橋様
本件はクローズいたしました。ご利用ありがとうございました。
松井`,
  }),

  // ================= support_reply =================
  ja({
    slug: 'sr-thanks-consent-handed-over-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misa,
    note: 'thanks for consenting, handed to the team, will report when the merge is done (future)',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-09 01:10:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

ご同意のご返信、確かに拝受いたしました。
担当部署へ統合作業を依頼いたしましたので、完了しましたら改めてご連絡差し上げます。
今しばらくお待ちくださいませ。

岡本

${gmailJa('2026-03-09', '08:55', MISA.ja, MISA.keep)}
> 同意します。
> 中村`,
  }),
  ja({
    slug: 'sr-not-yet-merged-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'negated: the merge has not been completed yet, still in progress',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-14 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

お問い合わせありがとうございます。西田です。
ご確認いただいたとおり、統合はまだ完了しておりません。現在、担当チームが作業を進めております。
終わり次第こちらからご連絡いたしますので、もう少々お待ちください。`,
  }),
  ja({
    slug: 'sr-exam-booked-cannot-merge-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.yuki,
    note: 'cannot merge now because of a booked exam; asks nothing, says to write again after the exam',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-13 05:05:05', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤様

川口でございます。
統合元アカウントに ${reiwa('2026-03-28')} の試験予約が入っておりましたため、現時点では統合をお受けいたしかねます。
ご受験が済みましたら、改めて本ケースへご連絡くださいますようお願いいたします。`,
  }),
  ja({
    slug: 'sr-duplicate-case-tougou-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sei,
    note: 'the duplicate CASE was merged into this one; not the account merge',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-03 09:09:09', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

松井です。
同じご依頼で別途作成されていたケース ${CASE.seiDup} は、管理の都合上こちらのケースへ統合いたしました。
今後のやり取りは本ケースにてお願いいたします。`,
  }),
  ja({
    slug: 'sr-escalated-3-5-days',
    kind: 'support_reply',
    caseId: CASE.misa,
    note: 'escalated to the specialist team, 3-5 business days',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-06 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村 美咲 様

岡本です。本件は専門部署での確認が必要となりましたため、エスカレーションいたしました。
回答までに 3～5 営業日ほど頂戴する見込みでございます。お待たせして申し訳ございません。`,
  }),
  ja({
    slug: 'sr-write-from-kept-only-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'only asks the user to write from the address being kept, no data asked: support_reply',
    from: SUPPORT_JA,
    to: `${KEN.ja} <${KEN.src}>, ${KEN.keep}`,
    subject: formSubj(CASE.ken),
    date: d('2026-03-10 06:40:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

ご連絡ありがとうございます。
セキュリティ上の理由から、統合のご依頼は存続させるアカウントのメールアドレスからお送りいただく決まりとなっております。
お手数ですが、${KEN.keep} からこのメールにご返信いただけますでしょうか。`,
  }),
  ja({
    slug: 'sr-dmarc-fail-status',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.yuki,
    note: 'status update with dmarc=fail at the top',
    from: SUPPORT_JA,
    to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-17 03:00:00', '+0000'),
    auth: 'fail',
    enc: 'utf8b64',
    text: `伊藤様

現在、担当チームにて確認を進めております。もうしばらくお待ちください。`,
  }),
  ja({
    slug: 'sr-voucher-kept-after-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sei,
    note: 'answers a question about the 50% voucher: it will carry over after the merge (future, no event)',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-04 07:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

ご質問いただいた割引バウチャーについて回答いたします。
統合後も、統合元に付与されている 50% 割引の特典は統合先へ引き継がれますので、ご安心ください。
有効期限は変わりません。

松井`,
  }),
  ja({
    slug: 'sr-apology-still-checking',
    kind: 'support_reply',
    caseId: CASE.yuki,
    note: 'apology for the delay; still checking',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-12 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

ご返答が遅くなり、大変申し訳ございません。
いただいた内容は拝見しており、社内で確認を進めております。近日中に改めてご連絡いたします。

川口`,
  }),
  ja({
    slug: 'sr-reseller-still-checking',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.seiDup,
    note: 'reseller desk relays that AWS is still checking; no request; untrusted sender',
    from: RESELLER,
    to: seiTo,
    subject: '【クラウドブリッジ】進捗のご報告（CB-2026-004417）',
    date: d('2026-03-03 17:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

お世話になっております。クラウドブリッジの森です。
AWS ケース ${CASE.seiDup} の件、本日時点では AWS にて内容を確認中とのことでございました。
進展がございましたら、追ってご連絡申し上げます。`,
  }),
  ja({
    slug: 'sr-credly-takes-days-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misa,
    note: 'explains badges may take days to appear and how to check; no transfer announced',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-10 05:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

岡本です。Credly のバッジについてのご質問、ありがとうございます。
統合後、バッジが新しいアカウントに反映されるまで数日かかることがございます。
一週間ほど経っても移行されていない場合は、改めてお知らせください。`,
  }),
  ja({
    slug: 'sr-thanks-name-confirmed-trap',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.yuki,
    note: 'thanks for confirming the romaji name; the procedure is moving on',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-12 23:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤様

氏名表記のご確認、誠にありがとうございました。
いただいた内容で手続きを進めております。次のご案内まで今しばらくお待ちください。

川口`,
  }),
  ja({
    slug: 'sr-answer-ids-question',
    kind: 'support_reply',
    caseId: CASE.ken,
    note: 'answers the user\'s question where to find the candidate ID (profile page); asks nothing',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-11 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

候補者 ID は、AWS 認定アカウントにサインイン後、画面右上のお名前の下、またはマイプロフィールのページに「AWS」で始まる番号として表示されております。
ご参考になれば幸いです。

西田`,
  }),

  // ================= unrelated =================
  ja({
    slug: 'own-sent-doui-reply',
    kind: 'unrelated',
    trusted: false,
    forUser: false,
    trap: true,
    caseId: CASE.sei,
    note: 'the user\'s own consent reply (Sent copy, no trace headers, no own address as recipient)',
    from: seiTo,
    to: `AWS Training and Certification <${CS_FORM}>`,
    subject: formSubj(CASE.sei, 'Re: RE:'),
    date: d('2026-03-05 22:41:00', '+0900'),
    auth: 'sent',
    enc: 'jis7',
    text: `松井様

お世話になっております。高橋でございます。
ご案内いただいた内容にて、統合を進めていただきますようお願い申し上げます。
統合後は元に戻せない旨、承知いたしました。

高橋 誠一`,
  }),
  ja({
    slug: 'own-docomo-reply-cc-pc',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.sei,
    note: 'the user\'s terse reply from the docomo phone, Cc\'d to his own PC address; own mail',
    from: `高橋誠一 <${SEI.mob}>`,
    to: CS_FORM,
    cc: SEI.keep,
    subject: `Re: ${formSubj(CASE.sei)}`,
    date: d('2026-03-03 12:31:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `ｹｰﾀｲから失礼します
統合元はAWS07736214、統合先はAWS41920385です
残すのは s.takahashi.home の方です
よろしくお願いします

-----Original Message-----
From: ${CS_FORM}
Subject: ${formSubj(CASE.sei)}
高橋 誠一 様
アカウントの統合を進めるにあたり、恐れ入りますが下記の情報をお送りいただけますでしょうか。`,
  }),
  ja({
    slug: 'own-line-like-softbank',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.ken,
    note: 'LINE-like one-line consent from the user\'s SoftBank phone, Cc to self; the user\'s own mail',
    from: `kenta <${KEN.mob}>`,
    to: CS_FORM,
    cc: KEN.keep,
    subject: `Re: ${formSubj(CASE.ken)}`,
    date: d('2026-03-14 07:02:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `I agree
OKです👍 統合お願いします🙇‍♂️`,
  }),
  ja({
    slug: 'own-forward-to-colleague',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.misa,
    note: 'the user forwards the completion notice to a colleague, Bcc/Cc to herself; own mail',
    from: misaTo,
    to: '田村 さん <tamura.y@example-partner.co.jp>',
    cc: MISA.keep,
    subject: `Fwd: ${formSubj(CASE.misa)}`,
    date: d('2026-03-09 23:15:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `田村さん

先日話していた認定アカウントの件、無事まとまりました。参考までに転送します。

---------- Forwarded message ---------
From: AWS トレーニングと認定 <${CS_FORM}>
Date: 2026年3月9日(月) 22:58
Subject: ${formSubj(CASE.misa)}

${MISA.srcId} を ${MISA.keepId} へ統合いたしました。受験履歴と認定資格は統合先でご確認いただけます。`,
  }),
  ja({
    slug: 'colleague-asks-how',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'colleague asks how the user got the accounts merged and whether badges moved',
    from: '佐々木 拓也 <t.sasaki@hikari-hoken.example.co.jp>',
    to: yukiTo,
    subject: 'AWS認定の統合について教えてください',
    date: d('2026-03-26 10:12:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤さん

お疲れさまです、佐々木です。
前職のアカウントと統合したと伺いました。サポートへの問合せはどこから出しましたか？
統合完了までの日数と、バッジがちゃんと移ったかも教えていただけると助かります。

佐々木`,
  }),
  ja({
    slug: 'reseller-out-of-office',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'automatic out-of-office reply from the reseller agent, mentions the merge case it cannot handle now',
    from: '森 亮介 <r.mori@cloudbridge.example.co.jp>',
    to: seiTo,
    subject: '自動応答: 【クラウドブリッジ】AWS認定アカウント統合の件',
    date: d('2026-03-04 12:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `誠に恐れ入りますが、3月4日（水）から3月6日（金）まで休暇をいただいております。
AWS 認定アカウントの統合等のお問合せは、partner-desk@cloudbridge.example.co.jp までお送りください。
3月9日（月）以降、順次ご返信いたします。`,
  }),
  ja({
    slug: 'survey-kaiketsu-shimashitaka',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.yuki,
    note: 'satisfaction survey about the merge case ("問題は解決しましたか")',
    from: 'AWS Support <no-reply-aws@amazon.com>',
    to: YUKI.keep,
    subject: 'AWS サポートに関するアンケートのお願い',
    date: d('2026-03-26 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>伊藤 由紀子 様</p>
<p>先日はケース ${CASE.yuki} にてお問い合わせいただき、ありがとうございました。</p>
<p>問題は解決しましたか？ サービス向上のため、1 分ほどのアンケートにご協力ください。</p>
<p><a href="https://survey.aws.example/s?c=${CASE.yuki}">はい</a> ／ <a href="https://survey.aws.example/s?c=${CASE.yuki}&amp;r=0">いいえ</a></p>`),
  }),
  ja({
    slug: 'pearson-booking-kakunin',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'test-centre booking confirmation (予約確認) from the exam vendor',
    from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>',
    to: YUKI.keep,
    subject: 'AWS 認定試験 予約確認のお知らせ',
    date: d('2026-03-20 06:44:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤 由紀子 様

以下の試験予約を確認いたしました。
試験：AWS Certified Security - Specialty
日時：${reiwa('2026-04-18')} 13:00
会場：東京 大手町テストセンター

当日は有効な本人確認書類をお持ちください。`,
  }),
  ja({
    slug: 'exam-result-aws-training',
    kind: 'unrelated',
    caseId: null,
    note: 'exam result notice from the certification portal; nothing to do with the merge',
    from: 'AWS Certification <no-reply@certification.aws.training>',
    to: KEN.keep,
    subject: 'AWS 認定試験の結果が確定しました',
    date: d('2026-04-02 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 健太 様

先日ご受験いただいた AWS Certified Solutions Architect - Professional の結果が確定しました。
AWS 認定アカウントにサインインし、「試験履歴」からスコアレポートをご確認ください。`,
  }),
  ja({
    slug: 'credly-microsoft-badge-ja',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge issued by Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: MISA.keep,
    subject: 'Microsoft のバッジ発行のお知らせ',
    date: d('2026-03-18 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p><b>中村 美咲さん、バッジが発行されました</b></p>
<p>Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5d0e">バッジを入手する</a></p>`),
  }),
  ja({
    slug: 'credly-own-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge authorisation code mail',
    from: 'Credly <admin@credly.com>',
    to: KEN.src,
    cc: KEN.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-03-18 11:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `アカウントの統合リクエストを受け付けました。
以下の認証コードを入力して、統合を完了してください。

認証コード：482913

お心当たりがない場合は、このメールを破棄してください。
Credly`,
  }),
  ja({
    slug: 'other-case-refund-closed',
    kind: 'unrelated',
    trap: true,
    caseId: MISA_REFUND,
    note: 'closing of the user\'s other case about an exam fee refund',
    from: SUPPORT_JA,
    to: misaTo,
    subject: `RE:[CASE ${MISA_REFUND}] 試験料の返金について`,
    date: d('2026-04-02 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

試験料の返金処理が完了いたしました。カード会社の締め日により、明細への反映は翌月以降となる場合がございます。
本ケースはこれにてクローズとさせていただきます。`,
  }),
  ja({
    slug: 'other-case-resched-receipt',
    kind: 'unrelated',
    trap: true,
    caseId: KEN_RESCHED,
    note: 'receipt of the user\'s other case, explicitly about rescheduling an exam',
    from: NOREPLY,
    to: KEN.keep,
    subject: `[ケース ${KEN_RESCHED}] 試験日程の変更に関するお問い合わせを受け付けました`,
    date: d('2026-04-05 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 健太 様

試験日程の変更に関するお問い合わせを受け付けました（ケース ${KEN_RESCHED}）。
担当者より 24 時間以内にご連絡いたします。`,
  }),
  ja({
    slug: 'hr-desk-reward-application',
    kind: 'unrelated',
    trusted: false,
    forUser: false,
    trap: true,
    caseId: null,
    note: 'company HR desk broadcast to a staff list (user not addressed): reward applications accepted/completed',
    from: HR_DESK,
    to: 'all-engineers@minato-sys.example.co.jp',
    subject: '【研修事務局】資格取得奨励金 申請受付完了のお知らせ',
    date: d('2026-03-10 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    rcpt: 'all-engineers@minato-sys.example.co.jp',
    text: `技術本部 各位

お疲れさまです。研修事務局です。
2月締めの資格取得奨励金につき、申請の受付が完了しました。
なお、AWS 認定アカウントを個人アドレスへ統合された方は、合格証の写しを改めてご提出ください。

以上、よろしくお願いいたします。`,
  }),
  ja({
    slug: 'reseller-webinar-marketing',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'reseller marketing mail for a webinar on AWS certification account merges',
    from: RESELLER2,
    to: KEN.keep,
    subject: '【無料ウェビナー】AWS認定アカウント統合の手順とよくある質問',
    date: d('2026-03-25 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林 健太 様</p>
<p>平素は格別のご高配を賜り、厚く御礼申し上げます。</p>
<p>転職や異動で増えがちな AWS 認定アカウントの統合について、申請から完了、Credly バッジの移行確認までを 30 分で解説いたします。</p>
<p>日時：${reiwa('2026-04-15')} 12:00～12:30（オンライン）<br><a href="https://soratec.example.jp/webinar">お申込みはこちら</a></p>`),
  }),
  ja({
    slug: 'summit-registration-complete',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'AWS Summit registration completed notice (marketing/event)',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: SEI.keep,
    subject: 'AWS Summit Japan 2026 ご登録完了のお知らせ',
    date: d('2026-04-01 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 誠一 様

AWS Summit Japan 2026 へのご登録が完了しました。
開催日：${reiwa('2026-06-25')}・26日
会場：幕張メッセ

当日は受付で QR コードをご提示ください。`,
  }),
];

void [RESELLER2, CREDLY, zen, quote, iphoneJa, sfQuote, paras];
