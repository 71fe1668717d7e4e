// Set ed, Japanese messages: mail whose body is a log (対応履歴, 更新履歴, status records, exports).
import type { Msg } from './lib.js';
import { C, CERT, CREDLY, KEN, MISAKI, NOREPLY, SHO, SUP, YUI, caseSubj, esc, mk, q, sfRef, table } from './common.js';

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-activity-newest', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, at: '2026-11-02 09:15:03',
    from: NOREPLY, note: 'single-entry activity log: case created, receipt with case ID',
    subject: `[AWS Support] ケース ${C.ken} アクティビティ通知`,
    text: `このメールは送信専用アドレスから自動送信されています。

ケースID: ${C.ken}
件名: 認定アカウントの統合について
カテゴリ: AWS トレーニングと認定 / 認定 / アカウントの統合

アクティビティ
----------------------------------------
2026-11-02 00:14 UTC | ケース作成 | 受付済み
  お問い合わせを受け付けました。担当者が内容を確認し、通常24時間以内にご連絡します。
----------------------------------------

同一内容で別のケースを作成されますと、回答が遅れる場合があります。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-fields-received', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, at: '2026-11-03 21:40:11', to: MISAKI.keep,
    trap: true, note: 'receipt whose log lists the fields received (IDs, addresses) but asks nothing',
    subject: `お問い合わせ受付のお知らせ (CASE ${C.misaki})`,
    text: `高橋 美咲 様

以下の内容でお問い合わせを登録しました。受付番号は ${C.misaki} です。

[受付ログ]
21:38:52  フォーム送信
21:38:53  入力項目の検証 OK
            - 氏名: 高橋 美咲
            - AWS 候補 ID: ${MISAKI.keepId}
            - 連絡先メールアドレス: ${MISAKI.keep}
            - 問い合わせ種別: アカウント統合
21:38:55  ケース起票 -> キュー「T&C Japanese」へ割当

担当部署より追ってご連絡いたします。このメールへの返信は不要です。
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-sf-koushin', kind: 'acknowledgement', lang: 'ja', caseId: C.sho, at: '2026-11-05 10:02:44', to: SHO.keep,
    note: '更新履歴 with one 【受付】 entry: receipt of the new case',
    subject: caseSubj(C.sho),
    text: `━━━━━━━━━━━━━━━━━━━━
 更新履歴  CASE ${C.sho}
━━━━━━━━━━━━━━━━━━━━
【2026/11/05 10:01】受付
  ・ケースを起票しました(Web フォーム経由、サインインなし)
  ・優先度: 通常
  ・次回更新の目安: 1 営業日以内
━━━━━━━━━━━━━━━━━━━━
ご返信の際は件名を変更せずにお送りください。
${sfRef('1x9Qa')}`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, at: '2026-11-06 08:20:00', to: YUI.keep,
    from: 'AWS サポート <support@aws-training-case.jp>', auth: 'none', trusted: false,
    note: 'receipt shape from a look-alike domain with no authentication: untrusted acknowledgement',
    subject: `【受付完了】ケース番号 ${C.yui}`,
    text: `伊藤 結衣 様

ステータス履歴
  2026-11-05 23:11  新規 (New)
  2026-11-05 23:11  受付完了 (Received)

ケース番号 ${C.yui} でお問い合わせを承りました。
順番に対応しておりますので、今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-html-timeline', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, at: '2026-11-02 09:16:40',
    from: NOREPLY, enc: 'utf8b64', note: 'HTML-only timeline with one row (opened): the receipt',
    subject: `ケースのタイムライン: ${C.ken}`,
    html: `<html><body>
<p>ケース <b>${C.ken}</b> のタイムラインです。</p>
${table(['日時 (JST)', 'イベント', '内容'], [['2026-11-02 09:14', 'オープン', 'お問い合わせを受け付けました。担当エンジニアを割り当て中です。']])}
<p>サポートセンターでいつでも状況を確認できます。</p>
<p style="color:#888">Amazon Web Services, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-no-topic', kind: 'acknowledgement', lang: 'ja', caseId: C.misakiOther, at: '2026-11-10 14:05:09', to: MISAKI.keep,
    from: NOREPLY, note: 'receipt that says nothing of its topic: read as what it looks like',
    subject: `ケース ${C.misakiOther} を作成しました`,
    text: `ケース ${C.misakiOther}
  作成日時 ......... 2026-11-10 05:04 UTC
  状態 ............. 未割り当て
  重要度 ........... 一般的な質問

ご連絡ありがとうございます。担当者からの最初の返信をお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-second-case', kind: 'acknowledgement', lang: 'ja', caseId: C.stranger, at: '2026-11-04 18:30:27', to: KEN.src,
    from: NOREPLY, deliveredTo: KEN.src, note: 'receipt of a (second) merge case opened from the old address',
    subject: `AWS サポート: 新しいケース ${C.stranger}`,
    text: `-- 自動通知 --
${C.stranger} | 2026-11-04 09:29 UTC | 作成 | 「アカウント統合依頼(旧アドレスから)」

上記のケースを受け付けました。ご返信いただく際はこのメールに直接返信してください。
既に同じ内容のケースをお持ちの場合は、そちらでやり取りを続けてください。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-transcript', kind: 'ai_answer', lang: 'ja', caseId: null, at: '2026-11-02 09:10:12',
    from: NOREPLY, note: 'transcript of the generated answer pointing to the self-service Merge Accounts tool',
    subject: 'お問い合わせアシスタントの回答記録',
    text: `会話ログ (自動生成)
[09:08:41] お客様: 認定アカウントが2つあるので1つにまとめたい
[09:08:44] アシスタント: 認定ポータルのプロフィールにある「Merge Accounts(アカウントの統合)」から、ご自身で統合いただけます。
[09:08:44] アシスタント: 統合後は元のアカウントにはサインインできなくなります。両方のアカウントに認定の履歴がある場合はツールが使えないため、その際はケースを作成してください。
[09:09:02] お客様: (ケース作成せずに終了)

この回答は生成 AI によるもので、誤りを含む可能性があります。`,
  }),
  mk({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', caseId: C.sho, at: '2026-11-05 09:58:30', to: SHO.keep,
    from: NOREPLY, trap: true, note: 'automated answer that explains what happens after a merge (badges, vouchers): stays ai_answer',
    subject: `Re: ケース ${C.sho} - 自動応答`,
    text: `自動応答ログ
#1 質問の分類 ... アカウント統合 (信頼度 0.91)
#2 推奨記事 ...... 「認定アカウントを統合する」
#3 回答本文:
  セルフサービスの統合ツールをお試しください。統合が完了すると、統合元の認定・特典(次回受験の50%割引バウチャー)が残すアカウント側に表示され、Credly のバッジは統合後にあらためて受け取る形になります。
#4 この回答で解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-bot-step', kind: 'ai_answer', lang: 'ja', caseId: null, at: '2026-11-09 22:47:05', to: YUI.keep,
    from: NOREPLY, note: 'bot step log suggesting the self-service tool before a case exists',
    subject: 'AWS サポート アシスタント: ご相談内容の要約',
    text: `ご相談の要約

時刻        ステップ              結果
22:45:10    入力受付              「大学と個人のメールで認定が分かれた」
22:45:12    ナレッジ検索          3件ヒット
22:45:13    提案                  プロフィール > アカウントの統合 で、統合元アカウントのメールアドレスを入力し、届いた確認コードを入れてください。
22:46:30    フィードバック        未回答

ツールで解決しなかった場合のみ、お問い合わせフォームからケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-sjis-recommend', kind: 'ai_answer', lang: 'ja', caseId: null, at: '2026-11-11 07:33:51', to: MISAKI.keep,
    from: 'AWS Support Assistant <no-reply-aws@amazon.com>', enc: 'sjis8', note: 'automated recommendation log (self-service merge), no case yet',
    subject: '自動回答: 認定アカウントの統合方法',
    text: `■ 自動回答の履歴
 1) 11/11 07:31 ご質問を受信
 2) 11/11 07:31 回答候補を生成
 3) 11/11 07:32 回答を送信 (このメール)

■ 回答
統合はお客様ご自身でも可能です。aws.training にサインインし、[アカウント設定] の [アカウントを統合] を開いて手順に沿ってお進みください。
なお、両アカウントで試験を受けている場合は担当窓口での対応となります。`,
  }),
  mk({
    slug: 'ja-ai-forged-failthen', kind: 'ai_answer', lang: 'ja', caseId: null, at: '2026-11-12 12:00:00', to: SHO.keep,
    from: NOREPLY, auth: 'failThenForged', trusted: false, note: 'AI-style suggestion with dmarc=fail on top and a planted pass below: untrusted',
    subject: 'アカウント統合ツールのご案内(自動送信)',
    text: `[自動アシスタント] 実行ログ
- 12:00 リクエスト解析: 重複アカウント
- 12:00 推奨: セルフサービスのアカウント統合ツール
下記リンクからサインインし、統合ツールをご利用ください。
https://aws-training-merge.example.net/login`,
  }),
  mk({
    slug: 'ja-ai-chat-export', kind: 'ai_answer', lang: 'ja', caseId: null, at: '2026-11-14 16:20:18', to: KEN.keep,
    from: NOREPLY, enc: 'jisb64', note: 'chat export mailed to the customer: generated answer only',
    subject: 'チャット記録のコピー',
    text: `チャット記録 (2026/11/14 16:12-16:19)

16:12 あなた: 前の会社で取った SAA と今の CLF を同じアカウントに入れたい
16:13 AWS アシスタント(AI): 認定アカウントの「統合」機能で、もう一方のアカウントの資格を移すことができます。まずは統合先にしたいアカウントでサインインしてください。
16:15 AWS アシスタント(AI): ツールでエラーになった場合は、このチャットの最後にある「ケースを作成」からご連絡ください。
16:19 チャット終了

※ AI が生成した内容を含みます。`,
  }),
  mk({
    slug: 'ja-ai-mixed', kind: 'ai_answer', lang: 'ja', caseId: null, at: '2026-11-20 08:05:55', to: YUI.keep,
    from: NOREPLY, enc: 'utf8qp', note: 'Japanese generated answer with English boilerplate around it',
    subject: 'Your AWS Support assistant answer / 回答のご案内',
    text: `This is an automated message.

[Assistant log]
Q: 旧アカウント(${YUI.src})の認定を移したい
A: ご自身で統合する場合は、認定ポータル右上のプロフィールから「アカウントの統合」を選んでください。統合元のアカウントに登録したメールに届くコードが必要です。

Was this answer helpful? / この回答は役に立ちましたか?`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-newest-first', kind: 'info_request', lang: 'ja', caseId: C.ken, at: '2026-11-03 11:42:19',
    note: 'newest-first history; the top entry asks for both candidate IDs and the account to keep',
    subject: caseSubj(C.ken),
    text: `木村様

ケース ${C.ken} の対応履歴をお送りします(新しい順)。

▼ 2026/11/03 11:40 担当: 西田
  統合作業の前に、次の3点をお知らせいただけますでしょうか。
   - 両アカウントの AWS 候補 ID(AWS から始まる番号)
   - それぞれのサインイン用メールアドレス
   - 今後お使いになるほうのアカウント
▼ 2026/11/02 09:14 システム
  ケースを受け付けました。

AWS トレーニングと認定 サポート 西田
${sfRef('Kn03')}`,
  }),
  mk({
    slug: 'ja-info-oldest-first', kind: 'info_request', lang: 'ja', caseId: C.misaki, at: '2026-11-04 15:07:36', to: MISAKI.keep,
    enc: 'jis7', note: '対応履歴 oldest-first; last line asks for the certification list and pass dates',
    subject: caseSubj(C.misaki),
    text: `高橋様

いつもお世話になっております。これまでの対応履歴は下記のとおりです。

 1. 11/03 21:38 受付 (フォーム)
 2. 11/04 10:12 担当割当 (東京チーム)
 3. 11/04 15:05 担当より: 統合元アカウントで取得済みの認定名と合格日、有効期限を一覧にしてご返信ください。照合ができ次第、次の手順へ進みます。

お手数ですが、よろしくお願いいたします。
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-kakunin-address', kind: 'info_request', lang: 'ja', caseId: C.sho, at: '2026-11-06 13:22:08', to: SHO.keep,
    trap: true, note: 'ご確認のうえお知らせください about the address to keep: an information request worded with confirm',
    subject: caseSubj(C.sho),
    text: `中村様

【ステータス変更】受付済み -> お客様の返信待ち (2026/11/06 13:20)

残すアカウントのメールアドレスが、フォームにご記入の ${SHO.keep} と、プロフィール上の連絡先で異なっているようです。
どちらを統合先とするか、ご確認のうえお知らせください。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-info-field-change', kind: 'info_request', lang: 'ja', caseId: C.yui, at: '2026-11-07 10:30:00', to: YUI.keep,
    from: NOREPLY, note: 'field-change notification plus comment that needs the Skill Builder address',
    subject: `ケース ${C.yui} が更新されました`,
    text: `変更された項目
  ステータス : 調査中 -> お客様の対応待ち
  担当者     : (未設定) -> Aoki
  最終更新   : 2026-11-07 01:29 UTC

新しいコメント (Aoki):
  統合元のアカウントに紐づく AWS Skill Builder のメールアドレスが見当たりませんでした。ご登録のアドレスを教えていただけると助かります。

サポートセンターで返信するか、このメールに返信してください。`,
  }),
  mk({
    slug: 'ja-info-weekly-digest', kind: 'info_request', lang: 'ja', caseId: C.ken, at: '2026-11-09 07:00:00',
    from: NOREPLY, enc: 'utf8b64', note: 'weekly digest of one case; the only new event is a request for the certification e-mail',
    subject: `週間サマリー: ケース ${C.ken}`,
    text: `今週のケースの動き (11/02-11/08)

 月 11/02  ケース作成
 火 11/03  担当者から候補 ID の確認依頼 -> 11/03 お客様返信済み
 日 11/08  担当者コメント「認定通知用のメールアドレスが旧アカウントと同じか、念のため教えてください」

未対応: 1 件 (お客様の返信待ち)`,
  }),
  mk({
    slug: 'ja-info-reply-from-keep', kind: 'info_request', lang: 'ja', caseId: C.misaki, at: '2026-11-05 09:48:12', to: MISAKI.src,
    deliveredTo: MISAKI.src, enc: 'sjisb64', note: 'write from the kept address AND send both candidate IDs: info_request',
    subject: caseSubj(C.misaki),
    text: `高橋様

2026-11-04 15:05 の回答に続けてご連絡します。

本件は、統合先として残すアカウントのアドレスからご返信いただく必要がございます。その際、両方の候補 ID を本文に書き添えていただけますと、照合が早く進みます。

------ 履歴 ------
2026-11-04 15:05 担当 -> お客様: 認定名・合格日の一覧のご依頼
2026-11-04 20:31 お客様 -> 担当: 一覧を送付 (旧アドレスから)
------------------`,
  }),
  mk({
    slug: 'ja-info-trap-earlier-confirm', kind: 'info_request', lang: 'ja', caseId: C.sho, at: '2026-11-08 17:15:43', to: SHO.keep,
    trap: true, note: 'log mentions an earlier 確認依頼 and 統合; newest entry asks for the pass date of the old exam',
    subject: caseSubj(C.sho),
    text: `中村様

申し訳ございません、統合の最終確認の前にもう1点だけ必要になりました。

-- 経過 --
11/06 13:20  アドレスのご確認依頼
11/07 08:02  お客様より回答(${SHO.keep} を残す)
11/08 17:12  [NEW] 旧アカウントの試験 (DVA-C02) の受験日がシステム上2件あります。実際に合格された日付を教えてください。

お返事をいただいてから統合に進みます。`,
  }),
  mk({
    slug: 'ja-info-forged-password', kind: 'info_request', lang: 'ja', caseId: C.ken, at: '2026-11-04 02:11:19',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support-desk.com>', auth: 'fail', trusted: false,
    note: 'look-alike domain asking for credentials in a log-shaped mail: untrusted info_request',
    subject: caseSubj(C.ken),
    text: `木村様

処理ログ
 02:09  統合ジョブ 一時停止 (本人確認が必要)
 02:10  お客様へ情報提供を依頼

本人確認のため、両アカウントのサインインメールアドレスとパスワードを本メールにご返信ください。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, at: '2026-11-04 10:05:27',
    note: 'latest entry asks for consent, merge cannot be undone',
    subject: caseSubj(C.ken),
    text: `木村様

お待たせいたしました。照合が終わりましたので、状況を更新いたします。

[11/04 10:03] 照合結果: 統合元 ${KEN.srcId} -> 統合先 ${KEN.keepId}
[11/04 10:03] 移行対象: AWS Certified Solutions Architect - Associate、特典 1 件

統合は一度行うと元には戻せません。上記の内容で進めてよろしければ、その旨をこのメールにご返信ください。ご同意をいただいた時点で作業に入ります。

西田`,
  }),
  mk({
    slug: 'ja-conf-csv', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, at: '2026-11-06 11:11:11', to: MISAKI.keep,
    enc: 'utf8qp', note: 'CSV-style export whose last row is the consent request',
    subject: caseSubj(C.misaki),
    text: `高橋様

ケースの記録を CSV 形式でお送りします。最終行をご確認ください。

日時,担当,種別,内容
2026-11-03 21:38,システム,受付,フォームより起票
2026-11-04 15:05,Mori,依頼,認定名と合格日のご提示
2026-11-05 21:02,お客様,返信,新アドレスから一覧送付
2026-11-06 11:09,Mori,同意依頼,"${MISAKI.srcId} の記録を ${MISAKI.keepId} に統合してよいか、返信で「同意します」とお知らせください(取消不可)"

以上です。`,
  }),
  mk({
    slug: 'ja-conf-status-record', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, at: '2026-11-09 09:30:02', to: SHO.keep,
    enc: 'jis7', note: 'status record then a yes/no consent question',
    subject: caseSubj(C.sho),
    text: `2026-11-09 00:28 UTC | Status: Work in Progress -> Pending Customer Action

中村様
情報のご提供ありがとうございます。最後に1点、お伺いします。
旧アカウント (${SHO.src}) を ${SHO.keep} に吸収する形で統合します。統合後は旧アカウントを使えなくなり、やり直しもできません。
このまま実施してよいか、「はい」か「いいえ」でお答えいただけますか。`,
  }),
  mk({
    slug: 'ja-conf-html', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, at: '2026-11-10 14:44:21', to: YUI.keep,
    enc: 'utf8b64', note: 'multipart timeline; newest row asks the customer to approve the irreversible merge',
    subject: caseSubj(C.yui),
    text: `伊藤様

対応状況
11/10 14:40 統合内容のご承認のお願い (下記)
11/07 10:29 Skill Builder アドレスのご依頼 -> 11/08 ご回答済み

統合元: ${YUI.src} / 統合先: ${YUI.keep}
この操作は取り消しができません。問題なければ、このメールへの返信で承認してください。`,
    html: `<div>伊藤様</div><div>対応状況</div>
${table(['日時', '内容'], [['11/10 14:40', '統合内容のご承認のお願い (下記)'], ['11/07 10:29', 'Skill Builder アドレスのご依頼 -> 11/08 ご回答済み']])}
<p>統合元: ${esc(YUI.src)} / 統合先: ${esc(YUI.keep)}<br>この操作は取り消しができません。問題なければ、このメールへの返信で承認してください。</p>`,
  }),
  mk({
    slug: 'ja-conf-sjis-polite', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, at: '2026-11-05 16:02:37', to: KEN.keep, cc: KEN.src,
    enc: 'sjis8', note: 'second consent request after no answer, with a short history',
    subject: caseSubj(C.ken),
    text: `木村様

11/04 にお送りした統合内容のご確認について、まだご返信をいただけていないようでしたので再送いたします。

  11/04 10:03 統合内容のご提示
  11/05 16:00 再送(本メール)

統合後に元へ戻すことはできかねます。進めてよいかどうか、ひとことご返信いただけますと幸いです。`,
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, at: '2026-11-06 03:00:09', to: MISAKI.keep,
    auth: 'forgedBelow', trusted: false, note: 'consent request whose only dmarc=pass sits below the server Received line: untrusted',
    subject: caseSubj(C.misaki),
    text: `高橋様
[更新] 2026-11-06 02:58 同意確認
統合を実行してよいか、返信でご承諾ください。統合後の取り消しはできません。`,
  }),
  mk({
    slug: 'ja-conf-dkim-only', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, at: '2026-11-09 11:20:40', to: SHO.keep,
    auth: 'dkimonly', note: 'short consent request; only an aligned dkim=pass (no dmarc) in the top A-R: trusted',
    subject: caseSubj(C.sho),
    text: `中村様
更新ログ: 11/09 11:18 承認待ち
旧アカウントの記録を移してもよろしいでしょうか。ご了承いただける場合は「了承」とご返信ください。この処理は元に戻せません。`,
  }),
  mk({
    slug: 'ja-conf-te-form', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, at: '2026-11-12 10:10:10', to: YUI.keep,
    enc: 'jisb64', note: 'consent question phrased without the word 確認, after a history block',
    subject: caseSubj(C.yui),
    text: `伊藤様

> 2026/11/10 14:40 統合内容のご承認のお願い
> 2026/11/11 09:02 お客様: 大学のアカウントの受験記録は1件だけのはずです

ご指摘を受けて再度調べ、受験記録は 1 件(CLF-C02)であることを確かめました。これを ${YUI.keep} 側へ移して、大学のアカウントは閉じる形になります、後から戻すことはできませんので、それで差し支えなければお返事ください。`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-latest-entry', kind: 'merge_completed', lang: 'ja', caseId: C.ken, at: '2026-11-06 13:31:55',
    note: 'newest-first history; top entry says the merge was carried out',
    subject: caseSubj(C.ken),
    text: `木村様

■ 2026/11/06 13:30 統合作業 完了
  ${KEN.srcId} の認定・受験履歴・特典を ${KEN.keepId} へ移行いたしました。
  ${KEN.keep} でサインインし、内容に相違がないかご確認ください。
■ 2026/11/05 22:14 お客様より同意のご返信
■ 2026/11/04 10:03 統合内容のご提示

AWS トレーニングと認定 西田`,
  }),
  mk({
    slug: 'ja-merge-status-close', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, at: '2026-11-07 09:14:00', to: MISAKI.keep,
    trap: true, note: 'status record Pending -> Resolved with the merge as the new fact; mentions closing too',
    subject: caseSubj(C.misaki),
    text: `2026-11-07 00:14 UTC | Status: Pending Amazon Action -> Resolved
2026-11-07 00:14 UTC | Comment: 統合処理を実行しました。旧アカウント (${MISAKI.srcId}) の記録はすべて ${MISAKI.keepId} に移っています。

高橋様、ご協力ありがとうございました。本件はこれで解決済みとしてクローズいたします。`,
  }),
  mk({
    slug: 'ja-merge-portal', kind: 'merge_completed', lang: 'ja', caseId: null, at: '2026-11-09 18:02:33', to: SHO.keep,
    from: CERT, enc: 'utf8qp', note: "certification portal's own merged notice, no case ID",
    subject: 'AWS 認定: アカウントの統合が完了しました',
    text: `中村 翔 様

アカウント履歴
  2026-11-09 09:01 UTC  統合リクエスト処理
  2026-11-09 09:02 UTC  統合元アカウント (${SHO.src}) を無効化
  2026-11-09 09:02 UTC  認定・試験履歴を ${SHO.keep} に統合

今後は ${SHO.keep} でサインインしてください。
AWS Certification`,
  }),
  mk({
    slug: 'ja-merge-taiou-rireki', kind: 'merge_completed', lang: 'ja', caseId: C.yui, at: '2026-11-13 11:06:20', to: YUI.keep,
    enc: 'sjisb64', note: '対応履歴 oldest-first, last entry: records moved and old account closed',
    subject: caseSubj(C.yui),
    text: `伊藤様

対応履歴
 11/06 受付
 11/07 Skill Builder アドレスのご依頼
 11/10 統合内容のご承認依頼
 11/12 お客様よりご承認
 11/13 大学アカウントの受験記録(CLF-C02)と特典を ${YUI.keep} に移し、統合を終えました  <- 今回

しばらくしても表示が変わらない場合は、サインインし直してみてください。`,
  }),
  mk({
    slug: 'ja-merge-resent', kind: 'merge_completed', lang: 'ja', caseId: C.ken, at: '2026-11-06 13:32:10', to: KEN.src,
    resent: { from: 'postmaster@oldcorp.example.co.jp', to: 'it-archive@oldcorp.example.co.jp', date: rfcOld() }, forUser: false,
    note: 'completion copy redirected by the old company (Resent-*): not delivered to the user',
    subject: caseSubj(C.ken),
    text: `木村様 (旧アドレス宛の控え)

[2026-11-06 13:30] 統合完了: ${KEN.srcId} は ${KEN.keepId} に統合されました。
このアドレスでは今後サインインできません。`,
  }),
  mk({
    slug: 'ja-merge-forged-misaligned', kind: 'merge_completed', lang: 'ja', caseId: C.sho, at: '2026-11-10 04:40:04', to: SHO.keep,
    auth: 'misaligned', trusted: false, note: 'completion text, DKIM for an unrelated bulk domain and dmarc=fail: untrusted',
    subject: caseSubj(C.sho),
    text: `中村様
更新履歴: 2026-11-10 04:38 アカウント統合 実施済み
旧アカウントの認定を新アカウントへ移行しました。詳細は添付のリンクからご確認ください。`,
  }),
  mk({
    slug: 'ja-merge-field-change', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, at: '2026-11-07 09:20:45', to: MISAKI.keep,
    from: NOREPLY, note: 'field-change notification whose new comment reports the merge done',
    subject: `ケース ${C.misaki} の更新通知`,
    text: `次の項目が変更されました。
  ステータス: 対応中 → 解決済み
  解決コード: (なし) → アカウント統合済み

最新のコメント:
 「ご承諾どおり統合いたしました。新しいアカウントに SAP-C02 と特典が表示されることをご確認いただけます。」`,
  }),
  mk({
    slug: 'ja-merge-portal-forged', kind: 'merge_completed', lang: 'ja', caseId: null, at: '2026-11-11 20:00:00', to: YUI.keep,
    from: 'AWS Certification <noreply@aws-training.co>', auth: 'none', trusted: false, enc: 'utf88bit',
    note: 'portal-style merged notice from a look-alike domain without authentication: untrusted',
    subject: '【AWS認定】アカウント統合完了のお知らせ',
    text: `伊藤 結衣 様
処理ログ: 2026/11/11 19:58 統合完了
特典を受け取るには、以下から再度ログインしてください。
http://aws-training.co/verify`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-issue', kind: 'badges_transferred', lang: 'ja', caseId: null, at: '2026-11-07 15:45:12',
    from: CREDLY, to: KEN.keep, enc: 'utf8b64', note: 'AWS badge issued via Credly to the kept address after the merge',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `木村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

発行履歴
  2026-11-07  AWS Certified Solutions Architect - Associate  (発行元: Amazon Web Services Training and Certification)

バッジを入手する: https://www.credly.com/earner/earned/badge/5c1e0a7d

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: C.ken, at: '2026-11-08 10:12:00',
    note: 'newest entry: support moved the Credly badges to the kept account',
    subject: caseSubj(C.ken),
    text: `木村様

バッジの件、対応が終わりましたのでご報告します。

2026/11/08 10:10  Credly バッジの移行完了 (SAA、CLF の2件を ${KEN.keep} 側へ)
2026/11/07 09:00  お客様より「バッジが旧アドレスに残っている」とのご連絡
2026/11/06 13:30  アカウント統合 完了

Credly にサインインするとバッジが表示されます。`,
  }),
  mk({
    slug: 'ja-badge-close-too', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, at: '2026-11-10 17:25:30', to: MISAKI.keep,
    trap: true, note: 'badges moved and the case will be closed: badges_transferred',
    subject: caseSubj(C.misaki),
    text: `高橋様

【11/10 17:23 更新】
Credly 上のバッジ 3 件 (SAP / SAA / DVA) を新しいアカウントに付け替えました。
これで本件の作業はすべて完了となりますので、ケースはクローズさせていただきます。

【11/07 09:14 更新】統合完了のご連絡(済)`,
  }),
  mk({
    slug: 'ja-badge-digest', kind: 'badges_transferred', lang: 'ja', caseId: C.sho, at: '2026-11-16 07:00:00', to: SHO.keep,
    from: NOREPLY, enc: 'jis7', note: 'weekly digest whose new event is the badge transfer',
    subject: `ケース ${C.sho} 週次レポート`,
    text: `対象期間: 2026/11/09 - 2026/11/15

 11/09  アカウント統合完了 (前週より継続)
 11/12  お客様: Credly のバッジが見当たらない
 11/14  担当: Credly チームと連携し、DVA のバッジを ${SHO.keep} に移しました

今週の新しい動きは上記 11/14 の 1 件です。`,
  }),
  mk({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, at: '2026-11-14 09:33:47', to: YUI.keep,
    from: CREDLY, enc: 'utf8qp', note: 'Credly HTML mail: AWS badge now on the kept account',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: `<html><body style="font-family:sans-serif">
<h2>新しいバッジがあります</h2>
<p>伊藤 結衣 さん、Amazon Web Services Training and Certification が AWS Certified Cloud Practitioner のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/badges/accept/91af">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">受け取り履歴: 2026-11-14 AWS Certified Cloud Practitioner</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-badge-csv', kind: 'badges_transferred', lang: 'ja', caseId: C.yui, at: '2026-11-15 12:01:12', to: YUI.keep,
    enc: 'sjis8', note: 'CSV export, last row: badges reassigned to the kept account',
    subject: caseSubj(C.yui),
    text: `伊藤様
最新の記録を添えてご連絡します。

no,日付,項目,状態
1,2026-11-13,アカウント統合,完了
2,2026-11-14,Credly バッジ付け替え申請,処理中
3,2026-11-15,Credly バッジ付け替え,完了(${YUI.keep} に表示)

ほかにお困りの点があれば、このままご返信ください。`,
  }),
  mk({
    slug: 'ja-badge-forged-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, at: '2026-11-09 06:06:06', to: KEN.keep,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', auth: 'none', trusted: false,
    note: 'Credly-shaped badge notice from a look-alike domain: untrusted',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `木村 健一 さん
移行されたバッジ: AWS Certified Solutions Architect - Associate
バッジを入手する: http://credly-badges.net/claim?u=kimura`,
  }),
  mk({
    slug: 'ja-badge-short-note', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, at: '2026-11-10 22:22:22', to: MISAKI.keep,
    note: 'one-line log entry from support: badge transfer done',
    subject: caseSubj(C.misaki),
    text: `高橋様
[22:20] バッジ移行 完了。Credly アカウントでご確認ください。`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: C.ken, at: '2026-11-13 09:00:11',
    trap: true, note: 'closing notice; the merge is only restated from the earlier entries',
    subject: caseSubj(C.ken),
    text: `木村様

本ケースの経過
 - 11/06 統合完了 (ご連絡済み)
 - 11/08 バッジ移行完了 (ご連絡済み)
 - 11/13 ケースをクローズ  <- 今回

先日ご案内のとおり統合・バッジともに完了しておりますので、本日付でケースを閉じさせていただきます。またのご利用をお待ちしております。`,
  }),
  mk({
    slug: 'ja-closed-autoclose-future', kind: 'case_closed', lang: 'ja', caseId: C.sho, at: '2026-11-12 08:00:00', to: SHO.keep,
    from: NOREPLY, trap: true, note: 'log ends in a scheduled auto-close if no reply: case_closed',
    subject: `ケース ${C.sho}: ご返信がない場合の自動クローズについて`,
    text: `2026-11-09 09:02 UTC | Status: Pending Customer Action
2026-11-12 08:00 UTC | Reminder sent (1/2)
2026-11-16 08:00 UTC | Auto-resolve (予定)

中村様、このケースはお客様からのご返信をお待ちしています。ご返信がない場合、4日後に自動的にクローズされます。引き続きサポートが必要な場合はこのメールに返信してください。`,
  }),
  mk({
    slug: 'ja-closed-no-reply', kind: 'case_closed', lang: 'ja', caseId: C.misakiOther, at: '2026-11-24 10:10:10', to: MISAKI.keep,
    from: NOREPLY, enc: 'jisb64', note: 'closed after no reply; status change only',
    subject: `ケース ${C.misakiOther} はクローズされました`,
    text: `ステータス変更
  11/17  お客様の対応待ち
  11/24  クローズ (一定期間ご返信がなかったため)

再開する場合は、サポートセンターからケースを再オープンしてください。`,
  }),
  mk({
    slug: 'ja-closed-fieldchange', kind: 'case_closed', lang: 'ja', caseId: C.yui, at: '2026-11-18 13:00:05', to: YUI.keep,
    from: NOREPLY, enc: 'utf8qp', trap: true, note: 'field change to Resolved; comment only restates the earlier badge move',
    subject: `ケース ${C.yui} が解決済みになりました`,
    text: `変更された項目:
  ステータス: 解決済み (以前: お客様の対応待ち)
  解決日時: 2026-11-18 04:00 UTC

担当者メモ: 11/15 にご案内したとおりバッジの付け替えまで完了しているため、解決済みとしました。`,
  }),
  mk({
    slug: 'ja-closed-sjis-koushin', kind: 'case_closed', lang: 'ja', caseId: C.sho, at: '2026-11-17 09:15:00', to: SHO.keep,
    enc: 'sjisb64', note: '更新履歴 whose last entry is the closing',
    subject: caseSubj(C.sho),
    text: `中村様

【更新履歴】
・11/14 バッジ移行のご報告
・11/16 ご返信なし
・11/17 本ケースをクローズしました

追加のご質問がございましたら、新しくお問い合わせいただくか、このメールにご返信ください。`,
  }),
  mk({
    slug: 'ja-closed-forged', kind: 'case_closed', lang: 'ja', caseId: C.ken, at: '2026-11-14 23:59:00',
    from: 'AWS サポート <no-reply@aws-amazon-support.com>', auth: 'none', trusted: false,
    note: 'closing-notice shape from a non-AWS domain: untrusted case_closed',
    subject: `ケース ${C.ken} クローズのお知らせ`,
    text: `2026-11-14 | クローズ
このケースは終了しました。アンケートにご協力ください: http://aws-amazon-support.com/s`,
  }),
  mk({
    slug: 'ja-closed-will-close-days', kind: 'case_closed', lang: 'ja', caseId: C.misaki, at: '2026-11-12 09:40:10', to: MISAKI.keep,
    trap: true, note: 'support says the case will close in 3 days without a reply; badges restated',
    subject: caseSubj(C.misaki),
    text: `高橋様

11/10 のバッジ付け替えのご報告以降、ご連絡がございませんので、3 日後に本ケースを終了させていただく予定です。

  11/07 統合完了
  11/10 バッジ付け替え完了
  11/15 終了予定

特に問題がなければご返信は不要です。`,
  }),
  mk({
    slug: 'ja-closed-html-table', kind: 'case_closed', lang: 'ja', caseId: C.yui, at: '2026-11-25 10:00:00', to: YUI.keep,
    from: NOREPLY, enc: 'utf8b64', note: 'HTML status table whose latest row is Closed',
    subject: `[AWS Support] ケース ${C.yui}: ステータス更新`,
    html: `<p>ケース ${C.yui} のステータスが更新されました。</p>
${table(['日時', 'ステータス'], [['2026-11-25 00:59 UTC', 'クローズ'], ['2026-11-18 04:00 UTC', '解決済み']])}
<p>解決済みのケースは 7 日後に自動的にクローズされます。</p>`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-comment-only', kind: 'support_reply', lang: 'ja', caseId: C.ken, at: '2026-11-07 11:00:00',
    trap: true, note: 'latest entry is only an agent comment that restates the merge; no new event',
    subject: caseSubj(C.ken),
    text: `木村様

お電話ありがとうございました。通話内容を記録に残しましたのでお送りします。

2026/11/07 10:55 通話メモ: 統合は 11/06 に済んでいる旨を再度ご説明。お客様了解。
2026/11/06 13:30 統合作業 完了

ほかに気になる点があればお知らせください。`,
  }),
  mk({
    slug: 'ja-sr-scheduled-merge', kind: 'support_reply', lang: 'ja', caseId: C.misaki, at: '2026-11-06 15:30:33', to: MISAKI.keep,
    trap: true, note: 'log ends in a scheduled merge (future): not the event',
    subject: caseSubj(C.misaki),
    text: `高橋様

ご同意ありがとうございます。以下のとおり予定を組みました。

 11/06 11:09 同意依頼
 11/06 14:50 お客様より同意
 11/07 09:00 統合作業(予定)

統合が完了しましたら、改めてご連絡いたします。`,
  }),
  mk({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.sho, at: '2026-11-08 10:00:00', to: SHO.keep,
    enc: 'jis7', trap: true, note: 'status update: merge not completed yet (negated)',
    subject: caseSubj(C.sho),
    text: `中村様

ご照会の件、現時点の状況をお知らせします。

2026-11-08 09:58 | 状態: 対応中 (変更なし)
統合はまだ完了しておりません。社内の担当チームで旧アカウントの受験記録を照合している段階です。もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: C.yui, at: '2026-11-12 11:45:00', to: YUI.keep,
    trap: true, note: 'thanks for confirming, passed to the team: support_reply',
    subject: caseSubj(C.yui),
    text: `伊藤様

ご確認いただきありがとうございます。

  11/12 10:10 ご承認のお願い(再送)
  11/12 11:20 お客様より承認
  11/12 11:43 統合チームへ依頼済み  <- 最新

作業が終わり次第、このケースでお知らせします。`,
  }),
  mk({
    slug: 'ja-sr-dup-cases', kind: 'support_reply', lang: 'ja', caseId: C.ken, at: '2026-11-05 09:00:00',
    enc: 'sjis8', trap: true, note: 'we merged your duplicate cases: not the account merge',
    subject: caseSubj(C.ken),
    text: `木村様

同じご依頼で 2 件のケース (${C.ken} と ${C.stranger}) を頂戴しておりましたので、${C.ken} に統合いたしました。

  11/04 09:29 ケース ${C.stranger} 作成(旧アドレスから)
  11/05 08:58 ケースを ${C.ken} に統合

今後のやり取りはこちらのケースでお願いいたします。アカウントの統合手続き自体は引き続き進めております。`,
  }),
  mk({
    slug: 'ja-sr-escalation', kind: 'support_reply', lang: 'ja', caseId: C.misaki, at: '2026-11-05 18:00:00', to: MISAKI.keep,
    enc: 'utf8qp', note: 'escalation notice in the history; no request and no event',
    subject: caseSubj(C.misaki),
    text: `高橋様

【履歴】
11/05 17:58  専門チームへエスカレーション
11/05 12:01  担当より社内確認中の旨ご連絡

旧アカウントの試験記録に不一致があったため、専門チームに確認を依頼しました。回答があり次第ご案内します。`,
  }),
  mk({
    slug: 'ja-sr-badge-not-moved', kind: 'support_reply', lang: 'ja', caseId: C.sho, at: '2026-11-13 14:00:00', to: SHO.keep,
    enc: 'jisb64', trap: true, note: 'badges not moved yet; asked the Credly team (future/negated)',
    subject: caseSubj(C.sho),
    text: `中村様

バッジについて状況をお伝えします。

11/12 お客様: バッジが見当たらない
11/13 担当: Credly の担当チームに付け替えを依頼しました(未完了)

バッジが移り次第、改めてご連絡いたしますので今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-sr-forged-otheronly', kind: 'support_reply', lang: 'ja', caseId: C.yui, at: '2026-11-09 13:13:13', to: YUI.keep,
    auth: 'otherOnly', trusted: false, note: 'status update authenticated only by a foreign authserv-id: untrusted',
    subject: caseSubj(C.yui),
    text: `伊藤様
[進捗] 11/09 13:10 担当チームで確認中です。もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-sr-gmail-quote', kind: 'support_reply', lang: 'ja', caseId: C.ken, at: '2026-11-03 17:20:00',
    enc: 'utf88bit', note: 'answer to a question; quoted customer history below in Gmail style',
    subject: caseSubj(C.ken),
    text: `木村様

ご質問ありがとうございます。統合しても、旧アカウントで取得した認定の有効期限は変わりません。次回受験の割引特典もそのまま引き継がれます。

2026年11月3日(火) 16:02 木村 健一 <${KEN.keep}>:
${q(`統合すると有効期限がリセットされたりしますか?
履歴:
11/02 ケース作成
11/03 候補 ID を送付済み`)}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-it-ticket', kind: 'unrelated', lang: 'ja', caseId: C.misaki, at: '2026-11-07 12:00:00', to: MISAKI.src,
    from: '情報システム部 ヘルプデスク <helpdesk@corp-b.example.co.jp>', auth: 'none', trusted: false, deliveredTo: MISAKI.src, trap: true,
    note: "the customer's own company IT ticket log (completed): not AWS support",
    subject: '[INC0048812] 更新: AWS認定アカウント統合の件 - 完了',
    text: `チケット INC0048812 の作業ログ

2026-11-03 09:12 起票者: 高橋 美咲「退職に伴い AWS 認定アカウントを個人へ統合したい」
2026-11-04 10:00 担当: 社用アドレスの転送設定を 11/30 まで延長
2026-11-07 11:58 担当: AWS 側で統合完了との報告を受けたため、本チケットを完了とします (AWS ケース ${C.misaki})

ステータス: 完了
情報システム部`,
  }),
  mk({
    slug: 'ja-un-other-case-refund', kind: 'unrelated', lang: 'ja', caseId: C.kenOther, at: '2026-11-10 10:00:00',
    enc: 'sjisb64', trap: true, note: "another case's log (exam voucher refund) closing: unrelated",
    subject: `RE:[CASE ${C.kenOther}] [AWS Training and Certification Form Submission] - exam-voucher`,
    text: `木村様

受験バウチャー返金のお問い合わせについて、対応履歴です。

 11/05 受付
 11/06 返金対象であることを確認
 11/10 返金処理完了、本ケースをクローズします

アカウントの統合に関するケースとは別件として処理しております。`,
  }),
  mk({
    slug: 'ja-un-ms-credly', kind: 'unrelated', lang: 'ja', caseId: null, at: '2026-11-11 16:00:00', to: SHO.keep,
    from: 'Microsoft via Credly <admin@credly.com>', enc: 'utf8b64', trap: true, note: 'Credly badge from another issuer (Microsoft)',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `中村 翔 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
発行日: 2026-11-11
バッジを入手する: https://www.credly.com/earner/earned/badge/0d2e`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, at: '2026-11-13 21:00:00', to: YUI.keep,
    from: 'Credly <admin@credly.com>', enc: 'utf8qp', trap: true, note: "Credly's own account-merge code mail",
    subject: 'Credly アカウント統合の確認コード',
    text: `アカウント統合リクエストの履歴
  21:00  ${YUI.src} の統合リクエストを受信

確認コード: 483920
このコードを Credly の画面に入力すると、メールアドレスが統合されます。心当たりがない場合は無視してください。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.ken, at: '2026-11-13 12:00:00',
    from: 'AWS サポート アンケート <aws-support-survey@amazon.com>', enc: 'jis7', trap: true, note: 'survey about the closed case',
    subject: `ケース ${C.ken} に関するアンケートのお願い`,
    text: `木村様

先日クローズしたケース ${C.ken} の対応について、1 分ほどのアンケートにご協力ください。

 問題は解決しましたか? はい / いいえ
 担当者の対応はいかがでしたか? 1-5

https://survey.aws.example/s/ed`,
  }),
  mk({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', caseId: C.misaki, at: '2026-11-07 19:00:00', to: MISAKI.src,
    from: `高橋 美咲 <${MISAKI.keep}>`, auth: 'none', trusted: false, deliveredTo: MISAKI.src, enc: 'utf88bit', trap: true,
    note: "the user's own forward of the completion log to her other address",
    subject: `Fwd: ${caseSubj(C.misaki)}`,
    text: `控えとして会社のアドレスにも送っておく。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年11月7日(土) 9:14
Subject: ${caseSubj(C.misaki)}

2026-11-07 00:14 UTC | Status: Pending Amazon Action -> Resolved
統合処理を実行しました。`,
  }),
  mk({
    slug: 'ja-un-to-colleague', kind: 'unrelated', lang: 'ja', caseId: null, at: '2026-11-09 19:30:00', to: 'tanaka@dev.example.jp',
    from: `中村 翔 <${SHO.src}>`, auth: 'none', trusted: false, forUser: false, deliveredTo: null, enc: 'sjis8', trap: true,
    note: "the user's own note to a colleague about the merge status: not for the user, not from support",
    subject: 'AWS認定の統合、完了しました',
    text: `田中さん

先日話していた AWS 認定アカウントの件、今日統合が終わりました。
 11/05 問い合わせ
 11/09 統合完了
会社のアドレスは月末で使えなくなるので、今後は個人のほうに連絡ください。

中村`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, at: '2026-11-19 08:00:00', to: KEN.keep,
    from: CERT, enc: 'jisb64', trap: true, note: 'exam result notice with a history list: not part of the merge',
    subject: 'AWS 認定試験の結果が確定しました',
    text: `木村 健一 様

受験履歴
  2026-11-17  AWS Certified Developer - Associate  合格 (スコア 812)
  2024-05-20  AWS Certified Solutions Architect - Associate  合格

おめでとうございます。認定の詳細はアカウントでご確認いただけます。
Credly のバッジは数日以内に届きます。`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: C.misaki, at: '2026-11-04 15:08:00', to: SUP_ADDR_DISPLAY(),
    from: `高橋 美咲 <${MISAKI.src}>`, auth: 'none', trusted: false, forUser: false, deliveredTo: null, enc: 'jis7', trap: true,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "auto-reply from the user's old company mailbox to support",
    subject: `自動応答: ${caseSubj(C.misaki)}`,
    text: `このメールは自動応答です。
高橋は 2026/10/31 をもって退職いたしました。本アドレスは 11/30 に停止します。
統合等のご連絡は ${MISAKI.keep} までお願いいたします。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, at: '2026-11-21 10:00:00', to: YUI.keep,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', enc: 'utf8b64', trap: true,
    note: 'Skill Builder learning log (completed course): not the merge',
    subject: '学習の記録: 今週の完了コース',
    text: `今週の学習履歴
 11/18  AWS Cloud Practitioner Essentials  完了
 11/20  Exam Prep: AWS Certified Solutions Architect - Associate  進行中 (45%)

引き続き学習を続けましょう。`,
  }),
];

function rfcOld(): string {
  return 'Fri, 6 Nov 2026 13:40:02 +0900';
}
function SUP_ADDR_DISPLAY(): string {
  return SUP;
}
