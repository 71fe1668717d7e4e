// Japanese messages of set "an", part A: receipts, AI answers, information and confirmation requests.
// Voice: machine-translated templates, bilingual line-by-line templates, Japanese replies quoting English.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_JA, AWS_NOTIFY, AWS_SUPPORT_SUB, formSubject, formSubjectNoRe, KEN, MISAKI, SHO, YUMI, DAN, LIN, CASE,
  quote, sfOriginal, sfOriginalJa, outlookJa, gmailJa, sfRef, MISAKI_REQ_JA, SHO_REQ_EN_DEEPL, YUMI_REQ_JA, LIN_REQ_EN,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;
const yumiTo = `${YUMI.ja} <${YUMI.keep}>`;

export const JA_A: Msg[] = [
  // ================= acknowledgement =================
  j({
    slug: 'ack-mt-anata-no-case',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'machine-translated AWS Support receipt (あなたの/私たちは everywhere): case created, reply within 24 hours',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `あなたのサポートケース ${CASE.ken} は作成されました`,
    date: d('2026-02-09 01:12:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `親愛なる お客様、

私たちはあなたのリクエストを受け取りました、そしてあなたのためにサポートケースを作成しました。
あなたのケース ID は ${CASE.ken} です。

私たちのサポートチームは、通常 24 時間以内にあなたに応答します。
あなたがすでにケースを持っている場合、同じリクエストのために別のケースを開かないでください。それはあなたのレスポンスを遅らせる原因になります。

あなたはこのケースをサポートセンターで見ることができます。

よろしく、
アマゾン ウェブ サービス

このメールはモニターされていないアドレスから送信されました。このメールに返信しないでください。`,
  }),
  j({
    slug: 'ack-bilingual-interleaved',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'bilingual template, Japanese and English interleaved line by line: inquiry received, an agent will reply',
    from: SUPPORT,
    to: misakiTo,
    subject: `${formSubjectNoRe(CASE.misaki)} お問い合わせ受付 / Inquiry received`,
    date: d('2026-02-16 10:03:51', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 美咲 様
Dear Misaki Kobayashi,

お問い合わせを受け付けました。
We have received your inquiry.

ケース番号：${CASE.misaki}
Case number: ${CASE.misaki}

担当者が内容を確認し、1〜2 営業日以内にご連絡いたします。
An agent will review your request and contact you within 1-2 business days.

同一のお問い合わせで新しいケースを作成しないでください。
Please do not open a new case for the same request.

AWS トレーニングと認定 サポートチーム
AWS Training and Certification Support Team`,
  }),
  j({
    slug: 'ack-sjis-id-body-only',
    kind: 'acknowledgement',
    caseId: CASE.yumi,
    note: 'Shift_JIS receipt, subject without case ID; the number sits mid-sentence in the body',
    from: SUPPORT_JA,
    to: yumiTo,
    subject: 'お問い合わせ受付のお知らせ',
    date: d('2026-03-02 16:40:09', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `伊藤 由美 様

AWS トレーニングと認定をご利用いただきありがとうございます。
お送りいただいた内容は、お問い合わせ番号 ${CASE.yumi} として登録されました。
順番に拝見しておりますので、担当より折り返しご連絡差し上げるまでしばらくお待ちください。

※このメッセージは自動送信です。

AWS Training and Certification`,
  }),
  j({
    slug: 'ack-html-only-ja-table',
    kind: 'acknowledgement',
    caseId: CASE.sho,
    note: 'HTML-only receipt with a table (ケース ID / 件名 / ステータス: 未対応); nothing asked',
    from: AWS_SUPPORT_SUB,
    to: shoTo,
    subject: `[ケース ${CASE.sho}] ケースが作成されました`,
    date: d('2026-02-20 08:15:33', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: `<html><body style="font-family:'Meiryo',sans-serif">
<p>渡辺 翔 様</p>
<p>AWS サポートにお問い合わせいただき、ありがとうございます。下記のとおりケースをお預かりしました。</p>
<table border="1" cellpadding="4">
<tr><th>ケース ID</th><td>${CASE.sho}</td></tr>
<tr><th>件名</th><td>Account merge / アカウントのマージ</td></tr>
<tr><th>ステータス</th><td>未対応 (Unassigned)</td></tr>
</table>
<p>担当エンジニアがアサインされ次第、メールでご連絡します。</p>
<p style="color:#888">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</body></html>`,
  }),
  j({
    slug: 'ack-lookalike-katakana',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.ken2,
    note: 'receipt from a look-alike domain (aws-certification-support.jp) with stiff katakana; reads as a receipt, untrusted',
    from: 'AWSサポートセンター <no-reply@aws-certification-support.jp>',
    to: kenTo,
    subject: `ケースレシート: ${CASE.ken2}`,
    date: d('2026-02-10 11:22:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村 健一 様

あなたのインクワイアリーはサクセスフルにサブミットされました。
ケースナンバー: ${CASE.ken2}
カテゴリー: アカウント マネジメント

私たちのエージェントがあなたのケースをレビューし、まもなくコンタクトします。
このメールへのリプライは不要です。

AWSサポートセンター`,
  }),
  j({
    slug: 'ack-echoes-english-request',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.lin,
    note: 'receipt that echoes the customer\'s English merge request under 「お問い合わせ内容」; the merge words are the customer\'s, nothing happened yet',
    from: AWS_NOTIFY,
    to: `${LIN.en} <${LIN.keep}>`,
    subject: `AWS サポート ケース ${CASE.lin} を受け付けました`,
    date: d('2026-03-05 03:01:17', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Lin Wei 様

ケースの作成が完了しました。ケース ID: ${CASE.lin}

■ お問い合わせ内容（お客様の入力）
${LIN_REQ_EN}

担当者からの初回返信は、通常 24 時間以内にこのメールアドレス宛てに送信されます。
ケースの状況はサポートセンターからいつでも確認できます。

アマゾン ウェブ サービス`,
  }),
  j({
    slug: 'ack-no-auth-jis-b64',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.misakiDup,
    note: 'receipt body is genuine-looking but the message has no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `ケース ${CASE.misakiDup} が作成されました`,
    date: d('2026-02-16 12:44:20', '+0900'),
    auth: 'none',
    enc: 'jisb64',
    text: `小林 美咲 様

このたびはお問い合わせいただきまして、ありがとうございます。
ケース ID ${CASE.misakiDup} にてお問い合わせを承りました。

お返事まで少々お時間を頂戴しております。恐れ入りますがお待ちくださいませ。

Amazon Web Services`,
  }),
  j({
    slug: 'ack-resent-from-old-corp',
    kind: 'acknowledgement',
    forUser: false,
    caseId: CASE.ken2,
    note: 'receipt sent to the old corporate address and bounced on by the company server with Resent-* headers: not delivered to the user',
    from: AWS_NOTIFY,
    to: `${KEN.ja} <${KEN.src}>`,
    subject: `ケース ${CASE.ken2} を作成しました - AWS サポート`,
    date: d('2026-02-10 02:05:48', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'postmaster@corp-a.example.co.jp', to: 'it-helpdesk@corp-a.example.co.jp', date: d('2026-02-10 11:06:02', '+0900') },
    text: `中村 健一 様

AWS サポートへのお問い合わせを受け付けました。（ケース ID：${CASE.ken2}）
ご返信は通常 1 営業日以内にお送りします。

アマゾン ウェブ サービス`,
  }),

  // ================= ai_answer =================
  j({
    slug: 'ai-mt-self-service-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'machine-translated generated answer: あなたはセルフサービスのマージツールを使うことができます',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: 'あなたの質問に対する AI 生成の回答',
    date: d('2026-02-09 01:05:02', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。正確でない場合があります。

あなたは 2 つの AWS 認定アカウントを持っていて、それらを 1 つにしたいようです。
あなたは AWS 認定アカウントの「プロファイル」から「アカウントのマージ」ツールを使用することで、自分でアカウントをマージすることができます。
1. あなたが保持したいアカウントにサインインします。
2. 「プロファイル」を選択し、次に「アカウントのマージ」を選択します。
3. あなたのもう一方のアカウントの資格情報を入力します。

このツールがあなたの問題を解決しない場合、あなたは「ケースを作成」を選択することができます。`,
  }),
  j({
    slug: 'ai-bilingual-generated',
    kind: 'ai_answer',
    caseId: null,
    note: 'bilingual (ja/en interleaved) automated suggestion pointing to the Merge Accounts tool and an FAQ',
    from: 'AWS Support Assistant <no-reply@support.aws.com>',
    to: shoTo,
    subject: '自動回答 / Automated answer: アカウントの統合について',
    date: d('2026-02-20 08:02:11', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `以下は自動生成された回答です。
The following is an automatically generated answer.

認定アカウントのマージは、認定ポータルの [Merge Accounts] から実行できる場合があります。
You may be able to merge accounts yourself from [Merge Accounts] in the Certification portal.

両方のアカウントに認定履歴がある場合、ツールではマージできません。その場合はケースを作成してください。
If both accounts have certification history, the tool cannot merge them. In that case, please create a case.

参考 / Reference: https://aws.amazon.com/certification/faqs/`,
  }),
  j({
    slug: 'ai-sjis-b64-explains-badges',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'generated answer (Shift_JIS base64) that also explains what happens to badges after a merge; still only an automated suggestion',
    from: AWS_NOTIFY,
    to: yumiTo,
    subject: '生成 AI によるご案内',
    date: d('2026-03-02 07:31:40', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `ご質問ありがとうございます。以下は生成 AI が作成した参考情報です。

・認定アカウントが複数ある場合、認定ポータルのプロファイル画面にある「アカウントのマージ」から統合を申請できます。
・統合が完了すると、統合元の認定と特典は統合先のアカウントに表示されます。
・Credly のデジタルバッジは自動では移動しないことがあります。統合後に統合先のメールアドレスで Credly のバッジを受け取ってください。

この内容で解決しない場合は、画面下部の「ケースを作成」からお問い合わせください。`,
  }),
  j({
    slug: 'ai-html-only-katakana',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only Amazon Q-style answer with katakana loanwords (ソリューション, セルフサービス)',
    from: 'Amazon Q <no-reply@support.aws.com>',
    to: misakiTo,
    subject: 'Amazon Q からのサジェスチョン',
    date: d('2026-02-16 00:59:30', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: `<div>
<p><b>考えられるソリューション</b></p>
<p>あなたのアカウントのコンソリデーションは、セルフサービスの「Merge Accounts」機能でリクエストできます。認定のプロファイルページを開き、マージしたいアカウントのログイン情報を入力してください。</p>
<p>両方のアカウントにエグザムの履歴がある場合は、このフィーチャーは利用できません。その場合はサポートにケースを作成してください。</p>
<p style="font-size:small">この回答は AI によって生成されました。<a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成する</a></p>
</div>`,
  }),
  j({
    slug: 'ai-misaligned-dkim',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'generated answer whose DKIM signature belongs to a bulk-mail domain (dmarc=fail): untrusted',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: 'お問い合わせへの自動回答',
    date: d('2026-02-09 01:06:40', '+0000'),
    auth: 'misaligned',
    enc: 'jis7',
    text: `お問い合わせいただいた「認定アカウントを1つにしたい」という内容について、AI が回答を用意しました。

認定ポータルにサインインし、右上のメニューから「アカウントのマージ」を開くと、ご自身で統合を行えます。
うまくいかない場合は、このページからケースを作成してください。`,
  }),
  j({
    slug: 'ai-helpful-question-tail',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated answer ending with a 役に立ちましたか question; answer itself is the self-service tool',
    from: AWS_NOTIFY,
    to: `${DAN.ja} <${DAN.keep}>`,
    subject: 'AI アシスタントの回答',
    date: d('2026-03-09 23:48:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ダニエル 様

「二つの認定アカウントを統合したい」というご質問にお答えします。

統合先にしたいアカウントで認定ポータルにログインし、「プロフィール」→「アカウントを統合」の順に進んでください。画面の案内に沿ってもう一方のアカウントのメールアドレスを入力すると、統合リクエストを送信できます。

この回答は役に立ちましたか？ [はい] [いいえ]
解決しない場合は「ケースを作成」を押してください。`,
  }),
  j({
    slug: 'ai-mixed-english-article-titles',
    kind: 'ai_answer',
    caseId: null,
    note: 'Japanese generated answer listing English article titles; suggests the tool and Credly help',
    from: AWS_SUPPORT_SUB,
    to: `${LIN.ja} <${LIN.keep}>`,
    subject: 'おすすめの解決方法',
    date: d('2026-03-05 02:55:01', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `林 様

お問い合わせ内容に関連する可能性のある記事を、自動で選びました。

- "How do I merge my AWS Certification accounts?" (認定アカウントの統合方法)
- "Merge Accounts tool - frequently asked questions" (Merge Accounts ツールのよくある質問)
- "Claiming your badge on Credly" (Credly でバッジを受け取る)

まずはこれらの手順をお試しください。問題が解決しない場合に限り、ケースの作成へお進みください。`,
  }),

  // ================= info_request =================
  j({
    slug: 'info-mt-provide-both-ids',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'machine-translated agent reply: あなたの両方のアカウントのメールアドレスと候補者IDを提供してください',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-10 06:31:25', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `こんにちは 中村 健一、

あなたが AWS トレーニングと認定に連絡してくれてありがとう。

私たちはあなたのアカウントのマージに関してあなたを助けることが幸せです。先に進むために、あなたは以下の情報を提供してください:
- あなたの両方のアカウントの電子メールアドレス
- あなたの両方のアカウントの候補者 ID
- あなたが保持したいアカウントはどちらですか

あなたの返事を待っています。

よろしく、
Haruka
AWS トレーニングと認定

${sfRef('5Gq1Ab')}`,
  }),
  j({
    slug: 'info-bilingual-which-to-keep',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'bilingual line-by-line reply asking which account should remain and the other account\'s candidate ID',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-17 14:20:08', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 様 / Dear Ms. Kobayashi,

ご連絡ありがとうございます。
Thank you for contacting us.

統合後に残すアカウントはどちらになりますでしょうか。
Which account should remain after the merge?

また、${MISAKI.src} 側の AWS 候補者 ID もあわせてお知らせください。
Please also let us know the AWS Candidate ID of the ${MISAKI.src} account.

AWS トレーニングと認定 / AWS Training and Certification
Kenta

${sfOriginalJa(MISAKI.keep, '2026年2月16日 10:01', SUPPORT.replace(/^.*</, '').replace('>', ''), 'アカウント統合のお願い', MISAKI_REQ_JA)}`,
  }),
  j({
    slug: 'info-sjis-quotes-english-request',
    kind: 'info_request',
    caseId: CASE.sho,
    note: 'Japanese agent reply (Shift_JIS) quoting the user\'s English/DeepL request; asks for candidate IDs and names on both accounts',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-02-21 09:12:47', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `渡辺 翔 様

英語でお問い合わせいただきましたが、日本語でご返信いたします。英語をご希望の場合はお申し付けください。

手続きを進めるにあたり、以下をお送りいただけますか。
・両アカウントの AWS 候補者 ID（AWS から始まる番号）
・各アカウントに登録されている氏名（ローマ字）
・お勤め先の会社名

お手数をおかけしますが、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐々木

${sfOriginal(SHO.keep, '2/20/2026 5:02 PM', 'aws-cs-trainingcertification-form@amazon.com', 'Account merge', SHO_REQ_EN_DEEPL)}`,
  }),
  j({
    slug: 'info-gokakunin-no-ue-oshirase',
    kind: 'info_request',
    trap: true,
    caseId: CASE.yumi,
    note: 'asks the customer to check and tell the address to keep (ご確認のうえお知らせください): information, not consent',
    from: SUPPORT_JA,
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-03 15:02:55', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤 様

お世話になっております。AWS トレーニングと認定の森です。

お問い合わせの件、大学のアドレスと自宅のアドレス、それぞれの認定アカウントを拝見しました。自宅のアドレス ${YUMI.keep} は、現在ログイン用と通知用で別のアドレスが登録されているようです。
統合後にご利用になるメールアドレスを、お手数ですが改めてご確認のうえお知らせください。

何卒よろしくお願い申し上げます。

${gmailJa('2026年3月2日(月) 16:38', YUMI.ja, YUMI.keep)}
${quote(YUMI_REQ_JA)}`,
  }),
  j({
    slug: 'info-jisb64-teform-romaji',
    kind: 'info_request',
    caseId: CASE.ken2,
    note: 'one long te-form sentence; the request (romaji name and company) has no explicit お願い word up front',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-11 10:48:03', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

ご連絡いただいた二つのアカウントについて、社内の担当チームで照合を行っておりまして、その際に登録上のお名前の表記が片方は漢字、もう片方はローマ字となっておりまして、本人確認のためローマ字表記のフルネームと、${KEN.src} をご利用だった当時の会社名を、このメールへのご返信でいただけますと幸いです。

引き続きよろしくお願いいたします。
AWS トレーニングと認定`,
  }),
  j({
    slug: 'info-write-from-kept-plus-ids',
    kind: 'info_request',
    caseId: CASE.dan,
    note: 'asks the customer to write from the kept address AND to include both candidate IDs: information request',
    from: SUPPORT,
    to: `${DAN.en} <${DAN.src}>`,
    cc: DAN.keep,
    subject: formSubject(CASE.dan),
    date: d('2026-03-10 13:30:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `オカフォー 様

本件につきましては、統合後に残すアカウントのメールアドレス（${DAN.keep}）からご連絡をお願いしております。
お手数ですが、そのアドレスからこのケースにご返信いただき、本文に両アカウントの候補者 ID を記載してください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'info-html-only-form-fields',
    kind: 'info_request',
    caseId: CASE.lin,
    note: 'HTML-only reply with a fill-in table (氏名, 候補者ID, ログインメール, 通知メール) for both accounts',
    from: SUPPORT,
    to: `${LIN.ja} <${LIN.keep}>`,
    subject: formSubject(CASE.lin),
    date: d('2026-03-06 11:11:11', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: `<html><body>
<p>林 偉 様</p>
<p>お問い合わせありがとうございます。アカウント統合の手続きのため、下の表の空欄を埋めてご返信ください。</p>
<table border="1">
<tr><th></th><th>統合元 (Source)</th><th>統合先 (Destination)</th></tr>
<tr><td>氏名</td><td></td><td></td></tr>
<tr><td>AWS 候補者 ID</td><td>${LIN.srcId}</td><td></td></tr>
<tr><td>ログイン用メール</td><td></td><td></td></tr>
<tr><td>認定通知用メール</td><td></td><td></td></tr>
</table>
<p>AWS トレーニングと認定<br>${CASE.lin}</p>
</body></html>`,
  }),
  j({
    slug: 'info-forged-below-received',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.misaki,
    note: 'asks for both login e-mails; the only dmarc=pass sits below the receiving server\'s Received line: untrusted',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-18 09:40:00', '+0900'),
    auth: 'forgedBelow',
    enc: 'utf8b64',
    text: `小林様

統合作業の前に、両方のアカウントへのログインに使用しているメールアドレスと、直近で受験された試験名を教えていただけますでしょうか。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'info-long-gmail-thread-exam-history',
    kind: 'info_request',
    caseId: CASE.sho,
    note: 'top-posted request for the source account\'s certification list and expiry dates above a long Gmail/Salesforce thread',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-02-23 10:05:40', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

ID のご提供ありがとうございました。もう一点だけ、${SHO.srcId} のアカウントで取得済みの認定の名称と有効期限を、一覧で教えてください。画面のスクリーンショットでも構いません。

AWS トレーニングと認定
佐々木

${gmailJa('2026年2月22日(日) 21:14', SHO.ja, SHO.keep)}
> 佐々木様
>
> ご返信ありがとうございます。
> 候補者 ID は ${SHO.keepId}（個人）と ${SHO.srcId}（会社）です。
> 氏名は Sho Watanabe、会社名は Partner Example Co., Ltd. です。
>
> 渡辺
>
${quote(sfOriginalJa('AWS トレーニングと認定', '2026年2月21日 9:12', SHO.keep, formSubject(CASE.sho), `渡辺 翔 様

手続きを進めるにあたり、以下をお送りいただけますか。
・両アカウントの AWS 候補者 ID
・各アカウントに登録されている氏名（ローマ字）
・お勤め先の会社名`))}`,
  }),
  j({
    slug: 'info-other-id-unknown',
    kind: 'info_request',
    caseId: CASE.yumi,
    note: 'ID in the middle of the sentence; the request is phrased as 〜が見当たらないため、…いただけますと助かります',
    from: SUPPORT,
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-04 17:25:19', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `伊藤様

${YUMI.keepId} につきましては確認が取れましたが、${YUMI.src} で登録されたアカウントが当方の検索では見当たらないため、そちらの候補者 ID か、受験時に届いた確認メールの写しをお送りいただけますと助かります。

AWS トレーニングと認定 森`,
  }),

  // ================= confirmation_request =================
  j({
    slug: 'conf-mt-cannot-undo-agree',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'machine-translated: この操作は元に戻すことができません。あなたはマージを進めることに同意しますか?',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-02-11 05:50:12', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `こんにちは 中村 健一、

あなたの情報を提供してくれてありがとう。私たちは以下のアカウントをマージする準備ができています。

ソースアカウント: ${KEN.srcId} (${KEN.src})
デスティネーションアカウント: ${KEN.keepId} (${KEN.keep})

この操作は元に戻すことができません。あなたはマージを進めることに同意しますか？
このメールに「はい、私は同意します」と返信してください。

よろしく、
Haruka
AWS トレーニングと認定`,
  }),
  j({
    slug: 'conf-bilingual-irreversible',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'bilingual interleaved consent request: the merge cannot be undone; reply to agree',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-19 11:02:44', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 様 / Dear Ms. Kobayashi,

${MISAKI.srcId} を ${MISAKI.keepId} に統合する準備が整いました。
We are ready to merge ${MISAKI.srcId} into ${MISAKI.keepId}.

統合は取り消すことができません。
Please note that a merge cannot be reversed.

この内容で進めてよろしければ、本メールにご返信ください。
If you would like us to proceed, please reply to this e-mail.

AWS トレーニングと認定 / AWS Training and Certification
Kenta`,
  }),
  j({
    slug: 'conf-sjisb64-goryosho',
    kind: 'confirmation_request',
    caseId: CASE.yumi,
    note: 'Shift_JIS base64: 統合後は元に戻せませんので、ご了承いただける場合はその旨ご返信ください',
    from: SUPPORT_JA,
    to: yumiTo,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-06 10:10:10', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `伊藤 由美 様

候補者 ID のご提供、ありがとうございました。大学のアドレスのアカウント（${YUMI.srcId}）を、ご自宅のアドレスのアカウント（${YUMI.keepId}）へまとめる形で準備しております。
統合後は元の状態に戻すことができかねますので、ご了承いただける場合はその旨をご返信ください。ご返信をいただいてから作業に着手いたします。

AWS トレーニングと認定 森`,
  }),
  j({
    slug: 'conf-ja-quotes-english-request',
    kind: 'confirmation_request',
    caseId: CASE.lin,
    note: 'Japanese agent answers an English request in Japanese and asks for consent; English request quoted Outlook-style',
    from: SUPPORT,
    to: `${LIN.ja} <${LIN.keep}>`,
    subject: formSubject(CASE.lin),
    date: d('2026-03-07 14:44:21', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `林 様

日本語で失礼いたします。
いただいた情報で両アカウントを確認できました。旧アカウント ${LIN.srcId} の認定を ${LIN.keepId} に移し、旧アカウントは無効となります。一度実施すると取り消しはできません。
進めてよろしいか、ご返信にてお知らせいただけますか。

AWS トレーニングと認定
高橋

${outlookJa(`Lin Wei <${LIN.keep}>`, '2026年3月5日 11:58', 'aws-cs-trainingcertification-form@amazon.com', 'Account merge request')}

${LIN_REQ_EN}`,
  }),
  j({
    slug: 'conf-html-jis-b64',
    kind: 'confirmation_request',
    caseId: CASE.sho,
    note: 'HTML-only in ISO-2022-JP base64: lists both accounts and asks the customer to consent by reply',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    date: d('2026-02-24 16:00:31', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    html: `<html><body>
<p>渡辺様</p>
<p>統合の対象は以下のとおりです。</p>
<ul><li>統合元：${SHO.srcId}（${SHO.src}）</li><li>統合先：${SHO.keepId}（${SHO.keep}）</li></ul>
<p>統合を実施すると、統合元アカウントには今後ログインできなくなり、この操作は元に戻せません。上記の内容に同意いただける場合は、このメールに「同意します」とご返信ください。</p>
<p>AWS トレーニングと認定<br>佐々木</p>
</body></html>`,
  }),
  j({
    slug: 'conf-teform-mondai-nakereba',
    kind: 'confirmation_request',
    caseId: CASE.dan,
    note: 'consent request without the word 確認: 問題がなければこのメールにそのまま返信してください、取り消しはできません',
    from: SUPPORT,
    to: `${DAN.ja} <${DAN.keep}>`,
    subject: formSubject(CASE.dan),
    date: d('2026-03-11 09:58:40', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `オカフォー ダニエル 様

${DAN.src} のアカウントの認定 2 件と特典を ${DAN.keep} のアカウントへ移して、前者を閉じる段取りになっており、この処理は後から取り消せないため、問題がなければこのメールにそのまま返信してください、返信を受け取りしだい作業します。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'conf-fail-then-forged',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.ken2,
    note: 'consent request whose topmost Authentication-Results says fail, with a planted pass further down: untrusted',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-02-12 13:13:13', '+0900'),
    auth: 'failThenForged',
    enc: 'jis7',
    text: `中村様

アカウント統合の最終確認です。統合は取り消しできませんので、同意される場合は本メールにご返信ください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'conf-restates-info-received',
    kind: 'confirmation_request',
    caseId: CASE.misakiDup,
    note: 'restates the information received, then asks for agreement to the irreversible merge',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-02-19 17:31:08', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林様

先日は必要事項をお送りいただき、ありがとうございました。いただいた内容は以下のとおりです。
　残すアカウント：${MISAKI.keep}
　まとめるアカウント：${MISAKI.src}

この二つを一つにした後で、分け直すことはできません。このまま進めてよろしいでしょうか。ご意向をお聞かせください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'conf-katakana-confirmation',
    kind: 'confirmation_request',
    caseId: CASE.yumi,
    note: 'katakana-heavy translated template: マージのプロシージャーを開始する前にあなたのコンファメーションが必要です',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: d('2026-03-06 02:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ハロー 伊藤 由美、

マージのプロシージャーを開始する前に、あなたのコンファメーションが必要です。
マージはイリバーシブル（元に戻せない）です。

あなたがプロシードすることをアグリーする場合、このメールに "I agree" または「同意します」とリプライしてください。

サンクス、
AWS トレーニングと認定チーム`,
  }),
];
