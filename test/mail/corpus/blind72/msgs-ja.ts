// Set bs, Japanese messages part 1: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import { CASE, M, SUPPORT_BARE, SUPPORT_JA, AWS_NOTIFY, SUZUKI, TAKAHASHI, formSubject, olJa, paras, quote, sfOriginal, sfRef } from './common.js';

const S = SUZUKI;
const T = TAKAHASHI;

const suzukiReq = `AWS トレーニングと認定 サポートご担当者様

いつもお世話になっております。株式会社エグザンプル　営業本部の鈴木と申します。
3月末日をもって退職となるため、社用アドレスで作った認定アカウントを
個人のアカウントへ寄せていただけないでしょうか。

　残す側　　：${S.keepId}　/　${S.keep}
　寄せる側　：${S.srcId}　/　${S.src}

何卒よろしくお願い申し上げます。
鈴木 一郎`;

const takahashiReq = `ご担当者様

グループ内の異動でホールディングスから子会社へ移ることになり、メールアドレスが変わります。
旧アドレス（${T.src}）の認定アカウントにある資格を、
個人アドレス（${T.keep}）の認定アカウントへまとめたいです。
候補者ID：${T.srcId}（旧）、${T.keepId}（個人）

高橋 美咲`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    slug: 'j-ack-table',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'automatic Japanese receipt in a ruled table; case number in subject and body',
    subject: `[CASE ${CASE.suzuki}] お問い合わせを受け付けました`,
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-02 00:14:51',
    text: `鈴木 一郎 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
本メールはシステムより自動でお送りしています。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　ケース番号　　：${CASE.suzuki}
　お問い合わせ種別：AWS トレーニングと認定
　ステータス　　：未対応
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

担当者より通常24時間以内にご連絡いたします。同一の内容で別のケースを
起票されますと、お返事が遅れる原因となりますのでご注意ください。

このメールに返信いただくと、上記ケースに内容が追記されます。

Amazon Web Services
トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-ack-notify-takahashi',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: "AWS Support's no-reply notification that case was created",
    subject: `サポートケース ${CASE.takahashi} が作成されました`,
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: T.keep,
    when: '2026-04-06 02:40:09',
    text: `高橋 美咲 様

Amazon Web Services サポートをご利用いただきありがとうございます。
以下のとおりケースが起票されました。

ケース ID: ${CASE.takahashi}
件名: 認定アカウントの統合（異動に伴う）
重要度: 一般的なご質問

担当より順次ご返信いたします。サポートセンターからケースの状況をいつでもご覧いただけます。

※このアドレスは送信専用です。

Amazon Web Services, Inc.`,
  }),
  M({
    slug: 'j-ack-html-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'HTML-only Shift_JIS receipt of a second case (topic not stated)',
    subject: `【受付】ケース番号 ${CASE.takahashi2}`,
    enc: 'sjisb64',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-20 07:02:33',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body>
<p>高橋 様</p>
<p>お問い合わせをお預かりしました。ケース番号は <b>${CASE.takahashi2}</b> です。</p>
<table border="1" cellpadding="4">
<tr><td>受付日時</td><td>2026年4月20日 16:02</td></tr>
<tr><td>窓口</td><td>AWS トレーニングと認定</td></tr>
</table>
<p>担当者からの連絡をお待ちください。なお、本メールへのご返信でケースへ追記できます。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>`,
  }),
  M({
    slug: 'j-ack-dup',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: false,
    note: 'receipt of the duplicate case Suzuki opened from his old address',
    subject: `[CASE ${CASE.suzukiDup}] お問い合わせ受付のお知らせ`,
    enc: 'jisb64',
    from: SUPPORT_JA,
    to: S.src,
    when: '2026-03-03 05:51:20',
    text: `鈴木 様

このたびはお問い合わせいただき、ありがとうございます。
ケース ${CASE.suzukiDup} として承りました。

回答までお時間をいただく場合がございます。恐れ入りますが、同じご用件で
追加のケースを作成されませんようお願いいたします。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-ack-bodyonly',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'receipt whose subject has no case number; ID only in body',
    subject: 'お問い合わせありがとうございます（自動送信）',
    enc: 'utf8b64',
    from: SUPPORT_JA,
    when: '2026-03-02 00:15:02',
    wholeSubject: true,
    text: `本メールは送信専用アドレスから自動でお送りしております。

お客様のお問い合わせは、受付番号${CASE.suzuki}にて登録されました。
順番に拝見しておりますので、今しばらくお待ちくださいませ。

― AWS トレーニングと認定 サポートチーム`,
  }),
  M({
    slug: 'j-ack-fake-cojp',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    trusted: false,
    note: 'receipt shape from look-alike amazon-support.co.jp; authenticated for that domain only',
    subject: `【AWS】お問い合わせ受付完了（ケース${CASE.suzuki}）`,
    enc: 'jis7',
    from: 'AWS サポート <support@amazon-support.co.jp>',
    when: '2026-03-02 01:30:44',
    text: `鈴木 一郎 様

お問い合わせを受け付けました。ケース番号：${CASE.suzuki}

ご本人確認のため、下記URLよりログインのうえお手続きを継続してください。
https://amazon-support.co.jp/case/verify

AWS サポートセンター`,
  }),
  M({
    slug: 'j-ack-mixed',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'bilingual receipt, Japanese first; Shift_JIS 8bit',
    subject: `[CASE ${CASE.takahashi}] ケースを受け付けました / We have received your case`,
    enc: 'sjis8',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-06 02:41:10',
    text: `高橋 美咲 様

お問い合わせを承りました（ケース ${CASE.takahashi}）。
担当窓口にて内容を拝見のうえ、改めてご連絡差し上げます。

-----
Thank you for contacting AWS Training and Certification. Your case ${CASE.takahashi} has been received.
We will reply within 24 hours.
-----

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-ack-fieldlist',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'receipt echoing the submitted fields (IDs, keep/merge accounts); asks for nothing',
    subject: `[CASE ${CASE.suzuki}] 送信内容の控え`,
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-02 00:15:40',
    text: `以下の内容でお問い合わせを受け付けました。控えとして保管してください。

■ケース番号
　${CASE.suzuki}
■お名前
　鈴木 一郎
■会社名
　株式会社エグザンプル
■AWS 候補者 ID
　${S.keepId}
■お問い合わせ内容
　認定アカウントの統合（統合先：${S.keep}、統合元：${S.src}）

内容に追記がある場合は、このメールへご返信ください。
AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-ack-multipart-now',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'multipart receipt to the new group-company address',
    subject: `Case ${CASE.takahashi2}: お問い合わせを受け付けました`,
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: T.now,
    when: '2026-04-20 07:02:50',
    text: `高橋 様

ケース ${CASE.takahashi2} を作成しました。
内容を確認次第、担当者よりメールでご連絡します。

Amazon Web Services`,
    html: `<div style="font-family:Meiryo,sans-serif">${paras(`高橋 様

ケース ${CASE.takahashi2} を作成しました。
内容を確認次第、担当者よりメールでご連絡します。

Amazon Web Services`)}</div>`,
  }),

  // ---------------- ai_answer ----------------
  M({
    slug: 'j-ai-selfservice',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'generated answer pointing to the self-service merge tool',
    subject: 'AWS トレーニングと認定：回答のご案内（自動生成）',
    enc: 'jis7',
    from: AWS_NOTIFY,
    when: '2026-03-01 23:58:12',
    text: `この回答は AI により自動生成されています。

お問い合わせの内容から、以下をお試しいただけます。

　1. AWS 認定アカウントにサインインします
　2. プロフィール画面の「アカウントの統合」を開きます
　3. 統合したいもう一方のアカウントの資格情報を入力します

どちらのアカウントにも認定の履歴がある場合、この画面では手続きできません。
その際は「ケースを作成」からお問い合わせください。

この回答はお役に立ちましたか？`,
  }),
  M({
    slug: 'j-ai-after-merge',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI suggestion that explains what happens once merged (badges, vouchers): still ai_answer',
    subject: '【自動回答】認定アカウントの統合について',
    enc: 'utf8qp',
    from: AWS_NOTIFY,
    to: T.keep,
    when: '2026-04-06 02:31:55',
    text: `自動応答アシスタントからのご案内です。

統合ツールで手続きが終わると、統合元アカウントの認定・特典（50%割引バウチャーなど）は統合先に表示されるようになります。Credly のデジタルバッジは自動では移らないことがあるため、統合後に Credly 側でバッジを受け取り直してください。

解決しない場合は、担当者へのケースを作成できます。`,
    html: `<p><i>自動応答アシスタントからのご案内です。</i></p>
<p>統合ツールで手続きが終わると、統合元アカウントの認定・特典（50%割引バウチャーなど）は統合先に表示されるようになります。Credly のデジタルバッジは自動では移らないことがあるため、統合後に Credly 側でバッジを受け取り直してください。</p>
<p>解決しない場合は、<a href="https://support.aws.amazon.com/#/contacts/aws-training">担当者へのケースを作成</a>できます。</p>`,
  }),
  M({
    slug: 'j-ai-sjisb64',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'automated suggestion (Shift_JIS base64) to use Profile > merge',
    subject: 'お問い合わせへの自動回答',
    enc: 'sjisb64',
    from: AWS_NOTIFY,
    when: '2026-03-01 23:57:40',
    text: `鈴木 様

入力いただいた内容に近いご質問への回答を、自動でお届けしています。

・アカウントが2つある場合、認定ポータルの［プロフィール］→［アカウントの統合］からご自身で一本化できます。
・統合後は統合元アカウントにサインインできなくなります。

この回答で解決しなかった場合は、フォームの［ケースを作成］へお進みください。`,
  }),
  M({
    slug: 'j-ai-bullets',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'short AI answer with bullet points, ISO-2022-JP base64',
    subject: 'AI アシスタントからの回答',
    enc: 'jisb64',
    from: AWS_NOTIFY,
    to: T.keep,
    when: '2026-04-06 02:30:03',
    text: `ご質問ありがとうございます。生成 AI による回答です。内容が正確でない場合があります。

◆考えられる解決方法
　・セルフサービスの統合機能をご利用ください
　・候補者 ID は認定アカウントの画面右上から確認できます
　・会社のアドレスが使えなくなる前に手続きされることをおすすめします

担当者とのやり取りを希望される場合は、ケースを作成してください。`,
  }),
  M({
    slug: 'j-ai-button',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AI answer, UTF-8 base64, with the create-case button text',
    subject: 'お問い合わせ内容に基づくご提案',
    enc: 'utf8b64',
    from: AWS_NOTIFY,
    when: '2026-03-01 23:59:30',
    text: `Amazon の AI アシスタントがご提案します：

複数の認定アカウントをお持ちの場合は、まず「Merge Accounts」（アカウント統合）ツールをお試しください。双方に受験履歴があるとツールはエラーとなりますので、その場合のみ担当窓口が対応します。

[ ケースを作成 ]　　[ 解決しました ]`,
  }),
  M({
    slug: 'j-ai-sjis8',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AI answer in Shift_JIS 8bit asking whether it helped',
    subject: '自動応答：認定アカウントについて',
    enc: 'sjis8',
    from: AWS_NOTIFY,
    to: T.now,
    when: '2026-04-19 22:11:17',
    text: `このメッセージは自動応答システムにより作成されました。

アカウントのメールアドレスを変更したい場合、アドレスそのものは変えられないため、新しいアドレスでアカウントを作成し、統合ツールで旧アカウントの内容を移すのが一般的な方法です。

この回答で問題は解決しましたか？　はい ／ いいえ`,
  }),
  M({
    slug: 'j-ai-fail',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    trusted: false,
    auth: 'fail',
    note: 'AI-answer shape but dmarc=fail on the topmost result',
    subject: '【自動回答】アカウント統合ツールのご案内',
    enc: 'jis7',
    from: AWS_NOTIFY,
    when: '2026-03-05 11:20:00',
    text: `AI による自動回答です。

統合ツールはプロフィール画面からご利用いただけます。うまくいかない場合は下記から再ログインしてください。
http://aws-cert-merge.example-login.net/

Amazon Web Services`,
  }),

  // ---------------- info_request ----------------
  M({
    slug: 'j-info-table',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'asks for both candidate IDs, addresses and which account to keep, as a fill-in table',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-03 02:05:18',
    text: `鈴木 一郎 様

お世話になっております。AWS トレーニングと認定の井上でございます。

統合作業に着手するにあたり、恐れ入りますが下表の空欄を埋めてご返信ください。

　　　　　　　　｜アカウントA　　　　　｜アカウントB
　候補者ID　　　｜　　　　　　　　　　　｜
　ログインメール｜　　　　　　　　　　　｜
　認定通知メール｜　　　　　　　　　　　｜
　残す／統合する｜　　　　　　　　　　　｜

ご不明な点がございましたらお申し付けください。

井上
AWS トレーニングと認定 カスタマーサービス
${sfRef('0Bs1')}

${sfOriginal(S.keep, '2026/03/02 0:14', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', suzukiReq)}`,
  }),
  M({
    slug: 'j-info-fromkeep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'asks her to write from the kept address and include the IDs; Gmail quote below',
    subject: formSubject(CASE.takahashi),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: `${T.ja} <${T.keep}>`,
    cc: T.src,
    when: '2026-04-07 05:44:30',
    text: `高橋 様

ご連絡ありがとうございます、担当の森でございます。

お手数ですが、統合後に残すアカウントのメールアドレスからこのケースへご返信いただけますでしょうか。その際、両アカウントの候補者 ID（AWS から始まる番号）も本文に記載してください。本人確認のため、ログイン用アドレスからのご連絡をお願いしております。

森
AWS トレーニングと認定

2026年4月6日(月) 11:40 ${T.ja} <${T.src}>:
${quote(takahashiReq)}`,
  }),
  M({
    slug: 'j-info-confirmword',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'worded as ご確認 but asks which address he keeps: information request',
    subject: formSubject(CASE.suzuki),
    enc: 'jisb64',
    from: SUPPORT_JA,
    when: '2026-03-04 01:12:07',
    text: `鈴木 様

いつもお世話になっております。

いただいた内容では、残すアカウントとして2通りのアドレスが書かれておりました
（本文：${S.keep}、フォーム：${S.src}）。
どちらを統合先とされるか、ご確認のうえお知らせいただけますでしょうか。

AWS トレーニングと認定　井上`,
  }),
  M({
    slug: 'j-info-reminder',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'second request for the missing data, restating what is still needed',
    subject: `RE:[CASE ${CASE.suzuki}] 【再送】ご回答のお願い`,
    enc: 'sjis8',
    from: SUPPORT_JA,
    when: '2026-03-06 03:30:00',
    text: `鈴木 一郎 様

先日お送りしたメールにつきまして、まだご返信を頂戴できておりませんでしたので再度ご連絡いたしました。
統合元アカウントの認定通知用メールアドレス、ならびにそのアカウントで取得済みの認定名を
引き続き教えていただけますと幸いです。

情報がそろい次第、手続きに進みます。

AWS トレーニングと認定 カスタマーサービス　井上`,
  }),
  M({
    slug: 'j-info-romaji',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'name on the two accounts differs; asks for romaji name and date of birth',
    subject: formSubject(CASE.takahashi),
    enc: 'utf8b64',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-08 06:10:41',
    text: `高橋 美咲 様

いただいた候補者 ID で照会したところ、旧アカウントのお名前が「Misaki Takahasi」と登録されておりました。
同一のご本人であることを確かめるため、パスポート等と同じローマ字表記のお名前と、生年月日を本メールへの返信でお教えください。

森　／　AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-info-noauth',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    trusted: false,
    auth: 'none',
    note: 'information request with no Authentication-Results at all',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-04 09:02:19',
    text: `鈴木 様

統合の前に、両方のアカウントのパスワードをこのメールに書いてご返信ください。
確認後すぐに作業いたします。

AWS サポート`,
  }),
  M({
    slug: 'j-info-certlist',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'asks for the certifications and pass dates of the source account; Outlook quote',
    subject: formSubject(CASE.suzuki),
    enc: 'sjisb64',
    from: SUPPORT_JA,
    when: '2026-03-05 00:48:26',
    text: `鈴木 様

ご返信ありがとうございます。いただいた ID で照合を進めております。

統合元（${S.srcId}）側について、保有されている認定の名称と合格日を、分かる範囲で列挙していただけますか。
例）AWS Certified Solutions Architect - Associate　2024/06/18

井上

${olJa(`鈴木 一郎 <${S.keep}>`, '2026年3月4日 21:30', SUPPORT_JA, formSubject(CASE.suzuki), `井上様

統合先は ${S.keep}（${S.keepId}）でお願いします。

鈴木`)}`,
  }),
  M({
    slug: 'j-info-three',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'three accounts found; asks which one survives (multipart)',
    subject: formSubject(CASE.takahashi2),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-21 04:20:00',
    text: `高橋 様

お調べしたところ、お名前に紐づく認定アカウントが3件ございました。
・${T.keepId}（${T.keep}）
・${T.srcId}（${T.src}）
・AWS77120594（${T.now}）
最終的にどれを残すご希望か、ご返信でお知らせ願います。

AWS トレーニングと認定`,
    html: `<p>高橋 様</p><p>お調べしたところ、お名前に紐づく認定アカウントが3件ございました。</p>
<ul><li>${T.keepId}（${T.keep}）</li><li>${T.srcId}（${T.src}）</li><li>AWS77120594（${T.now}）</li></ul>
<p>最終的にどれを残すご希望か、ご返信でお知らせ願います。</p><p>AWS トレーニングと認定</p>`,
  }),
  M({
    slug: 'j-info-bodyid',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'English boilerplate, Japanese request for the candidate ID; case ID only in body',
    subject: 'AWS Training and Certification - お問い合わせの件',
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-03 08:33:10',
    text: `Hello,

鈴木様、ご連絡いただきありがとうございます。
お手元で統合元の候補者 ID がお分かりでしたら、教えていただけますと作業が早く進みます。

Case ID: ${CASE.suzuki}
Best regards,
AWS Training and Certification`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    slug: 'j-conf-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'asks for consent to the irreversible merge with a summary table',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-06 06:40:12',
    text: `鈴木 一郎 様

ご提供いただいた情報で、以下のとおり統合の準備が整いました。

　┏━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┓
　┃　統合先　　　┃　${S.keepId}　${S.keep}
　┃　統合元　　　┃　${S.srcId}　${S.src}
　┗━━━━━━━━┻━━━━━━━━━━━━━━━━━━━┛

統合は一度行うと元に戻せません。上記の内容でよろしければ、その旨をご返信ください。
ご返信を確認してから作業に入ります。

井上
AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-conf-takahashi',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'asks whether to proceed, stressing it cannot be undone',
    subject: formSubject(CASE.takahashi),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-09 01:15:33',
    text: `高橋 美咲 様

ローマ字表記のご連絡、ありがとうございました。本人確認が取れました。

つきましては、${T.srcId} の認定履歴を ${T.keepId} へ移し、${T.srcId} を無効化する形で進めてよろしいでしょうか。
この操作は取り消しができませんので、念のためお伺いしております。差し支えなければ「承諾します」とだけご返信いただければ結構です。

森
AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-conf-forged',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    trusted: false,
    auth: 'forgedBelow',
    note: 'confirmation request whose only pass result sits below the server Received line',
    subject: formSubject(CASE.suzuki),
    enc: 'jisb64',
    from: SUPPORT_JA,
    when: '2026-03-06 10:02:55',
    text: `鈴木様

アカウント統合のご意思確認です。24時間以内に下記フォームで同意いただけない場合、両アカウントは停止されます。
https://aws-training-consent.example.net/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-conf-resent-old',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: false,
    forUser: false,
    note: 'genuine confirmation request to the old company mailbox, redirected by its gateway (Resent-*)',
    subject: formSubject(CASE.suzukiDup),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: S.src,
    resent: { from: 'postmaster@sales.example-kk.co.jp', to: 'mail-archive@example-kk.co.jp', date: 'Tue, 7 Apr 2026 09:00:02 +0900' },
    when: '2026-04-06 23:58:40',
    text: `鈴木 様

ケース ${CASE.suzukiDup} にてご依頼の統合につき、最終確認をお願いいたします。
統合元 ${S.srcId} を統合先 ${S.keepId} へまとめます。元に戻すことはできません。
進めてよい場合は本メールへご返信ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-conf-reply-means-yes',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'consent asked without the word confirm: a reply with agreement starts the work',
    subject: formSubject(CASE.takahashi2),
    enc: 'sjisb64',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-22 03:03:03',
    text: `高橋 様

残すアカウントのご指定、承知いたしました（${T.keepId}）。
他の2件はこの番号へ寄せたのち、サインインできなくなります。後から分け直すことはできかねます。
同意いただける場合に限り、このメールへその旨お返事ください。お返事を頂戴した時点で作業を始めます。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-conf-badges-note',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'consent request that also explains badges and vouchers after a merge',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT_JA,
    when: '2026-03-05 07:25:00',
    text: `鈴木 様

認定名と合格日のご連絡ありがとうございました。照合がとれました。

統合を実施すると、${S.srcId} の認定・特典は ${S.keepId} に表示されるようになります。Credly のバッジは統合完了後に別途移し替えが必要となる場合があります。
なお、統合は不可逆です。この条件でお進めしてよろしいか、ご返答をお待ちしております。

井上`,
  }),
  M({
    slug: 'j-conf-wrongperson',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    forUser: false,
    note: 'consent request misaddressed to another Suzuki at another company',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: '鈴木 一朗 <suzuki.ichiro@other.example.co.jp>',
    when: '2026-03-06 06:41:00',
    text: `鈴木 様

統合先 ${S.keepId}、統合元 ${S.srcId} として処理してよろしいでしょうか。取り消しはできませんので、ご了承のうえご返信ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-conf-htmlonly',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'HTML-only consent request',
    subject: formSubject(CASE.takahashi),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-08 23:50:10',
    html: `<html><body><div>高橋 美咲 様</div><br>
<div>旧アカウント（${T.src}）の内容を個人アカウントへ移す準備ができました。</div>
<div><b>統合後は元の状態に戻せません。</b>ご了承いただけましたら、このメールにご返信ください。</div><br>
<div>森<br>AWS トレーニングと認定</div>
<div class="gmail_quote">${sfRef('0Bs9')}</div></body></html>`,
  }),
  M({
    slug: 'j-conf-nudge',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'follow-up asking again for consent',
    subject: formSubject(CASE.suzuki),
    enc: 'jisb64',
    from: SUPPORT_JA,
    when: '2026-03-09 02:00:45',
    text: `鈴木 様

先週お送りした統合内容について、ご同意のお返事をまだ頂戴しておりません。
問題なければ「お願いします」の一言で構いませんので、お返事くださいますようお願いいたします。

AWS トレーニングと認定　井上

-----Original Message-----
From: AWS トレーニングと認定
Sent: Friday, March 6, 2026 3:40 PM
To: ${S.keep}
Subject: ${formSubject(CASE.suzuki)}

統合は一度行うと元に戻せません。上記の内容でよろしければ、その旨をご返信ください。`,
  }),
  M({
    slug: 'j-info-typo-bottom',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    crlf: false,
    note: 'bottom-posted request (with a typo 候捕者) for the old account ID; LF line ends',
    subject: formSubject(CASE.takahashi),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-07 23:30:00',
    text: `> 旧アドレスはもう受信できないかもしれません。
> 高橋

承知しました。旧アドレスでの受信は不要です。
そのかわり、旧アカウントの候捕者ID（AWS で始まる番号）を、分かる範囲でこちらに書いて送っていただけますか。
認定証PDFの右下にも記載があります。

森`,
  }),
];
