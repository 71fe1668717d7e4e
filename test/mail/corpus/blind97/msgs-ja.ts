// cr: Japanese messages. Each one was written for this set.
import type { Msg } from './lib.js';
import {
  AWS_CASES, AWS_EVENTS, AWS_NOTIFY, AYUMI, AYUMI_REQ, CASE, CREDLY, CREDLY_AWS, FAQ_JA, KEN, KEN_REQ, M, MISAKI, MISAKI_REQ, POLICY_JA, PORTAL_JA,
  SHO, SHO_REQ, SIG_JA, paras, SUPPORT, SUPPORT_ADDR, SUPPORT_JA, SURVEY, d, esc, form, gmailJa, html, outlookJa, q, sf, sfRef, table, to, toSrc,
} from './common.js';

const J = 'ja' as const;

// ------------------------------------------------------------------ acknowledgement
const ack: Msg[] = [
  M({
    slug: 'ack-plain-ken', kind: 'acknowledgement', lang: J, enc: 'jis7', caseId: CASE.ken,
    note: 'automatic receipt of the new case with its ID and the 24h reply promise',
    from: AWS_NOTIFY, to: to(KEN), date: d('2026-02-03 21:14:08'),
    subject: `[ケース ID: ${CASE.ken}] お問い合わせを受け付けました`,
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
以下の内容でケースを登録しました。

ケース ID: ${CASE.ken}
件名: アカウントの統合
受付日時: 2026/02/03 21:14 (JST)

担当者が内容を確認し、通常24時間以内にこのメールアドレス宛にご連絡します。
同じ内容で別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。

※このメールはシステムにより自動送信されています。

Amazon Web Services`,
  }),
  M({
    slug: 'ack-subject-only-misaki', kind: 'acknowledgement', lang: J, enc: 'sjis8', caseId: CASE.misaki,
    note: 'receipt stated only in the subject; the body is a greeting and a pointer to the subject',
    from: AWS_NOTIFY, to: to(MISAKI), date: d('2026-02-10 08:02:51'),
    subject: `お問い合わせ受付完了（ケース ${CASE.misaki}）`,
    text: `${MISAKI.ja} 様

いつもありがとうございます。
詳細は件名をご参照ください。

Amazon Web Services
このメールには返信できません。`,
  }),
  M({
    slug: 'ack-below-faq-sho', kind: 'acknowledgement', lang: J, enc: 'utf8qp', caseId: CASE.sho,
    note: 'receipt: one line at the very bottom under a long FAQ paste',
    from: AWS_NOTIFY, to: to(SHO), date: d('2026-03-01 13:40:19'),
    subject: 'AWS トレーニングと認定 サポートからのお知らせ',
    text: `${SHO.ja} 様

お問い合わせの前に、以下のよくあるご質問もご活用ください。

${FAQ_JA}

上記で解決しない場合でも、特にお手続きは不要です。

――――
本メールは、ケース ${CASE.sho} の受付確認です。担当者より追ってご連絡いたします。`,
  }),
  M({
    slug: 'ack-html-cell-ayumi', kind: 'acknowledgement', lang: J, enc: 'utf8b64', caseId: CASE.ayumi,
    note: 'HTML receipt: the case ID and 受付済み sit in a table; the prose advertises the support center',
    from: AWS_NOTIFY, to: to(AYUMI), date: d('2026-03-04 17:22:40'),
    subject: 'AWS サポート: ご連絡ありがとうございます',
    html: html('AWS サポート', `<p>${AYUMI.ja} 様</p>
<p>AWS サポートセンターでは、過去のお問い合わせ履歴の確認や、ケースへの返信をいつでも行っていただけます。ドキュメントやナレッジセンターの記事もあわせてご活用ください。</p>
${table([['ケース ID', CASE.ayumi], ['カテゴリ', 'AWS トレーニングと認定 / アカウント'], ['状態', '受付済み（担当者の割り当て待ち）'], ['次回連絡の目安', '24時間以内']])}
<p style="color:#687078;font-size:12px">このメールは送信専用アドレスから配信されています。</p>`),
  }),
  M({
    slug: 'ack-mpalt-id-in-body-ken2', kind: 'acknowledgement', lang: J, enc: 'jisb64', caseId: CASE.kenDup,
    note: 'receipt of a second (duplicate) merge case, ID only in the body, given in brackets',
    from: AWS_NOTIFY, to: to(KEN), date: d('2026-02-04 07:55:02'),
    subject: 'お問い合わせありがとうございます',
    text: `鈴木 健一 様

アカウントに関するお問い合わせをいただき、ありがとうございます（受付番号 ${CASE.kenDup} として登録いたしました）。
内容を確認のうえ、担当より改めてご連絡いたします。今しばらくお待ちください。

Thank you for contacting AWS Training and Certification.

Amazon Web Services`,
    html: `<div>鈴木 健一 様</div>
<div><br></div>
<div>アカウントに関するお問い合わせをいただき、ありがとうございます（受付番号 ${CASE.kenDup} として登録いたしました）。</div>
<div>内容を確認のうえ、担当より改めてご連絡いたします。今しばらくお待ちください。</div>
<div><br></div>
<div>Thank you for contacting AWS Training and Certification.</div>
<div>Amazon Web Services</div>`,
  }),
  M({
    slug: 'ack-echo-fields-sho', kind: 'acknowledgement', lang: J, enc: 'sjisb64', caseId: CASE.sho, trap: true,
    note: 'receipt that echoes the submitted fields (候補者ID, 統合元/統合先); it asks for nothing',
    from: AWS_NOTIFY, to: to(SHO), date: d('2026-03-01 13:39:55'),
    subject: `ケース ${CASE.sho} を作成しました`,
    text: `伊藤 翔 様

次の内容でお問い合わせを承りました。

　お名前　　　: 伊藤 翔
　会社名　　　: （未入力）
　AWS 候補者ID: ${SHO.keepId}
　問い合わせ種別: AWS トレーニングと認定 ＞ 認定 ＞ アカウントの統合
　内容　　　　: ${SHO_REQ}

追加の情報が必要な場合は、担当者からご連絡いたします。
Amazon Web Services`,
  }),
  M({
    slug: 'ack-lookalike-domain-ayumi', kind: 'acknowledgement', lang: J, enc: 'utf8qp', caseId: CASE.ayumi, trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (aws-supportdesk.jp); untrusted',
    from: 'AWS サポート <no-reply@aws-supportdesk.jp>', to: to(AYUMI), date: d('2026-03-04 18:01:12'),
    subject: `【受付完了】ケース ${CASE.ayumi}`,
    text: `中村 あゆみ 様

お問い合わせ（ケース ${CASE.ayumi}）を受け付けました。
ケースの状況は以下のページからご確認いただけます。
https://aws-supportdesk.jp/case/status?id=${CASE.ayumi}

AWS サポート`,
  }),
  M({
    slug: 'ack-cases-domain-misaki', kind: 'acknowledgement', lang: J, enc: 'jis7', caseId: CASE.misaki,
    note: 'terse receipt from the support.aws.com notifier; no topic stated, read as a receipt',
    from: AWS_CASES, to: to(MISAKI), date: d('2026-02-10 08:03:30'),
    subject: `ケースが作成されました: ${CASE.misaki}`,
    text: `ケースが作成されました。

ケースID　${CASE.misaki}
重要度　　一般的なガイダンス

ご返信の際は件名を変更しないでください。
AWS Support`,
  }),
];

// ------------------------------------------------------------------ ai_answer
const ai: Msg[] = [
  M({
    slug: 'ai-plain-misaki', kind: 'ai_answer', lang: J, enc: 'utf8qp',
    note: 'AI-generated suggestion to use the self-service account merge tool',
    from: AWS_NOTIFY, to: to(MISAKI), date: d('2026-02-10 08:00:12'),
    subject: 'AI による回答: 認定アカウントの統合について',
    text: `${MISAKI.ja} 様

以下は生成AIが作成した回答です。内容が正確でない場合があります。

AWS 認定アカウントが複数ある場合、認定アカウントにサインインし、プロフィールのメニューにある「アカウントの統合」からご自身で手続きを行える場合があります。統合したいもう一方のアカウントのメールアドレスとパスワードをご用意ください。

このツールで解決しない場合は、お問い合わせフォームに戻り「ケースを作成」を選択してください。`,
  }),
  M({
    slug: 'ai-explains-after-ken', kind: 'ai_answer', lang: J, enc: 'jis7', trap: true,
    note: 'automated answer that also explains what happens after a merge (badges, vouchers); still ai_answer',
    from: AWS_NOTIFY, to: to(KEN), date: d('2026-02-03 21:10:44'),
    subject: '自動回答: アカウント統合に関するご案内',
    text: `このメッセージは自動生成されたご案内です。

認定アカウントの統合は、認定アカウント > プロフィール > 「アカウントを統合」から申請いただけます。
統合が完了すると、統合元アカウントの認定資格と特典は統合先アカウントに表示されます。Credly のデジタルバッジは統合後に統合先のメールアドレスで改めて受け取る必要がある場合があります。
なお、両方のアカウントに認定の履歴がある場合、ツールは利用できませんので、サポートへのケース作成に進んでください。

このご案内で問題は解決しましたか？　はい / いいえ`,
  }),
  M({
    slug: 'ai-footnote-sho', kind: 'ai_answer', lang: J, enc: 'utf8b64',
    note: 'automated answer whose actual suggestion (the merge tool) sits in a footnote',
    from: AWS_NOTIFY, to: to(SHO), date: d('2026-03-01 13:36:07'),
    subject: 'お問い合わせ内容に基づくご案内（自動）',
    text: `伊藤 翔 様

お問い合わせいただいた内容に関連しそうな情報をまとめました。※この回答はAIにより自動で作成されています。

・認定アカウントへのサインイン方法は、AWS Builder ID を使う方式に変わっています。
・受験者IDはプロフィール画面で確認できます。
・大学など以前の所属のメールアドレスが使えなくなった場合でも、パスワードがわかればサインインは可能です。*1

*1 2つのアカウントをお持ちの場合は、サインイン後のプロフィールにある「アカウントの統合」ツールで、ご自身で1つにまとめられることがあります。

解決しない場合は「ケースを作成」からお問い合わせください。`,
  }),
  M({
    slug: 'ai-html-bold-ayumi', kind: 'ai_answer', lang: J, enc: 'utf8qp',
    note: 'HTML automated answer; the suggestion is the bold line, the prose is general',
    from: AWS_NOTIFY, to: to(AYUMI), date: d('2026-03-04 17:19:33'),
    subject: 'AWS からの自動回答',
    html: html('自動回答', `<p>中村 あゆみ 様</p>
<p>AWS トレーニングと認定では、認定の取得状況やバウチャー、試験の予約をひとつのアカウントで管理していただけます。お勤め先の変更などでメールアドレスが変わった場合は、プロフィールから通知先を変更できます。</p>
<p><b>アカウントが2つに分かれている場合は、まず認定アカウントの「アカウントの統合」ツールをお試しください。</b></p>
<p style="font-size:11px;color:#888">この回答は生成AIによるものです。解決しない場合はケースを作成してください。</p>`),
  }),
  M({
    slug: 'ai-sjis-short-ken', kind: 'ai_answer', lang: J, enc: 'sjis8',
    note: 'short automated reply pointing at the self-service tool',
    from: AWS_NOTIFY, to: toSrc(KEN), date: d('2026-02-02 22:51:10'),
    subject: 'お問い合わせへの自動回答',
    text: `本メールは自動応答です。

ご質問の「認定アカウントをまとめたい」件については、セルフサービスの統合ツール（認定アカウント右上のメニュー → プロフィール → アカウントの統合）をご利用ください。

この回答がお役に立たなかった場合は、フォームから担当者へのケースを作成できます。`,
  }),
  M({
    slug: 'ai-lookalike-sho', kind: 'ai_answer', lang: J, enc: 'utf8qp', trusted: false,
    note: 'automated-answer look-alike from aws-training-help.com with a link to a fake merge tool; untrusted',
    from: 'AWS トレーニングと認定 <assist@aws-training-help.com>', to: to(SHO), date: d('2026-03-02 02:12:45'),
    subject: 'AI アシスタントからのご案内',
    text: `伊藤 翔 様

AI アシスタントです。アカウントの統合は下記の専用ページからすぐに行えます。
https://aws-training-help.com/merge-tool

旧アカウントのメールアドレスとパスワードを入力するだけで完了します。`,
  }),
  M({
    slug: 'ai-ps-misaki', kind: 'ai_answer', lang: J, enc: 'jisb64',
    note: 'automated answer about sign-in; the merge-tool hint and the create-case step come in a P.S.',
    from: AWS_NOTIFY, to: to(MISAKI), date: d('2026-01-28 11:03:27'),
    subject: '自動回答：サインインとアカウントについて',
    text: `高橋 美咲 様

このメールは生成AIによる自動回答です。

認定アカウントへは AWS Builder ID でサインインします。Builder ID は個人のメールアドレスで作成することをおすすめします。会社のメールアドレスは退職後に受信できなくなる可能性があるためです。

P.S. アカウントがふたつある場合は、統合ツールで一本化を試してみてください。ツールでエラーになる場合（両方に合格履歴がある等）は、「ケースを作成」で担当者におつなぎします。`,
  }),
];

// ------------------------------------------------------------------ info_request
const KEN_RCPT_QUOTE = sf('Amazon Web Services', '2026/02/03 21:14', KEN.keep, `[ケース ID: ${CASE.ken}] お問い合わせを受け付けました`, 'AWS トレーニングと認定へのお問い合わせ、ありがとうございます。\n担当者が内容を確認し、通常24時間以内にご連絡します。');
const info: Msg[] = [
  M({
    slug: 'info-plain-ken', kind: 'info_request', lang: J, enc: 'jis7', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'asks for both candidate IDs, both e-mail addresses and which account to keep',
    to: to(KEN), date: d('2026-02-04 16:30:00'), subject: form(CASE.ken),
    text: `鈴木 健一 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
アカウントの統合にあたり、以下をお知らせいただけますでしょうか。

1. 両アカウントの AWS 受験者ID
2. 両アカウントに登録されているメールアドレス
3. 残すアカウント（統合先）がどちらか

ご返信をお待ちしております。

${SIG_JA('小林')}
${sfRef('1Kc8')}`,
  }),
  M({
    slug: 'info-ps-misaki', kind: 'info_request', lang: J, enc: 'sjis8', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'pleasantries in the body; the actual request (old account candidate ID) is in the P.S.',
    to: to(MISAKI), date: d('2026-02-11 10:12:09'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

お問い合わせいただきありがとうございます。担当の森と申します。
この度は認定アカウントが二つに分かれてしまい、ご不便をおかけしております。
これまでの経緯は拝見いたしました。順番に対応してまいりますので、どうぞよろしくお願いいたします。

${SIG_JA('森')}

P.S. 会社アドレス側（${MISAKI.src}）のアカウントの受験者ID（AWSで始まる番号）を、このメールへのご返信でお教えいただけますか。`,
  }),
  M({
    slug: 'info-after-sig-confirm-worded-sho', kind: 'info_request', lang: J, enc: 'utf8qp', caseId: CASE.sho, from: SUPPORT_JA, trap: true,
    note: 'after the signature: asks to confirm (tell) which address to keep; 「ご確認のうえお知らせください」 is an information request',
    to: to(SHO), date: d('2026-03-02 15:48:31'), subject: form(CASE.sho),
    text: `伊藤 翔 様

ご連絡ありがとうございます。
大学のアカウントに登録されている試験履歴を拝見しました。引き続き対応いたします。

${SIG_JA('渡辺')}

追記：統合後にサインインで使うメールアドレスを、念のためご確認のうえお知らせください（${SHO.keep} でよろしいか）。`,
  }),
  M({
    slug: 'info-top-line-ayumi', kind: 'info_request', lang: J, enc: 'jisb64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'first line above a long quote asks for the old account e-mail; the quote holds the receipt and the request',
    to: to(AYUMI), date: d('2026-03-05 11:20:44'), subject: form(CASE.ayumi),
    text: `恐れ入りますが、パートナー企業側アカウントの登録メールアドレスと受験者IDもあわせてご返信ください。　AWS 認定サポート 石井

${sf(AYUMI.ja, '2026/03/04 17:18', SUPPORT_ADDR, 'アカウントの統合', AYUMI_REQ)}

${sf('Amazon Web Services', '2026/03/04 17:22', AYUMI.keep, 'AWS サポート: ご連絡ありがとうございます', `ケース ID: ${CASE.ayumi}\n状態: 受付済み\n次回連絡の目安: 24時間以内`)}
${sfRef('9Aq2')}`,
  }),
  M({
    slug: 'info-html-table-ken', kind: 'info_request', lang: J, enc: 'utf8b64', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'HTML: the prose apologises for delays; the table lists the fields still empty (ご記入ください)',
    to: to(KEN), date: d('2026-02-05 09:05:13'), subject: form(CASE.ken),
    html: html('ケース', `<p>鈴木 健一 様</p>
<p>お待たせしております。現在お問い合わせが大変混み合っており、回答までにお時間をいただいております。</p>
${table([['統合先 受験者ID', KEN.keepId], ['統合先 メールアドレス', KEN.keep], ['統合元 受験者ID', '（ご記入ください）'], ['統合元 登録時のお名前（ローマ字）', '（ご記入ください）']])}
<p>小林<br>AWS トレーニングと認定</p>
<p style="color:#999">${sfRef('1Kc9')}</p>`),
  }),
  M({
    slug: 'info-bracket-misaki', kind: 'info_request', lang: J, enc: 'jis7', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'the request sits in a bracketed aside inside a status sentence',
    to: to(MISAKI), date: d('2026-02-12 14:40:55'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

ご返信ありがとうございます。いただいた受験者IDで2つのアカウントを特定できました（ただ、旧アカウント側の登録氏名が「TAKAHASHI MISAKI」と「高橋美咲」で異なっておりますので、本人確認のため旧アカウントで最後に受験された試験名と受験日をお知らせください）。

どうぞよろしくお願いいたします。
森`,
  }),
  M({
    slug: 'info-subject-only-sho', kind: 'info_request', lang: J, enc: 'sjisb64', caseId: CASE.sho, from: SUPPORT_JA,
    note: 'the request is in the subject; the body only says 件名の件',
    to: to(SHO), date: d('2026-03-03 09:31:22'),
    subject: `RE:[CASE ${CASE.sho}] 統合元アカウントの受験者IDをお知らせください`,
    text: `伊藤様

件名の件、お手数ですがご返信をお願いいたします。

渡辺（AWS 認定サポート）`,
  }),
  M({
    slug: 'info-forged-password-ayumi', kind: 'info_request', lang: J, enc: 'utf8qp', caseId: CASE.ayumi, trusted: false, auth: 'failThenForged',
    note: 'forged support mail asking for passwords: dmarc=fail on top, a planted pass lower down; untrusted',
    to: to(AYUMI), date: d('2026-03-05 03:44:10'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

統合作業のため、両方のアカウントのパスワードと、登録済みのクレジットカード下4桁をご返信ください。
48時間以内にご返信がない場合、アカウントは停止されます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'info-write-from-kept-with-ids-ken', kind: 'info_request', lang: J, enc: 'jis7', caseId: CASE.kenDup, from: SUPPORT_JA,
    note: 'asks to write from the kept address AND to give both IDs (so info_request, not support_reply)',
    to: toSrc(KEN), date: d('2026-02-04 18:02:37'), subject: form(CASE.kenDup),
    text: `鈴木様

お問い合わせありがとうございます。
恐れ入りますが、統合先として残すアカウントのメールアドレスから、両アカウントの受験者IDを記載のうえ改めてご連絡いただけますでしょうか。本人確認のため、登録アドレスからのご連絡が必要です。

${SIG_JA('岡田')}`,
  }),
];

// ------------------------------------------------------------------ confirmation_request
const conf: Msg[] = [
  M({
    slug: 'conf-plain-ken', kind: 'confirmation_request', lang: J, enc: 'jis7', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'asks for consent to merge the two named accounts; cannot be undone',
    to: to(KEN), date: d('2026-02-06 10:44:02'), subject: form(CASE.ken),
    text: `鈴木 健一 様

情報のご提供ありがとうございました。以下のとおり統合を行います。

統合元: ${KEN.srcId}（${KEN.src}）
統合先: ${KEN.keepId}（${KEN.keep}）

統合を実施すると元に戻すことはできません。上記の内容で進めてよろしければ、このメールにその旨ご返信ください。

${SIG_JA('小林')}`,
  }),
  M({
    slug: 'conf-below-policy-misaki', kind: 'confirmation_request', lang: J, enc: 'utf8qp', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'the consent request is the last line, under a long privacy-policy paste',
    to: to(MISAKI), date: d('2026-02-13 16:05:47'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

お世話になっております。

${POLICY_JA}

――
上記2アカウント（${MISAKI.srcId} → ${MISAKI.keepId}）の統合にご同意いただける場合は、「同意します」とだけご返信ください。実施後の取り消しはできません。`,
  }),
  M({
    slug: 'conf-html-bold-sho', kind: 'confirmation_request', lang: J, enc: 'utf8b64', caseId: CASE.sho, from: SUPPORT_JA,
    note: 'HTML: prose about vouchers; the bold line asks for approval of the irreversible merge',
    to: to(SHO), date: d('2026-03-04 12:10:09'), subject: form(CASE.sho),
    html: html('ケース', `<p>伊藤 翔 様</p>
<p>大学アカウントに残っている50%割引バウチャーは、有効期限内であれば統合後も引き続きご利用いただけます。期限切れのものは移行対象外となります。</p>
<p><b>統合は取り消すことができません。${SHO.srcId} を ${SHO.keepId} に統合してよろしいか、ご返信にてご承諾ください。</b></p>
<p>渡辺</p>`),
  }),
  M({
    slug: 'conf-template-corrected-ayumi', kind: 'confirmation_request', lang: J, enc: 'jis7', caseId: CASE.ayumi, from: SUPPORT_JA, trap: true,
    note: 'template heading says 追加情報のお願い, the body corrects it: nothing more needed, please consent to the merge',
    to: to(AYUMI), date: d('2026-03-06 10:02:18'), subject: form(CASE.ayumi),
    text: `【追加情報のご提供のお願い】

中村 あゆみ 様

※失礼いたしました。上の見出しはテンプレートの既定文言です。必要な情報はすべて揃っております。

${AYUMI.srcId}（${AYUMI.src}）を ${AYUMI.keepId}（${AYUMI.keep}）へ統合してよろしいでしょうか。統合後に分割することはできませんので、ご承諾いただける場合のみご返信ください。

石井`,
  }),
  M({
    slug: 'conf-top-line-ken2', kind: 'confirmation_request', lang: J, enc: 'sjis8', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'one line above a long quote asks for the final go-ahead; the quote holds the info request and the user reply',
    to: to(KEN), date: d('2026-02-06 09:58:40'), subject: form(CASE.ken),
    text: `ID確認できました。上記2アカウントを統合して差し支えないか、最終のご意思をお聞かせください（統合後の分離は不可です）。 小林

${gmailJa('2026-02-05', '22:10', `${KEN.ja} <${KEN.keep}>`)}
${q(`小林様

ご連絡ありがとうございます。
統合元 受験者ID: ${KEN.srcId}
登録時の名前: SUZUKI KENICHI
以上です。よろしくお願いします。

${gmailJa('2026-02-05', '9:05', `${SUPPORT_JA}`)}
> お待たせしております。統合元の受験者IDと登録時のお名前をご記入ください。
> 小林`)}`,
  }),
  M({
    slug: 'conf-approval-wording-misaki', kind: 'confirmation_request', lang: J, enc: 'jisb64', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'asks for approval (ご承認) before processing; irreversible',
    to: to(MISAKI), date: d('2026-02-13 09:20:31'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

本人確認が取れましたので、統合の準備が整いました。
処理を開始するには、お客様のご承認が必要です。本件は一度実施すると元の状態へは戻せません。
問題なければ「承認します」とご返信いただけますと幸いです。

森
AWS トレーニングと認定`,
  }),
  M({
    slug: 'conf-forged-below-sho', kind: 'confirmation_request', lang: J, enc: 'utf8qp', caseId: CASE.sho, trusted: false, auth: 'forgedBelow',
    note: 'consent request with a link; its dmarc=pass sits below the receiving server line (forged); untrusted',
    to: to(SHO), date: d('2026-03-04 23:48:16'), subject: form(CASE.sho),
    text: `伊藤 翔 様

アカウント統合の最終確認です。以下のリンクから「統合を承認」を押してください。承認後は取り消しできません。
https://aws-training.account-merge.example.net/approve?case=${CASE.sho}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'conf-ps-ayumi', kind: 'confirmation_request', lang: J, enc: 'utf8b64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'body talks about which certifications will show; the consent request is in the P.S.',
    to: to(AYUMI), date: d('2026-03-06 09:40:00'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

ご提供いただいた情報で確認したところ、統合元にはSAA、統合先にはCLFとDVAの記録がございます。統合後は3つの認定がすべて統合先に表示される見込みです。

石井

P.S. 書き忘れておりました。統合を実行してよいか、このメールへの返信でお知らせください。統合は元に戻せません。`,
  }),
  M({
    slug: 'conf-html-table-ken3', kind: 'confirmation_request', lang: J, enc: 'utf8qp', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'HTML table of source → target with a row 「ご同意: ご返信をお願いします」; prose is about the sign-in change',
    to: to(KEN), date: d('2026-02-06 11:15:25'), subject: form(CASE.ken),
    html: html('確認', `<p>鈴木様</p>
<p>AWS 認定アカウントへのサインイン方法は、今後 AWS Builder ID に一本化されます。統合先のメールアドレスで Builder ID をお持ちでない場合は、事前に作成しておいてください。</p>
${table([['統合元', `${KEN.srcId} / ${KEN.src}`], ['統合先', `${KEN.keepId} / ${KEN.keep}`], ['取り消し', '不可'], ['ご同意', '統合してよろしければ、本メールにご返信をお願いします']])}
<p>小林</p>`),
  }),
];

// ------------------------------------------------------------------ merge_completed
const mc: Msg[] = [
  M({
    slug: 'mc-plain-ken', kind: 'merge_completed', lang: J, enc: 'jis7', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'support says the two accounts are now merged',
    to: to(KEN), date: d('2026-02-07 15:31:40'), subject: form(CASE.ken),
    text: `鈴木 健一 様

ご承諾いただきありがとうございました。
${KEN.srcId} の認定履歴を ${KEN.keepId} に統合いたしました。統合先アカウントにサインインし、取得済み認定の一覧をご確認いただけます。

${SIG_JA('小林')}`,
  }),
  M({
    slug: 'mc-subject-only-misaki', kind: 'merge_completed', lang: J, enc: 'sjis8', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'completion only in the subject (統合完了); the body is a greeting and 件名の通りです',
    to: to(MISAKI), date: d('2026-02-16 13:02:55'), subject: `RE:[CASE ${CASE.misaki}] アカウント統合完了`,
    text: `高橋様

お世話になっております。
件名の通りです。お手すきの際にご確認ください。

森
AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'mc-portal-html-sho', kind: 'merge_completed', lang: J, enc: 'utf8b64', from: PORTAL_JA,
    note: "the certification portal's own merged notice, no case ID",
    to: to(SHO), date: d('2026-03-05 04:12:33'), subject: 'AWS 認定: アカウントが統合されました',
    html: html('AWS 認定', `<h2 style="color:#232f3e">アカウントが統合されました</h2>
<p>伊藤 翔 さん</p>
<p>お客様の AWS 認定アカウントは1つに統合されました。今後は ${esc(SHO.keep)} でサインインしてください。</p>
<p>取得済みの認定、試験の履歴、特典は統合後のアカウントで確認できます。</p>
<p style="font-size:11px;color:#888">このメールは AWS 認定の通知専用アドレスから送信されています。</p>`),
  }),
  M({
    slug: 'mc-ps-ayumi', kind: 'merge_completed', lang: J, enc: 'jisb64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'body answers a voucher question; the P.S. says the merge has been done',
    to: to(AYUMI), date: d('2026-03-07 14:20:11'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

お問い合わせいただいたバウチャーの件ですが、有効期限は発行日から1年間です。期限の延長は承っておりませんので、お早めにご利用ください。

石井

P.S. 先ほど、2つの認定アカウントの統合処理が完了しております。`,
  }),
  M({
    slug: 'mc-and-closing-sho', kind: 'merge_completed', lang: J, enc: 'sjisb64', caseId: CASE.sho, from: SUPPORT_JA, trap: true,
    note: 'completion plus a line that the case will now be closed; the new fact is the merge',
    to: to(SHO), date: d('2026-03-05 10:40:02'), subject: form(CASE.sho),
    text: `伊藤 翔 様

大学アカウントの記録を、${SHO.keep} のアカウントへ統合し終えました。
本件はこれで対応完了となりますので、ケースはクローズいたします。

渡辺`,
  }),
  M({
    slug: 'mc-top-line-ken', kind: 'merge_completed', lang: J, enc: 'utf8qp', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'one line above a long quote: merge finished today; the quote holds the consent and earlier requests',
    to: to(KEN), date: d('2026-02-07 15:20:59'), subject: form(CASE.ken),
    text: `ご返信ありがとうございます、本日統合作業が完了いたしました。ご確認ください。—小林

${gmailJa('2026-02-06', '12:30', `${KEN.ja} <${KEN.keep}>`)}
${q(`小林様

内容確認しました。統合を進めてください。
鈴木

${outlookJa('AWS トレーニングと認定', '2026年2月6日 10:44', KEN.keep, form(CASE.ken))}

統合を実施すると元に戻すことはできません。上記の内容で進めてよろしければ、このメールにその旨ご返信ください。

${outlookJa('AWS トレーニングと認定', '2026年2月4日 16:30', KEN.keep, form(CASE.ken))}

アカウントの統合にあたり、以下をお知らせいただけますでしょうか。
1. 両アカウントの AWS 受験者ID
2. 両アカウントに登録されているメールアドレス

${KEN_REQ}`)}`,
  }),
  M({
    slug: 'mc-html-cell-misaki', kind: 'merge_completed', lang: J, enc: 'utf8b64', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'HTML: prose explains how to claim Credly badges later; the status cell says 統合: 完了',
    to: to(MISAKI), date: d('2026-02-16 12:44:18'), subject: form(CASE.misaki),
    html: html('ケース', `<p>高橋 美咲 様</p>
<p>Credly のデジタルバッジは、統合先のメールアドレスを Credly アカウントに追加していただくと、まとめて表示できるようになります。詳しくは Credly のヘルプセンターをご覧ください。</p>
${table([['ケース', CASE.misaki], ['統合元', MISAKI.srcId], ['統合先', MISAKI.keepId], ['統合', '完了（2026/02/16）']])}
<p>森</p>`),
  }),
  M({
    slug: 'mc-lookalike-ayumi', kind: 'merge_completed', lang: J, enc: 'utf8qp', caseId: CASE.ayumi, trusted: false,
    note: 'completion notice from a look-alike domain (amazon-training.jp); untrusted',
    from: 'AWS トレーニングと認定 <support@amazon-training.jp>', to: to(AYUMI), date: d('2026-03-07 01:10:48'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

アカウントの統合が完了しました。
統合後のアカウントを有効化するため、24時間以内に以下からサインインしてください。
https://amazon-training.jp/signin

AWS トレーニングと認定`,
  }),
  M({
    slug: 'mc-check-everything-sho2', kind: 'merge_completed', lang: J, enc: 'jis7', caseId: CASE.sho, from: SUPPORT_JA, trap: true,
    note: 'completion notice that asks the user to check all looks right (still merge_completed, not a request)',
    to: to(SHO), date: d('2026-03-05 10:12:44'), subject: form(CASE.sho),
    text: `伊藤様

統合処理が完了しました。
統合先アカウントで、CLF と SAA の両方が表示されているか、念のためご確認ください。不備があればこのメールにご返信ください。

渡辺`,
  }),
  M({
    slug: 'mc-resent-oldco-ken', kind: 'merge_completed', lang: J, enc: 'jis7', caseId: CASE.kenDup, from: SUPPORT_JA, forUser: false,
    note: 'completion mail sent to the old company address and redirected by that company (Resent-*); not delivered to the user',
    to: toSrc(KEN), date: d('2026-02-07 16:05:00'), subject: form(CASE.kenDup),
    resent: { from: 'postmaster@oldco.example.co.jp', to: 'it-helpdesk@oldco.example.co.jp', date: d('2026-02-07 16:05:31') },
    text: `鈴木 健一 様

別途いただいていたお問い合わせの件（重複ケース）ですが、先ほどアカウントの統合が完了しましたのでお知らせいたします。

岡田`,
  }),
];

// ------------------------------------------------------------------ badges_transferred
const bt: Msg[] = [
  M({
    slug: 'bt-credly-ken', kind: 'badges_transferred', lang: J, enc: 'utf8qp', from: CREDLY_AWS, relay: 'o1.em.credly.com',
    note: "AWS's badge issued via Credly to the kept address after the merge",
    to: to(KEN), date: d('2026-02-09 06:31:12', '+0000'), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: html('Credly', `<p>鈴木 健一 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/4b1e2c90">バッジを入手する</a></p>
<p style="font-size:11px">このバッジは ${esc(KEN.keep)} 宛に発行されています。</p>`),
  }),
  M({
    slug: 'bt-support-closing-misaki', kind: 'badges_transferred', lang: J, enc: 'jis7', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'support says the Credly badges moved and the case is being closed',
    to: to(MISAKI), date: d('2026-02-18 11:09:27'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

Credly のバッジについてご連絡いただいた件、旧アカウント側にあった2つのバッジを ${MISAKI.keep} 宛に移行いたしました。Credly にサインインしてご確認ください。
以上で本件は完了とし、ケースをクローズさせていただきます。

森`,
  }),
  M({
    slug: 'bt-ps-sho', kind: 'badges_transferred', lang: J, enc: 'sjis8', caseId: CASE.sho, from: SUPPORT_JA,
    note: 'reply about recertification dates; the badge move is in the P.S.',
    to: to(SHO), date: d('2026-03-09 17:44:05'), subject: form(CASE.sho),
    text: `伊藤 翔 様

再認定の時期についてのご質問ですが、CLF の有効期限は統合後も元の合格日から3年で変わりません。

渡辺

P.S. Credly のバッジも、統合先のメールアドレスへ移し替えておきました。`,
  }),
  M({
    slug: 'bt-after-sig-ayumi', kind: 'badges_transferred', lang: J, enc: 'utf8b64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'body is a short thanks; the badge transfer note is below the signature',
    to: to(AYUMI), date: d('2026-03-10 09:01:40'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

ご連絡ありがとうございます。引き続きよろしくお願いいたします。

${SIG_JA('石井')}

※ご依頼のデジタルバッジ（SAA）は、本日付で ${AYUMI.keep} の Credly アカウントへ移行済みです。`,
  }),
  M({
    slug: 'bt-html-cell-ken', kind: 'badges_transferred', lang: J, enc: 'utf8qp', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'HTML: prose invites a satisfaction survey; the table cell says Credly バッジ: 移行済み',
    to: to(KEN), date: d('2026-02-10 14:28:19'), subject: form(CASE.ken),
    html: html('ケース', `<p>鈴木様</p>
<p>この度はご不便をおかけいたしました。今後のサービス向上のため、後ほど届くアンケートにご協力いただけますと幸いです。</p>
${table([['認定アカウント', '統合済み'], ['Credly バッジ', '移行済み（3件・2026/02/10）'], ['バウチャー', '変更なし']])}
<p>小林</p>`),
  }),
  M({
    slug: 'bt-top-line-misaki', kind: 'badges_transferred', lang: J, enc: 'jisb64', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'one line above a long quote says the badges were moved; the quote holds the merge and the user complaint',
    to: to(MISAKI), date: d('2026-02-17 18:22:51'), subject: form(CASE.misaki),
    text: `バッジ、移しておきました。Credly でご確認ください。　森

${sf(MISAKI.ja, '2026/02/17 9:15', SUPPORT_ADDR, form(CASE.misaki), `森様\n\n統合ありがとうございました。認定は表示されたのですが、Credly のバッジが会社アドレスのほうに残ったままです。\n高橋`)}

${sf('AWS トレーニングと認定', '2026/02/16 13:02', MISAKI.keep, `RE:[CASE ${CASE.misaki}] アカウント統合完了`, '件名の通りです。お手すきの際にご確認ください。')}`,
  }),
  M({
    slug: 'bt-lookalike-credly-sho', kind: 'badges_transferred', lang: J, enc: 'utf8qp', trusted: false,
    note: 'badge-moved notice from a Credly look-alike (credly-badges.net); untrusted',
    from: 'Credly <notify@credly-badges.net>', to: to(SHO), date: d('2026-03-06 04:40:18'), subject: 'バッジの移行が完了しました',
    text: `伊藤 翔 さん

AWS のバッジ2件をあなたの新しいアカウントへ移行しました。
受け取りを完了するには、以下から旧アカウントのパスワードでログインしてください。
https://credly-badges.net/claim`,
  }),
  M({
    slug: 'bt-subject-only-ayumi', kind: 'badges_transferred', lang: J, enc: 'sjisb64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'the badge transfer is stated only in the subject; the body is 件名のとおりです',
    to: to(AYUMI), date: d('2026-03-09 16:00:33'), subject: `RE:[CASE ${CASE.ayumi}] Credlyバッジ移行済みのご連絡`,
    text: `中村様

いつもお世話になっております。
件名のとおりです。よろしくお願いいたします。

石井`,
  }),
];

// ------------------------------------------------------------------ case_closed
const cc: Msg[] = [
  M({
    slug: 'cc-plain-ken', kind: 'case_closed', lang: J, enc: 'jis7', caseId: CASE.kenDup, from: AWS_CASES,
    note: 'notice that the (duplicate) case was closed',
    to: to(KEN), date: d('2026-02-05 12:00:02'), subject: `ケース ${CASE.kenDup} はクローズされました`,
    text: `ケース ${CASE.kenDup} は解決済みとしてクローズされました。
再度お問い合わせが必要な場合は、このケースを再開するか、新しいケースを作成してください。

AWS Support`,
  }),
  M({
    slug: 'cc-reminder-sho', kind: 'case_closed', lang: J, enc: 'utf8qp', caseId: CASE.sho, from: SUPPORT_JA,
    note: 'reminder: the case will close automatically if there is no reply',
    to: to(SHO), date: d('2026-03-07 10:00:00'), subject: form(CASE.sho),
    text: `伊藤 翔 様

先日ご案内した件について、まだご返信をいただいておりません。
3営業日以内にご連絡がない場合、本ケースは自動的にクローズされます。

渡辺`,
  }),
  M({
    slug: 'cc-restate-merge-ken', kind: 'case_closed', lang: J, enc: 'sjis8', caseId: CASE.ken, from: SUPPORT_JA, trap: true,
    note: 'closing notice that only restates the earlier merge (先週統合済み)',
    to: to(KEN), date: d('2026-02-14 10:33:09'), subject: form(CASE.ken),
    text: `鈴木 健一 様

先週ご案内のとおり、認定アカウントの統合およびバッジの移行は既に完了しております。
その後ご連絡がございませんので、本ケースはクローズさせていただきます。

小林`,
  }),
  M({
    slug: 'cc-below-faq-ayumi', kind: 'case_closed', lang: J, enc: 'utf8b64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'the status line ステータス: 解決済み（クローズ） sits at the very bottom under a FAQ paste',
    to: to(AYUMI), date: d('2026-03-13 09:00:00'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

今後のお問い合わせの参考に、よくあるご質問をお送りします。

${FAQ_JA}

ケース ${CASE.ayumi}　ステータス: 解決済み（クローズ）`,
  }),
  M({
    slug: 'cc-bracket-misaki', kind: 'case_closed', lang: J, enc: 'jis7', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'a thank-you note whose bracket says the case has been closed as resolved',
    to: to(MISAKI), date: d('2026-02-20 15:15:42'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

この度はAWS認定をご利用いただきありがとうございます（なお、本ケースは解決済みとしてクローズいたしました）。
今後の学習にもお役立ていただければ幸いです。

森`,
  }),
  M({
    slug: 'cc-subject-greeting-sho', kind: 'case_closed', lang: J, enc: 'sjisb64', caseId: CASE.sho, from: AWS_CASES,
    note: 'closure only in the subject; the body is a greeting',
    to: to(SHO), date: d('2026-03-10 12:00:05'), subject: `[ケース ${CASE.sho}] クローズのお知らせ`,
    text: `伊藤 翔 様

いつも AWS をご利用いただきありがとうございます。

AWS Support`,
  }),
  M({
    slug: 'cc-template-corrected-ken', kind: 'case_closed', lang: J, enc: 'utf8qp', caseId: CASE.kenDup, from: SUPPORT_JA, trap: true,
    note: 'template heading asks for action, the body says nothing is needed and the duplicate case is closed',
    to: to(KEN), date: d('2026-02-05 11:48:12'), subject: form(CASE.kenDup),
    text: `【ご対応のお願い】

鈴木様

※見出しはシステムの定型文です。お客様にご対応いただくことはございません。
同じご依頼は ${CASE.ken} にて承っておりますので、こちらのケースはこれにて終了（クローズ）とさせていただきます。

岡田`,
  }),
  M({
    slug: 'cc-misaligned-misaki', kind: 'case_closed', lang: J, enc: 'utf8qp', caseId: CASE.misaki, trusted: false, auth: 'misaligned',
    note: 'closing notice whose DKIM is for an unrelated bulk-mail domain, dmarc=fail; untrusted',
    to: to(MISAKI), date: d('2026-02-19 02:31:20'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

本ケースはクローズされました。再開を希望される場合は、以下のフォームから本人確認を行ってください。
https://support-aws-cases.example.org/reopen

AWS トレーニングと認定`,
  }),
  M({
    slug: 'cc-foreign-ar-sho', kind: 'case_closed', lang: J, enc: 'jisb64', caseId: CASE.sho, trusted: false, auth: 'otherOnly',
    note: 'closing notice whose only Authentication-Results comes from another server (mx.google.com), below the receiving line; untrusted',
    to: to(SHO), date: d('2026-03-08 03:20:00'), subject: form(CASE.sho),
    text: `伊藤 翔 様

ご返信がなかったため、本ケースはクローズいたしました。
統合後のアカウントへのサインインに問題がある場合は、下記から再度ログインしてください。
https://signin-aws-training.example.com/

AWS トレーニングと認定`,
  }),
];

// ------------------------------------------------------------------ support_reply
const sr: Msg[] = [
  M({
    slug: 'sr-escalation-ken', kind: 'support_reply', lang: J, enc: 'jis7', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'status: passed to the specialist team, will follow up',
    to: to(KEN), date: d('2026-02-05 18:10:44'), subject: form(CASE.ken),
    text: `鈴木 健一 様

ご返信ありがとうございます。
いただいた内容をもとに、担当部署へ確認を依頼しました。進展があり次第、こちらからご連絡いたします。

${SIG_JA('小林')}

${KEN_RCPT_QUOTE}`,
  }),
  M({
    slug: 'sr-thanks-for-consent-misaki', kind: 'support_reply', lang: J, enc: 'sjis8', caseId: CASE.misaki, from: SUPPORT_JA, trap: true,
    note: 'thanks for consenting, handed over to the team; the merge itself is not reported',
    to: to(MISAKI), date: d('2026-02-14 09:12:30'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

ご同意のご連絡をありがとうございます。統合担当チームへ引き継ぎました。
作業が終わり次第、改めてご報告いたします。

森`,
  }),
  M({
    slug: 'sr-future-sho', kind: 'support_reply', lang: J, enc: 'utf8qp', caseId: CASE.sho, from: SUPPORT_JA, trap: true,
    note: 'future statement: 統合が完了しましたらご連絡します',
    to: to(SHO), date: d('2026-03-04 18:30:12'), subject: form(CASE.sho),
    text: `伊藤 翔 様

承知いたしました。ただいま処理を進めております。
統合が完了しましたら、本メールアドレス宛に改めてご連絡いたします。Credly のバッジについても、その際にあわせてご案内します。

渡辺`,
  }),
  M({
    slug: 'sr-not-yet-ayumi', kind: 'support_reply', lang: J, enc: 'jisb64', caseId: CASE.ayumi, from: SUPPORT_JA, trap: true,
    note: 'negated: the merge has not been completed yet',
    to: to(AYUMI), date: d('2026-03-06 17:05:48'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

お問い合わせの件ですが、現時点ではまだ統合は完了しておりません。
パートナー向けアカウントとの紐付けを解除する作業が必要なため、もう少々お時間をいただけますでしょうか。

石井`,
  }),
  M({
    slug: 'sr-dup-cases-merged-ken', kind: 'support_reply', lang: J, enc: 'utf8b64', caseId: CASE.ken, from: SUPPORT_JA, trap: true,
    note: 'we merged your duplicate cases: not the account merge',
    to: to(KEN), date: d('2026-02-05 11:50:30'), subject: form(CASE.ken),
    text: `鈴木様

同じ内容のお問い合わせが2件（${CASE.ken} と ${CASE.kenDup}）作成されていたため、こちらのケースに統合いたしました。今後のやり取りは本ケースでお願いいたします。
アカウントの統合については、引き続き確認中です。

小林`,
  }),
  M({
    slug: 'sr-template-corrected-misaki', kind: 'support_reply', lang: J, enc: 'jis7', caseId: CASE.misaki, from: SUPPORT_JA, trap: true,
    note: 'heading says 統合完了のお知らせ but the body corrects it: sent by mistake, nothing merged yet',
    to: to(MISAKI), date: d('2026-02-15 10:20:03'), subject: form(CASE.misaki),
    text: `■統合完了のお知らせ■

高橋 美咲 様

【訂正】先ほどお送りしたメールおよび上の見出しは誤って送信されたものです。統合処理はまだ行われておりません。
ご心配をおかけし申し訳ございません。実施後にあらためてご連絡いたします。

森`,
  }),
  M({
    slug: 'sr-subject-only-ayumi', kind: 'support_reply', lang: J, enc: 'sjisb64', caseId: CASE.ayumi, from: SUPPORT_JA,
    note: 'status stated only in the subject (確認中); body says please wait',
    to: to(AYUMI), date: d('2026-03-05 19:40:00'), subject: `RE:[CASE ${CASE.ayumi}] 担当部署にて確認中です`,
    text: `中村様

件名の件、もう少々お待ちくださいませ。

石井`,
  }),
  M({
    slug: 'sr-top-line-quote-has-merge-sho', kind: 'support_reply', lang: J, enc: 'utf8qp', caseId: CASE.sho, from: SUPPORT_JA, trap: true,
    note: 'new first line: checking the badge issue; the long quote holds the older merge-completed notice, which does not count',
    to: to(SHO), date: d('2026-03-06 13:02:19'), subject: form(CASE.sho),
    text: `バッジの件、Credly 側の担当と確認しておりますので少しお待ちください。渡辺

${gmailJa('2026-03-06', '8:41', `${SHO.ja} <${SHO.keep}>`)}
${q(`渡辺様

統合ありがとうございました。認定は全部見えるようになりました。
ただ、Credly のCLFのバッジが大学アドレスのほうに残っているようです。
伊藤

${gmailJa('2026-03-05', '10:40', SUPPORT_JA)}
> 伊藤 翔 様
>
> 大学アカウントの記録を、${SHO.keep} のアカウントへ統合し終えました。
> 本件はこれで対応完了となりますので、ケースはクローズいたします。
>
> 渡辺`)}`,
  }),
  M({
    slug: 'sr-write-from-kept-misaki', kind: 'support_reply', lang: J, enc: 'utf8b64', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'asks only to write again from the kept address (no data requested)',
    to: toSrc(MISAKI), date: d('2026-02-10 16:11:40'), subject: form(CASE.misaki),
    text: `高橋 美咲 様

アカウント統合のご依頼ありがとうございます。
恐れ入りますが、セキュリティ上の理由から、残す側のアカウントに登録されたメールアドレスより改めてご連絡をお願いいたします。

森`,
  }),
  M({
    slug: 'sr-unable-ken', kind: 'support_reply', lang: J, enc: 'sjis8', caseId: CASE.ken, from: SUPPORT_JA, trap: true,
    note: 'we are unable to merge as requested (same exam on both accounts); no data requested',
    to: to(KEN), date: d('2026-02-05 20:44:50'), subject: form(CASE.ken),
    text: `鈴木 健一 様

確認いたしましたところ、両アカウントで同一の試験（SAA-C03）に合格記録があるため、このままの形での統合はいたしかねます。
対応方法について社内で検討しておりますので、結論が出ましたらご連絡いたします。

小林`,
  }),
  M({
    slug: 'sr-teammate-to-colleague', kind: 'support_reply', lang: J, enc: 'jis7', caseId: CASE.colleague, from: SUPPORT_JA, forUser: false,
    note: "status reply on a colleague's merge case, addressed only to the colleague",
    to: '佐々木 亮 <r.sasaki@corp.example.co.jp>', date: d('2026-02-20 10:10:10'), subject: form(CASE.colleague),
    text: `佐々木 亮 様

お待たせしております。統合に必要な社内確認を進めております。今週中にはご連絡できる見込みです。

岡田`,
  }),
];

// ------------------------------------------------------------------ unrelated
const un: Msg[] = [
  M({
    slug: 'un-survey-ken', kind: 'unrelated', lang: J, enc: 'utf8qp', caseId: CASE.ken, from: SURVEY, trap: true,
    note: 'satisfaction survey (解決しましたか)',
    to: to(KEN), date: d('2026-02-15 08:00:00'), subject: 'AWS サポートに関するアンケートのお願い',
    text: `鈴木 健一 様

先日のお問い合わせ（ケース ${CASE.ken}）は解決しましたか？
1分ほどのアンケートにご協力ください。
https://survey.aws.amazon.com/s?c=${CASE.ken}

Amazon Web Services`,
  }),
  M({
    slug: 'un-own-consent-misaki', kind: 'unrelated', lang: J, enc: 'jis7', caseId: CASE.misaki, trusted: false, trap: true,
    note: "the user's own consent reply (sent copy); carries no news from support",
    from: to(MISAKI), to: SUPPORT, cc: to(MISAKI), date: d('2026-02-13 21:40:12'), subject: form(CASE.misaki),
    text: `森様

ご連絡ありがとうございます。同意します。統合を進めてください。
高橋

${gmailJa('2026-02-13', '16:05', SUPPORT_JA)}
${q('上記2アカウントの統合にご同意いただける場合は、「同意します」とだけご返信ください。実施後の取り消しはできません。')}`,
  }),
  M({
    slug: 'un-ooo-colleague-ayumi', kind: 'unrelated', lang: J, enc: 'sjis8', trusted: false,
    note: "a colleague's out-of-office auto-reply",
    from: '田村 直樹 <n.tamura@partner.example.co.jp>', to: toSrc(AYUMI), date: d('2026-03-06 10:05:00'),
    subject: '自動応答: 【共有】認定アカウント統合の件', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `誠に恐れ入りますが、3月6日から3月10日まで不在にしております。
期間中はメールを確認できませんので、お急ぎの方は 03-0000-0000 までご連絡ください。
田村`,
  }),
  M({
    slug: 'un-pearson-booking-sho', kind: 'unrelated', lang: J, enc: 'utf8qp', trusted: false, trap: true,
    note: 'test vendor exam appointment confirmation (確認), not the merge; outside the trusted domains',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: to(SHO), date: d('2026-03-11 19:22:01'),
    subject: '試験予約確認: AWS Certified Developer - Associate',
    text: `伊藤 翔 様

以下の内容で試験のご予約が確定しました。

試験: AWS Certified Developer - Associate (DVA-C02)
日時: 2026年4月4日 10:00
会場: オンライン監督付き試験

予約の変更は開始24時間前まで可能です。
Pearson VUE`,
  }),
  M({
    slug: 'un-exam-result-ken', kind: 'unrelated', lang: J, enc: 'utf8b64', from: PORTAL_JA,
    note: 'exam result mail from the portal',
    to: to(KEN), date: d('2026-03-20 05:41:00'), subject: 'AWS 認定試験の結果のお知らせ',
    html: html('AWS 認定', `<p>鈴木 健一 さん</p>
<p>AWS Certified Security - Specialty 試験に合格されました。おめでとうございます。</p>
<p>スコアレポートは認定アカウントの「試験履歴」からご覧いただけます。</p>`),
  }),
  M({
    slug: 'un-credly-microsoft-misaki', kind: 'unrelated', lang: J, enc: 'utf8qp', from: 'Microsoft via Credly <admin@credly.com>', relay: 'o2.em.credly.com', trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    to: to(MISAKI), date: d('2026-02-25 03:02:40', '+0000'), subject: 'Microsoftのバッジ発行のお知らせ',
    html: html('Credly', `<p>高橋 美咲 さん</p>
<p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/90d1aa07">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'un-credly-merge-code-ayumi', kind: 'unrelated', lang: J, enc: 'utf8qp', from: CREDLY, relay: 'o1.em.credly.com', trap: true,
    note: "Credly's own account-merge authorization code",
    to: toSrc(AYUMI), date: d('2026-03-11 01:15:09', '+0000'), subject: 'Credly アカウント統合の確認コード',
    text: `中村 あゆみ さん

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを画面に入力して統合を完了してください。

確認コード: 583 204

心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  M({
    slug: 'un-refund-receipt-ken', kind: 'unrelated', lang: J, enc: 'jis7', caseId: CASE.kenRefund, from: AWS_NOTIFY, trap: true,
    note: "receipt of the user's other case, about a voucher refund",
    to: to(KEN), date: d('2026-03-02 12:30:20'), subject: `[ケース ID: ${CASE.kenRefund}] お問い合わせを受け付けました`,
    text: `${KEN.ja} 様

試験バウチャーの返金についてのお問い合わせを受け付けました。
ケース ID: ${CASE.kenRefund}
担当者より通常24時間以内にご連絡いたします。

Amazon Web Services`,
  }),
  M({
    slug: 'un-forward-to-colleague-sho', kind: 'unrelated', lang: J, enc: 'utf8qp', caseId: CASE.sho, trusted: false, forUser: false, trap: true,
    note: "the user's forward of the completion mail to a colleague, delivered to the colleague",
    from: to(SHO), to: '吉田 先輩 <yoshida@lab.example.ac.jp>', date: d('2026-03-05 12:00:31'), subject: `Fwd: ${form(CASE.sho)}`,
    text: `吉田さん

先日話していた認定アカウントの件、無事まとまりました。参考までに転送します。

---------- Forwarded message ---------
From: AWS トレーニングと認定 <${SUPPORT_ADDR}>
Date: 2026年3月5日(木) 10:40
Subject: ${form(CASE.sho)}
To: <${SHO.keep}>

伊藤 翔 様

大学アカウントの記録を、${SHO.keep} のアカウントへ統合し終えました。
本件はこれで対応完了となりますので、ケースはクローズいたします。

渡辺`,
  }),
  M({
    slug: 'un-summit-marketing-ayumi', kind: 'unrelated', lang: J, enc: 'utf8b64', from: AWS_EVENTS, trap: true,
    note: 'event marketing mentioning certified-lounge badges',
    to: to(AYUMI), date: d('2026-03-18 11:00:00'), subject: 'AWS Summit Japan 2026 登録受付開始',
    html: html('AWS Summit', `<p>AWS Summit Japan 2026 の参加登録を開始しました。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティとバッジステッカーをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>`),
  }),
  M({
    slug: 'un-skillbuilder-done-misaki', kind: 'unrelated', lang: J, enc: 'jis7', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', trap: true,
    note: 'Skill Builder course completion notice (完了), not the merge',
    to: to(MISAKI), date: d('2026-03-03 20:14:45'), subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    text: `高橋 美咲 さん

「AWS Cloud Practitioner Essentials」のすべてのモジュールが完了しました。
修了証は AWS Skill Builder のマイページからダウンロードできます。

AWS Skill Builder`,
  }),
  M({
    slug: 'un-exam-reschedule-case-misaki', kind: 'unrelated', lang: J, enc: 'sjis8', caseId: CASE.misakiExam, from: SUPPORT_JA, trap: true,
    note: "support's closing reply on the user's other case (exam reschedule)",
    to: to(MISAKI), date: d('2026-02-09 15:00:40'), subject: `RE:[CASE ${CASE.misakiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    text: `高橋 美咲 様

試験日程の変更について、ご希望の3月14日への振替が完了しました。
本件はこれにてクローズいたします。

森`,
  }),
];

// ------------------------------------------------------------------ other shapes: bottom-posting, mobile, mixed language, typos, LF
const shapes: Msg[] = [
  M({
    slug: 'mc-bottom-post-lf-ayumi', kind: 'merge_completed', lang: J, enc: 'jis7', caseId: CASE.ayumi, from: SUPPORT_JA, crlf: false,
    note: 'bottom-posted: the quoted user question comes first, the new line under it says the merge is done (LF line ends)',
    to: to(AYUMI), date: d('2026-03-08 10:15:00'), subject: form(CASE.ayumi),
    text: `${gmailJa('2026-03-07', '22:03', `${AYUMI.ja} <${AYUMI.keep}>`)}
${q(`石井様
P.S. を拝見しました。念のため確認ですが、統合はもう終わっているという理解でよろしいでしょうか。
まだでしたら、同意します、とお伝えしておきます。
中村`)}

はい、統合は3月7日付で完了しております。統合先アカウントでSAAも表示されているはずです。
石井`,
  }),
  M({
    slug: 'un-mobile-own-ken', kind: 'unrelated', lang: J, enc: 'utf8b64', caseId: CASE.ken, trusted: false, trap: true,
    note: "the user's own short mobile reply consenting to the merge (sent copy)",
    from: to(KEN), to: SUPPORT, deliveredTo: KEN.keep, date: d('2026-02-06 12:30:02'), subject: `Re: ${form(CASE.ken)}`,
    text: `小林様
内容確認しました。統合を進めてください。
鈴木

iPhoneから送信

2026/02/06 10:44、AWS トレーニングと認定 <${SUPPORT_ADDR}>のメール:

> 統合を実施すると元に戻すことはできません。上記の内容で進めてよろしければ、このメールにその旨ご返信ください。`,
  }),
  M({
    slug: 'info-mixed-typo-sho', kind: 'info_request', lang: J, enc: 'utf8qp', caseId: CASE.sho, from: SUPPORT_JA,
    note: 'Japanese request with typos under English boilerplate: asks for the date of birth and the old address',
    to: to(SHO), date: d('2026-03-02 09:10:00'), subject: form(CASE.sho),
    text: `Thank you for contacting AWS Training and Certification. Please do not change the subject line when replying.

伊藤 翔 様

お問い合わせありがとうござます。
本人確認のため、大学アカウントに登録のメールアドレスと生年月日を、こちらのメールにご返信くだいさい。

渡辺
We value your feedback. ${sfRef('7Sh3')}`,
  }),
  M({
    slug: 'bt-mixed-boilerplate-misaki', kind: 'badges_transferred', lang: J, enc: 'jisb64', caseId: CASE.misaki, from: SUPPORT_JA,
    note: 'one Japanese line on top of an English standard paragraph that says the badges were reissued to the kept address',
    to: to(MISAKI), date: d('2026-02-18 10:40:00'), subject: form(CASE.misaki),
    text: `高橋様、以下ご確認ください。森

Your digital badges have been reissued through Credly to ${MISAKI.keep}. You may need to sign in to Credly with that address and accept them.`,
  }),
  M({
    slug: 'cc-typo-lf-ayumi', kind: 'case_closed', lang: J, enc: 'sjis8', caseId: CASE.ayumi, from: SUPPORT_JA, crlf: false,
    note: 'reminder with typos that the case closes automatically without a reply (LF line ends)',
    to: to(AYUMI), date: d('2026-03-06 08:00:00'), subject: form(CASE.ayumi),
    text: `中村 あゆみ 様

先日お送りしたご案内について、ご返信を確認できておりませんでした。
このまま5日間ご連絡がない場合は、本ケースは自動でクローズとなりまますので、ご了承ください。

石井`,
  }),
  M({
    slug: 'sr-outlook-quote-ken', kind: 'support_reply', lang: J, enc: 'utf8qp', caseId: CASE.ken, from: SUPPORT_JA,
    note: 'answers a question (vouchers stay valid) above an Outlook-style Japanese quote that asks about the merge',
    to: to(KEN), date: d('2026-02-08 11:00:00'), subject: form(CASE.ken),
    text: `鈴木様

バウチャーは統合先のアカウントでそのままご利用いただけます。再発行の必要はございません。

小林

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年2月8日 9:12', SUPPORT_ADDR, form(CASE.ken))}

小林様
統合ありがとうございました。旧アカウントにあった割引バウチャーは使えますか？`,
  }),
];

/** these also carry an HTML alternative of the same text (multipart/alternative) */
const ALT = new Set(['mc-plain-ken', 'cc-reminder-sho', 'sr-escalation-ken']);
const withAlt = (m: Msg): Msg => (ALT.has(m.slug) && m.text !== undefined ? { ...m, html: paras(m.text) } : m);

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...mc, ...bt, ...cc, ...sr, ...un, ...shapes].map(withAlt);
