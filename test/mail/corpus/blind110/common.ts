// Shared people, addresses and helpers for the de (forms) set.
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people (only the addresses from labeling.md are the user's)
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' };

// support case IDs (10–13 digits)
export const CASE = {
  taro: '17758302946',
  taro2: '176001234599',
  hanako: '1769240158',
  hanakoDup: '1769244471',
  hanako2: '1764418820913',
  alex: '1772650019384',
  alexDup: '1790034512',
  priya: '174402938117',
  priya2: '18023345671',
  maria: '17811230456',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const TARO_REQUEST_JA = `AWS認定アカウントの統合をお願いいたします。
統合先: ${TARO.keepId} (${TARO.keep})
統合元: ${TARO.srcId} (${TARO.src})
退職に伴い、個人のアカウントに資格をまとめたいと考えております。
氏名: 山田 太郎 / 会社名: Example Corp`;

export const HANAKO_REQUEST_JA = `お世話になっております。佐藤と申します。
転職前の会社のメールアドレスで作成した認定アカウントと、個人のアカウントを1つにまとめたいです。
残したいアカウント: ${HANAKO.keep}
まとめたいアカウント: ${HANAKO.src}
よろしくお願いいたします。`;

export const ALEX_REQUEST = `I would like to merge my AWS certification accounts.
Account #1 (keep): ${ALEX.keep} / ${ALEX.keepId}
Account #2: ${ALEX.src} / ${ALEX.srcId}
Please proceed with the merge process.`;

export const PRIYA_REQUEST = `Hello, I have two AWS Certification accounts because I changed employers.
I'd like everything under ${PRIYA.keep}. The old one used ${PRIYA.src}.
Thanks, Priya`;

export const MARIA_REQUEST = `Hi, I took my first AWS exam with my university email (${MARIA.src}) and the second one with my personal email (${MARIA.keep}). Can you combine both into the personal one? Thank you.`;

import { rfcDate, type Msg } from './lib.js';

/** a message with the usual defaults: from support, to the kept address, trusted, for the user, no trap */
export type Draft = Omit<Msg, 'from' | 'to' | 'date' | 'auth' | 'trusted' | 'forUser' | 'trap' | 'caseId'> &
  Partial<Pick<Msg, 'from' | 'to' | 'auth' | 'trusted' | 'forUser' | 'trap' | 'caseId'>> & { at: string; tz?: string };
export function mk(d: Draft): Msg {
  const { at, tz, ...rest } = d;
  return {
    from: SUPPORT,
    to: TARO.keep,
    auth: 'pass',
    trusted: true,
    forUser: true,
    trap: false,
    caseId: null,
    ...rest,
    date: rfcDate(at, tz ?? '+0000'),
  };
}

/** Japanese Gmail quote header */
export const gmailJa = (when: string, who: string, addr: string): string => `${when} ${who} <${addr}>:`;
/** Outlook Japanese header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
