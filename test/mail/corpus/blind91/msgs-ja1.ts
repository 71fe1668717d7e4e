// Japanese messages of set cl, part 1: receipts, automated answers, information and
// consent requests. Much of it reads like machine translation from English templates.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { FORM, FORM_JA, FORM_BARE, NOTIFY, NOTIFY_JA, KEN, MISAKI, SHO, C, ja, subj, subjNoRe, sfQuote, olJa, ref, page, MT_BANNER_JA, MISAKI_REQ, SHO_REQ, alsoHtml } from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

export const JA1: Msg[] = alsoHtml(['conf-bilingual-ja-first', 'info-which-keep-outlook'], [
  // ---------------- acknowledgement (8) ----------------
  ja({
    slug: 'ack-notify-placeholder-left',
    kind: 'acknowledgement',
    caseId: C.ken,
    note: 'AWS Support notification of a new case, machine-translated template with an unfilled {{FirstName}} placeholder',
    from: NOTIFY_JA,
    to: KEN.keep,
    subject: `[ケース ${C.ken}] AWS トレーニングと認定 - account-assistance`,
    date: d('2026-01-19 02:14:51', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `{{FirstName}} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
あなたのお問い合わせに対して、ケース ${C.ken} が作成されたことをお知らせいたします。

私たちのチームのメンバーは、24 時間以内に電子メールであなたに戻ります。

同じリクエストのためにすでにケースをオープンしている場合は、別のケースを作成しないでください。重複したケースは、私たちの応答を遅らせる原因となることがあります。

敬具
アマゾン ウェブ サービス

本メッセージは自動送信です。このアドレスへの返信はモニタリングされていません。`,
  }),
  ja({
    slug: 'ack-html-id-in-body',
    kind: 'acknowledgement',
    caseId: C.misaki,
    note: 'HTML-only receipt; subject has no case ID, the reference number sits only in the body',
    from: FORM_JA,
    to: misakiTo,
    subject: 'お問い合わせを受け付けました - AWS トレーニングと認定',
    date: d('2026-02-02 07:40:03', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>高橋 美咲 様</p>
<p>AWS トレーニングと認定カスタマーサポートにご連絡いただきありがとうございます。お客様のリクエストは参照番号 <b>${C.misaki}</b> として記録されました。</p>
<p>担当者より通常 1〜2 営業日以内にご回答いたします。フォームを再送信する必要はありません。再送信されますと、対応が遅れる場合がございます。</p>
<p style="color:#687078;font-size:12px">このメールは送信専用アドレスから配信されています。</p>
</td></tr></table>`),
  }),
  ja({
    slug: 'ack-bilingual-ja-first',
    kind: 'acknowledgement',
    caseId: C.sho,
    note: 'bilingual receipt, Japanese half first (machine-translated), English half says the same with other wording',
    from: FORM,
    to: shoTo,
    subject: `${subjNoRe(C.sho)}`,
    date: d('2026-02-09 11:02:17', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `(English follows Japanese)

伊藤 翔 様

お問い合わせを受け取りました。ケース番号: ${C.sho}
この件については、サポートチームのスペシャリストがレビューを行い、後ほどご連絡差し上げます。
このメールに返信することで、ケースにコメントを追加することができます。

--------------------------------------------------

Dear Sho Ito,

We have received your request and opened case ${C.sho}.
A specialist will review it and reach out to you shortly.
You may reply to this email to add information to your case.

AWS Training and Certification`,
  }),
  ja({
    slug: 'ack-jisb64-auto-reply',
    kind: 'acknowledgement',
    caseId: C.kenDup,
    note: 'automatic receipt of a second (duplicate) case opened by the user; receipt shape, says only account-assistance',
    from: FORM,
    to: KEN.keep,
    subject: `${subjNoRe(C.kenDup)}`,
    date: d('2026-01-20 23:55:09', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `本メールは自動返信です。

お問い合わせありがとうございました。下記の内容で承りました。
ケース ID: ${C.kenDup}
カテゴリ: AWS Training and Certification / account-assistance

担当者が内容を確認したのち、折り返しご連絡をいたします。しばらくお待ちくださいますようお願い申し上げます。

AWS Training and Certification Customer Support`,
  }),
  ja({
    slug: 'ack-no-auth-results',
    kind: 'acknowledgement',
    caseId: C.misaki,
    trusted: false,
    note: 'receipt shape from the form address, but no Authentication-Results at all: untrusted',
    from: FORM,
    to: MISAKI.keep,
    subject: `[CASE ${C.misaki}] お問い合わせ受付のお知らせ`,
    date: d('2026-02-02 07:41:55', '+0000'),
    auth: 'none',
    enc: 'jis7',
    text: `お客様各位

お問い合わせを受領しました。ケース番号は ${C.misaki} です。
24時間以内に担当者よりご返信いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ack-sjis-echoes-fields',
    kind: 'acknowledgement',
    caseId: C.sho,
    trap: true,
    note: 'receipt that echoes every field the customer submitted (candidate ID, addresses) — it asks for nothing',
    from: FORM,
    to: SHO.keep,
    subject: `お問い合わせ内容の確認 [CASE ${C.sho}]`,
    date: d('2026-02-09 11:02:40', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `伊藤 翔 様

以下の内容でお問い合わせを受け付けました。

ケース番号 : ${C.sho}
お問い合わせの種類 : AWS トレーニングと認定
問題の種類 : 認定 / アカウントの統合
AWS 認定候補者 ID : ${SHO.keepId}
連絡先メールアドレス : ${SHO.keep}
お問い合わせ内容 :
${SHO_REQ}

内容に誤りがある場合も、新しいケースは作成せず本メールへ返信してください。
担当者からのご連絡をお待ちください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'ack-mt-banner-24h',
    kind: 'acknowledgement',
    caseId: C.ken,
    note: 'receipt with a machine-translation banner and the English original under it',
    from: FORM,
    to: kenTo,
    subject: `${subjNoRe(C.ken)}`,
    date: d('2026-01-19 02:15:30', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${MT_BANNER_JA}

こんにちは、

あなたのケースはオープンされ、キューに入れられました。ケース ID ${C.ken}。
AWS トレーニングと認定チームは、24 時間以内にあなたのリクエストに応答します。
追加する情報がある場合、このメッセージに返信してください。新しいケースをオープンしないでください。

---- Original (English) ----
Hello,

Your case has been opened and placed in the queue. Case ID ${C.ken}.
The AWS Training and Certification team will respond to your request within 24 hours.
If you have more information to add, reply to this message. Please do not open a new case.`,
  }),
  ja({
    slug: 'ack-html-table-receipt',
    kind: 'acknowledgement',
    caseId: C.ken,
    note: 'multipart receipt laid out as a table (件名/ケースID/重大度), localisation template with English labels left in',
    from: NOTIFY,
    to: KEN.keep,
    subject: `AWS サポート: ケース ${C.ken} が作成されました`,
    date: d('2026-01-19 02:14:58', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ケースが作成されました (Case created)

ケース ID (Case ID): ${C.ken}
件名 (Subject): account-assistance
重大度 (Severity): 一般的なガイダンス
ステータス: 未割り当て (Unassigned)

サポートセンターでケースの詳細を確認できます。`,
    html: page(`<h3>ケースが作成されました (Case created)</h3>
<table border="0" cellpadding="4">
<tr><td>ケース ID (Case ID)</td><td>${C.ken}</td></tr>
<tr><td>件名 (Subject)</td><td>account-assistance</td></tr>
<tr><td>重大度 (Severity)</td><td>一般的なガイダンス</td></tr>
<tr><td>ステータス</td><td>未割り当て (Unassigned)</td></tr>
</table>
<p>サポートセンターでケースの詳細を確認できます。</p>`),
  }),

  // ---------------- ai_answer (7) ----------------
  ja({
    slug: 'ai-generated-merge-tool-mt',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool, literal MT word order',
    from: NOTIFY,
    to: MISAKI.keep,
    subject: 'AWS サポート: 生成された回答のコピー',
    date: d('2026-02-01 22:31:12', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `この回答は生成 AI によって作成されました。正確性を確認してください。

AWS 認定アカウントのマージについては、次の手順で自分自身で行うことが可能です:
1. AWS 認定アカウントにサインインしてください。
2. [プロファイル] から [アカウントのマージ (Merge Accounts)] を選択してください。
3. マージしたいもう一方のアカウントの資格情報を入力して、画面の指示に従ってください。

両方のアカウントに認定の履歴がある場合、ツールはマージを実行しないことがあります。その場合は「ケースを作成」を選択してください。`,
  }),
  ja({
    slug: 'ai-misaligned-dkim',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    note: 'automated suggestion, but DKIM is for a bulk-mail domain and DMARC fails: untrusted',
    from: NOTIFY,
    to: SHO.keep,
    subject: 'お問い合わせへの自動提案',
    date: d('2026-02-09 10:58:44', '+0000'),
    auth: 'misaligned',
    enc: 'jis7',
    text: `お問い合わせ内容にもとづき、自動的に以下の情報をご提案します。

・認定アカウントのコンソリデーション(統合)は、セルフサービスのマージツールで行えます。
・ツールが使用できない場合、サポートにケースを作成してください。

この提案で問題が解決しましたか? [はい] [いいえ]`,
  }),
  ja({
    slug: 'ai-sjis-amazon-q',
    kind: 'ai_answer',
    caseId: null,
    note: 'Shift_JIS automated assistant answer; English product terms left untranslated',
    from: NOTIFY,
    to: KEN.keep,
    subject: 'Amazon Q からの回答: 認定アカウントについて',
    date: d('2026-01-19 02:05:20', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `Amazon Q がお答えします。

複数の AWS Certification account を持っている場合、Certification Account の Merge Accounts 機能で 1 つに統合できます。
統合後、ソースアカウントは無効 (deactivate) になり、認定および Benefits はターゲットアカウントに移動します。
ツールでエラーが表示される場合には、AWS Training and Certification のサポートフォームからケースを作成してください。

この回答は AI により生成されたもので、誤りを含む可能性があります。`,
  }),
  ja({
    slug: 'ai-explains-after-merge',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer that describes what happens after a merge (badges move, benefits carry over) — explanation, not an event',
    from: NOTIFY_JA,
    to: MISAKI.keep,
    subject: 'よくある質問に基づく自動回答',
    date: d('2026-02-01 22:33:05', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `自動回答システムからのご案内です。

Q. アカウントをマージすると、どうなりますか?
A. マージが完了すると、統合元の認定資格、試験履歴、特典(バウチャー)は統合先のアカウントへトランスファーされます。Credly のデジタルバッジも、統合先のメールアドレスに再発行されます。

Q. マージは取り消せますか?
A. いいえ、マージは元に戻すことはできません。

それ以外のご質問は、「ケースを作成」からお問い合わせください。`,
  }),
  ja({
    slug: 'ai-related-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated list of suggested help articles shown before a case is created',
    from: NOTIFY,
    to: SHO.keep,
    subject: 'おすすめのヘルプ記事 (Recommended articles)',
    date: d('2026-02-09 10:57:02', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: page(`<p>お客様の入力された内容に関連する記事は次のとおりです。</p>
<ul>
<li><a href="https://aws.amazon.com/certification/faqs/">AWS 認定に関するよくある質問 - 「アカウントを統合する方法は?」</a></li>
<li><a href="https://aws.amazon.com/certification/policies/">認定プログラムのポリシー</a></li>
</ul>
<p>記事で解決しない場合には、引き続きケースを作成することができます。</p>
<p style="font-size:11px">This content is generated automatically. / このコンテンツは自動生成されています。</p>`),
  }),
  ja({
    slug: 'ai-bilingual-machine-label',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI answer with a "[Machine translated]" label; Japanese first, English original after',
    from: NOTIFY,
    to: KEN.keep,
    subject: 'AI によって生成された回答 / AI-generated response',
    date: d('2026-01-19 02:06:41', '+0000'),
    auth: 'dkimonly',
    enc: 'jisb64',
    text: `[機械翻訳]
お客様は、2 つの認定アカウントを持つことを報告しました。セルフサービスのアカウントマージツールを使ってください。それは認定ページのあなたのプロファイルの下で見つけられます。もしツールがこれを許可しない場合は、私たちのチームはあなたを助けることができます。

[Original]
You reported having two certification accounts. Please use the self-service account merge tool, found under your profile on the certification page. If the tool does not allow it, our team can help you.`,
  }),
  ja({
    slug: 'ai-template-link-placeholder',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated suggestion whose link placeholder was never filled ({{merge_tool_url}})',
    from: NOTIFY,
    to: misakiTo,
    subject: 'ご質問への回答候補',
    date: d('2026-02-01 22:29:40', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `以下は、お客様の質問に対する回答の候補です(自動生成)。

アカウントの統合をご希望の場合は、{{merge_tool_url}} からセルフサービスでお手続きいただけます。サインイン後、統合元アカウントのメールアドレスとパスワードを入力してください。

お役に立ちましたか? この回答を評価してください。`,
  }),

  // ---------------- info_request (10) ----------------
  ja({
    slug: 'info-provide-list-mt',
    kind: 'info_request',
    caseId: C.ken,
    note: 'machine-translated request for candidate IDs, addresses and which account to keep',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-20 04:12:33', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健一 様

AWS トレーニングと認定にご連絡いただきありがとうございます。

あなたのアカウントをマージするために、私たちは以下の情報を必要とします:

1. 両方のアカウントの AWS 認定候補者 ID (Candidate ID)
2. 両方のアカウントに登録されている電子メールアドレス
3. どのアカウントをプライマリ(保持するアカウント)として維持したいか

上記の情報を本メールへの返信にてご提供ください。

よろしくお願いします、
Kavya
AWS トレーニングと認定カスタマーサポート

${ref('Kq81x')}`,
  }),
  ja({
    slug: 'info-which-keep-outlook',
    kind: 'info_request',
    caseId: C.misaki,
    note: 'asks which account to keep (保持/キープ); Outlook 差出人/送信日時 quote of the customer request below',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-03 05:20:11', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

お世話になっております。AWS トレーニングと認定サポートです。
お送りいただいた2つのアカウントのうち、どちらをキープ(保持)されますか。
保持しない方のアカウントは統合後に無効化されますので、ご希望をお聞かせいただけますと幸いです。

Ravi S.

${olJa(`高橋 美咲 <${MISAKI.keep}>`, '2026年2月2日 16:39', FORM_JA, 'アカウントの統合について', MISAKI_REQ)}`,
  }),
  ja({
    slug: 'info-gokakunin-oshirase',
    kind: 'info_request',
    caseId: C.sho,
    trap: true,
    note: 'worded with 確認 but asks the customer to tell which address to keep (ご確認のうえお知らせください): information',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-10 03:44:18', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `伊藤様

ご連絡ありがとうございます。
ご記載の ${SHO.src} では認定アカウントが見つかりませんでした。統合元アカウントで実際にご利用のメールアドレスをご確認のうえ、お知らせください。

AWS Training and Certification
${ref('Sh4b0')}`,
  }),
  ja({
    slug: 'info-write-from-kept-and-ids',
    kind: 'info_request',
    caseId: C.ken,
    note: 'asks to write from the kept address AND to send both candidate IDs: information request',
    from: FORM,
    to: KEN.src,
    subject: subj(C.ken),
    date: d('2026-01-20 06:01:47', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `鈴木様

セキュリティ上の理由から、統合先として保持するアカウントのメールアドレス (${KEN.keep}) から、両アカウントの候補者IDを添えてご返信いただけますでしょうか。
現在のアドレスからのご依頼では手続きを進めることができかねます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'info-name-mismatch-romaji',
    kind: 'info_request',
    caseId: C.misaki,
    note: 'names on the two accounts differ; asks for the romanised full name on each account',
    from: FORM,
    to: misakiTo,
    subject: subj(C.misaki),
    date: d('2026-02-04 01:09:26', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋 美咲 様

確認したところ、2 つのアカウントに登録されている氏名の表記が異なっています (TAKAHASHI MISAKI / Misaki Takahasi)。
本人確認のため、それぞれのアカウントに登録されている氏名(ローマ字)と生年月日をお知らせください。

Thank you for your understanding.
AWS T&C Support`,
  }),
  ja({
    slug: 'info-screenshot-gmail-thread',
    kind: 'info_request',
    caseId: C.sho,
    note: 'asks for a screenshot of the certifications page; long Gmail-style Japanese thread below',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-12 08:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤様

追加のご連絡ありがとうございます。
お手数ですが、統合元アカウントにサインインし「取得済み認定」画面のスクリーンショットを添付してご返信願います。
画面の右上に表示される候補者IDが写るようにしてください。

サポート担当 Mei

2026年2月11日(水) 19:02 伊藤 翔 <${SHO.keep}>:
> お世話になっております。伊藤です。
> 正しいアドレスは ${SHO.src.replace('ito-s', 'sho.ito')} でした、失礼しました。
>
> 2026年2月10日(火) 12:44 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
>> 伊藤様
>>
>> ご記載の ${SHO.src} では認定アカウントが見つかりませんでした。統合元アカウントで実際にご利用のメールアドレスをご確認のうえ、お知らせください。
>>
>> ${ref('Sh4b0')}`,
  }),
  ja({
    slug: 'info-bilingual-placeholder',
    kind: 'info_request',
    caseId: C.ken,
    note: 'bilingual localisation template with a leftover [CUSTOMER_NAME] placeholder; asks which address and candidate ID',
    from: FORM,
    to: kenTo,
    subject: subj(C.ken),
    date: d('2026-01-20 04:40:15', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `[CUSTOMER_NAME] 様

統合の手続きを開始するには、次の項目についてのお客様の回答が必要になります。
- 保持するアカウントのメールアドレス:
- 統合元アカウントの候補者 ID:
上記をご記入の上、ご返信ください。

Dear [CUSTOMER_NAME],

To start the merge we need your answer on:
- Email address of the account to keep:
- Candidate ID of the source account:
Please fill in and reply.

AWS Training and Certification`,
  }),
  ja({
    slug: 'info-agent-pastes-translator',
    kind: 'info_request',
    caseId: C.misaki,
    note: 'agent writes one line of her own, then pastes a translator output asking for the exam dates of each certification',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-05 09:15:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `日本語が上手ではないため、翻訳ツールを使用しています。わかりにくい部分がありましたらご容赦ください。

=== 翻訳 ===
統合元アカウントの認定を確認するために、それぞれの認定の名前と合格した日付を私たちに送ってください。私たちはこれを、統合先のアカウントの記録と照合します。
============

Best regards,
Anh
AWS Training and Certification`,
  }),
  ja({
    slug: 'info-lookalike-asks-password',
    kind: 'info_request',
    caseId: C.ken,
    trusted: false,
    note: 'look-alike domain (amazon-support-jp.com) asking for the sign-in password to "complete the merge": forged',
    from: 'AWS トレーニングと認定 <support@amazon-support-jp.com>',
    to: KEN.keep,
    subject: `[CASE ${C.ken}] アカウントの統合に関する重要なお知らせ`,
    date: d('2026-01-21 13:02:09', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `お客様

アカウントのマージを完了するために、統合元アカウントのサインイン情報(メールアドレスとパスワード)を 48 時間以内に下記フォームへ入力してください。
期限までにご入力がない場合、認定資格は失効いたします。

https://amazon-support-jp.com/certification/verify

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-implicit-missing-address',
    kind: 'info_request',
    caseId: C.sho,
    note: 'no request verb at all: states the source address is missing and that the work is on hold until it arrives',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-09 23:10:05', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    crlf: false,
    text: `伊藤 翔 様

お問い合わせフォームには統合先のメールアドレスのみご記載があり、統合元アカウントのメールアドレスと候補者IDが未記載となっております。
こちらの 2 点を頂戴するまで、統合の作業は保留とさせていただきます。

AWS トレーニングと認定 サポートチーム`,
  }),

  // ---------------- confirmation_request (9) ----------------
  ja({
    slug: 'conf-irreversible-mt',
    kind: 'confirmation_request',
    caseId: C.ken,
    note: 'MT-literal: merge cannot be undone, confirm whether you agree to proceed',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-21 03:25:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `鈴木 健一 様

ご提供いただいた情報をありがとうございます。以下のアカウントをマージする準備ができています。

ソースアカウント: ${KEN.srcId} (${KEN.src})
ターゲットアカウント: ${KEN.keepId} (${KEN.keep})

アカウントのマージは元に戻すことはできないことにご注意ください。マージの後、ソースアカウントは非アクティブになります。
進めることに同意するかどうかを、このメールに返信することで確認してください。

よろしくお願いします、
Kavya
AWS トレーニングと認定

${ref('Kq81x')}`,
  }),
  ja({
    slug: 'conf-reply-i-agree-mixed',
    kind: 'confirmation_request',
    caseId: C.misaki,
    note: 'mixed-language template: reply with the English phrase "I agree" to consent',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-05 02:48:19', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋様

統合の準備が整いました。
手続きを進めるにあたり、以下の英文をそのままコピーしてご返信ください。

"I agree to merge account ${MISAKI.srcId} into ${MISAKI.keepId}. I understand this action cannot be reversed."

ご返信を確認しだい、担当チームが作業を開始いたします。

AWS トレーニングと認定サポート`,
  }),
  ja({
    slug: 'conf-sjis-yoroshii-deshouka',
    kind: 'confirmation_request',
    caseId: C.sho,
    note: 'Shift_JIS; asks whether it is all right to proceed as listed (このまま進めてもよろしいでしょうか)',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-13 02:02:02', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `伊藤様

スクリーンショットのご送付ありがとうございました。
${SHO.srcId} の認定 2 件を ${SHO.keepId} へ移す形で統合いたします。
一度統合すると分割はできかねますが、このまま進めてもよろしいでしょうか。

AWS Training and Certification`,
  }),
  ja({
    slug: 'conf-bilingual-ja-first',
    kind: 'confirmation_request',
    caseId: C.ken,
    note: 'bilingual consent request; the English half is slightly stronger ("permanent") than the Japanese half',
    from: FORM,
    to: kenTo,
    subject: subj(C.ken),
    date: d('2026-01-21 03:30:02', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `鈴木様

2 つのアカウントのコンソリデーションについて、お客様の同意をいただく必要がございます。同意される場合は「同意します」とご返信ください。

Dear Kenichi,

Before we consolidate the two accounts we need your explicit consent, as the change is permanent. If you agree, please reply "I agree".

AWS Training and Certification`,
  }),
  ja({
    slug: 'conf-own-note-plus-translation',
    kind: 'confirmation_request',
    caseId: C.misaki,
    note: 'agent adds a short note of her own, then pastes a translator output asking for consent',
    from: FORM,
    to: misakiTo,
    subject: subj(C.misaki),
    date: d('2026-02-05 03:01:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様、先ほどのメールの補足です(翻訳ツール使用)。

--- 翻訳結果 ---
私たちは、あなたがこのマージを承認することを必要としています。マージが実行されたら、それは逆転することができません。あなたが承認するならば、「はい」と返事をしてください。
----------------

Anh / AWS Training and Certification`,
  }),
  ja({
    slug: 'conf-gmail-quote-ok-reply',
    kind: 'confirmation_request',
    caseId: C.sho,
    note: 'no "confirm" word: if the two accounts below are right, a reply to this mail starts the merge; Gmail quote under it',
    from: FORM,
    to: SHO.keep,
    subject: subj(C.sho),
    date: d('2026-02-13 01:58:31', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤様

統合先: ${SHO.keepId}
統合元: ${SHO.srcId}

上記の内容で問題なければ、本メールにそのままご返信ください。ご返信をもって統合の承諾とさせていただきます。
※統合後に元に戻すことはできません。

2026年2月12日(木) 21:15 伊藤 翔 <${SHO.keep}>:
> スクリーンショットを添付します。よろしくお願いいたします。`,
  }),
  ja({
    slug: 'conf-doui-itadakereba',
    kind: 'confirmation_request',
    caseId: C.ken,
    note: 'conditional wording (ご同意いただければ…完了させていただきます) that is itself the request for consent',
    from: FORM,
    to: KEN.keep,
    subject: subj(C.ken),
    date: d('2026-01-21 08:44:12', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `鈴木様

ご提示の 2 アカウントを確認いたしました。ご同意いただければ、${KEN.keep} 側に統合する作業を完了させていただきます。統合は取り消しできませんので、ご同意の旨をご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-google-ar-only',
    kind: 'confirmation_request',
    caseId: C.misaki,
    trusted: false,
    note: 'consent request whose only Authentication-Results is another server\'s (mx.google.com), below our Received: untrusted',
    from: FORM,
    to: MISAKI.keep,
    subject: subj(C.misaki),
    date: d('2026-02-05 02:50:10', '+0000'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `高橋様

アカウントの統合を実行してもよろしいでしょうか。実行後は取り消せないため、お手数ですがご承諾の旨をご返信くださいますようお願いいたします。

AWS Training and Certification`,
  }),
  ja({
    slug: 'conf-salesforce-thread',
    kind: 'confirmation_request',
    caseId: C.sho,
    note: 'consent request on top of a Salesforce Original Message block carrying the English request',
    from: FORM,
    to: shoTo,
    subject: subj(C.sho),
    date: d('2026-02-13 02:10:45', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 翔 様

ご返信ありがとうございます。
最終確認となります。統合元アカウント (${SHO.src}) は統合後にサインインできなくなります。
これに同意されますか? 「はい、進めてください」とご返信いただければ、担当部署へ依頼いたします。

${sfQuote(`${SHO.en} <${SHO.keep}>`, '2/9/2026 10:59 AM', FORM_BARE, subjNoRe(C.sho), SHO_REQ)}`,
  }),
]);
