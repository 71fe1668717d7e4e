// Set eu, Japanese messages: pronouns and references back (上記・当該・こちら・そちら・前者・後者・同件・本件・ご依頼の件).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  esc,
  formSubject,
  gmailJa,
  KEN,
  MISAKI,
  mk,
  outlookJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
  SHO,
  SUPPORT,
  SUPPORT_BARE,
} from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

const KEN_REQ = `AWS認定のアカウントが2つあり、1つにまとめていただきたく存じます。
残す方: ${KEN.keepId} / ${KEN.keep}
もう一方: ${KEN.srcId} / ${KEN.src}
前の会社のアドレスで作った方に SAA と DVA の合格履歴があります。`;

const MIS_REQ = `お世話になっております。田中と申します。
転職のため、旧所属のメールアドレスで登録した認定アカウントと個人のものを統合したいです。
個人: ${MISAKI.keep}（${MISAKI.keepId}）
旧所属: ${MISAKI.src}（${MISAKI.srcId}）`;

const SHO_REQ = `学生時代に大学のアドレスで受験したアカウント（${SHO.srcId}）と、今のアカウント（${SHO.keepId}）を一緒にしたいです。
今のアドレスは ${SHO.keep} です。`;

const sig = (name: string): string => `${name}\nAWS トレーニングと認定 カスタマーサポート`;

export const JA: Msg[] = [
  // ───────────── acknowledgement (7) ─────────────
  mk({
    slug: 'ja-ack-notify-ken',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'jis7',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: `AWS サポート: ケース ${CASE.ken} を受け付けました`,
    caseId: CASE.ken,
    note: 'automatic receipt of the new case, carries the case ID',
    at: '2026-11-02 21:14:05',
    text: `${KEN.ja} 様

お問い合わせありがとうございます。
下記の内容でケースを登録いたしました。

ケース ID: ${CASE.ken}
件名: 認定アカウントについて
受付日時: 2026/11/02 21:14 (JST)

こちらのケースには担当者が順次対応いたします。回答までしばらくお待ちください。
同じご用件で新しいケースを作成されますと、かえってご案内が遅れることがございます。

※本メールは送信専用アドレスからお送りしています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-form-misaki',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: misTo,
    subject: `[CASE ${CASE.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    caseId: CASE.misaki,
    note: 'form auto-receipt: the submission was received and given a number',
    at: '2026-10-19 08:02:41',
    text: `このメールは自動で送信されています。

AWS トレーニングと認定へのお問い合わせを受け付けました。
当該お問い合わせには番号 ${CASE.misaki} が付与されています。
追加でお伝えいただくことがある場合は、こちらのメールにそのままご返信ください。
同件で別途フォームを送信されますと、処理が重複し回答が遅れる原因となります。

--- 受付内容 ---
お名前: 田中 美咲
会社名: (未入力)
受験者 ID: ${MISAKI.keepId}
---

${sfRef('0Mq7RtK')}`,
  }),
  mk({
    slug: 'ja-ack-html-sho',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'utf8b64',
    from: AWS_SUPPORT,
    to: shoTo,
    subject: `お問い合わせを受け付けました [ケース ID: ${CASE.sho}]`,
    caseId: CASE.sho,
    note: 'HTML-only receipt from support.aws.com with the case ID in a table',
    at: '2026-12-01 13:30:12',
    html: `<html><body style="font-family:sans-serif">
<p>高橋 翔 様</p>
<p>AWS サポートをご利用いただきありがとうございます。以下のケースを受け付けました。</p>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td>${CASE.sho}</td></tr>
<tr><td>サービス</td><td>AWS Training and Certification</td></tr>
<tr><td>重要度</td><td>一般的な質問</td></tr>
</table>
<p>こちらの番号は、本件に関するお問い合わせの際にお知らせください。</p>
<p>このメールへの返信は受け付けておりません。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-shortnotopic',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'jisb64',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: `受付番号 ${CASE.kenDup} のご案内`,
    caseId: CASE.kenDup,
    note: 'bare receipt that says nothing of its topic: read as what it looks like',
    at: '2026-11-03 07:55:00',
    text: `受付番号: ${CASE.kenDup}

お送りいただいた内容は、上記の番号で受け付けられました。
担当窓口からの連絡をお待ちください。

Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ja-ack-spoof-fail',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: misTo,
    subject: `ケース ${CASE.misaki} 受付のお知らせ`,
    caseId: CASE.misaki,
    auth: 'fail',
    note: 'receipt shape but dmarc=fail on the topmost A-R: untrusted',
    at: '2026-10-19 08:40:17',
    text: `田中 美咲 様

ご送信いただいたお問い合わせを受け付けました。ケース番号は ${CASE.misaki} です。
そちらについての回答は、営業日ベースで1〜2日以内にお送りする予定です。

AWS カスタマーサービス`,
  }),
  mk({
    slug: 'ja-ack-mixed-boiler',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: shoTo,
    subject: `[CASE ${CASE.sho}] [AWS Training and Certification Form Submission] - account-assistance`,
    caseId: CASE.sho,
    note: 'Japanese receipt under English boilerplate; language is ja',
    at: '2026-12-01 13:31:50',
    text: `Thank you for contacting AWS Training and Certification.
This is an automated message.

高橋様

お問い合わせを受領しました。本件のケース番号は ${CASE.sho} です。
回答はこのアドレスから差し上げますので、迷惑メールフォルダもご確認いただけますと幸いです。

${sfRef('0Nw2PkX')}`,
  }),
  mk({
    slug: 'ja-ack-lists-merge-topic',
    kind: 'acknowledgement',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: kenTo,
    subject: `[CASE ${CASE.ken}] [AWS Training and Certification Form Submission] - account-assistance`,
    caseId: CASE.ken,
    trap: true,
    note: 'receipt that names the merge topic and a future timeline; still only the receipt',
    at: '2026-11-02 21:15:30',
    text: `自動返信

お問い合わせの受付が完了しました（ケース ${CASE.ken}）。
ご依頼の内容: 認定アカウントの統合（マージ）
なお、統合の作業が完了するまでには、通常数営業日を要します。完了しましたら担当者よりご連絡いたします。

このメールに返信いただくと、同じケースに追記されます。`,
  }),

  // ───────────── ai_answer (7) ─────────────
  mk({
    slug: 'ja-ai-selfservice',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: 'AWS トレーニングと認定: 自動回答のご案内',
    caseId: null,
    note: 'AI-generated suggestion to try the Merge Accounts tool',
    at: '2026-11-02 21:09:48',
    text: `この回答は生成 AI によって作成されました。

ご質問の件は、認定アカウントのプロフィールにある「アカウントの統合」から、ご自身で対応できる場合があります。
そちらの画面で、もう一方のアカウントのメールアドレスとパスワードを入力してください。

こちらで解決しない場合は、画面下部の「ケースを作成」を選択し、担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-explains-after',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'jis7',
    from: AWS_NOTIFY,
    to: misTo,
    subject: 'お問い合わせへの自動回答',
    caseId: null,
    trap: true,
    note: 'AI answer describing what happens after a merge (former moves into latter); stays ai_answer',
    at: '2026-10-19 07:58:02',
    text: `AI アシスタントからの回答です（内容が正確でない場合があります）。

2つの認定アカウントがある場合、前者（統合元）の認定履歴は後者（統合先）へ移されます。
統合が完了すると、前者にはサインインできなくなります。
バッジや受験特典も後者に表示されるようになります。

上記の手順はセルフサービスの統合ツールで行えます。うまくいかない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-html-alt',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'utf8b64',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: shoTo,
    subject: 'ご質問への回答（自動生成）',
    caseId: null,
    note: 'automated answer, multipart/alternative, pointing to the self-service tool',
    at: '2026-12-01 13:22:10',
    text: `生成AIによる回答

お尋ねの件について、以下をお試しください。
1. 残したい方のアカウントにサインインします。
2. 「プロフィール」から「アカウントの統合」を開きます。
3. もう一方の認証情報を入力し、それを統合します。

両方に受験履歴がある場合、こちらの機能はご利用いただけません。その際は「ケースを作成」からご連絡ください。`,
    html: `<div><p><b>生成AIによる回答</b></p>
<p>お尋ねの件について、以下をお試しください。</p>
<ol><li>残したい方のアカウントにサインインします。</li><li>「プロフィール」から「アカウントの統合」を開きます。</li><li>もう一方の認証情報を入力し、それを統合します。</li></ol>
<p>両方に受験履歴がある場合、こちらの機能はご利用いただけません。その際は「ケースを作成」からご連絡ください。</p></div>`,
  }),
  mk({
    slug: 'ja-ai-sjis-refuse',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'sjisb64',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: 'Re: アカウントの統合について（AI による自動回答）',
    caseId: null,
    note: 'automated answer: the tool refuses when both have history, then suggests a case',
    at: '2026-11-02 21:11:33',
    text: `自動生成された回答です。

お使いの2つのアカウントのうち、どちらにも認定の履歴がある場合、それらはツールでは一つにできません。
この場合はサポートへのケース作成が必要です。サインインせずに続行することもできます。
ケース作成時には、お名前、会社名、受験者 ID をご用意ください。`,
  }),
  mk({
    slug: 'ja-ai-badges-hint',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'jisb64',
    from: AWS_NOTIFY,
    to: misTo,
    subject: 'AWS 認定に関するご質問への回答',
    caseId: null,
    trap: true,
    note: 'AI hint about badges after a merge; advice, not the badges moving',
    at: '2026-10-18 22:47:19',
    text: `ご質問ありがとうございます。こちらは AI による回答です。

Credly のデジタルバッジは、アカウントの統合を先に済ませてから受け取ることをおすすめします。
統合後、残したアカウントのメールアドレス宛てにそれらが改めて発行されます。
上記で解決しない場合は、ケースを作成してサポートにお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-short-jis',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'jis7',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: shoTo,
    subject: '自動回答: 認定アカウントが2つある',
    caseId: null,
    note: 'short AI reply pointing to the Merge Accounts tool',
    at: '2026-12-01 13:20:01',
    text: `AIによる自動回答です。

そのような場合は、認定ポータルの「Merge Accounts」をご利用いただけます。
上記で解決しなかったときは、このページから担当者へのケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-utf8-8bit',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'utf88bit',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: '【自動回答】認定アカウントの統合',
    caseId: null,
    trap: true,
    note: 'AI answer that mentions confirmation and irreversibility in general terms',
    at: '2026-11-02 21:10:27',
    text: `※この回答は AI によって自動生成されています。

ツールで統合を実行すると、最後に確認画面が表示されます。そちらで「統合」を押すと、元に戻すことはできません。
前者と後者を取り違えないよう、残す方のアカウントでサインインしていることを事前にお確かめください。
解決しない場合は「ケースを作成」へお進みください。`,
  }),

  // ───────────── info_request (9) ─────────────
  mk({
    slug: 'ja-info-which-keep',
    kind: 'info_request',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'asks which of the two accounts to keep and for both candidate IDs',
    at: '2026-11-04 10:22:37',
    text: `${KEN.ja} 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定の中村です。

上記の件、対応を進めるにあたり、以下をお知らせいただけますでしょうか。
・それぞれのアカウントの受験者 ID
・それぞれのサインイン用メールアドレス
・前者と後者のうち、どちらを残されるご希望か

いただいた情報をもとに、こちらで確認いたします。

${sig('中村')}

${sfOriginal(KEN.keep, '2026/11/02 21:14', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-confirm-worded',
    kind: 'info_request',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    trap: true,
    note: 'worded with 確認 but asks for the address to keep: info_request',
    at: '2026-10-20 15:05:09',
    text: `田中様

ご連絡ありがとうございます。

ご依頼の件ですが、当該2アカウントのうち、今後お使いになるメールアドレスをご確認のうえお知らせください。
あわせて、旧所属のアドレスでの受験者 ID もご記載いただけますと、その後の処理がスムーズです。

何卒よろしくお願いいたします。

AWS Training and Certification
小林

--------------- Original Message ---------------
From: ${MISAKI.keep}
Sent: 2026/10/19 8:01
To: ${SUPPORT_BARE}
Subject: [AWS Training and Certification Form Submission] - account-assistance

${MIS_REQ}`,
  }),
  mk({
    slug: 'ja-info-forged-below',
    kind: 'info_request',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    auth: 'forgedBelow',
    note: 'asks for IDs and passwords; the pass verdict sits below the server Received: untrusted',
    at: '2026-12-02 03:12:44',
    text: `高橋様

本件の確認のため、そちらの2つのアカウントについて、受験者IDとサインインのパスワードを本メールへの返信でお送りください。
こちらを受領次第、作業に入ります。

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-ids',
    kind: 'info_request',
    lang: 'ja',
    enc: 'jisb64',
    from: SUPPORT,
    to: `${KEN.ja} <${KEN.src}>`,
    cc: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'write from the kept address AND add the candidate IDs: asks for data, so info_request',
    at: '2026-11-04 18:40:02',
    text: `鈴木様

お世話になっております。

恐れ入りますが、同件につきましては、残される方のメールアドレスからご返信いただく必要がございます。
その際、当該アカウントの受験者 ID（AWS から始まる番号）も本文にご記入ください。

${sig('佐々木')}`,
  }),
  mk({
    slug: 'ja-info-outlook-thread',
    kind: 'info_request',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'second round: the former ID the customer gave was not found; asks for the right one',
    at: '2026-10-22 11:17:55',
    text: `田中様

ご返信ありがとうございます。

頂戴した情報のうち、前者の受験者ID（${MISAKI.srcId}）で照会したところ、登録されているメールアドレスが一致しませんでした。
お手数ですが、そちらのアカウントで受験された際のメールアドレスを改めてお知らせいただけますか。

AWS Training and Certification
小林

${outlookJa(`田中 美咲 <${MISAKI.keep}>`, '2026年10月21日 9:03', SUPPORT_BARE, formSubject(CASE.misaki), `小林様

ご連絡ありがとうございます。
残すのは個人の ${MISAKI.keep} の方です。
旧所属の方の受験者IDは ${MISAKI.srcId} です。

田中`)}`,
  }),
  mk({
    slug: 'ja-info-body-only-id',
    kind: 'info_request',
    lang: 'ja',
    enc: 'utf8b64',
    from: SUPPORT,
    to: shoTo,
    subject: 'RE: [AWS Training and Certification Form Submission] - account-assistance',
    caseId: CASE.sho,
    note: 'case ID only in the body; asks for exam dates and names on each account',
    at: '2026-12-02 16:48:20',
    text: `高橋 翔 様

ケース番号 ${CASE.sho} についてご連絡いたします。

ご依頼いただいた件、後者のアカウント（大学のアドレスで作成されたもの）が見つかりませんでした。
そちらで受験された試験名と受験日、登録時の氏名の表記（ローマ字）をお知らせいただけますでしょうか。

よろしくお願いいたします。
AWS T&C サポート 山口`,
  }),
  mk({
    slug: 'ja-info-gmail-quoted',
    kind: 'info_request',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'top-posted request for the second address, above a Gmail-style quote',
    at: '2026-11-05 09:05:12',
    text: `鈴木様

ご返信ありがとうございます。上記の内容で承知しました。
1点だけ、前の会社のアカウントに登録されている「認定通知用のメールアドレス」をお知らせください。こちらがサインイン用と異なる場合がございます。

中村

${gmailJa(`2026年11月4日(水) 22:31 ${KEN.ja} <${KEN.keep}>`, '', `中村様

残したいのは ${KEN.keepId} の方です。
もう一方は ${KEN.srcId} です。
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-html-table',
    kind: 'info_request',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'HTML mail asking the customer to fill in the listed fields for both accounts',
    at: '2026-10-20 09:12:00',
    text: `田中様

お問い合わせの件、下記の項目を前者・後者それぞれについてご記入のうえ、ご返信ください。

- 受験者ID
- サインインのメールアドレス
- 認定通知のメールアドレス
- 保有されている認定の名称

AWS Training and Certification`,
    html: `<p>田中様</p>
<p>お問い合わせの件、下記の項目を前者・後者それぞれについてご記入のうえ、ご返信ください。</p>
<table border="1"><tr><th>項目</th><th>前者</th><th>後者</th></tr>
<tr><td>受験者ID</td><td></td><td></td></tr>
<tr><td>サインインのメールアドレス</td><td></td><td></td></tr>
<tr><td>認定通知のメールアドレス</td><td></td><td></td></tr>
<tr><td>保有されている認定の名称</td><td></td><td></td></tr></table>
<p>AWS Training and Certification</p>`,
  }),
  mk({
    slug: 'ja-info-voucher-which',
    kind: 'info_request',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    trap: true,
    note: 'before merging, asks which one the unused voucher should follow; uses merge words but asks for info',
    at: '2026-12-03 10:00:31',
    text: `高橋様

確認が取れました、ありがとうございます。
統合の前に1点、お伺いします。前者には未使用の50%割引バウチャーがございますが、こちらは後者へ移す形でよろしいか、それとも別のアドレスでの利用をご希望かお知らせください。

AWS 認定サポート 山口

${sfOriginal(SHO.keep, '2026/12/02 21:10', SUPPORT_BARE, formSubject(CASE.sho), SHO_REQ)}`,
  }),

  // ───────────── confirmation_request (9) ─────────────
  mk({
    slug: 'ja-conf-former-into-latter',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'asks consent to merge the former into the latter, warns it cannot be undone',
    at: '2026-11-06 14:02:19',
    text: `鈴木様

お待たせいたしました。確認が取れましたので、下記の内容で進めてよろしいかご確認ください。

前者: ${KEN.srcId}（${KEN.src}）
後者: ${KEN.keepId}（${KEN.keep}）
前者の認定履歴を後者へ統合し、前者は無効となります。

こちらの操作は元に戻すことができません。問題なければ、その旨をご返信ください。

${sig('中村')}`,
  }),
  mk({
    slug: 'ja-conf-agree-reply',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'asks the customer to reply 同意します to proceed with the irreversible merge',
    at: '2026-10-23 16:26:40',
    text: `田中様

ご教示いただいた内容で、当該アカウントの特定ができました。
上記2つを1つにまとめる作業は、実施後に取り消すことができません。
ご了承いただける場合は、本メールに「同意します」とご返信ください。ご返信を確認後、作業に着手いたします。

AWS Training and Certification
小林`,
  }),
  mk({
    slug: 'ja-conf-failthenforged',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    auth: 'failThenForged',
    note: 'consent request, but the topmost A-R fails and a planted pass sits lower: untrusted',
    at: '2026-12-03 02:44:09',
    text: `高橋様

ご依頼の件、そちらのアカウントを統合してよろしいでしょうか。
実行後は元に戻せませんので、同意いただける場合は24時間以内に下記リンクからお手続きください。
https://aws-certification-verify.example.net/consent?case=${CASE.sho}

AWS Certification`,
  }),
  mk({
    slug: 'ja-conf-te-form',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'jisb64',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'te-form chain ending in a request to approve; the object is referred to as 本件',
    at: '2026-11-06 09:48:03',
    text: `鈴木様

お世話になっております。
お送りいただいた ID で両方のアカウントを確認できまして、本件は統合可能と判断いたしました。
ただし、実施すると取り消しはできかねますので、念のため、このまま進めて差し支えないか、ご返信にてお知らせいただけますと幸いです。

佐々木`,
  }),
  mk({
    slug: 'ja-conf-html-only',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'utf8b64',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'HTML-only consent request restating the pair and asking for approval',
    at: '2026-10-23 10:05:55',
    html: `<div style="font-family:Meiryo,sans-serif">
<p>田中様</p>
<p>いつもお世話になっております。</p>
<p>先にお知らせいただいた2件のうち、後者（${esc(MISAKI.src)}）を前者（${esc(MISAKI.keep)}）へまとめる形で承ります。</p>
<p>この処理は不可逆です。差し支えなければ、そのままで結構ですのでご承諾の旨をご返信ください。</p>
<p>AWS Training and Certification<br>小林</p>
</div>`,
  }),
  mk({
    slug: 'ja-conf-sjisb64-quoted',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'asks the customer to confirm proceeding after the voucher question was answered',
    at: '2026-12-04 11:21:48',
    text: `高橋様

バウチャーの件、承知しました。後者に移す形で手配します。
では、アカウントの統合そのものについて最終のご確認です。そちらを実施すると、大学のアドレスのアカウントは利用できなくなり、元に戻すこともできません。
ご同意いただけましたら、このメールにご返信ください。

山口

${outlookJa(`高橋 翔 <${SHO.keep}>`, '2026年12月3日 20:12', SUPPORT_BARE, formSubject(CASE.sho), `山口様

バウチャーは後者に移していただけると助かります。

高橋`)}`,
  }),
  mk({
    slug: 'ja-conf-either-way',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'consent request phrased without the word 確認: よろしければその旨ご返信を',
    at: '2026-11-07 08:10:00',
    text: `鈴木様

昨日お送りした内容につきまして、念のため改めてご連絡いたします。
前者のアカウントを後者へ移し、前者を閉じる処理は一度行うと戻せません。
それでよろしければ、一言その旨をお返事いただけますでしょうか。お返事をいただいた時点で作業に入ります。

中村`,
  }),
  mk({
    slug: 'ja-conf-mobile-style',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'utf88bit',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'asks consent, restating that the other account disappears; object only referred to as そちら',
    at: '2026-10-24 08:33:12',
    text: `田中様

ご返信ありがとうございます。
旧所属のアドレスの方は、統合後にはサインインできなくなります。そちらもご了承のうえで進めてよろしいでしょうか。
よろしければ、「はい」とだけご返信ください。

小林`,
  }),
  mk({
    slug: 'ja-conf-utf8qp-list',
    kind: 'confirmation_request',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'numbered consequences, then asks the customer to approve',
    at: '2026-12-04 09:15:27',
    text: `高橋様

ご依頼の件、以下の内容で実施いたします。
1. ${SHO.srcId} の認定と受験履歴を ${SHO.keepId} に移します
2. 移した後、${SHO.srcId} は無効になります
3. 上記は元に戻せません

これらにご同意いただけるかどうか、ご返信をお願いいたします。

AWS 認定サポート`,
  }),

  // ───────────── merge_completed (9) ─────────────
  mk({
    slug: 'ja-merge-done-today',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'ご依頼の件 (the merge, per the quote) was completed today',
    at: '2026-11-09 17:02:44',
    text: `鈴木様

お待たせいたしました。
ご依頼の件、本日対応が完了いたしました。
今後は ${KEN.keepId} のアカウントにサインインいただき、認定の一覧をご確認ください。

${sig('中村')}

${sfOriginal(KEN.keep, '2026/11/07 12:40', SUPPORT_BARE, formSubject(CASE.ken), `中村様

前者を後者へ統合することに同意します。
よろしくお願いします。

鈴木`)}`,
  }),
  mk({
    slug: 'ja-merge-both-one',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'both accounts are now one; the certifications of the latter now show in the former',
    at: '2026-10-27 13:40:00',
    text: `田中様

ご同意いただいた上記の件につきまして、作業が終わりましたのでご報告いたします。
2つのアカウントは1つになり、旧所属のアドレスで取得された認定は、個人のアカウントでご覧いただけるようになっております。

AWS Training and Certification
小林`,
  }),
  mk({
    slug: 'ja-merge-portal',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'utf8b64',
    from: CERT_PORTAL,
    to: shoTo,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    caseId: null,
    note: 'certification portal notice that the accounts were merged, no case ID',
    at: '2026-12-05 04:12:09',
    text: `高橋 翔 様

お客様の AWS 認定アカウントの統合処理が完了しました。
統合元のアカウントで取得された認定、および受験特典は、このメールの宛先のアカウントに移行されています。

AWS Certification`,
    html: `<p>高橋 翔 様</p><p>お客様の AWS 認定アカウントの統合処理が完了しました。</p><p>統合元のアカウントで取得された認定、および受験特典は、このメールの宛先のアカウントに移行されています。</p><p>AWS Certification</p>`,
  }),
  mk({
    slug: 'ja-merge-please-check',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'jisb64',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'completed, with a request to check that everything looks right: still merge_completed',
    at: '2026-12-05 10:30:18',
    text: `高橋様

お待たせしました。当該の2アカウントは、先ほど統合を終えました。
バウチャーも後者へ移してあります。
お手数ですが、サインインのうえ、認定と特典の表示に問題がないかご確認ください。

山口`,
  }),
  mk({
    slug: 'ja-merge-lookalike',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'utf8qp',
    from: 'AWS 認定サポート <support@aws-certification-jp.com>',
    to: kenTo,
    subject: `[CASE ${CASE.ken}] 統合完了のお知らせ`,
    caseId: CASE.ken,
    note: 'says the merge was completed but comes from a look-alike domain: untrusted',
    at: '2026-11-08 23:59:01',
    text: `鈴木様

ご依頼の件、統合が完了しました。
引き続きご利用いただくため、以下のページで再度サインインしてください。
https://aws-certification-jp.com/signin

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-merge-and-close',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    at: '2026-10-27 09:55:33',
    text: `田中様

同件、統合作業が完了しております。これにより、本ケースはクローズさせていただきます。
今後、何かございましたら新しいお問い合わせとしてご連絡ください。

小林`,
  }),
  mk({
    slug: 'ja-merge-former-gone',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'the former has been folded into the latter and is no longer usable',
    at: '2026-11-09 10:11:27',
    text: `鈴木様

お知らせです。前者（${KEN.srcId}）は、後者（${KEN.keepId}）へ統合済みとなりました。前者でのサインインは今後できません。
認定履歴は後者でご確認いただけます。

佐々木

${gmailJa(`2026年11月7日(土) 12:40 ${KEN.ja} <${KEN.keep}>`, '', `同意します。進めてください。`)}`,
  }),
  mk({
    slug: 'ja-merge-utf88-polite',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'utf88bit',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'こちらの作業 (the merge) is finished; the kept account now carries both histories',
    at: '2026-12-05 09:01:00',
    text: `高橋様

先日ご承諾いただいたこちらの作業、本日午前に完了いたしました。
現在お使いのアカウントには、学生時代の受験履歴もあわせて表示されているはずです。

AWS 認定サポート 山口`,
  }),
  mk({
    slug: 'ja-merge-mixed-en-header',
    kind: 'merge_completed',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'mixed-language: English greeting, Japanese new text saying the two are now one',
    at: '2026-10-26 18:45:10',
    text: `Dear Misaki,

ご依頼いただいていた件、それらは一つのアカウントになりました。
今後は ${MISAKI.keep} でサインインしてください。

Best regards,
AWS Training and Certification`,
  }),

  // ───────────── badges_transferred (8) ─────────────
  mk({
    slug: 'ja-badge-credly-issue',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'utf8b64',
    from: CREDLY_AWS,
    to: kenTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    caseId: null,
    note: "AWS's badge issued via Credly to the kept address",
    at: '2026-11-10 02:14:33',
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。
こちらを受け取るには、下のボタンをクリックしてください。

バッジを入手する
https://www.credly.com/earner/earned/badge/5d2c1e0a-7f3b-4b8e-9a51-3c6d2f1e8b70

Credly`,
    html: `<p>鈴木 健一 様</p><p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。</p><p>こちらを受け取るには、下のボタンをクリックしてください。</p><p><a href="https://www.credly.com/earner/earned/badge/5d2c1e0a-7f3b-4b8e-9a51-3c6d2f1e8b70">バッジを入手する</a></p><p>Credly</p>`,
  }),
  mk({
    slug: 'ja-badge-support-moved',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'support says the badges the customer pointed out have been moved to the kept account',
    at: '2026-10-29 15:20:08',
    text: `田中様

ご指摘いただいたバッジにつきまして、こちらで調査し、残されたアカウントへ移しました。
Credly 側でも、そちらが個人のアドレスに紐づいていることを確認しております。

小林

${gmailJa(`2026年10月28日(水) 19:02 ${MISAKI.ja} <${MISAKI.keep}>`, '', `小林様

統合ありがとうございました。
ただ、Credly のバッジがまだ旧所属のアドレスの方に残っているようです。
こちらも移していただくことは可能でしょうか。`)}`,
  }),
  mk({
    slug: 'ja-badge-lookalike-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'utf8qp',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: shoTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    caseId: null,
    note: 'badge mail from credIy.com (capital I): look-alike, untrusted',
    at: '2026-12-05 22:41:50',
    text: `高橋 翔 様

統合されたアカウントに、AWS のバッジが移行されました。
それを受け取るには、24時間以内に下のリンクからサインインしてください。

バッジを入手する
https://credIy.com/accept?id=88213`,
  }),
  mk({
    slug: 'ja-badge-and-close',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'support announces the badges moved and that it is closing the case: badges_transferred',
    at: '2026-11-12 11:09:40',
    text: `鈴木様

前回お問い合わせのあったバッジの件、当該の3つは ${KEN.keep} のCredlyアカウントへ移行いたしました。
以上をもちまして、本ケースはクローズとさせていただきます。

中村`,
  }),
  mk({
    slug: 'ja-badge-credly-jis',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'jisb64',
    from: CREDLY_AWS,
    to: misTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    caseId: null,
    note: 'Credly issues the AWS badge to the kept address after the merge',
    at: '2026-10-30 06:02:17',
    text: `田中 美咲 様

おめでとうございます。AWS Certified Developer - Associate のデジタルバッジが届いています。
下記からそちらを受け取り、プロフィールに表示しましょう。

バッジを入手する: https://www.credly.com/earner/earned/badge/9a0b7c4d-2e11-4f56-8c3a-b1d2e3f4a5b6

このメールは Credly から送信されています。`,
  }),
  mk({
    slug: 'ja-badge-latter-too',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'utf8b64',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'former (certifications) were moved earlier; now the latter (badges) moved as well',
    at: '2026-12-07 14:33:05',
    text: `高橋様

先日は認定の移行のみとなっておりましたが、後者のバッジについても、本日現在のアカウントへ移しました。
Credly にサインインのうえ、それらが表示されているかご覧ください。

山口`,
  }),
  mk({
    slug: 'ja-badge-sjisb64-short',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'short: the ones you mentioned (badges) now sit on the kept account',
    at: '2026-10-29 09:44:00',
    text: `田中様

お申し出のあった分は、すべて個人のアドレスのCredlyへ移し終えました。
バッジの一覧に反映されるまで、数時間かかる場合がございます。

小林`,
  }),
  mk({
    slug: 'ja-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'ja',
    enc: 'utf8qp',
    from: CREDLY_AWS,
    to: shoTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    caseId: null,
    note: 'HTML-only Credly issuance of an AWS badge',
    at: '2026-12-07 23:10:09',
    html: `<table width="600"><tr><td>
<p>高橋 翔 様</p>
<p>Amazon Web Services Training and Certification が、あなたに AWS Certified Cloud Practitioner のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b">バッジを入手する</a></p>
<p>Credly, Inc.</p>
</td></tr></table>`,
  }),

  // ───────────── case_closed (8) ─────────────
  mk({
    slug: 'ja-closed-plain',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'jis7',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: `ケース ${CASE.ken} はクローズされました`,
    caseId: CASE.ken,
    note: 'support notification that the case has been closed',
    at: '2026-11-13 00:05:12',
    text: `${KEN.ja} 様

上記のケースは解決済みとしてクローズされました。
こちらについて引き続きお問い合わせがある場合は、ケースを再度開くことができます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-autoclose-reminder',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'reminder that the case will close automatically without a reply',
    at: '2026-12-10 09:00:00',
    text: `高橋様

先日お送りした件について、その後いかがでしょうか。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。
問題が解決していない場合は、このメールにご返信ください。

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-closed-restates-merge',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    trap: true,
    note: 'closing that only restates the earlier merge (先週統合済み): case_closed',
    at: '2026-11-03 10:00:48',
    text: `田中様

先週統合が完了しております同件につき、その後ご連絡がございませんでしたので、本ケースはクローズいたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-misaligned',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'utf8b64',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: `ケース ${CASE.ken} のクローズについて`,
    caseId: CASE.ken,
    auth: 'misaligned',
    note: 'closing notice but DKIM signed by an unrelated bulk domain, dmarc=fail: untrusted',
    at: '2026-11-13 03:22:41',
    text: `鈴木様

上記のお問い合わせは、解決済みとしてクローズしました。
本件に関するアンケートへのご協力と、アカウント情報の再登録をお願いします。
https://aws-case-feedback.example.net/r/${CASE.ken}`,
  }),
  mk({
    slug: 'ja-closed-jisb64-resolved',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'jisb64',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'the case is marked resolved after no reply; the merge itself is not mentioned',
    at: '2026-12-17 09:01:03',
    text: `高橋様

ご返信がございませんでしたので、当該ケースは解決済みとさせていただきました。
そちらについて再度ご相談がある場合は、このメールにご返信いただければケースが再開されます。

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-closed-html-notify',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'utf8b64',
    from: AWS_SUPPORT,
    to: misTo,
    subject: `AWS サポート ケース ${CASE.misaki} が解決されました`,
    caseId: CASE.misaki,
    note: 'HTML-only: the support case was resolved and closed',
    at: '2026-11-03 10:05:00',
    html: `<div><p>田中 美咲 様</p><p>ケース ${CASE.misaki} のステータスが「解決済み」に変更されました。</p><p>こちらのケースに関してご不明な点がある場合は、サポートセンターから再度開くことができます。</p><p>Amazon Web Services</p></div>`,
  }),
  mk({
    slug: 'ja-closed-three-days',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'will be closed in 3 days if no reply; refers back to the earlier message as 上記',
    at: '2026-11-11 08:30:20',
    text: `鈴木様

上記のご案内から数日が経過しておりますが、お変わりございませんでしょうか。
3日以内にご返信がない場合は、本件を終了とさせていただきます。

中村`,
  }),
  mk({
    slug: 'ja-closed-restate-badges',
    kind: 'case_closed',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    trap: true,
    note: 'closing that restates earlier merge and badge move (既にお伝えした通り): case_closed',
    at: '2026-12-14 10:10:10',
    text: `高橋様

既にお伝えした通り、前者・後者の統合とバッジの移行はいずれも済んでおりますので、本ケースをクローズいたします。
ご利用ありがとうございました。

山口`,
  }),

  // ───────────── support_reply (9) ─────────────
  mk({
    slug: 'ja-sr-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    trap: true,
    note: 'thanks for confirming, passed to the team: support_reply',
    at: '2026-11-07 13:02:55',
    text: `鈴木様

ご同意いただきありがとうございます。
こちらの内容を担当チームへ引き継ぎました。作業が済み次第、改めてご連絡いたします。

中村

${sfOriginal(KEN.keep, '2026/11/07 12:40', SUPPORT_BARE, formSubject(CASE.ken), `同意します。進めてください。`)}`,
  }),
  mk({
    slug: 'ja-sr-former-done-latter-not',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    trap: true,
    note: 'status: the former (certifications, moved earlier) is done, the latter (badges) is not yet; no new event',
    at: '2026-10-28 17:15:31',
    text: `田中様

お問い合わせの2点について、状況をご報告します。
前者は先日お伝えした通り移行済みです。後者はまだで、現在 Credly 側と調整しております。
進展がありましたら、こちらからご連絡いたします。

小林`,
  }),
  mk({
    slug: 'ja-sr-future-merge',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'utf8qp',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    trap: true,
    note: 'future: once the merge is done we will tell you (完了しましたら): support_reply',
    at: '2026-12-04 15:40:00',
    text: `高橋様

ご承諾ありがとうございます。
本件は現在作業中です。統合が完了しましたら、改めてこちらのメールでお知らせいたします。
通常、数日程度お時間をいただいております。

山口`,
  }),
  mk({
    slug: 'ja-sr-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'jisb64',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    trap: true,
    note: 'negated: the merge has not been completed yet, still in progress',
    at: '2026-11-08 16:48:00',
    text: `鈴木様

お問い合わせありがとうございます。
ご依頼の件ですが、現時点ではまだ完了しておりません。担当チームで処理を進めておりますので、もう少々お待ちください。

佐々木

${gmailJa(`2026年11月8日(日) 11:02 ${KEN.ja} <${KEN.keep}>`, '', `その後いかがでしょうか。まだ2つのままのようです。`)}`,
  }),
  mk({
    slug: 'ja-sr-dup-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'utf8b64',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.kenDup),
    caseId: CASE.kenDup,
    trap: true,
    note: 'duplicate support CASES were merged, not the accounts',
    at: '2026-11-04 09:30:29',
    text: `鈴木様

同件で2つのケースをお送りいただいておりましたので、こちらのケース（${CASE.kenDup}）は ${CASE.ken} に統合いたしました。
今後のやり取りは後者でお願いいたします。アカウントの統合については、引き続きそちらで対応します。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'sjisb64',
    from: SUPPORT,
    to: `${MISAKI.ja} <${MISAKI.src}>`,
    cc: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    note: 'asks the customer to write from the address they keep, without asking for data',
    at: '2026-10-20 08:12:30',
    text: `田中様

セキュリティ上の理由により、本件のやり取りは残されるアカウントのメールアドレスからお願いしております。
お手数ですが、そちらのアドレスからこのメールにご返信ください。

小林`,
  }),
  mk({
    slug: 'ja-sr-escalated',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'jis7',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'escalation: the request below was handed to a specialist team',
    at: '2026-12-02 10:02:19',
    text: `高橋様

下記のご依頼につきまして、専門の部署で確認が必要なため、そちらへエスカレーションいたしました。
回答まで数営業日いただく見込みです。

山口

${quote(SHO_REQ)}`,
  }),
  mk({
    slug: 'ja-sr-unable',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'utf88bit',
    from: SUPPORT,
    to: misTo,
    subject: formSubject(CASE.misaki),
    caseId: CASE.misaki,
    trap: true,
    note: 'we are unable to merge those two as things stand (names differ): negated, support_reply',
    at: '2026-10-21 14:14:14',
    text: `田中様

大変申し訳ございませんが、現状のままではそれらを統合することができかねます。
前者と後者で登録氏名の綴りが異なっており、同一の方であることが確認できないためです。
プロフィールの氏名をそろえていただいた後であれば、改めて対応可能です。

小林`,
  }),
  mk({
    slug: 'ja-sr-gmail-display-spoof',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'utf8qp',
    from: 'AWS Training and Certification <aws.tc.support.jp@gmail.com>',
    to: kenTo,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    note: 'trusted display name on a free-mail address: untrusted status message',
    at: '2026-11-08 20:20:20',
    text: `鈴木様

ご依頼の件、担当者が変更となりました。
今後は本アドレス宛てにご連絡ください。

AWS サポート`,
  }),

  // ───────────── unrelated (9) ─────────────
  mk({
    slug: 'ja-unrel-own-consent',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'jis7',
    from: kenTo,
    to: SUPPORT,
    subject: formSubject(CASE.ken),
    caseId: CASE.ken,
    trap: true,
    note: "the user's own consent reply (Sent copy): unrelated, untrusted",
    at: '2026-11-07 12:40:11',
    rest: { deliveredTo: KEN.keep, rcpt: KEN.keep },
    text: `中村様

ご連絡ありがとうございます。
上記の内容で問題ありません。前者を後者へ統合することに同意します。
よろしくお願いいたします。

鈴木 健一

${quote(`鈴木様\n\nお待たせいたしました。確認が取れましたので、下記の内容で進めてよろしいかご確認ください。`)}`,
  }),
  mk({
    slug: 'ja-unrel-refund-done',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'sjis8',
    from: SUPPORT,
    to: kenTo,
    subject: `RE:[CASE ${CASE.kenRefund}] [AWS Training and Certification Form Submission] - 受験料の返金について`,
    caseId: CASE.kenRefund,
    trap: true,
    note: "another case's reply: ご依頼の件 is an exam-fee refund that was completed",
    at: '2026-11-15 11:11:00',
    text: `鈴木様

ご依頼の件、本日対応が完了いたしました。
キャンセルされた試験の受験料につきまして、ご登録のクレジットカードへの返金手続きを行っております。反映までは1、2週間ほどかかる場合がございます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-unrel-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'utf8b64',
    from: 'AWS Certification <no-reply@aws.training>',
    to: misTo,
    subject: 'AWS 認定試験の結果が確定しました',
    caseId: null,
    trap: true,
    note: 'exam result mail: "it is completed / passed" is about an exam, not the merge',
    at: '2026-11-20 06:30:00',
    text: `田中 美咲 様

先日受験いただいた試験のスコアレポートが確定しました。
そちらは合格となっております。おめでとうございます。
認定のデジタルバッジは、数日以内に Credly から届きます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-unrel-ms-badge',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'utf8qp',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: shoTo,
    subject: 'Microsoftのバッジ発行のお知らせ',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (Microsoft): unrelated',
    at: '2026-12-06 08:15:44',
    text: `高橋 翔 様

Microsoft から Azure Fundamentals のバッジが発行されました。
こちらを受け取るには下のボタンを押してください。

バッジを入手する
https://www.credly.com/earner/earned/badge/0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f`,
  }),
  mk({
    slug: 'ja-unrel-survey',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'jisb64',
    from: 'AWS Support Survey <aws-survey@amazon.com>',
    to: misTo,
    subject: 'サポートについてのアンケートのお願い',
    caseId: CASE.misaki,
    trap: true,
    note: 'survey about the closed case: unrelated',
    at: '2026-11-04 12:00:00',
    text: `田中 美咲 様

先日クローズされたケース（${CASE.misaki}）について、お伺いします。
そちらの問題は解決しましたか？ 対応の満足度を5段階でお聞かせください。
https://survey.amazon.example/aws-tc?c=${CASE.misaki}`,
  }),
  mk({
    slug: 'ja-unrel-ooo-colleague',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'sjisb64',
    from: '斎藤 誠 <m.saito@corp-b.example.jp>',
    to: misTo,
    subject: '自動応答: 認定アカウントの統合が完了しました（転送）',
    caseId: null,
    trap: true,
    note: "a colleague's out-of-office auto-reply quoting a merge subject",
    at: '2026-10-27 14:01:09',
    rest: { extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'] },
    text: `お疲れ様です。斎藤です。
11月4日まで休暇をいただいております。
ご連絡いただいた件は、戻り次第確認いたします。お急ぎの場合は総務部までお願いします。`,
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'utf8b64',
    from: 'Credly <admin@credly.com>',
    to: kenTo,
    subject: 'Credly アカウントの統合を完了してください',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code mail: unrelated",
    at: '2026-11-11 21:40:02',
    text: `Credly アカウントの統合リクエストを受け付けました。
そちらを完了するには、次の確認コードを入力してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unrel-exam-booking',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'jis7',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>',
    to: shoTo,
    subject: '試験予約の確認: AWS Certified Solutions Architect - Associate',
    caseId: null,
    trap: true,
    note: 'test vendor booking confirmation: unrelated',
    at: '2026-12-08 19:00:00',
    text: `高橋 翔 様

ご予約の件、下記の通り確定しました。
試験日: 2027年1月16日 10:00
会場: オンライン監視
変更やキャンセルは、試験日の24時間前まで可能です。`,
  }),
  mk({
    slug: 'ja-unrel-forward-colleague',
    kind: 'unrelated',
    lang: 'ja',
    enc: 'utf8qp',
    from: misTo,
    to: '上司 <bucho@corp-b.example.jp>',
    subject: 'Fw: RE:[CASE 1776203358841] [AWS Training and Certification Form Submission] - account-assistance',
    caseId: CASE.misaki,
    trap: true,
    notForUser: true,
    note: "the user's own forward of the completion notice to her manager: unrelated, not for the user",
    at: '2026-10-27 14:00:30',
    text: `部長

下記の通り、認定アカウントの件は完了したとのことです。ご報告まで。

田中

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年10月27日(火) 9:55
Subject: ${formSubject(CASE.misaki)}

田中様

同件、統合作業が完了しております。これにより、本ケースはクローズさせていただきます。`,
  }),
];

export const JA_EXTRA: Msg[] = [
  mk({
    slug: 'ja-ai-resent-team',
    kind: 'ai_answer',
    lang: 'ja',
    enc: 'jis7',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: 'Re: 認定アカウントの統合（AI による自動回答）',
    caseId: null,
    notForUser: true,
    note: 'AI answer redirected to the old company helpdesk (Resent-*): not for the user; the hop above it still passes for amazon.com',
    at: '2026-11-02 21:12:00',
    rest: { resent: { from: 'postmaster@oldcorp2.example.co.jp', to: 'it-helpdesk@oldcorp2.example.co.jp', date: 'Mon, 2 Nov 2026 21:15:00 +0900' } },
    auth: 'pass',
    text: `自動回答です。

そちらのご質問については、「Merge Accounts」ツールで前者のアカウントを後者に取り込めます。
両方に認定がある場合はサポートへケースを作成してください。`,
  }),
  mk({
    slug: 'ja-sr-paras-html',
    kind: 'support_reply',
    lang: 'ja',
    enc: 'utf8b64',
    from: SUPPORT,
    to: shoTo,
    subject: formSubject(CASE.sho),
    caseId: CASE.sho,
    note: 'HTML status reply: received the information, checking it',
    at: '2026-12-03 09:02:30',
    html: paras(`高橋様

ご返信ありがとうございます。
お送りいただいた情報をもとに、当該アカウントを確認しております。結果が出ましたらご連絡いたします。

山口`),
  }),
];
