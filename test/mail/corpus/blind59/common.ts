// Set bf ("numbers and identifiers everywhere"): people, case IDs, identifier
// shapes and quote headers shared by msgs-ja.ts and msgs-en.ts.
import { rfcDate, type Msg } from './lib.js';

// ---- senders ---------------------------------------------------------------
export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT = `AWS Training and Certification <${FORM}>`;
export const SUPPORT_JA = `AWS トレーニングと認定 <${FORM}>`;
export const SUPPORT_AMP = `AWS Training & Certification Support <${FORM}>`;
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <certification-noreply@certification.aws.training>';
export const TRAINING = 'AWS Training and Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <no-reply@credly.com>';

export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNoRe = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- people (keep/src addresses in lib.ts USER_ADDRS unless noted) --------
export const KENJI = {
  ja: '渡辺 健二', en: 'Kenji Watanabe',
  keep: 'kenji.watanabe@example.jp', src: 'k-watanabe@oldcorp.example.co.jp',
  keepId: 'AWS00714582', srcId: 'AWS02290431',
};
export const YUKI = {
  ja: '田中 由紀', en: 'Yuki Tanaka',
  keep: 'yuki.tanaka@example.ne.jp', src: 'tanaka.yuki@dev.example.co.jp',
  keepId: 'AWS00391127', srcId: 'AWS01876650',
};
// Sho's source address belongs to his former employer and is NOT one of the user's addresses
export const SHO = {
  ja: '中村 翔', en: 'Sho Nakamura',
  keep: 'sho.nakamura@example.com', src: 'sho.n@formerco.example',
  keepId: 'AWS00058823', srcId: 'AWS03317094',
};
export const MISAKI = {
  ja: '小林 美咲', en: 'Misaki Kobayashi',
  keep: 'misaki.kobayashi@example.jp', src: 'm.kobayashi@prev-employer.example.co.jp',
  keepId: 'AWS00627740', srcId: 'AWS05102388',
};
export const DANIEL = {
  en: 'Daniel Okafor',
  keep: 'daniel.okafor@example.net', src: 'd.okafor@contractor.example.org',
  keepId: 'AWS00963210', srcId: 'AWS04518872',
};
export const SOFIA = {
  en: 'Sofia Rossi',
  keep: 'sofia.rossi@example.it', src: 's.rossi@polimi.example.edu',
  keepId: 'AWS00482291', srcId: 'AWS02765519',
};
export const COLLEAGUE = { ja: '鈴木 一郎', addr: 'ichiro.suzuki@corp-colleague.example.co.jp' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// ---- support case IDs ------------------------------------------------------
export const C = {
  kenji: '177904318265',
  kenjiDup: '1779043977',
  yuki: '17812065530',
  yukiRefund: '17812099014',
  sho: '1784402917736',
  misaki: '1782256604471',
  daniel: '17790221458',
  danielVoucher: '1780077123',
  sofia: '178120009341',
  sofiaResched: '17813356620',
  colleague: '1783300145528',
  fakeA: '17812000001',
  fakeB: '1779000000',
} as const;

// ---- identifier shapes -------------------------------------------------------
/** ASCII digits → full-width digits (１７８…) */
export const fw = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
/** split into groups joined by sep: grp('177904318265', [4,4,4], '-') → 1779-0431-8265 */
export const grp = (s: string, sizes: number[], sep: string): string => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(sep);
};

// ---- quote headers ---------------------------------------------------------
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (at: string): { y: number; mo: number; d: number; h: number; mi: string; wd: number } => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(at);
  if (!mm) throw new Error(`bad quote date ${at}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, h: Number(mm[4]), mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
};
/** Gmail (ja): 2026年11月20日(金) 9:14 渡辺 健二 <kenji@…>: */
export const gmailJa = (at: string, who: string): string => {
  const p = parts(at);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi} ${who}:`;
};
/** Gmail (en): On Fri, Nov 20, 2026 at 9:14 AM Name <addr> wrote: */
export const gmailEn = (at: string, who: string): string => {
  const p = parts(at);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${(WD_EN[p.wd] ?? '').slice(0, 3)}, ${(MON_EN[p.mo - 1] ?? '').slice(0, 3)} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (at: string, from: string, toLine: string, subject: string): string => {
  const p = parts(at);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${toLine}\n件名: ${subject}`;
};
/** Outlook (en) header block */
export const outlookEn = (at: string, from: string, toLine: string, subject: string): string => {
  const p = parts(at);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `-----Original Message-----\nFrom: ${from}\nSent: ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${toLine}\nSubject: ${subject}`;
};
/** the case tool's separator, as support replies carry it */
export const sfBlock = (from: string, sent: string, toLine: string, subject: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}`;
export const sfRef = (seed: string): string => `ref:_00Dj0Rq8k._500Vy${seed}:ref`;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const escHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const toHtml = (text: string): string =>
  `<html><head><meta charset="utf-8"></head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escHtml(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  `\n</body></html>`;

// ---- message factory ---------------------------------------------------------
export type Spec = Partial<Msg> &
  Pick<Msg, 'slug' | 'kind' | 'lang' | 'enc' | 'subject' | 'note' | 'to'> & { at: string; tz?: string };

/** defaults: trusted, for the user, no trap, no case ID, dmarc pass, from the support form address */
export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    auth: 'pass',
    from: SUPPORT,
    date: rfcDate(at, tz ?? '+0000'),
    ...rest,
  };
}
