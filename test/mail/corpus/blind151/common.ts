// Shared people, addresses, quoting helpers and the message factory for set "et"
// (the meaning in the subject line; or a stale subject over a body that tells the news).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30918274', srcId: 'AWS77102658' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS41830092', srcId: 'AWS05526719' };
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.ne.jp', src: 'k-mori@oldco.example.co.jp', keepId: 'AWS68813407', srcId: 'AWS12094485' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS90416733', srcId: 'AWS27765190' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS53391862', srcId: 'AWS84420517' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS19907246', srcId: 'AWS62238805' };

export const CASE = {
  taro: '17920455103',
  taroOld: '1774419020',
  taroRefund: '1790088812',
  hanako: '1788123046',
  hanakoExam: '17923310557',
  kenji: '179364028851',
  kenjiDup: '1793640411',
  alex: '1801947263',
  alexOld: '1774902211',
  priya: '17955520318',
  priyaBill: '1796120377',
  maria: '1786604412977',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

type In = Omit<Msg, 'slug' | 'trusted' | 'forUser' | 'trap' | 'from' | 'to' | 'date' | 'auth'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'from' | 'to' | 'date' | 'auth'>>;

const seq = { ja: 0, en: 0 };
/** fill the defaults: from support, to the persona's kept address, a date stepping ~7.6 h per message */
export function M(o: In): Msg {
  seq[o.lang] += 1;
  const n = seq[o.lang];
  const base = Date.UTC(2026, 8, 28, 1, 3, 11) + n * 27437000 + (o.lang === 'en' ? 3600000 * 5 + 131000 : 0);
  const tzh = o.lang === 'ja' ? 9 : o.lang === 'en' && n % 3 === 0 ? -7 : 0;
  const d = new Date(base + tzh * 3600000);
  const pad = (x: number): string => String(x).padStart(2, '0');
  const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const tz = tzh === 9 ? '+0900' : tzh === -7 ? '-0700' : '+0000';
  return {
    trusted: true,
    forUser: true,
    trap: false,
    from: SUPPORT,
    to: o.lang === 'ja' ? TARO.keep : ALEX.keep,
    date: rfcDate(local, tz),
    auth: 'pass',
    ...o,
    slug: `et-${o.lang}${String(n).padStart(3, '0')}`,
  };
}
