// Set bz, Japanese messages: mail that points elsewhere (notifications, digests, status changes,
// links and buttons, one-line summaries over long quotes, pasted portal pages, will-do vs did).
import type { Msg } from './lib.js';
import {
  C, CERT, CREDLY, FORM, KENJI, NOTIFY, SUPPORTCENTER, TARO, TRAINING, YUKI,
  button, caseUrl, esc, formSubj, gmailJa, htmlDoc, makeSet, outlookJa, q, sfJa,
} from './common.js';

const J = makeSet('ja', '2026-09-28');

const KREQ = `AWS認定のアカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${KENJI.keep} (${KENJI.keepId})
まとめる方: ${KENJI.src} (${KENJI.srcId})
前職の会社アドレスで受験した分を個人の方へ寄せたいです。
伊藤 健二`;

const YREQ = `お世話になります。森と申します。
転職で会社のアドレスが使えなくなるので、認定の履歴を個人アドレス(${YUKI.keep})側に集約したいです。
旧: ${YUKI.src}
よろしくお願いします。`;

const TREQ = `認定アカウント統合の依頼です。
統合先 ${TARO.keepId} / ${TARO.keep}
統合元 ${TARO.srcId} / ${TARO.src}`;

const notifyFooter = `
※このメールは送信専用アドレスから配信されています。このメールに返信いただいてもケースには反映されません。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  J({
    kind: 'acknowledgement', caseId: C.kenji, note: 'form receipt: inquiry accepted, case number given, reply will follow',
    subject: `[CASE ${C.kenji}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `伊藤 健二 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
下記のとおりお問い合わせを承りました。担当者より順次ご連絡いたしますので、今しばらくお待ちください。

ケース番号: ${C.kenji}
お問い合わせの種類: アカウントに関するサポート

同じ内容で新たにお問い合わせを作成されますと、回答までにお時間をいただく場合がございます。
追加のご連絡は、このメールへの返信でお送りください。

AWS Training and Certification カスタマーサポート`,
  }),
  J({
    kind: 'acknowledgement', caseId: C.kenji2, from: NOTIFY, enc: 'jisb64',
    note: 'support-center notice that a new case was created; details only behind the sign-in link',
    subject: `AWS サポートケース ${C.kenji2} を作成しました`,
    text: `こんにちは。

サポートケース ${C.kenji2} を受け付けました。
件名: 認定アカウントの統合について
重要度: 一般的な質問

ケースの詳細の確認や追記は、サポートセンターから行えます:
${caseUrl(C.kenji2, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'acknowledgement', caseId: C.yuki, to: YUKI.keep, enc: 'utf8b64',
    note: 'HTML-only receipt; the button only opens the case page',
    subject: `お問い合わせ受付のお知らせ [CASE ${C.yuki}]`,
    html: htmlDoc(`<p>森 由紀 様</p>
<p>このたびはお問い合わせいただきありがとうございます。<br>
お問い合わせ番号 <b>${C.yuki}</b> として登録いたしました。</p>
<p>内容を確認のうえ、通常 1 から 2 営業日以内に担当よりご連絡差し上げます。</p>
${button(caseUrl(C.yuki, 'ja'), 'ケースを表示')}
<p style="color:#687078;font-size:12px">このメールには返信できません。</p>`, 'ja'),
  }),
  J({
    kind: 'acknowledgement', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'receipt with a generic subject; the case number is only in the body',
    subject: '[AWS トレーニングと認定] お問い合わせありがとうございます',
    text: `山田 太郎 様

お問い合わせを受け付けました。(受付番号:${C.taro})

担当者が内容を拝見し、改めてご連絡いたします。
なお、このメールは自動送信です。

--
AWS Training and Certification`,
  }),
  J({
    kind: 'acknowledgement', caseId: C.kenji, t: false, from: 'AWS トレーニングと認定 <support@aws-training-jp.com>', auth: 'pass',
    note: 'receipt look-alike from aws-training-jp.com: not a trusted domain',
    subject: `【受付完了】お問い合わせ番号 ${C.kenji}`,
    text: `伊藤様

お問い合わせありがとうございます。受付番号 ${C.kenji} で承りました。
ケースの状況は以下のページからいつでもご確認いただけます。
https://aws-training-jp.com/case/${C.kenji}

AWSトレーニングと認定 サポート窓口`,
  }),
  J({
    kind: 'acknowledgement', caseId: C.yuki, to: YUKI.keep, enc: 'utf8qp',
    note: 'receipt with English boilerplate and Japanese new text',
    subject: `[CASE ${C.yuki}] お問い合わせを受け付けました / We received your request`,
    text: `森様

お問い合わせいただいた内容は、ケース ${C.yuki} として登録されました。担当者からの連絡をお待ちください。

Thank you for contacting AWS Training and Certification. Your case number is ${C.yuki}.
Please do not open a new case for the same request.

AWS Training and Certification`,
  }),
  J({
    kind: 'acknowledgement', caseId: C.taro, to: TARO.keep, t: false, auth: 'none', enc: 'jis7',
    note: 'receipt with no Authentication-Results at all: untrusted',
    subject: formSubj(C.taro).replace('RE:', ''),
    text: `山田様

AWS トレーニングと認定サポートです。お問い合わせを確かに受け付けました。
ケース ID ${C.taro} にて対応いたします。返信まで少々お待ちください。`,
  }),
  J({
    kind: 'acknowledgement', caseId: C.kenji, trap: true, enc: 'sjisb64',
    note: 'receipt that echoes the submitted merge details; the merge words are the customer\'s own',
    subject: `[CASE ${C.kenji}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `伊藤 健二 様

以下の内容でお問い合わせを承りました。

■ お問い合わせ内容(ご入力いただいた内容)
アカウントの統合を希望します。
統合先: ${KENJI.keepId}
統合元: ${KENJI.srcId}

■ ケース番号
${C.kenji}

担当より追ってご連絡いたします。

AWS Training and Certification`,
  }),

  // ---------------- ai_answer (7) ----------------
  J({
    kind: 'ai_answer', caseId: null, from: TRAINING,
    note: 'automated answer pointing to the self-service Merge Accounts tool',
    subject: 'AWS トレーニングと認定: お問い合わせへの自動回答',
    text: `お問い合わせありがとうございます。以下は自動生成された回答です。

2 つの認定アカウントは、認定アカウントのプロフィールにある「アカウントの統合」からご自身でまとめられる場合があります。
1. 残したいアカウントでサインインします。
2. プロフィール メニューから「アカウントの統合」を開きます。
3. もう一方のアカウントの情報を入力して送信します。

解決しない場合は、このページの「ケースを作成」から担当者へお問い合わせください。`,
  }),
  J({
    kind: 'ai_answer', caseId: null, from: TRAINING, enc: 'utf8b64',
    note: 'HTML AI answer whose meaning is in its links: the merge tool and the create-case button',
    subject: 'AI アシスタントからの回答',
    html: htmlDoc(`<p>このご質問には、次のセルフサービスが役立つ可能性があります。</p>
<p><a href="https://www.certmetrics.com/amazon/candidate/merge_accounts.aspx">認定アカウントの統合ツールを開く</a></p>
<p>回答は生成 AI によって作成されたもので、誤りを含む可能性があります。</p>
${button('https://support.aws.com/ja/contact-us/training-certification', 'それでも解決しない: ケースを作成')}`, 'ja'),
  }),
  J({
    kind: 'ai_answer', caseId: null, from: TRAINING, trap: true, enc: 'jisb64',
    note: 'AI answer that explains what happens after a merge; still an AI answer',
    subject: '自動回答: 認定アカウントの統合について',
    text: `生成 AI による回答

統合が完了すると、統合元アカウントの認定資格、受験履歴、特典(次回受験の割引バウチャーなど)は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは自動では移らないことがあるため、統合後に統合先のメールアドレスで受け取り直してください。

両方のアカウントに受験履歴がある場合はツールでは統合できません。その際はケースを作成してください。`,
  }),
  J({
    kind: 'ai_answer', caseId: null, from: TRAINING, enc: 'sjisb64',
    note: 'very short automated answer that only links to the FAQ',
    subject: 'お問い合わせ内容に関連する情報',
    text: `ご質問に関連する情報が見つかりました。

AWS 認定に関するよくある質問(アカウントの統合)
https://aws.amazon.com/jp/certification/faqs/

この回答で解決しなかった場合は、問い合わせフォームに戻りケースを作成してください。`,
  }),
  J({
    kind: 'ai_answer', caseId: null, from: TRAINING, enc: 'utf8qp',
    note: 'AI answer with a generated-content disclaimer and the tool steps, written without list markers',
    subject: '【自動応答】アカウント統合のご案内',
    text: `このメッセージは AI が自動的に作成しました。

受験用のアカウントが 2 つある場合は、まずプロフィールの Merge Accounts から統合をお試しいただけます。残したい方でログインし、もう片方のログイン情報を入れて進めてください、どちらにも合格済みの認定がある場合はこの方法は使えませんので、カスタマーサポートへのケース作成をお願いします。

役に立ちましたか? はい / いいえ`,
  }),
  J({
    kind: 'ai_answer', caseId: null, from: 'AWS Training and Certification <no-reply@aws.training>', t: false, auth: 'fail',
    note: 'AI answer whose dmarc failed at the receiving server',
    subject: '自動回答: アカウントが2つある場合',
    text: `AI による自動回答です。

アカウントが重複している場合は、セルフサービスの統合ツールをご利用ください。
https://www.aws.training/Certification

解決しない場合はお問い合わせフォームからケースを作成できます。`,
  }),
  J({
    kind: 'ai_answer', caseId: null, from: TRAINING, enc: 'utf8b64',
    note: 'mailed copy of a chat with the automated assistant suggesting the merge tool',
    subject: 'チャットの記録: AWS トレーニングと認定 アシスタント',
    text: `チャットの記録をお送りします。

あなた: 認定のアカウントが会社用と個人用で2つあります
アシスタント: 認定ポータルのアカウント統合ツールで 1 つにまとめられる場合があります。残したいアカウントでサインインしてから、プロフィールの「アカウントの統合」を選んでください。
あなた: 両方とも合格した試験があります
アシスタント: その場合ツールでは処理できないため、担当者へのケース作成をおすすめします。

このチャットは自動アシスタントによるものです。`,
  }),

  // ---------------- info_request (10) ----------------
  J({
    kind: 'info_request', caseId: C.kenji,
    note: 'agent asks for both candidate IDs and the login addresses',
    subject: formSubj(C.kenji),
    text: `伊藤様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の村上です。
統合の手続きに入る前に、恐れ入りますが下記をお送りいただけますでしょうか。

・両アカウントの受験者 ID(AWS から始まる番号)
・それぞれのログイン用メールアドレス
・どちらのアカウントを残すご希望か

いただき次第、手続きを進めます。

村上
AWS Training and Certification

${sfJa(KENJI.keep, '2026/09/29 9:02', 'aws-cs-trainingcertification-form@amazon.com', '[AWS Training and Certification Form Submission] - account-assistance', KREQ)}`,
  }),
  J({
    kind: 'info_request', caseId: C.kenji2, from: NOTIFY, enc: 'jisb64',
    note: 'case-update notice that carries the agent text: which account to keep',
    subject: `AWS サポートケース ${C.kenji2} が更新されました`,
    text: `ケース ${C.kenji2} に AWS サポートから返信がありました。

-------- 返信内容 --------
お問い合わせありがとうございます。
統合後に残すアカウントがどちらか、本文から判断できませんでした。残す方の受験者 ID とメールアドレスを教えてください。
--------------------------

返信はサポートセンターから行ってください:
${caseUrl(C.kenji2, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'info_request', caseId: C.yuki, to: YUKI.keep, enc: 'utf8qp',
    note: 'one new line asking for two items, above a long quoted earlier agent mail',
    subject: formSubj(C.yuki),
    text: `森様、下記のうち 2 点(旧アカウントの受験者 ID と、Skill Builder 登録メールアドレス)だけ追加でお知らせください。

${q(sfJa('AWS Training and Certification', '2026/10/02 14:10', YUKI.keep, formSubj(C.yuki), `森様

ご連絡ありがとうございます。アカウント統合のご依頼を承りました。
統合の前に、次の情報を確認させてください。

1. 残すアカウントの受験者 ID
2. 統合元アカウントの受験者 ID
3. 両方のアカウントで使っているメールアドレス
4. AWS Skill Builder に登録しているメールアドレス

ご不明な点があればお知らせください。

${YREQ}`))}`,
  }),
  J({
    kind: 'info_request', caseId: C.taro, to: TARO.keep, trap: true,
    note: 'asks the customer to check and tell which address stays: information, despite the confirm wording',
    subject: formSubj(C.taro),
    text: `山田様

お世話になっております。
統合先として登録されるメールアドレスは ${TARO.keep} と ${TARO.src} のどちらになりますでしょうか、ご確認のうえお知らせください。

どうぞよろしくお願いいたします。
AWS Training and Certification 小林`,
  }),
  J({
    kind: 'info_request', caseId: C.kenji, enc: 'sjis8',
    note: 'asks for the notification e-mail addresses of both accounts; Outlook quote below',
    subject: formSubj(C.kenji),
    text: `伊藤 様

ご返信ありがとうございます。
お手数ですがが、各アカウントの「認定通知用メールアドレス」と「aws.training の通知用メールアドレス」もあわせてご記入いただけますか。ログイン用と異なる場合があるため、念のため伺っております。

村上

${outlookJa('伊藤 健二 <kenji.ito@example.co.jp>', '2026年10月4日 21:40', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.kenji), `受験者IDは以下です。
${KENJI.keepId} / ${KENJI.srcId}
残すのは ${KENJI.keepId} です。`)}`,
  }),
  J({
    kind: 'info_request', caseId: C.yuki, to: YUKI.keep, enc: 'utf8b64',
    note: 'HTML mail: the requested IDs are to be entered through the linked form',
    subject: `[CASE ${C.yuki}] 追加情報のお願い`,
    text: `森様

統合を進めるにあたり、両アカウントの受験者 ID が必要です。下のリンクのフォームからご入力ください。
https://support.aws.com/ja/case/${C.yuki}/additional-info

AWS Training and Certification`,
    html: htmlDoc(`<p>森様</p>
<p>統合を進めるにあたり、両アカウントの受験者 ID が必要です。下のボタンのフォームからご入力ください。</p>
${button(`https://support.aws.com/ja/case/${C.yuki}/additional-info`, '受験者 ID を入力する')}
<p>AWS Training and Certification</p>`, 'ja'),
  }),
  J({
    kind: 'info_request', caseId: C.taro, to: TARO.keep, enc: 'jisb64',
    note: 'write from the kept address AND include the candidate ID: asks for data',
    subject: formSubj(C.taro),
    text: `山田様

ご本人確認のため、残される方のメールアドレス(${TARO.keep})から、このケースに返信する形で受験者 ID を書き添えてお送りいただけますでしょうか。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  J({
    kind: 'info_request', caseId: C.kenji, t: false, from: 'AWS認定サポート <no-reply@amazon-certification.jp>',
    note: 'information request from a look-alike domain',
    subject: `[CASE ${C.kenji}] 本人確認情報のご提出のお願い`,
    text: `伊藤様

アカウント統合のため、以下のリンクからログインし、受験者IDとパスワードをご登録ください。
https://amazon-certification.jp/verify?case=${C.kenji}

期限内にご登録がない場合、お手続きを中止いたします。`,
  }),
  J({
    kind: 'info_request', caseId: C.yuki, to: YUKI.keep, enc: 'utf8b64',
    note: 'source account shows no exam history; asks exam name and date',
    subject: formSubj(C.yuki),
    text: `森様

ご連絡いただいた旧アカウント(${YUKI.src})を検索しましたが、受験履歴を見つけられませんでした。
受験した試験名と受験日(おおよそで構いません)、受験時に使ったお名前の表記を教えていただけますか。

宜しくお願い致します。
AWS トレーニングと認定 佐々木`,
  }),
  J({
    kind: 'info_request', caseId: C.kenji2, enc: 'utf8qp',
    note: 'mixed language: English header lines, Japanese request for the company name and candidate ID',
    subject: `Case ${C.kenji2}: 追加のご質問`,
    text: `Hello from AWS Training and Certification.

伊藤様、お問い合わせ内容の確認にあたり、統合元アカウント作成時の会社名と受験者 ID を伺えますでしょうか。
フォームには会社名が空欄のまま送信されていました。

Best regards,
AWS T&C Customer Support`,
  }),

  // ---------------- confirmation_request (9) ----------------
  J({
    kind: 'confirmation_request', caseId: C.kenji,
    note: 'asks consent: merge cannot be undone, reply to agree',
    subject: formSubj(C.kenji),
    text: `伊藤様

情報をお送りいただきありがとうございます。
${KENJI.srcId} を ${KENJI.keepId} へ統合する準備が整いました。統合すると元に戻すことはできません。

この内容で進めてよろしければ、本メールに「同意します」とご返信ください。ご返信をいただいてから作業に入ります。

村上
AWS Training and Certification`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.yuki, to: YUKI.keep, enc: 'utf8b64',
    note: 'HTML: the consent is given through the button; text says the merge is irreversible',
    subject: `[CASE ${C.yuki}] 統合内容の最終確認`,
    html: htmlDoc(`<p>森様</p>
<p>以下の内容でアカウントを統合します。統合後は元に戻せません。</p>
<table border="1" cellpadding="4"><tr><td>統合先</td><td>${YUKI.keep} (${YUKI.keepId})</td></tr><tr><td>統合元</td><td>${esc(YUKI.src)} (${YUKI.srcId})</td></tr></table>
<p>問題がなければ、下のボタンから同意してください。</p>
${button(`https://support.aws.com/ja/case/${C.yuki}/consent`, 'この内容で統合に同意する')}`, 'ja'),
  }),
  J({
    kind: 'confirmation_request', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'will-do phrased as a condition: once you agree we will merge; it asks for consent',
    subject: formSubj(C.taro),
    text: `山田様

ご同意いただけましたら、統合作業を進めます。
統合元(${TARO.srcId})の認定は統合先(${TARO.keepId})に移り、統合元アカウントはご利用いただけなくなります。取り消しはできませんのでご注意ください。

ご同意の旨、このメールにご返信いただけますと幸いです。`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.kenji2, enc: 'jisb64',
    note: 'one-line reminder for consent above the quoted original consent request',
    subject: formSubj(C.kenji2),
    text: `伊藤様、下記の統合について同意のご返信をまだいただいておりません。差し支えなければ本メールへご返信ください。

${gmailJa('2026年10月9日(金) 11:20', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `伊藤様

統合の準備ができました。統合は取り消しできないため、進めてよいかご返信ください。
統合先 ${KENJI.keepId} / 統合元 ${KENJI.srcId}`)}`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.kenji, from: NOTIFY,
    note: 'case-update notice carrying the agent text that asks for consent',
    subject: `ケース ${C.kenji} に新しい返信があります`,
    text: `AWS サポートがケース ${C.kenji} を更新しました。

[担当者からのメッセージ]
統合作業の前に、お客様のご意思を確認させてください。統合した後は分割できません。よろしければ「はい、統合してください」とご返信ください。

ケースを開く: ${caseUrl(C.kenji, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.yuki, to: YUKI.keep, enc: 'sjisb64',
    note: 'consent request with a summary table of both accounts',
    subject: formSubj(C.yuki),
    text: `森様

お待たせしました。以下の2アカウントを1つにまとめます。

  統合先 | ${YUKI.keepId} | ${YUKI.keep}
  統合元 | ${YUKI.srcId} | ${YUKI.src}

まとめた後は元に戻すことができません。上記でお間違いなければ、その旨ご返信をお願いいたします。

佐々木`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.taro, to: TARO.keep, t: false, auth: 'forgedBelow',
    note: 'consent request whose only dmarc=pass sits below the server\'s Received line',
    subject: formSubj(C.taro),
    text: `山田様

統合元アカウントを統合先へまとめてよろしいか、最終のご確認をお願いします。統合後の取り消しはできません。
ご了承いただける場合は本メールへご返信ください。`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.kenji2, enc: 'utf8qp',
    note: 'polite consent request: reply with the phrase to agree',
    subject: formSubj(C.kenji2),
    text: `伊藤 健二 様

いつもお世話になっております。
ご依頼のアカウントについて、当方で統合が可能であることを確認いたしました。
なお、統合は一度実行すると元の状態に戻せません。問題なければ「上記内容で同意します」とご返信くださいませ。

AWS トレーニングと認定 カスタマーサポート 高橋`,
  }),
  J({
    kind: 'confirmation_request', caseId: C.taro, to: TARO.src, fu: false,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'archive@corp.example.co.jp', date: 'Fri, 16 Oct 2026 10:02:11 +0900' },
    note: 'consent request redirected by the old company to its archive: carries Resent-* headers',
    subject: formSubj(C.taro),
    text: `山田様

統合の準備が完了しました。統合後は取り消せませんので、このまま進めてよいかご返信ください。

AWS Training and Certification`,
  }),

  // ---------------- merge_completed (9) ----------------
  J({
    kind: 'merge_completed', caseId: C.kenji,
    note: 'agent says the two accounts have been merged',
    subject: formSubj(C.kenji),
    text: `伊藤様

ご同意ありがとうございました。本日、${KENJI.srcId} を ${KENJI.keepId} に統合いたしました。
統合先アカウントにサインインし、認定の一覧をご覧ください。

村上`,
  }),
  J({
    kind: 'merge_completed', caseId: C.kenji2, from: NOTIFY, enc: 'jisb64',
    note: 'case-update notice carrying the agent text that the merge was done',
    subject: `AWS サポートケース ${C.kenji2} が更新されました`,
    text: `ケース ${C.kenji2} に返信があります。

-------- 返信内容 --------
統合作業を実施いたしました。統合元アカウントの認定履歴は統合先アカウントでご確認いただけます。
--------------------------

${caseUrl(C.kenji2, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'merge_completed', caseId: null, from: CERT, to: YUKI.keep, enc: 'utf8b64',
    note: 'certification portal notice (no case ID): accounts merged; button opens the portal',
    subject: 'AWS 認定: アカウントの統合が完了しました',
    html: htmlDoc(`<p>森 由紀 様</p>
<p>ご依頼いただいた AWS 認定アカウントの統合処理が完了しました。これまでの認定と特典は、このメールアドレスのアカウントにまとめられています。</p>
${button('https://www.aws.training/Certification', '認定を確認する')}
<p>AWS Certification</p>`, 'ja'),
  }),
  J({
    kind: 'merge_completed', caseId: C.taro, to: TARO.keep,
    note: 'one new line saying it is merged, above the long quoted request',
    subject: formSubj(C.taro),
    text: `山田様 下記ご依頼の件、統合済みとなりました。ご確認ください。

${q(outlookJa('山田 太郎', '2026年10月12日 8:15', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.taro), `${TREQ}

統合に同意します。よろしくお願いします。

${gmailJa('2026年10月11日(日) 15:03', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '統合してよろしいかご返信ください。取り消しはできません。')}`))}`,
  }),
  J({
    kind: 'merge_completed', caseId: C.yuki, to: YUKI.keep, enc: 'utf8qp', trap: true,
    note: 'merge done, and the case will be closed: the merge is the new fact',
    subject: formSubj(C.yuki),
    text: `森様

お待たせいたしました。アカウントの統合が完了しましたので、お知らせいたします。
本件は以上で完了となりますので、こちらのケースはクローズさせていただきます。

佐々木`,
  }),
  J({
    kind: 'merge_completed', caseId: C.kenji, enc: 'sjisb64',
    note: 'completion notice that asks the customer to check that everything looks right',
    subject: formSubj(C.kenji),
    text: `伊藤様

アカウントを1つにまとめる作業が終わりました。
お手数ですが、${KENJI.keep} でサインインし、認定資格と特典がすべて表示されているかご確認ください。表示に不足があればこのケースへご返信ください。`,
  }),
  J({
    kind: 'merge_completed', caseId: C.taro, to: TARO.keep, t: false, auth: 'lookalikeServer',
    note: 'merge-done text, but the topmost Authentication-Results belongs to a look-alike server',
    subject: formSubj(C.taro),
    text: `山田様

統合元アカウントを統合先アカウントへ統合しました。ご不便をおかけしました。`,
  }),
  J({
    kind: 'merge_completed', caseId: C.kenji2, enc: 'sjis8', trap: true,
    note: 'merged; the badges are said to follow separately (future, not the event)',
    subject: formSubj(C.kenji2),
    text: `伊藤様

統合処理が完了しております。
Credly のバッジにつきましては反映まで数日かかる場合がございますので、あらためてご案内いたします。

高橋`,
  }),
  J({
    kind: 'merge_completed', caseId: C.yuki, from: SUPPORTCENTER, to: YUKI.keep, enc: 'utf8b64',
    note: 'activity digest whose newest event is the agent saying the merge is complete',
    subject: `ケース ${C.yuki} のアクティビティ`,
    text: `ケース ${C.yuki} で次の更新がありました(新しい順)。

10/16 17:42  担当者からの返信: 「統合元アカウントを統合先へまとめる処理が完了しました。」
10/15 09:10  お客様からの返信
10/13 12:05  担当者からの返信
10/12 08:30  ケース作成

すべてのやり取りを見る: https://support.aws.com/ja/case/${C.yuki}`,
  }),

  // ---------------- badges_transferred (8) ----------------
  J({
    kind: 'badges_transferred', caseId: null, from: CREDLY, enc: 'utf8b64',
    note: 'Credly: AWS issued a badge to the kept address; the button claims it',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    html: htmlDoc(`<p>伊藤 健二 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
${button('https://www.credly.com/earner/earned/badge/3c1f0a7e-5b2d-4f7a-9d0e-1a2b3c4d5e6f', 'バッジを入手する')}
<p>Credly</p>`, 'ja'),
  }),
  J({
    kind: 'badges_transferred', caseId: C.kenji,
    note: 'support says the Credly badges were moved to the kept account and closes',
    subject: formSubj(C.kenji),
    text: `伊藤様

Credly のバッジを統合先アカウント(${KENJI.keep})へ移しました。Credly にサインインしてご確認ください。
これにて本ケースはクローズいたします。

村上`,
  }),
  J({
    kind: 'badges_transferred', caseId: C.yuki, to: YUKI.keep, enc: 'utf8qp',
    note: 'one line saying the badges are now on the kept account, above the customer\'s quoted complaint',
    subject: formSubj(C.yuki),
    text: `森様、ご指摘のバッジは本日 ${YUKI.keep} 側へ付け替え済みです。

${gmailJa('2026年10月18日(日) 22:14', '森 由紀 <yuki.mori@example.ne.jp>', `統合ありがとうございました。
認定は表示されていますが、Credly のバッジが旧アドレスのままです。
移していただくことはできますか。`)}`,
  }),
  J({
    kind: 'badges_transferred', caseId: null, from: CREDLY, to: TARO.keep, enc: 'jisb64',
    note: 'Credly plain-text badge notice from AWS',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `山田 太郎 さん

おめでとうございます。Amazon Web Services Training and Certification が AWS Certified Cloud Practitioner のバッジをあなたに発行しました。

バッジを入手する:
https://www.credly.com/earner/earned/badge/8e7d6c5b-4a39-4281-b7f6-0e1d2c3b4a59

Credly チーム`,
  }),
  J({
    kind: 'badges_transferred', caseId: C.kenji2, from: NOTIFY,
    note: 'case-update notice whose agent text says the badges were moved',
    subject: `ケース ${C.kenji2} に新しい返信があります`,
    text: `[担当者からのメッセージ]
デジタルバッジの移行が完了しました。統合先のメールアドレスで Credly をご確認ください。

このケースを表示: ${caseUrl(C.kenji2, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'badges_transferred', caseId: null, t: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notice.com>', enc: 'utf8b64',
    note: 'badge notice from credly-notice.com, a look-alike domain',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: htmlDoc(`<p>バッジが発行されました。下のボタンから受け取ってください。</p>
${button('https://credly-notice.com/claim', 'バッジを入手する')}`, 'ja'),
  }),
  J({
    kind: 'badges_transferred', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'support says the badge re-assignment is finished',
    subject: formSubj(C.taro),
    text: `山田様

お待たせしました。Credly 上のバッジの付け替えが完了しております。
${TARO.keep} 宛てに Credly からの通知が届いているかと思いますので、ご確認いただけますと幸いです。

小林`,
  }),
  J({
    kind: 'badges_transferred', caseId: null, from: CREDLY, to: YUKI.keep, enc: 'utf8qp',
    note: 'Credly summary: several AWS badges issued to the kept address',
    subject: 'Amazon Web Services Training and Certificationから3件のバッジが発行されました',
    text: `森 由紀 さん

Amazon Web Services Training and Certification から次のバッジが発行されています。

・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate
・AWS Certified Cloud Practitioner

すべてのバッジを見る: https://www.credly.com/earner/earned`,
  }),

  // ---------------- case_closed (9) ----------------
  J({
    kind: 'case_closed', caseId: C.kenji2, from: NOTIFY,
    note: 'status-change notice: the case is now resolved; details behind the link',
    subject: `ケース ${C.kenji2} のステータスが変更されました`,
    text: `サポートケース ${C.kenji2} のステータスが「解決済み」に変更されました。

ケースの内容はサポートセンターでご確認いただけます:
${caseUrl(C.kenji2, 'ja')}

解決済みのケースは、14 日以内であれば再開できます。
${notifyFooter}`,
  }),
  J({
    kind: 'case_closed', caseId: C.yuki, to: YUKI.keep, enc: 'utf8b64',
    note: 'will auto-close in three days without a reply',
    subject: formSubj(C.yuki),
    text: `森様

前回のご案内から日数が経過しておりますが、その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

佐々木`,
  }),
  J({
    kind: 'case_closed', caseId: C.kenji, trap: true,
    note: 'closing that only restates the merge done last week',
    subject: formSubj(C.kenji),
    text: `伊藤様

先週ご案内のとおり、アカウントの統合はすでに完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

村上`,
  }),
  J({
    kind: 'case_closed', caseId: C.taro, from: SUPPORTCENTER, to: TARO.keep, enc: 'utf8qp',
    note: 'activity digest whose newest event is the case being resolved',
    subject: `ケース ${C.taro} の更新のまとめ`,
    text: `ケース ${C.taro} の最近の動き:

・10/21 ステータス: 解決済み
・10/19 担当者からの返信
・10/18 お客様からの返信

詳細: https://support.aws.com/ja/case/${C.taro}`,
  }),
  J({
    kind: 'case_closed', caseId: C.kenji2, enc: 'utf8b64',
    note: 'HTML closing notice; its button only offers to reopen',
    subject: `[CASE ${C.kenji2}] ケースをクローズしました`,
    html: htmlDoc(`<p>伊藤様</p>
<p>お問い合わせいただいたケース ${C.kenji2} をクローズしました。ご利用ありがとうございました。</p>
<p>追加のご質問がある場合は、下のボタンからケースを再開できます。</p>
${button(caseUrl(C.kenji2, 'ja'), 'ケースを再開する')}`, 'ja'),
  }),
  J({
    kind: 'case_closed', caseId: C.yuki, to: YUKI.keep, t: false, auth: 'otherOnly', enc: 'utf8qp',
    note: 'closing notice with only a foreign (mx.google.com) Authentication-Results',
    subject: formSubj(C.yuki),
    text: `森様

本件はクローズさせていただきました。今後ともよろしくお願いいたします。`,
  }),
  J({
    kind: 'case_closed', caseId: C.taro, to: TARO.keep, enc: 'sjisb64',
    note: 'closes after the customer\'s thank-you; no new merge fact',
    subject: formSubj(C.taro),
    text: `山田様

ご丁寧にご連絡ありがとうございます。
本件はこれで完了とし、ケースをクローズさせていただきます。

${q(`問題なく表示されていました。ありがとうございました。
山田`)}`,
  }),
  J({
    kind: 'case_closed', caseId: C.kenji, from: NOTIFY, enc: 'jisb64',
    note: 'resolved-case notice as a small table pasted from the case page',
    subject: `AWS サポート: ケース ${C.kenji} は解決済みです`,
    text: `ケースの概要
  ケース ID        ${C.kenji}
  件名             認定アカウントの統合
  ステータス       解決済み
  最終更新         2026-10-24 10:31 JST

追加の対応が必要な場合はサポートセンターでケースを再開してください。
${caseUrl(C.kenji, 'ja')}`,
  }),
  J({
    kind: 'case_closed', caseId: C.kenji, trap: true, enc: 'utf8qp',
    note: 'duplicate case folded into the original and closed: cases merged, not accounts',
    subject: `[CASE ${C.kenji}] 重複ケースのクローズについて`,
    text: `伊藤様

同じご依頼で 2 件のケース(${C.kenji} と ${C.kenji2})が作成されていたため、${C.kenji2} 側に統合し、こちらのケースはクローズいたしました。
今後のやり取りは ${C.kenji2} でお願いいたします。`,
  }),

  // ---------------- support_reply (11) ----------------
  J({
    kind: 'support_reply', caseId: C.kenji, from: NOTIFY, trap: true,
    note: 'bare notice: a new response waits in the Support Center, content not given (support_reply per README)',
    subject: `ケース ${C.kenji} が更新されました`,
    text: `サポートケース ${C.kenji} に新しい返信が追加されました。
内容はサポートセンターでご確認ください。

${caseUrl(C.kenji, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'support_reply', caseId: C.yuki, from: NOTIFY, to: YUKI.keep, enc: 'jisb64',
    note: 'status changed to pending customer action; what is wanted is not said',
    subject: `ケース ${C.yuki} のステータスが変更されました`,
    text: `ケース ${C.yuki} のステータスが「お客様によるアクション保留中」になりました。
サポートセンターでケースを開き、返信を行ってください。

${caseUrl(C.yuki, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'support_reply', caseId: C.kenji, trap: true,
    note: 'thanks for consenting; merge handed to the team and will take days (future)',
    subject: formSubj(C.kenji),
    text: `伊藤様

ご同意のご返信をありがとうございます。統合作業を担当チームへ依頼しました。
完了までに 3 から 5 営業日ほどかかる見込みです。終わり次第こちらからご連絡します。

村上`,
  }),
  J({
    kind: 'support_reply', caseId: C.taro, to: TARO.keep, trap: true, enc: 'sjis8',
    note: 'negated: the merge has not been completed yet',
    subject: formSubj(C.taro),
    text: `山田様

お問い合わせの件ですが、アカウントの統合はまだ完了しておりません。
現在システム側で処理待ちとなっております。恐れ入りますが、もうしばらくお待ちください。

小林`,
  }),
  J({
    kind: 'support_reply', caseId: C.yuki, to: YUKI.keep, trap: true, enc: 'utf8qp',
    note: 'badges will be handled after the merge (future), nothing moved yet',
    subject: formSubj(C.yuki),
    text: `森様

Credly のバッジにつきましては、統合が完了した後に移行の手配をいたします。
それまでは旧アカウント側に表示されたままとなりますが、ご心配には及びません。`,
  }),
  J({
    kind: 'support_reply', caseId: C.kenji2, enc: 'jisb64',
    note: 'escalated to a specialist team',
    subject: formSubj(C.kenji2),
    text: `伊藤様

お待たせしており申し訳ございません。
本件は専門の部署で確認が必要なため、社内でエスカレーションいたしました。進展があり次第お知らせします。

高橋`,
  }),
  J({
    kind: 'support_reply', caseId: C.taro, from: SUPPORTCENTER, to: TARO.keep, enc: 'utf8b64',
    note: 'digest whose newest event is an AWS reply with no content shown',
    subject: `ケース ${C.taro} のアクティビティ`,
    text: `ケース ${C.taro} の更新(新しい順)

10/14 16:20  AWS からの返信があります(内容はケースページで表示)
10/13 09:55  お客様からの返信
10/12 18:01  ケース作成

ケースページ: https://support.aws.com/ja/case/${C.taro}`,
  }),
  J({
    kind: 'support_reply', caseId: C.kenji, from: NOTIFY, enc: 'jisb64',
    note: 'status changed back to work in progress',
    subject: `ケース ${C.kenji} のステータスが変更されました`,
    text: `ケース ${C.kenji} のステータスが「作業中」に変わりました。担当者が対応しています。

${caseUrl(C.kenji, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'support_reply', caseId: C.kenji, t: false, trap: true, from: 'Amazon Web Services <no-reply-aws@amazon.com.case-update.net>', enc: 'utf8b64',
    note: 'new-response notice from amazon.com.case-update.net: a look-alike',
    subject: `ケース ${C.kenji} に新しいメッセージがあります`,
    html: htmlDoc(`<p>サポートケース ${C.kenji} に新しいメッセージがあります。内容を確認するにはサインインしてください。</p>
${button('https://amazon.com.case-update.net/signin', 'サインインして確認')}`, 'ja'),
  }),
  J({
    kind: 'support_reply', caseId: C.yuki, to: YUKI.keep, enc: 'utf8qp',
    note: 'asks to write from the address to be kept, without asking any data',
    subject: formSubj(C.yuki),
    text: `森様

恐れ入りますが、今後のご連絡は残されるアカウントのメールアドレスからお送りいただけますでしょうか。
引き続きよろしくお願いいたします。`,
  }),
  J({
    kind: 'support_reply', caseId: C.kenji2, trap: true, enc: 'sjis8',
    note: 'apology: still checking the source account before any merge',
    subject: formSubj(C.kenji2),
    text: `伊藤様

ご返信が遅くなり申し訳ございません。
現在、統合元アカウントの状況を確認しております。確認でき次第、あらためてご連絡いたします。`,
  }),

  // ---------------- unrelated (9) ----------------
  J({
    kind: 'unrelated', caseId: C.kenji, t: false, fu: false, trap: true, from: `伊藤 健二 <${KENJI.keep}>`, to: '上田 さん <ueda@bizcorp.example.jp>', auth: 'none', enc: 'utf8qp',
    note: "user's own mail to a colleague pasting the portal case page (merge done); no news from support",
    subject: '認定アカウントの件 共有です',
    text: `上田さん

例の認定アカウントの件、サポートのケースページをそのまま貼っておきます。

--- ケースページより ---
ケース ID: ${C.kenji}
ステータス: 解決済み
担当者からの返信(10/16): 統合作業を実施いたしました。統合元アカウントの認定履歴は統合先でご確認いただけます。
---

資格の一覧はまた後で送ります。
伊藤`,
  }),
  J({
    kind: 'unrelated', caseId: C.yuki, from: 'AWS Support <survey@support.aws.com>', to: YUKI.keep, trap: true, enc: 'utf8b64',
    note: 'survey: was the issue resolved',
    subject: 'お問い合わせは解決しましたか?',
    html: htmlDoc(`<p>ケース ${C.yuki} についてのアンケートにご協力ください。</p>
<p>問題は解決しましたか?</p>
${button('https://survey.support.aws.com/s/ja?c=' + C.yuki, '回答する(1 分)')}`, 'ja'),
  }),
  J({
    kind: 'unrelated', caseId: C.taroOther, from: NOTIFY, to: TARO.keep, trap: true,
    note: 'status resolved on a different case about an exam voucher refund',
    subject: `ケース ${C.taroOther} のステータスが変更されました`,
    text: `サポートケース ${C.taroOther}(件名: 試験バウチャーの返金について)のステータスが「解決済み」に変更されました。

${caseUrl(C.taroOther, 'ja')}
${notifyFooter}`,
  }),
  J({
    kind: 'unrelated', caseId: null, from: 'Microsoft via Credly <admin@credly.com>', trap: true, enc: 'utf8b64',
    note: 'Credly badge from another issuer',
    subject: 'Microsoftのバッジ発行のお知らせ',
    wholeSubject: true,
    html: htmlDoc(`<p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p>
${button('https://www.credly.com/earner/earned/badge/1f2e3d4c', 'バッジを入手する')}`, 'ja'),
  }),
  J({
    kind: 'unrelated', caseId: C.kenji, t: false, from: '上田 誠 <ueda@bizcorp.example.jp>', to: KENJI.src, auth: 'none', enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "colleague's out-of-office auto-reply, quoting the case subject",
    subject: `自動応答: ${formSubj(C.kenji)}`,
    text: `不在のため自動返信しています。10月26日に出社予定です。
急ぎの件は総務部までご連絡ください。

上田`,
  }),
  J({
    kind: 'unrelated', caseId: null, from: TRAINING, to: TARO.keep, trap: true, enc: 'jisb64',
    note: 'exam result: the exam was completed, nothing about the merge',
    subject: 'AWS 認定試験の結果が確定しました',
    text: `山田 太郎 様

先日受験された AWS Certified Developer - Associate の採点が完了しました。
結果とスコアレポートは認定アカウントでご確認ください。
https://www.aws.training/Certification`,
  }),
  J({
    kind: 'unrelated', caseId: null, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: YUKI.keep, trap: true, enc: 'utf8qp',
    note: 'Skill Builder subscription completed, not the merge',
    subject: 'サブスクリプションのお手続きが完了しました',
    text: `森様

AWS Skill Builder 個人サブスクリプションのお申し込みが完了しました。
ご請求内容はアカウントページでご確認いただけます。`,
  }),
  J({
    kind: 'unrelated', caseId: null, from: 'AWS イベント事務局 <aws-events@amazon.com>', trap: true, enc: 'jisb64',
    note: 'event registration receipt: a receipt, but not of a support case',
    subject: '【受付完了】AWS Summit Japan ご登録ありがとうございます',
    text: `伊藤 健二 様

AWS Summit Japan へのご登録を受け付けました。
受付番号: SJ-26-00418
当日はこのメールの QR コードを会場受付でご提示ください。`,
  }),
  J({
    kind: 'unrelated', caseId: null, from: 'Credly <admin@credly.com>', to: YUKI.keep, trap: true, enc: 'utf8qp',
    note: "Credly's own account-merge code mail",
    subject: 'Credly アカウントの統合を完了してください',
    text: `Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください: 482 913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
];

