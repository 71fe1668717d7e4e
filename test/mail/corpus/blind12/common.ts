// Shared people, addresses, boilerplate and quoting helpers for heldout/k.
// Adapted from blind1/common.ts: new personas, case IDs and candidate IDs.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: every address below is in lib.ts USER_ADDRS
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura@example.ne.jp', src: 'nakamura.kenichi@oldcorp.example.co.jp', mobile: 'ken-n.0815@mobile.example.ne.jp', keepId: 'AWS03918264', srcId: 'AWS71530029' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.jp', src: 'm-takahashi@partner.example.co.jp', keepId: 'AWS44120587', srcId: 'AWS90361742' };
export const DAI = { ja: '林 大輔', en: 'Daisuke Hayashi', keep: 'd.hayashi@example.com', src: 'hayashi@startup.example.io', keepId: 'AWS58802316', srcId: 'AWS27719405' };
export const YUI = { ja: '小林 結衣', en: 'Yui Kobayashi', keep: 'yui.kobayashi@example.org', src: 'kobayashi.yui@campus.example.ac.jp', keepId: 'AWS66091473', srcId: 'AWS12850396' };
export const BEN = { name: 'Ben Okafor', keep: 'ben.okafor@example.net', src: 'bokafor@contractor.example.com', keepId: 'AWS80447215', srcId: 'AWS35996108' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 'sofia.l@university.example.edu', keepId: 'AWS29173650', srcId: 'AWS74408821' };
export const TOM = { name: 'Tom Becker', keep: 'tbecker@example.de', src: 'thomas.becker@agency.example.com', keepId: 'AWS51637094', srcId: 'AWS08815532' };

// not the user's
export const COLLEAGUE_JA = '鈴木 航 <suzuki.w@oldcorp.example.co.jp>';
export const HELPDESK_JA = '情報システム部 <it-helpdesk@oldcorp.example.co.jp>';
export const MANAGER_EN = 'Rachel Nguyen <r.nguyen@contractor.example.com>';
export const TEAM_LIST = 'Platform Ops <ops-team@startup.example.io>';

// support case IDs (10–13 digits)
export const CASE = {
  ken: '1781402236',
  kenDup: '1781409957',
  ken2: '178144105523',
  misaki: '17902631148',
  dai: '1795520083417',
  yui: '18011394720',
  ben: '1774890312',
  ben2: '177491066084',
  sofia: '179933017625',
  tom: '17840556301',
  tomDup: '1784061178',
} as const;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00Dk0Hw3Ta._500${seed}:ref`;

/** Japanese Gmail quote header */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** English Gmail quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

// signatures and legal footers (often longer than the message)
export const SIG_EN = (agent: string): string => `Best regards,

${agent}
AWS Training and Certification Customer Support
Amazon Web Services

To contact us again about this case, reply to this email. Please keep the case number in the subject line.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.`;

export const SIG_JA = (agent: string): string => `何卒よろしくお願い申し上げます。

${agent}
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社

本メールに返信いただくことで、引き続き本ケースにてやり取りが可能です。件名のケース番号は変更しないでください。
本メールは送信専用アドレスではありませんが、営業時間外のご返信は翌営業日以降の対応となります。
このメッセージには機密情報が含まれている場合があります。誤って受信された場合は、破棄していただきますようお願いいたします。`;

export const LEGAL_LONG_EN = `This email may contain confidential or privileged information. If you received it in error, please notify the sender and delete it. Do not forward, copy or disclose its contents.

Amazon Web Services, Inc. and its affiliates respect your privacy. For more information, see the AWS Privacy Notice at https://aws.amazon.com/privacy/. To manage the email you receive from AWS Training and Certification, visit your preferences page. Please do not reply to automated messages; replies to this address are not monitored.

(c) 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.`;

export const LEGAL_LONG_JA = `※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
※本メールにお心当たりのない場合は、お手数ですが破棄してください。
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
プライバシー規約: https://aws.amazon.com/jp/privacy/
(c) 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved.`;

export const CREDLY_FOOTER_EN = `You are receiving this email because you earned a badge issued through Credly. Credly, 13355 Noel Rd, Suite 1100, Dallas, TX 75240, USA. Privacy Policy | Terms of Use | Unsubscribe from badge notifications`;
export const CREDLY_FOOTER_JA = `このメールは、Credly を通じて発行されたバッジに関するお知らせです。Credly, 13355 Noel Rd, Suite 1100, Dallas, TX 75240, USA
プライバシーポリシー | 利用規約 | 配信停止`;

/** shorthand for a support reply on the case */
type Base = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'date' | 'enc'> & Partial<Msg>;
export function sup(p: Base & { to: string }): Msg {
  return {
    trusted: true,
    forUser: true,
    trap: false,
    from: SUPPORT,
    subject: formSubject(p.caseId ?? ''),
    auth: 'pass',
    ...p,
  } as Msg;
}
export function other(p: Base & { from: string; to: string; subject: string; auth: Msg['auth']; trusted: boolean }): Msg {
  return { forUser: true, trap: false, ...p } as Msg;
}

export const H = (title: string, body: string, lang: 'ja' | 'en' = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>${esc(title)}</title>\n</head>\n<body style="margin:0;padding:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">\n<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60" height="36"></td></tr>\n<tr><td style="padding:24px;font-size:14px;line-height:1.6;color:#16191f">\n${body}\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>`;

export const BUTTON = (href: string, label: string, color = '#ec7211'): string =>
  `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:${color};border-radius:4px;padding:10px 22px"><a href="${href}" style="color:#ffffff;text-decoration:none;font-weight:bold">${esc(label)}</a></td></tr></table>`;
