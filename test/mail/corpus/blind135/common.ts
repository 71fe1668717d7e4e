// Set ed: shared senders, personas, case IDs and a compact message constructor.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT = 'AWS Certification <certification-noreply@aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '木村 健一', en: 'Kenichi Kimura', keep: 'ken.kimura@example.jp', src: 'kimura.k@oldcorp.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS77120395' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.ne.jp', src: 'm-takahashi@corp-b.example.co.jp', keepId: 'AWS41902257', srcId: 'AWS80316644' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.com', src: 'nakamura.sho@dev.example.jp', keepId: 'AWS52270931', srcId: 'AWS19485520' };
export const YUI = { ja: '伊藤 結衣', en: 'Yui Ito', keep: 'yui.ito@example.jp', src: 'yito@univ.example.ac.jp', keepId: 'AWS66013478', srcId: 'AWS23958106' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'daniel.okafor@example.net', src: 'd.okafor@contoso-old.example.com', keepId: 'AWS38801462', srcId: 'AWS90127735' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@hochschule.example.de', keepId: 'AWS47719053', srcId: 'AWS12690348' };
export const SAM = { name: 'Sam Rivera', keep: 'sam.rivera@example.com', src: 'srivera@agency.example.org', keepId: 'AWS59034821', srcId: 'AWS71166209' };

export const C = {
  ken: '1781145502',
  misaki: '177903318264',
  sho: '17842209917',
  yui: '1790552031',
  daniel: '1786630047215',
  lena: '17855302196',
  sam: '1791820394',
  kenOther: '1788801234',
  misakiOther: '17799124406',
  danielOther: '1786698812',
  samOther: '17920077314',
  samThird: '1792466018',
  stranger: '1783341209',
} as const;

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  subject: string;
  /** 'YYYY-MM-DD HH:MM:SS' local time */
  at: string;
  tz?: string;
  caseId: string | null;
  text?: string;
  html?: string;
  from?: string;
  to?: string;
  cc?: string;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Auth;
  enc?: Enc;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  extra?: string[];
  resent?: Msg['resent'];
  inReplyTo?: string;
}

const JA_ENC: Enc[] = ['jis7', 'utf8qp', 'jisb64', 'sjis8', 'utf8b64', 'jis7', 'sjisb64', 'utf88bit', 'jisb64'];
const EN_ENC: Enc[] = ['ascii7', 'utf8qp', 'utf8b64', 'ascii7', 'utf8qp'];
let ji = 0;
let ei = 0;

const nonAscii = (s: string): boolean => /[^\x00-\x7f]/.test(s);

export function mk(s: Spec): Msg {
  let enc = s.enc;
  if (!enc) {
    if (s.lang === 'ja') enc = JA_ENC[ji++ % JA_ENC.length] as Enc;
    else enc = EN_ENC[ei++ % EN_ENC.length] as Enc;
  }
  const body = (s.text ?? '') + (s.html ?? '') + s.subject + (s.from ?? '') + (s.to ?? '') + (s.cc ?? '');
  if (enc === 'ascii7' && nonAscii(body)) enc = 'utf8qp';
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from ?? SUP,
    to: s.to ?? KEN.keep,
    subject: s.subject,
    date: rfcDate(s.at, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth: s.auth ?? 'pass',
    enc,
  };
  if (s.cc !== undefined) m.cc = s.cc;
  if (s.text !== undefined) m.text = s.text;
  if (s.html !== undefined) m.html = s.html;
  if (s.hdr !== undefined) m.hdr = s.hdr;
  if (s.wholeSubject !== undefined) m.wholeSubject = s.wholeSubject;
  if (s.crlf !== undefined) m.crlf = s.crlf;
  if (s.relay !== undefined) m.relay = s.relay;
  if (s.rcpt !== undefined) m.rcpt = s.rcpt;
  if (s.deliveredTo !== undefined) m.deliveredTo = s.deliveredTo;
  if (s.extra !== undefined) m.extra = s.extra;
  if (s.resent !== undefined) m.resent = s.resent;
  if (s.inReplyTo !== undefined) m.inReplyTo = s.inReplyTo;
  return m;
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** rows → a plain HTML table */
export const table = (head: string[], rows: string[][]): string =>
  `<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">\n<tr>${head.map((h) => `<th align="left">${esc(h)}</th>`).join('')}</tr>\n` +
  rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n') +
  '\n</table>';

export const sfRef = (seed: string): string => `ref:_00D7x2Kp._5004${seed}:ref`;
