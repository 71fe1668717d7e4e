// Japanese messages, part 2: completions, badges, closings, other replies and unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import { AWS_NOREPLY, CASE, CREDLY_AWS, KEN, SUPPORT_JA, TARO, YUMI, form, mk, olJa, quote, sf, zen } from './common.js';

const J = '+0900';
const CREDLY_JA_SUBJ = 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ';

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-mc-sjis-kanryo', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support reports the merge done, with ※ notes on what to check',
    from: SUPPORT_JA, to: `${KEN.ja} <${KEN.keep}>`,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-06 15:52:30', J), enc: 'sjis8',
    text: `${KEN.ja} 様

大変お待たせ致しました。
ご承諾を頂きました内容にて、${KEN.srcId} の認定履歴を ${KEN.keepId} へ統合する作業が本日完了致しました。

※統合先アカウントにサインインし、認定・特典（受験割引など）が表示されていることをご確認下さい。
※旧アカウント（${KEN.src}）へはサインインできなくなっております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-mc-jis-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-18 11:03:09', J), enc: 'jis7',
    text: `山崎様

お返事ありがとうございました。二つの認定アカウントを ${YUMI.keep} のアカウントに一本化いたしました。
本件はこれにてクローズとさせていただきますが、不明点があればこのメールにご返信ください。`,
  }),
  mk({
    slug: 'ja-mc-portal-html', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice (aws.training subdomain) that the accounts were merged, no case ID',
    from: 'AWS Certification <no-reply@certmetrics.aws.training>', to: YUMI.keep,
    subject: 'AWS Certification: アカウントのマージが完了しました',
    date: rfcDate('2026-11-18 10:41:55', J), enc: 'utf8b64',
    html: `<table width="100%" style="font-family:Meiryo,sans-serif"><tr><td>
<h3 style="border-bottom:2px solid #ff9900">AWS Certification</h3>
<p>山﨑 由美 様</p>
<p>ご依頼のあった認定アカウントのマージ処理が完了しました。旧アカウントの認定、受験履歴、特典は、このメールアドレスのアカウントでご覧いただけます。</p>
<p>受験者ID: ${YUMI.keepId}</p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。</p>
</td></tr></table>`,
  }),
  mk({
    slug: 'ja-mc-w31jb64-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken2,
    note: 'completion notice asking the user to check everything looks right (stays merge_completed)',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-21 12:30:00', J), enc: 'w31jb64',
    text: `髙橋様

ご返信を受け、アカウントの統合処理を実施しました。処理は正常に終了しております。
統合先アカウントで、認定（ＳＡＡ／ＤＶＡ）と５０％割引特典が揃っているか、念の為ご確認頂けますでしょうか。
何か足りない場合はお知らせ下さい。`,
  }),
  mk({
    slug: 'ja-mc-jisb64-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi, forUser: false,
    resent: { from: 'postmaster@oldfirm.example.co.jp', to: 'y_yamasaki.fwd@archive.example.co.jp', date: rfcDate('2026-11-18 11:20:00', J) },
    note: 'completion notice redirected by the old company server to an archive address (Resent-*)',
    from: SUPPORT_JA, to: YUMI.src,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-18 11:04:02', J), enc: 'jisb64',
    text: `山崎様

先日ご同意いただいた内容に沿って、統合作業が済みました。旧アドレスのアカウントは無効となり、認定は新しいアカウントに表示されます。
（本メールは旧アドレスにも控えとしてお送りしています）`,
  }),
  mk({
    slug: 'ja-mc-qp-gmail', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro,
    note: 'brief completion on top of the user\'s consent reply (Gmail Japanese quote header)',
    from: SUPPORT_JA, to: TARO.keep,
    subject: form(CASE.taro),
    date: rfcDate('2026-11-26 09:15:44', J), enc: 'utf8qp',
    text: `山田様

マージ作業、完了しております。旧アカウントの資格もすべて ${TARO.keep} 側に移っています。

2026年11月25日(水) 8:02 山田 太郎 <${TARO.keep}>:
> お世話になっております。
> 上記の内容で統合をお願いいたします。`,
  }),
  mk({
    slug: 'ja-mc-otheronly', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'otherOnly',
    note: 'completion text, but only a foreign server (mx.google.com) vouches for it',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-06 16:00:00', J), enc: 'sjis8',
    text: `髙橋様

アカウントの統合が完了しました。統合先にてご確認ください。`,
  }),
  mk({
    slug: 'ja-mc-dkimonly-formal', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken3, auth: 'dkimonly',
    note: 'very formal completion notice; only an aligned DKIM pass on the top header',
    from: SUPPORT_JA, to: KEN.keep,
    subject: `${form(CASE.ken3)}【統合完了のご報告】`,
    date: rfcDate('2026-11-28 10:10:10', J), enc: 'sjisb64',
    text: `髙橋 健一 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
さて、ご依頼を頂戴しておりました認定アカウントの統合につきまして、令和8年11月28日付にて処理を完了いたしましたので、ご報告申し上げます。

統合先：${zen(KEN.keepId)}

今後とも何卒よろしくお願い申し上げます。`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-bd-credly-alt', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly issues the AWS badge to the kept address (Japanese template)',
    from: CREDLY_AWS, to: KEN.keep,
    subject: CREDLY_JA_SUBJ,
    date: rfcDate('2026-11-07 04:12:33', J), enc: 'utf8b64',
    text: `髙橋 健一 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/8f2c0a1e-4d7b-4c55-9a31-1e6d0c2b7f44/accept

Credly`,
    html: `<p>髙橋 健一 様</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/badges/8f2c0a1e-4d7b-4c55-9a31-1e6d0c2b7f44/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p><p>Credly</p>`,
  }),
  mk({
    slug: 'ja-bd-sjis-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support says the Credly badges were moved to the kept account',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-09 14:20:07', J), enc: 'sjis8',
    text: `髙橋様

ご連絡ありがとうございます。
統合元アカウントに紐づいていたＣｒｅｄｌｙバッジ（３件）を、${KEN.keep} の Credly アカウントへ移しました。
Credly にサインインのうえ、バッジ一覧に表示されていることをご確認ください。

${quote('統合は確認できましたが、Credlyのバッジが旧アドレスのままです。')}`,
  }),
  mk({
    slug: 'ja-bd-jis-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yumi,
    note: 'badges moved and the case closes: badges_transferred',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-20 16:45:12', J), enc: 'jis7',
    text: `山崎様

デジタルバッジの移行を行いました。すべてのバッジが新しいメールアドレスの Credly アカウントに表示されているはずです。
以上をもちまして本ケースを終了いたします。ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-bd-credly-jis', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly issue notice for an AWS badge, ISO-2022-JP base64',
    from: CREDLY_AWS, to: YUMI.keep,
    subject: CREDLY_JA_SUBJ,
    date: rfcDate('2026-11-19 03:01:20', J), enc: 'jisb64',
    text: `山崎 由美 様

おめでとうございます。Amazon Web Services Training and Certification が AWS Certified Developer - Associate のバッジをあなたに発行しました。
下のリンクからバッジを受け取り、共有できます。

https://www.credly.com/earner/earned/badge/3d9e1b77-0a44-4e0f-b2c8-55a1f0e6c921

Credly チーム`,
  }),
  mk({
    slug: 'ja-bd-w31jb64-tsukekae', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken2,
    note: 'support: badge re-linking to the kept account is done',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-23 10:00:41', J), enc: 'w31jb64',
    text: `髙橋様

お待たせしました。バッジの付け替えが完了しております。
①AWS Certified Developer - Associate
②AWS Certified SysOps Administrator - Associate
上記２件、統合先のメールアドレスで Credly にてご確認頂けます。`,
  }),
  mk({
    slug: 'ja-bd-credly-qp', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly notice of an AWS badge for the merged account, quoted-printable',
    from: CREDLY_AWS, to: TARO.keep,
    subject: CREDLY_JA_SUBJ,
    date: rfcDate('2026-11-27 02:44:18', J), enc: 'utf8qp',
    text: `山田 太郎さん

Amazon Web Services Training and Certificationより、AWS Certified Cloud Practitioner のデジタルバッジが届いています。

「バッジを受け取る」から承認すると、プロフィールに表示されます。
https://www.credly.com/badges/c0a2e8f1-77b1-4e2a-9d0e-6b4f18e3a2d5

このメールは ${TARO.keep} 宛に送信されました。`,
  }),
  mk({
    slug: 'ja-bd-forged-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'pass',
    note: 'Credly-looking badge notice from credly-badges.net (authenticated, but not a trusted domain)',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>', to: KEN.keep,
    subject: CREDLY_JA_SUBJ,
    date: rfcDate('2026-11-08 01:00:00', J), enc: 'sjisb64',
    text: `髙橋 健一 様

AWS のバッジがお客様の新しいアカウントへ移行されました。
こちらからサインインして受け取ってください：http://credly-badges.net/claim`,
  }),
  mk({
    slug: 'ja-bd-sjisb64-reissue', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken3,
    note: 'support re-issued the badges on the kept account, with a restated merge fact',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken3),
    date: rfcDate('2026-11-30 15:33:33', J), enc: 'sjisb64',
    text: `髙橋様

先日統合したアカウントについて、Credly 側のバッジを統合先のアドレスで再発行いたしました。
Credly から「バッジ発行のお知らせ」が届いておりますので、受け取り操作をお願いします。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-cl-sjis-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.ken2,
    note: 'reminder: the case will close automatically in 7 days without a reply',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-27 09:00:00', J), enc: 'sjis8',
    text: `髙橋様

先日お送りしたご案内について、その後いかがでしょうか。
本日より７日以内にご返信が確認できない場合、本ケースは自動的にクローズされます。
再開をご希望の際は、本メールにご返信下さい。`,
  }),
  mk({
    slug: 'ja-cl-jis-closed', kind: 'case_closed', lang: 'ja', caseId: CASE.yumiDup,
    note: 'the duplicate case is closed',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumiDup),
    date: rfcDate('2026-11-12 10:30:00', J), enc: 'jis7',
    text: `山崎様

本ケースは、同じご依頼のケース（${CASE.yumi}）で対応を続けるため、クローズいたしました。
今後のご連絡は ${CASE.yumi} の方へお願いいたします。`,
  }),
  mk({
    slug: 'ja-cl-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'closing notice that restates last week\'s merge; the new event is the closing',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-13 17:02:11', J), enc: 'w31j8',
    text: `髙橋様

先週ご報告の通り、アカウントの統合は11月6日に完了しております。
その後ご連絡がございませんでしたので、本件はクローズとさせて頂きます。ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-cl-w31j-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'AWS Support system notice that the case is now resolved',
    from: AWS_NOREPLY, to: TARO.keep,
    subject: `ケース ${CASE.taro} は解決済みになりました`,
    date: rfcDate('2026-12-01 00:05:00', J), enc: 'w31j8',
    text: `ｹｰｽID　　：${CASE.taro}
ｽﾃｰﾀｽ　　：解決済み
更新日時　：2026/12/01 00:05

このｹｰｽは解決済みとしてｸﾛｰｽﾞされました。
ｻﾎﾟｰﾄｾﾝﾀｰからｹｰｽを再開することができます。`,
  }),
  mk({
    slug: 'ja-cl-utf8-reopen', kind: 'case_closed', lang: 'ja', caseId: CASE.ken3,
    note: 'case closed with instructions to reopen',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken3),
    date: rfcDate('2026-12-04 11:11:11', J), enc: 'utf8b64',
    text: `髙橋様

本ケースを終了しました。
追加のご質問がある場合、終了後14日以内であればこのメールへの返信でケースが再開されます。

${sf('髙橋 健一', '2026/12/01 8:20', 'AWS トレーニングと認定', form(CASE.ken3), 'バッジ受け取りました。ありがとうございました。')}`,
  }),
  mk({
    slug: 'ja-cl-jisb64-badgesrestated', kind: 'case_closed', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'closing for no reply; mentions the badges moved earlier only as background',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-30 10:20:30', J), enc: 'jisb64',
    text: `山崎様

バッジの移行を11月20日にご案内して以降、ご返信がございませんでしたので、ケースを閉じさせていただきました。
改めてお問い合わせの際は、新しいケースを作成してください。`,
  }),
  mk({
    slug: 'ja-cl-failthenforged', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'failThenForged',
    note: 'closing notice; top header says fail, a planted pass sits lower',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-14 05:00:00', J), enc: 'sjis8',
    text: `髙橋様

本ケースはクローズされました。
アンケートへのご協力をお願いします：http://survey-aws.example.org/${CASE.ken}`,
  }),
  mk({
    slug: 'ja-cl-sjisb64-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'will close in 3 days without a reply',
    from: SUPPORT_JA, to: TARO.keep,
    subject: form(CASE.taro),
    date: rfcDate('2026-11-28 09:30:00', J), enc: 'sjisb64',
    text: `山田様

【ご案内】
お客様からのご返信がないまま、本ケースは３日後に自動でクローズされる予定です。
引き続きご不明点がございましたら、それまでにご返信くださいませ。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-rp-jis-thanks', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, passed to the team that performs merges',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-05 18:22:00', J), enc: 'jis7',
    text: `高橋様

ご確認いただき、ありがとうございます。ご承諾の旨、担当部署へ引き継ぎました。
作業が済みましたら、改めてこちらからご連絡いたします。`,
  }),
  mk({
    slug: 'ja-rp-sjis-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'escalation; "once the merge is complete we will tell you" is future, not the event',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-16 20:01:44', J), enc: 'sjis8',
    text: `山﨑様

お返事ありがとうございます。
本件は専門チームへエスカレーションいたしました。統合が完了しましたら、本ケースにてお知らせいたします。
通常、数営業日ほどお時間を頂戴しております。`,
  }),
  mk({
    slug: 'ja-rp-w31j-fromkeep', kind: 'support_reply', lang: 'ja', caseId: CASE.ken2, trap: true,
    note: 'asks to write from the kept address, nothing else requested: support_reply',
    from: SUPPORT_JA, to: KEN.src,
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-18 19:30:00', J), enc: 'w31j8',
    text: `髙橋様

恐れ入りますが、今後のご連絡は、統合後に残すアカウントのメールアドレスからお送りいただけますでしょうか。
それ以外のお手続きは不要です。`,
  }),
  mk({
    slug: 'ja-rp-qp-dupcases', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: '"we merged your duplicate cases" is about cases, not the accounts',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-11 15:10:00', J), enc: 'utf8qp',
    text: `山崎様

同じ内容のケースが2件（${CASE.yumi}、${CASE.yumiDup}）作成されておりましたので、ケースを1件に統合いたしました。
引き続き本ケースにて対応いたします。アカウントの件は現在確認中です。`,
  }),
  mk({
    slug: 'ja-rp-jisb64-notyet', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'negated: the merge is not complete yet, still in progress',
    from: SUPPORT_JA, to: TARO.keep,
    subject: form(CASE.taro),
    date: rfcDate('2026-11-25 17:48:02', J), enc: 'jisb64',
    text: `山田様

お問い合わせの件、現時点では統合は完了しておりません。
担当チームで作業を進めておりますので、もう少々お待ちいただけますでしょうか。`,
  }),
  mk({
    slug: 'ja-rp-sjisb64-voucher', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'answers a question about the exam voucher after the merge; no new event',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-10 13:13:13', J), enc: 'sjisb64',
    text: `髙橋様

ご質問の５０％割引特典につきまして、統合後も有効期限は変わらずご利用頂けます。
特典は認定アカウントの「特典」タブからご確認下さい。

${olJa('髙橋 健一', '2026年11月9日 22:40', 'AWS トレーニングと認定', form(CASE.ken), '統合前に持っていた割引バウチャーはまだ使えますか？')}`,
  }),
  mk({
    slug: 'ja-rp-utf8-delay', kind: 'support_reply', lang: 'ja', caseId: CASE.ken3,
    note: 'apology for the slow answer, status only',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken3),
    date: rfcDate('2026-11-26 18:00:00', J), enc: 'utf8b64',
    text: `髙橋様

ご返答が遅くなり申し訳ございません。
現在、いただいた情報をもとに社内で確認を進めております。進捗がありましたらご連絡します。`,
  }),
  mk({
    slug: 'ja-rp-jis-colleague', kind: 'support_reply', lang: 'ja', caseId: CASE.ken2, forUser: false,
    note: 'status reply addressed only to a colleague who opened a case on the user\'s behalf',
    from: SUPPORT_JA, to: 'suzuki.ichiro@kaisha.example.co.jp',
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-19 09:05:00', J), enc: 'jis7',
    text: `鈴木様

ご依頼の件、ただいま対応中です。アカウントの持ち主ご本人様から直接ご連絡をいただく必要がございますので、高橋様へその旨お伝えいただけますと幸いです。`,
  }),
  mk({
    slug: 'ja-rp-noauth', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, trusted: false, auth: 'none',
    note: 'status reply with no Authentication-Results at all',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-17 08:00:00', J), enc: 'sjis8',
    text: `山﨑様

引き続き確認中です。今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-rp-w31jb64-48h', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'badges are not moved yet; Credly may take up to 48 hours (waiting, not the event)',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-08 11:40:20', J), enc: 'w31jb64',
    text: `髙橋様

バッジの件、Credly 側での反映に最大48時間ほどかかる場合がございます。
お手数ですが、11月10日（火）以降も統合先に表示されない場合は、改めてご返信下さい。`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'the user\'s own consent reply, Bcc to himself; no news from support',
    from: `${KEN.ja} <${KEN.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-05 17:58:31', J), enc: 'sjis8',
    text: `AWS トレーニングと認定　ご担当者様

お世話になっております。髙橋です。
ご提示の内容で統合をお願い致します。取り消しできない点も承知しました。

━━━━━━━━━━━━━━━
髙橋 健一（ﾀｶﾊｼ ｹﾝｲﾁ）
〒100-0000　東京都千代田区１－２－３
━━━━━━━━━━━━━━━`,
  }),
  mk({
    slug: 'ja-un-fw-teamlist', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true, forUser: false,
    note: 'a colleague forwards the completion notice to the team list; not addressed to the user',
    from: '鈴木 一郎 <suzuki.ichiro@kaisha.example.co.jp>', to: 'infra-team@kaisha.example.co.jp',
    subject: `【社内共有】FW: ${form(CASE.ken)}`,
    date: rfcDate('2026-11-06 17:30:00', J), enc: 'sjisb64',
    text: `各位

髙橋さんのAWS認定アカウント統合、完了したそうです。ご参考まで。

${olJa('AWS トレーニングと認定', '2026年11月6日 15:52', '髙橋 健一', form(CASE.ken), '統合作業が本日完了致しました。')}`,
  }),
  mk({
    slug: 'ja-un-ooo-oldfirm', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'auto-reply from the old company: "mail received" but it is an out-of-office notice',
    from: 'y_yamasaki@oldfirm.example.co.jp', to: YUMI.keep,
    subject: '【自動応答】メールを受信しました（年末年始休業のお知らせ）',
    date: rfcDate('2026-11-10 22:10:00', J), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `メールを受信いたしました。
誠に勝手ながら、山崎は退職いたしました。ご用件は営業部（sales@oldfirm.example.co.jp）までお願いします。`,
  }),
  mk({
    slug: 'ja-un-pearson-booking', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'exam booking confirmation from the test vendor',
    from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>', to: KEN.keep,
    subject: '受験予約確認：AWS Certified Solutions Architect - Professional',
    date: rfcDate('2026-11-22 20:02:02', J), enc: 'utf8qp',
    text: `髙橋 健一 様

以下の通り、試験のご予約が確定しました。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02)
日時　：2026年12月19日（土）13:30
会場　：オンライン監督試験

ご予約内容をご確認ください。変更は24時間前まで可能です。`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: KEN.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: rfcDate('2026-11-15 06:30:00', J), enc: 'utf8b64',
    text: `髙橋 健一 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/11b0f3aa-9e2e-4c71-8d5c-0af1d6e2c3b8`,
  }),
  mk({
    slug: 'ja-un-summit', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration completed notice (marketing)',
    from: 'AWS Japan <aws-apac-marketing@amazon.com>', to: YUMI.keep,
    subject: '【登録完了】AWS Innovate Japan オンラインカンファレンス　ご登録ありがとうございます',
    date: rfcDate('2026-11-12 12:00:00', J), enc: 'sjis8',
    text: `山﨑 由美 様

■□■ AWS Innovate Japan ■□■

ご登録が完了しました。当日はこちらの視聴ページからご参加ください。
　開催日：令和8年12月10日（木）　10:00～17:00
　視聴ＵＲＬ：https://aws.amazon.com/jp/events/innovate/

※本メールは配信専用です。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'satisfaction survey after the case; surveys are unrelated',
    from: 'AWS トレーニングと認定 <aws-training-survey@amazon.com>', to: YUMI.keep,
    subject: 'サポートの対応はいかがでしたか？（アンケートのお願い）',
    date: rfcDate('2026-11-21 10:00:00', J), enc: 'jisb64',
    text: `山崎 由美 様

先日はケース ${CASE.yumi} をご利用いただき、ありがとうございました。
問題は解決しましたか？　1分ほどのアンケートにご協力ください。

https://survey.aws.example/t/${CASE.yumi}`,
  }),
  mk({
    slug: 'ja-un-examresult', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice: a new certification, not a merge or badge move',
    from: 'AWS Certification <no-reply@aws.training>', to: TARO.keep,
    subject: 'AWS Certification 試験結果のお知らせ',
    date: rfcDate('2026-11-29 21:30:00', J), enc: 'utf8b64',
    text: `山田 太郎 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
認定アカウントで結果レポートをご確認いただけます。デジタルバッジは数日以内に Credly からお送りします。`,
  }),
  mk({
    slug: 'ja-un-refund-case', kind: 'unrelated', lang: 'ja', caseId: CASE.other, trap: true,
    note: 'the closing of another case about an exam-fee refund',
    from: SUPPORT_JA, to: KEN.keep,
    subject: `RE:[CASE ${CASE.other}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: rfcDate('2026-11-16 14:14:14', J), enc: 'w31jb64',
    text: `髙橋様

受験料の返金処理が完了しましたので、本ケース（試験のキャンセル・返金）はクローズいたします。
返金の反映には、カード会社によって１～２か月かかる場合があります。`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <admin@credly.com>', to: KEN.keep,
    subject: 'Credly アカウント統合の確認コード',
    date: rfcDate('2026-11-09 20:20:20', J), enc: 'utf8qp',
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。

確認コード：482193

心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-un-helpdesk', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'the employer\'s IT helpdesk system says a mail-address merge is done; not AWS',
    from: '情報システム部ヘルプデスク <helpdesk@kaisha.example.co.jp>', to: KEN.src,
    subject: '[ﾍﾙﾌﾟﾃﾞｽｸ] ﾒｰﾙｱﾄﾞﾚｽ統合完了のお知らせ（受付番号：HD-2026-1187）',
    date: rfcDate('2026-11-04 08:45:00', J), enc: 'w31j8',
    text: `ﾀｶﾊｼ ｹﾝｲﾁ 様

ご依頼のﾒｰﾙｴｲﾘｱｽ統合作業が完了しました。
　受付番号：HD-2026-1187
　対象　　：takahashi-k / k-takahashi

※本ﾒｰﾙは社内ｼｽﾃﾑから自動送信しています。`,
  }),
  mk({
    slug: 'ja-un-amazon-cojp', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'Amazon.co.jp order confirmation: authenticated, but amazon.co.jp is not a trusted domain and not a case',
    from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>', to: TARO.keep,
    subject: 'Amazon.co.jp ご注文の確認',
    date: rfcDate('2026-11-23 13:00:00', J), enc: 'utf8qp',
    text: `山田 太郎 様

Amazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。

注文番号：250-1234567-7654321
商品　　：AWS認定 ソリューションアーキテクト アソシエイト 教科書

発送が完了しましたら、改めてお知らせします。`,
  }),
];

