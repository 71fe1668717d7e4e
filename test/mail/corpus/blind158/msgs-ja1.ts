// fa set, Japanese part 1: receipts, AI answers, information and confirmation requests.
// Every text reads as machine-translated or second-language Japanese.
import type { Msg } from './lib.js';
import {
  AUTO_JA, CASE, CERT_PORTAL, FOOT_JA, HANAKO, HANAKO_REQ, SUPPORT_ADDR, KENJI, KENJI_REQ, NOREPLY, SUPPORT, SUPPORT_AWS, SUPPORT_JA, TARO, TARO_REQ, TRAINING,
  form, formNew, gmailJa, htmlDoc, jst, mk, outlookJa, paras, quote, ref, sfJa, to, utc,
} from './common.js';

const taroTo = to(TARO, TARO.ja);
const hanakoTo = to(HANAKO, HANAKO.ja);
const kenjiTo = to(KENJI, KENJI.ja);

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-taro-created', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro,
    note: 'automatic receipt of the new case, machine-translated; carries the case ID',
    from: NOREPLY, to: taroTo, subject: `[CASE ${CASE.taro}] あなたのサポートケースは作成されました`, date: jst('02-02 21:14'),
    text: `こんにちは、

私たちはあなたの問い合わせを受信しました。あなたのためにケースが作成されました、そしてあなたのケース ID は ${CASE.taro} です。

件名: アカウントの統合
カテゴリ: AWS トレーニングと認定

私たちのサポートチームのメンバーは、通常 24 時間以内にあなたに応答するでしょう。このメールに返信することによって、あなたはケースに情報を追加することができます。

同じ要求のために別のケースを開かないでください。ケースの重複はあなたへの応答を遅くする原因になります。

敬具、
アマゾン ウェブ サービス

${FOOT_JA}`,
  }),
  mk({
    slug: 'ack-hanako-noauth', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, trusted: false, auth: 'none',
    note: 'receipt of the form submission, but no Authentication-Results at all: untrusted',
    from: SUPPORT_JA, to: hanakoTo, subject: formNew(CASE.hanako), date: jst('02-10 08:03'), enc: 'jisb64',
    text: `佐藤 花子 様

あなたのお問い合わせは正常に送信されました。ケース番号 ${CASE.hanako} で登録されています。

担当者はあなたの要求を確認してから、1 から 2 営業日の中であなたに連絡を取ります。

この電子メールは自動で送られています。あなたの理解をありがとうございます。

AWS トレーニングと認定 カスタマーサービス
${ref('hk01')}`,
  }),
  mk({
    slug: 'ack-kenji-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, auth: 'dkimonly',
    note: 'receipt with the case ID only in the body (subject has none); aligned DKIM pass',
    from: SUPPORT_AWS, to: kenjiTo, subject: 'あなたのリクエストを我々は受け取りました', date: jst('03-04 12:40'), enc: 'sjis8',
    text: `渡辺 健二 さん、

AWS サポートに連絡をいただきありがとうございます。

あなたのリクエストは受信され、以下の番号に割り当てされました:
  ケース ID: ${CASE.kenji}
  ステータス: 未割り当て

私たちのエージェントがそれに取り組むとき、あなたは別のメールを受け取ります。

AWS サポート
${FOOT_JA}`,
  }),
  mk({
    slug: 'ack-kenji-dup-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'HTML-only receipt of a second (duplicate) case the user opened; still a receipt with its ID',
    from: TRAINING, to: kenjiTo, subject: `[ケース ${CASE.kenjiDup}] お問い合わせいただき、ありがとうございました`, date: jst('03-05 07:22'), enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>親愛なる 渡辺 健二、</p>
<p>あなたの新しいケースは作成されました。</p>
<p><b>ケース ID:</b> ${CASE.kenjiDup}<br>
<b>お問い合わせタイプ:</b> AWS トレーニングと認定<br>
<b>問題タイプ:</b> 認定 - アカウントの統合</p>
<p>私たちのチームは順番にあなたの要求をレビューします。この電子メールへ返信することで追加の情報を提供できます。</p>
<p style="color:#666">AWS トレーニングと認定</p>
</td></tr></table>`),
  }),
  mk({
    slug: 'ack-taro-bilingual', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro,
    note: 'bilingual receipt, Japanese first with a rough English copy (which says 48 hours instead of 24); still the receipt',
    from: SUPPORT, to: taroTo, subject: formNew(CASE.taro), date: jst('02-02 21:15'), enc: 'utf8qp',
    text: `山田 太郎 様

AWS トレーニングと認定 へのお問い合わせを受け付けしました。
ケース番号: ${CASE.taro}
内容を確かめた後で、担当者から 24 時間以内にご連絡差し上げます。

----- English -----
Dear Taro Yamada,
Your inquiry to AWS Training and Certification is accepted.
Case number: ${CASE.taro}
After confirming the content, our person in charge will contact to you within 48 hours.

${ref('ty02')}`,
  }),
  mk({
    slug: 'ack-hanako-listfields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'receipt that echoes the submitted fields and says "please check the content below"; the check is not a consent request',
    from: SUPPORT_JA, to: hanakoTo, subject: `[CASE ${CASE.hanako}] ケースの受付 - 下記の内容を確認してください`, date: jst('02-10 08:04'), enc: 'utf8b64',
    text: `あなたがフォームから提出した内容は以下のとおりです。ご確認ください。

お名前: 佐藤 花子
会社名: (なし)
AWS 候補者 ID: ${HANAKO.keepId}
お問い合わせの内容: ${HANAKO_REQ.split('\n')[1]}

ケース ${CASE.hanako} が作成済みです。返答をお待ちください、担当者が順番に対応します。
内容に間違いがある場合、このメールへ返信して訂正することができます。

${AUTO_JA}`,
  }),
  mk({
    slug: 'ack-colleague-teamlist', kind: 'acknowledgement', lang: 'ja', caseId: CASE.colleague, forUser: false,
    note: 'receipt of a colleague\'s case delivered to a team list; none of the user\'s addresses: forUser false',
    from: NOREPLY, to: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', cc: 'クラウド推進チーム <cloud-team@corp.example.co.jp>', rcpt: 'cloud-team@corp.example.co.jp',
    subject: `[CASE ${CASE.colleague}] あなたのケースは開かれました`, date: jst('04-14 16:31'), enc: 'jis7',
    text: `こんにちは 鈴木 一郎、

ケース ${CASE.colleague} はあなたの代わりに作成されました。
私たちは可能な限り早くあなたに返事するでしょう。

アマゾン ウェブ サービス`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-taro-selfservice', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer from the contact form suggesting the self-service Merge Accounts tool',
    from: TRAINING, to: taroTo, subject: 'あなたの質問に対する自動生成された回答', date: jst('02-02 21:02'), enc: 'jis7',
    text: `この回答は生成 AI によって作られました。正確でないことがあります。

あなたの質問: 「2 つの認定アカウントを 1 つにしたい」

回答:
あなたは AWS 認定アカウントの「アカウントのマージ」ツールを使用して、あなた自身でアカウントを結合することができます。
1. あなたが保持したいアカウントにサインインしてください。
2. プロフィール から アカウントのマージ を選んでください。
3. もう一方のアカウントのメールアドレスとパスワードを入れてください。

もしこの回答があなたの問題を解決しないなら、「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ai-hanako-forged', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'forgedBelow',
    note: 'AI suggestion, but the only dmarc=pass sits below the server\'s own Received line: untrusted',
    from: TRAINING, to: hanakoTo, subject: 'AI アシスタントからの提案', date: jst('02-10 07:55'), enc: 'jisb64',
    text: `AI アシスタントはあなたの質問を分析し、以下を提案します。

・両方のアカウントに認定の履歴が存在する場合、セルフサービスのマージは利用可能ではありません。
・その場合、カスタマーサポートに連絡するのが推奨されます。
・あなたが保持するアカウントのメールアドレスから連絡をすることが望ましいです。

役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-kenji-after-merge', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer that explains what happens after a merge (badges, vouchers); stays ai_answer',
    from: TRAINING, to: kenjiTo, subject: '自動応答: 認定アカウントの統合について', date: jst('03-04 12:31'), enc: 'utf8qp',
    text: `[自動化された応答]

あなたのお問い合わせの内容に基づいて、次の情報が役に立つかもしれません。

マージが完了した後、統合元のアカウントの認定と特典 (50% 割引バウチャー) は統合先に表示されます。Credly のバッジは、統合の後で Credly デジタルバッジプラットフォームで請求してください。
マージはセルフサービスツールでも行えます: 認定アカウント > プロフィール > アカウントのマージ。

この提案があなたを助けない場合、ページの下にあるボタンからケースの作成を続行してください。`,
  }),
  mk({
    slug: 'ai-taro-sjis-steps', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated step list with a helpful/not-helpful prompt; Shift_JIS base64',
    from: 'AWS Training and Certification <noreply@aws.training>', to: taroTo, subject: '【自動回答】アカウントの重複を解決する方法', date: jst('05-19 23:10'), enc: 'sjisb64',
    text: `こんにちは!

私たちの仮想アシスタントは、あなたが重複したアカウントを持っていると理解しました。

マージアカウントのツールを試してみることをお勧めします。ツールはあなたのプロフィールのページにあります。ツールがエラーを示すとき、それはあなたの両方のアカウントが試験の履歴を持つことを意味するかもしれません。

この回答は役立ちましたか?
[はい、解決しました]  [いいえ、ケースを作成します]`,
  }),
  mk({
    slug: 'ai-hanako-alt', kind: 'ai_answer', lang: 'ja',
    note: 'multipart AI suggestion in stiff katakana-heavy Japanese',
    from: TRAINING, to: hanakoTo, subject: 'あなたの問い合わせのためのAIサジェスチョン', date: jst('06-01 10:05'), enc: 'utf8b64',
    text: `AI によるサジェスチョン:

アカウントのマージは、セルフサービスのマージツールで実行が可能です。ツールにアクセスするため、あなたのプライマリアカウントにログインし、プロフィールのセクションをチェックしてください。

この AI サジェスチョンはあなたの問題をソルブしましたか?`,
    html: htmlDoc(paras(`AI によるサジェスチョン:

アカウントのマージは、セルフサービスのマージツールで実行が可能です。ツールにアクセスするため、あなたのプライマリアカウントにログインし、プロフィールのセクションをチェックしてください。

この AI サジェスチョンはあなたの問題をソルブしましたか?`)),
  }),
  mk({
    slug: 'ai-kenji-case', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenji,
    note: 'automated suggestion attached to an open case (case ID in the subject); not a human reply',
    from: SUPPORT_AWS, to: kenjiTo, subject: `[CASE ${CASE.kenji}] 自動化されたアシスタントからの推奨`, date: jst('03-04 12:45'), enc: 'jisb64',
    text: `このメッセージは自動化されたアシスタントによって生成されています。

あなたのケースの説明に基づいて、私たちはあなたが次を試すことを推奨します:
AWS 認定アカウントにサインインし、「アカウントのマージ」オプションを使ってください。それは多くの場合、数分の中で問題を解決します。

この推奨がうまくいかない場合、このケースは人間のエージェントによって引き続き扱われます。`,
  }),
  mk({
    slug: 'ai-short-tryit', kind: 'ai_answer', lang: 'ja',
    note: 'very short generated tip pointing to the self-service merge tool',
    from: TRAINING, to: to(HANAKO, HANAKO.ja), subject: 'クイックアンサー', date: jst('06-01 10:04'), enc: 'utf8qp',
    text: `クイックアンサー (AI 生成):
セルフサービスのマージツールをトライしてください。プロフィール > アカウントのマージ。
それが動作しない場合は、ケースを作成することを続けます。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-taro-ids', kind: 'info_request', lang: 'ja', caseId: CASE.taro,
    note: 'agent asks for both candidate IDs and notification addresses; Salesforce-style quote in Japanese',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-03 18:20'), enc: 'jis7',
    text: `こんにちは 山田 太郎、

AWS トレーニングと認定 に連絡していただきありがとうございます。私の名前はラジェシュです、そして私はあなたのケースを援助します。

あなたのアカウントのマージの要求を処理するために、私たちは次の詳細をあなたから必要とします:
1. 両方のアカウントの候補者 ID (AWS で始まる)
2. 両方のアカウントのログインメールアドレス
3. 認定の通知に使われているメールアドレス

あなたが上の情報を提供したら、私たちは次のステップに進むでしょう。

よろしく、
ラジェシュ
AWS トレーニングと認定

${sfJa(TARO.keep, '2026/02/02 12:14', SUPPORT_ADDR, formNew(CASE.taro))}

${TARO_REQ}

${ref('ty03')}`,
  }),
  mk({
    slug: 'info-hanako-dmarcfail', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, trusted: false, auth: 'fail',
    note: 'asks which account to keep, but dmarc=fail for amazon.com on the receiving server: untrusted',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-11 10:02'), enc: 'jis7',
    text: `佐藤 様

お待たせいたしました。

あなたの 2 つのアカウントのどちらをあなたは保持したいですか? 保持されるアカウントのメールアドレスと候補者 ID を、このメールに返信して私たちに教えてください。

私たちはあなたの返事を待っています。
AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'info-kenji-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-05 15:48'), enc: 'jisb64',
    text: `渡辺 健二 様

いつもご利用いただきありがとうございます。ご不便をおかけしており申し訳ございません。

マージ後にあなたがログインに使用したいメールアドレスはどちらでしょうか。ご確認のうえお知らせください。
また、統合元アカウント (${KENJI.srcId}) の試験を最後に受けた日付もわかれば、教えてください。

ご協力、よろしくお願い申し上げます。
ミン
AWS トレーニングと認定

${gmailJa('2026-03-04', '12:29', `渡辺 健二 <${KENJI.keep}>`)}
${quote(KENJI_REQ)}`,
  }),
  mk({
    slug: 'info-hanako-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'asks for the old address and pass dates of each certification; Outlook quote header block',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-12 09:15'), enc: 'sjis8',
    text: `佐藤 花子 様、

返信に感謝します。

残念ながら、私たちはあなたが提供したメールアドレスに関連するアカウントを見つけられませんでした。以下を再度提供してください:

- 前の会社で使われていたメールアドレスの正確なスペル
- そのアカウントで合格した認定の名前と合格した日

これらがないと、私たちはあなたのアカウントを特定することができません。

敬具
ソフィア

${outlookJa(`${HANAKO.ja} <${HANAKO.keep}>`, '2026年2月11日 22:40', SUPPORT_ADDR, form(CASE.hanako))}

保持したいのは ${HANAKO.keep} のほうです。もう一方は hanako@oldcorp.example.com です。`,
  }),
  mk({
    slug: 'info-kenji-write-from-keep', kind: 'info_request', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'asks the user to write from the kept address AND to send both candidate IDs: info_request',
    from: SUPPORT, to: kenjiTo, subject: form(CASE.kenjiDup), date: jst('03-06 11:11'), enc: 'utf8b64',
    text: `渡辺さん

こんにちは。私はAWSトレーニングのサポート担当のダニエルです。日本語は勉強中ですので、変な表現があったら許してください。

セキュリティのため、統合先になるメールアドレスからこのケースに書いてもらう必要があります。その時に、2 つの候補者 ID も一緒に書いてください。
ケース ${CASE.kenji} も同じ内容なので、こちらのケースで続けます。

ダニエル`,
  }),
  mk({
    slug: 'info-taro-bilingual-name', kind: 'info_request', lang: 'ja', caseId: CASE.taro,
    note: 'bilingual (Japanese first, rough English copy) request for the name and company as registered',
    from: SUPPORT, to: taroTo, subject: form(CASE.taro), date: jst('02-04 09:30'), enc: 'jisb64',
    text: `山田様

アカウントの統合の前に、両方のアカウントに登録されているお名前 (ローマ字) と会社名を教えて下さい。2 つのアカウントで名前が違う場合、統合ができない可能性があります。

Yamada-sama,
Before the merge of account, please teach us your name (roman letter) and company name registered in both accounts. If name is different in 2 accounts, there is possibility the merge is not possible.

AWS Training and Certification
${ref('ty04')}`,
  }),
  mk({
    slug: 'info-hanako-rude-polite', crlf: false, kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'second-language agent with odd politeness asking for the notification address of the source account',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-13 14:02'), enc: 'jis7',
    text: `佐藤さま

すぐに返事をくれてどうもです。
あと一つだけ、統合元アカウントの認定通知のメールアドレスを教えてくれ。ログインのアドレスと異なる場合があるのでございます。

それがわかり次第、作業を進められます。
ソフィア`,
  }),
  mk({
    slug: 'info-hanako-exams-html', kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'multipart request to list exams taken on each account; machine-translated list',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-12 17:45'), enc: 'utf8qp',
    text: `こんにちは 佐藤 花子、

あなたの認定アカウントの確認を完了するために、各アカウントであなたが受験した試験を列挙してください:
・試験の名前
・受験の日付 (おおよそで大丈夫です)
・受験した方法 (テストセンター または オンライン)

あなたの協力をありがとう。

AWS トレーニングと認定`,
    html: htmlDoc(`<p>こんにちは 佐藤 花子、</p>
<p>あなたの認定アカウントの確認を完了するために、各アカウントであなたが受験した試験を列挙してください:</p>
<ul><li>試験の名前</li><li>受験の日付 (おおよそで大丈夫です)</li><li>受験した方法 (テストセンター または オンライン)</li></ul>
<p>あなたの協力をありがとう。</p>
<p>AWS トレーニングと認定</p>`),
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-taro-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro,
    note: 'asks the user to agree to the merge, which cannot be undone; Salesforce quote of the user\'s data reply',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-05 10:12'), enc: 'jis7',
    text: `山田 太郎 様、

詳細を提供してくれてありがとうございます。

私たちは以下のアカウントをマージする準備ができています:
  保持されるアカウント: ${TARO.keepId} (${TARO.keep})
  マージされるアカウント: ${TARO.srcId} (${TARO.src})

この行動は元に戻すことができないことに注意してください。マージされた後、${TARO.srcId} はもう使うことができません。
あなたがマージを進めることに同意するならば、このメールに返信することによって私たちに確認してください。

よろしく、
ラジェシュ

${sfJa(TARO.keep, '2026/02/04 22:05', SUPPORT_ADDR, form(CASE.taro))}

名前は Taro Yamada で両方同じです。会社名は Example Corp です。`,
  }),
  mk({
    slug: 'conf-hanako-otheronly', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, trusted: false, auth: 'otherOnly',
    note: 'consent request, but only a foreign authserv-id (mx.google.com) vouches for it: untrusted',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-14 11:20'), enc: 'jis7',
    text: `佐藤 花子 様

アカウントの統合について、最終的な承認をあなたからいただきたいです。

${HANAKO.srcId} の認定履歴は ${HANAKO.keepId} に移され、${HANAKO.srcId} は無効化されます。一度実施すると、戻すことはできかねます。
承認いただける場合は、本メールに「承認します」とだけ返信願います。

ソフィア`,
  }),
  mk({
    slug: 'conf-kenji-sjis-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'lists both accounts and asks for the reply 「同意します」; Shift_JIS base64',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-07 09:58'), enc: 'sjisb64',
    text: `渡辺 健二 様

情報をいただき、ありがとうございました。下記の通り統合の準備ができました。

統合先: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}

上記の内容が正しい場合は、「同意します」とこのメールに返信してください。返信を受け取った後で、私たちは統合を行います。この処理は取り消しができません。

ミン`,
  }),
  mk({
    slug: 'conf-taro-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro,
    note: 'bilingual consent request; the rough English adds "within 3 days" that the Japanese lacks; still asks consent',
    from: SUPPORT, to: taroTo, subject: form(CASE.taro), date: jst('02-05 10:40'), enc: 'utf8b64',
    text: `山田様

統合を実行する前に、あなたの同意が必要です。統合は不可逆的です。同意する場合は、このケースに返信してください。

Dear Yamada-sama,
Before we do the merge, your agreement is needed. Merge is irreversible. If you agree, please reply to this case within 3 days.

${ref('ty05')}`,
  }),
  mk({
    slug: 'conf-kenji-toppost', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'top-posted consent request above the user\'s Gmail-quoted answer',
    from: SUPPORT, to: kenjiTo, subject: form(CASE.kenjiDup), date: jst('03-07 14:21'), enc: 'jisb64',
    text: `渡辺さん

メール、ありがとうございます。今回は正しいアドレスから来ています。

最後の質問です。本当に 2 つのアカウントを 1 つにしてもいいですか? 後から分けることは、できないです。「はい」なら、このメールに返信してください。

ダニエル

${gmailJa('2026-03-07', '08:12', `渡辺 健二 <${KENJI.keep}>`)}
> ダニエルさん
> 統合先 ${KENJI.keepId} (${KENJI.keep})、統合元 ${KENJI.srcId} です。
> よろしくお願いします。`,
  }),
  mk({
    slug: 'conf-hanako-htmlonly', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako,
    note: 'HTML-only consent request with the warning in bold',
    from: SUPPORT_JA, to: hanakoTo, subject: form(CASE.hanako), date: jst('02-14 11:05'), enc: 'utf8qp',
    html: htmlDoc(`<div>佐藤 花子 様</div>
<div><br></div>
<div>あなたのアカウントの統合を行うための準備が完了しました。</div>
<div><b>重要: この操作は取り消すことができません。</b></div>
<div>あなたが統合を続行することを望むことを、このメールへの返信で確認してください。あなたの確認がなければ、私たちは統合を行いません。</div>
<div><br></div>
<div>ソフィア<br>AWS トレーニングと認定</div>`),
  }),
  mk({
    slug: 'conf-taro-plain-permission', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro,
    note: 'blunt second-language wording: "we need your permission, write yes"',
    from: SUPPORT_JA, to: taroTo, subject: form(CASE.taro), date: jst('02-06 08:50'), enc: 'jis7',
    text: `山田さん

マージをするため、あなたの許可が必要だ。返信にて「はい」と書いてください。
「はい」の後、私たちはマージを始めます、それは元に戻りません。

ラジェシュ`,
  }),
  mk({
    slug: 'conf-kenji-benefits', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'warns about disabled source account and asks for explicit consent on the case; Shift_JIS 8bit',
    from: SUPPORT_JA, to: kenjiTo, subject: form(CASE.kenji), date: jst('03-08 10:33'), enc: 'sjis8',
    text: `渡辺 様

いつもお世話になっています。

統合元のアカウント ${KENJI.srcId} は、統合の後に無効化されます。そのアカウントにある特典 (試験の 50% 割引) は、統合先に移されます。取り消しは不可能です。

進めてよろしいかどうか、あなたの明示的な同意を、このケースへ返信してください。

ミン
AWS トレーニングと認定

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年3月7日 19:02', SUPPORT_ADDR, form(CASE.kenji))}
バウチャーはどうなりますか?`,
  }),
];

// referenced so the import list stays honest about what this file uses
void CERT_PORTAL;
void utc;
