// Set bh, Japanese part 2: receipts, AI answers, consent requests, completion, badges, closing.
import { type Msg } from './lib.js';
import { CASE, CREDLY_AWS, KEN, MISAKI, NOREPLY, PORTAL, SHO, SUPPORT_ADDR, YUKI, addr, caseSubj, gmailJa, htmlDoc, jst, mk, outlookJa, paras, sf } from './common.js';

const caseNotice = (id: string): string => `[CASE ${id}] AWS トレーニングと認定 - お問い合わせを受け付けました`;

export const JA2: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-plain',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'automatic receipt of the new case from no-reply-aws',
    from: NOREPLY,
    to: addr(KEN.ja, KEN.keep),
    subject: caseNotice(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-04 22:03:52'),
    enc: 'jisb64',
    text: `お客様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース ID ${CASE.ken} でお問い合わせを受け付けました。通常24時間以内に担当者よりご連絡いたします。

すでにケースを作成済みの場合、同じ内容で別のケースを作成しないでください。回答が遅れる原因となります。

このメールは送信専用アドレスから送信されています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-fields',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    note: 'receipt that echoes the form fields (name, company, candidate ID); asks nothing',
    from: NOREPLY,
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseNotice(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-13 23:40:07'),
    enc: 'jis7',
    text: `以下の内容でケースが作成されました。

ケース ID: ${CASE.misaki}
お問い合わせの種類: AWS トレーニングと認定
氏名: 小林 美咲
会社名: (未入力)
AWS 候補者 ID: ${MISAKI.keepId}
内容: 認定アカウントを2つ持っているので1つにまとめたい

担当者が内容を確認し、このメールアドレス宛てにご連絡します。

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-ack-bodyonly-html',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'HTML receipt, the case ID only in the body',
    from: NOREPLY,
    to: addr(SHO.ja, SHO.keep),
    subject: 'お問い合わせありがとうございます',
    caseId: CASE.sho,
    date: jst('2026-11-01 23:58:31'),
    enc: 'utf8b64',
    text: `高橋 翔 様\n\nお問い合わせを受け付けました。\nケース番号: ${CASE.sho}\n\n担当者からの返信までしばらくお待ちください。`,
    html: htmlDoc(`<p>高橋 翔 様</p>
<p>お問い合わせを受け付けました。</p>
<p style="font-size:18px"><b>ケース番号: ${CASE.sho}</b></p>
<p>担当者からの返信までしばらくお待ちください。</p>
<p style="color:#888">Amazon Web Services, Inc. はAmazon.com, Inc.の関連会社です。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt in Shift_JIS base64',
    from: NOREPLY,
    to: addr(YUKI.ja, YUKI.src),
    subject: caseNotice(CASE.yukiDup),
    caseId: CASE.yukiDup,
    date: jst('2026-08-19 12:04:55'),
    enc: 'sjisb64',
    text: `渡辺 由紀 様

ケース ${CASE.yukiDup} を受け付けました。
担当部署より順次ご連絡いたします。

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-bilingual',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'bilingual receipt (Japanese first, English repeated)',
    from: NOREPLY,
    to: addr(YUKI.ja, YUKI.keep),
    subject: `Case ${CASE.yuki} を受け付けました / We received your case`,
    caseId: CASE.yuki,
    date: jst('2026-08-19 21:47:13'),
    enc: 'utf8qp',
    text: `ケース ${CASE.yuki} を受け付けました。担当者からの連絡をお待ちください。

We have received your case ${CASE.yuki}. An agent will contact you soon.

Amazon Web Services`,
    html: htmlDoc(`<p>ケース ${CASE.yuki} を受け付けました。担当者からの連絡をお待ちください。</p><hr><p>We have received your case ${CASE.yuki}. An agent will contact you soon.</p><p>Amazon Web Services</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ack-lookalike',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    note: 'receipt-shaped mail from a look-alike domain',
    from: 'Amazon Web Services <no-reply-aws@amazon-aws-support.com>',
    to: addr(KEN.ja, KEN.keep),
    subject: caseNotice('17734410926'),
    caseId: '17734410926',
    date: jst('2026-10-05 01:15:20'),
    auth: 'none',
    enc: 'jis7',
    text: `お問い合わせを受け付けました。ケース ID: 17734410926
ケースの状況は下記のリンクからご確認いただけます。
http://amazon-aws-support.com/case/17734410926`,
  }),
  mk({
    slug: 'ja-ack-second',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt of a case whose topic is not stated',
    from: NOREPLY,
    to: addr(SHO.ja, SHO.src),
    subject: `[CASE 1781920051120] ご連絡ありがとうございます`,
    caseId: '1781920051120',
    date: jst('2026-11-02 07:31:09'),
    enc: 'jis7',
    text: `お問い合わせいただきありがとうございます。
ケース番号 1781920051120 として登録いたしました。
ご返信はこのメールへの返信で承ります。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-tool',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool',
    from: NOREPLY,
    to: addr(KEN.ja, KEN.keep),
    subject: 'AWS サポート: 生成AIによる回答',
    date: jst('2026-10-04 21:58:02'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>この回答は生成AIによって作成されました。内容が正確でない場合があります。</p>
<p>AWS 認定アカウントを1つにまとめたい場合は、認定ポータルにサインインし、「プロフィール」の「アカウントの統合」からご自身で手続きできます。両方のアカウントに認定の履歴がある場合はこのツールを使えないため、「ケースを作成」からサポートにお問い合わせください。</p>
<p>この回答で解決しましたか? <a href="https://support.aws.amazon.com/">はい</a> / <a href="https://support.aws.amazon.com/">いいえ、ケースを作成する</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-ai-after-merge',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI answer explaining what happens after a merge (badges, vouchers); still an AI answer',
    from: NOREPLY,
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: 'お問い合わせへの自動回答',
    date: jst('2026-09-13 23:36:44'),
    enc: 'jisb64',
    text: `※この回答はAIにより自動で作成されています。

アカウントの統合が完了すると、統合元の認定や特典は残す側のアカウントに移ります。Credly のデジタルバッジは、統合後に残す側のメールアドレスで受け取り直すことをおすすめします。統合元のアカウントにはサインインできなくなります。

問題が解決しない場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-create-case',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'automated suggestion, then the create-case prompt',
    from: NOREPLY,
    to: addr(YUKI.ja, YUKI.keep),
    subject: 'AIアシスタントからのご案内',
    date: jst('2026-08-19 21:44:30'),
    enc: 'sjis8',
    text: `AIアシスタントがご質問にお答えします。

認定アカウントが重複している場合、まず認定ポータルの「Merge Accounts」機能をお試しください。
エラーになる場合や、どちらにも資格がある場合は、サポート担当者による対応が必要です。その場合は画面下の「ケースを作成」ボタンからお進みください。`,
  }),
  mk({
    slug: 'ja-ai-prepare',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI answer listing what to have ready (IDs, addresses): not a request from an agent',
    from: NOREPLY,
    to: addr(SHO.ja, SHO.keep),
    subject: '自動応答: アカウントの統合について',
    date: jst('2026-11-01 23:55:12'),
    enc: 'jis7',
    text: `こちらは自動応答です(生成AI)。

サポートに統合を依頼する前に、次の情報を手元にご用意いただくと手続きが早く進みます。
・両アカウントの候補者ID
・両アカウントのメールアドレス
・残したいアカウント

セルフサービスの統合ツールで解決しない場合は、ケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-mixed',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI answer with English disclaimer',
    from: NOREPLY,
    to: addr(KEN.ja, KEN.src),
    subject: 'AI generated response / AI による回答',
    date: jst('2026-10-03 08:12:39'),
    enc: 'jis7',
    text: `This response was generated by AI.

認定ポータルの Profile 画面にある Merge Accounts から、2つのアカウントの統合をお試しいただけます。
統合は元に戻せないため、残すアカウントを慎重にお選びください。

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'ja-ai-none-auth',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    note: 'AI-answer text but no Authentication-Results at all',
    from: NOREPLY,
    to: addr(MISAKI.ja, MISAKI.src),
    subject: '生成AIの回答',
    date: jst('2026-09-12 19:20:10'),
    auth: 'none',
    enc: 'utf8b64',
    text: `生成AIによる回答です。
アカウント統合ツールはプロフィール画面にあります。ツールで統合できない場合はサポートにケースを作成してください。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ken-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'restates both accounts and asks for consent; cannot be undone',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-13 10:20:48'),
    enc: 'jis7',
    text: `中村 健一 様

お待たせいたしました。統合担当の安藤と申します。
以下の内容で統合を実施いたします。

残すアカウント: ${KEN.keepId} (${KEN.keep})
統合されるアカウント: ${KEN.srcId} (${KEN.src})

統合は一度実施すると元に戻すことができません。上記の内容でよろしければ、本メールにご返信のうえ同意の旨をお伝えください。

安藤
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'misaki-consent-quoted',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'asks her to agree to the merge, her earlier answers quoted below',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-19 11:42:26'),
    enc: 'jisb64',
    text: `小林様

準備が整いました。会社のアカウント(${MISAKI.srcId})の資格と特典を、個人のアカウント(${MISAKI.keepId})へ移し、会社のアカウントは閉じます。
この操作は取り消しができません。進めてよろしいか、ご返信で同意をお知らせいただけますか。

田口

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年9月16日 22:31', SUPPORT_ADDR, caseSubj(CASE.misaki), `個人の ${MISAKI.keep} を残します。会社のほうは今月末で使えなくなります。`)}`,
  }),
  mk({
    slug: 'sho-consent-blunt',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'short: reply "同意します" to go ahead',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-09 09:03:14'),
    enc: 'sjis8',
    text: `高橋様

専門部署の確認が終わりました。${SHO.srcId} を ${SHO.keepId} に統合できます。
統合に同意いただける場合は「同意します」とだけご返信ください。統合後は元に戻せません。

岡本`,
  }),
  mk({
    slug: 'yuki-consent-html',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'multipart consent request with the two accounts in a list',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-25 14:30:52'),
    enc: 'utf8qp',
    text: `渡辺 由紀 様

ご提供いただいた情報の照合が終わりました。

・残るアカウント: ${YUKI.keepId} / ${YUKI.keep}
・消えるアカウント: ${YUKI.srcId} / ${YUKI.src}

この統合は後から取り消すことができません。ご承諾いただける場合は、その旨をご返信ください。

西川`,
    html: htmlDoc(`<p>渡辺 由紀 様</p><p>ご提供いただいた情報の照合が終わりました。</p>
<ul><li>残るアカウント: ${YUKI.keepId} / ${YUKI.keep}</li><li>消えるアカウント: ${YUKI.srcId} / ${YUKI.src}</li></ul>
<p>この統合は後から取り消すことができません。ご承諾いただける場合は、その旨をご返信ください。</p><p>西川</p>`, 'ja'),
  }),
  mk({
    slug: 'ken-consent-resent',
    kind: 'confirmation_request',
    lang: 'ja',
    forUser: false,
    note: 'consent request redirected by the old company mail server (Resent-*) to an admin',
    to: addr(KEN.ja, KEN.src),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-13 10:21:02'),
    resent: { from: 'postmaster@oldtech.example.co.jp', to: 'it-admin@oldtech.example.co.jp', date: jst('2026-10-13 10:21:30') },
    enc: 'utf8b64',
    text: `中村様

統合に同意いただけますでしょうか。残すのは ${KEN.keepId}、統合されるのは ${KEN.srcId} です。ご承諾の旨をご返信ください。

安藤`,
  }),
  mk({
    slug: 'misaki-consent-thread',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'consent request on top of a long thread of earlier questions and answers',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-21 16:05:33'),
    enc: 'jis7',
    text: `小林様

先日のご案内にまだご返信をいただいていないため、再度お送りします。
会社のアカウントを個人のアカウントへ統合してよいか、ご承認をお願いいたします。ご返信をいただいてから作業に着手します。

田口

${gmailJa('2026年9月17日(木) 23:20', MISAKI.ja, MISAKI.keep, `会社のアカウントにある半額バウチャーはどうなりますか?

${outlookJa('AWS Training and Certification', '2026年9月17日 10:48', MISAKI.keep, caseSubj(CASE.misaki), `残すアカウントは個人のアドレス ${MISAKI.keep} とのこと、承知いたしました。`)}`)}`,
  }),
  mk({
    slug: 'ja-consent-misaligned',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    note: 'consent request whose DKIM signature belongs to a bulk sender, DMARC fails',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-08 02:14:09'),
    auth: 'misaligned',
    enc: 'jis7',
    text: `高橋様

統合を実施してよろしいですか。下記リンクから同意ボタンを押してください。
http://aws-merge-consent.example.net/agree

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'yuki-consent-sjis-en',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'Japanese consent request with an English line at the end',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-25 14:35:10'),
    enc: 'sjisb64',
    text: `渡辺様

先ほどの内容について、統合の実施にご同意いただけるかどうかお返事をお待ちしております。同意いただける場合は、このメールに「はい」とご返信ください。

Please reply to this email to confirm that you agree to the merge.

西川`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ken-done',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'support says the two accounts have been merged',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-15 13:11:40'),
    enc: 'jis7',
    text: `中村様

ご同意ありがとうございました。
本日、${KEN.srcId} の認定履歴を ${KEN.keepId} へ移し、アカウントの統合作業が完了いたしました。
${KEN.keep} でサインインのうえ、認定の一覧をご確認ください。

安藤

2026年10月13日(火) 12:02 ${KEN.ja} <${KEN.keep}>:
> 同意します。統合をお願いします。`,
  }),
  mk({
    slug: 'ja-portal-merged',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'the certification portal\'s own merged notice, no case ID',
    from: PORTAL,
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: 'AWS 認定: アカウントが統合されました',
    date: jst('2026-09-22 06:00:12'),
    enc: 'utf8b64',
    html: htmlDoc(`<h2>アカウントが統合されました</h2>
<p>小林 美咲 様</p>
<p>お客様の AWS 認定アカウントは統合されました。以前のアカウントの認定、試験履歴、特典は、このアカウントに表示されます。</p>
<p>候補者ID: ${MISAKI.keepId}</p>
<p><a href="https://www.aws.training/Certification">認定ポータルを開く</a></p>`, 'ja'),
  }),
  mk({
    slug: 'misaki-done-close',
    kind: 'merge_completed',
    lang: 'ja',
    trap: true,
    note: 'completion, asks her to check all looks right, case will be closed (the completion is the new fact)',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-22 10:37:25'),
    enc: 'jisb64',
    text: `小林様

会社のアカウントの統合が完了しましたのでお知らせいたします。
個人のアカウントにサインインし、資格とバウチャーが表示されているかご確認いただけますと幸いです。
本ケースはこちらでクローズいたします。

田口`,
  }),
  mk({
    slug: 'sho-done-mixed',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion with English header lines',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-10 15:58:03'),
    enc: 'utf8qp',
    text: `Hello,

高橋様、大学のアカウント ${SHO.srcId} は ${SHO.keepId} にマージ済みです。
旧アカウントの試験履歴も新しいほうに表示されています。

Best regards,
Okamoto
AWS Training and Certification`,
  }),
  mk({
    slug: 'yuki-done-disabled',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion: the source account is now deactivated and its history lives in the kept one',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-27 17:20:39'),
    enc: 'sjis8',
    text: `渡辺 由紀 様

お待たせしました。統合元アカウントの資格情報を統合先 ${YUKI.keepId} に反映し、統合元のアカウントは無効化いたしました。
以後は ${YUKI.keep} でサインインしてください。

西川`,
  }),
  mk({
    slug: 'ja-done-lookalike-server',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    note: 'completion text, but the topmost Authentication-Results is from a look-alike server name',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-14 01:33:52'),
    auth: 'lookalikeServer',
    enc: 'jis7',
    text: `中村様

アカウントの統合が完了しました。
旧アカウントの情報を確認するため、以下からサインインしてください。
http://aws-training-login.example.net/`,
  }),
  mk({
    slug: 'misaki-done-badges-not-yet',
    kind: 'merge_completed',
    lang: 'ja',
    trap: true,
    note: 'completion restating both accounts; badges are not moved yet (negated)',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-22 10:05:01'),
    enc: 'jisb64',
    text: `小林 美咲 様

${MISAKI.srcId}(${MISAKI.src})を ${MISAKI.keepId}(${MISAKI.keep})に統合しました。
なお、Credly のバッジはまだ移行されていません。バッジについては別途ご案内いたします。

田口`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-credly-saa',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge issued via Credly (Japanese)',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-10-16 08:14:27'),
    enc: 'utf8b64',
    html: htmlDoc(`<p>中村 健一 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly by Pearson</p>`, 'ja'),
  }),
  mk({
    slug: 'ken-badges-moved',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support says the Credly badges were moved to the kept account and closes',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-16 09:02:18'),
    enc: 'jis7',
    text: `中村様

ご連絡いただいたバッジの件、Credly 上で旧アカウントのバッジを ${KEN.keep} に付け替えました。
Credly にサインインしてご確認ください。本件はこれをもってクローズいたします。

安藤

> 統合ありがとうございました。ただ Credly のバッジが前のアドレスのままです。`,
  }),
  mk({
    slug: 'ja-credly-dva',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'another AWS Credly badge mail, multipart',
    from: CREDLY_AWS,
    to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-09-23 07:45:56'),
    enc: 'utf8qp',
    text: `小林 美咲 様

Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジを発行しました。
バッジを入手する: https://www.credly.com/badges/accept

Credly`,
    html: htmlDoc(`<p>小林 美咲 様</p><p>Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジを発行しました。</p><p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p><p>Credly</p>`, 'ja'),
  }),
  mk({
    slug: 'yuki-badges-answer',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'answers her question: the badges are now on the kept account',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-29 11:26:44'),
    enc: 'sjis8',
    text: `渡辺様

お問い合わせのバッジにつきまして、旧アドレスに発行されていた3つのバッジを ${YUKI.keep} の Credly アカウントへ移行いたしました。

西川

${gmailJa('2026年8月28日(金) 20:51', YUKI.ja, YUKI.keep, 'Credly のバッジが新しいほうに表示されません。どうすればよいでしょうか。')}`,
  }),
  mk({
    slug: 'sho-badges-done',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support: the badge re-assignment is done',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-12 10:10:10'),
    enc: 'jis7',
    text: `高橋様

Credly のデジタルバッジも統合先アカウントに紐づけ直しました。
バッジ一覧に表示されていることを確認済みです。

岡本`,
  }),
  mk({
    slug: 'ja-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    note: 'Credly badge mail from a look-alike domain',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.com>',
    to: SHO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-11-11 03:50:02'),
    auth: 'none',
    enc: 'utf8b64',
    text: `高橋 翔 様

「AWS Certified Cloud Practitioner」のバッジが発行されました。
バッジを入手する: http://credly-badges.com/accept`,
  }),
  mk({
    slug: 'misaki-badges-outlook',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support says the badges moved; Outlook quote of her question',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-24 13:48:30'),
    enc: 'utf8b64',
    text: `小林様

Credly のバッジを個人のアカウントへ移しました。会社のアドレスに残っていたバッジは削除されています。

田口

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年9月23日 21:15', SUPPORT_ADDR, caseSubj(CASE.misaki), 'バッジが会社のアドレスのほうに付いたままです。')}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-autoclose-7d',
    kind: 'case_closed',
    lang: 'ja',
    note: 'reminder: the case closes in 7 days without a reply',
    from: NOREPLY,
    to: addr(SHO.ja, SHO.keep),
    subject: `[CASE ${CASE.sho}] ご返信をお待ちしております`,
    caseId: CASE.sho,
    date: jst('2026-11-13 09:00:00'),
    enc: 'jis7',
    text: `高橋 翔 様

ケース ${CASE.sho} について、担当者からのご案内にご返信がありません。
7日以内にご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ken-close-restate',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'closing notice that only restates the earlier merge',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-20 10:00:31'),
    enc: 'jisb64',
    text: `中村様

先週ご報告したとおりアカウントの統合は済んでおり、その後ご連絡がございませんので、本ケースをクローズいたします。
ご利用ありがとうございました。

安藤`,
  }),
  mk({
    slug: 'ja-resolved-sjis',
    kind: 'case_closed',
    lang: 'ja',
    note: 'no-reply notice: the case was resolved',
    from: NOREPLY,
    to: addr(YUKI.ja, YUKI.keep),
    subject: `ケース ${CASE.yuki} は解決済みになりました`,
    caseId: CASE.yuki,
    date: jst('2026-09-05 00:10:44'),
    enc: 'sjis8',
    text: `ケース ${CASE.yuki} のステータスが「解決済み」に変更されました。
再度お問い合わせが必要な場合は、このメールに返信してケースを再開できます。`,
  }),
  mk({
    slug: 'misaki-close-noanswer',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'closed because the questions went unanswered; mentions the earlier information request',
    to: addr(MISAKI.ja, MISAKI.src),
    subject: caseSubj('1768830599'),
    caseId: '1768830599',
    date: jst('2026-09-12 17:44:02'),
    enc: 'jis7',
    text: `小林様

先日お伺いした候補者IDとメールアドレスについてご返信をいただけていないため、本ケースはいったんクローズいたします。
引き続き統合をご希望の際は、改めてお問い合わせください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sho-close-mixed',
    kind: 'case_closed',
    lang: 'ja',
    note: 'closing mail with English footer',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-20 12:00:09'),
    enc: 'utf8qp',
    text: `高橋様

ご返信がございませんでしたので、本ケースはクローズとさせていただきます。

This case has been closed. If you need further help, reply to reopen it.

岡本`,
  }),
  mk({
    slug: 'ja-close-failthenforged',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    note: 'closing notice whose top Authentication-Results says fail; a pass header is planted lower',
    from: NOREPLY,
    to: addr(KEN.ja, KEN.keep),
    subject: `ケース ${CASE.ken} をクローズしました`,
    caseId: CASE.ken,
    date: jst('2026-10-18 05:05:05'),
    auth: 'failThenForged',
    enc: 'jis7',
    text: `ケース ${CASE.ken} はクローズされました。`,
  }),
  mk({
    slug: 'yuki-close-html',
    kind: 'case_closed',
    lang: 'ja',
    note: 'HTML closing: resolved, reply to reopen',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-09-01 15:22:18'),
    enc: 'utf8b64',
    html: htmlDoc(paras(`渡辺 由紀 様

本ケースは解決済みとしてクローズいたしました。
同じ件で再度ご相談がある場合は、このメールにご返信いただければケースが再開されます。

西川`), 'ja'),
  }),
];
