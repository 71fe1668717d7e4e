// ej set: people, addresses, case IDs and small helpers. Voice: abbreviations and shorthand.
import { addrOf, domainOf, rfcDate, USER_ADDRS, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.ne.jp', src: 'k-ito@corp-b.example.co.jp', keepId: 'AWS40771925', srcId: 'AWS83310264' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@contractor.example.io', keepId: 'AWS65092217', srcId: 'AWS27740385' };

// support case IDs used by this set (10-13 digits)
export const C = {
  taro: '1781144092',
  taroOld: '17799230415',
  hanako: '178306615527',
  kenji: '1784490237',
  kenji2: '17845012886',
  alex: '1785520463019',
  priya: '1786039915',
  sam: '178714002368',
  samDup: '1787140551',
  misc: '1779002314',
  team: '1779340021',
  taroCorp: '1778815520',
  alexOld: '1778301146',
  refund: '1778420097',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const gmJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n\n${q(body)}`;

export const ref = (seed: string): string => `ref:_00D30Hj4K._500Rt${seed}:ref`;

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
  caseId: string | null;
  trap: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  /** 'YYYY-MM-DD hh:mm:ss' local */
  at: string;
  tz?: string;
  auth?: Auth;
  enc: Enc;
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
  resent?: { from: string; to: string; date: string };
  ctExtra?: string;
}

/** Fill the label fields the guide derives from headers: trusted (auth shape + From domain) and forUser. */
export function mk(s: Spec): Msg {
  const auth = s.auth ?? 'pass';
  const dom = domainOf(s.from);
  const trustedDom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const trusted = (auth === 'pass' || auth === 'dkimonly') && trustedDom;
  const rcpt = s.rcpt ?? addrOf(s.to)[0];
  const addrs = [...addrOf(s.to), ...(s.cc ? addrOf(s.cc) : []), ...(s.deliveredTo === null || s.resent ? [] : [s.deliveredTo ?? rcpt ?? ''])];
  const forUser = !s.resent && addrs.some((a) => USER_ADDRS.includes(a));
  const { at, tz, ...rest } = s;
  return { ...rest, auth, trusted, forUser, date: rfcDate(at, tz ?? (s.lang === 'ja' ? '+0900' : '+0000')) };
}
