// Japanese messages of held-out corpus j. Every text was written fresh for this set.
import type { Msg } from './lib.js';
import { rfcDate } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, KEN, KEN_REQ, MISAKI, MISAKI_REQ, SHO, SHO_REQ, SUPPORT, SUPPORT_BARE, YUI, YUI_REQ,
  formSubject, gmailJa, htmlDoc, mk, newSubject, outlookJa, paras, quote, sfOriginal, sfRef, to, toSrc,
} from './common.js';

const J = '+0900';
const d = (s: string, tz = J): string => rfcDate(s, tz);

const SIG_JA = `AWS トレーニングと認定 カスタマーサポート
Amazon Web Services`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-ken', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case with its case ID and the usual 24h promise',
    from: SUPPORT, to: to(KEN), subject: newSubject(CASE.ken), date: d('2026-02-09 21:14:03'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `${KEN.ja} 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース ID ${CASE.ken} として登録されました。

通常、24 時間以内に担当者よりメールでご連絡いたします。
なお、すでにケースを作成されている場合、同じ内容で別のケースを作成しないでください。
ケースが重複すると、回答までにお時間をいただく原因となります。

このメールは送信専用アドレスから自動で送信されています。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-ack-misaki-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'receipt echoing the submitted form fields; lists "information provided" but asks for nothing, it is the ack',
    from: SUPPORT, to: to(MISAKI), subject: newSubject(CASE.misaki), date: d('2026-03-16 08:02:47'), enc: 'utf8qp',
    text: `このメールは自動送信です。

高橋 美咲 様

お問い合わせを受け付けました(ケース番号: ${CASE.misaki})。
以下はフォームにご入力いただいた情報の控えです。

-----
お名前: 高橋 美咲
会社名: (未入力)
AWS 候補者 ID: ${MISAKI.keepId}
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合
内容:
${MISAKI_REQ}
-----

担当者が内容を確認し、順次ご連絡いたします。ご返信の際は件名を変更せずにお送りください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-sho', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'Japanese receipt with English boilerplate: the case was opened',
    from: SUPPORT, to: to(SHO), subject: newSubject(CASE.sho), date: d('2026-04-06 12:40:19'), enc: 'sjis8',
    text: `中村 翔 様

AWS トレーニングと認定サポートです。お問い合わせありがとうございます。
受付番号 ${CASE.sho} にて承りました。1 営業日以内を目安にご返信いたします。

Case ID: ${CASE.sho}
Status: Unassigned
Subject: account-assistance

※このメールへの返信は不要です。

Thank you for contacting AWS Training and Certification.`,
  }),
  mk({
    slug: 'ja-ack-yui-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui,
    note: 'AWS Support HTML notice that a support case was created',
    from: AWS_NOTIFY, to: to(YUI), subject: `AWS サポート: ケース ${CASE.yui} が作成されました`, date: d('2026-05-11 19:55:02'), enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px">Amazon Web Services</td></tr>
<tr><td style="padding:16px">
<p>小林 結衣 様</p>
<p>サポートケースを作成しました。ケース ID: <b>${CASE.yui}</b></p>
<p>件名: アカウントの統合について<br>重要度: 一般的なガイダンス<br>カテゴリ: AWS トレーニングと認定</p>
<p>担当者からの返信はこのメールアドレス宛てに届きます。ケースの内容はサポートセンターからもご確認いただけます。</p>
<p style="color:#777;font-size:12px">このメッセージは自動送信されています。返信はできません。</p>
</td></tr></table>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-ken-second', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup,
    note: 'receipt for a second case the customer opened; still an acknowledgement with its own case ID',
    from: SUPPORT, to: to(KEN), subject: newSubject(CASE.kenDup), date: d('2026-02-11 07:31:50'), enc: 'jisb64',
    text: `鈴木 健一 様

お問い合わせありがとうございます。以下のケースを起票しました。

 ケース ID : ${CASE.kenDup}
 受付日時  : 2026/02/11 07:31 (JST)

担当窓口より追ってご連絡を差し上げます。恐れ入りますが今しばらくお待ちください。

--
${SIG_JA}`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.phishJa, trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-training-support.jp): untrusted ack',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp>', to: to(SHO), subject: `[CASE ${CASE.phishJa}] お問い合わせ受付のお知らせ`, date: d('2026-04-07 02:11:36'), enc: 'utf8qp',
    text: `中村 翔 様

お問い合わせを受け付けました。ケース番号: ${CASE.phishJa}
お手続きを円滑に進めるため、48時間以内に下記ページからサインインしてください。
https://aws-training-support.jp/signin?case=${CASE.phishJa}

AWS Training & Certification`,
  }),
  mk({
    slug: 'ja-ack-yui-teamlist', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui, forUser: false,
    note: 'copy of the case receipt delivered to a team mailing list, not to the user',
    from: SUPPORT, to: 'クラウド推進チーム <cloud-team@partner.example.co.jp>', subject: newSubject(CASE.yui), date: d('2026-05-11 19:55:40'), enc: 'sjisb64',
    text: `ご担当者様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID ${CASE.yui} について、担当者が確認のうえご連絡いたします。

同一の内容で新たにケースを作成されますと、対応が遅れる場合がございます。

${SIG_JA}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-ken', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated suggestion pointing at the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: to(KEN), subject: 'AWS サポート: ご質問への AI 回答', date: d('2026-02-09 21:06:12'), enc: 'utf8qp',
    text: `鈴木 健一 様

お問い合わせ内容をもとに、生成 AI が次の回答を作成しました。内容が正確でない場合があります。

■ 認定アカウントを 1 つにまとめるには
1. aws.training にサインインし、[認定] から AWS 認定アカウントを開きます。
2. プロフィールメニューの「アカウントの統合 (Merge Accounts)」を選択します。
3. 統合したいもう一方のアカウントのメールアドレスを入力し、画面の指示に従います。

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その際は「ケースを作成」を選択して担当者にお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-misaki-after', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that describes what happens after a merge (badges, certs move); stays ai_answer',
    from: AWS_NOTIFY, to: to(MISAKI), subject: 'AI によるご案内 - AWS トレーニングと認定', date: d('2026-03-16 07:58:30'), enc: 'jis7',
    text: `以下は AI アシスタントによる自動回答です。

ご質問: 会社と個人の認定アカウントをまとめたい

回答:
認定アカウントの統合が完了すると、統合元の認定、試験履歴、特典(次回受験の 50% 割引バウチャーなど)は統合先のアカウントに表示されるようになります。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで改めて受け取る必要がある場合があります。
まずは認定アカウントのプロフィールにある統合ツールをお試しください。

解決しない場合は、このページの「ケースを作成」から担当者へご相談いただけます。`,
  }),
  mk({
    slug: 'ja-ai-sho-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'multipart AI suggestion (self-service tool first, then create a case)',
    from: AWS_NOTIFY, to: to(SHO), subject: 'お問い合わせへの自動回答', date: d('2026-04-06 12:31:04'), enc: 'utf8b64',
    text: `中村 翔 様

AI が生成した回答をお送りします。

複数の AWS 認定アカウントをお持ちの場合は、認定アカウントにサインインし、プロフィールの「Merge Accounts」ツールから統合を試すことができます。
ツールでエラーになる場合は、サポートケースの作成をご検討ください。

この回答で問題が解決しましたか? はい / いいえ`,
    html: htmlDoc(paras(`中村 翔 様

AI が生成した回答をお送りします。

複数の AWS 認定アカウントをお持ちの場合は、認定アカウントにサインインし、プロフィールの「Merge Accounts」ツールから統合を試すことができます。
ツールでエラーになる場合は、サポートケースの作成をご検討ください。`) + '\n<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">はい</a> / <a href="https://support.aws.amazon.com/#/contacts/aws-training">いいえ</a></p>', 'ja'),
  }),
  mk({
    slug: 'ja-ai-yui-short', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'short automated answer recommending the Merge Accounts tool',
    from: AWS_NOTIFY, to: to(YUI), subject: '自動回答: 認定アカウントの統合', date: d('2026-05-11 19:49:57'), enc: 'sjis8',
    text: `生成AIによる回答(参考情報)

アカウントの統合はセルフサービスで行える場合があります。
AWS 認定アカウント > プロフィール > Merge Accounts をご確認ください。
どちらのアカウントにも認定がある場合は、担当者が対応いたしますのでケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-ken-badges', kind: 'ai_answer', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'automated answer on the case about Credly badges after a merge; advice, not a transfer',
    from: AWS_NOTIFY, to: to(KEN), subject: `ケース ${CASE.ken}: 自動アシスタントからの回答`, date: d('2026-02-14 10:20:31'), enc: 'jisb64',
    text: `ケース ${CASE.ken} に追加されたご質問に、自動アシスタントがお答えします。
(この回答は AI によって生成されています)

Q. 統合後に Credly のバッジが見当たりません。
A. 認定アカウントの統合後、Credly のバッジは自動で移らないことがあります。
   Credly に統合先のメールアドレスでサインインし、保留中のバッジを受け取ってください。
   統合元のメールアドレスを Credly アカウントのセカンダリアドレスとして追加すると、表示されることがあります。

引き続き担当者の対応が必要な場合は、このケースにご返信ください。`,
  }),
  mk({
    slug: 'ja-ai-forged', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'forgedBelow',
    note: 'AI suggestion, but the only dmarc=pass sits below the server Received line: untrusted',
    from: AWS_NOTIFY, to: to(MISAKI), subject: 'AWS サポート: AI 回答', date: d('2026-03-15 23:44:10'), enc: 'utf88bit',
    text: `高橋 美咲 様

AI アシスタントの回答です。
認定アカウントの統合は、aws.training のプロフィール画面からご自身で実行できます。
うまくいかない場合はケースを作成してください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-ken-long', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'agent restates the request and asks for candidate IDs, login/notification e-mails and which account to keep',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-10 16:22:08'), enc: 'jis7',
    references: '<ken-req-0209@example.net>',
    text: `鈴木 健一 様

AWS トレーニングと認定サポートの 森 でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた内容を、以下のとおり理解しております。
・前職の会社メールアドレスで作成された AWS 認定アカウントがある
・個人のメールアドレスで作成された AWS 認定アカウントがある
・2 つのアカウントを 1 つにまとめ、認定をすべて個人アカウントで管理したい

お手続きを進めるにあたり、両方のアカウントについて次の情報をお知らせいただけますでしょうか。

1. AWS 候補者 ID(AWS から始まる番号)
2. サインインに使用しているメールアドレス
3. aws.training の通知用メールアドレス
4. 認定に関する通知を受け取るメールアドレス
5. 保有されている認定の名称と取得日

あわせて、統合後に残すアカウント(統合先)はどちらか、明記していただけますと幸いです。

お手数をおかけいたしますが、本メールにご返信くださいますようお願い申し上げます。

${SIG_JA}
${sfRef('Kq81xZ')}

${sfOriginal(KEN.keep, '2026/02/09 21:13', SUPPORT_BARE, newSubject(CASE.ken), KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-misaki-confirm', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'asks her to check and tell which e-mail address she keeps (「ご確認のうえお知らせください」): info, not consent',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-17 11:05:44'), enc: 'utf8qp',
    text: `高橋様

お世話になっております。AWS トレーニングと認定サポートでございます。

統合後にご利用いただくメールアドレスについて、念のため確認させてください。
ご依頼文では ${MISAKI.keep} とありますが、候補者 ID ${MISAKI.keepId} に登録されているサインイン用アドレスが異なるようです。
どちらのアドレスを今後お使いになるか、ご確認のうえお知らせください。

ご返信をお待ちしております。

AWS Training and Certification カスタマーサービス`,
  }),
  mk({
    slug: 'ja-info-sho-writefrom-ids', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks him to write from the kept address AND send both candidate IDs: info_request',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-07 15:18:23'), enc: 'sjis8',
    text: `中村 翔 様

ご連絡ありがとうございます。
本人確認のため、統合先としてご希望のアカウントに登録されたメールアドレス(${SHO.keep})から、
このメールに直接ご返信いただけますでしょうか。
その際、大学のアドレスで作成されたアカウントの AWS 候補者 ID も併せてご記載ください。

どうぞよろしくお願いいたします。

${SIG_JA}

${quote(SHO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-yui-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.yui,
    note: 'asks for the certification-notification and Skill Builder addresses of both accounts; Outlook quote below',
    from: SUPPORT, to: to(YUI), subject: formSubject(CASE.yui), date: d('2026-05-12 13:47:12'), enc: 'jisb64',
    text: `小林 結衣 様

お問い合わせいただきありがとうございます。担当の 石井 です。

パートナー企業在籍時のアカウントを私用アカウントへ統合するご依頼と承知いたしました。
手続きに必要となりますので、各アカウントについて下記をご教示いただけますと幸いです。

 - 認定の通知を受け取っているメールアドレス
 - AWS Skill Builder にサインインする際のメールアドレス
 - APN(AWS パートナーネットワーク)経由でサインインしているかどうか

ご不明な点がございましたら、お気軽にお尋ねください。

石井
AWS トレーニングと認定

${outlookJa(`小林 結衣 <${YUI.keep}>`, '2026年5月11日 19:54', SUPPORT_BARE, newSubject(CASE.yui), YUI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-ken-missing-id', kind: 'info_request', lang: 'ja', caseId: CASE.ken, crlf: false,
    note: 'follow-up: the source candidate ID could not be found, please send it again',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-12 09:03:55'), enc: 'jis7',
    text: `鈴木様

ご返信ありがとうございます。
いただいた候補者 ID ${KEN.srcId} で検索いたしましたが、該当するアカウントが見つかりませんでした。
お手数ですが、統合元アカウントにサインインのうえ、画面右上に表示される候補者 ID を再度ご教示いただけますか。
スクリーンショットを添付していただいても構いません。

森
AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-info-misaki-exams', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'needs exam names and dates to identify the company account before merging',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-18 17:30:26'), enc: 'utf8b64',
    text: `高橋 美咲 様

いつもお世話になっております。
会社のアドレスに紐づくアカウントを特定するため、以下を教えていただけますでしょうか。

・そのアカウントで受験された試験名(例: AWS Certified Cloud Practitioner)
・受験日(おおよその時期で結構です)
・受験方式(テストセンター/オンライン)

情報がそろい次第、次の手順をご案内いたします。

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-info-freemail', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trusted: false,
    note: 'trusted display name on a free-mail address asking for IDs and a password: untrusted info_request',
    from: 'AWS Training and Certification <aws.cert.helpdesk@gmail.com>', to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-08 01:12:09'), enc: 'utf8qp',
    text: `中村様

アカウント統合のため、以下の情報を至急ご返信ください。
・両アカウントの候補者ID
・サインイン用メールアドレスとパスワード

24時間以内にご返信がない場合、手続きを中止いたします。
AWS Certification Support`,
  }),
  mk({
    slug: 'ja-info-sho-mixed', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'Japanese lead with an English form asking which account to keep and the IDs',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-09 10:26:40'), enc: 'sjisb64',
    text: `中村様

恐れ入りますが、下記の英語フォームにご記入のうえ、ご返信をお願いいたします(日本語でのご記入でも問題ございません)。

Account to keep (email / Candidate ID):
Account to be merged (email / Candidate ID):
Full name as shown on your certificates:

ご協力のほど、よろしくお願いいたします。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ja-info-yui-waiting', kind: 'info_request', lang: 'ja', caseId: CASE.yui,
    note: 'automated nudge that support is still waiting for the requested candidate ID',
    from: AWS_NOTIFY, to: to(YUI), subject: `ケース ${CASE.yui}: お客様からのご返信をお待ちしています`, date: d('2026-05-14 09:00:00'), enc: 'utf88bit',
    extra: ['Auto-Submitted: auto-generated'],
    text: `小林 結衣 様

ケース ${CASE.yui} について、担当者がお客様からの情報をお待ちしております。
先日お願いした「統合元アカウントの AWS 候補者 ID」を、このケースへの返信でお送りください。

サポートセンターからケースを開いて返信することもできます。

Amazon Web Services`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-ken-long', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'lists both accounts and certs, warns it cannot be undone, asks for a reply to proceed',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-13 14:41:17'), enc: 'jis7',
    text: `鈴木 健一 様

お待たせいたしました。AWS トレーニングと認定サポートの 森 です。
情報をお送りいただき、ありがとうございました。確認した内容は次のとおりです。

【統合先(残るアカウント)】
  候補者 ID: ${KEN.keepId}
  メールアドレス: ${KEN.keep}
  認定: AWS Certified Cloud Practitioner(2024/06/02 取得)

【統合元(統合後は利用できなくなるアカウント)】
  候補者 ID: ${KEN.srcId}
  メールアドレス: ${KEN.src}
  認定: AWS Certified Solutions Architect - Associate(2023/11/18 取得)
        AWS Certified Developer - Associate(2025/01/25 取得)

統合を実行すると、統合元の認定・試験履歴・特典はすべて統合先へ移り、元に戻すことはできません。
上記の内容で進めてよろしいか、本メールへのご返信にてお知らせください。ご返信を確認後、作業に着手いたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-misaki-doui', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks her to reply 「同意します」 before the irreversible merge',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-19 10:12:33'), enc: 'utf8qp',
    text: `高橋様

情報のご提供ありがとうございました。
${MISAKI.srcId} のアカウントを ${MISAKI.keepId} へ統合する準備が整いました。

この操作は取り消しができません。内容にご同意いただける場合は、本メールに「同意します」とご返信ください。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-conf-sho-short', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'short: reply if OK to go ahead; the merge cannot be reversed',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-10 18:09:02'), enc: 'sjis8',
    text: `中村様

大学のアカウント(${SHO.srcId})を現在のアカウント(${SHO.keepId})へまとめる形で準備しました。
マージ後の取り消しはできかねますので、問題なければその旨ご返信ください。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-conf-yui-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'multipart: asks for her consent to the irreversible merge, Outlook quote below',
    from: SUPPORT, to: to(YUI), subject: formSubject(CASE.yui), date: d('2026-05-15 11:33:48'), enc: 'jisb64',
    text: `小林 結衣 様

ご返信ありがとうございます。石井です。
いただいた情報をもとに、下記のとおり統合の準備ができております。

 統合元: ${YUI.srcId}(${YUI.src})
 統合先: ${YUI.keepId}(${YUI.keep})

一度統合したアカウントは分離できません。この内容でお手続きを進めることにご承諾いただけますでしょうか。
ご承諾いただける場合は、このメールにその旨ご返信をお願いいたします。

石井
AWS トレーニングと認定

${outlookJa(`小林 結衣 <${YUI.keep}>`, '2026年5月14日 22:10', SUPPORT_BARE, formSubject(CASE.yui), `石井様\n\n統合元の候補者IDは ${YUI.srcId} です。\nよろしくお願いいたします。`)}`,
    html: htmlDoc(`<div>小林 結衣 様</div><div><br></div>
<div>ご返信ありがとうございます。石井です。<br>いただいた情報をもとに、下記のとおり統合の準備ができております。</div>
<ul><li>統合元: ${YUI.srcId}(${YUI.src})</li><li>統合先: ${YUI.keepId}(${YUI.keep})</li></ul>
<div>一度統合したアカウントは分離できません。この内容でお手続きを進めることにご承諾いただけますでしょうか。<br>ご承諾いただける場合は、このメールにその旨ご返信をお願いいたします。</div>
<div><br>石井<br>AWS トレーニングと認定</div>
<div id="divRplyFwdMsg"><hr><b>差出人:</b> 小林 結衣 &lt;${YUI.keep}&gt;<br><b>送信日時:</b> 2026年5月14日 22:10<br><b>件名:</b> ${formSubject(CASE.yui)}</div>
<div>石井様<br><br>統合元の候補者IDは ${YUI.srcId} です。<br>よろしくお願いいたします。</div>`, 'ja'),
  }),
  mk({
    slug: 'ja-conf-noauth', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenDup, trusted: false, auth: 'none',
    note: 'consent request text, but no Authentication-Results at all: untrusted',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.kenDup), date: d('2026-02-12 20:48:05'), enc: 'jis7',
    text: `鈴木様

お世話になっております。
アカウントの統合について、最終のご意思確認をお願いしております。
統合は不可逆ですので、進めてよろしければご返信ください。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-conf-misaki-resent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, forUser: false,
    note: 'consent request sent to her old company address and redirected (Resent-*) to the IT admin: not delivered to the user',
    from: SUPPORT, to: toSrc(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-19 10:15:02'), enc: 'utf8b64',
    resent: { from: 'takahashi-m@sier.example.co.jp', to: 'it-admin@sier.example.co.jp', date: d('2026-03-19 10:16:40') },
    text: `高橋様

AWS トレーニングと認定サポートです。
統合の準備が整いました。${MISAKI.srcId} の認定を ${MISAKI.keepId} に移してよろしいか、ご返信でお知らせください。
なお、統合後は元の状態に戻すことができませんのでご注意ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-yui-ids-between', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'formal re-request for her final consent; IDs sit between the meaning words',
    from: SUPPORT, to: to(YUI), subject: formSubject(CASE.yui), date: d('2026-05-18 09:40:15'), enc: 'sjisb64',
    text: `小林様

先日ご案内いたしましたアカウント ${YUI.srcId} を ${YUI.keepId} へ統合する件につきまして、まだご意向を確認できておりません。
本操作は実行後に取り消すことができないため、お客様の明示的なご了承をいただいたうえで進めております。
差し支えなければ、ご了承いただける旨を本メールにてご返信賜りますようお願い申し上げます。

石井`,
  }),
  mk({
    slug: 'ja-conf-sho-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho2,
    note: 'Japanese consent request with an English translation below (new case number)',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho2), date: d('2026-06-02 16:55:31'), enc: 'utf88bit',
    text: `中村 翔 様

統合の準備ができました。下記 2 件のアカウントを一つにまとめてよいか、返信でご承認ください。承認後は元に戻せません。
  ${SHO.srcId} → ${SHO.keepId}

(English)
We are ready to merge ${SHO.srcId} into ${SHO.keepId}. Please reply with your approval; once done it cannot be reversed.

AWS Training and Certification`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merged-ken', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'merge done; asks him to check everything looks right (still merge_completed)',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-16 11:02:39'), enc: 'jis7',
    text: `鈴木 健一 様

お待たせいたしました。
ご依頼いただいておりました、${KEN.srcId} から ${KEN.keepId} へのアカウント統合作業が完了いたしました。

お手数ですが、${KEN.keep} で AWS 認定アカウントにサインインし、認定・試験履歴・特典が正しく表示されているかご確認ください。
表示に問題がございましたら、本ケースにご返信ください。

${SIG_JA}

${gmailJa('2026年2月13日(金) 22:05 鈴木 健一 <' + KEN.keep + '>', '', `森様\n\nご確認ありがとうございます。記載の内容で統合をお願いいたします。\n鈴木`).replace(' :', ':')}`,
  }),
  mk({
    slug: 'ja-merged-misaki-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-20 15:26:12'), enc: 'utf8qp',
    text: `高橋様

ご同意いただきありがとうございました。
本日、アカウントのマージが完了しました。今後は ${MISAKI.keep}(${MISAKI.keepId})にてすべての認定をご確認いただけます。

本件はこれにてクローズとさせていただきます。またご不明な点があればお気軽にご連絡ください。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-merged-sho-short', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'brief: the requested account integration has been carried out',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-13 09:14:50'), enc: 'sjis8',
    text: `中村様

ご依頼のアカウント統合、対応完了です。
大学のアカウントにあった認定は ${SHO.keepId} 側に移っています。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-merged-portal', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: "certification portal's own notice that the accounts were merged (no case ID)",
    from: CERT_PORTAL, to: to(YUI), subject: 'AWS 認定: アカウントが統合されました', date: d('2026-05-19 03:12:00'), enc: 'utf8b64',
    html: htmlDoc(`<h2 style="color:#232f3e">AWS 認定</h2>
<p>小林 結衣 様</p>
<p>お客様の AWS 認定アカウントは、別のアカウント(候補者 ID ${YUI.srcId})と統合されました。統合後の候補者 ID は <b>${YUI.keepId}</b> です。</p>
<p>認定、試験履歴、特典は <a href="https://www.aws.training/certification">AWS 認定アカウント</a> でご確認いただけます。</p>
<p style="font-size:11px;color:#888">このメールは送信専用です。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-merged-yui-list', kind: 'merge_completed', lang: 'ja', caseId: CASE.yui,
    note: 'agent reports the merge finished and lists the certifications now on the kept account',
    from: SUPPORT, to: to(YUI), subject: formSubject(CASE.yui), date: d('2026-05-19 10:05:27'), enc: 'jisb64',
    text: `小林 結衣 様

ご承諾のご連絡、ありがとうございました。石井です。
${YUI.srcId} のアカウントを ${YUI.keepId} へ統合する処理が、本日正常に終わりました。

統合後のアカウントで確認できる認定:
 - AWS Certified Solutions Architect - Professional
 - AWS Certified Security - Specialty
 - AWS Certified Cloud Practitioner

特典ページのバウチャーも引き継がれております。念のためご確認いただけますと幸いです。

石井
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-forged', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trusted: false, auth: 'forgedBelow',
    note: 'completion text, but the pass header is forged below the server Received line: untrusted',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-12 04:51:13'), enc: 'utf88bit',
    text: `中村様

アカウントの統合が完了いたしました。
下記リンクから統合後のアカウントにサインインし、内容をご確認ください。
https://aws-training-verify.example.net/login

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-ken-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, forUser: false,
    note: 'completion notice copied to the old company address and redirected to an archive (Resent-*): not for the user',
    from: SUPPORT, to: toSrc(KEN), subject: formSubject(CASE.ken), date: d('2026-02-16 11:02:41'), enc: 'jis7',
    resent: { from: 'k.suzuki@formerco.example.co.jp', to: 'mail-archive@formerco.example.co.jp', date: d('2026-02-16 11:03:30') },
    text: `鈴木 健一 様

${KEN.srcId} のアカウントは ${KEN.keepId} に統合されました。
今後は ${KEN.keep} でサインインしてください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-merged-misaki-toppost', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'top-posted reply: the two accounts are now one; her consent is quoted below',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-20 09:48:03'), enc: 'sjisb64',
    text: `高橋様

ご返信ありがとうございます。
会社用と個人用のアカウントは一つにまとまりました。現在は ${MISAKI.keepId} にすべての受験履歴が表示されております。
Credly のバッジにつきましては別途ご案内いたします。

AWS トレーニングと認定

${gmailJa('2026年3月19日(木) 12:30 高橋 美咲 <' + MISAKI.keep + '>', '', '同意します。\n高橋').replace(' :', ':')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-ken', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "AWS's badge issued to the kept address via Credly (「バッジを入手する」)",
    from: CREDLY_AWS, to: to(KEN), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-17 06:20:44'), enc: 'utf8qp', wholeSubject: true,
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取り、実績を共有しましょう。
バッジを入手する: https://www.credly.com/badges/3f1c9a20-5b7e-4d1a-9e0c-6a2f81d4b7c3

Credly`,
    html: htmlDoc(`<p>鈴木 健一 様</p>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/3f1c9a20-5b7e-4d1a-9e0c-6a2f81d4b7c3" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px">Credly</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-badge-support-misaki', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support says the Credly badges now sit on the kept account and closes the case',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-23 13:37:20'), enc: 'jis7',
    text: `高橋 美咲 様

お待たせいたしました。
Credly のデジタルバッジを、統合先アカウント(${MISAKI.keep})へ移行いたしました。
Credly にサインいただくと、Cloud Practitioner と Developer - Associate のバッジが表示されているはずです。

以上をもちまして本ケースをクローズいたします。ご利用ありがとうございました。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-badge-credly-plural', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly notice of several AWS badges issued to the kept address',
    from: CREDLY_AWS, to: to(YUI), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-05-20 02:44:18'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>小林 結衣 様</p>
<p>Amazon Web Services Training and Certification から 3 件のバッジが発行されています。</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Security - Specialty</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p style="font-size:11px">このメールは Credly から送信されました。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-badge-support-sho', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support moved the Credly badges to the kept account after he asked on the same case',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-15 14:02:11'), enc: 'sjis8',
    text: `中村様

ご連絡ありがとうございます。
Credly のバッジが統合先に表示されない件、こちらで紐付けを修正し、バッジを ${SHO.keep} 側へ移しました。
お手数ですが一度サインアウトしてから Credly に再ログインし、ご確認ください。

AWS T&C サポート

> 統合後、Credly にバッジが出てこないのですが…
> 中村`,
  }),
  mk({
    slug: 'ja-badge-credly-reissued', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly re-issue of an AWS badge to the kept address after the merge',
    from: CREDLY_AWS, to: to(SHO), subject: 'バッジが再発行されました: AWS Certified Developer - Associate', date: d('2026-04-16 05:30:07'), enc: 'jisb64',
    text: `中村 翔 様

Amazon Web Services Training and Certification が、あなたのバッジ「AWS Certified Developer - Associate」を再発行しました。
新しいメールアドレス宛てに発行されたバッジを受け取ってください。

バッジを入手する
https://www.credly.com/badges/b71e0d44-2c93-48fe-a0d1-5e9c3b7a6f02/accept

Credly チーム`,
  }),
  mk({
    slug: 'ja-badge-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'Credly-style AWS badge notice from a look-alike domain (credly-notify.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: to(MISAKI), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-21 22:09:51'), enc: 'utf8qp', wholeSubject: true,
    text: `高橋 美咲 様

AWS Certified Developer - Associate のバッジが発行されました。
バッジを入手する: https://credly-notify.com/claim?id=88412

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-ken', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken, crlf: false,
    note: 'support re-linked the badges on Credly to the kept account',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-18 17:44:29'), enc: 'jis7',
    text: `鈴木様

バッジの件、ご連絡ありがとうございました。
Credly 側で紐付け直しを行い、SAA・DVA の 2 つのバッジを ${KEN.keep} のアカウントへ移しております。
Credly のダッシュボードにてご確認ください。

森`,
  }),
  mk({
    slug: 'ja-badge-credly-misaki', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "AWS's badge via Credly to the kept address, 8bit UTF-8",
    from: CREDLY_AWS, to: to(MISAKI), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-24 04:18:36'), enc: 'utf88bit', wholeSubject: true,
    text: `高橋 美咲 さん

おめでとうございます! Amazon Web Services Training and Certification があなたにバッジを発行しました。

 AWS Certified Developer - Associate

バッジを入手する → https://www.credly.com/badges/0c5d7e19-9a4b-42c6-8f31-d2e7a6b5c481

Credly, Inc.`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-ken', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'notice that the case was marked resolved and closed',
    from: AWS_NOTIFY, to: to(KEN), subject: `ケース ${CASE.ken} はクローズされました`, date: d('2026-02-21 00:05:12'), enc: 'jis7',
    text: `鈴木 健一 様

サポートケース ${CASE.ken} は解決済みとしてクローズされました。
同じ件で追加のご質問がある場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-misaki-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'reminder: the case will close automatically in 3 days without a reply',
    from: AWS_NOTIFY, to: to(MISAKI), subject: `ケース ${CASE.misaki}: まもなく自動クローズされます`, date: d('2026-03-26 09:00:00'), enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-generated'],
    text: `高橋 美咲 様

ケース ${CASE.misaki} には、しばらくご返信がありません。
3 日以内にご返信がない場合、このケースは自動的にクローズされます。
引き続きサポートが必要な場合は、このケースに返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-sho-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates last week\'s merge: case_closed',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-20 10:30:45'), enc: 'sjis8',
    text: `中村様

先週ご案内のとおり、アカウントの統合およびバッジの移行は完了しております。
その後ご連絡がございませんので、本件はクローズとさせていただきます。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-closed-yui-status', kind: 'case_closed', lang: 'ja', caseId: CASE.yui,
    note: 'AWS Support status change to 解決済み',
    from: AWS_NOTIFY, to: to(YUI), subject: `AWS サポート: ケース ${CASE.yui} のステータスが更新されました`, date: d('2026-05-22 18:00:03'), enc: 'utf8b64',
    text: `小林 結衣 様

ケース ${CASE.yui} のステータスが「解決済み」に変更されました。

ケースの詳細はサポートセンターでご確認いただけます。
https://support.console.aws.amazon.com/support/home#/case/?caseId=${CASE.yui}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-dmarcfail', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'fail',
    note: 'closing notice text, but dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: to(KEN), subject: `ケース ${CASE.ken} はクローズされました`, date: d('2026-02-19 03:33:58'), enc: 'jisb64',
    text: `鈴木様

お客様のケース ${CASE.ken} はクローズされました。
ご不明点は以下からお問い合わせください。
http://aws-support-center.example.org/

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-kendup', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup,
    note: 'the duplicate case is closed; follow-up goes to the original case',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.kenDup), date: d('2026-02-11 15:20:10'), enc: 'jis7',
    text: `鈴木 健一 様

同じご依頼がケース ${CASE.ken} にて進行中のため、本ケース(${CASE.kenDup})はクローズいたします。
今後のやり取りは ${CASE.ken} のメールにご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-closed-misaki-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'agent: no reply for 7 days will close the case',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-25 16:42:30'), enc: 'utf88bit',
    text: `高橋様

バッジ移行についてのご案内以降、ご返信をいただいておりませんので、
7 日間ご連絡がない場合は本ケースを終了とさせていただきます。
何かございましたら、このメールにご返信ください。

AWS トレーニングと認定サポート`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-ken-thanks', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, passed to the team; promises news once merged (future)',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-13 23:02:18'), enc: 'jis7',
    text: `鈴木様

ご確認いただき、ありがとうございます。
頂戴した内容を担当チームへ引き継ぎました。統合作業が終わり次第、改めてご連絡いたします。
通常、数営業日ほどお時間をいただいております。

森`,
  }),
  mk({
    slug: 'ja-sr-misaki-future', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「統合が完了しましたら」: conditional future, nothing happened yet',
    from: SUPPORT, to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-19 14:25:09'), enc: 'utf8qp',
    text: `高橋様

ご同意の旨、承知いたしました。
統合が完了しましたら、Credly のバッジの受け取り方法とあわせてご案内いたします。
今しばらくお待ちくださいませ。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-sr-sho-notyet', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'negated: the merge is not finished yet, please wait',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho), date: d('2026-04-11 17:12:44'), enc: 'sjis8',
    text: `中村様

お問い合わせの件、現時点ではまだ統合は完了しておりません。
担当部署にて処理を進めておりますので、もう少々お待ちいただけますと幸いです。

AWS T&C サポート

--- 2026/04/11 13:02 中村 翔 wrote ---
まだ統合されていないようですが、状況はいかがでしょうか。`,
  }),
  mk({
    slug: 'ja-sr-yui-unable', kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'explains why a merge cannot be done for one listed account; asks nothing',
    from: SUPPORT, to: to(YUI), subject: formSubject(CASE.yui), date: d('2026-05-13 12:08:31'), enc: 'jisb64',
    text: `小林様

ご連絡ありがとうございます。
お知らせいただいた 3 つ目のアカウント(APN 用)は、認定の履歴がなく AWS 認定アカウントではないため、統合の対象にはできかねます。
こちらのアカウントはそのままご利用いただいて問題ございません。

石井`,
  }),
  mk({
    slug: 'ja-sr-ken-dupcases', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'merged duplicate support *cases*, not the accounts',
    from: SUPPORT, to: to(KEN), subject: formSubject(CASE.ken), date: d('2026-02-11 15:24:52'), enc: 'jis7',
    text: `鈴木 健一 様

同じ内容のお問い合わせを 2 件(${CASE.ken} / ${CASE.kenDup})いただいておりましたので、ケースを 1 つに統合いたしました。
以後は本ケース ${CASE.ken} にてご対応させていただきます。
アカウントの件は、先にお願いした情報を頂戴でき次第、進めてまいります。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-misaki-writefrom', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"please contact us from the kept address" without asking for any data: support_reply',
    from: SUPPORT, to: toSrc(MISAKI), cc: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-16 18:51:06'), enc: 'utf8b64',
    text: `高橋様

お問い合わせありがとうございます。
セキュリティ上の理由から、今後のご連絡は統合先としてご希望のメールアドレス(残されるアカウントのアドレス)からお送りいただけますようお願いいたします。
引き続きよろしくお願いいたします。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-sr-sho-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.sho2,
    note: 'status: escalated to the specialist team, a few business days',
    from: SUPPORT, to: to(SHO), subject: formSubject(CASE.sho2), date: d('2026-06-01 11:19:27'), enc: 'utf88bit',
    text: `中村 翔 様

お待たせしております。
本件は専門チームへエスカレーションいたしました。回答までに 3 から 5 営業日ほど要する見込みです。
進捗があり次第、こちらからご連絡差し上げます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-sr-yui-voucher', kind: 'support_reply', lang: 'ja', caseId: CASE.yui, trap: true,
    note: 'answers a voucher question; the merge is spoken of in the future',
    from: SUPPORT, to: to(YUI), subject: formSubject(CASE.yui), date: d('2026-05-16 10:44:02'), enc: 'sjisb64',
    text: `小林様

ご質問いただいた 50% 割引バウチャーについて回答いたします。
未使用の特典は、統合を行った後も統合先のアカウントへ引き継がれる予定です。有効期限も変わりません。
統合の可否につきましては、先にお送りしたメールへのご返信をお待ちしております。

石井`,
  }),
  mk({
    slug: 'ja-sr-lookalike', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'status update from amazon-support.co.jp (look-alike domain): untrusted',
    from: 'AWS カスタマーサポート <case-update@amazon-support.co.jp>', to: to(MISAKI), subject: formSubject(CASE.misaki), date: d('2026-03-18 03:02:55'), enc: 'utf8qp',
    text: `高橋様

お問い合わせのケースは現在処理中です。
進捗はマイページ(https://amazon-support.co.jp/mypage)からご確認ください。

AWS カスタマーサポート`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: AWS_NOTIFY, to: to(MISAKI), subject: 'AWS サポートについてのアンケートにご協力ください', date: d('2026-03-24 12:00:00'), enc: 'utf8qp',
    text: `高橋 美咲 様

先日のお問い合わせ(ケース ${CASE.misaki})について、簡単なアンケートにご協力ください。

問題は解決しましたか?
  はい: https://survey.aws.amazon.com/r/ja?c=${CASE.misaki}&a=1
  いいえ: https://survey.aws.amazon.com/r/ja?c=${CASE.misaki}&a=0

所要時間は 1 分ほどです。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-ms-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: to(KEN), subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-02-19 08:41:12'), enc: 'utf8qp', wholeSubject: true,
    text: `鈴木 健一 様

Microsoft から次のバッジが発行されました。
Microsoft Certified: Azure Administrator Associate

バッジを入手する: https://www.credly.com/badges/9d2a5e71-3c8b-4f10-b6e4-17a0c9d3e852

Credly`,
    html: htmlDoc(`<p>鈴木 健一 様</p><p>Microsoft から次のバッジが発行されました。</p><p><b>Microsoft Certified: Azure Administrator Associate</b></p><p><a href="https://www.credly.com/badges/9d2a5e71-3c8b-4f10-b6e4-17a0c9d3e852">バッジを入手する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code, not the AWS merge",
    from: 'Credly <admin@credly.com>', to: to(SHO), subject: 'Credly アカウント統合の確認コード', date: d('2026-04-15 21:07:33'), enc: 'utf88bit',
    text: `中村 翔 様

Credly アカウントの統合リクエストを受け付けました。
次の確認コードを入力して、アカウントの統合を完了してください。

確認コード: 472913

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  mk({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: "the user's own forward of support's consent request to his personal address",
    from: `${KEN.ja} <${KEN.src}>`, to: to(KEN), subject: `Fwd: ${formSubject(CASE.ken)}`, date: d('2026-02-13 19:10:02'), enc: 'jis7',
    text: `自分用メモ。退職前に返信すること。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年2月13日(金) 14:41
Subject: ${formSubject(CASE.ken)}
To: <${KEN.keep}>

統合を実行すると、統合元の認定・試験履歴・特典はすべて統合先へ移り、元に戻すことはできません。
上記の内容で進めてよろしいか、本メールへのご返信にてお知らせください。`,
  }),
  mk({
    slug: 'ja-un-oldcompany-autoreply', kind: 'unrelated', lang: 'ja', caseId: CASE.yui, trusted: false, trap: true,
    note: "the old company's automatic reply (mail received / address no longer in use)",
    from: 'パートナー株式会社 <noreply@partner.example.co.jp>', to: to(YUI), subject: `自動返信: ${formSubject(CASE.yui)}`, date: d('2026-05-12 13:47:40'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動返信です。

メールを受信しました。ただし、宛先の社員(小林)は退職しており、このアドレスは現在使用されておりません。
ご用件のある方は代表アドレスまでご連絡ください。

パートナー株式会社`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result mail; mentions a Credly badge to come, not a transfer',
    from: CERT_PORTAL, to: to(SHO), subject: 'AWS 認定試験の結果のお知らせ', date: d('2026-06-10 07:15:00'), enc: 'jisb64',
    text: `中村 翔 様

AWS Certified Data Engineer - Associate 試験の結果が確定しました。
結果: 合格

おめでとうございます。数日以内に Credly からデジタルバッジのご案内が届きます。
詳細なスコアレポートは AWS 認定アカウントの「試験履歴」でご確認ください。

AWS 認定`,
  }),
  mk({
    slug: 'ja-un-summit', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event marketing: AWS Summit registration completed',
    from: 'AWS Summit Japan <aws-summit-japan@marketing.aws.amazon.com>', to: to(YUI), subject: 'AWS Summit Japan 登録完了のお知らせ', date: d('2026-05-27 10:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>小林 結衣 様</p>
<p>AWS Summit Japan へのご登録が完了しました。当日は受付で QR コードをご提示ください。</p>
<p>認定者ラウンジもご用意しています。AWS 認定をお持ちの方はぜひお立ち寄りください。</p>
<p><a href="https://aws.amazon.com/jp/summits/">マイページを確認する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-un-pearson', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation (outside the trusted domains)',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: to(KEN), subject: '試験予約確認のお知らせ', date: d('2026-03-02 18:22:41'), enc: 'sjisb64',
    text: `鈴木 健一 様

以下の試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年3月28日 13:00
会場: オンライン (OnVUE)

予約内容の変更は試験開始の 24 時間前まで可能です。

Pearson VUE`,
  }),
  mk({
    slug: 'ja-un-colleague', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: "a colleague's question about how the merge went: not from support",
    from: '田中 一郎 <tanaka.ichiro@sier.example.co.jp>', to: to(MISAKI), subject: 'AWS認定のアカウント統合について', date: d('2026-03-27 12:34:10'), enc: 'utf88bit',
    text: `高橋さん

お疲れさまです。田中です。
高橋さんが以前やっていた AWS 認定のアカウント統合、サポートから確認のメールが来てから完了までどれくらいでした?
自分も退職前にやっておきたいので、手順を教えてもらえると助かります。

田中`,
  }),
];
