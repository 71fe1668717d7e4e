// Japanese messages, part 1: receipts, AI answers, information and consent requests.
import type { Msg } from './lib.js';
import {
  APPI_JA_LONG, APPI_JA_SHORT, BILINGUAL_FOOT, CASE, CONFID_JA, D, FORM, FORM_BARE, HANAKO, KEN, MISAKI, NOTIFY, NOTIFY_JA, SENDONLY_JA, SHO,
  TRUST_TEAM, gmailJa, htmlDoc, mk, outlookJa, paras, q, ref, sfQuoteJa, subj, subjPlain,
} from './common.js';

const KEN_REQ = `AWS認定アカウントの統合を希望します。
残すアカウント: ${KEN.keep} (候補者ID ${KEN.keepId})
統合元アカウント: ${KEN.src} (候補者ID ${KEN.srcId})
前職の会社アドレスは今月末で使えなくなるため、早めに対応いただけると助かります。
鈴木 健一`;

const MISAKI_REQ = `お世話になります。高橋美咲です。
大学在籍中に大学のアドレスで受験した分と、卒業後に個人アドレスで受験した分があり、認定アカウントが二つに分かれています。
個人アドレス ${MISAKI.keep} の方にまとめていただけますでしょうか。`;

const SHO_REQ = `伊藤です。会社アドレス(${SHO.src})の認定アカウントと個人アドレス(${SHO.keep})のアカウントの統合をお願いします。
候補者IDは ${SHO.keepId} と ${SHO.srcId} です。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-ken-support-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'AWS Support automatic receipt with the case ID and a privacy notice',
    from: NOTIFY_JA, to: `${KEN.ja} <${KEN.keep}>`, subject: `[ケースID ${CASE.ken}] お問い合わせを受け付けました`,
    date: D('2026-03-02 09:14:07'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS サポートへお問い合わせいただき、ありがとうございます。
以下の内容でケースを作成いたしました。

ケースID: ${CASE.ken}
件名: 認定アカウントの統合
カテゴリ: AWS トレーニングと認定

担当者より、通常24時間以内にご連絡いたします。
すでにケースを作成されている場合、同じ内容で新たなケースを作成しないでください。回答が遅れる原因となります。

${APPI_JA_LONG}

${SENDONLY_JA}
アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-ack-misaki-form-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'form receipt (Shift_JIS base64) carrying the case ID; long personal-data notice around one line of news',
    from: FORM, to: MISAKI.keep, subject: `${subjPlain(CASE.misaki)} 受付のお知らせ`,
    date: D('2026-02-11 13:40:51', '+0900'), enc: 'sjisb64', wholeSubject: true,
    text: `このメールは、AWS トレーニングと認定 お問い合わせフォームからの送信を受け付けたことをお知らせする自動送信メールです。

受付番号: CASE ${CASE.misaki}

--------------------------------------------------
個人情報保護方針
お問い合わせの際にご提供いただいた氏名、メールアドレス、候補者IDその他の情報は、
お問い合わせ対応、ご本人様確認、品質向上の目的にのみ使用します。
法令に基づく場合を除き、ご本人様の同意なく第三者へ提供することはありません。
--------------------------------------------------

内容を確認のうえ、担当よりこのメールアドレス宛にご連絡いたします。しばらくお待ちください。
${SENDONLY_JA}`,
  }),
  mk({
    slug: 'ja-ack-sho-fields-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt that echoes the submitted fields (candidate IDs, both addresses); asks nothing, so still the receipt',
    from: FORM, to: SHO.keep, subject: subjPlain(CASE.sho),
    date: D('2026-04-20 02:03:44'), enc: 'utf8qp',
    html: htmlDoc(`<p>${SHO.ja} 様</p>
<p>お問い合わせを受け付けました。ケース番号は <b>${CASE.sho}</b> です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>お問い合わせの種類</td><td>AWS トレーニングと認定</td></tr>
<tr><td>問題の種類</td><td>認定 / アカウントの統合</td></tr>
<tr><td>氏名</td><td>${SHO.ja}</td></tr>
<tr><td>AWS 候補者 ID</td><td>${SHO.keepId}</td></tr>
<tr><td>本文</td><td>${SHO_REQ.replace(/\n/g, '<br>')}</td></tr>
</table>
<p>ご本人様確認のため、追加で情報をお伺いすることがあります。その際は担当者からご案内します。</p>
<p style="font-size:11px;color:#666">${APPI_JA_SHORT}</p>`),
  }),
  mk({
    slug: 'ja-ack-forged-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'receipt wording from a look-alike domain (aws-training-support.jp): untrusted',
    from: 'AWS トレーニングと認定 <case-notify@aws-training-support.jp>', to: KEN.keep,
    subject: `[CASE ${CASE.ken}] お問い合わせ受付`, date: D('2026-03-02 11:52:19', '+0900'), enc: 'jisb64',
    text: `お客様

お問い合わせ(ケース ${CASE.ken})を受け付けました。
本人確認の手続きについては、後ほど担当部署からご案内いたします。

AWS Training & Certification 窓口
${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-ack-hanako-both-addresses', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako,
    note: 'receipt copied to both of the user\'s addresses; only says the case was opened',
    from: FORM, to: HANAKO.keep, cc: HANAKO.src, subject: subjPlain(CASE.hanako),
    date: D('2026-01-19 07:21:30'), enc: 'jis7',
    text: `佐藤 花子 様

このたびは AWS トレーニングと認定へご連絡いただき誠にありがとうございます。
ご依頼はケース ${CASE.hanako} として登録されました。
本メールはお問い合わせ時にご入力いただいた全てのメールアドレスに送信しています。

担当者が内容を確認し、順番にご連絡いたします。
同一のご依頼で新しいケースを起票されますと、確認に時間を要する場合がございます。

${APPI_JA_LONG}`,
  }),
  mk({
    slug: 'ja-ack-bilingual-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup,
    note: 'receipt of a (duplicate) case, Japanese with English boilerplate',
    from: NOTIFY, to: MISAKI.src, subject: `ケース ${CASE.misakiDup} を受け付けました / We received your case`,
    date: D('2026-02-12 00:15:02'), enc: 'utf8b64',
    text: `高橋 美咲 様

お問い合わせいただきありがとうございます。ケース ${CASE.misakiDup} を作成しました。
回答はサポートセンターおよびこのメールアドレスにお送りします。

Thank you for contacting AWS Support. Case ${CASE.misakiDup} has been created.
${BILINGUAL_FOOT}`,
  }),
  mk({
    slug: 'ja-ack-from-old-address-trap', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt that warns identity checks may follow; nothing is asked yet',
    from: FORM, to: SHO.src, subject: `[CASE ${CASE.sho}] お問い合わせありがとうございます`,
    date: D('2026-04-20 02:04:10'), enc: 'sjis8',
    text: `お問い合わせありがとうございます。(ケース番号 ${CASE.sho})

ご登録のメールアドレスとお問い合わせ元のアドレスが異なる場合、
アカウント保護のため、担当者から本人確認のご連絡を差し上げることがあります。
現時点でお客様にご対応いただくことはございません。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-dkimonly-body-id', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'receipt whose subject has no case ID; the ID is only in the body (aligned DKIM only)',
    from: FORM, to: KEN.keep, subject: 'お問い合わせを承りました', auth: 'dkimonly',
    date: D('2026-03-02 09:14:55'), enc: 'jisb64',
    text: `鈴木様

お問い合わせを承りました。
お問い合わせ番号:${CASE.ken}
このメールにご返信いただくと、同じお問い合わせに追記されます。

${APPI_JA_SHORT}
${ref('kq81Z')}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing to the self-service merge tool',
    from: NOTIFY_JA, to: KEN.keep, subject: 'AWS トレーニングと認定: お問い合わせへの自動回答',
    date: D('2026-03-02 09:05:40'), enc: 'jis7',
    text: `以下は、お問い合わせ内容をもとに自動生成された回答です。

認定アカウントが複数ある場合は、AWS 認定アカウントにサインインし、「プロフィール」から「アカウントを統合」を選ぶと、お客様ご自身で統合できます。
両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その場合は画面下の「ケースを作成」からご連絡ください。

この回答で解決しましたか? [はい] [いいえ]

※この回答は AI によって生成されたもので、誤りを含む可能性があります。個人情報(生年月日、身分証明書の番号など)は入力しないでください。`,
  }),
  mk({
    slug: 'ja-ai-name-change', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated FAQ answer about the name on exam records and the merge tool',
    from: NOTIFY_JA, to: MISAKI.keep, subject: 'よくあるご質問からの回答',
    date: D('2026-02-11 04:31:02'), enc: 'sjisb64',
    text: `ご質問に関連する可能性のある回答をお届けします(自動送信)。

Q. 結婚により姓が変わりました。試験記録の氏名を変更できますか?
A. 認定アカウントのプロフィールで、身分証明書と同じ表記に更新してください。受験予約がある場合は、試験日の前に変更を済ませる必要があります。

Q. 旧姓で作ったアカウントと新しいアカウントをまとめたい
A. プロフィールの「アカウントの統合」ツールをお試しください。ツールで統合できない場合はサポートへのケース作成をご検討ください。

この回答は担当者が作成したものではありません。`,
  }),
  mk({
    slug: 'ja-ai-after-merge-explainer', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer describing what a merge moves (badges, vouchers); it is a suggestion, not the event',
    from: NOTIFY_JA, to: SHO.keep, subject: 'Amazon Q による回答: 認定アカウントの統合',
    date: D('2026-04-20 01:58:12'), enc: 'utf8qp',
    text: `Amazon Q が回答を作成しました。

統合が完了すると、統合元アカウントの認定、試験履歴、受験特典(次回 50% 割引バウチャー)が統合先アカウントに表示されます。Credly のデジタルバッジは自動で移らないことがあり、統合後に統合先のメールアドレスでバッジを受け取り直す必要があります。

まずはセルフサービスの統合ツールをお試しください:
AWS 認定アカウント > プロフィール > アカウントを統合

この回答は生成 AI によるものです。解決しない場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-html-genai-warning', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated suggestion in multipart mail with a do-not-enter-personal-data warning',
    from: NOTIFY_JA, to: HANAKO.keep, subject: '自動回答: アカウントの統合について',
    date: D('2026-01-19 07:10:00'), enc: 'utf8b64',
    text: `お問い合わせありがとうございます。こちらは自動回答です。
セルフサービスの「アカウント統合」を利用すると、数分で 2 つの認定アカウントを 1 つにできます。
統合ツールでエラーになる場合は、次の画面でケースを作成してください。
生成AIの回答には個人情報を含めないでください。`,
    html: htmlDoc(`<div style="border:1px solid #ddd;padding:12px">
<p><b>自動回答</b>(生成 AI)</p>
<p>セルフサービスの「アカウント統合」を利用すると、数分で 2 つの認定アカウントを 1 つにできます。</p>
<p>統合ツールでエラーになる場合は、次の画面でケースを作成してください。</p>
<p style="color:#a00">生成AIの回答には個人情報を含めないでください。</p></div>`),
  }),
  mk({
    slug: 'ja-ai-forged-dmarcfail', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'fail',
    note: 'AI-answer look from amazon.com failing DMARC: untrusted',
    from: NOTIFY_JA, to: KEN.keep, subject: '自動回答: 認定アカウント', date: D('2026-03-03 22:41:09', '+0900'), enc: 'jis7',
    text: `自動応答です。
アカウントの統合ツールはプロフィール画面から利用できます。ツールが使えないときは、サポートケースを作成してください。
※AIが生成した回答です。`,
  }),
  mk({
    slug: 'ja-ai-sjis-steps', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated step list for the merge tool (Shift_JIS 8bit)',
    from: NOTIFY_JA, to: MISAKI.src, subject: 'おすすめの解決方法', date: D('2026-02-11 04:29:40'), enc: 'sjis8',
    text: `いただいた内容から、次の手順で解決できる可能性があります。

1. 残したい方の認定アカウントにサインインします
2. 右上のお名前 > プロフィール を開きます
3. 「アカウントを統合」を選び、もう一方のアカウントでサインインして承認します

ご本人様以外によるアカウント操作を防ぐため、両方のアカウントへのサインインが必要です。
うまくいかない場合は、この画面から担当者へのケースを作成できます。
(自動生成された回答)`,
  }),
  mk({
    slug: 'ja-ai-mixed-language', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer mixing Japanese with English UI labels',
    from: NOTIFY, to: SHO.src, subject: 'Suggested answer / 回答の候補', date: D('2026-04-20 01:57:03'), enc: 'utf8qp',
    text: `AI-generated answer

同じ方が複数の認定アカウントをお持ちの場合、「Merge Accounts」機能でまとめることができます。Profile > Merge Accounts から、統合元のアカウントの認証情報を入力してください。
両アカウントに試験履歴がある場合は、"Create case" を選択してサポートにお問い合わせください。

Was this answer helpful? はい / いいえ`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-reply-from-both', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks the user to reply from both addresses and give both candidate IDs, for identity proof',
    from: FORM, to: KEN.keep, cc: KEN.src, subject: subj(CASE.ken),
    date: D('2026-03-03 05:32:18'), enc: 'jis7',
    text: `鈴木 健一 様

AWS トレーニングと認定 カスタマーサポートです。
お問い合わせいただいた認定アカウントの統合につきまして、お客様の個人情報を保護するため、両方のアカウントの所有者であることを確認させていただいております。

お手数ですが、以下のメールアドレスの両方から、それぞれ本メールにご返信をお願いいたします。
 ・${KEN.keep}
 ・${KEN.src}
その際、各アカウントの候補者ID(AWS から始まる番号)を本文にご記載ください。

両方のご返信を確認できた時点で次の手続きにお進みいただけます。

${APPI_JA_LONG}

AWS トレーニングと認定 カスタマーサポート
${ref('kq81Z')}

${sfQuoteJa(KEN.keep, '2026/03/02 9:13', FORM_BARE, '認定アカウントの統合', KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-security-questions', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'security questions: last exam title, date and test centre of the source account',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: D('2026-02-12 08:04:51'), enc: 'jisb64',
    text: `高橋様

ご連絡ありがとうございます。担当の村井です。

統合元のアカウント(${MISAKI.src})は現在ご利用いただけないとのこと、承知しました。
その場合、メールでの本人確認に代えて、下記の質問にお答えいただく形で確認を進めております。

1) 統合元アカウントで最後に受験した試験の名称
2) その受験日(おおよそで構いません)
3) 受験方法(テストセンター名、またはオンライン監督)
4) 試験記録に登録されている氏名のローマ字表記

ご回答の内容が記録と一致しない場合、恐れ入りますが統合のお手続きは承れません。

${CONFID_JA}

${gmailJa('2026年2月11日(水) 13:39', MISAKI.ja, MISAKI.keep, MISAKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-name-mismatch', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'the names on the two exam records differ; asks for the name exactly as on the ID',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken),
    date: D('2026-03-04 03:12:40'), enc: 'sjis8',
    text: `鈴木様

お世話になっております。両方のアドレスからのご返信、確認いたしました。

ただ、2 つのアカウントの試験記録に登録されている氏名の表記が一致しておりません(片方は ${KEN.roma}、もう片方は漢字表記)。
統合先に残す氏名を決めるため、受験時に提示される公的身分証明書に記載のとおりのローマ字表記を、姓・名の順でお知らせいただけますか。

表記が揃わない状態では、別人の記録を結合してしまうおそれがあるため、統合を進めることができません。
何卒ご理解のほどお願いいたします。

${APPI_JA_SHORT}

AWS T&C サポート 中川

${outlookJa(`鈴木 健一 <${KEN.src}>`, '2026年3月3日 18:20', FORM_BARE, subj(CASE.ken), `候補者ID ${KEN.srcId} です。こちらのアドレスからも返信します。\n鈴木`)}`,
  }),
  mk({
    slug: 'ja-info-privacy-cannot-share', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'refuses to disclose the other account and asks the user to look up and send its ID (ご確認のうえお知らせ)',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho),
    date: D('2026-04-21 06:45:33'), enc: 'jis7',
    text: `伊藤 翔 様

お問い合わせの件、承知いたしました。
恐れ入りますが、個人情報保護の観点から、お問い合わせ元と異なるメールアドレスに紐づくアカウントの情報(登録内容や認定の有無など)を当方からお伝えすることはできかねます。

お手数ですが、統合元アカウントにサインインのうえ、候補者IDと認定通知用メールアドレスをご確認いただき、本メールへの返信でお知らせください。

AWS トレーニングと認定

${q(SHO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-which-to-keep-long-disclaimer', kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'asks which account to keep and the notification address, buried in compliance text',
    from: FORM, to: HANAKO.keep, cc: HANAKO.src, subject: subj(CASE.hanako),
    date: D('2026-01-20 02:30:09'), enc: 'utf8b64',
    text: `${APPI_JA_LONG}

佐藤 花子 様

ご依頼内容を拝見しました。統合後に残すアカウント(ログインに使うメールアドレス)と、認定に関する通知を受け取るメールアドレスを、それぞれ教えていただけますでしょうか。

${CONFID_JA}
本メールは、AWS トレーニングと認定の個人情報取扱規程に基づき、ご本人様確認が必要なお手続きとしてお送りしています。本メールへのご返信は、ケースの記録として保存されます。記録の保存期間および削除のご依頼については、AWS プライバシー規約をご確認ください。`,
  }),
  mk({
    slug: 'ja-info-phishing-verify', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'phishing that asks for the password and ID photo, from amazon.com.verify-case.net: untrusted',
    from: 'AWS 認定サポート <verify@amazon.com.verify-case.net>', to: KEN.keep,
    subject: `[CASE ${CASE.ken}] 本人確認のお願い(至急)`, date: D('2026-03-03 23:59:01', '+0900'), enc: 'utf8b64',
    text: `鈴木 健一 様

アカウント統合の審査において、本人確認が完了していません。
48時間以内に下記フォームから、両アカウントのパスワードと身分証明書の画像をアップロードしてください。
期限を過ぎた場合、認定資格は失効します。

http://amazon.com.verify-case.net/cert/verify?case=${CASE.ken}

AWS Certification Security`,
  }),
  mk({
    slug: 'ja-info-legal-employer-consent', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'legal review: the old account sits under a partner organisation, asks for the company and who can approve',
    from: FORM, to: SHO.keep, cc: 'AWS T&C Legal <tc-legal-jp@amazon.com>', subject: subj(CASE.sho),
    date: D('2026-04-23 04:20:17'), enc: 'jisb64',
    text: `伊藤様

法務担当と確認いたしましたところ、統合元のアカウント(${SHO.srcId})は、貴社(前職)のAWSパートナー組織に紐づいて登録されていることが分かりました。
この場合、組織側の記録にも関わるため、次の点をお知らせください。

・当時ご所属の会社名と部署名
・パートナー組織の管理者のご連絡先(承認をいただく場合があります)
・統合元アカウントで取得した認定の一覧

なお、組織の管理者に対して、お客様の個人アドレスなど統合先アカウントの情報をお伝えすることはございません。

AWS トレーニングと認定 カスタマーサポート
${APPI_JA_SHORT}`,
  }),
  mk({
    slug: 'ja-info-html-three-items', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML-only request for candidate ID, exam date and registered name',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-13 01:10:45'), enc: 'utf8b64',
    html: htmlDoc(`<p>高橋 美咲 様</p>
<p>ご回答ありがとうございました。恐れ入りますが、いただいた試験名が記録と一致しませんでした。</p>
<p>念のため、次の3点を改めてご確認のうえ、ご返信くださいますようお願いいたします。</p>
<ol><li>統合元の候補者ID</li><li>最初に合格した試験の受験日</li><li>受験時に登録した氏名(アルファベット)</li></ol>
<p>ご本人様であることが確認できるまで、アカウントの情報は変更されません。</p>
<hr><p style="font-size:11px">${APPI_JA_SHORT}</p>
<div class="gmail_quote"><blockquote>${paras(MISAKI_REQ)}</blockquote></div>`),
  }),
  mk({
    slug: 'ja-info-dob-centre-bilingual', kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'old mailbox gone: asks for the test centre city and the month of the last exam; English summary line',
    from: FORM, to: HANAKO.keep, subject: subj(CASE.hanako), date: D('2026-01-21 09:55:00'), enc: 'jis7',
    text: `佐藤様

旧アドレス(${HANAKO.src})はすでに受信できないとのご連絡、ありがとうございます。
代わりの確認として、統合元アカウントで受験された際のテストセンターの所在地(市区町村)と、最後に受験された年月をお知らせ願えますか。

(English summary: please tell us the city of the test centre and the month of your last exam on the old account.)

${CONFID_JA}

${gmailJa('2026年1月20日(火) 21:02', HANAKO.ja, HANAKO.keep, '旧アドレスは退職に伴い削除されており、返信できません。どうしたらよいでしょうか。')}`,
  }),
  mk({
    slug: 'ja-info-wrong-recipient', kind: 'info_request', lang: 'ja', caseId: CASE.ken, forUser: false,
    note: 'a request for IDs addressed to a look-alike address (example.com, not the user\'s example.jp)',
    from: FORM, to: 'ken.suzuki@example.com', subject: subj(CASE.ken), date: D('2026-03-03 05:33:02'), enc: 'jis7', crlf: false,
    text: `鈴木様

統合元アカウントの候補者IDを確認させてください。本メールにご返信いただければ結構です。

AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-verified-then-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'identity verified; asks for consent, warns the merge cannot be undone',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-05 02:48:11'), enc: 'jis7',
    text: `鈴木 健一 様

氏名のご連絡ありがとうございます。これでご本人様確認は完了しました。

以下の内容でアカウントを統合いたします。
 統合元: ${KEN.srcId} (${KEN.src})
 統合先: ${KEN.keepId} (${KEN.keep})
 統合後の氏名: ${KEN.roma}

統合は一度実施すると元に戻すことができません。統合元アカウントは無効になり、そのアドレスではサインインできなくなります。
上記に同意いただける場合は、このメールに「同意します」とご返信ください。

${APPI_JA_LONG}
${ref('kq81Z')}`,
  }),
  mk({
    slug: 'ja-conf-data-combination-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks consent to combine the personal data of the two records into one, irreversible',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-14 03:01:27'), enc: 'jisb64',
    text: `高橋様

ご回答いただいた内容が記録と一致しましたので、手続きを進めさせていただきます。

統合にあたり、2 つのアカウントに保存されている個人データ(氏名、住所、試験履歴、特典)を 1 つの記録に結合します。結合後、統合元の記録を分けて復元することはできません。
この取扱いにご同意のうえ統合を希望される場合は、その旨を本メールへの返信でお伝えください。ご返信をいただくまで、処理は行いません。

${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-conf-short-in-disclaimers', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako,
    note: 'one operative sentence asking to reply with consent, surrounded by mandatory notices',
    from: FORM, to: HANAKO.keep, subject: subj(CASE.hanako), date: D('2026-01-23 06:12:44'), enc: 'sjisb64',
    text: `${APPI_JA_LONG}

${CONFID_JA}

佐藤様、旧アカウント ${HANAKO.srcId} を ${HANAKO.keepId} へまとめてよろしいか、取り消しができない点をご了承のうえご返答ください。

${SENDONLY_JA.replace('送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。', 'ケースの記録として保存されます。')}
本メールに記載の情報は、ご本人様確認が完了したお客様のみに開示しています。第三者への転送はお控えください。`,
  }),
  mk({
    slug: 'ja-conf-keep-address-only-mp', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks the user to approve the merge by replying from the address being kept (multipart)',
    from: FORM, to: SHO.keep, subject: subj(CASE.sho), date: D('2026-04-25 08:30:00'), enc: 'utf8qp',
    text: `伊藤 翔 様

パートナー組織の管理者から承認をいただきましたので、統合の準備が整いました。

${SHO.srcId} の認定と試験履歴を ${SHO.keepId} へ移し、${SHO.srcId} は閉鎖されます。この操作は取り消せません。
実施してよろしければ、統合先のアドレス(${SHO.keep})からこのメールに返信して、承諾の意思をお伝えください。

AWS トレーニングと認定`,
    html: htmlDoc(`<p>伊藤 翔 様</p>
<p>パートナー組織の管理者から承認をいただきましたので、統合の準備が整いました。</p>
<p>${SHO.srcId} の認定と試験履歴を ${SHO.keepId} へ移し、${SHO.srcId} は閉鎖されます。<b>この操作は取り消せません。</b></p>
<p>実施してよろしければ、統合先のアドレス(${SHO.keep})からこのメールに返信して、承諾の意思をお伝えください。</p>
<p>AWS トレーニングと認定</p>`),
  }),
  mk({
    slug: 'ja-conf-forged-fail-then-pass', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'failThenForged',
    note: 'consent request whose top Authentication-Results fails; a planted pass sits lower: untrusted',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-14 10:20:00'), enc: 'jis7',
    text: `高橋様

統合を実行してもよろしいですか。よろしければ「はい」とだけご返信ください。
統合後は元に戻せません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-after-legal-review', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako,
    note: 'legal and security review done; asks the user to confirm they want the irreversible merge',
    from: TRUST_TEAM, to: HANAKO.keep, cc: FORM_BARE, subject: subj(CASE.hanako), date: D('2026-01-22 04:44:19'), enc: 'jisb64',
    text: `佐藤 花子 様

アカウント保全チームの小野です。カスタマーサポートから引き継ぎました。
旧アドレスにアクセスできない場合の確認手順に沿って、テストセンターと受験時期のご回答を記録と照合し、社内の法務・セキュリティ双方の確認が取れました。

最終確認です。統合元 ${HANAKO.srcId} を統合先 ${HANAKO.keepId} に統合してよろしいでしょうか。
統合は不可逆で、統合元の試験記録は統合先の氏名で管理されることになります。
ご承諾いただける場合は、その旨ご返信をお願いいたします。

${APPI_JA_LONG}`,
  }),
  mk({
    slug: 'ja-conf-cert-list', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'lists what moves and what expires, then asks for approval to proceed',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: D('2026-03-05 03:02:55'), enc: 'jis7',
    text: `鈴木様

先ほどのメールに補足いたします。統合により次の記録が ${KEN.keepId} に移ります。

 AWS Certified Solutions Architect - Associate (2024年5月 合格)
 AWS Certified Developer - Associate (2025年1月 合格)
 受験特典: 50% 割引バウチャー 1 件(有効期限はそのまま引き継がれます)

統合元に登録された住所と電話番号は、統合先の登録内容で上書きされ、統合元側の情報は保持されません。
これらをご理解いただいたうえで、実施のご承認を返信にていただけますか。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-conf-mixed-reply-yes', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'Japanese consent request with an English "reply YES" line',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: D('2026-02-14 03:05:10'), enc: 'utf8qp',
    text: `高橋様

統合の準備ができまました。
Please reply "YES" to approve merging ${MISAKI.srcId} into ${MISAKI.keepId}. この操作は取り消しできません。
日本語でのご返信でも問題ございません(例:「統合に同意します」)。

${CONFID_JA}`,
  }),
  mk({
    slug: 'ja-conf-body-only-id', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'consent request whose subject lacks the case ID; the ID is in the body',
    from: FORM, to: SHO.keep, subject: 'Re: 認定アカウントの統合について', date: D('2026-04-25 08:42:31'), enc: 'sjis8',
    text: `伊藤様
(ケース番号: ${CASE.sho})

先ほどのご案内の件、ご返信がまだのようでしたので再送いたします。
統合元アカウントを閉じ、認定を統合先へ移すことに同意いただけるか、ご返答をお願いいたします。同意のご返信を受領後に作業いたします。

AWS トレーニングと認定 サポート`,
  }),
];
