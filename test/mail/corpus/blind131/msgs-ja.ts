// Set dz, Japanese messages, part 1: receipts, AI answers, information and confirmation requests, completions.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, KENJI, KENJI_REQ, MISAKI, MISAKI_REQ, SHOTA, SHOTA_REQ, SOICHIRO, SOICHIRO_REQ, SUPPORT, SUPPORT_JA,
  formSubject, gmailJa, jst, mk, outlookJa, paras, quote, sfOriginalJa, sfRef,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (7)
  mk({
    slug: 'ack-kenji-jis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'automatic receipt of the new case; case ID in subject and body; the customer\'s Kansai-dialect request is quoted',
    from: AWS_NOTIFY, to: KENJI.keep, date: jst('2026-10-05 21:14:03'),
    subject: `[CASE ${CASE.kenji}] お問い合わせを受け付けました`,
    text: `岡田 健二 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ケース ID ${CASE.kenji} にて、お問い合わせ内容を登録いたしました。
担当者が内容を確認し、通常 1～2 営業日以内にこのメールアドレス宛てにご連絡いたします。

※同じ内容で新しいケースを作成されますと、回答が遅れる原因となります。追加のご連絡は本メールへの返信でお願いいたします。

---- お問い合わせ内容 ----
${KENJI_REQ}

このメールは送信専用アドレスから自動送信されています。`,
  }),
  mk({
    slug: 'ack-misaki-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8',
    note: 'Shift_JIS automatic receipt; the number sits between the words and only the shape says receipt',
    from: SUPPORT_JA, to: MISAKI.keep, date: jst('2026-09-28 08:02:47'),
    subject: `[CASE ${CASE.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `中村 美咲 様

本メールは、フォームから送信された内容を登録したことをお知らせする自動送信メールです。

受付番号（ケース ID）：${CASE.misaki}
受付日時：2026/09/28 08:02（日本時間）
カテゴリ：AWS トレーニングと認定 / アカウントに関するサポート

担当窓口より順次ご案内いたしますので、今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-shota-alt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.shota, enc: 'utf8qp',
    note: 'HTML+text receipt for the young user\'s casual request, which it quotes',
    from: AWS_NOTIFY, to: SHOTA.keep, date: jst('2026-11-02 01:37:12'),
    subject: `ケース ${CASE.shota} を作成しました - AWS トレーニングと認定`,
    text: `高木 翔太 様

サポートケースが作成されました。

ケース ID: ${CASE.shota}
件名: 認定アカウントについて

ご送信いただいた内容:
${quote(SHOTA_REQ)}

ご返信の際は件名を変更せずにお送りください。`,
    html: `<html><body><p>高木 翔太 様</p><p>サポートケースが作成されました。</p><table><tr><td>ケース ID</td><td>${CASE.shota}</td></tr><tr><td>件名</td><td>認定アカウントについて</td></tr></table><blockquote>${paras(SHOTA_REQ)}</blockquote><p>ご返信の際は件名を変更せずにお送りください。</p></body></html>`,
  }),
  mk({
    slug: 'ack-soichiro-jisb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.soichiro, enc: 'jisb64',
    note: 'base64 ISO-2022-JP receipt; quotes the older customer\'s very formal letter',
    from: SUPPORT_JA, to: SOICHIRO.keep, date: jst('2026-08-19 10:55:30'),
    subject: `お問い合わせ受付のお知らせ（ケース番号：${CASE.soichiro}）`,
    wholeSubject: true,
    text: `田中 宗一郎 様

このたびは AWS トレーニングと認定にご連絡をいただき、誠にありがとうございます。
以下の内容にて承りました。ケース番号は ${CASE.soichiro} でございます。

${SOICHIRO_REQ}

本メールはシステムより自動でお送りしております。内容についての回答は、追って担当者よりご連絡申し上げます。`,
  }),
  mk({
    slug: 'ack-kenji-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup, enc: 'jis7',
    note: 'receipt of a second case the customer opened; no topic given, read as what it looks like',
    from: AWS_NOTIFY, to: KENJI.keep, date: jst('2026-10-07 07:41:19'),
    subject: `AWS サポート: ケース ${CASE.kenjiDup} 受付`,
    text: `お問い合わせありがとうございます。
新しいケース（${CASE.kenjiDup}）を受け付けました。内容を確認のうえ、担当者からご連絡します。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: '1805550123', enc: 'utf8b64',
    trusted: false, from: 'AWS サポートセンター <no-reply@aws-amazon-support.jp>',
    note: 'receipt-shaped mail from a look-alike domain (aws-amazon-support.jp): a forgery, untrusted',
    to: SHOTA.keep, date: jst('2026-11-03 03:12:55'),
    subject: `【受付完了】ケース 1805550123 AWS認定アカウント`,
    text: `高木 翔太 様

お問い合わせを受け付けました。ケース番号: 1805550123

本人確認のため、24時間以内に下記ページからサインインしてください。
https://aws-amazon-support.jp/verify

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-fieldlist-misaki', kind: 'acknowledgement', lang: 'ja', caseId: '17792301987', enc: 'jisb64', trap: true,
    note: 'a receipt that echoes the submitted fields (name, candidate ID, e-mail): looks like a request for information but only acknowledges',
    from: AWS_NOTIFY, to: MISAKI.keep, date: jst('2026-09-28 08:03:10'),
    subject: `ケース 17792301987 が作成されました`,
    text: `中村 美咲 様

次の内容でケース 17792301987 を登録しました。

氏名: 中村 美咲
会社名: （未入力）
AWS 認定候補者 ID: ${MISAKI.keepId}
連絡先メールアドレス: ${MISAKI.keep}
お問い合わせの種類: AWS トレーニングと認定

登録内容に追加がある場合は、このメールに返信してください。`,
  }),

  // ---------------- ai_answer (6)
  mk({
    slug: 'ai-selfservice-utf8b64', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64',
    note: 'AI-generated answer pointing at the self-service Merge Accounts tool before a case exists',
    from: AWS_NOTIFY, to: KENJI.keep, date: jst('2026-10-05 21:09:40'),
    subject: 'AWS トレーニングと認定: AI による回答のご案内',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる可能性があります。

ご質問: 認定アカウントを一つにしたい

AWS 認定アカウントが複数ある場合、AWS Certification アカウントにサインインし、［プロフィール］から「アカウントのマージ」を選ぶと、ご自身で統合を行えることがあります。
両方のアカウントに認定の履歴がある場合は、このツールでは統合できないため、画面の案内に沿ってサポートへのお問い合わせ（ケースの作成）に進んでください。

この回答は役に立ちましたか？　はい / いいえ`,
  }),
  mk({
    slug: 'ai-after-merge-jis', kind: 'ai_answer', lang: 'ja', enc: 'jis7', trap: true,
    note: 'automated answer that explains what happens after a merge (badges, benefits); still an AI answer, not news',
    from: AWS_NOTIFY, to: MISAKI.keep, date: jst('2026-09-28 07:58:02'),
    subject: '自動回答: 認定アカウントの統合について',
    text: `自動生成された回答です。

統合が完了すると、統合元アカウントの認定資格と特典（次回試験の 50% 割引バウチャーなど）は、残すアカウントに表示されるようになります。
Credly のデジタルバッジは、統合の後に Credly 上で受け取り直していただく必要がある場合があります。

まずは Certification アカウントの［アカウントのマージ］をお試しください。解決しない場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ai-steps-sjisb64', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64',
    note: 'automated suggestion in Shift_JIS base64 with numbered steps for the Merge Accounts tool',
    from: AWS_NOTIFY, to: SOICHIRO.keep, date: jst('2026-08-19 10:49:11'),
    subject: 'お問い合わせへの自動回答（AWS トレーニングと認定）',
    text: `田中 宗一郎 様

いただいたご質問に対し、AI アシスタントが以下の手順をご提案いたします。

1. 残したい方のアカウントで AWS Certification にサインインします。
2. 右上のお名前からプロフィールを開きます。
3. 「アカウントのマージ」を選び、もう一方のアカウントのメールアドレスとパスワードを入力します。

上記で解決しない場合は、このページ下部より担当者へのお問い合わせにお進みいただけます。`,
  }),
  mk({
    slug: 'ai-html-only', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    note: 'HTML-only AI answer card with the generated-content disclaimer',
    from: AWS_NOTIFY, to: SHOTA.keep, date: jst('2026-11-02 01:31:08'),
    subject: 'AI アシスタントからの回答',
    html: `<html><body><div class="ai-card"><p><b>AI が生成した回答</b></p><p>アカウントが 2 つある場合は、Certification アカウントの「アカウントのマージ」機能で 1 つにまとめられる場合があります。学校のメールアドレスで作成したアカウントにまだサインインできるか、先にご確認ください。</p><p>この回答で問題は解決しましたか？</p><p><a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a></p></div></body></html>`,
  }),
  mk({
    slug: 'ai-helpful-jisb64', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    note: 'generated answer asking whether it helped and offering to open a case',
    from: AWS_NOTIFY, to: KENJI.src, date: jst('2026-10-04 18:22:51'),
    subject: 'Amazon Q による回答: 認定アカウントの統合',
    text: `※この内容は AI によって生成されています。

重複した認定アカウントは、多くの場合セルフサービスでまとめることができます。
サインイン後、プロフィール内のマージ機能をご利用ください。両方に認定履歴があるなど、ツールで対応できない場合は、担当窓口が個別に対応いたします。

解決しましたか？　［はい］［いいえ、ケースを作成する］`,
  }),
  mk({
    slug: 'ai-shota-quote-8bit', kind: 'ai_answer', lang: 'ja', enc: 'utf88bit',
    note: 'automated reply to the young user\'s slangy question, which it quotes; still only a suggestion',
    from: AWS_NOTIFY, to: SHOTA.keep, date: jst('2026-11-02 01:29:44'),
    subject: 'ご質問への自動回答',
    text: `ご質問:
「認定のアカウント2個あるっぽい、マジでどうすればいいっすか」

自動回答:
お手数ですが、まず Certification アカウントのプロフィールにある「アカウントのマージ」をお試しください。大学のメールアドレスにアクセスできない場合や、エラーが表示される場合は、サポートへお問い合わせいただくとスムーズです。

この自動回答は AI によるものです。`,
  }),

  // ---------------- info_request (8)
  mk({
    slug: 'info-kenji-ids', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'agent asks for both candidate IDs and which account to keep; Salesforce-style quote of the Kansai request',
    to: KENJI.keep, date: jst('2026-10-06 15:20:08'), subject: formSubject(CASE.kenji),
    text: `岡田 健二 様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの鈴木でございます。

統合の手続きを進めるにあたり、以下をお送りいただけますでしょうか。
・それぞれのアカウントの候補者 ID（AWS から始まる番号）
・各アカウントにご登録のメールアドレス
・最終的に残すアカウントがどちらか

お手数をおかけしますが、よろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサポート

${sfOriginalJa(KENJI.keep, '2026/10/05 12:14', 'aws-cs-trainingcertification-form@amazon.com', '認定アカウントの統合', KENJI_REQ)}

${sfRef('8Kq2' + CASE.kenji.slice(-4))}`,
  }),
  mk({
    slug: 'info-misaki-confirmaddr', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent',
    to: MISAKI.keep, date: jst('2026-09-29 11:48:36'), subject: formSubject(CASE.misaki),
    text: `中村様

お世話になっております。AWS トレーニングと認定の高橋です。

今回、統合先として残されるアカウントのメールアドレスを、念のためご確認のうえお知らせください。いただいたメールに 2 件のアドレスが記載されておりましたが、どちらがログイン用のものか判別できませんでした。

高橋

--------------- 元のメッセージ ---------------
差出人: ${MISAKI.keep}
件名: 認定アカウント統合のお願い

${MISAKI_REQ}`,
  }),
  mk({
    slug: 'info-shota-uni', kind: 'info_request', lang: 'ja', caseId: CASE.shota, enc: 'utf8qp',
    note: 'asks for the university account\'s registered e-mail and full name; bottom of the casual thread quoted Gmail-style',
    to: SHOTA.keep, date: jst('2026-11-03 14:05:59'), subject: formSubject(CASE.shota),
    text: `高木様

ご連絡ありがとうございます。担当の森と申します。

大学時代のアカウントを特定するため、当時ご登録の氏名（ローマ字表記）と、受験された試験名・おおよその受験時期を教えていただけますか。学校のアドレス ${SHOTA.src} だけでは該当が見つかりませんでした。

森

${gmailJa('2026年11月2日(月) 1:37', `高木 翔太 <${SHOTA.keep}>`, `りょです！\n大学のほうのアドレス書いとくっす → ${SHOTA.src}\nよろしくです`)}`,
  }),
  mk({
    slug: 'info-soichiro-certs', kind: 'info_request', lang: 'ja', caseId: CASE.soichiro, enc: 'sjisb64',
    note: 'very polite agent asks for the list of certifications and pass dates on each account',
    to: SOICHIRO.keep, date: jst('2026-08-20 16:31:02'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
ご丁寧なお手紙を頂戴し、恐縮に存じます。

つきましては、お手数ながら、各アカウントで取得された認定の名称と合格日（おわかりになる範囲で結構でございます）をご教示いただけますと幸いでございます。旧勤務先のアカウントの候補者 ID も併せてお知らせくださいませ。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
小林`,
  }),
  mk({
    slug: 'info-kenjidup-writefromkeep', kind: 'info_request', lang: 'ja', caseId: CASE.kenjiDup, enc: 'jis7',
    note: 'asks him to write from the kept address AND to send the source account\'s ID: information request',
    to: KENJI.src, date: jst('2026-10-07 13:10:44'), subject: formSubject(CASE.kenjiDup),
    text: `岡田様

お問い合わせいただいたアドレスは、統合元となる旧勤務先のものかと存じます。
恐れ入りますが、残されるアカウントのアドレス（${KENJI.keep}）から本メールにご返信いただき、その際に統合元アカウントの候補者 ID を本文に記載してください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-misaki-skillbuilder', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64',
    note: 'asks for the Skill Builder and certification notification addresses; restates nothing advanced',
    to: MISAKI.keep, date: jst('2026-09-30 17:02:13'), subject: formSubject(CASE.misaki),
    text: `中村様

ご返信ありがとうございます。残すアカウントについて承知しました。
もう一点、統合元アカウントで AWS Skill Builder をご利用だった場合、そのログインに使っていたメールアドレスと、認定の通知先メールアドレスが同じかどうか教えていただけますか。

高橋

${gmailJa('2026年9月30日(水) 9:12', `中村 美咲 <${MISAKI.keep}>`, `高橋さん\n残すのは ${MISAKI.keep} の方ですけん、よろしくお願いします。\n中村`)}`,
  }),
  mk({
    slug: 'info-soichiro-which-alt', kind: 'info_request', lang: 'ja', caseId: CASE.soichiro, enc: 'utf8b64',
    note: 'multipart: asks which account is to survive, phrased without an explicit request word',
    to: SOICHIRO.keep, date: jst('2026-08-22 09:44:20'), subject: formSubject(CASE.soichiro),
    text: `田中様

ご教示いただいた内容、拝見いたしました。ありがとうございます。
旧勤務先アカウントのほうに、より新しい認定（2026 年 3 月合格）がございましたので、どちらのアカウントを存続させるかを改めて伺えればと存じます。ご返信にて存続先をお書き添えください。

小林`,
    html: `<div>田中様</div><div><br></div><div>ご教示いただいた内容、拝見いたしました。ありがとうございます。</div><div>旧勤務先アカウントのほうに、より新しい認定（2026 年 3 月合格）がございましたので、どちらのアカウントを存続させるかを改めて伺えればと存じます。ご返信にて存続先をお書き添えください。</div><div><br></div><div>小林</div>`,
  }),
  mk({
    slug: 'info-kenji-namecheck', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'sjis8',
    note: 'names on the two accounts differ; asks for the spelling and date of birth used on the exam booking',
    to: KENJI.keep, date: jst('2026-10-08 10:27:51'), subject: formSubject(CASE.kenji),
    text: `岡田様

お待たせしております。鈴木です。
頂戴した ID で照合したところ、2 つのアカウントで氏名のローマ字表記が異なっておりました（OKADA KENJI / OKADA KENZI）。
ご本人確認のため、正しい表記と、受験予約時にご登録の生年月日をお教えいただけますでしょうか。

鈴木

2026年10月7日(水) 22:03 岡田 健二 <${KENJI.keep}>:
> 鈴木さん、おおきにです。
> ID は ${KENJI.keepId} と ${KENJI.srcId} ですわ。残すんは個人の方でお願いします。`,
  }),

  // ---------------- confirmation_request (8)
  mk({
    slug: 'conf-kenji-jis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'asks him to agree to the irreversible merge by replying',
    to: KENJI.keep, date: jst('2026-10-09 14:12:30'), subject: formSubject(CASE.kenji),
    text: `岡田様

ご確認ありがとうございました。
統合元 ${KENJI.srcId} の認定を、${KENJI.keepId} に移す準備が整いました。

一度統合いたしますと、元の状態に戻すことはできません。
この内容で差し支えなければ、「同意します」とご返信ください。ご返信をもって作業を開始いたします。

鈴木`,
  }),
  mk({
    slug: 'conf-misaki-sjisb64', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64',
    note: 'consent request: the merge cannot be undone, reply to proceed',
    to: MISAKI.keep, date: jst('2026-10-01 13:40:02'), subject: formSubject(CASE.misaki),
    text: `中村様

いつもお世話になっております。高橋です。
いただいた情報で、統合の準備ができました。

【統合内容】
統合元: ${MISAKI.src}
統合先: ${MISAKI.keep}

なお、統合の取り消しはできませんのでご注意ください。上記で進めてよろしければ、その旨をこのメールへの返信でお知らせいただけますか。

高橋`,
  }),
  mk({
    slug: 'conf-shota-casualagent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.shota, enc: 'utf8b64',
    note: 'agent lets a friendlier voice through but still asks for consent to the irreversible merge',
    to: SHOTA.keep, date: jst('2026-11-05 12:18:07'), subject: formSubject(CASE.shota),
    text: `高木様

森です、お待たせしました！大学時代のアカウント、無事に見つかりました。

これから ${SHOTA.srcId} を ${SHOTA.keepId} に一本化しますが、あとから元に戻すことはできない作業になります。
OK でしたら、このメールに「進めてください」とだけ返してもらえれば大丈夫です。

森`,
  }),
  mk({
    slug: 'conf-soichiro-formal', kind: 'confirmation_request', lang: 'ja', caseId: CASE.soichiro, enc: 'jisb64',
    note: 'very formal consent request; the request is phrased as 「ご承諾のお返事を賜りたく」',
    to: SOICHIRO.keep, date: jst('2026-08-24 10:02:45'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

平素は格別のご高配を賜り、厚く御礼申し上げます。

ご指定いただきましたとおり、${SOICHIRO.srcId} の記録を ${SOICHIRO.keepId} へ統合いたします。
恐れ入りますが、本手続きは実施後に取り消すことができかねます。
つきましては、ご承諾のお返事を賜りたく、本メールへご返信くださいますようお願い申し上げます。

敬具
小林`,
  }),
  mk({
    slug: 'conf-kenji-alt-second', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf8qp',
    note: 'multipart re-ask for consent after the name check, Outlook quote of his dialect reply below',
    to: KENJI.keep, date: jst('2026-10-10 09:15:00'), subject: formSubject(CASE.kenji),
    text: `岡田様

氏名の表記についてご回答いただき、ありがとうございます。照合が取れました。
改めてのお願いとなりますが、統合を実施してよいか、ご意思をお聞かせください（実施後は元に戻せません）。

鈴木

${outlookJa(`岡田 健二 <${KENJI.keep}>`, '2026年10月9日 20:41', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.kenji), 'ローマ字は OKADA KENJI が正しいです。旧い方は入力ミスしてしもてたみたいで、えらいすんません。')}`,
    html: `<p>岡田様</p><p>氏名の表記についてご回答いただき、ありがとうございます。照合が取れました。<br>改めてのお願いとなりますが、統合を実施してよいか、ご意思をお聞かせください（実施後は元に戻せません）。</p><p>鈴木</p><div id="divRplyFwdMsg"><b>差出人:</b> 岡田 健二<br><b>送信日時:</b> 2026年10月9日 20:41<br><b>件名:</b> ${formSubject(CASE.kenji)}</div><div>ローマ字は OKADA KENJI が正しいです。旧い方は入力ミスしてしもてたみたいで、えらいすんません。</div>`,
  }),
  mk({
    slug: 'conf-forged-amaz0n', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jis7',
    trusted: false, auth: 'none', from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amaz0n.com>',
    note: 'consent request from amaz0n.com with no authentication results: a forgery',
    to: MISAKI.keep, date: jst('2026-10-01 02:11:09'), subject: formSubject(CASE.misaki),
    text: `中村様

統合の最終確認です。以下のリンクからサインインし、統合に同意してください。
同意されない場合、認定資格は失効します。
http://amaz0n.com.example-login.net/merge

AWS`,
  }),
  mk({
    slug: 'conf-misaki-hakata-quote', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'reminder asking again for the go-ahead; her Hakata-dialect question is quoted below',
    to: MISAKI.keep, date: jst('2026-10-02 15:30:51'), subject: formSubject(CASE.misaki),
    text: `中村様

ご質問ありがとうございます。統合後、統合元のアカウントにはサインインできなくなります。
その点もご了承いただけるようでしたら、統合実施への同意をご返信ください。

高橋

${gmailJa('2026年10月2日(金) 10:07', `中村 美咲 <${MISAKI.keep}>`, '高橋さん\n統合したら、古い方のアカウントはどげんなるとですか？\nログインできんくなるとやったら、先にスコアレポート落としとこうと思っとるけん。')}`,
  }),
  mk({
    slug: 'conf-shota-badges-mention', kind: 'confirmation_request', lang: 'ja', caseId: CASE.shota, enc: 'sjis8', trap: true,
    note: 'asks for consent; mentions that the badges will move after the merge (future), which does not make it a badge notice',
    to: SHOTA.keep, date: jst('2026-11-04 18:55:12'), subject: formSubject(CASE.shota),
    text: `高木様

統合のご依頼について、以下の点をご承知おきください。
・統合後は元に戻せません。
・Credly のバッジは、統合の後で新しいアカウント側に移す作業を行います。

上記をご理解のうえ、統合を進めてよろしいか、お返事をお待ちしております。

森`,
  }),

  // ---------------- merge_completed (8)
  mk({
    slug: 'merged-kenji-jis', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'support says the accounts are now merged',
    to: KENJI.keep, date: jst('2026-10-12 11:03:29'), subject: formSubject(CASE.kenji),
    text: `岡田様

お待たせいたしました。
${KENJI.srcId} の認定履歴を ${KENJI.keepId} に統合する作業が、本日完了しております。
今後は ${KENJI.keep} でサインインしてご利用ください。

鈴木

> 同意します。よろしゅうお頼み申します。
> 岡田`,
  }),
  mk({
    slug: 'merged-misaki-sjis', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8',
    note: 'completion notice that also asks her to check all looks right: still merge_completed',
    to: MISAKI.keep, date: jst('2026-10-05 10:21:44'), subject: formSubject(CASE.misaki),
    text: `中村様

ご同意いただいた統合作業が終わりました。
${MISAKI.keep} のアカウントに、旧アカウントの認定と特典が表示されているか、お手すきの際にご確認ください。

高橋`,
  }),
  mk({
    slug: 'merged-shota-qp', kind: 'merge_completed', lang: 'ja', caseId: CASE.shota, enc: 'utf8qp',
    note: 'casual-voiced agent announces the accounts are one now; te-form joins the clauses',
    to: SHOTA.keep, date: jst('2026-11-06 16:40:33'), subject: formSubject(CASE.shota),
    text: `高木様

森です。大学のアカウントの認定を今のアカウントに移して、2 つのアカウントを 1 つにまとめ終えました。
今後は ${SHOTA.keep} のほうだけ使っていただければ OK です。

${gmailJa('2026年11月5日(木) 12:30', `高木 翔太 <${SHOTA.keep}>`, 'りょ！進めてくださいっす🙏')}`,
  }),
  mk({
    slug: 'merged-soichiro-formal', kind: 'merge_completed', lang: 'ja', caseId: CASE.soichiro, enc: 'jisb64',
    note: 'formal completion report (統合の儀、滞りなく相済みました style)',
    to: SOICHIRO.keep, date: jst('2026-08-27 15:12:06'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

謹啓　ご承諾のお返事を賜り、誠にありがとうございました。
ご依頼のアカウント統合につきまして、本日、滞りなく完了いたしましたことをご報告申し上げます。
旧勤務先の記録は、すべて ${SOICHIRO.keepId} にてご覧いただけます。

謹白
小林`,
  }),
  mk({
    slug: 'merged-portal-alt', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    from: CERT_PORTAL,
    note: 'certification portal\'s own merge notice, no case ID',
    to: MISAKI.keep, date: jst('2026-10-05 10:02:17'), subject: 'AWS Certification アカウントが統合されました',
    text: `中村 美咲 様

お客様の AWS Certification アカウント（${MISAKI.src}）は、${MISAKI.keep} のアカウントに統合されました。
これまでの認定資格は統合後のアカウントで確認できます。

AWS Certification`,
    html: `<html><body><h2>アカウントが統合されました</h2><p>中村 美咲 様</p><p>お客様の AWS Certification アカウント（${MISAKI.src}）は、${MISAKI.keep} のアカウントに統合されました。これまでの認定資格は統合後のアカウントで確認できます。</p><p>AWS Certification</p></body></html>`,
  }),
  mk({
    slug: 'merged-forged-below', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    trusted: false, auth: 'forgedBelow',
    note: 'completion text, but the dmarc=pass header sits below the server\'s Received line: untrusted',
    to: KENJI.keep, date: jst('2026-10-11 04:44:10'), subject: formSubject(CASE.kenji),
    text: `岡田様

アカウントの統合が完了しました。新しいパスワードを以下から設定してください。
http://aws-cert-merge.example.net/reset

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merged-kenji-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, enc: 'sjisb64',
    note: 'merge done and the case will now close: the new fact is the merge',
    to: KENJI.keep, date: jst('2026-10-12 11:05:50'), subject: formSubject(CASE.kenji),
    text: `岡田様

ご依頼の統合作業を本日実施し、お客様の 2 つのアカウントは一つにまとまりました。これに伴い、本ケースはこのあとクローズさせていただきます。
バッジについて何かございましたら、このメールにご返信いただければ引き続き対応いたします。

鈴木`,
  }),
  mk({
    slug: 'merged-misaki-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', forUser: false,
    resent: { from: 'postmaster@hakata-soft.example.co.jp', to: 'it-helpdesk@hakata-soft.example.co.jp', date: jst('2026-10-05 10:40:02') },
    note: 'completion notice redirected by the old employer\'s server to its helpdesk (Resent-*): not delivered to the user',
    to: MISAKI.src, date: jst('2026-10-05 10:22:01'), subject: formSubject(CASE.misaki),
    text: `中村様

統合作業が完了しました。${MISAKI.src} の認定は ${MISAKI.keep} に移っております。

高橋`,
  }),
];
