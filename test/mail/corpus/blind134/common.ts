// Set ec: shared personas, senders and quoting helpers (chatty, warm agents).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const SKILL = 'AWS Skill Builder <no-reply@skillbuilder.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_AWS_JA = 'Amazon Web Services Training and Certification（Credly経由） <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectJa = (id: string): string => `RE:[CASE ${id}] [AWS トレーニングと認定 フォーム送信] - account-assistance`;

export const AOI = { ja: '木村 葵', en: 'Aoi Kimura', keep: 'aoi.kimura@example.jp', src: 'a.kimura@oldcorp.example.co.jp', keepId: 'AWS40418852', srcId: 'AWS77120963' };
export const KENTA = { ja: '中村 健太', en: 'Kenta Nakamura', keep: 'kenta.n@example.com', src: 'nakamura.kenta@corp.example.co.jp', keepId: 'AWS52093318', srcId: 'AWS18846027' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.net', src: 'kobayashi.m@univ.example.ac.jp', keepId: 'AWS63377410', srcId: 'AWS90215586' };
export const SAM = { name: 'Sam Ortiz', keep: 'sam.ortiz@example.com', src: 's.ortiz@work.example.net', keepId: 'AWS24480196', srcId: 'AWS81137702' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@agency.example.com', keepId: 'AWS39951264', srcId: 'AWS06628813' };

export const CASE = {
  aoi: '17734408812',
  aoiDup: '1773441955',
  kenta: '176622019047',
  misaki: '1781305527',
  misaki2: '1788420061934',
  sam: '17690032875',
  lena: '1802264419',
  other: '17855120093',
  kenta2: '1794470238',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'enc' | 'to'>;
/** defaults: from support, authenticated, for the user, no case ID, not a trap */
export const mk = (m: Req & Partial<Msg>): Msg => ({
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  from: SUPPORT,
  auth: 'pass',
  ...m,
});

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DF1Ka7Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, title = ''): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;color:#232f3e">\n${body}\n</body></html>`;

export const AOI_REQ = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${AOI.keepId} / ${AOI.keep}
統合元: ${AOI.srcId} / ${AOI.src}
前職のアドレスで受けた試験をこちらにまとめたいです。木村`;
export const KENTA_REQ = `お世話になります。中村です。
会社のアドレスと個人のアドレスで認定アカウントが2つあり、個人側(${KENTA.keep})に寄せたいです。
会社側: ${KENTA.src}`;
export const MISAKI_REQ = `大学のメールで作った認定アカウント(${MISAKI.src})と、今のアカウント(${MISAKI.keep})を1つにしていただけますか。`;
export const SAM_REQ = `Hi there, I ended up with two certification profiles (${SAM.keep} and ${SAM.src}). Could you fold the work one into my personal one? Cheers, Sam`;
export const LENA_REQ = `Hello, please merge my old agency account (${LENA.src}, ${LENA.srcId}) into ${LENA.keep} (${LENA.keepId}). Thank you!`;
