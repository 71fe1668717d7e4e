// fs set, Japanese messages (part 1: acknowledgement, ai_answer, info_request, confirmation_request).
// Terse voice: fragments, arrows, key: value lines, long signatures.
import type { Msg } from './lib.js';
import { C, DAI, FORM, FORM_JA, KEN, MISAKI, NOREPLY, RIO, SHO, YUMI, gmailJa, mk, outlookJa, q, sfJa, sigEn, sigJa, subj, subj0, to } from './common.js';

const kenReq = `認定アカウント統合依頼。
統合先: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
理由: 転職。
伊藤`;

const misakiReq = `アカウント2つ→1つにしたいです。
残す: ${MISAKI.keep}
消す: ${MISAKI.src}
中村`;

const shoReq = `統合希望。個人アドレス側に寄せたい。
ID: ${SHO.keepId}(個人) / ${SHO.srcId}(会社)
小林`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ja-ack-ken-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C.ken,
    note: 'automatic receipt of the merge case, case ID in subject and body',
    from: NOREPLY, to: to(KEN.ja, KEN.keep), subject: `[CASE ${C.ken}] 受付済: AWS Training and Certification`,
    when: '2026-03-02 10:05:11', enc: 'jis7',
    text: `ケース受付済。

ケースID: ${C.ken}
種別: AWS トレーニングと認定
状態: 未対応 → 担当割当待ち
回答目安: 24h以内

※同一内容の再起票不要(回答遅延の原因)。
※本メールへの返信 = ケースへの追記。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-misaki-form', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki,
    note: 'form-submission receipt; Japanese lines over English boilerplate',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj0(C.misaki),
    when: '2026-04-14 22:41:09', enc: 'utf8b64',
    text: `お問い合わせ受領。
ケース番号: ${C.misaki}
担当より折返し → 目安1営業日。

This is an automated message. Replies to this email are added to your case.
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109`,
  }),
  mk({
    slug: 'ja-ack-yumi-fields', kind: 'acknowledgement', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'receipt that lists the fields received (merge, candidate ID): still only the receipt',
    from: NOREPLY, to: to(YUMI.ja, YUMI.keep), subject: `受付完了 [CASE ${C.yumi}]`,
    when: '2026-05-07 08:12:44', enc: 'sjis8',
    text: `受付: ${C.yumi}
内容: アカウント統合
受領項目: 氏名 / 会社名 / 候補者ID(${YUMI.keepId})
次: 担当者確認 → 連絡

--
AWS サポート
自動送信メール`,
  }),
  mk({
    slug: 'ja-ack-dai-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: C.dai,
    note: 'receipt with the case ID only in the body',
    from: NOREPLY, to: to(DAI.ja, DAI.keep), subject: 'お問い合わせを受け付けました',
    when: '2026-06-01 13:30:02', enc: 'jisb64',
    text: `受付番号: ${C.dai}
カテゴリ: トレーニングと認定 / account-assistance
ステータス: オープン
担当者アサイン後、メールにて連絡。

※本メール返信でケース更新。
Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: '1776110043', trusted: false, auth: 'none',
    note: 'forged receipt from a look-alike domain, no Authentication-Results',
    from: 'AWS サポート <support@aws-certification-jp.com>', to: to(RIO.ja, RIO.keep), subject: '【受付】ケース 1776110043',
    when: '2026-07-21 03:14:55', enc: 'jis7',
    text: `受付完了。
ケースID 1776110043。
24h内回答。`,
  }),
  mk({
    slug: 'ja-ack-sho-utf8qp', kind: 'acknowledgement', lang: 'ja', caseId: C.sho,
    note: 'automatic case-created notice in Japanese',
    from: NOREPLY, to: to(SHO.ja, SHO.keep), subject: `AWS サポート: ケース ${C.sho} 作成済`,
    when: '2026-08-18 19:02:37', enc: 'utf8qp',
    text: `ケース作成済 ✔

ID: ${C.sho}
件名: 認定アカウント統合
重要度: 一般
次 → 担当者から返信(通常24h)

追記: このメールに返信
確認: https://support.aws.amazon.com/#/case/?displayId=${C.sho}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-misaki-dup', kind: 'acknowledgement', lang: 'ja', caseId: C.misakiDup,
    note: 'receipt of a second (duplicate) case the user opened; still a receipt',
    from: NOREPLY, to: to(MISAKI.ja, MISAKI.keep), subject: `[CASE ${C.misakiDup}] 受付済`,
    when: '2026-04-16 07:58:20', enc: 'sjisb64',
    text: `受付済。
ケース: ${C.misakiDup}
種別: 認定 / アカウント
※既存ケースあり → 同一内容の場合、回答遅延の可能性。

Amazon Web Services`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated suggestion to use the self-service merge tool',
    from: NOREPLY, to: to(KEN.ja, KEN.keep), subject: 'AWS サポート: 自動回答',
    when: '2026-03-02 10:01:40', enc: 'jis7',
    text: `自動回答(AI生成)

統合 → セルフサービス可。
手順: 認定アカウント → プロフィール → アカウント統合
両アカウントに認定履歴あり → ツール不可 → 「ケースを作成」へ。

解決? はい / いいえ
※内容は自動生成。誤りを含む場合あり。`,
  }),
  mk({
    slug: 'ja-ai-aftermerge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer explaining what happens after a merge: stays ai_answer',
    from: NOREPLY, to: to(MISAKI.ja, MISAKI.keep), subject: '自動提案: 認定アカウントの統合について',
    when: '2026-04-14 22:36:51', enc: 'utf8b64',
    text: `自動提案 ※AI生成

統合後:
・認定 / 特典 / バッジ → 統合先へ
・統合元 → ログイン不可
・取消 → 不可

まずは Merge Accounts ツール。
不可なら → ケース作成。`,
  }),
  mk({
    slug: 'ja-ai-tool-sjis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated recommendation of the Merge Accounts tool before a case exists',
    from: NOREPLY, to: to(YUMI.ja, YUMI.keep), subject: 'おすすめの解決方法',
    when: '2026-05-07 08:09:13', enc: 'sjis8',
    text: `おすすめ: Merge Accounts ツール
所要: 約5分
要: 両アカウントのログイン情報
非対応 → 「ケースを作成」

(自動応答)`,
  }),
  mk({
    slug: 'ja-ai-awstraining', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automatic Q&A answer from aws.training pointing to the profile merge',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: to(RIO.ja, RIO.keep), subject: 'ご質問への自動回答',
    when: '2026-07-20 23:47:05', enc: 'jisb64',
    text: `Q: 認定アカウント2つ → 1つに?
A(自動): プロフィール > アカウント統合。
要: 両方のサインイン情報。
どちらにも合格履歴 → サポートへ。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-article-caseid', kind: 'ai_answer', lang: 'ja', caseId: C.rio,
    note: 'automated related-article suggestion sent after the case was opened',
    from: NOREPLY, to: to(RIO.ja, RIO.keep), subject: `ケース ${C.rio}: 関連情報(自動)`,
    when: '2026-07-21 00:02:18', enc: 'jis7',
    text: `ケース ${C.rio} 関連(自動抽出):
・認定アカウントの統合 → セルフサービス手順
・候補者IDの確認方法

解決済なら対応不要。
未解決 → 担当者からの連絡待ち。

※自動送信`,
  }),
  mk({
    slug: 'ja-ai-candidateid', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that talks about the IDs a merge needs; not a human request',
    from: NOREPLY, to: to(DAI.ja, DAI.keep), subject: '自動応答: 候補者IDについて',
    when: '2026-06-01 13:26:48', enc: 'utf88bit',
    text: `自動応答。
候補者ID → 認定アカウント右上 → プロフィール。
統合依頼時 → ID2件あると早い。
ツールで完結する場合あり → まずお試しを。`,
  }),
  mk({
    slug: 'ja-ai-mixed-sho', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated suggestion, Japanese with an English disclaimer',
    from: NOREPLY, to: to(SHO.ja, SHO.keep), subject: 'AWS サポート: 回答候補',
    when: '2026-08-18 18:58:02', enc: 'utf8qp',
    text: `回答候補(自動):
アカウント統合 → Certification > Profile > Merge Accounts
サインイン不可の旧アカウント → ケースで依頼

This answer was generated by AI and may contain errors.
Still need help? Choose "Create case".`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'ja-info-ken-list', kind: 'info_request', lang: 'ja', caseId: C.ken,
    note: 'asks for both candidate IDs and emails before merging',
    from: FORM, to: to(KEN.ja, KEN.keep), subject: subj(C.ken),
    when: '2026-03-03 11:20:31', enc: 'jis7',
    text: `伊藤様

統合の件、要確認:
・統合先ID:
・統合元ID:
・各ログインメール:
→ 返信にて。

${sigJa('佐々木', 1)}`,
  }),
  mk({
    slug: 'ja-info-misaki-two', kind: 'info_request', lang: 'ja', caseId: C.misaki,
    note: 'needs both IDs and which account to keep; Gmail-style Japanese quote below',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misaki),
    when: '2026-04-15 16:03:27', enc: 'jisb64',
    text: `ID2件要。どちら残す?
返信待ち。

森

${gmailJa('2026年4月14日(火) 22:40', `中村 美咲 <${MISAKI.keep}>`, misakiReq)}`,
  }),
  mk({
    slug: 'ja-info-yumi-fromkeep', kind: 'info_request', lang: 'ja', caseId: C.yumi,
    note: 'asks to write from the kept address AND to include the candidate ID: info_request',
    from: FORM_JA, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-08 10:44:00', enc: 'sjis8',
    text: `高橋様
統合先アドレスから返信要 + 候補者ID記載。
→ 受領後、手続き。

${sigJa('藤田', 2)}`,
  }),
  mk({
    slug: 'ja-info-dai-confirmaddr', kind: 'info_request', lang: 'ja', caseId: C.dai, trap: true,
    note: '"ご確認のうえお知らせください" asks for the kept address: info_request, not a consent request',
    from: FORM, to: to(DAI.ja, DAI.keep), subject: subj(C.dai),
    when: '2026-06-02 09:15:49', enc: 'utf8b64',
    text: `渡辺様
統合先メールアドレス、ご確認のうえお知らせください。
(候補2件: ${DAI.keep} / ${DAI.src})

${sigJa('岡本', 3)}`,
  }),
  mk({
    slug: 'ja-info-phish-fail', kind: 'info_request', lang: 'ja', caseId: '1779955310', trusted: false, auth: 'fail',
    note: 'phishing request for ID and password; dmarc=fail for amazon.com',
    from: 'AWS認定サポート <support@amazon.com>', to: to(KEN.ja, KEN.keep), subject: '【至急】[CASE 1779955310] 本人確認',
    when: '2026-03-04 02:11:37', enc: 'jis7',
    text: `至急。
ID + パスワード要。
24h内未返信 → 統合不可。`,
  }),
  mk({
    slug: 'ja-info-sho-outlook', kind: 'info_request', lang: 'ja', caseId: C.sho,
    note: 'asks for the old account\'s aws.training email; Outlook Japanese quote block',
    from: FORM, to: to(SHO.ja, SHO.keep), subject: subj(C.sho),
    when: '2026-08-20 14:37:12', enc: 'utf8qp',
    text: `小林様
追加1点: 統合元の通知用メール(aws.training側)要。
分かる範囲でOK。
森

${outlookJa(`小林 翔 <${SHO.keep}>`, '2026年8月19日 21:05', 'aws-cs-trainingcertification-form@amazon.com', subj(C.sho), `両方のID送ります。
${SHO.keepId} / ${SHO.srcId}
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-rio-partial', kind: 'info_request', lang: 'ja', caseId: C.rio, trap: true,
    note: 'says what was received, then asks for two more items: info_request',
    from: FORM, to: to(RIO.ja, RIO.keep), subject: subj(C.rio),
    when: '2026-07-22 15:50:26', enc: 'jis7', crlf: false,
    text: `木村様
受領済: 統合元ID(${RIO.srcId})
未受領: 統合先ID / ログインメール
→ 2点要。

${sigJa('石井', 4)}`,
  }),
  mk({
    slug: 'ja-info-yumi-certs', kind: 'info_request', lang: 'ja', caseId: C.yumi,
    note: 'asks for each account\'s certifications and benefits; mixed-language greeting',
    from: FORM, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-09 11:02:55', enc: 'sjisb64',
    text: `Hello 高橋様,
要: 各アカウントの取得済み認定(名称 / 合格日)。
特典(バウチャー)有無も。
Thx.
吉田

${sigEn('Yoshida', 3)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'ja-conf-ken-yn', kind: 'confirmation_request', lang: 'ja', caseId: C.ken,
    note: 'asks the user to consent to the irreversible merge by replying',
    from: FORM, to: to(KEN.ja, KEN.keep), subject: subj(C.ken),
    when: '2026-03-05 09:48:03', enc: 'jis7',
    text: `伊藤様
確認: ${KEN.srcId} → ${KEN.keepId} へ統合。取消不可。
同意 → 本メールに「同意」と返信。

${sigJa('佐々木', 1)}

${gmailJa('2026年3月4日(水) 8:12', `伊藤 健 <${KEN.keep}>`, `統合先 ${KEN.keepId}、統合元 ${KEN.srcId} です。`)}`,
  }),
  mk({
    slug: 'ja-conf-misaki-ok', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki,
    note: 'restates both accounts and asks for consent; merge cannot be split afterwards',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misaki),
    when: '2026-04-17 10:31:40', enc: 'jisb64',
    text: `統合先: ${MISAKI.keep}
統合元: ${MISAKI.src}
※統合後の分離不可。
OKなら返信で同位を。
森`,
  }),
  mk({
    slug: 'ja-conf-yumi-bottom', kind: 'confirmation_request', lang: 'ja', caseId: C.yumi,
    note: 'bottom-posted under the quoted user mail: final Y/N consent question',
    from: FORM, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-11 17:20:09', enc: 'sjis8',
    text: `${gmailJa('2026年5月10日(日) 20:14', `高橋 由美 <${YUMI.keep}>`, `認定: SAA (2024/02), DVA (2025/06)
バウチャー: 1件あり
以上です。`)}

了解。
最終確認: 統合実施でよいか? Y/N
※実施後は戻せません。
吉田`,
  }),
  mk({
    slug: 'ja-conf-forged-twoliner', kind: 'confirmation_request', lang: 'ja', caseId: null, trusted: false, auth: 'none',
    note: 'forged two-line consent request from a look-alike domain, no authentication',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n-support.com>', to: to(DAI.ja, DAI.keep), subject: 'RE: アカウント統合 同意確認',
    when: '2026-06-03 04:40:12', enc: 'jis7',
    text: `統合同意要。
下記リンクから Y/N → http://amaz0n-support.com/merge/consent`,
  }),
  mk({
    slug: 'ja-conf-dai-next', kind: 'confirmation_request', lang: 'ja', caseId: C.dai, trap: true,
    note: 'thanks for the data, then asks for consent: confirmation_request (receipt words are a trap)',
    from: FORM, to: to(DAI.ja, DAI.keep), subject: subj(C.dai),
    when: '2026-06-04 12:06:33', enc: 'utf8b64',
    text: `情報受領、thx。
次 → 同意確認。
統合は不可逆。
同意 = このメールに返信。

${sigJa('岡本', 3)}`,
  }),
  mk({
    slug: 'ja-conf-sho-table', kind: 'confirmation_request', lang: 'ja', caseId: C.sho,
    note: 'lists kept and removed accounts and asks whether to proceed',
    from: FORM, to: to(SHO.ja, SHO.keep), subject: subj(C.sho),
    when: '2026-08-21 10:12:58', enc: 'utf8qp',
    text: `統合前最終確認。
残す: ${SHO.keep} (${SHO.keepId})
消える: ${SHO.src} (${SHO.srcId})
進めてよい? 返信で。

${sigJa('森', 2)}`,
  }),
  mk({
    slug: 'ja-conf-rio-waiting', kind: 'confirmation_request', lang: 'ja', caseId: C.rio,
    note: 'status-style wording but it asks for the consent reply',
    from: FORM, to: to(RIO.ja, RIO.keep), subject: subj(C.rio),
    when: '2026-07-24 09:03:17', enc: 'jis7',
    text: `木村様
情報そろい済。
統合前に同意要 → 「同意します」と返信を。
※取消不可、了承の上で。
石井`,
  }),
  mk({
    slug: 'ja-conf-mixed-en', kind: 'confirmation_request', lang: 'ja', caseId: '1783310442',
    note: 'Japanese consent question with English boilerplate; case ID only in the body',
    from: FORM, to: to(KEN.ja, KEN.src), subject: 'RE: AWS認定 アカウント統合',
    when: '2026-02-10 18:22:41', enc: 'jisb64',
    text: `Case 1783310442
統合OK? → 「はい」で返信。

Please note: account merges cannot be reversed.
Thank you for contacting AWS Training and Certification.`,
  }),
];

// quoted pieces re-used in part 2
export const QUOTES = { kenReq, misakiReq, shoReq, q, sfJa };
