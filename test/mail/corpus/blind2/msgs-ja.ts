// Japanese messages of the second held-out corpus. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT_NOTIFY,
  CASE,
  CREDLY_AWS,
  HANAKO,
  HANAKO_REQ,
  PORTAL,
  SUPPORT,
  SUPPORT_BARE,
  T,
  TARO,
  TARO_REQ,
  esc,
  formSubject,
  formSubject0,
  gmailJa,
  mk,
  olJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
  slashDate,
} from './common.js';

const H = T(HANAKO);
const TR = T(TARO);

const sigA = `AWS トレーニングと認定 カスタマーサポート
担当: 中村`;
const sigB = `Best regards,
Kenji Watanabe
AWS Training and Certification Customer Support`;
const sigC = `引き続きよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン
トレーニング&認定 サポートチーム 小林`;
const sigD = `何卒よろしくお願い申し上げます。
AWS T&C サポート 吉田`;
const footJa = `本メールに返信いただくことで、ケースに追記されます。件名は変更しないでください。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'uketsuke-no-reply-24h',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.taroA,
    note: 'automatic receipt of a new case: case ID, 24h response promise, no duplicate cases',
    from: AWS_NOTIFY,
    subject: `お問い合わせを受け付けました (ケース ID: ${CASE.taroA})`,
    date: rfcDate('2026-11-02 01:14:09'),
    enc: 'jis7',
    text: `${TARO.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でサポートケースを作成しました。

ケース ID: ${CASE.taroA}
お問い合わせの種類: AWS トレーニングと認定
カテゴリ: 認定 / アカウントの統合

担当者が内容を確認し、通常 24 時間以内にメールでご連絡いたします。
同じ内容で新たにケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。

このメールは送信専用のアドレスから送信されています。

Amazon Web Services`,
  }),
  mk({
    slug: 'sjis-receipt-body-id',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.hanakoA,
    note: 'receipt whose case ID appears only in the body; reply-time promise',
    from: AWS_NOTIFY,
    to: H,
    subject: '[AWS サポート] お問い合わせ受付のお知らせ',
    date: rfcDate('2026-11-05 08:40:51'),
    enc: 'sjis8',
    text: `お客様

お問い合わせを承りました。ご連絡ありがとうございます。

受付番号(ケースID)　${CASE.hanakoA}
受付日時　2026/11/05 17:40 (JST)

担当窓口より 1〜2 営業日以内にご返信いたします。
追加の情報がある場合は、このケースにそのまま返信してください。別のケースを新たに作成する必要はありません。

--
Amazon Web Services, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),
  mk({
    slug: 'html-receipt-form-address',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'first mail on the case (no RE:) from the form address, HTML only: receipt and wait time',
    subject: formSubject0(CASE.taroB),
    date: rfcDate('2026-11-18 03:02:33'),
    enc: 'utf8qp',
    html: `<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>${TARO.ja} 様</p>
<p>AWS トレーニングと認定サポートにお問い合わせいただきありがとうございます。<br>
ケース番号 <b>${CASE.taroB}</b> としてお問い合わせを登録いたしました。</p>
<p>現在、多くのお問い合わせをいただいており、ご返信まで最大 48 時間ほどお時間を頂戴する場合がございます。<br>
すでにケースをお持ちの場合は、同じご依頼で追加のケースを起票されないようお願いいたします。</p>
<p style="color:#666;font-size:12px">Thank you for contacting AWS Training and Certification. This is an automated message.</p>
</body></html>`,
  }),
  mk({
    slug: 'receipt-restates-form-fields',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.hanakoB,
    trap: true,
    note: 'receipt echoing the submitted form (merge request, IDs, 確認); it only acknowledges the new case',
    from: AWS_NOTIFY,
    to: H,
    subject: `ケース ${CASE.hanakoB} が作成されました`,
    date: rfcDate('2026-11-09 12:21:07'),
    enc: 'utf8b64',
    text: `サポートケースの作成が完了しました。

お客様からご提供いただいた情報:
  件名: 認定アカウントの統合について
  内容: ${HANAKO.srcId} の認定資格を ${HANAKO.keepId} に統合してほしい。統合後バッジも移行されるか確認したい。
  連絡先メールアドレス: ${HANAKO.keep}

ケース ID: ${CASE.hanakoB}
重要度: 一般的なお問い合わせ

担当者からの最初の回答は通常 24 時間以内にお送りします。
ケースの状況は AWS サポートセンターでも確認できます。

※本メールは自動送信です。`,
  }),
  mk({
    slug: 'lookalike-jp-domain-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.taroA,
    trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-certification-support.jp): untrusted',
    from: 'AWS 認定サポート <support@aws-certification-support.jp>',
    subject: `【受付完了】アカウント統合のお問い合わせ (${CASE.taroA})`,
    date: rfcDate('2026-11-02 03:55:40', '+0900'),
    enc: 'jisb64',
    text: `山田 様

アカウント統合のお問い合わせを受け付けました。
ケース番号: ${CASE.taroA}

本人確認のため、24時間以内に下記ページよりサインインしてください。
https://aws-certification-support.jp/verify

AWS 認定サポート窓口`,
  }),
  mk({
    slug: 'receipt-to-colleague',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.otherJa,
    forUser: false,
    note: "a colleague's case receipt, addressed only to the colleague",
    from: AWS_NOTIFY,
    to: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>',
    subject: `お問い合わせを受け付けました (ケース ID: ${CASE.otherJa})`,
    date: rfcDate('2026-11-11 06:10:18'),
    enc: 'jis7',
    text: `鈴木 一郎 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.otherJa}

担当者より通常 24 時間以内にご連絡いたします。
重複したケースの作成はお控えください。

Amazon Web Services`,
  }),
  mk({
    slug: 'english-subject-ja-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.hanakoDup,
    note: 'receipt with an English subject and Japanese body, case ID in subject and body',
    from: AWS_SUPPORT_NOTIFY,
    to: H,
    subject: `Case ${CASE.hanakoDup} - We received your request`,
    date: rfcDate('2026-11-05 09:02:44'),
    enc: 'jisb64',
    text: `佐藤 花子 様

このたびはお問い合わせいただき誠にありがとうございます。
ご依頼はケース ${CASE.hanakoDup} として登録されました。回答の目安は 1〜2 営業日です。

ご返信をお待ちいただく間に、よくあるご質問もあわせてご覧ください。
https://aws.amazon.com/jp/certification/faqs/

※このメールアドレスは送信専用です。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'jidou-kaitou-merge-tool',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer pointing to the self-service Merge Accounts tool in the portal',
    from: AWS_NOTIFY,
    subject: 'AWS サポートからの自動回答: 認定アカウントの統合',
    date: rfcDate('2026-11-01 23:48:02'),
    enc: 'jis7',
    text: `このメッセージは、お問い合わせ内容をもとに自動生成された回答です。

AWS 認定アカウントが複数ある場合、多くはご自身で統合できます。
1. AWS 認定アカウントにサインインします。
2. 画面右上のプロフィールから「アカウントの統合 (Merge Accounts)」を開きます。
3. 統合したいもう一方のアカウントの認証情報を入力し、画面の指示に従います。

両方のアカウントに認定の履歴がある場合など、ツールで統合できないときは、「ケースを作成」を選んでサポートにお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'genai-answer-badges-after',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI-generated answer that describes what happens after a merge (badges move); still an AI answer',
    from: AWS_NOTIFY,
    to: H,
    subject: '生成 AI による回答のご案内',
    date: rfcDate('2026-11-04 14:30:19'),
    enc: 'utf8b64',
    text: `※以下は生成 AI が作成した回答です。内容が正確でない場合があります。

ご質問: 2 つの認定アカウントをひとつにまとめたい

回答:
認定アカウントの統合は、認定ポータルのプロフィール画面にある「Merge Accounts」から行えます。統合が完了すると、統合元の認定資格と受験履歴は統合先に表示され、Credly のデジタルバッジも統合先のメールアドレスに紐づきます。
バッジが表示されない場合は、統合後に Credly でバッジを受け取り直してください。

解決しない場合は、このページの「ケースを作成」ボタンから担当者にお問い合わせいただけます。`,
  }),
  mk({
    slug: 'sjis-selfservice-suggestion',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.taroDup,
    note: 'automated suggestion (self-service tool) sent on the case before a human reply',
    from: AWS_SUPPORT_NOTIFY,
    subject: `ケース ${CASE.taroDup}: 解決のヒント`,
    date: rfcDate('2026-11-02 00:05:37'),
    enc: 'sjisb64',
    text: `お問い合わせのケース ${CASE.taroDup} について、自動でお役立ち情報をお送りしています。

・認定アカウントの統合はセルフサービスの統合ツールで行えることがあります
　(認定アカウント > プロフィール > アカウントの統合)
・統合元のアカウントのメールアドレスとパスワードが必要です
・両方のアカウントに合格履歴がある場合はツールがエラーになります。その場合は担当者からの回答をお待ちください

この情報で問題が解決した場合、特に操作は必要ありません。`,
  }),
  mk({
    slug: 'ai-answer-lookalike-authserv',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'automated answer, but the only Authentication-Results is from a look-alike authserv-id',
    from: AWS_NOTIFY,
    subject: 'AI アシスタントの回答: アカウントの統合',
    date: rfcDate('2026-11-06 02:17:55'),
    enc: 'jis7',
    text: `AI アシスタントがお問い合わせにお答えします。

認定アカウントを統合するには、AWS 認定のサイトにサインインし、「Merge Accounts」ツールをご利用ください。ツールで対応できない場合のみ、サポートケースを作成してください。

この回答は自動生成されています。`,
  }),
  mk({
    slug: 'ai-html-alt-q-answer',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI-generated answer in multipart/alternative; suggests the tool and Builder ID sign-in',
    from: AWS_NOTIFY,
    to: H,
    subject: 'お問い合わせへの自動回答 (AI 生成)',
    date: rfcDate('2026-11-08 11:45:00'),
    enc: 'utf8qp',
    text: `この回答は AI によって生成されました。

重複している AWS 認定アカウントは、次の手順でまとめられる可能性があります。
- AWS Builder ID で aws.training にサインインする
- 認定アカウントのプロフィールを開き、アカウント統合ツールを選ぶ
- もう一方のアカウントのログイン情報を入力する

ツールでエラーが表示される場合は、引き続きケースの作成にお進みください。`,
    html: `<div style="font-family:sans-serif">
<p><i>この回答は AI によって生成されました。</i></p>
<p>重複している AWS 認定アカウントは、次の手順でまとめられる可能性があります。</p>
<ul><li>AWS Builder ID で aws.training にサインインする</li>
<li>認定アカウントのプロフィールを開き、アカウント統合ツールを選ぶ</li>
<li>もう一方のアカウントのログイン情報を入力する</li></ul>
<p>ツールでエラーが表示される場合は、引き続きケースの作成にお進みください。</p></div>`,
  }),
  mk({
    slug: 'faq-bot-links',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.hanakoA,
    note: 'automated FAQ bot reply on the case: links to help articles, no human answer',
    from: AWS_SUPPORT_NOTIFY,
    to: H,
    subject: `[ケース ${CASE.hanakoA}] 関連するヘルプ記事のご案内`,
    date: rfcDate('2026-11-05 08:41:30'),
    enc: 'jisb64',
    text: `自動案内です。お問い合わせ内容に関連しそうな記事をお送りします。

- 複数の認定アカウントをお持ちの場合
- 認定アカウントのメールアドレスを変更するには
- デジタルバッジが表示されない場合

ほとんどの場合、認定アカウントの統合はプロフィールページのツールからご自身で完了できます。担当者による対応をご希望の場合は、このままお待ちください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ids-and-keep-which-sf-quote',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.taroA,
    note: 'human reply asking for both candidate IDs, addresses and which account to keep',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-03 02:31:12'),
    enc: 'jis7',
    text: `山田 太郎 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの中村です。

アカウントの統合を進めるにあたり、以下の情報をお知らせいただけますでしょうか。

(1) 両アカウントの AWS 候補 ID (AWS から始まる番号)
(2) 両アカウントのログイン用メールアドレス
(3) 統合後に残したいアカウント

情報が揃い次第、手続きをご案内いたします。

${sigA}

${sfRef('0Xq7Tz1')}

${sfOriginal(TR, '2026/11/02 1:14', SUPPORT_BARE, formSubject0(CASE.taroA), TARO_REQ)}`,
  }),
  mk({
    slug: 'sjis-list-name-company',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.hanakoA,
    note: 'asks for name, company and candidate ID of each account before merging',
    to: H,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-06 04:12:40'),
    enc: 'sjis8',
    text: `佐藤様

ご連絡ありがとうございます。
お手数ではございますが、ご本人確認のため下記の項目をご返信いただけますと幸いです。

　・氏名(ローマ字)
　・会社名(統合元アカウントにご登録のもの)
　・各アカウントの候補ID

いただいた情報をもとに、統合が可能かどうか確認いたします。

${sigC}

-----Original Message-----
From: ${HANAKO.ja} <${HANAKO.keep}>
Sent: Thursday, November 5, 2026 5:40 PM
To: ${SUPPORT_BARE}
Subject: ${formSubject0(CASE.hanakoA)}

${HANAKO_REQ}`,
  }),
  mk({
    slug: 'gokakunin-no-ue-address',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.taroB,
    trap: true,
    note: '「ご確認のうえお知らせください」 asks which e-mail to keep: information, not consent',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-19 07:08:26'),
    enc: 'jisb64',
    text: `山田様

お世話になっております。
統合後にログイン用として残すメールアドレスを、念のためご確認のうえお知らせください。
いただいたご依頼には ${TARO.keep} と ${TARO.src} の両方が記載されており、どちらを主とするか判断できませんでした。

${sigD}`,
  }),
  mk({
    slug: 'dmarc-fail-info-request',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.hanakoB,
    trusted: false,
    auth: 'fail',
    note: 'info request in support style but dmarc=fail on the receiving server: untrusted',
    to: H,
    subject: formSubject(CASE.hanakoB),
    date: rfcDate('2026-11-10 05:19:03'),
    enc: 'jis7',
    text: `佐藤 花子 様

統合手続きのため、両アカウントのパスワードと候補IDを本メールにご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'resent-corp-info-request',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.taroA,
    forUser: false,
    note: 'info request redirected from the corporate mailbox (Resent-* headers): not delivered to the user directly',
    to: `${TARO.ja} <${TARO.src}>`,
    resent: { from: TARO.src, to: TARO.keep, date: rfcDate('2026-11-03 11:32:10', '+0900') },
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-03 02:31:50'),
    enc: 'jis7',
    text: `山田様

恐れ入りますが、統合先アカウントに登録されている氏名と、統合元アカウントで取得された認定名をお知らせください。

${sigA}`,
  }),
  mk({
    slug: 'keep-address-and-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.hanakoDup,
    note: 'asks to write from the kept address AND to send the candidate IDs: information request',
    to: `${HANAKO.ja} <${HANAKO.src}>`,
    cc: H,
    subject: formSubject(CASE.hanakoDup),
    date: rfcDate('2026-11-06 09:55:12'),
    enc: 'utf8qp',
    text: `佐藤 様

ご連絡ありがとうございます。
セキュリティ上の理由から、統合後に残すアカウントのメールアドレスからご返信いただけますか。あわせて、統合元・統合先それぞれの候補 ID もご記載ください。

${sigB}`,
  }),
  mk({
    slug: 'outlook-quote-cert-names',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'asks for the certifications and pass dates on each account; Outlook 差出人/送信日時 quote',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-20 01:40:44'),
    enc: 'jisb64',
    text: `山田 太郎 様

ご返信ありがとうございます。
照合のため、各アカウントで取得済みの認定資格名と合格日を教えていただけますか。おおよその日付でも構いません。

${sigC}

${olJa(TR, slashDate('2026-11-19 20:02'), SUPPORT_BARE, formSubject(CASE.taroB), `残すのは ${TARO.keep} の方です。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'kakunin-shite-henshin-teform',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.hanakoA,
    trap: true,
    note: 'te-form request to look up the old candidate ID and reply (確認して): information request',
    to: H,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-07 03:03:30'),
    enc: 'sjisb64',
    text: `佐藤様、ケース ${CASE.hanakoA} の件でご連絡いたしました。ご提供いただいた ${HANAKO.srcId} が見つからなかったため、旧アカウントにサインインして候補 ID を確認し、本メールへご返信ください。

AWS トレーニングと認定 サポート`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'henshin-de-susumemasu',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.taroA,
    note: 'asks the user to reply to approve the merge, warns it cannot be undone',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-04 06:22:18'),
    enc: 'jis7',
    text: `山田 太郎 様

情報のご提供ありがとうございます。以下の 2 つのアカウントを統合いたします。

統合元: ${TARO.srcId} (${TARO.src})
　↓
統合先: ${TARO.keepId} (${TARO.keep})

統合後は元に戻すことができません。この内容で進めてよろしければ、本メールにご返信ください。

${sigA}`,
  }),
  mk({
    slug: 'doui-shimasu-to-henshin',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.hanakoA,
    note: 'asks the user to reply 「同意します」 to consent to the irreversible merge',
    to: H,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-08 02:50:05'),
    enc: 'sjis8',
    text: `佐藤 花子 様

いつもお世話になっております。
${HANAKO.src} のアカウントを ${HANAKO.keep} のアカウントへ統合する準備が整いました。

なお、統合の処理は取り消しができません。ご了承いただける場合は、「同意します」と一言ご返信ください。

${sigD}`,
  }),
  mk({
    slug: 'goshounin-itadakemashitara',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'asks for approval (ご承認) before starting the merge, IDs between the words',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-21 05:33:51'),
    enc: 'utf8b64',
    text: `山田様

お待たせいたしました。候補 ID ${TARO.srcId} の認定履歴 (2 件) を候補 ID ${TARO.keepId} へ移す形での統合を予定しております。
この作業は一度実施すると元の状態には戻せません。ご承認いただけましたら統合作業に着手いたしますので、その旨ご返信をお願いいたします。

${sigC}`,
  }),
  mk({
    slug: 'forged-pass-below-received-confirm',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.hanakoB,
    trusted: false,
    auth: 'forgedBelow',
    note: 'confirmation request whose dmarc=pass header sits below the server Received line: forged',
    to: H,
    subject: formSubject(CASE.hanakoB),
    date: rfcDate('2026-11-11 08:08:08'),
    enc: 'jis7',
    text: `佐藤様

アカウント統合の最終確認です。統合は取り消せません。問題なければ、以下のリンクから同意してください。
https://aws-training-merge.example.net/consent?case=${CASE.hanakoB}

AWS Training and Certification`,
  }),
  mk({
    slug: 'bilingual-template-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.hanakoDup,
    note: 'Japanese consent request with an English template block underneath',
    to: H,
    subject: formSubject(CASE.hanakoDup),
    date: rfcDate('2026-11-09 10:14:27'),
    enc: 'jisb64',
    text: `佐藤様

下記アカウントの統合について、お客様の同意が必要です。
統合は不可逆です。内容に相違がなければ、このメールに「はい」とご返信ください。

  Source: ${HANAKO.srcId} / ${HANAKO.src}
  Target: ${HANAKO.keepId} / ${HANAKO.keep}

(English) Please note the merge cannot be reversed. Reply "Yes" if you agree.

${sigB}`,
  }),
  mk({
    slug: 'html-omachigai-nakereba',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.taroA,
    note: 'asks the user to reply if the details are correct so the merge can go ahead (multipart)',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-04 07:01:40'),
    enc: 'utf8qp',
    text: `山田 太郎 様

ご依頼内容を以下のとおり整理いたしました。

・残すアカウント: ${TARO.keep}
・まとめるアカウント: ${TARO.src}

お間違いなければ、その旨ご返信いただけますでしょうか。ご返信を確認後、統合を実施いたします。統合後の取り消しはできませんのでご注意ください。

${sigA}`,
    html: `<div dir="ltr"><p>山田 太郎 様</p>
<p>ご依頼内容を以下のとおり整理いたしました。</p>
<table border="1" cellpadding="4"><tr><td>残すアカウント</td><td>${TARO.keep}</td></tr><tr><td>まとめるアカウント</td><td>${TARO.src}</td></tr></table>
<p>お間違いなければ、その旨ご返信いただけますでしょうか。ご返信を確認後、統合を実施いたします。統合後の取り消しはできませんのでご注意ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>担当: 中村</p></div>`,
  }),
  mk({
    slug: 'resent-oldcorp-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.hanakoA,
    forUser: false,
    note: 'consent request redirected by the old company server (Resent-*): not delivered to the user directly',
    to: `${HANAKO.ja} <${HANAKO.src}>`,
    resent: { from: 'postmaster@oldcorp.example.com', to: HANAKO.keep, date: rfcDate('2026-11-08 12:00:31', '+0900') },
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-08 02:59:59'),
    enc: 'sjis8',
    text: `佐藤様

統合の実施にはお客様のご同意が必要です。統合後は元に戻せませんので、ご同意いただける場合はご返信ください。

${sigD}`,
  }),
  mk({
    slug: 'fukagyaku-jisshi-kahi',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'asks whether to carry out the irreversible merge (実施の可否をご回答ください)',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-22 00:47:12'),
    enc: 'utf88bit',
    crlf: false,
    text: `山田様

アカウントのマージは不可逆な操作となります。マージ後は ${TARO.srcId} でのサインインができなくなり、試験履歴・特典はすべて ${TARO.keepId} 側に表示されます。
上記をご理解のうえ、実施の可否をご回答ください。

${sigD}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'tougou-kanryou-itashimashita',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.taroA,
    note: 'support says the two accounts have been merged',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-05 01:12:33'),
    enc: 'jis7',
    text: `山田 太郎 様

お待たせいたしました。ご依頼いただいた 2 つのアカウントの統合が完了いたしました。
今後は ${TARO.keep} でサインインしてご利用ください。

${sigA}

${gmailJa('2026-11-04 19:30', TR)}
${quote('統合をお願いします。よろしくお願いいたします。')}`,
  }),
  mk({
    slug: 'kanryou-gokakunin-kudasai',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.hanakoA,
    trap: true,
    note: 'completion notice that asks to check that all looks right (ご確認ください): still merge_completed',
    to: H,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-10 06:44:20'),
    enc: 'sjisb64',
    text: `佐藤様

統合処理を完了しました。
認定資格、受験履歴、特典 (50% 割引バウチャー) が ${HANAKO.keepId} に反映されていることをご確認ください。
表示に不備がございましたら、本ケースにご返信ください。

${sigD}`,
  }),
  mk({
    slug: 'portal-accounts-merged-notice',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: "the certification portal's own notice that the accounts were merged (no case ID)",
    from: PORTAL,
    subject: 'AWS 認定アカウントが統合されました',
    date: rfcDate('2026-11-23 02:00:12'),
    enc: 'utf8qp',
    text: `${TARO.en} 様

お客様の AWS 認定アカウントは統合されました。
統合されたアカウント: ${TARO.srcId}
現在のアカウント: ${TARO.keepId}

認定資格と試験履歴は、現在のアカウントでご確認いただけます。
https://www.aws.training/certification

AWS 認定`,
    html: `<table width="600" style="font-family:Arial,sans-serif"><tr><td>
<h2>AWS 認定アカウントが統合されました</h2>
<p>${TARO.en} 様</p>
<p>お客様の AWS 認定アカウントは統合されました。<br>統合されたアカウント: ${TARO.srcId}<br>現在のアカウント: ${TARO.keepId}</p>
<p>認定資格と試験履歴は、現在のアカウントでご確認いただけます。</p>
<p><a href="https://www.aws.training/certification">AWS 認定にサインイン</a></p>
</td></tr></table>`,
  }),
  mk({
    slug: 'no-auth-results-merged',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.hanakoB,
    trusted: false,
    auth: 'none',
    note: 'completion notice with no Authentication-Results at all: untrusted',
    to: H,
    subject: formSubject(CASE.hanakoB),
    date: rfcDate('2026-11-12 04:04:04'),
    enc: 'jis7',
    text: `佐藤様

アカウントの統合が完了しました。旧アカウントは削除されました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'merge-sagyou-kanryou-close',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-24 03:15:27'),
    enc: 'jisb64',
    text: `山田 太郎 様

マージ作業が完了しましたので、ご報告いたします。${TARO.srcId} の認定情報は ${TARO.keepId} に移行済みです。
本件はこれをもってクローズさせていただきます。

${sigC}`,
  }),
  mk({
    slug: 'ikou-shi-mukouka-gmail-quote',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.hanakoDup,
    note: 'te-form completion (移行し、無効化いたしました) above a Gmail-style Japanese quote',
    to: H,
    subject: formSubject(CASE.hanakoDup),
    date: rfcDate('2026-11-11 07:27:49'),
    enc: 'utf8b64',
    text: `佐藤 花子 様

ご同意いただきありがとうございました。${HANAKO.srcId} の認定情報を ${HANAKO.keepId} へ移行し、旧アカウントは無効化いたしました。

${sigB}

${gmailJa('2026-11-10 22:03', H)}
${quote('同意します。統合を進めてください。\n佐藤')}`,
  }),
  mk({
    slug: 'resent-merged-from-corp',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.taroA,
    forUser: false,
    note: 'completion notice redirected from the corporate address (Resent-*): not delivered to the user directly',
    to: `${TARO.ja} <${TARO.src}>`,
    resent: { from: TARO.src, to: TARO.keep, date: rfcDate('2026-11-05 10:20:00', '+0900') },
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-05 01:13:02'),
    enc: 'sjis8',
    text: `山田様

統合が完了しました。${TARO.keepId} にすべての認定が表示されます。

${sigA}`,
  }),
  mk({
    slug: 'tougouzumi-short-outlook',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'short reply: 統合済み, over an Outlook quote of the consent',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-23 09:09:31'),
    enc: 'sjis8',
    text: `山田様

先ほど、両アカウントは統合済みとなりました。念のため、サインインしてご確認いただけますと幸いです。

小林

${olJa(TR, slashDate('2026-11-22 18:01'), SUPPORT_BARE, formSubject(CASE.taroB), 'はい、統合を実施してください。')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'credly-aws-hakkou-oshirase',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: "AWS's badge issued via Credly to the kept address (Japanese Credly notice)",
    from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-11-06 10:31:20'),
    enc: 'utf8qp',
    text: `${TARO.en}さん、おめでとうございます。

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/7d0c1e52-2b8e-4a61-9f0e-3e5a1c9b2d44

Credly, Inc.`,
    html: `<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<p>${esc(TARO.en)}さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/7d0c1e52-2b8e-4a61-9f0e-3e5a1c9b2d44" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p></td></tr></table>`,
  }),
  mk({
    slug: 'support-badge-ikou-zumi',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.taroA,
    note: 'support says the Credly badges were moved to the kept account',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-07 02:26:14'),
    enc: 'jis7',
    text: `山田 太郎 様

ご指摘いただいた Credly のバッジについて、統合先アカウント (${TARO.keep}) へ移行いたしました。
Credly にサインインいただくと、3 件のバッジが表示されるはずです。

${sigA}

${sfOriginal(TR, '2026/11/06 9:12', SUPPORT_BARE, formSubject(CASE.taroA), '統合ありがとうございました。ただ、Credly のバッジが旧アドレスのままのようです。')}`,
  }),
  mk({
    slug: 'credly-3ken-reissued-htmlonly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly notice that AWS re-issued several badges to the kept address (HTML only)',
    from: CREDLY_AWS,
    to: H,
    subject: '3 件の新しいバッジが届いています',
    date: rfcDate('2026-11-13 00:45:09'),
    enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<p>${esc(HANAKO.en)} さん</p>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer – Associate</li><li>AWS Certified SysOps Administrator – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを受け取る</a></p>
<p style="font-size:11px">このメールは ${esc(HANAKO.keep)} 宛てに送信されました。Credly, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'credly-lookalike-jp',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trusted: false,
    note: 'badge notice from a look-alike domain (credly-jp.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-jp.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-11-07 15:00:00'),
    enc: 'utf8qp',
    text: `おめでとうございます。新しいバッジが発行されました。

バッジを入手する: https://credly-jp.com/claim?u=taro

48 時間以内に受け取らない場合、バッジは失効します。`,
  }),
  mk({
    slug: 'badge-tsukekae-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.hanakoA,
    note: 'support announces the badges were re-linked and closes the case: badges_transferred',
    to: H,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-14 05:37:46'),
    enc: 'sjis8',
    text: `佐藤様

Credly のデジタルバッジの付け替えが完了しました。${HANAKO.keep} 宛てに Credly から通知が届いておりますのでご確認ください。
本件はこれにてクローズとさせていただきます。

${sigD}`,
  }),
  mk({
    slug: 'credly-aws-to-colleague',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    forUser: false,
    note: "AWS badge via Credly, but addressed to a colleague's address, not the user",
    from: CREDLY_AWS,
    to: 'ichiro.suzuki@corp.example.co.jp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-11-15 01:02:03'),
    enc: 'utf8qp',
    text: `鈴木さん、おめでとうございます。

Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/0b1f6a2e-5c7d-4e39-8a10-c4d2e6f71b90`,
  }),
  mk({
    slug: 'credly-saihakkou-support',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'support re-issued the badges to the kept account and tells how to accept them',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-26 08:18:55'),
    enc: 'jisb64',
    text: `山田様

Credly 側で、統合後のアカウント宛てにバッジを再発行いたしました。
Credly から「バッジ発行のお知らせ」が届きましたら、「バッジを入手する」から受け取りをお願いいたします。旧アドレス宛てのバッジは無効化されています。

${sigC}`,
  }),
  mk({
    slug: 'credly-ukeireru-single',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'AWS badge via Credly for the kept account (plain text, DKIM-only aligned pass)',
    from: CREDLY_AWS,
    to: H,
    auth: 'dkimonly',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-11-13 00:46:40'),
    enc: 'utf8b64',
    text: `${HANAKO.en}さん

Amazon Web Services Training and Certification があなたにバッジを発行しました:
AWS Certified Solutions Architect – Professional

バッジを受け入れるには、以下をクリックしてください。
https://www.credly.com/earner/earned/badge/5e9a0d3c-71b4-4c2f-b6e8-92f1a0c3d7e5

バッジは LinkedIn などで共有できます。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'kaiketsu-zumi-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.taroDup,
    note: 'support closes the case as resolved',
    subject: formSubject(CASE.taroDup),
    date: rfcDate('2026-11-09 04:40:04'),
    enc: 'jis7',
    text: `山田様

本ケースは解決済みとしてクローズいたしました。
追加のご質問がございましたら、このメールにご返信いただければケースが再開されます。

${sigA}`,
  }),
  mk({
    slug: 'itsuka-inai-jidou-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.hanakoDup,
    note: 'reminder: the case will close automatically in 5 days without a reply',
    to: H,
    subject: formSubject(CASE.hanakoDup),
    date: rfcDate('2026-11-16 02:02:20'),
    enc: 'sjis8',
    text: `佐藤様

先日ご案内した件について、その後いかがでしょうか。
5 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

${sigD}`,
  }),
  mk({
    slug: 'senshuu-tougou-restate-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.taroA,
    trap: true,
    note: 'closing notice that restates the merge reported last week: case_closed, not a new merge',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-13 03:33:03'),
    enc: 'jisb64',
    text: `山田 太郎 様

先週ご連絡いたしましたとおり、アカウントの統合は 11 月 5 日に完了しております。その後ご連絡がございませんでしたので、本ケースをクローズいたします。

${sigC}`,
  }),
  mk({
    slug: 'notify-case-kaiketsu',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.hanakoA,
    note: 'AWS Support notification that the case was resolved',
    from: AWS_SUPPORT_NOTIFY,
    to: H,
    subject: `ケース ${CASE.hanakoA} は解決されました`,
    date: rfcDate('2026-11-14 06:00:01'),
    enc: 'utf8qp',
    text: `お客様のサポートケースは解決済みになりました。

ケース ID: ${CASE.hanakoA}
件名: account-assistance
ステータス: 解決済み

14 日以内であれば、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'google-ar-only-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.taroB,
    trusted: false,
    auth: 'otherOnly',
    note: "closing notice carrying only another provider's Authentication-Results: untrusted",
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-28 01:01:10'),
    enc: 'jis7',
    text: `山田様

本件はクローズいたしました。ご利用ありがとうございました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'saikai-henshin-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.hanakoB,
    note: 'closing notice: reply to reopen within the period',
    to: H,
    subject: formSubject(CASE.hanakoB),
    date: rfcDate('2026-11-20 07:07:07'),
    enc: 'jisb64',
    text: `佐藤 花子 様

お問い合わせいただいた件は対応完了となりましたので、ケースをクローズさせていただきます。
今後同じ件で再度ご相談がある場合は、新規のケースではなく本メールへご返信ください。

${sigB}`,
  }),
  mk({
    slug: 'chouhuku-case-close',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.hanakoDup,
    trap: true,
    note: 'closes a duplicate case (cases merged), not the account merge',
    to: H,
    subject: formSubject(CASE.hanakoDup),
    date: rfcDate('2026-11-05 10:30:00'),
    enc: 'utf8qp',
    text: `佐藤様

同じご依頼で 2 件のケース (${CASE.hanakoDup} / ${CASE.hanakoA}) が作成されていたため、ケースを統合し、こちらのケースはクローズいたします。
今後のやり取りは ${CASE.hanakoA} にて行わせていただきます。

${sigD}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'gokakunin-arigatou-team-irai',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.taroA,
    trap: true,
    note: 'thanks for confirming; the merge was requested from the team and will be reported later',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-04 11:50:02'),
    enc: 'jis7',
    text: `山田様

ご確認いただきありがとうございます。担当チームへ統合を依頼いたしました。
完了しましたら改めてご連絡いたします。

${sigA}`,
  }),
  mk({
    slug: 'kanryou-shimashitara-escalate',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.hanakoB,
    trap: true,
    note: 'escalation with a conditional 「統合が完了しましたら」: no merge yet',
    to: H,
    subject: formSubject(CASE.hanakoB),
    date: rfcDate('2026-11-12 09:20:41'),
    enc: 'sjisb64',
    text: `佐藤様

お待たせしております。本件は専門チームへエスカレーションいたしました。
統合が完了しましたら、バッジの状況とあわせてご報告いたします。今しばらくお待ちください。

${sigD}`,
  }),
  mk({
    slug: 'yoyaku-ari-tougou-fuka',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.taroB,
    trap: true,
    note: 'says the merge cannot be done now (exam booked); asks for nothing',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-20 23:10:29'),
    enc: 'utf8b64',
    text: `山田 太郎 様

確認いたしましたところ、統合元のアカウントに 12 月 3 日の試験予約が入っているため、現時点では統合を実施することができません。
受験後に本ケースへご返信いただければ、手続きを再開いたします。

${sigC}`,
  }),
  mk({
    slug: 'mada-kanryou-shiteorazu',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.hanakoA,
    trap: true,
    note: 'status: the merge is not completed yet, still in progress',
    to: H,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-09 08:48:11'),
    enc: 'jis7',
    text: `佐藤 花子 様

お問い合わせの件、統合はまだ完了しておりません。現在もバックエンドで処理中でございます。
進捗がございましたら、本メールにてお知らせいたします。

${sigA}

${gmailJa('2026-11-09 09:02', H)}
${quote('統合の進み具合を教えていただけますか。')}`,
  }),
  mk({
    slug: 'chouhuku-case-tougou-reply',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.taroDup,
    trap: true,
    note: 'duplicate support cases were merged; account merge continues elsewhere',
    subject: formSubject(CASE.taroDup),
    date: rfcDate('2026-11-02 06:06:06'),
    enc: 'jisb64',
    text: `山田様

重複して作成されていたケース ${CASE.taroDup} と ${CASE.taroA} を統合いたしました。以後は ${CASE.taroA} にて対応を継続いたしますので、そちらへのご返信をお願いいたします。

${sigB}`,
  }),
  mk({
    slug: 'gmail-display-name-status',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.taroA,
    trusted: false,
    note: 'support display name on a free-mail address (gmail.com): untrusted status update',
    from: 'AWS Training and Certification <aws.training.cert.jp@gmail.com>',
    subject: formSubject(CASE.taroA),
    date: rfcDate('2026-11-04 13:13:13', '+0900'),
    enc: 'utf8qp',
    text: `山田様

担当部署にて引き続き対応中です。今週中にはご連絡できる見込みです。

AWS Training and Certification`,
  }),
  mk({
    slug: 'tougousaki-kara-renraku',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.hanakoA,
    trap: true,
    note: 'asks to write from the kept address without asking for any data: support_reply',
    to: `${HANAKO.ja} <${HANAKO.src}>`,
    subject: formSubject(CASE.hanakoA),
    date: rfcDate('2026-11-06 01:01:30'),
    enc: 'sjis8',
    text: `佐藤様

お手数ですが、統合後に残すアカウントのメールアドレスから、本ケースへご返信いただけますでしょうか。
統合元のアドレスからのご依頼では手続きを進めることができないためです。

${sigD}`,
  }),
  mk({
    slug: 'voucher-answer',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'human answer about the discount voucher; no step of the merge',
    subject: formSubject(CASE.taroB),
    date: rfcDate('2026-11-27 02:22:22'),
    enc: 'jis7',
    crlf: false,
    text: `山田様

ご質問の 50% 割引バウチャーについてですが、有効期限内であれば現在のアカウントの「特典」ページからご利用いただけます。期限は発行日から 3 年ではなく、次回受験用として個別に設定されておりますのでご注意ください。

${sigA}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'survey-kaiketsu-shimashitaka',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.taroA,
    trap: true,
    note: 'survey ("was your issue resolved?") after the case: unrelated',
    from: AWS_NOTIFY,
    subject: 'AWS サポートに関するアンケートのお願い',
    date: rfcDate('2026-11-14 00:30:30'),
    enc: 'utf8qp',
    text: `先日はお問い合わせいただきありがとうございました (ケース ${CASE.taroA})。

お問い合わせの問題は解決しましたか?
はい / いいえ

1 分ほどの簡単なアンケートにご協力ください。
https://survey.aws.amazon.com/s/abc123

Amazon Web Services`,
  }),
  mk({
    slug: 'hashicorp-credly-hakkou',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (HashiCorp): unrelated',
    from: 'HashiCorp via Credly <admin@credly.com>',
    subject: 'HashiCorpのバッジ発行のお知らせ',
    date: rfcDate('2026-11-10 05:05:05'),
    enc: 'utf8qp',
    text: `${TARO.en}さん、おめでとうございます。

HashiCorp から「HashiCorp Certified: Terraform Associate (004)」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/aa41c2f0-1d3e-4b5a-9c6d-7e8f90a1b2c3`,
  }),
  mk({
    slug: 'credly-account-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge authorization code: not the AWS merge",
    from: 'Credly <admin@credly.com>',
    to: H,
    subject: 'Credly アカウント統合の確認コード',
    date: rfcDate('2026-11-16 12:12:12'),
    enc: 'utf8b64',
    text: `Credly アカウントの統合リクエストを受け付けました。

確認コード: 604218

このコードを入力するか、下のボタンからアカウントの統合を完了してください。
Complete Account Merge: https://www.credly.com/users/merge/confirm

心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'shiken-kekka-goukaku',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'exam result mail from the portal (passed, badge to follow): not a merge step',
    from: PORTAL,
    to: H,
    subject: 'AWS 認定試験の結果のお知らせ',
    date: rfcDate('2026-11-18 09:00:00'),
    enc: 'utf8qp',
    text: `${HANAKO.en} 様

AWS Certified Developer – Associate 試験に合格されました。おめでとうございます。
認定は AWS 認定アカウントに追加済みです。デジタルバッジは数日以内に Credly からメールで届きます。

AWS 認定`,
  }),
  mk({
    slug: 'colleague-tougou-owatta',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: "a colleague's chat-like mail about their own merge: not from support",
    from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>',
    to: `${TARO.ja} <${TARO.src}>`,
    subject: 'Re: 認定アカウントの統合',
    date: rfcDate('2026-11-08 18:22:09', '+0900'),
    enc: 'jis7',
    text: `山田さん

こっちは昨日統合完了のメールが来ました。バッジは手動で移してもらいました。
山田さんの方はもう同意の返信しました?

鈴木

${gmailJa('2026-11-08 17:50', `${TARO.ja} <${TARO.src}>`)}
${quote('鈴木さん、認定アカウントの統合ってもう終わりました?')}`,
  }),
  mk({
    slug: 'own-forward-to-self',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.taroA,
    trusted: false,
    trap: true,
    note: "the user's own forward of support's merge notice to their other address",
    from: `${TARO.ja} <${TARO.src}>`,
    subject: `Fw: ${formSubject(CASE.taroA)}`,
    date: rfcDate('2026-11-05 10:40:11', '+0900'),
    enc: 'jisb64',
    text: `自分用メモ。統合完了の連絡が来た。

-------- 転送メッセージ --------
件名: ${formSubject(CASE.taroA)}
日付: Thu, 5 Nov 2026 01:12:33 +0000
差出人: ${SUPPORT}
宛先: ${TR}

山田 太郎 様

お待たせいたしました。ご依頼いただいた 2 つのアカウントの統合が完了いたしました。`,
  }),
  mk({
    slug: 'oldcorp-auto-reply-taishoku',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.hanakoA,
    trusted: false,
    trap: true,
    note: "the old company's automatic reply (left the company): auto-reply, unrelated",
    from: 'postmaster@oldcorp.example.com',
    to: H,
    subject: `自動応答: ${formSubject(CASE.hanakoA)}`,
    date: rfcDate('2026-11-06 10:01:31', '+0900'),
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

メールを受信しました。佐藤花子は 2026 年 10 月 31 日付で退職いたしました。
ご用件は info@oldcorp.example.com までご連絡ください。`,
  }),
  mk({
    slug: 'summit-touroku-kanryou',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'event registration completed (AWS Summit): marketing, unrelated',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>',
    subject: '【AWS Summit Japan】ご登録が完了しました',
    date: rfcDate('2026-11-03 04:00:00'),
    enc: 'utf8qp',
    text: `${TARO.ja} 様

AWS Summit Japan へのご登録が完了しました。
受付番号: SJ-2027-448120

当日は本メールに記載の QR コードを受付でご提示ください。
認定資格をお持ちの方は、認定者ラウンジもご利用いただけます。`,
    html: `<div style="font-family:sans-serif"><h1>ご登録が完了しました</h1>
<p>${TARO.ja} 様</p><p>AWS Summit Japan へのご登録が完了しました。<br>受付番号: SJ-2027-448120</p>
<p>当日は本メールに記載の QR コードを受付でご提示ください。<br>認定資格をお持ちの方は、認定者ラウンジもご利用いただけます。</p></div>`,
  }),
  mk({
    slug: 'pearson-yoyaku-kakunin',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: "test vendor's exam booking confirmation: unrelated, sender outside trusted domains",
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.com>',
    subject: 'AWS 認定試験 予約確認',
    date: rfcDate('2026-11-20 02:40:19'),
    enc: 'sjisb64',
    text: `${TARO.en} 様

以下の試験のご予約を確認しました。

試験: AWS Certified Security - Specialty
日時: 2026年12月3日 13:30
会場: オンライン (OnVUE)
登録 ID: 512-889-401

予約内容の変更・キャンセルは 24 時間前までに行ってください。`,
  }),
  mk({
    slug: 'skillbuilder-course-shuuryou',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Skill Builder course completion notice: not a merge step',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: H,
    subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    date: rfcDate('2026-11-21 11:11:11'),
    enc: 'utf8b64',
    text: `${HANAKO.en} さん

おめでとうございます。「AWS Cloud Practitioner Essentials (日本語)」を修了しました。
修了証明書はマイトランスクリプトからダウンロードできます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'iphone-own-doui-reply',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.hanakoA,
    trusted: false,
    trap: true,
    note: "the user's own consent reply sent from a phone (copy to herself): carries no news from support",
    from: H,
    to: SUPPORT,
    cc: H,
    deliveredTo: HANAKO.keep,
    subject: `Re: ${formSubject(CASE.hanakoA)}`,
    date: rfcDate('2026-11-08 21:47:03', '+0900'),
    enc: 'utf8b64',
    text: `同意します。統合よろしくお願いします。

iPhoneから送信

> 2026/11/08 11:50、AWS Training and Certification <${SUPPORT_BARE}>のメール:
>
> 佐藤 花子 様
> ご了承いただける場合は、「同意します」と一言ご返信ください。`,
  }),
  mk({
    slug: 'bottom-post-thunderbird-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.taroB,
    note: 'bottom-posted agent reply under a Thunderbird quote: asks for the go-ahead to merge',
    subject: `Re: ${formSubject(CASE.taroB)}`,
    date: rfcDate('2026-11-21 06:40:02'),
    enc: 'jis7',
    text: `2026/11/21 10:02 に 山田 太郎 さんは書きました:
> 各アカウントの認定は以下のとおりです。
> ${TARO.srcId}: Solutions Architect - Associate (2024/03)
> ${TARO.keepId}: Cloud Practitioner (2022/08)

山田様

ありがとうございます。照合が取れました。
上記 2 アカウントを ${TARO.keepId} にまとめてよろしいでしょうか。統合後は取り消しできませんので、よろしければ「お願いします」とだけご返信ください。

中村`,
  }),
];
