// Set bd: people, case IDs, quote headers and the message factory.
// Voice of this set: the extremes of register (拝啓/敬具 letters and stiff
// "We hereby acknowledge" English next to "Hey there! 🎉" and 「〜しときました！」).
import { domainOf, rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '高橋 健一', en: 'Kenichi Takahashi', keep: 'ken.takahashi@example.net', src: 'k-takahashi@oldfirm.example.co.jp', keepId: 'AWS40718825', srcId: 'AWS92266013' };
export const MIKI = { ja: '伊藤 美紀', en: 'Miki Ito', keep: 'miki.ito@example.jp', src: 'ito.miki@shosha.example.co.jp', keepId: 'AWS51180347', srcId: 'AWS27730961' };
export const YUI = { ja: '小林 結衣', en: 'Yui Kobayashi', keep: 'yui.kobayashi@example.ne.jp', src: 'y.kobayashi@univ.example.ac.jp', keepId: 'AWS66029184', srcId: 'AWS13587720' };
export const JORDAN = { name: 'Jordan Blake', keep: 'jordan.blake@example.com', src: 'jblake@agency.example.net', keepId: 'AWS38840571', srcId: 'AWS70092316' };
export const SAM = { name: 'Samantha Reyes', keep: 'sam.reyes@example.org', src: 'sreyes@college.example.edu', keepId: 'AWS84419062', srcId: 'AWS25506139' };

export const to = (p: { ja?: string; name?: string; keep: string }, addr?: string): string => `${p.ja ?? p.name ?? ''} <${addr ?? p.keep}>`;

// support case IDs (10–13 digits)
export const CASE = {
  ken: '17834455102',
  ken2: '1790227384615',
  miki: '1768811930',
  mikiDup: '1768815502',
  yui: '177260038841',
  jordan: '178004417266',
  jordan2: '17944120038',
  sam: '1771905538',
  refund: '18100033447',
  exam: '1799300125',
} as const;

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const isTrustedDomain = (d: string): boolean => TRUSTED.some((t) => d === t || d.endsWith('.' + t));

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  caseId: string | null;
  subject: string;
  /** local time 'YYYY-MM-DD HH:MM:SS' */
  d: string;
  tz?: string;
  enc: Enc;
  text: string;
  /** 'html': HTML only; 'alt': multipart/alternative */
  shape?: 'html' | 'alt';
  from?: string;
  to: string;
  cc?: string;
  auth?: Auth;
  trap?: boolean;
  forUser?: boolean;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  resent?: { from: string; to: string; date: string };
  ctExtra?: string;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function htmlOf(text: string, lang: 'ja' | 'en'): string {
  const body = text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;
}

export function mk(s: Spec): Msg {
  const from = s.from ?? SUPPORT;
  const auth = s.auth ?? 'pass';
  const trusted = (auth === 'pass' || auth === 'dkimonly') && isTrustedDomain(domainOf(from));
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from,
    to: s.to,
    subject: s.subject,
    date: rfcDate(s.d, s.tz ?? '+0000'),
    auth,
    enc: s.enc,
  };
  if (s.shape === 'html') m.html = htmlOf(s.text, s.lang);
  else if (s.shape === 'alt') {
    m.text = s.text;
    m.html = htmlOf(s.text, s.lang);
  } else m.text = s.text;
  const opt = ['cc', 'hdr', 'wholeSubject', 'crlf', 'relay', 'rcpt', 'deliveredTo', 'inReplyTo', 'references', 'extra', 'resent', 'ctExtra'] as const;
  for (const k of opt) if (s[k] !== undefined) Object.assign(m, { [k]: s[k] });
  return m;
}

// ---- quoting

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(local: string): { y: number; mo: number; d: number; h: number; mi: string; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, h: Number(mm[4]), mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}

/** Gmail (ja): 2026年3月2日(月) 9:14 高橋 健一 <ken@example.net>: */
export function gmailJa(local: string, name: string, addr: string): string {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi} ${name} <${addr}>:`;
}

/** Gmail (en): On Mon, Mar 2, 2026 at 9:14 AM Jordan Blake <jordan@example.com> wrote: */
export function gmailEn(local: string, name: string, addr: string): string {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'} ${name} <${addr}> wrote:`;
}

/** Outlook (ja) header block */
export function outlookJa(local: string, from: string, toLine: string, subject: string): string {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${toLine}\n件名: ${subject}`;
}

/** Outlook (en) header block */
export function outlookEn(local: string, from: string, toLine: string, subject: string): string {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `-----Original Message-----\nFrom: ${from}\nSent: ${WD_EN_LONG[p.wd]}, ${MON_EN_LONG[p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${toLine}\nSubject: ${subject}`;
}

/** the separator AWS's case tool (Salesforce) puts above earlier mail */
export function sfQuote(local: string, from: string, toLine: string, subject: string, body: string): string {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${p.mo}/${p.d}/${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
}

export const sfRef = (seed: string): string => `ref:_00D1bdQ7x._500${seed}:ref`;

/** Gmail forward block */
export function fwd(local: string, from: string, toLine: string, subject: string, body: string, lang: 'ja' | 'en'): string {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  const date = lang === 'ja' ? `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi}` : `${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}`;
  const head = lang === 'ja' ? `---------- Forwarded message ---------\n差出人: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}` : `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}`;
  return `${head}\n\n${body}`;
}

// earlier mail that replies quote
export const KEN_REQ = `AWS認定アカウントの統合をお願い申し上げます。
統合先（残す方）: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
前職を退職するため、個人アドレスのアカウントへ集約したく存じます。
高橋 健一`;

export const MIKI_REQ = `はじめまして、伊藤です。
会社のアドレスで取った認定と、自分のアドレスで取った認定がバラバラになってしまいました。
個人の方（${MIKI.keep}）にまとめてもらえますか？
会社の方: ${MIKI.src}
よろしくお願いします！`;

export const YUI_REQ = `大学のメールで受験したCloud Practitionerと、個人メールで受験したSAAを一つのアカウントにまとめたいです。
残す: ${YUI.keep}（${YUI.keepId}）
まとめる: ${YUI.src}`;

export const JORDAN_REQ = `Hi team, I have two certification profiles (${JORDAN.keep} and ${JORDAN.src}) and would like them merged into the first one. Candidate IDs: ${JORDAN.keepId}, ${JORDAN.srcId}. Cheers, Jordan`;

export const SAM_REQ = `To whom it may concern,
I respectfully request that my two AWS Certification accounts be consolidated.
Retain: ${SAM.keep} (${SAM.keepId})
Retire: ${SAM.src} (${SAM.srcId})
Sincerely,
Samantha Reyes`;
