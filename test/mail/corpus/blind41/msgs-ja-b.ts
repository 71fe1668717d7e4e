// Japanese messages of set "an", part B: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, AWS_NOTIFY, AWS_SUPPORT_SUB, PORTAL, SKILL, CREDLY_AWS, formSubject, KEN, MISAKI, SHO, YUMI, DAN, LIN, CASE,
  sfOriginal, gmailJa, gmailEn,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;
const yumiTo = `${YUMI.ja} <${YUMI.keep}>`;
const linTo = `${LIN.ja} <${LIN.keep}>`;

const credlyHtml = (issuer: string, badge: string, name: string, extra = ''): string => `<html><body style="font-family:sans-serif">
<table width="600" align="center"><tr><td>
<p>${name} 様</p>
<p>${issuer} から、新しいデジタルバッジ「${badge}」が発行されました。</p>
${extra}<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/3f1c9e2a-7d41-4b8e-a0c6-51e2d9b7f004" style="background:#ff6b00;color:#fff;padding:10px 24px">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">このメールは Credly, Inc. から ${issuer} に代わって送信されています。配信停止は <a href="https://www.credly.com/notifications">こちら</a>。</p>
</td></tr></table></body></html>`;

export const JA_B: Msg[] = [
  // ================= merge_completed =================
  j({
    slug: 'merged-mt-successfully',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.ken,
    note: 'machine-translated completion: あなたのアカウントは正常にマージされました; the badge sentence is only a future caveat',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-12 02:41:09', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `こんにちは 中村 健一、

あなたの確認をありがとう。あなたのアカウントは正常にマージされました。
あなたのすべての認定とベネフィットは今 ${KEN.keepId} の下で見ることができます。

あなたの Credly バッジはマージされたアカウントに移動されるまでに数日かかる場合があります。

私たちはあなたの素晴らしい一日を願っています！
Haruka
AWS トレーニングと認定`,
  }),
  j({
    slug: 'merged-bilingual-done',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'bilingual interleaved completion notice, asks only to check that everything shows correctly',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-20 15:20:55', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 様 / Dear Ms. Kobayashi,

ご返信ありがとうございました。アカウントの統合が完了しました。
Thank you for your reply. The account merge has been completed.

認定と特典が ${MISAKI.keepId} に表示されているか、ご確認ください。
Please check that your certifications and benefits now appear under ${MISAKI.keepId}.

AWS トレーニングと認定 / AWS Training and Certification
Kenta`,
  }),
  j({
    slug: 'merged-portal-notice-no-case',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice (aws.training) that the accounts were combined; no case ID',
    from: PORTAL,
    to: YUMI.keep,
    subject: 'AWS 認定: アカウント統合完了のお知らせ',
    date: d('2026-03-07 04:02:17', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 由美 様

AWS 認定アカウント ${YUMI.srcId} のデータを、アカウント ${YUMI.keepId} に統合しました。
今後は ${YUMI.keep} でサインインしてください。統合元のアカウントは無効になっています。

AWS Certification
https://www.aws.training/Certification`,
  }),
  j({
    slug: 'merged-sjis-please-check',
    kind: 'merge_completed',
    caseId: CASE.sho,
    note: 'Shift_JIS: 統合作業が完了いたしました, then asks to check certifications and vouchers (still the completion)',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-02-26 11:47:02', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `渡辺様

ご同意のご連絡をありがとうございました。
${SHO.srcId} から ${SHO.keepId} への統合作業が、本日完了いたしました。

念のため、認定ポータルにて認定資格と 50% 割引バウチャーが表示されているかご確認いただき、万一不足があればこのケースにご返信ください。

AWS トレーニングと認定
佐々木`,
  }),
  j({
    slug: 'merged-and-will-close-jisb64',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.lin,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin),
    date: d('2026-03-09 10:30:45', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `林 様

旧アカウントの認定を新しいアカウントへ移し終えました。${LIN.keep} でログインすると、すべての認定が一覧に表示されます。
本件はこれで対応完了とさせていただき、ケースをクローズいたします。

AWS トレーニングと認定
高橋`,
  }),
  j({
    slug: 'merged-html-only-ja',
    kind: 'merge_completed',
    caseId: CASE.dan,
    note: 'HTML-only Japanese completion: 統合処理が終わりました',
    from: SUPPORT,
    to: `${DAN.ja} <${DAN.keep}>`,
    subject: formSubject(CASE.dan),
    date: d('2026-03-12 18:03:29', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: `<div dir="ltr">
<p>オカフォー 様</p>
<p>お待たせいたしました。二つの認定アカウントの統合処理が終わりました。以後は <b>${DAN.keep}</b> のアカウントのみご利用いただけます。</p>
<p>AWS トレーニングと認定</p>
</div>`,
  }),
  j({
    slug: 'merged-ja-quotes-english-consent',
    kind: 'merge_completed',
    caseId: CASE.ken2,
    note: 'Japanese completion reply quoting the user\'s English consent (Gmail English quote header)',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-13 09:09:09', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

英語でのご返信ありがとうございます。ご同意をいただきましたので処理を行い、先ほど二つのアカウントが一つになりました。

AWS トレーニングと認定

${gmailEn('Thu, Feb 12, 2026 at 11:40 PM', KEN.en, KEN.keep)}
> Dear AWS support,
> I agree to merge. Please go ahead.
> Kenichi`,
  }),
  j({
    slug: 'merged-lookalike-domain',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.misakiDup,
    note: 'completion claim from a look-alike domain (aws-training-cert.com): untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-cert.com>',
    to: misakiTo,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-02-20 03:33:33', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

アカウントの統合が完了しました。下記リンクからサインインし、統合結果をご確認ください。
https://aws-training-cert.com/signin

AWS トレーニングと認定`,
  }),
  j({
    slug: 'merged-katakana-consolidation',
    kind: 'merge_completed',
    caseId: CASE.yumi,
    note: 'translated template with katakana: アカウントのコンソリデーションがコンプリートしました',
    from: SUPPORT,
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-07 01:15:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ハロー 伊藤 由美、

グッドニュースです！あなたのアカウントのコンソリデーションがコンプリートしました。
あなたのサーティフィケーションのすべては、現在 ${YUMI.keepId} にリンクされています。

サンクス、
AWS トレーニングと認定チーム`,
  }),

  // ================= badges_transferred =================
  j({
    slug: 'badge-credly-ja-multipart',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address, Japanese template (バッジ発行のお知らせ / バッジを入手する)',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-13 07:21:40', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 健一 様

Amazon Web Services Training and Certification から、新しいデジタルバッジ「AWS Certified Solutions Architect - Associate」が発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c9e2a-7d41-4b8e-a0c6-51e2d9b7f004

このメールは Credly, Inc. から送信されています。`,
    html: credlyHtml('Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Associate', '中村 健一'),
  }),
  j({
    slug: 'badge-credly-mt-anata-kakutoku',
    kind: 'badges_transferred',
    caseId: null,
    note: 'machine-translated Credly HTML: あなたは Amazon Web Services からバッジを獲得しました!',
    from: CREDLY_AWS,
    to: misakiTo,
    subject: 'おめでとうございます、あなたは新しいバッジを獲得しました！',
    date: d('2026-02-21 00:12:09', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: `<html><body>
<h2>あなたはバッジを獲得しました！</h2>
<p>小林 美咲、Amazon Web Services Training and Certification はあなたに「AWS Certified Developer - Associate」を発行しました。</p>
<p>あなたのバッジを受け入れて、あなたの成果をあなたのネットワークと共有してください。</p>
<p><a href="https://www.credly.com/badges/accept">あなたのバッジを受け入れる</a></p>
<p style="color:#999">Credly | 13809 Research Blvd, Austin TX</p>
</body></html>`,
  }),
  j({
    slug: 'badge-support-moved-jis',
    kind: 'badges_transferred',
    caseId: CASE.sho,
    note: 'support says the Credly badges from the old account now sit on the kept account\'s Credly profile',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-02 14:12:10', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

ご指摘いただいたデジタルバッジの件、Credly 側の担当と連携いたしまして、${SHO.src} に紐づいていた 3 つのバッジを ${SHO.keep} の Credly アカウントへ付け替えました。Credly にログインのうえ、ご覧いただけます。

AWS トレーニングと認定
佐々木`,
  }),
  j({
    slug: 'badge-support-bilingual',
    kind: 'badges_transferred',
    caseId: CASE.yumi,
    note: 'bilingual interleaved: badges have been reissued to the kept address',
    from: SUPPORT,
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-10 10:44:12', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 様 / Dear Ms. Ito,

Credly のバッジを ${YUMI.keep} 宛てに再発行しました。
We have reissued your Credly badges to ${YUMI.keep}.

Credly から届く受け取り用のメールをご確認ください。
Please look for the claim e-mail from Credly.

AWS トレーニングと認定 / AWS Training and Certification`,
  }),
  j({
    slug: 'badge-support-sjis-and-close',
    kind: 'badges_transferred',
    trap: true,
    caseId: CASE.dan,
    note: 'Shift_JIS base64: badges moved and the case is being closed: badges_transferred, not case_closed',
    from: SUPPORT,
    to: `${DAN.ja} <${DAN.keep}>`,
    subject: formSubject(CASE.dan),
    date: d('2026-03-16 12:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `オカフォー様

デジタルバッジ 2 点を、統合先アカウントの Credly プロフィールに移行いたしました。
これをもちまして本件のご依頼はすべて対応いたしましたので、ケースはクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'badge-credly-lookalike-domain',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'badge notice from a Credly look-alike domain (credly-badges.net): untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>',
    to: linTo,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    date: d('2026-03-10 05:55:55', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyHtml('Amazon Web Services', 'AWS Certified Cloud Practitioner', '林 偉').replace(/www\.credly\.com/g, 'credly-badges.net'),
  }),
  j({
    slug: 'badge-ja-quotes-english-question',
    kind: 'badges_transferred',
    caseId: CASE.lin,
    note: 'Japanese agent reply quoting the user\'s English question "badges did not move"; badges now moved',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin),
    date: d('2026-03-12 16:20:31', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `林 様

お問い合わせのバッジについて、旧アカウント分の 2 件を新しいメールアドレスの Credly アカウントへ移しました。お手数ですが Credly で表示をご確認ください。

高橋
AWS トレーニングと認定

${sfOriginal(`Lin Wei <${LIN.keep}>`, '3/11/2026 8:02 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.lin), `Hello Takahashi-san,
Thank you for merge. But my Credly badges is still in old account, not moved. Can you help?
Lin`)}`,
  }),
  j({
    slug: 'badge-katakana-transfer',
    kind: 'badges_transferred',
    caseId: CASE.misaki,
    note: 'katakana translated template: デジタルバッジのトランスファーがフィニッシュしました',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-24 06:06:06', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `ハロー 小林 美咲、

あなたのデジタルバッジのトランスファーがフィニッシュしました。
あなたのすべてのバッジは、今 ${MISAKI.keep} の Credly ウォレットにあります。

サンクス、
AWS トレーニングと認定チーム`,
  }),

  // ================= case_closed =================
  j({
    slug: 'closed-mt-marked-resolved',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'machine-translated AWS Support notice: あなたのケースは解決済みとしてマークされました',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `あなたのケース ${CASE.ken} は解決されました`,
    date: d('2026-02-15 02:00:13', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `親愛なる お客様、

あなたのケース ${CASE.ken} は解決済みとしてマークされました。

あなたがまだ助けを必要とする場合、あなたはサポートセンターからケースを再開することができます。

よろしく、
アマゾン ウェブ サービス`,
  }),
  j({
    slug: 'closed-auto-3days-bilingual',
    kind: 'case_closed',
    caseId: CASE.misakiDup,
    note: 'bilingual interleaved reminder: the case will close automatically in 3 days without a reply',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-02-23 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 様 / Dear Ms. Kobayashi,

先日のご連絡以降、ご返信をいただいておりません。
We have not heard back from you since our last message.

3 日以内にご返信がない場合、本ケースは自動的にクローズされます。
If we do not hear from you within 3 days, this case will be closed automatically.

AWS トレーニングと認定 / AWS Training and Certification`,
  }),
  j({
    slug: 'closed-restates-merge-sjisb64',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.sho,
    note: 'closing that only restates the earlier merge (先日統合が完了しておりますので): case_closed',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-05 09:30:22', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `渡辺様

2 月 26 日にアカウントの統合、3 月 2 日にバッジの付け替えが完了しておりますので、本ケースはクローズさせていただきます。
また何かございましたら、新しいケースにてお問い合わせください。

AWS トレーニングと認定
佐々木`,
  }),
  j({
    slug: 'closed-72h-no-reply-utf8qp',
    kind: 'case_closed',
    caseId: CASE.yumi,
    note: 'reminder: 72 時間以内にご返信がない場合は自動的にクローズ',
    from: AWS_SUPPORT_SUB,
    to: yumiTo,
    subject: `ケース ${CASE.yumi}: お客様の返信をお待ちしています`,
    date: d('2026-03-05 00:00:31', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤 由美 様

ケース ${CASE.yumi} について、担当者からお客様のご返信をお待ちしている状態です。
72 時間以内にご返信がない場合、ケースは自動的にクローズされます。クローズ後もサポートセンターから再開できます。

AWS サポート`,
  }),
  j({
    slug: 'closed-html-only-ja',
    kind: 'case_closed',
    caseId: CASE.dan,
    note: 'HTML-only closing notice with a 再オープン link',
    from: AWS_NOTIFY,
    to: DAN.keep,
    subject: `ケース ${CASE.dan} はクローズされました`,
    date: d('2026-03-18 03:12:50', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    html: `<html><body>
<p>お客様</p>
<p>サポートケース <b>${CASE.dan}</b> はクローズされました。</p>
<p>引き続きサポートが必要な場合は、<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.dan}">ケースを再オープン</a>してください。</p>
<p>アマゾン ウェブ サービス</p>
</body></html>`,
  }),
  j({
    slug: 'closed-dmarc-fail',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.lin2,
    note: 'closing notice with dmarc=fail at the top: untrusted',
    from: AWS_NOTIFY,
    to: linTo,
    subject: `ケース ${CASE.lin2} は解決済みです`,
    date: d('2026-03-14 08:08:08', '+0000'),
    auth: 'fail',
    enc: 'jis7',
    text: `林 偉 様

ケース ${CASE.lin2} は解決済みとなりました。ご利用ありがとうございました。

アマゾン ウェブ サービス`,
  }),
  j({
    slug: 'closed-ja-thanks-quotes-english',
    kind: 'case_closed',
    caseId: CASE.ken2,
    note: 'Japanese closing after the user\'s English thank-you (quoted); nothing new happens but the closing',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-16 10:12:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

ご丁寧にありがとうございます。お役に立てて何よりです。
それでは、本ケースはこちらで終了とさせていただきます。

AWS トレーニングと認定

-----Original Message-----
From: ${KEN.en} <${KEN.keep}>
Sent: Sunday, February 15, 2026 8:31 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: ${formSubject(CASE.ken2)}

Thank you so much. I checked all certifications are in my private account now.
Kenichi`,
  }),
  j({
    slug: 'closed-katakana-resolve',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: 'katakana translated notice: あなたのケースはリゾルブされ、クローズされました',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-27 01:01:01', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `ハロー 小林 美咲、

あなたのケースはリゾルブされ、クローズされました。
さらなるアシスタンスが必要な場合は、ニューケースをオープンしてください。

AWS トレーニングと認定チーム`,
  }),

  // ================= support_reply =================
  j({
    slug: 'sr-mt-thanks-for-confirming',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'machine-translated: 確認していただきありがとうございます、あなたのリクエストは担当チームに送信されました (not the merge yet)',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-11 23:10:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `こんにちは 中村 健一、

あなたが確認していただきありがとうございます。あなたのリクエストは担当チームに送信されました。
チームがマージを完了したとき、私たちはあなたに知らせます。

よろしく、
Haruka`,
  }),
  j({
    slug: 'sr-escalated-bilingual',
    kind: 'support_reply',
    caseId: CASE.misaki,
    note: 'bilingual status update: escalated to the back-end team, 3-5 business days',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-19 18:40:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 様 / Dear Ms. Kobayashi,

本件を専門チームへエスカレーションしました。
We have escalated your request to our specialist team.

3〜5 営業日ほどお時間をいただく見込みです。
It may take 3-5 business days.

AWS トレーニングと認定 / AWS Training and Certification`,
  }),
  j({
    slug: 'sr-not-yet-completed',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.yumi,
    note: 'negated: 統合はまだ完了しておりません (processing); no request',
    from: SUPPORT,
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-06 16:50:41', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤様

お問い合わせありがとうございます。現時点では、統合はまだ完了しておりません。システム側の処理待ちの状態でして、もう少々お時間をいただけますでしょうか。

AWS トレーニングと認定 森

${gmailJa('2026年3月6日(金) 14:02', YUMI.ja, YUMI.keep)}
> 森様
> 統合は終わりましたでしょうか？まだ大学のアカウントに認定が残っているようです。`,
  }),
  j({
    slug: 'sr-future-kanryo-shimashitara',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sho,
    note: 'future/conditional: 統合が完了しましたら改めてご連絡いたします; thanks for the consent',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-02-25 09:02:12', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `渡辺様

ご同意のご返信、確かに承りました。担当部署にて作業を進めております。
統合が完了しましたら、改めてこちらからご連絡いたします。

AWS トレーニングと認定
佐々木`,
  }),
  j({
    slug: 'sr-unable-exam-scheduled',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.dan,
    note: 'cannot merge now because an exam is booked on the source account; advises to wait, no data requested',
    from: SUPPORT,
    to: `${DAN.ja} <${DAN.keep}>`,
    subject: formSubject(CASE.dan),
    date: d('2026-03-11 15:15:15', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `オカフォー様

${DAN.src} のアカウントに 3 月 20 日の試験予約が入っているため、現時点では統合を実施できません。
受験後、結果が反映されてから改めて手続きいたしますので、このケースはそのままにしておいてください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sr-write-from-kept-only',
    kind: 'support_reply',
    caseId: CASE.ken2,
    note: 'asks to write again from the kept address, without asking for any data: support_reply',
    from: SUPPORT,
    to: `${KEN.ja} <${KEN.src}>`,
    cc: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-10 17:40:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

セキュリティ上の理由により、アカウントの統合は統合先のメールアドレスからのご依頼のみ承っております。
恐れ入りますが、${KEN.keep} から本ケースへご返信ください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sr-duplicate-cases-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: '重複したケースを統合しました: the cases were merged, not the accounts; work continues here',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-17 09:00:44', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林様

同じ内容で 2 件のケース（${CASE.misaki} と ${CASE.misakiDup}）をいただいておりましたので、こちらのケースに統合いたしました。
以降のやり取りは本ケースでお願いいたします。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sr-html-voucher-answer',
    kind: 'support_reply',
    caseId: CASE.lin,
    note: 'HTML-only answer to a voucher question; nothing requested, no status change',
    from: SUPPORT,
    to: linTo,
    subject: formSubject(CASE.lin),
    date: d('2026-03-06 15:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: `<html><body>
<p>林 様</p>
<p>ご質問いただいた 50% 割引バウチャーについてですが、未使用のものは統合先のアカウントの「特典」に引き継がれます。有効期限は変わりません。</p>
<p>AWS トレーニングと認定<br>高橋</p>
</body></html>`,
  }),
  j({
    slug: 'sr-freemail-display-name',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.yumi,
    note: 'trusted display name on a free-mail address (gmail.com): untrusted; answers a question about exam history',
    from: 'AWS トレーニングと認定 <aws.tc.support.jp@gmail.com>',
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-04 11:11:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤様

試験履歴は統合後もすべて残りますのでご安心ください。引き続き対応いたします。

AWS トレーニングと認定`,
  }),

  // ================= unrelated =================
  j({
    slug: 'un-own-reply-consent-with-deepl',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.sho,
    note: 'the user\'s own consent reply (Japanese with a DeepL English translation pasted below), copied to self: own mail',
    from: shoTo,
    to: 'aws-cs-trainingcertification-form@amazon.com',
    cc: SHO.keep,
    subject: formSubject(CASE.sho),
    date: d('2026-02-24 21:05:10', '+0900'),
    auth: 'none',
    enc: 'utf8qp',
    relay: 'smtp.example.org',
    text: `佐々木様

ご連絡ありがとうございます。上記の内容で統合を進めていただくことに同意します。

（以下、翻訳ツールによる英訳です）
Dear Mr. Sasaki,
Thank you for contacting me. I agree that you proceed with the integration with the above contents.

渡辺 翔`,
  }),
  j({
    slug: 'un-own-forward-to-colleague',
    kind: 'unrelated',
    trusted: false,
    forUser: false,
    trap: true,
    caseId: CASE.ken,
    note: 'the user forwards support\'s English completion to a colleague with a Japanese note: own mail, not delivered to the user',
    from: `${KEN.ja} <${KEN.src}>`,
    to: '田中 誠 <tanaka.makoto@corp-a.example.co.jp>',
    subject: `Fwd: ${formSubject(CASE.ken)}`,
    date: d('2026-02-12 12:01:30', '+0900'),
    auth: 'none',
    enc: 'jis7',
    relay: 'mail.corp-a.example.co.jp',
    text: `田中さん

例の認定アカウントの統合、無事に終わったみたいです。英語のメールですが参考までに転送します。
手順を知りたい方がいたら共有してください。

中村

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年2月12日(木) 11:41
Subject: ${formSubject(CASE.ken)}
To: <${KEN.keep}>

Hello Kenichi,
Your accounts have been merged successfully.
Regards, Haruka`,
  }),
  j({
    slug: 'un-survey-mt-kaiketsu',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.ken,
    note: 'machine-translated satisfaction survey: あなたの問題は解決されましたか?',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: KEN.keep,
    subject: 'あなたのサポート体験について教えてください',
    date: d('2026-02-16 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `親愛なる お客様、

最近、あなたはケース ${CASE.ken} でサポートに連絡しました。
あなたの問題は解決されましたか？ 1 分間のアンケートに答えてください。

https://survey.aws.example/s/${CASE.ken}

あなたのフィードバックは私たちがより良くなるのを助けます。`,
  }),
  j({
    slug: 'un-credly-microsoft-badge',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge from another issuer (Microsoft): not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: misakiTo,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-25 02:22:22', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyHtml('Microsoft', 'Microsoft Certified: Azure Fundamentals', '小林 美咲'),
  }),
  j({
    slug: 'un-credly-account-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge verification code mail: not the AWS certification merge',
    from: 'Credly <admin@credly.com>',
    to: YUMI.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-03-10 12:00:10', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `伊藤 由美 様

Credly でアカウントの統合がリクエストされました。
統合を完了するには、次の確認コードを入力してください: 481 907

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly サポート`,
  }),
  j({
    slug: 'un-pearson-appointment-confirmed',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'test vendor\'s exam appointment confirmation (ご予約の確認): not the merge, sender outside the trusted domains',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>',
    to: `${DAN.ja} <${DAN.src}>`,
    subject: '試験予約確認 - AWS Certified Developer - Associate',
    date: d('2026-03-01 08:30:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `オカフォー ダニエル 様

以下の試験のご予約を確認いたしました。

試験: AWS Certified Developer - Associate (DVA-C02)
日時: 2026年3月20日 14:00
会場: オンライン監督付き試験

予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE`,
  }),
  j({
    slug: 'un-ooo-colleague-auto-reply',
    kind: 'unrelated',
    trusted: false,
    caseId: null,
    note: 'a colleague\'s out-of-office auto reply (Auto-Submitted), bilingual',
    from: '田中 誠 <tanaka.makoto@corp-a.example.co.jp>',
    to: `${KEN.ja} <${KEN.src}>`,
    subject: '自動応答: 認定アカウントの件 / Automatic reply',
    date: d('2026-02-12 12:01:45', '+0900'),
    auth: 'none',
    enc: 'jisb64',
    relay: 'mail.corp-a.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `2 月 16 日まで出張のため不在にしております。戻り次第ご返信いたします。
I am out of the office until February 16 and will reply when I return.

田中 誠`,
  }),
  j({
    slug: 'un-other-case-refund-closed',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.refund,
    note: 'closing of the user\'s other case, about an exam fee refund; says its topic, not part of the merge case',
    from: SUPPORT,
    to: misakiTo,
    subject: `RE:[CASE ${CASE.refund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-03-01 13:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

受験料の返金処理が完了いたしましたので、本ケースはクローズいたします。カードへの反映には 1〜2 週間かかる場合がございます。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'un-marketing-mt-skills',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'machine-translated marketing: あなたのスキルを統合し、あなたのバッジを獲得する',
    from: 'AWS トレーニングと認定 <aws-training-marketing@amazon.com>',
    to: linTo,
    subject: 'あなたのクラウドスキルを 1 つの場所で統合しましょう',
    date: d('2026-03-03 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: `<html><body>
<h1>あなたのスキルを統合し、あなたの次のバッジを獲得する</h1>
<p>AWS Skill Builder の新しいラーニングプランで、あなたの学習の進捗を 1 つのダッシュボードで確認できます。今すぐあなたの無料トライアルを開始してください。</p>
<p><a href="https://skillbuilder.aws/">今すぐ始める</a></p>
<p style="font-size:10px">配信を停止するには、こちらをクリックしてください。</p>
</body></html>`,
  }),
  j({
    slug: 'un-skillbuilder-course-completed',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Skill Builder course completion notice (修了しました): not the merge',
    from: SKILL,
    to: shoTo,
    subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    date: d('2026-02-28 11:11:11', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺 翔 様

おめでとうございます。「AWS Cloud Practitioner Essentials（日本語）」のすべてのモジュールが完了しました。
修了証はマイラーニングからダウンロードできます。

AWS Skill Builder`,
  }),
  j({
    slug: 'un-note-to-self-translation',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.dan,
    note: 'the user mails himself support\'s English text with a machine translation pasted under it: own mail',
    from: `${DAN.en} <${DAN.keep}>`,
    to: DAN.keep,
    subject: 'memo: サポートの返事（翻訳）',
    date: d('2026-03-12 19:00:00', '+0900'),
    auth: 'none',
    enc: 'utf8b64',
    relay: 'smtp.example.net',
    text: `自分用メモ。日本語の勉強のため、サポートからの日本語の返事を翻訳ツールにかけた。

原文:
お待たせいたしました。二つの認定アカウントの統合処理が終わりました。以後は ${DAN.keep} のアカウントのみご利用いただけます。

翻訳:
Sorry to have kept you waiting. The integration process of the two certification accounts has been finished. From now on, only the account of ${DAN.keep} can be used.

(case ${CASE.dan})`,
  }),
  j({
    slug: 'un-exam-result-notice',
    kind: 'unrelated',
    caseId: null,
    note: 'exam result notice from the certification portal: not part of a merge',
    from: PORTAL,
    to: `${LIN.ja} <${LIN.src}>`,
    subject: 'AWS 認定試験の結果が確認可能になりました',
    date: d('2026-02-27 06:45:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `林 偉 様

AWS Certified Solutions Architect - Professional の試験結果を、認定アカウントの「試験履歴」からご確認いただけます。

AWS Certification`,
  }),
];
