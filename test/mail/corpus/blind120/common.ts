// People, case IDs and quoting helpers for the "do" set (the case's clock).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const TRAINING = 'AWS Training and Certification <no-reply@aws.training>';
export const CERT_PORTAL = 'AWS Certification <certification@aws.amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const newSubject = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10937264', srcId: 'AWS58821403' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS27740918', srcId: 'AWS61093352' };
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@mail.example.co.jp', keepId: 'AWS44170285', srcId: 'AWS90312874' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS35508127', srcId: 'AWS47719036' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS70281945', srcId: 'AWS03317762' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS82044613', srcId: 'AWS15563098' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 'sokafor@consult.example.com', keepId: 'AWS66120473', srcId: 'AWS29905816' };

export const CASE = {
  taro: '1776508213',
  hanako: '17695310422',
  hanakoOld: '1761180337',
  kenji: '1781204475',
  kenji2: '17812093318',
  alex: '1784420096',
  priya: '1802233197',
  maria: '17915560284',
  sam: '1793305127',
  samDup: '179330998801',
  refund: '1787712003',
  exam: '17877350021',
} as const;

export const ALL_CASE_IDS: string[] = Object.values(CASE);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when}, ${name} <${addr}> wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginalJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq7R._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

/** A message definition: the label fields plus the mail, with the repetitive parts defaulted. */
export interface Def {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  subject: string;
  to: string;
  enc: Enc;
  /** local time "2026-MM-DD hh:mm:ss"; JST for ja, UTC for en unless tz given */
  at: string;
  tz?: string;
  from?: string;
  trusted?: boolean;
  forUser?: boolean;
  caseId?: string | null;
  trap?: boolean;
  auth?: Auth;
  text?: string;
  html?: string;
  cc?: string;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  resent?: Msg['resent'];
  ctExtra?: string;
}

export function mk(d: Def): Msg {
  const m: Msg = {
    slug: d.slug,
    kind: d.kind,
    lang: d.lang,
    trusted: d.trusted ?? true,
    forUser: d.forUser ?? true,
    caseId: d.caseId ?? null,
    trap: d.trap ?? false,
    note: d.note,
    from: d.from ?? SUPPORT,
    to: d.to,
    subject: d.subject,
    date: rfcDate(d.at, d.tz ?? (d.lang === 'ja' ? '+0900' : '+0000')),
    auth: d.auth ?? 'pass',
    enc: d.enc,
  };
  const opt: Array<keyof Def & keyof Msg> = ['text', 'html', 'cc', 'hdr', 'wholeSubject', 'crlf', 'relay', 'rcpt', 'deliveredTo', 'inReplyTo', 'references', 'extra', 'resent', 'ctExtra'];
  for (const k of opt) if (d[k] !== undefined) (m as unknown as Record<string, unknown>)[k] = d[k];
  return m;
}
