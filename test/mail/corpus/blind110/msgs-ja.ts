// Japanese messages of the de set: forms, questionnaires and filled-in replies, next to plain prose.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, SUPPORT, TARO, formSubject, gmailJa, mk, outlookJa, paras, quote, sfOriginal, sfRef } from './common.js';

const T = CASE.taro;
const H = CASE.hanako;
const H2 = CASE.hanako2;
const T2 = CASE.taro2;
const HANAKO_TO = `${HANAKO.ja} <${HANAKO.keep}>`;
const TARO_TO = `${TARO.ja} <${TARO.keep}>`;

const FORM_Q_T = `【ご記入欄】
1. 残すアカウントの認定ID（AWSで始まる番号）: ____________
2. 残すアカウントのログインメールアドレス: ____________
3. 統合元アカウントの認定ID: ____________
4. 統合元アカウントのログインメールアドレス: ____________
5. 受験時の氏名（ローマ字）: ____________`;

const FILLED_T = `【ご記入欄】
1. 残すアカウントの認定ID（AWSで始まる番号）: ${TARO.keepId}
2. 残すアカウントのログインメールアドレス: ${TARO.keep}
3. 統合元アカウントの認定ID: ${TARO.srcId}
4. 統合元アカウントのログインメールアドレス: ${TARO.src}
5. 受験時の氏名（ローマ字）: TARO YAMADA`;

const FILLED_H_PART = `■ 残す側のアカウント
  認定ID: ${HANAKO.keepId}
  メール: ${HANAKO.keep}
■ まとめる側のアカウント
  認定ID: （わかりません）
  メール: ${HANAKO.src}`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-form-receipt-fields', kind: 'acknowledgement', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-02 10:14:08', tz: '+0900',
    from: AWS_NOTIFY, to: TARO_TO,
    subject: `お問い合わせを受け付けました [ケース ID: ${T}]`,
    note: 'automatic receipt laid out as the submitted web form, case ID in subject',
    text: `このメールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID ${T} にて担当者が内容を確認いたします。

―― 送信いただいたフォームの内容 ――
お問い合わせの種類 : AWS トレーニングと認定
カテゴリ           : アカウント統合
お名前             : 山田 太郎
会社名             : Example Corp
認定ID             : ${TARO.keepId}
詳細               : 退職のため、個人のアカウントに資格をまとめたい
――――――――――――――――――――

同じ内容で新しいケースを作成されますと、回答が遅れる場合がございます。
追加の情報はこのメールへの返信でお送りください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-short-sjis', kind: 'acknowledgement', lang: 'ja', caseId: H, enc: 'sjis8', at: '2026-02-10 21:03:44', tz: '+0900',
    from: AWS_NOTIFY, to: HANAKO_TO,
    subject: `[ケース ${H}] サポートケースが作成されました`,
    note: 'bare receipt of a newly created case; no topic, read as what it looks like',
    text: `佐藤 花子 様

サポートケース ${H} が作成されました。
受付日時: 2026/02/10 21:03 (JST)
重要度: 一般的な質問
状況: 担当者の割り当て待ち

このケースの状況はサポートセンターからいつでもご確認いただけます。

アマゾン ウェブ サービス ジャパン`,
  }),
  mk({
    slug: 'ja-ack-html-table', kind: 'acknowledgement', lang: 'ja', caseId: T2, enc: 'utf8b64', at: '2026-05-19 08:41:10', tz: '+0000',
    from: SUPPORT, to: TARO.src,
    subject: `[CASE ${T2}] AWS Training and Certification フォーム送信の受付`,
    note: 'HTML-only receipt showing the submitted form as a table, case ID in subject and body',
    html: `<html><body><p>山田 様</p>
<p>フォームの送信ありがとうございました。以下の内容でケースを登録しました（ケース番号 ${T2}）。</p>
<table border="1" cellpadding="4">
<tr><th>項目</th><th>入力内容</th></tr>
<tr><td>問い合わせ区分</td><td>アカウント関連</td></tr>
<tr><td>サブカテゴリ</td><td>アカウントのマージ</td></tr>
<tr><td>候補者ID</td><td>${TARO.srcId}</td></tr>
<tr><td>添付ファイル</td><td>なし</td></tr>
</table>
<p>通常 1 ～ 2 営業日以内に担当よりご連絡いたします。</p>
<p>AWS Training and Certification カスタマーサービス</p></body></html>`.replace('～', 'から'),
  }),
  mk({
    slug: 'ja-ack-multipart-jisb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanakoDup, enc: 'jisb64', at: '2026-02-11 07:55:31', tz: '+0900',
    from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `ケース ${CASE.hanakoDup} を受け付けました`,
    note: 'receipt of a second case with a status block; no topic stated',
    text: `お問い合わせいただきありがとうございます。

  ケース番号 : ${CASE.hanakoDup}
  件名       : 認定アカウントについて
  受付状況   : 受付済み

担当者からの返信をお待ちください。返信はこのメールアドレス宛にお届けします。`,
  }),
  mk({
    slug: 'ja-ack-forged-below', kind: 'acknowledgement', lang: 'ja', caseId: '1773009281', enc: 'utf8qp', at: '2026-04-03 12:00:00', tz: '+0900',
    from: 'AWS サポート <no-reply-aws@amazon.com>', to: TARO.keep, auth: 'forgedBelow', trusted: false,
    subject: 'お問い合わせ受付のお知らせ (ケース 1773009281)',
    note: 'receipt-shaped, but the only dmarc=pass sits below the server Received line: forged',
    text: `お問い合わせを受け付けました。ケース番号は 1773009281 です。

下記フォームに必要事項を入力し、本人確認を完了してください。
  氏名: ________
  生年月日: ________
  クレジットカード番号: ________

ご協力ありがとうございます。`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: '1768830215', enc: 'sjisb64', at: '2026-01-20 09:12:00', tz: '+0900',
    from: 'AWS Training and Certification <support@aws-training-form.jp.net>', to: HANAKO.keep, auth: 'pass', trusted: false,
    subject: '[CASE 1768830215] お問い合わせを受け付けました',
    note: 'receipt wording from a look-alike domain outside the trusted list',
    text: `お問い合わせありがとうございます。ケース 1768830215 として受け付けました。
担当より追ってご連絡します。

受付フォーム控え
 - 種別: 認定アカウント
 - 内容: アカウント統合の依頼`,
  }),
  mk({
    slug: 'ja-ack-mobile-dkimonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.priya2, enc: 'utf8qp', at: '2026-06-01 16:20:05', tz: '+0900',
    from: 'AWS Support <no-reply@support.aws.com>', to: TARO.src, auth: 'dkimonly',
    subject: `ケース ${CASE.priya2} の受付完了`,
    note: 'short receipt; only aligned dkim=pass, still trusted',
    text: `ケース ${CASE.priya2} を受け付けました。
返信は2営業日以内を目安にお送りします。
ケースの詳細はサポートセンターの「ケース履歴」からご確認ください。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-faq-checklist', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-03-02 10:09:51', tz: '+0900',
    from: AWS_NOTIFY, to: TARO.keep,
    subject: 'お問い合わせ内容に関する自動回答',
    note: 'automated suggestion sent before the case, a self-check list pointing to the Merge Accounts tool',
    text: `この回答は AI によって自動生成されています。

ご質問の「認定アカウントをひとつにまとめたい」について、次の項目をご確認ください。

 [ ] 両方のアカウントにサインインできる
 [ ] 片方のアカウントには認定の履歴がない
 [ ] 同じ氏名で登録されている

すべて当てはまる場合は、認定ポータルの「プロファイル」→「Merge Accounts」からご自身で統合できます。
当てはまらない場合は「ケースを作成」を選択してください。

この回答は役に立ちましたか？ はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-generated-jis', kind: 'ai_answer', lang: 'ja', caseId: H, enc: 'jis7', at: '2026-02-10 21:04:30', tz: '+0900',
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H),
    note: 'automated answer on the case: self-service tool first, then what merging means',
    text: `※本メールは自動応答システムが作成した参考回答です。担当者の回答ではありません。

アカウントの統合には、認定ポータルのセルフサービス機能をお試しいただけます。
 手順1: 残したいアカウントでサインイン
 手順2: 画面右上の名前 → 「アカウントの統合」
 手順3: 統合元のメールアドレスとパスワードを入力

統合後は統合元アカウントの認定が、残したアカウントに表示されるようになります。
ツールで解決しない場合、このケースは担当者に引き継がれます。

ケース ID: ${H}`,
  }),
  mk({
    slug: 'ja-ai-qa-format', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', at: '2026-04-14 13:30:02', tz: '+0900',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: TARO.src,
    subject: '自動回答: 認定アカウントの重複について',
    note: 'Q&A-shaped automated reply from aws.training suggesting the Merge Accounts tool',
    text: `Q. 認定アカウントが 2 つあります。どうすればよいですか？
A. 認定ポータルの Merge Accounts ツールで、ご自身で統合できる場合があります。

Q. ツールでエラーになりました。
A. どちらのアカウントにも受験履歴があるとツールでは統合できません。
   その場合はフォームからサポートへお問い合わせください。

（この回答はナレッジベースから自動的に選ばれたものです）`,
  }),
  mk({
    slug: 'ja-ai-after-merge-explain', kind: 'ai_answer', lang: 'ja', caseId: T, enc: 'utf8qp', at: '2026-03-02 10:10:40', tz: '+0900',
    from: AWS_NOTIFY, to: TARO.keep, trap: true,
    subject: `AI による回答 [ケース ${T}]`,
    note: 'AI answer that explains what happens after a merge and badges; still ai_answer (trap words: merge, badges)',
    text: `Amazon Q がお問い合わせ内容から回答を作成しました。

統合が完了すると、統合元アカウントの認定と特典（次回受験の 50% 割引バウチャー）は残すアカウントに移ります。
Credly のデジタルバッジは統合後に改めて受け取る必要がある場合があります。

まずはセルフサービスの「アカウントの統合」をお試しください。
解決しない場合は、このメールに返信せず、画面の「サポートに問い合わせる」を押してください。`,
  }),
  mk({
    slug: 'ja-ai-html-buttons', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-05-19 08:37:00', tz: '+0000',
    from: AWS_NOTIFY, to: TARO.src,
    subject: 'おすすめの解決方法',
    note: 'HTML-only automated suggestion with yes/no buttons; no case yet',
    html: `<html><body>
<p>入力いただいた内容に基づくおすすめ:</p>
<ol><li>認定ポータルにサインインします。</li><li>「プロファイル」から「アカウントを統合」を開きます。</li><li>もう一方のアカウントの情報を入力します。</li></ol>
<p>この方法で解決しましたか？</p>
<p><a href="https://example.invalid/yes">はい、解決しました</a> | <a href="https://example.invalid/no">いいえ、ケースを作成する</a></p>
<p><small>この回答は自動生成されたものです。</small></p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ai-fail-auth', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jisb64', at: '2026-04-22 11:11:11', tz: '+0900',
    from: AWS_NOTIFY, to: HANAKO.keep, auth: 'fail', trusted: false,
    subject: '自動回答: アカウントの統合について',
    note: 'automated-answer text, dmarc=fail at the receiving server: untrusted',
    text: `自動応答です。
認定アカウントの統合は、ポータルの「アカウントの統合」メニューからお手続きいただけます。
下記リンクからサインインしてください。
https://aws-certification-merge.example.net/login`,
  }),
  mk({
    slug: 'ja-ai-sjisb64-long', kind: 'ai_answer', lang: 'ja', caseId: H2, enc: 'sjisb64', at: '2026-07-08 09:00:12', tz: '+0900',
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H2),
    note: 'generated reference answer on a case, numbered steps; not a human reply',
    text: `このメッセージは生成 AI による自動回答です。内容が正確でない場合があります。

お問い合わせ: 「認定アカウントが二つある」

考えられる対応:
 (1) セルフサービスの Merge Accounts ツールを使う
 (2) ツールが使えない場合は担当者の回答を待つ

(1) の手順はポータルのヘルプ「アカウントの統合」をご覧ください。
担当者の対応が必要な場合、引き続きケース ${H2} で対応します。`,
  }),

  // ---------------- info_request (7) ----------------
  mk({
    slug: 'ja-info-blank-form', kind: 'info_request', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-03 15:22:40', tz: '+0900',
    from: SUPPORT, to: TARO_TO,
    subject: formSubject(T),
    note: 'support sends a blank form to fill in (IDs, addresses) before merging',
    text: `山田 太郎 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の中村です。

アカウントの統合を進めるにあたり、以下のご記入欄を埋めてこのメールにご返信ください。

${FORM_Q_T}

※ 1 と 3 は認定ポータルの右上、お名前の下に表示されます。

どうぞよろしくお願いいたします。

中村
AWS Training and Certification

${sfRef('T1a')}`,
  }),
  mk({
    slug: 'ja-info-partial-ask-again', kind: 'info_request', lang: 'ja', caseId: H, enc: 'sjis8', at: '2026-02-13 10:48:00', tz: '+0900',
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H),
    note: 'support confirms part of the filled form and asks again for the missing candidate ID',
    text: `佐藤様

ご記入いただいたフォームを拝見しました。ありがとうございます。

  残す側のアカウント  認定ID ${HANAKO.keepId} …… 確認できました
  残す側のアカウント  メール ${HANAKO.keep} …… 確認できました
  まとめる側          メール ${HANAKO.src} …… 確認できました
  まとめる側          認定ID （未記入）

まとめる側の認定ID が空欄のままでしたので、お手数ですがもう一度お知らせくださいませ。
旧アカウントにサインインできない場合は、過去の受験結果メールやスコアレポートに記載の番号でも結構です。

山本

${sfOriginal(`${HANAKO.ja} <${HANAKO.keep}>`, '2026年2月12日 22:10', SUPPORT, formSubject(H), FILLED_H_PART)}`,
  }),
  mk({
    slug: 'ja-info-table-cells', kind: 'info_request', lang: 'ja', caseId: T2, enc: 'utf8qp', at: '2026-05-20 14:05:33', tz: '+0000',
    from: SUPPORT, to: `${TARO.en} <${TARO.src}>`,
    subject: formSubject(T2),
    note: 'info request as a table with empty cells (login e-mail, notification e-mail) per account',
    text: `山田様

ケース ${T2} について、お手数ですが下表の空欄を埋めてご返送いただけますか。

+----------------------+----------------+----------------+
|                      | アカウント A    | アカウント B    |
+----------------------+----------------+----------------+
| 認定ID               | ${TARO.srcId}    |                |
| ログイン用メール      |                |                |
| 認定通知用メール      |                |                |
| 残す側に○            |                |                |
+----------------------+----------------+----------------+

記入後、そのまま返信いただければ結構です。
AWS Training and Certification 小林`,
  }),
  mk({
    slug: 'ja-info-which-keep-prose', kind: 'info_request', lang: 'ja', caseId: H2, enc: 'jisb64', at: '2026-07-09 11:42:19', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H2),
    note: 'plain prose: which account to keep, asked without the word "please provide"',
    text: `佐藤 花子 様

お問い合わせの件、二つのアカウント（${HANAKO.keepId} と ${HANAKO.srcId}）を確認しました、どちらも受験履歴があるため、担当側での統合となります。

どちらを残されるご希望か、また残す側で今後お使いになるメールアドレスがどれか、ひとことお返事をいただけると手続きに進めます。

よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサポート 井上`,
  }),
  mk({
    slug: 'ja-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: T, enc: 'sjisb64', at: '2026-03-04 09:30:00', tz: '+0900', trap: true,
    from: SUPPORT, to: TARO.keep,
    subject: formSubject(T),
    note: '「ご確認のうえお知らせください」 asks for the kept address: info_request (trap word: confirm)',
    text: `山田様

いただいたご記入欄のうち、2 番（残すアカウントのログインメールアドレス）が、登録情報と一致しませんでした。

  ご記入: ${TARO.keep}
  登録上: t.yamada@example.com

現在ログインにお使いのアドレスをご確認のうえ、お知らせください。

中村

> ${FILLED_T.split('\n').join('\n> ')}`,
  }),
  mk({
    slug: 'ja-info-failthenforged', kind: 'info_request', lang: 'ja', caseId: T, enc: 'utf8b64', at: '2026-03-05 18:02:11', tz: '+0900',
    from: SUPPORT, to: TARO.keep, auth: 'failThenForged', trusted: false,
    subject: formSubject(T),
    note: 'info-request form, but topmost A-R says fail and a pass is planted lower: untrusted',
    text: `山田様

統合手続きのため、以下を記入してご返信ください。

 1) 認定ID: ____
 2) ポータルのパスワード: ____
 3) 本人確認用の生年月日: ____

ケース ${T}`,
  }),
  mk({
    slug: 'ja-info-gmail-thread', kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp', at: '2026-03-06 10:15:22', tz: '+0900',
    from: SUPPORT, to: TARO_TO, trap: true,
    subject: formSubject(CASE.taro),
    note: 'support confirms answers 1, 3, 4 and asks for a screenshot of the old account; "confirmed" words inside an info request',
    text: `山田様

ご返信ありがとうございます。1・3・4 番の内容は確認が取れました。

5 番のお名前については、統合元アカウントの登録名が漢字表記になっておりました。
念のため、統合元アカウントのプロフィール画面のスクリーンショットを添付してお送りいただけますか。

中村

${gmailJa('2026年3月5日(木) 21:40', TARO.ja, TARO.keep)}
${quote(FILLED_T)}`,
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'ja-conf-checkbox-consent', kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-07 11:03:00', tz: '+0900',
    from: SUPPORT, to: TARO_TO,
    subject: formSubject(T),
    note: 'consent form with checkboxes: agree to an irreversible merge by ticking and replying',
    text: `山田 太郎 様

統合の準備が整いました。最終確認として、以下の内容に同意いただける場合は [ ] に x を付けてご返信ください。

  統合元: ${TARO.srcId} (${TARO.src})
  統合先: ${TARO.keepId} (${TARO.keep})

  [ ] 統合後は元に戻せないことを理解しました
  [ ] 統合元アカウントにはサインインできなくなることを理解しました
  [ ] 上記の内容で統合を進めることに同意します

ご返信をいただき次第、作業に取りかかります。

中村
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-yn', kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'sjis8', at: '2026-02-15 09:12:40', tz: '+0900',
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H),
    note: 'asks for Y/N consent; the merge cannot be undone',
    text: `佐藤様

情報のご提供ありがとうございました。

${HANAKO.srcId} を ${HANAKO.keepId} へ統合してよろしいでしょうか。
この作業は取り消しができません。

返信欄:  Y / N  ← どちらかを残してご返信ください

山本`,
  }),
  mk({
    slug: 'ja-conf-prose-te-form', kind: 'confirmation_request', lang: 'ja', caseId: T2, enc: 'utf8b64', at: '2026-05-22 03:14:09', tz: '+0000',
    from: SUPPORT, to: TARO.src,
    subject: formSubject(T2),
    note: 'prose consent request joined by te-form, no explicit form',
    text: `山田様

いつもお世話になっております。表のご記入ありがとうございました、内容を照合して問題がないことを確かめました。

統合を実行すると元の状態には戻せませんので、アカウント ${TARO.srcId} の認定を ${TARO.keepId} に移す形でよいか、このメールに「同意します」とだけご返信いただけますでしょうか。

小林`,
  }),
  mk({
    slug: 'ja-conf-html-table', kind: 'confirmation_request', lang: 'ja', caseId: H2, enc: 'utf8qp', at: '2026-07-10 08:00:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H2),
    note: 'multipart consent request laid out as a summary table with a reply line',
    text: `佐藤様

統合内容の最終確認です。

  統合元アカウント : ${HANAKO.srcId} / ${HANAKO.src}
  統合先アカウント : ${HANAKO.keepId} / ${HANAKO.keep}
  移行される認定   : SAA-C03, DVA-C02

この内容で統合してよいか、お返事をください。統合後の取り消しはできません。

井上`,
    html: `<p>佐藤様</p><p>統合内容の最終確認です。</p>
<table border="1"><tr><td>統合元アカウント</td><td>${HANAKO.srcId} / ${HANAKO.src}</td></tr>
<tr><td>統合先アカウント</td><td>${HANAKO.keepId} / ${HANAKO.keep}</td></tr>
<tr><td>移行される認定</td><td>SAA-C03, DVA-C02</td></tr></table>
<p>この内容で統合してよいか、お返事をください。統合後の取り消しはできません。</p><p>井上</p>`,
  }),
  mk({
    slug: 'ja-conf-lookalike-server', kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'jisb64', at: '2026-03-07 12:30:00', tz: '+0900',
    from: SUPPORT, to: TARO.keep, auth: 'lookalikeServer', trusted: false,
    subject: formSubject(T),
    note: 'consent request whose A-R comes from a look-alike authserv-id: untrusted',
    text: `山田様

統合の同意確認です。下のリンク先のフォームで「同意する」にチェックしてください。
https://aws-merge-consent.example.net/form

ケース ${T}`,
  }),
  mk({
    slug: 'ja-conf-outlook-quote', kind: 'confirmation_request', lang: 'ja', caseId: '1770418823', enc: 'sjisb64', at: '2026-08-18 14:44:00', tz: '+0900',
    from: SUPPORT, to: 'taro@corp.example.co.jp',
    subject: formSubject('1770418823'),
    note: 'consent request over an Outlook-quoted filled form; asks to reply that he agrees',
    text: `山田様

ご記入内容すべて確認いたしました。
記入いただいた二つのアカウントを一つにまとめる処理は、後から元に戻すことができません。問題なければ「統合に同意する」とご返信いただけますか。

AWS Training and Certification

${outlookJa(`${TARO.ja} <taro@corp.example.co.jp>`, '2026年8月17日 19:02', SUPPORT_ADDR(), formSubject('1770418823'))}

${FILLED_T}`,
  }),
  mk({
    slug: 'ja-conf-numbered-short', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanakoDup, enc: 'utf8b64', at: '2026-02-16 17:20:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.src,
    subject: formSubject(CASE.hanakoDup),
    note: 'short numbered confirmation form: reply with 1 to agree',
    text: `佐藤様

下記のどちらかの番号でご回答ください。

 1 … 統合を進めてよい（取り消し不可）
 2 … 統合はやめておく

回答: ____

吉田`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'ja-merged-filled-form', kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-09 16:40:12', tz: '+0900',
    from: SUPPORT, to: TARO_TO,
    subject: formSubject(T),
    note: 'completion laid out as a filled form (status: done); merge is the new fact',
    text: `山田 太郎 様

ご依頼の件、作業が終わりましたのでご報告します。

【処理結果】
  統合元アカウント : ${TARO.srcId}
  統合先アカウント : ${TARO.keepId}
  処理状況         : 完了
  処理日           : 2026/03/09

統合先アカウントにサインインし、認定の一覧をご確認ください。
表示に問題がありましたらこのメールにご返信ください。

中村`,
  }),
  mk({
    slug: 'ja-merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'sjis8', at: '2026-02-18 11:05:27', tz: '+0900',
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H),
    note: 'says the accounts were merged and the case will now be closed: merge_completed',
    text: `佐藤様

お待たせいたしました。${HANAKO.srcId} の認定履歴を ${HANAKO.keepId} に移し、二つのアカウントを一つにいたしました。

本件はこれにてクローズとさせていただきます。
またご不明な点があればお気軽にお問い合わせください。

山本

> 返信欄:  Y
> （以下略）`,
  }),
  mk({
    slug: 'ja-merged-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-05-23 02:10:00', tz: '+0000',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: TARO.src,
    subject: '認定アカウントの統合が完了しました',
    note: 'portal own notice of the merge, no case ID: merge_completed',
    text: `AWS 認定をご利用いただきありがとうございます。

アカウント統合の結果
  ステータス     : 統合済み
  有効なアカウント: ${TARO.keepId}
  無効化された ID : ${TARO.srcId}

今後は有効なアカウントでサインインしてください。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merged-check-all', kind: 'merge_completed', lang: 'ja', caseId: H2, enc: 'utf8qp', at: '2026-07-12 10:22:51', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H2),
    note: 'merged; "please check that all looks right" stays merge_completed',
    text: `佐藤様

ご同意ありがとうございました、本日 ${HANAKO.keepId} への統合処理を行い、完了しております。

念のため、下記チェック項目をご確認ください。
  [ ] 認定の一覧に SAA-C03 と DVA-C02 がある
  [ ] 特典ページに割引バウチャーが表示されている
  [ ] 旧アカウント (${HANAKO.src}) でサインインできない

いずれかに問題があればお知らせください。

井上`,
  }),
  mk({
    slug: 'ja-merged-html-only', kind: 'merge_completed', lang: 'ja', caseId: T2, enc: 'utf8b64', at: '2026-05-24 06:30:00', tz: '+0000',
    from: SUPPORT, to: TARO.src,
    subject: formSubject(T2),
    note: 'HTML-only completion with a result table',
    html: `<html><body><p>山田様</p>
<p>アカウントのマージが完了しましたのでお知らせします。</p>
<table border="1"><tr><th>項目</th><th>結果</th></tr>
<tr><td>マージ</td><td>完了</td></tr><tr><td>認定履歴</td><td>移行済み</td></tr><tr><td>特典</td><td>移行済み</td></tr></table>
<p>ケース番号: ${T2}</p><p>小林</p></body></html>`,
  }),
  mk({
    slug: 'ja-merged-misaligned', kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'jisb64', at: '2026-03-09 17:00:00', tz: '+0900',
    from: SUPPORT, to: TARO.keep, auth: 'misaligned', trusted: false,
    subject: formSubject(T),
    note: 'completion text but DKIM signed by an unrelated domain and dmarc=fail: untrusted',
    text: `山田様

アカウントの統合が完了しました。
新しい認定証を受け取るため、以下のフォームにログイン情報をご入力ください。
https://aws-cert-portal.example.net/

ケース ${T}`,
  }),
  mk({
    slug: 'ja-merged-bottom-post', kind: 'merge_completed', lang: 'ja', caseId: '1770418823', enc: 'sjisb64', at: '2026-08-20 09:40:00', tz: '+0900',
    from: SUPPORT, to: 'taro@corp.example.co.jp',
    subject: formSubject('1770418823'),
    note: 'bottom-posted: the consent is quoted above, the new line below says the merge is done',
    text: `> 統合に同意する
>
> 山田

山田様

上記のご回答を受け、アカウントを統合いたしました。統合先 ${TARO.keepId} でこれまでの認定がすべてご覧いただけます。

AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-badge-credly-issued', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-03-10 04:12:33', tz: '+0000',
    from: CREDLY_AWS, to: TARO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept account',
    text: `山田 太郎 さん

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-form', kind: 'badges_transferred', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-11 15:18:02', tz: '+0900',
    from: SUPPORT, to: TARO_TO,
    subject: formSubject(T),
    note: 'support says the Credly badges now sit on the kept account, shown as a filled list',
    text: `山田様

Credly のバッジについてご連絡します。

  バッジ名                                   移行先
  AWS Certified Cloud Practitioner          ${TARO.keep}
  AWS Certified Solutions Architect - Assoc. ${TARO.keep}

上記のとおり、バッジを残す側のアカウントへ移しました。
Credly にサインインしてご確認ください。本件はこれでクローズいたします。

中村`,
  }),
  mk({
    slug: 'ja-badge-support-prose', kind: 'badges_transferred', lang: 'ja', caseId: H, enc: 'sjis8', at: '2026-02-20 13:33:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H),
    note: 'support answers the badge question: badges moved to the new address',
    text: `佐藤様

バッジが旧アドレス側に残っているとのご連絡をいただいた件、Credly 側の登録を ${HANAKO.keep} に付け替えました、現在はそちらのウォレットに表示されているはずです。

山本

-----Original Message-----
From: ${HANAKO.ja} <${HANAKO.keep}>
Sent: Thursday, February 19, 2026 8:02 PM
Subject: ${formSubject(H)}

統合は確認できましたが、バッジが旧アドレスのままです。`,
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-07-13 01:00:00', tz: '+0000',
    from: CREDLY_AWS, to: HANAKO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'multipart Credly AWS badge mail to the kept address',
    text: `佐藤 花子 さん、おめでとうございます。
AWS Certified Developer - Associate のバッジが届いています。
バッジを入手する: https://www.credly.com/go/abc123`,
    html: `<p>佐藤 花子 さん、おめでとうございます。</p><p>AWS Certified Developer - Associate のバッジが届いています。</p><p><a href="https://www.credly.com/go/abc123">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-03-10 05:00:00', tz: '+0000',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: TARO.keep, trusted: false,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge mail from credIy.com (capital I): look-alike, untrusted',
    text: `山田 太郎 さん
AWS Certified Solutions Architect - Associate のバッジが発行されました。
バッジを入手する https://credly-badge.example.net/accept`,
  }),
  mk({
    slug: 'ja-badge-and-close-table', kind: 'badges_transferred', lang: 'ja', caseId: H2, enc: 'jisb64', at: '2026-07-15 10:10:10', tz: '+0900',
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H2),
    note: 'badges moved and case closing, laid out as a filled completion form',
    text: `佐藤様

■ 作業報告
  作業内容 : Credly バッジの移行
  移行件数 : 2 件
  移行先   : ${HANAKO.keep}
  状態     : 移行済み

以上をもちまして本ケースを終了いたします。

井上`,
  }),
  mk({
    slug: 'ja-badge-none-auth', kind: 'badges_transferred', lang: 'ja', caseId: T2, enc: 'sjisb64', at: '2026-05-26 12:00:00', tz: '+0900',
    from: SUPPORT, to: TARO.src, auth: 'none', trusted: false,
    subject: formSubject(T2),
    note: 'says badges were moved, but no Authentication-Results at all: untrusted',
    text: `山田様

バッジの移行が完了しました。下記から受け取りの手続きをお願いします。
ケース ${T2}`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-closed-autoclose-reminder', kind: 'case_closed', lang: 'ja', caseId: T2, enc: 'utf8b64', at: '2026-05-21 00:00:00', tz: '+0000',
    from: AWS_NOTIFY, to: TARO.src,
    subject: `ケース ${T2} は 3 日後に自動的にクローズされます`,
    note: 'reminder that the case will close in 3 days without a reply',
    text: `サポートケース ${T2} について、担当者からの質問へのご返信をまだいただいておりません。

3 日以内にご返信がない場合、このケースは自動的にクローズされます。
表の空欄をご記入のうえ、このケースに返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-status-form', kind: 'case_closed', lang: 'ja', caseId: CASE.hanakoDup, enc: 'jis7', at: '2026-02-17 09:00:00', tz: '+0900',
    from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `ケース ${CASE.hanakoDup} の状況が更新されました`,
    note: 'status notice laid out as a form: state resolved',
    text: `ケースの状況が変更されました。

  ケース ID : ${CASE.hanakoDup}
  変更前   : 対応中
  変更後   : 解決済み

解決済みのケースは 14 日後に閉じられます。再開する場合はサポートセンターから返信してください。`,
  }),
  mk({
    slug: 'ja-closed-restate-merge', kind: 'case_closed', lang: 'ja', caseId: T, enc: 'sjis8', at: '2026-03-16 10:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: TARO.keep,
    subject: formSubject(T),
    note: 'closing notice that only restates the merge done earlier: case_closed (trap word: merged)',
    text: `山田様

先週お知らせしたとおり、アカウントの統合は 3 月 9 日に済んでおります。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

中村`,
  }),
  mk({
    slug: 'ja-closed-no-reply', kind: 'case_closed', lang: 'ja', caseId: '1781102234', enc: 'utf8qp', at: '2026-09-01 08:00:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject('1781102234'),
    note: 'closed because the blank form was never returned',
    text: `佐藤様

以前お送りしたご記入欄へのご返信が確認できなかったため、いったん本件を終了といたします。
引き続きご希望の場合は、新しくお問い合わせいただくか、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-closed-html', kind: 'case_closed', lang: 'ja', caseId: H2, enc: 'utf8b64', at: '2026-07-20 00:30:00', tz: '+0000',
    from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `ケース ${H2} がクローズされました`,
    note: 'HTML notice that the case has been closed',
    html: `<html><body><h3>ケースがクローズされました</h3><table><tr><td>ケース ID</td><td>${H2}</td></tr><tr><td>状況</td><td>クローズ</td></tr></table><p>このケースは解決済みとしてクローズされました。</p></body></html>`,
  }),
  mk({
    slug: 'ja-closed-otheronly', kind: 'case_closed', lang: 'ja', caseId: T, enc: 'jisb64', at: '2026-03-17 09:00:00', tz: '+0900',
    from: AWS_NOTIFY, to: TARO.keep, auth: 'otherOnly', trusted: false,
    subject: `ケース ${T} がクローズされました`,
    note: 'closure notice carrying only a foreign authserv-id A-R: untrusted',
    text: `ケース ${T} はクローズされました。
再開が必要な場合は以下のリンクから。
https://support-center.example.net/reopen`,
  }),
  mk({
    slug: 'ja-closed-will-close', kind: 'case_closed', lang: 'ja', caseId: H, enc: 'sjisb64', at: '2026-02-14 10:00:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H),
    note: 'human reminder: will close in 5 days without a reply',
    text: `佐藤様

お送りしたフォームへのご回答をお待ちしております。
5 日間ご返信がない場合、本ケースは自動的に終了となりますのでご了承ください。

山本`,
  }),

  // ---------------- support_reply (7) ----------------
  mk({
    slug: 'ja-reply-thanks-confirming', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-08 10:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: TARO_TO,
    subject: formSubject(T),
    note: 'thanks for ticking the consent boxes, passed to the team (trap: confirm/merge words)',
    text: `山田様

チェックを入れたフォームのご返送ありがとうございます。同意を確認いたしました。
統合作業の担当チームに引き継ぎましたので、完了まで今しばらくお待ちください。

中村

> [x] 統合後は元に戻せないことを理解しました
> [x] 統合元アカウントにはサインインできなくなることを理解しました
> [x] 上記の内容で統合を進めることに同意します`,
  }),
  mk({
    slug: 'ja-reply-escalated', kind: 'support_reply', lang: 'ja', caseId: H, enc: 'sjis8', at: '2026-02-16 11:11:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H),
    note: 'status: escalated to a specialist team, nothing asked',
    text: `佐藤様

本件は専門チームでの対応が必要なため、担当部署へエスカレーションいたしました。
進展がありしだい、改めてご連絡差し上げます。

山本`,
  }),
  mk({
    slug: 'ja-reply-future-merge', kind: 'support_reply', lang: 'ja', caseId: T2, enc: 'utf8qp', at: '2026-05-22 09:00:00', tz: '+0000', trap: true,
    from: SUPPORT, to: TARO.src,
    subject: formSubject(T2),
    note: 'conditional: 「統合が完了しましたら」 announces a future event, not a completion',
    text: `山田様

同意のご返信をありがとうございました。
統合が完了しましたら、改めてこのケースでご連絡いたします。通常 3 から 5 営業日ほどかかります。

小林`,
  }),
  mk({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.hanakoDup, enc: 'utf8b64', at: '2026-02-12 09:30:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.src,
    subject: formSubject(CASE.hanakoDup),
    note: 'asks to write from the kept address, without asking for data: support_reply',
    text: `佐藤様

本件につきましては、残される側のメールアドレスからご連絡いただけますでしょうか。
このケースと同じ内容のケースが既にございますので、そちらで対応を続けます。

吉田`,
  }),
  mk({
    slug: 'ja-reply-not-yet', kind: 'support_reply', lang: 'ja', caseId: H2, enc: 'jisb64', at: '2026-07-11 16:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: HANAKO_TO,
    subject: formSubject(H2),
    note: 'negated: the merge has not been completed yet, system delay',
    text: `佐藤様

お問い合わせいただいた件ですが、統合はまだ完了しておりません。
システム側の処理待ちとなっており、もうしばらくお時間をいただいております。

井上

${gmailJa('2026年7月11日(土) 9:12', HANAKO.ja, HANAKO.keep)}
> 統合はもう終わりましたでしょうか。`,
  }),
  mk({
    slug: 'ja-reply-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.hanakoDup, enc: 'sjisb64', at: '2026-02-12 14:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(CASE.hanakoDup),
    note: 'we merged your duplicate cases (not the accounts)',
    text: `佐藤様

同じ内容のケースが 2 件作成されていたため、ケース ${CASE.hanakoDup} をケース ${H} に統合いたしました。
今後のやり取りはケース ${H} でお願いいたします。

吉田`,
  }),
  mk({
    slug: 'ja-reply-answer-voucher', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'utf8qp', at: '2026-03-12 10:00:00', tz: '+0900',
    from: SUPPORT, to: TARO.keep,
    subject: formSubject(T),
    note: 'answers a question about the voucher after the case; plain status answer',
    text: `山田様

割引バウチャーについてのご質問にお答えします。
統合前に発行されたバウチャーは、有効期限内であれば残したアカウントの特典ページからご利用いただけます。

中村`,
  }),

  // ---------------- unrelated (9) ----------------
  mk({
    slug: 'ja-unrel-survey-form', kind: 'unrelated', lang: 'ja', caseId: T, enc: 'utf8b64', at: '2026-03-18 01:00:00', tz: '+0000', trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>', to: TARO.keep,
    subject: 'サポートに関するアンケートのお願い',
    note: 'survey form (was your issue resolved) about the closed case: unrelated',
    text: `ケース ${T} のサポートについてお聞かせください。

Q1. 問題は解決しましたか？  はい / いいえ
Q2. 担当者の対応に満足しましたか？ (1 から 5)  ____
Q3. ご意見: ____________

アンケートは 2 分ほどで終わります。`,
  }),
  mk({
    slug: 'ja-unrel-user-filled-reply', kind: 'unrelated', lang: 'ja', caseId: T, enc: 'jis7', at: '2026-03-05 21:40:00', tz: '+0900', trap: true,
    from: TARO_TO, to: SUPPORT, cc: TARO.keep, auth: 'none', trusted: false,
    subject: formSubject(T),
    note: "the user's own filled-in form sent to support (copy to self): unrelated, untrusted",
    text: `中村様

ご記入欄を埋めましたのでお送りします。

${FILLED_T}

よろしくお願いいたします。
山田`,
  }),
  mk({
    slug: 'ja-unrel-exam-booking', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', at: '2026-04-01 10:00:00', tz: '+0900', trap: true,
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: TARO.keep, trusted: false,
    subject: '試験予約の確認',
    note: 'exam appointment confirmation from the test vendor',
    text: `山田 太郎 様

以下の試験の予約が確定しました。
  試験: AWS Certified Developer - Associate
  日時: 2026/04/20 10:00
  会場: オンライン

予約内容をご確認ください。`,
  }),
  mk({
    slug: 'ja-unrel-ms-badge', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-04-05 00:00:00', tz: '+0000', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: HANAKO.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: "another issuer's Credly badge: unrelated",
    text: `佐藤 花子 さん
Microsoft から Azure Fundamentals のバッジが発行されました。
バッジを入手する https://www.credly.com/go/ms1`,
  }),
  mk({
    slug: 'ja-unrel-ooo', kind: 'unrelated', lang: 'ja', caseId: H, enc: 'jisb64', at: '2026-02-13 10:50:00', tz: '+0900',
    from: '佐藤 花子 <hanako@oldcorp.example.com>', to: SUPPORT, cc: HANAKO.keep, auth: 'none', trusted: false,
    subject: `自動応答: ${formSubject(H)}`,
    note: "out-of-office reply from the user's old company mailbox",
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動応答です。
佐藤は退職いたしました。後任: 総務部 (soumu@oldcorp.example.com)`,
  }),
  mk({
    slug: 'ja-unrel-refund-case', kind: 'unrelated', lang: 'ja', caseId: '1775500021', enc: 'sjisb64', at: '2026-04-10 10:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: TARO.keep,
    subject: formSubject('1775500021'),
    note: 'another case about an exam refund; asks for a form to be filled but not a merge case',
    text: `山田様

受験料の返金についてのケースです。返金処理のため、以下をご記入ください。

  注文番号: ____
  受験予定日: ____

小池`,
  }),
  mk({
    slug: 'ja-unrel-event-form', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-06-10 02:00:00', tz: '+0000', trap: true,
    from: 'AWS イベント事務局 <aws-events@amazon.com>', to: TARO.keep,
    subject: '【申込受付完了】AWS Summit Japan 参加登録',
    note: 'event registration receipt with fields: unrelated (trap: receipt/completed)',
    text: `参加登録を受け付けました。

  お名前: 山田 太郎
  参加区分: 会場参加
  受付番号: S26-88213

当日は受付番号をご提示ください。`,
  }),
  mk({
    slug: 'ja-unrel-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: H, enc: 'utf8qp', at: '2026-02-18 12:00:00', tz: '+0900', trap: true, forUser: false,
    from: HANAKO_TO, to: '鈴木 一郎 <suzuki@example.jp>', auth: 'none', trusted: false, deliveredTo: null,
    subject: `Fwd: ${formSubject(H)}`,
    note: "user's forward of the completion notice to a colleague; not delivered to the user",
    text: `鈴木さん

アカウント統合、無事終わりました。参考までに転送します。

---------- Forwarded message ---------
From: ${SUPPORT}
Date: 2026年2月18日(水) 11:05
Subject: ${formSubject(H)}

佐藤様
二つのアカウントを一つにいたしました。本件はこれにてクローズとさせていただきます。`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', at: '2026-06-20 09:00:00', tz: '+0900', trap: true,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: TARO.keep, trusted: false,
    subject: 'コース修了のお知らせ',
    note: 'Skill Builder course completion: unrelated',
    text: `おめでとうございます。「AWS Cloud Practitioner Essentials」を修了しました。
修了証はマイページからダウンロードできます。`,
  }),
];

function SUPPORT_ADDR(): string {
  return SUPPORT;
}
