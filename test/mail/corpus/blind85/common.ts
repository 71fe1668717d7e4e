// cf: people, addresses, case IDs and quoting helpers. Every persona here is an
// account holder outside the usual "one person changed jobs" case.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// training coordinator at a partner company, managing staff accounts (ja)
export const KIMURA = { ja: '木村 恵', en: 'Megumi Kimura', addr: 'kimura.megumi@nexapartners.example.co.jp', team: 'cloud-training@nexapartners.example.co.jp' };
export const STAFF1 = { ja: '小林 健太', en: 'Kenta Kobayashi', addr: 'kenta.kobayashi@nexapartners.example.co.jp', old: 'k-kobayashi@nexa-sol.example.co.jp', keepId: 'AWS40918273', srcId: 'AWS77310462' };
export const STAFF2 = { ja: '石井 彩', en: 'Aya Ishii', addr: 'aya.ishii@nexapartners.example.co.jp', old: 'ishii.aya@gmail-like.example', keepId: 'AWS51102938', srcId: 'AWS66029471' };
// married, surname changed (ja)
export const MISAKI = { ja: '中村 美咲', old: '高橋 美咲', en: 'Misaki Nakamura', oldEn: 'Misaki Takahashi', keep: 'misaki.nakamura@example.jp', src: 'm.takahashi@example.ne.jp', keepId: 'AWS30281746', srcId: 'AWS19460352' };
// kanji vs kana / romanization (ja)
export const RYO = { ja: '渡邊 亮', kana: 'ワタナベ リョウ', en: 'Ryo Watanabe', alt: 'Ryou Watanabe', keep: 'ryo.watanabe@example.net', keepId: 'AWS82017365', srcId: 'AWS82017911' };
// company domain closed (ja)
export const OKADA = { ja: '岡田 誠', en: 'Makoto Okada', keep: 'makoto.okada@example.com', dead: 'okada@hoshizora-soft.example.co.jp', keepId: 'AWS27735108', srcId: 'AWS13398420' };
// account created at a test centre (ja)
export const YUKA = { ja: '松本 由佳', en: 'Yuka Matsumoto', keep: 'yuka.matsumoto@example.jp', typo: 'yuka.matumoto@exmaple.jp', keepId: 'AWS60623190', srcId: 'AWS60988214' };
// bootcamp coordinator (en)
export const DANA = { name: 'Dana Whitfield', addr: 'dana.whitfield@launchpad-academy.example.org', list: 'cohort-ops@launchpad-academy.example.org' };
export const STUDENT1 = { name: 'Marcus Obi', old: 'marcus.obi@students.launchpad-academy.example.org', keep: 'marcus.obi.dev@example.net', keepId: 'AWS91820374', srcId: 'AWS35501827' };
// university graduate whose student address expired (en)
export const JORDAN = { name: 'Jordan Lee', keep: 'jlee.cloud@example.com', src: 'jordan.lee@alumni.stateu.example.edu', keepId: 'AWS58270164', srcId: 'AWS44019385' };
// legal name / accessibility (en)
export const SAM = { name: 'Sam Rivera', legal: 'Samuel Rivera-Ortiz', keep: 'sam.rivera@example.org', keepId: 'AWS70392815', srcId: 'AWS29915037' };
// minor, guardian writes (en)
export const ANITA = { name: 'Anita Patel', addr: 'anita.patel@example.com', teen: 'Noah Patel', teenAddr: 'noah.p2011@example.com', keepId: 'AWS88104726', srcId: 'AWS88307519' };
// romanization / name order (en)
export const YUTING = { name: 'Yuting Chen', alt: 'Chen Yu-Ting', keep: 'yuting.chen@example.com', src: 'ytchen@closed-startup.example.io', keepId: 'AWS63370418', srcId: 'AWS47728163' };

export const CASE = {
  kimura: '1780224519',
  kimura2: '17802261843',
  misaki: '178311902746',
  ryo: '1779055123',
  okada: '17845520098',
  okadaOther: '1784559021',
  yuka: '178640033215',
  dana: '1781740625',
  jordan: '17829931047',
  sam: '1785101477',
  anita: '178702284410',
  yuting: '1788334510',
  yutingDup: '1788339921',
} as const;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (ja) quote header + quoted body */
export const gmailJa = (when: string, who: string, body: string): string => `${[when, who].filter(Boolean).join(' ')}:\n\n${q(body)}`;
/** Gmail (en) */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${q(body)}`;
/** Outlook (ja) block, unquoted */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (en) block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separator used by support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D5f0Kq2._500Rk${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

/** defaults: trusted, for the user, not a trap, pass auth */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
export const mk = (d: Draft): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...d });

export const AUTO = ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'];
export const OOO = ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'];
