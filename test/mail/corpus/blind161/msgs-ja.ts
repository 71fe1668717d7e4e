// fd: Japanese messages, all in a clipped, telegraphic voice.
import type { Msg } from './lib.js';
import { CID, CREDLY_AWS, FOOT_JA, FOOT_EN, FORM, FORM_BARE, KEN, MIKI, NOTIFY, PORTAL, REQ_KEN, REQ_MIKI, SIG, YUTO, caseSubj, html, mk, outlookJa, q, sfJa, thread } from './common.js';

const K = `${KEN.ja} <${KEN.keep}>`;
const Ksrc = `${KEN.ja} <${KEN.src}>`;
const M = `${MIKI.ja} <${MIKI.keep}>`;
const Msrc = `${MIKI.ja} <${MIKI.src}>`;
const Y = `${YUTO.ja} <${YUTO.keep}>`;

const ack: Msg[] = [
  mk({
    slug: 'ja-ack-ken-jis',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.ken,
    note: 'automatic receipt for the new case; case ID in subject and body',
    from: NOTIFY, to: K, subject: `[ケース ${CID.ken}] 受付`, d: '2026-01-12 08:41:05', tz: '+0000', enc: 'jis7',
    text: `ケース受付:${CID.ken}
区分:AWS トレーニングと認定 / アカウント
返信目安:24h以内
同内容の再起票:不要(遅延要因)
追記:本メールへ返信

${FOOT_JA}`,
  }),
  mk({
    slug: 'ja-ack-miki-sjisb64',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.miki,
    note: 'receipt: case opened, waiting for assignment; nothing asked',
    from: NOTIFY, to: M, subject: `受付済 #${CID.miki}`, d: '2025-12-08 01:12:44', enc: 'sjisb64',
    text: `受付済。#${CID.miki}
担当割当:待ち

${FOOT_JA}`,
  }),
  mk({
    slug: 'ja-ack-yuto-mp',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.yuto,
    note: 'receipt as multipart/alternative; status line only',
    from: NOTIFY, to: Y, subject: `お問い合わせ受付 - ケース ${CID.yuto}`, d: '2026-02-03 11:02:19', enc: 'utf8qp',
    text: `お問い合わせ受付
ケース:${CID.yuto}
状態:未割当
次:担当者より連絡(通常1営業日)
----
Case ${CID.yuto} | Status: Unassigned`,
    html: html(`お問い合わせ受付\nケース:${CID.yuto}\n状態:未割当\n次:担当者より連絡(通常1営業日)\n\nCase ${CID.yuto} | Status: Unassigned`),
  }),
  mk({
    slug: 'ja-ack-kendup-fields',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.kenDup, trap: true,
    note: 'receipt that lists which fields were received; asks nothing, so not an information request',
    from: NOTIFY, to: Ksrc, subject: `ケース ${CID.kenDup} 起票`, d: '2026-01-12 09:15:40', enc: 'jisb64',
    text: `起票:${CID.kenDup}
受領項目:氏名/会社名/候補者ID(1件)
優先度:通常
※本メールは送信専用`,
  }),
  mk({
    slug: 'ja-ack-fail-forged',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.ken, trusted: false, auth: 'fail',
    note: 'looks like a receipt from no-reply-aws@amazon.com but dmarc=fail at the receiving server',
    from: NOTIFY, to: K, subject: `ケース${CID.ken}:起票OK`, d: '2026-01-12 08:52:30', enc: 'utf8b64',
    text: `起票OK
ケース番号 ${CID.ken}
状況確認→サインインして「ケース」タブ`,
  }),
  mk({
    slug: 'ja-ack-lookalike',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.fake, trusted: false,
    note: 'receipt from a look-alike domain (amazon-aws-notice.jp); passes its own DMARC but is not a trusted domain',
    from: 'AWS サポート <no-reply@amazon-aws-notice.jp>', to: M, subject: 'ケース受付 1769001234', d: '2026-01-19 23:40:12', enc: 'utf8qp',
    text: `ケース受付 ${CID.fake}
本人確認未了→24h以内にログイン
https://amazon-aws-notice.jp/case/login`,
  }),
  mk({
    slug: 'ja-ack-miki2-sjis8',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.miki2,
    note: 'topic-less receipt (case number only in the body) is read as an acknowledgement',
    from: NOTIFY, to: M, subject: '受付のお知らせ', d: '2026-01-20 00:14:55', enc: 'sjis8',
    text: `ケース番号:${CID.miki2}
受付日時:2026/01/20 09:14 JST
内容:(省略)
返信先:本メール`,
  }),
  mk({
    slug: 'ja-ack-htmlonly',
    kind: 'acknowledgement', lang: 'ja', caseId: CID.yuto,
    note: 'HTML-only receipt table; case ID in the body',
    from: NOTIFY, to: Y, subject: 'AWS サポート: 受付完了', d: '2026-02-03 11:02:50', enc: 'utf8b64',
    html: `<html><body><table border="0" cellpadding="4">
<tr><td>ケース ID</td><td>${CID.yuto}</td></tr>
<tr><td>件名</td><td>認定アカウント</td></tr>
<tr><td>状態</td><td>受付済・担当待ち</td></tr>
</table>
<p style="font-size:11px;color:#666">送信専用。返信=ケースへ追記。</p></body></html>`,
  }),
];

const ai: Msg[] = [
  mk({
    slug: 'ja-ai-portal-jis',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion: self-service Merge Accounts tool; no case yet',
    from: NOTIFY, to: K, subject: '自動回答:アカウント統合', d: '2026-01-12 08:30:11', enc: 'jis7',
    text: `AI回答(自動生成)
統合→認定ポータル>プロフィール>Merge Accounts
両アカウントに認定履歴あり→ツール不可→「ケースを作成」
※内容は参考情報`,
  }),
  mk({
    slug: 'ja-ai-selfservice-sjis',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer proposing the self-service tool in three steps',
    from: NOTIFY, to: M, subject: '提案:セルフサービス', d: '2025-12-08 01:05:03', enc: 'sjisb64',
    text: `自動提案
1. ポータルへサインイン(残す方)
2. Profile → Merge Accounts
3. 統合元のメール/ID入力
未解決→[ケースを作成]`,
  }),
  mk({
    slug: 'ja-ai-aftermerge-trap',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer explaining what happens after a merge (badges 3-5 days); still only an automated suggestion',
    from: NOTIFY, to: Y, subject: 'AI による回答', d: '2026-02-03 10:58:41', enc: 'utf8qp',
    text: `自動回答(生成AI)
統合後:認定・特典→統合先へ
Credlyバッジ→3-5営業日で再発行
統合完了の通知が届くまで待機推奨
役立たず→ケース作成へ`,
  }),
  mk({
    slug: 'ja-ai-case-article',
    kind: 'ai_answer', lang: 'ja', caseId: CID.miki2, trap: true,
    note: 'automated article suggestion on an open case; mentions resolving/closing only as an option',
    from: NOTIFY, to: M, subject: `ケース ${CID.miki2}:関連記事`, d: '2026-01-20 00:15:30', enc: 'jisb64',
    text: `ケース${CID.miki2}:関連記事(自動)
→「AWS認定アカウントの統合」
→「Credlyバッジが表示されない」
これで解決→返信不要、ケースは自動でクローズ`,
  }),
  mk({
    slug: 'ja-ai-mixed-boilerplate',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Japanese generated answer under English automated-response boilerplate',
    from: NOTIFY, to: K, subject: 'Automated response / 自動応答', d: '2026-01-12 08:29:02', enc: 'utf8b64',
    text: `This is an automated response generated by AI.

統合:セルフサービス可の場合あり
条件:片方のみ認定履歴
手順:プロフィール→アカウントの統合`,
  }),
  mk({
    slug: 'ja-ai-html',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only AI suggestion with a link to the merge tool',
    from: NOTIFY, to: Y, subject: 'おすすめの解決方法', d: '2026-02-03 10:57:20', enc: 'utf8qp',
    html: `<html><body><p><b>おすすめ(自動)</b></p>
<ul><li>認定アカウント統合:<a href="https://www.aws.training/certification">ポータル</a>→Merge Accounts</li>
<li>不可の場合:ケース作成</li></ul>
<p style="color:#888">生成AIによる回答です。</p></body></html>`,
  }),
  mk({
    slug: 'ja-ai-short-sjis8',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'one-line generated answer: try the Merge Accounts tool first',
    from: NOTIFY, to: M, subject: '自動回答', d: '2025-12-08 01:04:10', enc: 'sjis8',
    text: `まず:Merge Accountsツール(ポータル内)
ダメなら:ケース作成
-- 自動生成`,
  }),
];

const info: Msg[] = [
  mk({
    slug: 'ja-info-need-ids',
    kind: 'info_request', lang: 'ja', caseId: CID.ken,
    note: 'asks for both candidate IDs and the address to keep',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-13 02:10:33', enc: 'jis7',
    text: `要:候補者ID両方、残す方のメアド。

${SIG.mori}

${sfJa(K, '2026/01/12 17:41', 'アカウント統合', REQ_KEN)}

${thread('9Qk2Lm')}`,
  }),
  mk({
    slug: 'ja-info-confirm-addr',
    kind: 'info_request', lang: 'ja', caseId: CID.miki, trap: true,
    note: '"ご確認ください" here asks which login address stays: information, not consent',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-09 03:22:10', enc: 'sjisb64',
    text: `ご確認ください→残すアカウントのログインメール
(統合先/統合元、記載が逆?)

${SIG.takahashi}

${q(REQ_MIKI)}`,
  }),
  mk({
    slug: 'ja-info-src-id-missing',
    kind: 'info_request', lang: 'ja', caseId: CID.yuto,
    note: 'source candidate ID missing; asks to add it',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-04 05:48:00', enc: 'utf8qp',
    text: `統合元Candidate ID:未記載
追記願います

${SIG.kenta}

${outlookJa(Y, '2026年2月3日 20:01', FORM_BARE, 'アカウント統合', `統合お願いします。残す:${YUTO.keep}(${YUTO.keepId}) 統合元:${YUTO.src}`)}`,
  }),
  mk({
    slug: 'ja-info-missing-list',
    kind: 'info_request', lang: 'ja', caseId: CID.ken,
    note: 'lists the missing data (both addresses, certifications per account)',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-14 01:30:00', enc: 'jisb64',
    text: `不足:
・統合先メアド
・統合元メアド
・各アカウントの保有認定(名称/取得日)
返信で。

${SIG.sasaki}`,
  }),
  mk({
    slug: 'ja-info-noauth',
    kind: 'info_request', lang: 'ja', caseId: CID.ken, trusted: false, auth: 'none',
    note: 'asks for IDs; support From address but no Authentication-Results at all',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-13 04:01:10', enc: 'utf8b64',
    text: `候補者ID×2 返信で。至急。`,
  }),
  mk({
    slug: 'ja-info-freemail',
    kind: 'info_request', lang: 'ja', caseId: CID.ken, trusted: false,
    note: 'support display name on a free-mail address asking for credentials; asks for data, untrusted',
    from: 'AWS Training and Certification <aws.cert.desk@freemail.example>', to: K, subject: `[CASE ${CID.ken}] 本人確認`, d: '2026-01-13 11:19:45', enc: 'utf8qp',
    text: `本人確認要:
・生年月日
・候補者ID
・ポータルのパスワード
本日中。未返信→統合中止`,
  }),
  mk({
    slug: 'ja-info-skillbuilder-confirm',
    kind: 'info_request', lang: 'ja', caseId: CID.miki, trap: true,
    note: '"統合前に確認" asks which Skill Builder address is used: information request',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-10 06:05:31', enc: 'jis7',
    text: `統合前に確認:
Skill Builderのメアド→どちら?
aws.training通知先→どちら?

${SIG.takahashi}
${thread('7Hh1Pa')}`,
  }),
  mk({
    slug: 'ja-info-which-sjis8',
    kind: 'info_request', lang: 'ja', caseId: CID.yuto,
    note: 'asks which account to keep (A or B), replying from that address',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-05 00:44:18', enc: 'sjis8',
    text: `残す方=どっち?
A: ${YUTO.keep}
B: ${YUTO.src}
→残す方のアドレスから、A/Bと両ID記載で返信を

${SIG.mori}`,
  }),
  mk({
    slug: 'ja-info-resent-helpdesk',
    kind: 'info_request', lang: 'ja', caseId: CID.kenDup, forUser: false,
    note: 'information request to the old work address, redirected by the old company to its helpdesk (Resent-*)',
    from: FORM, to: Ksrc, subject: caseSubj(CID.kenDup), d: '2026-01-13 02:20:00', enc: 'jis7',
    resent: { from: 'postmaster@biz.example.co.jp', to: 'helpdesk@biz.example.co.jp', date: 'Tue, 13 Jan 2026 11:25:03 +0900' },
    text: `要:統合先の候補者ID。統合元は確認済。

${SIG.sasaki}`,
  }),
];

const conf: Msg[] = [
  mk({
    slug: 'ja-conf-irreversible',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.ken,
    note: 'states the merge direction and asks for consent; cannot be undone',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-15 03:12:00', enc: 'jis7',
    text: `統合内容:${KEN.srcId}→${KEN.keepId}
取消:不可
OK→返信で「同意」

${SIG.mori}

${thread('2Rr8Dd')}`,
  }),
  mk({
    slug: 'ja-conf-final',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.miki,
    note: 'final check before the merge, reply to go ahead',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-11 02:40:09', enc: 'sjisb64',
    text: `最終確認
統合後:元に戻せず
進めてよい→返信ください

${SIG.takahashi}

${sfJa(M, '2025/12/10 21:14', caseSubj(CID.miki), `Skill Builder: ${MIKI.keep}\n通知先: ${MIKI.keep}`)}`,
  }),
  mk({
    slug: 'ja-conf-ok-sjis8',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.yuto,
    note: 'one-line consent request ("この内容でマージ可?")',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-06 01:00:00', enc: 'sjis8',
    text: `この内容でマージ可?(不可逆)
${YUTO.srcId} → ${YUTO.keepId}
--
${SIG.kenta}`,
  }),
  mk({
    slug: 'ja-conf-waiting-consent',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.miki,
    note: 'awaiting the customer consent reply; lists keep and source',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-11 08:20:45', enc: 'utf8qp',
    text: `承諾の返信:待ち
統合先:${MIKI.keep}
統合元:${MIKI.src}
実行後の取り消し不可

${SIG.sasaki}`,
  }),
  mk({
    slug: 'ja-conf-mixed',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.ken,
    note: 'mixed language: English line plus the Japanese consent question',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-15 07:31:22', enc: 'utf8b64',
    text: `Please confirm.
統合実行可否、ご返答を。Yes/No
※不可逆

${SIG.priyanka}`,
  }),
  mk({
    slug: 'ja-conf-misaligned',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.ken, trusted: false, auth: 'misaligned',
    note: 'consent request with a link; DKIM passes only for a bulk-mail domain, dmarc=fail',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-15 12:02:40', enc: 'jisb64',
    text: `統合承認→下記からサインインして「承認」
https://aws-merge-approval.example.net/${CID.ken}
期限:24h`,
  }),
  mk({
    slug: 'ja-conf-mp',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.yuto,
    note: 'multipart consent request, HTML bolds the irreversibility',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-06 04:12:00', enc: 'utf8qp',
    text: `統合可否:ご返答待ち
対象:${YUTO.src} → ${YUTO.keep}
注意:取り消し不可
同意→このまま返信`,
    html: `<div>統合可否:ご返答待ち</div>
<div>対象:${YUTO.src} → ${YUTO.keep}</div>
<div><b>注意:取り消し不可</b></div>
<div>同意→このまま返信</div>`,
  }),
  mk({
    slug: 'ja-conf-bottompost',
    kind: 'confirmation_request', lang: 'ja', caseId: CID.ken,
    note: 'bottom-posted: quote first, then the consent question',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-15 01:05:00', enc: 'jis7',
    text: `${q(`残す:${KEN.keep} (${KEN.keepId})\n統合元:${KEN.src} (${KEN.srcId})`)}

↑で統合。問題なし→返信を。取り消し不可。
森`,
  }),
];

const merged: Msg[] = [
  mk({
    slug: 'ja-merged-short',
    kind: 'merge_completed', lang: 'ja', caseId: CID.ken,
    note: 'merge done; badges later',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-16 09:10:00', enc: 'jis7',
    text: `統合済。バッジ後日。
森`,
  }),
  mk({
    slug: 'ja-merged-please-check',
    kind: 'merge_completed', lang: 'ja', caseId: CID.miki,
    note: 'completion notice that asks to check certifications and benefits: still merge_completed',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-12 05:00:12', enc: 'sjisb64',
    text: `統合完了:${MIKI.srcId}→${MIKI.keepId}
ポータルで認定・特典の反映をご確認を

${SIG.takahashi}

${FOOT_JA}`,
  }),
  mk({
    slug: 'ja-merged-portal',
    kind: 'merge_completed', lang: 'ja', caseId: null, auth: 'dkimonly', dkimDomain: 'aws.training',
    note: 'certification portal notice (no case ID); DKIM aligned on the parent domain aws.training',
    from: PORTAL, to: Y, subject: 'アカウント統合:完了', d: '2026-02-07 02:33:00', enc: 'utf8b64',
    text: `アカウント統合:完了
統合先:${YUTO.keepId}
履歴・認定・特典:移行済
-- AWS Certification`,
  }),
  mk({
    slug: 'ja-merged-and-close',
    kind: 'merge_completed', lang: 'ja', caseId: CID.yuto,
    note: 'merge completed and the case will be closed: the new fact is the merge',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-07 03:00:00', enc: 'jisb64',
    text: `マージ完了。本ケースはクローズします。
${SIG.kenta}`,
  }),
  mk({
    slug: 'ja-merged-lookalike',
    kind: 'merge_completed', lang: 'ja', caseId: CID.ken, trusted: false,
    note: 'completion claim from a look-alike domain (amaz0n-support.com)',
    from: 'AWS Training and Certification <cs-form@amaz0n-support.com>', to: K, subject: caseSubj(CID.ken), d: '2026-01-16 13:13:13', enc: 'utf8qp',
    text: `統合済→確認はこちら
https://amaz0n-support.com/cert/verify`,
  }),
  mk({
    slug: 'ja-merged-sjis8-inverted',
    kind: 'merge_completed', lang: 'ja', caseId: CID.miki,
    note: 'inverted word order ("完了しました、統合。") with a long footer',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-12 04:10:00', enc: 'sjis8',
    text: `完了しました、統合。

${FOOT_JA}`,
  }),
  mk({
    slug: 'ja-merged-gmailquote',
    kind: 'merge_completed', lang: 'ja', caseId: CID.ken,
    note: 'merge done and old ID disabled; the customer consent is quoted below a Gmail header',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-16 07:45:00', enc: 'utf8qp',
    text: `対応済(統合)
旧ID ${KEN.srcId}→無効

${SIG.priyanka}

2026年1月15日(木) 18:02 ${KEN.ja} <${KEN.keep}>:
${q('同意します。統合お願いします。')}`,
  }),
  mk({
    slug: 'ja-merged-longthread',
    kind: 'merge_completed', lang: 'ja', caseId: CID.miki, crlf: false,
    note: 'two-word completion on top of a long thread: Gmail header, nested Outlook block, original request',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-12 03:58:00', enc: 'jisb64',
    text: `同意受領→統合済。
高橋

2025年12月11日(木) 19:02 ${MIKI.ja} <${MIKI.keep}>:
> 了解、進めてください。
>
> 差出人: AWS Training and Certification <${FORM_BARE}>
> 送信日時: 2025年12月11日 11:40
> 宛先: ${MIKI.keep}
> 件名: ${caseSubj(CID.miki)}
>
> 最終確認
> 統合後:元に戻せず
> 進めてよい→返信ください
>
> ---------- 元のメッセージ ----------
> 差出人: ${MIKI.ja} <${MIKI.keep}>
> 送信日時: 2025/12/10 21:14
> 件名: ${caseSubj(CID.miki)}
>
${q(REQ_MIKI, '> > ')}`,
  }),
  mk({
    slug: 'ja-merged-colleague',
    kind: 'merge_completed', lang: 'ja', caseId: '1781002299',
    forUser: false,
    note: 'a colleague\'s own merge completion, addressed only to the colleague',
    from: FORM, to: '鈴木 浩 <suzuki.h@biz.example.co.jp>', subject: caseSubj('1781002299'), d: '2026-01-21 02:00:00', enc: 'jis7',
    text: `統合:完了。認定4件→統合先。
森`,
  }),
];

const badges: Msg[] = [
  mk({
    slug: 'ja-badge-credly',
    kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued by Credly to the kept address',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-01-19 15:22:10', enc: 'utf8qp', wholeSubject: true,
    text: `バッジ:AWS Certified Solutions Architect – Associate
発行元:Amazon Web Services Training and Certification
受取:${KEN.keep}
→ バッジを入手する
https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'ja-badge-support-close',
    kind: 'badges_transferred', lang: 'ja', caseId: CID.miki2,
    note: 'support says badges moved and closes the case',
    from: FORM, to: M, subject: caseSubj(CID.miki2), d: '2026-01-22 06:00:00', enc: 'jis7',
    text: `バッジ移行済(Credly)。本件close。
${SIG.takahashi}`,
  }),
  mk({
    slug: 'ja-badge-three',
    kind: 'badges_transferred', lang: 'ja', caseId: CID.ken,
    note: 'Credly badges re-attached to the kept account, three of them',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-20 04:30:00', enc: 'sjisb64',
    text: `Credlyバッジ:統合先に付替え完了(3件)
SAA / DVA / CLF

${SIG.mori}

${FOOT_JA}`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge mail from credly-mail.com, not credly.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: M, subject: 'バッジ移行のお知らせ', d: '2026-01-21 19:00:00', enc: 'utf8b64',
    text: `バッジ移行:完了
受取→ https://credly-mail.com/claim`,
  }),
  mk({
    slug: 'ja-badge-credly-html',
    kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly issue notice for an AWS badge (Japanese template)',
    from: CREDLY_AWS, to: Y, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-02-09 08:00:00', enc: 'utf8b64', wholeSubject: true,
    html: `<html><body style="font-family:sans-serif">
<p>AWS Certified Cloud Practitioner</p>
<p>発行元:Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></p>
<p style="font-size:10px">Credly, Inc. | 配信停止</p></body></html>`,
  }),
  mk({
    slug: 'ja-badge-moved-accept',
    kind: 'badges_transferred', lang: 'ja', caseId: CID.yuto,
    note: 'support: badges moved to the kept address; accept when Credly mail arrives',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-09 02:10:00', enc: 'utf8qp',
    text: `バッジ→${YUTO.keep}側へ移動済
Credlyの受取メール着→Accept
${SIG.kenta}`,
  }),
  mk({
    slug: 'ja-badge-sjis8-footer',
    kind: 'badges_transferred', lang: 'ja', caseId: CID.ken,
    note: 'two-word body ("バッジ移管OK") with a long legal footer',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-20 08:00:00', enc: 'sjis8',
    text: `バッジ移管OK

${FOOT_JA}

${thread('5Zz3Qw')}`,
  }),
];

const closed: Msg[] = [
  mk({
    slug: 'ja-closed-7days',
    kind: 'case_closed', lang: 'ja', caseId: CID.kenDup,
    note: 'will auto-close after 7 days without reply',
    from: FORM, to: Ksrc, subject: caseSubj(CID.kenDup), d: '2026-01-19 01:00:00', enc: 'jis7',
    text: `7日返信なし→自動クローズ予定
${SIG.sasaki}`,
  }),
  mk({
    slug: 'ja-closed-resolved',
    kind: 'case_closed', lang: 'ja', caseId: CID.yuto,
    note: 'case closed as resolved',
    from: NOTIFY, to: Y, subject: `ケース ${CID.yuto}:解決済`, d: '2026-02-10 00:00:05', enc: 'utf8b64',
    text: `本ケース:解決済としてクローズ
再開→本メールへ返信`,
  }),
  mk({
    slug: 'ja-closed-restate-week',
    kind: 'case_closed', lang: 'ja', caseId: CID.miki, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-19 02:00:00', enc: 'sjisb64',
    text: `先週統合済→本ケースclose
${SIG.takahashi}`,
  }),
  mk({
    slug: 'ja-closed-restate-date',
    kind: 'case_closed', lang: 'ja', caseId: CID.ken, trap: true,
    note: 'restates the merge of 1/16 and closes because nothing else was asked',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-23 03:00:00', enc: 'utf8qp',
    text: `統合は1/16完了済。追加質問なし→クローズ
${SIG.priyanka}

2026年1月20日(火) 13:30 ${FORM_BARE}:
${q('バッジ移管OK')}`,
  }),
  mk({
    slug: 'ja-closed-reopen14',
    kind: 'case_closed', lang: 'ja', caseId: CID.miki2,
    note: 'closed; reopening possible by replying within 14 days',
    from: NOTIFY, to: M, subject: `ケース${CID.miki2} クローズ`, d: '2026-01-22 06:05:00', enc: 'jisb64',
    text: `クローズ
再開=このメールに返信(14日以内)`,
  }),
  mk({
    slug: 'ja-closed-lookalike',
    kind: 'case_closed', lang: 'ja', caseId: CID.yuto, trusted: false,
    note: 'closing notice from support-aws.com, a look-alike of support.aws.com',
    from: 'AWS Support <notice@support-aws.com>', to: Y, subject: `ケース${CID.yuto}:終了`, d: '2026-02-08 21:00:00', enc: 'utf8qp',
    text: `終了処理済
未払い料金あり→ https://support-aws.com/pay`,
  }),
  mk({
    slug: 'ja-closed-terse-sjis8',
    kind: 'case_closed', lang: 'ja', caseId: CID.miki2,
    note: 'one-line case end notice',
    from: NOTIFY, to: M, subject: `ケース ${CID.miki2} 終了`, d: '2026-01-22 06:04:00', enc: 'sjis8',
    text: `ケース ${CID.miki2}:終了`,
  }),
  mk({
    slug: 'ja-closed-reminder3',
    kind: 'case_closed', lang: 'ja', caseId: CID.ken,
    note: 'reminder: closes in 3 days without a reply; English footer',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-21 00:30:00', enc: 'utf8b64',
    text: `返信なし→3日後クローズ
森

${FOOT_EN}`,
  }),
];

const reply: Msg[] = [
  mk({
    slug: 'ja-reply-notyet',
    kind: 'support_reply', lang: 'ja', caseId: CID.ken, trap: true,
    note: '"統合:未" — merge not done, passed to the team',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-15 10:00:00', enc: 'jis7',
    text: `統合:未。担当チームへ回付済。
森`,
  }),
  mk({
    slug: 'ja-reply-thanks-confirm',
    kind: 'support_reply', lang: 'ja', caseId: CID.miki, trap: true,
    note: 'thanks for confirming, handed to the merge team',
    from: FORM, to: M, subject: caseSubj(CID.miki), d: '2025-12-11 10:10:10', enc: 'sjisb64',
    text: `確認ありがとうございます→統合チームへ。完了時連絡。
${SIG.takahashi}

2025年12月11日(木) 18:55 ${MIKI.ja} <${MIKI.keep}>:
${q('問題ありません。進めてください。')}`,
  }),
  mk({
    slug: 'ja-reply-future',
    kind: 'support_reply', lang: 'ja', caseId: CID.yuto, trap: true,
    note: 'future: once merged, badges are checked and then we write',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-06 09:00:00', enc: 'utf8qp',
    text: `統合完了しだいバッジ確認→その後連絡
${SIG.kenta}`,
  }),
  mk({
    slug: 'ja-reply-dupcase',
    kind: 'support_reply', lang: 'ja', caseId: CID.ken, trap: true,
    note: 'duplicate support cases merged, not the accounts',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-13 06:30:00', enc: 'jisb64',
    text: `重複ケース(${CID.kenDup})→こちらに統合済
以後、本ケースでのみ返信を
${SIG.sasaki}`,
  }),
  mk({
    slug: 'ja-reply-cannot',
    kind: 'support_reply', lang: 'ja', caseId: CID.yuto, trap: true,
    note: 'cannot merge yet: exam booked on the source account',
    from: FORM, to: Y, subject: caseSubj(CID.yuto), d: '2026-02-05 07:20:00', enc: 'sjis8',
    text: `統合不可:統合元に予約中の試験あり(2/20)
受験後→このケースに返信で再開
${SIG.mori}`,
  }),
  mk({
    slug: 'ja-reply-badges-pending',
    kind: 'support_reply', lang: 'ja', caseId: CID.miki2, trap: true,
    note: 'badges not moved yet; checking with Credly',
    from: FORM, to: M, subject: caseSubj(CID.miki2), d: '2026-01-21 01:40:00', enc: 'utf8b64',
    text: `バッジ:まだ。Credly側照会中。
2-3営業日
${SIG.takahashi}`,
  }),
  mk({
    slug: 'ja-reply-escalated-mobile',
    kind: 'support_reply', lang: 'ja', caseId: CID.ken,
    note: 'escalation status, phone-style note',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-14 11:02:00', enc: 'jis7',
    text: `エスカレ済。回答まで2-3営業日。
(モバイルから送信)`,
  }),
  mk({
    slug: 'ja-reply-write-from-keep',
    kind: 'support_reply', lang: 'ja', caseId: CID.miki,
    note: 'asks only to write from the kept address, no data requested',
    from: FORM, to: Msrc, subject: caseSubj(CID.miki), d: '2025-12-08 09:00:00', enc: 'utf8qp',
    text: `残すアカウントのアドレスから返信を。
このアドレス宛の返信では進めません。
${SIG.sasaki}`,
  }),
  mk({
    slug: 'ja-reply-wrongfrom',
    kind: 'support_reply', lang: 'ja', caseId: CID.ken, trusted: false, auth: 'wrongFrom',
    note: 'status note; DMARC passes for a bulk mailer domain, not for amazon.com',
    from: FORM, to: K, subject: caseSubj(CID.ken), d: '2026-01-14 22:22:22', enc: 'utf8b64',
    text: `進捗:処理中`,
  }),
];

const unrelated: Msg[] = [
  mk({
    slug: 'ja-un-ms-credly',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: K, subject: 'Microsoftのバッジ発行のお知らせ', d: '2026-01-18 03:00:00', enc: 'utf8qp', wholeSubject: true,
    text: `バッジ:Microsoft Certified: Azure Fundamentals
発行元:Microsoft
→ バッジを入手する`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: M, subject: 'Credly アカウント統合コード', d: '2026-01-23 10:00:00', enc: 'utf8b64',
    text: `アカウント統合コード:483920
有効:15分
心当たりなし→無視`,
  }),
  mk({
    slug: 'ja-un-survey',
    kind: 'unrelated', lang: 'ja', caseId: CID.miki, trap: true,
    note: 'satisfaction survey about the resolved case',
    from: 'AWS サポート <aws-support-survey@amazon.com>', to: M, subject: 'ご意見:1問', d: '2025-12-20 00:00:00', enc: 'jis7',
    text: `ケース${CID.miki}:解決しましたか?
はい/いいえ(1クリック)`,
  }),
  mk({
    slug: 'ja-un-pearson',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false,
    note: 'exam appointment confirmation from the test vendor',
    from: 'Pearson VUE <no-reply@pearsonvue.example>', to: Y, subject: '予約確認:AWS Certified Developer', d: '2026-02-02 05:00:00', enc: 'sjisb64',
    text: `予約確認済
試験:AWS Certified Developer - Associate
日時:2026/02/20 10:00
会場:オンライン`,
  }),
  mk({
    slug: 'ja-un-othercase-ack',
    kind: 'unrelated', lang: 'ja', caseId: CID.other, trap: true,
    note: 'receipt of the user\'s other case, a voucher refund',
    from: NOTIFY, to: K, subject: `ケース${CID.other}受付:バウチャー返金`, d: '2026-01-25 02:00:00', enc: 'jisb64',
    text: `受付:${CID.other}
内容:バウチャー返金
返信目安:2営業日`,
  }),
  mk({
    slug: 'ja-un-othercase-close',
    kind: 'unrelated', lang: 'ja', caseId: CID.other, trap: true,
    note: 'closing of the user\'s other case (exam date change)',
    from: NOTIFY, to: K, subject: `ケース${CID.other}(試験日変更)クローズ`, d: '2026-01-29 02:00:00', enc: 'utf8qp',
    text: `試験日変更:対応済→クローズ`,
  }),
  mk({
    slug: 'ja-un-own-reply',
    kind: 'unrelated', lang: 'ja', caseId: CID.ken, trap: true, trusted: false,
    note: 'the user\'s own consent reply, copied to himself', crlf: false,
    from: K, to: FORM, cc: K, subject: caseSubj(CID.ken), d: '2026-01-15 09:02:00', tz: '+0900', enc: 'jis7',
    text: `統合OK。進めてください。
伊藤
iPhoneから送信

2026/01/15 12:12、${FORM_BARE}のメール:
${q(`統合内容:${KEN.srcId}→${KEN.keepId}\n取消:不可\nOK→返信で「同意」`)}`,
  }),
  mk({
    slug: 'ja-un-own-forward',
    kind: 'unrelated', lang: 'ja', caseId: CID.miki, trap: true, trusted: false,
    note: 'the user forwards the completion to her own work address',
    from: M, to: Msrc, subject: `Fwd: ${caseSubj(CID.miki)}`, d: '2025-12-12 14:20:00', tz: '+0900', enc: 'utf8qp',
    text: `メモ:統合済らしい。要確認。

---------- Forwarded message ---------
From: ${FORM}
Date: 2025年12月12日(金) 13:10
Subject: ${caseSubj(CID.miki)}
To: <${MIKI.keep}>

完了しました、統合。`,
  }),
  mk({
    slug: 'ja-un-colleague-ooo',
    kind: 'unrelated', lang: 'ja', caseId: null, trusted: false,
    note: 'a colleague\'s out-of-office auto reply',
    from: '田中 聡 <tanaka.s@biz.example.co.jp>', to: Ksrc, subject: '不在:Re: 来週の件', d: '2026-01-06 00:10:00', tz: '+0900', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `不在 1/5まで。急用→内線2231`,
  }),
  mk({
    slug: 'ja-un-oldcorp-it',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false, forUser: false,
    note: 'old company IT announces its own mail-account consolidation to an all-staff list',
    from: '情報システム部 <it-info@biz.example.co.jp>', to: 'all-staff@biz.example.co.jp', subject: '【周知】メールアカウント統合', d: '2026-01-08 01:00:00', tz: '+0900', enc: 'sjis8',
    text: `メールアカウント統合:1/31完了予定
旧ドメイン→転送終了
問合せ:内線1100`,
  }),
  mk({
    slug: 'ja-un-summit',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'AWS event registration receipt (marketing), not a support case',
    from: 'AWS Summit Japan <aws-events@aws.amazon.com>', to: Y, subject: 'AWS Summit Japan 登録受付', d: '2026-02-01 01:00:00', enc: 'utf8b64',
    text: `登録受付済
日程:6/25-26 幕張メッセ
受付番号:SJ-20260625-88412`,
  }),
  mk({
    slug: 'ja-un-agent-ooo',
    kind: 'unrelated', lang: 'ja', caseId: CID.ken, trap: true,
    note: 'the agent\'s automatic out-of-office reply; promises nothing about the merge',
    from: FORM, to: K, subject: `自動応答: ${caseSubj(CID.ken)}`, d: '2026-01-15 09:03:00', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `自動応答:不在(1/15-1/16)
統合の件→戻り次第`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrelated];
