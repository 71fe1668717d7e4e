// cs: people, senders, case IDs and quoting helpers. Voice: support handling the case itself
// (escalations, transfers, re-opens, duplicate cases, holds, apologies, complaints, surveys).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

// ---- senders (trusted domains unless said otherwise)
export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT = `AWS Training and Certification <${FORM}>`;
export const SUPPORT_JA = `AWS トレーニングと認定 <${FORM}>`;
export const ESCALATIONS = `AWS T&C Escalations Team <${FORM}>`;
export const CUST_REL = 'AWS Training and Certification Customer Relations <tc-customer-relations@amazon.com>';
export const CERT_OPS = 'AWS Certification Operations <certification-operations@aws.training>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <aws-certification-noreply@aws.training>';
export const SURVEY = 'AWS Support Feedback <aws-support-feedback@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

// ---- the user's personas (addresses listed in lib.ts USER_ADDRS)
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.net', src: 'k.mori@formerco.example.jp', keepId: 'AWS70315529', srcId: 'AWS22840917' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.jp', src: 'tanaka.yui@bigco.example.co.jp', keepId: 'AWS41938806', srcId: 'AWS88012364' };
export const SHO = { ja: '木村 翔', en: 'Sho Kimura', keep: 'sho.kimura@example.org', src: 'kimura.sho@sier.example.co.jp', keepId: 'AWS56620493', srcId: 'AWS30178852' };
export const SAM = { en: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 's.okafor@contractor.example.org', keepId: 'AWS93401276', srcId: 'AWS17762045' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni-hh.example.de', keepId: 'AWS64029913', srcId: 'AWS05518377' };

// people who are not the user
export const SUZUKI = '鈴木 部長 <suzuki.b@formerco.example.jp>';
export const HELPDESK = 'IT Helpdesk <it-helpdesk@bigco.example.co.jp>';
export const TEAMLIST = 'cert-admins@sier.example.co.jp';
export const COLLEAGUE_EN = 'Priyanka Rao <p.rao@contractor.example.org>';

// support case IDs (10–13 digits)
export const CASE = {
  kenji: '1781004526',
  kenjiDup: '1781009313',
  yuiOld: '17790211458',
  yui: '17834402918',
  sho: '178456620031',
  shoDup: '178456701187',
  sam: '1786210049571',
  samDup: '1786233102',
  lena: '17873390412',
  lenaOld: '17861190077',
  refund: '1790417733',
  exam: '17904566120',
} as const;

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const thread = (seed: string): string => `[THREAD ID: 1-${seed}]`;

// ---- quoting helpers (mechanics only; all wording is written per message)
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${quote(body)}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- message factory: every label is written explicitly at the call site
export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  trusted: boolean;
  forUser: boolean;
  caseId: string | null;
  trap: boolean;
  note: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  when: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  auth: Auth;
  enc: Enc;
  text?: string;
  html?: string;
  extra?: Partial<Msg>;
}

export const mk = (s: Spec): Msg => ({
  slug: s.slug,
  kind: s.kind,
  lang: s.lang,
  trusted: s.trusted,
  forUser: s.forUser,
  caseId: s.caseId,
  trap: s.trap,
  note: s.note,
  from: s.from,
  to: s.to,
  ...(s.cc !== undefined ? { cc: s.cc } : {}),
  subject: s.subject,
  date: rfcDate(s.when, s.tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
  auth: s.auth,
  enc: s.enc,
  ...(s.text !== undefined ? { text: s.text } : {}),
  ...(s.html !== undefined ? { html: s.html } : {}),
  ...(s.extra ?? {}),
});
