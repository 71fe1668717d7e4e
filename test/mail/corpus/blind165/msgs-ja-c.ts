// fh, Japanese part C: other human answers (status, future, negated) and mail outside the merge case.
import type { Msg } from './lib.js';
import {
  AWS_EVENTS, AWS_NOTIFY, CASE, CREDLY, HARUTO, KENJI, MAKOTO, SAKURA, SUPPORT_ADDR, SUPPORT_JA, YUKI, formSubject, fwdGmailJa, gmailJa, mk, outlookJa,
  quote, sfOriginalJa, to,
} from './common.js';

export const JA_C: Msg[] = [
  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-badges-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: '「バッジが移ったかとのご質問ですが、まだ」: negated badge event, status only',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-21 05:26:11',
    subject: formSubject(CASE.kenji), enc: 'jis7',
    text: `伊藤 健司 様

バッジが移ったかとのご質問ですが、現時点ではまだ移っておりません。
Credly 側の担当チームに依頼済みで、作業が終わり次第こちらからご連絡いたします。
お待たせしており申し訳ございません。

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-sr-voucher-future', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true,
    note: 'Q&A: "will my voucher move?" "yes, once the merge is done" (future, no event)',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-04 01:18:09',
    subject: formSubject(CASE.yuki), enc: 'sjis8',
    text: `森様

追加でいただいたご質問にお答えします。

Q: バウチャーは移りますか?
A: はい、統合が完了しましたら統合先の特典画面に表示されます。

Q: 統合中に試験を予約できますか?
A: 作業中は予約画面が使えない場合がありますので、統合後のご予約をおすすめします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.haruto, trap: true,
    note: 'thanks for confirming, passed to the team; the merge has not happened yet',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-24 00:42:55',
    subject: formSubject(CASE.haruto), enc: 'jisb64',
    text: `中村 陽翔 様

ご承諾のご返信、確かに受け取りました。ありがとうございます。
担当チームへ引き継ぎましたので、作業が終わりましたら改めてご連絡いたします。
「週末も作業されるのか」とのご質問については、営業日のみの対応となります。

AWS トレーニングと認定 サポート

${gmailJa('2026年1月23日(金) 22:07', `中村 陽翔 <${HARUTO.keep}>`, '了承します。\n週末も作業していただけるのでしょうか?')}`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.makoto, trap: true,
    note: 'answers "how many days?": escalated, merge not completed yet',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-24 08:55:30',
    subject: formSubject(CASE.makoto), enc: 'utf8qp',
    text: `高橋様

日数についてご質問をいただきました。APN の付け替えを伴うため、現在、専門チームに対応を依頼しております。
統合はまだ完了しておりませんが、今週中には結果をお知らせできる見込みです。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.sakura, trap: true,
    note: 'asks only to write from the address being kept (no data asked): support_reply',
    to: to(SAKURA.ja, SAKURA.src), at: '2026-04-07 23:58:14',
    subject: formSubject(CASE.sakura), enc: 'utf8b64',
    text: `木村 様

ご質問ありがとうございます。
恐れ入りますが、本件は残されるアカウントのメールアドレスからお問い合わせいただく決まりとなっております。
お手数ですが、個人のアドレスから本メールに返信する形でご連絡ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-unable', kind: 'support_reply', lang: 'ja', caseId: '1788830561', trap: true,
    note: '"we are unable to merge": different names on the two accounts; negated event',
    to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-05-12 06:20:47',
    subject: formSubject('1788830561'), enc: 'jis7',
    text: `高橋 誠 様

「もう一つ古いアカウントもまとめられるか」とのご質問について確認いたしました。
ご指定のアカウントは登録されているお名前が異なるため、同一の方のアカウントと判断できず、統合をお受けすることができません。
ご理解のほどお願い申し上げます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-restate-cert-name', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'restates that the merge finished on 2/19 while answering a question about the name on the certificate',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-27 03:30:16',
    subject: formSubject(CASE.kenji), enc: 'sjisb64',
    text: `伊藤様

前回お伝えしたとおり、統合は 2 月 19 日に完了しております。
今回ご質問いただいた「認定証のローマ字表記を変えたい」という件は、統合とは別の手続きになります。
認定ポータルのプロフィールで氏名を修正されたあと、証明書を再度ダウンロードしてください。

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-sr-apn-days', kind: 'support_reply', lang: 'ja', caseId: CASE.makoto,
    note: 'answers a question about APN reflection time; no event',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-27 02:01:19',
    subject: formSubject(CASE.makoto), enc: 'jis7',
    text: `高橋様

「パートナーセントラルに反映されない」とのお訪ねですが、反映までは通常 2 日から 5 日ほどかかります。
1 週間たっても表示されない場合は、お手数ですが再度ご連絡ください。

AWS トレーニングと認定 カスタマーサポート

${outlookJa(`高橋 誠 <${MAKOTO.keep}>`, '2026年3月26日 18:22', 'AWS トレーニングと認定', `RE: ${formSubject(CASE.makoto)}`, 'パートナーセントラルに資格がまだ出てきません。いつごろ反映されますか。')}`,
  }),
  mk({
    slug: 'ja-sr-misaligned', kind: 'support_reply', lang: 'ja', caseId: CASE.haruto, trusted: false, auth: 'misaligned',
    note: 'status reply signed by an unrelated bulk-mail domain (DKIM not aligned, dmarc=fail)',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-24 10:31:02',
    subject: formSubject(CASE.haruto), enc: 'utf8b64',
    text: `中村様

ご質問の件、現在確認中です。もうしばらくお待ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-inline', kind: 'support_reply', lang: 'ja', caseId: CASE.sakura,
    note: 'inline answers under each quoted question (bottom-posted); no event',
    to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-15 05:12:40',
    subject: formSubject(CASE.sakura), enc: 'jis7',
    text: `木村様

> 統合したあと、ログインのパスワードは個人のほうのままですか?
はい、統合先アカウントのパスワードをそのままお使いください。

> 大学アカウントで予約していた模擬試験の履歴は見られますか?
模擬試験の履歴は Skill Builder 側で管理されているため、認定ポータルには表示されません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-colleague', kind: 'support_reply', lang: 'ja', caseId: '1786004417', forUser: false,
    note: 'a status reply on a colleague\'s case, addressed only to the colleague',
    to: to('鈴木 一郎', 'suzuki.ichiro@corp.example.co.jp'), at: '2026-03-11 04:04:04',
    subject: formSubject('1786004417'), enc: 'jis7',
    text: `鈴木 一郎 様

ご質問の件、現在担当チームで確認しております。結果が出ましたらご連絡いたします。

AWS トレーニングと認定`,
  }),

  mk({
    slug: 'ja-mc-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.makoto, forUser: false,
    note: 'completion notice redirected by the old employer\'s mail system (Resent-* headers): not delivered as the user\'s own mail',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.src), at: '2026-03-25 06:33:40',
    resent: { from: 'postmaster@sier.example.co.jp', to: MAKOTO.keep, date: 'Wed, 25 Mar 2026 15:34:02 +0900' },
    subject: formSubject(CASE.makoto), enc: 'jis7',
    text: `高橋様

旧アドレス宛てにもお知らせいたします。ご質問いただいていた統合作業は本日完了しました。
${MAKOTO.srcId} の認定は ${MAKOTO.keepId} に移っております。

AWS トレーニングと認定 カスタマーサポート`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.haruto, trap: true,
    note: 'survey "was your question resolved?" about the merge case',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-28 01:00:00',
    subject: 'ご質問は解決しましたか? アンケートへのご協力のお願い', enc: 'utf8qp', wholeSubject: true,
    text: `中村 陽翔 様

先日のケース ${CASE.haruto}(アカウントの統合)についてお伺いします。
Q. ご質問は解決しましたか?   [はい] [いいえ]
Q. 担当者の対応はいかがでしたか? [1] [2] [3] [4] [5]

所要時間は 1 分ほどです。ご協力をお願いいたします。`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam score report ("受験が完了しました"): not part of the merge case',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: to(YUKI.ja, YUKI.keep), at: '2026-05-20 10:31:00',
    subject: 'AWS 認定試験の結果が確定しました', enc: 'jisb64', wholeSubject: true,
    text: `森 由紀 様

AWS Certified Solutions Architect - Associate の受験が完了し、結果が確定しました。
結果: 合格 (スコア 812)

Q. 認定証はいつダウンロードできますか?
A. 認定ポータルの[認定]画面から、5 営業日以内にダウンロードいただけます。

AWS 認定`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: to(KENJI.ja, KENJI.keep), at: '2026-03-01 06:44:21',
    subject: 'Microsoftのバッジ発行のお知らせ', enc: 'utf8b64', wholeSubject: true,
    text: `健司 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
[バッジを入手する] https://www.credly.com/earner/earned/badge/7e2d41c8-95ab-4f06-8c3e-1b6a0d94f2e7

Q. 他のバッジと一緒に表示できますか?
A. はい、Credly のプロフィールにまとめて表示されます。

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code (not the certification merge)',
    from: CREDLY, to: to(SAKURA.ja, SAKURA.src), at: '2026-04-16 12:02:47',
    subject: 'Credly アカウント統合の確認コード', enc: 'utf8qp', wholeSubject: true,
    text: `Credly アカウントの統合リクエストを受け付けました。
確認コード: 418 207

Q. このリクエストに心当たりがない場合は?
A. このメールは無視してください。コードを入力しない限り、アカウントは統合されません。

Credly`,
  }),
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, trap: true,
    note: 'the user\'s own consent reply with new questions (a copy delivered to himself)',
    from: to(KENJI.ja, KENJI.keep), to: SUPPORT_ADDR, deliveredTo: KENJI.keep, at: '2026-02-18 11:05:33', tz: '+0900',
    subject: `Re: ${formSubject(CASE.kenji)}`, enc: 'jis7',
    text: `AWS トレーニングと認定 ご担当者様

ご案内いただいた内容で統合することに同意します。
あわせて質問です。統合が完了したら、メールで連絡をいただけますか?

伊藤 健司

${sfOriginalJa(SUPPORT_ADDR, '2026年2月18日 2:40', formSubject(CASE.kenji), '以下の内容で統合してよろしいか、ご同意の旨を本メールにご返信ください。')}`,
  }),
  mk({
    slug: 'ja-un-fwd-boss', kind: 'unrelated', lang: 'ja', caseId: CASE.yuki, trusted: false, trap: true,
    note: 'the user forwards support\'s completion mail to her manager (Cc herself): her own mail',
    from: to(YUKI.ja, YUKI.keep), to: to('岡田 部長', 'okada@newcorp.example.co.jp'), cc: YUKI.keep, deliveredTo: YUKI.keep, at: '2026-03-05 19:20:11', tz: '+0900',
    subject: `Fwd: ${formSubject(CASE.yuki)}`, enc: 'utf8b64',
    text: `岡田さん

ご質問いただいていた資格の件、AWS から統合完了の連絡が来ましたので転送します。
SAA と CLF が個人アカウントにまとまりました。

森

${fwdGmailJa(`AWS トレーニングと認定 <${SUPPORT_ADDR}>`, '2026年3月5日(木) 14:50', formSubject(CASE.yuki), YUKI.keep, '森 由紀 様\n\n2. 作業状況: 本日、統合する作業を終えました。')}`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: CASE.makoto, trusted: false, trap: true,
    note: 'a co-worker\'s out-of-office auto-reply mentioning the merge case',
    from: to('佐々木 健', 'sasaki@sier.example.co.jp'), to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-21 09:00:02', tz: '+0900',
    subject: `自動応答: 統合の件で質問です (ケース ${CASE.makoto})`, enc: 'sjis8', crlf: false,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お世話になっております。佐々木です。
3 月 21 日から 3 月 29 日まで休暇のため不在にしております。
AWS 認定アカウントの統合に関するご質問は、戻り次第確認してご返信いたします。`,
  }),
  mk({
    slug: 'ja-un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.refund, trap: true,
    note: 'receipt of the user\'s other case about an exam-fee refund (says its topic)',
    from: AWS_NOTIFY, to: to(HARUTO.ja, HARUTO.keep), at: '2026-02-10 07:15:26',
    subject: `[ケース ${CASE.refund}] お問い合わせを受け付けました`, enc: 'jis7',
    text: `中村 陽翔 様

試験料の返金についてのご質問を、ケース ${CASE.refund} として受け付けました。
Q. 返金にはどのくらいかかりますか?
A. 担当者が内容を確認したうえで、24 時間以内にご連絡します。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-exam-case-closed', kind: 'unrelated', lang: 'ja', caseId: CASE.exam, trap: true,
    note: 'closing of another case about rescheduling an exam',
    from: SUPPORT_JA, to: to(SAKURA.ja, SAKURA.keep), at: '2026-05-02 03:43:12',
    subject: `RE:[CASE ${CASE.exam}] [AWS Training and Certification Form Submission] - exam-scheduling`, enc: 'sjisb64',
    text: `木村様

試験日程の変更についてのご質問には前回お答えしましたので、本ケースはクローズいたします。
変更後の試験日: 2026 年 5 月 16 日 10:00(テストセンター)

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-summit', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration mail ("登録が完了しました") with an FAQ',
    from: AWS_EVENTS, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-05-28 02:00:00',
    subject: 'AWS Summit Japan 参加登録が完了しました', enc: 'utf8qp', wholeSubject: true,
    text: `高橋 誠 様

AWS Summit Japan への参加登録が完了しました。

よくあるご質問
Q. 認定者ラウンジは利用できますか?
A. AWS 認定をお持ちの方は、会場で認定者ラウンジをご利用いただけます。
Q. 登録内容を変えたいときは?
A. マイページから変更できます。

AWS Japan イベント事務局`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder course-completion mail ("修了") from aws.training: not the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: to(YUKI.ja, YUKI.keep), at: '2026-03-12 13:10:10',
    subject: 'コースの修了おめでとうございます', enc: 'jisb64', wholeSubject: true,
    text: `森 由紀 さん

「Exam Prep: AWS Certified Solutions Architect - Associate」のコースを修了しました。
修了証はマイページからダウンロードできます。

Q. 修了したコースは認定アカウントにも表示されますか?
A. いいえ。コースの修了は Skill Builder でのみ管理されます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-own-question', kind: 'unrelated', lang: 'ja', caseId: CASE.sakura, trusted: false, trap: true,
    note: 'the user\'s own mobile question to support, copy delivered to herself',
    from: to(SAKURA.ja, SAKURA.keep), to: SUPPORT_ADDR, deliveredTo: SAKURA.keep, at: '2026-04-11 11:58:07', tz: '+0900',
    subject: `Re: ${formSubject(CASE.sakura)}`, enc: 'utf88bit', crlf: false,
    text: `承諾します。もう終わりましたか?

iPhoneから送信

${quote('木村 さくら 様\n\n最後に、統合する点について、ご承諾をいただけますでしょうか。')}`,
  }),
];
