// fm set, Japanese messages: terse mail from a second writer of the terse voice.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, HANAKO, KENJI, NOREPLY, PORTAL, RYO, SUPPORT, SUPPORT_BARE, TARO, YUI,
  d, esc, form, fwdJa, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOrig, sfRef, sigJa, to,
} from './common.js';

const K = to(KENJI.ja, KENJI.keep);
const Y = to(YUI.ja, YUI.keep);
const R = to(RYO.ja, RYO.keep);
const T = to(TARO.ja, TARO.keep);
const H = to(HANAKO.ja, HANAKO.keep);

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'j01', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, from: NOREPLY, to: K,
    subject: `[CASE ${C.kenji}] お問い合わせ受付`, date: d('2026-03-02 01:14:09'),
    text: `ケース受付。\nケースID: ${C.kenji}\n回答目安 24時間以内。\n同じ内容の別ケースは不要(遅延の元)。\n\n--\nAmazon Web Services\nこのアドレスは送信専用です。`,
    note: 'automatic receipt of the new case, ID in subject and body',
  }),
  mk({
    slug: 'j02', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, from: NOREPLY, to: Y, enc: 'sjis8',
    subject: `お問い合わせ受付番号 ${C.yui}`, date: d('2026-04-11 07:40:52'),
    text: `受付番号 ${C.yui}。\n担当より追って連絡。\n\n----\nAmazon Web Services サポート\n本メールは自動送信です。返信いただいても回答できません。\nケースの状況はサポートセンターでご確認いただけます。\nAmazon Web Services, Inc. は Amazon.com, Inc. の子会社です。`,
    note: 'receipt: number plus "someone will contact you", nothing else',
  }),
  mk({
    slug: 'j03', kind: 'acknowledgement', lang: 'ja', caseId: C.ryo, from: NOREPLY, to: R, enc: 'jisb64', trap: true,
    subject: `ケース作成 ${C.ryo}`, date: d('2026-05-19 23:02:11'),
    text: `受領項目: 氏名/会社名/候補ID ${RYO.keepId}/問い合わせ種別 アカウント統合。\nケース ${C.ryo} 起票済。\n追加情報はこのメールへ返信。`,
    note: 'receipt that lists the fields it received; no request, so still the acknowledgement',
  }),
  mk({
    slug: 'j04', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, from: NOREPLY, to: T, enc: 'utf8b64',
    subject: `AWS サポート: ケース ${C.taro}`, date: d('2026-01-08 02:55:40'),
    html: htmlDoc(`<table cellpadding="4"><tr><td>ケース番号</td><td><b>${C.taro}</b></td></tr>\n<tr><td>ステータス</td><td>受付</td></tr>\n<tr><td>カテゴリ</td><td>トレーニングと認定 / アカウント</td></tr></table>\n<p style="color:#777">自動送信メール</p>`),
    note: 'HTML-only receipt made of labels and values',
  }),
  mk({
    slug: 'j05', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, from: NOREPLY, to: H, auth: 'none', trusted: false,
    subject: `[CASE ${C.hanako}] 受付`, date: d('2026-02-14 10:31:05'),
    text: `受付。ケース${C.hanako}。\n返信不要。`,
    note: 'receipt shape, but no Authentication-Results at all: untrusted',
  }),
  mk({
    slug: 'j06', kind: 'acknowledgement', lang: 'ja', caseId: '1779220615', from: NOREPLY, to: to(KENJI.ja, KENJI.src), enc: 'utf8qp',
    subject: 'Case 1779220615 - 受付済', date: d('2026-06-03 04:12:33'),
    text: `Case ID 1779220615 / 受付済。\n24h以内に回答。\n\nThank you for contacting AWS Support. This is an automated message.\nPlease do not reply to this address.`,
    note: 'Japanese receipt line over English boilerplate; language ja',
  }),
  mk({
    slug: 'j07', kind: 'acknowledgement', lang: 'ja', caseId: '1774889203', from: SUPPORT, to: Y, enc: 'utf8qp',
    subject: '[CASE 1774889203] 新規ケース作成', date: d('2026-07-21 13:08:44'),
    text: `作成済。\n\n${sigJa('AWS サポート', 2)}`,
    note: 'receipt that does not say its topic: read as what it looks like',
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'j08', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: K,
    subject: '自動回答: アカウント統合', date: d('2026-03-02 01:11:30'),
    text: `自動回答。\nセルフサービス: 認定ポータル → プロフィール → アカウント統合。\n両アカウントに認定履歴あり → サポートへ。`,
    note: 'automated pointer to the self-service merge tool',
  }),
  mk({
    slug: 'j09', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: Y, enc: 'sjisb64',
    subject: '生成AIによる回答(参考)', date: d('2026-04-11 07:38:02'),
    text: `生成AI回答。参考まで。\n統合ツールでの手続き推奨。\n解決しない場合は「ケースを作成」から。\n\n※この回答は AI により生成されています。正確でない場合があります。`,
    note: 'AI-generated suggestion, not a human',
  }),
  mk({
    slug: 'j10', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: R, enc: 'jisb64', trap: true,
    subject: 'AI 回答: 認定アカウントの統合について', date: d('2026-05-19 22:58:47'),
    text: `AI回答。\n統合後: 認定・特典は残す側へ。\nバッジ: Credly で再受領。\n旧アカウント: 利用不可に。`,
    note: 'AI answer that describes what happens after a merge; stays ai_answer',
  }),
  mk({
    slug: 'j11', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: H, enc: 'utf8b64',
    subject: 'おすすめの解決方法', date: d('2026-02-14 10:27:19'),
    html: htmlDoc(`<p><b>おすすめ記事</b></p>\n<p>・アカウントの統合方法(セルフサービス)<br>\n・統合できない場合のお問い合わせ先</p>\n<p style="font-size:11px">Amazon Q による自動提案</p>`),
    note: 'HTML-only automated suggestion list',
  }),
  mk({
    slug: 'j12', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: T, enc: 'utf8qp',
    subject: '自動案内', date: d('2026-01-08 02:49:03'),
    text: `自動案内。\nMerge Accounts ツール → 統合元・統合先それぞれでログイン。\n以上で完了する場合あり。`,
    note: 'automated how-to for the merge tool',
  }),
  mk({
    slug: 'j13', kind: 'ai_answer', lang: 'ja', caseId: C.kenjiDup, from: NOREPLY, to: to(KENJI.ja, KENJI.src), trap: true,
    subject: `ケース ${C.kenjiDup} 自動提案`, date: d('2026-03-02 01:20:15'),
    text: `自動提案。\nセルフ統合の可否、ポータルで確認を。\n統合済みの場合、バッジは数日で反映。\n(人による回答ではありません)`,
    note: 'automated suggestion attached to a case, mentions merged/badges conditionally',
  }),
  mk({
    slug: 'j14', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: Y, enc: 'sjis8',
    subject: 'Amazon Q からの回答', date: d('2026-09-30 05:44:18'),
    text: `Amazon Q 回答。\n「アカウント統合」で検索。手順3つ。\n不明点 → ケース作成。`,
    note: 'Amazon Q automated answer',
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'j15', kind: 'info_request', lang: 'ja', caseId: C.kenji, to: K,
    subject: form(C.kenji), date: d('2026-03-03 06:02:51'),
    text: `両アカウントの候補ID・ログインメール要。残す側も。\n\n${sigJa('藤井', 0)}\n\n${gmailJa('2026年3月2日(月) 10:14 森 健二 <kenji.mori@example.jp>', '', `認定アカウント2つ、1つに統合希望。\n${KENJI.keep} / ${KENJI.src}`).replace(' :\n', ':\n')}`,
    note: 'asks for both candidate IDs and login emails and which to keep',
  }),
  mk({
    slug: 'j16', kind: 'info_request', lang: 'ja', caseId: C.yui, to: Y, enc: 'sjis8',
    subject: form(C.yui), date: d('2026-04-12 03:17:26'),
    text: `ID要。\n\n${sigJa('中村', 1)}`,
    note: 'two-character request for the IDs under a long signature',
  }),
  mk({
    slug: 'j17', kind: 'info_request', lang: 'ja', caseId: C.ryo, to: R, enc: 'jisb64', trap: true,
    subject: form(C.ryo), date: d('2026-05-21 00:40:09'),
    text: `残すアドレス、ご確認のうえお知らせください。\n\n${sigJa('大西', 3)}`,
    note: '"please check and tell us" the address to keep asks for information',
  }),
  mk({
    slug: 'j18', kind: 'info_request', lang: 'ja', caseId: C.taro, to: T, enc: 'utf8qp',
    subject: form(C.taro), date: d('2026-01-09 08:25:37'),
    text: `必要情報:\n・候補ID(両方)\n・氏名(ローマ字)\n・残すアカウント\n\n岡本 / AWS T&C`,
    note: 'bare list of what is needed',
  }),
  mk({
    slug: 'j19', kind: 'info_request', lang: 'ja', caseId: C.hanako, from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n-support.jp>', to: H,
    enc: 'jis7', trusted: false,
    subject: form(C.hanako), date: d('2026-02-15 11:03:48'),
    text: `統合手続き。\nパスワード・候補ID、本メールに返信要。\n24時間以内。`,
    note: 'look-alike domain asking for IDs (and a password): claims info_request, untrusted',
  }),
  mk({
    slug: 'j20', kind: 'info_request', lang: 'ja', caseId: C.kenji, to: K, enc: 'jis7',
    subject: `RE: 統合依頼 [CASE ${C.kenji}]`, date: d('2026-03-04 02:11:00'),
    text: `統合元のメールアドレス不明。要記載。\n\n吉田\n\n${outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年3月3日 22:41', SUPPORT_BARE, `RE: 統合依頼 [CASE ${C.kenji}]`, `候補ID: ${KENJI.keepId}(残す) / ${KENJI.srcId}\nよろしくお願いします。`)}`,
    note: 'source account e-mail missing: asks for it; Outlook quote below',
  }),
  mk({
    slug: 'j21', kind: 'info_request', lang: 'ja', caseId: C.yui, to: Y, enc: 'sjisb64',
    subject: form(C.yui), date: d('2026-04-13 09:30:12'),
    text: `要: Candidate ID x2、Skill Builder のメール。\nPlease provide the above.\n\n${sigJa('Kobayashi', 2)}`,
    note: 'Japanese request with an English line; language ja',
  }),
  mk({
    slug: 'j22', kind: 'info_request', lang: 'ja', caseId: C.ryo, to: R, trap: true,
    subject: form(C.ryo), date: d('2026-05-22 07:55:21'),
    text: `確認事項。\n残すのは A / B どちら?\nA: ${RYO.keep}\nB: ${RYO.src}\n\n村上`,
    note: 'word "confirm" but it asks which account to keep',
  }),
  mk({
    slug: 'j23', kind: 'info_request', lang: 'ja', caseId: '17766103952', to: T, enc: 'utf88bit',
    subject: form('17766103952'), date: d('2026-08-06 04:48:30'),
    text: `旧アカウントの氏名表記、新と不一致。正式表記を。\n\n${sigJa('佐々木', 0)}`,
    note: 'asks for the official spelling of the name',
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'j24', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, to: K,
    subject: form(C.kenji), date: d('2026-03-05 01:36:44'),
    text: `${KENJI.srcId} → ${KENJI.keepId} へ統合。取消不可。\n同意なら返信。\n\n藤井`,
    note: 'asks consent for the irreversible merge',
  }),
  mk({
    slug: 'j25', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, to: Y, enc: 'sjisb64',
    subject: form(C.yui), date: d('2026-04-14 06:19:58'),
    text: `統合実施、可否返信願。元に戻せず。\n\n${sigJa('中村', 1)}`,
    note: 'go/no-go reply requested, cannot be undone',
  }),
  mk({
    slug: 'j26', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: H, enc: 'jisb64', auth: 'fail', trusted: false,
    subject: form(C.hanako), date: d('2026-02-16 12:22:14'),
    text: `統合同意を返信で。`,
    note: 'consent request but dmarc=fail: untrusted',
  }),
  mk({
    slug: 'j27', kind: 'confirmation_request', lang: 'ja', caseId: C.ryo, to: R, enc: 'utf8qp',
    subject: form(C.ryo), date: d('2026-05-23 02:05:36'),
    text: `統合元: ${RYO.src}\n統合先: ${RYO.keep}\n取消: 不可\n同意: 本メールに返信`,
    html: htmlDoc(`<p>統合元: ${RYO.src}<br>\n統合先: ${RYO.keep}<br>\n取消: 不可<br>\n同意: 本メールに返信</p>`),
    note: 'label/value consent form, multipart/alternative',
  }),
  mk({
    slug: 'j28', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, to: T,
    subject: form(C.taro), date: d('2026-01-10 03:40:00'),
    text: `以下で進めてよいか。返信願。\n残す: ${TARO.keepId}\n消す: ${TARO.srcId}\n\n岡本\n\n${gmailJa('2026年1月9日(金) 21:02 山田 太郎 <taro.personal@example.com>', '', `残すのは個人アドレスの方です。`).replace(' :\n', ':\n')}`,
    note: 'asks to approve the stated merge direction; short Gmail quote',
  }),
  mk({
    slug: 'j29', kind: 'confirmation_request', lang: 'ja', caseId: '17766103952', to: T, enc: 'sjis8',
    subject: form('17766103952'), date: d('2026-08-07 10:11:27'),
    text: `最終確認。統合後は分離不可。\nOKなら「同意」と返信。\n\n${sigJa('佐々木', 3)}`,
    note: 'final consent request, reply "agree"',
  }),
  mk({
    slug: 'j30', kind: 'confirmation_request', lang: 'ja', caseId: '1788430021', to: to(KENJI.ja, KENJI.keep), enc: 'utf8b64',
    subject: form('1788430021'), date: d('2026-10-02 05:50:49'),
    text: `承諾の返信をもって統合。\n\n${sigJa('石田', 2)}`,
    note: 'the merge waits for the reply that consents',
  }),
  mk({
    slug: 'j31', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: to(HANAKO.ja, HANAKO.src),
    subject: `RE: アカウント統合 [CASE ${C.hanako}]`, date: d('2026-02-17 08:09:53'),
    text: `内容、相違なければその旨返信を。不可逆。\n\n高橋\n\n${outlookJa(`${HANAKO.ja} <${HANAKO.src}>`, '2026年2月16日 19:30', SUPPORT_BARE, `RE: アカウント統合 [CASE ${C.hanako}]`, `統合先: ${HANAKO.keep} (${HANAKO.keepId})\n統合元: ${HANAKO.src} (${HANAKO.srcId})\n\n${outlookJa(`AWS Training and Certification <${SUPPORT_BARE}>`, '2026年2月16日 11:02', `${HANAKO.ja} <${HANAKO.src}>`, `RE: アカウント統合 [CASE ${C.hanako}]`, `統合先・統合元、候補IDとメールを記載のうえ返信願。\n\n高橋`)}\n\n${outlookJa(`${HANAKO.ja} <${HANAKO.src}>`, '2026年2月14日 19:30', SUPPORT_BARE, 'アカウント統合', `転職で認定アカウントが2つ。個人側にまとめたい。`)}`)}`,
    note: '"if correct, say so": consent to the irreversible merge',
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'j32', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, to: K,
    subject: form(C.kenji), date: d('2026-03-06 04:28:15'),
    text: `統合完了。\n\n${sigJa('藤井', 0)}`,
    note: 'two words: merge done',
  }),
  mk({
    slug: 'j33', kind: 'merge_completed', lang: 'ja', caseId: C.yui, to: Y, enc: 'sjis8',
    subject: form(C.yui), date: d('2026-04-16 01:57:03'),
    text: `統合済。旧ID ${YUI.srcId} は無効。\nポータル確認願。\n\n中村`,
    note: 'merged, old ID retired; "please check" stays merge_completed',
  }),
  mk({
    slug: 'j34', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, to: H, enc: 'jisb64', auth: 'failThenForged', trusted: false,
    subject: form(C.hanako), date: d('2026-02-18 09:14:41'),
    text: `マージ完了。\nログインして確認を。`,
    note: 'completion claim; top A-R fails, a planted pass below: untrusted',
  }),
  mk({
    slug: 'j35', kind: 'merge_completed', lang: 'ja', from: PORTAL, to: R, enc: 'utf8b64',
    subject: 'アカウント統合のお知らせ', date: d('2026-05-24 15:03:22'),
    html: htmlDoc(`<h3>AWS Certification</h3>\n<table><tr><td>アカウント統合</td><td><b>完了</b></td></tr>\n<tr><td>統合先</td><td>${RYO.keep}</td></tr></table>\n<p style="font-size:11px">このメールは送信専用です。</p>`),
    note: 'portal notice, no case ID: merge_completed',
  }),
  mk({
    slug: 'j36', kind: 'merge_completed', lang: 'ja', caseId: C.taro, to: T,
    subject: form(C.taro), date: d('2026-01-12 06:33:50'),
    text: `統合完了。本ケースはこれでクローズ。\n\n${sigJa('岡本', 1)}`,
    note: 'completion plus closing: the new fact is the merge',
  }),
  mk({
    slug: 'j37', kind: 'merge_completed', lang: 'ja', caseId: '17766103952', from: SUPPORT, to: 'Yamada Taro <taro@corp.example.co.jp>', enc: 'sjisb64', forUser: false,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'archive-bot@corp.example.co.jp', date: d('2026-08-09 09:12:00', '+0900') },
    subject: form('17766103952'), date: d('2026-08-09 00:10:31'),
    text: `統合済。認定2件・特典1件、移行。\n\n${sigJa('佐々木', 2)}`,
    note: 'completion, but redirected by the old company (Resent-*): not for the user',
  }),
  mk({
    slug: 'j38', kind: 'merge_completed', lang: 'ja', caseId: '1788430021', to: K, enc: 'utf8qp',
    subject: form('1788430021'), date: d('2026-10-03 22:47:09'),
    text: `ステータス: 統合完了\n統合先ID: ${KENJI.keepId}\n\n石田\n(モバイルから送信)`,
    note: 'label/value completion from a phone: merged into the kept ID',
  }),
  mk({
    slug: 'j39', kind: 'merge_completed', lang: 'ja', caseId: C.ryo, to: R, enc: 'utf88bit',
    subject: form(C.ryo), date: d('2026-05-24 03:01:55'),
    text: `Merge done. 認定・バウチャー反映済。\n\n村上 / AWS Training and Certification`,
    note: 'mixed-language completion; Japanese carries the news',
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'j40', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: K, enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-08 11:20:37'),
    text: `AWS Certified Cloud Practitioner\n発行元: Amazon Web Services Training and Certification\n\nバッジを入手する\nhttps://www.credly.com/earner/earned\n\nCredly`,
    note: 'AWS badge issued via Credly to the kept account',
  }),
  mk({
    slug: 'j41', kind: 'badges_transferred', lang: 'ja', caseId: C.yui, to: Y, enc: 'sjis8',
    subject: form(C.yui), date: d('2026-04-20 02:36:11'),
    text: `バッジ移行済。Credly確認を。\n\n${sigJa('中村', 3)}`,
    note: 'support says the badges moved',
  }),
  mk({
    slug: 'j42', kind: 'badges_transferred', lang: 'ja', from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: H, enc: 'jisb64', trusted: false,
    subject: 'バッジ受領のお知らせ', date: d('2026-02-20 13:45:29'),
    text: `AWS Certified Developer - Associate\nバッジを入手する`,
    note: 'AWS badge mail from credIy.com (capital I): untrusted look-alike',
  }),
  mk({
    slug: 'j43', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: R, enc: 'utf8qp',
    subject: 'バッジ 2件 追加', date: d('2026-05-27 08:02:40'),
    text: `新規バッジ: 2\n・AWS Certified Solutions Architect - Associate\n・AWS Certified SysOps Administrator - Associate\nバッジを入手する`,
    html: htmlDoc(`<p>新規バッジ: 2</p>\n<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified SysOps Administrator - Associate</li></ul>\n<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`),
    note: 'Credly: AWS badges now on the account',
  }),
  mk({
    slug: 'j44', kind: 'badges_transferred', lang: 'ja', caseId: C.taro, to: T,
    subject: form(C.taro), date: d('2026-01-15 04:52:08'),
    text: `バッジ移動完了。本件クローズ。\n\n岡本`,
    note: 'badges moved and closing: badges_transferred',
  }),
  mk({
    slug: 'j45', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, to: K, enc: 'jisb64',
    subject: `Re: バッジ未反映 [CASE ${C.kenji}]`, date: d('2026-03-11 07:18:46'),
    text: `Credly 側、旧メールのバッジ3件 → 統合先へ付替済。\n\n藤井\n\n${gmailJa('2026年3月10日(火) 8:55 森 健二 <kenji.mori@example.jp>', '', `統合後、Credlyのバッジが旧アドレスのままです。`).replace(' :\n', ':\n')}`,
    note: 'support reattached the three badges to the kept account',
  }),
  mk({
    slug: 'j46', kind: 'badges_transferred', lang: 'ja', caseId: '1788430021', to: 'Kenji Mori <kenji.mori@example.jp>', enc: 'sjisb64', forUser: false,
    resent: { from: 'kenji.mori@example.jp', to: 'mori.family@example.org', date: d('2026-10-06 20:01:13', '+0900') },
    subject: form('1788430021'), date: d('2026-10-06 10:58:34'),
    text: `バッジ反映。SAA / DVA / SOA。\n\n石田`,
    note: 'badges moved, but this copy was re-sent elsewhere (Resent-*): not for the user',
  }),
  mk({
    slug: 'j47', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: Y, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-04-22 16:25:57'),
    html: htmlDoc(`<p><b>新しいバッジ</b></p>\n<p>AWS Certified Data Engineer - Associate</p>\n<p><a href="https://www.credly.com/badges/accept" style="background:#0a66c2;color:#fff;padding:8px">バッジを入手する</a></p>\n<p style="font-size:10px">Credly, Inc.</p>`),
    note: 'HTML-only Credly mail for an AWS badge',
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'j48', kind: 'case_closed', lang: 'ja', caseId: C.yui, to: Y,
    subject: form(C.yui), date: d('2026-04-25 05:00:18'),
    text: `本件クローズ。\n\n${sigJa('中村', 0)}`,
    note: 'case closed, two words',
  }),
  mk({
    slug: 'j49', kind: 'case_closed', lang: 'ja', caseId: '1791200374', from: NOREPLY, to: 'Yamada Tomoko <yamada.t@other.example.jp>', enc: 'sjis8', forUser: false,
    subject: `[CASE 1791200374] 自動クローズ予定`, date: d('2026-11-04 00:30:00'),
    text: `返信なし。3日後に自動クローズ。`,
    note: 'auto-close reminder addressed to another person: not for the user',
  }),
  mk({
    slug: 'j50', kind: 'case_closed', lang: 'ja', caseId: C.ryo, to: R, enc: 'jisb64', trap: true,
    subject: form(C.ryo), date: d('2026-06-01 02:14:27'),
    text: `先週統合済みの件、本日クローズ。\n\n村上`,
    note: 'closing that only restates last week\'s merge',
  }),
  mk({
    slug: 'j51', kind: 'case_closed', lang: 'ja', caseId: C.hanako, from: 'AWS Support <no-reply@support.aws.com.example-mail.net>', to: H, enc: 'utf8qp', trusted: false,
    subject: `ケース ${C.hanako} 終了`, date: d('2026-02-25 17:48:03'),
    text: `ケース終了。`,
    note: 'closing from support.aws.com.example-mail.net, a look-alike: untrusted',
  }),
  mk({
    slug: 'j52', kind: 'case_closed', lang: 'ja', caseId: C.kenjiDup, to: to(KENJI.ja, KENJI.src), trap: true,
    subject: form(C.kenjiDup), date: d('2026-03-03 06:40:02'),
    text: `重複ケース。${C.kenji} へ統合済。\n本ケースはクローズ。\n\n吉田`,
    note: 'duplicate case folded into the other one and closed; not the account merge',
  }),
  mk({
    slug: 'j53', kind: 'case_closed', lang: 'ja', caseId: C.taro, from: NOREPLY, to: T, enc: 'sjisb64',
    subject: `ケース ${C.taro} ステータス更新`, date: d('2026-01-16 00:05:41'),
    html: htmlDoc(`<p>ケース: ${C.taro}<br>\nステータス: <b>解決済</b></p>\n<p style="color:#888">Amazon Web Services</p>`),
    note: 'status notice: resolved',
  }),
  mk({
    slug: 'j54', kind: 'case_closed', lang: 'ja', caseId: '17766103952', to: T, enc: 'utf8b64',
    subject: form('17766103952'), date: d('2026-08-14 08:27:36'),
    text: `解決済みに変更。再開はこのメールへ返信。\n\n${sigJa('佐々木', 1)}`,
    note: 'marked resolved; reply to reopen',
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'j55', kind: 'support_reply', lang: 'ja', caseId: C.kenji, to: K, trap: true,
    subject: form(C.kenji), date: d('2026-03-05 09:02:30'),
    text: `確認ありがとう。担当チームへ回付。\n\n藤井\n\n${gmailJa('2026年3月5日(木) 17:41 森 健二 <kenji.mori@example.jp>', '', `同意します。統合お願いします。`).replace(' :\n', ':\n')}`,
    note: 'thanks for confirming, passed on: status only',
  }),
  mk({
    slug: 'j56', kind: 'support_reply', lang: 'ja', caseId: C.yui, to: Y, enc: 'sjis8', trap: true,
    subject: form(C.yui), date: d('2026-04-15 04:10:19'),
    text: `統合完了後、改めて連絡。\n\n${sigJa('中村', 2)}`,
    note: 'future: "after the merge is done we will write again"',
  }),
  mk({
    slug: 'j57', kind: 'support_reply', lang: 'ja', caseId: C.ryo, to: R, enc: 'jisb64', trap: true,
    subject: form(C.ryo), date: d('2026-05-21 10:36:52'),
    text: `統合不可。\n両アカウントに同一試験の有効な認定あり。\n片方失効後に再申請を。\n\n村上`,
    note: 'negative: the merge cannot be done',
  }),
  mk({
    slug: 'j58', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: H, enc: 'utf8qp',
    subject: form(C.hanako), date: d('2026-02-15 02:19:44'),
    text: `残すアカウントのアドレスからへんしんを。\n\n高橋`,
    note: '"write from the address you keep" without asking data (unconverted-kana typo)',
  }),
  mk({
    slug: 'j59', kind: 'support_reply', lang: 'ja', caseId: C.taro, to: T, trap: true,
    subject: form(C.taro), date: d('2026-01-09 01:03:12'),
    text: `受付済。担当割当済。\n\n${sigJa('岡本', 0)}`,
    note: 'human status: received and assigned, not the automatic receipt',
  }),
  mk({
    slug: 'j60', kind: 'support_reply', lang: 'ja', caseId: C.kenji, to: K, enc: 'utf8b64', trap: true,
    subject: `Re: バッジの件 [CASE ${C.kenji}]`, date: d('2026-03-09 03:21:07'),
    text: `バッジは Credly 側の処理。統合とは別。\n数日様子見を。\n\n藤井`,
    note: 'answer about badges, nothing moved yet',
  }),
  mk({
    slug: 'j61', kind: 'support_reply', lang: 'ja', caseId: '1788430021', to: K, enc: 'sjisb64',
    subject: form('1788430021'), date: d('2026-10-02 23:59:01'),
    text: `承知。数日内。\n\n${sigJa('石田', 3)}`,
    note: 'acknowledges the reply, a few days',
  }),
  mk({
    slug: 'j62', kind: 'support_reply', lang: 'ja', caseId: C.yui, to: Y, enc: 'jis7', trap: true,
    subject: form(C.yui), date: d('2026-04-17 06:44:33'),
    text: `バウチャーは統合後に反映予定。\n\n中村`,
    note: 'future: voucher to show after the merge',
  }),
  mk({
    slug: 'j63', kind: 'support_reply', lang: 'ja', caseId: '17766103952', to: T, enc: 'utf88bit',
    subject: form('17766103952'), date: d('2026-08-08 02:02:02'),
    text: `エスカレ済。\n\n${sigJa('佐々木', 2)}\n\n${sfOrig(`${TARO.ja} <${TARO.keep}>`, '2026/08/07 22:15', SUPPORT_BARE, form('17766103952'), `同意します。\n旧姓表記は「Yamada Taro」です。`)}\n\n${sfRef('3Hq7P')}`,
    note: 'escalated; Salesforce-style quote of the user\'s consent below',
  }),

  // ---------------- unrelated (11) ----------------
  mk({
    slug: 'j64', kind: 'unrelated', lang: 'ja', caseId: C.yui, from: 'AWS Support <no-reply-aws@amazon.com>', to: Y, trap: true,
    subject: `ケース ${C.yui}: 解決しましたか?`, date: d('2026-04-26 02:00:00'),
    text: `ケースは解決しましたか?\nはい / いいえ\n(1分アンケート)`,
    note: 'survey after closing',
  }),
  mk({
    slug: 'j65', kind: 'unrelated', lang: 'ja', from: 'Microsoft via Credly <admin@credly.com>', to: K, enc: 'jisb64', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-03-12 09:09:09'),
    text: `Microsoft Certified: Azure Fundamentals\nバッジを入手する`,
    note: 'Credly badge from another issuer',
  }),
  mk({
    slug: 'j66', kind: 'unrelated', lang: 'ja', from: 'Credly <admin@credly.com>', to: R, enc: 'utf8qp', trap: true,
    subject: 'Credly アカウント統合コード', date: d('2026-05-28 12:12:40'),
    text: `アカウント統合コード: 552914\n10分有効。`,
    note: "Credly's own account-merge code mail",
  }),
  mk({
    slug: 'j67', kind: 'unrelated', lang: 'ja', from: 'AWS Certification <no-reply@aws.training>', to: H, enc: 'sjis8', trap: true,
    subject: '試験結果のお知らせ', date: d('2026-02-22 06:31:18'),
    text: `結果: 合格\n試験: AWS Certified Security - Specialty\n認定取得完了。`,
    note: 'exam result; "completed" is about the exam',
  }),
  mk({
    slug: 'j68', kind: 'unrelated', lang: 'ja', caseId: C.kenji, from: K, to: SUPPORT, cc: to(KENJI.ja, KENJI.src), auth: 'none', trusted: false, trap: true,
    relay: 'smtp.example.jp',
    subject: `Re: ${form(C.kenji)}`, date: d('2026-03-05 17:41:06', '+0900'),
    text: `統合、了承。\n\n森\n\n${gmailJa(`2026年3月5日(木) 10:36 AWS Training and Certification <${SUPPORT_BARE}>`, '', `${KENJI.srcId} → ${KENJI.keepId} へ統合。取消不可。\n同意なら返信。`).replace(' :\n', ':\n')}`,
    note: "the user's own two-word consent reply: unrelated, untrusted",
  }),
  mk({
    slug: 'j69', kind: 'unrelated', lang: 'ja', from: '鈴木 一郎 <suzuki.ichiro@work.example.co.jp>', to: to(KENJI.ja, KENJI.src), enc: 'jis7', auth: 'pass', trusted: false, trap: true,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: '自動応答: 受信確認', date: d('2026-03-04 08:00:12', '+0900'),
    text: `受信確認。不在、1/5まで。\n急ぎは代表まで。`,
    note: "a colleague's out-of-office auto-reply",
  }),
  mk({
    slug: 'j70', kind: 'unrelated', lang: 'ja', caseId: C.refund, from: NOREPLY, to: Y, enc: 'jisb64', trap: true,
    subject: `[CASE ${C.refund}] 返金のお問い合わせ 受付`, date: d('2026-06-10 03:03:03'),
    text: `返金ケース受付。\nケースID ${C.refund}\n試験料の返金について、担当より連絡。`,
    note: "receipt of the user's other case (exam refund), says its topic",
  }),
  mk({
    slug: 'j71', kind: 'unrelated', lang: 'ja', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: T, enc: 'utf8b64', trap: true,
    subject: 'サブスクリプション更新完了', date: d('2026-01-20 00:00:05'),
    text: `更新完了。\n個人プラン / 次回 2027-01-20。`,
    note: 'Skill Builder subscription renewal "completed"',
  }),
  mk({
    slug: 'j72', kind: 'unrelated', lang: 'ja', from: 'AWS Japan <aws-marketing-jp@amazon.com>', to: R, enc: 'sjisb64', trap: true,
    subject: 'AWS Summit 登録受付完了', date: d('2026-06-05 01:30:00'),
    html: htmlDoc(`<p>登録受付完了。</p>\n<p>AWS Summit Japan / 幕張メッセ<br>\n受付番号: SJ-48213</p>`),
    note: 'event registration receipt',
  }),
  mk({
    slug: 'j73', kind: 'unrelated', lang: 'ja', from: 'システム管理 <postmaster@formerco.example.jp>', to: to(YUI.ja, YUI.keep), enc: 'sjis8', auth: 'pass', trusted: false, trap: true,
    extra: ['Auto-Submitted: auto-replied'],
    subject: '【自動返信】受付できません', date: d('2026-04-12 03:20:00', '+0900'),
    text: `このアドレスは廃止。受付不可。\n新しい連絡先は各担当へ。`,
    note: "the old company's auto-reply: address retired",
  }),
  mk({
    slug: 'j74', kind: 'unrelated', lang: 'ja', from: 'AWS トレーニング <no-reply@aws.training>', to: K, enc: 'utf8qp', trap: true,
    subject: 'クラスルーム研修 受講登録確認', date: d('2026-09-01 02:15:48'),
    text: `受講登録、確認済。\nコース: Architecting on AWS\n日程: 10/14-10/16`,
    note: 'training class registration confirmation',
  }),
];

// keep helpers referenced (some shapes are only used by the English file)
void esc; void paras; void quote; void fwdJa;
