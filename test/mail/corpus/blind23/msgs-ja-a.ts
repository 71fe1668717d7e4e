// Set v, Japanese: acknowledgement and ai_answer.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, AWS_SUPPORT_JP, CASE, D, DAI, KEN, MISAKI, REQ, SAKURA, SHOTA, SUPPORT, SUPPORT_JA, YUKO, esc, formSubjectJa, htmlDoc, mk, paras, type Draft } from './common.js';

const ja = (x: Omit<Draft, 'lang'>): Msg => mk({ lang: 'ja', ...x });

export const JA_A: Msg[] = [
  // ───────────── acknowledgement ─────────────
  ja({
    slug: 'ack-misaki-jis-receipt',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'automatic receipt of the new case with the case ID in the subject, 24h reply window',
    from: SUPPORT_JA,
    to: `高橋 美咲 <${MISAKI.keep}>`,
    subject: `[CASE ${CASE.misaki}] AWS トレーニングと認定へのお問い合わせありがとうございます`,
    date: D('2026-11-24 21:07:41'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールはシステムより自動送信しております。

お問い合わせ番号：${CASE.misaki}

担当者が内容を確認のうえ、通常24時間以内にご連絡いたします。
同じ内容で新たにお問い合わせを作成されますと、回答までにお時間を頂戴する場合がございますので、
追加でお伝えいただくことがあればこのメールへそのままご返信ください。

━━━━━━━━━━━━━━━━━━━━━━
お問合せ内容
━━━━━━━━━━━━━━━━━━━━━━
${REQ.misaki}

AWS トレーニングと認定 カスタマーサポート`,
  }),
  ja({
    slug: 'ack-ken-sjis-awsjp',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'receipt from support.aws.com in Shift_JIS: case number issued, reply to come',
    from: AWS_SUPPORT_JP,
    to: KEN.keep,
    subject: `ケース ${CASE.ken} を受け付けました`,
    date: D('2026-11-19 08:32:10'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 健一 様

ケースを受け付けました。

ケースID: ${CASE.ken}
件名: 認定アカウントの統合について
カテゴリ: AWS トレーニングと認定 > 認定 > アカウントの統合
ステータス: 未割り当て

通常1～2営業日でサポート担当よりご連絡差し上げます。
ケースの状況はメールへの返信、または問い合わせフォームの「ケースを表示」からご確認いただけます。

※このメールは送信専用アドレスから送られています。
Amazon Web Services サポート`,
  }),
  ja({
    slug: 'ack-sakura-old-from-univ',
    kind: 'acknowledgement',
    caseId: '1790551136',
    note: 'receipt of the case Sakura first opened from her university address; ID in subject',
    from: SUPPORT,
    to: SAKURA.src,
    subject: `[CASE 1790551136] お問い合わせを受け付けました / We have received your inquiry`,
    date: D('2026-11-16 13:44:02'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺様

お問い合わせを承りました。ケース番号は 1790551136 です。
サポート担当より順次ご案内いたしますので、今しばらくお待ちくださいませ。
なお、ご返信の際は件名の [CASE 1790551136] を変更しないでください。

----
Thank you for contacting AWS Training and Certification. This is an automated message.
Your case number is 1790551136. A member of our team will respond within 24 hours.`,
  }),
  ja({
    slug: 'ack-sakura-html-id-body',
    kind: 'acknowledgement',
    caseId: CASE.sakura,
    note: 'HTML-only automatic receipt; the case ID appears only in the body table',
    from: SUPPORT,
    to: `渡辺 さくら <${SAKURA.keep}>`,
    subject: 'お問い合わせ受付のお知らせ（AWS トレーニングと認定）',
    date: D('2026-11-20 19:02:55'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>渡辺 さくら 様</p>
<p>このたびはAWS トレーニングと認定サポートへお問い合わせいただき誠にありがとうございます。<br>
下記のとおり受付いたしました。担当より24時間以内を目安にご連絡いたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">受付番号</th><td>${CASE.sakura}</td></tr>
<tr><th align="left">お問い合わせ種別</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">受付日時</th><td>2026/11/20 19:02</td></tr>
</table>
<p>※本メールは自動送信です。このメールに返信すると受付番号に紐づいて担当者に届きます。</p>
<p style="color:#666">AWS Training and Certification Customer Service</p>`),
  }),
  ja({
    slug: 'ack-shota-multipart-b64',
    kind: 'acknowledgement',
    caseId: CASE.shota,
    note: 'multipart receipt, case number in subject, asks not to open a second case',
    from: SUPPORT,
    to: `伊藤 翔太 <${SHOTA.keep}>`,
    subject: `Case ${CASE.shota}: 受付完了のお知らせ`,
    date: D('2026-11-27 07:15:30'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `伊藤 翔太 様

お問い合わせ（Case ${CASE.shota}）を受け付けました。
現在、担当者の割り当てを行っております、回答まで最大で24時間ほどお待ちください。
重複してケースを作成されると対応が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定`,
    html: htmlDoc(paras(`伊藤 翔太 様

お問い合わせ（Case ${CASE.shota}）を受け付けました。
現在、担当者の割り当てを行っております、回答まで最大で24時間ほどお待ちください。
重複してケースを作成されると対応が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定`)),
  }),
  ja({
    slug: 'ack-yuko-fields-listed',
    kind: 'acknowledgement',
    caseId: CASE.yuko,
    trap: true,
    note: 'receipt that echoes the submitted fields and says to reply if anything is wrong: still only a receipt',
    from: SUPPORT_JA,
    to: YUKO.keep,
    subject: `[CASE ${CASE.yuko}] 受付確認：アカウントに関するお問い合わせ`,
    date: D('2026-11-30 10:21:09'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林 優子 様

以下の内容でお問合せを受け付けました。
内容に誤りがある場合は、お手数ですがこのメールにご返信のうえご指摘ください。
ご確認いただく必要がなければ、このメールへの返信は不要です。

【氏名】小林 優子
【会社名】株式会社カエデシステムズ
【候補者ID】${YUKO.keepId}
【お問い合わせタイプ】AWS トレーニングと認定
【詳細】アカウントの統合

${REQ.yuko}

担当者からの連絡は通常1営業日以内です。
AWS トレーニングと認定 サポート窓口`,
  }),
  ja({
    slug: 'ack-dai-ja-with-en-boilerplate',
    kind: 'acknowledgement',
    caseId: CASE.dai,
    note: 'Japanese receipt followed by the English boilerplate of the same receipt',
    from: SUPPORT,
    to: `Daisuke Yamamoto <${DAI.keep}>`,
    subject: `[CASE ${CASE.dai}] [AWS Training and Certification Form Submission] - 受付のお知らせ`,
    date: D('2026-11-25 23:48:12'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `山本 大輔 様

お問い合わせありがとうございます。ケース番号 ${CASE.dai} で受付いたしました。
担当より追ってご連絡差し上げますので、しばらくお待ちください。

-------------------------------------------------
Thank you for contacting AWS Training and Certification.
We've received your request and created case ${CASE.dai}.
Please do not submit a new request for the same issue; simply reply to this email.
-------------------------------------------------`,
  }),
  ja({
    slug: 'ack-misaki-dup-notify',
    kind: 'acknowledgement',
    caseId: CASE.misakiDup,
    note: 'receipt of a second (duplicate) case Misaki opened; automatic, ID in subject',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `AWS サポート: ケース ${CASE.misakiDup} が作成されました`,
    date: D('2026-11-25 09:03:27'),
    auth: 'pass',
    enc: 'jis7',
    text: `お客様

AWS サポートへのお問い合わせを受け付けました(ケース ${CASE.misakiDup})。

件名：アカウントの併合のお願い（再送）
重要度：一般的なご質問

このケースへの回答はメールでお届けします。
同じご依頼について既にケースをお持ちの場合、そちらで引き続きご対応いたします。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-ken-no-auth-results',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    trusted: false,
    note: 'receipt-shaped mail with no Authentication-Results at all: untrusted',
    from: SUPPORT_JA,
    to: KEN.keep,
    subject: `[CASE ${CASE.ken}] お問い合わせありがとうございます`,
    date: D('2026-11-19 08:35:51'),
    auth: 'none',
    enc: 'jis7',
    text: `中村 健一 様

お問い合わせを受付けました。受付番号は${CASE.ken}です。
回答は24時間以内にお送りします、今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ack-lookalike-cert-jp',
    kind: 'acknowledgement',
    caseId: '1948820057',
    trusted: false,
    note: 'receipt from a look-alike domain (aws-certification-jp.com) with a sign-in link: untrusted',
    from: 'AWS認定サポートセンター <info@aws-certification-jp.com>',
    to: SAKURA.keep,
    subject: '【AWS認定】お問い合わせ受付（受付番号：1948820057）',
    date: D('2026-11-21 02:14:40'),
    auth: 'pass',
    enc: 'jisb64',
    text: `渡辺 さくら 様

AWS認定アカウント統合のお問い合わせを受付いたしました。
受付番号：1948820057

本人確認のため、下記URLより48時間以内にサインインしてください。
https://aws-certification-jp.com/verify?id=1948820057

AWS認定サポートセンター`,
  }),
  ja({
    slug: 'ack-shota-x-original-to',
    kind: 'acknowledgement',
    caseId: CASE.shota,
    note: 'receipt delivered to the user only via X-Original-To (undisclosed recipients)',
    from: AWS_NOTIFY,
    to: 'undisclosed-recipients:;',
    rcpt: SHOTA.keep,
    deliveredTo: null,
    extra: [`X-Original-To: ${SHOTA.keep}`],
    subject: `ケース ${CASE.shota} の受付が完了しています`,
    date: D('2026-11-27 07:16:02'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `このメールは、AWS トレーニングと認定のお問い合わせフォームから作成されたケースの受付通知です。

ケース番号　${CASE.shota}
作成日時　　令和8年11月27日 7:15

担当者が確認次第ご連絡いたします。本メールへの返信で情報を追加いただけます。`,
  }),

  // ───────────── ai_answer ─────────────
  ja({
    slug: 'ai-misaki-merge-tool-steps',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool before a case is made',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'AI が生成したご回答：認定アカウントの統合',
    date: D('2026-11-24 20:58:13'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

認定アカウントを統合するには、まず AWS 認定アカウントにサインインし、
「プロフィール」→「アカウントのマージ」からセルフサービスのツールをお試しください。
統合したいもう一方のアカウントのメールアドレスを入力し、届いた確認コードを入れると処理されます。

両方のアカウントに認定の履歴がある場合、ツールでは処理できないことがあります。
その場合は、このページの「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか？ はい / いいえ`,
  }),
  ja({
    slug: 'ai-ken-sjis-tool-refuses',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated suggestion in Shift_JIS base64: use the tool, open a case when both accounts hold certifications',
    from: 'AWS Support Assistant <no-reply-aws@amazon.com>',
    to: KEN.keep,
    subject: '自動回答：アカウントの統合に関するご案内',
    date: D('2026-11-19 08:20:44'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `いただいたご質問に対して、自動で回答を作成しました。

■ 考えられる対応
・AWS 認定のサイトにサインイン後、アカウント設定のマージ機能をご利用ください
・片方のアカウントにしか認定がない場合は、この方法で数分で完了します
・双方に認定が付与されている場合はツールがエラーとなるため、サポートへのケース作成が必要です

※この案内は AI が作成したもので、担当者による回答ではありません。
解決しない場合は「続行」を押してケースを作成してください。`,
  }),
  ja({
    slug: 'ai-sakura-html-helpful-buttons',
    kind: 'ai_answer',
    caseId: null,
    note: 'multipart AI answer with yes/no buttons about merging via the profile page',
    from: AWS_NOTIFY,
    to: SAKURA.keep,
    subject: 'お問い合わせ内容に関するご提案',
    date: D('2026-11-20 18:55:31'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `ご質問に関連する情報をお送りします（自動生成）。

大学などで作成した古い認定アカウントは、現在お使いのアカウントからマージツールで取り込めます。
手順：認定アカウントにログイン → プロフィール → アカウントをマージ → 旧アカウントのメール宛に届くコードを入力

このご案内で解決しましたか？
[はい、解決しました] [いいえ、ケースを作成する]`,
    html: htmlDoc(`<p>ご質問に関連する情報をお送りします（自動生成）。</p>
<p>大学などで作成した古い認定アカウントは、現在お使いのアカウントからマージツールで取り込めます。<br>
手順：認定アカウントにログイン → プロフィール → アカウントをマージ → 旧アカウントのメール宛に届くコードを入力</p>
<p>このご案内で解決しましたか？</p>
<p><a href="https://support.aws.amazon.com/feedback?y=1">[はい、解決しました]</a> <a href="https://support.aws.amazon.com/contact-us?case=new">[いいえ、ケースを作成する]</a></p>`),
  }),
  ja({
    slug: 'ai-shota-explains-after-merge',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge (certs and badges move): still an AI answer',
    from: AWS_NOTIFY,
    to: SHOTA.keep,
    subject: '生成AIによる回答をお送りします',
    date: D('2026-11-27 07:02:18'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `※本回答は生成AIによるものです。

アカウントの統合が完了すると、統合元の認定・試験履歴・特典（次回受験の50%割引バウチャー等）は統合先のアカウントに表示されるようになります。
Credly のデジタルバッジは自動では移らない場合があり、その際は統合後に統合先のメールアドレスでバッジを受け取り直してください。

統合はまずセルフサービスのマージツールをお試しいただき、エラーになる場合はケースを作成してください。`,
  }),
  ja({
    slug: 'ai-yuko-faq-guidance',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated FAQ guidance ("よくあるご質問からのご案内") suggesting the merge tool',
    from: AWS_NOTIFY,
    to: YUKO.keep,
    subject: 'よくあるご質問からのご案内',
    date: D('2026-11-30 10:09:50'),
    auth: 'pass',
    enc: 'jis7',
    text: `お問い合わせ内容から、次の記事がお役に立つ可能性があります。

Q. 認定アカウントが２つあります。１つにまとめられますか？
A. はい、AWS 認定アカウントの「アカウントのマージ」からご自身で一本化できます。
　 マージ後は元のアカウントにはサインインできなくなりますのでご注意ください。

Q. ツールでエラーが表示されます
A. 両アカウントに有効な認定がある等の理由で、サポートでの対応が必要です。

この自動案内で解決しない場合は、引き続きケースの作成にお進みください。`,
  }),
  ja({
    slug: 'ai-dai-half-english',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer mixing Japanese with English UI labels; suggests the Merge Accounts tool',
    from: AWS_NOTIFY,
    to: DAI.keep,
    subject: 'Amazon Q による回答: 認定アカウントについて',
    date: D('2026-11-25 23:31:07'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Amazon Q が回答を作成しました。

ご質問の件は、AWS Certification Account の "Merge Accounts" 機能で対応できる可能性があります。
1. 残したいアカウントで Sign in
2. Profile > Merge Accounts を開く
3. もう一方のアカウントの Email を入力し、Verification code を入力

うまくいかない場合は Create case からお問い合わせください。
Was this answer helpful? / この回答は役に立ちましたか？`,
  }),
  ja({
    slug: 'ai-ken-ses-only-dkim',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    note: 'AI-style answer signed only by the ESP (amazonses.com), no aligned DKIM or DMARC: untrusted',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: 'AIアシスタントからの回答',
    date: D('2026-11-19 08:22:03'),
    auth: 'sesOnly',
    enc: 'jisb64',
    text: `自動アシスタントがご質問に回答しました。

認定アカウントを併合したい場合、まずはマージツールのご利用をおすすめします。
ツールで「サポートにお問い合わせください」と表示されたら、ケースを作成してください。

※この回答は担当者によるものではありません。`,
  }),
  ja({
    slug: 'ai-misaki-related-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated list of related help articles shown before the case is created',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'ご質問に関連する記事（自動送信）',
    date: D('2026-11-24 21:00:40'),
    auth: 'pass',
    enc: 'jis7',
    text: `お問い合わせの内容に近い記事を自動でお選びしました。

・AWS 認定アカウントを統合する方法
・認定アカウントのメールアドレスを変更するには
・AWS Builder ID と認定アカウントの関係

上記で解決しない場合は、フォームに戻り「ケースを作成」を選択してください。
（このメールは自動生成されています）`,
  }),
  ja({
    slug: 'ai-yuko-case-auto-reply-badges',
    kind: 'ai_answer',
    caseId: CASE.yuko,
    trap: true,
    note: 'automated answer sent on the case; mentions merge completion and badges in general terms only',
    from: SUPPORT,
    to: YUKO.keep,
    subject: `[CASE ${CASE.yuko}] 自動応答：認定アカウントの統合について`,
    date: D('2026-11-30 10:22:31'),
    auth: 'pass',
    enc: 'jis7',
    text: `このメッセージは自動で作成された回答です。担当者からの連絡は別途お送りします。

一般的に、統合が完了すると旧アカウントの認定は新しいアカウントに表示されます。
Credlyのバッジは統合後に移行されますが、反映までに数日かかることがあります。
お急ぎの場合も、同じ内容で新たなケースを作成しないようお願いいたします。

AWS トレーニングと認定（自動応答）`,
  }),
  ja({
    slug: 'ai-sakura-html-only-selfservice',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only generated answer recommending the self-service merge',
    from: AWS_NOTIFY,
    to: SAKURA.keep,
    subject: 'AIによるご回答（認定・アカウント）',
    date: D('2026-11-16 13:30:12'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:8px">
<p><b>生成AIによる回答</b></p>
<p>${esc('アカウントの引き継ぎ（移管）は、セルフサービスのマージ機能で行えます。移行先にしたいアカウントでサインインし、移行元のアカウントを指定してください。')}</p>
<p>${esc('在学中のメールアドレスが受信できない場合は、ケースを作成していただくとサポートが対応します。')}</p>
</div>
<p style="font-size:12px;color:#888">この回答はAIにより生成されました。</p>`),
  }),
];
