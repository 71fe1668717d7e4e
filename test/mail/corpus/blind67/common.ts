// Set bn: people, senders, case IDs, quote helpers and a Msg factory with defaults.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (addresses listed in lib.ts USER_ADDRS, except the dead old-company ones)
export const KEN = { ja: '鈴木 健', en: 'Ken Suzuki', keep: 'ken.suzuki.home@example.jp', src: 'k-suzuki@oldsi.example.co.jp', keepId: 'AWS30571984', srcId: 'AWS71204466' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t0412@mobile.example.ne.jp', src: 'misaki.takahashi@corp-b.example.com', keepId: 'AWS44019283', srcId: 'AWS05582917' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito.sho@gone-agency.example', keepId: 'AWS62810377', srcId: 'AWS19930452' };
export const RIO = { ja: '中村 理央', en: 'Rio Nakamura', keep: 'rio.nakamura@example.jp', src: 'r-nakamura@shop.example.co.jp', keepId: 'AWS87002145', srcId: 'AWS33561908' };
export const DAN = { name: 'Dan Okafor', keep: 'dan.okafor@example.net', src: 'dokafor@contractor.example.io', keepId: 'AWS52290613', srcId: 'AWS90817324' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@hs-example.de', keepId: 'AWS27714580', srcId: 'AWS66031249' };

export const CASE = {
  ken: '1781120934',
  kenDup: '1781120947',
  kenRefund: '178330215566',
  misaki: '17795530128',
  misakiExam: '1779561100',
  sho: '1775020019844',
  rio: '178900213456',
  dan: '177640912035',
  danDup: '1776409177',
  lena: '1782044390',
  lenaVoucher: '17820551234',
} as const;

export const JST = (local: string): string => rfcDate(local, '+0900');
export const UTC = (local: string): string => rfcDate(local, '+0000');
export const PST = (local: string): string => rfcDate(local, '-0800');

type Req = 'slug' | 'kind' | 'from' | 'to' | 'subject' | 'date' | 'enc' | 'note';
export type Spec = Pick<Msg, Req> & Partial<Omit<Msg, Req | 'lang'>>;

/** defaults: trusted, delivered to the user, no case ID, not a trap, authentication passes */
export const maker =
  (lang: 'ja' | 'en') =>
  (s: Spec): Msg => ({ lang, trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...s });

export const q = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : '> ' + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce separator that the support form's replies carry */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Outlook (Japanese UI) header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** Outlook (English UI) "-----Original Message-----" block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const ref = (seed: string): string => `ref:_00Dd0Kp4R._5007x${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const html = (title: string, bodyHtml: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${bodyHtml}\n</body></html>`;

export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
