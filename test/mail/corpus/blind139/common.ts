// People, addresses, quote helpers and a message factory for the eh set
// (run-on sentences and nested clauses).
import { domainOf, rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30581746', srcId: 'AWS71204983' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS26640918', srcId: 'AWS90312275' };
export const MORI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.net', src: 'mori.k@oldwork.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS82930417' };
export const SAM = { name: 'Sam Ortiz', keep: 'sam.ortiz@example.com', src: 's.ortiz@formerco.example', keepId: 'AWS57702918', srcId: 'AWS13380642' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS64419250', srcId: 'AWS28057731' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS75523106', srcId: 'AWS30964487' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS81137462', srcId: 'AWS44690318' };

// support case IDs (10-13 digits)
export const CASE = {
  taro: '17804415392',
  taroDup: '17804419970',
  hanako: '1776203958',
  hanako2: '1779931204417',
  mori: '178230644819',
  moriOther: '178230990012',
  sam: '1781556302',
  alex: '17746682093',
  priya: '1783300471265',
  priyaOther: '1783300598814',
  maria: '177912038845',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when}, ${name} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  when: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  enc: Enc;
  caseId: string | null;
  trap?: boolean;
  auth?: Auth;
  forUser?: boolean;
  text?: string;
  html?: string;
  extra?: Partial<Msg>;
}

/** Fill defaults; trusted follows from the auth shape and From domain, forUser is stated. */
export function mk(s: Spec): Msg {
  const auth = s.auth ?? 'pass';
  const dom = domainOf(s.from);
  const trusted = (auth === 'pass' || auth === 'dkimonly') && TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from,
    to: s.to,
    ...(s.cc !== undefined ? { cc: s.cc } : {}),
    subject: s.subject,
    date: rfcDate(s.when, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: s.enc,
    ...(s.text !== undefined ? { text: s.text } : {}),
    ...(s.html !== undefined ? { html: s.html } : {}),
    ...(s.extra ?? {}),
  };
  return m;
}
