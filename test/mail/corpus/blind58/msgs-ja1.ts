// Japanese messages, part 1: receipts, AI answers, information and consent requests.
// Voice of this set: attachments and images carry part of the meaning.
import { rfcDate, type Msg } from './lib.js';
import { AWS_NOTIFY, CASE, KEN, MISAKI, SHO, SUPPORT, esc, formSubject, gmailJa, mk, outlookJa, paras, pdf, sfOriginal, sfRef, shot, inlineImg } from './common.js';

const J = (s: string): string => rfcDate(s, '+0900');
const U = (s: string): string => rfcDate(s, '+0000');

const KEN_ASK = `AWS認定のアカウントが2つあるので1つにしたいです。
残す方: ${KEN.keepId} / ${KEN.keep}
消える方: ${KEN.srcId} / ${KEN.src}
前職のアドレスはもうすぐ使えなくなります。`;

const MISAKI_ASK = `お世話になります。高橋と申します。
認定アカウントの統合をお願いできますでしょうか。
会社用 ${MISAKI.src} で受けたSAAと、個人用 ${MISAKI.keep} で受けたDVAがあり、個人用にまとめたいです。
スクリーンショットを2枚添付しています。`;

const SHO_ASK = `研究室のアドレス(${SHO.src})で取ったAWS認定を、個人アドレス ${SHO.keep} のアカウントへ移したいです。候補IDは ${SHO.srcId} と ${SHO.keepId} です。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-copy-txt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'automatic receipt with the case ID; the attached .txt is just a copy of the submitted form',
    from: AWS_NOTIFY,
    to: `${KEN.ja} <${KEN.keep}>`,
    subject: `AWS サポート: ケース ${CASE.ken} のお問い合わせを受け付けました`,
    date: U('2026-01-19 02:14:09'),
    enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.ken}

担当者が内容を確認し、通常24時間以内にこのアドレスへご連絡します。
ご送信いただいたフォームの内容は、控えとして添付ファイル(inquiry-copy.txt)に保存しています。
同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

Amazon Web Services`,
    atts: [
      {
        name: 'inquiry-copy.txt',
        type: 'text/plain',
        content: `お問い合わせタイプ: AWS トレーニングと認定\n問題タイプ: 認定 / アカウントの統合\n氏名: ${KEN.ja}\nAWS 候補 ID: ${KEN.keepId}\n\n${KEN_ASK}\n`,
        charset: 'jis',
        cte: '7bit',
      },
    ],
  }),
  mk({
    slug: 'ja-ack-pdf-dup',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misakiDup,
    note: 'receipt of the (duplicate) second case; a PDF receipt slip is attached, nothing else is said',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `[ケース ${CASE.misakiDup}] お問い合わせ受付のお知らせ`,
    date: U('2026-02-03 08:40:51'),
    enc: 'utf8b64',
    text: `お問い合わせいただき、ありがとうございます。
下記の番号でケースを起票しました。受付票をPDFで添付しております。

  ケース番号 ${CASE.misakiDup}
  受付日時 2026/02/03 17:40 (JST)

回答はサポートセンターおよび本メールアドレスにお送りします。今しばらくお待ちください。
※このメールは送信専用アドレスから配信されています。`,
    atts: [{ name: '受付票_' + CASE.misakiDup + '.pdf', type: 'application/pdf', content: pdf('Case receipt', ['AWS Support - case receipt', `Case ID: ${CASE.misakiDup}`, 'Status: Unassigned']), nameEnc: '2231' }],
  }),
  mk({
    slug: 'ja-ack-alt-image',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'HTML-only receipt whose headline is an image; its alt text says the inquiry was received and gives the case ID',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'お問い合わせありがとうございます - AWS Support',
    date: U('2026-02-21 11:05:33'),
    enc: 'utf8qp',
    html: `<html><body style="font-family:sans-serif">
<table width="600"><tr><td>
<img src="cid:hdr-ack@aws" alt="お問い合わせを受け付けました(ケースID: ${CASE.sho})" width="600" height="90">
</td></tr><tr><td>
<p>${esc(SHO.ja)} 様</p>
<p>担当者からの連絡をお待ちください。ケースの状況はサポートセンターからもご確認いただけます。</p>
<p style="color:#888">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table></body></html>`,
    atts: [inlineImg('banner-ack.png', 'hdr-ack@aws', 3)],
  }),
  mk({
    slug: 'ja-ack-lists-files',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'receipt that lists the two screenshots received with the submission; still the automatic case receipt',
    from: AWS_NOTIFY,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: `ケース ${CASE.misaki} が作成されました`,
    date: U('2026-01-28 23:58:02'),
    enc: 'jisb64',
    text: `このメールはケース作成時に自動で送信されています。

ケースID: ${CASE.misaki}
件名: 認定アカウントの統合
受領した添付ファイル: 2件
  - cert-dashboard-company.png (118 KB)
  - cert-dashboard-personal.png (96 KB)

添付ファイルは担当者がケース上で確認します。本メールへの返信でも追加の情報をお送りいただけます。`,
  }),
  mk({
    slug: 'ja-ack-phish-lookalike',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'looks like a receipt but comes from a look-alike domain and wants the attached "receipt" opened: untrusted',
    trusted: false,
    from: 'AWS サポートセンター <support@aws-support-desk.jp>',
    to: KEN.keep,
    subject: `【受付完了】ケース${CASE.ken} 添付の受付票をご確認ください`,
    date: J('2026-01-19 12:30:00'),
    enc: 'sjis8',
    text: `お問い合わせを受け付けました。ケース番号: ${CASE.ken}
本人確認のため、添付の受付票を開き、記載のリンクからサインインしてください。
48時間以内に確認できない場合、ケースは無効となります。`,
    atts: [{ name: '受付票.txt', type: 'text/plain', content: 'サインインはこちら: http://aws-support-desk.jp/verify?id=' + CASE.ken + '\n', charset: 'sjis', nameEnc: '2047' }],
  }),
  mk({
    slug: 'ja-ack-body-only-id',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'receipt whose case ID is only in the body; the subject is generic',
    from: AWS_NOTIFY,
    to: KEN.src,
    subject: 'Amazon Web Services へのお問い合わせありがとうございます',
    date: U('2026-01-20 01:02:44'),
    enc: 'sjisb64',
    text: `${KEN.ja} 様

お問い合わせを承りました。お問い合わせ番号は ${CASE.ken2} です。
内容を確認のうえ担当よりご連絡いたしますので、今しばらくお待ちくださいませ。
追加のファイルがある場合は、このメールに添付して返信してください(1ファイル5MBまで、最大3ファイル)。

AWS カスタマーサービス`,
  }),
  mk({
    slug: 'ja-ack-utf8-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho2,
    note: 'plain receipt of a second case, with a small logo image only',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: `AWS Support ケース ${CASE.sho2}: 受付済み`,
    date: U('2026-03-02 06:17:20'),
    enc: 'utf8qp',
    text: `ご連絡ありがとうございます。ケース ${CASE.sho2} を受け付けました。
担当チームが順番に対応しております。ご返信まで最大で2営業日ほどいただく場合があります。`,
    html: `<div><img src="cid:logo@aws" alt="aws"></div>
<p>ご連絡ありがとうございます。ケース ${CASE.sho2} を受け付けました。<br>
担当チームが順番に対応しております。ご返信まで最大で2営業日ほどいただく場合があります。</p>`,
    atts: [inlineImg('logo.png', 'logo@aws', 9)],
  }),
  mk({
    slug: 'ja-ack-forged-below',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'receipt wording but the only dmarc=pass header sits below the server Received line: forged, untrusted',
    trusted: false,
    auth: 'forgedBelow',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `ケース ${CASE.misaki} を受け付けました`,
    date: U('2026-01-29 00:03:10'),
    enc: 'jis7',
    text: `お問い合わせを受け付けました。ケースID ${CASE.misaki}
受付内容の控えを添付しております。担当者からの連絡をお待ちください。`,
    atts: [{ name: 'receipt.txt', type: 'text/plain', content: `ケースID: ${CASE.misaki}\n受付日時: 2026/01/29 09:03\n`, charset: 'jis', cte: '7bit' }],
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-inline-shot',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI-generated suggestion with an inline screenshot of the self-service Merge Accounts menu',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'AWS サポートからの自動回答',
    date: U('2026-02-21 10:58:12'),
    enc: 'utf8b64',
    text: `この回答は生成AIによって作成されました。

認定アカウントの統合は、多くの場合セルフサービスで行えます。
認定ポータルにサインインし、プロフィール > アカウントの統合 を開いて、統合したいもう一方のアカウントのメールアドレスを入力してください(画面例は下の画像を参照)。
両方のアカウントに認定履歴がある場合はツールが使えないことがあります。その際は「ケースを作成」を選んでください。`,
    html: `<p>この回答は生成AIによって作成されました。</p>
<p>認定アカウントの統合は、多くの場合セルフサービスで行えます。<br>認定ポータルにサインインし、プロフィール &gt; アカウントの統合 を開いて、統合したいもう一方のアカウントのメールアドレスを入力してください。</p>
<p><img src="cid:merge-tool@ai" alt="プロフィール &gt; アカウントの統合 の画面例"></p>
<p>両方のアカウントに認定履歴がある場合はツールが使えないことがあります。その際は「ケースを作成」を選んでください。</p>`,
    atts: [inlineImg('merge-tool-screen.png', 'merge-tool@ai', 4)],
  }),
  mk({
    slug: 'ja-ai-pdf-guide',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer pointing to the Merge Accounts tool, with a PDF how-to attached',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: 'お問い合わせへの自動応答: 認定アカウントのマージ',
    date: U('2026-01-19 02:10:40'),
    enc: 'jisb64',
    text: `AIアシスタントがお答えします。

アカウントのマージ手順を添付のPDF(Merge_Accounts_手順.pdf)にまとめました。まずはこちらの手順をお試しください。
手順どおりに進められない場合や、解決しなかった場合は、このページ下部の[ケースを作成]からサポート担当者へお問い合わせいただけます。`,
    atts: [{ name: 'Merge_Accounts_手順.pdf', type: 'application/pdf', content: pdf('Merge Accounts', ['1. Sign in to the certification portal', '2. Profile > Merge Accounts', '3. Enter the other account e-mail', '4. Verify with the code sent']), nameEnc: 'both' }],
  }),
  mk({
    slug: 'ja-ai-png-step',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI answer that says the steps are in the attached screenshot; self-service suggestion',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'Re: 認定アカウントの統合について (自動回答)',
    date: U('2026-01-28 23:50:31'),
    enc: 'utf8qp',
    text: `自動生成された回答です。内容が正確でない場合があります。

ご質問の件は、認定ポータルの「Merge Accounts」でご自身で操作できる可能性があります。
入力欄の場所は添付画像 step2-merge.png の赤枠部分です。

この回答で解決しましたか? 解決しない場合は担当者とのケースを作成してください。`,
    atts: [shot('step2-merge.png', 21, 'Merge Accounts form, email field highlighted')],
  }),
  mk({
    slug: 'ja-ai-after-merge',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI answer that also explains what happens after a merge (badges, completion mail); still an AI answer',
    from: AWS_NOTIFY,
    to: KEN.src,
    subject: 'AWS Support 自動回答',
    date: U('2026-01-18 14:22:05'),
    enc: 'sjis8',
    text: `生成AIによる回答:
・ポータルの「アカウントの統合」から統合を依頼できます。
・統合が完了すると確認メールが届き、統合元の認定は統合先に表示されます。
・Credlyのバッジは自動では移らないことがあります。統合後にCredlyで受け取り直してください。
・添付の図(flow.png)は一連の流れを示しています。
このご案内で解決しない場合は「ケースを作成」を押してください。`,
    atts: [shot('flow.png', 5)],
  }),
  mk({
    slug: 'ja-ai-plain-jisb64',
    crlf: false,
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated suggestion to use self-service before contacting a person',
    from: AWS_NOTIFY,
    to: `${SHO.ja} <${SHO.src}>`,
    subject: 'AIによる回答候補をお送りします',
    date: U('2026-02-20 03:33:47'),
    enc: 'jisb64',
    text: `お問い合わせの内容から、以下の記事が役立つと判断しました(自動選択)。

「2つの認定アカウントを1つにまとめるには」
  セルフサービスのアカウント統合ツールで、ほとんどの統合は数分で終わります。
  ツールでエラーになる場合のみ、サポートへのケース作成が必要です。

引き続きお困りの場合は、フォームに戻りケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-ses-only',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trusted: false,
    auth: 'sesOnly',
    note: 'AI-style answer, but only an amazonses.com DKIM signature passes (not aligned) and dmarc=none: untrusted',
    from: AWS_NOTIFY,
    to: MISAKI.src,
    subject: '自動回答: アカウント統合ツールのご案内',
    date: U('2026-01-27 09:12:00'),
    enc: 'utf8b64',
    text: `AIアシスタントより: 認定アカウントはポータルの統合ツールでまとめられます。
添付の手順書をご覧のうえ、お試しください。`,
    atts: [{ name: 'merge-howto.txt', type: 'text/plain', content: 'プロフィール > アカウントの統合 を開きます。\nもう一方のメールアドレスを入力し、届いたコードを入力します。\n' }],
  }),
  mk({
    slug: 'ja-ai-faq-txt',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'short automated reply whose suggestions are in the attached FAQ text file',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: 'よくあるご質問(自動送信)',
    date: U('2026-01-19 02:09:58'),
    enc: 'utf8qp',
    text: `AIが関連するよくある質問を選びました。詳しくは添付の faq.txt をお読みください。`,
    atts: [
      {
        name: 'faq.txt',
        type: 'text/plain',
        content: `Q. 認定アカウントが2つあります。\nA. 認定ポータルのプロフィールにある「アカウントの統合」からご自身で統合できます。\n\nQ. 統合ツールでエラーになります。\nA. 両方のアカウントに認定がある場合は、フォームからケースを作成してください。\n`,
        cte: 'qp',
      },
    ],
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-pdf-form',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'support asks the customer to fill in the attached PDF form and send it back',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-20 05:41:19'),
    enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定サポートの岡田です。
お手数ですが、添付の「アカウント統合申請フォーム」に両アカウントの情報をご記入いただき、本メールへの返信でお送りください。
PDFの印刷が難しい場合は、フォームの項目を本文に書き写していただいても構いません。

${sfRef('Ken01')}

${sfOriginal(KEN.keep, '2026/01/19 2:14', SUPPORT, 'アカウント統合', KEN_ASK)}`,
    atts: [{ name: 'アカウント統合申請フォーム.pdf', type: 'application/pdf', content: pdf('Account merge request form', ['Candidate ID (keep): ________', 'Candidate ID (merge): ________', 'Login e-mail of each account: ________', 'Account to keep: ________']), nameEnc: '2047' }],
  }),
  mk({
    slug: 'ja-info-details-in-txt',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'body only says "details attached"; the attached Shift_JIS text lists the IDs and addresses support needs',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-01-29 07:15:44'),
    enc: 'sjis8',
    text: `高橋様

ご連絡ありがとうございます。
統合を進めるにあたり必要な項目を添付ファイルにまとめましたので、ご一読のうえご返信いただけますと幸いです。

AWS Training and Certification 窓口`,
    atts: [
      {
        name: '必要事項.txt',
        type: 'text/plain',
        charset: 'sjis',
        nameEnc: '2047',
        content: `以下をご返信ください。
1. 統合元アカウントの候補ID(AWSから始まる番号)
2. 統合元アカウントのサインイン用メールアドレス
3. 統合先として残すアカウントのメールアドレス
4. 各アカウントで取得済みの認定名と取得日
`,
      },
    ],
  }),
  mk({
    slug: 'ja-info-want-screenshot',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'support asks for a screenshot of each account\'s certification page: a request for information',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-23 02:02:02'),
    enc: 'utf8qp',
    text: `中村様

お問い合わせの件、確認を進めております。
恐れ入りますが、両方のアカウントにサインインした状態で「認定」ページを表示し、その画面キャプチャを1枚ずつ添付してお送りいただけますか。候補IDが移るようにしていただけると助かります。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-info-csv-template',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'an empty CSV template is attached for the customer to list their certifications and send back',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: U('2026-01-21 04:44:10'),
    enc: 'utf8b64',
    text: `鈴木様
添付のCSVに、それぞれのアカウントで保有している認定(名称・取得日・有効期限)を1行ずつ入力し、返送をお願いします。
ファイルの形式はそのままで結構です。`,
    atts: [{ name: 'certifications_template.csv', type: 'text/csv', content: 'candidate_id,email,certification,issued,expires\n,,,,\n,,,,\n' }],
  }),
  mk({
    slug: 'ja-info-missing-attachment',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: '"fill in the attached sheet" but nothing is attached; the text still asks for account details',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-01-30 01:20:00'),
    enc: 'jis7',
    text: `高橋様

添付の記入用紙に、統合元と統合先それぞれのメールアドレスと候補IDを記入のうえ、ご返信ください。
記入例も用紙の2ページ目に載せております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-confirm-wording',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'asks the customer to "confirm and tell us" which account to keep: a request for information, not consent',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-24 06:51:30'),
    enc: 'jisb64',
    text: `中村様

スクリーンショットをお送りいただきありがとうございます。
画像を拝見したところ、どちらのアカウントにも認定が登録されていました。
どちらのアカウントを残されるか、ご確認のうえお知らせください。あわせて、残す側のサインイン用メールアドレスもお書き添えください。

${gmailJa('2026年2月23日(月) 20:10 中村 翔 <' + SHO.keep + '>', '中村 翔', '2枚添付します。よろしくお願いします。')}`,
  }),
  mk({
    slug: 'ja-info-phish-password',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    note: 'asks for passwords in an attached sheet from a look-alike amazon domain: an information request, untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.jp>',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: J('2026-01-20 18:03:00'),
    enc: 'sjisb64',
    text: `鈴木様
統合の前に本人確認が必要です。添付シートに両アカウントのメールアドレスとパスワードを記入して返信してください。`,
    atts: [{ name: '本人確認シート.csv', type: 'text/csv', charset: 'sjis', content: 'メールアドレス,パスワード\n,\n', nameEnc: '2047' }],
  }),
  mk({
    slug: 'ja-info-unreadable-shot',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'the customer\'s screenshot was unreadable; support asks for the candidate IDs as text',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-01-31 03:08:27'),
    enc: 'jis7',
    text: `高橋様

お送りいただいた画像(IMG_2041.jpg)は解像度が低く、候補IDの数字が読み取れませんでした。
お手数ですが、候補IDを本文にテキストで記載してご返信いただけますでしょうか。

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年1月30日 22:41', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misaki), '写真で撮った画面を添付しました。これで大丈夫でしょうか。\n\n' + MISAKI_ASK)}`,
  }),
  mk({
    slug: 'ja-info-alt-only',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho2,
    note: 'HTML-only mail whose key sentence (what to send back) is an image with alt text',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho2),
    date: U('2026-03-03 07:30:12'),
    enc: 'utf8qp',
    html: `<html><body>
<p>中村様</p>
<p><img src="cid:ask@tc" alt="統合元アカウントのサインイン用メールアドレスと候補IDを、このメールにご返信ください。" width="560" height="48"></p>
<p>AWS トレーニングと認定 サポートチーム</p>
</body></html>`,
    atts: [inlineImg('notice.png', 'ask@tc', 12)],
  }),
  mk({
    slug: 'ja-info-freemail-display',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken2,
    trusted: false,
    note: 'trusted display name on a free-mail style address asking for account details: untrusted',
    from: 'AWS Training and Certification <aws.cert.merge.desk@freemail.example>',
    to: KEN.keep,
    subject: `RE:[CASE ${CASE.ken2}] アカウント統合のための情報提供のお願い`,
    date: J('2026-01-21 09:00:00'),
    enc: 'jis7',
    text: `鈴木様
統合手続きのため、両方のアカウントの候補IDと登録メールアドレスを添付のテキストに記入し、返信してください。`,
    atts: [{ name: 'reply.txt', type: 'text/plain', content: '候補ID(1):\n候補ID(2):\nメールアドレス:\n', charset: 'jis', cte: '7bit' }],
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-pdf-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'asks the customer to read the attached consent PDF and reply if they agree; the merge cannot be undone',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-22 06:12:55'),
    enc: 'jis7',
    text: `${KEN.ja} 様

ご記入いただいたフォームを受領し、両アカウントの情報を照合しました。
統合の内容を添付の同意書(統合同意書.pdf)に記載しております。内容をお読みいただき、同意いただける場合は「同意します」と本メールにご返信ください。
なお、統合後に元へ戻すことはできません。

${sfRef('Ken02')}`,
    atts: [{ name: '統合同意書.pdf', type: 'application/pdf', content: pdf('Merge consent', [`Source: ${KEN.srcId} (${KEN.src})`, `Target: ${KEN.keepId} (${KEN.keep})`, 'This action is permanent and cannot be reversed.']), nameEnc: 'both' }],
  }),
  mk({
    slug: 'ja-conf-details-in-txt',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'body just points to the attachment; the attached text states the irreversible merge and asks for a reply of consent',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-02-01 02:25:10'),
    enc: 'utf8b64',
    text: `高橋様

候補IDのご連絡ありがとうございました。
統合の内容を添付にまとめました。ご一読のうえ、ご返信をお願いいたします。`,
    atts: [
      {
        name: '統合内容のご案内.txt',
        type: 'text/plain',
        nameEnc: '2231',
        content: `統合元: ${MISAKI.srcId} (${MISAKI.src})
統合先: ${MISAKI.keepId} (${MISAKI.keep})

統合元の認定履歴・特典はすべて統合先に移り、統合元アカウントは無効になります。
この操作は取り消せません。
上記の内容で進めてよろしければ、「上記内容で統合を希望します」とご返信ください。
`,
      },
    ],
  }),
  mk({
    slug: 'ja-conf-alt-arrow',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'multipart/alternative with an inline image whose alt text shows source -> target; text asks for agreement before merging',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-25 04:04:04'),
    enc: 'utf8qp',
    text: `中村様

残すアカウントのご連絡ありがとうございます。下図の方向で統合いたします。
[統合元 ${SHO.srcId} → 統合先 ${SHO.keepId}]
統合はやり直しができません。この内容でよろしいか、ご同意の旨をご返信いただけましたら作業に入ります。`,
    html: `<p>中村様</p><p>残すアカウントのご連絡ありがとうございます。下図の方向で統合いたします。</p>
<p><img src="cid:dir@tc" alt="統合元 ${SHO.srcId} → 統合先 ${SHO.keepId}"></p>
<p>統合はやり直しができません。この内容でよろしいか、ご同意の旨をご返信いただけましたら作業に入ります。</p>`,
    atts: [inlineImg('direction.png', 'dir@tc', 14)],
  }),
  mk({
    slug: 'ja-conf-csv-list',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'attached CSV lists the certifications that will move; support asks for the customer\'s approval',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: U('2026-01-23 08:19:31'),
    enc: 'sjis8',
    text: `鈴木様

移行対象の認定を添付のCSV(移行対象.csv)に一覧にしました。
この一覧のとおり統合先へ移してよろしければ、ご承諾の旨を返信でお知らせください。いただいたご返信をもって統合を実施します。実施後の取り消しはできかねます。`,
    atts: [{ name: '移行対象.csv', type: 'text/csv', charset: 'sjis', nameEnc: '2047', content: `認定名,取得日,有効期限\nAWS Certified Cloud Practitioner,2023-04-11,2026-04-11\nAWS Certified Solutions Architect - Associate,2024-09-02,2027-09-02\n` }],
  }),
  mk({
    slug: 'ja-conf-outlook-thread',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misakiDup,
    note: 'consent request on top of an Outlook-quoted thread in which the customer attached screenshots',
    from: SUPPORT,
    to: MISAKI.keep,
    cc: MISAKI.src,
    subject: formSubject(CASE.misakiDup),
    date: U('2026-02-04 05:55:00'),
    enc: 'jisb64',
    text: `高橋様

重複して作成されたケースのため、以後はこちらでご案内いたします。
頂戴した画像で、両アカウントの登録内容を確認できました。
統合元 ${MISAKI.src} の認定を ${MISAKI.keep} 側へ統合してよろしいでしょうか。一度統合すると分離はできませんので、問題なければその旨ご返信ください。

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年2月3日 17:38', 'aws-cs-trainingcertification-form@amazon.com', 'アカウント統合のお願い', MISAKI_ASK)}`,
  }),
  mk({
    slug: 'ja-conf-lookalike',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    trusted: false,
    note: 'consent request from a look-alike domain with a "sign and return" PDF: untrusted',
    from: 'AWS 認定サポート <cert-support@aws-training-jp.net>',
    to: SHO.keep,
    subject: `[CASE ${CASE.sho}] 統合同意のお願い`,
    date: J('2026-02-25 10:10:10'),
    enc: 'utf8b64',
    text: `中村様
統合を実行する前に、添付の同意書に署名して返送してください。統合は取り消しできません。`,
    atts: [{ name: 'consent.pdf', type: 'application/pdf', content: pdf('Consent', ['I agree to merge my accounts.', 'Signature: ________']) }],
  }),
  mk({
    slug: 'ja-conf-no-auth',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    auth: 'none',
    note: 'consent request with no Authentication-Results at all: untrusted',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-22 07:00:00'),
    enc: 'jis7',
    text: `鈴木様
統合元 ${KEN.srcId} を統合先 ${KEN.keepId} へ統合してよろしいですか。統合後は元に戻せません。同意される場合はご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-mixed-lang',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho2,
    note: 'Japanese request for consent under an English boilerplate header, with a screenshot of the merge preview attached',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho2),
    date: U('2026-03-04 09:41:00'),
    enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.

中村様

統合後のプレビュー画面を添付しました(preview.png)。統合先には認定が3件表示される予定です。
この内容で統合を進めてもよいか、ご承認をお願いします。承認のご返信をいただいてからの作業となり、実施後は元に戻せません。

Best regards,
AWS Training and Certification`,
    atts: [shot('preview.png', 33)],
  }),
  mk({
    slug: 'ja-conf-resend-missing',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'the previous mail lacked its attachment; support re-sends the consent document and again asks for agreement',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-22 09:31:12'),
    enc: 'jis7',
    text: `鈴木様

先ほどお送りしたメールに同意書が添付されておりませんでした。大変失礼いたしました。
改めて添付いたしますので、内容をご覧のうえ、同意いただける場合はご返信ください。ご返信を確認次第、統合作業に進みます。`,
    atts: [{ name: 'consent_' + CASE.ken + '.pdf', type: 'application/pdf', content: pdf('Merge consent', [`Source: ${KEN.srcId}`, `Target: ${KEN.keepId}`, 'Reply to agree. Cannot be undone.']) }],
  }),
];
