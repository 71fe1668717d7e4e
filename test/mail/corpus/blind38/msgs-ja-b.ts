// Set ak, Japanese part B: completions, badges, closing, other replies, unrelated mail.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  ja, FORM, FORM_JA, NOTIFY, SUPPORT_NOTIFY, PORTAL, CREDLY_AWS, subj, KEN, MISAKI, SHO, YUKI, C, to, quote, gmailJa, outlookJa, origMsg, sfOrig, sfRef,
  fwdJa, htmlDoc, htmlTable, paras, textTable, KEN_ASK, MISAKI_ASK, SHO_ASK, YUKI_ASK, FAQ_JA_A, FAQ_JA_C, sigJa,
} from './common.js';

export const JA_B: Msg[] = [
  // ================= merge_completed =================
  ja({
    slug: 'done-fourth-para-after-three-answers',
    kind: 'merge_completed',
    caseId: C.ken,
    note: 'answers three side questions (voucher, expiry, Builder ID) and only in the fourth paragraph says the merge was carried out',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-10 16:22:48', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

ご同意のご返信とあわせて、いくつかご質問をいただきありがとうございました。順にお答えいたします。

まず、50% 割引バウチャーについてですが、未使用のものは統合先アカウントの「特典」ページに表示されるようになります。有効期限は発行時のままです。

次に、認定の有効期限については、統合によって変わることはございません。SAA-C03 は 2027 年 6 月まで、DVA-C02 は 2028 年 1 月までそのままです。

AWS Builder ID については、今後は個人アドレスの Builder ID でサインインしていただく形になります。旧アドレスの Builder ID を削除する必要は特にございません。

さて、本題のアカウント統合でございますが、本日、${KEN.srcId} から ${KEN.keepId} への統合作業を実施し、完了いたしました。認定ポータルにサインインのうえ、SAA-C03 が表示されていることをご確認ください。

${sigJa('佐々木', 0)}

${sfRef('Xk2N1')}`,
  }),
  ja({
    slug: 'done-plus-badges-pending-plus-close',
    kind: 'merge_completed',
    caseId: C.misaki,
    trap: true,
    note: 'three facts at once: merge done, Credly badges not yet moved (will follow), case to be closed; the new fact is the completion',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-01-28 17:05:13', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 美咲 様

ご承諾のお返事をありがとうございました。

・アカウントの統合：本日、アカウント2（${MISAKI.srcId}）をアカウント1（${MISAKI.keepId}）へ統合いたしました。
・Credly バッジ：システムの反映に数日かかるため、まだ移行されておりません。反映後、Credly から改めてメールが届きます。
・本ケース：上記をもちまして、いったんクローズさせていただきます。

バッジが 1 週間たっても届かない場合は、このメールにご返信いただければケースが再開されます。

${sigJa('森', 1)}`,
  }),
  ja({
    slug: 'done-portal-notice-aws-training',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice (aws.training) that the accounts were merged; no case ID',
    from: PORTAL,
    to: to(SHO),
    subject: 'AWS 認定：アカウントの統合が完了しました',
    date: d('2026-02-16 04:31:09', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 翔 様

お使いの AWS 認定アカウントについてお知らせします。

アカウント ${SHO.srcId} は、アカウント ${SHO.keepId} に統合されました。
今後は ${SHO.keep} でサインインしてください。
統合されたアカウントでは、試験の予約やスコアレポートの閲覧はできません。

このメールにお心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
  }),
  ja({
    slug: 'done-bilingual-en-half-boilerplate',
    kind: 'merge_completed',
    caseId: C.yuki,
    note: 'Japanese half carries the completion; the English half underneath is only a generic "reply in English or Japanese" line',
    from: FORM,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-13 12:38:40', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺様

ご同意いただきありがとうございます。
大学アカウント（${YUKI.srcId}）の認定と試験履歴を、${YUKI.keepId} に移す作業が終わりました。
大学アドレスが失効する前に間に合いましたので、ご安心ください。

----
You may reply to this message in English or Japanese.
AWS Training and Certification Customer Support`,
  }),
  ja({
    slug: 'done-html-table-certs-now',
    kind: 'merge_completed',
    caseId: C.sho,
    note: 'HTML+text: a table of the certifications now on the kept account, with the completion stated under the table',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-16 13:20:30', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

お返事ありがとうございました。統合後のアカウントの状態は以下のとおりです。

${textTable([
  ['認定', '取得日', '有効期限'],
  ['SAP-C02', '2024-05-18', '2027-05-18'],
  ['ANS-C01', '2025-02-07', '2028-02-07'],
  ['SAA-C03', '2025-09-30', '2028-09-30'],
])}

上記のとおり、旧社アカウントの認定はすべて ${SHO.keepId} にまとまり、統合手続きは終了しております。

藤田`,
    html: htmlDoc(`<p>小林様</p><p>お返事ありがとうございました。統合後のアカウントの状態は以下のとおりです。</p>
${htmlTable([
  ['認定', '取得日', '有効期限'],
  ['SAP-C02', '2024-05-18', '2027-05-18'],
  ['ANS-C01', '2025-02-07', '2028-02-07'],
  ['SAA-C03', '2025-09-30', '2028-09-30'],
])}
<p>上記のとおり、旧社アカウントの認定はすべて ${SHO.keepId} にまとまり、統合手続きは終了しております。</p><p>藤田</p>`),
  }),
  ja({
    slug: 'done-sjis-below-long-quote',
    kind: 'merge_completed',
    caseId: C.kenDup,
    note: 'bottom-posted completion under a long quoted thread (Shift_JIS); 「マージしました」',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-06 20:14:07', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${gmailJa('2026年3月5日(木) 19:30', KEN.ja, KEN.keep)}
> 長谷川様
>
> 統合の件、同意します。よろしくお願いいたします。
>
> 中村
>
> ${gmailJa('2026年3月5日(木) 19:01', 'AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com')}
>> 中村様
>> 下記3点すべていただきました。${KEN.srcId} を ${KEN.keepId} へ統合してよろしいか、
>> ご意向をお聞かせください（統合は取り消せません）。
>> 長谷川

中村様

お返事を受けて、先ほど2つのアカウントをマージしました。
お手数ですが、認定ポータルで表示をご確認ください。

長谷川`,
  }),
  ja({
    slug: 'done-certmetrics-sender-untrusted',
    kind: 'merge_completed',
    trusted: false,
    caseId: null,
    note: 'portal-style completion notice from a CertMetrics domain (not one of the trusted domains): merge_completed but untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>',
    to: to(MISAKI),
    subject: 'アカウント統合完了のお知らせ',
    date: d('2026-01-28 08:02:11', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

ご依頼のあった認定アカウントの統合処理が完了しました。
統合後のアカウント: ${MISAKI.keepId}

AWS Certification Program`,
  }),
  ja({
    slug: 'done-amaz0n-lookalike',
    kind: 'merge_completed',
    trusted: false,
    caseId: C.yuki2,
    note: 'completion text from amaz0n-support.com (look-alike) with a sign-in link: untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amaz0n-support.com>',
    to: to(YUKI),
    subject: subj(C.yuki2),
    date: d('2026-03-24 06:51:30', '+0900'),
    auth: 'fail',
    enc: 'utf8b64',
    text: `渡辺様

アカウントの統合が完了しました。
以下のリンクからサインインし、統合結果をご確認ください。
https://aws-training.signin-check.example.com/

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'done-check-all-looks-right',
    kind: 'merge_completed',
    caseId: C.yuki2,
    note: 'completion that ends with 「問題がないかご確認ください」 — asks to check, still a completion; restates the earlier consent first',
    from: FORM_JA,
    to: to(YUKI),
    subject: subj(C.yuki2),
    date: d('2026-03-24 15:33:01', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺様

同意のお返事（英文）を確かに受け取りました。ありがとうございます。

いただいた内容のとおり作業いたしまして、${YUKI.keepId} 側へ認定と特典の移行を済ませました。大学アカウントは本日付で無効になっております。

サインイン後、認定・試験履歴・特典の各ページに問題がないかご確認ください。表示に不足があればこのケースにご返信ください。

${sigJa('小川', 0)}`,
  }),

  // ================= badges_transferred =================
  ja({
    slug: 'badge-credly-ja-hakko-three',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS issuer) Japanese badge notice listing three badges for the kept address',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-12 02:10:45', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    relay: 'o1.ptr4417.credly.com',
    html: htmlDoc(`<p>中村 健一 さん</p>
<p>Amazon Web Services Training and Certification から、以下のバッジが発行されました。</p>
<ul>
<li>AWS Certified Solutions Architect – Associate</li>
<li>AWS Certified Developer – Associate</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>
<p>バッジを受け取ると、LinkedIn などで共有できるようになります。</p>
<p>Credly</p>`),
  }),
  ja({
    slug: 'badge-support-fourth-para',
    kind: 'badges_transferred',
    caseId: C.misaki,
    note: 'support reply: apology, voucher answer, Builder ID note, then in the fourth paragraph the badges were moved to the kept account on Credly',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-02-04 10:44:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

ケース再開のご連絡をいただきありがとうございます。お待たせしてしまい申し訳ございません。

バウチャーの件ですが、アカウント1の「特典」ページに 50% 割引が 1 件表示されていることを確認しております。

また、旧パートナー企業のアドレスに届いていた Credly の案内メールは、今後は届かなくなります。

お問い合わせの Credly バッジについては、こちらで再発行の処理を行い、${MISAKI.keep} 宛の Credly アカウントへ移しました。CLF と SAA の 2 つのバッジが並んでいるはずですので、ご覧になってみてください。

これにて本件は完了とし、ケースをクローズいたします。

${sigJa('森', 2)}`,
  }),
  ja({
    slug: 'badge-credly-sjis-single',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly AWS badge notice in Shift_JIS for the merged account\'s address (single badge)',
    from: CREDLY_AWS,
    to: SHO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-18 22:03:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    relay: 'o1.ptr4417.credly.com',
    text: `小林 翔 さん

Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Advanced Networking - Specialty

「バッジを入手する」から受け取りを完了してください。
https://www.credly.com/earner/earned/badge/accept

Credly チーム`,
  }),
  ja({
    slug: 'badge-bilingual-en-then-ja-news',
    kind: 'badges_transferred',
    caseId: C.yuki,
    note: 'English half is a greeting only; the Japanese half says the badges were moved to the kept Credly account',
    from: FORM,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-20 09:58:36', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Hello Yuki, thank you for following up.

渡辺様

Credly のバッジが大学アドレスのアカウントに残ったままになっていたとのこと、ご不便をおかけしました。
担当チームにて、Cloud Practitioner のバッジを ${YUKI.keep} のアカウントへ付け替えました。
Credly にサインインしてご確認ください。

小川`,
  }),
  ja({
    slug: 'badge-and-close-long-table',
    kind: 'badges_transferred',
    caseId: C.sho,
    trap: false,
    note: 'support announces the badges moved and closes the case; a status table lists merge (done earlier), badges (done now), case (closing)',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-20 11:11:11', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林様

ご依頼の件、以下のとおり対応状況をご報告いたします。

${textTable([
  ['項目', '状況'],
  ['アカウント統合', '2月16日に対応済み'],
  ['Credly バッジ', '本日、統合先へ移行済み'],
  ['ケース', '本メールをもってクローズ'],
])}

バッジ 3 つ（SAP / ANS / SAA）はいずれも ${SHO.keep} の Credly アカウントで表示されるようになっております。

${sigJa('藤田', 1)}`,
  }),
  ja({
    slug: 'badge-credly-forged-credly-co',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly-looking badge notice from credly-badges.co (look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.co>',
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-11 13:00:00', '+0000'),
    auth: 'none',
    enc: 'utf8b64',
    text: `中村 健一 さん

新しいバッジが発行されました。
AWS Certified Solutions Architect – Associate
バッジを入手する: http://credly-badges.co/claim

Credly`,
  }),
  ja({
    slug: 'badge-reply-under-outlook-quote',
    kind: 'badges_transferred',
    caseId: C.kenDup,
    note: 'short reply above an Outlook-quoted customer complaint: 「バッジを移行いたしました」',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-14 10:02:44', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

お待たせしました。Credly 側の紐づけを修正し、SAA のバッジを個人アドレスのアカウントへ移行いたしました。数分後に Credly からメールが届きます。

長谷川

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年3月13日 21:40', 'aws-cs-trainingcertification-form@amazon.com', subj(C.kenDup))}

長谷川様

統合ありがとうございました。認定ポータルの表示は問題ないのですが、Credly では SAA のバッジが旧アドレス側に残ったままです。
こちらも移していただくことは可能でしょうか。

中村`,
  }),
  ja({
    slug: 'badge-credly-dkimparent-notice',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly AWS issuer notice: accepted-badge summary for the kept account (two badges); DKIM only, signed by the parent domain',
    from: 'Amazon Web Services Training and Certification via Credly <notifications@mail.credly.com>',
    to: MISAKI.keep,
    subject: 'バッジが追加されました',
    date: d('2026-02-04 02:30:19', '+0000'),
    auth: 'dkimParent',
    enc: 'jis7',
    relay: 'o2.ptr4417.credly.com',
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification のバッジがあなたのアカウントに追加されました。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect - Associate

プロフィールでバッジを確認する: https://www.credly.com/users/me

Credly`,
  }),

  // ================= case_closed =================
  ja({
    slug: 'closed-restate-merge-last-week',
    kind: 'case_closed',
    caseId: C.ken,
    trap: true,
    note: 'closing notice that only restates the merge done last week (and the badges earlier): case_closed',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-17 09:00:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

先週ご案内のとおり、3月10日にアカウントの統合を、3月14日に Credly バッジの移行をそれぞれ実施しております。

その後、ご不明な点などのご連絡がございませんでしたので、本ケースはこちらで解決済みとさせていただきます。

今後、別件でお困りのことがございましたら、新しいケースにてお問い合わせください。

${sigJa('佐々木', 0)}`,
  }),
  ja({
    slug: 'closed-auto-seven-days',
    kind: 'case_closed',
    caseId: C.misaki,
    note: 'reminder: will auto-close in 7 days if no reply; a long paragraph on how to reopen comes first',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-02-06 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 美咲 様

本ケースの再開方法について：クローズ後であっても、このメールにご返信いただければ同じケース番号で再開されます。新しいケースを作成する必要はございません。

先日のご案内以降、ご返信をいただいておりません。

7 日以内にご返信がない場合、本ケースは自動的にクローズされます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'closed-notify-resolved-sjis',
    kind: 'case_closed',
    caseId: C.yuki2,
    note: 'AWS Support notification (Shift_JIS): the case status changed to resolved',
    from: SUPPORT_NOTIFY,
    to: YUKI.keep,
    subject: `ケース ${C.yuki2} のステータスが「解決済み」に変更されました`,
    date: d('2026-03-31 00:05:40', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `お客様

以下のサポートケースが解決済みになりました。

ケース ID: ${C.yuki2}
件名: 認定アカウントの統合について

ケースの履歴はサポートセンターで引き続き閲覧できます。
解決済みのケースに返信すると、ケースは再度オープンされます。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-thanks-reply-then-close',
    kind: 'case_closed',
    caseId: C.yuki,
    trap: true,
    note: 'after the customer\'s thank-you: restates the merge and badge move, then closes; Gmail quote below',
    from: FORM_JA,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-22 14:10:50', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺様

ご丁寧にありがとうございます。
統合、バッジの付け替えともに問題なくご確認いただけたとのことで、安心いたしました。

それでは、本ケースはこれにて終了とさせていただきます。

小川

${gmailJa('2026年1月21日(水) 20:02', YUKI.ja, YUKI.keep)}
> 小川様
> 統合もバッジも確認できました。大変お世話になりました。
> 渡辺`,
  }),
  ja({
    slug: 'closed-html-no-reply-received',
    kind: 'case_closed',
    caseId: C.sho,
    note: 'HTML-only: no answer to the last question, case closed; explains at length how to open a new case if needed',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-03-02 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林様</p>
<p>2 月 20 日のご連絡以降、お客様からのお返事を確認できませんでした。</p>
<p>恐れ入りますが、本ケースはクローズとさせていただきました。</p>
<p>再度お問い合わせいただく場合は、以下をご参照ください。</p>
<ol><li>このメールに返信する（同じケースが再開されます）</li><li>新しい内容の場合はサポートフォームから新規ケースを作成する</li></ol>
<p>AWS トレーニングと認定</p>`),
  }),
  ja({
    slug: 'closed-bilingual-en-first',
    kind: 'case_closed',
    caseId: C.kenDup,
    note: 'English line "this case has been closed" then the same in Japanese with the reason (duplicate of the main case handled elsewhere)',
    from: FORM,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-18 12:00:05', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `This case has been closed.

中村様

本ケースにつきましては、ご依頼内容がすべて完了しておりますので、クローズいたしました。
ご協力ありがとうございました。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-lookalike-authserv',
    kind: 'case_closed',
    trusted: false,
    caseId: C.misaki,
    note: 'closing notice whose only A-R comes from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-02-13 09:30:00', '+0900'),
    auth: 'lookalikeServer',
    enc: 'jis7',
    text: `高橋様

ご返信がなかったため、本ケースはクローズされました。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'closed-reminder-three-days-long',
    kind: 'case_closed',
    trap: true,
    caseId: C.ken,
    note: 'long status recap (merge done, badges done) then: will close in 3 business days unless he replies',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-14 18:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 健一 様

これまでの対応をまとめさせていただきます。

1. 3月5日　統合内容のご案内と同意のお願い
2. 3月6日　ご同意を受領
3. 3月10日　アカウント統合を実施
4. 3月14日　Credly バッジの移行を実施

以上でご依頼はすべて対応済みと認識しております。3 営業日以内にご返信がない場合は、本ケースを終了させていただきます。

${sigJa('佐々木', 1)}`,
  }),

  // ================= support_reply =================
  ja({
    slug: 'sr-thanks-for-consent-passed-on',
    kind: 'support_reply',
    caseId: C.misaki,
    trap: true,
    note: 'thanks for the consent, passed to the back-office team; 統合 and 完了 appear only as future',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-01-26 19:44:10', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

ご承諾のお返事をいただき、ありがとうございました。

お客様のご依頼は、統合作業を担当する部署へ引き継ぎました。作業には通常 3〜5 営業日ほどかかります。

統合が完了しましたら、このケースにて改めてご連絡いたします。それまでの間、アカウント2での試験予約はお控えください。

${sigJa('森', 0)}`,
  }),
  ja({
    slug: 'sr-not-yet-completed-apology',
    kind: 'support_reply',
    caseId: C.kenDup,
    trap: true,
    note: '「統合はまだ完了しておりません」: a negated completion, with apology and an estimate',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.kenDup),
    date: d('2026-03-06 11:02:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

お問い合わせありがとうございます。

ポータル上で SAA が表示されないとのことですが、申し訳ございません、統合はまだ完了しておりません。現在、担当部署で作業の順番をお待ちいただいている状況です。

本日中、遅くとも明日には対応できる見込みです。

長谷川`,
  }),
  ja({
    slug: 'sr-cannot-merge-exam-booked',
    kind: 'support_reply',
    caseId: C.sho,
    trap: true,
    note: 'cannot merge yet because the source account has an exam booked; explains options; no data requested',
    from: FORM_JA,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-02-14 10:20:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林様

ご同意のお返事をありがとうございました。

作業の直前に確認したところ、統合元アカウントに 2 月 28 日の SAA-C03 の受験予約が入っておりました。予約が残っている状態では、統合を実施できません。

受験後に統合を行うか、予約をいったんキャンセルしていただくか、どちらでも対応可能です。受験を終えられましたら、このケースにそのままご返信ください。

藤田`,
  }),
  ja({
    slug: 'sr-three-answers-no-ask',
    kind: 'support_reply',
    caseId: C.yuki,
    note: 'long answer to three questions (expiry, student discount, Builder ID); nothing requested, no status change',
    from: FORM_JA,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-15 16:00:49', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺様

追加のご質問をいただきありがとうございます。順番にご回答いたします。

1）Cloud Practitioner の有効期限
　2026 年 11 月までです。統合によって変わることはございません。

2）学生向け割引
　大学アドレスに紐づいていた割引は、在籍確認が必要なため引き継ぎの対象外となります。

3）AWS Builder ID
　就職後のアドレスで作成された Builder ID をそのままお使いください。

ほかにもご不明な点があれば、お気軽にお知らせください。

小川`,
  }),
  ja({
    slug: 'sr-write-from-keep-only',
    kind: 'support_reply',
    caseId: C.yuki2,
    trap: false,
    note: 'asks her to write from the address she keeps, without asking for any data',
    from: FORM_JA,
    to: YUKI.src,
    cc: YUKI.keep,
    subject: subj(C.yuki2),
    date: d('2026-03-20 15:42:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

AWS トレーニングと認定です。

恐れ入りますが、このケースの今後のやり取りは、統合先としてお使いになるアドレスからお送りいただけますでしょうか。大学アドレスからのメールには、セキュリティ上の理由でお答えできない場合がございます。

小川`,
  }),
  ja({
    slug: 'sr-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: C.ken,
    trap: true,
    note: '"we merged your two cases" (duplicate case IDs), not the account merge',
    from: FORM_JA,
    to: to(KEN),
    subject: subj(C.ken),
    date: d('2026-03-03 16:30:12', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

同じご依頼で 2 件のケース（${C.ken} と ${C.kenDup}）を作成いただいておりましたので、こちらでケースを統合いたしました。

今後のご連絡は ${C.kenDup} のほうで行います。どちらに返信いただいても担当者には届きますのでご安心ください。

アカウントの統合については、引き続き担当者よりご案内いたします。

佐々木`,
  }),
  ja({
    slug: 'sr-badges-will-move-later',
    kind: 'support_reply',
    caseId: C.misaki,
    trap: true,
    note: 'badges will be re-issued "once the system syncs": future, so not badges_transferred',
    from: FORM_JA,
    to: to(MISAKI),
    subject: subj(C.misaki),
    date: d('2026-02-02 13:00:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

Credly のバッジについてお問い合わせいただきありがとうございます。

統合後のバッジは、Credly との同期処理が終わり次第、アカウント1のメールアドレスに再発行される予定です。通常は 1 週間ほどかかります。

再発行されましたら Credly からメールが届きますので、それまでお待ちいただけますでしょうか。

森`,
  }),
  ja({
    slug: 'sr-escalated-long-bilingual',
    kind: 'support_reply',
    caseId: C.sho,
    note: 'Japanese status update (escalated to the specialist team) followed by a machine English copy',
    from: FORM,
    to: to(SHO),
    subject: subj(C.sho),
    date: d('2026-03-03 17:02:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

受験を終えられたとのご連絡、ありがとうございます。
統合元アカウントのデータに一部不整合が見つかったため、専門チームに調査を依頼いたしました。回答まで数日ほどお時間をいただきます。

Dear Sho Kobayashi,
Thank you for letting us know you have taken the exam. We found an inconsistency in the source account's data and have escalated the case to a specialist team. This may take a few days.

藤田`,
  }),
  ja({
    slug: 'sr-misaligned-dkim-status',
    kind: 'support_reply',
    trusted: false,
    caseId: C.yuki,
    note: 'status update; A-R dkim=pass only for an unrelated bulk domain, dmarc=fail: untrusted',
    from: FORM_JA,
    to: to(YUKI),
    subject: subj(C.yuki),
    date: d('2026-01-10 11:11:00', '+0900'),
    auth: 'misaligned',
    enc: 'utf8qp',
    text: `渡辺様

ご返信ありがとうございます。担当部署にて確認しております。もうしばらくお待ちください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'sr-to-colleague-not-user',
    kind: 'support_reply',
    forUser: false,
    caseId: C.misakiExam,
    note: 'a support reply on a colleague\'s own case, addressed only to the colleague',
    from: FORM_JA,
    to: '山本 大輔 <d.yamamoto@cloudpartner.example.com>',
    subject: subj(C.misakiExam),
    date: d('2026-01-30 10:10:10', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `山本様

お問い合わせの件、現在担当部署に確認しております。
回答まで今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサポート`,
  }),

  // ================= unrelated =================
  ja({
    slug: 'un-own-forward-to-colleague',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.ken,
    note: 'the user\'s own forward of the completion mail to a colleague, with a note on top',
    from: `${KEN.ja} <${KEN.keep}>`,
    to: '田中 <tanaka@sysint.example.co.jp>',
    cc: KEN.keep,
    subject: `Fwd: ${subj(C.ken)}`,
    date: d('2026-03-10 18:02:00', '+0900'),
    auth: 'none',
    enc: 'utf8b64',
    text: `田中さん

先日話していた認定アカウントの件、無事に統合してもらえました。参考までに転送します。
会社アドレスのほうはもう使えなくなるので、社内の資格一覧の登録先も変えておいてもらえると助かります。

中村

${fwdJa('AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '2026年3月10日(火) 16:22', subj(C.ken), KEN.keep)}

中村 健一 様

さて、本題のアカウント統合でございますが、本日、${KEN.srcId} から ${KEN.keepId} への統合作業を実施し、完了いたしました。`,
  }),
  ja({
    slug: 'un-survey-after-case',
    kind: 'unrelated',
    trap: true,
    caseId: C.misaki,
    note: 'satisfaction survey: 「問題は解決しましたか」, mentions the merge case',
    from: 'AWS トレーニングと認定 <aws-tc-survey@amazon.com>',
    to: MISAKI.keep,
    subject: `ケース ${C.misaki} に関するアンケートのお願い`,
    date: d('2026-02-05 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 美咲 様

先日はアカウント統合に関するお問い合わせをいただきありがとうございました。
サポートの品質向上のため、1 分程度のアンケートにご協力ください。

問題は解決しましたか？
[はい]  [いいえ]

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'un-credly-microsoft-badge',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge notice from Microsoft as issuer: not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: SHO.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-19 08:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    relay: 'o1.ptr4417.credly.com',
    text: `小林 翔 さん

Microsoft があなたにバッジを発行しました。
Microsoft Certified: Azure Administrator Associate

バッジを入手する
https://www.credly.com/earner/earned/badge/accept

Credly`,
  }),
  ja({
    slug: 'un-credly-own-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge verification code mail (Credly accounts, not the AWS certification merge)',
    from: 'Credly <admin@credly.com>',
    to: YUKI.src,
    subject: 'アカウント統合の確認コード',
    date: d('2026-01-21 12:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    relay: 'o1.ptr4417.credly.com',
    text: `渡辺 由紀 さん

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して統合を完了してください。

確認コード: 481 227

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  ja({
    slug: 'un-refund-case-receipt',
    kind: 'unrelated',
    trap: true,
    caseId: C.kenRefund,
    note: 'receipt of the user\'s other case, about an exam fee refund: says its topic, so not the merge case',
    from: FORM_JA,
    to: to(KEN),
    subject: `[CASE ${C.kenRefund}] 受験料の返金について - お問い合わせ受付`,
    date: d('2026-03-08 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 健一 様

受験料の返金に関するお問い合わせを受け付けました（ケース ${C.kenRefund}）。
返金の可否については、試験配信会社の記録を確認のうえ、担当者よりご連絡いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'un-ooo-colleague-autoreply',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.sho,
    note: 'out-of-office auto-reply from an old colleague\'s mailbox that quotes the merge consent request',
    from: '佐野 <sano@old-si.example.jp>',
    to: SHO.keep,
    subject: `自動応答: ${subj(C.sho)}`,
    date: d('2026-02-13 15:12:00', '+0900'),
    auth: 'none',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。佐野です。
2月13日から2月20日まで休暇のため不在にしております。
急ぎのご用件は support@old-si.example.jp までご連絡ください。

> 小林様
> この内容で進めてもかまいませんか。
> 藤田`,
  }),
  ja({
    slug: 'un-exam-result-available',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'exam result notice ("your score report is available"), with congratulations and a badge sentence',
    from: 'AWS Certification <certification-noreply@aws.training>',
    to: to(MISAKI),
    subject: 'AWS 認定試験の結果が確定しました',
    date: d('2026-03-01 09:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 美咲 様

AWS Certified Developer - Associate の試験結果が確定しました。
認定アカウントにサインインして、スコアレポートをご確認ください。

合格された場合、デジタルバッジが Credly から数日以内に発行されます。

AWS Certification`,
  }),
  ja({
    slug: 'un-own-consent-reply-sent',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: C.ken,
    note: 'the user\'s own consent reply (in Sent, Bcc to himself): 「同意します」 with the request quoted',
    from: `${KEN.ja} <${KEN.keep}>`,
    to: FORM_BARE_JA(),
    cc: KEN.src,
    subject: subj(C.ken),
    date: d('2026-03-05 19:30:02', '+0900'),
    auth: 'none',
    enc: 'jis7',
    text: `佐々木様

ご案内ありがとうございます。記載の内容で統合を進めていただくことに同意します。
よろしくお願いいたします。

中村 健一

${quote(`${gmailJa('2026年3月5日(木) 18:44', 'AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com')}
中村 健一 様
上記の内容でお手続きを進めてよろしいでしょうか。差し支えなければ、本メールに「同意します」とご返信ください。`)}`,
  }),
  ja({
    slug: 'un-skillbuilder-subscription-done',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Skill Builder subscription change completed: 「手続きが完了しました」, not the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: YUKI.keep,
    subject: 'サブスクリプションの変更手続きが完了しました',
    date: d('2026-03-25 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `渡辺 由紀 様

AWS Skill Builder 個人サブスクリプションの変更手続きが完了しました。
次回の請求日: 2026年4月25日
プラン: 年間プラン

ご不明な点はヘルプセンターをご覧ください。

AWS Skill Builder`,
  }),
];

function FORM_BARE_JA(): string {
  return 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
}
