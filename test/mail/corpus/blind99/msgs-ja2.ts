// ct, Japanese part 2: completions, badges, closings, other replies and the other cases' mail.
import type { Msg } from './lib.js';
import {
  C, CERT_PORTAL, CREDLY, CREDLY_AWS, FORM, FORM_ADDR, HARUKA, H_REQ, KEN, K_REQ, MAKOTO, NOREPLY, TNC, VUE,
  formSubj, fwdJa, gmailJa, html, jst, mk, outlookJa, sfQuoteJa, thread, to,
} from './common.js';

const H = to(HARUKA.ja, HARUKA.keep);
const K = to(KEN.ja, KEN.keep);
const M = to(MAKOTO.ja, MAKOTO.keep);

const credlyJa = (name: string, badge: string, issuer = 'Amazon Web Services Training and Certification'): string => `${name} さん

${issuer} から「${badge}」のデジタルバッジが発行されました。

バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできます。

[バッジを入手する]
https://www.credly.com/badges/accept

このメールは Credly から送信されています。配信停止はアカウント設定から行えます。
Credly, Inc. | 100 S. Wacker Drive, Chicago, IL`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'done-h-jis', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'support says the two accounts are now one; quotes the user\'s consent',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-24 10:05:51'), enc: 'jis7',
    text: `木村 遥 様

ご同意のご返信ありがとうございました。
本日、${HARUKA.srcId} を ${HARUKA.keepId} へ統合する作業を終えました。
今後は ${HARUKA.keep} でサインインいただくと、すべての認定資格をご覧いただけます。

三浦
${thread(C.hMerge)}

${gmailJa('2026-01-23 21:32', `${HARUKA.ja} <${HARUKA.keep}>`, '三浦様\n\n内容を確認しました。統合に同意します。\nよろしくお願いいたします。\n木村')}`,
  }),
  mk({
    slug: 'done-h-portal', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'the certification portal\'s own notice that the accounts were merged (no case ID)',
    from: CERT_PORTAL, to: H, subject: 'AWS 認定: アカウントの統合が完了しました', date: jst('2026-01-24 10:01:07'), enc: 'utf8b64',
    text: `${HARUKA.ja} 様

お客様の AWS 認定アカウントは、別のアカウントと統合されました。
統合されたアカウントの認定資格、試験履歴、特典は、現在お使いのアカウントでご確認いただけます。

心当たりがない場合は、AWS トレーニングと認定のサポートまでお問い合わせください。

AWS Certification`,
  }),
  mk({
    slug: 'done-k-close', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'completion that also says the case will now be closed: merge_completed',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-07 16:44:20'), enc: 'sjis8',
    text: `鈴木 健一 様

お待たせいたしました。前職アカウントの資格・特典を、個人アカウント(${KEN.keepId})へ移し終えました。
統合元のアカウントは今後ご利用いただけません。

本件はこれにてクローズさせていただきます。

AWS トレーニングと認定 松田`,
  }),
  mk({
    slug: 'done-k-check', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'completion notice that asks the user to check all looks right: still merge_completed',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-07 16:40:02'), enc: 'jisb64',
    text: `鈴木様

2026/02/07 付で、ご依頼のアカウント統合を実施済みです。
お手数ですが、統合先にサインインのうえ、資格・バウチャーが表示されているかご確認ください。
不足があればこのメールにご返信ください。

松田
${thread(C.kMerge)}`,
  }),
  mk({
    slug: 'done-m-jisb64', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'merge done, worded as 一本化',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-24 18:21:09'), enc: 'jisb64',
    text: `高橋 誠 様

ご承諾をいただき、アカウントの一本化を行いました。
${MAKOTO.keep} のアカウントに SAA と DVA の 2 資格が表示されております。

田村`,
  }),
  mk({
    slug: 'done-m-fail', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: C.mMerge, trap: false,
    note: 'completion look-alike with dmarc=fail on top: untrusted',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-23 04:12:45'), enc: 'sjisb64', auth: 'fail',
    text: `高橋様

アカウントの統合が完了しました。統合後のアカウントを有効にするため、
24時間以内に以下から再ログインしてください。
https://aws-certification.account-relink.net/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'done-h-twocases', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'one reply for the merge case and its duplicate: accounts merged, duplicate closed; merge ID labelled',
    from: FORM, to: H, subject: `${formSubj(C.hMerge)} (${C.hDup})`, date: jst('2026-01-24 10:12:30'), enc: 'utf8qp',
    text: `木村様

ご依頼の 2 件についてまとめてご報告します。

ケース ${C.hMerge}: 旧アカウントの受験履歴と認定を、新しいアカウントへ統合いたしました。
ケース ${C.hDup}: 同一内容のため、こちらのケースは対応不要としてクローズします。

お手数ですが、サインインして表示をご確認いただけますと幸いです。
三浦`,
  }),
  mk({
    slug: 'done-k-certmetrics', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: null, trap: false,
    note: 'portal-style completion notice from a sender outside the trusted domains (certmetrics.com): untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>', to: K, subject: 'AWS認定アカウント統合完了のお知らせ', date: jst('2026-02-07 16:38:49'), enc: 'jis7',
    text: `鈴木 健一 様

AWS 認定アカウントの統合処理が完了しました。
統合元アカウントの認定資格は、統合先アカウントに移されています。

AWS Certification Program`,
  }),

  mk({
    slug: 'done-m-typo', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'completion with a typo (アカウト), top-posted over a Japanese Salesforce history block',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-24 18:25:47'), enc: 'sjis8',
    text: `高橋様

先ほどの補足です。アカウトの統合は本日付で完了しております。
統合元(${MAKOTO.srcId})でのサインインはできなくなりますのでご注意くださいませ。

田村

${sfQuoteJa('2026-02-22 20:31', MAKOTO.keep, FORM_ADDR, formSubj(C.mMerge), '田村様\n\n有効期限が変わらないとのこと、承知しました。統合を進めてください。\n高橋')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-h', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: H, subject: 'AWS Certified Solutions Architect – Associate のバッジ発行のお知らせ', date: jst('2026-01-26 03:12:44'), enc: 'utf8qp',
    text: credlyJa(HARUKA.ja, 'AWS Certified Solutions Architect – Associate'),
    html: html(credlyJa(HARUKA.ja, 'AWS Certified Solutions Architect – Associate'), 'ja'),
  }),
  mk({
    slug: 'badge-credly-k', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'AWS badge via Credly, HTML only',
    from: CREDLY_AWS, to: K, subject: 'AWS Certified Developer – Associate のバッジ発行のお知らせ', date: jst('2026-02-09 02:51:07'), enc: 'utf8b64',
    html: html(credlyJa(KEN.ja, 'AWS Certified Developer – Associate'), 'ja'),
  }),
  mk({
    slug: 'badge-sup-h', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'support says the Credly badges were moved to the kept account',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-27 15:20:36'), enc: 'jis7',
    text: `木村 遥 様

Credly のバッジが旧アドレスに残っているとのご連絡をいただいた件、
3 つのバッジを ${HARUKA.keep} の Credly アカウントへ付け替えました。
Credly にサインインし、表示をご確認ください。

三浦

${gmailJa('2026-01-26 20:14', `${HARUKA.ja} <${HARUKA.keep}>`, '統合ありがとうございました。\nただ Credly のバッジが旧アドレスのままのようです。')}`,
  }),
  mk({
    slug: 'badge-sup-k-close', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'support announces the badges moved and closes: badges_transferred',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-10 11:03:52'), enc: 'sjis8',
    text: `鈴木様

デジタルバッジの件、Credly 側の登録先を個人アドレスへ変更し、2 件とも移行いたしました。
以上で本件の対応は終了となりますので、ケースをクローズいたします。

松田`,
  }),
  mk({
    slug: 'badge-sup-m', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'badges re-issued to the kept account, te-form sentence',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-26 10:17:03'), enc: 'jisb64',
    text: `高橋 誠 様

Credly のバッジにつきまして、統合先のアドレス ${MAKOTO.keep} に紐付け直しておりまして、
SAA・DVA とも、現在はそちらのアカウントで表示されております。

田村`,
  }),
  mk({
    slug: 'badge-credly-m', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'AWS badge via Credly, Japanese UTF-8 quoted-printable',
    from: CREDLY_AWS, to: M, subject: 'AWS Certified Solutions Architect – Associate のバッジ発行のお知らせ', date: jst('2026-02-26 04:40:18'), enc: 'utf8qp',
    text: credlyJa(MAKOTO.ja, 'AWS Certified Solutions Architect – Associate'),
  }),
  mk({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: null, trap: false,
    note: 'badge mail from credIy.com (capital I) with no authentication: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: K, subject: 'AWS Certified Developer – Associate のバッジ発行のお知らせ', date: jst('2026-02-09 05:33:29'), enc: 'utf8b64', auth: 'none',
    text: credlyJa(KEN.ja, 'AWS Certified Developer – Associate').replace('https://www.credly.com/badges/accept', 'https://credly-badge-claim.net/accept'),
  }),
  mk({
    slug: 'badge-sup-h-twocases', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'one reply for the merge case (badges moved) and the name case (name on badges updated); merge ID labelled',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-28 09:48:14'), enc: 'utf8b64',
    text: `木村様

・ケース ${C.hMerge}: 統合元に残っていた Cloud Practitioner のバッジも、統合先の Credly アカウントへ移しました。
・ケース ${C.hName}: バッジ上の氏名は、新しい氏名で再発行されています。

ご不明点がございましたらお知らせください。
小西`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-h-jis', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'plain closing notice of the merge case',
    from: NOREPLY, to: H, subject: `[CASE ${C.hMerge}] ケースはクローズされました`, date: jst('2026-01-30 09:00:12'), enc: 'jis7',
    text: `木村 遥 様

ケース ${C.hMerge} は解決済みとしてクローズされました。
引き続きお困りの場合は、14 日以内であればこのケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'close-h-remind', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.hMerge, trap: false,
    note: 'will auto-close in 3 days without a reply',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-21 10:30:08'), enc: 'sjis8',
    text: `木村様

先日お送りしたご質問へのご返信がまだのようです。
3 日以内にご連絡がない場合、本ケースは自動的にクローズとなりますのでご了承ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'close-h-dup', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.hDup, trap: true,
    note: 'the duplicate merge case is closed as a duplicate; 統合 here means the cases, not the accounts',
    from: FORM, to: H, subject: formSubj(C.hDup), date: jst('2026-01-22 09:12:55'), enc: 'jisb64',
    text: `木村 遥 様

同じ内容のお問い合わせを 2 件いただいておりましたので、ケース ${C.hMerge} に統合し、
こちらのケース(${C.hDup})はクローズいたします。今後のやり取りは ${C.hMerge} で行います。

AWS Training and Certification`,
  }),
  mk({
    slug: 'close-k-restate', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.kMerge, trap: true,
    note: 'closing that only restates last week\'s merge',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-16 13:25:40'), enc: 'utf8b64',
    text: `鈴木 健一 様

先週お知らせしたとおり、アカウントの統合は 2/7 に済んでおります。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

松田`,
  }),
  mk({
    slug: 'close-k-resolved', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'status changed to 解決済み',
    from: NOREPLY, to: K, subject: `ケース ${C.kMerge} のステータスが「解決済み」に変更されました`, date: jst('2026-02-16 13:26:02'), enc: 'utf8b64',
    text: `鈴木 健一 様

ケース ${C.kMerge}(認定アカウントの統合)のステータスが「解決済み」になりました。

ご不明な点があれば、ケース画面から返信してケースを再開できます。`,
  }),
  mk({
    slug: 'close-m-auto', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'automatic closing notice from the notification sender',
    from: NOREPLY, to: M, subject: `[CASE ${C.mMerge}] 対応終了のお知らせ`, date: jst('2026-03-03 09:00:44'), enc: 'jisb64',
    text: `高橋 誠 様

一定期間ご返信がなかったため、ケース ${C.mMerge} の対応を終了しました。
またのご利用をお待ちしております。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'close-m-noauth', kind: 'case_closed', lang: 'ja', trusted: false, caseId: C.mMerge, trap: false,
    note: 'closing notice without any Authentication-Results: untrusted',
    from: NOREPLY, to: M, subject: `[CASE ${C.mMerge}] ケースクローズ`, date: jst('2026-02-28 23:40:31'), enc: 'jis7', auth: 'none',
    text: `高橋様

ケース ${C.mMerge} はクローズされました。
再開をご希望の場合は、添付のフォームに記入して返送してください。`,
  }),
  mk({
    slug: 'close-k-twocases', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'one message closes both the merge case and the voucher case; merge ID labelled',
    from: FORM, to: K, subject: `${formSubj(C.kMerge)} / ${C.kVoucher}`, date: jst('2026-02-17 10:02:19'), enc: 'sjisb64',
    text: `鈴木様

お問い合わせいただいていた 2 件(${C.kMerge}、${C.kVoucher})について、
いずれも対応が済みましたので、本日をもってクローズいたします。

ご利用ありがとうございました。
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'close-m-remind', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'reminder: closes in 7 days without a reply',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-24 09:15:27'), enc: 'utf8qp',
    text: `高橋 誠 様

このケースは現在お客様からのご返信待ちです。
7 日以内にご返信がない場合は、自動でクローズされます。

※クローズ後も同じ件名で返信いただければ再開できます。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-h-thanks', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.hMerge, trap: true,
    note: 'thanks for confirming, passed to the team',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-23 22:10:04'), enc: 'jis7',
    text: `木村様

ご確認いただきありがとうございます。
統合作業は担当チームが行いますので、そちらへ依頼いたしました。
作業が済みましたら、こちらからお知らせします。

三浦`,
  }),
  mk({
    slug: 'sr-h-future', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.hMerge, trap: true,
    note: 'future statement: 統合が完了しましたら…',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-23 14:02:10'), enc: 'sjis8',
    text: `木村様

氏名変更のケースとは別に、統合の件も並行して進めております。
統合が完了しましたら、改めてこのケースでご連絡いたします。

小西`,
  }),
  mk({
    slug: 'sr-k-escalate', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'status: escalated to the back office',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-06 18:30:51'), enc: 'jisb64',
    text: `鈴木 健一 様

いただいた内容を専門チームへエスカレーションいたしました。
回答まで 2、3 営業日ほどお時間をいただく見込みです。

松田
${thread(C.kMerge)}`,
  }),
  mk({
    slug: 'sr-k-notyet', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.kMerge, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-06 09:12:37'), enc: 'utf8qp',
    text: `鈴木様

お問い合わせの件、統合作業はまだ完了しておりません。
現在、統合元アカウントの受験予約の有無を確認しているところです。

松田

${outlookJa('2026-02-05 23:48', `${KEN.ja} <${KEN.keep}>`, FORM_ADDR, formSubj(C.kMerge), 'もう統合は終わりましたか?')}`,
  }),
  mk({
    slug: 'sr-m-fromkeep', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.mMerge, trap: false,
    note: 'asks to write from the kept address, without asking for data',
    from: FORM, to: to(MAKOTO.ja, MAKOTO.src), subject: formSubj(C.mMerge), date: jst('2026-02-17 10:05:12'), enc: 'jis7',
    text: `高橋様

恐れ入りますが、今後のご連絡は残すご予定のアカウントのアドレス(${MAKOTO.keep})から
お送りいただけますようお願いいたします。

田村`,
  }),
  mk({
    slug: 'sr-m-unable', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.mMerge, trap: true,
    note: 'we are unable to merge for now (both accounts have a booked exam)',
    from: FORM, to: M, subject: formSubj(C.mMerge), date: jst('2026-02-19 17:41:26'), enc: 'sjisb64',
    text: `高橋 誠 様

確認しましたところ、両方のアカウントに受験予約が入っており、
現時点では統合を行うことができません。
どちらかの予約を受験後または取り消し後に、改めてこちらへご返信ください。

田村`,
  }),
  mk({
    slug: 'sr-h-dupcases', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.hMerge, trap: true,
    note: 'we merged your duplicate cases: not the account merge; merge ID labelled',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-22 09:15:03'), enc: 'utf8b64',
    text: `木村 遥 様

重複していたお問い合わせ(${C.hDup})は、このケース ${C.hMerge} にまとめました。
アカウントの件は引き続きこちらで担当いたします。

三浦`,
  }),
  mk({
    slug: 'sr-k-tworefund', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.kMerge, trap: true,
    note: 'one reply for two cases: refund finished (other case), merge still in progress; merge ID labelled',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-06 12:20:48'), enc: 'jis7',
    text: `鈴木様

別件のケース ${C.kRefund}(受験料の返金)については、本日返金処理が完了しました。

本ケース ${C.kMerge} のアカウント統合は、引き続き担当チームで作業中です。
進展があり次第ご連絡いたします。

松田`,
  }),
  mk({
    slug: 'sr-h-badgesnot', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.hMerge, trap: true,
    note: 'badges have not moved yet; being handled',
    from: FORM, to: H, subject: formSubj(C.hMerge), date: jst('2026-01-26 21:40:15'), enc: 'jisb64',
    text: `木村様

ご指摘のとおり、Credly のバッジはまだ旧アドレス側に残っております。
バッジ発行元のチームに移行を依頼しましたので、もう少々お待ちいただけますでしょうか。

三浦`,
  }),
  mk({
    slug: 'sr-m-lookalike', kind: 'support_reply', lang: 'ja', trusted: false, caseId: C.mMerge, trap: false,
    note: 'status reply from amazon-support.co (look-alike domain) that passes its own dmarc: untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-support.co>', to: M, subject: formSubj(C.mMerge), date: jst('2026-02-20 01:17:33'), enc: 'sjis8',
    text: `高橋様

現在、お客様のケースは担当部署で審査中です。
審査を早めるには、下記のリンクから本人確認書類をアップロードしてください。
https://amazon-support.co/case/upload

AWSトレーニングと認定`,
  }),
  mk({
    slug: 'sr-k-html', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.kMerge, trap: false,
    note: 'answers a question (voucher carries over) on the merge case; multipart',
    from: FORM, to: K, subject: formSubj(C.kMerge), date: jst('2026-02-05 19:02:41'), enc: 'utf8b64',
    text: `鈴木 健一 様

ご質問いただいた 50% 割引特典は、統合先のアカウントに引き継がれます。
有効期限も元のままです。

松田

${gmailJa('2026-02-05 12:11', `${KEN.ja} <${KEN.keep}>`, '前職アカウントにある割引特典はどうなりますか?')}`,
    html: html(`鈴木 健一 様

ご質問いただいた 50% 割引特典は、統合先のアカウントに引き継がれます。
有効期限も元のままです。

松田`, 'ja'),
  }),

  // ---------------- unrelated: the other cases ----------------
  mk({
    slug: 'un-h-name-ack', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.hName, trap: true,
    note: 'receipt of the legal-name-change case, says its topic',
    from: NOREPLY, to: H, subject: `[CASE ${C.hName}] お問い合わせを受け付けました`, date: jst('2026-01-12 20:18:06'), enc: 'jis7',
    text: `木村 遥 様

以下の内容でケースを作成しました。

ケース ID: ${C.hName}
件名: 認定アカウントの氏名変更(旧姓から新姓へ)

担当者より通常 1 営業日以内にご連絡します。

Amazon Web Services`,
  }),
  mk({
    slug: 'un-h-name-info', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.hName, trap: true,
    note: 'the name-change case asks for an ID document: another case\'s information request',
    from: FORM, to: H, subject: formSubj(C.hName), date: jst('2026-01-13 15:40:22'), enc: 'sjis8',
    text: `木村 遥 様

認定アカウントの氏名変更のご依頼ありがとうございます。
変更後の氏名が確認できる公的書類(運転免許証など)の画像を、
氏名と生年月日以外を隠したうえでお送りいただけますでしょうか。

AWS トレーニングと認定 小西`,
  }),
  mk({
    slug: 'un-h-name-done', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.hName, trap: true,
    note: 'the name-change case finished: 変更が完了しました, not a merge',
    from: FORM, to: H, subject: formSubj(C.hName), date: jst('2026-01-22 11:05:09'), enc: 'utf8qp',
    text: `木村様

認定アカウントの氏名を「Haruka Kimura / 木村 遥」へ変更する手続きが完了しました。
次回以降に発行される認定証には新しい氏名が記載されます。

小西`,
  }),
  mk({
    slug: 'un-k-refund-ack', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.kRefund, trap: true,
    note: 'receipt of the exam reschedule/refund case, says its topic',
    from: NOREPLY, to: K, subject: `[CASE ${C.kRefund}] お問い合わせを受け付けました`, date: jst('2026-01-28 07:55:31'), enc: 'jisb64',
    text: `鈴木 健一 様

ケース ${C.kRefund} を受け付けました。
お問い合わせの種類: 試験の予約変更・返金

担当より追ってご連絡いたします。`,
  }),
  mk({
    slug: 'un-k-refund-done', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.kRefund, trap: true,
    note: 'refund case: 返金処理が完了しました',
    from: FORM, to: K, subject: formSubj(C.kRefund, 'exam-scheduling'), date: jst('2026-02-06 12:01:15'), enc: 'sjisb64',
    text: `鈴木様

2/12 の試験予約の取り消しに伴う受験料の返金手続きが完了しました。
カード会社によっては、ご利用明細への反映に数週間かかる場合があります。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'un-k-voucher-close', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.kVoucher, trap: true,
    note: 'the voucher case is closed (says its topic)',
    from: FORM, to: K, subject: formSubj(C.kVoucher, 'certification-benefits'), date: jst('2026-02-12 17:30:55'), enc: 'jis7',
    text: `鈴木 健一 様

バウチャーコードが適用されなかった件、新しいコードを再発行いたしました。
特典ページからご確認いただけます。本ケースはこれでクローズいたします。

松田`,
  }),
  mk({
    slug: 'un-k-delete-consent', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.kDelete, trap: true,
    note: 'personal-data deletion case asks for consent (irreversible): another case, not the merge',
    from: FORM, to: K, subject: formSubj(C.kDelete, 'privacy-request'), date: jst('2026-02-18 10:44:38'), enc: 'utf8b64',
    text: `鈴木 健一 様

個人情報の削除リクエストについてご連絡いたします。
前職アドレス(${KEN.src})に紐づく学習履歴と個人データを削除いたします。
削除後は復元できません。この内容で実施してよろしいか、ご同意のご返信をお願いします。

AWS プライバシー対応チーム`,
  }),
  mk({
    slug: 'un-m-vue-confirm', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'Pearson VUE appointment confirmation: test vendor, not a trusted domain',
    from: VUE, to: M, subject: 'AWS 認定試験 予約確認のお知らせ', date: jst('2026-02-27 11:20:04'), enc: 'sjis8',
    text: `高橋 誠 様

以下の試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年3月14日 10:00
会場: オンライン (OnVUE)

予約の変更・取り消しは試験の 24 時間前まで可能です。
Pearson VUE`,
  }),
  mk({
    slug: 'un-m-sb-renewed', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Skill Builder subscription renewal completed',
    from: TNC, to: M, subject: 'AWS Skill Builder: サブスクリプションの更新が完了しました', date: jst('2026-02-20 06:00:17'), enc: 'utf8qp',
    text: `高橋 誠 様

AWS Skill Builder 個人サブスクリプションの更新手続きが完了しました。
次回の請求日: 2026年3月20日

サブスクリプションの管理は Skill Builder の「アカウント」ページから行えます。`,
  }),
  mk({
    slug: 'un-h-own-fwd', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.hMerge, trap: true,
    note: 'the user forwards the consent request to her own other address: her own mail',
    from: H, to: to(HARUKA.old, HARUKA.src), subject: `Fwd: ${formSubj(C.hMerge)}`, date: jst('2026-01-23 21:15:40'), enc: 'utf8qp', auth: 'none',
    text: `会社のPCでも見られるように転送。これに「同意します」で返せばいいはず。

${fwdJa('2026-01-23 13:44', FORM, `${HARUKA.ja} <${HARUKA.keep}>`, formSubj(C.hMerge), `統合を行うと元に戻すことはできません。この内容で進めてよろしければ、\n本メールに「同意します」とご返信ください。`)}`,
  }),
  mk({
    slug: 'un-k-mobile', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.kMerge, trap: true,
    note: 'the user\'s own consent reply from his phone, copied to himself (typo, bottom of a quote): his own mail',
    from: K, to: FORM, cc: K, subject: `Re: ${formSubj(C.kMerge)}`, date: jst('2026-02-05 12:58:03'), enc: 'jis7', auth: 'none', rcpt: KEN.keep,
    text: `松田様

統合に同意しまず。よろしくおねがいします。

鈴木

iPhoneから送信

${gmailJa('2026-02-05 10:20', `${FORM}`, '一度統合すると分割はできません。ご承諾いただける場合は、その旨を本メールへご返信ください。')}`,
  }),
  mk({
    slug: 'un-k-oldcorp-auto', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.kMerge, trap: false,
    note: 'automatic reply from the user\'s old company mailbox',
    from: 'corp-a 自動応答 <postmaster@corp-a.example.co.jp>', to: K, subject: `自動応答: ${formSubj(C.kMerge)}`, date: jst('2026-02-03 10:42:02'), enc: 'jis7', auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールアドレス(${KEN.src})は、退職に伴い現在使用されておりません。
ご用件は代表アドレスまでお願いいたします。

株式会社コーポA 情報システム部`,
  }),
  mk({
    slug: 'un-m-credly-other', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from another issuer',
    from: 'LPI-Japan via Credly <admin@credly.com>', to: M, subject: 'LinuC レベル1 のバッジ発行のお知らせ', date: jst('2026-02-25 08:10:26'), enc: 'utf8b64',
    text: credlyJa(MAKOTO.ja, 'LinuC レベル1', 'LPI-Japan'),
  }),
  mk({
    slug: 'un-h-credly-mergecode', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: CREDLY, to: H, subject: 'Credly アカウントの統合を完了してください', date: jst('2026-01-27 20:02:11'), enc: 'utf8qp',
    text: `木村 遥 さん

Credly アカウントへのメールアドレス追加(アカウントの統合)をリクエストされました。
以下のコードを入力して統合を完了してください。

確認コード: 482913

心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'un-m-survey', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.mMerge, trap: true,
    note: 'satisfaction survey about the resolved case',
    from: NOREPLY, to: M, subject: `ケース ${C.mMerge} についてのアンケート`, date: jst('2026-03-04 10:00:09'), enc: 'jisb64',
    text: `高橋 誠 様

先日クローズされたケース ${C.mMerge} について、お客様のご意見をお聞かせください。
問題は解決しましたか? (1 分程度で終わります)

https://survey.aws.amazon.com/r/ja

Amazon Web Services`,
  }),
  mk({
    slug: 'un-k-teamlist', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: false, forUser: false,
    note: 'T&C newsletter delivered to an old team list, not to the user',
    from: TNC, to: 'AWS推進チーム <aws-team@corp-a.example.co.jp>', subject: '【AWS トレーニングと認定】3 月の無料ウェビナーのご案内', date: jst('2026-02-25 12:00:00'), enc: 'utf8b64',
    text: `AWS トレーニングと認定からのお知らせです。

3 月は「AWS Certified AI Practitioner 対策」など 6 本のウェビナーを開催します。
お申し込みは AWS Skill Builder から。

配信停止はこちら: https://aws.training/unsubscribe`,
  }),
  mk({
    slug: 'un-k-ai-refund', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.kRefund, trap: false,
    note: 'automated answer on the refund case, says its topic',
    from: NOREPLY, to: K, subject: `[CASE ${C.kRefund}] 自動回答: 試験の返金について`, date: jst('2026-01-28 07:55:02'), enc: 'sjis8',
    text: `(AI による自動回答)

試験の予約変更・取り消しは、予約の 24 時間前までであれば Pearson VUE の画面から行えます。
取り消し後の返金は、お支払い方法に応じて数日から数週間で処理されます。`,
  }),
  mk({
    slug: 'un-h-colleague', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'a colleague asks how the merge went; not from support',
    from: '西田 亮 <r.nishida@example-partner.co.jp>', to: H, subject: 'AWS認定の統合、どうでした?', date: jst('2026-01-26 12:31:50'), enc: 'jis7',
    text: `木村さん

お疲れさまです。西田です。
AWS認定のアカウント統合、無事に完了しました? バッジの移行まで何日かかったか教えてください。
自分も来月やる予定なので。

西田`,
  }),
];
