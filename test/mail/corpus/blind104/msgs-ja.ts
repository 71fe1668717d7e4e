// Japanese messages of the cy set (voice: policy and formal notice).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, JA_BENEFIT, JA_CPA, JA_IDENTITY, JA_IRREV, JA_RETENTION, KENJI, M, PORTAL, SUPPORT, SUPPORT_ADDR, TARO,
  d, formSubject, formSubjectNew, gmailJa, htmlDoc, outlookJa, quote, sfOriginal, sfRef,
} from './common.js';

const T = CASE.taro;
const H = CASE.hanako;
const K = CASE.kenji;

const TARO_REQ = `AWS認定アカウントの統合を申請いたします。
統合先（残すアカウント）: ${TARO.keepId} / ${TARO.keep}
統合元: ${TARO.srcId} / ${TARO.src}
会社のアドレスで受験した2件の認定を、個人アカウントに集約したい次第です。
山田`;

const HANAKO_REQ = `転職により旧勤務先のメールが使えなくなるため、認定アカウントを一本化したく存じます。
残したい方: ${HANAKO.keep}
もう一方: ${HANAKO.src}
佐藤 花子`;

const KENJI_REQ = `お世話になります。伊藤です。
認定アカウントが2つあり、1つにまとめたいです。
個人: ${KENJI.keep} (${KENJI.keepId})
会社: ${KENJI.src} (${KENJI.srcId})`;

const TARO_CONF_BODY = `山田 様

統合内容の最終確認をお願いいたします。

記
統合先: ${TARO.keepId} (${TARO.keep})
統合元: ${TARO.srcId} (${TARO.src})
以上

ご返信をもってご同意とみなします。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    slug: 'ja-ack-taro-receipt',
    kind: 'acknowledgement', lang: 'ja', caseId: T, enc: 'jis7',
    from: AWS_NOTIFY, subject: `お問い合わせ受付のお知らせ [ケースID: ${T}]`, date: d('2026-03-02 09:14:05', '+0000'),
    note: 'automatic receipt of the new case with its ID, in formal notice register',
    text: `山田 太郎 様

本メールは、AWS トレーニングと認定へのお問い合わせを受け付けたことをお知らせする自動送信メールです。

ケースID: ${T}
受付日時: 2026年3月2日 09:14 (UTC)
お問い合わせ種別: AWS トレーニングと認定 / 認定 / アカウントの統合

担当者より通常24時間以内にご連絡いたします。
同一のご依頼について別途ケースを作成されますと、回答が遅れる原因となりますのでお控えください。

本メールは送信専用アドレスから配信されています。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-hanako-fields',
    kind: 'acknowledgement', lang: 'ja', caseId: H, enc: 'utf8b64', trap: true, to: HANAKO.keep,
    subject: formSubjectNew(H), date: d('2026-04-06 14:02:51', '+0000'),
    note: 'receipt listing the fields received; asks nothing (trap: info/confirm words)',
    text: `佐藤 花子 様

ご依頼を下記のとおり受け付けましたので、ご通知申し上げます。

記
1. ケース番号: ${H}
2. 受付区分: 認定アカウントに関するお問い合わせ（account-assistance）
3. ご提供いただいた情報: 氏名、会社名、ご連絡先メールアドレス、候補者ID
以上

ご提供いただいた内容は、担当部署にて確認のうえ順次対応いたします。本メールへのご返信は不要です。
なお、本ケースの記録は当社の保持ポリシーに従い保管されます。

AWS Training and Certification カスタマーサポート`,
  }),
  M({
    slug: 'ja-ack-kenji-dupwarn',
    kind: 'acknowledgement', lang: 'ja', caseId: K, enc: 'sjis8', trap: true, to: KENJI.keep,
    from: AWS_NOTIFY, subject: `ケース ${K} を受け付けました`, date: d('2026-05-11 01:40:12', '+0000'),
    note: 'receipt; its duplicate-case clause speaks of merging and closing cases in general (trap)',
    text: `伊藤 健二 様

お問い合わせいただきありがとうございます。ケース番号 ${K} にて承りました。

■ご注意
同じ内容のケースを複数作成された場合、当社の判断でケースを一つに統合し、又は重複分をクローズすることがあります。進捗はこのケースに返信してご確認ください。

■回答の目安
通常、1営業日以内に担当者からご連絡いたします。

Amazon Web Services サポート`,
  }),
  M({
    slug: 'ja-ack-taro-html',
    kind: 'acknowledgement', lang: 'ja', caseId: T, enc: 'utf8qp', to: TARO.keep, from: AWS_NOTIFY,
    subject: `[AWS] お問い合わせを承りました (Case ${T})`, date: d('2026-03-02 09:14:40', '+0000'),
    note: 'HTML-only receipt of the new case (a second system copy)',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">お問い合わせを承りました</h2>
<p>お客様のサポートケースが作成されました。</p>
<table border="1" cellpadding="4"><tr><th>ケースID</th><td>${T}</td></tr>
<tr><th>件名</th><td>認定アカウントの統合について</td></tr>
<tr><th>重要度</th><td>一般的な質問</td></tr></table>
<p>ケースの履歴は、本メールに返信いただくことで更新されます。</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table>`),
  }),
  M({
    slug: 'ja-ack-hanako-bodyonly',
    kind: 'acknowledgement', lang: 'ja', caseId: H, enc: 'jisb64', to: HANAKO.keep, from: AWS_NOTIFY,
    subject: 'お問い合わせありがとうございます / Thank you for contacting AWS', date: d('2026-04-06 14:03:10', '+0000'),
    note: 'receipt with the case ID only in the body, Japanese text with English boilerplate',
    text: `佐藤様

お問い合わせを受け付けました。以下のケース番号は今後のやり取りでご利用ください。

　ケース番号：${H}

--
This is an automated message confirming that we received your request. Please do not reply to this address.
Amazon Web Services, Inc.`,
  }),
  M({
    slug: 'ja-ack-forged-lookalike',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taroOther, enc: 'jis7', trusted: false, auth: 'none',
    from: 'AWS認定サポート <support@aws-certification-center.jp>', subject: `【受付完了】ケース番号 ${CASE.taroOther}`, date: d('2026-03-03 22:51:09', '+0900'),
    note: 'receipt-shaped mail from a look-alike domain without authentication (forgery)',
    text: `山田 太郎 様

お客様のお問い合わせを受け付けました。ケース番号：${CASE.taroOther}

本人確認のため、72時間以内に下記URLより認定アカウントへサインインしてください。
期限を過ぎますとアカウントは規約に基づき一時停止となります。
https://aws-certification-center.jp/verify

AWS認定サポートセンター`,
  }),
  M({
    slug: 'ja-ack-kenji-dupcase',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup, enc: 'sjisb64', to: KENJI.keep, from: AWS_NOTIFY,
    subject: `ケースID ${CASE.kenjiDup}: お問い合わせ受付`, date: d('2026-05-12 03:22:47', '+0000'),
    note: 'a second receipt that says nothing of its topic: read as a receipt',
    text: `このメールは、お客様からのお問い合わせ受付を通知するものです。

ケースID：${CASE.kenjiDup}
ステータス：担当者割り当て待ち

担当者からの回答をお待ちください。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-hanako-alt-dkim',
    kind: 'acknowledgement', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep, auth: 'dkimonly',
    subject: `お問い合わせ受付 [CASE ${H}] AWS トレーニングと認定`, date: d('2026-04-06 14:05:33', '+0000'),
    note: 'multipart receipt, authenticated by aligned DKIM only',
    text: `佐藤 花子 様

AWS トレーニングと認定 カスタマーサポートです。
ケース ${H} としてご依頼を登録いたしました。

ご依頼の内容により、AWS認定プログラム契約その他の規程に基づく確認を行う場合がございます。
回答まで今しばらくお待ちください。`,
    html: htmlDoc(`<p>佐藤 花子 様</p>
<p>AWS トレーニングと認定 カスタマーサポートです。<br>
ケース <b>${H}</b> としてご依頼を登録いたしました。</p>
<p>ご依頼の内容により、AWS認定プログラム契約その他の規程に基づく確認を行う場合がございます。<br>
回答まで今しばらくお待ちください。</p>`),
  }),

  // ---------------- ai_answer ----------------
  M({
    slug: 'ja-ai-taro-tool',
    kind: 'ai_answer', lang: 'ja', caseId: T, enc: 'jis7', from: AWS_NOTIFY,
    subject: `ケース ${T}: 生成AIによる回答のご案内`, date: d('2026-03-02 09:15:02', '+0000'),
    note: 'automated AI answer pointing to the self-service Merge Accounts tool',
    text: `このメッセージは生成AIにより自動作成された回答です。内容の正確性は保証されません。

お問い合わせの件は、認定アカウントのセルフサービス機能で解決できる可能性があります。

1. AWS Certification アカウントにサインインします。
2. プロフィール設定から「アカウントの統合 (Merge Accounts)」を選択します。
3. 画面の指示に従い、もう一方のアカウントの認証情報を入力します。

ただし、両方のアカウントに認定の取得履歴がある場合、セルフサービスでの統合はご利用いただけません。その場合はこのケースへの担当者からの返信をお待ちください。

この回答で問題は解決しましたか？`,
  }),
  M({
    slug: 'ja-ai-hanako-after',
    kind: 'ai_answer', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep, from: AWS_NOTIFY, trap: true,
    subject: `[自動回答] ケース ${H} に関する参考情報`, date: d('2026-04-06 14:03:01', '+0000'),
    note: 'AI answer that explains what happens after a merge (badges, closure) in general terms',
    text: `AIアシスタントからの自動回答です。

一般的に、認定アカウントの統合が完了すると、統合元の認定資格と特典は統合先に表示されるようになり、統合元のアカウントはクローズされます。
Credly のデジタルバッジは自動では移動しない場合があるため、統合後に Credly 側でバッジを受け取り直してください。

セルフサービスの「アカウントの統合」ツールが利用できない場合は、担当者が本ケースで対応いたします。

参考: AWS Certification よくある質問`,
  }),
  M({
    slug: 'ja-ai-kenji-alt',
    kind: 'ai_answer', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep, from: AWS_NOTIFY,
    subject: `ケース ${K} - 自動応答`, date: d('2026-05-11 01:40:40', '+0000'),
    note: 'multipart AI suggestion of the self-service tool, Shift_JIS',
    text: `伊藤様

自動応答システムによるご案内です。

ご質問の内容から、以下のセルフサービス手順が該当すると判断しました。
・認定アカウントのプロフィール画面 > アカウントの統合
・統合する側のアカウントのメールアドレスとパスワードを入力

上記で解決しない場合は「ケースを作成」を選択してください。`,
    html: htmlDoc(`<p>伊藤様</p><p>自動応答システムによるご案内です。</p>
<p>ご質問の内容から、以下のセルフサービス手順が該当すると判断しました。</p>
<ul><li>認定アカウントのプロフィール画面 &gt; アカウントの統合</li><li>統合する側のアカウントのメールアドレスとパスワードを入力</li></ul>
<p>上記で解決しない場合は「ケースを作成」を選択してください。</p>`),
  }),
  M({
    slug: 'ja-ai-taro-conduct',
    kind: 'ai_answer', lang: 'ja', caseId: T, enc: 'jisb64', from: AWS_NOTIFY,
    subject: `AIによる回答: 認定アカウントが複数ある場合 (${T})`, date: d('2026-03-02 09:15:30', '+0000'),
    note: 'AI answer quoting the one-account rule of the programme agreement',
    text: `※本回答はAIが生成したものです。

${JA_CPA}

上記の規定により、認定アカウントは一つにまとめる必要があります。多くの場合、プロフィールの「アカウントの統合」から手続きできます。
手続きが完了できない場合は、担当者によるサポートをご依頼ください。`,
  }),
  M({
    slug: 'ja-ai-forged-fail',
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf88bit', trusted: false, auth: 'fail',
    from: AWS_NOTIFY, subject: 'AIアシスタントからの回答', date: d('2026-03-04 03:10:00', '+0000'),
    note: 'AI-answer-shaped mail whose DMARC check failed (untrusted)',
    text: `AIアシスタントです。

お客様の認定アカウントの統合は、以下のフォームに現在のパスワードを入力することで即時に実行できます。
https://merge-accounts.example-login.net/aws

ご不明な点はこのメールにご返信ください。`,
  }),
  M({
    slug: 'ja-ai-hanako-survey',
    kind: 'ai_answer', lang: 'ja', caseId: H, enc: 'jis7', to: HANAKO.keep, from: AWS_NOTIFY,
    subject: `生成AIの回答 - ケース${H}`, date: d('2026-04-06 14:03:20', '+0000'),
    note: 'AI answer with the helpful/not-helpful prompt',
    text: `佐藤 花子 様

Amazon Q による回答案をお送りします。

認定アカウントのメールアドレスを変更したい場合、新しいアドレスで別アカウントを作るのではなく、既存アカウントのプロフィールでアドレスを変更することをお勧めします。すでに2つのアカウントをお持ちの場合は、「アカウントの統合」をお試しください。

この回答は役に立ちましたか？　はい / いいえ
「いいえ」を選ぶと担当者に引き継がれます。`,
  }),
  M({
    slug: 'ja-ai-kenji-voucher',
    kind: 'ai_answer', lang: 'ja', caseId: K, enc: 'sjis8', to: KENJI.keep, from: AWS_NOTIFY, trap: true,
    subject: `[ケース ${K}] 自動生成された回答`, date: d('2026-05-11 01:41:05', '+0000'),
    note: 'AI answer on benefit expiry; mentions transfer of benefits in general (trap)',
    text: `自動生成された回答です。

${JA_BENEFIT}

統合の際、統合元アカウントの未使用の特典は統合先に移管されますが、上記のとおり有効期限は変わりません。
セルフサービスの統合ツールについては、認定アカウントのヘルプをご参照ください。`,
  }),

  // ---------------- info_request ----------------
  M({
    slug: 'ja-info-taro-formal',
    kind: 'info_request', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), date: d('2026-03-03 02:31:44', '+0000'),
    note: 'support asks for IDs and names of both accounts with a 記/以上 list',
    text: `山田 太郎 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

${JA_IDENTITY}

つきましては、お手数ですが下記事項を本メールへの返信にてお知らせください。

記
1. 統合先（存続させる）アカウントの候補者ID及びログイン用メールアドレス
2. 統合元アカウントの候補者ID及びログイン用メールアドレス
3. 両アカウントにご登録の氏名（ローマ字）
以上

ご回答を確認後、手続きを進めてまいります。

AWS Training and Certification Customer Service
${sfRef('T1')}

${sfOriginal(TARO.keep, '2026-03-02 09:13', SUPPORT_ADDR, 'account-assistance', TARO_REQ)}`,
  }),
  M({
    slug: 'ja-info-hanako-which',
    kind: 'info_request', lang: 'ja', caseId: H, enc: 'utf8b64', to: HANAKO.keep, trap: true,
    subject: formSubject(H), date: d('2026-04-07 05:12:09', '+0000'),
    note: 'asks which address to keep, worded as ご確認のうえお知らせください (info, trap: confirm words)',
    text: `佐藤様

ご連絡ありがとうございます。担当の木村です。

お知らせいただいた2つのアドレスのうち、どちらを統合後も使用されるか、念のためご確認のうえお知らせください。
統合後は一方のアドレスではサインインできなくなりますので、今後もお使いになるアドレスをお選びいただくことをお勧めいたします。

木村
AWS Training and Certification

${gmailJa('2026年4月6日(月) 23:01', HANAKO.ja, HANAKO.keep, HANAKO_REQ)}`,
  }),
  M({
    slug: 'ja-info-kenji-names',
    kind: 'info_request', lang: 'ja', caseId: K, enc: 'sjis8', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-12 06:45:30', '+0000'),
    note: 'identity policy quoted, then the registered name and login address requested',
    text: `伊藤 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートでございます。

当社では、認定アカウントの統合に際し次の規程を適用しております。
「アカウントの統合は、両アカウントの登録氏名が同一であり、かつ申請者が当該アカウントの保有者本人であることが確認できた場合に限り実施する。」

このため、各アカウントにご登録の氏名（姓・名の表記を含む）と、サインインにお使いのメールアドレスを、本メールにご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。

${quote(KENJI_REQ)}`,
  }),
  M({
    slug: 'ja-info-taro-fromkeep',
    kind: 'info_request', lang: 'ja', caseId: T, enc: 'jisb64', to: TARO.src,
    subject: formSubject(T), date: d('2026-03-03 08:02:11', '+0000'),
    note: 'asks to write from the kept address AND to give both candidate IDs: info_request',
    text: `山田様

本ケースは統合元のアドレスから作成されております。
当社の手続き上、統合のご依頼は存続させるアカウントのメールアドレスからお送りいただく必要がございます。
お手数ですが、${TARO.keep} より本ケースにご返信のうえ、両アカウントの候補者ID（AWSから始まる番号）を記載してください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-info-hanako-mismatch',
    kind: 'info_request', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), date: d('2026-04-08 04:50:02', '+0000'),
    note: 'candidate ID did not match; asks for the correct one (negated merge inside an info request)',
    text: `佐藤 花子 様

ご返信ありがとうございます。
頂戴した候補者ID ${HANAKO.srcId} を照会いたしましたが、お知らせいただいたメールアドレスと一致するアカウントが見つかりませんでした。このままでは統合を進めることができません。

恐れ入りますが、統合元アカウントの認定証（PDF）に記載されている候補者IDを改めてお知らせいただけますか。

AWS Training and Certification
${sfRef('H2')}`,
  }),
  M({
    slug: 'ja-info-kenji-screenshot-html',
    kind: 'info_request', lang: 'ja', caseId: K, enc: 'utf8qp', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-13 02:10:55', '+0000'),
    note: 'HTML-only: asks for a screenshot of each account\'s certification list',
    html: htmlDoc(`<div>伊藤様</div>
<div><br></div>
<div>いつもお世話になっております。</div>
<div>統合の可否を判断するため、各アカウントの「認定」ページ（取得済み認定の一覧と有効期限が表示される画面）のスクリーンショットを添付のうえご返信ください。</div>
<div>個人情報の取扱いについては、当社プライバシー規約に従い、本件の処理目的にのみ利用いたします。</div>
<div><br></div>
<div>AWS トレーニングと認定 サポート　松本</div>`),
  }),
  M({
    slug: 'ja-info-forged-password',
    kind: 'info_request', lang: 'ja', caseId: T, enc: 'sjisb64', trusted: false, auth: 'misaligned',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-aws-support.com>',
    subject: formSubject(T), date: d('2026-03-03 11:40:00', '+0000'),
    note: 'info request from a look-alike domain asking for passwords, DKIM misaligned (forgery)',
    text: `山田 太郎 様

統合手続きのため、以下の情報をご返信ください。

・統合元アカウントのパスワード
・統合先アカウントのパスワード
・生年月日

24時間以内にご返信がない場合、ケースは取り消されます。`,
  }),
  M({
    slug: 'ja-info-taro-outlook',
    kind: 'info_request', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), date: d('2026-03-04 01:05:19', '+0000'),
    note: 'plain agent asks for the source account\'s address, above an Outlook quote',
    text: `山田様

ありがとうございます。もう一点だけ、統合元アカウントで試験の通知先として登録しているメールアドレスを教えていただけますか。会社のアドレスと異なる場合があるためです。

斎藤

${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年3月3日 18:20', SUPPORT_ADDR, formSubject(T), `候補者IDは以下のとおりです。
統合先: ${TARO.keepId}
統合元: ${TARO.srcId}`)}`,
  }),
  M({
    slug: 'ja-info-kenji-mixed',
    kind: 'info_request', lang: 'ja', caseId: K, enc: 'utf8qp', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-12 09:31:00', '+0000'),
    note: 'Japanese request for the company name and AWS candidate IDs under English boilerplate',
    text: `Dear Customer,
Thank you for contacting AWS Training and Certification.

伊藤様
お問い合わせフォームに会社名のご記入がございませんでした。会社名と、両方のアカウントの AWS 候補者ID をご返信ください。確認でき次第、次のご案内をいたします。

Best regards,
AWS Training and Certification Customer Service`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    slug: 'ja-conf-taro-kinotice',
    kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), date: d('2026-03-05 03:12:40', '+0000'),
    note: 'formal 記/以上 notice of what will be merged, asks for consent by reply',
    text: `山田 太郎 様

AWS トレーニングと認定 カスタマーサービスでございます。
ご提供いただいた情報に基づき、下記のとおり統合を行う準備が整いましたのでご案内いたします。

記
統合先アカウント: ${TARO.keepId} (${TARO.keep})
統合元アカウント: ${TARO.srcId} (${TARO.src})
ご留意事項:
${JA_IRREV}
以上

上記内容での統合にご同意いただける場合は、その旨を本メールにご返信ください。ご返信を確認するまで、処理は行われません。

${sfRef('T3')}`,
  }),
  M({
    slug: 'ja-conf-hanako-final',
    kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep,
    subject: `【最終確認のお願い】${formSubject(H)}`, date: d('2026-04-09 02:40:00', '+0000'),
    note: 'final confirmation request: irreversible, reply to consent',
    text: `佐藤 花子 様

統合作業に先立ち、最終確認のお願いでございます。

${HANAKO.src} のアカウントを ${HANAKO.keep} のアカウントへ統合いたします。本処理は取り消しができず、統合元の認定及び特典はすべて統合先に移ります。

差し支えなければ「統合に同意します」とご返信くださいますようお願い申し上げます。

${JA_BENEFIT}`,
  }),
  M({
    slug: 'ja-conf-kenji-plain',
    kind: 'confirmation_request', lang: 'ja', caseId: K, enc: 'utf8b64', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-14 07:20:18', '+0000'),
    note: 'plain agent: will merge these two, cannot be undone, reply OK if fine',
    text: `伊藤さん

確認が取れました。${KENJI.srcId} を ${KENJI.keepId} にまとめます。
一度まとめると元には戻せないので、問題なければこのメールに「OK」と返信してください。返信をいただいてから作業します。

中村（AWS トレーニングと認定）`,
  }),
  M({
    slug: 'ja-conf-taro-reminder',
    kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'jisb64',
    subject: formSubject(T), date: d('2026-03-08 23:55:02', '+0000'),
    note: 'reminder that consent is still needed before the merge',
    text: `山田様

先日ご案内した統合の件につき、ご同意のご返信をまだ頂戴しておりません。

統合は不可逆の処理であるため、当社ではお客様からの明示的な承諾なく実施することはございません。内容にお間違いがなければ、本メールにご返信のうえご承諾の旨をお知らせください。

${quote(TARO_CONF_BODY)}`,
  }),
  M({
    slug: 'ja-conf-hanako-alt',
    kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), date: d('2026-04-09 02:41:10', '+0000'),
    note: 'multipart/alternative consent request with numbered clauses',
    text: `佐藤 花子 様

統合の実施にあたり、次の各号についてご承諾をお願いいたします。

第1号 統合元アカウント(${HANAKO.srcId})の認定履歴を統合先アカウント(${HANAKO.keepId})へ移すこと
第2号 統合元アカウントを閉鎖すること
第3号 本処理が取り消せないこと

ご承諾いただける場合は、本メールへその旨ご返信ください。`,
    html: htmlDoc(`<p>佐藤 花子 様</p>
<p>統合の実施にあたり、次の各号についてご承諾をお願いいたします。</p>
<ol><li>統合元アカウント(${HANAKO.srcId})の認定履歴を統合先アカウント(${HANAKO.keepId})へ移すこと</li>
<li>統合元アカウントを閉鎖すること</li><li>本処理が取り消せないこと</li></ol>
<p>ご承諾いただける場合は、本メールへその旨ご返信ください。</p>`),
  }),
  M({
    slug: 'ja-conf-forged-gmail',
    kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'jis7', trusted: false, auth: 'pass',
    from: 'AWS Training and Certification <aws.cert.support.desk@gmail.com>',
    subject: formSubject(T), date: d('2026-03-05 12:00:41', '+0900'),
    note: 'consent request with the support display name on a free-mail address (untrusted)',
    text: `山田 太郎 様

統合の最終確認です。下記のリンクから同意手続きを行ってください。
https://forms.example-survey.com/aws-merge-consent

手続きが行われない場合、両アカウントは規約第3条に基づき閉鎖されます。`,
  }),
  M({
    slug: 'ja-conf-kenji-gmailthread',
    kind: 'confirmation_request', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep, auth: 'dkimonly',
    subject: formSubject(K), date: d('2026-05-14 01:02:03', '+0000'),
    note: 'consent request above a long Gmail-style thread; DKIM-only authentication',
    text: `伊藤 健二 様

ご回答ありがとうございました。ご登録氏名の一致を確認いたしました。

本メールをもって、下記の統合を実施してよいかお伺いいたします。
・統合先: ${KENJI.keep}
・統合元: ${KENJI.src}
統合元の認定、試験履歴、特典は統合先へ移管され、この操作は元に戻せません。

ご同意の旨、ご返信をお待ちしております。

${gmailJa('2026年5月13日(水) 21:14', KENJI.ja, KENJI.keep, `スクリーンショットを添付します。氏名はどちらも ITO KENJI です。

${gmailJa('2026年5月13日(水) 11:10', 'AWS Training and Certification', SUPPORT_ADDR, '統合の可否を判断するため、各アカウントの「認定」ページのスクリーンショットを添付のうえご返信ください。')}`)}`,
  }),
  M({
    slug: 'ja-conf-taro-cc',
    kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'utf88bit', to: TARO.src, cc: TARO.keep,
    subject: formSubject(T), date: d('2026-03-05 04:00:10', '+0000'),
    note: 'consent request sent to the source address with the kept one in Cc',
    text: `山田様（Cc: ${TARO.keep}）

両アカウントの統合について、ご本人様の同意を確認させていただきます。
以下にご同意いただける場合は、いずれかのアドレスから本メールへご返信ください。

・${TARO.srcId} の資格を ${TARO.keepId} に統合すること
・統合後、${TARO.src} ではサインインできなくなること
・統合は取り消せないこと

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-hanako-clauses',
    kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'jisb64', to: HANAKO.keep,
    subject: `Re: ${formSubject(H)}`, date: d('2026-04-08 23:30:45', '+0000'),
    note: 'consent request quoting the programme agreement before asking for 承諾',
    text: `佐藤様

正しい候補者IDのご提供ありがとうございます。照合が完了いたしました。

${JA_CPA}

上記規定に基づき、${HANAKO.srcId} を ${HANAKO.keepId} に統合いたします。統合は不可逆的な処理となりますので、承諾いただける場合のみ本メールにその旨ご返信ください。`,
  }),

  // ---------------- merge_completed ----------------
  M({
    slug: 'ja-merge-taro-tsuchi',
    kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'jis7',
    subject: `【通知】${formSubject(T)}`, date: d('2026-03-10 06:44:12', '+0000'),
    note: 'formal notice: the merge is done; the rest is benefit/badge/retention policy',
    text: `山田 太郎 様

　　　　　　　　　　　通知

本通知は、${TARO.srcId} のアカウントを ${TARO.keepId} のアカウントへ統合する処理が完了したことをお知らせするものです。

なお、以下の規定が適用されますのでご留意ください。
${JA_BENEFIT}
・Credly のデジタルバッジは、統合とは別に移行の手続きが必要となる場合があります。
・${JA_RETENTION}

AWS トレーニングと認定 カスタマーサービス
${sfRef('T4')}`,
  }),
  M({
    slug: 'ja-merge-hanako-plain',
    kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'utf8b64', to: HANAKO.keep,
    subject: formSubject(H), date: d('2026-04-10 08:15:30', '+0000'),
    note: 'plain agent: merge done, please check, case will be closed',
    text: `佐藤様

お待たせしました。アカウントの統合が完了しています。
${HANAKO.keep} でサインインし、以前の認定が表示されているかご確認ください。問題がなければ、本ケースはこのままクローズいたします。

木村`,
  }),
  M({
    slug: 'ja-merge-portal-html',
    kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8qp', to: KENJI.keep, from: PORTAL,
    subject: '認定アカウントの統合完了のお知らせ', date: d('2026-05-15 00:05:00', '+0000'),
    note: 'the certification portal\'s own merged notice, no case ID',
    html: htmlDoc(`<p>伊藤 健二 様</p>
<p>お客様の AWS Certification アカウント (${KENJI.src}) は、アカウント (${KENJI.keep}) に統合されました。</p>
<p>今後は ${KENJI.keep} でサインインしてください。認定資格、試験履歴および特典は統合後のアカウントでご確認いただけます。</p>
<p style="color:#777;font-size:11px">このメールは AWS Certification から自動送信されています。AWS認定プログラム契約に基づき、アカウントに関する重要なお知らせとして配信しています。</p>`),
  }),
  M({
    slug: 'ja-merge-kenji-outlook',
    kind: 'merge_completed', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-14 22:48:07', '+0000'),
    note: 'completion above the user\'s Outlook-quoted consent',
    text: `伊藤 健二 様

ご承諾いただいた内容のとおり、統合処理を実施し、完了いたしました。
統合後のアカウントにて、認定一覧と特典をご確認くださいますようお願いいたします。

AWS トレーニングと認定　中村

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年5月14日 16:40', SUPPORT_ADDR, formSubject(K), 'OKです。統合をお願いします。')}`,
  }),
  M({
    slug: 'ja-merge-forged-below',
    kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'jisb64', trusted: false, auth: 'forgedBelow', to: HANAKO.keep,
    subject: formSubject(H), date: d('2026-04-09 10:20:00', '+0000'),
    note: 'completion notice whose only dmarc=pass sits below the server\'s Received line (forged)',
    text: `佐藤 花子 様

統合処理が完了いたしました。統合後のアカウントを有効化するため、以下のページで本人確認を行ってください。
https://aws-training.example-verify.net/activate`,
  }),
  M({
    slug: 'ja-merge-taro-mixed',
    kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'jis7', to: TARO.src, cc: TARO.keep,
    subject: formSubject(T), date: d('2026-03-10 06:50:40', '+0000'),
    note: 'Japanese completion with an English summary line, to source address with keep in Cc',
    text: `山田様

Your AWS Certification accounts have been consolidated.
統合元 ${TARO.srcId} のアカウントは ${TARO.keepId} に統合済みです。本日以降、${TARO.src} でのサインインはできません。

ご不明点があれば本ケースへご返信ください。`,
  }),
  M({
    slug: 'ja-merge-hanako-list',
    kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep,
    subject: `統合完了のご報告 [CASE ${H}]`, date: d('2026-04-10 08:20:11', '+0000'),
    note: 'completion with a 記 list of the certifications now on the kept account',
    text: `佐藤 花子 様

ご依頼の件、統合を完了いたしましたのでご報告申し上げます。
統合後のアカウント (${HANAKO.keepId}) に表示される認定は次のとおりです。

記
AWS Certified Solutions Architect - Associate（有効期限 2027年9月）
AWS Certified Developer - Associate（有効期限 2028年2月）
AWS Certified Cloud Practitioner（有効期限 2026年11月）
以上

${JA_RETENTION}`,
  }),
  M({
    slug: 'ja-merge-kenji-voucher-dkim',
    kind: 'merge_completed', lang: 'ja', caseId: K, enc: 'utf88bit', to: KENJI.keep, auth: 'dkimonly',
    subject: formSubject(K), date: d('2026-05-14 23:05:59', '+0000'),
    note: 'completion that then explains voucher expiry; DKIM-only authentication',
    text: `伊藤様

${KENJI.keep} のアカウントへの統合が本日完了しました。

統合元にあった50%割引バウチャーも統合先の「特典」に表示されています。ただし規定により、有効期限は発行時のまま（2026年8月31日）ですのでご注意ください。期限を過ぎた特典の再発行はいたしかねます。

AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    slug: 'ja-badge-credly-saa',
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', to: TARO.keep, from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-11 02:30:00', '+0000'),
    note: 'Credly issues the AWS badge to the kept address (multipart)',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/4b1e77c2

Credly`,
    html: htmlDoc(`<p>山田 太郎 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/4b1e77c2" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  M({
    slug: 'ja-badge-taro-closing',
    kind: 'badges_transferred', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), date: d('2026-03-12 04:02:33', '+0000'),
    note: 'support: the Credly badges now sit on the kept account, case closing',
    text: `山田 太郎 様

ご依頼のあった Credly バッジにつきまして、統合先の ${TARO.keep} に紐づく Credly アカウントへ移行いたしました。
これをもちまして本ケースはクローズさせていただきます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-badge-hanako-list',
    kind: 'badges_transferred', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep,
    subject: formSubject(H), date: d('2026-04-13 05:44:00', '+0000'),
    note: 'support lists the badges that were moved, in a 記/以上 block',
    text: `佐藤 花子 様

お問い合わせいただいたデジタルバッジの件でございます。
下記のバッジについて、${HANAKO.keep} の Credly アカウントへの付け替えを実施いたしました。

記
・AWS Certified Solutions Architect - Associate
・AWS Certified Developer - Associate
以上

Credly にサインインのうえ、表示をご確認ください。

${EN_CREDLY_JA()}`,
  }),
  M({
    slug: 'ja-badge-credly-kenji-html',
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'jisb64', to: KENJI.keep, from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-05-16 11:12:00', '+0000'),
    note: 'HTML-only Credly issuance of an AWS badge to the kept address',
    html: htmlDoc(`<p>伊藤 健二 様</p>
<p>おめでとうございます。Amazon Web Services Training and Certification が「AWS Certified SysOps Administrator - Associate」のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/91aa0c3e">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'ja-badge-forged-credly',
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', trusted: false, auth: 'pass', to: HANAKO.keep,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-04-12 19:00:00', '+0000'),
    note: 'Credly-looking badge mail from a look-alike domain (untrusted)',
    text: `佐藤 花子 様

統合後のアカウントへバッジを移行しました。受け取りには再ログインが必要です。
https://credly-badges.com/login`,
  }),
  M({
    slug: 'ja-badge-kenji-support',
    kind: 'badges_transferred', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-16 03:30:10', '+0000'),
    note: 'support reports the badges moved to the kept Credly account',
    text: `伊藤様

統合元のメールアドレスに発行されていたバッジ3点を、${KENJI.keep} 宛てに付け替えました。Credly 側の反映には数時間かかる場合があります。

中村`,
  }),
  M({
    slug: 'ja-badge-credly-hanako-dkim',
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', to: HANAKO.keep, from: CREDLY_AWS, auth: 'dkimonly',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-04-13 06:01:00', '+0000'),
    note: 'Credly issuance of an AWS badge, DKIM-only',
    text: `佐藤 花子 様

Amazon Web Services Training and Certification から新しいバッジが届いています：AWS Certified Cloud Practitioner

バッジを入手する
https://www.credly.com/earner/earned/badge/0c55e1d9`,
    html: htmlDoc(`<p>佐藤 花子 様</p><p>Amazon Web Services Training and Certification から新しいバッジが届いています：<b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0c55e1d9">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'ja-badge-taro-retention',
    kind: 'badges_transferred', lang: 'ja', caseId: T, enc: 'utf88bit', to: TARO.keep,
    subject: `Re: ${formSubject(T)}`, date: d('2026-03-12 02:00:00', '+0000'),
    note: 'support says the badge move is done, followed by Credly data policy',
    text: `山田様

バッジの移行作業が完了しましたので、ご連絡いたします。旧アドレスの Credly アカウントにあった2点は、現在 ${TARO.keep} のアカウントでご覧いただけます。

なお、Credly はお客様の情報を同社のプライバシーポリシーに従って保持します。旧アカウント自体の削除をご希望の場合は、Credly へ直接ご依頼ください。`,
  }),

  // ---------------- case_closed ----------------
  M({
    slug: 'ja-close-taro-7days',
    kind: 'case_closed', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), date: d('2026-03-06 03:00:00', '+0000'),
    note: 'reminder: the case closes automatically if no reply within 7 days',
    text: `山田 太郎 様

前回のご案内以降、ご返信を確認できておりません。
本ケースは、本日から7日以内にご返信がない場合、自動的にクローズされます。クローズ後に同じ件でご連絡いただく場合は、新しいケースを作成してください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-close-hanako-restate',
    kind: 'case_closed', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep, trap: true,
    subject: `ケースクローズのご案内 ${formSubject(H)}`, date: d('2026-04-17 01:10:00', '+0000'),
    note: 'closing notice that only restates the earlier merge (trap: merge words)',
    text: `佐藤 花子 様

先日ご報告のとおり、アカウントの統合は4月10日付で完了しております。その後ご連絡がございませんので、本ケースをクローズいたします。

${JA_RETENTION}`,
  }),
  M({
    slug: 'ja-close-kenji-resolved',
    kind: 'case_closed', lang: 'ja', caseId: K, enc: 'utf8b64', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-18 02:00:00', '+0000'),
    note: 'agent marks the case resolved and closed',
    text: `伊藤 健二 様

本件は解決済みとして、ケースをクローズいたしました。
今後ご不明な点がございましたら、お気軽に新しいケースにてお問い合わせください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'ja-close-taro-notify',
    kind: 'case_closed', lang: 'ja', caseId: T, enc: 'jisb64', from: AWS_NOTIFY,
    subject: `ケース ${T} はクローズされました`, date: d('2026-03-19 00:00:10', '+0000'),
    note: 'system notification that the case was closed',
    text: `お客様のサポートケース ${T} のステータスが「解決済み」に変更されました。

ケースの再開をご希望の場合は、14日以内にこのケースへ返信してください。それ以降は新しいケースの作成が必要です。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-close-hanako-withdraw',
    kind: 'case_closed', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), date: d('2026-04-07 09:00:00', '+0000'),
    note: 'closed because the customer withdrew the request',
    text: `佐藤様

ご依頼取り下げのご連絡、承知いたしました。本ケースは終了とさせていただきます。
改めて手続きをご希望の際は、お手数ですが新規にお問い合わせください。

${quote('すみません、いったん取り下げます。社内で確認してから再度お願いします。')}`,
  }),
  M({
    slug: 'ja-close-forged-misaligned',
    kind: 'case_closed', lang: 'ja', caseId: K, enc: 'sjisb64', trusted: false, auth: 'misaligned', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-17 15:00:00', '+0000'),
    note: 'closing notice with DKIM for an unrelated domain and dmarc=fail (untrusted)',
    text: `伊藤様

本ケースはクローズされました。評価アンケートにご協力いただいた方には Amazon ギフトカードを進呈します。
https://survey.example-gift.net/aws`,
  }),
  M({
    slug: 'ja-close-kenji-3days',
    kind: 'case_closed', lang: 'ja', caseId: K, enc: 'jis7', to: KENJI.keep,
    subject: formSubject(K), date: d('2026-05-13 23:59:00', '+0000'),
    note: 'will-close-in-3-days reminder with the reopen rule',
    text: `伊藤 健二 様

ご案内に対するご返信が届いていないため、本ケースは3日後に自動でクローズとなります。
クローズ後30日以内であれば、本メールへの返信によりケースを再開できます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-close-taro-restate-badges',
    kind: 'case_closed', lang: 'ja', caseId: T, enc: 'utf88bit', trap: true,
    subject: formSubject(T), date: d('2026-03-18 05:00:00', '+0000'),
    note: 'closing that restates the earlier merge and badge move (trap)',
    text: `山田 太郎 様

3月10日の統合、3月12日のバッジ移行と、ご依頼の対応はすべて完了しております。追加のご質問がないようですので、本ケースを完了とさせていただきます。

ご利用ありがとうございました。`,
  }),

  // ---------------- support_reply ----------------
  M({
    slug: 'ja-sr-taro-thanksconfirm',
    kind: 'support_reply', lang: 'ja', caseId: T, enc: 'jis7', trap: true,
    subject: formSubject(T), date: d('2026-03-09 01:20:00', '+0000'),
    note: 'thanks for confirming, handed to the team (trap: confirmation words)',
    text: `山田様

ご承諾のご返信を確かに受領いたしました。担当部署へ処理を依頼しております。
処理が済み次第、改めてご連絡いたします。

${quote(`統合に同意いたします。

${TARO_CONF_BODY}`)}`,
  }),
  M({
    slug: 'ja-sr-hanako-future',
    kind: 'support_reply', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep, trap: true,
    subject: formSubject(H), date: d('2026-04-09 06:30:00', '+0000'),
    note: 'future: will report once the merge is complete (trap)',
    text: `佐藤 花子 様

お待たせしており申し訳ございません。
現在、統合の処理を担当チームにて進めております。統合が完了しましたら、本ケースにて改めてご報告いたします。`,
  }),
  M({
    slug: 'ja-sr-kenji-notyet',
    kind: 'support_reply', lang: 'ja', caseId: K, enc: 'utf8b64', to: KENJI.keep, trap: true,
    subject: formSubject(K), date: d('2026-05-14 12:00:00', '+0000'),
    note: 'negated: the merge has not been completed yet (trap)',
    text: `伊藤様

お問い合わせの件ですが、現時点では統合はまだ完了しておりません。承諾のご返信は受け取っており、順番に処理しております。今しばらくお待ちください。`,
  }),
  M({
    slug: 'ja-sr-taro-escalate',
    kind: 'support_reply', lang: 'ja', caseId: T, enc: 'jisb64',
    subject: formSubject(T), date: d('2026-03-04 07:40:00', '+0000'),
    note: 'escalation to a specialist team',
    text: `山田 太郎 様

本件は両アカウントに認定の取得履歴があるため、通常の窓口では対応できず、専門チームへエスカレーションいたしました。
専門チームからの回答には数営業日を要する見込みです。`,
  }),
  M({
    slug: 'ja-sr-kenji-dupcases',
    kind: 'support_reply', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep, trap: true,
    subject: formSubject(K), date: d('2026-05-12 04:00:00', '+0000'),
    note: 'duplicate support cases merged into one: not the account merge (trap)',
    text: `伊藤様

同じ内容のケース (${CASE.kenjiDup}) が別途作成されておりましたので、本ケース (${K}) に統合いたしました。今後のご連絡は本ケースへお願いいたします。`,
  }),
  M({
    slug: 'ja-sr-hanako-fromkeep',
    kind: 'support_reply', lang: 'ja', caseId: H, enc: 'jis7', to: HANAKO.src,
    subject: formSubject(H), date: d('2026-04-06 20:00:00', '+0000'),
    note: 'asks to write from the kept address, no data requested: support_reply',
    text: `佐藤様

今後のやり取りは、残される予定のアドレス（${HANAKO.keep}）からお送りいただけますと幸いです。そちらのアドレスから本ケースにご返信ください。`,
  }),
  M({
    slug: 'ja-sr-taro-voucher-answer',
    kind: 'support_reply', lang: 'ja', caseId: T, enc: 'utf8qp',
    subject: formSubject(T), date: d('2026-03-11 05:00:00', '+0000'),
    note: 'answers a question about voucher expiry by quoting benefit terms',
    text: `山田様

特典の有効期限についてのご質問にお答えいたします。

${JA_BENEFIT}

お手元のバウチャー（発行日 2025年11月2日）は、上記規定により2026年11月1日まで有効です。

${gmailJa('2026年3月10日(火) 20:11', TARO.ja, TARO.keep, '割引バウチャーの期限は統合で延びますか？')}`,
  }),
  M({
    slug: 'ja-sr-forged-lookalikeserver',
    kind: 'support_reply', lang: 'ja', caseId: T, enc: 'jis7', trusted: false, auth: 'lookalikeServer',
    subject: formSubject(T), date: d('2026-03-07 07:00:00', '+0000'),
    note: 'status reply whose authentication header comes from a look-alike authserv-id (untrusted)',
    text: `山田様

ケースの進捗についてご連絡します。手続き手数料のお支払いが確認でき次第、対応を再開いたします。`,
  }),
  M({
    slug: 'ja-sr-kenji-unable',
    kind: 'support_reply', lang: 'ja', caseId: K, enc: 'utf88bit', to: KENJI.keep, trap: true,
    subject: formSubject(K), date: d('2026-05-12 10:00:00', '+0000'),
    note: 'unable to merge under the policy (names differ): a status answer, trap',
    text: `伊藤 健二 様

照会の結果、両アカウントの登録氏名が一致しないため、現状ではご依頼の統合を実施することができません。
${JA_IDENTITY}
氏名の変更はアカウントのプロフィールから行えます。`,
  }),
  M({
    slug: 'ja-sr-hanako-resent',
    kind: 'support_reply', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.src, forUser: false,
    resent: { from: 'postmaster@oldcorp.example.com', to: 'it-helpdesk@oldcorp.example.com', date: d('2026-04-08 10:01:00', '+0900') },
    subject: formSubject(H), date: d('2026-04-08 01:00:00', '+0000'),
    note: 'delay apology, redirected by the old company to its helpdesk (Resent-*)',
    text: `佐藤様

処理に通常より時間を要しており、ご迷惑をおかけしております。順次対応しておりますので、今しばらくお待ちください。`,
  }),

  // ---------------- unrelated ----------------
  M({
    slug: 'ja-un-survey',
    kind: 'unrelated', lang: 'ja', caseId: T, enc: 'jis7', from: AWS_NOTIFY, trap: true,
    subject: 'お問い合わせは解決しましたか？', date: d('2026-03-19 01:00:00', '+0000'),
    note: 'satisfaction survey after closure (trap: resolved/closed words)',
    text: `山田 太郎 様

先日クローズされたケース ${T} について、アンケートへのご協力をお願いいたします。
問題は解決しましたか？　はい / いいえ

所要時間は1分程度です。`,
  }),
  M({
    slug: 'ja-un-pearson',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', trusted: false, trap: true, to: KENJI.keep,
    from: 'Pearson VUE <noreply@pearsonvue.com>', subject: '試験予約の確認 - AWS Certified Solutions Architect - Professional', date: d('2026-05-20 09:00:00', '+0900'),
    note: 'exam booking confirmation from the test vendor (trap: confirmation words)',
    text: `伊藤 健二 様

以下の試験予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年6月12日 10:00
会場: オンライン監督試験

予約の変更・キャンセルは24時間前までに行ってください。`,
  }),
  M({
    slug: 'ja-un-examresult',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true, to: HANAKO.keep, from: PORTAL,
    subject: 'AWS認定取得おめでとうございます', date: d('2026-06-02 03:00:00', '+0000'),
    note: 'exam result/new certification notice; mentions the badge to come (trap)',
    text: `佐藤 花子 様

AWS Certified Security - Specialty の認定取得、おめでとうございます。
数日以内に Credly からデジタルバッジのご案内が届きます。認定証は認定アカウントからダウンロードできます。`,
    html: htmlDoc(`<h1>おめでとうございます</h1><p>佐藤 花子 様</p>
<p>AWS Certified Security - Specialty の認定取得、おめでとうございます。</p>
<p>数日以内に Credly からデジタルバッジのご案内が届きます。認定証は認定アカウントからダウンロードできます。</p>`),
  }),
  M({
    slug: 'ja-un-ms-badge',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true, to: TARO.keep,
    from: 'Microsoft via Credly <admin@credly.com>', subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-03-15 04:00:00', '+0000'),
    note: 'Credly badge from another issuer (trap: badge words)',
    text: `山田 太郎 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/7f0d3a21`,
  }),
  M({
    slug: 'ja-un-own-forward',
    kind: 'unrelated', lang: 'ja', caseId: T, enc: 'jis7', trusted: false, trap: true, auth: 'none',
    from: `${TARO.ja} <${TARO.src}>`, to: TARO.keep,
    subject: `Fw: ${formSubject(T)}`, date: d('2026-03-10 18:00:00', '+0900'),
    note: 'the user forwarding a completion notice to his own other address',
    text: `自分用メモ。統合完了の連絡、こっちにも転送しておく。

---------- 転送メッセージ ----------
差出人: AWS Training and Certification <${SUPPORT_ADDR}>
日付: 2026年3月10日(火) 15:44
件名: ${formSubject(T)}

山田 太郎 様
本通知は、${TARO.srcId} のアカウントを ${TARO.keepId} のアカウントへ統合する処理が完了したことをお知らせするものです。`,
  }),
  M({
    slug: 'ja-un-oldcorp-ooo',
    kind: 'unrelated', lang: 'ja', caseId: H, enc: 'sjisb64', trusted: false, auth: 'none', to: HANAKO.keep,
    from: '総務部 自動応答 <somu@oldcorp.example.com>', subject: `自動応答: ${formSubject(H)}`, date: d('2026-04-06 23:05:00', '+0900'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'out-of-office auto-reply from the user\'s old company',
    text: `このメールは自動応答です。

佐藤 花子は2026年3月31日をもって退職いたしました。
今後のご連絡は総務部までお願いいたします。`,
  }),
  M({
    slug: 'ja-un-refund-case',
    kind: 'unrelated', lang: 'ja', caseId: CASE.taroOther, enc: 'sjisb64', trap: true, from: AWS_NOTIFY,
    subject: `受験料の返金に関するお問い合わせを受け付けました [ケース ${CASE.taroOther}]`, date: d('2026-03-20 02:00:00', '+0000'),
    note: 'receipt of the user\'s other case, about an exam refund (trap: receipt words)',
    text: `山田 太郎 様

受験料の返金に関するお問い合わせを受け付けました。ケース番号: ${CASE.taroOther}

返金の可否は、試験予約の取消日時と返金ポリシーに基づいて判断いたします。担当者からの連絡をお待ちください。`,
  }),
  M({
    slug: 'ja-un-credly-mergecode',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true, to: KENJI.keep,
    from: 'Credly <donotreply@credly.com>', subject: 'Credly アカウント統合の確認コード', date: d('2026-05-16 08:00:00', '+0000'),
    note: 'Credly\'s own account-merge code mail (trap: merge/confirm words)',
    text: `Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを画面に入力して、統合を完了してください。

確認コード: 804417

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  M({
    slug: 'ja-un-summit',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jisb64', trap: true, to: TARO.keep,
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', subject: '【AWS Summit Japan】ご登録が完了しました', date: d('2026-05-01 01:00:00', '+0000'),
    note: 'event registration completed (trap: completion words)',
    text: `山田 太郎 様

AWS Summit Japan へのご登録が完了しました。
認定資格保有者向けラウンジをご利用の際は、会場で認定アカウントの画面をご提示ください。`,
  }),
  M({
    slug: 'ja-un-cpa-revision',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', trap: true, to: HANAKO.keep, from: PORTAL,
    subject: '【重要】AWS認定プログラム契約改定のお知らせ', date: d('2026-05-25 00:00:00', '+0000'),
    note: 'programme-agreement revision notice: merging/closing only as policy (trap)',
    text: `AWS認定をお持ちの皆様へ

　　　　　　　　AWS認定プログラム契約改定のお知らせ

2026年7月1日付で、AWS認定プログラム契約を以下のとおり改定いたします。

第1項 重複アカウントの取扱い
同一の受験者が複数の認定アカウントを保有していることが判明した場合、AWSは受験者への通知のうえ、これらを統合し、又は一方をクローズすることができるものとします。

第2項 特典の移管
統合に伴い移管される特典の有効期限は、発行時のものを維持します。

第3項 記録の保持
アカウントの統合又はクローズに関する記録は、監査目的で保持されます。

改定後の契約は認定アカウントからご確認いただけます。

以上`,
  }),
  M({
    slug: 'ja-un-skillbuilder',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true, to: TARO.keep,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', subject: 'サブスクリプションの解約が完了しました', date: d('2026-03-25 00:00:00', '+0000'),
    note: 'Skill Builder subscription cancellation completed (trap: completion words)',
    text: `山田 太郎 様

AWS Skill Builder 個人サブスクリプションの解約手続きが完了しました。
現在の請求期間の終了日（2026年4月24日）までは引き続きご利用いただけます。`,
  }),
  M({
    slug: 'ja-un-colleague-list',
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', trusted: false, forUser: false, trap: true, auth: 'none',
    from: '高橋 誠 <m.takahashi@mfg.example.co.jp>', to: 'infra-team@mfg.example.co.jp',
    subject: '共有: AWS認定アカウント統合の手順', date: d('2026-05-19 13:00:00', '+0900'),
    note: 'a colleague\'s how-to note to a team list, not to the user (trap: merge words)',
    text: `インフラチームの皆さん

退職・異動の際の AWS認定アカウント統合の流れを共有します。
1. サポートにケースを作成
2. 担当者から統合内容の確認メールが来るので、同意の返信をする
3. 数日で統合完了の連絡、バッジは別途 Credly で移行

伊藤さんの件で実際に確認できた流れです。

高橋`,
  }),
  M({
    slug: 'ja-un-own-consent',
    kind: 'unrelated', lang: 'ja', caseId: T, enc: 'jis7', trusted: false, trap: true, auth: 'none',
    from: `${TARO.ja} <${TARO.keep}>`, to: SUPPORT, deliveredTo: TARO.keep,
    subject: formSubject(T), date: d('2026-03-09 09:50:00', '+0900'),
    note: 'the user\'s own consent reply (copy delivered to himself)',
    text: `ご担当者様

ご案内いただいた内容で統合に同意いたします。よろしくお願いいたします。

山田 太郎

${gmailJa('2026年3月5日(木) 12:12', 'AWS Training and Certification', SUPPORT_ADDR, TARO_CONF_BODY)}`,
  }),
];

function EN_CREDLY_JA(): string {
  return `※デジタルバッジは第三者のバッジ発行サービス Credly を通じて発行されます。バッジは発行先メールアドレスに登録された Credly アカウントに保持され、Credly アカウント間の移動は認定アカウントの統合とは別の手続きとなります。`;
}
