// fr set, Japanese messages. Voice: the subject carries the news, the body is thin or generic.
import { rfcDate as d, type Msg } from './lib.js';
import {
  AYA,
  C,
  CREDLY_AWS,
  DAISUKE,
  FORM,
  FORM_BARE,
  HANAKO,
  KENJI,
  MISAKI,
  NOREPLY,
  PORTAL_JA,
  SHO,
  SUPPORT_JP,
  TARO,
  YUKI,
  badlyWrapped,
  escStripped,
  formSubj,
  gmailJa,
  mk,
  outlookJa,
  paras,
  q,
  sf,
  sfRef,
  to,
  truncatedWords,
} from './common.js';

const ACK: Msg[] = [
  mk({
    slug: 'ack-ja-kenji-uketsuke',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.kenji,
    note: 'receipt: 【受付】 subject with the case ID, body only says the inquiry was registered',
    from: SUPPORT_JP,
    to: to(KENJI),
    subject: `【受付】ケース ${C.kenji} を承りました`,
    date: d('2026-11-16 00:04:51'),
    enc: 'jis7',
    text: `※本メールは送信専用のアドレスからお送りしています。

AWS サポートをご利用いただきありがとうございます。
お問い合わせを登録いたしました。担当より追ってご連絡差し上げます。

ケース ID: ${C.kenji}
件名: 認定アカウントの統合について

ケースの状況はサポートセンターからもご確認いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-ja-misaki-formsubject',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.misaki,
    note: 'automatic receipt: English form-submission subject (no RE:) over a Japanese body that only promises a reply',
    to: to(MISAKI),
    subject: `[CASE ${C.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-11-21 13:40:02'),
    enc: 'jisb64',
    text: `高橋 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動配信メールです。

通常、1営業日以内に担当者よりご返信いたします。
なお、同じ内容のお問い合わせを重ねてお送りいただくと、かえってご案内が遅れる場合がございますのでご了承ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-ja-sho-uketsukebango',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.sho,
    note: 'receipt recognisable by its shape (受付番号, 受付日時); case ID only in the body',
    from: NOREPLY,
    to: to(SHO),
    subject: '【自動送信】お問い合わせ受付のお知らせ',
    date: d('2026-11-18 13:47:30'),
    enc: 'sjis8',
    text: `中村 翔 様

お問い合わせありがとうございます。以下の内容で受け付けました。

受付番号: ${C.sho}
お問い合わせ種別: AWS トレーニングと認定
受付日時: 2026/11/18 22:47 (JST)

担当部署にて内容を確認後、メールにてご連絡いたします。
このメールに返信される場合は、件名と受付番号を変えずにお送りください。`,
  }),
  mk({
    slug: 'ack-ja-yuki-html-table',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.yuki,
    note: 'HTML-only case-created notice: the subject says the case was created, the body is a status table',
    from: NOREPLY,
    to: to(YUKI),
    subject: `サポートケースが作成されました (ケース ID: ${C.yuki})`,
    date: d('2026-11-09 08:15:44'),
    enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif;font-size:14px">
<p>小林 由紀 様</p>
<p>ケースの作成を受け付けました。</p>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td>${C.yuki}</td></tr>
<tr><td>件名</td><td>AWS認定アカウントを一つにしたい</td></tr>
<tr><td>ステータス</td><td>未割り当て</td></tr>
<tr><td>作成日</td><td>2026-11-09 08:15 UTC</td></tr>
</table>
<p>担当者が確認し次第ご連絡します。</p>
<p>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    slug: 'ack-ja-taro-external-gateway',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.taro,
    note: 'receipt to the company address: the gateway prefixed [EXTERNAL] and a warning banner; the rest is a plain receipt',
    to: to(TARO, 'ja', 'src'),
    subject: `[EXTERNAL] 【受付】お問い合わせを受け付けました [CASE ${C.taro}]`,
    date: d('2026-11-12 02:18:09'),
    enc: 'jis7',
    text: `[社外メール] 差出人やリンク先に心当たりがない場合は開かないでください。

山田 太郎 様

このたびはお問い合わせいただきありがとうございます。
ご依頼の内容を受け付けました。確認のうえ担当者からご案内いたしますので、今しばらくお待ちください。

--
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-ja-hanako-english-subject',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.hanako,
    note: 'English subject says the request was received; Japanese body is a generic receipt',
    to: to(HANAKO),
    subject: `We've received your request (Case ${C.hanako})`,
    date: d('2026-11-17 06:31:12'),
    enc: 'sjisb64',
    text: `佐藤 花子 様

お問い合わせを承りました。
内容を確認したうえで、担当者よりこのアドレス宛てにご連絡いたします。

お急ぎのところ恐縮ですが、今しばらくお待ちくださいますようお願いいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-ja-sho-badly-wrapped',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.s1,
    note: 'subject split by a careless encoder in the middle of a JIS character across two encoded words (word-by-word decoders show garbage); the body says the inquiry was received',
    to: to(SHO, 'ja', 'src'),
    subject: `【受付】お問い合わせを承りました [CASE ${C.s1}]`,
    subjectHeader: badlyWrapped('', `【受付】お問い合わせを承りました [CASE ${C.s1}]`),
    subjectSeen: `【受付】お問い合わせを承りました [CASE ${C.s1}]`,
    date: d('2026-11-14 11:02:55'),
    enc: 'jis7',
    text: `中村 様

お問い合わせを受け付けました(ケースID: ${C.s1})。
順番に対応しておりますので、担当からの連絡をお待ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ack-ja-kenji-echo-kanryo',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: C.s3,
    trap: true,
    note: "receipt of a new case that echoes the user's own subject asking whether the merge is done: merge words, but it is only the receipt",
    from: NOREPLY,
    to: to(KENJI),
    subject: `【受付】アカウント統合は完了していますか? [ケース番号:${C.s3}]`,
    date: d('2026-12-01 23:55:20'),
    enc: 'utf8qp',
    text: `渡辺 健二 様

お問い合わせいただきありがとうございます。新しいケースとして登録しました。
担当より改めてご連絡いたします。

-----
お問い合わせ内容:
先月依頼したアカウント統合が終わっているのか分からないので確認させてください。`,
  }),
];

const AI: Msg[] = [
  mk({
    slug: 'ai-ja-yuki-jidoukaitou',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI-generated answer pointing to the self-service merge tool; 【自動回答】 in the subject',
    from: NOREPLY,
    to: to(YUKI),
    subject: '【自動回答】お問い合わせ内容に関連するご案内',
    date: d('2026-11-09 08:09:03'),
    enc: 'jis7',
    text: `この回答は AI によって自動生成されたものです。内容が正確でない場合があります。

ご質問: 認定アカウントが2つある

AWS 認定のアカウントが複数ある場合は、残したい方のアカウントにサインインし、プロフィール画面の「アカウントの統合」からご自身で手続きいただけます。
どちらのアカウントにも認定の履歴がある場合など、ツールで統合できないときは、ケースの作成にお進みください。

この回答で解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-ja-hanako-amazonq-alt',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'multipart notice that an AI assistant produced an answer; summary suggests the self-service tool',
    from: NOREPLY,
    to: to(HANAKO),
    subject: 'Amazon Q からのおすすめ回答があります',
    date: d('2026-11-17 06:20:40'),
    enc: 'utf8b64',
    text: `Amazon Q がお問い合わせへの回答を作成しました。

要約: 重複した AWS 認定アカウントは、セルフサービスの統合ツールで1つにまとめられる場合があります。

詳しくはリンク先をご覧ください。解決しなかった場合は、引き続きケースを作成できます。`,
    html: paras(`Amazon Q がお問い合わせへの回答を作成しました。

要約: 重複した AWS 認定アカウントは、セルフサービスの統合ツールで1つにまとめられる場合があります。

詳しくはリンク先をご覧ください。解決しなかった場合は、引き続きケースを作成できます。`),
  }),
  mk({
    slug: 'ai-ja-sho-kaiketsu',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'automated answer that explains what happens once a merge is done; still an AI answer, no merge happened',
    from: NOREPLY,
    to: to(SHO),
    subject: '問題は解決しましたか? AIアシスタントからの回答',
    date: d('2026-11-18 13:41:12'),
    enc: 'sjis8',
    text: `以下は自動で作成された回答です。

統合ツールでアカウントをまとめると、統合元の認定・試験履歴・特典は統合先のアカウントに表示されるようになります。統合が完了したあと、Credly のバッジは統合先のメールアドレスで受け取り直す必要がある場合があります。

※ツールが使えない場合のみ、担当者へのケース作成をご検討ください。`,
  }),
  mk({
    slug: 'ai-ja-taro-suggested-english-subject',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'English "Suggested answer" subject, Japanese automated steps for the Merge Accounts tool',
    from: NOREPLY,
    to: to(TARO),
    subject: 'Suggested answer: Merging AWS Certification accounts',
    date: d('2026-11-12 02:05:37'),
    enc: 'jisb64',
    text: `AWS サポートの自動応答です。

お問い合わせの件は、次の手順で解決できる可能性があります。
1. 残すアカウントでサインインする
2. [マイプロフィール] を開く
3. [アカウントの統合] から、もう一方のアカウント情報を入力する

この回答は自動生成です。担当者とのやり取りをご希望の場合は、お問い合わせ画面で「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ai-ja-hanako-kanrenkiji',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: C.s4,
    note: 'system-sent related-FAQ suggestion on a case (【自動応答】); no human has answered yet',
    to: to(HANAKO, 'ja', 'src'),
    subject: `【自動応答】[CASE ${C.s4}] 関連記事のご案内`,
    date: d('2026-11-05 04:12:00'),
    enc: 'jis7',
    text: `※このメッセージはシステムにより自動で送信されています。

いただいた内容に近いと思われるよくある質問をお送りします。
・認定アカウントが2つある場合はどうすればよいですか
・Credly のバッジが表示されない

上記で解決した場合、ご返信は不要です。解決しない場合は担当者が順次確認いたします。`,
  }),
  mk({
    slug: 'ai-ja-misaki-re-own-subject',
    kind: 'ai_answer',
    lang: 'ja',
    note: "the user's own subject comes back with Re: over an automated (not human) answer recommending the tool",
    from: NOREPLY,
    to: to(MISAKI),
    subject: 'Re: AWS認定アカウントを1つにしたい',
    date: d('2026-11-21 13:33:47'),
    enc: 'utf8qp',
    text: `自動回答システムよりご案内します(担当者からの返信ではありません)。

アカウントを1つにまとめたい場合、認定ポータルの統合ツールをお試しください。ツールでは、統合元アカウントのログイン情報の入力が求められます。
うまくいかない場合は、このページから担当者に問い合わせることができます。`,
  }),
  mk({
    slug: 'ai-ja-kenji-kaitouzumi',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'subject says 回答済み (sounds resolved) but it is an AI answer; it even says no case was registered',
    from: NOREPLY,
    to: to(KENJI),
    subject: '【回答済み】お問い合わせへの回答をお送りしました',
    date: d('2026-11-15 23:58:02'),
    enc: 'sjisb64',
    text: `AI が生成した回答をお送りします。

「アカウントの統合」は、どちらか一方のアカウントにのみ認定履歴がある場合にご利用いただけます。両方に履歴がある場合は、お手数ですがサポートまでお問い合わせください。

この回答はケースとしては登録されていません。`,
  }),
];

const INFO: Msg[] = [
  mk({
    slug: 'info-ja-kenji-youhenshin-sf',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.kenji,
    note: '【要返信】 on the form subject; support lists candidate IDs, login addresses and which account to keep',
    to: to(KENJI),
    subject: `【要返信】${formSubj(C.kenji)}`,
    date: d('2026-11-16 23:12:40'),
    enc: 'jis7',
    text: `渡辺様

お問い合わせの件、確認いたしました。
手続きを進めるため、次の事項をご返信ください。

- 統合元・統合先それぞれの AWS 候補 ID
- 各アカウントにサインインする際のメールアドレス
- 最終的に残すアカウント

以上、よろしくお願いいたします。

木下
AWS トレーニングと認定 カスタマーサービス

${sfRef('7Kq2Lm')}

${sf(`${KENJI.ja} [${KENJI.keep}]`, '2026/11/16 9:03', FORM_BARE, '認定アカウントの統合について', '前職の会社アドレスで作った認定アカウントを個人のアカウントにまとめたいです。')}`,
  }),
  mk({
    slug: 'info-ja-misaki-notify-which',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.misaki,
    note: 'new-reply notification; the quoted reply asks which account to keep and both addresses',
    from: SUPPORT_JP,
    to: to(MISAKI),
    subject: `ケース ${C.misaki} に新しい返信があります`,
    date: d('2026-11-22 09:26:18'),
    enc: 'jisb64',
    text: `高橋 美咲 様

ケース ${C.misaki} に担当者からの返信が追加されました。

--- 返信内容 ---
お問い合わせありがとうございます。どちらのアカウントを存続させるかによって手順が変わりますので、残したいアカウントのメールアドレスを、もう一方のアドレスとあわせてお知らせください。
---

このメールに返信するか、サポートセンターのケース画面から回答を送信できます。`,
  }),
  mk({
    slug: 'info-ja-sho-awaiting-validation',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.sho,
    note: '"Awaiting your reply" English subject; Japanese body asks for validation numbers and dates',
    to: to(SHO),
    subject: `Case ${C.sho} - Awaiting your reply`,
    date: d('2026-11-19 10:02:33'),
    enc: 'sjis8',
    text: `中村 様

引き続きお世話になっております。
恐れ入りますが、統合元アカウントで取得された認定の認定番号(Validation Number)と、取得日がわかるものを本メールへの返信でお送りいただけますでしょうか。
照合ができ次第、次のご案内を差し上げます。

AWS Training & Certification
岡田`,
  }),
  mk({
    slug: 'info-ja-yuki-stale-taioukanryo',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.yuki,
    trap: true,
    note: 'stale 【対応完了】 tag on the subject; the body says nothing was done yet and asks for the other candidate ID',
    to: to(YUKI),
    subject: `【対応完了】${formSubj(C.yuki)}`,
    date: d('2026-11-11 01:44:19'),
    enc: 'utf8b64',
    text: `小林様

ご連絡が前後してしまい申し訳ございません。件名に「対応完了」と表示されておりますが、システム上の表示によるもので、統合作業はまだ行っておりません。

作業の前に、大学のメールアドレスで作成されたアカウントの候補 ID を改めてお知らせいただけますか。

よろしくお願いいたします。
Ayaka`,
  }),
  mk({
    slug: 'info-ja-taro-gokakunin',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.taro,
    trap: true,
    note: '【ご確認のお願い】 subject, but the body asks which address will be used after the merge: information, not consent',
    to: to(TARO),
    subject: '【ご確認のお願い】アカウント統合について',
    date: d('2026-11-13 05:50:27'),
    enc: 'jis7',
    text: `山田 様

お世話になっております。
統合後にサインインで使用されるメールアドレスはどちらになりますでしょうか、ご確認のうえお知らせください。

ケース番号: ${C.taro}`,
  }),
  mk({
    slug: 'info-ja-hanako-outlook-second-id',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.hanako,
    note: "user's RE: RE: subject comes back; support asks for the second candidate ID over an Outlook-quoted user mail",
    to: to(HANAKO),
    subject: 'RE: RE: AWS認定アカウントの統合',
    date: d('2026-11-20 07:15:02'),
    enc: 'jisb64',
    text: `佐藤様

ご返信ありがとうございます。
いただいた内容では候補 ID が1件のみでしたので、もう一方(旧勤務先のアドレスで登録されたもの)の ID もお送りいただけますと幸いです。

AWS トレーニングと認定サポート 森本
ケース番号 ${C.hanako}

${outlookJa(`${HANAKO.ja} <${HANAKO.keep}>`, '2026年11月20日 14:22', FORM_BARE, 'RE: AWS認定アカウントの統合')}

お世話になっております。残したいアカウントの候補IDは ${HANAKO.keepId} です。
よろしくお願いします。`,
  }),
  mk({
    slug: 'info-ja-misaki-esc-stripped',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.misaki,
    note: 'subject garbled by a gateway that dropped the ISO-2022-JP escapes ($B...(B); body asks which name spelling to keep and whether the old mailbox still works',
    to: to(MISAKI),
    subject: '【要返信】アカウント統合に必要な情報について',
    subjectHeader: escStripped('【要返信】アカウント統合に必要な情報について'),
    subjectSeen: escStripped('【要返信】アカウント統合に必要な情報について'),
    date: d('2026-11-23 02:40:11'),
    enc: 'utf8qp',
    text: `高橋 美咲 様
(ケース ${C.misaki})

お手数をおかけします。
両アカウントでお名前の表記(漢字/ローマ字)が異なっておりますため、統合後の表記をどちらにするかお知らせください。あわせて、統合元アカウントのメールアドレスにまだアクセスできるかどうかも教えていただけますと助かります。`,
  }),
  mk({
    slug: 'info-ja-yuki-action-required-booking',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.yuki,
    note: '[Action Required] English subject; Japanese body asks whether an exam booking remains on the source account',
    to: to(YUKI),
    subject: `[Action Required] Case ${C.yuki} - Additional information needed`,
    date: d('2026-11-12 04:03:51'),
    enc: 'sjisb64',
    text: `小林様

度々のご連絡失礼いたします。
統合元のアカウントに、現在予約中の試験がないか教えていただけますでしょうか。予約が残っている場合、統合のタイミングを調整する必要がございます。

Customer Service, AWS Training & Certification`,
  }),
  mk({
    slug: 'info-ja-kenji-phish-lookalike',
    kind: 'info_request',
    lang: 'ja',
    caseId: C.s7,
    trusted: false,
    note: 'forgery from a look-alike domain (amazon-cert-support.com) asking for passwords and IDs; it is an information request by content, untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-cert-support.com>',
    to: to(KENJI),
    subject: `【要返信】アカウント統合のため本人確認が必要です [CASE ${C.s7}]`,
    date: d('2026-11-17 17:30:00', '+0900'),
    enc: 'jis7',
    text: `渡辺 健二 様

アカウント統合の手続きにあたり、ご本人確認が必要です。
48時間以内に下記フォームから、両アカウントのメールアドレス・パスワードおよび候補 ID を入力してください。
https://amazon-cert-support.com/verify?case=${C.s7}

期限内にご対応がない場合、統合は行われません。`,
  }),
];

const CONF: Msg[] = [
  mk({
    slug: 'conf-ja-kenji-saishuukakunin',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.kenji,
    note: '【要返信】 final-confirmation subject; body asks to reply if OK and warns it cannot be undone',
    to: to(KENJI),
    subject: `【要返信】アカウント統合の最終確認 [CASE ${C.kenji}]`,
    date: d('2026-11-17 01:05:12'),
    enc: 'jis7',
    text: `渡辺様

ご提供の情報で両アカウントを確認できましました。

統合元: ${KENJI.srcId}
統合先: ${KENJI.keepId}

この内容で進めてよろしければ、その旨をこのメールにご返信ください。なお、統合後に元へ戻すことはできません。

木下`,
  }),
  mk({
    slug: 'conf-ja-misaki-notify-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.misaki,
    note: 'same new-reply notification subject as before; this quoted reply asks for consent to an irreversible merge',
    from: SUPPORT_JP,
    to: to(MISAKI),
    subject: `ケース ${C.misaki} に新しい返信があります`,
    date: d('2026-11-24 08:12:45'),
    enc: 'jisb64',
    text: `ケース ${C.misaki} に新しい返信があります。

--- 返信内容 ---
高橋様、ご回答ありがとうございます。${MISAKI.srcId} の認定情報を ${MISAKI.keepId} に移し、1つのアカウントにいたします。実施後の取り消しはできませんので、ご了承いただける場合はその旨をお知らせください。
---

サポートセンターでケースを表示`,
  }),
  mk({
    slug: 'conf-ja-sho-english-action',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.sho,
    note: 'English "Action required: confirm merge" subject; Japanese body asks for 同意します',
    to: to(SHO),
    subject: `Action required: confirm merge (Case ${C.sho})`,
    date: d('2026-11-20 09:30:10'),
    enc: 'sjis8',
    text: `中村 翔 様

確認が取れましたので、最終のご確認です。
下記2つのアカウントを統合いたします。差し支えなければ「同意します」とご返信ください。

・${SHO.src} (${SHO.srcId}) → 統合元
・${SHO.keep} (${SHO.keepId}) → 統合先

一度統合したアカウントは分けられません。
岡田`,
  }),
  mk({
    slug: 'conf-ja-yuki-re-kanryo-waiting',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.yuki,
    trap: true,
    note: "user's subject about waiting for the completion comes back; body says the merge is not done and asks consent first",
    to: to(YUKI),
    subject: 'Re: 統合完了の連絡をお待ちしています',
    date: d('2026-11-14 03:22:38'),
    enc: 'utf8b64',
    text: `小林様

お待たせしております。統合はまだ実施しておりません。
最後にご本人の同意をいただく必要がございますので、以下の統合を実行してよいか、ご返信をお願いいたします(実行後は元に戻せません)。

統合元 ${YUKI.srcId} / 統合先 ${YUKI.keepId}

ケース ${C.yuki}`,
  }),
  mk({
    slug: 'conf-ja-taro-outlook-toppost',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.taro,
    note: 'top-posted over the user\'s Outlook reply; asks whether to go ahead, the company account will stop working',
    to: to(TARO),
    subject: 'RE: 【ご確認のお願い】アカウント統合について',
    date: d('2026-11-19 02:11:56'),
    enc: 'jis7',
    text: `山田様

ご回答ありがとうございます。個人のアドレス(${TARO.keep})を残す形で承知しました。

それでは最終確認となります。会社アドレスのアカウントの認定履歴を個人アカウント側へ統合し、会社側のアカウントは利用できなくなります。実施してよいかお返事をお願いいたします。

森本

${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年11月19日 8:40', FORM_BARE, 'RE: 【ご確認のお願い】アカウント統合について')}

個人のほうを残したいです。ケース番号 ${C.taro} です。`,
  }),
  mk({
    slug: 'conf-ja-kenji-truncated-external',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.kenjiDup,
    note: '[EXTERNAL] tag and an encoded subject cut off by the gateway; the body asks for 同意する to an irreversible merge',
    to: to(KENJI, 'ja', 'src'),
    subject: `[EXTERNAL] RE:[CASE ${C.kenjiDup}] 【要返信】統合内容のご確認をお願いします`,
    subjectHeader: truncatedWords(`[EXTERNAL] RE:[CASE ${C.kenjiDup}] `, '【要返信】統合内容のご確認をお願いします', 22),
    subjectSeen: `[EXTERNAL] RE:[CASE ${C.kenjiDup}] 【要返信】統合内容のご確認 =?ISO-2022-JP?B?GyRCJH`,
    date: d('2026-11-17 01:20:40'),
    enc: 'utf8qp',
    text: `渡辺様

統合元 ${KENJI.srcId} のご登録アドレス宛てに念のためご連絡しております。
統合先 ${KENJI.keepId} への統合に同意される場合は、本メールへ「同意する」とご返信ください。統合後に分割することはできません。

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-ja-hanako-terse',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.hanako,
    note: 'terse 【ご確認】 mail: may we merge, cannot be undone, please reply',
    to: to(HANAKO),
    subject: '【ご確認】統合の可否について',
    date: d('2026-11-21 00:48:13'),
    enc: 'sjisb64',
    text: `佐藤様

${HANAKO.srcId} → ${HANAKO.keepId} で統合してよろしいですか。取り消しはできません。
ご返信をお待ちしております。

(ケース ${C.hanako})`,
  }),
  mk({
    slug: 'conf-ja-misaki-forged-below',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: C.s8,
    trusted: false,
    note: 'asks for consent through a link; its only dmarc=pass header sits below the receiving server\'s Received line (forged)',
    to: to(MISAKI),
    subject: `【要返信】${formSubj(C.s8)}`,
    date: d('2026-11-25 19:02:11', '+0900'),
    auth: 'forgedBelow',
    relay: 'smtp.bulk-mailer.example.org',
    enc: 'jis7',
    text: `お客様

アカウント統合の最終確認です。以下のリンクからサインインし、「統合に同意する」を押してください。
https://aws-training-merge.example-login.net/consent
リンクの有効期限は24時間です。`,
  }),
];

const MERGE: Msg[] = [
  mk({
    slug: 'merge-ja-kenji-taioukanryo',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: C.kenji,
    note: '【対応完了】 on the merge request; the body only says the requested work is finished and asks to check',
    to: to(KENJI),
    subject: `【対応完了】アカウント統合のご依頼 [CASE ${C.kenji}]`,
    date: d('2026-11-18 06:40:00'),
    enc: 'jis7',
    text: `渡辺 健二 様

ご依頼いただいておりました作業が完了しましたので、ご連絡いたします。
お手数ですが、残されたアカウントにサインインし、内容をご確認ください。

木下
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-ja-misaki-notify-done',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: C.misaki,
    note: 'the same new-reply notification subject a third time; the quoted reply says the two accounts were made one',
    from: SUPPORT_JP,
    to: to(MISAKI),
    subject: `ケース ${C.misaki} に新しい返信があります`,
    date: d('2026-11-26 03:51:27'),
    enc: 'jisb64',
    text: `高橋 美咲 様

ケース ${C.misaki} に担当者からの返信が追加されました。

--- 返信内容 ---
お待たせいたしました。2つのアカウントを1つにまとめる作業を終えました。認定・特典は ${MISAKI.keepId} でご確認いただけます。
---`,
  }),
  mk({
    slug: 'merge-ja-yuki-portal',
    kind: 'merge_completed',
    lang: 'ja',
    note: "certification portal's own notice (no case ID): the subject says the merge is complete",
    from: PORTAL_JA,
    to: to(YUKI),
    subject: 'アカウントの統合が完了しました',
    date: d('2026-11-16 07:00:03'),
    enc: 'sjis8',
    text: `小林 由紀 様

お客様の AWS 認定アカウントに関するお知らせです。
ご依頼のあったアカウントは統合済みとなりました。今後は現在のアカウントでサインインしてください。

AWS 認定プログラム`,
  }),
  mk({
    slug: 'merge-ja-taro-close-tag',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: C.taro,
    trap: true,
    note: '【クローズ】 subject, but the new fact is that the merge was carried out today (and the case closes with it)',
    to: to(TARO),
    subject: `【クローズ】[CASE ${C.taro}] アカウント統合`,
    date: d('2026-11-20 08:25:19'),
    enc: 'utf8b64',
    text: `山田様

本日、統合作業を実施し、完了いたしました。本ケースはこれでクローズとさせていただきます。
ご不明な点があればこのメールにご返信ください。`,
  }),
  mk({
    slug: 'merge-ja-hanako-stale-confirm',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: C.hanako,
    trap: true,
    note: 'stale subject from the confirmation request (RE: 【ご確認】); the two-line body says it is merged',
    to: to(HANAKO),
    subject: 'RE: 【ご確認】統合の可否について',
    date: d('2026-11-22 05:03:44'),
    enc: 'jis7',
    crlf: false,
    text: `佐藤様

統合しました。ご確認ください。

森本
--
ケース ${C.hanako}`,
  }),
  mk({
    slug: 'merge-ja-sho-resent-english',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: C.sho,
    forUser: false,
    note: 'English "accounts have been merged" subject, generic Japanese body; redirected by the old company (Resent-*), so not delivered to the user directly',
    to: to(SHO, 'ja', 'src'),
    subject: `Your accounts have been merged - Case ${C.sho}`,
    date: d('2026-11-21 04:10:36'),
    resent: { from: 'postmaster@startup.example.jp', to: 'sho.nakamura@example.com', date: d('2026-11-21 13:11:02', '+0900') },
    enc: 'utf8qp',
    text: `中村様

ご返信ありがとうございました。ご依頼の件、対応いたしました。
認定の一覧と特典の表示に問題がないか、お時間のあるときにご確認いただけますと幸いです。

岡田`,
  }),
  mk({
    slug: 'merge-ja-yuki-kanryo-houkoku',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: C.yuki,
    note: '【完了】統合作業のご報告: the body only says 表題の件 is done and benefits carried over',
    to: to(YUKI),
    subject: '【完了】統合作業のご報告',
    date: d('2026-11-16 06:58:49'),
    enc: 'sjisb64',
    text: `小林様

表題の件、作業が終わりましたのでご報告いたします。
受験割引などの特典も統合先に引き継がれております。

ケース番号: ${C.yuki}`,
  }),
  mk({
    slug: 'merge-ja-kenji-misaligned',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    note: 'claims the merge is done and asks to log in via a link; DKIM is for a bulk-mail domain and dmarc fails: untrusted',
    to: to(KENJI, 'ja', 'src'),
    subject: '【対応完了】AWS認定アカウント統合のお知らせ',
    date: d('2026-11-19 21:44:10', '+0900'),
    auth: 'misaligned',
    relay: 'o3.sendgrid-bulk-7731.net',
    enc: 'jis7',
    text: `お客様

アカウントの統合が完了しました。統合後のアカウントを有効化するため、以下より再ログインしてください。
https://aws-cert-portal.example-verify.com/login`,
  }),
];

const BADGE: Msg[] = [
  mk({
    slug: 'badge-ja-kenji-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address (バッジ発行のお知らせ)',
    from: CREDLY_AWS,
    to: to(KENJI),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-19 02:33:20'),
    enc: 'jis7',
    text: `渡辺 健二 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

以下のボタンからバッジを受け取ってください。
[バッジを入手する] https://www.credly.com/earner/earned/badge/7f3c2a10-5b1e-4c2d-9a44-0e1f6b2d8c31

Credly`,
  }),
  mk({
    slug: 'badge-ja-misaki-credly-html',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'HTML-only Credly mail: an AWS badge waiting for the kept account',
    from: CREDLY_AWS,
    to: to(MISAKI),
    subject: 'AWS Certified Cloud Practitioner のバッジが届いています',
    date: d('2026-11-27 11:16:05'),
    enc: 'utf8b64',
    html: `<html><body>
<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p>高橋 美咲 さん、</p>
<p>Amazon Web Services Training and Certification からバッジが届いています。</p>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0c9d1e22-7a41-4f60-b7d3-51e0a8f2c6aa" style="background:#2b6cb0;color:#fff;padding:10px 16px;text-decoration:none">バッジを入手する</a></p>
<p style="color:#888;font-size:12px">このメールは Credly から送信されています。</p>
</div>
</body></html>`,
  }),
  mk({
    slug: 'badge-ja-kenji-taioukanryo-badge-case',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: C.kenjiBadge,
    note: '【対応完了】バッジ移行のご依頼: body only says done, check on Credly',
    to: to(KENJI),
    subject: `【対応完了】バッジ移行のご依頼 [CASE ${C.kenjiBadge}]`,
    date: d('2026-11-25 00:17:58'),
    enc: 'jisb64',
    text: `渡辺様

先日ご依頼いただいた件、対応いたしました。
Credly にて統合先のアドレスでご確認いただけます。

木下`,
  }),
  mk({
    slug: 'badge-ja-hanako-notify',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: C.hanako,
    note: 'new-reply notification whose quoted reply says the three Credly badges were moved to the merged account',
    from: SUPPORT_JP,
    to: to(HANAKO),
    subject: `ケース ${C.hanako} に新しい返信があります`,
    date: d('2026-11-25 06:42:30'),
    enc: 'sjis8',
    text: `佐藤 花子 様

ケース ${C.hanako} に新しい返信があります。

--- 返信内容 ---
Credly のデジタルバッジ3点を、統合後のアカウントへ付け替えました。
---

返信する場合は、このメールにそのままご返信ください。`,
  }),
  mk({
    slug: 'badge-ja-sho-close-tag',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: C.sho,
    trap: true,
    note: '【クローズ】 subject; the body announces the badges were moved and closes: badges moved is the news',
    to: to(SHO),
    subject: `【クローズ】Case ${C.sho}`,
    date: d('2026-11-26 09:09:09'),
    enc: 'jis7',
    text: `中村様

Credly のバッジを統合先アカウントに移しましたので、これをもちまして本件は終了といたします。`,
  }),
  mk({
    slug: 'badge-ja-yuki-english-subject',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: C.yuki,
    note: 'English "badges have been moved" subject over a generic Japanese "handled, please check Credly"',
    to: to(YUKI),
    subject: `Your badges have been moved [CASE ${C.yuki}]`,
    date: d('2026-11-24 02:30:48'),
    enc: 'utf8qp',
    text: `小林様

ご連絡いただいたバッジの件、対応が済みました。Credly にサインインしてご確認ください。`,
  }),
  mk({
    slug: 'badge-ja-taro-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    note: 'same subject as a real Credly issue notice, sent from admin@credIy.com (capital I): a look-alike, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: to(TARO),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-21 20:15:37', '+0900'),
    enc: 'jis7',
    text: `山田 太郎 さん

新しいバッジが発行されました。
下のリンクからサインインして受け取ってください。
https://credly-badge-claim.example.net/accept?id=55021

Credly`,
  }),
];

const CLOSED: Msg[] = [
  mk({
    slug: 'closed-ja-kenji-dup',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.kenjiDup,
    note: '【クローズ】 for a duplicate case; the exchange continues on the other case',
    to: to(KENJI, 'ja', 'src'),
    subject: `【クローズ】ケース ${C.kenjiDup}`,
    date: d('2026-11-17 03:00:14'),
    enc: 'jis7',
    text: `渡辺様

本ケースは、ケース ${C.kenji} と同一のご依頼のため、こちらはクローズいたします。
今後のやり取りは ${C.kenji} にて承ります。`,
  }),
  mk({
    slug: 'closed-ja-misaki-kaiketsuzumi',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.misaki,
    note: 'notification: the case status changed to 解決済み; can be reopened within 14 days',
    from: SUPPORT_JP,
    to: to(MISAKI),
    subject: `ケース ${C.misaki} は解決済みになりました`,
    date: d('2026-12-03 00:00:41'),
    enc: 'jisb64',
    text: `高橋 美咲 様

お問い合わせいただいたケースのステータスが「解決済み」に変更されました。
さらにサポートが必要な場合は、14日以内であればケースを再開できます。

ケースの詳細を表示`,
  }),
  mk({
    slug: 'closed-ja-taro-autoclose-reminder',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.s9,
    trap: true,
    note: '【要返信】 subject, but the body only warns the case auto-closes in 3 days without a reply',
    to: to(TARO),
    subject: `【要返信】ご返信のお願い [CASE ${C.s9}]`,
    date: d('2026-11-28 05:30:00'),
    enc: 'sjis8',
    text: `山田様

先日お送りした内容について、まだご返信をいただけておりません。
このまま3日間ご連絡がない場合、本ケースは自動的にクローズされますのでご了承ください。`,
  }),
  mk({
    slug: 'closed-ja-hanako-restate-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.hanako,
    trap: true,
    note: '【対応完了】アカウント統合 subject; the body only restates the earlier merge and closes the case',
    to: to(HANAKO),
    subject: `【対応完了】アカウント統合 [CASE ${C.hanako}]`,
    date: d('2026-12-01 01:14:26'),
    enc: 'utf8b64',
    text: `佐藤様

先日ご報告のとおり、アカウントの統合は完了しております。その後ご連絡がございませんので、本ケースはクローズとさせていただきます。`,
  }),
  mk({
    slug: 'closed-ja-sho-english-closed',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.sho,
    note: 'English "has been closed" subject over a short Japanese closing note',
    to: to(SHO),
    subject: `Case ${C.sho} has been closed`,
    date: d('2026-11-27 00:20:00'),
    enc: 'jis7',
    text: `中村様

本件はクローズいたしました。同じ件で追加のご質問がある場合は、このメールにご返信いただければケースが再開されます。`,
  }),
  mk({
    slug: 'closed-ja-yuki-autoclosed',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.s11,
    note: '【自動クローズ】: closed after 7 days without a reply, to the university address',
    from: NOREPLY,
    to: to(YUKI, 'ja', 'src'),
    subject: `【自動クローズ】ケース ${C.s11}`,
    date: d('2026-11-08 15:00:00'),
    enc: 'sjisb64',
    text: `小林 由紀 様

7日間ご返信をいただけなかったため、ケースを自動でクローズしました。
引き続きサポートが必要な場合は、新しいケースを作成してください。`,
  }),
  mk({
    slug: 'closed-ja-kenji-re-progress',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.kenji,
    note: "the user's own subject asking about progress comes back; body closes the case as resolved",
    to: to(KENJI),
    subject: 'Re: 統合の進捗を教えてください',
    date: d('2026-11-20 02:51:33'),
    enc: 'utf8qp',
    text: `渡辺様

ご確認ありがとうございます。ほかにご質問がないようでしたら、本ケースは解決済みとしてクローズいたします。
またお困りのことがございましたら、お気軽にお問い合わせください。

木下
ケース ${C.kenji}`,
  }),
  mk({
    slug: 'closed-ja-taro-dkimonly',
    kind: 'case_closed',
    lang: 'ja',
    caseId: C.s5,
    note: '【クローズ】 with the case number in parentheses; generic "resolved and closed" body (aligned DKIM only)',
    to: to(TARO, 'ja', 'src'),
    subject: `【クローズ】お問い合わせ (ケース番号 ${C.s5})`,
    date: d('2026-11-10 09:41:06'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `山田様

本件は解決済みとしてクローズいたしました。
ご利用ありがとうございました。

AWS Training and Certification`,
  }),
];

const REPLY: Msg[] = [
  mk({
    slug: 'reply-ja-daisuke-stale-kanryo',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.s12,
    trap: true,
    note: '【対応完了】 subject, but the body says the merge is not done and still being checked',
    to: to(DAISUKE),
    subject: `【対応完了】アカウント統合 [CASE ${C.s12}]`,
    date: d('2026-11-24 04:44:44'),
    enc: 'jis7',
    text: `伊藤様

いつもお世話になっております。
大変恐縮ですが、統合はまだ完了しておりません。担当部署にて確認を続けております。
進捗がありしだい、改めてご連絡いたします。`,
  }),
  mk({
    slug: 'reply-ja-daisuke-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.s12,
    trap: true,
    note: '【受付】統合へのご同意: thanks for the consent, handed to the team; no receipt, no merge yet',
    to: to(DAISUKE),
    subject: `【受付】統合へのご同意 [CASE ${C.s12}]`,
    date: d('2026-11-26 01:10:10'),
    enc: 'jisb64',
    text: `伊藤様

ご同意のご連絡、ありがとうございます。担当チームへ引き継ぎましたので、作業が終わりましたら改めてお知らせいたします。`,
  }),
  mk({
    slug: 'reply-ja-aya-notify-escalated',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.s13,
    note: 'new-reply notification; the reply says it was escalated and will take a few business days',
    from: SUPPORT_JP,
    to: to(AYA),
    subject: `ケース ${C.s13} に新しい返信があります`,
    date: d('2026-11-30 08:08:08'),
    enc: 'sjis8',
    text: `松本 彩 様

ケース ${C.s13} に新しい返信があります。

--- 返信内容 ---
社内の専門部署に確認を依頼しました。回答まで数営業日いただく見込みでです。
---`,
  }),
  mk({
    slug: 'reply-ja-aya-cannot-merge',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.s13,
    trap: true,
    note: '【統合不可】: the merge cannot be done as things stand (names and birth dates differ); negated, asks nothing',
    to: to(AYA),
    subject: `【統合不可】アカウント統合について [CASE ${C.s13}]`,
    date: d('2026-12-02 06:30:21'),
    enc: 'utf8b64',
    text: `松本様

お調べしたところ、2つのアカウントで登録されている氏名と生年月日が一致しないため、現状のままでは統合を行うことができません。
お手数をおかけし申し訳ございません。`,
  }),
  mk({
    slug: 'reply-ja-daisuke-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.s12,
    trap: true,
    note: '【統合完了】 subject about merging two duplicate support cases, not the accounts',
    to: to(DAISUKE),
    subject: '【統合完了】ケースの統合について',
    date: d('2026-11-22 23:59:01'),
    enc: 'jis7',
    text: `伊藤様

同じ内容のケースが2件作成されておりましたので、1つに統合いたしました。今後はケース ${C.s12} でやり取りさせていただきます。`,
  }),
  mk({
    slug: 'reply-ja-aya-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.s17,
    trap: true,
    note: '【要返信】 subject; the body only asks her to write again from the address she keeps, no data requested',
    to: to(AYA, 'ja', 'src'),
    subject: `【要返信】ケース ${C.s17}`,
    date: d('2026-11-28 02:02:02'),
    enc: 'jis7',
    text: `お問い合わせありがとうございます。
恐れ入りますが、アカウントの統合については、残す予定のアカウントに登録されたメールアドレスからご連絡いただく必要がございます。お手数ですが、そちらのアドレスから改めてご返信ください。`,
  }),
  mk({
    slug: 'reply-ja-kenji-conditional',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.kenji,
    trap: true,
    note: "user's \"when will it be done\" subject comes back; 統合が完了しましたら is future, the reply is a status update",
    to: to(KENJI),
    subject: 'Re: 統合はいつ完了しますか',
    date: d('2026-11-17 23:40:19'),
    enc: 'utf8qp',
    text: `渡辺様

統合が完了しましたら、こちらから改めてご連絡いたします。現在は作業の順番をお待ちいただいている状況です。

木下

${gmailJa('2026年11月18日(水) 8:31', KENJI.ja, KENJI.keep)}
${q(`同意の返信をしましたが、統合はいつ頃完了しますか。\nケース ${C.kenji}`)}`,
  }),
  mk({
    slug: 'reply-ja-yuki-badges-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.yuki,
    trap: true,
    note: '【対応完了】Credly バッジの件, but the badges have not moved yet; a re-issue was requested',
    to: to(YUKI),
    subject: `【対応完了】Credly バッジの件 [CASE ${C.yuki}]`,
    date: d('2026-11-20 03:33:03'),
    enc: 'sjisb64',
    text: `小林様

バッジについて確認いたしました。現時点では統合先アカウントにまだ移っていないため、Credly 側へ再発行を依頼しております。反映まで今しばらくお待ちください。`,
  }),
  mk({
    slug: 'reply-ja-misaki-benefit-answer',
    kind: 'support_reply',
    lang: 'ja',
    caseId: C.misaki,
    note: 'human answer to a question about the 50% voucher after the merge; Outlook-quoted question below',
    to: to(MISAKI),
    subject: 'RE: 統合後の特典について',
    date: d('2026-11-28 07:45:12'),
    enc: 'jis7',
    text: `高橋様

お問い合わせの割引特典は、有効期限内であれば統合後のアカウントからそのままご利用いただけます。

森本
ケース ${C.misaki}

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年11月28日 10:02', FORM_BARE, '統合後の特典について')}

50%割引の特典は、統合したあとも使えますか。`,
  }),
];

const UNREL: Msg[] = [
  mk({
    slug: 'unrel-ja-kenji-own-consent',
    kind: 'unrelated',
    lang: 'ja',
    caseId: C.kenji,
    trusted: false,
    trap: true,
    note: "the user's own consent reply from a phone (Bcc to self): confirmation words, no news from support",
    from: to(KENJI),
    to: FORM,
    rcpt: KENJI.keep,
    subject: `Re: 【要返信】アカウント統合の最終確認 [CASE ${C.kenji}]`,
    date: d('2026-11-17 10:22:47', '+0900'),
    auth: 'none',
    relay: 'mail.example.jp',
    enc: 'jis7',
    text: `上記の内容で統合をお願いいたします。

渡辺

iPhoneから送信

> 2026/11/17 10:05、AWS Training and Certification <${FORM_BARE}>のメール:
>
> 渡辺様
> ご提供の情報で両アカウントを確認できました。
> この内容で進めてよろしければ、その旨をこのメールにご返信ください。`,
  }),
  mk({
    slug: 'unrel-ja-colleague-ooo',
    kind: 'unrelated',
    lang: 'ja',
    caseId: C.kenji,
    trusted: false,
    trap: true,
    note: "a colleague's out-of-office reply to a forwarded 【対応完了】 mail",
    from: '鈴木 一郎 <suzuki.i@sier.example.co.jp>',
    to: to(KENJI, 'ja', 'src'),
    subject: `自動応答: Fw: 【対応完了】アカウント統合のご依頼 [CASE ${C.kenji}]`,
    date: d('2026-11-18 16:02:10', '+0900'),
    auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    enc: 'jisb64',
    text: `誠に恐れ入りますが、12月7日から12月11日まで不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は部署代表アドレスまでご連絡ください。

鈴木`,
  }),
  mk({
    slug: 'unrel-ja-sho-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'exam result notice from the certification portal; mentions certification complete and a Credly badge to come, not a merge',
    from: PORTAL_JA,
    to: to(SHO),
    subject: '【AWS 認定】試験結果のお知らせ',
    date: d('2026-12-04 10:00:00'),
    enc: 'sjis8',
    text: `中村 翔 様

先日受験された AWS Certified Developer - Associate の試験結果が確定しました。
スコアレポートは AWS 認定アカウントからご確認いただけます。認定の手続きは完了しており、デジタルバッジは数日以内に Credly から届きます。`,
  }),
  mk({
    slug: 'unrel-ja-hanako-microsoft-credly',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: to(HANAKO),
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-11-26 12:12:12'),
    enc: 'utf8b64',
    html: `<html><body>
<p>佐藤 花子 さん</p>
<p>Microsoft から新しいバッジが発行されました: <b>Microsoft Certified: Azure Fundamentals</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3e77b0a1-91c2-4d38-8f0e-2c6d9a1b7e45">バッジを入手する</a></p>
</body></html>`,
  }),
  mk({
    slug: 'unrel-ja-misaki-survey',
    kind: 'unrelated',
    lang: 'ja',
    caseId: C.misaki,
    trap: true,
    note: 'satisfaction survey for the resolved case',
    from: 'Amazon Web Services <aws-support-survey@amazon.com>',
    to: to(MISAKI),
    subject: `【アンケート】ケース ${C.misaki} の対応はいかがでしたか`,
    date: d('2026-12-03 00:30:00'),
    enc: 'jis7',
    text: `高橋 美咲 様

ケースが解決済みとなりました。今回のサポートについて、1分ほどのアンケートにご協力ください。

https://survey.aws.example/s/${C.misaki}

Amazon Web Services`,
  }),
  mk({
    slug: 'unrel-ja-yuki-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: "Credly's own account-merge verification code, not the AWS certification merge",
    from: 'Credly <no-reply@credly.com>',
    to: to(YUKI),
    subject: 'アカウント統合の確認コード',
    date: d('2026-11-23 10:31:49'),
    enc: 'jisb64',
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。

482913

このコードの有効期限は30分です。心当たりがない場合は、このメールを破棄してください。`,
  }),
  mk({
    slug: 'unrel-ja-daisuke-pearson-booking',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'exam booking receipt (【受付完了】) from the test vendor, not a support case',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: to(DAISUKE),
    subject: '【受付完了】試験予約の確認',
    date: d('2026-11-29 03:15:50'),
    enc: 'sjisb64',
    text: `伊藤 大輔 様

以下の試験のご予約を承りました。

試験: AWS Certified SysOps Administrator - Associate
日時: 2026年12月19日 13:00
会場: オンライン試験

予約の変更は試験日の24時間前まで可能です。`,
  }),
  mk({
    slug: 'unrel-ja-aya-webinar',
    kind: 'unrelated',
    lang: 'ja',
    note: 'marketing: a webinar for certified people',
    from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>',
    to: to(AYA),
    subject: '【ご案内】認定取得者限定ウェビナーのお知らせ',
    date: d('2026-11-25 01:00:00'),
    enc: 'utf8qp',
    text: `松本 彩 様

AWS 認定をお持ちの方を対象に、最新サービスの解説ウェビナーを開催します。
日時: 12月16日(水) 15:00-16:00
参加費: 無料

お申し込みはこちら: https://aws.amazon.com/jp/events/example`,
  }),
  mk({
    slug: 'unrel-ja-misaki-forward-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: C.misaki,
    trusted: false,
    forUser: false,
    trap: true,
    note: "the user's own forward of a support notification to a colleague at her new job: not addressed to her",
    from: to(MISAKI),
    to: '上田 さん <ueda@newjob.example.co.jp>',
    deliveredTo: null,
    subject: `Fw: ケース ${C.misaki} に新しい返信があります`,
    date: d('2026-11-26 13:20:05', '+0900'),
    auth: 'none',
    relay: 'mail.example.net',
    enc: 'jis7',
    text: `上田さん

統合してもらえたみたいです。念のため共有します。

---------- Forwarded message ---------
From: アマゾン ウェブ サービス サポート <no-reply-aws@amazon.com>
Date: 2026年11月26日(木) 12:51
Subject: ケース ${C.misaki} に新しい返信があります
To: ${MISAKI.ja} <${MISAKI.keep}>

お待たせいたしました。2つのアカウントを1つにまとめる作業を終えました。`,
  }),
  mk({
    slug: 'unrel-ja-sho-voucher-refund',
    kind: 'unrelated',
    lang: 'ja',
    caseId: C.s16,
    trap: true,
    note: '【対応完了】 on a different case about an exam voucher refund; not part of the merge',
    to: to(SHO),
    subject: `【対応完了】[CASE ${C.s16}] 受験バウチャーの返金について`,
    date: d('2026-11-30 04:00:00'),
    enc: 'jis7',
    text: `中村様

ご依頼のあった返金処理が完了しました。カード会社によっては反映まで数日かかることがございます。`,
  }),
];

export const JA: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...MERGE, ...BADGE, ...CLOSED, ...REPLY, ...UNREL];
