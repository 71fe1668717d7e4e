// Set ee: people, case IDs and small helpers. Every message is built through mk(),
// which only fills defaults; each label field a message sets is its own.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const subj = (id: string, pre = 'RE:'): string => `${pre}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: keep = the address the user keeps, src = the one merged away
export const P = {
  taro: { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS40718253', srcId: 'AWS91630475' },
  hanako: { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS27735018', srcId: 'AWS60214497' },
  kenji: { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.jp', src: 'watanabe.kenji@oldco.example.co.jp', keepId: 'AWS33029861', srcId: 'AWS85176420' },
  alex: { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS52398814', srcId: 'AWS17740062' },
  priya: { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS64410937', srcId: 'AWS29907315' },
  maria: { en: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS78852106', srcId: 'AWS03369584' },
  sam: { en: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 'sokafor@consult.example.biz', keepId: 'AWS45081273', srcId: 'AWS92215640' },
} as const;

export const C = {
  taro: '17793051842',
  taro2: '1781155720',
  hanako: '178440026193',
  hanakoDup: '1784401187',
  kenji: '1790288315',
  kenji2: '17902941066',
  alex: '1786602937',
  priya: '178013746205',
  maria: '1792204518',
  sam: '1795530872146',
  other: '1788813309',
} as const;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject'>;

function h(s: string): number {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619) >>> 0;
  return x;
}

/** a deterministic date from the slug unless one is given */
export function autoDate(slug: string, tz: string): string {
  const n = h(slug);
  const mo = (n % 11) + 1;
  const d = ((n >>> 4) % 27) + 1;
  const hh = (n >>> 9) % 24;
  const mi = (n >>> 14) % 60;
  const ss = (n >>> 20) % 60;
  const p = (v: number): string => String(v).padStart(2, '0');
  return rfcDate(`2026-${p(mo)}-${p(d)} ${p(hh)}:${p(mi)}:${p(ss)}`, tz);
}

export function mk(o: Req & Partial<Msg>): Msg {
  const lang = o.lang;
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: P.taro.keep,
    auth: 'pass',
    enc: lang === 'ja' ? 'jis7' : 'ascii7',
    date: o.date ?? autoDate(o.slug, lang === 'ja' && !(o.from ?? SUPPORT).includes('amazon') ? '+0900' : '+0000'),
    ...o,
  } as Msg;
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const ref = (seed: string): string => `ref:_00Dd0Gh2X._500Vx${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((x) => `<p>${esc(x).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
