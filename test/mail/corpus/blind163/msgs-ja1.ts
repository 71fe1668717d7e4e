// Set ff, Japanese part 1: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import {
  CASE, D, FORM, HANAKO, ITO, KIMURA, KIMURA_ASK, NAKAMURA, NAKAMURA_ASK, ITO_ASK, NOREPLY, TARO,
  formSubj, gmailJa, htable, mk, outlookJa, paras, q, ref, sf,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-kimura', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimura,
    note: 'automatic receipt of the new case: case ID, received-at, 24h target, as a 4-line list',
    from: NOREPLY, to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: `[CASE ${CASE.kimura}] お問い合わせを受け付けました`, date: D('2026-10-05 01:22:10', '+0000'), enc: 'jis7',
    text: `${KIMURA.ja} 様

AWS サポートへのお問い合わせを受け付けました。内容は以下のとおりです。

  ケースID     : ${CASE.kimura}
  受付日時     : 2026/10/05 10:22 (JST)
  カテゴリー   : AWS トレーニングと認定 / アカウント
  回答の目安   : 24時間以内

担当者からの連絡は、このメールアドレス宛にお送りします。
同じ内容で新しいケースを作成されますと回答が遅れますので、追加の情報は本メールへの返信でお寄せください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-nakamura', kind: 'acknowledgement', lang: 'ja', caseId: CASE.nakamura,
    note: 'HTML+text receipt: 3-row table (case no., opened, status "受付済み"), nothing asked',
    from: NOREPLY, to: NAKAMURA.keep,
    subject: `ケース ${CASE.nakamura} を作成しました - AWS Training and Certification`, date: D('2026-11-02 05:03:41', '+0000'), enc: 'utf8b64',
    text: `中村 美咲 様

ケースが作成されました。

| 項目 | 内容 |
| ケース番号 | ${CASE.nakamura} |
| 作成日 | 2026年11月2日 |
| ステータス | 受付済み（担当者の割り当て待ち） |

通常1営業日以内に担当者よりご連絡いたします。
※このメールは送信専用アドレスから配信されています。`,
    html: `<html><body><p>中村 美咲 様</p><p>ケースが作成されました。</p>
${htable([['項目', '内容'], ['ケース番号', CASE.nakamura], ['作成日', '2026年11月2日'], ['ステータス', '受付済み（担当者の割り当て待ち）']])}
<p>通常1営業日以内に担当者よりご連絡いたします。</p><p style="color:#888">※このメールは送信専用アドレスから配信されています。</p></body></html>`,
  }),
  mk({
    slug: 'ja-ack-ito', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ito,
    note: 'receipt that lists the 3 fields it received (name, company, candidate ID); no request',
    from: FORM, to: `${ITO.ja} <${ITO.keep}>`,
    subject: `[CASE ${CASE.ito}] 受付完了のお知らせ`, date: D('2026-11-16 23:48:02', '+0000'), enc: 'sjis8',
    text: `伊藤 翔 様

フォームからのお問い合わせ（ケース番号 ${CASE.ito}）を受領いたしました。
受領した入力項目は次の3件です。

  1. 氏名: 伊藤 翔
  2. 会社名: (未入力)
  3. AWS 候補 ID: ${ITO.keepId}

順番に対応しておりますので、担当者からのご連絡まで今しばらくお待ちください。

AWS Training and Certification カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-taro-checklist', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'receipt; the 4-item "have these ready" checklist is advice, not a request for a reply',
    from: NOREPLY, to: `${TARO.ja} <${TARO.keep}>`,
    subject: `AWS サポート: ケース ${CASE.taro} の受付`, date: D('2026-11-24 02:10:55', '+0000'), enc: 'jisb64',
    text: `山田 太郎 様

ケース ${CASE.taro} を受け付けました（受付 2026/11/24 11:10）。

担当者の確認をスムーズにするため、お手元に次の4点をご用意いただくとスムーズです。
このメールへのご返信は不要です。

  [1] 各アカウントの AWS 候補 ID
  [2] 各アカウントのサインイン用メールアドレス
  [3] 保有している認定資格の一覧
  [4] 未使用の特典（割引バウチャー等）の有無

回答までの目安: 1-2営業日

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-forged-co', kind: 'acknowledgement', lang: 'ja', caseId: '1780091234', trusted: false,
    note: 'receipt shape from a look-alike domain (aws-support-center.co): not a trusted sender',
    from: 'AWS サポートセンター <case-desk@aws-support-center.co>', to: KIMURA.keep,
    subject: '[CASE 1780091234] お問い合わせ受付 (1件)', date: D('2026-10-05 03:40:19', '+0000'), enc: 'utf8qp',
    text: `お客様

お問い合わせ1件を受け付けました。

ケースID: 1780091234
受付件数: 1件
対応予定: 48時間以内

ケースの状況は下記ページで確認できます（ログインが必要です）。
https://aws-support-center.co/case/1780091234

AWSサポートセンター`,
  }),
  mk({
    slug: 'ja-ack-kimura-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimuraDup,
    note: 'receipt of a second (duplicate) case: it is still an automatic receipt with its own ID',
    from: NOREPLY, to: KIMURA.keep,
    subject: `[CASE ${CASE.kimuraDup}] お問い合わせを受け付けました`, date: D('2026-10-06 22:15:37', '+0000'), enc: 'jis7',
    text: `木村 健一 様

新しいケースを受け付けました。

  ケースID: ${CASE.kimuraDup}
  受付日時: 2026/10/07 07:15 (JST)
  現在このアドレスでオープン中のケース: 2件

回答の目安は24時間以内です。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-hanako-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako,
    note: 'receipt whose subject has no ID; case number only in the body, reply target in hours',
    from: NOREPLY, to: HANAKO.keep,
    subject: 'お問い合わせありがとうございます', date: D('2026-12-01 08:31:12', '+0000'), enc: 'sjisb64',
    text: `佐藤 花子 様

AWS へのお問い合わせありがとうございます。
以下の番号でお問い合わせを承りました。

  お問い合わせ番号 ${CASE.hanako}

平日は24時間以内、休日を挟む場合は最大48時間で担当者よりご連絡します。
今後のやり取りでは上記の番号をお使いください。

アマゾン ウェブ サービス ジャパン`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-kimura-selfservice', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated suggestion to try the self-service tool, with its 3 conditions',
    from: NOREPLY, to: KIMURA.keep,
    subject: 'AWS サポート: ご質問への自動回答', date: D('2026-10-05 01:18:44', '+0000'), enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる場合があります。

ご質問: 認定アカウントが2つあるので1つにしたい

回答:
AWS 認定ポータルのプロフィールにある「アカウントの統合」ツールをお試しください。
次の3つの条件をすべて満たす場合、ご自身で統合できます。

  1. 両方のアカウントにサインインできる
  2. 統合元のアカウントに認定資格の履歴がない
  3. 予約中の試験が0件である

条件を満たさない場合は、この画面の「ケースを作成」から担当者にお問い合わせください。

この回答は役に立ちましたか? [はい] [いいえ]`,
  }),
  mk({
    slug: 'ja-ai-nakamura-html', kind: 'ai_answer', lang: 'ja',
    note: 'automated answer (HTML) listing 2 self-service steps and the case-creation fallback',
    from: NOREPLY, to: NAKAMURA.keep,
    subject: 'AIアシスタントからの回答', date: D('2026-11-02 04:55:09', '+0000'), enc: 'utf8b64',
    text: `AI アシスタントの回答（自動生成）

重複した認定アカウントは、次の2ステップで統合できる場合があります。
1. 残したいアカウントでサインインし、プロフィール > アカウントの統合 を開く
2. もう一方のアカウントのメールアドレスを入力し、画面の指示に従う

ツールで統合できない場合は「ケースを作成」を選択してください。`,
    html: `<html><body><div style="border-left:4px solid #ff9900;padding:8px"><b>AI アシスタントの回答（自動生成）</b></div>
<p>重複した認定アカウントは、次の2ステップで統合できる場合があります。</p>
<ol><li>残したいアカウントでサインインし、プロフィール &gt; アカウントの統合 を開く</li>
<li>もう一方のアカウントのメールアドレスを入力し、画面の指示に従う</li></ol>
<p>ツールで統合できない場合は「ケースを作成」を選択してください。</p></body></html>`,
  }),
  mk({
    slug: 'ja-ai-ito-aftermerge', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer that explains the 3 things that move after a merge; still an AI answer',
    from: NOREPLY, to: ITO.keep,
    subject: 'Amazon Q による回答: アカウント統合について', date: D('2026-11-16 23:40:30', '+0000'), enc: 'sjis8',
    text: `※この回答は AI によって自動生成されています。

統合が完了すると、統合元アカウントから次の3種類の情報が移行されます。
  - 認定資格（取得日・有効期限を含む）
  - 特典（50%割引バウチャーなど）
  - 試験履歴

デジタルバッジは統合後に Credly 側で受け取り直す必要がある場合があります。
セルフサービスの統合ツールが使えない場合は、サポートケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-taro-badges', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer about badges not moving: 2 steps to try; no agent, no case news',
    from: NOREPLY, to: TARO.keep,
    subject: '自動回答: Credly バッジが表示されない', date: D('2026-11-24 02:02:13', '+0000'), enc: 'jisb64',
    text: `自動応答システムからのご案内です。

バッジが移行されていないように見える場合、次の2点をお試しください。
  (1) 統合先アカウントのメールアドレスで Credly にサインインしているか確認する
  (2) Credly から届いた「バッジを入手する」メールのリンクを開き、バッジを受け取る

それでも解決しない場合は、下のボタンからケースを作成できます。

[ケースを作成]`,
  }),
  mk({
    slug: 'ja-ai-hanako-qp', kind: 'ai_answer', lang: 'ja',
    note: 'AI answer: use the Merge Accounts tool, 4-line list of what to enter',
    from: NOREPLY, to: HANAKO.keep,
    subject: 'AWS サポート - 生成AIによる回答', date: D('2026-12-01 08:20:48', '+0000'), enc: 'utf8qp',
    text: `生成AIによる回答です。正確さは保証されません。

アカウントの統合ツールでは、次の4項目を入力します。
・残すアカウント: サインイン中のアカウント
・統合するアカウントのメールアドレス
・統合するアカウントのパスワード
・確認コード（メールで届く6桁）

ツールがエラーになる場合や、両方に認定履歴がある場合は、ケースを作成してお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-ito-case', kind: 'ai_answer', lang: 'ja', caseId: CASE.ito,
    note: 'automated first answer posted on the open case (bot), points to the tool; agent not yet involved',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.ito), date: D('2026-11-17 00:05:00', '+0000'), enc: 'utf8b64',
    text: `伊藤 様

(自動返信) このメッセージはケース内容をもとに自動で作成されています。

ご依頼は「認定アカウントの統合」と判定されました。多くの場合、次の手順で解決します。
  ステップ1/2: 認定ポータル > プロフィール > アカウントの統合
  ステップ2/2: 統合するアカウントの情報を入力して送信

この手順で解決した場合、対応は不要です。解決しない場合は、担当者が順次確認します。

${ref('0Ai7Ito')}`,
  }),
  mk({
    slug: 'ja-ai-kimura-voucher', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer on vouchers after a merge (50%, 1 per exam); explaining the merge is still ai_answer',
    from: NOREPLY, to: KIMURA.keep,
    subject: 'AI による回答: 割引バウチャーの扱い', date: D('2026-10-05 01:20:02', '+0000'), enc: 'jis7',
    text: `本回答は AI によるものです。

アカウント統合後の特典について:
  - 50%割引バウチャーは統合先アカウントへ移行されます
  - 1回の試験に使えるバウチャーは1枚です
  - 有効期限は発行日から変わりません

詳細は担当者へのお問い合わせで確認できます。`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-kimura-blanks', kind: 'info_request', lang: 'ja', caseId: CASE.kimura,
    note: 'agent asks for 4 numbered items with blanks to fill',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-06 02:44:18', '+0000'), enc: 'jis7',
    text: `木村 様

お問い合わせいただきありがとうございます。担当の北村です。
統合の手続きを進めるにあたり、下記4項目をご記入のうえ、本メールにご返信ください。

  1. 統合元アカウントの AWS 候補 ID: ____________
  2. 統合元アカウントのサインイン用メールアドレス: ____________
  3. 統合先アカウントの認定通知用メールアドレス: ____________
  4. 統合先として残すアカウント（1 または 2）: ____

よろしくお願いいたします。
AWS Training and Certification 北村

${sf(KIMURA.keep, '2026-10-05 01:22', FORM, '[AWS Training and Certification Form Submission] - account-assistance', KIMURA_ASK)}

${ref('0Ki3mur')}`,
  }),
  mk({
    slug: 'ja-info-nakamura-keep', kind: 'info_request', lang: 'ja', caseId: CASE.nakamura,
    note: 'asks which of 2 accounts to keep plus 2 more details',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-03 07:12:00', '+0000'), enc: 'utf8b64',
    text: `中村 美咲 様

ご連絡ありがとうございます。
確認したところ、お客様のお名前で認定アカウントが2件見つかりました。

  アカウントA: ${NAKAMURA.keepId}（資格 1件）
  アカウントB: ${NAKAMURA.srcId}（資格 2件、バウチャー 1枚）

次の3点をお知らせいただけますでしょうか。
  - どちらのアカウントを残すか（A / B）
  - 残すアカウントで今後使うメールアドレス
  - アカウントBでの最後の受験日（おおよそで構いません）

ご返信をお待ちしております。

${gmailJa('2026-11-02 13:58', `中村 美咲 <${NAKAMURA.keep}>`, NAKAMURA_ASK)}`,
  }),
  mk({
    slug: 'ja-info-ito-confirmwords', kind: 'info_request', lang: 'ja', caseId: CASE.ito, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the 2 addresses: information, not consent',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.ito), date: D('2026-11-18 01:30:26', '+0000'), enc: 'sjis8',
    text: `伊藤 様

担当の森でございます。
統合作業の前に、以下2件のメールアドレスをご確認のうえお知らせください。

  (a) 統合先アカウントのサインイン用メールアドレス
  (b) 統合元アカウント（大学）の認定通知用メールアドレス

ポータル上の表示と1文字でも異なりますと、統合を進められません。
お手数をおかけしますが、よろしくお願いいたします。

森

${q(ITO_ASK)}`,
  }),
  mk({
    slug: 'ja-info-taro-twopoints', kind: 'info_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: '"2点をご確認いただきご返信ください" asks for an address and a benefit choice: info',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-11-25 04:05:51', '+0000'), enc: 'jisb64',
    text: `山田 太郎 様

いつもお世話になっております。
アカウント統合のご依頼につきまして、以下2点をご確認いただき、ご返信いただけますと幸いです。

1. 統合後に使用するメールアドレス（現在の候補: ${TARO.keep}）で間違いないか
2. 統合元に残っている50%割引バウチャー2枚のうち、期限切れの1枚も移行を希望されるか

いただいた回答をもとに、統合内容をまとめてご案内します。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-info-ito-history', kind: 'info_request', lang: 'ja', caseId: CASE.ito,
    note: 'exam history table shows 1 of 2 records under another name; asks for spelling and pass date',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.ito), date: D('2026-11-19 06:20:40', '+0000'), enc: 'jis7',
    text: `伊藤 様

ご返信ありがとうございます。統合元の受験履歴を確認しました。

  受験日       試験                結果   登録氏名
  2024/02/10   CLF-C02             合格   ITO SHO
  2025/07/22   SAA-C03             合格   ITOH SHOU

2件のうち1件は登録氏名の表記が異なります。
本人確認のため、次をお送りください。
  - 2025/07/22 受験時に使用した氏名のローマ字表記
  - 合格通知メールの受信日（わかる範囲で）

森`,
  }),
  mk({
    slug: 'ja-info-phish-password', kind: 'info_request', lang: 'ja', caseId: '1784990000112', trusted: false,
    note: 'asks for IDs and a password from a look-alike domain: info_request shape, untrusted',
    from: 'AWS Training and Certification <support@amazon-certification-help.com>', to: NAKAMURA.keep,
    subject: 'RE:[CASE 1784990000112] アカウント統合に必要な情報（3項目）', date: D('2026-11-03 11:02:17', '+0000'), enc: 'utf8qp',
    text: `中村様

アカウント統合のため、以下の3項目を24時間以内にご返信ください。
期限を過ぎると申請は無効になります。

1. AWS 候補ID（両アカウント）: ______
2. サインイン用メールアドレス: ______
3. 現在のパスワード: ______

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-kimura-onemore', kind: 'info_request', lang: 'ja', caseId: CASE.kimura,
    note: '"3 of 4 items received, 1 still missing": asks for the missing item',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-07 01:10:09', '+0000'), enc: 'jis7',
    text: `木村 様

ご返信ありがとうございます。4項目のうち3項目を受領しました。

  1. 統合元 AWS 候補 ID ............ 受領済み (${KIMURA.srcId})
  2. 統合元サインイン用アドレス ....... 受領済み
  3. 統合先の認定通知用アドレス ....... 未記入
  4. 残すアカウント .................. 受領済み (1)

残り1項目（3番）をお知らせいただけますか。
北村

${gmailJa('2026-10-06 21:03', `木村 健一 <${KIMURA.keep}>`, `1. ${KIMURA.srcId}\n2. ${KIMURA.src}\n3.\n4. 1`)}`,
  }),
  mk({
    slug: 'ja-info-hanako-writefromkeep', kind: 'info_request', lang: 'ja', caseId: CASE.hanako,
    note: 'asks her to write from the kept address AND to include both candidate IDs: info_request',
    from: FORM, to: HANAKO.src, cc: HANAKO.keep,
    subject: formSubj(CASE.hanako), date: D('2026-12-02 03:33:03', '+0000'), enc: 'utf88bit',
    text: `佐藤 様

お問い合わせは統合元のアドレスからいただいております。
セキュリティ上の理由により、統合先（残す方）のメールアドレスからご返信いただき、
その際に次の2つの ID を本文に記載してください。

  統合先の候補 ID: AWS________
  統合元の候補 ID: AWS________

ご返信をいただき次第、内容を確認します。

AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-kimura-table', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura,
    note: 'table of what will move (3 certs, 1 benefit, 4 exam records) and a request to consent; irreversible',
    from: FORM, to: KIMURA.keep,
    subject: formSubj(CASE.kimura), date: D('2026-10-08 00:52:31', '+0000'), enc: 'jis7',
    text: `木村 様

情報のご提供ありがとうございました。統合の内容は次のとおりです。

  移行元 ${KIMURA.srcId}  →  移行先 ${KIMURA.keepId}

  | 区分       | 件数 |
  | 認定資格   | 3件  |
  | 特典       | 1件  |
  | 試験履歴   | 4件  |

統合後に元へ戻すことはできません。
上記の内容で進めてよろしければ、その旨を本メールにご返信ください。

北村`,
  }),
  mk({
    slug: 'ja-conf-nakamura-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura,
    note: 'HTML list of 2 certs + 1 voucher to move from B to A; asks "よろしいでしょうか" consent',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura), date: D('2026-11-04 02:18:45', '+0000'), enc: 'utf8b64',
    text: `中村 様

アカウントB（${NAKAMURA.srcId}）をアカウントA（${NAKAMURA.keepId}）へ統合します。対象は以下です。
・AWS Certified Developer - Associate
・AWS Certified SysOps Administrator - Associate
・50%割引バウチャー 1枚（2027/01/31まで）

この内容で統合してよろしいでしょうか。統合は取り消しできませんので、ご同意いただける場合のみご返信ください。`,
    html: `<html><body><p>中村 様</p><p>アカウントB（${NAKAMURA.srcId}）をアカウントA（${NAKAMURA.keepId}）へ統合します。対象は以下です。</p>
<ul><li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li><li>50%割引バウチャー 1枚（2027/01/31まで）</li></ul>
<p>この内容で統合してよろしいでしょうか。統合は取り消しできませんので、ご同意いただける場合のみご返信ください。</p></body></html>`,
  }),
  mk({
    slug: 'ja-conf-ito-after', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'shows the account "after merge" (5 certs) as a preview; asks for consent before doing it',
    from: FORM, to: ITO.keep,
    subject: formSubj(CASE.ito), date: D('2026-11-20 05:41:12', '+0000'), enc: 'sjisb64',
    text: `伊藤 様

氏名表記の件、確認が取れました。
統合後のアカウントは次のようになる予定です。

  統合後の候補 ID : ${ITO.keepId}
  認定資格        : 5件（うち統合元から 1件）
  特典            : 2件
  バッジ          : Credly 上で 2件

まだ統合は行っておりません。
この内容でよろしければ「同意します」とご返信ください。ご返信の確認後に作業いたします。

森`,
  }),
  mk({
    slug: 'ja-conf-taro-7days', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'consent request; the "7 days then on hold" line is a deadline, not a closing notice',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-11-26 01:29:58', '+0000'), enc: 'jisb64',
    text: `山田 様

ご回答ありがとうございます。統合内容を以下にまとめました。

  統合元: ${TARO.srcId}（認定資格 2件 / バウチャー 2枚）
  統合先: ${TARO.keepId}（認定資格 1件）

統合を実行すると元に戻せません。
ご了承いただける場合は、7日以内に本メールへご返信ください。
7日を過ぎた場合は作業を保留とし、改めてご意向をお伺いします。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura, trusted: false,
    note: 'consent request whose only dmarc=pass header sits below the server Received line (forged)',
    from: FORM, to: KIMURA.keep, auth: 'forgedBelow',
    subject: formSubj(CASE.kimura), date: D('2026-10-08 09:14:27', '+0000'), enc: 'jis7',
    text: `木村 様

統合の最終確認です。次の2点に同意いただける場合、下記リンクから「同意」を押してください。

  1. 認定資格3件を ${KIMURA.keepId} へ移すこと
  2. 統合は取り消しできないこと

https://aws-cert-merge-consent.example.net/agree?case=${CASE.kimura}

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-hanako-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako,
    note: 'English boilerplate, Japanese new text: 4-line summary, reply 「同意します」 to consent',
    from: FORM, to: HANAKO.keep,
    subject: formSubj(CASE.hanako), date: D('2026-12-03 06:47:10', '+0000'), enc: 'utf8qp',
    text: `Hello / 佐藤 様

統合先アドレスからのご返信を確認しました。

  統合先: ${HANAKO.keepId}（${HANAKO.keep}）
  統合元: ${HANAKO.srcId}（${HANAKO.src}）
  移行する認定資格: 3件
  移行する特典: 0件

この統合は元に戻すことができません。上記で問題なければ「同意します」とご返信ください。

Please do not change the subject line of this e-mail.
Thank you for contacting AWS Training and Certification.`,
  }),
  mk({
    slug: 'ja-conf-taro-second', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro,
    note: 'after one exchange: restates the 2 accounts and asks the final go-ahead',
    from: FORM, to: TARO.keep,
    subject: formSubj(CASE.taro), date: D('2026-11-27 02:02:02', '+0000'), enc: 'sjis8',
    text: `山田 様

期限切れのバウチャー1枚は移行対象外となります旨、承知いたしました。
最終的な対象は次の3件です。

  ・認定資格 2件
  ・50%割引バウチャー 1枚

${TARO.srcId} → ${TARO.keepId} の統合を実施してよろしいか、ご返信にてお知らせください。

${outlookJa(`山田 太郎 <${TARO.keep}>`, '2026-11-26 18:40', FORM, formSubj(CASE.taro), '期限切れの1枚は不要です。残りの移行をお願いします。\n山田')}`,
  }),
  mk({
    slug: 'ja-conf-nakamura-reminder', kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura, forUser: false,
    note: 'reminder: consent still asked; sent to the old address and redirected (Resent-*), so forUser false',
    from: FORM, to: NAKAMURA.src,
    resent: { from: 'postmaster@partner.example.co.jp', to: NAKAMURA.keep, date: D('2026-11-06 01:06:02', '+0000') },
    subject: formSubj(CASE.nakamura), date: D('2026-11-06 01:05:33', '+0000'), enc: 'jis7',
    text: `中村 様

2日前（11/4）にお送りした統合内容のご確認について、まだご返信をいただいておりません。
対象は資格2件・バウチャー1枚です。
ご同意いただけましたら、このメールへの返信で「同意」とお知らせください。確認後、統合作業に入ります。

AWS Training and Certification`,
  }),
];
