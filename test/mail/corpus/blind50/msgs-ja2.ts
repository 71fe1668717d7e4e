// Set aw, Japanese part 2: completions, badges, closing, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  CASE, CERTS, CERTPORTAL, CREDLY, KENJI as K, MAKOTO as MK, MISAKI as MS, NOTIFY, SUPPORT, SUPPORT_JA,
  formSubject, gmailJa, htmlTable, jaBlock, jaDate, jaHead, jaRows, mk, outlookJa, pipe, quote, sfOriginal, sfRef, tsv,
} from './common.js';

const all = (a: typeof CERTS.kenjiKeep, b: typeof CERTS.kenjiKeep) => [...a, ...b];

export const JA2: Msg[] = [
  // ---------------- merge_completed (9) ----------------
  mk({
    slug: 'ja-merged-kenji-after-table', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: 'says the merge was carried out; after-table of four certs',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-06 14:22:10', enc: 'jis7',
    text: `伊藤様

ご返信ありがとうございました。${K.srcId} から ${K.keepId} への統合作業が本日完了しております。
統合後のアカウントの認定一覧:
${pipe(jaHead(), jaRows(all(CERTS.kenjiKeep, CERTS.kenjiSrc)))}
表示に反映されるまで数時間かかる場合があります。`,
  }),
  mk({
    slug: 'ja-merged-misaki-sjis-status-cell', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'the event is only in the status column: 統合済み',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-26 11:45:31', enc: 'sjis8',
    text: `中村様

作業結果をご報告します。
${pipe(['候補者ID', '役割', '認定数', 'ステータス'], [[MS.keepId, '統合先', '3', '統合済み (2026/10/26)'], [MS.srcId, '統合元', '0', '無効化']])}
ご不明点があればこのメールにご返信ください。`,
  }),
  mk({
    slug: 'ja-merged-makoto-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.makoto,
    note: 'completion notice that asks to check that all looks right (still merge_completed)',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-24 10:08:56', enc: 'utf8qp',
    text: `小林様

お待たせいたしました。認定アカウントの統合を行いました。
${jaBlock(all(CERTS.makotoKeep, CERTS.makotoSrc))}
特典: CERT50-7PQ2-XK4M / CERT50-3ZR8-BN1T (いずれも未使用)
サインインのうえ、上記が表示されているかご確認いただけますと幸いです。`,
  }),
  mk({
    slug: 'ja-merged-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: "certification portal's own merged notice, no case ID",
    from: CERTPORTAL, to: MS.keep, subject: 'アカウントが統合されました', at: '2026-10-26 11:30:02', enc: 'utf8b64',
    text: `AWS Certification アカウント通知

候補者 ID ${MS.srcId} の記録は、候補者 ID ${MS.keepId} に統合されました。
統合日時: 2026-10-26 02:30 UTC
移動した記録: 試験履歴 2 件、認定 2 件、特典 1 件

今後は ${MS.keep} でサインインしてください。`,
  }),
  mk({
    slug: 'ja-merged-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenjiOld,
    note: 'merge done and the case will now be closed: merge_completed (the new fact)',
    from: SUPPORT, to: K.src, subject: formSubject(CASE.kenjiOld), at: '2025-03-06 17:14:00', enc: 'jisb64',
    text: `伊藤様

AWS39900125 を ${K.srcId} に統合いたしました (作業日 2025/03/06)。
CLF-C02 取得日 2023/06/17、有効期限 2026/06/17 を統合先で確認済みです。
本件はこれにてクローズとさせていただきます。`,
  }),
  mk({
    slug: 'ja-merged-fail-dmarc', kind: 'merge_completed', lang: 'ja', caseId: CASE.makoto, trusted: false, auth: 'fail',
    note: 'completion wording, but dmarc=fail on the receiving server',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-23 02:10:00', enc: 'jis7',
    text: `小林様
統合が完了しました。新しい証明書は下記からダウンロードしてください。
http://cert-download.example.org/${MK.keepId}.pdf
検証番号: T6PD1QS8HL3WZ0VN`,
  }),
  mk({
    slug: 'ja-merged-html-only', kind: 'merge_completed', lang: 'ja', caseId: CASE.misakiDup,
    note: 'HTML-only completion on the duplicate case',
    from: SUPPORT, to: MS.src, subject: formSubject(CASE.misakiDup), at: '2026-10-26 12:01:44', enc: 'utf8b64', hdr: 'utf8b',
    html: `<p>中村様</p><p>別ケース ${CASE.misaki} でご同意いただいた内容にもとづき、統合を実施済みです。</p>
${htmlTable(jaHead(), jaRows(all(CERTS.misakiKeep, CERTS.misakiSrc)))}
<p>上記 3 件は ${MS.keepId} で確認できます。</p>`,
  }),
  mk({
    slug: 'ja-merged-mobile-short', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, auth: 'dkimonly',
    note: 'short completion with ID only in the body, typo 「統号」 fixed in next sentence',
    from: SUPPORT, to: K.keep, subject: 'Re: アカウントについて', at: '2026-11-06 14:30:12', enc: 'utf88bit',
    text: `伊藤様 (ケース ${CASE.kenji})
先ほどの件、統号…失礼しました、統合はすでに反映されています。
AIF-C01 / CLF-C02 / SAA-C03 / DVA-C02 の 4 件が ${K.keepId} にあります。`,
  }),
  mk({
    slug: 'ja-merged-mixed-en-boiler', kind: 'merge_completed', lang: 'ja', caseId: CASE.makoto,
    note: 'Japanese merge completion with English boilerplate footer',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-24 10:15:40', enc: 'utf8qp',
    text: `小林様

統合元 ${MK.srcId} のデータを ${MK.keepId} に移しました。試験履歴 3 件・認定 2 件・特典 1 件が移動済みです。

Was this response helpful? Click here to rate: https://support.aws.amazon.com/rate?c=${CASE.makoto}
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'ja-credly-hakko-saa', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept account',
    from: CREDLY, to: K.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-08 03:12:09', enc: 'utf8b64',
    text: `伊藤 健二 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
発行日: 2024年2月3日 / 有効期限: 2027年2月3日

[バッジを入手する]
https://www.credly.com/badges/5c1e2f7a-0b9d-4e61-a3f2-1d8c7b6e9a40/accept`,
  }),
  mk({
    slug: 'ja-credly-three-list', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly lists three AWS badges now on the kept account',
    from: CREDLY, to: MS.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ(3件)', at: '2026-10-27 05:44:18', enc: 'utf8qp',
    text: `中村 美咲 さん、新しいバッジがあります。
${pipe(['バッジ', '発行元', '発行日', '有効期限'], [['AWS Certified Cloud Practitioner', 'AWS T&C', '2024/04/12', '2027/04/12'], ['AWS Certified SysOps Administrator - Associate', 'AWS T&C', '2023/10/30', '2026/10/30'], ['AWS Certified Security - Specialty', 'AWS T&C', '2025/03/14', '2028/03/14']])}
「バッジを入手する」から受け取ってください。`,
  }),
  mk({
    slug: 'ja-support-badges-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'support says the Credly badges have been moved to the kept account; Gmail quote',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-09 16:02:37', enc: 'jis7',
    text: `伊藤様

Credly 側の紐付けを修正し、バッジ 3 点 (CLF-C02 / SAA-C03 / DVA-C02) を ${K.keep} の Credly アカウントへ移しました。
各バッジの受け取りメールが admin@credly.com から届いていると思います。

${gmailJa('2026-11-08', '21:15', `伊藤 健二 <${K.keep}>`)}
${quote('統合ありがとうございました。ただ Credly には AIF-C01 しか表示されていません。')}`,
  }),
  mk({
    slug: 'ja-support-badges-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.makoto,
    note: 'badges moved and case closing: badges_transferred',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-26 09:33:20', enc: 'sjis8',
    text: `小林様

Credly バッジの移行状況:
${pipe(['バッジ', '旧 Credly', '新 Credly', '状態'], [['SAA-C03', MK.src, MK.keep, '移行済'], ['ANS-C01', MK.src, MK.keep, '移行済']])}
以上でご依頼の作業はすべて終わりましたので、本ケースはクローズいたします。`,
  }),
  mk({
    slug: 'ja-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge notice from credIy.com (capital I) look-alike',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy-badges.com>', to: MS.keep, subject: 'バッジ発行のお知らせ', at: '2026-10-27 06:00:00', enc: 'utf8b64',
    text: `中村さん、AWS Certified Security - Specialty のバッジが移動されました。
受け取りには Credly のパスワードで再ログインしてください。
http://credly-accept.example.com/login`,
  }),
  mk({
    slug: 'ja-credly-html-dva', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML Credly mail, DVA-C02 badge on the kept account',
    from: CREDLY, to: K.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-08 03:12:44', enc: 'utf8qp', hdr: 'utf8b',
    html: `<table width="600"><tr><td><h2>おめでとうございます、伊藤 健二 さん</h2>
<p>AWS Certified Developer - Associate</p>
${htmlTable(['発行日', '有効期限', 'スキル'], [['2024-09-21', '2027-09-21', 'AWS Lambda, DynamoDB, CI/CD']])}
<p><a href="https://www.credly.com/badges/8a2d6e11-44f0-4c37-9b1e-6f0a2c5d7e13/accept">バッジを入手する</a></p></td></tr></table>`,
  }),
  mk({
    slug: 'ja-support-badges-outlook', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support reports badges reassigned on Credly; Outlook quote',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-28 13:20:05', enc: 'utf8qp',
    text: `中村様

SOA-C02・SCS-C02 のバッジを ${MS.keep} の Credly アカウントに付け替えました、Credly のダッシュボードでご確認いただけます。

${outlookJa(`中村 美咲 <${MS.keep}>`, '2026年10月27日 (火) 22:05', 'aws-cs-trainingcertification-form@amazon.com', `RE: [CASE ${CASE.misaki}]`)}

バッジが旧アドレスのままです。`,
  }),
  mk({
    slug: 'ja-credly-resent-forward', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly AWS badge mail to kept address, ISO-2022-JP base64',
    from: CREDLY, to: MK.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-11-25 04:02:50', enc: 'jisb64',
    text: `小林 誠 さん

AWS Certified Advanced Networking - Specialty
発行: 2024年5月27日
期限: 2027年5月27日

バッジを入手する: https://www.credly.com/badges/1f3b9c22-7d4e-4a08-8e55-c0d9f1a2b3c4/accept`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'ja-closed-auto-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: 'will auto-close in 3 days without reply; restates the data',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-13 10:00:11', enc: 'jis7',
    text: `伊藤様

前回のご連絡から 4 日が経過しました。
ケース ${CASE.kenji} / 統合先 ${K.keepId} / 認定 4 件 / バッジ 4 件
追加のご質問がなければ、3 日後に本ケースは自動的にクローズされます。`,
  }),
  mk({
    slug: 'ja-closed-notify-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'AWS Support notification: case resolved',
    from: NOTIFY, to: MS.keep, subject: `ケース ${CASE.misaki} は解決済みとしてマークされました`, at: '2026-11-02 00:01:00', enc: 'utf8qp',
    text: `ケース ID: ${CASE.misaki}
ステータス: 解決済み
解決日時: 2026-11-01 15:01 UTC

再度お問い合わせが必要な場合は、14 日以内であればケースを再開できます。`,
  }),
  mk({
    slug: 'ja-closed-trap-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.makoto, trap: true,
    note: 'closing notice restating an earlier merge and badge move (table); no new event',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-12-01 09:00:00', enc: 'sjisb64',
    text: `小林様

先週ご報告のとおり、作業記録は次のとおりです。
${pipe(['作業', '日付'], [['アカウント統合', '2026/11/24'], ['バッジ移行', '2026/11/26']])}
ご返信がございませんでしたので、本ケースを終了いたします。`,
  }),
  mk({
    slug: 'ja-closed-other-only', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'otherOnly',
    note: 'closing notice with only a foreign authserv-id A-R',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-16 10:00:00', enc: 'jis7',
    text: `伊藤様
本ケース (${CASE.kenji}) はクローズされました。
ご協力ありがとうございました。`,
  }),
  mk({
    slug: 'ja-closed-duplicate-case', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, trap: true,
    note: 'duplicate case closed and pointed to the other case; the "統合" here is of cases not accounts',
    from: SUPPORT, to: MS.src, subject: formSubject(CASE.misakiDup), at: '2026-10-21 12:30:40', enc: 'utf8b64',
    text: `中村様

本ケース ${CASE.misakiDup} は、先に作成された ${CASE.misaki} と同じご依頼のため、ケースを統合し、こちらはクローズいたします。
今後のやり取りは ${CASE.misaki} でお願いします。`,
  }),
  mk({
    slug: 'ja-closed-html-summary', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: 'HTML closing summary with "解決済み" status',
    from: SUPPORT, to: K.keep, subject: `[CASE ${CASE.kenji}] ケースのクローズ`, at: '2026-11-16 10:02:30', enc: 'utf8b64', hdr: 'utf8b',
    text: `伊藤様\n\nケース ${CASE.kenji}\n作成 2026-11-02 / クローズ 2026-11-16 / 状態 解決済み\n\nまたのご利用をお待ちしております。`,
    html: `<p>伊藤様</p>${htmlTable(['ケース', '作成', 'クローズ', '状態'], [[CASE.kenji, '2026-11-02', '2026-11-16', '解決済み']])}<p>またのご利用をお待ちしております。</p>`,
  }),
  mk({
    slug: 'ja-closed-7days-sjis', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'reminder: closes after 7 days without reply',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-29 09:11:00', enc: 'sjis8',
    text: `中村様

その後いかがでしょうか。バッジ (SOA-C02 / SCS-C02) の受け取りは済みましたでしょうか。
7 日間ご返信がない場合、ケースは自動でクローズされますのでご了承ください。`,
  }),
  mk({
    slug: 'ja-closed-will-close-today', kind: 'case_closed', lang: 'ja', caseId: CASE.makoto,
    note: 'says the case is being closed today as no further action is needed',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-30 18:40:00', enc: 'utf8qp',
    text: `小林様
ご確認のご連絡、承知しました。追加の作業は不要とのことですので、本日付でケースをクローズいたします。
(候補者ID ${MK.keepId} / 認定 4 件 / 特典 2 件)`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'ja-reply-thanks-confirm-plan', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'thanks for confirming, passed to the team; table has a "移行予定" column (future)',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-05 20:14:03', enc: 'jis7',
    text: `伊藤様

ご同意ありがとうございます、担当チームへ作業を依頼しました。
${pipe(['認定', '現在', '移行予定'], [['CLF-C02', K.srcId, K.keepId], ['SAA-C03', K.srcId, K.keepId], ['DVA-C02', K.srcId, K.keepId]])}
通常 3〜5 営業日で完了します。完了しましたら改めてご連絡いたします。`,
  }),
  mk({
    slug: 'ja-reply-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.makoto,
    note: 'escalation status update with the blank "統合日" cell',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-23 15:30:11', enc: 'utf8qp', trap: true,
    text: `小林様

進捗のご報告です。
${pipe(['項目', '状況'], [['同意受領', '2026/11/22'], ['技術チーム', 'エスカレーション済み'], ['統合日', '(未定)']])}
お待たせしており申し訳ありません。`,
  }),
  mk({
    slug: 'ja-reply-negated-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"統合はまだ完了していません" — negated completion',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-25 18:00:10', enc: 'sjisb64',
    text: `中村様

お問い合わせの件、統合はまだ完了しておりません。SOA-C02 (有効期限 2026/10/30) の期限前に作業が終わるよう調整中です。
完了しましたらご連絡いたします。`,
  }),
  mk({
    slug: 'ja-reply-lookalike-server', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'lookalikeServer',
    note: 'status reply; A-R from a look-alike authserv-id',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-06 09:00:00', enc: 'jis7',
    text: `伊藤様
ただいま作業中です。しばらくお待ちください。
候補者ID: ${K.keepId}`,
  }),
  mk({
    slug: 'ja-reply-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.makoto,
    note: 'answers a question about voucher expiry after the merge',
    from: SUPPORT, to: MK.keep, subject: formSubject(CASE.makoto), at: '2026-11-25 11:12:00', enc: 'jis7',
    text: `小林様

ご質問の件、バウチャー CERT50-3ZR8-BN1T の有効期限 (2026/12/31) は統合によって延長されません。
ご予約は期限までにお願いいたします。残高: 50% 割引 × 2。`,
  }),
  mk({
    slug: 'ja-reply-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji,
    note: 'asks only to write from the kept address, no data requested',
    from: SUPPORT, to: K.src, subject: formSubject(CASE.kenji), at: '2026-11-03 08:15:00', enc: 'utf8b64',
    text: `伊藤様

今後のご連絡は、残すアカウントのメールアドレス (${K.keep}) からお送りいただけますでしょうか。
本ケースは引き続きこちらで対応いたします。`,
  }),
  mk({
    slug: 'ja-reply-unable-name', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"統合できません" until the name matches — negated, no request for data',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-23 17:30:00', enc: 'utf8qp',
    text: `中村様

残念ながら、現時点では両アカウントの生年月日の登録が異なるため、統合することができません。
${pipe(['候補者ID', '生年月日'], [[MS.keepId, '****/04/**'], [MS.srcId, '****/05/**']])}
各アカウントのプロフィールで修正いただいた後に、改めて手続きを進めます。`,
  }),
  mk({
    slug: 'ja-reply-dup-case-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"重複ケースを統合しました" — cases, not accounts; status only',
    from: SUPPORT, to: MS.keep, subject: formSubject(CASE.misaki), at: '2026-10-21 12:35:00', enc: 'jis7',
    text: `中村様

同一のご依頼で作成された ${CASE.misakiDup} を本ケースに統合しました。担当は引き続き私が務めます。`,
  }),
  mk({
    slug: 'ja-reply-answer-recert', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji,
    note: 'answers a recertification question; no event',
    from: SUPPORT, to: K.keep, subject: formSubject(CASE.kenji), at: '2026-11-10 13:00:00', enc: 'sjis8',
    text: `伊藤様

CLF-C02 の有効期限は ${jaDate('2026-06-17')} でしたが、SAA-C03 (${jaDate('2024-02-03')} 取得) の合格により ${jaDate('2027-02-03')} まで自動的に延長されています。再認定の受験期間は有効期限の 6 か月前から開始となります。`,
  }),

  // ---------------- unrelated (10) ----------------
  mk({
    slug: 'ja-unrel-exam-score', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result mail with score table; "認定を取得" but no merge',
    from: CERTPORTAL, to: K.keep, subject: '試験結果のお知らせ: AWS Certified AI Practitioner', at: '2025-11-09 08:00:00', enc: 'utf8qp',
    text: `伊藤 健二 様
${pipe(['試験', '受験日', 'スコア', '結果'], [['AIF-C01', '2025/11/08', '812 / 1000', '合格']])}
デジタルバッジは Credly から別途送られます。特典に 50% 割引バウチャーを追加しました。`,
  }),
  mk({
    slug: 'ja-unrel-pearson-booking', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'Pearson VUE booking confirmation (外部の送信者)',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: MK.keep, subject: '試験予約の確認', at: '2026-11-10 12:00:00', enc: 'sjis8',
    text: `小林 誠 様
ご予約を確認しました。
試験: AWS Certified DevOps Engineer - Professional (DOP-C02)
日時: 2026年12月12日 10:00
会場: オンライン (OnVUE)
予約番号: 472918365`,
  }),
  mk({
    slug: 'ja-unrel-ms-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Microsoft badge via Credly (other issuer)',
    from: 'Microsoft via Credly <admin@credly.com>', to: MS.keep, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-10-28 02:00:00', enc: 'utf8b64',
    text: `中村 美咲 さん
Microsoft Certified: Azure Fundamentals (AZ-900)
発行日 2026/10/27 / 有効期限なし
バッジを入手する: https://www.credly.com/badges/0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d/accept`,
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <no-reply@credly.com>', to: K.keep, subject: 'Credly アカウント統合の確認コード', at: '2026-11-09 11:00:00', enc: 'utf8qp',
    text: `Credly アカウントの統合を完了するには、次のコードを入力してください。
確認コード: 604 118
対象: ${K.src} → ${K.keep}
このコードは 30 分間有効です。`,
  }),
  mk({
    slug: 'ja-unrel-recert-reminder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'recertification reminder from the portal, not part of the case',
    from: CERTPORTAL, to: MS.keep, subject: '認定の有効期限が近づいています (SOA-C02)', at: '2026-08-30 00:00:00', enc: 'jisb64',
    text: `中村 美咲 様
${pipe(jaHead(), jaRows([CERTS.misakiSrc[0]!]))}
有効期限の 60 日前になりました。再認定試験をご予約ください。特典の 50% 割引をご利用いただけます。`,
  }),
  mk({
    slug: 'ja-unrel-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, trap: true,
    note: "the user's own forward of the completion mail to himself",
    from: `伊藤 健二 <${K.keep}>`, to: K.src, subject: `Fwd: ${formSubject(CASE.kenji)}`, at: '2026-11-06 20:00:00', enc: 'utf8qp',
    text: `メモ: 統合完了。会社のアドレスはもう使わない。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年11月6日(金) 14:22
Subject: ${formSubject(CASE.kenji)}

${K.srcId} から ${K.keepId} への統合作業が本日完了しております。`,
  }),
  mk({
    slug: 'ja-unrel-ooo-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.makoto, trusted: false, trap: true,
    note: 'out-of-office reply from the old company mailbox',
    from: `小林 誠 <${MK.src}>`, to: SUPPORT, cc: MK.keep, subject: `自動応答: ${formSubject(CASE.makoto)}`, at: '2026-11-19 10:32:00', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動返信です。
小林は 2026/11/30 をもって退職いたしました。後任: cloud-team@cloud-sol.example.co.jp`,
  }),
  mk({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'CSAT survey after the case',
    from: NOTIFY, to: MS.keep, subject: 'サポートのご利用についてのアンケート', at: '2026-11-03 01:00:00', enc: 'utf8b64',
    text: `ケース ${CASE.misaki} (アカウント統合) についてお聞かせください。
問題は解決しましたか? [はい] [いいえ]
担当者の対応: ★★★★★`,
  }),
  mk({
    slug: 'ja-unrel-team-list', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, forUser: false, trap: true,
    note: 'internal team mail listing members\' certs with a "移行済み" column, sent to a team list',
    from: '人事部 教育担当 <kyouiku@sier.example.co.jp>', to: 'cloud-all@sier.example.co.jp', subject: '【集計】AWS 認定保有状況 (11月)', at: '2026-11-20 09:00:00', enc: 'sjis8',
    text: `各位
${pipe(['氏名', '認定', '取得日', '個人アカウントへ移行済み'], [['伊藤', 'SAA-C03', '2024/02/03', '済'], ['鈴木', 'CLF-C02', '2025/01/10', '未'], ['田中', 'DVA-C02', '2025/06/30', '未']])}
退職予定者は認定アカウントの統合を済ませてください。`,
  }),
  mk({
    slug: 'ja-unrel-voucher-case-closed', kind: 'unrelated', lang: 'ja', caseId: CASE.makotoExam, trap: true,
    note: "the user's other case (voucher/exam reschedule) closed; says its topic",
    from: SUPPORT, to: MK.keep, subject: `[CASE ${CASE.makotoExam}] 試験の日程変更について`, at: '2026-11-28 10:00:00', enc: 'utf8qp',
    text: `小林様
DOP-C02 の試験日程変更 (2026/12/12 → 2026/12/19) を承りました。バウチャー CERT50-7PQ2-XK4M は新しい予約に適用済みです。
本ケースはこれでクローズします。`,
  }),
];
