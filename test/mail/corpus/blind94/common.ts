// Set "co": people, case IDs, senders and quoting helpers shared by msgs-ja.ts / msgs-en.ts.
import type { Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseSubjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KENJI: Person = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@shigoto.example.co.jp', keepId: 'AWS40718253', srcId: 'AWS77302914' };
export const YUI: Person = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.net', src: 'yui.tanaka@oldco.example.jp', keepId: 'AWS51190376', srcId: 'AWS26648105' };
export const SHO: Person = { ja: '小林 翔', en: 'Sho Kobayashi', keep: 'sho.kobayashi@example.com', src: 's-kobayashi@partner.example.co.jp', keepId: 'AWS60027741', srcId: 'AWS38815590' };
export const MEI: Person = { ja: '中村 芽衣', en: 'Mei Nakamura', keep: 'mei.nakamura@example.ne.jp', src: 'nakamura.mei@univ.example.ac.jp', keepId: 'AWS70244816', srcId: 'AWS19930457' };
export const DAN: Person = { ja: 'ダニエル・オコロ', en: 'Daniel Okoro', keep: 'dan.okoro@example.com', src: 'd.okoro@firm.example.org', keepId: 'AWS83305127', srcId: 'AWS15520938' };
export const LENA: Person = { ja: 'レナ・フィッシャー', en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.net', keepId: 'AWS92061734', srcId: 'AWS44170266' };
export const RAJ: Person = { ja: 'ラージ・メータ', en: 'Raj Mehta', keep: 'raj.mehta@example.in', src: 'raj@startup.example.io', keepId: 'AWS67712093', srcId: 'AWS30598821' };

export const ITO: Person = { ja: '伊藤 大輔', en: 'Daisuke Ito', keep: 'd.ito@example.jp', src: 'ito.daisuke@bigcorp.example.co.jp', keepId: 'AWS58830162', srcId: 'AWS21094473' };

export const AYA: Person = { ja: '山本 彩', en: 'Aya Yamamoto', keep: 'aya.yamamoto@example.jp', src: 'a-yamamoto@lab.example.ac.jp', keepId: 'AWS64480219', srcId: 'AWS13377508' };

export const jaAddr = (p: Person, which: 'keep' | 'src' = 'keep'): string => `${p.ja} <${p[which]}>`;
export const enAddr = (p: Person, which: 'keep' | 'src' = 'keep'): string => `${p.en} <${p[which]}>`;

/** support case IDs (10-13 digits) */
export const CASE = {
  kenji: '17851230447',
  kenjiExam: '1786654401',
  yui: '178922010635',
  yuiDup: '1789220199',
  sho: '1791348822',
  shoDup: '1791350047',
  ito: '1799003318',
  aya: '1802233017',
  ayaLab: '1802230099',
  other: '1784409921',
  mei: '1797700312456',
  dan: '17934410286',
  danRefund: '179355120487',
  lena: '1795012376',
  raj: '179801234567',
} as const;

/** '> ' quoting, nested quotes gain one more '>' */
export const gt = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string): string => `${when} ${who}:`;
export const gmailEn = (when: string, who: string): string => `On ${when} ${who} wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const origMsg = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfBlock = (from: string, sent: string, to: string, subject: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfRef = (seed: string): string => `ref:_00Dco8Kq1._5004x${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** Colour-only inline answers in HTML: quoted lines in black, answers in a colour, no blockquote, no markers. */
export const colourInline = (segs: Array<{ q?: string; a?: string }>, colour = '#1F4E79'): string =>
  segs
    .map((s) =>
      s.q !== undefined
        ? `<div style="font-family:Meiryo,Arial,sans-serif;font-size:10.5pt">${esc(s.q).replace(/\n/g, '<br>\n')}</div>`
        : `<div style="font-family:Meiryo,Arial,sans-serif;font-size:10.5pt"><span style="color:${colour}">${esc(s.a ?? '').replace(/\n/g, '<br>\n')}</span></div>`,
    )
    .join('\n');

export type Spec = Omit<Msg, 'from' | 'auth' | 'enc' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'from' | 'auth' | 'enc' | 'trusted' | 'forUser' | 'trap'>>;

/** defaults: from the support form address, authenticated, delivered to the user, not a trap */
export const mk = (p: Spec): Msg => ({
  from: FORM,
  auth: 'pass',
  enc: p.lang === 'ja' ? 'jis7' : 'ascii7',
  trusted: true,
  forUser: true,
  trap: false,
  ...p,
});
