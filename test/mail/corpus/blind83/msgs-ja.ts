// Japanese messages of set cd: badges and benefits after the merge.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY, CREDLY_AWS, KENJI, M, MISAKI, SUPPORT, SUPPORT_BARE, credlyHtml, d, formSubject, gmailJa, outlookJa, paras, sfOriginal, sfRef, to } from './common.js';

const K = to(KENJI.ja, KENJI.keep);
const Ks = to(KENJI.ja, KENJI.src);
const Mi = to(MISAKI.ja, MISAKI.keep);
const TARO = '山田 太郎 <taro.personal@example.com>';
const TARO_CASE = '1785520194';

const KENJI_REQ = `AWS認定のアカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
旧アカウント側のCredlyバッジと、50%割引の特典も移せるとありがたいです。
森 健二`;

const MISAKI_REQ = `お世話になります、中村です。
前職のアドレス(${MISAKI.src})で取った認定と、個人アドレスの認定を1つにしたいです。
残したいのは ${MISAKI.keep} のほうです。バッジもこちらに寄せたいです。`;

const ack: Msg[] = [
  M({
    slug: 'ack-kenji-form', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt of the merge case with its case ID',
    from: SUPPORT, to: K, date: d('2026-02-02 10:41:07'),
    subject: `[CASE ${CASE.kenji}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `${KENJI.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
このメールは送信専用アドレスから自動でお送りしています。

お問い合わせ番号 ${CASE.kenji} にて内容を承りました。
担当者が内容を確認し、通常1～2営業日以内にご連絡いたします。
同じご用件で新たにケースを作成されますと、回答までにお時間をいただく場合がございますのでご注意ください。

AWS Training and Certification カスタマーサポート`,
  }),
  M({
    slug: 'ack-misaki-notify', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    note: 'AWS Support notification that a case was opened',
    from: AWS_NOTIFY, to: Mi, date: d('2026-01-19 21:03:55'),
    subject: `ケース ${CASE.misaki} を受け付けました - AWS トレーニングと認定`,
    text: `中村 美咲 様

ケース ID ${CASE.misaki} が作成されました。
カテゴリ: AWS トレーニングと認定 / アカウントのサポート

サポート担当からの返信は、登録いただいたメールアドレス宛てに届きます。
このメールへの返信でも追加情報をお送りいただけます。

Amazon Web Services`,
  }),
  M({
    slug: 'ack-misaki-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup, enc: 'sjis8',
    note: 'receipt of a second case the user opened about the same merge (badges not showing); still a receipt',
    from: SUPPORT, to: Mi, date: d('2026-02-11 08:12:40'),
    subject: `[CASE ${CASE.misakiDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `本メールはお問い合わせの受付確認として自動送信されています。

受付番号: ${CASE.misakiDup}
ご相談内容: 統合後、Credlyにバッジが表示されない

内容を確認のうえ、担当よりご連絡差し上げます。今しばらくお待ちください。
※本メールにお心当たりがない場合は破棄してください。`,
  }),
  M({
    slug: 'ack-kenji-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, enc: 'utf8qp',
    note: 'HTML-only receipt; case ID in the body only',
    from: AWS_NOTIFY, to: K, date: d('2026-02-02 10:41:31'),
    subject: 'AWS サポートへのお問い合わせを受け付けました',
    html: `<html><body><div style="font-family:Meiryo,sans-serif">
<p>${KENJI.ja} 様</p>
<p>お問い合わせありがとうございます。ご依頼は下記の番号で登録されました。</p>
<table border="1" cellpadding="4"><tr><th>ケース ID</th><td>${CASE.kenji}</td></tr><tr><th>サービス</th><td>AWS トレーニングと認定</td></tr><tr><th>重要度</th><td>一般的な質問</td></tr></table>
<p>担当エンジニアからの連絡をお待ちください。</p>
<p>Amazon Web Services, Inc.</p></div></body></html>`,
  }),
  M({
    slug: 'ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, trusted: false, enc: 'utf8qp',
    note: 'receipt sent from a look-alike domain (aws-certification-support.jp): untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@aws-certification-support.jp>', to: K, date: d('2026-02-02 11:20:13'),
    subject: `[CASE ${CASE.kenji}] お問い合わせ受付のご連絡`,
    text: `森 健二 様

ケース ${CASE.kenji} を受け付けました。
バッジと特典の移行手続きのため、下記URLより本人確認をお済ませください。
https://aws-certification-support.jp/verify

AWSトレーニングと認定`,
  }),
  M({
    slug: 'ack-taro-b64', kind: 'acknowledgement', lang: 'ja', caseId: TARO_CASE, enc: 'jisb64',
    note: 'receipt in ISO-2022-JP base64, case ID in subject and body',
    from: SUPPORT, to: TARO, date: d('2026-03-04 14:02:19'),
    subject: `[CASE ${TARO_CASE}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `山田様

お問合せを頂戴しました。番号は ${TARO_CASE} です。
追ってサポート担当よりメールいたします。
なお、認定アカウントの統合に関するお問合せは、残したいアカウントのメールアドレスからお送りいただくとスムーズです。

-- 
AWS トレーニングと認定 サポートセンター`,
  }),
  M({
    slug: 'ack-misaki-shape', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'receipt recognisable by its shape only (case table, status opened)',
    from: AWS_NOTIFY, to: Mi, date: d('2026-01-19 21:04:02'),
    subject: `AWS Support Case ${CASE.misaki}`,
    text: `ケース ID: ${CASE.misaki}
件名: 認定アカウント統合とデジタルバッジについて
ステータス: 未対応
作成日時: 2026-01-19 12:03 UTC
言語: 日本語

ケースの詳細はサポートセンターでご覧いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.misaki}`,
  }),
];

const ai: Msg[] = [
  M({
    slug: 'ai-kenji-tool', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenji,
    note: 'AI-generated suggestion to use the Merge Accounts tool, then claim badges',
    from: SUPPORT, to: K, date: d('2026-02-02 10:40:12'),
    subject: '[AWS Training and Certification] AI による回答のご案内',
    text: `この回答は生成 AI によって作成されました。内容が正しくない場合があります。

ご質問: 認定アカウントを1つにまとめたい (ケース ${CASE.kenji})

・AWS 認定アカウントにサインインし、[プロファイル] の [アカウントの統合] からご自身で統合を実行できます。
・統合後、旧アカウントのデジタルバッジは Credly で統合先のメールアドレス宛てに受け取り直してください。
・問題が解決しない場合は [ケースを作成] を選択してください。`,
  }),
  M({
    slug: 'ai-voucher', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64',
    note: 'automated answer about where the 50% voucher appears after a merge; still ai_answer',
    from: AWS_NOTIFY, to: Mi, date: d('2026-01-19 20:58:44'),
    subject: 'ご質問への自動回答: 特典バウチャーの表示について',
    text: `中村 様

お問い合わせの内容に基づき、自動的に関連情報をお届けしています。

統合を行うと、統合元アカウントで未使用の 50% 割引バウチャーは統合先アカウントの「特典」ページに表示されます。
使用済み、または有効期限切れのバウチャーは表示されません。
アカウントの統合は認定ポータルのセルフサービス機能から行えます。

この回答で解決しましたか?  はい / いいえ(担当者に問い合わせる)`,
  }),
  M({
    slug: 'ai-credly-hint', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64',
    note: 'AI suggestion: merge first, then accept the badges on Credly',
    from: SUPPORT, to: TARO, date: d('2026-03-04 13:58:03'),
    subject: 'AWS トレーニングと認定: 自動生成された回答',
    text: `山田 太郎 様

※以下はAIアシスタントが作成した参考情報です。

Credlyのバッジを一つのプロフィールにまとめたい場合は、先に認定アカウントの統合を済ませ、その後Credlyで統合先メールアドレス宛てのバッジを受け取ってください。
Credlyのプロフィール同士の統合はCredlyの設定画面(Settings > Account)から行えます。

解決しない場合は、このページからケースを作成できます。`,
  }),
  M({
    slug: 'ai-html-multi', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    note: 'AI answer in multipart/alternative explaining what happens after a merge',
    from: AWS_NOTIFY, to: K, date: d('2026-05-11 09:15:20'),
    subject: 'Amazon Q による回答: 認定アカウントの統合',
    text: `AIによる回答

認定アカウントの統合後は、以下が統合先に引き継がれます。
- 認定資格の履歴と有効期限
- 未使用の特典(50%割引バウチャー等)
- 試験の予約履歴
Credlyのバッジは自動で引き継がれないことがあります。その場合はCredlyで再度受け取りの操作を行ってください。

セルフサービスの統合ツールでエラーになる場合は、担当者へのお問い合わせをご検討ください。`,
    html: `<html><body><h3>AIによる回答</h3>${paras('認定アカウントの統合後は、認定資格の履歴と有効期限、未使用の特典(50%割引バウチャー等)、試験の予約履歴が統合先に引き継がれます。\n\nCredlyのバッジは自動で引き継がれないことがあります。その場合はCredlyで再度受け取りの操作を行ってください。\n\nセルフサービスの統合ツールでエラーになる場合は、担当者へのお問い合わせをご検討ください。')}</body></html>`,
  }),
  M({
    slug: 'ai-noauth', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'none',
    note: 'AI-style answer with no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY, to: Mi, date: d('2026-01-20 07:31:11'),
    subject: 'AIアシスタントからのご提案',
    text: `自動応答です。

認定アカウントの統合ツール(プロファイル > アカウントの統合)をお試しください。
両方のアカウントに認定履歴がある場合、ツールでは統合できずサポートへのお問い合わせが必要です。`,
  }),
  M({
    slug: 'ai-recert', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    note: 'automated answer about expiry dates after merging; explains, does not report',
    from: SUPPORT, to: K, date: d('2026-04-02 18:20:45'),
    subject: '自動回答: 統合後の有効期限について',
    text: `本メールはAIにより自動生成されています。

統合しても各認定の有効期限は変わりません。有効期限は取得日から3年間です。
再認定の時期が近い場合、統合先アカウントの特典にある50%割引バウチャーを再認定試験に利用できます。
バッジの有効期限はCredly上の表示と認定アカウントの表示が一致します。`,
  }),
  M({
    slug: 'ai-short-mobile', kind: 'ai_answer', lang: 'ja', enc: 'utf88bit',
    note: 'short AI suggestion, UTF-8 8bit',
    from: SUPPORT, to: Mi, date: d('2026-02-11 08:10:02'),
    subject: '回答候補のご案内(自動)',
    text: `バッジが表示されない場合の確認事項(AI生成):
1) Credlyにサインインしているメールアドレスが、認定アカウントの通知先アドレスと同じか
2) 迷惑メールフォルダに admin@credly.com からの通知が届いていないか
3) Credlyのプライバシー設定でバッジが非公開になっていないか
それでも解決しない場合は担当者にお問い合わせください。`,
  }),
];

const info: Msg[] = [
  M({
    slug: 'info-kenji-ids', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks for both candidate IDs, emails and which account to keep, Salesforce quote below',
    from: SUPPORT, to: K, date: d('2026-02-03 16:22:09'), subject: formSubject(CASE.kenji),
    text: `森様

お問い合わせいただきありがとうございます。AWSトレーニングと認定のサポート担当、鈴木でございます。

統合作業の準備として、恐れ入りますが以下をご返信ください。
1. 両アカウントの受験者ID(AWSから始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 統合後に残すアカウント
4. Credlyでバッジを受け取っているメールアドレス

以上、よろしくお願いいたします。

${sfRef('8Jx2kQ')}

${sfOriginal(KENJI.keep, '2026/02/02 10:40', SUPPORT_BARE, 'AWS Training and Certification Form Submission', KENJI_REQ)}`,
  }),
  M({
    slug: 'info-misaki-credly-addr', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'asks which address the re-issued badges should go to',
    from: SUPPORT, to: Mi, date: d('2026-01-21 11:05:37'), subject: formSubject(CASE.misaki),
    text: `中村 美咲 様

ご連絡ありがとうございます。
バッジの付け替えを手配するにあたり、Credlyのプロフィールに登録されているメールアドレスを教えていただけますか。
${MISAKI.keep} 以外のアドレスでCredlyをご利用の場合は、そのアドレスも併せてお知らせください。

AWS Training and Certification 高橋`,
  }),
  M({
    slug: 'info-confirm-worded', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true, enc: 'sjis8',
    note: 'worded with 確認 but asks which address to keep: info_request (trap)',
    from: SUPPORT, to: Mi, date: d('2026-01-22 15:48:00'), subject: formSubject(CASE.misaki),
    text: `中村様

いつもお世話になっております。
いただいた内容では、どちらのアカウントを残されるのかが読み取れませんでした。
統合先とするメールアドレスをご確認のうえ、お知らせください。

なお、旧アカウント側に未使用の特典がございますので、統合先には自動で引き継がれます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'info-badge-list', kind: 'info_request', lang: 'ja', caseId: CASE.misakiDup, enc: 'jisb64',
    note: 'after the merge, support asks for the Credly profile URL and the names of the missing badges',
    from: SUPPORT, to: Mi, date: d('2026-02-12 10:30:44'), subject: formSubject(CASE.misakiDup),
    text: `中村様

お待たせしております。
表示されていないバッジについて調査いたしますので、
・CredlyのプロフィールURL
・表示されていないバッジの名称(例: AWS Certified Developer - Associate)
・旧アカウントでバッジを受け取った時期(おおよそで構いません)
をお送りいただけますでしょうか。

恐れ入りますがよろしくお願いいたします。`,
  }),
  M({
    slug: 'info-voucher-code', kind: 'info_request', lang: 'ja', caseId: TARO_CASE, enc: 'jisb64',
    note: 'asks for the voucher code and pass dates on the old account before merging',
    from: SUPPORT, to: TARO, date: d('2026-03-05 09:12:33'), subject: formSubject(TARO_CASE),
    text: `山田様

お世話になっております。
特典の引き継ぎ状況を確認するため、旧アカウントの「特典」タブに表示されている割引バウチャーのコードと、各認定の合格日を教えていただけますか。
スクリーンショットの添付でも結構です。

${gmailJa('2026年3月4日(水) 14:01', TARO, '統合元 AWS55219047 の方に未使用のバウチャーがあるはずです。\nこれも移せますか?')}`,
  }),
  M({
    slug: 'info-outlook-screenshot', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64',
    note: 'asks for a screenshot of the Credly dashboard; Outlook-style quote below',
    from: SUPPORT, to: K, date: d('2026-02-09 13:14:51'), subject: formSubject(CASE.kenji),
    text: `森 様

ご返信ありがとうございます。
Credly側で受け取り済みのバッジを確認したいので、ダッシュボード画面のスクリーンショットを本メールへの返信でお送りください。
あわせて、バッジの受け取りに使ったメールアドレスもご記入ください。

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年2月8日 22:03', SUPPORT_BARE, formSubject(CASE.kenji), '統合ありがとうございました。ただ、Credlyで旧アカウントのバッジが見当たりません。')}`,
  }),
  M({
    slug: 'info-dmarc-fail', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'fail',
    note: 'asks for login password; dmarc=fail on amazon.com: forged, untrusted',
    from: SUPPORT, to: K, date: d('2026-02-04 02:11:09'), subject: formSubject(CASE.kenji),
    text: `森様

バッジと特典を移行するため、旧アカウントのログインパスワードと、登録の携帯電話番号を返信でお知らせください。
48時間以内にご返信がない場合、特典は失効します。`,
  }),
  M({
    slug: 'info-from-kept', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks the user to write from the kept address AND give the candidate ID: info_request',
    from: SUPPORT, to: Ks, date: d('2026-02-02 17:45:26'), subject: formSubject(CASE.kenji),
    extra: { rcpt: KENJI.src },
    text: `森様

ご本人確認のため、お手数ですが、統合後に残す方のメールアドレスから本ケースにご返信のうえ、そのアカウントの受験者IDを記載してください。
旧アドレスからのご依頼のままでは、作業を進めることができかねます。

AWS トレーニングと認定 サポート 伊藤`,
  }),
];

const conf: Msg[] = [
  M({
    slug: 'conf-kenji', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks consent to an irreversible merge, lists what will move',
    from: SUPPORT, to: K, date: d('2026-02-05 12:03:18'), subject: formSubject(CASE.kenji),
    text: `森 健二 様

情報のご提供ありがとうございます。以下の内容で統合を行います。

統合先: ${KENJI.keepId} (${KENJI.keep})
統合元: ${KENJI.srcId} (${KENJI.src})
移行対象: 認定資格 2件、未使用の50%割引バウチャー 1件

統合を行うと元に戻すことはできません。
この内容でよろしければ、本メールに「同意します」とご返信ください。ご返信をいただき次第、手続きに入ります。

鈴木`,
  }),
  M({
    slug: 'conf-misaki-qp', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'consent request; mentions badges will be reissued after the merge (future)',
    from: SUPPORT, to: Mi, date: d('2026-01-24 10:18:02'), subject: formSubject(CASE.misaki),
    text: `中村様

お世話になっております。
${MISAKI.src} のアカウント(${MISAKI.srcId})を、${MISAKI.keep} のアカウント(${MISAKI.keepId})へまとめる準備が整いました。
統合は取り消しができない処理のため、実施に同意いただけるかどうか、ご返信をお願いできますか。
統合後、Credlyのバッジは統合先のアドレス宛てに改めて発行される予定です。

高橋`,
  }),
  M({
    slug: 'conf-taro-sjis', kind: 'confirmation_request', lang: 'ja', caseId: TARO_CASE, enc: 'sjisb64',
    note: 'consent request phrased with 承諾, Shift_JIS base64',
    from: SUPPORT, to: TARO, date: d('2026-03-06 16:40:27'), subject: formSubject(TARO_CASE),
    text: `山田様

ご連絡が遅くなり申し訳ございません。
バウチャーの件も含め確認がとれましたので、統合手続きに進めます。
一度統合したアカウントは分割できませんので、ご承諾いただける旨を本メールへの返信でお知らせください。
ご承諾の連絡をもって作業を開始いたします。`,
  }),
  M({
    slug: 'conf-long-thread', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64',
    note: 'consent request on top of a long Gmail-quoted thread',
    from: SUPPORT, to: Mi, date: d('2026-01-23 09:02:41'), subject: formSubject(CASE.misaki),
    text: `中村様

ご回答ありがとうございます。
最後に一点だけ、統合は後から取り消せない操作になりますが、このまま実施してよろしいでしょうか。問題なければその旨ご返信ください。

${gmailJa('2026年1月22日(木) 18:30', `${MISAKI.ja} <${MISAKI.keep}>`, `残すのは ${MISAKI.keep} です。\nCredlyも同じアドレスです。\n\n${gmailJa('2026年1月22日(木) 15:48', `AWS Training and Certification <${SUPPORT_BARE}>`, '統合先とするメールアドレスをご確認のうえ、お知らせください。')}`)}`,
  }),
  M({
    slug: 'conf-html-multi', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64',
    note: 'consent request as multipart/alternative',
    from: SUPPORT, to: K, date: d('2026-02-06 09:44:10'), subject: formSubject(CASE.kenji),
    text: `森様

念のため再度のご案内です。統合の実施について、まだご意思を確認できておりません。
統合は不可逆の操作です。進めてよい場合は、このメールにそのままご返信ください。`,
    html: `<div>${paras('森様\n\n念のため再度のご案内です。統合の実施について、まだご意思を確認できておりません。\n\n統合は不可逆の操作です。進めてよい場合は、このメールにそのままご返信ください。')}</div>`,
  }),
  M({
    slug: 'conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'forgedBelow',
    note: 'consent request whose only dmarc=pass sits below the server Received line: untrusted',
    from: SUPPORT, to: K, date: d('2026-02-05 23:51:30'), subject: formSubject(CASE.kenji),
    text: `森様

統合にご同意いただける場合は、下記フォームから同意ボタンを押してください。
https://aws-merge-consent.example.net/form?c=${CASE.kenji}`,
  }),
  M({
    slug: 'conf-typo', kind: 'confirmation_request', lang: 'ja', caseId: TARO_CASE,
    note: 'consent request with a typo and the reply word spelled out',
    from: SUPPORT, to: TARO, date: d('2026-03-07 10:10:10'), subject: formSubject(TARO_CASE),
    text: `山田さま

統合の準備ができました。統合後にの取り消しはできかねますので、ご了承いただけましたら「統合に同意します」と一言ご返信ください。
ご返信が確認でき次第、担当チームにて作業いたします。`,
  }),
];

const merged: Msg[] = [
  M({
    slug: 'merged-kenji', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: 'support says the accounts were merged; badges only promised for later',
    from: SUPPORT, to: K, date: d('2026-02-07 15:27:44'), subject: formSubject(CASE.kenji),
    text: `森様

ご同意ありがとうございました。
本日、${KENJI.srcId} を ${KENJI.keepId} に統合いたしました。
認定資格と特典が統合先アカウントに表示されていることをご確認ください。
Credlyのデジタルバッジは、数日のうちに統合先のアドレス宛てに通知が届く見込みです。

鈴木`,
  }),
  M({
    slug: 'merged-portal', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: CERT_PORTAL, to: Mi, date: d('2026-01-26 04:12:09'),
    subject: 'AWS 認定アカウントが統合されました',
    text: `中村 美咲 様

お客様の AWS 認定アカウントの統合が完了しました。
今後は ${MISAKI.keep} でサインインしてください。認定資格、特典、試験履歴は 1 つのアカウントで確認できます。

AWS 認定 プログラム`,
  }),
  M({
    slug: 'merged-and-close', kind: 'merge_completed', lang: 'ja', caseId: TARO_CASE, enc: 'sjis8',
    note: 'merge done and the case will be closed: the new fact is the merge',
    from: SUPPORT, to: TARO, date: d('2026-03-09 11:55:00'), subject: formSubject(TARO_CASE),
    text: `山田様

ご承諾いただいた統合作業が完了しましたのでお知らせします。
AWS55219047 の資格情報は AWS10482736 に移っております。
本件はこれにてクローズとさせていただきます。ご不明点がございましたら本メールにご返信ください。`,
  }),
  M({
    slug: 'merged-voucher-moved', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'merge finished, voucher now on the kept account',
    from: SUPPORT, to: Mi, date: d('2026-01-26 10:02:51'), subject: formSubject(CASE.misaki),
    text: `中村様

お待たせいたしました。アカウントの統合作業が終わり、旧アカウントで未使用だった50%割引バウチャーも統合先の特典ページに移っています。
一度サインインし直して、表示に誤りがないかご確認ください。
バッジについては、Credlyからのメールをお待ちください。`,
  }),
  M({
    slug: 'merged-portal-html', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp',
    note: 'HTML-only portal notice of a merge',
    from: CERT_PORTAL, to: K, date: d('2026-02-07 06:30:00'),
    subject: '【AWS認定】アカウント統合完了のお知らせ',
    html: `<html><body><table width="600"><tr><td><img src="https://www.aws.training/logo.png" alt="AWS Certification"></td></tr>
<tr><td><p>${KENJI.ja} 様</p><p>ご依頼のあった認定アカウントを 1 つにまとめました。統合元アカウント(${KENJI.src})ではサインインできなくなります。</p>
<p><a href="https://cp.certmetrics.com/amazon/">認定アカウントにサインイン</a></p></td></tr></table></body></html>`,
  }),
  M({
    slug: 'merged-outlook', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64',
    note: 'merge done, Outlook quote of the consent reply below',
    from: SUPPORT, to: Mi, date: d('2026-01-25 17:20:05'), subject: formSubject(CASE.misaki),
    text: `中村様

統合の処理が本日完了しております。統合先アカウント ${MISAKI.keepId} に全ての認定が表示されるはずです。
引き続きよろしくお願いいたします。

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年1月24日 11:02', SUPPORT_BARE, formSubject(CASE.misaki), '統合に同意します。よろしくお願いします。')}`,
  }),
  M({
    slug: 'merged-lookalike-server', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'lookalikeServer',
    note: 'merge notice whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: K, date: d('2026-02-07 03:03:03'), subject: formSubject(CASE.kenji),
    text: `森様

アカウント統合が完了いたしました。特典の受け取りには以下のページで再ログインしてください。
https://aws-training-benefits.example.org/login`,
  }),
  M({
    slug: 'merged-mixed', kind: 'merge_completed', lang: 'ja', caseId: TARO_CASE,
    note: 'Japanese agent text with English boilerplate: merge completed',
    from: SUPPORT, to: TARO, date: d('2026-03-09 09:01:40'), subject: formSubject(TARO_CASE),
    text: `山田様

統合、完了いたしました。旧アカウントの認定2件と、バウチャー1件を統合先で確認済みです。

Thank you for contacting AWS Training and Certification.
We value your feedback. Please let us know how we did by replying to the survey you may receive.`,
  }),
];

const badges: Msg[] = [
  M({
    slug: 'badge-credly-kenji', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    note: 'Credly issues the AWS badge to the kept address',
    from: CREDLY_AWS, to: K, date: d('2026-02-09 02:14:33'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `森 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/6f1c2b7e-0d4a-4c3e-9a51-2e7d8f0b1c44

Credly`,
    html: credlyHtml('バッジが発行されました', ['森 健二 さん', 'Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。'], 'バッジを入手する'),
  }),
  M({
    slug: 'badge-support-moved-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'support says the badges moved to the kept address and closes',
    from: SUPPORT, to: K, date: d('2026-02-10 14:05:12'), subject: formSubject(CASE.kenji),
    text: `森様

お待たせいたしました。
旧アカウントに紐づいていたCredlyバッジ3件を、${KENJI.keep} 宛てに付け替えました。Credlyにサインインすると一覧に表示されます。
以上をもちまして本件は完了とし、ケースをクローズいたします。

鈴木`,
  }),
  M({
    slug: 'badge-reissued-qp', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    note: 'Credly: an AWS badge re-issued to the kept address',
    from: CREDLY_AWS, to: Mi, date: d('2026-01-28 19:40:20'),
    subject: 'バッジが再発行されました: AWS Certified Cloud Practitioner',
    text: `中村 美咲 さん

Amazon Web Services Training and Certification が、あなたのメールアドレス ${MISAKI.keep} 宛てに次のバッジを再発行しました。

AWS Certified Cloud Practitioner
発行日: 2024年6月3日 / 有効期限: 2027年6月3日

バッジを受け取って、プロフィールに追加しましょう。
https://www.credly.com/earner/earned`,
  }),
  M({
    slug: 'badge-chase-answer', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misakiDup, enc: 'sjis8',
    note: 'support answers the chase: the two missing badges now sit on the kept address',
    from: SUPPORT, to: Mi, date: d('2026-02-13 16:16:16'), subject: formSubject(CASE.misakiDup),
    text: `中村様

ご提供いただいた情報をもとに確認しました。
ご指摘のバッジ(Solutions Architect - Professional、Developer - Associate)につきましても、本日付で ${MISAKI.keep} 宛てへの付け替えが済んでおります。
Credlyのダッシュボードを再読み込みしてご確認ください。`,
  }),
  M({
    slug: 'badge-credly-jis', kind: 'badges_transferred', lang: 'ja', enc: 'jisb64',
    note: 'Credly AWS badge mail in ISO-2022-JP base64',
    from: CREDLY_AWS, to: Mi, date: d('2026-01-28 19:41:02'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `中村 美咲 さん、おめでとうございます!

Amazon Web Services Training and Certification は「AWS Certified Developer - Associate」の取得を認定し、あなたにバッジを発行しました。

[バッジを入手する]
https://www.credly.com/badges/a0b9e7c1-55d2-4f1e-8c33-71be02f9d6aa/accept

Credlyアカウントをお持ちでない場合は、このメールアドレスで作成できます。`,
  }),
  M({
    slug: 'badge-and-voucher', kind: 'badges_transferred', lang: 'ja', caseId: TARO_CASE, enc: 'utf8b64',
    note: 'support reports badges and the voucher both moved after the merge; Gmail quote below',
    from: SUPPORT, to: TARO, date: d('2026-03-11 10:45:09'), subject: formSubject(TARO_CASE),
    text: `山田様

ご連絡ありがとうございます。
統合先アカウントのメールアドレス宛てに、旧アカウント分のバッジ2件が移行済みであることを確認しました。バウチャーも特典タブにございます。

${gmailJa('2026年3月10日(火) 21:14', TARO, '統合ありがとうございました。\nバッジがまだ旧アドレスのままのようです。移していただけますか?')}`,
  }),
  M({
    slug: 'badge-outlook', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'support: badge moved, Outlook quote of the user chasing',
    from: SUPPORT, to: K, date: d('2026-02-10 09:12:58'), subject: formSubject(CASE.kenji),
    text: `森様

Credlyチームと連携し、AWS Certified SysOps Administrator - Associate のバッジを統合先メールアドレスに移しました。お手数ですがご確認ください。

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年2月9日 23:40', SUPPORT_BARE, formSubject(CASE.kenji), 'SAAのバッジは届きましたが、SOAのバッジがありません。')}`,
  }),
  M({
    slug: 'badge-multi-html', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    note: 'Credly HTML-only mail: several AWS badges issued to the kept address',
    from: CREDLY_AWS, to: K, date: d('2026-02-09 02:15:10'),
    subject: '3件の新しいバッジがあります',
    html: credlyHtml('Amazon Web Services Training and Certification から3件のバッジ', ['AWS Certified Solutions Architect - Associate', 'AWS Certified SysOps Administrator - Associate', 'AWS Certified Cloud Practitioner', `受取先: ${KENJI.keep}`], 'バッジを入手する'),
  }),
  M({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, enc: 'utf8b64', auth: 'pass',
    note: 'Credly-style AWS badge mail from a look-alike domain (credly-badges.net): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: Mi, date: d('2026-01-28 22:09:51'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `中村 美咲 さん

バッジが発行されました。下記からサインインして受け取ってください。
https://credly-badges.net/signin`,
  }),
  M({
    slug: 'badge-otheronly', kind: 'badges_transferred', lang: 'ja', trusted: false, auth: 'otherOnly', enc: 'utf8b64',
    note: 'AWS badge mail whose only Authentication-Results is a foreign one: untrusted',
    from: CREDLY_AWS, to: K, date: d('2026-02-09 05:30:00'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `森 健二 さん

「AWS Certified Cloud Practitioner」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned`,
  }),
  M({
    slug: 'badge-resent-oldco', kind: 'badges_transferred', lang: 'ja', forUser: false, enc: 'utf8b64',
    note: 'AWS badge mail redirected by the old company mailbox (Resent-*): forUser false',
    from: CREDLY_AWS, to: Ks, date: d('2026-02-09 02:16:00'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    extra: { resent: { from: 'postmaster@oldco.example.co.jp', to: 'it-archive@oldco.example.co.jp', date: d('2026-02-09 02:17:30') } },
    text: `森 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned`,
  }),
];

const closed: Msg[] = [
  M({
    slug: 'close-auto-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup,
    note: 'reminder: the case will close without a reply',
    from: SUPPORT, to: Mi, date: d('2026-02-17 09:00:00'), subject: formSubject(CASE.misakiDup),
    text: `中村様

先日お送りしたご案内について、その後いかがでしょうか。
7日間ご返信がない場合、本ケースは自動的に終了となります。
追加のご質問がありましたら、このメールに返信してください。`,
  }),
  M({
    slug: 'close-done-qp', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'case closed notice',
    from: AWS_NOTIFY, to: Mi, date: d('2026-02-02 12:00:31'),
    subject: `ケース ${CASE.misaki} はクローズされました`,
    text: `AWS サポートケース ${CASE.misaki} はクローズされました。

同じ件で引き続きサポートが必要な場合は、サポートセンターからケースを再開できます。`,
  }),
  M({
    slug: 'close-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'closing that only restates the earlier merge and badge move (trap)',
    from: SUPPORT, to: K, date: d('2026-02-17 10:30:22'), subject: formSubject(CASE.kenji),
    text: `森様

先週ご案内したとおり、アカウントの統合およびバッジの付け替えはすでに完了しております。
その後ご連絡がございませんので、本ケースはクローズといたします。`,
  }),
  M({
    slug: 'close-sjis-resolved', kind: 'case_closed', lang: 'ja', caseId: TARO_CASE, enc: 'sjis8',
    note: 'resolved and closed',
    from: SUPPORT, to: TARO, date: d('2026-03-16 08:20:45'), subject: formSubject(TARO_CASE),
    text: `山田様

本件は解決済みとして、お問い合わせを終了させていただきました。
ご利用ありがとうございました。`,
  }),
  M({
    slug: 'close-status-html', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64',
    note: 'HTML status update: case resolved',
    from: AWS_NOTIFY, to: K, date: d('2026-02-17 10:31:00'),
    subject: `[AWS Support] ケースのステータス更新: ${CASE.kenji}`,
    html: `<html><body><p>ケース ID: <b>${CASE.kenji}</b></p><p>ステータス: <b>解決済み</b></p><p>このケースは解決済みとしてマークされました。再度サポートが必要な場合はケースを再オープンしてください。</p></body></html>`,
  }),
  M({
    slug: 'close-misaligned', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'misaligned',
    note: 'close notice with dkim for an unrelated domain and dmarc=fail: untrusted',
    from: SUPPORT, to: Mi, date: d('2026-02-01 20:20:20'), subject: formSubject(CASE.misaki),
    text: `中村様

本ケースはクローズされました。特典の受け取りを希望される場合は下記より手続きしてください。
https://benefit-claim.example.com/aws`,
  }),
  M({
    slug: 'close-3days-b64', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64',
    note: 'will auto-close in 3 days without a reply',
    from: SUPPORT, to: K, date: d('2026-02-14 09:05:14'), subject: formSubject(CASE.kenji),
    text: `森様

その後、バッジの表示に問題はございませんでしょうか。
3日以内にご連絡がない場合は、解決したものとしてケースを閉じさせていただきます。`,
  }),
];

const reply: Msg[] = [
  M({
    slug: 'reply-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'thanks for confirming, passed to the team (trap: confirmation words)',
    from: SUPPORT, to: K, date: d('2026-02-06 14:40:09'), subject: formSubject(CASE.kenji),
    text: `森様

ご同意のご連絡、確かに承りました。担当チームに統合作業を依頼しております。
作業が終わり次第、改めてご連絡いたします。`,
  }),
  M({
    slug: 'reply-badges-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.misakiDup, trap: true, enc: 'utf8qp',
    note: 'badges have NOT moved yet (negated; trap)',
    from: SUPPORT, to: Mi, date: d('2026-02-11 17:02:30'), subject: formSubject(CASE.misakiDup),
    text: `中村様

確認しましたところ、現時点ではバッジの付け替えはまだ完了しておりません。
Credly側での反映に数営業日かかることがございますので、今しばらくお待ちいただけますと幸いです。`,
  }),
  M({
    slug: 'reply-voucher-used', kind: 'support_reply', lang: 'ja', caseId: TARO_CASE, trap: true, enc: 'sjis8',
    note: 'explains a used voucher cannot be moved; no merge event (trap: merge words)',
    from: SUPPORT, to: TARO, date: d('2026-03-12 13:13:13'), subject: formSubject(TARO_CASE),
    text: `山田様

お問い合わせの割引バウチャーについて確認いたしました。
こちらは2025年11月の試験で使用済みとなっており、統合先へ移すことができません。ご了承ください。
なお、次回合格時には新たな50%割引の特典が付与されます。`,
  }),
  M({
    slug: 'reply-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true, enc: 'jisb64',
    note: 'escalated to Credly team about badges; status only (trap)',
    from: SUPPORT, to: K, date: d('2026-02-09 16:50:00'), subject: formSubject(CASE.kenji),
    text: `森様

バッジの件、Credlyの担当チームへエスカレーションいたしました。
回答が届きましたら、本ケースにてお知らせします。`,
  }),
  M({
    slug: 'reply-once-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'conditional: will report once the merge is complete (trap)',
    from: SUPPORT, to: Mi, date: d('2026-01-24 15:30:11'), subject: formSubject(CASE.misaki),
    text: `中村様

ご返信ありがとうございます。現在、担当部署にて作業を進めております。
統合が完了しましたら、バッジの扱いも含めて改めてご連絡いたします。`,
  }),
  M({
    slug: 'reply-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true, enc: 'utf8b64',
    note: 'merged duplicate CASES, not accounts (trap)',
    from: SUPPORT, to: Mi, date: d('2026-02-11 12:12:12'), subject: formSubject(CASE.misaki),
    text: `中村様

同じご用件でケース ${CASE.misakiDup} も作成いただいておりましたので、こちらのケース ${CASE.misaki} に統合いたしました。
今後のやりとりは本ケースでお願いいたします。`,
  }),
  M({
    slug: 'reply-expiry-answer', kind: 'support_reply', lang: 'ja', caseId: TARO_CASE, trap: true,
    note: 'answers a question about expiry after the merge (trap: merge words)',
    from: SUPPORT, to: TARO, date: d('2026-03-10 10:05:00'), subject: formSubject(TARO_CASE),
    text: `山田様

ご質問の件、統合後も各認定の有効期限は取得日から3年のまま変わりません。
再認定の時期は認定アカウントの「認定」タブからご確認いただけます。`,
  }),
  M({
    slug: 'reply-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji,
    note: 'asks to write from the kept address, no data requested',
    from: SUPPORT, to: Ks, date: d('2026-02-02 16:02:51'), subject: formSubject(CASE.kenji),
    extra: { rcpt: KENJI.src },
    text: `森様

お問い合わせありがとうございます。
恐れ入りますが、今後のご連絡は統合後に残されるアカウントのメールアドレスから、本ケースへご返信いただけますでしょうか。`,
  }),
  M({
    slug: 'reply-unable', kind: 'support_reply', lang: 'ja', caseId: TARO_CASE, trap: true, enc: 'jisb64',
    note: 'we cannot merge as things stand (negated; trap)',
    from: SUPPORT, to: TARO, date: d('2026-03-05 18:44:02'), subject: formSubject(TARO_CASE),
    text: `山田様

確認いたしましたところ、両アカウントのご登録氏名の表記が異なっており、現状のままでは統合することができません。
社内で対応方法を確認しておりますので、追ってご連絡いたします。`,
  }),
  M({
    slug: 'reply-progress', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'utf8qp',
    note: 'plain status update, work in progress',
    from: SUPPORT, to: K, date: d('2026-02-06 18:01:55'), subject: formSubject(CASE.kenji),
    text: `森様

いつもお世話になっております。ご依頼の件は、現在担当部署で対応中です。
お時間をいただき恐縮ですが、もうしばらくお待ちください。`,
  }),
];

const unrel: Msg[] = [
  M({
    slug: 'un-ms-badge', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: K, date: d('2026-02-09 08:20:00'),
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `森 健二 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned`,
    html: credlyHtml('Microsoftのバッジ', ['森 健二 さん', 'Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。'], 'バッジを入手する'),
  }),
  M({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8qp',
    note: "Credly's own profile-merge code mail",
    from: CREDLY, to: Mi, date: d('2026-02-14 21:10:40'),
    subject: 'Credly アカウント統合の認証コード',
    text: `中村 美咲 さん

${MISAKI.src} のCredlyアカウントを別のアカウントに統合するリクエストを受け付けました。
認証コード: 418 273
または「アカウントの統合を完了する」ボタンを押してください。
心当たりがない場合はこのメールを無視してください。`,
  }),
  M({
    slug: 'un-credly-expiring', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: 'Credly: an AWS badge is about to expire (not a transfer)',
    from: CREDLY_AWS, to: K, date: d('2026-05-02 03:00:00'),
    subject: 'バッジの有効期限が近づいています',
    text: `森 健二 さん

あなたのバッジ「AWS Certified Cloud Practitioner」は 2026年6月30日 に有効期限を迎えます。
更新方法は発行元の Amazon Web Services Training and Certification の案内をご確認ください。`,
  }),
  M({
    slug: 'un-credly-expired', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8qp',
    note: 'Credly: an AWS badge expired (not a transfer)',
    from: CREDLY_AWS, to: Mi, date: d('2026-07-01 03:00:00'),
    subject: 'バッジの有効期限が切れました',
    html: credlyHtml('バッジの有効期限切れ', ['中村 美咲 さん', '「AWS Certified Developer - Associate」のバッジは有効期限が切れました。', 'プロフィールには「期限切れ」と表示されます。'], 'バッジを表示'),
  }),
  M({
    slug: 'un-credly-privacy', kind: 'unrelated', lang: 'ja', enc: 'utf8b64',
    note: 'Credly privacy setting changed',
    from: CREDLY, to: K, date: d('2026-02-20 12:00:00'),
    subject: 'プロフィールの公開設定が変更されました',
    text: `森 健二 さん

あなたのCredlyプロフィールの公開設定が「非公開」に変更されました。
この変更に心当たりがない場合は、パスワードを変更してください。`,
  }),
  M({
    slug: 'un-portal-benefit', kind: 'unrelated', lang: 'ja', enc: 'utf8b64',
    note: 'certification portal: a new 50% voucher benefit after passing an exam',
    from: CERT_PORTAL, to: Mi, date: d('2026-04-18 07:00:00'),
    subject: '新しい特典をご利用いただけます',
    text: `中村 美咲 様

AWS 認定の合格者特典として、次回の試験にご利用いただける 50% 割引バウチャーを発行しました。
認定アカウントの「特典」からコードをご確認ください。`,
  }),
  M({
    slug: 'un-recert-reminder', kind: 'unrelated', lang: 'ja', enc: 'jisb64',
    note: 'recertification reminder',
    from: CERT_PORTAL, to: K, date: d('2026-03-01 07:00:00'),
    subject: '【AWS認定】再認定のご案内',
    text: `森 健二 様

AWS Certified Cloud Practitioner の有効期限まで、あと約4か月です。
有効期限までに最新版の試験に合格するか、上位の認定を取得すると認定を維持できます。`,
  }),
  M({
    slug: 'un-own-chase', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, auth: 'none', caseId: CASE.kenji,
    note: "the user's own mail chasing missing badges (copy delivered to self)",
    from: K, to: SUPPORT, date: d('2026-02-09 23:40:12'), subject: formSubject(CASE.kenji),
    extra: { rcpt: KENJI.keep, relay: 'smtp.example.jp' },
    text: `ご担当者様

統合ありがとうございました。SAAのバッジは届きましたが、SOAのバッジが旧アドレスのままのようです。
こちらも移していただけますか。

森`,
  }),
  M({
    slug: 'un-fwd-colleague', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, forUser: false, auth: 'none', enc: 'utf8qp', caseId: CASE.misaki,
    note: "the user's forward of support's badge news to a colleague",
    from: Mi, to: '人事部 研修担当 <training@biz2.example.co.jp>', date: d('2026-02-13 17:30:00'),
    subject: `Fwd: ${formSubject(CASE.misaki)}`,
    extra: { relay: 'smtp.example.ne.jp' },
    text: `研修担当 各位

認定の統合とバッジの移行が済んだとサポートから連絡がありました。資格一覧の更新をお願いします。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年2月13日(金) 16:16
Subject: ${formSubject(CASE.misaki)}

中村様
ご指摘のバッジにつきましても、本日付で付け替えが済んでおります。`,
  }),
  M({
    slug: 'un-ooo-oldco', kind: 'unrelated', lang: 'ja', trusted: false, auth: 'none',
    note: "out-of-office auto-reply from the user's old company",
    from: '自動応答 <noreply@oldco.example.co.jp>', to: K, date: d('2026-02-03 08:00:10'),
    subject: '不在通知: Re: 認定アカウントの件',
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'] },
    text: `このメールアドレスは退職により現在使用されておりません。
ご用件の方は代表アドレス info@oldco.example.co.jp までご連絡ください。`,
  }),
  M({
    slug: 'un-refund-case', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.kenjiRefund, enc: 'sjis8',
    note: 'receipt of another case about an exam refund',
    from: SUPPORT, to: K, date: d('2026-03-20 11:11:11'),
    subject: `[CASE ${CASE.kenjiRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    text: `森様

受験料の返金に関するお問い合わせを受け付けました。受付番号 ${CASE.kenjiRefund}。
ピアソンVUEの予約番号を確認のうえ、担当よりご連絡します。`,
  }),
  M({
    slug: 'un-hashicorp', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: 'HashiCorp badge via Credly (other issuer)',
    from: 'HashiCorp via Credly <admin@credly.com>', to: Mi, date: d('2026-03-03 01:22:00'),
    subject: 'HashiCorpのバッジ発行のお知らせ',
    text: `中村 美咲 さん

HashiCorp から「HashiCorp Certified: Terraform Associate (003)」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned`,
  }),
  M({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: 'exam result mail mentioning the Credly badge to come',
    from: CERT_PORTAL, to: K, date: d('2026-04-10 20:00:00'),
    subject: 'AWS 認定試験の結果が確定しました',
    text: `森 健二 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
デジタルバッジは、5営業日以内に Credly (admin@credly.com) からメールでお届けします。
次回の試験に使える50%割引特典は認定アカウントに追加されています。`,
  }),
  M({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8qp', caseId: CASE.misaki,
    note: 'survey asking if the issue was resolved',
    from: 'AWS Support Survey <aws-support-survey@amazon.com>', to: Mi, date: d('2026-02-03 09:00:00'),
    subject: 'お問い合わせは解決しましたか?',
    text: `中村様

先日のお問い合わせ(ケース ${CASE.misaki})についてアンケートへのご協力をお願いします。
問題は解決しましたか? はい / いいえ
所要時間は1分程度です。`,
  }),
  M({
    slug: 'un-credly-secondary', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8qp',
    note: 'Credly asks to confirm a secondary e-mail added to the profile',
    from: CREDLY, to: K, date: d('2026-02-09 22:41:00'),
    subject: 'メールアドレスの確認をお願いします',
    text: `森 健二 さん

Credlyアカウントに ${KENJI.keep} が追加されました。
下のボタンからメールアドレスを確認すると、このアドレス宛てに発行されたバッジが同じプロフィールに表示されます。
[メールアドレスを確認]`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
