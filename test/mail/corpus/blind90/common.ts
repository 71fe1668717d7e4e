// Set ck: shared people, addresses, case IDs and quoting helpers.
// Voice: time, negation and conditions around the events of a merge case.
import type { Msg } from './lib.js';
import { rfcDate } from './lib.js';

export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = `AWS トレーニングと認定 <${FORM}>`;
export const SUPPORT_EN = `AWS Training and Certification <${FORM}>`;
export const SUPPORT_BARE = FORM;
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubject0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people of this set (their addresses are in lib.ts USER_ADDRS)
export const KIMURA = { ja: '木村 健一', en: 'Kenichi Kimura', keep: 'k.kimura@mail.example.jp', src: 'kimura.k@oldco.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS72048813' };
export const NAKAMURA = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura@example.ne.jp', src: 'm-nakamura@sier.example.co.jp', keepId: 'AWS41290577', srcId: 'AWS85530264' };
export const TAKAHASHI = { ja: '高橋 亮', en: 'Ryo Takahashi', keep: 'ryo.takahashi@example.org', src: 'takahashi@univ.example.ac.jp', keepId: 'AWS66018342', srcId: 'AWS19374405' };
export const OGAWA = { ja: '小川 由紀', en: 'Yuki Ogawa', keep: 'ogawa.yuki@example.jp', src: 'y-ogawa@partner.example.co.jp', keepId: 'AWS82210769', srcId: 'AWS13095528' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'daniel.okafor@contractor.example.net', keepId: 'AWS50381927', srcId: 'AWS28857016' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 'slindqvist@agency.example.com', keepId: 'AWS93402115', srcId: 'AWS37760248' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.com.au', src: 'wchen@bigbank.example.com', keepId: 'AWS71129034', srcId: 'AWS04486651' };

// support case IDs (10 to 13 digits)
export const CASE = {
  kimura: '1781934025',
  kimuraDup: '1781937740',
  kimuraExam: '178220458813',
  nakamura: '17903318562',
  takahashi: '1766052093471',
  takahashiOld: '1759920417',
  ogawa: '1784409176',
  daniel: '1779015532',
  danielRefund: '177901998210',
  sofia: '18057720941',
  wei: '174480036612',
  weiDup: '174480391027',
  other: '1800442917',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (local: string): { y: number; mo: number; d: number; hh: string; mi: string; wd: number } => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, hh: mm[4] ?? '00', mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
};

/** Japanese Gmail: 2026年2月3日(火) 10:12 名前 <addr>: */
export const gmailJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${Number(p.hh)}:${p.mi} ${who}:`;
};
/** English Gmail: On Tue, Feb 3, 2026 at 10:12 AM Name <addr> wrote: */
export const gmailEn = (local: string, who: string): string => {
  const p = parts(local);
  const h = Number(p.hh);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (Japanese UI) header block, body not prefixed */
export const outlookJa = (from: string, local: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  return `________________________________\n差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${Number(p.hh)}:${p.mi}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** Outlook (English UI) header block */
export const outlookEn = (from: string, local: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  const h = Number(p.hh);
  return `________________________________\nFrom: ${from}\nSent: ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][p.wd]}, ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][p.mo - 1]} ${p.d}, ${p.y} ${h % 12 === 0 ? 12 : h % 12}:${p.mi} ${h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** -----Original Message----- (older Outlook / Thunderbird) */
export const origMsg = (from: string, local: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${rfcDate(local + (local.length === 16 ? ':00' : ''), '+0900')}\nSubject: ${subject}\n\n${quote(body)}`;
/** Salesforce-style separator used by the support form replies */
export const sfEn = (from: string, local: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${local}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, local: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${local}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const fwdJa = (from: string, local: string, subject: string, to: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${gmailJa(local, '').replace(/ :$/, '')}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdEn = (from: string, local: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${gmailEn(local, '').replace(/ wrote:$/, '').replace(/^On /, '')}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00D1tEm7k._500Ul${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

/** dates: d('2026-02-03 10:12:00', '+0900') */
export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

/** what every message spec needs; the rest has defaults */
export type Spec = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'trap' | 'note' | 'subject' | 'date'> & Partial<Msg>;

/** support mail to a user: trusted by default (pass), delivered to them */
export const mk = (to: string, from: string) => (s: Spec): Msg => ({
  from,
  to,
  trusted: true,
  forUser: true,
  auth: 'pass',
  enc: s.lang === 'ja' ? 'jis7' : 'ascii7',
  ...s,
});
