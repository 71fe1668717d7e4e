// Shared people, addresses, defaults and quoting helpers for set ew.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENTA = { ja: '鈴木 健太', en: 'Kenta Suzuki', keep: 'kenta.suzuki@example.jp', src: 'k.suzuki@oldfirm.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS99120374' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.ne.jp', src: 'm-takahashi@bcorp.example.jp', keepId: 'AWS27730519', srcId: 'AWS81046652' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.com', src: 'nakamura.sho@ccorp.example.co.jp', keepId: 'AWS65520918', srcId: 'AWS30298847' };
export const JORDAN = { name: 'Jordan Lee', keep: 'jordan.lee@example.com', src: 'jlee@contractco.example.net', keepId: 'AWS58813027', srcId: 'AWS14479360' };
export const SAM = { name: 'Sam Patel', keep: 'sam.patel@example.org', src: 'spatel@olduni.example.edu', keepId: 'AWS90264415', srcId: 'AWS47305581' };

export const CASE = {
  kenta: '1783306241',
  kenta2: '17833110958',
  misaki: '178450093317',
  misakiDup: '178450177204',
  sho: '17851029946',
  jordan: '1786640023158',
  jordanDup: '1786641190042',
  sam: '1787021954',
  samOther: '17870388112',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const KENTA_REQ = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${KENTA.keepId} / ${KENTA.keep}
統合元: ${KENTA.srcId} / ${KENTA.src}
転職したため、前職のアドレスで作ったアカウントを個人のほうへまとめたいです。`;

export const MISAKI_REQ = `お世話になります。高橋です。
認定アカウントが2つあり、1つにしたいと思っています。
残す方: ${MISAKI.keep}
消してよい方: ${MISAKI.src}`;

export const JORDAN_REQ = `Hi, I ended up with two certification accounts (one from a contract job).
Keep: ${JORDAN.keep} (${JORDAN.keepId})
Merge in: ${JORDAN.src} (${JORDAN.srcId})
Thanks!`;

export const SAM_REQ = `Hello, my older certs are on my university address ${SAM.src}. Could they be moved onto ${SAM.keep}? - Sam`;

// ---- message defaults ----
let seq = 0;
const pad = (n: number): string => String(n).padStart(2, '0');
/** deterministic, increasing dates */
export function nextDate(tz = '+0900'): string {
  seq += 1;
  const base = Date.UTC(2026, 9, 1, 0, 0, 0) + seq * (7 * 3600 + 13 * 60 + 17) * 1000;
  const d = new Date(base);
  const hh = 8 + (seq * 5) % 11;
  return rfcDate(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(hh)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`, tz);
}

export type Spec = Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'note'> & { text?: string; html?: string };

export function mk(lang: 'ja' | 'en', s: Spec): Msg {
  return {
    lang,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: lang === 'ja' ? KENTA.keep : JORDAN.keep,
    subject: '',
    date: s.date ?? nextDate(lang === 'ja' ? '+0900' : '-0800'),
    auth: 'pass',
    enc: lang === 'ja' ? 'jis7' : 'ascii7',
    ...s,
  } as Msg;
}
