// Set cp ("mail inside mail"): people, case IDs and the shape helpers that wrap
// a message inside another (forward-as-attachment, digests, bounces, invitations, letters).
import { rfcDate, token, type Enc, type HdrMode, type Inner, type Node } from './lib.js';
import { ics, pdfLetter, pngScan, type Invite } from './attach.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const MISAKI = { ja: '田中 美咲', en: 'Misaki Tanaka', keep: 'misaki.tanaka@example.jp', src: 'm-tanaka@kaisha.example.co.jp', keepId: 'AWS30418826', srcId: 'AWS77120354' };
export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'ken.suzuki@example.com', src: 'suzuki.k@oldfirm.example.co.jp', mobile: 'ken-s@mobile.example.ne.jp', keepId: 'AWS41187092', srcId: 'AWS25590418' };
export const YUMI = { ja: '小林 由美', en: 'Yumi Kobayashi', keep: 'yumi.k@example.net', src: 'kobayashi.y@univ.example.ac.jp', keepId: 'AWS58830217', srcId: 'AWS60014593' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'daniel.okafor@example.com', src: 'd.okafor@contractor.example.net', keepId: 'AWS82200419', srcId: 'AWS13376502' };
export const SOFIA = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 'srossi@agency.example.com', keepId: 'AWS90041873', srcId: 'AWS34418860' };

export const CASE = {
  misaki: '1781234509',
  misakiDup: '1781239977',
  misakiExam: '17812001234',
  ken: '17843320651',
  kenVoucher: '17843399012',
  yumi: '178600412237',
  daniel: '1779901234',
  danielSub: '17799088121',
  sofia: '17822446688',
  sofiaDup: '1782244012',
} as const;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');
export const mid = (seed: string, dom = 'email.amazonses.com'): string => `<0100019${token(seed, 10, '0123456789abcdef')}-${token(seed + 'm', 8, '0123456789abcdef')}-000000@${dom}>`;

// ---- leaves
export const T = (enc: Enc, body: string): Node => ({ t: 'text', sub: 'plain', enc, body });
export const H = (enc: Enc, body: string): Node => ({ t: 'text', sub: 'html', enc, body });
export const alt = (enc: Enc, text: string, html: string): Node => ({ t: 'multi', sub: 'alternative', parts: [T(enc, text), H(enc, html)] });
export const mixed = (...parts: Node[]): Node => ({ t: 'multi', sub: 'mixed', parts });
export const pdf = (filename: string, title: string, lines: string[]): Node => ({ t: 'bin', ctype: 'application/pdf', filename, data: pdfLetter(title, lines) });
export const png = (filename: string, seed: number, desc: string, cid?: string): Node =>
  cid ? { t: 'bin', ctype: 'image/png', filename, data: pngScan(seed, desc), disp: 'inline', cid } : { t: 'bin', ctype: 'image/png', filename, data: pngScan(seed, desc) };
export const txtFile = (enc: Enc, filename: string, body: string): Node => ({ t: 'text', sub: 'plain', enc, body, filename, disp: 'attachment' });

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** planted trace headers of an original message carried as an attachment (they are "further down": never the receiving server's verdict) */
export const innerTrace = (seed: string, dom: string, date: string): string[] => [
  `Authentication-Results: mx.test.example;\n\tdkim=pass header.d=${dom} header.s=rte02 header.b=${token(seed, 8)};\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${dom}`,
  `Received: from a48-${token(seed, 3, '0123456789')}.smtp-out.amazonses.com (a48-${token(seed, 3, '0123456789')}.smtp-out.amazonses.com [54.240.48.${(token(seed, 2, '123456789').charCodeAt(0) % 90) + 20}])\n\tby mx.test.example (Postfix) with ESMTPS id 4${token(seed + 'q', 11, 'BCDFGHJKLMNPQRSTVWXZ0123456789')}; ${date}`,
];

export interface InnerSpec {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
  seed: string;
  hdr: HdrMode;
  body: Node;
  trace?: boolean;
  extra?: string[];
}
export function inner(o: InnerSpec): Inner {
  const dom = (/@([^>\s]+)/.exec(o.from)?.[1] ?? 'example.com').toLowerCase();
  const r: Inner = { from: o.from, to: o.to, subject: o.subject, date: o.date, messageId: mid(o.seed, dom.endsWith('amazon.com') ? 'email.amazonses.com' : dom), hdr: o.hdr, body: o.body };
  if (o.cc) r.cc = o.cc;
  if (o.trace) r.trace = innerTrace(o.seed, dom, o.date);
  if (o.extra) r.extra = o.extra;
  return r;
}

/** a message carried as an attachment (forward-as-attachment, re-sent notice) */
export const eml = (i: Inner, filename?: string): Node => (filename ? { t: 'rfc822', inner: i, filename, disp: 'attachment' } : { t: 'rfc822', inner: i });

/** multipart/digest of several messages, after an introductory text part */
export const digest = (intro: Node, items: Inner[]): Node => ({
  t: 'multi',
  sub: 'mixed',
  parts: [intro, { t: 'multi', sub: 'digest', parts: items.map((i) => ({ t: 'rfc822', inner: i }) as Node) }],
});

export interface DsnSpec {
  human: Node;
  reportingMta: string;
  arrival: string;
  recipient: string;
  action: 'failed' | 'delayed';
  status: string;
  remoteMta?: string;
  diag: string;
  original: Inner;
  headersOnly?: boolean;
}
/** RFC 3464 delivery-status notification */
export function dsn(d: DsnSpec): Node {
  const fields = [
    `Reporting-MTA: dns; ${d.reportingMta}`,
    `X-Postfix-Queue-ID: ${token(d.recipient + d.arrival, 10, '0123456789ABCDEF')}`,
    `Arrival-Date: ${d.arrival}`,
    '',
    `Final-Recipient: rfc822; ${d.recipient}`,
    `Original-Recipient: rfc822;${d.recipient}`,
    `Action: ${d.action}`,
    `Status: ${d.status}`,
    ...(d.remoteMta ? [`Remote-MTA: dns; ${d.remoteMta}`] : []),
    `Diagnostic-Code: smtp; ${d.diag}`,
  ].join('\n');
  const orig: Node = d.headersOnly
    ? { t: 'raw', ctype: 'text/rfc822-headers', body: `From: ${d.original.from}\nTo: ${d.original.to}\nDate: ${d.original.date}\nMessage-ID: ${d.original.messageId}\nSubject: (see original)`, cte: '7bit' }
    : { t: 'rfc822', inner: d.original, description: 'Undelivered Message' };
  return { t: 'multi', sub: 'report', params: 'report-type=delivery-status', parts: [d.human, { t: 'raw', ctype: 'message/delivery-status', body: fields, cte: '7bit' }, orig] };
}

/** an invitation as calendar programs send it: text + html + text/calendar, plus invite.ics */
export function invite(enc: Enc, text: string, html: string, v: Invite): Node {
  const cal = ics(v);
  return {
    t: 'multi',
    sub: 'mixed',
    parts: [
      { t: 'multi', sub: 'alternative', parts: [T(enc, text), H(enc, html), { t: 'text', sub: 'calendar', enc: 'utf8b64', body: cal, params: `method=${v.method}` }] },
      { t: 'bin', ctype: 'application/ics', filename: 'invite.ics', data: Buffer.from(cal.replace(/\n/g, '\r\n'), 'utf8') },
    ],
  };
}

// quote headers
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (s: string): [number, number, number, string] => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})$/.exec(s);
  if (!m) throw new Error('bad quote date ' + s);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
};
const wd = (y: number, mo: number, d: number): number => new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
export const gmailJa = (when: string, who: string): string => {
  const [y, mo, d, hm] = parts(when);
  return `${y}年${mo}月${d}日(${WD_JA[wd(y, mo, d)]}) ${hm} ${who}:`;
};
export const gmailEn = (when: string, who: string): string => {
  const [y, mo, d, hm] = parts(when);
  const [hh, mm] = hm.split(':').map(Number) as [number, number];
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `On ${WD_EN[wd(y, mo, d)]}, ${MON_EN[mo - 1]} ${d}, ${y} at ${h12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
export const outlookJa = (from: string, when: string, to: string, subject: string): string => {
  const [y, mo, d, hm] = parts(when);
  return `差出人: ${from}\n送信日時: ${y}年${mo}月${d}日 ${hm}\n宛先: ${to}\n件名: ${subject}`;
};
export const outlookEn = (from: string, when: string, to: string, subject: string): string => {
  const [y, mo, d, hm] = parts(when);
  const full = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][wd(y, mo, d)];
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mo - 1];
  return `From: ${from}\nSent: ${full}, ${month} ${d}, ${y} ${hm}\nTo: ${to}\nSubject: ${subject}`;
};
export const sfQuote = (from: string, when: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${when}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const fwdJa = (from: string, when: string, subject: string, to: string): string => {
  const [y, mo, d, hm] = parts(when);
  return `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${y}年${mo}月${d}日(${WD_JA[wd(y, mo, d)]}) ${hm}\nSubject: ${subject}\nTo: ${to}`;
};
export const fwdEn = (from: string, when: string, subject: string, to: string): string => {
  const [y, mo, d, hm] = parts(when);
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${WD_EN[wd(y, mo, d)]}, ${MON_EN[mo - 1]} ${d}, ${y} at ${hm}\nSubject: ${subject}\nTo: ${to}`;
};
export const sfRef = (seed: string): string => `ref:_00D1a2bC3._500${token(seed, 9, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}:ref`;
