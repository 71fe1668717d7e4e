// Set "er": people, case IDs and helpers. Voice: contrast and comparison.
import { addrOf, domainOf, rfcDate, trustedDomain, USER_ADDRS, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森 健司', en: 'Kenji Mori', keep: 'kenji.mori@example.net', src: 'k.mori@works.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS58102947' };
export const YUI = { ja: '石川 結衣', en: 'Yui Ishikawa', keep: 'yui.ishikawa@example.jp', src: 'yui.i@legacy-corp.example.com', keepId: 'AWS22039176', srcId: 'AWS69914028' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@fabrikam.example.org', keepId: 'AWS31750942', srcId: 'AWS88420317' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@tu-campus.example.edu', keepId: 'AWS90215564', srcId: 'AWS12093385' };
// not the user
export const TANAKA = '田中 誠 <m.tanaka@works.example.co.jp>';
export const RAVI = 'Ravi Shah <ravi.shah@fabrikam.example.org>';

export const C = {
  kenji: '1774201583',
  kenjiOld: '1741120087',
  kenjiDup: '1774209914',
  yui: '17801247763',
  yuiOther: '17795500214',
  yuiDup: '17801290035',
  sam: '1776630942',
  samOld: '1752208816',
  samOther: '1779034455',
  lena: '178500331297',
  lenaDup: '1785004410',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;

export const outlookJa = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${toA}\n件名: ${subject}\n\n${body}`;

export const outlookEn = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${q(body)}`;

export const refTag = (seed: string): string => `ref:_00Dxx1Er._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export interface Spec {
  slug: string;
  kind: Kind;
  trap?: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  d: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  auth?: Auth;
  enc: Enc;
  caseId: string | null;
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
  /** expected trust/forUser as the writer intends them; checked against the bytes in generate.ts */
  trusted?: boolean;
  forUser?: boolean;
}

export function mk(lang: 'ja' | 'en', s: Spec): Msg {
  const auth = s.auth ?? 'pass';
  const trusted = s.trusted ?? ((auth === 'pass' || auth === 'dkimonly') && trustedDomain(domainOf(s.from)));
  const forUser =
    s.forUser ?? (!s.resent && [s.to, s.cc ?? '', s.deliveredTo ?? '', s.rcpt ?? ''].flatMap(addrOf).some((a) => USER_ADDRS.includes(a)));
  const { d, tz, ...rest } = s;
  return {
    ...rest,
    slug: `er-${lang}-${s.slug}`,
    lang,
    auth,
    trusted,
    forUser,
    trap: s.trap ?? false,
    date: rfcDate(d, tz ?? (lang === 'ja' ? '+0900' : '+0000')),
  };
}
