// Set ae, Japanese: mail of the merge cases themselves (every advancing kind,
// replies, closings), some of it mentioning the users' other AWS matters in passing.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { SUPPORT, SUPPORT_ADDR, AWS_NOTIFY, CREDLY_AWS, PORTAL, form, formNew, KEN, MISAKI, RYO, C, ja, q, gmJa, olJa, sf, ref, htmlDoc, esc, KEN_REQ, MISAKI_REQ, RYO_REQ } from './common.js';

const K = KEN;
const M = MISAKI;
const R = RYO;
const kTo = `${K.ja} <${K.keep}>`;
const mTo = `${M.ja} <${M.keep}>`;
const rTo = `${R.ja} <${R.keep}>`;

export const JA_MERGE: Msg[] = [
  // ======================= acknowledgement =======================
  ja({
    slug: 'k-ack-form',
    kind: 'acknowledgement',
    caseId: C.kenMerge,
    note: 'automatic receipt of the merge case in the form template, ISO-2022-JP 7bit',
    from: SUPPORT,
    to: kTo,
    subject: `[CASE ${C.kenMerge}] お問い合わせを承りました`,
    date: d('2026-11-09 08:12:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定にご連絡いただきありがとうございます。
本メールはお問い合わせの受付を自動でお知らせするものです。

ケース番号 ${C.kenMerge} として登録いたしました。
担当者が内容を拝見し、通常1営業日以内にこのアドレス宛にご返信いたします。

同じ内容で新しいお問い合わせを重ねて送信されますと、ケースが分かれてしまいご回答までお時間をいただくことになります。返信をお待ちいただけますと幸いです。

AWS Training and Certification カスタマーサービス`,
  }),
  ja({
    slug: 'm-ack-id-body',
    kind: 'acknowledgement',
    caseId: C.misakiMerge,
    note: 'receipt whose subject has no case ID; the number sits in the body next to a date',
    from: AWS_NOTIFY,
    to: mTo,
    subject: 'お問い合わせ受付のお知らせ',
    date: d('2026-12-01 21:03:17', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 美咲 様

このたびはお問い合わせいただき、誠にありがとうございます。
2026年12月1日 受付分 / 受付番号 ${C.misakiMerge}
内容を確認のうえ、担当窓口より順次ご連絡差し上げます。

※ このメールへ直接ご返信いただいても内容は確認できません。
※ 追加のご連絡はサポートセンターのケース画面からお願いいたします。

Amazon Web Services`,
  }),
  ja({
    slug: 'r-ack-fields-sjis',
    kind: 'acknowledgement',
    caseId: C.ryoMerge,
    note: 'Shift_JIS receipt that echoes the submitted form fields (topic: account merge)',
    from: SUPPORT,
    to: rTo,
    subject: `[CASE ${C.ryoMerge}] [AWS Training and Certification Form Submission] - account-assistance`,
    hdr: 'sjis',
    date: d('2027-01-11 10:44:02', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋 諒 様

お問い合わせフォームの送信を受け付けました。以下はご入力いただいた内容の控えです。

お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合
氏名: 高橋 諒
AWS 受験者 ID: ${R.keepId}

担当者からの連絡は通常24時間以内です。しばらくお待ちください。
ケース ID: ${C.ryoMerge}

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'r-ack-dkimonly-qp',
    kind: 'acknowledgement',
    caseId: C.ryoMerge,
    note: 'second receipt copy (AWS Support notification), only an aligned dkim=pass, UTF-8 QP',
    from: AWS_NOTIFY,
    to: rTo,
    subject: `ケース ${C.ryoMerge} を作成しました`,
    date: d('2027-01-11 01:45:30', '+0000'),
    auth: 'dkimonly',
    enc: 'utf8qp',
    text: `お客様

サポートケースが作成されました。ケースの詳細は以下のとおりです。

ケース ID : ${C.ryoMerge}
件名 : 認定アカウントの統合について
重要度 : 一般的なガイダンス

担当者より追ってご連絡いたします。

アマゾン ウェブ サービス`,
  }),
  ja({
    slug: 'fake-ack-lookalike-jp',
    kind: 'acknowledgement',
    caseId: C.kenMerge,
    trusted: false,
    note: 'forged receipt from a look-alike domain (aws-training-support.jp) with a pass verdict for that domain',
    from: 'AWS トレーニングと認定 <no-reply@aws-training-support.jp>',
    to: kTo,
    subject: `【受付完了】ケース ${C.kenMerge}`,
    date: d('2026-11-09 17:20:11', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

お問い合わせを受け付けました(ケース ${C.kenMerge})。
本人確認のため、24時間以内に下記ページからサインインしてください。
https://aws-training-support.jp/verify

AWS トレーニングと認定 サポートデスク`,
  }),

  // ======================= ai_answer =======================
  ja({
    slug: 'k-ai-merge-tool',
    kind: 'ai_answer',
    caseId: C.kenMerge,
    note: 'automated answer pointing to the self-service Merge Accounts tool',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-09 08:13:05', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `※このメッセージは、お問い合わせ内容をもとに自動で作成されたご案内です。

認定アカウントが複数ある場合、多くはセルフサービスで1つにまとめられます。
1. aws.training にサインインし、[認定] から認定アカウントを開きます
2. プロフィールメニューの「アカウントの統合」(Merge Accounts) を選びます
3. 統合元アカウントの認証情報を入力し、画面の指示に従います

両方のアカウントに認定の履歴がある場合など、この画面で手続きができないときは、このケースのまま担当者の返信をお待ちください。

ケース ${C.kenMerge}
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'm-ai-generated-skill-note',
    kind: 'ai_answer',
    caseId: C.misakiMerge,
    note: 'generated answer about merging; mentions in passing that Skill Builder subscriptions are handled elsewhere',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-01 21:03:50', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

生成 AI によるご回答です。内容に誤りが含まれる可能性があります。

ご質問: 2 つの認定アカウントを 1 つにしたい
回答の要約: 認定アカウントの「アカウントの統合」機能をお試しください。統合すると、統合元の認定・試験履歴・特典が統合先に表示されます。統合元のアカウントは以後サインインできなくなります。

補足: AWS Skill Builder のサブスクリプションや購入履歴は認定アカウントとは別に管理されており、この機能の対象外です。

この回答で解決しない場合は「ケースを作成」を選んでください。担当者が引き継ぎます。`,
  }),
  ja({
    slug: 'r-ai-sjis-q',
    kind: 'ai_answer',
    caseId: C.ryoMerge,
    note: 'Shift_JIS automatic suggestion with question-and-answer layout',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    hdr: 'sjis',
    date: d('2027-01-11 10:44:40', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋 諒 様

お問い合わせありがとうございます。以下は自動応答システムによる参考情報です。

Q. 認定アカウントを 1 つにまとめられますか
A. はい。aws.training の認定アカウントにサインインし、プロフィールの「Merge Accounts」から、もう一方のアカウントを統合できます。統合元にも認定がある場合は画面にエラーが表示されることがあり、その場合は担当者が対応します。

この自動回答で解決した場合、ご返信は不要です。

AWS トレーニングと認定(自動応答)`,
  }),
  ja({
    slug: 'k-ai-mixed-en-boilerplate',
    kind: 'ai_answer',
    caseId: C.kenMerge,
    note: 'Japanese AI answer wrapped in English boilerplate; QP',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-10 02:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `This response was generated automatically. / この回答は自動生成されています。

中村様、認定アカウントの統合についてのご案内です。
統合元と統合先の両方にサインインできる状態であれば、認定アカウント画面の「アカウントの統合」から手続きいただけます。統合後、統合元の認定は統合先に移り、統合元アカウントは無効になります。

Was this answer helpful? / この回答は役に立ちましたか?
Case ${C.kenMerge}`,
  }),
  ja({
    slug: 'm-ai-html-alt-jisb64',
    kind: 'ai_answer',
    caseId: C.misakiMerge,
    note: 'multipart/alternative AI suggestion, ISO-2022-JP base64 in both parts',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-02 09:00:12', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林 美咲 様

AI アシスタントが次の記事を見つけました。
・認定アカウントの統合方法
・統合後に確認すること(認定、特典、デジタルバッジ)

記事の手順でお手続きが難しい場合は、担当者へのお問い合わせにお進みください。

ケース ID: ${C.misakiMerge}`,
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>AI アシスタントが次の記事を見つけました。</p>
<ul><li>認定アカウントの統合方法</li><li>統合後に確認すること(認定、特典、デジタルバッジ)</li></ul>
<p>記事の手順でお手続きが難しい場合は、担当者へのお問い合わせにお進みください。</p>
<p style="color:#777">ケース ID: ${C.misakiMerge}</p>`),
  }),
  ja({
    slug: 'fake-ai-misaligned',
    kind: 'ai_answer',
    caseId: C.ryoMerge,
    trusted: false,
    note: 'AI-style answer with DKIM from an unrelated bulk sender and dmarc=fail',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    date: d('2027-01-11 11:02:00', '+0900'),
    auth: 'misaligned',
    enc: 'jis7',
    text: `高橋様

自動回答: アカウントの統合は、以下のリンク先からセルフサービスで行えます。
統合ツールにはお手持ちの両方のパスワードが必要です。
https://merge-accounts.example-tools.net/aws

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'k-ai-refund-and-merge',
    kind: 'ai_answer',
    caseId: C.kenMerge,
    note: 'AI answer to a form where the user also mentioned a refund; answers the merge part, links refund policy in passing',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-09 17:13:30', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `中村様

お問い合わせ内容から、次の 2 点についての参考情報を自動でお送りします。

(1) 認定アカウントの統合
認定アカウントの設定画面にある「アカウントの統合」から、もう一方のアカウントの資格情報を入力すると統合できます。統合元にも認定がある場合は、担当者がお手伝いします。

(2) 受験料の返金について
返金の可否は試験ポリシーのページをご覧ください。個別のご相談は別のお問い合わせとして承ります。

この自動案内は担当者の回答に代わるものではありません。`,
  }),

  // ======================= info_request =======================
  ja({
    slug: 'k-info-ids-which-keep',
    kind: 'info_request',
    caseId: C.kenMerge,
    note: 'asks for both candidate IDs, e-mail addresses and which account stays; Salesforce quote below',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-10 14:31:09', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

お世話になっております。AWS トレーニングと認定サポートの村井です。
認定アカウントの統合について承りました。手続きにあたり、お手数ですが次の項目をこのメールへの返信でお送りください。

・両アカウントの AWS 受験者 ID
・それぞれのアカウントにサインインする際のメールアドレス
・統合後に残すアカウントはどちらか

いただいた情報をもとに両アカウントを照合いたします。

村井
AWS トレーニングと認定

${ref('Kq01')}

${sf(K.keep, '2026/11/09 8:12', SUPPORT_ADDR, formNew(C.kenMerge), KEN_REQ)}`,
  }),
  ja({
    slug: 'm-info-gokakunin-address',
    kind: 'info_request',
    caseId: C.misakiMerge,
    trap: true,
    note: 'worded with 確認 but asks the user to tell which address she keeps: info_request',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-03 11:20:45', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

ご連絡ありがとうございます。担当の岡です。
お送りいただいた 2 つのアドレスのうち、今後ご利用になるのはどちらでしょうか。統合先となるアカウントのメールアドレスを、念のためご確認のうえお知らせいただけますか。
あわせて、旧アカウントで最後に受験された試験名がわかれば書き添えてください。

AWS トレーニングと認定 カスタマーサポート
岡`,
  }),
  ja({
    slug: 'r-info-write-from-kept',
    kind: 'info_request',
    caseId: C.ryoMerge,
    note: 'asks the user to write from the kept address AND to send both IDs: info_request',
    from: SUPPORT,
    to: `${R.ja} <${R.src}>`,
    cc: rTo,
    subject: form(C.ryoMerge),
    hdr: 'sjis',
    date: d('2027-01-12 16:05:51', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

ご連絡いただいたアドレスは統合元のもののようです。本人確認のため、恐れ入りますが統合先 (残す方) のメールアドレスから、本メールに返信する形で以下をお知らせ願います。

- 統合先アカウントの受験者 ID
- 統合元アカウントの受験者 ID
- ご氏名(ローマ字)

どうぞよろしくお願いいたします。
サポート担当 西村`,
  }),
  ja({
    slug: 'k-info-outlook-refund-aside',
    kind: 'info_request',
    caseId: C.kenMerge,
    note: 'asks for the pass date of one exam; mentions the refund case only in passing; Outlook-style quote',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-11 10:02:33', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。
照合したところ、統合元アカウント ${K.srcId} に同姓同名の別の方の受験記録と思われるものがありました。ご本人の記録であるかを判断するため、旧アカウントで合格された試験名と、おおよその受験日を教えていただけますでしょうか。

なお、メールの末尾にいただいた受験料の返金の件は、別ケースの担当が対応しております。こちらのケースでは統合についてのみご案内いたします。

村井

${olJa('2026-11-10 22:48', `${K.ja} <${K.keep}>`, SUPPORT_ADDR, form(C.kenMerge))}

村井様

受験者 ID は次のとおりです。残すのは ${K.keep} です。
${K.keepId} / ${K.srcId}

ついでで恐縮ですが、先月キャンセルした試験の返金がまだのようです。
中村`,
  }),
  ja({
    slug: 'm-info-html-screenshot',
    kind: 'info_request',
    caseId: C.misakiMerge,
    note: 'HTML-only: asks for a screenshot of the profile page of the old account',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-04 15:40:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<div>小林 美咲 様</div><br>
<div>旧アカウント(${esc(M.src)})の認定アカウント画面で、「プロフィール」タブを開いた状態のスクリーンショットをご用意いただけますか。<br>
受験者 ID と登録氏名が写っていれば十分です。このメールに添付してご返信ください。</div><br>
<div>AWS トレーニングと認定<br>岡</div>
<div style="font-size:11px;color:#888">ケース ${C.misakiMerge}</div>`),
  }),
  ja({
    slug: 'r-info-no-request-word-typo',
    kind: 'info_request',
    caseId: C.ryoMerge,
    note: 'asks without a request verb: states the source ID is missing and what it is needed for; typo',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    date: d('2027-01-13 09:15:27', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ご返信ありがとうございます。
いただいたメールには統合先の受験者IDのみ記載されており、統合元アカウントの受験者IDが見当たりませんでした。統合元のIDがあれば、こちらで両アカウンを照合して手続きにすすめます。

西村`,
  }),
  ja({
    slug: 'fake-info-password',
    kind: 'info_request',
    caseId: C.kenMerge,
    trusted: false,
    note: 'forged information request (authserv-id is a look-alike of the receiving server) asking for passwords',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-11 19:44:09', '+0900'),
    auth: 'lookalikeServer',
    enc: 'utf8b64',
    text: `中村様

統合作業のため、両アカウントのサインイン用パスワードと、ワンタイムコードを本メールにご記入ください。
ご返信がない場合、統合は取り消されます。

AWS サポート`,
  }),
  ja({
    slug: 'k-info-romaji-name',
    kind: 'info_request',
    caseId: C.kenMerge,
    note: 'asks for name and company in romaji; name-correction request is mentioned only as a separate matter',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-12 13:27:18', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

試験の記録を確認できました。ありがとうございます。
統合の記録を残すため、ご氏名と会社名をローマ字表記でお知らせくださいませ。
(認定証に印字されるお名前の修正をご希望の場合は、統合とは別のお手続きになりますので、統合完了後にお申し出ください。)

村井 / AWS Training and Certification`,
  }),

  // ======================= confirmation_request =======================
  ja({
    slug: 'k-confirm-irreversible-gmail',
    kind: 'confirmation_request',
    caseId: C.kenMerge,
    note: 'asks for consent to an irreversible merge by reply; Japanese Gmail quote of the user',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-13 11:08:52', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

必要な情報をお送りいただきありがとうございました。
${K.srcId} を ${K.keepId} に統合する準備が整っております。統合後に元へ戻すことはできかねますので、この内容で進めてよいか、本メールへのご返信でお知らせください。ご同意をいただき次第、作業に入ります。

村井

${gmJa('2026-11-12 23:02', `${K.ja} <${K.keep}>`)}
${q(`村井様\n\nNAKAMURA Kenichi / OLDWORKS Co., Ltd. です。\nよろしくお願いします。`)}`,
  }),
  ja({
    slug: 'm-confirm-exam-booked-aside',
    kind: 'confirmation_request',
    caseId: C.misakiMerge,
    note: 'consent request; mentions in passing her pending exam reschedule (other matter)',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-07 10:30:11', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

スクリーンショットのご送付ありがとうございました。
統合元 ${M.srcId}、統合先 ${M.keepId} として手続きを進める予定です。この統合は取り消しができない処理となりますため、同意いただけるかどうかを本メールへご返信ください。

ご予約中の試験の日程変更については、統合による影響はございません(日程変更のお問い合わせは別途承っているケースでご案内いたします)。

岡`,
  }),
  ja({
    slug: 'r-confirm-sjisb64-table',
    kind: 'confirmation_request',
    caseId: C.ryoMerge,
    note: 'Shift_JIS base64: lists the plan and asks 「この内容で統合してよろしいでしょうか」',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    hdr: 'sjis',
    date: d('2027-01-14 14:00:05', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `高橋 諒 様

以下の内容で統合を行います。

  統合先(残るアカウント) : ${R.keepId}  ${R.keep}
  統合元(無効になるアカウント): ${R.srcId}  ${R.src}

統合元の認定・試験履歴・特典はすべて統合先へ移り、この操作は元に戻せません。
この内容で統合してよろしいでしょうか。問題なければ、その旨ご返信をお願いします。

西村`,
  }),
  ja({
    slug: 'k-confirm-mixed-bilingual',
    kind: 'confirmation_request',
    caseId: C.kenMerge,
    note: 'bilingual consent request (Japanese first, English copy), QP',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-13 02:15:40', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様 / Dear Kenichi,

統合はいったん行うと取り消すことができません。ご了承いただけましたら「同意します」とご返信ください。
Please note the merge cannot be reversed. Reply "I agree" if you would like us to go ahead.

AWS トレーニングと認定 / AWS Training and Certification
Case ${C.kenMerge}`,
  }),
  ja({
    slug: 'm-confirm-html-alt-jis',
    kind: 'confirmation_request',
    caseId: C.misakiMerge,
    note: 'multipart/alternative ISO-2022-JP base64: consent requested, phrased as 差し支えなければ',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-08 09:12:44', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林 美咲 様

統合の準備ができました。
差し支えなければ、「統合に同意する」と一言ご返信ください。統合後は元のアカウントを個別に利用することはできなくなります。

岡
ケース ${C.misakiMerge}`,
    html: htmlDoc(`<p>小林 美咲 様</p><p>統合の準備ができました。<br>差し支えなければ、「統合に同意する」と一言ご返信ください。統合後は元のアカウントを個別に利用することはできなくなります。</p><p>岡<br>ケース ${C.misakiMerge}</p>`),
  }),
  ja({
    slug: 'r-confirm-resent-oldcorp',
    kind: 'confirmation_request',
    caseId: C.ryoMerge,
    forUser: false,
    note: 'consent request that reached the old company mailbox and was redirected (Resent-*): not for the user; case ID only in body',
    from: SUPPORT,
    to: `${R.ja} <${R.src}>`,
    subject: 'AWS Training and Certification: ご確認のお願い',
    date: d('2027-01-14 14:02:10', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'postmaster@prevcorp.example.jp', to: 'it-helpdesk@prevcorp.example.jp', date: d('2027-01-14 14:05:00', '+0900') },
    text: `高橋様

(ケース ${C.ryoMerge})
統合元アドレスにも同じご案内をお送りしています。統合を実行してよいか、統合先のアドレスからご返信ください。統合は元に戻せません。

西村`,
  }),
  ja({
    slug: 'fake-confirm-fail-then-pass',
    kind: 'confirmation_request',
    caseId: C.misakiMerge,
    trusted: false,
    note: 'consent request whose top A-R says fail; a planted pass sits lower',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-08 18:40:00', '+0900'),
    auth: 'failThenForged',
    enc: 'utf8b64',
    text: `小林様

統合を実行してよろしいですか。同意される場合は、下のボタンを押してください。
[同意して統合する]

サポート`,
  }),
  ja({
    slug: 'k-confirm-long-thread',
    kind: 'confirmation_request',
    caseId: C.kenMerge,
    note: 'second consent request after the user changed which account to keep; long thread (Outlook + Salesforce quotes)',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-16 10:10:10', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

ご指摘ありがとうございます。残すアカウントを ${K.keepId} (${K.keep}) として手続き内容を改めました。
改めてのお願いとなり恐縮ですが、この内容で統合してよいか、ご意向をお返事いただけますか。統合は取り消しできません。

村井

${olJa('2026-11-14 08:41', `${K.ja} <${K.keep}>`, SUPPORT_ADDR, form(C.kenMerge))}

村井様
すみません、前回のメールで残す方を逆に書いていました。
残したいのは個人アドレスの方です。
中村

${sf(SUPPORT_ADDR, '2026/11/13 11:08', K.keep, form(C.kenMerge), `中村 健一 様\n\n必要な情報をお送りいただきありがとうございました。\n(以下略)`)}`,
  }),

  // ======================= merge_completed =======================
  ja({
    slug: 'k-merged-done',
    kind: 'merge_completed',
    caseId: C.kenMerge,
    note: 'support says the merge was carried out; restates the IDs',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-17 09:03:26', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

ご返信ありがとうございました。
本日、${K.srcId} から ${K.keepId} への統合作業を終えました。${K.keep} で認定アカウントにサインインし、認定や特典が表示されていることをご確認いただけます。

村井`,
  }),
  ja({
    slug: 'm-merged-skill-aside',
    kind: 'merge_completed',
    caseId: C.misakiMerge,
    note: 'merge done; the Skill Builder subscription question is said to be answered by another team',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-09 16:22:09', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

お待たせいたしました。ご同意いただいた内容で、2 つの認定アカウントを統合いたしました。
以後は ${M.keep} のアカウントでサインインしてください。旧アカウントの認定 2 件、試験履歴、50% 割引特典もこちらに表示されます。

Skill Builder のサブスクリプション請求に関するご質問は、担当部署より別途ご連絡いたします。

岡`,
  }),
  ja({
    slug: 'r-merged-iko-sjis',
    kind: 'merge_completed',
    caseId: C.ryoMerge,
    note: 'Shift_JIS: 移行が完了 (records moved into the kept account)',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    hdr: 'sjis',
    date: d('2027-01-15 11:31:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

統合元アカウントの認定と試験の記録を、統合先 ${R.keepId} へ移行し終えました。
統合元のアカウントは本日付で無効となっています。

西村`,
  }),
  ja({
    slug: 'portal-merged-notice-ja',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal notice: accounts merged (no case ID); multipart',
    from: PORTAL,
    to: rTo,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2027-01-15 02:29:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 諒 さん

お使いの AWS 認定アカウントに、別のアカウントが統合されました。
統合されたアカウント: ${R.src}
統合日時: 2027/01/15 11:29 (JST)

身に覚えがない場合は、AWS トレーニングと認定のサポートへお問い合わせください。

AWS 認定`,
    html: htmlDoc(`<h3>AWS 認定</h3><p>高橋 諒 さん</p><p>お使いの AWS 認定アカウントに、別のアカウントが統合されました。</p><table><tr><td>統合されたアカウント</td><td>${R.src}</td></tr><tr><td>統合日時</td><td>2027/01/15 11:29 (JST)</td></tr></table><p>身に覚えがない場合は、AWS トレーニングと認定のサポートへお問い合わせください。</p>`),
  }),
  ja({
    slug: 'k-merged-and-closing',
    kind: 'merge_completed',
    caseId: C.kenMerge,
    note: 'merge done and the case will be closed: the new fact is the merge',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-17 09:30:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

ご依頼の統合処理を行い、統合元の認定と試験履歴が統合先 ${K.keepId} に表示されるようになりました。
本件は以上で対応完了となりますので、こちらのケースはクローズいたします。

別途お問い合わせいただいている返金の件は、引き続き別の担当からご連絡いたします。

村井`,
  }),
  ja({
    slug: 'fake-merged-lookalike-co',
    kind: 'merge_completed',
    caseId: C.misakiMerge,
    trusted: false,
    note: 'look-alike domain amazon-support.co says the merge finished and asks to sign in via a link',
    from: 'AWS トレーニングと認定 <support@amazon-support.co>',
    to: mTo,
    subject: `Re: [CASE ${C.misakiMerge}] 統合完了`,
    date: d('2026-12-09 20:11:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

アカウント統合が完了しました。
下記リンクから新しいパスワードを設定してください。
http://amazon-support.co/login

サポートチーム`,
  }),
  ja({
    slug: 'r-merged-gmail-typo',
    kind: 'merge_completed',
    caseId: C.ryoMerge,
    note: 'short note with typos that the merge was performed; Gmail quote of the consent below',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    date: d('2027-01-15 10:58:40', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ご同意ありがとうございまいた。さきほど統合処理を実地いたしました。
${R.keep} にてサインインのうえ、ご確認くださいませ。

西村

${gmJa('2027-01-14 21:30', `${R.ja} <${R.keep}>`)}
${q(`西村様\n\nその内容で問題ありません。統合をお願いします。\n\n高橋`)}`,
  }),
  ja({
    slug: 'm-merged-html-only-refund-aside',
    kind: 'merge_completed',
    caseId: C.misakiMerge,
    note: 'HTML-only merge notice (UTF-8 base64); the voucher order is mentioned in passing',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-09 15:02:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>いつもお世話になっております。<br>
ご依頼いただいておりました認定アカウントの統合作業が終わりました。旧アカウント ${M.srcId} の情報は、すべて ${M.keepId} に統合されています。</p>
<p>チーム向けバウチャーのご注文につきましては、法人窓口よりご案内が届きますのでそちらをご確認ください。</p>
<p>AWS トレーニングと認定<br>岡</p>`),
  }),

  // ======================= badges_transferred =======================
  ja({
    slug: 'k-credly-aws-badge',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly (issuer AWS) badge notice to the kept address after the merge',
    from: CREDLY_AWS,
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    date: d('2026-11-18 03:40:12', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
バッジを受け取って、プロフィールで共有しましょう。

バッジを入手する: https://www.credly.com/earner/earned/badge/9b1f3e2a

Credly`,
    html: htmlDoc(`<p>中村 健一 さん</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/9b1f3e2a">バッジを入手する</a></p>`),
  }),
  ja({
    slug: 'm-support-badges-moved',
    kind: 'badges_transferred',
    caseId: C.misakiMerge,
    note: 'support says the Credly badges were moved to the kept address',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-11 13:14:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

デジタルバッジが旧アドレスに残っているとのご連絡、ありがとうございました。
Credly のバッジ 2 件を ${M.keep} 宛てに付け替えました。Credly にサインインすると、統合先のプロフィールに表示されているはずです。

岡`,
  }),
  ja({
    slug: 'r-badges-moved-and-close-sjis',
    kind: 'badges_transferred',
    caseId: C.ryoMerge,
    note: 'Shift_JIS: badges re-issued to the kept account and the case closes',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    hdr: 'sjis',
    date: d('2027-01-18 17:45:10', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

Credly のバッジ(3件)を統合先のメールアドレスで再発行しました。Credly からのメールをご確認のうえ、受け取りの手続きをお願いします。
以上をもちまして本件は完了とし、ケースをクローズいたします。

西村`,
  }),
  ja({
    slug: 'fake-credly-capital-i',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'badge notice from credIy.com (capital I look-alike)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    date: d('2026-12-11 22:10:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林 美咲 さん

あなたのバッジが新しいアカウントに移されました。受け取るにはサインインしてください。
https://credly-badges.example.net/claim`,
  }),
  ja({
    slug: 'm-credly-aws-html-only',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML-only Credly notice (issuer AWS) to the kept address, UTF-8 QP',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    hdr: 'utf8q',
    date: d('2026-12-11 05:02:33', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<table width="600"><tr><td>
<p>小林 美咲 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification があなたに「AWS Certified Developer - Associate」バッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/c47d0a11" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p style="font-size:11px">このメールは ${M.keep} 宛てに送信されています。</p>
</td></tr></table>`),
  }),
  ja({
    slug: 'k-support-badges-billing-aside',
    kind: 'badges_transferred',
    caseId: C.kenMerge,
    note: 'support moved the badges; points the AWS account billing question to AWS Support in passing',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-20 12:00:40', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

統合後にバッジが旧アドレスのままになっていた件、Credly 側で統合先のアドレスへの移し替えが済みました。
お手数ですが Credly にサインインして、バッジが表示されているかご覧ください。

なお、ご質問の AWS アカウントの請求については、こちらの窓口では取り扱いがないため、AWS サポートセンターからお問い合わせいただけますと幸いです。

村井`,
  }),
  ja({
    slug: 'r-credly-no-auth',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'Credly AWS badge mail with no Authentication-Results at all',
    from: CREDLY_AWS,
    to: R.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    wholeSubject: true,
    date: d('2027-01-19 02:18:00', '+0000'),
    auth: 'none',
    enc: 'utf8b64',
    text: `高橋 諒 さん

Amazon Web Services Training and Certification から「AWS Certified SysOps Administrator - Associate」バッジが届いています。
バッジを入手する: https://www.credly.com/earner/earned/badge/51e0aa2c`,
  }),

  // ======================= case_closed =======================
  ja({
    slug: 'k-autoclose-3days',
    kind: 'case_closed',
    caseId: C.kenMerge,
    note: 'reminder: the case will close automatically if there is no reply within 3 days',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-24 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

先日のご案内以降、ご連絡をいただいておりませんので確認のためご連絡いたしました。
このまま3日間ご返信がない場合、本ケースは自動的に終了となります。追加のご質問があれば、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'm-close-restates-merge',
    kind: 'case_closed',
    caseId: C.misakiMerge,
    trap: true,
    note: 'closing notice that only restates the merge done last week',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-16 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

先週ご案内のとおり統合とバッジの移行は終わっておりますので、本ケースはこれにて終了とさせていただきます。
また何かございましたら、新しいお問い合わせとしてご連絡ください。

岡`,
  }),
  ja({
    slug: 'r-resolved-notify-sjis',
    kind: 'case_closed',
    caseId: C.ryoMerge,
    note: 'Shift_JIS AWS Support notice: case marked resolved',
    from: AWS_NOTIFY,
    to: rTo,
    subject: `ケース ${C.ryoMerge} は解決済みになりました`,
    hdr: 'sjis',
    date: d('2027-01-19 00:10:00', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `お客様

ケース ${C.ryoMerge}(認定アカウントの統合について)は「解決済み」に変更されました。
ケースを再開するには、14 日以内にサポートセンターから返信してください。

アマゾン ウェブ サービス`,
  }),
  ja({
    slug: 'm-close-html-only',
    kind: 'case_closed',
    caseId: C.misakiMerge,
    note: 'HTML-only closing notice, QP',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-18 18:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<div>小林様</div><div>&nbsp;</div><div>ご返信がございませんでしたので、本件はクローズさせていただきました。<br>ご協力ありがとうございました。</div><div>&nbsp;</div><div>AWS Training and Certification</div>`),
  }),
  ja({
    slug: 'r-close-long-gmail',
    kind: 'case_closed',
    caseId: C.ryoMerge,
    note: 'closing reply above a long Gmail-quoted thread',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    date: d('2027-01-20 09:40:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

バッジも受け取れたとのこと、安心いたしました。
ご確認のご連絡をいただきましたので、本ケースはこれでクローズといたします。

西村

${gmJa('2027-01-19 22:12', `${R.ja} <${R.keep}>`)}
${q(`西村様\n\nバッジ3つとも受け取れました。ありがとうございました。\n\n${gmJa('2027-01-18 17:45', `AWS Training and Certification <${SUPPORT_ADDR}>`)}\n${q('高橋様\n\nCredly のバッジ(3件)を統合先のメールアドレスで再発行しました。')}`)}`,
  }),
  ja({
    slug: 'fake-close-other-authserv',
    kind: 'case_closed',
    caseId: C.kenMerge,
    trusted: false,
    note: 'closing notice whose only A-R comes from another authserv-id below the server Received',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-25 12:00:00', '+0900'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `中村様

本ケースは終了しました。今後のご連絡は下記フォームからお願いします。
http://aws-case-form.example.org/

サポート`,
  }),
  ja({
    slug: 'm-autoclose-voucher-aside-8bit',
    kind: 'case_closed',
    caseId: C.misakiMerge,
    note: 'auto-close reminder (UTF-8 8bit); voucher order mentioned in passing',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-14 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `小林様

その後いかがでしょうか。バッジの表示についてお返事がまだのようですので、念のためご連絡しました。
72 時間以内にご返信がない場合、本件は解決したものとしてクローズされます。
(チーム用バウチャーのご注文は別の窓口が担当しております。)

岡`,
  }),

  // ======================= support_reply =======================
  ja({
    slug: 'k-thanks-for-agreeing',
    kind: 'support_reply',
    caseId: C.kenMerge,
    trap: true,
    note: 'thanks for the consent, handed to the team: not yet the merge',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-16 15:20:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

ご同意のご連絡、確かに拝受しました。
担当チームへ統合作業を依頼いたしましたので、完了まで今しばらくお待ちください。作業が済み次第、改めてご連絡いたします。

村井`,
  }),
  ja({
    slug: 'm-escalated-3to5',
    kind: 'support_reply',
    caseId: C.misakiMerge,
    note: 'status: forwarded to the specialist team, 3-5 business days',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-05 12:12:12', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

お問い合わせの件、専門チームに引き継ぎました。
確認には通常3から5営業日ほどかかります。進展がありましたらこちらからご連絡いたしますので、重ねてのお問い合わせはお控えいただけますと助かります。

岡`,
  }),
  ja({
    slug: 'r-future-once-merged-sjis',
    kind: 'support_reply',
    caseId: C.ryoMerge,
    trap: true,
    note: 'future statement: 統合が完了しましたらご連絡します',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    hdr: 'sjis',
    date: d('2027-01-14 22:05:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

お返事ありがとうございます。作業の手配をいたしました。
統合が完了しましたら、このケースにてお知らせします。

西村`,
  }),
  ja({
    slug: 'k-duplicate-cases-merged',
    kind: 'support_reply',
    caseId: C.kenMerge,
    trap: true,
    note: '"duplicate cases were merged" is about cases, not accounts',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-10 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中村様

同じ内容のお問い合わせを 2 件いただいておりましたので、ケースを1件に統合しました。今後はケース ${C.kenMerge} でやり取りさせていただきます。
もう一方のケースにはご返信いただかなくて大丈夫です。

村井`,
  }),
  ja({
    slug: 'm-not-yet-merged',
    kind: 'support_reply',
    caseId: C.misakiMerge,
    trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-08 17:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

旧アカウントでまだサインインできるとのご連絡ですが、現時点では統合処理は完了しておりません。
ご同意のメールを確認でき次第、作業を進めます。

岡`,
  }),
  ja({
    slug: 'r-voucher-after-merge-answer',
    kind: 'support_reply',
    caseId: C.ryoMerge,
    note: 'answers a question (does the 50% voucher survive the merge?)',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    date: d('2027-01-13 18:22:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

ご質問いただいた割引特典についてお答えします。
統合元で獲得した次回試験の50%割引特典は、有効期限内のものであれば統合先に引き継がれます。期限の延長はできかねますのでご注意ください。

西村`,
  }),
  ja({
    slug: 'k-refund-elsewhere-merge-continues',
    kind: 'support_reply',
    caseId: C.kenMerge,
    note: 'merge-case reply that redirects the refund question to the other case and says the merge work continues',
    from: SUPPORT,
    to: kTo,
    subject: form(C.kenMerge),
    date: d('2026-11-12 09:45:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

受験料の返金についてのお尋ねは、すでにお持ちの別ケース(${C.kenRefund})で担当者がお答えします。
こちらのケースでは、引き続きアカウント統合の確認を進めてまいります。いただいたローマ字表記の氏名は記録いたしました。

村井`,
  }),
  ja({
    slug: 'm-cannot-merge-name',
    kind: 'support_reply',
    caseId: C.misakiMerge,
    trap: true,
    note: 'unable to merge because the registered names differ; no data requested',
    from: SUPPORT,
    to: mTo,
    subject: form(C.misakiMerge),
    date: d('2026-12-06 10:10:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

確認いたしましたところ、2つのアカウントで登録氏名の表記が異なっているため、このままでは統合を行うことができません。
社内で取り扱いを確認しておりますので、今しばらくお時間をください。

岡`,
  }),
  ja({
    slug: 'fake-reply-dmarc-fail',
    kind: 'support_reply',
    caseId: C.ryoMerge,
    trusted: false,
    note: 'status update with dmarc=fail on top',
    from: SUPPORT,
    to: rTo,
    subject: form(C.ryoMerge),
    date: d('2027-01-13 23:50:00', '+0900'),
    auth: 'fail',
    enc: 'utf8qp',
    text: `高橋様

現在担当部署で確認中です。進捗はこちらのポータルでご覧いただけます。
https://aws-case-status.example.info/

サポート`,
  }),
];
