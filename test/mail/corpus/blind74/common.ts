// Shared people, senders, case IDs and quoting helpers for the bu corpus
// (voice: self-service around the case: the portal's own merge-code mail,
// merges tried by the user, partial success, and support referring to it).
import { rfcDate, type Msg } from './lib.js';

// ---- senders
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
/** the certification portal's own mail */
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const PORTAL_JA = 'AWS 認定 <certification-noreply@aws.training>';
/** CertMetrics-hosted portal mail: a real sender, but outside the trusted domains */
export const PORTAL_CM = 'AWS Certification Account <donotreply@certmetrics.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <no-reply@credly.com>';

export const formSubject = (id: string, tail = 'account-assistance'): string =>
  `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - ${tail}`;

// ---- people: every address below except the colleagues' is the user's own
export const KEN = { ja: '高橋 健一', en: 'Kenichi Takahashi', keep: 'ken.takahashi@example.jp', src: 'k-takahashi@old-sier.example.co.jp', keepId: 'AWS04418273', srcId: 'AWS88102935' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.com', src: 'nakamura.misaki@corp-b.example.co.jp', keepId: 'AWS27730416', srcId: 'AWS61904428' };
export const MAKOTO = { ja: '小林 誠', en: 'Makoto Kobayashi', keep: 'makoto.k@example.net', src: 'm-kobayashi@univ.example.ac.jp', keepId: 'AWS39017752', srcId: 'AWS70255139' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'd.okafor@example.com', src: 'daniel.okafor@formerco.example', keepId: 'AWS15590382', srcId: 'AWS92046617' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@consult.example.com', keepId: 'AWS50338821', srcId: 'AWS33871060' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.org', src: 'wchen@contractor.example.net', keepId: 'AWS68824097', srcId: 'AWS20479915' };

export const COLLEAGUE_JA = { name: '井上 拓也', addr: 't-inoue@corp-b.example.co.jp' };
export const COLLEAGUE_EN = { name: 'Jonas Berg', addr: 'jonas.berg@consult.example.com' };

// support case IDs (10–13 digits)
export const CASE = {
  ken: '17804412093',
  misaki: '1781559027',
  misakiDup: '1781560033',
  makoto: '178230016645',
  daniel: '1779003318',
  sofia: '17836620419',
  sofiaDup: '17836659002',
  wei: '1784490217733',
  kenVoucher: '17811102264',
  danielExam: '1780266413',
} as const;

// ---- dates
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

const JA_DOW = ['日', '月', '火', '水', '木', '金', '土'];
const EN_DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_DOW_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MON_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (local: string): { y: number; mo: number; d: number; h: number; mi: string; dow: number } => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, h: Number(mm[4]), mi: mm[5] ?? '00', dow: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
};

// ---- quote headers in the mailers' own shapes
/** Gmail (ja): 2026年11月4日(水) 9:15 高橋 健一 <ken@example.jp>: */
export const gmailJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${JA_DOW[p.dow]}) ${p.h}:${p.mi} ${who}:`;
};
/** Gmail (en): On Wed, Nov 4, 2026 at 9:15 AM Daniel <d@x>: wrote: */
export const gmailEn = (local: string, who: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${EN_DOW[p.dow]}, ${EN_MON[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (en) header block */
export const outlookEn = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `From: ${from}\nSent: ${EN_DOW_LONG[p.dow]}, ${EN_MON_LONG[p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** the case tool's separator with the customer's earlier message */
export const sfBlock = (from: string, local: string, subject: string, body: string): string =>
  `---------- Original Message ----------\nFrom: ${from}\nSent: ${local} UTC\nSubject: ${subject}\n\n${body}`;
export const sfThread = (seed: string): string => `[ref:!00D1U0Bu.!500Vx0${seed}:ref]`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- message shorthand: defaults are a trusted, delivered, non-trap message
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'lang'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
export const ja = (s: Spec): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', lang: 'ja', ...s });
export const en = (s: Spec): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', lang: 'en', ...s });
