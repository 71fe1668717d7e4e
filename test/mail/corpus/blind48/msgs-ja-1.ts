// Set au, Japanese messages part 1: 渡辺さんの案件 (1781120456 -> 重複 1781124803 を統合 -> 17811305522 へ移管)
import { C, CERTOPS_JA, FORM, FORM_ADDR, KENJI, NOREPLY, caseSubj, gmailJa, html, mk, outlookJa, q, sfJa, sfRef, to } from './common.js';
import type { Msg } from './lib.js';

const K = to(KENJI.ja, KENJI.keep);

const kReq = `AWS認定アカウントが2つに分かれてしまったため、1つにまとめたく連絡しました。
残す方: ${KENJI.keep} / ${KENJI.keepId}
まとめる方: ${KENJI.src} / ${KENJI.srcId}
転職で旧社のアドレスが使えなくなります。渡辺`;

const kInfo = `渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐々木と申します。本件を担当いたします。
統合の手続きに進むにあたり、以下をご返信にてお知らせください。

- 両アカウントの候補者ID (AWSから始まる番号)
- 各アカウントのログイン用メールアドレス
- 統合後に残されるアカウントはどちらか

いただいた内容を拝見のうえ、専門部署へ引き継ぎます。

佐々木`;

const kConfirm = `渡辺様

認定オペレーションの北村です。
統合先 ${KENJI.keepId} / 統合元 ${KENJI.srcId} の内容で作業を行います。
統合は一度実施すると取り消すことができません。差し支えなければ、本メールに「同意します」とご返信ください。`;

export const JA1: Msg[] = [
  mk({
    slug: 'k-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C.k1, trap: false,
    note: 'automatic receipt of the new case, case ID in subject and body',
    from: NOREPLY, to: K, at: '2026-02-02 10:04:51', tz: '+0000', enc: 'jis7',
    subject: `[ケースID: ${C.k1}] お問い合わせを受け付けました`,
    text: `※このメールは送信専用アドレスから配信されています。

AWS トレーニングと認定へのお問い合わせをお受けしました。
ケースID: ${C.k1}

担当者より通常24時間以内にご連絡いたします。
同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'k-receipt-dup', kind: 'acknowledgement', lang: 'ja', caseId: C.kDup, trap: false,
    note: 'receipt of a second (duplicate) case the user opened; still an automatic receipt of a new case',
    from: NOREPLY, to: K, at: '2026-02-02 23:40:09', enc: 'sjis8',
    subject: `ケース ${C.kDup} を作成しました`,
    text: `渡辺 健二 様

新しいサポートケースが登録されました。

  ケースID  : ${C.kDup}
  カテゴリ  : AWS トレーニングと認定 / 認定
  受付日時  : 2026/02/03 08:40 (JST)

ご返信はこのメールではなく、担当者からのメールに返信する形でお願いします。
アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'k-dup-folded', kind: 'support_reply', lang: 'ja', caseId: C.k1, trap: true,
    note: 'duplicate support CASES folded together; 統合 of cases, not the account merge',
    from: FORM, to: K, at: '2026-02-03 01:15:40', enc: 'jisb64',
    subject: caseSubj(C.k1),
    text: `渡辺様

お問い合わせいただいている件につき、同じ内容のケースが2件作成されておりました。
ケース ${C.kDup} は本ケース ${C.k1} に統合し、以後はこちらで対応いたします。
ケース ${C.kDup} へのご返信は不要です。

アカウントの件は引き続き確認しておりますので、今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサポート
${sfRef('K1a')}`,
  }),
  mk({
    slug: 'k-first-line-asks', kind: 'info_request', lang: 'ja', caseId: C.k1, trap: false,
    note: 'first-line agent introduces herself and asks for both candidate IDs, login addresses and which account to keep',
    from: FORM, to: K, at: '2026-02-03 06:22:17', enc: 'jisb64',
    subject: caseSubj(C.k1),
    text: `${kInfo}
AWS トレーニングと認定 カスタマーサポート

${sfJa(KENJI.keep, '2026/02/02 19:04', FORM_ADDR, 'AWS認定アカウントの統合', kReq)}

${sfRef('K1b')}`,
  }),
  mk({
    slug: 'k-escalated-senmon', kind: 'support_reply', lang: 'ja', caseId: C.k1, trap: true,
    note: 'escalation to the specialist team; restates receipt of details and promises a merge later (future, not an event)',
    from: FORM, to: K, at: '2026-02-04 02:51:33', enc: 'jis7',
    subject: caseSubj(C.k1),
    text: `渡辺様

佐々木です。候補者IDとメールアドレスのご連絡、ありがとうございました。内容を受領しております。

本件は統合作業を担当する専門部署へエスカレーションいたしました。
以降は専門部署の担当者よりご連絡する場合がございます。統合が完了しましたら、改めてお知らせいたします。
恐れ入りますが、それまで新たなケースは作成なさらないようお願い申し上げます。

佐々木

${gmailJa('2026年2月3日(火) 18:30', '渡辺 健二 <kenji.watanabe@example.jp>', `佐々木様\n候補者IDは ${KENJI.keepId} と ${KENJI.srcId} です。\n残すのは ${KENJI.keep} の方です。`)}`,
  }),
  mk({
    slug: 'k-case-moved-newid', kind: 'support_reply', lang: 'ja', caseId: C.k2, trap: true,
    note: 'case moves to a new case number; the old number shows as closed but the request continues: not a closing',
    from: CERTOPS_JA, to: K, at: '2026-02-05 04:10:00', enc: 'utf8qp',
    subject: `[CASE ${C.k2}] 認定アカウントに関するお問い合わせ (旧ケース ${C.k1})`,
    text: `渡辺 健二 様

いつもAWS認定をご利用いただきありがとうございます。
カスタマーサポートより引き継ぎを受けましたので、本件は今後ケース番号 ${C.k2} にて管理いたします。
旧ケース ${C.k1} はシステム上「クローズ」と表示されますが、お問い合わせ自体が終了したわけではございません。

ご連絡の際は件名のケース番号を変えずにご返信ください。

AWS 認定オペレーション`,
  }),
  mk({
    slug: 'k-newcase-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C.k2, trap: false,
    note: 'system receipt for the case created under the new number when the specialists took over',
    from: NOREPLY, to: K, at: '2026-02-05 04:09:12', enc: 'utf8b64',
    subject: `お問い合わせ受付のお知らせ (ケースID ${C.k2})`,
    text: `このメールはサポートケースの作成時に自動送信されています。

ケースID ${C.k2} でお問い合わせを登録いたしました。担当部署より順次ご連絡します。
ケースの状況はサポートセンターからもご確認いただけます。

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'k-ops-restates-then-asks', kind: 'info_request', lang: 'ja', caseId: C.k2, trap: false,
    note: 'new specialist restates the story so far, then asks which exams were taken on the source account',
    from: CERTOPS_JA, to: K, at: '2026-02-05 08:47:29', enc: 'sjisb64',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `渡辺様

認定オペレーションの北村と申します。本日より本件を担当いたします。

これまでの経緯を念のためまとめます。
2月2日にケースを受け付け、重複して作成されたケースを1件にまとめたうえで、
カスタマーサポートの佐々木から候補者IDとメールアドレスを伺い、当部署にエスカレーションされました。

そのうえで1点、照合のため教えていただきたいことがございます。
統合元 (${KENJI.srcId}) で合格された試験の名称と、おおよその合格年月をご返信いただけますでしょうか。

北村
AWS 認定オペレーション`,
  }),
  mk({
    slug: 'k-ops-consent', kind: 'confirmation_request', lang: 'ja', caseId: C.k2, trap: false,
    note: 'specialist asks for consent to the irreversible merge (reply 同意します)',
    from: CERTOPS_JA, to: K, at: '2026-02-06 03:05:44', enc: 'jis7',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `${kConfirm}

ご回答いただいた試験履歴 (SAA 2023年5月) は統合元アカウントの記録と一致しました。

北村

${outlookJa('渡辺 健二 <kenji.watanabe@example.jp>', '2026年2月5日 21:12', 'AWS 認定オペレーション', `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`, 'ソリューションアーキテクト アソシエイトで、2023年5月ごろの合格です。')}`,
  }),
  mk({
    slug: 'k-own-consent-sent', kind: 'unrelated', lang: 'ja', caseId: C.k2, trap: true, trusted: false,
    note: "the user's own consent reply (Sent copy): no news from support",
    from: K, to: CERTOPS_JA, at: '2026-02-06 21:30:02', tz: '+0900', enc: 'jis7', deliveredTo: KENJI.keep,
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `北村様

同意します。統合をお願いいたします。

渡辺

2026年2月6日(金) 12:05 AWS 認定オペレーション <certification-operations@aws.training>:
${q(kConfirm)}`,
  }),
  mk({
    slug: 'k-consent-handed-on', kind: 'support_reply', lang: 'ja', caseId: C.k2, trap: true,
    note: 'thanks for consenting, handed to the team that does the work; completion promised for later',
    from: CERTOPS_JA, to: K, at: '2026-02-07 01:18:55', enc: 'jisb64',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `渡辺様

ご同意のご連絡ありがとうございます、確かに承りました。
統合作業はバックオフィスのチームが実施するため、先ほど作業依頼を起票しております。
通常3から5営業日ほどで反映され、終わり次第こちらからお知らせします。

北村`,
  }),
  mk({
    slug: 'k-ops-merged', kind: 'merge_completed', lang: 'ja', caseId: C.k2, trap: false,
    note: 'specialist reports the accounts were merged, after restating the hand-off',
    from: CERTOPS_JA, to: K, at: '2026-02-10 05:33:21', enc: 'jisb64',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `渡辺様

北村です。先日バックオフィスに依頼しておりました件、作業担当より報告が上がってまいりました。
${KENJI.srcId} の認定履歴を ${KENJI.keepId} へ移し、2つのアカウントを1つに統合いたしました。
お手数ですが ${KENJI.keep} でサインインし、認定と特典(50%割引)が表示されているかご覧ください。

北村`,
  }),
  mk({
    slug: 'k-badges-to-credly-team', kind: 'support_reply', lang: 'ja', caseId: C.k2, trap: true,
    note: 'badge question escalated to the Credly support team; badges will move later (future)',
    from: CERTOPS_JA, to: K, at: '2026-02-11 07:02:10', enc: 'utf8qp',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `渡辺様

Credlyのバッジが旧アドレス側に残っているとのこと、ご連絡ありがとうございます。
バッジの付け替えは当部署では行えないため、Credly担当チームへエスカレーションしました。
バッジが移行され次第、Credlyから ${KENJI.keep} 宛に通知が届く見込みです。

北村

> Credlyを見たら、バッジが前の会社のメールのアカウントに残ったままでした。`,
  }),
  mk({
    slug: 'k-badges-back-from-credly', kind: 'badges_transferred', lang: 'ja', caseId: C.k2, trap: false,
    note: 'AWS relays that the Credly team moved the badges to the kept address',
    from: FORM, to: K, at: '2026-02-13 02:41:37', enc: 'utf8qp',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `渡辺 健二 様

カスタマーサポートの佐々木です。北村より本件を戻されましたので、私からご連絡いたします。

Credly担当チームから、デジタルバッジ2点 (AWS Certified Solutions Architect - Associate ほか) を
${KENJI.keep} のCredlyアカウントへ付け替えたとの報告を受けました。Credlyにサインインすると表示されます。

佐々木
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'k-closing-restates', kind: 'case_closed', lang: 'ja', caseId: C.k2, trap: true,
    note: 'closing notice that only restates the earlier merge and badge move',
    from: FORM, to: K, at: '2026-02-16 00:20:48', enc: 'jis7',
    subject: `RE: [CASE ${C.k2}] 認定アカウントに関するお問い合わせ`,
    text: `渡辺様

先週ご案内のとおりアカウントの統合とバッジの付け替えは済んでおりますので、
本ケースはこちらでクローズとさせていただきます。
後日何かございましたら、新しいケースでお問い合わせください。

佐々木`,
  }),
  mk({
    slug: 'k-survey', kind: 'unrelated', lang: 'ja', caseId: C.k2, trap: true,
    note: 'satisfaction survey after the case; mentions resolution but is a survey',
    from: 'AWS Support Feedback <no-reply-aws@amazon.com>', to: K, at: '2026-02-16 09:00:03', enc: 'utf8b64',
    subject: 'ご意見をお聞かせください: 問題は解決しましたか?',
    text: `渡辺 健二 様

先日のお問い合わせ (ケースID ${C.k2}) について、簡単なアンケートへのご協力をお願いいたします。
問題は解決しましたか?   はい / いいえ
担当者の対応はいかがでしたか? 5段階でお答えください。

所要時間は1分ほどです。`,
    html: html(`渡辺 健二 様\n\n先日のお問い合わせ (ケースID ${C.k2}) について、簡単なアンケートへのご協力をお願いいたします。\n問題は解決しましたか?   はい / いいえ\n担当者の対応はいかがでしたか? 5段階でお答えください。\n\n所要時間は1分ほどです。`),
  }),
  mk({
    slug: 'k-ai-first', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'generated answer on the contact form pointing at the self-service Merge Accounts tool',
    from: NOREPLY, to: K, at: '2026-02-02 10:01:30', enc: 'utf8qp',
    subject: 'お問い合わせ内容に対する自動回答',
    text: `この回答は生成AIによって作成されました。内容が正確でない場合があります。

AWS認定アカウントが複数ある場合、まず認定ポータルの「プロフィール」から「アカウントの統合 (Merge Accounts)」をお試しください。
両方のアカウントに認定の履歴がある場合はこのツールを使えないため、「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'k-autoclose-warning', kind: 'case_closed', lang: 'ja', caseId: C.k2, trap: false,
    note: 'reminder that the case will close automatically without a reply',
    from: NOREPLY, to: K, at: '2026-02-06 15:00:00', enc: 'sjis8',
    subject: `ケース ${C.k2}: お客様からのご返信をお待ちしています`,
    text: `渡辺 健二 様

ケース ${C.k2} は現在、お客様からのご返信待ちとなっております。
このまま5日間ご返信がない場合、ケースは自動的にクローズされます。
継続をご希望の場合は、担当者からのメールにご返信ください。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'k-resent-oldco-helpdesk', kind: 'info_request', lang: 'ja', caseId: C.k1, trap: false, forUser: false,
    note: "first-line request sent to the old company address and redirected to that company's helpdesk (Resent-*)",
    from: FORM, to: to(KENJI.ja, KENJI.src), at: '2026-02-03 06:22:40', enc: 'jis7',
    resent: { from: 'postmaster@oldco.example.co.jp', to: 'it-helpdesk@oldco.example.co.jp', date: 'Tue, 3 Feb 2026 15:23:02 +0900' },
    subject: caseSubj(C.k1),
    text: `渡辺 健二 様

AWS トレーニングと認定の佐々木です。
ご登録のアドレスが統合元となっているため、こちらにもお送りしています。
統合後も使われるメールアドレスと、両アカウントの候補者IDをお知らせいただけますか。

佐々木`,
  }),
];
