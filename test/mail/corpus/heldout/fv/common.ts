// fv: people, case numbers and quoting helpers. Voice: corrections and retractions.
import { rfcDate, type Msg } from './lib.js';

export { rfcDate };

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';

/** the support form's subject line, optionally with a prefix a human agent typed */
export const subj = (id: string, pre = ''): string => `${pre}RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// The mailbox owner's addresses are the ones already in lib.ts USER_ADDRS (kept unchanged).
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS84420913' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS47291038', srcId: 'AWS19965402' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS62031187', srcId: 'AWS70488251' };
export const PRIYA = { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@formerco.example', keepId: 'AWS55810364', srcId: 'AWS28107795' };
export const MARIA = { en: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'm.garcia@campus.example.edu', keepId: 'AWS91376640', srcId: 'AWS40652218' };

export const T = (p: { ja?: string; en: string; keep: string }, ja = true): string => `${ja && p.ja ? p.ja : p.en} <${p.keep}>`;

// support case IDs of this set (10 to 13 digits)
export const C = {
  taro: '17849203316',
  taroWrong: '17849203361',
  taro2: '1802274419',
  hanako: '1776503928',
  hanakoNew: '178112093847',
  hanakoDup: '1776509114',
  alex: '1790448213',
  alex2: '17921830056',
  alexOld: '1790031177',
  priya: '176620194382',
  maria: '17733058219',
  mariaOld: '1769930071',
  refund: '1784001923',
  exam: '17855102348',
  other: '17801234987',
  taroDup: '1805519930',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500Vp${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const html = (text: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'enc' | 'to' | 'caseId' | 'from'>;

/** defaults: trusted, delivered to the user, aligned dmarc pass, not a trap */
export const mk = (o: Req & Partial<Msg>): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...o });

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);
