// Set eg, Japanese messages. Mailboxes: 小林 美咲 (研修担当, ADMIN), 研修チーム共有 (TEAM), 田中 健 (TANAKA).
import type { Msg } from './lib.js';
import { ADMIN, C, CREDLY_AWS, ITO, NOREPLY, SATO, SUP, SUZUKI, TANAKA, TEAM, WATANABE, ja, olJa, paras, q, ref, sfOrig, subj } from './common.js';

const A = `${ADMIN.ja} <${ADMIN.addr}>`;
const T = `${TEAM.ja} <${TEAM.addr}>`;
const K = `${TANAKA.ja} <${TANAKA.addr}>`;
const SZ = `${SUZUKI.ja} <${SUZUKI.addr}>`;
const ST = `${SATO.ja} <${SATO.addr}>`;
const IT = `${ITO.ja} <${ITO.addr}>`;
const WT = `${WATANABE.ja} <${WATANABE.addr}>`;

const BULK_REQ = `AWS トレーニングと認定 サポートご担当者様

株式会社カイシャ 人材開発部の小林と申します。
当社ではAWS Partnerの要件対応のため、社員が個人のメールアドレスで作成した認定アカウントを、
会社のメールアドレスのアカウントへ集約したいと考えております。対象は以下の4名です。

氏名\t残すアカウント\t統合元\t統合元メール
田中 健\t${TANAKA.keepId}\t${TANAKA.srcId}\t${TANAKA.old}
鈴木 結衣\t${SUZUKI.keepId}\t${SUZUKI.srcId}\t${SUZUKI.old}
佐藤 大輝\t${SATO.keepId}\t${SATO.srcId}\t${SATO.old}
伊藤 蓮\t${ITO.keepId}\t${ITO.srcId}\t${ITO.old}

本人の同意は取得済みです。まとめてご対応いただけますと幸いです。
小林 美咲`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  ja({
    slug: 'ack-bulk', kind: 'acknowledgement', from: NOREPLY, to: A, at: '2026-10-05 10:02:11', enc: 'jis7', caseId: C.bulkJa,
    subject: `[CASE ${C.bulkJa}] お問い合わせを受け付けました`,
    note: 'mailbox: admin. Automatic receipt of the bulk merge case opened for four employees; carries the case ID.',
    text: `小林 美咲 様

Amazon Web Services にお問い合わせいただきありがとうございます。
以下の内容でケースを作成しました。

ケース ID: ${C.bulkJa}
件名: 認定アカウントの統合 (社員4名分)
カテゴリ: AWS トレーニングと認定

担当者からの連絡をお待ちください。同じ内容で新しいケースを作成されますと、回答が遅れる場合があります。
ケースの状況はサポートセンターからご確認いただけます。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-tanaka', kind: 'acknowledgement', from: NOREPLY, to: K, cc: A, at: '2026-10-07 14:31:40', enc: 'sjis8', caseId: C.tanaka,
    subject: `Case ${C.tanaka} has been created / ケースを作成しました`,
    note: 'mailbox: Tanaka (admin in Cc). Receipt of Tanaka\'s own case, English subject, Japanese body.',
    text: `田中 健 様

お問い合わせ番号 ${C.tanaka} にて承りました。
内容を確認し、通常1から2営業日以内に担当よりご返信いたします。

このメールは送信専用のアドレスから自動で送信されています。
--
Amazon Web Services Support`,
  }),
  ja({
    slug: 'ack-suzuki-shape', kind: 'acknowledgement', from: NOREPLY, to: A, at: '2026-10-07 16:05:02', enc: 'utf8b64', caseId: C.suzuki,
    subject: `AWS サポート: ケース ${C.suzuki}`,
    note: 'mailbox: admin, who filed Suzuki\'s case for her. A receipt recognisable by its shape (ID, status, severity) without the word 受付.',
    text: `■ ケース ${C.suzuki}
状態: 担当者割り当て待ち
重要度: 一般的なガイダンス
サービス: AWS トレーニングと認定
件名: 鈴木 結衣 認定アカウント統合
作成者: ${ADMIN.addr}
作成日時: 2026/10/07 16:04 JST

ケースへの返信はこのメールに返信するか、サポートセンターから行ってください。
Amazon Web Services`,
  }),
  ja({
    slug: 'ack-sato-html', kind: 'acknowledgement', from: NOREPLY, to: T, at: '2026-10-08 09:12:55', enc: 'utf8qp', caseId: C.sato,
    subject: `[ケース ${C.sato}] お問い合わせありがとうございます`,
    note: 'mailbox: HR team alias. HTML-only automatic receipt for Sato\'s case.',
    html: `<html><body><table width="600"><tr><td style="font-family:Meiryo,sans-serif">
<p>研修チーム 様</p>
<p>AWS サポートへのお問い合わせを受け付けいたしました。ケース番号は <b>${C.sato}</b> です。</p>
<p>担当者が内容を拝見し、順次ご連絡差し上げます。追加の情報がある場合は、このメールにそのままご返信ください。</p>
<p style="color:#888">本メールは自動送信です。</p>
</td></tr></table></body></html>`,
  }),
  ja({
    slug: 'ack-ito-kakunin', kind: 'acknowledgement', from: NOREPLY, to: A, cc: IT, at: '2026-10-08 11:40:19', enc: 'jisb64', caseId: C.ito,
    subject: `[CASE ${C.ito}] AWS Support - ケースが作成されました`,
    trap: true,
    note: 'mailbox: admin. Automatic receipt for Ito\'s case; its "内容を確認のうえ" only describes what happens next.',
    text: `小林様、伊藤様

ケース ${C.ito} を作成いたしました。お問い合わせ内容を確認のうえ、担当者よりメールにてご連絡いたします。
なお、同一内容のケースを複数作成されるとご案内が遅れる可能性がございますので、ご注意ください。

AWS Support`,
  }),
  ja({
    slug: 'ack-forged-jp', kind: 'acknowledgement', from: 'AWS 認定サポート <support@amazon-certification.jp>', to: A, at: '2026-10-09 03:17:44', enc: 'sjisb64',
    trusted: false, caseId: C.bulkJa,
    subject: `【受付完了】ケース ${C.bulkJa} アカウント統合のお申込み`,
    note: 'mailbox: admin. Look-alike domain amazon-certification.jp (not a trusted domain); a receipt in form, so acknowledgement, untrusted.',
    text: `人材開発部 ご担当者様

アカウント統合のお申込みを受け付けました(受付番号 ${C.bulkJa})。
対象社員の本人確認のため、下記ページより各社員のサインイン情報をご登録ください。
https://amazon-certification.jp/verify?c=${C.bulkJa}

AWS 認定サポートセンター`,
  }),
  ja({
    slug: 'ack-watanabe-mixed', kind: 'acknowledgement', from: NOREPLY, to: A, cc: WT, at: '2026-10-14 13:20:07', enc: 'utf8qp', caseId: C.watanabe,
    subject: `Amazon Web Services Support: Case ${C.watanabe} created`,
    note: 'mailbox: admin. Receipt with English boilerplate and a Japanese paragraph; new text Japanese.',
    text: `渡辺 葵 様 (Cc: 小林 様)

お問い合わせいただいた内容は、ケース ${C.watanabe} として登録されました。
返信はこのメールにそのまま返信いただくことで、ケースに追記されます。

Case ID: ${C.watanabe}
Subject: 認定アカウントの統合 (渡辺)
Severity: General guidance

Amazon Web Services`,
    html: `<div style="font-family:sans-serif"><p>渡辺 葵 様 (Cc: 小林 様)</p>
<p>お問い合わせいただいた内容は、ケース ${C.watanabe} として登録されました。<br>返信はこのメールにそのまま返信いただくことで、ケースに追記されます。</p>
<table><tr><td>Case ID</td><td>${C.watanabe}</td></tr><tr><td>Subject</td><td>認定アカウントの統合 (渡辺)</td></tr><tr><td>Severity</td><td>General guidance</td></tr></table>
<p>Amazon Web Services</p></div>`,
  }),

  // ---------------- ai_answer (7) ----------------
  ja({
    slug: 'ai-tool', kind: 'ai_answer', from: NOREPLY, to: A, at: '2026-10-05 09:58:30', enc: 'utf8b64',
    subject: 'お問い合わせへの自動回答: 認定アカウントの統合について',
    note: 'mailbox: admin. AI-generated answer pointing to the self-service Merge Accounts tool; no case yet.',
    text: `この回答は生成 AI によって作成されました。

AWS 認定のアカウントが複数ある場合、AWS Certification アカウントの「プロフィール」から
「アカウントの統合 (Merge Accounts)」ツールをご利用いただけます。
両方のアカウントに認定履歴がある場合はツールが利用できないため、その際は「ケースを作成」を選択してください。

この回答で解決しましたか? [はい] [いいえ、ケースを作成する]`,
  }),
  ja({
    slug: 'ai-bulk-badges', kind: 'ai_answer', from: NOREPLY, to: A, at: '2026-10-05 09:59:02', enc: 'jis7', trap: true,
    subject: '自動応答: 複数社員のアカウント統合',
    note: 'mailbox: admin. Automated answer about bulk merges; explains that after a merge badges move and the case closes, which is general advice, not the event (trap).',
    text: `AWS サポート 自動応答(AI)

組織として複数の社員のアカウント統合をご希望の場合でも、統合は受験者様ご本人のアカウント単位で行われます。
各社員の方が、残すアカウントでサインインした状態でセルフサービスの統合ツールをお試しください。
統合が完了すると、統合元の認定は残すアカウントに表示され、Credly のバッジも通常は移行されます。
問題が解決しない場合は、ページ下部からケースを作成してください。ケースは回答後にクローズされます。

※ この回答は自動生成されたものです。`,
  }),
  ja({
    slug: 'ai-tanaka', kind: 'ai_answer', from: NOREPLY, to: K, at: '2026-10-07 14:25:13', enc: 'sjis8',
    subject: 'AWS サポート - おすすめの解決方法',
    note: 'mailbox: Tanaka. Suggested self-service steps generated automatically before he created his case.',
    text: `田中様

ご入力いただいた内容から、次の方法が役立つ可能性があります。

1. AWS Certification アカウントにサインイン
2. 右上のプロフィールから「アカウントの統合」を選択
3. 統合したいもう一方のアカウントの認証情報を入力

上記で解決しない場合は「ケースを作成」からお問い合わせください。
(本メッセージは AI アシスタントにより作成されています)`,
  }),
  ja({
    slug: 'ai-html', kind: 'ai_answer', from: NOREPLY, to: T, at: '2026-10-08 09:05:48', enc: 'jisb64',
    subject: 'AIアシスタントからのご提案',
    note: 'mailbox: HR team alias. HTML-only generative answer suggesting the Merge Accounts tool.',
    html: `<html><body>
<p>研修チーム 様</p>
<p>お問い合わせ「社員の認定アカウントを会社アドレスにまとめたい」について、AI アシスタントが以下をご提案します。</p>
<ul><li>各社員ご本人が認定ポータルの「Merge Accounts」ツールを使用する</li>
<li>どちらのアカウントにも認定がある場合は、サポートへケースを作成する</li></ul>
<p>この提案は自動生成です。内容が正確でない場合があります。</p>
</body></html>`,
  }),
  ja({
    slug: 'ai-amazonq', kind: 'ai_answer', from: NOREPLY, to: A, at: '2026-10-13 17:44:09', enc: 'utf8qp',
    subject: '回答案: 退職予定者の認定をどう扱うか',
    note: 'mailbox: admin. Automated answer to a question about a leaving employee\'s certification account; points to self-service.',
    text: `小林様

以下は自動生成された回答案です。

認定は個人に付与されるものであり、会社のメールアドレスで作成したアカウントの認定も、ご本人が個人のアドレスへ移すことができます。
ご本人が残したいアカウントにサインインし、プロフィール画面のアカウント統合機能をご利用ください。
担当者への問い合わせが必要な場合は、この回答の下にあるボタンからケースを作成できます。

AWS Support (automated)`,
  }),
  ja({
    slug: 'ai-team-badges', kind: 'ai_answer', from: NOREPLY, to: T, at: '2026-10-15 10:10:10', enc: 'utf8b64', trap: true,
    subject: '自動回答: Credly バッジが表示されない',
    note: 'mailbox: HR team alias. AI answer explaining how badges move after a merge; general, so ai_answer (trap: badge words).',
    text: `このメッセージは AI により自動作成されました。

アカウントの統合後、Credly のバッジが残したアカウントに表示されない場合があります。
その場合は、残したアカウントのメールアドレスで Credly にサインインし、バッジの受け取り(Accept)を行ってください。
バッジの移行が反映されるまでに数日かかることがあります。

解決しない場合はケースを作成してください。`,
  }),
  ja({
    slug: 'ai-mixed', kind: 'ai_answer', from: NOREPLY, to: A, at: '2026-10-20 08:33:21', enc: 'utf8qp',
    subject: 'AWS Support: 生成 AI による回答',
    note: 'mailbox: admin. Generated answer with an English disclaimer; Japanese new text suggests the self-service merge.',
    text: `小林 美咲 様

ご質問ありがとうございます。渡辺様のように二つの認定アカウントをお持ちの場合、まずはセルフサービスの統合をお試しいただけます。
手順: aws.training にサインイン → Certification → Profile → Merge Accounts

This answer was generated by AI and may contain errors. If it did not help, choose "Create case".`,
    html: `<p>小林 美咲 様</p><p>ご質問ありがとうございます。渡辺様のように二つの認定アカウントをお持ちの場合、まずはセルフサービスの統合をお試しいただけます。<br>手順: aws.training にサインイン → Certification → Profile → Merge Accounts</p><p><i>This answer was generated by AI and may contain errors. If it did not help, choose "Create case".</i></p>`,
  }),

  // ---------------- info_request (9) ----------------
  ja({
    slug: 'info-bulk-table', kind: 'info_request', from: SUP, to: A, at: '2026-10-06 02:14:33', tz: '+0000', enc: 'jis7', caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Support asks for each employee\'s login and notification addresses before merging the bulk request.',
    text: `小林 様

AWS トレーニングと認定カスタマーサービスの松本でございます。
社員4名様分の統合のご依頼、拝見いたしました。お手数ですが、各社員様について下記をお送りいただけますでしょうか。

- 各アカウントのサインイン用メールアドレス
- 認定通知用メールアドレス(ログイン用と異なる場合)
- それぞれのアカウントで取得済みの認定名

表形式のままで差し支えございません。

松本
AWS Training and Certification Customer Service
${ref('1bulkja')}

${sfOrig(ADMIN.addr, '2026/10/05 10:01', SUP.replace(/.*</, '').replace('>', ''), '認定アカウントの統合 (社員4名分)', BULK_REQ)}`,
  }),
  ja({
    slug: 'info-suzuki-only', kind: 'info_request', from: SUP, to: A, at: '2026-10-07 05:40:02', tz: '+0000', enc: 'sjis8', caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Inside the bulk thread support answers about Suzuki only and asks for her old sign-in address.',
    text: `小林様

ご返信ありがとうございます。田中様・佐藤様・伊藤様の分は情報がそろっておりますので、手続きを進めております。
鈴木 結衣 様につきまして、統合元(${SUZUKI.srcId})に登録されているメールアドレスが、いただいた ${SUZUKI.old} と一致いたしませんでした。
現在お使いのサインイン用アドレスを、鈴木様ご本人にご確認いただきお知らせいただけますでしょうか。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス 原田

> 鈴木 結衣\t${SUZUKI.keepId}\t${SUZUKI.srcId}\t${SUZUKI.old}`,
  }),
  ja({
    slug: 'info-tanaka-which', kind: 'info_request', from: SUP, to: K, cc: A, at: '2026-10-08 03:22:17', tz: '+0000', enc: 'utf8b64', caseId: C.tanaka, trap: true,
    subject: subj(C.tanaka),
    note: 'mailbox: Tanaka. Asks which account he keeps, worded "ご確認のうえお知らせください"; by the guide an information request (trap: confirm wording).',
    text: `田中 健 様
(Cc: 人材開発部 小林様)

お問い合わせありがとうございます。
${TANAKA.keepId} と ${TANAKA.srcId} のどちらを今後お使いになるアカウントとして残すか、ご確認のうえお知らせください。
あわせて、残す側のアカウントの認定通知用メールアドレスもご記入いただけますと助かります。

AWS Training and Certification
${ref('2tanaka')}`,
  }),
  ja({
    slug: 'info-from-employee', kind: 'info_request', from: SUP, to: A, at: '2026-10-06 23:51:09', tz: '+0000', enc: 'jisb64', caseId: C.watanabe,
    subject: subj(C.watanabe),
    note: 'mailbox: admin. Support wants the employee to write from the kept address with both candidate IDs: asks for data, so info_request.',
    text: `小林様

お世話になっております。
アカウントの統合は受験者ご本人様からのご依頼に基づいて行っております。
恐れ入りますが、渡辺様ご本人から、残したいアカウントのメールアドレスより、両アカウントの受験者ID(AWSから始まる番号)を記載してこのメールへご返信いただくようお伝えいただけますか。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-skillbuilder', kind: 'info_request', from: SUP, to: T, at: '2026-10-09 01:09:44', tz: '+0000', enc: 'utf8qp', caseId: C.sato,
    subject: subj(C.sato),
    trap: true,
    note: 'mailbox: HR team alias. Asks for Sato\'s Skill Builder address and the pass date of one certification.',
    text: `研修チーム ご担当者様

佐藤 大輝様のアカウントについて、統合作業の前に次の2点を教えていただけますでしょうか。
1) AWS Skill Builder に登録されているメールアドレス
2) 統合元 ${SATO.srcId} にある Solutions Architect - Associate の合格日

情報がそろい次第、同意の確認に進ませていただきます。
AWS Training and Certification Customer Service`,
    html: `<p>研修チーム ご担当者様</p><p>佐藤 大輝様のアカウントについて、統合作業の前に次の2点を教えていただけますでしょうか。</p><ol><li>AWS Skill Builder に登録されているメールアドレス</li><li>統合元 ${SATO.srcId} にある Solutions Architect - Associate の合格日</li></ol><p>情報がそろい次第、同意の確認に進ませていただきます。<br>AWS Training and Certification Customer Service</p>`,
  }),
  ja({
    slug: 'info-forged-fail', kind: 'info_request', from: SUP, to: A, at: '2026-10-10 04:02:51', tz: '+0000', enc: 'sjisb64', auth: 'fail', trusted: false, caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Spoofed support address, dmarc=fail at the receiving server; asks for employees\' passwords. Untrusted info_request.',
    text: `小林様

統合処理を進めるため、対象社員4名のパスワードと受験者IDを一覧にして本メールへご返信ください。
期限までにご返信がない場合、統合は実施されません。

AWS Training and Certification`,
  }),
  ja({
    slug: 'info-id-between', kind: 'info_request', from: SUP, to: A, at: '2026-10-12 06:30:00', tz: '+0000', enc: 'utf8qp', caseId: C.ito,
    subject: subj(C.ito),
    note: 'mailbox: admin. The candidate ID sits between the words; asks for the notification address of Ito\'s old account.',
    text: `小林様

${ITO.srcId} の方の認定通知用メールアドレス、お手数ですが伊藤様に伺っていただき、こちらにお送りいただけますか。
ログイン用とは別に設定されているようで、当方の記録と照合ができておりません。

原田
AWS トレーニングと認定

2026年10月8日(木) 11:52 小林 美咲 <${ADMIN.addr}>:
${q(`伊藤の件、統合元のアドレスは ${ITO.old} です。\nよろしくお願いします。`)}`,
  }),
  ja({
    slug: 'info-watanabe-certs', kind: 'info_request', from: SUP, to: WT, cc: A, at: '2026-10-16 02:45:12', tz: '+0000', enc: 'jis7', caseId: C.watanabe,
    subject: subj(C.watanabe),
    note: 'mailbox: admin (Cc) - mail addressed to employee Watanabe. Asks for the certifications and pass dates on each account.',
    text: `渡辺 葵 様

ご本人様からのご連絡ありがとうございます。
それぞれのアカウントで取得された認定の名称と合格日を、分かる範囲で結構ですのでお知らせください。
有効期限が近いものがあれば、その旨もあわせてご記載いただけますと幸いです。

AWS Training and Certification Customer Service
${ref('3watanabe')}`,
  }),
  ja({
    slug: 'info-team-8bit', kind: 'info_request', from: SUP, to: T, at: '2026-10-09 07:18:26', tz: '+0000', enc: 'utf88bit', caseId: C.sato,
    subject: `[CASE ${C.sato}] 佐藤様の統合元アカウントについて`,
    note: 'mailbox: HR team alias. Support cannot find the source account and asks for the exact candidate ID.',
    text: `ご担当者様

ケース ${C.sato} につきまして、統合元として記載の ${SATO.srcId} が当方のシステムで見つかりませんでした。
桁違いの可能性もございますので、認定ポータルのプロフィールに表示されている受験者IDを、画面のとおりにお送りください。

AWS トレーニングと認定 カスタマーサービス`,
  }),

  // ---------------- confirmation_request (8) ----------------
  ja({
    slug: 'conf-suzuki', kind: 'confirmation_request', from: SUP, to: A, cc: SZ, at: '2026-10-09 05:12:40', tz: '+0000', enc: 'jis7', caseId: C.suzuki,
    subject: subj(C.suzuki),
    note: 'mailbox: admin. Support lists Suzuki\'s two accounts and asks for a reply consenting to the irreversible merge.',
    text: `小林様、鈴木様

以下の内容でアカウントを統合いたします。

残すアカウント: ${SUZUKI.keepId} (${SUZUKI.addr})
統合元: ${SUZUKI.srcId} (${SUZUKI.old})

統合後は元に戻すことができません。この内容で進めてよろしければ、鈴木様ご本人よりご返信をお願いいたします。

AWS Training and Certification`,
  }),
  ja({
    slug: 'conf-tanaka', kind: 'confirmation_request', from: SUP, to: K, cc: A, at: '2026-10-10 00:48:05', tz: '+0000', enc: 'sjis8', caseId: C.tanaka,
    subject: subj(C.tanaka),
    note: 'mailbox: Tanaka. Asks Tanaka himself to agree to the merge, which cannot be undone.',
    text: `田中様

情報のご提供ありがとうございました。
統合元 ${TANAKA.srcId} の認定履歴を ${TANAKA.keepId} へ移し、統合元は無効となります。一度実施すると取り消しはできません。
ご同意いただける場合は「同意します」とご返信ください。なお、管理者様からのご返信では手続きを進められませんので、ご本人様からお願いいたします。

AWS トレーニングと認定 カスタマーサービス 松本`,
  }),
  ja({
    slug: 'conf-bulk-three', kind: 'confirmation_request', from: SUP, to: A, at: '2026-10-11 03:03:33', tz: '+0000', enc: 'utf8b64', caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Bulk case: support lists three employees and asks each to consent to the merge.',
    text: `小林様

必要な情報がそろいましたので、以下3名様の統合内容をご確認ください。

田中 健: ${TANAKA.srcId} → ${TANAKA.keepId}
佐藤 大輝: ${SATO.srcId} → ${SATO.keepId}
伊藤 蓮: ${ITO.srcId} → ${ITO.keepId}

統合は取り消しできない処理です。各ご本人様より、このケースに「統合に同意します」とご返信いただいた方から順に対応いたします。

AWS Training and Certification Customer Service
${ref('4bulkja')}`,
  }),
  ja({
    slug: 'conf-forged-below', kind: 'confirmation_request', from: SUP, to: A, at: '2026-10-11 09:40:10', tz: '+0000', enc: 'jisb64', auth: 'forgedBelow', trusted: false, caseId: C.ito,
    subject: subj(C.ito),
    note: 'mailbox: admin. The dmarc=pass header sits below the server\'s Received line (planted upstream): untrusted confirmation request.',
    text: `小林様

伊藤 蓮様のアカウント統合を実施してよろしいでしょうか。
統合は元に戻せませんので、よろしければ本メールにご返信ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-html', kind: 'confirmation_request', from: SUP, to: T, at: '2026-10-12 02:20:48', tz: '+0000', enc: 'utf8qp', caseId: C.sato,
    subject: subj(C.sato),
    note: 'mailbox: HR team alias. HTML-only consent request for Sato\'s merge.',
    html: `<div style="font-family:'Meiryo UI',sans-serif;font-size:14px">
<p>研修チーム ご担当者様、佐藤様</p>
<p>佐藤 大輝様の2つのアカウント(${SATO.keepId} / ${SATO.srcId})を、${SATO.keepId} に統合する準備が整いました。</p>
<p><b>ご注意:</b> 統合を行うと元に戻すことはできません。</p>
<p>上記で問題がなければ、本メールへのご返信にて同意をお知らせください。</p>
<p>AWS Training and Certification</p></div>`,
  }),
  ja({
    slug: 'conf-implicit', kind: 'confirmation_request', from: SUP, to: A, cc: WT, at: '2026-10-17 01:15:29', tz: '+0000', enc: 'jis7', caseId: C.watanabe,
    subject: subj(C.watanabe),
    note: 'mailbox: admin. Consent asked without the word 同意: "取り消しができない処理…問題なければその旨ご返信".',
    text: `渡辺様
(小林様にも共有しております)

認定名と合格日のご連絡、ありがとうございました。${WATANABE.srcId} の履歴を ${WATANABE.keepId} へ移す作業となります。
取り消しができない処理となりますので、問題なければその旨ご返信いただけますか。ご返信を受けて作業に入ります。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  ja({
    slug: 'conf-ito-team', kind: 'confirmation_request', from: SUP, to: T, cc: IT, at: '2026-10-14 04:44:01', tz: '+0000', enc: 'utf8b64', caseId: C.ito,
    subject: subj(C.ito),
    note: 'mailbox: HR team alias. Multipart consent request for Ito with the previous message quoted Outlook-style.',
    text: `伊藤様、研修チーム様

通知用アドレスのご連絡ありがとうございます。照合ができました。
${ITO.srcId} を ${ITO.keepId} に統合してもよろしいでしょうか。統合後は元の状態に戻せません。
伊藤様ご本人から、同意する旨をご返信ください。

AWS Training and Certification

${olJa(`${ITO.ja} <${ITO.addr}>`, '2026年10月13日 18:02', SUP.replace(/.*</, '').replace('>', ''), subj(C.ito), `通知用アドレスは ${ITO.old} です。\n伊藤`)}`,
    html: `<p>伊藤様、研修チーム様</p><p>通知用アドレスのご連絡ありがとうございます。照合ができました。<br>${ITO.srcId} を ${ITO.keepId} に統合してもよろしいでしょうか。統合後は元の状態に戻せません。<br>伊藤様ご本人から、同意する旨をご返信ください。</p><p>AWS Training and Certification</p><div id="divRplyFwdMsg"><hr><b>差出人:</b> ${ITO.ja} &lt;${ITO.addr}&gt;<br><b>送信日時:</b> 2026年10月13日 18:02<br><b>件名:</b> ${subj(C.ito)}</div><div>通知用アドレスは ${ITO.old} です。<br>伊藤</div>`,
  }),
  ja({
    slug: 'conf-mixed-en', kind: 'confirmation_request', from: SUP, to: K, cc: A, at: '2026-10-09 08:08:08', tz: '+0000', enc: 'sjisb64', caseId: C.tanaka,
    subject: subj(C.tanaka),
    note: 'mailbox: Tanaka. Japanese consent request followed by the English original of the same notice.',
    text: `田中様

統合の最終確認です。統合元 ${TANAKA.srcId} / 残すアカウント ${TANAKA.keepId} でよろしければ、ご返信にてご承諾ください。統合は元に戻せません。

[English]
Please reply to confirm that you agree to merge ${TANAKA.srcId} into ${TANAKA.keepId}. This action cannot be undone.

AWS Training and Certification`,
  }),

  // ---------------- merge_completed (8) ----------------
  ja({
    slug: 'merge-suzuki', kind: 'merge_completed', from: SUP, to: A, cc: SZ, at: '2026-10-13 06:11:50', tz: '+0000', enc: 'jis7', caseId: C.suzuki,
    subject: subj(C.suzuki),
    trap: true,
    note: 'mailbox: admin. Suzuki\'s accounts have been merged; mentions badges may take time but the new fact is the merge.',
    text: `小林様、鈴木様

鈴木様のアカウント統合が完了いたしました。${SUZUKI.srcId} の認定履歴は ${SUZUKI.keepId} にてご確認いただけます。
Credly のバッジは反映に数日かかる場合がございます。

AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'merge-tanaka-check', kind: 'merge_completed', from: SUP, to: K, cc: A, at: '2026-10-12 01:30:12', tz: '+0000', enc: 'sjis8', caseId: C.tanaka,
    subject: subj(C.tanaka),
    trap: true,
    note: 'mailbox: Tanaka. Completion notice that asks him to check everything looks right: stays merge_completed.',
    text: `田中 健 様

ご同意いただいた内容にて、統合作業を終えました。
お手数ですが、${TANAKA.keepId} にサインインいただき、認定と特典(受験割引バウチャー)が表示されているかご確認ください。

AWS トレーニングと認定 カスタマーサービス 松本

2026年10月10日(土) 10:02 田中 健 <${TANAKA.addr}>:
${q('同意します。\n田中')}`,
  }),
  ja({
    slug: 'merge-status-lines', kind: 'merge_completed', from: SUP, to: A, at: '2026-10-13 03:58:21', tz: '+0000', enc: 'utf8b64', caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Support\'s per-employee status in the bulk case: Ito newly merged, others restated or still waiting. New fact is a merge.',
    text: `小林様

本日時点の状況をお知らせいたします。

伊藤 蓮 様: 統合済み (本日実施)
田中 健 様: 統合済み (10/12 ご案内済み)
佐藤 大輝 様: ご本人様からのご同意待ち

伊藤様にもサインインのうえ表示をご確認いただくようお伝えください。

AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'merge-portal', kind: 'merge_completed', from: 'AWS Certification <donotreply@aws.training>', to: TANAKA.addr, at: '2026-10-12 10:45:00', enc: 'jisb64',
    subject: 'AWS Certification: アカウントが統合されました',
    note: 'mailbox: Tanaka. The certification portal\'s own merged notice, no case ID.',
    text: `田中 健 様

お客様の AWS Certification アカウントは統合されました。
今後は ${TANAKA.addr} でサインインしてください。統合されたアカウントの認定履歴はすべてこのアカウントに表示されます。

AWS Training and Certification`,
  }),
  ja({
    slug: 'merge-close-html', kind: 'merge_completed', from: SUP, to: T, at: '2026-10-15 05:05:05', tz: '+0000', enc: 'utf8qp', caseId: C.sato,
    subject: subj(C.sato),
    trap: true,
    note: 'mailbox: HR team alias. HTML-only: Sato\'s merge is done and the case will now be closed; the new fact is the merge.',
    html: `<p>研修チーム ご担当者様</p>
<p>佐藤 大輝様のアカウントについて、統合処理が完了しました。${SATO.srcId} の認定は ${SATO.keepId} に移っております。</p>
<p>本件はこれをもってクローズとさせていただきます。</p>
<p>AWS Training and Certification</p>`,
  }),
  ja({
    slug: 'merge-noauth', kind: 'merge_completed', from: SUP, to: A, at: '2026-10-14 12:00:40', tz: '+0000', enc: 'sjisb64', auth: 'none', trusted: false, caseId: C.watanabe,
    subject: subj(C.watanabe),
    note: 'mailbox: admin. Claims Watanabe\'s merge is complete but carries no Authentication-Results at all: untrusted.',
    text: `小林様

渡辺様のアカウントの統合が完了しました。
下記リンクから統合後のアカウントに一度サインインし、確認を行ってください。
http://aws-training-merge.example.net/login

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'merge-resent-suzuki', kind: 'merge_completed', from: 'AWS Certification <donotreply@aws.training>', to: SUZUKI.addr, at: '2026-10-13 15:20:00', enc: 'jis7', forUser: false,
    resent: { from: SUZUKI.addr, to: ADMIN.addr, date: 'Tue, 13 Oct 2026 15:41:09 +0900' },
    subject: 'AWS Certification アカウント統合のお知らせ',
    note: 'mailbox: admin, reached via Suzuki\'s redirect (Resent-*), so not for the user. Portal says Suzuki\'s accounts are merged.',
    text: `鈴木 結衣 様

AWS Certification アカウントの統合処理が完了したことをお知らせします。
今後は ${SUZUKI.addr} のアカウントをご利用ください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'merge-ids-between', kind: 'merge_completed', from: SUP, to: IT, cc: A, at: '2026-10-14 09:12:44', tz: '+0000', enc: 'utf8qp', caseId: C.ito,
    subject: subj(C.ito),
    note: 'mailbox: admin (Cc), mail addressed to Ito. IDs between the words: "AWS… を AWS… へ統合済みです".',
    text: `伊藤様

ご承諾のご返信を確認し、${ITO.srcId} を ${ITO.keepId} へ統合済みです。試験の特典もあわせて移っております。
念のため、認定ポータルでの表示をご確認ください。

小林様にもCcにて共有いたします。
AWS Training and Certification`,
    html: `<p>伊藤様</p><p>ご承諾のご返信を確認し、${ITO.srcId} を ${ITO.keepId} へ統合済みです。試験の特典もあわせて移っております。<br>念のため、認定ポータルでの表示をご確認ください。</p><p>小林様にもCcにて共有いたします。<br>AWS Training and Certification</p>`,
  }),

  // ---------------- badges_transferred (7) ----------------
  ja({
    slug: 'badge-credly-tanaka', kind: 'badges_transferred', from: CREDLY_AWS, to: TANAKA.addr, at: '2026-10-14 20:03:11', enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'mailbox: Tanaka. AWS badge issued via Credly to the kept address after the merge.',
    text: `田中 健 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/7c1e0b52-4a8d-4f55-9a11-3d2e6a1c0f90

Credly`,
  }),
  ja({
    slug: 'badge-sato-support', kind: 'badges_transferred', from: SUP, to: A, at: '2026-10-19 04:12:09', tz: '+0000', enc: 'jis7', caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. In the bulk case support says Sato\'s Credly badges were moved to his kept account.',
    text: `小林様

佐藤 大輝 様の Credly バッジにつきまして、統合先アカウント(${SATO.addr})へ移行いたしました。
佐藤様にて Credly へサインインいただくと、バッジが表示されます。

AWS Training and Certification Customer Service 原田`,
  }),
  ja({
    slug: 'badge-and-close', kind: 'badges_transferred', from: SUP, to: A, cc: SZ, at: '2026-10-20 02:02:02', tz: '+0000', enc: 'sjis8', caseId: C.suzuki,
    subject: subj(C.suzuki),
    trap: true,
    note: 'mailbox: admin. Support moved Suzuki\'s badges and closes the case: badges_transferred.',
    text: `鈴木様、小林様

お待たせいたしました。鈴木様のバッジ3点を ${SUZUKI.addr} の Credly アカウントへ移しました。
以上でご依頼の対応がすべて完了いたしましたので、本ケースはクローズいたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'badge-credIy-fake', kind: 'badges_transferred', from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: TANAKA.addr, at: '2026-10-15 06:40:33', enc: 'utf8qp', trusted: false,
    subject: 'バッジの移行が完了しました',
    note: 'mailbox: Tanaka. credIy.com (capital I) look-alike: badge-moved mail, untrusted.',
    html: `<p>田中 健 さん</p><p>統合されたアカウントへのバッジの移行が完了しました。</p><p><a href="https://credIy.com/accept">バッジを入手する</a></p>`,
  }),
  ja({
    slug: 'badge-credly-jisb64', kind: 'badges_transferred', from: CREDLY_AWS, to: TANAKA.addr, at: '2026-10-14 20:04:50', enc: 'jisb64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'mailbox: Tanaka. Second AWS badge via Credly (Cloud Practitioner) on the kept account.',
    text: `田中 健 さん、おめでとうございます。

AWS Certified Cloud Practitioner のバッジがあなたのアカウントに発行されました。
以下のボタンからバッジを受け取り、共有しましょう。

[バッジを入手する]

このメールは Credly から Amazon Web Services Training and Certification に代わって送信されています。`,
  }),
  ja({
    slug: 'badge-ito-only', kind: 'badges_transferred', from: SUP, to: T, at: '2026-10-19 08:30:30', tz: '+0000', enc: 'utf8qp', caseId: C.ito,
    subject: subj(C.ito),
    note: 'mailbox: HR team alias. Support answers only about Ito: his badges now show on the kept account.',
    text: `研修チーム様

伊藤様のバッジが表示されないとのご連絡の件、確認いたしました。
Credly 側の登録先を修正し、伊藤様の認定バッジは統合先アカウントに表示されるようになっております。

AWS Training and Certification

2026年10月18日(日) 22:10 ${TEAM.ja} <${TEAM.addr}>:
${q(`伊藤のバッジがまだ古いアドレスのほうに残っているようです。\nご確認をお願いします。`)}`,
    html: `<p>研修チーム様</p><p>伊藤様のバッジが表示されないとのご連絡の件、確認いたしました。<br>Credly 側の登録先を修正し、伊藤様の認定バッジは統合先アカウントに表示されるようになっております。</p><p>AWS Training and Certification</p><div class="gmail_quote">2026年10月18日(日) 22:10 ${TEAM.ja} &lt;${TEAM.addr}&gt;:<blockquote>伊藤のバッジがまだ古いアドレスのほうに残っているようです。<br>ご確認をお願いします。</blockquote></div>`,
  }),
  ja({
    slug: 'badge-watanabe', kind: 'badges_transferred', from: SUP, to: WT, cc: A, at: '2026-10-22 05:55:55', tz: '+0000', enc: 'sjisb64', caseId: C.watanabe,
    subject: subj(C.watanabe),
    note: 'mailbox: admin (Cc), mail addressed to Watanabe. Support moved her Credly badges.',
    text: `渡辺様

Credly のバッジ2件を、統合後のアカウントのメールアドレス宛てに付け替えました。
Credly にログインのうえ、表示をお確かめください。

AWS トレーニングと認定 カスタマーサービス`,
  }),

  // ---------------- case_closed (7) ----------------
  ja({
    slug: 'close-7days', kind: 'case_closed', from: NOREPLY, to: A, at: '2026-10-21 10:00:00', enc: 'jis7', caseId: C.watanabe,
    subject: `ケース ${C.watanabe} へのご返信をお待ちしております`,
    note: 'mailbox: admin. Reminder that the case will close if nobody replies within 7 days.',
    text: `小林 美咲 様

ケース ${C.watanabe} について、AWS サポートからのご連絡に対するご返信をお待ちしております。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  ja({
    slug: 'close-restate', kind: 'case_closed', from: SUP, to: K, cc: A, at: '2026-10-19 00:40:21', tz: '+0000', enc: 'sjis8', caseId: C.tanaka, trap: true,
    subject: subj(C.tanaka),
    note: 'mailbox: Tanaka. Closing notice that only restates last week\'s merge: case_closed (trap: merge words).',
    text: `田中様

先週ご案内いたしましたとおり、アカウントの統合は完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  ja({
    slug: 'close-resolved', kind: 'case_closed', from: NOREPLY, to: A, at: '2026-10-23 09:10:10', enc: 'utf8b64', caseId: C.suzuki,
    subject: `AWS Support ケース ${C.suzuki} は解決済みになりました`,
    note: 'mailbox: admin. System notice that the case status changed to resolved.',
    text: `ケース ${C.suzuki} のステータスが「解決済み」に変更されました。
追加のご質問がある場合は、サポートセンターからケースを再開してください。

Amazon Web Services`,
  }),
  ja({
    slug: 'close-dkimonly', kind: 'case_closed', from: NOREPLY, to: T, at: '2026-10-24 09:10:10', enc: 'jisb64', auth: 'dkimonly', caseId: C.sato,
    subject: `ケース ${C.sato} をクローズしました`,
    note: 'mailbox: HR team alias. Closure notice with an aligned dkim=pass only: trusted case_closed.',
    text: `研修チーム 様

ケース ${C.sato} はクローズされました。
同じ件について再度お問い合わせの際は、このケース番号をお書き添えください。

Amazon Web Services Support`,
  }),
  ja({
    slug: 'close-bulk-done', kind: 'case_closed', from: SUP, to: A, at: '2026-10-26 03:33:03', tz: '+0000', enc: 'utf8qp', caseId: C.bulkJa, trap: true,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Closes the bulk case after restating that all four merges and badges were handled earlier (trap).',
    text: `小林様

これまでにご案内のとおり、田中様・鈴木様・佐藤様・伊藤様の4名様とも統合およびバッジの移行が済んでおります。
そのため、本お問い合わせは終了とさせていただきます。長らくのご協力ありがとうございました。

AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'close-dup', kind: 'case_closed', from: SUP, to: IT, cc: A, at: '2026-10-09 02:10:44', tz: '+0000', enc: 'utf8qp', caseId: C.ito,
    subject: subj(C.ito),
    note: 'mailbox: admin (Cc). Support closes this case as a duplicate and continues in the bulk case.',
    text: `伊藤様

同じご依頼が小林様のケース ${C.bulkJa} でも承っておりますため、こちらのケース ${C.ito} はクローズいたします。
今後のご連絡は ${C.bulkJa} にて行います。

AWS Training and Certification`,
    html: `<p>伊藤様</p><p>同じご依頼が小林様のケース ${C.bulkJa} でも承っておりますため、こちらのケース ${C.ito} はクローズいたします。<br>今後のご連絡は ${C.bulkJa} にて行います。</p><p>AWS Training and Certification</p>`,
  }),
  ja({
    slug: 'close-tanaka-remind', kind: 'case_closed', from: NOREPLY, to: K, at: '2026-10-16 09:00:00', enc: 'utf88bit', caseId: C.tanaka,
    subject: `[要返信] ケース ${C.tanaka}`,
    note: 'mailbox: Tanaka. Auto-close reminder: "3日以内にご返信がない場合は終了".',
    text: `田中 健 様

ケース ${C.tanaka} は現在、お客様からのご返信待ちとなっております。
3日以内にご返信がない場合、ケースは終了となりますのでご了承ください。

Amazon Web Services サポート`,
  }),

  // ---------------- support_reply (8) ----------------
  ja({
    slug: 'sr-thanks-confirm', kind: 'support_reply', from: SUP, to: K, cc: A, at: '2026-10-10 06:20:00', tz: '+0000', enc: 'jis7', caseId: C.tanaka, trap: true,
    subject: subj(C.tanaka),
    note: 'mailbox: Tanaka. "Thank you for confirming, passed to the team": support_reply (trap: confirmation words).',
    text: `田中様

ご確認のご返信をいただきありがとうございます。
担当チームへ依頼を引き継ぎました。作業が終わり次第、改めてご連絡いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'sr-future', kind: 'support_reply', from: SUP, to: A, at: '2026-10-11 07:07:07', tz: '+0000', enc: 'sjis8', caseId: C.bulkJa, trap: true,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Future statement "統合が完了しましたらご連絡" plus status; not the event (trap).',
    text: `小林様

田中様から同意のご返信をいただきましたので、統合の手配を進めております。
統合が完了しましたら、改めてご本人様と小林様へご連絡いたします。佐藤様、伊藤様のご返信もお待ちしております。

AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'sr-escalate-badges', kind: 'support_reply', from: SUP, to: T, at: '2026-10-17 03:00:30', tz: '+0000', enc: 'utf8b64', caseId: C.ito, trap: true,
    subject: subj(C.ito),
    note: 'mailbox: HR team alias. Escalation of Ito\'s badges to the Credly team; badges not moved yet (trap).',
    text: `研修チーム様

伊藤様のバッジが統合先に表示されない件、担当部署へエスカレーションいたしました。
バッジの付け替えには数営業日いただく場合がございます。進展があり次第お知らせします。

AWS Training and Certification`,
  }),
  ja({
    slug: 'sr-not-yet', kind: 'support_reply', from: SUP, to: A, cc: WT, at: '2026-10-19 06:18:00', tz: '+0000', enc: 'jisb64', caseId: C.watanabe, trap: true,
    subject: subj(C.watanabe),
    note: 'mailbox: admin. "統合はまだ完了しておりません": negated, support_reply (trap).',
    text: `小林様、渡辺様

お問い合わせの件、渡辺様のアカウントの統合はまだ完了しておりません。
現在、統合元アカウントに予約中の試験があるため、その試験日程が過ぎてから作業を行う予定です。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  ja({
    slug: 'sr-misaligned', kind: 'support_reply', from: SUP, to: A, at: '2026-10-18 11:11:11', tz: '+0000', enc: 'utf8qp', auth: 'misaligned', trusted: false, caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. DKIM passes only for an unrelated bulk-mail domain and dmarc fails: untrusted status reply.',
    text: `小林様

社員様の統合状況について、新しい管理画面でご確認いただけるようになりました。
以下よりログインしてください。
https://aws-cert-admin.example.net/

AWS Training and Certification`,
  }),
  ja({
    slug: 'sr-dup-cases', kind: 'support_reply', from: SUP, to: A, at: '2026-10-08 05:25:19', tz: '+0000', enc: 'utf8b64', caseId: C.bulkJa, trap: true,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. "重複していたケースを統合いたしました": support merged duplicate cases, not accounts (trap).',
    text: `小林様

伊藤様ご本人からも同じ内容のケースが作成されていたため、重複していたケースを本ケース ${C.bulkJa} に統合いたしました。
今後はこちらのケースでやり取りさせていただきます。

AWS Training and Certification`,
    html: `<p>小林様</p><p>伊藤様ご本人からも同じ内容のケースが作成されていたため、重複していたケースを本ケース ${C.bulkJa} に統合いたしました。<br>今後はこちらのケースでやり取りさせていただきます。</p><p>AWS Training and Certification</p>`,
  }),
  ja({
    slug: 'sr-to-sato-only', kind: 'support_reply', from: SUP, to: ST, at: '2026-10-13 02:02:20', tz: '+0000', enc: 'jis7', forUser: false, caseId: C.sato, deliveredTo: SATO.addr,
    subject: subj(C.sato),
    note: 'mailbox: admin (journal copy), addressed only to Sato and delivered to him: not for the user. Support answers his question about the wait.',
    text: `佐藤様

ご質問ありがとうございます。書面での同意書などは不要です。
現在、小林様から頂いた情報をもとに照合を行っておりますので、今しばらくお待ちください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'sr-admin-cannot', kind: 'support_reply', from: SUP, to: A, at: '2026-10-10 04:31:10', tz: '+0000', enc: 'sjisb64', caseId: C.bulkJa,
    subject: subj(C.bulkJa),
    note: 'mailbox: admin. Answers that the administrator cannot consent for employees; they must write from their kept address (no data asked): support_reply.',
    text: `小林様

ご質問の「管理者がまとめて同意することはできるか」につきまして、申し訳ございませんが、アカウントの統合はご本人様のご意思の確認が必要なため、管理者様による一括の同意は承っておりません。
各社員様から、残すアカウントのアドレスでこのケースにご返信いただく形となります。

AWS Training and Certification Customer Service 松本

${olJa(`${ADMIN.ja} <${ADMIN.addr}>`, '2026年10月9日 17:40', 'aws-cs-trainingcertification-form@amazon.com', subj(C.bulkJa), '社員の同意は社内で取得済みのため、管理者の私からまとめて同意の返信をしてもよいでしょうか。')}`,
  }),

  // ---------------- unrelated (13) ----------------
  ja({
    slug: 'un-own-status', kind: 'unrelated', from: A, to: T, at: '2026-10-13 18:05:00', enc: 'jis7', trusted: false, trap: true, auth: 'none',
    subject: '【共有】AWS認定アカウント統合 進捗 10/13',
    note: 'mailbox: admin, her own sent status to the team: the user\'s own mail, untrusted, unrelated (trap: merge/consent/badge words).',
    text: `チームの皆さん

AWS認定アカウント統合の進捗です。

田中: 統合済み / バッジ移行済み
鈴木: 統合済み / バッジ待ち
佐藤: 本人の同意待ち (本日リマインド済み)
伊藤: 統合済み
渡辺: 情報提出待ち

佐藤さんには明日もう一度声をかけます。
小林`,
  }),
  ja({
    slug: 'un-colleague-weekly', kind: 'unrelated', from: '中村 直樹 <naoki.nakamura@kaisha.example.co.jp>', to: A, at: '2026-10-16 09:20:00', enc: 'sjis8', trusted: false, trap: true,
    subject: 'RE: 資格集約の件 週次報告',
    note: 'mailbox: admin. A colleague\'s internal weekly report on other employees\' cases: not from support (trap).',
    text: `小林さん

週次の件、私の担当分をまとめました。
・伊藤さん: サポートから統合完了の連絡ありとのこと
・渡辺さん: AWSから追加情報の依頼が来ているので本人に対応をお願い済み
・来月の受験予定者3名: バウチャー申請受付済み

部長報告用の資料は金曜に送ります。
中村`,
  }),
  ja({
    slug: 'un-lms-complete', kind: 'unrelated', from: 'KAISHA Learning <no-reply@lms.kaisha.example.co.jp>', to: A, at: '2026-10-12 08:00:00', enc: 'utf8b64', trusted: false, trap: true,
    subject: '[学習管理システム] 受講完了のお知らせ',
    note: 'mailbox: admin. Corporate LMS notification of course completion (trap: 完了).',
    text: `小林 美咲 様

以下の受講者が研修を完了しました。

コース: AWS Cloud Practitioner Essentials (社内版)
受講者: 田中 健、鈴木 結衣
完了日: 2026/10/11

修了状況は管理画面から確認できます。
KAISHA Learning`,
  }),
  ja({
    slug: 'un-lms-list', kind: 'unrelated', from: 'KAISHA Learning <no-reply@lms.kaisha.example.co.jp>', to: '全エンジニア <all-engineers@kaisha.example.co.jp>', at: '2026-10-15 08:00:00', enc: 'jisb64', trusted: false, trap: true, forUser: false,
    subject: '修了証が発行されました / アカウント統合メンテナンスのお知らせ',
    note: 'mailbox: admin via the all-engineers list (not her address): LMS maintenance merging learner accounts, not AWS (trap), not for the user.',
    text: `エンジニア各位

10月20日に学習管理システムのメンテナンスを行い、重複している受講者アカウントを統合します。
統合が完了したら、修了証の履歴はすべて新しいアカウントで確認できます。

KAISHA Learning 運用チーム`,
  }),
  ja({
    slug: 'un-voucher-aws', kind: 'unrelated', from: 'AWS Training and Certification <no-reply@aws.training>', to: A, at: '2026-10-06 11:30:00', enc: 'utf8qp', trap: true,
    subject: '試験バウチャーの配布が完了しました',
    note: 'mailbox: admin. AWS\'s voucher-allocation mail to the organisation: not a merge case (trap: 完了).',
    text: `小林 美咲 様

ご購入いただいた試験バウチャー 10 件の配布が完了しました。
割り当て先の受験者は次のとおりです: 田中、鈴木、佐藤、伊藤、渡辺 ほか5名。
各受験者には個別にコードが送信されています。

AWS Training and Certification`,
  }),
  ja({
    slug: 'un-budget', kind: 'unrelated', from: '経理部 予算管理 <yosan@kaisha.example.co.jp>', to: A, at: '2026-10-07 13:13:00', enc: 'utf8qp', trusted: false, trap: true,
    subject: '研修予算申請を受け付けました(申請番号 B-2026-0417)',
    note: 'mailbox: admin. Finance\'s receipt of a training-budget request: not a support case (trap: receipt words).',
    text: `小林様

下期 研修予算(AWS認定 受験費用)の申請を受け付けました。
承認の可否は10月末までにご連絡します。不足書類がある場合は追ってご依頼します。

経理部`,
    html: `<p>小林様</p><p>下期 研修予算(AWS認定 受験費用)の申請を受け付けました。<br>承認の可否は10月末までにご連絡します。不足書類がある場合は追ってご依頼します。</p><p>経理部</p>`,
  }),
  ja({
    slug: 'un-ooo-suzuki', kind: 'unrelated', from: SZ, to: A, at: '2026-10-09 14:02:00', enc: 'jis7', trusted: false, trap: true, extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: '自動応答: RE: 統合への同意のお願い',
    note: 'mailbox: admin. Suzuki\'s out-of-office auto reply: unrelated (trap: 同意/統合).',
    text: `お疲れさまです。鈴木です。
10月9日から10月12日まで休暇のため不在にしております。
アカウント統合への同意の件は、戻り次第対応いたします。`,
  }),
  ja({
    slug: 'un-survey', kind: 'unrelated', from: NOREPLY, to: A, at: '2026-10-24 10:00:00', enc: 'sjisb64', trap: true, caseId: C.suzuki,
    subject: 'AWS サポートについてのアンケート',
    note: 'mailbox: admin. Satisfaction survey after the case was resolved (trap: 解決).',
    text: `小林 美咲 様

先日のケース ${C.suzuki} について、お客様の問題は解決しましたか?
1分程度のアンケートにご協力ください。

[アンケートに回答する]

Amazon Web Services`,
  }),
  ja({
    slug: 'un-credly-ms', kind: 'unrelated', from: 'Microsoft via Credly <admin@credly.com>', to: TANAKA.addr, at: '2026-10-18 21:00:00', enc: 'utf8b64', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'mailbox: Tanaka. A Credly badge from another issuer (Microsoft): unrelated (trap: badge words).',
    text: `田中 健 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する

Credly`,
  }),
  ja({
    slug: 'un-voucher-case', kind: 'unrelated', from: SUP, to: A, at: '2026-10-05 15:00:00', enc: 'jis7', trap: true, caseId: C.voucherJa,
    subject: `[CASE ${C.voucherJa}] 受験バウチャーの返金について - お問い合わせを受け付けました`,
    note: 'mailbox: admin. Receipt of her other case (voucher refund): says its topic, so unrelated (trap: receipt).',
    text: `小林様

受験バウチャーの返金に関するお問い合わせを受け付けました(ケース ${C.voucherJa})。
担当者より2営業日以内にご連絡いたします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'un-exam-new-cert', kind: 'unrelated', from: 'AWS Certification <donotreply@aws.training>', to: TANAKA.addr, at: '2026-10-21 07:30:00', enc: 'utf8qp', trap: true,
    subject: 'おめでとうございます。AWS 認定を取得しました',
    note: 'mailbox: Tanaka. Exam result / new certification notice mentioning a Credly badge to claim: unrelated (trap).',
    text: `田中 健 様

AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。
数日以内に Credly からデジタルバッジの受け取り案内が届きます。

AWS Training and Certification`,
  }),
  ja({
    slug: 'un-credly-merge-code', kind: 'unrelated', from: 'Credly <admin@credly.com>', to: TANAKA.addr, at: '2026-10-16 12:12:12', enc: 'sjis8', trap: true,
    subject: 'Credly アカウントの統合確認コード',
    note: 'mailbox: Tanaka. Credly\'s own account-merge code mail: unrelated by the guide (trap).',
    text: `田中 健 さん

Credly アカウントの統合をリクエストされました。
下記の確認コードを入力して統合を完了してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  ja({
    slug: 'un-skillbuilder-team', kind: 'unrelated', from: 'AWS Skill Builder <no-reply@aws.training>', to: T, at: '2026-10-02 10:00:00', enc: 'jisb64', trap: true,
    subject: 'AWS Skill Builder Team: 学習者の割り当てが完了しました',
    note: 'mailbox: HR team alias. Skill Builder team-subscription seat assignment: not a merge case (trap: 完了).',
    text: `研修チーム 様

AWS Skill Builder Team サブスクリプションへの学習者 12 名の割り当てが完了しました。
学習者には招待メールが送信されています。

AWS Skill Builder`,
  }),
];
