// Set ay, Japanese messages, part 1: receipts, AI answers, information and consent requests.
// Voice: agents in offshore centres writing Japanese that is not their first language.
import type { Msg } from './lib.js';
import {
  AIKO,
  CASE,
  DAISUKE,
  FORM,
  FORM_BARE,
  KENJI,
  KENJI_REQ,
  MEI,
  NOREPLY,
  YUMI,
  YUMI_REQ,
  addr,
  caseSubj,
  caseSubjNew,
  gmailJa,
  html,
  jst,
  mkJa,
  outlookJa,
  quote,
  ref,
  sfQuote,
  utc,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mkJa({
    slug: 'ja-ack-kenji-uketsuke',
    kind: 'acknowledgement',
    note: 'automatic receipt from no-reply-aws, case ID in subject and body, awkward particles',
    from: NOREPLY,
    to: addr(KENJI.ja, KENJI.keep),
    caseId: CASE.kenji,
    subject: `ケースを受付しました [ケースID: ${CASE.kenji}]`,
    date: utc('2026-10-05 01:14:09'),
    enc: 'jis7',
    text: `${KENJI.ja} 様

お問い合わせをいただき、ありがとうございます。
お客様のケースに受付しました。ケースIDは ${CASE.kenji} です。
担当者より24時間の以内にご連絡させていただきます。
同じ内容で新しいケースをオープンするのはしないでください、返信が遅くなる原因になります。

※このメールは送信専用です。

Amazon Web Services`,
  }),
  mkJa({
    slug: 'ja-ack-yumi-reshiibu',
    kind: 'acknowledgement',
    note: 'form receipt (no RE:), katakana loanwords for received/reply, says an agent will be assigned',
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubjNew(CASE.yumi),
    date: utc('2026-10-06 23:51:40'),
    enc: 'sjis8',
    text: `高橋様

リクエストをレシーブしました。
ケース番号: ${CASE.yumi}
いま、担当のエージェントがアサインされるのを待ちです。
通常は1営業日以内にリプライします。
このメールに返信すると、ケースにアップデートされますので、新しいケースは作らなくて大丈夫です。

AWS T&C カスタマーサービス

${ref('A1yumi')}`,
  }),
  mkJa({
    slug: 'ja-ack-daisuke-id-in-body',
    kind: 'acknowledgement',
    note: 'receipt whose subject has no ID; case ID only in the body table',
    from: NOREPLY,
    to: DAISUKE.keep,
    caseId: CASE.daisuke,
    subject: 'お問い合わせありがとうございます',
    date: utc('2026-10-08 04:02:55'),
    enc: 'jisb64',
    text: `伊藤 大輔 様

AWS トレーニングと認定へお問合せを頂きました。
ケースはクリエイトされました。

  ケースID: ${CASE.daisuke}
  カテゴリ: アカウントアシスタンス
  ステータス: 担当者のアサイン待ち

ご返答まで少々お待ちくださいませ。返信の必要はありません。

アマゾン ウェブ サービス`,
  }),
  mkJa({
    slug: 'ja-ack-aiko-multipart',
    kind: 'acknowledgement',
    note: 'multipart receipt with English boilerplate line, Japanese body; case ID in subject',
    from: NOREPLY,
    to: addr('Aiko Nakamura', AIKO.keep),
    caseId: CASE.aiko,
    subject: `[受付] AWS サポートケース ${CASE.aiko}`,
    date: utc('2026-10-09 07:30:12'),
    enc: 'utf8b64',
    text: `This is an automated message. Please do not reply.

中村 様

サポートケースを作成いたしました、ありがとうございます。
ケース ${CASE.aiko} はキューに入っています。
エージェントは順番にケースをハンドリングしていますので、もうしばらくお待ちください。
追加の情報がある場合、このケースに返信で追加できます。`,
    html: html(`This is an automated message. Please do not reply.

中村 様

サポートケースを作成いたしました、ありがとうございます。
ケース ${CASE.aiko} はキューに入っています。
エージェントは順番にケースをハンドリングしていますので、もうしばらくお待ちください。
追加の情報がある場合、このケースに返信で追加できます。`),
  }),
  mkJa({
    slug: 'ja-ack-kenji-second-case',
    kind: 'acknowledgement',
    note: 'receipt of a second case the user opened for the same merge; still a receipt',
    to: KENJI.keep,
    caseId: CASE.kenjiDup,
    subject: caseSubjNew(CASE.kenjiDup),
    date: utc('2026-10-06 09:12:31'),
    enc: 'utf8qp',
    text: `お客様

お問い合わせ受領しております。
ケース ${CASE.kenjiDup} で登録されたです。
返事は1-2営業日かかります。少しお待ちお願いします。

AWS トレーニング&認定 サポート`,
  }),
  mkJa({
    slug: 'ja-ack-yumi-no-auth',
    kind: 'acknowledgement',
    note: 'receipt in form, but no Authentication-Results at all: untrusted',
    from: NOREPLY,
    to: YUMI.keep,
    caseId: CASE.yumi,
    trusted: false,
    auth: 'none',
    subject: `ケース受付のお知らせ (${CASE.yumi})`,
    date: utc('2026-10-06 23:52:02'),
    enc: 'sjisb64',
    text: `高橋 由美 様

この度はAWSサポートにご連絡いただきましてありがとうございます。
お問い合わせの受付が完了しました。
  受付番号: ${CASE.yumi}
  件名: アカウントの統合
順番に確認をして、担当者からメールいたします。`,
  }),
  mkJa({
    slug: 'ja-ack-daisuke2-html-only',
    kind: 'acknowledgement',
    note: 'HTML-only receipt for the second case, shape of a receipt (case number, queue, do not reply)',
    from: NOREPLY,
    to: DAISUKE.keep,
    caseId: CASE.daisuke2,
    subject: `AWSサポート: 新しいケース ${CASE.daisuke2}`,
    date: utc('2026-10-20 02:44:18'),
    enc: 'jisb64',
    html: `<html><body style="font-family:sans-serif">
<table width="600"><tr><td>
<p>伊藤様</p>
<p>ケースが作られました。</p>
<table border="1" cellpadding="4"><tr><th>ケース番号</th><td>${CASE.daisuke2}</td></tr>
<tr><th>重要度</th><td>一般</td></tr>
<tr><th>ステータス</th><td>未対応</td></tr></table>
<p>担当者が決まったらメールでご連絡をします。このメールには返信しないでください。</p>
<p>Amazon Web Services</p>
</td></tr></table>
</body></html>`,
  }),
  mkJa({
    slug: 'ja-ack-mei-support-aws-dkim',
    kind: 'acknowledgement',
    note: 'short receipt from a support.aws.com sender, aligned DKIM only (trusted)',
    from: 'AWS Support <no-reply@support.aws.com>',
    to: MEI.keep,
    caseId: CASE.mei,
    auth: 'dkimonly',
    subject: `ケース作成済み - ${CASE.mei}`,
    date: utc('2026-10-11 12:03:47'),
    crlf: false,
    enc: 'utf88bit',
    text: `ケース ${CASE.mei} を作成。
内容をチェック後、エージェントからコンタクトします。
自動送信メールのため返信不要です。`,
  }),

  // ---------------- ai_answer ----------------
  mkJa({
    slug: 'ja-ai-kenji-merge-tool',
    kind: 'ai_answer',
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool',
    from: NOREPLY,
    to: KENJI.keep,
    subject: 'AIによる回答: アカウント統合について',
    date: utc('2026-10-05 01:10:02'),
    enc: 'jis7',
    text: `この回答は生成AIにより作られたものです。内容がちがう場合もあります。

ご質問: 認定アカウントを2つを1つにしたい

回答:
AWS認定アカウントの統合はセルフサービスで可能の場合があります。
1. 残したい方のアカウントでAWS認定にサインインします
2. プロフィールから「Merge Accounts」ツールを開く
3. もう一方のアカウントのログイン情報を入力してください
両方のアカウントに認定の履歴がある場合、ツールはエラーになります、その時はケースを作成してください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mkJa({
    slug: 'ja-ai-yumi-jidou-kaitou',
    kind: 'ai_answer',
    note: 'automatic answer shown before a case is created, plain-form sentences',
    from: NOREPLY,
    to: YUMI.keep,
    subject: '自動回答 - AWS トレーニングと認定',
    date: utc('2026-10-06 23:47:15'),
    enc: 'sjis8',
    text: `高橋様

あなたの質問にAIアシスタントが答える。

重複したAWS認定アカウントがあるときは、メインのアカウントにログインして、アカウントのマージ機能を使う。
マージしたいアカウントのEメールとパスワードがいる。
うまく行かない場合、「ケースを作成」ボタンでサポートにコンタクトできます。

※AIの回答です。正確さは保証されません。`,
  }),
  mkJa({
    slug: 'ja-ai-aiko-after-merge-explained',
    kind: 'ai_answer',
    note: 'AI answer that explains what happens after a merge (badges, vouchers); still ai_answer',
    trap: true,
    from: NOREPLY,
    to: AIKO.keep,
    subject: 'Amazon Q による回答のご案内',
    date: utc('2026-10-09 07:26:40'),
    enc: 'utf8qp',
    text: `中村様

以下はAmazon Qによって自動で作成された回答です。

Q: 大学のアドレスの認定を個人のアカウントに移したい

A: 認定アカウントのマージ後、統合元の認定資格と試験履歴は統合先に表示されるようになります。
Credlyのデジタルバッジは、マージが完了したあとに統合先のメールアドレスで受け取れるようになります。
ベネフィット(50%割引バウチャー等)も統合先に移ります。
マージはポータルの「Merge Accounts」から実施してください。

この回答で解決しない場合は、ケース作成に進んでください。`,
  }),
  mkJa({
    slug: 'ja-ai-daisuke-articles',
    kind: 'ai_answer',
    note: 'automated suggestion of help articles, multipart, no case ID',
    from: NOREPLY,
    to: DAISUKE.keep,
    subject: 'こちらの記事はお役に立ちますか?',
    date: utc('2026-10-08 03:58:21'),
    enc: 'jisb64',
    text: `伊藤 大輔 様

入力の内容から、以下の記事がおすすめになります。

- 認定アカウントを統合する方法
- Merge Accounts ツールがエラーになる時
- Candidate ID の確認のしかた

記事で解決できない時は、そのままケースを作るをクリックしてください。
(自動でおすすめを表示しています)`,
    html: html(`伊藤 大輔 様

入力の内容から、以下の記事がおすすめになります。

- 認定アカウントを統合する方法
- Merge Accounts ツールがエラーになる時
- Candidate ID の確認のしかた

記事で解決できない時は、そのままケースを作るをクリックしてください。
(自動でおすすめを表示しています)`),
  }),
  mkJa({
    slug: 'ja-ai-kenji-mixed-english',
    kind: 'ai_answer',
    note: 'mixed-language generated answer: English header, Japanese answer',
    from: NOREPLY,
    to: KENJI.src,
    subject: 'Generated answer / 生成された回答',
    date: utc('2026-10-04 13:20:55'),
    enc: 'utf8b64',
    text: `[Generated by AI - may contain errors]

渡辺さま、

ご質問ありがとうございます。アカウントを一つにするには、Certificationのポータルのプロファイル画面にあるMerge Accountsでできます。
ツールでは「This account has certification history」とでる時は、ツールは使えないので、カスタマーサポートにケースをあげて下さい。
その際は両方のCandidate IDを準備すると早いです。

Was this helpful?`,
  }),
  mkJa({
    slug: 'ja-ai-yumi-support-aws-bot',
    kind: 'ai_answer',
    note: 'assistant bot answer from support.aws.com, aligned DKIM only (trusted)',
    from: 'AWS Support Assistant <assistant@support.aws.com>',
    to: YUMI.src,
    auth: 'dkimonly',
    subject: 'サポートアシスタントからの回答',
    date: utc('2026-10-03 10:05:33'),
    enc: 'jis7',
    text: `こんにちは、AWS サポートアシスタントです(自動応答)。

「アカウント 統合」についての回答です:
AWS 認定では、同じ人のアカウントが2個ある時、1つにまとめられます。
まずはセルフサービスのツールをお試しください、ほとんどのケースはそれで完了します。
人間のエージェントと話したい場合、「サポートに問い合わせる」を選んでください。`,
  }),
  mkJa({
    slug: 'ja-ai-mei-badges-after-merge',
    kind: 'ai_answer',
    note: 'AI answer that talks about merge completion and badges in general terms',
    trap: true,
    from: NOREPLY,
    to: MEI.keep,
    subject: 'AIアシスタントの回答です',
    date: utc('2026-10-11 11:58:09'),
    enc: 'sjisb64',
    text: `鈴木様

※この返答はAIが作成しました

統合が完了すると、アカウントの認定はひとつのプロフィールにまとまります。
バッジはCredlyで統合先のメールにひもづけされます、もし移動しない場合はCredlyで「Claim」してください。
先に統合をして、その後でバッジの受け取りがおすすめです。

お役に立てない場合はケース作成をしてください。`,
  }),

  // ---------------- info_request ----------------
  mkJa({
    slug: 'ja-info-kenji-both-ids',
    kind: 'info_request',
    note: 'agent asks for both candidate IDs and which account to keep; Salesforce quote of the request',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-06 02:41:17'),
    enc: 'jis7',
    inReplyTo: '<req-kenji-0001@example.jp>',
    text: `渡辺 健二様

お問い合わせありがとうございます。私はラフルと申します、本件を担当させていただきます。

アカウント統合を進めるため、下記の情報をお送りをお願いします。
- 両方のアカウントのCandidate ID(AWSから始まるIDです)
- 両方のアカウントのログインのメールアドレス
- どちらのアカウントを残したいですか

情報がそろいましたら、次のステップをご案内いたします。

よろしくお願いします。
ラフル
AWS トレーニングと認定 カスタマーサービス

${sfQuote('2026-10-05 01:09', KENJI.keep, FORM_BARE, 'アカウント統合', KENJI_REQ)}

${ref('B2kenji')}`,
  }),
  mkJa({
    slug: 'ja-info-yumi-cert-list',
    kind: 'info_request',
    note: 'asks for the certifications on each account and notification e-mails, mixed polite and plain forms',
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-07 22:10:04'),
    enc: 'sjis8',
    text: `高橋 由美 様

ご連絡ありがとうございます、マリセルです。

確認したところ、2つのアカウントに両方とも認定がある。なのでツールでは統合できません、私たちで対応します。
そのために、以下を教えてくれますか。

1) 各アカウントで取った認定の名前と取得日
2) 認定の通知メールアドレス(ログインのアドレスと違う場合)
3) 残す方のCandidate ID

返信はこのメールにそのままで大丈夫です。

マリセル
AWS Training and Certification

${outlookJa('2026-10-06 23:50', `${YUMI.ja} <${YUMI.keep}>`, FORM_BARE, 'アカウント統合のお願い', YUMI_REQ)}`,
  }),
  mkJa({
    slug: 'ja-info-daisuke-confirm-address',
    kind: 'info_request',
    note: '"confirm" worded request for the e-mail address to keep: asks for information, not consent',
    trap: true,
    to: DAISUKE.keep,
    caseId: CASE.daisuke,
    subject: caseSubj(CASE.daisuke),
    date: utc('2026-10-09 05:33:26'),
    enc: 'jisb64',
    text: `伊藤様

お世話になります。サポートのタンです。

統合先になるアカウントのメールアドレスをコンファームしてください。
お問い合わせのフォームと、ケースのアドレスが違うため、どちらが正しいか分かりませんでした。
ログイン用のメールアドレスをこのメールに書いて返信をお願いします。

タン / AWS T&C Support`,
  }),
  mkJa({
    slug: 'ja-info-aiko-romaji-name',
    kind: 'info_request',
    note: 'asks for the name in Latin letters and the company name, polite and plain forms mixed',
    to: addr('中村 愛子', AIKO.keep),
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-10 01:17:50'),
    enc: 'utf8qp',
    text: `中村 様

プリヤンカです。ご返信がありがとうございました。

アカウント2個のうち、大学の方のアカウントに登録の名前がローマ字でした。
本人確認として、次を送ってほしいです。
・ローマ字のフルネーム(パスポートと同じ)
・以前の所属(大学名)
こちらを頂いたら、チームで確認をして進める。

宜しくお願い致します
プリヤンカ`,
  }),
  mkJa({
    slug: 'ja-info-kenji-screenshot-html',
    kind: 'info_request',
    note: 'HTML-only request for a screenshot of the certification page of the old account',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-07 03:05:44'),
    enc: 'utf8b64',
    html: `<html><body>
<div>渡辺様</div>
<div><br></div>
<div>返信をありがとうございます。ラフルです。</div>
<div>統合元(${KENJI.srcId})の方ですが、システムで認定が見つかりませんでした。</div>
<div>お手数ですが、旧アカウントの「取得済み認定」の画面のスクリーンショットを添付して送ってください。</div>
<div>サインインできない場合は、試験を受けた日付と試験名でも大丈夫です。</div>
<div><br></div>
<div>ラフル</div>
<div>AWS Training and Certification Customer Service</div>
<div><br></div>
<div class="gmail_quote">${KENJI.keep} wrote:<blockquote>${KENJI_REQ.replace(/\n/g, '<br>')}</blockquote></div>
</body></html>`,
  }),
  mkJa({
    slug: 'ja-info-phish-password',
    kind: 'info_request',
    note: 'look-alike domain (aws-certification-support.jp) asking for password and IDs: untrusted',
    trusted: false,
    from: 'AWS認定サポート <support@aws-certification-support.jp>',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: `【重要】ケース ${CASE.kenji} 本人確認のお願い`,
    date: jst('2026-10-06 18:22:00'),
    enc: 'jis7',
    text: `渡辺 健二 様

アカウント統合のお手続きのために、本人確認が必要になります。
下記の情報を48時間以内に返信してください。返信がないとケースはキャンセルです。

・両方のアカウントのメールアドレスとパスワード
・Candidate ID
・生年月日

AWS認定サポートセンター`,
  }),
  mkJa({
    slug: 'ja-info-yumi-write-from-keep-with-id',
    kind: 'info_request',
    note: 'asks to write from the kept address AND to include the candidate ID: info_request',
    to: YUMI.src,
    cc: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-08 06:40:29'),
    enc: 'jisb64',
    text: `高橋様

本件、セキュリティの理由で、残す方のアカウントのアドレスからご連絡が必要でございます。
お手数ですが、${YUMI.keep} から本メールに返信して、そしてそのアカウントのCandidate IDも書いてください。
受け取り次第、統合の準備します。

AWSトレーニング認定サポート
マリセル`,
  }),
  mkJa({
    slug: 'ja-info-daisuke2-id-in-body',
    kind: 'info_request',
    note: 'subject without case ID; body gives the case number and asks for exam dates and the Pearson VUE registration',
    to: DAISUKE.keep,
    caseId: CASE.daisuke2,
    subject: 'Re: お問い合わせの件',
    date: utc('2026-10-21 08:15:37'),
    enc: 'sjis8',
    text: `伊藤 大輔 様

ケース番号 ${CASE.daisuke2} について、ジョマルがご連絡します。

旧アカウント(${DAISUKE.src})にひもづけている試験の記録を探すために、以下がひつようです。
 - 受験した試験名と受験日
 - Pearson VUE の登録番号 (わかれば)
ご返信を待っております。

Jomar
AWS T&C`,
  }),
  mkJa({
    slug: 'ja-info-aiko-outlook-thread-login',
    kind: 'info_request',
    note: 'long Outlook thread; new text asks for the login address of the source account',
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-12 02:02:13'),
    enc: 'sjisb64',
    text: `中村様

ローマ字のお名前、ありがとうございました。
もうひとつ、統合元アカウントのログインメールアドレスがわからないでした。
a-nakamura@ で始まるアドレスで合っていますか? フルのアドレスを教えてくださいませ。

プリヤンカ

${outlookJa('2026-10-11 21:40', `中村 愛子 <${AIKO.keep}>`, FORM_BARE, caseSubj(CASE.aiko), `プリヤンカ様

ローマ字はAIKO NAKAMURAです。大学は例示大学です。
よろしくお願いします。

中村`)}

${outlookJa('2026-10-10 10:17', FORM, AIKO.keep, caseSubj(CASE.aiko), `中村 様

プリヤンカです。ご返信がありがとうございました。
本人確認として、ローマ字のフルネームと以前の所属を送ってほしいです。`)}`,
  }),
  mkJa({
    slug: 'ja-info-mei-gokakunin-address',
    kind: 'info_request',
    note: 'ご確認のうえお知らせください about the address to keep: an information request worded as confirm',
    trap: true,
    to: MEI.keep,
    caseId: CASE.mei,
    subject: caseSubj(CASE.mei),
    date: utc('2026-10-12 23:45:02'),
    enc: 'utf88bit',
    text: `鈴木 芽衣 様

サンディープです。

統合後のアカウントで使うメールアドレスは ${MEI.keep} でよいか、ご確認のうえお知らせください。
また旧アカウントの方で予約中の試験はあるかどうかも教えて。

サンディープ
AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request ----------------
  mkJa({
    slug: 'ja-conf-kenji-doui-reply',
    kind: 'confirmation_request',
    note: 'asks for consent: merge cannot be undone, reply with 同意します',
    to: KENJI.keep,
    caseId: CASE.kenji,
    subject: caseSubj(CASE.kenji),
    date: utc('2026-10-08 04:27:58'),
    enc: 'jis7',
    text: `渡辺 健二様

いただいた情報でチェックをしました、ありがとうございます。

統合の内容:
  統合元 ${KENJI.srcId} (${KENJI.src})
  統合先 ${KENJI.keepId} (${KENJI.keep})

この統合は元に戻すことはできません。
問題なければ、このメールに「同意します」とリプライしてください。
ご返信を受けた後に統合の作業に入ります。

ラフル
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mkJa({
    slug: 'ja-conf-yumi-yoroshii-desuka',
    kind: 'confirmation_request',
    note: 'asks whether it is OK to merge with the listed content, question form without the word consent',
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-09 00:18:36'),
    enc: 'sjis8',
    text: `高橋様

ご返信いただきありがとうございます。

以下の内容でマージしてもよろしいですか。
 残るアカウント: ${YUMI.keepId} / ${YUMI.keep}
 なくなるアカウント: ${YUMI.srcId} / ${YUMI.src}
マージをすると、なくなるアカウントでのログインはできないになります。取り消しもできません。
よろしければ、ご返事ください。

マリセル`,
  }),
  mkJa({
    slug: 'ja-conf-daisuke-dmarc-fail',
    kind: 'confirmation_request',
    note: 'consent request in the form style, but dmarc=fail on top: untrusted',
    trusted: false,
    auth: 'fail',
    to: DAISUKE.keep,
    caseId: CASE.daisuke,
    subject: caseSubj(CASE.daisuke),
    date: utc('2026-10-10 06:51:11'),
    enc: 'jisb64',
    text: `伊藤様

統合前の最後の確認です。
一度統合すると、もとの状態には戻せないです。
進めることに同意される場合は、本メールへ「はい」とだけご返信ください。

タン`,
  }),
  mkJa({
    slug: 'ja-conf-aiko-multipart-table',
    kind: 'confirmation_request',
    note: 'multipart consent request with a table of both accounts, asks for agreement in writing',
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-13 03:29:45'),
    enc: 'utf8b64',
    text: `中村 愛子 様

すべての情報がそろいました。ありがとうございます。

[統合元] ${AIKO.srcId}  ${AIKO.src}
[統合先] ${AIKO.keepId}  ${AIKO.keep}

統合はイレバーシブル(元に戻せない)な作業です。
上の内容で了承の場合、「了承しました」と書いて返信してください。
了承のメールがないと、作業は開始できません。

プリヤンカ`,
    html: `<html><body>
<p>中村 愛子 様</p>
<p>すべての情報がそろいました。ありがとうございます。</p>
<table border="1"><tr><th>統合元</th><td>${AIKO.srcId}</td><td>${AIKO.src}</td></tr>
<tr><th>統合先</th><td>${AIKO.keepId}</td><td>${AIKO.keep}</td></tr></table>
<p>統合はイレバーシブル(元に戻せない)な作業です。<br>
上の内容で了承の場合、「了承しました」と書いて返信してください。<br>
了承のメールがないと、作業は開始できません。</p>
<p>プリヤンカ</p>
</body></html>`,
  }),
  mkJa({
    slug: 'ja-conf-kenji-html-only-proceed',
    kind: 'confirmation_request',
    note: 'HTML-only consent request on the duplicate case, agent writes short plain lines',
    to: KENJI.keep,
    caseId: CASE.kenjiDup,
    subject: caseSubj(CASE.kenjiDup),
    date: utc('2026-10-08 09:40:03'),
    enc: 'utf8qp',
    html: `<html><body><div dir="ltr">
<div>渡辺さん</div><div><br></div>
<div>アルジュンです。</div>
<div>アカウントの統合、準備はOKです。</div>
<div>進めていいか、返事ください。</div>
<div>統合すると戻せない。ご注意ください。</div>
<div><br></div><div>Arjun</div>
</div></body></html>`,
  }),
  mkJa({
    slug: 'ja-conf-yumi-gmail-thread',
    kind: 'confirmation_request',
    note: 'consent request on top of a Gmail-quoted user reply with the requested details',
    to: YUMI.keep,
    caseId: CASE.yumi,
    subject: caseSubj(CASE.yumi),
    date: utc('2026-10-08 23:02:19'),
    enc: 'jisb64',
    text: `高橋様

詳しくありがとうございます、全部確認できました。

最後にお客様の同意がいります。
統合を実行すると、旧アカウントの履歴は新しい方に移り、元に戻すことは不可能です。
ご同意いただける場合、その旨をこのメールでお返事くださいますようお願いします。

マリセル

${gmailJa('2026-10-08 21:14', `${YUMI.ja} <${YUMI.keep}>`, `マリセル様

1) 会社用: SAA 2024/03/02、DVA 2025/01/18
   個人用: CLF 2023/11/05
2) 通知メールはログインと同じです
3) 残すのは ${YUMI.keepId} です

よろしくお願いします。
高橋`)}`,
  }),
  mkJa({
    slug: 'ja-conf-mei-flat-lines',
    kind: 'confirmation_request',
    note: 'one short line per sentence, asks for yes to go ahead',
    to: MEI.keep,
    caseId: CASE.mei,
    subject: caseSubj(CASE.mei),
    date: utc('2026-10-14 00:31:57'),
    enc: 'sjisb64',
    text: `鈴木様

情報ありがとう。
統合できます。
元には戻せません。
進めてOKなら「はい」と返してください。

サンディープ`,
  }),
  mkJa({
    slug: 'ja-conf-daisuke2-resent',
    kind: 'confirmation_request',
    note: 'consent request that reached the user only as a redirect from the old company mailbox (Resent-*): not for the user',
    forUser: false,
    to: DAISUKE.src,
    caseId: CASE.daisuke2,
    subject: caseSubj(CASE.daisuke2),
    date: utc('2026-10-23 01:12:40'),
    enc: 'jis7',
    resent: { from: 'postmaster@startup.example.jp', to: DAISUKE.keep, date: jst('2026-10-23 10:15:02') },
    text: `伊藤様

試験の情報ありがとうございます、確認がとれた。

統合を行う前に、お客様の確認がいります。
統合したら取り消しができなくなりますので、問題ない場合はこのメールに返信で了承と書いてください。

ジョマル`,
  }),
  mkJa({
    slug: 'ja-conf-aiko-mobile-short',
    kind: 'confirmation_request',
    note: 'very short consent request sent from a phone, quoted earlier exchange',
    to: AIKO.keep,
    caseId: CASE.aiko,
    subject: caseSubj(CASE.aiko),
    date: utc('2026-10-12 14:08:30'),
    enc: 'jis7',
    text: `中村様
アドレスOKです。統合して良いですか? 戻せないです。ご返事を。
プリヤンカ

iPhoneから送信

${quote(`もうひとつ、統合元アカウントのログインメールアドレスがわからないでした。`)}`,
  }),
];

