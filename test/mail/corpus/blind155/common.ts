// Shared people, addresses, case IDs and quoting helpers for the ex set
// (voice: requests and confirmations carried out through a link, button, form or portal).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseUrl = (id: string): string => `https://support.aws.amazon.com/#/case/?displayId=${id}&language=ja`;
export const caseUrlEn = (id: string): string => `https://support.aws.amazon.com/#/case/?displayId=${id}`;

// people: only the addresses in lib.ts USER_ADDRS belong to the mailbox owner
export const KEN = { ja: '高橋 健', en: 'Ken Takahashi', keep: 'ken.takahashi@example.jp', src: 'k-takahashi@oldco.example.co.jp', keepId: 'AWS04417729', srcId: 'AWS91320586' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura@example.com', src: 'm.nakamura@agency.example.co.jp', keepId: 'AWS27708341', srcId: 'AWS66051923' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS38812055', srcId: 'AWS50274413' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS71146092', srcId: 'AWS12985370' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS80733216', srcId: 'AWS34519087' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@formerco.example', keepId: 'AWS59021744', srcId: 'AWS23380561' };
export const JONAS = { name: 'Jonas Weber', keep: 'jonas.weber@example.de', src: 'j.weber@agency.example.com', keepId: 'AWS67452298', srcId: 'AWS40816635' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'm.garcia@campus.example.edu', keepId: 'AWS95507120', srcId: 'AWS18843376' };

export const CASE = {
  ken: '17790214563',
  kenOther: '17790388120',
  misaki: '1781046629',
  taro: '178230559104',
  hanako: '1779913308',
  hanakoDup: '1779920451',
  alex: '1783320047719',
  priya: '17801566423',
  jonas: '178455120390',
  maria: '1786021437',
  exam: '17866123409',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00DE0Kx7R._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const button = (href: string, label: string, color = '#ec7211'): string =>
  `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:${color};border-radius:4px;padding:10px 22px"><a href="${href}" style="color:#ffffff;text-decoration:none;font-weight:bold">${esc(label)}</a></td></tr></table>`;
export const page = (title: string, inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n${inner}\n</body></html>`;

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  caseId: string | null;
  subject: string;
  at: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  enc: Enc;
  to: string;
  from?: string;
  cc?: string;
  auth?: Auth;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  text?: string;
  html?: string;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  resent?: Msg['resent'];
  ctExtra?: string;
}

export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return {
    ...rest,
    from: s.from ?? SUPPORT,
    auth: s.auth ?? 'pass',
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    trap: s.trap ?? false,
    date: rfcDate(at, tz ?? '+0000'),
  };
}
