// People, agents, case IDs and quoting helpers for the bx set (whole cases, end to end).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja?: string;
  name: string;
  first: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const P = {
  takahashi: { ja: '高橋 健一', name: 'Kenichi Takahashi', first: '健一', keep: 'k.takahashi@example.jp', src: 'takahashi@oldco.example.co.jp', keepId: 'AWS02291847', srcId: 'AWS17730562' },
  suzuki: { ja: '鈴木 美咲', name: 'Misaki Suzuki', first: '美咲', keep: 'misaki.suzuki@example.com', src: 'm-suzuki@univ.example.ac.jp', keepId: 'AWS30418855', srcId: 'AWS09921374' },
  ito: { ja: '伊藤 大輔', name: 'Daisuke Ito', first: '大輔', keep: 'd.ito@example.ne.jp', src: 'ito.daisuke@corp-b.example.co.jp', keepId: 'AWS44102938', srcId: 'AWS44102983' },
  watanabe: { ja: '渡辺 由美', name: 'Yumi Watanabe', first: '由美', keep: 'yumi.w@example.org', src: 'watanabe@hq.example.co.jp', keepId: 'AWS61570024', srcId: 'AWS28836110' },
  nakamura: { ja: '中村 翔', name: 'Sho Nakamura', first: 'Sho', keep: 'sho.nakamura@example.jp', src: 'nakamura.s@sier.example.co.jp', keepId: 'AWS70031296', srcId: 'AWS51198407' },
  kobayashi: { ja: '小林 愛', name: 'Ai Kobayashi', first: '愛', keep: 'ai.kobayashi@example.com', src: 'kobayashi@partner.example.jp', keepId: 'AWS83305512', srcId: 'AWS36620987' },
  kato: { ja: '加藤 誠', name: 'Makoto Kato', first: '誠', keep: 'makoto.kato@example.net', src: 'kato-m@example-group.co.jp', keepId: 'AWS19046673', srcId: 'AWS90817245' },
  okafor: { name: 'Daniel Okafor', first: 'Daniel', keep: 'dan.okafor@example.com', src: 'dokafor@contractor.example.net', keepId: 'AWS55027731', srcId: 'AWS12276408' },
  rossi: { name: 'Sofia Rossi', first: 'Sofia', keep: 'sofia.rossi@example.it', src: 's.rossi@formerco.example.com', keepId: 'AWS67713390', srcId: 'AWS40058126' },
  chen: { name: 'Liam Chen', first: 'Liam', keep: 'liam.chen@example.ca', src: 'lchen@bigbank.example.com', keepId: 'AWS38840265', srcId: 'AWS77402119' },
  johansson: { name: 'Emma Johansson', first: 'Emma', keep: 'emma.j@example.se', src: 'emma.johansson@uni.example.edu', keepId: 'AWS24490917', srcId: 'AWS86635042' },
  patel: { name: 'Raj Patel', first: 'Raj', keep: 'raj.patel@example.in', src: 'rpatel@consult.example.co.uk', keepId: 'AWS93318250', srcId: 'AWS31175698' },
} satisfies Record<string, Person>;

export const addr = (p: Person, which: 'keep' | 'src' = 'keep', lang: 'ja' | 'en' = 'ja'): string =>
  `${lang === 'ja' && p.ja ? p.ja : p.name} <${which === 'keep' ? p.keep : p.src}>`;

export const CASE = {
  takahashi: '1781204563',
  suzuki: '1779350012',
  ito: '1776420098',
  itoDup: '1776421307',
  watanabe: '1783390771',
  watanabe2: '1784002215',
  nakamura: '1780066341',
  kobayashi: '1778815530',
  kato: '1782257704',
  okafor: '1779911046',
  rossi: '1780771233',
  chen: '1781530009',
  johansson: '1784470018',
  patel: '1785209931',
  patelBilling: '178520377104',
  itoExam: '1777103385',
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-ish history block that support replies carry */
export const sfHist = (from: string, sent: string, subject: string, body: string): string =>
  `---------- 元のメッセージ / Original Message ----------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const sfHistEn = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${FORM_BARE}\nSubject: ${subject}\n\n${body}`;
export const ref = (id: string): string => `ref:_00D0Jz9Q._500${id.slice(-6)}Xb:ref`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, title = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body style="font-family:Arial,sans-serif">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** defaults for a message: trusted, for the user, not a trap, dmarc pass */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
export const mk = (m: Draft): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...m });

// ---- agents' habits (the same agent's template recurs with small variations)
export const ishikawa = (who: string, body: string, variant = 0): string =>
  `${who} 様\n\n${variant % 2 ? 'いつも AWS 認定をご利用いただき、誠にありがとうございます。' : 'AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。'}\nカスタマーサポート担当の石川でございます。\n\n${body}\n\n${variant % 2 ? '何卒よろしくお願い申し上げます。' : '引き続きどうぞよろしくお願いいたします。'}\n\n石川\nAWS Training and Certification カスタマーサポート`;
export const mori = (who: string, body: string, variant = 0): string =>
  `${who} 様\n\nお世話になっております。\nAWS トレーニングと認定 サポートチームの森です。\n\n${body}\n\n${variant ? 'ご不明点がございましたら、本メールにそのままご返信ください。\n' : ''}よろしくお願いいたします。\n--\n森 / Amazon Web Services トレーニングと認定`;
export const yamaguchi = (who: string, body: string): string =>
  `${who} 様\nいつもお世話になっております、AWS 認定サポート窓口の山口です。\n\n${body}\n\n以上、よろしくお願いいたします。\n山口 (AWS T&C Customer Service)`;
export const kevin = (first: string, id: string, body: string, v = 0): string =>
  `Hello ${first},\n\n${v ? `Thanks for getting back to us on case ${id}.` : `Thank you for reaching out to AWS Training and Certification. My name is Kevin and I'll be helping you with case ${id}.`}\n\n${body}\n\nBest regards,\nKevin R.\nAWS Training and Certification Customer Service`;
export const maya = (first: string, body: string): string => `Hi ${first},\n\n${body}\n\nWarm regards,\nMaya S.\nAWS T&C Support`;
export const carlos = (full: string, body: string): string => `Dear ${full},\n\n${body}\n\nSincerely,\nCarlos D.\nAWS Training & Certification | Customer Support`;
export const aisha = (first: string, body: string): string => `Hello ${first}!\n\n${body}\n\nKind regards,\nAisha | AWS Training & Certification`;
