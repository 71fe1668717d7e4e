// dx: people, case IDs, quote helpers and a terse message factory.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-notice@aws.training>';

export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k.ito@oldfirm.example.co.jp', keepId: 'AWS40718825', srcId: 'AWS91530264' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS27730419', srcId: 'AWS83015562' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS60042871', srcId: 'AWS15578290' };
export const MIKI = { ja: '加藤 美希', keep: 'miki.kato@example.jp', src: 'm.kato@oldfirm.example.co.jp', keepId: 'AWS52290374', srcId: 'AWS38816025' };
export const RYO = { ja: '森 亮', keep: 'ryo.mori@example.jp', src: 'mori.ryo@corp2.example.co.jp', keepId: 'AWS74420918', srcId: 'AWS26603371' };
export const DANA = { name: 'Dana Ortiz', keep: 'dana.ortiz@example.com', src: 'dortiz@agency.example.org', keepId: 'AWS95510287', srcId: 'AWS41177306' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS33918406', srcId: 'AWS70264518' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS58820013', srcId: 'AWS04417792' };
export const SAM = { name: 'Sam Lee', keep: 'sam.lee@example.net', src: 'slee@corp-old.example.com', keepId: 'AWS19902347', srcId: 'AWS66120984' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS81307756', srcId: 'AWS23349018' };

export const C = {
  ken: '1781204937',
  kenRefund: '1781299001',
  taro: '176503318842',
  taroDup: '1765033201',
  hanako: '17720558193',
  alex: '1779340215567',
  alexExam: '1779344000012',
  priya: '17851002934',
  sam: '1769912340',
  maria: '178300456712',
  miki: '1770023118',
  ryo: '177311204588',
  dana: '1786640021',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500Vx${seed}:ref`;
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const domOf = (v: string): string => ((/<([^>]+)>/.exec(v)?.[1] ?? v).split('@')[1] ?? '').toLowerCase();

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  trap?: boolean;
  note: string;
  from?: string;
  to: string;
  cc?: string;
  subject: string;
  d: string; // local time 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  auth?: Auth;
  enc: Enc;
  text?: string;
  html?: string;
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
  resent?: Msg['resent'];
  ctExtra?: string;
}

/** defaults: from support, auth pass; trusted label = pass/dkim-aligned auth on a trusted sender domain */
export function mk(s: Spec): Msg {
  const from = s.from ?? SUP;
  const auth = s.auth ?? 'pass';
  const dom = domOf(from);
  const trustedDom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const { d, tz, forUser, trap, ...rest } = s;
  return {
    ...rest,
    from,
    auth,
    date: rfcDate(d, tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    trusted: trustedDom && (auth === 'pass' || auth === 'dkimonly'),
    forUser: forUser ?? true,
    trap: trap ?? false,
  };
}
