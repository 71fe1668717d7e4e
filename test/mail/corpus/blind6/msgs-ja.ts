// Japanese messages of heldout/e. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, ITO, ITO_REQ, KOBA, KOBA_REQ, NAKA_REQ, NAKAMURA, PORTAL, SUPPORT, SUPPORT_BARE,
  addr, esc, formSubject, formSubjectNew, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const ito = addr(ITO.ja, ITO.keep);
const naka = addr(NAKAMURA.ja, NAKAMURA.keep);
const koba = addr(KOBA.ja, KOBA.keep);

const sig = (who: string): string => `\n--\nAWS トレーニングと認定 カスタマーサポート\n担当: ${who}\nAmazon Web Services Japan`;
const head = (name: string): string => `${name} 様\n\nいつもお世話になっております。\nAWS トレーニングと認定 カスタマーサポートでございます。`;
const headStiff = (name: string): string => `${name} 様\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\nAWS トレーニングと認定 カスタマーサポート窓口でございます。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-notify-ito', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ito,
    note: 'automatic receipt of a new case from no-reply-aws, case ID in subject',
    from: AWS_NOTIFY, to: ito, enc: 'jis7', when: '2026-02-03 01:14:07',
    subject: `[CASE ${CASE.ito}] お問い合わせを受け付けました`,
    text: `${ITO.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: ${CASE.ito}
件名: アカウントの統合
お問い合わせの種類: AWS トレーニングと認定

担当者より通常24時間以内にご連絡いたします。
すでにケースをお持ちの場合、同じ内容で新しいケースを作成されますと対応が遅れる原因となりますので、ご遠慮ください。

本メールは送信専用アドレスから送信されています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-form-naka', kind: 'acknowledgement', lang: 'ja', caseId: CASE.naka,
    note: 'form auto-receipt (no RE:) saying the inquiry was received and a case opened',
    to: naka, enc: 'sjisb64', when: '2026-02-10 06:52:40',
    subject: formSubjectNew(CASE.naka),
    text: `※本メールはシステムより自動送信されております。

${NAKAMURA.ja} 様

この度はAWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。
お問い合わせを確かに承りました。受付番号は ${CASE.naka} でございます。

担当者が内容を確認のうえ、順次ご連絡を差し上げます。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

今後のやりとりは、本メールへのご返信にてお願いいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-html-koba', kind: 'acknowledgement', lang: 'ja', caseId: CASE.koba,
    note: 'HTML+text receipt: support case has been created, ID given',
    from: AWS_NOTIFY, to: koba, enc: 'utf8qp', when: '2026-03-01 13:05:19',
    subject: `サポートケース ${CASE.koba} が作成されました`,
    text: `${KOBA.ja} 様

サポートケースが作成されました。

ケースID: ${CASE.koba}
重要度: 一般的なご質問
ステータス: 未割り当て

AWS トレーニングと認定の担当者がケースを確認し、ご登録のメールアドレス宛にご返信します。
このメールに返信すると、ケースに追記されます。

アマゾン ウェブ サービス`,
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>${KOBA.ja} 様</p>
<p><b>サポートケースが作成されました。</b></p>
<table><tr><td>ケースID</td><td>${CASE.koba}</td></tr><tr><td>重要度</td><td>一般的なご質問</td></tr><tr><td>ステータス</td><td>未割り当て</td></tr></table>
<p>AWS トレーニングと認定の担当者がケースを確認し、ご登録のメールアドレス宛にご返信します。<br>このメールに返信すると、ケースに追記されます。</p>
<p>アマゾン ウェブ サービス</p>
</td></tr></table>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-dup-ito', kind: 'acknowledgement', lang: 'ja', caseId: CASE.itoDup,
    note: 'receipt of a second (duplicate) case opened by the user; still the automatic receipt of a new case',
    from: AWS_NOTIFY, to: addr(ITO.ja, ITO.src), enc: 'jisb64', when: '2026-02-04 23:40:02',
    subject: `[CASE ${CASE.itoDup}] お問い合わせを受け付けました`,
    text: `${ITO.ja} 様

お問い合わせいただきありがとうございます。
ケース ${CASE.itoDup} を受け付けました。

ご返信まで今しばらくお待ちください。通常、1営業日以内にご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-lists-info-naka2', kind: 'acknowledgement', lang: 'ja', caseId: CASE.naka2, trap: true,
    note: 'receipt that echoes the information the customer entered; asks for nothing',
    to: naka, enc: 'utf8b64', when: '2026-04-07 02:11:55',
    subject: formSubjectNew(CASE.naka2),
    text: `${NAKAMURA.ja} 様

お問い合わせいただきありがとうございます。以下の内容で受け付けました。
(このメールは自動返信です)

----- お客様からいただいた情報 -----
お名前: ${NAKAMURA.ja}
会社名: 株式会社サンプルシステムズ
AWS 候補者 ID: ${NAKAMURA.keepId}
お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合
詳細: 認定アカウントの統合を希望します。統合元のメールアドレス ${NAKAMURA.src}
-------------------------------------

ケース番号: ${CASE.naka2}
担当者からの回答をお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.koba, trusted: false,
    note: 'receipt wording but from a look-alike domain (amazon-aws-support.com): untrusted',
    from: 'Amazon Web Services <no-reply-aws@amazon-aws-support.com>', to: koba, enc: 'jis7', when: '2026-03-01 14:22:31',
    subject: `[CASE ${CASE.koba}] お問い合わせを受け付けました`,
    text: `${KOBA.ja} 様

お問い合わせを受け付けました。ケースID: ${CASE.koba}

本人確認のため、下記URLよりサインインのうえお待ちください。
https://amazon-aws-support.com/jp/signin

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-body-only-koba', kind: 'acknowledgement', lang: 'ja', caseId: CASE.koba, auth: 'dkimonly',
    note: 'receipt with the case ID only in the body; aligned DKIM pass',
    from: AWS_NOTIFY, to: addr(KOBA.ja, KOBA.src), enc: 'sjis8', when: '2026-03-01 13:05:44',
    subject: 'お問い合わせありがとうございます',
    text: `AWS トレーニングと認定へのお問い合わせを承りました。

お問い合わせ番号 ${CASE.koba}

担当窓口より順番にご案内いたします。
なお、お急ぎの場合でも同じ内容のお問い合わせを重ねて送信されないようお願いいたします。

※このアドレスは送信専用です。`,
  }),
  mk({
    slug: 'ja-ack-lf-8bit-ito', kind: 'acknowledgement', lang: 'ja', caseId: '1780601145',
    note: 'receipt for a new case in 8bit UTF-8 with LF line ends',
    from: AWS_NOTIFY, to: ito, enc: 'utf88bit', crlf: false, when: '2026-05-18 08:00:12',
    subject: `Amazon Web Services サポート: ケース 1780601145 を受け付けました`,
    text: `お客様

AWS サポートへのお問い合わせを受け付けました。
ケースID:1780601145

AWS トレーニングと認定チームがご返信いたします(通常24時間以内)。
サポートセンターからケースの詳細をご確認いただけます。

Amazon Web Services, Inc.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice-ito', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated suggestion to use the self-service merge tool before opening a case',
    from: AWS_NOTIFY, to: ito, enc: 'jis7', when: '2026-02-03 01:09:48',
    subject: 'AWS トレーニングと認定: 生成された回答',
    text: `${ITO.ja} 様

お問い合わせ内容をもとに、AI が以下の回答を作成しました。

認定アカウントが複数ある場合は、AWS 認定アカウントにサインインし、プロフィールから
「アカウントのマージ」ツールをお試しください。画面の案内に沿って操作いただくと、
お客様ご自身で手続きいただける場合がございます。

この回答で解決しない場合は、「ケースを作成」を選択してサポート担当者にお問い合わせください。

※この回答は生成 AI によって作成されたものであり、不正確な情報が含まれる場合があります。`,
  }),
  mk({
    slug: 'ja-ai-html-naka', kind: 'ai_answer', lang: 'ja',
    note: 'automated answer (HTML+text) pointing to the Merge Accounts tool, asks whether it helped',
    from: AWS_NOTIFY, to: naka, enc: 'utf8b64', when: '2026-02-10 06:47:03',
    subject: 'お問い合わせへの自動回答',
    text: `自動回答

お客様のご質問: 認定アカウントを1つにまとめたい

回答:
AWS Certification アカウントでは、マージ(統合)機能をセルフサービスでご利用いただけます。
1. aws.training の認定アカウントにサインイン
2. 「Profile」→「Merge Accounts」を選択
3. 統合する側のアカウントの認証情報を入力

両方のアカウントに認定の履歴がある場合など、ツールでお手続きいただけないときはサポートまでご連絡ください。

この回答は役に立ちましたか? はい / いいえ`,
    html: htmlDoc(`<h3>自動回答</h3>
<p>お客様のご質問: 認定アカウントを1つにまとめたい</p>
<p>AWS Certification アカウントでは、マージ(統合)機能をセルフサービスでご利用いただけます。</p>
<ol><li>aws.training の認定アカウントにサインイン</li><li>「Profile」→「Merge Accounts」を選択</li><li>統合する側のアカウントの認証情報を入力</li></ol>
<p>両方のアカウントに認定の履歴がある場合など、ツールでお手続きいただけないときはサポートまでご連絡ください。</p>
<p>この回答は役に立ちましたか? <a href="https://aws.amazon.com/contact-us/?fb=yes">はい</a> / <a href="https://aws.amazon.com/contact-us/?fb=no">いいえ</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ai-case-koba', kind: 'ai_answer', lang: 'ja', caseId: CASE.koba,
    note: 'automated suggestion attached to the case while waiting for an agent',
    to: koba, enc: 'sjisb64', when: '2026-03-01 13:06:30',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

[自動応答] 担当者がケースを確認するまでの間、以下の情報がお役に立つかもしれません。

・AWS 認定アカウントのプロフィール画面にある「アカウントのマージ」からご自身で統合できる場合がございます。
・統合元アカウントのメールアドレスとパスワードをお手元にご用意ください。

上記で解決した場合、本ケースへのご返信は不要です。
このメッセージは自動で生成されています。`,
  }),
  mk({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer describing what happens after a merge; it is still the automated suggestion, nothing was merged',
    from: AWS_NOTIFY, to: addr(NAKAMURA.ja, NAKAMURA.src), enc: 'jisb64', when: '2026-04-07 02:05:10',
    subject: 'AI による回答のご案内',
    text: `AI による回答

アカウントの統合が完了すると、統合元アカウントの認定資格、試験履歴、特典(次回受験の50%割引バウチャー等)は
統合先アカウントに表示されるようになります。統合元アカウントは無効化されます。

統合はセルフサービスの「Merge Accounts」ツールで行えます。ツールでエラーとなる場合は、
ケースを作成してサポート担当者にご依頼ください。

※本回答は生成 AI による自動回答です。`,
  }),
  mk({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', auth: 'misaligned', trusted: false,
    note: 'AI-style answer; DKIM signed by an unrelated domain and dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: ito, enc: 'utf8qp', when: '2026-02-03 02:30:00',
    subject: '【AWS】自動回答:アカウント統合について',
    text: `こちらは自動回答です。

認定アカウントの統合はプロフィールの「アカウントのマージ」ツールからお手続きいただけます。
ご不明な点があれば、ケースを作成してお問い合わせください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ai-credly-hint', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated hint about claiming Credly badges after a merge; an AI suggestion, no badge moved',
    from: AWS_NOTIFY, to: koba, enc: 'jis7', when: '2026-03-01 13:04:58',
    subject: 'AWS トレーニングと認定: おすすめの解決方法',
    text: `おすすめの解決方法(自動生成)

デジタルバッジについて:
アカウントの統合を先に行い、その後 Credly でバッジを受け取ってください。
統合前にバッジを受け取ると、統合元のメールアドレスに紐づいたままになる場合があります。

アカウントの統合方法:
プロフィール > アカウントのマージ

解決しない場合は「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-short-8bit', kind: 'ai_answer', lang: 'ja',
    note: 'short generated answer suggesting the self-service tool',
    from: AWS_NOTIFY, to: naka, enc: 'utf88bit', when: '2026-04-07 02:04:31',
    subject: 'お問い合わせ内容に基づく回答',
    text: `ご質問ありがとうございます。生成AIの回答です。

複数の認定アカウントは、認定アカウントのプロフィールにある Merge Accounts(アカウントのマージ)機能でまとめられます。
うまくいかない場合はお手数ですがケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-mixed-en', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer in Japanese with English boilerplate; suggests the merge tool',
    from: AWS_NOTIFY, to: ito, enc: 'utf8b64', when: '2026-05-18 07:58:40',
    subject: 'Generated answer / 生成された回答',
    text: `This answer was generated by AI. / この回答は AI によって生成されました。

認定アカウントを統合するには、統合先にしたいアカウントでサインインし、
「Merge Accounts」を開いて、もう一方のアカウントの情報を入力してください。
両方に認定履歴がありツールが使えない場合は、Create case からサポートへご依頼ください。

Was this helpful? / 役に立ちましたか?`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-ids-ito', kind: 'info_request', lang: 'ja', caseId: CASE.ito,
    note: 'asks for both candidate IDs, emails and which account to keep',
    to: ito, enc: 'jis7', when: '2026-02-04 02:31:17',
    subject: formSubject(CASE.ito),
    text: `${headStiff(ITO.ja)}

この度はお問い合わせいただき、誠にありがとうございます。
アカウントの統合につきまして、お手続きを進めるにあたり、恐れ入りますが下記の情報をご提供いただけますでしょうか。

1. 両アカウントの AWS 候補者 ID
2. 両アカウントにご登録のメールアドレス
3. 存続をご希望されるアカウント(統合先)
4. 各アカウントで取得済みの認定資格名

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、何卒よろしくお願い申し上げます。
${sig('森下')}

${sfRef('1Ab9xQ')}

${sfOriginal(ITO.keep, '2026/02/03 10:14', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', ITO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-which-keep-naka', kind: 'info_request', lang: 'ja', caseId: CASE.naka,
    note: 'asks which of the two accounts should remain',
    to: naka, enc: 'sjis8', when: '2026-02-11 03:02:09',
    subject: formSubject(CASE.naka),
    extra: ['X-Mailer: Microsoft Outlook 16.0'],
    text: `${head(NAKAMURA.ja)}

お問い合わせの件、承知いたしました。
恐縮ではございますが、${NAKAMURA.keep} と ${NAKAMURA.src} のうち、
今後ご利用を継続されるのはどちらのアカウントか、ご教示いただけますと幸いです。
あわせて、もう一方のアカウントの候補者IDもお知らせいただけますでしょうか。

ご返信をお待ち申し上げております。
${sig('早川')}

${outlookJa(`${NAKAMURA.ja} <${NAKAMURA.keep}>`, '2026年2月10日 15:51', SUPPORT_BARE, 'アカウント統合のお願い', NAKA_REQ)}`,
  }),
  mk({
    slug: 'ja-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.koba, trap: true,
    note: 'worded with ご確認 but asks the customer to check and report the registered address: info_request',
    to: koba, enc: 'jisb64', when: '2026-03-02 05:40:26',
    subject: formSubject(CASE.koba),
    text: `${headStiff(KOBA.ja)}

お問い合わせいただきました件につきまして、統合元アカウント(${KOBA.srcId})に
登録されているメールアドレスが、いただいた ${KOBA.src} と一致しておりませんでした。

お手数ではございますが、統合元アカウントにご登録のメールアドレスを今一度ご確認のうえ、お知らせくださいませ。
認定の通知先メールアドレスをご変更されている場合は、変更前のアドレスもあわせてご記載いただけますと幸いです。

何卒よろしくお願い申し上げます。
${sig('須藤')}`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-with-ids', kind: 'info_request', lang: 'ja', caseId: CASE.ito,
    note: 'asks to write from the kept address AND to send the candidate IDs: info_request per the guide',
    to: addr(ITO.ja, ITO.src), enc: 'utf8qp', when: '2026-02-05 04:18:51',
    subject: formSubject(CASE.ito),
    text: `${ITO.ja} 様

お世話になっております。AWS トレーニングと認定 サポートの森下でございます。

セキュリティ上の理由により、統合先となるアカウントにご登録のメールアドレスから本ケースへご返信いただく必要がございます。
その際、統合元・統合先それぞれの候補者 ID を本文にご記載いただけますでしょうか。

ご不便をおかけいたしますが、ご協力のほどよろしくお願い申し上げます。
${sig('森下')}`,
  }),
  mk({
    slug: 'ja-info-cert-names', kind: 'info_request', lang: 'ja', caseId: CASE.naka2,
    note: 'asks for certification names and pass dates of the source account',
    to: naka, enc: 'utf8b64', when: '2026-04-08 01:12:00',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

ご連絡いただきありがとうございます。
ご本人様確認のため、統合元アカウントで取得された認定資格の名称と、それぞれの合格日(おおよそで構いません)をお教えいただけますか。
確認が取れ次第、次の手続きへ進めさせていただきます。

よろしくお願いいたします。
${sig('高木')}`,
  }),
  mk({
    slug: 'ja-info-freemail', kind: 'info_request', lang: 'ja', caseId: CASE.ito, trusted: false,
    note: 'asks for IDs and password, but From is a free-mail address with a support display name: untrusted',
    from: 'AWS トレーニングと認定 サポート <aws.cert.support.jp@gmail.com>', to: ito, enc: 'jis7', when: '2026-02-04 09:12:44',
    subject: `RE:[CASE ${CASE.ito}] アカウント統合に必要な情報のご提供のお願い`,
    text: `${ITO.ja} 様

統合作業のため、下記をご返信ください。
・候補者ID(両方)
・各アカウントのパスワード
・ご登録の生年月日

本日中にご返信がない場合、統合を行えません。

AWS サポート`,
  }),
  mk({
    slug: 'ja-info-again-gmail-quote', kind: 'info_request', lang: 'ja', caseId: CASE.koba,
    note: 'second request: the source candidate ID could not be found, please send it again',
    to: koba, enc: 'sjisb64', when: '2026-03-03 07:26:39',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

ご返信いただき、誠にありがとうございます。
しかしながら、ご記載の候補者 ID「${KOBA.srcId}」に該当するアカウントが見当たりませんでした。
大変恐れ入りますが、認定アカウントのプロフィール画面に表示されている候補者 ID を再度ご確認いただき、
お知らせいただけますでしょうか。スクリーンショットを添付いただく形でも差し支えございません。

引き続きよろしくお願い申し上げます。
${sig('須藤')}

${gmailJa('2026年3月2日(月) 21:03', `${KOBA.ja} <${KOBA.keep}>`, `統合元の候補者IDは ${KOBA.srcId} です。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-mixed-macro', kind: 'info_request', lang: 'ja', caseId: CASE.naka,
    note: 'Japanese request for the kept account and IDs, with an untranslated English macro block',
    to: naka, enc: 'utf88bit', when: '2026-02-12 00:45:30',
    subject: formSubject(CASE.naka),
    text: `${NAKAMURA.ja} 様

ご返信ありがとうございます。
お手数ですが、下記の項目をご記入のうえご返信ください。

Please provide the following:
- Candidate ID of the account to keep:
- Candidate ID of the account to be merged:
- Email address on each account:

日本語でのご記入で問題ございません。
${sig('早川')}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-irreversible-ito', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito,
    note: 'asks for consent to the merge, stating it cannot be undone',
    to: ito, enc: 'jis7', when: '2026-02-06 03:10:22',
    subject: formSubject(CASE.ito),
    text: `${headStiff(ITO.ja)}

ご提供いただいた情報を確認いたしました。下記の内容にてアカウントの統合を実施いたします。

 統合先: ${ITO.keepId} (${ITO.keep})
 統合元: ${ITO.srcId} (${ITO.src})

なお、統合は一度実施いたしますと元に戻すことができません。
上記の内容で進めてよろしいか、本メールへのご返信にてご承諾をいただけますでしょうか。
ご承諾を確認でき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。
${sig('森下')}`,
  }),
  mk({
    slug: 'ja-conf-reply-agree-naka', kind: 'confirmation_request', lang: 'ja', caseId: CASE.naka,
    note: 'asks the customer to reply 同意します before merging',
    to: naka, enc: 'sjis8', when: '2026-02-13 02:04:48',
    subject: formSubject(CASE.naka),
    text: `${head(NAKAMURA.ja)}

下記アカウントの統合作業を承ります。

 存続アカウント: ${NAKAMURA.keep} / ${NAKAMURA.keepId}
 統合されるアカウント: ${NAKAMURA.src} / ${NAKAMURA.srcId}

統合後、統合されるアカウントにはサインインできなくなり、この操作は取り消しできません。
内容に相違がなければ、「同意します」とご返信をお願いいたします。
${sig('早川')}`,
  }),
  mk({
    slug: 'ja-conf-ryoushou-koba', kind: 'confirmation_request', lang: 'ja', caseId: CASE.koba,
    note: 'asks for 了承 of the merge with IDs between the words',
    to: koba, enc: 'jisb64', when: '2026-03-04 04:55:03',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

お待たせいたしました。候補者 ID を確認できました。
${KOBA.srcId} に紐づく認定資格および特典を、${KOBA.keepId} へ移し、一つのアカウントにまとめる作業となります。
本作業は不可逆でございます。
ご了承いただけましたら、その旨ご返信くださいませ。
${sig('須藤')}`,
  }),
  mk({
    slug: 'ja-conf-html-naka2', kind: 'confirmation_request', lang: 'ja', caseId: CASE.naka2,
    note: 'HTML+text: asks the customer to approve the merge by replying',
    to: naka, enc: 'utf8qp', when: '2026-04-09 05:30:00',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

ご協力ありがとうございます。確認が取れましたので、統合の準備が整いました。

最終確認のお願い:
${NAKAMURA.srcId} を ${NAKAMURA.keepId} に統合してもよろしいでしょうか。統合後に元の状態へ戻すことはできません。
問題がなければ、このメールに「承認します」とご返信ください。
${sig('高木')}`,
    html: htmlDoc(`<p>${NAKAMURA.ja} 様</p>
<p>ご協力ありがとうございます。確認が取れましたので、統合の準備が整いました。</p>
<p><b>最終確認のお願い:</b><br>
${NAKAMURA.srcId} を ${NAKAMURA.keepId} に統合してもよろしいでしょうか。統合後に元の状態へ戻すことはできません。<br>
問題がなければ、このメールに「承認します」とご返信ください。</p>
<p>--<br>AWS トレーニングと認定 カスタマーサポート<br>担当: 高木</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-conf-lookalike', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, trusted: false,
    note: 'consent request from a look-alike domain (amazon-training.co): untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-training.co>', to: ito, enc: 'utf8b64', when: '2026-02-06 11:47:19',
    subject: formSubject(CASE.ito),
    text: `${ITO.ja} 様

アカウント統合の最終確認です。以下のリンクから統合に同意してください。
https://amazon-training.co/merge/consent?case=${CASE.ito}

統合は元に戻せません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-sf-quote-koba', kind: 'confirmation_request', lang: 'ja', caseId: CASE.koba,
    note: 'consent request in stiff keigo with the customer request quoted below',
    to: addr(KOBA.ja, KOBA.keep), enc: 'jis7', when: '2026-03-04 05:02:41',
    subject: formSubject(CASE.koba),
    text: `${headStiff(KOBA.ja)}

先ほどのご連絡に補足させていただきます。
統合の実施には、お客様ご本人様からの明示的なご同意が必要となっております。
お手数をおかけし誠に恐縮ではございますが、統合の実施に同意いただけるか否かを、ご返信にてお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。
${sig('須藤')}

${sfOriginal(KOBA.keep, '2026/03/01 22:05', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', KOBA_REQ)}`,
  }),
  mk({
    slug: 'ja-conf-mixed-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.naka,
    note: 'Japanese consent request with an English irreversibility line',
    to: naka, enc: 'utf88bit', when: '2026-02-13 02:20:15',
    subject: formSubject(CASE.naka),
    text: `${NAKAMURA.ja} 様

度々失礼いたします。
Please note this action is irreversible.
上記の通り、統合後は元に戻せませんので、よろしければ「統合に同意する」旨をご返信いただければと存じます。
${sig('早川')}`,
  }),
  mk({
    slug: 'ja-conf-reminder-ito', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito,
    note: 'reminder still asking for the consent reply before the merge',
    to: ito, enc: 'sjisb64', when: '2026-02-09 01:33:08',
    subject: formSubject(CASE.ito),
    text: `${ITO.ja} 様

先日ご案内いたしましたアカウント統合のご承諾につきまして、まだご返信を確認できておりません。
統合を進めてよろしければ、本メールにその旨ご返信いただけますでしょうか。
ご返信をいただくまで、統合作業は保留とさせていただいております。
${sig('森下')}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merged-ito', kind: 'merge_completed', lang: 'ja', caseId: CASE.ito,
    note: 'support says the account merge is complete',
    to: ito, enc: 'jis7', when: '2026-02-10 06:41:55',
    subject: formSubject(CASE.ito),
    text: `${headStiff(ITO.ja)}

ご承諾をいただき、誠にありがとうございました。
アカウントの統合が完了いたしましたので、ご報告申し上げます。

統合先アカウント ${ITO.keepId} にサインインのうえ、認定資格および特典が表示されていることをご確認くださいませ。
${sig('森下')}

${gmailJa('2026年2月9日(月) 19:02', `${ITO.ja} <${ITO.keep}>`, '統合に同意いたします。よろしくお願いします。')}`,
  }),
  mk({
    slug: 'ja-merged-check-naka', kind: 'merge_completed', lang: 'ja', caseId: CASE.naka,
    note: 'completion report that asks the customer to check everything looks right: still merge_completed',
    to: naka, enc: 'sjis8', when: '2026-02-16 08:15:27',
    subject: formSubject(CASE.naka),
    text: `${head(NAKAMURA.ja)}

統合作業が完了いたしましたことをご報告申し上げます。
${NAKAMURA.src} の認定履歴は ${NAKAMURA.keep} のアカウントへ移行済みでございます。
お手数ですが、サインイン後に認定資格・試験履歴・特典が正しく表示されているかご確認くださいますようお願い申し上げます。
${sig('早川')}`,
  }),
  mk({
    slug: 'ja-merged-and-close-koba', kind: 'merge_completed', lang: 'ja', caseId: CASE.koba,
    note: 'merge done and the case will be closed: the new fact is the merge',
    to: koba, enc: 'jisb64', when: '2026-03-06 02:08:44',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

ご返信ありがとうございます。
ご依頼いただいておりましたアカウントの統合処理を本日実施し、完了いたしました。
本ケースはこれにてクローズさせていただきます。

またご不明な点がございましたら、お気軽にお問い合わせくださいませ。
${sig('須藤')}`,
  }),
  mk({
    slug: 'ja-portal-merged', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: naka, enc: 'utf8qp', when: '2026-04-10 09:00:03',
    subject: 'AWS 認定: アカウントが統合されました',
    text: `${NAKAMURA.ja} 様

お客様の AWS 認定アカウントは統合されました。
今後は ${NAKAMURA.keep} でサインインしてください。統合されたアカウントの認定資格、試験履歴、特典は、このアカウントでご確認いただけます。

このメールにお心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification
https://www.aws.training/certification`,
    html: htmlDoc(`<p>${NAKAMURA.ja} 様</p><p>お客様の AWS 認定アカウントは<b>統合されました</b>。</p><p>今後は ${NAKAMURA.keep} でサインインしてください。統合されたアカウントの認定資格、試験履歴、特典は、このアカウントでご確認いただけます。</p><p>このメールにお心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。</p><p><a href="https://www.aws.training/certification">AWS Certification</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-merged-forged', kind: 'merge_completed', lang: 'ja', caseId: CASE.koba, auth: 'failThenForged', trusted: false,
    note: 'completion wording, but the top Authentication-Results says dmarc=fail (a pass header planted lower): untrusted',
    to: koba, enc: 'utf8b64', when: '2026-03-05 12:30:30',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

アカウントの統合が完了しました。
認定特典を引き続きご利用いただくため、下記より支払い情報をご登録ください。
https://aws-cert-benefit.example-pay.net/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-terse-ids', kind: 'merge_completed', lang: 'ja', caseId: CASE.naka2,
    note: 'terse agent note: the source ID has been merged into the kept ID',
    to: naka, enc: 'jis7', when: '2026-04-10 04:27:12',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

お世話になっております。
${NAKAMURA.srcId} を ${NAKAMURA.keepId} へ統合済みでございます。
以上、よろしくお願いいたします。
${sig('高木')}`,
  }),
  mk({
    slug: 'ja-merged-badge-separate', kind: 'merge_completed', lang: 'ja', caseId: CASE.ito,
    note: 'merge done; says Credly badges need a separate step (badges not moved yet)',
    to: ito, enc: 'utf88bit', when: '2026-02-10 06:50:10',
    subject: formSubject(CASE.ito),
    text: `${ITO.ja} 様

ご承諾いただいておりました認定アカウントの一本化が、本日完了いたしました。
ただし、Credly のデジタルバッジは自動では移行されません。
バッジにつきましては、別途 Credly 上でのお手続きが必要となる場合がございますので、予めご承知おきください。

なお今回の統合により、試験の予約履歴も統合先でご覧いただけます。
${sig('森下')}`,
  }),
  mk({
    slug: 'ja-merged-outlook-quote', kind: 'merge_completed', lang: 'ja', caseId: CASE.naka2,
    note: 'reply announcing the merge has been carried out, with an Outlook-style quote',
    to: naka, enc: 'sjisb64', when: '2026-04-10 04:20:00',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

ご承認いただきありがとうございました。
ご依頼の2アカウントについて、マージ処理を実施いたしました。統合先アカウントにて資格情報をご覧いただけます。
${sig('高木')}

${outlookJa(`${NAKAMURA.ja} <${NAKAMURA.keep}>`, '2026年4月9日 18:11', SUPPORT_BARE, formSubject(CASE.naka2), '承認します。\n中村')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-credly-aws-badge', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept account (バッジを入手する)',
    from: CREDLY_AWS, to: ito, enc: 'utf8qp', when: '2026-02-12 15:31:09',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${ITO.ja}さん、おめでとうございます。

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを入手する:
https://www.credly.com/earner/earned/badge/7d1e40c2-5b7a-4f4e-9d44-1f0b2a3c8e11

Credly は Pearson のサービスです。`,
    html: htmlDoc(`<div style="text-align:center"><p>${ITO.ja}さん、おめでとうございます。</p><p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p><p><b>AWS Certified Solutions Architect - Associate</b></p><p><a href="https://www.credly.com/earner/earned/badge/7d1e40c2-5b7a-4f4e-9d44-1f0b2a3c8e11" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを入手する</a></p><p style="font-size:11px">Credly は Pearson のサービスです。</p></div>`, 'ja'),
  }),
  mk({
    slug: 'ja-support-badges-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ito,
    note: 'support says the Credly badges have been moved to the kept account',
    to: ito, enc: 'jisb64', when: '2026-02-12 05:10:40',
    subject: formSubject(CASE.ito),
    text: `${headStiff(ITO.ja)}

デジタルバッジの件につきまして、ご不便をおかけし誠に申し訳ございませんでした。
Credly のバッジを統合先アカウント(${ITO.keep})へ移行いたしました。
Credly にサインインのうえ、バッジが表示されていることをご確認いただけますと幸いでございます。
${sig('森下')}

${gmailJa('2026年2月11日(水) 9:40', `${ITO.ja} <${ITO.keep}>`, 'Credlyのバッジが旧アドレス側に残ったままです。統合先に移していただけますか。')}`,
  }),
  mk({
    slug: 'ja-support-badges-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.naka,
    note: 'support announces badges reissued to the kept address and closes the case: badges_transferred',
    to: naka, enc: 'sjis8', when: '2026-02-18 07:44:02',
    subject: formSubject(CASE.naka),
    text: `${head(NAKAMURA.ja)}

お問い合わせいただいておりました Credly バッジにつきまして、
${NAKAMURA.keep} 宛てにバッジの付け替えが完了いたしました。
バッジは2件(Cloud Practitioner、Developer - Associate)でございます。

以上をもちまして、本ケースはクローズとさせていただきます。
${sig('早川')}`,
  }),
  mk({
    slug: 'ja-credly-reissued-html', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly HTML-only notice: AWS badges re-issued to the kept address',
    from: CREDLY_AWS, to: koba, enc: 'utf8b64', when: '2026-03-08 10:12:30',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: htmlDoc(`<table width="100%"><tr><td align="center">
<p>${esc(KOBA.ja)}さん</p>
<p>Amazon Web Services Training and Certification があなたに2件のバッジを発行しました。</p>
<p>AWS Certified Cloud Practitioner<br>AWS Certified SysOps Administrator - Associate</p>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p style="color:#888">このメールは ${esc(KOBA.keep)} 宛てに送信されました。</p>
</td></tr></table>`, 'ja'),
  }),
  mk({
    slug: 'ja-support-reissued-claim', kind: 'badges_transferred', lang: 'ja', caseId: CASE.koba,
    note: 'support says the badges were re-issued to the kept account and can be claimed from the Credly mail',
    to: koba, enc: 'jis7', when: '2026-03-08 02:00:18',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

大変お待たせいたしました。
デジタルバッジを統合先のメールアドレス ${KOBA.keep} にて再発行いたしました。
Credly(admin@credly.com)から届くメールの「バッジを入手する」よりお受け取りください。
${sig('須藤')}`,
  }),
  mk({
    slug: 'ja-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'Credly-style AWS badge mail from a look-alike domain (credly-mail.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: naka, enc: 'utf8qp', when: '2026-02-17 20:11:11',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${NAKAMURA.ja}さん

新しいバッジが届いています。
バッジを入手する: https://credly-mail.com/claim?id=88123

Credly`,
  }),
  mk({
    slug: 'ja-credly-sjis', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge from Credly (Shift_JIS) to the kept account after the merge',
    from: CREDLY_AWS, to: naka, enc: 'sjisb64', when: '2026-02-17 14:02:55',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${NAKAMURA.ja}さん

Amazon Web Services Training and Certification からバッジが発行されました。
AWS Certified Developer - Associate

バッジを入手する
https://www.credly.com/earner/earned/badge/2f9c0a11-7e3d-4b58-a0c2-55d1e6f7a910

受け取ったバッジは、LinkedIn などで共有できます。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-resolved-notify', kind: 'case_closed', lang: 'ja', caseId: CASE.ito,
    note: 'AWS Support notice that the case was resolved/closed',
    from: AWS_NOTIFY, to: ito, enc: 'jis7', when: '2026-02-13 00:05:11',
    subject: `[CASE ${CASE.ito}] ケースが解決済みになりました`,
    text: `${ITO.ja} 様

ケース ${CASE.ito} は解決済みとしてクローズされました。
追加のご質問がある場合は、このケースを再度開くか、新しいケースを作成してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-auto-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.naka2,
    note: 'reminder that the case will auto-close in 7 days without a reply',
    to: naka, enc: 'sjis8', when: '2026-04-14 01:00:00',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

先日のご連絡以降、お客様からのご返信を確認できておりません。
7日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。
引き続きサポートが必要な場合は、このメールにご返信ください。
${sig('高木')}`,
  }),
  mk({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.koba, trap: true,
    note: 'closing notice that only restates the merge done last week',
    to: koba, enc: 'jisb64', when: '2026-03-13 03:30:45',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

先週ご案内いたしましたとおり、アカウントの統合はすでに完了しております。
その後ご質問等がございませんでしたので、本件はクローズとさせていただきます。
${sig('須藤')}`,
  }),
  mk({
    slug: 'ja-closed-reopen-by-reply', kind: 'case_closed', lang: 'ja', caseId: CASE.naka,
    note: 'case set to resolved; reply to reopen',
    from: AWS_NOTIFY, to: naka, enc: 'utf8qp', when: '2026-02-25 00:00:41',
    subject: `ケース ${CASE.naka} のステータスが「解決済み」に変更されました`,
    text: `${NAKAMURA.ja} 様

お問い合わせいただいたケースのステータスを「解決済み」に変更しました。
ケース ID: ${CASE.naka}
このケースを再開する場合は、14日以内にこのメールへご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-no-ar', kind: 'case_closed', lang: 'ja', caseId: CASE.itoDup, auth: 'none', trusted: false,
    note: 'closing notice without any Authentication-Results: untrusted',
    from: AWS_NOTIFY, to: ito, enc: 'utf8b64', when: '2026-02-14 10:10:10',
    subject: `[CASE ${CASE.itoDup}] ケースはクローズされました`,
    text: `${ITO.ja} 様

ケース ${CASE.itoDup} はクローズされました。
ご利用ありがとうございました。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-duplicate-cases', kind: 'case_closed', lang: 'ja', caseId: CASE.itoDup, trap: true,
    note: 'duplicate cases folded together and this one closed; not the account merge',
    to: addr(ITO.ja, ITO.src), enc: 'jis7', when: '2026-02-05 05:05:05',
    subject: formSubject(CASE.itoDup),
    text: `${ITO.ja} 様

同じご依頼で重複してケースが作成されておりましたため、ケースを統合させていただきました。
今後のご案内はケース ${CASE.ito} にて行いますので、本ケース(${CASE.itoDup})はクローズいたします。
${sig('森下')}`,
  }),
  mk({
    slug: 'ja-closed-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.koba,
    note: 'will close if no reply within 3 business days',
    to: koba, enc: 'sjisb64', when: '2026-03-03 08:00:00',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

本ケースにつきまして、3営業日以内にご返信が確認できない場合は、解決済みとしてクローズさせていただきます。
再度お問い合わせいただく際は、お手数ですが本ケース番号をご記載ください。
${sig('須藤')}`,
  }),
  mk({
    slug: 'ja-closed-no-response', kind: 'case_closed', lang: 'ja', caseId: '1780601145',
    note: 'case closed because there was no response',
    to: ito, enc: 'utf88bit', when: '2026-05-29 02:02:02',
    subject: formSubject('1780601145'),
    text: `${ITO.ja} 様

一定期間ご返信をいただけなかったため、本ケースはクローズいたしました。
改めてお手続きをご希望の場合は、新たにお問い合わせいただけますようお願い申し上げます。
${sig('高木')}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-thanks-confirming', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'thanks for the consent, request passed to the team; nothing merged yet',
    to: ito, enc: 'jis7', when: '2026-02-09 04:44:04',
    subject: formSubject(CASE.ito),
    text: `${headStiff(ITO.ja)}

ご承諾のご連絡をいただき、誠にありがとうございます。
担当部署へ統合作業を依頼いたしました。作業完了まで数営業日を要する場合がございますので、今しばらくお待ちくださいませ。
${sig('森下')}`,
  }),
  mk({
    slug: 'ja-sr-will-notify', kind: 'support_reply', lang: 'ja', caseId: CASE.naka, trap: true,
    note: 'future: will notify once the merge is complete',
    to: naka, enc: 'sjis8', when: '2026-02-14 01:15:37',
    subject: formSubject(CASE.naka),
    text: `${NAKAMURA.ja} 様

ご返信ありがとうございます。
統合が完了しましたら、改めて本ケースにてご連絡いたします。
${sig('早川')}`,
  }),
  mk({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.koba, trap: true,
    note: 'negated: the merge is not completed yet, still in progress',
    to: koba, enc: 'jisb64', when: '2026-03-05 06:06:06',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

お問い合わせいただきありがとうございます。
恐れ入りますが、現時点ではアカウントの統合は完了しておりません。
担当チームにて作業中でございますので、今しばらくお待ちいただけますと幸いです。

${gmailJa('2026年3月5日(木) 12:40', `${KOBA.ja} <${KOBA.keep}>`, 'まだ統合元のアカウントにログインできるのですが、統合は終わっていますか?')}`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.naka2, trap: true,
    note: 'asks to contact from the kept address but requests no data: support_reply',
    to: addr(NAKAMURA.ja, NAKAMURA.src), enc: 'utf8qp', when: '2026-04-07 23:30:19',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

お問い合わせありがとうございます。
本件は、統合先(存続させる側)のアカウントにご登録のメールアドレスからご連絡いただく必要がございます。
お手数ですが、統合先のメールアドレスより本ケースへご返信くださいますようお願いいたします。
${sig('高木')}`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.ito,
    note: 'escalation/status update, no request',
    to: ito, enc: 'utf8b64', when: '2026-02-11 08:08:08',
    subject: formSubject(CASE.ito),
    text: `${ITO.ja} 様

お待たせしており申し訳ございません。
本件は専門部署へエスカレーションいたしました。回答が得られ次第、ご連絡いたします。
${sig('森下')}`,
  }),
  mk({
    slug: 'ja-sr-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.naka, trap: true,
    note: 'duplicate cases were merged into one (cases, not accounts); case stays open',
    to: naka, enc: 'jis7', when: '2026-02-11 02:02:20',
    subject: formSubject(CASE.naka),
    text: `${NAKAMURA.ja} 様

重複して作成されたお問い合わせを、本ケース ${CASE.naka} に統合いたしました。
以降は本ケースにてご案内いたしますので、ご了承ください。
${sig('早川')}`,
  }),
  mk({
    slug: 'ja-sr-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.koba, trap: true,
    note: 'answers a voucher question, conditional on the future merge',
    to: koba, enc: 'sjisb64', when: '2026-03-02 09:09:09',
    subject: formSubject(CASE.koba),
    text: `${KOBA.ja} 様

ご質問いただいた特典(50%割引バウチャー)について回答いたします。
統合後は、統合元アカウントで未使用の特典も統合先アカウントに表示される見込みでございます。
ただし有効期限は変わりませんので、ご注意ください。
${sig('須藤')}

${outlookJa(`${KOBA.ja} <${KOBA.keep}>`, '2026年3月2日 17:31', SUPPORT_BARE, formSubject(CASE.koba), '統合すると割引バウチャーはどうなりますか?')}`,
  }),
  mk({
    slug: 'ja-sr-delay-apology', kind: 'support_reply', lang: 'ja', caseId: CASE.naka2, crlf: false,
    note: 'apology for delay, status only',
    to: naka, enc: 'utf88bit', when: '2026-04-09 00:30:12',
    subject: formSubject(CASE.naka2),
    text: `${NAKAMURA.ja} 様

ご連絡が遅くなり、大変申し訳ございません。
現在、社内で確認を進めております。もうしばらくお時間をいただけますでしょうか。
${sig('高木')}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-survey-kaiketsu', kind: 'unrelated', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'satisfaction survey ("解決しましたか") about the case: unrelated',
    from: 'AWS Support <aws-support-survey@support.aws.com>', to: ito, enc: 'utf8qp', when: '2026-02-13 06:00:00',
    subject: 'アンケートのお願い: お問い合わせは解決しましたか?',
    text: `${ITO.ja} 様

先日はケース ${CASE.ito} でお問い合わせいただきありがとうございました。
お問い合わせは解決しましたか? 1分ほどのアンケートにご協力ください。

https://survey.support.aws.com/s/ja?case=${CASE.ito}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-credly-microsoft', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft (another issuer): unrelated',
    from: 'Microsoft via Credly <admin@credly.com>', to: naka, enc: 'jisb64', when: '2026-02-20 11:44:10',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `${NAKAMURA.ja}さん

Microsoft から新しいバッジが発行されました。
Microsoft Certified: Azure Fundamentals

バッジを入手する
https://www.credly.com/earner/earned/badge/0c1d2e3f-aaaa-4bbb-8ccc-123456789abc`,
  }),
  mk({
    slug: 'ja-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result mail from the portal (certification earned), not a merge event',
    from: PORTAL, to: koba, enc: 'sjis8', when: '2026-05-02 03:21:00',
    subject: 'AWS 認定試験の結果のお知らせ',
    text: `${KOBA.ja} 様

AWS Certified Security - Specialty 試験の結果が確定しました。
おめでとうございます。認定を取得されました。
認定アカウントにサインインして、スコアレポートと認定証をご確認ください。
デジタルバッジは数日以内に Credly から届きます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-own-consent-reply', kind: 'unrelated', lang: 'ja', caseId: CASE.ito, trusted: false, trap: true,
    note: 'the user\'s own consent reply (copy to self): own mail is unrelated',
    from: ito, to: SUPPORT, cc: ito, enc: 'jis7', when: '2026-02-09 10:02:31', tz: '+0900',
    subject: formSubject(CASE.ito),
    extra: ['User-Agent: Mozilla Thunderbird'],
    text: `ご担当者様

ご連絡ありがとうございます。
ご案内いただいた内容で統合に同意いたします。よろしくお願いいたします。

伊藤 健一

${sfOriginal(SUPPORT_BARE, '2026/02/06 12:10', ITO.keep, formSubject(CASE.ito), '上記の内容で進めてよろしいか、本メールへのご返信にてご承諾をいただけますでしょうか。')}`,
  }),
  mk({
    slug: 'ja-summit-registered', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'event registration confirmation (AWS Summit): marketing/event mail',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: koba, enc: 'utf8b64', when: '2026-05-20 01:00:00',
    subject: '【AWS Summit Japan】ご登録完了のお知らせ',
    text: `${KOBA.ja} 様

AWS Summit Japan へのご登録が完了しました。
認定資格をお持ちの方は、会場の「AWS 認定者ラウンジ」をご利用いただけます。受付で認定のデジタルバッジをご提示ください。

登録内容の確認・変更はこちら
https://aws.amazon.com/jp/summits/japan/

アマゾン ウェブ サービス ジャパン`,
  }),
  mk({
    slug: 'ja-colleague-ooo', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'a colleague\'s out-of-office auto-reply mentioning the merge case',
    from: '田村 亮 <r.tamura@sier.example.co.jp>', to: naka, enc: 'jis7', when: '2026-02-12 09:30:00', tz: '+0900',
    subject: '自動応答: アカウント統合の件',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `お疲れ様です。田村です。
2月12日から2月16日まで休暇のため不在にしております。
AWS認定アカウントの統合の件については、戻り次第確認いたします。
急ぎの場合は chatの方へご連絡ください。`,
  }),
  mk({
    slug: 'ja-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge code mail: unrelated to the certification merge',
    from: 'Credly <admin@credly.com>', to: addr(KOBA.ja, KOBA.src), enc: 'sjisb64', when: '2026-03-09 12:00:00',
    subject: 'Credly アカウント統合の確認コード',
    text: `${KOBA.ja}さん

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して、アカウントの統合を完了してください。

確認コード: 482 913

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'ja-forward-to-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.naka, trusted: false, forUser: false, trap: true,
    note: 'the user forwards the completion notice to a colleague; own mail, not delivered to the user',
    from: naka, to: '田村 亮 <r.tamura@sier.example.co.jp>', enc: 'utf8qp', when: '2026-02-16 18:30:00', tz: '+0900',
    subject: 'Fwd: ' + formSubject(CASE.naka),
    text: `田村さん

認定アカウントの統合、完了したそうです。共有まで。

---------- Forwarded message ---------
From: ${SUPPORT}
Date: 2026年2月16日(月) 17:15
Subject: ${formSubject(CASE.naka)}
To: <${NAKAMURA.keep}>

統合作業が完了いたしましたことをご報告申し上げます。`,
  }),
  mk({
    slug: 'ja-billing-invoice', kind: 'unrelated', lang: 'ja',
    note: 'AWS billing notice: not part of the merge case',
    from: 'Amazon Web Services <aws-billing@amazon.com>', to: ito, enc: 'utf88bit', when: '2026-03-03 10:00:00',
    subject: 'Amazon Web Services 請求書のお知らせ',
    text: `お客様

2026年2月分の AWS ご利用料金の請求書をご確認いただけます。
請求ダッシュボード: https://console.aws.amazon.com/billing/

Amazon Web Services`,
  }),
];

void paras;
void quote;
