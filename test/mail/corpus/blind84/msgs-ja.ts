// Set ce, Japanese messages: the same events told by many different agents.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, KENJI, KENJI_REQ, SUPPORT, SUPPORT_BARE, TARO, TARO_REQ, YUKI, YUKI_REQ,
  formSubject, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const K = CASE.kenji;
const Y = CASE.yuki;
const T = CASE.taro;
const kReqQ = sfOriginal(`${KENJI.en} <${KENJI.keep}>`, '2026/03/02 22:41', SUPPORT_BARE, `[AWS Training and Certification Form Submission] - account-assistance`, KENJI_REQ);
const yReqQ = sfOriginal(`${YUKI.en} <${YUKI.keep}>`, '2026/05/18 9:03', SUPPORT_BARE, `[AWS Training and Certification Form Submission] - account-assistance`, YUKI_REQ);

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-system-plain', kind: 'acknowledgement', lang: 'ja', caseId: K, from: AWS_NOTIFY,
    subject: `[CASE ${K}] お問い合わせを承りました`,
    note: 'automatic receipt of the new case with its ID',
    text: `このメールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定へのお問い合わせを承りました。
ケース ID: ${K}
件名: account-assistance

通常、24 時間以内に担当者からご連絡します。同じ内容で新しいケースを作成されますと、対応が遅れる原因となりますのでご遠慮ください。
ケースに情報を追加される場合は、このメールにそのまま返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-shape-only', kind: 'acknowledgement', lang: 'ja', caseId: Y, from: AWS_NOTIFY, to: YUKI.keep, enc: 'sjis8',
    subject: `ケース ${Y} が作成されました`,
    note: 'receipt recognisable by its shape (case created, reply to this mail), no 受付 word',
    text: `${YUKI.ja} 様

ケース ${Y} が作成されました。
ご返信はこのメールへどうぞ。担当者から折り返します。

お問い合わせ種別: AWS トレーニングと認定
カテゴリ: 認定 / アカウントの統合

※本メールへの返信はケースに記録されます。`,
  }),
  mk({
    slug: 'ack-overseas-ja', kind: 'acknowledgement', lang: 'ja', caseId: T, from: AWS_NOTIFY, to: TARO.keep, enc: 'utf8b64',
    subject: `あなたのリクエストは受信されました [CASE ${T}]`,
    note: 'receipt written by a non-native template translation; still the receipt',
    text: `こんにちは、

あなたのリクエストは私たちに受信されました。ケース番号は ${T} です。
私たちのチームはなるべく早く、通常1営業日の中で、返事をします。
同じリクエストについてもう一つのケースを開かないでください。それは返事を遅くします。

ありがとうございます。
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ack-html-ja', kind: 'acknowledgement', lang: 'ja', caseId: K, from: AWS_NOTIFY, enc: 'utf8b64', to: KENJI.keep,
    subject: `AWS サポート: ケース ${K} を受け付けました`,
    note: 'HTML-only receipt with case ID',
    html: htmlDoc(paras(`森 健二 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
下記のとおりケースをお預かりしました。

ケース ID ${K}
ステータス: 担当者の割り当て待ち

回答をお待ちいただく間、よくある質問もご覧ください。`)),
  }),
  mk({
    slug: 'ack-bilingual', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji2, from: AWS_NOTIFY, enc: 'utf8qp',
    subject: `[CASE ${CASE.kenji2}] ご連絡ありがとうございます / Thank you for contacting us`,
    note: 'receipt with Japanese lead and English boilerplate: ja',
    text: `お問い合わせありがとうございます。ケース番号 ${CASE.kenji2} でお受けしました。担当者より追ってご連絡いたします。

Thank you for contacting AWS Training and Certification. Your case ${CASE.kenji2} has been created and a member of our team will respond shortly.
Please do not open additional cases for the same request.`,
  }),
  mk({
    slug: 'ack-case-in-body-only', kind: 'acknowledgement', lang: 'ja', caseId: Y, from: AWS_NOTIFY, to: YUKI.keep, enc: 'jisb64',
    subject: `AWS トレーニングと認定 お問い合わせ受付`,
    note: 'receipt; case ID only in the body',
    text: `田中様

お問い合わせ内容を確かに受領いたしました。
なお、本件の番号は ${Y} となります。追加のご連絡の際は、この番号を件名に残したままご返信ください。

――
AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: K, trusted: false, auth: 'pass',
    from: 'AWS トレーニングと認定 <no-reply@aws-certification-support.com>',
    subject: `[CASE ${K}] お問い合わせを受け付けました`,
    note: 'receipt shape from a look-alike domain: untrusted',
    text: `お問い合わせを受け付けました。ケース ID: ${K}
本人確認のため、以下のリンクからサインインしてください。
https://aws-certification-support.com/signin`,
  }),
  mk({
    slug: 'ack-short-sjisb64', kind: 'acknowledgement', lang: 'ja', caseId: T, from: AWS_NOTIFY, to: TARO.keep, enc: 'sjisb64',
    subject: `[CASE ${T}] ケース作成のお知らせ`,
    note: 'terse automatic receipt',
    text: `ケースを作成しました。
ケース ID: ${T}
このメールに返信すると、ケースにコメントが追加されます。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, enc: 'utf8b64',
    subject: 'AWS サポート: 生成 AI による回答案',
    note: 'AI suggestion pointing at the self-service Merge Accounts tool',
    text: `以下は生成 AI が作成した回答です。内容が正確でない場合があります。

認定アカウントが 2 つある場合は、AWS 認定アカウントの「プロフィール」から「アカウントの統合 (Merge Accounts)」を開き、画面の案内に従ってください。
どちらのアカウントにも認定履歴がある場合、このツールでは処理できないことがあります。その場合は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ai-after-merge-explained', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, enc: 'jisb64', trap: true,
    subject: '自動回答: 認定アカウントの統合について',
    note: 'automated answer that explains what happens after a merge; stays ai_answer (trap: merge/badge words)',
    text: `【自動回答】
お問い合わせの内容から、次の情報がお役に立つ可能性があります。

・統合が完了すると、統合元の認定と特典は統合先のアカウントに表示されます。
・Credly のデジタルバッジは統合後に新しいメールアドレスで受け取り直す必要がある場合があります。
・統合は取り消せません。

解決しない場合は、このページ下部から担当者へのお問い合わせにお進みください。`,
  }),
  mk({
    slug: 'ai-overseas', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: YUKI.keep, enc: 'utf8qp',
    subject: 'AWS トレーニングと認定 - おすすめの解決方法',
    note: 'machine-suggested self-service answer in stiff Japanese',
    text: `これは自動的に作られた提案です。

あなたは「マージアカウント」のツールを使用して、自分で 2 つのアカウントを結合することができます。
手順: サインイン → プロフィール → アカウントのマージ → もう一方のアカウントのメールアドレスを入力。

問題が解決されない場合、「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ai-html', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: TARO.keep, enc: 'utf8b64',
    subject: 'Amazon Q による回答: アカウントの統合',
    note: 'HTML AI answer',
    html: htmlDoc(`<p><b>AI が生成した回答</b>(参考情報)</p>
<p>重複した認定アカウントは、認定ポータルのセルフサービス機能でまとめられる場合があります。<br>
サインイン後、右上の名前 &gt; <b>アカウントの統合</b> を選択してください。</p>
<p>両方のアカウントに合格履歴があるときは、サポートへのケース作成が必要です。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成する</a></p>`),
  }),
  mk({
    slug: 'ai-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, enc: 'sjis8',
    subject: 'お問い合わせ前に: よくある解決方法',
    note: 'automated suggestion before a case is created',
    text: `ケースを作成する前に、次の方法をお試しください(自動生成のご案内です)。

1. 認定アカウントにサインインする
2. 「Merge Accounts」ツールで、統合したいもう一方のアカウントを指定する
3. 届いたメールのリンクで承認する

上記で解決しない場合のみ、ケースを作成してください。`,
  }),
  mk({
    slug: 'ai-ja-with-ticket-words', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, enc: 'jis7', trap: true,
    subject: 'AI アシスタントからのご案内',
    note: 'AI answer that mentions receipt and confirmation steps in general terms (trap)',
    text: `AI アシスタントがお答えします。

担当者による統合をご希望の場合、ケース作成後に受付メールが届き、その後、統合への同意を求めるメールが届くのが一般的な流れです。
ただし、多くの場合はセルフサービスの統合ツールで即時に完了できます。まずそちらをお試しください。

※この回答は自動生成されたものです。`,
  }),
  mk({
    slug: 'ai-forged', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'none', enc: 'utf8b64',
    from: 'AWS AI Support <assist@aws-training-help.net>',
    subject: 'AI回答: アカウント統合ツールのご案内',
    note: 'AI-style answer from a non-AWS domain without authentication',
    text: `AI が回答を生成しました。
セルフサービスの統合ツールはこちら: https://aws-training-help.net/merge
ログインして 2 つのアカウントを選択してください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-newhire', kind: 'info_request', lang: 'ja', caseId: K, subject: formSubject(K),
    note: 'new hire, very polite: asks for candidate IDs and emails of both accounts',
    text: `森 健二 様

このたびは AWS トレーニングと認定サポートにお問い合わせいただき、誠にありがとうございます。
本件を担当させていただきます、カスタマーサポートの石川と申します。まだ不慣れな点もございますが、どうぞよろしくお願い申し上げます。

さて、アカウント統合のご依頼につきまして、手続きを進めるにあたり、恐れ入りますが以下の情報をご提供いただけますと幸いでございます。

・統合先(残す)アカウントの候補者 ID と登録メールアドレス
・統合元(まとめる)アカウントの候補者 ID と登録メールアドレス
・各アカウントでお持ちの認定の名称

お手数をおかけいたしまして大変恐縮ですが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
石川

${sfRef('Kx1')}

${kReqQ}`,
  }),
  mk({
    slug: 'info-senior-terse', kind: 'info_request', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jisb64', subject: formSubject(Y),
    note: 'senior agent, three short items to send back',
    text: `田中様

以下 3 点、ご返信ください。
1) 残すアカウントのメールアドレス
2) もう一方の候補者 ID(AWS から始まる番号)
3) 直近の受験日

揃い次第、次の手順に進みます。
長谷川

${yReqQ}`,
  }),
  mk({
    slug: 'info-overseas-ja', kind: 'info_request', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8b64', subject: formSubject(T),
    note: 'overseas team writing Japanese: asks which account to keep and both addresses',
    text: `山田様、

こんにちは。お問い合わせありがとうございます。

アカウントをマージするために、私たちは次の情報が必要です:
- どちらのアカウントを保持したいですか?
- 両方のアカウントのメールアドレス

この情報をこのメールへの返信で送ってください。

よろしく、
Priya
AWS トレーニングと認定

${quote(TARO_REQ)}`,
  }),
  mk({
    slug: 'info-supervisor', kind: 'info_request', lang: 'ja', caseId: K, enc: 'sjis8', subject: formSubject(K),
    note: 'supervisor steps in and asks for the kept address and a proof of the old one',
    text: `森様

AWS トレーニングと認定サポートの責任者をしております、村上です。
本件、担当者間の引き継ぎでお時間をいただいてしまい、申し訳ございません。

統合元のアドレス(${KENJI.src})は現在ご利用になれないと伺っております。
つきましては、統合元アカウントで最後に受験された試験名と受験日、ならびに統合後に残すメールアドレスをお知らせいただけますでしょうか。こちらで本人確認の代わりとさせていただきます。

村上
AWS トレーニングと認定 サポート チームリード`,
  }),
  mk({
    slug: 'info-template-with-note', kind: 'info_request', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'agent note above the standard template; the template asks for IDs',
    text: `田中様
担当の佐々木です。定型文で恐縮ですが、下記の項目だけご返信いただければ大丈夫です。

--------------------------------------------------
認定アカウントの統合には、次の情報が必要です。
  - 統合先アカウント: 候補者 ID / メールアドレス
  - 統合元アカウント: 候補者 ID / メールアドレス
  - 氏名(ローマ字)
--------------------------------------------------

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-kakunin-oshirase', kind: 'info_request', lang: 'ja', caseId: T, to: TARO.keep, enc: 'sjisb64', subject: formSubject(T), trap: true,
    note: 'asks to confirm and report the kept address (ご確認のうえお知らせください): info_request worded like a confirmation (trap)',
    text: `山田 太郎 様

いつもお世話になっております。
統合後にご利用になるメールアドレスについて、登録情報と相違がないかご確認のうえ、お知らせください。
${TARO.keep} と ${TARO.src} のいずれを残されるか、念のため明記いただけますと助かります。

AWS トレーニングと認定 サポート 小池`,
  }),
  mk({
    slug: 'info-implicit', kind: 'info_request', lang: 'ja', caseId: K, enc: 'utf8qp', subject: formSubject(K),
    note: 'request phrased without a request word: the missing ID is pointed out',
    text: `森様

ご連絡ありがとうございます。
いただいた内容を拝見しましたが、統合元アカウントの候補者 ID が見当たらないようです。こちらがないと、どのアカウントを統合するか特定ができない状況です。
(認定ポータルにサインインすると、画面右上に表示されます)

大野
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-write-from-kept-and-ids', kind: 'info_request', lang: 'ja', caseId: Y, to: YUKI.src, forUser: true, rcpt: YUKI.keep, deliveredTo: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'asks to write from the kept address AND to include both candidate IDs: info_request; delivered to the user via forwarding',
    text: `田中様

セキュリティ上の理由から、統合後に残すアカウントのメールアドレスから本ケースへご返信ください。
その際、両アカウントの候補者 ID を本文にご記入ください。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'info-forged', kind: 'info_request', lang: 'ja', caseId: K, trusted: false, auth: 'failThenForged', subject: formSubject(K),
    note: 'asks for IDs and a password; dmarc fail on top, planted pass lower: untrusted',
    text: `森様

統合のため、両アカウントの候補者 ID、メールアドレス、およびパスワードを返信してください。
本日中にご返信がない場合、手続きを中止します。

AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'confirm-newhire-long', kind: 'confirmation_request', lang: 'ja', caseId: K, subject: formSubject(K),
    note: 'new hire: long explanation, asks consent to the irreversible merge',
    text: `森 健二 様

お世話になっております。AWS トレーニングと認定サポートの石川でございます。
先日はご丁寧にご回答いただき、誠にありがとうございました。

いただいた情報をもとに確認いたしましたところ、下記 2 つのアカウントを統合することが可能でございます。

  統合先: ${KENJI.keepId} (${KENJI.keep})
  統合元: ${KENJI.srcId} (${KENJI.src})

大変恐縮ではございますが、統合を一度実施いたしますと、元の状態に戻すことができかねます。
上記の内容で統合を進めることにご同意いただけます場合は、本メールにその旨ご返信いただけますでしょうか。
ご返信を確認次第、作業に着手させていただきます。

何卒よろしくお願い申し上げます。
石川

${kReqQ}`,
  }),
  mk({
    slug: 'confirm-senior-short', kind: 'confirmation_request', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jisb64', subject: formSubject(Y),
    note: 'senior agent: two lines, consent needed',
    text: `田中様

統合は元に戻せません。${YUKI.srcId} を ${YUKI.keepId} にまとめてよろしければ、「同意します」とだけご返信ください。

長谷川`,
  }),
  mk({
    slug: 'confirm-overseas-ja', kind: 'confirmation_request', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8b64', subject: formSubject(T),
    note: 'overseas team writing Japanese asks for consent',
    text: `山田様、

情報をありがとう。私たちはあなたの 2 つのアカウントを見つけました。
マージをした後、それを戻すことはできません。あなたはこのマージに同意しますか?
同意する場合は、このメールに "はい" と返信してください。

よろしく、
Priya
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'confirm-supervisor', kind: 'confirmation_request', lang: 'ja', caseId: K, enc: 'sjis8', subject: formSubject(K),
    note: 'supervisor asks the customer to approve the merge before the team proceeds',
    text: `森様

チームリードの村上です。いただいた試験履歴で本人確認ができました。ありがとうございます。

最終的な確認となりますが、${KENJI.src} 側の認定・特典・試験履歴はすべて ${KENJI.keep} 側へ移り、統合元アカウントは利用できなくなります。この処理は取り消しができません。
ご承諾いただけるようでしたら、本メールへのご返信をもってご承諾とさせていただきます。

村上

${outlookJa(`森 健二 <${KENJI.keep}>`, '2026年3月6日 7:48', SUPPORT_BARE, formSubject(K), `村上様\n\n最後に受けた試験は SAA で、2024年11月頃です。\n統合後は ${KENJI.keep} を使います。\n\n森`)}`,
  }),
  mk({
    slug: 'confirm-template-note', kind: 'confirmation_request', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'personal note above the template that asks for consent',
    text: `田中様
佐々木です。情報そろいました、ありがとうございます! あとは下の定型文への一言だけです。

--------------------------------------------------
【重要】アカウント統合に関する最終確認
統合処理は不可逆です。統合後、統合元アカウントへはサインインできなくなります。
本内容にご同意いただける場合は、このメールに返信してご同意の旨をお知らせください。
--------------------------------------------------`,
  }),
  mk({
    slug: 'confirm-ids-between', kind: 'confirmation_request', lang: 'ja', caseId: T, to: TARO.keep, enc: 'sjisb64', subject: formSubject(T),
    note: 'consent request with IDs between the words; no 確認 word',
    text: `山田様

${TARO.srcId} の認定履歴を ${TARO.keepId} へ移すことについて、ご承諾いただけますか。
移したあとは元に戻せませんので、念のためお伺いしております。よろしければ、ひと言ご返信ください。

小池`,
  }),
  mk({
    slug: 'confirm-mobile-bottom', kind: 'confirmation_request', lang: 'ja', caseId: K, enc: 'utf88bit', subject: formSubject(K),
    note: 'consent request with the customer\'s earlier answer quoted below (Gmail ja quote header)',
    text: `森様

ご回答ありがとうございます。いただいた内容で統合を実行してよいか、最後にご意思をお聞かせください(実行後の取り消しはできません)。

大野

${gmailJa('2026年3月4日(水) 8:15', KENJI.ja, KENJI.keep, `統合元の ID は ${KENJI.srcId} です。\nよろしくお願いします。\n\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'confirm-html', kind: 'confirmation_request', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'utf8b64', subject: formSubject(Y),
    note: 'HTML consent request',
    text: `田中様\n\n統合の実行前に、ご同意をいただく必要があります。統合は元に戻せません。ご同意の場合は本メールにご返信ください。\n\nAWS トレーニングと認定`,
    html: htmlDoc(paras(`田中様\n\n統合の実行前に、ご同意をいただく必要があります。統合は元に戻せません。ご同意の場合は本メールにご返信ください。\n\nAWS トレーニングと認定`)),
  }),
  mk({
    slug: 'confirm-forged', kind: 'confirmation_request', lang: 'ja', caseId: K, trusted: false, auth: 'pass', enc: 'utf8b64',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com.verify-case.net>', subject: formSubject(K),
    note: 'consent request from amazon.com.<other> domain: untrusted',
    text: `森様

統合に同意される場合は、下記リンクからサインインして「同意」を押してください。
https://amazon.com.verify-case.net/consent`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-newhire', kind: 'merge_completed', lang: 'ja', caseId: K, subject: formSubject(K),
    note: 'new hire reports the merge done, very polite',
    text: `森 健二 様

大変お待たせいたしました。AWS トレーニングと認定サポートの石川でございます。
ご同意をいただきましたアカウントの統合につきまして、本日作業が完了いたしましたことをご報告申し上げます。

統合先アカウント(${KENJI.keep})にサインインいただき、認定および特典が表示されていることをご確認いただけますと幸いでございます。
ご不明な点がございましたら、お気軽に本メールへご返信くださいませ。

石川`,
  }),
  mk({
    slug: 'merged-senior', kind: 'merge_completed', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jisb64', subject: formSubject(Y),
    note: 'senior: one-line completion',
    text: `田中様

統合済みです。${YUKI.keep} でサインインしてご確認ください。

長谷川`,
  }),
  mk({
    slug: 'merged-overseas-ja', kind: 'merge_completed', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8qp', subject: formSubject(T),
    note: 'overseas team: "the merge of your account is finished"',
    text: `山田様、

良いニュースです。あなたのアカウントのマージは終わりました。今、すべての認定は ${TARO.keepId} の下にあります。
何か問題があれば、私たちに知らせてください。

よろしく、
Priya`,
  }),
  mk({
    slug: 'merged-supervisor', kind: 'merge_completed', lang: 'ja', caseId: K, enc: 'sjis8', subject: formSubject(K),
    note: 'supervisor reports the merge was carried out and apologises for the delay',
    text: `森様

村上です。お時間をいただき申し訳ございませんでした。
本日付で、${KENJI.srcId} の認定履歴を ${KENJI.keepId} へ移す処理を実施いたしました。試験履歴および 50% 割引特典も移っております。

村上
AWS トレーニングと認定 サポート チームリード`,
  }),
  mk({
    slug: 'merged-template-note', kind: 'merge_completed', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'note above the template; the template announces the completed merge',
    text: `田中様
佐々木です。終わりました! 詳細は下の定型文のとおりです。

--------------------------------------------------
アカウントの統合処理が完了しました。
統合先アカウントにて、認定・試験履歴・特典をご確認いただけます。
統合元アカウントは無効化されています。
--------------------------------------------------`,
  }),
  mk({
    slug: 'merged-portal', kind: 'merge_completed', lang: 'ja', caseId: null, from: 'AWS Certification <no-reply@aws.training>', to: TARO.keep, enc: 'utf8b64',
    subject: 'AWS 認定: アカウントが統合されました',
    note: 'certification portal\'s own merged notice without case ID',
    text: `${TARO.ja} 様

お使いの AWS 認定アカウントは、別のアカウントと統合されました。
今後は ${TARO.keep} でサインインしてください。統合されたアカウントの認定は、このアカウントの「認定」ページに表示されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: T, to: TARO.keep, enc: 'sjisb64', subject: formSubject(T),
    note: 'merge done and the case will now be closed: merge_completed (the new fact)',
    text: `山田様

統合作業が終わりましたので、ご報告いたします。統合先は ${TARO.keepId} です。
本件はこれにてクローズとさせていただきます。

小池`,
  }),
  mk({
    slug: 'merged-please-check', kind: 'merge_completed', lang: 'ja', caseId: K, enc: 'utf88bit', subject: formSubject(K),
    note: 'completion that asks to check that all looks right: stays merge_completed',
    text: `森様

ご依頼の 2 つの認定アカウントを 1 つにまとめました。
お手数ですが、認定ポータルで資格の一覧に漏れがないか、念のためご確認ください。

大野

${quote('統合に同意します。森')}`,
  }),
  mk({
    slug: 'merged-forged', kind: 'merge_completed', lang: 'ja', caseId: Y, to: YUKI.keep, trusted: false, auth: 'forgedBelow', subject: formSubject(Y),
    note: 'completion text but the pass verdict sits below the server Received: untrusted',
    text: `田中様

アカウントの統合が完了しました。統合先アカウントでご確認ください。

AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-ja', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address',
    html: htmlDoc(`<p>${KENJI.ja} 様</p>
<p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  mk({
    slug: 'badge-newhire', kind: 'badges_transferred', lang: 'ja', caseId: K, subject: formSubject(K),
    note: 'new hire reports the Credly badges moved to the kept account',
    text: `森 健二 様

石川でございます。先日お問い合わせいただきましたデジタルバッジの件につきまして、ご報告申し上げます。
統合元アカウントで発行されておりました Credly のバッジを、${KENJI.keep} 宛てに移行いたしました。
Credly にサインインいただき、バッジが表示されていることをご確認くださいますようお願い申し上げます。

石川`,
  }),
  mk({
    slug: 'badge-senior-close', kind: 'badges_transferred', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jisb64', subject: formSubject(Y),
    note: 'senior: badges moved and the case is closed: badges_transferred',
    text: `田中様

バッジ移行済みです。これで全件対応完了のため、クローズします。

長谷川`,
  }),
  mk({
    slug: 'badge-overseas-ja', kind: 'badges_transferred', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8qp', subject: formSubject(T),
    note: 'overseas team writing Japanese: badges now in the new Credly account',
    text: `山田様、

あなたのバッジは Credly の新しいアカウント(${TARO.keep})に移しました。Credly にログインして見てください。

よろしく、
Priya`,
  }),
  mk({
    slug: 'badge-supervisor', kind: 'badges_transferred', lang: 'ja', caseId: K, enc: 'sjis8', subject: formSubject(K),
    note: 'supervisor: asked Credly team, badges re-issued to kept address',
    text: `森様

村上です。ご指摘のバッジの件、Credly 側の担当と調整し、${KENJI.keep} に紐付け直しました。
再発行の通知メールが別途届いている場合がございますが、受け取り操作は不要です。

村上`,
  }),
  mk({
    slug: 'badge-template-note', kind: 'badges_transferred', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'personal note above the badge template',
    text: `田中様
佐々木です。バッジの件も片付きました。

--------------------------------------------------
デジタルバッジの移行が完了しました。
統合元アカウントで取得された AWS 認定のバッジは、統合先のメールアドレスの Credly アカウントに表示されます。
--------------------------------------------------`,
  }),
  mk({
    slug: 'badge-credly-sjis-forward-style', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: TARO.keep, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly plain-text issuance of an AWS badge',
    text: `${TARO.ja} 様

Amazon Web Services Training and Certification があなたにバッジを発行しました: AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/91aa

Credly`,
  }),
  mk({
    slug: 'badge-forged-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'pass', enc: 'utf8b64',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge notice from a Credly look-alike domain: untrusted',
    text: `バッジが発行されました。バッジを入手する: https://credly-mail.com/accept`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-autoclose', kind: 'case_closed', lang: 'ja', caseId: K, subject: formSubject(K),
    note: 'will auto-close if no reply',
    text: `森様

先日のご案内について、まだご返信をいただいておりません。
3 営業日以内にご連絡がない場合、本ケースは自動的にクローズされます。クローズ後もこのメールへ返信いただければ再開されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-senior', kind: 'case_closed', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', crlf: false, subject: formSubject(Y),
    note: 'senior: case closed',
    text: `田中様

本件、クローズいたします。ありがとうございました。
長谷川`,
  }),
  mk({
    slug: 'closed-overseas-ja', kind: 'case_closed', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8b64', subject: formSubject(T),
    note: 'overseas team: case marked resolved',
    text: `山田様、

このケースは解決済みとして閉じられました。また何か必要なら、新しいケースを開いてください。

よろしく、
Priya`,
  }),
  mk({
    slug: 'closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: K, enc: 'sjis8', subject: formSubject(K), trap: true,
    note: 'closing that only restates the earlier merge: case_closed (trap: merge words)',
    text: `森様

先週お知らせしたとおり、アカウントの統合は完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

大野`,
  }),
  mk({
    slug: 'closed-newhire', kind: 'case_closed', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'new hire closes politely',
    text: `田中 由紀 様

石川でございます。このたびはご協力を賜り、誠にありがとうございました。
本件につきましては、これをもちましてクローズさせていただきたく存じます。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

石川`,
  }),
  mk({
    slug: 'closed-template-note', kind: 'case_closed', lang: 'ja', caseId: T, to: TARO.keep, enc: 'sjisb64', subject: formSubject(T),
    note: 'note above a closure template',
    text: `山田様
小池です。お返事がなかったので、いったん閉じますね。必要ならいつでも返信してください。

--------------------------------------------------
本ケースはクローズされました。
このメールに返信すると、ケースが再オープンされます。
--------------------------------------------------`,
  }),
  mk({
    slug: 'closed-supervisor', kind: 'case_closed', lang: 'ja', caseId: K, enc: 'utf8qp', subject: formSubject(K),
    note: 'supervisor closes with no new event',
    text: `森様

村上です。ここまでのご対応、ありがとうございました。
残りのご質問もないとのことでしたので、本件は解決済みとして閉じさせていただきます。

村上`,
  }),
  mk({
    slug: 'closed-notify', kind: 'case_closed', lang: 'ja', caseId: Y, from: AWS_NOTIFY, to: YUKI.keep, enc: 'utf8b64',
    subject: `ケース ${Y} は解決されました`,
    note: 'AWS notification that the case was resolved',
    text: `ケース ${Y} のステータスが「解決済み」に変更されました。
ケースを再度開く場合は、サポートセンターからご返信ください。

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: K, subject: formSubject(K), trap: true,
    note: 'thanks for confirming, passed to the team (trap: confirmation words)',
    text: `森様

ご同意のご連絡、確かに承りました。担当チームへ統合作業を依頼いたしました。
作業完了まで数日いただく場合がございます。

石川`,
  }),
  mk({
    slug: 'sr-future-merge', kind: 'support_reply', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jisb64', subject: formSubject(Y), trap: true,
    note: 'future: 統合が完了しましたら…: support_reply (trap)',
    text: `田中様

現在、統合作業の順番待ちとなっております。
統合が完了しましたら、改めてご連絡いたします。

長谷川`,
  }),
  mk({
    slug: 'sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8b64', subject: formSubject(T), trap: true,
    note: 'negated: the merge is not completed yet (trap)',
    text: `山田様、

確認しましたが、マージはまだ完了していません。技術チームが作業しています。もう少し待ってください。

Priya`,
  }),
  mk({
    slug: 'sr-duplicate-cases', kind: 'support_reply', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'sjis8', subject: formSubject(Y), trap: true,
    note: 'we merged your duplicate cases, not the accounts (trap)',
    text: `田中様

同じ内容のケース(${CASE.yukiDup})が重複して作成されておりましたため、本ケース ${Y} に統合いたしました。
今後のご連絡はこちらのケースでお願いいたします。

長谷川`,
  }),
  mk({
    slug: 'sr-escalation', kind: 'support_reply', lang: 'ja', caseId: K, enc: 'jis7', subject: formSubject(K), forUser: false,
    resent: { from: KENJI.keep, to: 'kazoku@home.example.ne.jp', date: 'Wed, 18 Mar 2026 20:15:00 +0900' },
    note: 'escalation status, redirected (Resent-*) to a family address: not for the user',
    text: `森様

本件は専門部署での確認が必要なため、エスカレーションいたしました。
進展があり次第ご連絡いたします。

大野`,
  }),
  mk({
    slug: 'sr-badges-not-yet', kind: 'support_reply', lang: 'ja', caseId: T, to: TARO.keep, enc: 'utf8qp', subject: formSubject(T), trap: true,
    note: 'badges not moved yet, checking with the team (trap: badge words)',
    text: `山田様、

バッジはまだ Credly で移されていません。私たちはチームと確認しています。分かり次第、連絡します。

Priya`,
  }),
  mk({
    slug: 'sr-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'jis7', subject: formSubject(Y),
    note: 'write from the address you keep, without asking for data: support_reply',
    text: `田中様

お手数ですが、今後は統合後に残すアカウントのメールアドレスからご返信いただけますでしょうか。
別のアドレスからのご連絡ですと、こちらで手続きを進めることができません。

佐々木`,
  }),
  mk({
    slug: 'sr-unable', kind: 'support_reply', lang: 'ja', caseId: K, enc: 'sjisb64', subject: formSubject(K), trap: true,
    note: 'unable to merge (accounts under different names): support_reply (trap)',
    text: `森様

確認いたしましたところ、2 つのアカウントの氏名が異なるため、現時点では統合いたしかねます。
氏名の表記をそろえていただいたうえで、改めてご相談ください。

村上`,
  }),
  mk({
    slug: 'sr-delay-apology', kind: 'support_reply', lang: 'ja', caseId: Y, to: YUKI.keep, enc: 'utf8b64', subject: formSubject(Y),
    note: 'supervisor apology for delay, no new event',
    text: `田中様

責任者の村上です。ご返信が遅くなっており、申し訳ございません。
現在担当者を変更し、優先して対応しております。

村上`,
  }),
  mk({
    slug: 'sr-received-consent-days', kind: 'support_reply', lang: 'ja', caseId: T, to: TARO.keep, enc: 'jisb64', subject: formSubject(T), trap: true,
    note: 'consent received, merge will take 3-5 days (trap: receipt and merge words)',
    text: `山田様

ご返信を受け付けました。統合には通常 3 から 5 営業日ほどかかります。
完了の際はこちらからお知らせしますので、お待ちください。

小池

${gmailJa('2026年7月9日(木) 21:02', TARO.ja, TARO.keep, '同意します。よろしくお願いします。')}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-own-consent-reply', kind: 'unrelated', lang: 'ja', caseId: K, trusted: false, auth: 'none',
    from: `${KENJI.ja} <${KENJI.keep}>`, to: SUPPORT, cc: KENJI.keep, enc: 'jis7', subject: `Re: ${formSubject(K)}`, trap: true,
    note: 'the user\'s own consent reply copied to himself: unrelated, untrusted (trap: confirmation words)',
    text: `AWS トレーニングと認定 ご担当者様

ご連絡ありがとうございます。内容を確認しました。上記のとおり統合を進めてください。
よろしくお願いいたします。

森 健二

${sfOriginal(SUPPORT, '2026/03/05 10:20', KENJI.keep, formSubject(K), '統合を進めることにご同意いただけます場合は、本メールにご返信ください。')}`,
  }),
  mk({
    slug: 'un-own-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: Y, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    from: `${YUKI.ja} <${YUKI.keep}>`, to: '鈴木 <suzuki@team.example.co.jp>', enc: 'utf8b64', subject: `Fwd: ${formSubject(Y)}`, trap: true,
    note: 'the user\'s forward of the completion notice to a colleague: unrelated, not for the user (trap)',
    text: `鈴木さん
統合終わったみたいです。参考までに転送します。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年5月22日(金) 14:11
Subject: ${formSubject(Y)}
To: <${YUKI.keep}>

統合済みです。${YUKI.keep} でサインインしてご確認ください。`,
  }),
  mk({
    slug: 'un-agent-ooo', kind: 'unrelated', lang: 'ja', caseId: K, from: '石川 <ishikawa-support@amazon.com>', enc: 'jis7', subject: `自動応答: ${formSubject(K)}`, trap: true,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'agent\'s out-of-office auto-reply mentioning the case (trap: receipt words)',
    text: `お問い合わせのメールを受け取りました。
誠に恐れ入りますが、3 月 10 日まで不在にしております。
統合に関するお問い合わせは、チームのアドレスまでお送りください。`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Certification <no-reply@aws.training>', to: TARO.keep, enc: 'utf8b64', trap: true,
    subject: 'AWS 認定試験の結果が確認できるようになりました',
    note: 'exam result notice; uses 完了/確認 words but is not part of a merge (trap)',
    text: `${TARO.ja} 様

受験いただいた試験の採点が完了しました。認定アカウントにサインインして結果をご確認ください。
合格された場合、Credly からデジタルバッジのご案内が別途届きます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'un-refund-case-ack', kind: 'unrelated', lang: 'ja', caseId: CASE.other, from: AWS_NOTIFY, to: YUKI.keep, enc: 'sjis8', trap: true,
    subject: `[CASE ${CASE.other}] 受験料の返金に関するお問い合わせを受け付けました`,
    note: 'receipt of the user\'s other case about an exam refund: unrelated (trap: receipt words)',
    text: `受験料の返金に関するお問い合わせを受け付けました。
ケース ID: ${CASE.other}
担当者より 24 時間以内にご連絡します。`,
  }),
  mk({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Microsoft via Credly <admin@credly.com>', enc: 'utf8b64', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from Microsoft, not AWS (trap: badge words)',
    html: htmlDoc(`<p>${KENJI.ja} 様</p><p>Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/77de">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Credly <admin@credly.com>', to: TARO.keep, enc: 'utf8qp', trap: true,
    subject: 'Credly: アカウント統合の確認コード',
    note: 'Credly\'s own account-merge code mail (trap: merge and confirmation words)',
    text: `Credly アカウントの統合をリクエストされました。
確認コード: 482913
このコードを入力して統合を完了してください。心当たりがない場合は無視してください。`,
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: K, from: AWS_NOTIFY, enc: 'utf8b64', trap: true,
    subject: `ケース ${K} についてのアンケート`,
    note: 'survey about the case (trap: resolved/closed words)',
    text: `先日クローズされたケース ${K} について、問題は解決しましたか?
1 分ほどのアンケートにご協力ください。
https://survey.aws.example/s/${K}`,
  }),
  mk({
    slug: 'un-summit', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Japan <aws-japan-marketing@amazon.com>', to: TARO.keep, enc: 'jisb64',
    subject: 'AWS Summit Japan 参加登録受付中',
    note: 'event marketing',
    text: `AWS Summit Japan の参加登録を受け付けています。認定者ラウンジもご用意しています。
今すぐ登録: https://aws.amazon.com/jp/summits/`,
  }),
  mk({
    slug: 'un-colleague', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'none', from: '佐藤 <sato@team.example.co.jp>', enc: 'sjis8', trap: true,
    subject: 'Re: 認定アカウントの統合',
    note: 'colleague\'s chat about his own merge (trap: merge/badge words)',
    text: `森さん
自分のときは同意の返信をしてから 2 日で統合完了の連絡が来ました。バッジは別途お願いして移してもらいました。
参考までに。佐藤`,
  }),
  mk({
    slug: 'un-skillbuilder-paid', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: YUKI.keep, enc: 'utf8b64', trap: true,
    subject: 'お支払いが完了しました - AWS Skill Builder サブスクリプション',
    note: 'Skill Builder billing "completed" notice (trap)',
    text: `AWS Skill Builder Individual サブスクリプションのお支払いが完了しました。
ご利用期間: 1 か月`,
  }),
  mk({
    slug: 'un-pearson-booking', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass', from: 'Pearson VUE <noreply@pearsonvue.example.com>', enc: 'jis7', trap: true,
    subject: '試験予約の確認',
    note: 'exam booking confirmation from the test vendor (trap: confirmation words)',
    text: `以下の内容で試験のご予約を承りました。
試験: AWS Certified Developer - Associate
内容に誤りがないかご確認ください。`,
  }),
];
