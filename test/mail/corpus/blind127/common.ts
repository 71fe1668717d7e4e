// dv: people, senders and a small message factory. Voice: easy words (やさしい日本語 / beginner English).
import { rfcDate, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's people (addresses are in lib.ts USER_ADDRS)
export const AN = { ja: 'グエン・ヴァン・アン', en: 'Nguyen Van An', keep: 'nguyen.an@example.com', src: 'an.nguyen@oldwork.example.jp', keepId: 'AWS40718256', srcId: 'AWS93025184' };
export const MEI = { ja: '林 美', en: 'Lin Mei', keep: 'lin.mei@example.net', keepId: 'AWS51730962', srcId: 'AWS27718405' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { en: 'Priya Nair', keep: 'priya.n@example.org', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA = { en: 'Maria Garcia', keep: 'maria.garcia@example.es', keepId: 'AWS86120045', srcId: 'AWS11457730' };

export const CASE = {
  an: '1773920485',
  an2: '17740021938',
  mei: '177611045273',
  taro: '1768810294',
  hanako: '177520038816',
  alex: '1779034421',
  priya: '17802233914',
  maria: '1781556620',
  other: '1782004417',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const html = (text: string): string => `<html><body style="font-family:sans-serif;font-size:16px">\n${paras(text)}\n</body></html>`;

/** Salesforce-style history block */
export const sfOrig = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

type O = Partial<Msg> & { subject: string; date: string; enc: Enc };

/** defaults: from support, to An's kept address, trusted, for the user, auth pass, no trap, no case ID */
export function M(slug: string, kind: Kind, lang: 'ja' | 'en', note: string, o: O): Msg {
  return {
    slug,
    kind,
    lang,
    note,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: AN.keep,
    auth: 'pass',
    ...o,
  };
}

export const AN_REQ_JA = `AWS にんてい の アカウント を 1つ に したい です。
のこす アカウント: ${AN.keepId} (${AN.keep})
けす アカウント: ${AN.srcId} (${AN.src})
わたし は 日本語 が すこし だけ わかります。やさしい 日本語 で おねがいします。
グエン・ヴァン・アン`;

export const AN_REQ_EN = `Hello. I have two AWS Certification accounts.
I want one account. Please merge them.
Keep: ${AN.keepId} (${AN.keep})
Old: ${AN.srcId} (${AN.src})
My English is not so good. Please use easy words.
Nguyen Van An`;
