// Set v, Japanese: case_closed and support_reply.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, D, DAI, KEN, MATSUMOTO, MISAKI, OTHER_PERSON, SAKURA, SHOTA, SUPPORT, SUPPORT_BARE, YUKO,
  becky, formSubject, gmailJa, htmlDoc, mk, outlookOrigJa, quote, sfOriginal, tbirdJa, type Draft,
} from './common.js';

const ja = (x: Omit<Draft, 'lang'>): Msg => mk({ lang: 'ja', ...x });

export const JA_D: Msg[] = [
  // ───────────── case_closed ─────────────
  ja({
    slug: 'closed-misaki-restates-merge',
    kind: 'case_closed',
    caseId: CASE.misaki,
    trap: true,
    note: 'closing notice that only restates the earlier merge and badge re-issue',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-12-05 10:00:12'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

12月1日に統合、翌2日にバッジの再発行を行い、その後ご連絡がございませんので、
本件はクローズとさせていただきます。
またご不明な点がございましたら、お気軽にお問い合わせくださいませ。

岡田`,
  }),
  ja({
    slug: 'closed-ken-auto-close-3days',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'reminder that the case closes automatically in 3 days without a reply',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `ケース ${CASE.ken} はまもなく自動的にクローズされます`,
    date: D('2026-11-30 09:00:00'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 健一 様

ケース ${CASE.ken} について、サポート担当からの最後の連絡以降、お客様からのご返信を確認できておりません。
3日以内にご返信がない場合、本ケースは自動的に解決済みとなります。
解決済みとなった後も、14日以内であれば返信により再開できます。

Amazon Web Services サポート`,
  }),
  ja({
    slug: 'closed-sakura-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.sakura,
    note: 'AWS notification that the case was marked resolved',
    from: AWS_NOTIFY,
    to: SAKURA.keep,
    subject: `ケース ${CASE.sakura} は解決済みになりました`,
    date: D('2026-12-03 18:12:30'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `お客様

サポートケース ${CASE.sakura} のステータスが令和8年12月3日付で「解決済み」に変更されました。
引き続きお困りの点がある場合は、このメールにご返信いただくとケースが再開されます。

このたびはご利用いただきありがとうございました。
Amazon Web Services`,
  }),
  ja({
    slug: 'closed-shota-last-week-merge',
    kind: 'case_closed',
    caseId: CASE.shota,
    trap: true,
    note: 'closing that restates the merge of 2 December (ご案内のとおり統合済み)',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-12-06 11:30:00'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

12月2日にご案内のとおり、アカウントは統合済み、バッジも移行済みとなっております。
追加のご質問がないようですので、本ケースは終了といたします。

村上`,
  }),
  ja({
    slug: 'closed-yuko-no-reply',
    kind: 'case_closed',
    caseId: '1809660012',
    note: 'closed because no reply came (ご返信がないため), re-open by replying',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject('1809660012'),
    date: D('2026-11-18 17:40:00'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 優子 様

以前お問い合わせいただいた認定アカウントの統合の件（1809660012）につきまして、しばらくご返信をいただいておりませんので、
いったんケースをクローズさせていただきました。
再度ご相談されたい場合は、このメールへご返信いただければ引き続き対応いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-dai-dup-cases-merged',
    kind: 'case_closed',
    caseId: '1812093355127',
    trap: true,
    note: 'his duplicate case was merged into the main case and this one is closed: about cases, not accounts',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject('1812093355127'),
    date: D('2026-11-26 09:40:11'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `山本様

同じ内容で2件のお問い合わせをいただいておりましたので、ケース ${CASE.dai} に統合いたしました。
こちらのケース（1812093355127）はクローズいたします。今後は ${CASE.dai} でやり取りをお願いいたします。

近藤`,
  }),
  ja({
    slug: 'closed-misaki-dup-handled-elsewhere',
    kind: 'case_closed',
    caseId: CASE.misakiDup,
    note: 'the duplicate case is closed because the request is handled on the other case; quoted user text in half-width katakana (ISO-2022-JP)',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misakiDup),
    date: D('2026-11-25 14:20:39'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

本件は別のケース（${CASE.misaki}）にて既に対応を開始しておりますので、
こちらのケースは閉じさせていただきます。

岡田

${quote('ｱｶｳﾝﾄ統合の件、返事が来ないのでもう一度問合わせしてしまいました。\nすみません、同じ内容です。\n高橋')}`,
  }),
  ja({
    slug: 'closed-ken-misaligned-dkim',
    kind: 'case_closed',
    caseId: CASE.ken,
    trusted: false,
    note: 'closing notice signed by an unrelated bulk-mail domain with dmarc=fail: untrusted',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-12-01 03:33:33'),
    auth: 'misaligned',
    enc: 'jis7',
    text: `中村様

本ケースは解決済みとしてクローズしました。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-to-colleague-matsumoto',
    kind: 'case_closed',
    caseId: '1829004417',
    forUser: false,
    note: "a colleague's own case closing notice addressed to him, not to the user",
    from: SUPPORT,
    to: `松本 拓也 <${MATSUMOTO.addr}>`,
    subject: formSubject('1829004417'),
    date: D('2026-11-27 16:02:02'),
    auth: 'pass',
    enc: 'jis7',
    text: `松本様

ご返信がないため、お問い合わせ（1829004417）を終了させていただきます。
必要に応じて再度お問い合わせください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-yuko-html-kaiketsu',
    kind: 'case_closed',
    caseId: CASE.yuko,
    note: 'HTML-only notice: the case is resolved and closed',
    from: AWS_NOTIFY,
    to: YUKO.keep,
    subject: `ケースが解決しました（${CASE.yuko}）`,
    date: D('2026-12-06 09:00:45'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<h3 style="color:#232f3e">ケースは解決済みです</h3>
<p>ケース ID：<b>${CASE.yuko}</b></p>
<p>このケースは解決済みとしてクローズされました。ご不明点が残っている場合は、14日以内にこのメールへ返信すると再開できます。</p>`),
  }),
  ja({
    slug: 'closed-sakura-old-case-new-one',
    kind: 'case_closed',
    caseId: '1790551136',
    note: 'the case opened from the university address is closed because the kept address opened a new one',
    from: SUPPORT,
    to: SAKURA.src,
    subject: formSubject('1790551136'),
    date: D('2026-11-21 10:40:00'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `渡辺様

統合先のアドレスから新しくお問い合わせをいただきましたので、以降はそちら（${CASE.sakura}）で対応いたします。
本ケースはクローズとなります。

前田`,
  }),

  // ───────────── support_reply ─────────────
  ja({
    slug: 'reply-misaki-thanks-consent-handed-over',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: 'thanks for her consent, passed to the team; no merge yet',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-30 23:02:14'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ご同意のご連絡ありがとうございます。
担当部署へ引き継ぎましたので、処理が終わり次第あらためてご連絡いたします。

岡田

${sfOriginal(`高橋 美咲 <${MISAKI.keep}>`, '2026/11/30 22:31', SUPPORT_BARE, formSubject(CASE.misaki), 'はい、統合してください。\n高橋')}`,
  }),
  ja({
    slug: 'reply-ken-in-progress-will-notify',
    kind: 'support_reply',
    caseId: CASE.ken,
    trap: true,
    note: 'future statement: merge in progress, will report when finished (完了しましたら)',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: D('2026-11-25 20:08:50'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

ご返信ありがとうございます。現在、統合の作業を進めております。
完了しましたら改めてご連絡いたしますので、もうしばらくお待ちいただけますと幸いです。

森

${becky('2026-11-25 19:40:02', `中村 健一 <${KEN.keep}>`, '森様\n\n同意します。\nよろしくお願いします。\n\n中村')}`,
  }),
  ja({
    slug: 'reply-sakura-not-yet-complete',
    kind: 'support_reply',
    caseId: CASE.sakura,
    trap: true,
    note: 'negated: the merge has not been completed yet (まだ完了しておりません)',
    from: SUPPORT,
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-26 12:15:09'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺様

お問い合わせの件ですが、統合はまだ完了しておりません。
システム側の処理待ちとなっており、もう1～2日ほどお時間をいただく見込みです。
ご不便をおかけし申し訳ございません。

前田

${gmailJa('2026-11-26 08:30', `渡辺 さくら <${SAKURA.keep}>`, '前田様\nその後いかがでしょうか。まだ大学のアカウントにも認定が表示されています。')}`,
  }),
  ja({
    slug: 'reply-shota-name-mismatch-cannot',
    kind: 'support_reply',
    caseId: CASE.shota,
    trap: true,
    note: 'negated: cannot proceed with the merge because of a name mismatch; no data requested here',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-11-28 17:02:40'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

確認いたしましたところ、2つのアカウントでご登録のお名前の表記が異なっており（ITO SHOTA / ITOH SHOTA）、
現時点では統合を進めることができません。
社内の担当部署で対応方法を確認しておりますので、分かり次第ご連絡いたします。

村上`,
  }),
  ja({
    slug: 'reply-yuko-voucher-after-merge',
    kind: 'support_reply',
    caseId: CASE.yuko,
    trap: true,
    note: 'answers a question about the 50% voucher after a merge; future/general statement, no request',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-02 10:48:27'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

ご質問いただいた特典の件、統合後も有効期限内であれば引き続きご利用いただけます。
旧アカウントで未使用の50%割引バウチャーも、統合先に引き継がれます。

長谷川

${outlookOrigJa('2026-12-01 19:22', `小林 優子 [mailto:${YUKO.keep}]`, SUPPORT_BARE, `RE: ${formSubject(CASE.yuko)}`, '長谷川様\n\nスクショの前に質問させてください。\n旧アカウントに残っているバウチャーは消えてしまいますか？')}`,
  }),
  ja({
    slug: 'reply-dai-escalated-apology',
    kind: 'support_reply',
    caseId: CASE.dai,
    note: 'apology for the delay; the request was escalated to a specialist team',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-12-01 09:30:22'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `山本様

ご連絡が遅くなり申し訳ございません。
本件は専門チームにエスカレーションいたしました。
通常3～5営業日ほどで回答がございますので、今しばらくお待ちください。

近藤`,
  }),
  ja({
    slug: 'reply-misaki-dup-cases-merged',
    kind: 'support_reply',
    caseId: CASE.misaki,
    trap: true,
    note: 'her two duplicate cases were combined into one: cases, not accounts',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: D('2026-11-25 14:18:02'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

同じご依頼で2件のケース（${CASE.misaki} / ${CASE.misakiDup}）が作成されておりましたので、
こちらの ${CASE.misaki} に一本化いたしました。今後はこちらのメールにご返信ください。

岡田`,
  }),
  ja({
    slug: 'reply-ken-write-from-keep-only',
    kind: 'support_reply',
    caseId: CASE.kenVoucher,
    note: 'asks him to write from the address he keeps, without asking for any data',
    from: SUPPORT,
    to: KEN.src,
    subject: formSubject(CASE.kenVoucher),
    date: D('2026-11-18 15:00:09'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

ご連絡ありがとうございます。
恐れ入りますが、アカウントに関するご依頼は残される方のアカウントのメールアドレスからお送りいただく決まりとなっております。
お手数ですが、そちらから改めてお問い合わせください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-sakura-freemail-display-name',
    kind: 'support_reply',
    caseId: CASE.sakura,
    trusted: false,
    trap: true,
    note: 'support display name on a free-mail address; says the merge is still being processed: untrusted',
    from: 'AWS Training and Certification <aws.trainingcertification.jp@gmail.com>',
    to: SAKURA.keep,
    subject: formSubject(CASE.sakura),
    date: D('2026-11-26 01:05:00'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

統合処理中です。完了後にご連絡いたします。
お急ぎの場合はこちらのアドレスへご連絡ください。`,
  }),
  ja({
    slug: 'reply-to-other-person-status',
    kind: 'support_reply',
    caseId: CASE.fujita,
    forUser: false,
    note: 'status reply on another person’s case, addressed only to her',
    from: SUPPORT,
    to: OTHER_PERSON.addr,
    subject: formSubject(CASE.fujita),
    date: D('2026-12-02 11:11:11'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤田様

いただいた情報を確認しております、回答まで今しばらくお待ちください。

遠藤`,
  }),
  ja({
    slug: 'reply-shota-3-5-business-days',
    kind: 'support_reply',
    caseId: CASE.shota,
    note: 'status: the specialist team is reviewing, 3–5 business days',
    from: SUPPORT,
    to: SHOTA.keep,
    subject: formSubject(CASE.shota),
    date: D('2026-11-29 09:20:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤様

お名前の表記の件、担当チームにて確認中です。
現在、回答まで3～5営業日ほどいただいておりますので、恐れ入りますがお待ちくださいますようお願いいたします。

村上`,
  }),
  ja({
    slug: 'reply-yuko-thanks-checked',
    kind: 'support_reply',
    caseId: CASE.yuko,
    trap: true,
    note: 'thanks for the information, checked; next step to follow; asks nothing',
    from: SUPPORT,
    to: YUKO.keep,
    subject: formSubject(CASE.yuko),
    date: D('2026-12-04 09:02:00'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

スクリーンショットをお送りいただきありがとうございます。内容を確認いたしました。
このあと手続きについて改めてご案内いたしますので、少々お待ちください。

長谷川`,
  }),
  ja({
    slug: 'reply-dai-exam-booking-answer',
    kind: 'support_reply',
    caseId: CASE.dai,
    note: 'bottom-posted answer to his question about an upcoming exam booking; no request, no event',
    from: SUPPORT,
    to: DAI.keep,
    subject: formSubject(CASE.dai),
    date: D('2026-11-27 14:03:33'),
    auth: 'pass',
    enc: 'jis7',
    text: `山本様

${tbirdJa('2026-11-27 09:10', '山本 大輔', '近藤様\n12月に予約している試験はどうなりますか？')}

お問い合わせの試験予約（12/19(土) 10:00 テストセンター）については、そのまま受験いただけます。
予約の確認メールは、引き続き現在のアドレスに届きます。

近藤`,
  }),
];
