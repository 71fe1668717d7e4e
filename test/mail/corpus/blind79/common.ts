// Set bz: people, senders, case IDs, quoting helpers and a compact message factory.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORTCENTER = 'AWS Support <no-reply@support.aws.com>';
export const TRAINING = 'AWS Training and Certification <no-reply@aws.training>';
export const CERT = 'AWS Certification <certification-noreply@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', keep: 'kenji.ito@example.co.jp', src: 'k-ito@bizcorp.example.jp', keepId: 'AWS40718263', srcId: 'AWS93310458' };
export const YUKI = { ja: '森 由紀', keep: 'yuki.mori@example.ne.jp', src: 'y.mori@agency.example.com', keepId: 'AWS22068137', srcId: 'AWS70591126' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const SAM = { name: "Sam O'Brien", keep: 'sam.obrien@example.net', src: 'sobrien@contractor.example.io', keepId: 'AWS61730295', srcId: 'AWS08845120' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni-x.example.edu', keepId: 'AWS35520984', srcId: 'AWS77102366' };

export const C = {
  kenji: '178830214657',
  kenji2: '1788412290',
  yuki: '17912045583',
  taro: '1794470218',
  taroOther: '179500388212',
  sam: '1786601932',
  samDup: '1786609141',
  lena: '17990318244',
  lenaOther: '1801127745',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const button = (href: string, label: string): string =>
  `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#ff9900;border-radius:4px;padding:10px 18px"><a href="${href}" style="color:#16191f;text-decoration:none;font-weight:bold">${esc(label)}</a></td></tr></table>`;
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const caseUrl = (id: string, lang = 'en'): string => `https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}&language=${lang}`;

/** Salesforce-style history block */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `---------- 元のメッセージ ----------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n\n${q(body)}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

export interface Spec {
  kind: Kind;
  subject: string;
  note: string;
  caseId: string | null;
  text?: string;
  html?: string;
  from?: string;
  to?: string;
  cc?: string;
  auth?: Auth;
  enc?: Enc;
  /** label: trusted (default true) */
  t?: boolean;
  /** label: forUser (default true) */
  fu?: boolean;
  trap?: boolean;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  extra?: string[];
  resent?: Msg['resent'];
  ctExtra?: string;
  inReplyTo?: string;
  references?: string;
  tz?: string;
}

/** Build one Msg. Dates step forward deterministically per language. */
export function makeSet(lang: 'ja' | 'en', start: string): (s: Spec) => Msg {
  let n = 0;
  const base = Date.parse(start + 'T00:00:00Z');
  return (s: Spec): Msg => {
    n += 1;
    const slug = `bz-${lang}-${String(n).padStart(3, '0')}`;
    const when = new Date(base + n * 37 * 3600 * 1000 + ((n * 7919) % 3600) * 1000);
    const iso = when.toISOString();
    const local = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
    const tz = s.tz ?? (lang === 'ja' ? '+0900' : '+0000');
    const m: Msg = {
      slug,
      kind: s.kind,
      lang,
      trusted: s.t ?? true,
      forUser: s.fu ?? true,
      caseId: s.caseId,
      trap: s.trap ?? false,
      note: s.note,
      from: s.from ?? FORM,
      to: s.to ?? (lang === 'ja' ? KENJI.keep : SAM.keep),
      subject: s.subject,
      date: rfcDate(local, tz),
      auth: s.auth ?? 'pass',
      enc: s.enc ?? (lang === 'ja' ? 'jis7' : 'ascii7'),
    };
    if (s.text !== undefined) m.text = s.text;
    if (s.html !== undefined) m.html = s.html;
    if (s.cc !== undefined) m.cc = s.cc;
    if (s.hdr !== undefined) m.hdr = s.hdr;
    if (s.wholeSubject !== undefined) m.wholeSubject = s.wholeSubject;
    if (s.crlf !== undefined) m.crlf = s.crlf;
    if (s.relay !== undefined) m.relay = s.relay;
    if (s.rcpt !== undefined) m.rcpt = s.rcpt;
    if (s.deliveredTo !== undefined) m.deliveredTo = s.deliveredTo;
    if (s.extra !== undefined) m.extra = s.extra;
    if (s.resent !== undefined) m.resent = s.resent;
    if (s.ctExtra !== undefined) m.ctExtra = s.ctExtra;
    if (s.inReplyTo !== undefined) m.inReplyTo = s.inReplyTo;
    if (s.references !== undefined) m.references = s.references;
    return m;
  };
}
