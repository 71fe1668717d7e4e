// Set ap, Japanese: phishing that imitates each step of the merge, forgeries of every flavour the
// trust rule allows, forwarded/re-sent genuine mail, and genuine mail that fails the rule.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { ja, SUPPORT, AWS_NOTIFY, formSubject, KEN, MISAKI, REN, CASE, TRACE, SOUMU, YOSHIDA, quote, fwdJa, gmailJa, page, button, esc } from './common.js';

const K = KEN;
const M = MISAKI;
const R = REN;
const kenTo = `${K.ja} <${K.keep}>`;
const misakiTo = `${M.ja} <${M.keep}>`;
const renTo = `${R.ja} <${R.keep}>`;

export const JA_ATTACK: Msg[] = [
  // ---------------- acknowledgement (fake receipts) ----------------
  ja({
    slug: 'ph-ack-own-domain-html',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.ph1,
    note: 'fake receipt from a look-alike domain that passes DMARC for itself (aws-certification-desk.com); link to a fake case page',
    from: 'AWS サポート <support@aws-certification-desk.com>',
    to: K.keep,
    subject: `[CASE ${CASE.ph1}] お問い合わせを受け付けました - アカウント統合`,
    date: d('2026-03-03 02:11:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: page(`<div style="padding:20px"><p>${esc(K.ja)} 様</p>
<p>アカウント統合のお問い合わせを受け付けました。お問い合わせ番号: ${CASE.ph1}</p>
<p>ケースの状況は、下のボタンからサインインしてご確認いただけます。</p>
${button('https://aws-certification-desk.com/case/view?id=' + CASE.ph1, 'ケースを表示')}
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Ave N, Seattle</p></div>`),
  }),
  ja({
    slug: 'ph-ack-idn-cyrillic',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.ph2,
    note: 'fake receipt from an IDN homograph (xn--mazon-3ve.com = аmazon.com with a Cyrillic а), display name spells the brand with the Cyrillic letter',
    from: 'no-reply-aws@аmazon.com <no-reply-aws@xn--mazon-3ve.com>',
    to: misakiTo,
    subject: `ケース ${CASE.ph2} を作成しました`,
    date: d('2026-03-09 22:02:11', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

お問い合わせを受け付けました。ケース ID: ${CASE.ph2}

担当者からの回答を受け取るには、24時間以内に以下からお客様情報を確認してください。
https://xn--mazon-3ve.com/support/case/${CASE.ph2}

Amazon Web Services`,
  }),
  ja({
    slug: 'ph-ack-subdomain-trick-sjis',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.ph3,
    note: 'fake receipt from amazon.com.case-center.jp (brand as a left-hand label); Shift_JIS',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com.case-center.jp>',
    to: R.keep,
    subject: `【受付完了】AWS認定 アカウント統合のご依頼 (ケース番号 ${CASE.ph3})`,
    date: d('2026-02-18 04:40:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋 蓮 様

この度はAWS認定へのお問い合わせ頂き、誠に有難うございます。
ご依頼はケース番号 ${CASE.ph3} にて受付いたしました。

お手続を円滑に進める為、ご本人様確認ページよりログインしてお待ち下さい。
http://amazon.com.case-center.jp/verify

AWS トレーニングと認定`,
  }),

  // ---------------- ai_answer ----------------
  ja({
    slug: 'ph-ai-amazonq-lookalike',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'imitation of the AI suggestion, from aws-assist.jp, pushing a fake "merge tool" link',
    from: 'Amazon Q <amazon-q@aws-assist.jp>',
    to: K.keep,
    subject: 'AI アシスタントからの回答: アカウント統合ツール',
    date: d('2026-03-02 11:20:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `この回答は AI により自動生成されました。

認定アカウントの統合は、以下の統合ツールからすぐに行えます。両方のアカウントのメールアドレスとパスワードを入力してください。
https://aws-assist.jp/certification/merge-tool

この回答は役に立ちましたか? はい / いいえ`,
  }),
  ja({
    slug: 'ph-ai-forged-below',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI-answer imitation with the real form address; its dmarc=pass A-R sits below the server\'s Received line (forged)',
    from: SUPPORT,
    to: misakiTo,
    subject: 'Amazon Q による回答',
    date: d('2026-03-09 20:55:10', '+0900'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `生成 AI によるご案内です。

Merge Accounts ツールで統合できない場合は、下記の専用フォームに両アカウントの情報を入力すると、担当者を待たずに処理されます。
https://aws-training-merge.net/form

※この回答は自動で作成されています。`,
  }),
  ja({
    slug: 'ai-genuine-arc-forward',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'genuine AI answer auto-forwarded from the user\'s old mailbox: DKIM broke in transit, our verdict is dmarc=fail (ARC pass above does not count)',
    from: SUPPORT,
    to: M.src,
    deliveredTo: M.keep,
    subject: 'AI が生成した回答のご案内',
    date: d('2026-03-08 23:10:00', '+0900'),
    auth: 'custom',
    trace: TRACE.arcForwardFail('amazon.com', 'kaisha-old.example.com'),
    enc: 'utf8qp',
    text: `生成 AI が作成した回答です。

認定ポータルの「アカウントの統合」で、古いアカウントの資格を今お使いのアカウントへ移せます。両方に認定がある場合はサポートへのケース作成が必要です。`,
  }),
  ja({
    slug: 'ai-genuine-lowercase-ar',
    kind: 'ai_answer',
    caseId: null,
    note: 'genuine AI answer; the server wrote its Authentication-Results header in lower case on one line (still trusted)',
    from: SUPPORT,
    to: renTo,
    subject: '自動回答: 認定アカウントの統合',
    date: d('2026-02-17 12:05:00', '+0900'),
    auth: 'custom',
    trace: TRACE.lowerCasePass('amazon.com'),
    enc: 'sjisb64',
    text: `この内容は AI が生成しました。

ご自身で統合を行う場合は、認定ポータルのプロフィールから「アカウントを統合」を選択してください。
統合先のアカウントでサインインした状態で操作する必要があります。`,
  }),

  // ---------------- info_request (fake ones ask for secrets) ----------------
  ja({
    slug: 'ph-info-password-sjis',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.ph3,
    note: 'phishing information request: asks for both passwords and an ID photo; amazon-cs-support.jp passes for itself; Shift_JIS',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-cs-support.jp>',
    to: renTo,
    subject: formSubject(CASE.ph3),
    date: d('2026-02-18 13:22:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋様

統合の審査の為、下記をご返信下さい。
・統合元アカウントのメールアドレスとパスワード
・統合先アカウントのメールアドレスとパスワード
・運転免許証の写真(表裏)

48時間以内にご提出がない場合、ご依頼は取り消しとなります。

AWSカスタマーサポート`,
  }),
  ja({
    slug: 'ph-info-display-name-outlook',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.ken,
    note: 'uses the real case ID (leaked) but comes from a free-mail address with a trusted-looking display name; asks for MFA code',
    from: 'AWS Training and Certification <aws.tc.support@outlook.jp>',
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-03 19:40:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

担当の者です。統合作業のため、認定ポータルにサインインした際に届く確認コード(6桁)をこちらにお知らせください。
コードは10分で失効しますので、お早めにお願いします。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ph-info-fail-then-forged',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.ph4,
    note: 'asks to upload candidate IDs and ID documents at a link; topmost verdict fails, a planted pass sits lower',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.ph4),
    date: d('2026-03-10 08:08:08', '+0900'),
    auth: 'failThenForged',
    enc: 'jisb64',
    text: `中村様

統合に必要な情報として、両アカウントの候補者 ID と本人確認書類を、下記のアップロードページからご提出ください。
https://secure-aws-training.com/upload?case=${CASE.ph4}

AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request (fake: "confirm by signing in") ----------------
  ja({
    slug: 'ph-conf-signin-html-jis',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.ph1,
    note: 'phishing consent request: "sign in to approve the irreversible merge" from aws-training.jp (passes for itself); HTML-only ISO-2022-JP',
    from: 'AWS Training <no-reply@aws-training.jp>',
    to: K.keep,
    subject: `【要対応】アカウント統合の最終確認 (CASE ${CASE.ph1})`,
    date: d('2026-03-04 07:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<p>小林 健一 様</p>
<p>アカウント統合の準備ができました。統合は取り消しできないため、ご本人によるサインインでの承認が必要です。</p>
<p><a href="https://aws-training.jp/signin?next=merge-approve">サインインして統合を承認する</a></p>
<p>72時間以内に承認されない場合、申請は無効になります。</p>
</body></html>`,
  }),
  ja({
    slug: 'ph-conf-subdomain-sjisb64',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.ph5,
    note: 'phishing consent request from aws.training.merge-confirm.com (trusted name as a left-hand label); urgency; Shift_JIS base64',
    from: 'AWS Certification <certification@aws.training.merge-confirm.com>',
    to: misakiTo,
    subject: `ご確認のお願い: 認定アカウントの統合 (${CASE.ph5})`,
    date: d('2026-03-11 06:30:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

お客様の認定アカウント統合について、ご本人確認が完了していません。
24時間以内に下記からサインインし統合に同意されない場合、両方のアカウントが一時停止されます。

https://aws.training.merge-confirm.com/consent

AWS Certification`,
  }),
  ja({
    slug: 'ph-conf-idn-training-replyto',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.ren,
    note: 'asks to confirm the merge using the real case ID, from xn--ws-6kc.training (аws.training, Cyrillic а) with a Reply-To to another look-alike',
    from: 'AWS Training and Certification <support@xn--ws-6kc.training>',
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-21 15:15:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Reply-To: aws-cs-trainingcertification-form@amazon-cs-desk.com'],
    text: `高橋様

統合の準備が整いました。統合は元に戻せませんので、同意される場合は本メールに返信し、統合先アカウントのパスワードを添えてご連絡ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ph-conf-spf-only',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.ken,
    note: 'looks right at a glance: our server\'s A-R on top says spf=pass for amazon.com, but no DKIM and dmarc=none, so not trusted',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-05 01:00:00', '+0000'),
    auth: 'custom',
    trace: TRACE.spfOnly('amazon.com'),
    enc: 'utf8b64',
    text: `小林様

統合のご準備ができました。統合後は元に戻せません。
ご了承いただける場合は、このメールにご返信ください。

柴田`,
  }),

  // ---------------- merge_completed ----------------
  ja({
    slug: 'ph-merged-link-sjis',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.ph4,
    note: 'fake completion with a malicious link, from amazon.co.jp.aws-cert.net; Shift_JIS',
    from: 'Amazon Web Services <no-reply@amazon.co.jp.aws-cert.net>',
    to: M.keep,
    subject: `統合完了のお知らせ [ケース ${CASE.ph4}]`,
    date: d('2026-03-12 03:03:03', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村 美咲 様

お客様の認定アカウントの統合が完了しました。
移行された資格と特典を確認するには、こちらからログインしてください。
http://amazon.co.jp.aws-cert.net/certification/login

このメールに心当たりがない場合も、上記から確認をお願いします。`,
  }),
  ja({
    slug: 'merged-certmetrics-portal',
    kind: 'merge_completed',
    trusted: false,
    caseId: null,
    note: 'genuine-looking portal notice (CertMetrics) that accounts were merged; certmetrics.com is not a trusted domain',
    from: 'AWS Certification <awscertification@certmetrics.com>',
    to: K.keep,
    subject: 'AWS Certification アカウントの統合について',
    date: d('2026-03-06 05:02:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 健一 様

ご依頼のあった AWS Certification アカウントの統合処理が完了しました。統合元アカウントの認定履歴は、現在のアカウントで確認できます。

AWS Certification Program`,
  }),
  ja({
    slug: 'ph-merged-idn-html',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.ren,
    note: 'fake completion with the real case ID from xn--amazn-mye.com (amazоn.com with a Cyrillic о); HTML in ISO-2022-JP base64',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@xn--amazn-mye.com>',
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-23 20:30:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

アカウントの統合が完了いたしました。統合後のアカウントに新しいパスワードを設定してください。
https://xn--amazn-mye.com/aws/certification/reset

AWS トレーニングと認定`,
    html: `<html><body><p>高橋様</p><p>アカウントの統合が完了いたしました。統合後のアカウントに新しいパスワードを設定してください。</p><p><a href="https://xn--amazn-mye.com/aws/certification/reset">パスワードを設定する</a></p><p>AWS トレーニングと認定</p></body></html>`,
  }),
  ja({
    slug: 'merged-genuine-arc-forward',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.misaki,
    note: 'genuine completion auto-forwarded from the old company mailbox; our verdict is dmarc=fail (DKIM broken by the forwarder)',
    from: SUPPORT,
    to: M.src,
    deliveredTo: M.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-14 01:27:55', '+0000'),
    auth: 'custom',
    trace: TRACE.arcForwardFail('amazon.com', 'kaisha-old.example.com'),
    enc: 'utf8qp',
    text: `[外部からのメール] このメールは社外から送信されました。

中村様

統合の作業が完了しております。個人アカウントで認定一覧をご確認ください。

岡
AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred (fake Credly) ----------------
  ja({
    slug: 'ph-credly-lookalike-jp',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'fake Credly AWS badge mail from credly-badges.jp (passes for itself)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.jp>',
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-07 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 健一 様

統合されたアカウントに AWS のバッジが移行されました。
バッジを入手するには、Credly アカウントに再度ログインしてください。
https://credly-badges.jp/accept?b=aws-saa

Credly`,
  }),
  ja({
    slug: 'ph-credly-idn-y',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'fake Credly mail from xn--credl-ize.com (credlу.com, Cyrillic у); HTML-only UTF-8 QP',
    from: 'Amazon Web Services Training and Certification via Credly <admin@xn--credl-ize.com>',
    to: M.keep,
    subject: 'バッジがあなたの新しいアカウントに移動しました',
    date: d('2026-03-16 10:10:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    html: page(`<div style="padding:24px;text-align:center"><p>中村 美咲 様</p><p>AWS Certified Solutions Architect - Associate ほか2件のバッジが、統合後のアカウントに移されました。</p>
${button('https://xn--credl-ize.com/earner/claim', 'バッジを入手する')}</div>`),
  }),
  ja({
    slug: 'ph-credly-subdomain-sjis',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'fake Credly mail from credly.com.badge-accept.net (trusted name as left-hand labels); Shift_JIS',
    from: 'Credly <admin@credly.com.badge-accept.net>',
    to: R.keep,
    subject: 'Amazon Web Services のバッジが届いています',
    date: d('2026-02-26 02:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `高橋 蓮 様

Amazon Web Services Training and Certification のバッジが、統合先のメールアドレスに付け替えられました。
受け取りには本人確認が必要です。
http://credly.com.badge-accept.net/claim

Credly`,
  }),

  // ---------------- case_closed ----------------
  ja({
    slug: 'ph-closed-reopen-signin',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.ph5,
    note: 'fake closing notice ("the case will be closed; sign in to keep it open") from aws-case-center.com; Shift_JIS base64',
    from: 'AWS Support <support@aws-case-center.com>',
    to: K.keep,
    subject: `ケース ${CASE.ph5} はまもなくクローズされます`,
    date: d('2026-03-08 18:00:00', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `お客様

ケース ${CASE.ph5} は、48時間以内にご対応がない場合クローズされ、統合申請も破棄されます。
継続をご希望の場合はサインインしてください。
https://aws-case-center.com/signin

AWS Support`,
  }),
  ja({
    slug: 'ph-closed-google-ar-only',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.misaki,
    note: 'closing notice with the real case ID whose only pass verdict is another server\'s (mx.google.com) below our Received',
    from: AWS_NOTIFY,
    to: misakiTo,
    subject: `ケース ${CASE.misaki} が解決済みになりました`,
    date: d('2026-03-19 09:00:00', '+0900'),
    auth: 'otherOnly',
    enc: 'jis7',
    html: `<html><body><p>中村 美咲 様</p><p>ケース ${CASE.misaki} は解決済みとしてクローズされました。</p><p>Amazon Web Services</p></body></html>`,
  }),

  // ---------------- support_reply ----------------
  ja({
    slug: 'ph-reply-chat-yahoo',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.misaki,
    note: 'status "reply" from a free-mail address with a support-like display name, moving the talk to a chat link',
    from: 'AWS トレーニングと認定 担当:岡 <aws_support_oka@yahoo.co.jp>',
    to: misakiTo,
    subject: `Re: ${formSubject(CASE.misaki)}`,
    date: d('2026-03-13 22:45:00', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

担当の岡です。現在、統合作業を担当部署で進めております。
以降のやりとりは、下記のチャット窓口でお願いいたします。メールでは対応できかねます。
https://line-support-aws.example-chat.net/oka

岡`,
  }),

  // ---------------- unrelated ----------------
  ja({
    slug: 'own-forward-to-it-sjis',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.ph4,
    note: 'the user\'s own forward of a suspicious "merge completed" mail to the company IT desk (Cc self)',
    from: `${M.ja} <${M.keep}>`,
    to: '情報システム部 <it-help@example.jp>',
    cc: M.keep,
    subject: 'Fw: 統合完了のお知らせ [ケース 1779213340]',
    date: d('2026-03-12 08:40:00', '+0900'),
    auth: 'none',
    enc: 'sjis8',
    text: `情シスの皆さま

AWSから「統合完了」というメールが来ましたが、まだ同意の返事をしていないので怪しいと思っています。
フィッシングかどうか見ていただけますか。リンクは開いていません。

中村

${fwdJa('Amazon Web Services <no-reply@amazon.co.jp.aws-cert.net>', '2026年3月12日(木) 3:03', `統合完了のお知らせ [ケース ${CASE.ph4}]`, M.keep)}

お客様の認定アカウントの統合が完了しました。`,
  }),
  ja({
    slug: 'ph-credly-merge-code',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'imitation of Credly\'s own account-merge code mail (Credly account merge is unrelated to the AWS case) from credly-support.net',
    from: 'Credly <no-reply@credly-support.net>',
    to: R.keep,
    subject: 'Credly アカウント統合の確認コード',
    date: d('2026-02-28 11:00:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `Credly アカウントの統合をご依頼いただきました。
統合を完了するには、以下のページで確認コード 482913 とパスワードを入力してください。
https://credly-support.net/merge/complete`,
  }),
  ja({
    slug: 'ph-refund-completed',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'fake "exam fee refund completed" mail asking for card details; not about the merge',
    from: 'AWS 認定試験事務局 <info@aws-certification-exam.jp>',
    to: K.keep,
    subject: '【AWS認定】受験料返金手続き完了のお知らせ',
    date: d('2026-03-07 12:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

アカウント統合に伴う受験料の差額返金手続きが完了しました。
返金先カードの確認のため、以下のページでカード情報を入力してください。
https://aws-certification-exam.jp/refund

AWS 認定試験事務局`,
  }),
  ja({
    slug: 'colleague-forward-genuine',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: CASE.ken,
    note: 'a colleague forwards the genuine completion that reached the old company address; the new text is only his note',
    from: YOSHIDA,
    to: kenTo,
    subject: `Fwd: ${formSubject(CASE.ken)}`,
    date: d('2026-03-06 14:05:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林さん

旧アドレス宛てに AWS から届いていたので転送します。統合終わったみたいですね。

吉田

${fwdJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年3月6日(金) 13:33', formSubject(CASE.ken), K.src)}

小林様

統合作業が完了しましたのでお知らせします。旧アカウント ${K.srcId} の認定は ${K.keepId} に表示されます。

柴田
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'oldcorp-auto-reply',
    kind: 'unrelated',
    trusted: false,
    caseId: CASE.misaki,
    note: 'automatic reply from the old company (address no longer in use) to the user\'s Cc',
    from: SOUMU,
    to: misakiTo,
    subject: `自動応答: ${formSubject(CASE.misaki)}`,
    date: d('2026-03-10 22:16:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

お送りいただいたアドレス (${M.src}) は、退職に伴い現在使用されておりません。
ご用件のある方は総務部までご連絡ください。

${quote(gmailJa('2026年3月10日(火) 22:15', M.ja, M.keep))}
> 岡様
> 前職で取ったのは SAA と DVA です。`,
  }),
];
