// Set av: people, case IDs and helpers. Voice: template glitches and system slips.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', sei: '鈴木', keep: 'ken.suzuki@example.jp', src: 'k-suzuki@tech.example.co.jp', keepId: 'AWS30571924', srcId: 'AWS81146035' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', sei: '中村', keep: 'misaki.n@example.com', src: 'nakamura.m@partner.example.co.jp', keepId: 'AWS47720316', srcId: 'AWS12098854' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', sei: '伊藤', keep: 'sho.ito@example.net', src: 'ito.sho@corp.example.jp', keepId: 'AWS66031478', srcId: 'AWS29915602' };
export const DAN = { name: 'Daniel Okafor', first: 'Daniel', keep: 'd.okafor@example.com', src: 'daniel.okafor@oldco.example', keepId: 'AWS50873316', srcId: 'AWS73321049' };
export const LENA = { name: 'Lena Fischer', first: 'Lena', keep: 'lena.fischer@example.de', src: 'l.fischer@uni.example.edu', keepId: 'AWS38890127', srcId: 'AWS91460275' };

export const C = {
  ken: '1781204937',
  ken2: '17812055021',
  misaki: '176633018402',
  misakiDup: '1766331190',
  misaki2: '1768800123',
  sho: '1793308821',
  sho2: '179330917744',
  dan: '1775019283746',
  dan2: '17750201833',
  lena: '17690442315',
  lenaDup: '1769044987',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;
export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'enc' | 'to'>;
/** defaults: from support, pass, trusted, forUser, no trap, no case ID */
export const mk = (m: Req & Partial<Msg>): Msg => ({
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  from: SUPPORT,
  auth: 'pass',
  ...m,
});

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00Dx7Lk2W._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif">\n${body}\n</body></html>`;

// The customers' own first mails, quoted in replies
export const KEN_REQ = `AWS認定のアカウントが2つあるので、1つにまとめていただけますか。
残す方: ${KEN.keepId} / ${KEN.keep}
統合する方: ${KEN.srcId} / ${KEN.src}
鈴木 健一`;
export const MISAKI_REQ = `お世話になります、中村です。
前職のパートナー企業のアドレス(${MISAKI.src})で受験した認定を、個人アドレス(${MISAKI.keep})側に寄せたいです。
候補者ID: ${MISAKI.keepId}(個人) / ${MISAKI.srcId}(前職)`;
export const SHO_REQ = `認定アカウントの統合希望です。
会社: ${SHO.src} (${SHO.srcId})
個人: ${SHO.keep} (${SHO.keepId}) ←こちらに統合
伊藤`;
export const DAN_REQ = `Hi team,
I have two certification accounts, ${DAN.keep} (${DAN.keepId}) and ${DAN.src} (${DAN.srcId}).
Please fold the old one into ${DAN.keep}.
Daniel`;
export const LENA_REQ = `Hello,
My SAA was taken with my university address ${LENA.src}, my later exams with ${LENA.keep}.
Candidate IDs ${LENA.srcId} and ${LENA.keepId}. I would like one account (the example.de one).
Best, Lena Fischer`;
