// bk corpus, Japanese part 1: receipts, AI answers, information requests, confirmation requests.
// Voice: Japanese that reads like a literal translation of an English template, bilingual
// JA/EN mail whose sections carry different details, and users' mixed-language replies.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT_SYS,
  CASE,
  DAVID,
  KENTA,
  KENTA_REQ,
  M,
  MISAKI,
  MISAKI_REQ,
  SHO,
  SHO_REQ,
  SUPPORT,
  SUPPORT_JA,
  YUMI,
  YUMI_REQ,
  formSubject,
  gmailJa,
  htmlDoc,
  iphoneJa,
  outlookJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  M({
    slug: 'ack-kenta-literal',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'automatic receipt of the new case in template-translated Japanese, case ID in subject and body',
    from: AWS_NOTIFY,
    to: `${KENTA.ja} <${KENTA.keep}>`,
    subject: `あなたのサポートケース ${CASE.kenta} はオープンされました`,
    date: rfcDate('2026-03-02 01:14:09'),
    enc: 'jis7',
    text: `こんにちは ${KENTA.en},

AWS サポートにコンタクトしていただき、ありがとうございます。
あなたのケースは私たちのシステムにおいて正常にオープンされました。

ケース ID: ${CASE.kenta}
サブジェクト: アカウントのマージについて
ステータス: アサイン待ち

私たちのチームは、通常 24 時間以内にあなたにレスポンスします。
同じリクエストのために、別のケースをオープンしないでください。それはレスポンスの遅延の原因になります。

このメールアドレスは送信専用です。

敬具、
Amazon Web Services`,
  }),
  M({
    slug: 'ack-misaki-bilingual-en-only',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'bilingual receipt: the Japanese part only points to the English part, which carries the case ID and the receipt',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: `[CASE ${CASE.misaki}] お問い合わせ受付 / We received your request`,
    date: rfcDate('2026-04-08 06:40:51'),
    enc: 'utf8qp',
    text: `※ 本メールは日本語と英語で送信しています。詳細は英語の本文をご参照ください。
※ This message is sent in Japanese and English.

小林 様

AWS トレーニングと認定にお問い合わせ頂きまして、誠にありがとうございます。

------------------------------------------------------------

Dear Customer,

This is an automated message to let you know that your request has been received
and a case has been created with the number ${CASE.misaki}.
A member of our team will reply to you within 1 business day.
Please keep the case number in the subject line when you write back.

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'ack-sho-shape-only',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'case-created notice recognisable by its shape (number, status, severity table), no explicit thank-you',
    from: AWS_SUPPORT_SYS,
    to: SHO.keep,
    subject: `ケース ${CASE.sho} が作成されました`,
    date: rfcDate('2026-05-19 23:02:37'),
    enc: 'sjis8',
    text: `ケース番号    : ${CASE.sho}
件名          : 認定アカウントの統合
お問い合わせ種別 : AWS トレーニングと認定
ステータス    : 未割り当て
重要度        : 一般的なガイダンス
作成日時      : 2026-05-19 23:02 UTC

担当者からの返信は、このアドレス宛にメールで届きます。
ケースの詳細はサポートセンターのケース画面から参照可能です。

――
AWS Support`,
  }),
  M({
    slug: 'ack-yumi-queue-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'HTML + text receipt saying the request was put in the queue, case ID in body',
    from: SUPPORT_JA,
    to: YUMI.keep,
    subject: 'お問い合わせを承りました',
    date: rfcDate('2026-06-03 08:11:20'),
    enc: 'jisb64',
    hdr: 'utf8b',
    text: `渡辺 由美 様

お客様のリクエスト (ID: ${CASE.yumi}) は、私たちのキューに正常に追加されました。
順番に確認を行い、担当者より折り返しご連絡を差し上げます。
このメールにご返信いただく場合は、件名を変更しないようお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス`,
    html: htmlDoc(
      paras(`渡辺 由美 様

お客様のリクエスト (ID: ${CASE.yumi}) は、私たちのキューに正常に追加されました。
順番に確認を行い、担当者より折り返しご連絡を差し上げます。
このメールにご返信いただく場合は、件名を変更しないようお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス`),
    ),
  }),
  M({
    slug: 'ack-kenta-second-case',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kentaDup,
    note: 'receipt of a second case the user opened for the same merge; still a receipt',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: `[ケース ${CASE.kentaDup}] リクエストは受信されました`,
    date: rfcDate('2026-03-03 12:30:44'),
    enc: 'utf8b64',
    text: `お客様へ

このメッセージは、あなたのリクエストが受信されたことを知らせるための自動的なメッセージです。
ケース番号は ${CASE.kentaDup} です。今後のやり取りにはこの番号を参照してください。

すでに同じ内容についてケースをオープンしている場合、新しいケースをオープンすることはお控えください。

Amazon Web Services`,
  }),
  M({
    slug: 'ack-phish-lookalike-domain',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: CASE.fake,
    note: 'receipt look-alike from amazon-support-jp.com (its own DKIM passes, but the domain is not a trusted one)',
    from: 'Amazon Web Services <no-reply-aws@amazon-support-jp.com>',
    to: KENTA.keep,
    subject: `サポートケース ${CASE.fake} を受け付けました`,
    date: rfcDate('2026-03-04 17:55:02'),
    enc: 'jis7',
    text: `お客様

あなたのサポートケース ${CASE.fake} は受け付けられました。
アカウントの確認のため、以下のリンクからサインインしてください。
http://amazon-support-jp.com/case/verify

Amazon Web Services`,
  }),
  M({
    slug: 'ack-misaki-fields-received',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'form receipt that echoes the submitted name, company and candidate ID (words of an information request, but only a receipt)',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: `お問い合わせの受付確認 ケース番号 ${CASE.misaki}`,
    date: rfcDate('2026-04-08 06:41:03'),
    enc: 'jisb64',
    text: `以下の内容でお問い合わせを受け付けました。

お名前: Misaki Kobayashi
会社名: (未入力)
AWS 候補者 ID: ${MISAKI.keepId}
お問い合わせの種類: AWS トレーニングと認定
問題の種類: アカウントの統合

内容に不足がある場合、担当者から追加の情報をお願いすることがあります。
このメールは自動送信です。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ack-yumi-autosubmitted',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'auto-submitted receipt; case ID only in the subject, body is a bare translated template',
    from: SUPPORT,
    to: YUMI.keep,
    subject: `[CASE ${CASE.yumi}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-06-03 08:10:58'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `親愛なるお客様、

私たちはあなたのお問い合わせを受け取りました。
私たちのサポートエージェントの一人が、できるだけ早くあなたにコンタクトします。
このメールに返信することで、あなたはケースに情報を追加することができます。

ありがとうございました。
AWS トレーニングと認定チーム`,
  }),

  // ---------------- ai_answer (7) ----------------
  M({
    slug: 'ai-kenta-generated',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'copy of the generated answer shown before the case: try the self-service merge tool',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: 'あなたの質問への AI 生成の回答',
    date: rfcDate('2026-03-02 01:09:40'),
    enc: 'jis7',
    text: `この回答は生成 AI によって生成されました。正確でない場合があります。

あなたの質問: 「2つの認定アカウントを1つにしたい」

AWS 認定のアカウントを統合するためには、あなたはセルフサービスの「アカウントのマージ」ツールを使用することができます。
1. AWS 認定アカウントにサインインします。
2. プロファイルのメニューから「アカウントのマージ」を選択します。
3. スクリーン上のインストラクションに従ってください。

このツールで解決しない場合、「ケースを作成」ボタンを選択して、私たちのチームにコンタクトしてください。`,
  }),
  M({
    slug: 'ai-misaki-bilingual',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'bilingual automated suggestion; the Japanese part is a one-line summary, the English part has the steps',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: '自動回答 / Automated answer: アカウントの統合',
    date: rfcDate('2026-04-08 06:33:17'),
    enc: 'utf8qp',
    text: `【自動回答】
セルフサービスのアカウント統合機能をお試しください。手順は英語版をご覧ください。

[Automated answer]
Based on your question, this may help: you can merge two AWS Certification accounts yourself.
Sign in to the account you want to keep, open Profile > Merge Accounts, and enter the
login of the second account. If both accounts already hold certifications, the tool may not
be available and you can open a case instead.

Was this answer helpful? Yes / No`,
  }),
  M({
    slug: 'ai-sho-faq-sjis',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated FAQ suggestion in Shift_JIS pointing to the merge tool',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'よくある質問からのご案内',
    date: rfcDate('2026-05-19 22:58:05'),
    enc: 'sjisb64',
    text: `このメッセージは、入力された内容をもとに自動的に選ばれた情報です。

Q. 複数の認定アカウントを持っている場合、どうすればいいですか?
A. 認定アカウントのプロファイルにある「アカウントを統合」からご自身で統合できる場合があります。
   統合後、元のアカウントにはサインインできなくなる点にご注意ください。

この情報で問題が解決しない場合は、フォームの「ケースを作成」へお進みください。`,
  }),
  M({
    slug: 'ai-yumi-html-after-merge',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'AI assistant explaining what happens after a merge (badges, vouchers); stays an AI answer',
    from: AWS_NOTIFY,
    to: YUMI.keep,
    subject: 'AI アシスタントからの提案',
    date: rfcDate('2026-06-03 08:02:44'),
    enc: 'utf8b64',
    html: htmlDoc(`<p><b>AI アシスタントからの提案</b> (この内容は自動で生成されています)</p>
<p>アカウントがマージされた後、あなたの認定、試験履歴および特典は、保持されるアカウントにトランスファーされます。
Credly のデジタルバッジは、マージの完了後に、保持されるアカウントのメールアドレスで改めてクレームする必要がある場合があります。</p>
<p>まずはセルフサービスの<a href="https://www.aws.training/Certification">アカウントのマージ</a>を試してください。</p>
<p style="color:#666">この提案は役に立ちましたか? <a href="#">はい</a> | <a href="#">いいえ</a></p>`),
  }),
  M({
    slug: 'ai-misaki-jis-short',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'short automated answer with a feedback question, before any case exists',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'お問い合わせ内容に基づくご提案',
    date: rfcDate('2026-04-08 06:35:00'),
    enc: 'jis7',
    text: `このご提案は自動的に作成されています。

アカウントをひとつにまとめたい場合、認定ポータルのプロファイル設定にあるマージ機能をまずお使いいただけます。
両方のアカウントに認定の履歴がある場合は、この機能が使えない場合がありますので、その際はお手数ですがケースを作成してください。

この回答で解決しましたか?`,
  }),
  M({
    slug: 'ai-forged-below',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    auth: 'forgedBelow',
    caseId: null,
    note: 'automated-answer text, but the only dmarc=pass header sits below the receiving server line (forged)',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: '自動化されたアシスタントの回答',
    date: rfcDate('2026-05-20 03:12:00'),
    enc: 'utf8qp',
    text: `自動化されたアシスタントより

あなたの認定アカウントは、セルフサービスのツールでマージすることができます。
プロファイル → アカウントのマージ を開いてください。
下のリンクからもアクセスできます: http://aws-cert-merge.example.net/start`,
  }),
  M({
    slug: 'ai-kenta-on-case',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'automated suggestion sent on the open case while waiting for an agent',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: `ケース ${CASE.kenta}: 担当者をお待ちの間に`,
    date: rfcDate('2026-03-02 01:20:31'),
    enc: 'jisb64',
    text: `担当者からの返信をお待ちいただく間、以下の自動案内が役に立つかもしれません。

・セルフサービスの「アカウントのマージ」を使えば、担当者の対応を待たずに統合できる場合があります。
・統合に成功した場合、このケースに返信は不要です。

この案内は、ケース ${CASE.kenta} の内容から自動的に作られたものです。`,
  }),

  // ---------------- info_request (10) ----------------
  M({
    slug: 'info-kenta-list',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'agent asks for candidate IDs, emails and the account to keep, in translated-template Japanese',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-03 02:47:15'),
    enc: 'jis7',
    text: `親愛なる 中村 健太 様、

AWS トレーニングと認定にコンタクトしていただきありがとうございます。

私たちはあなたのアカウントをマージするために、下記の情報を必要とします:
1. 両方のアカウントの AWS キャンディデート ID
2. 両方のアカウントにおいて登録されているメールアドレス
3. どちらのアカウントをプライマリとしてキープしたいか

上記の情報と共にこのメールへ返信してください。

よろしくお願い申し上げます。
Haruka
AWS トレーニングと認定 カスタマーサービス

${sfRef('5Kq2ZAAR')}

${sfOriginal(KENTA.keep, '2026-03-02 01:14', SUPPORT, 'アカウントのマージについて', KENTA_REQ)}`,
  }),
  M({
    slug: 'info-kenta-bilingual-disagree',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kentaDup,
    note: 'bilingual request for details; the Japanese list has two items, the English list three',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-04 05:02:33'),
    enc: 'utf8qp',
    text: `中村様

お問い合わせありがとうございます。統合の手続きを進めるにあたり、以下の2点をお知らせください。
・統合元アカウントの AWS 候補者 ID
・統合元アカウントのサインイン用メールアドレス

Dear Kenta,

Thank you for contacting us. To proceed with the merge, please let us know the following three items:
- Candidate ID of the source account
- Sign-in email of the source account
- The date of your most recent exam on the source account

Best regards,
Takumi / AWS Training and Certification`,
  }),
  M({
    slug: 'info-misaki-confirm-address',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: '「ご確認のうえお知らせください」 which e-mail address to keep: asks for information, worded with confirm',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-09 01:26:48'),
    enc: 'jisb64',
    text: `小林 美咲 様

この度はお問い合わせいただき、ありがとうございます。
お送りいただいた2つのメールアドレスのうち、統合後にサインインで使用するアドレスはどちらになりますでしょうか。
お手数ですが、ご確認のうえお知らせください。

なお、統合後に残らないほうのアカウントには、サインインできなくなります。

AWS トレーニングと認定
Yuki

${gmailJa('2026-04-08 15:40', `Misaki Kobayashi <${MISAKI.keep}>`)}
${quote(MISAKI_REQ)}`,
  }),
  M({
    slug: 'info-sho-outlook',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'asks which account to keep; Outlook-style Japanese quote header under the new text',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-21 04:18:06'),
    enc: 'sjis8',
    text: `伊藤様

ご連絡ありがとうございます。
あなたのリクエストを処理するため、どちらのアカウントをキープするかを私たちに知らせてください。
また、統合元のアカウントで現在有効な特典 (バウチャー) がある場合、そのコードも共有をお願いします。

AWS トレーニングと認定 カスタマーサポート
Ren

${outlookJa(`伊藤 翔 <${SHO.keep}>`, '2026-05-20 08:02', 'AWS Training and Certification', '認定アカウントの統合')}

${SHO_REQ}`,
  }),
  M({
    slug: 'info-yumi-write-from-keep-with-id',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'asks to write from the kept address AND to send the candidate ID: an information request',
    from: SUPPORT,
    to: YUMI.keep,
    cc: YUMI.src,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-04 02:55:10'),
    enc: 'jisb64',
    text: `渡辺様

セキュリティの理由のため、私たちはアカウントの所有者であることをベリファイする必要があります。
保持されるアカウント (${YUMI.keep}) のメールアドレスから、このケースに返信してください。
その返信の中に、統合元アカウントの候補者 ID と、最後に受験した試験の名前を含めてください。

ご協力に感謝します。
AWS トレーニングと認定`,
  }),
  M({
    slug: 'info-kenta-id-not-found',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'the ID the customer sent was not found; asks for the right one without the word お願い',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-05 03:30:12'),
    enc: 'jis7',
    text: `中村 様

ご返信いただいた候補者 ID「AWS8126440」は、私たちのシステムで見つけることができませんでした。
桁数が1桁足りないように見えます。正しい ID を再度このケースに返信いただけますか。
認定アカウントにサインイン後、画面右上のプロファイルから確認することができます。

AWS トレーニングと認定 カスタマーサービス
Haruka

${gmailJa('2026-03-04 21:08', `中村 健太 <${KENTA.keep}>`)}
> 残すのは個人のほうです。もう一つの ID は AWS8126440 です。
> よろしくお願いします。`,
  }),
  M({
    slug: 'info-misaki-notify-email-html',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'multipart request for the notification e-mail addresses and pass dates of both accounts',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: `Re: [CASE ${CASE.misaki}] 認定アカウントの統合`,
    date: rfcDate('2026-04-10 07:02:29'),
    enc: 'utf8qp',
    text: `小林様

引き続きよろしくお願いいたします。
統合元アカウントにて、認定の通知用メールアドレスが別に設定されているようです。
次の項目を教えていただけますと、統合の準備が整います。

- 認定の通知用メールアドレス
- SAA と DVA の合格日 (おおよそで構いません)

AWS トレーニングと認定`,
    html: htmlDoc(`<p>小林様</p>
<p>引き続きよろしくお願いいたします。<br>
統合元アカウントにて、認定の通知用メールアドレスが別に設定されているようです。<br>
次の項目を教えていただけますと、統合の準備が整います。</p>
<ul><li>認定の通知用メールアドレス</li><li>SAA と DVA の合格日 (おおよそで構いません)</li></ul>
<p>AWS トレーニングと認定</p>`),
  }),
  M({
    slug: 'info-sho-katakana-mix',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'Japanese agent mixing English terms (Primary / Secondary) asking for the secondary login email',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-22 01:40:55'),
    enc: 'jis7',
    text: `伊藤様

ご返信ありがとうございます。Primary account は ${SHO.keepId} と理解しました。
Secondary account 側のログイン email が、頂いたものとシステム上で一致していません。
Secondary のサインインに実際に使っている email address を reply にてお送りください。

Thanks,
Ren / AWS T&C Support Tokyo`,
  }),
  M({
    slug: 'info-phish-password-fail',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    auth: 'fail',
    caseId: CASE.yumi,
    note: 'asks for passwords under the support address, but dmarc=fail at the receiving server',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-04 11:20:00'),
    enc: 'utf8b64',
    text: `渡辺様

アカウントのマージを完了するために、両方のアカウントのパスワードをこのメールに返信してください。
24時間以内にご返信がない場合、リクエストは取り消されます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'info-misaki-mismatch-question',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'points out an address mismatch and asks, by a question, for the correct one; "確認" appears but nothing is confirmed',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-13 02:14:40'),
    enc: 'utf8b64',
    text: `小林様

社内で確認しましたところ、統合元の候補者 ID ${MISAKI.srcId} に登録されているメールアドレスが、
お知らせいただいた ${MISAKI.src} と一致しておりませんでした。
旧姓でご登録されていた可能性もございますが、実際に登録されていたアドレスは何になりますでしょうか。

AWS トレーニングと認定 / Yuki

${iphoneJa('2026-04-11 19:03', `小林美咲 <${MISAKI.keep}>`)}
> 通知用アドレスも同じ ${MISAKI.src} です。合格日は SAA 2023/6、DVA 2024/2 くらいです。`,
  }),

  // ---------------- confirmation_request (9) ----------------
  M({
    slug: 'conf-kenta-literal',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'asks the customer to reply with consent; the merge cannot be undone (literal translation)',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-06 02:03:51'),
    enc: 'jis7',
    text: `親愛なる 中村 様、

情報を提供していただきありがとうございます。
私たちは ${KENTA.srcId} を ${KENTA.keepId} にマージする準備ができました。

マージは元に戻すことができないアクションであることに注意してください。
マージの後、${KENTA.src} のアカウントはアクセスすることができなくなります。

あなたが続行することを望むなら、このメールに「はい、私は同意します」と返信してください。

敬具、
Haruka
AWS トレーニングと認定 カスタマーサービス
${sfRef('5Kq2ZAAR')}`,
  }),
  M({
    slug: 'conf-sho-bilingual-ja-pointer',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'bilingual: Japanese asks to read the English text and reply; the English carries the irreversible-merge consent question',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-23 03:31:19'),
    enc: 'utf8qp',
    text: `伊藤様
下記の英文の内容をお読みいただき、問題がなければご返信ください。

Dear Sho,

We are ready to merge account ${SHO.srcId} (${SHO.src}) into ${SHO.keepId} (${SHO.keep}).
Please note that this action is permanent and cannot be reversed.
Kindly reply to this email with "I agree" so that we can go ahead.

Regards,
Ren
AWS Training and Certification`,
  }),
  M({
    slug: 'conf-sho-no-confirm-word-sjis',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'consent question phrased as 「この内容で進めてよろしいでしょうか」 with a keep/remove table, Shift_JIS base64',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: `Re: ${formSubject(CASE.sho)}`,
    date: rfcDate('2026-05-24 00:55:36'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `伊藤 翔 様

以下のとおり統合を実施する予定です。

  残るアカウント : ${SHO.keepId} / ${SHO.keep}
  なくなるアカウント : ${SHO.srcId} / ${SHO.src}

統合後は元の状態に戻すことができません。
この内容で進めてよろしいでしょうか。ご返信をもって作業を開始いたします。

AWS トレーニングと認定 サポート窓口`,
  }),
  M({
    slug: 'conf-yumi-alt',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'multipart consent request: once merged the accounts cannot be separated; reply to agree',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-05 05:44:21'),
    enc: 'jisb64',
    text: `渡辺 由美 様

ご提供いただいた情報で、両方のアカウントを特定することができました。
一度マージされたアカウントは、再び分離することができません。
同意をいただける場合は、「同意します」とだけ本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス`,
    html: htmlDoc(`<div>渡辺 由美 様</div>
<div><br></div>
<div>ご提供いただいた情報で、両方のアカウントを特定することができました。</div>
<div>一度マージされたアカウントは、再び分離することができません。</div>
<div>同意をいただける場合は、「同意します」とだけ本メールにご返信ください。</div>
<div><br></div>
<div>AWS トレーニングと認定 カスタマーサービス</div>`),
  }),
  M({
    slug: 'conf-misaki-bilingual-days',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'bilingual consent request; the Japanese says 3 business days after consent, the English 5',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-15 06:07:45'),
    enc: 'utf8b64',
    text: `【日本語】
小林様
正しいアドレスのご連絡をありがとうございました。統合元 ${MISAKI.srcId} を ${MISAKI.keepId} へ統合いたします。
統合は取り消しができません。同意いただける旨をご返信いただければ、3営業日以内に作業いたします。

[English]
Dear Misaki,
Thank you for the correct address. We will merge ${MISAKI.srcId} into ${MISAKI.keepId}.
The merge can not be undone. Please reply that you agree, and we will complete the work within 5 business days.

AWS Training and Certification / Yuki`,
  }),
  M({
    slug: 'conf-kenta-reminder',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'second request for consent, restating the irreversible merge',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-09 01:15:02'),
    enc: 'jis7',
    text: `中村 様

再度のご連絡失礼いたします。
3月6日にお送りしたマージのご案内について、まだ同意のご返信をいただけておりません。
元に戻せない作業のため、お客様の明示的な同意なしに実施することはできかねます。
「同意します」とご返信いただければ、ただちに手続きに進みます。

AWS トレーニングと認定
Haruka

${sfOriginal(SUPPORT, '2026-03-06 02:03', KENTA.keep, formSubject(CASE.kenta), `親愛なる 中村 様、
私たちは ${KENTA.srcId} を ${KENTA.keepId} にマージする準備ができました。
あなたが続行することを望むなら、このメールに「はい、私は同意します」と返信してください。`)}`,
  }),
  M({
    slug: 'conf-lookalike-authserv',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    auth: 'lookalikeServer',
    caseId: CASE.sho,
    note: 'consent request whose only pass verdict comes from a look-alike authserv-id',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-24 09:30:00'),
    enc: 'jis7',
    text: `伊藤様

マージに同意する場合は、以下のフォームから同意ボタンを押してください。
同意は取り消すことができません。
http://aws-training-consent.example.com/agree?case=${CASE.sho}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'conf-kenta-dup-closed',
    kind: 'confirmation_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.kentaDup,
    note: 'closes the duplicate case in passing, but the new ask is consent to the merge',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-06 02:10:22'),
    enc: 'utf8qp',
    text: `中村様

同じ内容で2件のケースをいただいておりましたので、ケース ${CASE.kenta} は本ケースに集約のうえクローズいたしました。
以降はこちらのケースでご対応いたします。

ご提供いただいた2つのアカウント (${KENTA.keepId} / ${KENTA.srcId}) を統合してよいか、お返事をお願いいたします。
統合後は元に戻すことはできませんのでご了承ください。

AWS トレーニングと認定 / Takumi`,
  }),
  M({
    slug: 'conf-yumi-katakana',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'heavily katakana consent request (コンファメーション, アグリー) from a Tokyo agent',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-06 00:22:07'),
    enc: 'jis7',
    text: `渡辺様

マージのプロセスをスタートする前に、お客様からのファイナルなコンファメーションが必要となります。
マージはリバースできないオペレーションです。
内容にアグリーいただける場合、このメールにリプライをお願いします。

${iphoneJa('2026-06-05 22:10', `渡辺由美 <${YUMI.keep}>`)}
> 個人アドレスから送っています。ID は ${YUMI.srcId} です。最後の試験は SOA です。
>
> iPhoneから送信`,
  }),
];
