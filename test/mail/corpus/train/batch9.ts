// Batch 9: styles the corpus did not have yet. Japanese keigo/plain variants (ご教示, ご提示いただきたく存じます,
// ご返送くださいませ, お知らせ願います, 必要がございます, いただけますよう), 名寄せ/紐付け/併合/集約/反映, full-width
// IDs, typos and kana variants; Indian/UK/US agent English ("Kindly", "We would require", "revert",
// "Please respond with YES", "simply reply"); receipts that echo the submitted fields, duplicate-case
// merges, closing notices that restate, forwarded Credly-team notes, forgeries and Resent-* copies.
import {
  ackSubject,
  AWS_NOREPLY,
  CREDLY_AWS,
  gmailEn,
  gmailJa,
  outlookEn,
  outlookJa,
  quote,
  rfcDate,
  sfRef,
  type Spec,
  SUPPORT,
  SUPPORT_NAMED,
  supportSubject,
} from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const H = 'hanako.sato@example.jp';
const HO = 'hanako@oldcorp.example.com';
const A = 'alex.kim@example.com';
const AW = 'a.kim@work.example.net';
const P = 'priya.n@example.org';
const M = 'maria.garcia@example.es';
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';

// Case IDs of this batch (10-13 digits).
const R1 = '1790045612378'; // 山田 (小林)
const R2 = '179112233445'; // 佐藤 (松本/清水)
const R3 = '17920456789'; // 山田 corp (吉田/森)
const R4 = '1793307788'; // Priya (Rahul)
const R5 = '1794412345600'; // Alex (Kevin)
const R6 = '179550066771'; // Maria (Siobhan)
const R7 = '1796601234567'; // 佐藤, duplicate case of R2
const R8 = '179770011223'; // 山田 (井上)
const R9 = '17988123450'; // 山田 (木村)
const R10 = '1799900112233'; // 佐藤 (林, casual)
const R12 = '1790123400567'; // 佐藤 old address (池田)
const R13 = '179300700800'; // 山田 (橋本)
const R14 = '1795050505050'; // 佐藤 (石川)
const R15 = '1791112223334'; // someone else's case
const R16 = '179808080808'; // 山田 corp (山口)
const R17 = '1792024202420'; // Priya second case
const R18 = '1798765432101'; // Priya third case (no reply)

/** The case tool's history block as it appears in Japanese replies. */
function sfJa(at: Date, from: string, subject: string): string {
  const l = new Date(at.getTime() + 9 * 3600000);
  return `--------------- 元のメッセージ ---------------\n差出人: [${from}]\n送信日時: ${l.getUTCFullYear()}/${l.getUTCMonth() + 1}/${l.getUTCDate()} ${l.getUTCHours()}:${String(l.getUTCMinutes()).padStart(2, '0')}\n宛先: ${SUPPORT}\n件名: ${subject}`;
}
/** Gmail's forwarded-message block (the Japanese UI keeps the English separator, dates in Japanese). */
function fwdJa(at: Date, from: string, to: string, subject: string): string {
  const l = new Date(at.getTime() + 9 * 3600000);
  const dow = ['日', '月', '火', '水', '木', '金', '土'][l.getUTCDay()];
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月${l.getUTCDate()}日(${dow}) ${l.getUTCHours()}:${String(l.getUTCMinutes()).padStart(2, '0')}\nSubject: ${subject}\nTo: ${to}`;
}

export const batch9: Spec[] = [
  // ---------- acknowledgement ----------
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'jidou-soushin-meyasu-b64', caseId: R1, cte: 'base64',
    note: '※本メールは自動送信 / ■回答までの目安 / 重複したケースを作成しないで (ISO-2022-JP base64)',
    from: SUPPORT_NAMED, to: T, subject: `【AWS トレーニングと認定】お問い合わせ受付のお知らせ（ケース ID: ${R1}）`,
    date: rfcDate(d('2026-01-05T00:14:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
    text: `※本メールは自動送信されています。

山田 太郎 様

AWS トレーニングと認定 カスタマーサポートでございます。
お問い合わせいただき、誠にありがとうございます。

ケース ID：${R1}
受付日時：2026年1月5日 9:14（日本時間）

■回答までの目安
ご返信までに 1〜2 営業日ほどお時間をいただいております。
土日祝日および年末年始は、翌営業日以降の対応となります。

■ご注意
重複したケースを作成しないでください。同じ内容で複数のケースを作成されますと、
ご回答までにかえってお時間を要する場合がございます。
追加でお伝えになりたいことがございましたら、本メールにそのままご返信ください。

${SIG_JA}
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'nyuuryoku-naiyou-douishimasu-sjis-qp', caseId: R3, trap: true, charset: 'Shift_JIS', cte: 'quoted-printable',
    note: '受付通知が入力内容 (「統合してください。統合に同意します」) を控えとして列挙; 件名に番号なし、本文のみ',
    from: SUPPORT_NAMED, to: TC, subject: 'お問い合わせありがとうございます - AWS トレーニングと認定',
    date: rfcDate(d('2026-01-06T02:40:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `山田 太郎 様

AWS トレーニングと認定へのお問い合わせを、以下の内容で受け付けました。
担当者が内容を確認し、順次ご連絡いたします。

お問い合わせ番号: ${R3}

■ご入力いただいた内容
お名前: 山田 太郎
会社名: 株式会社サンプル
AWS 候補者 ID: AWS07654321
お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合
詳細: 会社のアカウント (AWS07654321) を個人のアカウント (AWS01234567) に統合してください。統合に同意します。

内容に誤りがある場合は、このメールにご返信のうえご指摘ください。

${SIG_JA}
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'zenkaku-case-id-honbun', caseId: R8,
    note: '本文のケース ID は全角数字 (件名は半角); 「重複したケースを作成しないでくださいますよう」',
    from: SUPPORT_NAMED, to: T, subject: ackSubject(R8),
    date: rfcDate(d('2026-01-07T05:02:00Z'), '+0900'), headers: ['Auto-Submitted: auto-replied'],
    text: `お客様各位

この度はＡＷＳトレーニングと認定サポートセンターへご連絡いただき、ありがとうございます。
お問い合わせを受け付け、ケースＩＤ：１７９７７００１１２２３ を発行いたしました。

担当者からの回答までの目安は、通常２４時間以内（営業日）でございます。
恐れ入りますが、同一のご用件で重複したケースを作成しないでくださいますよう、お願いいたします。
ケースが重複いたしますと、ご回答が遅れる原因となります。

本メールは送信専用アドレスから自動でお送りしております。
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'html-table-uketamawari', caseId: R2, format: 'html', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'HTML のみの受付通知 (表組み、UTF-8 QP): 「お問い合わせを承りました」「通常2営業日以内」',
    from: SUPPORT_NAMED, to: H, subject: `お問い合わせを承りました [ケース番号 ${R2}]`,
    date: rfcDate(d('2026-01-06T23:30:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>佐藤 花子 様</p>
<p>AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、ありがとうございます。<br>以下のとおりお問い合わせを承りました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>${R2}</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">カテゴリ</th><td>アカウントに関するお手続き</td></tr>
<tr><th align="left">ご回答の目安</th><td>通常2営業日以内</td></tr>
</table>
<p>ご返信をお待ちいただく間に同じ内容のお問い合わせを再度お送りいただく必要はございません。</p>
<p style="color:#888;font-size:11px">このメールはシステムより自動送信されています。</p>
</body></html>`,
    text: `ケース番号 ${R2} お問い合わせを承りました 通常2営業日以内`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'support-center-case-sakusei-saisou', caseId: R7,
    note: 'サポートセンター形式の「ケースが作成されました」(同じ依頼の 2 件目のケース); 重要度・ステータス・回答目安',
    from: AWS_NOREPLY, to: H, subject: `AWS サポート: ケース ${R7} が作成されました`,
    date: rfcDate(d('2026-01-08T01:10:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `佐藤 花子 様

新しいサポートケースが作成されました。

ケース ID: ${R7}
件名: 認定アカウントの統合について (再送)
重要度: 一般的な質問
ステータス: 未割り当て

回答までの目安: 24 時間以内

ケースの詳細の表示や返信は、サポートセンターから行えます。
同じ内容のケースがすでにある場合、新しいケースを作成すると対応が遅れることがあります。

Amazon Web Services
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'otoiawase-uketsuke-kana-hyouki-eigo', caseId: R9, format: 'alt',
    note: 'かな表記の揺れ (お問合せ / 受付け) + 英語の定型文; multipart ISO-2022-JP',
    from: SUPPORT_NAMED, to: TC, subject: `[CASE ${R9}] お問合せ受付けのご連絡 / We received your inquiry`,
    date: rfcDate(d('2026-01-08T06:20:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `山田様

お問合せを受付けいたしました。担当者より追ってご連絡さしあげます。
回答までの目安：1〜3営業日

ケース番号：${R9}

------------------------------------------------------------
This is an automated message. A support representative will contact you shortly.
Please do not create a duplicate case for the same issue.
------------------------------------------------------------
AWS Training and Certification
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'jidou-soushin-uketsuke-kanryou-b64', caseId: R10, charset: 'UTF-8', cte: 'base64',
    note: '件名【自動送信】受付完了; 箇条書きで回答目安・返信で追加・再送信はお控えください (UTF-8 base64)',
    from: SUPPORT_NAMED, to: H, subject: `【自動送信】受付完了のお知らせ（${R10}）`,
    date: rfcDate(d('2026-01-09T12:45:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お問い合わせありがとうございます。
受付番号 ${R10} にて承りました。

・回答の目安：2営業日以内
・追加の情報は、本メールへの返信でお送りいただけます
・同一内容での再送信はお控えください

AWS トレーニングと認定
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'greetings-raised-ticket-indian', caseId: R4,
    note: 'Indian English receipt: "Greetings", "a case has been raised", "kindly do not raise a duplicate ticket"',
    from: SUPPORT_NAMED, to: P, subject: ackSubject(R4),
    date: rfcDate(d('2026-01-05T06:30:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Dear Customer,

Greetings from AWS Training and Certification!

We have received your query and a case has been raised with reference number ${R4}.
One of our executives will get back to you within 24-48 business hours.

Kindly do not raise a duplicate ticket for the same query as this may delay the resolution.
For any further updates, kindly reply on this same email thread.

Thanks & Regards,
AWS Training and Certification Support Team
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'dotted-summary-i-confirm-echo', caseId: R5, trap: true,
    note: 'receipt with a status line and a dotted copy of the form, echoing "Account to merge" and "I confirm"; no request',
    from: 'AWS Support <no-reply@support.aws.com>', to: A, subject: `Case ${R5} received: Merge request`,
    date: rfcDate(d('2026-01-06T16:05:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Case ID: ${R5} | Status: Unassigned | Expected first response: 24-48 hours

Hi Alex,

Thanks for reaching out. Here's a copy of what you submitted:

  Request type ........ Account merge
  Account to keep ..... ${A} (AWS20481632)
  Account to merge .... ${AW} (AWS20117745)
  Confirmation ........ "I confirm both accounts are mine"

No action is needed from you right now. Replies to this email are added to your case.
Opening a second case for the same request will not speed things up.

- AWS Support
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'uk-logged-enquiry-working-days', caseId: R6, format: 'alt',
    note: 'UK English receipt: "logged your enquiry", "two working days", "no need to log a new case or to chase us"',
    from: SUPPORT_NAMED, to: M, subject: `[CASE ${R6}] Thank you for contacting AWS Training and Certification`,
    date: rfcDate(d('2026-01-07T09:15:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello Maria,

Thank you for getting in touch with AWS Training and Certification. We've logged your enquiry
under case reference ${R6}.

We aim to respond within two working days. There's no need to log a new case or to chase us in
the meantime; doing so may actually slow things down. If you'd like to add anything, just reply
to this email and keep the case reference in the subject line.

Kind regards,
AWS Training and Certification Customer Support
`,
  },
  // ---------- ai_answer ----------
  {
    kind: 'ai_answer', lang: 'ja', slug: 'ai-nayose-kanryou-suru-to', caseId: null, trap: true,
    note: '生成 AI の回答: 名寄せ (統合) の一般的な手順、「統合が完了すると」は一般論',
    from: AWS_NOREPLY, to: TC, subject: 'AI による回答: 認定アカウントの名寄せについて',
    date: rfcDate(d('2026-01-04T23:50:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `この回答は生成 AI を使用して作成されており、内容が正確でない可能性があります。

ご質問: 「転職前の会社のメールで登録した認定アカウントを、個人のアカウントに名寄せしたい」

回答:
認定アカウントの名寄せ（統合）は、残したい方のアカウントにサインインし、［プロフィール］から
［アカウントのマージ］を選んで手続きできます。統合が完了すると、統合元のアカウントには
サインインできなくなり、認定資格や特典は統合先に表示されるようになります。
なお、両方のアカウントに試験の履歴がある場合はこの機能を利用できないため、
「ケースを作成」からサポートへお問い合わせください。

この回答は役に立ちましたか?　[はい]　[いいえ]
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'amazon-q-himozuke-kaiketsu-sjis-b64', caseId: null, trap: true, charset: 'Shift_JIS', cte: 'base64',
    note: 'Amazon Q の自動回答 (Shift_JIS base64): 紐付け変更・一本化の案内、「問題は解決しましたか?」',
    from: AWS_NOREPLY, to: T, subject: 'Amazon Q からの回答 - AWS トレーニングと認定',
    date: rfcDate(d('2026-01-05T03:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `Amazon Q が、お客様のご質問に自動でお答えしています。

認定アカウントとメールアドレスの紐付けを変更したい場合、次の 2 通りの方法がございます。
1. 認定アカウントのプロフィールで、通知先のメールアドレスを変更する
2. 別のアカウントと一本化したい場合は、セルフサービスの「アカウントのマージ」を使う

この回答で問題は解決しましたか?
解決しない場合は「サポートに問い合わせる」を選び、ケースを作成してください。
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'faq-jidou-annai-html-buttons', caseId: null, format: 'html', charset: 'UTF-8', cte: 'base64',
    note: 'HTML のみ: よくあるご質問の自動案内 (リンク一覧 + 「ケースを作成する」ボタン)',
    from: AWS_NOREPLY, to: H, subject: 'よくあるご質問からのご案内（自動回答）',
    date: rfcDate(d('2026-01-06T22:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>佐藤 花子 様</p>
<p>お問い合わせ内容に近い「よくあるご質問」を、自動でご案内しています。</p>
<ol>
<li><a href="https://aws.amazon.com/jp/certification/faqs/#merge">2 つの認定アカウントをまとめるには?</a></li>
<li><a href="https://aws.amazon.com/jp/certification/faqs/#email">認定アカウントのメールアドレスを変更するには?</a></li>
<li><a href="https://aws.amazon.com/jp/certification/faqs/#credly">Credly のバッジが届かない場合は?</a></li>
</ol>
<p>この情報で解決しない場合は、下のボタンからサポート担当者へお問い合わせいただけます。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">ケースを作成する</a></p>
</body></html>`,
    text: 'よくあるご質問を、自動でご案内しています。ケースを作成する',
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'ai-credly-saihakkou-ippanron-qp', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'AI の自動応答が「統合後、バッジは再発行されるのが一般的」と説明 (報告ではない)',
    from: AWS_NOREPLY, to: T, subject: 'Re: Credly のバッジについて (自動応答)',
    date: rfcDate(d('2026-01-10T04:30:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `ご質問ありがとうございます。以下は AI アシスタントによる自動応答です。

認定アカウントの統合後、Credly のデジタルバッジは統合先のメールアドレス宛てに再発行されるのが一般的です。
再発行されると Credly からメールが届きますので、「バッジを入手する」を押して受け取ってください。
統合前に受け取ったバッジが古いメールアドレスの Credly アカウントに残る場合は、
Credly 側のアカウント統合機能もあわせてご利用ください。

この自動応答で解決しない場合は、担当者へのお問い合わせをご検討ください。
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'chatbot-log-time-stamps', caseId: null,
    note: '自動アシスタントとのチャットのログ (時刻付きの発言); セルフサービス不可ならケース作成を案内',
    from: AWS_NOREPLY, to: T, subject: 'チャットの内容（AWS トレーニングと認定 自動アシスタント）',
    date: rfcDate(d('2026-01-04T01:05:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `本メールは、自動アシスタントとのチャットの内容をお送りするものです。

[10:02] お客様: アカウントを2つ持っていて、まとめたいです
[10:02] アシスタント: 認定アカウントの統合についてですね。残したいアカウントでサインインして、プロフィールの「アカウントのマージ」を開き、もう一方のアカウントの情報を入力してください。
[10:03] お客様: 両方に試験履歴があるとエラーになりました
[10:03] アシスタント: その場合はセルフサービスでは統合できないため、サポートへのお問い合わせが必要です。「ケースを作成」からご連絡ください。
[10:04] チャットを終了しました
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'generated-bullets-transcript-reflects', caseId: null, trap: true,
    note: 'AI answer: "once the merge completes, your transcript reflects"; badges "re-issued" - generic, bullets',
    from: AWS_NOREPLY, to: A, subject: 'Your question about combining certification accounts',
    date: rfcDate(d('2026-01-05T19:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Hi Alex,

This response was generated by AI and may contain errors.

Based on your question, here's what usually happens:
* Sign in to the account you want to keep and open Merge Accounts under your profile.
* Once the merge completes, your transcript reflects the exam history of both accounts.
* Credly badges are typically re-issued to your primary email after the accounts are combined.

Still stuck? Choose "Contact support" to open a case with an agent.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'virtual-assistant-reply-agent', caseId: null,
    note: 'terse UK-worded virtual assistant: one suggested article, reply "agent" for a person',
    from: AWS_NOREPLY, to: M, subject: 'Suggested answer for your enquiry',
    date: rfcDate(d('2026-01-06T10:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'], lf: true,
    text: `Hello,

Our virtual assistant has suggested the article below, based on your enquiry.

  How do I merge two AWS Certification accounts?
  https://aws.amazon.com/certification/faqs/

If this doesn't help, reply "agent" and we'll pass your enquiry to a member of the team.

AWS Training and Certification (automated)
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'kb-answer-request-closed-automatically', caseId: null, trap: true, format: 'alt', charset: 'UTF-8',
    note: 'automated KB answer: "your request will be closed automatically" if it helped - not a case closing',
    from: AWS_NOREPLY, to: P, subject: 'Automated answer: Merging certification profiles',
    date: rfcDate(d('2026-01-04T05:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello Priya,

The following answer was generated automatically from AWS Training and Certification knowledge articles.

You can combine two certification profiles using the Merge Accounts option on the profile page of the
profile you want to keep. If both profiles contain exam history, the tool can't be used and a support
agent must help.

If this answered your question, no further action is needed and your request will be closed
automatically. If not, select "I still need help" to create a case.
`,
  },
  // ---------- info_request ----------
  {
    kind: 'info_request', lang: 'ja', slug: 'nayose-gokyouji-itadakemasu', caseId: R1,
    note: '名寄せ; ID とメールと日付が挟まり「統合の対象…ご教示いただけますでしょうか」; Gmail 日本語引用',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-06T02:30:00Z'), '+0900'),
    text: `山田 太郎 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林と申します。

この度は認定アカウントの名寄せについてお問い合わせいただき、ありがとうございます。
ご記載の AWS07654321（${TC}）につきまして、2021年7月ごろに作成された別のアカウントも見つかりました。
お手数をおかけいたしますが、統合の対象がどちらのアカウントであるか、また統合後にお使いになるメールアドレスを
ご教示いただけますでしょうか。

何卒よろしくお願い申し上げます。

${SIG_JA}
小林

${gmailJa(d('2026-01-05T00:10:00Z'), `山田 太郎 <${T}>`)}
${quote(`会社で使っていた認定アカウント (AWS07654321) を、個人のアカウントにまとめたいです。
よろしくお願いいたします。`)}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'goteiji-itadakitaku-zonjimasu-sf', caseId: R3,
    note: '併合の本人確認: 直近の試験名・受験日・会場を「ご提示いただきたく存じます」; 元のメッセージブロックと ref',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(R3), date: rfcDate(d('2026-01-07T01:30:00Z'), '+0900'),
    text: `山田様

AWS トレーニングと認定の吉田でございます。

ご依頼いただきました併合の件、本人確認のため、統合元アカウントで受験された試験のうち直近のもの 1 件につき、
試験名、受験日、試験会場（またはオンライン監督）をご提示いただきたく存じます。
あわせて、統合元アカウントにご登録の生年月日もお知らせいただけましたら幸いです。

${SIG_JA}
吉田

${sfJa(d('2026-01-06T02:38:00Z'), TC, '[AWS Training and Certification Form Submission] - account-assistance')}

会社のアカウント (AWS07654321) を個人のアカウント (AWS01234567) に統合してください。

${sfRef(901)}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'youshiki-gohensou-kudasaimase-qp', caseId: R2, charset: 'UTF-8', cte: 'quoted-printable',
    note: '一本化に必要な情報を「下記の様式にご記入のうえ…ご返送くださいませ」(罫線つきの空欄様式)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R2), date: rfcDate(d('2026-01-08T00:40:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定 カスタマーサポートの松本でございます。

一本化のお手続きに必要な情報を、下記の様式にご記入のうえ、本メールにてご返送くださいませ。

━━━━━━━━━━━━━━━━━━━━
【残すアカウント】
　候補者 ID：
　サインイン用メールアドレス：
【統合するアカウント】
　候補者 ID：
　サインイン用メールアドレス：
【お名前（ローマ字、認定証の表記どおり）】：
━━━━━━━━━━━━━━━━━━━━

ご不明な点がございましたら、お気軽にお申し付けください。

${SIG_JA}
松本
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'gokakunin-no-ue-oshirase-negaimasu', caseId: R8, trap: true,
    note: '「ご確認のうえお知らせ願います」: 通知先アドレスの選択を尋ねる情報依頼 (統合の同意ではない)',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R8), date: rfcDate(d('2026-01-08T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

AWS トレーニングと認定の井上でございます。
統合後の通知先となるメールアドレスについて、${T} と ${TC} のいずれをご希望か、ご確認のうえお知らせ願います。
なお、退職等で今後受信できなくなるアドレスはお選びいただけませんのでご注意ください。

${SIG_JA}
井上
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'hitsuyou-ga-gozaimasu-nokosu-address', caseId: R9,
    note: '「〜をお送りいただく必要がございます」+ 残す方のアドレスから ID とアドレスを送るよう依頼; Outlook 日本語引用',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(R9), date: rfcDate(d('2026-01-09T02:00:00Z'), '+0900'),
    text: `山田様

木村です。
統合を進めるにあたり、両アカウントの候補者 ID とサインイン用メールアドレスを、統合先として残されるアカウントのメールアドレスからお送りいただく必要がございます。
現在のご連絡は統合元のアドレスからとなっておりますため、お手数ですが残される方のアドレスから改めてご返信いただけますか。

${SIG_JA}
木村

${outlookJa(d('2026-01-08T09:00:00Z'), `山田 太郎 <${TC}>`, SUPPORT, `[CASE ${R9}] お問合せ受付けのご連絡 / We received your inquiry`)}

統合の件、よろしくお願いします。山田
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'futsuutai-henshin-shite-kudasai-8bit', caseId: R10, charset: 'UTF-8', cte: '8bit',
    note: '常体寄りのくだけた依頼「以下を返信してください」(UTF-8 8bit)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R10), date: rfcDate(d('2026-01-10T05:00:00Z'), '+0900'),
    text: `佐藤さん

林です。確認したいので、以下を返信してください。
・旧姓で作ったほうのアカウントのメールアドレス
・そのアカウントで最後に受けた試験の名前

よろしくお願いします。
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'zenkaku-itadakemasu-you-sjis', caseId: R2, charset: 'Shift_JIS', cte: '8bit',
    note: '全角英数字の本文 (ＡＷＳ候補者ＩＤ); 集約のご依頼、「お知らせいただけますよう、お願い申し上げます」(Shift_JIS 8bit)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R2), date: rfcDate(d('2026-01-08T07:00:00Z'), '+0900'),
    text: `佐藤　花子　様

いつも大変お世話になっております。ＡＷＳトレーニングと認定　カスタマーサポートの清水でございます。

お問い合わせの集約のご依頼につきまして、対象アカウントを特定するため、ＡＷＳ候補者ＩＤ（ＡＷＳ＋数字８桁）を２つともお知らせいただけますよう、お願い申し上げます。
候補者ＩＤは、認定アカウントにサインイン後、［マイプロフィール］→［識別情報］にてご確認いただけます。

清水
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'goji-okyoe-itadakemasuka-qp', caseId: R1, charset: 'UTF-8', cte: 'quoted-printable',
    note: '誤字 (「アカウンの」) と表記揺れ (頂けますか/お掛け/為); メールアドレスと候補者 ID、名前の表記を尋ねる',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-06T08:20:00Z'), '+0900'),
    text: `山田 太郎 様

お世話になっております、AWS トレーニングと認定の山口です。

お手数お掛けしますが、統合先のアカウンのメールアドレスと、統合元のアカウントの候補者IDをお教え頂けますか。
また、お名前のローマ字表記が2つのアカウントで異なっている(Taro / Tarou)為、どちらの表記に揃えるかも併せてご連絡頂けますと助かります。

宜しくお願い致します。
山口
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'hikitsugisaki-dochira-top-post', caseId: R3, trap: true,
    note: 'Outlook 日本語引用の上に書いた返信: 引き継ぎ先はどちらか、「今一度ご確認のうえ…お知らせいただけますでしょうか」',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(R3), date: rfcDate(d('2026-01-09T04:10:00Z'), '+0900'),
    text: `山田様

森でございます。ご返信ありがとうございます。
恐れ入りますが、認定資格の引き継ぎ先とされるのは AWS01234567 と AWS01234999 のどちらでしょうか。
ご提供いただいた ID のうち AWS01234999 は別のお名前で登録されておりましたので、お手数ですが今一度ご確認のうえ、
正しい候補者 ID をお知らせいただけますでしょうか。

${SIG_JA}
森

${outlookJa(d('2026-01-08T12:00:00Z'), `山田 太郎 <${TC}>`, SUPPORT, supportSubject(R3))}

吉田様

お世話になっております。山田です。
統合先: AWS01234999
統合元: AWS07654321
よろしくお願いいたします。
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'indian-kindly-provide-revert', caseId: R4,
    note: 'Indian English: "kindly provide the below mentioned details", "Could you please revert with the above details"',
    from: SUPPORT, to: P, subject: supportSubject(R4), date: rfcDate(d('2026-01-06T05:10:00Z')),
    text: `Dear Priya,

Greetings of the day!

Thank you for contacting AWS Training and Certification. I am Rahul and I will be assisting you with this case.

In order to proceed further with your request for merging of accounts, kindly provide the below mentioned details:

1. Candidate ID of both the accounts (starting with AWS)
2. Registered email ids of both the accounts
3. Which account you would like to retain as primary

Could you please revert with the above details at the earliest so that we can take this forward.

Thanks & Regards,
Rahul
AWS Training and Certification
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'uk-we-would-require', caseId: R6, trap: true,
    note: 'UK English: "we would require the following", incl. "confirmation of which e-mail address"; future "we\'ll be able to get the accounts combined"',
    from: SUPPORT, to: M, subject: supportSubject(R6), date: rfcDate(d('2026-01-08T11:20:00Z'), '+0100'),
    text: `Hello Maria,

Thanks for your patience.

Before we can combine the two profiles, we would require the following from you:

  - the full name exactly as it appears on your certificates;
  - the postcode you registered with on the older account;
  - confirmation of which e-mail address should remain on the surviving profile.

As soon as we have these, we'll be able to get the accounts combined for you.

Kind regards,
Siobhan
AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'terse-could-you-confirm-candidate-id', caseId: R5, trap: true,
    note: 'terse: "could you confirm the candidate ID" (one digit short) - confirm asks for data',
    from: SUPPORT, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-07T15:40:00Z'), '-0700'),
    text: `Hi Alex - quick one: could you confirm the candidate ID on the work account? The one in your form (AWS2011774) is one digit short.

Thanks,
Kevin
AWS T&C Support
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'copy-lines-fill-in-gmail-quote', caseId: R5,
    note: 'template to copy into the reply and fill in (blanks); Gmail "On ... wrote:" quote below',
    from: SUPPORT, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-06T20:00:00Z'), '-0700'),
    text: `Hello,

To move forward, please copy the lines below into your reply and fill them in:

Primary account email: ____________
Primary candidate ID: AWS________
Secondary account email: ____________
Secondary candidate ID: AWS________
Name as shown on certificates: ____________

Thank you,
AWS Training and Certification Customer Support

${gmailEn(d('2026-01-06T04:02:00Z'), `Alex Kim <${A}>`)}
${quote('Hi, I have two accounts and want them merged. Can you help?')}
`,
  },
  // ---------- confirmation_request ----------
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'jisshi-shite-yoroshii-ka-negaemasu', caseId: R1,
    note: '「以下の内容で統合を実施してよろしいか、ご返信願えますでしょうか」; 全角の区切り記号と取得年月',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-07T01:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。ご教示いただきありがとうございました。

以下の内容で統合を実施してよろしいか、ご返信願えますでしょうか。

　統合先（残すアカウント）：AWS01234567／${T}
　統合元（無効化されるアカウント）：AWS07654321／${TC}
　移行される認定：AWS Certified Solutions Architect - Associate（2022年6月取得）ほか 2 件

統合後に元の状態へ戻すことはできません。あらかじめご了承ください。

${SIG_JA}
小林
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'heigou-go-doui-sjis-b64', caseId: R3, charset: 'Shift_JIS', cte: 'base64',
    note: '併合; 年月と件数が語の間に入る「…へ併合いたします件、ご同意いただけますでしょうか」「同意します」と返信 (Shift_JIS base64)',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(R3), date: rfcDate(d('2026-01-10T01:20:00Z'), '+0900'),
    text: `山田様

吉田でございます。ご提示いただいた内容で本人確認が取れました。

AWS07654321 にて 2020年3月 および 2023年9月 に取得された認定 2 件を含む全記録を、AWS01234567 へ併合いたします件、
ご同意いただけますでしょうか。
併合後は AWS07654321 にはサインインできなくなり、この処理は取り消すことができません。
ご同意いただける場合は、本メールへ「同意します」とご返信いただきたく存じます。

吉田
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'ipponka-hai-iie-zenkaku-b64', caseId: R10, charset: 'UTF-8', cte: 'base64',
    note: 'くだけた文体、全角の候補者 ID:「一本化してもよろしいですか？」「はい」か「いいえ」で返信 (UTF-8 base64)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R10), date: rfcDate(d('2026-01-12T03:00:00Z'), '+0900'),
    text: `佐藤さん

林です。確認が取れました。
旧姓のアカウント（ＡＷＳ３０８８００２２）を今のアカウント（ＡＷＳ３０５５１２７８）に一本化してもよろしいですか？
やり直しはできないので、「はい」か「いいえ」で返信してください。

林
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'ryoushou-shimashita-kudasaimase', caseId: R2,
    note: '「移行後に元へ戻すことはできかねますので…『了承しました』とご返信くださいませ」',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R2), date: rfcDate(d('2026-01-12T00:50:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。様式へのご記入、誠にありがとうございました。

ご記入いただいた内容をもとに、AWS30110094 の認定資格・試験履歴・特典を AWS30551278 へ移行いたします。
移行後に元へ戻すことはできかねますので、ご了承いただけます場合は、本メールに「了承しました」とご返信くださいませ。
ご返信を確認いたしましたら、速やかに作業を開始いたします。

${SIG_JA}
松本
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'eibun-ichibun-kisai-yes-please-merge', caseId: R8,
    note: '日本語の本文で英文 "Yes, please merge ..." をそのまま書いて返信するよう依頼 (主言語は日本語)',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R8), date: rfcDate(d('2026-01-09T02:15:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。
通知先のメールアドレス（${T}）を承りました。

社内の処理システムが英語のみに対応しているため、誠に恐れ入りますが、統合の実施に同意いただける場合は、
本文に次の一文をそのまま記載してご返信ください。

    Yes, please merge AWS07654321 into AWS01234567.

この処理は元に戻せませんので、ご注意ください。

${SIG_JA}
井上
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'saishuu-goishi-kakunin-divrply-b64', caseId: R9, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: '「最終のご意思確認」「差し支えなければご返信にて」; multipart UTF-8 base64、HTML は Outlook divRplyFwdMsg',
    from: SUPPORT_NAMED, to: T, cc: TC, subject: supportSubject(R9), date: rfcDate(d('2026-01-10T00:30:00Z'), '+0900'),
    text: `山田様

木村です。残される方のアドレスからのご返信、ありがとうございました。

最終のご意思確認となります。
AWS07654321 を AWS01234567 に統合し、AWS07654321 は閉鎖いたします。閉鎖したアカウントは復元できません。
この内容で差し支えなければ、ご返信にてお知らせください。

${SIG_JA}
木村

${outlookJa(d('2026-01-09T05:20:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(R9))}

木村様
残す方のアドレスから連絡します。
統合先: AWS01234567 (${T})
統合元: AWS07654321 (${TC})
`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Meiryo UI">
<p>山田様</p>
<p>木村です。残される方のアドレスからのご返信、ありがとうございました。</p>
<p>最終のご意思確認となります。<br>AWS07654321 を AWS01234567 に統合し、AWS07654321 は閉鎖いたします。閉鎖したアカウントは復元できません。<br>この内容で差し支えなければ、ご返信にてお知らせください。</p>
<p>${SIG_JA}<br>木村</p>
</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>差出人:</b> 山田 太郎 &lt;${T}&gt;<br><b>送信日時:</b> 2026年1月9日 14:20<br><b>宛先:</b> ${SUPPORT}<br><b>件名:</b> ${supportSubject(R9)}</div>
<div><p>木村様<br>残す方のアドレスから連絡します。<br>統合先: AWS01234567 (${T})<br>統合元: AWS07654321 (${TC})</p></div>
</body></html>`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'himozuke-henkou-goshounin-hitsuyou-sjis', caseId: R12, charset: 'Shift_JIS', cte: 'base64',
    note: '紐付けの変更 (統合) の前に「ご承認が必要でございます」、承認するならその旨返信 (Shift_JIS base64); 旧アドレス宛て',
    from: SUPPORT_NAMED, to: HO, cc: H, subject: supportSubject(R12), date: rfcDate(d('2026-01-13T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の池田でございます。

お申し出いただきました認定アカウントの紐付けの変更（統合）を実施する前に、お客様ご本人のご承認が必要でございます。
変更内容：${HO} のアカウント（AWS30110094）の記録を、${H} のアカウント（AWS30551278）へ移し、旧アカウントを無効にする
ご承認いただける場合は、本メールにその旨ご返信ください。

池田
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'tekei-renketsu-susumete-yoroshikereba', caseId: R13,
    note: 'テ形と読点で一文が長く続き、最後に「この内容で進めてよろしければ…ご返信にてお知らせくださいますよう」',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R13), date: rfcDate(d('2026-01-14T01:40:00Z'), '+0900'),
    text: `山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの橋本です。

ご提供いただいた情報をもとに両アカウントを確認し、AWS01234567 を残し、AWS07654321 の認定・特典・試験履歴を移行し、AWS07654321 は無効化する形となりますが、この内容で進めてよろしければ、お手数ですがご返信にてお知らせくださいますようお願いいたします。

橋本
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'bottom-post-gmail-ue-ni-inyou', caseId: R14, charset: 'UTF-8', cte: 'quoted-printable',
    note: '下に書く返信 (ボトムポスト): Gmail 日本語引用が先、その下に「上記 2 つを統合…進めてよろしいでしょうか」',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R14), date: rfcDate(d('2026-01-13T06:00:00Z'), '+0900'),
    text: `${gmailJa(d('2026-01-12T12:40:00Z'), `佐藤 花子 <${H}>`)}
${quote(`旧アカウント: AWS30110094
新アカウント: AWS30551278
よろしくお願いいたします。`)}

佐藤 花子 様

石川でございます。ご連絡ありがとうございます。
上記 2 つのアカウントを統合いたします。統合すると旧アカウントは利用できなくなり、元に戻すことはできません。
進めてよろしいでしょうか。ご返信をお待ちしております。

石川
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'indian-respond-with-yes', caseId: R4,
    note: 'Indian English: summary of the merge, "post merging ... cannot be reverted", "Please respond with YES to proceed"',
    from: SUPPORT, to: P, subject: supportSubject(R4), date: rfcDate(d('2026-01-07T06:00:00Z')),
    text: `Dear Priya,

Thank you for sharing the requested details.

Please find below the summary of the merge:
Primary account (to be retained): AWS55501234 - ${P}
Secondary account (to be merged): AWS55509876 - priya.nair@oldco.example.in

Kindly note that post merging, the secondary account will be deactivated and the same cannot be reverted.

Please respond with YES to proceed.

Thanks & Regards,
Rahul
AWS Training and Certification
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'us-simply-reply-looks-correct', caseId: R5,
    note: 'US casual bullets: "folded into", "can\'t be undone", "If everything above looks correct, simply reply to this email"',
    from: SUPPORT, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-08T16:30:00Z'), '-0700'),
    text: `Hi Alex,

Thanks, found both! Here's what will happen:

- AWS20117745 (${AW}) gets folded into AWS20481632 (${A})
- Your 3 certifications and the unused 50% exam voucher move over
- The work login stops working

This can't be undone. If everything above looks correct, simply reply to this email and we'll get it done.

Kevin
AWS T&C Support
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'uk-explicit-consent-happy-to-go-ahead', caseId: R6, format: 'alt',
    note: 'UK: "Before we action this, we need your explicit consent", "let us know you\'re happy for us to go ahead"',
    from: SUPPORT, to: M, subject: supportSubject(R6), date: rfcDate(d('2026-01-10T10:10:00Z'), '+0100'),
    text: `Hello Maria,

Many thanks for sending those details across; everything matches our records.

Before we action this, we need your explicit consent. Merging the profile registered to
maria.garcia@work.example.es into the one registered to ${M} is permanent, and the former
will no longer be accessible.

Could you please reply to let us know you're happy for us to go ahead?

Kind regards,
Siobhan
AWS Training and Certification Customer Support

${outlookEn(d('2026-01-09T18:00:00Z'), `Maria Garcia <${M}>`, SUPPORT, supportSubject(R6))}

Hi Siobhan, full name: Maria Garcia Lopez, postcode 28001, keep ${M}. Thanks!
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'forged-below-own-authorize-password', caseId: R5, auth: 'belowOwn',
    note: 'forgery: our own A-R fails, a fake mx.test.example pass sits below it; asks to authorize the merge (and a password)',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-08T22:00:00Z'), '-0700'),
    text: `Hello Alex,

We are ready to merge your accounts. To authorize the merge, reply with "I AUTHORIZE" and the
password of the account that will be closed within 24 hours, or your request will be cancelled.

AWS Training and Certification
`,
  },
  // ---------- merge_completed ----------
  {
    kind: 'merge_completed', lang: 'ja', slug: 'nayose-kanryou-gmail-douishimasu', caseId: R1,
    note: '「アカウントの名寄せが完了いたしました」; お客様の「同意します」を Gmail 日本語で引用',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-08T05:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。
ご返信いただいた内容に基づき、アカウントの名寄せが完了いたしました。
AWS07654321 に登録されていた認定資格 3 件、試験履歴、特典は、すべて AWS01234567 でご確認いただけます。
反映に最大 24 時間程度かかる場合がございます。

${SIG_JA}
小林

${gmailJa(d('2026-01-07T11:32:00Z'), `山田 太郎 <${T}>`)}
${quote(`小林様

同意します。よろしくお願いいたします。

山田`)}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'himozuke-henkou-kanryou-sjis-8bit', caseId: R12, charset: 'Shift_JIS', cte: '8bit',
    note: '「紐付けを…へ変更する作業を完了いたしました」、旧アカウントは無効 (Shift_JIS 8bit)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R12), date: rfcDate(d('2026-01-15T03:00:00Z'), '+0900'),
    text: `佐藤 花子 様

池田でございます。ご承認のご返信、ありがとうございました。
認定記録の紐付けを ${H} のアカウント（AWS30551278）へ変更する作業を完了いたしました。
旧アカウント（AWS30110094）は本日付で無効となっております。

池田
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'zenkaku-id-hanei-itashimashita-b64', caseId: R3, cte: 'base64',
    note: '全角 ID の間に「…の記録を…へ反映いたしました」(ISO-2022-JP base64)',
    from: SUPPORT_NAMED, to: T, cc: TC, subject: supportSubject(R3), date: rfcDate(d('2026-01-12T02:00:00Z'), '+0900'),
    text: `山田様

吉田でございます。
「同意します」とのご返信を確認し、ＡＷＳ０７６５４３２１ の記録をＡＷＳ０１２３４５６７ へ反映いたしました。
今後は ＡＷＳ０１２３４５６７ でサインインしてください。

吉田
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'portal-merge-kanryou-aws-training', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: '認定ポータル (certification.aws.training) 自身の「マージが正常に完了しました」通知; ケース ID なし',
    from: 'AWS 認定 <no-reply@certification.aws.training>', to: T, subject: 'AWS 認定: アカウントのマージが完了しました',
    date: rfcDate(d('2026-01-20T08:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `山田 太郎 様

AWS 認定アカウントのマージが正常に完了しました。

マージ元: ${TC}
マージ先: ${T}

マージ元のアカウントに登録されていた認定資格、試験履歴、特典は、マージ先のアカウントに移動しました。
今後はマージ先のアカウントでサインインしてください。

このメールは送信専用です。
AWS 認定
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'shori-oemashita-kaiketsu-zumi-b64', caseId: R8, charset: 'UTF-8', cte: 'base64',
    note: '「統合処理を終えましたので、ご報告いたします」+ 解決済みとさせていただきます (完了が新しい事実)',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R8), date: rfcDate(d('2026-01-11T04:00:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。
ご同意のご返信をいただき、ありがとうございました。
本日、AWS07654321 と AWS01234567 の統合処理を終えましたので、ご報告いたします。
本ケースはこれをもちまして解決済みとさせていただきます。後日、アンケートのご案内をお送りすることがございます。

${SIG_JA}
井上
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'mobile-tougou-zumi-desu', caseId: R10, charset: 'UTF-8', cte: '8bit',
    note: '担当者のスマホからの短い返信「統合済みです」(iPhoneから送信)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R10), date: rfcDate(d('2026-01-13T09:00:00Z'), '+0900'),
    text: `佐藤さん

統合済みです。今のアカウントでサインインして、資格が全部出ているか見てみてください。

林

iPhoneから送信
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'nisemono-aws-training-support-jp', caseId: R2, auth: 'pass', charset: 'UTF-8', cte: 'quoted-printable',
    note: '偽物: aws-training-support.jp (自ドメインの DMARC は pass だが信頼できない); 完了を装いサインインを促す',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp>', to: H, subject: supportSubject(R2),
    date: rfcDate(d('2026-01-12T10:00:00Z'), '+0900'),
    text: `佐藤 花子 様

アカウントの統合が完了しました。
統合後のアカウントを有効にするため、48 時間以内に下記のリンクからサインインし、パスワードを再設定してください。
https://aws-training-support.jp/signin

AWS トレーニングと認定
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'shuuyaku-kanryou-divrply-iso2022jp', caseId: R9, format: 'alt',
    note: '「集約処理が完了しましたのでお知らせいたします」; multipart ISO-2022-JP、HTML は Outlook divRplyFwdMsg',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R9), date: rfcDate(d('2026-01-11T01:00:00Z'), '+0900'),
    text: `山田様

木村です。AWS07654321 から AWS01234567 への集約処理が完了しましたのでお知らせいたします。
統合元のアカウントは閉鎖済みです。

${SIG_JA}
木村

${outlookJa(d('2026-01-09T23:05:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(R9))}

木村様
差し支えございません。進めてください。
`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>山田様</p>
<p>木村です。AWS07654321 から AWS01234567 への集約処理が完了しましたのでお知らせいたします。<br>統合元のアカウントは閉鎖済みです。</p>
<p>${SIG_JA}<br>木村</p>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>差出人:</b> 山田 太郎 &lt;${T}&gt;<br><b>送信日時:</b> 2026年1月10日 8:05<br><b>宛先:</b> ${SUPPORT}<br><b>件名:</b> ${supportSubject(R9)}</div>
<div><p>木村様<br>差し支えございません。進めてください。</p></div>
</body></html>`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'resent-kyuu-address-ikou', caseId: R14,
    note: '旧会社アドレス宛ての完了通知を旧会社のメールサーバが Resent-* で回送: forUser false',
    from: SUPPORT_NAMED, to: HO, subject: supportSubject(R14), date: rfcDate(d('2026-01-15T02:00:00Z'), '+0900'),
    headers: [`Resent-From: ${HO}`, `Resent-To: ${H}`, 'Resent-Date: Thu, 15 Jan 2026 11:05:00 +0900', 'Resent-Message-ID: <r9-1@oldcorp.example.com>'],
    text: `佐藤 花子 様

石川でございます。旧アカウント AWS30110094 の記録を、AWS30551278 へ移行いたしました。
今後は ${H} でサインインしてください。

石川
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'uk-have-now-been-consolidated', caseId: R6,
    note: 'UK: "your accounts have now been consolidated", "now sits under"',
    from: SUPPORT, to: M, subject: supportSubject(R6), date: rfcDate(d('2026-01-13T14:00:00Z'), '+0100'),
    text: `Hello Maria,

Good news: your accounts have now been consolidated. Everything that was held under
maria.garcia@work.example.es (two certifications, exam history and your voucher) now sits under
${M}.

Please allow up to 24 hours for the changes to show in every part of the portal.

Kind regards,
Siobhan
AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'us-done-transcript-now-reflects', caseId: R5,
    note: '"Done! Your transcript now reflects all 3 certifications", work login retired - no merge verb',
    from: SUPPORT, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-09T17:20:00Z'), '-0700'),
    text: `Hi Alex,

Done! Your transcript now reflects all 3 certifications under AWS20481632, and the work login
(AWS20117745) has been retired. The exam voucher shows under Benefits too.

Kevin

${gmailEn(d('2026-01-09T01:10:00Z'), `Alex Kim <${A}>`)}
${quote('Looks correct, go ahead.')}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'indian-merging-done-successfully', caseId: R4,
    note: 'Indian English: "the merging of your accounts has been done successfully", "Kindly login and check the same"',
    from: SUPPORT, to: P, subject: supportSubject(R4), date: rfcDate(d('2026-01-08T07:30:00Z')),
    text: `Dear Priya,

Greetings of the day!

We are pleased to inform you that the merging of your accounts has been done successfully. All the
certifications from AWS55509876 are now available in AWS55501234.

Kindly login and check the same at your end.

Thanks & Regards,
Rahul
AWS Training and Certification
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'linked-addressed-to-partner-colleague', caseId: R15,
    note: 'completion ("have been linked") addressed to someone else; no user address anywhere: forUser false',
    from: SUPPORT, to: 'j.smith@partner.example.com', subject: supportSubject(R15), date: rfcDate(d('2026-01-14T15:00:00Z')),
    text: `Hello John,

Your two certification accounts have been linked. AWS44400012 is now your only active profile and
contains the history of AWS44400987.

Best regards,

AWS Training and Certification Customer Support
`,
  },
  // ---------- badges_transferred ----------
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-nikken-uketoru-qp', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly 日本語: AWS から 2 件のバッジ、ボタン「バッジを受け取る」(UTF-8 QP multipart)',
    from: CREDLY_AWS, to: T, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate(d('2026-01-09T06:00:00Z')),
    text: `山田 太郎 様

Amazon Web Services Training and Certification から、2 件のバッジが発行されました。

・AWS Certified Solutions Architect – Associate
・AWS Certified Developer – Associate

バッジを受け取ると、LinkedIn やメールの署名でスキルを証明できます。

バッジを受け取る
https://www.credly.com/earner/earned

このメールは ${T} 宛てにお送りしています。
Credly, Inc.
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'support-credly-hanei-kanryou', caseId: R1,
    note: 'サポート: 「Credly への反映が完了いたしました」、バッジ 3 件の案内が届いている',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-10T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。
お問い合わせいただいておりましたデジタルバッジにつきまして、Credly への反映が完了いたしました。
${T} 宛てに Credly からバッジ 3 件のご案内が届いておりますので、「バッジを入手する」から受け取りをお願いいたします。

${SIG_JA}
小林
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'badge-saihakkou-close-qp', caseId: R8, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'サポート: バッジの再発行 (旧アドレス分を取り消し新アドレスへ) + 本件クローズ: バッジが新しい事実',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R8), date: rfcDate(d('2026-01-14T03:30:00Z'), '+0900'),
    text: `山田 太郎 様

井上でございます。
ご依頼のバッジの再発行を行いました。旧アドレス宛てに発行されていた 2 件を取り消し、${T} 宛てに改めて発行しております。
Credly からのメールにてお受け取りください。
本件はこれにてクローズとさせていただきます。

${SIG_JA}
井上
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'casual-badge-utsushite-okimashita-sjis', caseId: R10, charset: 'Shift_JIS', cte: 'base64',
    note: 'くだけた短文「Credly のバッジも…移しておきました」(Shift_JIS base64)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R10), date: rfcDate(d('2026-01-15T08:00:00Z'), '+0900'),
    text: `佐藤さん

林です。Credly のバッジも今のメールアドレスに移しておきました。Credly から届くメールで受け取ってください。

林
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'nise-credly-notice-password', caseId: null, auth: 'pass', charset: 'UTF-8', cte: 'base64',
    note: '偽 Credly: credly-notice.com (自ドメインは pass、信頼できない); バッジ発行を装いパスワード入力を促す',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notice.com>', to: H,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2026-01-16T02:00:00Z')),
    text: `佐藤 花子 様

Amazon Web Services Training and Certification から次のバッジが発行されました。
AWS Certified Cloud Practitioner

バッジを受け取るには、Credly のパスワードを入力して本人確認を行ってください。
https://credly-notice.com/accept
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-team-irai-tekei-b64', caseId: R3, cte: 'base64',
    note: 'テ形の連鎖「Credly チームに依頼し、…取り消し、…再発行いたしましたので、…ご確認くださいませ」(ISO-2022-JP base64)',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R3), date: rfcDate(d('2026-01-16T01:00:00Z'), '+0900'),
    text: `山田様

吉田でございます。Credly チームに依頼し、旧アドレス宛てに発行されていたバッジ 3 件を取り消し、${T} 宛てに再発行いたしましたので、Credly からのメールをご確認くださいませ。

吉田
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-three-ready-html-only', caseId: null, format: 'html', charset: 'UTF-8',
    note: 'Credly HTML-only: three AWS badges re-issued to the kept address, "Accept badges" button',
    from: CREDLY_AWS, to: A, subject: 'Your badges from Amazon Web Services Training and Certification are ready',
    date: rfcDate(d('2026-01-12T19:00:00Z')),
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="600" align="center"><tr><td>
<p>Hi Alex Kim,</p>
<p>Amazon Web Services Training and Certification has re-issued 3 badges to ${A}:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified DevOps Engineer – Professional</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#1a73e8;color:#fff;padding:10px 18px;text-decoration:none">Accept badges</a></p>
<p style="font-size:11px;color:#777">Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240</p>
</td></tr></table></body></html>`,
    text: 'Amazon Web Services Training and Certification has re-issued 3 badges',
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'indian-badges-reissued-email-id', caseId: R4,
    note: 'Indian English: "kindly note that your Credly badges have been re-issued to your primary email id"',
    from: SUPPORT, to: P, subject: supportSubject(R4), date: rfcDate(d('2026-01-12T06:00:00Z')),
    text: `Dear Priya,

Further to our previous email, kindly note that your Credly badges have been re-issued to your
primary email id ${P}. You will receive separate emails from Credly for each badge. Kindly accept the same.

Thanks & Regards,
Rahul
AWS Training and Certification
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'uk-had-badges-moved-across-closing', caseId: R6,
    note: 'UK: "I\'ve had the badges moved across ... on Credly" and will close the case: badges are the new fact',
    from: SUPPORT, to: M, subject: supportSubject(R6), date: rfcDate(d('2026-01-15T09:00:00Z'), '+0100'),
    text: `Hello Maria,

Quick update: I've had the badges moved across to ${M} on Credly, so both should now appear on
your profile there. As that was the last outstanding item, I'll close the case from our side.

Kind regards,
Siobhan
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'forwarded-credly-team-note', caseId: R5,
    note: 'agent forwards the Credly team\'s note: "your badges have been transferred" (forwarded block below)',
    from: SUPPORT, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-13T00:00:00Z'), '-0700'),
    text: `Hi Alex,

Please see below from our Credly team - your badges have been transferred to ${A}.

Kevin

---------- Forwarded message ---------
From: Credly Support <support@credly.com>
Date: Mon, Jan 12, 2026 at 3:10 PM
Subject: Badge transfer AWS20117745 -> AWS20481632
To: AWS T&C Support <${SUPPORT}>

Hi team, the three AWS badges previously issued to ${AW} were re-issued to ${A} today.
`,
  },
  // ---------- case_closed ----------
  {
    kind: 'case_closed', lang: 'ja', slug: 'support-kaiketsu-zumi-mark-14nichi', caseId: R7,
    note: 'AWS サポートの通知「解決済みとしてマークされました」、14 日以内なら再開可 (統合には触れない)',
    from: AWS_NOREPLY, to: H, subject: `ケース ${R7} は解決済みになりました`,
    date: rfcDate(d('2026-01-16T09:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `佐藤 花子 様

サポートケース ${R7} は解決済みとしてマークされました。
引き続きサポートが必要な場合は、14 日以内にサポートセンターからケースを再開してください。

AWS サポートをご利用いただき、ありがとうございました。
Amazon Web Services
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: '72jikan-jidouteki-ni-close-qp', caseId: R13, charset: 'UTF-8', cte: 'quoted-printable',
    note: '返信待ちの警告「72 時間ご返信がない場合、本ケースは自動的にクローズされます」',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R13), date: rfcDate(d('2026-01-19T01:00:00Z'), '+0900'),
    text: `山田 太郎 様

橋本です。先日のご案内について、ご返信をお待ちしております。
このまま 72 時間ご返信がない場合、本ケースは自動的にクローズされます。
クローズ後にご連絡いただく際は、新しいケースを作成してください。

橋本
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'hizuke-made-henshin-naki-baai', caseId: R16,
    note: '「2026年2月6日までにご返信がない場合…クローズとさせていただきます」(情報が揃わないまま)',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(R16), date: rfcDate(d('2026-01-30T02:00:00Z'), '+0900'),
    text: `山田様

AWS トレーニングと認定の山口です。
ご依頼の件、必要な情報が揃っていない状態が続いております。
2026年2月6日までにご返信がない場合、本ケースはクローズとさせていただきますので、ご了承ください。

${SIG_JA}
山口
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'nayose-kanryou-zumi-restate-close', caseId: R1, trap: true,
    note: 'クローズ通知が「先日ご報告いたしましたとおり、名寄せは完了しております」と既出の完了を繰り返す: case_closed',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-15T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。
先日ご報告いたしましたとおり、アカウントの名寄せは完了しております。
その後ご不明な点がございませんようでしたら、本ケースはクローズとさせていただきます。

${SIG_JA}
小林
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'senshuu-badge-saihakkou-fukume-close-sjis', caseId: R3, trap: true, charset: 'Shift_JIS', cte: 'quoted-printable',
    note: '「先週お知らせいたしましたバッジの再発行を含め…本日をもってケースをクローズ」(既出の事実; Shift_JIS QP)',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R3), date: rfcDate(d('2026-01-23T02:00:00Z'), '+0900'),
    text: `山田様

吉田でございます。
先週お知らせいたしましたバッジの再発行を含め、本件のご対応はすべて完了しております。
本日をもってケースをクローズいたします。ご利用ありがとうございました。

吉田
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'status-card-close-multipart', caseId: R2, format: 'alt',
    note: 'ステータス更新通知「ステータス：クローズ」(multipart ISO-2022-JP、HTML は表)',
    from: SUPPORT_NAMED, to: H, subject: `[CASE ${R2}] ケースのステータスが更新されました`,
    date: rfcDate(d('2026-01-30T09:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `ケースのステータスが更新されました。

ケース ID：${R2}
ステータス：クローズ
更新日時：2026年1月30日 18:00

このケースに関するご連絡は、本メールへのご返信で再開できます（30 日以内）。
`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>ケースのステータスが更新されました。</p>
<table border="0" cellpadding="4"><tr><td>ケース ID</td><td>${R2}</td></tr><tr><td>ステータス</td><td><b>クローズ</b></td></tr><tr><td>更新日時</td><td>2026年1月30日 18:00</td></tr></table>
<p>このケースに関するご連絡は、本メールへのご返信で再開できます（30 日以内）。</p>
</body></html>`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'juufuku-case-tougou-shite-close', caseId: R7, trap: true,
    note: '重複ケース (R7) を先のケースに「統合のうえ、クローズいたしました」: ケースの統合でアカウントではない',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R7), date: rfcDate(d('2026-01-09T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。
同じ内容のお問い合わせが 2 件作成されておりましたため、本ケース（${R7}）は、
先にいただいたケース ${R2} に統合のうえ、クローズいたしました。
今後のご連絡は、ケース ${R2} のメールにご返信ください。

${SIG_JA}
松本
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'status-changed-to-resolved-terse', caseId: R5,
    note: 'terse system notice "Status changed: Work in progress -> Resolved", reopen within 14 days',
    from: AWS_NOREPLY, to: A, subject: `Case ${R5}: status changed to Resolved`,
    date: rfcDate(d('2026-01-16T00:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Case ${R5}
Status changed: Work in progress -> Resolved

You can reopen this case within 14 days by replying. After that, open a new case.
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'uk-as-consolidated-closing-now', caseId: R6, trap: true,
    note: 'UK closing that restates: "As your accounts were consolidated on 14 January ... I\'m closing this case now"',
    from: SUPPORT, to: M, subject: supportSubject(R6), date: rfcDate(d('2026-01-20T09:00:00Z'), '+0100'),
    text: `Hello Maria,

As your accounts were consolidated on 14 January and the badges followed shortly after, there's
nothing further for us to do, so I'm closing this case now. Just reply if anything looks wrong.

Kind regards,
Siobhan
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'indian-no-response-hence-closing', caseId: R18,
    note: 'Indian English: "We have not received any response from your end ... Hence we are closing this case"',
    from: SUPPORT, to: P, subject: supportSubject(R18), date: rfcDate(d('2026-01-27T05:00:00Z')),
    text: `Dear Priya,

We have not received any response from your end on our previous email. Hence we are closing this
case for now.

Kindly feel free to reopen the case by replying to this email in case you need any further assistance.

Thanks & Regards,
Deepa
AWS Training and Certification
`,
  },
  // ---------- support_reply ----------
  {
    kind: 'support_reply', lang: 'ja', slug: 'gokakunin-no-gohenshin-arigatou-irai', caseId: R13, trap: true,
    note: '「ご確認のご返信ありがとうございます」+ 担当チームへ依頼 (確認済みへのお礼と状況報告)',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R13), date: rfcDate(d('2026-01-15T01:00:00Z'), '+0900'),
    text: `山田 太郎 様

橋本です。ご確認のご返信ありがとうございます。
いただいた内容で担当チームへ依頼いたしました。作業が終わり次第、改めてご連絡いたします。

橋本
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'ashita-jisshi-yotei-kanryou-shitara', caseId: R12, trap: true,
    note: '未来: 「統合作業は明日（1月14日）実施の予定です。完了しましたら…ご連絡」',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R12), date: rfcDate(d('2026-01-13T08:00:00Z'), '+0900'),
    text: `佐藤 花子 様

池田でございます。
統合作業は明日（1月14日）実施の予定です。完了しましたら、本ケースにてご連絡いたします。

池田
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'genjiten-kanryou-shite-orimasen-8bit', caseId: R14, trap: true, charset: 'UTF-8', cte: '8bit',
    note: '否定: 「現時点では、統合は完了しておりません」(旧アカウントにサインインできる理由の説明)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R14), date: rfcDate(d('2026-01-14T04:00:00Z'), '+0900'),
    text: `佐藤 花子 様

石川でございます。
ご心配をおかけしております。現時点では、統合は完了しておりません。旧アカウントにサインインできるのはそのためです。
担当チームにて作業中ですので、いましばらくお待ちくださいませ。

石川
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'shiken-yoyaku-nokori-jouken-tsuki', caseId: R16, trap: true,
    note: '条件付き: 試験予約が残っているため現在は統合できない、受験後か取消後なら統合可能 (情報の依頼ではない)',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(R16), date: rfcDate(d('2026-01-20T02:00:00Z'), '+0900'),
    text: `山田様

山口です。
統合元のアカウントに 2026年2月14日 の試験予約が残っているため、現在は統合できません。
予約の受験後、または予約を取り消された後であれば統合が可能です。ご都合のよいタイミングで本メールにご返信ください。

山口
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'betsu-case-kochira-ni-tougou', caseId: R2, trap: true,
    note: '別に作成された重複ケースの内容を「こちらのケースに統合いたしました」: ケースの統合 (クローズでもない)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(R2), date: rfcDate(d('2026-01-09T01:05:00Z'), '+0900'),
    text: `佐藤 花子 様

松本でございます。
同じご依頼で別のケース（${R7}）も作成されておりましたので、そちらの内容をこちらのケースに統合いたしました。
以降のご連絡は本ケースにて承ります。

${SIG_JA}
松本
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'yuukou-kigen-voucher-hikitsugi-kaitou', caseId: R9, trap: true,
    note: '質問への回答: 統合後も有効期限は変わらず、バウチャーは「引き継がれます」(一般論); Outlook 日本語引用',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R9), date: rfcDate(d('2026-01-09T08:00:00Z'), '+0900'),
    text: `山田様

木村です。ご質問にお答えいたします。
統合後も認定資格の有効期限は変わりません。また、未使用の 50% 割引バウチャーも統合先に引き継がれます。

木村

${outlookJa(d('2026-01-09T06:30:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(R9))}

木村様
統合すると有効期限はリセットされますか？バウチャーはどうなりますか？
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'escalation-3-5-eigyoubi-gmail', caseId: R1, charset: 'UTF-8', cte: 'base64',
    note: '専門部署へエスカレーション、回答まで 3〜5 営業日 (依頼も完了もない); Gmail 日本語引用',
    from: SUPPORT_NAMED, to: T, subject: supportSubject(R1), date: rfcDate(d('2026-01-06T06:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。
お問い合わせの件、専門部署へエスカレーションいたしました。回答まで 3〜5 営業日ほどお時間をいただく見込みです。
進展がございましたら、こちらからご連絡いたします。

小林

${gmailJa(d('2026-01-06T03:15:00Z'), `山田 太郎 <${T}>`)}
${quote('旧アカウントの試験履歴が表示されません。調べていただけますか。')}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'us-thanks-for-confirming-email-verifying', caseId: R5, trap: true,
    note: '"Thanks for confirming the email address" + still verifying, update by Friday: status, no request',
    from: SUPPORT, to: A, subject: supportSubject(R5), date: rfcDate(d('2026-01-07T21:00:00Z'), '-0700'),
    text: `Hi Alex,

Thanks for confirming the email address. I'm verifying a couple of things on our side and will
get back to you by Friday.

Kevin
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'indian-regret-unable-to-merge-name', caseId: R17, trap: true,
    note: 'Indian English: "we regret to inform you that we are unable to merge" (names differ); checking internally, nothing asked',
    from: SUPPORT, to: P, subject: supportSubject(R17), date: rfcDate(d('2026-01-19T06:00:00Z')),
    text: `Dear Priya,

We regret to inform you that we are unable to merge the accounts at this moment, as the first name
on AWS55509876 ("Priya N") does not match the one on AWS55501234 ("Priya Nair").

Our team is checking internally whether the names can be aligned from our side. We will update you
on this thread within 2 business days; no action is required from your end for now.

Thanks & Regards,
Deepa
AWS Training and Certification
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'uk-reply-from-kept-address-only', caseId: R6,
    note: 'UK: asks her to reply from the kept address, "no need to resend anything else" (no data asked)',
    from: SUPPORT, to: 'maria.garcia@work.example.es', cc: M, subject: supportSubject(R6), date: rfcDate(d('2026-01-08T15:00:00Z'), '+0100'),
    text: `Hello Maria,

For security reasons we can only action changes requested from the e-mail address on the account
you intend to keep. Could you please reply to this thread from ${M}? There's no need to resend
anything else.

Kind regards,
Siobhan
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'mobile-agent-en-over-ja-gmail-quote', caseId: R13,
    note: 'English agent on mobile ("Sent from my iPhone") above a Japanese Gmail quote: still with the team',
    from: SUPPORT, to: T, subject: supportSubject(R13), date: rfcDate(d('2026-01-19T03:00:00Z')),
    text: `Hi Taro,

Still with the back office team, sorry for the wait. Will update you as soon as I hear.

Deepa

Sent from my iPhone

${gmailJa(d('2026-01-19T00:30:00Z'), `山田 太郎 <${T}>`)}
${quote('進捗はいかがでしょうか。')}
`,
  },
  // ---------- unrelated ----------
  {
    kind: 'unrelated', lang: 'ja', slug: 'enquete-kaiketsu-shimashitaka-aws-training', caseId: R1, trap: true,
    note: 'アンケート「お問い合わせは解決しましたか？」(survey.aws.training、ケース番号入り): クローズ通知ではない',
    from: 'AWS トレーニングと認定 <no-reply@survey.aws.training>', to: T, subject: 'アンケートのお願い: お問い合わせは解決しましたか？',
    date: rfcDate(d('2026-01-17T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated', 'List-Unsubscribe: <mailto:unsubscribe@survey.aws.training>'],
    text: `山田 太郎 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース ${R1} の対応について、簡単なアンケートにご協力ください（所要時間 1 分）。

Q1. お問い合わせは解決しましたか？　[はい]　[いいえ]
Q2. 担当者の対応に満足されましたか？

https://survey.aws.training/s/ja/abc123
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'credly-google-cloud-badge-ja', caseId: null, trap: true, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: 'Google Cloudのバッジ発行のお知らせ (Credly 経由、発行元が AWS ではない)',
    from: 'Google Cloud via Credly <admin@credly.com>', to: T, subject: 'Google Cloudのバッジ発行のお知らせ',
    date: rfcDate(d('2026-01-11T03:00:00Z')),
    text: `山田 太郎 様

Google Cloud から次のバッジが発行されました。

Professional Cloud Architect

バッジを入手する
https://www.credly.com/earner/earned

このメールは ${T} 宛てにお送りしています。
Credly, Inc.
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'shiken-kekka-goukaku-badge-qp', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: '試験結果 (合格) の通知: 「バッジの発行のお知らせが届きます」を含むが統合とは無関係',
    from: 'AWS Certification <aws-certification@amazon.com>', to: T, subject: '試験結果のお知らせ: AWS Certified Security - Specialty',
    date: rfcDate(d('2026-01-21T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

AWS Certified Security - Specialty 試験にご合格されました。おめでとうございます。
スコアレポートは AWS 認定アカウントの［試験履歴］からご確認いただけます。
Credly から数日以内にデジタルバッジの発行のお知らせが届きます。

AWS 認定
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'waribiki-voucher-hakkou-tokuten', caseId: null, trap: true,
    note: '認定特典の 50% 割引バウチャー発行のお知らせ (「発行されました」「ご確認」)',
    from: 'AWS Certification <aws-certification@amazon.com>', to: H, subject: '【AWS 認定】特典バウチャー発行のお知らせ',
    date: rfcDate(d('2026-01-22T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

認定の特典として、次回の試験で使える 50% 割引バウチャーが発行されました。
バウチャーは AWS 認定アカウントの［特典］ページでご確認いただけます。
有効期限：2027年1月31日

AWS 認定
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'skill-builder-gakushuu-rireki-ikou-b64', caseId: null, trap: true, cte: 'base64',
    note: 'Skill Builder の学習履歴「移行が完了しました」「引き継がれています」(認定アカウントの統合ではない; ISO-2022-JP base64)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: T, subject: 'AWS Skill Builder 学習履歴の移行完了のお知らせ',
    date: rfcDate(d('2026-01-18T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

AWS Skill Builder の学習履歴の移行が完了しました。
これまでの受講記録とサブスクリプションは、AWS Builder ID（${T}）に引き継がれています。

AWS Skill Builder チーム
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'jibun-soushin-shouchi-tougou-onegai', caseId: R13, trap: true, deliveredTo: null, auth: 'none',
    note: '利用者自身の送信済み返信「承知いたしました。統合をお願いいたします。」+ 確認依頼の引用',
    from: `山田 太郎 <${T}>`, to: SUPPORT, subject: supportSubject(R13), date: rfcDate(d('2026-01-14T12:00:00Z'), '+0900'),
    text: `橋本様

お世話になっております。山田です。
承知いたしました。上記の内容で統合をお願いいたします。

山田 太郎

${gmailJa(d('2026-01-14T01:40:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote(`この内容で進めてよろしければ、お手数ですがご返信にてお知らせくださいますようお願いいたします。`)}
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'kyuu-address-haishi-jidou-outou', caseId: R12, auth: 'none',
    note: '旧会社アドレスの自動応答「このメールアドレスは廃止されました」(ケースの件名を引用)',
    from: `佐藤 花子 <${HO}>`, to: H, subject: `自動応答: ${supportSubject(R12)}`,
    date: rfcDate(d('2026-01-13T02:01:00Z'), '+0900'), headers: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `本メールは自動応答です。

退職に伴い、このメールアドレスは 2025年12月31日 をもって廃止されました。
ご用件は、後任の担当者 (info@oldcorp.example.com) までお送りください。
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'credly-aws-badge-kigen-chikai', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly: AWS のバッジの有効期限が近づいている (バッジ発行でも移行でもない)',
    from: CREDLY_AWS, to: T, subject: 'バッジの有効期限が近づいています',
    date: rfcDate(d('2026-01-25T00:00:00Z')),
    text: `山田 太郎 様

Amazon Web Services Training and Certification から発行された次のバッジの有効期限が、60 日後に迫っています。

AWS Certified Developer – Associate（有効期限：2026年3月26日）

再認定の方法については、AWS 認定のウェブサイトをご確認ください。
Credly, Inc.
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'jibun-tensou-joushi-e-kanryou', caseId: R8, trap: true, deliveredTo: null, auth: 'none', charset: 'UTF-8', cte: 'base64',
    note: '利用者が完了通知を上司へ転送 (Gmail 転送ブロック、自分を Cc): 新しい本文は利用者のもの',
    from: `山田 太郎 <${T}>`, to: '鈴木部長 <suzuki@corp.example.co.jp>', cc: TC,
    subject: `Fwd: ${supportSubject(R8)}`, date: rfcDate(d('2026-01-11T06:00:00Z'), '+0900'),
    text: `鈴木部長

お疲れさまです。山田です。
認定アカウントの統合が終わりましたので、念のため AWS からの連絡を転送いたします。
社内の資格台帳の候補者 ID を AWS01234567 に更新いただけますでしょうか。

${fwdJa(d('2026-01-11T04:00:00Z'), `AWS Training and Certification <${SUPPORT}>`, `<${T}>`, supportSubject(R8))}

山田 太郎 様

本日、AWS07654321 と AWS01234567 の統合処理を終えましたので、ご報告いたします。
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'uk-survey-how-did-we-do-resolved', caseId: R6, trap: true, format: 'alt', charset: 'UTF-8',
    note: 'survey: "Your case ... was resolved. How did we do?" with star ratings',
    from: 'AWS Training and Certification <training-survey@amazon.com>', to: M, subject: 'How did we do? Two minutes of your time',
    date: rfcDate(d('2026-01-21T10:00:00Z'), '+0100'), headers: ['List-Unsubscribe: <mailto:unsubscribe@amazon.com>'],
    text: `Hello Maria,

Your case ${R6} with AWS Training and Certification was recently resolved. How did we do?

Rate your experience: ★★★★★ / ★★★★ / ★★★ / ★★ / ★
https://survey.amazon.com/t/uk-77?case=${R6}

This survey is optional and takes about two minutes.
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-isc2-badge-accept', caseId: null, trap: true,
    note: 'ISC2 via Credly: "Accept your badge" from another issuer',
    from: 'ISC2 via Credly <admin@credly.com>', to: P, subject: 'ISC2 sent you a badge',
    date: rfcDate(d('2026-01-14T12:00:00Z')),
    text: `Hi Priya N,

ISC2 has issued you a new badge: Certified in Cybersecurity (CC).

Accept your badge: https://www.credly.com/earner/earned/badge/9c1d2e3f-0000-4111-8222-333344445555

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'pearson-voucher-applied-confirmed', caseId: null, trap: true,
    note: 'test vendor: voucher applied, "your exam registration is confirmed" - exam mail, not the case',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', to: A, subject: 'Confirmation of your AWS Certification exam appointment',
    date: rfcDate(d('2026-01-22T17:00:00Z'), '-0700'),
    text: `Dear Alex Kim,

Your exam voucher has been applied and your registration is confirmed.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Saturday, February 21, 2026, 9:00 AM
Location: OnVUE online proctored
Voucher discount: 50%

Candidate ID: AWS20481632

Pearson VUE
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'skill-builder-subscription-transferred', caseId: null, trap: true,
    note: 'Skill Builder: "your subscription has been transferred" to the new Builder ID - not the certification merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: A, subject: 'Your AWS Skill Builder subscription has been transferred',
    date: rfcDate(d('2026-01-19T16:00:00Z'), '-0700'),
    text: `Hi Alex,

Your AWS Skill Builder Individual subscription has been transferred to your AWS Builder ID
(${A}). Your learning progress and completed courses are now available there.

The AWS Skill Builder team
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'user-forwards-outlook-work-to-personal', caseId: R5, trap: true, auth: 'none', deliveredTo: A,
    note: 'the user forwards the confirmation request from his work mailbox to his personal one (Outlook "FW:"); new text is his',
    from: `Alex Kim <${AW}>`, to: A, subject: `FW: ${supportSubject(R5)}`, date: rfcDate(d('2026-01-08T17:00:00Z'), '-0700'),
    text: `fyi - replying from personal

${outlookEn(d('2026-01-08T16:30:00Z'), `AWS Training and Certification <${SUPPORT}>`, AW, supportSubject(R5))}

Hi Alex,

This can't be undone. If everything above looks correct, simply reply to this email and we'll get it done.

Kevin
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'marketing-newsletter-merge-goals-claim-badge', caseId: null, trap: true, format: 'alt', charset: 'UTF-8',
    headers: ['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>', 'Precedence: bulk'],
    note: 'marketing newsletter: "merge your learning and certification goals", "your badge will be issued via Credly", "confirm your seat"',
    from: 'AWS Training and Certification <aws-training-marketing@amazon.com>', to: P, subject: 'Merge your learning and certification goals for 2026',
    date: rfcDate(d('2026-01-13T15:00:00Z')),
    text: `Hi Priya,

New year, new skills. Bring your learning and certification goals together with Certification Pathways:

- Pick a role-based pathway and track every course in one place
- Once you've earned your certification, your badge will be issued via Credly
- Live exam-prep sessions every Thursday: confirm your seat today

Explore pathways: https://aws.amazon.com/training/pathways/

You are receiving this email because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/unsubscribe
`,
  },
];
