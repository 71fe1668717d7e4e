// dh: people, case IDs, senders and quoting helpers for the resends/reminders/corrections set.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_JP = 'AWS サポート <no-reply-aws@amazon.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.ne.jp', src: 'k-ito@oldwork.example.co.jp', keepId: 'AWS40127755', srcId: 'AWS77310926' };
export const MISAKI = { ja: '森 美咲', en: 'Misaki Mori', keep: 'misaki.mori@example.jp', src: 'mmori@agency.example.co.jp', keepId: 'AWS52281903', srcId: 'AWS68840127' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' };

// support case IDs (10-13 digits); *Wrong are the typos agents later correct
export const C = {
  taro: '1781204456',
  taroWrong: '1781240456',
  hanako: '17793301827',
  kenji: '1785550213470',
  kenjiDup: '1785550219981',
  misaki: '1780661423',
  misakiWrong: '1780661432',
  taroRefund: '1779001122',
  alex: '17839920175',
  alexWrong: '17839902175',
  priya: '1787712004',
  maria: '178430095512',
  mariaExam: '178430011209',
} as const;

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  note: string;
  subject: string;
  /** 'YYYY-MM-DD hh:mm:ss' local time */
  at: string;
  tz?: string;
  to: string;
  from?: string;
  cc?: string;
  trap?: boolean;
  untrusted?: boolean;
  notForUser?: boolean;
  auth?: Auth;
  enc?: Enc;
  text?: string;
  html?: string;
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
}

export function mk(s: Spec): Msg {
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted: !s.untrusted,
    forUser: !s.notForUser,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from ?? FORM,
    to: s.to,
    subject: s.subject,
    date: rfcDate(s.at, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth: s.auth ?? 'pass',
    enc: s.enc ?? (s.lang === 'ja' ? 'jis7' : 'ascii7'),
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
  if (s.inReplyTo !== undefined) m.inReplyTo = s.inReplyTo;
  if (s.references !== undefined) m.references = s.references;
  if (s.extra !== undefined) m.extra = s.extra;
  if (s.resent !== undefined) m.resent = s.resent;
  return m;
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by the support form's replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Japanese Outlook quote block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** English Outlook quote block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Japanese Gmail quote header + quoted body */
export const gmJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${q(body)}`;

export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
