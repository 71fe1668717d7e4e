// Shared people, case IDs and helpers for the ep set (progress told in steps, stages, percentages).
import { rfcDate, type Auth, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_JP = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.jp', src: 'k.watanabe@oldco.example.co.jp', keepId: 'AWS30715582', srcId: 'AWS81204496' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.net', src: 'kobayashi-m@corp2.example.co.jp', keepId: 'AWS44029173', srcId: 'AWS17735208' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.takahashi@example.com', src: 'takahashi@dev.example.co.jp', keepId: 'AWS59910364', srcId: 'AWS26683051' };
export const EMMA = { name: 'Emma Thompson', keep: 'emma.t@example.com', src: 'e.thompson@oldfirm.example.org', keepId: 'AWS67120938', srcId: 'AWS03398217' };
export const LUCAS = { name: 'Lucas Silva', keep: 'lucas.silva@example.net', src: 'lsilva@partner.example.io', keepId: 'AWS90214457', srcId: 'AWS38851026' };

export const CASE = {
  kenji: '1775093318',
  kenjiRefund: '1776620045',
  misaki: '176548820417',
  misakiDup: '176548820555',
  sho: '18034472915',
  shoExam: '18034479020',
  emma: '1779902135',
  emmaExam: '1781003349',
  lucas: '178114450632',
  lucasSub: '1782270318',
} as const;

export const ALL_CASE_IDS: string[] = Object.values(CASE);

type Spec = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'trap' | 'date'> & {
  trusted?: boolean;
  forUser?: boolean;
  auth?: Auth;
  trap?: boolean;
  at: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
};

/** defaults: trusted, forUser, auth pass, no trap. Every default is re-checked against the bytes. */
export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return {
    trusted: true,
    forUser: true,
    auth: 'pass',
    trap: false,
    date: rfcDate(at, tz ?? '+0000'),
    ...rest,
  };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style history block */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Outlook (Japanese UI) history block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** Outlook (English UI) -----Original Message----- */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** a text progress bar: bar(3, 4) → "[######--]" style, width 20 */
export const bar = (done: number, of: number, on = '#', off = '-'): string => {
  const w = 20;
  const n = Math.round((done / of) * w);
  return '[' + on.repeat(n) + off.repeat(w - n) + ']';
};

export const KENJI_ASK = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
転職のため前職のアドレスが使えなくなります。`;

export const MISAKI_ASK = `お世話になります。小林です。
認定アカウントが2つあり、1つにまとめていただけますでしょうか。
個人: ${MISAKI.keep}
旧会社: ${MISAKI.src}`;

export const SHO_ASK = `認定アカウント統合の依頼です。候補者ID ${SHO.keepId} に ${SHO.srcId} をまとめてください。`;

export const EMMA_ASK = `Hello, please merge my two certification accounts into ${EMMA.keep} (${EMMA.keepId}). The other one is ${EMMA.src} (${EMMA.srcId}). Thanks, Emma`;

export const LUCAS_ASK = `Hi team, I ended up with two AWS Certification profiles (${LUCAS.keepId} and ${LUCAS.srcId}). I'd like to keep the one on ${LUCAS.keep}.`;
