// Set ev: people with three or four AWS Certification accounts, merged in stages.
import { addrOf, domainOf, USER_ADDRS, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// Kenichi: university, two employers, personal (keeps personal)
export const KEN = {
  ja: '中村 健一',
  en: 'Kenichi Nakamura',
  keep: 'kenichi.nakamura@example.net',
  uni: 'k.nakamura@stu.univ-example.ac.jp',
  alpha: 'nakamura@alpha-sys.example.co.jp',
  beta: 'ken.nakamura@beta-cloud.example.jp',
  keepId: 'AWS30051872',
  uniId: 'AWS71124409',
  alphaId: 'AWS52290614',
  betaId: 'AWS86603125',
};
// Misaki: university, employer, personal (keeps personal)
export const MISAKI = {
  ja: '森 美咲',
  en: 'Misaki Mori',
  keep: 'misaki.mori@example.jp',
  uni: 'm-mori@gakubu.example.ac.jp',
  corp: 'mori.misaki@gamma-tech.example.co.jp',
  keepId: 'AWS44019876',
  uniId: 'AWS10938254',
  corpId: 'AWS67720391',
};
// Jordan: university, two employers, personal
export const JORDAN = {
  name: 'Jordan Lee',
  keep: 'jordan.lee@example.org',
  uni: 'jlee17@state.example.edu',
  first: 'jordan.lee@firstjob.example.com',
  second: 'jlee@secondjob.example.io',
  keepId: 'AWS22871045',
  uniId: 'AWS90412277',
  firstId: 'AWS35560918',
  secondId: 'AWS61183402',
};
// Sam: college, employer, personal
export const SAM = {
  name: 'Sam Okafor',
  keep: 'sam.okafor@example.com',
  uni: 'sokafor@college.example.edu',
  corp: 'sam.o@northwind.example.net',
  keepId: 'AWS58830216',
  uniId: 'AWS14475093',
  corpId: 'AWS73309841',
};

export const CASE = {
  ken: '1780412235',
  ken2: '17804498812',
  kenDup: '1780415590',
  misaki: '17834920571',
  misaki2: '178352204419',
  jordan: '1786620341977',
  jordanDup: '1786620399012',
  sam: '178300457712',
  sam2: '17830911054',
  other: '1779012288',
} as const;

export const KEN_FROM = `${KEN.ja} <${KEN.keep}>`;
export const MISAKI_FROM = `${MISAKI.ja} <${MISAKI.keep}>`;
export const JORDAN_TO = `${JORDAN.name} <${JORDAN.keep}>`;
export const SAM_TO = `${SAM.name} <${SAM.keep}>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginalJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

/**
 * A message spec: the fields that change per message. Trusted and forUser are
 * derived here from the *intended* shape (auth flavour, From domain, recipients);
 * generate.ts re-derives them from the written bytes and stops on disagreement.
 */
export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  trap?: boolean;
  note: string;
  from?: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
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
  resent?: Msg['resent'];
  ctExtra?: string;
}

export function mk(s: Spec): Msg {
  const from = s.from ?? SUPPORT;
  const auth = s.auth ?? 'pass';
  const dom = domainOf(from);
  const trusted = (auth === 'pass' || auth === 'dkimonly') && TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const rcpts = [...addrOf(s.to), ...(s.cc ? addrOf(s.cc) : []), ...(s.deliveredTo ? [s.deliveredTo] : [])];
  const forUser = !s.resent && rcpts.some((a) => USER_ADDRS.includes(a));
  return { ...s, from, auth, trusted, forUser, trap: s.trap ?? false };
}
