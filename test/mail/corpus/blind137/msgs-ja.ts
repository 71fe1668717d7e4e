// Set ef, messages whose new text is Japanese (with English mixed into the sentences).
import type { Msg } from './lib.js';
import {
  CASES, CREDLY_AWS, FORM, FORM_ADDR, HANAKO, KENJI, NOREPLY, REQ_HANAKO, REQ_KENJI, REQ_TARO, REQ_YUI, TARO, YUI,
  caseSubj, gmailJa, htmlDoc, jst, mk, outlookJa, paras, quote, sfBlock, sfRef, to, utc,
} from './common.js';

const T = CASES.taro;
const H = CASES.hanako;
const K = CASES.kenji;
const Y = CASES.yui;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-ja-taro-open', kind: 'acknowledgement', lang: 'ja', caseId: T, note: 'automatic receipt: case opened, reply within 24h; case ID in subject and body',
    from: NOREPLY, to: to(TARO.ja, TARO.keep), subject: `AWS Support case ${T} を open しました`, date: jst('2026-11-02 10:14:07'), enc: 'jis7',
    text: `AWS Support をご利用いただきありがとうございます。

case ID ${T} で inquiry を受け付けました。
担当の engineer より、通常 24 時間以内に reply いたします。
同じ内容の case を別途 open されますと、かえって対応が遅れることがございますのでご注意ください。

この mail にそのまま返信すると、case に information を追加できます。

Amazon Web Services
※本メールは送信専用 address から自動送信されています。`,
  }),
  mk({
    slug: 'ack-ja-hanako-form', kind: 'acknowledgement', lang: 'ja', caseId: H, note: 'form auto-receipt with case number, nothing asked yet',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: `[CASE ${H}] [AWS Training and Certification Form Submission] - account-assistance`, date: jst('2026-11-03 21:40:55'), enc: 'utf8b64',
    text: `${HANAKO.ja} 様

お問い合わせを receive いたしました。
Case 番号: ${H}
Status: 受付済み (Unassigned)

内容を確認し、担当者よりご連絡いたします。しばらくお待ちくださいませ。
本 mail は自動送信です。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ack-ja-html-table', kind: 'acknowledgement', lang: 'ja', caseId: Y, note: 'HTML-only case receipt (table with case ID, status Open)',
    from: NOREPLY, to: to(YUI.ja, YUI.keep), subject: `ケース受付のお知らせ / Case ${Y} created`, date: jst('2026-11-05 08:02:31'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<h2>ケースを作成しました</h2>
<p>${YUI.ja} 様、AWS サポートへのご連絡ありがとうございます。以下の内容で case を登録しました。</p>
<table border="1" cellpadding="4">
<tr><td>Case ID</td><td>${Y}</td></tr>
<tr><td>Status</td><td>Open (対応待ち)</td></tr>
<tr><td>重要度</td><td>一般的なガイダンス</td></tr>
</table>
<p>engineer からの最初の response まで、通常 1 営業日ほどお待ちいただいております。</p>
<p>Amazon Web Services, Inc.</p>`),
  }),
  mk({
    slug: 'ack-ja-kenji-created', kind: 'acknowledgement', lang: 'ja', caseId: K, note: 'receipt: case created, team will get back; ID in subject',
    from: NOREPLY, to: to(KENJI.ja, KENJI.keep), subject: `Your case ${K} has been created - ケース作成完了`, date: jst('2026-11-07 13:27:44'), enc: 'jisb64',
    text: `渡辺 健二 様

ご連絡ありがとうございます。support case ${K} が作成されました。
AWS トレーニングと認定の team が内容を review し、順次ご返信いたします。

追加の資料や screenshot がある場合は、このメールへの返信で case に添付できます。
Case の状況は Support Center からもご確認いただけます。

Thank you,
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-ja-yui-noauth', kind: 'acknowledgement', lang: 'ja', caseId: Y, trusted: false, auth: 'none', note: 'looks like a receipt but carries no Authentication-Results: untrusted',
    from: NOREPLY, to: to(YUI.ja, YUI.keep), subject: `ケース ${Y} 受付 (auto-reply)`, date: jst('2026-11-05 08:03:10'), enc: 'sjis8',
    text: `お問い合わせいただきありがとうございます。
ケース ${Y} として登録いたしました、担当より追って contact いたします。
同一内容での重複 case 作成はお控えください。

AWS Support (自動送信)`,
  }),
  mk({
    slug: 'ack-ja-fields-listed', kind: 'acknowledgement', lang: 'ja', caseId: CASES.kenjiDup, trap: true, note: 'receipt that echoes the submitted fields (merge, confirm) but only says the case was received',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: `[CASE ${CASES.kenjiDup}] お問い合わせを受け付けました`, date: jst('2026-11-07 13:31:02'), enc: 'utf8qp', wholeSubject: true,
    text: `以下の内容で case ${CASES.kenjiDup} を受け付けました。

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: Certification
詳細: account merge (アカウントの統合)
本文: 「二つの account を merge して、完了したら confirm の連絡がほしいです」

担当からの返信をお待ちください。
-- AWS Training and Certification Support (automated)`,
  }),
  mk({
    slug: 'ack-ja-body-only-id', kind: 'acknowledgement', lang: 'ja', caseId: H, note: 'receipt whose subject has no ID; case ID only in the body',
    from: NOREPLY, to: to(HANAKO.ja, HANAKO.keep), subject: 'お問い合わせありがとうございます (Thank you for contacting AWS)', date: jst('2026-11-03 21:41:18'), enc: 'sjisb64',
    text: `佐藤様

AWS Support に case を submit いただき、ありがとうございました。
ご参照用の Case ID は ${H} です。今後のやりとりではこの番号をお使いください。

担当者の assign 後、あらためてご連絡します。

Amazon Web Services Support`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-ja-genai-tool', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'generative-AI answer pointing to the self-service Merge Accounts tool',
    from: NOREPLY, to: to(TARO.ja, TARO.keep), subject: 'AI が生成した回答: account merge について', date: jst('2026-11-02 10:09:51'), enc: 'jis7',
    text: `以下は generative AI による自動回答です。内容に誤りが含まれる場合があります。

AWS Certification の account を merge したい場合、Certification portal の Profile から「Merge Accounts」を開けば self-service で手続きできます。
ただし両方の account に認定 history があると、この tool は使えません。その場合は support への case 作成が必要です。

この回答で解決しましたか? 解決しない場合は「ケースを作成」を click してください。`,
  }),
  mk({
    slug: 'ai-ja-katakana', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'automated answer in katakana English suggesting the merge tool first',
    from: NOREPLY, to: to(KENJI.ja, KENJI.keep), subject: '自動アンサー: アカウントのマージ手順', date: jst('2026-11-07 13:20:12'), enc: 'sjis8',
    text: `こちらはオートメーテッドなアンサーです。

アカウントのマージは、まずポータルのマージツールをトライしてみてください。
プロフィール > アカウントのマージ と進み、もう一方のアカウントでサインインするとプロセスがスタートします。
ツールでエラーになるケースでは、サポートにコンタクトしてください。

このアンサーはヘルプフルでしたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-ja-boilerplate-en', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI suggestion with English boilerplate, Japanese body',
    from: NOREPLY, to: to(YUI.ja, YUI.keep), subject: 'Suggested answer (AI-generated) - 認定アカウントの統合', date: jst('2026-11-05 07:58:40'), enc: 'utf8qp',
    text: `This response was generated by AI and may not be accurate.

ご質問の「認定 account を1つにしたい」件について:
1. aws.training の certification page に sign in します
2. Profile メニューの Merge Accounts を選びます
3. 統合元 account の credential を入力すると merge request が送られます

両 account で受験 history がある場合は tool が使えないため、画面下の Create case から担当者にご依頼ください。`,
  }),
  mk({
    slug: 'ai-ja-lookalike-server', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'lookalikeServer', note: 'AI answer, but the top A-R comes from a look-alike authserv-id: untrusted',
    from: NOREPLY, to: to(HANAKO.ja, HANAKO.keep), subject: '自動回答: アカウント統合 (self-service)', date: jst('2026-11-03 21:35:09'), enc: 'jisb64',
    text: `AI アシスタントからの回答です。

アカウントの統合は Merge Accounts 機能で customer ご自身でも実施できます。
sign in 後、Profile にある merge の link から案内に沿って進めてください。
うまくいかない場合に限り、case の作成をお願いいたします。`,
  }),
  mk({
    slug: 'ai-ja-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, note: 'AI answer that explains what happens after a merge (badges transfer, history) but is still the automated suggestion',
    from: NOREPLY, to: to(TARO.ja, TARO.src), subject: 'AI による回答: merge 後の badge について', date: jst('2026-11-01 18:44:26'), enc: 'utf8b64',
    text: `generative AI が作成した回答です。

merge が完了すると、統合元の認定 history は統合先 account に表示されます。
Credly の badge は自動では transfer されないことがあるため、merge 後に Credly 側で claim してください。
まずは portal の Merge Accounts tool をお試しください。tool で対応できない場合は case を作成してください。`,
  }),
  mk({
    slug: 'ai-ja-amazon-q', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'Amazon Q style automated answer before case creation',
    from: NOREPLY, to: to(YUI.ja, YUI.src), subject: 'Amazon Q からの回答 - 認定 account', date: jst('2026-11-04 23:12:05'), enc: 'sjisb64',
    text: `Amazon Q がお問い合わせ内容から回答を生成しました。

重複した認定 account は、セルフサービスの Merge Accounts でまとめられます。
Candidate ID を控えてから、残したい方の account で sign in して進めるのが recommended です。
問題が解決しない場合は、引き続き case をオープンできます。`,
  }),
  mk({
    slug: 'ai-ja-multipart', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'multipart automated answer, self-service steps',
    from: NOREPLY, to: to(KENJI.ja, KENJI.src), subject: '【自動回答】認定 account の merge 方法', date: jst('2026-11-06 09:30:00'), enc: 'utf8qp', wholeSubject: true,
    text: `※ AI による自動生成の回答です

認定 account を merge するには self-service の tool をご利用ください。
Profile → Merge Accounts → もう一方の account の email を入力 → 確認画面で Submit

両方に certification がある場合は担当者による対応となります。`,
    html: htmlDoc(`<p><i>※ AI による自動生成の回答です</i></p>
<p>認定 account を merge するには self-service の tool をご利用ください。</p>
<ol><li>Profile</li><li>Merge Accounts</li><li>もう一方の account の email を入力</li><li>確認画面で Submit</li></ol>
<p>両方に certification がある場合は担当者による対応となります。</p>`),
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'info-ja-taro-list', kind: 'info_request', lang: 'ja', caseId: T, note: 'asks for both candidate IDs, login emails and which account to keep',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-03 11:52:19'), enc: 'jis7',
    text: `山田 様

お問い合わせありがとうございます。AWS Training and Certification の小林です。
merge の手続きを進めるにあたり、以下の information を reply でお送りいただけますか。

- 両 account の Candidate ID (AWS から始まる番号)
- それぞれの login email
- どちらの account を keep されるか

いただき次第、確認して次の step をご案内します。

Kobayashi
AWS Training and Certification
${sfRef('0Taro1')}

${sfBlock(TARO.keep, '2026/11/02 10:14', FORM_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', REQ_TARO)}`,
  }),
  mk({
    slug: 'info-ja-hanako-confirm-addr', kind: 'info_request', lang: 'ja', caseId: H, trap: true, note: '"confirm the address you keep" asks for information, not consent',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-04 16:05:47'), enc: 'utf8b64',
    text: `佐藤様

ご連絡ありがとうございます、担当の Mei です。
統合先 (primary) にされる account の email address を confirm いただけますか? 
お送りいただいた本文では keep 側がどちらか読み取れなかったため、念のためお知らせいただけると助かります。

Best regards,
Mei L.
AWS Training and Certification Support

${gmailJa('2026年11月3日(火) 21:40', HANAKO.ja, HANAKO.keep, REQ_HANAKO)}`,
  }),
  mk({
    slug: 'info-ja-kenji-katakana', kind: 'info_request', lang: 'ja', caseId: K, note: 'katakana-heavy request for candidate IDs',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-08 10:11:36'), enc: 'sjis8',
    text: `渡辺様

マージのリクエスト、ありがとうございます。高橋です。
プロセスをスタートする前に、2 つのアカウントそれぞれのキャンディデートID をシェアいただけますでしょうか。
また、旧アカウントのログイン用メールアドレスもあわせてお願いします。

高橋
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'info-ja-yui-te-form', kind: 'info_request', lang: 'ja', caseId: Y, note: 'te-form chain asking for cert names and pass dates of the old account',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-06 14:48:03'), enc: 'utf8b64',
    text: `中村様

お待たせいたしました。お手数ですが、旧 account で取得された certification の名称と pass date を記載して、この mail に返信していただけますでしょうか。
本人確認のため、旧 account (${YUI.src}) の Candidate ID もあわせて頂戴できれば、すぐに merge の準備に入ります。

Ryo
AWS Training and Certification

> ${REQ_YUI}`,
  }),
  mk({
    slug: 'info-ja-phish-lookalike', kind: 'info_request', lang: 'ja', caseId: T, trusted: false, note: 'look-alike domain asks for password and IDs: untrusted info request',
    from: 'AWS Certification Support <support@amaz0n-certification.com>', to: to(TARO.ja, TARO.keep), subject: `[CASE ${T}] account merge のための本人確認`, date: jst('2026-11-03 09:02:44'), enc: 'utf8qp', wholeSubject: true,
    text: `山田様

account merge を完了するため、本人確認が必要です。
下記 form から login email と password、Candidate ID を 48 時間以内に submit してください。
submit がない場合、merge request は cancel されます。

https://amaz0n-certification.com/verify

AWS Certification Support Team`,
  }),
  mk({
    slug: 'info-ja-resent-oldco', kind: 'info_request', lang: 'ja', caseId: T, forUser: false, note: 'info request redirected by the old company (Resent-*): forUser false',
    from: FORM, to: to(TARO.ja, TARO.src), subject: caseSubj(T), date: jst('2026-11-03 11:58:00'), enc: 'jisb64',
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-archive@corp.example.co.jp', date: jst('2026-11-03 12:10:31') },
    text: `山田 様

merge を進めるにあたり、keep される側の account で sign in する email を教えていただけますか。
また、merge 元 account で予約中の exam がないかもあわせてお知らせください。

Kobayashi / AWS Training and Certification
${sfRef('0Taro2')}`,
  }),
  mk({
    slug: 'info-ja-write-from-keep', kind: 'info_request', lang: 'ja', caseId: H, note: 'write from the kept address AND send the IDs: asks for data, so info_request',
    from: FORM, to: to(HANAKO.ja, HANAKO.src), subject: caseSubj(H), date: jst('2026-11-04 09:20:13'), enc: 'sjisb64',
    text: `佐藤様

security 上の理由から、残す account の address から reply いただき、その際に両 account の Candidate ID も記載していただけますか。
こちらの address (旧 account) 宛ての返信では手続きを進められませんので、ご了承ください。

Mei L. / AWS T&C Support`,
  }),
  mk({
    slug: 'info-ja-outlook-primary', kind: 'info_request', lang: 'ja', caseId: K, note: 'asks which account should be primary; Outlook-style quote below',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-09 15:33:29'), enc: 'jisb64',
    text: `渡辺様

ID の共有ありがとうございます。確認したところ、どちらの account にも exam history がございました。
統合後に primary として残す account を、${KENJI.keepId} と ${KENJI.srcId} のどちらにされるかご指定ください。

高橋 / AWS Training and Certification

${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年11月8日 22:04', FORM_ADDR, `RE: [CASE ${K}]`, `ID です。\n${KENJI.keepId} (新)\n${KENJI.srcId} (旧)\n\n${REQ_KENJI}`)}`,
  }),
  mk({
    slug: 'info-ja-id-not-found', kind: 'info_request', lang: 'ja', caseId: H, trap: true, note: '"ご確認のうえお知らせください": ID not found, asks to re-check and send again',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-05 10:47:52'), enc: 'jis7',
    text: `佐藤様

先日いただいた情報ですと、${HANAKO.srcId} という Candidate ID が system 上で見つかりませんでした。
お手数ですが、旧 account の profile 画面で ID をご確認のうえ、もう一度お知らせください。

Mei`,
  }),

  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'conf-ja-taro-irrev', kind: 'confirmation_request', lang: 'ja', caseId: T, note: 'asks the customer to confirm the irreversible merge',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-04 10:03:41'), enc: 'jis7',
    text: `山田 様

情報のご提供ありがとうございます。以下の内容で merge を実施する予定です。

  統合元: ${TARO.srcId} (${TARO.src})
  統合先: ${TARO.keepId} (${TARO.keep})

merge は一度実行すると元に戻せません (irreversible)。この内容で進めてよろしいか、confirm いただけますか?

Kobayashi
AWS Training and Certification
${sfRef('0Taro3')}`,
  }),
  mk({
    slug: 'conf-ja-kenji-agree', kind: 'confirmation_request', lang: 'ja', caseId: K, note: 'consent request: reply with "同意します" to proceed',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-10 11:16:58'), enc: 'sjisb64',
    text: `渡辺様

primary の指定ありがとうございました。
${KENJI.srcId} の認定と benefit をすべて ${KENJI.keepId} に寄せる形で proceed してよいか、このメールに「同意します」と一言 reply していただけますか。
完了後の取り消しはできませんので、ご留意ください。

高橋`,
  }),
  mk({
    slug: 'conf-ja-yui-katakana', kind: 'confirmation_request', lang: 'ja', caseId: Y, note: 'katakana consent request (コンファーム) before executing the merge',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-08 17:25:14'), enc: 'utf8qp',
    text: `中村様

インフォメーションのご提供、ありがとうございます。
マージはアンドゥできないオペレーションのため、コンファームのご返信をいただけましたら、その時点でエクスキュートいたします。
「OK」だけでもかまいませんので、ご返信をお待ちしております。

Ryo / AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-ja-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: H, trusted: false, auth: 'forgedBelow', note: 'consent request; the dmarc=pass A-R sits below the server\'s Received line: untrusted',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-06 08:40:22'), enc: 'jis7',
    text: `佐藤様

統合の準備が整いました。merge を実行してよいか、下記 link から承認してください。
承認いただくまで手続きは保留となります。

https://aws-merge-approval.example.net/approve?case=${H}

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-ja-hanako-yes', kind: 'confirmation_request', lang: 'ja', caseId: H, note: 'multipart: asks to reply "Yes" to accept the merge of the two accounts',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-06 15:02:39'), enc: 'utf8b64',
    text: `佐藤様

ID の再送ありがとうございました。以下の 2 つの account を 1 つに merge します。
・${HANAKO.srcId} (${HANAKO.src}) → ${HANAKO.keepId} (${HANAKO.keep})

merge 後に分け直すことはできません。ご了承いただける場合は「Yes」とだけ返信をお願いします。

Mei L.`,
    html: htmlDoc(paras(`佐藤様

ID の再送ありがとうございました。以下の 2 つの account を 1 つに merge します。
・${HANAKO.srcId} (${HANAKO.src}) → ${HANAKO.keepId} (${HANAKO.keep})

merge 後に分け直すことはできません。ご了承いただける場合は「Yes」とだけ返信をお願いします。

Mei L.`)),
  }),
  mk({
    slug: 'conf-ja-taro-again', kind: 'confirmation_request', lang: 'ja', caseId: T, note: 'second consent reminder: asks for an OK reply before merging',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-06 09:12:05'), enc: 'jisb64',
    text: `山田様

先日の mail について、念のため再度のご連絡です。
元に戻せない操作となりますので、merge 実施に問題がなければ、OK の旨を reply で頂戴できますでしょうか。
お返事をいただくまで作業は hold しております。

小林`,
  }),
  mk({
    slug: 'conf-ja-kenji-gmail', kind: 'confirmation_request', lang: 'ja', caseId: K, note: 'final confirmation before executing; Gmail quote of the customer\'s info reply',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-10 09:48:30'), enc: 'utf8qp',
    text: `渡辺様

いただいた情報で両 account を確認できました。
merge 実行前の最終 confirm をお願いいたします: ${KENJI.srcId} を ${KENJI.keepId} へまとめてよろしいでしょうか。

高橋 / AWS T&C

${gmailJa('2026年11月9日(月) 23:15', KENJI.ja, KENJI.keep, `primary は ${KENJI.keepId} でお願いします。`)}`,
  }),
  mk({
    slug: 'conf-ja-yui-reply-as-is', kind: 'confirmation_request', lang: 'ja', caseId: Y, note: 'consent by replying to the mail as is; voucher note',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-09 12:00:47'), enc: 'utf88bit',
    text: `中村様

merge の内容にご同意いただける場合は、本 mail にそのまま返信してください。
なお、旧 account に残っている 50% discount voucher も統合先に引き継がれます。
一度統合すると分離はできない点、ご理解のうえご返信ください。

Ryo`,
  }),
  mk({
    slug: 'conf-ja-ids-between', kind: 'confirmation_request', lang: 'ja', caseId: Y, note: 'consent asked with the IDs between the words that carry the meaning',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-08 10:30:19'), enc: 'sjis8',
    text: `中村様

${YUI.srcId} を ${YUI.keepId} へ統合する件、ご承諾いただけますか。
承諾のご返信をもって作業に入ります (取り消し不可)。

AWS Training and Certification / Ryo`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'merge-ja-taro-complete', kind: 'merge_completed', lang: 'ja', caseId: T, note: '"merge の手続きが complete しました" with a please-check: still the completion',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-07 14:21:33'), enc: 'jis7',
    text: `山田 様

お待たせしました。merge の手続きが complete しました。
${TARO.srcId} の認定 history は ${TARO.keepId} に移っています。
portal に sign in して、all looks right かご確認ください。

Kobayashi
AWS Training and Certification
${sfRef('0Taro4')}

${sfBlock(TARO.keep, '2026/11/06 19:02', FORM_ADDR, caseSubj(T), 'OK です、merge お願いします。')}`,
  }),
  mk({
    slug: 'merge-ja-kenji-close', kind: 'merge_completed', lang: 'ja', caseId: K, note: 'completion plus "we will close the case": the new fact is the merge',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-11 16:05:10'), enc: 'sjis8',
    text: `渡辺様

統合作業、完了いたしました。${KENJI.keepId} に両方の認定が表示されているはずです。
本 case はこれで close させていただきます。

高橋 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-ja-yui-katakana', kind: 'merge_completed', lang: 'ja', caseId: Y, note: 'katakana: マージがコンプリートしました',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-10 08:55:42'), enc: 'utf8qp',
    text: `中村様

アカウントのマージがコンプリートしました。
${YUI.src} 側のサーティフィケーションとベネフィットは、すべて ${YUI.keep} のアカウントでご覧いただけます。

Ryo`,
  }),
  mk({
    slug: 'merge-ja-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, note: 'certification portal notice (no case ID): accounts merged',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: to(HANAKO.ja, HANAKO.keep), subject: 'アカウントが統合されました / Your accounts have been merged', date: jst('2026-11-07 03:10:02'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>${HANAKO.ja} 様</p>
<p>お客様の AWS Certification account の統合 (merge) が処理されました。</p>
<p>今後は <b>${HANAKO.keep}</b> で sign in すると、すべての certification と exam history をご覧いただけます。</p>
<p style="color:#666">This is an automated message from AWS Certification. Please do not reply.</p>`),
  }),
  mk({
    slug: 'merge-ja-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: H, trusted: false, auth: 'fail', note: 'completion text but dmarc=fail on top: untrusted',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-07 10:30:00'), enc: 'jis7',
    text: `佐藤様

merge が完了しました。新しい account への sign in は下記 link から行ってください。
https://aws-training-login.example.org/

AWS Training and Certification`,
  }),
  mk({
    slug: 'merge-ja-hanako-outlook', kind: 'merge_completed', lang: 'ja', caseId: H, note: 'completion reply; Outlook-style quoted consent underneath',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-07 11:42:26'), enc: 'jisb64',
    text: `佐藤様

ご同意ありがとうございました。先ほど merge を実施し、正常に終了しました。
${HANAKO.srcId} にあった認定はすべて ${HANAKO.keepId} 側に反映済みです。

Mei L.

${outlookJa(`${HANAKO.ja} <${HANAKO.keep}>`, '2026年11月6日 18:30', FORM_ADDR, `RE: [CASE ${H}]`, 'Yes')}`,
  }),
  mk({
    slug: 'merge-ja-vouchers-moved', kind: 'merge_completed', lang: 'ja', caseId: Y, note: 'merge done, vouchers carried over; restates the earlier consent',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-10 19:20:04'), enc: 'utf8b64',
    text: `中村様

昨日ご承諾いただいた件、本日 ${YUI.srcId} → ${YUI.keepId} の統合を終えました。
voucher も引き継がれていますので、benefit のページでご確認いただけます。

Ryo`,
  }),
  mk({
    slug: 'merge-ja-short-done', kind: 'merge_completed', lang: 'ja', caseId: T, note: 'terse completion: merge done, benefits migrated',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: `RE:[CASE ${T}] merge done`, date: jst('2026-11-07 14:25:01'), enc: 'sjisb64',
    text: `山田様

merge done です。旧 account の benefit も移行済みとなっております。
何か不足があれば、この thread でお知らせください。

小林`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'badges-ja-credly-saa', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY_AWS, to: to(TARO.ja, TARO.keep), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-11-08 02:14:55'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>${TARO.ja} さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」の badge が issue されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1d0c2e">バッジを入手する</a></p>
<p>accept すると、profile で公開・share できます。</p>
<p>Credly, Inc.</p>`),
  }),
  mk({
    slug: 'badges-ja-taro-transferred', kind: 'badges_transferred', lang: 'ja', caseId: T, note: '"バッジは Credly 側で transfer 済みです"',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-09 10:37:48'), enc: 'jis7',
    text: `山田様

ご連絡ありがとうございます。ご指摘の件、確認しました。
バッジは Credly 側で transfer 済みです。${TARO.keep} の Credly account に SAA と CLF の 2 つが表示されているかと思います。

Kobayashi
${sfRef('0Taro5')}

${gmailJa('2026年11月8日(日) 20:11', TARO.ja, TARO.keep, 'merge ありがとうございました。ただ Credly の badge がまだ旧 account にあるようです。')}`,
  }),
  mk({
    slug: 'badges-ja-kenji-moved', kind: 'badges_transferred', lang: 'ja', caseId: K, note: 'support moved the Credly badges to the kept account',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-13 11:09:27'), enc: 'sjis8',
    text: `渡辺様

Credly の badge を keep 側の account (${KENJI.keep}) に move しました。
Credly に sign in し直していただくと、Developer - Associate の badge が反映されています。

高橋`,
  }),
  mk({
    slug: 'badges-ja-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: to(KENJI.ja, KENJI.keep), subject: 'Amazon Web Servicesのバッジ発行のお知らせ', date: utc('2026-11-12 06:40:11'), enc: 'utf8qp', wholeSubject: true,
    text: `${KENJI.ja} さん

統合された account に badge が transfer されました。
下の link から login して、バッジを入手してください。
https://credIy.com/badges/claim?u=ken

Credly`,
  }),
  mk({
    slug: 'badges-ja-yui-close', kind: 'badges_transferred', lang: 'ja', caseId: Y, note: 'badges moved and the case is being closed: badges_transferred',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-12 13:50:36'), enc: 'utf8qp',
    text: `中村様

Credly badge のトランスファーが完了しましたので、本 case はクローズとさせていただきます。
${YUI.keep} の Credly profile に 3 つの badge が揃っていることをご確認ください。

Ryo / AWS Training and Certification`,
  }),
  mk({
    slug: 'badges-ja-credly-hanako', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'Credly badge mail (multipart) for the AWS issuer to the kept address',
    from: CREDLY_AWS, to: to(HANAKO.ja, HANAKO.keep), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-11-09 00:05:40'), enc: 'utf8b64', wholeSubject: true,
    text: `佐藤 花子 さん

Amazon Web Services Training and Certification が AWS Certified SysOps Administrator - Associate の badge を発行しました。
「バッジを入手する」から accept してください。
https://www.credly.com/earner/earned/badge/a93be7f0

Credly`,
    html: htmlDoc(`<p>佐藤 花子 さん</p>
<p>Amazon Web Services Training and Certification が <b>AWS Certified SysOps Administrator - Associate</b> の badge を発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a93be7f0">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'badges-ja-hanako-reassigned', kind: 'badges_transferred', lang: 'ja', caseId: H, note: 'support: the three Credly badges were re-assigned to the kept Credly account',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-10 09:03:58'), enc: 'jisb64',
    text: `佐藤様

お待たせしました。Credly の badge 3 点 (SAA, DVA, SOA) を ${HANAKO.keep} の Credly account に付け替えました。
反映まで少し時間がかかる場合がございます。

Mei L.`,
  }),
  mk({
    slug: 'badges-ja-credly-taro-dva', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'second AWS badge via Credly, mixed-language button text',
    from: CREDLY_AWS, to: to(TARO.ja, TARO.keep), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-11-08 02:15:12'), enc: 'utf8qp', wholeSubject: true,
    text: `山田 太郎 さん

AWS Certified Cloud Practitioner の digital badge が発行されました。
Accept your badge (バッジを入手する):
https://www.credly.com/earner/earned/badge/0c44d2aa

Credly`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'closed-ja-kenji-reopen', kind: 'case_closed', lang: 'ja', caseId: K, note: 'closing the case; reply to reopen',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-15 10:00:14'), enc: 'jis7',
    text: `渡辺様

その後ご連絡がございませんので、本 case を close させていただきます。
また何かございましたら、この mail に reply いただければ reopen いたします。

高橋 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-ja-autoclose-7d', kind: 'case_closed', lang: 'ja', caseId: H, note: 'will auto-close in 7 days without a reply',
    from: NOREPLY, to: to(HANAKO.ja, HANAKO.keep), subject: `Case ${H}: 7日後に自動クローズされます`, date: jst('2026-11-12 04:00:00'), enc: 'sjis8',
    text: `AWS Support からのお知らせです。

case ${H} は現在「お客様の返信待ち」です。
7 日以内に reply がない場合、本 case は自動的に close されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-ja-restates-merge', kind: 'case_closed', lang: 'ja', caseId: T, trap: true, note: 'closing that only restates last week\'s merge',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-14 17:32:50'), enc: 'utf8b64',
    text: `山田様

先週 merge が完了しておりますので、本 case をクローズいたします。
今回はご利用いただきありがとうございました。

小林 / AWS Training and Certification`,
  }),
  mk({
    slug: 'closed-ja-other-ar', kind: 'case_closed', lang: 'ja', caseId: Y, trusted: false, auth: 'otherOnly', note: 'closing notice, only a foreign authserv-id vouches for it: untrusted',
    from: NOREPLY, to: to(YUI.ja, YUI.keep), subject: `ケース ${Y} を resolved にしました`, date: jst('2026-11-14 06:12:33'), enc: 'jisb64',
    text: `ケース ${Y} は resolved として close されました。
再度サポートが必要な場合は、新しい case を作成してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-ja-resolved', kind: 'case_closed', lang: 'ja', caseId: Y, note: 'system notice: case resolved',
    from: NOREPLY, to: to(YUI.ja, YUI.keep), subject: `AWS Support: case ${Y} は resolved になりました`, date: jst('2026-11-13 22:18:09'), enc: 'utf8b64',
    text: `お問い合わせいただいた case ${Y} の status が Resolved に変わりました。
引き続きサポートが必要な場合は、7 日以内にこの case に返信すると reopen されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-ja-confirm-resolved', kind: 'case_closed', lang: 'ja', caseId: K, trap: true, note: 'closing worded with "confirm": resolved on the customer\'s confirmation',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-14 09:41:20'), enc: 'sjisb64',
    text: `渡辺様

表示に問題がないとの confirm をいただきましたので、これをもって本件は resolved とさせていただきます。
ありがとうございました。

高橋`,
  }),
  mk({
    slug: 'closed-ja-reminder-html', kind: 'case_closed', lang: 'ja', caseId: H, note: 'HTML auto-close reminder: closes in 3 days without reply',
    from: NOREPLY, to: to(HANAKO.ja, HANAKO.keep), subject: `【リマインド】case ${H} は 3 日後に close 予定です`, date: jst('2026-11-16 04:00:00'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<p>case <b>${H}</b> について、お客様からの response をお待ちしています。</p>
<p>3 日以内にご返信がない場合は、自動的に close されます。</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?caseId=${H}">case を表示</a></p>`),
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'sr-ja-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: T, trap: true, note: 'thanks for confirming, passed to the team (not the merge itself)',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-06 19:40:05'), enc: 'jis7',
    text: `山田 様

confirm いただきありがとうございます。担当 team に回しましたので、作業が終わり次第ご連絡します。
通常 2, 3 営業日ほどで対応しております。

Kobayashi

${gmailJa('2026年11月6日(金) 19:02', TARO.ja, TARO.keep, 'OK です、merge お願いします。')}`,
  }),
  mk({
    slug: 'sr-ja-not-yet', kind: 'support_reply', lang: 'ja', caseId: H, trap: true, note: 'negated: the merge is not complete yet',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-07 09:15:48'), enc: 'utf8b64',
    text: `佐藤様

状況のお問い合わせありがとうございます。
merge はまだ complete していません。backend 側で処理中のため、もう少々お待ちください。

Mei L.`,
  }),
  mk({
    slug: 'sr-ja-future', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true, note: 'future: 統合が完了しましたら改めて連絡',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-09 18:02:11'), enc: 'utf8qp',
    text: `中村様

ご返信ありがとうございます。作業 queue に登録しました。
統合が完了しましたら、改めてこちらからご連絡いたします。

Ryo`,
  }),
  mk({
    slug: 'sr-ja-dup-cases', kind: 'support_reply', lang: 'ja', caseId: K, trap: true, note: 'duplicate cases merged, not the accounts',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-08 09:44:17'), enc: 'sjis8',
    text: `渡辺様

重複して open された case ${CASES.kenjiDup} は、こちらの case ${K} に merge しました。
今後のやりとりはこの thread でお願いいたします。

高橋`,
  }),
  mk({
    slug: 'sr-ja-reply-from-keep', kind: 'support_reply', lang: 'ja', caseId: T, trap: true, note: 'asks to write from the kept address without asking for data',
    from: FORM, to: to(TARO.ja, TARO.src), subject: caseSubj(T), date: jst('2026-11-02 16:20:33'), enc: 'jisb64',
    text: `山田様

恐れ入りますが、残す account の address から改めて reply いただけますか。
そちらから返信をいただいた時点で手続きを続行いたします。

Kobayashi`,
  }),
  mk({
    slug: 'sr-ja-misaligned', kind: 'support_reply', lang: 'ja', caseId: H, trusted: false, auth: 'misaligned', note: 'status update; DKIM from an unrelated domain, dmarc=fail: untrusted',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-05 12:12:12'), enc: 'jis7',
    text: `佐藤様

現在、担当部署にて内容を確認しております。
進捗がありましたら、こちらからご案内いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-ja-escalate', kind: 'support_reply', lang: 'ja', caseId: Y, note: 'escalation to a specialist team',
    from: FORM, to: to(YUI.ja, YUI.keep), subject: caseSubj(Y), date: jst('2026-11-07 11:30:59'), enc: 'utf88bit',
    text: `中村様

旧 account に exam の予約が残っているため、本件は専門 team に escalate しました。
回答まで数日いただく見込みです。

Ryo`,
  }),
  mk({
    slug: 'sr-ja-badge-pending', kind: 'support_reply', lang: 'ja', caseId: K, trap: true, note: 'badge transfer still pending, requested from Credly',
    from: FORM, to: to(KENJI.ja, KENJI.keep), subject: caseSubj(K), date: jst('2026-11-12 10:25:03'), enc: 'sjisb64',
    text: `渡辺様

ご指摘ありがとうございます。badge の transfer はまだ pending のようです。
Credly team に依頼済みですので、反映されましたらご連絡します。

高橋`,
  }),
  mk({
    slug: 'sr-ja-voucher', kind: 'support_reply', lang: 'ja', caseId: H, note: 'answers a question about the voucher expiry',
    from: FORM, to: to(HANAKO.ja, HANAKO.keep), subject: caseSubj(H), date: jst('2026-11-08 14:40:52'), enc: 'utf8b64',
    text: `佐藤様

ご質問の 50% discount voucher ですが、有効期限は変わりません。
benefit の画面で code を発行してから exam の予約時に入力してください。

Mei L.`,
  }),

  // ---------------- unrelated (13) ----------------
  mk({
    slug: 'un-ja-github-merge', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true, note: 'GitHub: a pull request merged into main (a Git merge)',
    from: 'Sakamoto Daisuke <notifications@github.com>', to: to(TARO.ja, TARO.src), subject: '[corp/cert-portal] feature/badge-sync を main に merge しました (PR #482)', date: jst('2026-11-04 18:03:20'), enc: 'utf8qp',
    text: `@taro-yamada review ありがとうございました。
CI が green になったので feature/badge-sync を main に merge しました。
branch は delete 済みです。

-- 
Reply to this email directly or view it on GitHub:
https://github.com/corp/cert-portal/pull/482`,
  }),
  mk({
    slug: 'un-ja-jira-closed', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true, note: 'Jira ticket closed (internal IAM work), not a support case',
    from: 'Jira <jira@corp-example.atlassian.net>', to: to(TARO.ja, TARO.src), subject: '[JIRA] (INFRA-2231) 認定 account 用 IAM 設定 - Closed', date: jst('2026-11-05 10:48:07'), enc: 'utf8b64',
    text: `伊藤 さんが INFRA-2231 を Closed に transition しました。

Resolution: 完了
コメント: 設定 confirm しました、この ticket は close します。

View issue: https://corp-example.atlassian.net/browse/INFRA-2231`,
  }),
  mk({
    slug: 'un-ja-summit-badge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'AWS Summit entry badge (conference badge), marketing/event mail',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>', to: to(KENJI.ja, KENJI.keep), subject: 'AWS Summit Japan 入場 badge の transfer (名義変更) について', date: jst('2026-11-10 12:00:00'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<p>${KENJI.ja} 様</p>
<p>AWS Summit Japan にご登録いただきありがとうございます。</p>
<p>当日の入場 badge は、ご本人以外への transfer (名義変更) ができません。ご参加いただけない場合は、registration page から cancel をお願いします。</p>
<p>会場でお会いできるのを楽しみにしています。</p>`),
  }),
  mk({
    slug: 'un-ja-own-consent', kind: 'unrelated', lang: 'ja', caseId: T, trusted: false, trap: true, note: 'the user\'s own consent reply (copy to self): no news from support',
    from: to(TARO.ja, TARO.keep), to: FORM_ADDR, cc: to(TARO.ja, TARO.keep), subject: caseSubj(T), date: jst('2026-11-06 19:02:14'), enc: 'jis7',
    text: `ご担当者様

merge の件、confirm します。記載の内容で進めてください。
よろしくお願いします。

山田 太郎

${outlookJa(FORM, '2026年11月6日 9:12', TARO.keep, caseSubj(T), '元に戻せない操作となりますので、merge 実施に問題がなければ、OK の旨を reply で頂戴できますでしょうか。')}`,
  }),
  mk({
    slug: 'un-ja-own-forward', kind: 'unrelated', lang: 'ja', caseId: H, trusted: false, forUser: false, trap: true, note: 'the user forwards the completion to her manager: own mail, not delivered to the user',
    from: to(HANAKO.ja, HANAKO.keep), to: '鈴木 部長 <suzuki@newcorp.example.co.jp>', subject: `Fwd: ${caseSubj(H)}`, date: jst('2026-11-07 12:30:41'), enc: 'utf8b64',
    text: `鈴木さん

FYI です。認定 account の merge が complete しました。これで partner 登録の certification 数に反映されるはずです。

佐藤

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_ADDR}>
Date: 2026年11月7日(土) 11:42
Subject: ${caseSubj(H)}
To: ${HANAKO.keep}

佐藤様
ご同意ありがとうございました。先ほど merge を実施し、正常に終了しました。`,
  }),
  mk({
    slug: 'un-ja-oldco-ooo', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true, note: 'out-of-office auto-reply from a former colleague',
    from: '田中 一郎 <i.tanaka@oldco.example.co.jp>', to: to(KENJI.ja, KENJI.keep), subject: '【自動応答】不在のお知らせ Re: 旧アドレスの件', date: jst('2026-11-09 09:00:03'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `誠に恐れ入りますが、11/9 から 11/16 まで out of office です。
account 統合の件など急ぎの confirm は、helpdesk@oldco.example.co.jp までお願いします。
戻り次第 reply いたします。

田中`,
  }),
  mk({
    slug: 'un-ja-survey', kind: 'unrelated', lang: 'ja', caseId: K, trap: true, note: 'satisfaction survey about the closed case',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: to(KENJI.ja, KENJI.keep), subject: 'case の対応はいかがでしたか? / Was your issue resolved?', date: jst('2026-11-15 12:10:44'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<p>最近 close された case ${K} について、1 分ほどの survey にご協力ください。</p>
<p>問題は resolved されましたか? <a href="https://survey.aws.amazon.com/s?c=${K}&amp;a=yes">はい</a> / <a href="https://survey.aws.amazon.com/s?c=${K}&amp;a=no">いいえ</a></p>
<p>いただいた feedback は service 改善に活用させていただきます。</p>`),
  }),
  mk({
    slug: 'un-ja-exam-pass', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'exam result mail: certification added (not a merge)',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: to(YUI.ja, YUI.keep), subject: 'Congratulations! AWS Certified Developer - Associate 合格のお知らせ', date: jst('2026-11-20 05:31:12'), enc: 'utf8b64',
    text: `中村 優衣 様

AWS Certified Developer - Associate の exam に合格されました、おめでとうございます。
認定は account に追加済みで、digital badge は数日以内に Credly から届きます。
次回 exam で使える 50% discount voucher も benefit に追加されました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'un-ja-ms-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: to(HANAKO.ja, HANAKO.keep), subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-11-18 07:45:00'), enc: 'utf8b64', wholeSubject: true,
    text: `佐藤 花子 さん

Microsoft が「Microsoft Certified: Azure Administrator Associate」の badge を発行しました。
バッジを入手する (Accept your badge):
https://www.credly.com/earner/earned/badge/msaz104

Credly`,
  }),
  mk({
    slug: 'un-ja-refund-case', kind: 'unrelated', lang: 'ja', caseId: CASES.refund, trap: true, note: 'another support case (exam fee refund) says what it is about: completed refund',
    from: FORM, to: to(TARO.ja, TARO.keep), subject: `RE:[CASE ${CASES.refund}] [AWS Training and Certification Form Submission] - exam-refund`, date: jst('2026-11-12 15:30:27'), enc: 'jis7',
    text: `山田様

試験料の refund の手続きが complete しました。
ご利用の card への返金反映には 5 - 10 営業日ほどかかります。本 case はこれで close いたします。

Kobayashi`,
  }),
  mk({
    slug: 'un-ja-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Skill Builder subscription renewal completed',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: to(KENJI.ja, KENJI.keep), subject: 'Skill Builder subscription の更新が完了しました', date: jst('2026-11-21 00:00:41'), enc: 'utf8qp',
    text: `渡辺 健二 様

AWS Skill Builder Individual subscription の更新手続きが完了しました。
次回の請求日は 2027年11月21日です。account 設定から plan を変更できます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'un-ja-gitlab-team', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, forUser: false, trap: true, note: 'GitLab merge request merged, sent to a team list',
    from: 'GitLab <gitlab@git.corp.example.co.jp>', to: 'infra-team <infra-team@corp.example.co.jp>', subject: 'infra/terraform | !77 release/2026-12 を main に merge しました', date: jst('2026-11-11 20:15:36'), enc: 'utf8b64',
    text: `Merge request !77 が 山田 太郎 によって merge されました。

release/2026-12 -> main
conflict は解消済み、pipeline passed.

https://git.corp.example.co.jp/infra/terraform/-/merge_requests/77`,
  }),
  mk({
    slug: 'un-ja-colleague-chat', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, forUser: false, trap: true, note: 'colleague\'s note to a team list about her own merge case',
    from: '井上 さくら <s.inoue@kaisha.example.co.jp>', to: 'cloud-team <cloud-team@kaisha.example.co.jp>', subject: 'AWS認定の merge、うちは close されました', date: jst('2026-11-13 17:58:02'), enc: 'sjisb64',
    text: `みなさん

先週出した AWS認定 account の merge、さっき完了連絡が来て case も close されました。
support からの confirm 依頼には「OK」だけ返せば十分でした。まだの人は参考まで。

井上`,
  }),
];
