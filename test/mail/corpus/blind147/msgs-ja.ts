// Japanese messages of the ep set: progress told in steps, stages, phases and percentages.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  KENJI,
  KENJI_ASK,
  MISAKI,
  MISAKI_ASK,
  SHO,
  SHO_ASK,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JP,
  bar,
  formSubject,
  gmailJa,
  mk,
  olJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const K = `${KENJI.ja} <${KENJI.keep}>`;
const M = `${MISAKI.ja} <${MISAKI.keep}>`;
const S = `${SHO.ja} <${SHO.keep}>`;
const fsK = formSubject(CASE.kenji);
const fsM = formSubject(CASE.misaki);
const fsS = formSubject(CASE.sho);

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-kenji-step1', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt of the new case, progress shown as step 1 of 4; case ID in subject',
    from: AWS_NOTIFY, to: K, subject: `[ケースID ${CASE.kenji}] お問い合わせを受け付けました`, at: '2026-11-02 09:14:05', tz: '+0900', enc: 'jis7',
    text: `${KENJI.ja} 様

AWS サポートへのお問い合わせを受け付けました。
ケースID: ${CASE.kenji}

お問い合わせの進み具合
  ステップ1/4  受付 ………… 完了  ■□□□
  ステップ2/4  担当者による確認
  ステップ3/4  対応
  ステップ4/4  解決

通常24時間以内に担当者よりご連絡いたします。
同じ内容で新しいケースを作成されますと、かえってご回答が遅れる場合がございます。

本メールは送信専用アドレスから送信しています。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'case-created receipt (multipart), status line says waiting for an agent at 10%',
    from: AWS_NOTIFY, to: M, subject: `ケース ${CASE.misaki} が作成されました`, at: '2026-11-05 21:40:11', tz: '+0900', enc: 'utf8b64',
    text: `小林 美咲 様

サポートケースが作成されました。

ケースID：${CASE.misaki}
件名：AWS認定アカウントについて
現在のステータス：担当者の割り当て待ち（進捗 10%）

ケースの詳細はサポートセンターからご覧いただけます。
このメールへの返信はケースに追加されます。

アマゾン ウェブ サービス ジャパン`,
    html: `<html><body style="font-family:Meiryo,sans-serif">
<p>小林 美咲 様</p>
<p>サポートケースが作成されました。</p>
<table border="0" cellpadding="4">
<tr><td>ケースID</td><td><b>${CASE.misaki}</b></td></tr>
<tr><td>件名</td><td>AWS認定アカウントについて</td></tr>
<tr><td>現在のステータス</td><td>担当者の割り当て待ち（進捗 10%）</td></tr>
</table>
<div style="width:200px;background:#eee"><div style="width:20px;background:#ff9900">&nbsp;</div></div>
<p>ケースの詳細はサポートセンターからご覧いただけます。<br>このメールへの返信はケースに追加されます。</p>
<p>アマゾン ウェブ サービス ジャパン</p>
</body></html>`,
  }),
  mk({
    slug: 'ack-sho-checklist', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt whose checklist names the later steps (merge, badges) as still open: still only the receipt',
    from: SUPPORT, to: S, subject: `[CASE ${CASE.sho}] 受付のお知らせ`, at: '2026-11-09 08:02:44', tz: '+0900', enc: 'sjis8',
    text: `高橋 翔 様

お問い合わせ（ケース番号 ${CASE.sho}）を承りました。

今後の流れ
[x] お問い合わせの受付
[ ] 担当者によるアカウント情報の確認
[ ] アカウント統合作業
[ ] Credly バッジの反映
[ ] ケースのクローズ

現在は一番上の項目のみ完了しております。担当者から追ってご連絡いたします。

AWS Training and Certification カスタマーサポート`,
  }),
  mk({
    slug: 'ack-misaki-second', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup,
    note: 'receipt of a second case that says nothing of its topic: read as a receipt',
    from: AWS_NOTIFY, to: M, subject: `ケースを受け付けました（${CASE.misakiDup}）`, at: '2026-11-06 07:55:30', tz: '+0900', enc: 'jisb64',
    text: `お問い合わせいただきありがとうございます。

ケースID ${CASE.misakiDup} として記録いたしました。
進捗: 受付済み → 担当者割り当て中

担当者からの返信をお待ちください。

AWS サポート`,
  }),
  mk({
    slug: 'ack-kenji-forged', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'pass',
    note: 'receipt look-alike from aws-support-center.jp.net: receipt in meaning, untrusted domain',
    from: 'AWS サポートセンター <no-reply@aws-support-center.jp.net>', to: K, subject: `お問い合わせ受付完了 ケース ${CASE.kenji}`, at: '2026-11-02 09:31:00', tz: '+0900', enc: 'utf8qp',
    text: `${KENJI.ja} 様

お問い合わせを受け付けました（受付番号 ${CASE.kenji}）。
ステップ 1 / 3：受付完了

引き続き、下記ページからログインしてケースの状況をご確認いただけます。
https://aws-support-center.jp.net/case/${CASE.kenji}

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-kenji-bodyid', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, auth: 'dkimonly',
    note: 'receipt with the case ID only in the body, DKIM-only authentication',
    from: SUPPORT_JP, to: K, subject: 'お問い合わせありがとうございます', at: '2026-11-02 09:15:40', tz: '+0900', enc: 'jis7',
    text: `このメールは自動送信されています。

AWS トレーニングと認定へのお問い合わせを受領いたしました。
お問い合わせ番号：${CASE.kenji}

ただいま受付段階です（全3段階中の第1段階）。
担当者より1～2営業日以内にご返信いたします。

すでにケースをお持ちの場合、同じご依頼で別のケースを作成しないでください。`,
  }),
  mk({
    slug: 'ack-sho-100', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'receipt that reports the intake itself at 100%: only the case creation',
    from: AWS_NOTIFY, to: S, subject: `受付処理 100% - ケース ${CASE.sho}`, at: '2026-11-09 08:01:02', tz: '+0900', enc: 'utf8qp',
    text: `高橋様

受付処理：100%  ${bar(1, 1)}
ケース番号 ${CASE.sho} が発行されました。

このあと担当者がお問い合わせ内容を拝見し、メールでご連絡します。
返信の際は件名のケース番号を変更しないでください。

Amazon Web Services サポート`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-kenji-steps', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer giving self-service steps 1-3 for the Merge Accounts tool',
    from: AWS_NOTIFY, to: K, subject: 'ご質問への自動回答', at: '2026-11-02 09:10:12', tz: '+0900', enc: 'jis7',
    text: `この回答は生成AIによって作成されました。

AWS認定アカウントをまとめたい場合、次の手順をお試しください。

ステップ1　AWS認定のポータルに残したいアカウントでサインインします。
ステップ2　プロフィールのメニューから「アカウントの統合」を開きます。
ステップ3　もう一方のアカウントの認証情報を入力し、画面の指示に従います。

両方のアカウントに認定の履歴がある場合、このツールはご利用いただけないことがあります。
その場合は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか？`,
  }),
  mk({
    slug: 'ai-misaki-after', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that explains what happens once merged (badges, benefits): still ai_answer',
    from: AWS_NOTIFY, to: M, subject: 'AIアシスタントからのご案内', at: '2026-11-05 21:33:48', tz: '+0900', enc: 'utf8qp',
    text: `小林 美咲 様

ご入力いただいた内容をもとに、AIアシスタントが解決方法をご提案します。

解決までの流れ（全3ステップ）
1/3  セルフサービスの「Merge Accounts」ツールで統合を試す
2/3  統合が完了すると、認定・特典は残したアカウントにまとまります
3/3  その後 Credly でバッジを受け取り直してください

※ツールでエラーになる場合のみ、サポートへケースを作成してください。

本回答は自動生成されたものです。内容に誤りが含まれる場合があります。`,
  }),
  mk({
    slug: 'ai-sho-sjis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing to the self-service tool and the Create case button',
    from: AWS_NOTIFY, to: S, subject: 'お問い合わせ内容に基づくご提案', at: '2026-11-09 07:58:20', tz: '+0900', enc: 'sjisb64',
    text: `生成AIによる回答です。

候補者IDが2つある場合は、まずセルフサービスの統合ツールをお使いください。
プロフィール > アカウントの統合 の順に進むと、もう一方のアカウントでのサインインを求められます。

解決しない場合は、このページ下部の「ケースを作成」を選んでください。
サインインせずにケースを作成することもできます。`,
  }),
  mk({
    slug: 'ai-kenji-html', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'HTML-only AI answer, tool walkthrough as 1/3..3/3 with a progress bar; mentions the merge outcome',
    from: AWS_NOTIFY, to: K, subject: 'セルフサービスで解決できる可能性があります', at: '2026-11-02 09:11:02', tz: '+0900', enc: 'utf8b64',
    html: `<html><body>
<p><small>この回答は AI が生成しました</small></p>
<h3>アカウント統合ツールの使い方</h3>
<ol>
<li>手順 1/3：統合先のアカウントでサインイン</li>
<li>手順 2/3：［プロフィール］→［アカウントの統合］</li>
<li>手順 3/3：統合元アカウントのメールアドレスとパスワードを入力</li>
</ol>
<p>進捗イメージ：■■■□□□□□□□ 30%</p>
<p>統合が完了すると、資格と特典は統合先に移行されます。ツールで統合できない場合のみ「ケースを作成」を押してください。</p>
</body></html>`,
  }),
  mk({
    slug: 'ai-misaki-caseid', kind: 'ai_answer', lang: 'ja', caseId: CASE.misaki,
    note: 'automated recommended-solution mail attached to the case, not a human reply',
    from: AWS_NOTIFY, to: M, subject: `[ケース ${CASE.misaki}] おすすめの解決策`, at: '2026-11-05 21:41:09', tz: '+0900', enc: 'jisb64',
    text: `このメッセージは自動送信されています（担当者からの返信ではありません）。

ケース ${CASE.misaki} の内容から、次の記事が役に立つ可能性があります。

・AWS認定アカウントを統合するには（セルフサービス）
・サインインできないときの確認ポイント

記事で解決した場合、このケースへのご返信は不要です。
解決しない場合は、担当者の対応をお待ちください。`,
  }),
  mk({
    slug: 'ai-sho-forged', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'failThenForged',
    note: 'AI-answer text, but the topmost A-R says dmarc=fail (a pass verdict is planted lower)',
    from: AWS_NOTIFY, to: S, subject: '自動回答：アカウントの統合について', at: '2026-11-09 07:59:00', tz: '+0900', enc: 'utf8b64',
    text: `AIによる自動回答

アカウントの統合は、次の3つの段階で進められます。
第1段階：セルフサービスツールでの統合
第2段階：ツールが使えない場合のケース作成
第3段階：担当者とのやり取り

まずは第1段階からお試しください。`,
  }),
  mk({
    slug: 'ai-kenji-zero', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'assistant says no case exists yet (progress 0%) and offers the tool: receipt words, not a receipt',
    from: AWS_NOTIFY, to: K, subject: '自動アシスタント：まだケースは作成されていません', at: '2026-11-02 09:09:30', tz: '+0900', enc: 'jis7',
    text: `自動アシスタントです。

進捗：0%（まだケースは作成されていません）

ご入力の内容は「AWS認定アカウントの統合」に該当すると判断しました。
認定ポータルの Merge Accounts ツールで、その場で統合できる場合があります。
ツールを試しても解決しないときは、「ケースを作成」を押すと受付が完了します。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-kenji-step2', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'agent at step 2/4 asks for both candidate IDs, addresses and which account to keep',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-03 10:22:17', tz: '+0900', enc: 'jis7',
    text: `${KENJI.ja} 様

AWS トレーニングと認定カスタマーサポートの中村でございます。

現在、ステップ2/4「アカウント情報の確認」の段階です。
次の段階へ進むため、以下の項目を本メールへの返信でお知らせいただけますでしょうか。

1. 両アカウントの候補者ID（AWS から始まる番号）
2. 両アカウントにご登録のメールアドレス
3. 残すアカウント（統合先）はどちらか

よろしくお願いいたします。
中村

${sfRef('8kQ2x')}

${sfOriginal(KENJI.keep, '2026/11/02 0:14', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', KENJI_ASK)}`,
  }),
  mk({
    slug: 'info-misaki-confirmaddr', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '「ご確認のうえお知らせください」 for the old address: asks for information, uses confirmation words',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-06 15:03:55', tz: '+0900', enc: 'sjis8',
    text: `小林 美咲 様

お問い合わせありがとうございます。担当の伊藤です。

現在のフェーズ：ご本人様確認（2/4）

旧会社のアカウントにご登録のメールアドレスが、いただいた ${MISAKI.src} と一致しておりませんでした。
お手数ですが、登録時のアドレスをご確認のうえお知らせください。

伊藤`,
  }),
  mk({
    slug: 'info-sho-stalled', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'progress stuck at 30% because the source candidate ID is missing; asks without the word お願い',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-10 11:47:09', tz: '+0900', enc: 'utf8qp',
    text: `高橋 翔 様

チェックリスト
[済] お問い合わせの受付
[済] 統合先アカウント ${SHO.keepId} の確認
[未] 統合元アカウントの候補者ID
[未] 統合のご承認

いただいたメッセージに統合元の候補者IDが見当たらず、作業が30%の段階で止まっております。
統合元の候補者IDと、そのアカウントで受験した試験名をご返信いただければ、次の段階に進めます。

AWS Training and Certification サポート　小川

${quote(SHO_ASK)}`,
  }),
  mk({
    slug: 'info-kenji-whichkeep', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks which account to keep, Gmail-quoted reply from the user below',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-04 13:05:41', tz: '+0900', enc: 'jisb64',
    text: `渡辺様

ご返信ありがとうございます。

ステップ2/4の途中です。いただいた2つのアカウントのうち、どちらを残す（統合先とする）か、まだ確認できておりません。
残す方の候補者IDを1行でご指定ください。

中村

${gmailJa('2026年11月3日(火) 22:48 渡辺 健二 <' + KENJI.keep + '>', '', `中村様\n\n候補者IDは ${KENJI.keepId} と ${KENJI.srcId} です。\nよろしくお願いします。`).replace(' :', ':')}`,
  }),
  mk({
    slug: 'info-misaki-phish', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trusted: false,
    note: 'phishing-style request for IDs and password from amazon-certification.support: untrusted info request',
    from: 'AWS認定サポート <support@amazon-certification.support>', to: M, subject: `【要対応】ケース ${CASE.misaki} 進捗 40% で停止中`, at: '2026-11-06 18:20:00', tz: '+0900', enc: 'jis7',
    text: `小林様

統合手続きが 40% の段階で停止しています。
続行するには、以下を24時間以内にご返信ください。

・両アカウントのメールアドレス
・候補者ID
・現在のパスワード

ご返信がない場合、統合は取り消されます。

AWS認定サポート`,
  }),
  mk({
    slug: 'info-sho-writefromkeep', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks to write from the kept address AND to include both IDs: info_request',
    from: SUPPORT, to: `${SHO.ja} <${SHO.src}>`, subject: fsS, at: '2026-11-09 16:30:25', tz: '+0900', enc: 'sjisb64',
    text: `高橋様

本ケースは統合元のアドレス（${SHO.src}）からいただいております。
セキュリティ上、手続きは統合先のアドレスからのご連絡で進めております。

お手数ですが、統合先 ${SHO.keep} から本ケース番号 ${CASE.sho} を件名に入れてご返信いただき、
その際に両方の候補者IDも記載してください。

段階：1/4（ご本人確認前）

サポート担当 小川`,
  }),
  mk({
    slug: 'info-kenji-progressbar', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'multipart mail with a 50% bar and a table of the fields still missing (certification names, dates)',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-04 17:12:03', tz: '+0900', enc: 'utf8b64',
    text: `渡辺 健二 様

進捗：${bar(1, 2)} 50%

統合元アカウントについて、次の情報が不足しております。
・取得済みの認定名
・それぞれの合格日

上記がそろい次第、ご承認の段階へ進みます。
本メールに返信する形でご記入ください。

中村`,
    html: `<div>渡辺 健二 様</div>
<p>進捗：<span style="color:#ff9900">■■■■■</span><span style="color:#ccc">■■■■■</span> 50%</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>項目</th><th>状態</th></tr>
<tr><td>候補者ID</td><td>受領済み</td></tr>
<tr><td>取得済みの認定名</td><td>未受領</td></tr>
<tr><td>合格日</td><td>未受領</td></tr>
</table>
<p>上記がそろい次第、ご承認の段階へ進みます。本メールに返信する形でご記入ください。</p>
<p>中村</p>`,
  }),
  mk({
    slug: 'info-misaki-mixed', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'English boilerplate with a Japanese request for the certification list; new text is Japanese',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-07 10:44:18', tz: '+0900', enc: 'jis7',
    text: `Hello,

Thank you for contacting AWS Training and Certification.

小林様
ステージ 2 / 4 です。統合元アカウントで取得された認定（名称と有効期限）を一覧でいただけますか。
残すアカウントの認定と重複しているものがあれば、それも併せてお書き添えください。

Best regards,
Ito
AWS Training and Certification

${sfRef('3mP9d')}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-kenji-step3', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'step 3/4: awaiting the customer approval; merge cannot be undone, reply to agree',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-05 09:58:33', tz: '+0900', enc: 'jis7',
    text: `渡辺 健二 様

ご提供いただいた情報で確認がとれました。

ステップ3/4：お客様のご承認待ち

統合元 ${KENJI.srcId} の認定・特典を、統合先 ${KENJI.keepId} へ移します。
統合は一度実施すると元に戻すことができません。
この内容で差し支えなければ、本メールに「同意します」とご返信ください。

中村
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-misaki-phase', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: '現在のフェーズ：お客様のご承認待ち, with checklist; asks for consent to the irreversible merge',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-08 14:15:20', tz: '+0900', enc: 'utf8qp',
    text: `小林 美咲 様

現在のフェーズ：お客様のご承認待ち

[x] 本人確認
[x] 統合元・統合先の特定
[ ] お客様のご承認  ← いまここ
[ ] 統合作業

${MISAKI.src} のアカウントを ${MISAKI.keep} にまとめる作業に入ってよろしいでしょうか。
取り消しはできませんので、ご承認いただける場合のみご返信ください。

伊藤`,
  }),
  mk({
    slug: 'conf-sho-75', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'bar at 75%, "最終確認": asks whether to go ahead with the merge',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-11 10:02:10', tz: '+0900', enc: 'sjis8',
    text: `高橋様

■■■□ 75%　最終確認

統合元 ${SHO.srcId} → 統合先 ${SHO.keepId}
統合後は統合元のアカウントにはサインインできなくなり、元に戻すこともできません。

上記で統合してよろしいでしょうか。よろしければその旨ご返信ください。

小川`,
  }),
  mk({
    slug: 'conf-kenji-outlook', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'consent asked without the word 確認 (ひと言お返事を), Outlook-style quoted history below',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-05 16:40:01', tz: '+0900', enc: 'jisb64',
    text: `渡辺様

あと一歩です。統合は取り消しがきかない作業のため、この内容で進めてよいか、ひと言お返事をいただけますか。
お返事を受け取りしだい、最後の段階に入ります。

中村

${olJa(KENJI.keep, '2026年11月5日 12:21', SUPPORT_BARE, 'RE: ' + fsK, `中村様\n\n統合元の認定は SAA と DVA です。\n合格日は 2024/03/08 と 2025/01/20 です。\n\n渡辺`)}`,
  }),
  mk({
    slug: 'conf-misaki-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'forgedBelow',
    note: 'consent request whose only dmarc=pass sits below the server Received line: untrusted',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-08 15:00:00', tz: '+0900', enc: 'utf8b64',
    text: `小林様

ステップ 3 / 4 - ご同意のお願い

アカウントの統合を実施してよろしいかご返信ください。
この操作は取り消せません。

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-sho-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'HTML-only: 第3段階 同意の取得, asks the customer to reply with agreement',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-11 09:30:44', tz: '+0900', enc: 'utf8qp',
    html: `<html><body>
<p>高橋 翔 様</p>
<p><b>第3段階（全4段階）：同意の取得</b></p>
<p>統合元 ${SHO.srcId} の認定履歴を統合先 ${SHO.keepId} に移す準備ができました。<br>
実施後は元に戻せません。ご同意いただける場合は、このメールに「同意します」とご返信ください。</p>
<p>AWS トレーニングと認定 小川</p>
</body></html>`,
  }),
  mk({
    slug: 'conf-kenji-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'asks consent; also says what will happen once merged (badges): future, the kind stays confirmation',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-05 10:05:12', tz: '+0900', enc: 'jis7',
    text: `Dear Kenji Watanabe,

渡辺様
先ほどのご案内に一点補足です。ご承認いただいた後、統合が完了しましたら Credly のバッジも統合先へ移る予定です。
その前提で、統合を進めてよいかご返信をお願いいたします（現在 3/4 の段階です）。

Kind regards,
Nakamura`,
  }),
  mk({
    slug: 'conf-misaki-reminder', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'reminder: still at 75% without the approval; asks again for consent',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-10 09:12:36', tz: '+0900', enc: 'sjisb64',
    text: `小林様

先日お送りしたご案内について、まだご承認をいただけておりません（進捗 75% のままです）。

統合は元に戻せない操作です。
${MISAKI.src} を ${MISAKI.keep} へ統合してよろしければ、その旨をご返信ください。

伊藤`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'mc-kenji-step4', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: 'ステップ4/4 完了: the accounts have been merged',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-06 11:20:05', tz: '+0900', enc: 'jis7',
    text: `渡辺 健二 様

ご承認ありがとうございました。

ステップ4/4 完了 ■■■■
${KENJI.srcId} を ${KENJI.keepId} に統合いたしました。
統合先アカウントにサインインし、認定と特典が表示されていることをお確かめください。

中村`,
  }),
  mk({
    slug: 'mc-misaki-100', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: '統合の進捗：100%, merge done, asks to check all looks right (stays merge_completed)',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-11 17:55:00', tz: '+0900', enc: 'utf8qp',
    text: `小林 美咲 様

統合の進捗：100%

${MISAKI.src} のアカウントを ${MISAKI.keep} にまとめる作業が終わりました。
認定の一覧・特典・試験履歴に不足がないか、念のためご確認ください。
何か足りないものがあれば本ケースにご返信いただければ対応いたします。

伊藤`,
  }),
  mk({
    slug: 'mc-sho-portal', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: CERT_PORTAL, to: S, subject: 'AWS認定アカウントが統合されました', at: '2026-11-12 03:14:51', tz: '+0900', enc: 'sjis8',
    text: `高橋 翔 様

お客様の AWS 認定アカウントが統合されました。

統合先の候補者ID: ${SHO.keepId}
統合されたアカウント: ${SHO.srcId}

今後は統合先のアカウントでサインインしてください。
統合されたアカウントの認定、試験履歴、特典は統合先に表示されます。

AWS Certification`,
  }),
  mk({
    slug: 'mc-kenji-badgespending', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'checklist: merge done, Credly badges still open; badge words without the badge event',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-06 11:25:40', tz: '+0900', enc: 'jisb64',
    text: `渡辺様

作業状況のまとめです。

[完了] アカウントの統合（${KENJI.srcId} → ${KENJI.keepId}）
[完了] 認定履歴の移行
[未了] Credly のバッジ（Credly 側での反映待ち）

アカウントの統合は本日付で完了しております。バッジは数日たっても表示されない場合、本ケースでお知らせください。

中村`,
  }),
  mk({
    slug: 'mc-misaki-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-11 18:02:13', tz: '+0900', enc: 'utf8b64',
    text: `小林 美咲 様

すべての段階が完了しました。
アカウントの統合を実施し、${MISAKI.keep} のアカウントに認定履歴をまとめました。

本件はこれでクローズさせていただきます。ご利用ありがとうございました。

伊藤`,
    html: `<p>小林 美咲 様</p>
<p>すべての段階が完了しました。<br>
<span style="background:#2e7d32;color:#fff">&nbsp;4/4&nbsp;</span> アカウントの統合を実施し、${MISAKI.keep} のアカウントに認定履歴をまとめました。</p>
<p>本件はこれでクローズさせていただきます。ご利用ありがとうございました。</p>
<p>伊藤</p>`,
  }),
  mk({
    slug: 'mc-sho-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, forUser: false,
    note: 'merge-done reply redirected by the old employer (Resent-* headers): forUser false',
    from: SUPPORT, to: `${SHO.ja} <${SHO.src}>`, subject: fsS, at: '2026-11-12 10:11:00', tz: '+0900', enc: 'jis7',
    resent: { from: 'postmaster@dev.example.co.jp', to: 'it-helpdesk@dev.example.co.jp', date: rfcDate('2026-11-12 10:12:30', '+0900') },
    text: `高橋様

ご承認ありがとうございました。4段階目の統合作業まで終了し、${SHO.srcId} は ${SHO.keepId} に統合済みです。
今後は ${SHO.keep} でサインインしてください。

小川`,
  }),
  mk({
    slug: 'mc-kenji-otheronly', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'otherOnly',
    note: 'merge-done text but only a foreign (mx.google.com) A-R: untrusted',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-06 12:00:00', tz: '+0900', enc: 'sjisb64',
    text: `渡辺様

統合処理 100% 完了しました。
旧アカウントの認定はすべて新しいアカウントに移っています。

AWS Training and Certification`,
  }),
  mk({
    slug: 'mc-misaki-phase2', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '第2段階（統合）完了, 第3段階（バッジ）はこれから: merge news, badges only announced',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-11 12:30:30', tz: '+0900', enc: 'jis7',
    text: `小林様

第2段階（アカウント統合）が完了いたしました。
続く第3段階（Credly バッジの移行）は別チームが担当しており、完了しだいご連絡いたします。

統合後のアカウント：${MISAKI.keepId}

伊藤`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'bt-kenji-credly', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: "AWS's badge issued via Credly to the kept address",
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-07 02:10:44', tz: '+0900', enc: 'utf8b64', relay: 'o1.em.credly.com',
    text: `渡辺 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3c1f0e2a

Credly`,
    html: `<table width="600"><tr><td>
<p>渡辺 健二 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3c1f0e2a" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
</td></tr></table>`,
  }),
  mk({
    slug: 'bt-misaki-phase2', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: '「第2段階（バッジ移行）が完了」: support says the badges moved',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-13 10:08:00', tz: '+0900', enc: 'jis7',
    text: `小林 美咲 様

第2段階（バッジ移行）が完了しましたのでお知らせします。
旧アカウントに紐づいていた Credly のバッジ3点を、${MISAKI.keep} 側へ移しました。
Credly にサインインして表示をお確かめください。

伊藤`,
  }),
  mk({
    slug: 'bt-sho-step5', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'step 5/5 badge transfer done and closing: badges_transferred',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-14 15:44:12', tz: '+0900', enc: 'sjis8',
    text: `高橋様

ステップ5/5：Credly バッジの移行 … 完了

ご指摘のあった2つのバッジを統合先のアカウントに付け替えました。
これで全工程が終わりましたので、本ケースはクローズいたします。

小川`,
  }),
  mk({
    slug: 'bt-kenji-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly mail from AWS as issuer: badge now on the kept account',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-07 02:11:09', tz: '+0900', enc: 'utf8qp', relay: 'o1.em.credly.com',
    html: `<html><body>
<p>おめでとうございます！</p>
<p>Amazon Web Services Training and Certification があなたに「AWS Certified Developer - Associate」バッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9ad2b711">バッジを入手する</a></p>
<p style="color:#888">このメールは ${KENJI.keep} 宛にお送りしています。</p>
</body></html>`,
  }),
  mk({
    slug: 'bt-misaki-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge notice from credly-badge.com look-alike: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badge.com>', to: M, subject: 'Amazon Web Servicesのバッジ発行のお知らせ', at: '2026-11-13 11:00:00', tz: '+0900', enc: 'jisb64',
    text: `小林 美咲 さん

Amazon Web Services からバッジが発行されました（移行 3/3 完了）。

バッジを入手する
https://credly-badge.com/claim?u=misaki

Credly`,
  }),
  mk({
    slug: 'bt-sho-100', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'バッジ移行：進捗100%, every checklist item done',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-14 09:20:31', tz: '+0900', enc: 'jisb64',
    text: `高橋 翔 様

バッジ移行：進捗100%

[x] Solutions Architect - Associate
[x] Developer - Associate
[x] Cloud Practitioner

3つのバッジはすべて ${SHO.keep} の Credly アカウントでご覧いただけます。

小川`,
  }),
  mk({
    slug: 'bt-kenji-answer', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'support answers the badge question: badges moved, check Credly; Gmail quote below',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-09 14:03:27', tz: '+0900', enc: 'jis7',
    text: `渡辺様

お待たせしました。バッジも新しいアカウントへ移しました。
Credly でご確認いただけますと幸いです。

中村

2026年11月8日(日) 21:15 渡辺 健二 <${KENJI.keep}>:

${quote(`中村様\n\n統合ありがとうございました。\nただ、Credly のバッジが旧アドレスのままのようです。\n\n渡辺`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'cc-kenji-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'ステータス：解決済み; only restates the earlier merge',
    from: AWS_NOTIFY, to: K, subject: `ケース ${CASE.kenji} は解決済みになりました`, at: '2026-11-10 08:00:10', tz: '+0900', enc: 'jis7',
    text: `${KENJI.ja} 様

ステータス：解決済み（クローズ）

先日アカウントの統合が完了した件につき、本ケースを終了いたしました。
同じ件で再度ご不明点があれば、ケースを再開してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'cc-misaki-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup,
    note: 'will auto-close in 7 days without a reply',
    from: SUPPORT, to: M, subject: formSubject(CASE.misakiDup), at: '2026-11-09 09:00:00', tz: '+0900', enc: 'utf8qp',
    text: `小林様

本ケースについて、こちらからのご案内以降ご返信をいただいておりません。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'cc-misaki-dupclosed', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup,
    note: 'the duplicate case is closed (the merge continues on the other case)',
    from: SUPPORT, to: M, subject: formSubject(CASE.misakiDup), at: '2026-11-06 12:10:19', tz: '+0900', enc: 'sjis8',
    text: `小林 美咲 様

同じご依頼のケースがもう1件（${CASE.misaki}）ございますので、こちらのケース ${CASE.misakiDup} はクローズいたします。
今後のやり取りは ${CASE.misaki} でお願いいたします。

伊藤`,
  }),
  mk({
    slug: 'cc-kenji-phasedone', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'フェーズ：完了 / closing the case, restating the merge done last week',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-13 10:30:00', tz: '+0900', enc: 'jisb64',
    text: `渡辺様

フェーズ：完了

先週ご連絡のとおり、アカウントは統合済みで、その後ご連絡がございませんでしたので、本ケースをクローズいたします。

中村`,
  }),
  mk({
    slug: 'cc-sho-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'reminder: case closes in 3 days unless the customer replies',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-18 09:05:00', tz: '+0900', enc: 'utf8b64',
    text: `高橋様

ご案内：あと3日で本ケースは自動的に終了となります。

引き続きお手伝いが必要な場合は、それまでにこのメールへご返信ください。
ご返信がなければ、解決済みとして扱わせていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'cc-misaki-closed', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'closing notice, resolved and closed',
    from: AWS_NOTIFY, to: M, subject: `ケース ${CASE.misaki} をクローズしました`, at: '2026-11-20 08:00:00', tz: '+0900', enc: 'jis7',
    text: `${MISAKI.ja} 様

ケース ${CASE.misaki} は解決済みとしてクローズされました。

再度お問い合わせが必要な場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'cc-sho-bar', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'progress bar 100% - case ended; restates that the badges were moved earlier',
    from: AWS_NOTIFY, to: S, subject: `ケース ${CASE.sho}：ステータスが「解決済み」に変更されました`, at: '2026-11-21 08:00:00', tz: '+0900', enc: 'sjisb64',
    text: `${SHO.ja} 様

■■■■■■■■■■ 100%　ケース終了

11月14日にバッジの付け替えまで終えた件につき、ケースのステータスを「解決済み」に変更しました。

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-kenji-50', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'status only: merge work at 50% with the team, not done',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-05 18:10:00', tz: '+0900', enc: 'jis7',
    text: `渡辺様

ご承認ありがとうございます。進捗のご報告です。

進捗：50%
統合作業は担当チームで進めております。終わりしだい、改めてご連絡いたします。

中村

2026年11月5日(木) 12:21 渡辺 健二 <${KENJI.keep}>:
> 中村様
> 統合お願いします。同意します
>
> iPhoneから送信`,
    crlf: false,
  }),
  mk({
    slug: 'sr-misaki-thanks', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'thanks for confirming, step 3/4 done, passed to the team: support_reply',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-10 16:31:09', tz: '+0900', enc: 'utf8qp',
    text: `小林様

ご承認のご連絡ありがとうございます。

ステップ3/4（ご承認）完了
ステップ4/4（統合作業）は担当部署へ引き継ぎました。

作業には数日かかる場合がございます。

伊藤

${gmailJa('2026年11月10日(火) 12:02 小林 美咲 <' + MISAKI.keep + '>', '', '伊藤様\n\n統合に同意します。よろしくお願いします。\n\n小林').replace(' :', ':')}`,
  }),
  mk({
    slug: 'sr-sho-future', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: '「統合が完了しましたら」: future, not the event',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-11 17:00:45', tz: '+0900', enc: 'sjis8',
    text: `高橋様

ご同意ありがとうございます。いまは第4段階に入ったところです。
統合が完了しましたら、改めてご連絡いたします。

小川`,
  }),
  mk({
    slug: 'sr-kenji-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'problem at stage 2 of the merge work, escalated: status',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-05 20:20:00', tz: '+0900', enc: 'jisb64',
    text: `渡辺様

統合作業の第2段階（試験履歴の移行）でシステム上の不整合が見つかったため、専門チームへエスカレーションいたしました。
お客様に追加でご対応いただくことは現時点ではございません。

中村`,
  }),
  mk({
    slug: 'sr-misaki-writefrom', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'asks to write from the kept address, no data asked: support_reply',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.src}>`, subject: fsM, at: '2026-11-06 09:40:00', tz: '+0900', enc: 'utf8b64',
    text: `小林様

このメッセージは統合元のアドレスから届いております。
以後のご連絡は、残す側のアドレス（${MISAKI.keep}）からお送りいただけますでしょうか。

手続きの段階：1/4

伊藤`,
  }),
  mk({
    slug: 'sr-sho-notyet', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'negated: 現時点では統合は完了しておりません（進捗 60%）',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-12 08:45:00', tz: '+0900', enc: 'jis7',
    text: `高橋様

お問い合わせの件、現時点では統合は完了しておりません（進捗 60%）。
試験履歴の移し替えに時間を要しております。もうしばらくお待ちください。

小川`,
  }),
  mk({
    slug: 'sr-kenji-dupcases', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'merged duplicate CASES, not the accounts',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-03 12:00:00', tz: '+0900', enc: 'utf8qp',
    text: `渡辺様

同じ内容のお問い合わせを2件いただいておりましたので、ケースを1件に統合しました。
以後は本ケース ${CASE.kenji} にてご対応いたします。

現在のステージ：アカウント情報の確認

中村`,
  }),
  mk({
    slug: 'sr-misaki-partner', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'answers a question about Partner Central reflection time; speaks of the merge, no new event',
    from: SUPPORT, to: M, subject: fsM, at: '2026-11-12 11:11:11', tz: '+0900', enc: 'sjisb64',
    text: `小林様

ご質問の件、パートナーセントラルへの反映は統合から数日かかることがあります。
表示されるまでの進み具合はこちらでは確認できかねますので、5営業日ほどお待ちいただき、それでも表示されない場合はお知らせください。

伊藤`,
  }),
  mk({
    slug: 'sr-sho-misaligned', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trusted: false, auth: 'misaligned',
    note: 'status reply with a DKIM pass for an unrelated domain and dmarc=fail: untrusted',
    from: SUPPORT, to: S, subject: fsS, at: '2026-11-10 14:00:00', tz: '+0900', enc: 'jisb64',
    text: `高橋様

ステージ：社内審査中
ご依頼の内容を社内で確認しております。結果が出しだいご連絡いたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-kenji-80', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'badge work in progress at 80%: badge words, no badge event',
    from: SUPPORT, to: K, subject: fsK, at: '2026-11-08 10:00:00', tz: '+0900', enc: 'jis7',
    text: `渡辺様

現在のステージ：バッジ移行チームで対応中（進捗 80%）

残り1点の付け替えを確認しております。明日中には結果をご連絡できる見込みです。

中村`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-sho-pearson', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor exam booking, 予約手続き 3/3 完了: not a merge case',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: S, subject: '試験予約の確認（手続き 3/3 完了）', at: '2026-11-15 19:22:00', tz: '+0900', enc: 'sjis8',
    text: `高橋 翔 様

試験のご予約が完了しました。

予約手続き 3/3 完了
試験：AWS Certified DevOps Engineer - Professional
日時：2026年12月4日 13:00
会場：オンライン監督試験

当日は本人確認書類をご用意ください。

Pearson VUE`,
  }),
  mk({
    slug: 'un-kenji-refund', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiRefund, trap: true,
    note: 'the refund case: 返金処理 ステップ3/3 完了; another support case',
    from: SUPPORT, to: K, subject: `RE:[CASE ${CASE.kenjiRefund}] [AWS Training and Certification Form Submission] - refund`, at: '2026-11-08 15:30:00', tz: '+0900', enc: 'jis7',
    text: `渡辺様

試験料の返金のご依頼について進捗をご報告します。

返金処理：ステップ3/3 完了
カード会社での反映まで5～10営業日かかる場合がございます。

本件はこれで完了となります。

高田`,
  }),
  mk({
    slug: 'un-misaki-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder course progress 100% 完了: training progress, not a merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: M, subject: 'コースの受講が完了しました（進捗 100%）', at: '2026-11-07 22:05:00', tz: '+0900', enc: 'utf8b64',
    text: `小林 美咲 さん

「AWS Cloud Practitioner Essentials」の進捗が 100% になりました。
${bar(1, 1)} 100%

修了証はマイページからダウンロードできます。
次のおすすめコース：Exam Prep Standard Course

AWS Skill Builder`,
  }),
  mk({
    slug: 'un-kenji-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'satisfaction survey (1/3) about the case: surveys are unrelated',
    from: 'AWS サポート <aws-support-survey@amazon.com>', to: K, subject: `ケース ${CASE.kenji} に関するアンケート`, at: '2026-11-11 09:00:00', tz: '+0900', enc: 'utf8qp',
    text: `${KENJI.ja} 様

先日クローズされたケース ${CASE.kenji} について、簡単なアンケートにご協力ください。

質問 1/3：問題は解決しましたか？
  はい / いいえ
質問 2/3：担当者の対応はいかがでしたか？
質問 3/3：その他ご意見

所要時間は約1分です。`,
  }),
  mk({
    slug: 'un-misaki-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: M, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-11-09 04:40:00', tz: '+0900', enc: 'jisb64', relay: 'o2.em.credly.com',
    text: `小林 美咲 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/51be7c02

Credly`,
  }),
  mk({
    slug: 'un-sho-credlymerge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge verification code (step 2/2): unrelated",
    from: 'Credly <admin@credly.com>', to: S, subject: 'アカウント統合の確認コード（ステップ2/2）', at: '2026-11-15 10:10:10', tz: '+0900', enc: 'utf8b64', relay: 'o1.em.credly.com',
    text: `高橋 翔 さん

Credly アカウントの統合リクエストを受け付けました。

ステップ2/2：以下の確認コードを入力すると、統合が完了します。

確認コード：482 193

このコードの有効期限は30分です。心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  mk({
    slug: 'un-kenji-ownconsent', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, trap: true,
    note: "the user's own consent reply (bcc to self): the user's mail is unrelated",
    from: K, to: SUPPORT_BARE, subject: 'RE: ' + fsK, at: '2026-11-05 12:21:00', tz: '+0900', enc: 'jis7', deliveredTo: KENJI.keep, relay: 'smtp.example.jp',
    text: `中村様

ご連絡ありがとうございます。
ステップ3/4 のご承認について、統合に同意いたします。
よろしくお願いいたします。

渡辺 健二`,
  }),
  mk({
    slug: 'un-sho-ooo', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trusted: false, trap: true,
    note: "old company's automatic reply about the leaver, quoting the merge mail: out-of-office",
    from: 'dev.example.co.jp 自動応答 <noreply@dev.example.co.jp>', to: S, subject: '自動応答: ' + fsS, at: '2026-11-12 10:11:30', tz: '+0900', enc: 'sjisb64', extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動応答です。

高橋は2026年10月31日付で退職いたしました。
今後のご連絡は担当窓口 it-helpdesk@dev.example.co.jp までお願いいたします。

----- 受信したメッセージ -----
件名: ${fsS}
統合は完了しています。`,
  }),
  mk({
    slug: 'un-sho-colleague', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'a colleague asks how far the merge has got: not mail from support',
    from: '田中 優 <tanaka.yu@dev.example.co.jp>', to: `${SHO.ja} <${SHO.src}>`, subject: '認定アカウントの件', at: '2026-11-10 13:13:00', tz: '+0900', enc: 'jis7',
    text: `高橋さん

お疲れさまです。田中です。
認定アカウントの統合、いま何％くらいまで進みました？
バッジが移ったらパートナー登録の更新をしたいので、終わったら教えてください。

田中`,
  }),
  mk({
    slug: 'un-misaki-examconfirm', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam appointment confirmed (step 4/4): booking, not a merge',
    from: CERT_PORTAL, to: M, subject: '受験予約が確定しました', at: '2026-11-16 20:00:00', tz: '+0900', enc: 'sjisb64',
    text: `小林 美咲 様

受験の予約手続きが完了しました（ステップ4/4）。

試験名：AWS Certified Security - Specialty
日時：2026年12月10日(木) 10:00
候補者ID：${MISAKI.keepId}

50% 割引バウチャーが適用されています。

AWS Certification`,
  }),
  mk({
    slug: 'un-sho-examcase', kind: 'unrelated', lang: 'ja', caseId: CASE.shoExam, trap: true,
    note: 'reply on the exam-reschedule case (step 2/3 done): another support case',
    from: SUPPORT, to: S, subject: `RE:[CASE ${CASE.shoExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, at: '2026-11-16 11:00:00', tz: '+0900', enc: 'jis7',
    text: `高橋様

試験日程の変更のご依頼について。

ステップ2/3 完了：Pearson VUE 側での変更受付
ステップ3/3：新しい日程のご確認メール（Pearson VUE から届きます）

試験の予約変更に関する件は以上となります。

山本`,
  }),
  mk({
    slug: 'un-misaki-fwd', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, forUser: false, trap: true,
    note: "the user's forward to a colleague (not delivered to the user)",
    from: M, to: '佐々木 部長 <sasaki@corp3.example.co.jp>', subject: 'Fw: ' + fsM, at: '2026-11-11 19:00:00', tz: '+0900', enc: 'utf8qp', deliveredTo: null, relay: 'smtp.example.net',
    text: `佐々木さん

認定アカウントの統合が100%終わったとのことなので共有します。
資格一覧はこちらのアカウントで見られます。

小林

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年11月11日(水) 17:55
Subject: ${fsM}
To: <${MISAKI.keep}>

統合の進捗：100%`,
  }),
];

void paras;
