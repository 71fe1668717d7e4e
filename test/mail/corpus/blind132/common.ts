// Set ea: people, case IDs, a compact message constructor and quoting helpers.
import { addrOf, domainOf, rfcDate, TRUSTED, USER_ADDRS, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30571942', srcId: 'AWS84412067' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS61190825', srcId: 'AWS27736410' };
export const KENJI = { ja: '森 健二', keep: 'kenji.mori@example.jp', src: 'mori.kenji@corp2.example.co.jp', keepId: 'AWS90023318', srcId: 'AWS45107796' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS12867703', srcId: 'AWS58304419' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS73350086', srcId: 'AWS06617252' };
export const SAM = { name: 'Sam Ortiz', keep: 'sam.ortiz@example.net', src: 'sortiz@formerco.example.com', keepId: 'AWS44021958', srcId: 'AWS39950127' };

export const C = {
  taro: '17460028193',
  hanako: '1768830417',
  kenji: '176540092817',
  kenjiDup: '1765400977',
  alex: '1779021564',
  priya: '177310049262',
  sam: '1781174033',
  refund: '17700551239',
  exam: '1774480012',
  billing: '178230014456',
} as const;

export interface Spec {
  kind: Kind;
  trap?: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  d: string; // local time 'YYYY-MM-DD HH:MM:SS'
  tz?: string;
  caseId: string | null;
  text?: string;
  html?: string;
  auth?: Auth;
  enc?: Enc;
  trusted?: boolean;
  forUser?: boolean;
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

const trustedDom = (d: string): boolean => TRUSTED.some((t) => d === t || d.endsWith('.' + t));

/** Builds a Msg; trusted/forUser default to what the headers we ask for imply (generate.ts re-checks them on the bytes). */
export function mk(lang: 'ja' | 'en', slug: string, s: Spec, defEnc: Enc): Msg {
  const auth = s.auth ?? 'pass';
  const trusted = s.trusted ?? ((auth === 'pass' || auth === 'dkimonly') && trustedDom(domainOf(s.from)));
  const rcpts = [...addrOf(s.to), ...(s.cc ? addrOf(s.cc) : []), ...(s.deliveredTo ? [s.deliveredTo] : [])];
  const forUser = s.forUser ?? (!s.resent && rcpts.some((a) => USER_ADDRS.includes(a)));
  const { d, tz, enc, ...rest } = s;
  return {
    ...rest,
    slug,
    lang,
    trap: s.trap ?? false,
    trusted,
    forUser,
    date: rfcDate(d, tz ?? (lang === 'ja' && !trustedDom(domainOf(s.from)) ? '+0900' : '+0000')),
    auth,
    enc: enc ?? defEnc,
  };
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, addr: string, body: string): string => `${when} ${who} <${addr}>:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, addr: string, body: string): string => `On ${when} ${who} <${addr}> wrote:\n${q(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Kx7A._500Vt${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, head = ''): string =>
  `<html><head><meta charset="utf-8">${head}</head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

// earlier mail that replies quote
export const TARO_ASK = `AWS認定アカウントの統合をお願いします。\n残すアカウント: ${TARO.keepId} / ${TARO.keep}\n統合元: ${TARO.srcId} / ${TARO.src}\n転職のため、会社のアドレスのアカウントをまとめたいです。`;
export const HANAKO_ASK = `いつもお世話になっております。佐藤です。\n旧勤務先のアドレス(${HANAKO.src})で受験した認定を、${HANAKO.keep} のアカウントへ移していただきたく存じます。`;
export const KENJI_ASK = `認定アカウントが2つあるので1つにまとめてほしいです。\n候補ID ${KENJI.keepId}(こちらを残す)と ${KENJI.srcId} です。`;
export const ALEX_ASK = `Hi, I ended up with two certification accounts (${ALEX.keepId} and ${ALEX.srcId}). Please fold the second into ${ALEX.keep}.`;
export const PRIYA_ASK = `Hello - my old employer address ${PRIYA.src} holds my SAA, and my personal one ${PRIYA.keep} holds the rest. Could they be combined under the personal one?`;
export const SAM_ASK = `Need help merging two AWS Certification profiles. Keep: ${SAM.keep} (${SAM.keepId}). Retire: ${SAM.src} (${SAM.srcId}).`;
