// Set "ai", Japanese messages, part 2: Kato (closed in error, reopened), automated answers,
// other matters open at the same time, forgeries, mail not delivered to the user.
import { type Msg } from './lib.js';
import {
  C, FORM, FORM_JA, FORM_BARE, NOREPLY, SUPCENTER, CERT, CREDLY_AWS, formSubj, formSubjNew, mk, jst, utc, quote,
  gmailJa, outlookJa, sfJa, fwdJa, sfRef, paras, htmlDoc, htmlWithQuote, who,
  NAKAMURA, KOBAYASHI, ITO, WATANABE, KATO, REQ_KATO, REQ_NAKA,
} from './common.js';

const N = NAKAMURA;
const K = KOBAYASHI;
const I = ITO;
const W = WATANABE;
const D = KATO;

export const JA2: Msg[] = [
  // ---------------- Kato: closed by mistake, reopened ----------------
  mk({
    slug: 'kato-receipt-multi', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.kato1, trap: false,
    note: 'receipt as multipart/alternative in ISO-2022-JP base64',
    from: FORM_JA, to: D.keep, subject: formSubjNew(C.kato1), date: utc('2026-11-02 05:12:44'), enc: 'jisb64',
    text: `加藤 大輔 様

AWS トレーニングと認定サポートにご連絡いただき、ありがとうございます。
ご依頼はケース ${C.kato1} として登録されました。
担当者より順次ご返信いたします。

AWS トレーニングと認定`,
    html: htmlDoc(`<p>加藤 大輔 様</p>
<p>AWS トレーニングと認定サポートにご連絡いただき、ありがとうございます。<br>
ご依頼はケース <b>${C.kato1}</b> として登録されました。<br>
担当者より順次ご返信いたします。</p>
<p>AWS トレーニングと認定</p>`),
  }),
  mk({
    slug: 'kato-missing-id', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.kato1, trap: false,
    note: 'implicit request: kept account ID not found, reply with it',
    from: FORM, to: D.keep, subject: formSubj(C.kato1), date: utc('2026-11-03 02:58:07'), enc: 'utf88bit',
    text: `加藤様

お問い合わせの件、担当の高田が承ります。
拝見したところ、残したいとされている ${D.keepId} は当方のシステムで該当が見当たりませんでした。番号に誤りがないか、認定ポータルのプロフィール画面に表示される候補IDを、本メールへのご返信にてご教示いただけますと幸いです。

高田
${sfRef('7cK2mP')}

${gmailJa('2026年11月2日(月) 14:12', `${D.ja} <${D.keep}>`, REQ_KATO)}`,
  }),
  mk({
    slug: 'kato-closed-wrongly', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.kato1, trap: false,
    note: 'system notice that the case was resolved (later found to be a mistake)',
    from: NOREPLY, to: D.keep, subject: `AWS サポート: ケース ${C.kato1} は解決済みです`, date: utc('2026-11-04 09:30:15'), enc: 'jis7',
    text: `お客様

ケース ${C.kato1} が解決済みとしてマークされました。
このケースに関するご意見がございましたら、サポートセンターからお寄せください。

Amazon Web Services`,
  }),
  mk({
    slug: 'kato-reopened-apology', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.kato1, trap: true,
    note: 'closed in error, reopened, work continues: status only',
    from: FORM, to: D.keep, subject: formSubj(C.kato1), date: utc('2026-11-05 00:55:48'), enc: 'sjis8',
    text: `加藤様

高田です。先日、こちらの操作の誤りにより本ケースがクローズされてしまいました。大変失礼いたしました。
すでにケースは再オープンしておりますので、お手続きはこのまま続けさせていただきます。
いただいた正しい候補IDで、アカウントの確認を進めております。

高田

${outlookJa(`${D.ja} <${D.keep}>`, '2026年11月4日 22:10', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.kato1), `高田様
ケースが解決済みになったと通知が来ましたが、まだ何も進んでいないと思います。
候補IDは ${D.keepId} で合っています(ゼロが二つです)。
加藤`)}`,
  }),
  mk({
    slug: 'kato-consent-iagree', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.kato1, trap: false,
    note: 'consent request with an English reply phrase inside Japanese text',
    from: FORM, to: D.keep, subject: formSubj(C.kato1), date: utc('2026-11-06 04:40:02'), enc: 'utf8qp',
    text: `加藤様

確認が取れました。${D.srcId} の認定を ${D.keepId} にまとめる準備ができております。
統合は取り消せない操作となりますので、内容にお間違いがなければ "I agree" または「同意します」とだけご返信ください。

高田`,
  }),
  mk({
    slug: 'kato-merged-closing', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.kato1, trap: false,
    note: 'merge done; the case will be closed as well (the merge is the new fact)',
    from: FORM, to: D.keep, subject: formSubj(C.kato1), date: utc('2026-11-09 01:33:27'), enc: 'utf8qp',
    text: `加藤様

統合処理を実施いたしました。${D.srcId} に記録されていた認定と受験履歴は、現在 ${D.keepId} で参照いただけます。
本件はこれにてクローズとさせていただきますが、不明点がございましたら本メールにご返信ください。

高田`,
  }),
  mk({
    slug: 'kato-credly-accept', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: "Credly mail: AWS's badge waiting on the kept account",
    from: CREDLY_AWS, to: D.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-11-10 22:14:51'), enc: 'utf8b64',
    text: `加藤 大輔 様

おめでとうございます。AWS Certified Solutions Architect – Professional のバッジが Amazon Web Services Training and Certification から発行されました。

[バッジを入手する] https://www.credly.com/badges/8e21c4d0-77aa-41f0-b3b1-c09d4a5e6f12/accept

このメールは Credly から送信されています。配信停止: https://www.credly.com/unsubscribe`,
  }),
  mk({
    slug: 'kato-pending-customer', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.kato1, trap: false,
    note: 'reminder after closing-in-error episode: will auto-close without reply',
    from: NOREPLY, to: D.keep, subject: `ケース ${C.kato1}: ご返信をお待ちしております`, date: utc('2026-11-06 23:59:58'), enc: 'sjisb64', wholeSubject: true,
    text: `ステータス: お客様の対応待ち

担当者からのメッセージに返信がない状態が続いています。あと5日ご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`,
  }),

  // ---------------- other automated answers ----------------
  mk({
    slug: 'ai-after-merge-explains', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'AI answer that explains what happens once merged; stays ai_answer',
    from: NOREPLY, to: W.keep, subject: 'AI が生成した回答: 認定アカウントの統合について', date: utc('2026-08-03 04:45:10'), enc: 'jis7',
    text: `以下は AI が生成した回答です。

認定アカウントを統合すると、統合元アカウントの認定、受験履歴、特典が統合先アカウントに移り、統合元アカウントは使用できなくなります。
まず認定ポータルの「アカウントのマージ」をお試しください。ツールで統合できない場合は、このページの「ケースを作成」を選択してください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-amazonq-sjis', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'automated assistant suggestion in Shift_JIS base64',
    from: SUPCENTER, to: D.keep, subject: 'お問い合わせへの自動回答', date: utc('2026-11-02 05:06:30'), enc: 'sjisb64', auth: 'dkimonly',
    text: `AWS サポートのバーチャルアシスタントです。

ご質問の内容から、次の手順が役に立つ可能性があります。
1. 認定ポータルにサインインする
2. 右上のメニューから「プロフィール」を開く
3. 「アカウントのマージ」を選び、もう一方のアカウントの情報を入力する

解決しない場合は、担当者によるサポートをリクエストできます。`,
  }),
  mk({
    slug: 'ai-before-reopen', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'automated article suggestions shown while filing again',
    from: NOREPLY, to: N.keep, subject: 'ケースを作成する前に: おすすめの記事', date: utc('2026-09-12 13:18:44'), enc: 'utf8qp',
    text: `新しいケースを作成する前に、以下の記事で解決できるかもしれません(自動選択)。

・AWS 認定: アカウントを統合するには
・認定の特典(バウチャー)が表示されない場合
・Credly バッジを別のメールアドレスで受け取るには

これらで解決しない場合は、そのままケースの作成に進んでください。`,
  }),
  mk({
    slug: 'ai-html-only-jis', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'HTML-only generated answer, ISO-2022-JP',
    from: NOREPLY, to: K.keep, subject: 'AWS サポートからの自動回答', date: utc('2026-10-02 00:37:02'), enc: 'jis7',
    html: htmlDoc(`<div>
<p><b>生成 AI による回答</b></p>
<p>認定アカウントが2つある場合、片方に認定の履歴がなければ、ご自身でアカウントのマージツールを使って統合できます。</p>
<p>両方に履歴がある場合は担当者の対応が必要です。下のボタンからケースを作成してください。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a></p>
</div>`),
  }),
  mk({
    slug: 'ai-mixed-english-links', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'generated answer, Japanese with English article titles',
    from: NOREPLY, to: I.keep, subject: 'Re: 認定アカウントを一つにしたい', date: utc('2026-10-13 23:50:19'), enc: 'utf8b64',
    text: `(自動生成された回答)

ご質問ありがとうございます。関連するヘルプ記事はこちらです。
- "How do I merge my AWS Certification accounts?"
- "Using the Merge Accounts tool"
アカウントのマージツールが使えない場合は、お問い合わせフォームから担当者へご連絡ください。`,
  }),
  mk({
    slug: 'ai-no-auth', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null, trap: false,
    note: 'automated answer arriving with no Authentication-Results at all',
    from: NOREPLY, to: D.keep, subject: '自動応答: AWS 認定のお問い合わせ', date: utc('2026-11-02 05:02:11'), enc: 'sjis8', auth: 'none',
    text: `このメッセージは自動応答です。

AWS 認定アカウントの統合をご希望の場合、まずは認定ポータルのセルフサービス機能をお試しください。
それでも解決しない場合に限り、ケースを作成してください。`,
  }),

  // ---------------- other matters open at the same time ----------------
  mk({
    slug: 'mfa-reset-done', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.mfaJa, trap: true,
    note: 'the MFA sign-in case: reset completed and closing (not a merge case)',
    from: NOREPLY, to: N.keep, subject: `[ケース ${C.mfaJa}] AWS Builder ID にサインインできない(MFA)`, date: utc('2026-09-05 03:12:30'), enc: 'jisb64',
    text: `中村様

AWS Builder ID の多要素認証(MFA)デバイスのリセットが完了しました。次回のサインイン時に新しいデバイスを登録してください。
ご本人確認にご協力いただきありがとうございました。本ケースはこれでクローズいたします。

AWS サポート`,
  }),
  mk({
    slug: 'mfa-receipt', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.mfaJa, trap: true,
    note: 'receipt of the sign-in/MFA case: its topic is stated, so not a merge receipt',
    from: NOREPLY, to: N.keep, subject: `ケース ${C.mfaJa} を受け付けました: サインインの問題`, date: utc('2026-09-03 10:01:48'), enc: 'utf8qp', wholeSubject: true,
    text: `お問い合わせを受け付けました。

ケースID: ${C.mfaJa}
カテゴリ: アカウントとサインイン > MFA デバイスの紛失
担当者からの連絡をお待ちください。

Amazon Web Services`,
  }),
  mk({
    slug: 'refund-closed-ja', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.refundJa, trap: true,
    note: 'exam-fee refund case: refund done, case closed (other matter)',
    from: FORM, to: W.keep, subject: `RE:[CASE ${C.refundJa}] [AWS Training and Certification Form Submission] - exam-refund`, date: utc('2026-08-21 02:02:02'), enc: 'sjis8',
    text: `渡辺様

キャンセルされた試験(8月30日予約分)の受験料の返金手続きが完了しました。カード会社によっては明細への反映に1から2請求サイクルかかります。
ご不明点がなければ、こちらのケースはクローズさせていただきます。

石田`,
  }),
  mk({
    slug: 'pearson-booking-ja', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'exam appointment confirmation from the test vendor',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: I.keep, subject: '試験予約確認: AWS Certified Developer - Associate', date: utc('2026-10-28 08:44:12'), enc: 'utf8b64',
    text: `伊藤 翔 様

以下の内容で試験のご予約が確定しました。

試験: AWS Certified Developer - Associate (DVA-C02)
日時: 2026年11月14日 10:00
会場: オンライン(OnVUE)
確認番号: 492-118-337

予約の変更・キャンセルは試験開始の24時間前まで可能です。`,
  }),
  mk({
    slug: 'survey-ja', kind: 'unrelated', lang: 'ja', trusted: true, caseId: C.koba1, trap: true,
    note: 'satisfaction survey about the case',
    from: 'AWS Support Survey <aws-support-survey@amazon.com>', to: K.keep, subject: 'サポートについてのアンケートにご協力ください', date: utc('2026-10-12 06:30:41'), enc: 'utf8qp',
    text: `ケース ${C.koba1} についてお聞かせください。

問題は解決しましたか?
  はい: https://survey.aws.example/r?c=${C.koba1}&a=1
  いいえ: https://survey.aws.example/r?c=${C.koba1}&a=0

所要時間は1分ほどです。`,
  }),
  mk({
    slug: 'oof-old-company', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.naka1, trap: false,
    note: "old employer's automatic out-of-office reply",
    from: '中村 健一 <kenichi.nakamura@fabrikam.example.co.jp>', to: N.keep, subject: `自動応答: ${formSubj(C.naka1)}`, date: jst('2026-09-02 15:41:00'), enc: 'jis7', auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `本メールは自動応答です。
中村は2026年8月31日付で退職いたしました。
今後のご連絡は営業部 代表アドレス sales@fabrikam.example.co.jp までお願いいたします。`,
  }),
  mk({
    slug: 'own-forward-spouse', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.naka2, trap: true,
    note: "user's own forward of the completion mail to his other address",
    from: who(N, N.keep), to: N.src, subject: `Fwd: ${formSubj(C.naka2)}`, date: jst('2026-09-17 18:22:40'), enc: 'utf8qp', auth: 'none', relay: 'smtp.example.net',
    text: `会社側のアドレスにも控えとして送っておきます。統合終わったらしい。

${fwdJa(FORM, '2026年9月17日(木) 11:48', formSubj(C.naka2), `${N.ja} <${N.keep}>`, `中村様

本日、2つの認定アカウントの統合を実施し、${N.srcId} に紐づいていた認定はすべて ${N.keepId} 側で表示されるようになりました。

岡本`)}`,
  }),
  mk({
    slug: 'summit-register-ja', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'event registration confirmation from AWS marketing',
    from: 'AWS Summit Japan <aws-apac-marketing@amazon.com>', to: I.keep, subject: '【登録完了】AWS Summit Japan 2027 ご登録ありがとうございます', date: utc('2026-11-18 01:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<h2>ご登録が完了しました</h2>
<p>伊藤 翔 様</p>
<p>AWS Summit Japan 2027 へのお申し込みを確認いたしました。受付用の QR コードは開催1週間前にお送りします。</p>
<p>認定者ラウンジのご利用には、AWS 認定アカウントに登録のメールアドレスでのチェックインが必要です。</p>`),
  }),
  mk({
    slug: 'credly-microsoft-ja', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: D.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-11-12 19:20:05'), enc: 'utf8qp',
    text: `加藤 大輔 さん

Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f9a0c6e-1d52-4b8e-9e07-a7c1e2d4f590`,
  }),
  mk({
    slug: 'credly-own-merge-code', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: "Credly's own account-merge verification code",
    from: 'Credly <admin@credly.com>', to: N.keep, subject: 'Credly アカウントの統合を完了してください', date: utc('2026-09-26 03:44:18'), enc: 'utf8b64',
    text: `Credly アカウントの統合リクエストを受け付けました。

統合を完了するには、次の確認コードを入力してください: 604 817

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'exam-result-ja', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'exam result notice from the certification portal',
    from: CERT, to: K.keep, subject: 'AWS 認定試験の結果が確認できます', date: utc('2026-11-20 12:10:09'), enc: 'jis7',
    text: `小林 美咲 様

先日受験された AWS Certified Solutions Architect - Associate の結果が認定ポータルで確認できるようになりました。
スコアレポートはサインイン後の「試験履歴」からご覧いただけます。

AWS 認定`,
  }),
  mk({
    slug: 'colleague-question', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'a colleague asking how the merge went (bottom-posted under the quote)',
    from: '佐々木 亮 <r.sasaki@old-sier.example.co.jp>', to: D.src, subject: 'AWS認定の統合の件', date: jst('2026-11-09 17:55:31'), enc: 'sjis8', auth: 'none', relay: 'mail.old-sier.example.co.jp',
    text: `> 佐々木さん
> 来週、AWS の認定アカウントを個人のほうに統合してもらう予定です。
> 加藤

加藤さん

お疲れさまです。佐々木です。
前に言っていた認定アカウントの統合、無事に完了しましたか?
自分も会社アドレスのアカウントがあるので、サポートにどう問い合わせたか教えてもらえると助かります。
バッジも移してもらえるんでしょうか。`,
  }),

  // ---------------- forgeries and failed authentication ----------------
  mk({
    slug: 'forged-merge-phish', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: C.wata1, trap: false,
    note: 'look-alike domain claims the merge is done and asks to sign in via link',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.co.jp.verify-center.net>', to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-20 10:14:33'), enc: 'utf8b64', auth: 'fail',
    text: `渡辺様

アカウントの統合が完了しました。
統合後のアカウントを有効にするため、48時間以内に下記から再度サインインしてください。
https://aws-training-verify.example.net/login

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'forged-below-consent', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: C.kato1, trap: false,
    note: 'consent request whose only dmarc=pass sits below the server Received line',
    from: FORM, to: D.keep, subject: formSubj(C.kato1), date: utc('2026-11-06 06:02:19'), enc: 'jis7', auth: 'forgedBelow', relay: 'mta.bulk-sender.example',
    text: `加藤様

統合作業に入る前に、同意のご返信をお願いいたします。統合は取り消しできません。
ご返信の際は、両アカウントのパスワードも念のため記載してください。

サポート`,
  }),
  mk({
    slug: 'lookalike-credly-badge', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: null, trap: false,
    note: 'look-alike Credly domain says the AWS badges moved',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notice.jp>', to: N.keep, subject: 'バッジの移行が完了しました', date: utc('2026-09-24 11:30:00'), enc: 'utf8qp', auth: 'fail',
    text: `中村 健一 様

統合に伴い、AWS のバッジ3点を新しいアカウントへ移行しました。
以下のリンクからバッジを受け取ってください。
https://credly-badge-notice.example.jp/accept?id=88120`,
  }),
  mk({
    slug: 'otheronly-info', kind: 'info_request', lang: 'ja', trusted: false, caseId: C.ito1, trap: false,
    note: 'asks for IDs; only a foreign authserv-id vouches for it',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-17 04:11:56'), enc: 'sjisb64', auth: 'otherOnly', relay: 'relay.forwarder.example',
    text: `伊藤様

確認のため、統合元と統合先、それぞれの候補IDと、最後に受験した試験名をお知らせください。

森`,
  }),
  mk({
    slug: 'failthenforged-closed', kind: 'case_closed', lang: 'ja', trusted: false, caseId: C.koba1, trap: false,
    note: 'closing notice: topmost verdict fail, a planted pass further down',
    from: NOREPLY, to: K.keep, subject: `ケース ${C.koba1} はクローズされました`, date: utc('2026-10-11 08:08:08'), enc: 'utf8b64', auth: 'failThenForged', relay: 'smtp.mass-mailer.example',
    text: `お客様

ケース ${C.koba1} はクローズされました。
再開を希望される場合は、72時間以内にこちらのフォームで本人確認を行ってください。
https://aws-case-reopen.example.com/form`,
  }),
  mk({
    slug: 'lookalike-server-status', kind: 'support_reply', lang: 'ja', trusted: false, caseId: C.naka2, trap: false,
    note: 'status update; the A-R header claims a look-alike authserv-id',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-14 02:02:50'), enc: 'jisb64', auth: 'lookalikeServer', relay: 'mx2.mailhub-relay.net',
    text: `中村様

現在、担当チームにて確認を進めております。進捗がございましたらご連絡いたします。

岡本`,
  }),
  mk({
    slug: 'misaligned-receipt', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: '1789920415', trap: false,
    note: 'receipt-shaped mail signed by an unrelated bulk-mail domain, dmarc fail',
    from: FORM_JA, to: K.keep, subject: formSubjNew('1789920415'), date: utc('2026-10-04 13:13:13'), enc: 'utf8qp', auth: 'misaligned', relay: 'o7.sendgrid-bulk-7731.net',
    text: `小林様

お問い合わせを受け付けました。ケース番号 1789920415
担当者より24時間以内にご連絡いたします。`,
  }),
  mk({
    slug: 'freemail-display-name', kind: 'info_request', lang: 'ja', trusted: false, caseId: C.wata1, trap: false,
    note: 'trusted display name on a free-mail address asking for account details',
    from: 'AWS トレーニングと認定 <aws.training.support.jp@gmail.example>', to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-06 09:21:40'), enc: 'jis7', auth: 'none', relay: 'mail-sor-f41.gmail.example',
    text: `渡辺様

統合の前に、両方のアカウントのサインイン用メールアドレスとパスワード、生年月日をご返信ください。

AWS トレーニングと認定`,
  }),

  // ---------------- not delivered to the user ----------------
  mk({
    slug: 'resent-oldcorp-reply', kind: 'support_reply', lang: 'ja', trusted: true, forUser: false, caseId: C.kato1, trap: false,
    note: "redirected by the old employer's mailbox (Resent-*), so not delivered to the user",
    from: FORM, to: D.src, subject: formSubj(C.kato1), date: utc('2026-11-03 08:20:00'), enc: 'sjis8',
    resent: { from: 'postmaster@old-sier.example.co.jp', to: 'it-archive@old-sier.example.co.jp', date: jst('2026-11-03 17:21:04') },
    text: `加藤様

ご連絡ありがとうございます。引き続き確認中ですので、もうしばらくお待ちください。

高田`,
  }),
  mk({
    slug: 'to-team-list', kind: 'info_request', lang: 'ja', trusted: true, forUser: false, caseId: '1788402263', trap: false,
    note: "addressed to a team alias of the old company, not to one of the user's addresses",
    from: FORM, to: 'cloud-team@old-sier.example.co.jp', subject: formSubj('1788402263'), date: utc('2026-11-11 03:03:40'), enc: 'jis7', deliveredTo: 'cloud-team@old-sier.example.co.jp',
    text: `ご担当者様

お問い合わせの件、統合の対象となる2つのアカウントの候補IDと、残したい方のメールアドレスをお知らせください。

AWS トレーニングと認定`,
  }),

  // ---------------- more odd turns ----------------
  mk({
    slug: 'status-wip', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'system status notice: work in progress',
    from: NOREPLY, to: I.keep, subject: `ケース ${C.ito1} のステータス更新`, date: utc('2026-10-16 05:48:02'), enc: 'utf8b64', wholeSubject: true,
    text: `ケース ${C.ito1} のステータスが「対応中」に変更されました。

担当者が調査を進めています。ご対応いただく必要は今のところありません。

Amazon Web Services`,
  }),
  mk({
    slug: 'status-pending-question', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.koba1, trap: false,
    note: 'pending-customer-action notice that carries the agent question (old account name)',
    from: NOREPLY, to: K.keep, subject: `ケース ${C.koba1}: 担当者から返信がありました`, date: utc('2026-10-05 04:27:01'), enc: 'sjis8', wholeSubject: true,
    text: `ステータス: お客様の対応待ち

担当者からのメッセージ:
「大学アドレス側のアカウントに登録されている氏名の表記を教えていただけますか。」

このメールに返信すると、ケースに回答が追加されます。`,
  }),
  mk({
    slug: 'portal-merged-notice', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: "the certification portal's own merged notice, no case ID",
    from: CERT, to: W.keep, subject: 'AWS 認定: アカウントが統合されました', date: utc('2026-08-20 07:41:55'), enc: 'utf8qp',
    text: `渡辺 由美 様

お客様の AWS 認定アカウントは、別のアカウントと統合されました。
今後は ${W.keep} でサインインしてください。認定、特典、受験履歴はこのアカウントにまとめて表示されます。

心当たりがない場合は AWS トレーニングと認定サポートまでご連絡ください。`,
  }),
  mk({
    slug: 'badges-followup-mobile', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'follow-up under a mobile question: the remaining badges have moved',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-26 06:06:45'), enc: 'jis7',
    text: `渡辺様

お待たせしました。残っていた Credly バッジ2点も、個人アドレスの Credly アカウントへ移動が済みました。
これで全てのバッジが同じアカウントに揃っております。

石田

> バッジがまだ一つしか出てきません
> 確認お願いできますか
>
> 渡辺
> Sent from my Android`,
  }),
  mk({
    slug: 'naka2-ask-notify-again', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.naka2, trap: false,
    note: 're-filed case asks again for the notification address already given on the old case; no request word',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-14 00:21:15'), enc: 'utf88bit',
    text: `中村様

重ねてのお願いで恐縮です、前回のケース ${C.naka1} でいただいた認定通知用のメールアドレスが、統合元と統合先で同じ ${N.keep} になっておりました、統合元アカウント側で設定されている通知用アドレスを本メールに書き添えてご返信いただければ、そのまま手続きを進めます。

岡本`,
  }),
  mk({
    slug: 'escalated-again-typo', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'voucher issue escalated a second time, typos included',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-25 02:50:19'), enc: 'utf8qp',
    text: `渡辺様

度々ご不便をおかけしております、石田です、
バウチャーの件、担当部署でも解決できなかたため、さらに上位のチームにエスカレーションしました、
おそらく数日かかりますので、いましばらくおまちください。

石田`,
  }),
  mk({
    slug: 'closed-after-partial', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'no reply after badge move; case closing in 3 days',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-29 02:11:11'), enc: 'sjis8',
    text: `伊藤様

その後いかがでしょうか。
特にご返信がなければ、3日後に本ケースを自動的に終了させていただきます。

森`,
  }),
];
