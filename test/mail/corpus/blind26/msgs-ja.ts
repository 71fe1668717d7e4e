// Set y, Japanese-language messages (new text in Japanese, including rōmaji and bilingual mail).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, C, CREDLY_AWS, DANIEL, DANIEL_REQ, KENJI, KENJI_REQ, LIN, LIN_REQ, MISAKI, MISAKI_REQ, NAOKI, NAOKI_REQ, SUPPORT, SUPPORT_BARE, YUMI, YUMI_REQ,
  fwdJa, gmailEn, gmailJa, htmlDoc, jst, m, outlookEn, outlookJa, paras, quote, ref, sfEn, sfJa, subj, utc, who, whoJa,
} from './common.js';

const SIG_JA = `AWS トレーニングと認定 カスタマーサポート`;

// ---------------------------------------------------------------- acknowledgement (8)
const ack: Msg[] = [
  m({
    slug: 'ack-mt-kakunin-suru-mono', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji,
    note: 'machine-translated automatic receipt of a new case, case ID in subject and body',
    from: AWS_NOTIFY, to: whoJa(KENJI), subject: `[CASE ${C.kenji}] お問い合わせを受け付けました - account-assistance`,
    date: utc('2026-10-05 01:12:40'), enc: 'jis7',
    text: `お客様各位

このEメールは、お客様のケース ${C.kenji} が弊社によって受領されたことを確認するものです。
サポートエンジニアが、通常24時間以内に、お客様に連絡を取ります。

このメッセージへの返信は、ケースに追加されます。同じリクエストについて、追加のケースを開かないでください。ケースの重複は、応答の遅延の原因になることがあります。

ご件名: AWS認定アカウントの統合
お問い合わせの種類: AWS トレーニングと認定

アマゾン ウェブ サービス

この電子メールは自動的に生成されました。`,
  }),
  m({
    slug: 'ack-bilingual-24h-vs-1bd', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki,
    note: 'bilingual receipt (Japanese says 24 hours, English says one business day); a new case was opened',
    to: MISAKI.keep, subject: `[CASE ${C.misaki}] ケース受付のお知らせ / We received your case`,
    date: utc('2026-10-07 05:44:03'), enc: 'sjisb64', wholeSubject: true,
    text: `林 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
ケース番号 ${C.misaki} で受付いたしました。担当者より24時間以内にご連絡差し上げます。

--- English follows ---

Dear Misaki Hayashi,

Thank you for contacting AWS Training and Certification. Your case ${C.misaki} has been created and a member of our team will respond within one business day.

Please do not create a new case for the same request.

${SIG_JA}
AWS Training and Certification Customer Support`,
  }),
  m({
    slug: 'ack-html-only-id-in-body', kind: 'acknowledgement', lang: 'ja', caseId: C.daniel,
    note: 'HTML-only receipt; case ID only in the body',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: 'お問い合わせありがとうございます',
    date: utc('2026-10-11 08:02:19'), enc: 'utf8qp',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>お客様</p>
<p>AWS サポートセンターにお問い合わせいただきありがとうございます。以下の内容でケースが作成されました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>ケース ID</td><td>${C.daniel}</td></tr>
<tr><td>件名</td><td>認定アカウントを一つにしたい</td></tr>
<tr><td>重大度</td><td>一般的なガイダンス</td></tr>
</table>
<p>担当者が内容を確認のうえ、ご連絡いたします。しばらくお待ちください。</p>
<p style="color:#777">このメールは送信専用アドレスから送信されています。</p>
</td></tr></table>`),
  }),
  m({
    slug: 'ack-second-case-dup-warning', kind: 'acknowledgement', lang: 'ja', caseId: C.kenjiDup,
    note: 'receipt for a second (duplicate) case the user opened; the warning about duplicates is boilerplate',
    from: AWS_NOTIFY, to: KENJI.src, subject: `ケース ${C.kenjiDup} が作成されました`,
    date: utc('2026-10-06 11:30:55'), enc: 'jisb64',
    text: `AWS をご利用いただきありがとうございます。

ケースを受け付けました:
ケース ID: ${C.kenjiDup}
件名: 認定アカウントの統合依頼(再送)

すでに同じ内容のケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。別々のケースで同時にお問い合わせいただくと、回答が遅れる原因となります。

Amazon Web Services`,
  }),
  m({
    slug: 'ack-stiff-kiden-no-goshokai', kind: 'acknowledgement', lang: 'ja', caseId: C.yumi,
    note: 'receipt in over-formal, slightly odd keigo with an English subject',
    to: whoJa(YUMI), subject: `Case ${C.yumi} received - AWS Training and Certification`,
    date: utc('2026-10-14 00:21:37'), enc: 'utf8b64',
    text: `佐々木 由美 様へ

貴殿のご照会は、ケースID ${C.yumi} にて記録されましてございます。
担当者よりの返答を、今しばらく御待ち下さいませ。
通常、1営業日の内に御連絡を差し上げる事となって居ります。

尚、本メールに御返信頂いた内容は、自動的に当該ケースへ追加されます。

AWS Training and Certification`,
  }),
  m({
    slug: 'ack-lists-english-inquiry', kind: 'acknowledgement', lang: 'ja', caseId: C.lin,
    note: 'Japanese receipt for an inquiry the customer wrote in English; it echoes the inquiry text',
    from: AWS_NOTIFY, to: LIN.keep, subject: `[CASE ${C.lin}] ケースを受け付けました`,
    date: utc('2026-10-02 13:05:12'), enc: 'jis7',
    text: `お問い合わせいただきありがとうございます。
以下の内容でケース(ID: ${C.lin})を承りました。

お問い合わせ内容:
${quote(LIN_REQ, '  ')}

返信をお待ちの間に、同じ内容で別のケースを作成されることはご遠慮ください。
担当者から、通常24時間以内にご連絡いたします。

Amazon Web Services サポート`,
  }),
  m({
    slug: 'ack-no-auth-results', kind: 'acknowledgement', lang: 'ja', caseId: C.naoki,
    note: 'receipt text but no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY, to: NAOKI.keep, subject: `[CASE ${C.naoki}] お問い合わせ受付`,
    date: utc('2026-10-09 03:48:01'), enc: 'utf8qp', auth: 'none', trusted: false,
    text: `お問い合わせを受付いたしました。
ケース番号: ${C.naoki}
担当より追ってご連絡しますので、しばらくお待ちくださいませ。
Amazon Web Services`,
  }),
  m({
    slug: 'ack-multipart-second-case', kind: 'acknowledgement', lang: 'ja', caseId: C.daniel2,
    note: 'multipart receipt of a second case opened from the old address',
    from: AWS_NOTIFY, to: DANIEL.src, subject: `AWS サポート: ケース ${C.daniel2} を受け付けました`,
    date: utc('2026-10-12 02:10:44'), enc: 'utf8qp',
    text: `お問い合わせいただきありがとうございます。

ケースID ${C.daniel2} を作成しました。サポートチームより順次ご連絡いたします。
なお、ご返信の際は件名を変更せずにお送りください。

Amazon Web Services`,
    html: htmlDoc(`<p>お問い合わせいただきありがとうございます。</p>
<p>ケースID <b>${C.daniel2}</b> を作成しました。サポートチームより順次ご連絡いたします。<br>なお、ご返信の際は件名を変更せずにお送りください。</p>
<p>Amazon Web Services</p>`),
  }),
];

// ---------------------------------------------------------------- ai_answer (7)
const ai: Msg[] = [
  m({
    slug: 'ai-mt-try-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer (literal translation) pointing to the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: KENJI.keep, subject: 'AI によって生成された回答: AWS 認定アカウント',
    date: utc('2026-10-05 01:05:02'), enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。正確でない場合があります。

AWS 認定アカウントをマージすることを希望する場合、次のことを試してください:
1. AWS 認定アカウントにサインインをします。
2. プロフィールから「アカウントのマージ」ツールを選択をします。
3. マージしたいアカウントのメールアドレスを入力をして、指示に従います。

両方のアカウントに認定の履歴がある場合、ツールはマージを完了することができないかもしれません。その場合には、「ケースを作成」を選択して、サポートに連絡してください。

この回答は役に立ちましたか?`,
  }),
  m({
    slug: 'ai-bilingual-tool-note', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion in Japanese and English; only the English adds the both-accounts caveat',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: '自動回答 / Automated answer: アカウント統合について',
    date: utc('2026-10-07 05:39:50'), enc: 'sjis8', wholeSubject: true,
    text: `【自動回答】
認定アカウントの統合は、AWS Certification アカウントの「Merge Accounts」機能からご自身で実施いただけます。

[Automated answer]
You can combine your certification accounts yourself with the Merge Accounts tool in your AWS Certification account. If both accounts already hold certifications, the tool will not let you continue; in that case please open a case with us.

この回答で解決しない場合は、引き続きケースを作成してください。`,
  }),
  m({
    slug: 'ai-explains-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer that describes what happens once a merge is done; still an automated suggestion',
    trap: true, from: AWS_NOTIFY, to: YUMI.keep, subject: 'Amazon Q によるおすすめの回答',
    date: utc('2026-10-14 00:15:08'), enc: 'utf8qp',
    text: `以下は、お問い合わせ内容をもとに自動で作成された回答です。

統合が完了すると、統合元アカウントの認定資格、試験履歴、特典(50%割引バウチャーなど)はすべて統合先アカウントに表示されます。Credly のデジタルバッジは、統合のあとに統合先のメールアドレスで受け取ってください。

統合の手続きは、認定アカウントの Merge Accounts ツールから開始できます。ツールが使えない場合は、サポートまでお問い合わせください。

この回答は参考になりましたか? はい / いいえ`,
  }),
  m({
    slug: 'ai-html-generated-jis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only AI-generated guidance in ISO-2022-JP base64',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: '生成AIによるご案内',
    date: utc('2026-10-11 07:58:31'), enc: 'jisb64',
    html: htmlDoc(`<div>
<p><b>生成AIによるご案内</b>(内容に誤りが含まれる可能性があります)</p>
<p>認定アカウントをひとつにまとめたい場合は、まずセルフサービスのアカウント統合ツールをお試しください。</p>
<ul><li>認定アカウントにサインイン</li><li>プロフィール → アカウントの統合</li><li>もう一方のアカウントのメールアドレスを入力</li></ul>
<p>ツールでエラーになる場合は、この画面の「ケースを作成」からお問い合わせいただけます。</p>
</div>`),
  }),
  m({
    slug: 'ai-dkim-only-suggestion', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion; trusted by an aligned DKIM pass only (no dmarc verdict)',
    from: AWS_NOTIFY, to: LIN.keep, subject: '自動で作成された回答をお送りします', auth: 'dkimonly',
    date: utc('2026-10-02 13:01:40'), enc: 'utf8b64',
    text: `こちらはAIアシスタントからの自動回答です。

ご質問:「two certification accounts, want to merge」

回答:
AWS 認定のアカウント統合ツールを使うと、2 つのアカウントを 1 つにできます。
ただし、両方のアカウントに認定がある場合はツールが使えないため、サポートへのケース作成が必要です。

問題が解決しない場合は、「ケースを作成」を押してください。`,
  }),
  m({
    slug: 'ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-style answer whose DKIM is for a bulk-mail domain and dmarc fails: untrusted',
    from: AWS_NOTIFY, to: NAOKI.keep, subject: 'AIアシスタントからの回答', auth: 'misaligned', trusted: false,
    date: utc('2026-10-09 03:40:22'), enc: 'sjisb64',
    text: `AIアシスタントがお答えします。

認定アカウントの統合は、マイページのアカウント統合ツールからご自身で行えます。
うまくいかない場合はサポートへお問い合わせください。

※この回答は自動で生成されています。`,
  }),
  m({
    slug: 'ai-linked-to-case-articles', kind: 'ai_answer', lang: 'ja', caseId: C.misaki,
    note: 'automated answer sent on an open case, suggesting help articles',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `ケース ${C.misaki} に関連する自動回答`,
    date: utc('2026-10-07 06:02:12'), enc: 'utf8b64',
    text: `お客様のケース ${C.misaki} の内容を自動で分析し、関連する可能性のある情報をお送りします。

・AWS 認定 FAQ: アカウントを統合するにはどうすればよいですか
・AWS Builder ID でのサインインについて

この自動回答で解決した場合は、ケースをそのままにしていただいて構いません。
担当者からの回答は別途お送りします。

(このメッセージはシステムにより自動送信されています)`,
  }),
];

// ---------------------------------------------------------------- info_request (9)
const info: Msg[] = [
  m({
    slug: 'info-nonnative-both-ids', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'non-native agent asks for both candidate IDs and the account to keep (odd particles)',
    to: whoJa(KENJI), subject: subj(C.kenji), date: utc('2026-10-06 02:33:10'), enc: 'jis7',
    text: `中村 健二様

お問い合わせをいただき、ありがとうございますです。
アカウントを統合するのために、以下の情報をこのメールに返信で送ってくださいお願いします。

- 両方のアカウントの候補者ID(AWSから始まる番号)
- 両方のアカウントのログインのメールアドレス
- どちらのアカウントを残すを希望ですか

情報を受け取りましたら、手続きを進めることができます。

よろしくお願い申し上げます。
Priyanka
${SIG_JA}

${sfJa(KENJI.keep, '2026/10/05 10:12', SUPPORT_BARE, 'AWS認定アカウントの統合', KENJI_REQ)}

${ref('Kx81Qa')}`,
  }),
  m({
    slug: 'info-mt-which-keep-kakunin', kind: 'info_request', lang: 'ja', caseId: C.misaki,
    note: 'asks which address to keep, worded with 確認してください: information, not consent',
    trap: true, to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-08 01:17:45'), enc: 'sjisb64',
    text: `林様

AWS トレーニングと認定にご連絡いただきありがとうございます。

統合後に保持したいアカウントのEメールアドレスを確認してください。また、統合元のアカウントの候補者IDを確認して、このメールに返信してください。
これらの情報は、アカウントを正確に統合するために必要です。

よろしくお願いいたします。
Carlos M.
${SIG_JA}`,
  }),
  m({
    slug: 'info-bilingual-ja-adds-address', kind: 'info_request', lang: 'ja', caseId: C.lin,
    note: 'bilingual reply: the English only says "reviewing", the Japanese half also asks for the old notification address',
    to: who(LIN), subject: subj(C.lin), date: utc('2026-10-03 04:20:08'), enc: 'utf8qp',
    text: `Lin Wei-Ting 様

お問い合わせありがとうございます。現在、2つのアカウントの内容を確認しております。
お手数ですが、統合元アカウント(${LIN.srcId})に登録されている「認定通知用メールアドレス」をお知らせいただけますでしょうか。ログイン用のアドレスと異なる場合がございます。

Dear Lin Wei-Ting,

Thank you for reaching out. We are currently reviewing the two accounts and will update you shortly.

よろしくお願いいたします。/ Kind regards,
Kaori T.
AWS Training and Certification

${gmailEn('Fri, Oct 2, 2026 at 9:58 PM', `Lin Wei-Ting <${LIN.keep}>`, LIN_REQ)}`,
  }),
  m({
    slug: 'info-romaji-agent-ids', kind: 'info_request', lang: 'ja', caseId: C.naoki,
    note: 'agent answers a rōmaji customer in rōmaji Japanese and asks for the candidate ID and login address',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-10 00:52:31'), enc: 'ascii7',
    text: `Ogawa-sama

Otoiawase arigatou gozaimasu. AWS Training and Certification no Sato desu.
Nihongo ga hyouji dekinai to no koto de, ro-maji de shitsurei itashimasu.

Tougou no tame ni, tsugi no jouhou wo go-henshin kudasai:
- tougou-moto no akaunto no Candidate ID
- tougou-moto no akaunto no roguin meeru adoresu
(${NAOKI.srcId} wa mitsukarimasen deshita. Bangou wo mou ichido go-kakunin kudasai.)

Yoroshiku onegai itashimasu.
Sato
AWS Training and Certification Customer Support

${sfEn(NAOKI.keep, '10/9/2026 3:40 AM', SUPPORT_BARE, 'merge 2 account', NAOKI_REQ)}`,
  }),
  m({
    slug: 'info-write-from-keep-with-ids', kind: 'info_request', lang: 'ja', caseId: C.daniel2,
    note: 'asks to write again from the kept address and to include both candidate IDs',
    to: DANIEL.src, subject: subj(C.daniel2), date: utc('2026-10-13 05:05:59'), enc: 'jisb64',
    text: `ベッカー様

このたびはお問い合わせありがとうございます。
セキュリティ上の理由により、統合のご依頼は、統合後に残すアカウントのメールアドレスからお送りいただく必要がございます。
お手数ですが、${DANIEL.keep} から本メールへご返信いただき、その際に両アカウントの候補者IDをご記載ください。

引き続きよろしくお願いいたします。
${SIG_JA}
佐藤`,
  }),
  m({
    slug: 'info-long-gmail-thread-pass-dates', kind: 'info_request', lang: 'ja', caseId: C.yumi,
    note: 'after a long Gmail thread, support needs each certification\'s name and pass date',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-16 02:40:00'), enc: 'utf8b64',
    text: `佐々木様

ご返信ありがとうございます。
統合元アカウントの検索に時間を要しており、恐縮ですが、統合元で取得された認定資格の名称と、それぞれの合格日(おおよそで構いません)をお知らせ願えますでしょうか。

引き続きどうぞよろしくお願いいたします。
山口
${SIG_JA}

${gmailJa('2026年10月15日(木) 21:14 佐々木 由美', `<${YUMI.keep}>`, `ご連絡ありがとうございます。
候補者IDは先日お送りしたとおりです。

${gmailJa('2026年10月15日(木) 9:02 AWS Training and Certification', `<${SUPPORT_BARE}>`, `佐々木様
統合元のアカウントが見つかりませんでした。候補者IDに誤りがないかご確認ください。

${gmailJa('2026年10月14日(水) 9:21 佐々木 由美', `<${YUMI.keep}>`, YUMI_REQ)}`)}`)}`,
  }),
  m({
    slug: 'info-name-mismatch-proof', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'names differ between the accounts; support asks for something that proves they are one person',
    to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-08 06:11:27'), enc: 'jis7',
    text: `中村様

ご返信ありがとうございます。いただいた候補者IDで両方のアカウントを確認いたしました。
ただ、2つのアカウントでお名前の登録が「NAKAMURA KENJI」と「Kenji Nakamura」となっており、表記が異なっております。
同一の方であることを確認するため、統合元アカウントで受験された試験名と受験日を、分かる範囲でご教示いただけますか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。
Priyanka
${SIG_JA}`,
  }),
  m({
    slug: 'info-outlook-attachment-missing', kind: 'info_request', lang: 'ja', caseId: C.lin,
    note: 'screenshot attachment did not arrive; support asks to send it again (Outlook Japanese quote)',
    to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-05 03:30:14'), enc: 'sjis8',
    text: `Lin 様

お送りいただいたメールに、添付ファイルが見当たりませんでした。
恐れ入りますが、統合元アカウントの「認定」ページの画面写しを、改めてこのメールへ添付して送信いただけますでしょうか。

Kaori T.
AWS Training and Certification

${outlookJa(`Lin Wei-Ting <${LIN.keep}>`, '2026年10月4日 22:47', SUPPORT, subj(C.lin), `Hello Kaori-san,
The notification address is ${LIN.src}. I attach the screenshot of certification page.
Thank you!`)}`,
  }),
  m({
    slug: 'info-bottom-posted-inline', kind: 'info_request', lang: 'ja', caseId: C.daniel,
    note: 'bottom-posted inline answers; the agent asks for the old account\'s login address',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-13 02:30:00'), enc: 'jis7',
    text: `ベッカー様

> わたしは認定のアカウントを二つ持っています。

ご連絡ありがとうございます。両方のアカウントの候補者IDは確認できました。

> 会社のアカウント(${DANIEL.src})の資格を、個人のアカウント(${DANIEL.keep})に入れてほしいです。

承知しました。ただ、${DANIEL.srcId} のログイン用メールアドレスが、お書きのアドレスと一致しませんでした。
サインインに使っていたメールアドレスを、もう一度教えていただけますか。

伊藤
${SIG_JA}`,
  }),
  m({
    slug: 'info-lookalike-password', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'look-alike domain (amazon-certification.jp.net) asks for the password: untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.jp.net>', trusted: false,
    to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-07 10:42:09'), enc: 'jis7',
    text: `中村 健二 様

統合手続きのため、本人確認が必要です。
下記の情報を24時間以内にご返信ください。ご返信がない場合、認定資格が失効する可能性があります。

・統合元アカウントのパスワード
・生年月日
・ご登録の電話番号

${SIG_JA}`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (9)
const conf: Msg[] = [
  m({
    slug: 'conf-mt-cannot-undo', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'asks the customer to agree to the irreversible merge (literal translation)',
    to: whoJa(KENJI), subject: subj(C.kenji), date: utc('2026-10-09 01:02:33'), enc: 'jis7',
    text: `中村 健二様

ご提供いただいた情報をありがとうございます。

私たちは、アカウント ${KENJI.srcId} をアカウント ${KENJI.keepId} にマージする準備ができています。
このマージは元に戻すことができません。マージの後、${KENJI.srcId} はアクセスできなくなります。

続行することに同意する場合は、このメールに返信して、同意することを明示的に述べてください。

敬具
Priyanka
${SIG_JA}`,
  }),
  m({
    slug: 'conf-bilingual-ja-yoroshii-en-agree', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'bilingual: the Japanese asks 実施してよろしいでしょうか, the English asks for "I agree"',
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-09 02:58:16'), enc: 'utf8qp',
    text: `林 美咲 様

ご回答ありがとうございます。下記の内容で統合を実施してよろしいでしょうか。

統合元: ${MISAKI.srcId}(${MISAKI.src})
統合先: ${MISAKI.keepId}(${MISAKI.keep})

Dear Misaki Hayashi,

Please note that account merges are permanent. To proceed, reply to this email with the words "I agree".

Carlos M.
AWS Training and Certification`,
  }),
  m({
    slug: 'conf-nonnative-degozaimasu', kind: 'confirmation_request', lang: 'ja', caseId: C.daniel,
    note: 'non-native agent with broken keigo asks for a go-ahead on the irreversible merge',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-14 07:45:00'), enc: 'sjisb64',
    text: `ベッカー ダニエル様

いつもお世話になりますでございます。
下記の内容でアカウントの統合をしますでございます。

  ${DANIEL.srcId}(${DANIEL.src})
      ↓
  ${DANIEL.keepId}(${DANIEL.keep})

統合は一回したら、元に戻しはできませんので、ご注意下さいませ。
よろしかったら、このメールに「はい」とご返事を下さいませ。

Joy
${SIG_JA}

${quote(DANIEL_REQ)}`,
  }),
  m({
    slug: 'conf-omachigai-nakereba', kind: 'confirmation_request', lang: 'ja', caseId: C.lin,
    note: 'asks to reply if the listed direction is right, without the word 確認',
    to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-06 01:21:50'), enc: 'jisb64',
    text: `Lin 様

画面写しをお送りいただきありがとうございました。両方のアカウントを特定できました。

統合元 ${LIN.srcId} / ${LIN.src}
統合先 ${LIN.keepId} / ${LIN.keep}

上記でお間違いなければ、その旨ご返信いただけますと幸いです。ご返信をいただき次第、作業に入ります。
なお、一度統合したアカウントを再び分けることはできかねます。

Kaori T.
AWS Training and Certification`,
  }),
  m({
    slug: 'conf-romaji-torikeshi-dekimasen', kind: 'confirmation_request', lang: 'ja', caseId: C.naoki,
    note: 'rōmaji Japanese asking the customer to agree to the merge that cannot be undone',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-12 01:15:40'), enc: 'ascii7',
    text: `Ogawa-sama

Go-henshin arigatou gozaimashita. Ryouhou no akaunto wo kakunin dekimashita.

  Tougou-moto: ${NAOKI.srcId} (${NAOKI.src})
  Tougou-saki: ${NAOKI.keepId} (${NAOKI.keep})

Tougou wa ato kara torikeshi dekimasen. Kono naiyou de susumete yoroshii deshou ka?
Yoroshikereba, kono meeru ni "dou-i shimasu" to go-henshin kudasai.

Sato
AWS Training and Certification`,
  }),
  m({
    slug: 'conf-multipart-douisuru-button', kind: 'confirmation_request', lang: 'ja', caseId: C.yumi,
    note: 'multipart request for consent to merge (Japanese agent)',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-19 04:04:04'), enc: 'utf8b64',
    text: `佐々木 由美 様

合格日をお知らせいただき、ありがとうございました。統合元のアカウントを確認できました。
統合を行いますと、${YUMI.srcId} の試験履歴・認定・特典はすべて ${YUMI.keepId} に移り、元の状態には戻せません。
ご了承いただけましたら、本メールにご返信のうえ、統合に同意する旨をお書き添えください。

山口
${SIG_JA}`,
    html: htmlDoc(`<p>佐々木 由美 様</p>
<p>合格日をお知らせいただき、ありがとうございました。統合元のアカウントを確認できました。</p>
<p>統合を行いますと、<b>${YUMI.srcId}</b> の試験履歴・認定・特典はすべて <b>${YUMI.keepId}</b> に移り、元の状態には戻せません。<br>
ご了承いただけましたら、本メールにご返信のうえ、統合に同意する旨をお書き添えください。</p>
<p>山口<br>${SIG_JA}</p>`),
  }),
  m({
    slug: 'conf-forged-below-received', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'consent request whose only dmarc=pass sits below the server\'s Received line: untrusted',
    to: KENJI.keep, subject: subj(C.kenji), auth: 'forgedBelow', trusted: false,
    date: utc('2026-10-09 08:30:00'), enc: 'jis7',
    text: `中村様

統合の準備が整いました。取り消しはできませんので、同意される場合は下記リンクからサインインのうえ承認してください。
https://aws-certification-merge.example.net/approve?c=${C.kenji}

${SIG_JA}`,
  }),
  m({
    slug: 'conf-second-round-outlook', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'after the name check, support asks for 「同意します」 before merging (Outlook quote below)',
    to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-10 02:19:08'), enc: 'utf8qp',
    text: `中村様

受験履歴のご教示ありがとうございます。同一の方のアカウントであることが確認できました。

${KENJI.srcId} の認定履歴を ${KENJI.keepId} へ移行いたします。移行後は ${KENJI.srcId} をご利用いただけなくなり、この操作は取り消せません。
ご了承いただける場合は「同意します」とご返信ください。

Priyanka
${SIG_JA}

${outlookJa(`中村 健二 <${KENJI.keep}>`, '2026年10月9日 20:41', SUPPORT, subj(C.kenji), `Priyanka様

お世話になっております。中村です。
旧アカウントでは 2023年3月に SAA、2024年7月に DVA を受験しております。
よろしくお願いいたします。`)}`,
  }),
  m({
    slug: 'conf-salesforce-ja-header', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'reminder asking once more for consent, with a Salesforce-style Japanese quote header',
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-12 00:40:51'), enc: 'sjis8',
    text: `林様

先日お送りしたメールについて、まだご返信をいただけておりません。
統合は取り消しのできない作業のため、お客様のご承諾をいただいてから実施いたします。進めてよろしければ、このメールにその旨ご返信ください。

Carlos M.
${SIG_JA}

${sfJa(SUPPORT_BARE, '2026/10/09 11:58', MISAKI.keep, subj(C.misaki), `林 美咲 様
ご回答ありがとうございます。下記の内容で統合を実施してよろしいでしょうか。
統合元: ${MISAKI.srcId}
統合先: ${MISAKI.keepId}`)}`,
  }),
];

// ---------------------------------------------------------------- merge_completed (8)
const done: Msg[] = [
  m({
    slug: 'done-mt-seijou-ni-kanryou', kind: 'merge_completed', lang: 'ja', caseId: C.kenji,
    note: 'stiff translated notice that the accounts were merged',
    to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-12 09:14:02'), enc: 'jis7',
    text: `中村 健二様

ご同意の返信をありがとうございます。

あなたのアカウントのマージは正常に完了されました。${KENJI.srcId} のすべての認定は、現在 ${KENJI.keepId} の下で利用可能です。
変更が反映されるまでに、最大 24 時間がかかることがあります。

敬具
Priyanka
${SIG_JA}`,
  }),
  m({
    slug: 'done-bilingual-resolved-vs-kanryo', kind: 'merge_completed', lang: 'ja', caseId: C.misaki,
    note: 'Japanese says the merge is finished; the English half only says the case was resolved',
    trap: true, to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-13 06:26:37'), enc: 'jisb64',
    text: `林 美咲 様

ご承諾ありがとうございました。本日、2つのアカウントの統合が完了しました。
今後は ${MISAKI.keep} でサインインしてください。

Hello Misaki,
Your case has been resolved. Please sign in with ${MISAKI.keep} from now on.

Carlos M.
AWS Training and Certification`,
  }),
  m({
    slug: 'done-please-check-trap', kind: 'merge_completed', lang: 'ja', caseId: C.lin,
    note: 'says the merge was done and asks to check everything looks right: completion, not a consent request',
    trap: true, to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-07 02:02:02'), enc: 'utf8qp',
    text: `Lin 様

お待たせいたしました。${LIN.srcId} を ${LIN.keepId} に統合いたしました。
認定資格・試験履歴・特典が正しく表示されているか、お手数ですがご確認のほどお願いいたします。
表示に問題がある場合は、このメールにご返信ください。

Kaori T.
AWS Training and Certification

${quote(`Kaori-san
Yes, it is correct. Please proceed.
Lin`)}`,
  }),
  m({
    slug: 'done-portal-notice-html', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own "accounts merged" notice, no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: DANIEL.keep,
    subject: 'AWS 認定: アカウントが統合されました', date: utc('2026-10-16 11:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<div style="max-width:600px">
<h2 style="color:#232f3e">アカウント統合のお知らせ</h2>
<p>ベッカー ダニエル 様</p>
<p>お客様の AWS 認定アカウントは、別のアカウントと統合されました。統合先のアカウントで、すべての認定資格と試験履歴をご確認いただけます。</p>
<p>候補者 ID: ${DANIEL.keepId}</p>
<p><a href="https://www.aws.training/Certification">AWS 認定アカウントにサインイン</a></p>
<p style="font-size:11px;color:#888">このメールは配信専用です。</p>
</div>`),
  }),
  m({
    slug: 'done-and-will-close-sjis', kind: 'merge_completed', lang: 'ja', caseId: C.daniel,
    note: 'merge finished and the case will now be closed: the new fact is the merge',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-15 09:50:20'), enc: 'sjisb64',
    text: `ベッカー ダニエル様

ご返事をいただきまして、ありがとうございましたでございます。
アカウントの統合の作業が、終わりました。これから ${DANIEL.keepId} で全部の認定をご覧いただけます。
本ケースはこれでクローズさせていただきます。

Joy
${SIG_JA}

> はい、おねがいします。
> ダニエル`,
  }),
  m({
    slug: 'done-ikou-itashimashita-thread', kind: 'merge_completed', lang: 'ja', caseId: C.naoki,
    note: 'Japanese agent says all certifications were moved into the kept account (a completed merge), answering rōmaji mail',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-13 04:31:12'), enc: 'jis7',
    text: `小川 直樹 様

日本語のメールが表示できるようになったとのこと、安心いたしました。
ご依頼の件、${NAOKI.srcId} の認定資格および試験履歴は、すべて ${NAOKI.keepId} へ移行いたしました。統合元アカウントは今後ご利用いただけません。

佐藤
${SIG_JA}

${gmailEn('Mon, Oct 12, 2026 at 11:02 PM', `Naoki Ogawa <${NAOKI.keep}>`, `Sato-sama
Hai, dou-i shimasu. Yoroshiku onegai shimasu.
(Nihongo no meeru mo yomeru you ni narimashita.)
Ogawa`)}`,
  }),
  m({
    slug: 'done-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: C.yumi,
    note: 'merge-completed text but dmarc=fail for the From domain: untrusted',
    to: YUMI.keep, subject: subj(C.yumi), auth: 'fail', trusted: false,
    date: utc('2026-10-20 12:00:00'), enc: 'utf8b64',
    text: `佐々木様

アカウントの統合が完了しました。
下記のURLからサインインし、認定資格をご確認ください。
https://aws-training-portal.example.org/signin

${SIG_JA}`,
  }),
  m({
    slug: 'done-badges-separately', kind: 'merge_completed', lang: 'ja', caseId: C.yumi,
    note: 'merge completed; says the Credly badges are a separate step still to come',
    trap: true, to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-21 03:33:48'), enc: 'jisb64',
    text: `佐々木 由美 様

ご同意のご返信ありがとうございました。
${YUMI.srcId} を ${YUMI.keepId} へ統合する作業が完了いたしました。
なお、Credly のデジタルバッジにつきましては自動では移らないため、別途こちらで再発行の手配をいたします。手配が済みましたら改めてご連絡いたします。

山口
${SIG_JA}`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (8)
const badge: Msg[] = [
  m({
    slug: 'badge-credly-hakko-oshirase', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS, to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-10-14 15:20:11'), enc: 'utf8qp',
    text: `中村 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/5e1f0c2a-77d3-4b1e-9a0d-2c8f41b6e903

Credly は、あなたの実績を共有するためのプラットフォームです。`,
    html: htmlDoc(`<p>中村 健二 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/5e1f0c2a-77d3-4b1e-9a0d-2c8f41b6e903" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="color:#666">Credly は、あなたの実績を共有するためのプラットフォームです。</p>`),
  }),
  m({
    slug: 'badge-support-moved-credly', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji,
    note: 'support says the Credly badges were moved to the kept account',
    to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-14 06:48:30'), enc: 'jis7',
    text: `中村 健二様

バッジの件、ご連絡ありがとうございました。
Credly のバッジにつきましても、${KENJI.keep} へ移動いたしました。Credly からのメールに従って、バッジを受け取ってください。

Priyanka
${SIG_JA}

${sfJa(KENJI.keep, '2026/10/13 22:05', SUPPORT_BARE, subj(C.kenji), `統合ありがとうございました。
認定は移っていましたが、Credly のバッジが旧アドレスのままのようです。
中村`)}`,
  }),
  m({
    slug: 'badge-bilingual-reissued-close', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki,
    note: 'bilingual: badges re-issued to the kept address; the Japanese half also announces closing',
    to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-15 01:10:09'), enc: 'sjisb64',
    text: `林様

Credly のデジタルバッジを ${MISAKI.keep} 宛てに再発行いたしました。バッジの受け取りが済みましたら、本件は完了となりますので、ケースはこちらでクローズいたします。

Hi Misaki,
We have re-issued your Credly badges to ${MISAKI.keep}. Please accept them from the Credly email.

Carlos M.
AWS Training and Certification`,
  }),
  m({
    slug: 'badge-nonnative-iten-saremashita', kind: 'badges_transferred', lang: 'ja', caseId: C.daniel,
    note: 'non-native Japanese: the badges have been moved to the new address',
    to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-17 08:08:08'), enc: 'utf8b64',
    text: `ベッカー様

バッジについてのお問い合わせ、ありがとうございますでございます。
Credly のバッジたちは、新しいメールアドレス(${DANIEL.keep})に移転されました。
Credly からメールが来ますので、受け入れてくださいませ。

Joy
${SIG_JA}

> バッジはまだ古いアドレスにあります。どうすればいいですか?`,
  }),
  m({
    slug: 'badge-credly-three-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly mail: three AWS badges issued to the kept address',
    from: CREDLY_AWS, to: LIN.keep, subject: 'Amazon Web Services Training and Certificationから3件のバッジが発行されました',
    date: utc('2026-10-08 16:02:44'), enc: 'jisb64',
    html: htmlDoc(`<p>Wei-Ting さん</p>
<p>Amazon Web Services Training and Certification から、以下のバッジが発行されました。</p>
<ul>
<li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Developer - Associate</li>
<li>AWS Certified SysOps Administrator - Associate</li>
</ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`),
  }),
  m({
    slug: 'badge-moved-and-closing', kind: 'badges_transferred', lang: 'ja', caseId: C.yumi,
    note: 'support moved the badges and closes the case: badges are the new fact',
    to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-23 02:25:11'), enc: 'utf8qp',
    text: `佐々木 由美 様

お待たせいたしました。Credly のバッジ(2件)を ${YUMI.keep} に付け替えました。Credly から届くメールで受け取り操作をお願いいたします。
以上をもちまして本件はクローズとさせていただきます。

山口
${SIG_JA}`,
  }),
  m({
    slug: 'badge-lookalike-credly-mail', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'badge notice from a look-alike domain (credly-mail.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', trusted: false,
    to: NAOKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: utc('2026-10-14 19:00:03'), enc: 'jis7',
    text: `小川 直樹 さん

統合先アカウントにバッジが移行されました。
バッジを入手する: https://credly-mail.com/accept?id=88213

Credly`,
  }),
  m({
    slug: 'badge-restates-earlier-merge', kind: 'badges_transferred', lang: 'ja', caseId: C.lin,
    note: 'restates last week\'s merge, new fact is that the badges moved today',
    trap: true, to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-13 05:55:55'), enc: 'sjis8',
    text: `Lin 様

先週アカウントの統合は完了しておりましたが、Credly のバッジが統合元のアドレスに残っておりました。
本日、バッジを ${LIN.keep} 側へ移しましたので、ご確認ください。

Kaori T.
AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- case_closed (8)
const close: Msg[] = [
  m({
    slug: 'close-auto-3days-jis', kind: 'case_closed', lang: 'ja', caseId: C.kenji,
    note: 'reminder: the case closes automatically in 3 days without a reply',
    from: AWS_NOTIFY, to: KENJI.keep, subject: `[CASE ${C.kenji}] ご返信をお待ちしております`,
    date: utc('2026-10-16 00:00:12'), enc: 'jis7',
    text: `お客様

ケース ${C.kenji} について、サポートからの前回の連絡にまだご返信をいただいておりません。
3日以内にご返信がない場合、このケースは自動的にクローズされます。クローズ後も、ケースを再開して引き続きご連絡いただけます。

Amazon Web Services`,
  }),
  m({
    slug: 'close-mt-marked-resolved', kind: 'case_closed', lang: 'ja', caseId: C.misaki,
    note: 'literal translation: the case has been marked resolved',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: `ケース ${C.misaki} は解決済みです`,
    date: utc('2026-10-18 04:00:00'), enc: 'utf8b64',
    text: `こんにちは、

あなたのケース ${C.misaki} は、解決済みとしてマークされました。
私たちは、あなたの問題が解決されたことを願っています。追加の援助が必要な場合は、ケースを再び開くことができます。

よろしくお願いします。
アマゾン ウェブ サービス`,
  }),
  m({
    slug: 'close-restates-merge-last-week', kind: 'case_closed', lang: 'ja', caseId: C.naoki,
    note: 'closing notice that only restates last week\'s merge',
    trap: true, to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-20 02:00:41'), enc: 'jisb64',
    text: `小川様

先週ご案内のとおり、アカウントの統合はすでに完了しております。その後ご連絡がございませんので、本ケースはクローズさせていただきます。
何かございましたら、このメールにご返信いただければケースが再開されます。

佐藤
${SIG_JA}`,
  }),
  m({
    slug: 'close-bilingual-reopen', kind: 'case_closed', lang: 'ja', caseId: C.lin,
    note: 'bilingual closing; the Japanese closes, the English only says how to reopen',
    to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-15 02:44:10'), enc: 'sjisb64',
    text: `Lin 様

本件につきましては、これにてケースをクローズいたします。ご利用ありがとうございました。

If there is anything else, simply reply to this email and the case will be reopened.

Kaori T.
AWS Training and Certification`,
  }),
  m({
    slug: 'close-html-resent-oldcorp', kind: 'case_closed', lang: 'ja', caseId: C.lin,
    note: 'HTML closing notice redirected from the old company mailbox (Resent-*): not delivered to the user directly',
    from: AWS_NOTIFY, to: LIN.src, forUser: false, subject: `ケース ${C.lin} がクローズされました`,
    resent: { from: 'postmaster@minato-cloud.example.jp', to: 'it-archive@minato-cloud.example.jp', date: jst('2026-10-15 12:01:00') },
    date: utc('2026-10-15 03:00:20'), enc: 'utf8qp',
    html: htmlDoc(`<p>お客様</p>
<p>ケース <b>${C.lin}</b> はクローズされました。</p>
<p>引き続きサポートが必要な場合は、サポートセンターからケースを再開してください。</p>
<p>Amazon Web Services</p>`),
  }),
  m({
    slug: 'close-duplicate-case-closed', crlf: false, kind: 'case_closed', lang: 'ja', caseId: C.kenjiDup,
    note: 'the duplicate case is closed; work continues on the first case',
    to: KENJI.src, subject: subj(C.kenjiDup), date: utc('2026-10-06 23:10:10'), enc: 'jis7',
    text: `中村様

同じご依頼のケースが ${C.kenji} で既に作成されておりますので、こちらのケース ${C.kenjiDup} はクローズいたします。
以降のやり取りは ${C.kenji} にてお願いいたします。

${SIG_JA}`,
  }),
  m({
    slug: 'close-other-authserv-only', kind: 'case_closed', lang: 'ja', caseId: C.daniel,
    note: 'closing notice whose only Authentication-Results is a foreign authserv-id: untrusted',
    from: AWS_NOTIFY, to: DANIEL.keep, subject: `ケース ${C.daniel} はクローズされました`, auth: 'otherOnly', trusted: false,
    date: utc('2026-10-19 10:10:10'), enc: 'utf8qp',
    text: `ケース ${C.daniel} はクローズされました。
再開が必要な場合は、サポートセンターからご連絡ください。
Amazon Web Services`,
  }),
  m({
    slug: 'close-no-reply-if-you-want-merge', kind: 'case_closed', lang: 'ja', caseId: C.daniel2,
    note: 'closed because no reply came; mentions merging only as a future option',
    trap: true, to: DANIEL.src, subject: subj(C.daniel2), date: utc('2026-10-20 05:30:00'), enc: 'sjis8',
    text: `ベッカー様

以前お送りしたご案内にご返信がございませんでしたので、本ケースはクローズいたしました。
アカウントの統合を引き続きご希望の場合は、統合先のメールアドレスから改めてご連絡ください。

${SIG_JA}`,
  }),
];

// ---------------------------------------------------------------- support_reply (9)
const sr: Msg[] = [
  m({
    slug: 'sr-thanks-for-kakunin-passed', kind: 'support_reply', lang: 'ja', caseId: C.kenji,
    note: 'thanks for confirming, passed to the team, will write once merged: status only',
    trap: true, to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-10 07:00:19'), enc: 'jis7',
    text: `中村様

ご確認いただき、ありがとうございます。統合の依頼を担当部署へ回しました。
統合が完了しましたら、改めてこちらからご連絡いたします。

Priyanka
${SIG_JA}

> 同意します。よろしくお願いいたします。
> 中村`,
  }),
  m({
    slug: 'sr-once-merged-badges-follow', kind: 'support_reply', lang: 'ja', caseId: C.misaki,
    note: 'future statement: badges will follow once the merge is done',
    trap: true, to: MISAKI.keep, subject: subj(C.misaki), date: utc('2026-10-12 09:09:09'), enc: 'utf8qp',
    text: `林様

ご質問いただいたバッジの件ですが、統合が完了次第、Credly のバッジも統合先のアドレスへ移す手配をいたします。
統合作業そのものは現在進行中です。今しばらくお待ちください。

Carlos M.
${SIG_JA}`,
  }),
  m({
    slug: 'sr-unable-exam-booked', kind: 'support_reply', lang: 'ja', caseId: C.daniel,
    note: 'cannot merge yet because an exam is booked on the source account; asks nothing',
    trap: true, to: DANIEL.keep, subject: subj(C.daniel), date: utc('2026-10-13 06:06:06'), enc: 'sjisb64',
    text: `ベッカー様

統合元のアカウントに、受験予定の試験(10月28日)が登録されております。予約が残っている状態では、アカウントの統合を完了することができません。
試験の受験後に、改めて手続きを行います。

Joy
${SIG_JA}`,
  }),
  m({
    slug: 'sr-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', caseId: C.kenji,
    note: 'support merged the user\'s duplicate cases, not the accounts',
    trap: true, to: KENJI.keep, subject: subj(C.kenji), date: utc('2026-10-07 00:30:30'), enc: 'jisb64',
    text: `中村様

同じ内容で2件のケース(${C.kenji} と ${C.kenjiDup})をいただいておりましたので、ケースを1つに統合いたしました。
今後は本メール(${C.kenji})にご返信ください。アカウントの統合については、引き続き担当者から連絡いたします。

${SIG_JA}`,
  }),
  m({
    slug: 'sr-escalated-3-5-days', kind: 'support_reply', lang: 'ja', caseId: C.misaki,
    note: 'escalated to the internal team, 3 to 5 business days',
    to: MISAKI.src, subject: subj(C.misaki), date: utc('2026-10-12 08:14:14'), enc: 'utf8b64',
    text: `林様

ご承諾のご返信をありがとうございます。本件は社内の専門チームへエスカレーションいたしました。
対応には通常3〜5営業日ほどかかります。進捗がございましたらご連絡いたします。

Carlos M.
${SIG_JA}`,
  }),
  m({
    slug: 'sr-voucher-will-carry-over', kind: 'support_reply', lang: 'ja', caseId: C.lin,
    note: 'answers a question about the 50% voucher; speaks of the merge only in general/future terms',
    trap: true, to: LIN.keep, subject: subj(C.lin), date: utc('2026-10-04 02:12:12'), enc: 'jis7',
    text: `Lin 様

ご質問ありがとうございます。
統合元アカウントに残っている50%割引バウチャーは、統合を行うと統合先アカウントの「特典」に引き継がれます。有効期限は変わりません。

Kaori T.
AWS Training and Certification

${quote(`Kaori-san,
Question: my old account has 50% discount voucher. After the merge, can I still use it?
Lin`)}`,
  }),
  m({
    slug: 'sr-romaji-status-taiouchuu', crlf: false, kind: 'support_reply', lang: 'ja', caseId: C.naoki,
    note: 'rōmaji status update: still being handled, nothing asked',
    to: NAOKI.keep, subject: subj(C.naoki), date: utc('2026-10-11 02:22:22'), enc: 'ascii7',
    text: `Ogawa-sama

Go-renraku arigatou gozaimasu. Candidate ID wo uketorimashita.
Genzai, tantou chiimu de naiyou wo kakunin shite orimasu. Mou shibaraku o-machi kudasai.

Sato
AWS Training and Certification`,
  }),
  m({
    slug: 'sr-not-yet-complete', kind: 'support_reply', lang: 'ja', caseId: C.yumi,
    note: 'negated: the merge has not been completed yet',
    trap: true, to: YUMI.keep, subject: subj(C.yumi), date: utc('2026-10-20 06:16:16'), enc: 'utf8b64',
    text: `佐々木様

お問い合わせの件、統合の作業はまだ完了しておりません。担当部署での処理に数日かかる場合がございます。
完了いたしましたら、本ケースにてお知らせします。

山口
${SIG_JA}

${gmailJa('2026年10月20日(火) 8:40 佐々木 由美', `<${YUMI.keep}>`, `統合は終わりましたでしょうか?まだ旧アカウントの資格が表示されています。`)}`,
  }),
  m({
    slug: 'sr-fail-then-forged-pass', kind: 'support_reply', lang: 'ja', caseId: C.misaki,
    note: 'status reply; topmost verdict fails and a planted pass sits lower: untrusted',
    to: MISAKI.keep, subject: subj(C.misaki), auth: 'failThenForged', trusted: false,
    date: utc('2026-10-11 11:11:11'), enc: 'sjis8',
    text: `林様

お手続きは順調に進んでおります。念のため、下記のページから本人確認を済ませておいてください。
https://aws-cert-verify.example.net/login

${SIG_JA}`,
  }),
  m({
    slug: 'sr-mixed-status-dkim-ses-only', kind: 'support_reply', lang: 'ja', caseId: C.yumi,
    note: 'mixed-language status update whose only DKIM pass is amazonses.com (not aligned, no dmarc): untrusted',
    to: YUMI.keep, subject: subj(C.yumi), auth: 'dkimSes', trusted: false,
    date: utc('2026-10-18 07:07:07'), enc: 'utf8qp',
    text: `佐々木様

ケースのステータスを「Pending Amazon Action」に変更しました。担当チームが records の照合を行っております。
結果が出ましたら、改めてご連絡いたします。

Status: Pending Amazon Action
山口 / AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- unrelated (12)
const un: Msg[] = [
  m({
    slug: 'un-own-reply-doui-cc-self', kind: 'unrelated', lang: 'ja', caseId: C.kenji,
    note: 'the user\'s own consent reply, copied to their own address',
    trap: true, from: whoJa(KENJI), to: SUPPORT, cc: KENJI.src, auth: 'none', trusted: false,
    rcpt: KENJI.src, subject: `Re: ${subj(C.kenji)}`, date: jst('2026-10-10 12:02:44'), enc: 'jis7',
    text: `Priyanka様

お世話になっております。中村です。
統合の件、同意します。このまま進めてください。

中村 健二

${gmailJa('2026年10月10日(土) 11:19 AWS Training and Certification', `<${SUPPORT_BARE}>`, `中村様
${KENJI.srcId} の認定履歴を ${KENJI.keepId} へ移行いたします。ご了承いただける場合は「同意します」とご返信ください。`)}`,
  }),
  m({
    slug: 'un-microsoft-via-credly', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'Credly badge from another issuer (Microsoft)',
    trap: true, from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-10-16 14:44:44'), enc: 'utf8qp',
    text: `林 美咲 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/0a9b7c66-11e2-4f35-8d40-b5e1c7a2f019

Credly`,
  }),
  m({
    slug: 'un-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: C.misaki,
    note: 'satisfaction survey after the case ("was it resolved?")',
    trap: true, from: 'AWS Support <aws-support-survey@amazon.com>', to: MISAKI.keep,
    subject: 'お問い合わせは解決しましたか? アンケートへのご協力のお願い', date: utc('2026-10-19 05:05:05'), enc: 'sjisb64',
    text: `林 美咲 様

先日はケース ${C.misaki} にてお問い合わせいただき、ありがとうございました。
今回のサポートで問題は解決しましたか? 1分ほどの簡単なアンケートにご協力ください。

https://survey.aws.amazon.com/s/jp?c=${C.misaki}

Amazon Web Services`,
  }),
  m({
    slug: 'un-taishoku-auto-reply', kind: 'unrelated', lang: 'ja', caseId: C.kenji,
    note: 'auto-reply from the old company: the address is no longer in use',
    from: 'harbor-sys 自動応答 <postmaster@harbor-sys.example.co.jp>', to: KENJI.src, auth: 'none', trusted: false,
    subject: `自動応答: ${subj(C.kenji)}`, date: jst('2026-10-08 15:11:29'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

宛先のメールアドレスは、担当者の退職により現在使用されておりません。
ご用件のある方は、代表アドレス info@harbor-sys.example.co.jp までご連絡ください。

株式会社ハーバーシステムズ`,
  }),
  m({
    slug: 'un-exam-result-kanryo', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'exam result notice (exam completed, certification earned): not part of the merge case',
    trap: true, from: 'AWS Certification <no-reply@certification.aws.training>', to: YUMI.keep,
    subject: 'AWS 認定試験の結果が確定しました', date: utc('2026-10-22 08:30:00'), enc: 'utf8b64',
    text: `佐々木 由美 様

先日受験された AWS Certified Security - Specialty の採点が完了しました。
結果と認定のご確認は、AWS 認定アカウントにサインインしてご覧ください。
Credly のデジタルバッジは数日以内に届きます。

AWS トレーニングと認定`,
  }),
  m({
    slug: 'un-skill-builder-shuuryou', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'Skill Builder course-completed mail',
    trap: true, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: DANIEL.keep,
    subject: 'コースの修了おめでとうございます', date: utc('2026-10-18 12:12:12'), enc: 'jisb64',
    text: `ベッカー ダニエル 様

「AWS Cloud Practitioner Essentials (日本語)」の修了が記録されました。
修了証は AWS Skill Builder の「マイトランスクリプト」からダウンロードできます。

AWS Skill Builder`,
  }),
  m({
    slug: 'un-own-forward-to-colleague', kind: 'unrelated', lang: 'ja', caseId: C.lin,
    note: 'the user\'s own forward of the merge-completed mail to a colleague; not delivered to the user',
    trap: true, from: `Lin Wei-Ting <${LIN.keep}>`, to: 'Shimizu <shimizu@minato-cloud.example.jp>', forUser: false,
    auth: 'pass', trusted: false, deliveredTo: null, rcpt: 'shimizu@minato-cloud.example.jp',
    subject: `Fwd: ${subj(C.lin)}`, date: jst('2026-10-07 18:20:00'), enc: 'sjis8',
    text: `清水さん

お疲れさまです。林です。
AWS認定のアカウント統合、終わったそうです。社内のスキル台帳の候補者IDを ${LIN.keepId} に直しておいてもらえますか。

${fwdJa(SUPPORT, '2026年10月7日(水) 11:02', subj(C.lin), LIN.keep, `Lin 様
お待たせいたしました。${LIN.srcId} を ${LIN.keepId} に統合いたしました。`)}`,
  }),
  m({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'Credly\'s own account-merge verification code mail',
    trap: true, from: 'Credly <admin@credly.com>', to: NAOKI.src,
    subject: 'Credly アカウントの統合を完了してください', date: utc('2026-10-21 01:01:01'), enc: 'utf8qp',
    text: `Credly アカウントの統合リクエストを受け付けました。

認証コード: 481 207

または、下のボタンから統合を完了してください。
[Complete Account Merge]

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  m({
    slug: 'un-summit-bcc-newsletter', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'event newsletter (undisclosed recipients, delivered to the user) using 統合 in a marketing sense',
    trap: true, from: 'AWS イベント事務局 <aws-apac-events@amazon.com>', to: 'undisclosed-recipients:;', rcpt: KENJI.keep,
    subject: '【AWS Summit Japan】マルチアカウントの統合管理セッションのご案内', date: utc('2026-10-13 01:00:00'), enc: 'jis7',
    text: `いつも AWS をご利用いただきありがとうございます。

AWS Summit Japan では、複数の AWS アカウントを統合して管理するためのベストプラクティスをご紹介します。
認定をお持ちの方向けの「認定者ラウンジ」もご用意しております。

お申し込み完了後、確認メールをお送りします。

AWS イベント事務局`,
    html: htmlDoc(`<h2>AWS Summit Japan</h2>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>AWS Summit Japan では、複数の AWS アカウントを統合して管理するためのベストプラクティスをご紹介します。<br>
認定をお持ちの方向けの「認定者ラウンジ」もご用意しております。</p>
<p>お申し込み完了後、確認メールをお送りします。</p>`),
  }),
  m({
    slug: 'un-romaji-own-mail', kind: 'unrelated', lang: 'ja', caseId: C.naoki,
    note: 'the user\'s own rōmaji consent mail, a copy sent to their other address',
    trap: true, from: `Naoki Ogawa <${NAOKI.keep}>`, to: SUPPORT_BARE, cc: NAOKI.src, rcpt: NAOKI.src,
    auth: 'pass', trusted: false, subject: `Re: ${subj(C.naoki)}`, date: jst('2026-10-12 23:02:10'), enc: 'ascii7',
    text: `Sato-sama

Kakunin shimashita. Tougou-moto ${NAOKI.srcId}, tougou-saki ${NAOKI.keepId} de machigai arimasen.
Hai, dou-i shimasu. Susumete kudasai.

Ogawa

${gmailEn('Mon, Oct 12, 2026 at 10:15 AM', `AWS Training and Certification <${SUPPORT_BARE}>`, `Ogawa-sama
Tougou wa ato kara torikeshi dekimasen. Kono naiyou de susumete yoroshii deshou ka?`)}`,
  }),
  m({
    slug: 'un-pearson-yoyaku-kakutei', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'test vendor appointment confirmation: outside the trusted domains and not the case',
    trap: true, from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', to: DANIEL.keep, trusted: false,
    subject: '試験予約確認のお知らせ', date: utc('2026-10-12 06:40:00'), enc: 'sjisb64',
    text: `ベッカー ダニエル 様

以下の試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2026年10月28日 13:30
会場: オンライン監督付き試験

予約の変更・キャンセルは、試験の24時間前までに行ってください。

Pearson VUE`,
  }),
  m({
    slug: 'un-colleague-fwd-old-address', kind: 'unrelated', lang: 'ja', caseId: C.kenji,
    note: 'a former colleague forwards support mail that reached the old address; the new text is the colleague\'s note',
    trap: true, from: '田辺 翔太 <tanabe@harbor-sys.example.co.jp>', to: whoJa(KENJI), auth: 'pass', trusted: false,
    subject: `Fwd: ${subj(C.kenji)}`, date: jst('2026-10-09 10:20:00'), enc: 'sjisb64',
    text: `中村さん

ご無沙汰してます、田辺です。
中村さんの旧アドレス宛てにAWSからこんなメールが来ていたので、念のため転送しておきます。
もう対応済みでしたらスルーしてください。

${fwdJa(SUPPORT, '2026年10月9日(金) 10:10', subj(C.kenji), KENJI.src, `Hello,
We are ready to merge ${KENJI.srcId} into ${KENJI.keepId}. This is irreversible. Please reply to confirm that you want us to go ahead.`)}`,
  }),
  m({
    slug: 'un-amazon-co-jp-order', kind: 'unrelated', lang: 'ja', caseId: null,
    note: 'Amazon.co.jp order confirmation: passes DMARC but amazon.co.jp is not a trusted domain, and it is shopping mail',
    trap: true, from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>', to: YUMI.keep, trusted: false,
    subject: 'Amazon.co.jp ご注文の確認', date: utc('2026-10-17 02:02:02'), enc: 'utf8qp',
    text: `佐々木 由美 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文を承りました。商品の発送が完了しましたら、改めてメールでお知らせします。

注文番号: 250-4471902-8832150
AWS認定 ソリューションアーキテクト アソシエイト 教科書 第3版

Amazon.co.jp`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...done, ...badge, ...close, ...sr, ...un];
void outlookEn;
void whoJa;
void SUPPORT;
