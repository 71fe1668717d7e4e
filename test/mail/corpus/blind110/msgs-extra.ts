// Additional messages of the de set (mostly traps), Japanese and English.
import type { Msg } from './lib.js';
import { ALEX, AWS_NOTIFY, CASE, HANAKO, MARIA, PRIYA, SUPPORT, TARO, formSubject, gmailJa, mk, quote } from './common.js';

const T = CASE.taro;
const H = CASE.hanako;
const H2 = CASE.hanako2;

export const EXTRA: Msg[] = [
  mk({
    slug: 'x-ja-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', at: '2026-03-20 02:00:00', trap: true,
    from: 'Credly <support@credly.com>', to: TARO.keep,
    subject: 'Credly アカウント統合の確認コード',
    note: "Credly's own account-merge verification code: unrelated",
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。

  確認コード: 731604

このコードの有効期限は 30 分です。心当たりがない場合は無視してください。`,
  }),
  mk({
    slug: 'x-ja-user-consent-sent', kind: 'unrelated', lang: 'ja', caseId: H, enc: 'jis7', at: '2026-02-15 22:01:00', tz: '+0900', trap: true,
    from: `${HANAKO.ja} <${HANAKO.keep}>`, to: SUPPORT, auth: 'none', trusted: false, deliveredTo: HANAKO.keep,
    subject: formSubject(H),
    note: "the user's own Y reply to the consent form (copy in her mailbox): unrelated",
    text: `山本様

返信欄:  Y

上記のとおり、統合に同意いたします。よろしくお願いいたします。
佐藤`,
  }),
  mk({
    slug: 'x-ja-univ-badge', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', at: '2026-05-01 09:00:00', tz: '+0900', trap: true,
    from: 'Example University via Credly <admin@credly.com>', to: HANAKO.keep,
    subject: 'Example Universityのバッジ発行のお知らせ',
    note: "a university's Credly badge, not AWS: unrelated",
    text: `佐藤 花子 さん
Example University から「データサイエンス基礎」のバッジが発行されました。
バッジを入手する https://www.credly.com/go/univ`,
  }),
  mk({
    slug: 'x-ja-billing-paid', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', at: '2026-04-03 00:00:00', trap: true,
    from: 'Amazon Web Services <aws-billing@aws.amazon.com>', to: TARO.keep,
    subject: 'お支払い手続き完了のお知らせ',
    note: 'billing payment completed notice: unrelated',
    text: `AWS アカウント 1234-5678-9012 のお支払いが完了しました。

  請求月: 2026年3月
  金額: USD 3.42
  状態: 支払い済み`,
  }),
  mk({
    slug: 'x-ja-reply-forged-below', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'utf8b64', at: '2026-03-08 12:00:00', tz: '+0900',
    from: SUPPORT, to: TARO.keep, auth: 'forgedBelow', trusted: false,
    subject: formSubject(T),
    note: 'status-style reply whose only pass A-R sits below the Received line: untrusted',
    text: `山田様

現在、担当チームにて対応中です。進捗は下記ページでもご確認いただけます。
https://aws-case-status.example.net/${T}

中村`,
  }),
  mk({
    slug: 'x-ja-reply-form-received', kind: 'support_reply', lang: 'ja', caseId: H2, enc: 'sjisb64', at: '2026-07-09 20:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H2),
    note: 'human note that the filled form was received and is being checked; receipt words, no new request',
    text: `佐藤様

ご記入いただいた内容を受領しました。ありがとうございます、現在登録情報と照らし合わせております。
結果がわかりしだい、こちらからご連絡いたします。

井上

${gmailJa('2026年7月9日(木) 19:30', HANAKO.ja, HANAKO.keep)}
> 残すアカウント: ${HANAKO.keepId}
> メールアドレス: ${HANAKO.keep}`,
  }),
  mk({
    slug: 'x-ja-closed-dup-case', kind: 'case_closed', lang: 'ja', caseId: CASE.hanakoDup, enc: 'jisb64', at: '2026-02-12 14:05:00', tz: '+0900', trap: true,
    from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `ケース ${CASE.hanakoDup} がクローズされました`,
    note: 'the duplicate case is closed after the cases were merged (not the accounts)',
    text: `ケース ${CASE.hanakoDup} は、重複したケースとして別のケースに統合されたため、クローズされました。

  ケース ID : ${CASE.hanakoDup}
  理由     : 重複
  状況     : クローズ`,
  }),
  mk({
    slug: 'x-ja-user-mobile-reply', kind: 'unrelated', lang: 'ja', caseId: T, enc: 'utf8b64', at: '2026-03-07 12:44:00', tz: '+0900', trap: true,
    from: `${TARO.ja} <${TARO.keep}>`, to: SUPPORT, auth: 'none', trusted: false, deliveredTo: TARO.keep,
    subject: `Re: ${formSubject(T)}`,
    note: "the user's own mobile reply ticking the consent boxes: unrelated",
    text: `[x] 統合後は元に戻せないことを理解しました
[x] 統合元アカウントにはサインインできなくなることを理解しました
[x] 上記の内容で統合を進めることに同意します

iPhoneから送信`,
  }),
  mk({
    slug: 'x-ja-merged-mixed', kind: 'merge_completed', lang: 'ja', caseId: '1770418823', enc: 'utf8qp', at: '2026-08-20 10:00:00', tz: '+0900',
    from: AWS_NOTIFY, to: 'taro@corp.example.co.jp',
    subject: `[Case 1770418823] Update`,
    note: 'Japanese new text with English boilerplate: the accounts are now one',
    text: `This is an update to your AWS Support case 1770418823.

お客様の二つの認定アカウントは、本日付けで ${TARO.keepId} に一本化されました。以後はこの ID でサインインしてください。

To reply, please use the Support Center.`,
  }),
  mk({
    slug: 'x-ja-unrel-refund-closed', kind: 'unrelated', lang: 'ja', caseId: '1775500021', enc: 'sjis8', at: '2026-04-15 10:00:00', tz: '+0900', trap: true,
    from: SUPPORT, to: TARO.keep,
    subject: formSubject('1775500021'),
    note: 'closing of the other case about an exam refund: unrelated',
    text: `山田様

受験料の返金処理が完了しましたので、本ケースはクローズいたします。
カードへの反映には数日かかる場合がございます。

小池`,
  }),
  mk({
    slug: 'x-ja-info-html-form', kind: 'info_request', lang: 'ja', caseId: '1781102234', enc: 'utf8b64', at: '2026-08-25 09:00:00', tz: '+0900',
    from: SUPPORT, to: HANAKO.src, extra: [`X-Original-To: ${HANAKO.src}`],
    subject: formSubject('1781102234'),
    note: 'HTML form with empty cells asking for both accounts details',
    html: `<html><body><p>佐藤様</p><p>お手数ですが、下の表の空欄をご記入のうえ返信してください。</p>
<table border="1"><tr><th></th><th>旧アカウント</th><th>新アカウント</th></tr>
<tr><td>認定ID</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>メールアドレス</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>
<p>AWS トレーニングと認定</p></body></html>`,
  }),
  mk({
    slug: 'x-ja-conf-mobile-short', kind: 'confirmation_request', lang: 'ja', caseId: T2(), enc: 'jis7', at: '2026-05-21 10:00:00', tz: '+0900',
    from: SUPPORT, to: TARO.src,
    subject: formSubject(T2()),
    note: 'short consent request: reply 「はい」 to proceed, irreversible',
    text: `山田様
統合は取り消せません。このまま進めてよろしければ「はい」とだけ返信してください。
小林`,
  }),
  mk({
    slug: 'x-en-ooo-agent', kind: 'unrelated', lang: 'en', caseId: A(), enc: 'ascii7', at: '2026-01-10 08:00:00', trap: true,
    from: `${ALEX.name} <${ALEX.src}>`, to: SUPPORT, cc: ALEX.keep, auth: 'none', trusted: false,
    extra: ['Auto-Submitted: auto-replied'],
    subject: `Automatic reply: ${formSubject(A())}`,
    note: "auto-reply from the user's work mailbox mentioning the merge form",
    text: `I'm away until Jan 19. If this is about my certification account merge form, I'll complete it when I'm back.`,
  }),
  mk({
    slug: 'x-en-reply-misaligned', kind: 'support_reply', lang: 'en', caseId: CASE.priya, enc: 'ascii7', at: '2026-02-06 12:00:00',
    from: SUPPORT, to: PRIYA.keep, auth: 'misaligned', trusted: false,
    subject: formSubject(CASE.priya),
    note: 'status reply with misaligned DKIM and dmarc=fail: untrusted',
    text: `Hi Priya, your request is still being worked on. Track it at https://case-tracker.example.net/ . Daniel`,
  }),
  mk({
    slug: 'x-en-unrel-sb-case', kind: 'unrelated', lang: 'en', caseId: '1789900123', enc: 'utf8qp', at: '2026-06-02 00:00:00', trap: true,
    from: AWS_NOTIFY, to: MARIA.keep,
    subject: 'We received your request [Case ID 1789900123]',
    note: 'receipt of another case that states its topic: a Skill Builder subscription refund',
    text: `Thanks for contacting us. Case 1789900123 has been opened.

Your submission
  Topic: AWS Skill Builder subscription
  Issue: Cancel and refund Team subscription`,
  }),
  mk({
    slug: 'x-en-info-confirm-email', kind: 'info_request', lang: 'en', caseId: M(), enc: 'utf8b64', at: '2026-03-15 09:00:00', trap: true,
    from: SUPPORT, to: MARIA.keep,
    subject: formSubject(M()),
    note: '"please confirm the e-mail address you keep" asks for information',
    text: `Hello Maria,

In your form, line (a) was left blank. Please confirm which e-mail address you'd like to keep so we can continue.

Sofia

${quote(`a) Keep ${MARIA.keep} as the surviving account? (Y/N) ___\nb) Candidate ID on the university account: ${MARIA.srcId}`)}`,
  }),
];

function T2(): string {
  return CASE.taro2;
}
function A(): string {
  return CASE.alex;
}
function M(): string {
  return CASE.maria;
}
void PRIYA;
