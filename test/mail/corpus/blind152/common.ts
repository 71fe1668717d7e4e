// Set eu: people, addresses, quoting helpers and a compact message factory.
import { domainOf, rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT = 'AWS Support <no-reply@support.aws.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (addresses listed in lib.ts USER_ADDRS)
export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.jp', src: 'k-suzuki@oldcorp2.example.co.jp', keepId: 'AWS40917262', srcId: 'AWS77103458' };
export const MISAKI = { ja: '田中 美咲', en: 'Misaki Tanaka', keep: 'misaki.tanaka@example.com', src: 'tanaka.m@corp-b.example.jp', keepId: 'AWS18830475', srcId: 'AWS90266114' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.t@example.ne.jp', src: 'takahashi.sho@gakko.example.ac.jp', keepId: 'AWS52004983', srcId: 'AWS36619027' };
export const DANA = { name: 'Dana Whitfield', keep: 'dana.w@example.com', src: 'dwhitfield@formerco.example', keepId: 'AWS61150729', srcId: 'AWS24478813' };
export const OMAR = { name: 'Omar Haddad', keep: 'omar.haddad@example.org', src: 'ohaddad@startup.example.io', keepId: 'AWS83391046', srcId: 'AWS05527381' };

export const CASE = {
  ken: '17834402918',
  kenDup: '1783441077',
  kenRefund: '178120955603',
  misaki: '1776203358841',
  misakiExam: '17760099132',
  sho: '1791184630',
  dana: '177508812346',
  danaDup: '17750902211',
  danaVoucher: '1769915530',
  omar: '18011672035',
  omarBilling: '1800558823147',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Japanese Gmail quote header + quoted body */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** English Gmail quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
/** Japanese Outlook header block (not '>'-quoted) */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const trustedDomain = (d: string): boolean => TRUSTED.some((t) => d === t || d.endsWith('.' + t));

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  enc: Enc;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  caseId: string | null;
  note: string;
  trap?: boolean;
  /** local time 'YYYY-MM-DD hh:mm:ss' */
  at: string;
  tz?: string;
  auth?: Auth;
  text?: string;
  html?: string;
  /** label says forUser false; checked against the bytes */
  notForUser?: boolean;
  rest?: Partial<Msg>;
}

/** builds a Msg; trusted is derived from the intended trace shape and From domain (then re-checked on the bytes) */
export function mk(s: Spec): Msg {
  const dom = domainOf(s.from);
  const auth: Auth = s.auth ?? (trustedDomain(dom) ? 'pass' : 'none');
  const trusted = (auth === 'pass' || auth === 'dkimonly') && trustedDomain(dom);
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser: !s.notForUser,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from,
    to: s.to,
    ...(s.cc !== undefined ? { cc: s.cc } : {}),
    subject: s.subject,
    date: rfcDate(s.at, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: s.enc,
    ...(s.text !== undefined ? { text: s.text } : {}),
    ...(s.html !== undefined ? { html: s.html } : {}),
    ...(s.rest ?? {}),
  };
  return m;
}
