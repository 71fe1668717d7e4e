// Japanese messages, part 2: completions, badges, closing, status replies and unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import { CASE, CREDLY, KIMURA, MISAKI, NOREPLY, PORTAL, SHO, SUP_JA, gmailJa, html, mk, outlookJa, q, sfHist, sfRef, subj, to } from './common.js';
import { KIMURA_WRONG, MISAKI_REQ } from './requests.js';

const kTo = to(KIMURA.ja, KIMURA.keep);
const mTo = to(MISAKI.ja, MISAKI.keep);
const sTo = to(SHO.ja, SHO.keep);
const KIMURA_FROM = `${KIMURA.ja} <${KIMURA.keep}>`;

export const JA_B: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-mc-kimura-first', kind: 'merge_completed', lang: 'ja', caseId: CASE.kimura, enc: 'jis7', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-06 05:41:19', '+0000'),
    note: 'support says the two accounts were merged (it later turns out in the wrong direction)',
    text: `木村様

ご承諾いただきありがとうございました。
2 つの認定アカウントの統合作業が完了いたしました。サインインのうえ、認定と特典が表示されているかご確認ください。
何かございましたら、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-mc-error-was-wrong', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-06 17:48:02', '+0900'),
    note: 'retraction is the event: the earlier "could not merge" mail was wrong, the merge did complete',
    text: `中村様

先ほど「統合を完了できませんでした」とのメールをお送りしましたが、こちらは誤って送信されたものでした。大変失礼いたしました。
実際には、3月6日の午後に ${MISAKI.src} のアカウントは ${MISAKI.keep} のアカウントへ統合済みです。
サインインし直していただくと、両方の認定が表示されるはずです。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-mc-redone-right-way', kind: 'merge_completed', lang: 'ja', caseId: CASE.kimura, enc: 'utf8b64', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-13 11:27:36', '+0900'),
    note: 'the merge was redone in the correct direction: accounts now merged into the kept ID',
    text: `木村様

お待たせいたしました。専門チームにて、統合を正しい方向でやり直しました。
現在は ${KIMURA.keepId} にすべての認定履歴がまとまっており、${KIMURA.srcId} は統合済みとして無効化されています。
Credly のバッジについては別途確認中です。

このたびは手違いによりご迷惑をおかけし、申し訳ございませんでした。
AWS トレーニングと認定 / 森

${gmailJa('2026年2月11日(水) 12:30', KIMURA.ja, KIMURA.keep)}
${q('同意します。正しい方向でやり直してください。\n木村')}`,
  }),
  mk({
    slug: 'ja-mc-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'jisb64', to: mTo, from: PORTAL,
    subject: 'AWS 認定: アカウントが統合されました', date: rfcDate('2026-03-06 16:02:44', '+0900'),
    note: 'the certification portal\'s own merged-accounts notice, no case ID',
    text: `AWS 認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウントは、もう一方のアカウントと統合されました。
今後は ${MISAKI.keep} でサインインしてください。認定、試験履歴、特典はこのアカウントで確認できます。

本メールは送信専用です。`,
    html: `<table width="600"><tr><td><p>AWS 認定をご利用いただきありがとうございます。</p><p>お客様の AWS 認定アカウントは、もう一方のアカウントと統合されました。<br>今後は ${MISAKI.keep} でサインインしてください。認定、試験履歴、特典はこのアカウントで確認できます。</p><p style="color:#777">本メールは送信専用です。</p></td></tr></table>`,
  }),
  mk({
    slug: 'ja-mc-badges-pending', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, enc: 'utf8qp', to: sTo, trap: true,
    subject: subj(CASE.sho), date: rfcDate('2026-04-11 10:14:58', '+0900'),
    note: 'merge done; the badges explicitly have NOT moved yet (badge words without the badge event)',
    text: `高橋様

ご承諾ありがとうございました。${SHO.srcId} を ${SHO.keepId} に統合する作業を終えました。
なお、Credly のデジタルバッジはまだ移行されておりません。別チームでの対応となるため、数日お時間をいただく可能性がございます。

AWS トレーニングと認定 藤井`,
  }),
  mk({
    slug: 'ja-mc-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-06 15:55:21', '+0900'),
    note: 'completion that also says the case will be closed: the merge is the new fact',
    text: `中村様

同意のご返信ありがとうございます。
アカウントの統合が終わりましたので、お知らせいたします。本件はこれにてクローズとさせていただきます。

AWS Training and Certification

${gmailJa('2026年3月5日(木) 8:02', MISAKI.ja, MISAKI.keep)}
${q('はい、進めてください。\n中村')}`,
  }),
  mk({
    slug: 'ja-mc-hedged-delay', kind: 'merge_completed', lang: 'ja', caseId: CASE.kimura, enc: 'sjisb64', to: to(KIMURA.ja, KIMURA.src), rcpt: KIMURA.src, forUser: false,
    resent: { from: 'postmaster@oldcorp-sys.example.co.jp', to: KIMURA.keep, date: rfcDate('2026-02-13 11:31:40', '+0900') },
    subject: subj(CASE.kimura), date: rfcDate('2026-02-13 11:31:02', '+0900'),
    note: 'copy to the old address, redirected by the old company (Resent-*): merge done, display may lag (hedge, still completed)',
    text: `木村様 (旧アドレス宛ての控え)

統合の手続きは完了しております。
ただし、画面への反映には最大で 48 時間ほどかかる場合がございます。それ以降も表示が変わらない場合のみ、ご連絡ください。`,
  }),
  mk({
    slug: 'ja-mc-forged-server', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, enc: 'jisb64', to: sTo, auth: 'lookalikeServer', trusted: false,
    subject: subj(CASE.sho), date: rfcDate('2026-04-09 07:15:00', '+0900'),
    note: 'completion notice whose pass verdict comes from a look-alike authserv-id',
    text: `高橋様

統合が完了しました。特典のバウチャーを受け取るには、以下のページで再度サインインしてください。
http://aws-benefits-verify.example.net/`,
  }),
  mk({
    slug: 'ja-mc-voucher-too', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-13 13:40:17', '+0900'),
    note: 'after the partial state, the remaining record is merged; the 50% voucher is shown too',
    text: `中村様

お待たせしました。残っていた SAA の記録も統合先に移り、アカウントの統合はすべて完了しました。
50% 割引のバウチャーも ${MISAKI.keepId} の特典欄に表示されています。

${sfRef('Ms77qz')}

${sfHist(`${MISAKI.ja} <${MISAKI.keep}>`, '2026/03/12 20:44', SUP_JA, subj(CASE.misaki), '受験日は2025年9月20日、オンライン受験です。')}`,
  }),
  mk({
    slug: 'ja-mc-html-id-between', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, enc: 'utf8b64', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-16 18:03:29', '+0900'),
    note: 'HTML only; identifiers and a date between the words: account X is, as of date, merged into Y',
    html: html(`高橋 翔 様

お問い合わせの件、${SHO.srcId} のアカウントは、2026 年 4 月 16 日付で ${SHO.keepId} に統合済みとなっております。
先日の処理は途中で止まっていたため、本日あらためて実行いたしました。

AWS トレーニングと認定`),
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-bt-credly-issued', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', to: kTo, from: CREDLY,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-02-18 03:10:45', '+0000'),
    note: 'AWS badge issued via Credly to the kept address after the merge',
    text: `木村 健一 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Professional のデジタルバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/accept

Credly チーム`,
    html: `<div style="font-family:Helvetica"><h2>木村 健一 様</h2><p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Professional のデジタルバッジが発行されました。</p><p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></p><p>Credly チーム</p></div>`,
  }),
  mk({
    slug: 'ja-bt-left-on-old', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kimura, enc: 'jis7', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-18 12:44:09', '+0900'),
    note: 'support says the badges left on the old account have now been moved',
    text: `木村様

旧アカウント側に残っていた Credly バッジ 3 点を、${KIMURA.keep} の Credly アカウントへ移しました。
Credly にサインインして、一覧に表示されてることをご確認ください。

AWS トレーニングと認定 / 森`,
  }),
  mk({
    slug: 'ja-bt-duplicates-removed', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-17 10:26:50', '+0900'),
    note: 'duplicated badges cleaned up; all badges now sit on the kept Credly account',
    text: `中村様

同じバッジが 2 つずつ表示されていた件、Credly チームにて重複分を取り消しました。
統合先の Credly アカウントに、CLF と SAA のバッジが 1 つずつ揃っていることを当方でも確認しております。

AWS Training and Certification カスタマーサービス`,
  }),
  mk({
    slug: 'ja-bt-correction-real', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho, enc: 'utf8b64', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-21 15:32:04', '+0900'),
    note: 'correction: the earlier "badges moved" was wrong, today they were actually moved (the correction is the event)',
    text: `高橋様

先日「バッジは移行済みです」とお伝えしましたが、確認したところ、実際には移っておりませんでした。誤ったご案内をしてしまい申し訳ございません。
本日あらためて移行の処理を行い、${SHO.keep} の Credly プロフィールに全てのバッジが表示されることを確認いたしました。

藤井 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-bt-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kimura, enc: 'jisb64', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-19 09:05:33', '+0900'),
    note: 'badges moved and the case is closed in the same mail: badges_transferred',
    text: `木村様

バッジの引き継ぎが済みましたので、ご報告いたします。Credly の統合先アカウントでお受け取りいただけます。
以上をもちまして、本ケースを終了させていただきます。長らくお付き合いいただきありがとうございました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-bt-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', to: mTo, from: CREDLY,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-03-16 02:51:12', '+0000'),
    note: 'Credly HTML-only notice of an AWS badge for the kept address',
    html: `<html><body style="margin:0"><table align="center" width="560"><tr><td><img src="https://images.credly.com/aws.png" alt="AWS"></td></tr><tr><td><p>中村 美咲 様</p><p>AWS Certified Cloud Practitioner のバッジが Amazon Web Services Training and Certification から発行されました。受け取りの手続きをお願いします。</p><p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p></td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-bt-forged-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', to: sTo,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', trusted: false,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-04-12 04:00:00', '+0900'),
    note: 'Credly look-alike domain (credly-notify.com): badge notice, untrusted',
    text: `高橋 翔 様

統合されたアカウントにバッジが移行されました。
バッジを入手する: http://credly-notify.com/claim`,
  }),
  mk({
    slug: 'ja-bt-specialist-outlook', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-16 11:19:44', '+0900'),
    note: 'specialist team moved the badges; reported by support above an Outlook quote',
    text: `中村様

専門チームより、旧アカウントに紐づいていたバッジを統合先へ付け替えたとの報告がありました。Credly から発行通知が届いているかと思います。

AWS トレーニングと認定

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年3月14日 9:30', SUP_JA, subj(CASE.misaki))}

統合はできたのですが、Credly のバッジが前のアカウントのままです。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-cc-autoclose-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, enc: 'jis7', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-24 09:00:00', '+0900'),
    note: 'will close automatically in 3 days without a reply',
    text: `高橋様

前回のご連絡からお返事をいただいていないため、3 日後に本ケースを自動的にクローズいたします。
引き続きお手伝いが必要な場合は、それまでにこのメールへご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cc-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.kimura, enc: 'sjis8', to: kTo, trap: true,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-25 10:10:10', '+0900'),
    note: 'closing that only restates the earlier merge and badge move',
    text: `木村様

先日ご案内のとおり、アカウントの統合とバッジの移行はすでに完了しております。
その後ご連絡がございませんので、本ケースはクローズいたします。`,
  }),
  mk({
    slug: 'ja-cc-voucher-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, enc: 'utf8qp', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-27 14:02:38', '+0900'),
    note: 'case resolved/closed after the voucher issue was settled earlier',
    text: `高橋様

バウチャーが表示されたとのご連絡、ありがとうございます。
お困りごとが解消されたようですので、本件は解決済みとさせていただきます。

藤井 / AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-cc-noreply-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64', to: mTo, from: NOREPLY,
    subject: `AWS サポート: ケース ${CASE.misaki} は解決済みです`, date: rfcDate('2026-03-20 00:12:44', '+0900'),
    note: 'AWS Support notification that the case was resolved',
    text: `ケース ID ${CASE.misaki} のステータスが「解決済み」に変更されました。

同じ問題が再発した場合は、サポートセンターからケースを再開できます。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-cc-duplicate-case', kind: 'case_closed', lang: 'ja', caseId: CASE.kimuraNew, enc: 'sjisb64', to: kTo,
    subject: subj(CASE.kimuraNew), date: rfcDate('2026-02-09 11:48:20', '+0900'),
    note: 'the second case is closed because the original case carries on',
    text: `木村様

本ケースは、先にいただいているケースと同じご依頼のため、こちらは終了とし、元のケースで対応を続けます。
今後のご連絡は元のケースのメールへご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cc-after-user-ok', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-18 09:33:51', '+0900'),
    note: 'user said all looks right; support closes',
    text: `中村様

ご返信ありがとうございます。すべて問題なく表示されているとのこと、安心いたしました。
本件はこちらでクローズいたします。またいつでもお問い合わせください。

${gmailJa('2026年3月17日(火) 21:10', MISAKI.ja, MISAKI.keep)}
${q('バッジも一つずつになりました。ありがとうございました。')}`,
  }),
  mk({
    slug: 'ja-cc-forged-fail', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, enc: 'sjis8', to: sTo, auth: 'fail', trusted: false,
    subject: subj(CASE.sho), date: rfcDate('2026-04-13 02:02:02', '+0900'),
    note: 'closing notice with dmarc=fail: untrusted',
    text: `高橋様
本ケースはクローズされました。再開する場合は次のリンクからログインしてください。
http://reopen-case.example.org/`,
  }),
  mk({
    slug: 'ja-cc-mixed-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, enc: 'utf8b64', to: mTo,
    subject: subj(CASE.misakiDup), date: rfcDate('2026-03-11 08:00:00', '+0900'),
    note: 'auto-close warning on the duplicate case, English status line, Japanese text',
    text: `Status: Pending customer action

このケースには 5 日間ご返信がありませんでした。このままの場合、ケースは自動的に終了となります。
なお、統合のご依頼は元のケースで引き続き対応しております。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-sent-in-error', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, enc: 'jis7', to: sTo, trap: true,
    subject: subj(CASE.sho), date: rfcDate('2026-04-09 10:30:06', '+0900'),
    note: 'retraction: the earlier completion mail was sent in error; the merge is NOT done yet',
    text: `高橋様

本日早朝にお送りした「統合が完了しました」というメールは、誤って送信されたものです。
現時点でアカウントの統合は完了しておりません。混乱を招いてしまい、誠に申し訳ございません。
正式な手続きが済みしだい、あらためてご連絡いたします。

AWS トレーニングと認定 藤井`,
  }),
  mk({
    slug: 'ja-sr-wrong-direction-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, enc: 'sjis8', to: kTo, trap: true,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-09 15:52:41', '+0900'),
    note: 'admits the merge went the wrong way and escalates to a specialist team; no new merge',
    text: `木村様

調査の結果、ご指摘のとおり統合の方向が逆になっておりました。こちらの確認不足です。
修正には専門チームでの作業が必要なため、エスカレーションいたしました。進捗がありましたらこのケースでお知らせします。

AWS トレーニングと認定 / 森

${sfHist(KIMURA_FROM, '2026/02/09 11:20', SUP_JA, subj(CASE.kimura), `残したいのは ${KIMURA.keepId} (${KIMURA.keep}) です。\n\n${KIMURA_WRONG}`)}`,
  }),
  mk({
    slug: 'ja-sr-still-working', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, enc: 'utf8qp', to: sTo, trap: true,
    subject: subj(CASE.sho), date: rfcDate('2026-04-18 17:40:29', '+0900'),
    note: '"not yet" status update: badges not moved yet, team still on it',
    text: `高橋様

途中経過のご報告です。Credly のバッジについては、専門チームで作業を続けており、まだ移行は終わっておりません。
もうしばらくお待ちいただけますと幸いです。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-reopened', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64', to: mTo, trap: true,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-14 10:02:17', '+0900'),
    note: 'the case is reopened because the badges are still on the old account; status, not a closing',
    text: `中村様

いったんクローズとなっていたケースを、本日再オープンいたしました。
バッジが旧アカウントに残っているとのご指摘を受け、担当チームへ調査を依頼しております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, enc: 'jis7', to: kTo, trap: true,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-05 09:20:30', '+0900'),
    note: 'thanks for confirming, handed to the team; completion is only promised',
    text: `木村様

ご承諾のご返信、確かに受け取りました。担当チームに作業を依頼しております。
統合が終わりましたら、このメールアドレス宛てにお知らせします。`,
  }),
  mk({
    slug: 'ja-sr-voucher-reissued', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, enc: 'jis7', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-22 13:13:13', '+0900'),
    note: 'the lost 50% voucher was reissued: an answer on the case, no advancing event',
    text: `高橋様

統合の際に表示されなくなっていた 50% 割引バウチャーを、再発行いたしました。
有効期限は元のバウチャーと同じです。Benefits タブでコードをご確認いただけます。

藤井`,
  }),
  mk({
    slug: 'ja-sr-close-sent-in-error', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, enc: 'sjisb64', to: sTo, trap: true,
    subject: subj(CASE.sho), date: rfcDate('2026-04-20 09:45:03', '+0900'),
    note: 'retraction: the resolved/closed notice went out by mistake; the case stays open',
    text: `高橋様

昨日、ケースが解決済みになったという通知が届いたかと存じますが、こちらの操作ミスによるものでした。
バッジの件はまだ対応中ですので、ケースは開いたままにしております。お騒がせして申し訳ありません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-unable-exam-booked', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, enc: 'utf8b64', to: sTo, trap: true,
    subject: subj(CASE.sho), date: rfcDate('2026-04-08 10:11:54', '+0900'),
    note: 'cannot merge while an exam is booked on the source account; negated, nothing requested',
    text: `高橋様

統合元のアカウントに 4 月 20 日の試験予約が入っているため、現時点では統合を行うことができません。
受験が終わり、結果が反映された後であれば手続き可能です。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mTo, trap: true,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-05 10:08:41', '+0900'),
    note: '"we merged your duplicate cases": the cases, not the accounts',
    text: `中村様

同じ内容で 2 件のケース (${CASE.misaki} と ${CASE.misakiDup}) をいただいておりましたので、こちらのケースに統合いたしました。
アカウントの統合そのものは、引き続きご承諾のご返信をお待ちしている段階です。`,
  }),
  mk({
    slug: 'ja-sr-partial', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: mTo, trap: true,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-09 12:00:48', '+0900'),
    note: 'partial completion: only part moved, the rest is with a specialist team; not a completion',
    text: `中村様

ご指摘ありがとうございます。確認したところ、統合処理は一部しか反映されておらず、SAA の記録が旧アカウントに残っておりました。
残りは専門チームで作業を行います。完了までお時間をいただきますが、進展がありましたらご連絡します。

${gmailJa('2026年3月8日(日) 22:51', MISAKI.ja, MISAKI.keep)}
${q('統合完了とのことでしたが、SAA が見当たりません。\n' + MISAKI_REQ)}`,
  }),
  mk({
    slug: 'ja-sr-forged-misaligned', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, enc: 'sjis8', to: kTo, auth: 'misaligned', trusted: false,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-12 06:30:00', '+0900'),
    note: 'status reply signed by an unrelated bulk-mail domain (misaligned DKIM, dmarc=fail)',
    text: `木村様
ご迷惑をおかけしております。本件は上位チームへエスカレーション済みです。
手続きを早めるには、こちらから手数料のお支払いをお願いします: http://fast-track.example.biz/`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-user-anxious-mobile', kind: 'unrelated', lang: 'ja', caseId: CASE.kimura, enc: 'utf8b64', trap: true, trusted: false,
    from: KIMURA_FROM, to: SUP_JA, cc: to(KIMURA.ja, KIMURA.src), rcpt: KIMURA.src,
    subject: `Re: ${subj(CASE.kimura)}`, date: rfcDate('2026-02-12 07:58:10', '+0900'),
    note: 'the user\'s own anxious follow-up from a phone (cc to his old address): no news from support',
    text: `お世話になっております。木村です。
統合のやり直しはまだでしょうか。旧アドレスは今月末で使えなくなります。
認定が消えてしまわないか心配です、状況だけでも教えてくださいい。

iPhoneから送信

${gmailJa('2026年2月9日(月) 15:52', 'AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com')}
> 修正には専門チームでの作業が必要なため、エスカレーションいたしました。`,
  }),
  mk({
    slug: 'ja-un-user-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', trap: true, trusted: false,
    from: to(MISAKI.ja, MISAKI.src), to: mTo,
    subject: `Fw: ${subj(CASE.misaki)}`, date: rfcDate('2026-03-06 18:20:44', '+0900'),
    note: 'user forwards the completion mail from her old work address to her personal one',
    text: `念のため個人アドレスにも転送。

-------- 転送メッセージ --------
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
日付: 2026年3月6日 15:55
件名: ${subj(CASE.misaki)}

中村様
アカウントの統合が終わりましたので、お知らせいたします。`,
  }),
  mk({
    slug: 'ja-un-credly-own-merge', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true,
    from: 'Credly <no-reply@credly.com>', to: to(MISAKI.ja, MISAKI.src), rcpt: MISAKI.src,
    subject: 'Credly: アカウント統合の確認コード', date: rfcDate('2026-03-15 21:03:19', '+0900'),
    note: 'Credly\'s own account-merge verification code, not the AWS certification merge',
    text: `Credly アカウントの統合リクエストを受け付けました。
確認コード: 604 218
「Complete Account Merge」を押すか、上記コードを入力して統合を完了してください。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.kimura, enc: 'jisb64', trap: true, from: NOREPLY, to: kTo,
    subject: 'AWS サポートのご利用に関するアンケート', date: rfcDate('2026-02-26 10:00:00', '+0900'),
    note: 'satisfaction survey after the case was closed',
    text: `先日クローズしたケース ${CASE.kimura} について、お客様のご意見をお聞かせください。
問題は解決しましたか? [はい] [いいえ]
回答には 1 分ほどかかります。`,
  }),
  mk({
    slug: 'ja-un-ooo-agent', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, enc: 'jis7', trap: true,
    from: '藤井 <fujii-tc@amazon.com>', to: sTo,
    subject: `自動応答: ${subj(CASE.sho)}`, date: rfcDate('2026-04-29 09:01:05', '+0900'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'agent\'s out-of-office auto-reply; mentions the merge only to redirect',
    text: `ただいま休暇のため不在にしております (5月6日まで)。
アカウント統合のご依頼は、ケースへのご返信で他の担当者が引き継ぎます。`,
  }),
  mk({
    slug: 'ja-un-exam-pass', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true,
    from: 'AWS Certification <no-reply@aws.training>', to: mTo,
    subject: 'おめでとうございます! AWS 認定に合格されました', date: rfcDate('2026-03-27 18:40:00', '+0900'),
    note: 'exam pass notice; mentions a badge to come, nothing about the merge case',
    text: `中村 美咲 様

AWS Certified Developer - Associate に合格されました。
認定の詳細は認定アカウントで確認でき、Credly からデジタルバッジの案内が数日以内に届きます。
次回の試験で使える 50% 割引の特典も付与されました。`,
  }),
  mk({
    slug: 'ja-un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.other, enc: 'sjis8', trap: true, to: sTo,
    subject: `[CASE ${CASE.other}] [AWS Training and Certification Form Submission] - exam-refund`, date: rfcDate('2026-04-23 11:11:11', '+0900'),
    note: 'receipt of the user\'s other case about an exam refund; says what it is about',
    text: `高橋様

試験料の返金に関するお問い合わせを受け付けました (ケースID ${CASE.other})。
返金の可否は、試験予約の状況を確認のうえご連絡いたします。`,
  }),
  mk({
    slug: 'ja-un-ms-badge', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: kTo,
    subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate('2026-02-20 08:22:31', '+0900'),
    note: 'a Credly badge from another issuer (Microsoft)',
    text: `木村 健一 様
Microsoft から Azure Fundamentals のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'ja-un-newsletter', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true,
    from: 'AWS トレーニングと認定 <aws-training-news@aws.amazon.com>', to: sTo,
    subject: '今月のお知らせ: 認定アカウントを1つにまとめましょう', date: rfcDate('2026-04-02 12:00:00', '+0900'),
    note: 'newsletter with tips on merging accounts; not part of a case',
    html: html(`AWS トレーニングと認定ニュースレター

・転職などで認定アカウントが複数ある方は、Merge Accounts ツールでまとめられます。
・統合が完了すると、バッジは新しいアドレスで受け取り直せます。
・認定特典の 50% 割引バウチャーを忘れずにご利用ください。

配信停止はこちら`),
  }),
];
