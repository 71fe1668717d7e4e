// Batch 6: "confirm" used for other things (info requests, completion checks), HTML replies with
// Gmail/Outlook markup in Japanese, Microsoft-style Authentication-Results, a portal notice.
import { ackSubject, AWS_NOREPLY, gmailJa, quote, rfcDate, type Spec, SUPPORT, SUPPORT_NAMED, supportSubject } from './lib.js';

const T = 'taro.personal@example.com';
const TC = 'taro@corp.example.co.jp';
const H = 'hanako.sato@example.jp';
const A = 'alex.kim@example.com';
const P = 'priya.n@example.org';
const M = 'maria.garcia@example.es';
const d = (iso: string) => new Date(iso);
const SIG_JA = 'AWS トレーニングと認定 カスタマーサポート';
const SIG = 'Best regards,\n\nAWS Training and Certification Customer Support';
const L1 = '1781234500001'; // Maria
const L2 = '178100220033'; // 山田
const L3 = '17815566001'; // Priya

export const batch6: Spec[] = [
  {
    kind: 'info_request', lang: 'en', slug: 'confirm-which-email-to-keep', caseId: L1, trap: true,
    note: '"please confirm the email address you\'d like to keep" - confirm asks for information, not for the merge',
    from: SUPPORT, to: M, subject: supportSubject(L1), date: rfcDate(d('2025-12-10T10:00:00Z'), '+0100'),
    text: `Hello María,

Thanks for your message. Please confirm the email address you'd like to keep as your login;
you mentioned two different ones in the form and in your email.

${SIG}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'confirm-access-old-mailbox', caseId: L1, trap: true,
    note: '"Could you confirm whether you still have access" - a question, not the merge confirmation',
    from: SUPPORT, to: M, subject: supportSubject(L1), date: rfcDate(d('2025-12-11T10:00:00Z'), '+0100'),
    text: `Hello María,

Could you confirm whether you still have access to maria@uni.example.es? If not, tell us the
last four digits of the phone number on that profile instead.

${SIG}
`,
  },
  {
    kind: 'info_request', lang: 'en', slug: 'once-you-provide-we-will-merge', caseId: L1, trap: true,
    note: 'info request that says "once you provide these we will merge" (future merge words)',
    from: SUPPORT, to: M, subject: supportSubject(L1), date: rfcDate(d('2025-12-12T10:00:00Z'), '+0100'),
    text: `Hello María,

Thank you. Once you provide the candidate ID of the university account, we will merge it into
AWS77000111 and send you a summary to approve.

${SIG}
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'completed-please-confirm-looks-right', caseId: L1, trap: true,
    note: 'completion that asks the customer to confirm all looks right (confirm word, still a completion)',
    from: SUPPORT, to: M, subject: supportSubject(L1), date: rfcDate(d('2025-12-15T10:00:00Z'), '+0100'),
    text: `Hello María,

We've finished moving the university account into AWS77000111. Please sign in and confirm that
everything looks right; if something is missing, reply here.

${SIG}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'gokakunin-no-ue-oshirase-address', caseId: L2, trap: true,
    note: '「ご確認のうえお知らせください」: 残すアドレスを尋ねる情報依頼 (統合の確認ではない)', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(L2), date: rfcDate(d('2025-12-10T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

AWS トレーニングと認定の吉田でございます。
フォームとメールで異なるアドレスが記載されておりましたので、今後サインインに使用されるメールアドレスをご確認のうえお知らせください。

${SIG_JA}
吉田
`,
  },
  {
    kind: 'merge_completed', lang: 'ja', slug: 'kanryou-gokakunin-kudasai', caseId: L2, trap: true,
    note: '統合完了 + 「表示をご確認ください」(確認の語を含む完了通知)', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(L2), date: rfcDate(d('2025-12-12T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

吉田でございます。AWS07654321 の統合作業が終わりました。
お手数ですが、AWS01234567 でサインインし、認定 2 件と特典が表示されているかご確認ください。

${SIG_JA}
`,
  },
  {
    kind: 'info_request', lang: 'ja', slug: 'teikyou-shidai-tougou', caseId: L3, trap: true,
    note: '「ご提供いただけ次第、統合いたします」: 情報依頼 (未来の統合)', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(L3), date: rfcDate(d('2025-12-10T03:00:00Z'), '+0900'),
    text: `Priya N 様

高橋でございます。統合元アカウントの候補者 ID をご提供いただけ次第、統合いたします。
候補者 ID は認定証右上、またはプロフィール画面に記載されております。

${SIG_JA}
`,
  },
  {
    kind: 'confirmation_request', lang: 'ja', slug: 'html-gmail-quote-ja', caseId: L3, format: 'html', charset: 'UTF-8', cte: 'quoted-printable',
    note: 'HTML のみ: 新しい本文が確認依頼、gmail_quote にお客様の返信', from: SUPPORT_NAMED, to: P,
    subject: supportSubject(L3), date: rfcDate(d('2025-12-11T03:00:00Z'), '+0900'),
    html: `<html><body><div dir="ltr">
<div>Priya N 様</div><br>
<div>高橋でございます。候補者 ID をありがとうございます。</div>
<div>AWS55500987 を AWS55500011 に統合する準備ができました。元に戻せない操作のため、ご了承いただける場合は「了承しました」とご返信ください。</div><br>
<div>${SIG_JA}</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年12月10日(水) 20:00 Priya N &lt;${P}&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div>高橋様</div><div>統合元の候補者 ID は AWS55500987 です。</div></blockquote></div>
</body></html>`,
    text: '了承しました',
  },
  {
    kind: 'support_reply', lang: 'ja', slug: 'html-outlook-divrply-ja', caseId: L2, format: 'html', charset: 'ISO-2022-JP',
    note: 'HTML のみ (ISO-2022-JP、Outlook divRplyFwdMsg): 進捗報告、引用部に統合完了の語', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(L2), date: rfcDate(d('2025-12-11T06:00:00Z'), '+0900'),
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<div>山田 太郎 様</div><div>吉田でございます。現在、担当チームにて作業中です。明日中には結果をお知らせできる見込みです。</div>
<div>${SIG_JA}</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>差出人:</b> 山田 太郎 &lt;${T}&gt;<br><b>送信日時:</b> 2025年12月11日 9:00<br><b>宛先:</b> ${SUPPORT}<br><b>件名:</b> ${supportSubject(L2)}</div>
<div>吉田様<br>統合は完了しましたでしょうか。</div>
</body></html>`,
    text: '現在、担当チームにて作業中です',
  },
  {
    kind: 'acknowledgement', lang: 'en', slug: 'microsoft-style-ar-no-authserv', caseId: L1, auth: 'none',
    headers: ['Authentication-Results: spf=pass (sender IP is 54.240.8.10) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified) header.d=amazon.com;dmarc=pass action=none header.from=amazon.com;compauth=pass reason=100'],
    note: 'only a Microsoft-style Authentication-Results without authserv-id (not our server): untrusted here',
    from: SUPPORT_NAMED, to: M, subject: ackSubject(L1), date: rfcDate(d('2025-12-09T09:00:00Z'), '+0100'),
    text: `Hello,

We have received your case ${L1}. A member of our team will respond within 24 hours.
Please do not create a new case for this request.

AWS Training and Certification Customer Support
`,
  },
  {
    kind: 'merge_completed', lang: 'en', slug: 'portal-merge-accounts-success', caseId: null, from: 'AWS Certification <no-reply@aws.training>', to: A,
    note: 'certification portal notice after a merge: "Your accounts have been merged" (no case ID)', subject: 'Your AWS Certification accounts have been merged',
    date: rfcDate(d('2025-12-12T17:00:00Z'), '-0700'), headers: ['Auto-Submitted: auto-generated'],
    text: `Hello Alex Kim,

Your AWS Certification accounts have been merged. Your certifications, exam history and
benefits are now available in the account registered to ${A}.

AWS Training and Certification
`,
  },
  {
    kind: 'ai_answer', lang: 'ja', slug: 'yaku-ni-tachimashitaka', caseId: null, charset: 'UTF-8', cte: 'quoted-printable',
    note: '自動回答 「この回答は役に立ちましたか?」', from: AWS_NOREPLY, to: TC,
    subject: 'お問い合わせに対する自動回答', date: rfcDate(d('2025-12-09T23:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `※これは生成 AI による自動回答です。

退職などでメールアドレスが使えなくなる場合は、早めに個人のアドレスのアカウントへ統合することをおすすめします。
両方のアカウントに認定がある場合、統合はサポートで行います。「ケースを作成」からご依頼ください。

この回答は役に立ちましたか? [はい] [いいえ]
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'ai-answer-multipart-repost-links', caseId: null, format: 'alt', charset: 'UTF-8',
    note: 'AI answer with re:Post links (multipart)', from: AWS_NOREPLY, to: M,
    subject: 'AI-generated answer: transfer certifications to a new email', date: rfcDate(d('2025-12-09T08:00:00Z'), '+0100'), headers: ['Auto-Submitted: auto-generated'],
    text: `AI-generated answer. Please double-check before acting.

Certifications can't be transferred by changing an email address. Instead, merge the old
account into one registered with your new email (Profile > Merge Accounts). Related:
- re:Post: "Merge two AWS Certification accounts"
- AWS Certification FAQ: "Can I change my email address?"

Create a case if you need a person to help.
`,
  },
  {
    kind: 'ai_answer', lang: 'en', slug: 'ai-answer-lf-plain', caseId: null, lf: true,
    note: 'automated answer (LF line ends)', from: AWS_NOREPLY, to: P,
    subject: 'Answer from AWS virtual assistant', date: rfcDate(d('2025-12-10T08:00:00Z')), headers: ['Auto-Submitted: auto-generated'],
    text: `Hi, I'm the AWS virtual assistant. I can't merge accounts myself, but you can: use Merge Accounts in
your AWS Certification profile. If both accounts hold certifications, I'll connect you with the
support team when you choose Create case.
`,
  },
  {
    kind: 'acknowledgement', lang: 'ja', slug: 'information-you-provided-ja-en', caseId: L3, trap: true, charset: 'UTF-8', cte: 'base64',
    note: '受付通知に英語見出し "Information you provided:" と日本語の控え', from: AWS_NOREPLY, to: P,
    subject: `ケース ${L3} を受け付けました`, date: rfcDate(d('2025-12-09T01:00:00Z'), '+0900'), headers: ['Auto-Submitted: auto-generated'],
    text: `お問い合わせを受け付けました。ケース ID: ${L3}

Information you provided: / ご入力内容:
  氏名: Priya N
  候補者 ID: AWS55500011
  内容: 認定アカウントの統合

担当者より 1〜2 営業日以内にご連絡いたします。同じ内容のケースを新たに作成しないでください。
`,
  },
  {
    kind: 'support_reply', lang: 'en', slug: 'we-received-your-confirmation', caseId: L3, trap: true,
    note: '"We have received your confirmation" and the merge is queued', from: SUPPORT, to: P,
    subject: supportSubject(L3), date: rfcDate(d('2025-12-11T09:00:00Z')),
    text: `Hi Priya,

We have received your confirmation, thank you. The merge is now queued and should be finished
within two business days.

${SIG}
`,
  },
  {
    kind: 'case_closed', lang: 'ja', slug: 'four-level-thread-close', caseId: L2,
    note: '4 段の引用スレッドの上に短いクローズ通知', from: SUPPORT_NAMED, to: T,
    subject: supportSubject(L2), date: rfcDate(d('2025-12-16T02:00:00Z'), '+0900'),
    text: `山田 太郎 様

吉田でございます。ご確認ありがとうございました。本ケースはこれにてクローズいたします。

${SIG_JA}

${gmailJa(d('2025-12-15T12:00:00Z'), `山田 太郎 <${T}>`)}
${quote(`吉田様
表示を確認しました。ありがとうございました。

${gmailJa(d('2025-12-12T02:00:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote(`AWS07654321 の統合作業が終わりました。

${gmailJa(d('2025-12-11T13:00:00Z'), `山田 太郎 <${T}>`)}
${quote(`お願いします。

${gmailJa(d('2025-12-11T03:00:00Z'), `AWS Training and Certification <${SUPPORT}>`)}
${quote('統合してよろしいでしょうか。')}`)}`)}`)}
`,
  },
  {
    kind: 'badges_transferred', lang: 'en', slug: 'support-badges-moved-plus-close', caseId: L1,
    note: 'support: badges moved, and the case will be closed (badges news is the new fact)', from: SUPPORT, to: M,
    subject: supportSubject(L1), date: rfcDate(d('2025-12-17T10:00:00Z'), '+0100'),
    text: `Hello María,

Your three badges have now been moved to ${M} on Credly as well. With that, everything on this
request is done and I'll close the case.

${SIG}
`,
  },
  {
    kind: 'unrelated', lang: 'en', slug: 'recert-reminder-expiring', caseId: null,
    note: 'recertification reminder (expiry), unrelated to the case', from: 'AWS Certification <no-reply@aws.training>', to: T,
    subject: 'Your AWS Certification expires in 90 days', date: rfcDate(d('2025-12-14T16:00:00Z')),
    text: `Hello Taro,

Your AWS Certified Solutions Architect - Associate expires on 2026-04-01. Recertify by passing the
current exam; your 50% discount benefit is available in your account.

AWS Training and Certification
`,
  },
  {
    kind: 'unrelated', lang: 'ja', slug: 'shinsei-kanryou-voucher-kounyuu', caseId: null, trap: true, charset: 'UTF-8', cte: 'base64',
    note: 'バウチャー購入の「お手続きが完了しました」', from: 'AWS Training and Certification <no-reply@aws.training>', to: H,
    subject: '試験バウチャーのご購入手続きが完了しました', date: rfcDate(d('2025-12-13T02:00:00Z'), '+0900'),
    text: `佐藤 花子 様

試験バウチャーのご購入手続きが完了しました。

注文番号: VC-20251213-0042
数量: 1

AWS Training and Certification
`,
  },
  {
    kind: 'confirmation_request', lang: 'en', slug: 'addressed-to-colleague-cc-none', caseId: '1780001112223', deliveredTo: null,
    note: 'confirmation request to a colleague, no user address anywhere: forUser false', from: SUPPORT, to: 'Jiro Suzuki <jiro.suzuki@corp.example.co.jp>',
    subject: supportSubject('1780001112223'), date: rfcDate(d('2025-12-12T03:00:00Z')),
    text: `Hello Jiro,

Please reply "I agree" to let us combine your two certification accounts. This is permanent.

${SIG}
`,
  },
];
