// fs set, Japanese messages (part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated).
import type { Msg } from './lib.js';
import { C, CREDLY_AWS, DAI, FORM, FORM_JA, KEN, MISAKI, NOREPLY, RIO, SHO, YUMI, fwdJa, gmailJa, mk, outlookJa, sfJa, sigJa, subj, to } from './common.js';
import { QUOTES } from './msgs-ja.js';

const credlyHtml = (badge: string): string => `<html><body style="font-family:sans-serif">
<p>Amazon Web Services Training and Certification からバッジ発行。</p>
<p><b>${badge}</b></p>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. / 配信停止はアカウント設定から</p>
</body></html>`;

export const JA2: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'ja-mc-ken-done', kind: 'merge_completed', lang: 'ja', caseId: C.ken,
    note: 'support says the merge is done and what moved',
    from: FORM, to: to(KEN.ja, KEN.keep), subject: subj(C.ken),
    when: '2026-03-09 15:41:26', enc: 'jis7',
    text: `統合済。
${KEN.srcId} → ${KEN.keepId}
認定・特典 → 統合先に表示。

${sigJa('佐々木', 4)}`,
  }),
  mk({
    slug: 'ja-mc-misaki-check', kind: 'merge_completed', lang: 'ja', caseId: C.misaki,
    note: 'completion notice that asks the user to check; stays merge_completed',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misaki),
    when: '2026-04-20 11:17:04', enc: 'jisb64',
    text: `本件、統合完了。
ログインして表示確認を。
不備 → 本ケースに返信。
森

${sfJa(`中村 美咲 <${MISAKI.keep}>`, '2026/04/18 9:02', 'aws-cs-trainingcertification-form@amazon.com', subj(C.misaki), '同意します。統合お願いします。')}`,
  }),
  mk({
    slug: 'ja-mc-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal\'s own merged notice, no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: to(YUMI.ja, YUMI.keep), subject: 'AWS認定: アカウント統合のお知らせ',
    when: '2026-05-12 06:30:00', enc: 'sjis8',
    text: `アカウント統合のお知らせ

統合: 完了
統合先: ${YUMI.keep}
日時: 2026/05/12 06:28 JST

※心当たりなし → サポートへ。
AWS Certification`,
  }),
  mk({
    slug: 'ja-mc-dai-closing', kind: 'merge_completed', lang: 'ja', caseId: C.dai, trap: true,
    note: 'completion plus "this case will be closed": the new fact is the merge',
    from: FORM, to: to(DAI.ja, DAI.keep), subject: subj(C.dai),
    when: '2026-06-08 16:55:10', enc: 'utf8b64',
    text: `渡辺様
統合済 ✔
${DAI.srcId} → ${DAI.keepId}
本ケースはこのままクローズ。

${sigJa('岡本', 3)}`,
  }),
  mk({
    slug: 'ja-mc-otheronly', kind: 'merge_completed', lang: 'ja', caseId: C.sho, trusted: false, auth: 'otherOnly',
    note: 'says merged, but only a foreign (mx.google.com) Authentication-Results: untrusted',
    from: FORM, to: to(SHO.ja, SHO.keep), subject: subj(C.sho),
    when: '2026-08-22 02:48:19', enc: 'jis7',
    text: `Merge: done.
統合済です。
森`,
  }),
  mk({
    slug: 'ja-mc-resent-oldco', kind: 'merge_completed', lang: 'ja', caseId: C.ken, forUser: false,
    note: 'merge notice redirected by the old company server (Resent-*): forUser false',
    from: FORM, to: to(KEN.ja, KEN.src), subject: subj(C.ken),
    when: '2026-03-09 15:41:30', enc: 'jis7',
    resent: { from: 'postmaster@oldco.example.co.jp', to: 'it-archive@oldco.example.co.jp', date: 'Mon, 9 Mar 2026 16:02:11 +0900' },
    text: `統合処理完了。
統合先: ${KEN.keep}
旧アドレス宛の通知はこれで最後。
佐々木`,
  }),
  mk({
    slug: 'ja-mc-rio-sfthread', kind: 'merge_completed', lang: 'ja', caseId: C.rio,
    note: 'completion on a long Salesforce-quoted thread; badges only mentioned as future',
    from: FORM, to: to(RIO.ja, RIO.keep), subject: subj(C.rio),
    when: '2026-07-27 10:26:45', enc: 'utf8qp',
    text: `統合、完了しました。
※バッジ → Credly側の反映に数日。

石井

${sfJa(`木村 里緒 <${RIO.keep}>`, '2026/07/24 12:40', 'aws-cs-trainingcertification-form@amazon.com', subj(C.rio), `同意します。
木村`)}

${sfJa('AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', '2026/07/24 9:03', `木村 里緒 <${RIO.keep}>`, subj(C.rio), `木村様
情報そろい済。
統合前に同意要 → 「同意します」と返信を。`)}`,
  }),
  mk({
    slug: 'ja-mc-yumi-support', kind: 'merge_completed', lang: 'ja', caseId: C.yumi,
    note: 'support confirms the merge after the consent; Outlook quote of the consent',
    from: FORM_JA, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-12 10:05:38', enc: 'jisb64',
    text: `高橋様
統合、実施済。
旧ID ${YUMI.srcId} → 以後使用不可。
吉田

${outlookJa(`高橋 由美 <${YUMI.keep}>`, '2026年5月11日 21:48', 'AWS トレーニングと認定', subj(C.yumi), 'Yで。お願いします。')}`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-bd-credly-saa', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept account (Japanese template)',
    from: CREDLY_AWS, to: to(KEN.ja, KEN.keep), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    when: '2026-03-11 04:12:09', enc: 'utf8b64',
    text: `Amazon Web Services Training and Certification からバッジ発行。
AWS Certified Solutions Architect - Associate
→ 「バッジを入手する」

Credly, Inc.`,
    html: credlyHtml('AWS Certified Solutions Architect - Associate'),
  }),
  mk({
    slug: 'ja-bd-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki,
    note: 'support says the Credly badges were moved to the kept account',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misaki),
    when: '2026-04-24 13:09:51', enc: 'jis7',
    text: `Credlyバッジ → 統合先へ移行済。
確認お願いしまs。
森

${gmailJa('2026年4月22日(水) 19:30', `中村 美咲 <${MISAKI.keep}>`, `統合ありがとうございます。
バッジだけ旧アカウントに残ってます。`)}`,
  }),
  mk({
    slug: 'ja-bd-close', kind: 'badges_transferred', lang: 'ja', caseId: C.dai, trap: true,
    note: 'badges moved and case closing: badges_transferred (closing words are a trap)',
    from: FORM, to: to(DAI.ja, DAI.keep), subject: subj(C.dai),
    when: '2026-06-12 17:40:02', enc: 'sjis8',
    text: `バッジ移行完了。
本件クローズ。

${sigJa('岡本', 1)}`,
  }),
  mk({
    slug: 'ja-bd-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'none',
    note: 'forged Credly notice from credIy.com (capital I): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: to(SHO.ja, SHO.keep), subject: 'バッジ移動済のお知らせ',
    when: '2026-08-25 01:19:44', enc: 'jisb64',
    text: `バッジ移動済。
下記から再ログイン要 → http://credIy.com/signin`,
  }),
  mk({
    slug: 'ja-bd-yumi-three', kind: 'badges_transferred', lang: 'ja', caseId: C.yumi,
    note: 'support: three badges now on the kept account',
    from: FORM, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-15 12:22:31', enc: 'utf8qp',
    text: `バッジ3件 → 統合先(${YUMI.keep})へ ✔
Credlyで要確認。
吉田`,
  }),
  mk({
    slug: 'ja-bd-credly-dva-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only Credly mail: AWS badge issued to the kept address',
    from: CREDLY_AWS, to: to(RIO.ja, RIO.keep), subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    when: '2026-07-29 05:33:12', enc: 'utf8qp',
    html: credlyHtml('AWS Certified Developer - Associate'),
  }),
  mk({
    slug: 'ja-bd-sho-top', kind: 'badges_transferred', lang: 'ja', caseId: C.sho,
    note: 'top-posted: badges re-pointed to the kept account, over the user\'s Gmail quote',
    from: FORM, to: to(SHO.ja, SHO.keep), subject: subj(C.sho),
    when: '2026-08-27 11:48:20', enc: 'jisb64',
    text: `バッジ、付け替え済。
Credly: 統合先メールでログイン → 確認を。
森

${gmailJa('2026年8月26日(水) 8:55', `小林 翔 <${SHO.keep}>`, `統合確認できました。
ただCredlyのバッジが旧メールのままです。`)}`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-cc-ken-close', kind: 'case_closed', lang: 'ja', caseId: C.ken,
    note: 'plain closing notice',
    from: FORM, to: to(KEN.ja, KEN.keep), subject: subj(C.ken),
    when: '2026-03-13 18:01:55', enc: 'jis7', crlf: false,
    text: `本件完了、クローズ。

${sigJa('佐々木', 2)}`,
  }),
  mk({
    slug: 'ja-cc-auto3days', kind: 'case_closed', lang: 'ja', caseId: C.rio,
    note: 'reminder that the case closes automatically without a reply',
    from: NOREPLY, to: to(RIO.ja, RIO.keep), subject: `[CASE ${C.rio}] 返信待ち`,
    when: '2026-08-03 09:00:00', enc: 'sjis8',
    text: `返信なし → 3日後自動クローズ。
継続要 → 本メールに返信。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-cc-restate', kind: 'case_closed', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'closing notice that only restates last week\'s merge: case_closed',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misaki),
    when: '2026-04-28 10:10:10', enc: 'utf8b64',
    text: `先週統合済の件、クローズします。
再開 → 返信。
森`,
  }),
  mk({
    slug: 'ja-cc-gmail-display', kind: 'case_closed', lang: 'ja', caseId: C.yumi, trusted: false,
    note: 'closing notice with an AWS display name on a free-mail address: untrusted',
    from: 'AWSサポート <aws.support.desk@gmail.com>', to: to(YUMI.ja, YUMI.keep), subject: `ケース ${C.yumi} 終了`,
    when: '2026-05-16 23:05:41', enc: 'jis7',
    text: `ケース終了。
評価お願いします → http://bit.example/aws-eval`,
  }),
  mk({
    slug: 'ja-cc-dupcase', kind: 'case_closed', lang: 'ja', caseId: C.misakiDup, trap: true,
    note: '"duplicate case merged into the other case, closing": not the account merge',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misakiDup),
    when: '2026-04-16 12:44:08', enc: 'jisb64',
    text: `重複ケース → ${C.misaki} に統合済。
本ケース(${C.misakiDup})はクローズ。
以後 ${C.misaki} にて。`,
  }),
  mk({
    slug: 'ja-cc-resolved7d', kind: 'case_closed', lang: 'ja', caseId: C.sho,
    note: 'status changed to resolved, auto-close in 7 days',
    from: NOREPLY, to: to(SHO.ja, SHO.keep), subject: `ケース ${C.sho}: 解決済`,
    when: '2026-08-28 09:30:00', enc: 'utf8qp',
    text: `ステータス: 解決済
7日後 → 自動クローズ
再オープン → 返信

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-cc-colleague', kind: 'case_closed', lang: 'ja', caseId: '1782209915', forUser: false,
    note: 'closing notice addressed to a colleague (shared mailbox copy): forUser false',
    from: FORM, to: '鈴木 一郎 <suzuki@corp.example.co.jp>', subject: subj('1782209915'),
    when: '2026-09-02 14:14:14', enc: 'jis7',
    text: `鈴木様
本件クローズ。thx。
藤田`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'ja-sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: C.ken, trap: true,
    note: 'thanks for confirming, passed to the team: support_reply',
    from: FORM, to: to(KEN.ja, KEN.keep), subject: subj(C.ken),
    when: '2026-03-06 10:02:47', enc: 'jis7',
    text: `同意確認済、thx。
→ 担当チームへ。
反映まで数日。

${sigJa('佐々木', 1)}`,
  }),
  mk({
    slug: 'ja-sr-notyet', kind: 'support_reply', lang: 'ja', caseId: C.dai, trap: true,
    note: 'merge explicitly not done yet: status update',
    from: FORM, to: to(DAI.ja, DAI.keep), subject: subj(C.dai),
    when: '2026-06-06 15:11:22', enc: 'utf8b64',
    text: `統合、未完了。
現在処理中 → 完了次第連絡。
岡本`,
  }),
  mk({
    slug: 'ja-sr-unable-exam', kind: 'support_reply', lang: 'ja', caseId: C.rio, trap: true,
    note: 'unable to merge while an exam is booked: not the event',
    from: FORM, to: to(RIO.ja, RIO.keep), subject: subj(C.rio),
    when: '2026-07-23 11:35:50', enc: 'sjis8',
    text: `統合不可: 統合元で試験予約中(8/2)。
受験後 → 本ケースに返信を。
石井`,
  }),
  mk({
    slug: 'ja-sr-future', kind: 'support_reply', lang: 'ja', caseId: C.yumi, trap: true,
    note: 'future statement "統合が完了しましたら": not the merge',
    from: FORM, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-11 21:58:03', enc: 'jisb64',
    text: `了解。
統合が完了しましたら連絡します。
吉田`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: C.sho,
    note: 'escalation status',
    from: FORM, to: to(SHO.ja, SHO.keep), subject: subj(C.sho),
    when: '2026-08-24 16:19:05', enc: 'utf8qp',
    text: `エスカレーション済。
担当部署で対応中。
次回連絡: 2営業日内。

${sigJa('森', 3)}`,
  }),
  mk({
    slug: 'ja-sr-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: C.ken, trap: true,
    note: '"write from the kept address" without asking for data: support_reply',
    from: FORM, to: to(KEN.ja, KEN.src), subject: subj(C.ken),
    when: '2026-03-02 17:45:33', enc: 'jis7',
    text: `統合先アドレスから返信願います。
(本人確認のため)
佐々木`,
  }),
  mk({
    slug: 'ja-sr-voucher-after', kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'answers a question about vouchers after a merge (conditional), no event',
    from: FORM, to: to(MISAKI.ja, MISAKI.keep), subject: subj(C.misaki),
    when: '2026-04-16 18:27:16', enc: 'sjisb64',
    text: `Q: 50%バウチャーは?
A: 統合後も有効。期限変わらず。
森

${gmailJa('2026年4月16日(木) 12:50', `中村 美咲 <${MISAKI.keep}>`, '旧アカウントの受験割引はどうなりますか?')}`,
  }),
  mk({
    slug: 'ja-sr-lookalike-status', kind: 'support_reply', lang: 'ja', caseId: C.dai, trusted: false, auth: 'pass',
    note: 'status message from amazon.com.case-desk.net (look-alike): untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com.case-desk.net>', to: to(DAI.ja, DAI.keep), subject: subj(C.dai),
    when: '2026-06-05 05:05:05', enc: 'jis7',
    text: `対応中。
しばらくお待ちを。`,
  }),
  mk({
    slug: 'ja-sr-mobile-stillchecking', kind: 'support_reply', lang: 'ja', caseId: C.yumi,
    note: 'short status from a phone: still checking',
    from: FORM, to: to(YUMI.ja, YUMI.keep), subject: subj(C.yumi),
    when: '2026-05-09 20:40:31', enc: 'utf88bit',
    text: `お待たせ。まだ確認中。
明日連絡。
吉田

iPhoneから送信`,
  }),

  // ---------------- unrelated (13) ----------------
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.ken, trap: true,
    note: 'satisfaction survey asking whether the case was resolved',
    from: NOREPLY, to: to(KEN.ja, KEN.keep), subject: `ケース ${C.ken}: アンケート`,
    when: '2026-03-14 10:00:00', enc: 'jis7',
    text: `ケース ${C.ken}
解決しましたか? はい / いいえ
所要1分 → https://survey.example-aws.com/s/jp`,
  }),
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: C.ken, trusted: false, trap: true, auth: 'none',
    note: 'the user\'s own two-word consent reply (copy to self): unrelated',
    from: to(KEN.ja, KEN.keep), to: 'aws-cs-trainingcertification-form@amazon.com', cc: to(KEN.ja, KEN.keep), subject: subj(C.ken),
    when: '2026-03-05 21:10:44', enc: 'jis7', relay: 'smtp.example.jp',
    text: `同意。統合お願いします。
伊藤

${gmailJa('2026年3月5日(木) 9:48', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `伊藤様
確認: ${KEN.srcId} → ${KEN.keepId} へ統合。取消不可。`)}`,
  }),
  mk({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', caseId: C.misaki, trusted: false, trap: true, auth: 'none',
    note: 'the user forwards the merge notice to her own other address',
    from: to(MISAKI.ja, MISAKI.src), to: to(MISAKI.ja, MISAKI.keep), subject: `Fwd: ${subj(C.misaki)}`,
    when: '2026-04-20 12:30:18', enc: 'utf8b64', relay: 'mx.corp-b.example.jp',
    text: `転送。保存用。

${fwdJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年4月20日(月) 11:17', subj(C.misaki), MISAKI.keep, `本件、統合完了。
ログインして表示確認を。`)}`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: to(SHO.ja, SHO.keep), subject: 'Microsoftのバッジ発行のお知らせ',
    when: '2026-08-30 03:22:10', enc: 'utf8b64',
    html: `<html><body><p>Microsoft からバッジ発行。</p><p><b>Microsoft Certified: Azure Fundamentals</b></p><p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <admin@credly.com>', to: to(DAI.ja, DAI.keep), subject: 'Credly: アカウント統合コード',
    when: '2026-06-13 08:41:57', enc: 'jisb64',
    text: `アカウント統合コード: 482913
有効: 10分
心当たりなし → 無視。`,
  }),
  mk({
    slug: 'ja-un-exam-pass', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice; mentions badges to come but is no merge news',
    from: 'AWS Certification <aws-certification@amazon.com>', to: to(RIO.ja, RIO.keep), subject: '試験結果のお知らせ',
    when: '2026-08-04 19:12:00', enc: 'jis7',
    text: `試験: AWS Certified Solutions Architect - Professional
結果: 合格
バッジ → 数日内にCredlyから。
AWS Certification`,
  }),
  mk({
    slug: 'ja-un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: C.kenRefund, trap: true,
    note: 'receipt of the user\'s other case about an exam refund',
    from: NOREPLY, to: to(KEN.ja, KEN.keep), subject: `[CASE ${C.kenRefund}] 受付済`,
    when: '2026-02-20 13:00:31', enc: 'sjisb64',
    text: `受付済。
ケース: ${C.kenRefund}
件名: 試験料返金(2/14 キャンセル分)
回答目安: 2営業日`,
  }),
  mk({
    slug: 'ja-un-agent-ooo', kind: 'unrelated', lang: 'ja', caseId: C.dai,
    note: 'an agent\'s out-of-office auto-reply',
    from: FORM, to: to(DAI.ja, DAI.keep), subject: `自動返信: ${subj(C.dai)}`,
    when: '2026-06-09 09:00:12', enc: 'jis7', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `自動返信。
岡本 不在(6/15まで)。
ケースは別担当が継続。`,
  }),
  mk({
    slug: 'ja-un-colleague-ooo', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass',
    note: 'a colleague\'s out-of-office reply; sender outside the trusted domains',
    from: '田中 誠 <tanaka@si.example.co.jp>', to: to(DAI.ja, DAI.src), subject: '不在: Re: 例の件',
    when: '2026-06-02 18:00:03', enc: 'sjis8', extra: ['Auto-Submitted: auto-replied'],
    text: `不在: 6/3まで。
至急 → 山本まで。`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder course completion, not an account merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: to(YUMI.ja, YUMI.keep), subject: 'コース修了: AWS Cloud Practitioner Essentials',
    when: '2026-05-20 22:17:45', enc: 'utf8qp',
    text: `修了 ✔
コース: AWS Cloud Practitioner Essentials
修了証 → マイページから。`,
  }),
  mk({
    slug: 'ja-un-summit-team', kind: 'unrelated', lang: 'ja', caseId: null, forUser: false,
    note: 'event marketing sent to a team list, not to the user',
    from: 'AWS Japan <aws-japan-events@amazon.com>', to: 'infra-team@oldco.example.co.jp', subject: 'AWS Summit Japan 申込受付中',
    when: '2026-05-01 10:00:00', enc: 'utf8b64',
    text: `AWS Summit Japan
日程: 6/25-26 / 幕張
申込 → https://aws.amazon.com/jp/summits/japan/`,
    html: `<html><body><h2>AWS Summit Japan</h2><p>日程: 6/25-26 / 幕張</p><p><a href="https://aws.amazon.com/jp/summits/japan/">申込</a></p></body></html>`,
  }),
  mk({
    slug: 'ja-un-pearson', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation; vendor domain not trusted',
    from: 'Pearson VUE <pearsonvueconfirmation@pearson.com>', to: to(RIO.ja, RIO.keep), subject: '予約確定のお知らせ',
    when: '2026-07-15 12:01:09', enc: 'jis7',
    text: `予約確定。
試験: SAP-C02
日時: 8/2 10:00
確認番号: 482-771-930`,
  }),
  mk({
    slug: 'ja-un-refund-closed', kind: 'unrelated', lang: 'ja', caseId: C.kenRefund, trap: true,
    note: 'the user\'s other (refund) case closing',
    from: NOREPLY, to: to(KEN.ja, KEN.keep), subject: `[CASE ${C.kenRefund}] 解決済`,
    when: '2026-02-24 17:32:50', enc: 'jisb64',
    text: `ケース ${C.kenRefund}(試験料返金)
→ 返金処理済、クローズ。`,
  }),
];

void QUOTES;
