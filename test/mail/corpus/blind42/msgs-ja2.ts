// Set ao, Japanese part 2: badges, closings, other replies, and mail that only looks like the case.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_ADDR, AWS_NOTIFY, CREDLY_AWS, TRAINING, PORTAL, formSubject, EMI, KEN, AYA, MAKOTO, CASE,
  gmailJa, htmlDoc, ja,
} from './common.js';

const emiTo = `${EMI.ja} <${EMI.keep}>`;
const kenTo = `${KEN.ja} <${KEN.keep}>`;
const ayaTo = `${AYA.ja} <${AYA.keep}>`;
const makTo = `${MAKOTO.ja} <${MAKOTO.keep}>`;

export const JA2: Msg[] = [
  // ================= badges_transferred (8) =================
  ja({
    slug: 'badge-credly-aws-hakko-after-third',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly issues the AWS Cloud Practitioner badge to the kept account (the one from the third account)',
    from: CREDLY_AWS,
    to: EMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-16 04:22:10', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村 恵美 さん

Amazon Web Services Training and Certification から、新しいバッジが発行されました。

  AWS Certified Cloud Practitioner

下のボタンからバッジを受け取り、プロフィールに追加してください。
[バッジを入手する] https://www.credly.com/earner/earned/badge/6a1f0c2e-3b71-4d8e-9a0f-ao0001

このメールは ${EMI.keep} 宛てに送信されました。
Credly`,
  }),
  ja({
    slug: 'badge-support-moved-and-closing-sjis',
    kind: 'badges_transferred',
    caseId: CASE.ken,
    note: 'support says the Credly badges are now on the kept account and closes: badges are the new fact',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-29 15:12:44', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中野様

ご指摘いただいた Credly のバッジについて、担当チームで付け替えを行いました。
SAA のバッジは ${KEN.keep} の Credly アカウントでご確認いただけます。
会社のアドレス側に残っていたバッジは無効になっています。

ほかにお手伝いできることがなければ、本ケースはこのままクローズいたします。

小林`,
  }),
  ja({
    slug: 'badge-support-after-september-merge',
    kind: 'badges_transferred',
    caseId: CASE.aya,
    note: 'restates the September merge, then the new event: the badges left behind have now been moved',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-10-06 11:20:30', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `藤井 彩 様

9月24日に統合が完了した際、Credly のバッジだけが大学のアドレスに残っていた件のご連絡です。
本日、バッジを ${AYA.keep} の Credly アカウントへ移し替えました。
Credly から「バッジ発行のお知らせ」が届いていましたら、受け取りの操作をお願いします。

石原`,
  }),
  ja({
    slug: 'badge-credly-html-only',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly mail from AWS as issuer with the 「バッジを入手する」 button',
    from: CREDLY_AWS,
    to: AYA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-06 03:05:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/110x110/images/aws-saa.png" alt="">
<h2 style="font-size:20px">藤井 彩 さん、おめでとうございます</h2>
<p>Amazon Web Services Training and Certification が、あなたにバッジを発行しました。</p>
<p><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0c9e2d4a-ao02" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc.</p>
</div>`),
  }),
  ja({
    slug: 'badge-lookalike-credly-domain',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly-style badge mail from credly-badges.net: reads as a badge notice but the domain is a look-alike',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: MAKOTO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-17 08:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `大川 誠 さん

統合されたアカウントにバッジが発行されました。
AWS Certified Developer – Associate
バッジを入手する: https://credly-badges.net/claim?u=m.okawa

Credly`,
  }),
  ja({
    slug: 'badge-support-reissued-gmail-quote',
    kind: 'badges_transferred',
    caseId: CASE.makoto,
    note: 'bottom-posted below the user\'s quoted complaint (Gmail ja header): support re-issued the badges on the kept account',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-19 10:55:32', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${gmailJa(2026, 11, 18, '7:58', MAKOTO.ja, MAKOTO.keep)}
> 村上様
> 統合はできたのですが、Credly の方は店のアドレスにバッジが残ったままです。
> 見ていただけますか。
> 大川

大川様

バッジの件、お待たせしました。SAA と DVA のバッジを ${MAKOTO.keep} 宛てに発行し直しました。
Credly 上でも両方そろって表示されていることをこちらで確認しております。

村上`,
  }),
  ja({
    slug: 'badge-resent-from-old-corp',
    kind: 'badges_transferred',
    forUser: false,
    caseId: CASE.emiOld,
    note: 'the 2023 badge-move mail, redirected later from the old company mailbox (Resent-* headers): not delivered to the user as such',
    from: SUPPORT,
    to: `${EMI.ja} <${EMI.src}>`,
    subject: formSubject(CASE.emiOld),
    date: d('2023-07-26 02:11:05', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    resent: { from: 'postmaster@former-corp.example.co.jp', to: 'archive-2023@former-corp.example.co.jp', date: d('2026-10-02 09:00:00', '+0900') },
    text: `木村様

先日統合したアカウントについて、Credly のデジタルバッジも ${EMI.keep} 側へ移行が完了しました。
旧アドレスに届いていたバッジのリンクは使えなくなっています。

青木`,
  }),
  ja({
    slug: 'badge-credly-multipart-two',
    kind: 'badges_transferred',
    caseId: null,
    note: 'multipart Credly notice with two AWS badges issued to the kept address after the merge',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-09-29 05:50:27', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中野 健一 さん

Amazon Web Services Training and Certification から 2 件のバッジが届いています。
- AWS Certified Solutions Architect – Associate
- AWS Certified Cloud Practitioner

Credly にサインインしてバッジを受け取ってください。
https://www.credly.com/users/sign_in

Credly`,
    html: htmlDoc(`<p>中野 健一 さん</p>
<p>Amazon Web Services Training and Certification から 2 件のバッジが届いています。</p>
<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/users/sign_in">バッジを入手する</a></p>
<p>Credly</p>`),
  }),

  // ================= case_closed (8) =================
  ja({
    slug: 'closed-restates-earlier-merge',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.makoto,
    note: 'closing notice that only restates the merge of 11/16 and the badges of 11/19',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-24 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `大川様

11月16日に統合を、19日にバッジの再発行をそれぞれ終えておりますので、
その後ご連絡がないことから、本ケースはクローズとさせていただきます。

またご不明な点がございましたら、いつでもお問い合わせください。
村上`,
  }),
  ja({
    slug: 'closed-auto-close-seven-days-sjis',
    kind: 'case_closed',
    caseId: CASE.emi,
    note: 'reminder: the case will close automatically if there is no reply within 7 days',
    from: AWS_NOTIFY,
    to: emiTo,
    subject: `ケース ${CASE.emi} は7日後に自動でクローズされます`,
    date: d('2026-10-21 00:00:10', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `木村 恵美 様

ケース ${CASE.emi} には、担当者からの最後の連絡のあと、お客様からのご返信がありません。
このまま7日間ご返信がない場合、ケースは自動的に解決済みとなります。

引き続きサポートが必要な場合は、サポートセンターからケースに返信してください。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.aya,
    note: 'AWS Support notification that the case is now resolved',
    from: AWS_NOTIFY,
    to: AYA.keep,
    subject: `AWS サポート: ケース ${CASE.aya} は解決済みです`,
    date: d('2026-10-13 00:05:44', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `藤井 彩 様

ケース ${CASE.aya}「認定アカウントが2つあります」のステータスが「解決済み」に変わりました。

解決済みのケースは 14 日以内であれば再開できます。
新しいご質問は、別のケースとしてお送りください。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-html-only-thanks',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'HTML-only: case closed, thanks for using support',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-10-03 12:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>中野 健一 様</p>
<p>本ケースは対応を終えたため、クローズいたしました。</p>
<p>このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。</p>
<p>小林</p>`),
  }),
  ja({
    slug: 'closed-badges-last-month-restated',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.aya,
    note: 'closing the case; the badge move of last month is only restated',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-11-04 16:18:09', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤井様

先月ご案内のとおり、バッジの付け替えも10月6日に済んでおりますので、
本件はこれで終了とし、ケースを閉じさせていただきます。

石原`,
  }),
  ja({
    slug: 'closed-fail-then-forged',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.emi,
    note: 'closing notice whose topmost verdict is dmarc=fail; a planted pass sits lower down',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-29 11:00:00', '+0900'),
    auth: 'failThenForged',
    enc: 'jis7',
    text: `木村様

ご返信がなかったため、ケースをクローズしました。
再開をご希望の場合は、次のリンクからサインインしてください。
https://aws-support-case.example-login.com/${CASE.emi}`,
  }),
  ja({
    slug: 'closed-after-14-days-silence',
    kind: 'case_closed',
    caseId: CASE.kenOld,
    note: 'the 2025 case closed for lack of reply (the one later mail cites)',
    from: SUPPORT,
    to: `${KEN.ja} <${KEN.src}>`,
    subject: formSubject(CASE.kenOld),
    date: d('2025-06-30 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中野様

6月16日にお送りしたご質問へのご返信が14日間ございませんでしたので、本ケースはクローズいたしました。
統合のお手続きを再開される場合は、お手数ですが改めてケースを作成してください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'closed-mixed-8bit',
    kind: 'case_closed',
    caseId: CASE.emi,
    note: 'Japanese closing line plus English case-system boilerplate, 8bit UTF-8',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-28 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `木村様

ご返信がなかったため、本ケースは解決済みとしてクローズしました。

This case has been resolved. If you need further assistance, please open a new case.

森`,
  }),

  // ================= support_reply (10) =================
  ja({
    slug: 'sr-thanks-for-consent-handed-over',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.emi,
    note: 'thanks for agreeing; the merge has been handed to the team (no completion yet)',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-13 02:40:19', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村様

統合へのご同意、確かに承りました。ありがとうございます。
担当部署に作業を依頼しましたので、終わりましたらこちらからお知らせします。
前回(2023年)と同じく、数日ほどお時間をいただく見込みです。

森`,
  }),
  ja({
    slug: 'sr-status-digest-dated-list',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'status digest listing past events with dates (receipt, consent, merge done); the new item is only that badges are with another team',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-25 18:05:41', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中野様

本ケースの現在の状況をお知らせします。

  8月11日  ケース受付
  9月18日  同一人物であることの確認完了
  9月20日  統合へのご同意を受領
  9月22日  アカウントの統合完了(ご案内済み)
  9月25日  Credly バッジの件を担当チームへ依頼 ← 現在ここです

バッジについては担当チームからの回答を待っている状態です。
進展があり次第ご連絡します。

小林`,
  }),
  ja({
    slug: 'sr-future-once-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.makoto,
    note: 'future statement 「統合が完了しましたら…」: not a completion',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-13 17:20:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `大川様

ご同意のご返信ありがとうございます。現在、作業の順番待ちとなっております。
統合が完了しましたら、改めてこちらからご連絡いたしますので、もうしばらくお待ちください。

村上`,
  }),
  ja({
    slug: 'sr-not-yet-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.emi,
    note: 'negated: the merge is not finished yet; a system check is under way',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-13 09:02:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村様

お問い合わせの件ですが、3つ目のアカウントの統合はまだ完了しておりません。
2023年の統合記録との照合に時間がかかっており、担当部署で確認を続けております。
申し訳ございませんが、今しばらくお待ちください。

森`,
  }),
  ja({
    slug: 'sr-escalated-to-colleague',
    kind: 'support_reply',
    forUser: false,
    caseId: CASE.ken,
    note: 'escalation notice (3-5 business days) addressed to a colleague who had asked on his behalf, not to the user',
    from: SUPPORT,
    to: '石田 浩二 <ishida.koji@sier.example.co.jp>',
    subject: formSubject(CASE.ken),
    date: d('2026-08-20 11:11:11', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `石田様

中野様の件につき、代理でのお問い合わせありがとうございます。
本件は専門の部署へエスカレーションいたしました。回答までに3〜5営業日ほどかかる見込みです。
なお、統合に関するご意思の確認は、ご本人様から直接いただく必要がございます。

小林`,
  }),
  ja({
    slug: 'sr-expiry-unchanged-answer',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'answers questions about expiry and vouchers after a merge; the merge itself has not happened',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-19 13:44:30', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中野様

ご質問にお答えします。
1. 統合しても SAA の有効期限は変わりません。取得日から3年のままです。
2. 未使用の割引バウチャーは統合先のアカウントへ移ります。
3. 昨年のケース ${CASE.kenOld} はクローズ済みで、今回の作業には影響しません。
4. Credly のバッジは統合後に移されます。届かない場合はお知らせください。

小林`,
  }),
  ja({
    slug: 'sr-duplicate-cases-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.aya,
    note: '"重複して作成されたケースを統合しました": the duplicate cases were merged, not the accounts',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-03 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `藤井様

同じ内容のケースが2件作成されていたため、こちらのケース ${CASE.aya} に統合しました。
もう一方のケースへのご返信は不要です。
引き続き、本ケースにて対応いたします。

石原`,
  }),
  ja({
    slug: 'sr-old-case-cited-checking',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.emi,
    note: 'cites the old case and its 2023 merge; the new fact is only that the team is checking',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-08 04:15:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村様

受験者 ID をお送りいただき、ありがとうございます。
過去のケース ${CASE.emiOld} の記録も参照しました。当時は ${EMI.srcId} を統合し、バッジも移し終えています。
今回の ${EMI.third} のアカウントについては、現在担当者が内容を確認しております。

森

-----Original Message-----
From: ${EMI.ja} <${EMI.keep}>
Sent: Wednesday, October 7, 2026 9:30 PM
To: ${SUPPORT_ADDR}
Subject: RE: ${formSubject(CASE.emi)}

森様
3つ目のアカウントの受験者 ID は ${EMI.thirdId} でした。
ログインは ${EMI.third}、通知先も同じアドレスです。2019年秋の研修で Cloud Practitioner を受けています。
木村`,
  }),
  ja({
    slug: 'sr-please-write-from-kept',
    kind: 'support_reply',
    caseId: CASE.aya,
    note: 'asks her to write from the address she keeps, without asking for any data',
    from: SUPPORT,
    to: `${AYA.ja} <${AYA.src}>`,
    subject: formSubject(CASE.aya),
    date: d('2026-09-01 17:02:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `藤井様

大学のアドレスからご連絡いただいております。
今後のやり取りは、残すことになる ${AYA.keep} からお送りください。
そのアドレスからいただいたメールで、続きの対応を行います。

石原`,
  }),
  ja({
    slug: 'sr-google-ar-only',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.makoto,
    note: 'status reply carrying only a Google Authentication-Results below the receiving server\'s line',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-06 12:00:00', '+0900'),
    auth: 'otherOnly',
    enc: 'utf8qp',
    text: `大川様

先日いただいた情報をもとに、現在確認を進めております。
結果がわかりましたらご連絡いたします。

村上`,
  }),

  // ================= unrelated (12) =================
  ja({
    slug: 'un-recert-notice-mentions-merged',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'recertification reminder that mentions the merged history; not part of any case',
    from: TRAINING,
    to: AYA.keep,
    subject: 'AWS 認定の有効期限が近づいています',
    date: d('2026-11-25 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤井 彩 様

お持ちの AWS Certified Solutions Architect - Associate は、2027年2月14日に有効期限を迎えます。

この認定は、2026年9月にアカウントが統合された際に、現在のアカウントへ移されたものです。
統合によって有効期限は変わっていません。

再認定には、同じ試験の最新版に合格するか、上位の認定を取得してください。
50% 割引バウチャーは認定アカウントの「特典」からご確認いただけます。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'un-own-sent-consent-reply',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    forUser: false,
    caseId: CASE.emi,
    note: 'the user\'s own consent reply as it sits in Sent (To: support only); carries no news from support',
    from: `${EMI.ja} <${EMI.keep}>`,
    to: SUPPORT_ADDR,
    subject: formSubject(CASE.emi),
    date: d('2026-10-12 21:14:00', '+0900'),
    auth: 'none',
    deliveredTo: null,
    relay: 'smtp.example.jp',
    enc: 'utf8b64',
    text: `森様

ご連絡ありがとうございます。
${EMI.thirdId} を ${EMI.keepId} に統合することに同意します。元に戻せないことも理解しました。
3年前にもお世話になりましたが、今回もよろしくお願いいたします。

木村 恵美

${gmailJa(2026, 10, 12, '12:05', 'AWS Training and Certification', SUPPORT_ADDR)}
> 木村 恵美 様
>
> これまでの経緯を整理いたします。
> ・2023年7月20日: ケース ${CASE.emiOld} にて ${EMI.srcId} を ${EMI.keepId} へ統合(完了済み)
> つきましては、${EMI.thirdId} を ${EMI.keepId} に統合してよろしいか、最終のご意思を伺います。`,
  }),
  ja({
    slug: 'un-own-forward-memo-cc-self',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.emiOld,
    note: 'the user forwards the 2023 completion mail to her team lead with herself in Cc: her own mail',
    from: `${EMI.ja} <${EMI.keep}>`,
    to: '課長 <tanabe@newjob.example.co.jp>',
    cc: EMI.keep,
    subject: 'Fwd: ' + formSubject(CASE.emiOld),
    date: d('2026-10-02 08:45:00', '+0900'),
    auth: 'none',
    relay: 'smtp.example.jp',
    enc: 'jis7',
    text: `田辺さん

資格一覧の提出の件です。2023年に旧会社のアカウントを統合したときのメールを転送します。
今回、3つ目のアカウントが見つかったので、そちらも統合を依頼する予定です。

木村

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2023年7月20日(木) 15:12
Subject: ${formSubject(CASE.emiOld)}
To: ${EMI.ja} <${EMI.keep}>

木村様
本日、旧勤務先のアカウント ${EMI.srcId} を ${EMI.keepId} に統合いたしました。
青木`,
  }),
  ja({
    slug: 'un-ooo-old-company',
    kind: 'unrelated',
    trusted: false,
    caseId: CASE.ken,
    note: 'out-of-office auto-reply from a colleague at the user\'s company, quoting the case subject',
    from: '石田 浩二 <ishida.koji@sier.example.co.jp>',
    to: kenTo,
    subject: `自動応答: ${formSubject(CASE.ken)}`,
    date: d('2026-08-20 11:12:02', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。石田です。

8月19日から8月26日まで夏季休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの方は情報システム部の代表アドレスまでご連絡ください。`,
  }),
  ja({
    slug: 'un-credly-other-issuer',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge from another issuer (an LPI-like body), not AWS',
    from: 'Linux Professional Institute via Credly <admin@credly.com>',
    to: KEN.keep,
    subject: 'Linux Professional Instituteのバッジ発行のお知らせ',
    date: d('2026-10-01 02:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中野 健一 さん

Linux Professional Institute から新しいバッジが発行されました。
LPIC-1: Linux Administrator

バッジを入手する: https://www.credly.com/earner/earned/badge/lpi-ao03

Credly`,
  }),
  ja({
    slug: 'un-credly-account-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge verification code, not the AWS certification merge',
    from: 'Credly <admin@credly.com>',
    to: AYA.src,
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-10-06 05:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `藤井 彩 さん

Credly アカウントの統合リクエストを受け付けました。
次の確認コードを入力すると、このメールアドレスが統合先のアカウントに追加されます。

確認コード: 418 227

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  ja({
    slug: 'un-other-case-exam-reschedule',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.makotoExam,
    note: 'receipt of the user\'s other case, about moving an exam date; says what it is about',
    from: AWS_NOTIFY,
    to: makTo,
    subject: `[ケース ${CASE.makotoExam}] 試験日程の変更について - 受付のお知らせ`,
    date: d('2026-11-20 04:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `大川 誠 様

「試験日程の変更」に関するお問い合わせを受け付けました(ケース ${CASE.makotoExam})。
ご予約中の試験(AWS Certified SysOps Administrator - Associate、12月3日)の変更について、担当者よりご連絡します。

なお、アカウント統合のケース(${CASE.makoto})とは別のケースとして扱います。

Amazon Web Services`,
  }),
  ja({
    slug: 'un-survey-resolved',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.aya,
    note: 'satisfaction survey after the case: 「問題は解決しましたか」',
    from: AWS_NOTIFY,
    to: AYA.keep,
    subject: 'サポートについてのアンケートにご協力ください',
    date: d('2026-10-14 00:30:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `藤井 彩 様

先日解決済みとなったケース ${CASE.aya} についてお伺いします。

問題は解決しましたか?  はい / いいえ
担当者の対応に満足されましたか?  1 2 3 4 5

アンケートは 2 分ほどで終わります。
Amazon Web Services`,
  }),
  ja({
    slug: 'un-newsletter-html',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'HTML newsletter that mentions the account-merge tool and badges among other news',
    from: 'AWS トレーニングと認定 <aws-training-news@amazon.com>',
    to: MAKOTO.keep,
    subject: '【AWS トレーニングと認定】12月のお知らせ',
    date: d('2026-12-01 00:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<h1 style="font-size:20px">12月のお知らせ</h1>
<h2 style="font-size:16px">認定アカウントをひとつにまとめましょう</h2>
<p>転職などでアカウントが分かれてしまった方は、プロフィールの統合ツールをお試しください。統合が完了すると、バッジもまとめて管理できます。</p>
<h2 style="font-size:16px">新しい試験の日本語版が公開</h2>
<p>AWS Certified Data Engineer – Associate の日本語版がご利用いただけます。</p>
<p style="font-size:11px;color:#777">配信停止をご希望の場合はこちら</p>`),
  }),
  ja({
    slug: 'un-skill-builder-course-complete',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Skill Builder course completion notice (完了) unrelated to the merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: EMI.keep,
    subject: 'コースを修了しました: Exam Prep Standard Course',
    date: d('2026-11-03 10:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村 恵美 さん

「Exam Prep Standard Course: AWS Certified Solutions Architect - Associate」の受講が完了しました。
修了証はマイページからダウンロードできます。

次のおすすめコース: AWS Cloud Quest

AWS Skill Builder`,
  }),
  ja({
    slug: 'un-voucher-benefit-after-merge',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'benefits mail about the 50% voucher that mentions the merged account; not a case message',
    from: PORTAL,
    to: KEN.keep,
    subject: '次回の試験に使える割引特典のご案内',
    date: d('2026-10-10 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中野 健一 様

あなたの認定アカウントには、次回の試験で使える 50% 割引の特典があります。
以前別のアカウントで取得された特典も、アカウントの統合後はこちらにまとめて表示されています。

特典は認定アカウントの「特典」タブから確認・利用できます。

AWS Certification`,
  }),
  ja({
    slug: 'un-own-mobile-memo-to-work',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.ken,
    note: 'the user\'s own mobile memo to his work address listing dates (merge done, badges pending)',
    from: `${KEN.ja} <${KEN.keep}>`,
    to: KEN.src,
    subject: 'メモ AWS認定',
    date: d('2026-09-25 19:40:00', '+0900'),
    auth: 'none',
    relay: 'smtp.example.ne.jp',
    enc: 'jis7',
    text: `自分用メモ
ケース ${CASE.ken}
9/22 統合完了の連絡あり
バッジはまだ。サポートが担当チームに依頼中とのこと
経費精算の資格手当は統合後のIDで申請

iPhoneから送信`,
  }),
];

