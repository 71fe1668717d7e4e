// Japanese messages, part A: receipts, AI answers, information requests, confirmation requests.
// Written for unmeasured/r in a mostly machine-generated voice; never copied.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, AWS_NOTIFY, formSubject, formSubjectNew, MISAKI as M, KEN as K, AYA as A, CASE, OKADA,
  quote, sfQuote, sfThread, gmailJa, outlookJa, paras, htmlDoc, MISAKI_REQ, KEN_REQ, AYA_REQ,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

const mTo = `${M.ja} <${M.keep}>`;
const kTo = `${K.ja} <${K.keep}>`;
const aTo = `${A.ja} <${A.keep}>`;

export const JA_A: Msg[] = [
  // ================= acknowledgement (9) =================
  j({
    slug: 'ack-support-center-fields',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'AWS Support notification: case created, field block (case ID, severity, status unassigned)',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `AWS サポート: ケース ${CASE.misaki} を作成しました`,
    date: d('2026-01-19 01:12:40', '+0000'),
    enc: 'jis7',
    text: `AWS サポートをご利用いただきありがとうございます。

以下のケースを作成しました。

ケース ID: ${CASE.misaki}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
ステータス: 未割り当て
問い合わせタイプ: AWS トレーニングと認定
作成日時: 2026-01-19 01:12 UTC

担当者からの最初の回答は、通常 24 時間以内にこのメールアドレスへ届きます。
同じ内容で別のケースを作成すると、回答までの時間が長くなる場合があります。

ケースの表示と返信: https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.misaki}

このメールには返信しないでください。

Amazon Web Services`,
  }),
  j({
    slug: 'ack-form-submission-jisb64',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'form-submission receipt (subject without RE:), base64 ISO-2022-JP, reference number and expected wait',
    from: SUPPORT,
    to: kTo,
    subject: formSubjectNew(CASE.ken),
    date: d('2026-02-03 18:44:02', '+0900'),
    enc: 'jisb64',
    text: `石川 健 様

AWS トレーニングと認定 カスタマーサポートです。
フォームからのお問い合わせを登録いたしました。

受付番号(ケース ID): ${CASE.ken}
カテゴリー: 認定 / アカウントの統合

1 営業日程度で担当者よりご連絡いたします。追加の情報がある場合は、件名を変えずにこのメールへ返信してください。
新しいお問い合わせを作成されますと、ご案内が遅れることがございます。

${sfThread('5Kq9', 'Xz01')}`,
  }),
  j({
    slug: 'ack-html-only-id-in-body',
    kind: 'acknowledgement',
    caseId: CASE.aya,
    note: 'HTML-only receipt; subject has no ID, case ID only in the body table',
    from: SUPPORT,
    to: aTo,
    subject: 'お問い合わせを受け付けました - AWS トレーニングと認定',
    date: d('2026-03-09 10:05:55', '+0900'),
    enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#232f3e;color:#ffffff;padding:12px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:16px">
<p>前田 彩 様</p>
<p>サポートへのお問い合わせを受け付けました。内容を拝見し、順番にご案内しております。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>${CASE.aya}</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">受付日時</th><td>2026/03/09 10:05</td></tr>
</table>
<p>本メールは送信専用アドレスからお送りしています。</p>
</td></tr></table>`, 'お問い合わせを受け付けました'),
  }),
  j({
    slug: 'ack-sjis-uketsuke-kanryo',
    kind: 'acknowledgement',
    caseId: CASE.misakiDup,
    note: 'older Shift_JIS receipt template (【受付完了】, 受付番号) for a second case the user opened',
    from: SUPPORT,
    to: mTo,
    subject: `【受付完了】AWS トレーニングと認定 お問い合わせ (受付番号 ${CASE.misakiDup})`,
    wholeSubject: true,
    date: d('2026-01-19 22:31:09', '+0900'),
    enc: 'sjis8',
    text: `このメールはシステムより自動送信されています。

渡辺 美咲 様

このたびは AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
下記の受付番号でお問い合わせを承りました。

■受付番号
${CASE.misakiDup}

■お問い合わせ内容
アカウントについて

担当者が内容を拝見のうえ、順次ご連絡差し上げます。
しばらくお待ちくださいませ。

-----------------------------------------
AWS トレーニングと認定 カスタマーサポート
-----------------------------------------`,
  }),
  j({
    slug: 'ack-forged-below-received',
    kind: 'acknowledgement',
    caseId: CASE.ken2,
    trusted: false,
    auth: 'forgedBelow',
    note: 'receipt text, but the only dmarc=pass sits below the server Received line: forged, untrusted',
    from: SUPPORT,
    to: kTo,
    subject: formSubjectNew(CASE.ken2),
    date: d('2026-03-02 09:02:13', '+0900'),
    enc: 'jis7',
    text: `石川 様

お問い合わせ番号 ${CASE.ken2} にて承りました。
担当より追ってご連絡いたしますので、今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'ack-bilingual-once-merged',
    kind: 'acknowledgement',
    caseId: CASE.aya,
    trap: true,
    note: 'bilingual receipt that mentions what happens once the merge is done (future): still the receipt',
    from: AWS_NOTIFY,
    to: A.keep,
    subject: `ケース ${CASE.aya} を受け付けました / We received case ${CASE.aya}`,
    date: d('2026-03-09 01:06:31', '+0000'),
    enc: 'utf8qp',
    text: `前田 彩 様

ケース ${CASE.aya} を登録しました。アカウント統合のご依頼は担当チームが順に確認しています。統合作業が終わりましたら、このアドレス宛てにお知らせが届きます。

--
Dear customer,
Case ${CASE.aya} has been logged. You will hear from us here once there is an update.

Amazon Web Services Support`,
    html: htmlDoc(`<p>前田 彩 様</p>
<p>ケース <b>${CASE.aya}</b> を登録しました。アカウント統合のご依頼は担当チームが順に確認しています。統合作業が終わりましたら、このアドレス宛てにお知らせが届きます。</p>
<hr>
<p style="color:#666">Dear customer,<br>
Case <b>${CASE.aya}</b> has been logged. You will hear from us here once there is an update.</p>
<p>Amazon Web Services Support</p>`),
  }),
  j({
    slug: 'ack-subdomain-dkim-parent',
    kind: 'acknowledgement',
    caseId: CASE.misakiCorp,
    forUser: true,
    auth: 'dkimParent',
    note: 'receipt from a support.aws.amazon.com subdomain signed by amazon.com (relaxed alignment): trusted',
    from: 'AWS Support <case-notifications@support.aws.amazon.com>',
    to: M.src,
    subject: `新しいサポートケース: ${CASE.misakiCorp}`,
    date: d('2026-01-27 14:20:45', '+0900'),
    enc: 'jisb64',
    text: `新しいサポートケースが作成されました。

ケース ID ${CASE.misakiCorp}
サービス: AWS Training and Certification
カテゴリ: Certification - Account merge
連絡先メールアドレス: ${M.src}

担当者が割り当てられ次第、返信が届きます(目安 24 時間)。
ケースにはこのメールへの返信でも情報を追加できます。`,
  }),
  j({
    slug: 'ack-lookalike-domain-jp',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    trusted: false,
    note: 'receipt from aws-training-support.jp, a look-alike domain (its own dmarc passes): untrusted',
    from: 'AWS トレーニングと認定 <case-notify@aws-training-support.jp>',
    to: mTo,
    subject: `[CASE ${CASE.misaki}] お問い合わせ受付のお知らせ`,
    date: d('2026-01-19 11:58:00', '+0900'),
    enc: 'utf8b64',
    text: `渡辺 美咲 様

ケース ${CASE.misaki} を受け付けました。
本人確認のため、48時間以内に下記ページからサインインしてください。
https://aws-training-support.jp/verify?case=${CASE.misaki}

AWS トレーニングと認定`,
  }),
  j({
    slug: 'ack-dkimonly-short',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    auth: 'dkimonly',
    note: 'terse receipt with only an aligned dkim=pass (no dmarc result): trusted',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `ケース ID ${CASE.ken}: 受付済み`,
    date: d('2026-02-03 09:44:05', '+0000'),
    enc: 'sjisb64',
    text: `ケース ID: ${CASE.ken}
ステータス: 受付済み
種別: AWS トレーニングと認定 - 認定

ご連絡ありがとうございます。担当部署にて確認後、メールでご回答します。
このメッセージは自動送信です。`,
  }),

  // ================= ai_answer (9) =================
  j({
    slug: 'ai-generated-merge-tool',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer from the contact form: points to the self-service merge tool in the portal',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: 'AI が生成した回答: 認定アカウントの統合',
    date: d('2026-01-19 01:09:12', '+0000'),
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる場合があります。

ご質問: 認定アカウントを一つにしたい

回答:
AWS 認定のアカウントが複数ある場合、認定ポータルの「プロフィール」から「アカウントの統合 (Merge Accounts)」を選ぶと、ご自身で統合できることがあります。
1. 残したいアカウントでサインインします
2. もう一方のアカウントの認証情報を入力します
3. 画面の案内に沿って手続きを進めます
両方のアカウントに認定の履歴がある場合など、ツールで処理できないときは、このページから「ケースを作成」を選んでサポートへご連絡ください。`,
  }),
  j({
    slug: 'ai-amazon-q-sjis',
    kind: 'ai_answer',
    caseId: null,
    note: 'Amazon Q style assistant answer in Shift_JIS: tells how the portal tool works',
    from: 'Amazon Q <no-reply-aws@amazon.com>',
    to: K.keep,
    subject: 'Amazon Q からの回答',
    date: d('2026-02-03 18:39:40', '+0900'),
    enc: 'sjis8',
    text: `石川 様

Amazon Q がお問い合わせ内容をもとに回答を用意しました。

・アカウントの統合は、AWS 認定アカウントの「Merge Accounts」機能で行えます
・統合すると、もう一方のアカウントの試験履歴と認定がまとめて表示されます
・統合元のアカウントは使えなくなるため、残す方を先に決めておくとスムーズです

解決しない場合は、引き続きケースを作成して担当者へお問い合わせいただけます。

※ Amazon Q の回答は自動生成です。`,
  }),
  j({
    slug: 'ai-html-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only automated suggestion listing help articles before a case is created',
    from: AWS_NOTIFY,
    to: A.keep,
    subject: 'ご質問に関連する情報',
    date: d('2026-03-09 01:01:20', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>お問い合わせの内容から、次の情報が参考になる可能性があります(自動表示)。</p>
<ul>
<li><a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定に関するよくある質問 - アカウントを 1 つにまとめるには</a></li>
<li><a href="https://www.aws.training/certification">認定アカウントにサインインできない場合</a></li>
<li>卒業や退職でメールアドレスを使えなくなった場合の手続き</li>
</ul>
<p>問題が解決しない場合は「ケースを作成」を選んでください。</p>`),
  }),
  j({
    slug: 'ai-explains-after-merge',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge is completed and badges: still ai_answer',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: '自動回答: 統合後の認定とバッジについて',
    date: d('2026-01-20 07:15:00', '+0900'),
    enc: 'jisb64',
    text: `※この回答は AI により自動作成されています。

統合が完了すると、統合元アカウントの認定・試験履歴・特典(次回試験の割引など)は統合先アカウントに表示されるようになります。Credly のデジタルバッジは、統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。
バッジが移行済みかどうかは Credly のダッシュボードでご確認いただけます。

この回答で解決しましたか? 解決しない場合はサポートケースを作成してください。`,
  }),
  j({
    slug: 'ai-auto-answer-on-case',
    kind: 'ai_answer',
    caseId: CASE.ken2,
    note: 'automated first answer attached to an open case (case ID in subject), not a human',
    from: SUPPORT,
    to: kTo,
    subject: `[CASE ${CASE.ken2}] 自動回答のご案内`,
    date: d('2026-03-02 09:03:30', '+0900'),
    enc: 'utf8qp',
    text: `本メールは、いただいたお問い合わせに対してシステムが自動で作成した案内です。

お問い合わせ番号: ${CASE.ken2}

認定アカウントの統合は、多くの場合、認定ポータルの Merge Accounts ツールで完了できます。ツールで統合できた場合は、このメールに「解決しました」とご返信いただければケースを終了します。
ツールで統合できなかった場合は、このまま担当者からの連絡をお待ちください。`,
  }),
  j({
    slug: 'ai-misaligned-dkim',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    auth: 'misaligned',
    note: 'AI answer whose DKIM signature is for a bulk-mail domain and dmarc fails: untrusted',
    from: AWS_NOTIFY,
    to: A.keep,
    subject: 'AI アシスタントの回答',
    date: d('2026-03-10 12:00:10', '+0900'),
    enc: 'jis7',
    text: `AI アシスタントがお答えします。

認定アカウントの統合は、認定ポータルのプロフィール画面から手続きできます。
詳しくはヘルプページをご覧ください。`,
  }),
  j({
    slug: 'ai-mixed-english-disclaimer',
    kind: 'ai_answer',
    caseId: null,
    note: 'Japanese generated answer with English disclaimer boilerplate, multipart/alternative',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: 'Generated answer / 生成された回答',
    date: d('2026-01-19 01:10:02', '+0000'),
    enc: 'utf8qp',
    text: `渡辺 様

認定アカウントが二つある場合、まず Merge Accounts ツールをお試しください。残すアカウントでログインし、統合する側のメールアドレスとパスワードを入力すると処理されます。ツールがエラーになるときは、サポートへのケース作成に進んでください。

This answer was generated with AI and may be inaccurate. Review it before acting on it.`,
    html: htmlDoc(paras(`渡辺 様

認定アカウントが二つある場合、まず Merge Accounts ツールをお試しください。残すアカウントでログインし、統合する側のメールアドレスとパスワードを入力すると処理されます。ツールがエラーになるときは、サポートへのケース作成に進んでください。

This answer was generated with AI and may be inaccurate. Review it before acting on it.`)),
  }),
  j({
    slug: 'ai-was-this-helpful-sjisb64',
    kind: 'ai_answer',
    caseId: null,
    note: 'assistant answer ending with a helpful yes/no prompt (part of the AI answer, not a survey)',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: 'お問い合わせへの自動回答',
    date: d('2026-02-03 18:40:11', '+0900'),
    enc: 'sjisb64',
    text: `自動回答

退職などで旧アカウントのメールを受信できない場合でも、認定ポータルで統合を試せます。
旧アカウントのパスワードが分からない場合は、パスワードの再設定を先に行ってください。

この回答は役に立ちましたか?
[はい] [いいえ、担当者に相談する]`,
  }),
  j({
    slug: 'ai-short-chatbot-transcript',
    kind: 'ai_answer',
    caseId: null,
    note: 'chat transcript mailed after a bot session: bot suggests the merge tool',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: A.keep,
    subject: 'チャットの記録',
    date: d('2026-03-08 23:40:51', '+0900'),
    enc: 'jis7',
    text: `チャットの記録をお送りします。

[23:31] お客様: 認定のアカウントが二つある
[23:31] アシスタント(自動): アカウントの統合をご希望ですね。認定ポータルの Merge Accounts から手続きできます。
[23:32] お客様: 両方に資格がある
[23:32] アシスタント(自動): その場合はツールで統合できないことがあります。問い合わせフォームからケースを作成してください。

このチャットは自動応答で行われました。`,
  }),

  // ================= info_request (10) =================
  j({
    slug: 'info-both-candidate-ids',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'human reply asking for both candidate IDs, login e-mails and which account stays; request quoted below',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-20 10:41:18', '+0900'),
    enc: 'jis7',
    text: `渡辺様

お問い合わせありがとうございます。
統合の手続きのため、次の点をお知らせください。

- 両アカウントの候補ID(AWS から始まる番号)
- それぞれのログイン用メールアドレス
- 残すアカウントはどちらか

よろしくお願いいたします。
Kaito
AWS トレーニングと認定

${sfQuote(M.keep, '2026/01/19 10:12', SUPPORT.replace(/^.*</, '').replace('>', ''), 'アカウント統合', MISAKI_REQ)}`,
  }),
  j({
    slug: 'info-status-pending-customer',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'case-update template with status "お客様の対応待ち" and a list of missing items',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-04 16:20:00', '+0900'),
    enc: 'jisb64',
    text: `━━━━━━━━━━━━━━━━━━━━
ケース番号: ${CASE.ken}
ステータス: お客様の対応待ち
最終更新: 2026/02/04 16:20
━━━━━━━━━━━━━━━━━━━━

石川様

手続きに必要な以下の情報が不足しています。本メールへの返信でお送りください。

1. 統合元アカウントの通知用メールアドレス
2. 統合先アカウントの候補ID
3. 両アカウントで取得済みの認定の名称

情報の確認が取れ次第、作業に移ります。

AWS トレーニングと認定 サポート

${sfThread('5Kq9', 'Xz01')}`,
  }),
  j({
    slug: 'info-which-to-keep-sjis',
    kind: 'info_request',
    caseId: CASE.aya,
    note: 'request phrased as "幸いです" without the word お知らせください: which address to keep',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-10 11:15:27', '+0900'),
    enc: 'sjis8',
    text: `前田様

ご連絡をいただき、ありがとうございます。
${A.keepId} を統合先として進める想定ですが、大学アドレス側のアカウントの候補IDが見つからず、統合元を特定できておりません。
大学在学中に受験された際の候補ID、または受験時に登録された氏名の表記をご返信いただけますと幸いです。

AWS トレーニングと認定
Rin`,
  }),
  j({
    slug: 'info-gokakunin-trap',
    kind: 'info_request',
    caseId: CASE.misaki,
    trap: true,
    note: '"ご確認のうえお知らせください" asks for the notification address: info_request despite confirm words',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-21 09:30:44', '+0900'),
    enc: 'utf8qp',
    text: `渡辺様

ご返信ありがとうございます。
統合先アカウント(${M.keepId})の認定通知用メールアドレスが、ログイン用のものと異なって登録されているようです。
今後の通知をどちらで受け取られたいか、ご確認のうえお知らせください。

AWS トレーニングと認定
Kaito`,
  }),
  j({
    slug: 'info-html-only-checklist',
    kind: 'info_request',
    caseId: CASE.ken2,
    note: 'HTML-only checklist of the data support needs before it can merge',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-03-03 14:02:19', '+0900'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>石川様</p>
<p>ケース ${CASE.ken2} についてご連絡いたします。統合の前に、次の項目をこのメールへの返信でお送りください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>項目</th><th>統合元</th><th>統合先</th></tr>
<tr><td>候補ID</td><td>(ご記入ください)</td><td>(ご記入ください)</td></tr>
<tr><td>ログイン用メールアドレス</td><td>(ご記入ください)</td><td>(ご記入ください)</td></tr>
<tr><td>氏名(ローマ字)</td><td>(ご記入ください)</td><td>(ご記入ください)</td></tr>
</table>
<p>AWS トレーニングと認定 カスタマーサポート</p>`),
  }),
  j({
    slug: 'info-name-mismatch-romaji',
    kind: 'info_request',
    caseId: CASE.aya,
    note: 'names differ between accounts; asks for the romaji name as on the ID used at the test centre',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-12 15:48:02', '+0900'),
    enc: 'jis7',
    text: `前田様

二つのアカウントで氏名の綴りが異なっており(MAEDA AYA / MAEDA AYAKA)、このままでは統合を進められません。
受験時にご提示された身分証明書どおりのローマ字表記を、返信にてお送り願います。

AWS トレーニングと認定
Rin`,
  }),
  j({
    slug: 'info-gmail-thread-which-benefits',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'asks which account holds the unused voucher; long thread with a Japanese Gmail quote header',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-06 10:05:33', '+0900'),
    enc: 'jisb64',
    text: `石川様

追加のご連絡ありがとうございます。
未使用の 50% 割引特典が残っているのは、旧アカウントと新アカウントのどちらでしょうか。統合時の扱いが変わるため、特典コードの末尾4桁と合わせてご返信いただけますか。

AWS トレーニングと認定
Haruto

${gmailJa('2026年2月5日(木) 22:14', K.ja, K.keep)}
> お世話になっております。石川です。
> 新しい方に残したいのですが、旧アカウントの特典も使えますか。
>
> ${gmailJa('2026年2月4日(水) 16:20', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> ケース番号: ${CASE.ken}
>> ステータス: お客様の対応待ち
>> 手続きに必要な以下の情報が不足しています。
>>
>>> ${KEN_REQ.split('\n').join('\n>>> ')}`,
  }),
  j({
    slug: 'info-lookalike-asks-password',
    kind: 'info_request',
    caseId: CASE.misaki,
    trusted: false,
    note: 'look-alike domain (amazon-certification.com) asking for IDs and a password: untrusted info request',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certification.com>',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-20 03:12:55', '+0900'),
    enc: 'utf8b64',
    text: `渡辺様

統合手続きのため、統合元アカウントの候補ID、ログインメールアドレス、パスワードを本メールへご返信ください。
24時間以内にご返信がない場合、認定が失効する可能性があります。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'info-write-from-kept-with-ids',
    kind: 'info_request',
    caseId: CASE.misakiCorp,
    note: 'asks to write from the kept address AND to include both candidate IDs: info_request',
    from: SUPPORT,
    to: M.src,
    subject: formSubject(CASE.misakiCorp),
    date: d('2026-01-28 11:40:00', '+0900'),
    enc: 'sjisb64',
    text: `渡辺様

本件は会社のアドレスからいただいておりますが、統合後に残すアカウントのメールアドレスから改めてご連絡いただく必要があります。その際、両方のアカウントの候補IDを本文に記載してください。

AWS トレーニングと認定
Sora`,
  }),
  j({
    slug: 'info-resent-from-oldcorp',
    kind: 'info_request',
    caseId: CASE.ken2,
    forUser: false,
    note: 'information request redirected by the old company mailbox (Resent-* headers): not delivered to the user as such',
    from: SUPPORT,
    to: `${K.ja} <${K.src}>`,
    subject: formSubject(CASE.ken2),
    date: d('2026-03-03 10:11:12', '+0900'),
    resent: { from: 'postmaster@sier.example.co.jp', to: 'it-helpdesk@sier.example.co.jp', date: d('2026-03-03 10:11:40', '+0900') },
    enc: 'jis7',
    text: `石川様

統合先アカウントの候補IDがご依頼文に見当たりませんでした。お手数ですが、AWS から始まる番号をお知らせください。

AWS トレーニングと認定`,
  }),

  // ================= confirmation_request (8) =================
  j({
    slug: 'conf-irreversible-jis',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'asks the customer to agree to the merge; warns it cannot be reversed',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-22 13:05:11', '+0900'),
    enc: 'jis7',
    text: `渡辺様

情報をお送りいただきありがとうございます。
${M.srcId} の記録を ${M.keepId} に移す形で統合いたします。統合後に元へ戻すことはできませんので、この内容で進めてよいか、ご同意の旨を本メールへの返信でお知らせください。

AWS トレーニングと認定
Kaito`,
  }),
  j({
    slug: 'conf-template-table',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'structured template (統合元/統合先) followed by "上記で進めてよろしいでしょうか"',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken),
    date: d('2026-02-09 17:33:48', '+0900'),
    enc: 'jisb64',
    text: `石川様

【統合内容】
統合元: ${K.srcId} / ${K.src}
統合先: ${K.keepId} / ${K.keep}
移行対象: 認定 2 件、試験履歴、未使用の割引特典 1 件

上記で進めてよろしいでしょうか。一度統合したアカウントは分割できないため、ご了承いただける場合のみご返信ください。

AWS トレーニングと認定 サポート
Haruto`,
  }),
  j({
    slug: 'conf-sjis-doui-shimasu',
    kind: 'confirmation_request',
    caseId: CASE.aya,
    note: 'Shift_JIS: reply "同意します" if fine; names the reply text instead of asking directly',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-13 10:20:30', '+0900'),
    enc: 'sjis8',
    text: `前田様

身分証明書の表記を確認しました。MAEDA AYA で統一し、大学アドレスのアカウント(${A.srcId})を ${A.keepId} へ統合します。
問題なければ、このメールに「同意します」とだけご返信ください。ご返信をもって作業に入ります。統合は取り消しができません。

Rin
AWS トレーニングと認定`,
  }),
  j({
    slug: 'conf-html-multipart',
    kind: 'confirmation_request',
    caseId: CASE.ken2,
    note: 'multipart/alternative consent request with an HTML summary box',
    from: SUPPORT,
    to: kTo,
    subject: formSubject(CASE.ken2),
    date: d('2026-03-04 11:11:11', '+0900'),
    enc: 'utf8qp',
    text: `石川様

いただいた情報で統合の準備が整いました。
統合後は旧アカウントにサインインできなくなります。また、統合を取り消すことはできません。
以上をご理解のうえ、統合の実施に同意いただけるかご返信ください。

AWS トレーニングと認定`,
    html: htmlDoc(`<p>石川様</p>
<p>いただいた情報で統合の準備が整いました。</p>
<div style="border:1px solid #f90;padding:8px">統合後は旧アカウントにサインインできなくなります。また、統合を取り消すことはできません。</div>
<p>以上をご理解のうえ、統合の実施に同意いただけるかご返信ください。</p>
<p>AWS トレーニングと認定</p>`),
  }),
  j({
    slug: 'conf-outlook-thread-jisb64',
    kind: 'confirmation_request',
    caseId: CASE.misakiCorp,
    note: 'consent request on top of an Outlook 差出人/送信日時 quote of the customer\'s data',
    from: SUPPORT,
    to: `${M.ja} <${M.src}>`,
    cc: M.keep,
    subject: formSubject(CASE.misakiCorp),
    date: d('2026-01-29 09:55:00', '+0900'),
    enc: 'jisb64',
    text: `渡辺様

候補IDを確認いたしました。${M.keepId} を残し、${M.srcId} を統合いたします。この操作は元に戻せませんので、実施してよいか一言ご返信をお願いします。

Sora

${outlookJa(`${M.ja} <${M.keep}>`, '2026年1月28日 21:03', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misakiCorp))}

個人アドレスから失礼します。
残す方 ${M.keepId}、まとめる方 ${M.srcId} です。`,
  }),
  j({
    slug: 'conf-lookalike-authserv',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'consent request whose topmost A-R is from mx.test.example.mailhub-relay.net, not the receiving server',
    from: SUPPORT,
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-01-22 02:40:19', '+0900'),
    enc: 'jis7',
    text: `渡辺様

統合を実施してよろしいですか。よろしければ、下記リンクからサインインして同意ボタンを押してください。
https://merge-consent.example.net/${CASE.misaki}

AWS トレーニングと認定`,
  }),
  j({
    slug: 'conf-mixed-en-template',
    kind: 'confirmation_request',
    caseId: CASE.aya,
    note: 'Japanese consent request plus English template lines ("Please reply I agree")',
    from: SUPPORT,
    to: aTo,
    subject: formSubject(CASE.aya),
    date: d('2026-03-13 10:25:02', '+0900'),
    enc: 'utf8b64',
    text: `前田様

先ほどのメールの補足です。英語の定型文でも承っております。
統合の実施にご同意いただける場合、下記の一文を返信に含めてください。

"I agree to merge account ${A.srcId} into ${A.keepId} and understand this cannot be undone."

Rin / AWS Training and Certification`,
  }),
  j({
    slug: 'conf-id-in-body-only-sjisb64',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'subject without case ID (customer changed it); ID only in the Salesforce block; asks for go-ahead',
    from: SUPPORT,
    to: kTo,
    subject: 'Re: 統合の件(石川)',
    date: d('2026-02-10 09:08:14', '+0900'),
    enc: 'sjisb64',
    text: `石川様

件名が変更されていたため、こちらで紐付けをいたしました(ケース ${CASE.ken})。
旧アカウントの記録を新アカウントへ統合する準備ができています。実施のご指示をいただければ進めます。統合後の取り消しはできません。

Haruto

${sfQuote(K.keep, '2026/02/09 23:10', 'aws-cs-trainingcertification-form@amazon.com', '統合の件(石川)', '割引特典は新しい方で使いたいです。')}`,
  }),
];
