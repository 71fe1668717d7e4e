// Japanese messages of set bf. Every text was written for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  C, COLLEAGUE, CREDLY, CREDLY_AWS, FORM, KENJI, MISAKI, NOREPLY, PORTAL, SHO, SUPPORT, SUPPORT_JA, TRAINING, YUKI,
  fw, gmailJa, grp, mk, outlookJa, q, sfBlock, sfRef, subj, subjNoRe, to,
} from './common.js';

const K = KENJI;
const Y = YUKI;
const S = SHO;
const M = MISAKI;

const kenjiReq = `AWS認定アカウントの統合を依頼します。
(1) 残す: ${K.keepId} / ${K.keep}
(2) 統合元: ${K.srcId} / ${K.src}
統合元の取得済み: SAA-C03 (2024/05/10), DVA-C02 (2025/01/22)
氏名 渡辺 健二 / 会社 オールドコープ株式会社 / 電話 090-4417-2268`;

const yukiReq = `認定アカウントが2つあります、統合してください。
候補者ID ${Y.keepId}（${Y.keep}）を残し、${Y.srcId}（${Y.src}）の SOA-C02 と CLF-C02 を移してほしいです。`;

const misakiReq = `小林です。転職前のアドレス ${M.src}（${M.srcId}）で取得した ANS-C01 を、${M.keep}（${M.keepId}）側へまとめたいです。`;

const shoReq = `前職 ${S.src} (${S.srcId}) → 個人 ${S.keep} (${S.keepId}) へ統合希望。
SAP-C02 2025-08-03 合格, SAA-C03 2023-02-11 合格`;

export const JA: Msg[] = [
  // ======================= acknowledgement =======================
  mk({
    slug: 'ja-ack-kenji', kind: 'acknowledgement', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: NOREPLY, to: to(K.ja, K.keep), at: '2026-11-20 00:14:52',
    subject: `[CASE ${C.kenji}] お問い合わせ受付のご連絡`,
    note: 'automatic receipt of the merge case, ID in subject and body among timestamps and phone numbers',
    text: `渡辺 健二 様

ケースID: ${C.kenji}
受付日時: 2026/11/20 09:14 JST (2026-11-20T00:14:52Z)
お問い合わせ種別: AWS トレーニングと認定 / 認定 / アカウントの統合

上記の番号でお問い合わせを承りました。担当者より通常24時間以内にご返信いたします。
同一内容で別のケースを起票されますと、回答までお時間をいただく場合がございます。
このメールへの返信で、ケース ${C.kenji} に情報を追加できます。

Amazon Web Services
※本メールは送信専用アドレス (no-reply-aws@amazon.com) から配信しています。`,
  }),
  mk({
    slug: 'ja-ack-kenji-dup', kind: 'acknowledgement', lang: 'ja', enc: 'sjis8', caseId: C.kenjiDup,
    from: NOREPLY, to: to(K.ja, K.src), at: '2026-11-21 03:02:10',
    subject: 'お問い合わせを受け付けました',
    note: 'receipt of a second (duplicate) case opened from the old address; full-width case ID only in the body',
    text: `お問い合わせありがとうございます。

ケースＩＤ：${fw(C.kenjiDup)}
作成：2026年11月21日 12:02（日本時間）
ステータス：対応待ち

内容を確認のうえ、担当部署よりメールにてご連絡します。
返信の目安は1営業日です。`,
  }),
  mk({
    slug: 'ja-ack-yuki-fields', kind: 'acknowledgement', lang: 'ja', enc: 'sjisb64', caseId: C.yuki, trap: true,
    from: NOREPLY, to: to(Y.ja, Y.keep), at: '2026-11-24 06:40:33',
    subject: `お問い合わせ番号 ${C.yuki} 受付のお知らせ`,
    note: 'receipt that echoes the submitted fields (candidate ID, company) — looks like a data request but is the receipt',
    text: `田中 由紀 様

以下の内容でケースを作成しました。
------------------------------
お問い合わせ番号 : ${C.yuki}
氏名            : 田中 由紀
会社名          : デブ・エグザンプル株式会社
候補者ID        : ${Y.keepId}
メールアドレス  : ${Y.keep}
件名            : 認定アカウントの統合
------------------------------
担当者が確認し次第、このアドレス宛にご連絡いたします（通常 24 時間以内）。`,
  }),
  mk({
    slug: 'ja-ack-sho-html', kind: 'acknowledgement', lang: 'ja', enc: 'utf8b64', caseId: C.sho,
    from: NOREPLY, to: to(S.ja, S.keep), at: '2026-11-26 13:58:01',
    subject: 'AWS サポート: ケースを作成しました',
    note: 'HTML-only receipt; case ID only in the body',
    html: `<html><body style="font-family:sans-serif">
<h2>ケースを作成しました</h2>
<table>
<tr><td>ケース ID</td><td><b>${C.sho}</b></td></tr>
<tr><td>作成日時</td><td>2026-11-26 22:58 JST</td></tr>
<tr><td>カテゴリ</td><td>AWS Training and Certification</td></tr>
</table>
<p>サポート担当者からの回答は通常 1 営業日以内にお届けします。追加情報があれば、このメールにそのまま返信してください。</p>
<p style="color:#888">Amazon Web Services Japan G.K. 〒141-0021 東京都品川区上大崎3-1-1</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', enc: 'utf8qp', caseId: C.fakeA, trusted: false,
    from: 'AWS Certification <support@aws-training-support.net>', to: to(Y.ja, Y.keep), at: '2026-11-24 08:11:45',
    subject: `[CASE ${C.fakeA}] ご依頼を受け付けました`,
    note: 'forged receipt from a look-alike domain (aws-training-support.net); claims a case ID',
    text: `田中様

ケース ${C.fakeA} を受け付けました。
本人確認のため 48 時間以内に下記 URL から候補者ID (AWS + 8桁) とパスワードを再登録してください。
https://aws-training-support.net/verify?case=${C.fakeA}&u=AWS00391127

受付番号: ${C.fakeA}
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-misaki', kind: 'acknowledgement', lang: 'ja', enc: 'jis7', caseId: C.misaki,
    from: NOREPLY, to: to(M.ja, M.keep), at: '2026-11-27 01:20:09',
    subject: `Case ${C.misaki} を受け付けました`,
    note: 'receipt; 13-digit case ID in subject and body',
    text: `小林 美咲 様

受付番号 ${C.misaki}、優先度「一般」、言語「日本語」にて承りました。
2026/11/27 10:20 の受付です。回答はこのスレッドにお送りしますので、件名の [Case ${C.misaki}] を変えずにご返信ください。

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-kenji-oldaddr', kind: 'acknowledgement', lang: 'ja', enc: 'jisb64', caseId: C.kenji,
    from: NOREPLY, to: K.src, at: '2026-11-20 00:15:03',
    subject: `ケース ${C.kenji}: 受付完了`,
    note: 'copy of the receipt sent to the old (source) address; ID with hyphens in the body too',
    text: `AWS サポートをご利用いただきありがとうございます。
ケース番号 ${grp(C.kenji, [4, 4, 4], '-')} (${C.kenji}) の受付が完了しました。
登録アドレス: ${K.src}
参照: 2026-11-20T00:15:03Z / リージョン表示: アジアパシフィック (東京)
担当からの返信まで今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-yuki-other-notopic', kind: 'acknowledgement', lang: 'ja', enc: 'utf8b64', caseId: C.yukiRefund,
    from: NOREPLY, to: to(Y.ja, Y.keep), at: '2026-11-25 04:05:56',
    subject: `[CASE ${C.yukiRefund}] お問い合わせを承りました`,
    note: 'a receipt that says nothing of its topic (it is in fact her other case): read as what it looks like',
    text: `田中 由紀 様

ケースID ${C.yukiRefund} でお問い合わせを承りました（2026/11/25 13:05 JST）。
担当者より追ってご連絡いたします。なお、ご返信の際は件名を変更しないでください。

Amazon Web Services`,
  }),

  // ======================= ai_answer =======================
  mk({
    slug: 'ja-ai-kenji', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    from: TRAINING, to: to(K.ja, K.keep), at: '2026-11-20 00:09:40',
    subject: 'AWS トレーニングと認定: 自動回答のご案内',
    note: 'AI-generated answer pointing at the self-service Merge Accounts tool before the case is created',
    text: `この回答は生成 AI により自動作成されたものです。

ご質問: 「${K.keepId} と ${K.srcId} を1つにしたい」
回答:
1. https://www.aws.training/Certification にサインインします。
2. [プロフィール] > [アカウントのマージ] を開きます。
3. 統合元アカウントのメールアドレスと認証コード (6桁) を入力します。
両方のアカウントに認定履歴がある場合、このツールはご利用いただけません。その際は「ケースを作成」からお問い合わせください。

参考記事 ID: KB-CERT-0042 / 最終更新 2026-09-30`,
  }),
  mk({
    slug: 'ja-ai-yuki-aftermerge', kind: 'ai_answer', lang: 'ja', enc: 'sjis8',
    from: TRAINING, to: Y.keep, at: '2026-11-24 06:31:12',
    subject: '【自動応答】アカウント統合に関するよくあるご質問',
    note: 'automated answer; it also explains what happens after a merge (badges, vouchers) but stays ai_answer',
    text: `※この返信は AI アシスタントが生成しました。担当者による確認は行われていません。

お問い合わせ内容に近い回答:
・統合は認定アカウントの「アカウントのマージ」画面から、ご自身で実行できる場合があります。
・統合後、SOA-C02 や CLF-C02 などの認定履歴は残すアカウントに表示されます。
・Credly のデジタルバッジは、統合後に残すアカウントのメールで改めて受け取る必要があることがあります。
・50% 割引バウチャーは有効期限 (例: 2027/03/31) まで引き継がれます。

解決しない場合: 画面下部の「ケースを作成」を選択してください。（回答番号 AIA-7731-0924）`,
  }),
  mk({
    slug: 'ja-ai-sho-multipart', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    from: TRAINING, to: to(S.ja, S.keep), at: '2026-11-26 13:52:27',
    subject: 'お問い合わせへの自動回答 (AWS Certification)',
    note: 'multipart AI suggestion with the tool path; no case yet',
    text: `生成 AI による回答です。内容が正確でない場合があります。

2 つの認定アカウント (例: ${S.keepId} と ${S.srcId}) は、認定アカウントの「Merge Accounts」機能で統合できます。
手順: Profile → Merge Accounts → 統合元のメールを入力 → 届いたコードを入力。
SAP-C02 や SAA-C03 の履歴が両方にあるときは、この機能ではなくサポートへのケース作成が必要です。

この回答で解決しましたか? [はい] [いいえ、ケースを作成する]`,
    html: `<html><body><p><i>生成 AI による回答です。内容が正確でない場合があります。</i></p>
<p>2 つの認定アカウント (例: ${S.keepId} と ${S.srcId}) は、認定アカウントの「Merge Accounts」機能で統合できます。</p>
<ol><li>Profile → Merge Accounts</li><li>統合元のメールを入力</li><li>届いたコードを入力</li></ol>
<p>SAP-C02 や SAA-C03 の履歴が両方にあるときは、この機能ではなくサポートへのケース作成が必要です。</p>
<p><a href="https://support.aws.amazon.com/#/contacts/aws-training">いいえ、ケースを作成する</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-ai-misaki', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    from: TRAINING, to: M.keep, at: '2026-11-27 01:11:48',
    subject: '自動回答: 認定アカウントの統合について',
    note: 'AI answer quoting exam codes and voucher rules',
    text: `AI による自動回答をお送りします。

ANS-C01 (2024/07/19 合格) など、統合元 ${M.srcId} の認定は、セルフサービスのアカウント統合ツールで ${M.keepId} に移せる場合があります。
ツールの場所: 認定アカウント > プロフィール > アカウントの統合
統合元にも試験の予約 (Pearson VUE) が残っていると、統合できないことがあります。予約を終えてからお試しください。

解決しない場合は、このページの「ケースを作成」からご連絡ください。`,
  }),
  mk({
    slug: 'ja-ai-kenji-withcase', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', caseId: C.kenji,
    from: NOREPLY, to: to(K.ja, K.keep), at: '2026-11-20 00:16:30',
    subject: `[CASE ${C.kenji}] 関連するヘルプ記事のご案内（自動送信）`,
    note: 'automated article suggestion sent on the new case, case ID in subject',
    text: `ケース ${C.kenji} の内容から、次の記事が役立つ可能性があります（自動選択）。

■ 認定アカウントをマージする方法 (記事番号 000318-JA)
　両方に認定がない場合、Merge Accounts ツールで即時に統合できます。
■ Credly バッジを別メールで受け取る (記事番号 000412-JA)

この案内は自動で送信されています。担当者からの回答は別途お届けします。`,
  }),
  mk({
    slug: 'ja-ai-forged-dmarcfail', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64', trusted: false, auth: 'fail',
    from: TRAINING, to: to(K.ja, K.keep), at: '2026-11-20 02:44:19',
    subject: '【AI アシスタント】統合ツールのご案内',
    note: 'AI-answer look-alike whose topmost Authentication-Results says dmarc=fail',
    text: `AI アシスタントからのご案内です。

統合ツールは以下のリンクからご利用いただけます（有効期限 2026/11/21 23:59）。
https://aws-training-merge.example.net/tool?id=AWS00714582
ログイン後、統合元アカウント AWS02290431 のパスワードを入力してください。`,
  }),
  mk({
    slug: 'ja-ai-yuki-html', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    from: TRAINING, to: Y.keep, at: '2026-11-24 06:29:03',
    subject: 'Amazon Q による回答',
    note: 'HTML-only AI answer in ISO-2022-JP',
    html: `<html><body>
<p>Amazon Q が回答を作成しました（回答 ID: q-20261124-0629-88f1）。</p>
<p>候補者 ID ${Y.srcId} と ${Y.keepId} の統合は、認定アカウントの「アカウントのマージ」から行えます。<br>
両方のアカウントに認定が登録されている場合は統合できないため、「ケースを作成」を押してサポートにご依頼ください。</p>
<p>この回答は役に立ちましたか？</p>
</body></html>`,
  }),

  // ======================= info_request =======================
  mk({
    slug: 'ja-info-kenji-ids', kind: 'info_request', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-20 23:37:15',
    subject: subj(C.kenji),
    note: 'human reply asking for both accounts\u2019 details and which one to keep; Salesforce quote below',
    text: `渡辺 健二 様

AWS トレーニングと認定サポートの山本です。ケース ${C.kenji} についてご連絡いたします。

統合作業の前に、以下 4 点を両アカウント分お送りいただけますでしょうか。
1. 候補者ID（AWS から始まる番号、例: AWS0xxxxxxx）
2. 認定アカウントのログインメールアドレス
3. aws.training の通知先メールアドレス
4. 統合後に残すアカウントはどちらか

なお、重複して作成されたケース ${C.kenjiDup} はこちらに集約して対応いたします。

${sfBlock(`${K.ja} <${K.keep}>`, '2026/11/20 0:14', FORM, subjNoRe(C.kenji))}

${kenjiReq}

${sfRef('7KQ2m')}`,
  }),
  mk({
    slug: 'ja-info-yuki-which', kind: 'info_request', lang: 'ja', enc: 'sjisb64', caseId: C.yuki,
    from: SUPPORT, to: Y.keep, at: '2026-11-25 02:18:44',
    subject: subj(C.yuki),
    note: 'asks which account to keep, phrased without an explicit request word; several IDs around it',
    text: `田中様

お問い合せ番号 ${C.yuki} の件、拝見しました。
${Y.keepId}（SOA-C02、2025/06/30 合格）と ${Y.srcId}（CLF-C02、2023/10/02 合格）の 2 件を確認しております、統合後にお使いになるのがどちらのアカウントか、メールアドレスとあわせてご教示を頂戴できれば幸いです。
別件の ${C.yukiRefund} は返金担当が引き続き対応しておりますので、本件とは分けてご返信ください。

AWS Training and Certification 佐々木

${sfBlock(`${Y.ja} <${Y.keep}>`, '2026/11/24 15:40', FORM, subjNoRe(C.yuki))}

${yukiReq}`,
  }),
  mk({
    slug: 'ja-info-sho-confirmword', kind: 'info_request', lang: 'ja', enc: 'utf8qp', caseId: C.sho, trap: true,
    from: SUPPORT_JA, to: S.keep, at: '2026-11-27 09:03:26',
    subject: subj(C.sho),
    note: 'information request worded with 確認 (confirm): asks for IDs and pass dates, not for consent',
    text: `中村様

Case ID: ${C.sho}
お手数ですが、以下をご確認のうえお知らせください。
 a) 統合元アカウントの候補者ID（お申し出の ${S.srcId} で合っているか）
 b) SAP-C02 の合格日（当方の記録では 2025-08-03、会場 PSI ではなく Pearson VUE）
 c) 残すアカウントのログインメール
上記がそろい次第、統合の可否を判断いたします。

${gmailJa('2026-11-26 22:58', `${S.ja} <${S.keep}>`)}
${q(shoReq)}`,
  }),
  mk({
    slug: 'ja-info-misaki-fromkeep', kind: 'info_request', lang: 'ja', enc: 'jisb64', caseId: C.misaki,
    from: SUPPORT, to: M.keep, at: '2026-11-28 00:47:51',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'write from the kept address AND give both candidate IDs: info_request',
    text: `小林 美咲 様

ケース番号：${C.misaki}
ご依頼の送信元 (${M.keep}) は、統合元として記載の ${M.srcId} に登録されたアドレスとは別のため、本人確認が取れておりません。
残す側のアカウントに登録されたアドレスから、両アカウントの候補者IDと登録氏名（ローマ字）を書き添えて、本メールにご返信ください。

--- 2026/11/27 10:20 (JST) にお送りいただいた内容 ---
${misakiReq}`,
  }),
  mk({
    slug: 'ja-info-kenji-digits', kind: 'info_request', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-23 05:12:09',
    subject: subj(C.kenji),
    note: 'second exchange: the candidate ID the user sent is one digit short; asks for the correct one (Gmail quote)',
    text: `渡辺様

ケース ${C.kenji}、ご返信ありがとうございます。
お送りいただいた「AWS0229043」は 10 桁で、当方のシステムでは該当がありませんでした（正しくは AWS + 8 桁です）。
統合元アカウントの候補者IDを、認定アカウントの [プロフィール] 画面に表示されるとおりに再度お知らせいただけますか。

${gmailJa('2026-11-22 21:40', `${K.ja} <${K.keep}>`)}
> 1. AWS00714582 / AWS0229043
> 2. ${K.keep} / ${K.src}
> 3. 同上
> 4. ${K.keep} を残します`,
  }),
  mk({
    slug: 'ja-info-yuki-validation', kind: 'info_request', lang: 'ja', enc: 'sjis8', caseId: C.yuki,
    from: SUPPORT_JA, to: Y.keep, at: '2026-11-26 07:26:40',
    subject: subj(C.yuki),
    note: 'asks for the 16-character validation numbers because the old account could not be found',
    text: `田中 由紀 様

お問い合わせ番号：${C.yuki}

候補者ID ${Y.srcId} での照会ができませんでした、お手元の認定証 (PDF) 下部に記載の検証番号（英数字16文字、例: 1A2B3C4D5E6F7G8H）を、SOA-C02・CLF-C02 それぞれについてご返信いただけますと、照合を進められます。

担当: 佐々木（平日 9:00-18:00 JST）`,
  }),
  mk({
    slug: 'ja-info-forged-lookalike', kind: 'info_request', lang: 'ja', enc: 'utf8b64', caseId: C.kenji, trusted: false,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.example.net>', to: K.keep, at: '2026-11-21 11:19:33',
    subject: subj(C.kenji),
    note: 'forged information request from amazon.com.example.net asking for a password; it reuses the real case ID',
    text: `渡辺様

ケース ${C.kenji} の処理のため、統合元アカウント ${K.srcId} のログインパスワードと、ご登録の電話番号（例: 090-xxxx-xxxx）を本メールにご記入のうえ返信してください。
24時間以内にご返信がない場合、ケースは無効となります。`,
  }),
  mk({
    slug: 'ja-info-misaki-name', kind: 'info_request', lang: 'ja', enc: 'jis7', caseId: C.misaki,
    from: SUPPORT_JA, to: M.keep, at: '2026-11-29 02:33:18',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'asks which of two name spellings to keep; Outlook quote of the user\u2019s reply',
    text: `小林様

Case ${C.misaki} の件、ご返信ありがとうございました。
2 つのアカウントで登録氏名が異なっております（${M.keepId}: KOBAYASHI MISAKI / ${M.srcId}: Misaki Kobayashi）。
統合後のアカウントに残す表記をどちらにするか、お知らせください。認定証 (ANS-C01) の表記もこれに合わせて再発行されます。

${outlookJa('2026-11-28 19:02', `${M.ja} <${M.keep}>`, FORM, `RE: [Case ${C.misaki}] 認定アカウントの統合`)}

お世話になっております。残すアカウントのアドレスから返信いたします。
${M.keepId} / ${M.srcId} です。`,
  }),
  mk({
    slug: 'ja-info-sho-formeraddr', kind: 'info_request', lang: 'ja', enc: 'utf8b64', caseId: C.sho, forUser: false,
    from: SUPPORT_JA, to: S.src, deliveredTo: S.src, at: '2026-11-28 04:09:57',
    subject: subj(C.sho),
    note: 'information request sent only to the former-employer address, which is not the user\u2019s',
    text: `中村 翔 様

Case ID ${C.sho} について、統合元アカウント (${S.srcId}) の登録アドレス宛にご連絡しております。
このアドレス (${S.src}) で本メールを受信できているか、またこのアカウントで予約中の試験（例: DOP-C02, 2027/01/15）がないかをご返信ください。`,
  }),

  // ======================= confirmation_request =======================
  mk({
    slug: 'ja-conf-kenji', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-24 01:55:30',
    subject: subj(C.kenji),
    note: 'asks consent: source → target IDs listed, cannot be undone, reply to agree',
    text: `渡辺 健二 様

ケース ${C.kenji}：以下の内容で統合を行います。

  統合元  ${K.srcId}  (${K.src})  SAA-C03 2024/05/10, DVA-C02 2025/01/22
  統合先  ${K.keepId}  (${K.keep})  CLF-C02 2022/12/06

統合後は元に戻すことができません。上記で差し支えなければ、本メールに「同意します」とご返信ください。ご返信を受領後、作業に入ります。

AWS トレーニングと認定 山本`,
  }),
  mk({
    slug: 'ja-conf-yuki-table', kind: 'confirmation_request', lang: 'ja', enc: 'sjisb64', caseId: C.yuki,
    from: SUPPORT, to: Y.keep, at: '2026-11-27 03:44:02',
    subject: subj(C.yuki),
    note: 'consent request with a table of both accounts; asks “よろしいでしょうか” and says it is irreversible',
    text: `田中様

お問い合わせ番号 ${C.yuki}
検証番号のご提供ありがとうございました（SOA-C02: 7QXLR2K1EJF11ZS9 / CLF-C02: B4N8W0P3YH2KQ6TA）。

| 項目     | 統合元          | 統合先          |
| 候補者ID | ${Y.srcId}     | ${Y.keepId}     |
| メール   | ${Y.src} | ${Y.keep} |

この内容でアカウントを一つにまとめてよろしいでしょうか。実施後の取り消しはできかねますので、ご了承いただける場合のみ、その旨ご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-sho-multipart', kind: 'confirmation_request', lang: 'ja', enc: 'utf8qp', caseId: C.sho,
    from: SUPPORT_JA, to: S.keep, at: '2026-11-30 06:21:48',
    subject: subj(C.sho),
    note: 'multipart consent request; irreversible, reply with 同意します',
    text: `中村様

Case ID: ${C.sho}
ご提示の情報で ${S.srcId} → ${S.keepId} の統合準備が整いました。
統合は不可逆で、統合元のログイン (${S.src}) は使えなくなります。進めてよろしければ、本文に「同意します」と記載してご返信ください。`,
    html: `<div>中村様</div><div>Case ID: ${C.sho}</div>
<div>ご提示の情報で ${S.srcId} → ${S.keepId} の統合準備が整いました。</div>
<div>統合は不可逆で、統合元のログイン (${S.src}) は使えなくなります。進めてよろしければ、本文に「同意します」と記載してご返信ください。</div>`,
  }),
  mk({
    slug: 'ja-conf-misaki-teform', kind: 'confirmation_request', lang: 'ja', enc: 'jisb64', caseId: C.misaki,
    from: SUPPORT_JA, to: M.keep, at: '2026-11-30 23:10:26',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'consent request in one long te-form sentence with IDs in between',
    text: `小林様

ケース番号 ${C.misaki}、氏名表記「KOBAYASHI MISAKI」を残す旨承知しまして、${M.srcId} の ANS-C01（2024/07/19）を ${M.keepId} へ移す準備を整えておりますので、統合が取り消し不可であることをご承知おきのうえ、実施してよいかどうか、本メールへのご返信でお聞かせください。`,
  }),
  mk({
    slug: 'ja-conf-kenji-again', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-25 00:30:11',
    subject: subj(C.kenji),
    note: 'consent asked again after the user\u2019s reply lacked an explicit agreement; Outlook quote in Japanese',
    text: `渡辺様

ケース ${C.kenji}
ご返信を拝見しましたが、統合へのご同意の文言が見当たりませんでした。
恐れ入りますが、「${K.srcId} を ${K.keepId} に統合することに同意します」と明記のうえ、改めてご返信ください（統合は元に戻せません）。

${outlookJa('2026-11-24 21:08', `${K.ja} <${K.keep}>`, SUPPORT_JA, subj(C.kenji))}

内容を確認しました。よろしくお願いします。
090-4417-2268 渡辺`,
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', enc: 'sjis8', caseId: C.yuki, trusted: false, auth: 'forgedBelow',
    from: 'AWS Support <cases@support.aws.com>', to: Y.keep, at: '2026-11-27 10:02:39',
    subject: `[CASE ${C.yuki}] 統合の最終確認`,
    note: 'consent request whose only dmarc=pass sits below the server\u2019s Received line (forged)',
    text: `田中様

ケース ${C.yuki}：統合の最終確認です。
統合に同意される場合は、下記フォームから候補者ID ${Y.srcId} のパスワードを入力して「同意」を押してください。
https://support-aws-cases.example.org/consent/${C.yuki}`,
  }),
  mk({
    slug: 'ja-conf-yuki-reminder', kind: 'confirmation_request', lang: 'ja', enc: 'utf8b64', caseId: C.yuki,
    from: SUPPORT_JA, to: Y.keep, at: '2026-11-30 02:15:47',
    subject: subj(C.yuki),
    note: 'reminder that consent has not arrived yet, asking again',
    text: `田中様

お問い合わせ番号 ${C.yuki}（2026年11月27日送付分）について、統合へのご承諾のお返事をまだ頂戴しておりません。
${Y.srcId} → ${Y.keepId} の統合は実施後に取り消しができません、問題なければ「承認します」の一言で結構ですのでご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-misaki-mixed', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', caseId: C.misaki,
    from: SUPPORT, to: M.keep, at: '2026-12-01 00:05:33',
    subject: `RE: [Case ${C.misaki}] Account merge consent / 統合のご承諾`,
    note: 'mixed-language consent request: English boilerplate, Japanese new text',
    text: `[This message is in Japanese. English follows the Japanese text.]

小林様
Case ${C.misaki}：${M.srcId} を ${M.keepId} に統合いたします。一度統合すると分割できません。同意いただける場合はこのまま返信してください。

Please reply "I agree" to consent to merging ${M.srcId} into ${M.keepId}. This cannot be undone.

Case reference: ${C.misaki} / Reply by 2026-12-08 (JST)`,
  }),

  // ======================= merge_completed =======================
  mk({
    slug: 'ja-done-kenji', kind: 'merge_completed', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-25 09:48:20',
    subject: subj(C.kenji),
    note: 'merge done: certifications of the source now on the kept ID; duplicate case mentioned as closed',
    text: `渡辺 健二 様

ケース ${C.kenji}
${K.srcId} の認定（SAA-C03 2024/05/10 合格、DVA-C02 2025/01/22 合格）を ${K.keepId} に統合いたしました。
以後は ${K.keep} でサインインしてください。重複ケース ${C.kenjiDup} はクローズ済みです。
認定アカウント上の表示に不足があれば、このスレッドでお知らせください。

AWS トレーニングと認定 山本`,
  }),
  mk({
    slug: 'ja-done-yuki-andclose', kind: 'merge_completed', lang: 'ja', enc: 'sjisb64', caseId: C.yuki,
    from: SUPPORT_JA, to: Y.keep, at: '2026-12-01 05:30:04',
    subject: subj(C.yuki),
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    text: `田中様

お問い合わせ番号 ${C.yuki}、承認のご返信（2026/11/30 14:22 JST）を受けて作業を行い、統合元 ${Y.srcId} の SOA-C02・CLF-C02 は ${Y.keepId} へ移行済みとなりました。
念のため ${Y.keep} でログインし、認定の一覧をご確認ください。本件はこれにてクローズとさせていただきます。`,
  }),
  mk({
    slug: 'ja-done-portal-multipart', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    from: PORTAL, to: K.keep, at: '2026-11-25 09:31:55',
    subject: 'AWS 認定: アカウントが統合されました',
    note: 'certification portal\u2019s own merged notice, no case ID',
    text: `AWS 認定アカウントの統合が行われました。

統合先の候補者ID: ${K.keepId}
統合された候補者ID: ${K.srcId}
処理日時: 2026-11-25T09:31:55Z

今後は統合先アカウントのメールアドレスでサインインしてください。`,
    html: `<html><body><h3>AWS 認定アカウントの統合が行われました</h3>
<p>統合先の候補者ID: <b>${K.keepId}</b><br>統合された候補者ID: ${K.srcId}<br>処理日時: 2026-11-25T09:31:55Z</p>
<p>今後は統合先アカウントのメールアドレスでサインインしてください。</p></body></html>`,
  }),
  mk({
    slug: 'ja-done-sho-iso', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp', caseId: C.sho,
    from: SUPPORT_JA, to: S.keep, at: '2026-12-02 04:31:07',
    subject: subj(C.sho),
    note: 'completion with ISO timestamps and both IDs',
    text: `中村様

Case ID: ${C.sho}
2026-12-02T04:31:07Z 付けで ${S.srcId} を ${S.keepId} にマージしました。SAP-C02 (2025-08-03) と SAA-C03 (2023-02-11) が統合先の履歴に表示されています。
バウチャー (コード例 CERT-50-XXXX) の有無もあわせてご確認いただけますと幸いです。

${gmailJa('2026-12-01 10:15', `${S.ja} <${S.keep}>`)}
> 同意します。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-done-misaki-resent', kind: 'merge_completed', lang: 'ja', enc: 'jisb64', caseId: C.misaki, forUser: false,
    from: SUPPORT_JA, to: M.src, at: '2026-12-02 01:14:40',
    resent: { from: 'postmaster@prev-employer.example.co.jp', to: 'it-helpdesk@prev-employer.example.co.jp', date: rfcDate('2026-12-02 10:20:00', '+0900') },
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'completion notice redirected by the old employer\u2019s server (Resent-*): not delivered to the user',
    text: `小林様

Case ${C.misaki}：${M.srcId} の ANS-C01 を ${M.keepId} へ統合いたしました。
統合元のアドレス (${M.src}) にも控えとしてお送りしています。`,
  }),
  mk({
    slug: 'ja-done-forged-amaz0n', kind: 'merge_completed', lang: 'ja', enc: 'jis7', caseId: C.sho, trusted: false, auth: 'dkimonly',
    from: 'AWS トレーニングと認定 <no-reply@amaz0n.com>', to: S.keep, at: '2026-12-02 07:40:18',
    subject: `[CASE ${C.sho}] 統合完了のお知らせ`,
    note: 'merge-completed claim from the look-alike amaz0n.com (its own DKIM passes)',
    text: `中村様

ケース ${C.sho} の統合が完了しました。
特典の 50% 割引バウチャー (AWSV-50-9K2M-7TQX) を受け取るには、下記からカード情報を登録してください。
https://amaz0n.com/aws/voucher?c=${C.sho}`,
  }),
  mk({
    slug: 'ja-done-sho-dkim', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64', caseId: C.sho, auth: 'dkimonly',
    from: SUPPORT_JA, to: S.keep, at: '2026-12-02 04:35:50',
    subject: subj(C.sho),
    note: 'short completion from another agent on the same case; only an aligned dkim=pass',
    text: `中村様 ケース${C.sho}、マージ作業完了です。候補者IDは ${S.keepId} のまま変わりません。`,
  }),
  mk({
    slug: 'ja-done-portal-sjis', kind: 'merge_completed', lang: 'ja', enc: 'sjis8',
    from: PORTAL, to: Y.keep, at: '2026-12-01 05:12:36',
    subject: '【AWS Certification】アカウント統合完了のお知らせ',
    note: 'portal notice in Shift_JIS, no case ID, among ID and date fields',
    text: `AWS Certification からのお知らせ

候補者ID ${Y.srcId} のアカウントは、${Y.keepId} に統合されました。
統合日: 令和8年12月1日
移行された認定: SOA-C02, CLF-C02

このメールは送信専用です。`,
  }),

  // ======================= badges_transferred =======================
  mk({
    slug: 'ja-badge-credly-kenji', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    from: CREDLY_AWS, to: K.keep, at: '2026-11-26 02:10:44', relay: 'o1.ptr4417.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    text: `渡辺 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/3f1c9a2e-6b0d-4e8a-9c41-77d2b5e0a913/accept
発行日: 2026/11/26
有効期限: 2027/05/10`,
    html: `<html><body><p>渡辺 健二 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/3f1c9a2e-6b0d-4e8a-9c41-77d2b5e0a913/accept">バッジを入手する</a></p>
<p>発行日: 2026/11/26<br>有効期限: 2027/05/10</p></body></html>`,
  }),
  mk({
    slug: 'ja-badge-support-yuki', kind: 'badges_transferred', lang: 'ja', enc: 'sjisb64', caseId: C.yuki,
    from: SUPPORT_JA, to: Y.keep, at: '2026-12-03 06:02:58',
    subject: subj(C.yuki),
    note: 'support says the Credly badges were moved to the kept address',
    text: `田中様

お問い合わせ番号 ${C.yuki}（クローズ後のご連絡 2026/12/02 受領分）
Credly 上のバッジ 2 件（AWS Certified SysOps Administrator - Associate、AWS Certified Cloud Practitioner）を、${Y.keep} のアカウントへ付け替えました。
Credly にサインインのうえ、ダッシュボードに 2 件が並んでいることをご確認ください。`,
  }),
  mk({
    slug: 'ja-badge-support-kenji-close', kind: 'badges_transferred', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-27 08:22:13',
    subject: subj(C.kenji),
    note: 'support announces badges moved and closes the case: badges_transferred',
    text: `渡辺様

ケース ${C.kenji}
ご指摘のバッジ（DVA-C02、バッジID 8d2e41f0-1c5a-4b77-a0e3-52f9c6d18b20）は、${K.keep} 宛の Credly アカウントへ移行いたしました。
以上をもちまして本ケースをクローズいたします。

${gmailJa('2026-11-26 20:31', `${K.ja} <${K.keep}>`)}
> 統合ありがとうございました。SAA のバッジは届きましたが、DVA-C02 のバッジが旧アドレスのままです。`,
  }),
  mk({
    slug: 'ja-badge-credly-sho-html', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    from: CREDLY_AWS, to: S.keep, at: '2026-12-03 00:44:29',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'HTML-only Credly issue mail (AWS issuer) in Japanese',
    html: `<html><body><table><tr><td>
<p>中村 翔 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が「AWS Certified Solutions Architect - Professional」を発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/b71e0c52-9f3a-4d1e-8e66-0a4c2f9d7713">バッジを入手する</a></p>
<p>Credly, Inc. 1 Lafayette Square, Buffalo NY</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-badge-credly-misaki', kind: 'badges_transferred', lang: 'ja', enc: 'jisb64',
    from: CREDLY_AWS, to: M.keep, at: '2026-12-03 03:16:02',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge via Credly in ISO-2022-JP base64',
    text: `小林 美咲 さん

Amazon Web Services Training and Certification より、AWS Certified Advanced Networking - Specialty のバッジが届いています。
バッジを入手する
https://www.credly.com/badges/c0a9f6d1-2e47-48b3-9d55-6e1f0b7a42c8/accept
取得日 2024/07/19 / 失効日 2027/07/19`,
  }),
  mk({
    slug: 'ja-badge-forged-credIy', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: K.keep, at: '2026-11-26 05:03:17',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge mail from the look-alike credIy.com (capital I)',
    text: `渡辺 健二 さん

AWS Certified Developer - Associate のバッジが移行されました。
バッジを入手する: https://credIy.com/badges/accept?id=8d2e41f0&login=${K.keep}`,
  }),
  mk({
    slug: 'ja-badge-support-misaki', kind: 'badges_transferred', lang: 'ja', enc: 'jis7', caseId: C.misaki,
    from: SUPPORT_JA, to: M.keep, at: '2026-12-03 02:58:45',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'support says the badge is now on the kept Credly account; Outlook quote',
    text: `小林様

Case ${C.misaki}
ANS-C01 のデジタルバッジについても、Credly 側で ${M.keep} のアカウントへの付け替えが済んでおります。まもなく Credly から「バッジ発行のお知らせ」が届きます。

${outlookJa('2026-12-02 18:40', `${M.ja} <${M.keep}>`, FORM, `RE: [Case ${C.misaki}] 認定アカウントの統合`)}

統合ありがとうございました。バッジがまだ旧アドレスにあります。`,
  }),
  mk({
    slug: 'ja-badge-support-sho', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', caseId: C.sho,
    from: SUPPORT_JA, to: S.keep, at: '2026-12-02 23:55:12',
    subject: subj(C.sho),
    note: 'support lists the two badge IDs that were moved',
    text: `中村様

Case ID ${C.sho}
デジタルバッジ 2 点を ${S.keep} に移動いたしました。
 - SAP-C02: badge b71e0c52-9f3a-4d1e-8e66-0a4c2f9d7713
 - SAA-C03: badge 4a90d3c7-51e2-4f08-b6a1-2c7e9d0f3b55
Credly (https://www.credly.com/users/sho-nakamura) に反映されるまで最大 24 時間ほどかかる場合があります。`,
  }),

  // ======================= case_closed =======================
  mk({
    slug: 'ja-close-kenji-dupcase', kind: 'case_closed', lang: 'ja', enc: 'jis7', caseId: C.kenjiDup, trap: true,
    from: SUPPORT_JA, to: K.src, at: '2026-11-21 06:30:00',
    subject: `RE:[CASE ${C.kenjiDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'the duplicate case is closed and folded into the main one (“統合” of cases, not of accounts)',
    text: `渡辺様

ケース ${C.kenjiDup} は、先にいただいたケース ${C.kenji} と同じご依頼のため、本ケースはクローズし、${C.kenji} に統合して対応いたします。
以降のやりとりは ${C.kenji} のメールスレッドでお願いいたします。`,
  }),
  mk({
    slug: 'ja-close-yuki-autoclose', kind: 'case_closed', lang: 'ja', enc: 'sjis8', caseId: C.yuki,
    from: NOREPLY, to: Y.keep, at: '2026-11-28 00:00:12',
    subject: `ケース ${C.yuki} は 7 日後に自動クローズされます`,
    note: 'will auto-close in 7 days without a reply',
    text: `田中 由紀 様

ケースID：${C.yuki}
最終更新：2026/11/27 12:44 JST
このケースには 2026年12月5日 までにご返信がない場合、自動的にクローズされます。
追加のご質問がある場合は、このメールに返信してください。`,
  }),
  mk({
    slug: 'ja-close-sho-restate', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', caseId: C.sho, trap: true,
    from: SUPPORT_JA, to: S.keep, at: '2026-12-04 01:12:38',
    subject: subj(C.sho),
    note: 'closing that only restates the earlier merge (12/2) and badge move',
    text: `中村様

Case ID: ${C.sho}
12/2 に実施した ${S.srcId} → ${S.keepId} のマージ、およびバッジ 2 点の移動をもって、本ケースを解決済みとしてクローズいたします。
再度お問い合わせの際は、新しいケースではなくこのメールへの返信でご連絡ください。`,
  }),
  mk({
    slug: 'ja-close-misaki-resolved', kind: 'case_closed', lang: 'ja', enc: 'jisb64', caseId: C.misaki,
    from: NOREPLY, to: M.keep, at: '2026-12-06 09:00:05',
    subject: `ケース ${C.misaki} は解決済みになりました`,
    note: 'AWS Support notification: case resolved',
    text: `小林 美咲 様

ケース ${C.misaki} のステータスが「解決済み」に変更されました。
変更日時: 2026-12-06 18:00 JST
再オープンする場合は、14 日以内 (2026/12/20 まで) にこのメールへご返信ください。`,
  }),
  mk({
    slug: 'ja-close-yuki-restate-badges', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', caseId: C.yuki, trap: true,
    from: SUPPORT_JA, to: Y.keep, at: '2026-12-05 03:40:51',
    subject: subj(C.yuki),
    note: 'closing that restates the earlier merge and badge move',
    text: `田中様

お問い合わせ番号 ${C.yuki}
12月1日の統合、12月3日のバッジ付け替えのご報告以降、追加のご連絡がございませんので、本件を完了としてクローズいたします。ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-close-forged-otheronly', kind: 'case_closed', lang: 'ja', enc: 'sjisb64', caseId: C.kenji, trusted: false, auth: 'otherOnly',
    from: SUPPORT_JA, to: K.keep, at: '2026-11-28 12:04:19',
    subject: subj(C.kenji),
    note: 'closing notice with only a foreign authserv-id\u2019s verdict (mx.google.com): untrusted',
    text: `渡辺様

ケース ${C.kenji} はクローズされました。
ご不明点は 03-6890-1122 までお電話ください。`,
  }),
  mk({
    slug: 'ja-close-misaki-72h', kind: 'case_closed', lang: 'ja', enc: 'utf8b64', caseId: C.misaki,
    from: SUPPORT_JA, to: M.keep, at: '2026-12-03 07:45:19',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'agent says the case will be closed if there is no reply within 72 hours',
    text: `小林様

Case ${C.misaki} の件、その後いかがでしょうか。
72 時間以内（2026/12/06 16:45 JST まで）にご返信がない場合は、本ケースをクローズさせていただきます。`,
  }),
  mk({
    slug: 'ja-close-kenji', kind: 'case_closed', lang: 'ja', enc: 'jis7', caseId: C.kenji,
    from: NOREPLY, to: K.keep, at: '2026-11-28 00:00:41',
    subject: `[CASE ${C.kenji}] ケースがクローズされました`,
    note: 'plain case-closed notification',
    text: `渡辺 健二 様

ケースID ${C.kenji}
ステータス: クローズ（2026/11/28 09:00 JST）
このケースについて追加のご質問がある場合は、サポートセンターから再オープンできます。`,
  }),

  // ======================= support_reply =======================
  mk({
    slug: 'ja-sr-kenji-thanks', kind: 'support_reply', lang: 'ja', enc: 'jis7', caseId: C.kenji, trap: true,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-25 02:14:44',
    subject: subj(C.kenji),
    note: 'thanks for the consent, handed to the team: not the completion',
    text: `渡辺様

ケース ${C.kenji}：ご同意のご返信（2026/11/25 10:58 JST）を確認いたしました、担当チームへ引き継いでおります（内部チケット INT-58812）。
作業の進捗があり次第、本スレッドでお知らせします。`,
  }),
  mk({
    slug: 'ja-sr-yuki-future', kind: 'support_reply', lang: 'ja', enc: 'sjisb64', caseId: C.yuki, trap: true,
    from: SUPPORT_JA, to: Y.keep, at: '2026-11-30 06:33:10',
    subject: subj(C.yuki),
    note: 'future tense: 統合が完了しましたら — not the completion',
    text: `田中様

お問い合わせ番号 ${C.yuki}
ご承認ありがとうございます。統合が完了しましたら、改めてこちらからご連絡いたします。
作業には 3から5営業日（目安 2026/12/04 まで）ほど頂戴しております。`,
  }),
  mk({
    slug: 'ja-sr-sho-notyet', kind: 'support_reply', lang: 'ja', enc: 'utf8qp', caseId: C.sho, trap: true,
    from: SUPPORT_JA, to: S.keep, at: '2026-12-01 08:20:35',
    subject: subj(C.sho),
    note: 'negated: the merge is not completed yet',
    text: `中村様

Case ID: ${C.sho}
お問い合わせの件、現時点（2026/12/01 17:20 JST）では統合作業は完了しておりません。
11/26 に受験された SCS-C02 の結果が ${S.keepId} に反映中のため、反映を待ってから作業いたします。

${gmailJa('2026-12-01 12:02', `${S.ja} <${S.keep}>`)}
> 統合はもう終わりましたか？
>
> iPhoneから送信`,
  }),
  mk({
    slug: 'ja-sr-kenji-casesmerged', kind: 'support_reply', lang: 'ja', enc: 'jis7', caseId: C.kenji, trap: true,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-21 06:35:22',
    subject: subj(C.kenji),
    note: 'two case numbers merged into one: about cases, not the account merge',
    text: `渡辺様

ケース ${C.kenji} と ${C.kenjiDup} を一本化（マージ）いたしました。
アカウント統合のご依頼自体は引き続き ${C.kenji} で承り、ご案内いたします。`,
  }),
  mk({
    slug: 'ja-sr-misaki-escalate', kind: 'support_reply', lang: 'ja', enc: 'jisb64', caseId: C.misaki,
    from: SUPPORT_JA, to: M.keep, at: '2026-11-29 08:40:30',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'escalation status with a reference number',
    text: `小林様

Case ${C.misaki}
氏名表記の件、専門チームへエスカレーションいたしました（参照番号 ESC-2026-1129-0442）。
回答まで 2〜3 営業日いただく見込みです。`,
  }),
  mk({
    slug: 'ja-sr-yuki-keepaddr', kind: 'support_reply', lang: 'ja', enc: 'sjis8', caseId: C.yuki,
    from: SUPPORT_JA, to: Y.src, at: '2026-11-25 01:10:02',
    subject: subj(C.yuki),
    note: 'only asks the user to write from the kept address, no data requested',
    text: `田中様

お問い合わせ番号 ${C.yuki}
本件は、統合後に残すアカウントのメールアドレス（${Y.keep} とのこと）からご連絡をお願いしております。
お手数ですが、そちらのアドレスからこのメールに返信いただく形でお送りください。`,
  }),
  mk({
    slug: 'ja-sr-sho-unable', kind: 'support_reply', lang: 'ja', enc: 'utf8b64', caseId: C.sho, trap: true,
    from: SUPPORT_JA, to: S.keep, at: '2026-11-29 03:05:00',
    subject: subj(C.sho),
    note: 'we are unable to merge as things stand (identity documents not accepted by mail); no request',
    text: `中村様

Case ID ${C.sho}
お送りいただいた運転免許証の画像（ファイル名 IMG_20261128_2231.jpg）は、セキュリティ上の理由によりメールでは受け付けておりません。
該当ファイルは削除いたしました。このままの情報では統合は承れかねますことをご了承ください。`,
  }),
  mk({
    slug: 'ja-sr-kenji-voucher', kind: 'support_reply', lang: 'ja', enc: 'jis7', caseId: C.kenji, trap: true,
    from: SUPPORT_JA, to: K.keep, at: '2026-11-24 04:18:29',
    subject: subj(C.kenji),
    note: 'answers a voucher question, conditional on a merge that has not happened yet',
    text: `渡辺様

ケース ${C.kenji}
ご質問のバウチャー（50% 割引、コード末尾 -7TQX、有効期限 2027/01/22）は、統合を実施した後も統合先アカウントに引き継がれます。
統合作業自体はまだ実施しておりません、前回お送りした同意のご依頼へのご返信をお待ちしております。`,
  }),
  mk({
    slug: 'ja-sr-misaki-queue', kind: 'support_reply', lang: 'ja', enc: 'jisb64', caseId: C.misaki,
    from: SUPPORT, to: M.keep, at: '2026-12-01 07:02:54',
    subject: `RE: [Case ${C.misaki}] 認定アカウントの統合`,
    note: 'status: request queued (queue number), no event',
    text: `小林様

ケース ${C.misaki}、ご返信を受領しました。
現在、受付順に処理しており、お客様の順番は No. 0317 です。処理開始の際に改めてご連絡いたします。`,
  }),
  mk({
    slug: 'ja-sr-yuki-badges-pending', kind: 'support_reply', lang: 'ja', enc: 'sjisb64', caseId: C.yuki, trap: true,
    from: SUPPORT_JA, to: Y.keep, at: '2026-12-02 08:51:27',
    subject: subj(C.yuki),
    note: 'badges not moved yet (waiting on Credly): negated badge event',
    text: `田中様

お問い合わせ番号 ${C.yuki}
Credly バッジ（CLF-C02 / SOA-C02）の移行は、現在 Credly 側の処理待ちで、まだ ${Y.keep} には反映されておりません。
反映を確認でき次第ご連絡いたします（Credly 側受付番号 CR-449102）。`,
  }),

  // ======================= unrelated =======================
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', enc: 'jis7', caseId: C.kenji, trusted: false, trap: true,
    from: to(K.ja, K.keep), to: FORM, deliveredTo: K.keep, relay: 'mail.example.jp', at: '2026-11-25 01:58:03', tz: '+0900',
    subject: subj(C.kenji),
    note: 'the user\u2019s own consent reply (Bcc copy to himself): carries no news from support',
    text: `AWS トレーニングと認定 ご担当者様

ケース ${C.kenji}
${K.srcId} を ${K.keepId} に統合することに同意します。
よろしくお願いいたします。

渡辺 健二 (090-4417-2268)

${gmailJa('2026-11-25 09:30', `AWS トレーニングと認定 <${FORM}>`)}
> ご返信を拝見しましたが、統合へのご同意の文言が見当たりませんでした。`,
  }),
  mk({
    slug: 'ja-un-pearson-booking', kind: 'unrelated', lang: 'ja', enc: 'sjis8', trusted: false, trap: true,
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: K.keep, at: '2026-11-22 03:30:00',
    subject: '試験予約の確認: AWS Certified DevOps Engineer - Professional',
    note: 'exam appointment confirmation (Pearson VUE), not a support case',
    text: `渡辺 健二 様

ご予約が確定しました。
登録ID: 512349876
試験: DOP-C02 AWS Certified DevOps Engineer - Professional (日本語)
日時: 2026/12/19 13:30 JST
会場: オンライン (OnVUE)
候補者ID: ${K.keepId}

予約の変更は 24 時間前までに行ってください。`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    from: TRAINING, to: S.keep, at: '2026-11-28 10:15:00',
    subject: 'AWS Certified Security - Specialty 合格のお知らせ',
    note: 'exam result notice; “処理が完了” is about scoring, not a merge',
    text: `中村 翔 様

SCS-C02 の試験結果の処理が完了しました。結果: 合格（スコア 812 / 1000）
受験日: 2026/11/26  候補者ID: ${S.keepId}
認定の有効期限: 2029/11/26
デジタルバッジは 5 営業日以内に Credly から届きます。`,
  }),
  mk({
    slug: 'ja-un-refund-ack', kind: 'unrelated', lang: 'ja', enc: 'jis7', caseId: C.yukiRefund, trap: true,
    from: NOREPLY, to: Y.keep, at: '2026-11-25 04:06:20',
    subject: `[CASE ${C.yukiRefund}] 試験料の返金に関するお問い合わせを受け付けました`,
    note: 'receipt of her other case, which says it is about an exam-fee refund',
    text: `田中 由紀 様

試験料の返金に関するお問い合わせ（ケースID ${C.yukiRefund}）を受け付けました。
対象の注文: 試験予約 0099-2214-7730（2026/11/15 受験予定分、金額 20,000円）
担当者より 3 営業日以内にご連絡いたします。`,
  }),
  mk({
    slug: 'ja-un-refund-closed', kind: 'unrelated', lang: 'ja', enc: 'sjisb64', caseId: C.yukiRefund, trap: true,
    from: SUPPORT_JA, to: Y.keep, at: '2026-12-02 02:27:11',
    subject: `RE:[CASE ${C.yukiRefund}] 試験料返金`,
    note: 'the refund case is done and closed; mentions the merge case only as another matter',
    text: `田中様

ケース ${C.yukiRefund}（試験料返金）について、返金処理が完了いたしましたので本ケースはクローズいたします。
返金額 20,000 円、処理番号 RF-20261202-5518、カード会社により反映まで 5日から10日ほどかかります。
アカウント統合のご依頼 (${C.yuki}) は別の担当が対応しております。`,
  }),
  mk({
    slug: 'ja-un-amazon-order', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trusted: false, trap: true,
    from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>', to: K.keep, at: '2026-11-23 11:09:31',
    subject: 'Amazon.co.jp ご注文の確認 250-3345127-8842261',
    note: 'a shopping order confirmation (amazon.co.jp is not a trusted domain), unrelated',
    text: `渡辺 健二 様

Amazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。
注文番号: 250-3345127-8842261
商品: AWS認定ソリューションアーキテクト プロフェッショナル 問題集 第3版
お届け予定: 2026/11/25
お支払い金額: ￥3,520`,
  }),
  mk({
    slug: 'ja-un-ooo-colleague', kind: 'unrelated', lang: 'ja', enc: 'jis7', caseId: C.kenji, trusted: false, trap: true,
    from: to(COLLEAGUE.ja, COLLEAGUE.addr), to: K.keep, at: '2026-11-25 10:02:00', tz: '+0900',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `自動応答: RE:[CASE ${C.kenji}] [AWS Training and Certification Form Submission] - account-assistance`,
    note: 'a colleague\u2019s out-of-office reply to a forwarded completion notice',
    text: `鈴木は 2026/11/24〜2026/12/01 まで休暇のため不在です。
急ぎの場合は 03-5555-0142 (代表) までご連絡ください。

----- 元のメッセージ -----
${K.srcId} の認定を ${K.keepId} に統合いたしました。`,
  }),
  mk({
    slug: 'ja-un-credly-microsoft', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: Y.keep, at: '2026-11-29 05:44:40', relay: 'o1.ptr4417.credly.com',
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (Microsoft)',
    text: `田中 由紀 さん

Microsoft から「Microsoft Certified: Azure Administrator Associate」(AZ-104) のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/e2d7c1a0-3b94-4f6e-8a15-9c0d4e7b2f61/accept`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true,
    from: CREDLY, to: K.keep, at: '2026-11-29 13:20:57',
    subject: 'Credly: アカウント統合の確認コード',
    note: 'Credly\u2019s own account-merge code mail',
    text: `Credly アカウントの統合リクエストを受け付けました。
確認コード: 482913（有効期限 2026-11-29 14:20 UTC）
統合元: ${K.src}
統合先: ${K.keep}
「Complete Account Merge」画面でこのコードを入力してください。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', enc: 'jisb64', caseId: C.kenji, trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>', to: K.keep, at: '2026-11-29 00:30:18',
    subject: `ケース ${C.kenji} に関するアンケート`,
    note: 'survey about the closed case',
    text: `渡辺 健二 様

ケース ${C.kenji}（2026/11/28 クローズ）について、問題は解決しましたか？
1〜5 の 5 段階で評価をお願いします: https://survey.aws.example/c/${C.kenji}
所要時間は約 1 分です。`,
  }),
  mk({
    slug: 'ja-un-colleague-fwd', kind: 'unrelated', lang: 'ja', enc: 'sjis8', caseId: C.colleague, trusted: false, trap: true,
    from: to(COLLEAGUE.ja, COLLEAGUE.addr), to: K.keep, at: '2026-12-02 11:47:00', tz: '+0900',
    subject: `Fwd: RE:[CASE ${C.colleague}] 統合完了`,
    note: 'a colleague forwards his own merge completion (his case number) to ask a question',
    text: `渡辺さん

自分のほうも統合してもらいました。バッジはどうやって移しましたか？

---------- Forwarded message ---------
From: AWS トレーニングと認定 <${FORM}>
Date: 2026年12月2日(水) 10:31
Subject: RE:[CASE ${C.colleague}] 統合完了

鈴木様
ケース ${C.colleague}：AWS07731120 を AWS00219846 に統合いたしました。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', enc: 'jis7', trap: true,
    from: TRAINING, to: M.keep, at: '2026-11-30 12:00:00',
    subject: 'AWS Skill Builder: コースを修了しました',
    note: 'Skill Builder course completion, unrelated',
    text: `小林 美咲 様

「Exam Prep: AWS Certified Advanced Networking - Specialty (ANS-C01)」の修了が完了しました。
修了日: 2026-11-30
サブスクリプション注文番号: SB-4471-2209-88
修了証は Skill Builder の [マイラーニング] からダウンロードできます。`,
  }),
];
