// dq Japanese messages, part 3: support_reply, unrelated.
import type { Msg } from './lib.js';
import { C, CERT, CREDLY, KENJI, MIKA, NOREPLY, RYO, SUP, SUP_ADDR, YUKI, d, gmailJa, html, mk, q, subj, to } from './common.js';

export const JA3: Msg[] = [
  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'ja-sr-thanks-escalate', kind: 'support_reply', lang: 'ja', caseId: C.yuki, trap: true,
    note: 'thanks for confirming, escalated to the team: no merge yet',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-20 06:44:12'), enc: 'jis7',
    text: `小林様

コンファームありがとうございます。バックエンドのチームにエスカレしました。
作業が済み次第、こちらからご連絡します。

${gmailJa('2026年10月20日(火) 15:30', `小林 由紀 <${YUKI.keep}>`)}
> OKです、進めてください。`,
  }),
  mk({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.mika, trap: true,
    note: 'status: merge work not completed yet (negated)',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-11 23:10:40'), enc: 'jisb64',
    text: `伊藤様

ステータスのお問い合わせありがとうございます。
現在オペレーションチームでキューイングされており、マージはまだ完了していません。ASAPで進めるよう依頼済みです。`,
  }),
  mk({
    slug: 'ja-sr-future', kind: 'support_reply', lang: 'ja', caseId: C.ryo, trap: true,
    note: 'future: "once the integration is done we will contact you"',
    from: SUP, to: to(RYO), subject: subj(C.ryo), date: d('2026-10-18 02:00:19'), enc: 'sjis8',
    text: `田中様

ご同意の旨、承知しました。統合が完了しましたら、改めてこのケースでお知らせします。
通常は数営業日でフィニッシュします。`,
  }),
  mk({
    slug: 'ja-sr-tool-blocked', kind: 'support_reply', lang: 'ja', caseId: C.kenji,
    note: 'explains why the self-service tool refused; support will handle it',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-06 01:40:00'), enc: 'utf8qp',
    text: `渡辺様

セルフサービスのツールでエラーになった件、両方のアカウントに受験ヒストリーがあるケースではツール側でブロックされる仕様です。
こちらのケースでマニュアル対応いたしますので、ツールでのリトライは不要です。`,
  }),
  mk({
    slug: 'ja-sr-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    from: SUP, to: to(KENJI), subject: subj(C.kenji), date: d('2026-10-06 16:22:05'), enc: 'jis7',
    text: `渡辺様

同じ内容のケースが2件 (${C.kenji} / ${C.kenjiDup}) オープンされていたため、ケースをマージしました。
以降はこちらの ${C.kenji} でやりとりさせてください。`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: C.mika, trap: true,
    note: 'asks to write from the kept address, asks for no data',
    from: SUP, to: `${MIKA.ja} <${MIKA.src}>`, subject: subj(C.mika), date: d('2026-10-08 10:30:27'), enc: 'utf8b64',
    text: `伊藤様

恐れ入りますが、このケースは統合元のアドレスからオープンされています。
お手数ですが、キープされる方のメールアドレスからこのスレッドへリプライしてください。`,
  }),
  mk({
    slug: 'ja-sr-unable', kind: 'support_reply', lang: 'ja', caseId: C.yuki, trap: true,
    note: 'unable to merge the accounts as they are (different person); no request for data',
    from: SUP, to: to(YUKI), subject: subj(C.yuki), date: d('2026-10-15 07:00:08'), enc: 'sjisb64',
    text: `小林様

調査の結果、ご提示の ${YUKI.srcId} は別のお客様のアカウントである可能性が高く、現状ではマージできかねます。
社内でダブルチェック中のため、結果が出るまでお待ちください。`,
  }),
  mk({
    slug: 'ja-sr-gmail-display', kind: 'support_reply', lang: 'ja', caseId: C.ryo, trusted: false,
    note: 'trusted display name on a free-mail address',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>', to: to(RYO), subject: subj(C.ryo), date: d('2026-10-18 10:11:12'), enc: 'utf8qp', relay: 'mail-sor-f41.google.com',
    text: `田中様

担当が変わりました、佐々木です。引き続き対応いたします。
進捗はこちらのアドレスからお送りします。`,
  }),
  mk({
    slug: 'ja-sr-badge-pending', kind: 'support_reply', lang: 'ja', caseId: C.mika, trap: true,
    note: 'badges have not moved yet, team is checking',
    from: SUP, to: to(MIKA), subject: subj(C.mika), date: d('2026-10-13 08:48:30'), enc: 'utf8qp',
    text: `伊藤様

Credly のバッジがまだトランスファーされていない件、承知しました。
Credly 連携の担当チームにチケットを起票して確認中です。わかり次第アップデートします。`,
  }),

  // ---------------- unrelated (13) ----------------
  mk({
    slug: 'ja-un-colleague-pr', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'colleague says a pull request was merged and CI is green',
    from: '山本 翔太 <yamamoto@devops.example.co.jp>', to: `${MIKA.ja} <${MIKA.src}>`, subject: 'Re: PR #482 レビューお願いします', date: d('2026-10-09 17:20:41', '+0900'), enc: 'jis7',
    text: `伊藤さん

PR #482 アプルーブしてマージしました、CI もオールグリーンです。
feature ブランチはデリートしておきます。ステージングへのデプロイは明日やります。

山本`,
  }),
  mk({
    slug: 'ja-un-backlog-done', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'Backlog issue status changed to done (project tracker, not support)',
    from: 'Backlog <no-reply@backlog.jp>', to: `${KENJI.ja} <${KENJI.src}>`, subject: '[INFRA-221] アカウント統合バッチの改修 の状態が「完了」に変更されました', date: d('2026-10-07 10:02:00', '+0900'), enc: 'utf8b64',
    text: `渡辺 健二 さん

課題 INFRA-221「アカウント統合バッチの改修」が更新されました。
状態: 処理中 → 完了
コメント: マージ処理のリトライをフィックスしました、クローズします。`,
  }),
  mk({
    slug: 'ja-un-orgs-joined', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'AWS Organizations: member account joined the organization (consolidated billing)',
    from: NOREPLY, to: to(RYO), subject: 'AWS Organizations: アカウントが組織に参加しました', date: d('2026-10-16 02:12:00'), enc: 'utf8qp',
    text: `AWS Organizations をご利用いただきありがとうございます。

アカウント 4421-9087-3310 が招待をアクセプトし、組織 o-7hq2xk01 に参加しました。
このアカウントの請求は今後、管理アカウントのコンソリデーティッドビリングに統合されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-billing-receipt', kind: 'unrelated', lang: 'ja', caseId: C.kenjiBill, trap: true,
    note: 'receipt of the user\'s other case about a billing question',
    from: NOREPLY, to: to(KENJI), subject: `ケース ${C.kenjiBill}: 請求に関するお問い合わせを受け付けました`, date: d('2026-09-29 08:30:00'), enc: 'jis7',
    text: `お問い合わせ (ケースID ${C.kenjiBill}) を受け付けました。
件名: 9月分の請求額について
カテゴリ: アカウントおよび請求
ビリングの担当チームより追ってご連絡します。`,
  }),
  mk({
    slug: 'ja-un-exam-case-closed', kind: 'unrelated', lang: 'ja', caseId: C.mikaExam, trap: true,
    note: 'closing of the user\'s other case about an exam reschedule',
    from: SUP, to: to(MIKA), subject: `RE:[CASE ${C.mikaExam}] [AWS Training and Certification Form Submission] - exam-scheduling`, date: d('2026-10-03 04:10:00'), enc: 'jisb64',
    text: `伊藤様

試験日程のリスケジュールが完了しましたので、本ケースはクローズいたします。
新しい受験日: 2026年10月24日 10:00 (オンライン)`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: to(KENJI), subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-10-11 14:00:00'), enc: 'utf8qp',
    text: `渡辺 健二 様

Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。

[バッジを入手する]`,
  }),
  mk({
    slug: 'ja-un-own-agree', kind: 'unrelated', lang: 'ja', caseId: C.kenji, trusted: false, trap: true,
    note: 'the user\'s own consent reply (copy to own old address)',
    from: `${KENJI.ja} <${KENJI.keep}>`, to: SUP_ADDR, cc: KENJI.src, subject: subj(C.kenji), date: d('2026-10-09 09:03:11', '+0900'), enc: 'jis7', relay: 'smtp.example.jp',
    text: `中村様

内容アグリーします、マージ進めていただければと思います。
よろしくお願いします。

渡辺`,
  }),
  mk({
    slug: 'ja-un-ooo-colleague', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'colleague\'s out-of-office auto reply mentioning escalation and merge',
    from: '山本 翔太 <yamamoto@devops.example.co.jp>', to: `${MIKA.ja} <${MIKA.src}>`, subject: '自動応答: 【不在】11/3まで休暇をいただいております', date: d('2026-10-30 09:00:12', '+0900'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。山本です。
11/3(火)まで休暇のため不在にしております。
リリースのマージ判断などASAPの件は、チームリーダーの加藤にエスカレしてください。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder subscription renewal completed',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: to(YUKI), subject: 'AWS Skill Builder サブスクリプションの更新が完了しました', date: d('2026-10-01 00:05:00'), enc: 'utf8b64',
    text: `小林 由紀 様

Individual サブスクリプションの更新処理が完了しました。
次回の更新日: 2027年10月1日

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result notice; mentions badges and the certification account',
    from: CERT, to: to(RYO), subject: 'AWS認定試験の結果のお知らせ', date: d('2026-10-25 06:00:00'), enc: 'jis7',
    text: `田中 亮 様

AWS Certified Machine Learning Engineer - Associate に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。スコアレポートは認定アカウントからご確認いただけます。`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.mika, trap: true,
    note: 'survey asking whether the case was resolved',
    from: NOREPLY, to: to(MIKA), subject: 'サポートのご利用に関するアンケート', date: d('2026-10-19 01:00:00'), enc: 'utf8qp',
    html: html(`伊藤 美香 様

先日クローズされたケース ${C.mika} について、問題は解決しましたか?
はい / いいえ

フィードバックはサービス改善のために利用します。`, 'Survey'),
  }),
  mk({
    slug: 'ja-un-controltower', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Control Tower account enrollment completed (cloud account, not certification)',
    from: NOREPLY, to: to(RYO), subject: 'AWS Control Tower: アカウントの登録が完了しました', date: d('2026-10-22 04:40:00'), enc: 'sjisb64',
    text: `AWS Control Tower からのお知らせです。

アカウント sandbox-dev (3390-1172-8845) のエンロールメントが完了し、OU「Workloads」に移動されました。
ガードレールのステータスはコンソールからご確認ください。`,
  }),
  mk({
    slug: 'ja-un-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: C.mika, trusted: false, forUser: false, trap: true,
    note: 'the user forwards the completion notice to a colleague',
    from: `${MIKA.ja} <${MIKA.keep}>`, to: '山本 翔太 <yamamoto@devops.example.co.jp>', subject: `Fwd: ${subj(C.mika)}`, date: d('2026-10-12 12:01:00', '+0900'), enc: 'utf8qp', relay: 'smtp.example.net', deliveredTo: null,
    text: `山本さん FYI
認定アカウントのマージ、こんな感じで完了しました。山本さんもアカウント2つあるって言ってたので参考までに。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUP_ADDR}>
Date: 2026年10月12日(月) 11:35
Subject: ${subj(C.mika)}
To: <${MIKA.keep}>

伊藤様

アカウントのインテグレーションが完了いたしました。`,
  }),
];
void CREDLY;
void q;
