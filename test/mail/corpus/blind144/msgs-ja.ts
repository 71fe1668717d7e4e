// Japanese messages of set em: the news always arrives second-hand (とのことです / と聞いております / との連絡がありました).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CREDLY_AWS, KENJI, M, MIKA, SUPPORT_BARE, YUKI, formSubject, gmailJa, htmlDoc, outlookJa, quote, sfOriginal, sfRef } from './common.js';

const K = KENJI;
const Y = YUKI;
const MI = MIKA;

const kenjiAsk = `お世話になっております。伊藤と申します。
転職にともない、前職のメールアドレスで作った認定アカウントと個人のアカウントを一本化したく、ご相談です。
残す方: ${K.keep} (${K.keepId})
まとめる方: ${K.src} (${K.srcId})
どうぞよろしくお願いいたします。`;

const yukiAsk = `AWS認定のアカウントが2つあるので、1つにしていただきたいです。
個人: ${Y.keep} / ${Y.keepId}
会社: ${Y.src} / ${Y.srcId}
田中`;

const mikaAsk = `大学のアドレスで受験した分(${MI.srcId})を、今使っているアカウント(${MI.keepId})に移していただけますでしょうか。
中村 美香`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  M({
    slug: 'ja-ack-intake-system', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, note: 'automatic receipt relayed as a system notice; carries the new case ID',
    from: AWS_NOTIFY, to: `${K.ja} <${K.keep}>`, subject: `[CASE ${CASE.kenji}] お問い合わせ受付のお知らせ`, at: '2026-11-02 09:14:07', enc: 'jis7',
    text: `${K.ja} 様

受付システムより、以下のとおりケースが作成されたとの通知がございましたのでお知らせします。

ケースID: ${CASE.kenji}
種別: AWS トレーニングと認定
件名: アカウントの統合について

担当者からの最初のご連絡は、通常24時間以内になる見込みとのことです。
このメールは送信専用アドレスから送られています。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-team-received', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuki, note: 'receipt: the form submission reached the team; warns against a second case',
    to: Y.keep, subject: `[CASE ${CASE.yuki}] [AWS Training and Certification Form Submission] - account-assistance`, at: '2026-11-04 22:41:53', enc: 'sjis8',
    text: `お問い合わせいただきありがとうございます。

サポートチームの受付窓口から、お客様のご依頼が確かに届いたとの連絡を受けております。
ケース番号 ${CASE.yuki} として記録されました。

同じ内容で別のケースを作成されますと、担当が重複して回答が遅れると聞いておりますので、このメールへの返信でやり取りを続けてください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'ja-ack-html-registered', kind: 'acknowledgement', lang: 'ja', caseId: CASE.mika, note: 'HTML-only automatic receipt; case ID in a table cell',
    from: AWS_NOTIFY, to: MI.keep, subject: `サポートケースが登録されました (ケース ${CASE.mika})`, at: '2026-11-06 08:02:19', enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<p>中村 美香 様</p>
<p>AWS サポートセンターからの報告によると、次のサポートケースが登録されました。</p>
<table border="0" cellpadding="4"><tr><td>ケース ID</td><td>${CASE.mika}</td></tr><tr><td>ステータス</td><td>未対応</td></tr></table>
<p>担当者が内容を確認次第、このアドレスにご連絡するとのことです。</p>
<p style="color:#777">本メールにはご返信いただけません。</p>`, 'ja'),
  }),
  M({
    slug: 'ja-ack-dup-case', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yukiDup, note: 'receipt of a second (duplicate) case: still an automatic receipt carrying its own ID',
    from: AWS_NOTIFY, to: Y.keep, subject: `ケース ${CASE.yukiDup} が作成されました`, at: '2026-11-05 07:30:02', enc: 'jisb64',
    text: `田中 由紀 様

AWS サポートより、新しいケース(${CASE.yukiDup})がオープンされたとの通知です。
通常1営業日以内に担当者から連絡があると案内されています。

ケースの状況はサポートセンターからご確認いただけます。

-- 
Amazon Web Services, Inc.`,
  }),
  M({
    slug: 'ja-ack-bodyonly-id', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiExam, note: 'receipt that says nothing of its topic, case ID only in the body: read as a receipt',
    from: AWS_NOTIFY, to: K.keep, subject: 'お問い合わせを承りました', at: '2026-11-09 13:05:44', enc: 'utf8b64',
    text: `伊藤 健二 様

お問い合わせが登録されたと、受付システムから報告がありました。
ケース番号: ${CASE.kenjiExam}

担当から折り返しご連絡いたしますので、今しばらくお待ちください。`,
  }),
  M({
    slug: 'ja-ack-mixed-boiler', kind: 'acknowledgement', lang: 'ja', caseId: CASE.mika, note: 'receipt in Japanese with English boilerplate; confirms the request reached support',
    to: `"中村 美香" <${MI.keep}>`, subject: `[CASE ${CASE.mika}] [AWS Training and Certification Form Submission] - account-assistance`, at: '2026-11-06 08:03:40', enc: 'utf8qp',
    text: `中村様

フォームからお送りいただいた内容は、担当チームに届いたと確認が取れています。
ケース ${CASE.mika} として受付済みです。追加の情報がある場合は、このメールにそのままご返信ください。

Thank you for contacting AWS Training and Certification. This is an automated acknowledgement of your case.
${sfRef('Mk1')}`,
  }),
  M({
    slug: 'ja-ack-kenji-form', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, note: 'automatic receipt listing what the form recorded; no human reply yet',
    to: K.keep, subject: `[CASE ${CASE.kenji}] [AWS Training and Certification Form Submission] - account-assistance`, at: '2026-11-02 09:15:31', enc: 'jis7',
    text: `本メールは自動送信です。

フォームのご入力内容が次のとおり記録されたと、システムから報告がありました。
  お名前: 伊藤 健二
  候補ID: ${K.keepId}
  お問い合わせ種別: アカウントの統合

ケース ${CASE.kenji} として承りました。回答まで今しばらくお待ちください。`,
  }),

  // ---------------- ai_answer (7) ----------------
  M({
    slug: 'ja-ai-generated-tool', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI-generated suggestion pointing to the self-service merge tool',
    from: AWS_NOTIFY, to: K.keep, subject: 'AI による回答: 認定アカウントの統合', at: '2026-11-02 09:10:12', enc: 'utf8b64',
    text: `この回答は生成AIによって作成されています。

ドキュメントによると、AWS 認定ポータルの [プロフィール] から「アカウントの統合」ツールを使えば、お客様ご自身で2つのアカウントをまとめられる場合があるとされています。
なお、両方のアカウントに認定の履歴がある場合は、ツールではなくサポートでの対応になるとのことです。

問題が解決しない場合は「ケースを作成」を選択してください。`,
  }),
  M({
    slug: 'ja-ai-history-both', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'automated answer: what the FAQ says about accounts with history on both sides',
    from: AWS_NOTIFY, to: Y.keep, subject: '自動回答: アカウントの統合に関するご質問', at: '2026-11-04 22:33:08', enc: 'jis7',
    text: `ご質問ありがとうございます。以下は自動生成された回答です。

よくある質問によれば、認定アカウントのメールアドレスは後から変更できず、別のアカウントに認定を寄せるには「アカウントの統合」を使うよう案内されています。
ポータルが統合を受け付けないときは、カスタマーサポートへの問い合わせが必要とのことです。

この回答で解決しましたか? 解決しない場合は、引き続きケースを作成できます。`,
  }),
  M({
    slug: 'ja-ai-html-steps', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI answer in multipart/alternative listing self-service steps',
    from: AWS_NOTIFY, to: MI.keep, subject: 'AIアシスタントからのご案内', at: '2026-11-06 07:58:30', enc: 'utf8qp',
    text: `AIアシスタントがご質問に回答します。

ヘルプページによると、次の手順でアカウントを統合できるとされています。
1. 残したいアカウントで認定ポータルにサインインする
2. プロフィールから「アカウントの統合」を開く
3. もう一方のアカウントの認証情報を入力する

うまくいかない場合はサポートケースを作成してください。`,
    html: htmlDoc(`<p>AIアシスタントがご質問に回答します。</p>
<p>ヘルプページによると、次の手順でアカウントを統合できるとされています。</p>
<ol><li>残したいアカウントで認定ポータルにサインインする</li><li>プロフィールから「アカウントの統合」を開く</li><li>もう一方のアカウントの認証情報を入力する</li></ol>
<p>うまくいかない場合はサポートケースを作成してください。</p>`, 'ja'),
  }),
  M({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true, note: 'AI answer describing what others report after a merge (badges, vouchers): still ai_answer',
    from: AWS_NOTIFY, to: K.keep, subject: '生成AIによる回答 - 統合後の認定とバッジ', at: '2026-11-02 09:11:45', enc: 'sjisb64',
    text: `※この回答は AI が生成したもので、誤りを含む可能性があります。

統合が完了すると、統合元アカウントの認定と特典は統合先アカウントに表示されると説明されています。
また、他のお客様からは、Credly のバッジは統合後に移されたとの声や、サポートへの依頼が必要だったとの声も寄せられています。
AWS のヒントでは、先に統合を済ませてから Credly でバッジを受け取るよう勧められています。

解決しない場合は「ケースを作成」からお問い合わせください。`,
  }),
  M({
    slug: 'ja-ai-builder-id', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'automated suggestion about signing in with Builder ID before merging',
    from: AWS_NOTIFY, to: Y.keep, subject: 'お問い合わせへの自動回答', at: '2026-11-04 22:35:17', enc: 'utf8qp',
    text: `自動応答アシスタントです。

関連する記事によると、認定ポータルへのサインインには AWS Builder ID が必要になったとのことです。統合先のメールアドレスで Builder ID を作成し、そのアカウントから統合ツールをお試しくださいとされています。

他にご不明な点があれば、ケースを作成して担当者にお問い合わせください。`,
  }),
  M({
    slug: 'ja-ai-incase', kind: 'ai_answer', lang: 'ja', caseId: CASE.mika, trap: true, note: 'automated answer posted on the case; explains that a merged account cannot be split again, asks nothing',
    to: MI.keep, subject: `[CASE ${CASE.mika}] 自動提案`, at: '2026-11-06 08:10:55', enc: 'jisb64',
    text: `このメッセージは自動で作成された提案です。

記録によれば、統合したアカウントは後から分け直すことができず、統合の同意はやり直しがきかないと案内されています。
ご自身で統合ツールを試された場合でも、両方に受験履歴があるとエラーになると報告されています。

担当者からの回答は別途お送りします。`,
  }),
  M({
    slug: 'ja-ai-short-mobile', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'short AI answer: FAQ says the merge tool handles it; link to portal',
    from: AWS_NOTIFY, to: K.keep, subject: 'Amazon Q による回答', at: '2026-11-02 09:09:03', enc: 'utf8b64', wholeSubject: true,
    text: `Amazon Q の回答:
FAQ では「アカウントの統合」ツールの利用が推奨されています。
https://www.aws.training/Certification
問題が続く場合はケースを作成してください。`,
  }),

  // ---------------- info_request (8) ----------------
  M({
    slug: 'ja-info-source-id', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, note: 'support relays that the team needs the source account candidate ID',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-03 10:22:18', enc: 'jis7',
    text: `伊藤 健二 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。担当の村井です。

統合チームより、統合元アカウントの候補ID(AWS から始まる番号)と、そのアカウントのログイン用メールアドレスを伺うよう申し付かっております。
お手数ですが、本メールへの返信でお知らせいただけますと幸いです。

よろしくお願いいたします。
村井
AWS トレーニングと認定 カスタマーサービス

${sfOriginal(K.keep, '2026/11/02 09:14', SUPPORT_BARE, 'アカウントの統合について', kenjiAsk)}`,
  }),
  M({
    slug: 'ja-info-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.yuki, note: 'back office wants to know which account to keep',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-05 15:07:42', enc: 'sjis8',
    text: `田中様

お世話になっております。AWS 認定サポートの大西です。
バックオフィスからは、どちらのアカウントを残すご希望か、まだ伺えていないとのことでした。
残す方のメールアドレスと候補IDを、このメールにご返信ください。

大西`,
  }),
  M({
    slug: 'ja-info-confirm-addr', kind: 'info_request', lang: 'ja', caseId: CASE.mika, trap: true, note: '「ご確認のうえお知らせください」 asks for the address: info_request, not a consent request',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-07 11:48:09', enc: 'jisb64',
    text: `中村 美香 様

担当部署より、大学のアドレス(${MI.src})では該当するアカウントが見つからなかったとの報告がありました。
受験時にご登録のメールアドレスをご確認のうえ、お知らせいただけますでしょうか。

AWS トレーニングと認定
カスタマーサポート 吉川`,
  }),
  M({
    slug: 'ja-info-you-said', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, note: 'reports what the user said earlier and asks for the third account\'s address',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-04 09:31:26', enc: 'utf8qp',
    text: `伊藤様

ご返信ありがとうございます。
先日のメールで、学生時代に作ったアカウントもあるかもしれないとおっしゃっていましたが、そちらも統合の対象とされますか。
対象とされる場合は、そのアカウントのメールアドレスか候補IDを教えていただけますか。担当チームからは、3つ目の情報がそろってから作業に入りたいと聞いております。

村井

${gmailJa(`2026年11月3日(火) 21:02 ${K.ja} <${K.keep}>`, '', `村井様\n\n統合元は ${K.srcId} / ${K.src} です。\nそういえば学生のころにもう1つ作ったような気がします。\n\n伊藤`)}`.replace(' :\n', ':\n'),
  }),
  M({
    slug: 'ja-info-forged-fail', kind: 'info_request', lang: 'ja', caseId: CASE.yuki, trusted: false, auth: 'fail', note: 'forgery (dmarc=fail) asking for IDs and password: kind by content, untrusted',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-05 18:55:13', enc: 'utf8b64',
    text: `田中 由紀 様

統合チームから、ご本人確認のため両アカウントのログインパスワードが必要との連絡がありました。
候補IDと合わせて、24時間以内にこのメールへご返信ください。

AWS Support`,
  }),
  M({
    slug: 'ja-info-not-yet-known', kind: 'info_request', lang: 'ja', caseId: CASE.mika, note: 'request without a request verb: the team says it lacks the notification address; awaits the reply',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-08 10:12:50', enc: 'sjisb64',
    text: `中村様

いつもお世話になっております。
担当より、統合先アカウントの認定通知用メールアドレスが、こちらではまだ把握できていないと聞いております。
Skill Builder にご登録のアドレスと異なる場合は、両方あわせて伺えれば作業を進められるとのことです。
ご返信をお待ちしております。

吉川

${outlookJa(`${MI.ja} <${MI.keep}>`, '2026年11月7日 22:10', SUPPORT_BARE, `RE: ${formSubject(CASE.mika)}`, `吉川様\n\nご連絡ありがとうございます。受験時は ${MI.src} で登録していたと思います。\n\n中村`)}`,
  }),
  M({
    slug: 'ja-info-thread-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.yuki, note: 'relays the team\'s question about the pass dates of each certification; long quoted thread',
    to: Y.keep, cc: Y.src, subject: formSubject(CASE.yuki), at: '2026-11-06 16:40:05', enc: 'jis7',
    text: `田中様

ご連絡ありがとうございます。
認定チームからは、両方のアカウントで取得済みの認定名と合格日を一覧でいただきたいとの依頼がありました。
有効期限が近いものがあるかどうかを、統合前に確かめたいとのことです。

大西

${outlookJa(`${Y.ja} <${Y.keep}>`, '2026年11月5日 19:22', SUPPORT_BARE, `RE: ${formSubject(CASE.yuki)}`, `大西様\n\n残したいのは個人の ${Y.keep} です。\n\n田中`)}

${sfOriginal(Y.keep, '2026/11/04 22:40', SUPPORT_BARE, 'アカウントの統合', yukiAsk)}`,
  }),
  M({
    slug: 'ja-info-colleague-addr', kind: 'info_request', lang: 'ja', caseId: '1781377409', forUser: false, note: 'another person\'s case: addressed to a colleague, not to any user address',
    to: '鈴木 一郎 <suzuki.ichiro@corp-b.example.co.jp>', subject: formSubject('1781377409'), at: '2026-11-06 12:00:31', enc: 'sjis8',
    text: `鈴木様

担当チームより、統合先とされるアカウントの候補IDをお知らせいただきたいとのことです。
お手数ですが、ご返信をお願いいたします。

AWS トレーニングと認定 大西`,
  }),

  // ---------------- confirmation_request (8) ----------------
  M({
    slug: 'ja-conf-backoffice', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, note: 'back office still needs the user\'s consent reply; merge cannot be undone',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 11:03:28', enc: 'jis7',
    text: `伊藤 健二 様

情報のご提供ありがとうございました。
バックオフィスからは、作業に入る前にまだご同意の返信が必要とのことです。

統合先: ${K.keepId} (${K.keep})
統合元: ${K.srcId} (${K.src})

統合は一度行うと元に戻すことができません。上記の内容で差し支えなければ、このメールに「同意します」とご返信ください。

村井`,
  }),
  M({
    slug: 'ja-conf-asked-by-team', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, note: 'agent relays the certification team\'s request for the customer\'s consent to keep the personal account',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-07 09:55:16', enc: 'sjisb64',
    text: `田中様

認定チームより、個人アカウント(${Y.keepId})を残す形で統合を進めてよいか、お客様のご承諾をいただくよう依頼を受けております。
統合後に会社のアカウントへ戻すことはできないと聞いておりますので、ご了承のうえご返信いただけますでしょうか。

大西`,
  }),
  M({
    slug: 'ja-conf-lookalike', kind: 'confirmation_request', lang: 'ja', caseId: CASE.mika, trusted: false, auth: 'none', note: 'look-alike sender domain, no authentication: asks for consent, untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-certification.jp>', to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-08 02:14:40', enc: 'utf8b64',
    text: `中村様

担当部署から、統合の最終確認がまだ取れていないとの連絡がありました。
下記のリンクから「統合に同意する」を押してください。
https://aws-training-certification.jp/merge/confirm?c=${CASE.mika}

AWS サポート`,
  }),
  M({
    slug: 'ja-conf-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.mika, note: 'HTML consent request: reply to agree, irreversible',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-09 10:30:11', enc: 'utf8qp',
    html: htmlDoc(`<p>中村 美香 様</p>
<p>ご登録アドレスのご連絡ありがとうございました。統合チームによると、次の内容で作業の準備が整ったとのことです。</p>
<ul><li>残すアカウント: ${MI.keepId}</li><li>統合するアカウント: ${MI.srcId}</li></ul>
<p>統合は取り消せない操作のため、担当からはお客様の明示的なご同意が必要と言われております。よろしければ、このメールに「同意します」とだけご返信ください。</p>
<p>吉川<br>AWS トレーニングと認定</p>`, 'ja'),
  }),
  M({
    slug: 'ja-conf-you-wrote', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, note: 'restates what the user wrote, then asks the consent reply before the team acts',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 17:20:45', enc: 'jisb64',
    text: `伊藤様

学生時代のアカウントは見つからなかった、とのご連絡をいただきました。承知いたしました。
では2つのアカウントのみで進めるとチームに伝えたところ、最終のご意思を確認してほしいとの返事でした。

統合後は元に戻せませんが、よろしいでしょうか。ご同意いただける場合はその旨ご返信ください。

村井`,
  }),
  M({
    slug: 'ja-conf-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, note: 'Japanese consent request with English consent template under it',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-07 10:02:33', enc: 'utf8qp',
    text: `田中様

英語の定型文で恐縮ですが、統合チームから下記の文面でご同意を得るよう指示がありました。内容にご納得いただけましたら、このメールに返信する形で同意をお伝えください。

Please note that merging the two accounts is permanent and cannot be reversed. Reply "I agree" to authorize the merge of ${Y.srcId} into ${Y.keepId}.

大西`,
  }),
  M({
    slug: 'ja-conf-outlook-thread', kind: 'confirmation_request', lang: 'ja', caseId: CASE.mika, note: 'consent request top-posted above the user\'s Outlook-quoted answer',
    to: MI.keep, subject: `RE: ${formSubject(CASE.mika)}`, at: '2026-11-08 17:44:02', enc: 'sjis8',
    text: `中村様
ありがとうございます。いただいたアドレスで照会したところ、該当アカウントが見つかったと担当から報告がありました。
このまま ${MI.keepId} に統合してよいか、念のためご承諾をお願いいたします(統合後の取り消しはできません)。
吉川

${outlookJa(`${MI.ja} <${MI.keep}>`, '2026年11月8日 9:05', SUPPORT_BARE, `RE: ${formSubject(CASE.mika)}`, `吉川様\n\n通知用は ${MI.keep}、Skill Builder も同じです。\n\n中村`)}`,
  }),
  M({
    slug: 'ja-conf-identity-ok', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, note: 'identity checked per the department; asks whether to proceed with these accounts',
    to: `${K.ja} <${K.keep}>`, subject: formSubject(CASE.kenji), at: '2026-11-05 08:47:19', enc: 'utf88bit',
    text: `伊藤様、おはようございます。

担当部署から、ご本人確認が取れたので統合作業に入れるとの連絡がありました。
ついては、以下の組み合わせで統合してよろしいか、最終のご判断をお聞かせください。取り消しはできない作業です。

・残す: ${K.keepId}
・まとめる: ${K.srcId}

村井`,
  }),

  // ---------------- merge_completed (8) ----------------
  M({
    slug: 'ja-merge-reported', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, note: 'department reports the merge is complete',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-06 14:12:55', enc: 'jis7',
    text: `伊藤 健二 様

お待たせいたしました。
担当部署より、統合が完了したとの報告を受けております。${K.srcId} の認定履歴は、現在 ${K.keepId} 側に表示されているとのことです。

今後は ${K.keep} でサインインしてください。

村井`,
  }),
  M({
    slug: 'ja-merge-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki, note: 'completion relayed from the certification team; "please check" does not change the kind',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-08 20:03:18', enc: 'sjis8',
    text: `田中様

ご同意のご返信ありがとうございました。
認定チームから、お客様の2つのアカウントを1つにまとめ終えたとの連絡がありました。
念のため、認定資格の一覧と特典のバウチャーが個人アカウントにそろっているか、ご確認いただけますと幸いです。

大西`,
  }),
  M({
    slug: 'ja-merge-portal-certmetrics', kind: 'merge_completed', lang: 'ja', caseId: null, trusted: false, auth: 'pass', note: 'portal-style completion notice from a non-AWS sending domain: merge_completed, untrusted by domain',
    from: 'AWS Certification <noreply@certmetrics-mail.example.com>', to: MI.keep, subject: 'アカウントの統合が完了しました', at: '2026-11-10 03:22:07', enc: 'utf8b64',
    text: `中村 美香 様

AWS 認定アカウントの統合処理が完了しました。
統合元アカウントの試験履歴と認定は、現在ご利用中のアカウントに移されています。

AWS Certification`,
  }),
  M({
    slug: 'ja-merge-portal-training', kind: 'merge_completed', lang: 'ja', caseId: null, note: 'certification portal\'s own completion notice (no case ID)',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: K.keep, subject: '認定アカウント統合完了のお知らせ', at: '2026-11-06 13:58:40', enc: 'jisb64',
    text: `伊藤 健二 様

認定ポータルより、次のアカウントが統合されたことをお知らせします。

統合されたアカウント: ${K.srcId}
現在のアカウント: ${K.keepId}

このメールは送信専用です。`,
  }),
  M({
    slug: 'ja-merge-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.mika, note: 'completion plus "the case will now be closed": the new fact is the merge',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-11 09:16:24', enc: 'utf8qp',
    text: `中村様

統合チームに確認したところ、昨日付けで ${MI.srcId} を ${MI.keepId} へ統合し終えたとの回答がありました。
ご依頼の件は以上となりますので、本ケースはこのままクローズさせていただきます。

吉川`,
  }),
  M({
    slug: 'ja-merge-badges-pending', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki, trap: true, note: 'merge done; badges explicitly not moved yet, so not badges_transferred',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-09 11:30:57', enc: 'jis7',
    text: `田中様

バックオフィスより、アカウントの統合は完了したと聞いております。
一方、Credly のバッジについては、まだ移行されていないとのことです。反映まで数日かかる場合があるそうですので、しばらくしても表示されない場合はこのケースでお知らせください。

大西`,
  }),
  M({
    slug: 'ja-merge-forged-below', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'forgedBelow', note: 'completion text, but the dmarc=pass header sits below the server\'s Received: untrusted',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-06 02:40:11', enc: 'sjisb64',
    text: `伊藤様

統合作業が終わったとの報告がありました。
新しいアカウントの確認のため、下記から再度サインインしてください。
https://aws-training-signin.example.net/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-merge-resent-oldcorp', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki, forUser: false, note: 'completion redirected by the old company\'s server (Resent-* headers): not delivered to the user directly',
    to: Y.src, subject: formSubject(CASE.yuki), at: '2026-11-08 20:05:02', enc: 'jis7',
    resent: { from: 'postmaster@corp-b.example.co.jp', to: 'it-archive@corp-b.example.co.jp', date: 'Sun, 8 Nov 2026 20:06:10 +0900' },
    text: `田中様(会社アドレスにも念のためお送りしています)

認定チームより、統合が完了したと連絡を受けました。
会社のアカウントの認定は、個人アカウントに移っているとのことです。

大西`,
  }),

  // ---------------- badges_transferred (8) ----------------
  M({
    slug: 'ja-badge-credly-issued', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'AWS badge via Credly on the kept account',
    from: CREDLY_AWS, to: K.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-07 06:12:33', enc: 'utf8qp', hdr: 'utf8b',
    text: `伊藤 健二 様

Amazon Web Services Training and Certification から、あなたにバッジが発行されたとの通知が届いています。

AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/badges/5f1c8a2e/accept

Credly`,
    html: htmlDoc(`<p>伊藤 健二 様</p><p>Amazon Web Services Training and Certification から、あなたにバッジが発行されたとの通知が届いています。</p><p><b>AWS Certified Solutions Architect - Associate</b></p><p><a href="https://www.credly.com/badges/5f1c8a2e/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>`, 'ja'),
  }),
  M({
    slug: 'ja-badge-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yuki, note: 'support relays that Credly moved the badges to the kept account',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-12 10:41:09', enc: 'jis7',
    text: `田中様

先日お問い合わせいただいたバッジの件です。
Credly 担当より、会社アカウント側にあったバッジを個人アカウント(${Y.keep})へ移したとの報告がありました。
Credly にサインインして、一覧に表示されているかご確認ください。

大西`,
  }),
  M({
    slug: 'ja-badge-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, note: 'badges moved and the case is being closed: badges_transferred',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-09 15:26:48', enc: 'sjis8',
    text: `伊藤様

バッジ移行の件、Credly 側で処理が済んだと連絡を受けました。${K.keep} のウォレットに3つのバッジがそろっているとのことです。
これでご依頼はすべて完了となりますので、本ケースはクローズいたします。

村井`,
  }),
  M({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'dkimonly', note: 'Credly look-alike domain (credly-badges.net) with its own dkim: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: MI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-11 04:05:51', enc: 'utf8b64',
    text: `中村様

アカウント統合にともない、あなたのバッジが移されたとの通知です。
バッジを入手する: https://credly-badges.net/claim?u=mika

Credly`,
  }),
  M({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'HTML Credly issue mail for an AWS badge to the kept address',
    from: CREDLY_AWS, to: MI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-12 05:44:18', enc: 'utf8b64',
    html: htmlDoc(`<div style="text-align:center"><img src="https://images.credly.com/aws-cloud-practitioner.png" alt="" width="120"></div>
<p>中村 美香 さん</p>
<p>Amazon Web Services Training and Certification があなたの実績を認め、バッジを発行しました。</p>
<p>AWS Certified Cloud Practitioner</p>
<p><a href="https://www.credly.com/badges/9b02d4e1/accept">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">このメールは Credly から送信されています。</p>`, 'ja'),
  }),
  M({
    slug: 'ja-badge-gmail-thread', kind: 'badges_transferred', lang: 'ja', caseId: CASE.mika, note: 'support says the badges now sit on the kept account, above the user\'s Gmail-quoted question',
    to: MI.keep, subject: `Re: ${formSubject(CASE.mika)}`, at: '2026-11-13 13:02:29', enc: 'utf8qp',
    text: `中村様

ご連絡ありがとうございます。
Credly チームに問い合わせたところ、旧アカウントのバッジ2件を ${MI.keep} に付け替えたとの回答がありました。再度サインインすると反映されているはずです。

吉川

${gmailJa(`2026年11月12日(木) 23:18 ${MI.ja} <${MI.keep}>`, '', `吉川様\n\n統合ありがとうございました。ただ、Credly のバッジが古いアドレスのままです。\n\n中村`)}`.replace(' :\n', ':\n'),
  }),
  M({
    slug: 'ja-badge-dept-done', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yuki, note: 'relayed report that the badge transfer on Credly is finished',
    to: `${Y.ja} <${Y.keep}>`, subject: formSubject(CASE.yuki), at: '2026-11-13 09:20:03', enc: 'sjisb64',
    text: `田中 由紀 様

担当部署から、Credly のバッジを統合先アカウントへ移し終えたとの知らせが届きました。
旧アカウントで受け取っていたバッジも、今後は ${Y.keep} でご覧いただけるとのことです。

大西`,
  }),
  M({
    slug: 'ja-badge-credly-sjis', kind: 'badges_transferred', lang: 'ja', caseId: null, note: 'Credly AWS badge notice, Shift_JIS, short',
    from: CREDLY_AWS, to: Y.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-13 02:11:40', enc: 'sjis8',
    text: `田中 由紀 さん

Amazon Web Services Training and Certification より、バッジ「AWS Certified Developer - Associate」が発行されました。
バッジを入手する
https://www.credly.com/badges/c71e0a55/accept`,
  }),

  // ---------------- case_closed (7) ----------------
  M({
    slug: 'ja-closed-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.mika, note: 'reminder: the case will auto-close in 7 days without a reply',
    from: AWS_NOTIFY, to: MI.keep, subject: `ケース ${CASE.mika} はまもなく自動的にクローズされます`, at: '2026-11-18 00:30:12', enc: 'jis7',
    text: `中村 美香 様

サポートセンターの記録によると、このケースは現在お客様からのご返信待ちとなっています。
7日以内にご返信がない場合、本ケースは自動的にクローズされるとのことです。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-closed-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trap: true, note: 'closing notice that only restates last week\'s merge',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-13 10:05:39', enc: 'sjis8',
    text: `伊藤様

先週、統合が完了したとお伝えしてから、その後ご連絡がございませんので、本ケースはクローズさせていただきます。
また何かございましたら、新しいケースでお問い合わせください。

村井`,
  }),
  M({
    slug: 'ja-closed-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki, note: 'system notice: the case was marked resolved',
    from: AWS_NOTIFY, to: Y.keep, subject: `ケース ${CASE.yuki} は解決済みになりました`, at: '2026-11-14 12:00:00', enc: 'jisb64',
    text: `田中 由紀 様

担当者より、ケース ${CASE.yuki} を解決済みとして終了したとの報告がありました。
再度ご質問がある場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-closed-otheronly', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'otherOnly', note: 'closing notice whose only pass verdict comes from another server: untrusted',
    from: AWS_NOTIFY, to: K.keep, subject: `ケース ${CASE.kenji} のクローズについて`, at: '2026-11-15 05:10:44', enc: 'utf8b64',
    text: `伊藤 健二 様

ケース ${CASE.kenji} はクローズされました。
担当によると、このケースへの追加のご返信は受け付けられないとのことです。`,
  }),
  M({
    slug: 'ja-closed-restate-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki, trap: true, note: 'closing that restates the earlier badge move; no new event',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-16 09:48:26', enc: 'utf8qp',
    text: `田中様

以前ご案内のとおり、バッジは個人アカウントへ移行済みと伺っております。
その後特にご質問がないようですので、本件は解決済みとしてケースを閉じさせていただきます。

大西`,
  }),
  M({
    slug: 'ja-closed-html-pending', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiExam, note: 'HTML reminder: case pending customer action will close in 3 days (topic not stated)',
    from: AWS_NOTIFY, to: K.keep, subject: 'ご返信のお願い: まもなくケースがクローズされます', at: '2026-11-20 01:00:00', enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<p>伊藤 健二 様</p>
<p>ケース ID <b>${CASE.kenjiExam}</b> は、お客様のご対応待ちの状態です。</p>
<p>システムの設定により、3日以内にご返信がない場合はケースが自動でクローズされると案内されています。</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.kenjiExam}">ケースを表示</a></p>`, 'ja'),
  }),
  M({
    slug: 'ja-closed-user-said', kind: 'case_closed', lang: 'ja', caseId: CASE.mika, note: 'closing because the user reported all is resolved',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-14 14:33:50', enc: 'sjisb64',
    text: `中村様

問題なく表示されているとのご連絡、ありがとうございました。
お客様より解決したと伺いましたので、本ケースはこれにてクローズいたします。

吉川`,
  }),

  // ---------------- support_reply (10) ----------------
  M({
    slug: 'ja-reply-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true, note: 'negated: the department reports the merge is not finished yet',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 19:40:21', enc: 'jis7',
    text: `伊藤様

進捗のお問い合わせありがとうございます。
担当部署からは、統合作業はまだ完了していないとの報告を受けております。もうしばらくお時間をいただけますでしょうか。

村井`,
  }),
  M({
    slug: 'ja-reply-will-notify', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true, note: 'future: the team will report once the merge is done',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-08 09:12:37', enc: 'sjis8',
    text: `田中様

ご同意いただき、ありがとうございます。
統合が完了しましたら、担当チームから改めてご連絡するとのことです。通常3営業日ほどと聞いております。

大西`,
  }),
  M({
    slug: 'ja-reply-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.mika, trap: true, note: 'thanks for confirming, passed to the team: status only',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-09 18:22:14', enc: 'utf8qp',
    text: `中村様

ご同意のご連絡、確かに承りました。担当チームに引き継いだところ、2、3営業日のうちに作業に入る予定と聞いております。
完了の知らせを受け次第、こちらからご連絡します。

吉川

${quote(`同意します。\n中村`)}`,
  }),
  M({
    slug: 'ja-reply-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, note: 'escalation status, relayed',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-04 16:02:48', enc: 'jisb64',
    text: `伊藤様

お待たせしております。
本件は社内の専門チームにエスカレーションしたとのことで、回答まで少々お時間をいただくと聞いております。
進展があり次第ご連絡いたします。

村井`,
  }),
  M({
    slug: 'ja-reply-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true, note: 'duplicate support cases were merged, not the accounts',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-05 12:15:09', enc: 'jis7',
    text: `田中様

重複して作成されたケース(${CASE.yukiDup})は、こちらのケース ${CASE.yuki} に統合したとの連絡がシステム担当からありました。
今後のやり取りは、このメールへのご返信でお願いいたします。

大西`,
  }),
  M({
    slug: 'ja-reply-badges-not', kind: 'support_reply', lang: 'ja', caseId: CASE.mika, trap: true, note: 'negated: the badges have not moved yet on Credly',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-12 15:51:32', enc: 'sjisb64',
    text: `中村様

バッジの件、Credly 担当に確認いたしました。
バッジについては、現時点ではまだ移行されていないとのことでした。移行の依頼は出しておりますので、結果が分かりましたらご連絡します。

吉川`,
  }),
  M({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.kenjiFirst, trap: true, note: 'asks to write again from the kept address, no data requested: support_reply',
    to: K.src, subject: formSubject(CASE.kenjiFirst), at: '2026-11-01 17:30:30', enc: 'utf8b64',
    text: `伊藤様

チームから、統合のご依頼は統合先のアカウントのメールアドレスからお送りいただくよう案内してほしいとの指示がありました。
お手数ですが、${K.keep} から改めてご連絡ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-reply-unable-now', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true, note: 'team says the merge cannot be done for now (pending exam booking)',
    to: Y.keep, subject: formSubject(CASE.yuki), at: '2026-11-06 11:11:11', enc: 'jis7',
    text: `田中様

担当チームからは、会社アカウントに来月の試験予約が残っているため、現時点では統合できないとの回答でした。
試験を受け終えてから、改めてこのケースでお知らせください。

大西`,
  }),
  M({
    slug: 'ja-reply-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.mika, trap: true, note: 'answers a question: the team says vouchers carry over after a merge (general, not the event)',
    to: MI.keep, subject: formSubject(CASE.mika), at: '2026-11-07 14:05:27', enc: 'utf88bit',
    text: `中村様

ご質問の件です。
認定チームによれば、統合すると特典の50%割引バウチャーも統合先に引き継がれるとのことです。使いかけのバウチャーも同様と聞いております。

吉川`,
  }),
  M({
    slug: 'ja-reply-dkimonly-status', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, auth: 'dkimonly', note: 'status relay with only an aligned DKIM pass (trusted): no event yet',
    to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 21:08:53', enc: 'sjis8',
    text: `伊藤様

本日の夕方に担当チームと話しましたが、作業の順番待ちの状態だと言っていました。
明日の午前中に状況を聞いて、またご連絡します。

村井`,
  }),

  // ---------------- unrelated (10) ----------------
  M({
    slug: 'ja-unrel-colleague-hearsay', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass', trap: true, note: 'a colleague\'s hearsay about his own merge: not from support',
    from: '鈴木 一郎 <suzuki.ichiro@corp-b.example.co.jp>', to: Y.src, subject: 'AWS認定の統合の件', at: '2026-11-05 12:44:10', enc: 'jis7',
    text: `田中さん

昼に話していた件です。
情シスの佐々木さんから聞いた話では、佐々木さんのときは同意の返信をしてから3日ほどで統合が完了したそうです。
バッジは自動では移らなかったので、サポートにもう一度頼んだと言っていました。

鈴木`,
  }),
  M({
    slug: 'ja-unrel-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'none', trap: true, note: 'the user\'s own forward of the completion mail to another own address',
    from: `${K.ja} <${K.keep}>`, to: K.src, subject: `Fwd: ${formSubject(CASE.kenji)}`, at: '2026-11-06 14:30:05', enc: 'utf8qp',
    text: `会社のほうにも控えを送っておきます。統合完了とのこと。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年11月6日(金) 14:12
Subject: ${formSubject(CASE.kenji)}
To: <${K.keep}>

伊藤 健二 様

担当部署より、統合が完了したとの報告を受けております。`,
  }),
  M({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.yuki, trap: true, note: 'satisfaction survey about the case: unrelated',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: Y.keep, subject: 'サポートについてのアンケートにご協力ください', at: '2026-11-15 08:00:00', enc: 'utf8b64', wholeSubject: true,
    text: `田中 由紀 様

先日のケース(${CASE.yuki})について、担当者から対応が完了したと報告を受けております。
問題は解決しましたか? 1分ほどのアンケートにご協力ください。
https://survey.aws.amazon.com/s/${CASE.yuki}`,
  }),
  M({
    slug: 'ja-unrel-exam-case', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiExam, trap: true, note: 'reply on the user\'s other case (exam reschedule), says so: unrelated',
    to: K.keep, subject: `[CASE ${CASE.kenjiExam}] 試験予約の変更について`, at: '2026-11-10 10:18:44', enc: 'jis7',
    text: `伊藤様

試験予約の日程変更の件です。
試験配信会社より、12月5日への変更手続きが完了したとの連絡がありました。確認メールが別途届くとのことです。

AWS トレーニングと認定 高橋`,
  }),
  M({
    slug: 'ja-unrel-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: MI.keep, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-11-11 07:07:07', enc: 'utf8qp', hdr: 'utf8b',
    text: `中村 美香 さん

Microsoft から、あなたにバッジが発行されました。
Microsoft Certified: Azure Fundamentals
バッジを入手する: https://www.credly.com/badges/aa01bc77/accept`,
  }),
  M({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Credly\'s own account-merge verification code mail',
    from: 'Credly <admin@credly.com>', to: Y.keep, subject: 'Credly アカウントの統合を完了してください', at: '2026-11-12 21:55:29', enc: 'utf8b64', hdr: 'utf8b',
    text: `Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  M({
    slug: 'ja-unrel-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.yuki, trusted: false, auth: 'none', note: 'out-of-office auto reply from the old company address',
    from: `${Y.ja} <${Y.src}>`, to: Y.keep, subject: `自動応答: ${formSubject(CASE.yuki)}`, at: '2026-11-07 09:55:20', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `田中は10月31日をもって退職いたしました。
このアドレスあてのメールは確認されません。
ご用件は代表アドレス info@corp-b.example.co.jp までお送りください。`,
  }),
  M({
    slug: 'ja-unrel-forum-digest', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass', trap: true, note: 'community digest with others\' hearsay about merges and badges',
    from: 'テックコミュニティ通知 <notify@community.example.jp>', to: MI.keep, subject: '【週間ダイジェスト】AWS認定アカウントの統合、みんなの体験談', at: '2026-11-09 07:00:00', enc: 'utf8qp',
    text: `今週の人気の投稿

■ 「AWS認定アカウントをマージしてもらった」
投稿者によると、サポートに同意を返信した翌日には統合が完了したとの連絡が来たそうです。

■ 「Credlyのバッジが移らない」
別の方からは、統合後もバッジが旧アカウントに残っており、再度問い合わせて移してもらったとの報告がありました。

配信停止はこちら: https://community.example.jp/unsubscribe`,
  }),
  M({
    slug: 'ja-unrel-skillbuilder-done', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, note: 'Skill Builder course-completion notice: not a merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: K.keep, subject: 'コース修了のお知らせ', at: '2026-11-08 18:00:12', enc: 'sjisb64',
    text: `伊藤 健二 様

「AWS Cloud Practitioner Essentials」の受講が完了したと記録されました。
修了証はマイページからダウンロードいただけます。

AWS Skill Builder`,
  }),
  M({
    slug: 'ja-unrel-team-list', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass', forUser: false, deliveredTo: null, note: 'team mailing-list notice (not addressed to a user address): mail shutdown of the old domain',
    from: '情報システム部 <it-info@corp-b.example.co.jp>', to: 'all-staff@corp-b.example.co.jp', subject: '旧ドメインのメール停止について', at: '2026-11-02 17:00:00', enc: 'jis7',
    text: `各位

ベンダーより、旧ドメインのメール受信を12月1日で停止するとの連絡がありました。
外部サービスの登録アドレス(AWS 認定などを含む)は、早めに変更してください。

情報システム部`,
  }),
];
