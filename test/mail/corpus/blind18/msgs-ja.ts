// Japanese messages (part 1): acknowledgement, ai_answer, info_request, confirmation_request.
import type { Msg } from './lib.js';
import {
  AYA, CASE, FOOTER_HOKUTO, FOOTER_MINATO, FOOTER_SORA, FORM, FORM_BARE, MARIKO, MINATO_PS, NOREPLY, RYO, SATOSHI, SIG_SATOSHI_CORP,
  SIG_TAKUMI_CORP, SORA, SORA_BARE, SUPPORT_NOTIFY, TAKUMI, AWS_FOOT_JA, AWS_FOOT_EN, formSubj, gmailFwd, gmailJa, htmlDoc, jst, mk, outlookJa,
  paras, quote, sfHist, sfRef, tbFwdJa, utc, HOKUTO_HD, DANIEL,
} from './common.js';

const ayaReqJa = `AWS認定アカウントの統合を希望します。
統合先(残す方): ${AYA.keepId} / ${AYA.keep}
統合元: ${AYA.srcId} / ${AYA.src}
前職(つばさソフト)のアドレスで受験した SAA と、個人アドレスで受験した DVA を1つにまとめたいです。
氏名: 森本 彩`;

const takumiReq = `お世話になっております。楓システムズの石川です。
AWS認定のアカウントが社用と個人用で2つに分かれてしまったため、個人用(${TAKUMI.keep})に寄せていただきたく、ご連絡いたしました。
よろしくお願いいたします。

${SIG_TAKUMI_CORP}`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-aya-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'automatic receipt in Japanese with the case number, no human text',
    from: NOREPLY,
    to: AYA.keep,
    subject: `[ケース ${CASE.aya}] お問い合わせを受け付けました`,
    date: utc('2026-02-09 01:14:52'),
    auth: 'pass',
    enc: 'jis7',
    text: `森本 彩 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
下記の番号でお問い合わせを承りました。

  ケース番号 : ${CASE.aya}
  種別       : AWS トレーニングと認定 / 認定 / アカウントの統合

担当者が内容を拝見し、通常 1 営業日以内にご連絡いたします。
本件に関する追加情報は、このメールにそのまま返信してお寄せください。
同じ内容で別のケースを作成されますと、回答までにお時間をいただく場合がございます。

※このメールはシステムにより自動送信されています。

${AWS_FOOT_JA}`,
  }),
  mk({
    slug: 'ja-ack-takumi-bodyonly',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'receipt recognisable by shape; case number only in the body, subject generic',
    from: FORM,
    to: TAKUMI.src,
    subject: 'AWS Training and Certification: お問い合わせ内容の控え',
    date: utc('2026-01-20 06:40:03'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `このメールは、フォームから送信された内容の控えです。

---------------------------------
受付番号   ${CASE.takumi}
受付日時   2026/01/20 15:40 (JST)
お名前     石川 拓海
会社名     楓システムズ株式会社
AWS 候補者 ID   ${TAKUMI.srcId}
お問い合わせ種別   認定 - アカウント関連
---------------------------------

内容を確認した担当者から、24 時間以内を目安にご連絡差し上げます。
返信先を変更する場合は、このメールに返信してお知らせください。

AWS Training and Certification
${sfRef('Fq81Kd')}`,
  }),
  mk({
    slug: 'ja-ack-mariko-table-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'HTML receipt listing the submitted fields; no reply from a person yet',
    from: SUPPORT_NOTIFY,
    to: MARIKO.keep,
    subject: `AWS サポート: ケース ${CASE.mariko} が作成されました`,
    date: utc('2026-03-03 23:58:41'),
    auth: 'dkimonly',
    enc: 'utf8qp',
    text: `ケース ${CASE.mariko} が作成されました。

件名: 認定アカウントを一本化したい
カテゴリ: AWS トレーニングと認定
連絡先: ${MARIKO.keep}

サポートセンターでケースの履歴を確認できます。`,
    html: htmlDoc(`<table cellpadding="6" style="border:1px solid #d5dbdb">
<tr><td colspan="2" style="background:#232f3e;color:#fff"><b>ケースが作成されました</b></td></tr>
<tr><td>ケース ID</td><td>${CASE.mariko}</td></tr>
<tr><td>件名</td><td>認定アカウントを一本化したい</td></tr>
<tr><td>カテゴリ</td><td>AWS トレーニングと認定</td></tr>
<tr><td>連絡先</td><td>${MARIKO.keep}</td></tr>
</table>
<p>サポートセンターでケースの履歴を確認できます。担当者からの回答はこのアドレスにお届けします。</p>`),
  }),
  mk({
    slug: 'ja-ack-partner-sora',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: CASE.aya,
    note: 'reseller desk relays the automatic receipt (summary says the case was registered); sender is the partner, so untrusted',
    from: SORA,
    to: AYA.keep,
    cc: '営業部 大森 <omori@soralink.example.co.jp>',
    subject: `【転送】[ケース ${CASE.aya}] お問い合わせを受け付けました`,
    date: jst('2026-02-09 10:32:10'),
    auth: 'pass',
    enc: 'jis7',
    text: `森本様

いつもお世話になっております。
ソラリンク パートナーサポートデスクの宮下でございます。

弊社経由で起票した AWS 認定アカウント統合のお問い合わせについて、
AWS 側で受付が完了し、ケース番号 ${CASE.aya} が採番されましたのでご報告いたします。
現時点では自動送信の受付通知のみで、担当者からの回答はまだ届いておりません。
回答が届き次第、あらためて転送いたします。

${FOOTER_SORA}

${gmailFwd('2026-02-09 10:14', NOREPLY, SORA_BARE, `[ケース ${CASE.aya}] お問い合わせを受け付けました`)}

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
下記の番号でお問い合わせを承りました。
  ケース番号 : ${CASE.aya}
担当者が内容を拝見し、通常 1 営業日以内にご連絡いたします。`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: '1769904412',
    note: 'receipt-shaped mail from a look-alike domain (aws-certification-support.jp), dmarc passes for that domain only',
    from: 'AWS 認定サポート <case-notice@aws-certification-support.jp>',
    to: RYO.keep,
    subject: '【AWS認定】お問い合わせ受付のお知らせ (Case 1769904412)',
    date: jst('2026-02-27 03:12:44'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `西村 亮 様

AWS 認定サポートへのお問い合わせを受け付けました。
受付番号: 1769904412

本人確認のため、48 時間以内に下記ページから AWS 認定アカウントへサインインしてください。
https://aws-certification-support.jp/verify?case=1769904412

期限内に確認が取れない場合、お問い合わせは無効となります。`,
  }),
  mk({
    slug: 'ja-ack-ryo-html-only',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'HTML-only Japanese receipt; the 24-hour promise and case number identify it',
    from: FORM,
    to: RYO.keep,
    subject: `[CASE ${CASE.ryo}] お問い合わせありがとうございます`,
    date: utc('2026-02-26 08:20:19'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<div style="max-width:600px">
<p>西村 亮 様</p>
<p>AWS トレーニングと認定へのお問い合わせを承りました(ケース <b>${CASE.ryo}</b>)。</p>
<p>ただいま担当窓口へ回付しております。追ってメールにてご案内しますので、しばらくお待ちください。<br>
重複してお問い合わせいただくと対応が遅れる場合がございます。</p>
<hr><p style="color:#687078;font-size:11px">このメッセージは自動送信です。${sfRef('Ry20Pa')}</p>
</div>`),
  }),
  mk({
    slug: 'ja-ack-satoshi-second-case',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.satoshiDup,
    note: 'receipt for a second case the user opened by mistake; still an automatic receipt',
    from: NOREPLY,
    to: SATOSHI.src,
    subject: `AWS サポート ケース ${CASE.satoshiDup} 受付完了`,
    date: utc('2026-01-14 02:03:30'),
    auth: 'pass',
    enc: 'jisb64',
    text: `本メールは自動配信です。

新しいお問い合わせ(ケース ${CASE.satoshiDup})を登録しました。
件名: 認定アカウント統合の件(再送)

既に同じご用件のケースをお持ちの場合、担当者が確認のうえ一本化することがございます。
回答は通常 1～2 営業日でお届けします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-fail-then-forged',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: '1775518230',
    note: 'bilingual receipt; topmost A-R says dmarc=fail, a planted pass sits lower',
    from: NOREPLY,
    to: MARIKO.src,
    subject: 'お問い合わせを受け付けました / We have received your request',
    date: utc('2026-03-05 11:51:08'),
    auth: 'failThenForged',
    enc: 'utf8b64',
    text: `お問い合わせいただきありがとうございます。ケース番号 1775518230 で受け付けました。
担当者からの連絡をお待ちください。

Thank you for contacting AWS. Your case 1775518230 has been created and is awaiting review.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-tool-suggestion',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'generated answer pointing to the self-service merge tool, before any case exists',
    from: NOREPLY,
    to: TAKUMI.keep,
    subject: 'AWS サポートからの自動回答: 認定アカウントについて',
    date: utc('2026-01-20 06:31:55'),
    auth: 'pass',
    enc: 'jis7',
    text: `お問い合わせ内容をもとに、生成 AI が以下の回答を作成しました。

複数の AWS 認定アカウントをお持ちの場合、多くはご自身で 1 つにまとめることができます。
AWS 認定アカウントにサインインし、[プロフィール] から [アカウントのマージ] を開いて、
画面の案内に沿って操作してください。

この回答で解決しない場合は、ページ下部の「ケースを作成」から担当者へお問い合わせください。
※この回答は AI により生成されたもので、誤りを含む可能性があります。`,
  }),
  mk({
    slug: 'ja-ai-html-multipart',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'multipart AI answer with the "was this helpful" buttons',
    from: NOREPLY,
    to: MARIKO.keep,
    subject: 'Amazon Q によるご案内 - AWS トレーニングと認定',
    date: utc('2026-03-03 23:49:12'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `Amazon Q がお問い合わせ「認定アカウントを一本化したい」への回答候補をお送りします。

・AWS 認定ポータル右上の名前 → プロフィール → アカウントのマージ、の順に進みます。
・統合元アカウントのメールアドレスとパスワードを入力すると、履歴がまとめられます。
・両方のアカウントに認定の履歴がある場合、ツールでは処理できずサポートへの依頼が必要です。

この回答は役に立ちましたか? はい / いいえ`,
    html: htmlDoc(`<p><b>Amazon Q</b> がお問い合わせ「認定アカウントを一本化したい」への回答候補をお送りします。</p>
<ul><li>AWS 認定ポータル右上の名前 → プロフィール → アカウントのマージ、の順に進みます。</li>
<li>統合元アカウントのメールアドレスとパスワードを入力すると、履歴がまとめられます。</li>
<li>両方のアカウントに認定の履歴がある場合、ツールでは処理できずサポートへの依頼が必要です。</li></ul>
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?v=1">はい</a> / <a href="https://support.aws.amazon.com/feedback?v=0">いいえ</a></p>`),
  }),
  mk({
    slug: 'ja-ai-explains-after-merge',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'AI answer that describes what happens after a merge (badges, vouchers); still only an automated suggestion',
    from: NOREPLY,
    to: SATOSHI.keep,
    subject: '自動応答: AWS 認定アカウントの統合に関するよくある質問',
    date: utc('2026-01-13 23:10:27'),
    auth: 'pass',
    enc: 'jisb64',
    text: `ご質問への自動回答です(AI 生成)。

アカウントのマージツールで統合が完了すると、統合元の認定・試験履歴・特典は統合先に表示されます。
Credly のデジタルバッジは統合後に統合先のメールアドレスで受け取り直してください。
統合は取り消せないため、残すアカウントを事前にご確認ください。

ご自身で解決できない場合は、お問い合わせフォームから「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-partner-relay',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    caseId: null,
    note: 'partner desk relays the AI answer it received and says the tool will not work here; relayed AI suggestion, untrusted sender',
    from: MINATO_PS,
    to: MARIKO.keep,
    subject: 'FW: Amazon Q によるご案内 - AWS トレーニングと認定',
    date: jst('2026-03-04 09:05:33'),
    auth: 'pass',
    enc: 'sjis8',
    text: `岡田様

お世話になっております。ミナトクラウドサービス パートナー支援窓口の大西です。
フォーム送信直後に AWS から届いた自動回答(AI によるもの)を転送いたします。
内容は「ポータルのアカウントのマージ機能を使ってください」という一般的なご案内で、
岡田様のように両方のアカウントに合格履歴がある場合は対象外と思われます。
念のため一度お試しいただき、エラーになるようでしたらこのままケース作成へ進めます。

${FOOTER_MINATO}

${tbFwdJa('2026-03-04 08:49', NOREPLY, 'partner-support@minato-cs.example.jp', 'Amazon Q によるご案内 - AWS トレーニングと認定')}

Amazon Q がお問い合わせ「認定アカウントを一本化したい」への回答候補をお送りします。
・AWS 認定ポータル右上の名前 → プロフィール → アカウントのマージ、の順に進みます。`,
  }),
  mk({
    slug: 'ja-ai-other-authserv',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    caseId: null,
    note: 'AI-style answer whose only A-R comes from another authserv-id below the server line',
    from: NOREPLY,
    to: RYO.src,
    subject: 'AIアシスタントからの回答',
    date: utc('2026-02-26 08:02:00'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `AI アシスタントがご質問にお答えします。

認定アカウントを統合するには、認定ポータルの [アカウントのマージ] をご利用いただけます。
詳しくは AWS 認定の FAQ をご参照ください。

引き続きお困りの場合は担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-translated-summary',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'English AI answer with a Japanese machine summary on top; still the automated suggestion',
    from: NOREPLY,
    to: AYA.keep,
    subject: '自動回答 / Automated answer: Merge Accounts',
    date: utc('2026-02-09 01:02:37'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `【日本語による要約(自動翻訳)】
AI が作成した回答です。認定ポータルのプロフィールにある「Merge Accounts」機能で、2 つのアカウントを
ご自身で統合できる場合があります。うまくいかない場合のみ、ケースを作成してください。

-----
This answer was generated by AI.
You may be able to combine your two AWS Certification accounts yourself: sign in, open
Profile > Merge Accounts and follow the prompts. If the tool reports that both accounts
hold certifications, choose "Create case" to reach an agent.`,
  }),
  mk({
    slug: 'ja-ai-steps-dkim',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'numbered self-service steps from the generated-answer step, aligned DKIM only',
    from: NOREPLY,
    to: SATOSHI.src,
    subject: '生成AIによる回答のご案内',
    date: utc('2026-01-13 23:02:11'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `以下は生成 AI による参考回答です。

手順
 1. 残したい方のアカウントでサインインする
 2. 右上のメニューからプロフィールを開く
 3. 「アカウントのマージ」で、もう一方のアカウントの資格情報を入力する

※ AI の回答は正確でない場合があります。解決しない場合は担当者とのケースを作成できます。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-takumi-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'agent needs both candidate IDs and login e-mails; user request with corporate footer quoted below',
    from: FORM,
    to: TAKUMI.src,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-21 02:17:45'),
    auth: 'pass',
    enc: 'jis7',
    text: `石川 様

AWS トレーニングと認定カスタマーサポートの吉岡です。お問い合わせいただきありがとうございます。

統合作業の前に、対象となる 2 つのアカウントを特定する必要がございます。
お手数ですが、それぞれのアカウントについて以下をご返信ください。

 - AWS 候補者 ID(AWS から始まる番号)
 - サインインに使用しているメールアドレス
 - 統合後に残すアカウントはどちらか

よろしくお願いいたします。

吉岡
AWS Training and Certification Customer Support

${sfRef('Tk21Ya')}

${sfHist(`石川 拓海 <${TAKUMI.src}>`, '2026-01-20 06:40', FORM_BARE, '認定アカウントの一本化', takumiReq)}`,
  }),
  mk({
    slug: 'ja-info-which-to-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'asks which address survives the merge, phrased as a hope rather than a request word',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-05 01:40:02'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `岡田様

ご連絡ありがとうございます。AWS 認定サポートの森田でございます。

頂戴した 2 件の候補者 ID(${MARIKO.keepId}、${MARIKO.srcId})はいずれも有効な合格履歴をお持ちでした。
統合後はどちらか一方のアカウントのみが残り、もう一方にはサインインできなくなります。
残す側のメールアドレスを、本メールへの返信でお知らせいただけますと幸いです。

森田
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-confirm-address',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.ryo,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-02-27 04:55:31'),
    auth: 'pass',
    enc: 'jisb64',
    text: `西村様

お待たせいたしました。

フォームに記載いただいたアドレス(${RYO.keep})と、認定アカウントに登録されているアドレスが一致しておりません。
統合先としてご利用になる正しいメールアドレスをご確認のうえ、お知らせください。
あわせて、旧アカウント側の候補者 ID がお分かりでしたらご記入ください。

AWS Training and Certification Support
${sfRef('Ry27Cf')}`,
  }),
  mk({
    slug: 'ja-info-partner-relay',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.aya,
    note: 'reseller desk relays AWS\'s request for both candidate IDs and asks the user to send them; untrusted partner sender',
    from: SORA,
    to: AYA.keep,
    cc: AYA.src,
    subject: `[ソラリンク] FW: ${formSubj(CASE.aya)}`,
    date: jst('2026-02-10 11:20:48'),
    auth: 'pass',
    enc: 'jis7',
    text: `各位

お疲れ様です。パートナーサポートデスクの宮下です。
森本様のアカウント統合の件、AWS から追加情報の依頼が届きました(英文、下記転送)。

■要約
・統合元/統合先それぞれの候補者 ID とサインイン用メールアドレスを知らせてほしい
・どちらのアカウントを残すか明記してほしい

森本様、お手数ですが上記をこのメールへの返信でお送りください。
弊社から AWS へまとめて回答いたします。

${FOOTER_SORA}

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年2月10日(火) 10:58
Subject: ${formSubj(CASE.aya)}
To: <${SORA_BARE}>

Hello,

Thank you for contacting AWS Training and Certification.
To locate both profiles, please reply with the AWS Candidate ID and sign-in email
of each account, and tell us which one should remain after the merge.

Regards,
Nadia
AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-with-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.satoshi,
    note: 'asks the user to write from the kept address AND include the candidate IDs: information request',
    from: FORM,
    to: SATOSHI.src,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-14 05:31:12'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤原 聡 様

AWS トレーニングと認定サポートの大川です。

本人確認の都合上、統合後に残されるアカウントのメールアドレス(${SATOSHI.keep})から、
このケースにご返信いただく必要がございます。その際、両方のアカウントの候補者 ID も本文に記載してください。

なお、ケース ${CASE.satoshiDup} は同じご用件のため、こちらのケースにまとめて対応いたします。

大川

${quote(`${gmailJa('2026-01-14 11:00', `藤原 聡 <${SATOSHI.src}>`)}
統合をお願いします。至急対応いただけると助かります。

${SIG_SATOSHI_CORP}`)}`,
  }),
  mk({
    slug: 'ja-info-translated-summary',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'agent adds a Japanese summary above the English request for the source account e-mail and pass dates',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-22 07:12:09'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `【日本語要約】
お送りいただいた候補者 ID のうち ${TAKUMI.srcId} の登録メールアドレスが確認できませんでした。
旧アカウントの登録アドレスと、取得済み認定の名称・合格日(わかる範囲で)をお知らせください。

Hello Takumi,

Thank you for the details. We could not match ${TAKUMI.srcId} to the address you gave.
Could you reply with the email address registered on that profile, together with the
certification names and the dates you passed them (approximate dates are fine)?

Kind regards,
Yoshioka
AWS Training and Certification Customer Support
${sfRef('Tk22Tr')}`,
  }),
  mk({
    slug: 'ja-info-certlist-outlook',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'asks for the list of certifications on the old account; Outlook-style Japanese quote header below',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-06 02:08:40'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `岡田様

残すアカウントのご連絡、ありがとうございました。

照合のため、旧アカウント(${MARIKO.srcId})で取得された認定の名称と有効期限を
ご存じの範囲で教えていただけますでしょうか。証明書の PDF をお持ちであれば添付でも結構です。

森田

${outlookJa('2026-03-05 18:22', `岡田 真理子 <${MARIKO.keep}>`, FORM_BARE, formSubj(CASE.mariko))}

森田様
残すのは ${MARIKO.keep} の方でお願いします。
岡田`,
  }),
  mk({
    slug: 'ja-info-phish-password',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    caseId: '1790044581',
    note: 'phishing: asks for passwords of both accounts from aws-training-jp.com with no Authentication-Results at all',
    from: 'AWS Training and Certification <support@aws-training-jp.com>',
    to: SATOSHI.keep,
    subject: '[CASE 1790044581] 統合手続きのため追加情報をご提出ください',
    date: jst('2026-01-15 22:47:19'),
    auth: 'none',
    enc: 'utf8b64',
    text: `藤原様

アカウント統合を進めるにあたり、以下の情報が不足しております。
本日中に返信で送付してください。

・統合元アカウントのメールアドレスとパスワード
・統合先アカウントのメールアドレスとパスワード
・ご本人確認のため生年月日

期限を過ぎると認定資格が失効する場合があります。`,
  }),
  mk({
    slug: 'ja-info-second-round-mobile',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'second request after a short mobile reply omitted the old candidate ID',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-02-28 00:36:27'),
    auth: 'pass',
    enc: 'jis7',
    text: `西村様

ご返信ありがとうございます。
統合先のアドレスは承知しました。一方で旧アカウント側の候補者 ID が記載されておらず、
このままでは対象を特定できない状況です。旭クラウド在籍時のアドレス(${RYO.src})で
登録された ID を、お手すきの際にお送りくださいませ。

AWS 認定サポート 川口

${quote(`${gmailJa('2026-02-27 21:03', `西村 亮 <${RYO.keep}>`)}
このアドレスで大丈夫です。よろしくお願いします

iPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-info-case-in-body',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'request for the e-mail used at exam registration; case number only in the body (subject stripped by the user\'s mailer rule)',
    from: FORM,
    to: AYA.keep,
    subject: 'Re: 認定アカウント統合について',
    date: utc('2026-02-12 03:44:51'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `森本様

(ケース番号: ${CASE.aya})

ソラリンク様経由でいただいた情報を拝見しました。
統合元 ${AYA.srcId} について、試験を申し込んだ際に使われたメールアドレスが
現在の登録内容と異なるようです。受験当時のアドレスを覚えていらっしゃればご返信ください。

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-takumi-irreversible',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takumi,
    note: 'lists both accounts and asks for consent by reply; states the merge cannot be undone',
    from: FORM,
    to: TAKUMI.keep,
    subject: formSubj(CASE.takumi),
    date: utc('2026-01-23 01:05:36'),
    auth: 'pass',
    enc: 'jis7',
    text: `石川様

必要な情報をお送りいただき、ありがとうございました。下記の内容で統合を行う予定です。

  統合元: ${TAKUMI.srcId} (${TAKUMI.src})
  統合先: ${TAKUMI.keepId} (${TAKUMI.keep})

統合後に元へ戻すことはできません。また統合元アカウントは利用できなくなります。
この内容で進めてよろしいか、本メールへのご返信にてご承諾をお願いいたします。

吉岡
AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ja-conf-no-request-word',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.mariko,
    note: 'consent asked without the word 確認: "if this is fine, reply and we start"',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-07 05:19:03'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `岡田様

認定一覧のご提供ありがとうございます。照合が取れました。
${MARIKO.srcId} の履歴を ${MARIKO.keepId} に寄せる形になります。一度まとめたアカウントを再び分けることはできません。

差し支えなければ、その旨を一言ご返信いただければ、こちらで手続きに入ります。

森田`,
  }),
  mk({
    slug: 'ja-conf-partner-relay',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.aya,
    note: 'reseller desk relays AWS\'s final consent request and asks the user to approve; untrusted partner sender',
    from: SORA,
    to: AYA.keep,
    cc: '営業部 大森 <omori@soralink.example.co.jp>',
    subject: `【要返信】AWS認定アカウント統合の最終確認 (CASE ${CASE.aya})`,
    date: jst('2026-02-16 14:02:27'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `森本様
(CC: 大森)

お世話になっております。ソラリンクの宮下です。
AWS から、統合を実行してよいかの最終確認が届いております。

  統合元: ${AYA.srcId}(つばさソフト様アドレス)
  統合先: ${AYA.keepId}(個人アドレス)

AWS によると、実行後は取り消しができないとのことです。
上記で問題なければ、「承認します」とだけご返信ください。弊社から AWS に回答いたします。

${FOOTER_SORA}

-----Original Message-----
From: AWS Training and Certification <${FORM_BARE}>
Sent: Monday, February 16, 2026 1:30 PM
To: ${SORA_BARE}
Subject: ${formSubj(CASE.aya)}

Please confirm that you want us to merge ${AYA.srcId} into ${AYA.keepId}.
This action is permanent and cannot be reversed.`,
  }),
  mk({
    slug: 'ja-conf-bilingual',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.satoshi,
    note: 'Japanese consent request with the English original below it',
    from: FORM,
    to: SATOSHI.keep,
    subject: formSubj(CASE.satoshi),
    date: utc('2026-01-16 06:48:14'),
    auth: 'pass',
    enc: 'jisb64',
    text: `藤原様

残すアカウントのアドレスからのご返信、ありがとうございました。
旧アカウント ${SATOSHI.srcId} を ${SATOSHI.keepId} へ統合するにあたり、ご同意をいただけますでしょうか。
統合は不可逆です。同意いただける場合はその旨ご返信ください。

[English]
Before we merge ${SATOSHI.srcId} into ${SATOSHI.keepId}, we need your agreement.
The merge cannot be undone. Please reply to let us know that you agree.

大川 / Okawa`,
  }),
  mk({
    slug: 'ja-conf-html-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'multipart consent request with a table of both accounts',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-02 01:27:50'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `西村様

以下の 2 つのアカウントを統合します。

統合元 ${RYO.srcId} ${RYO.src}
統合先 ${RYO.keepId} ${RYO.keep}

実施前にご本人の同意が必要です。問題がなければ「統合に同意します」とご返信ください。
統合後の取り消しはできかねます。

川口`,
    html: htmlDoc(`<p>西村様</p><p>以下の 2 つのアカウントを統合します。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th></th><th>候補者 ID</th><th>メールアドレス</th></tr>
<tr><td>統合元</td><td>${RYO.srcId}</td><td>${RYO.src}</td></tr>
<tr><td>統合先</td><td>${RYO.keepId}</td><td>${RYO.keep}</td></tr></table>
<p>実施前にご本人の同意が必要です。問題がなければ「統合に同意します」とご返信ください。<br>統合後の取り消しはできかねます。</p><p>川口</p>`),
  }),
  mk({
    slug: 'ja-conf-dmarc-fail',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.mariko,
    note: 'consent request in the support format but dmarc=fail at the receiving server',
    from: FORM,
    to: MARIKO.keep,
    subject: formSubj(CASE.mariko),
    date: utc('2026-03-07 04:11:22'),
    auth: 'fail',
    enc: 'jis7',
    text: `岡田様

統合の準備が整いました。元に戻せない操作のため、実行してよいか確認させてください。
よろしければ下記リンクから承認をお願いします。
https://aws-merge-approval.example.net/approve?c=${CASE.mariko}`,
  }),
  mk({
    slug: 'ja-conf-restated-facts',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'restates IDs received on 2/13, then asks for consent; case number in the body and subject',
    from: FORM,
    to: AYA.keep,
    cc: SORA_BARE,
    subject: formSubj(CASE.aya),
    date: utc('2026-02-16 04:29:18'),
    auth: 'pass',
    enc: 'sjis8',
    text: `森本様 / ソラリンク 宮下様

2 月 13 日にいただいた情報(候補者 ID ${AYA.srcId}、${AYA.keepId})で双方のアカウントを特定できました。
合格済みの SAA と DVA は、統合後すべて ${AYA.keep} 側に表示される見込みです。

統合の実施はお客様ご本人の了承が前提となっております。
実行してよろしいか、ご本人から一言いただけますでしょうか。なお、実行後は元に戻せません。

AWS トレーニングと認定 / ケース ${CASE.aya}`,
  }),
  mk({
    slug: 'ja-conf-outlook-thread-footer',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takumi2,
    note: 'consent request on a second case, above the user\'s Outlook reply with a long corporate footer',
    from: FORM,
    to: TAKUMI.src,
    cc: TAKUMI.keep,
    subject: formSubj(CASE.takumi2),
    date: utc('2026-02-03 08:36:44'),
    auth: 'pass',
    enc: 'jis7',
    text: `石川様

追加で見つかった 3 つ目のアカウント(AWS55028193)についても、${TAKUMI.keepId} へ寄せる形でよろしいでしょうか。
こちらも実行すると元には戻せませんので、ご了承いただけるかご返信をお願いいたします。

AWS Training and Certification Customer Support

${outlookJa('2026-02-03 10:02', `石川 拓海 <${TAKUMI.src}>`, FORM_BARE, formSubj(CASE.takumi2), TAKUMI.keep)}

ご担当者様
学生時代に作ったと思われるアカウントがもう一つありました。ID は AWS55028193 です。
こちらもまとめていただけますか。

${SIG_TAKUMI_CORP}`,
  }),
  mk({
    slug: 'ja-conf-typo-dkim',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ryo,
    note: 'short consent request with typos (すすめて/でしょか), aligned DKIM only',
    from: FORM,
    to: RYO.keep,
    subject: formSubj(CASE.ryo),
    date: utc('2026-03-01 09:58:02'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `西村様

旧アカウント ${RYO.srcId} の情報ありがとうございます。
この2アカウントの統合をすすめてよろしいでしょか。統合後のとりけしは出来ません。
ご了承いただけましたら本メールにご返信ください。

川口`,
  }),
];

// keep the imports used
void HOKUTO_HD;
void DANIEL;
void FOOTER_HOKUTO;
void paras;
void AWS_FOOT_EN;
void gmailFwd;
