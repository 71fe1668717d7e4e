// dd: shared people, case IDs, senders and a small message factory.
import { addrOf, domainOf, rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' };

export const CASE = {
  taro: '17790412835',
  hanako: '1781156402',
  hanakoDup: '1781159930',
  taroOther: '178822019044',
  alex: '1779300418265',
  priya: '178004417720',
  maria: '17812299034',
  mariaOther: '1783390021',
} as const;

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const USERS = ['taro.personal@example.com', 'taro@corp.example.co.jp', 'hanako.sato@example.jp', 'hanako@oldcorp.example.com', 'alex.kim@example.com', 'a.kim@work.example.net', 'priya.n@example.org', 'maria.garcia@example.es', 'mgarcia@uni.example.edu'];

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  subject: string;
  when: string; // 'YYYY-MM-DD HH:MM:SS'
  enc: Enc;
  text?: string;
  html?: string;
  from?: string;
  to?: string;
  cc?: string;
  caseId?: string | null;
  trap?: boolean;
  auth?: Auth;
  trusted?: boolean;
  forUser?: boolean;
  tz?: string;
  extra?: string[];
  resent?: Msg['resent'];
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  deliveredTo?: string | null;
  relay?: string;
}

/** Labels default from the guide's rules as I intend them; generate.ts re-checks them on the bytes. */
export function mk(s: Spec): Msg {
  const from = s.from ?? SUPPORT;
  const to = s.to ?? TARO.keep;
  const auth = s.auth ?? 'pass';
  const dom = domainOf(from);
  const okDom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const trusted = s.trusted ?? ((auth === 'pass' || auth === 'dkimonly') && okDom);
  const rcpts = [...addrOf(to), ...(s.cc ? addrOf(s.cc) : []), ...(s.deliveredTo ? [s.deliveredTo] : [])];
  const forUser = s.forUser ?? (!s.resent && rcpts.some((a) => USERS.includes(a)));
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser,
    caseId: s.caseId === undefined ? null : s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from,
    to,
    subject: s.subject,
    date: rfcDate(s.when, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: s.enc,
  };
  if (s.cc) m.cc = s.cc;
  if (s.text !== undefined) m.text = s.text;
  if (s.html !== undefined) m.html = s.html;
  if (s.extra) m.extra = s.extra;
  if (s.resent) m.resent = s.resent;
  if (s.hdr) m.hdr = s.hdr;
  if (s.wholeSubject) m.wholeSubject = true;
  if (s.crlf === false) m.crlf = false;
  if (s.deliveredTo !== undefined) m.deliveredTo = s.deliveredTo;
  if (s.relay) m.relay = s.relay;
  return m;
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const TARO_ASK = `AWS認定アカウントの統合をお願いします。
残す方: ${TARO.keepId} / ${TARO.keep}
まとめる方: ${TARO.srcId} / ${TARO.src}
山田`;

export const HANAKO_ASK = `お世話になります。佐藤です。
前職のアドレス(${HANAKO.src})の認定アカウントを、${HANAKO.keep} のほうへ寄せていただけますか。
よろしくお願いします。`;

export const ALEX_ASK = `Hi team, two certification accounts here, please combine them.
keep: ${ALEX.keep} (${ALEX.keepId})
merge in: ${ALEX.src} (${ALEX.srcId})
-- Alex`;
