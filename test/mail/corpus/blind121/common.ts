// dp: people, case IDs and small helpers. Plain-language voice.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const fs = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// users (addresses are in lib.ts USER_ADDRS)
export const LINH = { ja: 'チャン・ティ・リン', en: 'Linh Tran', keep: 'linh.tran@example.jp', src: 'linh.t@factory.example.co.jp', keepId: 'AWS40715529', srcId: 'AWS83061174' };
export const OMAR = { name: 'Omar Haddad', keep: 'omar.haddad@example.com', src: 'omar@shop.example.net', keepId: 'AWS27730481', srcId: 'AWS66190235' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es' };

export const C = {
  linh: '1782034456',
  linhDup: '1782039120',
  taro: '178110029385',
  hanako: '17799304418',
  omar: '17844120937',
  alex: '1790551823',
  priya: '179233401176',
  maria: '1788006613420',
  refund: '1785502917',
  exam: '17866130295',
} as const;

export const d = rfcDate;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date'>;
/** defaults: from support, to the first user, trusted, for the user, no trap */
export function mk(o: Req & Partial<Msg>): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: o.lang === 'ja' ? LINH.keep : OMAR.keep,
    auth: 'pass',
    enc: o.lang === 'ja' ? 'jis7' : 'ascii7',
    ...o,
  };
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${q(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sf = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string): string =>
  `<html><body style="font-size:16px">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  `\n</body></html>`;

// what the users first wrote (quoted in replies)
export const LINH_ASK = `アカウントを 1つに したいです。
のこす: ${LINH.keep} (${LINH.keepId})
けす: ${LINH.src} (${LINH.srcId})
会社を やめます。よろしく おねがいします。
リン`;
export const OMAR_ASK = `Hello. I have two certification accounts.
Keep: ${OMAR.keep} (${OMAR.keepId})
Old: ${OMAR.src} (${OMAR.srcId})
Please make them one account. Thank you. Omar`;
