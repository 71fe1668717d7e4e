// dq Japanese messages, part 1: acknowledgement, ai_answer, info_request, confirmation_request.
import type { Msg } from './lib.js';
import { C, CERT, KENJI, KENJI_REQ, MIKA, MIKA_REQ, NOREPLY, RYO, SUP, SUP_ADDR, YUKI, YUKI_REQ, d, gmailJa, html, mk, outlookJa, q, ref, sfJa, subj, subj0, to } from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-kenji', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji,
    note: 'automatic receipt of the form case, case ID in subject and body',
    from: SUP, to: to(KENJI), subject: subj0(C.kenji), date: d('2026-10-05 02:14:09'), enc: 'jis7',
    text: `※本メールはシステムからのオートリプライです。

AWS トレーニングと認定のお問い合わせフォームからのリクエストをレシーブしました。
ケース ID: ${C.kenji}
担当チームへのアサインが済み次第、通常24時間以内にファーストレスポンスをお送りします。

同じ内容で別のケースをオープンしないようお願いします。ケースがダブると対応が遅れる原因になります。
このメールへリプライすると、そのままケースにアップデートが追加されます。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ja-ack-mika', kind: 'acknowledgement', lang: 'ja', caseId: C.mika,
    note: 'receipt: ticket created, status open and unassigned',
    from: SUP, to: to(MIKA), subject: `[CASE ${C.mika}] お問い合わせを受け付けました`, date: d('2026-10-08 09:41:55'), enc: 'jisb64',
    text: `伊藤 美香 様

サポートケースがクリエイトされました。
-------------------------------
ケースID  : ${C.mika}
カテゴリ  : AWS トレーニングと認定 / アカウント
ステータス: オープン (アサイン待ち)
-------------------------------
エンジニアからの連絡まで、今しばらくお待ちください。追加情報があればこのメールへの返信でお送りいただけます。

${ref('Mk81q')}`,
  }),
  mk({
    slug: 'ja-ack-yuki-fields', kind: 'acknowledgement', lang: 'ja', caseId: C.yuki, trap: true,
    note: 'receipt that echoes the submitted fields (name, company, candidate ID); asks for nothing',
    from: SUP, to: to(YUKI), subject: subj0(C.yuki), date: d('2026-10-12 23:05:31'), enc: 'sjis8',
    text: `以下のインプットでケース ${C.yuki} をオープンしました。

  お名前      : 小林 由紀
  会社名      : (未入力)
  候補者ID    : ${YUKI.keepId}
  問い合わせ種別: AWS トレーニングと認定 > 認定 > アカウントの統合

内容にミスがあっても、新しいケースは作らずこのスレッドにリプライしてください。
ファーストレスポンスの目安は1営業日です。`,
  }),
  mk({
    slug: 'ja-ack-ryo-bodyid', kind: 'acknowledgement', lang: 'ja', caseId: C.ryo,
    note: 'Japanese-locale receipt; case ID only in the body',
    from: SUP, to: to(RYO), subject: 'AWS Training and Certification: お問い合わせ受付のお知らせ', date: d('2026-10-15 04:30:12'), enc: 'utf8qp',
    text: `田中 様

お問い合わせありがとうございます。チケット番号 ${C.ryo} でキューにエンキューされました。
サポートエージェントがアサインされると、このアドレス宛にメールが届きます。

※送信専用ではありません。返信するとケースにコメントが追記されます。`,
  }),
  mk({
    slug: 'ja-ack-kenji-dup', kind: 'acknowledgement', lang: 'ja', caseId: C.kenjiDup,
    note: 'receipt of the second case the user opened for the same merge',
    from: SUP, to: to(KENJI), subject: subj0(C.kenjiDup), date: d('2026-10-06 11:02:47'), enc: 'utf8b64',
    text: `お問い合わせのケース (${C.kenjiDup}) がクリエイトされました。
通常、24時間以内にエンジニアからコンタクトします。
既存のケースがある場合は、そちらにリプライいただく方がスムーズです。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: '1780051923', trusted: false,
    note: 'receipt look-alike from amazon-support-desk.jp (not a trusted domain)',
    from: 'AWSサポートデスク <support@amazon-support-desk.jp>', to: to(MIKA), subject: '[CASE 1780051923] アカウント統合リクエスト受付', date: d('2026-10-09 03:12:00', '+0900'), enc: 'utf8qp', auth: 'pass',
    text: `伊藤様

アカウントのインテグレーションのリクエストを受け付けました (ケースID 1780051923)。
ステータスはアサイン待ちです。担当者から追ってご連絡します。

AWSサポートデスク`,
  }),
  mk({
    slug: 'ja-ack-yuki-html', kind: 'acknowledgement', lang: 'ja', caseId: C.yukiVoucher,
    note: 'HTML-only receipt that says nothing of its topic: read as a receipt',
    from: NOREPLY, to: to(YUKI), subject: `ケース ${C.yukiVoucher} が作成されました`, date: d('2026-10-20 07:45:10'), enc: 'utf8b64',
    html: html(`AWS サポート

ケース ${C.yukiVoucher} をクリエイトしました。

サポートセンターでケースのステータスをトラッキングできます。
このメールは送信専用アドレスから送られています。`, 'AWS Support'),
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-selfservice', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool',
    from: NOREPLY, to: to(KENJI), subject: 'お問い合わせに対する自動回答 (AI 生成)', date: d('2026-10-05 02:09:41'), enc: 'jis7',
    text: `この回答は生成 AI によって自動でジェネレートされています。

認定アカウントのマージは、AWS Certification アカウントにサインインし、
[プロフィール] > [アカウントのマージ] からセルフサービスで実行できる場合があります。
両方のアカウントにサーティフィケーションのヒストリーがあるときはツールが使えないため、
その場合はこの画面から「ケースを作成」を選んでください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer explaining what happens to badges after a merge; still ai_answer',
    from: NOREPLY, to: to(MIKA), subject: 'Amazon Q からのサジェスチョン: 認定アカウントの統合', date: d('2026-10-08 09:33:18'), enc: 'jisb64',
    text: `Amazon Q による自動サジェスチョンです。

・アカウントのマージ後、統合元のサーティフィケーションとベネフィット (50% バウチャー等) は統合先に引き継がれます。
・Credly のバッジはマージ完了後に統合先のメールアドレスでクレームしてください。
・マージはアンドゥできません。

解決しない場合は「サポートに問い合わせる」からケースをオープンしてください。`,
  }),
  mk({
    slug: 'ja-ai-html-training', kind: 'ai_answer', lang: 'ja',
    note: 'bot answer from aws.training help, multipart; points to Merge Accounts page',
    from: 'AWS Training Help Bot <help-bot@aws.training>', to: to(YUKI), subject: 'ご質問へのオートアンサー', date: d('2026-10-12 22:58:02'), enc: 'utf8qp',
    text: `自動アシスタントがご質問をアナライズしました。

「アカウントを1つにまとめたい」というご要望ですね。
CertMetrics ベースの認定ポータルにログイン後、Profile メニューの Merge Accounts でリンクを送信し、
もう一方のアカウントでアクセプトすると統合できます。
ツールがエラーになる場合のみ、オペレーターへのエスカレーションをご利用ください。`,
    html: html(`自動アシスタントがご質問をアナライズしました。

「アカウントを1つにまとめたい」というご要望ですね。
CertMetrics ベースの認定ポータルにログイン後、Profile メニューの Merge Accounts でリンクを送信し、
もう一方のアカウントでアクセプトすると統合できます。
ツールがエラーになる場合のみ、オペレーターへのエスカレーションをご利用ください。`, 'Auto answer'),
  }),
  mk({
    slug: 'ja-ai-sjis-faq', kind: 'ai_answer', lang: 'ja',
    note: 'machine answer linking FAQ articles on duplicate certification accounts',
    from: NOREPLY, to: to(RYO), subject: 'おすすめのナレッジ記事', date: d('2026-10-15 04:21:50'), enc: 'sjisb64',
    text: `入力された内容にマッチするナレッジ記事をピックアップしました (自動生成)。

1. 認定アカウントが重複している場合のマージ方法
2. Merge Accounts ツールでエラーが出るとき
3. 認定アカウントのメールアドレスを変更するには

上記でリゾルブしない場合、このまま「ケースを作成」に進めます。`,
  }),
  mk({
    slug: 'ja-ai-lookalike-server', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'lookalikeServer',
    note: 'AI answer; topmost Authentication-Results is from a look-alike authserv-id',
    from: NOREPLY, to: to(KENJI), subject: '自動回答: アカウントのコンソリデーションについて', date: d('2026-10-05 02:10:03'), enc: 'utf88bit',
    text: `AI アシスタントの回答です。

アカウントのコンソリデーションは、認定ポータルの「アカウントのマージ」でご自身で実施できます。
エラーになる場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-q-short', kind: 'ai_answer', lang: 'ja',
    note: 'short generative-AI reply suggesting the portal tool before a case',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: to(YUKI), subject: 'AI による回答のご案内', date: d('2026-10-12 22:57:40'), enc: 'jis7',
    text: `生成AIアシスタントより:
お持ちの2つのアカウントは、セルフサービスのマージツールでインテグレーションできる可能性があります。
まずはプロフィール画面からお試しいただき、NGの場合はケースを作成してください。
(この回答はAIが生成したもので、誤りを含む場合があります)`,
  }),
  mk({
    slug: 'ja-ai-mixed-en', kind: 'ai_answer', lang: 'ja',
    note: 'automated suggestion, Japanese text with English boilerplate footer',
    from: NOREPLY, to: to(MIKA), subject: 'Suggested answer / 推奨される回答', date: d('2026-10-08 09:30:02'), enc: 'utf8b64',
    text: `[自動回答] 認定アカウントの統合について

セルフサービスの Merge Accounts ツールをトライしてください。
両方のアカウントに受験履歴がある場合は、ツールではマージできないためサポートへのケース作成が必要です。

This answer was generated automatically. Was it helpful?`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-kenji-ids', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'asks for both login emails, candidate IDs and which account to keep',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-06 01:47:22'), enc: 'jis7',
    text: `渡辺様

お問い合わせありがとうございます。AWS トレーニングと認定カスタマーサポートの中村です。
アカウントのマージを進めるにあたり、以下を両アカウント分お送りください。

- ログインに使っているメールアドレス
- 認定の通知用メールアドレス
- 候補者 ID (AWS から始まる番号)
- どちらのアカウントをキープするか

いただいた情報でバリデーションが取れ次第、次のステップをご案内します。

${sfJa(KENJI.keep, '2026/10/05 2:14', '[AWS Training and Certification Form Submission] - account-assistance', KENJI_REQ)}

${ref('Kw21a')}`,
  }),
  mk({
    slug: 'ja-info-mika-confirm-keep', kind: 'info_request', lang: 'ja', caseId: C.mika, trap: true,
    note: 'asks the customer to confirm which address becomes primary: information request, not consent',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-09 06:20:11'), enc: 'jisb64',
    text: `伊藤様

ご連絡ありがとうございます。
いただいた2つのアドレスのうち、どちらをプライマリとしてキープするか、コンファームのうえご返信ください。
キープしない側のアカウントは統合後にディアクティベートされます。

${gmailJa('2026年10月8日(木) 18:41', `伊藤 美香 <${MIKA.keep}>`)}
${q(MIKA_REQ)}`,
  }),
  mk({
    slug: 'ja-info-yuki-list', kind: 'info_request', lang: 'ja', caseId: C.yuki,
    note: 'asks for every email tied to the source account (training, certification, Skill Builder)',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-14 03:55:09'), enc: 'sjis8',
    text: `小林 様

本件、統合元アカウントのひも付け情報をリストアップいただけますか。
 ・aws.training の通知メールアドレス
 ・認定の通知メールアドレス
 ・AWS Skill Builder のメールアドレス
 ・各アカウントで取得済みの認定名と合格日
上記がそろった段階でマージのプロセスに入ります。

カスタマーサポート 高橋`,
  }),
  mk({
    slug: 'ja-info-mika-passdate', kind: 'info_request', lang: 'ja', caseId: C.mika,
    note: 'follow-up asking pass dates and certification names; Outlook quote below',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-10 08:03:44'), enc: 'utf8qp',
    text: `伊藤様

キープ先のコンファーム、ありがとうございます。
念のため、会社アカウント側で取得されたSAAとDVAの合格日(だいたいで構いません)を教えてください。同姓同名の別アカウントとのミスマッチを避けるためです。

${outlookJa(`伊藤 美香 <${MIKA.keep}>`, '2026年10月9日 19:02', SUP_ADDR, subj(C.mika))}

個人の方 (${MIKA.keep}) をキープでお願いします。`,
  }),
  mk({
    slug: 'ja-info-forged-below', kind: 'info_request', lang: 'ja', caseId: C.kenji, trusted: false, auth: 'forgedBelow',
    note: 'asks for password-reset code and IDs; dmarc=pass only below the server Received line',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-06 13:30:00'), enc: 'utf8b64',
    text: `渡辺様

マージのベリフィケーションのため、両アカウントの候補者IDと、サインイン時に届くワンタイムコードをこのメールに記載して返信してください。
24時間以内にご返信がない場合、リクエストはキャンセルされます。`,
  }),
  mk({
    slug: 'ja-info-reply-from-keep-ids', kind: 'info_request', lang: 'ja', caseId: C.kenjiDup,
    note: 'asks to reply from the kept address AND to send candidate IDs: info_request',
    from: SUP, to: `${KENJI.ja} <${KENJI.src}>`, cc: KENJI.keep, subject: subj(C.kenjiDup), date: d('2026-10-06 15:12:09'), enc: 'jis7',
    text: `渡辺様

セキュリティ上、キープされるアカウントのメールアドレスからリプライしていただく必要がございます。
その際、両方の候補者ID(AWSで始まる番号)もあわせて記載してください。

よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-info-yuki-name', kind: 'info_request', lang: 'ja', caseId: C.yuki, trap: true,
    note: '"please confirm and tell us" the legal name spelling: asks for data',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-16 02:11:37'), enc: 'sjisb64',
    text: `小林様

統合元アカウントの氏名がローマ字 (KOBAYASHI YUKI)、統合先がカナ表記になっており、アンマッチでした。
受験時の身分証明書どおりの表記がどちらか、ご確認のうえお知らせください。
こちらでのマージ作業はそれまでペンディングとします。

${gmailJa('2026年10月14日(水) 21:02', `小林 由紀 <${YUKI.keep}>`)}
${q(`高橋様
リストアップしました。
aws.training: ${YUKI.src}
認定通知: ${YUKI.src}
Skill Builder: ${YUKI.keep}
CLF (2023/4), SAA (2024/11)`)}`,
  }),
  mk({
    slug: 'ja-info-kenji-voucher-shot', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'asks for a screenshot of the benefits page before merging; multipart',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-07 05:26:30'), enc: 'utf8qp',
    text: `渡辺様

情報ありがとうございます。
旧アカウント(${KENJI.srcId})に未使用の50%バウチャーがあるかどうか、こちらでは判別できませんでした。
[ベネフィット]画面のスクリーンショットを添付してリプライいただけますか。`,
    html: html(`渡辺様

情報ありがとうございます。
旧アカウント(${KENJI.srcId})に未使用の50%バウチャーがあるかどうか、こちらでは判別できませんでした。
[ベネフィット]画面のスクリーンショットを添付してリプライいただけますか。`),
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-kenji-agree', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'asks the user to agree to the irreversible merge by replying',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-08 02:40:51'), enc: 'jis7',
    text: `渡辺様

バリデーションが完了しました。以下の内容でマージをエクセキュートします。
  統合元: ${KENJI.srcId} (${KENJI.src})
  統合先: ${KENJI.keepId} (${KENJI.keep})
マージ後のアンドゥはできません。内容にアグリーいただける場合、このメールに「同意します」とリプライしてください。

中村`,
  }),
  mk({
    slug: 'ja-conf-mika-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: C.mika,
    note: 'consent request: merge is not reversible, reply OK to proceed',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-11 01:18:05'), enc: 'jisb64',
    text: `伊藤様

ご返信ありがとうございます。合格日もマッチしました。
統合はイレバーシブルな操作で、一度実行すると元のアカウントには戻せません。
${MIKA.srcId} を ${MIKA.keepId} にインテグレーションしてよろしければ、その旨をご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-yuki-sjis', kind: 'confirmation_request', lang: 'ja', caseId: C.yuki,
    note: 'asks for consent to transfer everything to the kept account',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-17 04:44:19'), enc: 'sjis8',
    text: `小林様

氏名表記のご連絡ありがとうございました。
${YUKI.srcId} の認定履歴・ベネフィットを ${YUKI.keepId} へトランスファーする準備ができています。
この操作は取り消しできませんが、ご承諾いただけますか。ご返信をもって実施いたします。`,
  }),
  mk({
    slug: 'ja-conf-fail-dmarc', kind: 'confirmation_request', lang: 'ja', caseId: C.mika, trusted: false, auth: 'fail',
    note: 'consent request whose topmost Authentication-Results says dmarc=fail',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-11 03:00:00'), enc: 'utf8qp',
    text: `伊藤様

マージのアプルーバルが必要です。下記リンクからサインインし、同意ボタンを押してください。
https://aws-cert-merge.example.net/approve?case=${C.mika}`,
  }),
  mk({
    slug: 'ja-conf-resent-kenji', kind: 'confirmation_request', lang: 'ja', caseId: C.kenjiDup, forUser: false,
    note: 'consent request redirected by the old company server (Resent-* headers)',
    from: SUP, to: `${KENJI.ja} <${KENJI.src}>`, subject: subj(C.kenjiDup), date: d('2026-10-07 09:15:26'), enc: 'jis7',
    resent: { from: 'postmaster@sier.example.co.jp', to: 'it-helpdesk@sier.example.co.jp', date: d('2026-10-07 18:16:02', '+0900') },
    text: `渡辺様

ご提示の2アカウントのマージについて、最終コンファームをお願いします。
実施後は元に戻せません。問題なければ本メールへご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-yuki-reminder', kind: 'confirmation_request', lang: 'ja', caseId: C.yuki,
    note: 'reminder: still waiting for the consent reply before merging',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-20 01:09:48'), enc: 'utf8b64',
    text: `小林様

先日お送りしたコンファームのリクエストについて、まだリプライをいただけていないようです。
アグリーいただければ、すぐにマージ作業に入ります。「OK」の一言で構いませんので、ご返信ください。

${sfJa(SUP_ADDR, '2026/10/17 4:44', subj(C.yuki), `小林様
${YUKI.srcId} の認定履歴・ベネフィットを ${YUKI.keepId} へトランスファーする準備ができています。`)}`,
  }),
  mk({
    slug: 'ja-conf-html-ryo', kind: 'confirmation_request', lang: 'ja', caseId: C.ryo,
    note: 'HTML-only consent request in Japanese to an English-writing user',
    from: SUP, to: to(RYO), subject: subj(C.ryo), date: d('2026-10-17 06:31:14'), enc: 'utf8qp',
    html: html(`田中様

お待たせしました。下記2アカウントのマージを実施してよいか、ご同意をお願いします。
${RYO.srcId} → ${RYO.keepId}
統合後は元の状態にロールバックできませんのでご注意ください。
ご同意の旨をこのメールへの返信でお知らせください。`),
  }),
  mk({
    slug: 'ja-conf-kenji-te', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'consent asked in te-form clauses, no "confirm" word',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-08 23:58:12'), enc: 'sjisb64',
    text: `渡辺様

スクリーンショットありがとうございます、バウチャーも確認できました。
このまま旧アカウントを新アカウントへ統合して問題なければ、本メールに一言ご返信いただき、それをもって作業に着手します、統合後は元に戻せない点だけご留意ください。`,
  }),
];
