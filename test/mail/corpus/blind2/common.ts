// Shared people, addresses, case IDs and quoting helpers for the second held-out corpus.
// Adapted from heldout/common.ts: the user's addresses are the same (lib.ts USER_ADDRS),
// candidate IDs and case IDs are new.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_NOTIFY = 'AWS Support <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubject0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: only the addresses listed in lib.ts USER_ADDRS are the user's
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS03918264', srcId: 'AWS77410529' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS58200417', srcId: 'AWS14093386' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS40076112', srcId: 'AWS92315870' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS66018243', srcId: 'AWS30582974' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS25507781', srcId: 'AWS81649023' };

export const T = (p: { ja: string; keep: string }): string => `${p.ja} <${p.keep}>`;
export const E = (p: { name: string; keep: string }): string => `${p.name} <${p.keep}>`;

// support case IDs (10–13 digits), all new for this set
export const CASE = {
  taroA: '17790345218',
  taroB: '1781552093470',
  taroDup: '1779036611',
  hanakoA: '178204417736',
  hanakoB: '17712098845',
  hanakoDup: '1782048802',
  otherJa: '1783319002',
  alexA: '1785503321907',
  alexDup: '17855094420',
  priyaA: '177930018264',
  priyaB: '1788120047',
  mariaA: '17844401929',
  mariaB: '1790283745512',
  otherEn: '17867723310',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Outlook (Japanese UI) quote block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** Outlook (English UI) -----Original Message----- block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

const JWD = ['日', '月', '火', '水', '木', '金', '土'];
const EWD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EMON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parse = (local: string): [number, number, number, string, string] => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  return [Number(mm[1]), Number(mm[2]), Number(mm[3]), mm[4] ?? '00', mm[5] ?? '00'];
};
const wd = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** Gmail (Japanese UI) quote header: 2026年11月20日(金) 10:12 山田 太郎 <addr>: */
export const gmailJa = (local: string, who: string): string => {
  const [y, m, d, hh, mi] = parse(local);
  return `${y}年${m}月${d}日(${JWD[wd(y, m, d)]}) ${Number(hh)}:${mi} ${who}:`;
};
/** Gmail (English UI): On Fri, Nov 20, 2026 at 10:12 AM Name <addr> wrote: */
export const gmailEn = (local: string, who: string): string => {
  const [y, m, d, hh, mi] = parse(local);
  const h = Number(hh);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${EWD[wd(y, m, d)]}, ${EMON[m - 1]} ${d}, ${y} at ${h12}:${mi} ${h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** 2026/11/20 10:12 style used in Japanese Outlook/Thunderbird */
export const slashDate = (local: string): string => {
  const [y, m, d, hh, mi] = parse(local);
  return `${y}年${m}月${d}日 ${hh}:${mi}`;
};

/** Message defaults; every message still sets its own kind, labels and text. */
type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'caseId'>;
export const mk = (o: Req & Partial<Msg>): Msg => ({
  trusted: true,
  forUser: true,
  trap: false,
  from: SUPPORT,
  to: o.lang === 'ja' ? T(TARO) : E(ALEX),
  auth: 'pass',
  enc: o.lang === 'ja' ? 'jis7' : 'ascii7',
  ...o,
});

export const TARO_REQ = `AWS認定アカウントの統合を希望します。
残すアカウント: ${TARO.keepId} / ${TARO.keep}
統合元アカウント: ${TARO.srcId} / ${TARO.src}
転職に伴い、個人のメールアドレスのアカウントへ資格情報を移したいです。
氏名: 山田 太郎`;

export const HANAKO_REQ = `いつもお世話になっております。佐藤花子と申します。
以前の勤務先のアドレスで作成した認定アカウントがあり、個人アドレスのアカウントへまとめていただきたく連絡しました。
統合先: ${HANAKO.keep} (${HANAKO.keepId})
統合元: ${HANAKO.src} (${HANAKO.srcId})
何卒よろしくお願いいたします。`;

export const ALEX_REQ = `Hi team,
I ended up with two AWS Certification profiles. Please combine them.
Keep: ${ALEX.keep} (${ALEX.keepId})
Retire: ${ALEX.src} (${ALEX.srcId})
Thanks,
Alex`;

export const PRIYA_REQ = `Hello,
After changing jobs I noticed my certifications are split across two accounts (${PRIYA.src} and ${PRIYA.keep}). I'd like a single account under ${PRIYA.keep}.
Regards,
Priya Nair`;

export const MARIA_REQ = `Hi there, my Cloud Practitioner is on my university account (${MARIA.src}) and my Solutions Architect Associate is on ${MARIA.keep}. Could both live on the personal one? Thanks!`;
