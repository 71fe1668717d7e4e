// heldout3: Japanese messages. Written fresh for this set.
import { rfcDate as D, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  CREDLY_AWS_SHORT,
  KEN,
  KEN_REQ,
  MISAKI,
  MISAKI_REQ,
  PORTAL,
  SHO,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JA,
  YUKI,
  base,
  esc,
  formSubject,
  formSubjectNew,
  htmlDoc,
  quote,
  sfOriginal,
  sfRef,
  to,
} from './common.js';

const sig = (name: string): string => `${name}\nAWS トレーニングと認定 カスタマーサポート`;

export const JA: Msg[] = [
  // ---------------------------------------------------------------- acknowledgement
  {
    ...base,
    slug: 'case-touroku-tsuchi',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'AWS Support notification that the case was registered, reply within one business day, no second case',
    from: AWS_NOTIFY,
    to: to(KEN, 'keep', true),
    subject: `AWS サポート: ケース ${CASE.ken} が作成されました`,
    date: D('2026-02-02 01:14:37', '+0000'),
    auth: 'pass2',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
    text: `鈴木 健一 様

AWS サポートをご利用いただきありがとうございます。
お問い合わせはケース ID ${CASE.ken} として登録されました。

件名: AWS Training and Certification - アカウントの統合
重要度: 一般的なガイダンス
窓口: AWS トレーニングと認定

通常、1 営業日以内に担当者からご連絡いたします。
同じ内容で新しいケースを作成されると、回答が遅れる原因となります。
追加の情報がある場合は、このケースへの返信としてお送りください。

ケースの詳細:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.ken}

このメールは送信専用アドレスから送信しています。

Amazon Web Services, Inc.
`,
  },
  {
    ...base,
    slug: 'uketsuke-bangou-qp',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'first form mail without RE:, automatic receipt with a reception number and a 24-48h promise',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubjectNew(CASE.misaki),
    date: D('2026-02-09 03:02:11', '+0000'),
    enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-replied'],
    text: `高橋 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付をお知らせする自動送信メールです。

受付番号: ${CASE.misaki}

担当者が内容を確認のうえ、通常 24〜48 時間以内にご返信いたします。
恐れ入りますが、既にお受けしているご依頼と同じ内容で、新たにお問い合わせを作成することはお控えください。
お問い合わせが複数あると、回答までにお時間をいただく原因となります。

ご返信の際は、件名を変更せずにお送りください。

AWS トレーニングと認定 カスタマーサポート
`,
  },
  {
    ...base,
    slug: 'html-uketamawari-honbun-id',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'HTML-only automatic receipt; the case number is only in the body',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: 'お問い合わせを承りました',
    date: D('2026-02-11 22:40:05', '+0000'),
    enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-generated'],
    html: htmlDoc(
      `<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb;">
<tr><td style="background:#232f3e;color:#ffffff;padding:12px 20px;font-size:16px;">AWS トレーニングと認定</td></tr>
<tr><td style="padding:20px;">
<p>伊藤 翔 様</p>
<p>お問い合わせいただきありがとうございます。以下の番号でお問い合わせを承りました。</p>
<p style="font-size:18px;"><b>ケース番号:${CASE.sho}</b></p>
<p>ご担当者から 1～2 営業日のうちにご連絡差し上げます。<br>
同じご用件で再度お問い合わせいただきますと、ご案内が遅くなることがございますので、このままお待ちください。</p>
<p style="color:#687078;font-size:12px;">※このメールは自動送信です。</p>
</td></tr>
</table>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'sjis-case-hiraki',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'Shift_JIS receipt from AWS Support notifications: case opened, wait for an agent',
    from: AWS_NOTIFY,
    to: to(YUKI, 'keep', true),
    subject: `ケース ${CASE.yuki} を受け付けました - AWS Training and Certification`,
    date: D('2026-02-16 06:55:48', '+0000'),
    enc: 'sjis8',
    text: `中村 由紀 様

ケースを受け付けました。

ケース ID : ${CASE.yuki}
カテゴリ  : 認定 / アカウントの統合
受付日時  : 2026/02/16 15:55 (JST)

担当エンジニアがアサインされ次第、このアドレス宛てにご連絡いたします。
お急ぎの場合でも、重複してケースを作成なさらないようお願いいたします。

AWS サポート
`,
  },
  {
    ...base,
    slug: 'receipt-echoes-details',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kenDup,
    trap: true,
    note: 'automatic receipt that echoes the submitted fields (name, company, candidate ID); lists information, asks for none',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubjectNew(CASE.kenDup),
    date: D('2026-02-02 01:31:02', '+0000'),
    enc: 'jisb64',
    extra: ['Auto-Submitted: auto-generated'],
    text: `このメールはお問い合わせの受付確認として自動送信しています。

ケース番号 ${CASE.kenDup}

-- お客様から頂いた情報 --
お名前: Kenichi Suzuki
会社名: Fabrikam Japan
AWS 候補者 ID: ${KEN.keepId}
メールアドレス: ${KEN.keep}
お問い合わせの種類: 認定 > アカウントの統合
内容: 認定アカウントが2つあるので1つにしたい
--

担当者より追ってご連絡いたします。しばらくお待ちください。
AWS トレーニングと認定
`,
  },
  {
    ...base,
    slug: 'nise-domain-uketsuke',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: '1787704412',
    note: 'receipt-shaped mail from a look-alike domain (aws-training-certification.jp); authenticates only for itself',
    from: 'AWS トレーニングと認定 <support@aws-training-certification.jp>',
    to: to(SHO, 'keep', true),
    subject: formSubjectNew('1787704412'),
    date: D('2026-02-12 08:13:29', '+0900'),
    enc: 'utf8b64',
    text: `伊藤 翔 様

お問い合わせを受け付けました(ケース 1787704412)。
担当者より 24 時間以内にご連絡いたします。

AWS トレーニングと認定 サポートセンター
`,
  },
  {
    ...base,
    slug: 'nikakokugo-uketsuke',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.shoDup,
    note: 'bilingual receipt (Japanese first, English copy below): case received, do not open another one',
    from: SUPPORT,
    to: to(SHO, 'src', true),
    subject: formSubjectNew(CASE.shoDup),
    date: D('2026-02-12 00:07:44', '+0000'),
    enc: 'jisb64',
    text: `*** 日本語のご案内は上、English follows ***

お問い合わせありがとうございます。ケース ${CASE.shoDup} としてお受けしました。
担当より通常 2 営業日以内にご返信します。新たなケースの作成はご遠慮ください。

Thank you for contacting AWS Training and Certification. Your case ${CASE.shoDup} has been received.
An agent will respond within 2 business days. Please do not open another case for this request.
`,
  },
  {
    ...base,
    slug: 'tenso-receipt-kyushokuba',
    kind: 'acknowledgement',
    lang: 'ja',
    forUser: false,
    caseId: '1781150511',
    note: 'receipt sent to the old company address and redirected by that company (Resent-*): not delivered to the user',
    from: SUPPORT_JA,
    to: to(KEN, 'src', true),
    subject: formSubjectNew('1781150511'),
    date: D('2026-02-01 23:48:10', '+0000'),
    enc: 'jis7',
    resent: { from: 'postmaster@fabrikam.example.co.jp', to: 'it-helpdesk@fabrikam.example.co.jp', date: D('2026-02-02 08:49:02', '+0900') },
    text: `鈴木 健一 様

お問い合わせを受け付けました。ケース番号は ${'1781150511'} です。
通常 24 時間以内に担当者よりご連絡いたします。
同一内容のケースを複数作成されますと、ご回答が遅れる場合がございます。

AWS トレーニングと認定
`,
  },

  // ---------------------------------------------------------------- ai_answer
  {
    ...base,
    slug: 'seisei-ai-jidou-kaitou',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'generated-AI answer pointing to the self-service account merge in the certification portal',
    from: AWS_NOTIFY,
    to: to(YUKI, 'keep', true),
    subject: 'お問い合わせへの自動回答 (AWS トレーニングと認定)',
    date: D('2026-02-16 06:50:12', '+0000'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `以下は、お問い合わせ内容をもとに生成 AI が作成した回答です。

認定アカウントが複数ある場合、AWS 認定ポータルにサインインし、
[プロフィール] > [アカウントの統合] から、もう一方のアカウントの
認証情報を入力することで、お客様ご自身で統合できる場合があります。

ただし、両方のアカウントに認定の履歴がある場合はこの機能をご利用いただけず、
サポートへのお問い合わせが必要です。

この回答で解決しない場合は、[ケースを作成] を選択して担当者にお問い合わせください。
生成 AI の回答には誤りが含まれる可能性があります。
`,
  },
  {
    ...base,
    slug: 'ai-tougo-go-no-setsumei',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'automated answer that explains what a merge moves (certs, vouchers, badges); stays ai_answer',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: `【自動回答】${formSubject(CASE.misaki)}`,
    date: D('2026-02-09 03:02:40', '+0000'),
    enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-generated'],
    wholeSubject: true,
    text: `※このメッセージは AI アシスタントが自動で作成しました。担当者からの回答ではありません。

アカウントの統合についてのご質問と理解しました。一般的な流れは次のとおりです。

1. 統合が行われると、統合元アカウントの認定資格、受験履歴、特典(次回受験の 50% 割引バウチャーなど)が統合先アカウントに表示されるようになります。
2. 統合後、統合元アカウントにはサインインできなくなります。
3. Credly のデジタルバッジは自動では移らない場合があります。その際は統合先のメールアドレスでバッジを受け取り直してください。

セルフサービスの統合ツールを使える場合は、認定ポータルのプロフィール画面からお試しいただけます。
担当者の回答をご希望の場合は、このままお待ちください。
`,
  },
  {
    ...base,
    slug: 'sjis-kanren-kiji',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'automatic reply listing help articles on merging certification accounts',
    from: AWS_NOTIFY,
    to: to(YUKI, 'keep', true),
    subject: `ケース ${CASE.yuki}: 関連するヘルプ記事のご案内`,
    date: D('2026-02-16 07:01:33', '+0000'),
    enc: 'sjisb64',
    extra: ['Auto-Submitted: auto-generated'],
    text: `お問い合わせ内容に関連する記事を自動でお送りしています。

・認定アカウントを統合するには (AWS 認定 FAQ)
  https://aws.amazon.com/jp/certification/faqs/
・AWS Builder ID で認定ポータルにサインインする方法
・デジタルバッジを受け取るには

これらの記事で解決した場合、ケースはそのままにしておいていただいて構いません。
解決しない場合は担当者が順次対応いたします。

AWS サポート (自動送信)
`,
  },
  {
    ...base,
    slug: 'html-yakudachimashitaka-ai',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only AI suggestion (try the merge tool) with was-this-helpful buttons',
    from: AWS_NOTIFY,
    to: to(KEN, 'keep', true),
    subject: 'AWS サポート アシスタントからの回答',
    date: D('2026-02-02 01:10:51', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div style="max-width:620px;">
<h2 style="font-size:18px;">AI が作成した回答</h2>
<p>ご入力いただいた内容から、以下の方法で解決できる可能性があります。</p>
<ol>
<li>統合先にしたいアカウントで <a href="https://www.aws.training/">aws.training</a> にサインインします。</li>
<li>認定のプロフィール画面で「Merge Accounts」を開きます。</li>
<li>統合元アカウントのメールアドレスを入力し、画面の指示に従います。</li>
</ol>
<p>この回答は役に立ちましたか?</p>
<p><a href="https://support.console.aws.amazon.com/feedback?v=1" style="padding:6px 14px;background:#ec7211;color:#fff;text-decoration:none;">はい</a>
&nbsp;<a href="https://support.console.aws.amazon.com/feedback?v=0" style="padding:6px 14px;background:#545b64;color:#fff;text-decoration:none;">いいえ、ケースを作成する</a></p>
</div>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'dkim-zure-ai-annai',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    caseId: null,
    auth: 'misaligned',
    note: 'AI guidance text but DKIM signed by an unrelated bulk-mail domain and dmarc=fail',
    from: AWS_NOTIFY,
    to: to(MISAKI, 'keep', true),
    subject: 'アカウント統合に関する自動案内',
    date: D('2026-02-09 04:20:00', '+0000'),
    enc: 'jis7',
    text: `AI アシスタントによる自動案内です。

アカウントの統合は、認定ポータルのセルフサービス機能で行えます。
下記リンクからサインインし、手順に沿って操作してください。
https://aws-training-merge.example.net/login

AWS
`,
  },
  {
    ...base,
    slug: 'eigo-ai-kaitou-mae-oki',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'Japanese lead-in to an English AI-generated answer suggesting the Merge Accounts tool',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-02 01:15:20', '+0000'),
    enc: 'utf8qp',
    text: `※以下の回答は英語で自動生成されています。日本語での回答をご希望の場合は、担当者の返信をお待ちください。

This answer was generated by AI based on your question.
You may be able to combine your certification accounts yourself: sign in at aws.training, open your Certification profile and choose "Merge Accounts". If both accounts already hold certifications, the tool will ask you to contact support.

AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'assistant-bot-handan',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'support assistant bot classifies the question and points to the self-service tool while the case waits',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-11 22:41:10', '+0000'),
    enc: 'jisb64',
    text: `AWS サポートアシスタントです。

ご質問の内容から、認定アカウントの統合に関するお問い合わせと判断しました。
どちらか一方のアカウントに認定の履歴がない場合、セルフサービスの統合ツールで即時に処理できます。
両方に履歴がある場合、ツールは使用できないため、担当者が対応します。

このメッセージは自動生成です。
`,
  },

  // ---------------------------------------------------------------- info_request
  {
    ...base,
    slug: 'ryouhou-id-gokyouji',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'asks for both candidate IDs, login addresses and certification names before merging',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-03 05:22:18', '+0000'),
    enc: 'jis7',
    text: `鈴木 様

お世話になっております。AWS トレーニングと認定 サポートの大野でございます。
このたびはお問い合わせいただき、ありがとうございます。

アカウント統合の手続きを進めるにあたり、恐れ入りますが以下の情報をご教示いただけますでしょうか。

・統合先(残す)アカウントの AWS 候補者 ID とログイン用メールアドレス
・統合元アカウントの AWS 候補者 ID とログイン用メールアドレス
・それぞれのアカウントで取得済みの認定名

候補者 ID は、認定ポータルにサインイン後、プロフィール画面からご確認いただけます。

何卒よろしくお願い申し上げます。

${sig('大野')}

${sfRef('3kQpA')}

${sfOriginal(KEN.keep, '2026/02/02 1:09', SUPPORT_BARE, 'AWS Training and Certification Form Submission', KEN_REQ)}
`,
  },
  {
    ...base,
    slug: 'dochira-wo-nokosu',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'asks which of the two accounts should remain',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-10 01:47:52', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

AWS トレーニングと認定 カスタマーサポートの森田です。

お問い合わせの件、両方のアカウントを確認いたしました。
${MISAKI.keepId} (${MISAKI.keep}) と ${MISAKI.srcId} (${MISAKI.src}) のうち、
どちらのアカウントを存続させるか、お知らせ願えますでしょうか。

なお、統合後はもう一方のアカウントにはサインインできなくなります。

よろしくお願いいたします。
森田

2026年2月9日(月) 12:01 高橋 美咲 <${MISAKI.keep}>:
${quote(MISAKI_REQ)}
`,
  },
  {
    ...base,
    slug: 'sjis-gokakunin-no-ue',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'worded with ご確認: asks the user to check and report the kept account address; an information request',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-13 02:05:37', '+0000'),
    enc: 'sjis8',
    text: `伊藤 翔 様

いつもお世話になっております。
AWS トレーニングと認定 サポート窓口でございます。

統合先アカウントにつきまして、現在ご登録のメールアドレスを
ご確認のうえ、お知らせくださいませ。
(Builder ID のメールアドレスと、認定ポータルのメールアドレスが
異なる場合は、両方を記載いただけますと助かります)

引き続きよろしくお願いいたします。

山口
`,
  },
  {
    ...base,
    slug: 'nokosu-address-kara-id-soete',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'asks the user to reply from the kept address and to add both candidate IDs (data requested)',
    from: SUPPORT_JA,
    to: to(YUKI, 'src', true),
    cc: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-17 04:11:09', '+0000'),
    enc: 'jisb64',
    text: `中村様

ご連絡ありがとうございます。
本人確認のため、お手数ではございますが、統合先としてご希望のメールアドレス(${YUKI.keep})から
本ケースへご返信いただけますか。その際、両アカウントの候補者 ID を併記ください。

ご不便をおかけしますが、どうぞよろしくお願いいたします。

AWS トレーニングと認定
木村
`,
  },
  {
    ...base,
    slug: 'kudaketa-goukakubi',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'casual agent asks for exam names and pass dates on each account',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-11 09:30:00', '+0000'),
    enc: 'utf88bit',
    text: `高橋さま

お待たせしております、サポートの Jin です。
念のため、それぞれのアカウントで合格された試験名と、だいたいの合格日を教えてもらえますか?
(例: SAA-C03 / 2024年6月ごろ)

わかる範囲で大丈夫です。よろしくお願いします!

Jin
AWS T&C Support
`,
  },
  {
    ...base,
    slug: 'outlook-romaji-hyouki',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'names differ between the accounts; asks for the romanised name on each and a profile screenshot',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-14 03:18:26', '+0000'),
    enc: 'jis7',
    text: `伊藤様

両アカウントを拝見したところ、登録氏名の表記が異なっておりました
(「ITO SHO」と「Sho Ito」)。
同一の方のアカウントであることを確認するため、次の2点をお送りいただけますでしょうか。

1. それぞれのアカウントに登録している氏名のローマ字表記
2. 認定ポータルのプロフィール画面のスクリーンショット(両アカウント分)

お手数をおかけいたしますが、よろしくお願いいたします。

山口

差出人: 伊藤 翔 <${SHO.keep}>
送信日時: 2026年2月13日 21:40
宛先: ${SUPPORT_BARE}
件名: RE: ${formSubject(CASE.sho)}

お世話になります。残す方のアドレスは ${SHO.keep} です。
Builder ID も同じアドレスです。
`,
  },
  {
    ...base,
    slug: 'nise-password-oshiete',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.ken,
    note: 'phishing: look-alike domain asks for the account password to "complete" the merge; text is an information request',
    from: 'AWS認定サポート <cert-support@amazon-certsupport.com>',
    to: to(KEN, 'keep', true),
    subject: `【重要】アカウント統合のための本人確認 (ケース ${CASE.ken})`,
    date: D('2026-02-03 19:02:44', '+0900'),
    enc: 'utf8b64',
    text: `鈴木 健一 様

アカウント統合を進めるため、本人確認が必要です。
以下をご返信ください。

・統合元アカウントのパスワード
・統合先アカウントのパスワード
・生年月日

48時間以内にご返信がない場合、統合申請は無効となります。

AWS認定サポートセンター
`,
  },
  {
    ...base,
    slug: 'betsu-no-kata-ate',
    kind: 'info_request',
    lang: 'ja',
    forUser: false,
    caseId: '1785529013',
    note: "another person's case: addressed to a colleague at the old company, none of the user's addresses",
    from: SUPPORT_JA,
    to: '田中 誠 <makoto.tanaka@fabrikam.example.co.jp>',
    subject: formSubject('1785529013'),
    date: D('2026-02-18 02:33:15', '+0000'),
    enc: 'jis7',
    text: `田中様

お問い合わせありがとうございます。
統合を進めるため、残したいアカウントのメールアドレスと候補者 ID をお知らせください。

AWS トレーニングと認定 サポート
`,
  },

  // ---------------------------------------------------------------- confirmation_request
  {
    ...base,
    slug: 'doui-shimasu-to-henshin',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'asks the user to reply 「同意します」 because the merge cannot be undone',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-04 06:40:03', '+0000'),
    enc: 'jis7',
    text: `鈴木様

ご回答いただきありがとうございます。大野です。
以下の内容でアカウントを統合いたします。

  統合先: ${KEN.keepId} / ${KEN.keep}
  統合元: ${KEN.srcId} / ${KEN.src}

統合後は元に戻すことができません。
上記にご同意いただける場合は、本メールに「同意します」とご返信ください。

${sig('大野')}
`,
  },
  {
    ...base,
    slug: 'soui-nakereba-sono-mune',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'lists the two accounts and asks for a reply if there is no discrepancy; work starts on that reply',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-12 02:15:41', '+0000'),
    enc: 'utf8b64',
    text: `高橋様

ご返信ありがとうございます。森田です。

存続アカウント: ${MISAKI.keepId} (${MISAKI.keep})
統合されるアカウント: ${MISAKI.srcId} (${MISAKI.src})

上記の内容に相違がなければ、その旨をご返信ください。
ご返信を確認次第、作業に着手いたします。
※作業後に元の状態へ戻すことはできませんので、ご留意ください。

森田
`,
  },
  {
    ...base,
    slug: 'sjis-susumete-yoroshii',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'asks whether it may go ahead, warns it cannot be cancelled, awaits the answer',
    from: SUPPORT_JA,
    to: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-18 05:27:19', '+0000'),
    enc: 'sjis8',
    text: `中村 由紀 様

候補者 ID のご連絡ありがとうございました。
この内容で統合を進めてもよろしいでしょうか。
一度統合すると取り消しはできませんので、ご了承のうえでお返事をお願いいたします。

木村
AWS トレーニングと認定
`,
  },
  {
    ...base,
    slug: 'shounin-hitokoto-gmail',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'asks for a one-word 「承認」 reply as consent; Gmail quote of the user below',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-16 00:52:30', '+0000'),
    enc: 'jisb64',
    text: `伊藤様

資料のご送付ありがとうございました。同一の方のアカウントであることを確認できました。

${SHO.srcId} の認定履歴を ${SHO.keepId} へまとめる準備が整っております。
この作業は取り消しができないため、ご承諾いただけましたら、
「承認」と一言ご返信いただけますと幸いです。

山口

2026年2月15日(日) 11:03 伊藤 翔 <${SHO.keep}>:
> 山口様
> スクリーンショットを添付しました。ローマ字はどちらも ITO SHO です。
> よろしくお願いします。
`,
  },
  {
    ...base,
    slug: 'eigo-teikei-plus-nihongo',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenDup,
    note: 'English template warning (permanent merge) followed by a Japanese request for a go-ahead reply',
    from: SUPPORT,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.kenDup),
    date: D('2026-02-04 07:02:55', '+0000'),
    enc: 'utf8qp',
    text: `Please note: Account merges are permanent and cannot be reversed.

鈴木様
上記のとおり、統合は一度行うと元に戻せません。
${KEN.srcId} を ${KEN.keepId} にまとめる形で進めてよいか、ご返信をお待ちしております。

Carlos
AWS Training and Certification Customer Service
`,
  },
  {
    ...base,
    slug: 'gizou-pass-shita-ni',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    auth: 'forgedBelow',
    note: "consent request whose only pass verdict sits below the server's Received line (forged)",
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-12 10:09:12', '+0000'),
    enc: 'jis7',
    text: `高橋様

統合を実行してよろしければ、下記リンクから同意の操作をお願いします。
https://aws-cert-consent.example.org/agree?case=${CASE.misaki}

AWS トレーニングと認定
`,
  },
  {
    ...base,
    slug: 'html-saishuu-kakunin',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'HTML-only final check: reply 「はい、統合してください」 if it is fine; irreversible',
    from: SUPPORT_JA,
    to: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-18 06:00:00', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div>中村様<br><br>
最終確認のお願いです。<br><br>
<table border="1" cellpadding="4" style="border-collapse:collapse;">
<tr><th>残すアカウント</th><td>${esc(YUKI.keep)} (${YUKI.keepId})</td></tr>
<tr><th>まとめるアカウント</th><td>${esc(YUKI.src)} (${YUKI.srcId})</td></tr>
</table><br>
問題なければ「はい、統合してください」とご返信ください。<br>
<b>実施後は元に戻せません。</b><br><br>
木村<br>AWS トレーニングと認定</div>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'honbun-nomi-case-igou',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.shoDup,
    note: 'subject without case tag; case number only in the body; asks for the user\'s wish to proceed, cannot be undone',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: 'AWS認定アカウント統合の件',
    date: D('2026-02-16 01:30:44', '+0000'),
    enc: 'utf8qp',
    text: `伊藤様 (ケース番号: ${CASE.shoDup})

お世話になっております。
ご依頼の統合について、実施してよいか、ご意向をお聞かせいただけますでしょうか。
実施後の取り消しはいたしかねますので、あらかじめご了承ください。

AWS トレーニングと認定 山口
`,
  },

  // ---------------------------------------------------------------- merge_completed
  {
    ...base,
    slug: 'tougou-kanryou-itashimashita',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'support reports the accounts were merged; Salesforce quote of the consent',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-05 03:12:48', '+0000'),
    enc: 'jis7',
    text: `鈴木様

お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合が完了いたしました。
今後は ${KEN.keep} でサインインしてご利用ください。

${sig('大野')}

${sfRef('3kQpA')}

${sfOriginal(KEN.keep, '2026/02/04 16:11', SUPPORT_BARE, formSubject(CASE.ken), '同意します。\nよろしくお願いいたします。\n鈴木')}
`,
  },
  {
    ...base,
    slug: 'owarimashita-gokakunin-kudasai',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'merge work finished, asks the user to sign in and check (completion notice)',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-13 08:44:20', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

森田です。統合作業が終わりましたので、ご報告いたします。
${MISAKI.keep} でサインインのうえ、SAA と DVA の両方が表示されているかご確認ください。
表示に反映されるまで数時間かかる場合がございます。

森田

-----Original Message-----
From: 高橋 美咲 <${MISAKI.keep}>
Sent: Thursday, February 12, 2026 11:30 AM
To: ${SUPPORT_BARE}
Subject: RE: ${formSubject(CASE.misaki)}

相違ありません。よろしくお願いします。
`,
  },
  {
    ...base,
    slug: 'sjis-merge-shimashita',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'casual Shift_JIS note: the merge is done',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-17 23:05:14', '+0000'),
    enc: 'sjisb64',
    text: `伊藤さん

承認ありがとうございました。
${SHO.srcId} → ${SHO.keepId}、マージ済みです。
念のため一度ログインし直して、資格一覧を見てみてください。

山口
`,
  },
  {
    ...base,
    slug: 'portal-html-tougou-tsuuchi',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: "certification portal's own notice that the accounts were merged (no case ID)",
    from: PORTAL,
    to: to(YUKI, 'keep', true),
    subject: 'AWS 認定アカウントの統合のお知らせ',
    date: D('2026-02-19 02:00:31', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<div style="max-width:600px;margin:auto;">
<img src="https://www.aws.training/images/aws-certified-logo.png" alt="AWS Certified" width="140">
<p>中村 由紀 様</p>
<p>お客様の AWS 認定アカウントは統合されました。統合元アカウントの認定、受験履歴、特典はすべて、このメールアドレスのアカウントで確認できます。</p>
<p><a href="https://www.aws.training/Certification">認定アカウントにサインイン</a></p>
<p style="font-size:11px;color:#777;">このメールは送信専用です。ご返信いただいてもお答えできません。<br>Amazon Web Services, Inc.</p>
</div>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'kanryou-shi-close-mo',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'merge finished and the case will be closed: the new fact is the completion',
    from: SUPPORT_JA,
    to: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-19 01:48:06', '+0000'),
    enc: 'jisb64',
    text: `中村様

お返事ありがとうございました。
本日、2つの認定アカウントを ${YUKI.keep} に一本化いたしました。
以上をもちまして、本ケースはクローズさせていただきます。

ほかにご不明点がございましたら、お気軽にお問い合わせください。

木村
`,
  },
  {
    ...base,
    slug: 'rireki-tokuten-ikou',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kenDup,
    note: 'certification history and benefits moved from one candidate ID to the other: the merge is done',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.kenDup),
    date: D('2026-02-05 04:02:59', '+0000'),
    enc: 'utf88bit',
    text: `鈴木 健一 様

ご依頼のとおり、${KEN.srcId} の認定履歴および特典(割引バウチャーを含む)を
${KEN.keepId} へ移行いたしました。統合元のアカウントは無効化されています。

Carlos
AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'nise-domain-tougou-zumi',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    note: 'completion text from a look-alike domain (aws-trainings.com)',
    from: 'AWS Training and Certification <no-reply@aws-trainings.com>',
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-13 09:15:00', '+0000'),
    enc: 'jis7',
    text: `高橋様

アカウントの統合が完了しました。
新しいアカウントの有効化のため、以下よりサインインしてください。
https://aws-trainings.com/signin

AWS Training and Certification
`,
  },
  {
    ...base,
    slug: 'ar-nashi-ichigenka',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.sho,
    auth: 'none',
    note: 'completion text with no Authentication-Results at all',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-17 12:40:00', '+0000'),
    enc: 'utf8b64',
    text: `伊藤様

ご依頼のアカウント一元化が完了しました。ご確認ください。

AWS トレーニングと認定
`,
  },

  // ---------------------------------------------------------------- badges_transferred
  {
    ...base,
    slug: 'credly-hakkou-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: "AWS badge issued via Credly to the kept address (「バッジを入手する」)",
    from: CREDLY_AWS,
    to: to(KEN, 'keep', true),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: D('2026-02-06 10:21:43', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="16" cellspacing="0" style="border:1px solid #e5e5e5;">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/aws-saa.png" width="170" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td>
<p>鈴木 健一 さん</p>
<p>おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p align="center"><a href="https://www.credly.com/earner/earned/badge/6f1c7d02-4b5e-4d0a-9a71-2c3f8e0b1a55" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;">バッジを入手する</a></p>
<p style="font-size:12px;color:#666;">Credly, Inc. | 13 East 37th Street, New York, NY 10016</p>
</td></tr></table></td></tr></table>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'credly-3ko-multipart',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly: three AWS badges issued to the kept address at once (plain + HTML)',
    from: CREDLY_AWS,
    to: to(MISAKI, 'keep', true),
    subject: 'Amazon Web Services Training and Certificationから3個のバッジが届いています',
    date: D('2026-02-14 12:02:10', '+0000'),
    enc: 'utf8qp',
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification から 3 個の新しいバッジが発行されました。

- AWS Certified Solutions Architect – Associate
- AWS Certified Developer – Associate
- AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned

Credly
`,
    html: htmlDoc(
      `<p>高橋 美咲 さん</p>
<p>Amazon Web Services Training and Certification から <b>3 個</b>の新しいバッジが発行されました。</p>
<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Developer – Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'support-credly-mo-utsushita',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'support says the Credly badges were moved to the kept address as well',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-19 04:25:33', '+0000'),
    enc: 'jis7',
    text: `伊藤様

お問い合わせいただいた Credly のデジタルバッジにつきまして、
統合先のメールアドレス(${SHO.keep})宛てに移しております。
Credly にサインインすると、SAP と ANS のバッジが表示されるはずです。

山口

2026年2月18日(水) 9:12 伊藤 翔 <${SHO.keep}>:
> 統合ありがとうございました。Credly のバッジが旧アドレスのままのようです。
`,
  },
  {
    ...base,
    slug: 'sjis-badge-saihakkou',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'support re-issued the badges to the kept address; accept them from Credly\'s mail',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-14 11:50:02', '+0000'),
    enc: 'sjis8',
    text: `高橋様

デジタルバッジを統合先のアドレスで再発行いたしました。
まもなく Credly (admin@credly.com) からメールが届きますので、
「バッジを入手する」から受け取りをお願いいたします。

森田
`,
  },
  {
    ...base,
    slug: 'badge-iten-shi-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'support announces the badges moved and closes the case: badges_transferred',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-06 09:58:11', '+0000'),
    enc: 'jisb64',
    text: `鈴木様

バッジの件、承知いたしました。
旧アカウントに紐づいていた Credly のバッジ 2 点を、${KEN.keep} 側へ付け替えました。
本件はこれで完了となりますので、ケースをクローズいたします。

${sig('大野')}
`,
  },
  {
    ...base,
    slug: 'credly-niseno-domain',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    caseId: null,
    note: 'Credly-style badge mail from a look-alike domain (credly-notify.com)',
    from: 'Amazon Web Services via Credly <admin@credly-notify.com>',
    to: to(YUKI, 'keep', true),
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    date: D('2026-02-20 14:44:01', '+0900'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>中村 由紀 さん</p><p>Amazon Web Services からバッジが発行されました。</p><p><a href="https://credly-notify.com/claim">バッジを入手する</a></p>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'credly-saihakkou-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly: AWS badge re-issued to the kept address after the merge',
    from: CREDLY_AWS_SHORT,
    to: to(YUKI, 'keep', true),
    subject: 'Amazon Web Servicesのバッジが再発行されました',
    date: D('2026-02-20 03:12:55', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<div style="max-width:560px;margin:auto;font-size:15px;">
<p>中村 由紀 さん</p>
<p>Amazon Web Services から、次のバッジがこのメールアドレス宛てに再発行されました。</p>
<p><b>AWS Certified Machine Learning – Specialty</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0d9e2b77-51aa-47c4-bb0e-7f83a1d2c904">バッジを入手する</a></p>
<p style="color:#888;font-size:12px;">このメールに心当たりがない場合は、Credly サポートにお問い合わせください。</p>
</div>`,
      'ja',
    ),
  },

  // ---------------------------------------------------------------- case_closed
  {
    ...base,
    slug: 'notify-kaiketsu-zumi',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'AWS Support notification: the case was marked resolved',
    from: AWS_NOTIFY,
    to: to(KEN, 'keep', true),
    subject: `ケース ${CASE.ken} は解決済みになりました`,
    date: D('2026-02-06 10:05:09', '+0000'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `鈴木 健一 様

ケース ${CASE.ken} は解決済みとしてマークされました。
解決後 14 日以内であれば、サポートセンターからケースを再開できます。

https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.ken}

Amazon Web Services
`,
  },
  {
    ...base,
    slug: 'mikka-inai-henshin-nai-baai',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'reminder: without a reply within three days the case closes automatically',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-16 01:00:00', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

先日のご案内以降、ご連絡をいただいておりませんが、その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズとなります。
クローズ後でも、新しいお問い合わせとしてご連絡いただけます。

森田
`,
  },
  {
    ...base,
    slug: 'sjis-senjitsu-no-toori-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.yuki,
    trap: true,
    note: 'closing notice that only restates the earlier merge (先日ご連絡のとおり)',
    from: SUPPORT_JA,
    to: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-24 02:30:15', '+0000'),
    enc: 'sjis8',
    text: `中村様

先日ご連絡のとおり、アカウントの統合は 2 月 19 日に完了しております。
その後ご不明点のご連絡がございませんでしたので、本ケースはクローズいたします。

木村
AWS トレーニングと認定
`,
  },
  {
    ...base,
    slug: 'kore-nite-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'polite closing of the case',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-20 00:10:27', '+0000'),
    enc: 'jisb64',
    text: `伊藤様

ご確認いただきありがとうございました。
本件はこれにてクローズとさせていただきます。
また何かございましたら、いつでもお問い合わせください。

山口
`,
  },
  {
    ...base,
    slug: 'html-jidou-kaiketsu',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.shoDup,
    note: 'HTML-only AWS notification: the case was resolved automatically (no reply)',
    from: AWS_NOTIFY,
    to: to(SHO, 'keep', true),
    subject: `ケース ${CASE.shoDup} が自動的に解決されました`,
    date: D('2026-02-21 15:00:02', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>伊藤 翔 様</p>
<p>ケース <b>${CASE.shoDup}</b> は、一定期間ご返信がなかったため、自動的に解決済みになりました。</p>
<p>引き続きサポートが必要な場合は、<a href="https://support.console.aws.amazon.com/support/home">サポートセンター</a>からケースを再開してください。</p>
<p>Amazon Web Services</p>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'juufuku-case-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenDup,
    trap: true,
    note: 'this duplicate case is closed in favour of the original one; not the account merge',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.kenDup),
    date: D('2026-02-03 05:40:00', '+0000'),
    enc: 'utf8b64',
    text: `鈴木様

こちらのケース(${CASE.kenDup})は、ケース ${CASE.ken} と同じご依頼のため、クローズいたします。
アカウント統合のご対応は、${CASE.ken} にて引き続き進めさせていただきます。

大野
`,
  },
  {
    ...base,
    slug: 'fail-no-shita-ni-pass',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    auth: 'failThenForged',
    note: 'closing text; the top A-R says fail and a planted pass sits further down',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-17 13:22:45', '+0000'),
    enc: 'jis7',
    text: `高橋様

本ケースは解決済みとなりました。ご利用ありがとうございました。

AWS トレーニングと認定
`,
  },
  {
    ...base,
    slug: 'team-ml-ate-close',
    kind: 'case_closed',
    lang: 'ja',
    forUser: false,
    caseId: '1785529013',
    note: "closing mail for a colleague's case, sent to a team mailing list (not to the user)",
    from: SUPPORT_JA,
    to: '認定推進チーム <aws-cert-team@fabrikam.example.co.jp>',
    subject: formSubject('1785529013'),
    date: D('2026-02-25 03:03:03', '+0000'),
    enc: 'utf8qp',
    text: `ご担当者様

We have not received a response, so this case will now be closed.
ご返信をいただけなかったため、本ケースをクローズいたしました。

AWS Training and Certification
`,
  },

  // ---------------------------------------------------------------- support_reply
  {
    ...base,
    slug: 'gokakunin-arigato-tantou-e',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'thanks for the consent, passed to the team; merge will be reported later (not done yet)',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-04 08:15:39', '+0000'),
    enc: 'jis7',
    text: `鈴木様

ご確認いただきありがとうございます。
社内の担当チームへ統合作業を依頼いたしました。
作業が終わりましたら、改めてご連絡いたします。

${sig('大野')}
`,
  },
  {
    ...base,
    slug: 'senmon-team-escalation',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'escalated to a specialist team, 3-5 business days expected',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-12 05:05:05', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

いつもお世話になっております。森田です。
本件は専門チームへエスカレーションいたしました。
回答まで 3〜5 営業日ほどお時間を頂戴する見込みです。
進展がありましたら、こちらからご連絡いたします。

森田
`,
  },
  {
    ...base,
    slug: 'sjis-kanryou-shidai',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'future/conditional: will contact again once the merge is complete (統合が完了しましたら)',
    from: SUPPORT_JA,
    to: to(SHO, 'keep', true),
    subject: formSubject(CASE.sho),
    date: D('2026-02-16 03:33:03', '+0000'),
    enc: 'sjisb64',
    text: `伊藤様

ご承認ありがとうございます。手続きを開始しました。
統合が完了しましたら、あらためてご連絡差し上げます。
通常、半日から数日程度で完了いたします。

山口
`,
  },
  {
    ...base,
    slug: 'mada-kanryou-shite-orazu',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.yuki,
    trap: true,
    note: 'negated: the merge is not finished yet, please wait',
    from: SUPPORT_JA,
    to: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-18 23:59:00', '+0000'),
    enc: 'jisb64',
    text: `中村様

お問い合わせありがとうございます。
恐れ入りますが、現時点で統合はまだ完了しておりません。
担当部署で処理中ですので、もうしばらくお待ちいただけますと幸いです。

木村

-----Original Message-----
差出人: 中村 由紀 <${YUKI.keep}>
送信日時: 2026年2月19日 8:20
件名: RE: ${formSubject(CASE.yuki)}

統合は終わりましたでしょうか。まだ旧アカウントにログインできてしまいます。
`,
  },
  {
    ...base,
    slug: 'case-wo-hitotsu-ni',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'duplicate support cases were merged into one; not the certification account merge',
    from: SUPPORT_JA,
    to: to(KEN, 'keep', true),
    subject: formSubject(CASE.ken),
    date: D('2026-02-03 05:41:30', '+0000'),
    enc: 'utf8b64',
    text: `鈴木様

重複して作成されていたケース(${CASE.kenDup})を、本ケースに統合いたしました。
今後はこちらのケースでやり取りさせてください。
アカウントの件は引き続き確認中です。

大野
`,
  },
  {
    ...base,
    slug: 'voucher-shitsumon-kaitou',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'answers a question about the 50% voucher validity',
    from: SUPPORT_JA,
    to: to(MISAKI, 'keep', true),
    subject: formSubject(CASE.misaki),
    date: D('2026-02-15 02:22:22', '+0000'),
    enc: 'utf88bit',
    text: `高橋様

ご質問いただいた 50% 割引バウチャーの有効期限についてご回答します。
バウチャーの期限は発行元の認定の有効期限と同じで、アカウントをまとめても延長はされません。
「特典」タブから期限をご確認いただけます。

森田
`,
  },
  {
    ...base,
    slug: 'nokosu-hou-kara-henshin',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.shoDup,
    trap: true,
    note: 'asks to write again from the kept address without asking for any data: support_reply',
    from: SUPPORT_JA,
    to: to(SHO, 'src', true),
    subject: formSubject(CASE.shoDup),
    date: D('2026-02-12 04:45:12', '+0000'),
    enc: 'jis7',
    text: `伊藤様

セキュリティ上の理由から、統合先として残すアカウントに登録されているメールアドレスから、
改めて本ケースへご返信いただけますでしょうか。
ご返信をいただいた時点で、手続きを再開いたします。

山口
`,
  },
  {
    ...base,
    slug: 'betsu-authserv-dake',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    caseId: CASE.yuki,
    auth: 'otherOnly',
    note: "status reply whose only A-R comes from a foreign authserv-id below the server's Received",
    from: SUPPORT_JA,
    to: to(YUKI, 'keep', true),
    subject: formSubject(CASE.yuki),
    date: D('2026-02-17 10:10:10', '+0000'),
    enc: 'utf8qp',
    text: `中村様

現在、担当部署にて確認を進めております。
今しばらくお待ちくださいませ。

AWS トレーニングと認定
`,
  },

  // ---------------------------------------------------------------- unrelated
  {
    ...base,
    slug: 'survey-kaiketsu-shimashita-ka',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'satisfaction survey asking whether the case was resolved',
    from: 'AWS カスタマーアンケート <survey-noreply@amazon.com>',
    to: to(KEN, 'keep', true),
    subject: 'AWS サポートに関するアンケートのお願い',
    date: D('2026-02-07 01:00:00', '+0000'),
    enc: 'jis7',
    extra: ['Precedence: bulk'],
    text: `鈴木 健一 様

先日はお問い合わせ(ケース ID: ${CASE.ken})をいただき、ありがとうございました。
お問い合わせの内容は解決しましたか? 1 分ほどのアンケートにご協力ください。

https://survey.aws.amazon.com/s/ja?case=${CASE.ken}

Amazon Web Services
`,
  },
  {
    ...base,
    slug: 'microsoft-credly-hakkou',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly badge from another issuer (Microsoft), not AWS",
    from: 'Microsoft via Credly <admin@credly.com>',
    to: to(MISAKI, 'keep', true),
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: D('2026-02-14 18:30:12', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>高橋 美咲 さん</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/2b1f">バッジを入手する</a></p><p>Credly</p>`,
      'ja',
    ),
  },
  {
    ...base,
    slug: 'jibun-no-henshin-doui',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: CASE.sho,
    trap: true,
    note: "the user's own consent reply (from the user's address, Cc to the other own address): no news from support",
    from: to(SHO, 'keep', true),
    to: SUPPORT_JA,
    cc: to(SHO, 'src', true),
    subject: `Re: ${formSubject(CASE.sho)}`,
    date: D('2026-02-16 10:48:00', '+0900'),
    enc: 'jis7',
    text: `山口様

承認します。統合をお願いいたします。

伊藤 翔

2026年2月16日(月) 9:52 AWS トレーニングと認定 <${SUPPORT_BARE}>:
> 「承認」と一言ご返信いただけますと幸いです。
`,
  },
  {
    ...base,
    slug: 'douryou-fuzai-jidou',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    trap: true,
    note: "a colleague's out-of-office auto-reply quoting the case subject",
    from: '佐々木 亮 <ryo.sasaki@contoso.example.jp>',
    to: to(MISAKI, 'keep', true),
    subject: `【自動返信】不在のお知らせ Re: ${formSubject(CASE.misaki)}`,
    date: D('2026-02-13 18:44:09', '+0900'),
    enc: 'jisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    wholeSubject: true,
    text: `お疲れさまです。佐々木です。
2月13日から2月20日まで休暇のため不在にしております。
期間中のメールは確認できませんので、ご了承ください。
お急ぎの方は営業部代表までご連絡ください。
`,
  },
  {
    ...base,
    slug: 'pearson-yoyaku-kakunin',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: null,
    trap: true,
    note: 'exam appointment confirmation from the test vendor (not a trusted domain, not the case)',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: to(YUKI, 'keep', true),
    subject: '試験予約確認 - AWS Certified Solutions Architect - Professional',
    date: D('2026-02-21 07:11:00', '+0000'),
    enc: 'utf8qp',
    text: `中村 由紀 様

以下の内容で試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年3月14日(土) 10:00
会場: オンライン監督付き試験(OnVUE)
登録番号: 502118733

予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
`,
  },
  {
    ...base,
    slug: 'summit-touroku-kanryou',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'event registration "completed" notice from AWS marketing',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: to(KEN, 'keep', true),
    subject: '【AWS Summit Japan 2026】ご登録完了のお知らせ',
    date: D('2026-02-10 00:30:00', '+0000'),
    enc: 'utf8b64',
    extra: ['Precedence: bulk', 'List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?u=5521>'],
    text: `鈴木 健一 様

AWS Summit Japan 2026 へのご登録が完了しました。
当日は認定者ラウンジもご利用いただけます。AWS 認定をお持ちの方は、デジタルバッジを受付でご提示ください。

会期: 2026年6月25日(木)・26日(金)
会場: 幕張メッセ

AWS Summit Japan 事務局
`,
  },
  {
    ...base,
    slug: 'credly-jishin-no-tougou-code',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge verification code mail (not the AWS certification merge)",
    from: 'Credly <admin@credly.com>',
    to: to(SHO, 'src', true),
    subject: 'Credly アカウント統合の確認コード',
    date: D('2026-02-19 06:06:40', '+0000'),
    enc: 'utf8qp',
    text: `伊藤 翔 さん

Credly アカウントの統合がリクエストされました。
統合を完了するには、次の確認コードを入力するか、下のリンクを押してください。

確認コード: 418 207

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=ae71

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly
`,
  },
  {
    ...base,
    slug: 'skill-builder-shuuryou',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Skill Builder course completion notice (完了) unrelated to the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: to(MISAKI, 'keep', true),
    subject: 'コース修了のお知らせ: AWS Cloud Quest',
    date: D('2026-02-20 11:11:11', '+0000'),
    enc: 'jisb64',
    text: `高橋 美咲 様

「AWS Cloud Quest: Solutions Architect」のすべてのタスクが完了しました。
修了証は Skill Builder のマイページからダウンロードできます。

AWS Skill Builder
`,
  },
];
