// Set ac: people, addresses, case IDs and quoting helpers. Voice: time (deadlines, waiting).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT = `AWS Training and Certification <${FORM}>`;
export const SUPPORT_JA = `AWS トレーニングと認定 <${FORM}>`;
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'kenichi.nakamura@mailbox.example', src: 'k-nakamura@hoshizora-sys.example.co.jp', keepId: 'AWS40715283', srcId: 'AWS08836192' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kobayashi@example.ne.jp', src: 'm.kobayashi@tsubame-soft.example.jp', keepId: 'AWS26650914', srcId: 'AWS71190358' };
export const SHO = { ja: '藤原 翔', en: 'Sho Fujiwara', keep: 'sho.fujiwara@kumo-mail.example', src: 'fujiwara-s@minato-dc.example.co.jp', keepId: 'AWS53382017', srcId: 'AWS94401276' };
export const YUKI = { ja: '森 由紀', en: 'Yuki Mori', keep: 'mori.yuki@hikari-net.example', src: 'y-mori@kaede-bank.example.co.jp', keepId: 'AWS60028841', srcId: 'AWS37712095' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'd.okafor@example.co.uk', src: 'daniel.okafor@brightwave.example.com', keepId: 'AWS81273340', srcId: 'AWS15590862' };
export const LENA = { name: 'Lena Schultz', keep: 'lena.schultz@example.de', src: 'lschultz@nordlicht-it.example', keepId: 'AWS44906617', srcId: 'AWS29038845' };
export const TOMAS = { name: 'Tomas Rivera', keep: 'tomas.rivera@example.org', src: 'trivera@cobaltlane.example', keepId: 'AWS67315529', srcId: 'AWS03381746' };

// people who are not the user
export const BOSS = '田中 潤 <tanaka.jun@hoshizora-sys.example.co.jp>';
export const CERT_LIST = 'cert-admins@hoshizora-sys.example.co.jp';
export const COLLEAGUE_EN = 'James Whitfield <j.whitfield@brightwave.example.com>';

export const CASE = {
  ken: '1781459023',
  kenDup: '1781460377',
  ken2: '18120048836',
  misaki: '17922083145',
  misaki2: '1796300877',
  sho: '179630051128',
  yuki: '1788104426',
  daniel: '1803316640275',
  lena: '18055720913',
  lenaDup: '18055799064',
  tomas: '1799031174',
  tanaka: '1782200371',
} as const;

const JA_WD = ['日', '月', '火', '水', '木', '金', '土'];
const EN_WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_WD_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MON_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (at: string): [number, number, number, string, string] => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(at);
  if (!m) throw new Error(`bad ${at}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? '', m[5] ?? ''];
};
const wd = (y: number, mo: number, d: number): number => new Date(Date.UTC(y, mo - 1, d)).getUTCDay();

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail quote header + quoted body */
export const gmailJa = (at: string, who: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  return `${y}年${mo}月${d}日(${JA_WD[wd(y, mo, d)]}) ${Number(h)}:${mi} ${who}:\n\n${quote(body)}`;
};
/** English Gmail quote header + quoted body */
export const gmailEn = (at: string, who: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  const hh = Number(h);
  return `On ${EN_WD[wd(y, mo, d)]}, ${EN_MON[mo - 1]} ${d}, ${y} at ${hh % 12 || 12}:${mi} ${hh < 12 ? 'AM' : 'PM'} ${who} wrote:\n\n${quote(body)}`;
};
/** Japanese Outlook header block (no > quoting) */
export const outlookJa = (at: string, from: string, to: string, subject: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  return `________________________________\n差出人: ${from}\n送信日時: ${y}年${mo}月${d}日 ${h}:${mi}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** English Outlook header block */
export const outlookEn = (at: string, from: string, to: string, subject: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  const hh = Number(h);
  return `________________________________\nFrom: ${from}\nSent: ${EN_WD_LONG[wd(y, mo, d)]}, ${EN_MON_LONG[mo - 1]} ${d}, ${y} ${hh % 12 || 12}:${mi} ${hh < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** -----Original Message----- block (older Outlook / Japanese corporate mailers) */
export const origMsgJa = (at: string, from: string, subject: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  return `-----Original Message-----\nFrom: ${from}\nSent: ${y}/${String(mo).padStart(2, '0')}/${String(d).padStart(2, '0')} ${h}:${mi}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce-style block used under AWS support replies */
export const sfOriginal = (from: string, at: string, to: string, subject: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  return `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${mo}/${d}/${y}, ${h}:${mi}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
export const sfOriginalJa = (from: string, at: string, to: string, subject: string, body: string): string => {
  const [y, mo, d, h, mi] = parts(at);
  return `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${y}/${mo}/${d} ${h}:${mi}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
export const sfRef = (seed: string): string => `ref:_00D5f0Ac3._500Tq${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif">\n${inner}\n</body></html>`;

export const AUTO = ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'];

/** What a message is written from; defaults fill the common case (support mail that passes DMARC). */
export interface Spec {
  kind: Kind;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  caseId: string | null;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  at: string; // 'YYYY-MM-DD HH:MM:SS'
  tz?: string;
  auth?: Auth;
  enc: Enc;
  text?: string;
  html?: string;
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

export function mk(lang: 'ja' | 'en', list: Spec[]): Msg[] {
  return list.map((s, i) => ({
    slug: `ac-${lang}-${String(i + 1).padStart(2, '0')}`,
    kind: s.kind,
    lang,
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from,
    to: s.to,
    cc: s.cc,
    subject: s.subject,
    date: rfcDate(s.at, s.tz ?? (lang === 'ja' ? '+0900' : '+0000')),
    auth: s.auth ?? 'pass',
    enc: s.enc,
    text: s.text,
    html: s.html,
    hdr: s.hdr,
    wholeSubject: s.wholeSubject,
    crlf: s.crlf,
    relay: s.relay,
    rcpt: s.rcpt,
    deliveredTo: s.deliveredTo,
    inReplyTo: s.inReplyTo,
    references: s.references,
    extra: s.extra,
    resent: s.resent,
    ctExtra: s.ctExtra,
  }));
}

// the customers' own requests, quoted under replies
export const KEN_REQ = `AWS認定アカウントの統合を依頼します。
残すアカウント: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
年明けに退職予定のため、それまでに個人側へ寄せておきたいです。
中村 健一 (星空システムズ)`;

export const MISAKI_REQ = `お世話になります、小林と申します。
前職 (つばめソフト) のアドレスで受験した分を、個人アドレスのアカウントにまとめていただけますでしょうか。
個人: ${MISAKI.keep}
前職: ${MISAKI.src}
連休前にお送りしてしまい恐縮ですが、よろしくお願いします。`;

export const SHO_REQ = `認定アカウントが2つあるので1つにしたいです。
${SHO.keepId}(こっちを残したい)と ${SHO.srcId} です。
藤原`;

export const YUKI_REQ = `いつもお世話になっております。かえで銀行の森です。
社用アドレス ${YUKI.src} で取得した認定を、私用の ${YUKI.keep} に移したく、ご連絡いたしました。
お忙しいところ恐れ入りますが、ご対応のほどお願い申し上げます。`;

export const DANIEL_REQ = `Hi,
I've ended up with two certification accounts: ${DANIEL.keepId} (${DANIEL.keep}) and ${DANIEL.srcId} (${DANIEL.src}, my old employer).
I'd like to keep the first one. I'm leaving Brightwave at the end of the month, so sooner is better.
Daniel`;

export const LENA_REQ = `Hello,
please combine my certification accounts. Keep: ${LENA.keep} (${LENA.keepId}). Old: ${LENA.src} (${LENA.srcId}).
I'm off from Dec 22 to Jan 6, so replies may take me a few days.
Best, Lena Schultz`;

export const TOMAS_REQ = `Hello - I passed SAA with ${TOMAS.src} and DVA with ${TOMAS.keep}. Could both live under ${TOMAS.keep}? Thanks! Tomas`;
