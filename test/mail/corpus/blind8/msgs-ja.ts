// Japanese messages for heldout/g. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, ISHII, KIMURA, KIMURA_REQ, M, NAKANO, NAKANO_REQ, PORTAL, SUPPORT, SUPPORT_BARE, TAKA,
  formSubject, formSubjectNew, gmailJa, htmlDoc, iphoneJa, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const K = KIMURA;
const N = NAKANO;
const T = TAKA;
const I = ISHII;
const kName = `${K.ja} <${K.keep}>`;
const nName = `${N.ja} <${N.keep}>`;
const tName = `${T.ja} <${T.keep}>`;
const iName = `${I.ja} <${I.keep}>`;

const ack: Msg[] = [
  M({
    slug: 'ack-notify-kimura', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimura,
    note: 'AWS Support automatic receipt of a new case with its case ID',
    from: AWS_NOTIFY, to: kName, subject: `AWS サポート: ケース ${CASE.kimura} を受け付けました`, at: '2026-01-13 13:44:02', enc: 'jis7',
    text: `${K.ja} 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の番号でケースを作成しました。

  ケース ID: ${CASE.kimura}
  件名: account-assistance
  重大度: 一般的なご質問

担当者より通常 24 時間以内にご連絡いたします。
同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。
ケースの状況は AWS サポートセンターからいつでもご覧いただけます。

※このメールは送信専用アドレスから送信されています。

Amazon Web Services`,
  }),
  M({
    slug: 'ack-form-provided-info-nakano', kind: 'acknowledgement', lang: 'ja', caseId: CASE.nakano, trap: true,
    note: 'automatic receipt that lists the information the customer submitted; asks for nothing new',
    from: SUPPORT, to: nName, subject: formSubjectNew(CASE.nakano), at: '2026-02-02 02:15:40', enc: 'utf8qp',
    text: `This is an automated message. / 本メールは自動送信です。

${N.ja} 様

お問い合わせを受け付けました。ケース番号は ${CASE.nakano} です。
ご提供いただいた情報は以下のとおりです。

 氏名: Misaki Nakano
 会社名: Partner Example
 AWS 候補者 ID: ${N.keepId}
 お問い合わせ内容: 認定アカウントの統合について

内容に誤りがある場合も、新しいケースは作成せず、このメールへの返信でお知らせください。
担当者からの回答は 1〜2 営業日以内にお送りします。

AWS Training and Certification`,
  }),
  M({
    slug: 'ack-html-only-taka', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taka,
    note: 'HTML-only receipt; the case number appears only in the body table',
    from: AWS_NOTIFY, to: tName, subject: 'お問い合わせありがとうございます - AWS トレーニングと認定', at: '2026-03-03 00:58:11', enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<div style="max-width:600px">
<p>${T.ja} 様</p>
<p>AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございます。お客様のリクエストは正常に送信されました。</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="background:#f2f3f3">ケース番号</td><td><b>${CASE.taka}</b></td></tr>
<tr><td style="background:#f2f3f3">カテゴリ</td><td>認定 / アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">受付日時</td><td>2026/03/03 09:58 JST</td></tr>
</table>
<p>担当者が内容を拝見し、このメールアドレス宛てにご連絡いたします。しばらくお待ちください。</p>
<p style="color:#687078;font-size:12px">Amazon Web Services Japan G.K.</p>
</div>`),
  }),
  M({
    slug: 'ack-sjis-bilingual-kimura-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimuraDup,
    note: 'bilingual receipt for a second (duplicate) case the user opened; still a new-case receipt',
    from: SUPPORT, to: kName, subject: formSubjectNew(CASE.kimuraDup), at: '2026-01-15 03:20:09', enc: 'sjis8',
    text: `Hello,

Thank you for contacting AWS Training and Certification. Your case ${CASE.kimuraDup} has been created and will be reviewed by our team.
We typically respond within 1 business day.

木村様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース ${CASE.kimuraDup} として登録し、担当チームが順番に拝見いたします。
通常 1 営業日以内にご返信いたします。

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'ack-lookalike-jp-phish', kind: 'acknowledgement', lang: 'ja', caseId: CASE.phish, trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-certification-help.jp): an acknowledgement in form, untrusted',
    from: 'AWS トレーニングと認定 <support@aws-certification-help.jp>', to: iName, subject: `【受付完了】アカウント統合のお問い合わせ (CASE ${CASE.phish})`, at: '2026-03-20 08:02:51', tz: '+0900', enc: 'jis7',
    text: `${I.ja} 様

アカウント統合のお問い合わせを受け付けました。
受付番号: ${CASE.phish}

ご本人様確認のため、48時間以内に下記ページよりサインインをお願いいたします。
https://aws-certification-help.jp/signin

AWS トレーニングと認定 サポート窓口`,
  }),
  M({
    slug: 'ack-multipart-jisb64-nakano2', kind: 'acknowledgement', lang: 'ja', caseId: CASE.nakano2,
    note: 'receipt of a new case opened from the kept address; multipart, ISO-2022-JP base64',
    from: AWS_NOTIFY, to: nName, subject: `ケースが作成されました: ${CASE.nakano2}`, at: '2026-02-04 06:31:27', enc: 'jisb64',
    text: `中野 美咲 様

新しいサポートケースが作成されました。

ケース ID: ${CASE.nakano2}
お問い合わせの種類: AWS トレーニングと認定
内容: アカウントの統合 (2 つの認定アカウントを 1 つにしたい)

返信はこのケースに追記されます。追加の情報がある場合は、このメールに返信してください。

AWS サポート`,
    html: `<html><body><p>中野 美咲 様</p><p>新しいサポートケースが作成されました。</p><p>ケース ID: <b>${CASE.nakano2}</b><br>お問い合わせの種類: AWS トレーニングと認定<br>内容: アカウントの統合 (2 つの認定アカウントを 1 つにしたい)</p><p>返信はこのケースに追記されます。追加の情報がある場合は、このメールに返信してください。</p><p>AWS サポート</p></body></html>`,
  }),
  M({
    slug: 'ack-no-auth-results-lf-taka', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taka, trusted: false, auth: 'none', crlf: false,
    note: 'case receipt, but no Authentication-Results at all: untrusted; LF line ends',
    from: SUPPORT, to: `${T.ja} <${T.src}>`, subject: formSubjectNew(CASE.taka), at: '2026-03-03 00:58:40', enc: 'jis7',
    text: `お問い合わせいただきありがとうございます。

ケース番号 ${CASE.taka} にてお問い合わせを承りました。
内容を確認のうえ、担当者よりご連絡を差し上げます。今しばらくお待ちくださいませ。

--
AWS Training and Certification`,
  }),
];

const ai: Msg[] = [
  M({
    slug: 'ai-merge-tool-steps', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer pointing to the self-service Merge Accounts tool, before any case exists',
    from: AWS_NOTIFY, to: kName, subject: 'AWS サポート: 生成 AI による回答のご案内', at: '2026-01-13 13:39:55', enc: 'jis7',
    text: `※この回答は生成 AI によって作成されました。内容に誤りが含まれる場合があります。

お問い合わせ内容: 認定アカウントを 1 つにまとめたい

複数の AWS 認定アカウントをお持ちの場合、AWS 認定アカウントにサインインし、[プロファイル] の [アカウントの統合] ツールを使うと、ご自身で統合できる場合があります。

 1. 残したいアカウントでサインインします
 2. [アカウントの統合] を開き、もう一方のアカウントの情報を入力します
 3. 画面の指示に従って操作を進めます

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。その際は [ケースを作成] からカスタマーサービスへお問い合わせください。

Amazon Web Services`,
  }),
  M({
    slug: 'ai-after-merge-explained', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer that describes what a merge brings (badges, vouchers) but reports nothing done',
    from: AWS_NOTIFY, to: nName, subject: 'お問い合わせへの自動回答 - 認定アカウント', at: '2026-02-02 02:10:12', enc: 'utf8qp',
    text: `AI アシスタントによる自動回答です(担当者による回答ではありません)。

統合が完了すると、統合元アカウントの認定資格、試験履歴、特典(次回試験の 50% 割引など)が統合先アカウントに表示されるようになります。
Credly のデジタルバッジは、統合後に統合先アカウントのメールアドレス宛てに改めて発行されます。
統合そのものは、認定ポータルの [アカウントの統合] から行えます。

担当者のサポートが引き続き必要な場合は、このメールには返信せず、サポートセンターで [ケースを作成] を選んでください。`,
  }),
  M({
    slug: 'ai-bilingual-sjisb64', kind: 'ai_answer', lang: 'ja',
    note: 'bilingual suggested answer (English boilerplate, Japanese text) recommending the self-service tool',
    from: AWS_NOTIFY, to: tName, subject: 'Suggested answer for your inquiry / お問い合わせへの回答候補', at: '2026-03-03 00:52:30', enc: 'sjisb64',
    text: `This answer was generated automatically based on your question.
以下は、お客様のご質問をもとに自動で作成された回答です。

Q. 会社と個人で別々の AWS 認定アカウントを持っています。まとめられますか?

A. はい。AWS 認定ポータルの「Merge Accounts」(アカウントの統合) 機能をお試しください。メインで使うアカウントにログインした状態で、統合したいアカウントのログイン情報を入力します。
試験予約が残っている場合や、両方のアカウントに資格がある場合は、ツールではなくサポートへのお問い合わせが必要です。

Was this helpful? / この回答は役に立ちましたか?`,
  }),
  M({
    slug: 'ai-faq-multipart-ishii', kind: 'ai_answer', lang: 'ja',
    note: 'FAQ-style automated answer (multipart) explaining the candidate ID and the merge tool',
    from: AWS_NOTIFY, to: iName, subject: 'よくあるご質問からの回答: アカウントの統合', at: '2026-03-18 04:40:00', enc: 'utf8qp', wholeSubject: true,
    text: `自動応答システムからのご案内

候補者 ID は「AWS」で始まる番号で、認定アカウントの [プロファイル] > [ID] で確認できます。
アカウントを 1 つにしたいときは、統合先のアカウントでサインインし、[アカウントの統合] を選択してください。多くの場合、数分で手続きが終わります。

この回答で解決しない場合は、サポートセンターからケースを作成できます。`,
    html: htmlDoc(`<h3>自動応答システムからのご案内</h3>
<p>候補者 ID は「AWS」で始まる番号で、認定アカウントの <b>[プロファイル] &gt; [ID]</b> で確認できます。</p>
<p>アカウントを 1 つにしたいときは、統合先のアカウントでサインインし、<b>[アカウントの統合]</b> を選択してください。多くの場合、数分で手続きが終わります。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">この回答で解決しない場合は、サポートセンターからケースを作成できます。</a></p>`),
  }),
  M({
    slug: 'ai-with-case-id-nakano2', kind: 'ai_answer', lang: 'ja', caseId: CASE.nakano2,
    note: 'automated suggestion sent on an open case while it waits for an agent',
    from: AWS_NOTIFY, to: nName, subject: `ケース ${CASE.nakano2}: 担当者からの回答をお待ちの間に`, at: '2026-02-04 06:33:02', enc: 'jisb64',
    text: `ケース ${CASE.nakano2} について、自動応答システムよりご案内します。

担当者の回答を待たずに解決できる場合があります。
・認定アカウントの [アカウントの統合] ツールで、ご自身で統合できることがあります
・Credly のバッジが見当たらない場合は、統合してから Credly でバッジを受け取り直してください

上記で解決しない場合も、ケースはそのまま担当者に引き継がれますので、特に操作は必要ありません。

Amazon Web Services`,
  }),
  M({
    slug: 'ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'misaligned',
    note: 'AI-generated merge-tool answer whose DKIM is for an unrelated domain and DMARC fails: untrusted',
    from: AWS_NOTIFY, to: kName, subject: 'AI が生成した回答: 認定アカウントの統合について', at: '2026-01-13 13:40:31', enc: 'utf88bit',
    text: `本回答は AI により生成されています。

認定アカウントが 2 つある場合、セルフサービスの「アカウントの統合」機能で 1 つにまとめられます。
統合先アカウントにサインイン → [プロファイル] → [アカウントの統合] の順に進んでください。

解決しない場合はケースを作成してください。`,
  }),
];

const info: Msg[] = [
  M({
    slug: 'info-apologetic-new-agent-kimura', kind: 'info_request', lang: 'ja', caseId: CASE.kimura,
    note: 'new agent asks for both candidate IDs, addresses and certification names before merging',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-14 09:12:33', enc: 'jis7',
    text: `${K.ja} 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの森と申します。
このたびはご連絡が遅くなり、大変申し訳ございません。

アカウントの統合を進めるにあたり、恐れ入りますが、以下の情報を本メールへのご返信にてお送りいただけますでしょうか。

・統合元アカウントの候補者 ID(AWS から始まる番号)とメールアドレス
・統合先(残す方)アカウントの候補者 ID とメールアドレス
・それぞれのアカウントで取得済みの認定資格名

お手数をおかけし申し訳ございませんが、どうぞよろしくお願い申し上げます。

森
AWS Training and Certification Customer Service

${gmailJa('2026-01-13 22:41', kName)}
${quote(KIMURA_REQ)}`,
  }),
  M({
    slug: 'info-gokakunin-which-address', kind: 'info_request', lang: 'ja', caseId: CASE.nakano, trap: true,
    note: 'worded with 確認 but asks which address/account to keep: information, not consent',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano), at: '2026-02-03 01:47:05', enc: 'utf8b64',
    text: `中野様

ご連絡ありがとうございます。
お手数ですが、今後ご利用になるメールアドレス(統合後に残すアカウントのもの)をご確認のうえお知らせください。
あわせて、${N.keepId} と ${N.srcId} のどちらを残すご希望か、お書き添えいただけますと幸いです。

よろしくお願いいたします。
AWS トレーニングと認定 山口

${sfRef('8Kx2Qa')}`,
  }),
  M({
    slug: 'info-write-from-keep-with-ids', kind: 'info_request', lang: 'ja', caseId: CASE.taka,
    note: 'asks the user to reply from the kept address AND to include both candidate IDs',
    from: SUPPORT, to: `${T.ja} <${T.src}>`, subject: formSubject(CASE.taka), at: '2026-03-04 02:05:44', enc: 'sjis8',
    text: `高橋様

お問い合わせありがとうございます。
セキュリティ上の理由により、統合のご依頼は、統合後に残すアカウントのメールアドレスからお送りいただく必要がございます。
お手数ですが ${T.keep} から本ケース(件名のケース番号はそのまま)にご返信いただき、その際に両アカウントの候補者 ID もご記入くださいませ。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐々木`,
  }),
  M({
    slug: 'info-pass-dates-outlook-quote', kind: 'info_request', lang: 'ja', caseId: CASE.kimura,
    note: 'second information request: exam names, pass dates and romanised name; Outlook quote block below',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-15 01:30:18', enc: 'jisb64',
    text: `木村様

情報のご提供ありがとうございます。
照合のため、追加で以下をお知らせ願えますか。

1. 統合元アカウントで合格された試験名と合格日(おおよそで構いません)
2. 試験予約時にご登録の氏名のローマ字表記

上記がそろい次第、手続きを進めます。

森

${outlookJa(kName, '2026-01-14 21:05', SUPPORT_BARE, 'Re: ' + formSubject(CASE.kimura))}

お世話になっております。木村です。
統合元: ${K.srcId} / ${K.src}
統合先: ${K.keepId} / ${K.keep}
よろしくお願いします。`,
  }),
  M({
    slug: 'info-future-merge-then-ask', kind: 'info_request', lang: 'ja', caseId: CASE.nakano2, trap: true,
    note: 'talks about when the merge is done (future) but the new request is for the date of birth on file and the old login address',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano2), at: '2026-02-05 03:22:10', enc: 'jis7',
    text: `中野 美咲 様

ご連絡いただきありがとうございます。
統合が完了しましたら改めてご連絡いたしますが、その前に、以下の 2 点を教えていただけますか。

 - 統合元アカウントにログインする際のメールアドレス
 - 統合元アカウントに登録されている生年月日(照合のためにのみ使用します)

ご返信をお待ちしております。

Best regards,
Kenta
AWS Training & Certification Support`,
  }),
  M({
    slug: 'info-bilingual-template-taka', kind: 'info_request', lang: 'ja', caseId: CASE.taka,
    note: 'bilingual template asking for candidate IDs, login e-mails and which account to keep',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-05 06:48:27', enc: 'utf8qp',
    text: `高橋 翔 様 / Dear Sho Takahashi,

ケースを引き継ぎました、AWS トレーニングと認定の村上です。
お手続きのため、次の情報をご提供ください。
In order to process your request, please provide the following:

 a) 各アカウントの候補者 ID / Candidate ID of each account
 b) 各アカウントのログイン用メールアドレス / Login e-mail of each account
 c) 残したいアカウント / The account you would like to keep

以上、よろしくお願いいたします。
Murakami`,
  }),
  M({
    slug: 'info-id-in-body-only-lf', kind: 'info_request', lang: 'ja', caseId: CASE.ishii, crlf: false,
    note: 'subject without a case tag; case ID only in the body; asks whether the old account can still sign in and its notification address',
    from: SUPPORT, to: iName, subject: 'Re: 認定アカウント統合の件', at: '2026-03-19 05:10:36', enc: 'jis7',
    text: `石井様

ケース番号: ${CASE.ishii}

お世話になっております。
統合の可否を判断するため、統合元のアカウント(学校のメールアドレスで作成されたもの)に現在もサインインできるかどうか、
また、そのアカウントの認定通知先メールアドレスをお知らせいただけますでしょうか。

お手数ですが、よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'info-forged-pass-below-received', kind: 'info_request', lang: 'ja', caseId: CASE.kimura, trusted: false, auth: 'forgedBelow',
    note: 'asks for the password and IDs; a dmarc=pass header is planted below the server\'s Received line: untrusted',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-14 15:02:19', enc: 'utf88bit',
    text: `木村様

統合作業のため、統合元アカウントのパスワードと候補者 ID を本メールにご返信ください。
24 時間以内にご返信がない場合、お手続きを進められません。

AWS Training and Certification`,
  }),
];

const conf: Msg[] = [
  M({
    slug: 'conf-cannot-undo-reply-kimura', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura,
    note: 'lists source/target and asks the user to reply to consent; warns it cannot be undone',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-16 02:41:50', enc: 'jis7',
    text: `${K.ja} 様

いつもお世話になっております。AWS トレーニングと認定の森です。
お送りいただいた情報で、両アカウントを確認できました。

  統合元: ${K.srcId} (${K.src})
  統合先: ${K.keepId} (${K.keep})

統合を実施すると元に戻すことはできません。統合元アカウントは無効になり、認定資格・試験履歴・特典は統合先へ移ります。
上記の内容で進めてよろしければ、本メールにその旨ご返信ください。ご返信をいただいてから作業に着手いたします。

よろしくお願いいたします。`,
  }),
  M({
    slug: 'conf-bilingual-agree-nakano', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakano2,
    note: 'bilingual request to reply that she agrees to the irreversible merge',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano2), at: '2026-02-06 07:15:00', enc: 'utf8qp',
    text: `Dear Misaki Nakano,

Before we proceed, please reply to this email stating that you agree to the merge of ${N.srcId} into ${N.keepId}. Please note that this action is irreversible.

中野 美咲 様

手続きを進める前に、${N.srcId} を ${N.keepId} へ統合することに同意いただける旨を、本メールへのご返信でお知らせください。
なお、この操作は取り消しができません。

Kind regards / よろしくお願いいたします
Kenta, AWS Training & Certification`,
  }),
  M({
    slug: 'conf-sjisb64-mondainakereba', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taka,
    note: 'asks for a go-ahead reply (問題なければその旨ご返信) before merging; contains a typo (実地 for 実施)',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-09 01:03:12', enc: 'sjisb64',
    text: `高橋様

ご返信ありがとうございます。ご提供いただいた内容で照合が取れました。

統合元 ${T.srcId}(${T.src})の認定資格と試験履歴を、統合先 ${T.keepId}(${T.keep})へ移します。
問題なければ、その旨ご返信ください。返信を確認後、統合作業を実地いたします。
※統合後に元の状態へ戻すことはできません。

村上`,
  }),
  M({
    slug: 'conf-goshodaku-utf8qp-ishii', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ishii,
    note: 'asks for consent (ご承諾) to merge; identifiers between the meaning words',
    from: SUPPORT, to: iName, subject: formSubject(CASE.ishii), at: '2026-03-23 02:26:49', enc: 'utf8qp',
    text: `石井 陽菜 様

お待たせいたしました。
学校のメールアドレスで作成されたアカウント(${I.srcId})を、現在お使いのアカウント ${I.keepId} に統合する手続きについて、ご承諾をいただけますでしょうか。
一度統合すると分離はできないため、お手数ですが「承諾します」とご返信いただけますと幸いです。

引き続きよろしくお願いいたします。
AWS トレーニングと認定 小林`,
  }),
  M({
    slug: 'conf-short-jisb64', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura,
    note: 'short re-ask: may we go ahead with the merge of the two accounts (cannot be cancelled)',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-17 23:55:31', enc: 'jisb64',
    text: `木村様

下記 2 アカウントの統合、このまま進めてよろしいでしょうか。
取り消しはできませんので、念のためお伺いしております。

${K.srcId} → ${K.keepId}

森`,
  }),
  M({
    slug: 'conf-html-doui-shimasu', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakano,
    note: 'multipart request to answer 「同意します」 so the merge can proceed',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano), at: '2026-02-03 23:40:09', enc: 'utf8b64',
    text: `中野様

以下 2 つのアカウントを 1 つにいたします。

 残すアカウント: ${N.keepId} / ${N.keep}
 統合されるアカウント: ${N.srcId} / ${N.src}

ご意向に相違なければ、本文に「同意します」とだけご記入のうえご返信ください。統合後の取り消しはできかねます。

山口`,
    html: htmlDoc(`<p>中野様</p>
<p>以下 2 つのアカウントを 1 つにいたします。</p>
<ul><li>残すアカウント: ${N.keepId} / ${N.keep}</li><li>統合されるアカウント: ${N.srcId} / ${N.src}</li></ul>
<p>ご意向に相違なければ、本文に<b>「同意します」</b>とだけご記入のうえご返信ください。統合後の取り消しはできかねます。</p>
<p>山口</p>`),
  }),
  M({
    slug: 'conf-resent-from-old-company', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura, forUser: false,
    note: 'consent request re-sent by the old company\'s mail system (Resent-* headers): not delivered to the user directly',
    from: SUPPORT, to: `${K.ja} <${K.src}>`, subject: formSubject(CASE.kimura), at: '2026-01-16 02:42:10', enc: 'jis7',
    resent: { from: 'postmaster@shinsha.example.co.jp', to: 'it-helpdesk@shinsha.example.co.jp', date: 'Fri, 16 Jan 2026 12:05:33 +0900' },
    text: `木村様

統合元 ${K.srcId} と統合先 ${K.keepId} の統合について、ご同意いただけるかどうかご返信ください。
この操作は元に戻せません。

AWS Training and Certification`,
  }),
  M({
    slug: 'conf-lookalike-domain-link', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taka, trusted: false,
    note: 'asks to consent via a link, sent from the look-alike domain amazon-support.jp: untrusted',
    from: `AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support.jp>`, to: tName, subject: formSubject(CASE.taka), at: '2026-03-08 10:14:45', tz: '+0900', enc: 'jis7',
    text: `高橋様

アカウント統合の最終確認です。下記リンクから統合に同意してください。
同意されない場合、72 時間後にリクエストは取り消されます。

https://amazon-support.jp/cert/merge/agree?c=${CASE.taka}

AWS トレーニングと認定`,
  }),
];

const merged: Msg[] = [
  M({
    slug: 'merged-kanryo-gmail-quote-kimura', kind: 'merge_completed', lang: 'ja', caseId: CASE.kimura,
    note: 'support says the merge has been done; the user\'s consent is quoted below',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-19 05:38:02', enc: 'jis7',
    text: `木村 健一 様

お待たせいたしました。アカウントの統合が完了いたしました。
今後は ${K.keep} でサインインしていただくと、統合元で取得された認定資格もご覧いただけます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

森
AWS Training and Certification Customer Service

${gmailJa('2026-01-18 10:02', kName)}
> 森様
> ご案内いただいた内容で 2 つのアカウントの統合をお願いいたします。
> 木村`,
  }),
  M({
    slug: 'merged-portal-notice-no-case', kind: 'merge_completed', lang: 'ja',
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL, to: nName, subject: 'AWS 認定: アカウント統合のお知らせ', at: '2026-02-07 11:20:14', enc: 'utf8qp',
    text: `AWS Certification

${N.en} 様

お客様の AWS 認定アカウント ${N.srcId} は、アカウント ${N.keepId} に統合されました。
統合されたアカウントの認定資格、試験履歴、特典は、今後 ${N.keepId} でご確認いただけます。

このメールに心当たりがない場合は、AWS トレーニングと認定 サポートまでご連絡ください。

(c) Amazon Web Services, Inc. or its affiliates.`,
    html: htmlDoc(`<p style="font-size:18px;font-weight:bold">AWS Certification</p>
<p>${N.en} 様</p>
<p>お客様の AWS 認定アカウント <b>${N.srcId}</b> は、アカウント <b>${N.keepId}</b> に統合されました。</p>
<p>統合されたアカウントの認定資格、試験履歴、特典は、今後 ${N.keepId} でご確認いただけます。</p>
<p style="font-size:12px;color:#666">このメールに心当たりがない場合は、AWS トレーニングと認定 サポートまでご連絡ください。<br>(c) Amazon Web Services, Inc. or its affiliates.</p>`),
  }),
  M({
    slug: 'merged-and-closing-sjis-taka', kind: 'merge_completed', lang: 'ja', caseId: CASE.taka, trap: true,
    note: 'merge done AND the case will be closed: the new fact is the merge',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-12 04:17:39', enc: 'sjis8',
    text: `高橋様

ご同意いただきありがとうございました。
本日、${T.srcId} の内容を ${T.keepId} へ移し、2 つのアカウントを 1 つにまとめる作業を完了しました。
本件はこれで対応完了となりますので、ケースはクローズさせていただきます。

村上

${sfOriginal(tName, '2026/03/11 22:40', SUPPORT_BARE, 'Re: ' + formSubject(CASE.taka), '問題ありません。統合をお願いします。\n高橋')}`,
  }),
  M({
    slug: 'merged-please-check-jisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.nakano2, trap: true,
    note: 'completion notice that asks her to check everything looks right: still a completion, not a request',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano2), at: '2026-02-07 09:02:55', enc: 'jisb64',
    text: `中野様

ご返信ありがとうございます。ご依頼いただいた 2 アカウントの統合を実施し、無事に完了しております。
お手数ですが、${N.keepId} にサインインのうえ、認定資格と特典がすべて表示されているかご確認ください。
もし不足があれば、このケースにご返信いただければ対応いたします。

Kenta`,
  }),
  M({
    slug: 'merged-ids-between-words-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.ishii,
    note: 'states the old account is now merged, with the IDs and date between the meaning words',
    from: SUPPORT, to: iName, subject: formSubject(CASE.ishii), at: '2026-03-25 07:44:21', enc: 'sjisb64',
    text: `石井様

お世話になっております。小林です。
${I.srcId} のアカウントは、2026年3月25日付で ${I.keepId} へ統合済みとなっております。
今後は ${I.keep} のアカウントをご利用ください。

引き続き AWS 認定をよろしくお願いいたします。`,
  }),
  M({
    slug: 'merged-html-only-ishii', kind: 'merge_completed', lang: 'ja', caseId: CASE.ishii,
    note: 'HTML-only message from support saying the accounts are now one; case ID in the subject',
    from: SUPPORT, to: iName, subject: formSubject(CASE.ishii), at: '2026-03-25 07:50:03', enc: 'utf8b64',
    html: htmlDoc(`<div>石井 陽菜 様</div><div><br></div>
<div>先ほどのメールの補足です。アカウントの統合作業が終わり、両アカウントの認定情報は ${I.keepId} にひとまとめになりました。</div>
<div>学校のメールアドレスのアカウントにはサインインできなくなっておりますのでご注意ください。</div>
<div><br></div><div>小林 / AWS Training and Certification</div>`),
  }),
  M({
    slug: 'merged-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.kimura, trusted: false, auth: 'fail',
    note: 'completion wording, but the receiving server recorded dmarc=fail: untrusted',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-18 17:22:40', enc: 'jis7',
    text: `木村様

アカウントの統合が完了しました。
確認のため、以下のリンクから新しいアカウントにサインインしてください。
https://aws-training-signin.example.net/login

AWS Training and Certification`,
  }),
  M({
    slug: 'merged-bilingual-jisb64-taka', kind: 'merge_completed', lang: 'ja', caseId: CASE.taka,
    note: 'mixed Japanese/English note that the consolidation has been finished',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-12 04:19:10', enc: 'jisb64',
    text: `高橋様 (Mr. Takahashi)

先ほどのご連絡に加え、英語版のご案内もお送りします。
The consolidation of your two certification accounts has been finished. Your certifications are now listed under ${T.keepId}.

認定資格は ${T.keepId} に一本化されました。

Murakami`,
  }),
];

const badges: Msg[] = [
  M({
    slug: 'badge-credly-ja-template', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address (「バッジ発行のお知らせ」)',
    from: CREDLY_AWS, to: kName, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-01-20 08:11:45', enc: 'utf8qp', wholeSubject: true,
    text: `${K.en} 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/4b1e0c72-8a6d-4f1e-9c2a-0d5e8b3f71aa

バッジを受け取ると、LinkedIn やメール署名で共有できます。

Credly, Inc. | 13809 Research Blvd, Suite 500, Austin, TX 78750`,
    html: htmlDoc(`<table width="600" align="center"><tr><td>
<p>${K.en} 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/4b1e0c72-8a6d-4f1e-9c2a-0d5e8b3f71aa" style="background:#0d6efd;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</td></tr></table>`),
  }),
  M({
    slug: 'badge-credly-three-badges', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly says three AWS badges are waiting on the kept account',
    from: CREDLY_AWS, to: nName, subject: 'Amazon Web Services Training and Certificationから3件のバッジが発行されました', at: '2026-02-08 15:03:27', enc: 'utf8b64', wholeSubject: true,
    text: `新しいバッジが 3 件あります

・AWS Certified Cloud Practitioner
・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate

発行元: Amazon Web Services Training and Certification
受け取り先: ${N.keep}

[バッジを受け取る] https://www.credly.com/earner/earned

Credly`,
    html: htmlDoc(`<h2>新しいバッジが 3 件あります</h2>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li></ul>
<p>発行元: Amazon Web Services Training and Certification<br>受け取り先: ${N.keep}</p>
<p><a href="https://www.credly.com/earner/earned">バッジを受け取る</a></p>`),
  }),
  M({
    slug: 'badge-support-moved-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kimura,
    note: 'support announces the Credly badges were moved to the kept account, then closes the case',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-22 06:09:18', enc: 'jis7',
    text: `木村様

ご連絡いただいた Credly のバッジの件、担当部署にて対応が完了し、統合先アカウント(${K.keep})へ移行いたしました。
Credly にサインインのうえ、バッジが表示されていることをご確認ください。
本ケースはこれにてクローズとさせていただきます。

森

${iphoneJa('2026-01-21 08:15', kName)}
> 統合ありがとうございました。ただ、Credly のバッジが旧アドレスのままのようです。`,
  }),
  M({
    slug: 'badge-support-reissued-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taka,
    note: 'support says the badges were re-issued to the kept address',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-14 02:36:57', enc: 'sjis8',
    text: `高橋様

お問い合わせの Credly デジタルバッジにつきまして、統合先のメールアドレス(${T.keep})宛てに再発行いたしました。
admin@credly.com からの案内メールが届いているかと存じますので、「バッジを入手する」から受け取りをお願いいたします。

村上`,
  }),
  M({
    slug: 'badge-credly-html-only-ishii', kind: 'badges_transferred', lang: 'ja',
    note: 'HTML-only Credly notice: AWS badge ready to accept on the kept address',
    from: CREDLY_AWS, to: iName, subject: 'バッジを受け取る準備ができました', at: '2026-03-26 10:45:30', enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<div style="text-align:center">
<img src="https://images.credly.com/size/340x340/images/aws-certified-cloud-practitioner.png" width="120" alt="">
<p>Amazon Web Services Training and Certification があなたに「AWS Certified Cloud Practitioner」を授与しました。</p>
<p><a href="https://www.credly.com/badges/2f8c1d09-77aa-4c3b-b4a0-6e0e1f2d9c35/accept">バッジを入手する</a></p>
<p style="font-size:11px">このメールは ${I.keep} 宛てに送信されました。</p>
</div>`),
  }),
  M({
    slug: 'badge-lookalike-credly-domain', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly-style AWS badge notice from a look-alike domain (credly-badges.net): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: nName, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-02-09 01:12:00', enc: 'jis7',
    text: `Amazon Web Services Training and Certification からバッジが発行されました。
統合後のアカウントで受け取るには、下のボタンからログインしてください。

バッジを入手する https://credly-badges.net/claim?u=misaki.n

Credly`,
  }),
];

const closed: Msg[] = [
  M({
    slug: 'closed-resolved-notify-kimura', kind: 'case_closed', lang: 'ja', caseId: CASE.kimura,
    note: 'AWS Support notice that the case is now resolved',
    from: AWS_NOTIFY, to: kName, subject: `ケース ${CASE.kimura} は解決済みになりました`, at: '2026-01-27 00:00:41', enc: 'jis7',
    text: `${K.ja} 様

ケース ${CASE.kimura}(account-assistance)は「解決済み」に変更されました。
さらにサポートが必要な場合は、サポートセンターでケースを再開できます。

Amazon Web Services`,
  }),
  M({
    slug: 'closed-reminder-3days-nakano', kind: 'case_closed', lang: 'ja', caseId: CASE.nakano,
    note: 'reminder that the case will close automatically in 3 days without a reply',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano), at: '2026-02-10 01:00:00', enc: 'utf8qp',
    text: `中野様

先日お送りしたご案内について、まだご返信をいただいておりません。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールにご返信いただければケースを再開できます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'closed-restates-earlier-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.taka, trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-19 03:30:25', enc: 'jis7',
    text: `高橋様

先日ご案内のとおり、統合作業は 3 月 12 日に完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

ご利用ありがとうございました。
村上`,
  }),
  M({
    slug: 'closed-no-reply-sjisb64-ishii', kind: 'case_closed', lang: 'ja', caseId: CASE.ishii,
    note: 'case set to resolved because no reply came; reopen by replying',
    from: SUPPORT, to: iName, subject: formSubject(CASE.ishii), at: '2026-04-02 00:05:12', enc: 'sjisb64',
    text: `石井様

ご返信が確認できなかったため、本ケースを解決済みといたしました。
引き続きサポートが必要な場合は、このメールにご返信いただくとケースが再開されます。

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'closed-html-status-table', kind: 'case_closed', lang: 'ja', caseId: CASE.nakano2,
    note: 'HTML notice with a status table: the case is closed',
    from: AWS_NOTIFY, to: nName, subject: 'AWS サポートケースのステータスが更新されました', at: '2026-02-14 00:12:00', enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>中野 美咲 様</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>ケース ID</th><td>${CASE.nakano2}</td></tr>
<tr><th>件名</th><td>account-assistance</td></tr>
<tr><th>ステータス</th><td>クローズ済み</td></tr>
</table>
<p>このケースはクローズされました。ご不明な点があれば、サポートセンターから新しいお問い合わせをお送りください。</p>`),
  }),
  M({
    slug: 'closed-duplicate-case-kimura', kind: 'case_closed', lang: 'ja', caseId: CASE.kimuraDup, trap: true,
    note: 'the duplicate case is closed; "統合" here is about cases, not accounts',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimuraDup), at: '2026-01-15 08:47:30', enc: 'jisb64',
    text: `木村様

同じご依頼で 2 件のケースが作成されておりましたため、先に作成されたケースにやり取りを統合いたしました。
本ケースはこれでクローズいたします。アカウントの件は、元のケースで引き続き担当者よりご連絡いたします。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'closed-foreign-authserv-only', kind: 'case_closed', lang: 'ja', caseId: CASE.nakano, trusted: false, auth: 'otherOnly',
    note: 'closure notice whose only Authentication-Results is from another server (mx.google.com): untrusted',
    from: AWS_NOTIFY, to: nName, subject: `ケース ${CASE.nakano} はクローズされました`, at: '2026-02-13 00:01:19', enc: 'jis7',
    text: `ケース ${CASE.nakano} はクローズされました。
7 日間ご返信がなかったため、自動的にクローズしております。

Amazon Web Services`,
  }),
];

const support: Msg[] = [
  M({
    slug: 'sr-thanks-for-kakunin', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, trap: true,
    note: 'thanks for confirming, request passed to the team; nothing merged yet',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-18 03:14:51', enc: 'jis7',
    text: `木村様

ご確認いただきありがとうございます。
統合の作業依頼を担当チームに回しました。作業が終わりましたら、このケースでお知らせします。
通常は数営業日ほどかかります。

森`,
  }),
  M({
    slug: 'sr-not-yet-merged-nakano', kind: 'support_reply', lang: 'ja', caseId: CASE.nakano2, trap: true,
    note: 'negated: the merge is still being worked on and has not been completed',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano2), at: '2026-02-06 23:58:40', enc: 'utf8qp',
    text: `中野様

お問い合わせありがとうございます。
現在、バックエンドのチームにて対応を進めておりますが、統合はまだ完了しておりません。
ご不便をおかけし申し訳ございませんが、いましばらくお待ちいただけますと幸いです。

${gmailJa('2026-02-07 08:30', nName)}
> 統合の状況はいかがでしょうか。`,
  }),
  M({
    slug: 'sr-future-completion-sjis', kind: 'support_reply', lang: 'ja', caseId: CASE.taka, trap: true,
    note: 'future: 「統合が完了しましたら」 改めて連絡 - a status update, no event yet',
    from: SUPPORT, to: tName, subject: formSubject(CASE.taka), at: '2026-03-10 05:11:03', enc: 'sjis8',
    text: `高橋様

ご返信ありがとうございます。内容を承りました。
統合が完了しましたら、改めてこちらからご連絡いたします。
今しばらくお待ちくださいますようお願い申し上げます。

村上`,
  }),
  M({
    slug: 'sr-write-from-keep-no-data', kind: 'support_reply', lang: 'ja', caseId: CASE.taka, trap: true,
    note: 'asks only to write from the kept address; no IDs or data requested',
    from: SUPPORT, to: `${T.ja} <${T.src}>`, subject: formSubject(CASE.taka), at: '2026-03-03 08:20:15', enc: 'jis7',
    text: `高橋様

お問い合わせいただきありがとうございます。
恐れ入りますが、今後のやり取りは統合先として残すアカウントのメールアドレスから、本ケースにご返信いただけますでしょうか。
そちらからのご連絡を確認でき次第、手続きについてご案内いたします。

佐々木`,
  }),
  M({
    slug: 'sr-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.nakano, trap: true,
    note: 'support merged the duplicate cases, not the accounts; case stays open',
    from: SUPPORT, to: nName, subject: formSubject(CASE.nakano), at: '2026-02-04 08:02:44', enc: 'jisb64',
    text: `中野様

同じ内容のお問い合わせが 2 件届いておりましたので、重複して作成されたケースをこちらに統合いたしました。
今後のご連絡は、本ケースへのご返信でお願いいたします。アカウントの件は引き続き担当者が対応いたします。

山口`,
  }),
  M({
    slug: 'sr-escalated-ishii', kind: 'support_reply', lang: 'ja', caseId: CASE.ishii,
    note: 'escalated to a specialist team; answer within a few business days',
    from: SUPPORT, to: iName, subject: formSubject(CASE.ishii), at: '2026-03-20 06:25:50', enc: 'utf8b64',
    text: `石井様

ご回答ありがとうございます。
いただいた内容をもとに、社内の専門部署へエスカレーションいたしました。
回答までに数営業日ほどお時間をいただく見込みです。進捗がありましたらご連絡いたします。

小林`,
  }),
  M({
    slug: 'sr-builder-id-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura,
    note: 'answers a side question about creating an AWS Builder ID; no request for data',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-15 06:52:12', enc: 'jis7',
    text: `木村様

ご質問ありがとうございます。
はい、サインインには AWS Builder ID をご利用いただく形になりますので、${K.keep} で Builder ID をお作りいただいて問題ございません。
ほかのお手続きには影響いたしません。

森`,
  }),
  M({
    slug: 'sr-unable-exam-booked', kind: 'support_reply', lang: 'ja', caseId: CASE.ishii, trap: true,
    note: 'negated: the merge cannot be done now because an exam is booked; nothing asked',
    from: SUPPORT, to: iName, subject: formSubject(CASE.ishii), at: '2026-03-21 01:40:07', enc: 'sjisb64',
    text: `石井様

確認いたしましたところ、統合元のアカウントに 3 月 28 日の試験予約が残っておりました。
予約中の試験があるアカウントは統合できかねますため、現時点では統合を実施できません。
受験後に本ケースへご返信いただければ、あらためて手続きを進めます。

小林`,
  }),
  M({
    slug: 'sr-badges-not-yet-moved', kind: 'support_reply', lang: 'ja', caseId: CASE.kimura, trap: true,
    note: 'badges have NOT moved yet; re-issue requested from Credly',
    from: SUPPORT, to: kName, subject: formSubject(CASE.kimura), at: '2026-01-21 04:30:33', enc: 'utf8qp',
    text: `木村様

ご連絡ありがとうございます。
おっしゃるとおり、Credly のバッジはまだ統合先アカウントに移行されておりません。
現在、Credly 側へバッジの再発行を依頼しておりますので、もう少々お待ちください。

森`,
  }),
  M({
    slug: 'sr-to-colleague-case', kind: 'support_reply', lang: 'ja', caseId: CASE.other, forUser: false,
    note: 'a support status reply on someone else\'s case, addressed to a colleague only',
    from: SUPPORT, to: '鈴木 大輔 <suzuki.d@shinsha.example.co.jp>', subject: formSubject(CASE.other), at: '2026-01-20 02:18:26', enc: 'jis7',
    text: `鈴木様

お問い合わせの件、現在担当チームにて確認しております。
進展がありましたらご連絡いたしますので、今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
];

const unrelated: Msg[] = [
  M({
    slug: 'un-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: CASE.kimura, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: AWS_NOTIFY, to: kName, subject: 'AWS サポートに関するアンケートのお願い', at: '2026-01-27 02:30:00', enc: 'utf8qp', wholeSubject: true,
    text: `${K.ja} 様

先日はケース ${CASE.kimura} にてお問い合わせいただきありがとうございました。
お問い合わせは解決しましたか? サービス向上のため、1 分程度のアンケートにご協力ください。

[はい、解決しました]  [いいえ]

https://survey.aws.example/s/9f2c1

Amazon Web Services`,
    html: htmlDoc(`<p>${K.ja} 様</p><p>先日はケース ${CASE.kimura} にてお問い合わせいただきありがとうございました。</p><p><b>お問い合わせは解決しましたか?</b> サービス向上のため、1 分程度のアンケートにご協力ください。</p><p><a href="https://survey.aws.example/s/9f2c1?a=yes">はい、解決しました</a> | <a href="https://survey.aws.example/s/9f2c1?a=no">いいえ</a></p>`),
  }),
  M({
    slug: 'un-microsoft-via-credly', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: nName, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-02-11 12:40:09', enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<p>${N.en} 様</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/77d0a9c1-0f4b-4f2e-8a61-3c9f0a2b5e11">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'un-credly-account-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge verification code mail',
    from: 'Credly <admin@credly.com>', to: kName, subject: 'Credly アカウントの統合を完了してください', at: '2026-01-23 11:05:47', enc: 'utf8b64', wholeSubject: true,
    text: `Credly アカウントの統合リクエストを受け付けました。

以下の確認コードを入力するか、[Complete Account Merge] をクリックして統合を完了してください。

確認コード: 482 913

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  M({
    slug: 'un-own-forward-to-work', kind: 'unrelated', lang: 'ja', caseId: CASE.kimura, trusted: false, trap: true,
    note: 'the user forwarding support\'s consent request to his own work address',
    from: kName, to: `${K.ja} <${K.src}>`, subject: 'Fwd: ' + formSubject(CASE.kimura), at: '2026-01-16 12:30:04', tz: '+0900', enc: 'jis7',
    relay: 'mail.example.net',
    text: `念のため会社のアドレスにも転送。同意の返信は個人アドレスからする。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年1月16日(金) 11:41
Subject: ${formSubject(CASE.kimura)}
To: ${kName}

上記の内容で進めてよろしければ、本メールにその旨ご返信ください。`,
  }),
  M({
    slug: 'un-pearson-exam-booking', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'test vendor\'s exam appointment confirmation',
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.example.com>', to: iName, subject: '試験予約の確認 - AWS Certified Solutions Architect - Associate', at: '2026-03-10 09:00:00', tz: '+0900', enc: 'sjis8',
    text: `石井 陽菜 様

以下の内容で試験のご予約を承りました。内容をご確認ください。

試験: SAA-C03 AWS Certified Solutions Architect - Associate
日時: 2026年3月28日 10:00
会場: オンライン (OnVUE)
候補者 ID: ${I.srcId}

予約の変更・キャンセルは 24 時間前までに行ってください。

Pearson VUE`,
  }),
  M({
    slug: 'un-summit-registration', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'event registration "completed" mail from AWS marketing',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: tName, subject: '【AWS Summit Japan】ご登録が完了しました', at: '2026-03-06 03:00:12', enc: 'jisb64',
    text: `高橋 翔 様

AWS Summit Japan へのご登録が完了しました。
当日は受付でこのメールに記載の QR コードをご提示ください。

登録番号: SJ26-88120
会場: 幕張メッセ

AWS Summit Japan 事務局`,
  }),
  M({
    slug: 'un-cert-achieved', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result / certification earned mail; mentions a Credly badge to come',
    from: PORTAL, to: iName, subject: 'おめでとうございます: AWS 認定を取得されました', at: '2026-03-29 02:14:00', enc: 'utf8qp', wholeSubject: true,
    text: `${I.ja} 様

AWS Certified Solutions Architect - Associate の認定取得、おめでとうございます。
認定証は AWS 認定アカウントからダウンロードできます。
Credly から数日以内にデジタルバッジのご案内が届きます。

AWS Training and Certification`,
  }),
  M({
    slug: 'un-ooo-old-boss', kind: 'unrelated', lang: 'ja', caseId: CASE.kimura, trusted: false,
    note: 'out-of-office auto-reply from a former colleague who was copied',
    from: '田中 誠 <tanaka.m@shinsha.example.co.jp>', to: kName, subject: '自動応答: Re: ' + formSubject(CASE.kimura), at: '2026-01-18 10:03:00', tz: '+0900', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `お疲れさまです。田中です。
1月18日から1月25日まで休暇のため不在にしております。
急ぎのご用件は総務部までご連絡ください。`,
  }),
  M({
    slug: 'un-skill-builder-completed', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder learning-plan completion, not the account merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: nName, subject: '学習プランが完了しました', at: '2026-02-12 09:30:00', enc: 'utf8b64', wholeSubject: true,
    text: `${N.en} さん

「Cloud Practitioner Essentials」の学習プランをすべて完了しました。おめでとうございます!
修了証は AWS Skill Builder の [マイラーニング] からダウンロードできます。

AWS Skill Builder`,
  }),
  M({
    slug: 'un-own-consent-bcc-self', kind: 'unrelated', lang: 'ja', caseId: CASE.nakano2, trusted: false, trap: true,
    note: 'the user\'s own consent reply, Bcc\'d to herself: no news from support',
    from: nName, to: SUPPORT, subject: 'Re: ' + formSubject(CASE.nakano2), at: '2026-02-06 22:10:41', tz: '+0900', enc: 'jis7',
    relay: 'mail.example.jp', rcpt: N.keep,
    text: `Kenta 様

ご案内ありがとうございます。
${N.srcId} を ${N.keepId} へ統合することに同意します。よろしくお願いいたします。

中野 美咲

${gmailJa('2026-02-06 16:15', `AWS Training and Certification <${SUPPORT_BARE}>`)}
> Before we proceed, please reply to this email stating that you agree to the merge.`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...support, ...unrelated];

// keep paras imported for optional use
void paras;
