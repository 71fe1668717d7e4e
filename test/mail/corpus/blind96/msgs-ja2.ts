// Japanese-script mail, part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { AN, AN_REQ, AWS_NOTIFY, CREDLY_AWS, EMMA, EMMA_REQ, LI, LI_REQ, PORTAL, RAJ, RAJ_REQ, SAKI, SUPPORT, addr, gmailJa, mk, outlookJa, paras, quote, sf, sfRef, subj } from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed
  mk({
    slug: 'merge-an-kim', kind: 'merge_completed', lang: 'ja', caseId: AN.case, enc: 'jis7',
    note: 'learner Japanese completion notice ("統合完了になりました", "ご確認してください")',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-13 06:41:29',
    text: `グエン ヴァン アン 様

お待たせしました。
お客様のアカウントが統合完了になりました。${AN.srcId} の認定と試験の履歴は ${AN.keepId} に移動されました。
${AN.keep} でログインして、認定と特典がちゃんと表示するかご確認してください。

何か問題があったら、このメールに返信してくださいね。

キム ミンジ
AWS Training and Certification

${sf(AN.keep, '2026/02/12 10:22', SUPPORT, subj(AN.case), '同意します。\nグエン')}`,
  }),
  mk({
    slug: 'merge-li-gappei', kind: 'merge_completed', lang: 'ja', caseId: LI.case, enc: 'sjisb64',
    note: 'completion using the Chinese-flavoured word 合併, new account ID restated between the words',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-24 09:15:00',
    text: `李 偉 様

御返信有難う御座います。
御依頼頂いた帳号の合併は、本日 ${LI.keepId} へ完了致しました。旧帳号 ${LI.srcId} は無効になっております。

今後は ${LI.keep} でサインインして下さい。

陳 静

-----Original Message-----
From: ${LI.keep}
陳様
合併をお願いします。問題ありません。
李`,
  }),
  mk({
    slug: 'merge-emma-close', kind: 'merge_completed', lang: 'ja', caseId: EMMA.case, enc: 'utf8qp',
    note: 'completion that also announces the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-03-03 02:58:47',
    text: `エマ様

ご同意いただきありがとうございます。大学のアカウントを私用のアカウントへ統合する作業が、先ほど終わりました。
現在、${EMMA.keepId} に全ての認定（2件）が表示されるはずです。

本件はこれで解決したと判断し、ケースをクローズさせていただきます。

Sofia
AWS Training and Certification

${gmailJa('2026-03-02', '18:03', `Emma Schneider <${EMMA.keep}>`, `Sofia様
同意します。よろしくお願いします。
エマ`)}`,
  }),
  mk({
    slug: 'merge-raj-check', kind: 'merge_completed', lang: 'ja', caseId: RAJ.case, enc: 'jis7', crlf: false,
    note: 'completion notice asking the user to check that all looks right; stays merge_completed',
    from: SUPPORT, to: RAJ.keep, subject: subj(RAJ.case), at: '2026-03-06 07:20:33',
    text: `クマール様

OKのお返事ありがとうございます。マージは終わりました。
会社のアカウント（${RAJ.srcId}）の認定3つは、今 ${RAJ.keepId} にあります。
全部正しく見えるか、一回チェックしてみてください。

Paulo`,
  }),
  mk({
    slug: 'merge-portal-ja', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', auth: 'dkimonly',
    note: 'certification portal’s own merge notice (no case ID), aligned DKIM only',
    from: PORTAL, to: AN.keep, subject: 'AWS 認定: アカウントのマージが完了しました', at: '2026-02-13 06:45:12',
    text: `グエン ヴァン アン 様

AWS 認定アカウントのマージが正常に処理されました。
マージされたアカウントの認定、試験履歴、特典はこれからこのアカウントで確認できます。

候補者ID: ${AN.keepId}

このメールに覚えがない場合は、AWS トレーニングと認定サポートにご連絡ください。
AWS Certification`,
  }),
  mk({
    slug: 'merge-li-failforged', kind: 'merge_completed', lang: 'ja', caseId: LI.case, enc: 'utf8qp', auth: 'failThenForged', trusted: false,
    note: 'completion text, but the topmost Authentication-Results says fail (a pass is planted lower): untrusted',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-24 12:02:55',
    text: `李様
帳号の合併が完了しました。確認のため、以下のリンクからサインインして下さい。
https://aws-training-signin.example.net/${LI.keepId}
AWS Training and Certification`,
  }),

  // ---------------- badges_transferred
  mk({
    slug: 'badge-credly-an', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp',
    note: 'AWS badge issued via Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS, to: AN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-02-14 01:02:19',
    text: `グエン ヴァン アン さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5b1e7c20-33a1-4c6a-9e0d-2f7a1b9d4e61

バッジを受け取ると、LinkedIn などで共有できます。

Credly`,
    html: `<html><body><div style="text-align:center">
<p>グエン ヴァン アン さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1e7c20-33a1-4c6a-9e0d-2f7a1b9d4e61" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを入手する</a></p>
<p style="font-size:11px">Credly, Inc.</p></div></body></html>`,
  }),
  mk({
    slug: 'badge-li-chen', kind: 'badges_transferred', lang: 'ja', caseId: LI.case, enc: 'sjis8',
    note: 'agent says the Credly badges were also moved to the kept account',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-27 03:36:52',
    text: `李 偉 様

御連絡有難う御座います。
御指摘のCredly徽章（バッジ）も、${LI.keep} の方へ移しました。Credlyへサインインして頂ければ、2個のバッジが見えるはずです。

陳 静

-----Original Message-----
From: ${LI.keep}
陳様
合併はできました、ありがとうございます。でもCredlyのバッジはまだ古いメールの方にあります。
李`,
  }),
  mk({
    slug: 'badge-emma-close', kind: 'badges_transferred', lang: 'ja', caseId: EMMA.case, enc: 'utf8b64',
    note: 'support announces badges moved and that the case is closing: badges_transferred',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-03-05 05:19:40',
    text: `エマ様

Credlyのバッジについてご連絡です。大学のアドレスに残っていたバッジ２つを、${EMMA.keep} のCredlyアカウントに移行いたしました。反映まで少し時間がかかることがあります。

他に問題がなければ、このケースは閉じさせていただきます。

Sofia`,
  }),
  mk({
    slug: 'badge-raj-typo', kind: 'badges_transferred', lang: 'ja', caseId: RAJ.case, enc: 'jisb64',
    note: 'agent says badges now sit on the new account; learner typo 確認しでください',
    from: SUPPORT, to: RAJ.keep, subject: subj(RAJ.case), at: '2026-03-09 02:44:05',
    text: `クマール様

Credlyのバッジは新しいアカウント（${RAJ.keep}）に移行されました。Credlyにログインして確認しでください。
古いバッジのURLはもう使えません、LinkedInのリンクも新しいのに変えてください。

Paulo
AWS Training and Certification

${gmailJa('2026-03-07', '9:02', `Rajesh Kumar <${RAJ.keep}>`, `Pauloさん
マージありがとうございます。認定は見えます。でもCredlyのバッジはまだ会社のメールです。
どうすればいいですか？`)}`,
  }),
  mk({
    slug: 'badge-an-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', trusted: false,
    note: 'badge notice from credly-notify.com (not credly.com): untrusted',
    from: addr('Amazon Web Services via Credly', 'admin@credly-notify.com'), to: AN.keep, subject: 'バッジが新しいアカウントに移動しました', at: '2026-02-14 10:30:00',
    text: `グエン様

お客様の AWS バッジは新しいアカウントへ移動されました。
バッジを受け取るために、以下のボタンからCredlyのパスワードを再設定してください。

https://credly-notify.com/reset?u=${AN.keep}`,
  }),

  // ---------------- case_closed
  mk({
    slug: 'closed-an-kim', kind: 'case_closed', lang: 'ja', caseId: AN.dup, enc: 'jis7',
    note: 'learner Japanese: the case is closed now ("クローズしました")',
    from: SUPPORT, to: AN.keep, subject: subj(AN.dup), at: '2026-02-16 04:12:45',
    text: `グエン様

このケースはもう解決しましたので、本日クローズしました。
また何かありましたら、新しいケースを作ってお問い合わせしてください。

ありがとうございました！
キム`,
  }),
  mk({
    slug: 'closed-li-autoclose', kind: 'case_closed', lang: 'ja', caseId: LI.other, enc: 'sjisb64',
    note: 'reminder: the case closes automatically if no reply within 3 days',
    from: AWS_NOTIFY, to: LI.keep, subject: `ケース ${LI.other} についてのお知らせ`, at: '2026-02-09 00:00:31',
    text: `李 偉 様

ケース ${LI.other} について、お客様からのご返信をお待ちしております。
3日以内にご返信がない場合、このケースは自動的に閉じられます。閉じられたケースは、ケースの画面から再開することができます。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-emma-restate', kind: 'case_closed', lang: 'ja', caseId: EMMA.case, enc: 'utf8qp', trap: true,
    note: 'closing notice that only restates the earlier merge and badge move',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-03-12 06:00:12',
    text: `エマ様

先日お知らせした通り、アカウントの統合とバッジの移行は3月初めに済んでおります。
その後ご連絡がありませんでしたので、本ケースをクローズいたします。

ご利用ありがとうございました。
AWS Training and Certification`,
  }),
  mk({
    slug: 'closed-raj-noreply', kind: 'case_closed', lang: 'ja', caseId: RAJ.third, enc: 'jis7',
    note: 'case closed because the user never answered (a stray third case opened from the company address)',
    from: SUPPORT, to: RAJ.src, subject: subj(RAJ.third), at: '2026-03-20 01:27:18',
    text: `クマール様

お返事がまだないので、このケースを終了にします。
必要なときは、このケースに返信してください。ケースがまた開きます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'closed-an-noauth', kind: 'case_closed', lang: 'ja', caseId: AN.case, enc: 'utf8b64', auth: 'none', trusted: false,
    note: 'closing notice with no Authentication-Results at all: untrusted',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-20 08:08:08',
    text: `グエン様
本ケースはクローズされました。ご協力ありがとうございました。
AWS Training and Certification`,
  }),

  // ---------------- support_reply
  mk({
    slug: 'sr-an-thanks', kind: 'support_reply', lang: 'ja', caseId: AN.case, enc: 'jis7', trap: true,
    note: 'thanks for the consent, passed to the team; no merge yet',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-12 10:40:03',
    text: `グエン様

同意のご返事、ありがとうございます。
統合の担当チームに依頼を送りました。だいたい1〜3営業日かかります、終わったらまたメールします。

キム

${sf(AN.keep, '2026/02/12 10:22', SUPPORT, subj(AN.case), '同意します。\nグエン')}`,
  }),
  mk({
    slug: 'sr-li-future', kind: 'support_reply', lang: 'ja', caseId: LI.case, enc: 'sjis8', trap: true,
    note: 'conditional/future: 「合併が完了しましたら」 — not the completion',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-23 09:44:10',
    text: `李様

御同意の御返信を受け取りました。
合併が完了しましたら、改めて御連絡致します。それまで旧帳号での試験予約は控えて下さい。

陳`,
  }),
  mk({
    slug: 'sr-emma-escalate', kind: 'support_reply', lang: 'ja', caseId: EMMA.case, enc: 'utf8b64',
    note: 'status update: escalated to the responsible team, nothing asked',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-02-28 01:15:50',
    text: `シュナイダー様

お問い合わせの件、担当部署にエスカレーションいたしました。大学のアカウントはAPNパートナーに紐付いているので、少し時間が要るかもしれません。
進展がありましたら、こちらからご連絡差し上げます。

Sofia`,
  }),
  mk({
    slug: 'sr-raj-notyet', kind: 'support_reply', lang: 'ja', caseId: RAJ.case, enc: 'jisb64', trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT, to: RAJ.keep, subject: subj(RAJ.case), at: '2026-03-05 23:58:17',
    text: `クマール様

お問い合わせありがとうございます。すみません、マージはまだ完了していません。チームが作業中です。
明日までに終わると思います、もう少し待ってください。

Paulo

${gmailJa('2026-03-05', '21:30', `Rajesh Kumar <${RAJ.keep}>`, `Pauloさん
OKです。マージはいつ終わりますか？`)}`,
  }),
  mk({
    slug: 'sr-an-dupcases', kind: 'support_reply', lang: 'ja', caseId: AN.case, enc: 'utf8qp', trap: true,
    note: '"merged" your duplicate support cases, not the accounts',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-11 09:30:12',
    text: `グエン様

同じご依頼のケースが2つありましたので、ケース ${AN.dup} をこちらのケース ${AN.case} にマージしました。
今後はこのケースにだけ返信してください。アカウントの方はまだ何もしていません。

キム`,
  }),
  mk({
    slug: 'sr-li-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: LI.case, enc: 'sjisb64',
    note: 'asks the user to write from the address being kept, without asking for data',
    from: SUPPORT, to: LI.src, subject: subj(LI.case), at: '2026-01-22 04:01:29',
    text: `李様

御返信は旧帳号のメールアドレスから届いておりました。
恐れ入りますが、今後は保留される方のメールアドレス（${LI.keep}）から本ケースへ御返信下さい。

陳`,
  }),
  mk({
    slug: 'sr-emma-unable', kind: 'support_reply', lang: 'ja', caseId: EMMA.case, enc: 'utf8qp', trap: true,
    note: 'unable to merge now because of a scheduled exam on the old account; no request',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-03-01 02:22:22',
    text: `エマ様

残念ながら、今は統合ができません。大学のアカウントに3月4日の試験予約が入っているためです。
試験が終わった後、こちらで統合の手続きを続けます。お客様は何もしなくて大丈夫です。

Sofia`,
  }),
  mk({
    slug: 'sr-an-cojp', kind: 'support_reply', lang: 'ja', caseId: AN.case, enc: 'utf8b64', trusted: false,
    note: 'status reply sent from amazon.co.jp, which is not one of the trusted domains: untrusted',
    from: addr('AWS トレーニングと認定', 'aws-cs-training@amazon.co.jp'), to: AN.keep, subject: subj(AN.case), at: '2026-02-12 13:00:45',
    text: `グエン様

お問い合わせの件、現在担当チームで確認中です。今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sr-raj-switchja', kind: 'support_reply', lang: 'ja', caseId: RAJ.case, enc: 'utf8qp',
    note: 'agent opens in English, then switches to Japanese for the actual answer about vouchers',
    from: SUPPORT, to: RAJ.keep, subject: subj(RAJ.case), at: '2026-03-10 03:03:03',
    text: `Hi Rajesh,

I saw you wrote in Japanese, so I will answer in Japanese. 日本語で書きますね。

ご質問の50%割引バウチャーについてです。会社のアカウントで持っていた特典は、マージの後に ${RAJ.keepId} の「特典」ページに出ます。有効期限は変わりません。
もしページに出ない場合は、スクリーンショットと一緒に教えてください。

Paulo`,
  }),

  // ---------------- unrelated
  mk({
    slug: 'un-survey-ja', kind: 'unrelated', lang: 'ja', caseId: AN.case, enc: 'utf8qp', trap: true,
    note: 'satisfaction survey after the case ("問題は解決しましたか"), not part of the case flow',
    from: AWS_NOTIFY, to: AN.keep, subject: `AWS サポートについてのアンケート (ケース ${AN.case})`, at: '2026-02-21 00:15:07',
    text: `グエン ヴァン アン 様

最近のサポートケース ${AN.case} について、お客様のご意見を聞かせてください。
お問い合わせの問題は解決しましたか？担当者の対応はいかがでしたか？

アンケートに答える（約2分）: https://survey.example-aws.com/s/${AN.case}

Amazon Web Services`,
  }),
  mk({
    slug: 'un-an-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: AN.case, enc: 'jis7', trusted: false, forUser: false, trap: true, deliveredTo: null,
    note: 'the user’s own forward to a colleague (sent copy) about the consent step; not delivered to the user',
    from: addr('Nguyen Van An', AN.keep), to: addr('Suzuki', 'suzuki.h@sier.example.co.jp'), subject: `Fwd: ${subj(AN.case)}`, at: '2026-02-12 19:30:21', tz: '+0900',
    text: `鈴木さん

お疲れ様です。AWSの認定アカウントの統合の件ですが、サポートから同意の確認がきました。
会社のアカウントはもう使えなくなるみたいですが、問題ないですか？念のため見てください。

グエン

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年2月12日(木) 10:05
Subject: ${subj(AN.case)}
To: <${AN.keep}>

統合したら戻ることはできません、古いアカウントにはログインができなくなります。
同意するなら、このメールに返事して「同意します」と書いてください。`,
  }),
  mk({
    slug: 'un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: addr('Microsoft via Credly', 'admin@credly.com'), to: LI.keep, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-01-29 11:25:36',
    text: `李 偉 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/0d2f4a77-8c1e-4f6e-a0b3-7e5c9d21f8aa

Credly`,
  }),
  mk({
    slug: 'un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true,
    note: 'Credly’s own account-merge verification code mail (Credly accounts, not the certification merge)',
    from: addr('Credly', 'no-reply@credly.com'), to: EMMA.src, subject: 'アカウントの統合を完了してください', at: '2026-03-04 09:12:40',
    text: `こんにちは

Credly アカウント ${EMMA.keep} にメールアドレス ${EMMA.src} を統合するリクエストを受け付けました。
統合を完了するには、以下の確認コードを入力してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly チーム`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jisb64', trap: true,
    note: 'exam result notice ("評価が完了しました"); not about the merge',
    from: addr('AWS Certification', 'no-reply@certification.aws.training'), to: RAJ.keep, subject: 'AWS 認定試験の結果について', at: '2026-03-14 07:31:02',
    text: `クマール ラジェシュ 様

先日受験された AWS Certified Developer - Associate の評価が完了しました。
結果は AWS 認定アカウントの「試験履歴」で確認できます。

AWS Certification`,
  }),
  mk({
    slug: 'un-raj-refund', kind: 'unrelated', lang: 'ja', caseId: RAJ.refund, enc: 'jis7', trap: true,
    note: 'reply on the user’s other case about a voucher refund: "手続きが完了しました", closing that case',
    from: SUPPORT, to: RAJ.keep, subject: `RE:[CASE ${RAJ.refund}] [AWS Training and Certification Form Submission] - exam-voucher`, at: '2026-03-16 02:10:29',
    text: `クマール様

試験バウチャーの返金の件、手続きが完了しました。返金はクレジットカードに5〜10日で戻ります。
このケースは以上でクローズします。

Paulo`,
  }),
  mk({
    slug: 'un-colleague-ask', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trusted: false, forUser: false, trap: true, deliveredTo: null,
    note: 'a foreign colleague asks the team list how they got their merge completed; not to the user',
    from: addr('Tran Thi Mai', 'tran.mai@sier.example.co.jp'), to: addr('AWS勉強会', 'aws-study@sier.example.co.jp'), subject: 'AWS認定アカウントの統合について質問', at: '2026-03-11 12:44:02', tz: '+0900',
    text: `みなさん

お疲れ様です、チャンです。
AWS認定のアカウント統合をした人はいますか？サポートから「確認のメール」がきましたが、どう返事すればいいか分からないです。
統合が完了したらバッジも移りますか？

教えてもらえるとうれしいです。`,
  }),
  mk({
    slug: 'un-phish-close', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', auth: 'fail', trusted: false, trap: true,
    note: 'phishing "your account will be closed" with dmarc=fail; not a case mail',
    from: addr('Amazon Web Services', 'security@amazon.com'), to: LI.keep, subject: '【重要】お客様のアカウントは閉鎖されます', at: '2026-02-05 16:00:00',
    text: `お客様

お客様の AWS 認定アカウントに不審なログインがありました。24時間以内に確認しない場合、アカウントは閉鎖されます。

今すぐ確認する: http://aws-account-check.example.org/verify

Amazon Web Services`,
  }),
  mk({
    slug: 'un-summit', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp',
    note: 'event marketing (AWS Summit Japan)',
    from: addr('AWS Japan', 'aws-jp-events@amazon.com'), to: RAJ.keep, subject: 'AWS Summit Japan 2026 参加登録受付中', at: '2026-03-02 01:00:00',
    text: `クマール ラジェシュ 様

AWS Summit Japan 2026 の参加登録を受け付けています。認定者ラウンジでは、AWS 認定者限定のノベルティもご用意しています。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

配信停止はこちら`,
    html: paras(`クマール ラジェシュ 様

AWS Summit Japan 2026 の参加登録を受け付けています。認定者ラウンジでは、AWS 認定者限定のノベルティもご用意しています。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

配信停止はこちら`),
  }),
];

