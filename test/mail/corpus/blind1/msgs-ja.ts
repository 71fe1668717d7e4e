// Japanese messages of the held-out corpus (written from public practitioners'
// write-ups of real merges; wording deliberately varied, never copied).
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { SUPPORT, AWS_NOTIFY, CREDLY_AWS, formSubject, TARO, HANAKO, CASE, quote, sfOriginal, sfRef, paras, TARO_REQUEST_JA, HANAKO_REQUEST_JA } from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const T = TARO;
const H = HANAKO;
const taroTo = `${T.ja} <${T.keep}>`;
const hanakoTo = `${H.ja} <${H.keep}>`;
const sigJa = (name: string): string => `どうぞよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
${name}`;
const jaGmail = (date: string, who: string, addr: string): string => `${date} ${who} <${addr}>:`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  j({
    slug: 'aws-notify-case-opened',
    kind: 'acknowledgement',
    caseId: CASE.taro,
    note: 'AWS Support notification in ISO-2022-JP: case opened, response within 24h, warns against duplicate cases',
    from: AWS_NOTIFY,
    to: T.keep,
    subject: `[ケース ${CASE.taro}] お問い合わせを受け付けました`,
    date: d('2026-01-13 09:41:22', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下のとおりサポートケースを作成いたしました。

ケース ID: ${CASE.taro}
件名: アカウントの統合
お問い合わせの種類: AWS トレーニングと認定

担当者より通常 24 時間以内にメールにてご連絡いたします。
なお、同じご依頼について別のケースを作成されますと、回答が遅れる原因となります。すでにケースをお持ちの場合は、新しいケースを作成せずにお待ちください。

本メールは送信専用アドレスから送信しています。ケースへの返信はサポートセンターから行ってください。

Amazon Web Services`,
  }),
  j({
    slug: 'receipt-id-in-body-only',
    kind: 'acknowledgement',
    caseId: CASE.hanako,
    note: 'subject has no case ID; receipt number only in body; promises a reply by the next business day',
    from: SUPPORT,
    to: hanakoTo,
    subject: 'お問い合わせありがとうございます',
    date: d('2026-02-02 14:05:10', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `佐藤 花子 様

このたびは AWS トレーニングと認定 カスタマーサポートにご連絡いただき、誠にありがとうございます。
お問い合わせを受け付けました。受付番号は ${CASE.hanako} です。

内容を確認のうえ、翌営業日までに担当者よりご返信いたします。
今しばらくお待ちくださいますようお願い申し上げます。

※同一内容でのお問い合わせを重ねていただきますと、対応が遅くなる場合がございます。

AWS Training and Certification`,
  }),
  j({
    slug: 'receipt-lists-submitted-fields',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.taro2,
    note: 'automatic receipt that echoes the fields the customer provided (name, company, candidate ID); nothing is asked',
    from: AWS_NOTIFY,
    to: `${T.ja} <${T.src}>`,
    subject: `AWS サポート: ケース ${CASE.taro2} が作成されました`,
    date: d('2026-03-09 02:18:44', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `お問い合わせ内容を受け付けました。ケース番号: ${CASE.taro2}

■ ご提供いただいた情報
 氏名: 山田 太郎
 会社名: Example Corp
 AWS 候補者 ID: ${T.srcId}
 メールアドレス: ${T.src}
 お問い合わせ内容: 認定アカウントの統合について

上記の内容で担当チームに引き継ぎました。1〜2 営業日以内に回答いたします。
追加のご連絡は不要です。本メールへの返信はケースに記録されません。

アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  j({
    slug: 'html-only-receipt',
    kind: 'acknowledgement',
    caseId: CASE.hanako2,
    note: 'HTML-only receipt in UTF-8 quoted-printable; DKIM-only pass; case number in a table cell',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: H.keep,
    subject: 'サポートケースを受け付けました',
    date: d('2026-04-20 11:30:00', '+0900'),
    auth: 'dkimonly',
    enc: 'utf8qp',
    html: `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;color:#16191f">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:16px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="80" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<p>お客様</p>
<p>AWS サポートにお問い合わせいただきありがとうございます。次のケースを受け付けました。</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="color:#687078">ケース番号</td><td><b>${CASE.hanako2}</b></td></tr>
<tr><td style="color:#687078">カテゴリ</td><td>AWS トレーニングと認定 &gt; 認定 &gt; アカウントの統合</td></tr>
<tr><td style="color:#687078">重要度</td><td>一般的なご質問</td></tr>
</table>
<p>担当者が内容を確認し、24 時間以内を目安にご連絡します。</p>
<p style="font-size:12px;color:#687078">このメールに心当たりがない場合は破棄してください。</p>
</td></tr></table></body></html>`,
  }),
  j({
    slug: 'receipt-without-auth-results',
    kind: 'acknowledgement',
    trusted: false,
    caseId: '17758309911',
    note: 'looks like a genuine support receipt but the message carries no Authentication-Results at all',
    from: SUPPORT,
    to: T.keep,
    subject: `[CASE 17758309911] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-13 10:02:51', '+0000'),
    auth: 'none',
    relay: 'smtp.mailsender-jp.example.net',
    enc: 'jis7',
    text: `お問い合わせいただきありがとうございます。
ケース 17758309911 として受け付けました。24 時間以内に担当者からご連絡します。
すでに同じ内容でケースを作成されている場合、新しいケースは作成しないでください。

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  j({
    slug: 'generated-answer-merge-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated-AI answer mailed after the contact form: points to the self-service merge tool in the profile',
    from: AWS_NOTIFY,
    to: T.keep,
    subject: 'AWS サポートからの回答候補',
    date: d('2026-01-13 09:38:02', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI を使用して自動的に作成されたものです。内容が正確でない場合があります。

ご質問: 2 つの AWS 認定アカウントを 1 つにまとめたい

回答:
AWS 認定アカウントは、メインで使用するアカウントにサインインし、[プロフィール] から「アカウントのマージ」ツールを使うことでお客様ご自身で統合できる場合があります。
1. 残したいアカウントで AWS 認定にサインインします。
2. [マイプロフィール] > [アカウントのマージ] を開きます。
3. 統合元アカウントのメールアドレスを入力し、画面の指示に従います。

この回答で解決しない場合は、[ケースを作成] を選択して担当者にお問い合わせください。`,
  }),
  j({
    slug: 'auto-suggestion-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatic suggestion with help-article links, "this answer was created automatically", was-it-helpful buttons',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: H.keep,
    subject: 'ご質問への自動回答: 認定アカウントの統合',
    date: d('2026-02-02 13:58:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `佐藤 花子 様

お問い合わせ内容をもとに、次の情報が役に立つ可能性があります（この回答はシステムにより自動で作成されました）。

・重複した認定アカウントをお持ちの場合、メインのアカウントにログインし「Merge Accounts」ツールをご利用ください。
・両方のアカウントに認定資格の履歴がある場合、ツールでは統合できないことがあります。その場合はサポートまでお問い合わせください。

関連記事: https://aws.amazon.com/certification/faqs/

この回答は役に立ちましたか？ [はい] [いいえ]
問題が解決しない場合は、そのままケースの作成にお進みください。`,
  }),
  j({
    slug: 'sjis-ai-generated-guidance',
    kind: 'ai_answer',
    caseId: null,
    note: 'Shift_JIS 8bit; AI-generated guidance before a case exists; suggests self-service first',
    from: AWS_NOTIFY,
    to: `${T.en} <${T.src}>`,
    subject: '生成 AI による回答をお送りします',
    date: d('2026-03-09 02:11:09', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `AWS サポートをご利用いただきありがとうございます。

以下は、お客様が入力された内容に対して生成 AI が作成した回答です。

「会社のメールアドレスで受験した認定を個人のアカウントへ移したい」というご質問について:
受験者プロフィールにあるアカウント統合機能を使えば、片方のアカウントにのみ認定がある場合はその場で統合できます。
両方のアカウントに合格履歴がある場合は、カスタマーサポートによる対応が必要です。

担当者の対応が必要な場合は、画面下部の「ケースを作成」からお進みください。`,
  }),
  j({
    slug: 'mixed-amazon-q-answer',
    kind: 'ai_answer',
    caseId: null,
    note: 'mixed Japanese/English automated assistant reply (main text Japanese); not written by a person',
    from: 'AWS Support Automated Assistant <no-reply-aws@amazon.com>',
    to: H.keep,
    subject: 'Automated answer / 自動回答: account merge',
    date: d('2026-04-20 11:26:13', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `This message was generated automatically. / このメッセージは自動生成されています。

お問い合わせの「Merge two AWS Certification accounts」について、次の手順をお試しください。
- AWS Certification にサインインし、Profile から Merge Accounts を選びます。
- 統合するアカウントのログイン情報を入力します。
- 統合後は、認定資格・試験履歴・特典が残すアカウントに表示されます。

うまくいかない場合は Create case を選択してください。担当者が対応します。`,
  }),

  // ---------------- info_request ----------------
  j({
    slug: 'asks-both-candidate-ids',
    kind: 'info_request',
    caseId: CASE.taro,
    note: 'agent asks for both candidate IDs, login e-mails and which account to keep (〜いただけますでしょうか); quoted original below',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-14 01:12:37', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの井上でございます。
アカウント統合のご依頼をいただき、ありがとうございます。

手続きを進めるにあたり、お手数ですが以下の情報をお知らせいただけますでしょうか。

1. 統合元・統合先それぞれの AWS 候補者 ID（AWS から始まる番号）
2. 各アカウントのログイン用メールアドレス
3. 統合後に残したいアカウントはどちらか

いただいた情報をもとに、担当部署にて確認を進めてまいります。

${sigJa('井上')}

${sfRef('Vx2K8pAq')}

${sfOriginal(T.keep, '2026/01/13 9:40', 'aws-cs-trainingcertification-form@amazon.com', 'アカウントの統合', TARO_REQUEST_JA)}`,
  }),
  j({
    slug: 'write-from-kept-account',
    kind: 'info_request',
    caseId: CASE.hanako,
    note: 'support needs the request to come from the address of the account being kept (〜していただけますと幸いです)',
    from: SUPPORT,
    to: H.src,
    cc: H.keep,
    subject: formSubject(CASE.hanako),
    date: d('2026-02-03 10:44:02', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `佐藤様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの木村です。

恐れ入りますが、セキュリティ上の理由により、統合先（残す側）のアカウントに登録されているメールアドレスから、本メールへご返信していただけますと幸いです。
その際、統合元アカウントの候補者 ID も併せてご記載ください。

ご不便をおかけいたしますが、ご協力のほどよろしくお願いいたします。

木村
AWS Training and Certification Customer Support

-----Original Message-----
From: ${H.ja} <${H.src}>
Sent: Monday, February 2, 2026 2:04 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: 認定アカウントの統合

${quote(HANAKO_REQUEST_JA)}`,
  }),
  j({
    slug: 'name-company-romaji',
    kind: 'info_request',
    caseId: CASE.taro2,
    note: 'Shift_JIS base64: asks for full name in romaji and company name (〜くださいますようお願い申し上げます)',
    from: SUPPORT,
    to: T.src,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-10 16:20:55', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `山田様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

ご本人様確認のため、両アカウントに登録されているお名前（ローマ字表記）と、ご所属の会社名をお知らせくださいますようお願い申し上げます。
お名前の表記が両アカウントで異なる場合は、それぞれの表記をご記入ください。

ご返信をいただき次第、手続きを進めさせていただきます。

AWS トレーニングと認定 カスタマーサポート
松本`,
  }),
  j({
    slug: 'to-check-merge-please-send',
    kind: 'info_request',
    trap: true,
    caseId: CASE.hanako2,
    note: 'uses 確認/統合 words ("統合内容を確認するため") but what it asks for is information (screenshots, IDs); not a confirmation request',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako2),
    date: d('2026-04-21 09:15:31', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `佐藤 花子 様

AWS トレーニングと認定 サポート窓口です。

統合内容を確認するため、統合元アカウントの [認定] ページの画面キャプチャと、受験時に登録した氏名、候補者 ID ${H.srcId} 以外にお持ちのアカウントがあればその ID もご提供ください。

資料が揃い次第、統合の可否を判断いたします。

${sigJa('中村')}`,
  }),
  j({
    slug: 'lookalike-asks-password',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.taro,
    note: 'look-alike domain amazon-support.co (its own DMARC passes); asks for password and ID photo',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-support.co>',
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-14 03:02:11', '+0000'),
    auth: 'pass',
    relay: 'mail.amazon-support.co',
    enc: 'jis7',
    text: `山田 太郎 様

統合手続きのため、以下の情報を至急ご送付ください。
・両アカウントのパスワード
・運転免許証の写真（表裏）
24 時間以内にご提供いただけない場合、統合は取り消されます。

https://amazon-support.co/verify?case=${CASE.taro}

AWS トレーニングと認定`,
  }),
  j({
    slug: 'other-account-has-no-certs',
    kind: 'info_request',
    caseId: CASE.hanako,
    note: 'the stated source account has no certifications; support asks for the other candidate ID; Outlook 差出人/送信日時/件名 quote',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako),
    date: d('2026-02-05 11:03:19', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `佐藤様

ご返信ありがとうございます。
お知らせいただいた ${H.srcId} を確認いたしましたところ、こちらのアカウントには認定資格の記録がございませんでした。
お手数ですが、合格履歴のあるアカウントの候補者 ID、またはそのアカウントのメールアドレスを改めてお送りいただけますか。

木村

差出人: 佐藤 花子 <${H.keep}>
送信日時: 2026年2月4日 21:47
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE:[CASE ${CASE.hanako}] [AWS Training and Certification Form Submission] - account-assistance

木村様

残す側のアドレスから返信いたします。
統合元の候補者 ID は ${H.srcId} です。
よろしくお願いいたします。
佐藤`,
  }),
  j({
    slug: 'bounced-from-corp-mailbox',
    kind: 'info_request',
    forUser: false,
    caseId: CASE.taro2,
    note: 'redirected (Resent-From/To/Date) from the corporate mailbox by the mail admin; asks which account to keep',
    from: SUPPORT,
    to: T.src,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-11 10:05:48', '+0900'),
    resent: { from: 'mail-admin@corp.example.co.jp', to: T.keep, date: d('2026-03-11 10:31:02', '+0900') },
    auth: 'pass',
    enc: 'jis7',
    text: `山田様

ご連絡ありがとうございます。
統合後にどちらのアカウントを残すご希望か、また残すアカウントのログインメールアドレスをご教示いただけますでしょうか。
退職予定の会社アドレスを残すと、今後ログインできなくなる可能性がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
松本`,
  }),

  // ---------------- confirmation_request ----------------
  j({
    slug: 'reply-if-details-correct',
    kind: 'confirmation_request',
    caseId: CASE.taro,
    note: 'lists source/target and asks to reply to this mail if there is no discrepancy; the word 確認 is absent',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-15 02:40:06', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

情報をお送りいただきありがとうございます。井上です。
次の内容でアカウントの統合を承ります。

統合元: ${T.srcId} / ${T.src}
統合先: ${T.keepId} / ${T.keep}

統合後、統合元のアカウントは使用できなくなり、元に戻すことはできません。
上記の内容に相違がなければ、本メールにそのままご返信ください。ご返信をもって作業を開始いたします。

${sigJa('井上')}

${sfRef('Vx2K8pAq')}`,
  }),
  j({
    slug: 'reply-douisimasu',
    kind: 'confirmation_request',
    caseId: CASE.hanako,
    note: 'asks the customer to answer 「同意します」 to go ahead; multipart/alternative UTF-8 base64',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako),
    date: d('2026-02-06 15:22:41', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `佐藤様

候補者 ID のご提供ありがとうございました。
${H.srcId}（${H.src}）の認定資格・試験履歴・特典を、${H.keepId}（${H.keep}）へ移して統合いたします。

この作業は取り消すことができません。内容にご同意いただける場合は、本文に「同意します」とご記入のうえご返信ください。

木村
AWS Training and Certification Customer Support`,
    html: `<div>佐藤様</div><div><br></div>
${paras(`候補者 ID のご提供ありがとうございました。
${H.srcId}（${H.src}）の認定資格・試験履歴・特典を、${H.keepId}（${H.keep}）へ移して統合いたします。`)}
<p><b>この作業は取り消すことができません。</b>内容にご同意いただける場合は、本文に「同意します」とご記入のうえご返信ください。</p>
<p>木村<br>AWS Training and Certification Customer Support</p>`,
  }),
  j({
    slug: 'sjis-cannot-undo-proceed',
    kind: 'confirmation_request',
    caseId: CASE.taro2,
    note: 'Shift_JIS 8bit: cannot be undone; asks whether to proceed (続行してよろしいか ご確認のうえ ご返信)',
    from: SUPPORT,
    to: T.src,
    cc: T.keep,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-12 13:47:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `山田様

お世話になっております。松本です。
統合先を ${T.keepId}（${T.keep}）として処理を進める準備が整いました。

なお、一度統合したアカウントを分割することはできません。
このまま続行してよろしいか、ご確認のうえご返信をお願いいたします。

AWS トレーニングと認定 カスタマーサポート
松本`,
  }),
  j({
    slug: 'gokakunin-long-gmail-thread',
    kind: 'confirmation_request',
    caseId: CASE.hanako2,
    note: 'ご承諾いただけますでしょうか; long quoted history with Japanese Gmail quote headers (info request and reply) below',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako2),
    date: d('2026-04-23 10:08:12', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `佐藤 花子 様

画面キャプチャのご送付ありがとうございました。中村です。
内容を拝見し、統合が可能であることを確認いたしました。

統合を行うと、統合元 ${H.srcId} の記録は統合先 ${H.keepId} に移り、統合元には再びサインインできなくなります。
この条件でお手続きを進めることをご承諾いただけますでしょうか。ご返信をいただいた時点で作業に入ります。

中村

${jaGmail('2026年4月22日(水) 22:31', H.ja, H.keep)}
> 中村様
>
> ご連絡ありがとうございます。キャプチャを添付いたします。
> ほかにアカウントは持っておりません。
> よろしくお願いいたします。
>
> ${jaGmail('2026年4月21日(火) 9:15', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> 佐藤 花子 様
>>
>> 統合内容を確認するため、統合元アカウントの [認定] ページの画面キャプチャと、
>> 受験時に登録した氏名をご提供ください。
>>
>> 中村`,
  }),
  j({
    slug: 'forged-pass-below-fail',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.taro,
    note: 'topmost server verdict is dmarc=fail; a second "dmarc=pass" Authentication-Results was planted lower down',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-15 05:11:50', '+0000'),
    auth: 'failThenForged',
    relay: 'vps-2231.hostingfarm.example',
    enc: 'jis7',
    text: `山田様

統合の準備ができました。ご同意いただける場合は、下記のフォームからサインインして承認してください。
https://aws-certification-merge.example.net/approve?c=${CASE.taro}

承認後、統合を開始します。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'mixed-i-agree-template',
    kind: 'confirmation_request',
    caseId: CASE.hanako,
    note: 'Japanese agent pastes the English template (reply "I agree") with a Japanese explanation; main text Japanese',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako),
    date: d('2026-02-06 16:02:17', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `佐藤様

追伸です。社内の手順上、英語の定型文でのご返答が必要となりますので、お手数ですが以下の一文をそのまま返信してください。

"I agree to merge AWS Certification account ${H.srcId} into ${H.keepId}. I understand this cannot be reversed."

上記のご返信を頂戴できましたら、統合手続きを開始いたします。

木村`,
  }),
  j({
    slug: 'addressed-to-colleague',
    kind: 'confirmation_request',
    forUser: false,
    caseId: '17758311208',
    note: 'a colleague\'s own merge case; To/Delivered-To are the colleague\'s address, none of the user\'s',
    from: SUPPORT,
    to: '田中 健司 <kenji.tanaka@corp.example.co.jp>',
    subject: formSubject('17758311208'),
    date: d('2026-01-20 11:45:03', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `田中 健司 様

統合元 AWS30291847、統合先 AWS30299120 にて統合を行います。
統合は元に戻せませんので、問題がなければこのメールにご返信のうえ、統合の実施をご承認ください。

AWS トレーニングと認定 カスタマーサポート
井上`,
  }),

  // ---------------- merge_completed ----------------
  j({
    slug: 'togo-kanryo',
    kind: 'merge_completed',
    caseId: CASE.taro,
    note: 'merge finished; certifications and benefits now under the kept candidate ID; mentions Credly claim on its own',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-15 23:58:31', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

ご返信ありがとうございました。井上です。
ご依頼いただいたアカウントの統合が完了いたしました。

統合先 ${T.keepId} にサインインいただくと、${T.srcId} で取得された認定資格と試験履歴、特典をご確認いただけます。
Credly のデジタルバッジにつきましては、統合先アカウントのメールアドレスで改めて受け取りが必要になる場合がございます。

${sigJa('井上')}

${sfRef('Vx2K8pAq')}

${sfOriginal(T.keep, '2026/01/15 18:20', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.taro), `井上様

内容に相違ありません。統合をお願いいたします。

山田`)}`,
  }),
  j({
    slug: 'merged-and-will-close',
    kind: 'merge_completed',
    caseId: CASE.hanako,
    note: 'マージいたしました + the case will now be closed; completion is the news, closing is secondary',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako),
    date: d('2026-02-09 09:31:27', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `佐藤様

ご同意のご返信をいただき、ありがとうございました。
本日、${H.srcId} を ${H.keepId} へマージいたしました。認定資格の情報は統合先アカウントで表示されます。

本件はこれにて対応終了とし、ケースをクローズさせていただきます。

木村
AWS Training and Certification Customer Support`,
  }),
  j({
    slug: 'sjis-iko-kanryo',
    kind: 'merge_completed',
    caseId: CASE.taro2,
    note: 'Shift_JIS base64: the move of records is done (移行が完了); asks the user to check the kept account',
    from: SUPPORT,
    to: taroTo,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-16 17:02:09', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `山田様

大変お待たせいたしました。
${T.srcId} に紐づいていた合格記録と特典の、${T.keepId} への移行が完了しました。
お手数ですが、統合先アカウントにサインインして表示をご確認ください。

AWS トレーニングと認定 カスタマーサポート
松本`,
  }),
  j({
    slug: 'html-only-togo-owarimashita',
    kind: 'merge_completed',
    caseId: CASE.hanako2,
    note: 'HTML-only Outlook-style message; "統合処理が終わりました" (no 完了 word)',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako2),
    date: d('2026-04-24 14:12:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:"游ゴシック",sans-serif}</style></head>
<body lang="JA"><div class="WordSection1">
<p class="MsoNormal">佐藤 花子 様</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">ご承諾のご連絡ありがとうございました。</p>
<p class="MsoNormal">先ほど、${H.srcId} から ${H.keepId} への統合処理が終わりました。今後は ${H.keep} でサインインしてご利用ください。</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">中村</p>
</div></body></html>`,
  }),
  j({
    slug: 'amaz0n-says-merged',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.taro,
    note: 'look-alike sender domain amaz0n.com and no Authentication-Results; claims the merge is done',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>',
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-15 07:44:18', '+0000'),
    auth: 'none',
    relay: 'smtp.amaz0n.com',
    enc: 'jis7',
    text: `山田 太郎 様

アカウントの統合が完了しました。
特典を受け取るには、以下のリンクから 48 時間以内にサインインしてください。
http://amaz0n.com/aws-training/benefits

AWS トレーニングと認定`,
  }),
  j({
    slug: 'outlook-quote-merged-check-badges',
    kind: 'merge_completed',
    caseId: '1769251234',
    note: 'agent reports the merge as carried out (統合いたしました) above an Outlook 差出人 block; badges still to be claimed',
    from: SUPPORT,
    to: hanakoTo,
    subject: formSubject('1769251234'),
    date: d('2026-05-12 10:20:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `佐藤様

ご返信ありがとうございます。
ご依頼どおり、2 つの認定アカウントを統合いたしました。統合先のアカウントで認定資格と特典が表示されているかご確認ください。
Credly のバッジは、統合先のメールアドレス宛てに別途通知が届きます。

小林

差出人: 佐藤 花子 <${H.keep}>
送信日時: 2026年5月11日 19:03
宛先: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE 1769251234] [AWS Training and Certification Form Submission] - account-assistance

小林様
同意します。よろしくお願いいたします。
佐藤`,
  }),

  // ---------------- badges_transferred ----------------
  j({
    slug: 'credly-badge-hakko-oshirase',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (AWS issuer) Japanese notice: badge issued to the kept address; 「バッジを入手する」 button',
    from: CREDLY_AWS,
    to: H.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-10 03:14:27', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `佐藤 花子 様

Amazon Web Services Training and Certification から次のバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/6f1c2a7e-3b1d-4c55-9f0e-12ab34cd56ef

バッジを受け取ると、LinkedIn などで実績を共有できます。

Credly, Inc.`,
    html: `<table width="100%" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="AWS Certified Solutions Architect - Associate">
<p style="font-size:18px">佐藤 花子 様</p>
<p>Amazon Web Services Training and Certification から次のバッジが発行されました。</p>
<p style="font-size:20px"><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1c2a7e-3b1d-4c55-9f0e-12ab34cd56ef" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">バッジを入手する</a></p>
<p style="color:#888;font-size:12px">Credly, Inc. &middot; 13351 Commerce Parkway, Suite 1240, Richmond, BC</p>
</td></tr></table>`,
  }),
  j({
    slug: 'credly-reissued-resent-oldcorp',
    kind: 'badges_transferred',
    forUser: false,
    caseId: null,
    note: 'Credly re-issue notice (AWS issuer) redirected from the old company mailbox with Resent-* headers',
    from: CREDLY_AWS,
    to: H.src,
    subject: 'バッジが再発行されました: AWS Certified Cloud Practitioner',
    date: d('2026-02-10 03:15:02', '+0000'),
    resent: { from: 'it-helpdesk@oldcorp.example.com', to: H.keep, date: d('2026-02-10 12:40:51', '+0900') },
    auth: 'pass',
    enc: 'utf8b64',
    html: `<div style="font-family:sans-serif;max-width:560px;margin:auto">
<p>Amazon Web Services Training and Certification が、あなたのバッジ「AWS Certified Cloud Practitioner」を再発行しました。</p>
<p>新しいバッジは Credly アカウントでご確認いただけます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3c9a0b12-77d4-4e2b-8c61-a1b2c3d4e5f6">バッジを表示</a></p>
<p style="font-size:11px;color:#999">このメールは Credly から送信されています。</p></div>`,
  }),
  j({
    slug: 'support-badges-reissued',
    kind: 'badges_transferred',
    caseId: CASE.taro,
    note: 'agent on the same case says the Credly badges were re-issued to the kept account\'s address',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-19 04:22:10', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

バッジの件、ご連絡ありがとうございます。井上です。
Credly 側の紐づけを修正し、統合先アカウント（${T.keep}）宛てにデジタルバッジ 2 件を再発行いたしました。
Credly からの通知メールより受け取り手続きをお願いいたします。

${sigJa('井上')}

${sfRef('Vx2K8pAq')}`,
  }),
  j({
    slug: 'sjis-badge-iko-kanryo',
    kind: 'badges_transferred',
    caseId: CASE.taro2,
    note: 'Shift_JIS 8bit: support says the badges moved to the kept account (バッジの移行が完了)',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-19 11:00:34', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `山田様

お問い合わせのデジタルバッジについて、統合先アカウントへのバッジの移行が完了しました。
Credly にサインインいただくと、3 つの認定バッジが表示されます。

AWS トレーニングと認定 カスタマーサポート
松本`,
  }),
  j({
    slug: 'credly-capital-i-lookalike',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'look-alike credIy.com (capital I) sender imitating an AWS badge notice; its own DMARC passes',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: T.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-16 08:30:00', '+0000'),
    auth: 'pass',
    relay: 'mta1.credIy.com',
    enc: 'utf8qp',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から次のバッジが発行されました。
AWS Certified Developer - Associate

バッジを入手する: https://credIy.com/accept?token=9f8e7d6c

Credly`,
  }),
  j({
    slug: 'credly-three-badges-added',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly summary from the AWS issuer: three badges added to the account at once',
    from: CREDLY_AWS,
    to: T.keep,
    subject: '3 件の新しいバッジがあります',
    date: d('2026-03-19 02:41:18', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    wholeSubject: true,
    text: `山田 太郎 さん

Amazon Web Services Training and Certification から 3 件のバッジが届いています。

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

すべてのバッジを受け取る: https://www.credly.com/earner/earned

今後、バッジの受け取りを自動化するには、設定の「自動承認」を有効にしてください。`,
  }),

  // ---------------- case_closed ----------------
  j({
    slug: 'auto-close-in-three-days',
    kind: 'case_closed',
    caseId: '17758322004',
    note: 'no reply received; the case will close automatically after three days without a response',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject('17758322004'),
    date: d('2026-06-02 10:00:12', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田様

先日お送りしたご案内について、その後いかがでしょうか。
ご返信が確認できない場合、3 日後に本ケースは自動的にクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  j({
    slug: 'notify-resolved-closed',
    kind: 'case_closed',
    caseId: CASE.hanakoDup,
    note: 'AWS Support notification: the (duplicate) case was marked resolved and closed',
    from: AWS_NOTIFY,
    to: H.keep,
    subject: `ケース ${CASE.hanakoDup} は解決済みになりました`,
    date: d('2026-02-04 08:12:55', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `お客様

サポートケース ${CASE.hanakoDup} は解決済みとしてクローズされました。
同じ問題が再発した場合は、サポートセンターからケースを再開できます（クローズ後 14 日以内）。

ケースを表示: https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.hanakoDup}

Amazon Web Services`,
  }),
  j({
    slug: 'closing-after-last-week-merge',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.taro2,
    note: 'restates that the merge was completed last week; the new news is only that the case is being closed',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-24 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `山田様

先週ご案内しましたとおり、アカウントの統合とバッジの移行はすでに完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

ご利用ありがとうございました。
AWS トレーニングと認定 カスタマーサポート
松本`,
  }),
  j({
    slug: 'shuryo-id-in-body',
    kind: 'case_closed',
    caseId: CASE.hanako2,
    note: 'subject without the case ID; ケースを終了 (no クローズ word); case ID only in the body',
    from: SUPPORT,
    to: H.keep,
    subject: 'お問い合わせの件',
    date: d('2026-05-08 18:02:30', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `佐藤 花子 様

ケース番号 ${CASE.hanako2} について、ご依頼の対応がすべて済んだものと判断し、本日をもってケースを終了とさせていただきます。
再度お困りの際は、新しいお問い合わせとしてご連絡ください。

中村`,
  }),
  j({
    slug: 'forged-ar-under-received',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.taro,
    note: 'the server\'s Received is topmost; a dmarc=pass Authentication-Results sits below it (forged)',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-16 12:30:00', '+0000'),
    auth: 'forgedBelow',
    relay: 'mx01.bulk-relay.example.org',
    enc: 'jis7',
    text: `山田様

本ケースは解決済みとしてクローズいたしました。
今後のお問い合わせは新しいケースとしてお送りください。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  j({
    slug: 'escalated-3-5-days',
    kind: 'support_reply',
    caseId: CASE.hanako2,
    note: 'status update: handed to the responsible team, expect 3–5 business days',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako2),
    date: d('2026-04-23 18:40:11', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `佐藤 花子 様

ご返信ありがとうございます。
本件は担当部署へエスカレーションいたしました。処理には通常 3〜5 営業日ほどかかります。
進捗がありましたら改めてご連絡いたしますので、今しばらくお待ちください。

中村`,
  }),
  j({
    slug: 'duplicate-cases-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.hanako,
    note: '"we merged your duplicate case into this one" — about support cases, not the accounts; work continues',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject(CASE.hanako),
    date: d('2026-02-04 08:10:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `佐藤様

同じ内容で 2 件のお問い合わせをいただいておりましたので、ケース ${CASE.hanakoDup} は本ケース ${CASE.hanako} に統合いたしました。
以後のやり取りは本ケースでお願いいたします。アカウントの件は引き続き確認中です。

木村`,
  }),
  j({
    slug: 'cannot-merge-name-mismatch',
    kind: 'support_reply',
    trap: true,
    caseId: '1769260077',
    note: 'says the merge could not be completed because the names differ (統合を完了することができません); no request made',
    from: SUPPORT,
    to: H.keep,
    subject: formSubject('1769260077'),
    date: d('2026-06-15 11:11:11', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `佐藤様

調査の結果、2 つのアカウントで登録されている氏名が異なるため、規定により統合を完了することができませんでした。
氏名の変更は各アカウントのプロフィールから行えますが、変更後の統合可否についてはお約束いたしかねます。

ご期待に沿えず申し訳ございません。

小林`,
  }),
  j({
    slug: 'voucher-question-answer',
    kind: 'support_reply',
    caseId: CASE.taro2,
    note: 'answers the customer\'s question about the 50% voucher carrying over; nothing requested, no status change',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro2),
    date: d('2026-03-11 15:30:09', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `山田様

ご質問いただいた特典の件について回答いたします。
次回の試験に使用できる 50% 割引の特典は、統合後も有効期限までそのまま引き継がれます。
また、統合元で予約済みの試験がある場合は、統合前にキャンセルまたは受験を済ませていただくことをおすすめします。

松本`,
  }),
  j({
    slug: 'thanks-for-kakunin-will-notify',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.taro,
    note: 'thanks the user for confirming and says the team will do it and report when 完了; quotes the user\'s 同意します via JP Gmail header',
    from: SUPPORT,
    to: T.keep,
    subject: formSubject(CASE.taro),
    date: d('2026-01-15 10:05:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

ご確認のご返信ありがとうございます。
統合作業を担当チームに依頼いたしました。作業が完了しましたら、改めて本ケースにてご連絡いたします。

井上

${jaGmail('2026年1月15日(木) 18:20', T.ja, T.keep)}
> 井上様
>
> 内容に相違ありません。同意します。
>
> 山田`,
  }),

  // ---------------- unrelated ----------------
  j({
    slug: 'survey-kaiketsu-shimashitaka',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'post-case satisfaction survey ("問題は解決しましたか?") — surveys are unrelated even when they ask about resolution',
    from: 'AWS トレーニングと認定 <aws-training-survey@amazon.com>',
    to: T.keep,
    subject: 'サポートに関するアンケートのお願い: 問題は解決しましたか?',
    date: d('2026-01-17 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `山田 太郎 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
サービス向上のため、1 分ほどのアンケートにご協力ください。

Q1. お問い合わせの問題は解決しましたか?  [はい] [いいえ]
Q2. 担当者の対応に満足しましたか?  [1] [2] [3] [4] [5]

アンケートに回答する: https://survey.aws.training/s/tc-support?lang=ja

※本アンケートは匿名で集計されます。`,
  }),
  j({
    slug: 'pearson-appointment-confirmed',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: null,
    note: 'exam appointment confirmation from the test vendor (予約が完了/ご確認ください); sender domain not trusted',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>',
    to: T.keep,
    subject: 'AWS 認定試験 予約確認のお知らせ',
    date: d('2026-02-20 12:03:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `山田 太郎 様

以下の試験のご予約が完了しました。内容をご確認ください。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年3月14日(土) 10:00
会場: オンライン (OnVUE)
登録番号: 512-883-771

予約の変更・キャンセルは試験の 24 時間前まで可能です。

Pearson VUE`,
  }),
  j({
    slug: 'microsoft-via-credly-badge',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly badge notice from another issuer (Microsoft) — not an AWS badge',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: H.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-02-12 06:20:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `佐藤 花子 様

Microsoft から次のバッジが発行されました。

Microsoft Certified: Azure Fundamentals

バッジを入手する: https://www.credly.com/earner/earned/badge/a1b2c3d4-0000-4a4a-9b9b-abcdefabcdef

Credly, Inc.`,
  }),
  j({
    slug: 'summit-newsletter',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'marketing newsletter (event invitation) using 登録を完了/確認 words',
    from: 'AWS Japan <aws-jp-marketing@amazon.com>',
    to: T.keep,
    subject: '【AWS Summit Japan】事前登録を完了して限定セッションを確保しましょう',
    date: d('2026-05-20 08:00:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `AWS Summit Japan 2026 開催のお知らせ

今年も AWS Summit Japan を開催します。事前登録を完了された方は、認定者ラウンジをご利用いただけます。
AWS 認定をお持ちの方は、当日受付で認定バッジをご提示ください。

登録内容の確認・変更はこちら: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  j({
    slug: 'colleague-iphone-question',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: null,
    note: 'personal mail from a colleague on an iPhone asking whether the 統合 finished and about the バッジ',
    from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>',
    to: T.src,
    subject: 'AWS認定の件',
    date: d('2026-01-16 12:48:03', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `山田さん

認定アカウントの統合、終わりました？
自分もやろうと思ってて、バッジがちゃんと移ったか教えてもらえると助かります。

iPhoneから送信`,
  }),
  j({
    slug: 'out-of-office-auto-reply',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.taro2,
    note: 'out-of-office auto reply from a co-worker (Auto-Submitted) that quotes the support subject with its case ID',
    from: '総務部 高橋 <takahashi@corp.example.co.jp>',
    to: T.src,
    subject: `自動応答: ${formSubject(CASE.taro2)}`,
    date: d('2026-03-12 13:47:30', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `お世話になっております。
誠に勝手ながら、3月12日から3月16日まで休暇をいただいております。
17日以降、順次対応させていただきます。
急ぎのご用件は総務部代表までご連絡ください。

高橋`,
  }),
  j({
    slug: 'own-forward-memo',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.taro,
    note: 'the user forwards support\'s completion mail to his own private address with a memo; new text is only the user\'s note',
    from: `${T.ja} <${T.src}>`,
    to: T.keep,
    subject: `Fwd: ${formSubject(CASE.taro)}`,
    date: d('2026-01-16 09:12:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `自分用メモ: 統合完了の連絡。あとで Credly のバッジを確認すること。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年1月16日(金) 8:58
Subject: ${formSubject(CASE.taro)}
To: <${T.keep}>

山田 太郎 様

ご依頼いただいたアカウントの統合が完了いたしました。
統合先 ${T.keepId} にサインインいただくと、認定資格と試験履歴をご確認いただけます。

井上`,
  }),
  j({
    slug: 'skill-builder-course-done',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Skill Builder course completion notice (修了/完了) — training mail, not the merge',
    from: 'AWS Skill Builder <no-reply@amazon.com>',
    to: H.keep,
    subject: 'おめでとうございます。コースを修了しました',
    date: d('2026-03-01 04:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `佐藤 花子 さん

「AWS Cloud Practitioner Essentials (日本語)」のすべてのモジュールが完了しました。
修了証は [マイラーニング] > [トランスクリプト] からダウンロードできます。

次のおすすめコース: AWS Technical Essentials

AWS Skill Builder`,
  }),
  j({
    slug: 'billing-payment-completed',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'AWS billing notice (お支払いが完了) — other AWS notification',
    from: 'Amazon Web Services <aws-billing@amazon.com>',
    to: `${T.ja} <${T.keep}>`,
    subject: 'AWS のご請求書: お支払いが完了しました',
    date: d('2026-02-03 00:15:09', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `お客様

2026 年 1 月分の AWS ご利用料金のお支払いが完了しました。
アカウント ID: 123456789012
お支払い金額: USD 3.42

請求書は Billing and Cost Management コンソールからご確認いただけます。

Amazon Web Services`,
  }),
];
