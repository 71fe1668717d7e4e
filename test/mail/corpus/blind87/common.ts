// Set ch: people, addresses, quote/forward helpers and message shorthands.
import type { Auth, Enc, Kind, Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT = 'AWS Certification <certification-noreply@aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@oldco.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS92730155' };
export const YUI = { ja: '伊藤 結衣', en: 'Yui Ito', keep: 'yui.ito@example.com', src: 'yito@corp2.example.co.jp', keepId: 'AWS38105527', srcId: 'AWS71640982' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.n@example.ne.jp', src: 'nakamura.sho@bigcorp.example.co.jp', keepId: 'AWS55029817', srcId: 'AWS60384411' };
export const SAM = { en: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 's.okafor@consult.example.com', keepId: 'AWS27749360', srcId: 'AWS83316042' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@agency.example.com', keepId: 'AWS14092873', srcId: 'AWS66251730' };

// other people (not the user)
export const BOSS = '鈴木 部長 <suzuki.b@newco.example.co.jp>';
export const TEAM = 'cloud-team <cloud-team@newco.example.co.jp>';
export const HR = 'People Ops <people-ops@consult.example.com>';
export const PEER = 'Dana Whitfield <dana.w@agency.example.com>';

export const CASE = {
  kenji: '1781902243',
  kenji2: '17819377120',
  yui: '178344019265',
  yuiDup: '1783447702',
  sho: '1779905318',
  sho2: '1786612044903',
  sam: '17852203398',
  samDup: '1785229917',
  lena: '178960114472',
  lena2: '1790227358',
  sho3: '1792004417',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, addr: string): string => `${when} ${who} <${addr}>:`;
export const gmailEn = (when: string, who: string, addr: string): string => `On ${when} ${who} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, s: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${s}`;
export const outlookEn = (from: string, sent: string, to: string, s: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${s}`;
export const fwdEn = (from: string, date: string, s: string, to: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${s}\nTo: ${to}`;
export const fwdJa = (from: string, date: string, s: string, to: string): string =>
  `---------- 転送されたメッセージ ---------\n送信者: ${from}\nDate: ${date}\nSubject: ${s}\nTo: ${to}`;
export const sf = (from: string, sent: string, to: string, s: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${s}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

let seq = 0;
interface Base {
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  subject: string;
  to: string;
  date: string;
  enc: Enc;
  caseId: string | null;
}
type Opt = Partial<Omit<Msg, keyof Base | 'slug'>> & Base;

/** a message from support's side (defaults: support sender, pass, trusted, for the user, and a trap,
 *  since in this set support's mail quotes the user's words of another advancing kind; set trap: false otherwise) */
export function S(o: Opt): Msg {
  seq++;
  return { slug: `ch${o.lang}${seq}`, from: SUP, auth: 'pass' as Auth, trusted: true, forUser: true, trap: true, ...o };
}

/** the user's own mail (defaults: unrelated, untrusted, no A-R, a trap) */
export function U(o: Omit<Opt, 'kind'> & { from: string; kind?: Kind }): Msg {
  seq++;
  return { slug: `ch${o.lang}${seq}`, kind: 'unrelated', auth: 'none' as Auth, trusted: false, forUser: true, trap: true, ...o };
}
