// Shared people, addresses, case IDs and quoting helpers for set cb
// ("support mail written in a hurry, with mistakes").
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: only these addresses are the user's (see lib.ts USER_ADDRS)
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.jp', src: 'k-suzuki@mail.oldfirm.example.co.jp', keepId: 'AWS30571184', srcId: 'AWS77420915' };
export const TAKAHASHI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.net', src: 'takahashi.misaki@corp-b.example.jp', keepId: 'AWS41093627', srcId: 'AWS58836102' };
export const ITO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito.sho@startup.example.jp', keepId: 'AWS62201459', srcId: 'AWS19477380' };
export const DANA = { name: 'Dana Okafor', keep: 'dana.okafor@example.com', src: 'd.okafor@consult.example.org', keepId: 'AWS85530271', srcId: 'AWS24019966' };
export const LUCAS = { name: 'Lucas Brandt', keep: 'lucas.brandt@example.de', src: 'lbrandt@agency.example.com', keepId: 'AWS36672014', srcId: 'AWS90018847' };
export const MEI = { name: 'Mei Chen', keep: 'mei.chen@example.org', src: 'mchen@bank.example.sg', keepId: 'AWS47705139', srcId: 'AWS13398260' };

export const CASE = {
  suzuki: '1781120394',
  suzukiTypo: '1781120349', // digits swapped by a hurried agent
  suzukiRefund: '1780077312', // a different (refund) case
  takahashi: '17793305518',
  takahashiDup: '17793309902',
  ito: '176554420871',
  dana: '1784402216',
  danaDup: '1784409930',
  lucas: '17820091173',
  lucasTypo: '17820091137',
  mei: '1779901245560',
  meiVoucher: '1779955012008',
} as const;

export const jaName = (p: { ja: string }): string => p.ja;
export const fam = (p: { ja: string }): string => p.ja.split(' ')[0] ?? p.ja;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(local: string): { y: number; mo: number; d: number; hh: string; mi: string; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, hh: mm[4] ?? '00', mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}

/** Gmail (ja) quote header: 2026年11月2日(月) 14:05 Name <addr>: */
export const gmailJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.hh}:${p.mi} ${who}:`;
};
/** Gmail (en) quote header */
export const gmailEn = (local: string, who: string): string => {
  const p = parts(local);
  const h = Number(p.hh);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.hh}:${p.mi}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (en) header block */
export const outlookEn = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  return `From: ${from}\nSent: ${WD_EN[p.wd]}day, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} ${p.hh}:${p.mi}\nTo: ${to}\nSubject: ${subject}`.replace('Satday', 'Saturday').replace('Tueday', 'Tuesday').replace('Wedday', 'Wednesday').replace('Thuday', 'Thursday');
};
/** Salesforce-style block used under AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq7X._500${seed}:ref`;

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
export const htmlDoc = (inner: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${inner}\n</body></html>`;

/** A message spec: labels that matter are explicit, the rest default. */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'from' | 'auth' | 'date'> & {
  trusted?: boolean;
  forUser?: boolean;
  from?: string;
  auth?: Msg['auth'];
  /** 'YYYY-MM-DD HH:MM:SS' */
  at: string;
  tz?: string;
};

export const mk = (s: Spec): Msg => {
  const { at, tz, ...rest } = s;
  return {
    trusted: true,
    forUser: true,
    from: SUPPORT,
    auth: 'pass',
    ...rest,
    date: rfcDate(at, tz ?? (s.lang === 'ja' ? '+0000' : '+0000')),
  };
};
