// br set, Japanese part 1: receipts, AI answers, information and confirmation requests, completions.
import { rfcDate, type Msg } from './lib.js';
import { KENJI as K, YUI as Y, MAKOTO as M, OTHER, SUPPORT, SUPPORT_JA, SUPPORT_BARE, NOREPLY, formSubject, htable, mk, quote, sfOriginal, sfRef, to, ttable } from './common.js';

const jst = (s: string): string => rfcDate(s, '+0900');
const utc = (s: string): string => rfcDate(s, '+0000');

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'k-receipt', kind: 'acknowledgement', lang: 'ja', caseId: K.caseId,
    note: 'automatic receipt of the new case: key/value block with the case ID, status unassigned',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: `[CASE ${K.caseId}] お問い合わせを受け付けました`, date: utc('2026-01-08 02:14:09'), enc: 'jis7',
    text: `このメールは送信専用アドレスから自動で送られています。

■ 受付内容
  ケース ID      : ${K.caseId}
  受付日時       : 2026/01/08 11:14 (JST)
  お問い合わせ種別: AWS トレーニングと認定
  カテゴリ       : 認定 / アカウントの統合
  ステータス     : 未割り当て

担当者が内容を確認し、通常 24 時間以内にこのアドレス宛てにご連絡します。
同じ内容で別のケースを作らないでください(対応が遅れる原因になります)。
追加の情報は、このメールへの返信でお送りいただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'y-receipt-fields', kind: 'acknowledgement', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'receipt that lists the fields the customer typed in; it asks for nothing, so it is still the acknowledgement',
    from: NOREPLY, to: to(Y, 'keep', 'ja'), subject: `ケース ${Y.caseId} を作成しました - AWS トレーニングと認定`, date: utc('2026-02-03 05:40:51'), enc: 'utf8b64',
    text: `ケースを作成しました。控えとしてご利用ください。

ケース番号: ${Y.caseId}
作成日: 2026-02-03
件名: 認定アカウントの統合について

▼ ご入力いただいた情報
- 氏名: 田中 結衣
- 会社名: (未入力)
- AWS 候補 ID: ${Y.keepId}
- 連絡先メール: ${Y.keep}
- 内容: 旧勤務先のアカウント (${Y.srcId}) の認定をこちらへまとめたい

状況が変わり次第、このアドレスへお知らせします。
サポートセンターからケースの状況を確認することもできます。`,
    html: `<p>ケースを作成しました。控えとしてご利用ください。</p>
${htable([['項目', '内容'], ['ケース番号', Y.caseId], ['作成日', '2026-02-03'], ['件名', '認定アカウントの統合について'], ['氏名', '田中 結衣'], ['会社名', '(未入力)'], ['AWS 候補 ID', Y.keepId], ['連絡先メール', Y.keep], ['内容', `旧勤務先のアカウント (${Y.srcId}) の認定をこちらへまとめたい`]])}
<p>状況が変わり次第、このアドレスへお知らせします。<br>サポートセンターからケースの状況を確認することもできます。</p>`,
  }),
  mk({
    slug: 'm-receipt', kind: 'acknowledgement', lang: 'ja', caseId: M.caseId,
    note: 'receipt with the case ID in the subject and a short item list',
    from: NOREPLY, to: to(M, 'keep', 'ja'), subject: `[CASE ${M.caseId}] AWS サポート: 受付完了`, date: utc('2026-03-02 00:03:47'), enc: 'sjis8',
    text: `小林 誠 様

お問い合わせを承りました。

・ケース: ${M.caseId}
・区分: Training and Certification / account-assistance
・優先度: 一般
・状態: 担当者の割り当て待ち

返信はこのメールにそのままどうぞ。件名の [CASE ${M.caseId}] は消さないでください。

AWS サポート`,
  }),
  mk({
    slug: 'm-receipt-second', kind: 'acknowledgement', lang: 'ja', caseId: OTHER.makotoDup,
    note: 'receipt of a second case the user opened by mistake; the receipt says nothing else about its topic',
    from: NOREPLY, to: to(M, 'keep', 'ja'), subject: `[CASE ${OTHER.makotoDup}] お問い合わせ受付のお知らせ`, date: utc('2026-03-03 09:22:10'), enc: 'jisb64',
    text: `お問い合わせありがとうございます。以下の番号で受け付けました。

  受付番号 ... ${OTHER.makotoDup}
  受付日   ... 2026年3月3日
  状態     ... 受付済み(担当者未定)

内容を確認のうえ、担当者よりご連絡いたします。
このメールには返信できません。`,
  }),
  mk({
    slug: 'k-receipt-phish', kind: 'acknowledgement', lang: 'ja', caseId: K.caseId, trusted: false, auth: 'none',
    note: 'forged receipt from a look-alike domain asking to sign in; reads as a receipt but fails the trust rule',
    from: 'AWS サポート <support@aws-certification-help.jp>', to: to(K, 'keep', 'ja'), subject: `【受付】ケース ${K.caseId} (要サインイン)`, date: jst('2026-01-08 12:01:33'), enc: 'jis7',
    text: `お問い合わせを受け付けました。

受付番号: ${K.caseId}
状態: 保留(本人確認待ち)
期限: 48 時間

下記からサインインし本人確認を行ってください。
https://aws-certification-help.jp/login

AWS Support Center`,
  }),
  mk({
    slug: 'k-receipt-mixed', kind: 'acknowledgement', lang: 'ja', caseId: K.caseId,
    note: 'receipt in mixed language: English system block plus Japanese lines; new text is Japanese',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: `Case ${K.caseId} を受け付けました / We received your case`, date: utc('2026-01-08 02:14:12'), enc: 'utf8qp', wholeSubject: true,
    text: `AWS トレーニングと認定へのお問い合わせ、ありがとうございます。

Case ID: ${K.caseId}
Status: Unassigned
Language: 日本語
Inquiry: AWS Training and Certification > Certification > Account merge

担当者から 1〜2 営業日以内にご連絡します。
ケースの重複作成はお控えください。`,
  }),
  mk({
    slug: 'k-receipt-resent', kind: 'acknowledgement', lang: 'ja', caseId: OTHER.kenjiDup, forUser: false,
    note: 'receipt redirected by the old company server (Resent-* headers), so not delivered to the user as such',
    from: NOREPLY, to: to(K, 'src', 'ja'), subject: `[CASE ${OTHER.kenjiDup}] お問い合わせを受け付けました`, date: utc('2026-01-09 01:50:00'), enc: 'jis7',
    resent: { from: 'postmaster@hq.example.co.jp', to: 'it-helpdesk@hq.example.co.jp', date: jst('2026-01-09 10:51:02') },
    text: `ご連絡ありがとうございます。次の内容で受け付けました。

- ケース ID: ${OTHER.kenjiDup}
- 受付: 2026-01-09 01:50 UTC
- 状態: 未対応

担当より順次ご案内いたします。`,
  }),
  mk({
    slug: 'y-receipt-dkim', kind: 'acknowledgement', lang: 'ja', caseId: Y.caseId, auth: 'dkimonly',
    note: 'plain receipt; only aligned DKIM passes, which the trust rule accepts',
    from: NOREPLY, to: to(Y, 'keep', 'ja'), subject: `[CASE ${Y.caseId}] 受付のご連絡`, date: utc('2026-02-03 05:41:02'), enc: 'sjisb64',
    text: `田中様

ケースを登録しました。

 ケースID / ${Y.caseId}
 カテゴリ / アカウントの統合
 現在の状態 / 対応待ち

ご返信いただく際は件名を変えずにお送りください。

-- 
AWS Support`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'k-ai-tool', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated suggestion pointing at the self-service Merge Accounts tool, numbered steps in HTML',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: 'AI が生成した回答: 認定アカウントの統合', date: utc('2026-01-08 02:09:40'), enc: 'utf8qp',
    html: `<div style="font-family:sans-serif">
<p><b>この回答は生成 AI によって作成されました。</b>内容に誤りがある場合があります。</p>
<p>お問い合わせ内容に近い手順:</p>
<ol>
<li>残したい認定アカウントにサインイン</li>
<li>右上の [プロフィール] を開く</li>
<li>[アカウントの統合] (Merge Accounts) を選択</li>
<li>統合元アカウントのメールアドレスとパスワードを入力</li>
</ol>
<p>両方のアカウントに認定の履歴がある場合、ツールでは統合できないことがあります。その場合は [ケースを作成] からご連絡ください。</p>
<p>この回答は役に立ちましたか? はい / いいえ</p>
</div>`,
  }),
  mk({
    slug: 'y-ai-matrix', kind: 'ai_answer', lang: 'ja',
    note: 'automated answer laid out as a condition/action list; suggests self-service first',
    from: NOREPLY, to: to(Y, 'keep', 'ja'), subject: '自動回答: アカウントが 2 つある場合', date: utc('2026-02-03 05:35:18'), enc: 'jis7',
    text: `[自動回答] 以下はお問い合わせ文から自動で選ばれた案内です。

状況                               対応
---------------------------------  ------------------------------
片方のアカウントに履歴がない       Merge Accounts ツールで統合
両方に認定・試験履歴がある         サポートへケースを作成
パスワードが分からない             ログイン画面からリセット
メールアドレスだけ変えたい         プロフィールで変更

ツールの場所: 認定アカウント > プロフィール > アカウントの統合
解決しない場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'm-ai-after', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer that describes what moves after a merge (certifications, voucher, badges); still only an automated suggestion',
    from: NOREPLY, to: to(M, 'keep', 'ja'), subject: 'Amazon Q による回答候補', date: utc('2026-03-02 00:01:12'), enc: 'utf8b64',
    text: `生成 AI による参考回答です。正確でない場合があります。

Q. アカウントを統合すると何が移りますか?
A. 一般的には次のとおりです。
  - 認定 (取得日・有効期限) … 統合先に表示
  - 特典 (50% 割引バウチャー) … 統合先で使用可能
  - Credly のデジタルバッジ … 統合後に統合先のメールで受け取り直し
  - 試験履歴 … 統合先に集約

まずはプロフィール画面の「アカウントの統合」ツールをお試しください。
ツールで統合できない場合のみケースを作成してください。`,
  }),
  mk({
    slug: 'k-ai-faq', kind: 'ai_answer', lang: 'ja',
    note: 'automated FAQ-style answer with bullets; no human, no case ID',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: 'よくある質問からの自動案内', date: utc('2026-01-08 02:10:05'), enc: 'sjis8',
    text: `ご質問に関連しそうな FAQ を自動でお送りします。

● 認定アカウントを 1 つにまとめたい
  → セルフサービスの Merge Accounts ツールをご利用ください。
● ツールでエラーになる
  → 両アカウントに認定がある場合はサポート対応となります。
● 候補 ID の確認方法
  → プロフィール > 本人確認 に AWS から始まる ID が表示されます。

この案内で解決しましたか? 解決しない場合は、画面下の「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'y-ai-mixed', kind: 'ai_answer', lang: 'ja',
    note: 'AI suggestion in multipart/alternative, Japanese with English labels',
    from: NOREPLY, to: to(Y, 'keep', 'ja'), subject: 'AI generated answer / AI による回答', date: utc('2026-02-03 05:35:20'), enc: 'utf8qp',
    text: `Generated by AI - 生成 AI の回答

Recommended: Merge Accounts tool
Where: Certification Account > Profile > Merge Accounts
条件: 統合元アカウントのサインイン情報が必要です
注意: 統合後は元に戻せません

うまくいかない場合は Create case からお問い合わせください。`,
    html: `<p><i>Generated by AI - 生成 AI の回答</i></p>
<ul>
<li><b>Recommended:</b> Merge Accounts tool</li>
<li><b>Where:</b> Certification Account &gt; Profile &gt; Merge Accounts</li>
<li><b>条件:</b> 統合元アカウントのサインイン情報が必要です</li>
<li><b>注意:</b> 統合後は元に戻せません</li>
</ul>
<p>うまくいかない場合は Create case からお問い合わせください。</p>`,
  }),
  mk({
    slug: 'm-ai-otherauth', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'otherOnly',
    note: 'AI answer whose only authentication verdict comes from another server (mx.google.com) below our Received line',
    from: NOREPLY, to: to(M, 'keep', 'ja'), subject: 'AI 回答: Merge Accounts ツールのご案内', date: utc('2026-03-02 00:01:30'), enc: 'jisb64',
    text: `以下は自動生成された回答です。

推奨: Merge Accounts(アカウントの統合)ツール
手順: サインイン → プロフィール → アカウントの統合 → 統合元の認証情報を入力
所要時間: 数分
補足: 両方に認定があるときはサポートへ

解決しない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'k-ai-nocase', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer that says no case has been created yet; uses receipt words without being a receipt',
    from: NOREPLY, to: to(K, 'keep', 'ja'), subject: '回答候補をお送りします(ケース未作成)', date: utc('2026-01-08 02:09:58'), enc: 'jis7',
    text: `※ まだケースは作成されていません。受付番号も発行されていません。

AI が提案する解決策:
  1) 認定ポータルのプロフィールから「アカウントの統合」を実行
  2) 統合元のログインメールとパスワードを入力
  3) 画面の指示に従って完了

この方法で解決しない場合のみ、ページ下部の「ケースを作成」を押してください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'k-info-table', kind: 'info_request', lang: 'ja', caseId: K.caseId,
    note: 'support asks for a table of details for both accounts (IDs, addresses, which to keep)',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-09 03:27:44'), enc: 'jis7',
    text: `渡辺 健二 様

AWS トレーニングと認定カスタマーサービスの藤井です。
統合作業の前に、次の表の空欄を埋めてご返信ください。

項目                         | アカウント A | アカウント B
-----------------------------+--------------+--------------
AWS 候補 ID                  |              |
ログイン用メールアドレス     |              |
認定通知用メールアドレス     |              |
Skill Builder のメール       |              |
残す / 統合元                |              |

どちらか一方は必ず「残す」としてください。

藤井
AWS Training and Certification

${sfRef('K01a9')}`,
  }),
  mk({
    slug: 'y-info-which', kind: 'info_request', lang: 'ja', caseId: Y.caseId,
    note: 'support shows each account\'s items and asks which account to keep',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-04 07:02:19'), enc: 'utf8qp',
    text: `田中様

お待たせしました。お名前で検索したところ、次の 2 件が見つかりました。

[1] ${Y.keepId} / ${Y.keep}
    - AWS Certified Cloud Practitioner (2024-06-11 取得)
    - 特典: 50% 割引バウチャー 1 件 (未使用)
[2] ${Y.srcId} / ${Y.src}
    - AWS Certified Solutions Architect - Associate (2023-09-27 取得)
    - AWS Certified Developer - Associate (2025-01-15 取得)
    - 特典: 50% 割引バウチャー 1 件 (未使用)

どちらを残すか、番号でお知らせください。

AWS Training and Certification
岡本`,
  }),
  mk({
    slug: 'm-info-confirmword', kind: 'info_request', lang: 'ja', caseId: M.caseId, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the address to keep: information, not consent',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-03 01:15:36'), enc: 'sjis8',
    text: `小林様

ご連絡ありがとうございます。担当の Kaito です。

下記 3 点をご確認のうえお知らせください。
 (1) 残すアカウントのログインメール: ______
 (2) 統合元アカウントの候補 ID: AWS________
 (3) 統合元で予約中の試験の有無: あり / なし

いただいた内容をもとに次のご案内をいたします。

Kaito
AWS Training and Certification`,
  }),
  mk({
    slug: 'k-info-second', kind: 'info_request', lang: 'ja', caseId: K.caseId,
    note: 'second request for one missing field, above a Gmail-style quote of the user\'s answer',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-10 04:48:02'), enc: 'jisb64',
    text: `渡辺様

表のご記入ありがとうございます。1 点だけ不足しています。

 不足: アカウント B の認定通知用メールアドレス
 受領済み: 候補 ID x2、ログインメール x2、残すアカウント

こちらだけ追記してご返信ください。

藤井

2026年1月9日(金) 21:05 渡辺 健二 <${K.keep}>:
${quote(`藤井様
記入しました。
A: ${K.keepId} / ${K.keep} / 残す
B: ${K.srcId} / ${K.src} / 統合元
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'y-info-outlook', kind: 'info_request', lang: 'ja', caseId: Y.caseId,
    note: 'asks the user to write from the kept address and include both candidate IDs; Outlook quote block below',
    from: SUPPORT, to: to(Y, 'src', 'ja'), cc: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-05 02:31:55'), enc: 'utf8b64',
    text: `田中様

本人確認のため、残す側のアドレス (${Y.keep}) から、以下を添えてご返信ください。
・両方の候補 ID
・お名前 (ローマ字)

現在いただいているメールは統合元のアドレスから届いております。

AWS Training and Certification / 岡本

差出人: 田中 結衣 <${Y.src}>
送信日時: 2026年2月4日 18:40
宛先: ${SUPPORT_BARE}
件名: ${formSubject(Y.caseId)}

[2] を残してください。`,
  }),
  mk({
    slug: 'm-info-dates', kind: 'info_request', lang: 'ja', caseId: M.caseId,
    note: 'asks for pass dates per certification in a fill-in list (with a typo)',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-04 06:09:12'), enc: 'jis7',
    text: `小林様

統合元アカウントの特定のため、お手元の記録で以下を埋めていただけますか。

  認定名                         取得日        認定番号
  SysOps Administrator          ____/__/__    ________
  Security - Specialty          ____/__/__    ________
  Cloud Practitioner            ____/__/__    ________

わかる範囲で構いません、ご返信をお待ちしておりまう。

Kaito`,
  }),
  mk({
    slug: 'y-info-phish', kind: 'info_request', lang: 'ja', caseId: Y.caseId, trusted: false, auth: 'none',
    note: 'forged request for credentials from a look-alike domain',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.co.jp-support.com>', to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: jst('2026-02-05 23:10:41'), enc: 'sjisb64',
    text: `田中様

統合手続きのため、次の情報を本メールにご記入ください。

 - 統合元アカウントのパスワード:
 - 統合先アカウントのパスワード:
 - 生年月日:

24 時間以内にご返信がない場合、手続きは取り消されます。`,
  }),
  mk({
    slug: 'k-info-notyet', kind: 'info_request', lang: 'ja', caseId: K.caseId, trap: true,
    note: 'says the merge cannot go ahead yet and asks for the source login address; negated merge words',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-11 00:56:30'), enc: 'utf8qp',
    text: `渡辺様

確認したところ、統合はまだ実施できない状態です。

 状態: 保留
 理由: アカウント B のログインメールがお知らせの内容と一致しない
   お知らせいただいたもの: ${K.src}
   登録されているもの: k.watanabe@hq.example.co.jp(ハイフンなし?)

正しいログインメールをお知らせいただけますか。確認でき次第、次の手順に進みます。

藤井`,
  }),
  mk({
    slug: 'y-info-html', kind: 'info_request', lang: 'ja', caseId: Y.caseId,
    note: 'HTML-only ISO-2022-JP table marking the fields still missing',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-06 08:12:40'), enc: 'jisb64',
    html: `<html><body>
<p>田中様</p>
<p>お手数ですが、下表の「未記入」の欄をお知らせください。</p>
${htable([['項目', '残すアカウント', '統合元'], ['候補 ID', Y.keepId, '未記入'], ['ログインメール', Y.keep, Y.src], ['認定通知メール', '未記入', '未記入']])}
<p>AWS Training and Certification<br>岡本</p>
</body></html>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'k-confirm-beforeafter', kind: 'confirmation_request', lang: 'ja', caseId: K.caseId,
    note: 'before/after table of what moves and a request to agree by reply; irreversible',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-12 02:40:18'), enc: 'jis7',
    text: `渡辺様

情報が揃いました。統合後の状態は次のとおりになります。

                 統合前                       統合後
  ${K.keepId}   SAA (2024/05/20)             SAA, SAP, DVA, CLF
  ${K.srcId}   SAP, DVA, CLF                (無効化)
  バウチャー     A: 1 件 / B: 1 件            A: 2 件
  Credly         A: 1 / B: 3                  A へ寄せる

この作業は取り消しができません。
上記の内容でよろしければ、このメールに「同意します」とご返信ください。

藤井`,
  }),
  mk({
    slug: 'y-confirm-list', kind: 'confirmation_request', lang: 'ja', caseId: Y.caseId,
    note: 'lists the certifications, voucher and badges that will move and asks for approval',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-07 03:03:03'), enc: 'utf8qp',
    text: `田中様

以下の内容で統合を進めてよろしいでしょうか。

移動するもの (${Y.srcId} → ${Y.keepId}):
  ・Solutions Architect - Associate / 2023-09-27 / 有効期限 2026-09-27
  ・Developer - Associate / 2025-01-15 / 有効期限 2028-01-15
  ・50% 割引バウチャー x1
  ・Credly バッジ x2
残るもの: Cloud Practitioner (2024-06-11)

一度統合すると元には戻せません。よろしければご返信で承認をお願いします。

岡本`,
  }),
  mk({
    slug: 'm-confirm-kv', kind: 'confirmation_request', lang: 'ja', caseId: M.caseId,
    note: 'key/value summary followed by a request for consent',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-05 05:30:00'), enc: 'sjis8',
    text: `小林様

統合先: ${M.keepId} (${M.keep})
統合元: ${M.srcId} (${M.src})
移行対象: 認定 3 件 / バウチャー 1 件
作業後の統合元: サインイン不可

この操作は元に戻すことができません。承認いただける場合は、その旨をご返信ください。

Kaito`,
  }),
  mk({
    slug: 'k-confirm-thread', kind: 'confirmation_request', lang: 'ja', caseId: K.caseId,
    note: 'renewed consent request after the address fix, above a Salesforce original-message block',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-13 01:11:49'), enc: 'jisb64',
    text: `渡辺様

訂正後のアドレスで照合できました。

  A ${K.keepId} : 残す
  B ${K.srcId} : 統合元 (k.watanabe@hq.example.co.jp)

最終確認です。統合は取り消せませんので、進めてよい場合のみ「はい」とご返信ください。

藤井

${sfOriginal(`渡辺 健二 <${K.keep}>`, '2026/01/12 22:17', SUPPORT_BARE, formSubject(K.caseId), 'ログインメールはハイフンなしの方でした。失礼しました。')}`,
  }),
  mk({
    slug: 'y-confirm-alt', kind: 'confirmation_request', lang: 'ja', caseId: Y.caseId,
    note: 'consent request in multipart/alternative with an HTML table of the items moving',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-07 03:05:11'), enc: 'utf8b64',
    text: `田中様

[統合内容]
SAA-C03 : ${Y.srcId} → ${Y.keepId}
DVA-C02 : ${Y.srcId} → ${Y.keepId}
CLF-C02 : ${Y.keepId} (変更なし)

ご同意のご返信をいただいた時点で作業を開始します。取り消しはできません。`,
    html: `<p>田中様</p>
${htable([['認定', '現在', '統合後'], ['SAA-C03', Y.srcId, Y.keepId], ['DVA-C02', Y.srcId, Y.keepId], ['CLF-C02', Y.keepId, '変更なし']])}
<p>ご同意のご返信をいただいた時点で作業を開始します。取り消しはできません。</p>`,
  }),
  mk({
    slug: 'm-confirm-dmarcfail', kind: 'confirmation_request', lang: 'ja', caseId: M.caseId, trusted: false, auth: 'fail',
    note: 'consent request whose topmost verdict is dmarc=fail',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-05 06:44:27'), enc: 'jis7',
    text: `小林様

以下で統合します。問題なければ「承認」とだけご返信ください。

 - 認定 3 件を ${M.keepId} へ
 - 統合元 ${M.srcId} は閉鎖

元に戻すことはできません。`,
  }),
  mk({
    slug: 'm-confirm-conditional', kind: 'confirmation_request', lang: 'ja', caseId: M.caseId, trap: true,
    note: 'consent request that also says what happens once the merge is done (future tense)',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-05 05:31:40'), enc: 'utf8qp',
    text: `小林様

補足です。統合が完了しましたら、次のようになります。
  ・統合元 (${M.srcId}) にはサインインできなくなります
  ・特典のバウチャーは統合先の「特典」タブに表示されます
  ・Credly のバッジは別途ご案内します

上記をご理解のうえ、統合に同意いただけるかご返信ください。

Kaito`,
  }),
  mk({
    slug: 'k-confirm-alias', kind: 'confirmation_request', lang: 'ja', caseId: K.caseId, forUser: false,
    note: 'consent request delivered only to the old company\'s team alias, not to one of the user\'s addresses',
    from: SUPPORT_JA, to: 'AWS 管理チーム <aws-admins@hq.example.co.jp>', subject: formSubject(K.caseId), date: utc('2026-01-12 02:41:00'), enc: 'sjisb64',
    text: `ご担当者様

渡辺 健二 様のアカウント統合について、以下の内容でよろしいかご確認ください。

  統合先: ${K.keepId}
  統合元: ${K.srcId}
  対象: 認定 3 件、バウチャー 1 件

同意いただける場合はご返信ください。この操作は取り消せません。

藤井`,
  }),
  mk({
    slug: 'y-confirm-bottom', kind: 'confirmation_request', lang: 'ja', caseId: Y.caseId,
    note: 'bottom-posted consent request under the quoted customer answer, English boilerplate line',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-06 23:58:01'), enc: 'jis7',
    text: `> 残すのは ${Y.keepId} です。
> 統合元の候補 ID は ${Y.srcId} です。

ありがとうございます。照合できました。

  残す: ${Y.keepId}
  統合元: ${Y.srcId}

Please reply "I agree" to proceed.
「同意します」のご返信で作業に入ります(取り消し不可)。

岡本 / AWS T&C`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'k-merged-counts', kind: 'merge_completed', lang: 'ja', caseId: K.caseId,
    note: 'completion shown as before/after certification counts per account',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-14 06:20:33'), enc: 'jis7',
    text: `渡辺様

作業が終わりました。結果は以下のとおりです。

  アカウント          作業前   作業後
  ${K.keepId} (残す)  認定 1   認定 4
  ${K.srcId} (統合元) 認定 3   認定 0 (無効)

お手数ですが、サインインして表示をご確認ください。

藤井`,
  }),
  mk({
    slug: 'y-merged-badgepending', kind: 'merge_completed', lang: 'ja', caseId: Y.caseId, trap: true,
    note: 'merge done, per-item status shows the Credly badges not moved yet: merge_completed, badge words are a trap',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-09 02:02:45'), enc: 'utf8qp',
    text: `田中様

アカウントの統合を実施しました。

 SAA-C03 ........ ○ 移動済み
 DVA-C02 ........ ○ 移動済み
 バウチャー ..... ○ 移動済み (1 件)
 Credly バッジ .. × 未反映 (数日かかる場合があります)

バッジについては、反映されない場合このケースにご返信ください。

岡本`,
  }),
  mk({
    slug: 'm-portal-merged', kind: 'merge_completed', lang: 'ja', auth: 'dkimParent',
    note: 'certification portal\'s own notice (no case ID) that the accounts were merged; DKIM of the parent domain',
    from: 'AWS 認定 <notifications@email.aws.training>', to: to(M, 'keep', 'ja'), subject: 'AWS 認定アカウントが統合されました', date: utc('2026-03-06 10:00:12'), enc: 'utf8b64',
    html: `<html><body>
<h2>アカウント統合のお知らせ</h2>
${htable([['項目', '値'], ['統合先', M.keepId], ['統合元', M.srcId], ['処理日', '2026-03-06'], ['状態', '完了']])}
<p>統合元の認定と特典は統合先に表示されます。</p>
<p>心当たりがない場合はサポートまでご連絡ください。</p>
</body></html>`,
  }),
  mk({
    slug: 'k-merged-closing', kind: 'merge_completed', lang: 'ja', caseId: K.caseId, trap: true,
    note: 'completion that also says the case will be closed: the merge is the new fact',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-14 06:25:50'), enc: 'sjis8',
    text: `渡辺様

 [完了] ${K.srcId} → ${K.keepId} の統合
 [完了] 50% 割引バウチャー 1 件の移動
 [-]    本ケースはこのあとクローズします

何かあれば、このメールへの返信で再オープンできます。

藤井`,
  }),
  mk({
    slug: 'y-merged-quoted', kind: 'merge_completed', lang: 'ja', caseId: Y.caseId,
    note: 'completion above a Gmail quote of the user\'s consent',
    from: SUPPORT, to: to(Y, 'keep', 'ja'), subject: formSubject(Y.caseId), date: utc('2026-02-09 01:58:12'), enc: 'jisb64',
    text: `田中様

ご同意ありがとうございました。${Y.keepId} への統合が完了しています。

 保有認定 (統合後): CLF-C02 / SAA-C03 / DVA-C02
 特典: 50% 割引バウチャー x2

岡本

2026年2月7日(土) 13:20 田中 結衣 <${Y.keep}>:
${quote('同意します。よろしくお願いいたします。\n\niPhoneから送信')}`,
  }),
  mk({
    slug: 'k-merged-forged', kind: 'merge_completed', lang: 'ja', caseId: K.caseId, trusted: false, auth: 'forgedBelow',
    note: 'completion notice with a dmarc=pass header planted below the server\'s Received line',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-13 22:05:19'), enc: 'utf8b64',
    text: `渡辺様

統合を完了しました。

 統合先: ${K.keepId}
 移動した認定: 3
 移動した特典: 1

確認のため、以下のリンクから再度サインインしてください。
https://aws-training.example-verify.net/signin`,
  }),
  mk({
    slug: 'm-merged-checklist', kind: 'merge_completed', lang: 'ja', caseId: M.caseId,
    note: 'completion with a checklist asking the user to look things over; still the completion',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-06 09:41:08'), enc: 'utf8qp',
    text: `小林様

統合の処理を終えました。以下をご確認いただければ幸いです。

[ ] 認定: SOA-C02 / SCS-C02 / CLF-C02 が ${M.keepId} に表示される
[ ] 特典: バウチャーが「特典」タブにある
[ ] 試験履歴: 統合元の受験記録が見える

Kaito`,
    html: `<p>小林様</p><p>統合の処理を終えました。以下をご確認いただければ幸いです。</p>
<ul>
<li>認定: SOA-C02 / SCS-C02 / CLF-C02 が ${M.keepId} に表示される</li>
<li>特典: バウチャーが「特典」タブにある</li>
<li>試験履歴: 統合元の受験記録が見える</li>
</ul><p>Kaito</p>`,
  }),
  mk({
    slug: 'k-merged-mixed', kind: 'merge_completed', lang: 'ja', caseId: K.caseId,
    note: 'Japanese completion with an English status block and a typo',
    from: SUPPORT_JA, to: to(K, 'keep', 'ja'), subject: formSubject(K.caseId), date: utc('2026-01-14 06:18:00'), enc: 'jis7',
    text: `渡辺様

統合作業がか完了しました。

Status: Completed
Source: ${K.srcId}
Target: ${K.keepId}
Certifications moved: SAP-C02, DVA-C02, CLF-C02

藤井`,
  }),
  mk({
    slug: 'm-merged-outlook', kind: 'merge_completed', lang: 'ja', caseId: M.caseId,
    note: 'completion on top of a long Outlook-quoted thread (差出人/送信日時 blocks)',
    from: SUPPORT, to: to(M, 'keep', 'ja'), subject: formSubject(M.caseId), date: utc('2026-03-06 09:40:00'), enc: 'sjisb64',
    text: `小林様

統合済みです。

  ${M.srcId} の認定 3 件 → ${M.keepId} へ移動
  バウチャー 1 件 → 移動

Kaito

________________________________
差出人: 小林 誠 <${M.keep}>
送信日時: 2026年3月5日 15:02
宛先: ${SUPPORT_BARE}
件名: ${formSubject(M.caseId)}

承認します。

________________________________
差出人: AWS Training and Certification <${SUPPORT_BARE}>
送信日時: 2026年3月5日 14:30
宛先: 小林 誠 <${M.keep}>
件名: ${formSubject(M.caseId)}

統合先: ${M.keepId} (${M.keep})
統合元: ${M.srcId} (${M.src})
この操作は元に戻すことができません。`,
  }),
];
