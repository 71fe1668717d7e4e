// fg Japanese messages, part 1: acknowledgement, ai_answer, info_request, confirmation_request.
// Every message has a subject that disagrees with its body in some way (see README).
import type { Msg } from './lib.js';
import {
  C, FORM, FORM_ADDR, FORM_JA, KENTA, KENTA_REQ, MISAKI, MISAKI_REQ, NOREPLY, SHO, SHO_REQ, YUMI, YUMI_REQ,
  caseSubj, caseUrl, gmailJa, jst, mk, outlookJa, q, sfJa, sfRef, html,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-taiouchu-receipt',
    kind: 'acknowledgement', lang: 'ja', caseId: C.kenta, trap: false,
    note: 'ticket system put [対応中] on the subject, the body is the automatic receipt with the case ID',
    from: NOREPLY, to: `${KENTA.ja} <${KENTA.keep}>`,
    subject: '[対応中] AWS トレーニングと認定へのお問い合わせ',
    date: jst('2026-10-05 21:14:09'), enc: 'jis7',
    text: `${KENTA.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース ID ${C.kenta} として登録されました。

担当者が内容を確認し、通常 24 時間以内にこのケースへ返信いたします。
同じご用件で別のケースを作成されますと、お返事が遅れる原因となりますのでご注意ください。

ケースの状況は次の URL から確認できます。
${caseUrl(C.kenta)}

※このメールは送信専用アドレスからお送りしています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-user-subject-reused',
    kind: 'acknowledgement', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'the user\'s own words reused as the subject ("Re: アカウント統合について"); the body is the automatic receipt listing the submitted fields',
    from: NOREPLY, to: YUMI.keep,
    subject: 'Re: アカウント統合について',
    date: jst('2026-10-12 08:02:51'), enc: 'sjisb64',
    text: `このメッセージは自動送信です。

以下の内容でお問い合わせを承りました。
--------------------------------------------
ケース番号 : ${C.yumi}
お問い合わせの種類 : AWS トレーニングと認定
カテゴリ : 認定 / アカウントの統合
ご連絡先 : ${YUMI.keep}
--------------------------------------------

担当より本ケースにてご連絡差し上げます。しばらくお待ちくださいませ。

Amazon Web Services Japan`,
  }),
  mk({
    slug: 'ja-ack-created-link-only',
    kind: 'acknowledgement', lang: 'ja', caseId: C.sho, trap: false,
    note: 'the (truncated) subject says the case was created; the body is only a link and the footer, so the subject is the news',
    from: NOREPLY, to: SHO.keep,
    subject: 'ケース 1786634410025 が作成されました - AWS トレーニングと認定 - アカウントの統合に関…',
    date: jst('2026-10-20 12:40:03'), enc: 'utf8b64',
    text: `${caseUrl(C.sho)}

このメールアドレスは送信専用です。ご返信いただいてもお答えできません。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。`,
    probe: 'このメールアドレスは送信専用です',
  }),
  mk({
    slug: 'ja-ack-mobile-notice',
    kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'a notification-style subject ("1 件の新しい通知") over the automatic receipt of the new case, Japanese with English boilerplate',
    from: NOREPLY, to: MISAKI.keep,
    subject: 'AWS サポート: 1 件の新しい通知',
    date: jst('2026-11-02 23:55:17'), enc: 'jisb64',
    text: `高橋 美咲 様

AWS トレーニングと認定のお問い合わせフォームから送信された内容を受け取りました。
ケース ID: ${C.misaki}

通常 1 営業日以内に、担当者よりこのメールアドレス宛にご連絡します。

Thank you for contacting AWS Training and Certification. Your case ID is ${C.misaki}.
Please do not open a new case for the same request.`,
  }),
  mk({
    slug: 'ja-ack-kanryo-form-sent',
    kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'subject 【完了】 refers to the form submission, not the merge; the body is the receipt with the case ID',
    from: NOREPLY, to: MISAKI.keep,
    subject: '【完了】お問い合わせフォームの送信',
    date: jst('2026-11-02 23:55:40'), enc: 'utf8qp',
    text: `フォームの送信が完了し、次のケースが作成されました。

ケースID 17871255083 (AWS トレーニングと認定 / アカウントの統合)

ご返答はこのケースに対して行われます。ケースが作成されてから 24 時間程度お待ちください。
※まだ何も処理は行われていません。統合そのものは担当者が確認してからのご案内となります。`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain',
    kind: 'acknowledgement', lang: 'ja', caseId: C.kentaDup, trap: true,
    note: 'looks like a receipt that also demands an identity check (本人確認); the sender domain aws-training-jp.com is a look-alike, so untrusted',
    from: 'AWS トレーニングと認定 <no-reply@aws-training-jp.com>', to: KENTA.keep,
    subject: '【受付】アカウント統合のお問い合わせ',
    date: jst('2026-10-06 03:11:45'), enc: 'jis7', trusted: false,
    text: `木村 健太 様

アカウント統合のお問い合わせを受付いたしました。
受付番号 ${C.kentaDup}

本人確認のため、24 時間以内に下記ページからサインインしてください。
http://aws-training-jp.com/verify?case=${C.kentaDup}

AWS トレーニングと認定 事務局`,
  }),
  mk({
    slug: 'ja-ack-stale-honnin-subject',
    kind: 'acknowledgement', lang: 'ja', caseId: C.kentaDup, trap: true,
    note: 'stale subject 「Re: Re: 【要返信】ご本人確認」 from the earlier thread; the body is the receipt of a second (duplicate) case',
    from: NOREPLY, to: KENTA.keep,
    subject: 'Re: Re: 【要返信】ご本人確認',
    date: jst('2026-10-07 10:26:33'), enc: 'sjis8',
    text: `新しいお問い合わせを受け付けました。

ケース ID : ${C.kentaDup}
件名 : Re: Re: 【要返信】ご本人確認
重要度 : 一般的なご質問

担当者より、24 時間以内を目安にご連絡いたします。
すでに同じ内容のケースをお持ちの場合、こちらのケースは不要です。

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-thanks-subject-sjis',
    kind: 'acknowledgement', lang: 'ja', caseId: C.sho, trap: false,
    note: 'a thank-you subject with nothing in it; the body has the shape of a receipt (case number, topic, "we will reply on this case")',
    from: NOREPLY, to: `${SHO.ja} <${SHO.keep}>`,
    subject: 'ご連絡ありがとうございます',
    date: jst('2026-10-20 12:39:58'), enc: 'sjis8',
    text: `このメッセージは自動的に送信されています。

ケース番号: ${C.sho}
件名: 認定アカウントの統合希望
サービス: AWS トレーニングと認定

担当者が確認次第、このケースにご返信いたします。返信が届くまでの目安は 1 から 2 営業日です。

--
${SHO_REQ}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-kaiketsuzumi-subject',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'ticket-style subject 【解決済み】, but the body is the generated self-service suggestion (Merge Accounts tool)',
    from: NOREPLY, to: KENTA.keep,
    subject: '【解決済み】アカウントの統合方法',
    date: jst('2026-10-05 21:02:11'), enc: 'jis7',
    text: `以下は、お問い合わせ内容をもとに自動生成された回答です。

AWS 認定アカウントは、認定ポータルにサインインし、プロフィールメニューの「アカウントの統合」から
ご自身で統合できる場合があります。統合したいもう一方のアカウントのメールアドレスを入力し、
画面の指示に従ってください。

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その場合は
「ケースを作成」からお問い合わせください。

この回答で解決しない場合は、引き続きサポートケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-truncated-generated',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'truncated subject names a generated answer; it explains what happens after a merge (badges, vouchers) but stays ai_answer',
    from: NOREPLY, to: YUMI.keep,
    subject: 'AWS トレーニングと認定: ご質問への回答 (自動生成) - 認定アカウントをマージするには…',
    date: jst('2026-10-12 07:48:20'), enc: 'utf8b64',
    text: `ご質問: 「会社と個人で認定アカウントが分かれてしまった。まとめたい」

回答 (生成 AI による参考情報):
・統合が完了すると、統合元の認定、試験履歴、特典 (次回受験用の 50% 割引など) は統合先に表示されます。
・Credly のデジタルバッジは、統合のあとで改めて受け取り (クレーム) が必要になることがあります。
・どちらのアカウントにも認定がある場合は、セルフサービスの統合ツールではなくサポートへのご依頼が必要です。

この回答はお役に立ちましたか? 役に立たなかった場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-new-reply-notice',
    kind: 'ai_answer', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'notification subject announces a new reply on the case; the body is an AI-generated suggestion with its disclaimer',
    from: NOREPLY, to: MISAKI.keep,
    subject: 'ケース 17871255083: 新しい返信があります',
    date: jst('2026-11-02 23:58:02'), enc: 'jisb64',
    text: `このメッセージは生成 AI によって作成された提案です。担当者からの返信ではありません。

ご相談の内容 (大学のアドレスと個人アドレスの認定アカウント) の場合、次の手順をお試しください。
1. 個人アドレスのアカウントで認定ポータルにサインインする
2. プロフィール > アカウントの統合 を開く
3. 大学のアドレスを入力し、届いた確認メールのリンクを開く

手順どおりに進められない場合は、このケース (${C.misaki}) に返信すると担当者が引き継ぎます。`,
  }),
  mk({
    slug: 'ja-ai-tejun-guide',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'subject "統合手順のご案内" reads like a human reply; the body is the automated self-service pointer',
    from: NOREPLY, to: SHO.keep,
    subject: '統合手順のご案内',
    date: jst('2026-10-20 12:31:44'), enc: 'sjisb64',
    text: `[自動回答]
お問い合わせありがとうございます。よくあるご質問から、関係のありそうな情報をお送りします。

Q. 認定アカウントを 1 つにしたい
A. CertMetrics の「アカウントの統合」機能をお使いください。片方のアカウントにしか認定がない場合、
   数分で完了します。https://www.aws.training/Certification

上記で解決しない場合は、このページに戻り「いいえ」を選択してケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-youhenshin-subject',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'subject 【要返信】ご本人確認 asks for a reply, but the body is an automatic answer that needs no reply',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: KENTA.src,
    subject: '【要返信】ご本人確認',
    date: jst('2026-10-05 20:59:30'), enc: 'utf8qp',
    text: `※本メールへのご返信は不要です。

AI アシスタントからのご提案:
候補者 ID (AWS から始まる番号) が 2 つある場合でも、片方が試験未受験であればセルフサービスで統合できます。
ご本人確認はサインイン時に行われるため、追加の書類は必要ありません。

それでも解決しない場合のみ、「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-forwarded-mixed',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'English subject "Re: Your question" over a Japanese generated answer pointing to the Merge Accounts tool',
    from: NOREPLY, to: YUMI.src,
    subject: 'Re: Your question about AWS Certification',
    date: jst('2026-10-11 22:15:09'), enc: 'jis7',
    text: `自動生成された回答 / Automatically generated answer

プロフィールページの Merge Accounts (アカウントの統合) ツールを使うと、もう一方のアカウントの
認定を現在のアカウントへ移すことができます。ツールが「サポートにお問い合わせください」と表示した場合のみ、
サポートケースが必要です。

Was this helpful? / この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-status-solved-en-tag',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'English status subject "Status: Solved" put on by the form; the body is an AI suggestion, no case exists yet',
    from: NOREPLY, to: MISAKI.src,
    subject: 'Status: Solved',
    date: jst('2026-11-01 19:20:00'), enc: 'utf88bit',
    text: `この回答は生成 AI により自動で作成されました。

卒業などでメールアドレスが使えなくなる前に、認定ポータルのプロフィールで「通知用メールアドレス」を
個人のアドレスに変更しておくことをおすすめします。アカウントを 1 つにまとめたい場合は、
「アカウントの統合」ツールをお試しください。

※問題が解決していない場合は、「ケースを作成」を押して担当者にお問い合わせください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-pending-customer-tag',
    kind: 'info_request', lang: 'ja', caseId: C.kenta, trap: false,
    note: '[Pending customer] prefixed by the ticket system; the body asks for both candidate IDs and e-mails and the account to keep',
    from: FORM_JA, to: KENTA.keep,
    subject: `[Pending customer] ${caseSubj(C.kenta)}`,
    date: jst('2026-10-06 14:22:07'), enc: 'jis7',
    text: `木村様

AWS トレーニングと認定サポートの岡田です。お問い合わせありがとうございます。

統合作業に入る前に、恐れ入りますが以下をお送りいただけますか。
- 2 つのアカウントそれぞれの候補者 ID (AWS で始まる番号)
- それぞれのアカウントにサインインするメールアドレス
- どちらのアカウントを残すか

いただいた内容を確認し、次のご案内をいたします。

岡田
AWS トレーニングと認定 カスタマーサポート

${sfRef('kq7d2')}

${sfJa(`${KENTA.ja} <${KENTA.keep}>`, '2026年10月5日 21:13', FORM_ADDR, 'アカウントの統合')}

${KENTA_REQ}`,
  }),
  mk({
    slug: 'ja-info-youhenshin-portal-only',
    kind: 'info_request', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'subject 【要返信】ご本人確認 carries the request; the body only says to see the support center, so the subject is the news',
    from: FORM_JA, to: YUMI.keep,
    subject: '【要返信】ご本人確認',
    date: jst('2026-10-13 11:05:36'), enc: 'sjis8',
    text: `詳細はサポートセンターでご確認ください。
${caseUrl(C.yumi)}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-stale-uketsuke-subject',
    kind: 'info_request', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'stale subject 「Re: 【受付】…」; the new text asks which account to keep and the other candidate ID',
    from: FORM_JA, to: YUMI.keep,
    subject: `Re: 【受付】AWS トレーニングと認定 ケース ${C.yumi}`,
    date: jst('2026-10-13 16:48:10'), enc: 'jisb64',
    text: `中村様

お世話になっております。サポート担当の西村でございます。
統合の準備として、残していただくアカウント(統合先)のメールアドレスと、もう一方のアカウントの候補者 ID を
お知らせいただけますでしょうか。パートナー経由で作成されたアカウントの場合は、その旨も添えていただけると助かります。

どうぞよろしくお願いいたします。
西村

${gmailJa('2026年10月12日(月) 8:01', YUMI.ja, YUMI.keep)}
${q(YUMI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-voucher-subject-other-matter',
    kind: 'info_request', lang: 'ja', caseId: C.sho, trap: false,
    note: 'subject is about a voucher; the body (same case) asks which account to keep and for the source account\'s exam dates',
    from: FORM_JA, to: SHO.keep,
    subject: 'RE: 試験バウチャーについて',
    date: jst('2026-10-21 10:12:55'), enc: 'utf8qp',
    text: `林様

ケース ${C.sho} の担当、加藤です。

お尋ねのバウチャーは、統合すると統合先のアカウントの「特典」に表示されます。
そのうえで、統合の手続きを進めるために 2 点教えてください。
1) 残すのは ${SHO.keep} のアカウントでよろしいか
2) ${SHO.srcId} 側で受験された試験の名前と受験日 (おおよそで構いません)

お手数ですが、このメールへのご返信でお知らせいただけますと幸いです。

加藤 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-subject-kanryo-question',
    kind: 'info_request', lang: 'ja', caseId: C.sho, trap: true,
    note: 'subject keeps the user\'s question 「統合完了?」; support answers not yet and asks for a screenshot (negated merge + request)',
    from: FORM_JA, to: SHO.keep,
    subject: 'RE: [CASE 1786634410025] 統合完了?',
    date: jst('2026-10-27 09:31:02'), enc: 'jisb64',
    text: `林様

お問い合わせの件、統合はまだ行っておりません。
統合元アカウントの認定通知用メールアドレスと、ご申告のアドレスが一致しないため、確認が止まっております。
統合元アカウントのプロフィール画面 (メールアドレスが見える部分) のスクリーンショットを添付してご返信ください。

加藤

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年10月26日 22:04', FORM_ADDR, 'RE: [CASE 1786634410025] 統合完了?')}

お世話になっております。統合は完了しましたでしょうか。
まだ旧アカウントに資格が表示されています。`,
  }),
  mk({
    slug: 'ja-info-mobile-notice-kakunin',
    kind: 'info_request', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'mobile notification subject; the body asks "ご確認のうえお知らせください" for the keep address and the university ID (information, not consent)',
    from: FORM_JA, to: MISAKI.keep,
    subject: '📩 AWS サポート: ケースに返信があります',
    date: jst('2026-11-04 15:40:27'), enc: 'utf8b64',
    text: `高橋様

ご連絡ありがとうございます。サポートの森です。
統合を行う前に、次の 2 点をご確認のうえお知らせください。
・統合後に残すアカウントのメールアドレス (個人アドレスでよいか)
・大学アドレスのアカウントの候補者 ID

ご返信をいただき次第、次の段階に進みます。

森
ケース ID: ${C.misaki}`,
  }),
  mk({
    slug: 'ja-info-forged-below-credentials',
    kind: 'info_request', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'subject says 最終確認 but the body asks for a password; a dmarc=pass header sits below the server\'s own Received line, so untrusted',
    from: FORM_JA, to: KENTA.keep,
    subject: '【重要】アカウント統合 最終確認',
    date: jst('2026-10-08 02:47:19'), enc: 'utf8qp', auth: 'forgedBelow', trusted: false,
    text: `木村 健太 様

統合処理の最終段階で、アカウントの所有者確認が必要です。
以下の情報を本メールに記入し、48 時間以内にご返信ください。

・統合元アカウントのサインイン用パスワード
・生年月日
・候補者 ID

期限までにご返信がない場合、ケース ${C.kenta} は無効となります。`,
  }),
  mk({
    slug: 'ja-info-truncated-form-subject-team-alias',
    kind: 'info_request', lang: 'ja', caseId: C.yumi, trap: false, forUser: false,
    note: 'truncated form subject; asks for the certification names and dates; sent to the partner company\'s team alias, not to the user',
    from: FORM_JA, to: 'aws-admins@partner.example.jp',
    subject: 'RE:[CASE 178512093364] [AWS Training and Certification Form Submission] - account-assist…',
    date: jst('2026-10-14 13:19:45'), enc: 'jis7',
    text: `ご担当者様

統合元のアカウントはパートナー様の管理下にあるため、こちらのアドレスにもご連絡しております。
統合を進める前に、当該アカウントで取得済みの認定の名称と取得日を教えていただき、
あわせてパートナー管理者としての承諾の有無をお知らせください。

AWS トレーニングと認定 サポート`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-douiyouhenshin-portal',
    kind: 'confirmation_request', lang: 'ja', caseId: C.kenta, trap: false,
    note: 'subject 【要返信】統合のご同意について carries the consent request; the body only points to the case',
    from: FORM_JA, to: KENTA.keep,
    subject: '【要返信】統合のご同意について',
    date: jst('2026-10-09 17:03:48'), enc: 'jis7',
    text: `サポートセンターのケース ${C.kenta} に新しいメッセージがあります。
内容をお読みいただき、ケースからご返信ください。
${caseUrl(C.kenta)}`,
  }),
  mk({
    slug: 'ja-conf-stale-re-re-uketsuke',
    kind: 'confirmation_request', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'stale 「Re: Re: 【受付】…」 subject; the body asks the user to consent to an irreversible merge',
    from: FORM_JA, to: YUMI.keep,
    subject: `Re: Re: 【受付】AWS トレーニングと認定 ケース ${C.yumi}`,
    date: jst('2026-10-15 10:44:12'), enc: 'sjisb64',
    text: `中村様

ご返信ありがとうございます。ご提示の情報で、2 つのアカウントを確認できました。

  統合元: ${YUMI.srcId} (nakamura.yumi@partner.example.jp)
  統合先: ${YUMI.keepId} (${YUMI.keep})

統合後は元の 2 アカウントに戻すことはできません。
この内容で進めてよろしければ、本メールにその旨ご返信ください。

西村

> 残したいのは個人のほうです。もう一方の候補者IDは ${YUMI.srcId} です。`,
  }),
  mk({
    slug: 'ja-conf-taiouchu-subject',
    kind: 'confirmation_request', lang: 'ja', caseId: C.sho, trap: false,
    note: 'ticket-system [対応中] subject; the body lists the two accounts and asks for agreement before merging',
    from: FORM_JA, to: SHO.keep,
    subject: '[対応中] アカウント統合',
    date: jst('2026-10-29 18:20:39'), enc: 'jis7',
    text: `林 翔 様

スクリーンショットのご送付ありがとうございました。確認が取れましたので、以下の内容で統合いたします。

 ${SHO.srcId} (${SHO.src}) → ${SHO.keepId} (${SHO.keep})

一度統合すると取り消しはできません、問題なければ「同意します」とだけご返信ください。
ご返信をいただいてから作業に入ります。

加藤
ケース番号 ${C.sho}`,
  }),
  mk({
    slug: 'ja-conf-exam-resched-subject',
    kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'subject is about rescheduling an exam; the body, on the merge case, asks for consent to merge',
    from: FORM_JA, to: MISAKI.keep,
    subject: 'RE: 受験予約の変更について',
    date: jst('2026-11-06 09:58:21'), enc: 'utf8qp',
    text: `高橋様

受験予約の件とは別に、アカウント統合 (ケース ${C.misaki}) についてご連絡いたします。

大学アドレスのアカウント ${MISAKI.srcId} を、個人アドレスのアカウント ${MISAKI.keepId} へ統合する準備が整いました。
統合は取り消しができない操作のため、進めてよいかご承諾をいただけますか。
ご承諾いただける場合は、このメールにそのままご返信いただければ結構です。

森`,
  }),
  mk({
    slug: 'ja-conf-kaiketsuzumi-tag',
    kind: 'confirmation_request', lang: 'ja', caseId: C.kenta, trap: true,
    note: 'the ticket system prefixed [解決済み]; the new text still asks for consent to the merge',
    from: FORM_JA, to: KENTA.keep,
    subject: `[解決済み] ${caseSubj(C.kenta)}`,
    date: jst('2026-10-09 17:05:02'), enc: 'jisb64',
    text: `木村様

件名が「解決済み」となっておりますが、システムの表示上の誤りです。失礼いたしました。

統合元 ${KENTA.srcId} の認定 3 件を、統合先 ${KENTA.keepId} に移す準備ができております。
この作業は元に戻すことができません。よろしければ、このメールへのご返信でご同意をお知らせください。

岡田
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-truncated-doui-html',
    kind: 'confirmation_request', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'truncated subject and an HTML-only body asking for consent; the consent wording sits after the account IDs',
    from: FORM_JA, to: YUMI.keep,
    subject: '【重要】認定アカウントの統合を実施する前に、以下の内容についてご同意いただく必要がありま…',
    date: jst('2026-10-15 10:46:30'), enc: 'utf8qp',
    html: html(`中村 由美 様

ケース ${C.yumi} について、統合元 ${YUMI.srcId} と統合先 ${YUMI.keepId} を確認いたしました。

統合後は、統合元アカウントでのサインインはできなくなり、元に戻すこともできません。
上記をご理解いただいたうえで、統合の実施にご同意いただけるか、ご返信にてお知らせください。

AWS トレーニングと認定 サポートチーム`),
  }),
  mk({
    slug: 'ja-conf-gmail-thread-sjis',
    kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'subject names the keep account; the new text confirms the IDs and asks the user to reply 「同意します」; Gmail-quoted history below',
    from: FORM_JA, to: MISAKI.keep,
    subject: `Re: 統合先アカウントの件 (ケース番号 ${C.misaki})`,
    date: jst('2026-11-05 14:02:50'), enc: 'sjis8',
    text: `高橋様

情報のご提供ありがとうございます、確認が取れました。
 統合元: ${MISAKI.srcId} / 統合先: ${MISAKI.keepId}
一度統合するとアカウントを分けることはできませんので、この内容で問題なければ「同意します」とご返信ください。

森

${gmailJa('2026年11月4日(水) 21:17', MISAKI.ja, MISAKI.keep)}
> 森様
> 残すのは個人アドレス (${MISAKI.keep}) でお願いします。
> 大学のほうの候補者IDは ${MISAKI.srcId} です。
>
${q(gmailJa('2026年11月4日(水) 15:40', 'AWS トレーニングと認定', FORM_ADDR))}
>> 統合を行う前に、次の 2 点をご確認のうえお知らせください。`,
  }),
  mk({
    slug: 'ja-conf-lookalike-subdomain-trick',
    kind: 'confirmation_request', lang: 'ja', caseId: C.sho, trap: false,
    note: 'asks to click and consent to the merge; From is amazon.com.account-verify.net (not an Amazon domain), so untrusted',
    from: 'AWS トレーニングと認定 <support@amazon.com.account-verify.net>', to: SHO.keep,
    subject: '統合のご同意 (期限: 本日中)',
    date: jst('2026-10-28 01:12:09'), enc: 'utf8b64', trusted: false,
    text: `林 翔 様

ケース ${C.sho} の統合について、ご同意の手続きが完了していません。
下記ボタンから本日中に同意してください。同意がない場合、統合は取り消されます。

[ 統合に同意する ] http://amazon.com.account-verify.net/consent/${C.sho}`,
  }),
  mk({
    slug: 'ja-conf-resent-to-shared-box',
    kind: 'confirmation_request', lang: 'ja', caseId: C.kenta, trap: false, forUser: false,
    note: 'consent request redirected (Resent-*) by the old company\'s mail system to a shared mailbox, so not delivered to the user',
    from: FORM_JA, to: KENTA.src,
    subject: 'RE: アカウントの統合',
    date: jst('2026-10-09 17:04:10'), enc: 'jis7',
    resent: { from: 'postmaster@oldwork.example.co.jp', to: 'retired-accounts@oldwork.example.co.jp', date: jst('2026-10-09 17:04:44') },
    text: `木村様

統合先 ${KENTA.keepId} (${KENTA.keep}) へ、統合元 ${KENTA.srcId} を統合する手はずが整いました。
取り消しのできない作業のため、実施してよいかどうか、ご返信でお知らせください。

岡田 (ケース ${C.kenta})`,
  }),
];
