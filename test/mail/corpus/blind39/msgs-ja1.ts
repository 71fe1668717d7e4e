// Japanese messages, part 1: receipts, automated answers, requests, consent requests, completions.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  type Spec, FORM, FORM_JA, NOREPLY, CASES, PORTAL, PORTAL2, CERTMETRICS, formSubject, formSubjectBare,
  MISAKI as MI, KENJI as KE, AYA, SHO, ja, jaSrc, C, q, sfBlockJa, sfBlock, olJa, gmJa, ref, html,
} from './common.js';

const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const MISAKI_ASK = `AWS認定アカウントが2つあり、1つにまとめていただきたくご連絡しました。
残す方: ${MI.keepId} / ${MI.keep}
まとめる方: ${MI.srcId} / ${MI.src}
前職のアドレスで取ったSAAのバッジがCredlyで個人アカウントに出てきません。
中村 美咲`;

const KENJI_ASK = `お世話になります、小林です。
SIer時代の会社アドレス（${KE.src}）で作った認定アカウントの資格を、
個人アドレスのアカウントへ移したいです。Credlyのバッジも同様にお願いできればと。`;

const AYA_ASK = `大学のメールで受験した Cloud Practitioner と、個人メールで受験した Developer Associate を同じアカウントに統合してほしいです。
大学アドレスは卒業で使えなくなります。`;

export const JA1: Msg[] = [
  // ================= acknowledgement =================
  j({
    slug: 'ack-misaki-notify-jis',
    kind: 'acknowledgement',
    caseId: C.misaki,
    note: 'AWS Support case-opened notice with the case ID in subject and body; nothing asked yet',
    from: NOREPLY,
    to: MI.keep,
    subject: `[ケース ${C.misaki}] サポートケースが作成されました`,
    date: d('2026-03-02 01:14:09', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

AWS トレーニングと認定 サポートセンターです。
ケース ${C.misaki} を次の内容で登録しました。

　件名　　　: 認定アカウントのマージ / Credly バッジ
　カテゴリー: 認定 > アカウントの統合
　重要度　　: 一般的なご質問

担当エンジニアが内容を拝見し、おおむね 1 営業日以内にご案内をお送りします。
ケースの更新はサポートセンターのケース詳細ページ、またはこのケースの返信メールでご確認いただけます。

※本メールは配信専用です。

Amazon Web Services, Inc.`,
  }),
  j({
    slug: 'ack-kenji-body-only-sjis',
    kind: 'acknowledgement',
    caseId: C.kenji,
    note: 'receipt with no case ID in the subject; the number only appears in the body (Shift_JIS base64)',
    from: FORM_JA,
    to: ja(KE),
    subject: 'お問い合わせを承りました - AWS トレーニングと認定',
    date: d('2026-04-06 22:31:40', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `小林 健二 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ご連絡は確かに承りました。受付番号 ${C.kenji} にて、担当部署が順に確認を進めます。

回答までの目安は 24 時間ですが、お問い合わせが集中している場合はもう少々お時間を頂くことがあります。
同じご用件で新たにフォームを送信されますと、かえって回答が遅れますのでご注意ください。

AWS Training and Certification Customer Support`,
  }),
  j({
    slug: 'ack-aya-html-only',
    kind: 'acknowledgement',
    caseId: C.aya,
    note: 'HTML-only case receipt (UTF-8 QP) with case ID and expected response time',
    from: CASES,
    to: ja(AYA),
    subject: `AWS サポート ケース ${C.aya} を受け付けました`,
    date: d('2026-01-19 11:02:51', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`渡辺 彩 様

お問い合わせをいただきありがとうございます。以下のケースを受け付けました。

ケース ID: ${C.aya}
サービス: AWS Training and Certification
ご用件: 認定アカウントの統合

通常 24 時間以内に、担当者からこのメールアドレス宛てにご連絡します。
それまでの間、同じ内容のケースを追加で作成しないようお願いいたします。

AWS サポート`),
  }),
  j({
    slug: 'ack-sho-echo-fields-jisb64',
    kind: 'acknowledgement',
    trap: true,
    caseId: C.sho,
    note: 'receipt that echoes the submitted merge request and both candidate IDs; it asks nothing and merges nothing',
    from: NOREPLY,
    to: jaSrc(SHO),
    cc: ja(SHO),
    subject: `AWS サポート: ケース ${C.sho} の受付確認`,
    date: d('2025-11-10 08:45:03', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 翔 様

フォームの送信内容を受け付けました（ケース ${C.sho}）。

-- ご入力内容 --
氏名: 伊藤 翔
会社名: Example Bank
AWS 候補者 ID: ${SHO.srcId}
お問い合わせ内容: 銀行のアドレスで作った認定アカウント ${SHO.srcId} を、個人の ${SHO.keepId} に統合してください。統合後は Credly のバッジも個人側で見たいです。
------------------

内容を確認後、担当者よりご連絡いたします。しばらくお待ちください。

AWS Training and Certification`,
  }),
  j({
    slug: 'ack-misaki-forged-below',
    kind: 'acknowledgement',
    trusted: false,
    caseId: C.misaki2,
    note: 'receipt of a badge follow-up case, but the only dmarc=pass sits below the server\'s Received line (forged): untrusted',
    from: FORM,
    to: MI.keep,
    subject: `[CASE ${C.misaki2}] お問い合わせ受付のお知らせ`,
    date: d('2026-03-20 19:20:44', '+0900'),
    auth: 'forgedBelow',
    enc: 'utf8b64',
    text: `中村様

このたびはお問い合わせいただきありがとうございます。
ケース番号 ${C.misaki2} として登録いたしました。順番にご案内しておりますので、今しばらくお待ちください。

AWS トレーニングと認定 サポートチーム`,
  }),
  j({
    slug: 'ack-kenji-bilingual-b64',
    kind: 'acknowledgement',
    caseId: C.kenjiDup,
    note: 'bilingual receipt (Japanese first, English boilerplate under it) for a second case; says nothing beyond the receipt',
    from: FORM,
    to: KE.keep,
    subject: `[CASE ${C.kenjiDup}] We have received your inquiry / お問い合わせを受け付けました`,
    date: d('2026-04-07 07:12:18', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 健二 様

お問い合わせありがとうございます。ケース ${C.kenjiDup} を作成しました。担当から追ってご連絡します。

--
Thank you for contacting AWS Training and Certification. Your case ${C.kenjiDup} has been created and an agent will respond within 24 hours.
Please do not submit the same request again, as duplicate cases slow down our response.`,
  }),
  j({
    slug: 'ack-aya-topicless-lf',
    kind: 'acknowledgement',
    caseId: C.aya2,
    note: 'short receipt for a new case that names no topic: read as what it looks like (LF line ends)',
    from: NOREPLY,
    to: ja(AYA),
    subject: `ケース ${C.aya2} が登録されました`,
    date: d('2026-02-10 03:55:00', '+0000'),
    auth: 'dkimonly',
    enc: 'jis7',
    crlf: false,
    text: `お問い合わせいただいた内容をケース ${C.aya2} として登録しました。
担当者が確認し次第、登録のメールアドレスへご連絡いたします。

ケースの状況はサポートセンターからいつでもご覧いただけます。

アマゾン ウェブ サービス ジャパン`,
  }),

  // ================= ai_answer =================
  j({
    slug: 'ai-misaki-merge-tool-jis',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer from the contact form pointing to the self-service Merge Accounts tool before a case exists',
    from: NOREPLY,
    to: MI.keep,
    subject: 'AWS トレーニングと認定: お問い合わせに関する自動回答',
    date: d('2026-03-02 01:09:30', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI により自動で作成されました。内容に誤りが含まれる可能性があります。

ご質問: 認定アカウントを 1 つにまとめたい

AWS 認定アカウントの統合は、多くの場合お客様ご自身で行えます。
1. AWS 認定アカウントにサインインします。
2. プロフィール メニューから「アカウントの統合 (Merge Accounts)」を開きます。
3. 統合したいもう一方のアカウントのログイン情報を入力し、画面の案内に従います。

両方のアカウントに認定履歴がある場合、このツールは使用できません。その際はお問い合わせフォームからケースを作成してください。
Credly のデジタルバッジは、統合後に Credly 上で改めて受け取りの手続きが必要になることがあります。

この回答で解決しましたか？　[はい]　[いいえ、ケースを作成する]`,
  }),
  j({
    slug: 'ai-kenji-credly-hint-sjis8',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'automated suggestion: merge first, then claim the badge on Credly; it explains badges without any having moved',
    from: 'AWS トレーニングと認定 (自動応答) <no-reply-aws@amazon.com>',
    to: KE.keep,
    subject: '【自動案内】Credly のデジタルバッジが表示されない場合',
    date: d('2026-04-06 13:20:02', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林 様

お問い合わせ内容から、関連の高いご案内を自動でお送りしています。

■ Credly にバッジが表示されないとき
同じメールアドレスに複数の AWS 認定アカウントが紐づいていると、バッジが Credly に届かないことがあります。
先に認定アカウントを統合し、そのあと Credly でバッジを受け取ってください。
統合の手続きは、認定アカウントのプロフィール画面から行えます。

■ それでも解決しない場合
このメールには返信できません。お手数ですが、お問い合わせフォームから「ケースを作成」を選択してください。

※このご案内は自動生成されたものです。`,
  }),
  j({
    slug: 'ai-aya-html-generated',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only generated answer from the support portal describing the Merge Accounts tool and when to open a case',
    from: NOREPLY,
    to: AYA.keep,
    subject: 'お問い合わせありがとうございます（自動生成された回答）',
    date: d('2026-01-19 01:58:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: html(`渡辺 彩 様

入力いただいたご質問に対し、AI が作成した回答をお届けします。

認定アカウントを統合すると、試験履歴・認定・特典（次回受験の 50% 割引など）が残すアカウントにまとまります。
「Merge Accounts」ツールは、統合元のアカウントに認定がない場合にのみご利用いただけます。
両方に認定がある場合は、カスタマーサポートへのケース作成が必要です。

この回答がお役に立たなかった場合は、下のボタンから担当者へお問い合わせください。

[担当者に問い合わせる]`),
  }),
  j({
    slug: 'ai-sho-q-mixed-b64',
    kind: 'ai_answer',
    caseId: null,
    note: 'Amazon Q style automated reply, Japanese with English UI strings; suggests self-service steps',
    from: 'Amazon Q (AWS Support) <no-reply-aws@amazon.com>',
    to: SHO.keep,
    subject: 'Amazon Q からの回答: 認定アカウントの統合について',
    date: d('2025-11-10 08:31:47', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Amazon Q がお問い合わせ内容を分析し、次の手順を提案します。

• AWS Certification Account → Profile → "Merge Accounts"
• 統合元アカウントの Email / Password を入力
• 統合後、Credly の "Accept badge" からバッジを受け取る

Note: This answer was generated automatically and may not reflect your account.
解決しない場合は "Continue to create case" を選んで、担当者にお問い合わせください。`,
  }),
  j({
    slug: 'ai-misaki-misaligned',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'automated answer text but DKIM passes only for an unrelated bulk-mail domain and dmarc fails: untrusted',
    from: NOREPLY,
    to: MI.keep,
    subject: '自動回答: 認定バッジの移行について',
    date: d('2026-03-19 12:00:03', '+0000'),
    auth: 'misaligned',
    enc: 'jisb64',
    text: `このメッセージは自動的に作成されました。

統合前のアカウントで取得したバッジは、統合処理が終わったあとに新しいアドレスへ改めて発行されるのが一般的です。
バッジ発行のお知らせメールが届かない場合は、Credly の設定画面で、統合先のメールアドレスが登録・確認済みかどうかをご確認ください。

このご案内で解決しない場合は、担当者へのお問い合わせにお進みください。`,
  }),
  j({
    slug: 'ai-kenji-suggested-articles-dkimparent',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatic list of suggested help articles while the case is not yet created (DKIM aligned through the parent domain)',
    from: 'AWS Training and Certification <no-reply@support.aws.amazon.com>',
    to: KE.keep,
    subject: 'おすすめの解決方法をお送りします',
    date: d('2026-04-06 13:18:55', '+0000'),
    auth: 'dkimParent',
    enc: 'utf8qp',
    text: `小林 健二 様

ご入力の内容に近い、よく読まれているヘルプ記事を自動で選びました。

1) 重複した AWS 認定アカウントをまとめる方法
2) Credly にバッジが届かない・表示されない
3) 認定アカウントのメールアドレスを変更するには

いずれも解決しない場合は「ケースを作成」に進むと、担当者が個別に対応します。
（この案内は自動送信です）`,
  }),
  j({
    slug: 'ai-aya-after-merge-explains-sjisb64',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'AI answer that explains what happens after a merge (badges re-issued, benefits move); still an automated suggestion',
    from: NOREPLY,
    to: ja(AYA),
    subject: '生成 AI による回答: 統合後の認定とバッジ',
    date: d('2026-01-19 02:03:40', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `AI アシスタントの回答です。

統合が終わると、統合元の試験履歴と認定は残すアカウントに表示され、Credly のバッジは残すアカウントのメールアドレスへ発行し直されます。
特典のバウチャーも同様に移ります。
ただし、この処理はお客様のケースではまだ行われていません。統合をご希望の場合はケースを作成してください。

役に立ちましたか？ はい / いいえ`,
  }),

  // ================= info_request =================
  j({
    slug: 'info-misaki-both-ids-which-keep',
    kind: 'info_request',
    caseId: C.misaki,
    note: 'support asks for both candidate IDs, login e-mails and which account to keep',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-03 10:41:15', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

AWS トレーニングと認定 カスタマーサポートの森田です。
アカウントの統合につきまして、手続きを進めるために以下の情報が必要です。

・両アカウントの AWS 候補者 ID（AWS から始まる番号）
・それぞれのサインインに使っているメールアドレス
・どちらのアカウントを残すご希望か

お手数をおかけしますが、本メールへの返信でお送りください。

森田
AWS Training and Certification

${ref('9Xq2Lm01')}

${sfBlockJa(MI.keep, '2026/03/02 10:14', 'aws-cs-trainingcertification-form@amazon.com', formSubjectBare(C.misaki), MISAKI_ASK)}`,
  }),
  j({
    slug: 'info-kenji-badge-email-sjis8',
    kind: 'info_request',
    caseId: C.kenji,
    note: 'asks which e-mail the Credly badges were issued to and the Credly profile URL, phrased as 教えていただけますか',
    from: FORM,
    to: ja(KE),
    subject: formSubject(C.kenji),
    date: d('2026-04-07 16:05:29', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林様

ご連絡ありがとうございます、担当の佐伯です。
Credly 側の状況を調べるにあたり、旧アカウントのバッジが発行されたメールアドレス（Credly の「Settings > Account」に表示されているもの）と、Credly のプロフィール URL を教えていただけますか。
あわせて、統合後にどちらの候補者 ID を残したいかも一言添えていただけると助かります。

佐伯
AWS トレーニングと認定

${q(KENJI_ASK)}`,
  }),
  j({
    slug: 'info-aya-gokakunin-address-b64',
    kind: 'info_request',
    trap: true,
    caseId: C.aya,
    note: 'uses 確認 but asks the customer to tell which address to keep: an information request, not a consent request',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya),
    date: d('2026-01-20 09:12:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `渡辺 彩 様

お問い合わせの件、承知しました。
統合後に残すメールアドレスは ${AYA.keep} でお間違いないか、ご確認のうえお知らせください。大学のアドレス（${AYA.src}）側の候補者 ID も分かれば併記をお願いします。

AWS トレーニングと認定 サポート
中川

${gmJa('2026年1月19日(月) 11:01', `渡辺 彩 <${AYA.keep}>`, AYA_ASK)}`,
  }),
  j({
    slug: 'info-sho-write-from-keep-plus-ids-jisb64',
    kind: 'info_request',
    caseId: C.sho,
    note: 'asks the customer to reply from the kept address AND to include both candidate IDs',
    from: FORM_JA,
    to: SHO.src,
    subject: formSubject(C.sho),
    date: d('2025-11-11 14:27:33', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤 翔 様

ご依頼ありがとうございます。
セキュリティ上の理由から、統合先（残す側）のメールアドレス ${SHO.keep} から、このケースにご返信をお願いしております。
その際、両方のアカウントの候補者 ID と、それぞれの認定（名称と取得日）を本文に記載してください。

何卒よろしくお願い申し上げます。
AWS Training and Certification カスタマーサポート 石田`,
  }),
  j({
    slug: 'info-misaki-credly-screenshot-outlook',
    kind: 'info_request',
    caseId: C.misaki2,
    note: 'badge follow-up: asks for a screenshot of the Credly dashboard and the e-mail list; Outlook quote block below',
    from: FORM,
    to: ja(MI),
    subject: formSubject(C.misaki2),
    date: d('2026-03-21 11:30:10', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

お待たせしております。バッジの件、Credly 側の記録を照合したいので、
Credly にサインインした状態のダッシュボード画面と、Settings の「Email」欄（登録済みアドレスの一覧）のスクリーンショットを添付してご返信いただけますでしょうか。
個人情報が気になる部分は隠していただいて構いません。

AWS トレーニングと認定 サポート　山内

${olJa(`中村 美咲 <${MI.keep}>`, '2026年3月20日 19:18', 'aws-cs-trainingcertification-form@amazon.com', `Re: [CASE ${C.misaki}] アカウント統合`, `統合ありがとうございました。ただ、Credly を見ても SAA のバッジがまだ旧アドレスの方にあるようです。\nどうすればよいでしょうか。`)}`,
  }),
  j({
    slug: 'info-kenji-forged-lookalike-password',
    kind: 'info_request',
    trusted: false,
    caseId: C.kenji,
    note: 'look-alike domain (amazon-certification-support.com) asking for the Credly password: a forgery of an information request',
    from: 'AWS トレーニングと認定 <support@amazon-certification-support.com>',
    to: KE.keep,
    subject: `RE:[CASE ${C.kenji}] バッジ移行のための本人確認`,
    date: d('2026-04-08 03:44:10', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

バッジの移行を行うため、本人確認が必要です。
Credly のサインイン用メールアドレスとパスワード、および認定アカウントのパスワードを 48 時間以内にご返信ください。
期限を過ぎますと、統合手続きは取り消されます。

AWS サポート`,
  }),
  j({
    slug: 'info-aya-cert-list-gmail-thread-jis',
    kind: 'info_request',
    caseId: C.aya,
    note: 'second request in a long Gmail thread: asks for the certification names and pass dates on the university account',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya),
    date: d('2026-01-21 15:50:21', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `渡辺様

ご返信ありがとうございます。
大学のアドレスで作成されたアカウントが 2 件見つかりました。対象を特定するため、そちらで取得された認定の名称と合格日（おおよそで結構です）をお知らせ願えますか。

中川
AWS トレーニングと認定

${gmJa('2026年1月20日(火) 22:03', `渡辺 彩 <${AYA.keep}>`, `はい、${AYA.keep} を残したいです。\n大学の方の候補者IDは分かりません、すみません。\n\n${gmJa('2026年1月20日(火) 9:12', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `統合後に残すメールアドレスは ${AYA.keep} でお間違いないか、ご確認のうえお知らせください。`)}`)}`,
  }),
  j({
    slug: 'info-sho-sf-quote-utf8qp',
    kind: 'info_request',
    caseId: C.shoBadge,
    note: 'badge case: asks for the Credly badge URL that still shows the old address; the request is phrased without a request verb (〜が必要です)',
    from: FORM,
    to: ja(SHO),
    subject: formSubject(C.shoBadge),
    date: d('2025-12-02 10:03:48', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤様

統合済みのアカウント ${SHO.keepId} について確認しました。
Credly チームへ依頼を出すには、旧アドレスのまま残っているバッジの公開 URL（https://www.credly.com/badges/... の形式）が必要です。
該当するバッジが複数ある場合は、すべての URL をお願いします。

石田

${sfBlockJa(SHO.keep, '2025/12/01 21:40', 'aws-cs-trainingcertification-form@amazon.com', 'Credly バッジが移っていません', 'アカウント統合は完了したと連絡をいただきましたが、Credlyのバッジ2つが旧アドレスのままです。')}`,
  }),

  // ================= confirmation_request =================
  j({
    slug: 'conf-misaki-irreversible-jis',
    kind: 'confirmation_request',
    caseId: C.misaki,
    note: 'asks the customer to agree to the merge, stating it cannot be undone and the badges will be re-issued afterwards',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-04 09:20:37', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

情報のご提供ありがとうございます。以下の内容で統合を行います。

　統合元: ${MI.srcId}（${MI.src}）
　統合先: ${MI.keepId}（${MI.keep}）

統合は一度実施すると元に戻すことができません。統合元の認定・試験履歴・特典はすべて統合先へ移り、Credly のバッジは統合先のアドレスへ改めて発行されます。
この内容で進めてよろしければ、「同意します」とご返信ください。

森田
AWS Training and Certification`,
  }),
  j({
    slug: 'conf-kenji-proceed-sjisb64',
    kind: 'confirmation_request',
    caseId: C.kenji,
    note: 'consent request in Shift_JIS: the merge is final, reply to let us proceed (no request word, only 〜いただければ手続きに入ります)',
    from: FORM_JA,
    to: ja(KE),
    subject: formSubject(C.kenji),
    date: d('2026-04-09 11:11:11', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `小林 健二 様

お知らせいただいた ${KE.srcId} を ${KE.keepId} にまとめる件、準備が整いました。
なお統合後の取り消しは承れません。
このままでよろしいという旨を本メールにご返信いただければ、手続きに入ります。

佐伯`,
  }),
  j({
    slug: 'conf-aya-html-consent',
    kind: 'confirmation_request',
    caseId: C.aya,
    note: 'HTML-only consent request listing both accounts and the certifications that will move',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya),
    date: d('2026-01-22 13:44:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`渡辺 彩 様

お調べした結果、以下の 2 つのアカウントを統合いたします。

残すアカウント: ${AYA.keepId}（Developer – Associate）
統合されるアカウント: ${AYA.srcId}（Cloud Practitioner）

統合処理は不可逆です。実施後に分離することはできません。
内容にご同意いただける場合は、このメールに「統合に同意します」とご返信ください。

中川 / AWS トレーニングと認定`),
  }),
  j({
    slug: 'conf-sho-long-thread-jisb64',
    kind: 'confirmation_request',
    caseId: C.sho,
    note: 'consent request on top of a long quoted thread (Salesforce and Gmail quotes)',
    from: FORM,
    to: SHO.keep,
    subject: formSubject(C.sho),
    date: d('2025-11-13 09:05:55', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `伊藤様

ID のご連絡ありがとうございました。${SHO.srcId} を ${SHO.keepId} に統合する準備ができております。
統合すると元に戻せませんので、最終確認として、このまま実施してよいかご返信をお願いいたします。

石田

${sfBlockJa(SHO.keep, '2025/11/12 23:10', 'aws-cs-trainingcertification-form@amazon.com', `RE:[CASE ${C.sho}]`, `個人アドレスから返信します。\n残す: ${SHO.keepId}\n統合元: ${SHO.srcId}\n認定: SAA（2023年8月）、SOA（2024年2月）\n\n${gmJa('2025年11月11日(火) 14:27', 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '統合先（残す側）のメールアドレスから、このケースにご返信をお願いしております。')}`)}`,
  }),
  j({
    slug: 'conf-misaki-fail-then-forged',
    kind: 'confirmation_request',
    trusted: false,
    caseId: C.misaki,
    note: 'consent request whose top Authentication-Results says dmarc=fail; a pass header planted lower down: untrusted',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-04 18:02:40', '+0900'),
    auth: 'failThenForged',
    enc: 'utf8qp',
    text: `中村様

統合の最終確認です。統合は取り消しできません。
同意いただける場合、下記リンクからサインインし「同意する」を押してください。
https://aws-certification-merge.example-verify.net/consent

AWS サポート`,
  }),
  j({
    slug: 'conf-kenji-mixed-template',
    kind: 'confirmation_request',
    caseId: C.kenji,
    note: 'Japanese intro with an English consent template to copy into the reply',
    from: FORM,
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-09 17:40:06', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

統合の前に、お客様ご本人の同意が必要です。お手数ですが、下記の英文をそのまま返信に貼り付けてお送りください（日本語の一文でも構いません）。

"I, Kenji Kobayashi, agree to merge ${KE.srcId} into ${KE.keepId}. I understand that this cannot be reversed."

同意を受領した時点で処理を開始します。

佐伯 / AWS Training and Certification`,
  }),
  j({
    slug: 'conf-aya-typo-mobile-sjis8',
    kind: 'confirmation_request',
    caseId: C.aya2,
    note: 'short consent request with a typo (統合をすすめてもよろしでしょうか), case ID only in the body',
    from: FORM,
    to: AYA.keep,
    subject: 'Re: 大学アドレスのアカウントについて',
    date: d('2026-02-11 10:21:09', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `渡辺様

ケース ${C.aya2} の件です。
大学側アカウント ${AYA.srcId} に残っていた試験履歴も含めて、${AYA.keepId} へ統合をすすめてもよろしでしょうか。
実施後はもとに戻せないため、念のため可否のご返信をお待ちしております。

中川`,
  }),

  // ================= merge_completed =================
  j({
    slug: 'done-misaki-id-between-jis',
    kind: 'merge_completed',
    caseId: C.misaki,
    note: 'support says the accounts were merged, with the candidate ID between the words; asks to check badges on Credly later',
    from: FORM,
    to: MI.keep,
    subject: formSubject(C.misaki),
    date: d('2026-03-06 15:33:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

ご同意ありがとうございました。統合元 ${MI.srcId} の認定と試験履歴は、本日 ${MI.keepId} への統合を完了しております。
サインインのうえ、認定・特典が表示されているかご確認ください。
Credly のバッジは数日以内に新しいアドレス宛てに発行される予定です。

森田
AWS Training and Certification`,
  }),
  j({
    slug: 'done-portal-kenji-no-case',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice that two accounts were combined; no case ID',
    from: PORTAL,
    to: KE.keep,
    subject: 'AWS 認定: アカウントが統合されました',
    date: d('2026-04-10 02:10:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 健二 様

お客様の AWS 認定アカウント ${KE.srcId} は ${KE.keepId} に統合されました。
これ以降、サインインには ${KE.keep} をご利用ください。

認定、試験履歴、特典は統合後のアカウントからご確認いただけます。
お心当たりのない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
  }),
  j({
    slug: 'done-aya-and-close-sjisb64',
    kind: 'merge_completed',
    caseId: C.aya,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya),
    date: d('2026-01-24 10:00:58', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `渡辺様

お待たせいたしました。大学のアカウントを、個人アドレスのアカウントへ統合いたしました。
これで Cloud Practitioner と Developer Associate は ${AYA.keepId} にまとまっています。
ご依頼の対応が済みましたので、本ケースはこちらでクローズとさせていただきます。

中川`,
  }),
  j({
    slug: 'done-sho-html-check',
    kind: 'merge_completed',
    caseId: C.sho,
    note: 'HTML-only completion; asks the customer to check everything looks right (still a completion)',
    from: FORM,
    to: ja(SHO),
    subject: formSubject(C.sho),
    date: d('2025-11-14 16:48:20', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: html(`伊藤 翔 様

ご返信ありがとうございます。アカウント ${SHO.srcId} と ${SHO.keepId} の統合処理が終わりました。

念のため、${SHO.keep} でサインインして以下をご確認ください。
・認定ステータス（SAA / SOA）
・試験履歴
・特典（バウチャー）

おかしな点がございましたら、このケースにご返信ください。

石田 / AWS トレーニングと認定`),
  }),
  j({
    slug: 'done-portal-certmetrics-untrusted',
    kind: 'merge_completed',
    trusted: false,
    caseId: null,
    note: 'portal merge notice sent from certmetrics.com: real-looking, but not a trusted domain by the guide\'s rule',
    from: CERTMETRICS,
    to: MI.keep,
    subject: 'アカウント統合完了のお知らせ',
    date: d('2026-03-06 06:29:10', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

AWS 認定プログラムより、アカウント統合完了のお知らせです。
${MI.srcId} の記録は ${MI.keepId} に移されました。

AWS Certification Program`,
  }),
  j({
    slug: 'done-kenji-amaz0n-forged',
    kind: 'merge_completed',
    trusted: false,
    caseId: C.kenji,
    note: 'says the merge is done, but From is the look-alike amaz0n-training.com: untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n-training.com>',
    to: KE.keep,
    subject: formSubject(C.kenji),
    date: d('2026-04-09 20:02:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

アカウントの統合が完了しました。
バッジを受け取るには、以下から Credly に再ログインしてください。
https://credly-login.amaz0n-training.com/

AWS Training and Certification`,
  }),
  j({
    slug: 'done-aya2-outlook-reply-jisb64',
    kind: 'merge_completed',
    caseId: C.aya2,
    note: 'second case: remaining exam history merged; the reply sits above an Outlook quote of the customer\'s consent',
    from: FORM,
    to: AYA.keep,
    subject: formSubject(C.aya2),
    date: d('2026-02-12 09:37:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺様

ご同意いただいた試験履歴の統合、今朝反映いたしました。
${AYA.keepId} の試験履歴に 2023 年の記録が並んでいることをご確認いただけます。

中川

${olJa(`渡辺 彩 <${AYA.keep}>`, '2026年2月11日 12:02', 'aws-cs-trainingcertification-form@amazon.com', `Re: 大学アドレスのアカウントについて`, 'はい、進めてください。よろしくお願いします。')}`,
  }),
  j({
    slug: 'done-portal2-sho-multipart',
    kind: 'merge_completed',
    caseId: null,
    note: 'portal notice (multipart/alternative) that the profiles were consolidated; no case ID',
    from: PORTAL2,
    to: SHO.keep,
    subject: 'AWS 認定プロフィールの統合が反映されました',
    date: d('2025-11-14 07:50:31', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤 翔 様

ご依頼いただいた AWS 認定プロフィールの統合が反映されました。
旧プロフィール（${SHO.srcId}）は無効になり、認定はすべて ${SHO.keepId} に表示されます。

AWS トレーニングと認定`,
    html: html(`伊藤 翔 様

ご依頼いただいた AWS 認定プロフィールの統合が反映されました。
旧プロフィール（${SHO.srcId}）は無効になり、認定はすべて ${SHO.keepId} に表示されます。

AWS トレーニングと認定`),
  }),
];
