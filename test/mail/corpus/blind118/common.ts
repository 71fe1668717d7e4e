// Shared people, cases, agents and helpers for the dm set ("many hands on one case").
import { domainOf, rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// users (their addresses are in lib.ts USER_ADDRS)
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura@example.jp', src: 'm-nakamura@oldco.example.co.jp', keepId: 'AWS40918273', srcId: 'AWS77120356' };
export const DAISUKE = { ja: '井上 大輔', en: 'Daisuke Inoue', keep: 'd.inoue@example.net', src: 'inoue@corp-a.example.co.jp', keepId: 'AWS58820147', srcId: 'AWS30019468' };
export const CHIHIRO = { ja: '小林 千尋', en: 'Chihiro Kobayashi', keep: 'chihiro.k@example.com', src: 'c.kobayashi@univ.example.ac.jp', keepId: 'AWS61290035', srcId: 'AWS24408816' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@contractor.example.org', keepId: 'AWS90412267', srcId: 'AWS13370592' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS70033158', srcId: 'AWS45561920' };

export const CASE = {
  misaki: '1781904523',
  misakiDup: '1781907719',
  misakiRefund: '1784439201207',
  daisuke: '17836620471',
  chihiro: '178801532906',
  sam: '1779312084',
  samExam: '1785120934',
  samDup: '1779318870',
  lena: '17905541238',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by the support tool */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq7L._500${seed}:ref`;
/** Outlook (Japanese UI) header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif">\n${inner}\n</body></html>`;

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  trap: boolean;
  note: string;
  to: string;
  subject: string;
  /** local time and zone */
  at: [string, string];
  enc: Enc;
  from?: string;
  auth?: Auth;
  forUser?: boolean;
  cc?: string;
  text?: string;
  html?: string;
  extra?: Msg['extra'];
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  resent?: Msg['resent'];
  inReplyTo?: string;
  references?: string;
  ctExtra?: string;
}

/** fills defaults; the trust label follows the guide: a passing top A-R and a trusted From domain */
export function mk(s: Spec): Msg {
  const from = s.from ?? SUPPORT;
  const auth = s.auth ?? 'pass';
  const dom = domainOf(from);
  const trustedDom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const { at, ...rest } = s;
  return {
    ...rest,
    from,
    auth,
    trusted: (auth === 'pass' || auth === 'dkimonly') && trustedDom,
    forUser: s.forUser ?? true,
    date: rfcDate(at[0], at[1]),
  };
}
