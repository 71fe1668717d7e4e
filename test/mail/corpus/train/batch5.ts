// Batch 5: more Shift_JIS and ISO-2022-JP base64, dkim-only trusted mail, forged
// Authentication-Results below our Received line, X-Original-To / Bcc delivery, verification-code traps.
import { CREDLY_AWS, gmailJa, outlookJa, quote, rfcDate, type Spec, SUPPORT, SUPPORT_NAMED, supportSubject } from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const H = 'hanako.sato@example.jp';
const A = 'alex.kim@example.com';
const P = 'priya.n@example.org';
const M = 'maria.garcia@example.es';
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const SIG = 'Best regards,\n\nAWS Training and Certification Customer Support';
const K1 = '1779911223344'; // 佐藤, Shift_JIS-writing agent
const K2 = '177811122233'; // 山田
const K3 = '1779000555666'; // Alex

export const batch5: Spec[] = [
  {
    kind: 'info_request', lang: 'ja', slug: 'sjis-b64-kiroku-kakunin', caseId: K1, charset: 'Shift_JIS', cte: 'base64',
    note: 'Shift_JIS base64; 「〜のご提示をお願いできますと助かります」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(K1), date: rfcDate(d('2025-12-08T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の森でございます。
統合元アカウント (AWS30990011) の登録メールアドレスが、お知らせいただいたものと一致しませんでした。
お手数ですが、統合元で受験した際の確認メール、または認定証に記載のメールアドレスのご提示をお願いできますと助かります。

${SIG_JA}
森
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'sjis-qp-moushide-douri', caseId: K1, charset: 'Shift_JIS', cte: 'quoted-printable',
    note: 'Shift_JIS QP; 「お申し出どおりに進めてよろしいか、念のためご返信をお願いいたします」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(K1), date: rfcDate(d('2025-12-09T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。確認が取れました。
AWS30990011 を AWS30551278 にまとめ、AWS30990011 は以後ご利用いただけなくなります。
お申し出どおりに進めてよろしいか、念のためご返信をお願いいたします。作業後に元へ戻すことはできません。

${SIG_JA}
森
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'sjis-8bit-matome-mashita', caseId: K1, charset: 'Shift_JIS', cte: '8bit',
    note: 'Shift_JIS 8bit; 「1 つにまとめました」', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(K1), date: rfcDate(d('2025-12-10T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。ご返信ありがとうございました。
2 つの認定アカウントを AWS30551278 の 1 つにまとめました。認定資格 2 件と特典 1 件が表示されていることをご確認ください。

${SIG_JA}

${gmailJa(d('2025-12-09T11:00:00Z'), `佐藤 花子 <${H}>`)}
${quote('森様\nお願いいたします。')}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'sjis-jikan-kakaru', caseId: K1, charset: 'Shift_JIS', cte: '8bit', trap: true,
    note: 'Shift_JIS; 「ご提供いただいた内容」を受けて時間がかかる旨の中間報告 (依頼なし)', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(K1), date: rfcDate(d('2025-12-08T08:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。ご提供いただいた内容で照合を進めておりますが、旧アカウントが古いシステムで作成されているため、
確認に 2〜3 営業日ほどお時間を頂戴いたします。何卒ご了承ください。

${SIG_JA}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'iso2022jp-b64-kaiketsu', caseId: K2, cte: 'base64',
    note: 'ISO-2022-JP base64 の解決済み通知 (統合には触れない)', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(K2), date: rfcDate(d('2025-12-12T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

AWS トレーニングと認定の西田です。
ご質問いただいた内容へのご回答をもって、本ケースを解決済みといたします。
追加のご質問がございましたら、本メールへご返信ください。

${SIG_JA}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'iso2022jp-b64-kaitou', caseId: K2, cte: 'base64',
    note: 'ISO-2022-JP base64; 認定の有効期限は変わらない旨の回答', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(K2), date: rfcDate(d('2025-12-11T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

西田でございます。ご質問の件、統合しても各認定の有効期限 (取得日から 3 年) は変わりません。
再認定の時期も従来どおりです。

${SIG_JA}

${outlookJa(d('2025-12-10T23:00:00Z'), `山田 太郎 <${T}>`, SUPPORT, supportSubject(K2))}

西田様
統合すると有効期限が変わったりしますか。
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'dkim-only-trusted-confirm', caseId: K3, auth: 'dkim',
    note: 'our A-R with only an aligned dkim=pass (no dmarc result): trusted', from: SUPPORT, to: A,
    subject: supportSubject(K3), date: rfcDate(d('2025-12-09T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Before we go ahead, please reply "I approve" to this message. After the accounts are joined,
the older sign-in stops working and this cannot be reversed.

${SIG}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'dkim-only-trusted-completed', caseId: K3, auth: 'dkim',
    note: 'dkim-only pass, trusted; "the accounts were joined this morning"', from: SUPPORT, to: A,
    subject: supportSubject(K3), date: rfcDate(d('2025-12-10T18:00:00Z'), '-0700'),
    text: `Hi Alex,

The accounts were joined this morning: AWS88100456 is your only certification account now, and
it lists all three certifications.

${SIG}
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-dkim-only-ja', caseId: null, auth: 'dkim', charset: 'UTF-8', cte: 'base64', format: 'alt',
    note: 'Credly 日本語、dkim=pass のみ (信頼できる)', from: CREDLY_AWS, to: TC,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate(d('2025-12-11T10:00:00Z')),
    text: `山田 太郎 様

Amazon Web Services Training and Certification からバッジが発行されました。
AWS Certified Solutions Architect – Professional

バッジを入手する: https://www.credly.com/earner/earned/badge/13579bdf-1111-4222-8333-2468ace02468
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'forged-below-received-ja', caseId: K2, auth: 'below',
    note: '偽の mx.test.example dmarc=pass が自サーバの Received 行より下にある', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(K2), date: rfcDate(d('2025-12-10T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

アカウントの統合が完了しました。特典の再発行には下記からのサインインが必要です。
https://aws-training.example.net/benefits

${SIG_JA}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'forged-below-credly', caseId: null, auth: 'below',
    note: 'Credly mail whose only passing A-R is forged below our Received line', from: CREDLY_AWS, to: M,
    subject: 'Amazon Web Services Training and Certification sent you 2 badges', date: rfcDate(d('2025-12-10T12:00:00Z')),
    text: `Hi María,

Amazon Web Services Training and Certification issued you 2 badges. Accept your badges:
https://www.credly.com.accept-badges.example.net/
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'forged-below-kakunin-ja', caseId: K1, auth: 'below',
    note: '偽 A-R (Received の下) の確認依頼', from: SUPPORT_NAMED, to: H,
    subject: supportSubject(K1), date: rfcDate(d('2025-12-09T03:00:00Z'), '+0900'),
    text: `佐藤 花子 様

統合手続きを進めるには「同意します」とご返信のうえ、本人確認のため下記から手数料をお支払いください。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'x-original-to-undisclosed', caseId: K3, deliveredTo: null,
    note: 'To: undisclosed-recipients; delivered via X-Original-To (a user address): forUser true', from: SUPPORT, to: 'undisclosed-recipients:;',
    headers: [`X-Original-To: ${A}`], subject: supportSubject(K3), date: rfcDate(d('2025-12-08T18:00:00Z'), '-0700'),
    text: `Hi Alex,

Could you let us know the date you passed your most recent exam on the older account? We use it
to verify ownership before joining the two profiles.

${SIG}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'bcc-delivered-to-user', caseId: '1760777888999', deliveredTo: P,
    note: 'To someone else, but delivered to the user (Bcc; Delivered-To is a user address): forUser true', from: SUPPORT, to: 'sam.lee@example.net',
    subject: supportSubject('1760777888999'), date: rfcDate(d('2025-12-09T12:00:00Z')),
    text: `Hello,

As we did not receive a reply, this case has now been closed. Reply to reopen it.

${SIG}
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'skill-builder-confirm-email', caseId: null, trap: true,
    note: '"Please confirm your email address" verification for AWS Builder ID', from: 'AWS Builder ID <no-reply@signin.aws>', to: P,
    subject: 'Confirm your email address', date: rfcDate(d('2025-12-08T10:00:00Z')),
    text: `Hello,

Please confirm your email address to finish creating your AWS Builder ID.

Verification code: 739204

If you didn't request this, ignore this email.
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'builder-id-kakunin-code', caseId: null, trap: true, charset: 'UTF-8', cte: 'base64',
    note: 'AWS Builder ID の確認コード (「確認」を含むが統合とは無関係)', from: 'AWS Builder ID <no-reply@signin.aws>', to: H,
    subject: 'AWS Builder ID の確認コード', date: rfcDate(d('2025-12-08T11:00:00Z')),
    text: `AWS Builder ID のメールアドレス確認

確認コード: 184422

このコードは 30 分間有効です。お心当たりのない場合は、このメールを破棄してください。
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'mixed-ja-greeting-en-body', caseId: K2,
    note: 'Japanese greeting line, English body (main language en): status update', from: SUPPORT, to: T,
    subject: supportSubject(K2), date: rfcDate(d('2025-12-09T06:00:00Z')),
    text: `山田様

Thank you for your patience. Our team is reviewing both profiles; because the older one was
created with Login with Amazon, it needs an extra check. I'll update you by Friday.

Kenji
AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'user-sent-sjis-reply', caseId: K1, trap: true, deliveredTo: null, auth: 'none', charset: 'Shift_JIS', cte: '8bit',
    note: '利用者自身の送信済み返信 (Shift_JIS, Outlook)、確認依頼を引用', from: `佐藤 花子 <${H}>`, to: SUPPORT,
    subject: supportSubject(K1), date: rfcDate(d('2025-12-09T11:00:00Z'), '+0900'), headers: ['X-Mailer: Microsoft Outlook 16.0'],
    text: `森様

お世話になっております。佐藤です。
ご案内の内容で進めてください。よろしくお願いいたします。

${outlookJa(d('2025-12-09T01:00:00Z'), SUPPORT, H, supportSubject(K1))}

お申し出どおりに進めてよろしいか、念のためご返信をお願いいたします。
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'sjis-uketsuke-jidou', caseId: K1, charset: 'Shift_JIS', cte: 'base64',
    note: 'Shift_JIS base64 の受付通知 (件名 RE: なし、回答目安、重複ケース注意)', from: SUPPORT_NAMED, to: H,
    subject: `[CASE ${K1}] AWS トレーニングと認定 お問い合わせ受付`, date: rfcDate(d('2025-12-07T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お客様

お問い合わせを受け付けました (ケース番号 ${K1})。
担当者より 2 営業日以内にご連絡いたします。重複したお問い合わせはお控えください。

${SIG_JA}
`,
  },
];
