// Shared people, addresses, dates and quoting helpers for the bq corpus (voice: time pressure).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const TRAINING = 'AWS Training and Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: only the addresses listed in lib.ts USER_ADDRS are the user's
export const KENTA = { ja: '鈴木 健太', en: 'Kenta Suzuki', keep: 'kenta.suzuki@example.jp', src: 'k.suzuki@sier-old.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS81264039' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.ne.jp', src: 'takahashi.misaki@corp-b.example.co.jp', keepId: 'AWS47120958', srcId: 'AWS90316427' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.org', src: 'ito-sho@univ.example.ac.jp', keepId: 'AWS22849301', srcId: 'AWS66031478' };
export const JORDAN = { name: 'Jordan Lee', keep: 'jordan.lee@example.com', src: 'jlee@contractor.example.net', keepId: 'AWS58820417', srcId: 'AWS13094452' };
export const SAM = { name: 'Sam Patel', keep: 'sam.patel@example.org', src: 'spatel@oldfirm.example.com', keepId: 'AWS70461932', srcId: 'AWS24918806' };
export const EMILY = { name: 'Emily Chen', keep: 'emily.chen@example.net', src: 'echen@campus.example.edu', keepId: 'AWS91537260', srcId: 'AWS35702184' };

export const CASE = {
  kenta: '17692058831',
  kentaDup: '17692100472',
  kentaRefund: '17695511020',
  misaki: '1773318490',
  sho: '176550912804',
  jordan: '1781147702935',
  jordanDup: '1781150093',
  sam: '17740566218',
  emily: '1769988123',
  emilyExam: '1770123987',
} as const;

export const dt = rfcDate;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'trap' | 'note' | 'subject' | 'date' | 'from' | 'to' | 'enc'>;
/** a message with the usual defaults: authenticated, delivered to the user */
export function mk(s: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, auth: 'pass', ...s };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used under AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

/** Gmail (Japanese UI) attribution line */
export const gmailJa = (when: string, who: string): string => `${when} ${who}:`;
/** Gmail (English UI) attribution line */
export const gmailEn = (when: string, who: string): string => `On ${when}, ${who} wrote:`;

/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const AUTO = ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'];
export const AUTOREPLY = ['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply'];
