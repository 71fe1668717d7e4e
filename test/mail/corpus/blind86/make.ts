// Turns a short message definition into a full Msg: date, trace shape, trust label.
import { addrOf, domainOf, rfcDate, type Enc, type Kind, type Msg } from './lib.js';
import { SH } from './common.js';

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];
const trustedFrom = (from: string): boolean => {
  const d = domainOf(from);
  return TRUSTED.some((t) => d === t || d.endsWith('.' + t));
};

export interface Def {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  trap?: boolean;
  forUser?: boolean;
  caseId: string | null;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  /** 'YYYY-MM-DD HH:MM:SS' */
  at: string;
  tz?: string;
  shape: keyof typeof SH;
  enc: Enc;
  text?: string;
  html?: string;
  rcpt?: string;
  more?: Partial<Msg>;
}

export function mk(d: Def): Msg {
  const shape = SH[d.shape];
  if (!shape) throw new Error(`${d.slug}: unknown shape ${String(d.shape)}`);
  const date = rfcDate(d.at, d.tz ?? (d.lang === 'ja' && !d.from.includes('amazon') && !d.from.includes('credly') ? '+0900' : '+0000'));
  const rcpt = d.rcpt ?? addrOf(d.to)[0] ?? '';
  const t = { slug: d.slug, from: d.from, date, rcpt };
  const m: Msg = {
    slug: d.slug,
    kind: d.kind,
    lang: d.lang,
    trusted: shape.passes && trustedFrom(d.from),
    forUser: d.forUser ?? true,
    caseId: d.caseId,
    trap: d.trap ?? false,
    note: d.note,
    from: d.from,
    to: d.to,
    subject: d.subject,
    date,
    auth: shape.auth,
    enc: d.enc,
    rcpt,
    ...(d.cc !== undefined ? { cc: d.cc } : {}),
    ...(d.text !== undefined ? { text: d.text } : {}),
    ...(d.html !== undefined ? { html: d.html } : {}),
    ...(shape.trace ? { trace: shape.trace(t) } : {}),
    ...(shape.returnPath ? { returnPath: shape.returnPath(t) } : {}),
    ...d.more,
  };
  if (shape.extra) m.extra = [...shape.extra(t), ...(d.more?.extra ?? [])];
  return m;
}
