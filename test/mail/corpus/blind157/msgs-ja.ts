// Set ez, Japanese messages (part 1: acknowledgement, ai_answer, info_request, confirmation_request).
import type { Msg } from './lib.js';
import { CASE, KEN, MISAKI, NOREPLY, SHO, SUPPORT, caseSubj, gmailJa, htmlDoc, mk, outlookJa, quote, sfBlock, sfRef } from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

const KEN_ASK = `AWS認定アカウントが2つあるので、1つにまとめていただけますか。
残す方: ${KEN.keep} (${KEN.keepId})
まとめる方: ${KEN.src} (${KEN.srcId})
転職で会社のアドレスが使えなくなる前に済ませたいです。
中村`;

const MISAKI_ASK = `お世話になります。小林です。
前職のアドレス (${MISAKI.src}) で受験した分を、個人アドレス (${MISAKI.keep}) のアカウントに寄せたいと思っています。
手順を教えてください。`;

const SHO_ASK = `大学のアドレスで取得したクラウドプラクティショナーと、個人アドレスで取ったSAAを一緒にしたいです。
候補ID: ${SHO.keepId} / ${SHO.srcId}`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-ken-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'automatic receipt of the new case; "until/after" clauses only describe what happens next',
    from: NOREPLY,
    to: kenTo,
    subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました`,
    at: '2026-11-24 21:03:11',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.ken}

担当者が内容を読んだ後で、通常24時間以内にメールでご連絡します。
ご連絡を差し上げるまでの間、同じご依頼で新しいケースを作成しないでください。重複したケースがあると、回答が遅れる原因になります。
追加の情報がある場合は、このメールにそのまま返信してください。

Amazon Web Services
このメッセージは送信専用アドレスから送られています。`,
  }),
  mk({
    slug: 'ja-ack-misaki-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'receipt for the new case in Shift_JIS; only promises a later reply',
    from: NOREPLY,
    to: misakiTo,
    subject: `ケース ${CASE.misaki} を作成しました - AWS Support`,
    at: '2026-11-25 08:41:50',
    enc: 'sjis8',
    text: `ケース ${CASE.misaki} が作成されました。

お問い合わせの種類: AWS トレーニングと認定
カテゴリ: アカウント

サポート担当からの最初の返信が届くまで、しばらくお待ちください。返信が届いたら、そのメールに返信するだけでやり取りを続けられます。
ケースの状況は、サポートセンターでいつでも確認できます。

よろしくお願いいたします。
AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-sho-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'HTML-only receipt with the case number; nothing has happened yet',
    from: NOREPLY,
    to: shoTo,
    subject: `お問い合わせ番号 ${CASE.sho} の受付について`,
    at: '2026-11-26 13:15:02',
    enc: 'utf8b64',
    html: htmlDoc(
      `<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2>お問い合わせありがとうございます</h2>
<p>${SHO.ja} 様</p>
<p>お問い合わせ番号 <b>${CASE.sho}</b> でご依頼を受け付けました。</p>
<p>担当者が確認を終え次第、ご登録のメールアドレス宛てにご連絡いたします。それまでは、このケースを開いたままにしておいてください。</p>
<p style="color:#666">AWS トレーニングと認定 カスタマーサポート</p>
</td></tr></table>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-ack-sho-duplicate',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.shoDup,
    note: 'receipt of a second (duplicate) case the user opened; still a receipt with its own case ID',
    from: NOREPLY,
    to: shoTo,
    subject: `[CASE ${CASE.shoDup}] 新しいケースが作成されました`,
    at: '2026-11-27 07:02:40',
    enc: 'jisb64',
    text: `新しいケースを受け付けました。ケース番号は ${CASE.shoDup} です。

担当者が割り当てられた後、このアドレスに返信が届きます。
すでに同じ内容でケースをお持ちの場合は、そちらへの返信をお待ちください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-forged-nolookup',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: CASE.ken,
    note: 'looks like a receipt but comes from a look-alike domain with no authentication at all',
    from: 'AWS サポート <no-reply@aws-support-center.jp.net>',
    to: kenTo,
    subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました(再送)`,
    at: '2026-11-25 02:11:09',
    auth: 'none',
    enc: 'utf8qp',
    text: `お問い合わせ (ケース ${CASE.ken}) を受け付けました。
本人確認が完了するまで、ケースは処理されません。下記のページでサインインしていただいた後、担当者がご連絡いたします。
https://aws-support-center.jp.net/verify
AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-echo-fields',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'receipt that echoes the customer\'s form text, which mentions merge completion and badges; still only the receipt',
    from: NOREPLY,
    to: misakiTo,
    subject: `お問い合わせを承りました [ケース ${CASE.misaki}]`,
    at: '2026-11-25 08:42:03',
    enc: 'utf8b64',
    text: `以下の内容でケースを作成しました。

ケース ID: ${CASE.misaki}
件名: 認定アカウントの統合
お問い合わせ内容:
前職のアカウントを個人のアカウントに統合したいです。統合が完了した後で、Credly のバッジも個人のほうへ移していただけますか。
連絡先: ${MISAKI.keep}

担当者からの返信があるまで、今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-qp-check',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'receipt whose sentences use 確認 in future clauses; no confirmation is asked',
    from: NOREPLY,
    to: `${SHO.keep}`,
    subject: `AWS サポート: ケース ${CASE.sho} を受け付けました`,
    at: '2026-11-26 13:14:48',
    enc: 'utf8qp',
    text: `このたびはお問い合わせいただき、ありがとうございます。

ケース番号 ${CASE.sho}
受付日時 2026/11/26 13:14 JST

担当者がお問い合わせ内容を確認した後、メールにてご連絡いたします。確認が済むまでは、ケースのステータスは「対応待ち」と表示されます。

※本メールは自動送信です。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice-tool',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI suggestion to use the self-service tool; "after entering the code the merge completes" is procedure, not news',
    from: NOREPLY,
    to: kenTo,
    subject: 'AWS トレーニングと認定: AI が生成した回答',
    at: '2026-11-24 20:58:31',
    text: `以下は AI によって生成された回答です。内容が正しくない場合があります。

ご質問: 認定アカウントを1つにまとめたい

認定ポータルのプロフィールから「アカウントの統合」を開き、統合元のメールアドレスを入力してください。確認コードが届いたら、そのコードを入力した後で統合が完了します。
ただし、両方のアカウントに認定の履歴がある場合はこのツールを使えません。その場合は、この画面で「ケースを作成」を選んでください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-badge-after',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'automated answer that explains badges are claimed after a merge; stays ai_answer',
    from: NOREPLY,
    to: misakiTo,
    subject: '自動回答: Credly のバッジが表示されない',
    at: '2026-11-25 08:35:12',
    enc: 'sjisb64',
    text: `(自動生成された回答)

複数の認定アカウントをお持ちの場合、Credly にバッジが表示されないことがあります。
まずアカウントを統合し、統合が済んだ後で Credly にサインインしてバッジを受け取り直してください。
統合の前にバッジを受け取ろうとすると、古いメールアドレス宛てに発行されたままになる場合があります。

解決しない場合は、「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-short',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'short AI-generated suggestion shown before a case exists',
    from: NOREPLY,
    to: shoTo,
    subject: 'AI アシスタントからの回答',
    at: '2026-11-26 13:09:55',
    enc: 'utf88bit',
    text: `AI アシスタントの回答:
認定アカウントの統合は、まずポータルの「Merge Accounts」ツールでお試しください。ツールでエラーが出た後でも、ここからケースを作成すれば担当者が対応します。
この回答で解決しましたか? [はい] [いいえ、ケースを作成する]`,
  }),
  mk({
    slug: 'ja-ai-html-multipart',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'multipart AI answer pointing to the tool and the FAQ',
    from: NOREPLY,
    to: misakiTo,
    subject: 'お問い合わせへの AI 回答',
    at: '2026-11-25 08:33:40',
    enc: 'utf8qp',
    text: `生成AIによる回答です。

重複したアカウントは、認定ポータル右上のプロフィール → 「アカウントの統合」で、ご自身でまとめられる場合があります。
手順に進む前に、両方のアカウントにサインインできることを確かめておいてください。
よくある質問: https://aws.amazon.com/certification/faqs/`,
    html: htmlDoc(
      `<p><i>生成AIによる回答です。</i></p>
<p>重複したアカウントは、認定ポータル右上のプロフィール → 「アカウントの統合」で、ご自身でまとめられる場合があります。</p>
<p>手順に進む前に、両方のアカウントにサインインできることを確かめておいてください。</p>
<p><a href="https://aws.amazon.com/certification/faqs/">よくある質問</a></p>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-ai-before-note',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI answer listing what to note down before merging; reads like an info request but is automated advice',
    from: NOREPLY,
    to: kenTo,
    subject: 'AI による回答: アカウント統合の準備',
    at: '2026-11-24 20:59:02',
    enc: 'sjis8',
    text: `※この回答は AI が作成しました。

統合の前に、次の情報を手元に控えておくと、ケースを作成したときにスムーズです。
・両アカウントの候補ID (AWS から始まる番号)
・それぞれのログイン用メールアドレス
・取得済みの認定と有効期限
控えを取った後で、「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ja-ai-forged-fail',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    note: 'AI-answer look-alike whose DMARC check failed at the receiving server',
    from: NOREPLY,
    to: shoTo,
    subject: 'AI アシスタント: アカウント統合のご案内',
    at: '2026-11-26 04:40:17',
    auth: 'fail',
    enc: 'jisb64',
    text: `AI アシスタントからのご案内です。
アカウントを統合するには、統合ツールにサインインした後、画面の指示に従ってください。
https://merge-tool.example-aws.net/login`,
  }),
  mk({
    slug: 'ja-ai-signin-lost',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI explanation of what happens once a merge is complete; no merge happened',
    from: NOREPLY,
    to: `${SHO.keep}`,
    subject: '自動生成された回答について',
    at: '2026-11-26 13:10:30',
    text: `以下は自動生成された回答です。

統合が完了すると、統合元のアカウントにはサインインできなくなり、認定と特典は統合先に表示されます。
統合が終わるまでは、どちらのアカウントでも受験の予約を変更しないことをおすすめします。
担当者に相談したい場合は、「ケースを作成」を選んでください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-ken-before',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'support asks for IDs, addresses and which account to keep before it can merge',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-11-25 11:20:44',
    text: `中村 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

統合の前に、以下をお知らせください。
1. 両アカウントの候補ID
2. 各アカウントのログイン用メールアドレス
3. 残すアカウントはどちらか

いただいた内容を照合した後で、次のご案内をいたします。

AWS トレーニングと認定 カスタマーサポート
田村

${sfRef('1AbC3')}

${sfBlock(`${KEN.keep}`, '2026/11/24 21:02', `[AWS Training and Certification Form Submission] - account-assistance`, KEN_ASK)}`,
  }),
  mk({
    slug: 'ja-info-misaki-hold',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: '「ご確認のうえお知らせください」 asks which address to keep: an information request, not consent',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-11-26 10:05:13',
    enc: 'jisb64',
    text: `小林 様

お問い合わせありがとうございます。
ご返信いただくまで手続きを保留いたします。残す方のアカウントのメールアドレスをご確認のうえ、お知らせください。

なお、統合元 (${MISAKI.src}) で最後に受験された日付も、わかる範囲で添えていただけると助かります。

よろしくお願いいたします。
Yuki
AWS Training and Certification Customer Service

${sfBlock(`${MISAKI.keep}`, '2026/11/25 08:41', '[AWS Training and Certification Form Submission] - account-assistance', MISAKI_ASK)}`,
  }),
  mk({
    slug: 'ja-info-sho-teform',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'te-form chain ending in a request for the missing candidate ID; 確認 appears only as "could not verify"',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-11-27 16:48:20',
    enc: 'sjisb64',
    text: `伊藤様

ご連絡ありがとうございます。
いただいた候補IDのうち、大学のアドレスのほうは番号が一桁欠けていて、こちらで確認が取れないため、お手数ですが CertMetrics にサインインして、プロフィールに表示されている ID をお送りください。
ID が届いてから、統合の手続きに入ります。

AWS T&C サポート 森

${sfBlock(`${SHO.keep}`, '2026/11/26 13:14', '[AWS Training and Certification Form Submission] - account-assistance', SHO_ASK)}`,
  }),
  mk({
    slug: 'ja-info-ken-twokeeps',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'after reading the reply support found two "keep" addresses and asks which one; the merge is only a future step',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-11-27 09:31:07',
    enc: 'utf8qp',
    text: `中村様

お返事ありがとうございます。いただいた情報を拝見した後で、残すアカウントとして2つのメールアドレスが書かれていることに気づきました。
${KEN.keep} と ${KEN.src} のどちらを残すか、お知らせいただき次第、統合を進めます。

田村

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年11月26日 22:14', SUPPORT, caseSubj(CASE.ken))}

田村様

お世話になります。
残す方: ${KEN.keep} / ${KEN.keepId}
念のため、会社のほう (${KEN.src}) でもログインできます。残す方を会社にしても構いません。
中村`,
  }),
  mk({
    slug: 'ja-info-sho-skillbuilder',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'asks for the Skill Builder address and pass dates before the merge work starts',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-11-28 10:12:55',
    enc: 'sjis8',
    text: `伊藤 様

統合作業の前に、もう少し情報が必要でs。
- AWS Skill Builder にサインインするときのメールアドレス
- クラウドプラクティショナーに合格した日 (おおよそで構いません)
この2点がそろってから、担当チームへ依頼をかけます。

${gmailJa('2026年11月27日(金) 18:02', `${SHO.ja} <${SHO.keep}>`)}
${quote(`森様
IDを送ります。${SHO.srcId} です。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-forged-password',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    note: 'phishing-style request for passwords from an unauthenticated look-alike domain; labelled by what it says',
    from: 'AWS Training and Certification <support@aws-training-support.jp>',
    to: misakiTo,
    subject: `RE:[CASE ${CASE.misaki}] 追加情報のお願い`,
    at: '2026-11-26 03:22:10',
    auth: 'none',
    text: `小林様
統合を行う前に、本人確認が必要です。両アカウントのメールアドレスとパスワードを、このメールへの返信でお知らせください。
ご返信いただくまで、ケースは保留となります。`,
  }),
  mk({
    slug: 'ja-info-ken-wrongid',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'main clause is the new finding (ID not found); asks for the correct ID before merging',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-11-30 14:02:31',
    text: `中村様

先日お送りいただいた候補ID ${KEN.srcId} を照会したところ、統合元のアカウントに該当する認定が見つかりませんでした。
統合を行う前に、正しい ID をもう一度お知らせいただけますか。ログイン後の画面右上に表示されています。

田村`,
  }),
  mk({
    slug: 'ja-info-misaki-irreversible-first',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'mentions what is true after a merge, but the request is for the login address of the kept account',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-11-27 11:40:02',
    enc: 'utf8b64',
    text: `小林様

統合が済んだ後ではアカウントを分け直すことができません。その前に、残すアカウントのログイン用メールアドレスを教えていただけますか。
前回のご返信では、個人アドレスと前職アドレスの両方が「残す方」として読めてしまいました。

Yuki`,
    html: htmlDoc(
      `<p>小林様</p>
<p>統合が済んだ後ではアカウントを分け直すことができません。その前に、残すアカウントのログイン用メールアドレスを教えていただけますか。<br>
前回のご返信では、個人アドレスと前職アドレスの両方が「残す方」として読めてしまいました。</p>
<p>Yuki</p>`,
      'ja',
    ),
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-ken-reply-then',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'asks for consent; the merge waits on the reply (ご返信いただき次第、統合を行います)',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-01 10:17:45',
    text: `中村 様

ご返信いただき次第、統合を行います。
統合した後は元に戻せません。以下の内容でよろしければ、このメールに「同意します」とご返信ください。

統合元: ${KEN.srcId} (${KEN.src})
統合先: ${KEN.keepId} (${KEN.keep})

AWS トレーニングと認定 カスタマーサポート 田村`,
  }),
  mk({
    slug: 'ja-conf-misaki-hold',
    kind: 'confirmation_request',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'consent request; badges and completion appear only in a future clause',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-11-30 09:58:12',
    enc: 'sjis8',
    text: `小林様

ご確認いただくまで手続きを保留いたします。
前職のアカウント (${MISAKI.srcId}) を個人のアカウント (${MISAKI.keepId}) に統合してよろしいか、ご返信でお知らせください。この操作は取り消せません。
統合完了後、バッジは順次移行されます。

Yuki / AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-sho-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'HTML consent request with a table of both accounts',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-11-30 17:25:33',
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>伊藤様</p>
<p>下記のとおり統合を予定しています。</p>
<table border="1" cellpadding="4"><tr><th></th><th>候補ID</th><th>メールアドレス</th></tr>
<tr><td>統合元</td><td>${SHO.srcId}</td><td>${SHO.src}</td></tr>
<tr><td>統合先</td><td>${SHO.keepId}</td><td>${SHO.keep}</td></tr></table>
<p>内容に間違いがなければ、統合に同意する旨をこのメールへの返信でお伝えください。同意のお返事を受け取ってから作業に入ります。一度統合すると元には戻せません。</p>
<p>AWS T&amp;C サポート 森</p>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-conf-ken-outlook-thread',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'after the details were checked, support asks for the final go-ahead; quoted Outlook history below',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-11-30 16:44:19',
    enc: 'jisb64',
    text: `中村様

正しい ID をありがとうございます。照合が取れました。
統合する前に、最終確認としてお伺いします。${KEN.srcId} の認定3件を ${KEN.keepId} にまとめ、${KEN.srcId} は使えなくなりますが、よろしいでしょうか。
「はい」とご返信いただいた時点で、担当チームに作業を依頼します。

田村

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年11月30日 15:10', SUPPORT, caseSubj(CASE.ken))}

正しくは ${KEN.srcId.replace('77', '71')} ではなく ${KEN.srcId} でした。失礼しました。
中村`,
  }),
  mk({
    slug: 'ja-conf-resent-helpdesk',
    kind: 'confirmation_request',
    lang: 'ja',
    forUser: false,
    caseId: CASE.sho,
    note: 'consent request redirected by the university mail system to its help desk (Resent-*): not delivered to the user',
    to: `${SHO.src}`,
    subject: caseSubj(CASE.sho),
    at: '2026-11-30 17:26:02',
    enc: 'jisb64',
    resent: { from: 'postmaster@univ.example.ac.jp', to: 'helpdesk@univ.example.ac.jp', date: 'Mon, 30 Nov 2026 17:26:40 +0900' },
    text: `伊藤様
下記2アカウントを統合してよろしいでしょうか。統合後の取り消しはできません。
${SHO.srcId} → ${SHO.keepId}
お返事をいただくまでは、何も変更いたしません。`,
  }),
  mk({
    slug: 'ja-conf-forged-below',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    note: 'consent request whose only dmarc=pass verdict sits below the server\'s Received line (forged)',
    from: SUPPORT,
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-11-29 23:51:08',
    auth: 'forgedBelow',
    enc: 'utf8qp',
    text: `小林様
統合の準備が整いました。ご同意いただけるまで作業は始められませんので、下記のフォームで「同意」を押してください。
https://aws-consent.example-forms.net/${CASE.misaki}`,
  }),
  mk({
    slug: 'ja-conf-sho-noreply-nomerge',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'ready to merge, waiting for consent; "no merge without a reply"',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-01 09:03:27',
    text: `伊藤様

Skill Builder のアドレスもありがとうございました。統合の準備が整いましたので、ご同意のお返事をお待ちしています。
ご返信がない限り、統合は行われません。統合してよい場合は、その旨を一言お送りください。

森`,
  }),
  mk({
    slug: 'ja-conf-mixed-boilerplate',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'English boilerplate around a Japanese consent request; language ja',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-01 10:20:02',
    enc: 'utf8qp',
    text: `Hello,

中村様、何度も失礼いたします。先ほどのメールに補足です。
同意のご返信をいただいてから、通常 1 - 3 営業日で統合が終わります。統合が終わるまでは試験の予約を変更しないでください。
ご同意いただける場合は、「統合に同意します」とご返信ください。

We value your feedback. Please share your experience by rating this correspondence.
Sincerely,
AWS Training and Certification`,
  }),
];
