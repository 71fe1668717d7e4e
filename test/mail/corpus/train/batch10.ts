// Batch 10: agents writing in US/UK/Indian/Irish/Filipino English, AWS Support Center case
// notifications ("has been updated", "We've resolved your case"), AI answers with feedback
// prompts, receipts by their shape, Credly mail from AWS and from other issuers, Japanese in
// several keigo registers with 名寄せ/併合/一本化/集約/マージ, and many traps.
import {
  ackSubject,
  AWS_NOREPLY,
  CREDLY_AWS,
  gmailEn,
  gmailJa,
  originalMsg,
  outlookEn,
  outlookJa,
  quote,
  rfcDate,
  sfOriginal,
  sfRef,
  type Spec,
  SUPPORT,
  SUPPORT_NAMED,
  supportSubject,
} from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const H = 'hanako.sato@example.jp';
const HO = 'hanako@oldcorp.example.com';
const A = 'alex.kim@example.com';
const AW = 'a.kim@work.example.net';
const P = 'priya.n@example.org';
const M = 'maria.garcia@example.es';
const d = (iso: string) => new Date(iso);

// Case threads of this batch.
const K1 = '1791024680135'; // Taro, US agent
const K2 = '179135792468'; // Alex, UK agent
const K3 = '17914455667'; // Priya, Indian English agent
const K4 = '1792233445566'; // Maria, Irish agent
const K5 = '179300112233'; // Alex (work), Filipino agent
const K6 = '1793876543210'; // Taro, AWS Support Center notifications
const J1 = '179410203040'; // 佐藤 花子
const J2 = '1794556677889'; // 山田 太郎 (会社)
const J3 = '17950607080'; // 山田 太郎, AWS Support の通知
const J4 = '1795123409876'; // 佐藤 花子 (旧姓)

const FORM = '[AWS Training and Certification Form Submission] - account-assistance';
const SIG_US = 'Thanks,\n\nJessica M.\nAWS Training and Certification Customer Support';
const SIG_UK = 'Kind regards,\n\nOliver\nAWS Training & Certification Support';
const SIG_IN = 'Thanks & Regards,\nRavi Kumar\nAWS Training and Certification Customer Support';
const SIG_IE = 'All the best,\nAoife\nAWS Training and Certification | Customer Support';
const SIG_PH = 'Thank you and keep safe!\n\nMary Grace D.\nAWS Training and Certification Customer Support';
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const CONSOLE = (id: string, lang = 'en') => `https://console.aws.amazon.com/support/home#/case/?displayId=${id}&language=${lang}`;

/** AWS Support Center style notification wrapped around one correspondence. */
function supportCenter(id: string, subject: string, correspondence: string): string {
  return `Hello,

AWS Support has added a correspondence to your case:

Case ID: ${id}
Subject: ${subject}
Severity: General guidance
Correspondence:
${correspondence.trimEnd()}

To view or reply to this case, sign in to the Support Center:
${CONSOLE(id)}

Please do not reply to this email. Replies to this address are not monitored.

Amazon Web Services
`;
}

/** Japanese AWS Support Center notification. */
function supportCenterJa(id: string, subject: string, correspondence: string): string {
  return `お客様

AWS サポートより、お客様のケースに新しい返信が追加されました。

ケース ID: ${id}
件名: ${subject}
重要度: 一般的なガイダンス
返信内容:
${correspondence.trimEnd()}

ケースの確認および返信は、サポートセンターから行ってください。
${CONSOLE(id, 'ja')}

このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス
`;
}

const USER_REQ_K1 = `Hi, I have two certification accounts (AWS11220033 under ${TC} and AWS11220099
under ${T}). Please merge them into the one under ${T}.
Thanks, Taro`;

const USER_REQ_K3 = `Hello Team,
I had cleared SAA with my previous employer's email and DVA with my personal email.
Request you to merge both into one account.
Regards,
Priya`;

export const batch10: Spec[] = [
  // ================= acknowledgement =================
  {
    kind: 'acknowledgement', lang: 'en', slug: 'support-center-we-have-received-fields', caseId: K6, trap: true,
    note: 'Support Center receipt "We have received your request" echoing the submitted fields (merge, confirm) - still a receipt',
    from: AWS_NOREPLY, to: T, subject: `AWS Support: We have received your request (Case ID ${K6})`,
    date: rfcDate(d('2026-01-05T07:31:09Z')), headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
    text: `Hello,

We have received your request and created case ${K6}.

Summary of the information we received:
  Service: AWS Training and Certification
  Category: Certification - Account merge
  Subject: Merge two AWS Certification accounts
  Description: Please merge AWS11220033 into AWS11220099. I confirm I own both accounts.
  Contact method: Web
  Preferred language: English

A member of our team will respond within 24 hours. You can check the status of this case at:
${CONSOLE(K6)}

Please do not open a new case for the same issue; doing so can delay our response.

Amazon Web Services
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'ph-good-day-acknowledge-receipt', caseId: K5,
    note: 'Filipino-English auto receipt: "This is to acknowledge receipt", "Rest assured", reference number',
    from: SUPPORT_NAMED, to: AW, cc: A, subject: ackSubject(K5),
    date: rfcDate(d('2026-01-06T01:02:00Z')), headers: ['Auto-Submitted: auto-replied'],
    text: `Good day!

This is to acknowledge receipt of your concern. Your reference number is ${K5}.

Rest assured that one of our support associates will get back to you within one (1) to two (2)
business days. Kindly keep the reference number above for future correspondence.

We highly encourage you not to send a separate request for the same concern as this may
cause a delay in our response.

This is a system-generated message.
AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'html-only-got-your-message-body-id', caseId: K4, format: 'html', charset: 'UTF-8',
    note: 'HTML-only receipt, case ID only in the body, "We\'ve got your message" card layout',
    from: SUPPORT_NAMED, to: M, subject: 'We\'ve got your message - AWS Training and Certification',
    date: rfcDate(d('2026-01-07T09:15:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body style="background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table align="center" width="600" style="background:#ffffff"><tr><td style="padding:24px">
<h1 style="font-size:20px">We've got your message</h1>
<p>Hi Maria,</p>
<p>Thanks for contacting AWS Training and Certification. Your case number is</p>
<p style="font-size:22px;font-weight:bold;letter-spacing:1px">${K4}</p>
<p>What happens next: an agent will review your request and reply within 1&ndash;2 business days.
You don't need to do anything right now.</p>
<p style="color:#687078">Opening another case about the same request will not speed things up.</p>
</td></tr></table>
</body></html>`,
    text: `Your case number is ${K4}`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'receipt-request-details-consent-yes', caseId: K3, trap: true, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'receipt echoing form fields "Accounts to be merged", "Consent to merge: Yes" - the receipt, not a confirmation request',
    from: SUPPORT_NAMED, to: P, subject: ackSubject(K3),
    date: rfcDate(d('2026-01-08T04:40:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Dear Priya,

Thank you for writing to AWS Training and Certification. We have logged your request under case ${K3}.

Request details
• Request type: Merge accounts
• Accounts to be merged: ${P} (AWS44001122), priya.n@oldemployer.example.in (AWS44009876)
• Account to keep: ${P}
• Consent to merge: Yes
• Phone: not provided

Our team usually responds within 24–48 hours. If you need to add anything, reply to this email
without changing the subject line.

AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'helpdesk-request-received-lf', caseId: K2, lf: true,
    note: 'ticket-system style "Your request has been received and is being reviewed", LF line ends',
    from: SUPPORT_NAMED, to: A, subject: `Request received: Certification account assistance [CASE ${K2}]`,
    date: rfcDate(d('2026-01-09T16:05:00Z')), headers: ['Auto-Submitted: auto-generated', 'Precedence: auto_reply'],
    text: `##- Please type your reply above this line -##

Your request (${K2}) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

AWS Training and Certification
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'support-aws-com-dkim-only-case-opened', caseId: K1, auth: 'dkim',
    note: 'receipt from support.aws.com, dkim-only aligned pass: trusted; "Case opened" with response window',
    from: 'AWS Support <no-reply@support.aws.com>', to: T, subject: `Case ${K1} opened: AWS Certification account assistance`,
    date: rfcDate(d('2026-01-10T14:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Thanks for contacting us. We opened case ${K1} for you.

Expected first response: within 1 business day
Category: AWS Training and Certification > Account assistance

Reply to this message to add details to your case.
`,
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'lookalike-receipt-verify-link', caseId: K1,
    note: 'receipt-shaped mail from look-alike aws-training-support.net asking to "verify" via a link: untrusted',
    from: 'AWS Training and Certification <no-reply@aws-training-support.net>', to: T, subject: ackSubject(K1),
    date: rfcDate(d('2026-01-10T15:12:00Z')),
    text: `Hello,

We have received your request. Your case ID is ${K1}.
A member of our team will respond within 24 hours.

To avoid delays, verify your candidate profile now: https://aws-training-support.net/verify?c=${K1}

AWS Training and Certification
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'uketamawari-naiyou-tougou-utf8', caseId: J1, trap: true, charset: 'UTF-8', cte: '8bit',
    note: '「お問い合わせを承りました」受付メールが入力内容 (統合・同意) を列挙: 受付であって依頼ではない',
    from: SUPPORT_NAMED, to: H, subject: `[CASE ${J1}] お問い合わせを承りました`,
    date: rfcDate(d('2026-01-05T00:30:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `佐藤 花子 様

AWS トレーニングと認定へのお問い合わせを承りました。
担当者より順次ご連絡いたしますので、今しばらくお待ちください。

■ケース番号
${J1}

■お問い合わせ内容
種別: アカウントの統合
統合元: ${HO}
統合先: ${H}
統合への同意: あり

※ご返信の目安は 1〜2 営業日です。
※同じ内容で重ねてお問い合わせいただくと、ご案内が遅れる場合がございます。

${SIG_JA}
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'support-center-case-sakusei-b64', caseId: J3, cte: 'base64',
    note: 'AWS サポートセンターの「ケースを作成しました」通知 (ISO-2022-JP base64)',
    from: AWS_NOREPLY, to: T, subject: `AWS サポート: ケース ${J3} を作成しました`,
    date: rfcDate(d('2026-01-06T02:10:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お客様

AWS サポートをご利用いただきありがとうございます。
以下のケースを作成しました。

ケース ID: ${J3}
件名: 認定アカウントの統合について
カテゴリ: AWS トレーニングと認定

担当エンジニアより、通常 24 時間以内に回答いたします。
ケースの状況は次の URL からご確認いただけます。
${CONSOLE(J3, 'ja')}

アマゾン ウェブ サービス
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'html-only-uketsuke-kanryou-iso2022jp', caseId: J2, format: 'html', charset: 'ISO-2022-JP',
    note: 'HTML のみの「受付完了のお知らせ」、ケース番号は本文のみ',
    from: SUPPORT_NAMED, to: TC, subject: '受付完了のお知らせ (AWS トレーニングと認定)',
    date: rfcDate(d('2026-01-07T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>山田 太郎 様</p>
<p>このたびはお問い合わせいただき、誠にありがとうございます。<br>下記のとおり受付が完了いたしました。</p>
<table border="1" cellpadding="4">
<tr><th>ケース番号</th><td>${J2}</td></tr>
<tr><th>受付日時</th><td>2026年1月7日 10:00</td></tr>
<tr><th>ご回答予定</th><td>2 営業日以内</td></tr>
</table>
<p>本メールは受付確認のための自動送信です。</p>
<p>${SIG_JA}</p>
</body></html>`,
    text: `ケース番号 ${J2}`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'eigo-kenmei-ja-honbun-case-honbun', caseId: J4,
    note: '英語の件名に日本語本文、ケース番号は本文のみ: 「自動送信」「改めてご連絡」',
    from: SUPPORT_NAMED, to: H, cc: HO, subject: 'Thank you for contacting AWS Training and Certification',
    date: rfcDate(d('2026-01-08T03:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お客様各位

本メールは、お問い合わせ受付の確認のため自動で送信しております。
担当者が内容を確認のうえ、改めてご連絡を差し上げます。

お問い合わせ番号: ${J4}

なお、本メールに心当たりのない場合は、お手数ですが破棄してくださいますようお願いいたします。

AWS Training and Certification
`,
  },

  // ================= ai_answer =================
  {
    kind: 'ai_answer', lang: 'en', slug: 'generated-by-ai-did-this-answer', caseId: null,
    note: '"This response was generated by AI" + "Did this answer your question?" yes/no links',
    from: AWS_NOREPLY, to: A, subject: 'Your answer from AWS Training and Certification',
    date: rfcDate(d('2026-01-04T20:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Hi,

You asked: "how do I combine two certification accounts"

If only one of your accounts has certification history, you can do it yourself:
  - Sign in to the account you want to keep.
  - Open your profile and choose Merge Accounts.
  - Sign in with the other account when prompted.

If both accounts hold certifications, the tool can't help and you will need to create a case.

This response was generated by AI and may contain mistakes.

Did this answer your question?
  Yes: https://aws.amazon.com/feedback?a=yes&q=7731
  No, create a case: https://aws.amazon.com/contact-us/aws-training/
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'ai-after-merged-transcript-reflects', caseId: null, trap: true, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'AI answer describing what happens once accounts are merged (transcript reflects, badges reissued): general, not the event',
    from: AWS_NOREPLY, to: P, subject: 'Suggested answer: merging AWS Certification accounts',
    date: rfcDate(d('2026-01-05T05:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Here's what I found about merging certification accounts:

• Once your accounts are merged, your transcript reflects every exam from both accounts.
• Active certifications and unused benefits move to the account you keep.
• Credly badges are reissued to the kept account's email; you'll need to accept them again.
• A merge can't be undone.

To start, use the Merge Accounts option in your certification profile, or create a case if both
accounts hold certifications.

Generated by AI. Check important information before you rely on it.
Was this helpful? 👍 👎
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'support-assistant-chat-html-only', caseId: null, format: 'html', charset: 'UTF-8',
    note: 'HTML-only chat transcript with "AWS Support Assistant (AI)" bubbles',
    from: AWS_NOREPLY, to: M, subject: 'Transcript of your chat with AWS Support Assistant',
    date: rfcDate(d('2026-01-06T11:30:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body style="font-family:Arial">
<p>Here is a copy of your conversation.</p>
<div style="background:#eef;padding:8px;margin:4px"><b>You</b>: I have two AWS certification logins, one from university. Can they become one?</div>
<div style="background:#efe;padding:8px;margin:4px"><b>AWS Support Assistant (AI)</b>: Yes. Sign in to the account you want to keep and choose
<i>Profile &gt; Merge Accounts</i>. If both accounts hold certifications, the tool will ask you to contact support.</div>
<div style="background:#eef;padding:8px;margin:4px"><b>You</b>: both have certs</div>
<div style="background:#efe;padding:8px;margin:4px"><b>AWS Support Assistant (AI)</b>: In that case, choose <b>Create case</b> and a person will help you.</div>
<p style="font-size:11px;color:#666">AWS Support Assistant uses generative AI. Responses may be inaccurate.</p>
</body></html>`,
    text: 'AWS Support Assistant (AI)',
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'kb-articles-if-resolved-no-action', caseId: null, trap: true,
    note: 'automated article suggestions: "if this resolved your issue, no further action" - not a closing notice',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: T, subject: 'Articles that may help with your question',
    date: rfcDate(d('2026-01-07T13:13:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

Based on what you typed, these articles may help:

  1. How do I merge my AWS Certification accounts?
     https://aws.amazon.com/certification/faqs/#merge
  2. Why can't the Merge Accounts tool combine my accounts?
  3. Where are my Credly badges after an account change?

If one of these resolved your issue, no further action is needed. If not, select
"I still need help" to send your question to an agent.

This message was sent automatically.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'amazon-q-sources-numbered-b64', caseId: null, charset: 'UTF-8', cte: 'base64',
    note: 'Amazon Q style answer with numbered sources; UTF-8 base64',
    from: AWS_NOREPLY, to: AW, subject: 'Amazon Q answered your question',
    date: rfcDate(d('2026-01-08T22:45:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Amazon Q

Q: I changed jobs. How do I move my certifications to my personal email?

A: You don't need a second account. Update the email address in your certification profile [1].
If you already created a second account, merge the two with the Merge Accounts feature [2];
when both hold certifications, contact AWS Training and Certification support [3].

Sources
[1] AWS Certification FAQ - Profile
[2] AWS Certification Account Merge
[3] Contact AWS Training and Certification

Amazon Q can make mistakes. Verify important details.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'virtual-agent-before-case-short', caseId: null,
    note: 'terse automated reply before case creation: "Our virtual agent suggests"',
    from: SUPPORT_NAMED, to: A, subject: 'Re: certification accounts',
    date: rfcDate(d('2026-01-09T02:02:00Z')), headers: ['Auto-Submitted: auto-replied'],
    text: `Our virtual agent suggests:

Try Profile > Merge Accounts in the certification portal first. It works when only one account
has certification history.

Still stuck? Reply "agent" to talk to a person.
(automated answer)
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'ai-seisei-yaku-ni-tatta-utf8-qp', caseId: null, charset: 'UTF-8', cte: 'quoted-printable',
    note: '「この回答は AI によって生成されています」「この回答で解決しましたか」',
    from: AWS_NOREPLY, to: H, subject: 'AWS トレーニングと認定: ご質問への回答',
    date: rfcDate(d('2026-01-04T03:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `ご質問: 旧姓で作った認定アカウントをまとめたい

回答:
認定アカウントの一本化は、残したいアカウントにサインインし、プロフィールの「アカウントを統合」から行えます。
両方のアカウントに認定資格がある場合はこの画面では手続きできないため、「ケースを作成」からお問い合わせください。

この回答は AI によって生成されています。内容が正確でない場合があります。

この回答で解決しましたか?
はい / いいえ (ケースを作成する)
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'ai-tougou-go-no-nagare-multipart', caseId: null, trap: true, format: 'alt',
    note: 'AI による一般的な説明「統合が完了すると…バッジは再発行されます」: 事実の通知ではない',
    from: AWS_NOREPLY, to: TC, subject: 'AI アシスタントからの回答',
    date: rfcDate(d('2026-01-05T06:20:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `AI アシスタントからの回答です。

認定アカウントのマージについて:
・統合が完了すると、統合元の試験履歴と認定は統合先アカウントに表示されます。
・Credly のバッジは統合先のメールアドレスに再発行されます。
・統合は取り消すことができません。

両方のアカウントに認定がある場合は、サポートへのケース作成が必要です。

※この回答は生成 AI が作成したものです。
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'chatbot-html-only-utf8', caseId: null, format: 'html', charset: 'UTF-8',
    note: 'HTML のみのチャットボット回答 (自動応答、担当者へのエスカレーション案内)',
    from: AWS_NOREPLY, to: T, subject: 'チャットの記録 - AWS トレーニングと認定',
    date: rfcDate(d('2026-01-06T12:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body>
<p>チャットの記録をお送りします。</p>
<p><b>お客様</b>: 会社と個人で認定アカウントが 2 つあります</p>
<p><b>自動応答 (AI)</b>: アカウントを集約するには、残すアカウントでサインインし「アカウントを統合」を選択してください。
両方に認定履歴がある場合は、担当者へのお問い合わせが必要です。</p>
<p><b>自動応答 (AI)</b>: ほかにお手伝いできることはありますか?</p>
<p style="color:#888">この会話は AI による自動応答です。</p>
</body></html>`,
    text: '自動応答 (AI)',
  },

  // ================= info_request =================
  {
    kind: 'info_request', lang: 'en', slug: 'in-kindly-share-below-details-revert', caseId: K3,
    note: 'Indian-English agent: "Kindly share the below details", "We would require", "revert at the earliest"',
    from: SUPPORT, to: P, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-09T06:10:00Z')),
    text: `Dear Priya,

Greetings from AWS Training and Certification!

We have gone through your request for merging of accounts. In order to process the same, we
would require the below details from your end:

1) Candidate ID of both the accounts
2) Registered email ID of both the accounts
3) Name of the certification(s) held in each account
4) Which account is to be retained

Kindly share the above details at the earliest so that we can proceed further. Could you please
revert with the same on this email thread itself.

${SIG_IN}

${sfOriginal(d('2026-01-08T04:35:00Z'), P, FORM)}

${USER_REQ_K3}

${sfRef(1001)}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'us-fill-in-brackets-template', caseId: K1,
    note: 'US agent template with fill-in brackets, Gmail quote of the user below',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-11T17:20:00Z'), '-0700'),
    text: `Hi Taro,

Happy to help get these combined! Just copy the lines below into your reply and fill in the blanks:

Primary (keep) account email: [            ]
Primary candidate ID: AWS[        ]
Secondary account email: [            ]
Secondary candidate ID: AWS[        ]
Legal name as shown on your ID: [            ]

${SIG_US}

${gmailEn(d('2026-01-10T14:00:00Z'), `Taro Yamada <${T}>`)}
${quote(USER_REQ_K1)}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'uk-could-you-confirm-which-address-trap', caseId: K2, trap: true,
    note: 'UK agent "could you confirm which address you\'d like to keep" + the old address: asks for information, worded with confirm',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-10T10:30:00Z'), '+0000'),
    text: `Hello Alex,

Thanks for your patience. Before I can action this, could you confirm which of the two email
addresses you'd like to keep going forward, and let me know the email address registered on the
other profile? I've found one profile under ${A} but nothing under the address in your form.

${SIG_UK}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'ie-would-you-be-able-to-send-on', caseId: K4,
    note: 'Irish-English agent: "Would you be able to send on" the candidate ID, "I\'d be grateful"',
    from: SUPPORT_NAMED, to: M, subject: supportSubject(K4),
    date: rfcDate(d('2026-01-08T12:40:00Z'), '+0100'),
    text: `Hi Maria,

Thanks a million for getting in touch. Would you be able to send on the candidate ID for the
account you set up with your university email? You'll find it on the top right of the
certification portal once you're signed in. I'd be grateful if you could also let me know the
exact email address you used for that one.

${SIG_IE}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'ph-may-we-request-following', caseId: K5,
    note: 'Filipino-English agent: "For us to proceed, may we request for the following", "Looking forward"',
    from: SUPPORT_NAMED, to: AW, cc: A, subject: supportSubject(K5),
    date: rfcDate(d('2026-01-07T02:30:00Z')),
    text: `Hi Alex,

Good day! Thank you for reaching out to AWS Training and Certification.

For us to proceed with your concern, may we request for the following information:

  - Full name
  - Candidate ID of the account you wish to retain
  - Email address of the account to be merged
  - Screenshot of the certifications page of both accounts

Looking forward to your response.

${SIG_PH}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'support-center-updated-please-provide', caseId: K6, format: 'alt',
    note: 'AWS Support Center "correspondence added" notification whose correspondence asks for IDs and the kept account',
    from: AWS_NOREPLY, to: T, subject: `AWS Support case ${K6} has been updated`,
    date: rfcDate(d('2026-01-06T15:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenter(K6, 'Merge two AWS Certification accounts', `Hello,

Thank you for contacting AWS Support. To proceed, please provide:
- the candidate IDs of both certification accounts
- which account should remain after the merge

We look forward to your reply.

Best regards,
Daniel R.
Amazon Web Services`),
  },
  {
    kind: 'info_request', lang: 'en', slug: 'inline-answers-in-user-quote', caseId: K1,
    note: 'agent answers inline inside the quoted user mail ("see my notes inline") and asks for the old email',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-12T18:00:00Z'), '-0700'),
    text: `Hi Taro,

Please see my notes inline below.

${gmailEn(d('2026-01-12T02:00:00Z'), `Taro Yamada <${T}>`)}
> Here are the details you asked for.
> Keep: ${T} / AWS11220099
> Merge: corp account / AWS11220033

[Jessica] Thanks. I still need the email address on the corp account, please; "corp account"
alone doesn't let me look it up.

> My exam from last year should be on the corp one.

[Jessica] Noted, I can see an exam from 2025 on AWS11220033.

${SIG_US}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'outlook-top-post-long-thread', caseId: K2, format: 'alt',
    note: 'top-posted request above a long Outlook thread (two earlier turns); asks for the exam date of the old account',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-13T09:00:00Z')),
    text: `Hi Alex,

Sorry, one more thing and then I should have all I need: what date did you sit the exam on the
older profile? There are two similar names on our side and the date will tell them apart.

${SIG_UK}

${outlookEn(d('2026-01-12T19:00:00Z'), `Alex Kim <${A}>`, SUPPORT, supportSubject(K2))}

Hi Oliver, I'd like to keep ${A}. The other one is ${AW}.

${outlookEn(d('2026-01-10T10:30:00Z'), SUPPORT_NAMED, A, supportSubject(K2))}

Hello Alex,
Thanks for your patience. Before I can action this, could you confirm which of the two email
addresses you'd like to keep going forward?

${outlookEn(d('2026-01-09T16:00:00Z'), `Alex Kim <${A}>`, SUPPORT, FORM)}

I have two certification profiles, please merge.
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'lookalike-id-photo-request', caseId: K4,
    note: 'look-alike amazon-certification.help asking for an ID photo: info request, untrusted',
    from: 'AWS Training and Certification <support@amazon-certification.help>', to: M, subject: supportSubject(K4),
    date: rfcDate(d('2026-01-09T08:00:00Z'), '+0100'),
    text: `Dear Maria,

To continue with the merge of your accounts we need to verify your identity. Please reply with a
photo of your passport and the password of the account you want to close.

AWS Training and Certification
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'gohenou-kudasaimasu-deshouka-sjis-qp', caseId: J2, charset: 'Shift_JIS', cte: 'quoted-printable',
    note: 'Shift_JIS QP: 「ご返送くださいますでしょうか」、併合元と併合先の候補者 ID',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-08T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の小林と申します。

アカウントの併合にあたり、以下の項目をご記入のうえ、本メールにてご返送くださいますでしょうか。

・併合元アカウントの候補者 ID とメールアドレス
・併合先アカウントの候補者 ID とメールアドレス
・ご登録のお名前 (ローマ字)

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

${SIG_JA}
小林
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'kakunin-sasete-itadakitaku-trap', caseId: J1, trap: true,
    note: '「確認させていただきたく」「ご確認のうえご連絡ください」: 確認の語で情報を求める (同意の依頼ではない)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J1),
    date: rfcDate(d('2026-01-07T05:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS トレーニングと認定の森でございます。
名寄せの前に、旧姓でご登録のアカウントで最後に受験された試験名と受験日を確認させていただきたく存じます。
お手元の記録をご確認のうえ、ご連絡いただけますと幸いです。

${SIG_JA}
森

${gmailJa(d('2026-01-05T00:20:00Z'), `佐藤 花子 <${H}>`)}
${quote(`旧姓のアカウント (${HO}) を現在のアカウントにまとめたいです。`)}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'support-center-koushin-teiji', caseId: J3, charset: 'UTF-8', cte: 'base64',
    note: 'AWS サポートセンターの更新通知; 返信内容が「ご提示いただけますでしょうか」と情報を求める',
    from: AWS_NOREPLY, to: T, subject: `AWS サポート: ケース ${J3} が更新されました`,
    date: rfcDate(d('2026-01-07T04:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenterJa(J3, '認定アカウントの統合について', `山田様

お問い合わせいただきありがとうございます。
恐れ入りますが、統合対象となる 2 つのアカウントの候補者 ID と、統合後に残すアカウントをご提示いただけますでしょうか。

アマゾン ウェブ サービス サポート 石井`),
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'dmarc-fail-pasuwaado-teiji', caseId: J4, auth: 'fail',
    note: 'dmarc=fail の偽装メール: パスワードの提示を求める info request (untrusted)',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J4),
    date: rfcDate(d('2026-01-09T09:00:00Z'), '+0900'),
    text: `佐藤 花子 様

アカウント統合の本人確認のため、統合元アカウントのパスワードを本メールへの返信でお知らせください。
48 時間以内にご返信がない場合、お手続きは取り消しとなります。

${SIG_JA}
`,
  },

  // ================= confirmation_request =================
  {
    kind: 'confirmation_request', lang: 'en', slug: 'respond-yes-to-proceed', caseId: K1,
    note: '"Please respond with YES to proceed" after listing source and target; irreversible',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-13T16:30:00Z'), '-0700'),
    text: `Hi Taro,

Thanks for the info! Here's what we'll do:

  Source (will be closed): AWS11220033 / ${TC}
  Target (kept): AWS11220099 / ${T}
  Moving over: AWS Certified Cloud Practitioner, AWS Certified Solutions Architect - Associate

Heads up: this can't be reversed once it's done. Please respond with YES to proceed.

${SIG_US}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'if-everything-looks-correct-simply-reply', caseId: K2,
    note: '"If everything above looks correct, simply reply to this email" (UK agent), Outlook quote below',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-14T11:00:00Z')),
    text: `Hello Alex,

Brilliant, thanks. I've matched the exam date and can now combine the two profiles as follows:

  Profile kept:    AWS66001234 (${A})
  Profile removed: AWS66009999 (${AW})

Once combined, the removed profile can't be restored. If everything above looks correct, simply
reply to this email and I'll take it from there.

${SIG_UK}

${outlookEn(d('2026-01-13T20:00:00Z'), `Alex Kim <${A}>`, SUPPORT, supportSubject(K2))}

It was 14 March 2024.
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'in-reply-i-authorize-kindly', caseId: K3,
    note: 'Indian-English: "Kindly reply \'I authorize\'", "Please note the same cannot be reverted"',
    from: SUPPORT, to: P, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-11T06:30:00Z')),
    text: `Dear Priya,

Thank you for sharing the requested details.

Please note that post merging, the account AWS44009876 will be deactivated and all the
certifications will be available under AWS44001122. Please note the same cannot be reverted.

Kindly reply 'I authorize' on this email so that we can go ahead with the merge.

${SIG_IN}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'ph-may-we-have-your-go-signal', caseId: K5,
    note: 'Filipino-English: "May we have your go signal to proceed?" with what will happen',
    from: SUPPORT_NAMED, to: AW, cc: A, subject: supportSubject(K5),
    date: rfcDate(d('2026-01-09T01:45:00Z')),
    text: `Hi Alex,

Thank you for the information provided. We were able to locate both accounts.

Kindly be advised that once we proceed, your certification records under AWS66009999 will be
moved to AWS66001234 and the former will be deactivated. This action is permanent.

May we have your go signal to proceed?

${SIG_PH}

${gmailEn(d('2026-01-08T10:00:00Z'), `Alex Kim <${AW}>`)}
${quote(`Hi Mary Grace,\nFull name: Alex Kim\nKeep: AWS66001234\nMerge: ${AW}\nScreenshots attached.\n\nSent from my iPhone`)}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'ie-need-your-ok-in-writing', caseId: K4, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Irish agent: "we just need your OK in writing" before going ahead (UTF-8 QP, curly quotes)',
    from: SUPPORT_NAMED, to: M, subject: supportSubject(K4),
    date: rfcDate(d('2026-01-12T10:00:00Z'), '+0100'),
    text: `Hi Maria,

Lovely, that’s everything. I’m all set to fold your university profile (AWS77003311) into your main
one (AWS77000042). Because it can’t be undone afterwards, we just need your OK in writing — a
quick reply saying “Go ahead” is grand.

${SIG_IE}
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'support-center-updated-approve-merge', caseId: K6,
    note: 'Support Center "has been updated" notice whose correspondence asks to approve the merge',
    from: AWS_NOREPLY, to: T, subject: `AWS Support case ${K6} has been updated`,
    date: rfcDate(d('2026-01-08T15:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenter(K6, 'Merge two AWS Certification accounts', `Hello,

We located both accounts: AWS11220033 and AWS11220099. We will merge AWS11220033 into
AWS11220099. This is permanent.

Please reply to this case with "Approved" if you would like us to go ahead.

Best regards,
Daniel R.
Amazon Web Services`),
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'lookalike-confirm-merge-button', caseId: K1, format: 'html', charset: 'UTF-8',
    note: 'HTML-only look-alike (amazon-aws-training.com) with a "Confirm merge" button: untrusted',
    from: 'AWS Training and Certification <cases@amazon-aws-training.com>', to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-13T21:00:00Z')),
    html: `<html><body>
<p>Hello Taro,</p>
<p>Your account merge for case ${K1} is ready. Please confirm that we may merge AWS11220033 into AWS11220099.</p>
<p><a href="https://amazon-aws-training.com/merge/confirm?id=${K1}" style="background:#ff9900;padding:10px 18px;color:#000">Confirm merge</a></p>
<p>The link expires in 12 hours.</p>
</body></html>`,
    text: `Your account merge for case ${K1} is ready.`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'resent-by-old-it-desk-consent', caseId: K5, deliveredTo: A,
    note: 'consent request bounced on by the old employer\'s IT desk with Resent-*: forUser false',
    from: SUPPORT_NAMED, to: AW, subject: supportSubject(K5),
    headers: ['Resent-From: it-helpdesk@work.example.net', `Resent-To: ${A}`, 'Resent-Date: Fri, 9 Jan 2026 18:00:00 +0800', 'Resent-Message-ID: <resent-77@work.example.net>'],
    date: rfcDate(d('2026-01-09T01:50:00Z')),
    text: `Hi Alex,

Just following up on the below. We need your consent before we merge AWS66009999 into
AWS66001234. Please reply "I consent" to this email.

${SIG_PH}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'hai-tougou-shite-kudasai-to', caseId: J1,
    note: '「問題がなければ『はい、統合してください』とご返信ください」',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J1),
    date: rfcDate(d('2026-01-09T05:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。ご連絡いただいた情報をもとに、以下の内容で名寄せを行います。

統合元: AWS55000111 (${HO})
統合先: AWS55000999 (${H})

名寄せ後は統合元のアカウントをご利用いただけなくなり、元に戻すこともできません。
問題がなければ「はい、統合してください」とご返信ください。

${SIG_JA}
森
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'goryoushou-itadakeru-baai-sjis', caseId: J2, charset: 'Shift_JIS', cte: '8bit',
    note: 'Shift_JIS: 「ご了承いただける場合は、その旨ご返信いただけますでしょうか」(併合)',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-10T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。情報のご提供をありがとうございました。
AWS22003344 を AWS22001111 に併合いたします。併合後、AWS22003344 は無効となり、この処理は取り消せません。

ご了承いただける場合は、その旨ご返信いただけますでしょうか。
ご返信を確認次第、作業に着手いたします。

${SIG_JA}
小林

${outlookJa(d('2026-01-09T09:00:00Z'), `山田 太郎 <${TC}>`, SUPPORT, supportSubject(J2))}

併合元: AWS22003344 / ${TC}
併合先: AWS22001111 / ${T}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'merge-jisshi-kaitou-negai-multipart', caseId: J3, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: 'AWS サポートセンター通知 (multipart, UTF-8 base64): 「マージを実施してよろしいか、ご回答をお願いいたします」',
    from: AWS_NOREPLY, to: T, subject: `AWS サポート: ケース ${J3} が更新されました`,
    date: rfcDate(d('2026-01-09T04:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenterJa(J3, '認定アカウントの統合について', `山田様

ご提示いただいた 2 つのアカウントを確認いたしました。
AWS33007700 を AWS33001100 へマージいたします。マージ後に元に戻すことはできません。
この内容でマージを実施してよろしいか、本ケースにてご回答をお願いいたします。

アマゾン ウェブ サービス サポート 石井`),
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'goshounin-no-gohenshin-wo-motte', caseId: J4, charset: 'UTF-8', cte: 'quoted-printable',
    note: '「ご承認のご返信をもって作業に着手いたします」: 承認の返信を求める (尊敬語・謙譲語の硬い文体)',
    from: SUPPORT_NAMED, to: H, cc: HO, subject: supportSubject(J4),
    date: rfcDate(d('2026-01-12T01:30:00Z'), '+0900'),
    text: `佐藤 花子 様

いつも格別のお引き立てを賜り、厚く御礼申し上げます。AWS トレーニングと認定の岡田でございます。

旧姓にてご登録の認定アカウントにつきまして、下記のとおり一本化の準備が整いました。

　一本化元: AWS55100200 (${HO})
　一本化先: AWS55100100 (${H})

本処理は不可逆であり、実施後に元の状態へ戻すことはいたしかねます。
ご承認のご返信をもって作業に着手いたしますので、ご検討のほどよろしくお願い申し上げます。

${SIG_JA}
岡田
`,
  },

  // ================= merge_completed =================
  {
    kind: 'merge_completed', lang: 'en', slug: 'us-accounts-now-consolidated', caseId: K1,
    note: '"Your accounts have now been consolidated" (US agent), quote of the user\'s YES',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-15T19:05:00Z'), '-0700'),
    text: `Hi Taro,

Good news: your accounts have now been consolidated. Everything from AWS11220033 is now on
AWS11220099, and you can sign in with ${T} going forward.

${SIG_US}

${gmailEn(d('2026-01-14T03:00:00Z'), `Taro Yamada <${T}>`)}
${quote('YES')}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'uk-transcript-now-reflects', caseId: K2,
    note: 'UK agent: "Your transcript now reflects" both exams; profiles combined',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-15T09:45:00Z')),
    text: `Hello Alex,

All sorted. I've combined the two profiles and your transcript now reflects both of your exams
and certifications under AWS66001234. The old login for ${AW} has been switched off.

${SIG_UK}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'in-merging-done-successfully', caseId: K3,
    note: 'Indian-English: "This is to inform you that the merging of the accounts has been done successfully"',
    from: SUPPORT, to: P, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-13T07:00:00Z')),
    text: `Dear Priya,

Greetings of the day!

This is to inform you that the merging of the accounts has been done successfully as per your
request. Now all of your certifications are now under the candidate ID AWS44001122. Kindly login
and check the same at your end.

${SIG_IN}

${sfOriginal(d('2026-01-12T03:00:00Z'), P, supportSubject(K3))}

I authorize

${sfRef(1002)}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'ie-folded-in-all-done', caseId: K4,
    note: 'Irish agent, short: university profile folded into the main one, "all done"',
    from: SUPPORT_NAMED, to: M, subject: supportSubject(K4),
    date: rfcDate(d('2026-01-13T15:20:00Z'), '+0100'),
    text: `Hi Maria,

That's all done for you now. Your university profile has been folded into AWS77000042, so your
Cloud Practitioner and your Data Engineer certs are sitting together on the one account.

${SIG_IE}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'ph-happy-to-inform-linked', caseId: K5, format: 'alt',
    note: 'Filipino-English: "We are happy to inform you that your request has been completed", accounts linked',
    from: SUPPORT_NAMED, to: AW, cc: A, subject: supportSubject(K5),
    date: rfcDate(d('2026-01-10T03:10:00Z')),
    text: `Hi Alex,

Good day! We are happy to inform you that your request has been completed. Your certification
accounts are now linked under AWS66001234 (${A}).

Should you have other concerns, please don't hesitate to reach out to us.

${SIG_PH}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'portal-accounts-unified-aws-training', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'certification portal notice from aws.training (no case ID): "Your certification accounts have been unified"',
    from: 'AWS Certification <no-reply@aws.training>', to: M, subject: 'Your AWS Certification accounts have been unified',
    date: rfcDate(d('2026-01-13T15:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello Maria Garcia,

Your AWS Certification accounts have been unified. You can now sign in with ${M} to see all of
your certifications, exam history and benefits in one place.

If you did not request this change, contact AWS Training and Certification support.

AWS Certification
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'support-center-updated-merge-done', caseId: K6,
    note: 'Support Center "has been updated" notice whose correspondence says the merge is complete',
    from: AWS_NOREPLY, to: T, subject: `AWS Support case ${K6} has been updated`,
    date: rfcDate(d('2026-01-10T01:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenter(K6, 'Merge two AWS Certification accounts', `Hello,

Thank you for your approval. The merge is complete: AWS11220033 has been merged into AWS11220099,
and all certifications, exam history and benefits now show under AWS11220099.

Best regards,
Daniel R.
Amazon Web Services`),
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'forged-below-combined', caseId: K2, auth: 'below',
    note: 'completion text, but the dmarc=pass Authentication-Results sits below our Received line: untrusted',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-15T08:00:00Z')),
    text: `Hello Alex,

Your two profiles are combined. Please sign in at https://aws-cert-login.example.org to accept
the new terms within 24 hours.

AWS Training & Certification Support
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'for-other-customer-misaddressed', caseId: '1796000123450', deliveredTo: null,
    note: 'completion addressed to someone else (no user address anywhere): forUser false',
    from: SUPPORT, to: 'k.obrien@example.ie', subject: supportSubject('1796000123450'),
    date: rfcDate(d('2026-01-14T12:00:00Z'), '+0000'),
    text: `Hi Kevin,

Your accounts have been merged. AWS90001111 is now your only certification account.

${SIG_IE}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'nayose-sagyou-kanryou', caseId: J1,
    note: '「名寄せ作業が完了いたしました」、Gmail ja の引用付き',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J1),
    date: rfcDate(d('2026-01-10T06:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。
AWS55000111 から AWS55000999 への名寄せ作業が完了いたしました。
試験履歴と認定資格は、今後 ${H} のアカウントでご確認いただけます。

${SIG_JA}
森

${gmailJa(d('2026-01-09T12:00:00Z'), `佐藤 花子 <${H}>`)}
${quote('はい、統合してください。')}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'heigou-shori-owarimashita-sjis-b64', caseId: J2, charset: 'Shift_JIS', cte: 'base64',
    note: 'Shift_JIS base64: 「併合処理が終わりました」(丁寧語、短い)',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-11T08:00:00Z'), '+0900'),
    text: `山田様

小林です。AWS22003344 の併合処理が終わりました。
認定資格 2 件と特典は AWS22001111 に移っています。

${SIG_JA}
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'portal-tougou-kanryou-utf8-html', caseId: null, format: 'html', charset: 'UTF-8',
    note: '認定ポータル (aws.training) からの「アカウントの統合が完了しました」HTML 通知、ケース ID なし',
    from: 'AWS Certification <no-reply@aws.training>', to: T, subject: 'AWS 認定アカウントの統合が完了しました',
    date: rfcDate(d('2026-01-10T02:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body>
<p>山田 太郎 様</p>
<p>お客様の AWS 認定アカウントの統合が完了しました。</p>
<p>今後は ${T} でサインインすると、すべての認定資格、試験履歴、特典をご確認いただけます。</p>
<p>この変更に心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。</p>
<p>AWS 認定</p>
</body></html>`,
    text: '統合が完了しました',
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'ippon-ka-itashimashita-kenjougo', caseId: J4, trap: true,
    note: '「一本化いたしました」(謙譲語)、統合先で「ご確認くださいませ」と依頼するが完了通知のまま',
    from: SUPPORT_NAMED, to: H, cc: HO, subject: supportSubject(J4),
    date: rfcDate(d('2026-01-14T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

岡田でございます。ご承認を賜り、誠にありがとうございました。
AWS55100200 の認定資格および試験履歴を AWS55100100 に一本化いたしました。
お手数ではございますが、統合先アカウントにサインインのうえ、内容に相違がないかご確認くださいませ。

${SIG_JA}
岡田
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'shuuyaku-resent-kaisha', caseId: J2, deliveredTo: T,
    note: '会社のアドレスから Resent-* で個人アドレスへ回送された集約完了の通知: forUser false',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    headers: [`Resent-From: ${TC}`, `Resent-To: ${T}`, 'Resent-Date: Mon, 12 Jan 2026 09:00:00 +0900'],
    date: rfcDate(d('2026-01-11T09:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。認定資格の集約が完了いたしました。今後は AWS22001111 をご利用ください。

${SIG_JA}
`,
  },

  // ================= badges_transferred =================
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-youve-earned-a-badge-aws', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly "You\'ve earned a badge" from AWS Training and Certification, "Accept badge" button',
    from: CREDLY_AWS, to: M, subject: 'You\'ve earned a badge from Amazon Web Services Training and Certification',
    date: rfcDate(d('2026-01-14T09:00:00Z')),
    text: `Congratulations, Maria!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Data Engineer – Associate

Accept your badge to share it on LinkedIn and show what you know.
Accept badge: https://www.credly.com/badges/5f1c2a7e-0b3d-4c1e-9a55-1d2e3f4a5b6c

Credly, Inc. · 13809 Research Blvd, Austin, TX
You are receiving this because a badge was issued to ${M}.
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'credly-claim-your-badges-html-only', caseId: null, format: 'html', charset: 'UTF-8',
    note: 'HTML-only Credly "Claim your badges": AWS issued 3 badges to the kept address',
    from: CREDLY_AWS, to: P, subject: 'Claim your badges from Amazon Web Services Training and Certification',
    date: rfcDate(d('2026-01-13T12:00:00Z')),
    html: `<html><body style="font-family:Helvetica,Arial">
<table width="600" align="center"><tr><td>
<img src="https://images.credly.com/logo.png" alt="Credly" width="90">
<h2>Priya, you have 3 new badges</h2>
<p>Amazon Web Services Training and Certification issued these badges to ${P}:</p>
<ul>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#0bbde4;color:#fff;padding:10px 20px;text-decoration:none">Claim your badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p>
</td></tr></table>
</body></html>`,
    text: 'Claim your badges',
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'us-badges-reissued-to-primary', caseId: K1,
    note: 'US agent: "Your badges have been reissued to" the primary email; Credly mails to follow',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-17T18:00:00Z'), '-0700'),
    text: `Hi Taro,

Thanks for flagging that the badges were still on the old address. Your badges have been reissued
to ${T}: you should see two "Accept your badge" emails from Credly shortly (check spam just in
case).

${SIG_US}

${gmailEn(d('2026-01-16T23:00:00Z'), `Taro Yamada <${T}>`)}
${quote(`The merge looks great, thanks! But my Credly badges still show on ${TC}.`)}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'in-kindly-note-credly-transferred', caseId: K3,
    note: 'Indian-English: "Kindly note that the Credly badges have been transferred to your primary email ID"',
    from: SUPPORT, to: P, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-14T05:30:00Z')),
    text: `Dear Priya,

As discussed, kindly note that the Credly badges have been transferred to your primary email ID
${P}. You will receive separate emails from Credly to accept the same.

Hope this helps. Do let us know in case of any further queries.

${SIG_IN}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'uk-badges-moved-closing', caseId: K2,
    note: 'UK agent: badges moved across on Credly, and the case will be closed (badges are the new fact)',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-16T10:00:00Z')),
    text: `Hello Alex,

Quick one: the Credly team have moved both of your badges across to ${A}, so they now sit with
your kept profile. As that was the last outstanding item I'll close this case off.

${SIG_UK}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'support-center-credly-team-moved', caseId: K6, charset: 'UTF-8', cte: 'base64',
    note: 'Support Center "has been updated" notice (UTF-8 base64); correspondence: badges now on the kept account',
    from: AWS_NOREPLY, to: T, subject: `AWS Support case ${K6} has been updated`,
    date: rfcDate(d('2026-01-12T01:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenter(K6, 'Merge two AWS Certification accounts', `Hello,

Following up on your question about Credly: your AWS Certification badges have now been moved to
the Credly profile for ${T}. Badges that were pending on the old email were re-issued.

Best regards,
Daniel R.
Amazon Web Services`),
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'lookalike-credly-badges-net', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly-looking mail from credly-badges.net (not credly.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <notify@credly-badges.net>', to: A,
    subject: 'Amazon Web Services Training and Certification sent you 2 badges',
    date: rfcDate(d('2026-01-16T14:00:00Z')),
    text: `Hi Alex,

Amazon Web Services Training and Certification sent you 2 badges.
Sign in with your email password to accept them: https://credly-badges.net/accept
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'credly-atarashii-badge-uketoru-b64', caseId: null, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: 'Credly (AWS) の日本語テンプレート: 「新しいバッジを獲得しました」「バッジを受け取る」(UTF-8 base64)',
    from: CREDLY_AWS, to: H, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate(d('2026-01-12T03:00:00Z'), '+0900'),
    text: `佐藤 花子 さん

おめでとうございます。Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified SysOps Administrator – Associate

バッジを受け取る: https://www.credly.com/badges/0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d

Credly, Inc.
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'digital-badge-saihakkou-itashimashita', caseId: J1,
    note: 'サポート: 「デジタルバッジを統合先のメールアドレスへ再発行いたしました」',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J1),
    date: rfcDate(d('2026-01-12T06:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。ご連絡いただいた Credly のデジタルバッジにつきまして、
統合先のメールアドレス (${H}) 宛てに 3 件とも再発行いたしました。
Credly から届くメールより、バッジの受け取りをお願いいたします。

${SIG_JA}
森
`,
  },
  {
    kind: 'badges_transferred', lang: 'ja', slug: 'badge-mo-ikou-zumi-close-sjis', caseId: J2, charset: 'Shift_JIS', cte: '8bit',
    note: 'Shift_JIS: 「Credly のバッジも移行済み」+ クローズの予告 (バッジが新しい事実)',
    from: SUPPORT_NAMED, to: TC, cc: T, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-13T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。Credly のバッジ 2 件についても、${T} のプロフィールへ移行済みとなりました。
以上でご依頼いただいた作業はすべて完了となりますので、本ケースはクローズさせていただきます。

${SIG_JA}
小林
`,
  },

  // ================= case_closed =================
  {
    kind: 'case_closed', lang: 'en', slug: 'support-center-weve-resolved-your-case', caseId: K6,
    note: 'Support Center "We\'ve resolved your case", reopen within 14 days',
    from: AWS_NOREPLY, to: T, subject: `AWS Support case ${K6} has been resolved`,
    date: rfcDate(d('2026-01-19T01:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

We've resolved your case ${K6}: Merge two AWS Certification accounts.

If you still need help, you can reopen this case within 14 days from the Support Center:
${CONSOLE(K6)}

After 14 days you'll need to create a new case.

Amazon Web Services
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'support-center-closed-if-no-hear-back', caseId: K1, format: 'alt',
    note: '"Your case will be closed if we do not hear back" (pending customer action, 3 days)',
    from: AWS_NOREPLY, to: T, subject: `Action required: AWS Support case ${K1} is awaiting your reply`,
    date: rfcDate(d('2026-01-12T15:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello,

Your support case ${K1} is waiting for your response. Your case will be closed if we do not
hear back from you within 3 days.

To reply, sign in to the Support Center: ${CONSOLE(K1)}

Amazon Web Services
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'uk-closing-restates-combined', caseId: K2, trap: true,
    note: 'closing notice that only restates the earlier combination ("as the profiles were combined on 15 January")',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-20T10:00:00Z')),
    text: `Hello Alex,

As your profiles were combined on 15 January and we've not heard anything further, I'm closing
this case now. If anything crops up, just reply here within the next two weeks.

${SIG_UK}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'duplicate-case-merged-into-and-closed', caseId: '1791024680999', trap: true,
    note: 'this duplicate case was merged into the main case and closed: a case merge, not the account merge',
    from: SUPPORT_NAMED, to: T, subject: supportSubject('1791024680999'),
    date: rfcDate(d('2026-01-11T18:30:00Z'), '-0700'),
    text: `Hi Taro,

It looks like this request was submitted twice. To keep things in one place, this case has been
merged into case ${K1} and closed. We'll continue to assist you on that case, so there's no need
to reply here.

${SIG_US}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'ph-havent-received-response-closing', caseId: K5,
    note: 'Filipino-English: "We haven\'t received any response ... we will be closing this case"',
    from: SUPPORT_NAMED, to: AW, cc: A, subject: supportSubject(K5),
    date: rfcDate(d('2026-01-20T02:00:00Z')),
    text: `Hi Alex,

Good day! We haven't received any response from you regarding our previous email, so we will be
closing this case for now. Should you need further assistance, feel free to reply to this email
and we'll be glad to help.

${SIG_PH}
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'in-closing-no-response-dmarc-fail', caseId: K3, auth: 'fail',
    note: 'Indian-English closing notice, but dmarc=fail for amazon.com: untrusted',
    from: SUPPORT, to: P, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-21T05:00:00Z')),
    text: `Dear Priya,

As we have not received any response from your end, we are closing this case. Please feel free
to reach out to us for any further assistance.

${SIG_IN}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'support-center-kaiketsu-zumi-14ka', caseId: J3,
    note: 'AWS サポートセンター: 「ケースを解決済みにしました」、14 日以内の再開',
    from: AWS_NOREPLY, to: T, subject: `AWS サポート: ケース ${J3} が解決されました`,
    date: rfcDate(d('2026-01-14T02:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お客様

ケース ${J3}「認定アカウントの統合について」を解決済みにしました。

引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。
${CONSOLE(J3, 'ja')}

アマゾン ウェブ サービス
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'henshin-nai-baai-mikka-go-jidou', caseId: J4, charset: 'UTF-8', cte: 'quoted-printable',
    note: '「3 日以内にご返信がない場合、本ケースは自動的にクローズされます」',
    from: SUPPORT_NAMED, to: H, cc: HO, subject: supportSubject(J4),
    date: rfcDate(d('2026-01-19T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

岡田でございます。先日お送りしたご確認のお願いにつきまして、その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズされますので、あらかじめご了承ください。

${SIG_JA}
岡田
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'tougou-kanryou-zumi-restate-close-outlook', caseId: J2, trap: true,
    note: '「先日ご案内のとおり統合は完了しておりますので」クローズ: 以前の統合を言い直すだけ (Outlook ja 引用付き)',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-20T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。
先日ご案内のとおり、アカウントの統合およびバッジの移行は完了しておりますので、本ケースはこれをもちましてクローズとさせていただきます。
ご利用いただき、誠にありがとうございました。

${SIG_JA}
小林

${outlookJa(d('2026-01-13T02:00:00Z'), SUPPORT_NAMED, TC, supportSubject(J2))}

山田 太郎 様
Credly のバッジ 2 件についても移行済みとなりました。
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'juufuku-case-shuuyaku-close-utf8', caseId: '1794410203099', trap: true, charset: 'UTF-8', cte: 'base64',
    note: '重複して作成されたケースを元のケースに集約してクローズ: ケースの統合でアカウントの統合ではない',
    from: SUPPORT_NAMED, to: H, subject: supportSubject('1794410203099'),
    date: rfcDate(d('2026-01-06T04:00:00Z'), '+0900'),
    text: `佐藤 花子 様

同じ内容のお問い合わせを 2 件いただいておりましたため、本ケースはケース ${J1} に集約し、クローズいたしました。
今後のご連絡はケース ${J1} にて承ります。

${SIG_JA}
`,
  },

  // ================= support_reply =================
  {
    kind: 'support_reply', lang: 'en', slug: 'us-thank-you-for-confirming-backend', caseId: K1, trap: true,
    note: '"Thank you for confirming" + passed to the backend team + future "once merged": a status reply',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-14T17:00:00Z'), '-0700'),
    text: `Hi Taro,

Thank you for confirming! I've passed your request to our backend team. Once the accounts are
merged you'll get an email from me, usually within 3-5 business days.

${SIG_US}

${gmailEn(d('2026-01-14T03:00:00Z'), `Taro Yamada <${T}>`)}
${quote('YES')}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'uk-unable-to-merge-partner-org', caseId: K2, trap: true,
    note: '"we are unable to merge" while the old profile is tied to a Partner organisation: negated merge',
    from: SUPPORT_NAMED, to: A, subject: supportSubject(K2),
    date: rfcDate(d('2026-01-11T14:00:00Z')),
    text: `Hello Alex,

I'm afraid we are unable to merge the two profiles at the moment. The older one (${AW}) is still
linked to your previous employer's AWS Partner organisation, and that link has to be removed by
their Partner Central admin first. Once it's been removed, the merge can go ahead as normal.

Apologies for the extra step.

${SIG_UK}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'in-not-yet-merged-bear-with-us', caseId: K3, trap: true,
    note: 'Indian-English: "the accounts have not yet been merged", "Kindly bear with us": status, not completion',
    from: SUPPORT, to: P, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-12T09:00:00Z')),
    text: `Dear Priya,

We have received your authorization. Please note the accounts have not yet been merged; the
request is in queue with the concerned team and generally takes 3-5 business days. Kindly bear
with us, we will update you on the same thread once done.

${SIG_IN}

${sfOriginal(d('2026-01-12T03:00:00Z'), P, supportSubject(K3))}

I authorize

${sfRef(1003)}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'ie-consolidated-two-tickets', caseId: K4, trap: true,
    note: 'Irish agent consolidated the two open tickets into this one: merge words about cases, not accounts',
    from: SUPPORT_NAMED, to: M, subject: supportSubject(K4),
    date: rfcDate(d('2026-01-09T11:00:00Z'), '+0100'),
    text: `Hi Maria,

Just to let you know, I noticed you'd a second ticket open about the same thing, so I've
consolidated the two into this one to save you getting mixed messages. No need to do anything;
I'll keep you posted here.

${SIG_IE}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'ph-apologize-delay-once-done-notify', caseId: K5, trap: true,
    note: 'Filipino-English apology for the delay; "once the merging is done, we will notify you" (future)',
    from: SUPPORT_NAMED, to: AW, cc: A, subject: supportSubject(K5),
    date: rfcDate(d('2026-01-09T08:00:00Z')),
    text: `Hi Alex,

We sincerely apologize for the delay. Your request is currently being processed by our backend
team. Once the merging is done, we will notify you right away through this email.

We appreciate your patience and understanding.

${SIG_PH}
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'support-center-updated-forwarded-team', caseId: K6, format: 'alt',
    note: 'Support Center "has been updated" notice whose correspondence only says the request went to the certification team',
    from: AWS_NOREPLY, to: T, subject: `AWS Support case ${K6} has been updated`,
    date: rfcDate(d('2026-01-07T02:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenter(K6, 'Merge two AWS Certification accounts', `Hello,

Thank you for your patience. Certification account changes are handled by the AWS Training and
Certification team, and I have forwarded your case to them. They will reply on this case.

Best regards,
Daniel R.
Amazon Web Services`),
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'us-bottom-posted-voucher-answer', caseId: K1, lf: true,
    note: 'bottom-posted answer below the quoted question: the benefit voucher is kept (answer, no request)',
    from: SUPPORT, to: T, subject: supportSubject(K1),
    date: rfcDate(d('2026-01-12T20:00:00Z'), '-0700'),
    text: `${gmailEn(d('2026-01-12T15:00:00Z'), `Taro Yamada <${T}>`)}
> Quick question before we go ahead: I have an unused 50% voucher on the corp account.
> Will I lose it?

Hi Taro,

No, you won't lose it. Unused benefits move with the certification history, so the voucher will
show under Benefits on the account you keep.

${SIG_US}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'gokakunin-arigatou-tantou-bumon-hikitsugi', caseId: J1, trap: true,
    note: '「ご確認いただきありがとうございます」+ 担当部署へ引き継ぎ: 確認へのお礼で完了ではない',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J1),
    date: rfcDate(d('2026-01-09T08:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。ご確認いただきありがとうございます。
名寄せのご依頼を担当部署へ引き継ぎましたので、作業完了まで今しばらくお待ちくださいませ。

${SIG_JA}
森

${gmailJa(d('2026-01-09T07:00:00Z'), `佐藤 花子 <${H}>`)}
${quote('はい、統合してください。\n\niPhoneから送信')}
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'merge-junban-machi-mada-sjis-qp', caseId: J2, trap: true, charset: 'Shift_JIS', cte: 'quoted-printable',
    note: 'Shift_JIS QP: 「マージ作業は順番待ちで、まだ完了しておりません」: 否定',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-10T09:00:00Z'), '+0900'),
    text: `山田 太郎 様

小林でございます。お問い合わせの件、マージ作業は現在順番待ちとなっており、まだ完了しておりません。
通常 3〜5 営業日程度お時間をいただいておりますので、恐れ入りますがもう少々お待ちください。

${SIG_JA}
小林
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'heigou-itashikaneru-yoyaku-b64', caseId: J4, trap: true, cte: 'base64',
    note: '「現時点では併合いたしかねます」(受験予約が残っているため): 否定 (ISO-2022-JP base64)',
    from: SUPPORT_NAMED, to: H, cc: HO, subject: supportSubject(J4),
    date: rfcDate(d('2026-01-10T01:00:00Z'), '+0900'),
    text: `佐藤 花子 様

岡田でございます。
旧姓のアカウントに 2 月 3 日の受験予約が残っておりますため、現時点では併合いたしかねます。
受験が終わりましたら、本ケースにご返信ください。その時点で改めて手続きを進めてまいります。

${SIG_JA}
岡田
`,
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'support-center-escalation-koushin', caseId: J3, format: 'alt',
    note: 'AWS サポートセンターの更新通知 (multipart ISO-2022-JP): 担当チームへエスカレーションしたという状況報告',
    from: AWS_NOREPLY, to: T, subject: `AWS サポート: ケース ${J3} が更新されました`,
    date: rfcDate(d('2026-01-08T03:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: supportCenterJa(J3, '認定アカウントの統合について', `山田様

お待たせしております。認定アカウントに関するお手続きは AWS トレーニングと認定の専任チームが担当しておりますため、本ケースをエスカレーションいたしました。
専任チームより本ケースにて回答いたします。

アマゾン ウェブ サービス サポート 石井`),
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'betsu-case-ippon-ka-hikitsuzuki', caseId: J1, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: '別に作成されたケースを本ケースに一本化した旨: ケースの一本化でアカウントではない',
    from: SUPPORT_NAMED, to: H, subject: supportSubject(J1),
    date: rfcDate(d('2026-01-06T05:00:00Z'), '+0900'),
    text: `佐藤 花子 様

森でございます。
別途お送りいただいたお問い合わせ (ケース 1794410203099) は、本ケースに一本化いたしました。
以降のやり取りは本ケースにて承りますので、どうぞよろしくお願いいたします。

${SIG_JA}
森
`,
  },

  // ================= unrelated =================
  {
    kind: 'unrelated', lang: 'en', slug: 'survey-did-we-resolve-case', caseId: K2, trap: true, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'satisfaction survey "Did we resolve your issue?" with the case number: a survey, not a closing notice',
    from: 'AWS Training and Certification <survey@amazon.com>', to: A, subject: `Tell us how we did on case ${K2}`,
    date: rfcDate(d('2026-01-21T16:00:00Z')), headers: ['Auto-Submitted: auto-generated', 'List-Unsubscribe: <mailto:unsubscribe-survey@amazon.com>'],
    text: `Hi Alex,

Your case ${K2} was recently marked resolved. Did we resolve your issue?

  ★★★★★  https://survey.amazon.com/s/${K2}?r=5
  ★☆☆☆☆  https://survey.amazon.com/s/${K2}?r=1

It takes under a minute. Thank you for helping us improve.
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-google-cloud-earned-badge', caseId: null, trap: true, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'Credly "You\'ve earned a badge" from Google Cloud: another issuer',
    from: 'Google Cloud via Credly <admin@credly.com>', to: P, subject: 'You\'ve earned a badge from Google Cloud',
    date: rfcDate(d('2026-01-15T18:00:00Z')),
    text: `Congratulations, Priya!

You've earned a badge from Google Cloud:
Professional Cloud Architect

Accept badge: https://www.credly.com/badges/9d8e7f6a-5b4c-3d2e-1f0a-abcdef123456

Credly, Inc.
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-databricks-claim-your-badges', caseId: null, trap: true, format: 'html', charset: 'UTF-8',
    note: 'HTML-only Credly "Claim your badges" from Databricks: another issuer',
    from: 'Databricks via Credly <admin@credly.com>', to: T, subject: 'Claim your badges from Databricks',
    date: rfcDate(d('2026-01-16T18:00:00Z')),
    html: `<html><body style="font-family:Helvetica">
<h2>Taro, you have 2 new badges</h2>
<p>Databricks issued these badges to ${T}:</p>
<ul><li>Databricks Certified Data Engineer Associate</li><li>Generative AI Fundamentals</li></ul>
<p><a href="https://www.credly.com/earner/earned">Claim your badges</a></p>
<p style="font-size:11px">Credly, Inc.</p>
</body></html>`,
    text: 'Claim your badges',
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'credly-account-merge-verification-code', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code (merging Credly profiles, not the AWS case)',
    from: 'Credly <admin@credly.com>', to: A, subject: 'Your Credly account merge verification code',
    date: rfcDate(d('2026-01-17T08:00:00Z')),
    text: `Hi Alex,

Someone asked to merge the Credly account ${AW} into ${A}.
Enter this code to confirm the merge: 482 915

The code expires in 30 minutes. If you didn't ask for this, ignore this email.

The Credly Team
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'exam-result-status-completed', caseId: null, trap: true,
    note: 'exam result notice ("status: completed", "your transcript has been updated"): not the merge',
    from: 'AWS Certification <no-reply@aws.training>', to: M, subject: 'Your AWS Certification exam result is available',
    date: rfcDate(d('2026-01-18T20:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello Maria Garcia,

Your result for AWS Certified Machine Learning Engineer - Associate is now available.

Exam status: Completed
Result: PASS
Score: 812

Your transcript has been updated. Sign in to the certification portal to view your score report.
Your digital badge will be issued by Credly within 5 business days.

AWS Certification
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'skill-builder-course-completed', caseId: null, trap: true, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'AWS Skill Builder "You\'ve completed" a course: completion of something else',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: AW, subject: 'Congratulations! You\'ve completed Exam Prep: AWS Certified Solutions Architect',
    date: rfcDate(d('2026-01-08T19:00:00Z')),
    text: `Great work, Alex!

You've completed Exam Prep Enhanced Course: AWS Certified Solutions Architect – Associate.
Your completion certificate is ready in My learning > Transcript.

Keep going: https://skillbuilder.aws/learn
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'billing-payment-completed-receipt', caseId: null, trap: true,
    note: 'AWS billing "Your payment has been completed" receipt for a voucher purchase',
    from: 'Amazon Web Services <aws-receivables-support@email.amazon.com>', to: T, subject: 'Payment completed: AWS Certification exam voucher',
    date: rfcDate(d('2026-01-05T10:00:00Z')),
    text: `Hello,

Your payment has been completed.

Item: AWS Certification exam voucher (1)
Amount: USD 150.00
Payment method: Visa ending 4242
Order ID: 112-8844203-5531907

Please keep this receipt for your records.

Amazon Web Services
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'community-day-confirm-registration', caseId: null, trap: true, format: 'alt', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'event marketing: "confirm your registration", "data merged from your profile", certification lounge',
    from: 'AWS Events <aws-events@amazon.com>', to: M, subject: 'Action needed: confirm your registration for AWS Community Day Madrid',
    date: rfcDate(d('2026-01-07T08:00:00Z'), '+0100'), headers: ['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>', 'Precedence: bulk'],
    text: `Hola Maria,

Thanks for signing up for AWS Community Day Madrid. Please confirm your registration to keep
your seat: https://aws.amazon.com/events/community-day/madrid/confirm

Your attendee details were merged from your AWS Builder ID profile. Certified? Visit the
Certification Lounge and collect a sticker.

AWS Events
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'ie-agent-out-of-office-merge-requests', caseId: K4, trap: true,
    note: 'agent out-of-office auto-reply on the case mentioning "merge requests": automatic reply',
    from: SUPPORT_NAMED, to: M, subject: `Automatic reply: ${supportSubject(K4)}`,
    date: rfcDate(d('2026-01-12T18:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `Hi there,

I'm out of the office until Monday 19 January with limited access to email. Your message has
been received and a colleague will pick up any account merge requests in the meantime.

Aoife
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'user-sent-i-authorize-iphone', caseId: K3, trap: true, deliveredTo: null, auth: 'none',
    note: 'the user\'s own sent reply "I authorize" from iPhone, quoting the consent request',
    from: `Priya N <${P}>`, to: SUPPORT, subject: supportSubject(K3),
    date: rfcDate(d('2026-01-12T03:00:00Z')),
    text: `I authorize

Sent from my iPhone

> On 11-Jan-2026, at 12:00 PM, ${SUPPORT} wrote:
>
> Kindly reply 'I authorize' on this email so that we can go ahead with the merge.
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'credly-snowflake-hakkou-oshirase', caseId: null, trap: true, format: 'alt', charset: 'UTF-8', cte: 'base64',
    note: 'Credly (Snowflake) の「バッジ発行のお知らせ」: AWS 以外の発行者',
    from: 'Snowflake via Credly <admin@credly.com>', to: H, subject: 'Snowflakeのバッジ発行のお知らせ',
    date: rfcDate(d('2026-01-11T03:00:00Z'), '+0900'),
    text: `佐藤 花子 さん

Snowflake から新しいバッジが発行されました。

SnowPro Core Certification

バッジを入手する: https://www.credly.com/badges/11223344-5566-7788-99aa-bbccddeeff00

Credly, Inc.
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'shiken-kekka-goukaku-rireki-koushin', caseId: null, trap: true,
    note: '試験結果のお知らせ (合格、受験履歴を更新しました): 統合とは無関係',
    from: 'AWS Certification <no-reply@aws.training>', to: TC, subject: '【AWS 認定】試験結果のお知らせ',
    date: rfcDate(d('2026-01-16T09:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `山田 太郎 様

AWS Certified Security - Specialty の試験結果が確定しました。

結果: 合格
受験履歴を更新しました。認定ポータルにサインインしてスコアレポートをご確認ください。
デジタルバッジは 5 営業日以内に Credly から発行されます。

AWS 認定
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'tantousha-fuzai-jidou-outou-case', caseId: J2, trap: true, headers: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: '担当者の不在自動応答 (ケース件名、統合の語を含む)',
    from: SUPPORT_NAMED, to: TC, subject: `自動応答: ${supportSubject(J2)}`,
    date: rfcDate(d('2026-01-10T10:00:00Z'), '+0900'),
    text: `このメールは自動応答です。

小林は 1 月 13 日 (火) まで不在にしております。
アカウント統合に関するお問い合わせは、別の担当者が順次対応いたします。

AWS トレーニングと認定 カスタマーサポート
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'builders-online-sanka-touroku-kakunin', caseId: null, trap: true, charset: 'UTF-8', cte: 'quoted-printable',
    note: 'イベント案内「参加登録のご確認」「データ統合」セッション: マーケティング',
    from: 'AWS Japan イベント事務局 <aws-jp-events@amazon.com>', to: T, subject: '【参加登録のご確認】AWS Builders Online Series',
    date: rfcDate(d('2026-01-06T01:00:00Z'), '+0900'), headers: ['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>', 'Precedence: bulk'],
    text: `山田 太郎 様

AWS Builders Online Series へのお申し込みが完了しました。
当日は「データ統合入門」「AWS 認定取得のコツ」などのセッションをお届けします。

参加用 URL は開催前日にお送りします。内容をご確認のうえ、当日お待ちしております。

AWS Japan イベント事務局
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'jibun-fwd-kojin-ate-kanryou', caseId: J2, trap: true, auth: 'none', deliveredTo: T,
    note: '利用者が会社アドレスから個人アドレスへ転送した統合完了メール: 本人のメール',
    from: `山田 太郎 <${TC}>`, to: T, subject: `Fwd: ${supportSubject(J2)}`,
    date: rfcDate(d('2026-01-11T10:00:00Z'), '+0900'),
    text: `念のため個人アドレスにも転送。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT}>
Date: 2026年1月11日(日) 17:00
Subject: ${supportSubject(J2)}
To: <${TC}>

山田様

小林です。AWS22003344 の併合処理が終わりました。
認定資格 2 件と特典は AWS22001111 に移っています。
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'skill-builder-koushin-kanryou-seikyuu', caseId: null, trap: true, charset: 'UTF-8', cte: 'base64',
    note: 'Skill Builder サブスクリプションの更新完了・請求のお知らせ: 「完了」だが無関係',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>', to: H, subject: 'AWS Skill Builder サブスクリプションの更新が完了しました',
    date: rfcDate(d('2026-01-15T00:00:00Z'), '+0900'),
    text: `佐藤 花子 様

AWS Skill Builder Individual サブスクリプションの更新が完了しました。

ご請求金額: 4,350 円 (税込)
次回更新日: 2026 年 2 月 15 日

ご利用明細は「アカウント設定」からご確認いただけます。
`,
  },

  // ================= a few more shapes =================
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'nihongo-eigo-heiki-original-message', caseId: J2, charset: 'UTF-8', cte: 'quoted-printable',
    note: '日本語の本文に英訳を併記した同意依頼 (「同意します」と返信)、-----Original Message----- の引用付き',
    from: SUPPORT_NAMED, to: TC, subject: supportSubject(J2),
    date: rfcDate(d('2026-01-10T03:00:00Z'), '+0900'),
    text: `山田 太郎 様

AWS22003344 を AWS22001111 へ統合いたします。統合は取り消しできません。
ご同意いただける場合は「同意します」とご返信ください。

(English follows)
We will merge AWS22003344 into AWS22001111. This cannot be undone.
If you agree, please reply "I agree".

${SIG_JA}

${originalMsg(d('2026-01-09T09:00:00Z'), `山田 太郎 <${TC}>`, SUPPORT, supportSubject(J2))}

併合元: AWS22003344 / ${TC}
併合先: AWS22001111 / ${T}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'ie-badges-reissued-original-message', caseId: K4,
    note: 'Irish agent: "Your badges have been reissued to" the kept address; classic -----Original Message----- quote',
    from: SUPPORT_NAMED, to: M, subject: supportSubject(K4),
    date: rfcDate(d('2026-01-15T10:30:00Z'), '+0100'),
    text: `Hi Maria,

Sorry about that, you were right. Your badges have been reissued to ${M}, so you'll get a couple
of emails from Credly in the next hour or so. Once you accept them they'll be on your profile.

${SIG_IE}

${originalMsg(d('2026-01-14T20:00:00Z'), `Maria Garcia <${M}>`, SUPPORT, supportSubject(K4))}

Hi Aoife, thanks! The certs are all there now, but Credly still has my badges under the uni email.
`,
  },
  {
    kind: 'case_closed', lang: 'en', slug: 'status-resolved-html-only-card', caseId: K4, format: 'html', charset: 'UTF-8',
    note: 'HTML-only status card "Case status: Resolved", no merge mentioned',
    from: SUPPORT_NAMED, to: M, subject: `Case ${K4} - status changed to Resolved`,
    date: rfcDate(d('2026-01-22T09:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    html: `<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ddd"><tr><td style="padding:16px">
<p style="font-size:12px;color:#687078">AWS Training and Certification</p>
<p><b>Case ${K4}</b></p>
<p>Status: <span style="color:#1d8102">Resolved</span></p>
<p>This case has been closed. If you need more help, reply within 14 days to reopen it.</p>
</td></tr></table>
</body></html>`,
    text: `Case ${K4}`,
  },
];
