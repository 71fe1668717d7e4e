// Set "ao" (time and memory): people, case IDs and quoting helpers.
// Everything here is invented for this set.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const TRAINING = 'AWS Training & Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- people. Each has the address kept and the one merged away; both mailboxes are the user's.
export const EMI = {
  ja: '木村 恵美', en: 'Emi Kimura',
  keep: 'emi.kimura@example.jp', src: 'kimura.e@former-corp.example.co.jp', third: 'emi.k.2019@example.net',
  keepId: 'AWS01938274', srcId: 'AWS55830127', thirdId: 'AWS77204519',
};
export const KEN = {
  ja: '中野 健一', en: 'Kenichi Nakano',
  keep: 'k.nakano@example.ne.jp', src: 'nakano.kenichi@sier.example.co.jp',
  keepId: 'AWS40418862', srcId: 'AWS29930415',
};
export const AYA = {
  ja: '藤井 彩', en: 'Aya Fujii',
  keep: 'aya.fujii@example.com', src: 'fujii@lab.example.ac.jp',
  keepId: 'AWS61527703', srcId: 'AWS83306215',
};
export const MAKOTO = {
  ja: '大川 誠', en: 'Makoto Okawa',
  keep: 'm.okawa@example.org', src: 'okawa@shop.example.co.jp',
  keepId: 'AWS30092281', srcId: 'AWS71146608',
};
export const DAN = {
  name: 'Daniel Okafor',
  keep: 'dan.okafor@example.net', src: 'd.okafor@oldfirm.example.com', third: 'dokafor.dev@example.org',
  keepId: 'AWS90211453', srcId: 'AWS36685012', thirdId: 'AWS48172290',
};
export const SOFIA = {
  name: 'Sofia Lindqvist',
  keep: 'sofia.lindqvist@example.se', src: 'sofia.l@consult.example.com',
  keepId: 'AWS15520936', srcId: 'AWS67309184',
};
export const RAHUL = {
  name: 'Rahul Mehta',
  keep: 'rahul.mehta@example.in', src: 'rmehta@bank.example.co.in',
  keepId: 'AWS52286710', srcId: 'AWS24019635',
};

// support case IDs (10–13 digits). "Old" ones are earlier cases restated in later mail.
export const CASE = {
  emiOld: '1689402215', // 2023 merge of the first two accounts
  emi: '177201458830', // 2026: the third account
  kenOld: '17123309856', // 2025, auto-closed without reply
  ken: '176550394127',
  aya: '1774098812',
  makoto: '178033410962',
  makotoExam: '178033977120', // exam reschedule, not a merge case
  danOld: '16550912874', // 2022 merge
  dan: '1771840023551', // 2026: third account
  sofia: '177610294433',
  rahul: '1768820441',
  rahulRefund: '1768825530', // voucher refund, not a merge case
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const wd = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** Japanese Gmail quote header: 2026年10月3日(土) 14:22 名前 <addr>: */
export const gmailJa = (y: number, m: number, d: number, hm: string, who: string, addr: string): string =>
  `${y}年${m}月${d}日(${WD_JA[wd(y, m, d)]}) ${hm} ${who} <${addr}>:`;
/** English Gmail quote header */
export const gmailEn = (y: number, m: number, d: number, hm: string, who: string, addr: string): string => {
  const [h, mi] = hm.split(':').map(Number) as [number, number];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${WD_EN[wd(y, m, d)]}, ${MON_EN[m - 1]} ${d}, ${y} at ${h12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'} ${who} <${addr}> wrote:`;
};
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, y: number, m: number, d: number, hm: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${y}年${m}月${d}日 ${hm}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, y: number, m: number, d: number, hm: string, to: string, subject: string): string => {
  const [h, mi] = hm.split(':').map(Number) as [number, number];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `From: ${from}\nSent: ${WD_EN_LONG[wd(y, m, d)]}, ${MON_EN_LONG[m - 1]} ${d}, ${y} ${h12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** Salesforce-style separator used by case tools */
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D7Q2hXk._5008c${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">\n${body}\n</body></html>`;

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });
