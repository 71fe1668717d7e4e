// Japanese messages of set cl, part 2: completions, badges, closings, other replies
// and unrelated mail. Machine-translated templates next to ordinary human mail.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { FORM, FORM_JA, FORM_BARE, NOTIFY, NOTIFY_JA, PORTAL, CREDLY, KEN, MISAKI, SHO, C, ja, subj, q, olJa, ref, page, MT_BANNER_JA, alsoHtml } from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

const kenConsent = `Kavya 様

お世話になっております。鈴木です。
内容を確認しました。統合を進めてください。
よろしくお願いいたします。`;

export const JA2: Msg[] = alsoHtml(['merged-bilingual-ja-first', 'closed-bilingual', 'reply-not-yet-completed'], [
  // ---------------- merge_completed (9) ----------------
  ja({
    slug: 'merged-mt-please-check',
    kind: 'merge_completed',
    caseId: C.ken,
    note: 'MT-literal completion; "please check everything looks right" stays merge_completed',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-22 06:19:55', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健一 様

あなたのアカウントは正常にマージされました。${KEN.srcId} のすべての認定は、現在 ${KEN.keepId} の下で表示されています。
すべてが正しく見えるかどうか、認定アカウントにサインインして確認してください。

AWS トレーニングと認定をご利用いただき、ありがとうございます。
Kavya

${ref('Kq81x')}

${q(kenConsent)}`,
  }),
  ja({
    slug: 'merged-and-will-close',
    kind: 'merge_completed',
    caseId: C.misaki,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: FORM,
    to: misakiTo,
    subject: subj(C.misaki),
    date: d('2026-02-06 04:05:31', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 美咲 様

ご同意ありがとうございました。本日、${MISAKI.src} のアカウントを ${MISAKI.keep} のアカウントへ統合いたしました。
認定資格と特典は統合先アカウントでご確認いただけます。
本件はこれにてクローズとさせていただきます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'merged-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice (aws.training subdomain), no case ID, katakana コンソリデーション',
    from: PORTAL,
    to: SHO.keep,
    subject: 'AWS 認定: アカウントのコンソリデーションが完了しました',
    date: d('2026-02-14 00:12:08', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<p>${SHO.en} 様</p>
<p>あなたの AWS 認定アカウントのコンソリデーションが完了しました。以前のアカウントの認定履歴は、このアカウントにトランスファーされました。</p>
<p>認定アカウントにサインインして、認定、試験履歴、およびベネフィットを確認してください。</p>
<p>AWS Certification</p>`),
  }),
  ja({
    slug: 'merged-forged-below',
    kind: 'merge_completed',
    caseId: C.sho,
    trusted: false,
    note: 'says the merge is done, but the dmarc=pass Authentication-Results sits below the server\'s Received line: forged',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-13 09:40:00', '+0000'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `伊藤様

アカウントの統合作業が完了しました。統合先アカウントにサインインし、内容をご確認ください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'merged-lookalike-amaz0n',
    kind: 'merge_completed',
    caseId: C.misaki,
    trusted: false,
    note: 'look-alike sender domain amaz0n-training.com announcing the merge: untrusted',
    from: 'AWS Training and Certification <support@amaz0n-training.com>',
    to: MISAKI.keep,
    subject: `RE:[CASE ${C.misaki}] アカウントマージ完了のお知らせ`,
    date: d('2026-02-06 11:11:11', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

アカウントのマージが完了いたしました。
つきましては下記リンクより新しいパスワードを設定してください。
https://amaz0n-training.com/reset

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'merged-sjis-outlook-quote',
    kind: 'merge_completed',
    caseId: C.ken,
    note: 'Shift_JIS completion on top of an Outlook 差出人 block with the customer\'s consent',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-22 07:02:19', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `鈴木様

お待たせいたしました。統合作業が完了いたしました。
統合元アカウント (${KEN.srcId}) にあった認定 3 件は、${KEN.keepId} に移っております。

AWS トレーニングと認定

${olJa(`鈴木 健一 <${KEN.keep}>`, '2026年1月21日 18:03', FORM_JA, subj(C.ken), kenConsent)}`,
  }),
  ja({
    slug: 'merged-bilingual-ja-first',
    kind: 'merge_completed',
    caseId: C.sho,
    note: 'bilingual completion; Japanese half says マージ, English half says "combined"',
    from: FORM,
    to: shoTo,
    subject: subj(C.sho),
    date: d('2026-02-13 23:50:41', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤 翔 様

お待たせしました。2 つのアカウントのマージは完了しています。今後は ${SHO.keep} でサインインしてください。

Dear Sho Ito,

Your two accounts have now been combined. From now on, please sign in with ${SHO.keep}.

AWS Training and Certification`,
  }),
  ja({
    slug: 'merged-resent-oldcorp',
    kind: 'merge_completed',
    caseId: C.ken,
    forUser: false,
    note: 'completion mail redirected by the old company\'s mail server (Resent-* headers): not delivered to the user as such',
    from: FORM,
    to: KEN.src,
    subject: subj(C.ken),
    date: d('2026-01-22 06:20:10', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    resent: { from: 'postmaster@alpha-sys.example.co.jp', to: 'it-helpdesk@alpha-sys.example.co.jp', date: d('2026-01-22 15:20:40', '+0900') },
    text: `鈴木様

統合元アカウントを統合先アカウントへマージいたしました。統合元のメールアドレスではサインインできなくなりますのでご注意ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'merged-html-only-translated',
    kind: 'merge_completed',
    caseId: C.misaki,
    note: 'HTML-only completion with an MT banner; case number only in the body',
    from: FORM,
    to: MISAKI.keep,
    subject: 'AWS トレーニングと認定からのお知らせ',
    date: d('2026-02-06 04:10:02', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<p style="background:#fff3cd">${MT_BANNER_JA}</p>
<p>ケース ${C.misaki} について:</p>
<p>私たちは、あなたの要求どおりに 2 つの認定アカウントの統合を実行しました。統合先アカウントに、すべての認定が今あります。</p>
<hr>
<p>Regarding case ${C.misaki}:</p>
<p>We have merged the two certification accounts as you requested. All certifications are now on the destination account.</p>`),
  }),

  // ---------------- badges_transferred (8) ----------------
  ja({
    slug: 'badges-credly-ja-issue',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS badge issued by Credly in Japanese (のバッジ発行のお知らせ / バッジを入手する)',
    from: CREDLY,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-23 10:04:40', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<p>鈴木 健一 さん</p>
<p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  ja({
    slug: 'badges-support-transfer-done',
    kind: 'badges_transferred',
    caseId: C.ken,
    note: 'support says the badge "transfer" is done (トランスファーが完了); MT katakana',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-26 05:33:20', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健一 様

お問い合わせいただいた Credly バッジの件、統合先のメールアドレス (${KEN.keep}) へのトランスファーが完了しました。
Credly のアカウントにサインインすると、3 つのバッジが表示されるはずです。

Kavya
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'badges-credly-qp-button',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly AWS badge mail (quoted-printable), button text only',
    from: CREDLY,
    to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-07 12:00:31', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification から AWS Certified Cloud Practitioner のバッジが発行されました。
下のボタンからバッジを受け取ってください。

[バッジを入手する]`,
  }),
  ja({
    slug: 'badges-credly-capital-i',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'credIy.com (capital I) look-alike sending an AWS badge notice: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: SHO.keep,
    subject: 'バッジが移行されました - Amazon Web Services',
    date: d('2026-02-15 03:22:18', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 翔 さん

あなたの AWS 認定バッジ 2 件が新しいアカウントに移行されました。
受け取るには、Credly にサインインしてください: https://www.credIy.com/signin`,
  }),
  ja({
    slug: 'badges-moved-and-closing',
    kind: 'badges_transferred',
    caseId: C.misaki,
    note: 'support says the Credly badges moved and the case is being closed: badges_transferred',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-09 06:47:51', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

Credly 側でバッジを統合先のメールアドレスへ付け替えました。バッジの受け取り手続きをお願いいたします。
ほかにご不明な点がなければ、このケースはクローズいたします。

AWS Training and Certification`,
  }),
  ja({
    slug: 'badges-credly-three-added',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: three AWS badges added to the account at the kept address; ISO-2022-JP base64',
    from: CREDLY,
    to: SHO.keep,
    subject: 'Amazon Web Services からのバッジが 3 件追加されました',
    date: d('2026-02-15 01:02:03', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 翔 さん

Amazon Web Services Training and Certification が、あなたの Credly アカウントに次のバッジを追加しました。
・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate
・AWS Certified Solutions Architect - Professional

バッジを入手する: https://www.credly.com/earner/earned

Credly チーム`,
  }),
  ja({
    slug: 'badges-reissued-accept-mail',
    kind: 'badges_transferred',
    caseId: C.ken,
    note: 'support re-issued the badges to the kept address and tells the user to accept them from Credly\'s mail',
    from: FORM,
    to: kenTo,
    subject: subj(C.ken),
    date: d('2026-01-23 09:50:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木様

バッジが移行されていないとのご連絡をありがとうございました。
バックエンドチームにてバッジを ${KEN.keep} 宛に再発行しました。Credly(admin@credly.com)から届くメールより受け取りをお願いします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'badges-credly-bilingual',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly AWS badge mail, Japanese with the English template left under it',
    from: CREDLY,
    to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-07 11:58:02', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `高橋 美咲 さん、おめでとうございます!
Amazon Web Services Training and Certification からバッジ「AWS Certified Cloud Practitioner」が発行されました。
バッジを入手する

Congratulations, Misaki!
Amazon Web Services Training and Certification has issued you the badge "AWS Certified Cloud Practitioner".
Accept your badge`,
  }),

  // ---------------- case_closed (8) ----------------
  ja({
    slug: 'closed-notify-resolved',
    kind: 'case_closed',
    caseId: C.kenDup,
    note: 'AWS Support notification: the (duplicate) case was resolved and closed; MT template',
    from: NOTIFY_JA,
    to: KEN.keep,
    subject: `ケース ${C.kenDup} は解決されました`,
    date: d('2026-01-21 00:30:12', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `こんにちは、

ケース ${C.kenDup} のステータスは「解決済み」に変更されました。このケースはクローズされています。
さらにサポートが必要な場合は、ケースを再オープンすることができます。

アマゾン ウェブ サービス`,
  }),
  ja({
    slug: 'closed-auto-3days-mt',
    kind: 'case_closed',
    caseId: C.sho,
    note: 'reminder that the case will close automatically in 3 days without a reply (MT word order)',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-17 03:03:03', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 翔 様

私たちは、まだあなたからの返信を受け取っていません。3 日以内に返信がない場合、このケースは自動的にクローズされます。
ケースがクローズされた後でも、このメールに返信することでケースを再開できます。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-restates-merge',
    kind: 'case_closed',
    caseId: C.misaki,
    trap: true,
    note: 'closing notice that only restates the merge done earlier (先日統合が完了しておりますので): case_closed',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-13 05:30:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

先日ご案内のとおり、アカウントの統合は2月6日に完了しておりますので、本ケースはクローズとさせていただきます。
またのご利用をお待ちしております。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-dmarc-fail-support-aws',
    kind: 'case_closed',
    caseId: C.ken,
    trusted: false,
    note: 'closing notice from a support.aws.com address with dmarc=fail: untrusted',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: KEN.keep,
    subject: `ケース ${C.ken} がクローズされました`,
    date: d('2026-01-30 08:00:00', '+0000'),
    auth: 'fail',
    enc: 'utf8qp',
    text: `お客様のケース ${C.ken} はクローズされました。ご利用ありがとうございました。`,
  }),
  ja({
    slug: 'closed-html-only',
    kind: 'case_closed',
    caseId: C.sho,
    note: 'HTML-only notice that the case was marked resolved',
    from: NOTIFY,
    to: SHO.keep,
    subject: `AWS サポート ケース ${C.sho} - 解決済み`,
    date: d('2026-02-20 03:10:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<p>ケース <b>${C.sho}</b> は解決済みとしてマークされました。</p>
<p>お問い合わせ内容が解決していない場合は、サポートセンターからケースを再度開いてください。</p>`),
  }),
  ja({
    slug: 'closed-sjis-with-quote',
    kind: 'case_closed',
    caseId: C.ken,
    note: 'Shift_JIS: customer said thanks, support closes the case (the merge is in the quote only)',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-27 02:22:22', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `鈴木様

ご確認のご連絡ありがとうございます。お問い合わせはこちらでクローズさせていただきます。

> 鈴木です。バッジも統合先に表示されました。ありがとうございました。`,
  }),
  ja({
    slug: 'closed-bilingual',
    kind: 'case_closed',
    caseId: C.misaki,
    note: 'bilingual closing: Japanese first, English repeats it',
    from: FORM,
    to: misakiTo,
    subject: subj(C.misaki),
    date: d('2026-02-20 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様
一定期間ご返信がなかったため、本ケースを終了いたしました。

Dear Misaki,
As we have not heard from you, this case is now closed.

AWS Training and Certification`,
  }),
  ja({
    slug: 'closed-duplicate-case',
    kind: 'case_closed',
    caseId: C.kenDup,
    trap: true,
    note: 'closes the duplicate case and points to the original one; "統合" here is about cases, not accounts',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.kenDup),
    date: d('2026-01-21 00:28:40', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木様

同じ内容のケースが 2 件作成されていたため、ケース ${C.kenDup} はケース ${C.ken} に統合し、こちらはクローズいたします。
以降のやりとりはケース ${C.ken} にて行います。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply (10) ----------------
  ja({
    slug: 'reply-thanks-for-confirming-escalated',
    kind: 'support_reply',
    caseId: C.ken,
    trap: true,
    note: 'thanks for confirming, passed to the team (MT エスカレーション): status only',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-21 09:41:30', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木様

確認していただき、ありがとうございます。あなたのリクエストは、マージを実行する内部チームにエスカレーションされました。
完了したら、私たちはあなたに通知します。

Kavya`,
  }),
  ja({
    slug: 'reply-not-yet-completed',
    kind: 'support_reply',
    caseId: C.misaki,
    trap: true,
    note: 'negated: the merge has not been completed yet (まだ完了されていません)',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-05 23:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋様

お問い合わせいただいた件、アカウントのマージはまだ完了されていません。担当チームが現在作業中です。今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-future-kanryo-shimashitara',
    kind: 'support_reply',
    caseId: C.sho,
    trap: true,
    note: 'future/conditional: 統合が完了しましたら改めてご連絡いたします',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-13 04:30:30', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `伊藤様

ご承諾のご返信をありがとうございました。担当部署に依頼いたしました。
統合が完了しましたら、改めてご連絡いたします。通常 3-5 営業日ほどお時間をいただいております。

AWS Training and Certification`,
  }),
  ja({
    slug: 'reply-unable-same-exam',
    kind: 'support_reply',
    caseId: C.ken,
    trap: true,
    note: 'support cannot merge (both accounts hold an active booking); nothing requested',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-21 05:05:05', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `鈴木様

誠に恐れ入りますが、統合元アカウントに予約済みの試験(2026年2月3日)があるため、現時点ではアカウントをマージすることができません。
試験の受験後であれば統合の手続きが可能となります。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-voucher-transfer-answer',
    kind: 'support_reply',
    caseId: C.misaki,
    trap: true,
    note: 'answers a question about the 50% voucher after a merge (トランスファー), no event, no request',
    from: FORM,
    to: misakiTo,
    subject: subj(C.misaki),
    date: d('2026-02-07 02:14:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ご質問ありがとうございます。
統合元アカウントにあった 50% 割引バウチャーは、統合後も統合先アカウントの「特典」ページにトランスファーされます。有効期限は替わりません。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-duplicate-cases-consolidated',
    kind: 'support_reply',
    caseId: C.ken,
    trap: true,
    note: '"we consolidated your duplicate cases" (ケースをコンソリデーション): about cases, not the account merge',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-21 00:35:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `鈴木様

重複して作成されたケースをコンソリデーションしました。今後はこのケース (${C.ken}) でご対応いたします。
引き続きよろしくお願いいたします。`,
  }),
  ja({
    slug: 'reply-write-from-kept',
    kind: 'support_reply',
    caseId: C.sho,
    note: 'asks only to write from the kept address, no data requested',
    from: FORM,
    to: SHO.src,
    subject: subj(C.sho),
    date: d('2026-02-09 20:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤様

本件は、保持されるアカウントのメールアドレスからご連絡いただく必要がございます。お手数ですが、そちらのアドレスから本メールにご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-escalated-3-5-days',
    kind: 'support_reply',
    caseId: C.misaki,
    note: 'escalation status with an expected 3-5 business days',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-05 04:04:04', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

本件は専門チームへエスカレーションいたしました。ご回答まで 3 から 5 営業日ほどお待ちいただく見込みです。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-apology-delay-pasted-en',
    kind: 'support_reply',
    caseId: C.sho,
    note: 'apology for the delay; agent pasted the MT Japanese above her English original',
    from: FORM,
    to: shoTo,
    subject: subj(C.sho),
    date: d('2026-02-11 07:07:07', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤様

お返事が遅くなり申し訳ありません。私たちは現在、通常より多くのお問い合わせを受け取っています。あなたのケースは優先的に見直されています。

(Sorry for the late reply. We are currently receiving more inquiries than usual. Your case is being reviewed with priority.)

Mei`,
  }),
  ja({
    slug: 'reply-badges-after-merge-future',
    kind: 'support_reply',
    caseId: C.ken,
    trap: true,
    note: 'explains that badges will be reissued after the merge (future), no event yet',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-21 10:10:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `鈴木様

バッジについてのご質問にお答えします。統合後、Credly のバッジは統合先のメールアドレス宛に再発行される予定です。数日たっても届かない場合はこのケースでお知らせください。`,
  }),

  // ---------------- unrelated (10) ----------------
  ja({
    slug: 'own-sent-consent-ja',
    kind: 'unrelated',
    caseId: C.ken,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user\'s own consent reply (sent copy, no delivery headers): own mail',
    from: kenTo,
    to: FORM_BARE,
    subject: subj(C.ken),
    date: d('2026-01-21 18:03:00', '+0900'),
    auth: 'none',
    deliveredTo: null,
    enc: 'jis7',
    text: `${kenConsent}

鈴木 健一

iPhoneから送信`,
  }),
  ja({
    slug: 'own-forward-mt-english-to-colleague',
    kind: 'unrelated',
    caseId: C.misaki,
    trusted: false,
    trap: true,
    note: 'user forwards the merge-completed mail to her own other address with a note; own mail',
    from: misakiTo,
    to: MISAKI.src,
    subject: `Fwd: ${subj(C.misaki)}`,
    date: d('2026-02-06 13:20:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `控え。統合完了したので会社側のアドレスはもう使わない。

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年2月6日(金) 13:05
Subject: ${subj(C.misaki)}
To: 高橋 美咲 <${MISAKI.keep}>

高橋 美咲 様
本日、アカウントを統合いたしました。`,
  }),
  ja({
    slug: 'colleague-asks-merged',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'a colleague asks whether the merge is done: not from support',
    from: '山本 直樹 <n.yamamoto@alpha-sys.example.co.jp>',
    to: KEN.src,
    subject: 'AWS認定の件',
    date: d('2026-01-22 10:30:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木さん

お疲れさまです。AWS認定のアカウント統合は完了しましたか?
パートナー登録の更新で認定者リストを出す必要があるので、完了したら候補者IDを教えてください。

山本`,
  }),
  ja({
    slug: 'ooo-oldcorp-bilingual',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'out-of-office auto reply from the old company, bilingual, machine-translated English ("received your mail")',
    from: '伊藤 翔 <ito-s@gamma.example.co.jp>',
    to: SHO.keep,
    subject: '自動応答: 不在のお知らせ / Automatic reply: Absence',
    date: d('2026-02-10 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `メールを受領しました。2月末日をもって退職いたしました。今後のご連絡は代表アドレスまでお願いいたします。

I received your mail. I retired at the end of February. Please contact to the representative address from now.`,
  }),
  ja({
    slug: 'credly-microsoft-badge-ja',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: MISAKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-08 04:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 美咲 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned`,
  }),
  ja({
    slug: 'credly-own-merge-code-ja',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code (machine-translated), not the AWS Certification merge',
    from: 'Credly <admin@credly.com>',
    to: SHO.keep,
    subject: 'Credly アカウントのマージを完了してください',
    date: d('2026-02-16 02:02:02', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `こんにちは、

あなたは Credly アカウントのマージをリクエストしました。以下のコードを入力して、アカウントのマージを完了してください。

確認コード: 482 913

このリクエストをしていない場合、このメールを無視してください。`,
  }),
  ja({
    slug: 'survey-mt-kaiketsu',
    kind: 'unrelated',
    caseId: C.ken,
    trap: true,
    note: 'satisfaction survey for the closed case (MT: あなたの問題は解決されましたか)',
    from: 'AWS トレーニングと認定 <aws-tc-survey@amazon.com>',
    to: KEN.keep,
    subject: `ケース ${C.ken} についてのアンケート`,
    date: d('2026-01-28 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木 健一 様

最近のケース ${C.ken} について、あなたの経験を私たちに教えてください。
あなたの問題は解決されましたか? はい / いいえ
このアンケートは約 2 分かかります。`,
  }),
  ja({
    slug: 'amazon-cojp-account-merge',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Amazon.co.jp shopping account notice about merging accounts; amazon.co.jp is not a trusted domain and it is not the certification merge',
    from: 'Amazon.co.jp <account-update@amazon.co.jp>',
    to: KEN.keep,
    subject: 'Amazon.co.jp: アカウントの統合が完了しました',
    date: d('2026-01-24 08:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `鈴木 健一 様

お客様のご依頼により、Amazon.co.jp の 2 つのアカウントの統合が完了しました。注文履歴とギフト券残高は統合後のアカウントでご確認いただけます。

Amazon.co.jp カスタマーサービス`,
  }),
  ja({
    slug: 'other-case-exam-reschedule',
    kind: 'unrelated',
    caseId: C.misakiExam,
    trap: true,
    note: 'receipt of the user\'s other case, about rescheduling an exam; says its topic',
    from: FORM,
    to: MISAKI.keep,
    subject: `[CASE ${C.misakiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: d('2026-02-10 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋様

試験の予約変更についてのお問い合わせを受け付けました (ケース ${C.misakiExam})。
24 時間以内に担当者よりご連絡いたします。`,
  }),
  ja({
    slug: 'marketing-skills-consolidate',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'marketing mail (MT copy) playing on "consolidate your skills"',
    from: 'AWS Training and Certification <aws-training-news@amazon.com>',
    to: SHO.keep,
    subject: 'あなたのスキルをコンソリデーションしよう - 新しいコースのご案内',
    date: d('2026-02-18 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<h2>あなたのスキルを 1 つの場所にコンソリデーションしましょう</h2>
<p>AWS Skill Builder の新しいラーニングプランで、認定の準備を完了してください。</p>
<p><a href="https://skillbuilder.aws/">今すぐ始める</a></p>
<p style="font-size:11px">配信停止はこちら</p>`),
  }),
]);
