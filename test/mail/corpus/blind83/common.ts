// Shared people, senders and quoting helpers for set cd (badges and benefits after the merge).
import type { Msg, Kind, Enc, Auth } from './lib.js';
import { rfcDate } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@oldco.example.co.jp', keepId: 'AWS40219873', srcId: 'AWS77120654' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'nakamura.m@biz.example.co.jp', keepId: 'AWS61830427', srcId: 'AWS20485519' };
export const SAM = { name: 'Sam Rivera', keep: 'sam.rivera@example.com', src: 'srivera@corp.example.net', keepId: 'AWS93017264', srcId: 'AWS38852106' };

export const CASE = {
  kenji: '178120445501',
  misaki: '1779034128',
  misakiDup: '1779041736',
  sam: '17830551902',
  kenjiRefund: '1780999321',
  samExam: '1784402217733',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;
export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** Credly-like HTML card */
export const credlyHtml = (title: string, lines: string[], button: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n<table width="600" align="center"><tr><td>\n<h2>${esc(title)}</h2>\n${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}\n<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 18px">${esc(button)}</a></p>\n<p style="font-size:11px;color:#777">Credly, 1 Example Plaza, New York, NY | <a href="https://www.credly.com/notifications">Notification settings</a></p>\n</td></tr></table></body></html>`;

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  text?: string;
  html?: string;
  trusted?: boolean;
  forUser?: boolean;
  caseId?: string | null;
  trap?: boolean;
  auth?: Auth;
  enc?: Enc;
  extra?: Partial<Msg>;
}

/** fill the defaults: trusted, delivered to the user, no trap, authenticated */
export function M(s: Spec): Msg {
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    caseId: s.caseId ?? null,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from,
    to: s.to,
    subject: s.subject,
    date: s.date,
    auth: s.auth ?? 'pass',
    enc: s.enc ?? (s.lang === 'ja' ? 'jis7' : 'ascii7'),
    ...s.extra,
  };
  if (s.text !== undefined) m.text = s.text;
  if (s.html !== undefined) m.html = s.html;
  return m;
}
