// Set ag, Japanese messages (part 1: acknowledgement, ai_answer, info_request, confirmation_request).
// Written fresh for this set; Tokyo-desk agents, hand-offs, back-office escalations, Japanese users.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  ja, FORM, FORM_JA, FORM_BARE, NOTIFY, SUPPORT_SUB, formSubj, NAKA, KOBA, FUJI, TAKA, CASE, q, sfBlock, outlookJa, gmailJa, paras,
  NAKA_REQ, KOBA_REQ, FUJI_REQ, TAKA_REQ,
} from './common.js';

const N = NAKA, K = KOBA, F = FUJI, T = TAKA;
const nTo = `${N.ja} <${N.keep}>`;
const kTo = `${K.ja} <${K.keep}>`;
const fTo = `${F.ja} <${F.keep}>`;
const tTo = `${T.ja} <${T.keep}>`;

export const JA1: Msg[] = [
  // ================= acknowledgement =================
  ja({
    slug: 'ja-ack-notify-nakamura',
    kind: 'acknowledgement',
    caseId: CASE.naka,
    note: 'AWS Support notification in ISO-2022-JP: the case was created, reply expected within a day, do not open another case',
    from: NOTIFY,
    to: N.keep,
    subject: `[ケース ID ${CASE.naka}] お問い合わせを承りました`,
    date: d('2026-03-02 01:12:40', '+0000'),
    enc: 'jis7',
    text: `${N.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
下記の内容でサポートケースが作成されました。

ケース ID: ${CASE.naka}
件名: 認定アカウントについて
お問い合わせの種類: AWS トレーニングと認定

担当者より通常 24 時間以内にメールでご連絡します。
同じご依頼で新しいケースを作成されますと、ご回答までにお時間を頂戴する場合がございますので、このケースへの返信にて追加情報をお寄せください。

Amazon Web Services`,
  }),
  ja({
    slug: 'ja-ack-html-table-kobayashi',
    kind: 'acknowledgement',
    caseId: CASE.koba,
    note: 'HTML-only receipt from support.aws.com (DKIM signed by the parent aws.com: aligned), case ID in a table',
    from: SUPPORT_SUB,
    to: K.keep,
    subject: 'ケースを受け付けました',
    date: d('2026-03-05 22:47:03', '+0000'),
    auth: 'dkimParent',
    enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<p>${K.ja} 様</p>
<p>サポートへのご連絡ありがとうございます。以下のとおりケースを登録しました。</p>
<table border="1" cellpadding="4">
<tr><th>ケース ID</th><td>${CASE.koba}</td></tr>
<tr><th>サービス</th><td>AWS Training and Certification</td></tr>
<tr><th>カテゴリ</th><td>アカウント</td></tr>
<tr><th>状態</th><td>未割り当て</td></tr>
</table>
<p>担当者が割り当てられ次第、このメールアドレス宛てにご返信します。</p>
<p style="color:#777">このメールは送信専用アドレスから送信されています。</p>
</body></html>`,
  }),
  ja({
    slug: 'ja-ack-sjis-body-only-fujii',
    kind: 'acknowledgement',
    caseId: CASE.fuji,
    note: 'form receipt in Shift_JIS with a subject that has no ID; the case number appears only in the body',
    from: FORM_JA,
    to: F.keep,
    subject: 'お問い合わせありがとうございます',
    date: d('2026-03-09 10:03:55', '+0900'),
    enc: 'sjis8',
    text: `藤井 様

この度は AWS トレーニングと認定 カスタマーサポートへご連絡いただき、誠にありがとうございます。
お送りいただいた内容は確かに受領いたしました。お問い合わせ番号は ${CASE.fuji} です。

順番に確認しておりますので、担当者からの連絡を今しばらくお待ちください。
なお本メールにお心当たりがない場合は、破棄していただけますようお願いいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'ja-ack-no-ar-takahashi',
    kind: 'acknowledgement',
    caseId: CASE.taka,
    trusted: false,
    auth: 'none',
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    from: FORM,
    to: T.keep,
    subject: formSubj(CASE.taka, ''),
    date: d('2026-03-11 04:20:18', '+0000'),
    enc: 'jisb64',
    text: `高橋 由美 様

お問い合わせを受け付けいたしました(ケース番号 ${CASE.taka})。
担当窓口にて内容を拝見し、1 営業日を目安に折り返しご連絡差し上げます。
今しばらくお待ちくださいませ。

AWS Training and Certification`,
  }),
  ja({
    slug: 'ja-ack-dup-case-mixed',
    kind: 'acknowledgement',
    caseId: CASE.nakaDup,
    note: 'receipt of the second case the user opened by mistake; Japanese lead over an English boilerplate block',
    from: NOTIFY,
    to: N.keep,
    subject: `AWS Support: ケース ${CASE.nakaDup} を作成しました`,
    date: d('2026-03-03 08:41:09', '+0000'),
    enc: 'utf8qp',
    text: `ケースの作成を受け付けました。ケース番号は ${CASE.nakaDup} です。担当より追ってご連絡します。

----
Thank you for contacting AWS Training and Certification. A case has been created
and our team will get back to you by email. Case ID: ${CASE.nakaDup}
Please do not create a duplicate case for the same issue.`,
    html: `<p>ケースの作成を受け付けました。ケース番号は <b>${CASE.nakaDup}</b> です。担当より追ってご連絡します。</p>
<hr>
<p style="font-size:small">Thank you for contacting AWS Training and Certification. A case has been created and our team will get back to you by email. Case ID: ${CASE.nakaDup}<br>Please do not create a duplicate case for the same issue.</p>`,
  }),
  ja({
    slug: 'ja-ack-lists-fields-koba',
    kind: 'acknowledgement',
    caseId: CASE.koba,
    note: 'receipt that echoes what was submitted on the form (name, company, candidate ID); still only a receipt',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.koba, ''),
    date: d('2026-03-06 07:58:31', '+0900'),
    enc: 'jis7',
    text: `このメールはお問い合わせフォームの送信控えです。

■ 受付番号: ${CASE.koba}
■ お名前: Misaki Kobayashi
■ 会社名: (未入力)
■ AWS 候補者 ID: ${K.keepId}
■ お問い合わせ内容:
${KOBA_REQ}

内容を確認のうえ、担当よりご連絡いたします。`,
  }),
  ja({
    slug: 'ja-ack-sjisb64-dkimonly',
    kind: 'acknowledgement',
    caseId: CASE.naka,
    note: 'short receipt, Shift_JIS base64, only an aligned DKIM pass (no DMARC verdict): trusted',
    from: NOTIFY,
    to: N.src,
    subject: `ケース受付のお知らせ [${CASE.naka}]`,
    date: d('2026-03-02 01:15:44', '+0000'),
    auth: 'dkimonly',
    enc: 'sjisb64',
    text: `AWS サポートをご利用いただきありがとうございます。
ケース ${CASE.naka} を受付いたしました。
ご返信はケースの連絡先メールアドレスへお送りします。`,
  }),
  ja({
    slug: 'ja-ack-freemail-display',
    kind: 'acknowledgement',
    caseId: CASE.fuji,
    trusted: false,
    note: 'receipt look-alike: trusted display name on a free-mail address (gmail.com passes DMARC for itself only)',
    from: 'Amazon Web Services サポート <aws.support.desk.jp@gmail.com>',
    to: F.keep,
    subject: `【受付完了】ケース ${CASE.fuji}`,
    date: d('2026-03-09 12:30:00', '+0900'),
    enc: 'utf8b64',
    text: `藤井様

お問い合わせの受付が完了しました。受付番号: ${CASE.fuji}
本人確認のため、下記URLよりサインインをお願いします。
https://aws-training-verify.example-login.net/case/${CASE.fuji}

AWS サポートセンター`,
  }),

  // ================= ai_answer =================
  ja({
    slug: 'ja-ai-merge-tool-profile',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer shown before a case is opened: points to the self-service Merge Accounts tool',
    from: NOTIFY,
    to: N.keep,
    subject: 'AWS トレーニングと認定: 自動回答のご案内',
    date: d('2026-03-02 01:05:12', '+0000'),
    enc: 'jis7',
    text: `この回答は生成 AI によって自動的に作成されたもので、誤りを含む可能性があります。

ご質問: 認定アカウントが2つある

認定アカウントが複数ある場合、多くはご自身で一本化していただけます。
1. 残したい方のアカウントで認定ポータルにサインインします
2. 画面右上のプロフィールから「アカウントのマージ」を開きます
3. もう一方のアカウントのメールアドレスを入力して手順に沿って進めます

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その際は「ケースを作成」からお問い合わせください。`,
  }),
  ja({
    slug: 'ja-ai-explains-after-merge-sjis',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge (badges, voucher): still ai_answer, uses merge/badge words',
    from: NOTIFY,
    to: K.keep,
    subject: '生成AIによる回答: アカウントの統合について',
    date: d('2026-03-05 22:40:10', '+0000'),
    enc: 'sjis8',
    text: `※本回答は AI アシスタントが作成しました。内容は参考情報としてご利用ください。

アカウントの統合を行うと、統合元の試験履歴と認定は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは自動では移らないことがあるため、統合後に統合先のメールアドレスで Credly にサインインし、バッジを受け取ってください。
未使用の 50% 割引特典も統合先に引き継がれます。

ご自身で統合ツールを使えない場合は、このページ下部の「ケースを作成」を選んでください。
この回答は役に立ちましたか? はい / いいえ`,
  }),
  ja({
    slug: 'ja-ai-html-feedback-buttons',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only generated answer with helpful/not helpful buttons; recommends the portal merge tool',
    from: SUPPORT_SUB,
    to: F.keep,
    subject: 'お問い合わせへの回答候補',
    date: d('2026-03-09 00:55:30', '+0000'),
    enc: 'utf8b64',
    html: `<div>
<p><i>Amazon Q による生成回答</i></p>
<p>ご質問ありがとうございます。2 つの AWS 認定アカウントをまとめたい場合は、まず認定ポータルの <b>Merge Accounts</b> 機能をお試しください。統合元に認定が無い場合は数分で完了します。</p>
<p>ツールで「サポートへお問い合わせください」と表示された場合には、お手数ですがケースを作成してください。</p>
<p><a href="https://support.example.invalid/feedback?v=yes">解決した</a> | <a href="https://support.example.invalid/feedback?v=no">解決しなかった</a> | <a href="https://support.example.invalid/create">ケースを作成</a></p>
</div>`,
  }),
  ja({
    slug: 'ja-ai-related-articles-jisb64',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated suggestions of help articles after the form was started; no human, no case yet',
    from: NOTIFY,
    to: T.keep,
    subject: 'ご質問に関連する記事',
    date: d('2026-03-11 04:12:48', '+0000'),
    enc: 'jisb64',
    text: `入力いただいた内容から、次の記事がお役に立つかもしれません。

・認定アカウントを統合する方法
・AWS Builder ID でサインインできない場合
・認定の特典(割引バウチャー)を確認する

記事で解決しない場合は、この画面に戻って「ケースを作成」を押してください。
(このご案内は自動で送信されています)`,
  }),
  ja({
    slug: 'ja-ai-misaligned-dkim',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    auth: 'misaligned',
    note: 'automated answer whose DKIM signature is for a bulk-mail domain and DMARC fails: untrusted',
    from: NOTIFY,
    to: K.keep,
    subject: '自動応答: 認定アカウントのマージ',
    date: d('2026-03-06 01:02:03', '+0000'),
    enc: 'utf8qp',
    text: `こちらは自動応答です。
アカウントのマージは、認定ポータルにサインイン後「プロフィール」→「アカウントの統合」からお客様ご自身で行えます。
手順の途中でエラーになった場合のみ、サポートへご連絡ください。`,
  }),
  ja({
    slug: 'ja-ai-generated-mixed-en-header',
    kind: 'ai_answer',
    caseId: null,
    note: 'English "Generated by AI" banner over Japanese text: language ja, AI suggestion',
    from: FORM,
    to: nTo,
    subject: 'Re: 認定アカウントを一つにしたい',
    date: d('2026-02-28 13:33:27', '+0000'),
    enc: 'utf8qp',
    text: `[Generated by AI - this answer may be inaccurate]

中村様、お問い合わせありがとうございます。
お持ちの2つのアカウントのうち、片方に認定が無ければ、ポータルのマージ機能でそのまま一本化できます。
どちらにも認定がある場合は、下の「Create case」からサポート担当に依頼してください、候補者 ID を2つとも書いていただくとスムーズです。`,
    html: `<p style="background:#eef">[Generated by AI - this answer may be inaccurate]</p>
<p>中村様、お問い合わせありがとうございます。<br>
お持ちの2つのアカウントのうち、片方に認定が無ければ、ポータルのマージ機能でそのまま一本化できます。<br>
どちらにも認定がある場合は、下の「Create case」からサポート担当に依頼してください、候補者 ID を2つとも書いていただくとスムーズです。</p>`,
  }),
  ja({
    slug: 'ja-ai-chat-transcript-sjisb64',
    kind: 'ai_answer',
    caseId: null,
    note: 'chat transcript mailed to the user: only the virtual assistant answered, suggesting the self-service tool',
    from: SUPPORT_SUB,
    to: F.keep,
    subject: 'チャットの記録',
    date: d('2026-03-08 23:20:05', '+0000'),
    enc: 'sjisb64',
    text: `チャットの記録をお送りします。

[08:11] お客様: 会社のアカウントと個人のアカウントをまとめたい
[08:11] バーチャルアシスタント: 承知しました。認定ポータルの「アカウントのマージ」をお使いいただくと、ご自身で統合できます。
[08:12] お客様: 両方に資格があります
[08:12] バーチャルアシスタント: その場合はサポートへのお問い合わせが必要です。お問い合わせフォームから「アカウント関連」を選んでケースを作成してください。
[08:13] チャットが終了しました。`,
  }),

  // ================= info_request =================
  ja({
    slug: 'ja-info-both-ids-which-keep',
    kind: 'info_request',
    caseId: CASE.naka,
    note: 'Tokyo agent asks for both candidate IDs and e-mails and which account to keep (te-form, no bare "please send")',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-03 11:20:41', '+0900'),
    enc: 'jis7',
    text: `中村 健一 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 サポート担当の森田でございます。

アカウントの統合を承るにあたり、両アカウントの候補者 ID とサインイン用メールアドレスを改めて拝見し、どちらを今後お使いになるかも伺えますでしょうか。
お手元で分かる範囲で構いませんので、このメールへのご返信でお寄せいただけますと助かります。

引き続きよろしくお願いいたします。
森田

${sfBlock(N.keep, '2026/03/02 10:12', FORM_BARE, '認定アカウントについて', NAKA_REQ)}`,
  }),
  ja({
    slug: 'ja-info-skillbuilder-notify-addr',
    kind: 'info_request',
    caseId: CASE.koba,
    note: 'asks for Skill Builder and certification-notification addresses with 「ご教示いただけますと幸いです」',
    from: FORM_JA,
    to: kTo,
    subject: formSubj(CASE.koba),
    date: d('2026-03-07 09:42:15', '+0900'),
    enc: 'sjis8',
    text: `小林 様

平素より AWS トレーニングと認定をご利用いただき、ありがとうございます。

統合前の確認として、以下の項目をご教示いただけますと幸いです。
 - 各アカウントでご利用の AWS Skill Builder のメールアドレス
 - 認定に関するお知らせを受け取っているメールアドレス
 - 統合元アカウントで予約中の試験の有無

恐縮ですが、どうぞよろしくお願い申し上げます。
カスタマーサポート 岡本`,
  }),
  ja({
    slug: 'ja-info-gokakunin-address-jisb64',
    kind: 'info_request',
    caseId: CASE.fuji,
    trap: true,
    note: '「ご確認のうえお知らせください」 about which address to keep: a request for information worded with confirmation',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-10 15:08:22', '+0900'),
    enc: 'jisb64',
    text: `藤井 翔 様

ご連絡ありがとうございます。
お送りいただいた ${F.keepId} のほかに、もう一方の候補者 ID が本文から読み取れませんでした。
統合後に残すアカウントのメールアドレスと、もう一方の ID をご確認のうえお知らせください。

AWS トレーニングと認定 サポート 佐々木

${gmailJa('2026年3月9日(月) 9:58', F.ja, F.keep)}
${q(FUJI_REQ)}`,
  }),
  ja({
    slug: 'ja-info-write-from-keep-and-ids',
    kind: 'info_request',
    caseId: CASE.taka,
    note: 'asks the user to write from the kept address AND to include both candidate IDs (so info_request)',
    from: FORM_JA,
    to: T.keep,
    cc: T.src,
    subject: formSubj(CASE.taka),
    date: d('2026-03-12 14:27:09', '+0900'),
    enc: 'utf8qp',
    text: `高橋 様

お問い合わせの件、承知いたしました。
セキュリティ上の理由から、今後残されるアカウントのメールアドレスからこのケースへご返信いただき、その際に両方の候補者 ID(AWS から始まる番号)を記載いただけますでしょうか。

英語でのご連絡でも問題ございませんが、日本語でも対応可能です。

サポート担当 石川

${gmailJa('2026年3月11日(水) 13:05', T.en, T.keep)}
${q(TAKA_REQ)}`,
  }),
  ja({
    slug: 'ja-info-romaji-company-mobile',
    kind: 'info_request',
    caseId: CASE.koba,
    note: 'short request for the name in romaji exactly as on the exam record and the former company name',
    from: FORM_JA,
    to: K.keep,
    subject: formSubj(CASE.koba),
    date: d('2026-03-08 18:02:51', '+0900'),
    enc: 'utf8b64',
    text: `小林様

追加で1点だけ。試験の受験記録に登録されているお名前(ローマ字表記)と、旧アカウントご利用時の会社名を教えていただけますか、照合に使わせていただきます。

岡本`,
  }),
  ja({
    slug: 'ja-info-handoff-pass-dates',
    kind: 'info_request',
    caseId: CASE.naka,
    note: 'agent taking over from a colleague asks for each certification name and pass date',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-04 10:15:33', '+0900'),
    enc: 'jis7',
    text: `中村様

いつもお世話になっております。
前任の森田より本件を引き継ぎました、AWS トレーニングと認定 サポートの川口と申します。

いただいた ID で両アカウントを確認いたしました、統合元の方に複数の認定がございますので、念のため認定名と合格日をそれぞれ書き出していただけますか。
(例: SAA-C03 2024/05/12)

お手数ですがよろしくお願いいたします。
川口`,
  }),
  ja({
    slug: 'ja-info-html-screenshot',
    kind: 'info_request',
    caseId: CASE.fuji,
    note: 'multipart: asks for a screenshot of the certification profile page of the older account',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-11 16:40:00', '+0900'),
    enc: 'utf8qp',
    text: `藤井様

ご返信ありがとうございます。
旧アカウント側にサインインできるとのことでしたので、認定一覧のページ(取得済み認定)の画面を撮影し、本メールに添付してご返送いただけますでしょうか。
画面上の候補者 ID が見える状態でお願いいたします。

佐々木`,
    html: paras(`藤井様

ご返信ありがとうございます。
旧アカウント側にサインインできるとのことでしたので、認定一覧のページ(取得済み認定)の画面を撮影し、本メールに添付してご返送いただけますでしょうか。
画面上の候補者 ID が見える状態でお願いいたします。

佐々木`),
  }),
  ja({
    slug: 'ja-info-forged-below-password',
    kind: 'info_request',
    caseId: CASE.naka,
    trusted: false,
    auth: 'forgedBelow',
    note: 'asks for IDs and the password; its dmarc=pass sits below the receiving server\'s Received line: forged, untrusted',
    from: FORM,
    to: N.keep,
    subject: formSubj(CASE.naka),
    date: d('2026-03-03 19:44:10', '+0900'),
    enc: 'jis7',
    text: `中村様

統合手続きのため、以下を至急ご返信ください。
・統合元アカウントのメールアドレスとパスワード
・候補者 ID
24時間以内にご返信がない場合、認定が失効する可能性がございます。

AWS 認定事務局`,
  }),
  ja({
    slug: 'ja-info-outlook-thread-exam-booking',
    kind: 'info_request',
    caseId: CASE.koba,
    note: 'long Outlook-style Japanese thread; new text asks whether an exam is still booked on the source account',
    from: FORM_JA,
    to: kTo,
    subject: formSubj(CASE.koba),
    date: d('2026-03-09 10:11:12', '+0900'),
    enc: 'sjisb64',
    text: `小林様

ご回答ありがとうございました、頂戴した内容で照合が取れました。
最後にもう1点だけ、統合元(${K.srcId})で現在予約済みの試験があるかどうかを教えてください。
予約が残っていると統合の前に調整が必要になります。

岡本

${outlookJa(`小林 美咲 <${K.keep}>`, '2026年3月8日 21:14', FORM_BARE, formSubj(CASE.koba), `岡本様

お世話になっております。
ご質問の件、以下のとおりです。
Skill Builder: どちらも ${K.keep} です
お知らせ用: ${K.src}
ローマ字: KOBAYASHI MISAKI / 旧会社: Oldfirm株式会社

よろしくお願いします。`)}

${outlookJa(`AWS トレーニングと認定 <${FORM_BARE}>`, '2026年3月8日 18:02', K.keep, formSubj(CASE.koba), '小林様\n\n追加で1点だけ。試験の受験記録に登録されているお名前(ローマ字表記)と、旧アカウントご利用時の会社名を教えていただけますか。')}`,
  }),
  ja({
    slug: 'ja-info-to-colleague-matsumoto',
    kind: 'info_request',
    caseId: CASE.matsu,
    forUser: false,
    deliveredTo: null,
    note: 'info request for a colleague\'s own merge case, addressed only to the colleague: not delivered to the user',
    from: FORM_JA,
    to: '松本 亮 <ryo.matsumoto@fabrik.example.co.jp>',
    subject: formSubj(CASE.matsu),
    date: d('2026-02-21 11:30:45', '+0900'),
    enc: 'jis7',
    text: `松本 亮 様

お問い合わせありがとうございます。
統合を進めるため、統合先と統合元それぞれの候補者 ID を、このメールにご返信ください。

AWS トレーニングと認定 サポート`,
  }),

  // ================= confirmation_request =================
  ja({
    slug: 'ja-conf-cannot-undo-doui',
    kind: 'confirmation_request',
    caseId: CASE.naka,
    note: 'asks the user to reply 「同意します」 since the merge cannot be reversed',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-05 09:30:02', '+0900'),
    enc: 'jis7',
    text: `中村 様

お待たせいたしました。いただいた情報で両アカウントの確認が取れました。

 統合先: ${N.keepId} / ${N.keep}
 統合元: ${N.srcId} / ${N.src}

統合を行うと、統合元のアカウントは利用できなくなり、元の状態に戻すことはできません。
上記で差し支えなければ、本メールに「同意します」とだけご返信ください。ご返信をもって作業に着手いたします。

川口`,
  }),
  ja({
    slug: 'ja-conf-yoroshii-deshouka-sjis',
    kind: 'confirmation_request',
    caseId: CASE.koba,
    note: 'asks whether it is all right to proceed with the listed merge (「進めてよろしいでしょうか」)',
    from: FORM_JA,
    to: kTo,
    subject: formSubj(CASE.koba),
    date: d('2026-03-10 13:47:26', '+0900'),
    enc: 'sjis8',
    text: `小林 様

予約中の試験がないことを確認いたしました。ありがとうございます。
それでは、${K.srcId} の認定と試験履歴を ${K.keepId} へ移し、${K.srcId} 側は閉鎖する形となります。
この操作は取り消しができませんが、上記の内容で進めてよろしいでしょうか。
お手数ですがご意向をご返信ください。

岡本`,
  }),
  ja({
    slug: 'ja-conf-mixed-i-agree-macro',
    kind: 'confirmation_request',
    caseId: CASE.taka,
    note: 'Japanese lead written by the agent over a pasted English consent macro ("reply I agree")',
    from: FORM,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-13 10:02:37', '+0900'),
    enc: 'utf8qp',
    text: `高橋様
以下の英文のとおり、統合への同意をお願いしております。「I agree」または「同意します」のどちらでも結構です。

--
Please review the accounts below. Merging is permanent and cannot be undone.
  Keep: ${T.keepId} (${T.keep})
  Merge and close: ${T.srcId} (${T.src})
If this is correct, reply to this email with "I agree".
--

石川`,
  }),
  ja({
    slug: 'ja-conf-html-only-utf8b64',
    kind: 'confirmation_request',
    caseId: CASE.fuji,
    note: 'HTML-only consent request with the two accounts in a table and a bold irreversibility warning',
    from: FORM_JA,
    to: F.keep,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-12 11:18:49', '+0900'),
    enc: 'utf8b64',
    html: `<div>藤井 翔 様<br><br>
スクリーンショットのご送付ありがとうございました。統合の準備が整いましたのでご意思を伺います。<br>
<table border="1"><tr><td>残るアカウント</td><td>${F.keepId}</td></tr><tr><td>閉じるアカウント</td><td>${F.srcId}</td></tr></table>
<p><b>統合後に元へ戻すことはできません。</b>問題がなければ、「統合に同意します」と本文に書いてご返信ください。</p>
佐々木</div>`,
  }),
  ja({
    slug: 'ja-conf-after-info-gmail-jisb64',
    kind: 'confirmation_request',
    caseId: CASE.naka,
    note: 'new text asks for consent; the quoted user reply (Gmail JP header) carries the details',
    from: FORM_JA,
    to: nTo,
    subject: formSubj(CASE.naka),
    date: d('2026-03-04 17:55:10', '+0900'),
    enc: 'jisb64',
    text: `中村様

早速の書き出しありがとうございます、統合元の認定 3 件すべて確認できました。
この3件を ${N.keepId} 側にまとめてよいか、最終のご判断をお聞かせください。統合後は分け直すことができませんので、念のためお伺いしております。
よろしければ「はい、進めてください」とご返信ください。

川口

${gmailJa('2026年3月4日(水) 12:31', N.ja, N.keep)}
${q(`川口様

SAA-C03 2023/11/02
DVA-C02 2024/06/18
CLF-C02 2022/09/30
以上です。`)}`,
  }),
  ja({
    slug: 'ja-conf-dmarc-fail',
    kind: 'confirmation_request',
    caseId: CASE.koba,
    trusted: false,
    auth: 'fail',
    note: 'consent request shape but SPF softfail and DMARC fail at the receiving server: untrusted',
    from: FORM,
    to: K.keep,
    subject: formSubj(CASE.koba),
    date: d('2026-03-10 02:11:00', '+0900'),
    enc: 'jis7',
    text: `小林様

統合の最終確認です。以下のリンクから同意ボタンを押してください、押されない場合はお手続きが完了いたしません。
https://aws-cert-merge.example-confirm.net/agree?c=${CASE.koba}

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ja-conf-ids-between-words-sjisb64',
    kind: 'confirmation_request',
    caseId: CASE.fuji,
    note: 'identifiers between the words: "AWS… に AWS… の履歴を移す件、実施前にご意思確認"',
    from: FORM_JA,
    to: fTo,
    subject: formSubj(CASE.fuji),
    date: d('2026-03-12 09:03:30', '+0900'),
    enc: 'sjisb64',
    text: `藤井様

${F.keepId} に ${F.srcId} の受験履歴を移す件、実施前に最終のご意思確認をさせてください。
実施すると ${F.srcId} はご利用いただけなくなり、取り消しも承れません。
ご了承いただける場合はその旨ご返信をお願いいたします。

佐々木`,
  }),
  ja({
    slug: 'ja-conf-bottom-posted-8bit',
    kind: 'confirmation_request',
    caseId: CASE.taka,
    note: 'agent bottom-posts below the quoted user mail; UTF-8 8bit; asks for agreement to the irreversible merge',
    from: FORM_JA,
    to: tTo,
    subject: formSubj(CASE.taka),
    date: d('2026-03-13 16:20:14', '+0900'),
    enc: 'utf88bit',
    text: `${gmailJa('2026年3月13日(金) 11:45', T.ja, T.keep)}
> 石川さん
> I send from private mail now. IDs are ${T.keepId} and ${T.srcId}.
> よろしくお願いします。

高橋様

ご返信ありがとうございます、個人アドレスからのご連絡を確認しました。
統合すると ${T.srcId} は閉じられ、元へは戻せません。
このまま進めてよいか、一言ご返信いただけますか。

石川`,
  }),
  ja({
    slug: 'ja-conf-resent-corp-mailbox',
    kind: 'confirmation_request',
    caseId: CASE.naka,
    forUser: false,
    note: 'consent request redirected by the old company\'s mail system (Resent-* headers): not for the user',
    from: FORM_JA,
    to: N.src,
    subject: formSubj(CASE.naka),
    date: d('2026-03-05 09:31:10', '+0900'),
    resent: { from: 'postmaster@fabrik.example.co.jp', to: 'it-helpdesk@fabrik.example.co.jp', date: d('2026-03-05 09:32:02', '+0900') },
    enc: 'jis7',
    text: `中村様

統合の前に最終確認をお願いしております。
統合先 ${N.keepId}、統合元 ${N.srcId} で問題なければ、このメールへご返信ください。統合は取り消しできません。

AWS トレーニングと認定`,
  }),
];
