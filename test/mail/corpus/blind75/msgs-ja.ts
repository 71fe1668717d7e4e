// bv: Japanese messages. Voice: machines answer first (virtual assistant, AI
// answers, suggested articles, deflection), then a person takes over.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, KB_BOT, KEN, MISAKI, PORTAL, SUPPORT, SUPPORT_ADDR, VA_JA, YUTA,
  chat, d, esc, formSubject, gmailJa, htmlDoc, mk, newFormSubject, outlookJa, paras, q, sf, sfRef, to,
} from './common.js';

const kenTo = to(KEN.ja, KEN.keep);
const misTo = to(MISAKI.ja, MISAKI.keep);
const yutaTo = to(YUTA.ja, YUTA.keep);

const VA_CHAT_KEN = chat([
  ['10:02', 'バーチャルアシスタント', 'こんにちは。AWS トレーニングと認定のバーチャルアシスタントです。ご用件を入力してください。'],
  ['10:02', '鈴木', '認定アカウントが2つあるので1つにしたい'],
  ['10:03', 'バーチャルアシスタント', '認定ポータルのプロフィールにある「アカウントの統合」ツールをお試しください。'],
  ['10:05', '鈴木', 'ツールで「サポートにお問い合わせください」と出ます'],
  ['10:05', 'バーチャルアシスタント', '承知しました。担当者におつなぎします。ケースを作成しています...'],
]);

const AI_ANSWER_MISAKI = `【AI による自動回答】
お問い合わせ内容から、以下の方法で解決できる可能性があります。
AWS Certification アカウントにサインインし、プロフィール > アカウントの統合 を開いてください。
※この回答は生成 AI により作成されました。`;

const KEN_REQ = `認定アカウントの統合をお願いします。
残す方: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
鈴木`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8)
  mk('ack-handoff', 'acknowledgement', 'ja', CASE.ken, 'automatic receipt after the chatbot handed over; case ID in subject', {
    from: AWS_NOTIFY, to: kenTo, subject: `[CASE ${CASE.ken}] お問い合わせを受け付けました`, date: d('2026-10-05 10:06:11'),
    text: `${KEN.ja} 様

バーチャルアシスタントとの会話内容をもとに、サポートケースを作成しました。
ケースID: ${CASE.ken}
種別: AWS トレーニングと認定 / アカウントの統合

担当者が内容を確認し、通常1営業日以内にメールでご連絡いたします。
同じ内容で新しいケースを作成されますと、回答が遅れる場合がございますのでご注意ください。

-- 会話の記録 --
${VA_CHAT_KEN}

※このメールは送信専用アドレスからお送りしています。`,
  }),
  mk('ack-kb-while-waiting', 'acknowledgement', 'ja', CASE.misaki, 'receipt that also lists help articles to read while waiting', {
    trap: true,
    from: SUPPORT, to: misTo, subject: newFormSubject(CASE.misaki), date: d('2026-10-11 21:40:03'), enc: 'jisb64',
    text: `お問い合わせいただきありがとうございます。
本メールは、ケース ${CASE.misaki} の受付を自動でお知らせするものです。

担当窓口からの返信をお待ちいただく間、次のヘルプ記事がお役に立つかもしれません。
・AWS Certification アカウントを統合する方法
・候補者 ID (AWS から始まる番号) の確認方法
・Credly でデジタルバッジを受け取るには

返信の際は件名を変えずにこのメールへ返信してください。
${sfRef('Mk21x')}`,
  }),
  mk('ack-sjis-plain', 'acknowledgement', 'ja', CASE.yuta, 'plain automatic receipt, Shift_JIS', {
    from: SUPPORT, to: yutaTo, subject: newFormSubject(CASE.yuta), date: d('2026-10-20 08:15:44'), enc: 'sjis8',
    text: `伊藤 雄太 様

このたびは AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
お送りいただいた内容は正常に受け付けられ、受付番号 ${CASE.yuta} が割り当てられました。
順番に確認しておりますので、今しばらくお待ちください。

このメッセージはシステムにより自動送信されています。`,
  }),
  mk('ack-html-only', 'acknowledgement', 'ja', CASE.ken, 'HTML-only receipt of the case opened from the chat', {
    from: AWS_NOTIFY, to: kenTo, subject: 'AWS サポート: ケースが作成されました', date: d('2026-10-05 10:06:30'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<h2>ケースが作成されました</h2>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td><b>${CASE.ken}</b></td></tr>
<tr><td>件名</td><td>認定アカウントの統合について</td></tr>
<tr><td>作成元</td><td>チャット (バーチャルアシスタント)</td></tr>
</table>
<p>担当者からの回答はこのアドレスに届きます。今後のやり取りはメールで行われます。</p>`, 'ja'),
  }),
  mk('ack-lookalike-domain', 'acknowledgement', 'ja', CASE.misaki, 'receipt-shaped mail from a look-alike domain (its own dmarc pass does not count)', {
    trusted: false, from: 'AWS サポートセンター <support@aws-certification-help.com>', to: misTo, subject: `[CASE ${CASE.misaki}] 受付完了のお知らせ`,
    date: d('2026-10-12 02:11:09'), enc: 'utf8qp',
    text: `高橋様

ケース番号 ${CASE.misaki} にてご依頼を受付いたしました。
本人確認のため、下記リンクより AWS アカウントにログインしてください。
https://aws-certification-help.com/verify

AWS サポートセンター`,
  }),
  mk('ack-id-body-only', 'acknowledgement', 'ja', CASE.yuta, 'receipt whose case ID appears only in the body', {
    from: AWS_NOTIFY, to: yutaTo, subject: 'お問い合わせありがとうございます', date: d('2026-10-20 08:15:51'), enc: 'utf8qp', wholeSubject: true,
    text: `AWS トレーニングと認定へのお問い合わせを受け付けました。

  ケース番号 : ${CASE.yuta}
  受付日時   : 2026/10/20 08:15 JST
  カテゴリ   : 認定 > アカウントの統合

内容を確認のうえ、担当者よりご連絡いたします。`,
  }),
  mk('ack-chatbot-gave-up', 'acknowledgement', 'ja', CASE.misaki, 'bot could not solve it and opened a case; a receipt', {
    from: VA_JA, to: misTo, subject: `チャットの内容を担当者に引き継ぎました (ケース ${CASE.misaki})`, date: d('2026-10-11 21:39:40'), enc: 'sjisb64',
    text: `高橋 美咲 様

先ほどのチャットでは、お困りごとを解決できず申し訳ございません。
ご相談内容はケース ${CASE.misaki} として登録し、担当スタッフへ引き継ぎました。
スタッフからのご連絡をメールでお待ちください。

以下はチャットでお伺いした内容です。
----
ご相談: 会社用と個人用の認定アカウントをまとめたい
残したいアカウント: ${MISAKI.keep}
----`,
  }),
  mk('ack-dmarc-fail', 'acknowledgement', 'ja', CASE.ken, 'receipt claiming amazon.com but dmarc=fail', {
    trusted: false, auth: 'fail', from: SUPPORT, to: kenTo, subject: newFormSubject(CASE.ken), date: d('2026-10-06 03:27:15'),
    text: `お問い合わせを受け付けました。ケース番号: ${CASE.ken}
2営業日以内にご回答いたします。`,
  }),

  // ---------------- ai_answer (11)
  mk('ai-merge-tool', 'ai_answer', 'ja', null, 'generated answer pointing to the self-service merge tool', {
    from: KB_BOT, to: misTo, subject: 'お問い合わせへの自動回答', date: d('2026-10-11 21:31:02'), enc: 'jisb64', wholeSubject: true,
    text: `${AI_ANSWER_MISAKI}

手順:
1. 残したいアカウントでサインイン
2. 統合するアカウントのメールアドレスとパスワードを入力
3. 画面の案内に従って進める

この回答で解決しましたか?
はい: https://aws.training/help/feedback?r=yes
いいえ (サポートに問い合わせる): https://aws.training/help/contact`,
  }),
  mk('ai-kb-three', 'ai_answer', 'ja', null, 'three suggested help articles; mentions badges but only as article titles', {
    trap: true, from: KB_BOT, to: kenTo, subject: 'おすすめのヘルプ記事', date: d('2026-10-05 09:58:47'), enc: 'jis7', wholeSubject: true,
    text: `ご入力いただいた質問「認定アカウント 2つ まとめたい」に関連する記事です。

1. 認定アカウントの統合について
   プロフィール画面から2つのアカウントを1つにまとめられます。
2. 統合後に認定資格が表示されない場合
   反映まで最大で数日かかることがあります。
3. Credly バッジが新しいアカウントに移らないとき
   統合のあとで Credly 側のメールアドレスも更新してください。

記事で解決しない場合は「サポートに問い合わせる」からケースを作成できます。`,
  }),
  mk('ai-after-merge-explained', 'ai_answer', 'ja', null, 'AI explains what happens after a merge; still only an AI answer', {
    trap: true, from: VA_JA, to: yutaTo, subject: 'バーチャルアシスタントからの回答', date: d('2026-10-20 08:03:10'), enc: 'utf8b64', wholeSubject: true,
    text: `伊藤様、ご質問ありがとうございます。

統合が完了すると、統合元アカウントの認定資格・受験履歴・特典 (次回受験の 50% 割引など) は統合先アカウントに表示されるようになります。
Credly のバッジは自動では移らないことがあり、その場合はサポートまでご連絡ください。
なお、統合元アカウントにはその後サインインできなくなります。

(この回答は AI が生成したもので、不正確な場合があります)`,
  }),
  mk('ai-yes-close-button', 'ai_answer', 'ja', null, 'deflection mail offering a "yes, close my request" button', {
    trap: true, from: KB_BOT, to: kenTo, subject: 'この記事で解決しましたか?', date: d('2026-10-05 10:00:20'), enc: 'utf8qp', wholeSubject: true,
    text: `先ほどお問い合わせいただいた内容に、次の記事がお役に立つかもしれません。

「AWS 認定アカウントをマージする」
https://aws.training/help/articles/merge-certification-accounts

記事をお読みになって解決した場合は、「はい、リクエストをクローズします」を押してください。
まだ解決していない場合は、このメールに返信せず、そのままお待ちください。担当者が確認します。`,
  }),
  mk('ai-generated-sjis', 'ai_answer', 'ja', null, 'generated answer with AI disclaimer, Shift_JIS', {
    from: VA_JA, to: misTo, subject: '生成AIによる回答: 認定アカウントについて', date: d('2026-10-11 21:33:28'), enc: 'sjis8',
    text: `高橋様

以下は生成 AI による回答です。内容に誤りが含まれる可能性があります。

2つの AWS 認定アカウントをお持ちの場合、どちらか一方にサインインしたうえで、もう一方のアカウント情報を入力して統合できます。
両方のアカウントに認定資格がある場合は、ツールが使えないことがあります。
その際はサポートチームにケースを作成してください。`,
  }),
  mk('ai-alternative-html', 'ai_answer', 'ja', null, 'multipart suggested answer from the help center bot', {
    from: KB_BOT, to: yutaTo, subject: 'AWS トレーニングと認定ヘルプ: 回答の候補', date: d('2026-10-20 08:01:55'), enc: 'utf8b64', wholeSubject: true,
    text: `伊藤 雄太 様

お問い合わせの前に、こちらをご覧ください。

■ 2 つの認定アカウントをひとつにする
認定ポータル > プロフィール > アカウントの統合 から手続きできます。

■ 候補者 ID を確認する
認定ポータルのトップ画面右上に表示されています。

この回答は役に立ちましたか?  はい / いいえ`,
    html: htmlDoc(`<p>伊藤 雄太 様</p>
<p>お問い合わせの前に、こちらをご覧ください。</p>
<h3>2 つの認定アカウントをひとつにする</h3><p>認定ポータル &gt; プロフィール &gt; アカウントの統合 から手続きできます。</p>
<h3>候補者 ID を確認する</h3><p>認定ポータルのトップ画面右上に表示されています。</p>
<p>この回答は役に立ちましたか? <a href="https://aws.training/help/fb?v=1">はい</a> / <a href="https://aws.training/help/fb?v=0">いいえ</a></p>`, 'ja'),
  }),
  mk('ai-irreversible-note', 'ai_answer', 'ja', null, 'AI answer warning that a merge cannot be undone; not support asking for consent', {
    trap: true, from: VA_JA, to: kenTo, subject: 'アカウント統合に関するご案内 (自動応答)', date: d('2026-10-05 10:03:40'), enc: 'jis7', wholeSubject: true,
    text: `自動応答でご案内します。

アカウントの統合は一度実行すると取り消すことができません。
実行前に、残すアカウントのメールアドレスが現在お使いのものかご確認ください。
統合ツールの画面で「統合する」を押すと手続きが始まります。

ほかに知りたいことがあれば、チャット画面に入力してください。`,
  }),
  mk('ai-forged-below', 'ai_answer', 'ja', null, 'AI-answer mail whose only dmarc=pass sits below the server Received line', {
    trusted: false, auth: 'forgedBelow', from: VA_JA, to: misTo, subject: 'AI アシスタントの回答', date: d('2026-10-13 04:40:12'), enc: 'utf8qp', wholeSubject: true,
    text: `アカウントの統合は、以下のページから手続きすると早く完了します。
https://aws-merge-assist.example.net/start
(AI アシスタントが自動作成した回答です)`,
  }),
  mk('ai-mixed-boilerplate', 'ai_answer', 'ja', null, 'Japanese AI suggestion with English footer boilerplate', {
    from: KB_BOT, to: yutaTo, subject: 'Re: 認定アカウントを1つにしたい', date: d('2026-10-20 08:02:30'), enc: 'utf8qp',
    text: `伊藤様

お調べしたところ、セルフサービスの「Merge Accounts」機能で対応できる可能性が高いです。
プロフィールのメニューから開いて、もう一方のアカウントでサインインしてみてください。

--
This response was generated automatically by the AWS Training and Certification help assistant.
Was this helpful? Reply YES or NO.`,
  }),
  mk('ai-lists-needed-info', 'ai_answer', 'ja', null, 'AI answer listing what support will need; it asks nothing itself', {
    trap: true, from: VA_JA, to: kenTo, subject: 'サポートへの問い合わせ前に準備するもの', date: d('2026-10-05 10:04:18'), enc: 'sjisb64',
    text: `鈴木様

ツールで統合できない場合、サポートでは次の情報をもとに手続きを行います。事前にご用意いただくとスムーズです。
 - 両アカウントの候補者 ID
 - 両アカウントのログイン用メールアドレス
 - 残したいアカウントはどちらか

このあと「担当者と話す」を選ぶと、ケースが作成されます。
(バーチャルアシスタントによる自動メッセージ)`,
  }),
  mk('ai-html-only-jis', 'ai_answer', 'ja', null, 'HTML-only ISO-2022-JP suggested article', {
    from: KB_BOT, to: misTo, subject: '関連する記事があります', date: d('2026-10-11 21:31:40'), enc: 'jisb64', wholeSubject: true,
    html: `<html><body>
<p>高橋様</p>
<p>お問い合わせ内容に近い記事を自動で選びました。</p>
<ul><li><a href="https://aws.training/help/articles/merge">認定アカウントの統合手順</a></li>
<li><a href="https://aws.training/help/articles/email">通知先メールアドレスを変更する</a></li></ul>
<p>このご案内で解決しない場合は、担当者がご連絡します。</p>
</body></html>`,
  }),

  // ---------------- info_request (9)
  mk('info-quotes-bot', 'info_request', 'ja', CASE.ken, 'human takes over from the bot and asks for IDs and the account to keep; bot chat quoted below', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-06 11:20:09'), enc: 'jis7',
    text: `鈴木 健一 様

AWS トレーニングと認定サポートの小林です。
バーチャルアシスタントのご案内では解決に至らなかったとのこと、ご不便をおかけしました。ここからは私が担当いたします。

手続きのため、恐れ入りますが次の点をお知らせください。
- 各アカウントの候補者 ID
- 各アカウントに登録されているメールアドレス
- どちらのアカウントを残されるご希望か

よろしくお願いいたします。

小林
AWS Training and Certification Customer Support

${sf('AWS Virtual Assistant', '2026/10/05 10:06', KEN.keep, `[CASE ${CASE.ken}] お問い合わせを受け付けました`, VA_CHAT_KEN)}

${sfRef('Ken01')}`,
  }),
  mk('info-which-to-keep-sjis', 'info_request', 'ja', CASE.yuta, 'asks which account should remain', {
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-21 14:02:33'), enc: 'sjis8',
    text: `伊藤様

ご連絡ありがとうございます。担当の森でございます。
お知らせいただいた 2 件のアカウント (${YUTA.keepId}、${YUTA.srcId}) を確認いたしました。
統合後にお使いになるのはどちらのアカウントか、このメールへのご返信でお教えいただけますか。

森`,
  }),
  mk('info-gmail-thread', 'info_request', 'ja', CASE.misaki, 'agent asks for the candidate ID of the old account; user mail quoted Gmail-style', {
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-13 10:41:00'), enc: 'jisb64',
    text: `高橋 美咲 様

お世話になっております。サポート担当の青木です。
残すアカウント (${MISAKI.keep}) は確認できましたが、統合元の候補者 ID が見当たりません。
お手数ですが、旧アカウントの候補者 ID もしくは登録メールアドレスをお送りいただけますでしょうか。

青木

${gmailJa('2026年10月12日(月) 9:02', MISAKI.ja, MISAKI.keep, `チャットで案内されたツールを試しましたが、エラーで統合できませんでした。
会社で使っていたアカウントを、個人のアカウントにまとめてください。
高橋`)}`,
  }),
  mk('info-confirm-address', 'info_request', 'ja', CASE.ken, 'asks the user to check and tell the address; a request for information worded with confirm', {
    trap: true, to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-07 16:12:40'), enc: 'jis7',
    text: `鈴木様

ご返信ありがとうございます。
統合元アカウントに登録されているメールアドレスが、いただいたもの (${KEN.src}) と一致しませんでした。
当時ご登録のアドレスをご確認のうえ、お知らせください。

小林`,
  }),
  mk('info-reply-from-keep-with-ids', 'info_request', 'ja', CASE.misaki, 'write from the kept address AND send the candidate IDs; sent to the old work address and redirected (Resent-*)', {
    forUser: false, resent: { from: 'it-helpdesk@biz.example.co.jp', to: MISAKI.keep, date: d('2026-10-12 18:58:02') },
    to: to(MISAKI.ja, MISAKI.src), subject: formSubject(CASE.misaki), date: d('2026-10-12 18:55:27'), enc: 'utf8qp',
    text: `高橋様

本件は、統合後に残すアカウントのメールアドレスからご連絡いただく必要がございます。
${MISAKI.keep} からこのケース宛てにご返信いただき、その際に両アカウントの候補者 ID を添えてください。

AWS トレーニングと認定 サポート
${sfRef('Mis02')}`,
  }),
  mk('info-phish-lookalike', 'info_request', 'ja', CASE.yuta, 'asks for IDs and a password from a look-alike domain', {
    trusted: false, from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-jp-support.com>', to: yutaTo,
    subject: formSubject(CASE.yuta), date: d('2026-10-21 01:18:52'), enc: 'jis7',
    text: `伊藤様

統合を進めるため、両方のアカウントの候補者 ID とサインイン用パスワードを本メールにご返信ください。
48 時間以内にご返信がない場合、ケースは無効となります。`,
  }),
  mk('info-cert-list', 'info_request', 'ja', CASE.yuta, 'asks for the certifications and pass dates held on each account', {
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-22 09:30:18'), enc: 'utf8b64',
    text: `伊藤 雄太 様

残すアカウントのご指定ありがとうございます。
念のため、それぞれのアカウントで取得済みの認定名と合格日を一覧でお送りいただけますと幸いです。
旧アカウント側の記録と照合したうえで作業に入ります。

森

${gmailJa('2026年10月21日(水) 19:44', YUTA.ja, YUTA.keep, `${YUTA.keep} の方を残してください。`)}`,
  }),
  mk('info-second-round-sjis', 'info_request', 'ja', CASE.ken, 'previous details did not match; asks for another address', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-08 13:05:00'), enc: 'sjisb64',
    text: `鈴木様

先日いただいた候補者 ID ${KEN.srcId} で検索しましたが、該当するアカウントが見つかりませんでした。
ほかにご登録の可能性があるメールアドレスがあれば、あわせて教えていただけますでしょうか。
お手数をおかけします。

小林`,
  }),
  mk('info-multipart', 'info_request', 'ja', CASE.misaki, 'multipart request for the name registered on each account', {
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-14 11:11:11'), enc: 'utf8b64',
    text: `高橋様

両アカウントのご登録氏名が異なっているようです (漢字とローマ字)。
どちらの表記に合わせるか、また旧姓でのご登録がある場合はその氏名も併せてご返信ください。

青木`,
    html: htmlDoc(paras(`高橋様

両アカウントのご登録氏名が異なっているようです (漢字とローマ字)。
どちらの表記に合わせるか、また旧姓でのご登録がある場合はその氏名も併せてご返信ください。

青木`), 'ja'),
  }),

  // ---------------- confirmation_request (8)
  mk('conf-basic-transcript', 'confirmation_request', 'ja', CASE.ken, 'asks for consent to the irreversible merge; chat transcript quoted', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-09 10:30:45'), enc: 'jis7',
    text: `鈴木 健一 様

確認が取れましたので、次の内容で統合を行います。
  統合先 (残る): ${KEN.keepId} ${KEN.keep}
  統合元 (消える): ${KEN.srcId} ${KEN.src}

統合は後から取り消しできません。上記で進めてよろしければ、このメールにその旨ご返信をお願いいたします。

小林

> [10:03] バーチャルアシスタント: 認定ポータルのプロフィールにある「アカウントの統合」ツールをお試しください。
> [10:05] 鈴木: ツールで「サポートにお問い合わせください」と出ます`,
  }),
  mk('conf-sjis-short', 'confirmation_request', 'ja', CASE.yuta, 'short consent request, Shift_JIS', {
    crlf: false,
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-23 15:48:10'), enc: 'sjis8',
    text: `伊藤様

準備が整いました。${YUTA.srcId} を ${YUTA.keepId} に統合してもよろしいですか。
一度統合するとお戻しできませんので、ご了承いただけるようでしたらご返信ください。

森`,
  }),
  mk('conf-agree-phrase', 'confirmation_request', 'ja', CASE.misaki, 'asks the user to reply "同意します" before merging', {
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-15 09:12:30'), enc: 'utf8qp',
    text: `高橋 美咲 様

青木です。お待たせしております。
以下の 2 アカウントを 1 つにまとめる準備ができました。

| 区分 | 候補者ID | メールアドレス |
| 残す | ${MISAKI.keepId} | ${MISAKI.keep} |
| 統合元 | ${MISAKI.srcId} | ${MISAKI.src} |

この操作は元に戻せません。問題なければ「同意します」と一言ご返信ください。確認後、作業に入ります。`,
  }),
  mk('conf-quotes-ai', 'confirmation_request', 'ja', CASE.ken, 'agent asks consent; the earlier AI answer is quoted Outlook-style', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-09 17:02:19'), enc: 'jisb64',
    text: `鈴木様

自動回答でご案内したツールはお客様のケースでは使えないため、こちらで統合いたします。
統合を実施してよいか、お手数ですがご返答ください。実施後の取り消しはできかねます。

小林

${outlookJa('AWS トレーニングと認定ヘルプ', '2026年10月5日 9:58', KEN.keep, 'おすすめのヘルプ記事', `1. 認定アカウントの統合について
   プロフィール画面から2つのアカウントを1つにまとめられます。`)}`,
  }),
  mk('conf-html-only', 'confirmation_request', 'ja', CASE.yuta, 'HTML-only consent request', {
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-23 16:00:02'), enc: 'utf8b64',
    html: htmlDoc(`<p>伊藤 雄太 様</p>
<p>統合の最終確認です。</p>
<p><b>${esc(YUTA.srcId)}</b> の認定履歴を <b>${esc(YUTA.keepId)}</b> へ移し、統合元アカウントは無効になります。<br>
この処理を元に戻すことはできません。</p>
<p>進めてよろしければ、本メールにご返信のうえご承諾ください。</p>
<p>AWS トレーニングと認定 サポート</p>`, 'ja'),
  }),
  mk('conf-other-authserv', 'confirmation_request', 'ja', CASE.misaki, 'only a foreign authserv-id vouches for it', {
    trusted: false, auth: 'otherOnly', to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-15 03:33:03'), enc: 'jis7',
    text: `高橋様

統合を進めてよろしいでしょうか。ご承諾の場合、返信をお願いします。元に戻すことはできません。`,
  }),
  mk('conf-mixed-languages', 'confirmation_request', 'ja', CASE.ken, 'Japanese consent request with English translation below', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-09 10:31:10'), enc: 'utf8b64',
    text: `鈴木様

統合の実施前に、ご本人様の同意をいただく必要がございます。下記アカウントの統合に同意される場合は、ご返信ください。
${KEN.srcId} -> ${KEN.keepId}

[English]
Before we merge, we need your consent. Please reply to this email if you agree to merge ${KEN.srcId} into ${KEN.keepId}. This cannot be reversed.`,
  }),
  mk('conf-dkim-only', 'confirmation_request', 'ja', CASE.yuta, 'consent request with only an aligned dkim=pass', {
    auth: 'dkimonly', to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-24 09:05:37'), enc: 'sjisb64',
    text: `伊藤様

先日お送りした内容について、まだご返信をいただいておりません。
統合は取り消せない処理のため、ご承諾のお返事をいただいてから作業いたします。よろしくお願いします。

森`,
  }),

  // ---------------- merge_completed (8)
  mk('merged-basic', 'merge_completed', 'ja', CASE.ken, 'agent says the merge is done; consent quoted', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-10 14:20:55'), enc: 'jis7',
    text: `鈴木 健一 様

お待たせいたしました。ご指定の 2 つの認定アカウントの統合作業が完了しました。
${KEN.keep} でサインインし、認定資格の一覧をご確認ください。

小林

${gmailJa('2026年10月9日(金) 12:44', KEN.ja, KEN.keep, '上記の内容で統合をお願いします。')}`,
  }),
  mk('merged-and-closing', 'merge_completed', 'ja', CASE.misaki, 'merge finished and the case will be closed: the new fact is the merge', {
    trap: true,
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-16 10:05:12'), enc: 'jisb64',
    text: `高橋様

旧アカウント ${MISAKI.srcId} の内容を ${MISAKI.keepId} に移し終えました。統合は本日付で完了しています。
本件はこれにてクローズとさせていただきます。

青木`,
  }),
  mk('merged-portal-notice', 'merge_completed', 'ja', null, 'certification portal notice that the accounts were merged (no case ID)', {
    from: PORTAL, to: yutaTo, subject: 'AWS Certification: アカウントの統合が完了しました', date: d('2026-10-26 06:02:40'), enc: 'utf8qp',
    text: `伊藤 雄太 様

ご利用の AWS Certification アカウントへの統合処理が終わりました。
今後は ${YUTA.keep} でサインインしてください。旧アカウントの認定履歴もこちらに表示されます。

AWS Certification`,
  }),
  mk('merged-please-check', 'merge_completed', 'ja', CASE.yuta, 'completion with a request to check that all looks right', {
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-26 11:48:03'), enc: 'sjis8',
    text: `伊藤様

ご承諾ありがとうございました。アカウントをひとつにまとめる作業が終わりましたのでお知らせします。
認定資格や特典の表示に不足があれば、お手数ですがお知らせください。

森`,
  }),
  mk('merged-badges-later', 'merge_completed', 'ja', CASE.ken, 'merged; badges will follow later (future)', {
    trap: true,
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-10 14:25:30'), enc: 'utf8b64',
    text: `鈴木様

統合が完了いたしました。
Credly のデジタルバッジは、反映まで数日かかる場合がございます。数日たっても表示されないときは、このケースにご返信ください。

小林`,
  }),
  mk('merged-fail-then-forged', 'merge_completed', 'ja', CASE.misaki, 'topmost A-R fails; a planted pass sits lower', {
    trusted: false, auth: 'failThenForged', to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-16 02:14:44'), enc: 'jis7',
    text: `高橋様
統合が完了しました。下記 URL からサインインして確認してください。
https://aws-certification-portal.example.org/login`,
  }),
  mk('merged-status-bot', 'merge_completed', 'ja', CASE.yuta, 'automated case-update mail reporting the merge as done', {
    from: AWS_NOTIFY, to: yutaTo, subject: `ケース ${CASE.yuta} が更新されました`, date: d('2026-10-26 11:49:00'), enc: 'sjisb64',
    text: `ケース ${CASE.yuta} に新しい対応記録が追加されました。

対応内容: 認定アカウントの統合作業を実施し、完了しました。
担当: AWS トレーニングと認定 サポート

詳細はこのメールに返信してお問い合わせください。`,
  }),
  mk('merged-outlook-thread', 'merge_completed', 'ja', CASE.ken, 'top-posted completion above an Outlook history block', {
    to: to(KEN.ja, KEN.src), cc: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-10 14:21:40'), enc: 'jisb64',
    text: `鈴木様

先ほど統合を実施し、正常に終了したことを確認いたしました。
新旧どちらのアドレスにもお送りしております。

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年10月9日 12:44', SUPPORT_ADDR, formSubject(CASE.ken), `小林様

同意します。統合をお願いします。

鈴木`)}`,
  }),

  // ---------------- badges_transferred (7)
  mk('badge-credly-ja', 'badges_transferred', 'ja', null, 'AWS badge issued via Credly to the kept account', {
    from: CREDLY_AWS, to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-12 07:33:21'), enc: 'utf8b64', wholeSubject: true,
    text: `${KEN.ja} 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
以下のボタンから受け取ってください。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
    html: htmlDoc(`<p>${esc(KEN.ja)} 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0a7;color:#fff;padding:8px 16px">バッジを入手する</a></p>`, 'ja'),
  }),
  mk('badge-support-moved', 'badges_transferred', 'ja', CASE.ken, 'agent reports the Credly badges were moved', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-14 15:10:08'), enc: 'jis7',
    text: `鈴木様

ご連絡いただいた Credly バッジの件、統合元アカウントにあったバッジ 2 件を ${KEN.keep} 側へ移しました。
Credly にサインインのうえ、ご確認ください。

小林

${gmailJa('2026年10月13日(火) 8:20', KEN.ja, KEN.keep, 'バッジが古いアカウントに残ったままです。')}`,
  }),
  mk('badge-moved-and-close', 'badges_transferred', 'ja', CASE.yuta, 'badges moved and case closing', {
    trap: true,
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-29 10:02:48'), enc: 'sjis8',
    text: `伊藤様

デジタルバッジの付け替えが終わりました。現在はすべて統合先アカウントに紐づいています。
ほかにご不明点がなければ、本ケースはクローズいたします。

森`,
  }),
  mk('badge-credly-html-only', 'badges_transferred', 'ja', null, 'HTML-only Credly notice of an AWS badge', {
    from: CREDLY_AWS, to: misTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-18 05:12:09'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>高橋 美咲 様</p>
<p>おめでとうございます。AWS Certified Developer - Associate のバッジがあなたの Credly アカウントに届きました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept">バッジを入手する</a></p>
<p style="color:#888">Credly, Inc.</p>`, 'ja'),
  }),
  mk('badge-credly-lookalike', 'badges_transferred', 'ja', null, 'badge notice from credIy (capital I) look-alike', {
    trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: yutaTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-27 03:01:00'), enc: 'utf8qp', wholeSubject: true,
    text: `伊藤様
AWS のバッジが移行されました。下のリンクからサインインして受け取ってください。
https://credly-badge-claim.example.com/accept`,
  }),
  mk('badge-after-bot-failed', 'badges_transferred', 'ja', CASE.misaki, 'bot could not move badges; the agent did and says so', {
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-19 13:37:00'), enc: 'jisb64',
    text: `高橋様

バーチャルアシスタントから「Credly で手続きしてください」とご案内が届いたとのこと、失礼いたしました。
こちらで Credly 側の登録を修正し、バッジ 3 件を ${MISAKI.keep} のアカウントへ移行済みです。

青木

> [自動回答] Credly のバッジは Credly のヘルプセンターからお手続きください。`,
  }),
  mk('badge-support-qp', 'badges_transferred', 'ja', CASE.ken, 'short note: badges now on kept account', {
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-15 09:00:31'), enc: 'utf8qp',
    text: `鈴木様、Credly のバッジは本日すべて統合先に反映しました。お手数ですがご確認ください。 小林`,
  }),

  // ---------------- case_closed (8)
  mk('closed-autoclose-7days', 'case_closed', 'ja', CASE.misaki, 'reminder: closes in 7 days without a reply', {
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-20 09:00:00'), enc: 'jis7',
    text: `高橋様

先日のご案内以降、ご連絡をいただいておりません。
7 日以内にご返信がない場合、このケースは自動的にクローズされます。

AWS トレーニングと認定 サポート`,
  }),
  mk('closed-by-deflection', 'case_closed', 'ja', CASE.yuta, 'request closed because the user marked the article as helpful', {
    from: KB_BOT, to: yutaTo, subject: `リクエスト ${CASE.yuta} はクローズされました`, date: d('2026-10-20 08:20:10'), enc: 'utf8qp',
    text: `伊藤様

おすすめした記事で問題が解決したとご回答いただいたため、お問い合わせ (${CASE.yuta}) をクローズしました。
解決していなかった場合は、このメールに返信すると再開できます。`,
  }),
  mk('closed-restates-merge', 'case_closed', 'ja', CASE.ken, 'closing notice that only restates last week\'s merge', {
    trap: true, to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-19 10:00:44'), enc: 'sjis8',
    text: `鈴木様

先週ご報告のとおりアカウントの統合は済んでおり、その後ご連絡もございませんので、本ケースをクローズいたします。
ご利用ありがとうございました。

小林`,
  }),
  mk('closed-status-resolved', 'case_closed', 'ja', CASE.misaki, 'AWS notification: case status set to resolved', {
    from: AWS_NOTIFY, to: misTo, subject: `ケース ${CASE.misaki} のステータス: 解決済み`, date: d('2026-10-27 09:00:03'), enc: 'jisb64',
    text: `お客様のサポートケース ${CASE.misaki} は「解決済み」になりました。

再度ご質問がある場合は、14 日以内であればこのメールへの返信でケースを再開できます。`,
  }),
  mk('closed-html-only', 'case_closed', 'ja', CASE.yuta, 'HTML-only closing notice', {
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-11-05 10:10:10'), enc: 'utf8b64',
    html: htmlDoc(`<p>伊藤様</p><p>本件についてはご対応が完了したものと判断し、ケースを終了させていただきました。</p><p>AWS トレーニングと認定</p>`, 'ja'),
  }),
  mk('closed-no-reply', 'case_closed', 'ja', CASE.kenDup, 'duplicate case closed after no reply', {
    to: kenTo, subject: formSubject(CASE.kenDup), date: d('2026-10-16 18:30:00'), enc: 'sjisb64',
    text: `鈴木様

お返事をいただけなかったため、ケース ${CASE.kenDup} はクローズされました。
ご用件が残っている場合は、このメールに返信してください。`,
  }),
  mk('closed-no-auth', 'case_closed', 'ja', CASE.misaki, 'closing notice with no Authentication-Results at all', {
    trusted: false, auth: 'none', to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-28 04:04:04'), enc: 'jis7',
    text: `高橋様
本ケースはクローズしました。再開する場合は以下から手続きしてください。
https://support-reopen.example.info/`,
  }),
  mk('closed-restates-badges', 'case_closed', 'ja', CASE.yuta, 'closing that restates badges moved earlier', {
    trap: true, to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-11-02 11:11:00'), enc: 'utf8b64',
    text: `伊藤様

バッジの移行は 10 月 29 日に完了済みとなっておりますので、本日をもってお問い合わせを終了いたします。

森`,
  }),

  // ---------------- support_reply (9)
  mk('sr-handover-status', 'support_reply', 'ja', CASE.ken, 'human takes over from the bot; says the merge will be reported once done (future)', {
    crlf: false,
    trap: true, to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-09 19:20:00'), enc: 'jis7',
    text: `鈴木様

ご同意のご返信、確かに拝見しました。現在、統合作業の順番待ちとなっております。
統合が完了しましたら、改めてこのケースでご連絡いたします。

小林`,
  }),
  mk('sr-thanks-for-consent', 'support_reply', 'ja', CASE.misaki, 'thanks for confirming; passed to the team', {
    trap: true, to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-15 13:40:02'), enc: 'sjis8',
    text: `高橋様

ご承諾のご連絡ありがとうございます。担当部署へ作業を依頼いたしました。
進捗がありしだいお知らせいたします。

青木`,
  }),
  mk('sr-dup-cases-merged', 'support_reply', 'ja', CASE.ken, 'duplicate support cases merged, not the accounts', {
    trap: true, to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-06 12:02:20'), enc: 'jisb64',
    text: `鈴木様

同じ内容のケースが 2 件 (${CASE.ken} と ${CASE.kenDup}) 作成されていたため、ケースを ${CASE.ken} に統合しました。
以降はこちらのケースでやり取りさせてください。アカウントについては引き続き確認中です。

小林`,
  }),
  mk('sr-cannot-merge-yet', 'support_reply', 'ja', CASE.yuta, 'support says it cannot merge at this point', {
    trap: true, to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-22 17:14:50'), enc: 'utf8qp',
    text: `伊藤様

統合元アカウントに未受験の試験予約があるため、現時点では統合を実施できません。
試験日 (11 月 3 日) 以降に改めて作業いたしますので、少々お待ちください。

森`,
  }),
  mk('sr-escalated', 'support_reply', 'ja', CASE.misaki, 'escalated to the specialist team', {
    to: misTo, subject: formSubject(CASE.misaki), date: d('2026-10-14 18:02:09'), enc: 'sjisb64',
    text: `高橋様

お問い合わせいただいた件は、専門チームでの調査が必要なため、担当を引き継ぎました。
回答まで数営業日いただく見込みです。ご不便をおかけします。

青木`,
  }),
  mk('sr-not-done-yet', 'support_reply', 'ja', CASE.ken, 'the merge has not been completed yet', {
    trap: true, to: kenTo, subject: formSubject(CASE.ken), date: d('2026-10-10 09:15:12'), enc: 'jis7',
    text: `鈴木様

お問い合わせの件、統合はまだ終わっておりません。作業チームの順番待ちの状態です。
大変恐縮ですが、もう少々お時間をください。

小林

${gmailJa('2026年10月10日(土) 8:02', KEN.ja, KEN.keep, 'その後いかがでしょうか。まだ資格が片方にしか出ていません。')}`,
  }),
  mk('sr-write-from-kept', 'support_reply', 'ja', CASE.misaki, 'asks to write from the kept address, no data requested', {
    trap: true, to: to(MISAKI.ja, MISAKI.src), subject: formSubject(CASE.misaki), date: d('2026-10-12 10:02:02'), enc: 'jis7',
    text: `高橋様

セキュリティ上の理由により、統合後に残すアカウントのメールアドレスから、このケースへご返信いただけますでしょうか。
その後の手続きはそちらでご案内します。

青木`,
  }),
  mk('sr-bot-was-wrong', 'support_reply', 'ja', CASE.yuta, 'agent corrects the earlier automated answer', {
    to: yutaTo, subject: formSubject(CASE.yuta), date: d('2026-10-21 10:30:00'), enc: 'utf8b64',
    text: `伊藤様

先にお届けした自動回答ではセルフサービスのツールをご案内しましたが、両方のアカウントに認定資格があるため、お客様の場合はツールをお使いいただけません。
こちらで対応いたしますので、ご安心ください。

森

${q(`この回答は生成 AI により作成されました。
セルフサービスの「Merge Accounts」機能で対応できる可能性が高いです。`)}`,
  }),
  mk('sr-freemail-display', 'support_reply', 'ja', CASE.ken, 'support display name on a free-mail address', {
    trusted: false, from: 'AWS Training and Certification <aws.cert.support.jp@freemail.example.com>', to: kenTo,
    subject: formSubject(CASE.ken), date: d('2026-10-08 22:22:22'), enc: 'sjis8',
    text: `鈴木様

ケースの状況についてご連絡いたします。現在、担当者が確認を進めております。
急ぎの場合は下記の番号までお電話ください。 03-0000-0000`,
  }),

  // ---------------- unrelated (10)
  mk('un-va-survey', 'unrelated', 'ja', CASE.yuta, 'survey about the virtual assistant after closing', {
    trap: true, from: 'AWS トレーニングと認定 <survey@aws.training>', to: yutaTo, subject: 'バーチャルアシスタントの対応はいかがでしたか?', date: d('2026-11-05 12:00:00'), enc: 'utf8qp', wholeSubject: true,
    text: `伊藤様

ケース ${CASE.yuta} はクローズされました。ご利用ありがとうございました。
今回のバーチャルアシスタントおよび担当者の対応について、1 分ほどのアンケートにご協力ください。
https://aws.training/survey?c=${CASE.yuta}`,
  }),
  mk('un-oldcorp-ooo', 'unrelated', 'ja', CASE.ken, 'old company auto-reply quoting the completion', {
    trap: true, trusted: false, from: `${KEN.ja} <${KEN.src}>`, to: kenTo, subject: `自動応答: ${formSubject(CASE.ken)}`, date: d('2026-10-10 14:22:03'), enc: 'jis7',
    auth: 'none', extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動返信です。
鈴木は 9 月 30 日をもって退職いたしました。今後のご連絡は総務部までお願いいたします。

> ご指定の 2 つの認定アカウントの統合作業が完了しました。`,
  }),
  mk('un-own-forward-colleague', 'unrelated', 'ja', CASE.misaki, 'the user forwards the AI answer to a colleague (sent mail)', {
    trusted: false, forUser: false, from: to(MISAKI.ja, MISAKI.keep), to: '山本 さん <yamamoto@biz.example.co.jp>', deliveredTo: null,
    subject: 'Fwd: 関連する記事があります', date: d('2026-10-11 22:05:00'), enc: 'utf8b64', auth: 'none',
    text: `山本さん

会社アカウントの認定を個人側にまとめる件、AI の自動回答はこんな感じでした。結局サポートに回されました (ケース ${CASE.misaki})。

---------- Forwarded message ---------
From: AWS Training and Certification Help <help-answers@aws.training>
Date: 2026年10月11日(日) 21:31
Subject: 関連する記事があります

お問い合わせ内容に近い記事を自動で選びました。`,
  }),
  mk('un-exam-booking-case', 'unrelated', 'ja', CASE.kenExam, 'receipt of another case about rescheduling an exam', {
    trap: true, from: AWS_NOTIFY, to: kenTo, subject: `[CASE ${CASE.kenExam}] 試験予約の変更について (受付)`, date: d('2026-10-07 09:09:09'), enc: 'jisb64',
    text: `鈴木様

試験予約日の変更に関するお問い合わせを受け付けました (ケース ${CASE.kenExam})。
Pearson VUE の予約状況を確認のうえ、ご連絡します。`,
  }),
  mk('un-credly-microsoft', 'unrelated', 'ja', null, 'Credly badge from Microsoft, not AWS', {
    trap: true, from: 'Microsoft via Credly <admin@credly.com>', to: misTo, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-10-17 08:08:08'), enc: 'utf8b64', wholeSubject: true,
    text: `高橋 美咲 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
  }),
  mk('un-credly-merge-code', 'unrelated', 'ja', null, 'Credly\'s own account-merge verification code', {
    trap: true, from: 'Credly <admin@credly.com>', to: yutaTo, subject: 'Credly アカウント統合の確認コード', date: d('2026-10-30 20:20:20'), enc: 'utf8qp', wholeSubject: true,
    text: `Credly のアカウント統合を完了するには、以下の確認コードを入力してください。

確認コード: 482 913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  mk('un-amazonq-marketing', 'unrelated', 'ja', null, 'marketing for an AI learning assistant', {
    from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>', to: kenTo, subject: '新機能: AI アシスタントで学習計画を作成', date: d('2026-10-22 12:00:00'), enc: 'jisb64', wholeSubject: true,
    text: `AWS Skill Builder に AI 学習アシスタントが登場しました。
目標とする認定を入力するだけで、おすすめのコースと学習計画を提案します。

今すぐ試す: https://skillbuilder.aws/
配信停止はこちら: https://aws.amazon.com/unsubscribe`,
  }),
  mk('un-exam-result', 'unrelated', 'ja', null, 'exam result notice that mentions a Credly badge coming', {
    trap: true, from: PORTAL, to: yutaTo, subject: 'AWS Certified Cloud Practitioner 試験結果のお知らせ', date: d('2026-10-25 17:45:00'), enc: 'sjis8',
    text: `伊藤 雄太 様

おめでとうございます。AWS Certified Cloud Practitioner に合格されました。
デジタルバッジは数日以内に Credly からメールでお届けします。`,
  }),
  mk('un-refund-case-closed', 'unrelated', 'ja', CASE.misakiRefund, 'another case (voucher refund) closed', {
    trap: true, to: misTo, subject: formSubject(CASE.misakiRefund).replace('account-assistance', 'billing'), date: d('2026-10-21 15:00:00'), enc: 'sjisb64',
    text: `高橋様

受験バウチャーの返金手続きが完了しましたので、本ケース (${CASE.misakiRefund}) をクローズいたします。

AWS トレーニングと認定 請求担当`,
  }),
  mk('un-chat-transcript-other', 'unrelated', 'ja', null, 'chat transcript about exam accommodations', {
    from: VA_JA, to: kenTo, subject: 'チャット履歴のコピー', date: d('2026-10-28 20:10:00'), enc: 'utf8b64', wholeSubject: true,
    text: `ご依頼のあったチャット履歴をお送りします。

${chat([
  ['20:01', 'バーチャルアシスタント', 'ご用件をどうぞ。'],
  ['20:02', '鈴木', '英語の試験で延長時間を申請したい'],
  ['20:02', 'バーチャルアシスタント', '非英語話者向けの 30 分延長は、試験の予約前に認定アカウントから申請できます。'],
  ['20:04', '鈴木', 'ありがとう、できました'],
])}`,
  }),
];
