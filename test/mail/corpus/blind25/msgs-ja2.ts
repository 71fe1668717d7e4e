// Set x, Japanese messages part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated.
import type { Msg } from './lib.js';
import {
  ARAI, AWS_NOTIFY, CASE, CREDLY_AWS, OKABE, HINA, HINA_REQ, KENGO, MISAKI, SUPPORT, SUPPORT_ADDR, TAJIMA, TEAMLIST,
  fwdJa, gmailJa, htmlDoc, msg, outlookJa, paras, q, sfJa, subj, to,
} from './common.js';

const credlyJa = (name: string, badge: string): string => `${name} 様

Amazon Web Services Training and Certification から、新しいバッジ「${badge}」が発行されました。
下のボタンからバッジを受け取り、プロフィールで公開できます。

[バッジを入手する]

このバッジは、ご登録のメールアドレス宛てに発行されています。

Credly, Inc.`;

export const JA2: Msg[] = [
  // ---------------- merge_completed (9) ----------------
  msg({
    slug: 'ja-merged-hina-signin', kind: 'merge_completed', lang: 'ja', caseId: CASE.hina,
    note: 'merge done, told to sign in with the kept address from now on',
    from: SUPPORT, to: HINA.keep, when: '2026-02-27 14:28:50', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `木下様

お待たせしました。${HINA.srcId} の認定履歴を ${HINA.keepId} にまとめる作業が終わりました。
今後は ${HINA.keep} でサインインしていただければ、両方の認定がご覧いただけます。
旧アカウント側にはサインインできなくなっておりますのでご注意ください。

野口

${gmailJa('2026年2月26日(木) 21:40', HINA.ja, HINA.keep, '野口様\n同意します。よろしくお願いします。\n木下')}`,
  }),
  msg({
    slug: 'ja-merged-kengo-rerun', kind: 'merge_completed', lang: 'ja', caseId: CASE.kengo,
    note: 'a merge that failed earlier was re-run and has now succeeded',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-24 19:02:13', enc: 'sjis8',
    subject: subj(CASE.kengo),
    text: `大橋様

先週エラーで止まってしまった統合処理ですが、本日エンジニアが再実行し、正常に終了したことを確認しました。
${KENGO.srcId} に紐づいていた2つの認定と特典は、いずれも ${KENGO.keepId} でご覧いただけます。
長らくお待たせして申し訳ございませんでした。

野々村`,
  }),
  msg({
    slug: 'ja-merged-misaki-correction', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'corrects an earlier "could not merge" message: the merge did go through',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-07 11:31:08', enc: 'jisb64',
    subject: subj(CASE.misaki),
    text: `村井様

先ほど「統合を完了できなかった」とお送りしましたが、こちらの確認誤りでした。申し訳ございません。
システム上、統合は本日10時過ぎに正常に反映されており、${MISAKI.keepId} に両方のアカウントの記録が揃っています。
念のため、サインインして内容に相違がないかご確認ください。

柏木`,
  }),
  msg({
    slug: 'ja-merged-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own merge notice (aws.training subdomain), no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: MISAKI.keep, when: '2026-03-07 10:14:39', enc: 'utf8b64',
    subject: 'AWS 認定: アカウントの統合が反映されました',
    text: `村井 美咲 様

お客様の AWS 認定アカウントに、別のアカウントの記録が統合されました。
統合されたアカウント: ${MISAKI.srcId}
現在のアカウント: ${MISAKI.keepId}

認定、試験履歴、特典は現在のアカウントからご確認いただけます。
この操作に心当たりがない場合は、AWS トレーニングと認定のサポートにご連絡ください。

AWS Certification`,
    auth: 'dkimonly',
  }),
  msg({
    slug: 'ja-merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.kengo2, trap: true,
    note: 'merge of the third account done; also says the case will be closed (the merge is the new fact)',
    from: SUPPORT, to: KENGO.keep, when: '2026-04-08 17:45:30', enc: 'utf8qp',
    subject: subj(CASE.kengo2),
    text: `大橋様

ご同意ありがとうございました。${KENGO.thirdId} の記録を ${KENGO.keepId} に取り込みました。これで3つのアカウントが1つになっています。
ご依頼の作業はすべて終わりましたので、本ケースはこのあとクローズいたします。

瀬戸口`,
  }),
  msg({
    slug: 'ja-reply-voucher-lag-addendum', kind: 'support_reply', lang: 'ja', caseId: CASE.hina, trap: true,
    note: 'addendum that restates the merge and warns the voucher may lag: no new event',
    from: SUPPORT, to: HINA.keep, when: '2026-02-27 14:35:12', enc: 'jis7', crlf: false,
    subject: subj(CASE.hina),
    text: `木下様

追記です。統合は先ほどのメールのとおり済んでおりますが、特典（50%割引）の表示は反映まで最大48時間ほどかかることがございます。
2日経っても表示されない場合は、このケースにご返信ください。

野口`,
  }),
  msg({
    slug: 'ja-merged-check-all', kind: 'merge_completed', lang: 'ja', caseId: CASE.arai,
    note: 'completion notice that asks the customer to check all looks right; Credly left to the customer',
    from: SUPPORT, to: ARAI.keep, when: '2026-03-11 12:02:47', enc: 'sjisb64',
    subject: subj(CASE.arai),
    text: `新井様

お返事ありがとうございました。${ARAI.srcId} の認定と特典を ${ARAI.keepId} にまとめる処理が、本日午前に終わっております。
デジタルバッジは Credly 側の手続きとなりますので、${ARAI.keep} で Credly にサインインしてご確認ください。
すべて問題なく表示されているか、お時間のあるときに見ていただければ幸いです。

久保`,
  }),
  msg({
    slug: 'ja-merged-forged-lookalike', kind: 'merge_completed', lang: 'ja', caseId: CASE.fake3, trusted: false, auth: 'dkimonly',
    note: 'completion notice from aws-training-cert.jp (look-alike, aligned DKIM for its own domain): untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-cert.jp>', to: KENGO.keep, when: '2026-02-25 04:40:02', enc: 'jis7',
    subject: `[CASE ${CASE.fake3}] アカウント統合完了のお知らせ`,
    text: `大橋様

アカウントの統合が完了しました。
特典を受け取るには、以下からクレジットカード情報をご登録ください。
https://aws-training-cert.jp/benefit

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-merged-okabe-gmail-thread', kind: 'merge_completed', lang: 'ja', caseId: CASE.okabe,
    note: 'short completion on top of a Gmail-quoted thread; the quoted consent request is ignored',
    from: SUPPORT, to: OKABE.keep, when: '2026-05-12 17:45:30', enc: 'jis7',
    subject: subj(CASE.okabe),
    text: `岡部様

本日、統合の作業が終わりました。${OKABE.keepId} でサインインのうえ、ご確認ください。
浅見

${gmailJa('2026年5月12日(火) 8:02', OKABE.ja, OKABE.keep, `実施してください。\n岡部\n\n${q(`統合は取り消しができませんので、よろしければ「実施してください」とご返信ください。`)}`)}`,
  }),

  // ---------------- badges_transferred (8) ----------------
  msg({
    slug: 'ja-badge-credly-hina', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: HINA.keep, when: '2026-03-02 06:12:40', enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: credlyJa('木下 陽菜', 'AWS Certified Developer - Associate'),
  }),
  msg({
    slug: 'ja-badge-last-one-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hinaBadge,
    note: 'the one remaining badge has now moved too; support closes the case',
    from: SUPPORT, to: HINA.keep, when: '2026-03-24 15:18:26', enc: 'sjis8',
    subject: subj(CASE.hinaBadge),
    text: `木下様

先日お伝えした時点で残っていた「AWS Certified Cloud Practitioner」のバッジも、Credly 上で ${HINA.keep} のプロフィールへ移りました。
これで3件とも揃いましたので、本ケースは解決済みとさせていただきます。

AWS トレーニングと認定
真柴`,
  }),
  msg({
    slug: 'ja-badge-relinked', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kengo,
    note: 'support relinked the Credly badges to the kept account',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-27 09:26:03', enc: 'jisb64',
    subject: subj(CASE.kengo),
    text: `大橋様

統合後もバッジが旧アドレスの Credly アカウントに残っていた件、Credly 側と調整し、${KENGO.keep} のアカウントへ紐づけ直しました。
現在は統合先のプロフィールに2つのバッジが並んでいます。

野々村`,
  }),
  msg({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly mail for an AWS badge, addressed to the kept account',
    from: CREDLY_AWS, to: MISAKI.keep, when: '2026-03-09 07:01:15', enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: htmlDoc(`<table width="600" align="center"><tr><td>
<p>村井 美咲 様</p>
<p>おめでとうございます。Amazon Web Services Training and Certification があなたにバッジ「AWS Certified Solutions Architect - Associate」を発行しました。</p>
<p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:10px 18px">バッジを入手する</a></p>
<p style="font-size:11px">Credly はデジタル認定の管理プラットフォームです。</p>
</td></tr></table>`),
  }),
  msg({
    slug: 'ja-badge-all-moved-support', kind: 'badges_transferred', lang: 'ja', caseId: CASE.okabe,
    note: 'support says the badges that did not follow the merge have all moved now',
    from: SUPPORT, to: OKABE.keep, when: '2026-05-15 12:40:11', enc: 'utf8qp',
    subject: subj(CASE.okabe),
    text: `岡部様

ご指摘の、統合後も移っていなかったバッジ3件について、すべて ${OKABE.keep} の Credly アカウントへ移動させました。
Credly にサインインし、「バッジ」タブからご確認ください。

浅見

${sfJa(OKABE.keep, '2026/05/14 09:40', SUPPORT_ADDR, subj(CASE.okabe), `統合は終わったのですが、Credly のバッジが旧アドレスのままです。\n岡部`)}`,
  }),
  msg({
    slug: 'ja-badge-forged-credly-suffix', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'Credly-looking badge mail from credly.com.badge-notify.net (suffix look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.net>', to: KENGO.keep, when: '2026-02-28 23:55:19', enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: credlyJa('大橋 健吾', 'AWS Certified Solutions Architect - Associate'),
  }),
  msg({
    slug: 'ja-badge-credly-dkimonly', kind: 'badges_transferred', lang: 'ja', caseId: null, auth: 'dkimonly',
    note: 'Credly AWS badge, only an aligned dkim=pass (no dmarc line): trusted',
    from: CREDLY_AWS, to: KENGO.keep, when: '2026-02-27 10:03:44', enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: credlyJa('大橋 健吾', 'AWS Certified Cloud Practitioner'),
  }),
  msg({
    slug: 'ja-badge-after-correction', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'earlier badge notice was wrong; badges moved today and verified on the kept profile',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-12 16:09:52', enc: 'sjisb64',
    subject: subj(CASE.misaki),
    text: `村井様

前回「バッジも移行済み」とご案内しておりましたが、実際には移っておりませんでした。大変失礼いたしました。
本日あらためて移行作業を行い、統合先のプロフィールに2件とも表示されていることをこちらでも確認しております。

柏木`,
  }),

  // ---------------- case_closed (9) ----------------
  msg({
    slug: 'ja-closed-autoclose-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.arai,
    note: 'will auto-close in 3 business days without a reply',
    from: SUPPORT, to: ARAI.keep, when: '2026-03-09 09:00:00', enc: 'jis7',
    subject: subj(CASE.arai),
    text: `新井様

その後いかがでしょうか。
お返事をお待ちしておりますが、3営業日のうちにご連絡がない場合は、本ケースは自動的にクローズされます。
クローズ後でも、このメールに返信いただければケースは再開されます。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-closed-final-notice', kind: 'case_closed', lang: 'ja', caseId: CASE.hina,
    note: 'last notice: closing today because the customer did not answer',
    from: SUPPORT, to: HINA.keep, when: '2026-03-10 18:30:00', enc: 'sjis8',
    subject: subj(CASE.hina),
    text: `木下様

特典表示の件でお返事をお待ちしておりましたが、その後ご連絡がございませんでしたので、本日をもって本ケースの対応を終了させていただきます。
何かございましたら、いつでもこのメールにご返信ください。

野口`,
  }),
  msg({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.kengo, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT, to: KENGO.keep, when: '2026-03-03 10:12:45', enc: 'jisb64',
    subject: subj(CASE.kengo),
    text: `大橋様

先週お知らせしたとおり、アカウントの統合とバッジの紐づけ直しは済んでおります。
その後特にご連絡がございませんので、このケースは解決済みとして閉じさせていただきます。

野々村`,
  }),
  msg({
    slug: 'ja-closed-dup-case-merged', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, trap: true,
    note: 'duplicate case merged into the original case (cases, not accounts) and closed',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-02 12:55:10', enc: 'utf8b64',
    subject: subj(CASE.misakiDup),
    text: `村井様

同じご依頼のケースが2件ございましたので、先に作成された ${CASE.misaki} に統合（マージ）いたしました。
こちらの ${CASE.misakiDup} はクローズとし、今後のやり取りは ${CASE.misaki} で行います。

柏木`,
  }),
  msg({
    slug: 'ja-closed-aws-notify-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.kengo2,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY, to: to(KENGO.ja, KENGO.keep), when: '2026-04-09 10:25:31', enc: 'utf8qp',
    subject: `ケース ${CASE.kengo2} は解決済みになりました`,
    text: `大橋 健吾 様

ケース ${CASE.kengo2} のステータスが「解決済み」に変更されました。
さらにサポートが必要な場合は、ケースを再度開くか、このメールに返信してください。

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-closed-awaiting-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.okabe,
    note: '"we await your reply; if none in 7 days the case closes" reminder',
    from: SUPPORT, to: OKABE.keep, when: '2026-05-20 11:11:11', enc: 'jis7',
    subject: subj(CASE.okabe),
    text: `岡部様

バッジの表示について、その後問題ないかどうかお客様からのご連絡をお待ちしております。
7日以内にご返信がない場合、解決したものとみなしてケースを終了させていただきます。

浅見`,
  }),
  msg({
    slug: 'ja-closed-already-merged', kind: 'case_closed', lang: 'ja', caseId: CASE.kengo2, trap: true,
    note: 'second request closed because the accounts were already merged on the earlier case (restated)',
    from: SUPPORT, to: KENGO.src, when: '2026-04-04 15:40:02', enc: 'sjisb64',
    subject: subj(CASE.kengo2),
    text: `大橋様

お問い合わせの ${KENGO.srcId} と ${KENGO.keepId} につきましては、2月にケース ${CASE.kengo} で統合済みです。
このため本ケースでの追加の作業はなく、クローズとさせていただきます。
別のアカウントがある場合は、このメールにその旨ご返信ください。

瀬戸口`,
  }),
  msg({
    slug: 'ja-closed-forged-fail', kind: 'case_closed', lang: 'ja', caseId: CASE.hina, trusted: false, auth: 'fail',
    note: 'closing notice with dmarc=fail on the receiving server\'s A-R: untrusted',
    from: SUPPORT, to: HINA.keep, when: '2026-03-11 04:04:04', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `木下様

本ケースはクローズされました。再開するには以下からログインしてください。
http://aws-case-reopen.example.net/

AWS`,
  }),
  msg({
    slug: 'ja-closed-after-reopen-resent', kind: 'case_closed', lang: 'ja', caseId: CASE.hinaBadge, trap: true, forUser: false,
    resent: { from: HINA.src, to: TAJIMA.addr, date: 'Wed, 25 Mar 2026 09:12:40 +0900' },
    note: 'closing after a reopened case (badge fix restated); redirected to a colleague so not for the user',
    from: SUPPORT, to: HINA.src, when: '2026-03-24 18:02:00', enc: 'jis7',
    subject: subj(CASE.hinaBadge),
    text: `木下様

再開していただいたケースについて、バッジの件は解決したとのお知らせをいただきましたので、改めて閉じさせていただきます。
ご協力ありがとうございました。

真柴`,
  }),

  // ---------------- support_reply (12) ----------------
  msg({
    slug: 'ja-reply-reopened', kind: 'support_reply', lang: 'ja', caseId: CASE.hina, trap: true,
    note: 'automatic "case reopened by your reply" notice: a status update, not a new-case receipt',
    from: AWS_NOTIFY, to: to(HINA.ja, HINA.keep), when: '2026-03-12 08:20:16', enc: 'jis7',
    subject: `ケース ${CASE.hina} が再度開かれました`,
    text: `木下 陽菜 様

お客様からのご返信を受け、ケース ${CASE.hina} を再オープンしました。
担当者が内容を確認し、改めてご連絡します。新しいケースを作成いただく必要はありません。

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-reply-partial-dva', kind: 'support_reply', lang: 'ja', caseId: CASE.kengo, trap: true,
    note: 'partial merge: one certification moved, the other still on the old account; work continues',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-18 12:50:31', enc: 'sjis8',
    subject: subj(CASE.kengo),
    text: `大橋様

途中経過のご報告です。
ソリューションアーキテクト - アソシエイトは ${KENGO.keepId} 側に移りましたが、デベロッパー - アソシエイトはまだ ${KENGO.srcId} に残ったままです。
引き続き作業しておりますので、終わりましたらご連絡します。

野々村`,
  }),
  msg({
    slug: 'ja-reply-sent-in-error', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'correction: the earlier "merge completed" mail was sent by mistake, no merge yet',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-03 17:41:09', enc: 'jisb64',
    subject: subj(CASE.misaki),
    text: `村井様

本日午後にお送りした「統合が完了しました」という内容のメールは、別のお客様宛ての文面を誤ってお送りしたものです。
村井様のアカウントの統合はまだ実施しておりません。混乱を招き申し訳ございません。
前回お願いした確認へのご返信をお待ちしております。

柏木`,
  }),
  msg({
    slug: 'ja-reply-merge-failed-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.kengo, trap: true,
    note: 'merge failed with a system error and was escalated; nothing asked of the customer',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-17 18:33:47', enc: 'utf8b64',
    subject: subj(CASE.kengo),
    text: `大橋様

ご同意をいただき統合を開始したのですが、システム側のエラーで処理が途中で止まってしまいました。
エンジニアリングチームへエスカレーションしております。お客様側で行っていただくことは現時点ではございません。

野々村`,
  }),
  msg({
    slug: 'ja-reply-handover-only', kind: 'support_reply', lang: 'ja', caseId: CASE.hina,
    note: 'agent hands the case over to a colleague; no question, no event',
    from: SUPPORT, to: HINA.keep, when: '2026-02-26 09:02:40', enc: 'utf8qp',
    subject: subj(CASE.hina),
    text: `木下様

私事で恐縮ですが、明日から休暇をいただくため、本件は同じチームの野口に引き継ぎます。
これまでの経緯はすべて共有しておりますので、同じ内容を改めてお送りいただく必要はございません。

三宅`,
  }),
  msg({
    slug: 'ja-reply-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'thanks for consenting, passed to the team; completion only promised',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-06 20:15:22', enc: 'jis7',
    subject: subj(CASE.misaki),
    text: `村井様

再度のご同意、ありがとうございます。担当チームへ再実行を依頼いたしました。
統合が完了しましたら、改めてこちらからご連絡いたします。

柏木

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年3月6日 19:48', 'AWS Training and Certification', subj(CASE.misaki), '同意いたします。再実行をお願いします。')}`,
  }),
  msg({
    slug: 'ja-reply-voucher-missing', kind: 'support_reply', lang: 'ja', caseId: CASE.hina, trap: true,
    note: 'voucher did not follow the merge; being checked (merge restated, nothing new happened)',
    from: SUPPORT, to: HINA.keep, when: '2026-03-12 13:37:58', enc: 'sjisb64',
    subject: subj(CASE.hina),
    text: `木下様

統合後に特典のバウチャーが表示されない件、ご連絡ありがとうございます。
統合自体は2月27日に済んでおりますが、バウチャーは別のシステムで管理されているため、担当部署に調査を依頼しました。
結果が分かり次第ご連絡します。

野口`,
  }),
  msg({
    slug: 'ja-reply-badges-partial', kind: 'support_reply', lang: 'ja', caseId: CASE.hinaBadge, trap: true,
    note: 'two of three badges moved, the last one waits on Credly: not yet the badge event',
    from: SUPPORT, to: HINA.keep, when: '2026-03-20 17:22:05', enc: 'jis7',
    subject: subj(CASE.hinaBadge),
    text: `木下様

バッジの件、途中経過です。3件のうち2件は新しいプロフィールへの付け替えが済みましたが、クラウドプラクティショナーの1件は Credly 側の処理待ちとなっております。
全部そろいましたら改めてご報告いたします。

真柴`,
  }),
  msg({
    slug: 'ja-reply-status-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.kengo2,
    note: 'status: the request went to the specialist team, 2-3 business days',
    from: SUPPORT, to: KENGO.keep, when: '2026-04-06 11:00:14', enc: 'jisb64',
    subject: subj(CASE.kengo2),
    text: `大橋様

3つ目のアカウントの件、専問チームに回しました。通常2から3営業日ほどで回答がまいります。
進展がありましたらお知らせしますので、しばらくお待ちいただけますでしょうか。

瀬戸口`,
  }),
  msg({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.kengo2,
    note: '"please write from the address you keep" without asking for data',
    from: SUPPORT, to: KENGO.src, cc: KENGO.keep, when: '2026-04-04 10:05:33', enc: 'utf8b64',
    subject: subj(CASE.kengo2),
    text: `大橋様

本人確認の都合上、今後のご返信は残される方のアドレス（個人用のアドレス）からお送りいただけますと幸いです。
会社のアドレスからのメールでは、手続きを進められない場合がございます。

瀬戸口`,
  }),
  msg({
    slug: 'ja-reply-forged-none', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'none',
    note: 'status reply with no Authentication-Results at all: untrusted',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-08 05:21:33', enc: 'sjis8',
    subject: subj(CASE.misaki),
    text: `村井様

現在、お客様の件は確認中です。しばらくお待ちください。

AWS サポート`,
  }),
  msg({
    slug: 'ja-reply-already-merged-info', kind: 'support_reply', lang: 'ja', caseId: CASE.kengo2, trap: true,
    note: 'second request: support points out the accounts were merged last month (restated), asks nothing',
    from: SUPPORT, to: KENGO.keep, when: '2026-04-04 14:10:45', enc: 'utf8qp',
    subject: subj(CASE.kengo2),
    text: `大橋様

ご連絡いただいた2つのアカウントは、先月ケース ${CASE.kengo} にて既に1つにまとまっております。
${KENGO.keepId} でサインインいただくと、両方の認定がご覧いただけるはずです。
表示に問題がある場合は、その画面の様子を教えてください。

瀬戸口`,
  }),

  // ---------------- unrelated (9) ----------------
  msg({
    slug: 'ja-unrel-own-consent-reply', kind: 'unrelated', lang: 'ja', caseId: CASE.hina, trusted: false, trap: true, auth: 'none',
    note: 'the user\'s own consent reply (cc to her other address): carries no news from support',
    from: to(HINA.ja, HINA.keep), to: SUPPORT_ADDR, cc: HINA.src, when: '2026-02-26 21:40:03', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `野口様

同意します。統合をお願いいたします。

木下

${gmailJa('2026年2月26日(木) 17:03', 'AWS Training and Certification', SUPPORT_ADDR, `元に戻すことはできない作業ですので、${HINA.srcId} を ${HINA.keepId} へ統合してよいか、お返事をお願いいたします。`)}`,
  }),
  msg({
    slug: 'ja-unrel-colleague-ooo', kind: 'unrelated', lang: 'ja', caseId: CASE.hina, trusted: false, trap: true, auth: 'none',
    note: 'colleague\'s out-of-office auto-reply to a thread the user copied him on',
    from: to(TAJIMA.ja, TAJIMA.addr), to: HINA.src, when: '2026-02-27 14:40:00', enc: 'sjis8',
    subject: `自動応答: ${subj(CASE.hina)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `田島は3月2日まで不在にしております。
期間中のメールは確認できませんので、お急ぎの場合は情報システム部までご連絡ください。
（本メールは自動送信です）`,
  }),
  msg({
    slug: 'ja-unrel-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep, when: '2026-03-09 07:05:20', enc: 'jisb64',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `村井 美咲 様

Microsoft から、新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。
[バッジを入手する]

Credly, Inc.`,
  }),
  msg({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <admin@credly.com>', to: HINA.keep, when: '2026-03-21 12:55:38', enc: 'utf8b64',
    subject: 'Credly アカウントの統合を完了してください',
    text: `木下 陽菜 様

${HINA.src} を既存の Credly アカウントに統合するリクエストを受け付けました。
以下の確認コードを入力して、統合を完了してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  msg({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.kengo, trap: true,
    note: 'satisfaction survey after the case closed',
    from: AWS_NOTIFY, to: to(KENGO.ja, KENGO.keep), when: '2026-03-04 09:30:00', enc: 'utf8qp',
    subject: 'AWS サポートのご利用に関するアンケート',
    text: `大橋 健吾 様

先日クローズしたケース ${CASE.kengo}（アカウントの統合）について、対応はいかがでしたか。
問題は解決しましたか？　1分ほどのアンケートにご協力ください。
https://survey.aws.example/ja/${CASE.kengo}

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-unrel-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, trap: true, auth: 'none',
    note: 'user forwards the completion notice from her old address to her kept address',
    from: to(MISAKI.ja, MISAKI.src), to: MISAKI.keep, when: '2026-03-07 12:30:11', enc: 'jis7',
    subject: `Fwd: ${subj(CASE.misaki)}`,
    text: `念のため個人アドレスに転送。会社のアドレスは今月末で使えなくなるので。

iPhoneから送信

${fwdJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年3月7日(土) 11:31', subj(CASE.misaki), MISAKI.keep, `村井様\n\nシステム上、統合は本日10時過ぎに正常に反映されており、${MISAKI.keepId} に両方のアカウントの記録が揃っています。\n\n柏木`)}`,
  }),
  msg({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result mail; mentions the badge that will be issued via Credly',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: KENGO.keep, when: '2026-05-11 18:02:26', enc: 'sjisb64',
    subject: 'AWS 認定試験の結果が確定しました',
    text: `大橋 健吾 様

AWS Certified Security - Specialty の試験結果が確定しました。おめでとうございます、合格です。
デジタルバッジは数日以内に Credly から届きます。
認定の詳細は AWS 認定アカウントからご確認ください。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-unrel-summit-registration', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration receipt, not a support case',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: HINA.keep, when: '2026-05-20 12:00:00', enc: 'jis7',
    subject: 'AWS Summit Japan 登録受付完了のお知らせ',
    text: `木下 陽菜 様

AWS Summit Japan へのご登録を受け付けました。受付番号は下記のとおりです。
受付番号: SJ26-88412

当日は受付で QR コードをご提示ください。

AWS Summit Japan 運営事務局`,
  }),
  msg({
    slug: 'ja-unrel-teamlist-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, forUser: false,
    note: 'Skill Builder team subscription "completed" notice sent to a team list, not to the user',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: TEAMLIST, when: '2026-04-15 10:10:10', enc: 'utf8b64',
    subject: 'AWS Skill Builder チームサブスクリプションのお手続きが完了しました',
    text: `ご担当者様

AWS Skill Builder チームサブスクリプションの更新手続きが完了しました。
メンバーの追加・削除は管理画面から行えます。

AWS Skill Builder`,
  }),
];

// silence unused-import lint in editors
void paras; void htmlDoc; void HINA_REQ;
