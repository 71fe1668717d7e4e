// Set el: people, addresses, case IDs and quoting helpers. The voice of this set is
// names and labels that carry event words (merge, complete, confirm, close, badge,
// receipt, transfer) whether or not the mail is that event.
import { type Auth, type Enc, type Kind, type Msg, rfcDate } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (their addresses are in lib.ts USER_ADDRS)
export const KEN = { ja: '確井 健', en: 'Ken Kakui', keep: 'ken.kakui@example.jp', src: 'kakui@tougou-suishin.example.co.jp', keepId: 'AWS40719283', srcId: 'AWS82035516' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS27740915', srcId: 'AWS66012874' };
export const DAN = { name: 'Daniel Close', keep: 'dan.close@example.com', src: 'dclose@mergeconsulting.example.com', keepId: 'AWS53388102', srcId: 'AWS19904467' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS70021836', srcId: 'AWS31176640' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS15529073', srcId: 'AWS90418825' };

export const CASE = {
  ken: '17840022156',
  kenExam: '17840990123',
  hanako: '1785512037',
  hanakoDup: '1785514420',
  dan: '178003349172',
  danRefund: '1780071120',
  danDup: '1780033512',
  priya: '17861204458',
  taro: '1787730012345',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  trap: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  when: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  enc: Enc;
  auth?: Auth;
  forUser?: boolean;
  text?: string;
  html?: string;
  extra?: Partial<Msg>;
}

/** Label trust from the shape we ask for (the generator re-checks it against the bytes). */
export function mk(s: Spec): Msg {
  const auth = s.auth ?? 'pass';
  const dom = (/@([^>\s]+)>?\s*$/.exec(s.from)?.[1] ?? '').toLowerCase();
  const okDom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  const trusted = okDom && (auth === 'pass' || auth === 'dkimonly');
  return {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap,
    note: s.note,
    from: s.from,
    to: s.to,
    ...(s.cc !== undefined ? { cc: s.cc } : {}),
    subject: s.subject,
    date: rfcDate(s.when, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: s.enc,
    text: s.text,
    html: s.html,
    ...(s.extra ?? {}),
  };
}
