// Shared people, senders and helpers for the fl set ("recaps": every message
// restates the case so far; the new news is one line among them).
import { type Msg, type Kind, type Enc, type Auth } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_DOM = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const TRAINING = 'AWS Training & Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const P = {
  kenji: { ja: '森田 健二', en: 'Kenji Morita', keep: 'kenji.morita@example.jp', src: 'k-morita@fabrikam.example.co.jp', keepId: 'AWS40712359', srcId: 'AWS81150642' },
  yui: { ja: '高橋 結衣', en: 'Yui Takahashi', keep: 'yui.takahashi@example.net', src: 'takahashi.yui@oldsi.example.jp', keepId: 'AWS22908817', srcId: 'AWS67034125' },
  daichi: { ja: '小野 大地', en: 'Daichi Ono', keep: 'daichi.ono@example.com', src: 'ono.daichi@nttx-old.example.jp', keepId: 'AWS70351184', srcId: 'AWS12296570' },
  aya: { ja: '中村 彩', en: 'Aya Nakamura', keep: 'aya.nakamura@example.co.jp', src: 'a-nakamura@univ.example.ac.jp', keepId: 'AWS93310278', srcId: 'AWS30588164' },
  hanako: { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS26641093', srcId: 'AWS74410528' },
  taro: { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS39017762', srcId: 'AWS58820431' },
  sho: { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.jp', src: 'ito.sho@kaisha-old.example.jp', keepId: 'AWS51187420', srcId: 'AWS88023617' },
  sam: { en: 'Sam Oduya', keep: 'sam.oduya@example.com', src: 's.oduya@contoso-old.example', keepId: 'AWS61720954', srcId: 'AWS17739002' },
  lena: { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni-example.edu', keepId: 'AWS84406621', srcId: 'AWS25013387' },
  raj: { en: 'Raj Mehta', keep: 'raj.mehta@example.in', src: 'rmehta@globex.example.com', keepId: 'AWS47725136', srcId: 'AWS90281164' },
  alex: { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS33019485', srcId: 'AWS62247710' },
  priya: { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS75502813', srcId: 'AWS04418866' },
  maria: { en: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86630119', srcId: 'AWS13372058' },
} as const;

// support case IDs (10–13 digits); every ID used in the set is listed here so
// generate.ts can check that unlabelled mail carries none of them
export const C = {
  kenji: '1781204437',
  yui: '176552903318',
  daichi: '1768810254',
  aya: '178066120093',
  hanako: '1803317726490',
  hanakoDup: '1803317790021',
  taro: '17790345521',
  sho: '17712093348',
  sam: '1774412098',
  samDup: '1774419930',
  lena: '17920055813',
  raj: '176233019847',
  alex: '1801925573004',
  alexDup: '1801925610087',
  priya: '17455120036',
  maria: '1789900214',
  fakeJa: '1779120345',
  fakeJa2: '17651002233',
  fakeEn: '1775500913',
  fakeEn2: '180044215560',
  refundJa: '17639920015',
  refundEn: '178844102376',
  examJa: '1770318862',
  tom: '1790266014', // a colleague's own case (not the user's)
} as const;
export const ALL_CASE_IDS: string[] = Object.values(C);

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  note: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  enc: Enc;
  trap?: boolean;
  trusted?: boolean;
  forUser?: boolean;
  auth?: Auth;
  text?: string;
  html?: string;
  [k: string]: unknown;
}

/** defaults: trusted, delivered to the user, passing authentication, no trap.
 * The labels are re-derived from the bytes in generate.ts, so a wrong default fails the run. */
export function mk(s: Spec): Msg {
  return { trusted: true, forUser: true, auth: 'pass', trap: false, ...s } as Msg;
}

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
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;

/** rows → simple HTML table */
export const table = (rows: string[][]): string =>
  `<table border="1" cellpadding="4" cellspacing="0">\n${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n')}\n</table>`;
