// Set af, Japanese part 2: consent requests, completion notices, badges.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT_JA, SUPPORT, NOREPLY, CREDLY, CS_FORM, RESELLER, RESELLER2, formSubj, SEI, MISA, KEN, YUKI, CASE, zen, reiwa,
  quote, gmailJa, outlookJa, sfQuote, sfRef, paras, htmlDoc, SEI_REQ, MISA_REQ, KEN_REQ, YUKI_REQ, ja,
} from './common.js';

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misaTo = `${MISA.ja} <${MISA.keep}>`;
const kenTo = `${KEN.ja} <${KEN.keep}>`;
const yukiTo = `${YUKI.ja} <${YUKI.keep}>`;
const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';

const credlyHtml = (name: string, extra = ''): string =>
  htmlDoc(`<div style="max-width:560px;margin:auto">
<p style="font-size:18px"><b>${name}さん、バッジが発行されました</b></p>
<p>Amazon Web Services Training and Certification から、あなたのアカウントにバッジが発行されました。</p>
${extra}
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/0f3c9a52-7e41-4b8d-9d2e-5c1a7f0e6b3d" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">このメールは Credly からお送りしています。配信設定は通知設定ページで変更できます。<br>Credly, Inc.</p>
</div>`);

export const JA2: Msg[] = [
  // ================= confirmation_request =================
  ja({
    slug: 'conf-irreversible-reply-jis',
    kind: 'confirmation_request',
    caseId: CASE.sei,
    note: 'states source → target, warns it cannot be undone, asks for a reply saying the merge may go ahead',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-05 06:12:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 誠一 様

松井でございます。候補者 ID をお送りいただき、ありがとうございました。
下記のとおり統合の準備が整いました。

　統合元：${SEI.srcId}（${SEI.src}）
　統合先：${SEI.keepId}（${SEI.keep}）

統合を行いますと、元の状態へ戻すことはできかねます。
上記の内容で差し支えなければ、その旨を本メールへご返信くださいませ。ご返信をもって作業に着手いたします。

松井
${sfRef('Mz8kQ')}`,
  }),
  ja({
    slug: 'conf-doui-shimasu-sjis',
    kind: 'confirmation_request',
    caseId: CASE.misa,
    note: 'asks for the words 「同意します」 as a reply before merging (Shift_JIS 8bit)',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-08 02:20:33', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

岡本でございます。予約状況のご確認、ありがとうございました。
統合の手続きに進むにあたり、お客様のご同意を頂戴しております。

${MISA.srcId} の受験履歴・認定・特典を ${MISA.keepId} へ移し、${MISA.srcId} は利用できなくなります。
この操作は取り消しができません。

ご了承いただける場合は、本文に「同意します」とご記入のうえご返信ください。

岡本`,
  }),
  ja({
    slug: 'conf-html-table-shoudaku',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'HTML-only consent request with a from/to table (ご承諾いただけますでしょうか)',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-13 01:48:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林 健太 様</p>
<p>西田です。お待たせいたしました。以下の内容で統合を実施する予定です。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>候補者 ID</th><th>メールアドレス</th></tr>
<tr><td>統合元（削除）</td><td>${KEN.srcId}</td><td>${KEN.src}</td></tr>
<tr><td>統合先（存続）</td><td>${KEN.keepId}</td><td>${KEN.keep}</td></tr>
</table>
<p>統合後に分割することはできませんので、内容をご確認のうえ、実施をご承諾いただけますでしょうか。<br>ご返信をいただいた時点で作業を開始いたします。</p>
<p>西田<br>AWS トレーニングと認定</p>`),
  }),
  ja({
    slug: 'conf-fail-then-forged',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.yuki,
    note: 'consent request whose top Authentication-Results says fail; a planted pass sits lower',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-15 00:10:10', '+0000'),
    auth: 'failThenForged',
    enc: 'jis7',
    text: `伊藤様

統合を実行してよろしいでしょうか。取り消しはできませんので、よろしければ「はい」とご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-reseller-haikei-letter',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.seiDup,
    note: 'reseller desk, letter style (拝啓…敬具), relays AWS\'s request for the customer\'s consent to the irreversible merge; untrusted sender',
    from: RESELLER,
    to: seiTo,
    subject: '【クラウドブリッジ】統合実施のご意思確認のお願い（CB-2026-004417）',
    date: d('2026-03-05 16:40:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `株式会社みなとシステム
高橋 誠一 様

拝啓　早春の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、AWS 認定アカウント統合の件（AWS ケース ${CASE.seiDup}）につきまして、AWS より、統合の実施前にお客様ご本人のご同意を頂戴したい旨の連絡がございました。
統合は一度実施いたしますと元に戻すことができないとのことでございます。

つきましては、下記内容にてお差し支えございませんでしたら、ご承諾の旨を本メールにご返信賜りますようお願い申し上げます。
　統合元：${SEI.srcId}
　統合先：${SEI.keepId}

ご多用中のところ誠に恐縮ではございますが、何卒よろしくお願い申し上げます。

敬具

株式会社クラウドブリッジ パートナーサポートデスク
森 亮介`,
  }),
  ja({
    slug: 'conf-goishi-kakunin-jisb64',
    kind: 'confirmation_request',
    caseId: CASE.yuki,
    note: 'very polite consent request (ご意思を確認させていただきたく存じます) in ISO-2022-JP base64',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-16 02:45:12', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

いつもお世話になっております。川口でございます。
ご提供いただいた情報により、統合の対象アカウントを特定することができました。

統合の実施に先立ち、伊藤様のご意思を確認させていただきたく存じます。
統合元 ${YUKI.srcId} の記録はすべて ${YUKI.keepId} に引き継がれ、統合元のアカウントは閉鎖となります。なお、本作業は後から取り消すことができません。

ご異存がなければ、このメールにご返信いただけますと幸いです。

川口`,
  }),
  ja({
    slug: 'conf-mixed-i-agree-qp',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'Japanese consent request that asks for the English words "I agree" in the reply; UTF-8 QP',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-13 09:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

西田です。統合の最終確認となります。
社内の手続き上、ご返信の本文に英語で "I agree" と一行ご記入いただく必要がございます。
（統合後の取り消しはできません / This action cannot be reversed.）

ご対応のほど、よろしくお願いいたします。`,
  }),
  ja({
    slug: 'conf-summary-sashitsukae-sjisb64',
    kind: 'confirmation_request',
    caseId: CASE.misa,
    note: 'summary of what will move, then "差し支えなければその旨ご返信ください" (consent asked without the obvious word)',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-09 00:05:48', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

岡本です。統合後に ${MISA.keepId} へ引き継がれる内容は次のとおりです。

・AWS Certified Cloud Practitioner（2023年取得）
・AWS Certified Solutions Architect - Associate（2025年取得）
・次回受験 50% 割引の特典 1 件

差し支えなければ、その旨ご一報ください。頂戴したご連絡をもって統合を実施いたします（実施後の取り消しは承りかねます）。`,
  }),
  ja({
    slug: 'conf-fullwidth-id-body',
    kind: 'confirmation_request',
    caseId: CASE.sei,
    note: 'consent request whose case number appears only in full-width digits in the body',
    from: SUPPORT_JA,
    to: SEI.keep,
    subject: 'Re: 認定アカウント統合のご相談',
    date: d('2026-03-05 07:02:19', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ケース番号：${zen(CASE.sei)}

度々のご連絡失礼いたします。松井です。
先ほどのメールの補足となりますが、統合を実行してよろしいかどうか、改めてお返事をいただけますでしょうか。
ご返信がないまま作業を進めることはございません。`,
  }),
  ja({
    slug: 'conf-long-gmail-thread',
    kind: 'confirmation_request',
    caseId: CASE.misa2,
    note: 'long thread with nested Gmail-style Japanese quotes; the new top text asks for final consent',
    from: SUPPORT_JA,
    to: MISA.mob,
    subject: `RE:[CASE ${CASE.misa2}] 認定アカウントについて`,
    date: d('2026-04-08 05:40:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

通知先のご指定ありがとうございます。
それでは ${MISA.srcId} を ${MISA.keepId} へ統合する形で進めます。元には戻せませんので、この内容でよいか、最後にお返事だけ頂けますか。

岡本

${gmailJa('2026-04-07', '22:18', MISA.ja, MISA.mob)}
> 通知は ${MISA.keep} でお願いします。
>
> ${gmailJa('2026-04-07', '13:12', 'AWS トレーニングと認定', CS_FORM)}
>> 中村様
>> 統合後の各種通知を受け取るメールアドレスは、携帯のアドレスと ${MISA.keep} のどちらをご希望でしょうか。
>>
>> ${gmailJa('2026-04-06', '21:02', MISA.ja, MISA.mob)}
>>> 前の会社のアカウントとまとめたいです。携帯から失礼します。`,
  }),
  ja({
    slug: 'conf-cp932-torikeshi-fuka',
    kind: 'confirmation_request',
    caseId: CASE.yuki,
    note: 'CP932 reminder that consent is still needed (wave dash, ㈱) before the irreversible merge',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: `RE:[CASE ${CASE.yuki}] ご同意のお願い～アカウント統合～`,
    date: d('2026-03-18 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    csLabel: 'Windows-31J',
    text: `㈱ひかり保険
伊藤 由紀子 様

川口でございます。先日ご案内した統合について、まだご同意のご返信を確認できておりません。
統合は取り消し不可の操作となりますため、ご本人様の明示的なご同意が必要でございます。
お手すきの際に、実施してよい旨をご返信いただけますと幸いです。`,
  }),
  ja({
    slug: 'conf-restates-ids-then-asks',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'restates the IDs received earlier, then asks whether to go ahead (最終確認); Outlook quote below',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-14 00:30:21', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 健太 様

先日お知らせいただいた ${KEN.srcId}（${KEN.src}）と ${KEN.keepId}（${KEN.keep}）につき、双方とも小林様ご本人の記録であることを確認いたしました。
統合後は ${KEN.src} でのサインインはできなくなります。
この内容で進めてよろしいか、ご返事をお待ちしております。

西田

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年3月13日 21:05', CS_FORM, `RE: [CASE ${CASE.ken}]`)}
西田様
メールアドレスと資格の一覧は以下です。
${KEN.keep}: SAA（2024/05）
${KEN.src}: CLF（2022/11）、DVA（2023/08）
小林`,
  }),

  // ================= merge_completed =================
  ja({
    slug: 'merged-kanryo-gokakunin-jis',
    kind: 'merge_completed',
    caseId: CASE.sei,
    note: 'agent reports the merge is done and asks the user to check the kept account (still a completion notice)',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-06 04:33:10', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 誠一 様

松井でございます。ご承諾のご返信をいただき、ありがとうございました。
ご依頼のアカウント統合につきまして、本日作業が完了いたしました。
${SEI.keepId} にサインインいただき、認定と特典が表示されていることをご確認くださいませ。

ご不明な点がございましたら、本メールへご返信ください。

松井

${sfQuote(`${SEI.ja} <${SEI.keep}>`, '2026/03/05 22:41', CS_FORM, formSubj(CASE.sei), '松井様\n上記の内容で統合をお願いいたします。\n高橋')}`,
  }),
  ja({
    slug: 'merged-portal-notice-sjis',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice that two accounts were merged; no case number (Shift_JIS)',
    from: PORTAL,
    to: MISA.keep,
    subject: 'AWS 認定：アカウントの統合が完了しました',
    date: d('2026-03-09 14:20:05', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

お客様の AWS 認定アカウントは統合されました。
統合後の候補者 ID：${MISA.keepId}

過去の受験履歴と認定資格は、AWS 認定アカウントの「認定」タブでご覧いただけます。

AWS Certification`,
  }),
  ja({
    slug: 'merged-amazon-co-jp-domain',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.ken,
    note: 'completion notice from amazon.co.jp: it passes DMARC but the domain is not one of the trusted ones',
    from: 'Amazon Web Services <no-reply-aws@amazon.co.jp>',
    to: KEN.keep,
    subject: `ケース ${CASE.ken}：アカウント統合完了のお知らせ`,
    date: d('2026-03-14 09:02:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

お待たせいたしました。ご依頼のアカウントの統合が完了しました。
新しいアカウント情報でサインインしてご確認ください。

Amazon Web Services`,
  }),
  ja({
    slug: 'merged-lookalike-authserv',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.yuki,
    note: 'completion text, but the topmost Authentication-Results is from a look-alike authserv-id',
    from: SUPPORT_JA,
    to: YUKI.keep,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-19 03:15:00', '+0000'),
    auth: 'lookalikeServer',
    enc: 'utf8b64',
    text: `伊藤様

アカウントの統合作業が終了しました。統合先 ${YUKI.keepId} でご確認ください。

川口`,
  }),
  ja({
    slug: 'merged-reseller-relays-done',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.seiDup,
    note: 'reseller desk relays AWS\'s notice that the merge finished; reseller is not a trusted sender',
    from: RESELLER,
    to: seiTo,
    subject: '【クラウドブリッジ】AWS認定アカウント統合完了のご報告（CB-2026-004417）',
    date: d('2026-03-06 18:10:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

いつもお世話になっております。クラウドブリッジの森でございます。

AWS ケース ${CASE.seiDup} につきまして、本日 AWS より「アカウントの統合を実施した」との回答を受領いたしました。
統合先（${SEI.keepId}）にて資格情報をご確認いただけますようお願い申し上げます。

ご不明点等ございましたら、お気軽に弊社までお問合せください。
今後ともよろしくお願い申し上げます。

クラウドブリッジ　森`,
  }),
  ja({
    slug: 'merged-then-will-close',
    kind: 'merge_completed',
    caseId: CASE.misa,
    note: 'completion plus "this case will now be closed": the completion is the new fact',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-09 13:58:31', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村 美咲 様

岡本でございます。ご同意いただきありがとうございました。
${MISA.srcId} を ${MISA.keepId} へ統合いたしました。受験履歴と認定資格は統合先でご確認いただけます。

本件はこれにて完了となりますので、ケースはクローズさせていただきます。
またご不明な点がございましたら、いつでもお問い合わせください。

岡本`,
  }),
  ja({
    slug: 'merged-badges-maybe-later-trap',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.yuki,
    note: 'merge done; mentions Credly badges may not have moved and how to ask: badge words, but the event is the merge',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-19 05:40:12', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 由紀子 様

川口でございます。ご同意のご返信をありがとうございました。
${YUKI.srcId} の記録を ${YUKI.keepId} に統合する作業が完了いたしました。

なお、Credly のデジタルバッジは統合と同時には移行されないことがございます。数日経ってもバッジが統合先に表示されない場合は、本ケースにご返信いただければ個別に対応いたします。

川口`,
  }),
  ja({
    slug: 'merged-resent-from-oldcorp',
    kind: 'merge_completed',
    forUser: false,
    caseId: CASE.ken,
    note: 'completion notice that went to the old corporate address and was redirected with Resent-* headers',
    from: SUPPORT_JA,
    to: `${KEN.ja} <${KEN.src}>`,
    subject: formSubj(CASE.ken),
    date: d('2026-03-14 08:20:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'postmaster@tohoku-denki.example.co.jp', to: 'kobayashi-archive@tohoku-denki.example.co.jp', date: d('2026-03-14 17:20:30', '+0900') },
    text: `小林様

西田です。統合を実施し、${KEN.srcId} の記録を ${KEN.keepId} に移しました。
今後は ${KEN.keep} でサインインしてください。`,
  }),
  ja({
    slug: 'merged-html-only-ken',
    kind: 'merge_completed',
    caseId: CASE.ken,
    note: 'HTML-only completion (統合処理が完了) with a short checklist',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-14 08:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林 健太 様</p>
<p>西田です。「I agree」のご返信を確認いたしました。</p>
<p><b>統合処理が完了</b>しましたのでお知らせいたします。</p>
<ul><li>統合後の候補者 ID：${KEN.keepId}</li><li>サインイン用アドレス：${KEN.keep}</li></ul>
<p>認定・受験履歴・特典が表示されているか、念のためご確認ください。</p>
<p>西田</p>`),
  }),
  ja({
    slug: 'merged-te-form-utsushite',
    kind: 'merge_completed',
    caseId: CASE.sei,
    note: 'done stated in te-form clauses (本日対応させていただき…移しております), no word 完了',
    from: SUPPORT_JA,
    to: seiTo,
    subject: `RE:[CASE ${CASE.sei}] 統合のご依頼`,
    date: d('2026-03-06 05:10:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

お世話になっております。松井です。
ご依頼いただいておりました件、本日対応させていただき、${SEI.srcId} の受験履歴と認定を ${SEI.keepId} 側へ移しております。
今後は ${SEI.keep} でログインいただければ、すべてご覧いただける状態です。

松井`,
  }),
  ja({
    slug: 'merged-dkim-only-yuki',
    kind: 'merge_completed',
    caseId: CASE.yuki,
    note: 'completion with only an aligned DKIM pass at the top (no dmarc): trusted',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-19 05:45:00', '+0000'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `伊藤様

重ねてのご連絡失礼いたします。川口です。
先ほどお送りした件、統合先の ${YUKI.keepId} に ${YUKI.srcId} の受験記録が反映されたことを、システム上でも確認できました。
統合は完了しております。`,
  }),

  // ================= badges_transferred =================
  ja({
    slug: 'credly-ja-badge-hakko-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (Japanese) notice that AWS issued a badge to the kept account after the merge',
    from: CREDLY,
    to: SEI.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-03-07 02:11:40', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyHtml('高橋 誠一', '<p><b>AWS Certified Developer - Associate</b></p>'),
  }),
  ja({
    slug: 'credly-other-authserv-only',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly-looking badge mail with only a foreign (mx.google.com) Authentication-Results below the server\'s Received',
    from: CREDLY,
    to: MISA.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-03-10 06:00:00', '+0000'),
    auth: 'otherOnly',
    enc: 'utf8b64',
    html: credlyHtml('中村 美咲', '<p><b>AWS Certified Cloud Practitioner</b></p>'),
  }),
  ja({
    slug: 'credly-arc-only',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly badge mail carrying only ARC-Authentication-Results (no Authentication-Results header)',
    from: CREDLY,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-03-15 01:12:12', '+0000'),
    auth: 'arcOnly',
    enc: 'utf8qp',
    text: `小林 健太さん

Amazon Web Services Training and Certification からバッジが発行されました。
AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/7a1d2c44-0b9e-4f61-8c3e-91b5d2e0aa17

Credly`,
  }),
  ja({
    slug: 'credly-lookalike-credly-co',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'badge notice from credly.co (look-alike of credly.com)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.co>',
    to: YUKI.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-03-20 03:33:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: credlyHtml('伊藤 由紀子', '<p>AWS Certified Solutions Architect - Associate</p>'),
  }),
  ja({
    slug: 'support-badges-iko-jis',
    kind: 'badges_transferred',
    caseId: CASE.sei,
    note: 'agent says the Credly badges were moved to the kept account after the user asked',
    from: SUPPORT_JA,
    to: seiTo,
    subject: formSubj(CASE.sei),
    date: d('2026-03-09 01:20:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 誠一 様

松井でございます。バッジの件、ご連絡ありがとうございました。
Credly 上のデジタルバッジ 3 点につきましても、${SEI.keep} のアカウントへ移行いたしました。
Credly にサインインのうえ、表示をご確認いただけますと幸いです。

松井

${gmailJa('2026-03-08', '19:44', SEI.ja, SEI.keep)}
> 松井様
> 統合ありがとうございました。資格は表示されましたが、Credly のバッジが旧アドレス側に残ったままです。
> こちらも移していただくことは可能でしょうか。`,
  }),
  ja({
    slug: 'support-badges-and-close',
    kind: 'badges_transferred',
    caseId: CASE.misa,
    note: 'support says the badges were re-attached to the kept account and closes the case: badges is the new fact',
    from: SUPPORT_JA,
    to: misaTo,
    subject: formSubj(CASE.misa),
    date: d('2026-03-12 02:02:02', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

岡本でございます。
ご指摘いただいた Credly バッジの件、統合先アカウントへの付け替えが完了いたしました。
これにて本件のご依頼はすべて対応済みとなりますため、ケースをクローズいたします。

ご協力いただき、誠にありがとうございました。`,
  }),
  ja({
    slug: 'credly-ja-two-badges-qp',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly plain-text Japanese notice: two AWS badges now issued to the kept address',
    from: CREDLY,
    to: MISA.keep,
    subject: 'Amazon Web Services Training and Certification から新しいバッジが届いています',
    date: d('2026-03-12 03:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 美咲さん

Amazon Web Services Training and Certification が、次のバッジをあなたに発行しました。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect - Associate

バッジを受け取って、プロフィールで公開しましょう。
https://www.credly.com/earner/earned

Credly`,
  }),
  ja({
    slug: 'support-badges-reissued-accept',
    kind: 'badges_transferred',
    caseId: CASE.ken,
    note: 'support re-issued the badges to the kept account and tells the user to accept them from the Credly mail',
    from: SUPPORT_JA,
    to: kenTo,
    subject: formSubj(CASE.ken),
    date: d('2026-03-17 02:25:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

西田です。バッジの件、お待たせいたしました。
統合先の ${KEN.keep} 宛てに、CLF と DVA のバッジを発行し直しております。
Credly から届くメールの「バッジを入手する」から受け取りをお済ませください。

西田`,
  }),
  ja({
    slug: 'support-badges-html-yuki',
    kind: 'badges_transferred',
    caseId: CASE.yuki,
    note: 'HTML-only support note: the Credly badges now show on the kept account',
    from: SUPPORT_JA,
    to: yukiTo,
    subject: formSubj(CASE.yuki),
    date: d('2026-03-23 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>伊藤 由紀子 様</p>
<p>いつもお世話になっております。川口でございます。</p>
<p>お申し出のあったデジタルバッジにつきまして、<b>${YUKI.keep}</b> の Credly アカウントへ移し替えを行いました。現在は統合先のプロフィールに表示されております。</p>
<p>引き続き AWS トレーニングと認定をよろしくお願いいたします。</p>`),
  }),
  ja({
    slug: 'support-badges-sjis-short',
    kind: 'badges_transferred',
    caseId: CASE.misa2,
    note: 'short Shift_JIS note to the mobile address: badge transfer done',
    from: SUPPORT_JA,
    to: MISA.mob,
    subject: `RE:[CASE ${CASE.misa2}] 認定アカウントについて`,
    date: d('2026-04-10 01:30:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

岡本です。Credly バッジの移管も終わりました。
${MISA.keep} の Credly でご覧いただけます。`,
  }),
  ja({
    slug: 'credly-multipart-sei-second',
    kind: 'badges_transferred',
    caseId: null,
    note: 'multipart Credly notice (text + HTML) of another AWS badge now on the kept account',
    from: CREDLY,
    to: SEI.keep,
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-03-09 03:40:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 誠一さん、バッジが発行されました

Amazon Web Services Training and Certification から AWS Certified SysOps Administrator - Associate のバッジが届いています。

バッジを入手する: https://www.credly.com/earner/earned/badge/0f3c9a52-7e41-4b8d-9d2e-5c1a7f0e6b3d

Credly, Inc.`,
    html: credlyHtml('高橋 誠一', '<p><b>AWS Certified SysOps Administrator - Associate</b></p>'),
  }),
];

// referenced so that unused-import linting stays quiet in this data file
void [NOREPLY, RESELLER2, reiwa, paras, SEI_REQ, MISA_REQ, KEN_REQ, YUKI_REQ];
