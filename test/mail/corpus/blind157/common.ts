// Set ez: people, addresses, quote headers and a message factory with defaults.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健', en: 'Ken Nakamura', keep: 'ken.nakamura@example.jp', src: 'k-nakamura@oldco.example.co.jp', keepId: 'AWS40318852', srcId: 'AWS77120463' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.net', src: 'kobayashi.m@sier.example.co.jp', keepId: 'AWS51902277', srcId: 'AWS22874910' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito-sho@univ.example.ac.jp', keepId: 'AWS60714438', srcId: 'AWS39105526' };
export const DANA = { name: 'Dana Whitfield', keep: 'dana.w@example.org', src: 'dwhitfield@contractor.example', keepId: 'AWS83301947', srcId: 'AWS14462038' };
export const LUCAS = { name: 'Lucas Moreau', keep: 'lucas.moreau@example.fr', src: 'l.moreau@agency.example.com', keepId: 'AWS92750316', srcId: 'AWS30581174' };

export const CASE = {
  ken: '1781120394',
  kenExam: '1785001236',
  misaki: '178240551203',
  sho: '17899023417',
  shoDup: '17899031188',
  dana: '1779403318826',
  danaDup: '1779411102',
  lucas: '1780662190',
  lucasRefund: '1786630042',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) attribution line */
export const gmailJa = (when: string, who: string): string => `${when} ${who}:`;
/** Gmail (English UI) attribution line */
export const gmailEn = (when: string, who: string): string => `On ${when}, ${who} wrote:`;
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
/** the support tool's own history block */
export const sfBlock = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Ez7K._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'to'> & Partial<Msg> & { at: string; tz?: string };

/** A message with the usual support defaults: genuine support sender, aligned pass, for the user, no trap. */
export function mk(r: Req): Msg {
  const { at, tz, ...rest } = r;
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    auth: 'pass',
    enc: r.lang === 'ja' ? 'jis7' : 'ascii7',
    date: rfcDate(at, tz ?? (r.lang === 'ja' ? '+0900' : '+0000')),
    ...rest,
  } as Msg;
}
