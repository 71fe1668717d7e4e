// Japanese messages of set z (part 1: acknowledgement, ai_answer, info_request, confirmation_request).
import { AYA, CASE, FORM, FORM_JA, KENICHI, MISAKI, NOREPLY, formSubject, mk, quote } from './common.js';
import type { Msg } from './lib.js';
import { centerCard, formCard } from './tpl.js';

const M = MISAKI;
const K = KENICHI;
const A = AYA;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-center-faq',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'case-created notice from the Support Center; its fixed FAQ block talks about how long a merge takes and when badges move, but nothing happened yet',
    from: NOREPLY,
    to: `${M.ja} <${M.keep}>`,
    subject: `AWS サポート: ケース ${CASE.misaki} を作成しました`,
    at: '2026-02-03 10:14:52',
    enc: 'jisb64',
    card: centerCard('ja', CASE.misaki, 'zack1', 'お問い合わせを承りました', 'ステータス: 未割り当て', `${M.ja} 様

AWS サポートセンターをご利用いただきありがとうございます。下記の内容でケースを起票いたしました、担当者が確認しだい、通常 24 時間以内にメールでご連絡します。

同じご依頼について新たにケースを作成されますと、回答までにお時間をいただく場合があります。追加の情報はこのケースへの返信としてお送りください。

よくあるご質問
・統合にかかる期間: お客様の同意をいただいてから、おおむね数営業日で統合が完了します。
・Credly のバッジ: 統合が完了した後、統合先アカウントのメールアドレス宛てに改めて発行されます。`, { preheader: `ケース ${CASE.misaki} を作成しました。担当者からの連絡をお待ちください。` }),
    style: 'decent',
    probe: '担当者が確認しだい',
  }),
  mk({
    slug: 'ja-ack-form-shape',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'receipt recognisable by its shape: the form echo with case ID, received time and contents, no human text',
    from: FORM,
    to: K.keep,
    subject: `[CASE ${CASE.kenichi}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-03-02 21:40:07',
    enc: 'sjis8',
    text: `AWS トレーニングと認定 カスタマーサポート
================================================

以下の内容で登録いたしました。

ケース ID     : ${CASE.kenichi}
登録日時      : 2026/03/02 21:40 (JST)
お問い合わせ  : AWS トレーニングと認定 > 認定 > アカウントの統合
お名前        : ${K.ja}
会社名        : ${K.co}
候補者 ID     : ${K.keepId}

--- ご入力内容 ---
転職により旧アカウント(${K.src})の資格をこちらのアカウントにまとめたいです。

担当者より順次ご連絡いたしますので、このままお待ちください。
本メールに返信すると、上記ケースに追記されます。

------------------------------------------------
Amazon Web Services, Inc. / アマゾン ウェブ サービス ジャパン合同会社
配信設定の変更: https://pages.awscloud.com/communication-preferences?lang=ja`,
    probe: '以下の内容で登録いたしました',
    extra: { crlf: false },
  }),
  mk({
    slug: 'ja-ack-html-only-new',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'HTML-only receipt with a "new" status badge and the case ID in the preheader',
    from: FORM_JA,
    to: `${A.ja} <${A.keep}>`,
    subject: `[CASE ${CASE.aya}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-04-06 08:02:31',
    enc: 'utf8qp',
    card: formCard('ja', CASE.aya, 'zack3', `藤井 様

AWS トレーニングと認定へご連絡いただきありがとうございます。お問い合わせは正常に送信され、ケース番号 ${CASE.aya} として受け付けられています。

内容を確認のうえ、担当スタッフから 1～2 営業日を目安にご返信します。この自動送信メールへのご返信は不要です。`, { badge: '新規', badgeColor: '#0073bb', preheader: `ケース番号 ${CASE.aya} で受け付けました` }),
    style: 'htmlonly',
    probe: 'ケース番号',
  }),
  mk({
    slug: 'ja-ack-lookalike-desk',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'receipt copied from a look-alike domain (aws-training-desk.com) that passes its own DMARC: untrusted',
    from: 'AWS トレーニングと認定 <case-receipt@aws-training-desk.com>',
    to: M.keep,
    subject: `【受付完了】ケース ${CASE.misaki} のお問い合わせ`,
    at: '2026-02-03 10:31:09',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zack4', `お客様各位

お問い合わせを受付いたしました(受付番号: ${CASE.misaki})。
本人確認のため、下のボタンから 48 時間以内にサインインしてケースの詳細をご確認ください。`, { badge: '受付済み', button: ['ケースを確認する', 'https://aws-training-desk.com/case/verify?id=1784420613'] }),
    style: 'links',
    probe: '本人確認のため',
  }),
  mk({
    slug: 'ja-ack-dup-plain',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misakiDup,
    note: 'automatic receipt for a second case opened for the same request; warns about duplicates',
    from: FORM,
    to: `${M.ja} <${M.src}>`,
    subject: `[CASE ${CASE.misakiDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-02-03 18:55:40',
    enc: 'jis7',
    text: `${M.ja} 様

この度はお問い合わせいただき、ありがとうございます。
ケース ${CASE.misakiDup} として記録されました、順番にご案内いたしますので今しばらくお待ちください。

※すでに同じ内容のケースをお持ちの場合、重複して起票されますと対応が遅れる原因となります。

--
AWS Training and Certification Customer Support
${'ref:_00D1N5kQa._500VqZdup:ref'}`,
    probe: '記録されました',
  }),
  mk({
    slug: 'ja-ack-links-badgecase',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.aya2,
    note: 'receipt for a follow-up case about badges; the text part is the link-list rendering of the HTML template',
    from: FORM,
    to: A.keep,
    subject: `[CASE ${CASE.aya2}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-04-21 13:07:18',
    enc: 'utf8b64',
    card: formCard('ja', CASE.aya2, 'zack6', `お問い合わせ番号 ${CASE.aya2} にて承っております。

内容: 「Credly のデジタルバッジについて」
担当窓口にて確認中です。回答の準備ができしだい、このアドレスへお送りいたします。`, { badge: 'Unassigned', preheader: 'お問い合わせ番号を発行しました' }),
    style: 'links',
    probe: '担当窓口にて確認中です',
  }),
  mk({
    slug: 'ja-ack-srcaddr-footer',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kenichi2,
    trap: true,
    note: 'receipt for a case opened from the source address; the template footer explains that resolved cases are closed automatically',
    from: FORM,
    to: K.src,
    subject: `[CASE ${CASE.kenichi2}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-03-01 09:12:44',
    auth: 'dkimonly',
    enc: 'jisb64',
    card: formCard('ja', CASE.kenichi2, 'zack8', `小林様

ご連絡ありがとうございます、ケース ${CASE.kenichi2} を作成しました。
いただいた内容は担当チームに引き継がれております。`, { badge: 'ステータス: 受付', footerExtra: ['ケースのステータスが「解決済み」になってから 14 日が経過すると、ケースは自動的にクローズされます。クローズ後に同じ件でご連絡いただく場合は、ケース ID をお書き添えください。'] }),
    style: 'flat',
    probe: '担当チームに引き継がれて',
  }),
  mk({
    slug: 'ja-ack-second-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'a second, plain Shift_JIS receipt for the same case (the form system sends its own copy); shape only',
    from: FORM,
    to: A.keep,
    subject: `[CASE ${CASE.aya}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-04-06 08:05:02',
    enc: 'sjisb64',
    text: `藤井 彩 様

お問合せ番号：${CASE.aya}
受付日：2026年4月6日

上記のとおりお問い合わせを受け付けいたしました。
担当者よりあらためてご連絡差し上げます。

AWS トレーニングと認定`,
    probe: 'あらためてご連絡差し上げます',
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-q-buttons',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'generated answer pointing to the Merge Accounts tool; its fixed buttons read "問題は解決しました" / "ケースを作成"',
    from: NOREPLY,
    to: M.keep,
    subject: 'AWS サポート: お問い合わせへの自動回答',
    at: '2026-02-03 10:09:12',
    enc: 'utf8qp',
    card: {
      ...centerCard('ja', '0', 'zai1', '生成 AI による回答', 'AI が作成した回答', `お問い合わせ内容をもとに、以下の手順をご案内します。

1. AWS 認定アカウントにサインインし、[プロフィール] から [アカウントの統合] を開きます。
2. 統合したいもう一方のアカウントの認証情報を入力します。
3. 画面の指示に従って操作を進めます。

どちらのアカウントにも認定の履歴がある場合はこのツールをご利用いただけないため、その際はケースを作成してサポートまでご相談ください。

※この回答は生成 AI によって作成されたもので、誤りを含む可能性があります。`, { rows: [['お問い合わせ種別', 'AWS トレーニングと認定']], button: ['問題は解決しました', 'https://support.aws.amazon.com/feedback?resolved=1'], button2: ['ケースを作成', 'https://support.aws.amazon.com/#/case/create?issueType=training'] }),
    },
    style: 'decent',
    probe: 'アカウントの統合] を開きます',
  }),
  mk({
    slug: 'ja-ai-plain-after',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'automated answer that explains what happens after a merge (badges move, benefits carry over); still an AI answer',
    from: NOREPLY,
    to: K.keep,
    subject: 'AWS サポート - 自動回答のご案内',
    at: '2026-03-02 21:33:50',
    enc: 'jis7',
    text: `[自動回答] このメッセージはシステムが自動で作成しています

ご質問: 認定アカウントが二つあり、一つにまとめたい

回答:
セルフサービスの Merge Accounts 機能で、ご自身で統合いただける場合があります。
統合されると、統合元の認定・試験履歴・特典は統合先へ移り、Credly のバッジも統合先のメールアドレスに紐付きます。
両方のアカウントに認定がある場合は機能が使えませんので、「ケースを作成」から担当者へご依頼ください。

この回答は役に立ちましたか? はい / いいえ

Amazon Web Services`,
    probe: 'セルフサービスの Merge Accounts 機能',
  }),
  mk({
    slug: 'ja-ai-flat-steps',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI suggestion with self-service steps; the text part is a flattened rendering',
    from: NOREPLY,
    to: A.keep,
    subject: 'お問い合わせいただいた内容への回答案',
    at: '2026-04-06 07:58:03',
    enc: 'utf8qp',
    card: centerCard('ja', '0', 'zai3', '回答案', 'Amazon Q', `ご入力内容から判断すると、認定アカウントの統合に関するご質問と思われます。

旧勤務先のメールアドレスで作ったアカウントがある場合、まずは認定ポータルの Merge Accounts からお試しいただくのが最短です、
統合元アカウントのサインイン情報が必要になりますので事前にご用意ください。

解決しない場合はこのままケースの作成に進めます。`, { rows: [], button: ['ケースの作成に進む', 'https://support.aws.amazon.com/#/case/create'], button2: ['閉じる', 'https://support.aws.amazon.com/'] }),
    style: 'flat',
    probe: 'まずは認定ポータルの Merge Accounts',
  }),
  mk({
    slug: 'ja-ai-htmlonly-sjis',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only automated FAQ suggestion in Shift_JIS',
    from: NOREPLY,
    to: M.src,
    subject: 'AWS サポート: 関連するヘルプ記事',
    at: '2026-02-03 18:51:27',
    enc: 'sjisb64',
    card: centerCard('ja', '0', 'zai4', '関連する記事が見つかりました', '自動提案', `入力いただいた内容に近いヘルプ記事をお送りします。

「複数の AWS 認定アカウントをお持ちの場合」
認定アカウントのプロフィール画面にある統合ツールを使うと、二つのアカウントを一つにできます。手続きは数分で終わります、統合元のパスワードをお手元にご用意ください。

記事を読んでも解決しない場合は、ケースを作成してください。`, { rows: [], button: ['記事を開く', 'https://repost.aws/knowledge-center/certification-merge'], button2: ['ケースを作成', 'https://support.aws.amazon.com/#/case/create'] }),
    style: 'htmlonly',
    probe: '入力いただいた内容に近いヘルプ記事',
  }),
  mk({
    slug: 'ja-ai-jisb64-short',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'short bot answer sent right before the case form, ISO-2022-JP base64 plain text',
    from: NOREPLY,
    to: K.src,
    subject: 'AWS サポート: お問い合わせ前のご案内',
    at: '2026-03-01 09:06:15',
    enc: 'jisb64',
    text: `※このメールは自動送信です

お問い合わせ内容: アカウントをまとめたい

ご提案:
認定アカウント同士の統合は、認定ポータル(www.aws.training/certification)にサインイン後、プロフィールの「アカウントの統合」からお客様ご自身で実行できます。
上記で解決しない場合のみ、サポートへのケースを作成してください。

Amazon Web Services`,
    probe: 'お客様ご自身で実行できます',
  }),
  mk({
    slug: 'ja-ai-feedback-footer',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI answer mentioning the Credly claim step after a merge and a fixed "解決しましたか" feedback footer',
    from: NOREPLY,
    to: A.keep,
    subject: 'AWS サポートからの回答 (自動生成)',
    at: '2026-04-21 12:59:40',
    enc: 'utf8b64',
    card: centerCard('ja', '0', 'zai7', 'Amazon Q からの回答', '自動生成', `バッジが旧アカウント側に残っている件について回答します。

AWS では、アカウントの統合を先に行い、その後で Credly からのバッジ受け取り(クレーム)を行う流れを推奨しています。統合後に届くメールのリンクから、統合先のメールアドレスでバッジを受け取ってください。

この方法で解決しない場合は、担当者へのケースを作成してください。`, { rows: [], button: ['ケースを作成', 'https://support.aws.amazon.com/#/case/create?issueType=training'], button2: ['ヘルプセンター', 'https://repost.aws/knowledge-center'], survey: 'この回答で問題は解決しましたか? 【はい、解決しました】 【いいえ、ケースを作成する】' }),
    style: 'decent',
    probe: 'アカウントの統合を先に行い',
  }),

  mk({
    slug: 'ja-ai-kc-dkim',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated knowledge-center suggestion signed with an aligned DKIM key only; multipart with a link-list text part',
    from: NOREPLY,
    to: M.src,
    subject: 'AWS サポート: セルフサービスで解決できる可能性があります',
    at: '2026-02-03 18:49:55',
    auth: 'dkimonly',
    enc: 'utf8b64',
    card: centerCard('ja', '0', 'zai8', 'こちらの方法をお試しください', '自動案内', `お問い合わせの前に、次の方法で解決できるかどうかお試しください。

認定アカウント間の移行は「Merge Accounts」ページから申請でき、多くの場合サポートへのご連絡は不要です。
申請には統合する側のアカウントのメールアドレスと、そのアカウントで受信する認証コードが必要になります。`, { rows: [], button: ['Merge Accounts を開く', 'https://www.aws.training/certification/merge'], button2: ['それでも解決しない場合', 'https://support.aws.amazon.com/#/case/create'] }),
    style: 'links',
    probe: '「Merge Accounts」ページから申請でき',
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'ja-info-form-autoclose',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'agent asks for both candidate IDs and the account to keep; the template footer says the case auto-closes after 7 days without a reply',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-04 11:26:38',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zinf1', `中村 美咲 様

AWS トレーニングと認定 カスタマーサポートの森と申します。
アカウント統合のご依頼、承知しました、作業を進めるにあたり下記の情報が必要です。

・統合先(残す)アカウントの候補者 ID とログイン用メールアドレス
・統合元(まとめる側)アカウントの候補者 ID とログイン用メールアドレス
・各アカウントで取得済みの認定名と取得日

候補者 ID は認定アカウントにサインインし、画面右上のお名前の下でご確認いただけます。
お手数ですが、このメールへの返信でお送りくださいますようお願いいたします。

森
AWS トレーニングと認定 カスタマーサポート`, { badge: 'ステータス: お客様の対応待ち', footerExtra: ['7 日以内にご返信がない場合、本ケースは自動的にクローズされます。'] }),
    style: 'decent',
    probe: '作業を進めるにあたり下記の情報が必要です',
  }),
  mk({
    slug: 'ja-info-plain-sfquote',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'plain-text agent reply asking for pass dates and the source account login, without the word "please send"; Salesforce quote below',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-03 15:02:11',
    enc: 'jis7',
    text: `小林 健一 様

お問い合わせありがとうございます、担当の新井です。

統合元アカウントの確認のため、
旧アカウントでサインインに使われていたメールアドレス、ならびに直近の試験の受験日を
お知らせいただけますと幸いです。

また、統合後にどちらのアカウントを残すかについても、念のため一言添えていただけると助かります。

新井
AWS Training and Certification Customer Support

ref:_00D1N5kQa._500VqKb02:ref

--------------- 元のメッセージ ---------------
差出人: ${K.keep}
送信日時: 2026/03/02 21:40
宛先: aws-cs-trainingcertification-form@amazon.com
件名: [CASE ${CASE.kenichi}] [AWS Training and Certification Form Submission] - account-assistance

${quote(`転職により旧アカウント(${K.src})の資格をこちらのアカウントにまとめたいです。\n候補者 ID: ${K.keepId}`)}`,
    probe: '直近の試験の受験日',
  }),
  mk({
    slug: 'ja-info-htmlonly-confirmword',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenichi,
    trap: true,
    note: '"ご確認のうえお知らせください" about the address to keep: asks for information, not consent',
    from: FORM_JA,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-05 10:44:00',
    enc: 'utf8b64',
    card: formCard('ja', CASE.kenichi, 'zinf3', `小林様

ご返信ありがとうございます。
ご提示いただいた二つのアドレスのうち、${K.src} は既に会社のドメインが利用停止になる予定とのことですので、統合後にログインに使うメールアドレスを今一度ご確認のうえ、お知らせください。

あわせて、旧アカウントの候補者 ID (AWS から始まる番号) もお教えいただけますか。`, { badge: 'お客様の対応待ち' }),
    style: 'htmlonly',
    probe: '今一度ご確認のうえ',
  }),
  mk({
    slug: 'ja-info-stub-sjis',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'the text part only says "view in HTML"; the HTML asks for the university account details',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-07 16:20:55',
    enc: 'sjisb64',
    card: formCard('ja', CASE.aya, 'zinf4', `藤井 彩 様

ご連絡ありがとうございます。統合作業の前に、ご本人確認として以下を伺っております。

1) 大学のメールアドレス(${A.src})で登録されたアカウントの候補者 ID
2) 当該アカウントで最後に受験された試験名
3) 統合後に残すアカウント(個人用アドレスのほうでよろしいか)

上記が揃いしだい、次のご案内を差し上げます。`, { badge: 'お客様の対応待ち' }),
    style: 'stub',
    probe: 'ご本人確認として以下を伺っております',
  }),
  mk({
    slug: 'ja-info-forged-below',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'asks for the account password through a link; the dmarc=pass header sits below the receiving server line (planted): untrusted',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-07 18:03:12',
    auth: 'forgedBelow',
    enc: 'jisb64',
    card: formCard('ja', CASE.aya, 'zinf5', `藤井様

統合手続きを行うため、両方のアカウントのメールアドレスとパスワードを下記フォームよりご入力ください。
24 時間以内にご入力がない場合、お手続きを進められません。`, { badge: '至急', badgeColor: '#d13212', button: ['情報を入力する', 'http://aws-cert-verify.example.net/form?c=178811094527'] }),
    style: 'htmlonly',
    probe: '両方のアカウントのメールアドレスとパスワード',
  }),
  mk({
    slug: 'ja-info-center-teamlist',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenichi,
    forUser: false,
    note: 'Support Center notification with the agent reply asking for candidate IDs, delivered to the team mailing list, not to the user',
    from: NOREPLY,
    to: 'cloud-guild@harbor-tech.example.com',
    subject: `AWS サポート: ケース ${CASE.kenichi} に新しい返信があります`,
    at: '2026-03-04 09:15:33',
    enc: 'utf8qp',
    card: centerCard('ja', CASE.kenichi, 'zinf6', 'ケースが更新されました', 'ステータス: お客様の対応待ち', `サポート担当者からの返信:

お世話になっております。恐れ入りますが、統合元と統合先それぞれの候補者 ID を伺えますでしょうか。
ID が分からない場合は、各アカウントの登録メールアドレスでも構いません。`),
    style: 'links',
    probe: 'それぞれの候補者 ID を伺えますでしょうか',
  }),
  mk({
    slug: 'ja-info-dupclosed-askid',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misakiDup,
    trap: true,
    note: 'says this duplicate case will be closed and work continues on the other case, but the new request is for the keep account ID and address',
    from: FORM,
    to: M.src,
    subject: formSubject(CASE.misakiDup),
    at: '2026-02-04 09:48:21',
    enc: 'utf8qp',
    text: `中村様

お世話になります。AWS トレーニングと認定の Haruka です。

同じご依頼で二件ケースを頂戴しておりました。こちらのケース(${CASE.misakiDup})は近日中にクローズし、以後は先に作成された ${CASE.misaki} にて対応いたします。

つきましては、統合後に残したいアカウントのメールアドレスと候補者 ID をこのメールにご返信ください。
なお、ご返信は残すほうのアドレスからお送りいただけますとスムーズです。

Haruka
AWS Training and Certification`,
    probe: 'このメールにご返信ください',
  }),
  mk({
    slug: 'ja-info-sjis-list',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'short Shift_JIS list of what is still missing (candidate IDs, certification names), no request verb',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-04 22:10:47',
    enc: 'sjis8',
    text: `小林 様

度々失礼いたします。統合作業に進む前に、まだ以下が不足しております。
- 両アカウントの候補者 ID
- 旧アカウントで取得された認定の名称

お手すきの際に、本メールへの返信で結構です。

AWS Training and Certification
ref:_00D1N5kQa._500VqKb04:ref`,
    probe: '旧アカウントで取得された認定の名称',
  }),
  mk({
    slug: 'ja-info-badge-credlyaddr',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.aya2,
    trap: true,
    note: 'on the badge case the agent asks which e-mail the Credly profile uses; talks about badges but asks for data',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya2),
    at: '2026-04-22 10:31:05',
    enc: 'utf8b64',
    card: formCard('ja', CASE.aya2, 'zinf9', `藤井 様

バッジの件、確認いたしました。
Credly 側で調査するにあたって、Credly にサインインする際のメールアドレスと、表示されていないバッジの名称を教えていただけますか。スクリーンショットがあれば添付いただいても構いません。`, {
      badge: 'お客様の対応待ち',
      quoteHead: '2026年4月21日(火) 13:20 藤井 彩 <aya.fujii.mail@example.jp>:',
      quoted: 'お世話になります。\n統合は終わったのですが、Credly のバッジが一つだけ旧アドレスのほうに残っています。\niPhoneから送信',
    }),
    style: 'decent',
    probe: 'Credly にサインインする際のメールアドレス',
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-form-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'agent lists source/destination and asks for consent by reply; the merge cannot be undone',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-06 14:18:09',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zcnf1', `中村 様

情報のご提供ありがとうございました。以下の内容で統合を行います。

統合元: ${M.srcId} / ${M.src}
統合先: ${M.keepId} / ${M.keep}

統合を実施すると元の状態には戻せません。
上記で差し支えなければ、このメールに「同意します」とご返信ください、ご返信を確認後に作業いたします。

森`, { badge: 'ステータス: お客様の対応待ち' }),
    style: 'decent',
    probe: '同意します',
  }),
  mk({
    slug: 'ja-conf-plain-quote',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'plain-text request to approve the merge, top-posted above the earlier exchange',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-06 11:05:52',
    enc: 'jis7',
    text: `小林 健一 様

お待たせしました、新井です。
ご提示の ${K.srcId} を ${K.keepId} にまとめる準備が整いました。

統合後は取り消しができず、統合元アカウントにはサインインできなくなります。
この内容で進めてよろしければ、その旨をご返信ください。

新井
ref:_00D1N5kQa._500VqKb05:ref

-----Original Message-----
From: ${K.keep}
Sent: Thursday, March 5, 2026 8:12 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE ${CASE.kenichi}] [AWS Training and Certification Form Submission] - account-assistance

${quote(`新井様\n旧アカウントの候補者 ID は ${K.srcId} です。残すのは ${K.keep} のほうです。\n小林`)}`,
    probe: 'この内容で進めてよろしければ',
  }),
  mk({
    slug: 'ja-conf-htmlonly-survey',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'consent request; the template adds a "このケースは解決しましたか" survey line under it',
    from: FORM_JA,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-09 09:37:26',
    enc: 'utf8qp',
    card: formCard('ja', CASE.aya, 'zcnf3', `藤井 様

ご回答ありがとうございます。
大学のアドレスで作成されたアカウント(${A.srcId})を、個人用アドレスのアカウント(${A.keepId})へ統合する方向で準備しております。

統合は一度実施すると元に戻せないため、最終のご意思を確認させてください。
このまま統合を進めてもよろしいでしょうか。`, { badge: 'お客様の対応待ち', survey: 'このケースは解決しましたか? はい / いいえ (アンケートは 1 分で終わります)' }),
    style: 'htmlonly',
    probe: '最終のご意思を確認させてください',
  }),
  mk({
    slug: 'ja-conf-lookalike-cojp',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'consent request from support-amazon.co.jp, a look-alike domain that passes its own checks: untrusted',
    from: 'AWS 認定サポート <aws-training@support-amazon.co.jp>',
    to: M.keep,
    subject: `Re: [CASE ${CASE.misaki}] 統合の最終確認`,
    at: '2026-02-06 15:02:44',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zcnf4', `中村様

統合の最終確認です。下のボタンから同意手続きを完了してください。本日中に操作がない場合、ご依頼は取り消されます。`, { badge: '要対応', badgeColor: '#d13212', button: ['同意する', 'https://support-amazon.co.jp/consent?c=1784420613'] }),
    style: 'decent',
    probe: '同意手続きを完了してください',
  }),
  mk({
    slug: 'ja-conf-flat-reask',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'agent asks again for explicit consent because the previous reply was ambiguous; flattened text part',
    from: FORM,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-10 14:45:10',
    enc: 'sjisb64',
    card: formCard('ja', CASE.aya, 'zcnf5', `藤井様

先ほどはご返信ありがとうございました。
頂いたメールの内容からは統合へのご同意かどうか判断がつきませんでしたので、お手数ですが「統合に同意する」旨をはっきり書いてご返信いただけますか。

頂戴しだい、${A.srcId} から ${A.keepId} への統合を手配いたします。`, { badge: 'お客様の対応待ち' }),
    style: 'flat',
    probe: '統合に同意する',
  }),
  mk({
    slug: 'ja-conf-dkimonly-yes',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenichi,
    note: 'HTML-only consent request, authenticated by an aligned DKIM signature only',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-06 11:07:02',
    auth: 'dkimonly',
    enc: 'utf8b64',
    card: formCard('ja', CASE.kenichi, 'zcnf6', `(先ほどのメールが文字化けしていたとのことで、再送いたします)

統合後は取り消しできません。進めてよい場合は「はい」とだけご返信ください。
統合元: ${K.srcId}
統合先: ${K.keepId}`, { badge: 'お客様の対応待ち' }),
    style: 'htmlonly',
    probe: '「はい」とだけご返信ください',
  }),
  mk({
    slug: 'ja-conf-lookalike-server',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'terse plain-text consent request ("不可逆"), no consent verb beyond ご承諾',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-06 14:40:31',
    enc: 'jis7',
    text: `中村 様

統合の準備ができております。統合元アカウント ${M.srcId} の内容を ${M.keepId} に移してよろしいか、ご承諾のご返信をお願いします。
なお本操作は不可逆です。

AWS トレーニングと認定`,
    probe: 'ご承諾のご返信をお願いします',
  }),
  mk({
    slug: 'ja-conf-bilingual-links',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenichi2,
    note: 'English template fields around a Japanese consent request on the case opened from the source address',
    from: FORM,
    to: K.src,
    subject: formSubject(CASE.kenichi2),
    at: '2026-03-05 16:28:19',
    enc: 'utf8qp',
    card: formCard('en', CASE.kenichi2, 'zcnf8', `小林 健一 様

こちらのケースでも統合のご依頼を承っております。統合先は ${K.keep} (${K.keepId}) と理解しておりますが、これで確定してよろしいでしょうか。
統合は元に戻すことができませんので、ご了承いただける場合のみ「承諾」とご返信ください。`, { badge: 'Pending customer action' }),
    style: 'links',
    probe: 'これで確定してよろしいでしょうか',
  }),
];
