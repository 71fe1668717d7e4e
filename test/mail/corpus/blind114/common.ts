// Set di (letters): shared people, case IDs, the message helper and quoting helpers.
import { domainOf, rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const SUZ = { name: '鈴木 一郎', keep: 'ichiro.suzuki@example.jp', src: 'i.suzuki@shosha.example.co.jp', keepId: 'AWS30571194', srcId: 'AWS81260437' };
export const TAK = { name: '高橋 美咲', keep: 'misaki.t@example.ne.jp', src: 'takahashi.m@univ.example.ac.jp', keepId: 'AWS44019826', srcId: 'AWS17735062' };
export const NAK = { name: '中村 健', keep: 'ken.nakamura@example.com', src: 'nakamura@factory.example.co.jp', keepId: 'AWS60284417', srcId: 'AWS29903158' };
export const OKA = { name: '岡田 由紀', keep: 'yuki.okada@example.jp', src: 'okada@bank.example.co.jp', keepId: 'AWS75510239', srcId: 'AWS38846601' };
export const HOL = { name: 'Edward Hollis', keep: 'e.hollis@example.co.uk', src: 'edward.hollis@firm.example.com', keepId: 'AWS52293310', srcId: 'AWS90017724' };
export const GRA = { name: 'Fiona Grant', keep: 'fiona.grant@example.ie', src: 'fgrant@college.example.ac.uk', keepId: 'AWS13384905', srcId: 'AWS67720148' };
export const BEL = { name: 'Olusegun Bello', keep: 'o.bello@example.ng', src: 'obello@telco.example.com', keepId: 'AWS24468871', srcId: 'AWS85530926' };

export const C = {
  suz: '1803317742',
  suzDup: '18033190051',
  tak: '179922046613',
  nak: '1812004577',
  nakOther: '18120088231',
  oka: '1815502934',
  hol: '1806673391042',
  gra: '17994410283',
  graOther: '1799448800',
  bel: '1810027765',
} as const;

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

export interface Spec {
  s: string;
  k: Kind;
  l: 'ja' | 'en';
  trap?: boolean;
  note: string;
  from?: string;
  to: string;
  cc?: string;
  subj: string;
  d: string;
  tz?: string;
  auth?: Auth;
  enc: Enc;
  text?: string;
  html?: string;
  id: string | null;
  forUser?: boolean;
  hdr?: Msg['hdr'];
  whole?: boolean;
  crlf?: boolean;
  resent?: Msg['resent'];
  deliveredTo?: string | null;
  rcpt?: string;
  extra?: string[];
  relay?: string;
  inReplyTo?: string;
}

/** One message; `trusted` is the writer's reading of the guide (checked again against the bytes). */
export function mk(x: Spec): Msg {
  const from = x.from ?? SUPPORT;
  const auth = x.auth ?? 'pass';
  const dom = domainOf(from);
  const trusted = (auth === 'pass' || auth === 'dkimonly') && TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const m: Msg = {
    slug: x.s,
    kind: x.k,
    lang: x.l,
    trusted,
    forUser: x.forUser ?? true,
    caseId: x.id,
    trap: x.trap ?? false,
    note: x.note,
    from,
    to: x.to,
    subject: x.subj,
    date: rfcDate(x.d, x.tz ?? (x.l === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: x.enc,
  };
  if (x.cc) m.cc = x.cc;
  if (x.text !== undefined) m.text = x.text;
  if (x.html !== undefined) m.html = x.html;
  if (x.hdr) m.hdr = x.hdr;
  if (x.whole) m.wholeSubject = true;
  if (x.crlf === false) m.crlf = false;
  if (x.resent) m.resent = x.resent;
  if (x.deliveredTo !== undefined) m.deliveredTo = x.deliveredTo;
  if (x.rcpt) m.rcpt = x.rcpt;
  if (x.extra) m.extra = x.extra;
  if (x.relay) m.relay = x.relay;
  if (x.inReplyTo) m.inReplyTo = x.inReplyTo;
  return m;
}

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
/** Gmail's Japanese quote header: 2026年11月10日(火) 9:14 鈴木 一郎 <x@y>: */
export function gmailJa(local: string, who: string): string {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(local);
  const [y, mo, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  const wd = WD_JA[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${y}年${mo}月${d}日(${wd}) ${Number(mm[4])}:${mm[5]} ${who}:`;
}
export function gmailEn(local: string, who: string): string {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(local);
  const [y, mo, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dt.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1];
  const h = Number(mm[4]);
  return `On ${wd}, ${d} ${mon} ${y} at ${h > 12 ? h - 12 : h}:${mm[5]} ${h >= 12 ? 'PM' : 'AM'}, ${who} wrote:`;
}

export const q = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : '> ' + l).replace(/\s+$/, ''))
    .join('\n');

/** Outlook's Japanese header block */
export const olJa = (from: string, sent: string, to: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subj}\n\n${body}`;
export const olEn = (from: string, sent: string, to: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subj}\n\n${body}`;
/** the ticket system's own quote separator */
export const sfq = (from: string, sent: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subj}\n\n${body}`;
export const threadRef = (seed: string): string => `[ref:_00Dx1Kq7._500${seed}:ref]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const toHtml = (text: string): string =>
  `<html><body>\n${text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n')}\n</body></html>`;
