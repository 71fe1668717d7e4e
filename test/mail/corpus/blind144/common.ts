// Shared people, senders and quoting helpers for set em (reported and indirect speech).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k.ito@formerco.example.co.jp', keepId: 'AWS40719283', srcId: 'AWS22018475' };
export const YUKI = { ja: '田中 由紀', en: 'Yuki Tanaka', keep: 'yuki.tanaka@example.com', src: 'tanaka.y@corp-b.example.co.jp', keepId: 'AWS58830142', srcId: 'AWS61290057' };
export const MIKA = { ja: '中村 美香', en: 'Mika Nakamura', keep: 'mika.n@example.ne.jp', src: 'nakamura@univ.example.ac.jp', keepId: 'AWS70314469', srcId: 'AWS33901826' };
export const BEN = { name: 'Ben Okafor', keep: 'ben.okafor@example.org', src: 'bokafor@oldfirm.example.com', keepId: 'AWS91027734', srcId: 'AWS14470392' };
export const SAM = { name: 'Sam Lee', keep: 'sam.lee@example.net', src: 'slee@contractor.example.io', keepId: 'AWS26658190', srcId: 'AWS80042117' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.eu', keepId: 'AWS47702951', srcId: 'AWS05518826' };

export const CASE = {
  kenji: '1783302215',
  kenjiExam: '17833990412',
  kenjiFirst: '1783298801',
  yuki: '178120044873',
  yukiDup: '1781200518',
  mika: '1779015530261',
  ben: '17902266014',
  benOther: '1790231177',
  sam: '176540098812',
  lena: '1788001234',
  lenaRefund: '17880157702',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${quote(body)}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

/** a message with support defaults (trusted support sender, delivered to the user) */
export type Draft = Omit<Msg, 'from' | 'auth' | 'trusted' | 'forUser' | 'trap' | 'date'> &
  Partial<Pick<Msg, 'from' | 'auth' | 'trusted' | 'forUser' | 'trap'>> & { at: string; tz?: string };
export function M(d: Draft): Msg {
  const { at, tz, ...rest } = d;
  return {
    from: SUPPORT,
    auth: 'pass',
    trusted: true,
    forUser: true,
    trap: false,
    ...rest,
    date: rfcDate(at, tz ?? (d.lang === 'ja' ? '+0900' : '+0000')),
  };
}
