// Shared people, addresses and helpers for the dt set (chat-app formatting in mail).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_DOMAIN = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森田 健二', en: 'Kenji Morita', keep: 'kenji.morita@example.com', src: 'k.morita@corp-west.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS72038815' };
export const YUI = { ja: '石川 結衣', en: 'Yui Ishikawa', keep: 'yui.ishikawa@example.jp', src: 'yui.i@startup.example.io', keepId: 'AWS41129067', srcId: 'AWS58810342' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.net', src: 'nakamura@dev.example.co.jp', keepId: 'AWS66204518', srcId: 'AWS13390275' };
export const DANA = { name: 'Dana Okafor', keep: 'dana.okafor@example.net', src: 'd.okafor@agency.example.com', keepId: 'AWS90412273', srcId: 'AWS27756031' };
export const LENA = { name: 'Lena Brandt', keep: 'lena.brandt@example.de', src: 'l.brandt@oldfirm.example.de', keepId: 'AWS55091864', srcId: 'AWS81163320' };
export const TANAKA = '田中 一郎 <ichiro.tanaka@corp-west.example.co.jp>';

export const CASE = {
  kenji: '1782204519',
  kenjiDup: '1782209934',
  kenjiExam: '17830091177',
  yui: '17790341268',
  yuiRefund: '1781155520',
  sho: '178530027714',
  dana: '1776612093',
  danaBilling: '1779902214',
  lena: '17820066431',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → HTML paragraphs, Markdown left raw (templates that forgot to render it) */
export const paras = (text: string): string =>
  '<div style="font-family:-apple-system,Segoe UI,sans-serif">\n' +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</div>';

function h(s: string): number {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619) >>> 0;
  return x;
}

/** deterministic date from the slug (2026, Jan–Nov) */
export function dateFor(slug: string, tz = '+0000'): string {
  const v = h(slug);
  const mo = (v % 11) + 1;
  const d = ((v >>> 4) % 28) + 1;
  const hh = (v >>> 9) % 24;
  const mi = (v >>> 14) % 60;
  const ss = (v >>> 20) % 60;
  const p = (n: number): string => String(n).padStart(2, '0');
  return rfcDate(`2026-${p(mo)}-${p(d)} ${p(hh)}:${p(mi)}:${p(ss)}`, tz);
}

export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'from' | 'auth' | 'date' | 'enc'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'caseId' | 'trap' | 'from' | 'auth' | 'date' | 'enc'>>;

/** defaults: from support, authenticated, trusted, delivered, no trap */
export function mk(s: Spec): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    auth: 'pass',
    enc: s.lang === 'ja' ? 'utf8b64' : 'utf8qp',
    date: dateFor(s.slug),
    ...s,
  };
}
