// Japanese messages of the cm set (casual and dictated mail), part 1:
// receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT_NOTIFY,
  CASE,
  MIO,
  MIO_REQ,
  REN,
  REN_REQ,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JA,
  YUKI,
  YUKI_REQ,
  formSubject,
  formSubjectNew,
  gmailJa,
  mk,
  outlookJa,
  sfOrigJa,
  sfRef,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-yuki-form',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'automatic receipt of the new merge case, case ID in subject and body',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubjectNew(CASE.yuki),
    at: '2026-02-03 05:41:09',
    enc: 'jis7',
    text: `高橋 ゆうき 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 ${CASE.yuki} としてお問い合わせを登録しました。

担当者が内容を拝見し、通常 24 時間以内にこのアドレス宛にご返信いたします。
すでにケースをお持ちの場合、同じ内容で新しいケースを作成されますと回答が遅れる原因となりますので、ご遠慮ください。
追加の情報は本メールへの返信でお送りいただけます。

※このメールは送信専用システムから自動で送られています。

AWS Training and Certification
${sfRef('0Yk41x')}`,
  }),
  mk({
    slug: 'ja-ack-yuki-dup',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.yukiDup,
    note: 'receipt of the second (duplicate) case the user opened; still a receipt',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubjectNew(CASE.yukiDup),
    at: '2026-02-04 13:02:55',
    enc: 'utf8b64',
    text: `ご連絡いただきありがとうございます。
Thank you for contacting AWS Training and Certification.

受付番号: ${CASE.yukiDup}
受付日時: 2026/02/04 13:02 (UTC)
カテゴリー: 認定 / アカウント

内容を確認次第、担当からメールでご連絡します。いましばらくお待ちください。
We will get back to you by email.

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-ren-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'receipt for the dictating user, Shift_JIS, case ID in brackets in the body',
    from: SUPPORT_JA,
    to: REN.keep,
    subject: formSubjectNew(CASE.ren),
    at: '2026-03-10 00:15:40',
    enc: 'sjis8',
    text: `中村 蓮 様

このたびはお問い合わせいただき、誠にありがとうございます。
ご依頼を受け付けました（ケースID：${CASE.ren}）。

担当窓口にて内容を確認し、順次ご連絡差し上げます。
返信をお待ちいただく間に同じご依頼を再送いただく必要はございません。

--
AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'ja-ack-mio-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'HTML-only receipt from the AWS Support notification address',
    from: AWS_SUPPORT_NOTIFY,
    to: MIO.keep,
    subject: `ケース ${CASE.mio} が作成されました`,
    at: '2026-04-21 02:33:18',
    enc: 'utf8qp',
    html: `<html><body style="font-family:sans-serif">
<h2>お問い合わせを受け付けました</h2>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td><b>${CASE.mio}</b></td></tr>
<tr><td>件名</td><td>AWS Training and Certification Form Submission</td></tr>
<tr><td>状態</td><td>未対応</td></tr>
</table>
<p>サポート担当者が割り当てられ次第、メールでお知らせします。ご返信はこのメールへの返信で可能です。</p>
<p style="color:#888">Amazon Web Services, Inc. はこのメールの送信者です。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-phish-lookalike',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: '1799002314',
    note: 'receipt-shaped forgery from a look-alike domain (amazon-jp-support.com)',
    from: 'AWS サポート <case-notice@amazon-jp-support.com>',
    to: YUKI.keep,
    subject: '【重要】ケース 1799002314 を受け付けました',
    at: '2026-02-05 09:12:00',
    tz: '+0900',
    enc: 'jis7',
    text: `お客様のお問い合わせ（ケース 1799002314）を受け付けました。

ケース内容を確認するには、24時間以内に以下からサインインしてください。
http://amazon-jp-support.com/case/verify?id=1799002314

期限内にサインインがない場合、ケースは無効となります。
Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-ack-ren-table',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'receipt recognisable by its shape: status table, multipart/alternative',
    from: AWS_SUPPORT_NOTIFY,
    to: REN.keep,
    subject: 'お問い合わせ受付のご連絡',
    at: '2026-03-10 00:16:02',
    enc: 'utf8b64',
    text: `ケース ID: ${CASE.ren}
ステータス: 受付済み
お問い合わせ種別: AWS トレーニングと認定
件名: アカウントについて

こちらは自動送信メールです。`,
    html: `<div>ケース ID: <b>${CASE.ren}</b><br>ステータス: 受付済み<br>お問い合わせ種別: AWS トレーニングと認定<br>件名: アカウントについて</div><p>こちらは自動送信メールです。</p>`,
  }),
  mk({
    slug: 'ja-ack-merge-promise',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    caseId: CASE.mio,
    note: 'receipt that promises to notify once the merge is done: future, still the receipt',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubjectNew(CASE.mio),
    at: '2026-04-21 02:33:40',
    enc: 'jisb64',
    text: `小林 澪 様

お問い合わせを承りました。ケース番号は ${CASE.mio} です。
アカウントの統合が完了しましたら、あらためてこのアドレスにお知らせいたします。
それまでの間、バッジの受け取りや再受験のご予約はお控えいただくことをおすすめします。

担当より 1～2 営業日以内にご連絡いたします。
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-bodyonly',
    kind: 'acknowledgement',
    lang: 'ja',
    auth: 'dkimonly',
    caseId: CASE.yuki,
    note: 'receipt with a generic subject; case ID only in the body; dkim-only pass',
    from: AWS_NOTIFY,
    to: YUKI.keep,
    subject: 'お問い合わせありがとうございます',
    at: '2026-02-03 05:41:30',
    enc: 'jisb64',
    text: `AWS へのお問い合わせありがとうございます。

お問い合わせ番号　${CASE.yuki}

担当者からのご連絡をお待ちください。このメールに返信いただくと、お問い合わせに情報を追加できます。
Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated suggestion to try the self-service merge tool',
    from: AWS_NOTIFY,
    to: YUKI.keep,
    subject: 'AI アシスタントからの回答: 認定アカウントについて',
    at: '2026-02-03 05:38:11',
    enc: 'utf8qp',
    text: `この回答は生成 AI によって自動作成されました。

ご質問ありがとうございます！
認定アカウントが 2 つある場合は、まず AWS 認定アカウントにサインインし、[プロフィール] → [アカウントの統合] からセルフサービスで統合をお試しいただけます。
両方のアカウントに認定の履歴があるなど、ツールで統合できない場合は「ケースを作成」からご連絡ください。

この回答は役に立ちましたか？ 👍 / 👎`,
  }),
  mk({
    slug: 'ja-ai-afterbadges',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'AI answer that explains what happens to badges after a merge: stays ai_answer',
    from: AWS_NOTIFY,
    to: MIO.keep,
    subject: '自動回答：アカウント統合とデジタルバッジ',
    at: '2026-04-21 02:30:05',
    enc: 'utf8b64',
    text: `🤖 自動回答（AI）

統合が完了すると、統合元アカウントの認定・試験履歴・特典は統合先に移されます。
Credly のデジタルバッジは統合後に統合先のメールアドレスで改めて受け取る（クレームする）必要がある場合があります。
ヒント：先に統合を済ませてから、Credly でバッジを受け取るのがおすすめです。

解決しない場合は、このページの「ケースを作成」ボタンからお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-steps-sjis',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated step-by-step suggestion in Shift_JIS base64',
    from: AWS_NOTIFY,
    to: REN.keep,
    subject: 'お問い合わせへの自動回答',
    at: '2026-03-10 00:11:47',
    enc: 'sjisb64',
    text: `※本メールは AI が生成した自動回答です。内容が正しくない場合があります。

以下の手順で解決できるかもしれません。
1. aws.training の認定アカウントにサインイン
2. 右上のメニューから「プロフィール」を開く
3. 「アカウントの統合」を選び、もう一方のアカウントでサインイン

うまくいかないときはカスタマーサポートにケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-multipart-jis',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI-generated answer, ISO-2022-JP base64, text+HTML',
    from: AWS_NOTIFY,
    to: YUKI.src,
    subject: 'ご質問への回答（自動）',
    at: '2026-02-02 14:20:33',
    enc: 'jisb64',
    text: `こんにちは。AWS トレーニングと認定の自動アシスタントです。

メールアドレスごとに別の認定アカウントができてしまった場合、セルフサービスのアカウント統合ツールでひとつにまとめられます。
ツールの場所：認定アカウント ＞ プロフィール ＞ アカウントの統合

これで解決しましたか？ 解決しない場合は、担当者へのお問い合わせに進んでください。`,
    html: `<p>こんにちは。AWS トレーニングと認定の自動アシスタントです。</p><p>メールアドレスごとに別の認定アカウントができてしまった場合、セルフサービスのアカウント統合ツールでひとつにまとめられます。<br>ツールの場所：認定アカウント ＞ プロフィール ＞ アカウントの統合</p><p>これで解決しましたか？ 解決しない場合は、担当者へのお問い合わせに進んでください。</p>`,
  }),
  mk({
    slug: 'ja-ai-oldaccount',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'AI answer saying the merged-away account can no longer be used; explanation, not an event',
    from: AWS_NOTIFY,
    to: REN.keep,
    subject: 'AI による回答のご案内',
    at: '2026-03-09 23:58:10',
    enc: 'jis7',
    text: `生成 AI による回答です。

統合されたアカウント（統合元）は、統合後はサインインできなくなります。
認定や特典はすべて統合先で確認できるようになりますので、統合先のメールアドレスを普段お使いのものにしておくと安心です。
ツールでの統合ができない場合のみ、ケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-otheronly',
    kind: 'ai_answer',
    lang: 'ja',
    auth: 'otherOnly',
    trusted: false,
    caseId: null,
    note: 'AI-answer text but the only Authentication-Results is a foreign one below the server',
    from: AWS_NOTIFY,
    to: MIO.keep,
    subject: 'AI アシスタント：アカウント統合ツールのご案内',
    at: '2026-04-20 11:05:54',
    enc: 'utf8qp',
    text: `AI アシスタントからの提案です✨

認定アカウントの統合は、ほとんどの場合セルフサービスのツールで数分で終わります！
プロフィール画面の「アカウントの統合」からお試しください。`,
  }),
  mk({
    slug: 'ja-ai-withcase',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'automated suggestion sent on an open case; it still only suggests self-service',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-21 02:35:12',
    enc: 'utf88bit',
    text: `このメッセージは自動で生成されました。担当者からの回答ではありません。

ケース ${CASE.mio} のお問い合わせ内容から、以下のセルフサービスが役立つ可能性があります：
・認定アカウントの統合ツール（プロフィール > アカウントの統合）
・認定アカウントのメールアドレス変更

これで解決した場合は、このケースへの返信は不要です。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-yuki-casual',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'agent mirrors casual register and asks for both candidate IDs and the keep address',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-04 01:20:44',
    enc: 'utf8qp',
    text: `高橋さん、こんにちは！😊 AWS 認定サポートの森です。

統合の件、了解しました〜！
ただ、いただいた ID のうち 1 つが見つからなくて…🙇‍♀️
お手数ですが、両方のアカウントの候補者 ID（「AWS」から始まる番号です）と、どちらのメアドを残したいかをもう一度送ってもらえますか？

スクショでも大丈夫です👌

森
AWS Training and Certification

${gmailJa('2026-02-03 14:40', '高橋 ゆうき', YUKI.keep, YUKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-ren-confirmword',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.ren,
    note: 'formal template asking to check and tell which address to keep (「ご確認のうえお知らせください」): info request',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-11 04:02:31',
    enc: 'jis7',
    text: `中村 蓮 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の斉藤でございます。

いただいたメールの文面から、統合先（残すアカウント）のメールアドレスを特定できませんでした。
お手数ですが、以下をご確認のうえお知らせください。

・統合後に残すアカウントのメールアドレス
・統合元アカウントの候補者 ID（AWS から始まる番号）

何卒よろしくお願いいたします。

${sfOrigJa('2026/03/10 0:14', REN.keep, SUPPORT_BARE, 'アカウント統合', REN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-ren-dates',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'asks for the old account notification address and pass dates',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-12 06:44:09',
    enc: 'sjis8',
    text: `中村様

ご返信ありがとうございます。
旧アカウント側で照合がとれない項目がありましたので、下記 2 点を教えていただけますか。

(1) 旧アカウントで認定の通知を受け取っていたメールアドレス
(2) 旧アカウントで合格された試験名と、おおよその合格日

いただき次第、作業を進めます。

斉藤
AWS トレーニングと認定

${gmailJa('2026-03-11 22:10', '中村 蓮', REN.keep, `はい残したいのは個人の方ですよろしくお願いします\nあと以前の会社のアドレスはもう使えないです\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-info-mio-emoji',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'friendly agent with emoji asks for the login address of the old account; Outlook quote',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-22 03:15:27',
    enc: 'utf8b64',
    text: `小林さま

はじめまして、担当の上田です🌸
ご丁寧にありがとうございます！ID もいただいていてとても助かります。

ひとつだけ、前職のアカウントにログインするときに使っていたメールアドレスを教えていただけますか？📩
（ID だけだと、どのメールで登録されたものかこちらで確定できなくて…）

わかり次第すぐ進めますね！

上田 / AWS トレーニングと認定

${outlookJa('2026-04-21 11:30', `小林 澪 <${MIO.keep}>`, SUPPORT_BARE, 'アカウント統合のお願い', MIO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-before-merge',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'uses "before merging" wording but asks for the certification names: info request',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-05 02:11:56',
    enc: 'jisb64',
    text: `高橋様

ID ありがとうございます！
統合の作業に入る前に、念のため統合元のアカウントでお持ちの認定名を教えてもらえますか？
（例：Cloud Practitioner、SAA など、ざっくりで OK です）

よろしくお願いします (^^)

森 / AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-phish-password',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.ren,
    note: 'forged request for passwords from a look-alike domain that quotes a real case ID',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.com>',
    to: REN.keep,
    subject: `RE:[CASE ${CASE.ren}] アカウント統合に必要な情報`,
    at: '2026-03-11 10:40:00',
    tz: '+0900',
    enc: 'jis7',
    text: `中村 様

統合を進めるため、以下の情報を本メールにご返信ください。
・統合元アカウントのパスワード
・統合先アカウントのパスワード
・生年月日

48 時間以内にご返信がない場合、認定が失効する可能性があります。`,
  }),
  mk({
    slug: 'ja-info-write-from-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'asks to write from the keep address and to include both candidate IDs: info request',
    from: SUPPORT,
    to: MIO.src,
    cc: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-22 03:20:10',
    enc: 'utf8qp',
    text: `小林さま

上田です、たびたびすみません🙏
本人確認のため、統合先（残す方）のメールアドレス ${MIO.keep} から、このメールに返信いただけますか？
その際、両方の候補者 ID もあわせて書いていただけると助かります！

よろしくお願いします〜`,
  }),
  mk({
    slug: 'ja-info-mixedlang',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'Japanese request with an English template block below; asks which account to keep',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-11 04:05:00',
    enc: 'jis7',
    text: `中村様

どちらのアカウントを残すかだけ、お返事をいただけますでしょうか。
「個人の方」とのことでしたが、個人の方のアカウントが 2 件見つかっております（${REN.keep} と ren.nakamura@example.jp.invalid）。

--- English ---
Please let us know which account you would like to keep. We found more than one account that could match.

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-dupclosed-html',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'mentions closing the duplicate case, but the new ask is for the exam history: info request',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-05 02:30:14',
    enc: 'utf8b64',
    html: `<div dir="ltr">
<p>高橋さん</p>
<p>もう一つ作ってくれていたケース（${CASE.yukiDup}）は、こっちとまとめるためにクローズしておきました🙆‍♀️<br>
引き続きこのケース ${CASE.yuki} でやりとりさせてください！</p>
<p>で、お願いなんですが、大学のアカウントで受けた試験の<b>受験日</b>（だいたいでOK）を教えてもらえますか？<br>
照合にどうしても必要で…！</p>
<p>森</p>
</div>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-yuki-casual',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.yuki,
    note: 'casual agent asks for an OK to merge and warns it cannot be undone',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-06 03:48:21',
    enc: 'utf8b64',
    text: `高橋さん

ありがとうございます、こちらで準備できました🙆‍♀️

最後に一個だけ！
${YUKI.srcId}（大学）→ ${YUKI.keepId}（個人）にまとめると、あとから元に戻すことはできないんですが、このまま進めちゃって大丈夫ですか？
大丈夫なら「OK」だけ返信もらえればすぐ作業します💨

森 / AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-conf-ren-template',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'formal template asking for consent; merge is irreversible',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-13 02:19:45',
    enc: 'jis7',
    text: `中村 蓮 様

いつもお世話になっております。AWS トレーニングと認定でございます。

下記の内容でアカウントを統合いたします。
　統合元：${REN.srcId}（${REN.src}）
　統合先：${REN.keepId}（${REN.keep}）

なお、統合後に元の状態へ戻すことはできません。
上記内容にご同意いただける場合は、本メールにその旨ご返信くださいますようお願いいたします。

${sfOrigJa('2026/03/12 13:05', REN.keep, SUPPORT_BARE, 'RE: アカウント統合', `旧アカウントで通知を受け取っていたのは会社のアドレスです 合格したのはSAAで去年の5月ごろだったと思います\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-conf-typo-tougou',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'consent request with a mis-converted 投合 for 統合; still asks to agree to the merge',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-13 02:25:02',
    enc: 'sjis8',
    text: `中村様

先ほどのメールに補足です。
アカウントの投合は取り消しができないため、お手数ですが「同意します」とご返信いただけますか。
ご返信を確認後、作業に入ります。

斉藤`,
  }),
  mk({
    slug: 'ja-conf-mio-multipart',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.mio,
    note: 'friendly consent request listing both accounts, text+HTML',
    from: SUPPORT,
    to: MIO.keep,
    subject: formSubject(CASE.mio),
    at: '2026-04-23 05:01:33',
    enc: 'utf8qp',
    text: `小林さま

メールアドレスありがとうございます！無事に両方のアカウントを確認できました✨

■ 残すアカウント：${MIO.keepId}（${MIO.keep}）
■ まとめるアカウント：${MIO.srcId}（${MIO.src}）

この内容で問題なければ「同意します」とお返事ください。
※統合したあとで元に戻すことはできませんので、念のためご注意ください🙏

上田`,
    html: `<p>小林さま</p><p>メールアドレスありがとうございます！無事に両方のアカウントを確認できました✨</p><ul><li>残すアカウント：${MIO.keepId}（${MIO.keep}）</li><li>まとめるアカウント：${MIO.srcId}（${MIO.src}）</li></ul><p>この内容で問題なければ「同意します」とお返事ください。<br>※統合したあとで元に戻すことはできませんので、念のためご注意ください🙏</p><p>上田</p>`,
  }),
  mk({
    slug: 'ja-conf-phish-subdomain',
    kind: 'confirmation_request',
    lang: 'ja',
    auth: 'none',
    trusted: false,
    caseId: CASE.mio,
    note: 'forged consent request from amazon.co.jp.verify-case.net with no authentication results',
    from: 'AWS 認定サポート <no-reply@amazon.co.jp.verify-case.net>',
    to: MIO.keep,
    subject: `[CASE ${CASE.mio}] 統合の最終確認`,
    at: '2026-04-23 18:00:00',
    tz: '+0900',
    enc: 'jis7',
    text: `小林様

アカウント統合の最終確認です。
下記リンクからサインインし「同意する」を押してください。押されない場合、統合は取り消されます。
https://amazon.co.jp.verify-case.net/consent

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-conf-badge-warning',
    kind: 'confirmation_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.yuki,
    note: 'consent request that talks about badges after the merge; the ask is still consent',
    from: SUPPORT,
    to: YUKI.keep,
    subject: formSubject(CASE.yuki),
    at: '2026-02-06 03:55:10',
    enc: 'jisb64',
    text: `高橋さん、追記です！

統合したあと、Credly のバッジは個人のメアドで受け取り直しになるかもです。
それも含めて OK でしたら、進めていいよ～ってお返事ください (´・ω・｀)ノ
（一度まとめると戻せないので、念のため！）

森`,
  }),
  mk({
    slug: 'ja-conf-bodyonly',
    kind: 'confirmation_request',
    lang: 'ja',
    auth: 'dkimonly',
    caseId: CASE.mio,
    note: 'consent request with a plain subject; case ID only in the body; dkim-only pass',
    from: SUPPORT,
    to: MIO.keep,
    subject: 'Re: アカウント統合の件',
    at: '2026-04-23 05:10:48',
    enc: 'utf8b64',
    text: `小林さま

（ケース番号：${CASE.mio}）

念のため再送します📨
統合を実行してよろしいか、このメールへのご返信でお知らせください。
一度統合すると、元の 2 つのアカウントには戻せません。

上田`,
  }),
  mk({
    slug: 'ja-conf-toppost-thread',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ren,
    note: 'top-posted consent request above a long thread with Gmail and Salesforce quotes',
    from: SUPPORT,
    to: REN.keep,
    subject: formSubject(CASE.ren),
    at: '2026-03-14 01:00:19',
    enc: 'sjisb64',
    text: `中村様

ご返信ありがとうございます。ただ、いただいた文面が「投合して大丈夫です」のあとで途切れておりましたので、改めてお伺いします。

統合元 ${REN.srcId} を統合先 ${REN.keepId} へ統合してよろしいでしょうか。元に戻せない操作のため、明確なご同意をいただいてから実施いたします。
「はい」とだけでもご返信いただければ結構です。

斉藤

${gmailJa('2026-03-13 21:48', '中村 蓮', REN.keep, `斉藤様お世話になっております中村です投合して大丈夫です\nあと\n\niPhoneから送信`)}

${sfOrigJa('2026/03/13 2:19', SUPPORT_BARE, REN.keep, formSubject(CASE.ren), `中村 蓮 様\n\n下記の内容でアカウントを統合いたします。\n統合後に元の状態へ戻すことはできません。`)}`,
  }),
  mk({
    slug: 'ja-conf-resent-oldco',
    kind: 'confirmation_request',
    lang: 'ja',
    forUser: false,
    caseId: CASE.ren,
    note: "consent request redirected by the old company's mail server (Resent-*): not delivered to the user as such",
    from: SUPPORT,
    to: REN.src,
    subject: formSubject(CASE.ren),
    at: '2026-03-13 02:20:00',
    enc: 'jis7',
    resent: { from: 'postmaster@oldco.example.co.jp', to: 'it-helpdesk@oldco.example.co.jp', date: 'Fri, 13 Mar 2026 11:21:07 +0900' },
    text: `中村 蓮 様

統合元：${REN.srcId}
統合先：${REN.keepId}

上記のとおり統合してよろしいでしょうか。統合後は元に戻せませんので、ご同意いただける場合はご返信ください。

AWS トレーニングと認定`,
  }),
];
