// bt: people, case IDs and quoting helpers. Every persona's first language is
// neither English nor Japanese (Korean, Chinese, Spanish, Portuguese, German).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseSubjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// Park Jiwoo (Korean, works in Tokyo, writes Japanese)
export const PARK = { ko: '박지우', ja: 'パク ジウ', en: 'Jiwoo Park', keep: 'jiwoo.park@example.com', src: 'park.jiwoo@corp-tokyo.example.jp', keepId: 'AWS40817263', srcId: 'AWS72201948' };
// Chen Wei (Chinese, former employer in Yokohama, writes Japanese)
export const CHEN = { ja: '陳 偉', en: 'Wei Chen', keep: 'chen.wei@example.net', src: 'wei.chen@oldfirm.example.co.jp', keepId: 'AWS11830294', srcId: 'AWS90357716' };
// Lucía Fernández (Spanish, researcher in Osaka, writes English and some Japanese)
export const LUCIA = { ja: 'ルシア・フェルナンデス', en: 'Lucía Fernández', ascii: 'Lucia Fernandez', keep: 'lucia.fdz@example.es', src: 'l.fernandez@osaka-lab.example.jp', keepId: 'AWS63018842', srcId: 'AWS27749105' };
// João Pereira (Brazilian, factory IT in Aichi, writes Japanese and English)
export const JOAO = { ja: 'ペレイラ ジョアン', en: 'João Pereira', ascii: 'Joao Pereira', keep: 'joao.pereira@example.com.br', src: 'jpereira@fabrica.example.co.jp', keepId: 'AWS55902371', srcId: 'AWS08813460' };
// Katrin Müller (German, writes English)
export const KATRIN = { en: 'Katrin Müller', ascii: 'Katrin Mueller', keep: 'katrin.mueller@example.de', src: 'k.mueller@altfirma.example.de', keepId: 'AWS38461129', srcId: 'AWS94420507' };
// Kim Seoyeon (Korean, Seoul, writes English and Japanese)
export const SEOYEON = { ko: '김서연', ja: 'キム ソヨン', en: 'Seoyeon Kim', keep: 'seoyeon.kim@example.kr', src: 'kim.sy@hanbit-soft.example.co.kr', keepId: 'AWS67120385', srcId: 'AWS30058214' };

export const CASE = {
  park: '1781904432',
  parkDup: '1781907710',
  chen: '178233019845',
  lucia: '17790466213',
  joao: '1786620037512',
  katrin: '17843391027',
  seoyeon: '179120034481',
  seoyeonRefund: '1791188820',
  chenExam: '1783001457',
  katrinBilling: '17849920318',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string => `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string => `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export interface P {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  note: string;
  subject: string;
  /** 'YYYY-MM-DD hh:mm:ss' plus zone */
  when: [string, string];
  enc: Enc;
  to: string;
  from?: string;
  trusted?: boolean;
  forUser?: boolean;
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
  extra?: string[];
  resent?: Msg['resent'];
  inReplyTo?: string;
  references?: string;
}

/** defaults: from support, authenticated, trusted, delivered to the user, not a trap */
export function mk(p: P): Msg {
  const m: Msg = {
    slug: p.slug,
    kind: p.kind,
    lang: p.lang,
    trusted: p.trusted ?? true,
    forUser: p.forUser ?? true,
    caseId: p.caseId,
    trap: p.trap ?? false,
    note: p.note,
    from: p.from ?? SUPPORT,
    to: p.to,
    subject: p.subject,
    date: rfcDate(p.when[0], p.when[1]),
    auth: p.auth ?? 'pass',
    enc: p.enc,
  };
  if (p.text !== undefined) m.text = p.text;
  if (p.html !== undefined) m.html = p.html;
  if (p.cc !== undefined) m.cc = p.cc;
  if (p.hdr !== undefined) m.hdr = p.hdr;
  if (p.wholeSubject !== undefined) m.wholeSubject = p.wholeSubject;
  if (p.crlf !== undefined) m.crlf = p.crlf;
  if (p.relay !== undefined) m.relay = p.relay;
  if (p.rcpt !== undefined) m.rcpt = p.rcpt;
  if (p.deliveredTo !== undefined) m.deliveredTo = p.deliveredTo;
  if (p.extra !== undefined) m.extra = p.extra;
  if (p.resent !== undefined) m.resent = p.resent;
  if (p.inReplyTo !== undefined) m.inReplyTo = p.inReplyTo;
  if (p.references !== undefined) m.references = p.references;
  return m;
}

// the users' own first requests, in their own habits (quoted in later mail)
export const PARK_REQ = `안녕하세요. パク ジウと申します。
AWS認定のアカウントが2つあって、1つにしたいです。
前の会社のメール(${PARK.src}, ${PARK.srcId})のアカウントを、個人のメール(${PARK.keep}, ${PARK.keepId})のほうへ合わせてください。
日本語がまだ下手ですみません。よろしくお願いします。`;

export const CHEN_REQ = `お世話になります。陳です。
私は認定アカウント二個を持ちています。旧会社のアカウント ${CHEN.srcId} (${CHEN.src}) を、個人アカウント ${CHEN.keepId} (${CHEN.keep}) に合併希望します。
宜しくお願い致します。`;

export const LUCIA_REQ = `Hello, buenos días,
I have two certification profiles: one from my lab address ${LUCIA.src} (${LUCIA.srcId}) and my personal one ${LUCIA.keep} (${LUCIA.keepId}).
I would like to unify both in the personal. My contract in Osaka finish in March so I will lose the lab mail.
Muchas gracias,
Lucía`;

export const JOAO_REQ_JA = `こんにちは。ペレイラ ジョアンです。
会社のメールで作ったAWS認定アカウント(${JOAO.srcId})と、自分のアカウント(${JOAO.keepId})を1つにしたいです。
残す方は ${JOAO.keep} です。
よろしくおねがいします。Obrigado!`;

export const KATRIN_REQ = `Dear Sir or Madam,
hereby I request the merging of my two AWS Certification accounts. The account with the old employer address ${KATRIN.src} (candidate ID ${KATRIN.srcId}) shall be merged into ${KATRIN.keep} (${KATRIN.keepId}).
Please find the requested data above. For questions I am available any time.
With kind regards / Mit freundlichen Grüßen
Katrin Müller`;

export const SEOYEON_REQ = `Hello AWS team,
I am Kim Seoyeon from Seoul. I have 2 certification account, one is company (${SEOYEON.src}) and one is personal (${SEOYEON.keep}).
Please make them to one, the personal one is keep. My IDs: ${SEOYEON.keepId} (keep), ${SEOYEON.srcId}.
Thank you very much. 감사합니다.`;
