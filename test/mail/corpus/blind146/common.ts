// Set eo: shared senders, personas, quoting helpers and a message factory.
import { createHash } from 'node:crypto';
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const TC_NEWS = 'AWS Training and Certification <aws-training-news@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const MORI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@oldfirm.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS93025517', case: '1781204457' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.net', src: 'tanaka.yui@uni.example.ac.jp', keepId: 'AWS25570931', srcId: 'AWS68813402', case: '17790455128' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047', case: '176544820193' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182', case: '1772290314' };
export const SAM = { en: 'Sam Obi', keep: 'sam.obi@example.com', src: 's.obi@contractor.example.net', keepId: 'AWS57720184', srcId: 'AWS30962215', case: '1784430926' };
export const PRIYA = { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471', case: '178300112244' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193', case: '1779035571' };

export const h8 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 8);

/** deterministic date in Nov/Dec 2026 from the slug unless one is given */
export function dateFor(slug: string, tz = '+0000'): string {
  const n = parseInt(createHash('sha256').update('d' + slug).digest('hex').slice(0, 8), 16);
  const day = 2 + (n % 36); // 2..37 → Nov 2 .. Dec 7
  const mo = day > 30 ? 12 : 11;
  const dd = day > 30 ? day - 30 : day;
  const hh = (n >>> 8) % 24;
  const mi = (n >>> 13) % 60;
  const ss = (n >>> 19) % 60;
  const p = (x: number): string => String(x).padStart(2, '0');
  return rfcDate(`2026-${p(mo)}-${p(dd)} ${p(hh)}:${p(mi)}:${p(ss)}`, tz);
}

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject'> & Partial<Msg>;
/** factory: support sender, trusted pass, delivered to `to`, ISO-2022-JP for ja and us-ascii for en unless told */
export function mk(o: Req): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: o.lang === 'ja' ? MORI.keep : ALEX.keep,
    date: o.date ?? dateFor(o.slug),
    auth: 'pass',
    enc: o.lang === 'ja' ? 'jis7' : 'ascii7',
    ...o,
  };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${h8(seed).toUpperCase()}:ref`;
export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when}, ${name} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const btn = (label: string, url: string): string =>
  `<table role="presentation"><tr><td style="background:#ff9900;border-radius:4px;padding:10px 18px"><a href="${url}" style="color:#000;text-decoration:none;font-weight:bold">${esc(label)}</a></td></tr></table>`;
export const page = (inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const SIG_JA = `AWS トレーニングと認定 カスタマーサポート`;
export const SIG_EN = `AWS Training and Certification Customer Support`;
