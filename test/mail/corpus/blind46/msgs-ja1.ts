// Set "as", Japanese part 1: receipts, automated answers, information and confirmation requests.
import type { Msg } from './lib.js';
import {
  CASE, KOBAYASHI, M, MORI, NAKAMURA, NOTIFY, SUP, SUP_ADDR, SUZUKI, TAKAHASHI, TANAKA, ITO, YOSHIDA,
  caseQuote, gmailJa, htmlWithQuote, iosJa, jst, outlookJa, paras, quote, subj, subj0, utc, pst,
} from './common.js';

const suzukiReq = `AWS認定アカウントが2つあるので1つにまとめたいです。
残す方: ${SUZUKI.keepId} / ${SUZUKI.keep}
まとめる方: ${SUZUKI.srcId} / ${SUZUKI.src}
会社のアドレスで受けた SAA と、個人で受けた CLF があります。
統合にあたって必要な手続きがあれば教えてください。統合には同意します。`;

const takahashiReq = `前職のSIerで取得した資格を、今の個人アカウントに移したいと思っています。
旧: ${TAKAHASHI.src}
新: ${TAKAHASHI.keep}
旧アドレスは来月末で使えなくなるので、早めに対応いただけると助かります。`;

const itoReq = `お世話になります、伊藤です。
パートナー企業のアドレス(${ITO.src})で作った認定アカウントと、
個人で作ったアカウント(${ITO.keep})を統合してほしいです。
候補者IDは ${ITO.srcId} と ${ITO.keepId} です。`;

const nakamuraReq = `大学在籍中に大学のメールで受験したため、認定アカウントが分かれてしまいました。
大学アドレス: ${NAKAMURA.src} (${NAKAMURA.srcId})
個人アドレス: ${NAKAMURA.keep} (${NAKAMURA.keepId})
個人の方に一本化をお願いします。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  M({
    slug: 'ja-ack-echo-form', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, enc: 'jis7',
    from: NOTIFY, to: `${SUZUKI.ja} <${SUZUKI.keep}>`, subject: `AWS サポート ケース ${CASE.suzuki} を受け付けました`, date: utc('2026-02-09 01:14:07'),
    note: 'automatic receipt; the form text it echoes contains the user\'s own "統合には同意します"',
    text: `${SUZUKI.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
下記の内容でケースが作成されました。

ケース ID: ${CASE.suzuki}
カテゴリ: AWS トレーニングと認定 / 認定 / アカウントの統合
件名: アカウント統合について

お客様が入力された内容:
-----
${suzukiReq}
-----

担当者からの返信は通常 24 時間以内にお送りしています。同じ内容で別のケースを起票されますと、ご回答が遅れる原因になりますのでご注意ください。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-id-body-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashi, enc: 'sjis8',
    from: NOTIFY, to: TAKAHASHI.keep, subject: 'お問い合わせを承りました (AWS トレーニングと認定)', date: utc('2026-01-20 23:41:52'),
    note: 'receipt whose case ID appears only in the body',
    text: `このメールは送信専用アドレスからお送りしています。

高橋 美咲 様
AWS トレーニングと認定 カスタマーサポートです。お問い合わせを受け付けましたのでお知らせします。

受付番号(ケース ID): ${CASE.takahashi}

内容を確認のうえ、担当よりご連絡いたします。追加の情報がある場合は、このケースへの返信としてお送りください。

--
AWS Training and Certification`,
  }),
  M({
    slug: 'ja-ack-html-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ito, enc: 'utf8qp',
    from: NOTIFY, to: ITO.keep, subject: `[ケース ${CASE.ito}] お問い合わせありがとうございます`, date: utc('2026-03-02 06:05:31'),
    note: 'HTML-only automatic receipt for the merge case',
    html: `<html><body style="font-family:Meiryo,sans-serif">
<table width="600"><tr><td>
<h2>ケースを作成しました</h2>
<p>伊藤 翔 様</p>
<p>AWS サポートにお問い合わせいただき、ありがとうございます。お客様のケースは正常に登録されました。</p>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td><b>${CASE.ito}</b></td></tr>
<tr><td>サービス</td><td>AWS Training and Certification</td></tr>
<tr><td>重要度</td><td>一般的な質問</td></tr>
</table>
<p>担当者が内容を拝見し、順次ご返信いたします。</p>
<p style="color:#666;font-size:11px">本メールにお心当たりのない場合は破棄してください。</p>
</td></tr></table>
</body></html>`,
  }),
  M({
    slug: 'ja-ack-to-src-address', kind: 'acknowledgement', lang: 'ja', caseId: CASE.nakamura, enc: 'jisb64',
    from: NOTIFY, to: NAKAMURA.src, subject: `ケース ${CASE.nakamura} が作成されました`, date: utc('2026-04-13 02:22:10'),
    note: 'receipt sent to the user\'s university address (one of the two being merged)',
    text: `中村 由美 様

お問い合わせありがとうございます。以下の番号でお承りしました。
ケース番号 ${CASE.nakamura}

ご入力いただいた内容の控え
${nakamuraReq}

サポート担当者からの回答をお待ちください。このメールには返信いただけます。

Amazon Web Services サポート`,
  }),
  M({
    slug: 'ja-ack-duplicate-submission', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashiDup, enc: 'utf8b64',
    from: NOTIFY, to: TAKAHASHI.keep, subject: `AWS サポート: ケース ${CASE.takahashiDup} 受付のお知らせ`, date: utc('2026-01-22 04:30:00'),
    text: `高橋様

ケース ${CASE.takahashiDup} を受け付けました。
件名: 【再送】認定アカウント統合のお願い

ご回答までしばらくお待ちください。なお、既に同じご依頼でケースを作成されている場合は、新しいケースを作らずに既存のケースへご返信いただくと、よりスムーズにご案内できます。

AWS サポートセンター`,
    html: `<p>高橋様</p><p>ケース <b>${CASE.takahashiDup}</b> を受け付けました。<br>件名: 【再送】認定アカウント統合のお願い</p><p>ご回答までしばらくお待ちください。なお、既に同じご依頼でケースを作成されている場合は、新しいケースを作らずに既存のケースへご返信いただくと、よりスムーズにご案内できます。</p><p>AWS サポートセンター</p>`,
    note: 'receipt of the user\'s second submission of the same request (still a receipt)',
  }),
  M({
    slug: 'ja-ack-mixed-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, enc: 'utf8qp',
    from: SUP, to: SUZUKI.keep, subject: subj0(CASE.suzuki), date: utc('2026-02-09 01:15:40'),
    note: 'form-submission receipt: Japanese text with English boilerplate lines',
    text: `Thank you for contacting AWS Training and Certification.

鈴木様

お問い合わせを受け付けました。ケース番号は ${CASE.suzuki} です。お問い合わせの際は、この番号をお知らせください。
通常、1営業日以内に担当よりご連絡します。

Please do not open a new case for the same issue.

AWS Training and Certification Customer Support
${'ref:_00D6Fa1Bq._500Wy' + CASE.suzuki.slice(-5) + ':ref'}`,
  }),
  M({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ito, enc: 'jis7', trusted: false,
    from: 'AWS トレーニングと認定 <support@aws-certification-help.com>', to: ITO.keep, subject: `[CASE ${CASE.ito}] お問い合わせ受付完了`, date: jst('2026-03-02 15:40:12'),
    note: 'looks like a receipt but comes from a look-alike domain (aws-certification-help.com): untrusted',
    text: `伊藤 翔 様

お問い合わせを受け付けました(ケース ${CASE.ito})。
本人確認のため、下記リンクから AWS Builder ID でサインインしてください。
https://aws-certification-help.com/verify?case=${CASE.ito}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-ack-cc-manager', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, enc: 'sjisb64',
    from: NOTIFY, to: SUZUKI.src, cc: `${TANAKA.ja} <${TANAKA.addr}>`, subject: `ケース ${CASE.suzuki}: お問い合わせを受け付けました`, date: utc('2026-02-09 01:14:09'),
    note: 'receipt copy to the work address with the manager the user added in CC',
    text: `お問い合わせいただき、ありがとうございます。

ケース ID ${CASE.suzuki} として登録いたしました。追加の連絡先(CC)として登録されたメールアドレスにも、この通知をお送りしています。

ご回答は担当者よりメールでお届けします。

Amazon Web Services`,
  }),

  // ---------------- ai_answer (7) ----------------
  M({
    slug: 'ja-ai-quotes-question-tool', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64',
    from: NOTIFY, to: NAKAMURA.keep, subject: 'お問い合わせへの自動回答', date: utc('2026-04-13 02:19:44'),
    note: 'generated answer pointing to the self-service Merge Accounts tool, the user\'s question echoed above it',
    text: `お客様のご質問:
「${nakamuraReq.split('\n')[0]}」

生成 AI による回答:
認定アカウントが複数ある場合は、まず AWS 認定アカウントにサインインし、[プロフィール] から [アカウントの統合] を開いてください。統合したいもう一方のアカウントの情報を入力すると、ご自身で統合を進められます。
両方のアカウントに認定の履歴がある場合など、ツールで統合できないときは、この画面から [ケースを作成] を選んでサポートにご連絡ください。

この回答は AI によって生成されたもので、誤りを含む可能性があります。`,
  }),
  M({
    slug: 'ja-ai-plain-steps', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7',
    from: NOTIFY, to: SUZUKI.keep, subject: 'AWS サポート: 提案された回答', date: utc('2026-02-09 01:10:02'),
    note: 'automated suggestion listing self-service steps, before a case exists',
    text: `以下はお問い合わせ内容をもとに自動で作成したご案内です。

1. https://www.aws.training/certification にサインインします
2. 右上のメニューからプロフィールを選びます
3. 「Merge Accounts」を開き、もう一方のアカウントのログイン情報を入力します

解決しない場合は「ケースを作成」からお問い合わせください。担当者がお手伝いします。

(自動応答)`,
  }),
  M({
    slug: 'ja-ai-html-only', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp',
    from: NOTIFY, to: TAKAHASHI.keep, subject: 'Amazon Q による回答をお届けします', date: utc('2026-01-20 23:35:18'),
    note: 'HTML-only AI answer (Amazon Q branding) about merging via the portal tool',
    html: `<div style="font-family:sans-serif">
<p>ご質問ありがとうございます。以下は Amazon Q が作成した回答です。</p>
<blockquote style="background:#f4f4f4;padding:8px">前職で取得した資格を、今の個人アカウントに移したい</blockquote>
<p>AWS 認定の資格は、認定アカウント同士を統合することで 1 つのアカウントにまとめられます。サインイン後、プロフィール画面の「アカウントを統合」からお試しください。</p>
<p>この回答で解決しなかった場合は、<a href="https://support.aws.amazon.com/#/contacts/aws-training">こちら</a>からケースを作成できます。</p>
<p style="font-size:11px;color:#888">生成 AI の回答には不正確な情報が含まれる場合があります。</p>
</div>`,
  }),
  M({
    slug: 'ja-ai-explains-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', trap: true,
    from: NOTIFY, to: ITO.keep, subject: '自動生成された回答: 認定アカウントについて', date: utc('2026-03-02 05:58:29'),
    note: 'AI answer that explains what happens after a merge (badges, benefits); still ai_answer',
    text: `伊藤 翔 様

いただいたご質問に対する自動回答です。

統合が完了すると、統合元アカウントの認定資格と試験履歴は統合先アカウントに表示されるようになります。Credly のデジタルバッジは、統合後に統合先のメールアドレスで改めて受け取る必要がある場合があります。
また、次回の試験で使える 50% 割引などの特典も統合先に引き継がれます。

統合手続きそのものは、プロフィールの「アカウントの統合」から行えます。うまくいかない場合はケースを作成してください。

※この内容は自動的に生成されています。`,
  }),
  M({
    slug: 'ja-ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', trusted: false, auth: 'misaligned',
    from: NOTIFY, to: SUZUKI.src, subject: 'AI アシスタントからのご案内', date: utc('2026-02-08 12:03:51'),
    note: 'AI-answer wording, but DKIM is for an unrelated bulk domain and DMARC fails: untrusted',
    text: `AI アシスタントがお問い合わせ内容を確認しました。

アカウントの統合は、認定アカウントのプロフィールにある統合ツールでご自身で行えます。
ツールが使えない場合は、サポートケースを作成してください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  M({
    slug: 'ja-ai-mixed-links', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jisb64',
    from: NOTIFY, to: NAKAMURA.src, subject: 'Suggested answer / 提案された回答', date: utc('2026-04-12 14:47:03'),
    note: 'bilingual automated answer; new text mainly Japanese',
    text: `Suggested answer (generated)

ご質問の件、以下のページが参考になるかもしれません。
- AWS Certification FAQs: https://aws.amazon.com/certification/faqs/
- アカウントの統合について: 認定アカウントにサインイン後、Profile > Merge Accounts

大学のメールアドレスが使えなくなる前に、残す方のアカウントでサインインできることをご確認ください。
ご自身で解決できない場合は、ケースを作成してサポートにお問い合わせください。

This answer was generated automatically.`,
  }),
  M({
    slug: 'ja-ai-feedback-footer', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf88bit',
    from: NOTIFY, to: TAKAHASHI.src, subject: 'AWS サポートの自動回答', date: utc('2026-01-19 08:12:55'),
    note: 'automated answer with a helpful/not-helpful footer, to the user\'s old address',
    text: `こんにちは。AWS サポートの自動応答です。

お問い合わせの「認定資格を別のアカウントに移したい」という件について、次の方法をご案内します。
認定アカウントにサインインし、アカウント設定の統合機能から、移したい資格があるアカウントを指定してください。指定したアカウントの資格と履歴が、サインイン中のアカウントにまとまります。

この回答で問題は解決しましたか?
[解決した] [解決しなかった: サポートに問い合わせる]`,
  }),

  // ---------------- info_request (8) ----------------
  M({
    slug: 'ja-info-quote-douisimasu', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7', trap: true,
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-22 02:08:13'),
    note: 'support asks for both candidate IDs; the quoted user reply says 「統合に同意します」 (her words, not support\'s news)',
    text: `高橋 美咲 様

ご返信ありがとうございます。
お手続きを進めるにあたり、両方のアカウントの AWS 候補者 ID(AWS から始まる番号)をお知らせいただけますでしょうか。
候補者 ID は、認定アカウントにサインイン後、プロフィールの「識別情報」で確認できます。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート
担当: 木村

${caseQuote(TAKAHASHI.keep, '2026-01-21 13:30', SUP_ADDR, subj(CASE.takahashi), `お世話になっております。高橋です。
ご案内ありがとうございます。統合に同意します。お手数ですが進めてください。
旧アドレスは2月末まで受信できます。

${takahashiReq}`)}`,
  }),
  M({
    slug: 'ja-info-which-to-keep', kind: 'info_request', lang: 'ja', caseId: CASE.ito, enc: 'sjis8',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-03 09:51:26'),
    note: 'asks which of the two accounts stays primary, quoting the user\'s request',
    text: `伊藤様

AWS トレーニングと認定サポートの山口です。お問い合わせの内容を拝見しました。
2 つのアカウントのうち、今後ご利用になる(残す)アカウントはどちらになりますでしょうか。
あわせて、それぞれのアカウントで取得済みの認定名も教えていただけますと、確認がスムーズです。

どうぞよろしくお願いいたします。

${outlookJa(`${ITO.ja} <${ITO.keep}>`, '2026-03-02 15:03', SUP_ADDR, 'アカウント統合の依頼')}

${itoReq}`,
  }),
  M({
    slug: 'ja-info-gokakunin-address', kind: 'info_request', lang: 'ja', caseId: CASE.nakamura, enc: 'utf8qp', trap: true,
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-14 03:17:45'),
    note: '「ご確認のうえお知らせください」 asks for the address to keep: info_request, not a consent request',
    text: `中村 由美 様

お問い合わせありがとうございます。
統合後にログインおよび通知に使用するメールアドレスを、念のためご確認のうえお知らせください。大学のアドレスは卒業後に使えなくなる場合が多いため、個人のアドレスをおすすめしております。

${gmailJa('2026-04-13 11:20', `${NAKAMURA.ja} <${NAKAMURA.keep}>`)}
${quote(nakamuraReq)}

AWS Training and Certification
カスタマーサポート 岡本`,
  }),
  M({
    slug: 'ja-info-manager-consent-quoted', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, enc: 'jisb64', trap: true,
    from: SUP, to: SUZUKI.keep, cc: TANAKA.addr, subject: subj(CASE.suzuki), date: utc('2026-02-10 07:26:39'),
    note: 'the manager\'s quoted 「本人も統合に同意しています」 is not the consent support needs; support asks the user for the name on each account',
    text: `鈴木 健一 様
(CC: 田中様)

ご連絡ありがとうございます。
恐れ入りますが、統合のご依頼はアカウントのご本人様から承る必要がございます。
鈴木様ご本人から、両アカウントに登録されている氏名(ローマ字)と、それぞれの候補者 ID をこのメールへのご返信でお送りください。

AWS トレーニングと認定 カスタマーサポート

${outlookJa(`${TANAKA.ja} <${TANAKA.addr}>`, '2026-02-09 18:02', SUP_ADDR, subj(CASE.suzuki), SUZUKI.keep)}

AWS サポートご担当者様

鈴木の上長の田中です。本件、会社としても問題ありませんし、本人も統合に同意しています。
早めに進めていただけると助かります。

田中`,
  }),
  M({
    slug: 'ja-info-reply-from-keep-with-ids', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi, enc: 'utf8b64',
    from: SUP, to: TAKAHASHI.src, subject: subj(CASE.takahashi), date: utc('2026-01-21 03:44:02'),
    note: 'asks her to write from the address she keeps AND to include both IDs: info_request',
    text: `高橋様

本件は、統合先(残す方)のアカウントに登録されたメールアドレスからご返信いただく必要がございます。
${TAKAHASHI.keep} からこのケースにご返信のうえ、両アカウントの候補者 ID と、統合後も残したいアカウントを明記してください。

お手数をおかけしますが、よろしくお願い申し上げます。

AWS トレーニングと認定

${gmailJa('2026-01-20 08:41', `${TAKAHASHI.ja} <${TAKAHASHI.src}>`)}
${quote(takahashiReq)}`,
  }),
  M({
    slug: 'ja-info-forged-below-received', kind: 'info_request', lang: 'ja', caseId: CASE.ito, enc: 'jis7', trusted: false, auth: 'forgedBelow',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-03 11:02:40'),
    note: 'asks for IDs and a password, but the only dmarc=pass sits below the server\'s Received line: untrusted',
    text: `伊藤様

本人確認のため、両アカウントの候補者 ID、ログイン用パスワード、生年月日をご返信ください。
確認が取れ次第、手続きに進みます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-info-screenshot-history', kind: 'info_request', lang: 'ja', caseId: CASE.nakamura, enc: 'sjisb64',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-15 05:12:20'),
    note: 'asks for a screenshot of the exam history, quoting the user\'s earlier reply',
    text: `中村様

ご返信ありがとうございます。
大学アドレスのアカウントについて、試験履歴の画面(Exam History)のスクリーンショットを添付してお送りいただけますか。
候補者 ID が表示されている部分が写っていれば十分です。

${iosJa('2026-04-14 22:48', `${NAKAMURA.ja} <${NAKAMURA.keep}>`)}

> 個人の ${NAKAMURA.keep} の方を残してください。
> よろしくお願いします。
>
> iPhoneから送信

AWS トレーニングと認定 サポートチーム`,
  }),
  M({
    slug: 'ja-info-to-colleague-only', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, enc: 'utf8qp', forUser: false,
    from: SUP, to: `${KOBAYASHI.ja} <${KOBAYASHI.addr}>`, subject: subj(CASE.suzuki), date: utc('2026-02-12 08:33:17'),
    note: 'support asks the colleague (who wrote in on the user\'s behalf) for details; the user is not a recipient',
    text: `小林様

ご連絡ありがとうございます。
鈴木様のアカウント統合につきまして、統合元アカウントのログイン用メールアドレスと、取得済みの認定の一覧をお知らせいただけますでしょうか。

AWS トレーニングと認定 カスタマーサポート

${gmailJa('2026-02-12 09:05', `${KOBAYASHI.ja} <${KOBAYASHI.addr}>`)}
> 鈴木が出張中のため代わりにご連絡します。ケース ${CASE.suzuki} の件、進捗はいかがでしょうか。`,
  }),

  // ---------------- confirmation_request (8) ----------------
  M({
    slug: 'ja-conf-irreversible-gmail-quote', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, enc: 'jis7',
    from: SUP, to: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-11 02:40:51'),
    note: 'asks the user to agree to the irreversible merge; the user\'s request quoted below',
    text: `鈴木 健一 様

お待たせいたしました。AWS トレーニングと認定サポートの佐野です。
ご依頼の内容で、${SUZUKI.srcId} を ${SUZUKI.keepId} に統合する準備が整いました。
なお、統合後に元へ戻すことはできません。この内容で進めてよろしいか、本メールへのご返信でお知らせください。

佐野

${gmailJa('2026-02-10 21:15', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
> お世話になっております。
> 氏名はどちらも KENICHI SUZUKI です。
> 候補者IDは ${SUZUKI.keepId}(個人)と ${SUZUKI.srcId}(会社)です。
>
> ${gmailJa('2026-02-10 16:26', `AWS Training and Certification <${SUP_ADDR}>`)}
>> 鈴木 健一 様
>> 両アカウントに登録されている氏名と候補者 ID をお知らせください。`,
  }),
  M({
    slug: 'ja-conf-answers-voucher-then-asks', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, enc: 'sjis8',
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-23 01:55:09'),
    note: 'answers her voucher question, then asks her consent before merging',
    text: `高橋様

お問い合わせの割引バウチャーにつきましては、統合後も有効期限内であれば引き続きご利用いただけます。

それでは、${TAKAHASHI.src} のアカウントを ${TAKAHASHI.keep} のアカウントに統合いたします。一度統合すると取り消しはできませんので、同意いただける場合はその旨をご返信ください。ご返信をいただいてから作業に入ります。

AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: ${TAKAHASHI.keep}
Sent: 2026/01/22 20:14
Subject: RE: ${subj(CASE.takahashi)}

候補者IDは ${TAKAHASHI.keepId}(新)、${TAKAHASHI.srcId}(旧)です。
ひとつ質問ですが、旧アカウントにある50%割引のバウチャーは統合後も使えますか?`,
  }),
  M({
    slug: 'ja-conf-html-multipart', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, enc: 'utf8qp',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-04 04:20:33'),
    note: 'multipart consent request: accounts listed, reply asked for before the merge',
    text: `伊藤様

以下の 2 つのアカウントを統合します。
・統合先: ${ITO.keepId} (${ITO.keep})
・統合元: ${ITO.srcId} (${ITO.src})
統合は取り消せない操作です。上記で問題なければ、「同意します」とご返信ください。

AWS トレーニングと認定 山口`,
    html: `<div>伊藤様<br><br>以下の 2 つのアカウントを統合します。<ul><li>統合先: ${ITO.keepId} (${ITO.keep})</li><li>統合元: ${ITO.srcId} (${ITO.src})</li></ul>統合は取り消せない操作です。上記で問題なければ、「同意します」とご返信ください。<br><br>AWS トレーニングと認定 山口</div>`,
  }),
  M({
    slug: 'ja-conf-yoroshikereba-reply', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura, enc: 'jisb64',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-16 06:08:12'),
    note: 'consent asked without the word 確認: 「上記の内容でよろしければ…ご返信ください」',
    text: `中村 由美 様

スクリーンショットのご送付ありがとうございました。確認いたしました。
大学アドレスのアカウント(${NAKAMURA.srcId})の資格と試験履歴を、個人アドレスのアカウント(${NAKAMURA.keepId})へ移し、大学アドレスのアカウントは無効になります。元に戻すことはできません。
上記の内容でよろしければ、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート 岡本`,
  }),
  M({
    slug: 'ja-conf-after-user-sent-ids', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, enc: 'utf8b64',
    from: SUP, to: TAKAHASHI.keep, cc: TAKAHASHI.src, subject: subj(CASE.takahashi), date: utc('2026-01-22 23:10:45'),
    note: 'after the user sent IDs, support asks her to agree; both her addresses are recipients',
    text: `高橋様

ご回答ありがとうございます。いただいた候補者 ID で両方のアカウントを確認できました。
統合作業の前に、最終のご意思確認をお願いしております。統合すると旧アカウントではサインインできなくなり、元に戻すこともできません。問題なければ、統合に同意する旨をご返信いただけますでしょうか。

${gmailJa('2026-01-22 20:14', `${TAKAHASHI.ja} <${TAKAHASHI.keep}>`)}
> 候補者IDは ${TAKAHASHI.keepId}(新)、${TAKAHASHI.srcId}(旧)です。
> よろしくお願いします。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-conf-fail-then-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, enc: 'jis7', trusted: false, auth: 'failThenForged',
    from: SUP, to: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-11 05:12:00'),
    note: 'consent request whose topmost Authentication-Results fails (a pass is planted lower): untrusted',
    text: `鈴木様

統合の最終確認です。以下のフォームから同意ボタンを押してください。24 時間以内に操作がない場合、ケースは取り消されます。
https://aws-merge-consent.example-login.net/c/${CASE.suzuki}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-lookalike-authserv', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura, enc: 'sjisb64', trusted: false, auth: 'lookalikeServer',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-16 07:30:22'),
    note: 'consent request, but the Authentication-Results comes from a look-alike authserv-id: untrusted',
    text: `中村様

統合に進んでよろしいでしょうか。統合後は取り消しできません。ご同意いただける場合はご返信ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-quotes-mobile-reply', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, enc: 'utf88bit',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-03 23:58:14'),
    note: 'asks consent; the quoted mobile reply is the user\'s answer about which account to keep',
    text: `伊藤 翔 様

残すアカウントについてご回答いただき、ありがとうございます。
${ITO.keep} (${ITO.keepId}) を残し、${ITO.src} のアカウントをこちらに統合する形で承ります。取り消しはできませんので、お手数ですが、進めてよいか今一度ご返信をお願いいたします。

${iosJa('2026-03-03 19:22', `${ITO.ja} <${ITO.keep}>`)}

> 残すのは個人の方です。会社の方は SAA と DVA があります。
> 移動中なので取り急ぎ。
>
> iPhoneから送信

AWS トレーニングと認定サポート 山口`,
  }),
];
