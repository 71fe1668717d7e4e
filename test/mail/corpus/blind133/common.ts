// Set eb: shared people, addresses, quoting helpers and the message helper.
import type { Auth, Enc, Kind, Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健', en: 'Ken Suzuki', keep: 'ken.suzuki@example.jp', src: 'k-suzuki@oldcorp.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS81920374' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.com', src: 'takahashi.m@shop.example.co.jp', keepId: 'AWS44102958', srcId: 'AWS27759013' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.net', src: 'sho.ito@univ.example.ac.jp', keepId: 'AWS60318827', srcId: 'AWS19485530' };
export const JORDAN = { name: 'Jordan Lee', keep: 'jordan.lee@example.com', src: 'jlee@contractor.example.net', keepId: 'AWS52039184', srcId: 'AWS73310426' };
export const FATIMA = { name: 'Fatima Rahman', keep: 'fatima.r@example.org', src: 'f.rahman@oldbank.example', keepId: 'AWS90126634', srcId: 'AWS38845120' };

export const CASE = {
  ken: '1784420193',
  ken2: '178501122233',
  misaki: '17830055124',
  misakiDup: '1783006120',
  sho: '1786612340571',
  jordan: '179112045588',
  jordan2: '1791300276',
  fatima: '17904417263',
  fatima2: '1792208845',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq7W._500${seed}:ref`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** What a writer declares; trusted/forUser are stated as intent and checked against the bytes. */
export interface Spec {
  tag: string;
  kind: Kind;
  case: string | null;
  trap?: boolean;
  note: string;
  from?: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
  auth?: Auth;
  enc: Enc;
  text?: string;
  html?: string;
  untrusted?: boolean;
  notForUser?: boolean;
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

export function toMsg(lang: 'ja' | 'en', s: Spec): Msg {
  const { tag, case: caseId, untrusted, notForUser, trap, from, auth, ...rest } = s;
  return {
    ...rest,
    slug: `${lang}-${tag}`,
    lang,
    caseId,
    trap: trap ?? false,
    trusted: !untrusted,
    forUser: !notForUser,
    from: from ?? SUPPORT,
    auth: auth ?? 'pass',
  };
}
