// Set `at`: people, case IDs, senders and the small builders for structured
// notifications (key-value blocks, HTML tables, cards, digests, quote headers).
import { hash, rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k.ito@formerco.example.co.jp', keepId: 'AWS04418273', srcId: 'AWS77102954' };
export const YUKI = { ja: '森 由紀', en: 'Yuki Mori', keep: 'yuki.mori@example.ne.jp', src: 'y.mori@bank.example.co.jp', keepId: 'AWS31907746', srcId: 'AWS62235180' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 'sokafor@consult.example.com', keepId: 'AWS58830417', srcId: 'AWS20094461' };
export const LENA = { name: 'Lena Vogel', keep: 'lena.vogel@example.de', src: 'l.vogel@agency.example.eu', keepId: 'AWS93310528', srcId: 'AWS41166093' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// support case IDs used in this set (10-13 digits)
export const C = {
  kenji: '177320458812',
  kenjiExam: '177311002934',
  yuki: '1781046629',
  yukiDup: '1781049073',
  taro: '17836620147',
  taroBill: '17836699012',
  sam: '178822310457',
  samOld: '17882209931',
  lena: '1793014488',
  alex: '1801122334455',
  alexVoucher: '1801120098',
  misc: '1766554433',
  alexBill: '1801125566',
  ichiro: '1799000112',
} as const;
export const ALL_CASE_IDS: string[] = Object.values(C);

/** a date derived from the slug, Oct-Nov 2026, so order of writing says nothing */
export function dateFor(slug: string, tz = '+0000'): string {
  const h = hash(slug + 'date');
  const day = 1 + (h % 58);
  const mo = day > 31 ? 11 : 10;
  const d = day > 31 ? day - 31 : day;
  const hh = (h >>> 8) % 24;
  const mi = (h >>> 13) % 60;
  const ss = (h >>> 19) % 60;
  const p = (x: number): string => String(x).padStart(2, '0');
  return rfcDate(`2026-${p(mo)}-${p(d)} ${p(hh)}:${p(mi)}:${p(ss)}`, tz);
}

type Base = Pick<Msg, 'slug' | 'kind' | 'note' | 'subject' | 'enc'> & Partial<Msg>;
export function mk(lang: 'ja' | 'en', o: Base): Msg {
  return {
    lang,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: lang === 'ja' ? to(KENJI.ja, KENJI.keep) : to(SAM.name, SAM.keep),
    auth: 'pass',
    date: dateFor(o.slug, lang === 'ja' ? '+0900' : '+0000'),
    ...o,
  } as Msg;
}

export const kv = (rows: Array<[string, string]>, sep = '：'): string => rows.map(([k, v]) => `${k}${sep}${v}`).join('\n');
/** padded plain-text table, "Label ....... value" */
export const kvPad = (rows: Array<[string, string]>, w = 22): string => rows.map(([k, v]) => `${(k + ' ').padEnd(w, '.')} ${v}`).join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const tableHtml = (rows: Array<[string, string]>): string =>
  `<table cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px">\n${rows
    .map(([k, v]) => `<tr><th align="left" style="background:#f2f3f3;border:1px solid #d5dbdb">${esc(k)}</th><td style="border:1px solid #d5dbdb">${esc(v)}</td></tr>`)
    .join('\n')}\n</table>`;
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const banner = (t: string, color = '#d13212'): string =>
  `<div style="background:${color};color:#ffffff;padding:10px 16px;font-weight:bold">${esc(t)}</div>`;
export const page = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="margin:0;background:#ffffff">\n<div style="max-width:600px;margin:0 auto">\n${inner}\n</div>\n</body></html>`;
export const card = (title: string, inner: string, button?: [string, string]): string =>
  `<div style="border:1px solid #e1e4e8;border-radius:8px;padding:24px;margin:16px">\n<h2 style="font-size:20px;margin:0 0 12px">${esc(title)}</h2>\n${inner}${
    button ? `\n<p style="text-align:center;margin-top:20px"><a href="${button[1]}" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:4px">${esc(button[0])}</a></p>` : ''
  }\n</div>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');
export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, toLine: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toLine: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subj}\n\n${body}`;
export const sfQuote = (from: string, sent: string, toLine: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subj}\n\n${body}`;
export const fwdJa = (from: string, date: string, subj: string, toLine: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${toLine}\n\n${body}`;
export const fwdEn = (from: string, date: string, subj: string, toLine: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${toLine}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00D30Kp7X._5006${String(hash(seed) % 100000000).padStart(8, '0')}:ref`;

export const SIG_JA = `AWS トレーニングと認定 カスタマーサービス`;
export const SIG_EN = `AWS Training and Certification Customer Support`;
