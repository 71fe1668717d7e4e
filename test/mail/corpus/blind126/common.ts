// Set du: people, case numbers and a compact message maker. Voice: numbers and dates written every way.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certmetrics.aws.training>';
export const TRAINING = 'AWS Training <noreply@aws.training>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森 健二', keep: 'kenji.mori@example.jp', src: 'mori.k@gakuen.example.ac.jp', keepId: 'AWS40718263', srcId: 'AWS93150827' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS26603914', srcId: 'AWS71248530' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS15520879', srcId: 'AWS84061372' };
export const DANA = { en: 'Dana Ortiz', keep: 'dana.ortiz@example.net', src: 'dortiz@work.example.org', keepId: 'AWS50392716', srcId: 'AWS62781045' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS38802461', srcId: 'AWS17750398' };

export const C = {
  kenji: '1781204657',
  kenjiOld: '1779933015',
  hanako: '17812990433',
  taro: '178340216758',
  dana: '1782554091',
  alex: '1784003329817',
  refund: '1780551204',
  exam: '17831160928',
} as const;

/** ASCII digits → full-width */
export const fw = (s: string): string => s.replace(/[0-9A-Za-z]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** 1781204657 → "1781 2046 57" style groups */
export const grp = (s: string, sep = ' ', n = 4): string => (s.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(sep);

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  '<html><body>\n' +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

export interface Spec {
  s: string;
  k: Kind;
  l: 'ja' | 'en';
  c?: string | null;
  t?: boolean;
  n: string;
  subj: string;
  body: string;
  from?: string;
  to?: string;
  cc?: string;
  auth?: Auth;
  enc?: Enc;
  /** 'alt' = text + html, 'only' = html only */
  html?: 'alt' | 'only';
  trusted?: boolean;
  forUser?: boolean;
  date?: string;
  tz?: string;
  resent?: Msg['resent'];
  extra?: string[];
  deliveredTo?: string | null;
  hdr?: Msg['hdr'];
  crlf?: boolean;
}

const JA_ENC: Enc[] = ['jis7', 'jisb64', 'sjis8', 'utf8qp', 'jis7', 'sjisb64', 'utf8b64', 'utf88bit'];
const EN_ENC: Enc[] = ['ascii7', 'utf8qp', 'ascii7', 'utf8b64'];
const TRUSTED_DOMS = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

export function make(list: Spec[], seedDay: number): Msg[] {
  return list.map((x, i) => {
    const from = x.from ?? SUPPORT;
    const dom = (/@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? '').toLowerCase();
    const auth = x.auth ?? 'pass';
    const trustedGuess = (auth === 'pass' || auth === 'dkimonly') && TRUSTED_DOMS.some((t) => dom === t || dom.endsWith('.' + t));
    let enc = x.enc ?? (x.l === 'ja' ? JA_ENC[i % JA_ENC.length] : EN_ENC[i % EN_ENC.length]) ?? 'utf8qp';
    const allText = x.body + x.subj + from + (x.to ?? '');
    if (enc === 'ascii7' && /[^\x00-\x7f]/.test(allText)) enc = 'utf8qp';
    const day = 1 + ((seedDay + i * 7) % 27);
    const mon = 10 + (i % 3);
    const hh = 8 + ((i * 5) % 12);
    const mm = (i * 13) % 60;
    const local = x.date ?? `2026-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}`;
    const tz = x.tz ?? (x.l === 'ja' ? (i % 3 === 0 ? '+0000' : '+0900') : i % 2 ? '-0800' : '+0000');
    const m: Msg = {
      slug: x.s,
      kind: x.k,
      lang: x.l,
      trusted: x.trusted ?? trustedGuess,
      forUser: x.forUser ?? true,
      caseId: x.c ?? null,
      trap: x.t ?? false,
      note: x.n,
      from,
      to: x.to ?? (x.l === 'ja' ? KENJI.keep : DANA.keep),
      subject: x.subj,
      date: rfcDate(local, tz),
      auth,
      enc,
    };
    if (x.cc) m.cc = x.cc;
    if (x.html === 'only') m.html = paras(x.body);
    else if (x.html === 'alt') {
      m.text = x.body;
      m.html = paras(x.body);
    } else m.text = x.body;
    if (x.resent) m.resent = x.resent;
    if (x.extra) m.extra = x.extra;
    if (x.deliveredTo !== undefined) m.deliveredTo = x.deliveredTo;
    if (x.hdr) m.hdr = x.hdr;
    if (x.crlf !== undefined) m.crlf = x.crlf;
    return m;
  });
}
