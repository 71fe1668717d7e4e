// Shared people, senders, case IDs and quote helpers for the dy set.
import { domainOf, rfcDate, trustedDomain, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k-mori@hq.example.co.jp', keepId: 'AWS77310245', srcId: 'AWS40286619' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const DANA = { name: 'Dana Whitfield', keep: 'dana.w@example.net', src: 'dwhitfield@contoso-labs.example', keepId: 'AWS58802317', srcId: 'AWS21640093' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };

export const CASE = {
  taro: '17830566214',
  hanako: '1781402297',
  hanakoDup: '1781405530',
  kenji: '178822904417',
  kenji2: '1790155230688',
  alex: '17866031592',
  dana: '1779320045816',
  danaDup: '1779320710',
  priya: '178440019273',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** the customer's original request lines, quoted under replies */
export const REQ = {
  taro: `AWS認定アカウントの統合を依頼します。\n残す: ${TARO.keepId} / ${TARO.keep}\n統合元: ${TARO.srcId} / ${TARO.src}\n山田`,
  hanako: `お世話になります。転職のため認定アカウントを一本化したく、起票いたします。\n存続: ${HANAKO.keep}\n廃止: ${HANAKO.src}\n佐藤`,
  kenji: `認定アカウント2件(${KENJI.keepId}, ${KENJI.srcId})の統合をお願いします。保持するのは ${KENJI.keep} 側です。`,
  alex: `Please consolidate my two certification profiles. Keep ${ALEX.keep} (${ALEX.keepId}); retire ${ALEX.src} (${ALEX.srcId}).`,
  dana: `Requesting a merge of candidate records ${DANA.srcId} -> ${DANA.keepId}. Primary email going forward: ${DANA.keep}.`,
  priya: `Hi, two certification accounts after a job change - please move everything to ${PRIYA.keep}. Old login ${PRIYA.src}. Priya`,
};

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  note: string;
  subject: string;
  when: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  enc: Enc;
  text?: string;
  html?: string;
  from?: string;
  to?: string;
  cc?: string;
  auth?: Auth;
  trap?: boolean;
  forUser?: boolean;
  extra?: Omit<Partial<Msg>, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'subject' | 'date' | 'enc' | 'text' | 'html' | 'trusted' | 'forUser' | 'trap'>;
}

/** expand a spec; trusted is stated from the auth shape and From domain, then re-checked against the bytes */
export function mk(s: Spec): Msg {
  const from = s.from ?? SUPPORT;
  const auth = s.auth ?? 'pass';
  const trusted = (auth === 'pass' || auth === 'dkimonly') && trustedDomain(domainOf(from));
  const msg: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from,
    to: s.to ?? TARO.keep,
    subject: s.subject,
    date: rfcDate(s.when, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth,
    enc: s.enc,
    ...(s.extra ?? {}),
  };
  if (s.cc !== undefined) msg.cc = s.cc;
  if (s.text !== undefined) msg.text = s.text;
  if (s.html !== undefined) msg.html = s.html;
  return msg;
}
