// Shared people, senders and quoting helpers for set ei (double negatives, litotes, understatement).
import type { Kind, Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@email.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS81440297' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS47120389', srcId: 'AWS09268815' };
export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.ne.jp', src: 'k.ito@kaisha.example.co.jp', keepId: 'AWS66093172', srcId: 'AWS22718450' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS51938804', srcId: 'AWS70362219' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS13857460', srcId: 'AWS94401736' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS88216053', srcId: 'AWS40519927' };

export const CASE = {
  taro: '177902318465',
  taroOther: '17791120348',
  hanako: '1781456029',
  hanakoDup: '1781460773',
  hanakoOther: '1790223348',
  kenji: '1775520384916',
  kenjiOther: '17840012295',
  alex: '176882049137',
  alexDup: '1768830155',
  priya: '1779930461',
  maria: '17850063318',
  mariaOther: '1786651204',
} as const;

type Base = Omit<Msg, 'slug' | 'kind' | 'lang' | 'trusted' | 'forUser' | 'caseId' | 'trap' | 'note' | 'auth'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'>>;

/** a message with the usual defaults: trusted, for the user, not a trap, authenticated */
export const mk = (slug: string, kind: Kind, lang: 'ja' | 'en', caseId: string | null, note: string, b: Base): Msg => ({
  slug,
  kind,
  lang,
  caseId,
  note,
  trusted: true,
  forUser: true,
  trap: false,
  auth: 'pass',
  ...b,
});

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500Vx${seed}:ref`;

export const gmailJa = (when: string, who: string, addr: string, body: string): string => `${when} ${who} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, addr: string, body: string): string => `On ${when} ${who} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const TARO_ASK = `AWS認定アカウントの統合をお願いします。
残す方: ${TARO.keepId} / ${TARO.keep}
統合する方: ${TARO.srcId} / ${TARO.src}
会社を辞めるため、個人アドレスの方にまとめられないかと思っております。`;

export const HANAKO_ASK = `いつもお世話になっております、佐藤です。
前職のアドレスで受験した分と個人アドレスの分があり、まとめていただけないでしょうか。
残したい: ${HANAKO.keep}
不要: ${HANAKO.src}`;

export const KENJI_ASK = `認定アカウントが2つに分かれてしまっております。
${KENJI.src} (${KENJI.srcId}) の資格を ${KENJI.keep} (${KENJI.keepId}) に寄せていただけますと幸いです。`;

export const ALEX_ASK = `Hi, I ended up with two certification accounts. Could the one under ${ALEX.src} (${ALEX.srcId}) be folded into ${ALEX.keep} (${ALEX.keepId})? Thanks.`;
export const PRIYA_ASK = `Hello. My older certs are on ${PRIYA.src}; I'd like them combined with ${PRIYA.keep}. Candidate IDs ${PRIYA.srcId} and ${PRIYA.keepId}.`;
export const MARIA_ASK = `Hi, my university account (${MARIA.src}) and personal one (${MARIA.keep}) both hold AWS certs. Please merge them into the personal one.`;
