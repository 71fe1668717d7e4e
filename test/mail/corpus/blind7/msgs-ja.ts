// Japanese messages of held-out corpus f. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, COLLEAGUE, CREDLY_AWS, KEN, KEN_REQUEST_JA, MISAKI, MISAKI_REQUEST_JA, PORTAL, S, SHO, SHO_REQUEST_JA, SUPPORT, SUPPORT_JA,
  TEAM_LIST_JA, d, formSubject, gmailJa, htmlDoc, newSubject, notifyJa, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  S({
    slug: 'ja-ack-ken-form-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new form case; case ID in subject and body',
    to: kenTo, subject: newSubject(CASE.ken), date: d('2026-03-02 01:14:09'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下のケース番号でお問い合わせを受け付けました。

ケース番号: ${CASE.ken}

担当者より通常24時間以内にご連絡いたします。
なお、同じご依頼について新しいケースを作成されますと、お返事がかえって遅れる原因となります。追加のご連絡はこのメールへの返信でお願いいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  S({
    slug: 'ja-ack-misaki-notify-id-body', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'Support Center notice that a case was opened; ID only in the body',
    from: AWS_NOTIFY, to: misakiTo, subject: 'AWS サポート: 新しいケースが作成されました', date: d('2026-02-17 06:40:51'), enc: 'sjisb64',
    text: `お客様

サポートケースを作成いただきありがとうございます。

ケース ID: ${CASE.misaki}
件名: AWS 認定アカウントの統合について
カテゴリ: AWS トレーニングと認定 / アカウントに関するサポート

担当部署で内容を確認し、追ってご連絡いたします。ケースの状況はサポートセンターからいつでもご確認いただけます。

Amazon Web Services`,
  }),
  S({
    slug: 'ja-ack-sho-html-submitted-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt that lists the information provided (name, company, candidate ID): still the automatic receipt, not a request',
    to: shoTo, subject: newSubject(CASE.sho), date: d('2026-04-06 09:02:33'), enc: 'utf8b64',
    html: htmlDoc(`<p>${SHO.ja} 様</p>
<p>お問い合わせを承りました。ケース番号は <b>${CASE.sho}</b> です。</p>
<p>ご提供いただいた情報は以下のとおりです。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>お名前</td><td>${SHO.ja}</td></tr>
<tr><td>会社名</td><td>株式会社パートナー例</td></tr>
<tr><td>AWS 受験者 ID</td><td>${SHO.keepId}</td></tr>
<tr><td>お問い合わせ内容</td><td>認定アカウントの統合</td></tr>
</table>
<p>内容を確認のうえ、担当者よりご連絡差し上げます。しばらくお待ちください。</p>
<p>AWS Training and Certification</p>`),
  }),
  S({
    slug: 'ja-ack-sho2-juryo-short', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2,
    note: 'short receipt wording (受領いたしました) with case number',
    to: shoTo, subject: `[CASE ${CASE.sho2}] お問い合わせ受付のお知らせ`, date: d('2026-05-11 23:55:02'), enc: 'jisb64',
    text: `ご依頼を受領いたしました。
受付番号 ${CASE.sho2} にて対応いたします。
返信までしばらくお待ちください（通常1営業日以内）。

※本メールはシステムより自動送信されています。`,
  }),
  S({
    slug: 'ja-ack-no-auth-results', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'none',
    note: 'receipt text, but no Authentication-Results at all: untrusted',
    to: kenTo, subject: newSubject(CASE.ken), date: d('2026-03-02 01:15:40'), enc: 'utf8qp',
    text: `お問い合わせありがとうございます。
ケース ${CASE.ken} を作成しました。担当者からの連絡をお待ちください。

AWS トレーニングと認定`,
  }),
  S({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'receipt from a look-alike domain (aws-training-support.jp): untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp>', to: misakiTo, subject: newSubject(CASE.misaki), date: d('2026-02-17 07:03:12'), enc: 'jis7',
    text: `高橋 美咲 様

お問い合わせを受け付けました（ケース番号 ${CASE.misaki}）。
本人確認のため、下記リンクから24時間以内にサインインしてください。
https://aws-training-support.jp/signin

AWS トレーニングと認定`,
  }),
  S({
    slug: 'ja-ack-mixed-boilerplate-info-provided', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'receipt with English boilerplate; restates the fields the customer provided, asks nothing',
    to: misakiTo, subject: newSubject(CASE.misaki), date: d('2026-02-17 06:41:30'), enc: 'sjis8',
    text: `Thank you for contacting AWS Training and Certification.

高橋様

お問い合わせいただき、ありがとうございます。ケース ${CASE.misaki} として登録いたしました。
以下はお客様からご提供いただいた情報です:
  - お名前: ${MISAKI.ja}
  - 受験者 ID: ${MISAKI.keepId}
  - 連絡先メールアドレス: ${MISAKI.keep}

内容に誤りがあった場合も、新しいケースは作成せず、本メールにご返信ください。
通常、1～2営業日以内に担当者よりご案内いたします。

AWS Training and Certification Customer Support`,
  }),
  S({
    slug: 'ja-ack-notify-case-opened-wrap', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2,
    note: 'Support Center mail saying the case was opened and queued',
    from: AWS_NOTIFY, to: shoTo, subject: `AWS サポート [ケース ${CASE.sho2}] ケースを受け付けました`, date: d('2026-05-11 23:56:10'), enc: 'utf8qp',
    text: `お客様

AWS サポートセンターでケース ${CASE.sho2} が開かれました。
お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合

順番に対応しております。担当者が割り当てられ次第、メールでお知らせします。

https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.sho2}&language=ja

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  S({
    slug: 'ja-ai-generated-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: CASE.ken,
    note: 'generated answer pointing to the self-service merge tool in the profile',
    from: AWS_NOTIFY, to: kenTo, subject: `[CASE ${CASE.ken}] 生成 AI によるご案内`, date: d('2026-03-02 01:13:55'), enc: 'jis7',
    text: `このご案内は生成 AI によって作成されました。内容が正確でない場合があります。

認定アカウントが複数ある場合は、AWS 認定アカウントにサインインし、プロフィール画面の「アカウントの統合」からご自身で統合を行えることがあります。
両方のアカウントに認定履歴がある場合、このツールはご利用いただけませんので、その際はケースを作成してサポートにご依頼ください。

このご案内で解決しない場合は「ケースを作成」を選択してください。`,
  }),
  S({
    slug: 'ja-ai-after-merge-badges-explained', kind: 'ai_answer', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'automated answer explaining what happens after a merge (badges, benefits); stays ai_answer',
    from: AWS_NOTIFY, to: misakiTo, subject: `[CASE ${CASE.misaki}] 自動回答: 統合後のバッジについて`, date: d('2026-02-17 06:39:48'), enc: 'utf8qp',
    text: `※ Amazon Q による自動回答です

アカウントの統合が完了すると、統合元の認定資格と特典（次回受験用の50%割引など）は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで改めて受け取る必要がある場合があります。統合を先に済ませてから、Credly でバッジを申請するのがおすすめです。

この回答で解決しなかった場合は、サポートへのお問い合わせにお進みください。`,
  }),
  S({
    slug: 'ja-ai-faq-links-sjis', kind: 'ai_answer', lang: 'ja', caseId: CASE.sho,
    note: 'automatic reply listing FAQ articles before a human picks up',
    from: AWS_NOTIFY, to: shoTo, subject: `[CASE ${CASE.sho}] よくあるご質問のご案内`, date: d('2026-04-06 09:01:12'), enc: 'sjisb64',
    text: `自動でお送りしています。

お問い合わせ内容に関連しそうな記事をお送りします。
・認定アカウントを1つにまとめる方法
  https://aws.amazon.com/jp/certification/faqs/
・サインインに使うメールアドレスを変更したい
・Credly のバッジが表示されない

上記で解決しない場合、このままお待ちいただければ担当者が対応いたします。`,
  }),
  S({
    slug: 'ja-ai-suggested-answer-mixed', kind: 'ai_answer', lang: 'ja', caseId: CASE.sho2,
    note: 'English "Suggested answer" banner over a Japanese generated answer',
    from: AWS_NOTIFY, to: shoTo, subject: `Suggested answer for case ${CASE.sho2}`, date: d('2026-05-11 23:54:30'), enc: 'jisb64',
    text: `Suggested answer (generated by AI)

複数の認定アカウントをお持ちの場合、まずは統合先にしたいアカウントでサインインし、マイプロフィールの Merge Accounts から統合を試してください。
統合元のアカウントのメールアドレスとパスワードが必要です。
どちらのアカウントにも合格履歴があるとエラーになります。その場合はこのままケースを作成してください。

Was this helpful?  はい / いいえ`,
  }),
  S({
    slug: 'ja-ai-html-steps', kind: 'ai_answer', lang: 'ja', caseId: CASE.ken,
    note: 'HTML AI answer with numbered self-service steps',
    from: AWS_NOTIFY, to: kenTo, subject: `[CASE ${CASE.ken}] AI アシスタントからの回答`, date: d('2026-03-02 01:13:58'), enc: 'utf8b64',
    html: htmlDoc(`<p><i>この回答は AI アシスタントが生成したものです。</i></p>
<ol>
<li>統合先にしたいアカウントで aws.training にサインインします。</li>
<li>右上のプロフィールから「アカウントの統合」を開きます。</li>
<li>統合元アカウントの認証情報を入力して実行します。</li>
</ol>
<p>うまくいかない場合は、画面下の「ケースを作成」からお問い合わせください。</p>`),
  }),
  S({
    slug: 'ja-ai-dmarc-fail', kind: 'ai_answer', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'fail',
    note: 'AI-style answer but dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: misakiTo, subject: `[CASE ${CASE.misaki}] AI による回答`, date: d('2026-02-17 06:45:00'), enc: 'jis7',
    text: `AI が作成した回答です。
アカウント統合はプロフィール画面のツールで行えます。ツールが使えない場合は以下のフォームに受験者 ID とパスワードを入力してください。
https://aws-cert-merge.example-forms.net/`,
  }),
  S({
    slug: 'ja-ai-kaiketsu-button-8bit', kind: 'ai_answer', lang: 'ja', caseId: CASE.sho, crlf: false,
    note: 'automated answer with a "did this solve it" prompt; not a survey of a finished case',
    from: AWS_NOTIFY, to: shoTo, subject: `[CASE ${CASE.sho}] 自動回答`, date: d('2026-04-06 09:01:40'), enc: 'utf88bit',
    text: `自動回答です。

統合元アカウントに合格済みの認定がない場合は、セルフサービスのアカウント統合ツールをご利用いただけます。
合格履歴がある場合はサポートでの対応となります。

この回答で解決しましたか？
→ 解決した / 担当者に問い合わせる`,
  }),
  S({
    slug: 'ja-ai-dont-open-second-case', kind: 'ai_answer', lang: 'ja', caseId: CASE.ken,
    note: 'generated guidance (do not open a second case, use the tool); automated, not a human reply',
    from: AWS_NOTIFY, to: kenTo, subject: `[CASE ${CASE.ken}] 生成されたご案内`, date: d('2026-03-02 01:14:02'), enc: 'sjis8',
    text: `以下は、お問い合わせ内容をもとに自動生成されたご案内です。

・すでにケースを作成済みの場合、同じ内容で別のケースを作らないでください。
・統合先のアカウントからお問い合わせいただくと、手続きがスムーズです。
・両アカウントの受験者 ID を控えておいてください。

担当者の対応が必要な場合は、このまま返信をお待ちください。`,
  }),

  // ---------------- info_request ----------------
  S({
    slug: 'ja-info-both-ids-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks for both candidate IDs, both addresses and which account to keep',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-03 02:20:11'), enc: 'jis7',
    text: `中村様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの木村です。

アカウントの統合にあたり、以下をお知らせください。
1. 両方のアカウントの受験者 ID（AWS から始まる番号）
2. 各アカウントに登録されているメールアドレス
3. どちらのアカウントを残されるご希望か

よろしくお願いいたします。

木村
AWS Training and Certification Customer Support

${sfOriginal(KEN.keep, '2026/03/02 1:13', SUPPORT.replace(/^.*</, '').replace('>', ''), 'account-assistance', KEN_REQUEST_JA)}

${sfRef('Abc12')}`,
  }),
  S({
    slug: 'ja-info-gokakunin-kept-address', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"please check and tell us" the address to keep: asks for information, not consent',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-18 04:12:09'), enc: 'jisb64',
    text: `高橋様

ご連絡ありがとうございます。
統合後にサインイン用として残すメールアドレスについて、念のため ${MISAKI.keep} でよろしいか、ご確認のうえお知らせください。
また、旧アカウントの受験者 ID が分かりましたら併せてお送りいただけますと幸いです。

AWS トレーニングと認定 サポート 担当 森本

${gmailJa('2026年2月17日(火) 15:38', `${MISAKI.ja} <${MISAKI.keep}>`, MISAKI_REQUEST_JA)}`,
  }),
  S({
    slug: 'ja-info-phone-short-src-id', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'brief mobile-style ask for the source candidate ID',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-07 00:41:00'), enc: 'sjis8',
    text: `小林様
お手数ですが、統合元の受験者IDを教えていただけますか。届いたフォームに記載がありませんでした。
よろしくお願いします。

iPhoneから送信`,
  }),
  S({
    slug: 'ja-info-from-kept-address-plus-names', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks to write from the kept address AND to send the names registered on both accounts',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-04 05:30:44'), enc: 'utf8qp',
    text: `中村様

ご返信ありがとうございます。
恐れ入りますが、セキュリティ上の理由から、統合先として残すアカウント（${KEN.keep}）のアドレスからご返信いただき、その際に両アカウントに登録されている氏名（ローマ字表記）も記載してください。
氏名の表記が異なる場合、追加の確認が必要となることがあります。

木村`,
  }),
  S({
    slug: 'ja-info-html-screenshots', kind: 'info_request', lang: 'ja', caseId: CASE.sho2,
    note: 'asks for screenshots of the certification pages of both accounts',
    to: shoTo, subject: formSubject(CASE.sho2), date: d('2026-05-12 08:10:10'), enc: 'utf8b64',
    html: htmlDoc(`<div>小林様</div>
<div><br></div>
<div>お待たせいたしました。</div>
<div>統合作業の前に、両方のアカウントで「認定」ページを開いた画面のスクリーンショットを添付してご返信をお願いできますでしょうか。受験者 ID が写っている状態でお願いいたします。</div>
<div><br></div>
<div>AWS Training and Certification Support / 佐々木</div>
<div class="gmail_quote"><blockquote>${paras(SHO_REQUEST_JA)}</blockquote></div>`),
  }),
  S({
    slug: 'ja-info-top-post-romaji', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'top-posted follow-up asking one more item (romaji name on the old account)',
    to: misakiTo, subject: `RE: ${formSubject(CASE.misaki)}`, date: d('2026-02-19 01:02:17'), enc: 'jis7',
    text: `高橋様

もう一点だけ、統合元アカウントの氏名のローマ字表記をご教示ください。
そちらが分かり次第、手続きを進めます。

森本

${gmailJa('2026年2月18日(水) 18:30', `${MISAKI.ja} <${MISAKI.keep}>`, `森本様\n\n残すのは ${MISAKI.keep} で間違いありません。\n旧アカウントの受験者IDは ${MISAKI.srcId} です。\n\n高橋`)}`,
  }),
  S({
    slug: 'ja-info-forged-below-received', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'forgedBelow',
    note: 'info request text, but the dmarc=pass header sits below the server Received line (forged): untrusted',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-03 11:11:11'), enc: 'jis7',
    text: `中村様
統合のため、両アカウントのパスワードと受験者IDをご返信ください。
AWSサポート`,
  }),
  S({
    slug: 'ja-info-outlook-same-id-resend', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'the ID sent was the kept one; asks to resend the source ID (Outlook quote below)',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-08 03:25:00'), enc: 'utf8qp',
    text: `小林様

ご返信ありがとうございます。
いただいた ID ${SHO.keepId} は統合先と同じ ID のようです。恐れ入りますが、統合元の ID を改めてお送りいただけますでしょうか。

佐々木

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年4月7日 21:04', SUPPORT_JA.replace(/^.*</, '').replace('>', ''), formSubject(CASE.sho), `佐々木様\n\n統合元のIDは ${SHO.keepId} です。\nよろしくお願いします。\n\n小林`)}`,
  }),

  // ---------------- confirmation_request ----------------
  S({
    slug: 'ja-conf-torikeshi-dekimasen', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks the customer to agree by reply; warns it cannot be undone',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-05 02:44:10'), enc: 'jis7',
    text: `中村様

情報のご提供ありがとうございました。以下の内容で統合の準備が整いました。

  統合先: ${KEN.keepId}（${KEN.keep}）
  統合元: ${KEN.srcId}（${KEN.src}）

統合は一度実施すると取り消しできません。
上記の内容で進めてよろしければ、このメールにご返信ください。ご返信をもって手続きを開始いたします。

木村`,
  }),
  S({
    slug: 'ja-conf-douishimasu-reply', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks for the reply "同意します" before merging, irreversible',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-20 05:10:00'), enc: 'sjisb64',
    text: `高橋様

お待たせいたしました。
統合後は元の状態に戻すことができないため、念のためお客様のご意思を確認させてください。
問題がなければ「同意します」とだけご返信ください。

  残るアカウント: ${MISAKI.keepId}
  統合されるアカウント: ${MISAKI.srcId}

森本`,
  }),
  S({
    slug: 'ja-conf-mixed-i-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'mixed-language template asking for "I agree" consent',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-09 01:00:00'), enc: 'utf8qp',
    text: `小林様

To proceed, please reply with "I agree" to this email.
手続きを進めるため、このメールに「I agree」とご返信ください。

Once processed, this action cannot be reversed. / 処理後は元に戻せません。

Target account: ${SHO.keepId}
Source account: ${SHO.srcId}

AWS Training and Certification`,
  }),
  S({
    slug: 'ja-conf-ids-between-words', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'consent question with the IDs between the meaning words (ご承諾いただけますか)',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-20 05:12:40'), enc: 'jisb64',
    text: `高橋様

${MISAKI.srcId}（旧勤務先のアドレス）にある SAA と DVA の認定履歴を、${MISAKI.keepId} のほうへ移し、旧アカウントは無効化する、という手順について、ご承諾いただけますでしょうか。
この操作は後から戻せませんので、ご承諾の旨をご返信いただいてから作業いたします。

森本`,
  }),
  S({
    slug: 'ja-conf-html-shonin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho2,
    note: 'HTML mail asking for approval (承認) by reply',
    to: shoTo, subject: formSubject(CASE.sho2), date: d('2026-05-13 02:02:02'), enc: 'utf8b64',
    html: htmlDoc(`<p>小林様</p>
<p>スクリーンショットのご送付ありがとうございました。下記のとおり処理いたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>残すアカウント</th><td>${SHO.keepId} / ${SHO.keep}</td></tr>
<tr><th>まとめるアカウント</th><td>${SHO.srcId} / ${SHO.src}</td></tr>
</table>
<p><b>ご注意:</b> 処理後に元の2アカウントへ戻すことはできません。</p>
<p>ご承認いただける場合は、このメールに「承認します」とご返信ください。</p>
<p>佐々木</p>`),
  }),
  S({
    slug: 'ja-conf-short-mondainakereba', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'short ask: if OK, reply and we proceed; cannot be reverted',
    to: kenTo, subject: `Re: ${formSubject(CASE.ken)}`, date: d('2026-03-05 09:31:12'), enc: 'jis7',
    text: `中村様
上記で問題なければ、その旨ご返信いただければ進めます。なお一度まとめると戻せませんのでご留意ください。
木村`,
  }),
  S({
    slug: 'ja-conf-no-auth-8bit', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'none',
    note: 'consent request text, but no Authentication-Results: untrusted',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-20 06:00:00'), enc: 'utf88bit',
    text: `高橋様
アカウント統合は取り消せません。進めてよいかご返信ください。
サポート`,
  }),
  S({
    slug: 'ja-conf-resent-oldcorp', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, forUser: false,
    note: 'consent request sent to the old corporate address and redirected (Resent-*): not delivered to the user as such',
    to: `${KEN.ja} <${KEN.src}>`, subject: formSubject(CASE.ken), date: d('2026-03-05 02:45:00'), enc: 'sjis8',
    resent: { from: 'postmaster@corp-b.example.co.jp', to: KEN.keep, date: d('2026-03-05 11:50:00', '+0900') },
    text: `中村様

統合元アドレス宛にもお送りしております。
統合の実施について、ご同意いただけるかどうかご返信をお願いいたします。統合後は元に戻せません。

木村`,
  }),
  S({
    slug: 'ja-conf-saishu-kakunin-sf', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'final check before processing; asks to reply to proceed (Salesforce quote below)',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-09 07:20:00'), enc: 'jis7',
    text: `小林様

ご返信ありがとうございます。ID を確認できました。
最終確認となります。統合元 ${SHO.srcId} を統合先 ${SHO.keepId} に結合してよろしいでしょうか。処理後の取り消しはできかねます。
よろしければ本メールへの返信でお知らせください。

佐々木

${sfOriginal(SHO.keep, '2026/04/08 22:11', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.sho), `統合元のIDは ${SHO.srcId} でした。失礼しました。`)}

${sfRef('Qr88x')}`,
  }),

  // ---------------- merge_completed ----------------
  S({
    slug: 'ja-merge-kanryo-itashimashita', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support says the merge is done',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-06 00:15:30'), enc: 'jis7',
    text: `中村様

ご返信ありがとうございました。
アカウントの統合が完了いたしました。今後は ${KEN.keep} でサインインしてください。
旧アカウントの認定資格、受験履歴、特典は統合先に表示されております。

木村

${gmailJa('2026年3月5日(木) 19:02', `${KEN.ja} <${KEN.keep}>`, '同意します。よろしくお願いします。')}`,
  }),
  S({
    slug: 'ja-merge-hitotsu-ni-matomemashita', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'completion worded as "combined the two accounts into one"',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-23 03:40:00'), enc: 'sjisb64',
    text: `高橋様

お待たせしました。ご依頼の2つのアカウントを1つにまとめました。
SAA、DVA、CLF の3つの認定が ${MISAKI.keepId} に表示されていることをご確認ください。

森本`,
  }),
  S({
    slug: 'ja-merge-iko-sagyo-jisshi-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'transfer performed; "please sign in and check" stays merge_completed',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-10 05:05:05'), enc: 'utf8qp',
    text: `小林様

${SHO.keepId} への認定資格の移行作業を本日実施しました。お手数ですが、サインインして内容に相違がないかご確認ください。
不足があればこのメールにご返信ください。

佐々木`,
  }),
  S({
    slug: 'ja-merge-and-will-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho2,
    note: 'merge done and the case will now close: the new fact is the merge',
    to: shoTo, subject: formSubject(CASE.sho2), date: d('2026-05-14 01:33:00'), enc: 'jisb64',
    text: `小林様

承認のご連絡ありがとうございました。統合処理が完了しましたので、本ケースはこれでクローズいたします。
ほかにご不明な点がございましたら、新しくお問い合わせください。

佐々木`,
  }),
  S({
    slug: 'ja-merge-portal-html-no-case', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice that the accounts were merged; no case ID',
    from: PORTAL, to: kenTo, subject: 'AWS 認定: アカウントが統合されました', date: d('2026-03-06 00:20:00'), enc: 'utf8b64',
    html: htmlDoc(`<h2>アカウントが統合されました</h2>
<p>${KEN.ja} 様</p>
<p>お客様の AWS 認定アカウントは統合されました。認定資格、試験履歴および特典は、現在ご利用中のアカウントでご確認いただけます。</p>
<p><a href="https://www.aws.training/Certification">AWS 認定アカウントにサインイン</a></p>
<p style="color:#888">このメールは送信専用です。</p>`),
  }),
  S({
    slug: 'ja-merge-lookalike-support-net', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'merge-done text from a look-alike domain (amazon.co.jp.support-center.net): untrusted',
    from: 'AWS トレーニングと認定 <notice@amazon.co.jp.support-center.net>', to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-22 12:00:00'), enc: 'jis7',
    text: `高橋様
アカウントの統合が完了しました。特典を有効にするには、以下からカード情報をご登録ください。
https://amazon.co.jp.support-center.net/benefit`,
  }),
  S({
    slug: 'ja-merge-mobile-togozumi-lf', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, crlf: false,
    note: 'very short phone reply: already merged, please check',
    to: kenTo, subject: `Re: ${formSubject(CASE.ken)}`, date: d('2026-03-06 00:12:00'), enc: 'utf88bit',
    text: `中村様
統合済みです。ご確認ください。
木村（モバイルから送信）`,
  }),
  S({
    slug: 'ja-merge-sjis-outlook-owarimashita', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'reports the merge processing finished today; Outlook quote of the consent',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-23 03:41:00'), enc: 'sjis8',
    text: `高橋様

本日、統合処理が終わりましたのでご報告いたします。旧アカウントではサインインできなくなっております。

森本

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年2月20日 14:22', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misaki), '森本様\n\n同意します。\nよろしくお願いいたします。\n\n高橋 美咲')}`,
  }),

  // ---------------- badges_transferred ----------------
  S({
    slug: 'ja-badge-credly-aws-hakko', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "AWS's badge issued via Credly to the kept address",
    from: CREDLY_AWS, to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-07 04:10:00'), enc: 'jis7',
    text: `${KEN.ja} 様

Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Solutions Architect - Associate

下のボタンからバッジを受け取り、LinkedIn などで共有できます。

[バッジを入手する]
https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
  }),
  S({
    slug: 'ja-badge-credly-three-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "three AWS badges via Credly (plural), HTML",
    from: CREDLY_AWS, to: misakiTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ（3件）', date: d('2026-02-24 10:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>${MISAKI.ja} 様</p>
<p>Amazon Web Services Training and Certification から 3 件のバッジが届いています。</p>
<ul>
<li>AWS Certified Solutions Architect - Associate</li>
<li>AWS Certified Developer - Associate</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  S({
    slug: 'ja-badge-support-moved-credly', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support says the Credly badges were moved to the kept account',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-13 02:00:00'), enc: 'sjisb64',
    text: `小林様

ご連絡ありがとうございます。Credly のバッジについて確認いたしました。
統合元に残っていたバッジを、統合先アカウント（${SHO.keep}）へ移しました。Credly にサインインのうえ表示をご確認ください。

佐々木

${gmailJa('2026年4月11日(土) 9:15', `${SHO.ja} <${SHO.keep}>`, '統合ありがとうございました。ただ、Credly のバッジが旧アドレスのままのようです。')}`,
  }),
  S({
    slug: 'ja-badge-support-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support re-issued the badges to the kept address (Credly notice will follow)',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-09 06:30:00'), enc: 'utf8qp',
    text: `中村様

デジタルバッジを ${KEN.keep} 宛てに再発行しました。
Credly から「バッジ発行のお知らせ」が届きますので、メール内のボタンから受け取ってください。

木村`,
  }),
  S({
    slug: 'ja-badge-support-moved-and-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'badges moved and the case is closing: badges_transferred',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-26 01:20:00'), enc: 'jisb64',
    text: `高橋様

バッジの件、Credly 側で統合先アカウントへの付け替えが済みました。3つとも表示されるはずです。
これにて本件はクローズとさせていただきます。ありがとうございました。

森本`,
  }),
  S({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'Credly-style AWS badge mail from a look-alike domain (credly-badges.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.com>', to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-07 05:00:00'), enc: 'jis7',
    text: `中村 健一 様
バッジが発行されました。受け取るには下記からサインインしてください。
[バッジを入手する] https://credly-badges.com/accept`,
  }),
  S({
    slug: 'ja-badge-credly-resent-oldcorp', kind: 'badges_transferred', lang: 'ja', caseId: null, forUser: false,
    note: "AWS badge via Credly that reached the old address and was redirected (Resent-*)",
    from: CREDLY_AWS, to: `${SHO.ja} <${SHO.src}>`, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-04-13 03:00:00'), enc: 'utf8qp',
    resent: { from: 'mail-admin@partner.example.jp', to: SHO.keep, date: d('2026-04-13 12:40:00', '+0900') },
    text: `${SHO.ja} 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。
  AWS Certified SysOps Administrator - Associate

[バッジを入手する]`,
  }),

  // ---------------- case_closed ----------------
  S({
    slug: 'ja-closed-notify-kaiketsuzumi', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'Support Center: case resolved and closed',
    from: AWS_NOTIFY, to: kenTo, subject: `AWS サポート: ケース ${CASE.ken} はクローズされました`, date: d('2026-03-12 00:00:00'), enc: 'jis7',
    text: `お客様

サポートケース ${CASE.ken} は解決済みとしてクローズされました。
追加のご質問がある場合は、14日以内であればサポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  S({
    slug: 'ja-closed-auto-three-days', kind: 'case_closed', lang: 'ja', caseId: CASE.sho2,
    note: 'reminder: the case will close automatically in 3 days without a reply',
    to: shoTo, subject: formSubject(CASE.sho2), date: d('2026-05-18 02:00:00'), enc: 'sjis8',
    text: `小林様

先日お送りした件について、その後いかがでしょうか。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。引き続き対応が必要な場合はこのメールにご返信ください。

AWS トレーニングと認定`,
  }),
  S({
    slug: 'ja-closed-restates-last-week-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'closing notice that only restates the merge done last week',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-03-02 02:00:00'), enc: 'utf8qp',
    text: `高橋様

先週ご報告のとおり、アカウントの統合は完了しております。その後ご連絡がございませんので、本件はこれにてクローズいたします。

森本`,
  }),
  S({
    slug: 'ja-closed-kaiketsu-shuryo', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'closing as resolved (解決したものとして終了)',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-20 01:00:00'), enc: 'jisb64',
    text: `小林様

バッジの表示もご確認いただけたとのこと、承知いたしました。本件は解決したものとして終了させていただきます。
ご利用ありがとうございました。

佐々木`,
  }),
  S({
    slug: 'ja-closed-html-notify', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML Support Center notice: case status resolved',
    from: AWS_NOTIFY, to: misakiTo, subject: `ケース ${CASE.misaki} のステータスが「解決済み」になりました`, date: d('2026-03-02 02:05:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>お客様</p>
<table border="0" cellpadding="3">
<tr><td>ケース ID</td><td>${CASE.misaki}</td></tr>
<tr><td>ステータス</td><td>解決済み</td></tr>
<tr><td>件名</td><td>AWS 認定アカウントの統合について</td></tr>
</table>
<p>このケースはクローズされました。<a href="https://support.console.aws.amazon.com/support/home">サポートセンター</a>で履歴をご確認いただけます。</p>`),
  }),
  S({
    slug: 'ja-closed-no-reply-reopen', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'closed for lack of reply; reply to reopen',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-20 01:00:00'), enc: 'jis7',
    text: `中村様

前回のご連絡以降、ご返信が確認できなかったため、ケースをクローズしました。
再開をご希望の場合は、本メールにそのままご返信ください。

AWS トレーニングと認定 サポート`,
  }),
  S({
    slug: 'ja-closed-misaligned-dkim', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trusted: false, auth: 'misaligned',
    note: 'closing text, but DKIM is for another domain and dmarc=fail: untrusted',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-21 00:00:00'), enc: 'utf88bit',
    text: `小林様
本ケースはクローズされました。満足度アンケートにご協力ください。
https://survey-aws-feedback.example.net/`,
  }),
  S({
    slug: 'ja-closed-duplicate-case-merged', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup, trap: true,
    note: 'duplicate *cases* merged, this case closed: not the account merge',
    to: kenTo, subject: formSubject(CASE.kenDup), date: d('2026-03-03 02:30:00'), enc: 'sjisb64',
    text: `中村様

同じ内容のお問い合わせが2件作成されておりましたので、ケース ${CASE.ken} に統合いたしました。
こちらのケース ${CASE.kenDup} はこれで終了とし、以降のやり取りは ${CASE.ken} にてお願いいたします。

AWS トレーニングと認定`,
  }),
  S({
    slug: 'ja-closed-addressed-colleague', kind: 'case_closed', lang: 'ja', caseId: '1779410023', forUser: false,
    note: "closing notice for a colleague's own case, addressed to the colleague only",
    to: COLLEAGUE, subject: formSubject('1779410023'), date: d('2026-03-10 01:00:00'), enc: 'jis7',
    text: `田中様

ご返信がなかったため、本ケースはクローズいたしました。必要に応じて本メールへ返信して再開してください。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  S({
    slug: 'ja-reply-kakunin-hikitsugi', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for the consent, handed to the team: status, not the merge itself',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-05 10:05:00'), enc: 'jis7',
    text: `中村様

ご同意のご連絡、確認いたしました。担当チームへ引き継ぎましたので、完了まで数日お待ちください。

木村`,
  }),
  S({
    slug: 'ja-reply-kanryo-shimashitara', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'future: "when the merge is complete we will contact you"',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-21 01:00:00'), enc: 'sjisb64',
    text: `高橋様

承知いたしました。現在、担当部署にて作業を進めております。
統合が完了しましたら、改めてこちらからご連絡いたします。

森本`,
  }),
  S({
    slug: 'ja-reply-mada-kanryo-shite-orazu', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'negated: the merge has not been completed yet',
    to: shoTo, subject: formSubject(CASE.sho), date: d('2026-04-09 23:00:00'), enc: 'utf8qp',
    text: `小林様

お問い合わせの件ですが、現時点ではまだ統合は完了しておりません。システム側の処理待ちとなっておりますので、もうしばらくお待ちいただけますと幸いです。

佐々木

${gmailJa('2026年4月10日(金) 7:48', `${SHO.ja} <${SHO.keep}>`, 'その後いかがでしょうか。まだ旧アカウントでログインできてしまいます。')}`,
  }),
  S({
    slug: 'ja-reply-write-from-kept-address', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: '"please write again from the address you keep" without asking for any data',
    to: `${KEN.ja} <${KEN.src}>`, subject: formSubject(CASE.ken), date: d('2026-03-02 23:40:00'), enc: 'jisb64',
    text: `中村様

お問い合わせありがとうございます。
恐れ入りますが、統合先として残すアカウントのメールアドレスから、本件について改めてご連絡いただけますでしょうか。
そちらからのご連絡を確認でき次第、対応を進めます。

木村`,
  }),
  S({
    slug: 'ja-reply-duplicate-cases-combined', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'tells that a duplicate case was merged into this one (cases, not accounts); subject case ID used',
    to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-03 02:31:00'), enc: 'utf8b64',
    text: `中村様

同じご依頼でケースが2件作成されていたため、ケース ${CASE.kenDup} をこちらのケースにまとめました。
今後はこちらのメールにご返信ください。内容は確認中です。

木村`,
  }),
  S({
    slug: 'ja-reply-exam-scheduled-later', kind: 'support_reply', lang: 'ja', caseId: CASE.sho2, trap: true,
    note: 'explains the merge will be done after a scheduled exam: future, no request',
    to: shoTo, subject: formSubject(CASE.sho2), date: d('2026-05-12 04:00:00'), enc: 'jis7',
    text: `小林様

確認したところ、統合元のアカウントに5月20日の試験予約が入っております。
予約中の試験がある状態では統合できないため、受験後に統合作業を行います。受験が終わりましたら、こちらで状況を確認して進めますので、特にご対応は不要です。

佐々木`,
  }),
  S({
    slug: 'ja-reply-escalated-8bit', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'escalation status update',
    to: misakiTo, subject: formSubject(CASE.misaki), date: d('2026-02-19 08:00:00'), enc: 'utf88bit',
    text: `高橋様

お待たせしております。本件は社内の専門チームにエスカレーションいたしました。
3〜5営業日ほどお時間をいただく見込みです。進捗があり次第ご連絡します。

森本`,
  }),
  S({
    slug: 'ja-reply-lookalike-sjis', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'status reply from a look-alike domain (aws-trainingcertification.support): untrusted',
    from: 'AWS Training and Certification <case@aws-trainingcertification.support>', to: kenTo, subject: formSubject(CASE.ken), date: d('2026-03-04 12:00:00'), enc: 'sjis8',
    text: `中村様
ただいま対応中です。進捗はこちらのページでご確認いただけます。
https://aws-trainingcertification.support/status`,
  }),

  // ---------------- unrelated ----------------
  S({
    slug: 'ja-unrel-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: 'AWS サポート アンケート <aws-support-survey@amazon.com>', to: kenTo, subject: 'AWS サポートについてのアンケートのお願い', date: d('2026-03-12 03:00:00'), enc: 'jis7',
    text: `お客様

先日はケース ${CASE.ken} にてお問い合わせいただきありがとうございました。
今回のお問い合わせで問題は解決しましたか？ 1分程度のアンケートにご協力ください。
https://amazon.qualtrics.example/jfe/form/SV_aws

Amazon Web Services`,
  }),
  S({
    slug: 'ja-unrel-microsoft-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: misakiTo, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-02-25 09:00:00'), enc: 'utf8b64',
    html: htmlDoc(`<p>${MISAKI.ja} 様</p>
<p>Microsoft から新しいバッジが発行されました。</p>
<p><b>Microsoft Certified: Azure Fundamentals</b></p>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`),
  }),
  S({
    slug: 'ja-unrel-own-forward-memo', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trusted: false, trap: true,
    note: "the user's own forward of the consent request to their other address",
    from: `${SHO.ja} <${SHO.src}>`, to: shoTo, subject: `Fw: ${formSubject(CASE.sho)}`, date: d('2026-04-09 18:00:00', '+0900'), enc: 'sjisb64', relay: 'mail.partner.example.jp',
    text: `自分用メモ。帰宅後に返信する。

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 9, 2026 4:20 PM
Subject: ${formSubject(CASE.sho)}

小林様
最終確認となります。統合してよろしいでしょうか。`,
  }),
  S({
    slug: 'ja-unrel-oldcorp-taishoku-autoreply', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: "old company's automatic reply (address no longer valid)",
    from: 'oldcorp2 自動応答 <no-reply@oldcorp2.example.com>', to: misakiTo, subject: `自動応答: ${formSubject(CASE.misaki)}`, date: d('2026-02-18 04:13:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールアドレス（takahashi.m@oldcorp2.example.com）は退職に伴い利用を停止しております。
お手数ですが、今後のご連絡は担当部署までお願いいたします。

本メールは自動送信です。`,
  }),
  S({
    slug: 'ja-unrel-summit-registration', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event registration completed notice (marketing)',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: kenTo, subject: 'AWS Summit Japan 参加登録完了のお知らせ', date: d('2026-05-01 01:00:00'), enc: 'utf8qp',
    text: `${KEN.ja} 様

AWS Summit Japan への参加登録が完了しました。
当日は受付で以下の QR コードをご提示ください。
認定資格保有者向けラウンジもご利用いただけます（受付で認定の確認をいたします）。

AWS Summit Japan 事務局`,
  }),
  S({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice from the portal (passed); not part of the merge',
    from: PORTAL, to: shoTo, subject: 'AWS 認定試験の結果が確定しました', date: d('2026-05-21 05:00:00'), enc: 'jisb64',
    text: `${SHO.ja} 様

おめでとうございます。AWS Certified Solutions Architect - Professional に合格されました。
認定アカウントにサインインして、スコアレポートと特典をご確認ください。
デジタルバッジは数日以内に Credly からお送りします。

AWS トレーニングと認定`,
  }),
  S({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, crlf: false,
    note: "Credly's own account-merge verification code mail",
    from: 'Credly <admin@credly.com>', to: kenTo, subject: 'Credly アカウント統合の確認コード', date: d('2026-03-08 11:00:00'), enc: 'utf88bit',
    text: `Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して統合を完了してください。

確認コード: 482913

お心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  S({
    slug: 'ja-unrel-pearson-yoyaku', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation; sender outside the trusted domains',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: shoTo, subject: '試験予約の確認', date: d('2026-05-02 06:00:00'), enc: 'sjis8',
    text: `${SHO.ja} 様

以下の試験のご予約が確定しました。
  試験: AWS Certified Solutions Architect - Professional
  日時: 2026年5月20日 10:00
  会場: オンライン監督

予約内容の変更は受験の24時間前まで可能です。`,
  }),
  S({
    slug: 'ja-unrel-own-reply-doui', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, trap: true,
    note: "the user's own consent reply to support, copied to themselves",
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: misakiTo, rcpt: MISAKI.keep,
    subject: formSubject(CASE.misaki), date: d('2026-02-20 14:22:00', '+0900'), enc: 'jis7', relay: 'mail.example.ne.jp',
    text: `森本様

同意します。
統合の手続きを進めてください。

高橋 美咲

${quote(`高橋様\n統合後は元の状態に戻すことができないため...\n問題がなければ「同意します」とだけご返信ください。`)}`,
  }),
];

// silence unused import lint in some toolchains
void SUPPORT; void TEAM_LIST_JA;
