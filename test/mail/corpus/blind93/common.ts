// Shared people, senders, disclaimers and quoting helpers for the cn set
// (voice: identity, privacy and compliance around account merges).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const NOTIFY_JA = 'アマゾン ウェブ サービス <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const PORTAL_JA = 'AWS 認定 <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const TRUST_TEAM = 'AWS T&C Account Integrity <cert-integrity@support.aws.com>';
export const LEGAL = 'AWS Privacy and Legal <privacy-legal@amazon.com>';

export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjPlain = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', roma: 'SUZUKI KENICHI', keep: 'ken.suzuki@example.jp', src: 'k-suzuki@legacy-corp.example.co.jp', keepId: 'AWS30271945', srcId: 'AWS81620357' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', roma: 'TAKAHASHI MISAKI', keep: 'misaki.t@example.net', src: 'takahashi.m@univ.example.ac.jp', keepId: 'AWS44810263', srcId: 'AWS07735190' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', roma: 'ITO SHO', keep: 'sho.ito@example.com', src: 's.ito@bigsi.example.co.jp', keepId: 'AWS59013384', srcId: 'AWS26648071' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS61850427', srcId: 'AWS38294016' };
export const EMMA = { name: 'Emma Schmidt', keep: 'emma.schmidt@example.de', src: 'e.schmidt@firma.example.de', keepId: 'AWS90412286', srcId: 'AWS13379058' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'd.okafor@example.co.uk', src: 'daniel.okafor@consult.example.com', keepId: 'AWS75530912', srcId: 'AWS48107763' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS52287140', srcId: 'AWS66019325' };

export const CASE = {
  ken: '177340928815',
  kenRefund: '1771234409',
  misaki: '1768802214',
  misakiDup: '1768807730',
  sho: '17791035562',
  hanako: '1766030118452',
  emma: '1775566012843',
  emmaDsar: '1775571100926',
  daniel: '17810244790',
  alex: '1769953302',
  alexBooking: '17702219864',
} as const;

export const D = (local: string, tz = '+0000'): string => rfcDate(local, tz);

type Base = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>;
export function mk(p: Base & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>): Msg {
  return { trusted: true, forUser: true, trap: false, auth: 'pass', ...p };
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- quote headers ----
export const gmailJa = (when: string, who: string, addr: string, body: string): string => `${when} ${who} <${addr}>:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, addr: string, body: string): string => `On ${when} ${who} <${addr}> wrote:\n\n${q(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfQuote = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfQuoteJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送メッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const ref = (seed: string): string => `[ref:!00Dq0Kb.!500Vx${seed}:ref]`;

// ---- privacy / compliance boilerplate, several house styles ----
export const APPI_JA_LONG = `【個人情報の取扱いについて】
本メールに記載されたお客様の個人情報は、個人情報の保護に関する法律(個人情報保護法)および
Amazon Web Services のプライバシー規約に基づき、お問い合わせへの対応および本人確認の目的に限って
利用いたします。ご本人の同意なく第三者に提供することはございません。
ご本人確認ができない場合、アカウントに関する情報の開示・変更はお受けいたしかねますので、
あらかじめご了承ください。`;

export const APPI_JA_SHORT = `※当窓口では、ご本人様からのご依頼であることを確認できた場合に限り、認定アカウントに関する手続きを行っております。他のお客様のアカウント情報についてはお答えできません。`;

export const CONFID_JA = `―――――――――――――――――――――――――――――
このメールには機密情報が含まれている場合があります。
宛先に誤りがある場合は、お手数ですが本メールを破棄し、送信者までお知らせください。
本メールの全部または一部を無断で複製・転送・開示することは固く禁じられています。
―――――――――――――――――――――――――――――`;

export const SENDONLY_JA = `※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。`;

export const GDPR_EN_LONG = `PRIVACY NOTICE: Personal data you share with AWS Training and Certification in the course of
this support case (including names, e-mail addresses, candidate identifiers and exam history)
is processed by Amazon Web Services, Inc. and its affiliates for the purpose of handling your
request and verifying your identity. Where the EU General Data Protection Regulation (GDPR)
or the UK GDPR applies, you have the right to access, rectify or erase your personal data and
to object to certain processing. We do not disclose information about an account to anyone
other than its verified owner. For more information see the AWS Privacy Notice.`;

export const CONFID_EN = `CONFIDENTIALITY: This message and any attachments are intended solely for the addressee and may
contain confidential or privileged information. If you received it in error, please notify the
sender and delete it. Any unauthorised review, use, disclosure or distribution is prohibited.`;

export const NOREPLY_EN = `This is an automated message sent from an unmonitored address. Please do not reply directly.`;

export const BILINGUAL_FOOT = `Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
本メッセージは Amazon Web Services, Inc. により送信されました。410 Terry Avenue North, Seattle, WA 98109-5210`;

export const CREDLY_PRIVACY_EN = `You are receiving this email because a badge was issued to this address. Credly's Privacy
Policy explains how your information is collected and used. Credly, 13187 Hwy 15, Suite 400,
Denver, CO 80202 (c) Credly, Inc.`;
export const CREDLY_PRIVACY_JA = `このメールは、このアドレス宛にバッジが発行されたため送信されています。お客様の情報の取扱いについては Credly のプライバシーポリシーをご覧ください。(c) Credly, Inc.`;
