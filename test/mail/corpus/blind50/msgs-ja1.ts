// Set aw, Japanese part 1: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import {
  CASE, CERTS, CERTPORTAL, KENJI as K, MAKOTO as MK, MISAKI as MS, NOTIFY, SUPPORT, SUPPORT_JA,
  formSubject, gmailJa, htmlTable, jaBlock, jaDate, jaHead, jaRows, mk, outlookJa, paras, pipe, quote, sfOriginal, sfRef, slashDate, tsv,
} from './common.js';

const kReq = `AWS認定アカウントの統合を希望します。
| 項目 | 統合先(残す) | 統合元 |
| 候補者ID | ${K.keepId} | ${K.srcId} |
| メール | ${K.keep} | ${K.src} |
| 保有認定 | AIF-C01 | CLF-C02 / SAA-C03 / DVA-C02 |
氏名: 伊藤 健二 (Kenji Ito) / 会社: 株式会社サンプルSI`;

const msReq = `中村と申します。認定アカウントが2つあり、まとめたいです。
残す方: ${MS.keep} (${MS.keepId}) CLF-C02
統合元: ${MS.src} (${MS.srcId}) SOA-C02, SCS-C02`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-kenji-table', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt with case ID; the table just echoes the submitted form fields',
    from: SUPPORT_JA, to: `伊藤 健二 <${K.keep}>`, subject: `[CASE ${CASE.kenji}] お問い合わせを受け付けました`, at: '2026-11-02 10:03:11', enc: 'jis7',
    text: `伊藤 健二 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.kenji}
受付日時: 2026/11/02 10:03 (JST)
カテゴリ: AWS トレーニングと認定 > 認定 > アカウントの統合
言語: 日本語

通常 24 時間以内に担当者よりご連絡します。同じ内容で新しいケースを作成されますと回答が遅れる原因となりますので、追加の情報はこのメールへの返信でお送りください。

--- ご入力内容 ---
${kReq}

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-misaki-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'receipt of the new case, Shift_JIS, ID in subject and body',
    from: SUPPORT_JA, to: MS.keep, subject: `ケース ${CASE.misaki} を作成しました - AWS Training and Certification`, at: '2026-10-20 21:47:30', enc: 'sjis8',
    text: `このメールは送信専用アドレスから自動送信されています。

ケース番号 ............ ${CASE.misaki}
件名 .................. 認定アカウントの統合について
受付 .................. 2026-10-20 21:47 JST
重要度 ................ 一般
回答目安 .............. 1 営業日

上記のとおりお問い合わせを承りました。担当者からの返信をお待ちください。
お問い合わせ時の本文:
${quote(msReq)}`,
  }),
  mk({
    slug: 'ja-ack-makoto-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.makoto,
    note: 'HTML-only receipt; ID only in the HTML body table',
    from: SUPPORT, to: MK.keep, subject: 'お問い合わせありがとうございます', at: '2026-11-18 08:12:54', enc: 'utf8b64', hdr: 'utf8b',
    html: `<html><body><p>${MK.ja} 様</p><p>以下の内容でケースを登録しました。</p>
${htmlTable(['項目', '内容'], [['ケース ID', CASE.makoto], ['ステータス', '未対応 (担当者割り当て待ち)'], ['お問い合わせ種別', 'AWS トレーニングと認定'], ['候補者 ID', MK.keepId], ['参照', sfRef('0Kf3Qa')]])}
<p>担当者から 24 時間以内を目安にご連絡いたします。</p><p>AWS Training &amp; Certification</p></body></html>`,
  }),
  mk({
    slug: 'ja-ack-notify-opened', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup,
    note: 'AWS Support notification that a case was opened; ID and fields only',
    from: NOTIFY, to: MS.src, subject: `AWS サポート: ケース ${CASE.misakiDup} が作成されました`, at: '2026-10-21 07:30:02', enc: 'utf8qp',
    text: `ケース ID          ${CASE.misakiDup}
作成者             ${MS.src}
サービス           Training and Certification
カテゴリ           Account assistance
重大度             一般的なガイダンス
作成日時 (UTC)     2026-10-20 22:29

ケースの詳細はサポートセンターでご確認いただけます。本メールには返信しないでください。`,
  }),
  mk({
    slug: 'ja-ack-no-ar', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'none',
    note: 'looks like a receipt but carries no Authentication-Results at all',
    from: SUPPORT_JA, to: K.keep, subject: `受付完了のお知らせ [CASE ${CASE.kenji}]`, at: '2026-11-02 10:05:40', enc: 'jisb64',
    text: `お問い合わせ番号: ${CASE.kenji}
受付: 2026年11月2日 10:05

お問い合わせ内容を確認のうえ、担当より折り返しご連絡いたします。しばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-trap-fields', kind: 'acknowledgement', lang: 'ja', caseId: '17790014471', trap: true,
    note: 'receipt whose echoed form says "統合元/統合先" and "合併済み?" fields; still just the receipt (topic unnamed in the receipt itself)',
    from: SUPPORT_JA, to: MK.keep, subject: `[CASE 17790014471] 受付のご連絡`, at: '2026-11-19 13:41:08', enc: 'sjisb64',
    text: `${MK.ja} 様

ケース 17790014471 として登録しました。内容を担当者へ回付しています。

入力フォーム控え
${tsv(['フィールド', '値'], [['統合先アカウント', MK.keepId], ['統合元アカウント', MK.srcId], ['過去の統合履歴', 'なし'], ['バッジ移行の希望', 'あり'], ['備考', '(空欄)']])}

本メールは受付の確認です。`,
  }),
  mk({
    slug: 'ja-ack-mixed-id-body', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiOld,
    note: 'bilingual receipt, case ID only in the body',
    from: SUPPORT, to: K.src, subject: 'Thank you for contacting AWS Training and Certification / お問い合わせ受付', at: '2025-03-04 16:20:19', enc: 'utf8qp',
    text: `お問い合わせを受け付けました。ケース番号は ${CASE.kenjiOld} です。
We have received your inquiry. Your case number is ${CASE.kenjiOld}.

受付内容 / Submitted:
  お名前 / Name ........ 伊藤 健二
  候補者ID / Candidate . ${K.srcId}
  ログイン / Login ...... ${K.src}

担当者より順次ご連絡いたします。`,
  }),
  mk({
    slug: 'ja-ack-dkimonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, auth: 'dkimonly',
    note: 'receipt re-sent after the form; aligned DKIM pass only',
    from: SUPPORT_JA, to: MS.keep, subject: `[CASE ${CASE.misaki}] お問い合わせ(再送)`, at: '2026-10-20 21:52:13', enc: 'jis7',
    text: `ケース ${CASE.misaki} の受付控えを再送します。
登録日 2026/10/20、種別 アカウントアシスタンス、優先度 通常。
ご返信の際は件名のケース番号を変更しないでください。`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-merge-tool-steps', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer pointing to the self-service Merge Accounts tool, with a step table',
    from: SUPPORT_JA, to: K.keep, subject: 'AI が生成した回答: 認定アカウントの統合', at: '2026-11-02 09:58:44', enc: 'utf8b64',
    text: `この回答は生成 AI によって作成されたものです。内容が正確でない場合があります。

お問い合わせの内容に関連する手順:
${pipe(['手順', '操作', '所要'], [['1', 'aws.training にサインイン', '1分'], ['2', 'プロフィール > アカウントの統合', '1分'], ['3', '統合元の認証情報を入力', '2分'], ['4', '統合内容を確認して実行', '即時']])}

両方のアカウントに認定の履歴がある場合、このツールは利用できません。その場合は「ケースを作成」を選択してください。
この回答は役に立ちましたか? [はい] [いいえ]`,
  }),
  mk({
    slug: 'ja-ai-sjis-benefits', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated answer explaining what moves after a merge (vouchers, badges) — still an AI answer',
    from: SUPPORT_JA, to: MS.keep, subject: '自動回答: アカウント統合後の特典について', at: '2026-10-20 21:40:05', enc: 'sjis8',
    text: `[自動生成された回答]
統合後に引き継がれる主な項目は次のとおりです。
・認定履歴 (取得日・有効期限は元のまま)
・50% 割引バウチャーなどの特典
・Credly のデジタルバッジ (統合後にメールで受け取り手続き)
セルフサービスの「Merge Accounts」で解決しない場合は、下のボタンからケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-html-q', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML AI suggestion listing articles and the merge tool',
    from: SUPPORT, to: MK.keep, subject: '推奨される回答 - Amazon Q', at: '2026-11-18 08:06:31', enc: 'utf8qp', hdr: 'utf8q',
    html: `<div><p><b>Amazon Q による回答 (ベータ)</b></p>
<p>重複した認定アカウントは、認定アカウントの [Merge Accounts] からご自身で統合できる可能性があります。</p>
${htmlTable(['記事', '関連度'], [['認定アカウントを統合する方法', '0.92'], ['候補者 ID を確認する', '0.81'], ['特典 (バウチャー) の表示について', '0.66']])}
<p>解決しなかった場合は「ケースを作成」を押してください。</p></div>`,
  }),
  mk({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'misaligned',
    note: 'AI answer shape, but DKIM from an unrelated bulk domain and dmarc=fail',
    from: SUPPORT_JA, to: K.keep, subject: '生成AIによるご案内', at: '2026-11-02 09:59:10', enc: 'jisb64',
    text: `生成AIによるご案内です。
候補者ID ${K.srcId} と ${K.keepId} は「アカウントの統合」画面から1つにできます。
統合できない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-mixed-en', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Japanese AI answer with English boilerplate',
    from: SUPPORT, to: MS.src, subject: 'Suggested answer / 推奨回答', at: '2026-10-20 21:38:00', enc: 'utf8qp',
    text: `This answer was generated by AI. / この回答は AI が生成しました。

質問: 候補者ID ${MS.srcId} の SOA-C02 (有効期限 ${jaDate('2026-10-30')}) を別アカウントに移せますか
回答: Merge Accounts ツールで統合元のメールアドレスとパスワードを入力すると、認定履歴が統合先へ移ります。両方に認定がある場合はサポートへお問い合わせください。

Was this helpful? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-jis-recert-note', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer that also mentions recertification dates after a merge',
    from: SUPPORT_JA, to: MK.keep, subject: 'AI 生成回答のご案内', at: '2026-11-18 08:04:17', enc: 'jis7',
    text: `※ 本回答は AI が自動で作成しました。

統合すると、再認定の期限は各認定の有効期限 (例: SAA-C03 ${jaDate('2025-07-19')} 失効 → SAP-C02 取得により ${jaDate('2028-07-19')} まで延長) がそのまま引き継がれます。
統合の手順はプロフィール画面の「アカウントを統合」をご利用ください。
ツールで解決しない場合はケースを作成できます。`,
  }),
  mk({
    slug: 'ja-ai-notify-dkim', kind: 'ai_answer', lang: 'ja', caseId: null, auth: 'dkimonly',
    note: 'automated self-service suggestion from no-reply',
    from: NOTIFY, to: K.src, subject: 'セルフサービスで解決できる可能性があります', at: '2026-11-01 23:15:48', enc: 'utf8b64',
    text: `自動案内です。
お問い合わせの語句「アカウント 統合 SAA-C03」に一致するセルフサービスの手順があります:
  - 認定アカウント > 設定 > アカウントの統合 (Merge Accounts)
  - 所要時間の目安: 5 分
この案内で解決しない場合は、引き続きケースの作成に進んでください。`,
  }),

  // ---------------- info_request (10) ----------------
  mk({
    slug: 'ja-info-kenji-fill-table', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks to fill a table of both accounts (IDs, emails, certs) and which to keep',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-03 11:26:05', enc: 'jis7',
    text: `伊藤様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の担当です。
統合作業に入る前に、下表の空欄を埋めてご返信ください、両アカウントの照合に使用します。

| 項目                     | アカウントA | アカウントB |
| 候補者ID                 |             |             |
| ログインメールアドレス     |             |             |
| 認定の通知用メールアドレス |             |             |
| 取得済み認定 (試験コード)  |             |             |
| 残すアカウント (A/B)      |             |             |

よろしくお願いいたします。
${sfRef('0Kf91b')}

${sfOriginal(K.keep, '2026/11/02 10:03', 'aws-cs-trainingcertification-form@amazon.com', 'アカウントの統合', kReq)}`,
  }),
  mk({
    slug: 'ja-info-misaki-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks which candidate ID survives, te-form phrasing without the word "please send"',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-21 15:02:48', enc: 'sjis8',
    text: `中村様

ご連絡ありがとうございます。こちらで確認できた内容は以下です。
  ${MS.keepId}  CLF-C02  取得 ${jaDate('2024-04-12')}
  ${MS.srcId}  SOA-C02  取得 ${jaDate('2023-10-30')} / SCS-C02 取得 ${jaDate('2025-03-14')}
どちらの候補者 ID を存続させるか、また統合元アカウントで現在予約中の試験の有無について、ご返信いただけますと幸いです。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-trap-old-merge-row', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'table has a "統合日" row from an earlier 2025 case; the new text asks for the Skill Builder address',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-04 09:44:19', enc: 'jisb64',
    text: `伊藤様

記録を確認したところ、以前のケースで一度統合が行われておりました。
${pipe(['項目', '値'], [['前回ケース', CASE.kenjiOld], ['前回の統合日', '2025/03/06'], ['前回の統合元', 'AWS39900125'], ['今回の統合元', K.srcId]])}
今回の作業のため、AWS Skill Builder に登録されているメールアドレスと、統合元でお使いの氏名表記(ローマ字)をお知らせいただけますでしょうか。`,
  }),
  mk({
    slug: 'ja-info-makoto-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.makoto,
    note: 'needs the source account login email and a screenshot of benefits; Outlook quote below',
    from: SUPPORT, to: MK.keep, cc: MK.src, subject: formSubject(CASE.makoto), at: '2026-11-19 10:31:22', enc: 'utf8qp',
    text: `小林様

統合元 ${MK.srcId} のログインメールアドレスが、お知らせいただいたものと一致しませんでした。
統合元にサインインする際のメールアドレス、ならびに「特典」画面 (バウチャーコードと残高が表示されるページ) のスクリーンショットを添えてご返信ください。

現在の確認状況:
${pipe(['確認項目', '結果'], [['候補者ID 統合先', `${MK.keepId} 一致`], ['候補者ID 統合元', `${MK.srcId} 一致`], ['ログインメール 統合元', '不一致'], ['特典', '未確認']])}

${outlookJa(`小林 誠 <${MK.keep}>`, '2026年11月18日 8:10', 'aws-cs-trainingcertification-form@amazon.com', 'アカウントの統合依頼')}

SAP-C02 / DEA-C01 の入ったアカウントに、SAA-C03 / ANS-C01 を寄せたいです。`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-with-ids', kind: 'info_request', lang: 'ja', caseId: CASE.misakiDup,
    note: 'write from the kept address AND send both IDs: info request',
    from: SUPPORT, to: MS.src, subject: formSubject(CASE.misakiDup), at: '2026-10-22 11:09:37', enc: 'utf8b64',
    text: `中村様

本ケースは統合元のアドレス (${MS.src}) から作成されています。
お手数ですが、残すアカウントのメールアドレスから、両方の候補者IDと氏名を記載してこのケースにご返信ください、確認後に手続きを進めます。

参考: 当方で把握している候補者ID
  AWS3008****  /  AWS5112****`,
  }),
  mk({
    slug: 'ja-info-lookalike-domain', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, trusted: false,
    note: 'look-alike domain asks for password and voucher codes',
    from: 'AWS 認定サポート <support@aws-certification-help.jp>', to: K.keep, subject: `[CASE ${CASE.kenji}] 本人確認のお願い`, at: '2026-11-03 12:00:00', enc: 'sjisb64',
    text: `伊藤様

統合処理のため、以下をご返信ください。
・統合元アカウントのパスワード
・お持ちのバウチャーコード (全桁)
・候補者ID ${K.srcId} の生年月日

期限: 2026/11/05 までにご返信がない場合、統合元の認定は失効します。`,
  }),
  mk({
    slug: 'ja-info-benefits-balance', kind: 'info_request', lang: 'ja', caseId: CASE.makoto,
    note: 'asks which of two unused vouchers to keep; restates benefit balances',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-20 14:55:03', enc: 'jis7',
    text: `小林様

両アカウントの特典残高は以下のとおりです。
${pipe(['アカウント', '特典', 'コード', '有効期限', '状態'], [[MK.keepId, '50% 割引', 'CERT50-7PQ2-XK4M', '2027/01/24', '未使用'], [MK.srcId, '50% 割引', 'CERT50-3ZR8-BN1T', '2026/12/31', '未使用'], [MK.srcId, '練習問題 無料', 'PRAC-9WD6', '2026/05/27', '期限切れ']])}
統合後は未使用のバウチャーが 1 つのアカウントに集約されます。ご予約に使用予定のコードがあるかどうか、教えていただけますか。`,
  }),
  mk({
    slug: 'ja-info-romaji-mismatch-gmail', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'name spelling differs between accounts; asks which spelling; Gmail quote of user reply',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-23 09:17:45', enc: 'utf8qp',
    text: `中村様

ご返信ありがとうございます。氏名の表記が統合先 "Misaki Nakamura"、統合元 "NAKAMURA MISAKI" となっております。
統合後の証明書に載せる表記をどちらにされるか、ご指示ください。

${gmailJa('2026-10-22', '19:40', `中村 美咲 <${MS.keep}>`)}
${quote(`残すのは ${MS.keepId} です。統合元は ${MS.srcId} です。\n試験の予約はありません。`)}`,
  }),
  mk({
    slug: 'ja-info-forwarded-to-colleague', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, forUser: false,
    note: 'support info request, but delivered to a colleague (not one of the user addresses)',
    from: SUPPORT, to: '鈴木 一郎 <suzuki@sier.example.co.jp>', subject: formSubject(CASE.kenji), at: '2026-11-03 11:40:10', enc: 'jis7',
    text: `鈴木様

伊藤様のケースについて、統合元 ${K.srcId} の認定通知メールアドレスを教えていただけますか。
現在の登録: k-ito@sier.example.co.jp (ログイン) / 通知先 不明`,
  }),
  mk({
    slug: 'ja-info-html-screenshot', kind: 'info_request', lang: 'ja', caseId: CASE.makoto,
    note: 'HTML-only: asks for a screenshot of "取得済み認定" page of each account',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-21 09:02:11', enc: 'utf8b64', hdr: 'utf8b',
    html: `<p>小林様</p><p>統合元の ANS-C01 について、当方のシステム上で取得日の記録が 2 件ありました。</p>
${htmlTable(['候補者ID', '試験', '記録 1', '記録 2'], [[MK.srcId, 'ANS-C01', '2024/05/27', '2024/05/28']])}
<p>お手元の「取得済み認定」画面のスクリーンショットをこのメールに添付して返信いただけると助かります。</p>`,
  }),

  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'ja-conf-kenji-before-after', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'before/after table, asks for consent; cannot be undone',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 10:12:33', enc: 'jis7',
    text: `伊藤様

ご提供いただいた情報で照合が取れました。統合後の状態は次のようになります。

[統合前]
${pipe(['候補者ID', 'メール', '認定'], [[K.keepId, K.keep, 'AIF-C01'], [K.srcId, K.src, 'CLF-C02, SAA-C03, DVA-C02']])}

[統合後]
${pipe(['候補者ID', 'メール', '認定'], [[K.keepId, K.keep, 'AIF-C01, CLF-C02, SAA-C03, DVA-C02'], [K.srcId, '(無効化)', '-']])}

統合は元に戻すことができません、上記の内容で進めてよろしければ、その旨をこのメールへご返信ください。

${sfRef('0Kf91b')}`,
  }),
  mk({
    slug: 'ja-conf-misaki-sjis-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks to reply 「同意します」 before merging; lists expiry dates',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-24 16:40:00', enc: 'sjisb64',
    text: `中村様

統合対象:
${jaBlock(CERTS.misakiSrc)}
移行先: ${MS.keepId} (${MS.keep})

SOA-C02 は ${jaDate('2026-10-30')} に有効期限を迎えますが、統合によって期限が延びることはございません。
ご了承のうえで問題なければ「同意します」とご返信ください、返信を確認した時点で作業を開始します。なお、統合後に分割することはできません。`,
  }),
  mk({
    slug: 'ja-conf-makoto-yes-no', kind: 'confirmation_request', lang: 'ja', caseId: CASE.makoto,
    note: 'asks for a yes to proceed, irreversible, voucher rows in table',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-22 11:20:47', enc: 'utf8qp',
    text: `小林様

以下で最終確認をお願いいたします。
${tsv(['区分', '候補者ID', '認定', 'バウチャー'], [['存続', MK.keepId, 'SAP-C02, DEA-C01', 'CERT50-7PQ2-XK4M'], ['統合元', MK.srcId, 'SAA-C03(失効), ANS-C01', 'CERT50-3ZR8-BN1T']])}

一度統合したアカウントは元に戻せません。この内容でよろしいか、「はい」または「いいえ」でお知らせください。`,
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'forgedBelow',
    note: 'confirmation request; the pass verdict sits below the server Received line (forged)',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 10:30:00', enc: 'jisb64',
    text: `伊藤様
統合を実行してよろしいですか。取り消しはできません。
統合元 ${K.srcId} → 統合先 ${K.keepId}
同意される場合は下記 URL からログインして承認してください。
http://aws-merge-approve.example.net/approve?c=${CASE.kenji}`,
  }),
  mk({
    slug: 'ja-conf-html-multipart', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misakiDup,
    note: 'multipart/alternative consent request with table; the kept account is the other one',
    from: SUPPORT, to: MS.src, cc: MS.keep, subject: formSubject(CASE.misakiDup), at: '2026-10-25 10:05:16', enc: 'utf8b64',
    text: `中村様

重複して作成された本ケースでも、同じ内容のご確認をお願いしております。
統合元 ${MS.srcId} / 統合先 ${MS.keepId}
統合の実施にご同意いただけるか、ご返信ください(実施後の取り消し不可)。`,
    html: `<p>中村様</p><p>重複して作成された本ケースでも、同じ内容のご確認をお願いしております。</p>
${htmlTable(['統合元', '統合先'], [[MS.srcId, MS.keepId]])}
<p>統合の実施にご同意いただけるか、ご返信ください(実施後の取り消し不可)。</p>`,
  }),
  mk({
    slug: 'ja-conf-resent-from-corp', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, forUser: false,
    note: 'consent request bounced on by the old corporate mailbox (Resent-* headers)',
    from: SUPPORT, to: K.src, subject: formSubject(CASE.kenji), at: '2026-11-05 10:13:02', enc: 'jis7',
    resent: { from: 'postmaster@sier.example.co.jp', to: 'it-archive@sier.example.co.jp', date: 'Thu, 5 Nov 2026 19:20:00 +0900' },
    text: `伊藤様 (統合元アドレス宛の写し)

${K.srcId} の CLF-C02 / SAA-C03 / DVA-C02 を ${K.keepId} に統合いたします。
この操作は取り消せません。よろしければご返信にて承認ください。`,
  }),
  mk({
    slug: 'ja-conf-validation-numbers', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'lists validation numbers that will change owner; asks for consent phrased as 「ご意向をお聞かせください」',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-24 09:12:40', enc: 'jis7',
    text: `中村様

${pipe(jaHead(true), jaRows(CERTS.misakiSrc, true))}
上記 2 件の検証番号は統合後も変わらず、${MS.keepId} に紐付きます。統合元の候補者 ID ${MS.srcId} は使用できなくなり、元の状態に戻す手段はありません。
この条件で統合を実施してよいか、ご意向をお聞かせください。`,
  }),
  mk({
    slug: 'ja-conf-gmail-thread-long', kind: 'confirmation_request', lang: 'ja', caseId: CASE.makoto,
    note: 'top-posted consent request above a long quoted thread (info request + user answer)',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-22 17:48:09', enc: 'utf8qp',
    text: `小林様、スクリーンショットありがとうございました、ANS-C01 の取得日は 2024/05/27 で確定です。
最後に、統合元 ${MK.srcId} を ${MK.keepId} へ統合することへの同意を、本メールへの返信でお願いします。統合は不可逆です。

${gmailJa('2026-11-21', '22:03', `小林 誠 <${MK.keep}>`)}
${quote(`添付しました。ANS-C01 は 2024/05/27 取得です。\n\n${gmailJa('2026-11-21', '9:02', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>')}\n${quote('統合元の ANS-C01 について、取得日の記録が 2 件ありました。スクリーンショットを添付して返信いただけると助かります。')}`)}`,
  }),
  mk({
    slug: 'ja-conf-portal-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'support asks to confirm the merge via reply; table of benefits carried over',
    from: SUPPORT, to: K.keep, subject: `RE: [CASE ${CASE.kenji}] 統合内容の最終確認`, at: '2026-11-05 18:02:55', enc: 'sjis8',
    text: `伊藤様

先ほどのご案内に特典の内訳を追記します。
${pipe(['特典', '数量', '期限'], [['50% 割引バウチャー (SAA-C03 合格分)', '1', '2027/02/03'], ['50% 割引バウチャー (DVA-C02 合格分)', '1', '2027/09/21']])}
上記を含め統合して差し支えないか、最終のご確認をお願いできますでしょうか、返信をいただき次第実施いたします(取り消し不可)。`,
  }),
];
