// Set "co", Japanese part 1: the cases of 森 健二, 田中 結衣 and 小林 翔.
import { rfcDate as d, type Msg } from './lib.js';
import {
  CASE,
  CREDLY_AWS,
  FORM,
  FORM_BARE,
  FORM_JA,
  KENJI,
  NOREPLY,
  SHO,
  YUI,
  caseSubj,
  caseSubjNew,
  colourInline,
  gmailJa,
  gt,
  jaAddr,
  mk,
  outlookJa,
  paras,
  sfBlock,
  sfRef,
} from './common.js';

const K = CASE.kenji;
const Y = CASE.yui;
const S = CASE.sho;

// ---------------------------------------------------------------- 森 健二
const kenjiForm = `AWS認定のアカウントが2つあり、1つにまとめたいです。
前の会社のメールアドレスで受験した分と、個人アドレスで受験した分があります。
会社のアドレス(${KENJI.src})はあと2週間ほどで使えなくなります。
個人側の候補IDは ${KENJI.keepId} です。会社側のIDは控えがなく分かりません。
統合すると、50%割引の特典も引き継がれますか?
森 健二`;

const kenjiInfo = `森様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの藤井です。
インラインにて失礼いたします。

> 前の会社のメールアドレスで受験した分と、個人アドレスで受験した分があります。
> 会社のアドレス(${KENJI.src})はあと2週間ほどで使えなくなります。

→ 承知いたしました。アドレスが使えなくなった後でも、統合の手続き自体は行えます。

> 個人側の候補IDは ${KENJI.keepId} です。会社側のIDは控えがなく分かりません。

→ 恐れ入りますが、会社側アカウントの候補ID(AWS で始まる番号)を、CertMetrics に
  サインインしてプロフィール画面でご確認のうえ、本メールへのご返信でお送りくださいますでしょうか。
  サインインが難しいようでしたら、受験時の氏名(ローマ字)、合格された試験名と受験日でも照合いたします。

> 統合すると、50%割引の特典も引き継がれますか?

→ はい。未使用の特典は、統合先のアカウントに表示されるようになります。

以上、よろしくお願いいたします。

藤井
AWS トレーニングと認定 カスタマーサポート
${sfRef('Kq1')}`;

const kenjiOwn = `藤井様

ご回答ありがとうございます。お尋ねの件、下に書きました。

> → 恐れ入りますが、会社側アカウントの候補ID(AWS で始まる番号)を、CertMetrics に
>   サインインしてプロフィール画面でご確認のうえ、本メールへのご返信でお送りくださいますでしょうか。

会社側の候補IDは ${KENJI.srcId} でした。ログイン用のメールアドレスは ${KENJI.src} です。

> → はい。未使用の特典は、統合先のアカウントに表示されるようになります。

安心しました。残すのは個人側(${KENJI.keepId})でお願いします。

森`;

const kenjiConfirm = `森 健二 様

ご返信ありがとうございます。お送りいただいた候補IDで、2つのアカウントを確認できました。

 統合先(残るアカウント): ${KENJI.keepId} / ${KENJI.keep}
 統合元(統合後は無効): ${KENJI.srcId} / ${KENJI.src}

統合元の認定資格・試験履歴・特典は、すべて統合先へ移ります。
なお、この処理は一度実行すると取り消すことができません。
上記の組み合わせで差し支えなければ、本メールにその旨ご返信ください。ご返信を確認したうえで手続きに入ります。

藤井
AWS トレーニングと認定

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年2月4日 21:40', FORM_BARE, caseSubj(K))}

${kenjiOwn}`;

const kenjiThanks = `森様

ご承諾のご連絡、ありがとうごさいます。
統合のご依頼を社内の担当部署へ引き継ぎました。作業が済み次第あらためてご連絡いたしますので、今しばらくお待ちください。

藤井

2026年2月5日 8:02 ${KENJI.ja} <${KENJI.keep}>:
承知しました。上記の内容で統合を進めてください。よろしくお願いします。
森

2026年2月4日 18:15 AWS トレーニングと認定 <${FORM_BARE}>:
 統合先(残るアカウント): ${KENJI.keepId} / ${KENJI.keep}
 統合元(統合後は無効): ${KENJI.srcId} / ${KENJI.src}
統合元の認定資格・試験履歴・特典は、すべて統合先へ移ります。
なお、この処理は一度実行すると取り消すことができません。
上記の組み合わせで差し支えなければ、本メールにその旨ご返信ください。`;

const kenjiDone = `森様

いつもお世話になっております。お問い合わせの件、下記にてご回答申し上げます。

> 2/5に統合をお願いしましたが、だいたいどのくらいで終わるものでしょうか。

【回答】本日2月6日付で、${KENJI.srcId} の資格情報を ${KENJI.keepId} へ移す処理が完了いたしました。
お手数ですが ${KENJI.keep} でサインインし、認定の一覧と特典が表示されていることをご確認ください。

> 会社のアドレスは来週で使えなくなりますが、問題ないでしょうか。

【回答】統合元のアカウントはすでに無効となっておりますので、今後のご案内はすべて個人アドレス宛てとなります。ご心配には及びません。

> Credly のバッジはどうなりますか。

【回答】バッジの付け替えは別の処理となります。数日たっても個人アドレス側に届かないときは、このケースにそのままご返信ください。

藤井
AWS トレーニングと認定 カスタマーサポート`;

const credlyJaText = (name: string, cert: string, url: string, addr: string): string => `${name} さん

Amazon Web Services Training and Certification から、あなたにデジタルバッジが発行されました。

${cert}

バッジを受け取ると、LinkedIn やメール署名などでスキルを証明できます。

バッジを入手する
${url}

このお知らせは ${addr} 宛てにお送りしています。

Credly チーム`;

const credlyJaHtml = (name: string, cert: string, url: string, addr: string): string =>
  `<html><body style="font-family:sans-serif">
<p>${name} さん</p>
<p>Amazon Web Services Training and Certification から、あなたにデジタルバッジが発行されました。</p>
<h2 style="font-size:16px">${cert}</h2>
<p>バッジを受け取ると、LinkedIn やメール署名などでスキルを証明できます。</p>
<p><a href="${url}" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="color:#777;font-size:11px">このお知らせは ${addr} 宛てにお送りしています。<br>Credly チーム</p>
</body></html>`;

export const JA1: Msg[] = [
  mk({
    slug: 'kenji-ack',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: K,
    note: 'automatic receipt of the new merge case, case number in the body and subject',
    from: NOREPLY,
    to: jaAddr(KENJI),
    subject: `お問い合わせを受け付けました [CASE ${K}]`,
    date: d('2026-02-03 09:14:51', '+0900'),
    text: `${KENJI.ja} 様

AWS トレーニングと認定へのお問い合わせを承りました。
ケース番号 ${K} として記録しております。

担当者が内容を確認し、通常1営業日以内にこのアドレス宛てにご連絡いたします。
同じご用件で新たにケースを作成されますと、かえって回答が遅れる場合がございます。
このメールに返信していただくと、同じケースに追記されます。

お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合
受付日時: 2026/02/03 09:14 (JST)

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'kenji-info-arrow',
    kind: 'info_request',
    lang: 'ja',
    caseId: K,
    note: 'inline answers with → marks; the third answer asks for the source candidate ID (or name/exam/date)',
    to: KENJI.keep,
    subject: caseSubj(K),
    date: d('2026-02-04 11:02:37'),
    enc: 'jisb64',
    text: `${kenjiInfo}\n\n${sfBlock(`${KENJI.ja} <${KENJI.keep}>`, '2026/02/03 0:14', FORM_BARE, caseSubjNew(K))}\n\n${kenjiForm}`,
  }),
  mk({
    slug: 'kenji-own-inline',
    kind: 'unrelated',
    lang: 'ja',
    caseId: K,
    trusted: false,
    trap: true,
    note: "the user's own inline reply giving the ID (Bcc copy to himself): no news from support",
    from: jaAddr(KENJI),
    to: FORM_BARE,
    deliveredTo: KENJI.keep,
    rcpt: KENJI.keep,
    subject: caseSubj(K),
    date: d('2026-02-04 21:40:09', '+0900'),
    text: `${kenjiOwn}\n\n${gmailJa('2026年2月4日(水) 20:02', `AWS Training and Certification <${FORM_BARE}>`)}\n${gt(kenjiInfo)}`,
  }),
  mk({
    slug: 'kenji-consent-ask',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: K,
    note: 'states both accounts, warns it cannot be undone, asks for a reply to proceed; Outlook quote below',
    from: FORM_JA,
    to: jaAddr(KENJI),
    subject: caseSubj(K),
    date: d('2026-02-04 09:15:44'),
    text: kenjiConfirm,
  }),
  mk({
    slug: 'kenji-thanks-handoff',
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'thanks for consenting and passes to the team; the quoted confirmation lost its > markers',
    to: KENJI.keep,
    subject: caseSubj(K),
    date: d('2026-02-05 01:30:12'),
    enc: 'jisb64',
    text: kenjiThanks,
  }),
  mk({
    slug: 'kenji-done-deep',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: K,
    note: 'top says only "answers below"; first inline answer says the merge was completed today',
    to: jaAddr(KENJI),
    subject: caseSubj(K),
    date: d('2026-02-06 05:48:20'),
    text: `${kenjiDone}\n\n2026年2月6日(金) 9:31 ${KENJI.ja} <${KENJI.keep}>:\n${gt(`藤井様\n\n2/5に統合をお願いしましたが、だいたいどのくらいで終わるものでしょうか。\n会社のアドレスは来週で使えなくなりますが、問題ないでしょうか。\nCredly のバッジはどうなりますか。\n\n森`)}`,
  }),
  mk({
    slug: 'kenji-credly-saa',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: "AWS's Credly badge issued to the kept address (Japanese Credly template)",
    from: CREDLY_AWS,
    to: KENJI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-09 02:11:05'),
    enc: 'utf8qp',
    text: credlyJaText(KENJI.ja, 'AWS Certified Solutions Architect - Associate', 'https://www.credly.com/earner/earned/badge/7d1c2e90-5b1a-4a57-9f0e-2a8c61d0f3b4', KENJI.keep),
    html: credlyJaHtml(KENJI.ja, 'AWS Certified Solutions Architect - Associate', 'https://www.credly.com/earner/earned/badge/7d1c2e90-5b1a-4a57-9f0e-2a8c61d0f3b4', KENJI.keep),
  }),
  mk({
    slug: 'kenji-closing',
    kind: 'case_closed',
    lang: 'ja',
    caseId: K,
    note: 'no further reply, the case is closed (mentions it can be reopened by replying)',
    to: KENJI.keep,
    subject: caseSubj(K),
    date: d('2026-02-16 07:20:00'),
    enc: 'utf8qp',
    text: `森様

AWS トレーニングと認定サポートの藤井です。
その後ご連絡がございませんでしたので、本ケースはいったんクローズとさせていただきます。
同じ件で何かございましたら、このメールにご返信いただければケースが再開されます。

ご利用ありがとうございました。

藤井`,
  }),
  mk({
    slug: 'kenji-exam-case-ack',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.kenjiExam,
    trap: true,
    note: "receipt of the user's other case, which is about rescheduling an exam appointment",
    from: NOREPLY,
    to: KENJI.keep,
    subject: `[CASE ${CASE.kenjiExam}] 試験日程の変更について - お問い合わせを受け付けました`,
    date: d('2026-02-12 03:41:19'),
    text: `${KENJI.ja} 様

試験予約の日程変更に関するお問い合わせを受け付けました(ケースID: ${CASE.kenjiExam})。
担当者より追ってご連絡いたします。試験日の24時間前を過ぎた変更はお受けできない場合がございます。

AWS トレーニングと認定`,
  }),

  // ---------------------------------------------------------------- 田中 結衣
  mk({
    slug: 'yui-ack',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: Y,
    note: 'AWS Support receipt laid out as fields; says nothing beyond receipt',
    from: NOREPLY,
    to: YUI.keep,
    subject: `AWS サポート: ケース ${Y} を受け付けました`,
    date: d('2026-03-02 23:05:40'),
    enc: 'sjis8',
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ID : ${Y}
件名 : account-assistance
ステータス : 担当者の割り当て待ち

担当チームがお問い合わせの内容を確認しています。回答の用意ができましたらメールでお知らせします。
ケースの状況は AWS サポートセンターからもご覧になれます。

※このアドレスは送信専用です。`,
  }),
  mk({
    slug: 'yui-dup-ack-fields',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.yuiDup,
    trap: true,
    note: 'receipt of an accidental second case; lists the submitted fields (IDs, addresses) but asks nothing',
    from: FORM_JA,
    to: YUI.keep,
    subject: `We have received your request / お問い合わせ受付 [CASE ${CASE.yuiDup}]`,
    wholeSubject: true,
    date: d('2026-03-03 00:12:09'),
    enc: 'sjisb64',
    text: `田中 結衣 様

以下の内容でお問い合わせを受け付けました。

受付番号: ${CASE.yuiDup}
お名前: 田中 結衣
メールアドレス: ${YUI.keep}
AWS 候補ID: ${YUI.keepId}
お問い合わせ内容: 認定アカウントの統合(旧アカウント ${YUI.src})

内容の確認後、担当よりご連絡いたします。いましばらくお待ちください。
-- 
AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'yui-dup-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    caseId: Y,
    trap: true,
    note: 'support combined the two duplicate CASES, not the accounts; the account merge is still being reviewed',
    to: YUI.keep,
    cc: `${YUI.ja} <${YUI.keep}>`,
    subject: caseSubj(Y),
    date: d('2026-03-03 06:27:31'),
    enc: 'sjis8',
    text: `田中様

AWS トレーニングと認定サポートの高橋でございます。
同じご依頼で2件のケース(${Y} と ${CASE.yuiDup})が作成されておりましたので、こちらで1件にまとめました。
今後のやり取りはケース ${Y} で承ります。${CASE.yuiDup} へのご返信は不要です。

アカウント統合のご依頼そのものは、現在内容を拝見しております。追ってご連絡差し上げます。

高橋`,
  }),
  mk({
    slug: 'yui-info-colour',
    kind: 'info_request',
    lang: 'ja',
    caseId: Y,
    note: 'HTML, answers only in blue between her unmarked lines; asks which account to keep and the old ID',
    to: YUI.keep,
    subject: caseSubj(Y),
    date: d('2026-03-04 02:50:16'),
    enc: 'sjis8',
    html: `<html><body>
<div style="font-family:Meiryo,Arial,sans-serif;font-size:10.5pt">田中様<br><br>お問い合わせありがとうございます。以下、<span style="color:#1F4E79">青字</span>にてご回答いたします。<br><br></div>
${colourInline([
  { q: '前職のアドレスで作った認定アカウントと、いまのアドレスのアカウントがあります。\n前職のアドレスはもう受信できません。' },
  { a: '承知いたしました。受信できないアドレスであっても、統合は可能です。' },
  { q: '資格が2つのアカウントに分かれているので、1つにしてほしいです。' },
  { a: '統合にあたり、どちらのアカウントを残されるか、また前職側アカウントの候補ID(AWS で始まる番号)をあわせてお聞かせくださいませ。\n候補IDがお分かりにならない場合は、前職側で受験された試験名と受験日で代えられます。' },
  { q: 'よろしくお願いします。\n田中' },
])}
<div style="font-family:Meiryo,Arial,sans-serif;font-size:10.5pt"><br>高橋<br>AWS トレーニングと認定</div>
</body></html>`,
  }),
  mk({
    slug: 'yui-consent-tanto',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: Y,
    note: '[担当]-prefixed inline answers; the last one asks her to reply 同意します since it cannot be undone',
    to: jaAddr(YUI),
    subject: caseSubj(Y),
    date: d('2026-03-05 04:09:58'),
    enc: 'sjis8',
    text: `田中様

ご返信ありがとうございます。行間に回答を入れております。

> 残すのは ${YUI.keep} の方です。
[担当] 承知しました。${YUI.keepId} を統合先といたします。

> 旧アカウントのIDは ${YUI.srcId} でした。旧アドレスは退職済みのため受信できません。
[担当] 旧アドレスが受信できなくても差し支えございません。照合が取れました。

[担当] 最後に一点、ご承諾をお願いいたします。統合を実行すると ${YUI.srcId} は閉鎖され、元の状態に戻すことはできません。
この条件でよろしければ「同意します」とご返信ください。ご返信をもって作業を開始いたします。

高橋`,
  }),
  mk({
    slug: 'yui-merged-plain',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: Y,
    note: 'plain top-posted completion notice, Gmail-ja quote of her consent below',
    to: YUI.keep,
    subject: caseSubj(Y),
    date: d('2026-03-06 08:44:03'),
    enc: 'sjisb64',
    text: `田中 結衣 様

お待たせいたしました。アカウントの統合が終わりましたので、ご報告いたします。
旧アカウント(${YUI.srcId})にあった認定資格2件と受験履歴は、ただいま ${YUI.keepId} にまとまっております。
サインインのうえ表示をご確認いただき、不足などございましたらお知らせください。

高橋
AWS トレーニングと認定

2026年3月5日(木) 19:20 ${YUI.ja} <${YUI.keep}>:
> 高橋様
> 同意します。よろしくお願いいたします。
> 田中`,
  }),
  mk({
    slug: 'yui-badges-arrow',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: Y,
    note: 'inline → answers: support re-pointed Credly to the kept address, both badges now show there',
    to: YUI.keep,
    subject: caseSubj(Y),
    date: d('2026-03-10 05:33:47'),
    enc: 'utf8b64',
    text: `田中様

ご連絡ありがとうございます。インラインにて失礼いたします。

> 統合はできたようですが、Credly のバッジが旧アドレス宛てのままで、新しいアドレスでは見えません。

→ 失礼いたしました。Credly 側の登録先を ${YUI.keep} に付け替えました。
  現在、Solutions Architect - Associate と Cloud Practitioner の2つのバッジが、新しいアドレスの Credly アカウントに表示されております。

> もう一度受け取りの操作が必要ですか。

→ 受け取り済みのバッジはそのまま表示されますので、操作は不要です。

高橋

2026年3月9日(月) 22:10 ${YUI.ja} <${YUI.keep}>:
> 高橋様
> 統合はできたようですが、Credly のバッジが旧アドレス宛てのままで、新しいアドレスでは見えません。
> もう一度受け取りの操作が必要ですか。`,
  }),
  mk({
    slug: 'yui-autoclose-5d',
    kind: 'case_closed',
    lang: 'ja',
    caseId: Y,
    note: 'reminder: the case closes automatically in 5 days without a reply',
    from: NOREPLY,
    to: YUI.keep,
    subject: `ケース ${Y} へのご返信をお待ちしています`,
    date: d('2026-03-13 00:00:12'),
    enc: 'utf8b64',
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ${Y} について、担当者からの回答にまだご返信をいただいておりません。
5日以内にご返信がない場合、このケースは自動的にクローズされます。
クローズ後も、同じケースにご返信いただければ再開できます。

AWS サポート`,
  }),

  // ---------------------------------------------------------------- 小林 翔
  mk({
    slug: 'sho-ai-tool',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'generated answer pointing to the self-service merge tool; describes what a merge does (conditional)',
    from: NOREPLY,
    to: SHO.keep,
    subject: 'AWS サポートからの自動回答: 認定アカウントの統合について',
    date: d('2026-03-11 12:30:40'),
    enc: 'utf8qp',
    text: `${SHO.ja} 様

お問い合わせの内容をもとに、自動で作成したご案内をお送りします。
(生成 AI による回答のため、内容が正確でない場合があります)

ご質問: 2つの認定アカウントをまとめたい

AWS 認定アカウントは、認定ポータルの「プロフィール」にある「アカウントのマージ」から、お客様ご自身で統合できる場合があります。
 1. 残したいアカウントでサインインします
 2. まとめたいもう一方のアカウントの情報を入力します
 3. 画面の案内に沿って操作を終えます
統合が済むと、認定資格や特典は残したアカウントにまとめて表示されます。

この案内で解決しない場合は、「ケースを作成」から担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'sho-ack-alt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: S,
    note: 'receipt (multipart), case ID only in the body, subject says only the form was received',
    from: FORM_JA,
    to: SHO.keep,
    subject: 'AWS Training and Certification Form Submission - 受付完了',
    date: d('2026-03-11 12:41:02'),
    enc: 'utf8qp',
    text: `小林 翔 様

フォームからのお問い合わせ、確かに受け取りました。
お問い合わせ番号は ${S} です。ご返信の際は件名を変えずにお送りください。
担当より24時間以内を目安にご連絡します。`,
    html: `<div>小林 翔 様</div><div><br></div><div>フォームからのお問い合わせ、確かに受け取りました。</div><div>お問い合わせ番号は <b>${S}</b> です。ご返信の際は件名を変えずにお送りください。</div><div>担当より24時間以内を目安にご連絡します。</div>`,
  }),
  mk({
    slug: 'sho-ack-dup-noauth',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.shoDup,
    trusted: false,
    note: 'receipt of a second case, but no Authentication-Results at all: untrusted',
    auth: 'none',
    from: NOREPLY,
    to: SHO.keep,
    subject: `[CASE ${CASE.shoDup}] お問い合わせありがとうございます`,
    date: d('2026-03-11 22:03:55'),
    enc: 'utf8qp',
    text: `お問い合わせいただきありがとうございます。ケース ${CASE.shoDup} を作成しました。
内容を確認のうえ、担当者からご連絡いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sho-info-confirmword',
    kind: 'info_request',
    lang: 'ja',
    caseId: S,
    trap: true,
    note: '「ご確認のうえお知らせください」: asks for the kept address and the other candidate ID (info, not consent)',
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-12 03:17:26'),
    enc: 'utf8qp',
    text: `小林様

ご連絡ありがとうございます。担当の西村です。
統合の作業に入る前に、次の2点をご確認のうえお知らせください。
・今後お使いになるアカウントのメールアドレス(${SHO.keep} でお間違いないか)
・もう一方のアカウントの候補ID

西村
AWS トレーニングと認定

-----Original Message-----
From: ${SHO.ja} <${SHO.keep}>
Sent: Wednesday, March 11, 2026 12:40 PM
To: ${FORM_BARE}
Subject: ${caseSubjNew(S)}

パートナー企業の時に作ったアカウントと個人のアカウントを統合したいです。
小林`,
  }),
  mk({
    slug: 'sho-consent-mobile',
    crlf: false,
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: S,
    note: 'short request for agreement to an irreversible merge; mobile-style bottom quote',
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-13 01:55:09'),
    enc: 'utf8b64',
    text: `小林様

情報をありがとうございます。${SHO.srcId} の認定を ${SHO.keepId} に集約する形で準備が整いました。
統合後は ${SHO.srcId} でサインインできなくなり、元に戻すこともできません。
進めてよろしいか、このメールへのご返信でお知らせいただけますか。

西村

On 2026/03/12 20:41, ${SHO.ja} wrote:
> 使うのは ${SHO.keep} です
> もう一方は ${SHO.srcId} です
> iPhoneから送信`,
  }),
  mk({
    slug: 'sho-notyet-inline',
    kind: 'support_reply',
    lang: 'ja',
    caseId: S,
    trap: true,
    note: 'inline answers: "統合は完了していますか" → まだ完了しておりません; promise to report when done',
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-16 06:12:48'),
    enc: 'utf8qp',
    text: `小林様

お問い合わせありがとうございます。インラインで失礼いたします。

> 先週、確認のメールに返信しましたが、統合はもう完了していますか?
→ 申し訳ございません、まだ完了しておりません。担当部署で順番に処理しているところです。

> 完了したら連絡はもらえますか?
→ はい、作業が終わりましたら本ケースでお知らせいたします。

西村`,
  }),
  mk({
    slug: 'sho-done-middle',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: S,
    note: 'new text pasted between a quote of his nudge (top) and the older thread (bottom): merge finished',
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-18 09:02:33'),
    enc: 'utf8qp',
    text: `> 西村様
> 何度もすみません。その後いかがでしょうか。
> 小林

小林様

大変お待たせいたしました。先ほど統合の作業が終わりました。
${SHO.srcId} にあった認定(SAP、DOP)は、${SHO.keepId} のアカウントでご覧いただけます。

西村

2026年3月16日(月) 14:22 ${SHO.ja} <${SHO.keep}>:
> 西村様
> 先週、確認のメールに返信しましたが、統合はもう完了していますか?
> 完了したら連絡はもらえますか?`,
  }),
  mk({
    slug: 'sho-badges-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: S,
    note: 'support says the Credly badges were moved to the kept account and closes the case',
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-20 04:40:10'),
    enc: 'utf8b64',
    text: `小林様

ご指摘のあった Credly バッジの件、旧アカウント分の2つを ${SHO.keep} の Credly アカウントへ移しました。
反映を確認いたしましたので、本ケースはこれにてクローズとさせていただきます。

西村

> バッジだけ古いアドレスに残っているようです。`,
  }),
  mk({
    slug: 'sho-close-restate',
    kind: 'case_closed',
    lang: 'ja',
    caseId: S,
    trap: true,
    note: 'closing notice that only restates the earlier merge ("先日ご案内のとおり")',
    from: FORM_JA,
    to: SHO.keep,
    subject: caseSubj(S),
    date: d('2026-03-27 02:00:00'),
    text: `小林様

先日ご案内のとおり、アカウントの統合は完了しております。
その後ご質問がございませんので、本ケースはクローズいたします。
またご不明な点がございましたら、新しくお問い合わせください。

AWS トレーニングと認定`,
  }),
];
