// People, case IDs, quoting helpers and a message factory for the bm corpus.
import type { Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (their addresses are in lib.ts USER_ADDRS)
export const KIMURA = { ja: '木村 健一', en: 'Kenichi Kimura', keep: 'kenichi.kimura@example.jp', src: 'k.kimura@oldcorp-sys.example.co.jp', keepId: 'AWS04417729', srcId: 'AWS90382164' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'misaki.nakamura@partner.example.co.jp', keepId: 'AWS51190846', srcId: 'AWS27736015' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.takahashi@example.com', src: 'takahashi-s@dev.example.co.jp', keepId: 'AWS66028137', srcId: 'AWS13950472' };
export const DAN = { name: 'Daniel Osei', keep: 'dan.osei@example.net', src: 'daniel.osei@contractor.example.com', keepId: 'AWS38861205', srcId: 'AWS74410938' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni-example.edu', keepId: 'AWS82290517', srcId: 'AWS19067743' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

export const CASE = {
  kimura: '17893320418',
  kimuraNew: '1790215563',
  misaki: '176550913826',
  misakiDup: '1765512006',
  sho: '1781046627359',
  dan: '17720948813',
  danDup: '1772110390',
  lena: '178304417260',
  other: '1779003316',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style history block, as the support form's ticketing system writes it */
export const sfHist = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D0Bm7Kx._500Vb${seed}:ref`;

export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when} ${name} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, toAddr: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, toAddr: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, style = 'font-family:Arial,sans-serif;font-size:14px'): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="${style}">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</div></body></html>';

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'subject' | 'date' | 'enc' | 'to'>;
/** defaults: from support form, authenticated, delivered to the user, not a trap */
export const mk = (x: Req & Partial<Msg>): Msg => ({
  from: SUP,
  auth: 'pass',
  trusted: true,
  forUser: true,
  trap: false,
  ...x,
});
