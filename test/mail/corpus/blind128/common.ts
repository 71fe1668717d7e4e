// Shared people, addresses and helpers for the dw set ("two pieces of news in one message").
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k.ito@factory.example.co.jp', keepId: 'AWS40771935', srcId: 'AWS88301246' };
export const YUI = { ja: '中村 結衣', en: 'Yui Nakamura', keep: 'yui.nakamura@example.com', src: 'nakamura.yui@agency.example.co.jp', keepId: 'AWS27740318', srcId: 'AWS61093527' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const SAM = { name: 'Sam Ortiz', keep: 'sam.ortiz@example.net', src: 'sortiz@consult.example.com', keepId: 'AWS50338172', srcId: 'AWS93017745' };

// support case IDs of this set (10-13 digits)
export const C = {
  kenji: '17834402917',
  kenjiDup: '1783440388',
  yui: '1781590023',
  taro: '178220461853',
  taroExam: '17822049911',
  hanako: '17860044172',
  alex: '1783019946621',
  priya: '17807731245',
  sam: '178455120938',
  samBill: '1784551877',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const html = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;

/** A message spec: the label fields plus a short date ('MM-DD HH:MM' in 2026) */
export type In = Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'note'> & { d: string; tz?: string };

/** Defaults: a trusted support reply to the persona's kept address. */
export function mk(o: In): Msg {
  const { d, tz, ...rest } = o;
  const caseId = rest.caseId ?? null;
  return {
    from: SUPPORT,
    to: KENJI.keep,
    trusted: true,
    forUser: true,
    trap: false,
    auth: 'pass',
    enc: rest.lang === 'ja' ? 'jis7' : 'ascii7',
    subject: caseId ? formSubject(caseId) : '(no subject)',
    ...rest,
    caseId,
    date: rfcDate(`2026-${d}:${String((d.length * 7 + d.charCodeAt(d.length - 1)) % 60).padStart(2, '0')}`, tz ?? (rest.lang === 'ja' ? '+0000' : '-0800')),
  };
}
