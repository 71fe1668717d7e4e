// Set bh: shared people, case IDs, quoting helpers and a message factory.
// Voice of this set: clarifying questions, round after round.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'ken.nakamura@example.jp', src: 'k-nakamura@oldtech.example.co.jp', keepId: 'AWS03349182', srcId: 'AWS77120465' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kobayashi@example.ne.jp', src: 'm.kobayashi@hq.example.co.jp', keepId: 'AWS51288034', srcId: 'AWS60419927' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.takahashi@example.org', src: 'takahashi.sho@univ.example.ac.jp', keepId: 'AWS24470915', srcId: 'AWS90032716' };
export const YUKI = { ja: '渡辺 由紀', en: 'Yuki Watanabe', keep: 'yuki.watanabe@example.com', src: 'watanabe-y@partner.example.co.jp', keepId: 'AWS38811620', srcId: 'AWS42207751' };
export const DAN = { en: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@contractor.example.net', keepId: 'AWS15092284', srcId: 'AWS66713350' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS80245517', srcId: 'AWS29961043' };
export const WEI = { en: 'Wei Chen', keep: 'wei.chen@example.net', src: 'chenw@bootcamp.example.org', keepId: 'AWS47730092', srcId: 'AWS05581176' };

export const CASE = {
  ken: '17734410295',
  kenExam: '177345590112',
  misaki: '1768830241',
  sho: '1781920047365',
  yuki: '174455620318',
  yukiDup: '174455690021',
  dan: '17920084413',
  danDup: '1792231104',
  lena: '1759903318472',
  lenaBilling: '1759911020',
  wei: '18011562730',
} as const;

export const addr = (name: string, a: string): string => `${name} <${a}>`;

/** Date in JST by default */
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (ja) quote header */
export const gmailJa = (when: string, who: string, a: string, body: string): string => `${when} ${who} <${a}>:\n\n${quote(body)}`;
/** Gmail (en) quote header */
export const gmailEn = (when: string, who: string, a: string, body: string): string => `On ${when} ${who} <${a}> wrote:\n${quote(body)}`;
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (en) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separator used by the support form mailer */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D5fK2xR._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang: 'ja' | 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif;font-size:14px">\n${inner}\n</body></html>`;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'to' | 'subject' | 'date' | 'enc'>;
/** Message factory: support sender, authenticated, trusted and for the user unless told otherwise. */
export function mk(o: Req & Partial<Msg>): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    auth: 'pass',
    ...o,
  };
}
